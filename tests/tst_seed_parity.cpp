// The seed preset against its PyTorch port (tests/bench/seed_pytorch.py), as llm.c's test_gpt2.c checks its
// model: the logits, the loss and one step's gradients at fixed weights, compared with reference values the
// port computed, printing the first differences. The fixture (tests/parity/seed.fixture) is made by
// `make parity-fixture`: this binary exports its weights and batch (`tst_seed_parity --export DIR`), and
// tests/parity/make_seed_fixture.py runs the port on them. The test itself needs no Python.
#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>
#include <cstring>
#include <map>

#include "language_model.h"
#include "split_mix64.h"

using namespace textgen;

namespace {

// The fixture's model: the seed architecture at sizes that keep the fixture small (about 40 KB).
ModelConfig parityConfig()
{
    ModelConfig config = presetConfig(Preset::Seed);
    config.vocabSize = 50;
    config.sequenceLength = 8;
    config.embed = 16;
    config.heads = 2;
    config.feedForward = 32;
    config.layers = 1;
    config.dropout = 0.0;
    return config;
}

// The batch: inputs seq[:-1], targets seq[1:]; the second row is padded, so both masks matter.
const std::vector<std::vector<std::int64_t>> kSequences{{2, 17, 33, 5, 48, 9, 21, 3}, {4, 40, 12, 7, 0, 0, 0, 0}};

// Weights from splitmix64, not from LibTorch's generator, so they are the same under every LibTorch version:
// uniform in +-0.3 for matrices and embeddings, +-0.1 for biases, 1 +- 0.1 for the layer norms' gains.
void setParityWeights(LanguageModel& model)
{
    torch::NoGradGuard noGrad;
    SplitMix64 stream(20241201);
    for (const auto& item : model.named_parameters()) {
        const std::string& name = item.key();
        torch::Tensor values = torch::empty(item.value().sizes(), torch::kFloat);
        const bool bias = name.size() >= 4 && name.compare(name.size() - 4, 4, "bias") == 0;
        const bool gain = name.find("layernorm") != std::string::npos && !bias;
        float* out = values.data_ptr<float>();
        for (std::int64_t i = 0; i < values.numel(); ++i) {
            const auto u = static_cast<float>(2.0 * stream.uniform() - 1.0);
            out[i] = gain ? 1.0f + 0.1f * u : (bias ? 0.1f : 0.3f) * u;
        }
        item.value().copy_(values);
    }
}

torch::Tensor idsOf(bool inputs)
{
    torch::Tensor ids = torch::empty({static_cast<std::int64_t>(kSequences.size()), 7}, torch::kLong);
    for (std::size_t b = 0; b < kSequences.size(); ++b)
        for (std::int64_t t = 0; t < 7; ++t)
            ids[static_cast<std::int64_t>(b)][t] = kSequences[b][static_cast<std::size_t>(t + (inputs ? 0 : 1))];
    return ids;
}

// What the C++ side computes: the logits (forward), the training loss (the fused blockwise loss the trainer
// runs) and its gradients, by parameter name.
struct Computed {
    torch::Tensor logits;
    double loss = 0.0;
    std::map<std::string, torch::Tensor> gradients;
};

Computed compute(LanguageModel& model)
{
    model.eval(); // no dropout (there is none at 0.0 either)
    Computed out;
    const torch::Tensor inputs = idsOf(true), targets = idsOf(false);
    {
        torch::NoGradGuard noGrad;
        out.logits = model.forward(inputs).contiguous();
    }
    model.zero_grad();
    const torch::Tensor loss = model.scoredLoss(inputs, targets);
    loss.backward();
    out.loss = loss.item<double>();
    for (const auto& item : model.named_parameters())
        out.gradients[item.key()] = item.value().grad().contiguous();
    return out;
}

// A fixture's named tensors: "tensor NAME d0 d1 ..." lines, then after "data" their float32 values
// (little-endian), in order. Also the loss, and the fingerprint of the weights it was made from.
struct Fixture {
    double loss = qQNaN();
    quint64 weightsFingerprint = 0;
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    QString error;
};

Fixture readFixture(const QString& path)
{
    Fixture fixture;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fixture.error
            = QStringLiteral("cannot open %1: %2 (make parity-fixture makes it)").arg(path, file.errorString());
        return fixture;
    }
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> shapes;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QList<QByteArray> words = line.split(' ');
        if (line == "data")
            break;
        if (words[0] == "loss")
            fixture.loss = words.value(1).toDouble();
        else if (words[0] == "weights")
            fixture.weightsFingerprint = words.value(1).toULongLong(nullptr, 16);
        else if (words[0] == "tensor") {
            std::vector<std::int64_t> shape;
            for (int i = 2; i < words.size(); ++i)
                shape.push_back(words[i].toLongLong());
            shapes.emplace_back(words.value(1).toStdString(), shape);
        }
    }
    for (const auto& [name, shape] : shapes) {
        torch::Tensor tensor = torch::empty(shape, torch::kFloat);
        const qint64 bytes = tensor.numel() * static_cast<qint64>(sizeof(float));
        if (file.read(static_cast<char*>(tensor.data_ptr()), bytes) != bytes) {
            fixture.error = QStringLiteral("%1 ends inside tensor %2").arg(path, QString::fromStdString(name));
            return fixture;
        }
        fixture.tensors.emplace_back(name, tensor);
    }
    return fixture;
}

// splitmix64-style mixing over the weights' bits: which weights a fixture was made from.
quint64 fingerprintOf(LanguageModel& model)
{
    quint64 hash = 0x9e3779b97f4a7c15ull;
    for (const auto& item : model.named_parameters()) {
        const torch::Tensor values = item.value().detach().contiguous();
        const float* data = values.data_ptr<float>();
        for (std::int64_t i = 0; i < values.numel(); ++i) {
            std::uint32_t bits;
            std::memcpy(&bits, data + i, sizeof bits);
            hash = SplitMix64(hash ^ bits).next();
        }
    }
    return hash;
}

// The first differing positions of `actual` against `expected`, at |a - e| > tolerance * max(|e|, 1): empty
// when they agree.
QStringList differences(const std::string& name, const torch::Tensor& actual, const torch::Tensor& expected,
                        double tolerance)
{
    QStringList found;
    if (actual.sizes() != expected.sizes())
        return {QStringLiteral("%1: shape differs").arg(QString::fromStdString(name))};
    const torch::Tensor a = actual.reshape({-1}), e = expected.reshape({-1});
    const float* av = a.data_ptr<float>();
    const float* ev = e.data_ptr<float>();
    const auto position = [&](std::int64_t flat) { // "2,5,17": the index in every dimension
        QStringList parts;
        for (std::int64_t d = expected.dim() - 1; d >= 0; --d) {
            parts.prepend(QString::number(flat % expected.size(d)));
            flat /= expected.size(d);
        }
        return parts.join(QLatin1Char(','));
    };
    int count = 0;
    for (std::int64_t i = 0; i < a.numel(); ++i) {
        const double limit = tolerance * std::max(1.0, std::abs(static_cast<double>(ev[i])));
        if (!(std::abs(static_cast<double>(av[i]) - ev[i]) <= limit)) {
            if (++count <= 5)
                found << QStringLiteral("%1[%2]: %3, PyTorch %4")
                             .arg(QString::fromStdString(name), position(i))
                             .arg(av[i], 0, 'g', 9)
                             .arg(ev[i], 0, 'g', 9);
        }
    }
    if (count > 5)
        found << QStringLiteral("%1: %2 positions differ in all").arg(QString::fromStdString(name)).arg(count);
    return found;
}

// Everything that differs between the model's numbers and the fixture's: logits at 1e-5, the loss at 1e-6
// (both relative), gradients at 1e-5.
QStringList compareWithFixture(const Computed& computed, const Fixture& fixture)
{
    QStringList found;
    if (!(std::abs(computed.loss - fixture.loss) <= 1e-6 * std::abs(fixture.loss)))
        found << QStringLiteral("loss: %1, PyTorch %2").arg(computed.loss, 0, 'g', 12).arg(fixture.loss, 0, 'g', 12);
    for (const auto& [name, expected] : fixture.tensors) {
        if (name == "logits") {
            found << differences(name, computed.logits, expected, 1e-5);
            continue;
        }
        const std::string parameter = name.substr(std::strlen("grad."));
        const auto gradient = computed.gradients.find(parameter);
        if (gradient == computed.gradients.end())
            found << QStringLiteral("%1: no such parameter").arg(QString::fromStdString(parameter));
        else
            found << differences(name, gradient->second, expected, 1e-5);
    }
    return found;
}

QString fixturePath()
{
    return QStringLiteral(TEXTGEN_SOURCE_DIR "/tests/parity/seed.fixture");
}

// `--export DIR`: the weights and the batch, for tests/parity/make_seed_fixture.py.
int exportForReference(const QString& folder)
{
    torch::manual_seed(0);
    const auto model = makeModel(parityConfig());
    setParityWeights(*model);
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QStringLiteral("seed-weights.txt")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    const ModelConfig c = parityConfig();
    file.write(QStringLiteral("config vocab %1 length %2 embed %3 heads %4 ff %5\n")
                   .arg(c.vocabSize)
                   .arg(c.sequenceLength)
                   .arg(c.embed)
                   .arg(c.heads)
                   .arg(c.feedForward)
                   .toUtf8());
    file.write(QStringLiteral("weights %1\n").arg(fingerprintOf(*model), 16, 16, QLatin1Char('0')).toUtf8());
    for (const auto& sequence : kSequences) {
        QByteArray line = "sequence";
        for (const std::int64_t id : sequence)
            line += ' ' + QByteArray::number(static_cast<qlonglong>(id));
        file.write(line + '\n');
    }
    for (const auto& item : model->named_parameters()) {
        QByteArray line = "parameter " + QByteArray::fromStdString(item.key());
        for (const std::int64_t size : item.value().sizes())
            line += ' ' + QByteArray::number(static_cast<qlonglong>(size));
        file.write(line + '\n');
        const torch::Tensor values = item.value().detach().contiguous().reshape({-1});
        QByteArray numbers;
        for (std::int64_t i = 0; i < values.numel(); ++i)
            numbers += QByteArray::number(values[i].item<float>(), 'g', 9) + ' ';
        file.write(numbers.trimmed() + '\n');
    }
    file.close();
    return file.error() == QFile::NoError ? 0 : 1;
}

// In the anonymous namespace with the Fixture it holds: outside it, GCC warns that a class with linkage has a
// member of a type without (-Wsubobject-linkage).
class TestSeedParity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void logitsLossAndGradientsMatchPyTorch();
    void aWeightPerturbedBy1e3IsCaught_data();
    void aWeightPerturbedBy1e3IsCaught();

private:
    Fixture fixture_;
};

} // namespace

void TestSeedParity::initTestCase()
{
    fixture_ = readFixture(fixturePath());
    QVERIFY2(fixture_.error.isEmpty(), qPrintable(fixture_.error));
    QVERIFY(fixture_.tensors.size() > 1);
}

void TestSeedParity::logitsLossAndGradientsMatchPyTorch()
{
    torch::manual_seed(0);
    const auto model = makeModel(parityConfig());
    setParityWeights(*model);
    QVERIFY2(fingerprintOf(*model) == fixture_.weightsFingerprint,
             "the weights differ from those the fixture was made from: run make parity-fixture");
    const QStringList found = compareWithFixture(compute(*model), fixture_);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // Every parameter's gradient is in the fixture: nothing of the model goes unchecked.
    QCOMPARE(fixture_.tensors.size(), model->named_parameters().size() + 1);
}

void TestSeedParity::aWeightPerturbedBy1e3IsCaught_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<int>("index");
    QTest::newRow("output layer") << "lm_head.weight" << 17;
    QTest::newRow("first attention's query") << "decoders.0.attention_1.query.weight" << 40;
    QTest::newRow("position embedding") << "embedding.position_embeddings.weight" << 3;
    QTest::newRow("last layer norm's bias") << "decoders.0.layernorm_3.bias" << 5;
}

void TestSeedParity::aWeightPerturbedBy1e3IsCaught()
{
    QFETCH(QString, parameter);
    QFETCH(int, index);
    torch::manual_seed(0);
    const auto model = makeModel(parityConfig());
    setParityWeights(*model);
    torch::Tensor* weight = model->named_parameters().find(parameter.toStdString());
    QVERIFY(weight);
    {
        torch::NoGradGuard noGrad;
        weight->view({-1})[index] += 1e-3;
    }
    QVERIFY(!compareWithFixture(compute(*model), fixture_).isEmpty());
}

int main(int argc, char** argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--export") == 0)
        return exportForReference(QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    TestSeedParity test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_seed_parity.moc"
