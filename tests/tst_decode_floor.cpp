// The memory floor of a decode step: what it counts. The cache a generation's step reads, on average, for each
// preset's kind of cache (every attention's keys and values, growing a position per step up to the model's
// length; a recurrent state that does not grow), worked out by hand from the sizes; and the floor's bytes as the
// weights read whole (the embedding tables left out) plus that cache.
#include <QTest>

#include "decode_floor.h"
#include "language_model.h"

using namespace textgen;

Q_DECLARE_METATYPE(textgen::ModelConfig)

class TestDecodeFloor : public QObject {
    Q_OBJECT

private slots:
    void theCacheAStepReadsIsEveryKeyAndValueAtTheMeanLength_data();
    void theCacheAStepReadsIsEveryKeyAndValueAtTheMeanLength();
    void theFloorReadsTheWeightsButTheEmbeddingsAndTheCache();
};

namespace {

ModelConfig smallConfig(Preset preset, std::int64_t embed, std::int64_t heads, std::int64_t layers,
                        std::int64_t sequenceLength)
{
    ModelConfig config = presetConfig(preset);
    config.vocabSize = 101;
    config.sequenceLength = sequenceLength;
    config.embed = embed;
    config.heads = heads;
    config.feedForward = 72;
    config.layers = layers;
    return config;
}

} // namespace

void TestDecodeFloor::theCacheAStepReadsIsEveryKeyAndValueAtTheMeanLength_data()
{
    QTest::addColumn<ModelConfig>("config");
    QTest::addColumn<int>("promptWords");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("length");
    QTest::addColumn<qint64>("bytes");
    // Seed: two attentions a block, each caching keys and values of heads x embed floats (Keras key_dim = embed):
    // 2 x 2 x 2 x 40 x 4 = 1,280 bytes a position and column. Steps of 3 to 12 positions: 7.5 on average.
    QTest::newRow("seed, one block") << smallConfig(Preset::Seed, 40, 2, 1, 40) << 3 << 5 << 10
                                     << qint64(5 * 7.5 * 1280);
    QTest::newRow("seed, two blocks") << smallConfig(Preset::Seed, 40, 2, 2, 40) << 3 << 5 << 10
                                      << qint64(5 * 7.5 * 2 * 1280);
    // At most the model's 8 positions: 3 4 5 6 7 8 8 8 8 8, 65 in all.
    QTest::newRow("seed, past its length")
        << smallConfig(Preset::Seed, 40, 2, 1, 8) << 3 << 1 << 10 << qint64(6.5 * 1280);
    // GPT: one attention a block, keys and values of embed floats: 2 x 48 x 4 = 384 bytes a position and block.
    QTest::newRow("gpt, two blocks") << smallConfig(Preset::Gpt, 48, 4, 2, 40) << 3 << 2 << 10
                                     << qint64(2 * 7.5 * 2 * 384);
    // LSTM: a hidden and a cell state of embed floats a layer, whatever the length: 2 x 2 x 32 x 4 a column.
    QTest::newRow("lstm, two layers") << smallConfig(Preset::Lstm, 32, 1, 2, 40) << 3 << 5 << 10
                                      << qint64(5 * 2 * 2 * 32 * 4);
}

void TestDecodeFloor::theCacheAStepReadsIsEveryKeyAndValueAtTheMeanLength()
{
    QFETCH(ModelConfig, config);
    QFETCH(int, promptWords);
    QFETCH(int, columns);
    QFETCH(int, length);
    QFETCH(qint64, bytes);
    const auto model = makeModel(config);
    QCOMPARE(cacheBytesPerStep(*model, promptWords, columns, length), bytes);
    QVERIFY(model->is_training()); // as it was
}

void TestDecodeFloor::theFloorReadsTheWeightsButTheEmbeddingsAndTheCache()
{
    const auto model = makeModel(smallConfig(Preset::Seed, 40, 2, 1, 40));
    // Floats read whole, with C = 40, h C = 80, F = 72 and V = 101. Each attention: query, key and value
    // (80 x 40 + 80 each) and its output (40 x 80 + 40); the feed-forward pair (72 x 40 + 72, 40 x 72 + 40);
    // three norms (2 x 40 each); the output layer (101 x 40 + 101). Not the token or position embeddings.
    const std::int64_t floats
        = 2 * (3 * (80 * 40 + 80) + (40 * 80 + 40)) + (72 * 40 + 72) + (40 * 72 + 40) + 3 * (2 * 40) + (101 * 40 + 101);
    const DecodeFloor floor = measureDecodeFloor(*model, 1, 4000);
    QCOMPARE(floor.weightBytes, floats * 4);
    QCOMPARE(floor.cacheBytes, std::int64_t(4000));
    QCOMPARE(floor.bytesPerStep, floats * 4 + 4000);
    QVERIFY(floor.millisecondsPerStep > 0.0);
    QCOMPARE(measureDecodeFloor(*model, 1).bytesPerStep, floats * 4); // no cache asked for
}

QTEST_APPLESS_MAIN(TestDecodeFloor)
#include "tst_decode_floor.moc"
