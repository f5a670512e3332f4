// tests/gpu/device_check.sh, the GPU machine's one call, in its CPU mode: it configures and builds the engine
// alone against Debian's LibTorch, runs the self-checks and the benchmarks, and writes a summary that says
// what ran. A step that fails is recorded, and fails the whole.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

const QString kScript = QStringLiteral(TEXTGEN_SOURCE_DIR "/tests/gpu/device_check.sh");

struct Outcome {
    int exitCode = -1;
    QString output;
    QJsonObject summary;
};

Outcome runScript(const QStringList& arguments, const QString& out)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(kScript, arguments + QStringList{QStringLiteral("--out"), out});
    if (!script.waitForFinished(-1))
        return {};
    Outcome outcome;
    outcome.exitCode = script.exitCode();
    outcome.output = QString::fromUtf8(script.readAll());
    QFile summary(out + QStringLiteral("/summary.json"));
    if (summary.open(QIODevice::ReadOnly))
        outcome.summary = QJsonDocument::fromJson(summary.readAll()).object();
    return outcome;
}

} // namespace

class TestDeviceCheck : public QObject {
    Q_OBJECT

private slots:
    void theStandardFollowsTheLibTorchVersion_data();
    void theStandardFollowsTheLibTorchVersion();
    void theCpuModeBuildsTheEngineAloneAndPassesEveryCheck();
    void aBuildThatCannotHappenIsRecordedAndFailsTheCheck();
};

void TestDeviceCheck::theStandardFollowsTheLibTorchVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("standard");
    QTest::newRow("Debian's") << "1.13.1"
                              << "17";
    QTest::newRow("the GPU machine's") << "2.11.0+cu130"
                                       << "17";
    QTest::newRow("the last C++17 one") << "2.12.1"
                                        << "17";
    QTest::newRow("C++20 from 2.13") << "2.13.0"
                                     << "20";
    QTest::newRow("a later minor") << "2.20.0+cu140"
                                   << "20";
    QTest::newRow("a later major") << "3.0.0"
                                   << "20";
}

void TestDeviceCheck::theStandardFollowsTheLibTorchVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, standard);
    QProcess script;
    script.start(kScript, {QStringLiteral("--standard-for"), version});
    QVERIFY(script.waitForFinished(-1));
    QCOMPARE(script.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(script.readAllStandardOutput()).trimmed(), standard);
}

void TestDeviceCheck::theCpuModeBuildsTheEngineAloneAndPassesEveryCheck()
{
    QTemporaryDir out;
    const QString build = QStringLiteral(TEXTGEN_BINARY_DIR "/device-check");
    const Outcome outcome = runScript(
        {QStringLiteral("--cpu"), QStringLiteral("--build-dir"), build, QStringLiteral("--jobs"), QStringLiteral("2")},
        out.path());
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.output.right(4000)));
    const QJsonObject& summary = outcome.summary;
    QCOMPARE(summary.value(QLatin1String("mode")).toString(), QStringLiteral("cpu"));
    QCOMPARE(summary.value(QLatin1String("cxx_standard")).toInt(), 17);
    const QString libtorch = summary.value(QLatin1String("libtorch")).toString(); // read from Debian's headers
    QVERIFY2(QRegularExpression(QStringLiteral("^1\\.\\d+\\.\\d+$")).match(libtorch).hasMatch(), qPrintable(libtorch));
    QVERIFY(summary.value(QLatin1String("built")).toBool());
    QVERIFY(summary.value(QLatin1String("passed")).toBool());
    QVERIFY(summary.value(QLatin1String("selfcheck_passed")).toBool());
    // The engine alone: no Qt was looked for, and no studio was built.
    QFile cache(build + QStringLiteral("/CMakeCache.txt"));
    QVERIFY(cache.open(QIODevice::ReadOnly));
    QVERIFY(cache.readAll().contains("TEXTGEN_ENGINE_ONLY:BOOL=ON"));
    QVERIFY(QFile::exists(build + QStringLiteral("/bin/textgen-engine")));
    QVERIFY(!QFile::exists(build + QStringLiteral("/bin/textgen-studio")));
    // Every check ran, and the ones that need CUDA said so instead of passing.
    const QJsonObject checks = summary.value(QLatin1String("checks")).toObject();
    const QStringList names{"loss_falls",
                            "resume_identical",
                            "decode_equals_recompute",
                            "sampling_reproducible",
                            "checkpoint_across_devices",
                            "oversized_batch",
                            "precision_tf32",
                            "precision_bf16"};
    QCOMPARE(checks.keys().size(), names.size());
    for (const QString& name : names)
        QVERIFY2(checks.contains(name), qPrintable(name));
    QCOMPARE(checks.value(QLatin1String("checkpoint_across_devices")).toString(), QStringLiteral("skip"));
    QCOMPARE(checks.value(QLatin1String("precision_tf32")).toString(), QStringLiteral("skip"));
    for (const QString& name : {QStringLiteral("loss_falls"), QStringLiteral("resume_identical"),
                                QStringLiteral("decode_equals_recompute"), QStringLiteral("precision_bf16")})
        QCOMPARE(checks.value(name).toString(), QStringLiteral("pass"));
    // The benchmarks measured something, and the chapter's run is projected from the step time.
    const QJsonObject train
        = summary.value(QLatin1String("chapter_run")).toObject().value(QLatin1String("train_fp32")).toObject();
    const double ms = train.value(QLatin1String("ms_per_step")).toDouble();
    QVERIFY(ms > 0.0);
    QCOMPARE(train.value(QLatin1String("epoch_s")).toDouble(), std::round(391 * ms / 100.0) / 10.0);
    QVERIFY(summary.value(QLatin1String("generate")).toObject().value(QLatin1String("cached_ms")).toDouble() > 0.0);
    QVERIFY(QFile::exists(out.path() + QStringLiteral("/device_check.log")));
}

void TestDeviceCheck::aBuildThatCannotHappenIsRecordedAndFailsTheCheck()
{
    QTemporaryDir out;
    QFile blocker(out.path() + QStringLiteral("/not-a-folder"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Outcome outcome = runScript(
        {QStringLiteral("--cpu"), QStringLiteral("--build-dir"), blocker.fileName() + QStringLiteral("/build")},
        out.path());
    QVERIFY(outcome.exitCode != 0);
    QVERIFY2(!outcome.summary.isEmpty(), qPrintable(outcome.output)); // the summary is written all the same
    QVERIFY(!outcome.summary.value(QLatin1String("built")).toBool());
    QVERIFY(!outcome.summary.value(QLatin1String("passed")).toBool());
    const QJsonArray steps = outcome.summary.value(QLatin1String("steps")).toArray();
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.first().toObject().value(QLatin1String("step")).toString(), QStringLiteral("configure"));
    QVERIFY(steps.first().toObject().value(QLatin1String("status")).toInt() != 0);
}

QTEST_GUILESS_MAIN(TestDeviceCheck)
#include "tst_device_check.moc"
