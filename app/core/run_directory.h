// One training run on disk: run.json (settings and status), vocab.txt, metrics.csv (the curve, appended and
// flushed every few seconds) and checkpoints/. Shared by `textgen train` and the studio. Qt Core only.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

#include "run_settings.h"

namespace textgen {

// One line of metrics.csv. A step row has a train loss; an epoch row (after validation) has a val loss.
struct MetricRow {
    qint64 step = 0;
    qint64 epoch = 0;
    double trainLoss = qQNaN();
    double validationLoss = qQNaN();
    double learningRate = qQNaN();
    double tokensPerSecond = qQNaN();
    double elapsedSeconds = 0.0;
};

struct MetricsFile {
    std::vector<MetricRow> rows;
    int skippedLines = 0; // a torn last line (the writer was killed mid-line) or damaged lines
};

class RunDirectory {
public:
    static constexpr const char* kMetricsHeader = "step,epoch,train_loss,val_loss,lr,tokens_per_s,elapsed_s";

    // Creates `path` (which must not hold a run yet) with its settings.
    static RunDirectory create(const QString& path, const RunSettings& settings);
    // Opens an existing run; throws RunError when run.json is missing or damaged.
    static RunDirectory open(const QString& path);
    // The run at `path` as a rank other than 0 of a data-parallel job sees it: its settings, in memory
    // only. Nothing is created or written (the session never calls the writing members on it).
    static RunDirectory detached(const QString& path, const RunSettings& settings);

    const QString& path() const { return path_; }
    const RunSettings& settings() const { return settings_; }
    RunSettings& settings() { return settings_; }
    // Writes run.json atomically (QSaveFile), stamping `updated`.
    void saveSettings();

    QString vocabularyPath() const;
    QString metricsPath() const;
    QString checkpointsPath() const;
    QString epochCheckpointPath(qint64 epoch) const; // checkpoints/epoch-NNNN.pt, epoch counted from 1
    QString latestCheckpointPath() const;
    QString samplesPath() const;
    QString epochSamplesPath(qint64 epoch) const; // samples/epoch-NNNN.txt, epoch counted from 1
    // The epoch sample files of the run folder at `runPath`, oldest epoch first; needs no readable run.json.
    static QStringList epochSampleFiles(const QString& runPath);
    // Epoch numbers (from 1) that have a checkpoint, ascending.
    QList<qint64> checkpointEpochs() const;
    // Deletes what a writer killed mid-file left behind: the half-written temporaries of atomic writes
    // (`*.tmp-PID-N`, `*.link-PID`) in the run and its checkpoints and samples folders. Only the holder of
    // the run's lock may call it, since no one else can be writing then. Returns how many it removed.
    int removeUnfinishedWrites();

    // Appends rows to metrics.csv; flushes when `flush` or when the last flush is more than two seconds old.
    void appendMetrics(const std::vector<MetricRow>& rows, bool flush = false);
    void flushMetrics();
    // Reads metrics.csv, stopping at nothing: a torn or damaged line is skipped and counted.
    // One line of metrics.csv (without its '\n'); false when it is not a well-formed row.
    static bool parseMetricRow(QByteArrayView line, MetricRow& row);
    static MetricsFile readMetrics(const QString& path);
    // Drops the rows after `step` (resuming from a checkpoint at `step`), rewriting the file atomically.
    void truncateMetricsAfter(qint64 step);

private:
    explicit RunDirectory(QString path) : path_(std::move(path)) { }

    QString path_;
    RunSettings settings_;
    std::shared_ptr<QFile> metrics_;
    QElapsedTimer sinceFlush_;
};

// Hard-links (or, where links are not possible, copies) `source` to `target` atomically.
void publishFile(const QString& source, const QString& target);

} // namespace textgen
