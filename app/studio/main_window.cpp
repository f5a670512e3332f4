// The studio window.
#include "main_window.h"

#include "application_icon.h"
#include "problem_text.h"
#include "system_text.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QScreen>
#include <QThread>
#include <QToolButton>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

#include "attention_map.h"
#include "distribution_chart.h"
#include "entropy_plot.h"
#include "pipeline_view.h"
#include "probability_river.h"
#include "generation_panel.h"
#include "loss_plot.h"
#include "new_run_dialog.h"
#include "sample_grid.h"
#include "branch_tree.h"
#include "branch_tree_view.h"
#include "sample_export.h"
#include "sample_set.h"
#include "temperature_slider.h"

// The studio's resources live in a static library: register them before the first icon is looked up.
static void initialiseResources()
{
    Q_INIT_RESOURCE(textgen);
}

namespace textgen {

namespace {

enum RunColumn { NameColumn, PresetColumn, StatusColumn, BestColumn, CorpusColumn };

QString duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("?");
    const auto total = static_cast<qint64>(seconds + 0.5);
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600)
        .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

// The run statuses as a person reads them, in the interface's language.
QString statusText(RunState state)
{
    switch (state) {
    case RunState::Created: return MainWindow::tr("not trained yet");
    case RunState::Running: return MainWindow::tr("training");
    case RunState::Stopped: return MainWindow::tr("stopped");
    case RunState::Finished: return MainWindow::tr("finished");
    case RunState::Failed: return MainWindow::tr("failed");
    case RunState::Interrupted: return MainWindow::tr("interrupted");
    case RunState::Damaged: break;
    }
    return MainWindow::tr("damaged");
}

} // namespace

MainWindow::MainWindow(const QString& runsRoot, QWidget* parent) : QMainWindow(parent), library_(runsRoot)
{
    initialiseResources();
    setWindowIcon(applicationIcon()); // also the About box's
    // Connected before anything asks for a curve: the loader answers from its own thread, maybe at once.
    connect(&curves_, &CurveLoader::curveRead, this, &MainWindow::showCurve);
    createActions();
    createMenus();
    createCentral();
    createDocks();
    createStatusBar();
    retranslateUi();
    readSettings();

    connect(&library_, &RunLibrary::runsChanged, this, &MainWindow::refreshRunList);
    connect(&library_, &RunLibrary::runUpdated, this, [this](const QString& path) {
        // A run grows on disk: read its new lines (this window's own run also grows through the controller;
        // the plot draws each step once).
        if (path == currentRun_ || overlays_.contains(path))
            curves_.read(path);
        if (path == currentRun_) {
            refreshEpochSamples();
            followWatchedRun(path);
            showWatchedRun(); // or, once it has ended, what this window trains on
        }
    });
    connect(&controller_, &TrainingController::progress, this, &MainWindow::onProgress);
    connect(&controller_, &TrainingController::epochFinished, this, &MainWindow::onEpoch);
    connect(&controller_, &TrainingController::stageChanged, this,
            [this](SessionStage stage) { statusBar()->showMessage(stageText(stage), 4000); });
    connect(&controller_, &TrainingController::trainingChanged, this, &MainWindow::updateActions);
    connect(&controller_, &TrainingController::pausedChanged, this, &MainWindow::updateActions);
    connect(&controller_, &TrainingController::finished, this, [this](bool completed) {
        statusBar()->showMessage(completed ? tr("Training finished.") : tr("Training stopped; a checkpoint was saved."),
                                 8000);
        library_.refresh();
        generation_->refreshCheckpoints();
    });
    connect(&controller_, &TrainingController::failed, this, [this](const Problem& reason) {
        library_.refresh();
        QMessageBox::warning(this, tr("Training failed"), ProblemText::of(reason));
    });
    connect(&controller_, &TrainingController::epochSamplesSaved, this, [this] { refreshEpochSamples(); });
    // A run of several processes speaks through its folder; only its start and its end come from here.
    connect(&processes_, &TrainingProcesses::trainingChanged, this, [this] {
        library_.refresh();
        updateActions();
        showWatchedRun();
    });
    connect(&processes_, &TrainingProcesses::finished, this, [this](bool completed) {
        statusBar()->showMessage(completed ? tr("Training finished.") : tr("Training stopped; a checkpoint was saved."),
                                 8000);
        generation_->refreshCheckpoints();
    });
    connect(&processes_, &TrainingProcesses::failed, this, [this](const Problem& reason) {
        QMessageBox::warning(this, tr("Training failed"), ProblemText::of(reason));
    });
    connect(generation_, &GenerationPanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    // While the person drags the temperature slider, training holds before its next step and generation
    // takes every core: the columns keep up with the hand, and training goes on at the release.
    connect(generation_, &GenerationPanel::dragActive, this, [this](bool active) {
        controller_.setYielding(active);
        updateActions();
    });
    refreshRunList();
    updateActions();
}

QString MainWindow::stageText(SessionStage stage)
{
    switch (stage) {
    case SessionStage::ReadingCorpus: return tr("Reading the corpus…");
    case SessionStage::BuildingVocabulary: return tr("Building the vocabulary…");
    case SessionStage::LoadingCheckpoint: return tr("Loading the latest checkpoint…");
    case SessionStage::EncodingCorpus: return tr("Encoding the corpus…");
    case SessionStage::BuildingModel: return tr("Building the model…");
    }
    return QString();
}

void MainWindow::createActions()
{
    // Icons from the desktop's theme, with the studio's own (resources/icons) where the theme has none. The
    // texts come from retranslateUi().
    const auto make = [this](const QString& name, const QString& theme, const QString& fallback,
                             const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(
            theme.isEmpty() ? QIcon() : QIcon::fromTheme(theme, QIcon(QStringLiteral(":/icons/%1.png").arg(fallback))),
            QString(), this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::ApplicationShortcut);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    actions_.newRun = make(QStringLiteral("new"), QStringLiteral("document-new"), QStringLiteral("new"),
                           QKeySequence::New, [this] { newRun(); });
    actions_.start = make(QStringLiteral("start"), QStringLiteral("media-playback-start"), QStringLiteral("start"),
                          QKeySequence(Qt::Key_F5), [this] { startTraining(); });
    actions_.pause = make(QStringLiteral("pause"), QStringLiteral("media-playback-pause"), QStringLiteral("pause"),
                          QKeySequence(Qt::Key_F6), [this] { togglePause(); });
    actions_.stop = make(QStringLiteral("stop"), QStringLiteral("media-playback-stop"), QStringLiteral("stop"),
                         QKeySequence(Qt::SHIFT | Qt::Key_F5), [this] { stopTraining(); });
    actions_.exportSamples
        = make(QStringLiteral("exportSamples"), QStringLiteral("document-save"), QStringLiteral("export"),
               QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportSamples(); });
    actions_.exportEpochSamples = make(QStringLiteral("exportEpochSamples"), QStringLiteral("document-save-as"),
                                       QStringLiteral("export"), QKeySequence(), [this] { exportEpochSamples(); });
    actions_.exportCsv = make(QStringLiteral("exportCsv"), QStringLiteral("x-office-spreadsheet"),
                              QStringLiteral("export"), QKeySequence(), [this] { exportLossCsv(); });
    actions_.exportPng = make(QStringLiteral("exportPng"), QStringLiteral("image-x-generic"), QStringLiteral("export"),
                              QKeySequence(), [this] { exportLossPng(); });
    actions_.exportBranches = make(QStringLiteral("exportBranches"), QStringLiteral("document-save-as"),
                                   QStringLiteral("export"), QKeySequence(), [this] { exportBranches(); });
    actions_.openBranches = make(QStringLiteral("openBranches"), QStringLiteral("document-open"), QString(),
                                 QKeySequence(), [this] { openBranches(); });
    actions_.quit = make(QStringLiteral("quit"), QString(), QString(), QKeySequence::Quit, [this] { close(); });
    actions_.biggerText = make(QStringLiteral("biggerText"), QStringLiteral("zoom-in"), QString(), QKeySequence::ZoomIn,
                               [this] { changeTextSize(1.0); });
    actions_.smallerText = make(QStringLiteral("smallerText"), QStringLiteral("zoom-out"), QString(),
                                QKeySequence::ZoomOut, [this] { changeTextSize(-1.0); });
    actions_.resetText = make(QStringLiteral("resetText"), QStringLiteral("zoom-original"), QString(),
                              QKeySequence(Qt::CTRL | Qt::Key_0), [this] { changeTextSize(0.0); });
    actions_.epochSamplesFullSize = make(QStringLiteral("epochSamplesFullSize"), QString(), QString(), QKeySequence(),
                                         [this] { showEpochSamplesFullSize(); });
    actions_.about = make(QStringLiteral("about"), QStringLiteral("help-about"), QString(), QKeySequence(),
                          [this] { showAbout(); });
    // Ctrl+= is where Ctrl++ is on most keyboards.
    actions_.biggerText->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
}

void MainWindow::createMenus()
{
    const auto menu = [this](const QString& name) {
        QMenu* created = menuBar()->addMenu(QString());
        created->setObjectName(name);
        return created;
    };
    QMenu* file = menus_.file = menu(QStringLiteral("fileMenu"));
    file->addAction(actions_.newRun);
    file->addSeparator();
    file->addAction(actions_.exportSamples);
    file->addAction(actions_.exportEpochSamples);
    file->addAction(actions_.exportCsv);
    file->addAction(actions_.exportPng);
    file->addSeparator();
    file->addAction(actions_.exportBranches);
    file->addAction(actions_.openBranches);
    file->addSeparator();
    file->addAction(actions_.quit);
    QMenu* training = menus_.training = menu(QStringLiteral("trainingMenu"));
    training->addAction(actions_.start);
    training->addAction(actions_.pause);
    training->addAction(actions_.stop);
    QMenu* view = menus_.view = menu(QStringLiteral("viewMenu"));
    view->addAction(actions_.biggerText);
    view->addAction(actions_.smallerText);
    view->addAction(actions_.resetText);
    view->addSeparator();
    view->addAction(actions_.epochSamplesFullSize);
    QMenu* language = menus_.language = menu(QStringLiteral("languageMenu"));
    // Each language is named in itself, so a reader finds their own whatever the interface shows now.
    for (const auto& [code, name] : {std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("ko"), QStringLiteral("한국어")}}) {
        QAction* choice = language->addAction(name);
        choice->setObjectName(QStringLiteral("language-%1").arg(code));
        connect(choice, &QAction::triggered, this, [this, code = code] { emit languageChangeRequested(code); });
    }
    QMenu* help = menus_.help = menu(QStringLiteral("helpMenu"));
    help->addAction(actions_.about);
    toolBar_ = addToolBar(QString());
    toolBar_->setObjectName(QStringLiteral("trainingToolBar"));
    for (QAction* each : {actions_.newRun, actions_.start, actions_.pause, actions_.stop, actions_.exportSamples})
        toolBar_->addAction(each);
}

void MainWindow::createCentral()
{
    pages_ = new QStackedWidget(this);
    // The empty state: two sentences and one button.
    auto* empty = new QWidget(pages_);
    auto* emptyLayout = new QVBoxLayout(empty);
    explanation_ = new QLabel(empty);
    explanation_->setWordWrap(true);
    explanation_->setAlignment(Qt::AlignCenter);
    quickStart_ = new QPushButton(empty);
    quickStart_->setObjectName(QStringLiteral("quickStart"));
    connect(quickStart_, &QPushButton::clicked, this, [this] {
        Problem refusal;
        if (!startNewRun(NewRunDialog::quickStart(QString::fromUtf8(kDefaultCorpusPath.data())), &refusal))
            QMessageBox::warning(this, tr("Cannot start"), ProblemText::of(refusal));
    });
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(explanation_);
    emptyLayout->addWidget(quickStart_, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);

    auto* main = new QSplitter(Qt::Vertical, pages_);
    main->setObjectName(QStringLiteral("mainSplitter"));
    auto* plotPanel = new QWidget(main);
    auto* plotLayout = new QVBoxLayout(plotPanel);
    plotLayout->setContentsMargins(4, 4, 4, 0);
    auto* plotControls = new QHBoxLayout;
    smoothing_ = new QSlider(Qt::Horizontal, plotPanel);
    smoothing_->setRange(0, 999);
    smoothing_->setValue(600);
    smoothing_->setMaximumWidth(160);
    xAxis_ = new QComboBox(plotPanel);
    xAxis_->setObjectName(QStringLiteral("xAxis"));
    xAxis_->addItems({QString(), QString(), QString(), QString()});
    yAxis_ = new QComboBox(plotPanel);
    yAxis_->addItems({QString(), QString()});
    logScale_ = new QCheckBox(plotPanel);
    follow_ = new QToolButton(plotPanel);
    follow_->setCheckable(true);
    follow_->setChecked(true);
    follow_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    smoothingLabel_ = new QLabel(plotPanel);
    xLabel_ = new QLabel(plotPanel);
    yLabel_ = new QLabel(plotPanel);
    plotControls->addWidget(smoothingLabel_);
    plotControls->addWidget(smoothing_);
    plotControls->addWidget(xLabel_);
    plotControls->addWidget(xAxis_);
    plotControls->addWidget(yLabel_);
    plotControls->addWidget(yAxis_);
    plotControls->addWidget(logScale_);
    plotControls->addStretch(1);
    plotControls->addWidget(follow_);
    plot_ = new LossPlot(plotPanel);
    plotLayout->addLayout(plotControls);
    plotLayout->addWidget(plot_, 1);
    generation_ = new GenerationPanel(main);
    main->addWidget(plotPanel);
    main->addWidget(generation_);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 5); // the text is what the learner compares: it gets most of the height
    main->setSizes({300, 520});
    pages_->addWidget(empty);
    pages_->addWidget(main);
    setCentralWidget(pages_);

    connect(smoothing_, &QSlider::valueChanged, this, [this](int value) { plot_->setSmoothing(value / 1000.0); });
    connect(xAxis_, &QComboBox::currentIndexChanged, this,
            [this](int index) { plot_->setXAxis(static_cast<LossPlot::XAxis>(index)); });
    connect(yAxis_, &QComboBox::currentIndexChanged, this,
            [this](int index) { plot_->setYAxis(static_cast<LossPlot::YAxis>(index)); });
    connect(logScale_, &QCheckBox::toggled, plot_, &LossPlot::setLogScale);
    connect(follow_, &QToolButton::toggled, plot_, &LossPlot::setFollowing);
    connect(plot_, &LossPlot::followingChanged, follow_, &QToolButton::setChecked);
}

void MainWindow::createDocks()
{
    runsDock_ = new QDockWidget(this);
    runsDock_->setObjectName(QStringLiteral("runsDock"));
    runList_ = new QTreeWidget(runsDock_);
    runList_->setRootIsDecorated(false);
    runList_->setContextMenuPolicy(Qt::CustomContextMenu);
    runList_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    runsDock_->setWidget(runList_);
    addDockWidget(Qt::LeftDockWidgetArea, runsDock_);
    connect(runList_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !refreshingList_)
            selectRun(item->data(NameColumn, Qt::UserRole).toString());
    });
    connect(runList_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column == NameColumn && !refreshingList_)
            setOverlay(item->data(NameColumn, Qt::UserRole).toString(), item->checkState(NameColumn) == Qt::Checked);
    });
    connect(runList_, &QTreeWidget::customContextMenuRequested, this, &MainWindow::runContextMenu);

    // The distribution and the epoch samples share the bottom, under the text, at the window's full width.
    distributionDock_ = new QDockWidget(this);
    distributionDock_->setObjectName(QStringLiteral("distributionDock"));
    distributionDock_->setWidget(generation_->chart());
    generation_->chart()->show();
    addDockWidget(Qt::BottomDockWidgetArea, distributionDock_);

    // The inspected step's other views stand beside the distribution, tabbed; the sampler page shares the runs'
    // side.
    const auto dockOf = [this](const char* name, QWidget* view) {
        auto* dock = new QDockWidget(this);
        dock->setObjectName(QLatin1String(name));
        dock->setWidget(view);
        view->show();
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        return dock;
    };
    entropyDock_ = dockOf("entropyDock", generation_->entropyPlot());
    splitDockWidget(distributionDock_, entropyDock_, Qt::Horizontal);
    pipelineDock_ = dockOf("pipelineDock", generation_->pipelineView());
    tabifyDockWidget(entropyDock_, pipelineDock_);
    riverDock_ = dockOf("riverDock", generation_->riverView());
    tabifyDockWidget(pipelineDock_, riverDock_);
    attentionDock_ = dockOf("attentionDock", generation_->attentionMap());
    tabifyDockWidget(riverDock_, attentionDock_);
    entropyDock_->raise();
    // The river is the scrubber's view: it comes forward when the columns become the checkpoints.
    connect(generation_->modeBox(), &QComboBox::currentIndexChanged, this, [this] {
        if (generation_->mode() == GenerationPanel::Mode::Checkpoints)
            riverDock_->raise();
    });
    samplerDock_ = new QDockWidget(this);
    samplerDock_->setObjectName(QStringLiteral("samplerDock"));
    samplerDock_->setWidget(generation_->samplerPage());
    generation_->samplerPage()->show();
    addDockWidget(Qt::LeftDockWidgetArea, samplerDock_);
    tabifyDockWidget(runsDock_, samplerDock_);
    branchDock_ = new QDockWidget(this);
    branchDock_->setObjectName(QStringLiteral("branchDock"));
    branchDock_->setWidget(generation_->branchView());
    generation_->branchView()->show();
    addDockWidget(Qt::LeftDockWidgetArea, branchDock_);
    tabifyDockWidget(samplerDock_, branchDock_);
    runsDock_->raise();

    samplesDock_ = new QDockWidget(this);
    samplesDock_->setObjectName(QStringLiteral("epochSamplesDock"));
    epochSamples_ = new QTableWidget(samplesDock_);
    epochSamples_->setWordWrap(true);
    epochSamples_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    epochSamples_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    epochSamples_->horizontalHeader()->setMinimumSectionSize(120);
    epochSamples_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    epochSamples_->verticalHeader()->setDefaultAlignment(Qt::AlignTop | Qt::AlignLeft);
    samplesDock_->setWidget(epochSamples_);
    addDockWidget(Qt::BottomDockWidgetArea, samplesDock_);
    tabifyDockWidget(distributionDock_, samplesDock_);
    distributionDock_->raise();
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    QMenu* view = menus_.view;
    view->addAction(generation_->colourAction());
    view->addSeparator();
    for (QDockWidget* dock : {runsDock_, samplerDock_, distributionDock_, entropyDock_, pipelineDock_, riverDock_,
                              attentionDock_, samplesDock_})
        view->addAction(dock->toggleViewAction());
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("textgen studio"));
    const auto text = [](QAction* action, const QString& value, const QString& tip = QString()) {
        action->setText(value);
        action->setToolTip(tip.isEmpty() ? QString(value).remove(QLatin1Char('&')).remove(QStringLiteral("…")) : tip);
    };
    text(actions_.newRun, tr("&New run…"));
    text(actions_.start, tr("&Train", "start or resume training"));
    text(actions_.pause, controller_.isPaused() ? tr("&Resume", "resume training") : tr("&Pause", "pause training"));
    text(actions_.stop, tr("S&top", "stop training"));
    text(actions_.exportSamples, tr("Export &samples…"));
    text(actions_.exportBranches, tr("Export &branches…"),
         tr("Write every branch of the columns, as JSON or as an outline to read"));
    text(actions_.openBranches, tr("&Open branches…"),
         tr("Read branches written by Export branches back into the columns"));
    text(actions_.exportEpochSamples, tr("Export &epoch samples…"));
    text(actions_.exportCsv, tr("Export loss as &CSV…"));
    text(actions_.exportPng, tr("Export loss as &PNG…"));
    text(actions_.quit, tr("&Quit"));
    text(actions_.biggerText, tr("&Bigger text"));
    text(actions_.smallerText, tr("&Smaller text"));
    text(actions_.resetText, tr("&Normal text size"));
    text(actions_.epochSamplesFullSize, tr("Epoch samples at &full size"));
    text(actions_.about, tr("&About textgen studio"));
    menus_.file->setTitle(tr("&File"));
    menus_.training->setTitle(tr("T&raining"));
    menus_.view->setTitle(tr("&View"));
    menus_.language->setTitle(tr("&Language"));
    menus_.help->setTitle(tr("&Help"));
    deviceLabel_->setToolTip(SystemText::html(systemInfo_));
    if (const QString warning = SystemText::blasWarning(systemInfo_); !warning.isEmpty())
        statusBar()->showMessage(warning); // until another message: it is why training is slow
    if (!controller_.isTraining())
        showIdleDevice();
    showWatchedRun();
    toolBar_->setWindowTitle(tr("Training"));
    explanation_->setText(tr("<h2>No training runs yet</h2><p>A run trains a language model on a corpus and keeps its "
                             "loss curve and checkpoints. Start with a small model on the fortune corpus: its loss "
                             "falls within seconds, and you can then sample it at any temperature.</p>"));
    quickStart_->setText(tr("Train a small model on the fortune corpus"));
    smoothingLabel_->setText(tr("Smoothing"));
    smoothing_->setToolTip(
        tr("How much the bold curve is smoothed (TensorBoard's moving average); the faint curve is every step"));
    xLabel_->setText(tr("x:"));
    yLabel_->setText(tr("y:"));
    const QStringList xNames{tr("steps"), tr("epochs"), tr("tokens seen"), tr("wall time")};
    for (int i = 0; i < xNames.size(); ++i)
        xAxis_->setItemText(i, xNames[i]);
    yAxis_->setItemText(0, tr("loss"));
    yAxis_->setItemText(1, tr("perplexity"));
    logScale_->setText(tr("log scale"));
    follow_->setText(tr("Follow", "the plot follows the newest step"));
    follow_->setToolTip(
        tr("Keep the newest step in view (a zoom or a drag stops following; a double-click follows again)"));
    runsDock_->setWindowTitle(tr("Runs", "training runs"));
    runList_->setHeaderLabels({tr("Run"), tr("Preset"), tr("Status"), tr("Best validation loss"), tr("Corpus")});
    distributionDock_->setWindowTitle(tr("Distribution", "the probability distribution a word was drawn from"));
    samplesDock_->setWindowTitle(tr("Samples by epoch"));
    entropyDock_->setWindowTitle(tr("Entropy", "entropy against temperature"));
    pipelineDock_->setWindowTitle(tr("Sampler steps", "the chosen word through each step of the chain"));
    samplerDock_->setWindowTitle(tr("Sampler", "the sampler chain's settings"));
    riverDock_->setWindowTitle(tr("Checkpoints", "the probability river: candidates' probabilities by epoch"));
    attentionDock_->setWindowTitle(tr("Attention", "the inspected word's attention weights over its context"));
    branchDock_->setWindowTitle(tr("Branches", "the tree of a column's branches"));
    refreshRunList();
    refreshEpochSamples();
    showProgress(); // the last step's line stays after training ends: worded again too
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && runList_)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::changeTextSize(double step)
{
    SampleGrid* grid = generation_->grid();
    const double size = step == 0.0 ? defaultTextSize_ : grid->textPointSize() + step;
    grid->setTextPointSize(size);
    QFont font = epochSamples_->font();
    font.setPointSizeF(grid->textPointSize());
    epochSamples_->setFont(font);
    epochSamples_->resizeRowsToContents();
}

void MainWindow::showEpochSamplesFullSize()
{
    // Out of the dock, as large as the screen allows; docking it again is a double-click on its title.
    samplesDock_->show();
    samplesDock_->setFloating(true);
    const QRect screen = samplesDock_->screen() ? samplesDock_->screen()->availableGeometry() : geometry();
    samplesDock_->setGeometry(screen.adjusted(40, 40, -40, -40));
    samplesDock_->raise();
    epochSamples_->resizeRowsToContents();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About textgen studio"),
                       tr("<h3>textgen studio %1</h3><p>Trains word-level language models and samples them at any "
                          "temperature, after chapter 12 of <i>Deep Learning with Python</i>.</p>")
                               .arg(QCoreApplication::applicationVersion())
                           + SystemText::html(systemInfo_));
}

void MainWindow::createStatusBar()
{
    deviceLabel_ = new QLabel(this);
    progressLabel_ = new QLabel(this);
    epochProgress_ = new QProgressBar(this);
    epochProgress_->setRange(0, 1000);
    epochProgress_->setMaximumWidth(160);
    epochProgress_->setVisible(false);
    statusBar()->addPermanentWidget(progressLabel_);
    statusBar()->addPermanentWidget(epochProgress_);
    statusBar()->addPermanentWidget(deviceLabel_);
}

void MainWindow::readSettings()
{
    QSettings settings;
    defaultTextSize_ = generation_->grid()->textPointSize();
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        // A first start: all of a small screen, most of a large one.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const auto share
            = [](int length, int small) { return length <= small ? length : static_cast<int>(length * 0.92); };
        resize(share(available.width(), 1400), share(available.height(), 900));
        // A first start: the runs list narrow, the distribution a strip under the text.
        resizeDocks({runsDock_}, {230}, Qt::Horizontal);
        resizeDocks({distributionDock_}, {185}, Qt::Vertical);
        resizeDocks({distributionDock_, entropyDock_}, {width() * 3 / 5, width() * 2 / 5}, Qt::Horizontal);
    }
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    smoothing_->setValue(settings.value(QStringLiteral("plot/smoothing"), 600).toInt());
    generation_->setMode(
        static_cast<GenerationPanel::Mode>(settings.value(QStringLiteral("generation/mode"), 0).toInt()));
    if (generation_->mode()
        == GenerationPanel::Mode::Seeds) // in the chapter's mode the columns open at its temperatures
        generation_->slider()->setTemperature(settings.value(QStringLiteral("generation/temperature"), 1.0).toDouble());
    generation_->promptEdit()->setText(
        settings.value(QStringLiteral("generation/prompt"), QStringLiteral("this movie")).toString());
    generation_->setColumnCount(settings.value(QStringLiteral("generation/columns"), 5).toInt());
    generation_->restoreSampler(settings);
    generation_->setSampleLayout(settings.value(QStringLiteral("generation/layout"), 0).toInt() == 1
                                     ? SampleGrid::Layout::Rows
                                     : SampleGrid::Layout::Columns);
    if (settings.contains(QStringLiteral("generation/textSize")))
        changeTextSize(settings.value(QStringLiteral("generation/textSize")).toDouble()
                       - generation_->grid()->textPointSize());
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("runs/root"), library_.root());
    settings.setValue(QStringLiteral("plot/smoothing"), smoothing_->value());
    settings.setValue(QStringLiteral("generation/temperature"), generation_->slider()->temperature());
    settings.setValue(QStringLiteral("generation/mode"), static_cast<int>(generation_->mode()));
    settings.setValue(QStringLiteral("generation/prompt"), generation_->promptEdit()->text());
    settings.setValue(QStringLiteral("generation/columns"), generation_->columnCount());
    generation_->saveSampler(settings);
    settings.setValue(QStringLiteral("generation/layout"),
                      generation_->grid()->layoutMode() == SampleGrid::Layout::Rows ? 1 : 0);
    settings.setValue(QStringLiteral("generation/textSize"), generation_->grid()->textPointSize());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    writeSettings();
    if (controller_.isTraining())
        controller_.stop(); // the controller's destructor waits for the checkpoint
    processes_.stop();      // so do the processes'
    event->accept();
}

bool MainWindow::startNewRun(const RunSettings& settings, Problem* refusal)
{
    const QString path = library_.newRunPath(settings.name);
    if (settings.worldSize > 1) {
        // Processes of their own train it: the folder is prepared here and grows under the library's watch.
        try {
            TrainingSession::prepare(path, settings);
        } catch (const RunError& error) {
            if (refusal)
                *refusal = error.problem();
            return false;
        }
        if (!processes_.start(path, settings.worldSize, refusal)) {
            QDir(path).removeRecursively(); // prepared a moment ago, and never started: nothing is lost
            return false;
        }
    } else if (!controller_.start({path, settings, {}}, refusal)) {
        return false;
    }
    currentRun_ = path;
    watchedEpochs_ = 0;
    plot_->clearRuns();
    plot_->addRun(path, settings.name, colourFor(path));
    pages_->setCurrentIndex(1);
    return true;
}

void MainWindow::newRun()
{
    NewRunDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Problem refusal;
    if (!startNewRun(dialog.settings(), &refusal))
        QMessageBox::warning(this, tr("Cannot start"), ProblemText::of(refusal));
}

void MainWindow::startTraining()
{
    if (controller_.isTraining()) {
        if (controller_.isPaused())
            controller_.resume();
        return;
    }
    if (processes_.isTraining())
        return;
    if (currentRun_.isEmpty())
        return newRun();
    // A run of several processes resumes as it was trained, with as many as this machine has cores for; the
    // global batch stays the run's either way.
    const std::optional<RunSummary> summary = library_.run(currentRun_);
    const int processes = std::min(summary ? summary->worldSize : 1, QThread::idealThreadCount());
    Problem refusal;
    const bool started = processes > 1 ? processes_.start(currentRun_, processes, &refusal)
                                       : controller_.start({currentRun_, std::nullopt, {}}, &refusal);
    if (!started)
        QMessageBox::warning(this, tr("Cannot start"), ProblemText::of(refusal));
}

void MainWindow::togglePause()
{
    if (!controller_.isTraining())
        return;
    controller_.isPaused() ? controller_.resume() : controller_.pause();
}

void MainWindow::stopTraining()
{
    controller_.stop();
    processes_.stop();
}

void MainWindow::updateActions()
{
    const bool training = controller_.isTraining() || processes_.isTraining();
    actions_.start->setEnabled(!training || controller_.isPaused());
    actions_.pause->setEnabled(controller_.isTraining()); // processes stop at an agreed step; they do not pause
    actions_.pause->setText(controller_.isPaused() ? tr("&Resume", "resume training") : tr("&Pause", "pause training"));
    actions_.stop->setEnabled(training);
    epochProgress_->setVisible(controller_.isTraining());
    // While the CPU trains, generating on every core too would put two OpenMP teams on the same cores,
    // where their spinning waits can slow both by orders of magnitude: generate on one core meanwhile, and on
    // all of them while training holds for a drag of the slider.
    const bool cpuTraining = processes_.isTraining()
        || (controller_.isTraining() && !controller_.isPaused() && !controller_.isYielding()
            && !controller_.device().startsWith(QLatin1String("cuda")));
    generation_->service().setThreads(cpuTraining ? 1 : QThread::idealThreadCount());
    generation_->scrubber().setThreads(cpuTraining ? 1 : QThread::idealThreadCount());
}

QColor MainWindow::colourFor(const QString& path)
{
    static const QColor palette[]
        = {QColor(31, 119, 180), QColor(214, 39, 40), QColor(44, 160, 44),   QColor(148, 103, 189),
           QColor(255, 127, 14), QColor(140, 86, 75), QColor(227, 119, 194), QColor(23, 190, 207)};
    if (!colours_.contains(path))
        colours_.insert(path, palette[colours_.size() % 8]);
    return colours_.value(path);
}

void MainWindow::refreshRunList()
{
    refreshingList_ = true;
    runList_->clear();
    for (const RunSummary& run : library_.runs()) {
        auto* item = new QTreeWidgetItem(runList_);
        item->setText(NameColumn, run.name);
        item->setData(NameColumn, Qt::UserRole, run.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, overlays_.contains(run.path) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(NameColumn, tr("Check to overlay its curve on the plot"));
        item->setText(PresetColumn, run.preset);
        item->setText(StatusColumn, statusText(run.state));
        item->setToolTip(StatusColumn, ProblemText::of(run.statusReason));
        item->setText(BestColumn,
                      std::isfinite(run.bestValidationLoss) ? QString::number(run.bestValidationLoss, 'f', 4)
                                                            : QString());
        item->setText(CorpusColumn, QFileInfo(run.corpus).fileName());
        item->setToolTip(CorpusColumn, run.corpus);
        if (run.damaged())
            item->setForeground(StatusColumn, QColor(176, 0, 32));
        if (run.path == currentRun_)
            runList_->setCurrentItem(item);
    }
    refreshingList_ = false;
    pages_->setCurrentIndex(library_.runs().isEmpty() && !controller_.isTraining() ? 0 : 1);
    if (currentRun_.isEmpty() && !library_.runs().isEmpty())
        selectRun(library_.runs().front().path);
}

void MainWindow::selectRun(const QString& path)
{
    if (path != currentRun_) {
        const std::optional<RunSummary> summary = library_.run(path);
        watchedEpochs_ = summary ? summary->epochs : 0; // its checkpoints so far are the panel's to show
    }
    currentRun_ = path;
    for (int i = 0; i < runList_->topLevelItemCount(); ++i)
        if (runList_->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString() == path
            && runList_->currentItem() != runList_->topLevelItem(i)) {
            refreshingList_ = true;
            runList_->setCurrentItem(runList_->topLevelItem(i));
            refreshingList_ = false;
        }
    showRunCurves();
    generation_->setRun(path);
    refreshEpochSamples();
    updateActions();
}

void MainWindow::setOverlay(const QString& path, bool shown)
{
    if (shown)
        overlays_.insert(path);
    else
        overlays_.remove(path);
    showRunCurves();
}

void MainWindow::showRunCurves()
{
    plot_->clearRuns();
    QSet<QString> shown = overlays_;
    if (!currentRun_.isEmpty())
        shown.insert(currentRun_);
    for (const QString& path : shown) {
        curves_.forget(path); // read from the start: the plot has just dropped it
        loadCurve(path);
    }
    plot_->setFollowing(true);
}

void MainWindow::addPlotRun(const QString& path)
{
    const std::optional<RunSummary> summary = library_.run(path);
    plot_->addRun(path, summary ? summary->name : QFileInfo(path).fileName(), colourFor(path));
}

void MainWindow::loadCurve(const QString& path)
{
    addPlotRun(path);
    curves_.read(path); // off this thread: a run of a million steps opens without freezing the window
}

namespace {

LossPoint lossPoint(const CurvePoint& point)
{
    return {point.step, point.epoch, point.tokens, point.seconds, point.loss};
}

} // namespace

void MainWindow::showCurve(const CurveChunk& chunk)
{
    const QString& path = chunk.runPath;
    if (!(path == currentRun_ || overlays_.contains(path)) || !plot_->runs().contains(path))
        return;          // no longer shown
    if (chunk.restart) { // the file was rewritten (a resume from an earlier checkpoint): draw it anew
        plot_->removeRun(path);
        addPlotRun(path);
    }
    QVector<LossPoint> training;
    training.reserve(chunk.training.size());
    for (const CurvePoint& point : chunk.training)
        training.append(lossPoint(point));
    plot_->appendTraining(path, training);
    for (const CurvePoint& point : chunk.validation)
        plot_->appendValidation(path, lossPoint(point));
    if (path == currentRun_ && !chunk.training.isEmpty())
        showWatchedRun(&chunk.training.constLast());
}

void MainWindow::followWatchedRun(const QString& path)
{
    if (controller_.isTraining() && controller_.runPath() == path)
        return; // its own progress says more, and sooner
    const std::optional<RunSummary> summary = library_.run(path);
    if (!summary || summary->epochs <= watchedEpochs_)
        return;
    watchedEpochs_ = summary->epochs;
    sampleLatestCheckpoint(path); // as the window does for the run it trains itself
}

void MainWindow::sampleLatestCheckpoint(const QString& path)
{
    if (generation_->runPath() != path || !generation_->service().isLoaded())
        generation_->setRun(path, true); // its first checkpoint: sample it
    else
        generation_->followLatestCheckpoint(); // the learner watches the text improve, epoch by epoch
}

void MainWindow::showIdleDevice()
{
    deviceLabel_->setText(tr("device: %1").arg(QString::fromStdString(resolveDevice("auto").str())));
}

void MainWindow::showWatchedRun(const CurvePoint* last)
{
    if (currentRun_.isEmpty() || (controller_.isTraining() && controller_.runPath() == currentRun_))
        return;
    const std::optional<RunSummary> summary = library_.run(currentRun_);
    if (!summary || summary->state != RunState::Running) {
        if (std::exchange(showingWatchedRun_, false)) { // it ended: the bar says what this window trains on
            showIdleDevice();
            progressLabel_->clear();
        }
        return;
    }
    showingWatchedRun_ = true;
    // Trained by processes of their own, here or by a job elsewhere writing into this folder.
    const QString device = summary->device.isEmpty() ? tr("unknown") : summary->device;
    deviceLabel_->setText(summary->worldSize > 1
                              ? tr("device: %1 · %n process(es)", "a job of processes", summary->worldSize).arg(device)
                              : tr("device: %1").arg(device));
    if (last)
        progressLabel_->setText(tr("epoch %1 · step %2 · loss %3")
                                    .arg(static_cast<qint64>(last->epoch) + 1)
                                    .arg(static_cast<qint64>(last->step))
                                    .arg(last->loss, 0, 'f', 4));
}

void MainWindow::onProgress(const QList<TrainingProgress>& points)
{
    const QString path = controller_.runPath();
    if (points.isEmpty())
        return;
    if (!plot_->runs().contains(path))
        plot_->addRun(path, QFileInfo(path).fileName(), colourFor(path));
    if (!scales_.contains(path)) {
        try {
            scales_.insert(path, CurveScale(RunDirectory::open(path).settings()));
        } catch (const std::exception&) {
            scales_.insert(path, CurveScale());
        }
    }
    const CurveScale& scale = scales_[path];
    QVector<LossPoint> appended;
    appended.reserve(points.size());
    for (const TrainingProgress& p : points)
        appended.append(lossPoint(
            scale.point(p.step, static_cast<double>(p.epoch) + p.epochFraction, p.elapsedSeconds, p.trainLoss)));
    plot_->appendTraining(path, appended);
    const TrainingProgress& last = points.last();
    lastProgressSeconds_ = last.elapsedSeconds;
    epochProgress_->setValue(static_cast<int>(last.epochFraction * 1000));
    lastProgress_ = last;
    showProgress();
    if (pages_->currentIndex() == 0)
        pages_->setCurrentIndex(1);
}

void MainWindow::showProgress()
{
    if (!lastProgress_)
        return;
    const TrainingProgress& last = *lastProgress_;
    deviceLabel_->setText(tr("device: %1").arg(QString::fromStdString(last.device)));
    progressLabel_->setText(tr("epoch %1 · step %2 · loss %3 · %4 tokens/s · ETA %5")
                                .arg(last.epoch + 1)
                                .arg(last.step)
                                .arg(last.trainLoss, 0, 'f', 4)
                                .arg(last.tokensPerSecond, 0, 'f', 0)
                                .arg(duration(last.etaSeconds)));
}

void MainWindow::onEpoch(const EpochReport& result)
{
    const QString path = controller_.runPath();
    // The validation lies where its step lies on every axis: the last step reported came just before it.
    const CurveScale scale = scales_.value(path);
    plot_->appendValidation(path,
                            lossPoint(scale.point(result.step, static_cast<double>(result.epoch + 1),
                                                  lastProgressSeconds_, result.validationLoss)));
    library_.refresh();
    if (path == currentRun_) {
        sampleLatestCheckpoint(path);
    } else if (currentRun_.isEmpty()) {
        selectRun(path);
    }
}

void MainWindow::refreshEpochSamples()
{
    epochSamples_->clear();
    epochSamples_->setRowCount(0);
    epochSamples_->setColumnCount(0);
    if (currentRun_.isEmpty())
        return;
    int row = 0;
    for (const QString& file : RunDirectory::epochSampleFiles(currentRun_)) {
        try {
            const SampleSet set = readSampleSet(file);
            if (epochSamples_->columnCount() < static_cast<int>(set.samples.size())) {
                epochSamples_->setColumnCount(static_cast<int>(set.samples.size()));
                QStringList headers;
                for (const SampleSetEntry& sample : set.samples)
                    headers << tr("T %1").arg(temperatureText(sample.sampler.temperature));
                epochSamples_->setHorizontalHeaderLabels(headers);
            }
            epochSamples_->insertRow(row);
            epochSamples_->setVerticalHeaderItem(row, new QTableWidgetItem(tr("epoch %1").arg(set.checkpointEpoch)));
            for (std::size_t c = 0; c < set.samples.size(); ++c) {
                auto* item = new QTableWidgetItem(set.samples[c].text);
                item->setTextAlignment(Qt::AlignTop | Qt::AlignLeft); // read from the start, like the columns
                item->setData(Qt::UserRole, file);
                epochSamples_->setItem(row, static_cast<int>(c), item);
            }
            ++row;
        } catch (const std::exception&) {
            // a sample file being written right now: the next refresh reads it
        }
    }
    epochSamples_->resizeRowsToContents();
}

void MainWindow::runContextMenu(const QPoint& position)
{
    QTreeWidgetItem* item = runList_->itemAt(position);
    if (!item)
        return;
    const QString path = item->data(NameColumn, Qt::UserRole).toString();
    QMenu menu(this);
    QAction* rename = menu.addAction(tr("Rename…"));
    QAction* duplicate = menu.addAction(tr("Duplicate settings into a new run"));
    QAction* open = menu.addAction(tr("Open its folder"));
    menu.addSeparator();
    QAction* remove = menu.addAction(tr("Delete…"));
    QAction* chosen = menu.exec(runList_->viewport()->mapToGlobal(position));
    try {
        if (chosen == rename) {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Rename run"), tr("Name:"), QLineEdit::Normal,
                                                       item->text(NameColumn), &ok);
            if (ok && !name.trimmed().isEmpty())
                library_.rename(path, name.trimmed());
        } else if (chosen == duplicate) {
            selectRun(library_.duplicate(path, tr("%1 (copy)").arg(item->text(NameColumn))));
        } else if (chosen == open) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        } else if (chosen == remove) {
            Problem error;
            if (!library_.remove(path, false, &error)) {
                const auto answer = QMessageBox::question(
                    this, tr("Delete run"),
                    tr("%1\n\nDelete %2 for good?").arg(ProblemText::of(error), item->text(NameColumn)));
                if (answer == QMessageBox::Yes && !library_.remove(path, true, &error))
                    QMessageBox::warning(this, tr("Delete run"), ProblemText::of(error));
            }
            if (path == currentRun_)
                currentRun_.clear();
        }
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Run"), ProblemText::of(Problem::from(error)));
    }
}

void MainWindow::exportSamples()
{
    if (!generation_->sampleSet()) {
        statusBar()->showMessage(tr("There are no samples to export yet."), 5000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export samples"), QStringLiteral("samples.txt"),
        tr("Sample sets (*.txt);;JSON Lines, every word with its probability (*.jsonl);;Markdown tables (*.md)"));
    QString error;
    if (!path.isEmpty() && !exportSamplesTo(path, &error))
        QMessageBox::warning(this, tr("Export samples"), error);
}

bool MainWindow::exportSamplesTo(const QString& path, QString* error)
{
    const std::optional<SampleSet> set = generation_->sampleSet();
    if (!set) {
        if (error)
            *error = tr("There are no samples to export yet.");
        return false;
    }
    try {
        // The format follows the file's name: JSON Lines and Markdown carry the words' records and statistics.
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("jsonl"))
            writeExport(path, formatJsonLines(*generation_->detailedSampleSet()));
        else if (suffix == QLatin1String("md"))
            writeExport(path, formatMarkdown(*generation_->detailedSampleSet()));
        else
            writeSampleSet(path, *set);
        statusBar()->showMessage(tr("Samples written to %1").arg(path), 5000);
        return true;
    } catch (const std::exception& failure) {
        if (error)
            *error = ProblemText::of(Problem::from(failure));
        return false;
    }
}

void MainWindow::exportBranches()
{
    if (!generation_->branchForest()) {
        statusBar()->showMessage(tr("There are no branches to export: show a run's columns first."), 5000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export branches"), QStringLiteral("branches.txt"),
                                                      tr("Outlines (*.txt);;JSON (*.json)"));
    QString error;
    if (!path.isEmpty() && !exportBranchesTo(path, &error))
        QMessageBox::warning(this, tr("Export branches"), error);
}

bool MainWindow::exportBranchesTo(const QString& path, QString* error)
{
    const std::optional<BranchForest> forest = generation_->branchForest();
    if (!forest) {
        if (error)
            *error = tr("There are no branches to export: show a run's columns first.");
        return false;
    }
    try {
        writeBranches(path, *forest);
        statusBar()->showMessage(tr("Branches written to %1").arg(path), 5000);
        return true;
    } catch (const std::exception& failure) {
        if (error)
            *error = ProblemText::of(Problem::from(failure));
        return false;
    }
}

void MainWindow::openBranches()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open branches"), QString(),
                                                      tr("Branch trees (*.txt *.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openBranchesFrom(path, &error))
        QMessageBox::warning(this, tr("Open branches"), error);
}

bool MainWindow::openBranchesFrom(const QString& path, QString* error)
{
    try {
        QString reason;
        if (!generation_->loadBranches(readBranches(path), &reason)) {
            if (error)
                *error = reason;
            return false;
        }
        branchDock_->show();
        branchDock_->raise();
        statusBar()->showMessage(tr("Branches read from %1").arg(path), 5000);
        return true;
    } catch (const std::exception& failure) {
        if (error)
            *error = ProblemText::of(Problem::from(failure));
        return false;
    }
}

void MainWindow::exportEpochSamples()
{
    QTableWidgetItem* item = epochSamples_->currentItem() ? epochSamples_->currentItem()
                                                          : epochSamples_->item(epochSamples_->rowCount() - 1, 0);
    if (!item) {
        statusBar()->showMessage(tr("This run has no epoch samples yet."), 5000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export epoch samples"),
                                                      QFileInfo(item->data(Qt::UserRole).toString()).fileName(),
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    try {
        writeSampleSet(path, readSampleSet(item->data(Qt::UserRole).toString()));
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Export epoch samples"), ProblemText::of(Problem::from(error)));
    }
}

void MainWindow::exportLossCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export loss as CSV"), QStringLiteral("loss.csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !plot_->exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export loss as CSV"), error);
}

void MainWindow::exportLossPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export loss as PNG"), QStringLiteral("loss.png"),
                                                      tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !plot_->exportPng(path, &error))
        QMessageBox::warning(this, tr("Export loss as PNG"), error);
}

} // namespace textgen
