#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds each (default 30), seeded from
# the recorded kernel replies. Longer runs: `fuzz/run.sh 1800`, or one
# target: `cargo +nightly fuzz run datagram -- -max_total_time=1800`.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
fixtures=../tests/fixtures/kernel-6.18
for target in $(cargo +nightly fuzz list); do
  mkdir -p "corpus/$target"
  for f in "$fixtures"/*.bin; do cp -n "$f" "corpus/$target/" 2>/dev/null || true; done
  cp -rn seeds/"$target"/. "corpus/$target/" 2>/dev/null || true
  dict=()
  [ -f nlwire.dict ] && dict=(-dict=nlwire.dict)
  echo "fuzz: $target for ${seconds}s"
  cargo +nightly fuzz run "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}"
done
