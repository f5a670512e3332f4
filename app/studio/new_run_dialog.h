// The "New run" dialog: a corpus (the fortune corpus by default, or a folder such as aclImdb/, or a text
// file) scanned with a progress bar and its report shown; tokenizer, cutting, preset with editable sizes and
// the resulting parameter count, epochs, batch, learning rate, seed and device. Invalid combinations are
// explained inline and keep OK disabled.
#pragma once

#include <QDialog>

#include "run_settings.h"

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;

namespace textgen {

class NewRunDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewRunDialog(QWidget* parent = nullptr);
    ~NewRunDialog() override;

    RunSettings settings() const;
    QString runName() const;
    void setCorpus(const QString& path);
    // A preset small enough to show a falling curve within seconds on a CPU.
    static RunSettings quickStart(const QString& corpus);

    QLineEdit* corpusEdit() const { return corpus_; }
    QLineEdit* nameEdit() const { return name_; }
    QComboBox* presetBox() const { return preset_; }
    QSpinBox* embedBox() const { return embed_; }
    QSpinBox* headsBox() const { return heads_; }
    QSpinBox* epochsBox() const { return epochs_; }
    QLabel* problemLabel() const { return problem_; }
    QLabel* reportLabel() const { return report_; }
    QLabel* parametersLabel() const { return parameters_; }
    QDialogButtonBox* buttons() const { return buttons_; }
    bool isScanning() const { return scanning_ != nullptr; }

signals:
    void scanned(); // the corpus report is shown (or why it could not be read)

private:
    void browseFolder();
    void browseFile();
    void scan();
    void presetChanged();
    void validate();

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
    QLabel* parameters_;
    QLabel* problem_;
    QDialogButtonBox* buttons_;
    QThread* scanning_ = nullptr;
    bool corpusReadable_ = false;
    bool rescan_ = false;
};

} // namespace textgen
