// The sample-set text format:
//
//   textgen sample set 1
//   run: fortunes-seed
//   ...                        (key: value lines; \\ and \n escaped)
//
//   --- sample 1 of 5: temperature 0.2, top-k 0, top-p 1, min-p 0, repetition penalty 1 over 64, seed 42,
//       specials suppressed, 123 bytes ---  (one line)
//   chain: repetition-penalty > temperature > top-k > top-p > min-p
//   checkpoint: epoch 2, step 80  (only for a sample of another checkpoint than the set's: the scrubber)
//   forced: 6=30 9=2           (only for a branch)
//
// Version 1 had neither min-p, the repetition penalty nor the chain line: it reads with their defaults.
//   <exactly 123 bytes of text>
//
#include "sample_set.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>

#include <cerrno>
#include <charconv>
#include <type_traits>

namespace textgen {

namespace {

constexpr char kMagic[] = "textgen sample set";

} // namespace

QString escapeLine(const QString& value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return out;
}

QString unescapeLine(const QString& value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
            ++i;
            out += value[i] == QLatin1Char('n') ? QLatin1Char('\n') : value[i];
        } else {
            out += value[i];
        }
    }
    return out;
}

SampleSetError errorAtLine(const QString& origin, int line, Problem::Code code, QStringList values)
{
    values.prepend(QString::number(line));
    values.prepend(origin);
    return SampleSetError({code, values});
}

QByteArray readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SampleSetError(Problem(Problem::Code::CannotRead, {path}).withSystemError(file.errorString(), errno));
    return file.readAll();
}

QByteArray headerLine(const char* key, const QString& value)
{
    return QByteArray(key) + ": " + escapeLine(value).toUtf8() + '\n';
}

bool readHeaderLine(const QByteArray& line, std::map<QString, QString>& fields)
{
    const qsizetype colon = line.indexOf(": ");
    if (colon < 0)
        return false;
    fields[QString::fromUtf8(line.left(colon))] = unescapeLine(QString::fromUtf8(line.mid(colon + 2)));
    return true;
}

QString headerField(const std::map<QString, QString>& fields, const char* key, const QString& origin, int line)
{
    const auto found = fields.find(QLatin1String(key));
    if (found == fields.end())
        throw errorAtLine(origin, line, Problem::Code::SampleSetKeyMissing, {QLatin1String(key)});
    return found->second;
}

QString shortestNumber(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

QString forcedText(const std::map<int, std::int32_t>& forced)
{
    QStringList pairs;
    for (const auto& [step, id] : forced)
        pairs << QStringLiteral("%1=%2").arg(step).arg(id);
    return pairs.join(QLatin1Char(' '));
}

bool parseForced(const QString& text, std::map<int, std::int32_t>& forced, QString* badPair)
{
    if (text.isEmpty())
        return true; // no branch
    for (const QString& pair : text.split(QLatin1Char(' '))) {
        const QStringList sides = pair.split(QLatin1Char('='));
        bool stepOk = false, idOk = false;
        const int step = sides.value(0).toInt(&stepOk);
        const int id = sides.value(1).toInt(&idOk);
        if (sides.size() != 2 || !stepOk || !idOk) {
            if (badPair)
                *badPair = pair;
            return false;
        }
        forced[step] = id;
    }
    return true;
}

QString checkpointText(qint64 epoch, qint64 step)
{
    return QStringLiteral("epoch %1, step %2").arg(epoch).arg(step);
}

bool parseCheckpoint(const QString& text, qint64& epoch, qint64& step)
{
    static const QRegularExpression pattern(QStringLiteral("^epoch (\\d+), step (\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    epoch = match.captured(1).toLongLong();
    step = match.captured(2).toLongLong();
    return true;
}

QString samplerText(const SamplerSettings& s)
{
    return QStringLiteral("temperature %1, top-k %2, top-p %3, min-p %4, repetition penalty %5 over %6, seed %7, "
                          "specials %8")
        .arg(shortestNumber(s.temperature))
        .arg(s.topK)
        .arg(shortestNumber(s.topP))
        .arg(shortestNumber(s.minP))
        .arg(shortestNumber(s.repetitionPenalty))
        .arg(s.repetitionWindow)
        .arg(s.seed)
        .arg(s.suppressSpecials ? QStringLiteral("suppressed") : QStringLiteral("kept"));
}

bool parseSamplerText(const QString& text, SamplerSettings& s, bool* numbersRead)
{
    // Version 1 of the sample set had neither min-p nor the repetition penalty.
    static const QRegularExpression pattern(
        QStringLiteral("^temperature (\\S+), top-k (-?\\d+), top-p (\\S+), (?:min-p (\\S+), repetition penalty (\\S+) "
                       "over (\\d+), )?seed (\\d+), specials (suppressed|kept)$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (numbersRead)
        *numbersRead = true;
    if (!m.hasMatch())
        return false;
    bool numbers = true;
    // Each captured number into its field; `numbers` remembers whether all of them read.
    const auto read = [&](int capture, auto& field) {
        bool good = false;
        const QString value = m.captured(capture);
        using Field = std::decay_t<decltype(field)>;
        if constexpr (std::is_same_v<Field, double>)
            field = value.toDouble(&good);
        else if constexpr (std::is_same_v<Field, int>)
            field = value.toInt(&good);
        else
            field = value.toULongLong(&good);
        numbers = numbers && good;
    };
    read(1, s.temperature);
    read(2, s.topK);
    read(3, s.topP);
    if (m.hasCaptured(4)) {
        read(4, s.minP);
        read(5, s.repetitionPenalty);
        read(6, s.repetitionWindow);
    }
    read(7, s.seed);
    s.suppressSpecials = m.captured(8) == QLatin1String("suppressed");
    if (numbersRead)
        *numbersRead = numbers;
    return numbers;
}

bool SampleSetEntry::operator==(const SampleSetEntry& o) const
{
    return sampler == o.sampler && forced == o.forced && text == o.text && epoch == o.epoch && step == o.step;
}

bool SampleSet::operator==(const SampleSet& o) const
{
    return runName == o.runName && runPath == o.runPath && checkpointEpoch == o.checkpointEpoch
        && checkpointStep == o.checkpointStep && checkpointFile == o.checkpointFile && model == o.model
        && tokenizer == o.tokenizer && prompt == o.prompt && length == o.length && date == o.date
        && samples == o.samples;
}

QByteArray formatSampleSet(const SampleSet& set)
{
    QByteArray out = QByteArray(kMagic) + ' ' + QByteArray::number(SampleSet::kFormatVersion) + '\n';
    const auto field = [&](const char* key, const QString& value) { out += headerLine(key, value); };
    field("run", set.runName);
    field("run path", set.runPath);
    field("checkpoint", checkpointText(set.checkpointEpoch, set.checkpointStep));
    field("checkpoint file", set.checkpointFile);
    field("model", set.model);
    field("tokenizer", set.tokenizer);
    field("prompt", set.prompt);
    field("length", QString::number(set.length));
    field("date", set.date.toString(Qt::ISODateWithMs));
    field("samples", QString::number(set.samples.size()));
    int index = 0;
    for (const SampleSetEntry& sample : set.samples) {
        const QByteArray text = sample.text.toUtf8();
        const SamplerSettings& s = sample.sampler;
        out += QStringLiteral("\n--- sample %1 of %2: %3, %4 bytes ---\n")
                   .arg(++index)
                   .arg(set.samples.size())
                   .arg(samplerText(s))
                   .arg(text.size())
                   .toUtf8();
        out += "chain: " + QByteArray::fromStdString(chainOrderText(s.order, " > ")) + '\n';
        if (sample.epoch >= 0)
            out += "checkpoint: " + checkpointText(sample.epoch, sample.step).toUtf8() + '\n';
        if (!sample.forced.empty())
            out += "forced: " + forcedText(sample.forced).toUtf8() + '\n';
        out += text + '\n';
    }
    return out;
}

SampleSet parseSampleSet(const QByteArray& text, const QString& origin)
{
    qsizetype position = 0;
    int line = 0;
    const auto fail
        = [&](Problem::Code code, QStringList values = {}) { return errorAtLine(origin, line, code, values); };
    const auto nextLine = [&]() -> QByteArray {
        const qsizetype end = text.indexOf('\n', position);
        if (end < 0)
            throw fail(Problem::Code::SampleSetCutShort);
        const QByteArray content = text.mid(position, end - position);
        position = end + 1;
        ++line;
        return content;
    };

    const QByteArray magic = nextLine();
    if (magic != QByteArray(kMagic) + ' ' + QByteArray::number(SampleSet::kFormatVersion)
        && magic != QByteArray(kMagic) + " 1")
        throw fail(Problem::Code::NotASampleSet,
                   {QStringLiteral("%1 %2").arg(QLatin1String(kMagic)).arg(SampleSet::kFormatVersion)});
    std::map<QString, QString> fields;
    // The header ends with a blank line, or with the file when there are no samples.
    for (QByteArray header = nextLine(); !header.isEmpty();
         header = position < text.size() ? nextLine() : QByteArray()) {
        if (!readHeaderLine(header, fields))
            throw fail(Problem::Code::SampleSetLine, {QString::fromUtf8(header)});
    }
    const auto field = [&](const char* key) { return headerField(fields, key, origin, line); };
    SampleSet set;
    set.runName = field("run");
    set.runPath = field("run path");
    if (!parseCheckpoint(field("checkpoint"), set.checkpointEpoch, set.checkpointStep))
        throw fail(Problem::Code::SampleSetCheckpoint);
    set.checkpointFile = field("checkpoint file");
    set.model = field("model");
    set.tokenizer = field("tokenizer");
    set.prompt = field("prompt");
    bool ok = false;
    set.length = field("length").toInt(&ok);
    if (!ok)
        throw fail(Problem::Code::SampleSetNumber, {QStringLiteral("length")});
    set.date = QDateTime::fromString(field("date"), Qt::ISODateWithMs);
    const int count = field("samples").toInt(&ok);
    if (!ok || count < 0)
        throw fail(Problem::Code::SampleSetNumber, {QStringLiteral("samples")});

    static const QRegularExpression marker(QStringLiteral("^--- sample (\\d+) of (\\d+): (.*), (\\d+) bytes ---$"));
    for (int i = 0; i < count; ++i) {
        const QByteArray heading = nextLine();
        const QRegularExpressionMatch m = marker.match(QString::fromUtf8(heading));
        bool numbers = true;
        SampleSetEntry entry;
        if (!m.hasMatch() || m.captured(1).toInt() != i + 1
            || !parseSamplerText(m.captured(3), entry.sampler, &numbers))
            throw fail(numbers ? Problem::Code::SampleSetHeading : Problem::Code::SampleSetHeadingNumber,
                       numbers ? QStringList{QString::number(i + 1), QString::fromUtf8(heading)}
                               : QStringList{QString::number(i + 1)});
        const qsizetype bytes = m.captured(4).toLongLong();
        if (text.mid(position, 7) == "chain: ") {
            const QByteArray chain = nextLine().mid(7);
            const std::optional<std::vector<SamplerStepKind>> order = parseChainOrder(chain.toStdString());
            if (!order)
                throw fail(Problem::Code::SampleSetChain, {QString::number(i + 1), QString::fromUtf8(chain)});
            entry.sampler.order = *order;
        }
        if (text.mid(position, 12) == "checkpoint: ") {
            if (!parseCheckpoint(QString::fromUtf8(nextLine().mid(12)), entry.epoch, entry.step))
                throw fail(Problem::Code::SampleSetCheckpoint);
        }
        if (text.mid(position, 8) == "forced: ") {
            const QString pairs = QString::fromUtf8(nextLine().mid(8));
            QString badPair;
            if (pairs.isEmpty() || !parseForced(pairs, entry.forced, &badPair)) // the line is there for a branch
                throw fail(Problem::Code::SampleSetForced, {badPair});
        }
        if (position + bytes + 1 > text.size() || text.at(position + bytes) != '\n')
            throw fail(Problem::Code::SampleSetText, {QString::number(i + 1), QString::number(bytes)});
        entry.text = QString::fromUtf8(text.mid(position, bytes));
        line += static_cast<int>(text.mid(position, bytes).count('\n')) + 1;
        position += bytes + 1;
        set.samples.push_back(entry);
        if (i + 1 < count && nextLine() != "")
            throw fail(Problem::Code::SampleSetBlank, {QString::number(i + 1)});
    }
    return set;
}

void writeSampleSet(const QString& path, const SampleSet& set)
{
    QSaveFile file(path);
    const QByteArray bytes = formatSampleSet(set);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw SampleSetError(Problem(Problem::Code::CannotWrite, {path}).withSystemError(file.errorString(), errno));
}

SampleSet readSampleSet(const QString& path)
{
    return parseSampleSet(readWholeFile(path), path);
}

} // namespace textgen
