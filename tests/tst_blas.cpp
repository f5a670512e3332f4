// LibTorch must run on OpenBLAS: Debian's reference BLAS makes a training step about 25 times slower.
#include "torch_api.h"

#include <QTest>

#include "blas_probe.h"

class TestBlas : public QObject {
    Q_OBJECT

private slots:
    void libTorchRunsOnOpenBlas();
    void openBlasPathsAreRecognised_data();
    void openBlasPathsAreRecognised();
};

void TestBlas::libTorchRunsOnOpenBlas()
{
    // A matrix product large enough to go through BLAS, so the library is surely loaded and used.
    const torch::Tensor a = torch::rand({128, 128});
    QVERIFY(torch::allclose(torch::mm(a, torch::eye(128)), a));
    const std::string blas = textgen::mappedBlasLibrary();
    if (blas.empty())
        QSKIP("this LibTorch maps no system BLAS (it brings its own, e.g. MKL)");
    QVERIFY2(textgen::isOpenBlas(blas),
             qPrintable(QStringLiteral("LibTorch runs on %1, not OpenBLAS: training would be ~25x slower.\n"
                                       "Install it: sudo apt-get install libopenblas0-openmp (or run `make deps`).")
                            .arg(QString::fromStdString(blas))));
    QVERIFY(textgen::blasWarning().empty());
}

void TestBlas::openBlasPathsAreRecognised_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("openBlas");
    QTest::newRow("openmp") << "/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3" << true;
    QTest::newRow("pthread") << "/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3" << true;
    QTest::newRow("reference") << "/usr/lib/x86_64-linux-gnu/blas/libblas.so.3" << false;
    QTest::newRow("atlas") << "/usr/lib/x86_64-linux-gnu/atlas/libblas.so.3" << false;
}

void TestBlas::openBlasPathsAreRecognised()
{
    QFETCH(QString, path);
    QFETCH(bool, openBlas);
    QCOMPARE(textgen::isOpenBlas(path.toStdString()), openBlas);
}

QTEST_GUILESS_MAIN(TestBlas)
#include "tst_blas.moc"
