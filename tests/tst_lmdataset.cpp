// The chapter's prepare_lm_dataset: x = seq[:-1], y = seq[1:], both cutting modes, a stable disjoint split,
// and seeded epoch orders whose batches visit every sequence once.
#include "lm_batch.h"

#include <QTest>

#include <numeric>
#include <set>

using namespace textgen;

Q_DECLARE_METATYPE(std::vector<std::size_t>)

class TestLmDataset : public QObject {
    Q_OBJECT

private slots:
    void targetsAreInputsShiftedByOne();
    void documentModeKeepsEachDocumentsFirstTokensPadded();
    void streamModeUsesEveryTokenAsATargetOnce();
    void validationSplitIsStableAndDisjoint();
    void validationFractionIsRoughlyRespected();
    void epochBatchesCoverEverySequenceOnce_data();
    void epochBatchesCoverEverySequenceOnce();
    void epochOrderDependsOnlyOnSeedAndEpoch();
    void tooShortSequenceLengthIsRefused();
    void theShapeFromTokenCountsIsWhatCuttingGives_data();
    void theShapeFromTokenCountsIsWhatCuttingGives();
};

namespace {

Vocabulary numbersVocabulary()
{
    std::vector<std::string> tokens{"", "[UNK]"};
    for (int i = 2; i < 100; ++i)
        tokens.push_back("w" + std::to_string(i)); // "w7" has id 7
    return Vocabulary::fromTokens(tokens, TokenizerKind::Word);
}

std::string words(int from, int to)
{
    std::string text;
    for (int i = from; i <= to; ++i)
        text += "w" + std::to_string(i) + " ";
    return text;
}

std::vector<std::int32_t> row(const torch::Tensor& tensor, std::int64_t r)
{
    const torch::Tensor values = tensor[r].contiguous();
    return std::vector<std::int32_t>(values.data_ptr<std::int64_t>(), values.data_ptr<std::int64_t>() + values.numel());
}

} // namespace

void TestLmDataset::targetsAreInputsShiftedByOne()
{
    const Vocabulary vocabulary = numbersVocabulary();
    const LmDataset dataset = buildLmDataset({words(2, 7)}, vocabulary, {6, CutMode::Document, 0.0});
    QCOMPARE(dataset.train.size(), std::size_t(1));
    const std::size_t index = 0;
    const Batch batch = makeBatch(dataset.train, &index, 1);
    QCOMPARE(batch.inputs.sizes(), (std::vector<std::int64_t>{1, 5}));
    QCOMPARE(row(batch.inputs, 0), (std::vector<std::int32_t>{2, 3, 4, 5, 6}));
    QCOMPARE(row(batch.targets, 0), (std::vector<std::int32_t>{3, 4, 5, 6, 7}));
    QCOMPARE(batch.inputs.dtype(), torch::kLong);
}

void TestLmDataset::documentModeKeepsEachDocumentsFirstTokensPadded()
{
    const Vocabulary vocabulary = numbersVocabulary();
    const LmDataset dataset = buildLmDataset({words(2, 20), words(30, 31)}, vocabulary, {5, CutMode::Document, 0.0});
    QCOMPARE(dataset.train.size(), std::size_t(2));
    const std::vector<std::int32_t> first(dataset.train.sequence(0), dataset.train.sequence(0) + 5);
    const std::vector<std::int32_t> second(dataset.train.sequence(1), dataset.train.sequence(1) + 5);
    QCOMPARE(first, (std::vector<std::int32_t>{2, 3, 4, 5, 6})); // truncated: the rest of the document is lost
    QCOMPARE(second, (std::vector<std::int32_t>{30, 31, 0, 0, 0}));
    QCOMPARE(dataset.tokens, std::uint64_t(19 + 2));
}

void TestLmDataset::streamModeUsesEveryTokenAsATargetOnce()
{
    const Vocabulary vocabulary = numbersVocabulary();
    // Two documents, 12 tokens in all: 2..11 then 40, 41.
    const LmDataset dataset = buildLmDataset({words(2, 11), words(40, 41)}, vocabulary, {5, CutMode::Stream, 0.0});
    std::vector<std::int32_t> targets;
    for (std::size_t i = 0; i < dataset.train.size(); ++i) {
        const std::int32_t* ids = dataset.train.sequence(i);
        for (int t = 1; t < 5; ++t)
            if (ids[t] != 0)
                targets.push_back(ids[t]);
    }
    std::vector<std::int32_t> expected{3, 4, 5, 6, 7, 8, 9, 10, 11, 40, 41};
    QCOMPARE(targets, expected);
    QCOMPARE(dataset.train.size(), std::size_t(3)); // ceil(11 targets / 4 per window)
    QCOMPARE(dataset.train.targetTokens(), std::uint64_t(11));
    QCOMPARE(dataset.train.sequence(1)[0], dataset.train.sequence(0)[4]); // windows share one token
}

void TestLmDataset::validationSplitIsStableAndDisjoint()
{
    const Vocabulary vocabulary = numbersVocabulary();
    std::vector<std::string> documents;
    for (int i = 0; i < 400; ++i)
        documents.push_back(words(2 + i % 50, 2 + i % 50 + 3) + "#" + std::to_string(i));
    std::set<std::string> validation;
    for (const std::string& document : documents)
        if (isValidationDocument(document, 0.1))
            validation.insert(document);
    // The same documents in another order, with others added, keep their side of the split.
    std::vector<std::string> shuffled(documents.rbegin(), documents.rend());
    shuffled.push_back("a new review");
    for (const std::string& document : shuffled)
        if (document != "a new review")
            QCOMPARE(isValidationDocument(document, 0.1), validation.count(document) == 1);
    const LmDataset dataset = buildLmDataset(documents, vocabulary, {6, CutMode::Document, 0.1});
    QCOMPARE(dataset.validationDocuments, validation.size());
    QCOMPARE(dataset.trainDocuments + dataset.validationDocuments, documents.size());
    QCOMPARE(dataset.validation.size(), validation.size());
}

void TestLmDataset::validationFractionIsRoughlyRespected()
{
    int validation = 0;
    for (int i = 0; i < 20000; ++i)
        validation += isValidationDocument("review number " + std::to_string(i), 0.1);
    QVERIFY2(validation > 1800 && validation < 2200, qPrintable(QString::number(validation)));
    QVERIFY(!isValidationDocument("anything", 0.0));
}

void TestLmDataset::epochBatchesCoverEverySequenceOnce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("batch");
    QTest::newRow("exact batches") << 64 << 16;
    QTest::newRow("last batch partial") << 70 << 32;
    QTest::newRow("batch larger than data") << 5 << 256;
    QTest::newRow("one sequence") << 1 << 4;
}

void TestLmDataset::epochBatchesCoverEverySequenceOnce()
{
    QFETCH(int, count);
    QFETCH(int, batch);
    const Vocabulary vocabulary = numbersVocabulary();
    std::vector<std::string> documents;
    for (int i = 0; i < count; ++i)
        documents.push_back(words(2 + i % 90, 2 + i % 90) + " w9 w9 w9");
    const LmDataset dataset = buildLmDataset(documents, vocabulary, {4, CutMode::Document, 0.0});
    QCOMPARE(dataset.train.size(), std::size_t(count));
    const std::vector<std::size_t> order = epochOrder(dataset.train.size(), 42, 3);
    std::multiset<std::int32_t> firstTokens;
    std::size_t rows = 0;
    const std::size_t batches = batchesPerEpoch(order.size(), static_cast<std::size_t>(batch));
    for (std::size_t b = 0; b < batches; ++b) {
        const std::size_t begin = b * static_cast<std::size_t>(batch);
        const std::size_t size = std::min(order.size() - begin, static_cast<std::size_t>(batch));
        const Batch tensors = makeBatch(dataset.train, order.data() + begin, size);
        rows += static_cast<std::size_t>(tensors.inputs.size(0));
        for (std::int64_t r = 0; r < tensors.inputs.size(0); ++r)
            firstTokens.insert(static_cast<std::int32_t>(tensors.inputs[r][0].item<std::int64_t>()));
    }
    QCOMPARE(rows, std::size_t(count));
    std::multiset<std::int32_t> expected;
    for (int i = 0; i < count; ++i)
        expected.insert(2 + i % 90);
    QCOMPARE(firstTokens, expected);
}

void TestLmDataset::epochOrderDependsOnlyOnSeedAndEpoch()
{
    const std::vector<std::size_t> a = epochOrder(1000, 7, 2);
    QCOMPARE(epochOrder(1000, 7, 2), a);
    QVERIFY(epochOrder(1000, 7, 3) != a);
    QVERIFY(epochOrder(1000, 8, 2) != a);
    std::vector<std::size_t> sorted = a;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::size_t> identity(1000);
    std::iota(identity.begin(), identity.end(), 0);
    QCOMPARE(sorted, identity);
    QVERIFY(a != identity);
}

void TestLmDataset::tooShortSequenceLengthIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             buildLmDataset({"w2 w3"}, numbersVocabulary(), {1, CutMode::Stream, 0.0}));
}

void TestLmDataset::theShapeFromTokenCountsIsWhatCuttingGives_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<std::vector<std::size_t>>("tokens");
    QTest::addColumn<std::size_t>("sequences");
    QTest::addColumn<quint64>("targets");
    // Document mode: one sequence per non-empty document, its first L tokens, all but the first a target.
    QTest::newRow("documents, short and long")
        << int(CutMode::Document) << qint64(6) << std::vector<std::size_t>{3, 10, 6} << std::size_t(3)
        << quint64(2 + 5 + 5);
    QTest::newRow("documents, one word each")
        << int(CutMode::Document) << qint64(6) << std::vector<std::size_t>{1, 1} << std::size_t(2) << quint64(0);
    // Stream mode: 19 tokens in windows of 6 overlapping by one: ceil(18 / 5) = 4 windows, 18 targets.
    QTest::newRow("stream") << int(CutMode::Stream) << qint64(6) << std::vector<std::size_t>{3, 10, 6} << std::size_t(4)
                            << quint64(18);
    QTest::newRow("stream, exact windows")
        << int(CutMode::Stream) << qint64(6) << std::vector<std::size_t>{11} << std::size_t(2) << quint64(10);
    QTest::newRow("stream, one token") << int(CutMode::Stream) << qint64(6) << std::vector<std::size_t>{1}
                                       << std::size_t(0) << quint64(0);
}

void TestLmDataset::theShapeFromTokenCountsIsWhatCuttingGives()
{
    QFETCH(int, cut);
    QFETCH(qint64, length);
    QFETCH(std::vector<std::size_t>, tokens);
    QFETCH(std::size_t, sequences);
    QFETCH(quint64, targets);
    const SplitShape shape = shapeOf(tokens, static_cast<CutMode>(cut), length);
    QCOMPARE(shape.sequences, sequences);
    QCOMPARE(shape.targetTokens, targets);
    // And the dataset builder, cutting real documents of those lengths, agrees.
    std::vector<std::string> documents;
    int next = 2;
    for (const std::size_t count : tokens) {
        documents.push_back(words(next, next + static_cast<int>(count) - 1));
        next += static_cast<int>(count);
    }
    const LmDataset dataset = buildLmDataset(documents, numbersVocabulary(), {length, static_cast<CutMode>(cut), 0.0});
    QCOMPARE(dataset.train.size(), sequences);
    QCOMPARE(dataset.train.targetTokens(), static_cast<std::uint64_t>(targets));
}

QTEST_GUILESS_MAIN(TestLmDataset)
#include "tst_lmdataset.moc"
