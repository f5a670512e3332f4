#!/usr/bin/env python3
"""The chapter's TextVectorization rules in plain Python (re + collections.Counter): the reference the
studio's vectorizer is checked against (same vocabulary, line for line) and the speed it is compared with.

    keras_rules.py vocab CORPUS [--max-tokens N]   writes the vocabulary, one token per line, to stdout
    keras_rules.py bench CORPUS                     prints {"adapt_MBps": X, "encode_MBps": X} as one line

CORPUS is a folder of .txt files (aclImdb layout). Rules, as Keras' lower_and_strip_punctuation + split:
ASCII-only lowercasing, the 32 ASCII punctuation characters removed, split on ASCII whitespace.
"""
import collections
import json
import os
import re
import sys
import time

STRIP = re.compile(r"""[!"#$%&()*+,\-./:;<=>?@\[\\\]^_`{|}~']""")
SPLIT = re.compile(r"[ \t\n\v\f\r]+")
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def read_documents(root):
    paths = []
    for folder, _, files in os.walk(root):
        paths += [os.path.join(folder, name) for name in files if name.endswith(".txt")]
    documents = []
    for path in sorted(paths):
        with open(path, encoding="utf-8", errors="replace") as f:
            documents.append(f.read().replace("<br />", " "))
    return documents


def words(text):
    return [w for w in SPLIT.split(STRIP.sub("", text.translate(ASCII_LOWER))) if w]


def adapt(documents, max_tokens):
    counts = collections.Counter()
    for document in documents:
        counts.update(words(document))
    ordered = sorted(counts.items(), key=lambda item: (item[1], item[0]), reverse=True)
    return ["", "[UNK]"] + [token for token, _ in ordered[: max_tokens - 2]]


def encode(documents, vocabulary):
    ids = {token: i for i, token in enumerate(vocabulary)}
    return sum(len([ids.get(w, 1) for w in words(d)]) for d in documents)


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("vocab", "bench"):
        sys.exit(__doc__)
    documents = read_documents(sys.argv[2])
    max_tokens = int(sys.argv[sys.argv.index("--max-tokens") + 1]) if "--max-tokens" in sys.argv else 15000
    if sys.argv[1] == "vocab":
        sys.stdout.write("".join(token + "\n" for token in adapt(documents, max_tokens)))
        return
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
    start = time.perf_counter()
    vocabulary = adapt(documents, max_tokens)
    adapt_seconds = time.perf_counter() - start
    start = time.perf_counter()
    encode(documents, vocabulary)
    encode_seconds = time.perf_counter() - start
    print(json.dumps({"documents": len(documents), "MB": round(megabytes, 2),
                      "adapt_MBps": round(megabytes / adapt_seconds, 1),
                      "encode_MBps": round(megabytes / encode_seconds, 1)}))


if __name__ == "__main__":
    main()
