// `textgen sample`: side-by-side continuations of a prompt from a run's checkpoint (or from each of its
// checkpoints: the scrubber), as text with statistics, JSON Lines or Markdown, and as a sample set; and
// `textgen entropy`: how one step's entropy moves with temperature.
#include "cli_support.h"
#include "commands.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>
#include <cstdio>

#include "column_statistics.h"
#include "generator.h"
#include "inspection.h"
#include "run_model.h"
#include "sample_export.h"
#include "sample_set.h"

namespace textgen::cli {

namespace {

void addSamplerOptions(QCommandLineParser& parser)
{
    const auto option = [&](const char* name, const char* help, const char* value, const char* fallback) {
        addValueOption(parser, name, help, value, fallback);
    };
    option("top-k", "Keep the K most likely tokens (0: all).", "K", "0");
    option("top-p", "Keep the smallest set of tokens whose probability reaches P (1: all).", "P", "1");
    option("min-p", "Keep the tokens with p >= X times the most likely one's (0: all).", "X", "0");
    option("repetition-penalty",
           "Divide the positive logits of the last --repetition-window tokens by X, multiply the negative ones (1: "
           "none).",
           "X", "1");
    option("repetition-window", "Tokens of the context the repetition penalty looks at.", "N", "64");
    const std::string order = chainOrderText(kDefaultChainOrder);
    static const QByteArray defaultOrder = QByteArray::fromStdString(order);
    option("chain", "The sampler steps in order (a step left out is not applied).", "STEP,STEP,...",
           defaultOrder.constData());
    option("seed", "Seed of the first sample.", "S", "42");
    parser.addOption({QStringLiteral("keep-special"), QStringLiteral("Allow padding and [UNK] to be drawn.")});
}

double numberOption(const QCommandLineParser& parser, const QString& name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok)
        throw UsageError(QStringLiteral("--%1 must be a number, not '%2'").arg(name, parser.value(name)));
    return value;
}

SamplerSettings samplerOptions(const QCommandLineParser& parser)
{
    SamplerSettings sampler;
    sampler.topK = static_cast<int>(integerOption(parser, QStringLiteral("top-k"), -1000000));
    sampler.topP = numberOption(parser, QStringLiteral("top-p"));
    sampler.minP = numberOption(parser, QStringLiteral("min-p"));
    sampler.repetitionPenalty = numberOption(parser, QStringLiteral("repetition-penalty"));
    sampler.repetitionWindow = static_cast<int>(integerOption(parser, QStringLiteral("repetition-window"), 0));
    const std::optional<std::vector<SamplerStepKind>> order
        = parseChainOrder(parser.value(QStringLiteral("chain")).toStdString());
    if (!order)
        throw UsageError(QStringLiteral("--chain takes steps among %1, separated by commas, not '%2'")
                             .arg(QString::fromStdString(chainOrderText(kDefaultChainOrder, ", ")),
                                  parser.value(QStringLiteral("chain"))));
    sampler.order = *order;
    sampler.seed = static_cast<std::uint64_t>(integerOption(parser, QStringLiteral("seed"), 0));
    sampler.suppressSpecials = !parser.isSet(QStringLiteral("keep-special"));
    if (const Fault problem = checkSampler(sampler); problem.code != FaultCode::None)
        throw UsageError(QString::fromStdString(englishText(problem)));
    return sampler;
}

std::vector<double> temperaturesOption(const QCommandLineParser& parser)
{
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
    return temperatures;
}

// The checkpoints --checkpoints names: "latest", "all" (every epoch's, or the latest when there are none) or
// epoch numbers separated by commas.
QStringList checkpointsOption(const RunDirectory& run, const QString& value)
{
    if (value == QLatin1String("latest"))
        return {value};
    QStringList which;
    if (value == QLatin1String("all")) {
        for (const qint64 epoch : run.checkpointEpochs())
            which << QString::number(epoch);
        return which.isEmpty() ? QStringList{QStringLiteral("latest")} : which;
    }
    for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        part.trimmed().toLongLong(&ok);
        if (!ok)
            throw UsageError(
                QStringLiteral("--checkpoints takes latest, all or epoch numbers separated by commas, not '%1'")
                    .arg(part));
        which << part.trimmed();
    }
    return which;
}

std::string describeColumn(const SamplerSettings& s)
{
    std::string text = describeChain(s) + ", seed " + std::to_string(s.seed);
    return text;
}

} // namespace

int sampleCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates continuations of a prompt with a run's checkpoint: --samples per temperature, sample j with\n"
        "seed S + j at every temperature (common random numbers: the temperatures differ only in distribution).\n"
        "With --checkpoints all, the same columns from every epoch's checkpoint: the model learning."));
    parser.addPositionalArgument(QStringLiteral("RUN"), QStringLiteral("The run folder."));
    const auto option = [&](const char* name, const char* help, const char* value, const char* fallback) {
        addValueOption(parser, name, help, value, fallback);
    };
    option("checkpoint", "latest, or an epoch number.", "latest|N", "latest");
    option("checkpoints", "Sample each of these checkpoints: latest, all, or epochs N,N,...", "WHICH", "");
    option("prompt", "The text to continue (required).", "TEXT", "");
    QStringList chapter;
    for (const double temperature : kChapterTemperatures)
        chapter << QString::number(temperature, 'f', 1);
    const QByteArray chapterTemperatures = chapter.join(QLatin1Char(',')).toUtf8(); // "0.2,0.5,0.7,1.0,1.5"
    option("temperatures", "Softmax temperatures, comma-separated (0 is greedy).", "T,T,...",
           chapterTemperatures.constData());
    option("samples", "Samples per temperature.", "K", "1");
    option("length", "Tokens to generate per sample.", "N", "50");
    addSamplerOptions(parser);
    option("show-distribution", "Also print the N most likely candidates at every step.", "N", "0");
    option("format", "text (with statistics), jsonl (one line per column, every token) or markdown (a table).",
           "text|jsonl|markdown", "text");
    option("device", "auto, cpu, cuda or cuda:N.", "auto|cpu|cuda|cuda:N", "cpu");
    option("threads", "CPU threads (0: every core).", "N", "0");
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Also write the samples to FILE: a sample set, or in --format's format."),
                      QStringLiteral("FILE")});
    if (!parseArguments(parser, arguments, 1, QStringLiteral("RUN")))
        return 0;
    if (!parser.isSet(QStringLiteral("prompt")))
        throw UsageError(QStringLiteral("--prompt TEXT is required"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("jsonl") && format != QLatin1String("markdown"))
        throw UsageError(QStringLiteral("--format takes text, jsonl or markdown, not '%1'").arg(format));

    const std::vector<double> temperatures = temperaturesOption(parser);
    const long long samples = integerOption(parser, QStringLiteral("samples"), 1);
    const long long distribution = integerOption(parser, QStringLiteral("show-distribution"), 0);
    const SamplerSettings sampler = samplerOptions(parser);
    torch::set_num_threads(threadsOption(parser, QStringLiteral("threads"))); // LibTorch's default is one

    const RunDirectory run = RunDirectory::open(parser.positionalArguments().at(0));
    const QStringList checkpoints = parser.isSet(QStringLiteral("checkpoints"))
        ? checkpointsOption(run, parser.value(QStringLiteral("checkpoints")))
        : QStringList{parser.value(QStringLiteral("checkpoint"))};
    const bool scrubbing = parser.isSet(QStringLiteral("checkpoints"));

    GenerationRequest request;
    request.prompt = parser.value(QStringLiteral("prompt")).toStdString();
    request.length = static_cast<int>(integerOption(parser, QStringLiteral("length"), 0));
    // The JSON Lines carry each token's top candidates: five unless asked for more.
    request.topCandidates = static_cast<int>(distribution > 0                       ? distribution
                                                 : format == QLatin1String("jsonl") ? 5
                                                                                    : 0);
    request.columns = temperatureColumns(temperatures, sampler, static_cast<int>(samples));

    DetailedSampleSet detailed;
    std::vector<std::string> unknown;
    for (const QString& which : checkpoints) {
        const RunModel loaded = loadRunModel(run, which, parser.value(QStringLiteral("device")).toStdString());
        const Generator generator(loaded.model, *loaded.vocabulary,
                                  resolveDevice(parser.value(QStringLiteral("device")).toStdString()));
        const GenerationResult result = generator.generate(request);
        unknown = result.unknownWords;
        if (detailed.set.samples.empty())
            detailed.set = sampleSetHeader(run, loaded.checkpoint.epoch, loaded.checkpoint.step, loaded.checkpointPath,
                                           QString::fromStdString(request.prompt), request.length);
        for (const GeneratedColumn& column : result.columns) {
            SampleSetEntry entry{column.sampler, {}, QString::fromStdString(column.text)};
            if (scrubbing) {
                entry.epoch = loaded.checkpoint.epoch;
                entry.step = loaded.checkpoint.step;
            }
            detailed.set.samples.push_back(entry);
            detailed.tokens.push_back(column.tokens);
        }
    }

    QByteArray out;
    if (format == QLatin1String("jsonl")) {
        out = formatJsonLines(detailed);
    } else if (format == QLatin1String("markdown")) {
        out = formatMarkdown(detailed);
    } else {
        out += "prompt: " + QByteArray::fromStdString(request.prompt) + '\n';
        if (!unknown.empty()) {
            std::string words;
            for (const std::string& word : unknown)
                words += (words.empty() ? "" : ", ") + word;
            out += "unknown to this run's vocabulary (read as [UNK]): " + QByteArray::fromStdString(words) + '\n';
        }
        for (std::size_t i = 0; i < detailed.set.samples.size(); ++i) {
            const SampleSetEntry& entry = detailed.set.samples[i];
            const std::vector<SampledToken>& tokens = detailed.tokens[i];
            const QString where
                = scrubbing ? QStringLiteral("epoch %1, step %2: ").arg(entry.epoch).arg(entry.step) : QString();
            out += QStringLiteral("\n== %1%2 ==\n")
                       .arg(where, QString::fromStdString(describeColumn(entry.sampler)))
                       .toUtf8();
            out += entry.text.toUtf8() + '\n';
            out += "   " + statisticsSummary(columnStatistics(tokens), tokens).toUtf8() + '\n';
            if (distribution > 0) {
                for (std::size_t step = 0; step < tokens.size(); ++step) {
                    const SampledToken& token = tokens[step];
                    char line[128];
                    std::snprintf(line, sizeof line, "  %3zu %-14s p=%.3f H=%.2f bits |", step, token.text.c_str(),
                                  token.probability, token.entropyBits);
                    out += line;
                    for (const TokenCandidate& candidate : token.top) {
                        std::snprintf(line, sizeof line, " %s %.3f", candidate.text.c_str(), candidate.probability);
                        out += line;
                    }
                    out += '\n';
                }
            }
        }
    }
    std::fwrite(out.constData(), 1, static_cast<std::size_t>(out.size()), stdout);
    if (parser.isSet(QStringLiteral("output"))) {
        const QString path = parser.value(QStringLiteral("output"));
        if (format == QLatin1String("text"))
            writeSampleSet(path, detailed.set);
        else
            writeExport(path, out);
        std::fprintf(format == QLatin1String("text") ? stdout : stderr, "\nwritten to %s\n", qPrintable(path));
    }
    return 0;
}

int entropyCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints how one step's entropy moves with temperature: H(T) in bits of softmax(logits / T), and 2^H, the\n"
        "effective number of choices, for T = 0, 0.1, ..., 2.0. The step's context is the prompt and the words a\n"
        "column drew before it (--temperature, --seed and the sampler options pick them)."));
    parser.addPositionalArgument(QStringLiteral("RUN"), QStringLiteral("The run folder."));
    const auto option = [&](const char* name, const char* help, const char* value, const char* fallback) {
        addValueOption(parser, name, help, value, fallback);
    };
    option("checkpoint", "latest, or an epoch number.", "latest|N", "latest");
    option("prompt", "The text to continue (required).", "TEXT", "");
    option("step", "The generated word to inspect, from 0 (the word right after the prompt).", "N", "0");
    option("temperature", "The temperature of the column that draws the words before the step.", "T", "1");
    addSamplerOptions(parser);
    option("threads", "CPU threads (0: every core).", "N", "0");
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object instead of a table.")});
    if (!parseArguments(parser, arguments, 1, QStringLiteral("RUN")))
        return 0;
    if (!parser.isSet(QStringLiteral("prompt")))
        throw UsageError(QStringLiteral("--prompt TEXT is required"));
    const long long step = integerOption(parser, QStringLiteral("step"), 0);
    SamplerSettings sampler = samplerOptions(parser);
    sampler.temperature = numberOption(parser, QStringLiteral("temperature"));
    torch::set_num_threads(threadsOption(parser, QStringLiteral("threads")));

    const RunDirectory run = RunDirectory::open(parser.positionalArguments().at(0));
    const RunModel loaded = loadRunModel(run, parser.value(QStringLiteral("checkpoint")));
    const Generator generator(loaded.model, *loaded.vocabulary);
    GenerationRequest request;
    request.prompt = parser.value(QStringLiteral("prompt")).toStdString();
    request.length = static_cast<int>(step) + 1;
    request.topCandidates = 0;
    request.columns = {ColumnRequest{sampler, {}}};
    request.keepLogitsOfColumn = 0;
    const GenerationResult result = generator.generate(request);
    const GeneratedColumn& column = result.columns.front();
    const std::vector<float>& logits = column.logits[static_cast<std::size_t>(step)];
    const std::vector<double> grid = temperatureGrid(0.0, 2.0, 21);
    const std::vector<double> curve = entropyCurve(logits.data(), logits.size(), grid, sampler.suppressSpecials);
    std::string context = request.prompt;
    for (long long i = 0; i < step; ++i)
        context += " " + column.tokens[static_cast<std::size_t>(i)].text;

    if (parser.isSet(QStringLiteral("json"))) {
        std::string temperatures, bits, choices;
        for (std::size_t i = 0; i < grid.size(); ++i) {
            char value[64];
            std::snprintf(value, sizeof value, "%s%.1f", i ? "," : "", grid[i]);
            temperatures += value;
            std::snprintf(value, sizeof value, "%s%.6f", i ? "," : "", curve[i]);
            bits += value;
            std::snprintf(value, sizeof value, "%s%.6f", i ? "," : "", std::exp2(curve[i]));
            choices += value;
        }
        std::printf("{\"checkpoint\":{\"epoch\":%lld,\"step\":%lld},\"prompt\":%s,\"step\":%lld,\"context\":%s,"
                    "\"temperatures\":[%s],\"entropy_bits\":[%s],\"choices\":[%s]}\n",
                    static_cast<long long>(loaded.checkpoint.epoch), static_cast<long long>(loaded.checkpoint.step),
                    jsonQuoted(request.prompt).c_str(), step, jsonQuoted(context).c_str(), temperatures.c_str(),
                    bits.c_str(), choices.c_str());
        return 0;
    }
    std::printf("context: %s\n", context.c_str());
    std::printf("checkpoint: epoch %lld, step %lld\n\n", static_cast<long long>(loaded.checkpoint.epoch),
                static_cast<long long>(loaded.checkpoint.step));
    std::printf("   T   H (bits)   2^H (choices)\n");
    for (std::size_t i = 0; i < grid.size(); ++i)
        std::printf("%4.1f   %8.3f   %13.1f\n", grid[i], curve[i], std::exp2(curve[i]));
    return 0;
}

} // namespace textgen::cli
