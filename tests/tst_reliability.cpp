// Bad input and faults, row by row: each must give a clear error (or be handled as documented), and nothing
// on disk may be damaged. Corpora, damaged run folders, generation requests, and the faults of a training
// process: killed mid-write, refused by a full disk, or racing another process for the same run.
#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/fsuid.h>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus.h"
#include "generator.h"
#include "model_fixtures.h"
#include "run_directory.h"
#include "run_library.h"
#include "run_lock.h"
#include "run_model.h"
#include "testdata.h"
#include "training_session.h"
#include "run_fixtures.h"

using namespace textgen;
using textgen::testing::str;
using textgen::testing::writeFile;

namespace {

// Reads the file system as an ordinary user would. The suite often runs as root (CI does), and root reads
// files whatever their mode; dropping this thread's file-system identity to `nobody` takes that power away
// (setfsuid clears CAP_DAC_OVERRIDE), so a mode-0000 file is refused as it is for every user.
class AsOrdinaryUser {
public:
    AsOrdinaryUser()
    {
        if (::geteuid() == 0) {
            ::setfsgid(65534);
            ::setfsuid(65534);
        }
    }
    // Whether file access is now checked as for an ordinary user (setfsuid can be refused in a container).
    static bool possible()
    {
        if (::geteuid() != 0)
            return true;
        const AsOrdinaryUser user;
        return ::setfsuid(static_cast<uid_t>(-1)) == 65534; // -1 changes nothing and returns the current one
    }
    ~AsOrdinaryUser()
    {
        if (::geteuid() == 0) {
            ::setfsuid(0);
            ::setfsgid(0);
        }
    }
    AsOrdinaryUser(const AsOrdinaryUser&) = delete;
    AsOrdinaryUser& operator=(const AsOrdinaryUser&) = delete;
};

// Every file under `root`, with a hash of its bytes and its mode: equal snapshots mean nothing was touched.
QMap<QString, QByteArray> snapshot(const QString& root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QByteArray digest = "unreadable";
        if (file.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            digest = hash.result().toHex();
        }
        files.insert(QDir(root).relativeFilePath(path),
                     digest + ' ' + QByteArray::number(int(QFileInfo(path).permissions()), 8));
    }
    return files;
}

const QString kTextgen = QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen");

// `textgen train` of a small gpt model (two seconds an epoch on one core) on `corpus` into `run`.
QStringList smallTraining(const QString& corpus, const QString& run, int epochs)
{
    return {QStringLiteral("train"),     corpus,
            QStringLiteral("--run"),     run,
            QStringLiteral("--preset"),  QStringLiteral("gpt"),
            QStringLiteral("--embed"),   QStringLiteral("128"),
            QStringLiteral("--heads"),   QStringLiteral("2"),
            QStringLiteral("--ff"),      QStringLiteral("256"),
            QStringLiteral("--layers"),  QStringLiteral("2"),
            QStringLiteral("--seq-len"), QStringLiteral("16"),
            QStringLiteral("--batch"),   QStringLiteral("16"),
            QStringLiteral("--cut"),     QStringLiteral("stream"),
            QStringLiteral("--device"),  QStringLiteral("cpu"),
            QStringLiteral("--threads"), QStringLiteral("1"),
            QStringLiteral("--epochs"),  QString::number(epochs)};
}

QStringList resuming(const QString& run, int epochs)
{
    return {QStringLiteral("train"),    QStringLiteral("--resume"), QStringLiteral("--run"), run,
            QStringLiteral("--epochs"), QString::number(epochs)};
}

} // namespace

class TestReliability : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void badCorporaAreExplainedAndOthersRead_data();
    void badCorporaAreExplainedAndOthersRead();
    void damagedRunsAreRefusedAndLeftAsTheyWere_data();
    void damagedRunsAreRefusedAndLeftAsTheyWere();
    void badGenerationRequestsAreRefusedOrHandled_data();
    void badGenerationRequestsAreRefusedOrHandled();
    void aFileRemovedWhileReadingIsSkippedAndListed();
    void aRefusedCheckpointWriteKeepsThePreviousOneAndSaysWhy();
    void aFullDiskDuringACheckpointWriteKeepsThePreviousOneAndSaysWhy();
    void aKillDuringACheckpointWriteKeepsThePreviousOneAndResumes();
    void aSecondProcessTrainingTheSameRunIsRefused();

private:
    QString smallCorpus();
    void trainOneEpoch(const QString& path, CheckpointHeader& saved);
    void verifyARefusedWriteLostNothing(const QString& path, const CheckpointHeader& saved, QProcess& refused,
                                        const QString& error, const QString& reason);

    QTemporaryDir dir_;
    QString runs_; // trained once: good (gpt), other-vocabulary (gpt, another corpus), other-preset (lstm)
};

void TestReliability::initTestCase()
{
    QVERIFY(dir_.isValid());
    const QString root = dir_.path();
    QVERIFY(QDir(root).mkpath(QStringLiteral("empty")));
    writeFile(root, QStringLiteral("binary/a.txt"),
              std::string_view("\x7f"
                               "ELF\x02\x01\x01\x00\x00\x00",
                               10));
    writeFile(root, QStringLiteral("binary/b.txt"), std::string("\x00\xff\x10\x20", 4) + std::string(4096, '\x01'));
    writeFile(root, QStringLiteral("latin1/review.txt"), "caf\xe9 na\xefve r\xe9sum\xe9");
    // 200 MB with no newline at all: one paragraph, read whole.
    writeFile(root, QStringLiteral("oneline.txt"), std::string(200 * 1000 * 1000, 'a') + " end");
    QVERIFY(QDir(root).mkpath(QStringLiteral("dangling")));
    QVERIFY(QFile::link(root + QStringLiteral("/nowhere.txt"), root + QStringLiteral("/dangling/gone.txt")));
    writeFile(root, QStringLiteral("dangling/kept.txt"), "still here");
    // Files and folders this user may not read (see AsOrdinaryUser); the temporary folder itself is 0700.
    writeFile(root, QStringLiteral("denied/readable.txt"), "anyone may read this");
    writeFile(root, QStringLiteral("denied/secret.txt"), "no one may read this");
    writeFile(root, QStringLiteral("denied/sealed/inside.txt"), "nor this");
    writeFile(root, QStringLiteral("sealed/inside.txt"), "nor this");
    QVERIFY(QFile::setPermissions(
        root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(::chmod(QFile::encodeName(root + QStringLiteral("/denied/secret.txt")).constData(), 0) == 0);
    QVERIFY(::chmod(QFile::encodeName(root + QStringLiteral("/denied/sealed")).constData(), 0) == 0);
    QVERIFY(::chmod(QFile::encodeName(root + QStringLiteral("/sealed")).constData(), 0) == 0);

    // Three small trained runs for the damaged-run table: rows copy them, damage the copy, and try to use it.
    runs_ = root + QStringLiteral("/trained");
    writeFile(root, QStringLiteral("other/fortunes"),
              "a different text with different words\n%\nso the vocabulary differs too\n%\n");
    const QString corpus = smallCorpus();
    for (const auto& [name, preset, text] :
         {std::tuple{"good", Preset::Gpt, corpus},
          std::tuple{"other-vocabulary", Preset::Gpt, root + QStringLiteral("/other")},
          std::tuple{"other-preset", Preset::Lstm, corpus}})
        TrainingSession::create(runs_ + QLatin1Char('/') + QLatin1String(name),
                                textgen::testing::tinyRunSettings(text, preset, 1), {})
            ->train();
}

void TestReliability::cleanupTestCase()
{
    for (const char* relative :
         {"/denied/secret.txt", "/denied/sealed", "/sealed"}) // so that the folder can be removed
        ::chmod(QFile::encodeName(dir_.path() + QLatin1String(relative)).constData(), 0755);
}

// 200 fortunes of a dozen words: a small run trains an epoch of it in about a second.
QString TestReliability::smallCorpus()
{
    const QString path = dir_.filePath(QStringLiteral("small"));
    if (!QFile::exists(path + QStringLiteral("/fortunes"))) {
        std::string text;
        for (int i = 0; i < 200; ++i)
            text += "the film was long and the story was thin but the music was fine " + std::to_string(i) + "\n%\n";
        writeFile(dir_.path(), QStringLiteral("small/fortunes"), text);
    }
    return path;
}

// The small run at `path` trained for one epoch; `saved` is its checkpoint's header. The checkpoint is over
// 1 MB, so that a disk refusing writes past 1 MB, or nearly full, refuses the next one.
void TestReliability::trainOneEpoch(const QString& path, CheckpointHeader& saved)
{
    QProcess first;
    first.start(kTextgen, smallTraining(smallCorpus(), path, 1));
    QVERIFY(first.waitForFinished(120000));
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    const QString latest = RunDirectory::open(path).latestCheckpointPath();
    QVERIFY(QFileInfo(latest).size() > 1000000);
    saved = readCheckpointHeader(latest.toStdString());
}

// `refused` resumed the run at `path` and could not write epoch 2's checkpoint: it failed with `error` on
// stderr, run.json is whole and its reason says `reason`, epoch 1's checkpoint is whole (its checksum holds),
// no temporary file is left, and the curve reads.
void TestReliability::verifyARefusedWriteLostNothing(const QString& path, const CheckpointHeader& saved,
                                                     QProcess& refused, const QString& error, const QString& reason)
{
    QCOMPARE(refused.exitCode(), 1);
    const QString stderrText = QString::fromUtf8(refused.readAllStandardError());
    QVERIFY2(stderrText.contains(error), qPrintable(stderrText));
    const RunDirectory after = RunDirectory::open(path);
    QCOMPARE(after.settings().status, RunStatus::Failed);
    QVERIFY2(after.settings().statusReason.english().contains(reason),
             qPrintable(after.settings().statusReason.english()));
    const CheckpointHeader kept = readCheckpointHeader(after.latestCheckpointPath().toStdString());
    QCOMPARE(kept.step, saved.step);
    QCOMPARE(kept.archiveHash, saved.archiveHash);
    QCOMPARE(loadRunModel(after, QStringLiteral("latest")).checkpoint.step, saved.step);
    QCOMPARE(QDir(after.checkpointsPath()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files), QStringList{});
    QVERIFY(RunDirectory::readMetrics(after.metricsPath()).rows.size() > 0);
}

void TestReliability::badCorporaAreExplainedAndOthersRead_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("error"); // the start of the error, or empty when it reads
    QTest::addColumn<int>("documents");
    QTest::addColumn<QString>("reported"); // in the report (repairs, skipped files), or in the error
    QTest::newRow("missing path") << "missing"
                                  << "Corpus not found: " << 0 << "";
    QTest::newRow("empty folder") << "empty"
                                  << "No text files in " << 0 << "";
    QTest::newRow("only binary files") << "binary"
                                       << "No usable text in " << 0 << "";
    QTest::newRow("invalid UTF-8") << "latin1"
                                   << "" << 1 << "invalid UTF-8 sequences replaced: 4";
    QTest::newRow("200 MB with no newline") << "oneline.txt"
                                            << "" << 1 << "200.00 MB";
    QTest::newRow("a link whose file is gone") << "dangling"
                                               << "" << 1 << "gone.txt: broken link";
    QTest::newRow("permission denied on a file") << "denied"
                                                 << "" << 1 << "secret.txt: cannot open: Permission denied";
    QTest::newRow("permission denied on a subfolder") << "denied"
                                                      << "" << 1 << "sealed: cannot list folder: Permission denied";
    QTest::newRow("permission denied on the corpus")
        << "sealed"
        << "No text files in " << 0 << "cannot list folder: Permission denied";
}

void TestReliability::badCorporaAreExplainedAndOthersRead()
{
    QFETCH(QString, relative);
    QFETCH(QString, error);
    QFETCH(int, documents);
    QFETCH(QString, reported);
    const QString path = dir_.filePath(relative);
    if (reported.contains(QLatin1String("Permission denied")) && !AsOrdinaryUser::possible())
        QSKIP("this process cannot read files as an ordinary user (setfsuid refused), and root reads them all");
    const auto listing
        = [&] { return QDir(dir_.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System); };
    const QStringList before = listing();
    try {
        const Corpus corpus = [&] {
            const AsOrdinaryUser user;
            return readCorpus(str(path));
        }();
        QVERIFY2(error.isEmpty(), "an unusable corpus was read");
        QCOMPARE(static_cast<int>(corpus.documents.size()), documents);
        const QString report = QString::fromStdString(formatReport(corpus.report));
        QVERIFY2(report.contains(reported), qPrintable(report));
    } catch (const CorpusError& failure) {
        QVERIFY2(!error.isEmpty(), failure.what());
        QVERIFY2(QString::fromUtf8(failure.what()).startsWith(error + path), failure.what());
        QVERIFY2(QString::fromUtf8(failure.what()).contains(reported), failure.what());
    }
    QCOMPARE(listing(), before); // reading never writes
}

void TestReliability::damagedRunsAreRefusedAndLeftAsTheyWere_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("error"); // in the error of opening the run and loading its model; empty: it loads
    QTest::newRow("malformed vocab.txt") << "vocabulary"
                                         << "vocab.txt:1: the first line must be empty";
    QTest::newRow("run.json missing a field") << "no-model"
                                              << "field \"model\" is missing or is not an object";
    QTest::newRow("run.json with a wrong type") << "embed-string"
                                                << "field \"model.embed\" is missing or is not a number";
    QTest::newRow("run.json not JSON") << "not-json"
                                       << "run.json is not valid JSON (invalid termination by number at byte 40)";
    QTest::newRow("metrics.csv with a torn last line") << "torn-metrics"
                                                       << "";
    QTest::newRow("truncated checkpoint") << "truncated"
                                          << "truncated or damaged";
    QTest::newRow("checkpoint from another vocabulary") << "other-vocabulary"
                                                        << "was written by a model with vocabulary";
    QTest::newRow("checkpoint from another preset") << "other-preset"
                                                    << "holds a lstm model, this run is gpt";
    QTest::newRow("not a checkpoint") << "not-a-checkpoint"
                                      << "not a textgen checkpoint (it does not start with";
}

void TestReliability::damagedRunsAreRefusedAndLeftAsTheyWere()
{
    QFETCH(QString, damage);
    QFETCH(QString, error);
    const QString path = dir_.filePath(QStringLiteral("damaged/") + damage);
    QVERIFY(QDir().mkpath(path + QStringLiteral("/checkpoints")));
    const QString good = runs_ + QStringLiteral("/good");
    for (const QString& name : {QStringLiteral("run.json"), QStringLiteral("vocab.txt"), QStringLiteral("metrics.csv"),
                                QStringLiteral("checkpoints/latest.pt")})
        QVERIFY(QFile::copy(good + QLatin1Char('/') + name, path + QLatin1Char('/') + name));
    const std::size_t goodRows = RunDirectory::readMetrics(good + QStringLiteral("/metrics.csv")).rows.size();
    const auto rewrite = [&](const QString& name, const QByteArray& bytes) {
        QFile file(path + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    const auto readAll = [](const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QJsonObject settings = QJsonDocument::fromJson(readAll(path + QStringLiteral("/run.json"))).object();
    if (damage == QLatin1String("vocabulary")) {
        rewrite(QStringLiteral("vocab.txt"), "the\n[UNK]\n");
    } else if (damage == QLatin1String("no-model")) {
        settings.remove(QStringLiteral("model"));
        rewrite(QStringLiteral("run.json"), QJsonDocument(settings).toJson());
    } else if (damage == QLatin1String("embed-string")) {
        QJsonObject model = settings.value(QStringLiteral("model")).toObject();
        model.insert(QStringLiteral("embed"), QStringLiteral("big"));
        settings.insert(QStringLiteral("model"), model);
        rewrite(QStringLiteral("run.json"), QJsonDocument(settings).toJson());
    } else if (damage == QLatin1String("not-json")) {
        rewrite(QStringLiteral("run.json"), readAll(path + QStringLiteral("/run.json")).left(40));
    } else if (damage == QLatin1String("torn-metrics")) {
        QFile file(path + QStringLiteral("/metrics.csv"));
        QVERIFY(file.open(QIODevice::Append));
        file.write("99999,0,4.2"); // a writer killed mid-line
    } else if (damage == QLatin1String("truncated")) {
        const QByteArray bytes = readAll(path + QStringLiteral("/checkpoints/latest.pt"));
        rewrite(QStringLiteral("checkpoints/latest.pt"), bytes.left(bytes.size() * 2 / 3));
    } else if (damage == QLatin1String("other-vocabulary") || damage == QLatin1String("other-preset")) {
        rewrite(QStringLiteral("checkpoints/latest.pt"),
                readAll(runs_ + QLatin1Char('/') + damage + QStringLiteral("/checkpoints/latest.pt")));
    } else if (damage == QLatin1String("not-a-checkpoint")) {
        rewrite(QStringLiteral("checkpoints/latest.pt"), QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(5000, '\0'));
    }
    const QMap<QString, QByteArray> before = snapshot(path);

    const RunSummary summary = RunLibrary::summarize(path); // the runs dock lists it, damaged or not
    try {
        const RunDirectory run = RunDirectory::open(path);
        const RunModel loaded = loadRunModel(run, QStringLiteral("latest"));
        QVERIFY2(error.isEmpty(), "a damaged run was loaded");
        QVERIFY(loaded.model != nullptr);
        const MetricsFile curve = RunDirectory::readMetrics(run.metricsPath());
        QCOMPARE(curve.rows.size(), goodRows); // up to the torn line
        QCOMPARE(curve.skippedLines, 1);
        QVERIFY(!summary.damaged());
    } catch (const std::exception& failure) {
        QVERIFY2(!error.isEmpty(), failure.what());
        QVERIFY2(QString::fromUtf8(failure.what()).contains(error), failure.what());
        if (damage.startsWith(QLatin1String("no-")) || damage == QLatin1String("embed-string")
            || damage == QLatin1String("not-json")) {
            QVERIFY(summary.damaged());
            QVERIFY2(summary.statusReason.english().contains(error), qPrintable(summary.statusReason.english()));
        }
    }
    QCOMPARE(snapshot(path), before); // looking at a damaged run never writes to it
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
    const Vocabulary vocabulary = textgen::numberedVocabulary(40);
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
    QCOMPARE(QString::fromStdString(corpus.report.skipped[0].reason),
             QStringLiteral("cannot open: No such file or directory"));
}

void TestReliability::aRefusedCheckpointWriteKeepsThePreviousOneAndSaysWhy()
{
    if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
        QSKIP("prlimit (util-linux) is not installed");
    // A disk that refuses the write: the file-size limit makes every write past 1 MB fail (EFBIG), as a full
    // disk fails with ENOSPC, through the same path. The child ignores SIGXFSZ as this process does.
    const QString run = dir_.filePath(QStringLiteral("full-disk"));
    CheckpointHeader saved;
    trainOneEpoch(run, saved);
    if (QTest::currentTestFailed())
        return;
    std::signal(SIGXFSZ, SIG_IGN); // inherited by the child: a refused write is an error, not a kill
    QProcess limited;
    limited.start(QStringLiteral("prlimit"),
                  QStringList{QStringLiteral("--fsize=1000000"), QStringLiteral("--"), kTextgen} + resuming(run, 2));
    QVERIFY(limited.waitForFinished(120000));
    std::signal(SIGXFSZ, SIG_DFL);
    verifyARefusedWriteLostNothing(run, saved, limited, QStringLiteral("File too large"),
                                   QStringLiteral("cannot write"));
}

void TestReliability::aFullDiskDuringACheckpointWriteKeepsThePreviousOneAndSaysWhy()
{
    // A real ENOSPC: the run lives on a 16 MB tmpfs, which is filled up to 200 KB after the first epoch, so
    // run.json and the curve still fit and the next checkpoint does not. Mounting needs root (CI runs as root).
    const QString disk = dir_.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(disk));
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=16m"),
                 QStringLiteral("tmpfs"), disk});
    if (!mount.waitForFinished() || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        QSKIP("cannot mount a small tmpfs here (it needs root): the EFBIG row covers the same path");
    const auto unmount = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), disk});
    });

    const QString path = disk + QStringLiteral("/run");
    CheckpointHeader saved;
    trainOneEpoch(path, saved);
    if (QTest::currentTestFailed())
        return;
    { // fill the disk, leaving 200 KB
        QFile filler(disk + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, '\0');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        QVERIFY(filler.resize(std::max<qint64>(0, filler.size() - 200 * 1024)));
    }
    QProcess full;
    full.start(kTextgen, resuming(path, 2));
    QVERIFY(full.waitForFinished(120000));
    verifyARefusedWriteLostNothing(path, saved, full, QStringLiteral("No space left on device"),
                                   QStringLiteral("epoch-0002.pt: No space left on device")); // the checkpoint
}

void TestReliability::aKillDuringACheckpointWriteKeepsThePreviousOneAndResumes()
{
    const QString path = dir_.filePath(QStringLiteral("killed-writing"));
    CheckpointHeader saved;
    trainOneEpoch(path, saved);
    if (QTest::currentTestFailed())
        return;
    const QString latest = RunDirectory::open(path).latestCheckpointPath();

    // The second epoch's checkpoint is half on disk when SIGKILL arrives (the fault hook of writeFileAtomically).
    QProcess killed;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TEXTGEN_KILL_MID_WRITE"), QStringLiteral("epoch-0002.pt"));
    killed.setProcessEnvironment(environment);
    killed.start(kTextgen, resuming(path, 2));
    QVERIFY(killed.waitForFinished(120000));
    QCOMPARE(killed.exitStatus(), QProcess::CrashExit);
    const RunDirectory run = RunDirectory::open(path); // run.json is whole
    const QFileInfoList halves
        = QDir(run.checkpointsPath()).entryInfoList({QStringLiteral("epoch-0002.pt.tmp-*")}, QDir::Files);
    QCOMPARE(halves.size(), 1);
    QVERIFY(halves.first().size() > 0 && halves.first().size() < QFileInfo(latest).size() * 2 / 3 + 1);
    QCOMPARE(run.checkpointEpochs(), QList<qint64>{1});

    const RunModel previous = loadRunModel(run, QStringLiteral("latest")); // whole: its checksum is verified
    QCOMPARE(previous.checkpoint.step, saved.step);
    QCOMPARE(previous.checkpoint.archiveHash, saved.archiveHash);
    const MetricsFile curve = RunDirectory::readMetrics(run.metricsPath());
    QVERIFY(curve.rows.size() > static_cast<std::size_t>(saved.step)); // the second epoch's rows were written
    QCOMPARE(curve.skippedLines, 0);

    QProcess resumed;
    resumed.start(kTextgen, resuming(path, 2));
    QVERIFY(resumed.waitForFinished(120000));
    QVERIFY2(resumed.exitCode() == 0, resumed.readAllStandardError().constData());
    const RunDirectory finished = RunDirectory::open(path);
    QCOMPARE(finished.settings().status, RunStatus::Finished);
    QCOMPARE(finished.checkpointEpochs(), (QList<qint64>{1, 2}));
    QCOMPARE(QDir(finished.checkpointsPath()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files),
             QStringList{}); // the half is gone
    QCOMPARE(readCheckpointHeader(finished.latestCheckpointPath().toStdString()).step, 2 * saved.step);
    qint64 step = 0;
    for (const MetricRow& row : RunDirectory::readMetrics(finished.metricsPath()).rows)
        if (!std::isfinite(row.validationLoss))
            QCOMPARE(row.step, ++step); // the killed epoch's rows were replaced, not repeated
    QCOMPARE(step, 2 * saved.step);
}

void TestReliability::aSecondProcessTrainingTheSameRunIsRefused()
{
    const QString path = dir_.filePath(QStringLiteral("contended"));
    QProcess first;
    first.start(kTextgen, smallTraining(smallCorpus(), path, 100000));
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral("/checkpoints/latest.pt")), 120000); // it trains
    const QString pid = QString::number(first.processId());

    const QList<std::pair<QStringList, QString>> attempts{
        {resuming(path, 2), QStringLiteral("is being trained by pid ") + pid},
        {smallTraining(smallCorpus(), path, 1),
         QStringLiteral("already holds a run: resume it (--resume), or choose another folder")}};
    for (const auto& [arguments, refusal] : attempts) {
        QProcess second;
        second.start(kTextgen, arguments);
        QVERIFY(second.waitForFinished(120000));
        const QString why = QString::fromUtf8(second.readAllStandardError());
        QCOMPARE(second.exitCode(), 1);
        QVERIFY2(why.contains(refusal), qPrintable(why));
        const RunDirectory run = RunDirectory::open(path); // the refused process wrote nothing in it
        QCOMPARE(run.settings().status, RunStatus::Running);
        QVERIFY(run.settings().statusReason.isNone());
    }
    QCOMPARE(first.state(), QProcess::Running); // the first goes on
    first.kill();
    QVERIFY(first.waitForFinished());
}

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
