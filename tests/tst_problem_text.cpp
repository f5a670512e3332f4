// The window's words for what went wrong: every code the core and the engine can hand over is worded in
// English and in Korean with all of its values, a system error a person meets is worded in their language,
// and a problem shown in the window follows a language switch.
#include "problem_text.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTest>

#include <cerrno>
#include <cstring>

#include "studio_translations.h"

using namespace textgen;

class TestProblemText : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void everyEngineFaultIsWordedInBothLanguagesWithItsValues();
    void everyCoreProblemIsWordedInBothLanguagesWithItsValues();
    void knownProblemsReadAsWritten_data();
    void knownProblemsReadAsWritten();
    void aFullDiskIsWordedInTheReadersLanguage();
    void aSystemErrorWithoutWordsKeepsTheSystemsOwn();
    void aMismatchedCheckpointNamesTheRunItBelongsTo();
    void aCorpusWithoutTextSaysWhyEachFileWasSkipped();
    void aProblemSurvivesRunJsonAndIsWordedAgain();

private:
    // Words `problem` in English and in Korean and checks both: not empty, no placeholder left, Hangul in the
    // Korean, and every value the English sentence of the core or the engine carries, in both.
    void checkWorded(const Problem& problem, const QList<int>& reworded = {});

    StudioTranslations translations_;
};

namespace {

const QStringList kValues{QStringLiteral("/data/runs/alpha"),
                          QStringLiteral("4711"),
                          QStringLiteral("4712"),
                          QStringLiteral("4713"),
                          QStringLiteral("4714"),
                          QStringLiteral("4715")};

bool hasHangul(const QString& text)
{
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    return hangul.match(text).hasMatch();
}

bool hasPlaceholder(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    return placeholder.match(text).hasMatch();
}

} // namespace

void TestProblemText::cleanup()
{
    translations_.install(QStringLiteral("en"));
}

void TestProblemText::checkWorded(const Problem& problem, const QList<int>& reworded)
{
    const QString english = problem.english(); // the core's or the engine's own sentence: which values it uses
    QVERIFY(translations_.install(QStringLiteral("en")));
    const QString shownInEnglish = ProblemText::of(problem);
    QVERIFY(translations_.install(QStringLiteral("ko")));
    const QString shownInKorean = ProblemText::of(problem);
    const QString name = QString::fromUtf8(problem.code == Problem::Code::Engine ? faultCodeName(problem.engine.code)
                                                                                 : Problem::codeName(problem.code));
    QVERIFY2(!shownInEnglish.isEmpty() && !hasPlaceholder(shownInEnglish),
             qPrintable(name + QStringLiteral(": ") + shownInEnglish));
    QVERIFY2(hasHangul(shownInKorean) && !hasPlaceholder(shownInKorean),
             qPrintable(name + QStringLiteral(": ") + shownInKorean));
    QVERIFY2(shownInKorean != shownInEnglish, qPrintable(name));
    for (int i = 0; i < problem.values.size(); ++i) {
        if (reworded.contains(i) || !english.contains(problem.values[i]))
            continue;
        QVERIFY2(shownInEnglish.contains(problem.values[i]),
                 qPrintable(QStringLiteral("%1 lost value %2: %3").arg(name).arg(i + 1).arg(shownInEnglish)));
        QVERIFY2(shownInKorean.contains(problem.values[i]),
                 qPrintable(QStringLiteral("%1 lost value %2: %3").arg(name).arg(i + 1).arg(shownInKorean)));
    }
}

void TestProblemText::everyEngineFaultIsWordedInBothLanguagesWithItsValues()
{
    for (int c = 1; c < kFaultCodeCount; ++c) {
        Fault fault{static_cast<FaultCode>(c), {}};
        for (const QString& value : kValues)
            fault.values.push_back(value.toStdString());
        QList<int> reworded;
        if (fault.code == FaultCode::CheckpointImpossibleModel) { // the window words the ConfigProblem itself
            fault.values = {"/data/runs/alpha/latest.ckpt", "embedding 0 must be at least 1",
                            std::to_string(static_cast<int>(ConfigProblem::Code::EmbeddingTooSmall)), "0", "0"};
            reworded = {1, 2, 3, 4};
        }
        checkWorded(Problem::engineFault(fault), reworded);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestProblemText::everyCoreProblemIsWordedInBothLanguagesWithItsValues()
{
    for (int c = 0; c < Problem::kCodeCount; ++c) {
        const auto code = static_cast<Problem::Code>(c);
        if (code == Problem::Code::None || code == Problem::Code::Engine)
            continue;
        Problem problem(code, kValues);
        QList<int> reworded;
        if (code == Problem::Code::ModelImpossible) {
            problem.values = {QStringLiteral("run.json"), QStringLiteral("embedding 0 must be at least 1"),
                              QString::number(static_cast<int>(ConfigProblem::Code::EmbeddingTooSmall)),
                              QStringLiteral("0"), QStringLiteral("0")};
            reworded = {1, 2, 3, 4};
        }
        if (code == Problem::Code::Unexpected) // its one value is a sentence the window cannot translate
            continue;
        checkWorded(problem, reworded);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestProblemText::knownProblemsReadAsWritten_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::newRow("NaN loss")
        << Problem::engineFault({FaultCode::LossNaN, {"412", "0.5"}})
        << "The loss became NaN at step 412 (learning rate 0.5): training stopped, and the last checkpoint is kept. "
           "Lower the learning rate and start again."
        << "스텝 412에서 손실이 NaN이 되었습니다(학습률 0.5). 훈련을 멈추고 마지막 체크포인트는 그대로 두었습니다. "
           "학습률을 낮춰 다시 시작하세요.";
    QTest::newRow("out of memory")
        << Problem::engineFault({FaultCode::OutOfMemory, {"cuda:0", "256", "128"}})
        << "The cuda:0 device ran out of memory at batch size 256. Use a smaller batch (128) or a smaller model."
        << "배치 크기 256에서 cuda:0 장치의 메모리가 부족합니다. 더 작은 배치(128)나 더 작은 모델을 쓰세요.";
    QTest::newRow("locked run")
        << Problem(Problem::Code::LockHeld,
                   {QStringLiteral("/runs/a"), QStringLiteral("1234"), QStringLiteral("lab-3")})
        << "/runs/a is being trained by process 1234 on lab-3: wait for it to finish, or stop it there."
        << "/runs/a은(는) lab-3의 프로세스 1234이(가) 훈련하고 있습니다. 끝나기를 기다리거나 그쪽에서 중지하세요.";
    QTest::newRow("empty prompt")
        << Problem::engineFault({FaultCode::PromptEmpty, {}})
        << "The prompt is empty: type at least one word. The chapter's model has no start token to begin from."
        << "프롬프트가 비었습니다. 단어를 하나 이상 입력하세요. 이 장의 모델에는 시작 토큰이 없습니다.";
    QTest::newRow("paused") << Problem(Problem::Code::StoppedAtStep, {QStringLiteral("90")}) << "stopped at step 90"
                            << "스텝 90에서 중지함";
}

void TestProblemText::knownProblemsReadAsWritten()
{
    QFETCH(Problem, problem);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    QCOMPARE(ProblemText::of(problem), english);
    QVERIFY(translations_.install(QStringLiteral("ko")));
    QCOMPARE(ProblemText::of(problem), korean);
}

void TestProblemText::aFullDiskIsWordedInTheReadersLanguage()
{
    const QString full = QString::fromLocal8Bit(std::strerror(ENOSPC));
    const Problem problem
        = Problem(Problem::Code::CannotWrite, {QStringLiteral("/runs/a/metrics.csv")}).withSystemError(full, ENOSPC);
    QCOMPARE(problem.systemError, ENOSPC);
    QCOMPARE(problem.english(), QStringLiteral("Cannot write /runs/a/metrics.csv: ") + full);
    QCOMPARE(ProblemText::of(problem),
             QStringLiteral("Cannot write /runs/a/metrics.csv: the disk is full; free some space and try again"));
    QVERIFY(translations_.install(QStringLiteral("ko")));
    QCOMPARE(
        ProblemText::of(problem),
        QStringLiteral(
            "/runs/a/metrics.csv 파일에 쓸 수 없습니다: 디스크에 남은 공간이 없습니다. 공간을 비운 뒤 다시 시도하세요"));
    // The engine's files say the same: its FileError carries errno.
    const Problem engine
        = Problem::engineFault({FaultCode::CannotWrite, {"/runs/a/checkpoints/epoch-0002.ckpt"}, ENOSPC});
    QVERIFY2(ProblemText::of(engine).contains(QStringLiteral("디스크에 남은 공간이 없습니다")),
             qPrintable(ProblemText::of(engine)));
}

void TestProblemText::aSystemErrorWithoutWordsKeepsTheSystemsOwn()
{
    // Qt said something other than strerror(errno): errno is not trusted, and Qt's words are shown.
    const Problem unrelated = Problem(Problem::Code::CannotRead, {QStringLiteral("/runs/a/run.json")})
                                  .withSystemError(QStringLiteral("Unknown error"), ENOSPC);
    QCOMPARE(unrelated.systemError, 0);
    QCOMPARE(ProblemText::of(unrelated), QStringLiteral("Cannot read /runs/a/run.json: Unknown error"));
    // An errno the window has no words for: the system's own.
    const Problem crossDevice = Problem::engineFault({FaultCode::CannotReplace, {"/runs/a/latest.ckpt"}, EXDEV});
    QCOMPARE(ProblemText::of(crossDevice),
             QStringLiteral("Cannot replace /runs/a/latest.ckpt: ") + QString::fromLocal8Bit(std::strerror(EXDEV)));
}

void TestProblemText::aMismatchedCheckpointNamesTheRunItBelongsTo()
{
    const Problem named = Problem::engineFault(
        {FaultCode::CheckpointOtherVocabulary, {"/runs/b/latest.ckpt", "20000", "15000", "/runs/a"}});
    QCOMPARE(
        ProblemText::of(named),
        QStringLiteral("/runs/b/latest.ckpt was written by a model with a vocabulary of 20000 tokens; this run has "
                       "15000. It belongs to the run /runs/a: open that run instead."));
    const Problem anonymous
        = Problem::engineFault({FaultCode::CheckpointOtherVocabulary, {"/runs/b/latest.ckpt", "20000", "15000", ""}});
    QCOMPARE(ProblemText::of(anonymous),
             QStringLiteral(
                 "/runs/b/latest.ckpt was written by a model with a vocabulary of 20000 tokens; this run has 15000."));
}

void TestProblemText::aCorpusWithoutTextSaysWhyEachFileWasSkipped()
{
    Fault fault{FaultCode::CorpusNoUsableText, {"/data/reviews", "2", "2"}};
    appendSkippedFile(fault, "/data/reviews/poster.txt", {FaultCode::SkippedBinary, {}});
    appendSkippedFile(fault, "/data/reviews/secret.txt", {FaultCode::SkippedCannotOpen, {}, EACCES});
    const Problem problem = Problem::engineFault(fault);
    QVERIFY2(problem.english().contains(QStringLiteral("/data/reviews/secret.txt: cannot open: ")
                                        + QString::fromLocal8Bit(std::strerror(EACCES))),
             qPrintable(problem.english()));
    QVERIFY(translations_.install(QStringLiteral("ko")));
    const QString korean = ProblemText::of(problem);
    QVERIFY2(korean.startsWith(
                 QStringLiteral("/data/reviews에 쓸 수 있는 텍스트가 없습니다. 파일 2개 중 2개를 건너뛰었습니다.\n"
                                "  /data/reviews/poster.txt: 텍스트가 아닌 바이너리 파일\n"
                                "  /data/reviews/secret.txt: 열 수 없음: 권한이 없습니다\n")),
             qPrintable(korean));
}

void TestProblemText::aProblemSurvivesRunJsonAndIsWordedAgain()
{
    const Problem failed = Problem::engineFault({FaultCode::OutOfMemory, {"cuda:0", "256", "128"}});
    const Problem read = Problem::fromJson(failed.toJson());
    QCOMPARE(read, failed);
    QVERIFY(translations_.install(QStringLiteral("ko")));
    QVERIFY(hasHangul(ProblemText::of(read)));
    const Problem locked(Problem::Code::LockHeld,
                         {QStringLiteral("/runs/a"), QStringLiteral("1234"), QStringLiteral("lab-3")});
    QCOMPARE(Problem::fromJson(locked.toJson()), locked);
    QJsonObject unknown;
    unknown[QStringLiteral("code")] = QStringLiteral("a-code-from-a-later-version");
    QVERIFY(Problem::fromJson(unknown).isNone()); // the run's English status_reason is used instead
}

QTEST_MAIN(TestProblemText)
#include "tst_problem_text.moc"
