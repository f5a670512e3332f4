// The window's words for what went wrong: the core and the engine hand over codes and values (Problem,
// Fault, ConfigProblem), and these turn them into a sentence in the interface's language at the moment it is
// shown, so a message follows a language switch. Advice names what to do in the window, not on the command
// line.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "fault.h"
#include "model_config.h"
#include "problem.h"

namespace textgen {

class ProblemText {
    Q_DECLARE_TR_FUNCTIONS(ProblemText)

public:
    static QString of(const Problem& problem);
    static QString of(const Fault& fault);
    static QString of(const ConfigProblem& problem);
    // errno in the interface's language where it is one a person meets (a full disk, a missing
    // permission); else the system's own words.
    static QString systemError(int error, const QString& systemText);
    // The hint every corpus error ends with.
    static QString corpusHint();
};

} // namespace textgen
