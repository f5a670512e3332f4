// Scanning, summarising and watching the runs root.
#include "run_library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cmath>

#include "run_directory.h"
#include "run_lock.h"

namespace textgen {

RunLibrary::RunLibrary(const QString& root, QObject* parent) : QObject(parent), root_(root)
{
    coalesce_.setSingleShot(true);
    coalesce_.setInterval(100); // a burst of file events becomes one rescan
    connect(&coalesce_, &QTimer::timeout, this, &RunLibrary::refresh);
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, &RunLibrary::scheduleRefresh);
    connect(&watcher_, &QFileSystemWatcher::fileChanged, this, &RunLibrary::scheduleRefresh);
    poll_.setInterval(2000); // network folders send no events
    connect(&poll_, &QTimer::timeout, this, &RunLibrary::refresh);
    poll_.start();
    QDir().mkpath(root_);
    refresh();
}

QString RunLibrary::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runs");
}

void RunLibrary::setRoot(const QString& root)
{
    if (root == root_)
        return;
    if (!watcher_.directories().isEmpty())
        watcher_.removePaths(watcher_.directories());
    if (!watcher_.files().isEmpty())
        watcher_.removePaths(watcher_.files());
    root_ = root;
    QDir().mkpath(root_);
    runs_.clear();
    stamps_.clear();
    refresh();
    emit runsChanged();
}

RunSummary RunLibrary::summarize(const QString& path)
{
    RunSummary summary;
    summary.path = QDir(path).absolutePath();
    summary.name = QFileInfo(path).fileName();
    summary.trainingBy = RunLock::holder(path);
    try {
        const RunDirectory run = RunDirectory::open(path);
        const RunSettings& s = run.settings();
        summary.name = s.name.isEmpty() ? summary.name : s.name;
        summary.preset = QString::fromUtf8(presetName(s.model.preset).data());
        summary.corpus = s.corpusPath;
        switch (s.status) {
        case RunStatus::Created: summary.state = RunState::Created; break;
        case RunStatus::Running: summary.state = summary.trainingBy ? RunState::Running : RunState::Interrupted; break;
        case RunStatus::Stopped: summary.state = RunState::Stopped; break;
        case RunStatus::Finished: summary.state = RunState::Finished; break;
        case RunStatus::Failed: summary.state = RunState::Failed; break;
        }
        summary.statusReason = s.statusReason;
        summary.epochs = s.epoch;
        summary.steps = s.step;
        summary.bestValidationLoss = s.bestValidationLoss;
        summary.updated = s.updated;
        summary.device = s.device.isEmpty() ? QString::fromStdString(s.training.device) : s.device;
        summary.worldSize = s.worldSize;
        const MetricsFile metrics = RunDirectory::readMetrics(run.metricsPath());
        if (!metrics.rows.empty()) {
            summary.steps = std::max<qint64>(summary.steps, metrics.rows.back().step);
            for (const MetricRow& row : metrics.rows)
                if (std::isfinite(row.validationLoss) && !(row.validationLoss >= summary.bestValidationLoss))
                    summary.bestValidationLoss = row.validationLoss;
        }
        const QDateTime metricsTime = QFileInfo(run.metricsPath()).lastModified().toUTC();
        if (metricsTime.isValid() && metricsTime > summary.updated)
            summary.updated = metricsTime;
    } catch (const std::exception& error) {
        summary.state = RunState::Damaged;
        summary.statusReason = Problem::from(error);
        summary.updated = QFileInfo(path).lastModified().toUTC();
    }
    return summary;
}

std::optional<RunSummary> RunLibrary::run(const QString& path) const
{
    const QString absolute = QDir(path).absolutePath();
    for (const RunSummary& summary : runs_)
        if (summary.path == absolute)
            return summary;
    return std::nullopt;
}

RunLibrary::Stamp RunLibrary::stampOf(const QString& path)
{
    const QFileInfo settings(QDir(path).filePath(QStringLiteral("run.json")));
    const QFileInfo metrics(QDir(path).filePath(QStringLiteral("metrics.csv")));
    return {settings.exists() ? settings.size() : -1, metrics.exists() ? metrics.size() : -1, settings.lastModified(),
            metrics.lastModified()};
}

void RunLibrary::scheduleRefresh()
{
    if (!coalesce_.isActive())
        coalesce_.start();
}

void RunLibrary::refresh()
{
    // A run folder holds run.json, or at least what a run leaves (a damaged run is still listed).
    QStringList paths;
    for (const QFileInfo& entry : QDir(root_).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(entry.absoluteFilePath());
        if (dir.exists(QStringLiteral("run.json")) || dir.exists(QStringLiteral("metrics.csv"))
            || dir.exists(QStringLiteral("checkpoints")))
            paths << entry.absoluteFilePath();
    }
    bool changed = paths.size() != runs_.size();
    QList<RunSummary> runs;
    QHash<QString, Stamp> stamps;
    for (const QString& path : paths) {
        const Stamp stamp = stampOf(path);
        const auto previous = stamps_.constFind(path);
        const std::optional<RunSummary> known = run(path);
        if (previous != stamps_.constEnd() && *previous == stamp && known) {
            runs << *known;
        } else {
            runs << summarize(path);
            changed = true;
            if (previous != stamps_.constEnd())
                emit runUpdated(path);
        }
        stamps.insert(path, stamp);
    }
    std::sort(runs.begin(), runs.end(), [](const RunSummary& a, const RunSummary& b) {
        return a.updated != b.updated ? a.updated > b.updated : a.path < b.path;
    });
    runs_ = runs;
    stamps_ = stamps;
    watch(paths);
    if (changed)
        emit runsChanged();
}

void RunLibrary::watch(const QStringList& runPaths)
{
    QStringList wanted{root_};
    for (const QString& path : runPaths) {
        wanted << path;
        const QString metrics = QDir(path).filePath(QStringLiteral("metrics.csv"));
        if (QFile::exists(metrics))
            wanted << metrics;
    }
    QStringList watched = watcher_.directories() + watcher_.files();
    QStringList add;
    for (const QString& path : wanted)
        if (!watched.contains(path))
            add << path;
    if (!add.isEmpty())
        watcher_.addPaths(add);
}

QString RunLibrary::newRunPath(const QString& name) const
{
    QString base = name.trimmed();
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base = QStringLiteral("run");
    QString candidate = QDir(root_).filePath(base);
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = QDir(root_).filePath(QStringLiteral("%1-%2").arg(base).arg(i));
    return candidate;
}

void RunLibrary::rename(const QString& path, const QString& name)
{
    RunDirectory run = RunDirectory::open(path);
    run.settings().name = name;
    run.saveSettings();
    refresh();
}

QString RunLibrary::duplicate(const QString& path, const QString& name)
{
    const RunDirectory source = RunDirectory::open(path);
    RunSettings settings = source.settings();
    settings.name = name;
    settings.status = RunStatus::Created;
    settings.statusReason = {};
    settings.step = 0;
    settings.epoch = 0;
    settings.bestValidationLoss = qQNaN();
    const QString target = newRunPath(name);
    RunDirectory::create(target, settings);
    refresh();
    return target;
}

bool RunLibrary::remove(const QString& path, bool permanently, Problem* error)
{
    if (const std::optional<LockHolder> holder = RunLock::holder(path)) {
        if (error)
            *error = {Problem::Code::DeleteWhileTraining, {path, QString::number(holder->pid), holder->host}};
        return false;
    }
    bool removed = moveToTrash_(path);
    if (!removed && permanently)
        removed = QDir(path).removeRecursively();
    if (!removed && error)
        *error = Problem(permanently ? Problem::Code::CannotDelete : Problem::Code::NoTrash, {path});
    refresh();
    return removed;
}

} // namespace textgen
