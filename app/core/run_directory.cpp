// Reading and writing a run folder.
#include "run_directory.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cmath>
#include <unistd.h>

namespace textgen {

namespace {

QString csvNumber(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 9) : QString();
}

QByteArray metricLine(const MetricRow& row)
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
        .arg(row.step)
        .arg(row.epoch)
        .arg(csvNumber(row.trainLoss), csvNumber(row.validationLoss), csvNumber(row.learningRate),
             csvNumber(row.tokensPerSecond), QString::number(row.elapsedSeconds, 'f', 3))
        .toUtf8();
}

void writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw RunError(Problem(Problem::Code::CannotWrite, {path}).withSystemError(file.errorString(), errno));
}

} // namespace

RunDirectory RunDirectory::create(const QString& path, const RunSettings& settings)
{
    QDir dir(path);
    if (dir.exists(QStringLiteral("run.json")))
        throw RunError({Problem::Code::RunExists, {path}});
    if (!QDir().mkpath(path) || !dir.mkpath(QStringLiteral("checkpoints")))
        throw RunError({Problem::Code::CannotCreateFolder, {path}});
    RunDirectory run(QDir(path).absolutePath());
    run.settings_ = settings;
    run.settings_.created = QDateTime::currentDateTimeUtc();
    run.saveSettings();
    return run;
}

RunDirectory RunDirectory::detached(const QString& path, const RunSettings& settings)
{
    RunDirectory run(QDir(path).absolutePath());
    run.settings_ = settings;
    return run;
}

RunDirectory RunDirectory::open(const QString& path)
{
    RunDirectory run(QDir(path).absolutePath());
    const QString jsonPath = QDir(run.path_).filePath(QStringLiteral("run.json"));
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        throw RunError(Problem(Problem::Code::CannotRead, {jsonPath}).withSystemError(file.errorString(), errno));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw RunError({Problem::Code::NotJson, {jsonPath, error.errorString(), QString::number(error.offset)}});
    run.settings_ = RunSettings::fromJson(document.object(), jsonPath);
    return run;
}

void RunDirectory::saveSettings()
{
    settings_.updated = QDateTime::currentDateTimeUtc();
    writeAtomically(QDir(path_).filePath(QStringLiteral("run.json")), QJsonDocument(settings_.toJson()).toJson());
}

QString RunDirectory::vocabularyPath() const
{
    return QDir(path_).filePath(QStringLiteral("vocab.txt"));
}

QString RunDirectory::metricsPath() const
{
    return QDir(path_).filePath(QStringLiteral("metrics.csv"));
}

QString RunDirectory::checkpointsPath() const
{
    return QDir(path_).filePath(QStringLiteral("checkpoints"));
}

QString RunDirectory::epochCheckpointPath(qint64 epoch) const
{
    return QDir(checkpointsPath()).filePath(QStringLiteral("epoch-%1.pt").arg(epoch, 4, 10, QLatin1Char('0')));
}

QString RunDirectory::latestCheckpointPath() const
{
    return QDir(checkpointsPath()).filePath(QStringLiteral("latest.pt"));
}

QString RunDirectory::samplesPath() const
{
    return QDir(path_).filePath(QStringLiteral("samples"));
}

QStringList RunDirectory::epochSampleFiles(const QString& runPath)
{
    const QDir samples(QDir(runPath).filePath(QStringLiteral("samples")));
    static const QRegularExpression name(QStringLiteral("^epoch-(\\d+)\\.txt$")); // not a temporary file
    std::vector<std::pair<qint64, QString>> epochs;
    for (const QString& file : samples.entryList({QStringLiteral("epoch-*.txt")}, QDir::Files))
        if (const QRegularExpressionMatch match = name.match(file); match.hasMatch())
            epochs.emplace_back(match.captured(1).toLongLong(), samples.filePath(file));
    std::sort(epochs.begin(), epochs.end()); // by number: epoch 10000 comes after 9999
    QStringList files;
    for (const auto& epoch : epochs)
        files << epoch.second;
    return files;
}

QString RunDirectory::epochSamplesPath(qint64 epoch) const
{
    return QDir(samplesPath()).filePath(QStringLiteral("epoch-%1.txt").arg(epoch, 4, 10, QLatin1Char('0')));
}

QList<qint64> RunDirectory::checkpointEpochs() const
{
    static const QRegularExpression pattern(QStringLiteral("^epoch-(\\d+)\\.pt$"));
    QList<qint64> epochs;
    for (const QString& name :
         QDir(checkpointsPath()).entryList({QStringLiteral("epoch-*.pt")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            epochs << match.captured(1).toLongLong();
    }
    std::sort(epochs.begin(), epochs.end());
    return epochs;
}

int RunDirectory::removeUnfinishedWrites()
{
    int removed = 0;
    for (const QString& folder : {path_, checkpointsPath(), samplesPath()}) {
        QDir dir(folder);
        for (const QString& name :
             dir.entryList({QStringLiteral("*.tmp-*"), QStringLiteral("*.link-*")}, QDir::Files | QDir::Hidden))
            removed += dir.remove(name) ? 1 : 0;
    }
    return removed;
}

void RunDirectory::appendMetrics(const std::vector<MetricRow>& rows, bool flush)
{
    if (!metrics_) {
        metrics_ = std::make_shared<QFile>(metricsPath());
        const bool fresh = !metrics_->exists() || metrics_->size() == 0;
        if (!metrics_->open(QIODevice::WriteOnly | QIODevice::Append))
            throw RunError(
                Problem(Problem::Code::CannotWrite, {metricsPath()}).withSystemError(metrics_->errorString(), errno));
        if (fresh)
            metrics_->write(QByteArray(kMetricsHeader) + '\n');
        sinceFlush_.start();
    }
    QByteArray text;
    for (const MetricRow& row : rows) {
        text += metricLine(row);
    }
    if (metrics_->write(text) != text.size())
        throw RunError(
            Problem(Problem::Code::CannotWrite, {metricsPath()}).withSystemError(metrics_->errorString(), errno));
    if (flush || sinceFlush_.elapsed() > 2000)
        flushMetrics();
}

void RunDirectory::flushMetrics()
{
    if (!metrics_)
        return;
    if (!metrics_->flush())
        throw RunError(
            Problem(Problem::Code::CannotWrite, {metricsPath()}).withSystemError(metrics_->errorString(), errno));
    sinceFlush_.restart();
}

bool RunDirectory::parseMetricRow(QByteArrayView line, MetricRow& row)
{
    const QList<QByteArrayView> cells = [&] {
        QList<QByteArrayView> found;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size(); ++i)
            if (i == line.size() || line[i] == ',') {
                found.append(line.sliced(start, i - start));
                start = i + 1;
            }
        return found;
    }();
    if (cells.size() != 7)
        return false;
    bool ok = true;
    const auto number = [&](int index) {
        if (cells[index].isEmpty())
            return qQNaN();
        bool good = false;
        const double value = cells[index].toDouble(&good);
        ok = ok && good;
        return value;
    };
    bool stepOk = false, epochOk = false;
    row.step = cells[0].toLongLong(&stepOk);
    row.epoch = cells[1].toLongLong(&epochOk);
    row.trainLoss = number(2);
    row.validationLoss = number(3);
    row.learningRate = number(4);
    row.tokensPerSecond = number(5);
    row.elapsedSeconds = number(6);
    return ok && stepOk && epochOk;
}

MetricsFile RunDirectory::readMetrics(const QString& path)
{
    MetricsFile metrics;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return metrics;
    const QByteArray bytes = file.readAll();
    const QList<QByteArray> lines = bytes.split('\n');
    const bool endsWithNewline = bytes.endsWith('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QByteArray& line = lines[i];
        if (line.isEmpty())
            continue;
        const bool torn = i == lines.size() - 1 && !endsWithNewline; // a last line without '\n' may be torn
        MetricRow row;
        if (!torn && parseMetricRow(line, row))
            metrics.rows.push_back(row);
        else
            ++metrics.skippedLines;
    }
    return metrics;
}

void RunDirectory::truncateMetricsAfter(qint64 step)
{
    if (metrics_) {
        metrics_->close();
        metrics_.reset();
    }
    const MetricsFile metrics = readMetrics(metricsPath());
    QByteArray text = QByteArray(kMetricsHeader) + '\n';
    for (const MetricRow& row : metrics.rows)
        if (row.step <= step)
            text += metricLine(row);
    writeAtomically(metricsPath(), text);
}

void publishFile(const QString& source, const QString& target)
{
    const QString temporary = target + QStringLiteral(".link-%1").arg(::getpid());
    QFile::remove(temporary);
    const bool linked = ::link(QFile::encodeName(source).constData(), QFile::encodeName(temporary).constData()) == 0;
    if (!linked && !QFile::copy(source, temporary)) {
        const int error = errno;
        throw RunError(Problem(Problem::Code::CannotWrite, {target}).withSystemError(error));
    }
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        throw RunError({Problem::Code::CannotReplace, {target}});
    }
}

} // namespace textgen
