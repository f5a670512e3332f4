#!/bin/bash
# The GPU machine's one call: builds the engine alone (no Qt) against the LibTorch of the machine's PyTorch,
# runs `textgen-engine selfcheck` and the benchmarks, and writes summary.json and device_check.log under $OUT.
# The device machine is lent for minutes, so every step has a time limit and a failed step is recorded and
# skipped over, never retried: the summary says what ran and what it measured.
#
#   tests/gpu/device_check.sh                 on the GPU machine (torch from python3, nvcc on PATH or in /usr/local/cuda)
#   tests/gpu/device_check.sh --cpu           here, against Debian's LibTorch: the same logic, small sizes (ctest)
#   tests/gpu/device_check.sh --standard-for 2.13.0   prints the C++ standard a LibTorch version needs
#
# Options: --out DIR (default $OUT, else ./device-check-out), --build-dir DIR (default build-device-check),
# --jobs N (default every core).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

# C++17 below LibTorch 2.13; its headers need C++20 from 2.13 on.
standard_for() {
  local major minor
  IFS=. read -r major minor _ <<<"${1%%+*}"
  if [ "${major:-0}" -gt 2 ] || { [ "${major:-0}" -eq 2 ] && [ "${minor:-0}" -ge 13 ]; }; then echo 20; else echo 17; fi
}

mode=gpu out=${OUT:-$PWD/device-check-out} build="" jobs=$(nproc)
while [ $# -gt 0 ]; do
  case "$1" in
    --cpu) mode=cpu ;;
    --out) out=$2; shift ;;
    --build-dir) build=$2; shift ;;
    --jobs) jobs=$2; shift ;;
    --standard-for) standard_for "$2"; exit 0 ;;
    *) echo "device_check.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
build=${build:-$root/build-device-check-$mode}
mkdir -p "$out" "$build"
log=$out/device_check.log
: >"$log"
steps=$out/steps.jsonl # one line per step: {"step", "status", "seconds", "output"}
: >"$steps"
started=$(date +%s)
# The device machine runs one command for at most 10 minutes: everything ends by 7.5 (the summary after).
[ $mode = gpu ] && deadline=$((started + 450)) || deadline=$((started + 900))

say() { echo "device_check: $*" | tee -a "$log"; }

# run NAME LIMIT COMMAND...: the command's stdout goes to $out/NAME.out, both streams to the log. A step
# gets at most LIMIT seconds, and never more than is left before the deadline; with under 15 s left it is
# recorded as skipped.
run() {
  local name=$1 limit=$2 begin status left
  shift 2
  left=$((deadline - $(date +%s)))
  [ "$left" -lt "$limit" ] && limit=$left
  begin=$(date +%s.%N)
  if [ "$limit" -lt 15 ]; then
    say "$name: skipped, ${left} s left"
    : >"$out/$name.out"
    status=125
  else
    say "$name: $*"
    timeout --kill-after=5 "$limit" "$@" >"$out/$name.out" 2> >(tee -a "$log" >&2)
    status=$?
  fi
  cat "$out/$name.out" >>"$log"
  python3 - "$name" "$status" "$begin" "$out/$name.out" >>"$steps" <<'EOF'
import json, sys, time
name, status, begin, path = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
text = open(path, encoding="utf-8", errors="replace").read().strip()
output = None
for line in reversed(text.splitlines()):  # a command's result is its last JSON line
    try:
        output = json.loads(line)
        break
    except ValueError:
        continue
print(json.dumps({"step": name,
                  "status": {124: "timed out", 137: "timed out", 125: "skipped"}.get(status, status),
                  "seconds": round(time.time() - begin, 1), "output": output}))
EOF
  say "$name: exit $status"
  return $status
}

# The LibTorch: the pip one of python3's torch on the GPU machine, Debian's here.
if [ $mode = gpu ]; then
  prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)' 2>>"$log") || { say "no torch in python3"; prefix=""; }
  version=$(python3 -c 'import torch; print(torch.__version__)' 2>>"$log")
  nvcc=$(command -v nvcc || ls /usr/local/cuda/bin/nvcc 2>/dev/null | head -1)
  [ -n "$nvcc" ] && export PATH=$(dirname "$nvcc"):$PATH
  device=cuda
else
  prefix=""
  header=/usr/include/torch/csrc/api/include/torch/version.h # Debian's
  version=$(for part in MAJOR MINOR PATCH; do sed -n "s/^#define TORCH_VERSION_$part \([0-9]*\)/\1/p" "$header"; done 2>/dev/null | paste -sd.)
  nvcc=""
  device=cpu
fi
standard=$(standard_for "${version:-0}")
say "mode $mode, LibTorch ${version:-unknown}, C++$standard, build $build, $jobs jobs"

configure=(cmake -S "$root" -B "$build" -G Ninja -DTEXTGEN_ENGINE_ONLY=ON -DCMAKE_BUILD_TYPE=Release
           -DCMAKE_CXX_STANDARD="$standard")
[ -n "$prefix" ] && configure+=(-DCMAKE_PREFIX_PATH="$prefix")
[ -n "$nvcc" ] && configure+=(-DCMAKE_CUDA_COMPILER="$nvcc")
engine=$build/bin/textgen-engine
if run configure 90 "${configure[@]}" && run build 270 cmake --build "$build" -j "$jobs" --target textgen-engine; then
  run devices 60 "$engine" devices
  scratch=$out/scratch
  if [ $mode = gpu ]; then
    run selfcheck 100 "$engine" selfcheck --device cuda --json --scratch "$scratch"
    for precision in fp32 tf32 bf16; do
      run "train_$precision" 30 "$engine" bench-train --preset seed --batch 256 --steps 60 --warmup 10 \
        --device cuda --precision "$precision"
    done
    run generate 30 "$engine" bench-generate --preset seed --columns 5 --length 50 --repeats 10 --device cuda
    for precision in fp32 bf16; do
      run "peer_eager_$precision" 40 python3 "$root/tests/bench/seed_pytorch.py" train --device cuda --batch 256 \
        --steps 60 --warmup 10 --precision "$precision"
    done
    run peer_compiled_fp32 100 python3 "$root/tests/bench/seed_pytorch.py" train --device cuda --batch 256 \
      --steps 60 --warmup 10 --compile
  else
    # The same steps at sizes that take seconds on two cores; the precision checks over 40 steps.
    run selfcheck 300 "$engine" selfcheck --device cpu --json --scratch "$scratch" --precision-steps 40
    run train_fp32 60 "$engine" bench-train --preset seed --batch 4 --steps 2 --warmup 1 --device cpu --threads 2
    run generate 60 "$engine" bench-generate --preset seed --columns 5 --length 10 --repeats 2 --device cpu --threads 2
    if python3 -c 'import torch' 2>/dev/null; then
      run peer_eager_fp32 90 python3 "$root/tests/bench/seed_pytorch.py" train --batch 4 --steps 2 --warmup 1
    fi
  fi
  rm -rf "$scratch"
fi

# The summary: every step, the self-checks, and the chapter's run projected from each precision's step time
# (100,000 reviews at batch 256: 391 steps an epoch, 200 epochs).
python3 - "$steps" "$mode" "${version:-}" "$standard" "$(($(date +%s) - started))" >"$out/summary.json" <<'EOF'
import json, sys
steps_path, mode, version, standard, seconds = sys.argv[1:6]
steps = [json.loads(line) for line in open(steps_path)]
by_name = {s["step"]: s for s in steps}
selfcheck = (by_name.get("selfcheck") or {}).get("output") or {}
chapter = {}
for name, step in by_name.items():
    result = step.get("output") or {}
    if name.startswith(("train_", "peer_")) and "ms_per_step" in result:
        epoch_s = 391 * result["ms_per_step"] / 1e3
        chapter[name] = {"batch": result.get("batch"), "ms_per_step": result["ms_per_step"],
                         "tokens_per_s": result.get("tokens_per_s"),
                         "epoch_s": round(epoch_s, 1), "200_epochs_min": round(200 * epoch_s / 60, 1)}
ours = chapter.get("train_bf16") or chapter.get("train_fp32")
peer = chapter.get("peer_eager_bf16") if "train_bf16" in chapter else chapter.get("peer_eager_fp32")
built = all(by_name.get(n, {}).get("status") == 0 for n in ("configure", "build"))
summary = {
    "mode": mode, "libtorch": version, "cxx_standard": int(standard), "seconds": int(seconds),
    "built": built,
    "selfcheck_passed": bool(selfcheck.get("passed")) and (by_name.get("selfcheck") or {}).get("status") == 0,
    "checks": {c["name"]: c["status"] for c in selfcheck.get("checks", [])},
    "chapter_run": chapter,
    "speedup_over_peer_eager": round(peer["ms_per_step"] / ours["ms_per_step"], 2) if ours and peer else None,
    "generate": (by_name.get("generate") or {}).get("output"),
    "steps": steps,
}
summary["passed"] = built and summary["selfcheck_passed"] and all(
    s["status"] == 0 for s in steps if s["step"] in ("devices", "generate") or s["step"].startswith("train_"))
print(json.dumps(summary, indent=2))
EOF
say "summary: $out/summary.json"
python3 -c 'import json, sys; sys.exit(0 if json.load(open(sys.argv[1]))["passed"] else 1)' "$out/summary.json"
