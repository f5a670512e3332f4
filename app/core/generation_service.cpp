// The generation thread and its latest-wins queue of one.
#include "generation_service.h"

#include <QDir>
#include <QElapsedTimer>

#include "run_model.h"
#include "trainer.h"

namespace textgen {

GenerationService::GenerationService(QObject* parent) : QObject(parent), worker_(new GenerationWorker(*this))
{
    qRegisterMetaType<textgen::LoadedCheckpoint>();
    qRegisterMetaType<textgen::SharedGeneration>();
    qRegisterMetaType<textgen::Problem>();
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &GenerationWorker::loaded, this, [this](const LoadedCheckpoint& checkpoint) {
        loaded_ = checkpoint;
        emit loadedChanged(checkpoint);
    });
    connect(worker_, &GenerationWorker::loadFailed, this, &GenerationService::loadFailed);
    connect(worker_, &GenerationWorker::generated, this, &GenerationService::generated);
    connect(worker_, &GenerationWorker::failed, this, &GenerationService::failed);
    thread_.start();
    // LibTorch starts every thread with one intra-op thread: on the CPU, decoding and the columns' samplers
    // spread over every core only when asked (125 ms for 5 x 50 seed words on one core, 69 on two).
    setThreads(std::max(1, QThread::idealThreadCount()));
}

void GenerationService::setThreads(int threads)
{
    if (threads == threads_)
        return;
    threads_ = std::max(1, threads);
    QMetaObject::invokeMethod(
        worker_, [worker = worker_, threads = threads_] { worker->setThreads(threads); }, Qt::QueuedConnection);
}

GenerationService::~GenerationService()
{
    {
        QMutexLocker locker(&mutex_);
        pending_.reset();
    }
    thread_.quit();
    thread_.wait();
}

void GenerationService::load(const QString& runPath, const QString& checkpoint, const QString& device)
{
    QMetaObject::invokeMethod(
        worker_, [=, this] { worker_->load(runPath, checkpoint, device); }, Qt::QueuedConnection);
}

qint64 GenerationService::request(const GenerationRequest& request)
{
    QMutexLocker locker(&mutex_);
    const bool idle = !pending_.has_value();
    const qint64 id = nextId_++;
    pending_ = std::make_pair(id, request);
    locker.unlock();
    if (idle) // otherwise a process() call is already queued and will take this newer request
        QMetaObject::invokeMethod(worker_, &GenerationWorker::process, Qt::QueuedConnection);
    return id;
}

std::optional<std::pair<qint64, GenerationRequest>> GenerationService::takePending()
{
    QMutexLocker locker(&mutex_);
    auto taken = std::move(pending_);
    pending_.reset();
    return taken;
}

int GenerationService::lastGeneratedColumns() const
{
    int generated = 0;
    QMetaObject::invokeMethod(
        worker_, [&] { generated = worker_->lastGenerated(); }, Qt::BlockingQueuedConnection);
    return generated;
}

GenerationResult GenerationWorker::generate(const GenerationRequest& request)
{
    const bool comparable = lastRequest_ && lastResult_ && lastRequest_->prompt == request.prompt
        && lastRequest_->length == request.length && lastRequest_->topCandidates == request.topCandidates;
    GenerationRequest todo = request;
    todo.columns.clear();
    todo.keepLogitsOfColumn = -1;
    std::vector<int> reusedFrom(request.columns.size(), -1); // the previous result's column, or -1: generate it
    for (std::size_t c = 0; c < request.columns.size(); ++c) {
        const bool wantsLogits = static_cast<int>(c) == request.keepLogitsOfColumn;
        if (comparable)
            for (std::size_t p = 0; p < lastRequest_->columns.size(); ++p)
                if (request.columns[c] == lastRequest_->columns[p]
                    && (!wantsLogits || !lastResult_->columns[p].logits.empty())) {
                    reusedFrom[c] = static_cast<int>(p);
                    break;
                }
        if (reusedFrom[c] < 0) {
            if (wantsLogits)
                todo.keepLogitsOfColumn = static_cast<int>(todo.columns.size());
            todo.columns.push_back(request.columns[c]);
        }
    }
    GenerationResult result;
    if (!todo.columns.empty()) {
        result = generator_->generate(todo);
    } else { // every column is the last one's: so is everything about the prompt
        result = *lastResult_;
        result.columns.clear();
    }
    lastGenerated_ = static_cast<int>(todo.columns.size());
    std::vector<GeneratedColumn> columns;
    std::size_t next = 0;
    for (std::size_t c = 0; c < request.columns.size(); ++c)
        columns.push_back(reusedFrom[c] >= 0 ? lastResult_->columns[static_cast<std::size_t>(reusedFrom[c])]
                                             : std::move(result.columns[next++]));
    result.columns = std::move(columns);
    return result;
}

void GenerationWorker::load(const QString& runPath, const QString& checkpoint, const QString& device)
{
    try {
        const RunDirectory run = RunDirectory::open(runPath);
        RunModel model = loadRunModel(run, checkpoint, device.toStdString());
        generator_.reset();
        lastRequest_.reset(); // another model: nothing generated before can be reused
        lastResult_.reset();
        vocabulary_ = model.vocabulary;
        generator_ = std::make_unique<Generator>(model.model, *vocabulary_, resolveDevice(device.toStdString()));
        LoadedCheckpoint loadedCheckpoint;
        loadedCheckpoint.runPath = run.path();
        loadedCheckpoint.checkpointPath = model.checkpointPath;
        loadedCheckpoint.epoch = model.checkpoint.epoch;
        loadedCheckpoint.step = model.checkpoint.step;
        loadedCheckpoint.tokenizer = QString::fromUtf8(tokenizerName(run.settings().tokenizer).data());
        loadedCheckpoint.model = QString::fromStdString(describeConfig(run.settings().model));
        loadedCheckpoint.threads = torch::get_num_threads();
        emit loaded(loadedCheckpoint);
    } catch (const std::exception& error) {
        emit loadFailed(Problem::from(error));
    }
}

void GenerationWorker::setThreads(int threads)
{
    torch::set_num_threads(threads); // LibTorch's thread count belongs to the calling thread: set it on this one
}

void GenerationWorker::process()
{
    while (auto job = service_.takePending()) {
        if (!generator_) {
            emit failed(job->first, Problem(Problem::Code::NoCheckpointLoaded));
            continue;
        }
        QElapsedTimer clock;
        clock.start();
        ++service_.computed_;
        try {
            auto result = std::make_shared<const GenerationResult>(generate(job->second));
            lastRequest_ = job->second;
            lastResult_ = result;
            emit generated(job->first, result, static_cast<double>(clock.nsecsElapsed()) / 1e6);
        } catch (const std::exception& error) {
            emit failed(job->first, Problem::from(error));
        }
    }
}

} // namespace textgen
