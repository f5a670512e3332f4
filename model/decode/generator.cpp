// Cached, batched, seeded generation, and the chapter's recomputation baseline.
#include "generator.h"

#include <algorithm>
#include <cmath>

#include <ATen/Parallel.h>

#include "blockwise_sampling.h"
#include "few_rows_linear.h"

namespace textgen {

namespace {

torch::Tensor idsTensor(const std::vector<std::vector<std::int32_t>>& contexts, std::int64_t from,
                        const torch::Device& device)
{
    const auto rows = static_cast<std::int64_t>(contexts.size());
    const std::int64_t width = static_cast<std::int64_t>(contexts.front().size()) - from;
    torch::Tensor ids = torch::empty({rows, width}, torch::kLong);
    std::int64_t* out = ids.data_ptr<std::int64_t>();
    for (const auto& context : contexts)
        for (std::int64_t t = from; t < static_cast<std::int64_t>(context.size()); ++t)
            *out++ = context[static_cast<std::size_t>(t)];
    return ids.to(device);
}

// The weights the last decode call applied for batch row `row`'s last query: every attention and head.
StepAttention lastQueryAttention(const DecodeState& state, std::int64_t row, std::int64_t windowStart)
{
    StepAttention attention;
    attention.windowStart = windowStart;
    for (const torch::Tensor& weights : state.attention) { // (B, heads, n, keys)
        const torch::Tensor last
            = weights.select(0, weights.size(0) == 1 ? 0 : row).select(1, weights.size(2) - 1); // (heads, keys)
        const torch::Tensor values = last.to(torch::kCPU, torch::kFloat).contiguous();
        attention.heads = values.size(0);
        attention.keys = values.size(1);
        attention.weights.insert(attention.weights.end(), values.data_ptr<float>(),
                                 values.data_ptr<float>() + values.numel());
    }
    return attention;
}

// Puts the model in eval mode (no dropout) and back as it was: the trainer samples between its steps.
class TrainingModeScope {
public:
    explicit TrainingModeScope(LanguageModel& model) : model_(model), wasTraining_(model.is_training())
    {
        model_.eval();
    }
    ~TrainingModeScope() { model_.train(wasTraining_); }

private:
    LanguageModel& model_;
    bool wasTraining_;
};

} // namespace

std::vector<ColumnRequest> temperatureColumns(const std::vector<double>& temperatures, const SamplerSettings& base,
                                              int samplesPerTemperature)
{
    std::vector<ColumnRequest> columns;
    for (const double temperature : temperatures)
        for (int j = 0; j < samplesPerTemperature; ++j) {
            ColumnRequest column;
            column.sampler = base;
            column.sampler.temperature = temperature;
            column.sampler.seed = base.seed + static_cast<std::uint64_t>(j);
            columns.push_back(column);
        }
    return columns;
}

Generator::Generator(std::shared_ptr<LanguageModel> model, const Vocabulary& vocabulary, torch::Device device) :
    model_(std::move(model)), vocabulary_(vocabulary), device_(device)
{
    if (static_cast<std::int64_t>(vocabulary_.size()) != model_->config().vocabSize)
        throw GenerationError({FaultCode::VocabularyModelMismatch,
                               {std::to_string(vocabulary_.size()), std::to_string(model_->config().vocabSize)}});
}

std::vector<std::int32_t> Generator::encodePrompt(const std::string& prompt,
                                                  std::vector<std::string>& unknownWords) const
{
    std::string text = prompt;
    replaceLineBreakTags(text);
    std::vector<std::int32_t> ids;
    std::string scratch;
    forEachToken(vocabulary_.tokenizer(), text, scratch, [&](std::string_view token) {
        const std::int32_t id = vocabulary_.id(token);
        ids.push_back(id);
        if (id == Vocabulary::kUnknownId)
            unknownWords.emplace_back(token);
    });
    if (ids.empty())
        throw GenerationError(prompt.empty() ? Fault{FaultCode::PromptEmpty, {}}
                                             : Fault{FaultCode::PromptHasNoWords, {prompt}});
    return ids;
}

std::int64_t Generator::windowStart(std::int64_t previous, std::int64_t length) const
{
    const std::int64_t capacity = model_->config().sequenceLength;
    if (!presetTraits(model_->config().preset).fixedContext || length - previous <= capacity)
        return previous; // no positions (the LSTM): the state carries the whole context
    const std::int64_t keep = std::max<std::int64_t>(1, capacity - capacity / 4);
    return length - keep;
}

Generator::ModelDistribution Generator::modelDistribution(const SamplerSettings& settings, const float* logits,
                                                          int topCandidates) const
{
    const auto first = static_cast<std::size_t>(firstDrawableId(settings));
    const std::size_t size = vocabulary_.size() - std::min(first, vocabulary_.size());
    ModelDistribution model;
    model.firstId = static_cast<std::int32_t>(first);
    model.logNormaliser = logSumExp(logits + first, size);
    if (topCandidates > 0)
        for (const std::int32_t position : topIds(logits + first, size, static_cast<std::size_t>(topCandidates)))
            model.top.push_back(position + static_cast<std::int32_t>(first));
    return model;
}

template <typename Distribution>
SampledToken Generator::record(SamplerChain& chain, const Distribution& applied, const ModelDistribution& model,
                               const float* logits, std::optional<std::int32_t> forced) const
{
    // At temperature 1, with the specials suppressed as the chain suppresses them: p = exp(logit - logsumexp).
    const auto atT1 = [&](std::int32_t id) {
        return static_cast<float>(std::exp(static_cast<double>(logits[id]) - model.logNormaliser));
    };
    // The candidates' words and logits lie anywhere in a 480 KB table and a 60 KB row (half of it in the other
    // core's cache): asked for all at once, their misses overlap instead of following one another.
    for (const std::int32_t id : model.top) {
        __builtin_prefetch(&vocabulary_.token(id));
        __builtin_prefetch(logits + id);
    }
    SampledToken token;
    token.forced = forced.has_value();
    token.id = forced ? *forced : applied.selected();
    token.text = vocabulary_.token(token.id);
    token.probability = applied.probabilityOf(token.id);
    token.entropyBits = applied.entropyBits();
    token.probabilityAtT1 = token.id < model.firstId ? 0.0f : atT1(token.id);
    token.top.reserve(model.top.size());
    for (const std::int32_t id : model.top) // by logit, as the model gave them: the same order at any temperature
        token.top.push_back({id, vocabulary_.token(id), applied.probabilityOf(id), atT1(id)});
    chain.accept(token.id);
    return token;
}

std::optional<SampledToken> Generator::sampleFromSummaries(SamplerChain& chain, const SamplerSettings& settings,
                                                           const float* logits, const LogitSummaries& summaries,
                                                           std::int64_t row, int topCandidates,
                                                           std::optional<std::int32_t> forced) const
{
    std::optional<BlockwiseDistribution> applied
        = BlockwiseDistribution::of(logits, static_cast<std::int64_t>(vocabulary_.size()), summaries, row);
    if (!applied)
        return std::nullopt;
    applied->pick(chain.drawUniform()); // a draw every step, even when the token is forced, as the chain's pick
    ModelDistribution model;
    model.firstId = firstDrawableId(settings);
    model.logNormaliser = applied->logNormaliserAtOne();
    if (topCandidates > 0)
        model.top = applied->topIds(static_cast<std::size_t>(topCandidates));
    return record(chain, *applied, model, logits, forced);
}

SampledToken Generator::sample(SamplerChain& chain, const SamplerSettings& settings, const float* logits,
                               int topCandidates, std::optional<std::int32_t> forced) const
{
    if (const std::optional<float> tau = plainInverseTemperature(settings)) {
        LogitSummaries summaries;
        summaries.topCandidates = std::max(topCandidates, 0);
        summaries.inverseTemperatures = {*tau};
        summaries.firstIds = {firstDrawableId(settings)};
        summariseLogits(logits, 1, static_cast<std::int64_t>(vocabulary_.size()), summaries);
        if (std::optional<SampledToken> token
            = sampleFromSummaries(chain, settings, logits, summaries, 0, topCandidates, forced))
            return std::move(*token);
    }
    const CandidateArray& applied = chain.applyInPlace(logits, vocabulary_.size());
    return record(chain, applied, modelDistribution(settings, logits, topCandidates), logits, forced);
}

torch::Tensor Generator::outputLogits(const torch::Tensor& features, std::int64_t rows, LogitSummaries* summaries) const
{
    torch::Tensor last = features.select(1, features.size(1) - 1); // (B, C)
    if (last.size(0) != rows)
        last = last.expand({rows, last.size(1)}); // the prompt's one row, for every column
    const LanguageModel::OutputLayer layer = model_->outputLayer(last);
    const torch::Tensor input = layer.input.contiguous();
    const bool fewRows = input.device().is_cpu() && input.scalar_type() == torch::kFloat
        && layer.weight.scalar_type() == torch::kFloat && layer.weight.is_contiguous() && rows <= kFewRows
        && (!layer.bias.defined() || layer.bias.scalar_type() == torch::kFloat) && !torch::GradMode::is_enabled();
    if (summaries && fewRows) { // the summaries made as each block of logits is written
        torch::Tensor logits = torch::empty({rows, layer.weight.size(0)}, input.options());
        fewRowsLinear(input.data_ptr<float>(), rows, layer.weight, layer.bias, logits.data_ptr<float>(), summaries);
        return logits;
    }
    const torch::Tensor logits
        = applyLinear(input, layer.weight, layer.bias).to(torch::kCPU, torch::kFloat).contiguous(); // (rows, V)
    if (summaries)
        summariseLogits(logits.data_ptr<float>(), rows, logits.size(1), *summaries);
    return logits;
}

GenerationResult Generator::prepare(const GenerationRequest& request) const
{
    if (request.columns.empty())
        throw GenerationError({FaultCode::NoColumns, {}});
    if (request.length < 0 || request.length > kMaxLength)
        throw GenerationError(
            {FaultCode::LengthOutOfRange, {std::to_string(request.length), std::to_string(kMaxLength)}});
    for (const ColumnRequest& column : request.columns) {
        if (Fault problem = checkSampler(column.sampler); problem.code != FaultCode::None)
            throw GenerationError(std::move(problem));
        for (const auto& [step, id] : column.forced)
            if (id < 0 || static_cast<std::size_t>(id) >= vocabulary_.size() || step < 0)
                throw GenerationError({FaultCode::ForcedTokenOutside, {}});
    }
    GenerationResult result;
    result.promptIds = encodePrompt(request.prompt, result.unknownWords);
    if (request.keepAttention) // what the kept weights are, whichever column keeps them
        result.attentionLayers = model_->attentionLayers();
    for (const std::int32_t id : result.promptIds)
        result.promptTokens.push_back(vocabulary_.token(id));
    for (const ColumnRequest& column : request.columns) {
        GeneratedColumn generated;
        generated.sampler = column.sampler;
        result.columns.push_back(std::move(generated));
    }
    return result;
}

void Generator::finish(GenerationResult& result) const
{
    for (GeneratedColumn& column : result.columns) {
        std::vector<std::int32_t> ids;
        for (const SampledToken& token : column.tokens)
            ids.push_back(token.id);
        column.text = vocabulary_.decode(ids);
    }
}

GenerationResult Generator::generate(const GenerationRequest& request) const
{
    GenerationResult result = prepare(request);
    if (request.length == 0)
        return result;
    torch::NoGradGuard noGrad;
    const TrainingModeScope evaluation(*model_);
    const auto columns = static_cast<std::int64_t>(request.columns.size());
    std::vector<SamplerChain> chains; // one per column, each with its own seeded stream
    for (const ColumnRequest& column : request.columns) {
        chains.push_back(SamplerChain::sampling(column.sampler));
        for (const std::int32_t id : result.promptIds)
            chains.back().accept(id); // the repetition window starts in the prompt
    }

    // The prompt once, then its state shared by every column.
    std::vector<std::vector<std::int32_t>> contexts(static_cast<std::size_t>(columns), result.promptIds);
    const auto promptLength = static_cast<std::int64_t>(result.promptIds.size());
    std::int64_t start
        = promptLength > model_->config().sequenceLength && presetTraits(model_->config().preset).fixedContext
        ? windowStart(0, promptLength)
        : 0;
    const int watched = request.keepLogitsOfColumn; // the column whose logits and attention are kept
    const bool keepAttention = request.keepAttention && watched >= 0 && watched < columns;
    // A column whose chain is only a temperature is drawn from the summaries the output layer makes of its
    // logits as it writes them (blockwise_sampling.h); any other by its chain, in two independent halves (the
    // chain's draw; the model's own distribution) that the cores share.
    LogitSummaries summaries;
    summaries.topCandidates = std::max(request.topCandidates, 0);
    enum class Task { FromSummaries, ChainsDraw, ModelsDistribution };
    std::vector<std::pair<std::size_t, Task>> tasks;
    for (std::size_t c = 0; c < static_cast<std::size_t>(columns); ++c) {
        const SamplerSettings& settings = request.columns[c].sampler;
        const std::optional<float> tau = plainInverseTemperature(settings);
        summaries.inverseTemperatures.push_back(tau.value_or(0.0f));
        summaries.firstIds.push_back(firstDrawableId(settings));
        if (tau)
            tasks.emplace_back(c, Task::FromSummaries);
        else
            tasks.insert(tasks.end(), {{c, Task::ChainsDraw}, {c, Task::ModelsDistribution}});
    }
    const bool anyFromSummaries
        = std::any_of(tasks.begin(), tasks.end(), [](const auto& t) { return t.second == Task::FromSummaries; });
    LogitSummaries* wanted = anyFromSummaries ? &summaries : nullptr;

    DecodeState state;
    state.keepAttention = keepAttention;
    torch::Tensor logits
        = outputLogits(model_->decodeFeatures(idsTensor({contexts.front()}, start, device_), state), columns, wanted);
    state.repeatBatch(columns);

    const std::size_t size = vocabulary_.size();
    std::vector<const CandidateArray*> applied(static_cast<std::size_t>(columns)); // each chain's, valid for a step
    std::vector<ModelDistribution> model(static_cast<std::size_t>(columns));
    std::vector<char> recorded(static_cast<std::size_t>(columns));
    for (int step = 0; step < request.length; ++step) {
        if (keepAttention && !state.attention.empty())
            result.columns[static_cast<std::size_t>(watched)].attention.push_back(
                lastQueryAttention(state, watched, start));
        const float* rows = logits.data_ptr<float>();
        const auto forcedAt = [&](std::size_t c) {
            const auto forced = request.columns[c].forced.find(step);
            return forced == request.columns[c].forced.end() ? std::nullopt
                                                             : std::optional<std::int32_t>(forced->second);
        };
        const auto keep = [&](std::size_t c, SampledToken token) {
            GeneratedColumn& out = result.columns[c];
            out.tokens.push_back(std::move(token));
            if (static_cast<std::int64_t>(c) == request.keepLogitsOfColumn)
                out.logits.emplace_back(rows + c * size, rows + (c + 1) * size);
            recorded[c] = 1;
        };
        // The columns are independent: their tasks spread over the cores. A chain's two halves are two tasks:
        // five whole chains on two cores left one waiting for a third of them.
        std::fill(recorded.begin(), recorded.end(), 0);
        at::parallel_for(0, static_cast<std::int64_t>(tasks.size()), 1, [&](std::int64_t begin, std::int64_t end) {
            for (auto task = static_cast<std::size_t>(begin); task < static_cast<std::size_t>(end); ++task) {
                const auto [c, kind] = tasks[task];
                const float* row = rows + c * size;
                const SamplerSettings& settings = request.columns[c].sampler;
                if (kind == Task::FromSummaries) {
                    if (std::optional<SampledToken> token
                        = sampleFromSummaries(chains[c], settings, row, summaries, static_cast<std::int64_t>(c),
                                              request.topCandidates, forcedAt(c))) {
                        keep(c, std::move(*token));
                        continue;
                    }
                    applied[c] = &chains[c].applyInPlace(row, size); // what the summaries cannot say
                    model[c] = modelDistribution(settings, row, request.topCandidates);
                } else if (kind == Task::ChainsDraw) {
                    applied[c] = &chains[c].applyInPlace(row, size);
                } else {
                    model[c] = modelDistribution(settings, row, request.topCandidates);
                }
            }
        });
        if (std::find(recorded.begin(), recorded.end(), 0) != recorded.end())
            at::parallel_for(0, columns, 1, [&](std::int64_t begin, std::int64_t end) {
                for (auto c = static_cast<std::size_t>(begin); c < static_cast<std::size_t>(end); ++c)
                    if (!recorded[c])
                        keep(c, record(chains[c], *applied[c], model[c], rows + c * size, forcedAt(c)));
            });
        torch::Tensor next = torch::empty({columns, 1}, torch::kLong);
        for (std::int64_t c = 0; c < columns; ++c) {
            const std::int32_t id = result.columns[static_cast<std::size_t>(c)].tokens.back().id;
            contexts[static_cast<std::size_t>(c)].push_back(id);
            next.data_ptr<std::int64_t>()[c] = id;
        }
        if (step + 1 == request.length)
            break;
        const auto length = static_cast<std::int64_t>(contexts.front().size());
        const std::int64_t newStart = windowStart(start, length);
        if (newStart != start) {
            // The cache is full: re-encode the window's last three quarters with fresh positions.
            start = newStart;
            state = DecodeState();
            state.keepAttention = keepAttention;
            logits = outputLogits(model_->decodeFeatures(idsTensor(contexts, start, device_), state), columns, wanted);
        } else {
            logits = outputLogits(model_->decodeFeatures(next.to(device_), state), columns, wanted);
        }
    }
    finish(result);
    return result;
}

GenerationResult Generator::generateByRecomputation(const GenerationRequest& request) const
{
    GenerationResult result = prepare(request);
    torch::NoGradGuard noGrad;
    const TrainingModeScope evaluation(*model_);
    for (std::size_t c = 0; c < request.columns.size(); ++c) {
        const ColumnRequest& column = request.columns[c];
        SamplerChain chain = SamplerChain::sampling(column.sampler);
        for (const std::int32_t id : result.promptIds)
            chain.accept(id);
        std::vector<std::int32_t> context = result.promptIds;
        const auto promptLength = static_cast<std::int64_t>(context.size());
        std::int64_t start
            = promptLength > model_->config().sequenceLength && presetTraits(model_->config().preset).fixedContext
            ? windowStart(0, promptLength)
            : 0;
        for (int step = 0; step < request.length; ++step) {
            // The whole window, every time, padded to the model's length as the chapter's TextVectorization
            // (output_sequence_length=100) pads it; the next word is read at the last real position (the
            // chapter read position i of its loop, ignoring the newest word).
            torch::Tensor window = idsTensor({context}, start, device_);
            const std::int64_t real = window.size(1);
            if (presetTraits(model_->config().preset).fixedContext && real < model_->config().sequenceLength)
                window = torch::constant_pad_nd(window, {0, model_->config().sequenceLength - real}, 0);
            const torch::Tensor logits
                = model_->forward(window).select(1, real - 1).to(torch::kCPU, torch::kFloat).contiguous();
            const auto forced = column.forced.find(step);
            GeneratedColumn& out = result.columns[c];
            out.tokens.push_back(
                sample(chain, column.sampler, logits.data_ptr<float>(), request.topCandidates,
                       forced == column.forced.end() ? std::nullopt : std::optional<std::int32_t>(forced->second)));
            if (static_cast<int>(c) == request.keepLogitsOfColumn)
                out.logits.emplace_back(logits.data_ptr<float>(), logits.data_ptr<float>() + vocabulary_.size());
            context.push_back(out.tokens.back().id);
            start = windowStart(start, static_cast<std::int64_t>(context.size()));
        }
    }
    finish(result);
    return result;
}

} // namespace textgen
