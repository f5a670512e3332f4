// JSON Lines and Markdown exports of sample sets.
#include "sample_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>

#include <cerrno>
#include <functional>

namespace textgen {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// --- JSON Lines ---

} // namespace

QJsonObject samplerObject(const SamplerSettings& s)
{
    QJsonObject o;
    o.insert(QStringLiteral("temperature"), s.temperature);
    o.insert(QStringLiteral("top_k"), s.topK);
    o.insert(QStringLiteral("top_p"), s.topP);
    o.insert(QStringLiteral("min_p"), s.minP);
    o.insert(QStringLiteral("repetition_penalty"), s.repetitionPenalty);
    o.insert(QStringLiteral("repetition_window"), s.repetitionWindow);
    o.insert(QStringLiteral("suppress_specials"), s.suppressSpecials);
    o.insert(QStringLiteral("seed"), QString::number(s.seed)); // 64 bits do not fit a JSON number exactly
    o.insert(QStringLiteral("chain"), qs(describeChain(s)));
    o.insert(QStringLiteral("order"), qs(chainOrderText(s.order)));
    return o;
}

bool readSamplerObject(const QJsonObject& o, SamplerSettings& s)
{
    s.temperature = o.value(QLatin1String("temperature")).toDouble();
    s.topK = o.value(QLatin1String("top_k")).toInt();
    s.topP = o.value(QLatin1String("top_p")).toDouble();
    s.minP = o.value(QLatin1String("min_p")).toDouble();
    s.repetitionPenalty = o.value(QLatin1String("repetition_penalty")).toDouble();
    s.repetitionWindow = o.value(QLatin1String("repetition_window")).toInt();
    s.suppressSpecials = o.value(QLatin1String("suppress_specials")).toBool();
    bool seedOk = false;
    s.seed = o.value(QLatin1String("seed")).toString().toULongLong(&seedOk);
    const std::optional<std::vector<SamplerStepKind>> order
        = parseChainOrder(o.value(QLatin1String("order")).toString().toStdString());
    if (!order || !seedOk)
        return false;
    s.order = *order;
    return true;
}

namespace {

QJsonObject statisticsObject(const ColumnStatistics& s, const std::vector<SampledToken>& tokens)
{
    QJsonObject o;
    o.insert(QStringLiteral("mean_entropy_bits"), s.meanEntropyBits);
    o.insert(QStringLiteral("perplexity_t1"), s.perplexityAtT1);
    o.insert(QStringLiteral("distinct_1"), s.distinct1);
    o.insert(QStringLiteral("distinct_2"), s.distinct2);
    o.insert(QStringLiteral("repeated_trigrams"), s.repeatedTrigrams);
    if (s.loop.found())
        o.insert(QStringLiteral("loop"),
                 QJsonObject{{QStringLiteral("start"), s.loop.start},
                             {QStringLiteral("period"), s.loop.period},
                             {QStringLiteral("length"), s.loop.length},
                             {QStringLiteral("words"), loopWords(s.loop, tokens)}});
    return o;
}

QJsonObject tokenObject(const SampledToken& token)
{
    QJsonArray top;
    for (const TokenCandidate& candidate : token.top)
        top.append(QJsonArray{qs(candidate.text), static_cast<double>(candidate.probability)});
    return {{QStringLiteral("id"), token.id},
            {QStringLiteral("token"), qs(token.text)},
            {QStringLiteral("p"), static_cast<double>(token.probability)},
            {QStringLiteral("p_t1"), static_cast<double>(token.probabilityAtT1)},
            {QStringLiteral("entropy_bits"), token.entropyBits},
            {QStringLiteral("forced"), token.forced},
            {QStringLiteral("top"), top}};
}

// --- Markdown ---

QString cell(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('|'), QLatin1String("\\|"))
        .replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return out;
}

QString uncell(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
            out += text[++i];
        } else if (text.mid(i, 4) == QLatin1String("<br>")) {
            out += QLatin1Char('\n');
            i += 3;
        } else if (text.mid(i, 4) == QLatin1String("&lt;")) {
            out += QLatin1Char('<');
            i += 3;
        } else if (text.mid(i, 5) == QLatin1String("&amp;")) {
            out += QLatin1Char('&');
            i += 4;
        } else {
            out += text[i];
        }
    }
    return out;
}

// The cells of "| a | b \| c |": the escaped pipe stays inside its cell.
QStringList cellsOf(const QString& row)
{
    QStringList cells;
    QString current;
    bool started = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == QLatin1Char('\\') && i + 1 < row.size()) {
            current += row[i];
            current += row[++i];
        } else if (row[i] == QLatin1Char('|')) {
            if (started)
                cells << uncell(current.trimmed());
            started = true;
            current.clear();
        } else {
            current += row[i];
        }
    }
    return cells;
}

} // namespace

QString loopWords(const Loop& loop, const std::vector<SampledToken>& tokens)
{
    if (!loop.found() || static_cast<std::size_t>(loop.start + loop.period) > tokens.size())
        return {};
    QStringList words;
    for (int i = loop.start; i < loop.start + loop.period; ++i)
        words << qs(tokens[static_cast<std::size_t>(i)].text);
    return words.join(QLatin1Char(' '));
}

QString statisticsSummary(const ColumnStatistics& s, const std::vector<SampledToken>& tokens)
{
    QString text = QStringLiteral("mean entropy %1 bits · perplexity %2 · distinct-1 %3 · distinct-2 %4 · "
                                  "repeated trigrams %5")
                       .arg(s.meanEntropyBits, 0, 'f', 2)
                       .arg(s.perplexityAtT1, 0, 'f', 1)
                       .arg(s.distinct1, 0, 'f', 2)
                       .arg(s.distinct2, 0, 'f', 2)
                       .arg(s.repeatedTrigrams, 0, 'f', 2);
    if (s.loop.found())
        text += QStringLiteral(" · loop \"%1\" x%2 from word %3")
                    .arg(loopWords(s.loop, tokens))
                    .arg(static_cast<double>(s.loop.length) / s.loop.period, 0, 'g', 3)
                    .arg(s.loop.start + 1);
    return text;
}

QByteArray formatJsonLines(const DetailedSampleSet& samples)
{
    const SampleSet& set = samples.set;
    QByteArray out;
    for (std::size_t i = 0; i < set.samples.size(); ++i) {
        const SampleSetEntry& entry = set.samples[i];
        const std::vector<SampledToken> none;
        const std::vector<SampledToken>& tokens = i < samples.tokens.size() ? samples.tokens[i] : none;
        QJsonObject line;
        line.insert(QStringLiteral("format"), QStringLiteral("textgen samples 1"));
        line.insert(QStringLiteral("run"), set.runName);
        line.insert(QStringLiteral("run_path"), set.runPath);
        line.insert(QStringLiteral("checkpoint"),
                    QJsonObject{{QStringLiteral("epoch"), set.checkpointEpoch},
                                {QStringLiteral("step"), set.checkpointStep},
                                {QStringLiteral("file"), set.checkpointFile}});
        if (entry.epoch >= 0)
            line.insert(QStringLiteral("sample_checkpoint"),
                        QJsonObject{{QStringLiteral("epoch"), entry.epoch}, {QStringLiteral("step"), entry.step}});
        line.insert(QStringLiteral("model"), set.model);
        line.insert(QStringLiteral("tokenizer"), set.tokenizer);
        line.insert(QStringLiteral("prompt"), set.prompt);
        line.insert(QStringLiteral("length"), set.length);
        line.insert(QStringLiteral("date"), set.date.toString(Qt::ISODateWithMs));
        line.insert(QStringLiteral("sample"), static_cast<int>(i) + 1);
        line.insert(QStringLiteral("samples"), static_cast<int>(set.samples.size()));
        line.insert(QStringLiteral("sampler"), samplerObject(entry.sampler));
        line.insert(QStringLiteral("forced"), forcedText(entry.forced));
        line.insert(QStringLiteral("text"), entry.text);
        if (!tokens.empty())
            line.insert(QStringLiteral("statistics"), statisticsObject(columnStatistics(tokens), tokens));
        QJsonArray array;
        for (const SampledToken& token : tokens)
            array.append(tokenObject(token));
        line.insert(QStringLiteral("tokens"), array);
        out += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

DetailedSampleSet parseJsonLines(const QByteArray& text, const QString& origin)
{
    DetailedSampleSet samples;
    SampleSet& set = samples.set;
    int number = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++number;
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
        if (!document.isObject())
            throw errorAtLine(origin, number, Problem::Code::SampleSetJson,
                              {document.isNull() ? error.errorString() : QStringLiteral("not an object")});
        const QJsonObject line = document.object();
        const auto need = [&](const char* key) {
            const QJsonValue value = line.value(QLatin1String(key));
            if (value.isUndefined())
                throw errorAtLine(origin, number, Problem::Code::SampleSetKeyMissing, {QLatin1String(key)});
            return value;
        };
        if (need("format").toString() != QLatin1String("textgen samples 1"))
            throw errorAtLine(origin, number, Problem::Code::NotASampleSet, {QStringLiteral("textgen samples 1")});
        if (set.samples.empty()) {
            set.runName = need("run").toString();
            set.runPath = need("run_path").toString();
            const QJsonObject checkpoint = need("checkpoint").toObject();
            set.checkpointEpoch = checkpoint.value(QLatin1String("epoch")).toInteger();
            set.checkpointStep = checkpoint.value(QLatin1String("step")).toInteger();
            set.checkpointFile = checkpoint.value(QLatin1String("file")).toString();
            set.model = need("model").toString();
            set.tokenizer = need("tokenizer").toString();
            set.prompt = need("prompt").toString();
            set.length = need("length").toInt();
            set.date = QDateTime::fromString(need("date").toString(), Qt::ISODateWithMs);
        }
        if (need("sample").toInt() != static_cast<int>(set.samples.size()) + 1)
            throw errorAtLine(origin, number, Problem::Code::SampleSetHeading,
                              {QString::number(set.samples.size() + 1), QString::number(need("sample").toInt())});
        SampleSetEntry entry;
        const QJsonObject s = need("sampler").toObject();
        if (!readSamplerObject(s, entry.sampler))
            throw errorAtLine(origin, number, Problem::Code::SampleSetChain,
                              {QString::number(set.samples.size() + 1), s.value(QLatin1String("order")).toString()});
        if (!parseForced(need("forced").toString(), entry.forced))
            throw errorAtLine(origin, number, Problem::Code::SampleSetForced, {need("forced").toString()});
        if (line.contains(QLatin1String("sample_checkpoint"))) {
            const QJsonObject own = line.value(QLatin1String("sample_checkpoint")).toObject();
            entry.epoch = own.value(QLatin1String("epoch")).toInteger();
            entry.step = own.value(QLatin1String("step")).toInteger();
        }
        entry.text = need("text").toString();
        std::vector<SampledToken> tokens;
        for (const QJsonValue& value : need("tokens").toArray()) {
            const QJsonObject o = value.toObject();
            SampledToken token;
            token.id = o.value(QLatin1String("id")).toInt();
            token.text = o.value(QLatin1String("token")).toString().toStdString();
            token.probability = static_cast<float>(o.value(QLatin1String("p")).toDouble());
            token.probabilityAtT1 = static_cast<float>(o.value(QLatin1String("p_t1")).toDouble());
            token.entropyBits = o.value(QLatin1String("entropy_bits")).toDouble();
            token.forced = o.value(QLatin1String("forced")).toBool();
            for (const QJsonValue& pair : o.value(QLatin1String("top")).toArray()) {
                TokenCandidate candidate;
                candidate.text = pair.toArray().at(0).toString().toStdString();
                candidate.probability = static_cast<float>(pair.toArray().at(1).toDouble());
                token.top.push_back(candidate);
            }
            tokens.push_back(std::move(token));
        }
        set.samples.push_back(std::move(entry));
        samples.tokens.push_back(std::move(tokens));
    }
    return samples;
}

QByteArray formatMarkdown(const DetailedSampleSet& samples)
{
    const SampleSet& set = samples.set;
    QStringList lines;
    lines << QStringLiteral("# Samples of %1").arg(cell(set.runName)) << QString();
    const auto item = [&](const char* key, const QString& value) {
        lines << QStringLiteral("- %1: %2").arg(QLatin1String(key), cell(value));
    };
    item("run path", set.runPath);
    item("checkpoint", checkpointText(set.checkpointEpoch, set.checkpointStep));
    item("checkpoint file", set.checkpointFile);
    item("model", set.model);
    item("tokenizer", set.tokenizer);
    item("prompt", set.prompt);
    item("length", QString::number(set.length));
    item("date", set.date.toString(Qt::ISODateWithMs));
    lines << QString();

    std::vector<ColumnStatistics> statistics;
    for (std::size_t i = 0; i < set.samples.size(); ++i)
        statistics.push_back(i < samples.tokens.size() ? columnStatistics(samples.tokens[i]) : ColumnStatistics{});
    const auto hasTokens = [&](std::size_t i) { return i < samples.tokens.size() && !samples.tokens[i].empty(); };
    const auto row = [&](const QString& name, const std::function<QString(std::size_t)>& value) {
        QStringList cells{cell(name)};
        for (std::size_t i = 0; i < set.samples.size(); ++i)
            cells << cell(value(i));
        lines << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    };
    row(QString(), [](std::size_t i) { return QStringLiteral("sample %1").arg(i + 1); });
    QStringList rule{QStringLiteral("---")};
    for (std::size_t i = 0; i < set.samples.size(); ++i)
        rule << QStringLiteral("---");
    lines << QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    const auto sampler = [&](std::size_t i) -> const SamplerSettings& { return set.samples[i].sampler; };
    row(QStringLiteral("temperature"), [&](std::size_t i) { return shortestNumber(sampler(i).temperature); });
    row(QStringLiteral("top-k"), [&](std::size_t i) { return QString::number(sampler(i).topK); });
    row(QStringLiteral("top-p"), [&](std::size_t i) { return shortestNumber(sampler(i).topP); });
    row(QStringLiteral("min-p"), [&](std::size_t i) { return shortestNumber(sampler(i).minP); });
    row(QStringLiteral("repetition penalty"), [&](std::size_t i) {
        return QStringLiteral("%1 over %2")
            .arg(shortestNumber(sampler(i).repetitionPenalty))
            .arg(sampler(i).repetitionWindow);
    });
    row(QStringLiteral("order"), [&](std::size_t i) { return qs(chainOrderText(sampler(i).order, " > ")); });
    row(QStringLiteral("chain"), [&](std::size_t i) { return qs(describeChain(sampler(i))); });
    row(QStringLiteral("specials"), [&](std::size_t i) {
        return sampler(i).suppressSpecials ? QStringLiteral("suppressed") : QStringLiteral("kept");
    });
    row(QStringLiteral("seed"), [&](std::size_t i) { return QString::number(sampler(i).seed); });
    row(QStringLiteral("checkpoint"), [&](std::size_t i) {
        const SampleSetEntry& e = set.samples[i];
        return e.epoch < 0 ? QString() : checkpointText(e.epoch, e.step);
    });
    row(QStringLiteral("forced"), [&](std::size_t i) { return forcedText(set.samples[i].forced); });
    row(QStringLiteral("text"), [&](std::size_t i) { return set.samples[i].text; });
    const auto number = [&](double ColumnStatistics::*field, int decimals) {
        return [&, field, decimals](std::size_t i) {
            return hasTokens(i) ? QString::number(statistics[i].*field, 'f', decimals) : QStringLiteral("-");
        };
    };
    row(QStringLiteral("mean entropy (bits)"), number(&ColumnStatistics::meanEntropyBits, 2));
    row(QStringLiteral("perplexity at T = 1"), number(&ColumnStatistics::perplexityAtT1, 1));
    row(QStringLiteral("distinct-1"), number(&ColumnStatistics::distinct1, 2));
    row(QStringLiteral("distinct-2"), number(&ColumnStatistics::distinct2, 2));
    row(QStringLiteral("repeated trigrams"), number(&ColumnStatistics::repeatedTrigrams, 2));
    row(QStringLiteral("loop"), [&](std::size_t i) {
        if (!hasTokens(i))
            return QStringLiteral("-");
        const Loop& loop = statistics[i].loop;
        return loop.found() ? QStringLiteral("\"%1\" from word %2, %3 words")
                                  .arg(loopWords(loop, samples.tokens[i]))
                                  .arg(loop.start + 1)
                                  .arg(loop.length)
                            : QStringLiteral("none");
    });
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

SampleSet parseMarkdown(const QByteArray& bytes, const QString& origin)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    SampleSet set;
    std::map<QString, QString> items;
    std::map<QString, QStringList> rows;
    int number = 0, columns = -1;
    for (const QString& line : lines) {
        ++number;
        if (number == 1) {
            if (!line.startsWith(QLatin1String("# Samples of ")))
                throw errorAtLine(origin, number, Problem::Code::NotASampleSet, {QStringLiteral("# Samples of")});
            set.runName = uncell(line.mid(13));
        } else if (line.startsWith(QLatin1String("- "))) {
            const qsizetype colon = line.indexOf(QLatin1String(": "));
            if (colon < 0)
                throw errorAtLine(origin, number, Problem::Code::SampleSetLine, {line});
            items[line.mid(2, colon - 2)] = uncell(line.mid(colon + 2));
        } else if (line.startsWith(QLatin1Char('|'))) {
            QStringList cells = cellsOf(line);
            if (columns < 0)
                columns = static_cast<int>(cells.size()) - 1;
            else if (cells.size() != columns + 1)
                throw errorAtLine(origin, number, Problem::Code::SampleSetTableRow,
                                  {QString::number(cells.size()), QString::number(columns + 1)});
            const QString name = cells.takeFirst();
            rows[name] = cells;
            rows[name].prepend(QString::number(number)); // where the row is, for errors
        }
    }
    const auto item = [&](const char* key) {
        const auto found = items.find(QLatin1String(key));
        if (found == items.end())
            throw errorAtLine(origin, number, Problem::Code::SampleSetKeyMissing, {QLatin1String(key)});
        return found->second;
    };
    set.runPath = item("run path");
    if (!parseCheckpoint(item("checkpoint"), set.checkpointEpoch, set.checkpointStep))
        throw errorAtLine(origin, number, Problem::Code::SampleSetCheckpoint);
    set.checkpointFile = item("checkpoint file");
    set.model = item("model");
    set.tokenizer = item("tokenizer");
    set.prompt = item("prompt");
    set.length = item("length").toInt();
    set.date = QDateTime::fromString(item("date"), Qt::ISODateWithMs);
    const auto cellOf = [&](const char* name, int column) {
        const auto found = rows.find(QLatin1String(name));
        if (found == rows.end())
            throw errorAtLine(origin, number, Problem::Code::SampleSetKeyMissing, {QLatin1String(name)});
        return found->second.at(column + 1);
    };
    static const QRegularExpression penalty(QStringLiteral("^(\\S+) over (\\d+)$"));
    for (int c = 0; c < std::max(columns, 0); ++c) {
        SampleSetEntry entry;
        SamplerSettings& s = entry.sampler;
        s.temperature = cellOf("temperature", c).toDouble();
        s.topK = cellOf("top-k", c).toInt();
        s.topP = cellOf("top-p", c).toDouble();
        s.minP = cellOf("min-p", c).toDouble();
        const QRegularExpressionMatch p = penalty.match(cellOf("repetition penalty", c));
        const std::optional<std::vector<SamplerStepKind>> order = parseChainOrder(cellOf("order", c).toStdString());
        if (!p.hasMatch() || !order)
            throw errorAtLine(origin, rows[QStringLiteral("order")].front().toInt(), Problem::Code::SampleSetChain,
                              {QString::number(c + 1), cellOf("order", c)});
        s.repetitionPenalty = p.captured(1).toDouble();
        s.repetitionWindow = p.captured(2).toInt();
        s.order = *order;
        s.suppressSpecials = cellOf("specials", c) == QLatin1String("suppressed");
        s.seed = cellOf("seed", c).toULongLong();
        parseCheckpoint(cellOf("checkpoint", c), entry.epoch, entry.step); // empty: the set's checkpoint
        if (!parseForced(cellOf("forced", c), entry.forced))
            throw errorAtLine(origin, rows[QStringLiteral("forced")].front().toInt(), Problem::Code::SampleSetForced,
                              {cellOf("forced", c)});
        entry.text = cellOf("text", c);
        set.samples.push_back(std::move(entry));
    }
    return set;
}

void writeExport(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw SampleSetError(Problem(Problem::Code::CannotWrite, {path}).withSystemError(file.errorString(), errno));
}

} // namespace textgen
