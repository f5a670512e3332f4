// The `textgen` subcommands. Each takes its arguments (the first being "textgen <command>") and returns the
// process exit code; usage mistakes throw UsageError (exit 2), failures throw std::exception (exit 1).
#pragma once

#include <QStringList>

namespace textgen::cli {

int vocabCommand(const QStringList& arguments);
int tokenizeCommand(const QStringList& arguments);
int trainCommand(const QStringList& arguments);
int evalCommand(const QStringList& arguments);
int sampleCommand(const QStringList& arguments);
int entropyCommand(const QStringList& arguments);
int benchCommand(const QStringList& arguments);
int infoCommand(const QStringList& arguments);

} // namespace textgen::cli
