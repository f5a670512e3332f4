// Generation: the cache gives the logits that full recomputation gives (past the context window too), seeds
// reproduce text, common random numbers make temperatures comparable, the chapter's sampling bugs stay fixed,
// and on a model trained on IMDB low temperature repeats itself more than high temperature.
#include "generator.h"

#include <QTest>

#include <set>

#include "corpus.h"
#include "model_fixtures.h"
#include "testdata.h"

using namespace textgen;
using namespace textgen::testing;

namespace {

GenerationRequest request(const std::string& prompt, const std::vector<double>& temperatures, int length,
                          std::uint64_t seed = 42)
{
    GenerationRequest r;
    r.prompt = prompt;
    r.length = length;
    for (double temperature : temperatures) {
        ColumnRequest column;
        column.sampler.temperature = temperature;
        column.sampler.seed = seed;
        r.columns.push_back(column);
    }
    return r;
}

// The rows of tests that hold across presets and sizes: tiny models, and the seed preset at the chapter's
// sizes, untrained: a nearly flat distribution over 15,000 words, where a rounding difference would most
// easily change a draw.
void addSizedPresetRows()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<qint64>("vocabulary");
    QTest::newRow("seed, tiny") << Preset::Seed << qint64(40);
    QTest::newRow("gpt, tiny") << Preset::Gpt << qint64(40);
    QTest::newRow("lstm, tiny") << Preset::Lstm << qint64(40);
    QTest::newRow("seed, the chapter's sizes") << Preset::Seed << qint64(15000);
}

// A generator over an untrained model of a row's preset and vocabulary (the words outlive it).
struct SizedGenerator {
    SizedGenerator(Preset preset, qint64 vocabulary) :
        words(numberedVocabulary(static_cast<int>(vocabulary))), generator(makeModel(config(preset, vocabulary)), words)
    { }
    static ModelConfig config(Preset preset, qint64 vocabulary)
    {
        ModelConfig config = vocabulary > 1000 ? presetConfig(preset) : tinyConfig(preset, vocabulary, 16);
        config.vocabSize = vocabulary;
        return config;
    }
    const Vocabulary words;
    const Generator generator;
};

std::vector<std::int32_t> ids(const GeneratedColumn& column)
{
    std::vector<std::int32_t> out;
    for (const SampledToken& token : column.tokens)
        out.push_back(token.id);
    return out;
}

} // namespace

class TestGenerator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { torch::manual_seed(5); }
    void decodingInChunksEqualsTheFullForward_data() { addPresetRows(); }
    void decodingInChunksEqualsTheFullForward();
    void cachedGenerationMatchesRecomputationPastTheWindow_data() { addPresetRows(); }
    void cachedGenerationMatchesRecomputationPastTheWindow();
    void keptAttentionIsTheWindowsOwnAtEveryStep_data();
    void keptAttentionIsTheWindowsOwnAtEveryStep();
    void sameSeedGivesTheSameText();
    void aColumnDoesNotDependOnTheColumnsBesideIt_data();
    void aColumnDoesNotDependOnTheColumnsBesideIt();
    void plainColumnsDrawWhatTheirChainsDrawFromTheSameLogits_data();
    void plainColumnsDrawWhatTheirChainsDrawFromTheSameLogits();
    void commonRandomNumbersTieColumnsWithTheSameSeed();
    void nearZeroTemperatureIsGreedy();
    void temperatureReachesTheSampler();
    void nextWordIsPredictedAtTheLastPromptToken();
    void specialTokensAreNeverDrawnUnlessAsked();
    void forcedTokenBranchesWithoutChangingThePrefix();
    void everyTokenCarriesItsDistribution();
    void badPromptsAndSettingsAreRefused_data();
    void badPromptsAndSettingsAreRefused();
    void unknownPromptWordsAreReported();
    void lowTemperatureRepeatsMoreOnImdb();

private:
    Vocabulary vocabulary_ = numberedVocabulary(40);
};

void TestGenerator::decodingInChunksEqualsTheFullForward()
{
    QFETCH(Preset, preset);
    const auto model = makeModel(tinyConfig(preset, 40, 16));
    model->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor tokens = torch::randint(2, 40, {2, 16}, torch::kLong);
    const torch::Tensor full = model->forward(tokens);
    DecodeState state;
    std::vector<torch::Tensor> pieces{model->decode(tokens.slice(1, 0, 6), state)};
    for (std::int64_t t = 6; t < 16; t += (t < 10 ? 1 : 3))
        pieces.push_back(model->decode(tokens.slice(1, t, std::min<std::int64_t>(16, t + (t < 10 ? 1 : 3))), state));
    QCOMPARE(state.length, std::int64_t(16));
    const double difference = (torch::cat(pieces, 1) - full).abs().max().item<double>();
    QVERIFY2(difference < 1e-4, qPrintable(QString::number(difference)));
}

void TestGenerator::cachedGenerationMatchesRecomputationPastTheWindow()
{
    QFETCH(Preset, preset);
    const auto model = makeModel(tinyConfig(preset, 40, 16));
    const Generator generator(model, vocabulary_);
    GenerationRequest r = request("w5 w6 w7 w8 w9", {0.0, 1.0, 1.5}, 40); // 45 tokens through a 16-token window
    r.keepLogitsOfColumn = 1;
    const GenerationResult cached = generator.generate(r);
    const GenerationResult recomputed = generator.generateByRecomputation(r);
    for (std::size_t c = 0; c < r.columns.size(); ++c)
        QCOMPARE(ids(cached.columns[c]), ids(recomputed.columns[c]));
    QCOMPARE(cached.columns[1].logits.size(), std::size_t(40));
    double worst = 0.0;
    for (std::size_t step = 0; step < 40; ++step)
        for (std::size_t v = 0; v < 40; ++v)
            worst = std::max(
                worst, double(std::abs(cached.columns[1].logits[step][v] - recomputed.columns[1].logits[step][v])));
    QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
    if (preset != Preset::Lstm) {
        QCOMPARE(generator.windowStart(0, 16), std::int64_t(0));
        QCOMPARE(generator.windowStart(0, 17), std::int64_t(17 - 12)); // re-based on the last three quarters
    }
}

void TestGenerator::keptAttentionIsTheWindowsOwnAtEveryStep_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::newRow("seed") << Preset::Seed;
    QTest::newRow("gpt") << Preset::Gpt;
}

void TestGenerator::keptAttentionIsTheWindowsOwnAtEveryStep()
{
    QFETCH(Preset, preset);
    const auto model = makeModel(tinyConfig(preset, 40, 16));
    const Generator generator(model, vocabulary_);
    GenerationRequest r = request("w5 w6 w7 w8 w9", {0.5, 1.0}, 30); // 35 tokens through a 16-token window
    r.keepLogitsOfColumn = 1;
    r.keepAttention = true;
    const GenerationResult result = generator.generate(r);
    QVERIFY(result.columns[0].attention.empty()); // only the watched column's
    const GeneratedColumn& column = result.columns[1];
    QCOMPARE(column.attention.size(), std::size_t(30));
    QCOMPARE(result.attentionLayers, model->attentionLayers());
    std::vector<std::int32_t> context = result.promptIds;
    std::int64_t start = 0;
    torch::NoGradGuard noGrad;
    model->eval();
    for (std::size_t step = 0; step < 30; ++step) {
        start = generator.windowStart(start, static_cast<std::int64_t>(context.size()));
        const StepAttention& kept = column.attention[step];
        QCOMPARE(kept.windowStart, start);
        QCOMPARE(kept.keys, static_cast<std::int64_t>(context.size()) - start);
        QCOMPARE(kept.heads, std::int64_t(2));
        // The same window in one pass, from scratch: its last query's weights are the ones the cache applied.
        DecodeState fresh;
        fresh.keepAttention = true;
        std::vector<std::int64_t> window(context.begin() + start, context.end());
        model->decode(torch::tensor(window, torch::kLong).unsqueeze(0), fresh);
        double worst = 0.0;
        for (std::size_t layer = 0; layer < fresh.attention.size(); ++layer)
            for (std::int64_t head = 0; head < 2; ++head) {
                double sum = 0.0;
                for (std::int64_t key = 0; key < kept.keys; ++key) {
                    const double expected = fresh.attention[layer][0][head][kept.keys - 1][key].item<double>();
                    worst = std::max(worst, std::abs(expected - kept.weight(layer, head, key)));
                    sum += kept.weight(layer, head, key);
                }
                QVERIFY(std::abs(sum - 1.0) < 1e-5);
            }
        QVERIFY2(worst < 1e-4, qPrintable(QStringLiteral("step %1: %2").arg(step).arg(worst)));
        context.push_back(column.tokens[step].id);
    }
}

void TestGenerator::sameSeedGivesTheSameText()
{
    const Generator generator(makeModel(tinyConfig(Preset::Gpt, 40, 16)), vocabulary_);
    const GenerationRequest r = request("w3 w4", {1.0}, 30, 7);
    QCOMPARE(generator.generate(r).columns[0].text, generator.generate(r).columns[0].text);
    QVERIFY(generator.generate(request("w3 w4", {1.0}, 30, 8)).columns[0].text
            != generator.generate(r).columns[0].text);
}

void TestGenerator::aColumnDoesNotDependOnTheColumnsBesideIt_data()
{
    addSizedPresetRows();
}

void TestGenerator::aColumnDoesNotDependOnTheColumnsBesideIt()
{
    // The studio regenerates only the column the slider moved and keeps the others: that is only right if a
    // column generated alone is the column generated among the others, token for token.
    QFETCH(Preset, preset);
    QFETCH(qint64, vocabulary);
    const SizedGenerator sized(preset, vocabulary);
    const Generator& generator = sized.generator;
    const GenerationRequest together = request("w3 w4", {0.2, 0.5, 0.7, 1.0, 1.5}, 40, 42);
    const GenerationResult all = generator.generate(together);
    for (std::size_t c = 0; c < together.columns.size(); ++c) {
        GenerationRequest alone = together;
        alone.columns = {together.columns[c]};
        const GeneratedColumn single = generator.generate(alone).columns[0];
        QCOMPARE(ids(single), ids(all.columns[c]));
        for (std::size_t i = 0; i < single.tokens.size(); ++i)
            QCOMPARE(single.tokens[i].probability, all.columns[c].tokens[i].probability);
    }
}

void TestGenerator::plainColumnsDrawWhatTheirChainsDrawFromTheSameLogits_data()
{
    addSizedPresetRows();
}

void TestGenerator::plainColumnsDrawWhatTheirChainsDrawFromTheSameLogits()
{
    // A column whose chain is only a temperature is drawn from the summaries the output layer makes as it
    // writes the logits. Replayed through the chain itself over the logits the generation kept, every step
    // must take the same word, with the same probability and entropy.
    QFETCH(Preset, preset);
    QFETCH(qint64, vocabulary);
    const SizedGenerator sized(preset, vocabulary);
    const Generator& generator = sized.generator;
    GenerationRequest r = request("w3 w4", {0.2, 0.7, 1.0, 1.5}, 30, 9);
    r.columns[1].sampler.suppressSpecials = false;
    for (std::size_t c = 0; c < r.columns.size(); ++c) {
        QVERIFY(plainInverseTemperature(r.columns[c].sampler));
        r.keepLogitsOfColumn = static_cast<int>(c);
        const GenerationResult result = generator.generate(r);
        const GeneratedColumn& column = result.columns[c];
        QCOMPARE(column.logits.size(), column.tokens.size());
        SamplerChain chain = SamplerChain::sampling(r.columns[c].sampler);
        for (const std::int32_t id : result.promptIds)
            chain.accept(id);
        for (std::size_t step = 0; step < column.tokens.size(); ++step) {
            const SampledToken& token = column.tokens[step];
            const CandidateArray applied = chain.apply(column.logits[step].data(), column.logits[step].size());
            chain.accept(applied.selected());
            const QString where = QStringLiteral("column %1, step %2").arg(c).arg(step);
            QVERIFY2(token.id == applied.selected(), qPrintable(where));
            QVERIFY2(std::abs(token.probability - applied.probabilityOf(token.id)) <= 1e-6f * token.probability,
                     qPrintable(where));
            QVERIFY2(std::abs(token.entropyBits - applied.entropyBits()) < 1e-5, qPrintable(where));
        }
    }
}

void TestGenerator::commonRandomNumbersTieColumnsWithTheSameSeed()
{
    const Generator generator(makeModel(tinyConfig(Preset::Seed, 40, 16)), vocabulary_);
    const GenerationResult same = generator.generate(request("w3 w4", {1.0, 1.0}, 30, 11));
    QCOMPARE(same.columns[0].text, same.columns[1].text);
    // Very low against very high temperature: the same draws, other distributions, other words.
    const GenerationResult apart = generator.generate(request("w3 w4", {0.01, 50.0}, 30, 11));
    QVERIFY(apart.columns[0].text != apart.columns[1].text);
    std::set<std::int32_t> lowDistinct, highDistinct;
    for (const SampledToken& token : apart.columns[0].tokens)
        lowDistinct.insert(token.id);
    for (const SampledToken& token : apart.columns[1].tokens)
        highDistinct.insert(token.id);
    QVERIFY(highDistinct.size() > lowDistinct.size());
}

void TestGenerator::nearZeroTemperatureIsGreedy()
{
    const Generator generator(makeModel(tinyConfig(Preset::Gpt, 40, 16)), vocabulary_);
    const GenerationResult result = generator.generate(request("w9", {1e-3, 0.0}, 25, 99));
    QCOMPARE(ids(result.columns[0]), ids(result.columns[1]));
    for (const SampledToken& token : result.columns[1].tokens)
        QCOMPARE(token.id, token.top.front().id); // the most likely candidate, every time
}

void TestGenerator::temperatureReachesTheSampler()
{
    // The chapter's callback never passed its temperature on; here each column's temperature shapes its
    // distribution: the recorded entropy of the first step grows with it.
    const Generator generator(makeModel(tinyConfig(Preset::Seed, 40, 16)), vocabulary_);
    const GenerationResult result = generator.generate(request("w3 w4 w5", {0.2, 0.5, 1.0, 1.5}, 1));
    for (std::size_t c = 1; c < result.columns.size(); ++c)
        QVERIFY(result.columns[c].tokens[0].entropyBits > result.columns[c - 1].tokens[0].entropyBits);
}

void TestGenerator::nextWordIsPredictedAtTheLastPromptToken()
{
    const auto model = makeModel(tinyConfig(Preset::Seed, 40, 16));
    const Generator generator(model, vocabulary_);
    GenerationRequest r = request("w3 w4 w5 w6", {1.0}, 1);
    r.keepLogitsOfColumn = 0;
    const std::vector<float> first = generator.generate(r).columns[0].logits[0];
    torch::NoGradGuard noGrad;
    model->eval();
    const torch::Tensor all = model->forward(torch::tensor({3, 4, 5, 6}, torch::kLong).unsqueeze(0))[0]; // (T, V)
    const auto differenceAt = [&](std::int64_t position) {
        return (torch::from_blob(const_cast<float*>(first.data()), {40}) - all[position]).abs().max().item<double>();
    };
    QVERIFY(differenceAt(3) < 1e-5); // the last prompt token's position
    QVERIFY(differenceAt(0) > 1e-3); // not the chapter's position i = 0 of its loop
}

void TestGenerator::specialTokensAreNeverDrawnUnlessAsked()
{
    auto model = makeModel(tinyConfig(Preset::Lstm, 40, 16));
    {
        torch::NoGradGuard noGrad;
        for (auto& item : model->named_parameters())
            if (item.key() == "head.bias")
                item.value().slice(0, 0, 2).fill_(8.0); // padding and [UNK] dominate
    }
    const Generator generator(model, vocabulary_);
    GenerationRequest r = request("w3", {1.0, 1.5}, 40);
    const GenerationResult suppressed = generator.generate(r);
    for (const GeneratedColumn& column : suppressed.columns)
        for (const SampledToken& token : column.tokens)
            QVERIFY(token.id > 1);
    r.columns[0].sampler.suppressSpecials = false;
    const GenerationResult kept = generator.generate(r);
    int specials = 0;
    for (const SampledToken& token : kept.columns[0].tokens)
        specials += token.id <= 1;
    QVERIFY(specials > 30);
}

void TestGenerator::forcedTokenBranchesWithoutChangingThePrefix()
{
    const Generator generator(makeModel(tinyConfig(Preset::Gpt, 40, 16)), vocabulary_);
    GenerationRequest r = request("w3 w4", {1.2}, 20, 5);
    const std::vector<std::int32_t> original = ids(generator.generate(r).columns[0]);
    const std::int32_t other = original[6] == 30 ? 31 : 30;
    r.columns[0].forced[6] = other;
    const GenerationResult branched = generator.generate(r);
    const std::vector<std::int32_t> branch = ids(branched.columns[0]);
    QCOMPARE(std::vector<std::int32_t>(branch.begin(), branch.begin() + 6),
             std::vector<std::int32_t>(original.begin(), original.begin() + 6));
    QCOMPARE(branch[6], other);
    QVERIFY(branched.columns[0].tokens[6].forced);
    QVERIFY(!branched.columns[0].tokens[5].forced);
}

void TestGenerator::everyTokenCarriesItsDistribution()
{
    const Generator generator(makeModel(tinyConfig(Preset::Seed, 40, 16)), vocabulary_);
    GenerationRequest r = request("w3", {0.7}, 5);
    r.columns[0].sampler.topK = 10;
    r.topCandidates = 20;
    const GenerationResult result = generator.generate(r);
    for (const SampledToken& token : result.columns[0].tokens) {
        QCOMPARE(token.top.size(), std::size_t(20));
        QCOMPARE(token.text, vocabulary_.token(token.id));
        QVERIFY(token.probability > 0.0f && token.entropyBits > 0.0);
        double kept = 0.0, atT1 = 0.0;
        for (std::size_t i = 0; i < token.top.size(); ++i) {
            kept += token.top[i].probability;
            atT1 += token.top[i].probabilityAtT1;
            if (i > 0)
                QVERIFY(token.top[i].probabilityAtT1 <= token.top[i - 1].probabilityAtT1);
            if (i >= 10)
                QCOMPARE(token.top[i].probability, 0.0f); // cut by top-k
        }
        QVERIFY(std::abs(kept - 1.0) < 1e-4); // top-k 10 keeps all the mass in the top 20
        QVERIFY(atT1 < 1.0);
    }
}

void TestGenerator::badPromptsAndSettingsAreRefused_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("topP");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty prompt") << "" << 1.0 << 1.0 << 5 << "the prompt is empty";
    QTest::newRow("only punctuation") << "?!... --" << 1.0 << 1.0 << 5 << "has no words once punctuation is removed";
    QTest::newRow("NaN temperature") << "w3" << std::nan("") << 1.0 << 5 << "temperature must be a finite number";
    QTest::newRow("negative temperature") << "w3" << -1.0 << 1.0 << 5 << "temperature must be a finite number";
    QTest::newRow("top-p 1.5") << "w3" << 1.0 << 1.5 << 5 << "top-p must be in [0, 1]";
    QTest::newRow("length 100000") << "w3" << 1.0 << 1.0 << 100000 << "length must be between 0 and 10000";
}

void TestGenerator::badPromptsAndSettingsAreRefused()
{
    QFETCH(QString, prompt);
    QFETCH(double, temperature);
    QFETCH(double, topP);
    QFETCH(int, length);
    QFETCH(QString, message);
    const Generator generator(makeModel(tinyConfig(Preset::Seed, 40, 16)), vocabulary_);
    GenerationRequest r = request(prompt.toStdString(), {temperature}, length);
    r.columns[0].sampler.topP = topP;
    try {
        generator.generate(r);
        QFAIL("a bad request was accepted");
    } catch (const GenerationError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(message), error.what());
    }
    QCOMPARE(generator.generate(request("w3", {1.0}, 0)).columns[0].tokens.size(), std::size_t(0)); // length 0 is fine
}

void TestGenerator::unknownPromptWordsAreReported()
{
    const Generator generator(makeModel(tinyConfig(Preset::Seed, 40, 16)), vocabulary_);
    const GenerationResult result = generator.generate(request("W3 zebra w4 Quokka!", {1.0}, 3));
    QCOMPARE(result.promptIds, (std::vector<std::int32_t>{3, 1, 4, 1}));
    QCOMPARE(result.unknownWords, (std::vector<std::string>{"zebra", "quokka"}));
}

void TestGenerator::lowTemperatureRepeatsMoreOnImdb()
{
    const QString sample = imdbSamplePath();
    if (sample.isEmpty())
        QSKIP("the shared IMDB sample (../shared/data/imdb-sample) is not in this checkout");
    const Corpus corpus = readCorpus(sample.toStdString());
    const Vocabulary vocabulary = Vocabulary::adapt(corpus.documents, {TokenizerKind::Word, 5000});
    const LmDataset data = buildLmDataset(corpus.documents, vocabulary, {33, CutMode::Stream, 0.0});
    const ModelConfig config = imdbSmallConfig();
    const TrainingOptions options = imdbSmallOptions();
    Trainer trainer(config, options, data, vocabulary.fingerprint(), "word");
    trainLoop(trainer, {});

    const Generator generator(trainer.modelPointer(), vocabulary);
    GenerationRequest r;
    r.prompt = "this movie";
    r.length = 60;
    for (int seed = 0; seed < 6; ++seed)
        for (double temperature : {0.2, 1.5}) {
            ColumnRequest column;
            column.sampler.temperature = temperature;
            column.sampler.seed = static_cast<std::uint64_t>(seed);
            r.columns.push_back(column);
        }
    const GenerationResult result = generator.generate(r);
    // Distinct bigrams per token: low when the text loops on itself ("the the the", "of the film of the").
    double low = 0, high = 0;
    for (std::size_t c = 0; c < result.columns.size(); ++c) {
        const std::vector<std::int32_t> tokens = ids(result.columns[c]);
        std::set<std::pair<std::int32_t, std::int32_t>> bigrams;
        for (std::size_t i = 1; i < tokens.size(); ++i)
            bigrams.insert({tokens[i - 1], tokens[i]});
        (c % 2 == 0 ? low : high) += double(bigrams.size()) / double(tokens.size());
    }
    qInfo("distinct bigrams per token: %.3f at T=0.2, %.3f at T=1.5", low / 6, high / 6);
    QVERIFY(low < 0.8 * high);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
