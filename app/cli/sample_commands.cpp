// `textgen sample`: side-by-side continuations of a prompt from a run's checkpoint, as text and as a sample set.
#include "cli_support.h"
#include "commands.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <cstdio>

#include "generator.h"
#include "run_model.h"
#include "sample_set.h"

namespace textgen::cli {

int sampleCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates continuations of a prompt with a run's checkpoint: --samples per temperature, sample j with\n"
        "seed S + j at every temperature (common random numbers: the temperatures differ only in distribution)."));
    parser.addPositionalArgument(QStringLiteral("RUN"), QStringLiteral("The run folder."));
    const auto option = [&](const char* name, const char* help, const char* value, const char* fallback) {
        addValueOption(parser, name, help, value, fallback);
    };
    option("checkpoint", "latest, or an epoch number.", "latest|N", "latest");
    option("prompt", "The text to continue (required).", "TEXT", "");
    QStringList chapter;
    for (const double temperature : kChapterTemperatures)
        chapter << QString::number(temperature, 'f', 1);
    const QByteArray chapterTemperatures = chapter.join(QLatin1Char(',')).toUtf8(); // "0.2,0.5,0.7,1.0,1.5"
    option("temperatures", "Softmax temperatures, comma-separated (0 is greedy).", "T,T,...",
           chapterTemperatures.constData());
    option("samples", "Samples per temperature.", "K", "1");
    option("length", "Tokens to generate per sample.", "N", "50");
    option("seed", "Seed of the first sample.", "S", "42");
    option("top-k", "Keep the K most likely tokens (0: all).", "K", "0");
    option("top-p", "Keep the smallest set of tokens whose probability reaches P (1: all).", "P", "1");
    option("show-distribution", "Also print the N most likely candidates at every step.", "N", "0");
    option("device", "auto, cpu, cuda or cuda:N.", "device", "cpu");
    option("threads", "CPU threads (0: every core).", "N", "0");
    parser.addOption({QStringLiteral("keep-special"), QStringLiteral("Allow padding and [UNK] to be drawn.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Also write the sample set to FILE."),
                      QStringLiteral("FILE")});
    if (!parseArguments(parser, arguments, 1, QStringLiteral("RUN")))
        return 0;
    if (!parser.isSet(QStringLiteral("prompt")))
        throw UsageError(QStringLiteral("--prompt TEXT is required"));

    std::vector<double> temperatures;
    for (const QString& part :
         parser.value(QStringLiteral("temperatures")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double value = part.trimmed().toDouble(&ok);
        if (!ok)
            throw UsageError(QStringLiteral("--temperatures takes numbers separated by commas, not '%1'").arg(part));
        temperatures.push_back(value);
    }
    if (temperatures.empty())
        throw UsageError(QStringLiteral("--temperatures needs at least one temperature"));
    bool ok = false;
    const double topP = parser.value(QStringLiteral("top-p")).toDouble(&ok);
    if (!ok)
        throw UsageError(QStringLiteral("--top-p must be a number"));
    const long long samples = integerOption(parser, QStringLiteral("samples"), 1);
    const long long seed = integerOption(parser, QStringLiteral("seed"), 0);
    const long long distribution = integerOption(parser, QStringLiteral("show-distribution"), 0);

    torch::set_num_threads(threadsOption(parser, QStringLiteral("threads"))); // LibTorch's default is one

    const RunDirectory run = RunDirectory::open(parser.positionalArguments().at(0));
    const RunModel loaded = loadRunModel(run, parser.value(QStringLiteral("checkpoint")),
                                         parser.value(QStringLiteral("device")).toStdString());
    const Generator generator(loaded.model, *loaded.vocabulary,
                              resolveDevice(parser.value(QStringLiteral("device")).toStdString()));

    GenerationRequest request;
    request.prompt = parser.value(QStringLiteral("prompt")).toStdString();
    request.length = static_cast<int>(integerOption(parser, QStringLiteral("length"), 0));
    request.topCandidates = static_cast<int>(std::max<long long>(distribution, 0));
    SamplerSettings sampler;
    sampler.topK = static_cast<int>(integerOption(parser, QStringLiteral("top-k"), -1000000));
    sampler.topP = topP;
    sampler.seed = static_cast<std::uint64_t>(seed);
    sampler.suppressSpecials = !parser.isSet(QStringLiteral("keep-special"));
    request.columns = temperatureColumns(temperatures, sampler, static_cast<int>(samples));
    const GenerationResult result = generator.generate(request);

    std::printf("prompt: %s\n", request.prompt.c_str());
    if (!result.unknownWords.empty()) {
        std::string words;
        for (const std::string& word : result.unknownWords)
            words += (words.empty() ? "" : ", ") + word;
        std::printf("unknown to this run's vocabulary (read as [UNK]): %s\n", words.c_str());
    }
    SampleSet set = sampleSetHeader(run, loaded.checkpoint.epoch, loaded.checkpoint.step, loaded.checkpointPath,
                                    QString::fromStdString(request.prompt), request.length);
    for (const GeneratedColumn& column : result.columns) {
        const SamplerSettings& s = column.sampler;
        std::printf("\n== temperature %s, top-k %d, top-p %s, seed %llu ==\n%s\n",
                    qPrintable(shortestNumber(s.temperature)), s.topK, qPrintable(shortestNumber(s.topP)),
                    static_cast<unsigned long long>(s.seed), column.text.c_str());
        if (distribution > 0) {
            for (std::size_t step = 0; step < column.tokens.size(); ++step) {
                const SampledToken& token = column.tokens[step];
                std::printf("  %3zu %-14s p=%.3f H=%.2f bits |", step, token.text.c_str(), token.probability,
                            token.entropyBits);
                for (const TokenCandidate& candidate : token.top)
                    std::printf(" %s %.3f", loaded.vocabulary->token(candidate.id).c_str(), candidate.probability);
                std::printf("\n");
            }
        }
        set.samples.push_back({s, {}, QString::fromStdString(column.text)});
    }
    if (parser.isSet(QStringLiteral("output"))) {
        writeSampleSet(parser.value(QStringLiteral("output")), set);
        std::printf("\nwritten to %s\n", qPrintable(parser.value(QStringLiteral("output"))));
    }
    return 0;
}

} // namespace textgen::cli
