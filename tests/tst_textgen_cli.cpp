// The `textgen` tool as a user runs it: exit codes, one-line usage errors, vocab, tokenize and bench output.
#include <QFile>

#include <cmath>

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
    void sampleAsJsonLinesCarriesEveryTokenOfWhatTextShows();
    void sampleFromEveryCheckpointEndsWithTheLatestColumns();
    void sampleRecordsTheChainInEveryFormat();
    void entropyRisesWithTemperatureFromZero();

private:
    bool trainScrubRun(); // three epochs, a checkpoint each
    QString scrubRun_;
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
    scrubRun_ = dir_.filePath(QStringLiteral("scrub"));
}

bool TestTextgenCli::trainScrubRun()
{
    if (QFileInfo::exists(scrubRun_ + QStringLiteral("/checkpoints/epoch-0003.pt")))
        return true;
    const Result created
        = runTextgen({"train",   corpus_, "--run",     scrubRun_, "--preset",     "gpt", "--layers",  "1",
                      "--embed", "8",     "--heads",   "2",       "--ff",         "16",  "--seq-len", "8",
                      "--batch", "2",     "--threads", "1",       "--validation", "0",   "--epochs",  "3"});
    return created.exitCode == 0;
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
    QTest::newRow("sample unknown chain step")
        << QStringList{"sample", "r", "--prompt", "a", "--chain", "temperature,typical-p"}
        << "--chain takes steps among repetition-penalty, temperature, top-k, top-p, min-p";
    QTest::newRow("sample min-p above 1") << QStringList{"sample", "r", "--prompt", "a", "--min-p", "2"}
                                          << "min-p must be in [0, 1] (0 keeps every token), not 2";
    QTest::newRow("sample min-p left out of the chain")
        << QStringList{"sample", "r", "--prompt", "a", "--min-p", "0.1", "--chain", "temperature"}
        << "the sampler chain leaves out min-p, which is set to 0.1";
    QTest::newRow("sample unknown format") << QStringList{"sample", "r", "--prompt", "a", "--format", "csv"}
                                           << "--format takes text, jsonl or markdown, not 'csv'";
    QTest::newRow("entropy without prompt") << QStringList{"entropy", "r"} << "--prompt TEXT is required";
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
    QTest::addColumn<QString>("usage"); // the first line names the command, not the executable's path
    QTest::newRow("vocab") << QStringList{"vocab", "--help"} << "--max-tokens"
                           << "Usage: textgen vocab [options] CORPUS";
    QTest::newRow("tokenize") << QStringList{"tokenize", "--help"} << "--length"
                              << "Usage: textgen tokenize ";
    QTest::newRow("bench vectorize") << QStringList{"bench", "vectorize", "--help"} << "adapt_MBps"
                                     << "Usage: textgen bench vectorize [options] CORPUS";
    QTest::newRow("info") << QStringList{"info", "--help"} << "--json"
                          << "Usage: textgen info ";
    QTest::newRow("sample") << QStringList{"sample", "--help"} << "--repetition-penalty"
                            << "Usage: textgen sample [options] RUN";
    QTest::newRow("entropy") << QStringList{"entropy", "--help"} << "effective number of choices"
                             << "Usage: textgen entropy ";
    QTest::newRow("bench instrument") << QStringList{"bench", "instrument", "--help"} << "scrub_ms"
                                      << "Usage: textgen bench instrument ";
    QTest::newRow("bench") << QStringList{"bench", "--help"} << "\n  instrument "
                           << "Usage: textgen bench <benchmark> [options]";
    QTest::newRow("overview") << QStringList{"--help"} << "tokenize"
                              << "Usage: textgen <command> [options]";
}

void TestTextgenCli::everySubcommandHasHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QFETCH(QString, usage);
    const Result result = runTextgen(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(mentions), qPrintable(result.out));
    QVERIFY2(result.out.startsWith(usage), qPrintable(result.out.section(QLatin1Char('\n'), 0, 0)));
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
    // Training takes a thread per core, whatever LibTorch's own default (1 with Debian's LibTorch on some machines).
    QCOMPARE(json.value(QLatin1String("libtorch")).toObject().value(QLatin1String("training_threads")).toInt(),
             QThread::idealThreadCount());
    QVERIFY(json.value(QLatin1String("libtorch")).toObject().value(QLatin1String("threads")).toInt() >= 1);
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
    QTest::newRow("precision") << QStringList{"--precision", "bf16"}
                               << "--precision bf16 differs from the run's precision fp32";
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

namespace {

// The columns of `textgen sample`'s text output: the line after each "== ... ==" heading.
QStringList columnTexts(const QString& out)
{
    QStringList texts;
    const QStringList lines = out.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i)
        if (lines[i].startsWith(QLatin1String("== ")) && lines[i].endsWith(QLatin1String(" ==")))
            texts << lines[i + 1];
    return texts;
}

QList<QJsonObject> jsonLines(const QString& out)
{
    QList<QJsonObject> objects;
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        objects << QJsonDocument::fromJson(line.toUtf8()).object();
    return objects;
}

} // namespace

void TestTextgenCli::sampleAsJsonLinesCarriesEveryTokenOfWhatTextShows()
{
    QVERIFY(trainScrubRun());
    const QStringList common{"sample", scrubRun_, "--prompt", "this movie", "--length", "6", "--threads", "1"};
    const Result text = runTextgen(common);
    const Result jsonl = runTextgen(common + QStringList{"--format", "jsonl"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(jsonl.exitCode == 0, qPrintable(jsonl.err));
    const QStringList texts = columnTexts(text.out);
    const QList<QJsonObject> lines = jsonLines(jsonl.out);
    QCOMPARE(texts.size(), 5); // the chapter's five temperatures
    QCOMPARE(lines.size(), 5);
    const double temperatures[] = {0.2, 0.5, 0.7, 1.0, 1.5};
    for (int c = 0; c < 5; ++c) {
        const QJsonObject& line = lines[c];
        QCOMPARE(line.value(QLatin1String("text")).toString(), texts[c]);
        QCOMPARE(line.value(QLatin1String("sampler")).toObject().value(QLatin1String("temperature")).toDouble(),
                 temperatures[c]);
        const QJsonArray tokens = line.value(QLatin1String("tokens")).toArray();
        QCOMPARE(tokens.size(), 6);
        QStringList words;
        for (const QJsonValue& value : tokens) {
            const QJsonObject token = value.toObject();
            words << token.value(QLatin1String("token")).toString();
            const double p = token.value(QLatin1String("p")).toDouble();
            QVERIFY(p > 0.0 && p <= 1.0);
            QVERIFY(token.value(QLatin1String("entropy_bits")).toDouble() >= 0.0);
            const QJsonArray top = token.value(QLatin1String("top")).toArray();
            QCOMPARE(top.size(), 5);
            QVERIFY(top.at(0).toArray().at(1).toDouble() >= top.at(4).toArray().at(1).toDouble());
        }
        QCOMPARE(words.join(QLatin1Char(' ')), texts[c]); // word-level: the text is its tokens, spaced
        const QJsonObject statistics = line.value(QLatin1String("statistics")).toObject();
        QVERIFY(statistics.value(QLatin1String("perplexity_t1")).toDouble() >= 1.0);
        QVERIFY(statistics.value(QLatin1String("distinct_1")).toDouble() > 0.0);
    }
}

void TestTextgenCli::sampleFromEveryCheckpointEndsWithTheLatestColumns()
{
    QVERIFY(trainScrubRun());
    const QStringList common{"sample",    scrubRun_, "--prompt", "this movie", "--length",       "8",
                             "--threads", "1",       "--format", "jsonl",      "--temperatures", "0.7,1.5"};
    const Result latest = runTextgen(common);
    const Result all = runTextgen(common + QStringList{"--checkpoints", "all"});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const QList<QJsonObject> latestLines = jsonLines(latest.out);
    const QList<QJsonObject> allLines = jsonLines(all.out);
    QCOMPARE(allLines.size(), 3 * 2); // three checkpoints, two temperatures
    for (int i = 0; i < allLines.size(); ++i)
        QCOMPARE(allLines[i].value(QLatin1String("sample_checkpoint")).toObject().value(QLatin1String("epoch")).toInt(),
                 i / 2 + 1);
    for (int c = 0; c < 2; ++c) {
        QCOMPARE(allLines[4 + c].value(QLatin1String("text")), latestLines[c].value(QLatin1String("text")));
        QCOMPARE(allLines[4 + c].value(QLatin1String("tokens")), latestLines[c].value(QLatin1String("tokens")));
    }
    const Result some = runTextgen(common + QStringList{"--checkpoints", "1,3"});
    QCOMPARE(jsonLines(some.out).size(), 4);
    QCOMPARE(jsonLines(some.out)[0].value(QLatin1String("text")), allLines[0].value(QLatin1String("text")));
}

void TestTextgenCli::sampleRecordsTheChainInEveryFormat()
{
    QVERIFY(trainScrubRun());
    const QStringList common{"sample",
                             scrubRun_,
                             "--prompt",
                             "this movie",
                             "--length",
                             "5",
                             "--threads",
                             "1",
                             "--temperatures",
                             "0.8",
                             "--min-p",
                             "0.05",
                             "--repetition-penalty",
                             "1.3",
                             "--chain",
                             "min-p,temperature,repetition-penalty"};
    const QString chain = QStringLiteral("min-p 0.05 > temperature 0.8 > repetition-penalty 1.3 over 64");
    const Result text = runTextgen(common + QStringList{"-o", dir_.filePath(QStringLiteral("chain.txt"))});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QStringLiteral("== ") + chain + QStringLiteral(", seed 42 ==")), qPrintable(text.out));
    QFile file(dir_.filePath(QStringLiteral("chain.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString set = QString::fromUtf8(file.readAll());
    QVERIFY(set.contains(QLatin1String("min-p 0.05, repetition penalty 1.3 over 64, seed 42")));
    QVERIFY(set.contains(QLatin1String("\nchain: min-p > temperature > repetition-penalty\n")));
    const Result jsonl = runTextgen(common + QStringList{"--format", "jsonl"});
    const QJsonObject sampler = jsonLines(jsonl.out).front().value(QLatin1String("sampler")).toObject();
    QCOMPARE(sampler.value(QLatin1String("chain")).toString(), chain);
    QCOMPARE(sampler.value(QLatin1String("order")).toString(), QStringLiteral("min-p,temperature,repetition-penalty"));
    const Result markdown = runTextgen(common + QStringList{"--format", "markdown"});
    QVERIFY(markdown.out.contains(QStringLiteral("| chain | ") + chain + QStringLiteral(" |")));
    QCOMPARE(columnTexts(text.out).front(), jsonLines(jsonl.out).front().value(QLatin1String("text")).toString());
}

void TestTextgenCli::entropyRisesWithTemperatureFromZero()
{
    QVERIFY(trainScrubRun());
    const Result result
        = runTextgen({"entropy", scrubRun_, "--prompt", "this movie", "--step", "2", "--json", "--threads", "1"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray temperatures = object.value(QLatin1String("temperatures")).toArray();
    const QJsonArray bits = object.value(QLatin1String("entropy_bits")).toArray();
    const QJsonArray choices = object.value(QLatin1String("choices")).toArray();
    QCOMPARE(temperatures.size(), 21);
    QCOMPARE(temperatures.at(20).toDouble(), 2.0);
    QCOMPARE(bits.size(), 21);
    QCOMPARE(bits.at(0).toDouble(), 0.0); // greedy: one choice
    for (int i = 1; i < bits.size(); ++i) {
        QVERIFY(bits.at(i).toDouble() >= bits.at(i - 1).toDouble() - 1e-6);
        QVERIFY(std::abs(choices.at(i).toDouble() - std::exp2(bits.at(i).toDouble())) < 1e-4);
    }
    QVERIFY(bits.at(20).toDouble() > bits.at(1).toDouble());
    // The context is the prompt and the two words the column drew before the step.
    QCOMPARE(object.value(QLatin1String("context")).toString().split(QLatin1Char(' ')).size(), 4);
    const Result table = runTextgen({"entropy", scrubRun_, "--prompt", "this movie", "--threads", "1"});
    QVERIFY(table.out.contains(QLatin1String("   T   H (bits)   2^H (choices)")));
}

QTEST_GUILESS_MAIN(TestTextgenCli)
#include "tst_textgen_cli.moc"
