// Corpus readers on trees the test writes (aclImdb-shaped, fortune files, paragraphs, binary, invalid UTF-8,
// empty), and on the real IMDB sample when the checkout has it.
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include "corpus.h"
#include "testdata.h"

using namespace textgen;
using textgen::testing::imdbSamplePath;
using textgen::testing::str;
using textgen::testing::writeFile;

class TestCorpus : public QObject {
    Q_OBJECT

private slots:
    void textFileTreeGivesOneDocumentPerFileInSortedOrder();
    void lineBreakTagsAreReplacedBySpaces();
    void fortuneFilesSplitOnPercentLinesAndSkipIndexes();
    void fortuneLinksToTheSameFileAreReadOnce();
    void singleFortuneFileIsDetected();
    void plainTextFileGivesOneDocumentPerParagraph();
    void invalidUtf8IsReplacedAndCounted();
    void binaryAndUnreadableFilesAreSkippedAndListed();
    void badCorpusIsAClearError_data();
    void badCorpusIsAClearError();
    void progressReachesEveryFileAndCanCancel();
    void reportNamesFilesDocumentsBytesAndSkips();
    void imdbSampleHasEveryReview();
};

void TestCorpus::textFileTreeGivesOneDocumentPerFileInSortedOrder()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("aclImdb/train/pos/10_9.txt"), "pos ten");
    writeFile(dir.path(), QStringLiteral("aclImdb/train/pos/0_9.txt"), "pos zero");
    writeFile(dir.path(), QStringLiteral("aclImdb/train/neg/3_1.txt"), "neg three");
    writeFile(dir.path(), QStringLiteral("aclImdb/README"), "not a review");
    const Corpus corpus = readCorpus(str(dir.filePath(QStringLiteral("aclImdb"))));
    // Sorted by path: neg/ before pos/, and "0_9" before "10_9".
    QCOMPARE(corpus.documents, (std::vector<std::string>{"neg three", "pos zero", "pos ten"}));
    QCOMPARE(corpus.report.format, CorpusFormat::TextFiles);
    QCOMPARE(corpus.report.filesRead, std::size_t(3));
}

void TestCorpus::lineBreakTagsAreReplacedBySpaces()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("r/a.txt"), "Great film.<br /><br />Loved it.");
    const Corpus corpus = readCorpus(str(dir.filePath(QStringLiteral("r"))));
    QCOMPARE(corpus.documents, std::vector<std::string>{"Great film.  Loved it."});
}

void TestCorpus::fortuneFilesSplitOnPercentLinesAndSkipIndexes()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("fortunes/wisdom"),
              "First fortune,\n  on two lines.\n%\nSecond fortune.\n%\n%\nThird, 100% sure.\n%\n");
    writeFile(dir.path(), QStringLiteral("fortunes/wisdom.dat"), std::string_view("\x00\x00\x00\x02\x00\x00", 6));
    writeFile(dir.path(), QStringLiteral("fortunes/more"), "Fourth.\r\n%\r\nFifth.");
    const Corpus corpus = readCorpus(str(dir.filePath(QStringLiteral("fortunes"))));
    QCOMPARE(corpus.report.format, CorpusFormat::Fortunes);
    QCOMPARE(corpus.documents,
             (std::vector<std::string>{"Fourth.", "Fifth.", "First fortune,\n  on two lines.", "Second fortune.",
                                       "Third, 100% sure."}));
    QVERIFY(corpus.report.skipped.empty());
}

void TestCorpus::fortuneLinksToTheSameFileAreReadOnce()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("f/art"), "one\n%\ntwo\n");
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("f/art")), dir.filePath(QStringLiteral("f/art.u8"))));
    const Corpus corpus = readCorpus(str(dir.filePath(QStringLiteral("f"))));
    QCOMPARE(corpus.documents, (std::vector<std::string>{"one", "two"}));
}

void TestCorpus::singleFortuneFileIsDetected()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("cookie"), "A\n%\nB\n");
    const Corpus corpus = readCorpus(str(dir.filePath(QStringLiteral("cookie"))));
    QCOMPARE(corpus.report.format, CorpusFormat::Fortunes);
    QCOMPARE(corpus.documents.size(), std::size_t(2));
}

void TestCorpus::plainTextFileGivesOneDocumentPerParagraph()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("book.txt"),
              "\n\nChapter one.\nIt begins.\n\n   \t\nSecond paragraph.\r\n\r\nThird.\n");
    const Corpus corpus = readCorpus(str(dir.filePath(QStringLiteral("book.txt"))));
    QCOMPARE(corpus.report.format, CorpusFormat::Paragraphs);
    QCOMPARE(corpus.documents, (std::vector<std::string>{"Chapter one.\nIt begins.", "Second paragraph.", "Third."}));
}

void TestCorpus::invalidUtf8IsReplacedAndCounted()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("c/latin1.txt"), "caf\xe9 cr\xe8me");
    const Corpus corpus = readCorpus(str(dir.filePath(QStringLiteral("c"))));
    QCOMPARE(corpus.documents, std::vector<std::string>{"caf\xEF\xBF\xBD cr\xEF\xBF\xBDme"});
    QCOMPARE(corpus.report.invalidUtf8Replaced, std::size_t(2));
}

void TestCorpus::binaryAndUnreadableFilesAreSkippedAndListed()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("c/good.txt"), "fine text");
    writeFile(dir.path(), QStringLiteral("c/image.txt"), std::string_view("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16));
    writeFile(dir.path(), QStringLiteral("c/empty.txt"), "");
    writeFile(dir.path(), QStringLiteral("c/secret.txt"), "private");
    const QString secret = dir.filePath(QStringLiteral("c/secret.txt"));
    QVERIFY(::chmod(qPrintable(secret), 0) == 0);
    const bool canStillRead = ::access(qPrintable(secret), R_OK) == 0; // root reads anything
    const Corpus corpus = readCorpus(str(dir.filePath(QStringLiteral("c"))));
    QCOMPARE(corpus.documents.front(), std::string("fine text"));
    QStringList skipped;
    for (const SkippedFile& file : corpus.report.skipped)
        skipped << QFileInfo(QString::fromStdString(file.path)).fileName() + QLatin1Char(':')
                + QString::fromStdString(file.reason);
    QVERIFY2(skipped.contains(QStringLiteral("image.txt:binary file (not text)")), qPrintable(skipped.join(u',')));
    QVERIFY2(skipped.contains(QStringLiteral("empty.txt:no text (empty or only whitespace)")),
             qPrintable(skipped.join(u',')));
    if (!canStillRead)
        QVERIFY2(skipped.contains(QStringLiteral("secret.txt:cannot open: Permission denied")),
                 qPrintable(skipped.join(u',')));
    QCOMPARE(corpus.documents.size(), std::size_t(canStillRead ? 2 : 1));
}

void TestCorpus::badCorpusIsAClearError_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing path") << "nowhere"
                                  << "Corpus not found: ";
    QTest::newRow("empty folder") << "empty"
                                  << "No text files in ";
    QTest::newRow("only binary files") << "binary"
                                       << "No usable text in ";
    QTest::newRow("only whitespace") << "blank.txt"
                                     << "No usable text in ";
}

void TestCorpus::badCorpusIsAClearError()
{
    QFETCH(QString, relative);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
    writeFile(dir.path(), QStringLiteral("binary/a.bin"), std::string_view("\x00\x01\x02\x03", 4));
    writeFile(dir.path(), QStringLiteral("binary/b.txt"),
              std::string_view("\x7f"
                               "ELF\x00\x00",
                               6));
    writeFile(dir.path(), QStringLiteral("blank.txt"), " \n\n\t\n");
    const QString path = dir.filePath(relative);
    try {
        readCorpus(str(path));
        QFAIL("a bad corpus was accepted");
    } catch (const CorpusError& error) {
        const QString message = QString::fromUtf8(error.what());
        QVERIFY2(message.startsWith(expected + path), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Choose a folder of .txt files")), qPrintable(message)); // what to do
    }
}

void TestCorpus::progressReachesEveryFileAndCanCancel()
{
    QTemporaryDir dir;
    for (int i = 0; i < 5; ++i)
        writeFile(dir.path(), QStringLiteral("p/%1.txt").arg(i), "text");
    CorpusOptions options;
    std::vector<std::size_t> seen;
    options.progress = [&](const CorpusProgress& progress) {
        seen.push_back(progress.filesDone);
        return progress.filesTotal == 5;
    };
    readCorpus(str(dir.filePath(QStringLiteral("p"))), options);
    QCOMPARE(seen, (std::vector<std::size_t>{1, 2, 3, 4, 5}));

    options.progress = [](const CorpusProgress& progress) { return progress.filesDone < 2; };
    QVERIFY_THROWS_EXCEPTION(CorpusError, readCorpus(str(dir.filePath(QStringLiteral("p"))), options));
}

void TestCorpus::reportNamesFilesDocumentsBytesAndSkips()
{
    QTemporaryDir dir;
    writeFile(dir.path(), QStringLiteral("r/a.txt"), "12345");
    writeFile(dir.path(), QStringLiteral("r/b.txt"), std::string_view("\0", 1));
    const Corpus corpus = readCorpus(str(dir.filePath(QStringLiteral("r"))));
    QCOMPARE(corpus.report.bytes, std::uint64_t(5));
    const QString report = QString::fromStdString(formatReport(corpus.report));
    QVERIFY2(report.contains(QLatin1String("files read:  1")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("documents:   1")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("skipped:     1")), qPrintable(report));
    QVERIFY2(report.contains(QLatin1String("b.txt: binary file (not text)")), qPrintable(report));
}

void TestCorpus::imdbSampleHasEveryReview()
{
    const QString sample = imdbSamplePath();
    if (sample.isEmpty())
        QSKIP("the shared IMDB sample (../shared/data/imdb-sample) is not in this checkout");
    const Corpus corpus = readCorpus(sample.toStdString());
    QCOMPARE(corpus.report.format, CorpusFormat::TextFiles);
    QCOMPARE(corpus.documents.size(), std::size_t(12500 + 12500 + 5138));
    QCOMPARE(corpus.report.filesRead, std::size_t(30138));
    QVERIFY(corpus.report.skipped.empty());
    // Sorted paths: train/neg/0_3.txt comes first; no document keeps a "<br />".
    for (const std::string& document : corpus.documents)
        QVERIFY(document.find("<br />") == std::string::npos);
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
