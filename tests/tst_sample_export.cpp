// The JSON Lines and Markdown exports: each parses back to the set and the words it was written from, with
// text that fights the formats (pipes, line breaks, markup, quotes, emoji), and damaged files are refused
// naming the line.
#include "sample_export.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace textgen;

namespace {

SampledToken token(std::int32_t id, const char* text, float p, float atT1, double entropy, bool forced = false)
{
    SampledToken t;
    t.id = id;
    t.text = text;
    t.probability = p;
    t.probabilityAtT1 = atT1;
    t.entropyBits = entropy;
    t.forced = forced;
    t.top = {{id, text, p, atT1}, {99, "the", 0.125f, 0.1f}};
    return t;
}

DetailedSampleSet samples()
{
    DetailedSampleSet d;
    SampleSet& set = d.set;
    set.runName = QStringLiteral("imdb | seed");
    set.runPath = QStringLiteral("/home/me/runs/imdb-seed");
    set.checkpointEpoch = 3;
    set.checkpointStep = 4200;
    set.checkpointFile = QStringLiteral("checkpoints/epoch-0003.pt");
    set.model = QStringLiteral("seed: vocab 15000, seq 100");
    set.tokenizer = QStringLiteral("word");
    set.prompt = QStringLiteral("this <b>movie</b> | was\nreally \\ \"good\" &amp;");
    set.length = 4;
    set.date = QDateTime(QDate(2026, 12, 1), QTime(9, 0, 1, 5), Qt::UTC);
    SampleSetEntry cold;
    cold.sampler.temperature = 0.2;
    cold.sampler.seed = 18446744073709551615ull;
    cold.text = QStringLiteral("of the of the");
    SampleSetEntry hot;
    hot.sampler.temperature = 1.5;
    hot.sampler.topK = 40;
    hot.sampler.minP = 0.05;
    hot.sampler.repetitionPenalty = 1.3;
    hot.sampler.repetitionWindow = 16;
    hot.sampler.order = {SamplerStepKind::MinP, SamplerStepKind::Temperature, SamplerStepKind::TopK,
                         SamplerStepKind::RepetitionPenalty};
    hot.sampler.suppressSpecials = false;
    hot.forced = {{1, 99}};
    hot.epoch = 2;
    hot.step = 2800;
    hot.text = QStringLiteral("a | b<br>c\n😀 \\|");
    set.samples = {cold, hot};
    d.tokens = {{token(5, "of", 0.75f, 0.5f, 1.25), token(99, "the", 0.875f, 0.25f, 0.5),
                 token(5, "of", 0.75f, 0.5f, 1.0), token(99, "the", 0.875f, 0.25f, 0.75)},
                {token(7, "a", 0.0625f, 0.03125f, 7.5), token(99, "the", 0.125f, 0.1f, 6.0, true),
                 token(8, "😀", 0.01f, 0.002f, 9.0), token(9, "\\|", 0.5f, 0.25f, 3.0)}};
    return d;
}

void compareTokens(const std::vector<SampledToken>& actual, const std::vector<SampledToken>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].id, expected[i].id);
        QCOMPARE(actual[i].text, expected[i].text);
        QCOMPARE(actual[i].probability, expected[i].probability);
        QCOMPARE(actual[i].probabilityAtT1, expected[i].probabilityAtT1);
        QCOMPARE(actual[i].entropyBits, expected[i].entropyBits);
        QCOMPARE(actual[i].forced, expected[i].forced);
        QCOMPARE(actual[i].top.size(), expected[i].top.size());
        for (std::size_t j = 0; j < actual[i].top.size(); ++j) { // what the export shows: word and p
            QCOMPARE(actual[i].top[j].text, expected[i].top[j].text);
            QCOMPARE(actual[i].top[j].probability, expected[i].top[j].probability);
        }
    }
}

} // namespace

class TestSampleExport : public QObject {
    Q_OBJECT

private slots:
    void jsonLinesParseBackToTheSetAndItsWords();
    void jsonLinesHoldOneColumnPerLineWithItsStatistics();
    void markdownParsesBackToTheSet();
    void markdownShowsTheColumnsAsATable();
    void damagedExportsAreRefusedNamingTheLine_data();
    void damagedExportsAreRefusedNamingTheLine();
};

void TestSampleExport::jsonLinesParseBackToTheSetAndItsWords()
{
    const DetailedSampleSet written = samples();
    const DetailedSampleSet read = parseJsonLines(formatJsonLines(written), QStringLiteral("x.jsonl"));
    QVERIFY(read.set == written.set);
    QCOMPARE(read.tokens.size(), written.tokens.size());
    for (std::size_t i = 0; i < read.tokens.size(); ++i)
        compareTokens(read.tokens[i], written.tokens[i]);
}

void TestSampleExport::jsonLinesHoldOneColumnPerLineWithItsStatistics()
{
    const QList<QByteArray> lines = formatJsonLines(samples()).split('\n');
    QCOMPARE(lines.size(), 3); // two columns and the final line break
    QVERIFY(lines[2].isEmpty());
    const QJsonObject cold = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(cold.value(QLatin1String("sampler")).toObject().value(QLatin1String("seed")).toString(),
             QStringLiteral("18446744073709551615"));
    const QJsonObject statistics = cold.value(QLatin1String("statistics")).toObject();
    // "of the of the": two distinct words of four, two distinct bigrams of three, two different trigrams,
    // a loop of "of the" over all four words; perplexity exp(-(2 ln .5 + 2 ln .25) / 4) = 2^1.5.
    QCOMPARE(statistics.value(QLatin1String("distinct_1")).toDouble(), 0.5);
    QCOMPARE(statistics.value(QLatin1String("distinct_2")).toDouble(), 2.0 / 3.0);
    QCOMPARE(statistics.value(QLatin1String("repeated_trigrams")).toDouble(), 0.0);
    QCOMPARE(statistics.value(QLatin1String("mean_entropy_bits")).toDouble(), 0.875);
    QVERIFY(std::abs(statistics.value(QLatin1String("perplexity_t1")).toDouble() - std::pow(2.0, 1.5)) < 1e-6);
    const QJsonObject loop = statistics.value(QLatin1String("loop")).toObject();
    QCOMPARE(loop.value(QLatin1String("words")).toString(), QStringLiteral("of the"));
    QCOMPARE(loop.value(QLatin1String("length")).toInt(), 4);
    const QJsonObject hot = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(hot.value(QLatin1String("sampler")).toObject().value(QLatin1String("chain")).toString(),
             QStringLiteral("min-p 0.05 > temperature 1.5 > top-k 40 > repetition-penalty 1.3 over 16"));
}

void TestSampleExport::markdownParsesBackToTheSet()
{
    const DetailedSampleSet written = samples();
    QVERIFY(parseMarkdown(formatMarkdown(written), QStringLiteral("x.md")) == written.set);
    DetailedSampleSet textOnly = written; // from a text sample set: no words, the statistics show "-"
    textOnly.tokens.clear();
    QVERIFY(parseMarkdown(formatMarkdown(textOnly), QStringLiteral("x.md")) == written.set);
}

void TestSampleExport::markdownShowsTheColumnsAsATable()
{
    const QString markdown = QString::fromUtf8(formatMarkdown(samples()));
    QVERIFY(markdown.startsWith(QLatin1String("# Samples of imdb \\| seed\n\n- run path: /home/me/runs/imdb-seed\n")));
    QVERIFY(markdown.contains(QLatin1String("\n|  | sample 1 | sample 2 |\n| --- | --- | --- |\n")));
    QVERIFY(markdown.contains(QLatin1String("\n| temperature | 0.2 | 1.5 |\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n| text | of the of the | a \\| b&lt;br>c<br>😀 \\\\\\| |\n")));
    QVERIFY(markdown.contains(QLatin1String("\n| distinct-1 | 0.50 | 1.00 |\n")));
    QVERIFY(markdown.contains(QLatin1String("\n| loop | \"of the\" from word 1, 4 words | none |\n")));
    // Every table row has one cell per column and the row's name: four pipes that no backslash escapes.
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|')))
            continue;
        int pipes = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == QLatin1Char('\\'))
                ++i; // the escaped character
            else if (line[i] == QLatin1Char('|'))
                ++pipes;
        }
        QVERIFY2(pipes == 4, qPrintable(line));
    }
}

void TestSampleExport::damagedExportsAreRefusedNamingTheLine_data()
{
    QTest::addColumn<bool>("markdown");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("jsonl: not JSON") << false << QByteArray("{\"checkpoint\"") << QByteArray("{checkpoint")
                                     << "x:2: the line is not a JSON object";
    QTest::newRow("jsonl: a sample missing")
        << false << QByteArray("\"sample\":2") << QByteArray("\"sample\":3") << "x:2: expected the heading of sample 2";
    QTest::newRow("jsonl: unknown step") << false << QByteArray("min-p,temperature")
                                         << QByteArray("typical-p,temperature") << "x:2: the chain of sample 2";
    QTest::newRow("markdown: not ours") << true << QByteArray("# Samples of") << QByteArray("# Notes on")
                                        << "x:1: not a textgen sample set";
    QTest::newRow("markdown: a row cut short")
        << true << QByteArray("| seed | 18446744073709551615 | 0 |") << QByteArray("| seed | 0 |")
        << "the row has 2 cells where the table has 3";
    QTest::newRow("markdown: unknown step") << true << QByteArray("| min-p > temperature")
                                            << QByteArray("| typical-p > temperature") << "the chain of sample 2";
}

void TestSampleExport::damagedExportsAreRefusedNamingTheLine()
{
    QFETCH(bool, markdown);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, message);
    QByteArray text = markdown ? formatMarkdown(samples()) : formatJsonLines(samples());
    QVERIFY2(text.contains(from), text.constData());
    text.replace(text.lastIndexOf(from), from.size(), to);
    try {
        if (markdown)
            parseMarkdown(text, QStringLiteral("x"));
        else
            parseJsonLines(text, QStringLiteral("x"));
        QFAIL("a damaged export was parsed");
    } catch (const SampleSetError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(message), error.what());
    }
}

QTEST_APPLESS_MAIN(TestSampleExport)
#include "tst_sample_export.moc"
