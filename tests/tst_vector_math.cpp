// The sampler's vectorised passes against plain double-precision loops: the exponential over float's whole
// range (and below it, and at -infinity), maxima and sums of every length around the vector widths, NaNs passed
// over as std::max passes them; the exponential passes on each path the CPU runs, and AVX-512's terms against
// the portable code's, bit for bit; a block's summary for sampling, on each path, with -infinity among it.
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "vector_math.h"

using namespace textgen;

Q_DECLARE_METATYPE(ExpPath)

class TestVectorMath : public QObject {
    Q_OBJECT

private slots:
    void exponentialIsWithinTwoUlpOverFloatsRange();
    void exponentialIsZeroBelowFloatsRange();
    void maximumOfEveryLengthAroundTheVectorWidth();
    void maximumPassesOverNaN();
    void exponentialSumsEqualTheReferenceAndWriteTheTerms_data();
    void exponentialSumsEqualTheReferenceAndWriteTheTerms();
    void avx512TermsAreThePortableTermsBitForBit_data();
    void avx512TermsAreThePortableTermsBitForBit();
    void scalingReachesEveryValueAroundTheVectorWidth();
    void blockExponentialsEqualTheReference_data();
    void blockExponentialsEqualTheReference();
};

namespace {

// Each path, as a data row, for a table of lengths.
void addPathRows(const std::vector<int>& lengths)
{
    QTest::addColumn<ExpPath>("path");
    QTest::addColumn<int>("n");
    for (const auto& [name, path] : {std::pair{"portable", ExpPath::Portable}, std::pair{"avx512", ExpPath::Avx512}})
        for (const int n : lengths)
            QTest::addRow("%s/%d", name, n) << path << n;
}

} // namespace

void TestVectorMath::exponentialIsWithinTwoUlpOverFloatsRange()
{
    for (float x = -87.0f; x < 88.0f; x += 0.0137f) {
        const double expected = std::exp(static_cast<double>(x));
        const double got = fastExp(x);
        const double ulp = std::nextafter(static_cast<float>(expected), std::numeric_limits<float>::infinity())
            - static_cast<float>(expected);
        if (std::abs(got - expected) > 2.0 * ulp)
            QFAIL(qPrintable(QStringLiteral("exp(%1): %2, expected %3").arg(x).arg(got).arg(expected)));
    }
    QCOMPARE(fastExp(0.0f), 1.0f);
}

void TestVectorMath::exponentialIsZeroBelowFloatsRange()
{
    QCOMPARE(fastExp(-90.0f), 0.0f);
    QCOMPARE(fastExp(-1e30f), 0.0f);
    QCOMPARE(fastExp(-std::numeric_limits<float>::infinity()), 0.0f);
}

void TestVectorMath::maximumOfEveryLengthAroundTheVectorWidth()
{
    QCOMPARE(maxOf(nullptr, 0), -std::numeric_limits<float>::infinity());
    for (std::size_t n = 1; n <= 70; ++n)
        for (std::size_t at = 0; at < n; at += 7) {
            std::vector<float> values(n);
            for (std::size_t i = 0; i < n; ++i)
                values[i] = -static_cast<float>((i * 37) % 11) - 1.0f;
            values[at] = 3.5f; // the one maximum, in a lane, the tail or the first value
            QCOMPARE(maxOf(values.data(), n), 3.5f);
        }
}

void TestVectorMath::maximumPassesOverNaN()
{
    std::vector<float> values(33, -2.0f);
    values[5] = std::numeric_limits<float>::quiet_NaN();
    values[32] = std::numeric_limits<float>::quiet_NaN();
    values[20] = 1.25f;
    QCOMPARE(maxOf(values.data(), values.size()), 1.25f);
}

void TestVectorMath::exponentialSumsEqualTheReferenceAndWriteTheTerms_data()
{
    addPathRows({1, 15, 16, 17, 255, 15001});
}

void TestVectorMath::exponentialSumsEqualTheReferenceAndWriteTheTerms()
{
    QFETCH(ExpPath, path);
    QFETCH(int, n);
    if (!canRun(path))
        QSKIP("this CPU does not run AVX-512");
    std::vector<float> logits(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        logits[static_cast<std::size_t>(i)] = static_cast<float>((i * 7919) % 2000) / 100.0f - 10.0f;
    if (n > 3)
        logits[3] = -std::numeric_limits<float>::infinity(); // a suppressed token
    const float shift = maxOf(logits.data(), logits.size());
    double expected = 0.0;
    for (const float l : logits)
        expected += std::exp(static_cast<double>(l) - shift);
    std::vector<float> terms(logits.size(), -1.0f), softmaxTerms(logits.size(), -1.0f);
    QVERIFY(std::abs(sumOfExp(logits.data(), logits.size(), shift, nullptr, path) - expected) <= 1e-6 * expected);
    QVERIFY(std::abs(sumOfExp(logits.data(), logits.size(), shift, terms.data(), path) - expected) <= 1e-6 * expected);
    const ExponentialSums sums = exponentials(logits.data(), logits.size(), shift, softmaxTerms.data(), path);
    QVERIFY(std::abs(sums.sum - expected) <= 1e-6 * expected);
    for (std::size_t i = 0; i < logits.size(); ++i) {
        // The difference is a float, as the function's contract says; its exponential within 2 ulp.
        const double term = std::exp(static_cast<double>(logits[i] - shift));
        QVERIFY2(std::abs(terms[i] - term) <= 2.5e-7 * term, qPrintable(QString::number(i)));
        QCOMPARE(softmaxTerms[i], terms[i]);
    }
    // The softmax's entropy from the weighted sum, against -sum p log p: the -infinity adds 0, not a NaN.
    double weighted = 0.0, definition = 0.0;
    for (const float l : logits) {
        const double d = static_cast<double>(l) - shift, p = std::exp(d) / expected;
        weighted += std::isfinite(d) ? std::exp(d) * d : 0.0;
        definition -= p > 0.0 ? p * std::log(p) : 0.0;
    }
    QVERIFY2(std::abs(sums.weightedSum - weighted) <= 1e-6 * (1.0 + std::abs(weighted)),
             qPrintable(QString::number(sums.weightedSum - weighted)));
    QVERIFY(std::abs(std::log(sums.sum) - sums.weightedSum / sums.sum - definition) <= 1e-5);
    std::vector<float> finite(logits);
    for (float& l : finite)
        l = std::isfinite(l) ? l : 0.0f;
    double plain = 0.0;
    for (const float l : finite)
        plain += l;
    QVERIFY(std::abs(sumOf(finite.data(), finite.size()) - plain) <= 1e-9 * (1.0 + std::abs(plain)));
}

void TestVectorMath::avx512TermsAreThePortableTermsBitForBit_data()
{
    QTest::addColumn<int>("n");
    for (const int n : {0, 1, 15, 16, 17, 31, 33, 4099})
        QTest::addRow("%d", n) << n;
}

void TestVectorMath::avx512TermsAreThePortableTermsBitForBit()
{
    QFETCH(int, n);
    if (!canRun(ExpPath::Avx512))
        QSKIP("this CPU does not run AVX-512");
    constexpr float kInfinity = std::numeric_limits<float>::infinity();
    // Every exponent and sign, from the bit patterns (a prime stride over all of them), and the edges: below
    // the range (0), above it (clamped), the infinities and a NaN.
    const std::vector<float> edges = {-kInfinity, kInfinity, std::numeric_limits<float>::quiet_NaN(),
                                      -87.34f,    -87.33f,   88.37f,
                                      88.38f,     -1e-40f,   0.0f,
                                      -0.0f,      1.0f,      -103.0f};
    std::vector<float> x(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < x.size(); ++i) {
        const auto bits = static_cast<std::uint32_t>(i * 1048573u);
        std::memcpy(&x[i], &bits, sizeof bits);
        if (i % 5 == 0)
            x[i] = edges[(i / 5) % edges.size()];
    }
    const float shift = 0.5f;
    std::vector<float> portable(x.size() + 1, -1.0f), avx512(x.size() + 1, -1.0f), weightedTerms(x.size() + 1, -1.0f);
    sumOfExp(x.data(), x.size(), shift, portable.data(), ExpPath::Portable);
    sumOfExp(x.data(), x.size(), shift, avx512.data(), ExpPath::Avx512);
    exponentials(x.data(), x.size(), shift, weightedTerms.data(), ExpPath::Avx512);
    for (std::size_t i = 0; i < x.size(); ++i) {
        std::uint32_t expected, got, alsoGot;
        std::memcpy(&expected, &portable[i], sizeof expected);
        std::memcpy(&got, &avx512[i], sizeof got);
        std::memcpy(&alsoGot, &weightedTerms[i], sizeof alsoGot);
        QVERIFY2(got == expected && alsoGot == expected,
                 qPrintable(QStringLiteral("exp(%1 - %2): %3 (avx512), %4 (portable)")
                                .arg(static_cast<double>(x[i]))
                                .arg(static_cast<double>(shift))
                                .arg(static_cast<double>(avx512[i]))
                                .arg(static_cast<double>(portable[i]))));
    }
    QCOMPARE(avx512[x.size()], -1.0f); // the masked tail writes nothing past the end
    QCOMPARE(weightedTerms[x.size()], -1.0f);
}

void TestVectorMath::scalingReachesEveryValueAroundTheVectorWidth()
{
    for (std::size_t n = 0; n <= 70; ++n) {
        std::vector<float> values(n + 1);
        for (std::size_t i = 0; i <= n; ++i)
            values[i] = static_cast<float>(i) - 20.0f;
        scale(values.data(), n, -0.5f);
        for (std::size_t i = 0; i < n; ++i)
            QCOMPARE(values[i], (20.0f - static_cast<float>(i)) / 2.0f);
        QCOMPARE(values[n], static_cast<float>(n) - 20.0f); // one past the end is left alone
    }
}

void TestVectorMath::blockExponentialsEqualTheReference_data()
{
    addPathRows({0, 1, 15, 16, 17, 33, 63, 64});
}

void TestVectorMath::blockExponentialsEqualTheReference()
{
    QFETCH(ExpPath, path);
    QFETCH(int, n);
    if (!canRun(path))
        QSKIP("this CPU does not run AVX-512");
    const float minusInfinity = -std::numeric_limits<float>::infinity();
    std::vector<float> logits(64, 1e30f); // past n: never read
    for (int i = 0; i < n; ++i)
        logits[static_cast<std::size_t>(i)]
            = i % 11 == 5 ? minusInfinity : std::sin(0.37f * static_cast<float>(i)) * 6.0f;
    for (const float tau : {1.0f, static_cast<float>(1.0 / 0.7), 5.0f, 0.5f}) {
        const BlockExponentials block = blockExponentials(logits.data(), static_cast<std::size_t>(n), tau, path);
        double largest = minusInfinity, sum = 0.0, weighted = 0.0, atOne = 0.0;
        for (int i = 0; i < n; ++i)
            largest = std::max<double>(largest, logits[static_cast<std::size_t>(i)]);
        for (int i = 0; i < n && std::isfinite(largest); ++i) {
            const float l = logits[static_cast<std::size_t>(i)];
            if (l == minusInfinity)
                continue;
            const double d = static_cast<double>(l * tau) - static_cast<double>(static_cast<float>(largest) * tau);
            sum += std::exp(d);
            weighted += std::exp(d) * d;
            atOne += std::exp(static_cast<double>(l) - largest);
        }
        const QString where = QStringLiteral("tau %1").arg(tau);
        QVERIFY2(block.largest == static_cast<float>(largest), qPrintable(where));
        QVERIFY2(block.scaledLargest == block.largest * tau, qPrintable(where));
        QVERIFY2(std::abs(block.sum - sum) <= 1e-6 * sum, qPrintable(where));
        QVERIFY2(std::abs(block.weighted - weighted) <= 1e-5 * (1.0 + std::abs(weighted)), qPrintable(where));
        QVERIFY2(std::abs(block.sumAtOne - atOne) <= 1e-6 * atOne, qPrintable(where));
    }
}

QTEST_APPLESS_MAIN(TestVectorMath)
#include "tst_vector_math.moc"
