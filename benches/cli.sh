#!/usr/bin/env bash
# Whole-process comparison of `nlw` and `ip` on the same namespace (root):
# CPU time (user+sys) and peak RSS for `route show` with and without -j, at
# 1k and 100k routes. Usage: benches/cli.sh [path/to/nlw]
set -euo pipefail
nlw=${1:-target/x86_64-unknown-linux-musl/release-small/nlw}
ns=nlw-cli-bench-$$
ip netns add "$ns"
trap 'ip netns del "$ns"' EXIT
ip -n "$ns" link add v0 type veth peer name v1
ip -n "$ns" link set v0 up
ip -n "$ns" addr add 10.0.0.1/8 dev v0
measure() { # label, command...
  local label=$1; shift
  local best_cpu=999999 best_rss=0
  for _ in 1 2 3 4 5; do
    local out; out=$( { /usr/bin/time -f "%U %S %M" "$@" > /dev/null; } 2>&1 | tail -1)
    read -r u s m <<< "$out"
    local cpu; cpu=$(echo "($u + $s) * 1000" | bc)
    if (( $(echo "$cpu < $best_cpu" | bc) )); then best_cpu=$cpu; best_rss=$m; fi
  done
  printf '%-34s cpu %8.0f ms   peak rss %7d KiB\n' "$label" "$best_cpu" "$best_rss"
}
added=0
for total in 1000 100000; do
  seq $added $((total - 1)) | awk '{printf "route add 10.%d.%d.%d/32 dev v0\n", 64 + int($1/65536), int($1/256)%256, $1%256}' \
    | ip -n "$ns" -batch -
  added=$total
  echo "== $total routes"
  measure "ip route show" ip -n "$ns" route show
  measure "nlw route show" "$nlw" -n "$ns" route show
  measure "ip -j route show" ip -n "$ns" -j route show
  measure "nlw -j route show" "$nlw" -n "$ns" -j route show
done
