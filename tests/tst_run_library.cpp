// The run library: listing with summaries, a damaged run among healthy ones, renaming, duplicating (and
// training the duplicate), deleting, a run that another process writes appearing and growing, and the lock
// that keeps two processes from training one run.
#include "run_library.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include "run_lock.h"
#include "run_fixtures.h"
#include "testdata.h"
#include "training_session.h"

using namespace textgen;

namespace {

RunSettings tinySettings(const QString& corpus)
{
    RunSettings s = textgen::testing::tinyRunSettings(corpus, Preset::Lstm, 1);
    s.epochSamples.enabled = false;
    return s;
}

} // namespace

class TestRunLibrary : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsRunsWithTheirSummaryAndDamagedOnesWithAReason();
    void renamingChangesTheDisplayNameOnly();
    void aDuplicateHasTheSameSettingsAndTrains();
    void deletingMovesTheRunToTheSystemTrash();
    void withoutATrashDeletingNeedsConfirmationAndKeepsTheRun();
    void aRunWrittenByAnotherProcessAppearsAndGrows();
    void aLockedRunCannotBeTrainedTwiceAndAStaleLockIsBroken();

private:
    QTemporaryDir dir_;
    QString corpus_;
    QString root_;
};

void TestRunLibrary::initTestCase()
{
    QVERIFY(QDir().mkpath(dir_.filePath(QStringLiteral("xdg"))));
    qputenv("XDG_DATA_HOME", dir_.filePath(QStringLiteral("xdg")).toUtf8()); // the trash lives here, not in $HOME
    std::string text;
    for (int i = 0; i < 100; ++i)
        text += "a quick brown fox jumps over the lazy dog " + std::to_string(i) + "\n%\n";
    textgen::testing::writeFile(dir_.path(), QStringLiteral("corpus/fortunes"), text);
    corpus_ = dir_.filePath(QStringLiteral("corpus"));
    root_ = dir_.filePath(QStringLiteral("runs"));
    for (const char* name : {"alpha", "beta"}) {
        RunSettings settings = tinySettings(corpus_);
        settings.name = QString::fromLatin1(name);
        TrainingSession::create(root_ + QLatin1Char('/') + QLatin1String(name), settings, {})->train();
    }
    textgen::testing::writeFile(root_, QStringLiteral("broken/run.json"), "{ this is not json");
    textgen::testing::writeFile(root_, QStringLiteral("broken/metrics.csv"), "step,epoch\n");
    QDir().mkpath(root_ + QStringLiteral("/not-a-run"));
}

void TestRunLibrary::listsRunsWithTheirSummaryAndDamagedOnesWithAReason()
{
    const RunLibrary library(root_);
    QCOMPARE(library.runs().size(), 3); // not-a-run is not listed
    const RunSummary alpha = *library.run(root_ + QStringLiteral("/alpha"));
    QCOMPARE(alpha.name, QStringLiteral("alpha"));
    QCOMPARE(alpha.preset, QStringLiteral("lstm"));
    QCOMPARE(alpha.state, RunState::Finished);
    QCOMPARE(alpha.corpus, corpus_);
    QCOMPARE(alpha.epochs, qint64(1));
    QVERIFY(alpha.steps > 0 && std::isfinite(alpha.bestValidationLoss));
    const RunSummary broken = *library.run(root_ + QStringLiteral("/broken"));
    QVERIFY(broken.damaged());
    QCOMPARE(broken.state, RunState::Damaged);
    QCOMPARE(broken.statusReason.code, Problem::Code::NotJson);
    QVERIFY2(broken.statusReason.english().contains(QLatin1String("is not valid JSON")),
             qPrintable(broken.statusReason.english()));
}

void TestRunLibrary::renamingChangesTheDisplayNameOnly()
{
    RunLibrary library(root_);
    QSignalSpy changed(&library, &RunLibrary::runsChanged);
    library.rename(root_ + QStringLiteral("/beta"), QStringLiteral("βeta, renamed"));
    QVERIFY(changed.size() >= 1);
    QCOMPARE(library.run(root_ + QStringLiteral("/beta"))->name, QStringLiteral("βeta, renamed"));
    QVERIFY(QDir(root_).exists(QStringLiteral("beta")));
    QCOMPARE(RunDirectory::open(root_ + QStringLiteral("/beta")).settings().status, RunStatus::Finished);
}

void TestRunLibrary::aDuplicateHasTheSameSettingsAndTrains()
{
    RunLibrary library(root_);
    const QString copy = library.duplicate(root_ + QStringLiteral("/alpha"), QStringLiteral("alpha again"));
    QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("alpha again"));
    const RunSettings original = RunDirectory::open(root_ + QStringLiteral("/alpha")).settings();
    const RunSettings settings = RunDirectory::open(copy).settings();
    QCOMPARE(settings.status, RunStatus::Created);
    QCOMPARE(settings.step, qint64(0));
    QCOMPARE(settings.model.embed, original.model.embed);
    QCOMPARE(settings.training.seed, original.training.seed);
    QCOMPARE(library.run(copy)->state, RunState::Created);
    TrainingSession::resume(copy, {}, {})->train(); // a duplicate is trained by resuming it: it starts from scratch
    const MetricsFile a = RunDirectory::readMetrics(root_ + QStringLiteral("/alpha/metrics.csv"));
    const MetricsFile b = RunDirectory::readMetrics(copy + QStringLiteral("/metrics.csv"));
    QCOMPARE(a.rows.size(), b.rows.size());
    QCOMPARE(a.rows.front().trainLoss, b.rows.front().trainLoss); // same settings, same seed, same curve
    QCOMPARE(library.duplicate(root_ + QStringLiteral("/alpha"), QStringLiteral("alpha again")),
             root_ + QStringLiteral("/alpha again-2"));
}

void TestRunLibrary::deletingMovesTheRunToTheSystemTrash()
{
    RunLibrary library(root_);
    const QString doomed = library.duplicate(root_ + QStringLiteral("/alpha"), QStringLiteral("doomed"));
    Problem error;
    if (!QFileInfo(dir_.filePath(QStringLiteral("xdg"))).isWritable()
        && !QDir().mkpath(dir_.filePath(QStringLiteral("xdg"))))
        QSKIP("no writable XDG data folder for a trash");
    QVERIFY2(library.remove(doomed, false, &error), qPrintable(error.english()));
    QVERIFY(!QFileInfo::exists(doomed));
    QVERIFY(QDir(dir_.filePath(QStringLiteral("xdg/Trash/files"))).exists(QStringLiteral("doomed")));
    QVERIFY(QFileInfo::exists(dir_.filePath(QStringLiteral("xdg/Trash/info/doomed.trashinfo")))); // restorable
    QVERIFY(!library.run(doomed));
}

void TestRunLibrary::withoutATrashDeletingNeedsConfirmationAndKeepsTheRun()
{
    RunLibrary library(root_);
    int asked = 0;
    library.setTrash([&](const QString&) {
        ++asked;
        return false;
    }); // a file system with no trash
    const QString kept = library.duplicate(root_ + QStringLiteral("/alpha"), QStringLiteral("kept"));
    Problem error;
    QVERIFY(!library.remove(kept, false, &error));
    QCOMPARE(asked, 1);
    QCOMPARE(error.code, Problem::Code::NoTrash);
    QVERIFY2(error.english().contains(QLatin1String("confirm to delete it for good")), qPrintable(error.english()));
    QVERIFY(QFileInfo::exists(kept + QStringLiteral("/run.json"))); // nothing lost before the confirmation
    QVERIFY(library.run(kept));
    QVERIFY(library.remove(kept, true, &error)); // confirmed
    QVERIFY(!QFileInfo::exists(kept));
    QVERIFY(!library.run(kept));
}

void TestRunLibrary::aRunWrittenByAnotherProcessAppearsAndGrows()
{
    RunLibrary library(root_);
    library.setPollInterval(200);
    QSignalSpy changed(&library, &RunLibrary::runsChanged);
    QSignalSpy updated(&library, &RunLibrary::runUpdated);
    const QString path = root_ + QStringLiteral("/from-outside");
    QProcess train;
    train.start(QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"),
                {QStringLiteral("train"),     corpus_,
                 QStringLiteral("--run"),     path,
                 QStringLiteral("--preset"),  QStringLiteral("lstm"),
                 QStringLiteral("--embed"),   QStringLiteral("16"),
                 QStringLiteral("--layers"),  QStringLiteral("1"),
                 QStringLiteral("--seq-len"), QStringLiteral("12"),
                 QStringLiteral("--batch"),   QStringLiteral("2"),
                 QStringLiteral("--epochs"),  QStringLiteral("60"),
                 QStringLiteral("--cut"),     QStringLiteral("stream"),
                 QStringLiteral("--device"),  QStringLiteral("cpu"),
                 QStringLiteral("--threads"), QStringLiteral("1")});
    QVERIFY(train.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(library.run(path).has_value(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(library.run(path)->steps > 0, 30000);
    const qint64 first = library.run(path)->steps;
    QTRY_VERIFY_WITH_TIMEOUT(library.run(path)->steps > first, 30000); // it grows while it trains
    QVERIFY(updated.contains(QList<QVariant>{path}));
    QVERIFY(train.waitForFinished(120000));
    QTRY_COMPARE_WITH_TIMEOUT(library.run(path)->state, RunState::Finished, 10000);
    QVERIFY(changed.size() >= 2);
}

void TestRunLibrary::aLockedRunCannotBeTrainedTwiceAndAStaleLockIsBroken()
{
    const QString path = root_ + QStringLiteral("/alpha");
    {
        const RunLock held(path);
        QVERIFY(RunLock::holder(path).has_value());
        try {
            TrainingSession::resume(path, {}, {});
            QFAIL("a locked run was trained twice");
        } catch (const RunError& error) {
            QCOMPARE(error.problem().code, Problem::Code::LockHeld);
            QCOMPARE(
                error.problem().values,
                (QStringList{path, QString::number(QCoreApplication::applicationPid()), QSysInfo::machineHostName()}));
            QVERIFY2(QString::fromUtf8(error.what()).contains(QLatin1String("is being trained by pid")), error.what());
        }
        QVERIFY_THROWS_EXCEPTION(RunError, RunLock{path});
        Problem why;
        QVERIFY(!RunLibrary(root_).remove(path, true, &why));
        QCOMPARE(why.code, Problem::Code::DeleteWhileTraining);
        QVERIFY(why.english().contains(QLatin1String("stop it before deleting it")));
    }
    QVERIFY(!RunLock::holder(path).has_value()); // released
    // A lock left by a process that is gone (SIGKILL) is stale: taking the lock breaks it.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForFinished());
    textgen::testing::writeFile(
        path, QStringLiteral("train.lock"),
        QStringLiteral("%1 %2\n").arg(gone.processId()).arg(QSysInfo::machineHostName()).toStdString());
    QVERIFY(!RunLock::holder(path).has_value());
    const RunLock taken(path);
    QVERIFY(RunLock::holder(path).has_value());
}

QTEST_GUILESS_MAIN(TestRunLibrary)
#include "tst_run_library.moc"
