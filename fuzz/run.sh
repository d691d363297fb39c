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

# The longest input each target is given: a little over its longest seed,
# so that libFuzzer spends its time on inputs of one message, not on
# growing them. (Without -max_len it takes the longest file of the corpus.)
max_len() {
  case "$1" in
    datagram | view_link | genl) echo 2048 ;;
    engine | ext_ack | view_tc | cli_args) echo 1024 ;;
    builder_roundtrip | view_route | *_request) echo 512 ;;
    *) echo 256 ;;
  esac
}

for target in $targets; do
  mkdir -p "corpus/$target"
  cp -rn seeds/"$target"/. "corpus/$target/" 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s, inputs up to $(max_len "$target") bytes"
  cargo +nightly fuzz run "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -rss_limit_mb=2048 \
    -print_final_stats=1 -dict=nlwire.dict
done
