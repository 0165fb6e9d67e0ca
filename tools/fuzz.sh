#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang with ASan and UBSan) into build-fuzz, replays each
# reproducer under fuzz/regressions/<target>/ (each must run clean), then fuzzes each target
# for SECONDS from a copy of its seed corpus (build-fuzz/corpus/<name>; fuzz/corpus stays as
# committed). Crashes, leaks, timeouts and out-of-memory inputs are written to
# build-fuzz/artifacts/<target>/. Prints one line per target; exits 1 if a reproducer fails
# or the fuzzer found a problem.
# Usage: tools/fuzz.sh [SECONDS]   (default 60 per target)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
dir=build-fuzz
targets=(fuzz_edtf fuzz_feature_mapper fuzz_load)

if [ ! -f "$dir/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DHISTMAP_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]}"

# UBSan findings abort (-fno-sanitize-recover), so libFuzzer saves them like crashes.
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=0
bad_targets=()

for t in "${targets[@]}"; do
  name=${t#fuzz_}
  case $t in
    fuzz_edtf) dict=fuzz/edtf.dict max_len=256 ;;
    fuzz_feature_mapper) dict=fuzz/feature_mapper.dict max_len=4096 ;;
    fuzz_load) dict=fuzz/geojson.dict max_len=16384 ;;
  esac
  bin=$dir/fuzz/$t
  log=$dir/$t.log

  # Every reproducer under fuzz/regressions/<target>/ must run clean and within -timeout (one
  # run each, so each failing one is named); logs go to build-fuzz/regressions/<target>/.
  if [ -d "fuzz/regressions/$t" ]; then
    mkdir -p "$dir/regressions/$t"
    while IFS= read -r -d '' f; do
      rlog=$dir/regressions/$t/$(basename "$f").log
      if ! timeout 300 "$bin" -timeout=10 -rss_limit_mb=2048 "$f" >"$rlog" 2>&1; then
        echo "$t: reproducer $f fails; see $rlog"
        failed=1
        [[ " ${bad_targets[*]} " == *" $t "* ]] || bad_targets+=("$t")
      fi
    done < <(find "fuzz/regressions/$t" -type f -print0 | sort -z)
  fi

  corpus=$dir/corpus/$name
  artifacts=$dir/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  cp -n fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null || true
  extra=()
  # The peer corpus beside the checkout (tests/CMakeLists.txt's HISTMAP_CORPUS), read only.
  if [ "$t" = fuzz_load ]; then
    for d in ../shared/corpus/geojsonhint/good ../shared/corpus/geojsonhint/bad; do
      [ -d "$d" ] && extra+=("$d")
    done
  fi
  before=$(find "$artifacts" -type f | wc -l)
  rc=0
  "$bin" "$corpus" "${extra[@]}" -dict="$dict" -max_len="$max_len" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$artifacts/" -print_final_stats=1 \
    >"$log" 2>&1 || rc=$?
  found=$(($(find "$artifacts" -type f | wc -l) - before))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1 || true)
  done_line=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$done_line")
  echo "$t: ${runs:-?} executions in ${seconds}s, coverage ${cov:-?}, features ${ft:-?}," \
    "corpus ${corp:-?}, crashes ${found}"
  if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
    echo "$t: found a problem (exit $rc); log $log, reproducer in $artifacts/"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|fuzz_[a-z_]+: property broken)' "$log" |
      head -n 5 | sed 's/^/  /' || true
    failed=1
    [[ " ${bad_targets[*]} " == *" $t "* ]] || bad_targets+=("$t")
  fi
done
# One closing line a CI reader understands: targets (with their replayed reproducers) clean.
echo "fuzz: $((${#targets[@]} - ${#bad_targets[@]})) passed, ${#bad_targets[@]} failed"
exit "$failed"
