// Data-parallel training as a user starts it: `textgen train --nproc 2`, or ranks started by hand the way
// torchrun and SLURM start them. Two processes learn what one does; faults end the job with a clear error and
// leave a run that resumes. Every process talks over loopback only.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cmath>
#include <map>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include "data_parallel.h"
#include "local_ranks.h"
#include "program_run.h"
#include "run_directory.h"
#include "trainer.h"
#include "vocabulary.h"

using textgen::WorldInfo;
using textgen::testing::ProgramResult;

namespace {

// A group of two ranks that agree on everything, played by one: a sum doubles, when it is waited for. It
// records the sums started, by their size, in the order they started.
class EchoGroup : public textgen::ProcessGroup {
public:
    int rank() const override { return 0; }
    int size() const override { return 2; }
    std::string backend() const override { return "echo"; }
    bool onOneMachine() const override { return oneMachine; }
    std::function<void()> startSum(torch::Tensor flat) override
    {
        started.push_back(flat.numel());
        return [flat]() mutable { flat.mul_(2); };
    }
    void broadcast(std::vector<torch::Tensor>&) override { }
    double communicationSeconds() const override { return 0.0; }

    bool oneMachine = true;
    std::vector<std::int64_t> started;
};

// A small model on a small corpus, with no dropout (each rank draws its own masks) and one thread per process:
// 10 steps an epoch.
QStringList tinyRun(const QString& corpus, const QString& run)
{
    return {QStringLiteral("train"),
            corpus,
            "--run",
            run,
            "--preset",
            "gpt",
            "--layers",
            "1",
            "--embed",
            "16",
            "--heads",
            "2",
            "--ff",
            "32",
            "--seq-len",
            "12",
            "--batch",
            "8",
            "--dropout",
            "0",
            "--validation",
            "0.2",
            "--log-every",
            "1",
            "--threads",
            "1",
            "--seed",
            "7"};
}

ProgramResult runTextgen(const QStringList& arguments, const std::map<QString, QString>& variables = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT", "SLURM_PROCID",
                             "SLURM_NTASKS", "SLURM_LOCALID", "TORCHELASTIC_USE_AGENT_STORE"})
        environment.remove(QLatin1String(name));
    for (const auto& [name, value] : variables)
        environment.insert(name, value);
    return textgen::testing::runProgram(QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"), arguments, QDir::tempPath(),
                                        environment);
}

// step -> training loss, from a run's metrics.csv.
std::map<qint64, double> trainLosses(const QString& run)
{
    std::map<qint64, double> losses;
    for (const textgen::MetricRow& row : textgen::RunDirectory::readMetrics(run + QStringLiteral("/metrics.csv")).rows)
        if (std::isfinite(row.trainLoss))
            losses[row.step] = row.trainLoss;
    return losses;
}

// The largest difference between the weights of two runs' latest checkpoints.
double weightDifference(const QString& first, const QString& second)
{
    const auto load = [](const QString& run) {
        const textgen::RunDirectory folder = textgen::RunDirectory::open(run);
        const textgen::Vocabulary vocabulary
            = textgen::Vocabulary::load(folder.vocabularyPath().toStdString(), folder.settings().tokenizer);
        return textgen::loadModel(folder.latestCheckpointPath().toStdString(), folder.settings().model,
                                  vocabulary.fingerprint(), torch::kCPU);
    };
    const auto a = load(first), b = load(second);
    double largest = 0.0;
    const auto theirs = b->parameters();
    const auto ours = a->parameters();
    for (std::size_t i = 0; i < ours.size(); ++i)
        largest = std::max(largest, (ours[i] - theirs[i]).abs().max().item<double>());
    return largest;
}

QStringList fileNames(const QString& run)
{
    QStringList names = QDir(run).entryList(QDir::Files);
    for (const QString& name : QDir(run + QStringLiteral("/checkpoints")).entryList(QDir::Files))
        names << QStringLiteral("checkpoints/") + name;
    names.sort();
    return names;
}

} // namespace

class TestDataParallel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theJobComesFromTorchrunsOrSlurmsEnvironment_data();
    void theJobComesFromTorchrunsOrSlurmsEnvironment();
    void bucketsStartInTheirOrderAsSoonAsTheyAreFull();
    void aSlotNeverAddedIsSummedAsZero();
    void sumsOverlapBackwardWhereTheCoresAreFree_data();
    void sumsOverlapBackwardWhereTheCoresAreFree();
    void twoProcessesLearnWhatOneLearnsFromTheSameGlobalBatch_data();
    void twoProcessesLearnWhatOneLearnsFromTheSameGlobalBatch();
    void resumingWithMoreProcessesKeepsTheGlobalBatch();
    void ranksJoinTorchrunsAgentStoreAsClients();
    void aKilledRankEndsTheJobNamingItAndTheRunResumes();
    void aPortInUseSaysWhatToDo();
    void aRankThatNeverJoinsTimesOut();
    void ranksStartedWithOtherOptionsAreRefused();
    void aBatchTheProcessesCannotShareIsRefusedBeforeAnythingIsWritten();

private:
    QTemporaryDir dir_;
    QString corpus_;
    QString one_; // 20 steps in one process, trained once: the reference
};

void TestDataParallel::initTestCase()
{
    QVERIFY(dir_.isValid());
    corpus_ = dir_.filePath(QStringLiteral("corpus"));
    QVERIFY(QDir().mkpath(corpus_));
    // 120 documents of a small language: the vocabulary and the sequences are the same for every rank.
    const QStringList words{"the", "cat", "dog", "sat", "on", "a", "mat", "log", "and", "ran", "far", "home"};
    for (int d = 0; d < 120; ++d) {
        QFile file(QStringLiteral("%1/%2.txt").arg(corpus_).arg(d, 3, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QStringList text;
        for (int w = 0; w < 14; ++w)
            text << words.at((d * 7 + w * (d % 5 + 1)) % words.size());
        file.write(text.join(QLatin1Char(' ')).toUtf8());
    }
    one_ = dir_.filePath(QStringLiteral("one"));
    const ProgramResult one = runTextgen(tinyRun(corpus_, one_) + QStringList{"--max-steps", "20", "--epochs", "3"});
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    QCOMPARE(trainLosses(one_).size(), std::size_t(20));
}

void TestDataParallel::theJobComesFromTorchrunsOrSlurmsEnvironment_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value
    QTest::addColumn<QString>("expected");      // rank/size/local@address:port by launcher, "none" or "error NAME"
    QTest::newRow("one process") << QStringList{} << "none";
    QTest::newRow("torchrun") << QStringList{"RANK=1", "WORLD_SIZE=4", "LOCAL_RANK=1", "MASTER_ADDR=10.0.0.2",
                                             "MASTER_PORT=29501"}
                              << "1/4/1@10.0.0.2:29501 by torchrun";
    QTest::newRow("torchrun defaults") << QStringList{"RANK=0", "WORLD_SIZE=2"} << "0/2/0@127.0.0.1:29500 by torchrun";
    QTest::newRow("slurm") << QStringList{"SLURM_PROCID=5", "SLURM_NTASKS=8", "SLURM_LOCALID=1",
                                          "SLURM_LAUNCH_NODE_IPADDR=10.1.2.3"}
                           << "5/8/1@10.1.2.3:29500 by slurm";
    QTest::newRow("slurm with master") << QStringList{"SLURM_PROCID=0", "SLURM_NTASKS=2", "MASTER_ADDR=node1",
                                                      "MASTER_PORT=4000"}
                                       << "0/2/0@node1:4000 by slurm";
    QTest::newRow("torchrun wins over slurm")
        << QStringList{"RANK=1", "WORLD_SIZE=2", "SLURM_PROCID=0", "SLURM_NTASKS=16"}
        << "1/2/0@127.0.0.1:29500 by torchrun";
    QTest::newRow("torchrun's agent store")
        << QStringList{"RANK=1", "WORLD_SIZE=2", "LOCAL_RANK=1", "TORCHELASTIC_USE_AGENT_STORE=True",
                       "TORCHELASTIC_RESTART_COUNT=2"}
        << "1/2/1@127.0.0.1:29500 by torchrun, agent store, restart 2";
    QTest::newRow("rank outside the world") << QStringList{"RANK=2", "WORLD_SIZE=2"} << "error RANK";
    QTest::newRow("not a number") << QStringList{"RANK=one", "WORLD_SIZE=2"} << "error RANK";
    QTest::newRow("size without rank") << QStringList{"WORLD_SIZE=2"} << "error RANK";
    QTest::newRow("port out of range") << QStringList{"RANK=0", "WORLD_SIZE=2", "MASTER_PORT=70000"}
                                       << "error MASTER_PORT";
    QTest::newRow("slurm across machines without an address")
        << QStringList{"SLURM_PROCID=0", "SLURM_NTASKS=2"} << "error MASTER_ADDR";
}

void TestDataParallel::theJobComesFromTorchrunsOrSlurmsEnvironment()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, expected);
    std::map<std::string, std::string> table;
    for (const QString& variable : variables)
        table[variable.section(QLatin1Char('='), 0, 0).toStdString()]
            = variable.section(QLatin1Char('='), 1).toStdString();
    const auto lookup = [&](const char* name) -> const char* {
        const auto found = table.find(name);
        return found == table.end() ? nullptr : found->second.c_str();
    };
    QString seen;
    try {
        const std::optional<WorldInfo> world = textgen::worldFromEnvironment(lookup);
        seen = !world ? QStringLiteral("none")
                      : QStringLiteral("%1/%2/%3@%4:%5 by %6")
                            .arg(world->rank)
                            .arg(world->size)
                            .arg(world->localRank)
                            .arg(QString::fromStdString(world->address))
                            .arg(world->port)
                            .arg(QString::fromStdString(world->launcher))
                + (world && world->agentStore ? QStringLiteral(", agent store, restart %1").arg(world->restart)
                                              : QString());
    } catch (const textgen::DistributedError& error) {
        QCOMPARE(error.fault().code, textgen::FaultCode::WorldVariableInvalid);
        seen = QStringLiteral("error ") + QString::fromStdString(error.fault().values.at(0));
    }
    QCOMPARE(seen, expected);
}

void TestDataParallel::bucketsStartInTheirOrderAsSoonAsTheyAreFull()
{
    // Five tensors of 4 bytes a value: buckets of at most 64 bytes hold [0, 1], [2] (alone: 80 bytes), [3, 4].
    const std::vector<torch::Tensor> like{torch::zeros({2, 4}), torch::zeros({8}), torch::zeros({20}),
                                          torch::zeros({3}), torch::zeros({5})};
    EchoGroup group;
    textgen::GradientBuckets buckets(group, like, 64);
    QCOMPARE(buckets.bucketCount(), std::size_t(3));
    // Backward's order is not the buckets': the last bucket fills first, and waits for the ones before it.
    buckets.add(4, torch::full({5}, 5.0));
    buckets.add(3, torch::full({3}, 4.0));
    QVERIFY(group.started.empty());
    buckets.add(1, torch::full({8}, 2.0));
    QVERIFY(group.started.empty()); // slot 0 is still out
    buckets.add(0, torch::arange(8, torch::kFloat).view({2, 4}));
    QCOMPARE(group.started, (std::vector<std::int64_t>{16})); // bucket 0 starts during "backward"
    buckets.add(2, torch::full({20}, 3.0));
    QCOMPARE(group.started, (std::vector<std::int64_t>{16, 20, 8})); // then 1, then 2, which was waiting

    std::vector<torch::Tensor> into;
    for (const torch::Tensor& tensor : like)
        into.push_back(torch::empty_like(tensor));
    buckets.finish(into);
    QCOMPARE(group.started.size(), std::size_t(3)); // nothing started twice
    QVERIFY(torch::equal(into[0], torch::arange(0, 16, 2, torch::kFloat).view({2, 4})));
    QVERIFY(torch::equal(into[1], torch::full({8}, 4.0)));
    QVERIFY(torch::equal(into[2], torch::full({20}, 6.0)));
    QVERIFY(torch::equal(into[3], torch::full({3}, 8.0)));
    QVERIFY(torch::equal(into[4], torch::full({5}, 10.0)));

    // The next round starts afresh.
    group.started.clear();
    buckets.add(0, torch::ones({2, 4}));
    QVERIFY(group.started.empty());
    buckets.add(1, torch::ones({8}));
    QCOMPARE(group.started, (std::vector<std::int64_t>{16}));
}

void TestDataParallel::aSlotNeverAddedIsSummedAsZero()
{
    // A rank with no rows in a batch runs no backward: its buckets start at finish(), as zeros, in order.
    const std::vector<torch::Tensor> like{torch::zeros({4}), torch::zeros({4})};
    EchoGroup group;
    textgen::GradientBuckets buckets(group, like, 16);
    buckets.add(0, torch::full({4}, 1.0));
    buckets.add(1, torch::full({4}, 1.0));
    std::vector<torch::Tensor> into{torch::empty({4}), torch::empty({4})};
    buckets.finish(into); // round one leaves ones in the buckets
    group.started.clear();
    buckets.add(1, torch::full({4}, 3.0));
    QCOMPARE(group.started, (std::vector<std::int64_t>{}));
    buckets.finish(into);
    QCOMPARE(group.started, (std::vector<std::int64_t>{4, 4}));
    QVERIFY(torch::equal(into[0], torch::zeros({4}))); // not round one's value
    QVERIFY(torch::equal(into[1], torch::full({4}, 6.0)));
}

void TestDataParallel::sumsOverlapBackwardWhereTheCoresAreFree_data()
{
    QTest::addColumn<bool>("gpu");
    QTest::addColumn<bool>("oneMachine");
    QTest::addColumn<QString>("forced"); // TEXTGEN_OVERLAP_SUMS, empty: unset
    QTest::addColumn<bool>("overlaps");
    QTest::newRow("CPU, one machine") << false << true << "" << false;
    QTest::newRow("CPU, machines") << false << false << "" << true;
    QTest::newRow("GPU, one machine") << true << true << "" << true;
    QTest::newRow("forced on") << false << true << "1" << true;
    QTest::newRow("forced off") << true << false << "0" << false;
}

void TestDataParallel::sumsOverlapBackwardWhereTheCoresAreFree()
{
    QFETCH(bool, gpu);
    QFETCH(bool, oneMachine);
    QFETCH(QString, forced);
    QFETCH(bool, overlaps);
    EchoGroup group;
    group.oneMachine = oneMachine;
    const std::string value = forced.toStdString();
    const auto lookup = [&](const char* name) -> const char* {
        return std::string(name) == "TEXTGEN_OVERLAP_SUMS" && !value.empty() ? value.c_str() : nullptr;
    };
    QCOMPARE(textgen::overlapsSums(group, gpu, lookup), overlaps);
}

void TestDataParallel::twoProcessesLearnWhatOneLearnsFromTheSameGlobalBatch_data()
{
    QTest::addColumn<QString>("overlap"); // TEXTGEN_OVERLAP_SUMS
    QTest::newRow("sums after backward") << "0";
    QTest::newRow("sums during backward") << "1";
}

void TestDataParallel::twoProcessesLearnWhatOneLearnsFromTheSameGlobalBatch()
{
    QFETCH(QString, overlap);
    const QString two = dir_.filePath(QStringLiteral("two-") + overlap);
    const ProgramResult result
        = runTextgen(tinyRun(corpus_, two) + QStringList{"--max-steps", "20", "--epochs", "3", "--nproc", "2"},
                     {{QStringLiteral("TEXTGEN_OVERLAP_SUMS"), overlap}});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QLatin1String("\"world_size\": 2")), qPrintable(result.out));

    const std::map<qint64, double> expected = trainLosses(one_), seen = trainLosses(two);
    QCOMPARE(seen.size(), expected.size());
    for (const auto& [step, loss] : expected)
        QVERIFY2(std::abs(seen.at(step) - loss) < 1e-5,
                 qPrintable(QStringLiteral("step %1: %2 against %3").arg(step).arg(seen.at(step)).arg(loss)));
    const double difference = weightDifference(one_, two);
    QVERIFY2(difference < 1e-5, qPrintable(QString::number(difference)));
    // Rank 0 alone wrote: the same files as one process, and run.json names the job.
    QCOMPARE(fileNames(two), fileNames(one_));
    const textgen::RunSettings settings = textgen::RunDirectory::open(two).settings();
    QCOMPARE(settings.worldSize, 2);
    QCOMPARE(settings.backend, QStringLiteral("gloo"));
    QCOMPARE(settings.status, textgen::RunStatus::Finished);
}

void TestDataParallel::resumingWithMoreProcessesKeepsTheGlobalBatch()
{
    const QString run = dir_.filePath(QStringLiteral("grown"));
    const ProgramResult first = runTextgen(tinyRun(corpus_, run) + QStringList{"--max-steps", "10", "--epochs", "3"});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const ProgramResult resumed = runTextgen({"train", "--run", run, "--resume", "--max-steps", "20", "--nproc", "2"});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const std::map<qint64, double> expected = trainLosses(one_), seen = trainLosses(run);
    QCOMPARE(seen.size(), expected.size());
    for (const auto& [step, loss] : expected)
        QVERIFY2(std::abs(seen.at(step) - loss) < 1e-5, qPrintable(QString::number(step)));
    QCOMPARE(textgen::RunDirectory::open(run).settings().worldSize, 2);
}

void TestDataParallel::ranksJoinTorchrunsAgentStoreAsClients()
{
    // torchrun's agent serves the store itself and tells its workers so; here the test plays the agent.
    const int port = textgen::cli::freeLoopbackPort();
    c10d::TCPStoreOptions options;
    options.port = static_cast<std::uint16_t>(port);
    options.isServer = true;
    options.waitWorkers = false;
    c10d::TCPStore agent("127.0.0.1", options);
    const QString run = dir_.filePath(QStringLiteral("agent"));
    std::vector<std::unique_ptr<QProcess>> ranks;
    for (int r = 0; r < 2; ++r) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : std::map<QString, QString>{{"RANK", QString::number(r)},
                                                                    {"LOCAL_RANK", QString::number(r)},
                                                                    {"WORLD_SIZE", "2"},
                                                                    {"MASTER_ADDR", "127.0.0.1"},
                                                                    {"MASTER_PORT", QString::number(port)},
                                                                    {"TORCHELASTIC_USE_AGENT_STORE", "True"},
                                                                    {"TORCHELASTIC_RESTART_COUNT", "0"}})
            environment.insert(name, value);
        ranks.push_back(std::make_unique<QProcess>());
        ranks.back()->setProcessEnvironment(environment);
        ranks.back()->start(QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"),
                            tinyRun(corpus_, run) + QStringList{"--max-steps", "20", "--epochs", "3"});
    }
    for (auto& rank : ranks) {
        QVERIFY(rank->waitForFinished(-1));
        QVERIFY2(rank->exitCode() == 0, rank->readAllStandardError().constData());
    }
    QVERIFY(agent.check({"textgen/0/agreement"}));
    const std::map<qint64, double> expected = trainLosses(one_), seen = trainLosses(run);
    QCOMPARE(seen.size(), expected.size());
    for (const auto& [step, loss] : expected)
        QVERIFY2(std::abs(seen.at(step) - loss) < 1e-5, qPrintable(QString::number(step)));
}

void TestDataParallel::aKilledRankEndsTheJobNamingItAndTheRunResumes()
{
    // Rank 1 dies at step 14, after the first epoch's checkpoint (10 steps an epoch).
    const QString run = dir_.filePath(QStringLiteral("killed"));
    const ProgramResult killed
        = runTextgen(tinyRun(corpus_, run) + QStringList{"--max-steps", "20", "--epochs", "3", "--nproc", "2"},
                     {{"TEXTGEN_KILL_RANK", "1"}, {"TEXTGEN_KILL_AT_STEP", "14"}});
    QCOMPARE(killed.exitCode, 1);
    QVERIFY2(killed.err.contains(QLatin1String("rank 1 of 2 was killed")), qPrintable(killed.err));
    QVERIFY2(killed.err.contains(QLatin1String("another rank of the job stopped answering")), qPrintable(killed.err));
    // Rank 0 kept the run readable and said why it stopped.
    const textgen::RunSettings settings = textgen::RunDirectory::open(run).settings();
    QCOMPARE(settings.status, textgen::RunStatus::Failed);
    QCOMPARE(settings.statusReason.code, textgen::Problem::Code::Engine);
    QCOMPARE(settings.statusReason.engine.code, textgen::FaultCode::RankLost);
    QVERIFY(QFile::exists(run + QStringLiteral("/checkpoints/epoch-0001.pt")));

    const ProgramResult resumed = runTextgen({"train", "--run", run, "--resume", "--nproc", "2"});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const std::map<qint64, double> expected = trainLosses(one_), seen = trainLosses(run);
    QCOMPARE(seen.size(), expected.size());
    for (const auto& [step, loss] : expected)
        QVERIFY2(std::abs(seen.at(step) - loss) < 1e-5, qPrintable(QString::number(step)));
}

void TestDataParallel::aPortInUseSaysWhatToDo()
{
    // Something else listens on a loopback port; rank 0 of a job is told to use it.
    const int socket = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(socket >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    QVERIFY(::bind(socket, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
    QVERIFY(::listen(socket, 1) == 0);
    QVERIFY(::getsockname(socket, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    const QString port = QString::number(ntohs(address.sin_port));
    const QString run = dir_.filePath(QStringLiteral("port"));
    const ProgramResult result
        = runTextgen(tinyRun(corpus_, run) + QStringList{"--max-steps", "2", "--join-timeout", "5"},
                     {{"RANK", "0"}, {"WORLD_SIZE", "2"}, {"MASTER_ADDR", "127.0.0.1"}, {"MASTER_PORT", port}});
    ::close(socket);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("port %1 on 127.0.0.1 is already in use").arg(port)),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("set MASTER_PORT to a free port")), qPrintable(result.err));
    QVERIFY(!QFile::exists(run + QStringLiteral("/run.json")));
}

void TestDataParallel::aRankThatNeverJoinsTimesOut()
{
    const QString run = dir_.filePath(QStringLiteral("alone"));
    const ProgramResult result
        = runTextgen(tinyRun(corpus_, run) + QStringList{"--max-steps", "2", "--join-timeout", "2"},
                     {{"RANK", "0"},
                      {"WORLD_SIZE", "2"},
                      {"MASTER_ADDR", "127.0.0.1"},
                      {"MASTER_PORT", QString::number(textgen::cli::freeLoopbackPort())}});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("rank 0 of 2: not all 2 ranks joined at 127.0.0.1:")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("within 2 s")), qPrintable(result.err));
    QVERIFY(!QFile::exists(run + QStringLiteral("/run.json")));
}

void TestDataParallel::ranksStartedWithOtherOptionsAreRefused()
{
    const QString run = dir_.filePath(QStringLiteral("disagree"));
    const QString port = QString::number(textgen::cli::freeLoopbackPort());
    const auto rank = [&](int r, const QString& batch) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RANK"), QString::number(r));
        environment.insert(QStringLiteral("WORLD_SIZE"), QStringLiteral("2"));
        environment.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
        environment.insert(QStringLiteral("MASTER_PORT"), port);
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        QStringList arguments = tinyRun(corpus_, run);
        arguments[arguments.indexOf(QStringLiteral("--batch")) + 1] = batch;
        process->start(QStringLiteral(TEXTGEN_BINARY_DIR "/bin/textgen"),
                       arguments + QStringList{"--max-steps", "2", "--join-timeout", "30"});
        return process;
    };
    auto first = rank(0, QStringLiteral("8"));
    auto second = rank(1, QStringLiteral("4"));
    QVERIFY(first->waitForFinished(-1) && second->waitForFinished(-1));
    const QString said = QString::fromUtf8(first->readAllStandardError());
    QCOMPARE(first->exitCode(), 1);
    QCOMPARE(second->exitCode(), 1);
    QVERIFY2(said.contains(QLatin1String("rank 1 was started with --batch=4, rank 0 with --batch=8")),
             qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("the same options")), qPrintable(said));
}

void TestDataParallel::aBatchTheProcessesCannotShareIsRefusedBeforeAnythingIsWritten()
{
    const QString run = dir_.filePath(QStringLiteral("odd"));
    QStringList arguments = tinyRun(corpus_, run) + QStringList{"--max-steps", "2", "--nproc", "2"};
    arguments[arguments.indexOf(QStringLiteral("--batch")) + 1] = QStringLiteral("7");
    const ProgramResult result = runTextgen(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("the batch of 7 does not split evenly over 2 processes")),
             qPrintable(result.err));
    QVERIFY(!QFile::exists(run + QStringLiteral("/run.json")));
}

QTEST_GUILESS_MAIN(TestDataParallel)
#include "tst_data_parallel.moc"
