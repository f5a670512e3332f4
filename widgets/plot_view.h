// What the studio's small plots share: a QCustomPlot under a one-line title that is the view's summary()
// elided to its width (the whole of it in the tooltip), restyled when the palette changes, retranslated
// when the language does, sharp on any screen, and an optional button over its top right corner that the
// title keeps clear of. The views themselves (distribution, entropy, river) say what to draw.
#pragma once

#include <QWidget>

class QCustomPlot;
class QCPTextElement;
class QPushButton;

namespace textgen {

class PlotView : public QWidget {
    Q_OBJECT

public:
    explicit PlotView(QWidget* parent = nullptr);

    QCustomPlot* customPlot() const { return plot_; }
    // The title line as shown: summary() elided to the view's width.
    QString shownTitle() const;
    virtual QString summary() const = 0;

protected:
    // The button over the plot's top right corner (the view connects it and sets its text).
    QPushButton* addCornerButton();
    // Labels, legend names and the corner button's text, in the current language.
    virtual void retranslate() = 0;
    // After the palette restyled the plot (the view's own colours go back on top).
    virtual void restyled() { }
    void updateTitle();
    void placeCornerButton();

    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

    QCustomPlot* plot_;
    QCPTextElement* title_;
    QPushButton* corner_ = nullptr;

private:
    int titleWidth_ = -1; // the column width the title was last elided to
};

} // namespace textgen
