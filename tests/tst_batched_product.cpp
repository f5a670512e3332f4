// The attention's batched product against torch::matmul: values and both gradients, on the views attention
// passes (a head's keys transposed, heads split out of a row), with one and two leading dimensions; the
// shapes and types it does not take go to matmul itself.
#include <QTest>

#include "batched_product.h"

using namespace textgen;

namespace {

double largestDifference(const torch::Tensor& a, const torch::Tensor& b)
{
    return (a - b).abs().max().item<double>();
}

} // namespace

class TestBatchedProduct : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        torch::manual_seed(3);
        torch::set_num_threads(2); // the items split over threads, whose autograd mode is their own
    }
    void productAndGradientsEqualMatmul_data();
    void productAndGradientsEqualMatmul();
    void otherTypesAndShapesGoToMatmul();
};

void TestBatchedProduct::productAndGradientsEqualMatmul_data()
{
    QTest::addColumn<bool>("heads");      // 4-D (B, h, T, d) views split from (B, T, h d), or 3-D
    QTest::addColumn<bool>("transposed"); // b as a transposed view (K^T), or contiguous
    QTest::addColumn<int>("rows");
    QTest::addRow("queries by keys, heads split") << true << true << 7;
    QTest::addRow("weights by values, heads split") << true << false << 7;
    QTest::addRow("one row, heads split") << true << true << 1;
    QTest::addRow("3-d, transposed") << false << true << 5;
    QTest::addRow("3-d, contiguous") << false << false << 5;
}

void TestBatchedProduct::productAndGradientsEqualMatmul()
{
    QFETCH(bool, heads);
    QFETCH(bool, transposed);
    QFETCH(int, rows);
    const std::int64_t B = 3, h = 2, T = rows, d = 5, N = 6;
    const auto makeA = [&] {
        return heads ? torch::randn({B, T, h * d}).view({B, T, h, d}).transpose(1, 2) // (B, h, T, d), strided
                     : torch::randn({B * h, T, d});
    };
    const auto makeB = [&] {
        if (heads)
            return transposed ? torch::randn({B, N, h * d}).view({B, N, h, d}).transpose(1, 2).transpose(-2, -1)
                              : torch::randn({B, h, d, N});
        return transposed ? torch::randn({B * h, N, d}).transpose(-2, -1) : torch::randn({B * h, d, N});
    };
    const torch::Tensor a0 = makeA(), b0 = makeB();
    QVERIFY(!heads || rows == 1 || !a0.is_contiguous());
    const torch::Tensor a = a0.detach().requires_grad_(true), b = b0.detach().requires_grad_(true);
    const torch::Tensor ra = a0.detach().requires_grad_(true), rb = b0.detach().requires_grad_(true);
    const torch::Tensor got = batchedProduct(a, b);
    const torch::Tensor expected = torch::matmul(ra, rb);
    // Its own path, not matmul's: else this would compare matmul with itself.
    QVERIFY2(got.grad_fn()->name().find("BatchedProduct") != std::string::npos, got.grad_fn()->name().c_str());
    QCOMPARE(got.sizes(), expected.sizes());
    QVERIFY2(largestDifference(got, expected) < 1e-5, "the product differs");
    const torch::Tensor upstream = torch::randn(expected.sizes());
    (got * upstream).sum().backward();
    (expected * upstream).sum().backward();
    QVERIFY2(largestDifference(a.grad(), ra.grad()) < 1e-5, "the gradient of a differs");
    QVERIFY2(largestDifference(b.grad(), rb.grad()) < 1e-5, "the gradient of b differs");
}

void TestBatchedProduct::otherTypesAndShapesGoToMatmul()
{
    const torch::Tensor a = torch::randn({2, 3, 4}, torch::kDouble), b = torch::randn({2, 4, 5}, torch::kDouble);
    QVERIFY(largestDifference(batchedProduct(a, b), torch::matmul(a, b)) < 1e-12);
    const torch::Tensor ad = a.detach().requires_grad_(true);
    QVERIFY(batchedProduct(ad, b).grad_fn()->name().find("BatchedProduct") == std::string::npos);
    const torch::Tensor broadcast = torch::randn({4, 5}); // not the same leading dimensions: matmul broadcasts
    QCOMPARE(batchedProduct(a.to(torch::kFloat), broadcast).sizes(), torch::IntArrayRef({2, 3, 5}));
    const torch::Tensor bf16 = torch::randn({2, 3, 4}).to(torch::kBFloat16);
    QCOMPARE(batchedProduct(bf16, bf16.transpose(-2, -1)).scalar_type(), torch::kBFloat16);
}

QTEST_GUILESS_MAIN(TestBatchedProduct)
#include "tst_batched_product.moc"
