// The studio window, driven as a person drives it (offscreen): the empty state, a run created through the
// dialog and trained with the plot growing, pause/resume/stop, runs selected and overlaid, the prompt and the
// temperature slider regenerating the columns and reshaping the distribution, a click on a word and on a
// candidate bar (a branch), export parsed back, Korean menus, complete translations; and screenshots.
#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QTableWidget>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QSettings>
#include <QScopeGuard>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include <qcustomplot.h>

#include <cstdio>

#include "chain_editor.h"
#include "distribution_chart.h"
#include "elided_label.h"
#include "entropy_plot.h"
#include "pipeline_view.h"
#include "probability_river.h"
#include "sample_export.h"
#include "generation_panel.h"
#include "generator.h"
#include "loss_plot.h"
#include "new_run_dialog.h"
#include "run_fixtures.h"
#include "run_model.h"
#include "sample_grid.h"
#include "studio_translations.h"
#include "temperature_slider.h"
#include "attention_map.h"
#include "branch_tree.h"
#include "branch_tree_view.h"
#include "testdata.h"
#include "corpus.h"
#include "lm_dataset.h"
#include "training_session.h"
#include "training_processes.h"

using namespace textgen;

class TestStudio : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void withoutRunsTheWindowExplainsWhatToDo();
    void theDialogExplainsInvalidSizesInline();
    void theDialogEstimatesTheRunBeforeItStarts();
    void theDialogSaysWhatIsWrongInKorean();
    void aRunCreatedThroughTheDialogTrainsWithTheLossPlotGrowing();
    void theDialogOffersProcessesForACpuRunAndChecksTheBatchSplits();
    void aRunOfTwoProcessesGrowsLiveWithItsProcessesInTheStatusBar();
    void aRunAJobOutsideTheWindowTrainsIntoItsFolderGrowsLive();
    void aCheckpointThatArrivesWhileOneLoadsIsSampledNext();
    void selectedAndCheckedRunsShowTheirCurves();
    void theSliderRegeneratesColumnsAndReshapesTheDistribution();
    void barsReshapedByTheSliderAreTheBarsTheNewColumnsBring();
    void temperatureZeroShowsTheGreedyContinuation();
    void clickingAWordInspectsItAndClickingABarBranches();
    void exportedSamplesAreWhatTheColumnsShow();
    void theSamplerIsAsItWasLeftNextTime();
    void theBranchTreeKeepsEveryBranchAndTheKeyboardWorksIt();
    void theInspectedStepShowsItsEntropyCurveAndPipeline();
    void theInspectedWordShowsWhereTheModelLooked();
    void drawingAThousandTimesMarksTheBars();
    void theChainCanBeSetAndReorderedAndEveryExportRecordsIt();
    void everyCheckpointModeShowsTheModelLearningAndTheRiver();
    void koreanMenusAndCompleteTranslations();
    void problemsInTheWindowFollowTheLanguage();
    void helpAboutSaysWhatTheStudioComputesOn();
    void theWindowAndItsAboutBoxCarryTheApplicationIcon();
    void screenshotsInEnglishAndKoreanShowTheColumnsAndTheBars();
    void sliderToRedrawWithTheSeedPreset();

private:
    std::unique_ptr<MainWindow> openWindow(const QString& root);
    std::unique_ptr<MainWindow> openWindowSampling(const QString& root, const QString& run);
    void waitForColumns(MainWindow& window);
    // Fills the New run dialog as a person would: the test corpus, scanned; `name`; a small gpt of 1000 epochs.
    void fillSmallRun(NewRunDialog& dialog, const QString& name);

    QTemporaryDir dir_;
    QString corpus_;
    QString trainedRoot_;
    QString trainedRun_;
    StudioTranslations translations_;
};

void TestStudio::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    corpus_ = textgen::testing::writeMovieSentences(dir_.path());
    trainedRoot_ = dir_.filePath(QStringLiteral("trained"));
    trainedRun_ = trainedRoot_ + QStringLiteral("/movies");
    RunSettings settings = textgen::testing::tinyRunSettings(corpus_, Preset::Seed, 2);
    settings.name = QStringLiteral("movies");
    settings.epochSamples.prompt = QStringLiteral("the movie");
    settings.epochSamples.length = 12;
    TrainingSession::create(trainedRun_, settings, {})->train();
    translations_.install(QStringLiteral("en"));
}

void TestStudio::cleanup()
{
    translations_.install(QStringLiteral("en")); // a test that failed in Korean leaves none behind it
}

std::unique_ptr<MainWindow> TestStudio::openWindow(const QString& root)
{
    QSettings().clear(); // each test starts as a new user: what an earlier one left is not its business
    auto window = std::make_unique<MainWindow>(root);
    window->resize(1500, 950);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// A window on `root` with `run` selected, once its first columns are shown; nullptr (the test has failed) when
// the window or the columns never come.
std::unique_ptr<MainWindow> TestStudio::openWindowSampling(const QString& root, const QString& run)
{
    auto window = openWindow(root);
    if (!window)
        return nullptr;
    window->selectRun(run);
    waitForColumns(*window);
    return QTest::currentTestFailed() ? nullptr : std::move(window);
}

void TestStudio::waitForColumns(MainWindow& window)
{
    GenerationPanel* panel = window.generation();
    QTRY_VERIFY_WITH_TIMEOUT(panel->service().loaded() && panel->service().loaded()->runPath == window.currentRun()
                                 && panel->result() && !panel->grid()->columns().isEmpty(),
                             20000);
}

void TestStudio::fillSmallRun(NewRunDialog& dialog, const QString& name)
{
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isScanning(); }, 20000)); // the default corpus's scan
    dialog.corpusEdit()->selectAll();
    QTest::keyClicks(dialog.corpusEdit(), corpus_);
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        if (button->text() == QLatin1String("Scan"))
            QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return dialog.reportLabel()->text().contains(QLatin1String("documents:   300")); },
                            20000));
    dialog.nameEdit()->selectAll();
    QTest::keyClicks(dialog.nameEdit(), name);
    dialog.presetBox()->setCurrentIndex(1); // gpt, made small
    dialog.embedBox()->setValue(32);
    dialog.headsBox()->setValue(2);
    dialog.findChildren<QSpinBox*>().at(0)->setValue(1); // layers
    dialog.epochsBox()->setValue(1000);
}

void TestStudio::withoutRunsTheWindowExplainsWhatToDo()
{
    auto window = openWindow(dir_.filePath(QStringLiteral("empty")));
    QVERIFY(window);
    QCOMPARE(window->pages()->currentIndex(), 0);
    auto* quickStart = window->findChild<QPushButton*>(QStringLiteral("quickStart"));
    QVERIFY(quickStart && quickStart->isVisible());
    QVERIFY(quickStart->text().contains(QLatin1String("fortune corpus")));
    const RunSettings quick = NewRunDialog::quickStart(corpus_);
    QVERIFY(validateConfig(quick.model).empty());
    const MainWindow::Actions& actions = window->actions();
    for (QAction* each :
         {actions.newRun, actions.start, actions.pause, actions.stop, actions.exportSamples}) // theme icons, or ours
        QVERIFY2(!each->icon().isNull(), qPrintable(each->objectName()));
    QVERIFY(QFile::exists(QStringLiteral(":/icons/start.png")));
}

void TestStudio::theDialogExplainsInvalidSizesInline()
{
    NewRunDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.corpusEdit()->clear();
    QTest::keyClicks(dialog.corpusEdit(), corpus_);
    QPushButton* scan = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        if (button->text() == QLatin1String("Scan"))
            scan = button;
    QVERIFY(scan);
    QTest::mouseClick(scan, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.reportLabel()->text().contains(QLatin1String("documents:   300")), 20000);
    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(ok->isEnabled());
    dialog.presetBox()->setCurrentIndex(1); // gpt
    dialog.embedBox()->setValue(250);
    dialog.headsBox()->setValue(6);
    QCOMPARE(dialog.problemLabel()->text(), QStringLiteral("embedding 250 is not divisible by 6 heads"));
    QVERIFY(!ok->isEnabled());
    dialog.headsBox()->setValue(5);
    QVERIFY(dialog.problemLabel()->text().isEmpty());
    QVERIFY(ok->isEnabled());
    // The count and the time come from the model, built off the UI thread a moment after the last change.
    // GPT, C = 250, 4 blocks, ff 1024, vocabulary 15000, 100 positions, tied embeddings: wte 15000 C + wpe
    // 100 C; per block ln_1 2C, c_attn 3C^2 + 3C, c_proj C^2 + C, ln_2 2C, c_fc 1024 C + 1024, c_proj 1024 C + C;
    // ln_f 2C. That is 3,750,000 + 25,000 + 4 x 765,274 + 500.
    QTRY_COMPARE_WITH_TIMEOUT(dialog.parametersLabel()->text().remove(QLocale().groupSeparator()).toLongLong(),
                              6836596LL, 30000);
}

void TestStudio::theDialogEstimatesTheRunBeforeItStarts()
{
    NewRunDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning(), 20000);
    dialog.corpusEdit()->selectAll();
    QTest::keyClicks(dialog.corpusEdit(), corpus_);
    QSignalSpy scanned(&dialog, &NewRunDialog::scanned);
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        if (button->text() == QLatin1String("Scan"))
            QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(scanned.wait(20000));
    dialog.presetBox()->setCurrentIndex(1); // gpt, made small
    dialog.embedBox()->setValue(32);
    dialog.headsBox()->setValue(2);
    // Each of the 300 documents is 15 words long (14 targets), and one in ten is held out for validation (by a hash of
    // its text): 90% of them, each its own sequence of the first tokens, in batches of the preset's 32.
    const RunSettings settings = dialog.settings();
    std::size_t trainDocuments = 0;
    for (int i = 0; i < 300; ++i) {
        const std::string text
            = "the movie was good and the acting was great but the story was thin " + std::to_string(i);
        trainDocuments += isValidationDocument(text, settings.dataset.validationFraction) ? 0 : 1;
    }
    const auto steps
        = static_cast<qint64>((trainDocuments + settings.training.batchSize - 1) / settings.training.batchSize);
    const QString expected
        = QStringLiteral("%1 steps an epoch (%2 tokens)")
              .arg(QLocale().toString(steps), QLocale().toString(static_cast<qulonglong>(trainDocuments * 14)));
    QVERIFY2(dialog.estimateLabel()->text().startsWith(expected),
             qPrintable(dialog.estimateLabel()->text() + QStringLiteral(" / ") + expected));
    QSignalSpy estimated(&dialog, &NewRunDialog::estimated);
    QVERIFY(estimated.wait(60000));
    QVERIFY2(
        dialog.estimateLabel()->text().contains(QRegularExpression(QStringLiteral("≈ [0-9,]+ steps ≈ \\d+ (s|min|h)"))),
        qPrintable(dialog.estimateLabel()->text()));
    QVERIFY(dialog.estimateLabel()->text().contains(QLatin1String("on this CPU")));
    // More epochs: more steps and a longer time, at once, without measuring again.
    QTRY_VERIFY(!dialog.isProbing());
    const QString before = dialog.estimateLabel()->text();
    dialog.epochsBox()->setValue(dialog.epochsBox()->value() * 10);
    QTest::qWait(600); // longer than the probe's delay
    QVERIFY(!dialog.isProbing());
    QVERIFY(dialog.estimateLabel()->text().contains(
        QStringLiteral("≈ %1 steps").arg(QLocale().toString(steps * dialog.epochsBox()->value()))));
    QVERIFY(dialog.estimateLabel()->text() != before);
}

void TestStudio::theDialogSaysWhatIsWrongInKorean()
{
    QVERIFY(translations_.install(QStringLiteral("ko")));
    {
        NewRunDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning(), 20000);
        QSignalSpy scanned(&dialog, &NewRunDialog::scanned);
        dialog.setCorpus(dir_.filePath(QStringLiteral("no-such-corpus")));
        QVERIFY(scanned.wait(20000));
        const QString report = dialog.reportLabel()->text();
        QVERIFY2(report.contains(QStringLiteral("말뭉치")) && report.contains(QLatin1String("no-such-corpus")),
                 qPrintable(report));
        dialog.setCorpus(corpus_);
        QVERIFY(scanned.wait(20000));
        QVERIFY2(dialog.reportLabel()->text().contains(QStringLiteral("문서:   300개")),
                 qPrintable(dialog.reportLabel()->text()));
        dialog.presetBox()->setCurrentIndex(1); // gpt
        dialog.embedBox()->setValue(250);
        dialog.headsBox()->setValue(6);
        const QString problem = dialog.problemLabel()->text();
        QVERIFY2(problem.contains(QStringLiteral("250")) && problem.contains(QStringLiteral("6"))
                     && problem.contains(QStringLiteral("헤드")),
                 qPrintable(problem));
    }
    translations_.install(QStringLiteral("en"));
}

void TestStudio::aRunCreatedThroughTheDialogTrainsWithTheLossPlotGrowing()
{
    auto window = openWindow(dir_.filePath(QStringLiteral("fresh")));
    QVERIFY(window);
    // File > New run… opens the modal dialog; fill it in as a person would, then press "Create and train".
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<NewRunDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fillSmallRun(*dialog, QStringLiteral("live"));
        if (QTest::currentTestFailed())
            return;
        QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return ok->isEnabled(); }, 20000));
        filled = true;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    window->actions().newRun->trigger();
    QVERIFY(filled);
    QVERIFY(window->currentRun().endsWith(QLatin1String("/live")));
    TrainingController& controller = window->controller();
    QTRY_VERIFY_WITH_TIMEOUT(window->lossPlot()->trainingPointCount(window->currentRun()) > 5, 30000);
    QCOMPARE(window->pages()->currentIndex(), 1);
    const GenerationService& generating = window->generation()->service();
    QCOMPARE(generating.threads(), 1); // the CPU trains: generation keeps to one core meanwhile
    QSignalSpy paused(&controller, &TrainingController::pausedChanged);
    window->actions().pause->trigger();
    QVERIFY(paused.wait(10000));
    QCOMPARE(window->actions().pause->text(), QStringLiteral("&Resume"));
    QCOMPARE(generating.threads(), QThread::idealThreadCount()); // paused: every core again
    // Paused from inside the worker's wait, after its last step reached the plot: the plot holds that count
    // until the worker says it goes on, and then grows from the next step.
    QSignalSpy progress(&controller, &TrainingController::progress);
    const int held = window->lossPlot()->trainingPointCount(window->currentRun());
    window->actions().pause->trigger(); // resume
    QVERIFY(paused.wait(10000));
    QCOMPARE(paused.last().at(0).toBool(), false);
    QCOMPARE(progress.size(), 0);
    QCOMPARE(window->lossPlot()->trainingPointCount(window->currentRun()), held);
    QTRY_VERIFY_WITH_TIMEOUT(window->lossPlot()->trainingPointCount(window->currentRun()) > held + 3, 20000);
    QSignalSpy finished(&controller, &TrainingController::finished);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5, Qt::ShiftModifier); // Stop
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(!controller.isTraining());
    QTRY_COMPARE(window->library().run(window->currentRun())->state, RunState::Stopped);
    QCOMPARE(generating.threads(), QThread::idealThreadCount());
}

// Replaces what `box` holds with `text`, typed.
static void typeInto(QAbstractSpinBox* box, const QString& text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

void TestStudio::theDialogOffersProcessesForACpuRunAndChecksTheBatchSplits()
{
    if (QThread::idealThreadCount() < 2)
        QSKIP("one core: there is no second process to offer");
    NewRunDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.corpusEdit()->clear();
    QTest::keyClicks(dialog.corpusEdit(), corpus_);
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        if (button->text() == QLatin1String("Scan"))
            QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.reportLabel()->text().contains(QLatin1String("documents:   300")), 20000);
    dialog.deviceBox()->setCurrentIndex(dialog.deviceBox()->findData(QStringLiteral("cpu")));
    QSpinBox* processes = dialog.processesBox();
    QVERIFY(processes->isEnabled());
    QCOMPARE(processes->value(), 1);
    QCOMPARE(processes->maximum(), QThread::idealThreadCount()); // no more processes than cores
    QCOMPARE(dialog.settings().worldSize, 1);

    typeInto(processes, QStringLiteral("2"));
    QCOMPARE(processes->value(), 2);
    RunSettings two = dialog.settings();
    QCOMPARE(two.worldSize, 2);
    QCOMPARE(two.training.threads, QThread::idealThreadCount() / 2); // the cores shared out
    QVERIFY(dialog.estimateLabel()->text().contains(QLatin1String("as one process measures it")));

    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    typeInto(dialog.batchBox(), QStringLiteral("33"));
    QCOMPARE(dialog.problemLabel()->text(),
             QStringLiteral("A batch of 33 does not split evenly over 2 processes: choose a batch they divide."));
    QVERIFY(!ok->isEnabled());
    typeInto(dialog.batchBox(), QStringLiteral("32"));
    QVERIFY(dialog.problemLabel()->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 30000);

    for (int i = 0; i < dialog.deviceBox()->count(); ++i) // a GPU trains in one process
        if (dialog.deviceBox()->itemData(i).toString().startsWith(QLatin1String("cuda"))) {
            dialog.deviceBox()->setCurrentIndex(i);
            QVERIFY(!processes->isEnabled());
            QCOMPARE(dialog.settings().worldSize, 1);
        }
}

void TestStudio::aRunOfTwoProcessesGrowsLiveWithItsProcessesInTheStatusBar()
{
    if (QThread::idealThreadCount() < 2)
        QSKIP("one core: there is no second process to offer");
    auto window = openWindow(dir_.filePath(QStringLiteral("two-processes")));
    QVERIFY(window);
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<NewRunDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fillSmallRun(*dialog, QStringLiteral("pair"));
        if (QTest::currentTestFailed())
            return;
        typeInto(dialog->batchBox(), QStringLiteral("16"));
        dialog->deviceBox()->setCurrentIndex(dialog->deviceBox()->findData(QStringLiteral("cpu")));
        typeInto(dialog->processesBox(), QStringLiteral("2"));
        QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return ok->isEnabled(); }, 30000));
        filled = true;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    window->actions().newRun->trigger();
    QVERIFY(filled);
    // A job that fails says why in a message box: read it and close it, so that the test fails with the
    // reason instead of waiting on the box.
    QString failure;
    QTimer boxes;
    connect(&boxes, &QTimer::timeout, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            failure = box->text();
            box->close();
        }
    });
    boxes.start(100);
    const QString path = window->currentRun();
    QVERIFY(path.endsWith(QLatin1String("/pair")));
    TrainingProcesses& processes = window->trainingProcesses();
    QVERIFY(processes.isTraining());
    QCOMPARE(processes.processes(), 2);
    QVERIFY(!window->controller().isTraining()); // not the training thread: processes of their own
    QVERIFY(!window->actions().pause->isEnabled());
    QVERIFY(window->actions().stop->isEnabled());
    QCOMPARE(window->generation()->service().threads(), 1); // the CPU trains

    // The plot follows the run's folder as the processes write it.
    QTRY_VERIFY_WITH_TIMEOUT(window->lossPlot()->trainingPointCount(path) > 0 || !failure.isEmpty(), 60000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const int first = window->lossPlot()->trainingPointCount(path);
    QTRY_VERIFY_WITH_TIMEOUT(window->lossPlot()->trainingPointCount(path) > first, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window->deviceLabel()->text(), QStringLiteral("device: cpu · 2 processes"), 10000);
    QVERIFY(window->progressLabel()->text().startsWith(QLatin1String("epoch ")));
    QCOMPARE(window->library().run(path)->state, RunState::Running);
    QCOMPARE(window->library().run(path)->worldSize, 2);

    QSignalSpy finished(&processes, &TrainingProcesses::finished);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5, Qt::ShiftModifier); // Stop
    QVERIFY(finished.wait(60000));
    QTRY_COMPARE(window->library().run(path)->state, RunState::Stopped);
    QCOMPARE(window->generation()->service().threads(), QThread::idealThreadCount());
    QTRY_COMPARE(window->deviceLabel()->text(), // no processes train now
                 QStringLiteral("device: %1").arg(QString::fromStdString(resolveDevice("auto").str())));
    const qint64 stoppedAt = RunDirectory::open(path).settings().step;

    // Start again (F5): as it was trained, in two processes, from its checkpoint.
    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(processes.isTraining());
    QCOMPARE(processes.processes(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(window->lossPlot()->lastStep(path) > static_cast<double>(stoppedAt) || !failure.isEmpty(),
                             60000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTest::keyClick(window.get(), Qt::Key_F5, Qt::ShiftModifier);
    QVERIFY(finished.wait(60000));
}

void TestStudio::aRunAJobOutsideTheWindowTrainsIntoItsFolderGrowsLive()
{
    const QString root = dir_.filePath(QStringLiteral("cluster"));
    QVERIFY(QDir().mkpath(root));
    auto window = openWindow(root);
    QVERIFY(window);
    // A job the window knows nothing of, as a cluster's would be, writing into the folder the window watches.
    const QString path = root + QStringLiteral("/job");
    QProcess job;
    job.setProgram(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("textgen")));
    job.setArguments({QStringLiteral("train"),     QStringLiteral("--run"),    path,
                      QStringLiteral("--nproc"),   QStringLiteral("2"),        QStringLiteral("--preset"),
                      QStringLiteral("gpt"),       QStringLiteral("--layers"), QStringLiteral("1"),
                      QStringLiteral("--embed"),   QStringLiteral("32"),       QStringLiteral("--heads"),
                      QStringLiteral("2"),         QStringLiteral("--ff"),     QStringLiteral("64"),
                      QStringLiteral("--seq-len"), QStringLiteral("16"),       QStringLiteral("--batch"),
                      QStringLiteral("8"),         QStringLiteral("--epochs"), QStringLiteral("1000"),
                      QStringLiteral("--device"),  QStringLiteral("cpu"),      corpus_});
    job.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    job.setStandardOutputFile(QProcess::nullDevice());
    job.start();
    QVERIFY(job.waitForStarted());
    const auto endJob = qScopeGuard([&] {
        job.terminate();
        job.waitForFinished(60000);
    });

    // It appears in the list; a click shows it, and it grows.
    QTreeWidgetItem* item = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((item = [&]() -> QTreeWidgetItem* {
                                 for (int i = 0; i < window->runList()->topLevelItemCount(); ++i)
                                     if (window->runList()->topLevelItem(i)->data(0, Qt::UserRole).toString() == path)
                                         return window->runList()->topLevelItem(i);
                                 return nullptr;
                             }()) != nullptr,
                             60000);
    QTRY_COMPARE_WITH_TIMEOUT(window->library().run(path)->state, RunState::Running, 60000);
    const QRect row = window->runList()->visualItemRect(item);
    QTest::mouseClick(window->runList()->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(window->currentRun(), path);
    QTRY_VERIFY_WITH_TIMEOUT(window->lossPlot()->trainingPointCount(path) > 0, 60000);
    const int first = window->lossPlot()->trainingPointCount(path);
    QTRY_VERIFY_WITH_TIMEOUT(window->lossPlot()->trainingPointCount(path) > first, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window->deviceLabel()->text(), QStringLiteral("device: cpu · 2 processes"), 10000);
    QVERIFY(window->actions().start->isEnabled()); // nothing trains in this window; starting it is refused by its lock
}

void TestStudio::aCheckpointThatArrivesWhileOneLoadsIsSampledNext()
{
    // A copy of the trained run whose latest checkpoint is still its first epoch's.
    QTemporaryDir local;
    const QString run = local.filePath(QStringLiteral("growing"));
    QVERIFY(QDir().mkpath(run + QStringLiteral("/checkpoints")));
    for (const QString& name :
         {QStringLiteral("run.json"), QStringLiteral("vocab.txt"), QStringLiteral("metrics.csv"),
          QStringLiteral("checkpoints/epoch-0001.pt"), QStringLiteral("checkpoints/epoch-0002.pt")})
        QVERIFY(QFile::copy(trainedRun_ + QLatin1Char('/') + name, run + QLatin1Char('/') + name));
    const QString latest = RunDirectory::open(run).latestCheckpointPath();
    QVERIFY(QFile::copy(run + QStringLiteral("/checkpoints/epoch-0001.pt"), latest));

    auto window = openWindow(local.filePath(QStringLiteral("runs"))); // not among its runs: nothing loads yet
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    QSignalSpy loaded(&panel->service(), &GenerationService::loadedChanged);
    panel->setRun(run); // starts loading epoch 1
    // The second epoch ends before that load is in, as it does when a run's epochs take less than a load.
    // Replaced as the trainer replaces it, at once: the load under way reads the old file or the new one.
    QVERIFY(QFile::copy(run + QStringLiteral("/checkpoints/epoch-0002.pt"), latest + QStringLiteral(".new")));
    QCOMPARE(std::rename(qPrintable(latest + QStringLiteral(".new")), qPrintable(latest)), 0);
    panel->followLatestCheckpoint();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000); // loaded again once the first load was in
    QCOMPARE(panel->service().loaded()->epoch, 2);
    QTest::qWait(500);
    QCOMPARE(loaded.size(), 2); // and no more
}

void TestStudio::selectedAndCheckedRunsShowTheirCurves()
{
    const QString second = trainedRoot_ + QStringLiteral("/second");
    if (!QFileInfo::exists(second)) {
        RunSettings settings = textgen::testing::tinyRunSettings(corpus_, Preset::Lstm, 1);
        settings.name = QStringLiteral("second");
        settings.epochSamples.enabled = false;
        TrainingSession::create(second, settings, {})->train();
    }
    auto window = openWindow(trainedRoot_);
    QVERIFY(window);
    window->library().refresh();
    QTRY_COMPARE(window->runList()->topLevelItemCount(), 2);
    QTreeWidgetItem* movies = nullptr;
    QTreeWidgetItem* other = nullptr;
    for (int i = 0; i < 2; ++i)
        (window->runList()->topLevelItem(i)->text(0) == QLatin1String("movies") ? movies : other)
            = window->runList()->topLevelItem(i);
    QVERIFY(movies && other);
    const QRect rect = window->runList()->visualItemRect(other);
    QTest::mouseClick(window->runList()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center() + QPoint(30, 0));
    QCOMPARE(window->currentRun(), second);
    QCOMPARE(window->lossPlot()->runs(), QStringList{second});
    QTRY_VERIFY(window->lossPlot()->trainingPointCount(second) > 0); // read off the UI thread
    movies->setCheckState(0, Qt::Checked);                           // overlay the other run
    QCOMPARE(window->lossPlot()->runs().size(), 2);
    QTRY_VERIFY(window->lossPlot()->trainingPointCount(trainedRun_) > 0);
    QCOMPARE(window->lossPlot()->customPlot()->graphCount(), 6);
    movies->setCheckState(0, Qt::Unchecked);
    QCOMPARE(window->lossPlot()->runs().size(), 1);
}

void TestStudio::theSliderRegeneratesColumnsAndReshapesTheDistribution()
{
    auto window = openWindowSampling(trainedRoot_, trainedRun_);
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    panel->promptEdit()->clear();
    QTest::keyClicks(panel->promptEdit(), QStringLiteral("the acting"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->grid()->columns().size() == 5 && panel->result()
                                 && panel->result()->columns[0].tokens.size() == 50,
                             20000);
    QSignalSpy regenerated(panel, &GenerationPanel::regenerated);
    const QString before = panel->grid()->columnText(0);
    const QVector<double> barsBefore = [&] {
        QVector<double> bars;
        for (const CandidateBar& bar : panel->chart()->distribution().candidates)
            bars << bar.probability;
        return bars;
    }();
    QSlider* slider = panel->slider()->slider();
    slider->setFocus();
    const qint64 computedBefore = panel->service().computedRequests();
    for (int i = 0; i < 60; ++i)
        QTest::keyClick(slider, Qt::Key_Right); // drags column 1 from T = 0.2 up
    QVERIFY(panel->slider()->temperature() > 0.5);
    QTRY_VERIFY_WITH_TIMEOUT(!regenerated.isEmpty()
                                 && panel->result()->columns[0].sampler.temperature == panel->slider()->temperature(),
                             20000);
    // 60 requests were made in a burst; the service ran the one in flight and the last, not all of them.
    const qint64 computed = panel->service().computedRequests() - computedBefore;
    QVERIFY2(computed >= 1 && computed < 30,
             qPrintable(QStringLiteral("%1 of 60 requests computed: stale ones should be replaced").arg(computed)));
    QVERIFY(panel->grid()->columnText(0) != before);
    QVector<double> barsAfter;
    for (const CandidateBar& bar : panel->chart()->distribution().candidates)
        barsAfter << bar.probability;
    QVERIFY(barsAfter != barsBefore);
}

void TestStudio::barsReshapedByTheSliderAreTheBarsTheNewColumnsBring()
{
    auto window = openWindowSampling(trainedRoot_, trainedRun_);
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    // A prompt that repeats itself under a strong penalty: the first word's distribution depends on it.
    panel->promptEdit()->setText(QStringLiteral("the movie the movie the"));
    panel->penaltyBox()->setValue(3.0);
    QTRY_VERIFY_WITH_TIMEOUT(panel->result() && panel->result()->columns[0].sampler.repetitionPenalty == 3.0
                                 && panel->result()->promptIds.size() == 5,
                             20000);
    QCOMPARE(panel->grid()->inspectedStep(), 0);
    const auto bars = [&] {
        QVector<double> p;
        for (const CandidateBar& bar : panel->chart()->distribution().candidates)
            p << bar.probability;
        return p;
    };
    QSignalSpy regenerated(panel, &GenerationPanel::regenerated);
    panel->slider()->spinBox()->setValue(0.9); // the bars reshape at once, from the kept logits
    const QVector<double> reshaped = bars();
    QVERIFY(regenerated.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(panel->result()->columns[0].sampler.temperature == 0.9, 20000);
    // The first word's context is the prompt alone, so the generator's own bars at 0.9 are the same.
    const QVector<double> drawn = bars();
    // The top 20 by logit are the same words; a word drawn from beyond them adds a bar of its own.
    QVERIFY(reshaped.size() >= 20 && drawn.size() >= 20);
    for (int i = 0; i < 20; ++i)
        QVERIFY2(std::abs(reshaped[i] - drawn[i]) < 1e-5,
                 qPrintable(QStringLiteral("bar %1: %2 reshaped, %3 drawn").arg(i).arg(reshaped[i]).arg(drawn[i])));
}

void TestStudio::temperatureZeroShowsTheGreedyContinuation()
{
    auto window = openWindowSampling(trainedRoot_, trainedRun_);
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    panel->promptEdit()->setText(QStringLiteral("the movie"));
    panel->slider()->spinBox()->setValue(0.0);
    QTRY_VERIFY_WITH_TIMEOUT(panel->result() && panel->result()->columns[0].sampler.temperature == 0.0
                                 && QString::fromStdString(panel->result()->columns[0].text)
                                     == panel->grid()->columnText(0),
                             20000);
    const RunModel model = loadRunModel(RunDirectory::open(trainedRun_), QStringLiteral("latest"));
    GenerationRequest greedy;
    greedy.prompt = "the movie";
    greedy.length = 50;
    ColumnRequest column;
    column.sampler.temperature = 0.0;
    greedy.columns.push_back(column);
    QCOMPARE(panel->grid()->columnText(0),
             QString::fromStdString(Generator(model.model, *model.vocabulary).generate(greedy).columns[0].text));
}

void TestStudio::clickingAWordInspectsItAndClickingABarBranches()
{
    auto window = openWindowSampling(trainedRoot_, trainedRun_);
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    panel->slider()->spinBox()->setValue(1.0);
    QTRY_VERIFY_WITH_TIMEOUT(panel->result() && panel->result()->columns[0].sampler.temperature == 1.0, 20000);
    SampleGrid* grid = panel->grid();
    QTextBrowser* view = grid->columnView(2);
    // The word's place is read once the text is laid out at the column's width.
    QTRY_VERIFY(view->isVisible() && qRound(view->document()->textWidth()) == view->viewport()->width());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, grid->tokenPosition(2, 4));
    QCOMPARE(grid->inspectedColumn(), 2);
    QCOMPARE(grid->inspectedStep(), 4);
    QTRY_VERIFY(panel->chart()->distribution().title.contains(QLatin1String("column 3, word 5")));
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(grid->inspectedStep(), 5);

    // Branch: take a likely candidate that was not drawn (its bar is tall enough to click).
    const std::vector<std::int32_t> before = [&] {
        std::vector<std::int32_t> ids;
        for (const SampledToken& token : panel->result()->columns[2].tokens)
            ids.push_back(token.id);
        return ids;
    }();
    const StepDistribution& shown = panel->chart()->distribution();
    int candidate = 0;
    while (candidate == shown.sampled || shown.candidates[candidate].probabilityAtT1 < 0.02)
        ++candidate;
    const SampledToken& step = panel->result()->columns[2].tokens[5];
    const std::int32_t forcedId = step.top[static_cast<std::size_t>(candidate)].id;
    panel->chart()->customPlot()->replot();
    QSignalSpy clicked(panel->chart(), &DistributionChart::candidateClicked);
    QTest::mouseClick(panel->chart()->customPlot(), Qt::LeftButton, Qt::NoModifier,
                      panel->chart()->customPlot()->mapFrom(panel->chart(), panel->chart()->barCentre(candidate)));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), candidate);
    QTRY_VERIFY_WITH_TIMEOUT(panel->result()->columns[2].tokens[5].forced, 20000);
    const auto& branched = panel->result()->columns[2].tokens;
    QCOMPARE(branched[5].id, forcedId);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(branched[static_cast<std::size_t>(i)].id,
                 before[static_cast<std::size_t>(i)]); // the prefix is unchanged
    QVERIFY(grid->columns()[2].branched);
    QVERIFY(panel->undoBranchButton()->isEnabled());
    QTest::mouseClick(panel->undoBranchButton(), Qt::LeftButton); // the way back
    QTRY_VERIFY_WITH_TIMEOUT(!panel->result()->columns[2].tokens[5].forced, 20000);
}

void TestStudio::theBranchTreeKeepsEveryBranchAndTheKeyboardWorksIt()
{
    auto window = openWindowSampling(trainedRoot_, trainedRun_);
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    panel->slider()->spinBox()->setValue(1.0); // column 1 at T 1: candidates worth branching on
    QTRY_VERIFY_WITH_TIMEOUT(panel->result() && panel->result()->columns[0].sampler.temperature == 1.0, 20000);
    window->branchDock()->show();
    window->branchDock()->raise();
    SampleGrid* grid = panel->grid();
    QTextBrowser* view = grid->columnView(0);
    QTRY_VERIFY(view->isVisible() && qRound(view->document()->textWidth()) == view->viewport()->width());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, grid->tokenPosition(0, 3));
    QCOMPARE(grid->inspectedStep(), 3);
    const QString drawn = grid->columnText(0);
    const auto tokenAt = [&](int step) { return panel->result()->columns[0].tokens[static_cast<std::size_t>(step)]; };
    const SampledToken word4 = tokenAt(3);

    // The tree: the column as drawn, with the fourth word's other candidates under it.
    BranchTreeView* branches = panel->branchView();
    QTreeWidget* tree = branches->tree();
    QTRY_VERIFY(tree->topLevelItemCount() == 1 && tree->topLevelItem(0)->childCount() > 0);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("as drawn"));
    QCOMPARE(tree->topLevelItem(0)->text(3), drawn);
    // Down to the first candidate, Enter: a branch on it.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    const int firstIndex = word4.top[0].id == word4.id ? 1 : 0;
    QCOMPARE(tree->currentItem(), branches->candidateItem(firstIndex));
    QTest::keyClick(tree, Qt::Key_Return);
    const std::int32_t first = word4.top[static_cast<std::size_t>(firstIndex)].id;
    QTRY_VERIFY_WITH_TIMEOUT(tokenAt(3).forced && tokenAt(3).id == first && panel->shownTree()->nodes.size() == 2,
                             20000);
    QTRY_COMPARE(panel->shownTree()->shown().text, grid->columnText(0));
    const QString firstText = grid->columnText(0);
    // From the new branch, Down to its first candidate and Enter again: a branch of the branch.
    QTRY_VERIFY(branches->candidateItem(0) || branches->candidateItem(1));
    QTest::keyClick(tree, Qt::Key_Down);
    QVERIFY(tree->currentItem()->font(0).italic());
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(panel->shownTree()->nodes.size() == 3 && tokenAt(3).id != first, 20000);
    QTRY_COMPARE(panel->shownTree()->shown().text, grid->columnText(0));
    const BranchNode deepest = panel->shownTree()->shown();
    QCOMPARE(deepest.parent, 1);
    QCOMPARE(deepest.epoch, panel->service().loaded()->epoch); // what it was drawn with
    QCOMPARE(deepest.sampler.seed, std::uint64_t{42});
    QCOMPARE(deepest.sampler.temperature, 1.0);
    QCOMPARE(deepest.forced, (std::map<int, std::int32_t>{{3, tokenAt(3).id}}));

    // Up shows the branch above it, and Up again the column as drawn: every branch is kept.
    QTest::keyClick(tree, Qt::Key_Up);
    QTRY_VERIFY_WITH_TIMEOUT(grid->columnText(0) == firstText, 20000);
    QTest::keyClick(tree, Qt::Key_Up);
    QTRY_VERIFY_WITH_TIMEOUT(grid->columnText(0) == drawn && !tokenAt(3).forced, 20000);
    QCOMPARE(panel->shownTree()->nodes.size(), std::size_t{3});

    // Both exports read back to what the tree holds.
    const QString json = dir_.filePath(QStringLiteral("branches.json"));
    const QString text = dir_.filePath(QStringLiteral("branches.txt"));
    QString error;
    QVERIFY2(window->exportBranchesTo(json, &error), qPrintable(error));
    QVERIFY2(window->exportBranchesTo(text, &error), qPrintable(error));
    const BranchTree kept = *panel->shownTree();
    for (const QString& path : {json, text}) {
        const BranchForest read = readBranches(path);
        QCOMPARE(read.trees.size(), std::size_t{1});
        QVERIFY(read.trees.front() == kept);
        QCOMPARE(read.prompt, panel->promptEdit()->text());
    }

    // Two branches selected with Ctrl are compared, and stay selected while the column is drawn again.
    // The middle of a branch's label (the dock is narrow: the row's other columns may be out of view).
    const auto centre = [&](int id) {
        const QRect label = tree->visualItemRect(branches->branchItem(id)); // its first column's cell
        return QPoint(label.left() + 12, label.center().y());
    };
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, centre(1));
    QTRY_VERIFY_WITH_TIMEOUT(grid->columnText(0) == firstText, 20000);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier, centre(deepest.id));
    QTest::qWait(300); // a regeneration, if one were asked for, would rebuild the tree meanwhile
    QCOMPARE(tree->selectedItems().size(), 2);
    QCOMPARE(grid->columnText(0), firstText); // comparing does not change what the column shows
    QVERIFY2(branches->comparison()->toPlainText().contains(QStringLiteral("then part at word 4")),
             qPrintable(branches->comparison()->toPlainText()));

    // Delete on the first branch deletes the one made from it too; the column stays as drawn.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, centre(1));
    QTest::keyClick(tree, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(panel->shownTree()->nodes.size() == 1 && grid->columnText(0) == drawn, 20000);
    QCOMPARE(tree->topLevelItem(0)->childCount() > 0, true); // only candidates under it now
    QVERIFY(!branches->branchItem(1));

    // A damaged file, or one made on another run, is refused with its reason, and the tree stays as it is.
    const QString damaged = dir_.filePath(QStringLiteral("damaged.txt"));
    const QString elsewhere = dir_.filePath(QStringLiteral("elsewhere.json"));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(formatBranchesText(readBranches(text)).replace("      forced: ", "      forced: x"));
        BranchForest other = readBranches(json);
        other.runName = QStringLiteral("someone else's run");
        writeBranches(elsewhere, other);
    }
    QVERIFY(!window->openBranchesFrom(damaged, &error));
    QVERIFY2(error.startsWith(damaged + QStringLiteral(", line ")) && error.contains(QStringLiteral("found")),
             qPrintable(error));
    QVERIFY(!window->openBranchesFrom(elsewhere, &error));
    QCOMPARE(error, QStringLiteral("These branches were made on the run “someone else's run”: select it first."));
    QCOMPARE(panel->shownTree()->nodes.size(), std::size_t{1});

    // Opened again, the tree is back, and the column shows the branch the file says was shown.
    QVERIFY2(window->openBranchesFrom(json, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(panel->shownTree()->nodes.size() == 3 && grid->columnText(0) == drawn, 20000);
    tree->setCurrentItem(branches->branchItem(deepest.id));
    QTRY_VERIFY_WITH_TIMEOUT(grid->columnText(0) == deepest.text, 20000);
}

void TestStudio::theSamplerIsAsItWasLeftNextTime()
{
    QSettings().clear();
    QCOMPARE(MainWindow(trainedRoot_).generation()->chainOrder(), kDefaultChainOrder);          // nothing saved yet
    QSettings().setValue(QStringLiteral("sampler/chain"), QStringLiteral("temperature,top-k")); // not every step
    QCOMPARE(MainWindow(trainedRoot_).generation()->chainOrder(), kDefaultChainOrder);
    {
        auto window = openWindowSampling(trainedRoot_, trainedRun_);
        QVERIFY(window);
        GenerationPanel* panel = window->generation();
        panel->topKBox()->setValue(40);
        panel->minPBox()->setValue(0.05);
        panel->penaltyBox()->setValue(1.3);
        panel->windowBox()->setValue(32);
        panel->seedBox()->setValue(7);
        panel->setChainOrder({SamplerStepKind::MinP, SamplerStepKind::RepetitionPenalty, SamplerStepKind::Temperature,
                              SamplerStepKind::TopK, SamplerStepKind::TopP});
        window->close(); // as a person quits: the settings are written
    }
    auto again = std::make_unique<MainWindow>(trainedRoot_); // the same user, next time
    GenerationPanel* panel = again->generation();
    QCOMPARE(panel->topKBox()->value(), 40);
    QCOMPARE(panel->minPBox()->value(), 0.05);
    QCOMPARE(panel->penaltyBox()->value(), 1.3);
    QCOMPARE(panel->windowBox()->value(), 32);
    QCOMPARE(panel->seedBox()->value(), 7);
    QCOMPARE(panel->chainOrder().front(), SamplerStepKind::MinP);
    QCOMPARE(panel->chainEditor()->list()->item(0)->text(), QStringLiteral("1. min-p 0.05"));
}

void TestStudio::exportedSamplesAreWhatTheColumnsShow()
{
    auto window = openWindowSampling(trainedRoot_, trainedRun_);
    QVERIFY(window);
    const QString path = dir_.filePath(QStringLiteral("exported.txt"));
    QString error;
    QVERIFY2(window->exportSamplesTo(path, &error), qPrintable(error));
    const SampleSet set = readSampleSet(path);
    QCOMPARE(static_cast<int>(set.samples.size()), window->generation()->grid()->columns().size());
    for (std::size_t c = 0; c < set.samples.size(); ++c)
        QCOMPARE(set.samples[c].text, window->generation()->grid()->columnText(static_cast<int>(c)));
    QCOMPARE(set.prompt, window->generation()->promptEdit()->text());
    QCOMPARE(set.checkpointEpoch, qint64(2));
    QVERIFY(!window->exportSamplesTo(dir_.filePath(QStringLiteral("exported.txt/inside.txt")),
                                     &error)); // a file is no folder
    QVERIFY2(error.startsWith(QLatin1String("Cannot write")), qPrintable(error));
}

void TestStudio::theInspectedStepShowsItsEntropyCurveAndPipeline()
{
    auto window = openWindowSampling(trainedRoot_, trainedRun_);
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    QVERIFY(window->entropyDock()->isVisible() || window->pipelineDock()->isVisible());
    SampleGrid* grid = panel->grid();
    // Column 3 is T 0.7: click its fifth word, once the text is laid out; the slider then drives that column.
    QTextBrowser* view = grid->columnView(2);
    QTRY_VERIFY(view->isVisible() && qRound(view->document()->textWidth()) == view->viewport()->width());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, grid->tokenPosition(2, 4));
    QCOMPARE(grid->inspectedStep(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(panel->result() && panel->result()->columns[2].logits.size() == 50
                                 && panel->entropyPlot()->curve().title.contains(QLatin1String("column 3, word 5")),
                             20000);
    const EntropyCurve curve = panel->entropyPlot()->curve();
    QCOMPARE(curve.temperatures.size(), 101);
    QCOMPARE(curve.bits.front(), 0.0);
    QVERIFY(curve.bits.back() > curve.bits[50]); // T 2 flatter than T 1
    QCOMPARE(panel->entropyPlot()->markedTemperature(), 0.7);
    // The pipeline follows the word that was drawn from the model's raw distribution to the chain's end.
    const SampledToken& word = panel->result()->columns[2].tokens[4];
    const PipelineTable& pipeline = panel->pipelineView()->table();
    QCOMPARE(pipeline.chosen, QString::fromStdString(word.text));
    QCOMPARE(pipeline.rows.size(), 3); // the model, specials removed, temperature 0.7
    QCOMPARE(pipeline.rows[0].stage, QStringLiteral("the model (T = 1)"));
    QCOMPARE(pipeline.rows[2].stage, QStringLiteral("temperature 0.7"));
    QVERIFY(std::abs(pipeline.rows.last().chosenProbability - word.probability) < 1e-6);
    QVERIFY(pipeline.rows.last().chosenRank >= 1);

    // The slider moves the marker, not the curve.
    QSlider* slider = panel->slider()->slider();
    slider->setFocus();
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    QTRY_COMPARE(panel->entropyPlot()->markedTemperature(), panel->slider()->temperature());
    QVERIFY(panel->entropyPlot()->markedTemperature() > 0.7);
    QCOMPARE(panel->entropyPlot()->curve().bits, curve.bits);
    // A click on the curve sets the slider.
    window->entropyDock()->show();
    window->entropyDock()->raise();
    EntropyPlot* plot = panel->entropyPlot();
    QTRY_VERIFY(plot->isVisible() && plot->height() > 60);
    plot->customPlot()->replot();
    QTest::mouseClick(plot->customPlot(), Qt::LeftButton, Qt::NoModifier,
                      plot->customPlot()->mapFrom(plot, plot->positionOf(1.5, curve.bits[75] / 2)));
    QVERIFY2(std::abs(panel->slider()->temperature() - 1.5) < 0.03,
             qPrintable(QString::number(panel->slider()->temperature())));
}

void TestStudio::theInspectedWordShowsWhereTheModelLooked()
{
    auto window = openWindowSampling(trainedRoot_, trainedRun_);
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    panel->promptEdit()->setText(QStringLiteral("the movie")); // words the tiny vocabulary knows
    window->attentionDock()->show();
    window->attentionDock()->raise();
    SampleGrid* grid = panel->grid();
    QTextBrowser* view = grid->columnView(1);
    QTRY_VERIFY(view->isVisible() && qRound(view->document()->textWidth()) == view->viewport()->width());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, grid->tokenPosition(1, 3));
    AttentionMap* map = panel->attentionMap();
    QTRY_VERIFY_WITH_TIMEOUT(panel->result()->columns[1].attention.size() == 50
                                 && panel->result()->promptTokens.front() == "the"
                                 && map->heatmap().title.startsWith(QStringLiteral("column 2, word 4")),
                             20000);
    // The seed preset of one block: its self-attention and the chapter's second one, two heads each, over the
    // prompt's two words and the three drawn before the fourth.
    const AttentionHeatmap& shown = map->heatmap();
    QCOMPARE(shown.rows,
             (QStringList{QStringLiteral("block 1 · head 1"), QStringLiteral("block 1 · head 2"),
                          QStringLiteral("block 1 cross · head 1"), QStringLiteral("block 1 cross · head 2")}));
    QStringList context = panel->promptEdit()->text().split(QLatin1Char(' '));
    for (int i = 0; i < 3; ++i)
        context << QString::fromStdString(panel->result()->columns[1].tokens[static_cast<std::size_t>(i)].text);
    QCOMPARE(shown.words, context);
    for (int row = 0; row < shown.rows.size(); ++row) {
        double sum = 0.0;
        for (int word = 0; word < shown.words.size(); ++word)
            sum += shown.at(row, word);
        QVERIFY2(std::abs(sum - 1.0) < 1e-5, qPrintable(QString::number(sum)));
    }
    // A click on a cell reads it out; the arrows move along the words.
    map->customPlot()->replot();
    QTest::mouseClick(map->customPlot(), Qt::LeftButton, Qt::NoModifier,
                      map->customPlot()->mapFrom(map, map->cellCentre(2, 1)));
    QCOMPARE(map->selectedRow(), 2);
    QCOMPARE(map->selectedWord(), 1);
    QTest::keyClick(map, Qt::Key_Right);
    QCOMPARE(map->selectedWord(), 2);
    QVERIFY2(map->summary().contains(
                 QStringLiteral("block 1 cross · head 1 → “%1” %2").arg(shown.words[2]).arg(shown.at(2, 2), 0, 'f', 2)),
             qPrintable(map->summary()));
}

void TestStudio::drawingAThousandTimesMarksTheBars()
{
    auto window = openWindowSampling(trainedRoot_, trainedRun_);
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    SampleGrid* grid = panel->grid();
    // The word's place is read once the text is laid out at the column's width.
    QTextBrowser* view = grid->columnView(0);
    QTRY_VERIFY(view->isVisible() && qRound(view->document()->textWidth()) == view->viewport()->width());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, grid->tokenPosition(0, 3));
    QCOMPARE(grid->inspectedStep(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(panel->result() && panel->result()->columns[0].logits.size() == 50
                                 && panel->chart()->distribution().title.contains(QLatin1String("word 4")),
                             20000);
    QVERIFY(panel->chart()->distribution().observed.isEmpty());
    window->distributionDock()->raise();
    QTRY_VERIFY(panel->chart()->drawButton()->isVisible());
    QTest::mouseClick(panel->chart()->drawButton(), Qt::LeftButton);
    const StepDistribution& shown = panel->chart()->distribution();
    QCOMPARE(shown.observed.size(), shown.candidates.size());
    double drawn = 0.0;
    for (const double share : shown.observed)
        drawn += share;
    QVERIFY(drawn <= 1.0 + 1e-9);
    // At T 0.2 nearly every draw takes the most likely word, as the bars say.
    QVERIFY(std::abs(shown.observed[0] - shown.candidates[0].probability) < 0.05);
    QVERIFY2(shown.observedNote.startsWith(QStringLiteral("1000 draws: χ² ")), qPrintable(shown.observedNote));
    QVERIFY(panel->chart()->summary().contains(shown.observedNote));
    // The counts are the chain's own: recomputed here from the step's logits and context.
    const GeneratedColumn& column = panel->result()->columns[0];
    std::vector<std::int32_t> context = panel->result()->promptIds;
    for (int i = 0; i < 3; ++i)
        context.push_back(column.tokens[static_cast<std::size_t>(i)].id);
    const DrawCounts again = drawRepeatedly(column.logits[3].data(), column.logits[3].size(), column.sampler, context,
                                            1000, column.sampler.seed * 1000003u + 3u);
    QCOMPARE(shown.observed[0], again.countOf(column.tokens[3].top[0].id) / 1000.0);
    // Another word clears the marks.
    QTest::keyClick(grid, Qt::Key_Right);
    QTRY_VERIFY(panel->chart()->distribution().title.contains(QLatin1String("word 5")));
    QVERIFY(panel->chart()->distribution().observed.isEmpty());
}

void TestStudio::theChainCanBeSetAndReorderedAndEveryExportRecordsIt()
{
    auto window = openWindowSampling(trainedRoot_, trainedRun_);
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    window->samplerDock()->show();
    window->samplerDock()->raise();
    QTRY_VERIFY(panel->minPBox()->isVisible());
    // Typed as a person types: select the box's text, type, press Enter.
    QDoubleSpinBox* minP = panel->minPBox();
    minP->setFocus();
    minP->selectAll();
    QTest::keyClicks(minP, QStringLiteral("0.1"));
    QTest::keyClick(minP, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(panel->result() && panel->result()->columns[0].sampler.minP == 0.1, 20000);
    QTRY_VERIFY(panel->grid()->columnHeading(1)->text().startsWith(QStringLiteral("T 0.5 › min-p 0.1 · seed 42")));
    // Ctrl+Up four times takes min-p from the chain's end to its start.
    QListWidget* list = panel->chainEditor()->list();
    QCOMPARE(list->item(4)->text(), QStringLiteral("5. min-p 0.1"));
    list->setFocus();
    list->setCurrentRow(4);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->result() && panel->result()->columns[0].sampler.order.front() == SamplerStepKind::MinP, 20000);
    QTRY_VERIFY(panel->grid()->columnHeading(1)->text().startsWith(QStringLiteral("min-p 0.1 › T 0.5 · seed 42")));
    QCOMPARE(list->item(0)->text(), QStringLiteral("1. min-p 0.1"));

    // JSON Lines and Markdown hold what the columns show, and the chain they were drawn with.
    const QString jsonl = dir_.filePath(QStringLiteral("chain.jsonl"));
    const QString markdown = dir_.filePath(QStringLiteral("chain.md"));
    QString error;
    QVERIFY2(window->exportSamplesTo(jsonl, &error), qPrintable(error));
    QVERIFY2(window->exportSamplesTo(markdown, &error), qPrintable(error));
    QFile jsonlFile(jsonl), markdownFile(markdown);
    QVERIFY(jsonlFile.open(QIODevice::ReadOnly) && markdownFile.open(QIODevice::ReadOnly));
    const DetailedSampleSet lines = parseJsonLines(jsonlFile.readAll(), jsonl);
    const SampleSet table = parseMarkdown(markdownFile.readAll(), markdown);
    QCOMPARE(static_cast<int>(lines.set.samples.size()), panel->grid()->columns().size());
    QVERIFY(std::abs(table.date.msecsTo(lines.set.date)) < 5000); // each export is dated when it is written
    SampleSet sameDate = table;
    sameDate.date = lines.set.date;
    QVERIFY(sameDate == lines.set);
    for (std::size_t c = 0; c < lines.set.samples.size(); ++c) {
        QCOMPARE(lines.set.samples[c].text, panel->grid()->columnText(static_cast<int>(c)));
        QCOMPARE(lines.set.samples[c].sampler.minP, 0.1);
        QVERIFY(lines.set.samples[c].sampler.order.front() == SamplerStepKind::MinP);
        QCOMPARE(lines.tokens[c].size(), std::size_t{50});
        QCOMPARE(lines.tokens[c][7].text, panel->result()->columns[c].tokens[7].text);
        QCOMPARE(lines.tokens[c][7].probability, panel->result()->columns[c].tokens[7].probability);
    }
}

void TestStudio::everyCheckpointModeShowsTheModelLearningAndTheRiver()
{
    auto window = openWindowSampling(trainedRoot_, trainedRun_);
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    panel->promptEdit()->setText(QStringLiteral("the movie")); // words the tiny vocabulary knows
    QComboBox* mode = panel->modeBox();
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    QTest::keyClick(mode, Qt::Key_Down); // the chapter's temperatures, different seeds, every checkpoint
    QCOMPARE(panel->mode(), GenerationPanel::Mode::Checkpoints);
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->columnEpochs() == (std::vector<qint64>{1, 2}) && panel->grid()->columns().size() == 2, 30000);
    QTRY_VERIFY(window->riverDock()->isVisible());
    SampleGrid* grid = panel->grid();
    QVERIFY2(grid->columnHeading(0)->text().startsWith(QStringLiteral("epoch 1 · T ")),
             qPrintable(grid->columnHeading(0)->text()));
    QVERIFY(grid->columnHeading(1)->text().startsWith(QStringLiteral("epoch 2 · T ")));
    // The last epoch's column is what the latest checkpoint writes at the same temperature, seed and chain.
    const RunModel latest = loadRunModel(RunDirectory::open(trainedRun_), QStringLiteral("latest"));
    GenerationRequest same;
    same.prompt = panel->promptEdit()->text().toStdString();
    same.length = 50;
    same.columns = {ColumnRequest{panel->result()->columns[1].sampler, {}}};
    QCOMPARE(grid->columnText(1),
             QString::fromStdString(Generator(latest.model, *latest.vocabulary).generate(same).columns[0].text));
    // A word of the second column: the river shows its candidates at both checkpoints.
    QTextBrowser* view = grid->columnView(1);
    QTRY_VERIFY(view->isVisible() && qRound(view->document()->textWidth()) == view->viewport()->width());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, grid->tokenPosition(1, 2));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->riverView()->river().words.isEmpty(), 30000);
    const RiverChart& river = panel->riverView()->river();
    QCOMPARE(river.epochs, (QVector<double>{1, 2}));
    QCOMPARE(river.probabilities.front().size(), 2);
    QVERIFY(river.title.contains(panel->promptEdit()->text()));
    // The attention from the same context, by epoch: the selected column's checkpoint.
    AttentionMap* map = panel->attentionMap();
    // The prompt's two words and the column's two before the third.
    QTRY_VERIFY(map->heatmap().title.startsWith(QStringLiteral("epoch 2 · after "))
                && map->heatmap().words.size() == 4);
    const AttentionHeatmap second = map->heatmap();
    QTest::mouseClick(grid->columnView(0)->viewport(), Qt::LeftButton, Qt::NoModifier, grid->tokenPosition(0, 2));
    QStringList firstContext = panel->promptEdit()->text().split(QLatin1Char(' '));
    for (int i = 0; i < 2; ++i)
        firstContext << grid->columns()[0].tokens[i].text;
    QTRY_VERIFY_WITH_TIMEOUT(map->heatmap().title.startsWith(QStringLiteral("epoch 1 · after "))
                                 && map->heatmap().words == firstContext,
                             30000);
    QVERIFY(map->heatmap().weights != second.weights || map->heatmap().words != second.words);
    // Exported, each sample names its own checkpoint.
    const QString path = dir_.filePath(QStringLiteral("checkpoints.txt"));
    QString error;
    QVERIFY2(window->exportSamplesTo(path, &error), qPrintable(error));
    const SampleSet set = readSampleSet(path);
    QCOMPARE(set.samples.size(), std::size_t{2});
    QCOMPARE(set.samples[0].epoch, qint64(1));
    QCOMPARE(set.samples[1].epoch, qint64(2));
    QCOMPARE(set.samples[1].text, grid->columnText(1));
    // A chosen subset: the second epoch alone.
    QVERIFY(panel->epochsEdit()->isVisible());
    panel->epochsEdit()->setFocus();
    QTest::keyClicks(panel->epochsEdit(), QStringLiteral("2"));
    QTest::keyClick(panel->epochsEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(panel->columnEpochs() == std::vector<qint64>{2} && grid->columns().size() == 1, 30000);
    QTest::keyClicks(panel->epochsEdit(), QStringLiteral("7"));
    QTest::keyClick(panel->epochsEdit(), Qt::Key_Return); // "27": no such checkpoint, said in the status line
    QTRY_VERIFY(panel->statusLabel()->fullText().contains(QStringLiteral("“27”")));
    QCOMPARE(grid->columns().size(), 1);
    // Back to the chapter's temperatures: five columns of the loaded checkpoint again.
    panel->setMode(GenerationPanel::Mode::Temperatures);
    QTRY_VERIFY_WITH_TIMEOUT(grid->columns().size() == 5 && panel->columnEpochs().empty(), 20000);
    QVERIFY(panel->riverView()->river().words.isEmpty());
}

void TestStudio::koreanMenusAndCompleteTranslations()
{
    QVERIFY(translations_.install(QStringLiteral("ko")));
    {
        auto window = openWindow(trainedRoot_);
        QVERIFY(window);
        QStringList menus;
        for (QAction* action : window->menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("파일(&F)"), QStringLiteral("훈련(&R)"), QStringLiteral("보기(&V)"),
                              QStringLiteral("언어(&L)"), QStringLiteral("도움말(&H)")}));
        QCOMPARE(window->actions().exportSamples->text(), QStringLiteral("샘플 내보내기(&S)…"));
        QCOMPARE(window->generation()->slider()->spinBox()->accessibleName(), QStringLiteral("온도"));
    }
    translations_.install(QStringLiteral("en"));

    // Every tr() string of the GUI sources has a finished translation in both files.
    QTemporaryDir scratch;
    const QString fresh = scratch.filePath(QStringLiteral("fresh.ts"));
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
    arguments << QStringLiteral(TEXTGEN_GUI_SOURCES).split(QLatin1Char('|'));
    arguments << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(TEXTGEN_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);
    const auto messages = [](const QString& path) {
        QFile file(path);
        QDomDocument document;
        if (!file.open(QIODevice::ReadOnly) || !document.setContent(&file))
            return QMap<QString, QString>();
        QMap<QString, QString> found; // context|source|comment -> translation, "" when unfinished
        const QDomNodeList list = document.elementsByTagName(QStringLiteral("message"));
        for (int i = 0; i < list.size(); ++i) {
            const QDomElement message = list.at(i).toElement();
            const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
            const QString key = message.parentNode().firstChildElement(QStringLiteral("name")).text() + QLatin1Char('|')
                + message.firstChildElement(QStringLiteral("source")).text() + QLatin1Char('|')
                + message.firstChildElement(QStringLiteral("comment")).text();
            found.insert(key,
                         translation.attribute(QStringLiteral("type")) == QLatin1String("unfinished")
                             ? QString()
                             : translation.text());
        }
        return found;
    };
    const QMap<QString, QString> needed = messages(fresh);
    QVERIFY(needed.size() > 150);
    for (const char* language : {"en", "ko"}) {
        const QMap<QString, QString> have
            = messages(QStringLiteral(TEXTGEN_SOURCE_DIR "/translations/textgen_%1.ts").arg(QLatin1String(language)));
        for (auto it = needed.constBegin(); it != needed.constEnd(); ++it)
            QVERIFY2(
                !have.value(it.key()).isEmpty(),
                qPrintable(QStringLiteral("%1: missing or unfinished: %2").arg(QLatin1String(language), it.key())));
    }
}

void TestStudio::problemsInTheWindowFollowTheLanguage()
{
    // A damaged run in the list, and a prompt the model cannot start from: both explained in the window's
    // language, and again in the other one after a switch.
    const QString root = dir_.filePath(QStringLiteral("problems"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/broken")));
    QFile json(root + QStringLiteral("/broken/run.json"));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write("{ \"format\": 1, ");
    json.close();
    auto window = openWindow(root);
    QVERIFY(window);
    const auto brokenItem = [&]() -> QTreeWidgetItem* {
        const QList<QTreeWidgetItem*> found = window->runList()->findItems(QStringLiteral("broken"), Qt::MatchExactly);
        return found.isEmpty() ? nullptr : found.first();
    };
    QTRY_VERIFY(brokenItem());
    constexpr int kStatusColumn = 2;
    QVERIFY2(brokenItem()->toolTip(kStatusColumn).contains(QLatin1String("is not valid JSON")),
             qPrintable(brokenItem()->toolTip(kStatusColumn)));

    window->selectRun(trainedRun_);
    waitForColumns(*window);
    GenerationPanel* panel = window->generation();
    panel->promptEdit()->clear();
    QTest::keyClicks(panel->promptEdit(), QStringLiteral("?!"));
    QTRY_VERIFY2(panel->statusLabel()->fullText().contains(QLatin1String("has no words once punctuation is removed")),
                 qPrintable(panel->statusLabel()->fullText()));

    QVERIFY(translations_.install(QStringLiteral("ko")));
    QTRY_COMPARE(
        panel->statusLabel()->fullText(),
        QStringLiteral("프롬프트 \"?!\"에서 문장 부호를 빼면 단어가 남지 않습니다. 단어를 하나 이상 입력하세요."));
    QVERIFY(brokenItem());
    QVERIFY2(brokenItem()->toolTip(kStatusColumn).contains(QStringLiteral("올바른 JSON이 아닙니다")),
             qPrintable(brokenItem()->toolTip(kStatusColumn)));

    QVERIFY(translations_.install(QStringLiteral("en")));
    QTRY_VERIFY(panel->statusLabel()->fullText().startsWith(QLatin1String("The prompt \"?!\" has no words")));
    // A prompt it can start from clears the problem, in either language.
    QTest::keyClicks(panel->promptEdit(), QStringLiteral(" the movie"));
    QTRY_VERIFY(!panel->statusLabel()->fullText().contains(QLatin1String("no words")));
}

void TestStudio::helpAboutSaysWhatTheStudioComputesOn()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    QVERIFY(cpuinfo.open(QIODevice::ReadOnly));
    const QString modelName = QString::fromUtf8(cpuinfo.readAll())
                                  .section(QStringLiteral("model name"), 1)
                                  .section(QLatin1Char('\n'), 0, 0)
                                  .section(QLatin1Char(':'), 1)
                                  .trimmed();
    auto window = openWindow(dir_.filePath(QStringLiteral("empty")));
    QVERIFY(window);
    QVERIFY(translations_.install(QStringLiteral("ko")));
    QString shown;
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->text();
        box->accept();
    });
    QAction* about = window->findChild<QAction*>(QStringLiteral("about"));
    QVERIFY(about);
    about->trigger();
    QVERIFY2(!shown.isEmpty(), "no About box");
    QVERIFY2(shown.contains(QStringLiteral("논리 코어")), qPrintable(shown));
    if (!modelName.isEmpty())
        QVERIFY2(shown.contains(modelName.toHtmlEscaped()), qPrintable(shown));
    // The process started itself again on the core the CPU supports best (blas_core.h): the box names it.
    const QByteArray core = qgetenv("OPENBLAS_CORETYPE");
    if (!core.isEmpty())
        QVERIFY2(shown.contains(QStringLiteral("OpenBLAS, %1 커널").arg(QString::fromLatin1(core))), qPrintable(shown));
    // The device in the status bar says the same in its tooltip.
    const QList<QLabel*> labels = window->statusBar()->findChildren<QLabel*>();
    const auto tooltip = std::find_if(labels.begin(), labels.end(),
                                      [](QLabel* label) { return label->toolTip().contains(QLatin1String("BLAS")); });
    QVERIFY(tooltip != labels.end());
    QVERIFY2((*tooltip)->text().contains(QLatin1String("cpu")), qPrintable((*tooltip)->text()));
    translations_.install(QStringLiteral("en"));
}

void TestStudio::theWindowAndItsAboutBoxCarryTheApplicationIcon()
{
    auto window = openWindow(dir_.filePath(QStringLiteral("empty")));
    QVERIFY(window);
    // Every hicolor size the launcher has (resources/CMakeLists.txt), so no size is a scaled bitmap.
    const QList<QSize> sizes = window->windowIcon().availableSizes();
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    QImage icon = window->windowIcon().pixmap(QSize(48, 48)).toImage();
    QCOMPARE(icon.size(), QSize(48, 48));
    QCOMPARE(qAlpha(icon.pixel(24, 24)), 255);
    QPixmap shown;
    QTimer::singleShot(0, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->iconPixmap();
            box->accept();
        }
    });
    window->findChild<QAction*>(QStringLiteral("about"))->trigger();
    QVERIFY2(!shown.isNull(), "the About box shows no icon");
}

void TestStudio::screenshotsInEnglishAndKoreanShowTheColumnsAndTheBars()
{
    const QString folder = QStringLiteral(TEXTGEN_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(folder));
    for (const char* language : {"en", "ko"}) {
        translations_.install(QLatin1String(language));
        auto window = openWindowSampling(trainedRoot_, trainedRun_);
        QVERIFY(window);
        GenerationPanel* panel = window->generation();
        panel->promptEdit()->setText(QStringLiteral("the movie"));
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->result() && panel->grid()->columnText(0) == QString::fromStdString(panel->result()->columns[0].text)
                && panel->result()->columns[0].tokens.size() == 50,
            20000);
        panel->grid()->setInspected(0, 3);
        emit panel->grid()->inspectRequested(0, 3);
        QTRY_VERIFY(!panel->chart()->distribution().candidates.isEmpty());
        QTest::qWait(200); // the queued replot
        // The picture shows what the window shows: the columns' words and the chart's bars are drawn in it
        // (more than the few colours of an empty panel), and the file reads back as that picture.
        const QImage shot = window->grab().toImage();
        const qreal scale = shot.devicePixelRatio();
        for (QWidget* part :
             {static_cast<QWidget*>(panel->grid()->columnView(0)), static_cast<QWidget*>(panel->chart())}) {
            const QRect area(part->mapTo(window.get(), QPoint(0, 0)) * scale, part->size() * scale);
            const QImage region = shot.copy(area);
            QSet<QRgb> colours;
            for (int y = 0; y < region.height() && colours.size() < 8; y += 2)
                for (int x = 0; x < region.width() && colours.size() < 8; x += 2)
                    colours.insert(region.pixel(x, y));
            QVERIFY2(
                colours.size() >= 8,
                qPrintable(QStringLiteral("%1 looks empty in the screenshot").arg(part->metaObject()->className())));
        }
        const QString path = folder + QStringLiteral("/studio-%1.png").arg(QLatin1String(language));
        QVERIFY(shot.save(path));
        const QImage read(path);
        QCOMPARE(read.size(), shot.size());
        QCOMPARE(read.convertToFormat(QImage::Format_RGB32), shot.convertToFormat(QImage::Format_RGB32));
    }
    translations_.install(QStringLiteral("en"));
}

void TestStudio::sliderToRedrawWithTheSeedPreset()
{
    if (!QFileInfo::exists(QString::fromUtf8(kDefaultCorpusPath.data())))
        QSKIP("the fortune corpus is not installed (make deps installs it)");
    // The chapter's sizes (vocabulary 15000, 100 positions, 9.8M parameters), trained for one step: the cost
    // of generating does not depend on how well the model is trained.
    const QString root = dir_.filePath(QStringLiteral("bench"));
    const QString run = root + QStringLiteral("/seed");
    if (!QFileInfo::exists(run))
        TrainingSession::create(
            run,
            textgen::testing::oneStepSeedSettings(QStringLiteral("seed"), QString::fromUtf8(kDefaultCorpusPath.data())),
            {})
            ->train();
    translations_.install(QStringLiteral("en"));
    auto window = openWindowSampling(root, run);
    QVERIFY(window);
    GenerationPanel* panel = window->generation();
    QSlider* slider = panel->slider()->slider();
    int position = slider->value();
    // Waiting in an event loop that sleeps until the columns arrive, as the studio's does: polling
    // processEvents would spin the UI thread and take a core from the generating threads.
    QEventLoop untilRegenerated;
    connect(panel, &GenerationPanel::regenerated, &untilRegenerated, &QEventLoop::quit);
    QTimer watchdog; // a lost result fails the test instead of hanging it
    watchdog.setSingleShot(true);
    bool late = false;
    connect(&watchdog, &QTimer::timeout, &untilRegenerated, [&] {
        late = true;
        untilRegenerated.quit();
    });
    QBENCHMARK
    {
        position = position >= 900 ? 100 : position + 25;
        slider->setValue(position); // as a drag moves it
        const double wanted = panel->slider()->temperature();
        watchdog.start(60000);
        while (!late && !(panel->result() && panel->result()->columns[0].sampler.temperature == wanted))
            untilRegenerated.exec();
        QVERIFY2(!late, "no columns for the new temperature within a minute");
        panel->grid()->columnView(0)->viewport()->repaint(); // and drawn
        panel->chart()->customPlot()->replot(QCustomPlot::rpImmediateRefresh);
    }
}

QTEST_MAIN(TestStudio)
#include "tst_studio.moc"
