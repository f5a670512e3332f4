// The sampler chain as a list a person can reorder: one row per step, in the order they run, each with its
// value; drag a row, or use the Up and Down buttons or Ctrl+Up and Ctrl+Down on the current row. Reports the
// new order as the steps' names. Takes names and labels as values; what the steps do is the engine's.
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QToolButton;

namespace textgen {

struct ChainStep {
    QString name;  // "top-k": what the order is made of
    QString label; // "top-k 40" as shown, "top-k (off)" when it changes nothing
    bool active = true;
};

class ChainEditor : public QWidget {
    Q_OBJECT

public:
    explicit ChainEditor(QWidget* parent = nullptr);

    void setSteps(const QVector<ChainStep>& steps); // in order; keeps the current row
    QStringList order() const;
    QListWidget* list() const { return list_; }
    QToolButton* upButton() const { return up_; }
    QToolButton* downButton() const { return down_; }
    // Moves the current row by `delta` places (clamped); emits orderChanged when it moved.
    void moveCurrent(int delta);

signals:
    void orderChanged(const QStringList& order);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QListWidget* list_;
    QToolButton* up_;
    QToolButton* down_;
};

} // namespace textgen
