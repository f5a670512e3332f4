// Training in a worker thread, driven from the UI thread: start, pause, resume and stop take effect within one
// step; progress crosses threads as small value types, batched so that the UI sees at most ~30 signals a
// second and never misses a point. One worker object per QThread (Qt's Controller/Worker pattern).
#pragma once

#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <optional>

#include "training_session.h"

namespace textgen {

// One run trains at a time per device in this process: the training thread and the training processes
// (training_processes.h) claim theirs first. `device` as resolveDevice spells it ("cpu", "cuda:0").
bool claimDevice(const QString& device);
void releaseDevice(const QString& device);

// What to train: a new run (settings) or an existing one (resume, with new totals if any).
struct TrainingJob {
    QString runPath;
    std::optional<RunSettings> newRun; // empty: resume the run at runPath
    ResumeOverrides resume;
};

// Shared between the controller and its worker: polled by the worker before every step.
struct TrainingFlags {
    std::atomic<bool> stop{false};
    std::atomic<bool> pause{false};
    // Set while the person drags the temperature slider: the worker holds before its next step, so that
    // generation gets the cores; unlike pause it is nothing the person asked of training, so nothing shows it.
    std::atomic<bool> yield{false};
    QMutex mutex;
    QWaitCondition wake;
};

class TrainingWorker : public QObject {
    Q_OBJECT

public:
    TrainingWorker(TrainingJob job, std::shared_ptr<TrainingFlags> flags, int maxSignalsPerSecond);

public slots:
    void run();

signals:
    void stageChanged(textgen::SessionStage stage);
    void progress(const QList<textgen::TrainingProgress>& points); // every step, batched
    void epochFinished(const textgen::EpochReport& result);
    void epochSamplesSaved(const QString& path, const textgen::Problem& error);
    void pausedChanged(bool paused);
    void finished(bool completed); // false: stopped before its totals (a checkpoint was saved)
    void failed(const textgen::Problem& reason);

private:
    bool waitWhilePaused(); // also while yielding; returns true when asked to stop
    void holdWhileYielding();
    void flushProgress();

    TrainingJob job_;
    std::shared_ptr<TrainingFlags> flags_;
    int minimumIntervalMs_;
    QList<TrainingProgress> pending_;
    qint64 lastEmitMs_ = -1000000;
};

class TrainingController : public QObject {
    Q_OBJECT

public:
    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;

    // Starts `job` in a new worker thread. Refuses (false, with `refusal` saying why) while this controller
    // trains, or when another controller of this process trains on the same device.
    bool start(const TrainingJob& job, Problem* refusal = nullptr);
    void pause();
    void resume();
    // Holds training before its next step while `yielding` (a drag of the temperature slider), and lets it
    // go on afterwards: no step is skipped or lost.
    void setYielding(bool yielding);
    bool isYielding() const { return flags_ && flags_->yield; }
    void stop(); // the worker saves a checkpoint, then finishes
    bool isTraining() const { return thread_ != nullptr; }
    bool isPaused() const { return flags_ && flags_->pause; }
    QString runPath() const { return runPath_; }
    QString device() const { return device_; } // "cpu", "cuda:0", ... while training
    void setMaxSignalsPerSecond(int rate) { maxSignalsPerSecond_ = rate; }

signals:
    void stageChanged(textgen::SessionStage stage);
    void progress(const QList<textgen::TrainingProgress>& points);
    void epochFinished(const textgen::EpochReport& result);
    void epochSamplesSaved(const QString& path, const textgen::Problem& error);
    void pausedChanged(bool paused);
    void finished(bool completed);
    void failed(const textgen::Problem& reason);
    void trainingChanged(bool training); // after start and once the worker's thread has ended

private:
    void release();

    QThread* thread_ = nullptr;
    std::shared_ptr<TrainingFlags> flags_;
    QString runPath_;
    QString device_;
    int maxSignalsPerSecond_ = 30;
};

} // namespace textgen

Q_DECLARE_METATYPE(textgen::TrainingProgress)
Q_DECLARE_METATYPE(textgen::EpochReport)
Q_DECLARE_METATYPE(textgen::SessionStage)
