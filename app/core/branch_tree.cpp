// The branch tree, its two formats and their readers.
//
// The text format:
//
//   textgen branch tree 1
//   run: movies
//   ...                                  (key: value lines, as the sample set's header)
//   columns: 2
//
//   --- column 1, showing branch 2 ---
//   [0] as drawn
//       sampler: temperature 0.2, top-k 0, ..., seed 42, specials suppressed
//       chain: repetition-penalty > temperature > top-k > top-p > min-p
//       checkpoint: epoch 2, step 80
//       statistics: perplexity 12.5, entropy 1.25 bits
//       text: the movie was ...      (\\ and \n escaped)
//     [1] word 6 → “great” (id 30, p 0.125)
//         forced: 5=30
//         ...                            (a child two spaces in from its parent, its fields four)
#include "branch_tree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

#include "sample_export.h"

namespace textgen {

namespace {

constexpr char kTextMagic[] = "textgen branch tree";
constexpr char kJsonFormat[] = "textgen branch tree";

QString statisticsText(const BranchNode& node)
{
    return QStringLiteral("perplexity %1, entropy %2 bits")
        .arg(shortestNumber(node.perplexity), shortestNumber(node.meanEntropyBits));
}

} // namespace

bool BranchNode::operator==(const BranchNode& o) const
{
    return id == o.id && parent == o.parent && step == o.step && token == o.token && tokenText == o.tokenText
        && probability == o.probability && forced == o.forced && sampler == o.sampler && epoch == o.epoch
        && checkpointStep == o.checkpointStep && text == o.text && perplexity == o.perplexity
        && meanEntropyBits == o.meanEntropyBits;
}

bool BranchTree::operator==(const BranchTree& o) const
{
    return column == o.column && nodes == o.nodes && current == o.current && nextId == o.nextId;
}

bool BranchForest::operator==(const BranchForest& o) const
{
    return runName == o.runName && runPath == o.runPath && prompt == o.prompt && tokenizer == o.tokenizer
        && length == o.length && date == o.date && trees == o.trees;
}

BranchTree BranchTree::rooted(int column)
{
    BranchTree tree;
    tree.column = column;
    tree.nodes.push_back(BranchNode{});
    return tree;
}

const BranchNode* BranchTree::node(int id) const
{
    const auto found = std::find_if(nodes.begin(), nodes.end(), [id](const BranchNode& n) { return n.id == id; });
    return found == nodes.end() ? nullptr : &*found;
}

BranchNode* BranchTree::node(int id)
{
    return const_cast<BranchNode*>(std::as_const(*this).node(id));
}

std::vector<int> BranchTree::children(int id) const
{
    std::vector<int> out;
    for (const BranchNode& n : nodes)
        if (n.parent == id && n.id != id)
            out.push_back(n.id);
    return out;
}

int BranchTree::depth(int id) const
{
    int depth = 0;
    for (const BranchNode* n = node(id); n && n->parent >= 0; n = node(n->parent))
        ++depth;
    return depth;
}

int BranchTree::branch(int parent, int step, std::int32_t token, const QString& tokenText, double probability)
{
    const BranchNode* from = node(parent);
    if (!from)
        return -1;
    for (const int child : children(parent))
        if (node(child)->step == step && node(child)->token == token)
            return child;
    BranchNode made;
    made.id = nextId++;
    made.parent = parent;
    made.step = step;
    made.token = token;
    made.tokenText = tokenText;
    made.probability = probability;
    for (const auto& [at, id] : from->forced)
        if (at < step) // the words forced after this step belonged to the parent's continuation
            made.forced[at] = id;
    made.forced[step] = token;
    made.sampler = from->sampler; // until it is drawn
    made.epoch = from->epoch;
    made.checkpointStep = from->checkpointStep;
    nodes.push_back(made);
    return made.id;
}

bool BranchTree::remove(int id)
{
    const BranchNode* doomed = node(id);
    if (!doomed || doomed->parent < 0)
        return false;
    const int parent = doomed->parent;
    std::vector<int> gone{id};
    for (std::size_t i = 0; i < gone.size(); ++i) // a parent is before its children: one pass finds them all
        for (const int child : children(gone[i]))
            gone.push_back(child);
    if (std::find(gone.begin(), gone.end(), current) != gone.end())
        current = parent;
    nodes.erase(
        std::remove_if(nodes.begin(), nodes.end(),
                       [&](const BranchNode& n) { return std::find(gone.begin(), gone.end(), n.id) != gone.end(); }),
        nodes.end());
    return true;
}

// --- JSON ---

QByteArray formatBranchesJson(const BranchForest& forest)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kJsonFormat));
    root.insert(QStringLiteral("version"), BranchForest::kFormatVersion);
    root.insert(QStringLiteral("run"), forest.runName);
    root.insert(QStringLiteral("run_path"), forest.runPath);
    root.insert(QStringLiteral("prompt"), forest.prompt);
    root.insert(QStringLiteral("tokenizer"), forest.tokenizer);
    root.insert(QStringLiteral("length"), forest.length);
    root.insert(QStringLiteral("date"), forest.date.toString(Qt::ISODateWithMs));
    QJsonArray columns;
    for (const BranchTree& tree : forest.trees) {
        QJsonArray nodes;
        for (const BranchNode& n : tree.nodes) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), n.id);
            o.insert(QStringLiteral("parent"), n.parent < 0 ? QJsonValue() : QJsonValue(n.parent));
            if (n.parent >= 0) {
                o.insert(QStringLiteral("step"), n.step);
                o.insert(QStringLiteral("token_id"), n.token);
                o.insert(QStringLiteral("token"), n.tokenText);
                o.insert(QStringLiteral("p"), n.probability);
            }
            o.insert(QStringLiteral("forced"), forcedText(n.forced));
            o.insert(QStringLiteral("sampler"), samplerObject(n.sampler));
            o.insert(QStringLiteral("checkpoint"),
                     QJsonObject{{QStringLiteral("epoch"), n.epoch}, {QStringLiteral("step"), n.checkpointStep}});
            o.insert(QStringLiteral("text"), n.text);
            o.insert(QStringLiteral("perplexity_t1"), n.perplexity);
            o.insert(QStringLiteral("mean_entropy_bits"), n.meanEntropyBits);
            nodes.append(o);
        }
        columns.append(QJsonObject{{QStringLiteral("column"), tree.column + 1},
                                   {QStringLiteral("current"), tree.current},
                                   {QStringLiteral("next_id"), tree.nextId},
                                   {QStringLiteral("nodes"), nodes}});
    }
    root.insert(QStringLiteral("columns"), columns);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

BranchForest parseJson(const QByteArray& bytes, const QString& origin)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    // A JSON document is one "line" to the messages: they name the byte offset instead, in the reason.
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw errorAtLine(origin, 1, Problem::Code::SampleSetJson,
                          {QStringLiteral("%1 at byte %2").arg(error.errorString()).arg(error.offset)});
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kJsonFormat)
        || root.value(QLatin1String("version")).toInt() != BranchForest::kFormatVersion)
        throw errorAtLine(origin, 1, Problem::Code::NotABranchTree,
                          {QStringLiteral("{\"format\": \"%1\", \"version\": %2")
                               .arg(QLatin1String(kJsonFormat))
                               .arg(BranchForest::kFormatVersion)});
    const auto need = [&](const QJsonObject& o, const char* key) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined())
            throw errorAtLine(origin, 1, Problem::Code::SampleSetKeyMissing, {QLatin1String(key)});
        return value;
    };
    BranchForest forest;
    forest.runName = need(root, "run").toString();
    forest.runPath = need(root, "run_path").toString();
    forest.prompt = need(root, "prompt").toString();
    forest.tokenizer = need(root, "tokenizer").toString();
    forest.length = need(root, "length").toInt();
    forest.date = QDateTime::fromString(need(root, "date").toString(), Qt::ISODateWithMs);
    for (const QJsonValue& columnValue : need(root, "columns").toArray()) {
        const QJsonObject column = columnValue.toObject();
        BranchTree tree;
        tree.column = need(column, "column").toInt() - 1;
        tree.current = need(column, "current").toInt();
        tree.nextId = need(column, "next_id").toInt();
        for (const QJsonValue& nodeValue : need(column, "nodes").toArray()) {
            const QJsonObject o = nodeValue.toObject();
            BranchNode n;
            n.id = need(o, "id").toInt();
            n.parent = o.value(QLatin1String("parent")).isNull() ? -1 : need(o, "parent").toInt();
            if ((n.parent < 0) != tree.nodes.empty() || (n.parent >= 0 && !tree.node(n.parent)) || tree.node(n.id))
                throw errorAtLine(origin, 1, Problem::Code::BranchTreeNode, {QString::number(n.id)});
            if (n.parent >= 0) {
                n.step = need(o, "step").toInt();
                n.token = need(o, "token_id").toInt();
                n.tokenText = need(o, "token").toString();
                n.probability = need(o, "p").toDouble();
            }
            if (!parseForced(need(o, "forced").toString(), n.forced))
                throw errorAtLine(origin, 1, Problem::Code::SampleSetForced, {need(o, "forced").toString()});
            if (!readSamplerObject(need(o, "sampler").toObject(), n.sampler))
                throw errorAtLine(origin, 1, Problem::Code::BranchTreeSampler, {QString::number(n.id)});
            const QJsonObject checkpoint = need(o, "checkpoint").toObject();
            n.epoch = checkpoint.value(QLatin1String("epoch")).toInteger(-1);
            n.checkpointStep = checkpoint.value(QLatin1String("step")).toInteger(-1);
            n.text = need(o, "text").toString();
            n.perplexity = need(o, "perplexity_t1").toDouble();
            n.meanEntropyBits = need(o, "mean_entropy_bits").toDouble();
            tree.nodes.push_back(n);
        }
        if (tree.nodes.empty() || !tree.node(tree.current))
            throw errorAtLine(origin, 1, Problem::Code::BranchTreeNode, {QString::number(tree.current)});
        forest.trees.push_back(std::move(tree));
    }
    return forest;
}

// --- text ---

void writeNodes(QByteArray& out, const BranchTree& tree, int id, int depth)
{
    const BranchNode& n = *tree.node(id);
    const QByteArray indent(2 * depth, ' '), fieldIndent(2 * depth + 4, ' ');
    if (n.parent < 0)
        out += indent + "[" + QByteArray::number(n.id) + "] as drawn\n";
    else
        out += indent
            + QStringLiteral("[%1] word %2 → “%3” (id %4, p %5)\n")
                  .arg(n.id)
                  .arg(n.step + 1)
                  .arg(escapeLine(n.tokenText))
                  .arg(n.token)
                  .arg(shortestNumber(n.probability))
                  .toUtf8();
    const auto field
        = [&](const char* key, const QString& value) { out += fieldIndent + key + ": " + value.toUtf8() + '\n'; };
    if (!n.forced.empty())
        field("forced", forcedText(n.forced));
    field("sampler", samplerText(n.sampler));
    field("chain", QString::fromStdString(chainOrderText(n.sampler.order, " > ")));
    field("checkpoint", checkpointText(n.epoch, n.checkpointStep));
    field("statistics", statisticsText(n));
    field("text", escapeLine(n.text));
    for (const int child : tree.children(id))
        writeNodes(out, tree, child, depth + 1);
}

BranchForest parseText(const QByteArray& bytes, const QString& origin)
{
    const QList<QByteArray> lines = bytes.split('\n');
    int number = 0;
    const auto fail
        = [&](Problem::Code code, QStringList values = {}) { return errorAtLine(origin, number, code, values); };
    const QByteArray magic = QByteArray(kTextMagic) + ' ' + QByteArray::number(BranchForest::kFormatVersion);
    if (lines.value(0) != magic)
        throw errorAtLine(origin, 1, Problem::Code::NotABranchTree, {QString::fromUtf8(magic)});
    std::map<QString, QString> header;
    for (number = 2; number <= lines.size() && !lines[number - 1].isEmpty(); ++number)
        if (!readHeaderLine(lines[number - 1], header))
            throw fail(Problem::Code::SampleSetLine, {QString::fromUtf8(lines[number - 1])});
    const auto field = [&](const char* key) { return headerField(header, key, origin, number); };
    BranchForest forest;
    forest.runName = field("run");
    forest.runPath = field("run path");
    forest.prompt = field("prompt");
    forest.tokenizer = field("tokenizer");
    forest.length = field("length").toInt();
    forest.date = QDateTime::fromString(field("date"), Qt::ISODateWithMs);

    static const QRegularExpression columnHeading(QStringLiteral("^--- column (\\d+), showing branch (\\d+) ---$"));
    static const QRegularExpression rootLine(QStringLiteral("^( *)\\[(\\d+)\\] as drawn$"));
    static const QRegularExpression branchLine(
        QStringLiteral("^( *)\\[(\\d+)\\] word (\\d+) → “(.*)” \\(id (\\d+), p (\\S+)\\)$"));
    static const QRegularExpression statistics(QStringLiteral("^perplexity (\\S+), entropy (\\S+) bits$"));
    std::vector<int> path; // the ids from the root to the last node read, by depth
    for (++number; number <= lines.size(); ++number) {
        const QString line = QString::fromUtf8(lines[number - 1]);
        if (line.isEmpty())
            continue;
        if (const QRegularExpressionMatch m = columnHeading.match(line); m.hasMatch()) {
            BranchTree tree;
            tree.column = m.captured(1).toInt() - 1;
            tree.current = m.captured(2).toInt();
            forest.trees.push_back(tree);
            path.clear();
            continue;
        }
        if (forest.trees.empty())
            throw fail(Problem::Code::BranchTreeLine, {line});
        BranchTree& tree = forest.trees.back();
        const QRegularExpressionMatch root = rootLine.match(line), branch = branchLine.match(line);
        if (root.hasMatch() || branch.hasMatch()) {
            const QRegularExpressionMatch& m = root.hasMatch() ? root : branch;
            const auto depth = static_cast<std::size_t>(m.captured(1).size() / 2);
            BranchNode n;
            n.id = m.captured(2).toInt();
            if (m.captured(1).size() % 2 != 0 || depth > path.size() || (depth == 0) != root.hasMatch()
                || (depth == 0 && !tree.nodes.empty()) || tree.node(n.id))
                throw fail(Problem::Code::BranchTreeNode, {m.captured(2)});
            path.resize(depth);
            n.parent = depth == 0 ? -1 : path.back();
            if (branch.hasMatch()) {
                n.step = branch.captured(3).toInt() - 1;
                n.tokenText = unescapeLine(branch.captured(4));
                n.token = branch.captured(5).toInt();
                n.probability = branch.captured(6).toDouble();
            }
            tree.nodes.push_back(n);
            tree.nextId = std::max(tree.nextId, n.id + 1);
            path.push_back(n.id);
            continue;
        }
        // A field of the last node, four spaces in from it.
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (tree.nodes.empty() || colon < 0 || !line.startsWith(QString(2 * (path.size() - 1) + 4, QLatin1Char(' '))))
            throw fail(Problem::Code::BranchTreeLine, {line});
        BranchNode& n = tree.nodes.back();
        const QString key = line.left(colon).trimmed(), value = line.mid(colon + 2);
        bool good = true;
        if (key == QLatin1String("forced")) {
            good = parseForced(value, n.forced);
        } else if (key == QLatin1String("sampler")) {
            good = parseSamplerText(value, n.sampler);
            if (!good)
                throw fail(Problem::Code::BranchTreeSampler, {QString::number(n.id)});
        } else if (key == QLatin1String("chain")) {
            const std::optional<std::vector<SamplerStepKind>> order = parseChainOrder(value.toStdString());
            if (!order)
                throw fail(Problem::Code::BranchTreeSampler, {QString::number(n.id)});
            n.sampler.order = *order;
        } else if (key == QLatin1String("checkpoint")) {
            good = value == checkpointText(-1, -1) || parseCheckpoint(value, n.epoch, n.checkpointStep);
        } else if (key == QLatin1String("statistics")) {
            const QRegularExpressionMatch m = statistics.match(value);
            good = m.hasMatch();
            n.perplexity = m.captured(1).toDouble();
            n.meanEntropyBits = m.captured(2).toDouble();
        } else if (key == QLatin1String("text")) {
            n.text = unescapeLine(value);
        } else {
            good = false;
        }
        if (!good)
            throw fail(Problem::Code::BranchTreeLine, {line});
    }
    for (const BranchTree& tree : forest.trees)
        if (tree.nodes.empty() || !tree.node(tree.current))
            throw errorAtLine(origin, number - 1, Problem::Code::BranchTreeNode, {QString::number(tree.current)});
    return forest;
}

} // namespace

QByteArray formatBranchesText(const BranchForest& forest)
{
    QByteArray out = QByteArray(kTextMagic) + ' ' + QByteArray::number(BranchForest::kFormatVersion) + '\n';
    const auto field = [&](const char* key, const QString& value) { out += headerLine(key, value); };
    field("run", forest.runName);
    field("run path", forest.runPath);
    field("prompt", forest.prompt);
    field("tokenizer", forest.tokenizer);
    field("length", QString::number(forest.length));
    field("date", forest.date.toString(Qt::ISODateWithMs));
    field("columns", QString::number(forest.trees.size()));
    for (const BranchTree& tree : forest.trees) {
        out += QStringLiteral("\n--- column %1, showing branch %2 ---\n")
                   .arg(tree.column + 1)
                   .arg(tree.current)
                   .toUtf8();
        if (!tree.nodes.empty())
            writeNodes(out, tree, tree.nodes.front().id, 0);
    }
    return out;
}

BranchForest parseBranches(const QByteArray& bytes, const QString& origin)
{
    return bytes.trimmed().startsWith('{') ? parseJson(bytes, origin) : parseText(bytes, origin);
}

void writeBranches(const QString& path, const BranchForest& forest)
{
    writeExport(path,
                path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? formatBranchesJson(forest)
                                                                           : formatBranchesText(forest));
}

BranchForest readBranches(const QString& path)
{
    return parseBranches(readWholeFile(path), path);
}

} // namespace textgen
