// A sample set: the side-by-side samples of one prompt, with everything needed to reproduce them (run,
// checkpoint, model, tokenizer, prompt, length, and per sample its sampler settings, seed and forced tokens).
// It is written as a UTF-8 text file a person can read and this code can parse back.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <map>
#include <stdexcept>
#include <vector>

#include "problem.h"
#include "sampler.h"

namespace textgen {

class SampleSetError : public RunError {
public:
    using RunError::RunError;
};

struct SampleSetEntry {
    SamplerSettings sampler;
    std::map<int, std::int32_t> forced; // step -> token id (a branch)
    QString text;                       // the continuation
    qint64 epoch = -1;                  // the sample's own checkpoint (the scrubber's columns); -1: the set's
    qint64 step = -1;
    bool operator==(const SampleSetEntry& other) const;
};

struct SampleSet {
    static constexpr int kFormatVersion = 2; // reads 1 too
    QString runName;
    QString runPath;
    qint64 checkpointEpoch = 0; // completed epochs at the checkpoint
    qint64 checkpointStep = 0;
    QString checkpointFile; // relative to the run folder
    QString model;          // the sizes, as describeConfig() writes them
    QString tokenizer;
    QString prompt;
    int length = 0;
    QDateTime date;
    std::vector<SampleSetEntry> samples;
    bool operator==(const SampleSet& other) const;
};

QByteArray formatSampleSet(const SampleSet& set);
// Throws SampleSetError naming `origin` and the line that is wrong.
SampleSet parseSampleSet(const QByteArray& text, const QString& origin);
// Atomic (QSaveFile); throws SampleSetError with the file's error ("Permission denied").
void writeSampleSet(const QString& path, const SampleSet& set);
SampleSet readSampleSet(const QString& path);

// What every reader of these files throws for a line that is wrong: `origin` and `line` first, then the
// code's own values.
SampleSetError errorAtLine(const QString& origin, int line, Problem::Code code, QStringList values = {});
// A file's bytes; throws SampleSetError (CannotRead, with the system's reason).
QByteArray readWholeFile(const QString& path);

// The header the text formats open with: "key: value" lines, the value escaped (escapeLine). A line is
// read into `fields` (false when it has no ": "); a missing key throws SampleSetKeyMissing at `line`.
QByteArray headerLine(const char* key, const QString& value);
bool readHeaderLine(const QByteArray& line, std::map<QString, QString>& fields);
QString headerField(const std::map<QString, QString>& fields, const char* key, const QString& origin, int line);

// A value on one line: backslashes and line breaks escaped (\\ and \n), and back.
QString escapeLine(const QString& value);
QString unescapeLine(const QString& value);

// The shortest decimal that reads back as the same double ("0.2", not "0.20000000000000001").
QString shortestNumber(double value);

// The fields every format of a sample set writes the same way, and reads back: "6=30 9=2" for the forced
// tokens (a branch) and "epoch 3, step 4200" for a checkpoint.
QString forcedText(const std::map<int, std::int32_t>& forced);
// False with the pair that does not read as step=id in `badPair`.
bool parseForced(const QString& text, std::map<int, std::int32_t>& forced, QString* badPair = nullptr);
QString checkpointText(qint64 epoch, qint64 step);
// "temperature 0.2, top-k 0, top-p 1, min-p 0, repetition penalty 1 over 64, seed 42, specials suppressed" (the
// chain's order is written apart). The parse reads version 1's text too (no min-p, no penalty); false when
// the text is another, with `numbersRead` false when the shape was right and a number was not.
QString samplerText(const SamplerSettings& sampler);
bool parseSamplerText(const QString& text, SamplerSettings& sampler, bool* numbersRead = nullptr);
bool parseCheckpoint(const QString& text, qint64& epoch, qint64& step);

} // namespace textgen
