// The richer exports of a sample set, next to its text file (sample_set.h): JSON Lines with every word's
// probability, entropy and top candidates, one line per column; and a Markdown table of the columns with
// their settings and statistics. Both parse back to what they were written from.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

#include "column_statistics.h"
#include "generator.h"
#include "sample_set.h"

namespace textgen {

// A sample set and, per sample, the words as they were drawn (empty when only the text is known).
struct DetailedSampleSet {
    SampleSet set;
    std::vector<std::vector<SampledToken>> tokens; // tokens[i] belongs to set.samples[i]
};

// One line per sample: the set's fields, the sample's settings (with "chain", the steps that act, and
// "order", the whole order), its text, its statistics and a "tokens" array of
// {id, token, p, p_t1, entropy_bits, forced, top: [[token, p], ...]}.
QByteArray formatJsonLines(const DetailedSampleSet& samples);
// Throws SampleSetError naming `origin` and the line. Statistics are recomputed from the tokens, not read.
DetailedSampleSet parseJsonLines(const QByteArray& text, const QString& origin);

// A heading, the set's fields as a list, then one table column per sample: its settings, checkpoint, text
// and statistics.
QByteArray formatMarkdown(const DetailedSampleSet& samples);
// The set back (its samples' settings and texts); the statistics rows are derived and not returned.
SampleSet parseMarkdown(const QByteArray& text, const QString& origin);

// "3.21 bits", the statistics' one-line summary in English ("mean entropy 3.21 bits · perplexity 45.2 · ...").
QString statisticsSummary(const ColumnStatistics& statistics, const std::vector<SampledToken>& tokens);
// The loop's words ("of the"), empty when there is none.
QString loopWords(const Loop& loop, const std::vector<SampledToken>& tokens);

// A sampler's settings as the JSON exports write them (the seed as a string: 64 bits), and back; false when
// the order or the seed does not read.
QJsonObject samplerObject(const SamplerSettings& sampler);
bool readSamplerObject(const QJsonObject& object, SamplerSettings& sampler);

// Writes `bytes` atomically; throws SampleSetError with the file's error.
void writeExport(const QString& path, const QByteArray& bytes);

} // namespace textgen
