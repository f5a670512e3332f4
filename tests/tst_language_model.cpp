// The three presets as modules: causality (the test that catches a leaking mask), the seed preset's parameter
// count against the Keras model's, the masked losses against hand computations, size validation, and the
// seed's raw decode step against its LibTorch path.
#include "language_model.h"

#include <limits>
#include <set>

#include <QTest>

#include "cache_buffers.h"
#include "model_fixtures.h"
#include "seed_model.h"

using namespace textgen;

Q_DECLARE_METATYPE(textgen::ModelConfig)
using textgen::testing::tinyConfig;

class TestLanguageModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { torch::manual_seed(0); }
    void futureTokensNeverChangePastLogits_data();
    void futureTokensNeverChangePastLogits();
    void seedParameterCountEqualsTheKerasModel_data();
    void seedParameterCountEqualsTheKerasModel();
    void seedLossAveragesOverNonPaddingInputs();
    void gptAndLstmLossAverageOverNonPaddingTargets();
    void scoredLossEqualsTheLossOfTheFullForward_data();
    void scoredLossEqualsTheLossOfTheFullForward();
    void gptTiesInputAndOutputEmbeddings();
    void invalidSizesAreExplained_data();
    void invalidSizesAreExplained();
    void sequenceLongerThanThePositionsIsRefused();
    void attentionOfEveryHeadSumsToOneAndNeverSeesTheFuture_data();
    void attentionOfEveryHeadSumsToOneAndNeverSeesTheFuture();
    void attentionOfACachedStepEqualsTheSameQueryInOnePass_data();
    void attentionOfACachedStepEqualsTheSameQueryInOnePass();
    void keepingAttentionLeavesTheLogitsAsTheyWere();
    void aPromptAndEachWordOnTheRawStepEqualTheLibTorchPath_data();
    void aPromptAndEachWordOnTheRawStepEqualTheLibTorchPath();
    void theRawStepFollowsWeightsChangedInPlace();
    void aFinishedGenerationsCacheBuffersServeTheNext();
    void theLstmHasNoAttentionToKeep();
};

void TestLanguageModel::futureTokensNeverChangePastLogits_data()
{
    textgen::testing::addPresetRows();
}

void TestLanguageModel::futureTokensNeverChangePastLogits()
{
    QFETCH(Preset, preset);
    const auto model = makeModel(tinyConfig(preset, 50, 16));
    model->eval();
    torch::NoGradGuard noGrad;
    torch::Tensor ids = torch::randint(2, 50, {3, 14}, torch::kLong);
    ids[2].slice(0, 10, 14).fill_(0); // one row ends in padding, as document cutting leaves it
    const torch::Tensor logits = model->forward(ids);
    for (std::int64_t t : {0, 4, 9, 12}) {
        torch::Tensor changed = ids.clone();
        changed.slice(1, t + 1, 14).copy_(torch::randint(0, 50, {3, 14 - t - 1}, torch::kLong)); // padding included
        const torch::Tensor other = model->forward(changed);
        const double past = (other.slice(1, 0, t + 1) - logits.slice(1, 0, t + 1)).abs().max().item<double>();
        QVERIFY2(past < 1e-5, qPrintable(QStringLiteral("position <= %1 changed by %2").arg(t).arg(past)));
        // The control: the future does change (or this test could not catch anything).
        const double future = (other.slice(1, t + 1, 14) - logits.slice(1, t + 1, 14)).abs().max().item<double>();
        QVERIFY2(future > 1e-4, qPrintable(QStringLiteral("positions after %1 did not change").arg(t)));
    }
}

void TestLanguageModel::seedParameterCountEqualsTheKerasModel_data()
{
    QTest::addColumn<qint64>("vocab");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<qint64>("embed");
    QTest::addColumn<qint64>("heads");
    QTest::addColumn<qint64>("ff");
    QTest::newRow("the chapter's sizes") << qint64(15000) << qint64(100) << qint64(256) << qint64(2) << qint64(2048);
    QTest::newRow("small") << qint64(500) << qint64(20) << qint64(32) << qint64(3) << qint64(48);
}

void TestLanguageModel::seedParameterCountEqualsTheKerasModel()
{
    QFETCH(qint64, vocab);
    QFETCH(qint64, length);
    QFETCH(qint64, embed);
    QFETCH(qint64, heads);
    QFETCH(qint64, ff);
    ModelConfig config = presetConfig(Preset::Seed);
    config.vocabSize = vocab;
    config.sequenceLength = length;
    config.embed = embed;
    config.heads = heads;
    config.feedForward = ff;
    // Keras, layer by layer: PositionalEmbedding (two Embeddings); two MultiHeadAttention(heads, key_dim=embed),
    // each with query/key/value kernels (embed, heads, embed) + biases (heads, embed) and an output kernel
    // (heads, embed, embed) + bias (embed); Dense(ff) and Dense(embed); three LayerNormalization; Dense(vocab).
    const qint64 embeddings = vocab * embed + length * embed;
    const qint64 attention = 3 * (embed * heads * embed + heads * embed) + (heads * embed * embed + embed);
    const qint64 projection = (embed * ff + ff) + (ff * embed + embed);
    const qint64 norms = 3 * 2 * embed;
    const qint64 output = embed * vocab + vocab;
    const qint64 keras = embeddings + 2 * attention + projection + norms + output;
    QCOMPARE(qint64(makeModel(config)->parameterCount()), keras);
    if (vocab == 15000)
        QCOMPARE(keras, qint64(9825176));
}

void TestLanguageModel::seedLossAveragesOverNonPaddingInputs()
{
    const auto model = makeModel(tinyConfig(Preset::Seed, 4, 8));
    // B = 2, T = 3, V = 4. Row 0 is all real; row 1 has padding inputs at t = 1, 2. Targets may be padding.
    const torch::Tensor logits
        = torch::tensor({0.1f, 0.2f, 0.3f, 0.4f, /**/ 1.0f, 0.0f, -1.0f, 0.5f, /**/ 2.0f, 1.0f, 0.0f, 0.0f,
                         0.3f, 0.3f, 0.3f, 0.9f, /**/ 5.0f, 0.0f, 0.0f,  0.0f, /**/ 0.0f, 0.0f, 0.0f, 7.0f})
              .view({2, 3, 4});
    const torch::Tensor inputs = torch::tensor({2, 3, 2, 3, 0, 0}, torch::kLong).view({2, 3});
    const torch::Tensor targets = torch::tensor({3, 2, 0, 0, 0, 0}, torch::kLong).view({2, 3});
    const auto nll = [](std::vector<double> row, int target) {
        double total = 0;
        for (double x : row)
            total += std::exp(x);
        return std::log(total) - row[static_cast<std::size_t>(target)];
    };
    // Scored: (0,0) target 3, (0,1) target 2, (0,2) target 0 (the chapter's model learns to predict padding),
    // (1,0) target 0. Not scored: (1,1), (1,2), whose inputs are padding.
    const double expected = (nll({0.1, 0.2, 0.3, 0.4}, 3) + nll({1.0, 0.0, -1.0, 0.5}, 2) + nll({2.0, 1.0, 0.0, 0.0}, 0)
                             + nll({0.3, 0.3, 0.3, 0.9}, 0))
        / 4.0;
    QVERIFY(std::abs(model->loss(logits, inputs, targets).item<double>() - expected) < 1e-6);
}

void TestLanguageModel::gptAndLstmLossAverageOverNonPaddingTargets()
{
    const torch::Tensor logits = torch::tensor({0.5f, 1.5f, -0.5f, /**/ 2.0f, 0.0f, 1.0f}).view({1, 2, 3});
    const torch::Tensor inputs = torch::tensor({1, 2}, torch::kLong).view({1, 2});
    const torch::Tensor targets = torch::tensor({2, 0}, torch::kLong).view({1, 2});
    const double expected = std::log(std::exp(0.5) + std::exp(1.5) + std::exp(-0.5)) - (-0.5); // only (0,0)
    for (Preset preset : {Preset::Gpt, Preset::Lstm}) {
        const auto model = makeModel(tinyConfig(preset, 3, 4));
        QVERIFY(std::abs(model->loss(logits, inputs, targets).item<double>() - expected) < 1e-6);
    }
}

void TestLanguageModel::scoredLossEqualsTheLossOfTheFullForward_data()
{
    futureTokensNeverChangePastLogits_data();
}

void TestLanguageModel::scoredLossEqualsTheLossOfTheFullForward()
{
    QFETCH(Preset, preset);
    const auto model = makeModel(tinyConfig(preset, 50, 16));
    model->eval(); // no dropout: both paths see the same network
    torch::Tensor ids = torch::randint(2, 50, {4, 16}, torch::kLong);
    ids[1].slice(0, 5, 16).fill_(0);
    ids[3].slice(0, 1, 16).fill_(0);
    const torch::Tensor inputs = ids.slice(1, 0, 15), targets = ids.slice(1, 1, 16);
    const double full = model->loss(model->forward(inputs), inputs, targets).item<double>();
    const double scored = model->scoredLoss(inputs, targets).item<double>();
    QVERIFY2(std::abs(full - scored) < 1e-5, qPrintable(QStringLiteral("%1 vs %2").arg(full).arg(scored)));
}

void TestLanguageModel::gptTiesInputAndOutputEmbeddings()
{
    const auto model = makeModel(tinyConfig(Preset::Gpt, 50, 16));
    const ModelConfig& c = model->config();
    // Embeddings (V + L) x C; per block: 2 norms, attention (C x 3C + 3C, C x C + C), MLP; final norm.
    // No separate output matrix: it is the token embedding.
    const std::int64_t block = 2 * 2 * c.embed + (c.embed * 3 * c.embed + 3 * c.embed) + (c.embed * c.embed + c.embed)
        + (c.embed * c.feedForward + c.feedForward) + (c.feedForward * c.embed + c.embed);
    QCOMPARE(model->parameterCount(), (c.vocabSize + c.sequenceLength) * c.embed + c.layers * block + 2 * c.embed);
}

void TestLanguageModel::invalidSizesAreExplained_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<qint64>("embed");
    QTest::addColumn<qint64>("heads");
    QTest::addColumn<double>("dropout");
    QTest::addColumn<QString>("message");
    QTest::newRow("heads do not divide") << Preset::Gpt << qint64(250) << qint64(6) << 0.0
                                         << "embedding 250 is not divisible by 6 heads";
    QTest::newRow("no heads") << Preset::Seed << qint64(64) << qint64(0) << 0.0 << "heads 0 must be at least 1";
    QTest::newRow("dropout one") << Preset::Lstm << qint64(64) << qint64(0) << 1.0 << "dropout 1 must be in [0, 1)";
    QTest::newRow("no embedding") << Preset::Gpt << qint64(0) << qint64(2) << 0.0 << "embedding 0 must be at least 1";
}

void TestLanguageModel::invalidSizesAreExplained()
{
    QFETCH(Preset, preset);
    QFETCH(qint64, embed);
    QFETCH(qint64, heads);
    QFETCH(double, dropout);
    QFETCH(QString, message);
    ModelConfig config = tinyConfig(preset);
    config.embed = embed;
    config.heads = heads;
    config.dropout = dropout;
    QCOMPARE(QString::fromStdString(validateConfig(config)), message);
    try {
        makeModel(config);
        QFAIL("an invalid configuration was built");
    } catch (const std::invalid_argument& error) {
        QCOMPARE(QString::fromUtf8(error.what()), message);
    }
}

void TestLanguageModel::sequenceLongerThanThePositionsIsRefused()
{
    for (Preset preset : {Preset::Seed, Preset::Gpt}) {
        const auto model = makeModel(tinyConfig(preset, 20, 8));
        QVERIFY_THROWS_EXCEPTION(c10::Error, model->forward(torch::ones({1, 9}, torch::kLong)));
    }
}

void TestLanguageModel::attentionOfEveryHeadSumsToOneAndNeverSeesTheFuture_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<int>("attentions"); // two blocks
    QTest::newRow("seed (self and cross per block)") << Preset::Seed << 4;
    QTest::newRow("gpt (one per block)") << Preset::Gpt << 2;
}

void TestLanguageModel::attentionOfEveryHeadSumsToOneAndNeverSeesTheFuture()
{
    QFETCH(Preset, preset);
    QFETCH(int, attentions);
    const auto model = makeModel(tinyConfig(preset, 50, 16));
    model->eval();
    torch::NoGradGuard noGrad;
    QCOMPARE(static_cast<int>(model->attentionLayers().size()), attentions);
    DecodeState state;
    state.keepAttention = true;
    model->decode(torch::randint(2, 50, {1, 7}, torch::kLong), state); // a prompt of 7 at once
    QCOMPARE(static_cast<int>(state.attention.size()), attentions);
    for (const torch::Tensor& weights : state.attention) {
        QCOMPARE(weights.sizes().vec(), (std::vector<std::int64_t>{1, 2, 7, 7})); // B, heads, queries, keys
        QVERIFY((weights.sum(-1) - 1.0).abs().max().item<double>() < 1e-5);
        // Query t over keys s > t: what a causal model must not see.
        const torch::Tensor future = torch::ones({7, 7}, torch::kBool).triu(1);
        QCOMPARE(weights.masked_select(future.expand_as(weights)).abs().max().item<double>(), 0.0);
        QVERIFY(weights.min().item<double>() >= 0.0);
    }
    model->decode(torch::full({1, 1}, 5, torch::kLong), state); // one more word, from the cache
    for (const torch::Tensor& weights : state.attention) {
        QCOMPARE(weights.sizes().vec(), (std::vector<std::int64_t>{1, 2, 1, 8}));
        QVERIFY((weights.sum(-1) - 1.0).abs().max().item<double>() < 1e-5);
    }
}

void TestLanguageModel::attentionOfACachedStepEqualsTheSameQueryInOnePass_data()
{
    attentionOfEveryHeadSumsToOneAndNeverSeesTheFuture_data();
}

void TestLanguageModel::attentionOfACachedStepEqualsTheSameQueryInOnePass()
{
    QFETCH(Preset, preset);
    const auto model = makeModel(tinyConfig(preset, 50, 16));
    model->eval();
    torch::NoGradGuard noGrad;
    // Sharper queries than the initialisation's, so that the weights differ from key to key.
    for (auto& parameter : model->named_parameters())
        if (parameter.key().find("query") != std::string::npos || parameter.key().find(".key") != std::string::npos
            || parameter.key().find("c_attn") != std::string::npos)
            parameter.value().mul_(8.0);
    const torch::Tensor ids = torch::randint(2, 50, {1, 9}, torch::kLong);
    DecodeState whole;
    whole.keepAttention = true;
    model->decode(ids, whole); // nine positions at once: the last query's row
    DecodeState stepwise;
    stepwise.keepAttention = true;
    model->decode(ids.slice(1, 0, 8), stepwise);
    model->decode(ids.slice(1, 8, 9), stepwise); // eight, then the ninth from the cache
    QCOMPARE(stepwise.attention.size(), whole.attention.size());
    for (std::size_t a = 0; a < whole.attention.size(); ++a) {
        const torch::Tensor last = whole.attention[a].select(2, 8); // (1, heads, 9)
        const torch::Tensor cached = stepwise.attention[a].select(2, 0);
        QVERIFY2((last - cached).abs().max().item<double>() < 1e-5, qPrintable(QString::number(a)));
        // The weights are not uniform (or equality would prove little).
        QVERIFY2(last.max().item<double>() - last.min().item<double>() > 0.01,
                 qPrintable(QString::number(last.max().item<double>() - last.min().item<double>())));
    }
}

void TestLanguageModel::keepingAttentionLeavesTheLogitsAsTheyWere()
{
    for (Preset preset : {Preset::Seed, Preset::Gpt}) {
        const auto model = makeModel(tinyConfig(preset, 50, 16));
        model->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor ids = torch::randint(2, 50, {2, 6}, torch::kLong);
        DecodeState plain, watched;
        watched.keepAttention = true;
        const torch::Tensor a = model->decode(ids, plain);
        const torch::Tensor b = model->decode(ids, watched);
        QVERIFY(plain.attention.empty());
        QVERIFY((a - b).abs().max().item<double>() < 1e-5);
    }
}

namespace {

ModelConfig seedConfig(std::int64_t vocabulary, std::int64_t embed, std::int64_t heads, std::int64_t feedForward,
                       std::int64_t layers)
{
    ModelConfig config = presetConfig(Preset::Seed);
    config.vocabSize = vocabulary;
    config.sequenceLength = 40;
    config.embed = embed;
    config.heads = heads;
    config.feedForward = feedForward;
    config.layers = layers;
    return config;
}

// The largest difference between the logits of a prompt of three words and of `steps` single-word decode steps
// after it, for `batch` rows, taken by the raw step (attention not kept) and by the LibTorch path (kept).
double rawStepAgainstLibTorch(LanguageModel& model, std::int64_t batch, int steps)
{
    const std::int64_t vocabulary = model.config().vocabSize;
    DecodeState raw, libtorch;
    libtorch.keepAttention = true;
    const torch::Tensor prompt = torch::randint(2, vocabulary, {batch, 3}, torch::kLong);
    const auto difference = [](const torch::Tensor& a, const torch::Tensor& b) {
        return a.sizes() == b.sizes() ? (a - b).abs().max().item<double>() : std::numeric_limits<double>::infinity();
    };
    double worst = difference(model.decode(prompt, raw), model.decode(prompt, libtorch)); // every position's
    for (int step = 0; step < steps; ++step) {
        const torch::Tensor word = torch::randint(2, vocabulary, {batch, 1}, torch::kLong);
        worst = std::max(worst, difference(model.decode(word, raw), model.decode(word, libtorch)));
    }
    return worst;
}

} // namespace

void TestLanguageModel::aPromptAndEachWordOnTheRawStepEqualTheLibTorchPath_data()
{
    QTest::addColumn<ModelConfig>("config");
    QTest::addColumn<std::int64_t>("batch");
    QTest::newRow("one row, widths off the vector size") << seedConfig(101, 40, 2, 72, 2) << std::int64_t(1);
    QTest::newRow("three rows, one head") << seedConfig(101, 40, 1, 72, 1) << std::int64_t(3);
    // A key of 144: whole vectors of 16, one group of 128 values and a single vector left over.
    QTest::newRow("two rows, keys of whole vectors") << seedConfig(101, 144, 2, 72, 1) << std::int64_t(2);
    QTest::newRow("the chapter's sizes, five columns") << seedConfig(15001, 256, 2, 2048, 1) << std::int64_t(5);
}

void TestLanguageModel::aPromptAndEachWordOnTheRawStepEqualTheLibTorchPath()
{
    QFETCH(ModelConfig, config);
    QFETCH(std::int64_t, batch);
    const auto model = makeModel(config);
    model->eval();
    torch::NoGradGuard noGrad;
    for (auto& parameter : model->named_parameters()) // sharper attention than the initialisation's
        if (parameter.key().find("query") != std::string::npos || parameter.key().find(".key") != std::string::npos)
            parameter.value().mul_(8.0);
    const double worst = rawStepAgainstLibTorch(*model, batch, 12);
    QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
}

void TestLanguageModel::theRawStepFollowsWeightsChangedInPlace()
{
    const auto model = makeModel(seedConfig(101, 40, 2, 72, 1));
    model->eval();
    torch::NoGradGuard noGrad;
    QVERIFY(rawStepAgainstLibTorch(*model, 2, 3) < 1e-4);
    // As an optimiser step or a loaded checkpoint changes them: the step's stacked copy must not go stale.
    for (auto& parameter : model->named_parameters())
        if (parameter.key().find("attention_2.value") != std::string::npos
            || parameter.key().find("attention_1.query") != std::string::npos)
            parameter.value().mul_(-3.0).add_(0.05);
    const double worst = rawStepAgainstLibTorch(*model, 2, 3);
    QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
}

namespace {

std::set<const void*> cacheBuffersOf(DecodeState& state)
{
    std::set<const void*> buffers;
    for (SeedCache::Block& block : state.cacheOf<SeedCache>().blocks)
        for (const KeyValueCache* cache : {&block.attention1, &block.attention2}) {
            buffers.insert(cache->keys.data_ptr());
            buffers.insert(cache->values.data_ptr());
        }
    return buffers;
}

} // namespace

// A generation's key/value buffers go back to be reused (their pages already mapped), and what the next
// generation computes in them is what it would compute in fresh ones.
void TestLanguageModel::aFinishedGenerationsCacheBuffersServeTheNext()
{
    const auto model = makeModel(seedConfig(101, 44, 2, 72, 2)); // a width no other test decodes with
    model->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor prompt = torch::randint(2, 101, {1, 3}, torch::kLong);
    const torch::Tensor word = torch::randint(2, 101, {3, 1}, torch::kLong);
    // Each buffer is (batch, heads 2, room for 64 positions, width 44) floats; eight of them, for two blocks of
    // two attentions, keys and values. The prompt's batch of 1 gives its own back when it is repeated.
    const std::size_t one = 1 * 2 * 64 * 44 * sizeof(float), three = 3 * one;
    releaseRecycledCacheBuffers(); // what earlier tests left
    const std::size_t before = recycledCacheBytes();
    QCOMPARE(before, std::size_t{0});
    std::set<const void*> first;
    torch::Tensor expected;
    {
        DecodeState state;
        model->decode(prompt, state);
        state.repeatBatch(3);
        QCOMPARE(recycledCacheBytes(), before + 8 * one);
        first = cacheBuffersOf(state);
        expected = model->decode(word, state);
    }
    QCOMPARE(first.size(), std::size_t{8});
    QCOMPARE(recycledCacheBytes(), before + 8 * one + 8 * three);
    DecodeState again;
    model->decode(prompt, again);
    again.repeatBatch(3);
    QCOMPARE(cacheBuffersOf(again), first);
    QCOMPARE(recycledCacheBytes(), before + 8 * one);
    QVERIFY(torch::equal(model->decode(word, again), expected));
}

void TestLanguageModel::theLstmHasNoAttentionToKeep()
{
    const auto model = makeModel(tinyConfig(Preset::Lstm, 50, 16));
    torch::NoGradGuard noGrad;
    DecodeState state;
    state.keepAttention = true;
    model->decode(torch::randint(2, 50, {1, 4}, torch::kLong), state);
    QVERIFY(model->attentionLayers().empty());
    QVERIFY(state.attention.empty());
}

QTEST_GUILESS_MAIN(TestLanguageModel)
#include "tst_language_model.moc"
