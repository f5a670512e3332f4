// The decode step's linear layer: the packed kernel (each of its compiled paths the CPU can run) equals a
// double-precision reference on every edge of its blocking (1 to 8 rows, widths around 256, outputs around a block of
// 64, the chapter's vocabulary plus one), follows weights changed in place, and lets go of the copies of weights that
// are gone. Asked for them, it summarises every block of 64 logits for sampling as it writes them.
#include <QTest>

#include <cmath>

#include "few_rows_linear.h"
#include "logit_summary.h"

using namespace textgen;

class TestFewRowsLinear : public QObject {
    Q_OBJECT

private slots:
    void equalsTheReferenceOnOddSizes_data();
    void equalsTheReferenceOnOddSizes();
    void weightsChangedInPlaceAreUsedAsTheyAreNow();
    void theCopyOfAWeightThatIsGoneIsDropped();
    void summariesOfEveryBlockAreWrittenWithTheLogits_data();
    void summariesOfEveryBlockAreWrittenWithTheLogits();
};

namespace {

// Every compiled path this CPU can run, not only the one cpuid picks (canRun says which).
const std::pair<FewRowsPath, const char*> kPaths[] = {{FewRowsPath::Best, "best"},
                                                      {FewRowsPath::Avx512, "AVX-512"},
                                                      {FewRowsPath::Avx2, "AVX2"},
                                                      {FewRowsPath::Baseline, "baseline"}};

// x W^T + b in double precision: what the float kernel approximates.
torch::Tensor reference(const torch::Tensor& x, const torch::Tensor& w, const torch::Tensor& b)
{
    torch::Tensor out = x.to(torch::kDouble).matmul(w.to(torch::kDouble).t());
    return b.defined() ? out + b.to(torch::kDouble) : out;
}

} // namespace

void TestFewRowsLinear::equalsTheReferenceOnOddSizes_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("inputs");
    QTest::addColumn<int>("outputs");
    QTest::addColumn<bool>("bias");
    for (const int rows : {1, 3, 4, 5, 6, 7, 8})
        for (const int inputs : {255, 256, 257})
            QTest::addRow("%d rows, %d wide, 15001 out", rows, inputs) << rows << inputs << 15001 << true;
    for (const int outputs : {1, 63, 64, 65, 129})
        QTest::addRow("5 rows, 256 wide, %d out", outputs) << 5 << 256 << outputs << true;
    QTest::newRow("no bias") << 5 << 256 << 1000 << false;
    QTest::newRow("one input") << 3 << 1 << 70 << true;
}

void TestFewRowsLinear::equalsTheReferenceOnOddSizes()
{
    QFETCH(int, rows);
    QFETCH(int, inputs);
    QFETCH(int, outputs);
    QFETCH(bool, bias);
    torch::manual_seed(static_cast<std::uint64_t>(rows * 100000 + inputs * 100 + outputs));
    const torch::Tensor x = torch::randn({rows, inputs});
    const torch::Tensor w = torch::randn({outputs, inputs}) / std::sqrt(static_cast<double>(inputs));
    const torch::Tensor b = bias ? torch::randn({outputs}) : torch::Tensor();
    const torch::Tensor expected = reference(x, w, b);
    for (const auto& [path, name] : kPaths) {
        if (!canRun(path))
            continue;
        const torch::Tensor out = fewRowsLinear(x, w, b, path);
        QCOMPARE(out.sizes().vec(), (std::vector<std::int64_t>{rows, outputs}));
        const double worst = (out.to(torch::kDouble) - expected).abs().max().item<double>();
        QVERIFY2(worst < 1e-4,
                 qPrintable(QStringLiteral("%1: largest difference %2").arg(QLatin1String(name)).arg(worst)));
    }
}

void TestFewRowsLinear::weightsChangedInPlaceAreUsedAsTheyAreNow()
{
    torch::manual_seed(7);
    const torch::Tensor x = torch::randn({5, 256});
    torch::Tensor w = torch::randn({300, 256});
    const torch::Tensor b = torch::randn({300});
    const torch::Tensor before = fewRowsLinear(x, w, b);
    {
        torch::NoGradGuard noGrad; // as an optimizer step or a loaded checkpoint changes them
        w.mul_(-2.0);
    }
    const torch::Tensor after = fewRowsLinear(x, w, b);
    QVERIFY((after.to(torch::kDouble) - reference(x, w, b)).abs().max().item<double>() < 1e-4);
    QVERIFY((after - before).abs().max().item<double>() > 1.0);
}

void TestFewRowsLinear::theCopyOfAWeightThatIsGoneIsDropped()
{
    const std::size_t kept = packedWeightCount();
    {
        const torch::Tensor w = torch::randn({130, 64});
        fewRowsLinear(torch::randn({2, 64}), w, torch::Tensor());
        QCOMPARE(packedWeightCount(), kept + 1);
        fewRowsLinear(torch::randn({3, 64}), w, torch::Tensor()); // the same weight: the same copy
        QCOMPARE(packedWeightCount(), kept + 1);
    }
    QCOMPARE(packedWeightCount(), kept);
}

void TestFewRowsLinear::summariesOfEveryBlockAreWrittenWithTheLogits_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("outputs");
    for (const int rows : {1, 3, 5})
        for (const int outputs : {255, 256, 257, 15001})
            QTest::addRow("%d rows, %d out", rows, outputs) << rows << outputs;
}

void TestFewRowsLinear::summariesOfEveryBlockAreWrittenWithTheLogits()
{
    QFETCH(int, rows);
    QFETCH(int, outputs);
    torch::manual_seed(static_cast<std::uint64_t>(rows * 100000 + outputs));
    const torch::Tensor x = torch::randn({rows, 256});
    const torch::Tensor w = torch::randn({outputs, 256}) / 4.0; // logits a few units apart, as a model's
    const torch::Tensor b = torch::randn({outputs});
    const std::vector<float> temperatures{0.2f, 0.7f, 1.0f, 1.5f, 0.5f};
    for (const auto& [path, name] : kPaths) {
        if (!canRun(path))
            continue;
        LogitSummaries summaries;
        summaries.topCandidates = 20;
        for (int r = 0; r < rows; ++r) {
            // The middle row is left out; the others drop the two specials, or not.
            summaries.inverseTemperatures.push_back(rows > 1 && r == rows / 2 ? 0.0f : 1.0f / temperatures[r]);
            summaries.firstIds.push_back(r % 2 == 0 ? 2 : 0);
        }
        torch::Tensor out = torch::empty({rows, outputs});
        fewRowsLinear(x.data_ptr<float>(), rows, w, b, out.data_ptr<float>(), &summaries, path);
        QVERIFY(summaries.filled);
        QCOMPARE(summaries.blocksPerRow, std::int64_t((outputs + 63) / 64));
        const torch::Tensor logits = out.to(torch::kDouble);
        QVERIFY((logits - reference(x, w, b)).abs().max().item<double>() < 1e-4); // the logits as before
        for (int r = 0; r < rows; ++r) {
            const double tau = summaries.inverseTemperatures[static_cast<std::size_t>(r)];
            if (tau == 0.0)
                continue;
            for (std::int64_t block = 0; block < summaries.blocksPerRow; ++block) {
                // Every id of the block from the row's first, in double precision.
                const std::int64_t first = std::max<std::int64_t>(block * 64, summaries.firstIds[r]);
                const torch::Tensor l = logits[r].slice(0, first, std::min<std::int64_t>((block + 1) * 64, outputs));
                const double largest = l.max().item<double>();
                const torch::Tensor d = l * tau - largest * tau;
                const double sum = d.exp().sum().item<double>();
                const double weighted = (d.exp() * d).sum().item<double>();
                const double atOne = (l - largest).exp().sum().item<double>();
                const std::int64_t i = summaries.at(r, block);
                const QString where = QStringLiteral("%1, row %2, block %3").arg(QLatin1String(name)).arg(r).arg(block);
                QVERIFY2(summaries.largest[i] == static_cast<float>(largest), qPrintable(where));
                QVERIFY2(std::abs(summaries.sum[i] - sum) < 1e-5 * sum, qPrintable(where));
                QVERIFY2(std::abs(summaries.weighted[i] - weighted) < 1e-4 * (1.0 + std::abs(weighted)),
                         qPrintable(where));
                QVERIFY2(std::abs(summaries.sumAtOne[i] - atOne) < 1e-5 * atOne, qPrintable(where));
            }
            // The shares the threads added up cover the row once; together they are its softmax's sum, and
            // their largest logits merged are the row's.
            const std::int64_t first = summaries.firstIds[r];
            const torch::Tensor kept = logits[r].slice(0, first);
            const double shift = kept.max().item<double>() * tau;
            double sum = 0.0;
            std::vector<std::pair<float, std::int32_t>> merged;
            std::int64_t covered = 0;
            QVERIFY(summaries.shareCount >= 1);
            for (std::int64_t k = 0; k < summaries.shareCount; ++k) {
                const LogitSummaries::Share& share = summaries.shares[summaries.shareAt(r, k)];
                QCOMPARE(share.firstBlock, covered);
                covered = share.lastBlock;
                if (share.lastBlock > share.firstBlock)
                    sum += std::exp(share.scaledLargest - shift) * share.sum;
                const auto* top = summaries.shareTop.data() + summaries.shareAt(r, k) * summaries.topCandidates;
                merged.insert(merged.end(), top, top + summaries.shareTopCount[summaries.shareAt(r, k)]);
            }
            QCOMPARE(covered, summaries.blocksPerRow);
            const double expected = (kept.to(torch::kFloat) * static_cast<float>(tau) - shift)
                                        .to(torch::kDouble)
                                        .exp()
                                        .sum()
                                        .item<double>();
            QVERIFY2(std::abs(sum - expected) < 1e-5 * expected,
                     qPrintable(QStringLiteral("%1, row %2: %3 against %4")
                                    .arg(QLatin1String(name))
                                    .arg(r)
                                    .arg(sum)
                                    .arg(expected)));
            std::sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) {
                return a.first > b.first || (a.first == b.first && a.second < b.second);
            });
            const torch::Tensor order = std::get<1>(kept.sort(/*stable=*/true, 0, /*descending=*/true));
            for (std::size_t j = 0; j < std::min<std::size_t>(20, merged.size()); ++j)
                QCOMPARE(merged[j].second,
                         static_cast<std::int32_t>(order[static_cast<std::int64_t>(j)].item<std::int64_t>() + first));
            QCOMPARE(merged.size() >= 20, kept.size(0) >= 20);
        }
    }
}

QTEST_GUILESS_MAIN(TestFewRowsLinear)
#include "tst_few_rows_linear.moc"
