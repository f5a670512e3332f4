// run.json <-> RunSettings, strictly: a missing field or a wrong type names itself.
#include "run_settings.h"

#include <QJsonArray>

#include <torch/version.h>

#include <cmath>

#include "hash.h"

namespace textgen {

namespace {

const char* const kStatusNames[] = {"created", "running", "stopped", "finished", "failed"};

// Reads typed fields from a JSON object and says which one is wrong.
class FieldReader {
public:
    FieldReader(const QJsonObject& object, QString path, QString origin) :
        object_(object), path_(std::move(path)), origin_(std::move(origin))
    { }

    FieldReader object(const char* key) const
    {
        return FieldReader(value(key, QJsonValue::Object, "an object").toObject(),
                           path_ + QLatin1String(key) + QLatin1Char('.'), origin_);
    }
    QString string(const char* key) const { return value(key, QJsonValue::String, "a string").toString(); }
    double number(const char* key) const { return value(key, QJsonValue::Double, "a number").toDouble(); }
    // A number that may be null (NaN is written as null).
    double numberOrNaN(const char* key) const
    {
        const QJsonValue v = object_.value(QLatin1String(key));
        return v.isNull() ? qQNaN() : number(key);
    }
    qint64 integer(const char* key) const
    {
        const double v = number(key);
        if (v != std::floor(v) || std::abs(v) > 9.0e15)
            fail(key, "a whole number");
        return static_cast<qint64>(v);
    }
    template <typename Enum, typename Parse> Enum choice(const char* key, Parse&& parse, const char* allowed) const
    {
        const auto parsed = parse(string(key).toStdString());
        if (!parsed)
            fail(key, allowed);
        return *parsed;
    }
    [[noreturn]] void fail(const char* key, const char* expected) const
    {
        throw RunError({Problem::Code::FieldInvalid, {origin_, path_ + QLatin1String(key), QLatin1String(expected)}});
    }

private:
    QJsonValue value(const char* key, QJsonValue::Type type, const char* expected) const
    {
        const QJsonValue v = object_.value(QLatin1String(key));
        if (v.type() != type)
            fail(key, expected);
        return v;
    }

    QJsonObject object_;
    QString path_;
    QString origin_;
};

QJsonValue numberOrNull(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString runStatusName(RunStatus status)
{
    return QLatin1String(kStatusNames[static_cast<int>(status)]);
}

std::optional<RunStatus> runStatusFromName(const QString& name)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(kStatusNames[i]))
            return static_cast<RunStatus>(i);
    if (name == QLatin1String("paused"))
        return RunStatus::Stopped; // runs written before "stopped" had its own word
    return std::nullopt;
}

CorpusFingerprint fingerprintOf(const Corpus& corpus)
{
    // Chain the per-document hashes: one pass, no copy of the corpus.
    std::uint64_t hash = 0x9e3779b97f4a7c15ull;
    for (const std::string& document : corpus.documents)
        hash = (hash ^ hashBytes(document)) * 0x100000001b3ull;
    CorpusFingerprint fingerprint;
    fingerprint.bytes = static_cast<qint64>(corpus.report.bytes);
    fingerprint.documents = static_cast<qint64>(corpus.documents.size());
    fingerprint.hash = QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
    return fingerprint;
}

QString libtorchVersion()
{
    return QStringLiteral(TORCH_VERSION);
}

QJsonObject RunSettings::toJson() const
{
    const auto text
        = [](std::string_view view) { return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size())); };
    return QJsonObject{
        {QStringLiteral("format"), kFormatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("status"), runStatusName(status)},
        {QStringLiteral("status_reason"), statusReason.english()},
        {QStringLiteral("status_problem"), statusReason.toJson()},
        {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated"), updated.toString(Qt::ISODateWithMs)},
        {QStringLiteral("corpus"),
         QJsonObject{{QStringLiteral("path"), corpusPath},
                     {QStringLiteral("format"), text(corpusFormatName(corpusFormat))},
                     {QStringLiteral("bytes"), corpus.bytes},
                     {QStringLiteral("documents"), corpus.documents},
                     {QStringLiteral("hash"), corpus.hash}}},
        {QStringLiteral("tokenizer"),
         QJsonObject{{QStringLiteral("kind"), text(tokenizerName(tokenizer))},
                     {QStringLiteral("max_tokens"), maxTokens}}},
        {QStringLiteral("dataset"),
         QJsonObject{{QStringLiteral("cut"), text(cutModeName(dataset.cut))},
                     {QStringLiteral("sequence_length"), qint64(dataset.sequenceLength)},
                     {QStringLiteral("validation_fraction"), dataset.validationFraction}}},
        {QStringLiteral("model"),
         QJsonObject{{QStringLiteral("preset"), text(presetName(model.preset))},
                     {QStringLiteral("vocab_size"), qint64(model.vocabSize)},
                     {QStringLiteral("sequence_length"), qint64(model.sequenceLength)},
                     {QStringLiteral("embed"), qint64(model.embed)},
                     {QStringLiteral("heads"), qint64(model.heads)},
                     {QStringLiteral("feed_forward"), qint64(model.feedForward)},
                     {QStringLiteral("layers"), qint64(model.layers)},
                     {QStringLiteral("dropout"), model.dropout},
                     {QStringLiteral("parameters"), parameters}}},
        {QStringLiteral("training"),
         QJsonObject{{QStringLiteral("optimizer"), QString::fromLatin1(presetTraits(model.preset).optimizerName)},
                     {QStringLiteral("batch_size"), qint64(training.batchSize)},
                     {QStringLiteral("learning_rate"), training.learningRate},
                     {QStringLiteral("epochs"), qint64(training.epochs)},
                     {QStringLiteral("max_steps"), qint64(training.maxSteps)},
                     {QStringLiteral("seed"), QString::number(training.seed)},
                     {QStringLiteral("warmup_steps"), qint64(training.warmupSteps)},
                     {QStringLiteral("min_lr_ratio"), training.minLearningRateRatio},
                     {QStringLiteral("weight_decay"), training.weightDecay},
                     {QStringLiteral("gradient_clip"), training.gradientClip},
                     {QStringLiteral("threads"), training.threads},
                     {QStringLiteral("precision"), QString::fromLatin1(precisionName(training.precision))}}},
        {QStringLiteral("epoch_samples"),
         [&] {
             QJsonArray temperatures;
             for (const double t : epochSamples.temperatures)
                 temperatures.append(t);
             return QJsonObject{{QStringLiteral("enabled"), epochSamples.enabled},
                                {QStringLiteral("every_epochs"), epochSamples.everyEpochs},
                                {QStringLiteral("prompt"), epochSamples.prompt},
                                {QStringLiteral("temperatures"), temperatures},
                                {QStringLiteral("length"), epochSamples.length},
                                {QStringLiteral("seed"), QString::number(epochSamples.seed)}};
         }()},
        {QStringLiteral("device"), device},
        {QStringLiteral("world"),
         QJsonObject{{QStringLiteral("size"), worldSize}, {QStringLiteral("backend"), backend}}},
        {QStringLiteral("libtorch"), libtorchVersion},
        {QStringLiteral("progress"),
         QJsonObject{{QStringLiteral("step"), step},
                     {QStringLiteral("epoch"), epoch},
                     {QStringLiteral("best_val_loss"), numberOrNull(bestValidationLoss)}}},
    };
}

RunSettings RunSettings::fromJson(const QJsonObject& json, const QString& origin)
{
    const FieldReader root(json, {}, origin);
    if (root.integer("format") != kFormatVersion)
        throw RunError({Problem::Code::FormatUnsupported,
                        {origin, QString::number(root.integer("format")), QString::number(kFormatVersion)}});
    RunSettings s;
    s.name = root.string("name");
    s.status = root.choice<RunStatus>(
        "status", [](const std::string& n) { return runStatusFromName(QString::fromStdString(n)); },
        "created, running, paused, finished or failed");
    // Written before problems were kept as codes: the English sentence alone.
    const QString reason = root.string("status_reason");
    s.statusReason = Problem::fromJson(json.value(QStringLiteral("status_problem")).toObject());
    if (s.statusReason.isNone() && !reason.isEmpty())
        s.statusReason = Problem(Problem::Code::Unexpected, {reason});
    s.created = QDateTime::fromString(root.string("created"), Qt::ISODateWithMs);
    s.updated = QDateTime::fromString(root.string("updated"), Qt::ISODateWithMs);

    const FieldReader corpus = root.object("corpus");
    s.corpusPath = corpus.string("path");
    s.corpusFormat = corpus.choice<CorpusFormat>("format", corpusFormatFromName, "auto, files, fortune or paragraphs");
    s.corpus.bytes = corpus.integer("bytes");
    s.corpus.documents = corpus.integer("documents");
    s.corpus.hash = corpus.string("hash");

    const FieldReader tokenizer = root.object("tokenizer");
    s.tokenizer = tokenizer.choice<TokenizerKind>("kind", tokenizerFromName, "word or char");
    s.maxTokens = tokenizer.integer("max_tokens");

    const FieldReader dataset = root.object("dataset");
    s.dataset.cut = dataset.choice<CutMode>("cut", cutModeFromName, "document or stream");
    s.dataset.sequenceLength = dataset.integer("sequence_length");
    s.dataset.validationFraction = dataset.number("validation_fraction");

    const FieldReader model = root.object("model");
    s.model.preset = model.choice<Preset>("preset", presetFromName, "seed, gpt or lstm");
    s.model.vocabSize = model.integer("vocab_size");
    s.model.sequenceLength = model.integer("sequence_length");
    s.model.embed = model.integer("embed");
    s.model.heads = model.integer("heads");
    s.model.feedForward = model.integer("feed_forward");
    s.model.layers = model.integer("layers");
    s.model.dropout = model.number("dropout");
    s.parameters = model.integer("parameters");
    if (checkConfig(s.model).code != ConfigProblem::Code::None)
        throw RunError(Problem::impossibleModel(origin, s.model));

    const FieldReader training = root.object("training");
    s.training.batchSize = training.integer("batch_size");
    s.training.learningRate = training.number("learning_rate");
    s.training.epochs = training.integer("epochs");
    s.training.maxSteps = training.integer("max_steps");
    bool seedOk = false;
    s.training.seed = training.string("seed").toULongLong(&seedOk);
    if (!seedOk)
        training.fail("seed", "a whole number in a string");
    s.training.warmupSteps = training.integer("warmup_steps");
    s.training.minLearningRateRatio = training.number("min_lr_ratio");
    s.training.weightDecay = training.number("weight_decay");
    s.training.gradientClip = training.number("gradient_clip");
    s.training.threads = static_cast<int>(training.integer("threads"));
    s.training.precision = json.value(QLatin1String("training")).toObject().contains(QLatin1String("precision"))
        ? training.choice<Precision>("precision", precisionFromName, "fp32, tf32 or bf16")
        : Precision::Fp32; // runs written before it existed

    if (json.contains(QLatin1String("epoch_samples"))) { // absent in runs written before it existed
        const FieldReader samples = root.object("epoch_samples");
        const QJsonValue enabled
            = json.value(QLatin1String("epoch_samples")).toObject().value(QLatin1String("enabled"));
        if (!enabled.isBool())
            samples.fail("enabled", "true or false");
        s.epochSamples.enabled = enabled.toBool();
        s.epochSamples.everyEpochs = static_cast<int>(samples.integer("every_epochs"));
        s.epochSamples.prompt = samples.string("prompt");
        s.epochSamples.length = static_cast<int>(samples.integer("length"));
        s.epochSamples.seed = samples.string("seed").toULongLong();
        s.epochSamples.temperatures.clear();
        for (const QJsonValue& t :
             json.value(QLatin1String("epoch_samples")).toObject().value(QLatin1String("temperatures")).toArray()) {
            if (!t.isDouble())
                samples.fail("temperatures", "a list of numbers");
            s.epochSamples.temperatures.push_back(t.toDouble());
        }
        if (s.epochSamples.everyEpochs < 1 || s.epochSamples.length < 1)
            samples.fail("every_epochs", "at least 1 (and length at least 1)");
    }
    s.device = root.string("device");
    s.training.device = s.device.toStdString();
    if (json.contains(QLatin1String("world"))) { // absent in runs written before data-parallel training
        const FieldReader world = root.object("world");
        s.worldSize = static_cast<int>(world.integer("size"));
        s.backend = world.string("backend");
        if (s.worldSize < 1)
            world.fail("size", "at least 1");
    }
    s.libtorchVersion = root.string("libtorch");
    const FieldReader progress = root.object("progress");
    s.step = progress.integer("step");
    s.epoch = progress.integer("epoch");
    s.bestValidationLoss = progress.numberOrNaN("best_val_loss");
    return s;
}

RunSettings quickStartSettings(const QString& corpus)
{
    RunSettings s;
    s.corpusPath = corpus;
    s.model = presetConfig(Preset::Gpt);
    s.model.vocabSize = 5000;
    s.model.sequenceLength = 32;
    s.model.embed = 64;
    s.model.heads = 2;
    s.model.feedForward = 128;
    s.model.layers = 2;
    s.maxTokens = 5000;
    s.dataset = {32, CutMode::Stream, 0.1};
    s.training = trainingDefaults(Preset::Gpt);
    s.training.batchSize = 32;
    s.training.epochs = 5;
    s.training.device = "auto";
    s.epochSamples.prompt = QStringLiteral("the meaning of life");
    return s;
}

} // namespace textgen
