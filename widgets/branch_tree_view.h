// The branches of one column as a tree (the loom): the column as drawn at the root, each branch under the
// one it was made from, with its perplexity, mean entropy and text; under the branch the column shows, the
// inspected word's other candidates, greyed, waiting to become branches. The keyboard works it: the arrows
// move (a branch that gets the highlight is shown), Enter branches on the highlighted candidate, Delete
// deletes the highlighted branch. Two branches selected together (Ctrl or Shift) are compared below: the
// words they share, then where each goes. Takes the tree as values; the branches themselves are the caller's.
#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace textgen {

struct BranchItem {
    int id = 0;
    int parent = -1;   // -1: the root
    QString label;     // "as drawn", "word 6 → “great”"
    QString text;      // what it drew
    QString drawnWith; // what it was drawn with: "epoch 3 · T 0.5 · seed 42"
    double perplexity = 0.0;
    double meanEntropyBits = 0.0;
    bool operator==(const BranchItem& o) const
    {
        return id == o.id && parent == o.parent && label == o.label && text == o.text && drawnWith == o.drawnWith
            && perplexity == o.perplexity && meanEntropyBits == o.meanEntropyBits;
    }
};

struct CandidateItem {
    int index = 0; // the candidate's place among the inspected word's top candidates
    QString label; // "word 7: “fun” 12%"
    bool operator==(const CandidateItem& o) const { return index == o.index && label == o.label; }
};

struct BranchOutline {
    QString title;                     // "column 2"
    QVector<BranchItem> branches;      // a parent before its children
    int shown = 0;                     // the branch the column shows
    QVector<CandidateItem> candidates; // listed under the shown branch
    QString note;                      // said instead when there is no tree (the Checkpoints mode)
    QString wordSeparator = QStringLiteral(" ");
    bool operator==(const BranchOutline& o) const
    {
        return title == o.title && branches == o.branches && shown == o.shown && candidates == o.candidates
            && note == o.note && wordSeparator == o.wordSeparator;
    }
};

class BranchTreeView : public QWidget {
    Q_OBJECT

public:
    explicit BranchTreeView(QWidget* parent = nullptr);

    void setOutline(const BranchOutline& outline);
    const BranchOutline& outline() const { return outline_; }
    QTreeWidget* tree() const { return tree_; }
    QTextBrowser* comparison() const { return compare_; }
    QPushButton* deleteButton() const { return delete_; }
    // The item of branch `id` or of candidate `index` (for tests and for the keyboard's starting point).
    QTreeWidgetItem* branchItem(int id) const;
    QTreeWidgetItem* candidateItem(int index) const;

signals:
    void branchHighlighted(int id);  // show this branch
    void candidateChosen(int index); // branch on this candidate
    void deleteRequested(int id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void highlightChanged();
    void selectionChanged();
    void showComparison();
    void requestDelete();

    QLabel* title_;
    QTreeWidget* tree_;
    QPushButton* delete_;
    QTextBrowser* compare_;
    BranchOutline outline_;
    bool rebuilding_ = false;
};

} // namespace textgen
