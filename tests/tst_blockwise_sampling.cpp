// Sampling from the logits' block summaries: a small table pinned by hand, then the chain suppress-specials >
// temperature > pick as the reference on every edge of the blocking (vocabularies of 7, 64, 65, 200 and the
// chapter's 15,001; ties; -infinity), and the cases left to the chain (an infinity, a NaN).
#include <QTest>

#include <cmath>
#include <limits>

#include "blockwise_sampling.h"
#include "sampler.h"
#include "split_mix64.h"
#include "vector_math.h"

using namespace textgen;

class TestBlockwiseSampling : public QObject {
    Q_OBJECT

private slots:
    void aSmallTableIsSampledAsWorkedByHand_data();
    void aSmallTableIsSampledAsWorkedByHand();
    void drawsWhatTheChainDrawsForEveryU_data();
    void drawsWhatTheChainDrawsForEveryU();
    void probabilitiesEntropyAndTheModelsOwnMatchTheChain_data();
    void probabilitiesEntropyAndTheModelsOwnMatchTheChain();
    void topIdsAreTheLargestLogitsWithTiesById();
    void infinitiesAndNaNsAreLeftToTheChain();
    void minusInfinityIsNeverDrawn();
};

namespace {

LogitSummaries summarised(const std::vector<float>& logits, double temperature, bool suppressSpecials)
{
    LogitSummaries summaries;
    summaries.topCandidates = 20; // more than that: from the blocks (topIds' rows of 40)
    summaries.inverseTemperatures = {*plainInverseTemperature(SamplerSettings{temperature})};
    summaries.firstIds = {suppressSpecials ? 2 : 0};
    summariseLogits(logits.data(), 1, static_cast<std::int64_t>(logits.size()), summaries);
    return summaries;
}

// Logits of a trained model's spread: normal, a few units wide, rounded to 1/8 so that some are tied.
std::vector<float> modelLikeLogits(std::size_t size, std::uint64_t seed)
{
    SplitMix64 stream(seed);
    std::vector<float> logits(size);
    for (float& l : logits) {
        const double u1 = std::max(stream.uniform(), 1e-12), u2 = stream.uniform();
        const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
        l = static_cast<float>(std::round(normal * 3.0 * 8.0) / 8.0);
    }
    return logits;
}

void addSizeRows()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<bool>("suppressSpecials");
    for (const int size : {7, 64, 65, 200, 15001})
        for (const double temperature : {0.2, 0.7, 1.0, 1.5})
            QTest::addRow("V %d, T %g", size, temperature) << size << temperature << true;
    QTest::newRow("V 15001, T 0.7, specials kept") << 15001 << 0.7 << false;
    QTest::newRow("V 130, T 1.5, specials kept") << 130 << 1.5 << false;
}

} // namespace

void TestBlockwiseSampling::aSmallTableIsSampledAsWorkedByHand_data()
{
    // softmax({1, 2, 3, 4} / T); its running sums pick the id; the entropy in bits. Worked in Python's floats.
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("u");
    QTest::addColumn<int>("id");
    QTest::addColumn<double>("probability");
    QTest::addColumn<double>("entropyBits");
    QTest::newRow("T 1, u 0.1") << 1.0 << 0.1 << 1 << 0.0871443 << 1.367007;
    QTest::newRow("T 1, u 0.0") << 1.0 << 0.0 << 0 << 0.0320586 << 1.367007;
    QTest::newRow("T 1, u 0.356") << 1.0 << 0.356 << 2 << 0.2368828 << 1.367007;
    QTest::newRow("T 1, u 0.5") << 1.0 << 0.5 << 3 << 0.6439143 << 1.367007;
    QTest::newRow("T 1, u 0.9999999") << 1.0 << 0.9999999 << 3 << 0.6439143 << 1.367007;
    QTest::newRow("T 0.5, u 0.01") << 0.5 << 0.01 << 1 << 0.0158422 << 0.657045;
    QTest::newRow("T 0.5, u 0.13") << 0.5 << 0.13 << 2 << 0.1170589 << 0.657045;
}

void TestBlockwiseSampling::aSmallTableIsSampledAsWorkedByHand()
{
    QFETCH(double, temperature);
    QFETCH(double, u);
    QFETCH(int, id);
    QFETCH(double, probability);
    QFETCH(double, entropyBits);
    const std::vector<float> logits{1.0f, 2.0f, 3.0f, 4.0f};
    const LogitSummaries summaries = summarised(logits, temperature, false);
    std::optional<BlockwiseDistribution> d = BlockwiseDistribution::of(logits.data(), 4, summaries, 0);
    QVERIFY(d);
    QCOMPARE(d->pick(u), id);
    QCOMPARE(d->selected(), id);
    QVERIFY(std::abs(d->probabilityOf(id) - probability) < 1e-6);
    QVERIFY(std::abs(d->entropyBits() - entropyBits) < 1e-5);
    QVERIFY(std::abs(d->logNormaliserAtOne() - 4.440189698561196) < 1e-6);
    QCOMPARE(d->topIds(2), (std::vector<std::int32_t>{3, 2}));
}

void TestBlockwiseSampling::drawsWhatTheChainDrawsForEveryU_data()
{
    addSizeRows();
}

void TestBlockwiseSampling::drawsWhatTheChainDrawsForEveryU()
{
    QFETCH(int, size);
    QFETCH(double, temperature);
    QFETCH(bool, suppressSpecials);
    const std::vector<float> logits = modelLikeLogits(static_cast<std::size_t>(size), static_cast<std::uint64_t>(size));
    const LogitSummaries summaries = summarised(logits, temperature, suppressSpecials);
    std::optional<BlockwiseDistribution> d
        = BlockwiseDistribution::of(logits.data(), static_cast<std::int64_t>(size), summaries, 0);
    QVERIFY(d);
    SamplerSettings settings{temperature};
    settings.suppressSpecials = suppressSpecials;
    CandidateArray applied = SamplerChain::narrowing(settings).apply(logits.data(), logits.size());
    applied.sortById();
    // The chain's running sums: u on a boundary, within rounding, may go either way.
    std::vector<double> cumulative;
    double running = 0.0;
    for (std::size_t i = 0; i < applied.size(); ++i)
        cumulative.push_back(running += applied.probability(i));
    SplitMix64 stream(11);
    int compared = 0;
    for (int draw = 0; draw < 2000; ++draw) {
        const double u
            = draw < 3 ? std::vector<double>{0.0, 0.5, 0.999999}[static_cast<std::size_t>(draw)] : stream.uniform();
        const std::int32_t expected = InverseCdfPick::pick(applied, u);
        const std::int32_t got = d->pick(u);
        const auto position = static_cast<std::size_t>(*applied.positionOf(expected));
        const bool onABoundary = std::abs(cumulative[position] - u) < 1e-6
            || (position > 0 && std::abs(cumulative[position - 1] - u) < 1e-6);
        if (onABoundary)
            continue;
        QVERIFY2(got == expected, qPrintable(QStringLiteral("u %1: %2, the chain %3").arg(u).arg(got).arg(expected)));
        ++compared;
    }
    QVERIFY(compared > 1900);
}

void TestBlockwiseSampling::probabilitiesEntropyAndTheModelsOwnMatchTheChain_data()
{
    addSizeRows();
}

void TestBlockwiseSampling::probabilitiesEntropyAndTheModelsOwnMatchTheChain()
{
    QFETCH(int, size);
    QFETCH(double, temperature);
    QFETCH(bool, suppressSpecials);
    const std::vector<float> logits
        = modelLikeLogits(static_cast<std::size_t>(size), 100 + static_cast<std::uint64_t>(size));
    const LogitSummaries summaries = summarised(logits, temperature, suppressSpecials);
    const std::optional<BlockwiseDistribution> d
        = BlockwiseDistribution::of(logits.data(), static_cast<std::int64_t>(size), summaries, 0);
    QVERIFY(d);
    SamplerSettings settings{temperature};
    settings.suppressSpecials = suppressSpecials;
    const CandidateArray applied = SamplerChain::narrowing(settings).apply(logits.data(), logits.size());
    for (std::int32_t id = 0; id < size; ++id) {
        const float expected = applied.probabilityOf(id);
        QVERIFY2(std::abs(d->probabilityOf(id) - expected) <= 1e-6f * expected + 1e-12f,
                 qPrintable(QStringLiteral("id %1: %2, the chain %3").arg(id).arg(d->probabilityOf(id)).arg(expected)));
    }
    QVERIFY(std::abs(d->entropyBits() - applied.entropyBits()) < 1e-5);
    const std::size_t first = suppressSpecials ? 2 : 0;
    QVERIFY(std::abs(d->logNormaliserAtOne() - logSumExp(logits.data() + first, logits.size() - first)) < 1e-5);
}

void TestBlockwiseSampling::topIdsAreTheLargestLogitsWithTiesById()
{
    for (const std::size_t size : {7u, 19u, 64u, 65u, 1000u, 15001u}) {
        const std::vector<float> logits = modelLikeLogits(size, 7 * size); // eighths: ties at the top too
        const LogitSummaries summaries = summarised(logits, 0.7, true);
        const std::optional<BlockwiseDistribution> d
            = BlockwiseDistribution::of(logits.data(), static_cast<std::int64_t>(size), summaries, 0);
        QVERIFY(d);
        for (const std::size_t n : {1u, 5u, 20u, 40u}) {
            std::vector<std::int32_t> expected = topIds(logits.data() + 2, size - 2, n);
            for (std::int32_t& id : expected)
                id += 2;
            QCOMPARE(d->topIds(n), expected);
        }
    }
}

void TestBlockwiseSampling::infinitiesAndNaNsAreLeftToTheChain()
{
    std::vector<float> logits = modelLikeLogits(300, 3);
    for (const float odd : {std::numeric_limits<float>::infinity(), std::numeric_limits<float>::quiet_NaN()}) {
        std::vector<float> row = logits;
        row[150] = odd;
        const LogitSummaries summaries = summarised(row, 0.7, true);
        QVERIFY(!BlockwiseDistribution::of(row.data(), 300, summaries, 0));
    }
    std::vector<float> none(100, -std::numeric_limits<float>::infinity());
    QVERIFY(!BlockwiseDistribution::of(none.data(), 100, summarised(none, 1.0, true), 0));
    QVERIFY(!BlockwiseDistribution::of(logits.data(), 300, LogitSummaries(), 0)); // nothing summarised
}

void TestBlockwiseSampling::minusInfinityIsNeverDrawn()
{
    // A whole block and scattered ids masked out, as a banned word would be.
    std::vector<float> logits = modelLikeLogits(400, 9);
    for (std::size_t i = 64; i < 128; ++i)
        logits[i] = -std::numeric_limits<float>::infinity();
    for (std::size_t i = 3; i < 400; i += 7)
        logits[i] = -std::numeric_limits<float>::infinity();
    const LogitSummaries summaries = summarised(logits, 1.5, true);
    std::optional<BlockwiseDistribution> d = BlockwiseDistribution::of(logits.data(), 400, summaries, 0);
    QVERIFY(d);
    SplitMix64 stream(5);
    for (int draw = 0; draw < 3000; ++draw) {
        const std::int32_t id = d->pick(stream.uniform());
        QVERIFY2(std::isfinite(logits[static_cast<std::size_t>(id)]) && id >= 2, qPrintable(QString::number(id)));
    }
    QCOMPARE(d->probabilityOf(70), 0.0f);
    QVERIFY(std::isfinite(d->entropyBits()) && d->entropyBits() > 0.0);
}

QTEST_GUILESS_MAIN(TestBlockwiseSampling)
#include "tst_blockwise_sampling.moc"
