// A one-line label that elides its text to the width it is given, with the whole text as its tooltip: a
// changing text (a heading during a slider drag, a status) never asks for more width, so nothing beside it
// moves, and it is elided, never clipped.
#pragma once

#include <QLabel>

namespace textgen {

class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    void setFullText(const QString& text);
    QString fullText() const { return full_; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();
    QString full_;
};

} // namespace textgen
