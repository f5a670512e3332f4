// The `textgen` subcommands. Each takes its arguments (the first being "textgen <command>") and returns the
// process exit code; usage mistakes throw UsageError (exit 2), failures throw std::exception (exit 1).
#pragma once

#include <QStringList>

namespace textgen::cli {

// One line of a command list (`textgen --help`, `textgen bench --help`): the man page and the bash completion
// are written from these lists (resources/help/help_pages.sh).
struct Subcommand {
    const char* name;
    const char* summary;
    int (*run)(const QStringList&);
};

int vocabCommand(const QStringList& arguments);
int tokenizeCommand(const QStringList& arguments);
int trainCommand(const QStringList& arguments);
int evalCommand(const QStringList& arguments);
int sampleCommand(const QStringList& arguments);
int entropyCommand(const QStringList& arguments);
int benchCommand(const QStringList& arguments);
int infoCommand(const QStringList& arguments);

} // namespace textgen::cli
