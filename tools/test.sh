#!/usr/bin/env bash
# README command 2 (and .ci/run): install what is missing, build with warnings as errors, run
# the whole suite; then build with AddressSanitizer + UndefinedBehaviorSanitizer and run it
# again; then a short fuzz run (tools/fuzz.sh: every past crash replayed, then a minute for
# each libFuzzer target). Render tests draw offscreen with Mesa llvmpipe; no display or GPU.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
# .clang-format is the style: any file that is not formatted by it fails the run, named.
if git rev-parse --git-dir >/dev/null 2>&1; then
  git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror
fi
export SDL_VIDEODRIVER=offscreen
tools/build.sh build
(cd build && ctest --output-on-failure --parallel "$(nproc)")
if [ "${HISTMAP_SKIP_SANITIZERS:-0}" != 1 ]; then
  tools/build.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DHISTMAP_SANITIZE=ON
  # Tests that open an OpenGL context turn LeakSanitizer off themselves (tests/CMakeLists.txt
  # says why); every other test runs with it.
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  (cd build-asan && ctest --output-on-failure --parallel "$(nproc)")
fi
if [ "${HISTMAP_SKIP_FUZZ:-0}" != 1 ]; then
  tools/fuzz.sh "${HISTMAP_FUZZ_SECONDS:-60}"
fi
