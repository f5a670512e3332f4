// Reading a run's curve: whole lines from a byte offset, on the loader's thread.
#include "run_curve.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

#include <cmath>

namespace textgen {

CurveScale::CurveScale(const RunSettings& settings) :
    tokensPerStep_(static_cast<double>(settings.training.batchSize * (settings.model.sequenceLength - 1)))
{ }

void CurveScale::learnFrom(const MetricRow& row)
{
    if (stepsPerEpoch_ <= 0 && std::isfinite(row.validationLoss) && row.step > 0)
        stepsPerEpoch_ = static_cast<double>(row.step) / static_cast<double>(row.epoch + 1);
}

CurvePoint CurveScale::point(const MetricRow& row) const
{
    const double step = static_cast<double>(row.step);
    const double epoch = stepsPerEpoch_ > 0 ? step / stepsPerEpoch_ : static_cast<double>(row.epoch);
    return {step, epoch, step * tokensPerStep_, row.elapsedSeconds,
            std::isfinite(row.trainLoss) ? row.trainLoss : row.validationLoss};
}

CurvePoint CurveScale::point(qint64 step, double epoch, double seconds, double loss) const
{
    return {static_cast<double>(step), epoch, static_cast<double>(step) * tokensPerStep_, seconds, loss};
}

CurveReader::CurveReader(QString runPath) : runPath_(std::move(runPath)) { }

CurveChunk CurveReader::readNew(qsizetype maxRows)
{
    CurveChunk chunk;
    chunk.runPath = runPath_;
    if (!scaled_) {
        try {
            scale_ = CurveScale(RunDirectory::open(runPath_).settings());
            scaled_ = true;
        } catch (const std::exception& error) {
            chunk.error = QString::fromUtf8(error.what());
            return chunk;
        }
    }
    const QString path = QDir(runPath_).filePath(QStringLiteral("metrics.csv"));
    struct stat status { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return chunk; // not written yet
    const auto identity = static_cast<quint64>(status.st_ino);
    if (identity != identity_ || status.st_size < offset_) {
        chunk.restart = offset_ > 0 || identity_ != 0;
        identity_ = identity;
        offset_ = 0;
        scale_.forgetEpochs(); // learnt again from the new file
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset_))
        return chunk;
    const QByteArray bytes = file.readAll();
    const qsizetype end = bytes.lastIndexOf('\n'); // a last line without '\n' is still being written
    if (end < 0)
        return chunk;
    qsizetype start = 0;
    if (offset_ == 0)
        start = bytes.indexOf('\n') + 1; // the header
    qsizetype at = start;
    for (qsizetype rows = 0; at <= end; ++rows) {
        if (rows == maxRows) {
            chunk.more = true;
            break;
        }
        const qsizetype next = bytes.indexOf('\n', at);
        MetricRow row;
        if (RunDirectory::parseMetricRow(QByteArrayView(bytes).sliced(at, next - at), row)) {
            scale_.learnFrom(row);
            (std::isfinite(row.trainLoss) ? chunk.training : chunk.validation).append(scale_.point(row));
        }
        at = next + 1;
    }
    offset_ += at; // up to the end of the last line read
    return chunk;
}

CurveLoader::CurveLoader(QObject* parent) :
    QObject(parent), worker_(new QObject), readers_(new QHash<QString, CurveReader>)
{
    qRegisterMetaType<textgen::CurveChunk>();
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, [worker = worker_, readers = readers_] {
        delete readers;
        worker->deleteLater();
    });
    thread_.start();
}

CurveLoader::~CurveLoader()
{
    thread_.quit();
    thread_.wait();
}

void CurveLoader::read(const QString& runPath)
{
    QMetaObject::invokeMethod(
        worker_,
        [this, runPath, readers = readers_] {
            auto found = readers->find(runPath);
            if (found == readers->end())
                found = readers->insert(runPath, CurveReader(runPath));
            CurveChunk chunk;
            do { // each chunk is drawn on its own: the window handles its events between them
                chunk = found->readNew(kChunkRows);
                emit curveRead(chunk);
            } while (chunk.more);
        },
        Qt::QueuedConnection);
}

void CurveLoader::forget(const QString& runPath)
{
    QMetaObject::invokeMethod(
        worker_, [runPath, readers = readers_] { readers->remove(runPath); }, Qt::QueuedConnection);
}

} // namespace textgen
