// The checkpoint scrubber: one column per saved checkpoint of a run, all with the same prompt, seed,
// temperature and chain, so the learner watches the model learn; and the probability river, the next-word
// probabilities of the top candidates after one fixed context, checkpoint by checkpoint. It runs on a thread
// of its own with progress, a newer request cancels an older one, and every checkpoint's column and river
// are cached (by the checkpoint file, its size and time, and the request).
#pragma once

#include <QHash>
#include <QList>
#include <QMutex>

#include <optional>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <map>
#include <memory>

#include "generator.h"
#include "problem.h"

namespace textgen {

struct ScrubRequest {
    QString runPath;
    QList<qint64> epochs;      // the checkpoints, by epoch
    GenerationRequest request; // its first column is generated from every checkpoint
    // The river's context: the prompt, then these tokens forced at steps 0..riverStep-1; riverStep < 0: none.
    int riverStep = -1;
    std::map<int, std::int32_t> riverForced;
    int riverCandidates = 6;
};

struct ScrubbedColumn {
    qint64 epoch = 0;
    qint64 step = 0;
    GeneratedColumn column;
};

struct CheckpointRiver {
    QList<qint64> epochs;
    std::vector<std::int32_t> ids; // the top candidates at the last checkpoint, most likely first
    std::vector<std::string> tokens;
    std::vector<std::vector<float>> probability; // [candidate][checkpoint], at T = 1 with the specials dropped
    // Where each checkpoint's model looked from the same context, for the presets that attend: the decode
    // path's weights, [checkpoint], over `context` (the prompt's words and the forced ones).
    std::vector<StepAttention> attention;
    std::vector<LanguageModel::AttentionLayer> attentionLayers;
    std::vector<std::string> context;
};

struct ScrubResult {
    std::vector<std::int32_t> promptIds;
    std::vector<ScrubbedColumn> columns;
    CheckpointRiver river;
    int computed = 0; // checkpoints whose column or river was not in the cache
};

using SharedScrub = std::shared_ptr<const ScrubResult>;

class CheckpointScrubber : public QObject {
    Q_OBJECT

public:
    explicit CheckpointScrubber(QObject* parent = nullptr);
    ~CheckpointScrubber() override;

    // Starts `request`, cancelling the one running; returns its id.
    qint64 start(const ScrubRequest& request);
    void cancel();
    // CPU threads from now on (every core at first); the studio asks for one while it trains on the CPU.
    void setThreads(int threads);
    bool busy() const { return running_.load() != 0; }

signals:
    void progress(qint64 id, int done, int total);
    void finished(qint64 id, const textgen::SharedScrub& result);
    void failed(qint64 id, const textgen::Problem& reason);
    void cancelled(qint64 id);

private:
    void run(qint64 id, const ScrubRequest& request);
    bool stale(qint64 id) const { return latest_.load() != id; }

    QThread thread_;
    QObject* worker_;
    std::atomic<qint64> latest_{0};
    std::atomic<qint64> running_{0};
    qint64 nextId_ = 1;
    // Touched on the worker thread only: per checkpoint file and request.
    struct CachedColumn {
        GeneratedColumn column;
        qint64 step = 0; // the checkpoint's
        std::vector<std::int32_t> promptIds;
    };
    QHash<QString, CachedColumn> columns_;
    struct CachedRiver {
        std::vector<float> distribution;
        StepAttention attention;
        std::vector<LanguageModel::AttentionLayer> layers;
        std::vector<std::string> context;
    };
    QHash<QString, CachedRiver> rivers_;
    std::shared_ptr<LanguageModel> model_; // every checkpoint's weights are read into this one
};

// What a request is, as text: equal requests give equal keys (the cache's).
QString requestKey(const GenerationRequest& request);

// The epochs a person names among the `saved` ones: empty text or "all" for all of them, else numbers and
// ranges separated by commas ("1, 3, 5-8"), in the saved order. nullopt, with the part that is wrong in
// `bad`, when a part does not read or names an epoch with no checkpoint.
std::optional<QList<qint64>> chosenEpochs(const QString& text, const QList<qint64>& saved, QString* bad = nullptr);

} // namespace textgen

Q_DECLARE_METATYPE(textgen::SharedScrub)
