// The studio window: runs to click through (a dock), the live loss plot, the generation panel, the epoch
// samples, training controls with a status bar, exports; in English and Korean. It reads like a table of
// contents: createActions(); createMenus(); createDocks(); readSettings().
#pragma once

#include <optional>

#include <QColor>
#include <QMainWindow>
#include <QSet>

#include "run_curve.h"
#include "run_library.h"
#include "system_info.h"
#include "training_controller.h"
#include "training_processes.h"

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSlider;
class QStackedWidget;
class QTableWidget;
class QToolButton;
class QTreeWidget;
class QToolBar;
class QTreeWidgetItem;

namespace textgen {

class GenerationPanel;
class LossPlot;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const QString& runsRoot, QWidget* parent = nullptr);

    // Starts a run with `settings` in the library (what the New run dialog and the empty state do).
    bool startNewRun(const RunSettings& settings, Problem* refusal = nullptr);
    void selectRun(const QString& path);
    QString currentRun() const { return currentRun_; }
    void setOverlay(const QString& path, bool shown);
    // "Export samples…" without the file dialog: false with `error` when it cannot be written.
    bool exportSamplesTo(const QString& path, QString* error = nullptr);
    // "Export branches…" and "Open branches…" without the file dialogs (JSON by a .json suffix, else text).
    bool exportBranchesTo(const QString& path, QString* error = nullptr);
    bool openBranchesFrom(const QString& path, QString* error = nullptr);

    RunLibrary& library() { return library_; }
    TrainingController& controller() { return controller_; }
    TrainingProcesses& trainingProcesses() { return processes_; } // a run of more than one process, on the CPU
    QLabel* deviceLabel() const { return deviceLabel_; }
    LossPlot* lossPlot() const { return plot_; }
    GenerationPanel* generation() const { return generation_; }
    QTreeWidget* runList() const { return runList_; }
    QTableWidget* epochSamples() const { return epochSamples_; }
    QStackedWidget* pages() const { return pages_; }
    QDockWidget* distributionDock() const { return distributionDock_; }
    QDockWidget* entropyDock() const { return entropyDock_; }
    QDockWidget* pipelineDock() const { return pipelineDock_; }
    QDockWidget* samplerDock() const { return samplerDock_; }
    QDockWidget* riverDock() const { return riverDock_; }
    QDockWidget* attentionDock() const { return attentionDock_; }
    QDockWidget* branchDock() const { return branchDock_; }
    QDockWidget* epochSamplesDock() const { return samplesDock_; }
    QToolButton* followButton() const { return follow_; }
    QLabel* progressLabel() const { return progressLabel_; } // the last step's line in the status bar
    // The window's commands, by name: a misspelt one is a compile error, not a null pointer.
    struct Actions {
        QAction *newRun, *start, *pause, *stop;
        QAction *exportSamples, *exportEpochSamples, *exportCsv, *exportPng, *exportBranches, *openBranches, *quit;
        QAction *biggerText, *smallerText, *resetText, *epochSamplesFullSize, *about;
    };
    const Actions& actions() const { return actions_; }
    // What the status bar says of a stage of the training session, in the interface's language.
    static QString stageText(SessionStage stage);

signals:
    void languageChangeRequested(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void createActions();
    void createMenus();
    void createDocks();
    void createCentral();
    void createStatusBar();
    void readSettings();
    void writeSettings();

    void newRun();
    void startTraining();
    void togglePause();
    void stopTraining();
    void showProgress();
    void exportSamples();
    void exportBranches();
    void openBranches();
    void exportEpochSamples();
    void exportLossCsv();
    void exportLossPng();

    void refreshRunList();
    void showRunCurves();
    void addPlotRun(const QString& path); // its curves, named as the library names the run
    void loadCurve(const QString& path);
    void showCurve(const CurveChunk& chunk);
    void changeTextSize(double step); // points; 0 resets
    void showEpochSamplesFullSize();
    void showAbout();
    void refreshEpochSamples();
    void runContextMenu(const QPoint& position);
    void onProgress(const QList<TrainingProgress>& points);
    void onEpoch(const EpochReport& result);
    void followWatchedRun(const QString& path); // a run another process trains grew on disk
    void sampleLatestCheckpoint(const QString& path);
    void showIdleDevice(); // where a run would train now
    void showWatchedRun(const CurvePoint* last = nullptr);
    void updateActions();
    QColor colourFor(const QString& path);

    const SystemInfo systemInfo_ = systemInfo(); // what this process computes on (Help > About)
    RunLibrary library_;
    TrainingController controller_;
    TrainingProcesses processes_;
    QString currentRun_;
    QSet<QString> overlays_;
    QHash<QString, QColor> colours_;
    CurveLoader curves_;
    QHash<QString, CurveScale> scales_;            // per run: where a step lies on the tokens and epochs axes
    std::optional<TrainingProgress> lastProgress_; // what the status bar's progress line says
    double lastProgressSeconds_ = 0.0;             // wall time of the last step reported: a validation lies there
    bool showingWatchedRun_ = false;               // the status bar speaks of a run another process trains
    qint64 watchedEpochs_ = 0;                     // the current run's epochs when last seen: a new one is sampled
    Actions actions_{};
    struct Menus {
        QMenu *file, *training, *view, *language, *help;
    } menus_{};
    QToolBar* toolBar_ = nullptr;
    QDockWidget* runsDock_ = nullptr;
    QDockWidget* distributionDock_ = nullptr;
    QDockWidget* entropyDock_ = nullptr;
    QDockWidget* pipelineDock_ = nullptr;
    QDockWidget* samplerDock_ = nullptr;
    QDockWidget* riverDock_ = nullptr;
    QDockWidget* attentionDock_ = nullptr;
    QDockWidget* branchDock_ = nullptr;
    QDockWidget* samplesDock_ = nullptr;
    QLabel* explanation_ = nullptr;
    QPushButton* quickStart_ = nullptr;
    QLabel* smoothingLabel_ = nullptr;
    QLabel* xLabel_ = nullptr;
    QLabel* yLabel_ = nullptr;
    QToolButton* follow_ = nullptr;
    double defaultTextSize_ = 0.0;
    QStackedWidget* pages_ = nullptr;
    QTreeWidget* runList_ = nullptr;
    LossPlot* plot_ = nullptr;
    QSlider* smoothing_ = nullptr;
    QComboBox* xAxis_ = nullptr;
    QComboBox* yAxis_ = nullptr;
    QCheckBox* logScale_ = nullptr;
    GenerationPanel* generation_ = nullptr;
    QTableWidget* epochSamples_ = nullptr;
    QLabel* deviceLabel_ = nullptr;
    QLabel* progressLabel_ = nullptr;
    QProgressBar* epochProgress_ = nullptr;
    bool refreshingList_ = false;
};

} // namespace textgen
