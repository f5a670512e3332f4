// A run trained on this machine's CPU by processes of its own: `textgen train --resume --nproc N`, started,
// watched and stopped from the UI thread. Nothing of the training crosses into this process: the run folder
// is the channel, and the library (run_library.h) watches it grow as it watches any other job's. Qt Core only.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>

#include "problem.h"

namespace textgen {

class TrainingProcesses : public QObject {
    Q_OBJECT

public:
    explicit TrainingProcesses(QObject* parent = nullptr);
    ~TrainingProcesses() override; // stops a job still running and waits for its checkpoint

    // The `textgen` that trains; by default the one beside this executable, as installed and as built.
    void setProgram(const QString& program) { program_ = program; }
    QString program() const { return program_; }

    // Trains the run at `runPath` (prepared by TrainingSession::prepare, or trained before) with `processes`
    // processes on the CPU, each on an even share of the cores. Refuses (false, with `refusal`) while a job
    // runs, while this process trains on the CPU, or when the program cannot be started.
    bool start(const QString& runPath, int processes, Problem* refusal = nullptr);
    // Asks the job to stop: its ranks agree on a step, save a checkpoint there, and end; `finished(false)`.
    void stop();
    bool isTraining() const { return process_ != nullptr; }
    QString runPath() const { return runPath_; }
    int processes() const { return processes_; }

signals:
    void trainingChanged(bool training);
    void finished(bool completed); // false: stopped on request, with a checkpoint
    void failed(const textgen::Problem& reason);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString program_;
    QProcess* process_ = nullptr;
    QString runPath_;
    int processes_ = 0;
    bool stopAsked_ = false;
    QByteArray errors_; // the tail of what the job printed on stderr: its words when it fails
};

} // namespace textgen
