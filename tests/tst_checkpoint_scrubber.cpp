// The checkpoint scrubber: one column per checkpoint equal to what each checkpoint generates alone (the
// latest's equal to the normal column), a river equal to each checkpoint's softmax after the context, a
// cache that computes nothing twice, progress, cancellation, and a newer request that replaces an older one.
#include "checkpoint_scrubber.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "run_fixtures.h"
#include "run_model.h"
#include "training_session.h"

using namespace textgen;

class TestCheckpointScrubber : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCheckpointGivesTheColumnItGeneratesAlone();
    void theRiverIsEachCheckpointsNextWordDistribution();
    void theRiverCarriesEachCheckpointsAttentionOverTheContext();
    void aSecondScrubComesFromTheCache();
    void theChosenEpochsReadAsAPersonWritesThem_data();
    void theChosenEpochsReadAsAPersonWritesThem();
    void aNewerRequestCancelsTheOlderOne();
    void aMissingCheckpointFailsWithAReason();

private:
    ScrubRequest request() const;
    SharedScrub waitFor(CheckpointScrubber& scrubber, qint64 id);
    QTemporaryDir dir_;
    QString run_;
};

void TestCheckpointScrubber::initTestCase()
{
    const QString corpus = textgen::testing::writeMovieSentences(dir_.path());
    run_ = dir_.filePath(QStringLiteral("run"));
    RunSettings settings = textgen::testing::tinyRunSettings(corpus, Preset::Gpt, 3);
    settings.epochSamples.enabled = false;
    TrainingSession::create(run_, settings, {})->train();
}

ScrubRequest TestCheckpointScrubber::request() const
{
    ScrubRequest r;
    r.runPath = run_;
    r.epochs = {1, 2, 3};
    r.request.prompt = "the movie";
    r.request.length = 12;
    r.request.topCandidates = 5;
    ColumnRequest column;
    column.sampler.temperature = 0.7;
    column.sampler.topK = 20;
    column.sampler.seed = 9;
    r.request.columns = {column};
    return r;
}

SharedScrub TestCheckpointScrubber::waitFor(CheckpointScrubber& scrubber, qint64 id)
{
    QSignalSpy finished(&scrubber, &CheckpointScrubber::finished);
    SharedScrub result;
    connect(&scrubber, &CheckpointScrubber::finished, this, [&](qint64 done, const SharedScrub& scrub) {
        if (done == id)
            result = scrub;
    });
    if (!QTest::qWaitFor([&] { return result != nullptr; }, 60000))
        return nullptr;
    return result;
}

void TestCheckpointScrubber::everyCheckpointGivesTheColumnItGeneratesAlone()
{
    CheckpointScrubber scrubber;
    QSignalSpy progress(&scrubber, &CheckpointScrubber::progress);
    const ScrubRequest r = request();
    const SharedScrub result = waitFor(scrubber, scrubber.start(r));
    QVERIFY(result);
    QCOMPARE(result->columns.size(), std::size_t{3});
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
    QCOMPARE(progress.last().at(2).toInt(), 3);
    const RunDirectory run = RunDirectory::open(run_);
    for (std::size_t i = 0; i < 3; ++i) {
        const RunModel model = loadRunModel(run, QString::number(i + 1));
        const GenerationResult alone = Generator(model.model, *model.vocabulary).generate(r.request);
        QCOMPARE(result->columns[i].epoch, qint64(i + 1));
        QCOMPARE(result->columns[i].step, model.checkpoint.step);
        QCOMPARE(result->columns[i].column.text, alone.columns[0].text);
        QCOMPARE(result->columns[i].column.tokens.size(), std::size_t{12});
    }
    // The latest checkpoint is the last epoch's: its column is the one the normal view shows.
    const RunModel latest = loadRunModel(run, QStringLiteral("latest"));
    QCOMPARE(result->columns.back().column.text,
             Generator(latest.model, *latest.vocabulary).generate(r.request).columns[0].text);
    QVERIFY(result->columns[0].column.text != result->columns[2].column.text); // the model learned something
    QCOMPARE(result->promptIds.size(), std::size_t{2});
}

void TestCheckpointScrubber::theRiverIsEachCheckpointsNextWordDistribution()
{
    CheckpointScrubber scrubber;
    ScrubRequest r = request();
    // The context: "the movie" then "was good" forced at steps 0 and 1; the river reads step 2.
    const RunModel latest = loadRunModel(RunDirectory::open(run_), QStringLiteral("latest"));
    const std::int32_t was = latest.vocabulary->id("was"), good = latest.vocabulary->id("good");
    r.riverStep = 2;
    r.riverForced = {{0, was}, {1, good}};
    r.riverCandidates = 4;
    const SharedScrub result = waitFor(scrubber, scrubber.start(r));
    QVERIFY(result);
    const CheckpointRiver& river = result->river;
    QCOMPARE(river.ids.size(), std::size_t{4});
    QCOMPARE(river.epochs, (QList<qint64>{1, 2, 3}));
    // Expected from each checkpoint's model run directly over the same context, softmax without the specials.
    for (int e = 0; e < 3; ++e) {
        const RunModel model = loadRunModel(RunDirectory::open(run_), QString::number(e + 1));
        model.model->eval();
        torch::NoGradGuard noGrad;
        const std::vector<std::int32_t> prompt = {latest.vocabulary->id("the"), latest.vocabulary->id("movie")};
        const torch::Tensor ids
            = torch::tensor({static_cast<std::int64_t>(prompt[0]), static_cast<std::int64_t>(prompt[1]),
                             static_cast<std::int64_t>(was), static_cast<std::int64_t>(good)})
                  .unsqueeze(0);
        const torch::Tensor logits = model.model->forward(ids).select(1, 3).squeeze(0).slice(0, 2);
        const torch::Tensor p = torch::softmax(logits.to(torch::kDouble), 0);
        for (std::size_t c = 0; c < river.ids.size(); ++c) {
            const double expected = p[river.ids[c] - 2].item<double>();
            QVERIFY2(
                std::abs(river.probability[c][static_cast<std::size_t>(e)] - expected) < 1e-4,
                qPrintable(QStringLiteral("epoch %1, %2").arg(e + 1).arg(QString::fromStdString(river.tokens[c]))));
        }
    }
    // Most likely first, at the last checkpoint.
    for (std::size_t c = 1; c < river.ids.size(); ++c)
        QVERIFY(river.probability[c - 1].back() >= river.probability[c].back());
}

void TestCheckpointScrubber::theRiverCarriesEachCheckpointsAttentionOverTheContext()
{
    CheckpointScrubber scrubber;
    ScrubRequest r = request();
    const RunModel latest = loadRunModel(RunDirectory::open(run_), QStringLiteral("latest"));
    const Vocabulary& words = *latest.vocabulary;
    r.riverStep = 2;
    r.riverForced = {{0, words.id("was")}, {1, words.id("good")}};
    const SharedScrub result = waitFor(scrubber, scrubber.start(r));
    QVERIFY(result);
    const CheckpointRiver& river = result->river;
    QCOMPARE(river.context, (std::vector<std::string>{"the", "movie", "was", "good"}));
    QCOMPARE(river.attention.size(), std::size_t{3});
    QCOMPARE(river.attentionLayers, latest.model->attentionLayers());
    // Expected: each checkpoint's model over the four words in one pass, its last query's weights.
    const torch::Tensor ids
        = torch::tensor({static_cast<std::int64_t>(words.id("the")), static_cast<std::int64_t>(words.id("movie")),
                         static_cast<std::int64_t>(words.id("was")), static_cast<std::int64_t>(words.id("good"))})
              .unsqueeze(0);
    for (int e = 0; e < 3; ++e) {
        const StepAttention& kept = river.attention[static_cast<std::size_t>(e)];
        QCOMPARE(kept.keys, std::int64_t(4));
        const RunModel model = loadRunModel(RunDirectory::open(run_), QString::number(e + 1));
        model.model->eval();
        torch::NoGradGuard noGrad;
        DecodeState state;
        state.keepAttention = true;
        model.model->decode(ids, state);
        QCOMPARE(state.attention.size(), river.attentionLayers.size());
        for (std::size_t layer = 0; layer < state.attention.size(); ++layer)
            for (std::int64_t head = 0; head < kept.heads; ++head)
                for (std::int64_t key = 0; key < 4; ++key)
                    QVERIFY(
                        std::abs(state.attention[layer][0][head][3][key].item<double>() - kept.weight(layer, head, key))
                        < 1e-5);
    }
    QVERIFY(river.attention.front().weights != river.attention.back().weights); // training moved it
}

void TestCheckpointScrubber::theChosenEpochsReadAsAPersonWritesThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("chosen"); // among saved epochs 1, 2, 3 and 5; "error: part" when refused
    QTest::newRow("empty: all") << QString() << QStringLiteral("1 2 3 5");
    QTest::newRow("all") << QStringLiteral(" All ") << QStringLiteral("1 2 3 5");
    QTest::newRow("two") << QStringLiteral("1, 3") << QStringLiteral("1 3");
    QTest::newRow("in the saved order") << QStringLiteral("5,1") << QStringLiteral("1 5");
    QTest::newRow("a range over a gap") << QStringLiteral("2-5") << QStringLiteral("2 3 5");
    QTest::newRow("a range wider than the run") << QStringLiteral("1-999999999999") << QStringLiteral("1 2 3 5");
    QTest::newRow("an epoch with no checkpoint") << QStringLiteral("1, 4") << QStringLiteral("error: 4");
    QTest::newRow("a range with none") << QStringLiteral("6-9") << QStringLiteral("error: 6-9");
    QTest::newRow("backwards") << QStringLiteral("3-1") << QStringLiteral("error: 3-1");
    QTest::newRow("not a number") << QStringLiteral("first") << QStringLiteral("error: first");
}

void TestCheckpointScrubber::theChosenEpochsReadAsAPersonWritesThem()
{
    QFETCH(QString, text);
    QFETCH(QString, chosen);
    QString bad;
    const std::optional<QList<qint64>> epochs = chosenEpochs(text, {1, 2, 3, 5}, &bad);
    QString got = QStringLiteral("error: %1").arg(bad);
    if (epochs) {
        QStringList numbers;
        for (const qint64 epoch : *epochs)
            numbers << QString::number(epoch);
        got = numbers.join(QLatin1Char(' '));
    }
    QCOMPARE(got, chosen);
}

void TestCheckpointScrubber::aSecondScrubComesFromTheCache()
{
    CheckpointScrubber scrubber;
    const SharedScrub first = waitFor(scrubber, scrubber.start(request()));
    QVERIFY(first);
    QCOMPARE(first->computed, 3);
    const SharedScrub second = waitFor(scrubber, scrubber.start(request()));
    QVERIFY(second);
    QCOMPARE(second->computed, 0);
    QCOMPARE(second->columns.back().column.text, first->columns.back().column.text);
    ScrubRequest hotter = request();
    hotter.request.columns[0].sampler.temperature = 1.5; // another request: computed again
    const SharedScrub third = waitFor(scrubber, scrubber.start(hotter));
    QVERIFY(third);
    QCOMPARE(third->computed, 3);
}

void TestCheckpointScrubber::aNewerRequestCancelsTheOlderOne()
{
    CheckpointScrubber scrubber;
    QSignalSpy cancelled(&scrubber, &CheckpointScrubber::cancelled);
    QSignalSpy finished(&scrubber, &CheckpointScrubber::finished);
    ScrubRequest slow = request();
    slow.request.length = 200;
    slow.epochs = {1, 2, 3, 1, 2, 3, 1, 2, 3};
    const qint64 older = scrubber.start(slow);
    ScrubRequest other = request();
    other.request.columns[0].sampler.seed = 77;
    const qint64 newer = scrubber.start(other);
    const SharedScrub result = waitFor(scrubber, newer);
    QVERIFY(result);
    QTRY_VERIFY(!cancelled.isEmpty());
    QCOMPARE(cancelled.first().at(0).toLongLong(), older);
    for (const QList<QVariant>& done : finished)
        QVERIFY(done.at(0).toLongLong() != older);
    // cancel() stops the one running.
    const qint64 stopped = scrubber.start(slow);
    scrubber.cancel();
    QTRY_VERIFY(cancelled.size() == 2);
    QCOMPARE(cancelled.last().at(0).toLongLong(), stopped);
}

void TestCheckpointScrubber::aMissingCheckpointFailsWithAReason()
{
    CheckpointScrubber scrubber;
    QSignalSpy failed(&scrubber, &CheckpointScrubber::failed);
    ScrubRequest r = request();
    r.epochs = {1, 9};
    scrubber.start(r);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
    const Problem problem = failed.first().at(1).value<Problem>();
    QVERIFY2(problem.english().endsWith(QLatin1String("has no checkpoint 9 yet (epochs saved: 1, 2, 3)")),
             qPrintable(problem.english()));
}

QTEST_GUILESS_MAIN(TestCheckpointScrubber)
#include "tst_checkpoint_scrubber.moc"
