#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds each (default 30), seeded with
# fuzz/seeds/TARGET (one message per seed: `datagram`'s are cut from the
# recorded replies by `cargo run -p nlwire-tests --example fuzz_seeds`) and
# the dictionary of whole attributes (fuzz/nlwire.dict). Longer runs:
# `fuzz/run.sh 1800`, or one target: `fuzz/run.sh 1800 datagram`.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
targets=${2:-$(cargo +nightly fuzz list)}

source ./max_len.sh

for target in $targets; do
  mkdir -p "corpus/$target"
  cp -rn seeds/"$target"/. "corpus/$target/" 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s, inputs up to $(max_len "$target") bytes"
  cargo +nightly fuzz run "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -rss_limit_mb=2048 \
    -print_final_stats=1 -dict=nlwire.dict
done
