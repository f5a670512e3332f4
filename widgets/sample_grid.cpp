// The sample grid: columns of QTextBrowser with one anchor per token, in one scroll area.
#include "sample_grid.h"
#include "elided_label.h"

#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTextBrowser>
#include <QToolTip>

#include <cmath>
#include <utility>

namespace textgen {

namespace {

// Light to saturated blue as the probability rises: improbable picks stand out pale.
QColor colourFor(double probability)
{
    const double p = std::clamp(probability, 0.0, 1.0);
    return QColor::fromHsvF(0.58, 0.08 + 0.55 * p, 1.0 - 0.15 * p);
}

} // namespace

QString temperatureText(double temperature)
{
    if (!std::isfinite(temperature))
        return QStringLiteral("?");
    if (temperature <= 0.0)
        return QStringLiteral("0");
    // Three significant digits as fixed decimals: 0.842 -> "0.842", 1.2293 -> "1.23", 0.016928 -> "0.0169".
    const int magnitude = static_cast<int>(std::floor(std::log10(temperature)));
    const int decimals = std::clamp(2 - magnitude, 0, 6);
    QString text = QString::number(temperature, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

SampleGrid::SampleGrid(QWidget* parent) :
    QWidget(parent), prompt_(new QLabel(this)), scroll_(new QScrollArea(this)), strip_(new QWidget),
    stripLayout_(new QBoxLayout(QBoxLayout::LeftToRight, strip_)), textFont_(font())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    prompt_->setWordWrap(true);
    prompt_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(prompt_);
    stripLayout_->setContentsMargins(0, 0, 0, 0);
    stripLayout_->setSpacing(6);
    scroll_->setWidget(strip_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll_, 1);
    setFocusPolicy(Qt::StrongFocus);
    setPrompt(QString());
    applyLayout();
}

void SampleGrid::setPrompt(const QString& prompt)
{
    promptText_ = prompt;
    prompt_->setText(tr("Prompt: <b>%1</b>").arg(prompt.toHtmlEscaped()));
}

void SampleGrid::setPromptShown(bool shown)
{
    prompt_->setVisible(shown);
}

int SampleGrid::minimumColumnWidth() const
{
    const QFontMetrics metrics(textFont_);
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    // The text's own width, the document's margins, the view's frame and vertical scroll bar, the frame's margins.
    return kMinimumCharacters * metrics.averageCharWidth() + 2 * 4 + 2 * 2 + scrollBar + 2 * 2;
}

void SampleGrid::setColumns(const QVector<GridColumn>& columns)
{
    while (views_.size() > columns.size()) {
        delete frames_.takeLast();
        views_.removeLast();
        headings_.removeLast();
        footers_.removeLast();
    }
    while (views_.size() < columns.size()) {
        auto* frame = new QWidget(strip_);
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(2, 2, 2, 2);
        layout->setSpacing(2);
        auto* heading = new ElidedLabel(frame); // never asks for width: its column's width is the text's
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        auto* view = new QTextBrowser(frame);
        view->setOpenLinks(false);
        view->setFont(textFont_);
        view->setLineWrapMode(QTextEdit::WidgetWidth);
        view->setWordWrapMode(QTextOption::WordWrap); // never break inside a word
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setMouseTracking(true);
        view->viewport()->installEventFilter(this);
        const int column = static_cast<int>(views_.size());
        connect(view, &QTextBrowser::anchorClicked, this,
                [this, column](const QUrl& url) { emit inspectRequested(column, url.path().toInt()); });
        connect(view, &QTextBrowser::highlighted, this, [this, column, view](const QUrl& url) {
            const int step = url.path().toInt();
            if (url.isEmpty() || column >= columns_.size() || step >= columns_[column].tokens.size())
                return;
            const GridToken& token = columns_[column].tokens[step];
            QToolTip::showText(QCursor::pos(),
                               tr("\"%1\": probability %2%3")
                                   .arg(token.text)
                                   .arg(token.probability, 0, 'f', 4)
                                   .arg(token.forced ? tr(" (forced)") : QString()),
                               view);
            emit tokenHovered(column, step, token.probability);
        });
        auto* footer = new QLabel(frame);
        footer->setWordWrap(true); // never widens its column: the strip wraps under the text
        footer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        QFont small = footer->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        footer->setFont(small);
        footer->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(heading);
        layout->addWidget(view, 1);
        layout->addWidget(footer);
        stripLayout_->addWidget(frame, 1);
        frames_.append(frame);
        views_.append(view);
        headings_.append(heading);
        footers_.append(footer);
    }
    applyLayout();
    const QVector<GridColumn> shown = std::exchange(columns_, columns);
    const int inspected = inspectedColumn_;
    if (inspectedColumn_ >= columns_.size()
        || (inspectedColumn_ >= 0 && inspectedStep_ >= columns_[inspectedColumn_].tokens.size()))
        inspectedColumn_ = inspectedStep_ = -1;
    for (int c = 0; c < columns_.size(); ++c)
        if (c >= shown.size() || !(columns_[c] == shown[c]) || (c == inspected && inspectedColumn_ < 0))
            render(c);
    fitRowHeights();
}

void SampleGrid::setColourByProbability(bool colour)
{
    colour_ = colour;
    for (int c = 0; c < columns_.size(); ++c)
        render(c);
}

void SampleGrid::setInspected(int column, int step)
{
    if (column < 0 || column >= columns_.size() || step < 0 || step >= columns_[column].tokens.size())
        return;
    if (column == inspectedColumn_ && step == inspectedStep_)
        return; // already drawn so
    const int previous = inspectedColumn_;
    inspectedColumn_ = column;
    inspectedStep_ = step;
    if (previous >= 0 && previous != column && previous < columns_.size())
        render(previous);
    render(column);
}

void SampleGrid::setLayout(Layout layout)
{
    layout_ = layout;
    applyLayout();
    fitRowHeights();
}

void SampleGrid::setTextPointSize(double points)
{
    textFont_.setPointSizeF(std::clamp(points, 6.0, 40.0));
    for (QTextBrowser* view : views_)
        view->setFont(textFont_);
    applyLayout();
    for (int c = 0; c < columns_.size(); ++c)
        render(c);
    fitRowHeights();
}

double SampleGrid::textPointSize() const
{
    return textFont_.pointSizeF();
}

void SampleGrid::applyLayout()
{
    const bool columns = layout_ == Layout::Columns;
    stripLayout_->setDirection(columns ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // Columns scroll together sideways when they do not fit; rows scroll together downwards.
    scroll_->setHorizontalScrollBarPolicy(columns ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    scroll_->setVerticalScrollBarPolicy(columns ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    for (int c = 0; c < frames_.size(); ++c) {
        frames_[c]->setMinimumWidth(columns ? minimumColumnWidth() : 0);
        views_[c]->setVerticalScrollBarPolicy(columns ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
        views_[c]->setSizePolicy(QSizePolicy::Expanding, columns ? QSizePolicy::Expanding : QSizePolicy::Fixed);
        if (columns) {
            views_[c]->setMinimumHeight(0);
            views_[c]->setMaximumHeight(QWIDGETSIZE_MAX);
        }
        stripLayout_->setStretch(c, columns ? 1 : 0);
    }
    for (int i = stripLayout_->count() - 1; i >= 0; --i)
        if (stripLayout_->itemAt(i)->spacerItem())
            delete stripLayout_->takeAt(i);
    if (!columns)
        stripLayout_->addStretch(1); // rows stay at their height, gathered at the top
}

void SampleGrid::fitRowHeights()
{
    if (layout_ != Layout::Rows)
        return;
    // A row is as tall as its paragraph at the row's width: the page, not the row, scrolls.
    for (QTextBrowser* view : views_) {
        view->document()->setTextWidth(view->viewport()->width());
        const int height = static_cast<int>(std::ceil(view->document()->size().height())) + 2 * view->frameWidth() + 2;
        view->setFixedHeight(std::max(height, view->fontMetrics().height() + 12));
    }
}

QString SampleGrid::columnText(int column) const
{
    QStringList words;
    for (const GridToken& token : columns_.value(column).tokens)
        words << token.text;
    return words.join(separator_);
}

QTextBrowser* SampleGrid::columnView(int column) const
{
    return views_.value(column);
}

QLabel* SampleGrid::columnHeading(int column) const
{
    return headings_.value(column);
}

QLabel* SampleGrid::columnFooter(int column) const
{
    return footers_.value(column);
}

void SampleGrid::renderHeading(int column)
{
    if (column >= columns_.size())
        return;
    const GridColumn& data = columns_[column];
    const QString text = data.branched ? tr("%1 — branch").arg(data.heading) : data.heading;
    static_cast<ElidedLabel*>(headings_[column])->setFullText(text);
}

void SampleGrid::render(int column)
{
    const GridColumn& data = columns_[column];
    renderHeading(column);
    footers_[column]->setText(data.footer);
    footers_[column]->setToolTip(data.footerToolTip);
    footers_[column]->setVisible(!data.footer.isEmpty());
    QString html = QStringLiteral("<html><body style=\"line-height: 140%\">");
    for (int i = 0; i < data.tokens.size(); ++i) {
        const GridToken& token = data.tokens[i];
        // Text on a pale background is dark whatever the palette; without one it takes the palette's colour.
        QString style = QStringLiteral("text-decoration: none;");
        if (colour_)
            style += QStringLiteral("color: black; background-color: %1;").arg(colourFor(token.probability).name());
        else
            style += QStringLiteral("color: %1;").arg(palette().color(QPalette::Text).name());
        if (token.forced)
            style += QStringLiteral("font-weight: bold; color: #b35900;");
        if (i >= data.loopStart && i < data.loopStart + data.loopLength)
            style += QStringLiteral("text-decoration: underline; color: #b00020;");
        if (column == inspectedColumn_ && i == inspectedStep_)
            style += QStringLiteral("color: black; background-color: #ff9f40;");
        html += QStringLiteral("<a name=\"t%1\" href=\"tok:%1\" style=\"%2\">%3</a>%4")
                    .arg(i)
                    .arg(style, token.text.toHtmlEscaped(),
                         i + 1 < data.tokens.size() ? separator_.toHtmlEscaped() : QString());
    }
    html += QStringLiteral("</body></html>");
    views_[column]->setHtml(html);
}

QPoint SampleGrid::tokenPosition(int column, int step) const
{
    QTextBrowser* view = views_.value(column);
    if (!view)
        return {};
    // The document's text is the tokens joined by the separator: the step-th token starts after the others.
    int characters = 0;
    for (int i = 0; i < step; ++i)
        characters += static_cast<int>(columns_[column].tokens[i].text.size() + separator_.size());
    QTextCursor cursor(view->document());
    cursor.setPosition(characters);
    return view->cursorRect(cursor).center() + QPoint(3, 0);
}

void SampleGrid::keyPressEvent(QKeyEvent* event)
{
    if (inspectedColumn_ < 0 || columns_.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    int column = inspectedColumn_, step = inspectedStep_;
    switch (event->key()) {
    case Qt::Key_Left: step = std::max(0, step - 1); break;
    case Qt::Key_Right: step = std::min(static_cast<int>(columns_[column].tokens.size()) - 1, step + 1); break;
    case Qt::Key_Up: column = std::max(0, column - 1); break;
    case Qt::Key_Down: column = std::min(static_cast<int>(columns_.size()) - 1, column + 1); break;
    default: QWidget::keyPressEvent(event); return;
    }
    step = std::min(step, static_cast<int>(columns_[column].tokens.size()) - 1);
    if (column != inspectedColumn_ || step != inspectedStep_)
        emit inspectRequested(column, step);
}

void SampleGrid::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setPrompt(promptText_);
        for (int c = 0; c < columns_.size(); ++c)
            renderHeading(c);
    } else if (event->type() == QEvent::PaletteChange) {
        for (int c = 0; c < columns_.size(); ++c)
            render(c);
    }
    QWidget::changeEvent(event);
}

void SampleGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitRowHeights();
}

bool SampleGrid::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        if (layout_ == Layout::Rows)
            for (QTextBrowser* view : views_)
                if (watched == view->viewport())
                    QMetaObject::invokeMethod(this, &SampleGrid::fitRowHeights, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace textgen
