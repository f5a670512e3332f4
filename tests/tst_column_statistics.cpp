// A column's statistics on texts written out by hand: distinct n-grams, repeated trigrams, the loop marker,
// and the entropy and perplexity of the tokens' own probabilities.
#include "column_statistics.h"

#include <QStringList>
#include <QTest>

#include <cmath>
#include <map>

using namespace textgen;

namespace {

// Word ids for a text written with spaces: equal words, equal ids.
std::vector<std::int32_t> idsOf(const QString& text)
{
    std::map<QString, std::int32_t> ids;
    std::vector<std::int32_t> out;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.push_back(ids.emplace(word, static_cast<std::int32_t>(ids.size()) + 2).first->second);
    return out;
}

} // namespace

class TestColumnStatistics : public QObject {
    Q_OBJECT

private slots:
    void distinctNGramsAreUniqueOverAll_data();
    void distinctNGramsAreUniqueOverAll();
    void repeatedTrigramsAreThoseSeenBefore_data();
    void repeatedTrigramsAreThoseSeenBefore();
    void theLongestLoopIsMarked_data();
    void theLongestLoopIsMarked();
    void entropyAndPerplexityComeFromTheTokensProbabilities();
};

void TestColumnStatistics::distinctNGramsAreUniqueOverAll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("expected");
    QTest::newRow("all different") << "a b c d" << 1 << 1.0;
    QTest::newRow("one word four times") << "a a a a" << 1 << 0.25;
    QTest::newRow("two of five repeat") << "the cat saw the cat" << 1 << 3.0 / 5.0;
    QTest::newRow("bigrams: the cat twice") << "the cat saw the cat" << 2 << 3.0 / 4.0;
    QTest::newRow("bigrams of a loop") << "a b a b a b" << 2 << 2.0 / 5.0;
    QTest::newRow("shorter than n") << "a" << 2 << 0.0;
    QTest::newRow("empty") << "" << 1 << 0.0;
}

void TestColumnStatistics::distinctNGramsAreUniqueOverAll()
{
    QFETCH(QString, text);
    QFETCH(int, n);
    QFETCH(double, expected);
    QCOMPARE(distinctNGrams(idsOf(text), n), expected);
}

void TestColumnStatistics::repeatedTrigramsAreThoseSeenBefore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::newRow("none") << "one of the best films" << 0.0;
    // Trigrams: [a b c] [b c a] [c a b] [a b c]: the last was seen.
    QTest::newRow("one of four") << "a b c a b c" << 1.0 / 4.0;
    // "of the film of the film of the": 6 trigrams, the last three repeat the first three.
    QTest::newRow("a phrase three times") << "of the film of the film of the" << 3.0 / 6.0;
    QTest::newRow("one word eight times") << "the the the the the the the the" << 5.0 / 6.0;
    QTest::newRow("too short") << "a b" << 0.0;
}

void TestColumnStatistics::repeatedTrigramsAreThoseSeenBefore()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    QCOMPARE(repeatedTrigramRate(idsOf(text)), expected);
}

void TestColumnStatistics::theLongestLoopIsMarked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("length");
    QTest::newRow("no loop") << "this movie is one of the best" << 0 << 0 << 0;
    QTest::newRow("a word twice is not a loop") << "it was was good" << 0 << 0 << 0;
    QTest::newRow("a word four times") << "it was the the the the end" << 2 << 1 << 4;
    QTest::newRow("a cycle of three, two and a half times") << "a b c a b c a b" << 0 << 3 << 8;
    QTest::newRow("at the end") << "i think that of the of the of the" << 3 << 2 << 6;
    QTest::newRow("the longer of two") << "x y x y z and then a b c a b c a b c" << 7 << 3 << 9;
    QTest::newRow("ties go to the earlier") << "p q p q r s r s" << 0 << 2 << 4;
    // "a a a a" is a cycle of 1 and of 2: the shorter period is the loop.
    QTest::newRow("the shortest period") << "a a a a" << 0 << 1 << 4;
    QTest::newRow("a cycle longer than the limit")
        << "1 2 3 4 5 6 7 8 9 10 11 12 13 1 2 3 4 5 6 7 8 9 10 11 12 13" << 0 << 0 << 0;
}

void TestColumnStatistics::theLongestLoopIsMarked()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, period);
    QFETCH(int, length);
    const Loop loop = longestLoop(idsOf(text));
    QCOMPARE(loop.length, length);
    if (length > 0) {
        QCOMPARE(loop.start, start);
        QCOMPARE(loop.period, period);
    }
}

void TestColumnStatistics::entropyAndPerplexityComeFromTheTokensProbabilities()
{
    std::vector<SampledToken> tokens(3);
    const float atT1[] = {0.5f, 0.25f, 0.125f};
    const double entropy[] = {1.0, 2.0, 4.5};
    for (int i = 0; i < 3; ++i) {
        tokens[static_cast<std::size_t>(i)].id = 2 + i;
        tokens[static_cast<std::size_t>(i)].probabilityAtT1 = atT1[i];
        tokens[static_cast<std::size_t>(i)].entropyBits = entropy[i];
    }
    const ColumnStatistics statistics = columnStatistics(tokens);
    QCOMPARE(statistics.meanEntropyBits, 2.5);
    // exp(mean(-ln p)) = exp(ln 2 (1 + 2 + 3) / 3) = 4.
    QVERIFY(std::abs(statistics.perplexityAtT1 - 4.0) < 1e-9);
    QCOMPARE(statistics.distinct1, 1.0);
    QCOMPARE(statistics.distinct2, 1.0);
    QCOMPARE(statistics.repeatedTrigrams, 0.0);
    QVERIFY(!statistics.loop.found());
    const ColumnStatistics none = columnStatistics({});
    QCOMPARE(none.perplexityAtT1, 0.0);
}

QTEST_APPLESS_MAIN(TestColumnStatistics)
#include "tst_column_statistics.moc"
