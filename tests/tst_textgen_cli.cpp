// The `textgen` tool as a user runs it: exit codes, one-line usage errors, vocab, tokenize and bench output.
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

#include "testdata.h"

using textgen::testing::writeFile;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result runTextgen(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestTextgenCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrorsExitWithTwoAndOneLine_data();
    void usageErrorsExitWithTwoAndOneLine();
    void everySubcommandHasHelp_data();
    void everySubcommandHasHelp();
    void vocabPrintsTheReportAndWritesTheFile();
    void tokenizePrintsIdsPerLinePaddedToLength();
    void missingCorpusFailsNamingThePath();
    void benchVectorizePrintsOneJsonLine();
    void infoPrintsWhatThisMachineComputesOnAsJson();
    void resumeRefusesAnOptionThatDiffersFromTheRun_data();
    void resumeRefusesAnOptionThatDiffersFromTheRun();
    void resumeAcceptsThePreviousCommandLineWithResumeAdded();

private:
    // A run of one step, trained once for the --resume tests: the options a person typed to create it.
    QStringList tinyRunOptions() const;
    bool trainTinyRun();

    QTemporaryDir dir_;
    QString corpus_;
    QString run_;
};

QStringList TestTextgenCli::tinyRunOptions() const
{
    return {"--run",   run_,    "--preset",  "gpt", "--layers",     "1", "--embed", "8",
            "--heads", "2",     "--ff",      "16",  "--seq-len",    "8", "--batch", "2",
            "--lr",    "0.001", "--threads", "1",   "--validation", "0"};
}

bool TestTextgenCli::trainTinyRun()
{
    if (QFileInfo::exists(run_ + QStringLiteral("/run.json")))
        return true;
    const Result created = runTextgen(QStringList{"train", corpus_} + tinyRunOptions() + QStringList{"--epochs", "1"});
    return created.exitCode == 0;
}

void TestTextgenCli::initTestCase()
{
    QVERIFY(dir_.isValid());
    writeFile(dir_.path(), QStringLiteral("reviews/pos/1.txt"), "This movie was great.<br /><br />Great fun!");
    writeFile(dir_.path(), QStringLiteral("reviews/neg/2.txt"), "This movie was bad. BAD!");
    corpus_ = dir_.filePath(QStringLiteral("reviews"));
    run_ = dir_.filePath(QStringLiteral("run"));
}

void TestTextgenCli::usageErrorsExitWithTwoAndOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no command") << QStringList{} << "Usage: textgen <command>";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
    QTest::newRow("vocab without corpus") << QStringList{"vocab"} << "missing CORPUS";
    QTest::newRow("vocab unknown option") << QStringList{"vocab", "x", "--colour"} << "Unknown option 'colour'";
    QTest::newRow("vocab bad tokenizer") << QStringList{"vocab", "x", "--tokenizer", "bpe"}
                                         << "--tokenizer must be word or char";
    QTest::newRow("vocab bad max tokens")
        << QStringList{"vocab", "x", "--max-tokens", "-5"} << "--max-tokens must be a whole number";
    QTest::newRow("tokenize without vocab") << QStringList{"tokenize"} << "--vocab FILE is required";
    QTest::newRow("bench without target") << QStringList{"bench"} << "missing what to measure";
    QTest::newRow("bench unknown target") << QStringList{"bench", "nothing"} << "unknown benchmark 'nothing'";
}

void TestTextgenCli::usageErrorsExitWithTwoAndOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Result result = runTextgen(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(reason), qPrintable(result.err));
    if (!arguments.isEmpty())
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
}

void TestTextgenCli::everySubcommandHasHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("vocab") << QStringList{"vocab", "--help"} << "--max-tokens";
    QTest::newRow("tokenize") << QStringList{"tokenize", "--help"} << "--length";
    QTest::newRow("bench vectorize") << QStringList{"bench", "vectorize", "--help"} << "adapt_MBps";
    QTest::newRow("info") << QStringList{"info", "--help"} << "--json";
    QTest::newRow("overview") << QStringList{"--help"} << "tokenize";
}

void TestTextgenCli::everySubcommandHasHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Result result = runTextgen(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(mentions), qPrintable(result.out));
}

void TestTextgenCli::vocabPrintsTheReportAndWritesTheFile()
{
    const QString vocab = dir_.filePath(QStringLiteral("vocab.txt"));
    const Result result = runTextgen({QStringLiteral("vocab"), corpus_, QStringLiteral("-o"), vocab});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QLatin1String("documents:   2")), qPrintable(result.out));
    QFile file(vocab);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // this, movie, was, great and bad appear twice: ties go bytes-descending; fun once.
    QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("\n[UNK]\nwas\nthis\nmovie\ngreat\nbad\nfun\n"));

    const Result toStdout
        = runTextgen({QStringLiteral("vocab"), corpus_, QStringLiteral("--max-tokens"), QStringLiteral("4")});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, QStringLiteral("\n[UNK]\nwas\nthis\n"));
    QVERIFY(toStdout.err.contains(QLatin1String("documents:")));
}

void TestTextgenCli::tokenizePrintsIdsPerLinePaddedToLength()
{
    const QString vocab = dir_.filePath(QStringLiteral("vocab-tokenize.txt"));
    QCOMPARE(runTextgen({QStringLiteral("vocab"), corpus_, QStringLiteral("-o"), vocab}).exitCode, 0);
    const Result result = runTextgen(
        {QStringLiteral("tokenize"), QStringLiteral("--vocab"), vocab, QStringLiteral("--length"), QStringLiteral("6")},
        "This movie was GREAT!<br />unknown\n\nfun fun fun fun fun fun fun\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("3 4 2 5 1 0\n0 0 0 0 0 0\n7 7 7 7 7 7\n"));
}

void TestTextgenCli::missingCorpusFailsNamingThePath()
{
    const Result result = runTextgen({QStringLiteral("vocab"), QStringLiteral("/no/such/corpus")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("Corpus not found: /no/such/corpus")), qPrintable(result.err));
}

void TestTextgenCli::benchVectorizePrintsOneJsonLine()
{
    const Result result = runTextgen({QStringLiteral("bench"), QStringLiteral("vectorize"), corpus_,
                                      QStringLiteral("--repeats"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(result.out));
    QCOMPARE(json.value(QLatin1String("documents")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("MB")).toDouble(), 0.000057);    // the two documents' bytes after clean-up
    for (const char* key : {"read_MBps", "adapt_MBps", "encode_MBps"}) // rates of a tiny corpus may round to 0
        QVERIFY2(json.value(QLatin1String(key)).isDouble() && json.value(QLatin1String(key)).toDouble() >= 0, key);
    QCOMPARE(json.value(QLatin1String("tokens")).toInt(), 11);
}

void TestTextgenCli::infoPrintsWhatThisMachineComputesOnAsJson()
{
    // What the kernel says about this CPU, to hold the tool's own cpuid reading against.
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    QVERIFY(cpuinfo.open(QIODevice::ReadOnly));
    QString modelName;
    QStringList kernelFlags;
    for (const QString& line : QString::fromUtf8(cpuinfo.readAll()).split(QLatin1Char('\n'))) {
        const QString value = line.section(QLatin1Char(':'), 1).trimmed();
        if (modelName.isEmpty() && line.startsWith(QLatin1String("model name")))
            modelName = value;
        if (kernelFlags.isEmpty() && line.startsWith(QLatin1String("flags")))
            kernelFlags = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    const Result result = runTextgen({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(result.out));
    const QJsonObject cpu = json.value(QLatin1String("cpu")).toObject();
    if (!modelName.isEmpty())
        QCOMPARE(cpu.value(QLatin1String("model")).toString(), modelName);
    const QStringList known{QStringLiteral("avx2"),        QStringLiteral("fma"),        QStringLiteral("avx512f"),
                            QStringLiteral("avx512bw"),    QStringLiteral("avx512dq"),   QStringLiteral("avx512vl"),
                            QStringLiteral("avx512_bf16"), QStringLiteral("avx512_fp16")};
    QStringList expectedFlags;
    for (const QString& flag : known)
        if (kernelFlags.contains(flag))
            expectedFlags << flag;
    QStringList flags;
    for (const QJsonValue& flag : cpu.value(QLatin1String("flags")).toArray())
        flags << flag.toString();
    QCOMPARE(flags, expectedFlags);
    QCOMPARE(cpu.value(QLatin1String("logical_cores")).toInt(), QThread::idealThreadCount());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+"))
                .match(json.value(QLatin1String("libtorch")).toObject().value(QLatin1String("version")).toString())
                .hasMatch());
    QVERIFY(json.value(QLatin1String("cuda")).isArray());

    const QJsonObject blas = json.value(QLatin1String("blas")).toObject();
    const QString library = blas.value(QLatin1String("library")).toString();
    if (!blas.value(QLatin1String("openblas")).toBool())
        QSKIP(qPrintable(QStringLiteral("the BLAS is not OpenBLAS (%1): no core to report").arg(library)));
    QVERIFY2(QFileInfo::exists(library) && library.contains(QLatin1String("openblas")), qPrintable(library));
    QVERIFY(blas.value(QLatin1String("threads")).toInt() >= 1);
    // A core the user asks for is the core it runs, and the report says who chose it.
    QProcess forced;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OPENBLAS_CORETYPE"), QStringLiteral("Prescott"));
    environment.remove(QStringLiteral("TEXTGEN_BLAS_CORE_CHECKED"));
    forced.setProcessEnvironment(environment);
    forced.start(QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"), {QStringLiteral("info"), QStringLiteral("--json")});
    QVERIFY(forced.waitForFinished(60000));
    const QJsonObject forcedBlas
        = QJsonDocument::fromJson(forced.readAllStandardOutput()).object().value(QLatin1String("blas")).toObject();
    QCOMPARE(forcedBlas.value(QLatin1String("core")).toString(), QStringLiteral("Prescott"));
    QCOMPARE(forcedBlas.value(QLatin1String("core_source")).toString(), QStringLiteral("OPENBLAS_CORETYPE"));
}

void TestTextgenCli::resumeRefusesAnOptionThatDiffersFromTheRun_data()
{
    QTest::addColumn<QStringList>("changed"); // replaces or adds to the options the run was created with
    QTest::addColumn<QString>("reason");
    QTest::newRow("batch") << QStringList{"--batch", "64"}
                           << "--batch 64 differs from the run's batch 2: start a new run to change it";
    QTest::newRow("preset") << QStringList{"--preset", "seed"}
                            << "--preset seed differs from the run's preset gpt: start a new run";
    QTest::newRow("learning rate") << QStringList{"--lr", "0.002"}
                                   << "--lr 0.002 differs from the run's learning rate 0.001";
    QTest::newRow("an option the run left at its default")
        << QStringList{"--tokenizer", "char"} << "--tokenizer char differs from the run's tokenizer word";
    QTest::newRow("corpus") << QStringList{"CORPUS"} << "differs from the run's corpus";
}

void TestTextgenCli::resumeRefusesAnOptionThatDiffersFromTheRun()
{
    QFETCH(QStringList, changed);
    QFETCH(QString, reason);
    QVERIFY(trainTinyRun());
    QStringList options = tinyRunOptions();
    QString corpus = corpus_;
    if (changed.first() == QLatin1String("CORPUS")) {
        corpus = dir_.path(); // the folder above the run's corpus
    } else if (const auto at = options.indexOf(changed.first()); at >= 0) {
        options[at + 1] = changed.at(1);
    } else {
        options << changed;
    }
    const Result refused
        = runTextgen(QStringList{"train", corpus} + options + QStringList{"--epochs", "2", "--resume"});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(reason), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(changed.first() == QLatin1String("CORPUS") ? corpus_ : changed.at(1)),
             qPrintable(refused.err));
    QFile runJson(run_ + QStringLiteral("/run.json"));
    QVERIFY(runJson.open(QIODevice::ReadOnly));
    const QJsonObject settings = QJsonDocument::fromJson(runJson.readAll()).object();
    QCOMPARE(settings.value(QLatin1String("progress")).toObject().value(QLatin1String("epoch")).toInt(),
             1); // untouched
}

void TestTextgenCli::resumeAcceptsThePreviousCommandLineWithResumeAdded()
{
    QVERIFY(trainTinyRun());
    // The command that created the run, recalled with the up arrow, a larger --epochs, --resume, and the
    // learning rate spelled another way.
    QStringList options = tinyRunOptions();
    options[options.indexOf(QStringLiteral("--lr")) + 1] = QStringLiteral("1e-3");
    const Result resumed
        = runTextgen(QStringList{"train", corpus_} + options + QStringList{"--epochs", "2", "--resume"});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const QJsonObject result
        = QJsonDocument::fromJson(resumed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).last().toUtf8()).object();
    QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(result.value(QLatin1String("epochs")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestTextgenCli)
#include "tst_textgen_cli.moc"
