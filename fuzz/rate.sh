#!/usr/bin/env bash
# Executions per CPU-second of each fuzz target, a figure that does not move
# with the machine's load: builds the targets as `cargo fuzz run` does, then
# runs each for RUNS executions (default 200,000) from a fresh corpus of its
# seeds, with its -max_len, the dictionary and a fixed -seed, and divides the
# executions libFuzzer counted by the user CPU time of the process.
# `fuzz/rate.sh [RUNS] [TARGETS]`; prints one Markdown table row a target.
set -euo pipefail
cd "$(dirname "$0")"
source ./max_len.sh
runs=${1:-200000}
targets=${2:-$(cargo +nightly fuzz list)}
cargo +nightly fuzz build >&2
bin=target/x86_64-unknown-linux-gnu/release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "| target | -max_len | executions | user CPU s | per CPU-second | edges |"
echo "| --- | --- | --- | --- | --- | --- |"
for target in $targets; do
  mkdir -p "$work/$target"
  cp -r seeds/"$target"/. "$work/$target/" 2>/dev/null || true
  /usr/bin/time -f %U -o "$work/user" "$bin/$target" "$work/$target" -runs="$runs" \
    -max_len="$(max_len "$target")" -seed=1 -rss_limit_mb=2048 -dict=nlwire.dict \
    -print_final_stats=1 >"$work/log" 2>&1
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
  edges=$(grep -o 'cov: [0-9]*' "$work/log" | tail -1 | cut -d' ' -f2)
  user=$(cat "$work/user")
  echo "| $target | $(max_len "$target") | $execs | $user | $(awk "BEGIN { printf \"%.0f\", $execs / $user }") | $edges |"
done
