// `textgen vocab` (adapt a vocabulary on a corpus) and `textgen tokenize` (text lines to ids).
#include "cli_support.h"
#include "commands.h"

#include <cstdio>
#include <iostream>
#include <string>

#include "vocabulary.h"

namespace textgen::cli {

int vocabCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads a corpus, prints its report and writes its vocabulary (one token per line, id = line - 1),\n"
        "as the chapter's TextVectorization.adapt does."));
    parser.addPositionalArgument(
        QStringLiteral("CORPUS"),
        QStringLiteral("A folder of .txt files (aclImdb/), a fortune file or folder, or a text file."));
    parser.addOption({QStringLiteral("tokenizer"), QStringLiteral("word (the chapter's) or char."),
                      QStringLiteral("word|char"), QStringLiteral("word")});
    parser.addOption({QStringLiteral("max-tokens"),
                      QStringLiteral("Vocabulary size, counting padding and [UNK]; 0 keeps every token."),
                      QStringLiteral("N"), QStringLiteral("15000")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("How to read CORPUS: auto, files, fortune or paragraphs."),
                      QStringLiteral("auto|files|fortune|paragraphs"), QStringLiteral("auto")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Write the vocabulary to FILE (default: standard output, report on standard error)."),
         QStringLiteral("FILE")});
    if (!parseArguments(parser, arguments, 1, QStringLiteral("CORPUS")))
        return 0;

    VocabularyOptions options;
    options.tokenizer = tokenizerOption(parser, QStringLiteral("tokenizer"));
    options.maxTokens = static_cast<std::size_t>(integerOption(parser, QStringLiteral("max-tokens"), 0));
    if (options.maxTokens == 1 || options.maxTokens == 2)
        throw UsageError(QStringLiteral("--max-tokens must be 0 (no limit) or at least 3: padding and [UNK] take two"));
    const CorpusFormat format = corpusFormatOption(parser, QStringLiteral("format"));

    const Corpus corpus = readCorpusReporting(parser.positionalArguments().at(0), format);
    const Vocabulary vocabulary = Vocabulary::adapt(corpus.documents, options);
    const bool toFile = parser.isSet(QStringLiteral("output"));
    std::FILE* reportStream = toFile ? stdout : stderr;
    std::fputs(formatReport(corpus.report).c_str(), reportStream);
    std::fprintf(reportStream, "  vocabulary:  %zu tokens (%s)\n", vocabulary.size(),
                 std::string(tokenizerName(options.tokenizer)).c_str());
    if (toFile) {
        const std::string path = parser.value(QStringLiteral("output")).toStdString();
        vocabulary.save(path);
        std::printf("  written to:  %s\n", path.c_str());
    } else {
        std::fputs(vocabulary.serialize().c_str(), stdout);
    }
    return 0;
}

int tokenizeCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads text lines on standard input and prints, per line, the token ids separated by spaces."));
    parser.addOption(
        {QStringLiteral("vocab"), QStringLiteral("The vocabulary file (from textgen vocab)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tokenizer"), QStringLiteral("word (the chapter's) or char."),
                      QStringLiteral("word|char"), QStringLiteral("word")});
    parser.addOption(
        {QStringLiteral("length"), QStringLiteral("Pad with 0 or truncate every line to N ids."), QStringLiteral("N")});
    if (!parseArguments(parser, arguments, 0, {}))
        return 0;
    if (!parser.isSet(QStringLiteral("vocab")))
        throw UsageError(QStringLiteral("--vocab FILE is required"));
    const TokenizerKind tokenizer = tokenizerOption(parser, QStringLiteral("tokenizer"));
    const std::size_t length = parser.isSet(QStringLiteral("length"))
        ? static_cast<std::size_t>(integerOption(parser, QStringLiteral("length"), 1))
        : 0;
    const Vocabulary vocabulary = Vocabulary::load(parser.value(QStringLiteral("vocab")).toStdString(), tokenizer);

    std::ios::sync_with_stdio(false);
    std::string line;
    std::string out;
    std::vector<std::int32_t> ids;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        ids.clear();
        replaceLineBreakTags(line); // the same clean-up as every corpus document
        vocabulary.encode(line, ids);
        if (length > 0)
            ids.resize(length, Vocabulary::kPaddingId);
        out.clear();
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (i > 0)
                out.push_back(' ');
            out += std::to_string(ids[i]);
        }
        out.push_back('\n');
        std::cout << out;
    }
    std::cout.flush();
    return 0;
}

} // namespace textgen::cli
