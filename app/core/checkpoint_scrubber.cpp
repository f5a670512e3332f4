// The scrubber's thread, its cache and its river.
#include "checkpoint_scrubber.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <utility>

#include "run_directory.h"
#include "run_model.h"

namespace textgen {

namespace {

// The checkpoint file as it is now: a file rewritten (a resumed run) is another checkpoint.
QString fileKey(const QString& path)
{
    const QFileInfo info(path);
    return QStringLiteral("%1|%2|%3").arg(path).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

std::vector<float> softmaxWithoutSpecials(const std::vector<float>& logits)
{
    std::vector<float> p(logits.size(), 0.0f);
    if (logits.size() <= 2)
        return p;
    const double normaliser = logSumExp(logits.data() + 2, logits.size() - 2);
    for (std::size_t i = 2; i < logits.size(); ++i)
        p[i] = static_cast<float>(std::exp(static_cast<double>(logits[i]) - normaliser));
    return p;
}

} // namespace

QString requestKey(const GenerationRequest& r)
{
    QString key = QStringLiteral("%1|%2|%3").arg(QString::fromStdString(r.prompt)).arg(r.length).arg(r.topCandidates);
    for (const ColumnRequest& c : r.columns) {
        const SamplerSettings& s = c.sampler;
        key += QStringLiteral("|%1,%2,%3,%4,%5,%6,%7,%8,%9")
                   .arg(s.temperature, 0, 'g', 17)
                   .arg(s.topK)
                   .arg(s.topP, 0, 'g', 17)
                   .arg(s.minP, 0, 'g', 17)
                   .arg(s.repetitionPenalty, 0, 'g', 17)
                   .arg(s.repetitionWindow)
                   .arg(s.suppressSpecials)
                   .arg(s.seed)
                   .arg(QString::fromStdString(chainOrderText(s.order)));
        for (const auto& [step, id] : c.forced)
            key += QStringLiteral(";%1=%2").arg(step).arg(id);
    }
    return key;
}

CheckpointScrubber::CheckpointScrubber(QObject* parent) : QObject(parent), worker_(new QObject)
{
    qRegisterMetaType<textgen::SharedScrub>();
    qRegisterMetaType<textgen::Problem>();
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
    QMetaObject::invokeMethod(
        worker_, [] { torch::set_num_threads(std::max(1, QThread::idealThreadCount())); }, Qt::QueuedConnection);
}

CheckpointScrubber::~CheckpointScrubber()
{
    latest_ = -1; // whatever runs stops at its next checkpoint
    thread_.quit();
    thread_.wait();
}

qint64 CheckpointScrubber::start(const ScrubRequest& request)
{
    const qint64 id = nextId_++;
    latest_ = id;
    QMetaObject::invokeMethod(
        worker_, [this, id, request] { run(id, request); }, Qt::QueuedConnection);
    return id;
}

void CheckpointScrubber::setThreads(int threads)
{
    QMetaObject::invokeMethod(
        worker_, [threads] { torch::set_num_threads(std::max(1, threads)); }, Qt::QueuedConnection);
}

void CheckpointScrubber::cancel()
{
    latest_ = -1;
}

void CheckpointScrubber::run(qint64 id, const ScrubRequest& request)
{
    if (stale(id)) {
        emit cancelled(id);
        return;
    }
    running_ = id;
    auto result = std::make_shared<ScrubResult>();
    try {
        const RunDirectory run = RunDirectory::open(request.runPath);
        GenerationRequest one = request.request;
        one.columns.resize(std::min<std::size_t>(one.columns.size(), 1));
        const QString columnKey = requestKey(one);
        GenerationRequest river;
        if (request.riverStep >= 0) {
            river.prompt = one.prompt;
            river.length = request.riverStep + 1;
            river.topCandidates = 0;
            ColumnRequest column;
            column.sampler.temperature = 1.0;
            column.forced = request.riverForced;
            river.columns = {column};
            river.keepLogitsOfColumn = 0;
            river.keepAttention = true;
        }
        const QString riverKey = requestKey(river);
        std::vector<std::vector<float>> distributions;
        std::vector<StepAttention> attention; // copies: the cache may grow (and move) meanwhile
        std::vector<LanguageModel::AttentionLayer> layers;
        std::vector<std::string> context;
        const int total = static_cast<int>(request.epochs.size());
        for (int i = 0; i < total; ++i) {
            if (stale(id)) {
                running_ = 0;
                emit cancelled(id);
                return;
            }
            const qint64 epoch = request.epochs[i];
            const QString path = run.epochCheckpointPath(epoch);
            const QString file = fileKey(path);
            const bool haveColumn = columns_.contains(file + columnKey);
            const bool haveRiver = request.riverStep < 0 || rivers_.contains(file + riverKey);
            if (!haveColumn || !haveRiver) {
                ++result->computed;
                // The last checkpoint's model takes this one's weights; out of model_ while it loads, so a
                // failed read leaves no half-loaded model behind.
                RunModel model = loadRunModel(run, QString::number(epoch), "cpu", std::exchange(model_, nullptr));
                model_ = model.model;
                const Generator generator(model.model, *model.vocabulary);
                if (!haveColumn) {
                    GenerationResult generated = generator.generate(one);
                    CachedColumn cached{std::move(generated.columns.front()), model.checkpoint.step,
                                        generated.promptIds};
                    cached.column.logits.clear();
                    columns_.insert(file + columnKey, std::move(cached));
                }
                if (!haveRiver) {
                    const GenerationResult next = generator.generate(river);
                    const GeneratedColumn& last = next.columns.front();
                    CachedRiver cached{softmaxWithoutSpecials(last.logits.back()),
                                       last.attention.empty() ? StepAttention{} : last.attention.back(),
                                       next.attentionLayers, next.promptTokens};
                    for (std::size_t t = 0; t + 1 < last.tokens.size(); ++t) // the forced words before the step
                        cached.context.push_back(last.tokens[t].text);
                    rivers_.insert(file + riverKey, std::move(cached));
                }
            }
            const CachedColumn& cached = columns_[file + columnKey];
            result->promptIds = cached.promptIds;
            result->columns.push_back({epoch, cached.step, cached.column});
            if (request.riverStep >= 0) {
                const CachedRiver& cached = *rivers_.constFind(file + riverKey);
                distributions.push_back(cached.distribution);
                attention.push_back(cached.attention);
                layers = cached.layers;
                context = cached.context;
            }
            emit progress(id, i + 1, total);
        }
        if (!distributions.empty()) {
            CheckpointRiver& r = result->river;
            r.epochs = request.epochs;
            r.attention = std::move(attention);
            r.attentionLayers = std::move(layers);
            r.context = std::move(context);
            const std::vector<float>& last = distributions.back();
            r.ids = topIds(last, static_cast<std::size_t>(request.riverCandidates));
            const Vocabulary vocabulary
                = Vocabulary::load(run.vocabularyPath().toStdString(), run.settings().tokenizer);
            for (const std::int32_t candidate : r.ids) {
                r.tokens.push_back(vocabulary.token(candidate));
                std::vector<float> across;
                for (const std::vector<float>& distribution : distributions)
                    across.push_back(distribution[static_cast<std::size_t>(candidate)]);
                r.probability.push_back(std::move(across));
            }
        }
    } catch (const std::exception& error) {
        running_ = 0;
        emit failed(id, Problem::from(error));
        return;
    }
    running_ = 0;
    if (stale(id))
        emit cancelled(id);
    else
        emit finished(id, result);
}

std::optional<QList<qint64>> chosenEpochs(const QString& text, const QList<qint64>& saved, QString* bad)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return saved;
    // Each part as a range (a number is a range of one); kept as bounds, so "1-999999999" costs nothing.
    std::vector<std::pair<qint64, qint64>> ranges;
    for (const QString& part : trimmed.split(QLatin1Char(','))) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        bool firstOk = false, lastOk = ends.size() == 1;
        const qint64 first = ends.value(0).trimmed().toLongLong(&firstOk);
        const qint64 last = ends.size() == 2 ? ends[1].trimmed().toLongLong(&lastOk) : first;
        // A number must have a checkpoint; a range must hold at least one (it may span epochs without).
        const bool known = firstOk && lastOk && ends.size() <= 2 && first <= last
            && std::any_of(saved.begin(), saved.end(), [&](qint64 e) { return e >= first && e <= last; });
        if (!known) {
            if (bad)
                *bad = part.trimmed();
            return std::nullopt;
        }
        ranges.emplace_back(first, last);
    }
    QList<qint64> chosen;
    for (const qint64 epoch : saved)
        if (std::any_of(ranges.begin(), ranges.end(),
                        [&](const auto& r) { return epoch >= r.first && epoch <= r.second; }))
            chosen << epoch;
    return chosen;
}

} // namespace textgen
