#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets with clang (address and undefined-behaviour sanitizers) and runs
# each for FUZZ_SECONDS (default 60) from its seeds. Crashes are left in build-fuzz/<target>.work/crashes:
# keep them as regression rows of the tests once fixed. Not part of CI.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/build-fuzz"
seconds=${FUZZ_SECONDS:-60}
mkdir -p "$out"
qt_flags=$(pkg-config --cflags Qt6Core 2>/dev/null || echo "-I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore")
flags=(-std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fPIC -I"$root/model/base" -I"$root/model/text" -I"$root/model/nn"
       -I"$root/model/train" -I"$root/model/decode" -I"$root/model/system" -I"$root/app/core")
engine=("$root/model/text/utf8.cpp" "$root/model/text/tokenizer.cpp" "$root/model/text/vocabulary.cpp"
        "$root/model/base/atomic_file.cpp" "$root/model/text/corpus.cpp" "$root/model/train/checkpoint.cpp"
        "$root/model/nn/model_config.cpp" "$root/model/base/fault.cpp")
build() { # name, extra sources and flags...
    local name=$1; shift
    echo "building $name"
    clang++ "${flags[@]}" "$root/tests/fuzz/$name.cpp" "$@" -o "$out/$name"
}
build fuzz_vocabulary "${engine[@]}"
build fuzz_checkpoint_header "${engine[@]}"
build fuzz_corpus_text "${engine[@]}"
build fuzz_sample_set "$root/app/core/sample_set.cpp" $qt_flags -lQt6Core
# run.json's settings include the trainer's options (a plain struct, but declared beside LibTorch types).
build fuzz_run_json "$root/app/core/run_settings.cpp" "${engine[@]}" "$root/model/text/lm_dataset.cpp" $qt_flags \
    -I/usr/include/torch/csrc/api/include -lQt6Core
for name in fuzz_vocabulary fuzz_checkpoint_header fuzz_corpus_text fuzz_sample_set fuzz_run_json; do
    [ -x "$out/$name" ] || continue
    work="$out/$name.work"
    mkdir -p "$work/corpus" "$work/crashes"
    if [ -d "$root/tests/fuzz/seeds/$name" ]; then cp -n "$root/tests/fuzz/seeds/$name"/* "$work/corpus/" 2>/dev/null || true; fi
    echo "fuzzing $name for ${seconds}s"
    "$out/$name" "$work/corpus" -max_total_time="$seconds" -artifact_prefix="$work/crashes/" 2>&1 | grep -E "^Done|ERROR|SUMMARY" || true
done
