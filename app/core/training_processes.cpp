// The studio's training processes: one `textgen train` that starts the ranks and speaks for them.
#include "training_processes.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <utility>

#include "run_directory.h"
#include "training_controller.h"

namespace textgen {

namespace {

constexpr qsizetype kErrorsKept = 4000; // bytes of the job's stderr kept for its failure
constexpr int kStopWaitMs = 120'000;    // how long closing the window waits for the job's checkpoint
const QString kDevice = QStringLiteral("cpu");

// The last lines of `errors`, whole, without the terminal's progress redraws.
QString lastWords(const QByteArray& errors)
{
    QStringList lines;
    for (const QString& line : QString::fromUtf8(errors).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString shown = line.section(QLatin1Char('\r'), -1).trimmed();
        if (!shown.isEmpty())
            lines << shown;
    }
    return lines.mid(std::max<qsizetype>(0, lines.size() - 6)).join(QLatin1Char('\n'));
}

} // namespace

TrainingProcesses::TrainingProcesses(QObject* parent) :
    QObject(parent), program_(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("textgen")))
{ }

TrainingProcesses::~TrainingProcesses()
{
    if (!process_)
        return;
    disconnect(process_, nullptr, this, nullptr);
    process_->terminate();
    if (!process_->waitForFinished(kStopWaitMs))
        process_->kill(); // the ranks are then ended by their launcher's watch, or by the lost connection
    process_->waitForFinished();
    releaseDevice(kDevice);
}

bool TrainingProcesses::start(const QString& runPath, int processes, Problem* refusal)
{
    const auto refuse = [&](const Problem& why) {
        if (refusal)
            *refusal = why;
        return false;
    };
    if (process_)
        return refuse({Problem::Code::AlreadyTraining, {runPath_}});
    if (!claimDevice(kDevice))
        return refuse({Problem::Code::DeviceBusy, {kDevice}});
    auto* process = new QProcess(this);
    process->setProgram(program_);
    // Without --threads the launcher gives each process its share of the cores.
    process->setArguments({QStringLiteral("train"), QStringLiteral("--run"), runPath, QStringLiteral("--resume"),
                           QStringLiteral("--device"), kDevice, QStringLiteral("--nproc"), QString::number(processes)});
    process->setStandardOutputFile(QProcess::nullDevice()); // the run folder says what the job says there
    errors_.clear();
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        errors_ += process->readAllStandardError();
        if (errors_.size() > kErrorsKept)
            errors_ = errors_.right(kErrorsKept);
    });
    connect(process, &QProcess::finished, this, &TrainingProcesses::onFinished);
    process->start();
    if (!process->waitForStarted()) {
        const Problem why(Problem::Code::CannotStartProcesses, {program_, process->errorString()});
        delete process;
        releaseDevice(kDevice);
        return refuse(why);
    }
    process_ = process;
    runPath_ = runPath;
    processes_ = processes;
    emit trainingChanged(true);
    return true;
}

void TrainingProcesses::stop()
{
    if (!process_)
        return;
    stopAsked_ = true;
    process_->terminate(); // the launcher passes it on to every rank
}

void TrainingProcesses::onFinished(int exitCode, QProcess::ExitStatus status)
{
    errors_ += process_->readAllStandardError();
    process_->deleteLater();
    process_ = nullptr;
    releaseDevice(kDevice);
    emit trainingChanged(false);
    const bool stopAsked = std::exchange(stopAsked_, false);
    if (status == QProcess::NormalExit && (exitCode == 0 || exitCode == 130)) {
        emit finished(exitCode == 0);
        return;
    }
    // Asked to stop before it could pass a stop on, the launcher ended of the signal, before any rank began.
    if (stopAsked && status == QProcess::CrashExit) {
        emit finished(false);
        return;
    }
    // The run's own words first: a job that failed in training says why in run.json, in a code the window
    // puts into the reader's language.
    try {
        const RunSettings settings = RunDirectory::open(runPath_).settings();
        if (settings.status == RunStatus::Failed && !settings.statusReason.isNone()) {
            emit failed(settings.statusReason);
            return;
        }
    } catch (const std::exception&) {
        // run.json cannot be read: the job's last words say more
    }
    emit failed(
        {Problem::Code::ProcessesFailed,
         {status == QProcess::CrashExit ? QStringLiteral("-") : QString::number(exitCode), lastWords(errors_)}});
}

} // namespace textgen
