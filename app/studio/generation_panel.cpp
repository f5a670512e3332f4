// The generation panel.
#include "generation_panel.h"

#include "problem_text.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFileInfo>

#include <utility>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

#include "attention_map.h"
#include "branch_tree_view.h"
#include "chain_editor.h"
#include "column_statistics.h"
#include "distribution_chart.h"
#include "elided_label.h"
#include "entropy_plot.h"
#include "pipeline_view.h"
#include "probability_river.h"
#include "run_directory.h"
#include "sample_grid.h"
#include "sampler.h"
#include "temperature_slider.h"

namespace textgen {

GenerationPanel::GenerationPanel(QWidget* parent) : QWidget(parent)
{
    checkpoint_ = new QComboBox(this);
    prompt_ = new QLineEdit(QStringLiteral("this movie"), this);
    slider_ = new TemperatureSlider(this);
    topK_ = new QSpinBox(this);
    topK_->setRange(0, 100000);
    topP_ = new QDoubleSpinBox(this);
    topP_->setRange(0.0, 1.0);
    topP_->setSingleStep(0.05);
    topP_->setValue(1.0);
    length_ = new QSpinBox(this);
    length_->setRange(1, 1000);
    length_->setValue(50);
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 2147483647);
    seed_->setValue(42);
    newSeed_ = new QPushButton(this);
    mode_ = new QComboBox(this);
    mode_->addItems({QString(), QString(), QString()});
    layout_ = new QComboBox(this);
    layout_->addItems({QString(), QString()});
    columns_ = new QSpinBox(this);
    columns_->setRange(1, 8);
    columns_->setValue(5);
    epochs_ = new QLineEdit(this);
    epochs_->setClearButtonEnabled(true);
    colour_ = new QAction(this);
    colour_->setCheckable(true);
    colour_->setChecked(true);
    undoBranch_ = new QPushButton(this);
    undoBranch_->setEnabled(false);
    status_ = new ElidedLabel(this);
    status_->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("0000 ms")));
    promptLabel_ = new QLabel(this);
    temperatureLabel_ = new QLabel(this);
    grid_ = new SampleGrid(this);
    grid_->setPromptShown(false);         // the prompt field is right above the columns
    chart_ = new DistributionChart(this); // the window docks it
    chart_->hide();
    entropy_ = new EntropyPlot(this); // docked too
    entropy_->hide();
    pipeline_ = new PipelineView(this);
    pipeline_->hide();
    river_ = new ProbabilityRiver(this);
    river_->hide();
    attention_ = new AttentionMap(this);
    attention_->hide();
    branchView_ = new BranchTreeView(this);
    branchView_->hide();

    // The sampler page (docked): the steps beyond temperature, top-k and top-p, and the chain's order.
    samplerPage_ = new QWidget(this);
    samplerPage_->hide();
    minP_ = new QDoubleSpinBox(samplerPage_);
    minP_->setRange(0.0, 1.0);
    minP_->setDecimals(3);
    minP_->setSingleStep(0.01);
    penalty_ = new QDoubleSpinBox(samplerPage_);
    penalty_->setRange(0.1, 5.0);
    penalty_->setDecimals(2);
    penalty_->setSingleStep(0.05);
    penalty_->setValue(1.0);
    window_ = new QSpinBox(samplerPage_);
    window_->setRange(0, 1000);
    window_->setValue(64);
    chainEditor_ = new ChainEditor(samplerPage_);
    minPLabel_ = new QLabel(samplerPage_);
    penaltyLabel_ = new QLabel(samplerPage_);
    windowLabel_ = new QLabel(samplerPage_);
    chainLabel_ = new QLabel(samplerPage_);
    chainLabel_->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(minPLabel_, minP_);
    form->addRow(penaltyLabel_, penalty_);
    form->addRow(windowLabel_, window_);
    auto* page = new QVBoxLayout(samplerPage_);
    page->setContentsMargins(4, 4, 4, 4);
    page->addLayout(form);
    page->addWidget(chainLabel_);
    page->addWidget(chainEditor_, 1);

    // Two rows of controls, so that the text below gets the height: what to continue and how hot, then the
    // sampler's other settings and the columns' arrangement.
    auto* row1 = new QHBoxLayout;
    row1->addWidget(promptLabel_);
    row1->addWidget(prompt_, 2);
    row1->addWidget(checkpoint_);
    row1->addSpacing(8);
    row1->addWidget(temperatureLabel_);
    row1->addWidget(slider_, 3);
    checkpoint_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* row2 = new QHBoxLayout;
    for (QWidget* widget : std::initializer_list<QWidget*>{topK_, topP_, length_, seed_, newSeed_, mode_, columns_,
                                                           epochs_, layout_, undoBranch_})
        row2->addWidget(widget);
    status_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row2->addWidget(status_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(grid_, 1);
    retranslate();

    connect(slider_, &TemperatureSlider::temperatureChanged, this, &GenerationPanel::temperatureMoved);
    connect(slider_, &TemperatureSlider::dragStarted, this, [this] { emit dragActive(true); });
    connect(slider_, &TemperatureSlider::dragFinished, this, [this] { emit dragActive(false); });
    connect(prompt_, &QLineEdit::textChanged, this, &GenerationPanel::regenerate);
    for (QSpinBox* box : {topK_, length_, seed_, columns_})
        connect(box, &QSpinBox::valueChanged, this, &GenerationPanel::regenerate);
    connect(topP_, &QDoubleSpinBox::valueChanged, this, &GenerationPanel::regenerate);
    for (QDoubleSpinBox* box : {minP_, penalty_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &GenerationPanel::regenerate);
    connect(window_, &QSpinBox::valueChanged, this, &GenerationPanel::regenerate);
    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*>{topK_, topP_, minP_, penalty_, window_})
        connect(box, &QAbstractSpinBox::editingFinished, this, &GenerationPanel::showChain);
    for (QSpinBox* box : {topK_, window_})
        connect(box, &QSpinBox::valueChanged, this, &GenerationPanel::showChain);
    for (QDoubleSpinBox* box : {topP_, minP_, penalty_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &GenerationPanel::showChain);
    connect(chainEditor_, &ChainEditor::orderChanged, this, [this](const QStringList& names) {
        std::vector<SamplerStepKind> order;
        for (const QString& name : names)
            if (const std::optional<SamplerStepKind> kind = stepKindFromName(name.toStdString()))
                order.push_back(*kind);
        setChainOrder(order);
    });
    connect(chart_, &DistributionChart::drawRequested, this, [this] { drawInspectedStep(); });
    connect(&scrubber_, &CheckpointScrubber::progress, this, [this](qint64 id, int done, int total) {
        if (id != scrubId_)
            return;
        river_->setProgress(done, total);
        status_->setFullText(tr("Checkpoint %1 of %2…").arg(done).arg(total));
    });
    connect(&scrubber_, &CheckpointScrubber::finished, this, &GenerationPanel::showScrub);
    connect(&scrubber_, &CheckpointScrubber::failed, this, [this](qint64 id, const Problem& reason) {
        if (id != scrubId_)
            return;
        river_->setProgress(0, 0);
        showProblem(reason);
    });
    connect(&scrubber_, &CheckpointScrubber::cancelled, this, [this](qint64 id) {
        if (id != scrubId_)
            return;
        river_->setProgress(0, 0);
        status_->setFullText(tr("Stopped reading the checkpoints."));
    });
    connect(river_, &ProbabilityRiver::cancelRequested, &scrubber_, &CheckpointScrubber::cancel);
    connect(entropy_, &EntropyPlot::temperatureClicked, this, [this](double temperature) {
        slider_->setTemperature(temperature);
        temperatureMoved(slider_->temperature());
    });
    connect(mode_, &QComboBox::currentIndexChanged, this, [this] {
        columns_->setVisible(mode() == Mode::Seeds);
        epochs_->setVisible(mode() == Mode::Checkpoints);
        if (mode() != Mode::Checkpoints) {
            scrubId_ = 0; // a scrub that finishes now is not shown
            scrub_.reset();
            scrubber_.cancel();
            river_->setProgress(0, 0);
            river_->clear();
        }
        if (mode() == Mode::Temperatures && selectedColumn_ < static_cast<int>(temperatures_.size())) {
            const QSignalBlocker block(slider_);
            slider_->setTemperature(temperatures_[static_cast<std::size_t>(selectedColumn_)]);
        }
        regenerate();
    });
    connect(layout_, &QComboBox::currentIndexChanged, this, [this](int index) {
        grid_->setLayout(index == 0 ? SampleGrid::Layout::Columns : SampleGrid::Layout::Rows);
    });
    connect(newSeed_, &QPushButton::clicked, this,
            [this] { seed_->setValue(static_cast<int>(QRandomGenerator::global()->bounded(1000000))); });
    connect(colour_, &QAction::toggled, grid_, &SampleGrid::setColourByProbability);
    connect(undoBranch_, &QPushButton::clicked, this, [this] { // back to the branch it came from (kept)
        if (const BranchTree* tree = shownTree(); tree && tree->shown().parent >= 0)
            showBranch(selectedColumn_, tree->shown().parent);
    });
    connect(branchView_, &BranchTreeView::branchHighlighted, this, [this](int id) { showBranch(selectedColumn_, id); });
    connect(branchView_, &BranchTreeView::candidateChosen, this, &GenerationPanel::branch);
    connect(branchView_, &BranchTreeView::deleteRequested, this, [this](int id) {
        if (mode() == Mode::Checkpoints)
            return;
        BranchTree& tree = treeOf(selectedColumn_);
        const int shown = tree.current;
        tree.remove(id);
        if (tree.current != shown)
            regenerate(); // the shown branch went with it: the column shows the one it came from
        else
            showBranches();
    });
    connect(checkpoint_, &QComboBox::activated, this, [this] {
        if (!runPath_.isEmpty())
            service_.load(runPath_, checkpoint_->currentData().toString());
    });
    connect(grid_, &SampleGrid::inspectRequested, this, &GenerationPanel::inspect);
    connect(chart_, &DistributionChart::candidateClicked, this, &GenerationPanel::branch);
    connect(&service_, &GenerationService::loadedChanged, this, [this](const LoadedCheckpoint& checkpoint) {
        loading_ = false;
        if (std::exchange(followAgain_, false)) // a newer checkpoint came while this one loaded
            followLatestCheckpoint();
        emit message(tr("Sampling %1, epoch %2, step %3")
                         .arg(QFileInfo(checkpoint.runPath).fileName())
                         .arg(checkpoint.epoch)
                         .arg(checkpoint.step));
        grid_->setWordSeparator(checkpoint.tokenizer == QLatin1String("char") ? QString() : QStringLiteral(" "));
        regenerate();
    });
    connect(&service_, &GenerationService::loadFailed, this, [this](const Problem& reason) {
        loading_ = false;
        followAgain_ = false;
        showProblem(reason);
        emit message(ProblemText::of(reason));
    });
    connect(&service_, &GenerationService::generated, this, &GenerationPanel::showResult);
    connect(&service_, &GenerationService::failed, this, [this](qint64 id, const Problem& reason) {
        if (id != latest_)
            return;
        showProblem(reason);
        emit message(ProblemText::of(reason)); // the status bar has the width to show all of it
    });
    columns_->setVisible(false);
    epochs_->setVisible(false);
    connect(epochs_, &QLineEdit::editingFinished, this, &GenerationPanel::regenerate);
    const QSignalBlocker block(slider_); // the slider starts on the selected (first) column's temperature
    slider_->setTemperature(temperatures_.front());
}

void GenerationPanel::retranslate()
{
    checkpoint_->setToolTip(tr("The checkpoint to sample: the latest, or the end of any epoch"));
    prompt_->setPlaceholderText(
        tr("A prompt to continue (the chapter's model has no start token: type a word or more)"));
    topK_->setSpecialValueText(tr("top-k") + QLatin1Char(' ') + tr("off", "top-k disabled"));
    newSeed_->setText(tr("New seed"));
    mode_->setItemText(0, tr("The chapter's temperatures", "one column per temperature"));
    mode_->setItemText(1, tr("Different seeds", "one column per seed, at one temperature"));
    mode_->setItemText(2, tr("Every checkpoint", "one column per saved checkpoint, at one temperature and seed"));
    mode_->setToolTip(
        tr("One column per temperature of the chapter (one seed), one column per seed (one temperature), or one "
           "column per saved checkpoint (one temperature and seed: the model learning)"));
    layout_->setItemText(0, tr("Side by side", "samples laid out as columns"));
    layout_->setItemText(1, tr("One under another", "samples laid out as rows"));
    layout_->setToolTip(tr("Columns side by side, or each sample as a full-width paragraph"));
    columns_->setPrefix(tr("columns: "));
    epochs_->setPlaceholderText(tr("all epochs"));
    epochs_->setToolTip(
        tr("The checkpoints to show, by epoch: empty for all, or numbers and ranges such as 1, 3, 5-8"));
    epochs_->setFixedWidth(QFontMetrics(font()).horizontalAdvance(epochs_->placeholderText() + QStringLiteral("0000"))
                           + 24);
    colour_->setText(tr("Colour by probability"));
    colour_->setToolTip(tr("Shade each word by the probability it was drawn with: pale words were unlikely"));
    undoBranch_->setText(tr("Undo branch"));
    promptLabel_->setText(tr("Prompt"));
    temperatureLabel_->setText(tr("Temperature", "sampling softmax temperature"));
    // The small settings name themselves inside their boxes: a row of labels would not fit beside them.
    topK_->setPrefix(tr("top-k") + QLatin1Char(' '));
    topP_->setPrefix(tr("top-p") + QLatin1Char(' '));
    length_->setPrefix(tr("length") + QLatin1Char(' '));
    seed_->setPrefix(tr("seed", "random seed") + QLatin1Char(' '));
    // Spin boxes size themselves for their largest value (a seed of ten digits): these widths hold what people
    // type, in the interface's language.
    const QFontMetrics metrics(font());
    for (auto [box, digits] : {std::pair<QAbstractSpinBox*, const char*>{topK_, "00000"},
                               {topP_, "0.00"},
                               {length_, "0000"},
                               {seed_, "0000000"}}) {
        const auto* spin = qobject_cast<QSpinBox*>(box);
        const QString prefix = spin ? spin->prefix() : topP_->prefix();
        const int special = box == topK_ ? metrics.horizontalAdvance(topK_->specialValueText()) : 0;
        box->setFixedWidth(std::max(special, metrics.horizontalAdvance(prefix + QLatin1String(digits))) + 36);
    }
    topK_->setToolTip(tr("Keep only the k most likely words before drawing (off: keep them all)"));
    topP_->setToolTip(tr("Keep the most likely words whose probabilities add up to p (1: keep them all)"));
    length_->setToolTip(tr("Words to generate after the prompt"));
    seed_->setToolTip(tr("The random seed: the same seed draws the same words at the same temperature"));
    minPLabel_->setText(tr("min-p"));
    minP_->setSpecialValueText(tr("off", "min-p disabled"));
    minP_->setToolTip(tr("Keep only the words at least this fraction as likely as the most likely one (off: keep "
                         "them all)"));
    penaltyLabel_->setText(tr("repetition penalty"));
    penalty_->setToolTip(tr("Make the words of the last few tokens less likely: positive logits are divided by it, "
                            "negative ones multiplied (1: none)"));
    windowLabel_->setText(tr("over the last", "repetition penalty window"));
    window_->setSuffix(tr(" tokens"));
    window_->setToolTip(tr("How many tokens of the context the repetition penalty looks back at"));
    chainLabel_->setText(tr("The chain, in the order it runs (drag, or Ctrl+Up and Ctrl+Down):"));
    showChain();
    if (!runPath_.isEmpty())
        refreshCheckpoints();
    if (runPath_.isEmpty() || checkpoint_->count() == 0)
        status_->setFullText(runPath_.isEmpty() ? QString()
                                                : tr("This run has no checkpoint yet: train it to sample from it."));
    if (result_) {
        grid_->setColumns(gridColumns());
        showStatus();
        curveKey_ = {nullptr, -1, -1}; // the entropy plot's title is worded again
        showDistribution();
        showBranches();
    }
    if (!statusProblem_.isNone())
        showProblem(statusProblem_);
}

void GenerationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GenerationPanel::setTemperatures(const std::vector<double>& temperatures)
{
    temperatures_ = temperatures;
    if (mode() == Mode::Temperatures && selectedColumn_ < static_cast<int>(temperatures_.size())) {
        const QSignalBlocker block(slider_);
        slider_->setTemperature(temperatures_[static_cast<std::size_t>(selectedColumn_)]);
    }
}

void GenerationPanel::setSampleLayout(SampleGrid::Layout layout)
{
    layout_->setCurrentIndex(layout == SampleGrid::Layout::Columns ? 0 : 1);
}

bool GenerationPanel::samplesLatest() const
{
    return checkpoint_->currentData().toString() == QLatin1String("latest");
}

void GenerationPanel::followLatestCheckpoint()
{
    refreshCheckpoints();
    if (runPath_.isEmpty() || !samplesLatest())
        return;
    if (loading_) {
        followAgain_ = true; // once this load is done: what it reads may be older than the latest
        return;
    }
    loading_ = true;
    service_.load(runPath_, QStringLiteral("latest"));
}

void GenerationPanel::setRun(const QString& runPath, bool reload)
{
    if (runPath == runPath_) {
        if (reload)
            followLatestCheckpoint();
        return;
    }
    runPath_ = runPath;
    followAgain_ = false;
    for (auto& trees : trees_)
        trees.clear();
    result_.reset();
    statusProblem_ = {};
    latest_ = -1; // results of requests made for the previous run are not shown
    selectedColumn_ = 0;
    inspectedStep_ = 0;
    if (mode() == Mode::Temperatures && !temperatures_.empty()) {
        const QSignalBlocker block(slider_); // the slider shows the selected (first) column's temperature
        slider_->setTemperature(temperatures_.front());
    }
    grid_->setColumns({});
    chart_->clear();
    refreshCheckpoints();
    if (checkpoint_->count() > 0) {
        loading_ = true;
        service_.load(runPath_, checkpoint_->currentData().toString());
    } else {
        status_->setFullText(tr("This run has no checkpoint yet: train it to sample from it."));
    }
}

void GenerationPanel::showProblem(const Problem& problem)
{
    statusProblem_ = problem; // worded again when the language changes
    status_->setFullText(ProblemText::of(problem));
}

void GenerationPanel::refreshCheckpoints()
{
    const QString current = checkpoint_->currentData().toString();
    checkpoint_->clear();
    if (runPath_.isEmpty())
        return;
    try {
        const RunDirectory run = RunDirectory::open(runPath_);
        if (QFile::exists(run.latestCheckpointPath()))
            checkpoint_->addItem(tr("latest checkpoint"), QStringLiteral("latest"));
        const QList<qint64> epochs = run.checkpointEpochs();
        for (auto it = epochs.rbegin(); it != epochs.rend(); ++it)
            checkpoint_->addItem(tr("after epoch %1").arg(*it), QString::number(*it));
    } catch (const std::exception&) {
        // a damaged run: no checkpoints to offer
    }
    const int index = checkpoint_->findData(current);
    checkpoint_->setCurrentIndex(index >= 0 ? index : 0);
}

GenerationPanel::Mode GenerationPanel::mode() const
{
    return static_cast<Mode>(std::clamp(mode_->currentIndex(), 0, 2));
}

int GenerationPanel::columnCount() const
{
    return columns_->value();
}

void GenerationPanel::setColumnCount(int count)
{
    columns_->setValue(count);
}

void GenerationPanel::setMode(Mode mode)
{
    mode_->setCurrentIndex(static_cast<int>(mode));
}

SamplerSettings GenerationPanel::boxSettings() const
{
    SamplerSettings sampler;
    sampler.temperature = slider_->temperature();
    sampler.topK = topK_->value();
    sampler.topP = topP_->value();
    sampler.minP = minP_->value();
    sampler.repetitionPenalty = penalty_->value();
    sampler.repetitionWindow = window_->value();
    sampler.order = order_;
    sampler.seed = static_cast<std::uint64_t>(seed_->value());
    return sampler;
}

GenerationRequest GenerationPanel::buildRequest() const
{
    GenerationRequest request;
    request.prompt = prompt_->text().toStdString();
    request.length = length_->value();
    request.topCandidates = 20;
    const SamplerSettings sampler = boxSettings();
    // Temperatures: each column keeps its own (the slider has moved the selected one's), all at one seed.
    // Columns: the slider's temperature, seeds S, S + 1, ...
    request.columns = mode() == Mode::Temperatures
        ? temperatureColumns(temperatures_, sampler)
        : temperatureColumns({slider_->temperature()}, sampler, columns_->value());
    const int count = static_cast<int>(request.columns.size());
    if (mode() != Mode::Checkpoints)
        for (const auto& [column, tree] : trees_[static_cast<std::size_t>(mode())])
            if (column < count)
                request.columns[static_cast<std::size_t>(column)].forced = tree.shown().forced;
    request.keepLogitsOfColumn = selectedColumn_ < count ? selectedColumn_ : 0;
    request.keepAttention = true; // the watched column's: a few kilobytes a word
    return request;
}

void GenerationPanel::regenerate()
{
    if (loading_ || !service_.isLoaded())
        return;
    if (mode() == Mode::Temperatures && selectedColumn_ >= static_cast<int>(temperatures_.size()))
        selectedColumn_ = 0;
    if (mode() == Mode::Checkpoints) {
        requestScrub();
        return;
    }
    shownRequest_ = buildRequest();
    latest_ = service_.request(shownRequest_);
}

void GenerationPanel::requestScrub()
{
    ScrubRequest scrub;
    scrub.runPath = runPath_;
    try {
        scrub.epochs = RunDirectory::open(runPath_).checkpointEpochs();
    } catch (const std::exception& error) {
        showProblem(Problem::from(error));
        return;
    }
    if (scrub.epochs.isEmpty()) {
        status_->setFullText(tr("This run has no epoch checkpoints yet: train it for an epoch."));
        return;
    }
    QString bad;
    const std::optional<QList<qint64>> chosen = chosenEpochs(epochs_->text(), scrub.epochs, &bad);
    if (!chosen) {
        status_->setFullText(tr("No checkpoint for “%1”: name saved epochs, such as 1, 3, 5-8.").arg(bad));
        return;
    }
    scrub.epochs = *chosen;
    // One column from every checkpoint: the slider's temperature, the seed and the chain, no branches.
    scrub.request = buildRequest();
    scrub.request.columns.resize(1);
    scrub.request.columns.front().forced.clear();
    scrub.request.keepLogitsOfColumn = -1;
    // The river reads the inspected word's context: the prompt and the column's words before it.
    if (result_ && selectedColumn_ < static_cast<int>(result_->columns.size())) {
        const GeneratedColumn& column = result_->columns[static_cast<std::size_t>(selectedColumn_)];
        if (inspectedStep_ >= 0 && inspectedStep_ < static_cast<int>(column.tokens.size())
            && inspectedStep_ < scrub.request.length) {
            scrub.riverStep = inspectedStep_;
            for (int i = 0; i < inspectedStep_; ++i)
                scrub.riverForced[i] = column.tokens[static_cast<std::size_t>(i)].id;
        }
    }
    shownRequest_ = scrub.request;
    latest_ = -1; // the service's results are not this mode's
    scrubId_ = scrubber_.start(scrub);
    river_->setProgress(0, static_cast<int>(scrub.epochs.size()));
}

void GenerationPanel::showScrub(qint64 id, const SharedScrub& scrub)
{
    if (id != scrubId_ || mode() != Mode::Checkpoints)
        return;
    river_->setProgress(0, 0);
    scrub_ = scrub;
    auto result = std::make_shared<GenerationResult>();
    result->promptIds = scrub->promptIds;
    std::vector<qint64> epochs, steps;
    for (const ScrubbedColumn& column : scrub->columns) {
        result->columns.push_back(column.column);
        epochs.push_back(column.epoch);
        steps.push_back(column.step);
    }
    columnEpochs_ = std::move(epochs); // before the columns are drawn: their headings name their checkpoints
    columnSteps_ = std::move(steps);
    present(result, 0.0);
    RiverChart river;
    const CheckpointRiver& r = scrub->river;
    for (const qint64 epoch : r.epochs)
        river.epochs.append(static_cast<double>(epoch));
    for (std::size_t w = 0; w < r.ids.size(); ++w) {
        river.words << QString::fromStdString(r.tokens[w]);
        river.probabilities.append(QVector<double>(r.probability[w].begin(), r.probability[w].end()));
    }
    if (!r.ids.empty() && selectedColumn_ < static_cast<int>(result->columns.size())) {
        QStringList context{prompt_->text()};
        const GeneratedColumn& column = result->columns[static_cast<std::size_t>(selectedColumn_)];
        for (int i = 0; i < inspectedStep_ && i < static_cast<int>(column.tokens.size()); ++i)
            context << QString::fromStdString(column.tokens[static_cast<std::size_t>(i)].text);
        river.title = tr("after “%1”").arg(context.join(QLatin1Char(' ')));
    }
    river_->setRiver(river);
    status_->setFullText(tr("%n checkpoint(s)", nullptr, static_cast<int>(scrub->columns.size())));
}

void GenerationPanel::showStatus()
{
    QString note = tr("%1 ms").arg(milliseconds_, 0, 'f', 0);
    if (!result_->unknownWords.empty())
        note += tr(" · not in the vocabulary: %1").arg(QString::fromStdString(result_->unknownWords.front()));
    status_->setFullText(note);
}

QVector<GridColumn> GenerationPanel::gridColumns() const
{
    QVector<GridColumn> columns;
    const std::optional<LoadedCheckpoint> loaded = service_.loaded();
    for (std::size_t c = 0; c < result_->columns.size(); ++c) {
        const GeneratedColumn& generated = result_->columns[c];
        GridColumn column;
        // One short format, whatever the value: the heading never jumps while the slider moves.
        column.heading = tr("%1 · seed %2").arg(chainHeading(generated.sampler)).arg(generated.sampler.seed);
        if (c < columnEpochs_.size()) // the scrubber: the checkpoint is what differs, so it comes first
            column.heading = tr("epoch %1 · %2").arg(columnEpochs_[c]).arg(column.heading);
        else if (loaded)
            column.heading += tr(" · epoch %1").arg(loaded->epoch);
        column.branched = c < shownRequest_.columns.size() && !shownRequest_.columns[c].forced.empty();
        for (const SampledToken& token : generated.tokens)
            column.tokens.append({QString::fromStdString(token.text), token.probability, token.forced});
        // The strip under the text: how sure the model was, how likely it finds the text, how varied it is.
        const ColumnStatistics statistics = columnStatistics(generated.tokens);
        if (!generated.tokens.empty()) {
            column.footer = tr("entropy %1 bits · perplexity %2 · distinct %3 / %4 · repeated trigrams %5%")
                                .arg(statistics.meanEntropyBits, 0, 'f', 2)
                                .arg(statistics.perplexityAtT1, 0, 'f', statistics.perplexityAtT1 < 100 ? 1 : 0)
                                .arg(statistics.distinct1, 0, 'f', 2)
                                .arg(statistics.distinct2, 0, 'f', 2)
                                .arg(100.0 * statistics.repeatedTrigrams, 0, 'f', 0);
            if (statistics.loop.found()) {
                column.footer += tr(" · loop “%1” from word %2")
                                     .arg(loopWords(statistics.loop, generated.tokens))
                                     .arg(statistics.loop.start + 1);
                column.loopStart = statistics.loop.start;
                column.loopLength = statistics.loop.length;
            }
            column.footerToolTip
                = tr("Mean entropy of the distributions the words were drawn from; perplexity of the text under the "
                     "model at temperature 1 (lower: more typical); distinct words and word pairs over all of them; "
                     "the share of three-word sequences already seen; the longest stretch that repeats itself "
                     "(underlined in red).");
        }
        columns.append(column);
    }
    return columns;
}

void GenerationPanel::showResult(qint64 id, const SharedGeneration& result, double milliseconds)
{
    if (id != latest_ || mode() == Mode::Checkpoints)
        return; // an older request finished after a newer one was queued: the newer one is coming
    columnEpochs_.clear();
    columnSteps_.clear();
    scrub_.reset();
    present(result, milliseconds);
}

void GenerationPanel::present(const SharedGeneration& result, double milliseconds)
{
    result_ = result;
    statusProblem_ = {};
    const QVector<GridColumn> columns = gridColumns();
    grid_->setPrompt(prompt_->text());
    grid_->setColumns(columns);
    if (!result->columns.empty()) {
        selectedColumn_ = std::min<int>(selectedColumn_, static_cast<int>(result->columns.size()) - 1);
        inspectedStep_ = std::min<int>(
            inspectedStep_, std::max<int>(0, static_cast<int>(result->columns[selectedColumn_].tokens.size()) - 1));
        grid_->setInspected(selectedColumn_, inspectedStep_);
    }
    milliseconds_ = milliseconds;
    recordShownBranches();
    showStatus();
    showDistribution();
    emit regenerated(milliseconds);
}

void GenerationPanel::inspect(int column, int step)
{
    if (!result_ || column < 0 || column >= static_cast<int>(result_->columns.size()))
        return;
    const bool otherColumn = column != selectedColumn_;
    selectedColumn_ = column;
    inspectedStep_ = step;
    grid_->setInspected(column, step);
    if (otherColumn) {
        // The slider now drives this column: show its temperature, and keep its logits from now on.
        const QSignalBlocker block(slider_);
        slider_->setTemperature(mode() == Mode::Temperatures && column < static_cast<int>(temperatures_.size())
                                    ? temperatures_[static_cast<std::size_t>(column)]
                                    : result_->columns[static_cast<std::size_t>(column)].sampler.temperature);
        if (mode() == Mode::Temperatures)
            regenerate();
    }
    showDistribution();
    showBranches(); // the candidates are the inspected word's
    if (mode() == Mode::Checkpoints)
        requestScrub(); // the river follows the inspected word (the columns come from the cache)
}

void GenerationPanel::showDistribution()
{
    if (!result_ || selectedColumn_ >= static_cast<int>(result_->columns.size())) {
        chart_->clear();
        return;
    }
    const GeneratedColumn& column = result_->columns[static_cast<std::size_t>(selectedColumn_)];
    if (inspectedStep_ >= static_cast<int>(column.tokens.size())) {
        chart_->clear();
        return;
    }
    const SampledToken& token = column.tokens[static_cast<std::size_t>(inspectedStep_)];
    StepDistribution distribution;
    distribution.title = tr("column %1, word %2 “%3”")
                             .arg(selectedColumn_ + 1)
                             .arg(inspectedStep_ + 1)
                             .arg(QString::fromStdString(token.text));
    distribution.entropyBits = token.entropyBits;
    distribution.forced = token.forced;
    // The slider reshapes the bars at once from the stored logits, before the new columns arrive.
    const bool reshape = !column.logits.empty() && static_cast<std::size_t>(inspectedStep_) < column.logits.size()
        && slider_->temperature() != column.sampler.temperature;
    std::optional<CandidateArray> reshaped;
    if (reshape) {
        SamplerSettings settings = column.sampler;
        settings.temperature = slider_->temperature();
        const std::vector<float>& logits = column.logits[static_cast<std::size_t>(inspectedStep_)];
        reshaped = SamplerChain::narrowing(settings, inspectedContext()).apply(logits.data(), logits.size());
        distribution.entropyBits = reshaped->entropyBits();
    }
    for (std::size_t i = 0; i < token.top.size(); ++i) {
        const TokenCandidate& candidate = token.top[i];
        const double p = reshaped ? reshaped->probabilityOf(candidate.id) : candidate.probability;
        distribution.candidates.append({QString::fromStdString(candidate.text), p, candidate.probabilityAtT1});
        if (candidate.id == token.id)
            distribution.sampled = static_cast<int>(i);
    }
    if (distribution.sampled < 0) {
        // A word drawn from outside the top ones is still what the learner asks about: show it, set apart.
        double atT1 = 0.0;
        const bool haveLogits = static_cast<std::size_t>(inspectedStep_) < column.logits.size();
        if (haveLogits) {
            const std::vector<float>& logits = column.logits[static_cast<std::size_t>(inspectedStep_)];
            SamplerSettings plain;
            plain.suppressSpecials = column.sampler.suppressSpecials;
            atT1 = SamplerChain::narrowing(plain).apply(logits.data(), logits.size()).probabilityOf(token.id);
        }
        const double p = reshaped ? reshaped->probabilityOf(token.id) : token.probability;
        distribution.candidates.append({QString::fromStdString(token.text), p, atT1});
        distribution.sampled = static_cast<int>(distribution.candidates.size()) - 1;
        distribution.sampledBeyondTop = true;
    }
    if (drawKey_ == std::make_tuple(result_.get(), selectedColumn_, inspectedStep_, slider_->temperature())
        && draws_.draws > 0) {
        for (const TokenCandidate& candidate : token.top)
            distribution.observed.append(static_cast<double>(draws_.countOf(candidate.id)) / draws_.draws);
        if (distribution.sampledBeyondTop)
            distribution.observed.append(static_cast<double>(draws_.countOf(token.id)) / draws_.draws);
        distribution.observedNote = tr("%1 draws: χ² %2, %3 degrees of freedom, p = %4")
                                        .arg(draws_.draws)
                                        .arg(draws_.test.statistic, 0, 'f', 1)
                                        .arg(draws_.test.degreesOfFreedom)
                                        .arg(draws_.test.pValue, 0, 'f', 3);
    }
    chart_->setDistribution(distribution);
    SamplerSettings settings = column.sampler;
    settings.temperature = slider_->temperature();
    showInspector(settings, reshaped);
    showAttention();
}

void GenerationPanel::showAttention()
{
    const auto rowsOf = [this](const std::vector<LanguageModel::AttentionLayer>& layers, std::int64_t heads) {
        QStringList rows;
        for (const LanguageModel::AttentionLayer& layer : layers)
            for (std::int64_t head = 0; head < heads; ++head)
                rows << (layer.cross ? tr("block %1 cross · head %2") : tr("block %1 · head %2"))
                            .arg(layer.block + 1)
                            .arg(head + 1);
        return rows;
    };
    const auto fill = [](AttentionHeatmap& map, const StepAttention& step, const std::vector<std::string>& context) {
        for (std::int64_t key = 0; key < step.keys; ++key)
            map.words << QString::fromStdString(context.at(static_cast<std::size_t>(step.windowStart + key)));
        map.weights = QVector<double>(step.weights.begin(), step.weights.end());
    };
    const QString noAttention = tr("This preset has no attention: the LSTM carries the context in its state.");
    AttentionHeatmap map;
    if (mode() == Mode::Checkpoints) {
        // The same context read by every checkpoint: the selected column's epoch.
        const CheckpointRiver* river = scrub_ ? &scrub_->river : nullptr;
        if (!river || river->attention.empty()) {
            attention_->clear(river && !river->epochs.isEmpty() && river->attentionLayers.empty() ? noAttention
                                                                                                  : QString());
            return;
        }
        const std::size_t column = std::min<std::size_t>(static_cast<std::size_t>(std::max(selectedColumn_, 0)),
                                                         river->attention.size() - 1);
        const StepAttention& step = river->attention[column];
        map.title = tr("epoch %1 · after “%2”")
                        .arg(river->epochs.value(static_cast<int>(column)))
                        .arg(QString::fromStdString(river->context.back()));
        map.rows = rowsOf(river->attentionLayers, step.heads);
        fill(map, step, river->context);
        attention_->setHeatmap(map);
        return;
    }
    if (!result_ || selectedColumn_ >= static_cast<int>(result_->columns.size())) {
        attention_->clear();
        return;
    }
    const GeneratedColumn& column = result_->columns[static_cast<std::size_t>(selectedColumn_)];
    if (result_->attentionLayers.empty() && !column.tokens.empty()) {
        attention_->clear(noAttention);
        return;
    }
    if (inspectedStep_ < 0 || static_cast<std::size_t>(inspectedStep_) >= column.attention.size()) {
        attention_->clear();
        return;
    }
    const StepAttention& step = column.attention[static_cast<std::size_t>(inspectedStep_)];
    std::vector<std::string> context = result_->promptTokens;
    for (int i = 0; i < inspectedStep_; ++i)
        context.push_back(column.tokens[static_cast<std::size_t>(i)].text);
    map.title = tr("column %1, word %2 “%3”")
                    .arg(selectedColumn_ + 1)
                    .arg(inspectedStep_ + 1)
                    .arg(QString::fromStdString(column.tokens[static_cast<std::size_t>(inspectedStep_)].text));
    map.rows = rowsOf(result_->attentionLayers, step.heads);
    fill(map, step, context);
    attention_->setHeatmap(map);
}

const std::vector<float>* GenerationPanel::inspectedLogits() const
{
    if (!result_ || selectedColumn_ >= static_cast<int>(result_->columns.size()))
        return nullptr;
    const GeneratedColumn& column = result_->columns[static_cast<std::size_t>(selectedColumn_)];
    if (inspectedStep_ < 0 || static_cast<std::size_t>(inspectedStep_) >= column.logits.size())
        return nullptr;
    return &column.logits[static_cast<std::size_t>(inspectedStep_)];
}

std::vector<std::int32_t> GenerationPanel::inspectedContext() const
{
    std::vector<std::int32_t> context = result_ ? result_->promptIds : std::vector<std::int32_t>{};
    if (result_ && selectedColumn_ < static_cast<int>(result_->columns.size())) {
        const GeneratedColumn& column = result_->columns[static_cast<std::size_t>(selectedColumn_)];
        for (int i = 0; i < inspectedStep_ && i < static_cast<int>(column.tokens.size()); ++i)
            context.push_back(column.tokens[static_cast<std::size_t>(i)].id);
    }
    return context;
}

void GenerationPanel::showInspector(const SamplerSettings& settings, const std::optional<CandidateArray>& reshaped)
{
    const std::vector<float>* logits = inspectedLogits();
    if (!logits) {
        entropy_->clear();
        pipeline_->clear();
        curveKey_ = {nullptr, -1, -1};
        return;
    }
    const GeneratedColumn& column = result_->columns[static_cast<std::size_t>(selectedColumn_)];
    const SampledToken& token = column.tokens[static_cast<std::size_t>(inspectedStep_)];
    const QString step = tr("column %1, word %2 “%3”")
                             .arg(selectedColumn_ + 1)
                             .arg(inspectedStep_ + 1)
                             .arg(QString::fromStdString(token.text));
    // The curve is the model's at every T: computed once per step, then only its marker follows the slider.
    const auto key = std::make_tuple(result_.get(), selectedColumn_, inspectedStep_);
    if (curveKey_ != key) {
        curveKey_ = key;
        const std::vector<double> grid = temperatureGrid(0.0, 2.0, 101);
        const std::vector<double> bits = entropyCurve(logits->data(), logits->size(), grid, settings.suppressSpecials);
        entropy_->setCurve(
            {QVector<double>(grid.begin(), grid.end()), QVector<double>(bits.begin(), bits.end()), step});
    }
    entropy_->setMarker(settings.temperature, reshaped ? reshaped->entropyBits() : token.entropyBits);

    PipelineTable table;
    table.chosen = QString::fromStdString(token.text);
    std::vector<std::int32_t> watched;
    for (std::size_t i = 0; i < token.top.size() && i < 5; ++i) {
        watched.push_back(token.top[i].id);
        table.watched << QString::fromStdString(token.top[i].text);
    }
    for (const PipelineStage& stage :
         tracePipeline(logits->data(), logits->size(), settings, inspectedContext(), token.id, watched)) {
        PipelineRow row;
        row.stage = stageName(stage, settings);
        row.kept = static_cast<int>(stage.kept);
        row.chosenRank = stage.chosenRank;
        row.chosenProbability = stage.chosenProbability;
        for (const float p : stage.watchedProbabilities)
            row.watched.append(p);
        table.rows.append(row);
    }
    pipeline_->setTable(table);
}

QString GenerationPanel::stageName(const PipelineStage& stage, const SamplerSettings& settings) const
{
    switch (stage.kind) {
    case PipelineStage::Kind::Model: return tr("the model (T = 1)");
    case PipelineStage::Kind::SuppressSpecials: return tr("padding and [UNK] removed");
    case PipelineStage::Kind::Step: break;
    }
    if (stage.step == SamplerStepKind::Temperature) // spelled out: the table has the room the headings lack
        return tr("temperature %1").arg(temperatureText(settings.temperature));
    return stage.step ? stepLabel(settings, *stage.step) : QString::fromStdString(stage.name);
}

void GenerationPanel::drawInspectedStep(int draws)
{
    const std::vector<float>* logits = inspectedLogits();
    if (!logits)
        return;
    SamplerSettings settings = result_->columns[static_cast<std::size_t>(selectedColumn_)].sampler;
    settings.temperature = slider_->temperature();
    // Its own stream, seeded from the column's seed and the step: the same click gives the same counts.
    draws_ = drawRepeatedly(logits->data(), logits->size(), settings, inspectedContext(), draws,
                            settings.seed * 1000003u + static_cast<std::uint64_t>(inspectedStep_));
    drawKey_ = std::make_tuple(result_.get(), selectedColumn_, inspectedStep_, slider_->temperature());
    showDistribution();
}

void GenerationPanel::setChainOrder(const std::vector<SamplerStepKind>& order)
{
    if (order == order_)
        return;
    order_ = order;
    showChain();
    regenerate();
}

void GenerationPanel::saveSampler(QSettings& settings) const
{
    settings.setValue(QStringLiteral("sampler/topK"), topK_->value());
    settings.setValue(QStringLiteral("sampler/topP"), topP_->value());
    settings.setValue(QStringLiteral("sampler/minP"), minP_->value());
    settings.setValue(QStringLiteral("sampler/repetitionPenalty"), penalty_->value());
    settings.setValue(QStringLiteral("sampler/repetitionWindow"), window_->value());
    settings.setValue(QStringLiteral("sampler/chain"), QString::fromStdString(chainOrderText(order_)));
    settings.setValue(QStringLiteral("sampler/length"), length_->value());
    settings.setValue(QStringLiteral("sampler/seed"), seed_->value());
    settings.setValue(QStringLiteral("sampler/epochs"), epochs_->text());
}

void GenerationPanel::restoreSampler(const QSettings& settings)
{
    // Missing keys keep the boxes' defaults; a chain this version cannot read keeps the default order.
    const auto restore = [&](auto* box, const char* key) {
        const QVariant value = settings.value(QLatin1String(key));
        if (value.isValid())
            box->setValue(value.value<std::decay_t<decltype(box->value())>>());
    };
    restore(topK_, "sampler/topK");
    restore(topP_, "sampler/topP");
    restore(minP_, "sampler/minP");
    restore(penalty_, "sampler/repetitionPenalty");
    restore(window_, "sampler/repetitionWindow");
    restore(length_, "sampler/length");
    restore(seed_, "sampler/seed");
    epochs_->setText(settings.value(QStringLiteral("sampler/epochs")).toString());
    // Every step, once each: anything else (nothing saved yet, an older or damaged value) keeps the default.
    const std::optional<std::vector<SamplerStepKind>> order
        = parseChainOrder(settings.value(QStringLiteral("sampler/chain")).toString().toStdString());
    if (order && order->size() == kDefaultChainOrder.size()
        && std::is_permutation(order->begin(), order->end(), kDefaultChainOrder.begin()))
        setChainOrder(*order);
}

QString GenerationPanel::stepLabel(const SamplerSettings& s, SamplerStepKind kind) const
{
    switch (kind) {
    case SamplerStepKind::Temperature: return tr("T %1").arg(temperatureText(s.temperature));
    case SamplerStepKind::TopK: return tr("top-k %1").arg(s.topK);
    case SamplerStepKind::TopP: return tr("top-p %1").arg(shortestNumber(s.topP));
    case SamplerStepKind::MinP: return tr("min-p %1").arg(shortestNumber(s.minP));
    case SamplerStepKind::RepetitionPenalty:
        return tr("repetition %1 over %2").arg(shortestNumber(s.repetitionPenalty)).arg(s.repetitionWindow);
    }
    return {};
}

QString GenerationPanel::chainHeading(const SamplerSettings& s) const
{
    QStringList parts;
    for (const SamplerStepKind kind : s.order)
        if (stepActs(s, kind))
            parts << stepLabel(s, kind);
    return parts.join(QStringLiteral(" › "));
}

void GenerationPanel::showChain()
{
    const SamplerSettings settings = boxSettings();
    QVector<ChainStep> steps;
    for (const SamplerStepKind kind : order_) {
        ChainStep step;
        step.name = QString::fromLatin1(stepKindName(kind));
        step.active = stepActs(settings, kind);
        switch (kind) {
        case SamplerStepKind::Temperature: step.label = tr("temperature (the slider)"); break;
        case SamplerStepKind::TopK: step.label = step.active ? stepLabel(settings, kind) : tr("top-k (off)"); break;
        case SamplerStepKind::TopP: step.label = step.active ? stepLabel(settings, kind) : tr("top-p (off)"); break;
        case SamplerStepKind::MinP: step.label = step.active ? stepLabel(settings, kind) : tr("min-p (off)"); break;
        case SamplerStepKind::RepetitionPenalty:
            step.label = step.active ? stepLabel(settings, kind) : tr("repetition penalty (off)");
            break;
        }
        steps.append(step);
    }
    chainEditor_->setSteps(steps);
}

void GenerationPanel::temperatureMoved(double temperature)
{
    if (mode() == Mode::Temperatures && selectedColumn_ < static_cast<int>(temperatures_.size()))
        temperatures_[static_cast<std::size_t>(selectedColumn_)] = temperature;
    showDistribution();
    regenerate();
}

void GenerationPanel::branch(int candidate)
{
    if (!result_)
        return;
    if (mode() == Mode::Checkpoints) {
        emit message(tr("Branches are made in the other column modes: here every column is its checkpoint's."));
        return;
    }
    const GeneratedColumn& column = result_->columns[static_cast<std::size_t>(selectedColumn_)];
    const SampledToken& token = column.tokens[static_cast<std::size_t>(inspectedStep_)];
    if (candidate < 0 || candidate >= static_cast<int>(token.top.size()))
        return;
    BranchTree& tree = treeOf(selectedColumn_);
    const TokenCandidate& taken = token.top[static_cast<std::size_t>(candidate)];
    if (taken.id == token.id) {
        emit message(tr("“%1” is the word drawn there already.").arg(QString::fromStdString(taken.text)));
        return;
    }
    tree.current
        = tree.branch(tree.current, inspectedStep_, taken.id, QString::fromStdString(taken.text), taken.probability);
    emit message(tr("Branch: column %1 takes “%2” at word %3")
                     .arg(selectedColumn_ + 1)
                     .arg(QString::fromStdString(taken.text))
                     .arg(inspectedStep_ + 1));
    regenerate();
}

std::map<int, BranchTree>& GenerationPanel::trees()
{
    return trees_[mode() == Mode::Seeds ? 1 : 0];
}

BranchTree& GenerationPanel::treeOf(int column)
{
    std::map<int, BranchTree>& all = trees();
    auto found = all.find(column);
    if (found == all.end())
        found = all.emplace(column, BranchTree::rooted(column)).first;
    return found->second;
}

const BranchTree* GenerationPanel::shownTree() const
{
    if (mode() == Mode::Checkpoints)
        return nullptr;
    const auto& all = trees_[mode() == Mode::Seeds ? 1 : 0];
    const auto found = all.find(selectedColumn_);
    return found == all.end() ? nullptr : &found->second;
}

void GenerationPanel::showBranch(int column, int id)
{
    if (mode() == Mode::Checkpoints)
        return;
    BranchTree& tree = treeOf(column);
    if (!tree.node(id) || tree.current == id)
        return;
    tree.current = id;
    regenerate();
}

void GenerationPanel::recordShownBranches()
{
    if (mode() == Mode::Checkpoints || !result_) {
        showBranches();
        return;
    }
    const std::optional<LoadedCheckpoint> loaded = service_.loaded();
    for (std::size_t c = 0; c < result_->columns.size(); ++c) {
        // A column's tree exists once it is looked at or branched; until then the column is its own record.
        if (trees().count(static_cast<int>(c)) == 0 && static_cast<int>(c) != selectedColumn_)
            continue;
        const GeneratedColumn& column = result_->columns[c];
        if (c >= shownRequest_.columns.size()
            || shownRequest_.columns[c].forced != treeOf(static_cast<int>(c)).shown().forced)
            continue; // drawn for another branch than the one now shown
        BranchTree& tree = treeOf(static_cast<int>(c));
        BranchNode& node = *tree.node(tree.current);
        const ColumnStatistics statistics = columnStatistics(column.tokens);
        node.sampler = column.sampler;
        node.epoch = loaded ? loaded->epoch : -1;
        node.checkpointStep = loaded ? loaded->step : -1;
        node.text = grid_->columnText(static_cast<int>(c));
        node.perplexity = statistics.perplexityAtT1;
        node.meanEntropyBits = statistics.meanEntropyBits;
    }
    showBranches();
}

void GenerationPanel::showBranches()
{
    const BranchTree* tree = shownTree();
    undoBranch_->setEnabled(tree && tree->shown().parent >= 0);
    BranchOutline outline;
    outline.wordSeparator = grid_->wordSeparator();
    if (mode() == Mode::Checkpoints) {
        outline.note = tr("Branches are made in the other column modes: here every column is its checkpoint's.");
        branchView_->setOutline(outline);
        return;
    }
    outline.title = tr("Column %1 · the candidates for word %2 under the shown branch")
                        .arg(selectedColumn_ + 1)
                        .arg(inspectedStep_ + 1);
    if (!tree) {
        branchView_->setOutline(outline);
        return;
    }
    for (const BranchNode& node : tree->nodes) {
        BranchItem item;
        item.id = node.id;
        item.parent = node.parent;
        item.label = node.parent < 0 ? tr("as drawn", "the column before any branch")
                                     : tr("word %1 → “%2” (%3%)")
                                           .arg(node.step + 1)
                                           .arg(node.tokenText)
                                           .arg(100.0 * node.probability, 0, 'f', node.probability < 0.1 ? 1 : 0);
        item.text = node.text;
        item.drawnWith
            = tr("epoch %1 · %2 · seed %3").arg(node.epoch).arg(chainHeading(node.sampler)).arg(node.sampler.seed);
        item.perplexity = node.perplexity;
        item.meanEntropyBits = node.meanEntropyBits;
        outline.branches.append(item);
    }
    outline.shown = tree->current;
    if (result_ && selectedColumn_ < static_cast<int>(result_->columns.size())) {
        const GeneratedColumn& column = result_->columns[static_cast<std::size_t>(selectedColumn_)];
        if (inspectedStep_ >= 0 && inspectedStep_ < static_cast<int>(column.tokens.size())) {
            const SampledToken& token = column.tokens[static_cast<std::size_t>(inspectedStep_)];
            for (std::size_t i = 0; i < token.top.size() && outline.candidates.size() < 10; ++i) {
                const TokenCandidate& candidate = token.top[i];
                if (candidate.id == token.id)
                    continue; // the word drawn there is the branch itself
                outline.candidates.append(
                    {static_cast<int>(i),
                     tr("word %1: “%2” %3%")
                         .arg(inspectedStep_ + 1)
                         .arg(QString::fromStdString(candidate.text))
                         .arg(100.0 * candidate.probability, 0, 'f', candidate.probability < 0.1 ? 1 : 0)});
            }
        }
    }
    branchView_->setOutline(outline);
}

std::optional<BranchForest> GenerationPanel::branchForest() const
{
    const std::optional<SampleSet> set = sampleSet();
    if (!set || mode() == Mode::Checkpoints)
        return std::nullopt;
    BranchForest forest;
    forest.runName = set->runName;
    forest.runPath = set->runPath;
    forest.prompt = set->prompt;
    forest.tokenizer = set->tokenizer;
    forest.length = set->length;
    forest.date = QDateTime::currentDateTimeUtc();
    for (const auto& [column, tree] : trees_[mode() == Mode::Seeds ? 1 : 0])
        if (column < static_cast<int>(result_->columns.size()))
            forest.trees.push_back(tree);
    return forest;
}

bool GenerationPanel::loadBranches(const BranchForest& forest, QString* reason)
{
    const std::optional<SampleSet> set = sampleSet();
    if (!set || mode() == Mode::Checkpoints) {
        *reason = tr("Show a run's columns in the chapter's temperatures or different seeds first.");
        return false;
    }
    if (forest.runName != set->runName) {
        *reason = tr("These branches were made on the run “%1”: select it first.").arg(forest.runName);
        return false;
    }
    std::map<int, BranchTree>& all = trees();
    all.clear();
    for (const BranchTree& tree : forest.trees)
        all[tree.column] = tree;
    {
        const QSignalBlocker block(length_);
        length_->setValue(forest.length);
    }
    if (prompt_->text() != forest.prompt)
        prompt_->setText(forest.prompt); // regenerates
    else
        regenerate();
    return true;
}

std::optional<DetailedSampleSet> GenerationPanel::detailedSampleSet() const
{
    std::optional<SampleSet> set = sampleSet();
    if (!set)
        return std::nullopt;
    DetailedSampleSet detailed{*set, {}};
    for (const GeneratedColumn& column : result_->columns)
        detailed.tokens.push_back(column.tokens);
    return detailed;
}

std::optional<SampleSet> GenerationPanel::sampleSet() const
{
    const std::optional<LoadedCheckpoint> loaded = service_.loaded();
    if (!result_ || !loaded)
        return std::nullopt;
    SampleSet set;
    try {
        set.runName = RunDirectory::open(runPath_).settings().name;
    } catch (const std::exception&) {
        set.runName = QFileInfo(runPath_).fileName();
    }
    set.runPath = loaded->runPath;
    set.checkpointEpoch = loaded->epoch;
    set.checkpointStep = loaded->step;
    set.checkpointFile = QDir(loaded->runPath).relativeFilePath(loaded->checkpointPath);
    set.model = loaded->model;
    set.tokenizer = loaded->tokenizer;
    set.prompt = QString::fromStdString(shownRequest_.prompt);
    set.length = shownRequest_.length;
    set.date = QDateTime::currentDateTimeUtc();
    for (std::size_t c = 0; c < result_->columns.size(); ++c) {
        const GeneratedColumn& column = result_->columns[c];
        SampleSetEntry entry{column.sampler,
                             c < shownRequest_.columns.size() && columnEpochs_.empty() ? shownRequest_.columns[c].forced
                                                                                       : std::map<int, std::int32_t>{},
                             grid_->columnText(static_cast<int>(c))};
        if (c < columnEpochs_.size()) { // the scrubber's column names its own checkpoint
            entry.epoch = columnEpochs_[c];
            entry.step = columnSteps_[c];
        }
        set.samples.push_back(entry);
    }
    return set;
}

} // namespace textgen
