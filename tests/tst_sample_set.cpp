// Sample sets: the text file round trip, parse errors that name the line, an unwritable folder, and
// `textgen sample` reproducing the same text across processes and writing what it printed.
#include "sample_set.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include "testdata.h"
#include "training_session.h"

using namespace textgen;

namespace {

SampleSet sampleSet()
{
    SampleSet set;
    set.runName = QStringLiteral("imdb, seed");
    set.runPath = QStringLiteral("/home/me/runs/imdb-seed");
    set.checkpointEpoch = 3;
    set.checkpointStep = 4200;
    set.checkpointFile = QStringLiteral("checkpoints/epoch-0003.pt");
    set.model = QStringLiteral("seed: vocab 15000, seq 100, embed 256, 2 heads, ff 2048, 1 layer, dropout 0");
    set.tokenizer = QStringLiteral("word");
    set.prompt = QStringLiteral("this movie\\ was \"great\"\nreally");
    set.length = 50;
    set.date = QDateTime(QDate(2026, 11, 25), QTime(12, 30, 15, 250), Qt::UTC);
    for (double temperature : {0.2, 0.5, 1.5}) {
        SampleSetEntry entry;
        entry.sampler.temperature = temperature;
        entry.sampler.topK = temperature > 1 ? 40 : 0;
        entry.sampler.topP = temperature > 1 ? 0.95 : 1.0;
        entry.sampler.seed = 18446744073709551615ull;
        entry.text = QStringLiteral("is one of the best films i have ever seen 😀 — ");
        set.samples.push_back(entry);
    }
    set.samples[1].forced = {{6, 30}, {9, 2}};
    set.samples[1].epoch = 1;
    set.samples[1].step = 1400;
    set.samples[2].sampler.suppressSpecials = false;
    set.samples[2].sampler.minP = 0.05;
    set.samples[2].sampler.repetitionPenalty = 1.3;
    set.samples[2].sampler.repetitionWindow = 20;
    set.samples[2].sampler.order = {SamplerStepKind::TopK, SamplerStepKind::RepetitionPenalty,
                                    SamplerStepKind::Temperature, SamplerStepKind::MinP};
    set.samples[2].text
        = QStringLiteral("--- sample 9 of 9: a line that looks like a heading ---\nand a second line\n\n");
    return set;
}

} // namespace

class TestSampleSet : public QObject {
    Q_OBJECT

private slots:
    void writtenThenParsedGivesTheSameSet();
    void fileReadsAsAPersonExpects();
    void versionOneFilesReadWithTheDefaultChain();
    void damagedFilesAreRefusedNamingTheLine_data();
    void damagedFilesAreRefusedNamingTheLine();
    void unwritableFolderIsAnErrorAndLeavesNothing();
    void sampleCommandIsReproducibleAcrossProcessesAndExportsWhatItPrints();
};

void TestSampleSet::writtenThenParsedGivesTheSameSet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("samples.txt"));
    writeSampleSet(path, sampleSet());
    QVERIFY(readSampleSet(path) == sampleSet());
    SampleSet empty = sampleSet();
    empty.samples.clear();
    QVERIFY(parseSampleSet(formatSampleSet(empty), QStringLiteral("x")) == empty);
}

void TestSampleSet::fileReadsAsAPersonExpects()
{
    const QString text = QString::fromUtf8(formatSampleSet(sampleSet()));
    QVERIFY(text.startsWith(QLatin1String("textgen sample set 2\nrun: imdb, seed\n")));
    QVERIFY(text.contains(QLatin1String("checkpoint: epoch 3, step 4200\n")));
    QVERIFY(text.contains(QLatin1String("prompt: this movie\\\\ was \"great\"\\nreally\n")));
    QVERIFY(text.contains(QLatin1String(
        "--- sample 1 of 3: temperature 0.2, top-k 0, top-p 1, min-p 0, repetition penalty 1 over 64, seed "
        "18446744073709551615, specials suppressed,")));
    QVERIFY(text.contains(QLatin1String("\nchain: repetition-penalty > temperature > top-k > top-p > min-p\n")));
    QVERIFY(text.contains(QLatin1String(
        "--- sample 3 of 3: temperature 1.5, top-k 40, top-p 0.95, min-p 0.05, repetition penalty 1.3 over 20,")));
    QVERIFY(text.contains(QLatin1String("\nchain: top-k > repetition-penalty > temperature > min-p\n")));
    QVERIFY(text.contains(QLatin1String("\ncheckpoint: epoch 1, step 1400\nforced: 6=30 9=2\n")));
}

void TestSampleSet::versionOneFilesReadWithTheDefaultChain()
{
    // Written by the studio before the chain had min-p, a repetition penalty or an order of its own.
    const QByteArray version1 = "textgen sample set 1\nrun: r\nrun path: /r\ncheckpoint: epoch 2, step 10\n"
                                "checkpoint file: checkpoints/latest.pt\nmodel: seed\ntokenizer: word\nprompt: p\n"
                                "length: 3\ndate: 2026-11-25T12:30:15.250Z\nsamples: 1\n\n"
                                "--- sample 1 of 1: temperature 0.7, top-k 40, top-p 0.9, seed 7, specials kept, "
                                "9 bytes ---\nforced: 1=5\na b c d e\n";
    const SampleSet set = parseSampleSet(version1, QStringLiteral("old.txt"));
    QCOMPARE(set.samples.size(), std::size_t{1});
    const SamplerSettings& s = set.samples[0].sampler;
    QCOMPARE(s.temperature, 0.7);
    QCOMPARE(s.topK, 40);
    QCOMPARE(s.topP, 0.9);
    QCOMPARE(s.seed, std::uint64_t{7});
    QVERIFY(!s.suppressSpecials);
    QCOMPARE(s.minP, 0.0);
    QCOMPARE(s.repetitionPenalty, 1.0);
    QVERIFY(s.order == kDefaultChainOrder);
    QCOMPARE(set.samples[0].forced, (std::map<int, std::int32_t>{{1, 5}}));
    QCOMPARE(set.samples[0].text, QStringLiteral("a b c d e"));
}

void TestSampleSet::damagedFilesAreRefusedNamingTheLine_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a sample set") << QByteArray("textgen sample set 2") << QByteArray("hello")
                                      << "x:1: not a textgen sample set";
    QTest::newRow("missing header line") << QByteArray("tokenizer: word\n") << QByteArray()
                                         << "the header has no \"tokenizer\" line";
    QTest::newRow("bad checkpoint") << QByteArray("epoch 3, step 4200") << QByteArray("the third")
                                    << "\"checkpoint\" must read";
    QTest::newRow("text longer than announced")
        << QByteArray("ever seen") << QByteArray("ever seen again") << "should hold";
    QTest::newRow("heading out of order")
        << QByteArray("sample 2 of 3") << QByteArray("sample 5 of 3") << "expected the heading of sample 2";
    QTest::newRow("unknown chain step")
        << QByteArray("chain: top-k > repetition-penalty") << QByteArray("chain: top-k > typical-p")
        << "the chain of sample 3, \"top-k > typical-p > temperature > min-p\", names a step";
    QTest::newRow("bad forced") << QByteArray("forced: 6=30") << QByteArray("forced: six=30")
                                << "\"forced:\" takes step=id pairs";
}

void TestSampleSet::damagedFilesAreRefusedNamingTheLine()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, message);
    QByteArray text = formatSampleSet(sampleSet());
    QVERIFY(text.contains(from));
    text.replace(text.indexOf(from), from.size(), to);
    try {
        parseSampleSet(text, QStringLiteral("x"));
        QFAIL("a damaged sample set was parsed");
    } catch (const SampleSetError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(message), error.what());
        QVERIFY2(QString::fromUtf8(error.what()).startsWith(QLatin1String("x:")), error.what());
    }
    QVERIFY_THROWS_EXCEPTION(SampleSetError,
                             parseSampleSet(formatSampleSet(sampleSet()).chopped(10), QStringLiteral("x")));
}

void TestSampleSet::unwritableFolderIsAnErrorAndLeavesNothing()
{
    QTemporaryDir dir;
    // A folder nobody can write to: read-only for a user, and (since root writes anywhere) a "folder" that
    // is really a file, which refuses everyone.
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(locked));
    QVERIFY(::chmod(qPrintable(locked), 0500) == 0);
    textgen::testing::writeFile(dir.path(), QStringLiteral("a-file"), "not a folder");
    QStringList targets{dir.filePath(QStringLiteral("a-file")) + QStringLiteral("/samples.txt")};
    if (::access(qPrintable(locked), W_OK) != 0)
        targets << locked + QStringLiteral("/samples.txt");
    for (const QString& target : targets) {
        try {
            writeSampleSet(target, sampleSet());
            QFAIL("wrote where nothing can be written");
        } catch (const SampleSetError& error) {
            QVERIFY2(
                QString::fromUtf8(error.what()).startsWith(QStringLiteral("Cannot write ") + target + QLatin1Char(':')),
                error.what());
        }
    }
    QVERIFY(QDir(locked).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // nothing beside the file
}

void TestSampleSet::sampleCommandIsReproducibleAcrossProcessesAndExportsWhatItPrints()
{
    QTemporaryDir dir;
    std::string text;
    for (int i = 0; i < 60; ++i)
        text += "the film was good and the acting was great " + std::to_string(i % 5) + "\n%\n";
    textgen::testing::writeFile(dir.path(), QStringLiteral("corpus/fortunes"), text);
    RunSettings settings;
    settings.corpusPath = dir.filePath(QStringLiteral("corpus"));
    settings.model = presetConfig(Preset::Lstm);
    settings.model.embed = 16;
    settings.model.layers = 1;
    settings.model.sequenceLength = 12;
    settings.dataset = {12, CutMode::Stream, 0.0};
    settings.training = trainingDefaults(Preset::Lstm);
    settings.training.batchSize = 8;
    settings.training.epochs = 1;
    settings.training.device = "cpu";
    const QString run = dir.filePath(QStringLiteral("run"));
    TrainingSession::create(run, settings, {})->train();

    const auto sample = [&](const QString& output) {
        QProcess process;
        process.start(QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"),
                      {QStringLiteral("sample"), run, QStringLiteral("--prompt"), QStringLiteral("The film, unseen"),
                       QStringLiteral("--samples"), QStringLiteral("2"), QStringLiteral("--temperatures"),
                       QStringLiteral("0,1.0"), QStringLiteral("--length"), QStringLiteral("15"), QStringLiteral("-o"),
                       output});
        process.waitForFinished(-1);
        return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()));
    };
    const auto [firstCode, first] = sample(dir.filePath(QStringLiteral("a.txt")));
    const auto [secondCode, second] = sample(dir.filePath(QStringLiteral("b.txt")));
    QCOMPARE(firstCode, 0);
    QCOMPARE(secondCode, 0);
    const auto withoutPath = [](QString output) { return output.left(output.indexOf(QLatin1String("\nwritten to"))); };
    QCOMPARE(withoutPath(first), withoutPath(second)); // the same seeds give the same text in another process
    QVERIFY(first.contains(QLatin1String("unknown to this run's vocabulary (read as [UNK]): unseen")));

    const SampleSet set = readSampleSet(dir.filePath(QStringLiteral("a.txt")));
    QCOMPARE(set.samples.size(), std::size_t(4));
    QCOMPARE(set.samples[0].sampler.seed, std::uint64_t(42));
    QCOMPARE(set.samples[1].sampler.seed, std::uint64_t(43));
    QCOMPARE(set.samples[0].text, set.samples[1].text); // greedy: the seed does not matter
    QCOMPARE(set.samples[3].sampler.temperature, 1.0);
    QCOMPARE(set.prompt, QStringLiteral("The film, unseen"));
    for (const SampleSetEntry& entry : set.samples)
        QVERIFY2(first.contains(QLatin1Char('\n') + entry.text + QLatin1Char('\n')),
                 qPrintable(entry.text)); // the file holds what was printed
}

QTEST_GUILESS_MAIN(TestSampleSet)
#include "tst_sample_set.moc"
