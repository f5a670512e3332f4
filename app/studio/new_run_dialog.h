// The "New run" dialog: a corpus (the fortune corpus by default, or a folder such as aclImdb/, or a text
// file) scanned with a progress bar and its report shown; tokenizer, cutting, preset with editable sizes and
// the resulting parameter count, epochs, batch, learning rate, seed, device, and processes for a CPU run
// (data-parallel, `textgen train --nproc`). Invalid combinations are explained inline and keep OK disabled.
// It estimates the run before it starts: steps and tokens per epoch from the scanned corpus, and the time
// from a short probe of the model on the chosen device, measured on a thread of its own a moment after the
// last change (no model is built on the UI thread).
#pragma once

#include <QDialog>

#include "corpus.h"
#include "model_config.h"
#include "run_settings.h"

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class QTimer;

namespace textgen {

class NewRunDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewRunDialog(QWidget* parent = nullptr);
    ~NewRunDialog() override;

    RunSettings settings() const;
    QString runName() const;
    void setCorpus(const QString& path);
    // The corpus report as the dialog shows it, in the interface's language.
    static QString reportText(const CorpusReport& report);
    // A preset small enough to show a falling curve within seconds on a CPU.
    static RunSettings quickStart(const QString& corpus);

    QLineEdit* corpusEdit() const { return corpus_; }
    QLineEdit* nameEdit() const { return name_; }
    QComboBox* presetBox() const { return preset_; }
    QSpinBox* embedBox() const { return embed_; }
    QSpinBox* headsBox() const { return heads_; }
    QSpinBox* epochsBox() const { return epochs_; }
    QSpinBox* batchBox() const { return batch_; }
    QComboBox* deviceBox() const { return device_; }
    QSpinBox* processesBox() const { return processes_; } // enabled for a CPU run on a machine of 2 cores or more
    QLabel* problemLabel() const { return problem_; }
    QLabel* reportLabel() const { return report_; }
    QLabel* parametersLabel() const { return parameters_; }
    QLabel* estimateLabel() const { return estimate_; }
    bool isProbing() const { return probing_ != nullptr; }
    QDialogButtonBox* buttons() const { return buttons_; }
    bool isScanning() const { return scanning_ != nullptr; }

signals:
    void scanned();   // the corpus report is shown (or why it could not be read)
    void estimated(); // the estimate shows a measured time

private:
    void browseFolder();
    void browseFile();
    void scan();
    void presetChanged();
    void validate();
    void probe();
    void showEstimate();

    QLineEdit* name_;
    QLineEdit* corpus_;
    QProgressBar* progress_;
    QLabel* report_;
    QComboBox* tokenizer_;
    QComboBox* cut_;
    QComboBox* preset_;
    QSpinBox* layers_;
    QSpinBox* embed_;
    QSpinBox* heads_;
    QSpinBox* feedForward_;
    QSpinBox* sequence_;
    QSpinBox* vocabulary_;
    QDoubleSpinBox* dropout_;
    QSpinBox* epochs_;
    QSpinBox* batch_;
    QDoubleSpinBox* learningRate_;
    QSpinBox* seed_;
    QComboBox* device_;
    QSpinBox* processes_;
    QLabel* processesLabel_;
    QLabel* parameters_;
    QLabel* problem_;
    QLabel* estimate_;
    QTimer* probeTimer_;
    QThread* probing_ = nullptr;
    bool reprobe_ = false;
    QString probedKey_; // the model, batch and device the measurement is for
    double millisecondsPerStep_ = 0.0;
    qint64 parameterCount_ = 0;
    // Token counts of the training documents, per tokenizer (words, characters), from the last scan.
    std::vector<std::size_t> trainTokens_[2];
    QDialogButtonBox* buttons_;
    QThread* scanning_ = nullptr;
    bool corpusReadable_ = false;
    bool rescan_ = false;
};

} // namespace textgen
