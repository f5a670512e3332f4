// `textgen bench ...`: measurements printed as one JSON line. Benchmarks measure; tests assert.
#include "cli_support.h"
#include "commands.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "vocabulary.h"

namespace textgen::cli {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The median of `repeats` timings of `work`, in seconds.
template <typename Work>
double medianSeconds(int repeats, Work&& work)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        work();
        times.push_back(secondsSince(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int benchVectorize(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times reading a corpus, adapting a vocabulary on it and encoding it (medians of --repeats runs).\n"
        "Prints {\"documents\", \"MB\", \"read_MBps\", \"adapt_MBps\", \"encode_MBps\", ...} on one line."));
    parser.addPositionalArgument(QStringLiteral("CORPUS"), QStringLiteral("The corpus to vectorize."));
    parser.addOption({QStringLiteral("tokenizer"), QStringLiteral("word or char."), QStringLiteral("word|char"),
                      QStringLiteral("word")});
    parser.addOption({QStringLiteral("max-tokens"), QStringLiteral("Vocabulary size."), QStringLiteral("N"),
                      QStringLiteral("15000")});
    parser.addOption({QStringLiteral("repeats"), QStringLiteral("Timed repetitions of adapt and encode."),
                      QStringLiteral("N"), QStringLiteral("3")});
    if (!parseArguments(parser, arguments, 1, QStringLiteral("CORPUS")))
        return 0;
    VocabularyOptions options;
    options.tokenizer = tokenizerOption(parser, QStringLiteral("tokenizer"));
    options.maxTokens = static_cast<std::size_t>(integerOption(parser, QStringLiteral("max-tokens"), 0));
    const int repeats = static_cast<int>(integerOption(parser, QStringLiteral("repeats"), 1));

    const auto readStart = Clock::now();
    const Corpus corpus = readCorpusReporting(parser.positionalArguments().at(0), CorpusFormat::Auto);
    const double readSeconds = secondsSince(readStart);
    const double megabytes = static_cast<double>(corpus.report.bytes) / 1e6;

    std::size_t vocabularySize = 0;
    const double adaptSeconds = medianSeconds(repeats, [&] {
        vocabularySize = Vocabulary::adapt(corpus.documents, options).size();
    });
    const Vocabulary vocabulary = Vocabulary::adapt(corpus.documents, options);
    std::vector<std::int32_t> ids;
    std::size_t tokens = 0;
    const double encodeSeconds = medianSeconds(repeats, [&] {
        tokens = 0;
        for (const std::string& document : corpus.documents) {
            ids.clear();
            vocabulary.encode(document, ids);
            tokens += ids.size();
        }
    });

    JsonLine line;
    line.add("documents", static_cast<long long>(corpus.documents.size()))
        .add("MB", megabytes, 6)
        .add("read_MBps", megabytes / readSeconds, 1)
        .add("adapt_MBps", megabytes / adaptSeconds, 1)
        .add("encode_MBps", megabytes / encodeSeconds, 1)
        .add("tokens", static_cast<long long>(tokens))
        .add("vocabulary", static_cast<long long>(vocabularySize));
    std::puts(line.str().c_str());
    return 0;
}

} // namespace

int benchCommand(const QStringList& arguments)
{
    const QString usage = QStringLiteral("bench vectorize CORPUS");
    if (arguments.size() < 2)
        throw UsageError(QStringLiteral("missing what to measure: ") + usage);
    const QString what = arguments.at(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + QLatin1Char(' ') + what);
    if (what == QLatin1String("vectorize"))
        return benchVectorize(rest);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        std::printf("Usage: textgen %s\n", qPrintable(usage));
        return 0;
    }
    throw UsageError(QStringLiteral("unknown benchmark '%1'; known: vectorize").arg(what));
}

} // namespace textgen::cli
