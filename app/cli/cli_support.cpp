// Shared plumbing of the `textgen` subcommands.
#include "cli_support.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace textgen::cli {

bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, int positionals,
                    const QString& positionalNames)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        throw UsageError(parser.errorText());
    if (parser.isSet(help)) {
        // Qt's usage line names the executable; a subcommand's names the command ("textgen train").
        QString text = parser.helpText();
        const QString executable = QStringLiteral("Usage: ") + QCoreApplication::arguments().constFirst();
        if (text.startsWith(executable))
            text.replace(0, executable.size(), QStringLiteral("Usage: ") + arguments.constFirst());
        std::fputs(qPrintable(text), stdout);
        return false;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (positionals >= 0 && given != positionals) {
        if (given < positionals)
            throw UsageError(QStringLiteral("missing %1").arg(positionalNames));
        throw UsageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(positionals)));
    }
    return true;
}

void addValueOption(QCommandLineParser& parser, const char* name, const char* help, const char* value,
                    const char* fallback)
{
    QCommandLineOption option{QLatin1String(name), QLatin1String(help), QLatin1String(value)};
    if (fallback)
        option.setDefaultValue(QLatin1String(fallback));
    parser.addOption(option);
}

Preset presetOption(const QCommandLineParser& parser, const QString& name)
{
    const QString value = parser.value(name);
    if (const auto preset = presetFromName(value.toStdString()))
        return *preset;
    throw UsageError(QStringLiteral("--%1 must be seed, gpt or lstm, not '%2'").arg(name, value));
}

int everyCore()
{
    return static_cast<int>(std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN)));
}

int threadsOption(const QCommandLineParser& parser, const QString& name)
{
    const auto threads = static_cast<int>(integerOption(parser, name, 0));
    return threads == 0 ? everyCore() : threads;
}

TokenizerKind tokenizerOption(const QCommandLineParser& parser, const QString& name)
{
    const QString value = parser.value(name);
    if (const auto kind = tokenizerFromName(value.toStdString()))
        return *kind;
    throw UsageError(QStringLiteral("--%1 must be word or char, not '%2'").arg(name, value));
}

CorpusFormat corpusFormatOption(const QCommandLineParser& parser, const QString& name)
{
    const QString value = parser.value(name);
    if (const auto format = corpusFormatFromName(value.toStdString()))
        return *format;
    throw UsageError(QStringLiteral("--%1 must be auto, files, fortune or paragraphs, not '%2'").arg(name, value));
}

long long integerOption(const QCommandLineParser& parser, const QString& name, long long minimum)
{
    bool ok = false;
    const QString value = parser.value(name);
    const long long number = value.toLongLong(&ok);
    if (!ok || number < minimum)
        throw UsageError(
            QStringLiteral("--%1 must be a whole number >= %2, not '%3'").arg(name).arg(minimum).arg(value));
    return number;
}

bool isTerminal(int fd)
{
    return ::isatty(fd) == 1;
}

Corpus readCorpusReporting(const QString& path, CorpusFormat format)
{
    CorpusOptions options;
    options.format = format;
    const bool terminal = isTerminal(STDERR_FILENO);
    if (terminal) {
        options.progress = [](const CorpusProgress& progress) {
            if (progress.filesDone % 256 == 0 || progress.filesDone == progress.filesTotal)
                std::fprintf(stderr, "\rreading %zu/%zu files (%.1f MB)", progress.filesDone, progress.filesTotal,
                             static_cast<double>(progress.bytesDone) / 1e6);
            return true;
        };
    }
    Corpus corpus = readCorpus(path.toStdString(), options);
    if (terminal)
        std::fputs("\r\033[K", stderr);
    return corpus;
}

} // namespace textgen::cli
