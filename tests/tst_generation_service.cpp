// Generation off the UI thread: a checkpoint loads on the service's thread, a burst of requests (a dragged
// slider) is coalesced so that stale ones are never computed and the latest always is, results equal the
// engine's, and failures arrive as signals.
#include "generation_service.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "run_fixtures.h"
#include "run_model.h"
#include "testdata.h"
#include "training_session.h"

using namespace textgen;

class TestGenerationService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aCheckpointLoadsOnTheServiceThread();
    void aBurstOfRequestsComputesTheLatestAndSkipsStaleOnes();
    void resultsEqualTheEngineForTheSameRequest();
    void onlyTheColumnsThatChangedAreGeneratedAgain();
    void reusedColumnsKeepThePromptsWordsAndTheAttentionsNames();
    void badRequestsAndMissingCheckpointsFailWithAReason();

private:
    GenerationRequest requestAt(double temperature) const;
    QTemporaryDir dir_;
    QString run_;
};

void TestGenerationService::initTestCase()
{
    std::string text;
    for (int i = 0; i < 150; ++i)
        text += "the film was long and the story was thin but the music " + std::to_string(i) + "\n%\n";
    textgen::testing::writeFile(dir_.path(), QStringLiteral("corpus/fortunes"), text);
    RunSettings settings = textgen::testing::tinyRunSettings(dir_.filePath(QStringLiteral("corpus")), Preset::Seed, 1);
    settings.epochSamples.enabled = false;
    run_ = dir_.filePath(QStringLiteral("run"));
    TrainingSession::create(run_, settings, {})->train();
}

GenerationRequest TestGenerationService::requestAt(double temperature) const
{
    GenerationRequest request;
    request.prompt = "the film";
    request.length = 40;
    for (int c = 0; c < 5; ++c) {
        ColumnRequest column;
        column.sampler.temperature = temperature;
        column.sampler.seed = static_cast<std::uint64_t>(c);
        request.columns.push_back(column);
    }
    return request;
}

void TestGenerationService::aCheckpointLoadsOnTheServiceThread()
{
    GenerationService service;
    QSignalSpy loaded(&service, &GenerationService::loadedChanged);
    service.load(run_, QStringLiteral("latest"));
    QVERIFY(loaded.wait(30000));
    const LoadedCheckpoint checkpoint = loaded.first().at(0).value<LoadedCheckpoint>();
    QCOMPARE(checkpoint.epoch, qint64(1));
    QVERIFY(checkpoint.step > 0);
    QCOMPARE(checkpoint.tokenizer, QStringLiteral("word"));
    QCOMPARE(checkpoint.threads, QThread::idealThreadCount()); // every core, not LibTorch's one per thread
    QVERIFY(service.isLoaded());

    service.setThreads(1); // as the studio asks while the CPU trains
    QCOMPARE(service.threads(), 1);
    service.load(run_, QStringLiteral("latest"));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.last().at(0).value<LoadedCheckpoint>().threads, 1);
}

void TestGenerationService::aBurstOfRequestsComputesTheLatestAndSkipsStaleOnes()
{
    GenerationService service;
    QSignalSpy loaded(&service, &GenerationService::loadedChanged);
    service.load(run_, QStringLiteral("latest"));
    QVERIFY(loaded.wait(30000));
    QSignalSpy generated(&service, &GenerationService::generated);
    qint64 last = 0;
    for (int i = 0; i <= 40; ++i) // a slider dragged from 0 to 2 in 41 ticks, faster than generation
        last = service.request(requestAt(i * 0.05));
    QTRY_VERIFY_WITH_TIMEOUT(!generated.isEmpty() && generated.last().at(0).toLongLong() == last, 30000);
    QTest::qWait(100);
    QVERIFY2(generated.size() < 41,
             qPrintable(QStringLiteral("%1 of 41 requests were computed").arg(generated.size())));
    qint64 previous = 0;
    for (const QList<QVariant>& arguments : generated) {
        QVERIFY(arguments.at(0).toLongLong() > previous); // in order, never an older one after a newer one
        previous = arguments.at(0).toLongLong();
    }
    const SharedGeneration result = generated.last().at(1).value<SharedGeneration>();
    QCOMPARE(result->columns.size(), std::size_t(5));
    QCOMPARE(result->columns[0].sampler.temperature, 2.0);
}

void TestGenerationService::resultsEqualTheEngineForTheSameRequest()
{
    GenerationService service;
    QSignalSpy loaded(&service, &GenerationService::loadedChanged);
    service.load(run_, QStringLiteral("1"));
    QVERIFY(loaded.wait(30000));
    QSignalSpy generated(&service, &GenerationService::generated);
    service.request(requestAt(0.8));
    QVERIFY(generated.wait(30000));
    const SharedGeneration result = generated.first().at(1).value<SharedGeneration>();
    const RunModel model = loadRunModel(RunDirectory::open(run_), QStringLiteral("1"));
    const GenerationResult expected = Generator(model.model, *model.vocabulary).generate(requestAt(0.8));
    for (std::size_t c = 0; c < expected.columns.size(); ++c)
        QCOMPARE(result->columns[c].text, expected.columns[c].text);
    QVERIFY(generated.first().at(2).toDouble() > 0.0);
}

void TestGenerationService::onlyTheColumnsThatChangedAreGeneratedAgain()
{
    GenerationService service;
    QSignalSpy loaded(&service, &GenerationService::loadedChanged);
    service.load(run_, QStringLiteral("1"));
    QVERIFY(loaded.wait(30000));
    QSignalSpy generated(&service, &GenerationService::generated);
    GenerationRequest request = requestAt(0.8);
    request.keepLogitsOfColumn = 2;
    service.request(request);
    QVERIFY(generated.wait(30000));
    QCOMPARE(service.lastGeneratedColumns(), 5);
    // The slider moves column 2 (whose logits are kept): the four others are the ones already shown.
    request.columns[2].sampler.temperature = 1.3;
    service.request(request);
    QVERIFY(generated.wait(30000));
    QCOMPARE(service.lastGeneratedColumns(), 1);
    const SharedGeneration result = generated.last().at(1).value<SharedGeneration>();
    QVERIFY(!result->columns[2].logits.empty());
    // What the engine gives for the whole request, computed from scratch.
    const RunModel model = loadRunModel(RunDirectory::open(run_), QStringLiteral("1"));
    const GenerationResult expected = Generator(model.model, *model.vocabulary).generate(request);
    for (std::size_t c = 0; c < expected.columns.size(); ++c) {
        QCOMPARE(result->columns[c].text, expected.columns[c].text);
        QCOMPARE(result->columns[c].sampler.temperature, request.columns[c].sampler.temperature);
    }
    // Another prompt changes every column; another checkpoint too.
    request.prompt = "the story";
    service.request(request);
    QVERIFY(generated.wait(30000));
    QCOMPARE(service.lastGeneratedColumns(), 5);
    service.load(run_, QStringLiteral("latest"));
    QVERIFY(loaded.wait(30000));
    service.request(request);
    QVERIFY(generated.wait(30000));
    QCOMPARE(service.lastGeneratedColumns(), 5);
}

void TestGenerationService::reusedColumnsKeepThePromptsWordsAndTheAttentionsNames()
{
    GenerationService service;
    QSignalSpy loaded(&service, &GenerationService::loadedChanged);
    service.load(run_, QStringLiteral("1"));
    QVERIFY(loaded.wait(30000));
    QSignalSpy generated(&service, &GenerationService::generated);
    GenerationRequest request = requestAt(0.8);
    request.prompt = "the zzzz film"; // a word the vocabulary lacks
    request.keepLogitsOfColumn = 2;
    request.keepAttention = true;
    const RunModel model = loadRunModel(RunDirectory::open(run_), QStringLiteral("1"));
    const GenerationResult expected = Generator(model.model, *model.vocabulary).generate(request);
    QCOMPARE(expected.unknownWords, std::vector<std::string>{"zzzz"});
    const auto sameHeader = [&](const SharedGeneration& result) {
        QCOMPARE(result->promptIds, expected.promptIds);
        QCOMPARE(result->promptTokens, expected.promptTokens);
        QCOMPARE(result->unknownWords, expected.unknownWords);
        QCOMPARE(result->attentionLayers, model.model->attentionLayers());
        QCOMPARE(result->columns[2].attention.size(), std::size_t{40});
    };
    service.request(request);
    QVERIFY(generated.wait(30000));
    sameHeader(generated.last().at(1).value<SharedGeneration>());
    // The same request again: every column is reused, and so is what is known of the prompt.
    service.request(request);
    QVERIFY(generated.wait(30000));
    QCOMPARE(service.lastGeneratedColumns(), 0);
    sameHeader(generated.last().at(1).value<SharedGeneration>());
    // A column beside the watched one changes: the watched column and its attention are reused.
    request.columns[0].sampler.temperature = 1.4;
    service.request(request);
    QVERIFY(generated.wait(30000));
    QCOMPARE(service.lastGeneratedColumns(), 1);
    sameHeader(generated.last().at(1).value<SharedGeneration>());
}

void TestGenerationService::badRequestsAndMissingCheckpointsFailWithAReason()
{
    GenerationService service;
    QSignalSpy failed(&service, &GenerationService::failed);
    const qint64 early = service.request(requestAt(1.0)); // nothing loaded yet
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).toLongLong(), early);
    QCOMPARE(failed.first().at(1).value<Problem>().code, Problem::Code::NoCheckpointLoaded);

    QSignalSpy loadFailed(&service, &GenerationService::loadFailed);
    service.load(run_, QStringLiteral("7"));
    QVERIFY(loadFailed.wait(10000));
    const Problem noSeven = loadFailed.first().at(0).value<Problem>();
    QCOMPARE(noSeven.code, Problem::Code::NoSuchCheckpoint);
    QCOMPARE(noSeven.values.value(1), QStringLiteral("7"));
    QVERIFY2(noSeven.english().contains(QLatin1String("has no checkpoint 7")), qPrintable(noSeven.english()));

    QSignalSpy loaded(&service, &GenerationService::loadedChanged);
    service.load(run_, QStringLiteral("latest"));
    QVERIFY(loaded.wait(30000));
    GenerationRequest empty = requestAt(1.0);
    empty.prompt = "  ?! ";
    const qint64 id = service.request(empty);
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 2, 10000);
    QCOMPARE(failed.last().at(0).toLongLong(), id);
    const Problem noWords = failed.last().at(1).value<Problem>();
    QCOMPARE(noWords.engine.code, FaultCode::PromptHasNoWords);
    QCOMPARE(noWords.values, QStringList{QStringLiteral("  ?! ")});
}

QTEST_GUILESS_MAIN(TestGenerationService)
#include "tst_generation_service.moc"
