// The checkpoint header: "key value" lines between a magic first line and "end".
#include "checkpoint.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

namespace textgen {

namespace {

constexpr std::string_view kMagic = "textgen-checkpoint";
constexpr std::size_t kMaxHeaderBytes = 64 * 1024;

std::string doubleText(double value)
{
    std::ostringstream text;
    text.precision(17);
    text << value;
    return text.str();
}

} // namespace

std::string formatCheckpointHeader(const CheckpointHeader& h)
{
    std::ostringstream text;
    text << kMagic << "\n"
         << "format_version " << h.formatVersion << "\n"
         << "preset " << presetName(h.model.preset) << "\n"
         << "vocab_size " << h.model.vocabSize << "\n"
         << "sequence_length " << h.model.sequenceLength << "\n"
         << "embed " << h.model.embed << "\n"
         << "heads " << h.model.heads << "\n"
         << "feed_forward " << h.model.feedForward << "\n"
         << "layers " << h.model.layers << "\n"
         << "dropout " << doubleText(h.model.dropout) << "\n"
         << "tokenizer " << h.tokenizer << "\n"
         << "vocab_fingerprint " << h.vocabularyFingerprint << "\n"
         << "run " << h.run << "\n"
         << "optimizer " << h.optimizer << "\n"
         << "step " << h.step << "\n"
         << "epoch " << h.epoch << "\n"
         << "batch_in_epoch " << h.batchInEpoch << "\n"
         << "rows_in_epoch " << h.rowsInEpoch << "\n"
         << "seed " << h.seed << "\n"
         << "validation_loss " << doubleText(h.validationLoss) << "\n"
         << "archive_bytes " << h.archiveBytes << "\n"
         << "archive_hash " << h.archiveHash << "\n"
         << "end\n";
    return text.str();
}

CheckpointHeader parseCheckpointHeader(std::string_view file, std::uint64_t fileSize, const std::string& origin,
                                       std::size_t& archiveOffset)
{
    const auto fail = [&](FaultCode code, std::vector<std::string> values = {}) -> CheckpointError {
        values.insert(values.begin(), origin);
        return CheckpointError({code, std::move(values)});
    };
    if (file.substr(0, kMagic.size() + 1) != std::string(kMagic) + "\n")
        throw fail(FaultCode::NotACheckpoint);
    std::map<std::string, std::string, std::less<>> fields;
    std::size_t position = kMagic.size() + 1;
    bool ended = false;
    while (position < file.size() && position < kMaxHeaderBytes) {
        const std::size_t newline = file.find('\n', position);
        if (newline == std::string_view::npos)
            break;
        const std::string_view line = file.substr(position, newline - position);
        position = newline + 1;
        if (line == "end") {
            ended = true;
            break;
        }
        const std::size_t space = line.find(' ');
        fields[std::string(line.substr(0, space))]
            = space == std::string_view::npos ? "" : std::string(line.substr(space + 1));
    }
    if (!ended)
        throw fail(FaultCode::CheckpointHeaderCutShort);

    const auto text = [&](const char* key) -> const std::string& {
        const auto found = fields.find(key);
        if (found == fields.end())
            throw fail(FaultCode::CheckpointFieldMissing, {key});
        return found->second;
    };
    const auto integer = [&](const char* key) -> long long {
        const std::string& value = text(key);
        char* end = nullptr;
        errno = 0;
        const long long number = std::strtoll(value.c_str(), &end, 10);
        if (value.empty() || *end != '\0' || errno != 0)
            throw fail(FaultCode::CheckpointFieldNotWhole, {key, value});
        return number;
    };
    const auto unsignedInteger = [&](const char* key) -> unsigned long long {
        const std::string& value = text(key);
        char* end = nullptr;
        errno = 0;
        const unsigned long long number = std::strtoull(value.c_str(), &end, 10);
        if (value.empty() || *end != '\0' || errno != 0 || value[0] == '-')
            throw fail(FaultCode::CheckpointFieldNotWhole, {key, value});
        return number;
    };
    const auto real = [&](const char* key) -> double {
        const std::string& value = text(key);
        char* end = nullptr;
        const double number = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0')
            throw fail(FaultCode::CheckpointFieldNotNumber, {key, value});
        return number;
    };

    CheckpointHeader h;
    h.formatVersion = static_cast<int>(integer("format_version"));
    if (h.formatVersion != CheckpointHeader::kFormatVersion)
        throw fail(FaultCode::CheckpointFormat,
                   {std::to_string(h.formatVersion), std::to_string(CheckpointHeader::kFormatVersion)});
    const auto preset = presetFromName(text("preset"));
    if (!preset)
        throw fail(FaultCode::CheckpointUnknownPreset, {text("preset")});
    h.model.preset = *preset;
    h.model.vocabSize = integer("vocab_size");
    h.model.sequenceLength = integer("sequence_length");
    h.model.embed = integer("embed");
    h.model.heads = integer("heads");
    h.model.feedForward = integer("feed_forward");
    h.model.layers = integer("layers");
    h.model.dropout = real("dropout");
    if (const ConfigProblem problem = checkConfig(h.model); problem.code != ConfigProblem::Code::None)
        throw fail(FaultCode::CheckpointImpossibleModel,
                   {validateConfig(h.model), std::to_string(static_cast<int>(problem.code)),
                    std::to_string(problem.value), std::to_string(problem.heads)});
    h.tokenizer = text("tokenizer");
    h.vocabularyFingerprint = unsignedInteger("vocab_fingerprint");
    h.run = text("run");
    h.optimizer = text("optimizer");
    h.step = integer("step");
    h.epoch = integer("epoch");
    h.batchInEpoch = integer("batch_in_epoch");
    // Written since resuming at another batch size started where the last one stopped; older files lack it.
    if (fields.count("rows_in_epoch"))
        h.rowsInEpoch = integer("rows_in_epoch");
    h.seed = unsignedInteger("seed");
    h.validationLoss = real("validation_loss");
    h.archiveBytes = unsignedInteger("archive_bytes");
    h.archiveHash = unsignedInteger("archive_hash");
    if (h.step < 0 || h.epoch < 0 || h.batchInEpoch < 0 || h.rowsInEpoch < -1)
        throw fail(FaultCode::CheckpointNegativeCounts);
    if (fileSize - position != h.archiveBytes)
        throw fail(FaultCode::CheckpointArchiveSize,
                   {std::to_string(h.archiveBytes), std::to_string(fileSize - position)});
    archiveOffset = position;
    return h;
}

CheckpointHeader readCheckpointHeader(const std::string& path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw CheckpointError({FaultCode::CheckpointCannotOpen, {path}, errno});
    const auto fileSize = static_cast<std::uint64_t>(in.tellg());
    in.seekg(0);
    std::string head(static_cast<std::size_t>(std::min<std::uint64_t>(fileSize, kMaxHeaderBytes)), '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    std::size_t offset = 0;
    return parseCheckpointHeader(head, fileSize, path, offset);
}

Fault checkpointMismatch(const CheckpointHeader& found, const ModelConfig& expected,
                         std::uint64_t vocabularyFingerprint, const std::string& origin)
{
    const ModelConfig& m = found.model;
    if (m.preset != expected.preset)
        return {FaultCode::CheckpointOtherPreset,
                {origin, std::string(presetName(m.preset)), std::string(presetName(expected.preset)), found.run}};
    if (m.vocabSize != expected.vocabSize)
        return {FaultCode::CheckpointOtherVocabulary,
                {origin, std::to_string(m.vocabSize), std::to_string(expected.vocabSize), found.run}};
    if (found.vocabularyFingerprint != vocabularyFingerprint)
        return {FaultCode::CheckpointOtherTokens, {origin, std::to_string(m.vocabSize), found.run}};
    if (m.sequenceLength != expected.sequenceLength || m.embed != expected.embed || m.heads != expected.heads
        || m.feedForward != expected.feedForward || m.layers != expected.layers)
        return {FaultCode::CheckpointOtherSizes, {origin, describeConfig(m), describeConfig(expected), found.run}};
    return {};
}

} // namespace textgen
