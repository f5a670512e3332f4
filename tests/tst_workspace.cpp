// The workspace as a person uses it, on the real MainWindow with real input events (offscreen): the loss
// curve follows a run started from the empty state until a wheel zoom takes the view, and a double-click
// gives it back; the temperature slider, dragged with the mouse while a run trains, regenerates the columns
// before the release with headings that keep their width; at 1280x800 and 1920x1080 every column is readable
// and no label is clipped; switching to Korean while training keeps training and translates what is shown;
// validation markers lie at their step on the tokens axis; a new checkpoint reaches the columns.
#include "main_window.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QWheelEvent>

#include <qcustomplot.h>

#include <dlfcn.h>

#include "corpus.h"
#include "distribution_chart.h"
#include "generation_panel.h"
#include "loss_plot.h"
#include "run_fixtures.h"
#include "sample_grid.h"
#include "studio_translations.h"
#include "temperature_slider.h"
#include "testdata.h"
#include "training_session.h"

using namespace textgen;

namespace {

// Where the slider's handle is drawn, in the slider's coordinates: where a hand presses to drag it.
QRect handleOf(const QSlider* slider)
{
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = option.sliderValue = slider->value();
    return slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theCurveFollowsTheRunUntilAZoomTakesTheView();
    void draggingTheSliderWhileTrainingRegeneratesBeforeTheRelease();
    void everyColumnIsReadableAndNoLabelIsClipped_data();
    void everyColumnIsReadableAndNoLabelIsClipped();
    void switchingToKoreanWhileTrainingKeepsTrainingAndTranslatesTheWindow();
    void aValidationMarkerLiesAtItsStepOnTheTokensAxis();
    void aNewCheckpointRegeneratesTheColumnsWhileLatestIsSelected();
    void aDarkPaletteDrawsThePlotsAndTheTextFromThePalette();
    void dragWhileTheSeedPresetTrains(); // measures (prints) the column sets a second and the UI's lateness

private:
    std::unique_ptr<MainWindow> openWindow(const QString& root, QSize size = {1280, 800});
    // Starts a small run that trains for long (short epochs, many of them) in `window`.
    QString startLongRun(MainWindow& window, const QString& name);
    void waitForColumns(MainWindow& window, const QString& run);
    static double newestStep(MainWindow& window) { return window.lossPlot()->lastStep(window.controller().runPath()); }

    QTemporaryDir dir_;
    QString corpus_;
    QString trainedRoot_;
    QString trainedRun_;
    StudioTranslations translations_;
    std::unique_ptr<MainWindow> window_;
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QDir().mkpath(QStringLiteral(TEXTGEN_BINARY_DIR "/screenshots")));
    corpus_ = textgen::testing::writeMovieSentences(dir_.path());
    trainedRoot_ = dir_.filePath(QStringLiteral("trained"));
    trainedRun_ = trainedRoot_ + QStringLiteral("/movies");
    RunSettings settings = textgen::testing::tinyRunSettings(corpus_, Preset::Seed, 2);
    settings.name = QStringLiteral("movies");
    settings.epochSamples.enabled = false;
    TrainingSession::create(trainedRun_, settings, {})->train();
    translations_.install(QStringLiteral("en"));
}

void TestWorkspace::cleanup()
{
    if (window_ && window_->controller().isTraining()) {
        QSignalSpy finished(&window_->controller(), &TrainingController::trainingChanged);
        window_->controller().stop();
        QTRY_VERIFY_WITH_TIMEOUT(!window_->controller().isTraining(), 30000);
    }
    window_.reset();
    translations_.install(QStringLiteral("en"));
}

std::unique_ptr<MainWindow> TestWorkspace::openWindow(const QString& root, QSize size)
{
    QSettings().clear(); // a new user: the default layout
    auto window = std::make_unique<MainWindow>(root);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

QString TestWorkspace::startLongRun(MainWindow& window, const QString& name)
{
    RunSettings settings = textgen::testing::tinyRunSettings(corpus_, Preset::Gpt, 1000, 8);
    settings.name = name;
    settings.epochSamples.enabled = false;
    Problem refusal;
    if (!window.startNewRun(settings, &refusal))
        return refusal.english();
    return QString();
}

void TestWorkspace::waitForColumns(MainWindow& window, const QString& run)
{
    GenerationPanel* panel = window.generation();
    QTRY_VERIFY_WITH_TIMEOUT(panel->service().loaded() && panel->service().loaded()->runPath == run && panel->result()
                                 && !panel->grid()->columns().isEmpty(),
                             30000);
    // New columns are shown by a queued call and laid out by posted events: let both happen before anyone measures.
    SampleGrid* grid = panel->grid();
    const auto allShown = [grid] {
        for (int c = 0; c < grid->columns().size(); ++c)
            if (!grid->columnHeading(c)->isVisible())
                return false;
        return true;
    };
    QTRY_VERIFY(allShown());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

void TestWorkspace::theCurveFollowsTheRunUntilAZoomTakesTheView()
{
    if (!QFileInfo::exists(QString::fromUtf8(kDefaultCorpusPath.data())))
        QSKIP("the fortune corpus is not installed (make deps installs it)");
    window_ = openWindow(dir_.filePath(QStringLiteral("empty")));
    QVERIFY(window_);
    auto* quickStart = window_->findChild<QPushButton*>(QStringLiteral("quickStart"));
    QVERIFY(quickStart && quickStart->isVisible());
    QTest::mouseClick(quickStart, Qt::LeftButton);
    QVERIFY(window_->controller().isTraining());
    LossPlot* plot = window_->lossPlot();
    QCPAxis* x = plot->customPlot()->xAxis;
    QTRY_VERIFY_WITH_TIMEOUT(newestStep(*window_) >= 30, 120000);
    // No one has touched the plot: the newest step is in view.
    QTRY_VERIFY(x->range().contains(newestStep(*window_)) && x->range().upper >= newestStep(*window_));
    QVERIFY(x->range().upper - x->range().lower >= newestStep(*window_) - 2); // the whole run, not its first points
    QVERIFY(window_->followButton()->isChecked());

    // A wheel zoom takes the view: the plot stops following, and the newest step runs out of it.
    QCustomPlot* custom = plot->customPlot();
    const QPointF centre = custom->axisRect()->center();
    QWheelEvent wheel(centre, custom->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(custom, &wheel);
    QVERIFY(!plot->isFollowing());
    QVERIFY(!window_->followButton()->isChecked());
    const QCPRange zoomed = x->range();
    const double atZoom = newestStep(*window_);
    QTRY_VERIFY_WITH_TIMEOUT(newestStep(*window_) > atZoom + 10, 60000);
    QCOMPARE(x->range(), zoomed);
    QVERIFY(newestStep(*window_) > x->range().upper);

    // A double-click gives the view back.
    QTest::mouseDClick(custom, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QVERIFY(plot->isFollowing());
    QVERIFY(window_->followButton()->isChecked());
    const double atDoubleClick = newestStep(*window_);
    QTRY_VERIFY_WITH_TIMEOUT(newestStep(*window_) > atDoubleClick && x->range().contains(newestStep(*window_)), 60000);
}

void TestWorkspace::draggingTheSliderWhileTrainingRegeneratesBeforeTheRelease()
{
    window_ = openWindow(trainedRoot_);
    QVERIFY(window_);
    QVERIFY2(startLongRun(*window_, QStringLiteral("live")).isEmpty(), "the run did not start");
    QTRY_VERIFY_WITH_TIMEOUT(newestStep(*window_) > 5, 60000);
    window_->selectRun(trainedRun_); // sample the trained run while the other one trains
    waitForColumns(*window_, trainedRun_);
    GenerationPanel* panel = window_->generation();
    QCOMPARE(panel->slider()->temperature(), 0.2); // the first column, at the chapter's first temperature
    QVERIFY(panel->grid()->columnHeading(0)->text().startsWith(QLatin1String("T 0.2 ")));
    QVERIFY(panel->grid()->columnHeading(3)->text().startsWith(QLatin1String("T 1 ")));

    QSlider* slider = panel->slider()->slider();
    const QRect handle = handleOf(slider);
    QVERIFY(handle.isValid());
    QVector<int> widths;
    for (int c = 0; c < panel->grid()->columns().size(); ++c)
        widths << panel->grid()->columnHeading(c)->width();
    const QString before = panel->grid()->columnText(0);
    QSet<QString> seen;
    QTest::mousePress(slider, Qt::LeftButton, Qt::NoModifier, handle.center());
    QVERIFY(window_->controller().isYielding()); // training holds while the hand is on the slider
    const int span = slider->width() - handle.width();
    for (int move = 1; move <= 12; ++move) {
        QTest::mouseMove(slider, handle.center() + QPoint(move * span / 16, 0));
        QTest::qWait(200);
        const QString text = panel->grid()->columnText(0);
        if (text != before)
            seen.insert(text);
        for (int c = 0; c < widths.size(); ++c)
            QCOMPARE(panel->grid()->columnHeading(c)->width(), widths[c]); // nothing moves sideways
    }
    QVERIFY2(seen.size() >= 3, qPrintable(QStringLiteral("%1 different texts before the release").arg(seen.size())));
    QTest::mouseRelease(slider, Qt::LeftButton, Qt::NoModifier, handle.center() + QPoint(12 * span / 16, 0));
    QVERIFY(!window_->controller().isYielding());
    const double temperature = panel->slider()->temperature();
    QVERIFY(temperature > 0.5);
    QTRY_VERIFY_WITH_TIMEOUT(panel->result() && panel->result()->columns[0].sampler.temperature == temperature, 20000);
    QVERIFY2(
        panel->grid()->columnHeading(0)->text().startsWith(QStringLiteral("T %1 ").arg(temperatureText(temperature))),
        qPrintable(panel->grid()->columnHeading(0)->text()));
    const double released = newestStep(*window_);
    QTRY_VERIFY_WITH_TIMEOUT(newestStep(*window_) > released + 3, 30000); // and training goes on
}

void TestWorkspace::everyColumnIsReadableAndNoLabelIsClipped_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestWorkspace::everyColumnIsReadableAndNoLabelIsClipped()
{
    QFETCH(QSize, size);
    window_ = openWindow(trainedRoot_, size);
    QVERIFY(window_);
    window_->selectRun(trainedRun_);
    waitForColumns(*window_, trainedRun_);
    QTest::qWait(100);
    SampleGrid* grid = window_->generation()->grid();
    QCOMPARE(grid->columns().size(), 5);
    for (int c = 0; c < 5; ++c) {
        QTextBrowser* view = grid->columnView(c);
        const int characters = view->viewport()->width() / QFontMetrics(view->font()).averageCharWidth();
        QVERIFY2(characters >= SampleGrid::kMinimumCharacters,
                 qPrintable(QStringLiteral("column %1 holds %2 characters a line").arg(c).arg(characters)));
        QVERIFY(!view->horizontalScrollBar()->isVisible());
    }
    // At these sizes all five fit side by side: no sideways scrolling at all.
    QVERIFY(!grid->scrollArea()->horizontalScrollBar()->isVisible());
    // The text gets most of the generation area: more than the distribution's dock, more than the loss plot.
    const DistributionChart* chart = window_->generation()->chart();
    QVERIFY2(grid->width() * grid->height() > 1.5 * chart->width() * chart->height(),
             qPrintable(QStringLiteral("text %1x%2, distribution %3x%4")
                            .arg(grid->width())
                            .arg(grid->height())
                            .arg(chart->width())
                            .arg(chart->height())));
    QVERIFY(grid->width() * grid->height() > window_->lossPlot()->width() * window_->lossPlot()->height());
    QVERIFY(grid->height() >= 200);
    for (QLabel* label : window_->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(window_.get()) || label->text().isEmpty())
            continue;
        const QString what = QStringLiteral("%1: %2 in %3x%4")
                                 .arg(label->text().left(40))
                                 .arg(label->sizeHint().width())
                                 .arg(label->width())
                                 .arg(label->height());
        if (label->wordWrap())
            QVERIFY2(label->heightForWidth(label->width()) <= label->height() + 1, qPrintable(what));
        else
            QVERIFY2(label->sizeHint().width() <= label->width() + 1, qPrintable(what));
    }
}

void TestWorkspace::switchingToKoreanWhileTrainingKeepsTrainingAndTranslatesTheWindow()
{
    window_ = openWindow(trainedRoot_);
    QVERIFY(window_);
    connect(window_.get(), &MainWindow::languageChangeRequested, this,
            [this](const QString& language) { translations_.install(language); });
    QVERIFY(startLongRun(*window_, QStringLiteral("live")).isEmpty());
    window_->selectRun(trainedRun_);
    waitForColumns(*window_, trainedRun_);
    QTRY_VERIFY_WITH_TIMEOUT(newestStep(*window_) > 5, 60000);
    MainWindow* before = window_.get();
    QAction* korean = window_->findChild<QAction*>(QStringLiteral("language-ko"));
    QVERIFY(korean);
    korean->trigger();
    QCOMPARE(window_.get(), before); // retranslated in place, not rebuilt
    QVERIFY(window_->controller().isTraining());
    const double atSwitch = newestStep(*window_);
    QTRY_VERIFY_WITH_TIMEOUT(newestStep(*window_) > atSwitch + 5, 30000); // the step counter keeps advancing
    QTRY_VERIFY(window_->generation()->grid()->columnHeading(0)->text().contains(QStringLiteral("시드")));
    QTest::qWait(200);

    // Everything a person reads contains Hangul, apart from names, numbers and symbols.
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    static const QStringList names{QStringLiteral("textgen studio"),
                                   QStringLiteral("English"),
                                   QStringLiteral("top-k"),
                                   QStringLiteral("top-p"),
                                   QStringLiteral("min-p"),
                                   QStringLiteral("movies"),
                                   QStringLiteral("live"),
                                   QStringLiteral("fortunes"),
                                   QStringLiteral("cpu"),
                                   QStringLiteral("ms"),
                                   QStringLiteral("x"),
                                   QStringLiteral("y"),
                                   QStringLiteral("T"),
                                   QStringLiteral("ETA")};
    QStringList untranslated;
    const auto check = [&](const QString& where, QString text) {
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // markup
        if (text.trimmed().isEmpty() || text.contains(hangul))
            return;
        for (const QString& name : names)
            text.remove(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name))));
        if (text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}"))))
            untranslated << QStringLiteral("%1: %2").arg(where, text);
    };
    for (QWidget* widget : window_->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window_.get()))
            continue;
        const QString where = QString::fromLatin1(widget->metaObject()->className());
        check(where + QStringLiteral(" tooltip"), widget->toolTip());
        if (auto* label = qobject_cast<QLabel*>(widget);
            label && label->parent() != window_->generation()->grid()) // the prompt is the reader's
            check(where, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            check(where, button->text());
        if (auto* combo = qobject_cast<QComboBox*>(widget); combo && !combo->isEditable())
            for (int i = 0; i < combo->count(); ++i)
                check(where, combo->itemText(i));
        if (auto* dock = qobject_cast<QDockWidget*>(widget))
            check(where, dock->windowTitle());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            check(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto* tree = qobject_cast<QTreeWidget*>(widget))
            for (int c = 0; c < tree->columnCount(); ++c)
                check(where, tree->headerItem()->text(c));
        if (auto* box = qobject_cast<QAbstractSpinBox*>(widget))
            check(where, box->specialValueText());
    }
    for (QAction* menu : window_->menuBar()->actions()) {
        check(QStringLiteral("menu"), menu->text());
        for (QAction* item : menu->menu()->actions())
            if (!item->isSeparator() && item->objectName() != QLatin1String("language-en"))
                check(QStringLiteral("menu item"), item->text());
    }
    QCustomPlot* plot = window_->lossPlot()->customPlot();
    check(QStringLiteral("plot x axis"), plot->xAxis->label());
    check(QStringLiteral("plot y axis"), plot->yAxis->label());
    check(QStringLiteral("chart"), window_->generation()->chart()->summary());
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));

    // Once the run has stopped, the status bar's last step follows the language too.
    window_->controller().stop();
    QTRY_VERIFY_WITH_TIMEOUT(!window_->controller().isTraining(), 30000);
    window_->findChild<QAction*>(QStringLiteral("language-en"))->trigger();
    QTRY_VERIFY(window_->progressLabel()->text().startsWith(QStringLiteral("epoch ")));
    korean->trigger();
    QTRY_VERIFY2(window_->progressLabel()->text().startsWith(QStringLiteral("에포크 ")),
                 qPrintable(window_->progressLabel()->text()));
}

void TestWorkspace::aValidationMarkerLiesAtItsStepOnTheTokensAxis()
{
    window_ = openWindow(trainedRoot_);
    QVERIFY(window_);
    QSignalSpy epochs(&window_->controller(), &TrainingController::epochFinished);
    QVERIFY(startLongRun(*window_, QStringLiteral("validated")).isEmpty());
    QVERIFY(epochs.wait(60000));
    const qint64 step = epochs.first().first().value<EpochReport>().step;
    auto* xAxis = window_->findChild<QComboBox*>(QStringLiteral("xAxis"));
    QVERIFY(xAxis);
    QCOMPARE(xAxis->count(), 4);
    xAxis->setCurrentIndex(2); // tokens seen
    const QString run = window_->controller().runPath();
    QTRY_VERIFY(!window_->lossPlot()->validationMarkers(run).isEmpty());
    // 8 sequences of 16 tokens, each predicting 15 next tokens, a step.
    QCOMPARE(window_->lossPlot()->validationMarkers(run).first().x(), static_cast<double>(step) * 8 * 15);
    xAxis->setCurrentIndex(3); // wall time: at the time of its step, not at 0
    QVERIFY(window_->lossPlot()->validationMarkers(run).first().x() > 0);
}

void TestWorkspace::aNewCheckpointRegeneratesTheColumnsWhileLatestIsSelected()
{
    window_ = openWindow(trainedRoot_);
    QVERIFY(window_);
    QSignalSpy epochs(&window_->controller(), &TrainingController::epochFinished);
    QVERIFY(startLongRun(*window_, QStringLiteral("improving")).isEmpty());
    const QString run = window_->controller().runPath();
    QVERIFY(epochs.wait(60000));
    window_->selectRun(run);
    waitForColumns(*window_, run);
    GenerationPanel* panel = window_->generation();
    QVERIFY(panel->samplesLatest());
    // The columns show the checkpoint loaded last; under load a second epoch may already be loading, so wait
    // for the two to agree before taking it as the first.
    QTRY_VERIFY_WITH_TIMEOUT(panel->grid()->columnHeading(0)->toolTip().contains(
                                 QStringLiteral("epoch %1").arg(panel->service().loaded()->epoch)),
                             20000);
    const qint64 first = panel->service().loaded()->epoch;
    QSignalSpy regenerated(panel, &GenerationPanel::regenerated);
    QTRY_VERIFY_WITH_TIMEOUT(panel->service().loaded()->epoch > first && !regenerated.isEmpty()
                                 && panel->grid()->columnHeading(0)->toolTip().contains(
                                     QStringLiteral("epoch %1").arg(panel->service().loaded()->epoch)),
                             60000);
    QCOMPARE(panel->result()->columns[0].sampler.seed, std::uint64_t(42)); // the same seed, a newer model
}

void TestWorkspace::aDarkPaletteDrawsThePlotsAndTheTextFromThePalette()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(40, 42, 46));
    dark.setColor(QPalette::WindowText, QColor(225, 225, 225));
    dark.setColor(QPalette::Base, QColor(28, 30, 33));
    dark.setColor(QPalette::AlternateBase, QColor(45, 47, 51));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(50, 52, 56));
    dark.setColor(QPalette::ButtonText, QColor(225, 225, 225));
    QApplication::setPalette(dark); // as a desktop's dark theme does, while the window is open
    window_ = openWindow(trainedRoot_);
    QVERIFY(window_);
    window_->selectRun(trainedRun_);
    waitForColumns(*window_, trainedRun_);
    for (QCustomPlot* plot : {window_->lossPlot()->customPlot(), window_->generation()->chart()->customPlot()}) {
        const QImage image = plot->toPixmap(200, 150).toImage();
        QVERIFY(qGray(image.pixel(5, 5)) < 80);                                    // a dark background
        QCOMPARE(plot->xAxis->tickLabelColor(), dark.color(QPalette::WindowText)); // light text on it
        QCOMPARE(plot->xAxis->labelColor(), dark.color(QPalette::WindowText));
    }
    // Words without their probability's colour take the palette's text colour, not black on dark.
    window_->generation()->colourAction()->setChecked(false);
    const QString html = window_->generation()->grid()->columnView(1)->toHtml();
    QVERIFY2(html.contains(dark.color(QPalette::Text).name(), Qt::CaseInsensitive), qPrintable(html.left(400)));
    QVERIFY(window_->grab().save(QStringLiteral(TEXTGEN_BINARY_DIR "/screenshots/studio-dark.png")));
    QApplication::setPalette(light);
}

void TestWorkspace::dragWhileTheSeedPresetTrains()
{
    const QString fortunes = QString::fromUtf8(kDefaultCorpusPath.data());
    if (!QFileInfo::exists(fortunes))
        QSKIP("the fortune corpus is not installed (make deps installs it)");
    // A run at the chapter's sizes to sample (one step: the cost of generating does not depend on training).
    const QString root = dir_.filePath(QStringLiteral("seed"));
    const QString sampled = root + QStringLiteral("/sampled");
    RunSettings settings = textgen::testing::oneStepSeedSettings(QStringLiteral("sampled"), fortunes);
    if (!QFileInfo::exists(sampled))
        TrainingSession::create(sampled, settings, {})->train();

    // While the same preset trains at the chapter's batch of 32 on every core.
    window_ = openWindow(root);
    QVERIFY(window_);
    settings.name = QStringLiteral("training");
    settings.training.batchSize = 32;
    settings.training.maxSteps = 0;
    settings.training.threads = QThread::idealThreadCount();
    QVERIFY(window_->startNewRun(settings));
    QTRY_VERIFY_WITH_TIMEOUT(newestStep(*window_) >= 2, 180000);
    window_->selectRun(sampled);
    waitForColumns(*window_, sampled);
    GenerationPanel* panel = window_->generation();
    QSlider* slider = panel->slider()->slider();
    const QPoint handle = handleOf(slider).center();

    // How late a 5 ms timer of the UI thread fires meanwhile: what makes a window stutter.
    QVector<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 expected = 5;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        lateness.append(std::max<qint64>(0, now - expected));
        expected = now + 5;
    });
    tick.start(5);
    QEventLoop untilRegenerated;
    connect(panel, &GenerationPanel::regenerated, &untilRegenerated, &QEventLoop::quit);
    const auto waitForColumnsAt = [&](double temperature) {
        QTimer watchdog;
        watchdog.setSingleShot(true);
        connect(&watchdog, &QTimer::timeout, &untilRegenerated, &QEventLoop::quit);
        watchdog.start(60000);
        while (watchdog.isActive()
               && !(panel->result() && panel->result()->columns[0].sampler.temperature == temperature))
            untilRegenerated.exec();
        return watchdog.isActive();
    };
    QElapsedTimer first;
    first.start();
    QTest::mousePress(slider, Qt::LeftButton, Qt::NoModifier, handle);
    int offset = 0;
    QTest::mouseMove(slider, handle + QPoint(++offset * 4, 0));
    QVERIFY(waitForColumnsAt(panel->slider()->temperature()));
    const double firstMs = static_cast<double>(first.nsecsElapsed()) / 1e6; // includes the training step under way
    lateness.clear();
    QElapsedTimer dragging;
    dragging.start();
    int regenerations = 0;
    for (; regenerations < 30; ++regenerations) { // as fast as the columns come back, as a hand moves
        QTest::mouseMove(slider, handle + QPoint(++offset % 60 * 4, 0));
        QVERIFY(waitForColumnsAt(panel->slider()->temperature()));
    }
    const double seconds = static_cast<double>(dragging.nsecsElapsed()) / 1e9;
    QTest::mouseRelease(slider, Qt::LeftButton, Qt::NoModifier, handle + QPoint(offset % 60 * 4, 0));
    tick.stop();
    std::sort(lateness.begin(), lateness.end());
    const double p99
        = lateness.isEmpty() ? 0.0 : lateness[static_cast<qsizetype>(0.99 * static_cast<double>(lateness.size() - 1))];
    using CoreName = char* (*)();
    const auto coreName = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    qInfo("drag while the seed preset trains (batch 32, CPU, OpenBLAS core %s): %.1f column sets a second, first after "
          "the press %.0f ms, UI timer lateness p99 %.1f ms",
          coreName ? coreName() : "unknown", regenerations / seconds, firstMs, p99);
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
