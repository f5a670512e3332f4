// The training thread: a TrainingSession run by a worker object, with flags polled every step.
#include "training_controller.h"

#include <QElapsedTimer>
#include <QSet>

namespace textgen {

namespace {

// Devices in use by this process's controllers: one run trains at a time per device.
QMutex devicesMutex;
QSet<QString>& busyDevices()
{
    static QSet<QString> devices;
    return devices;
}

QString deviceOf(const TrainingJob& job)
{
    std::string device = job.newRun ? job.newRun->training.device : job.resume.device.value_or("auto");
    if (job.resume.device)
        device = *job.resume.device;
    if (!job.newRun && !job.resume.device) {
        try {
            device = RunDirectory::open(job.runPath).settings().training.device;
        } catch (const std::exception&) {
            // The worker reports a damaged run; the device does not matter then.
        }
    }
    try {
        return QString::fromStdString(resolveDevice(device).str());
    } catch (const std::exception&) {
        return QString::fromStdString(device);
    }
}

} // namespace

bool claimDevice(const QString& device)
{
    QMutexLocker locker(&devicesMutex);
    if (busyDevices().contains(device))
        return false;
    busyDevices().insert(device);
    return true;
}

void releaseDevice(const QString& device)
{
    QMutexLocker locker(&devicesMutex);
    busyDevices().remove(device);
}

TrainingWorker::TrainingWorker(TrainingJob job, std::shared_ptr<TrainingFlags> flags, int maxSignalsPerSecond) :
    job_(std::move(job)), flags_(std::move(flags)),
    minimumIntervalMs_(maxSignalsPerSecond > 0 ? 1000 / maxSignalsPerSecond : 0)
{ }

void TrainingWorker::holdWhileYielding()
{
    if (!flags_->yield || flags_->stop)
        return;
    flushProgress();
    QMutexLocker locker(&flags_->mutex);
    while (flags_->yield && !flags_->stop)
        flags_->wake.wait(&flags_->mutex);
}

bool TrainingWorker::waitWhilePaused()
{
    holdWhileYielding();
    if (!flags_->pause || flags_->stop)
        return flags_->stop;
    flushProgress();
    emit pausedChanged(true);
    {
        QMutexLocker locker(&flags_->mutex);
        while (flags_->pause && !flags_->stop)
            flags_->wake.wait(&flags_->mutex);
    }
    emit pausedChanged(false);
    holdWhileYielding();
    return flags_->stop;
}

void TrainingWorker::flushProgress()
{
    if (pending_.isEmpty())
        return;
    emit progress(pending_);
    pending_.clear();
}

void TrainingWorker::run()
{
    QElapsedTimer clock;
    clock.start();
    SessionEvents events;
    events.stage = [this](SessionStage stage) { emit stageChanged(stage); };
    events.corpusProgress = [this](const CorpusProgress&) { return !flags_->stop; };
    events.step = [&](const TrainingProgress& p) {
        pending_.append(p);
        // The points between two signals travel together: a fast model cannot flood the event loop.
        if (clock.elapsed() - lastEmitMs_ >= minimumIntervalMs_) {
            lastEmitMs_ = clock.elapsed();
            flushProgress();
        }
    };
    events.epoch = [this](const EpochReport& report) {
        flushProgress();
        emit epochFinished(report);
    };
    events.epochSamples = [this](const QString& path, const Problem& error) { emit epochSamplesSaved(path, error); };
    events.shouldStop = [this] { return waitWhilePaused(); };
    try {
        std::unique_ptr<TrainingSession> session = job_.newRun
            ? TrainingSession::create(job_.runPath, *job_.newRun, events)
            : TrainingSession::resume(job_.runPath, job_.resume, events);
        if (flags_->stop) { // stopped while the corpus was being read: nothing trained, nothing to save
            flushProgress();
            emit finished(false);
            return;
        }
        session->train();
        flushProgress();
        emit finished(!session->stoppedEarly());
    } catch (const std::exception& error) {
        flushProgress();
        if (flags_->stop) // stopped while reading the corpus: reading was cancelled, nothing failed
            emit finished(false);
        else
            emit failed(Problem::from(error));
    }
}

TrainingController::TrainingController(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<textgen::TrainingProgress>();
    qRegisterMetaType<textgen::EpochReport>();
    qRegisterMetaType<textgen::SessionStage>();
    qRegisterMetaType<QList<textgen::TrainingProgress>>();
    qRegisterMetaType<textgen::Problem>();
}

TrainingController::~TrainingController()
{
    if (thread_) {
        stop();
        thread_->quit();
        thread_->wait();
    }
    release();
}

bool TrainingController::start(const TrainingJob& job, Problem* refusal)
{
    const auto refuse = [&](const Problem& why) {
        if (refusal)
            *refusal = why;
        return false;
    };
    if (thread_)
        return refuse({Problem::Code::AlreadyTraining, {runPath_}});
    const QString device = deviceOf(job);
    if (!claimDevice(device))
        return refuse({Problem::Code::DeviceBusy, {device}});
    device_ = device;
    runPath_ = job.runPath;
    flags_ = std::make_shared<TrainingFlags>();
    thread_ = new QThread(this);
    auto* worker = new TrainingWorker(job, flags_, maxSignalsPerSecond_);
    worker->moveToThread(thread_);
    connect(thread_, &QThread::started, worker, &TrainingWorker::run);
    connect(worker, &TrainingWorker::stageChanged, this, &TrainingController::stageChanged);
    connect(worker, &TrainingWorker::progress, this, &TrainingController::progress);
    connect(worker, &TrainingWorker::epochFinished, this, &TrainingController::epochFinished);
    connect(worker, &TrainingWorker::epochSamplesSaved, this, &TrainingController::epochSamplesSaved);
    connect(worker, &TrainingWorker::pausedChanged, this, &TrainingController::pausedChanged);
    connect(worker, &TrainingWorker::finished, this, &TrainingController::finished);
    connect(worker, &TrainingWorker::failed, this, &TrainingController::failed);
    // The worker's run() returns after finished/failed: end the thread, then clean up on this side.
    connect(worker, &TrainingWorker::finished, thread_, &QThread::quit);
    connect(worker, &TrainingWorker::failed, thread_, &QThread::quit);
    connect(thread_, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread_, &QThread::finished, this, [this] {
        thread_->deleteLater();
        thread_ = nullptr;
        release();
        emit trainingChanged(false);
    });
    thread_->start();
    emit trainingChanged(true);
    return true;
}

void TrainingController::pause()
{
    if (flags_)
        flags_->pause = true;
}

void TrainingController::resume()
{
    if (!flags_)
        return;
    QMutexLocker locker(&flags_->mutex);
    flags_->pause = false;
    flags_->wake.wakeAll();
}

void TrainingController::setYielding(bool yielding)
{
    if (!flags_)
        return;
    QMutexLocker locker(&flags_->mutex);
    flags_->yield = yielding;
    flags_->wake.wakeAll();
}

void TrainingController::stop()
{
    if (!flags_)
        return;
    QMutexLocker locker(&flags_->mutex);
    flags_->stop = true;
    flags_->wake.wakeAll();
}

void TrainingController::release()
{
    if (device_.isEmpty())
        return;
    releaseDevice(device_);
    device_.clear();
}

} // namespace textgen
