// Bad input and faults, row by row: each must give a clear error (or be handled as documented), and nothing
// on disk may be damaged. Corpora, generation requests, and a checkpoint write that the disk refuses.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus.h"
#include "generator.h"
#include "model_fixtures.h"
#include "run_directory.h"
#include "testdata.h"

using namespace textgen;
using textgen::testing::str;
using textgen::testing::writeFile;

class TestReliability : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void badCorporaAreExplainedAndOthersRead_data();
    void badCorporaAreExplainedAndOthersRead();
    void badGenerationRequestsAreRefusedOrHandled_data();
    void badGenerationRequestsAreRefusedOrHandled();
    void aFileRemovedWhileReadingIsSkippedAndListed();
    void aRefusedCheckpointWriteKeepsThePreviousOneAndSaysWhy();

private:
    QTemporaryDir dir_;
};

void TestReliability::initTestCase()
{
    QVERIFY(dir_.isValid());
    const QString root = dir_.path();
    QVERIFY(QDir(root).mkpath(QStringLiteral("empty")));
    writeFile(root, QStringLiteral("binary/a.txt"), std::string_view("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10));
    writeFile(root, QStringLiteral("binary/b.txt"), std::string("\x00\xff\x10\x20", 4) + std::string(4096, '\x01'));
    writeFile(root, QStringLiteral("latin1/review.txt"), "caf\xe9 na\xefve r\xe9sum\xe9");
    // A long file with no newline at all: one paragraph, read whole (20 MB keeps the suite quick; the reader
    // has no line-length limit, so 200 MB behaves the same, only slower).
    writeFile(root, QStringLiteral("oneline.txt"), std::string(20 * 1000 * 1000, 'a') + " end");
    QVERIFY(QDir(root).mkpath(QStringLiteral("dangling")));
    QVERIFY(QFile::link(root + QStringLiteral("/nowhere.txt"), root + QStringLiteral("/dangling/gone.txt")));
    writeFile(root, QStringLiteral("dangling/kept.txt"), "still here");
}

void TestReliability::badCorporaAreExplainedAndOthersRead_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("error");     // the start of the error, or empty when it reads
    QTest::addColumn<int>("documents");
    QTest::addColumn<QString>("reported");  // in the report (repairs, skipped files)
    QTest::newRow("missing path") << "missing" << "Corpus not found: " << 0 << "";
    QTest::newRow("empty folder") << "empty" << "No text files in " << 0 << "";
    QTest::newRow("only binary files") << "binary" << "No usable text in " << 0 << "";
    QTest::newRow("invalid UTF-8") << "latin1" << "" << 1 << "invalid UTF-8 sequences replaced: 4";
    QTest::newRow("one huge line") << "oneline.txt" << "" << 1 << "text:        20.00 MB";
    QTest::newRow("a link whose file is gone") << "dangling" << "" << 1 << "gone.txt: broken link";
}

void TestReliability::badCorporaAreExplainedAndOthersRead()
{
    QFETCH(QString, relative);
    QFETCH(QString, error);
    QFETCH(int, documents);
    QFETCH(QString, reported);
    const QString path = dir_.filePath(relative);
    const auto listing = [&] { return QDir(dir_.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System); };
    const QStringList before = listing();
    try {
        const Corpus corpus = readCorpus(str(path));
        QVERIFY2(error.isEmpty(), "an unusable corpus was read");
        QCOMPARE(static_cast<int>(corpus.documents.size()), documents);
        const QString report = QString::fromStdString(formatReport(corpus.report));
        QVERIFY2(report.contains(reported), qPrintable(report));
    } catch (const CorpusError& failure) {
        QVERIFY2(!error.isEmpty(), failure.what());
        QVERIFY2(QString::fromUtf8(failure.what()).startsWith(error + path), failure.what());
    }
    QCOMPARE(listing(), before); // reading never writes
}

void TestReliability::badGenerationRequestsAreRefusedOrHandled_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("topP");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("error"); // empty: handled, and what it gives is checked below
    QTest::newRow("empty prompt") << "" << 1.0 << 1.0 << 10 << "the prompt is empty";
    QTest::newRow("only unknown words") << "zebra quokka" << 1.0 << 1.0 << 10 << "";
    QTest::newRow("longer than the context") << QString(QStringLiteral("w3 ")).repeated(40) << 1.0 << 1.0 << 10 << "";
    QTest::newRow("control characters") << "w3\x01\x02\tw4\x7f" << 1.0 << 1.0 << 10 << "";
    QTest::newRow("temperature NaN") << "w3" << std::nan("") << 1.0 << 10 << "temperature must be a finite number";
    QTest::newRow("temperature negative") << "w3" << -1.0 << 1.0 << 10 << "temperature must be a finite number";
    QTest::newRow("temperature 1e6") << "w3" << 1e6 << 1.0 << 10 << "";
    QTest::newRow("top-p 0") << "w3" << 1.0 << 0.0 << 10 << "";
    QTest::newRow("top-p 1.5") << "w3" << 1.0 << 1.5 << 10 << "top-p must be in [0, 1]";
    QTest::newRow("length 0") << "w3" << 1.0 << 1.0 << 0 << "";
    QTest::newRow("length 100000") << "w3" << 1.0 << 1.0 << 100000 << "length must be between 0 and 10000";
}

void TestReliability::badGenerationRequestsAreRefusedOrHandled()
{
    QFETCH(QString, prompt);
    QFETCH(double, temperature);
    QFETCH(double, topP);
    QFETCH(int, length);
    QFETCH(QString, error);
    torch::manual_seed(3);
    const Vocabulary vocabulary = textgen::testing::numberedVocabulary(40);
    const Generator generator(makeModel(textgen::testing::tinyConfig(Preset::Gpt, 40, 16)), vocabulary);
    GenerationRequest request;
    request.prompt = prompt.toStdString();
    request.length = length;
    ColumnRequest column;
    column.sampler.temperature = temperature;
    column.sampler.topP = topP;
    request.columns.push_back(column);
    try {
        const GenerationResult result = generator.generate(request);
        QVERIFY2(error.isEmpty(), "a bad request was accepted");
        QCOMPARE(static_cast<int>(result.columns[0].tokens.size()), length);
        for (const SampledToken& token : result.columns[0].tokens) {
            QVERIFY(token.id > 1); // never padding or [UNK]
            QVERIFY(std::isfinite(token.probability) && std::isfinite(token.entropyBits));
        }
        if (prompt.startsWith(QLatin1String("zebra")))
            QCOMPARE(result.unknownWords.size(), std::size_t(2));
        if (topP == 0.0)
            for (const SampledToken& token : result.columns[0].tokens)
                QCOMPARE(token.id, token.top.front().id); // top-p 0 keeps only the most likely token
    } catch (const GenerationError& failure) {
        QVERIFY2(!error.isEmpty(), failure.what());
        QVERIFY2(QString::fromUtf8(failure.what()).contains(error), failure.what());
    }
}

void TestReliability::aFileRemovedWhileReadingIsSkippedAndListed()
{
    for (const char* name : {"a.txt", "b.txt", "c.txt"})
        writeFile(dir_.path(), QStringLiteral("removing/%1").arg(QLatin1String(name)), std::string("text of ") + name);
    CorpusOptions options;
    options.progress = [&](const CorpusProgress& progress) {
        if (progress.filesDone == 1) // another program deletes b.txt after a.txt was read
            QFile::remove(dir_.filePath(QStringLiteral("removing/b.txt")));
        return true;
    };
    const Corpus corpus = readCorpus(str(dir_.filePath(QStringLiteral("removing"))), options);
    QCOMPARE(corpus.documents, (std::vector<std::string>{"text of a.txt", "text of c.txt"}));
    QCOMPARE(corpus.report.skipped.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(corpus.report.skipped[0].reason), QStringLiteral("cannot open: No such file or directory"));
}

void TestReliability::aRefusedCheckpointWriteKeepsThePreviousOneAndSaysWhy()
{
    if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
        QSKIP("prlimit (util-linux) is not installed");
    // A disk that refuses the write: the file-size limit makes every write past 1 MB fail (EFBIG), as a full
    // disk fails with ENOSPC, through the same path. The child ignores SIGXFSZ as this process does.
    std::string text;
    for (int i = 0; i < 200; ++i)
        text += "the film was long and the story was thin but the music was fine " + std::to_string(i) + "\n%\n";
    writeFile(dir_.path(), QStringLiteral("small/fortunes"), text);
    const QString run = dir_.filePath(QStringLiteral("full-disk"));
    const QStringList train{QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"), QStringLiteral("train"), dir_.filePath(QStringLiteral("small")),
                            QStringLiteral("--run"), run, QStringLiteral("--preset"), QStringLiteral("gpt"), QStringLiteral("--embed"),
                            QStringLiteral("128"), QStringLiteral("--heads"), QStringLiteral("2"), QStringLiteral("--ff"), QStringLiteral("256"),
                            QStringLiteral("--layers"), QStringLiteral("2"), QStringLiteral("--seq-len"), QStringLiteral("16"),
                            QStringLiteral("--batch"), QStringLiteral("16"), QStringLiteral("--cut"), QStringLiteral("stream"),
                            QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--epochs"), QStringLiteral("1")};
    QProcess first;
    first.start(train.first(), train.mid(1));
    QVERIFY(first.waitForFinished(120000));
    QCOMPARE(first.exitCode(), 0);
    const QString latest = RunDirectory::open(run).latestCheckpointPath();
    QVERIFY(QFileInfo(latest).size() > 1000000);
    const CheckpointHeader good = readCheckpointHeader(latest.toStdString());

    std::signal(SIGXFSZ, SIG_IGN); // inherited by the child: a refused write is an error, not a kill
    QProcess limited;
    limited.start(QStringLiteral("prlimit"), {QStringLiteral("--fsize=1000000"), QStringLiteral("--"), train.first(), QStringLiteral("train"),
                                              QStringLiteral("--resume"), QStringLiteral("--run"), run, QStringLiteral("--epochs"), QStringLiteral("2")});
    QVERIFY(limited.waitForFinished(120000));
    std::signal(SIGXFSZ, SIG_DFL);
    QCOMPARE(limited.exitCode(), 1);
    const QString stderrText = QString::fromUtf8(limited.readAllStandardError());
    QVERIFY2(stderrText.contains(QLatin1String("File too large")), qPrintable(stderrText));

    const RunDirectory after = RunDirectory::open(run); // run.json is whole
    QCOMPARE(after.settings().status, RunStatus::Failed);
    QVERIFY2(after.settings().statusReason.contains(QLatin1String("cannot write")), qPrintable(after.settings().statusReason));
    const CheckpointHeader kept = readCheckpointHeader(latest.toStdString()); // the previous checkpoint survives, whole
    QCOMPARE(kept.step, good.step);
    QCOMPARE(kept.archiveHash, good.archiveHash);
    QStringList leftovers = QDir(after.checkpointsPath()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u',')));
    QVERIFY(RunDirectory::readMetrics(after.metricsPath()).rows.size() > 0); // the curve is readable
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
