// The loom: every branch of a column kept, as a tree. The root is the column as drawn; a branch forces one
// word at one step of its parent's text ("what if the model had said this here") and keeps the words its
// parent forced before that step. Each node records what it was last drawn with (checkpoint, chain,
// temperature, seed) and what it drew, so the tree reads without the model and exports as JSON and as text,
// both of which read back.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <map>
#include <vector>

#include "sample_set.h"
#include "sampler.h"

namespace textgen {

struct BranchNode {
    int id = 0;
    int parent = -1;                    // -1: the root
    int step = -1;                      // the word this branch forces, from 0 (-1 for the root)
    std::int32_t token = -1;            // its id in the run's vocabulary
    QString tokenText;                  // and the word
    double probability = 0.0;           // the word's probability where it was taken, in its parent's distribution
    std::map<int, std::int32_t> forced; // every word forced on the way from the root: what regenerates it
    // What it was last drawn with, and what it drew.
    SamplerSettings sampler;
    qint64 epoch = -1; // the checkpoint
    qint64 checkpointStep = -1;
    QString text;
    double perplexity = 0.0; // of the text under the model at T = 1
    double meanEntropyBits = 0.0;
    bool operator==(const BranchNode& other) const;
};

struct BranchTree {
    int column = 0;                // from 0
    std::vector<BranchNode> nodes; // a parent before its children; nodes.front() is the root
    int current = 0;               // the node the column shows
    int nextId = 1;

    // A tree of one root: the column as drawn.
    static BranchTree rooted(int column);
    const BranchNode* node(int id) const;
    BranchNode* node(int id);
    const BranchNode& shown() const { return *node(current); }
    std::vector<int> children(int id) const; // in the order they were made
    int depth(int id) const;                 // 0 for the root
    // The child of `parent` that forces `token` at `step`: found if it exists, else made (its forced words
    // are the parent's before `step`, and this one). Returns its id; the caller makes it current.
    int branch(int parent, int step, std::int32_t token, const QString& tokenText, double probability);
    // Deletes `id` and everything under it; the root cannot be deleted. A deleted current moves to the parent.
    bool remove(int id);
    bool operator==(const BranchTree& other) const;
};

// The trees of one prompt's columns, and what they came from.
struct BranchForest {
    static constexpr int kFormatVersion = 1;
    QString runName;
    QString runPath;
    QString prompt;
    QString tokenizer;
    int length = 0;
    QDateTime date;
    std::vector<BranchTree> trees;
    bool operator==(const BranchForest& other) const;
};

// {"format": "textgen branch tree", "version": 1, ..., "columns": [{"column", "current", "nodes": [...]}]}.
QByteArray formatBranchesJson(const BranchForest& forest);
// An indented outline a person reads: a header of key: value lines, then per column its nodes, each child
// two spaces further in than its parent, each node with its fields under it.
QByteArray formatBranchesText(const BranchForest& forest);
// Either format, told apart by the first byte; throws SampleSetError naming `origin` and the line.
BranchForest parseBranches(const QByteArray& bytes, const QString& origin);
// Atomic; the suffix chooses the format (.json, else text).
void writeBranches(const QString& path, const BranchForest& forest);
BranchForest readBranches(const QString& path);

} // namespace textgen
