// What every `textgen` subcommand shares: option parsing with exit code 2 on usage errors, reading a corpus
// with progress on a terminal, and one-line JSON results. Not the commands themselves.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "json_line.h" // JsonLine, jsonQuoted

#include "corpus.h"
#include "model_config.h"
#include "tokenizer.h"

namespace textgen::cli {

// A mistake in how the command was called: reported in one line, exit code 2.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString& reason) : std::runtime_error(reason.toStdString()) { }
};

// Parses `arguments` (the first is the command's name) with `parser`, which gets --help added. Prints the
// help and returns false when --help was asked for; throws UsageError for unknown options and, when
// `positionals` is not negative, for a wrong number of positional arguments.
bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, int positionals,
                    const QString& positionalNames);

// Adds --name VALUE with its help and, when `fallback` is given, its default.
void addValueOption(QCommandLineParser& parser, const char* name, const char* help, const char* value,
                    const char* fallback = nullptr);

// Option values, checked: each throws UsageError naming the option and what it accepts.
TokenizerKind tokenizerOption(const QCommandLineParser& parser, const QString& name);
CorpusFormat corpusFormatOption(const QCommandLineParser& parser, const QString& name);
long long integerOption(const QCommandLineParser& parser, const QString& name, long long minimum);
Preset presetOption(const QCommandLineParser& parser, const QString& name);
// A thread count; 0 means every core of the machine.
int threadsOption(const QCommandLineParser& parser, const QString& name);
int everyCore();

// Reads a corpus, drawing a progress line on stderr when it is a terminal.
Corpus readCorpusReporting(const QString& path, CorpusFormat format);

bool isTerminal(int fd);

} // namespace textgen::cli
