// The sampler chain, step by step on small hand-computed arrays (in the style of llama.cpp's
// test-sampling.cpp: probabilities in, the candidates left and their probabilities out), then its statistics:
// draws match softmax(logits / T), entropy rises with T.
#include "sampler.h"

#include <QTest>

#include <cmath>
#include <numeric>

#include "split_mix64.h"

using namespace textgen;

using Floats = std::vector<float>;
using Ids = std::vector<std::int32_t>;
Q_DECLARE_METATYPE(Floats)
Q_DECLARE_METATYPE(Ids)

namespace {

Floats logOf(const Floats& probabilities)
{
    Floats logits;
    for (float p : probabilities)
        logits.push_back(p > 0 ? std::log(p) : -std::numeric_limits<float>::infinity());
    return logits;
}

// "top-k 3 > temperature 0.5": the steps in the order written, as a person would list them.
SamplerChain chainOf(const QString& description)
{
    SamplerChain chain;
    for (const QString& part : description.split(QLatin1Char('>'), Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        const double value = words.value(1).toDouble();
        if (words[0] == QLatin1String("suppress"))
            chain.add(std::make_unique<SuppressSpecials>());
        else if (words[0] == QLatin1String("temperature"))
            chain.add(std::make_unique<Temperature>(value));
        else if (words[0] == QLatin1String("top-k"))
            chain.add(std::make_unique<TopK>(static_cast<int>(value)));
        else if (words[0] == QLatin1String("top-p"))
            chain.add(std::make_unique<TopP>(value));
        else if (words[0] == QLatin1String("min-p"))
            chain.add(std::make_unique<MinP>(value));
        else
            qFatal("unknown step %s", qPrintable(part));
    }
    return chain;
}

Floats probabilitiesOf(const CandidateArray& candidates)
{
    Floats p;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        p.push_back(candidates.probability(i));
    return p;
}

Ids idsOf(const CandidateArray& candidates)
{
    Ids ids;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        ids.push_back(candidates.id(i));
    return ids;
}

void compareFloats(const Floats& actual, const Floats& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) < 1e-3f,
                 qPrintable(QStringLiteral("at %1: %2, expected %3").arg(i).arg(actual[i]).arg(expected[i])));
}

} // namespace

class TestSampler : public QObject {
    Q_OBJECT

private slots:
    void stepsNarrowTheCandidates_data();
    void stepsNarrowTheCandidates();
    void topPOnAFlatDistributionCutsAtAThreshold_data();
    void topPOnAFlatDistributionCutsAtAThreshold();
    void theOrderOfTheStepsIsData();
    void theSettingsChainListsItsStepsInOrder();
    void minPKeepsExactlyTheTokensAtOrAboveTheThreshold_data();
    void minPKeepsExactlyTheTokensAtOrAboveTheThreshold();
    void repetitionPenaltyChangesOnlyTheWindowsTokens_data();
    void repetitionPenaltyChangesOnlyTheWindowsTokens();
    void settingsOrderMattersWhereAStepReadsTheMass_data();
    void settingsOrderMattersWhereAStepReadsTheMass();
    void chainOrderReadsAndWritesAsText();
    void chainDescriptionNamesTheStepsThatAct();
    void pickWalksTheKeptCandidatesInIdOrder_data();
    void pickWalksTheKeptCandidatesInIdOrder();
    void pickDrawsFromTheColumnsSeededStream();
    void drawUniformTakesThePicksNextNumber();
    void onlyATemperatureChainIsPlain_data();
    void onlyATemperatureChainIsPlain();
    void cutTokensHaveProbabilityZero();
    void extremeTemperaturesNeitherOverflowNorUnderflow();
    void badSettingsAreRejectedWithAReason_data();
    void badSettingsAreRejectedWithAReason();
    void entropyWithoutLogarithmsEqualsTheDefinition();
    void theLargestLogitFollowsStepsThatRemoveIt();
    void applyInPlaceEqualsAFreshArrayCallAfterCall();
    void idsAndPositionsFollowEveryKindOfCut();
    void drawsFollowSoftmaxOfLogitsOverTemperature_data();
    void drawsFollowSoftmaxOfLogitsOverTemperature();
    void entropyRisesWithTemperature();
    void topIdsAreOrderedByValueThenId();
    void largestEqualAFullSortAtEverySize_data();
    void largestEqualAFullSortAtEverySize();
    void applyChainOverTheChaptersVocabulary_data();
    void applyChainOverTheChaptersVocabulary();
};

void TestSampler::stepsNarrowTheCandidates_data()
{
    QTest::addColumn<Floats>("input");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<Ids>("ids");
    QTest::addColumn<Floats>("expected");
    const Floats p{0.1f, 0.2f, 0.3f, 0.4f};
    QTest::newRow("top-k 1") << p << "top-k 1" << Ids{3} << Floats{1};
    QTest::newRow("top-k 3") << p << "top-k 3" << Ids{3, 2, 1} << Floats{0.4f / 0.9f, 0.3f / 0.9f, 0.2f / 0.9f};
    QTest::newRow("top-k 4 keeps all, in id order") << p << "top-k 4" << Ids{0, 1, 2, 3} << p;
    QTest::newRow("top-k 5 keeps all") << p << "top-k 5" << Ids{0, 1, 2, 3} << p;
    QTest::newRow("top-k 0 is a no-op") << p << "top-k 0" << Ids{0, 1, 2, 3} << p;
    QTest::newRow("top-k -1 is a no-op") << p << "top-k -1" << Ids{0, 1, 2, 3} << p;
    QTest::newRow("top-k ties kept in id order")
        << Floats{0.25f, 0.25f, 0.25f, 0.25f} << "top-k 2" << Ids{0, 1} << Floats{0.5f, 0.5f};
    QTest::newRow("top-p 0 keeps the top token") << p << "top-p 0" << Ids{3} << Floats{1};
    QTest::newRow("top-p 0.4 is exactly the top token") << p << "top-p 0.4" << Ids{3} << Floats{1};
    QTest::newRow("top-p 0.5") << p << "top-p 0.5" << Ids{3, 2} << Floats{0.4f / 0.7f, 0.3f / 0.7f};
    QTest::newRow("top-p 0.75") << p << "top-p 0.75" << Ids{3, 2, 1} << Floats{0.4f / 0.9f, 0.3f / 0.9f, 0.2f / 0.9f};
    QTest::newRow("top-p 0.95 keeps all") << p << "top-p 0.95" << Ids{3, 2, 1, 0} << Floats{0.4f, 0.3f, 0.2f, 0.1f};
    QTest::newRow("top-p 1 is a no-op") << p << "top-p 1" << Ids{0, 1, 2, 3} << p;
    QTest::newRow("temperature 1 is the softmax") << p << "temperature 1" << Ids{0, 1, 2, 3} << p;
    // p^(1/T) renormalised: T = 0.5 squares, T = 2 takes square roots.
    const float squares = 0.01f + 0.04f + 0.09f + 0.16f;
    QTest::newRow("temperature 0.5 sharpens")
        << p << "temperature 0.5" << Ids{0, 1, 2, 3}
        << Floats{0.01f / squares, 0.04f / squares, 0.09f / squares, 0.16f / squares};
    const float roots = std::sqrt(0.1f) + std::sqrt(0.2f) + std::sqrt(0.3f) + std::sqrt(0.4f);
    QTest::newRow("temperature 2 flattens")
        << p << "temperature 2" << Ids{0, 1, 2, 3}
        << Floats{std::sqrt(0.1f) / roots, std::sqrt(0.2f) / roots, std::sqrt(0.3f) / roots, std::sqrt(0.4f) / roots};
    QTest::newRow("temperature 0 is greedy") << p << "temperature 0" << Ids{3} << Floats{1};
    QTest::newRow("temperature 1e-3 is not greedy, but nearly")
        << p << "temperature 1e-3 > top-p 0.999" << Ids{3} << Floats{1};
    QTest::newRow("greedy ties go to the lower id")
        << Floats{0.1f, 0.35f, 0.35f, 0.2f} << "temperature 0" << Ids{1} << Floats{1};
    QTest::newRow("suppression drops padding and [UNK]")
        << Floats{0.4f, 0.4f, 0.1f, 0.1f} << "suppress" << Ids{2, 3} << Floats{0.5f, 0.5f};
    QTest::newRow("suppression, then top-k")
        << Floats{0.4f, 0.3f, 0.2f, 0.1f} << "suppress > top-k 1" << Ids{2} << Floats{1};
}

void TestSampler::stepsNarrowTheCandidates()
{
    QFETCH(Floats, input);
    QFETCH(QString, chain);
    QFETCH(Ids, ids);
    QFETCH(Floats, expected);
    const Floats logits = logOf(input);
    const CandidateArray candidates = chainOf(chain).apply(logits.data(), logits.size());
    QCOMPARE(idsOf(candidates), ids);
    compareFloats(probabilitiesOf(candidates), expected);
}

void TestSampler::topPOnAFlatDistributionCutsAtAThreshold_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<int>("firstLow"); // ids [0, firstLow) of the low group are kept...
    QTest::addColumn<int>("highKept"); // ...with ids [700, 700 + highKept) of the high group
    // 700 tokens of probability a (ids 0-699), 300 of 2a (ids 700-999): a = 1/1300. The 256 most probable hold
    // 0.394, so any p above that is cut by the threshold, not by sorting.
    QTest::newRow("p 0.41: 267 of the high group") << 0.41 << 0 << 267;     // 0.41 * 650 = 266.5
    QTest::newRow("p 0.505: all high, 57 low by id") << 0.505 << 57 << 300; // (0.505 * 1300 - 600) = 56.5
}

void TestSampler::topPOnAFlatDistributionCutsAtAThreshold()
{
    QFETCH(double, p);
    QFETCH(int, firstLow);
    QFETCH(int, highKept);
    Floats probabilities(1000, 1.0f / 1300.0f);
    std::fill(probabilities.begin() + 700, probabilities.end(), 2.0f / 1300.0f);
    const Floats logits = logOf(probabilities);
    const CandidateArray kept = chainOf(QStringLiteral("top-p %1").arg(p)).apply(logits.data(), logits.size());
    Ids expected;
    for (int id = 0; id < firstLow; ++id)
        expected.push_back(id);
    for (int id = 700; id < 700 + highKept; ++id)
        expected.push_back(id);
    QCOMPARE(idsOf(kept), expected); // in id order: a threshold cut does not reorder
    const double mass = (firstLow + 2.0 * highKept) / 1300.0;
    QVERIFY(std::abs(kept.probabilityOf(700) - 2.0 / 1300.0 / mass) < 1e-5);
    QCOMPARE(kept.probabilityOf(699), 0.0f);
}

void TestSampler::theOrderOfTheStepsIsData()
{
    const Floats logits = logOf({0.1f, 0.2f, 0.3f, 0.4f});
    // Temperature never reorders: with top-k on either side, the same two survive with the same probabilities.
    const CandidateArray kThenT = chainOf("top-k 2 > temperature 2").apply(logits.data(), logits.size());
    const CandidateArray tThenK = chainOf("temperature 2 > top-k 2").apply(logits.data(), logits.size());
    QCOMPARE(idsOf(kThenT), (Ids{3, 2}));
    QCOMPARE(idsOf(tThenK), (Ids{3, 2}));
    compareFloats(probabilitiesOf(kThenT), probabilitiesOf(tThenK));
    // Top-p reads the mass, which temperature moves: 0.4 + 0.3 reaches 0.65 before T = 2 flattens it, not after
    // (sqrt .4 + sqrt .3 over the sum of roots is 0.607).
    QCOMPARE(idsOf(chainOf("top-p 0.65 > temperature 2").apply(logits.data(), logits.size())), (Ids{3, 2}));
    QCOMPARE(idsOf(chainOf("temperature 2 > top-p 0.65").apply(logits.data(), logits.size())), (Ids{3, 2, 1}));
}

void TestSampler::theSettingsChainListsItsStepsInOrder()
{
    SamplerSettings settings;
    QCOMPARE(SamplerChain::sampling(settings).name(), std::string("suppress-specials > temperature > pick"));
    settings.suppressSpecials = false;
    settings.topK = 40;
    settings.topP = 0.9;
    QCOMPARE(SamplerChain::narrowing(settings).name(), std::string("temperature > top-k > top-p"));
}

void TestSampler::minPKeepsExactlyTheTokensAtOrAboveTheThreshold_data()
{
    QTest::addColumn<Floats>("input");
    QTest::addColumn<double>("minP");
    QTest::addColumn<Ids>("ids");
    const Floats p{0.05f, 0.1f, 0.15f, 0.3f, 0.4f}; // p_max 0.4
    QTest::newRow("0 keeps all") << p << 0.0 << Ids{0, 1, 2, 3, 4};
    QTest::newRow("0.1: p >= 0.04 keeps all") << p << 0.1 << Ids{0, 1, 2, 3, 4};
    QTest::newRow("0.2: p >= 0.08") << p << 0.2 << Ids{1, 2, 3, 4};
    QTest::newRow("0.25: exactly 0.1 is kept") << p << 0.25 << Ids{1, 2, 3, 4};
    QTest::newRow("0.5: p >= 0.2") << p << 0.5 << Ids{3, 4};
    QTest::newRow("0.76: p >= 0.304") << p << 0.76 << Ids{4};
    QTest::newRow("1 keeps the maximum") << p << 1.0 << Ids{4};
    QTest::newRow("1 keeps tied maxima") << Floats{0.4f, 0.2f, 0.4f} << 1.0 << Ids{0, 2};
}

void TestSampler::minPKeepsExactlyTheTokensAtOrAboveTheThreshold()
{
    QFETCH(Floats, input);
    QFETCH(double, minP);
    QFETCH(Ids, ids);
    const Floats logits = logOf(input);
    const CandidateArray kept = chainOf(QStringLiteral("min-p %1").arg(minP)).apply(logits.data(), logits.size());
    QCOMPARE(idsOf(kept), ids); // in id order: min-p does not reorder
    double mass = 0;
    for (const std::int32_t id : ids)
        mass += input[static_cast<std::size_t>(id)];
    for (const std::int32_t id : ids) // renormalised over the survivors
        QVERIFY(std::abs(kept.probabilityOf(id) - input[static_cast<std::size_t>(id)] / mass) < 1e-5);
}

void TestSampler::repetitionPenaltyChangesOnlyTheWindowsTokens_data()
{
    QTest::addColumn<Floats>("logits");
    QTest::addColumn<Ids>("context");
    QTest::addColumn<double>("penalty");
    QTest::addColumn<int>("window");
    QTest::addColumn<Floats>("expected");
    const Floats l{2.0f, -1.0f, 0.5f, 0.0f, -3.0f, 4.0f};
    QTest::newRow("penalty 1 changes nothing") << l << Ids{0, 1, 2} << 1.0 << 64 << l;
    QTest::newRow("positive divided, negative multiplied")
        << l << Ids{0, 1} << 2.0 << 64 << Floats{1.0f, -2.0f, 0.5f, 0.0f, -3.0f, 4.0f};
    QTest::newRow("a token seen twice is penalised once")
        << l << Ids{5, 5, 5} << 2.0 << 64 << Floats{2.0f, -1.0f, 0.5f, 0.0f, -3.0f, 2.0f};
    QTest::newRow("zero stays zero") << l << Ids{3} << 2.0 << 64 << l;
    QTest::newRow("only the last two are in a window of 2")
        << l << Ids{0, 4, 2, 5} << 2.0 << 2 << Floats{2.0f, -1.0f, 0.25f, 0.0f, -3.0f, 2.0f};
    QTest::newRow("window 0 looks at nothing") << l << Ids{0, 5} << 2.0 << 0 << l;
    QTest::newRow("a penalty below 1 rewards repeats")
        << l << Ids{0, 4} << 0.5 << 64 << Floats{4.0f, -1.0f, 0.5f, 0.0f, -1.5f, 4.0f};
}

void TestSampler::repetitionPenaltyChangesOnlyTheWindowsTokens()
{
    QFETCH(Floats, logits);
    QFETCH(Ids, context);
    QFETCH(double, penalty);
    QFETCH(int, window);
    QFETCH(Floats, expected);
    RepetitionPenalty step(penalty, window);
    for (const std::int32_t id : context)
        step.accept(id);
    CandidateArray candidates = CandidateArray::fromLogits(logits.data(), logits.size());
    step.apply(candidates);
    Floats after;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        after.push_back(candidates.logit(i));
    QCOMPARE(after, expected);
    // The same through the settings' chain, fed the context as the generator feeds it.
    SamplerSettings settings;
    settings.suppressSpecials = false;
    settings.repetitionPenalty = penalty;
    settings.repetitionWindow = window;
    const CandidateArray chained = SamplerChain::narrowing(settings, context).apply(logits.data(), logits.size());
    const Floats p = logOf(probabilitiesOf(chained));
    for (std::size_t i = 1; i < p.size(); ++i) // log-probabilities differ from the logits by one constant
        QVERIFY(std::abs((p[i] - p[0]) - (expected[i] - expected[0])) < 1e-4f);
}

void TestSampler::settingsOrderMattersWhereAStepReadsTheMass_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<int>("topK");
    QTest::addColumn<double>("topP");
    QTest::addColumn<double>("minP");
    QTest::addColumn<Ids>("ids");
    // p = 0.1, 0.2, 0.3, 0.4 (no specials). Temperature never reorders, so top-k and the penalty commute with
    // it; top-p and min-p read probabilities, which temperature moves.
    QTest::newRow("top-k then T") << "top-k,temperature" << 2.0 << 2 << 1.0 << 0.0 << Ids{2, 3};
    QTest::newRow("T then top-k: the same two") << "temperature,top-k" << 2.0 << 2 << 1.0 << 0.0 << Ids{2, 3};
    QTest::newRow("min-p 0.45 before T 0.5: p >= 0.18")
        << "min-p,temperature" << 0.5 << 0 << 1.0 << 0.45 << Ids{1, 2, 3};
    // After T 0.5, p is proportional to p^2: .033 .133 .3 .533, and min-p 0.45 keeps q >= 0.24.
    QTest::newRow("min-p 0.45 after T 0.5: two") << "temperature,min-p" << 0.5 << 0 << 1.0 << 0.45 << Ids{2, 3};
    QTest::newRow("top-p 0.65 before T 2") << "top-p,temperature" << 2.0 << 0 << 0.65 << 0.0 << Ids{2, 3};
    QTest::newRow("top-p 0.65 after T 2") << "temperature,top-p" << 2.0 << 0 << 0.65 << 0.0 << Ids{1, 2, 3};
    // Top-k 3 leaves .2 .3 .4 (renormalised /.9); min-p 0.6 keeps p >= 0.6 p_max either way.
    QTest::newRow("top-k then min-p") << "top-k,min-p,temperature" << 1.0 << 3 << 1.0 << 0.6 << Ids{2, 3};
    QTest::newRow("min-p then top-k") << "min-p,top-k,temperature" << 1.0 << 3 << 1.0 << 0.6 << Ids{2, 3};
}

void TestSampler::settingsOrderMattersWhereAStepReadsTheMass()
{
    QFETCH(QString, order);
    QFETCH(double, temperature);
    QFETCH(int, topK);
    QFETCH(double, topP);
    QFETCH(double, minP);
    QFETCH(Ids, ids);
    SamplerSettings settings;
    settings.suppressSpecials = false;
    settings.temperature = temperature;
    settings.topK = topK;
    settings.topP = topP;
    settings.minP = minP;
    settings.order = *parseChainOrder(order.toStdString());
    QCOMPARE(checkSampler(settings).code, FaultCode::None);
    const Floats logits = logOf({0.1f, 0.2f, 0.3f, 0.4f});
    CandidateArray kept = SamplerChain::narrowing(settings).apply(logits.data(), logits.size());
    kept.sortById();
    QCOMPARE(idsOf(kept), ids);
}

void TestSampler::chainOrderReadsAndWritesAsText()
{
    QCOMPARE(chainOrderText(kDefaultChainOrder), std::string("repetition-penalty,temperature,top-k,top-p,min-p"));
    QVERIFY(parseChainOrder("repetition-penalty,temperature,top-k,top-p,min-p") == kDefaultChainOrder);
    QVERIFY(parseChainOrder(" min-p > temperature ")
            == (std::vector<SamplerStepKind>{SamplerStepKind::MinP, SamplerStepKind::Temperature}));
    QVERIFY(!parseChainOrder("temperature,typical-p"));
    QVERIFY(parseChainOrder("")->empty());
}

void TestSampler::chainDescriptionNamesTheStepsThatAct()
{
    SamplerSettings settings;
    settings.temperature = 0.7;
    QCOMPARE(describeChain(settings), std::string("temperature 0.7"));
    settings.topK = 40;
    settings.minP = 0.05;
    settings.repetitionPenalty = 1.3;
    settings.repetitionWindow = 32;
    QCOMPARE(describeChain(settings),
             std::string("repetition-penalty 1.3 over 32 > temperature 0.7 > top-k 40 > min-p 0.05"));
    settings.order = {SamplerStepKind::MinP, SamplerStepKind::TopK, SamplerStepKind::RepetitionPenalty,
                      SamplerStepKind::Temperature};
    QCOMPARE(describeChain(settings),
             std::string("min-p 0.05 > top-k 40 > repetition-penalty 1.3 over 32 > temperature 0.7"));
    QCOMPARE(SamplerChain::sampling(settings).name(),
             std::string("suppress-specials > min-p > top-k > repetition-penalty > temperature > pick")); // no top-p
}

void TestSampler::pickWalksTheKeptCandidatesInIdOrder_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<double>("u");
    QTest::addColumn<int>("id");
    QTest::newRow("u=0") << "" << 0.0 << 0;
    QTest::newRow("u=0.05") << "" << 0.05 << 0;
    QTest::newRow("u=0.15") << "" << 0.15 << 1;
    QTest::newRow("u=0.35") << "" << 0.35 << 2;
    QTest::newRow("u=0.65") << "" << 0.65 << 3;
    QTest::newRow("u=0.999999") << "" << 0.999999 << 3;
    // Top-k 2 keeps {3: 4/7, 2: 3/7}; the pick still walks id 2 first.
    QTest::newRow("top-k 2, u=0.3") << "top-k 2" << 0.3 << 2;
    QTest::newRow("top-k 2, u=0.5") << "top-k 2" << 0.5 << 3;
    QTest::newRow("greedy takes the top at any u") << "temperature 0" << 0.01 << 3;
}

void TestSampler::pickWalksTheKeptCandidatesInIdOrder()
{
    QFETCH(QString, chain);
    QFETCH(double, u);
    QFETCH(int, id);
    const Floats logits = logOf({0.1f, 0.2f, 0.3f, 0.4f});
    CandidateArray candidates = chainOf(chain).apply(logits.data(), logits.size());
    QCOMPARE(InverseCdfPick::pick(candidates, u), id);
    QCOMPARE(candidates.selected(), id);
}

namespace {

// The distribution {0.1, 0.2, 0.3, 0.4} over ids 0-3, specials kept, and the id its running sums give u.
SamplerSettings tenthsSettings(std::uint64_t seed)
{
    SamplerSettings settings;
    settings.suppressSpecials = false;
    settings.seed = seed;
    return settings;
}

int tenthsPick(double u)
{
    return u < 0.1 ? 0 : u < 0.3 ? 1 : u < 0.6 ? 2 : 3;
}

} // namespace

void TestSampler::pickDrawsFromTheColumnsSeededStream()
{
    const Floats logits = logOf({0.1f, 0.2f, 0.3f, 0.4f});
    SamplerChain chain = SamplerChain::sampling(tenthsSettings(77));
    SplitMix64 stream(77);
    for (int step = 0; step < 20; ++step)
        QCOMPARE(chain.apply(logits.data(), logits.size()).selected(), tenthsPick(stream.uniform()));
}

void TestSampler::drawUniformTakesThePicksNextNumber()
{
    // A column drawn from its summaries one step and by its chain the next uses one stream, in turn.
    const Floats logits = logOf({0.1f, 0.2f, 0.3f, 0.4f});
    SamplerChain chain = SamplerChain::sampling(tenthsSettings(78));
    SplitMix64 stream(78);
    for (int step = 0; step < 10; ++step) {
        QCOMPARE(chain.drawUniform(), stream.uniform());
        QCOMPARE(chain.apply(logits.data(), logits.size()).selected(), tenthsPick(stream.uniform()));
    }
    QCOMPARE(SamplerChain::narrowing(tenthsSettings(78)).drawUniform(), 0.0); // no pick, no stream
}

void TestSampler::onlyATemperatureChainIsPlain_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("tau"); // 0: not plain
    QTest::newRow("the chapter's T 0.7") << "" << 0.7 << double(static_cast<float>(1.0 / 0.7));
    QTest::newRow("T 1") << "" << 1.0 << 1.0;
    QTest::newRow("T 1.5") << "" << 1.5 << double(static_cast<float>(1.0 / 1.5));
    QTest::newRow("top-k 0 does not act") << "top-k 0" << 0.7 << double(static_cast<float>(1.0 / 0.7));
    QTest::newRow("top-p 1 does not act") << "top-p 1" << 0.7 << double(static_cast<float>(1.0 / 0.7));
    QTest::newRow("top-k 40 cuts") << "top-k 40" << 0.7 << 0.0;
    QTest::newRow("top-p 0.9 cuts") << "top-p 0.9" << 0.7 << 0.0;
    QTest::newRow("min-p 0.05 cuts") << "min-p 0.05" << 0.7 << 0.0;
    QTest::newRow("a repetition penalty changes logits") << "repetition-penalty 1.3" << 0.7 << 0.0;
    QTest::newRow("T 0 is greedy") << "" << 0.0 << 0.0;
    QTest::newRow("T 1e-40 overflows 1 / T") << "" << 1e-40 << 0.0;
}

void TestSampler::onlyATemperatureChainIsPlain()
{
    QFETCH(QString, chain);
    QFETCH(double, temperature);
    QFETCH(double, tau);
    SamplerSettings settings;
    settings.temperature = temperature;
    const QStringList step = chain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (step.value(0) == QLatin1String("top-k"))
        settings.topK = step[1].toInt();
    else if (step.value(0) == QLatin1String("top-p"))
        settings.topP = step[1].toDouble();
    else if (step.value(0) == QLatin1String("min-p"))
        settings.minP = step[1].toDouble();
    else if (step.value(0) == QLatin1String("repetition-penalty"))
        settings.repetitionPenalty = step[1].toDouble();
    const std::optional<float> plain = plainInverseTemperature(settings);
    if (tau == 0.0)
        QVERIFY(!plain);
    else
        QCOMPARE(plain.value_or(-1.0f), static_cast<float>(tau));
}

void TestSampler::cutTokensHaveProbabilityZero()
{
    const Floats logits = logOf({0.1f, 0.2f, 0.3f, 0.4f});
    const CandidateArray candidates = chainOf("top-k 2").apply(logits.data(), logits.size());
    QCOMPARE(candidates.probabilityOf(0), 0.0f);
    QCOMPARE(candidates.probabilityOf(1), 0.0f);
    QVERIFY(std::abs(candidates.probabilityOf(3) - 0.4f / 0.7f) < 1e-6f);
    const CandidateArray whole = chainOf("temperature 1").apply(logits.data(), logits.size());
    QVERIFY(std::abs(whole.probabilityOf(1) - 0.2f) < 1e-6f);
    // In id order with the specials dropped, positions are ids - 2: the lookup must still find each by its id.
    const Floats four = logOf({0.4f, 0.4f, 0.1f, 0.1f});
    const CandidateArray suppressed = chainOf("suppress").apply(four.data(), four.size());
    QCOMPARE(suppressed.probabilityOf(0), 0.0f);
    QCOMPARE(suppressed.probabilityOf(1), 0.0f);
    QVERIFY(std::abs(suppressed.probabilityOf(3) - 0.5f) < 1e-6f);
    QCOMPARE(suppressed.probabilityOf(7), 0.0f); // not in the vocabulary at all
}

void TestSampler::extremeTemperaturesNeitherOverflowNorUnderflow()
{
    const Floats logits{-1000.0f, 0.0f, 999.0f, 1000.0f};
    for (const char* temperature : {"0.05", "1e-6", "1", "1e6"}) {
        const CandidateArray c = chainOf(QStringLiteral("temperature %1").arg(QLatin1String(temperature)))
                                     .apply(logits.data(), logits.size());
        double total = 0;
        for (const float x : probabilitiesOf(c)) {
            QVERIFY(std::isfinite(x) && x >= 0.0f);
            total += x;
        }
        QVERIFY2(std::abs(total - 1.0) < 1e-5, temperature);
    }
    QVERIFY(chainOf("temperature 0.05").apply(logits.data(), logits.size()).probabilityOf(3) > 0.999f);
    QVERIFY(chainOf("temperature 1e6").apply(logits.data(), logits.size()).probabilityOf(0) > 0.24f); // nearly uniform
}

void TestSampler::badSettingsAreRejectedWithAReason_data()
{
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("topP");
    QTest::addColumn<double>("minP");
    QTest::addColumn<double>("penalty");
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("message");
    const QString all = QStringLiteral("repetition-penalty,temperature,top-k,top-p,min-p");
    QTest::newRow("fine") << 0.7 << 0.9 << 0.05 << 1.2 << all << "";
    QTest::newRow("min-p above 1") << 1.0 << 1.0 << 1.5 << 1.0 << all
                                   << "min-p must be in [0, 1] (0 keeps every token), not 1.5";
    QTest::newRow("penalty 0") << 1.0 << 1.0 << 0.0 << 0.0 << all
                               << "the repetition penalty must be a finite number > 0 (1 is none) over a window of "
                                  "at least 0 tokens, not 0 over 64";
    QTest::newRow("a step twice") << 1.0 << 1.0 << 0.0 << 1.0 << "temperature,top-k,temperature"
                                  << "the sampler chain lists temperature twice";
    QTest::newRow("a set step left out") << 1.0 << 1.0 << 0.1 << 1.0 << "temperature,top-k"
                                         << "the sampler chain leaves out min-p, which is set to 0.1: add it to the "
                                            "chain or unset it";
    QTest::newRow("an unset step may be left out") << 1.0 << 1.0 << 0.0 << 1.0 << "temperature"
                                                   << "";
    QTest::newRow("greedy is fine") << 0.0 << 1.0 << 0.0 << 1.0 << all << "";
    QTest::newRow("NaN temperature") << std::nan("") << 1.0 << 0.0 << 1.0 << all
                                     << "temperature must be a finite number >= 0 (0 is greedy), not nan";
    QTest::newRow("negative temperature")
        << -0.5 << 1.0 << 0.0 << 1.0 << all << "temperature must be a finite number >= 0 (0 is greedy), not -0.5";
    QTest::newRow("infinite temperature") << std::numeric_limits<double>::infinity() << 1.0 << 0.0 << 1.0 << all
                                          << "temperature must be a finite number >= 0 (0 is greedy), not inf";
    QTest::newRow("top-p above 1") << 1.0 << 1.5 << 0.0 << 1.0 << all
                                   << "top-p must be in [0, 1] (1 keeps every token), not 1.5";
    QTest::newRow("negative top-p") << 1.0 << -0.1 << 0.0 << 1.0 << all
                                    << "top-p must be in [0, 1] (1 keeps every token), not -0.1";
    QTest::newRow("NaN top-p") << 1.0 << std::nan("") << 0.0 << 1.0 << all
                               << "top-p must be in [0, 1] (1 keeps every token), not nan";
}

void TestSampler::badSettingsAreRejectedWithAReason()
{
    QFETCH(double, temperature);
    QFETCH(double, topP);
    QFETCH(double, minP);
    QFETCH(double, penalty);
    QFETCH(QString, order);
    QFETCH(QString, message);
    SamplerSettings settings;
    settings.temperature = temperature;
    settings.topP = topP;
    settings.minP = minP;
    settings.repetitionPenalty = penalty;
    settings.order = *parseChainOrder(order.toStdString());
    QCOMPARE(QString::fromStdString(englishText(checkSampler(settings))), message);
}

void TestSampler::entropyWithoutLogarithmsEqualsTheDefinition()
{
    SplitMix64 random(3);
    Floats logits(500);
    for (float& x : logits)
        x = static_cast<float>(random.uniform() * 8.0 - 4.0);
    for (const auto& [temperature, topK, topP] :
         std::vector<std::tuple<double, int, double>>{{1.0, 0, 1.0}, {0.7, 50, 1.0}, {1.8, 0, 0.9}, {0.2, 5, 0.5}}) {
        SamplerSettings settings;
        settings.temperature = temperature;
        settings.topK = topK;
        settings.topP = topP;
        const CandidateArray c = SamplerChain::narrowing(settings).apply(logits.data(), logits.size());
        const double definition = entropyBits(probabilitiesOf(c));
        QVERIFY2(std::abs(c.entropyBits() - definition) < 1e-3,
                 qPrintable(QStringLiteral("T=%1: %2 vs %3").arg(temperature).arg(c.entropyBits()).arg(definition)));
    }
    QCOMPARE(entropyBits({0.25f, 0.25f, 0.25f, 0.25f}), 2.0);
}

// Steps that take the largest logit away (padding holds it; the penalty lowers the most probable word): the
// softmax and the entropy's shortcut must use the largest that is left, not the one found before the step.
void TestSampler::theLargestLogitFollowsStepsThatRemoveIt()
{
    SplitMix64 random(3);
    Floats peaked(500);
    for (float& x : peaked)
        x = static_cast<float>(random.uniform() * 8.0 - 4.0);
    peaked[0] = 9.0f;
    peaked[7] = 8.0f;
    SamplerSettings settings;
    settings.temperature = 0.5;
    settings.repetitionPenalty = 4.0;
    settings.repetitionWindow = 4;
    settings.order = *parseChainOrder("temperature > repetition-penalty"); // the penalty after the maximum is known
    const CandidateArray penalised = SamplerChain::narrowing(settings, {7}).apply(peaked.data(), peaked.size());
    QVERIFY(std::abs(penalised.entropyBits() - entropyBits(probabilitiesOf(penalised))) < 1e-3);
    CandidateArray suppressed = CandidateArray::fromLogits(peaked.data(), peaked.size());
    QCOMPARE(suppressed.maxLogit(), 9.0f);
    suppressed.keepFromId(2);
    suppressed.ensureProbabilities();
    QCOMPARE(suppressed.maxLogit(), 8.0f);
    QVERIFY(std::abs(suppressed.entropyBits() - entropyBits(probabilitiesOf(suppressed))) < 1e-3);
}

// The same draws, candidates and probabilities as fresh arrays, with a cut (top-k) and a pick in the chain, and
// rows that shrink: nothing of one call (its order, its pick, a longer tail) may reach the next.
void TestSampler::applyInPlaceEqualsAFreshArrayCallAfterCall()
{
    SplitMix64 random(11);
    SamplerSettings settings;
    settings.temperature = 0.7;
    settings.topK = 40;
    settings.seed = 5;
    SamplerChain inPlace = SamplerChain::sampling(settings);
    SamplerChain fresh = SamplerChain::sampling(settings); // the same stream of uniform numbers
    for (int call = 0; call < 4; ++call) {
        Floats logits(call == 3 ? 30 : 300 - static_cast<std::size_t>(call) * 100); // the last one below k
        for (float& x : logits)
            x = static_cast<float>(random.uniform() * 10.0 - 5.0);
        const CandidateArray expected = fresh.apply(logits.data(), logits.size());
        const CandidateArray& reused = inPlace.applyInPlace(logits.data(), logits.size());
        QCOMPARE(reused.selected(), expected.selected());
        QVERIFY(reused.order() == expected.order());
        QCOMPARE(reused.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(reused.id(i), expected.id(i));
            QCOMPARE(reused.probability(i), expected.probability(i));
        }
        QCOMPARE(reused.entropyBits(), expected.entropyBits());
    }
}

// A fresh array does not write its ids (they are its positions) until a cut: every way of narrowing it must
// still name the right tokens, and find them again.
void TestSampler::idsAndPositionsFollowEveryKindOfCut()
{
    const Floats logits{0.5f, 3.0f, 1.0f, 1.0f, -2.0f, 0.0f, 2.0f, 1.0f, -1.0f, 0.25f};
    CandidateArray run = CandidateArray::fromLogits(logits.data(), logits.size());
    QCOMPARE(run.id(9), 9);
    QCOMPARE(run.positionOf(7), std::optional<std::size_t>(7));
    QCOMPARE(run.positionOf(10), std::optional<std::size_t>());
    QCOMPARE(run.positionOf(-1), std::optional<std::size_t>());
    run.keepFromId(2);
    QCOMPARE(run.size(), std::size_t{8});
    QCOMPARE(run.id(0), 2);
    QCOMPARE(run.logit(0), 1.0f);
    QCOMPARE(run.positionOf(1), std::optional<std::size_t>());
    QCOMPARE(run.positionOf(9), std::optional<std::size_t>(7));
    run.keepFromId(1); // below the first id: nothing to drop
    QCOMPARE(run.size(), std::size_t{8});
    // Ties by id: 2, 3 and 7 share logit 1 behind 6's 2.
    QCOMPARE(run.mostProbable(4), (std::vector<std::size_t>{4, 0, 1, 5}));

    CandidateArray marked = run;
    std::vector<char> even(marked.size());
    for (std::size_t i = 0; i < marked.size(); ++i)
        even[i] = marked.id(i) % 2 == 0;
    marked.keepMarked(even);
    QCOMPARE(marked.size(), std::size_t{4});
    for (std::size_t i = 0; i < marked.size(); ++i)
        QCOMPARE(marked.id(i), static_cast<std::int32_t>(2 + 2 * i));
    QCOMPARE(marked.positionOf(6), std::optional<std::size_t>(2));
    QCOMPARE(marked.positionOf(5), std::optional<std::size_t>());

    CandidateArray gathered = run;
    gathered.keepPositions({4, 0}, CandidateArray::Order::Probability);
    QCOMPARE(gathered.id(0), 6);
    QCOMPARE(gathered.id(1), 2);
    QCOMPARE(gathered.logit(0), 2.0f);
    QCOMPARE(gathered.positionOf(2), std::optional<std::size_t>(1));
    gathered.sortById();
    QCOMPARE(gathered.id(0), 2);
    QCOMPARE(gathered.id(1), 6);
    gathered.keepFromId(3);
    QCOMPARE(gathered.size(), std::size_t{1});
    QCOMPARE(gathered.id(0), 6);
}

void TestSampler::drawsFollowSoftmaxOfLogitsOverTemperature_data()
{
    QTest::addColumn<double>("temperature");
    QTest::newRow("T=0.5") << 0.5;
    QTest::newRow("T=1") << 1.0;
    QTest::newRow("T=2") << 2.0;
}

void TestSampler::drawsFollowSoftmaxOfLogitsOverTemperature()
{
    QFETCH(double, temperature);
    const Floats logits{0.0f, 0.0f, 1.0f, 0.5f, -0.5f, 2.0f, 1.5f, -1.0f}; // ids 0 and 1 are suppressed
    SamplerSettings settings;
    settings.temperature = temperature;
    settings.seed = 2024;
    SamplerChain chain = SamplerChain::sampling(settings);
    constexpr int kDraws = 100000;
    std::vector<int> counts(logits.size(), 0);
    for (int i = 0; i < kDraws; ++i)
        ++counts[static_cast<std::size_t>(chain.apply(logits.data(), logits.size()).selected())];
    QCOMPARE(counts[0] + counts[1], 0);
    // Expected from softmax(logits / T) over the six real tokens, computed here independently.
    double total = 0;
    for (std::size_t i = 2; i < logits.size(); ++i)
        total += std::exp(logits[i] / temperature);
    double chiSquare = 0;
    for (std::size_t i = 2; i < logits.size(); ++i) {
        const double expected = kDraws * std::exp(logits[i] / temperature) / total;
        chiSquare += (counts[i] - expected) * (counts[i] - expected) / expected;
    }
    // 5 degrees of freedom: 20.5 is the 0.999 quantile.
    QVERIFY2(chiSquare < 20.5, qPrintable(QStringLiteral("chi-square %1").arg(chiSquare)));
}

void TestSampler::entropyRisesWithTemperature()
{
    const Floats logits{0.0f, 0.0f, 3.0f, 1.0f, 0.5f, 2.0f, -1.0f};
    double previous = -1.0;
    for (double temperature : {0.0, 0.1, 0.2, 0.5, 0.7, 1.0, 1.5, 2.0, 5.0}) {
        SamplerSettings settings;
        settings.temperature = temperature;
        const double entropy = SamplerChain::narrowing(settings).apply(logits.data(), logits.size()).entropyBits();
        QVERIFY2(entropy > previous,
                 qPrintable(QStringLiteral("T=%1: %2 <= %3").arg(temperature).arg(entropy).arg(previous)));
        previous = entropy;
    }
    QVERIFY(previous < std::log2(5.0) + 1e-9); // five real tokens: at most log2(5) bits
}

void TestSampler::topIdsAreOrderedByValueThenId()
{
    QCOMPARE(topIds({0.1f, 0.4f, 0.2f, 0.4f, 0.3f}, 3), (Ids{1, 3, 4}));
    QCOMPARE(topIds({0.5f, 0.5f}, 5), (Ids{0, 1}));
    QCOMPARE(topIds({}, 3), Ids{});
}

void TestSampler::largestEqualAFullSortAtEverySize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("levels"); // distinct values: few levels, many ties
    // Around the 256-value groups the search reads as 16 columns of 16, a tail, more wanted than blocks.
    QTest::addColumn<int>("nans"); // NaNs spread over the values: they rank after every number
    for (const int size : {1, 15, 255, 256, 257, 600, 15001})
        for (const int n : {0, 1, 20, 300})
            for (const int levels : {3, 1000000}) {
                const QByteArray name = QByteArray::number(size) + " values, top " + QByteArray::number(n) + ", "
                    + QByteArray::number(levels) + " levels";
                QTest::newRow(name.constData()) << size << n << levels << 0;
            }
    QTest::newRow("15001 values, top 20, 40 NaNs") << 15001 << 20 << 1000000 << 40;
    QTest::newRow("257 values, top 20, NaNs in the tail") << 257 << 20 << 3 << 1;
    QTest::newRow("30 values, top 20, 15 NaNs") << 30 << 20 << 1000000 << 15;
}

// topIds (positions are ids) and mostProbable (an array in shuffled order, its own ids) against std::sort.
void TestSampler::largestEqualAFullSortAtEverySize()
{
    QFETCH(int, size);
    QFETCH(int, n);
    QFETCH(int, levels);
    QFETCH(int, nans);
    SplitMix64 random(static_cast<std::uint64_t>(size * 7 + n + levels + nans));
    Floats values(static_cast<std::size_t>(size));
    for (float& v : values)
        v = static_cast<float>(random.below(static_cast<std::uint64_t>(levels))) - 1.0f;
    values[static_cast<std::size_t>(size) / 2] = -std::numeric_limits<float>::infinity();
    for (int k = 0; k < nans; ++k) // the last one always, in the tail past the 256-value groups
        values[k == 0 ? values.size() - 1 : random.below(values.size())] = std::numeric_limits<float>::quiet_NaN();

    const auto expected = [&](const Ids& ids) {
        std::vector<std::size_t> order(values.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const bool aIsNaN = std::isnan(values[a]), bIsNaN = std::isnan(values[b]);
            if (aIsNaN != bIsNaN)
                return bIsNaN;
            if (!aIsNaN && values[a] != values[b])
                return values[a] > values[b];
            return ids[a] < ids[b];
        });
        order.resize(std::min(order.size(), static_cast<std::size_t>(n)));
        return order;
    };
    Ids positionIds(values.size());
    std::iota(positionIds.begin(), positionIds.end(), 0);
    const std::vector<std::size_t> byPosition = expected(positionIds);
    QCOMPARE(topIds(values, static_cast<std::size_t>(n)), Ids(byPosition.begin(), byPosition.end()));

    // The same values under ids that are not their positions: ties go to the lower id.
    std::vector<std::size_t> shuffle(values.size());
    std::iota(shuffle.begin(), shuffle.end(), std::size_t{0});
    for (std::size_t i = shuffle.size(); i > 1; --i)
        std::swap(shuffle[i - 1], shuffle[random.below(i)]);
    CandidateArray candidates = CandidateArray::fromLogits(values.data(), values.size());
    candidates.keepPositions(shuffle, CandidateArray::Order::Probability);
    Floats shuffled;
    Ids ids;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        shuffled.push_back(candidates.logit(i));
        ids.push_back(candidates.id(i));
    }
    values = shuffled;
    QCOMPARE(candidates.mostProbable(static_cast<std::size_t>(n)), expected(ids));
}

void TestSampler::applyChainOverTheChaptersVocabulary_data()
{
    QTest::addColumn<double>("temperature");
    QTest::addColumn<int>("topK");
    QTest::addColumn<double>("topP");
    QTest::newRow("T 0.7") << 0.7 << 0 << 1.0;
    QTest::newRow("T 1") << 1.0 << 0 << 1.0;
    QTest::newRow("T 0.7, top-k 40") << 0.7 << 40 << 1.0;
    QTest::newRow("T 0.7, top-p 0.9") << 0.7 << 0 << 0.9;
}

// A benchmark, not a test: one column's step of the sampler, pick included, over 15,000 logits (a decode step
// runs five). The logits are flat, the worst case for top-p: it keeps most of the vocabulary.
void TestSampler::applyChainOverTheChaptersVocabulary()
{
    QFETCH(double, temperature);
    QFETCH(int, topK);
    QFETCH(double, topP);
    SplitMix64 random(5);
    Floats logits(15000);
    for (float& logit : logits)
        logit = static_cast<float>(4.0 * random.uniform() - 2.0);
    SamplerSettings settings;
    settings.temperature = temperature;
    settings.topK = topK;
    settings.topP = topP;
    SamplerChain chain = SamplerChain::sampling(settings);
    double entropy = 0.0;
    QBENCHMARK
    {
        entropy += chain.apply(logits.data(), logits.size()).entropyBits();
    }
    QVERIFY(entropy > 0.0);
}

QTEST_GUILESS_MAIN(TestSampler)
#include "tst_sampler.moc"
