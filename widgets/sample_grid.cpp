// The sample grid: columns of QTextBrowser with one anchor per token.
#include "sample_grid.h"

#include <QKeyEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>

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

SampleGrid::SampleGrid(QWidget* parent) : QWidget(parent), prompt_(new QLabel(this)), columnsLayout_(new QHBoxLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    prompt_->setWordWrap(true);
    prompt_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(prompt_);
    layout->addLayout(columnsLayout_, 1);
    setFocusPolicy(Qt::StrongFocus);
}

void SampleGrid::setPrompt(const QString& prompt)
{
    prompt_->setText(tr("Prompt: <b>%1</b>").arg(prompt.toHtmlEscaped()));
}

void SampleGrid::setColumns(const QVector<GridColumn>& columns)
{
    while (views_.size() > columns.size()) {
        delete views_.takeLast()->parentWidget();
        headings_.removeLast();
    }
    while (views_.size() < columns.size()) {
        auto* frame = new QWidget(this);
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(2, 2, 2, 2);
        auto* heading = new QLabel(frame);
        heading->setWordWrap(true);
        auto* view = new QTextBrowser(frame);
        view->setOpenLinks(false);
        view->setWordWrapMode(QTextOption::WordWrap); // never break inside a word, however narrow the column
        view->setMouseTracking(true);
        const int column = static_cast<int>(views_.size());
        connect(view, &QTextBrowser::anchorClicked, this, [this, column](const QUrl& url) {
            emit inspectRequested(column, url.path().toInt());
        });
        connect(view, &QTextBrowser::highlighted, this, [this, column, view](const QUrl& url) {
            const int step = url.path().toInt();
            if (url.isEmpty() || column >= columns_.size() || step >= columns_[column].tokens.size())
                return;
            const GridToken& token = columns_[column].tokens[step];
            QToolTip::showText(QCursor::pos(), tr("\"%1\": probability %2%3").arg(token.text).arg(token.probability, 0, 'f', 4)
                                                   .arg(token.forced ? tr(" (forced)") : QString()), view);
            emit tokenHovered(column, step, token.probability);
        });
        layout->addWidget(heading);
        layout->addWidget(view, 1);
        columnsLayout_->addWidget(frame, 1);
        views_.append(view);
        headings_.append(heading);
    }
    const QVector<GridColumn> shown = std::exchange(columns_, columns);
    const int inspected = inspectedColumn_;
    if (inspectedColumn_ >= columns_.size() || (inspectedColumn_ >= 0 && inspectedStep_ >= columns_[inspectedColumn_].tokens.size()))
        inspectedColumn_ = inspectedStep_ = -1;
    for (int c = 0; c < columns_.size(); ++c)
        if (c >= shown.size() || !(columns_[c] == shown[c]) || (c == inspected && inspectedColumn_ < 0))
            render(c);
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

void SampleGrid::render(int column)
{
    const GridColumn& data = columns_[column];
    headings_[column]->setText(data.branched ? tr("%1 — branch").arg(data.heading) : data.heading);
    QString html = QStringLiteral("<html><body style=\"line-height: 140%\">");
    for (int i = 0; i < data.tokens.size(); ++i) {
        const GridToken& token = data.tokens[i];
        QString style = QStringLiteral("color: black; text-decoration: none;");
        if (colour_)
            style += QStringLiteral("background-color: %1;").arg(colourFor(token.probability).name());
        if (token.forced)
            style += QStringLiteral("font-weight: bold; color: #b35900;");
        if (column == inspectedColumn_ && i == inspectedStep_)
            style += QStringLiteral("background-color: #ff9f40;");
        html += QStringLiteral("<a name=\"t%1\" href=\"tok:%1\" style=\"%2\">%3</a>%4")
                    .arg(i)
                    .arg(style, token.text.toHtmlEscaped(), i + 1 < data.tokens.size() ? separator_.toHtmlEscaped() : QString());
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

} // namespace textgen
