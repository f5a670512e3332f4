// The sampler chain, step by step on small hand-computed arrays (in the style of llama.cpp's
// test-sampling.cpp), then its statistics: draws match softmax(logits / T), entropy rises with T.
#include "sampler.h"

#include <QTest>

#include <cmath>

#include "lm_dataset.h" // SplitMix64

using namespace textgen;

using Floats = std::vector<float>;
Q_DECLARE_METATYPE(Floats)

namespace {

Floats logOf(const Floats& probabilities)
{
    Floats logits;
    for (float p : probabilities)
        logits.push_back(p > 0 ? std::log(p) : -std::numeric_limits<float>::infinity());
    return logits;
}

void compareFloats(const Floats& actual, const Floats& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) < 1e-3f,
                 qPrintable(QStringLiteral("at %1: %2, expected %3").arg(i).arg(actual[i]).arg(expected[i])));
}

} // namespace

class TestSampler : public QObject {
    Q_OBJECT

private slots:
    void topKKeepsTheKMostProbable_data();
    void topKKeepsTheKMostProbable();
    void topPKeepsTheSmallestSetReachingP_data();
    void topPKeepsTheSmallestSetReachingP();
    void temperatureScalesLogitsBeforeSoftmax_data();
    void temperatureScalesLogitsBeforeSoftmax();
    void suppressionRemovesPaddingAndUnknown();
    void pickTakesTheFirstTokenWhoseCumulativeProbabilityExceedsU_data();
    void pickTakesTheFirstTokenWhoseCumulativeProbabilityExceedsU();
    void extremeTemperaturesNeitherOverflowNorUnderflow();
    void badSettingsAreRejectedWithAReason_data();
    void badSettingsAreRejectedWithAReason();
    void entropyWithoutLogarithmsEqualsTheDefinition();
    void drawsFollowSoftmaxOfLogitsOverTemperature_data();
    void drawsFollowSoftmaxOfLogitsOverTemperature();
    void entropyRisesWithTemperature();
    void topIdsAreOrderedByProbabilityThenId();
    void applyChainOverTheChaptersVocabulary_data();
    void applyChainOverTheChaptersVocabulary();
};

void TestSampler::topKKeepsTheKMostProbable_data()
{
    QTest::addColumn<Floats>("input");
    QTest::addColumn<int>("k");
    QTest::addColumn<Floats>("expected");
    const Floats p{0.1f, 0.2f, 0.3f, 0.4f};
    QTest::newRow("k=1") << p << 1 << Floats{0, 0, 0, 1};
    QTest::newRow("k=3") << p << 3 << Floats{0, 0.2f / 0.9f, 0.3f / 0.9f, 0.4f / 0.9f};
    QTest::newRow("k=4 keeps all") << p << 4 << p;
    QTest::newRow("k=5 keeps all") << p << 5 << p;
    QTest::newRow("k=0 is a no-op") << p << 0 << p;
    QTest::newRow("k=-1 is a no-op") << p << -1 << p;
    QTest::newRow("ties kept in id order") << Floats{0.25f, 0.25f, 0.25f, 0.25f} << 2 << Floats{0.5f, 0.5f, 0, 0};
}

void TestSampler::topKKeepsTheKMostProbable()
{
    QFETCH(Floats, input);
    QFETCH(int, k);
    QFETCH(Floats, expected);
    keepTopK(input, k);
    compareFloats(input, expected);
}

void TestSampler::topPKeepsTheSmallestSetReachingP_data()
{
    QTest::addColumn<Floats>("input");
    QTest::addColumn<double>("p");
    QTest::addColumn<Floats>("expected");
    const Floats p{0.1f, 0.2f, 0.3f, 0.4f};
    QTest::newRow("p=0 keeps the top token") << p << 0.0 << Floats{0, 0, 0, 1};
    QTest::newRow("p=0.4 exactly the top token") << p << 0.4 << Floats{0, 0, 0, 1};
    QTest::newRow("p=0.5") << p << 0.5 << Floats{0, 0, 0.3f / 0.7f, 0.4f / 0.7f};
    QTest::newRow("p=0.75") << p << 0.75 << Floats{0, 0.2f / 0.9f, 0.3f / 0.9f, 0.4f / 0.9f};
    QTest::newRow("p=0.95 keeps all") << p << 0.95 << p;
    QTest::newRow("p=1 is a no-op") << p << 1.0 << p;
}

void TestSampler::topPKeepsTheSmallestSetReachingP()
{
    QFETCH(Floats, input);
    QFETCH(double, p);
    QFETCH(Floats, expected);
    keepTopP(input, p);
    compareFloats(input, expected);
}

void TestSampler::temperatureScalesLogitsBeforeSoftmax_data()
{
    QTest::addColumn<Floats>("logits");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<Floats>("expected");
    const Floats logits = logOf({0.1f, 0.2f, 0.3f, 0.4f});
    QTest::newRow("T=1 is the softmax") << logits << 1.0 << Floats{0.1f, 0.2f, 0.3f, 0.4f};
    // p^(1/T) renormalised: T = 0.5 squares, T = 2 takes square roots.
    const float squares = 0.01f + 0.04f + 0.09f + 0.16f;
    QTest::newRow("T=0.5 sharpens") << logits << 0.5 << Floats{0.01f / squares, 0.04f / squares, 0.09f / squares, 0.16f / squares};
    const float roots = std::sqrt(0.1f) + std::sqrt(0.2f) + std::sqrt(0.3f) + std::sqrt(0.4f);
    QTest::newRow("T=2 flattens") << logits << 2.0
                                  << Floats{std::sqrt(0.1f) / roots, std::sqrt(0.2f) / roots, std::sqrt(0.3f) / roots, std::sqrt(0.4f) / roots};
    QTest::newRow("T=0 is greedy") << logits << 0.0 << Floats{0, 0, 0, 1};
    QTest::newRow("T=1e-3 is greedy") << logits << 1e-3 << Floats{0, 0, 0, 1};
    QTest::newRow("greedy ties go to the lower id") << Floats{1, 3, 3, 2} << 0.0 << Floats{0, 1, 0, 0};
}

void TestSampler::temperatureScalesLogitsBeforeSoftmax()
{
    QFETCH(Floats, logits);
    QFETCH(double, temperature);
    QFETCH(Floats, expected);
    compareFloats(softmaxWithTemperature(logits, temperature), expected);
}

void TestSampler::suppressionRemovesPaddingAndUnknown()
{
    const Floats logits{9.0f, 9.0f, 1.0f, 1.0f};
    SamplerSettings settings;
    compareFloats(applyChain(logits.data(), logits.size(), settings).probabilities, {0, 0, 0.5f, 0.5f});
    settings.suppressSpecials = false;
    const Candidates kept = applyChain(logits.data(), logits.size(), settings);
    QVERIFY(kept.probabilities[0] > 0.49f && kept.probabilities[1] > 0.49f);
}

void TestSampler::pickTakesTheFirstTokenWhoseCumulativeProbabilityExceedsU_data()
{
    QTest::addColumn<double>("u");
    QTest::addColumn<int>("id");
    QTest::newRow("u=0") << 0.0 << 0;
    QTest::newRow("u=0.05") << 0.05 << 0;
    QTest::newRow("u=0.15") << 0.15 << 1;
    QTest::newRow("u=0.35") << 0.35 << 2;
    QTest::newRow("u=0.65") << 0.65 << 3;
    QTest::newRow("u=0.999999") << 0.999999 << 3;
}

void TestSampler::pickTakesTheFirstTokenWhoseCumulativeProbabilityExceedsU()
{
    QFETCH(double, u);
    QFETCH(int, id);
    QCOMPARE(pickInverseCdf({0.1f, 0.2f, 0.3f, 0.4f}, u), id);
    QCOMPARE(pickInverseCdf({0.0f, 0.0f, 1.0f, 0.0f}, u), 2); // zero-probability tokens are never taken
}

void TestSampler::extremeTemperaturesNeitherOverflowNorUnderflow()
{
    const Floats logits{-1000.0f, 0.0f, 999.0f, 1000.0f};
    for (double temperature : {0.05, 1e-6, 1.0, 1e6}) {
        const Floats p = softmaxWithTemperature(logits, temperature);
        double total = 0;
        for (float x : p) {
            QVERIFY(std::isfinite(x) && x >= 0.0f);
            total += x;
        }
        QVERIFY(std::abs(total - 1.0) < 1e-5);
    }
    QVERIFY(softmaxWithTemperature(logits, 0.05)[3] > 0.999f);
    QVERIFY(softmaxWithTemperature(logits, 1e6)[0] > 0.24f); // nearly uniform
}

void TestSampler::badSettingsAreRejectedWithAReason_data()
{
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("topP");
    QTest::addColumn<QString>("message");
    QTest::newRow("fine") << 0.7 << 0.9 << "";
    QTest::newRow("greedy is fine") << 0.0 << 1.0 << "";
    QTest::newRow("NaN temperature") << std::nan("") << 1.0 << "temperature must be a finite number >= 0 (0 is greedy), not nan";
    QTest::newRow("negative temperature") << -0.5 << 1.0 << "temperature must be a finite number >= 0 (0 is greedy), not -0.5";
    QTest::newRow("infinite temperature") << std::numeric_limits<double>::infinity() << 1.0 << "temperature must be a finite number >= 0 (0 is greedy), not inf";
    QTest::newRow("top-p above 1") << 1.0 << 1.5 << "top-p must be in [0, 1] (1 keeps every token), not 1.5";
    QTest::newRow("negative top-p") << 1.0 << -0.1 << "top-p must be in [0, 1] (1 keeps every token), not -0.1";
    QTest::newRow("NaN top-p") << 1.0 << std::nan("") << "top-p must be in [0, 1] (1 keeps every token), not nan";
}

void TestSampler::badSettingsAreRejectedWithAReason()
{
    QFETCH(double, temperature);
    QFETCH(double, topP);
    QFETCH(QString, message);
    SamplerSettings settings;
    settings.temperature = temperature;
    settings.topP = topP;
    QCOMPARE(QString::fromStdString(englishText(checkSampler(settings))), message);
}

void TestSampler::entropyWithoutLogarithmsEqualsTheDefinition()
{
    SplitMix64 random(3);
    Floats logits(500);
    for (float& x : logits)
        x = static_cast<float>(random.uniform() * 8.0 - 4.0);
    for (const auto& [temperature, topK, topP] : std::vector<std::tuple<double, int, double>>{{1.0, 0, 1.0}, {0.7, 50, 1.0}, {1.8, 0, 0.9}, {0.2, 5, 0.5}}) {
        SamplerSettings settings;
        settings.temperature = temperature;
        settings.topK = topK;
        settings.topP = topP;
        const Candidates c = applyChain(logits.data(), logits.size(), settings);
        QVERIFY2(std::abs(c.entropyBits - entropyBits(c.probabilities)) < 1e-3,
                 qPrintable(QStringLiteral("T=%1: %2 vs %3").arg(temperature).arg(c.entropyBits).arg(entropyBits(c.probabilities))));
    }
    QCOMPARE(entropyBits({0.25f, 0.25f, 0.25f, 0.25f}), 2.0);
}

void TestSampler::drawsFollowSoftmaxOfLogitsOverTemperature_data()
{
    QTest::addColumn<double>("temperature");
    QTest::newRow("T=0.5") << 0.5;
    QTest::newRow("T=1") << 1.0;
    QTest::newRow("T=2") << 2.0;
}

void TestSampler::drawsFollowSoftmaxOfLogitsOverTemperature()
{
    QFETCH(double, temperature);
    const Floats logits{0.0f, 0.0f, 1.0f, 0.5f, -0.5f, 2.0f, 1.5f, -1.0f}; // ids 0 and 1 are suppressed
    SamplerSettings settings;
    settings.temperature = temperature;
    const Candidates c = applyChain(logits.data(), logits.size(), settings);
    constexpr int kDraws = 100000;
    std::vector<int> counts(logits.size(), 0);
    SplitMix64 stream(2024);
    for (int i = 0; i < kDraws; ++i)
        ++counts[static_cast<std::size_t>(pickInverseCdf(c.probabilities, stream.uniform()))];
    QCOMPARE(counts[0] + counts[1], 0);
    // Expected from softmax(logits / T) over the six real tokens, computed here independently.
    double total = 0;
    for (std::size_t i = 2; i < logits.size(); ++i)
        total += std::exp(logits[i] / temperature);
    double chiSquare = 0;
    for (std::size_t i = 2; i < logits.size(); ++i) {
        const double expected = kDraws * std::exp(logits[i] / temperature) / total;
        chiSquare += (counts[i] - expected) * (counts[i] - expected) / expected;
    }
    // 5 degrees of freedom: 20.5 is the 0.999 quantile.
    QVERIFY2(chiSquare < 20.5, qPrintable(QStringLiteral("chi-square %1").arg(chiSquare)));
}

void TestSampler::entropyRisesWithTemperature()
{
    const Floats logits{0.0f, 0.0f, 3.0f, 1.0f, 0.5f, 2.0f, -1.0f};
    double previous = -1.0;
    for (double temperature : {0.0, 0.1, 0.2, 0.5, 0.7, 1.0, 1.5, 2.0, 5.0}) {
        SamplerSettings settings;
        settings.temperature = temperature;
        const double entropy = applyChain(logits.data(), logits.size(), settings).entropyBits;
        QVERIFY2(entropy > previous, qPrintable(QStringLiteral("T=%1: %2 <= %3").arg(temperature).arg(entropy).arg(previous)));
        previous = entropy;
    }
    QVERIFY(previous < std::log2(5.0) + 1e-9); // five real tokens: at most log2(5) bits
}

void TestSampler::topIdsAreOrderedByProbabilityThenId()
{
    QCOMPARE(topIds({0.1f, 0.4f, 0.2f, 0.4f, 0.3f}, 3), (std::vector<std::int32_t>{1, 3, 4}));
    QCOMPARE(topIds({0.5f, 0.5f}, 5), (std::vector<std::int32_t>{0, 1}));
    QCOMPARE(topIds({}, 3), std::vector<std::int32_t>{});
}

void TestSampler::applyChainOverTheChaptersVocabulary_data()
{
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("topP");
    QTest::newRow("T 0.7") << 0.7 << 1.0;
    QTest::newRow("T 1") << 1.0 << 1.0;
    QTest::newRow("T 0.7, top-p 0.9") << 0.7 << 0.9;
}

// A benchmark, not a test: one column's step of the sampler over 15,000 logits (a decode step runs five).
void TestSampler::applyChainOverTheChaptersVocabulary()
{
    QFETCH(double, temperature);
    QFETCH(double, topP);
    SplitMix64 random(5);
    Floats logits(15000);
    for (float& logit : logits)
        logit = static_cast<float>(4.0 * random.uniform() - 2.0);
    SamplerSettings settings;
    settings.temperature = temperature;
    settings.topP = topP;
    double entropy = 0.0;
    QBENCHMARK {
        entropy += applyChain(logits.data(), logits.size(), settings).entropyBits;
    }
    QVERIFY(entropy > 0.0);
}

QTEST_GUILESS_MAIN(TestSampler)
#include "tst_sampler.moc"
