// The sampler's vectorised passes against plain double-precision loops: the exponential over float's whole
// range (and below it, and at -infinity), maxima and sums of every length around the vector widths, NaNs passed
// over as std::max passes them.
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

#include "vector_math.h"

using namespace textgen;

class TestVectorMath : public QObject {
    Q_OBJECT

private slots:
    void exponentialIsWithinTwoUlpOverFloatsRange();
    void exponentialIsZeroBelowFloatsRange();
    void maximumOfEveryLengthAroundTheVectorWidth();
    void maximumPassesOverNaN();
    void exponentialSumsEqualTheReferenceAndWriteTheTerms_data();
    void exponentialSumsEqualTheReferenceAndWriteTheTerms();
    void scalingReachesEveryValueAroundTheVectorWidth();
};

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
    QTest::addColumn<int>("n");
    for (const int n : {1, 15, 16, 17, 255, 15001})
        QTest::addRow("%d", n) << n;
}

void TestVectorMath::exponentialSumsEqualTheReferenceAndWriteTheTerms()
{
    QFETCH(int, n);
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
    QVERIFY(std::abs(sumOfExp(logits.data(), logits.size(), shift) - expected) <= 1e-6 * expected);
    QVERIFY(std::abs(sumOfExp(logits.data(), logits.size(), shift, terms.data()) - expected) <= 1e-6 * expected);
    const ExponentialSums sums = exponentials(logits.data(), logits.size(), shift, softmaxTerms.data());
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

QTEST_APPLESS_MAIN(TestVectorMath)
#include "tst_vector_math.moc"
