// `textgen`: the command-line face of the engine: vocabularies, tokenizing, training, evaluation, benchmarks.
#include <QCoreApplication>

#include <cstdio>
#include <exception>

#include "cli_support.h"
#include "commands.h"

namespace {

using textgen::cli::Subcommand;

constexpr Subcommand kCommands[] = {
    {"vocab", "read a corpus, print its report, write its vocabulary", textgen::cli::vocabCommand},
    {"tokenize", "turn text lines on stdin into token ids", textgen::cli::tokenizeCommand},
    {"train", "train a model on a corpus into a run folder, or resume one", textgen::cli::trainCommand},
    {"eval", "score a run's checkpoint on a corpus (loss, perplexity)", textgen::cli::evalCommand},
    {"sample", "continue a prompt at several temperatures, side by side", textgen::cli::sampleCommand},
    {"entropy", "how one step's entropy moves with temperature", textgen::cli::entropyCommand},
    {"bench", "measure a hot path (textgen bench --help lists them) and print one JSON line",
     textgen::cli::benchCommand},
    {"info", "what this machine computes on: BLAS and its core, CPU, LibTorch, CUDA", textgen::cli::infoCommand},
};

void printOverview(std::FILE* stream)
{
    std::fputs("Usage: textgen <command> [options]\n"
               "The command line of textgen studio: vocabularies, training, evaluation, sampling, benchmarks.\n"
               "Each command has its own options: textgen <command> --help.\n\n"
               "Commands:\n",
               stream);
    for (const Subcommand& command : kCommands)
        std::fprintf(stream, "  %-10s %s\n", command.name, command.summary);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("textgen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEXTGEN_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printOverview(stderr);
        return 2;
    }
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printOverview(stdout);
        return 0;
    }
    if (name == QLatin1String("--version")) {
        std::printf("textgen %s\n", TEXTGEN_VERSION);
        return 0;
    }
    for (const Subcommand& command : kCommands) {
        if (name != QLatin1String(command.name))
            continue;
        QStringList rest = arguments.mid(2);
        rest.prepend(QStringLiteral("textgen ") + name);
        try {
            return command.run(rest);
        } catch (const textgen::cli::UsageError& error) {
            std::fprintf(stderr, "textgen %s: %s (see textgen %s --help)\n", command.name, error.what(), command.name);
            return 2;
        } catch (const std::exception& error) {
            std::fprintf(stderr, "textgen %s: error: %s\n", command.name, error.what());
            return 1;
        }
    }
    std::fprintf(stderr, "textgen: unknown command '%s' (see textgen --help)\n", qPrintable(name));
    return 2;
}
