// The branch tree view: branches nested under the ones they came from and candidates under the shown one,
// worked with real keys (arrows show, Enter branches, Delete deletes) and clicks (two selected compare).
#include "branch_tree_view.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace textgen;

namespace {

// The column as drawn, a branch from it, and one from that; the deepest is shown, with two candidates.
BranchOutline outline()
{
    BranchOutline o;
    o.title = QStringLiteral("column 2");
    const QString drawn = QStringLiteral("epoch 3 · T 0.5 · seed 42");
    o.branches = {{0, -1, QStringLiteral("as drawn"), QStringLiteral("was a good film and"), drawn, 20.0, 3.0},
                  {1, 0, QStringLiteral("word 3 → “bad”"), QStringLiteral("was a bad film and"), drawn, 30.0, 3.5},
                  {2, 1, QStringLiteral("word 5 → “or”"), QStringLiteral("was a bad film or"), drawn, 35.0, 3.25}};
    o.shown = 2;
    o.candidates = {{0, QStringLiteral("word 2: “the” 40%")}, {3, QStringLiteral("word 2: “one” 5%")}};
    return o;
}

} // namespace

class TestBranchTreeView : public QObject {
    Q_OBJECT

private slots:
    void branchesNestUnderTheirParentsAndCandidatesUnderTheShownOne();
    void theArrowsMoveAndShowTheHighlightedBranch();
    void enterOnACandidateBranchesOnIt();
    void deleteAsksForTheHighlightedBranchButNeverTheRoot();
    void twoSelectedBranchesAreComparedWordByWord();
    void withoutATreeTheViewSaysWhy();
};

void TestBranchTreeView::branchesNestUnderTheirParentsAndCandidatesUnderTheShownOne()
{
    BranchTreeView view;
    view.setOutline(outline());
    QTreeWidget* tree = view.tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* root = tree->topLevelItem(0);
    QCOMPARE(root->text(0), QStringLiteral("as drawn"));
    QCOMPARE(root->child(0)->text(0), QStringLiteral("word 3 → “bad”"));
    QTreeWidgetItem* shown = root->child(0)->child(0);
    QCOMPARE(shown->text(3), QStringLiteral("was a bad film or"));
    QCOMPARE(shown->text(1), QStringLiteral("35.0"));
    QVERIFY(shown->font(0).bold());
    QCOMPARE(shown->childCount(), 2);
    QCOMPARE(shown->child(1)->text(0), QStringLiteral("word 2: “one” 5%"));
    QVERIFY(shown->child(1)->font(0).italic());
    QCOMPARE(tree->currentItem(), shown); // the highlight starts on what the column shows
}

void TestBranchTreeView::theArrowsMoveAndShowTheHighlightedBranch()
{
    BranchTreeView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOutline(outline());
    QSignalSpy highlighted(&view, &BranchTreeView::branchHighlighted);
    view.tree()->setFocus();
    QTest::keyClick(view.tree(), Qt::Key_Up); // from the shown branch to its parent
    QCOMPARE(highlighted.size(), 1);
    QCOMPARE(highlighted.last().at(0).toInt(), 1);
    QTest::keyClick(view.tree(), Qt::Key_Up);
    QCOMPARE(highlighted.last().at(0).toInt(), 0);
    // Down past the shown branch reaches its candidates, which are not branches: nothing is shown for them.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view.tree(), Qt::Key_Down);
    QCOMPARE(highlighted.size(), 3); // 1, 0, 1; branch 2 is shown already, and candidates are not branches
    QCOMPARE(view.tree()->currentItem(), view.candidateItem(0));
}

void TestBranchTreeView::enterOnACandidateBranchesOnIt()
{
    BranchTreeView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOutline(outline());
    QSignalSpy chosen(&view, &BranchTreeView::candidateChosen);
    view.tree()->setFocus();
    QTest::keyClick(view.tree(), Qt::Key_Down);
    QTest::keyClick(view.tree(), Qt::Key_Down); // the second candidate, index 3
    QTest::keyClick(view.tree(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().at(0).toInt(), 3);
    // Enter on a branch makes nothing.
    view.tree()->setCurrentItem(view.branchItem(1));
    QTest::keyClick(view.tree(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
}

void TestBranchTreeView::deleteAsksForTheHighlightedBranchButNeverTheRoot()
{
    BranchTreeView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOutline(outline());
    QSignalSpy deleted(&view, &BranchTreeView::deleteRequested);
    view.tree()->setFocus();
    QTest::keyClick(view.tree(), Qt::Key_Up);
    QTest::keyClick(view.tree(), Qt::Key_Delete);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().at(0).toInt(), 1);
    QTest::keyClick(view.tree(), Qt::Key_Up); // the root
    QVERIFY(!view.deleteButton()->isEnabled());
    QTest::keyClick(view.tree(), Qt::Key_Delete);
    QCOMPARE(deleted.size(), 1);
    view.tree()->setCurrentItem(view.branchItem(2));
    QVERIFY(view.deleteButton()->isEnabled());
    QTest::mouseClick(view.deleteButton(), Qt::LeftButton);
    QCOMPARE(deleted.last().at(0).toInt(), 2);
}

void TestBranchTreeView::twoSelectedBranchesAreComparedWordByWord()
{
    BranchTreeView view;
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOutline(outline());
    QTreeWidget* tree = view.tree();
    const auto centre = [&](int id) { return tree->visualItemRect(view.branchItem(id)).center(); };
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, centre(0));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier, centre(2));
    QCOMPARE(tree->selectedItems().size(), 2);
    const QString text = view.comparison()->toPlainText();
    // "was a" is shared; then the drawn column says "good film and", the branch "bad film or".
    QVERIFY2(text.contains(QStringLiteral("Both begin with was a, then part at word 3:")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "as drawn (epoch 3 · T 0.5 · seed 42; perplexity 20.0, entropy 3.00 bits): … good film and")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(
        "word 5 → “or” (epoch 3 · T 0.5 · seed 42; perplexity 35.0, entropy 3.25 bits): … bad film or")));
}

void TestBranchTreeView::withoutATreeTheViewSaysWhy()
{
    BranchTreeView view;
    BranchOutline none;
    none.note = QStringLiteral("Branches are made in the other column modes.");
    view.setOutline(none);
    QCOMPARE(view.tree()->topLevelItemCount(), 0);
    QVERIFY(!view.tree()->isEnabled());
}

QTEST_MAIN(TestBranchTreeView)
#include "tst_branch_tree_view.moc"
