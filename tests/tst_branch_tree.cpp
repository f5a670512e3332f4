// The branch tree: what a branch forces, finding instead of duplicating, deleting a subtree, and both
// formats reading back exactly what was written, or refusing a damaged file with its line.
#include "branch_tree.h"

#include <QTest>

using namespace textgen;

Q_DECLARE_METATYPE(Problem::Code)

namespace {

// A column with a branch at word 6, and under it branches at words 9 and 3; the shown one is the deepest.
BranchForest forest()
{
    BranchForest f;
    f.runName = QStringLiteral("movies");
    f.runPath = QStringLiteral("/runs/movies");
    f.prompt = QStringLiteral("the movie");
    f.tokenizer = QStringLiteral("word");
    f.length = 50;
    f.date = QDateTime(QDate(2026, 12, 2), QTime(1, 2, 3, 456), Qt::UTC);
    BranchTree tree = BranchTree::rooted(1);
    BranchNode& root = tree.nodes.front();
    root.sampler.temperature = 0.7;
    root.sampler.topK = 40;
    root.sampler.seed = 42;
    root.sampler.order = {SamplerStepKind::TopK, SamplerStepKind::Temperature, SamplerStepKind::RepetitionPenalty,
                          SamplerStepKind::TopP, SamplerStepKind::MinP};
    root.epoch = 2;
    root.checkpointStep = 80;
    root.text = QStringLiteral("was a \\ \"good\"\nfilm 좋은");
    root.perplexity = 12.345678901;
    root.meanEntropyBits = 1.0 / 3.0;
    const int great = tree.branch(0, 5, 30, QStringLiteral("great"), 0.125);
    tree.node(great)->text = QStringLiteral("was great");
    const int deeper = tree.branch(great, 8, 31, QStringLiteral("“quoted” word"), 0.01);
    tree.node(deeper)->text = QStringLiteral("was great and");
    tree.branch(great, 2, 7, QStringLiteral("bad"), 0.5);
    tree.current = deeper;
    f.trees.push_back(tree);
    f.trees.push_back(BranchTree::rooted(3)); // a column left as drawn
    return f;
}

} // namespace

class TestBranchTree : public QObject {
    Q_OBJECT

private slots:
    void aBranchKeepsItsParentsForcedWordsBeforeItsStep_data();
    void aBranchKeepsItsParentsForcedWordsBeforeItsStep();
    void branchingOnTheSameWordAgainFindsTheBranch();
    void deletingABranchDeletesWhatGrewFromIt();
    void bothFormatsReadBackExactly_data();
    void bothFormatsReadBackExactly();
    void theTextFormatIsAnOutlineAPersonReads();
    void damagedFilesAreRefusedWithTheirLine_data();
    void damagedFilesAreRefusedWithTheirLine();
};

void TestBranchTree::aBranchKeepsItsParentsForcedWordsBeforeItsStep_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("forced"); // the child's, when the parent forced 3=10 and 7=11
    QTest::newRow("after both") << 9 << QStringLiteral("3=10 7=11 9=99");
    QTest::newRow("between them: 7 belonged to the parent's continuation") << 5 << QStringLiteral("3=10 5=99");
    QTest::newRow("on one of them: replaced") << 7 << QStringLiteral("3=10 7=99");
    QTest::newRow("before both") << 1 << QStringLiteral("1=99");
}

void TestBranchTree::aBranchKeepsItsParentsForcedWordsBeforeItsStep()
{
    QFETCH(int, step);
    QFETCH(QString, forced);
    BranchTree tree = BranchTree::rooted(0);
    const int a = tree.branch(0, 3, 10, QStringLiteral("a"), 0.1);
    const int b = tree.branch(a, 7, 11, QStringLiteral("b"), 0.1);
    QCOMPARE(forcedText(tree.node(b)->forced), QStringLiteral("3=10 7=11"));
    const int child = tree.branch(b, step, 99, QStringLiteral("c"), 0.1);
    QCOMPARE(forcedText(tree.node(child)->forced), forced);
    QCOMPARE(tree.node(child)->parent, b);
    QCOMPARE(tree.depth(child), 3);
}

void TestBranchTree::branchingOnTheSameWordAgainFindsTheBranch()
{
    BranchTree tree = BranchTree::rooted(0);
    const int first = tree.branch(0, 4, 12, QStringLiteral("x"), 0.2);
    QCOMPARE(tree.branch(0, 4, 12, QStringLiteral("x"), 0.2), first);
    QCOMPARE(tree.nodes.size(), std::size_t{2});
    QVERIFY(tree.branch(0, 4, 13, QStringLiteral("y"), 0.1) != first); // another word is another branch
    QVERIFY(tree.branch(0, 5, 12, QStringLiteral("x"), 0.1) != first); // and so is another step
    QCOMPARE(tree.children(0).size(), std::size_t{3});
}

void TestBranchTree::deletingABranchDeletesWhatGrewFromIt()
{
    BranchForest f = forest();
    BranchTree& tree = f.trees.front();
    const int great = tree.children(0).front();
    QCOMPARE(tree.nodes.size(), std::size_t{4});
    QVERIFY(!tree.remove(0)); // the column as drawn stays
    QVERIFY(tree.remove(great));
    QCOMPARE(tree.nodes.size(), std::size_t{1}); // its two children went with it
    QCOMPARE(tree.current, 0);                   // the shown branch was under it
    QVERIFY(!tree.remove(great));
    // Ids are not reused: a new branch is not mistaken for a deleted one.
    QCOMPARE(tree.branch(0, 1, 2, QStringLiteral("z"), 0.3), 4);
}

void TestBranchTree::bothFormatsReadBackExactly_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("json") << true;
    QTest::newRow("text") << false;
}

void TestBranchTree::bothFormatsReadBackExactly()
{
    QFETCH(bool, json);
    const BranchForest written = forest();
    const QByteArray bytes = json ? formatBranchesJson(written) : formatBranchesText(written);
    const BranchForest read = parseBranches(bytes, QStringLiteral("tree"));
    QCOMPARE(read.trees.size(), std::size_t{2});
    QCOMPARE(read.trees[0].nodes.size(), std::size_t{4});
    QCOMPARE(read.trees[0].nodes[0].text, written.trees[0].nodes[0].text);
    QCOMPARE(read.trees[0].nodes[2].tokenText, QStringLiteral("“quoted” word"));
    QCOMPARE(read.trees[0].nodes[0].sampler.order, written.trees[0].nodes[0].sampler.order);
    QVERIFY(read == written);
}

void TestBranchTree::theTextFormatIsAnOutlineAPersonReads()
{
    const QString text = QString::fromUtf8(formatBranchesText(forest()));
    QVERIFY(text.startsWith(QStringLiteral("textgen branch tree 1\nrun: movies\n")));
    QVERIFY(text.contains(QStringLiteral("\n--- column 2, showing branch 2 ---\n[0] as drawn\n")));
    QVERIFY(text.contains(QStringLiteral("\n  [1] word 6 → “great” (id 30, p 0.125)\n      forced: 5=30\n")));
    QVERIFY(text.contains(
        QStringLiteral("\n    [2] word 9 → ““quoted” word” (id 31, p 0.01)\n        forced: 5=30 8=31\n")));
    QVERIFY(text.contains(QStringLiteral("\n    [3] word 3 → “bad” (id 7, p 0.5)\n        forced: 2=7\n")));
    QVERIFY(text.contains(QStringLiteral("    chain: top-k > temperature > repetition-penalty > top-p > min-p\n")));
    QVERIFY(text.contains(QStringLiteral("    text: was a \\\\ \"good\"\\nfilm 좋은\n")));
    QVERIFY(text.contains(QStringLiteral("    checkpoint: epoch 2, step 80\n")));
}

void TestBranchTree::damagedFilesAreRefusedWithTheirLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Problem::Code>("code");
    QTest::addColumn<int>("line");
    const QByteArray text = formatBranchesText(forest());
    QByteArray orphan = text;
    orphan.replace("\n    [2] word 9", "\n      [2] word 9"); // two levels under its parent
    QByteArray badField = text;
    badField.replace("      forced: 5=30\n", "      forced: 5=thirty\n");
    QByteArray badSampler = text;
    badSampler.replace("\n    sampler: temperature 0.7", "\n    sampler: temperature hot");
    QByteArray duplicate = text;
    duplicate.replace("[3] word 3", "[1] word 3");
    QByteArray json = formatBranchesJson(forest());
    QByteArray jsonParent = json;
    jsonParent.replace("\"parent\": 1", "\"parent\": 9");
    QTest::newRow("not a tree") << QByteArray("textgen sample set 2\n") << Problem::Code::NotABranchTree << 1;
    QTest::newRow("a branch deeper than its parent") << orphan << Problem::Code::BranchTreeNode << 24;
    QTest::newRow("a forced word that is not step=id") << badField << Problem::Code::BranchTreeLine << 18;
    QTest::newRow("a sampler that does not read") << badSampler << Problem::Code::BranchTreeSampler << 12;
    QTest::newRow("a number used twice") << duplicate << Problem::Code::BranchTreeNode << 31;
    QTest::newRow("json cut short") << json.left(json.size() / 2) << Problem::Code::SampleSetJson << 1;
    QTest::newRow("json naming a parent it lacks") << jsonParent << Problem::Code::BranchTreeNode << 1;
}

void TestBranchTree::damagedFilesAreRefusedWithTheirLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Problem::Code, code);
    QFETCH(int, line);
    try {
        parseBranches(bytes, QStringLiteral("tree.txt"));
        QFAIL("a damaged tree was read");
    } catch (const SampleSetError& error) {
        QCOMPARE(error.problem().code, code);
        QCOMPARE(error.problem().values.value(0), QStringLiteral("tree.txt"));
        QCOMPARE(error.problem().values.value(1).toInt(), line);
    }
}

QTEST_GUILESS_MAIN(TestBranchTree)
#include "tst_branch_tree.moc"
