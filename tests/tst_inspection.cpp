// Inspecting one step: the entropy curve against the definition and its limits, the chi-square tail against
// printed tables, repeated draws against the pick and the chain's probabilities, and the pipeline's stages
// on a distribution small enough to follow by hand.
#include "inspection.h"

#include <QTest>

#include <cmath>

#include "split_mix64.h"

using namespace textgen;

using Floats = std::vector<float>;
Q_DECLARE_METATYPE(Floats)

namespace {

Floats logOf(const Floats& probabilities)
{
    Floats logits;
    for (float p : probabilities)
        logits.push_back(std::log(p));
    return logits;
}

Floats randomLogits(std::size_t n, double spread, std::uint64_t seed)
{
    SplitMix64 random(seed);
    Floats logits(n);
    for (float& x : logits)
        x = static_cast<float>(spread * (random.uniform() * 2.0 - 1.0));
    return logits;
}

// The definition, in double: -sum p log2 p for p = softmax(logits[2:] / T).
double entropyByDefinition(const Floats& logits, double temperature)
{
    double maximum = -INFINITY;
    for (std::size_t i = 2; i < logits.size(); ++i)
        maximum = std::max(maximum, static_cast<double>(logits[i]));
    double total = 0;
    for (std::size_t i = 2; i < logits.size(); ++i)
        total += std::exp((logits[i] - maximum) / temperature);
    double entropy = 0;
    for (std::size_t i = 2; i < logits.size(); ++i) {
        const double p = std::exp((logits[i] - maximum) / temperature) / total;
        if (p > 0)
            entropy -= p * std::log2(p);
    }
    return entropy;
}

} // namespace

class TestInspection : public QObject {
    Q_OBJECT

private slots:
    void entropyRisesWithTemperatureAndVanishesAtZero_data();
    void entropyRisesWithTemperatureAndVanishesAtZero();
    void entropyCurveEqualsTheDefinition();
    void chiSquareTailMatchesPrintedTables_data();
    void chiSquareTailMatchesPrintedTables();
    void chiSquarePoolsSparseBins();
    void drawsSumToTheirNumberAndFollowTheChain();
    void drawsTakeWhatThePickTakes();
    void pipelineFollowsTheChosenTokenThroughEachStep();
    void entropyCurveOverOneHundredTemperatures();
    void oneThousandDrawsAtOneStep();
};

void TestInspection::entropyRisesWithTemperatureAndVanishesAtZero_data()
{
    QTest::addColumn<Floats>("logits");
    QTest::addColumn<double>("atZero");
    QTest::newRow("peaked") << Floats{0, 0, 5.0f, 1.0f, 0.5f, -2.0f} << 0.0;
    QTest::newRow("nearly flat") << Floats{0, 0, 0.1f, 0.0f, 0.05f, -0.1f, 0.02f} << 0.0;
    QTest::newRow("two tied maxima") << Floats{0, 0, 2.0f, 2.0f, 0.0f, -1.0f} << 1.0;
    QTest::newRow("the specials do not count") << Floats{9.0f, 9.0f, 1.0f, 0.0f} << 0.0;
    Floats chapter = randomLogits(15000, 6.0, 11);
    chapter[700] = 7.0f; // one word the model is sure of, as after "this movie"
    QTest::newRow("a chapter-sized vocabulary") << chapter << 0.0;
}

void TestInspection::entropyRisesWithTemperatureAndVanishesAtZero()
{
    QFETCH(Floats, logits);
    QFETCH(double, atZero);
    const std::vector<double> grid = temperatureGrid(0.0, 2.0, 201);
    const std::vector<double> curve = entropyCurve(logits.data(), logits.size(), grid);
    QCOMPARE(curve.size(), grid.size());
    QCOMPARE(curve.front(), atZero);
    for (std::size_t i = 1; i < curve.size(); ++i)
        QVERIFY2(curve[i] >= curve[i - 1] - 1e-6,
                 qPrintable(QStringLiteral("T %1: %2 < %3").arg(grid[i]).arg(curve[i]).arg(curve[i - 1])));
    QVERIFY(curve.back() > curve.front());
    // Towards 0 the curve meets its value at 0 (the greedy pick's tied maxima).
    const double nearZero = entropyCurve(logits.data(), logits.size(), {1e-3}).front();
    QVERIFY2(std::abs(nearZero - atZero) < 1e-3, qPrintable(QString::number(nearZero)));
    QVERIFY(curve.back() <= std::log2(static_cast<double>(logits.size() - 2)) + 1e-6);
}

void TestInspection::entropyCurveEqualsTheDefinition()
{
    const Floats logits = randomLogits(3000, 5.0, 4);
    const std::vector<double> temperatures{0.05, 0.2, 0.5, 0.7, 1.0, 1.5, 2.0};
    const std::vector<double> curve = entropyCurve(logits.data(), logits.size(), temperatures);
    for (std::size_t i = 0; i < temperatures.size(); ++i) {
        const double expected = entropyByDefinition(logits, temperatures[i]);
        QVERIFY2(std::abs(curve[i] - expected) < 1e-3,
                 qPrintable(QStringLiteral("T %1: %2 vs %3").arg(temperatures[i]).arg(curve[i]).arg(expected)));
    }
}

void TestInspection::chiSquareTailMatchesPrintedTables_data()
{
    QTest::addColumn<int>("degrees");
    QTest::addColumn<double>("statistic");
    QTest::addColumn<double>("pValue");
    // Critical values from the usual chi-square tables, and closed forms: df 2 is exp(-x / 2).
    QTest::newRow("df 1 at 3.841") << 1 << 3.841 << 0.05;
    QTest::newRow("df 2 at 5.991") << 2 << 5.991 << 0.05;
    QTest::newRow("df 5 at 11.070") << 5 << 11.070 << 0.05;
    QTest::newRow("df 10 at 23.209") << 10 << 23.209 << 0.01;
    QTest::newRow("df 30 at 50.892") << 30 << 50.892 << 0.01;
    QTest::newRow("df 100 at 124.342") << 100 << 124.342 << 0.05;
    QTest::newRow("df 2 at 2: 1/e") << 2 << 2.0 << std::exp(-1.0);
    QTest::newRow("df 4 at 0.711") << 4 << 0.711 << 0.95;
    QTest::newRow("at 0 the tail is 1") << 3 << 0.0 << 1.0;
}

void TestInspection::chiSquareTailMatchesPrintedTables()
{
    QFETCH(int, degrees);
    QFETCH(double, statistic);
    QFETCH(double, pValue);
    const double q = upperIncompleteGamma(degrees / 2.0, statistic / 2.0);
    QVERIFY2(std::abs(q - pValue) < 2e-4, qPrintable(QStringLiteral("%1 vs %2").arg(q).arg(pValue)));
}

void TestInspection::chiSquarePoolsSparseBins()
{
    // Expected 50, 30, 19, 1: the last bin is below 5, pooled, and the pool (1) joins the smallest (19 + 1 = 20).
    const ChiSquare test = chiSquareTest({55, 25, 18, 2}, {0.5, 0.3, 0.19, 0.01});
    QCOMPARE(test.degreesOfFreedom, 2);
    const double expected = 25.0 / 50 + 25.0 / 30 + 0.0 / 20; // (55-50)^2/50 + (25-30)^2/30 + (20-20)^2/20
    QVERIFY(std::abs(test.statistic - expected) < 1e-12);
    QVERIFY(std::abs(test.pValue - std::exp(-expected / 2)) < 1e-9);
    // One bin has nothing to test.
    QCOMPARE(chiSquareTest({10}, {1.0}).degreesOfFreedom, 0);
    QCOMPARE(chiSquareTest({10}, {1.0}).pValue, 1.0);
}

void TestInspection::drawsSumToTheirNumberAndFollowTheChain()
{
    const Floats logits = randomLogits(200, 3.0, 8);
    SamplerSettings settings;
    settings.temperature = 0.8;
    settings.topK = 30;
    const DrawCounts counts = drawRepeatedly(logits.data(), logits.size(), settings, {}, 1000, 7);
    QCOMPARE(counts.draws, 1000);
    QCOMPARE(std::accumulate(counts.counts.begin(), counts.counts.end(), 0), 1000);
    QCOMPARE(counts.ids.size(), std::size_t{30}); // only what top-k keeps can be drawn
    QVERIFY(std::is_sorted(counts.ids.begin(), counts.ids.end()));
    QVERIFY2(counts.test.pValue > 0.01, qPrintable(QString::number(counts.test.pValue)));
    QVERIFY(counts.test.degreesOfFreedom > 5);
    // The test has power: the same counts against another temperature's probabilities are rejected.
    SamplerSettings colder = settings;
    colder.temperature = 0.4;
    const DrawCounts other = drawRepeatedly(logits.data(), logits.size(), colder, {}, 0, 7);
    QCOMPARE(other.ids, counts.ids);
    QVERIFY(chiSquareTest(counts.counts, other.probabilities).pValue < 1e-6);
}

void TestInspection::drawsTakeWhatThePickTakes()
{
    const Floats logits = randomLogits(500, 4.0, 9);
    SamplerSettings settings;
    settings.temperature = 1.2;
    settings.topP = 0.9;
    const DrawCounts counts = drawRepeatedly(logits.data(), logits.size(), settings, {}, 300, 99);
    std::map<std::int32_t, int> byPick;
    SplitMix64 stream(99);
    for (int i = 0; i < 300; ++i) {
        CandidateArray candidates = SamplerChain::narrowing(settings).apply(logits.data(), logits.size());
        ++byPick[InverseCdfPick::pick(candidates, stream.uniform())];
    }
    for (const auto& [id, count] : byPick)
        QCOMPARE(counts.countOf(id), count);
}

void TestInspection::pipelineFollowsTheChosenTokenThroughEachStep()
{
    // Padding and [UNK] at 0.05 each, then 0.1, 0.2, 0.25, 0.35 for ids 2-5.
    const Floats logits = logOf({0.05f, 0.05f, 0.1f, 0.2f, 0.25f, 0.35f});
    SamplerSettings settings;
    settings.temperature = 0.5;
    settings.topK = 2;
    const std::vector<PipelineStage> stages
        = tracePipeline(logits.data(), logits.size(), settings, {}, /*chosen*/ 4, /*watched*/ {5, 3});
    QCOMPARE(stages.size(), std::size_t{4}); // top-p 1 changes nothing: no stage
    const char* names[] = {"model (T = 1)", "suppress-specials", "temperature 0.5", "top-k 2"};
    using Kind = PipelineStage::Kind;
    const Kind kinds[] = {Kind::Model, Kind::SuppressSpecials, Kind::Step, Kind::Step};
    const std::optional<SamplerStepKind> steps[]
        = {std::nullopt, std::nullopt, SamplerStepKind::Temperature, SamplerStepKind::TopK};
    const std::size_t kept[] = {6, 4, 4, 2};
    const double squares = 0.01 + 0.04 + 0.0625 + 0.1225; // p^(1/T) with T = 0.5 over ids 2-5
    const double chosen[] = {0.25, 0.25 / 0.9, 0.0625 / squares, 0.0625 / (0.0625 + 0.1225)};
    const double id3[] = {0.2, 0.2 / 0.9, 0.04 / squares, 0.0}; // cut by top-k: greyed from there on
    for (std::size_t i = 0; i < stages.size(); ++i) {
        QCOMPARE(stages[i].name, std::string(names[i]));
        QCOMPARE(stages[i].kind, kinds[i]);
        QCOMPARE(stages[i].step, steps[i]);
        QCOMPARE(stages[i].kept, kept[i]);
        QCOMPARE(stages[i].chosenRank, 2);
        QVERIFY2(std::abs(stages[i].chosenProbability - chosen[i]) < 1e-5, names[i]);
        QVERIFY2(std::abs(stages[i].watchedProbabilities[1] - id3[i]) < 1e-5, names[i]);
        QVERIFY(stages[i].watchedProbabilities[0] > stages[i].chosenProbability);
    }
    // A token the chain removes has rank 0 from that stage on.
    const std::vector<PipelineStage> cut = tracePipeline(logits.data(), logits.size(), settings, {}, 2, {});
    QCOMPARE(cut[2].chosenRank, 4);
    QCOMPARE(cut[3].chosenRank, 0);
    QCOMPARE(cut[3].chosenProbability, 0.0f);
}

// Benchmarks, not tests: the entropy plot redraws as the slider moves, the Draw button runs 1,000 picks.
void TestInspection::entropyCurveOverOneHundredTemperatures()
{
    const Floats logits = randomLogits(15000, 6.0, 12);
    const std::vector<double> grid = temperatureGrid(0.0, 2.0, 100);
    QBENCHMARK
    {
        const std::vector<double> curve = entropyCurve(logits.data(), logits.size(), grid);
        QVERIFY(curve.size() == 100);
    }
}

void TestInspection::oneThousandDrawsAtOneStep()
{
    const Floats logits = randomLogits(15000, 2.0, 13);
    SamplerSettings settings;
    settings.temperature = 0.7;
    QBENCHMARK
    {
        const DrawCounts counts = drawRepeatedly(logits.data(), logits.size(), settings, {}, 1000, 1);
        QVERIFY(counts.draws == 1000);
    }
}

QTEST_APPLESS_MAIN(TestInspection)
#include "tst_inspection.moc"
