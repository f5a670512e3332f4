// A run's loss curve as the views draw it: a point per training step and one per validation, each placed on
// every x axis (step, epoch, tokens seen, wall time). One conversion serves both sources: metrics.csv on
// disk, read incrementally off the UI thread as it grows, and live progress from the training thread.
// Qt Core only: no window, no tensors.
#pragma once

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>
#include <QVector>

#include <limits>

#include "run_directory.h"

namespace textgen {

struct CurvePoint {
    double step = 0;
    double epoch = 0;   // fractional: 1.5 is halfway through the second epoch
    double tokens = 0;  // tokens seen
    double seconds = 0; // wall time since the run started
    double loss = 0;
};

// What was read of a run since the last read: its new points, or, with `restart`, the whole curve again
// (the file was replaced, as a resume from an earlier checkpoint does).
struct CurveChunk {
    QString runPath;
    QVector<CurvePoint> training;
    QVector<CurvePoint> validation;
    bool restart = false;
    bool more = false; // the read stopped at its row limit: more lines are waiting
    QString error;     // the run cannot be read (run.json missing or damaged): nothing to draw
};

// Places steps on the other axes: tokens per step from the run's settings, steps per epoch from its first
// validation row (or from live progress, which knows the fraction of the epoch done).
class CurveScale {
public:
    CurveScale() = default;
    explicit CurveScale(const RunSettings& settings);
    double tokensPerStep() const { return tokensPerStep_; }
    double stepsPerEpoch() const { return stepsPerEpoch_; }
    void learnFrom(const MetricRow& row); // an epoch row fixes the steps per epoch
    void forgetEpochs() { stepsPerEpoch_ = 0.0; }

    CurvePoint point(const MetricRow& row) const;
    CurvePoint point(qint64 step, double epoch, double seconds, double loss) const;

private:
    double tokensPerStep_ = 0.0;
    double stepsPerEpoch_ = 0.0;
};

// Reads one run's metrics.csv from where the last read stopped: only whole lines, only the new ones.
class CurveReader {
public:
    CurveReader() = default;
    explicit CurveReader(QString runPath);
    // At most `maxRows` rows a call, so that a long run reaches the window in pieces it can draw between events.
    CurveChunk readNew(qsizetype maxRows = std::numeric_limits<qsizetype>::max());

private:
    QString runPath_;
    CurveScale scale_;
    bool scaled_ = false;
    qint64 offset_ = 0;    // bytes consumed, up to the end of the last whole line
    quint64 identity_ = 0; // the file's inode: an atomic rewrite replaces it
};

// Reads runs' curves on a thread of its own; each answer arrives as curveRead (queued, a value type).
class CurveLoader : public QObject {
    Q_OBJECT

public:
    explicit CurveLoader(QObject* parent = nullptr);
    ~CurveLoader() override;

    // Reads what is new in `runPath`'s curve (all of it the first time, or after forget()), in chunks of at
    // most kChunkRows rows.
    static constexpr qsizetype kChunkRows = 100000;
    void read(const QString& runPath);
    void forget(const QString& runPath); // the next read starts from the beginning

signals:
    void curveRead(const textgen::CurveChunk& chunk);

private:
    QThread thread_;
    QObject* worker_;
    QHash<QString, CurveReader>* readers_; // owned by, and used only on, thread_
};

} // namespace textgen

Q_DECLARE_METATYPE(textgen::CurveChunk)
