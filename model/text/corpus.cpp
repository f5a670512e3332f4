// Corpus readers: find the files, read them, split them into documents, clean each document.
#include "corpus.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>

#include "enum_names.h"
#include "tokenizer.h"
#include "utf8.h"

namespace fs = std::filesystem;

namespace textgen {

namespace {
constexpr NamedValue<CorpusFormat> kCorpusFormatNames[] = {{CorpusFormat::Auto, "auto"},
                                                           {CorpusFormat::TextFiles, "files"},
                                                           {CorpusFormat::Fortunes, "fortune"},
                                                           {CorpusFormat::Paragraphs, "paragraphs"}};
} // namespace

std::string_view corpusFormatName(CorpusFormat format)
{
    return nameOf(kCorpusFormatNames, format);
}

std::optional<CorpusFormat> corpusFormatFromName(std::string_view name)
{
    return valueNamed(kCorpusFormatNames, name);
}

namespace {

constexpr std::size_t kBinaryProbeBytes = 8192;
constexpr std::string_view kWhitespace = " \t\n\v\f\r";

std::string_view trim(std::string_view text)
{
    const std::size_t begin = text.find_first_not_of(kWhitespace);
    if (begin == std::string_view::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(kWhitespace) - begin + 1);
}

// Calls visit(line) for every line of text, without its '\n' or a trailing '\r'.
template <typename Visit> void forEachLine(std::string_view text, Visit&& visit)
{
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (end == text.size() && line.empty())
            break;
        visit(line, start);
        start = end + 1;
    }
}

bool hasFortuneSeparator(std::string_view text)
{
    bool found = false;
    forEachLine(text, [&](std::string_view line, std::size_t) { found = found || line == "%"; });
    return found;
}

struct FileList {
    std::vector<std::string> files;
    std::vector<SkippedFile> unlisted;
};

// Every regular file below `root`, sorted; a file reached twice (through a symbolic link, such as the
// fortune database's `art.u8 -> art`) is listed once, under its first name in sorted order.
FileList listFiles(const fs::path& root)
{
    FileList list;
    std::vector<std::pair<std::string, std::string>> found; // (path, canonical path)
    std::vector<fs::path> pending{root};
    while (!pending.empty()) {
        const fs::path directory = pending.back();
        pending.pop_back();
        std::error_code error;
        fs::directory_iterator it(directory, error);
        if (error) {
            list.unlisted.emplace_back(directory.string(), Fault{FaultCode::SkippedCannotList, {}, error.value()});
            continue;
        }
        for (; it != fs::directory_iterator(); it.increment(error)) {
            if (error)
                break;
            const fs::directory_entry& entry = *it;
            std::error_code statError;
            if (entry.is_symlink(statError) && !fs::exists(entry.path(), statError)) {
                list.unlisted.emplace_back(entry.path().string(), Fault{FaultCode::SkippedBrokenLink, {}});
                continue;
            }
            if (entry.is_directory(statError)) {
                if (!entry.is_symlink(statError)) // never follow links to folders: they can loop
                    pending.push_back(entry.path());
            } else if (entry.is_regular_file(statError)) {
                std::string canonical = fs::weakly_canonical(entry.path(), statError).string();
                found.emplace_back(entry.path().string(), statError ? entry.path().string() : std::move(canonical));
            }
        }
        if (error)
            list.unlisted.emplace_back(directory.string(), Fault{FaultCode::SkippedCannotList, {}, error.value()});
    }
    std::sort(found.begin(), found.end());
    std::set<std::string> seen;
    for (auto& [file, canonical] : found)
        if (seen.insert(canonical).second)
            list.files.push_back(std::move(file));
    return list;
}

bool hasExtension(const std::string& path, std::string_view extension)
{
    return path.size() >= extension.size()
        && path.compare(path.size() - extension.size(), extension.size(), extension) == 0;
}

// Reads a whole file; returns an empty optional and sets `why` when it cannot.
std::optional<std::string> readFile(const std::string& path, Fault& why)
{
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        why = {FaultCode::SkippedCannotOpen, {}, errno};
        return std::nullopt;
    }
    std::string bytes;
    char buffer[1 << 16];
    for (;;) {
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
        bytes.append(buffer, n);
        if (n < sizeof buffer) {
            if (std::ferror(file.get())) {
                why = {FaultCode::SkippedCannotRead, {}, errno};
                return std::nullopt;
            }
            break;
        }
    }
    return bytes;
}

class CorpusBuilder {
public:
    explicit CorpusBuilder(Corpus& corpus) : corpus_(corpus) { }

    void add(std::string_view text)
    {
        std::string document(trim(text));
        replaceLineBreakTags(document);
        if (trim(document).empty())
            return;
        corpus_.report.bytes += document.size();
        corpus_.documents.push_back(std::move(document));
        ++corpus_.report.documents;
    }

private:
    Corpus& corpus_;
};

} // namespace

std::vector<std::string> splitFortunes(std::string_view text)
{
    std::vector<std::string> documents;
    std::size_t begin = 0;
    const auto flush = [&](std::size_t end) {
        const std::string_view fortune = trim(text.substr(begin, end - begin));
        if (!fortune.empty())
            documents.emplace_back(fortune);
    };
    forEachLine(text, [&](std::string_view line, std::size_t offset) {
        if (line == "%") {
            flush(offset);
            begin = offset + line.size() + 1;
        }
    });
    if (begin < text.size())
        flush(text.size());
    return documents;
}

std::vector<std::string> splitParagraphs(std::string_view text)
{
    std::vector<std::string> documents;
    std::size_t begin = std::string_view::npos; // start of the current paragraph
    std::size_t end = 0;                        // end of its last line
    const auto flush = [&] {
        if (begin != std::string_view::npos)
            documents.emplace_back(trim(text.substr(begin, end - begin)));
        begin = std::string_view::npos;
    };
    forEachLine(text, [&](std::string_view line, std::size_t offset) {
        if (trim(line).empty()) {
            flush();
            return;
        }
        if (begin == std::string_view::npos)
            begin = offset;
        end = offset + line.size();
    });
    flush();
    return documents;
}

bool looksBinary(std::string_view head)
{
    head = head.substr(0, kBinaryProbeBytes);
    if (head.find('\0') != std::string_view::npos)
        return true;
    std::size_t control = 0;
    for (const char c : head) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && kWhitespace.find(c) == std::string_view::npos && byte != 0x1B)
            ++control;
    }
    return control * 10 > head.size();
}

Corpus readCorpus(const std::string& path, const CorpusOptions& options)
{
    Corpus corpus;
    CorpusReport& report = corpus.report;
    report.path = path;

    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
        throw CorpusError({FaultCode::CorpusNotFound, {path}});
    }

    CorpusFormat format = options.format;
    std::vector<std::string> files;
    if (fs::is_directory(status)) {
        FileList list = listFiles(path);
        report.skipped = std::move(list.unlisted);
        const bool anyText = std::any_of(list.files.begin(), list.files.end(),
                                         [](const std::string& file) { return hasExtension(file, ".txt"); });
        if (format == CorpusFormat::Auto)
            format = anyText ? CorpusFormat::TextFiles : CorpusFormat::Fortunes;
        for (std::string& file : list.files) {
            const bool wanted
                = format == CorpusFormat::TextFiles ? hasExtension(file, ".txt") : !hasExtension(file, ".dat");
            if (wanted)
                files.push_back(std::move(file));
        }
        if (files.empty()) {
            // When folders could not be listed, that is the likelier reason there is nothing: say so.
            Fault fault{FaultCode::CorpusNoTextFiles, {path}};
            if (!report.skipped.empty())
                appendSkippedFile(fault, report.skipped.front().path, report.skipped.front().why);
            throw CorpusError(std::move(fault));
        }
    } else {
        files.push_back(path);
    }

    CorpusBuilder builder(corpus);
    CorpusProgress progress;
    progress.filesTotal = files.size();
    for (const std::string& file : files) {
        Fault why;
        std::optional<std::string> bytes = readFile(file, why);
        if (bytes && looksBinary(*bytes))
            why = {FaultCode::SkippedBinary, {}};
        if (why.code != FaultCode::None) {
            report.skipped.emplace_back(file, why);
        } else {
            ++report.filesRead;
            progress.bytesDone += bytes->size();
            report.invalidUtf8Replaced += repairUtf8(*bytes);
            CorpusFormat fileFormat = format;
            if (fileFormat == CorpusFormat::Auto)
                fileFormat = hasFortuneSeparator(*bytes) ? CorpusFormat::Fortunes : CorpusFormat::Paragraphs;
            if (report.format == CorpusFormat::Auto)
                report.format = fileFormat;
            const std::size_t before = report.documents;
            if (fileFormat == CorpusFormat::TextFiles) {
                builder.add(*bytes);
            } else {
                const auto documents
                    = fileFormat == CorpusFormat::Fortunes ? splitFortunes(*bytes) : splitParagraphs(*bytes);
                for (const std::string& document : documents)
                    builder.add(document);
            }
            if (report.documents == before)
                report.skipped.emplace_back(file, Fault{FaultCode::SkippedEmpty, {}});
        }
        ++progress.filesDone;
        if (options.progress && !options.progress(progress))
            throw CorpusError({FaultCode::CorpusCancelled, {path}});
    }
    if (report.format == CorpusFormat::Auto)
        report.format = format;

    if (corpus.documents.empty()) {
        Fault fault{FaultCode::CorpusNoUsableText,
                    {path, std::to_string(report.skipped.size()), std::to_string(files.size())}};
        for (std::size_t i = 0; i < report.skipped.size() && i < 3; ++i)
            appendSkippedFile(fault, report.skipped[i].path, report.skipped[i].why);
        throw CorpusError(std::move(fault));
    }
    return corpus;
}

std::string formatReport(const CorpusReport& report)
{
    std::string text = "Corpus " + report.path + " (" + std::string(corpusFormatName(report.format)) + ")\n";
    text += "  files read:  " + std::to_string(report.filesRead) + "\n";
    text += "  documents:   " + std::to_string(report.documents) + "\n";
    char megabytes[32];
    std::snprintf(megabytes, sizeof megabytes, "%.2f MB", static_cast<double>(report.bytes) / 1e6);
    text += "  text:        " + std::string(megabytes) + "\n";
    if (report.invalidUtf8Replaced > 0)
        text += "  invalid UTF-8 sequences replaced: " + std::to_string(report.invalidUtf8Replaced) + "\n";
    text += "  skipped:     " + std::to_string(report.skipped.size()) + (report.skipped.empty() ? "\n" : ":\n");
    constexpr std::size_t kShown = 20;
    for (std::size_t i = 0; i < report.skipped.size() && i < kShown; ++i)
        text += "    " + report.skipped[i].path + ": " + report.skipped[i].reason + "\n";
    if (report.skipped.size() > kShown)
        text += "    ... and " + std::to_string(report.skipped.size() - kShown) + " more\n";
    return text;
}

} // namespace textgen
