// LibTorch must run on OpenBLAS: Debian's reference BLAS makes a training step about 25 times slower.
#include "torch_api.h"

#include <QTest>

#include "blas_core.h"
#include "blas_probe.h"

#include <cstdlib>

class TestBlas : public QObject {
    Q_OBJECT

private slots:
    void libTorchRunsOnOpenBlas();
    void openBlasPathsAreRecognised_data();
    void openBlasPathsAreRecognised();
    void theBlasLibTorchCallsIsTheMappedLibBlas_data();
    void theBlasLibTorchCallsIsTheMappedLibBlas();
    void theCoreInUseIsTheBestTheCpuSupports();
    void theCpuPicksTheCore_data();
    void theCpuPicksTheCore();
    void theProcessStartsAgainOnlyOnceAndOnlyToGainKernels_data();
    void theProcessStartsAgainOnlyOnceAndOnlyToGainKernels();
    void theChosenKernelsComputeWhatAPlainLoopComputes();
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
    // Only the OpenMP build is mapped: the pthread one, pulled in through any of the three alternatives,
    // would make its threads compete with LibTorch's (measured: training 1.5x, recomputation 6x as long).
    for (const std::string& file : textgen::mappedOpenBlasFiles())
        QVERIFY2(!textgen::isPthreadOpenBlas(file), file.c_str());
    QVERIFY2(textgen::blasWarning().empty(), textgen::blasWarning().c_str());
}

void TestBlas::openBlasPathsAreRecognised_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("openBlas");
    QTest::addColumn<bool>("pthread");
    QTest::newRow("openmp") << "/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3" << true << false;
    QTest::newRow("openmp core") << "/usr/lib/x86_64-linux-gnu/openblas-openmp/libopenblasp-r0.3.21.so" << true
                                 << false; // Debian's name
    QTest::newRow("pthread") << "/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3" << true << true;
    QTest::newRow("pthread core") << "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblasp-r0.3.21.so" << true
                                  << true;
    QTest::newRow("reference") << "/usr/lib/x86_64-linux-gnu/blas/libblas.so.3" << false << false;
    QTest::newRow("atlas") << "/usr/lib/x86_64-linux-gnu/atlas/libblas.so.3" << false << false;
}

void TestBlas::openBlasPathsAreRecognised()
{
    QFETCH(QString, path);
    QFETCH(bool, openBlas);
    QFETCH(bool, pthread);
    QCOMPARE(textgen::isOpenBlas(path.toStdString()), openBlas);
    QCOMPARE(textgen::isPthreadOpenBlas(path.toStdString()), pthread);
}

void TestBlas::theBlasLibTorchCallsIsTheMappedLibBlas_data()
{
    QTest::addColumn<QString>("mapped");
    QTest::addColumn<QString>("core");
    QTest::addColumn<bool>("openBlas");
    QTest::newRow("OpenBLAS") << "/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3"
                              << "Cooperlake" << true;
    // BLIS computes; the OpenBLAS that LAPACK came from answers with its core all the same.
    QTest::newRow("BLIS, OpenBLAS for LAPACK") << "/usr/lib/x86_64-linux-gnu/blis-openmp/libblas.so.3"
                                               << "Cooperlake" << false;
    QTest::newRow("reference") << "/usr/lib/x86_64-linux-gnu/blas/libblas.so.3"
                               << "" << false;
    QTest::newRow("OpenBLAS linked directly") << ""
                                              << "Haswell" << true;
    QTest::newRow("none found") << ""
                                << "" << false;
}

void TestBlas::theBlasLibTorchCallsIsTheMappedLibBlas()
{
    QFETCH(QString, mapped);
    QFETCH(QString, core);
    QFETCH(bool, openBlas);
    QCOMPARE(textgen::callsOpenBlas(mapped.toStdString(), core.toStdString()), openBlas);
}

void TestBlas::theCoreInUseIsTheBestTheCpuSupports()
{
    const std::string running = textgen::runningOpenBlasCore();
    if (running.empty())
        QSKIP("LibTorch does not run on OpenBLAS here: there is no core to choose");
    const char* guard = std::getenv(textgen::kBlasGuardVariable);
    if (std::getenv("OPENBLAS_CORETYPE") && !guard)
        QSKIP("OPENBLAS_CORETYPE was set before this process started: the person's choice is kept");
    const std::string best = textgen::bestOpenBlasCore(textgen::cpuFeatures());
    if (best.empty())
        QSKIP("this CPU has no AVX2: OpenBLAS's own detection is the best there is");
    QVERIFY2(textgen::openBlasCoreRank(running) >= textgen::openBlasCoreRank(best),
             qPrintable(QStringLiteral("OpenBLAS runs its %1 kernels on a CPU that can run %2")
                            .arg(QString::fromStdString(running), QString::fromStdString(best))));
}

void TestBlas::theCpuPicksTheCore_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("avx2");
    QTest::addColumn<bool>("avx512");
    QTest::addColumn<QString>("core");
    QTest::newRow("Sapphire Rapids") << "GenuineIntel" << 6 << true << true << "SkylakeX";
    QTest::newRow("an AVX2 Xeon") << "GenuineIntel" << 6 << true << false << "Haswell";
    QTest::newRow("EPYC, Zen 2") << "AuthenticAMD" << 0x17 << true << false << "Zen";
    QTest::newRow("EPYC, Zen 3") << "AuthenticAMD" << 0x19 << true << false << "Zen";
    QTest::newRow("EPYC, Zen 4 with AVX-512") << "AuthenticAMD" << 0x19 << true << true << "SkylakeX";
    QTest::newRow("no AVX2: leave OpenBLAS alone") << "GenuineIntel" << 6 << false << false << "";
}

void TestBlas::theCpuPicksTheCore()
{
    QFETCH(QString, vendor);
    QFETCH(int, family);
    QFETCH(bool, avx2);
    QFETCH(bool, avx512);
    QFETCH(QString, core);
    textgen::CpuFeatures cpu;
    cpu.vendor = vendor.toStdString();
    cpu.family = family;
    cpu.avx2 = cpu.fma = avx2;
    cpu.avx512f = cpu.avx512bw = cpu.avx512dq = cpu.avx512vl = avx512;
    QCOMPARE(QString::fromStdString(textgen::bestOpenBlasCore(cpu)), core);
}

void TestBlas::theProcessStartsAgainOnlyOnceAndOnlyToGainKernels_data()
{
    QTest::addColumn<QString>("running");
    QTest::addColumn<QString>("best");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("guard");
    QTest::addColumn<bool>("restart");
    QTest::newRow("Prescott on an AVX-512 CPU") << "Prescott"
                                                << "SkylakeX"
                                                << ""
                                                << "" << true;
    QTest::newRow("Haswell on an AVX-512 CPU") << "Haswell"
                                               << "SkylakeX"
                                               << ""
                                               << "" << true;
    QTest::newRow("lower-case names") << "prescott"
                                      << "Haswell"
                                      << ""
                                      << "" << true;
    QTest::newRow("already the best") << "SkylakeX"
                                      << "SkylakeX"
                                      << ""
                                      << "" << false;
    QTest::newRow("Zen is as good as Haswell") << "Haswell"
                                               << "Zen"
                                               << ""
                                               << "" << false;
    QTest::newRow("better than asked") << "SapphireRapids"
                                       << "SkylakeX"
                                       << ""
                                       << "" << false;
    QTest::newRow("the person chose a core") << "Prescott"
                                             << "SkylakeX"
                                             << "Prescott"
                                             << "" << false;
    QTest::newRow("started again already") << "Prescott"
                                           << "SkylakeX"
                                           << ""
                                           << "chosen" << false;
    QTest::newRow("went back after a wrong product") << "Prescott"
                                                     << "SkylakeX"
                                                     << ""
                                                     << "detected" << false;
    QTest::newRow("not OpenBLAS") << ""
                                  << "SkylakeX"
                                  << ""
                                  << "" << false;
    QTest::newRow("a core this table does not know") << "Loongson3R4"
                                                     << "SkylakeX"
                                                     << ""
                                                     << "" << false;
}

void TestBlas::theProcessStartsAgainOnlyOnceAndOnlyToGainKernels()
{
    QFETCH(QString, running);
    QFETCH(QString, best);
    QFETCH(QString, user);
    QFETCH(QString, guard);
    QFETCH(bool, restart);
    const textgen::CoreChoice choice = textgen::chooseOpenBlasCore(running.toStdString(), best.toStdString(),
                                                                   user.toStdString(), guard.toStdString());
    QCOMPARE(choice.restart, restart);
    if (restart)
        QCOMPARE(QString::fromStdString(choice.core), best);
}

void TestBlas::theChosenKernelsComputeWhatAPlainLoopComputes()
{
    std::string detail;
    QVERIFY2(textgen::sgemmMatchesReference(&detail), detail.c_str());
}

QTEST_GUILESS_MAIN(TestBlas)
#include "tst_blas.moc"
