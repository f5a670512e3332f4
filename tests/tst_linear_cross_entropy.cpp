// The blockwise output layer + loss against the plain cross_entropy(linear(...)): the same loss and the same
// gradients for x, the weights and the bias, whatever the block size, with or without a bias, scaled by
// whatever multiplies the loss afterwards; and without autograd, the same loss from the loss-only path.
#include "linear_cross_entropy.h"

#include <QTest>

using namespace textgen;

class TestLinearCrossEntropy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { torch::manual_seed(0); }
    void lossAndGradientsEqualThePlainComputation_data();
    void lossAndGradientsEqualThePlainComputation();
    void withoutAutogradOnlyTheLossIsComputed();
    void aTargetOutsideTheVocabularyIsRefused();
};

namespace {

double largestDifference(const torch::Tensor& a, const torch::Tensor& b)
{
    return (a - b).abs().max().item<double>();
}

} // namespace

void TestLinearCrossEntropy::lossAndGradientsEqualThePlainComputation_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("block");
    QTest::addColumn<bool>("bias");
    QTest::addColumn<int>("vocabulary");
    QTest::newRow("one block") << 40 << 512 << true << 300;
    QTest::newRow("blocks that divide the rows") << 64 << 16 << true << 300;
    QTest::newRow("a last block that is short") << 70 << 16 << true << 300;
    QTest::newRow("one row per block") << 5 << 1 << true << 300;
    QTest::newRow("a single row") << 1 << 512 << true << 300;
    QTest::newRow("no bias (tied embeddings)") << 70 << 16 << false << 300;
    QTest::newRow("more than the softmax piece") << 100 << 100 << true << 300;
    QTest::newRow("a vocabulary of the chapter's size, odd") << 33 << 16 << true << 15001;
    QTest::newRow("fewer words than a vector") << 9 << 4 << true << 7;
}

void TestLinearCrossEntropy::lossAndGradientsEqualThePlainComputation()
{
    QFETCH(int, rows);
    QFETCH(int, block);
    QFETCH(bool, bias);
    QFETCH(int, vocabulary);
    const std::int64_t channels = 24;
    const torch::Tensor x0 = torch::randn({rows, channels});
    const torch::Tensor w0 = torch::randn({vocabulary, channels}) * 0.3;
    const torch::Tensor b0 = bias ? torch::randn({vocabulary}) : torch::Tensor();
    const torch::Tensor targets = torch::randint(0, vocabulary, {rows}, torch::kLong);

    const auto leaf
        = [](const torch::Tensor& t) { return t.defined() ? t.clone().requires_grad_(true) : torch::Tensor(); };
    torch::Tensor x = leaf(x0), w = leaf(w0), b = leaf(b0);
    const torch::Tensor plain = torch::nn::functional::cross_entropy(torch::nn::functional::linear(x, w, b), targets);
    (plain * 3.0).backward(); // the gradient that reaches the loss is not always 1

    torch::Tensor fx = leaf(x0), fw = leaf(w0), fb = leaf(b0);
    const torch::Tensor fused = linearCrossEntropy(fx, fw, fb, targets, block);
    (fused * 3.0).backward();

    QVERIFY2(std::abs(fused.item<double>() - plain.item<double>()) < 1e-5,
             qPrintable(QStringLiteral("loss %1, plain %2").arg(fused.item<double>()).arg(plain.item<double>())));
    QVERIFY2(largestDifference(fx.grad(), x.grad()) < 1e-6, "the gradient of x differs");
    QVERIFY2(largestDifference(fw.grad(), w.grad()) < 1e-6, "the gradient of the weights differs");
    if (bias)
        QVERIFY2(largestDifference(fb.grad(), b.grad()) < 1e-6, "the gradient of the bias differs");
}

void TestLinearCrossEntropy::withoutAutogradOnlyTheLossIsComputed()
{
    const torch::Tensor x = torch::randn({50, 8}).requires_grad_(true);
    const torch::Tensor w = torch::randn({40, 8});
    const torch::Tensor targets = torch::randint(0, 40, {50}, torch::kLong);
    const double plain
        = torch::nn::functional::cross_entropy(torch::nn::functional::linear(x, w), targets).item<double>();
    torch::NoGradGuard noGrad;
    const torch::Tensor loss = linearCrossEntropy(x, w, {}, targets, 7);
    QVERIFY(!loss.requires_grad());
    QVERIFY(std::abs(loss.item<double>() - plain) < 1e-5);
}

void TestLinearCrossEntropy::aTargetOutsideTheVocabularyIsRefused()
{
    const torch::Tensor x = torch::randn({6, 8});
    const torch::Tensor w = torch::randn({40, 8});
    for (const std::int64_t wrong : {std::int64_t(40), std::int64_t(-1)}) {
        const torch::Tensor targets = torch::tensor(std::vector<std::int64_t>{1, 2, 3, wrong, 5, 6});
        try {
            linearCrossEntropy(x, w, {}, targets, 4);
            QFAIL("a target outside the vocabulary was taken");
        } catch (const c10::Error& error) {
            QVERIFY2(std::string(error.what()).find("outside the vocabulary of 40") != std::string::npos, error.what());
        }
    }
}

QTEST_GUILESS_MAIN(TestLinearCrossEntropy)
#include "tst_linear_cross_entropy.moc"
