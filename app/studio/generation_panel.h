// The heart of the studio: a checkpoint, a prompt, the softmax temperature slider, top-k, top-p, length and
// seed; side-by-side columns at the chapter's temperatures (sharing one seed) or at one temperature with K
// seeds, regenerated off the UI thread while the slider moves; and the distribution each word was drawn
// from, reshaped instantly from the stored logits as the slider moves, with branches on a click.
// The columns take the panel's whole width, each with a strip of statistics under it. The panel also owns the
// views of the inspected step, which live where the window puts them (docks): the distribution chart (with
// 1,000 draws on request), entropy against temperature, the chain's pipeline, the attention over the context,
// and the sampler page (min-p, the repetition penalty and the chain's order).
#pragma once

#include <QWidget>

#include <array>
#include <map>
#include <tuple>

#include "branch_tree.h"
#include "checkpoint_scrubber.h"
#include "generation_service.h"
#include "inspection.h"
#include "sample_export.h"
#include "sample_grid.h"
#include "sample_set.h"

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace textgen {

class AttentionMap;
class BranchTreeView;
class ChainEditor;
class DistributionChart;
class ElidedLabel;
class EntropyPlot;
class PipelineView;
class ProbabilityRiver;
class TemperatureSlider;

class GenerationPanel : public QWidget {
    Q_OBJECT

public:
    // The columns: the chapter's temperatures (one seed), one temperature with K seeds, or every saved
    // checkpoint at one temperature and seed (the scrubber: the model learning, with the probability river).
    enum class Mode { Temperatures, Seeds, Checkpoints };

    explicit GenerationPanel(QWidget* parent = nullptr);

    // The run whose checkpoints to sample; reloads its checkpoint list and the latest checkpoint.
    // `reload`: load its checkpoint again even when the run is the one shown.
    void setRun(const QString& runPath, bool reload = false);
    void refreshCheckpoints();
    QString runPath() const { return runPath_; }

    // What the columns show now, as a sample set (for "Export samples…"), and with every word's record.
    std::optional<SampleSet> sampleSet() const;
    std::optional<DetailedSampleSet> detailedSampleSet() const;

    void setMode(Mode mode);
    // Columns in the "different seeds" mode.
    int columnCount() const;
    void setColumnCount(int count);
    Mode mode() const;
    // The columns' temperatures in the chapter's mode; the slider moves the selected one.
    void setTemperatures(const std::vector<double>& temperatures);
    const std::vector<double>& temperatures() const { return temperatures_; }
    void regenerate();
    // Loads the run's latest checkpoint again when "latest checkpoint" is chosen (a new epoch ended): the
    // columns regenerate with the same prompt, seed and branches. Asked while a checkpoint loads, it loads
    // the latest again once that one is in.
    void followLatestCheckpoint();
    bool samplesLatest() const;
    void setSampleLayout(SampleGrid::Layout layout);

    TemperatureSlider* slider() const { return slider_; }
    QLineEdit* promptEdit() const { return prompt_; }
    ElidedLabel* statusLabel() const { return status_; }
    SampleGrid* grid() const { return grid_; }
    DistributionChart* chart() const { return chart_; }
    EntropyPlot* entropyPlot() const { return entropy_; }
    PipelineView* pipelineView() const { return pipeline_; }
    ProbabilityRiver* riverView() const { return river_; }
    AttentionMap* attentionMap() const { return attention_; }
    BranchTreeView* branchView() const { return branchView_; }
    // Every column's branches in the shown mode (the chapter's temperatures and different seeds keep their
    // own), with the run and prompt they belong to; and back, for the same run (false with the reason).
    std::optional<BranchForest> branchForest() const;
    bool loadBranches(const BranchForest& forest, QString* reason);
    // The selected column's tree; nullptr in the Checkpoints mode.
    const BranchTree* shownTree() const;
    CheckpointScrubber& scrubber() { return scrubber_; }
    QComboBox* modeBox() const { return mode_; }
    // The Checkpoints mode's epochs: empty for all, or "1, 3, 5-8".
    QLineEdit* epochsEdit() const { return epochs_; }
    // The checkpoint (epoch) of each shown column in the Checkpoints mode; empty in the others.
    const std::vector<qint64>& columnEpochs() const { return columnEpochs_; }
    QWidget* samplerPage() const { return samplerPage_; }
    ChainEditor* chainEditor() const { return chainEditor_; }
    QDoubleSpinBox* minPBox() const { return minP_; }
    QDoubleSpinBox* penaltyBox() const { return penalty_; }
    QSpinBox* windowBox() const { return window_; }
    QSpinBox* topKBox() const { return topK_; }
    const std::vector<SamplerStepKind>& chainOrder() const { return order_; }
    void setChainOrder(const std::vector<SamplerStepKind>& order);
    // The sampler's boxes and the chain's order, as the window keeps them between sessions.
    void saveSampler(QSettings& settings) const;
    void restoreSampler(const QSettings& settings);
    // Samples the inspected step `draws` times through its chain and marks the counts over the bars.
    void drawInspectedStep(int draws = 1000);
    QComboBox* checkpointBox() const { return checkpoint_; }
    QSpinBox* seedBox() const { return seed_; }
    QPushButton* undoBranchButton() const { return undoBranch_; }
    QAction* colourAction() const { return colour_; }
    GenerationService& service() { return service_; }
    const GenerationResult* result() const { return result_.get(); }
    int selectedColumn() const { return selectedColumn_; }

signals:
    void message(const QString& text);
    void regenerated(double milliseconds);
    void dragActive(bool active); // the temperature slider's handle is held

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QVector<GridColumn> gridColumns() const;
    // The sampler as the boxes, the slider and the chain editor set it (the columns' temperatures aside).
    SamplerSettings boxSettings() const;
    GenerationRequest buildRequest() const;
    void showStatus();
    void showProblem(const Problem& problem);
    void showResult(qint64 id, const SharedGeneration& result, double milliseconds);
    void present(const SharedGeneration& result, double milliseconds);
    void requestScrub();
    void showScrub(qint64 id, const SharedScrub& scrub);
    void inspect(int column, int step);
    void showDistribution();
    void showInspector(const SamplerSettings& settings, const std::optional<CandidateArray>& reshaped);
    void showChain();
    // Where the model looked to predict the inspected word (by epoch in the Checkpoints mode).
    void showAttention();
    QString chainHeading(const SamplerSettings& settings) const;
    // A step and its value as headings and the chain editor write it ("top-k 40", "T 0.7").
    QString stepLabel(const SamplerSettings& settings, SamplerStepKind kind) const;
    // A pipeline stage as the table words it, with the values the chain ran with.
    QString stageName(const PipelineStage& stage, const SamplerSettings& settings) const;
    // The inspected step's logits and context (prompt and the words before it), when they were kept.
    const std::vector<float>* inspectedLogits() const;
    std::vector<std::int32_t> inspectedContext() const;
    void temperatureMoved(double temperature);
    void branch(int candidate);
    // The trees of the shown mode, by column; the column's own, made as drawn when it has none.
    std::map<int, BranchTree>& trees();
    BranchTree& treeOf(int column);
    // The shown branches take what their columns drew (text, statistics, sampler, checkpoint).
    void recordShownBranches();
    void showBranches();
    void showBranch(int column, int id);

    GenerationService service_;
    QString runPath_;
    QComboBox* checkpoint_;
    QLineEdit* prompt_;
    TemperatureSlider* slider_;
    QSpinBox* topK_;
    QDoubleSpinBox* topP_;
    QSpinBox* length_;
    QSpinBox* seed_;
    QDoubleSpinBox* minP_;
    QDoubleSpinBox* penalty_;
    QSpinBox* window_;
    ChainEditor* chainEditor_;
    QWidget* samplerPage_;
    QLabel* minPLabel_;
    QLabel* penaltyLabel_;
    QLabel* windowLabel_;
    QLabel* chainLabel_;
    std::vector<SamplerStepKind> order_ = kDefaultChainOrder;
    QComboBox* mode_;
    QComboBox* layout_;
    QSpinBox* columns_;
    QLineEdit* epochs_;
    QLabel* promptLabel_;
    QLabel* temperatureLabel_;
    QPushButton* newSeed_;
    QAction* colour_; // the window shows it in its View menu
    QPushButton* undoBranch_;
    ElidedLabel* status_;   // never widens the row as its text changes
    Problem statusProblem_; // what status_ says went wrong, if anything
    SampleGrid* grid_;
    DistributionChart* chart_;
    EntropyPlot* entropy_;
    PipelineView* pipeline_;
    ProbabilityRiver* river_;
    AttentionMap* attention_;
    BranchTreeView* branchView_;
    CheckpointScrubber scrubber_;
    SharedScrub scrub_; // the shown scrub (its river and attention by epoch)
    qint64 scrubId_ = 0;
    std::vector<qint64> columnEpochs_; // per column, in the Checkpoints mode
    std::vector<qint64> columnSteps_;
    // The inspected step's entropy curve (it does not depend on the slider) and its last draws, with what
    // they were computed for: result, column, step (and temperature for the draws).
    std::tuple<const GenerationResult*, int, int> curveKey_{nullptr, -1, -1};
    std::tuple<const GenerationResult*, int, int, double> drawKey_{nullptr, -1, -1, 0.0};
    DrawCounts draws_;
    std::vector<double> temperatures_ = kChapterTemperatures; // the chapter's, until the slider moves one
    // The branch trees, by column, of the chapter's temperatures [0] and of the different seeds [1].
    std::array<std::map<int, BranchTree>, 2> trees_;
    SharedGeneration result_;
    GenerationRequest shownRequest_;
    qint64 latest_ = 0;
    double milliseconds_ = 0.0; // how long the shown columns took
    int selectedColumn_ = 0;
    int inspectedStep_ = 0;
    bool loading_ = false;
    bool followAgain_ = false; // the latest checkpoint changed while one loaded: load it next
};

} // namespace textgen
