// The chain editor: its rows in the chain's order, moved by the buttons and by Ctrl+Up and Ctrl+Down, each
// move reported as the new order.
#include "chain_editor.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace textgen;

namespace {

QVector<ChainStep> steps()
{
    return {{QStringLiteral("repetition-penalty"), QStringLiteral("repetition penalty (off)"), false},
            {QStringLiteral("temperature"), QStringLiteral("temperature (the slider)"), true},
            {QStringLiteral("top-k"), QStringLiteral("top-k 40"), true},
            {QStringLiteral("top-p"), QStringLiteral("top-p (off)"), false},
            {QStringLiteral("min-p"), QStringLiteral("min-p 0.05"), true}};
}

} // namespace

class TestChainEditor : public QObject {
    Q_OBJECT

private slots:
    void rowsShowTheStepsInOrder();
    void keysMoveTheCurrentStep();
    void buttonsMoveTheCurrentStep();
};

void TestChainEditor::rowsShowTheStepsInOrder()
{
    ChainEditor editor;
    editor.setSteps(steps());
    QCOMPARE(editor.list()->count(), 5);
    QCOMPARE(editor.list()->item(2)->text(), QStringLiteral("3. top-k 40"));
    QCOMPARE(editor.order(), (QStringList{"repetition-penalty", "temperature", "top-k", "top-p", "min-p"}));
    // A step that changes nothing is greyed.
    QCOMPARE(editor.list()->item(3)->foreground().color(), editor.palette().color(QPalette::Disabled, QPalette::Text));
}

void TestChainEditor::keysMoveTheCurrentStep()
{
    ChainEditor editor;
    editor.setSteps(steps());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy changed(&editor, &ChainEditor::orderChanged);
    editor.list()->setFocus();
    editor.list()->setCurrentRow(4); // min-p
    QTest::keyClick(editor.list(), Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(editor.list(), Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(editor.list(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.last().at(0).toStringList(),
             (QStringList{"repetition-penalty", "min-p", "temperature", "top-k", "top-p"}));
    QCOMPARE(editor.list()->currentRow(), 1);
    QTest::keyClick(editor.list(), Qt::Key_Up); // without Ctrl the arrows only move the current row
    QCOMPARE(changed.size(), 3);
    QCOMPARE(editor.list()->currentRow(), 0);
    QTest::keyClick(editor.list(), Qt::Key_Up, Qt::ControlModifier); // already first: nothing moves
    QCOMPARE(changed.size(), 3);
}

void TestChainEditor::buttonsMoveTheCurrentStep()
{
    ChainEditor editor;
    editor.setSteps(steps());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy changed(&editor, &ChainEditor::orderChanged);
    editor.list()->setCurrentRow(1); // temperature
    QTest::mouseClick(editor.downButton(), Qt::LeftButton);
    QTest::mouseClick(editor.downButton(), Qt::LeftButton);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(editor.order(), (QStringList{"repetition-penalty", "top-k", "top-p", "temperature", "min-p"}));
    QTest::mouseClick(editor.upButton(), Qt::LeftButton);
    QCOMPARE(editor.order(), (QStringList{"repetition-penalty", "top-k", "temperature", "top-p", "min-p"}));
    // Relabelled with new values, the list keeps the row the person was on.
    editor.setSteps(steps());
    QCOMPARE(editor.list()->currentRow(), 2);
}

QTEST_MAIN(TestChainEditor)
#include "tst_chain_editor.moc"
