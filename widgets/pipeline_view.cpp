// The pipeline view: a read-only table.
#include "pipeline_view.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace textgen {

namespace {

constexpr int kFixedColumns = 4; // stage, kept, rank, p of the chosen word

QString percent(double p)
{
    return QStringLiteral("%1%").arg(100.0 * p, 0, 'f', p < 0.001 ? 3 : 1);
}

} // namespace

PipelineView::PipelineView(QWidget* parent) : QWidget(parent), view_(new QTableWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setSelectionMode(QAbstractItemView::NoSelection);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 4);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    render();
}

bool PipelineView::isRemoved(int row, int word) const
{
    const QTableWidgetItem* item = view_->item(row, kFixedColumns + word);
    return item && item->font().strikeOut();
}

void PipelineView::setTable(const PipelineTable& table)
{
    table_ = table;
    render();
}

void PipelineView::render()
{
    view_->clear();
    const int words = static_cast<int>(table_.watched.size());
    view_->setColumnCount(kFixedColumns + words);
    view_->setRowCount(static_cast<int>(table_.rows.size()));
    QStringList headers{tr("stage", "a step of the sampler chain"), tr("kept", "candidates left"),
                        tr("rank of “%1”").arg(table_.chosen), tr("p of “%1”").arg(table_.chosen)};
    headers += table_.watched;
    view_->setHorizontalHeaderLabels(headers);
    view_->setToolTip(table_.rows.isEmpty()
                          ? tr("Click a word of a sample to follow it through the sampler's steps.")
                          : tr("Each row is the distribution after one step of the chain; struck-out words were "
                               "removed by that step"));
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int r = 0; r < table_.rows.size(); ++r) {
        const PipelineRow& row = table_.rows[r];
        const auto put = [&](int column, const QString& text, bool removed = false) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            if (removed) {
                QFont struck = item->font();
                struck.setStrikeOut(true);
                item->setFont(struck);
                item->setForeground(grey);
            }
            view_->setItem(r, column, item);
        };
        put(0, row.stage);
        put(1, QString::number(row.kept));
        put(2, row.chosenRank > 0 ? QString::number(row.chosenRank) : tr("removed"), row.chosenRank == 0);
        put(3, percent(row.chosenProbability), row.chosenRank == 0);
        for (int w = 0; w < words && w < row.watched.size(); ++w) {
            // Removed here or before: shown at the last probability it had, struck through.
            const bool removed = row.watched[w] <= 0.0 && r > 0;
            double shown = row.watched[w];
            for (int back = r; removed && back >= 0 && shown <= 0.0; --back)
                shown = table_.rows[back].watched.value(w);
            put(kFixedColumns + w, percent(shown), removed);
        }
    }
}

void PipelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace textgen
