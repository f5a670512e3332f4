// The chain editor: a QListWidget that moves its rows internally.
#include "chain_editor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace textgen {

ChainEditor::ChainEditor(QWidget* parent) :
    QWidget(parent), list_(new QListWidget(this)), up_(new QToolButton(this)), down_(new QToolButton(this))
{
    list_->setDragDropMode(QAbstractItemView::InternalMove);
    list_->setDefaultDropAction(Qt::MoveAction);
    list_->installEventFilter(this);
    up_->setArrowType(Qt::UpArrow);
    down_->setArrowType(Qt::DownArrow);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(up_);
    buttons->addWidget(down_);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);
    connect(up_, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down_, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    // A drag ends in rowsMoved; the order is read once the list has settled.
    connect(list_->model(), &QAbstractItemModel::rowsMoved, this,
            [this] { QTimer::singleShot(0, this, [this] { emit orderChanged(order()); }); });
    retranslate();
}

void ChainEditor::retranslate()
{
    up_->setToolTip(tr("Run this step earlier (Ctrl+Up)"));
    down_->setToolTip(tr("Run this step later (Ctrl+Down)"));
    list_->setToolTip(tr("The sampler's steps, top to bottom in the order they run; drag to reorder"));
}

void ChainEditor::setSteps(const QVector<ChainStep>& steps)
{
    const int current = list_->currentRow();
    const QSignalBlocker block(list_->model());
    list_->clear();
    for (int i = 0; i < steps.size(); ++i) {
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(steps[i].label), list_);
        item->setData(Qt::UserRole, steps[i].name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        if (!steps[i].active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    list_->setCurrentRow(std::clamp(current, 0, static_cast<int>(steps.size()) - 1));
}

QStringList ChainEditor::order() const
{
    QStringList names;
    for (int i = 0; i < list_->count(); ++i)
        names << list_->item(i)->data(Qt::UserRole).toString();
    return names;
}

void ChainEditor::moveCurrent(int delta)
{
    const int from = list_->currentRow();
    const int to = std::clamp(from + delta, 0, list_->count() - 1);
    if (from < 0 || to == from)
        return;
    {
        const QSignalBlocker block(list_->model());
        QListWidgetItem* item = list_->takeItem(from);
        list_->insertItem(to, item);
        list_->setCurrentRow(to);
    }
    emit orderChanged(order());
}

bool ChainEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == list_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & Qt::ControlModifier) {
            if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
                moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChainEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace textgen
