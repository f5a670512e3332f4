// The library of runs under one root folder: what each run is (or why it cannot be read), renaming,
// duplicating, deleting, and watching the folder so that a run another process trains shows up and grows
// live (QFileSystemWatcher, with polling as the fallback for network folders). Qt Core only.
#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QList>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

#include "problem.h"
#include "run_lock.h"

namespace textgen {

// A run as the list shows it: its status in run.json, or what the library found instead.
enum class RunState {
    Created,
    Running, // a process holds its lock
    Stopped, // resumable
    Finished,
    Failed,
    Interrupted, // run.json says running, but no process holds the lock: it was killed, and can be resumed
    Damaged,     // run.json cannot be read
};

struct RunSummary {
    QString path;
    QString name;
    QString preset;
    QString corpus;
    RunState state = RunState::Damaged;
    Problem statusReason; // why it failed or stopped, or what is damaged
    qint64 epochs = 0;
    qint64 steps = 0;
    double bestValidationLoss = qQNaN();
    QDateTime updated;
    QString device;    // where it trains ("cpu", "cuda:0")
    int worldSize = 1; // the processes of its job
    bool damaged() const { return state == RunState::Damaged; }
    std::optional<LockHolder> trainingBy; // while a process holds its lock
};

class RunLibrary : public QObject {
    Q_OBJECT

public:
    explicit RunLibrary(const QString& root, QObject* parent = nullptr);

    // QStandardPaths::AppDataLocation + "/runs".
    static QString defaultRoot();
    // What is known of the run folder at `path`; never throws: a damaged run says why.
    static RunSummary summarize(const QString& path);

    QString root() const { return root_; }
    void setRoot(const QString& root);
    QList<RunSummary> runs() const { return runs_; } // most recently updated first
    std::optional<RunSummary> run(const QString& path) const;

    // A new, unused folder under the root for a run called `name`.
    QString newRunPath(const QString& name) const;
    void rename(const QString& path, const QString& name);       // throws RunError
    QString duplicate(const QString& path, const QString& name); // the same settings, not trained; throws RunError
    // To the system trash where there is one; else deleted only when `permanently` (the UI confirms first).
    bool remove(const QString& path, bool permanently, Problem* error = nullptr);
    // How a run goes to the trash: QFile::moveToTrash, unless a test puts a trash that fails in its place.
    void setTrash(std::function<bool(const QString& path)> moveToTrash) { moveToTrash_ = std::move(moveToTrash); }

    void setPollInterval(int milliseconds) { poll_.setInterval(milliseconds); }

public slots:
    void refresh();

signals:
    void runsChanged();                   // a run appeared, disappeared, or its summary changed
    void runUpdated(const QString& path); // its run.json or metrics.csv changed on disk

private:
    struct Stamp {
        qint64 settingsSize = -1, metricsSize = -1;
        QDateTime settingsTime, metricsTime;
        bool operator==(const Stamp& o) const
        {
            return settingsSize == o.settingsSize && metricsSize == o.metricsSize && settingsTime == o.settingsTime
                && metricsTime == o.metricsTime;
        }
    };
    static Stamp stampOf(const QString& path);
    void scheduleRefresh();
    void watch(const QStringList& runPaths);

    QString root_;
    std::function<bool(const QString& path)> moveToTrash_
        = [](const QString& path) { return QFile::moveToTrash(path); };
    QList<RunSummary> runs_;
    QHash<QString, Stamp> stamps_;
    QFileSystemWatcher watcher_;
    QTimer poll_;
    QTimer coalesce_;
};

} // namespace textgen
