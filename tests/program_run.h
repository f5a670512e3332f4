// Running a program as a person would, for the tests of what is installed and packaged: from a folder of the
// test's choosing, with the environment it is given, its exit code and both outputs kept.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace textgen::testing {

struct ProgramResult {
    int exitCode = -1; // -1 also when it could not start or crashed
    QString out;
    QString err;
};

inline ProgramResult runProgram(const QString& program, const QStringList& arguments, const QString& folder,
                                const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(folder);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {-1, {}, QStringLiteral("cannot start %1").arg(program)};
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace textgen::testing
