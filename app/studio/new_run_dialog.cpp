// The New run dialog.
#include "new_run_dialog.h"

#include "problem_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include "language_model.h"
#include "lm_dataset.h"
#include "tokenizer.h"
#include "train_benchmark.h"

namespace textgen {

namespace {

// "2 h 10 min", "5 min", "40 s": a duration as an estimate is read.
QString roughDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("?");
    if (seconds < 90)
        return NewRunDialog::tr("%1 s").arg(std::max(1, static_cast<int>(std::lround(seconds))));
    const auto minutes = static_cast<qint64>(std::lround(seconds / 60));
    if (minutes < 90)
        return NewRunDialog::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return NewRunDialog::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return NewRunDialog::tr("%1 days %2 h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
}

} // namespace

// The scan's report in the reader's language: the engine hands over the numbers and codes, the dialog the
// words.
QString NewRunDialog::reportText(const CorpusReport& report)
{
    QStringList lines;
    lines << tr("Corpus %1 (%2)")
                 .arg(QString::fromStdString(report.path), QString::fromUtf8(corpusFormatName(report.format).data()));
    lines << tr("  files read:  %1").arg(report.filesRead);
    lines << tr("  documents:   %1").arg(report.documents);
    lines << tr("  text:        %1 MB").arg(static_cast<double>(report.bytes) / 1e6, 0, 'f', 2);
    if (report.invalidUtf8Replaced > 0)
        lines << tr("  invalid UTF-8 sequences replaced: %1").arg(report.invalidUtf8Replaced);
    lines << tr("  skipped:     %1").arg(report.skipped.size());
    constexpr std::size_t kShown = 20;
    for (std::size_t i = 0; i < report.skipped.size() && i < kShown; ++i)
        lines << QStringLiteral("    %1: %2")
                     .arg(QString::fromStdString(report.skipped[i].path), ProblemText::of(report.skipped[i].why));
    if (report.skipped.size() > kShown)
        lines << tr("    … and %1 more").arg(report.skipped.size() - kShown);
    return lines.join(QLatin1Char('\n'));
}

namespace {

// What a step's time depends on: the model, the batch and the device.
QString probeKey(const RunSettings& settings)
{
    return QString::fromStdString(describeConfig(settings.model))
        + QStringLiteral("|%1|%2")
              .arg(settings.training.batchSize)
              .arg(QString::fromStdString(settings.training.device));
}

QSpinBox* spin(int minimum, int maximum, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    return box;
}

} // namespace

NewRunDialog::NewRunDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New training run"));
    name_ = new QLineEdit(tr("my run"), this);
    corpus_ = new QLineEdit(QString::fromUtf8(kDefaultCorpusPath.data()), this);
    auto* folder = new QPushButton(tr("Folder…"), this);
    auto* file = new QPushButton(tr("File…"), this);
    auto* scanButton = new QPushButton(tr("Scan", "read the corpus and report on it"), this);
    progress_ = new QProgressBar(this);
    progress_->setVisible(false);
    report_ = new QLabel(this);
    report_->setWordWrap(true);
    report_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    tokenizer_ = new QComboBox(this);
    tokenizer_->addItem(tr("words (the chapter's)"), QStringLiteral("word"));
    tokenizer_->addItem(tr("characters"), QStringLiteral("char"));
    cut_ = new QComboBox(this);
    cut_->addItem(tr("first tokens of each document (the chapter's)"), QStringLiteral("document"));
    cut_->addItem(tr("one stream, nothing wasted"), QStringLiteral("stream"));
    preset_ = new QComboBox(this);
    preset_->addItem(tr("seed: the chapter's Transformer decoder"), QStringLiteral("seed"));
    preset_->addItem(tr("gpt: a modern GPT"), QStringLiteral("gpt"));
    preset_->addItem(tr("lstm: a recurrent network"), QStringLiteral("lstm"));
    layers_ = spin(1, 48, this);
    embed_ = spin(1, 4096, this);
    heads_ = spin(0, 64, this);
    feedForward_ = spin(0, 16384, this);
    sequence_ = spin(2, 4096, this);
    vocabulary_ = spin(3, 200000, this);
    dropout_ = new QDoubleSpinBox(this);
    dropout_->setRange(0.0, 0.95);
    dropout_->setSingleStep(0.05);
    epochs_ = spin(1, 100000, this);
    batch_ = spin(1, 65536, this);
    learningRate_ = new QDoubleSpinBox(this);
    learningRate_->setDecimals(6);
    learningRate_->setRange(0.000001, 10.0);
    learningRate_->setSingleStep(0.0001);
    seed_ = spin(0, 2147483647, this);
    seed_->setValue(1337);
    device_ = new QComboBox(this);
    device_->addItem(tr("CPU"), QStringLiteral("cpu"));
    for (std::size_t i = 0; i < torch::cuda::device_count(); ++i)
        device_->addItem(tr("CUDA device %1").arg(i), QStringLiteral("cuda:%1").arg(i));
    if (torch::cuda::is_available())
        device_->setCurrentIndex(1);
    // Data-parallel on this machine's CPU: `textgen train --nproc`, each process on its share of the cores and
    // of every batch.
    processes_ = spin(1, std::max(1, QThread::idealThreadCount()), this);
    parameters_ = new QLabel(this);
    estimate_ = new QLabel(this);
    estimate_->setWordWrap(true);
    probeTimer_ = new QTimer(this);
    probeTimer_->setSingleShot(true);
    probeTimer_->setInterval(400); // a moment after the last keystroke: typing "256" probes once, not three times
    problem_ = new QLabel(this);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Create and train"));

    auto* corpusRow = new QHBoxLayout;
    corpusRow->addWidget(corpus_, 1);
    corpusRow->addWidget(folder);
    corpusRow->addWidget(file);
    corpusRow->addWidget(scanButton);
    auto* corpusBox = new QGroupBox(tr("Corpus"), this);
    auto* corpusLayout = new QVBoxLayout(corpusBox);
    corpusLayout->addLayout(corpusRow);
    corpusLayout->addWidget(progress_);
    corpusLayout->addWidget(report_);

    auto* modelBox = new QGroupBox(tr("Model"), this);
    auto* model = new QFormLayout(modelBox);
    model->addRow(tr("Preset"), preset_);
    model->addRow(tr("Tokenizer"), tokenizer_);
    model->addRow(tr("Sequences"), cut_);
    model->addRow(tr("Layers"), layers_);
    model->addRow(tr("Embedding"), embed_);
    model->addRow(tr("Attention heads"), heads_);
    model->addRow(tr("Feed-forward"), feedForward_);
    model->addRow(tr("Sequence length"), sequence_);
    model->addRow(tr("Vocabulary size"), vocabulary_);
    model->addRow(tr("Dropout"), dropout_);
    model->addRow(tr("Parameters"), parameters_);

    auto* trainingBox = new QGroupBox(tr("Training"), this);
    auto* training = new QFormLayout(trainingBox);
    training->addRow(tr("Name"), name_);
    training->addRow(tr("Epochs"), epochs_);
    training->addRow(tr("Batch size"), batch_);
    training->addRow(tr("Learning rate"), learningRate_);
    training->addRow(tr("Seed", "random seed"), seed_);
    training->addRow(tr("Device"), device_);
    processesLabel_ = new QLabel(tr("Processes"), this);
    training->addRow(processesLabel_, processes_);

    auto* columns = new QHBoxLayout;
    columns->addWidget(modelBox);
    columns->addWidget(trainingBox);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(corpusBox);
    layout->addLayout(columns);
    layout->addWidget(estimate_);
    layout->addWidget(problem_);
    layout->addWidget(buttons_);

    connect(folder, &QPushButton::clicked, this, &NewRunDialog::browseFolder);
    connect(file, &QPushButton::clicked, this, &NewRunDialog::browseFile);
    connect(scanButton, &QPushButton::clicked, this, &NewRunDialog::scan);
    connect(preset_, &QComboBox::currentIndexChanged, this, &NewRunDialog::presetChanged);
    for (QSpinBox* box :
         {layers_, embed_, heads_, feedForward_, sequence_, vocabulary_, epochs_, batch_, seed_, processes_})
        connect(box, &QSpinBox::valueChanged, this, &NewRunDialog::validate);
    connect(dropout_, &QDoubleSpinBox::valueChanged, this, &NewRunDialog::validate);
    connect(corpus_, &QLineEdit::textChanged, this, [this] {
        corpusReadable_ = false;
        report_->setText(tr("Press Scan to read the corpus."));
        validate();
    });
    connect(name_, &QLineEdit::textChanged, this, &NewRunDialog::validate);
    connect(probeTimer_, &QTimer::timeout, this, &NewRunDialog::probe);
    connect(tokenizer_, &QComboBox::currentIndexChanged, this, &NewRunDialog::validate);
    connect(cut_, &QComboBox::currentIndexChanged, this, &NewRunDialog::validate);
    connect(device_, &QComboBox::currentIndexChanged, this, &NewRunDialog::validate);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    presetChanged();
    scan();
}

NewRunDialog::~NewRunDialog()
{
    if (scanning_) {
        scanning_->requestInterruption();
        scanning_->wait();
    }
    if (probing_)
        probing_->wait(); // a probe is a few steps of the model: it ends soon
}

void NewRunDialog::browseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose a corpus folder"), corpus_->text());
    if (!path.isEmpty())
        setCorpus(path);
}

void NewRunDialog::browseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a corpus file"), corpus_->text());
    if (!path.isEmpty())
        setCorpus(path);
}

void NewRunDialog::setCorpus(const QString& path)
{
    corpus_->setText(path);
    scan();
}

void NewRunDialog::scan()
{
    if (scanning_) {
        // A scan of another path is running: cancel it, and scan again once it has stopped.
        rescan_ = true;
        scanning_->requestInterruption();
        return;
    }
    rescan_ = false;
    progress_->setVisible(true);
    progress_->setRange(0, 0);
    report_->setText(tr("Reading %1…").arg(corpus_->text()));
    const std::string path = corpus_->text().toStdString();
    const double validationFraction = settings().dataset.validationFraction;
    QPointer<NewRunDialog> self(this);
    scanning_ = QThread::create([self, path, validationFraction] {
        QString text;
        bool readable = false;
        std::vector<std::size_t> trainTokens[2]; // words, characters
        try {
            CorpusOptions options;
            options.progress = [self](const CorpusProgress& progress) {
                if (QThread::currentThread()->isInterruptionRequested())
                    return false;
                QMetaObject::invokeMethod(self, [self, progress] {
                    if (self) {
                        self->progress_->setRange(0, static_cast<int>(progress.filesTotal));
                        self->progress_->setValue(static_cast<int>(progress.filesDone));
                    }
                });
                return true;
            };
            const Corpus corpus = readCorpus(path, options);
            text = NewRunDialog::reportText(corpus.report);
            readable = true;
            // What the run will train on, counted as the tokenizers will cut it (no vocabulary needed).
            std::string scratch;
            for (const std::string& document : corpus.documents) {
                if (isValidationDocument(document, validationFraction))
                    continue;
                for (const TokenizerKind kind : {TokenizerKind::Word, TokenizerKind::Char}) {
                    std::size_t count = 0;
                    forEachToken(kind, document, scratch, [&count](std::string_view) { ++count; });
                    trainTokens[kind == TokenizerKind::Word ? 0 : 1].push_back(count);
                }
            }
        } catch (const std::exception& error) {
            text = ProblemText::of(Problem::from(error));
        }
        if (QThread::currentThread()->isInterruptionRequested())
            return; // cancelled: a newer scan reports instead
        QMetaObject::invokeMethod(
            self, [self, text, readable, words = std::move(trainTokens[0]), characters = std::move(trainTokens[1])] {
                if (!self)
                    return;
                self->report_->setText(text);
                self->corpusReadable_ = readable;
                self->trainTokens_[0] = words;
                self->trainTokens_[1] = characters;
                self->progress_->setVisible(false);
                self->validate();
                emit self->scanned();
            });
    });
    connect(scanning_, &QThread::finished, this, [this] {
        scanning_->deleteLater();
        scanning_ = nullptr;
        if (rescan_)
            scan();
    });
    scanning_->start();
}

void NewRunDialog::presetChanged()
{
    const auto preset = presetFromName(preset_->currentData().toString().toStdString()).value_or(kDefaultPreset);
    const ModelConfig config = presetConfig(preset);
    const TrainingOptions training = trainingDefaults(preset);
    layers_->setValue(static_cast<int>(config.layers));
    embed_->setValue(static_cast<int>(config.embed));
    heads_->setValue(static_cast<int>(config.heads));
    feedForward_->setValue(static_cast<int>(config.feedForward));
    sequence_->setValue(static_cast<int>(config.sequenceLength));
    vocabulary_->setValue(static_cast<int>(config.vocabSize));
    dropout_->setValue(config.dropout);
    epochs_->setValue(static_cast<int>(training.epochs));
    batch_->setValue(static_cast<int>(training.batchSize));
    learningRate_->setValue(training.learningRate);
    const bool attention = presetTraits(preset).attention;
    heads_->setEnabled(attention);
    feedForward_->setEnabled(attention);
    validate();
}

RunSettings NewRunDialog::settings() const
{
    RunSettings s;
    s.name = runName();
    s.corpusPath = corpus_->text();
    s.tokenizer = tokenizerFromName(tokenizer_->currentData().toString().toStdString()).value_or(TokenizerKind::Word);
    s.dataset.cut = cutModeFromName(cut_->currentData().toString().toStdString()).value_or(CutMode::Document);
    const auto preset = presetFromName(preset_->currentData().toString().toStdString()).value_or(kDefaultPreset);
    s.model = presetConfig(preset);
    s.model.layers = layers_->value();
    s.model.embed = embed_->value();
    s.model.heads = heads_->value();
    s.model.feedForward = feedForward_->value();
    s.model.sequenceLength = sequence_->value();
    s.model.vocabSize = vocabulary_->value();
    s.model.dropout = dropout_->value();
    s.maxTokens = vocabulary_->value();
    s.dataset.sequenceLength = s.model.sequenceLength;
    s.training = trainingDefaults(preset);
    s.training.epochs = epochs_->value();
    s.training.batchSize = batch_->value();
    s.training.learningRate = learningRate_->value();
    s.training.seed = static_cast<std::uint64_t>(seed_->value());
    s.training.device = device_->currentData().toString().toStdString();
    s.training.threads
        = QThread::idealThreadCount(); // measured: every core trains 1.8x faster and the window stays smooth
    if (s.training.device == "cpu" && processes_->value() > 1) {
        s.worldSize = processes_->value();
        s.training.threads = std::max(1, s.training.threads / s.worldSize);
    }
    return s;
}

QString NewRunDialog::runName() const
{
    return name_->text().trimmed();
}

void NewRunDialog::validate()
{
    const RunSettings s = settings();
    QString problem = ProblemText::of(checkConfig(s.model));
    if (problem.isEmpty() && runName().isEmpty())
        problem = tr("Give the run a name.");
    const bool onCpu = s.training.device == "cpu";
    processes_->setEnabled(onCpu && processes_->maximum() > 1);
    processesLabel_->setEnabled(processes_->isEnabled());
    processes_->setToolTip(onCpu
                               ? tr("Train in this many processes, each on its share of every batch and of the cores.")
                               : tr("Processes train on the CPU; on a GPU one process trains."));
    if (problem.isEmpty() && s.worldSize > 1 && s.training.batchSize % s.worldSize != 0)
        problem = tr("A batch of %1 does not split evenly over %2 processes: choose a batch they divide.")
                      .arg(s.training.batchSize)
                      .arg(s.worldSize);
    if (problem.isEmpty() && !corpusReadable_ && !isScanning())
        problem = tr("The corpus cannot be used yet: scan it, or choose another one.");
    if (problem.isEmpty()) {
        // The exact parameter count and a step's time come from the model itself, built on the probe's thread.
        const QString key = probeKey(s);
        if (key != probedKey_) {
            parameters_->setText(tr("measuring…"));
            probeTimer_->start();
        }
    } else {
        parameters_->setText(QStringLiteral("—"));
        probeTimer_->stop();
    }
    showEstimate();
    problem_->setText(problem);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && corpusReadable_);
}

RunSettings NewRunDialog::quickStart(const QString& corpus)
{
    RunSettings s = quickStartSettings(corpus);
    s.name = tr("fortunes, small gpt");
    s.training.threads = QThread::idealThreadCount();
    return s;
}

void NewRunDialog::probe()
{
    if (probing_) {
        reprobe_ = true; // the settings changed while measuring: measure again once it ends
        return;
    }
    reprobe_ = false;
    const RunSettings s = settings();
    const QString key = probeKey(s);
    // A few steps at no more than 32 sequences, scaled to the batch: a step's cost grows with the batch.
    TrainingOptions options = s.training;
    const std::int64_t probeBatch = std::min<std::int64_t>(options.batchSize, 32);
    const double scale = static_cast<double>(options.batchSize) / static_cast<double>(probeBatch);
    options.batchSize = probeBatch;
    options.epochs = 1;
    const ModelConfig config = s.model;
    QPointer<NewRunDialog> self(this);
    probing_ = QThread::create([self, key, config, options, probeBatch, scale] {
        double milliseconds = 0.0;
        qint64 parameters = 0;
        QString error;
        try {
            const LmDataset data = randomTokenDataset(config, static_cast<std::size_t>(probeBatch * 3), options.seed);
            const TrainBenchmark measured = benchmarkTraining(config, options, data, 1, 2);
            milliseconds = measured.millisecondsPerStep * scale;
            parameters = measured.parameters;
        } catch (const std::exception& failure) {
            error = ProblemText::of(Problem::from(failure));
        }
        QMetaObject::invokeMethod(self, [self, key, milliseconds, parameters, error] {
            if (!self)
                return;
            self->probedKey_ = key;
            self->millisecondsPerStep_ = error.isEmpty() ? milliseconds : 0.0;
            self->parameterCount_ = parameters;
            self->parameters_->setText(error.isEmpty() ? QLocale().toString(static_cast<qlonglong>(parameters))
                                                       : QStringLiteral("—"));
            if (!error.isEmpty()) {
                self->problem_->setText(error);
                self->buttons_->button(QDialogButtonBox::Ok)->setEnabled(false);
            }
            self->showEstimate();
            if (error.isEmpty())
                emit self->estimated();
        });
    });
    connect(probing_, &QThread::finished, this, [this] {
        probing_->deleteLater();
        probing_ = nullptr;
        const RunSettings now = settings();
        const QString wanted = probeKey(now);
        if (reprobe_ || (wanted != probedKey_ && problem_->text().isEmpty()))
            probe();
    });
    probing_->start();
}

void NewRunDialog::showEstimate()
{
    const RunSettings s = settings();
    const std::vector<std::size_t>& tokens = trainTokens_[s.tokenizer == TokenizerKind::Char ? 1 : 0];
    if (!corpusReadable_ || tokens.empty()) {
        estimate_->setText(tr("Scan the corpus to see how long an epoch is."));
        return;
    }
    const SplitShape shape = shapeOf(tokens, s.dataset.cut, s.model.sequenceLength);
    const auto perEpoch = static_cast<qint64>(
        batchesPerEpoch(shape.sequences, static_cast<std::size_t>(std::max<std::int64_t>(1, s.training.batchSize))));
    const qint64 total = perEpoch * s.training.epochs;
    const QLocale locale;
    QString text = tr("%1 steps an epoch (%2 tokens) · %3 epochs ≈ %4 steps")
                       .arg(locale.toString(perEpoch), locale.toString(static_cast<qulonglong>(shape.targetTokens)))
                       .arg(s.training.epochs)
                       .arg(locale.toString(total));
    const QString key = probeKey(s);
    const QString where = s.training.device != "cpu" ? tr("on %1").arg(device_->currentText())
        : s.worldSize > 1                            ? tr("on this CPU, as one process measures it")
                                                     : tr("on this CPU");
    if (key == probedKey_ && millisecondsPerStep_ > 0)
        text += tr(" ≈ %1 %2").arg(roughDuration(static_cast<double>(total) * millisecondsPerStep_ / 1000.0), where);
    else if (problem_->text().isEmpty())
        text += tr(" · measuring a step %1…").arg(where);
    estimate_->setText(text);
}

} // namespace textgen
