// The branch tree view over a QTreeWidget, with its comparison pane.
#include "branch_tree_view.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace textgen {

namespace {

constexpr int kIdRole = Qt::UserRole;            // a branch's id
constexpr int kCandidateRole = Qt::UserRole + 1; // a candidate's index; -1 on branches

} // namespace

BranchTreeView::BranchTreeView(QWidget* parent) : QWidget(parent)
{
    title_ = new QLabel(this);
    title_->setWordWrap(true);
    tree_ = new QTreeWidget(this);
    tree_->setColumnCount(4);
    tree_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree_->setUniformRowHeights(true);
    tree_->setExpandsOnDoubleClick(false); // a double-click branches, as Enter does
    tree_->header()->setStretchLastSection(true);
    tree_->installEventFilter(this);
    delete_ = new QPushButton(this);
    delete_->setEnabled(false);
    compare_ = new QTextBrowser(this);
    compare_->setMinimumHeight(40);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tree_);
    splitter->addWidget(compare_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // The title gets the dock's width (docks are narrow); the button sits under the tree, by what it deletes.
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(delete_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title_);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    connect(tree_, &QTreeWidget::currentItemChanged, this, &BranchTreeView::highlightChanged);
    connect(tree_, &QTreeWidget::itemSelectionChanged, this, &BranchTreeView::selectionChanged);
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (const int candidate = item->data(0, kCandidateRole).toInt(); candidate >= 0)
            emit candidateChosen(candidate);
    });
    connect(delete_, &QPushButton::clicked, this, &BranchTreeView::requestDelete);
    retranslate();
}

void BranchTreeView::retranslate()
{
    tree_->setHeaderLabels({tr("Branch"), tr("Perplexity"), tr("Entropy"), tr("Text")});
    tree_->headerItem()->setToolTip(1, tr("Of the branch's text under the model at temperature 1"));
    tree_->headerItem()->setToolTip(2, tr("Mean entropy of the distributions its words were drawn from, in bits"));
    delete_->setText(tr("Delete branch"));
    delete_->setToolTip(tr("Delete the highlighted branch and every branch made from it (Delete)"));
    tree_->setToolTip(tr("Arrows move through the branches and show them; Enter on a greyed candidate makes it a "
                         "branch; Delete deletes one; select two (Ctrl or Shift) to compare them"));
    setOutline(outline_);
}

void BranchTreeView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QTreeWidgetItem* BranchTreeView::branchItem(int id) const
{
    for (QTreeWidgetItemIterator it(tree_); *it; ++it)
        if ((*it)->data(0, kCandidateRole).toInt() < 0 && (*it)->data(0, kIdRole).toInt() == id)
            return *it;
    return nullptr;
}

QTreeWidgetItem* BranchTreeView::candidateItem(int index) const
{
    for (QTreeWidgetItemIterator it(tree_); *it; ++it)
        if ((*it)->data(0, kCandidateRole).toInt() == index)
            return *it;
    return nullptr;
}

void BranchTreeView::setOutline(const BranchOutline& outline)
{
    // Where the highlight was, to put it back: a branch by id, a candidate by its place.
    const QTreeWidgetItem* was = tree_->currentItem();
    const int wasCandidate = was ? was->data(0, kCandidateRole).toInt() : -1;
    const int wasBranch = was && wasCandidate < 0 ? was->data(0, kIdRole).toInt() : outline.shown;
    QSet<int> selected; // kept across the rebuild: two branches being compared stay selected
    for (const QTreeWidgetItem* item : tree_->selectedItems())
        if (item->data(0, kCandidateRole).toInt() < 0)
            selected.insert(item->data(0, kIdRole).toInt());
    outline_ = outline;
    rebuilding_ = true;
    tree_->clear();
    title_->setText(outline.note.isEmpty() ? outline.title : outline.note);
    tree_->setEnabled(outline.note.isEmpty());
    std::map<int, QTreeWidgetItem*> items;
    for (const BranchItem& branch : outline.branches) {
        const auto parent = items.find(branch.parent);
        auto* item = parent == items.end() ? new QTreeWidgetItem(tree_) : new QTreeWidgetItem(parent->second);
        item->setText(0, branch.label);
        item->setText(1, QString::number(branch.perplexity, 'f', branch.perplexity < 100 ? 1 : 0));
        item->setText(2, QString::number(branch.meanEntropyBits, 'f', 2));
        item->setText(3, branch.text);
        item->setToolTip(3, branch.text);
        item->setToolTip(0, branch.drawnWith);
        item->setData(0, kIdRole, branch.id);
        item->setData(0, kCandidateRole, -1);
        if (branch.id == outline.shown) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 4; ++c)
                item->setFont(c, bold);
        }
        items[branch.id] = item;
    }
    if (const auto shown = items.find(outline.shown); shown != items.end())
        for (const CandidateItem& candidate : outline.candidates) {
            auto* item = new QTreeWidgetItem(shown->second);
            item->setText(0, candidate.label);
            item->setToolTip(0, tr("Enter or a double-click makes this word a branch"));
            item->setData(0, kIdRole, outline.shown);
            item->setData(0, kCandidateRole, candidate.index);
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    tree_->expandAll();
    QTreeWidgetItem* current = wasCandidate >= 0 ? candidateItem(wasCandidate) : nullptr;
    if (!current)
        current = branchItem(wasBranch);
    if (!current)
        current = branchItem(outline.shown);
    if (current)
        tree_->setCurrentItem(current);
    if (selected.size() > 1)
        for (const int id : selected)
            if (QTreeWidgetItem* item = branchItem(id))
                item->setSelected(true);
    for (int c = 0; c < 3; ++c)
        tree_->resizeColumnToContents(c);
    rebuilding_ = false;
    delete_->setEnabled(current && current->parent() && current->data(0, kCandidateRole).toInt() < 0);
    showComparison();
}

void BranchTreeView::highlightChanged()
{
    QTreeWidgetItem* item = tree_->currentItem();
    delete_->setEnabled(item && item->parent() && item->data(0, kCandidateRole).toInt() < 0);
}

void BranchTreeView::selectionChanged()
{
    showComparison();
    // One branch selected (an arrow, a plain click) is shown; a second one added (Ctrl, Shift) is compared, and
    // what the column shows stays.
    const QList<QTreeWidgetItem*> selected = tree_->selectedItems();
    if (rebuilding_ || selected.size() != 1 || selected.front()->data(0, kCandidateRole).toInt() >= 0)
        return;
    const int id = selected.front()->data(0, kIdRole).toInt();
    if (id != outline_.shown)
        emit branchHighlighted(id);
}

void BranchTreeView::requestDelete()
{
    QTreeWidgetItem* item = tree_->currentItem();
    if (item && item->parent() && item->data(0, kCandidateRole).toInt() < 0)
        emit deleteRequested(item->data(0, kIdRole).toInt());
}

void BranchTreeView::showComparison()
{
    QList<QTreeWidgetItem*> picked;
    for (QTreeWidgetItem* item : tree_->selectedItems())
        if (item->data(0, kCandidateRole).toInt() < 0)
            picked << item;
    if (picked.size() != 2) {
        compare_->setPlainText(tr("Select two branches (Ctrl or Shift) to compare them."));
        return;
    }
    const auto find = [this](const QTreeWidgetItem* item) -> const BranchItem* {
        for (const BranchItem& branch : outline_.branches)
            if (branch.id == item->data(0, kIdRole).toInt())
                return &branch;
        return nullptr;
    };
    const BranchItem* a = find(picked[0]);
    const BranchItem* b = find(picked[1]);
    if (!a || !b)
        return;
    const QString separator = outline_.wordSeparator;
    const auto words = [&](const QString& text) {
        return separator.isEmpty() ? text.split(QString(), Qt::SkipEmptyParts) : text.split(separator);
    };
    const QStringList first = words(a->text), second = words(b->text);
    int shared = 0;
    while (shared < first.size() && shared < second.size() && first[shared] == second[shared])
        ++shared;
    const auto rest = [&](const QStringList& all) { return all.mid(shared).join(separator).toHtmlEscaped(); };
    const auto line = [&](const BranchItem& branch, const QStringList& all) {
        return tr("<p><b>%1</b> (%2; perplexity %3, entropy %4 bits): … %5</p>")
            .arg(branch.label.toHtmlEscaped(), branch.drawnWith.toHtmlEscaped())
            .arg(branch.perplexity, 0, 'f', 1)
            .arg(branch.meanEntropyBits, 0, 'f', 2)
            .arg(rest(all));
    };
    const QString opening = shared == 0 ? tr("<p>They part at the first word.</p>")
                                        : tr("<p>Both begin with <i>%1</i>, then part at word %2:</p>")
                                              .arg(first.mid(0, shared).join(separator).toHtmlEscaped())
                                              .arg(shared + 1);
    compare_->setHtml(opening + line(*a, first) + line(*b, second));
}

bool BranchTreeView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == tree_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        QTreeWidgetItem* item = tree_->currentItem();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && item) {
            if (const int candidate = item->data(0, kCandidateRole).toInt(); candidate >= 0)
                emit candidateChosen(candidate);
            return true;
        }
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            requestDelete();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace textgen
