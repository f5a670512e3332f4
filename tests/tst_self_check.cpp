// The engine's self-checks, on the CPU: each one passes here, where the CPU's numbers are known to hold, or
// says why it cannot run; and the comparisons they rest on tell equal curves from different ones.
#include "torch_api.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

#include "self_check.h"
#include "trainer.h"

using namespace textgen;

Q_DECLARE_METATYPE(std::function<CheckResult(const std::string&)>)
Q_DECLARE_METATYPE(std::vector<double>)

class TestSelfCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { torch::set_num_threads(2); }
    void everyCheckPassesOnTheCpu_data();
    void everyCheckPassesOnTheCpu();
    void aCheckThatNeedsCudaSaysSo_data();
    void aCheckThatNeedsCudaSaysSo();
    void theLearnableSequencesFollowTheirRule();
    void curvesDifferByTheirLargestStep_data();
    void curvesDifferByTheirLargestStep();
    void theReportIsJsonNamingEveryCheck();

private:
    QTemporaryDir scratch_;
};

void TestSelfCheck::everyCheckPassesOnTheCpu_data()
{
    using Check = std::function<CheckResult(const std::string&)>;
    QTest::addColumn<Check>("check");
    QTest::addColumn<QString>("name");
    const std::string scratch = scratch_.path().toStdString();
    QTest::newRow("loss falls") << Check(checkLossFalls) << "loss_falls";
    QTest::newRow("resume") << Check([scratch](const std::string& d) { return checkResumeIdentical(d, scratch); })
                            << "resume_identical";
    QTest::newRow("decode") << Check(checkDecodeEqualsRecompute) << "decode_equals_recompute";
    QTest::newRow("sampling") << Check(checkSamplingReproducible) << "sampling_reproducible";
    QTest::newRow("oversized batch") << Check([scratch](const std::string& d) {
        return checkOversizedBatch(d, scratch);
    }) << "oversized_batch";
    QTest::newRow("bf16") << Check([](const std::string& d) { return checkPrecisionTracksFloat32(d, "bf16", 40); })
                          << "precision_bf16";
}

void TestSelfCheck::everyCheckPassesOnTheCpu()
{
    QFETCH(std::function<CheckResult(const std::string&)>, check);
    QFETCH(QString, name);
    const CheckResult result = check("cpu");
    QCOMPARE(QString::fromStdString(result.name), name);
    if (result.status == CheckStatus::Skipped) // the oversized batch, where the kernel overcommits memory
        QSKIP(result.detail.c_str());
    QVERIFY2(result.status == CheckStatus::Passed, result.detail.c_str());
    QVERIFY(!result.detail.empty()); // the numbers it compared
}

void TestSelfCheck::aCheckThatNeedsCudaSaysSo_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("across devices") << "checkpoint_across_devices";
    QTest::newRow("tf32") << "precision_tf32";
}

void TestSelfCheck::aCheckThatNeedsCudaSaysSo()
{
    QFETCH(QString, name);
    const std::string scratch = scratch_.path().toStdString();
    const CheckResult result = name == QLatin1String("precision_tf32") ? checkPrecisionTracksFloat32("cpu", "tf32", 5)
                                                                       : checkCheckpointAcrossDevices("cpu", scratch);
    QCOMPARE(QString::fromStdString(result.name), name);
    QCOMPARE(result.status, CheckStatus::Skipped);
    QVERIFY2(QString::fromStdString(result.detail).contains(QLatin1String("CUDA")), result.detail.c_str());
}

void TestSelfCheck::theLearnableSequencesFollowTheirRule()
{
    const ModelConfig config = selfCheckConfig();
    const LmDataset data = learnableDataset(config, 8, 3);
    QCOMPARE(data.train.size(), std::size_t(8));
    const std::int64_t words = config.vocabSize - 2;
    for (std::size_t s = 0; s < data.train.size(); ++s) {
        const std::int32_t* ids = data.train.sequence(s);
        for (std::int64_t i = 0; i + 1 < config.sequenceLength; ++i) {
            QVERIFY(ids[i] >= 2 && ids[i] < config.vocabSize);
            QCOMPARE(ids[i + 1], static_cast<std::int32_t>(2 + (7 * (ids[i] - 2) + 3) % words));
        }
    }
}

void TestSelfCheck::curvesDifferByTheirLargestStep_data()
{
    QTest::addColumn<std::vector<double>>("a");
    QTest::addColumn<std::vector<double>>("b");
    QTest::addColumn<double>("difference");
    QTest::newRow("equal") << std::vector<double>{4.0, 3.5, 3.0} << std::vector<double>{4.0, 3.5, 3.0} << 0.0;
    QTest::newRow("one step apart") << std::vector<double>{4.0, 3.5, 3.0} << std::vector<double>{4.0, 3.25, 3.125}
                                    << 0.25;
    QTest::newRow("either sign") << std::vector<double>{1.0} << std::vector<double>{1.5} << 0.5;
    QTest::newRow("a step missing") << std::vector<double>{4.0, 3.5} << std::vector<double>{4.0}
                                    << std::numeric_limits<double>::infinity();
}

void TestSelfCheck::curvesDifferByTheirLargestStep()
{
    QFETCH(std::vector<double>, a);
    QFETCH(std::vector<double>, b);
    QFETCH(double, difference);
    QCOMPARE(largestDifference(a, b), difference);
}

void TestSelfCheck::theReportIsJsonNamingEveryCheck()
{
    const std::vector<CheckResult> results{
        {"loss_falls", CheckStatus::Passed, "mean loss 4.1 -> 1.2", 1.25},
        {"checkpoint_across_devices", CheckStatus::Skipped, "needs a \"CUDA\" device", 0.0},
    };
    const std::string json = selfCheckJson("cpu", results);
    QVERIFY2(json.find("\"device\": \"cpu\"") != std::string::npos, json.c_str());
    QVERIFY2(json.find("\"passed\": true") != std::string::npos, json.c_str()); // a skip is not a failure
    QVERIFY2(json.find("{\"name\": \"loss_falls\", \"status\": \"pass\", \"detail\": \"mean loss 4.1 -> 1.2\", "
                       "\"seconds\": 1.25}")
                 != std::string::npos,
             json.c_str());
    QVERIFY2(json.find("\"detail\": \"needs a \\\"CUDA\\\" device\"") != std::string::npos, json.c_str());
    std::vector<CheckResult> failing = results;
    failing[0].status = CheckStatus::Failed;
    QVERIFY(selfCheckJson("cpu", failing).find("\"passed\": false") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestSelfCheck)
#include "tst_self_check.moc"
