// Reading a corpus from disk into documents: a tree of .txt files (aclImdb), a fortune database, or one text
// file of paragraphs. Not tokenization: documents come out as cleaned UTF-8 text.
#pragma once

#include "fault.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace textgen {

// Why a corpus cannot be read (FaultCode::Corpus...). The skipped files' reasons stay in English.
class CorpusError : public EngineError {
public:
    using EngineError::EngineError;
};

enum class CorpusFormat {
    Auto,       // a directory with .txt files -> TextFiles; another directory -> Fortunes;
                // a file with "%" lines -> Fortunes; another file -> Paragraphs
    TextFiles,  // every *.txt below a directory, one document per file (aclImdb/train/pos/0_9.txt ...)
    Fortunes,   // texts separated by lines holding only "%" (/usr/share/games/fortunes), .dat files skipped
    Paragraphs, // one document per blank-line-separated paragraph
};

std::string_view corpusFormatName(CorpusFormat format);
std::optional<CorpusFormat> corpusFormatFromName(std::string_view name);

struct SkippedFile {
    SkippedFile(std::string path, Fault why) : path(std::move(path)), reason(englishText(why)), why(std::move(why)) { }
    std::string path;
    std::string reason; // why, in English
    Fault why;          // FaultCode::Skipped...
};

struct CorpusReport {
    std::string path;
    CorpusFormat format = CorpusFormat::Auto; // the format actually read
    std::size_t filesRead = 0;
    std::size_t documents = 0;
    std::uint64_t bytes = 0;             // of the documents, after clean-up
    std::size_t invalidUtf8Replaced = 0; // invalid sequences replaced by U+FFFD
    std::vector<SkippedFile> skipped;
};

// A short, human-readable summary: files, documents, bytes, repairs and each skipped file with its reason.
std::string formatReport(const CorpusReport& report);

struct Corpus {
    std::vector<std::string> documents;
    CorpusReport report;
};

struct CorpusProgress {
    std::size_t filesDone = 0;
    std::size_t filesTotal = 0;
    std::uint64_t bytesDone = 0;
};

struct CorpusOptions {
    CorpusFormat format = CorpusFormat::Auto;
    // Called after every file; return false to cancel (reading then throws CorpusError "cancelled").
    std::function<bool(const CorpusProgress&)> progress;
};

// Reads every document of the corpus at `path`. Each document has "<br />" replaced by a space (as the
// chapter does), invalid UTF-8 repaired and counted; unreadable and binary files are skipped and listed.
// Throws CorpusError, naming the path and what to do, for a missing path or a corpus with no usable text.
Corpus readCorpus(const std::string& path, const CorpusOptions& options = {});

// The documents of one fortune file's text, or of one paragraph file's text (exposed for tests and fuzzing).
std::vector<std::string> splitFortunes(std::string_view text);
std::vector<std::string> splitParagraphs(std::string_view text);

// True when the first bytes look like a binary file (a NUL byte, or mostly control and invalid bytes).
bool looksBinary(std::string_view head);

// Where `make deps` puts the default corpus.
inline constexpr std::string_view kDefaultCorpusPath = "/usr/share/games/fortunes";

} // namespace textgen
