#!/usr/bin/env bash
# Whole-process comparison of `nlw` and `ip` on the same namespace (root):
# CPU time (user+sys from wait4's rusage, microsecond resolution) and peak
# RSS (from /usr/bin/time, whose small process is what the command is forked
# from), best of 5 runs, output to /dev/null.
#   - `route show` with and without -j at 1k, 100k and 1M routes;
#   - `-batch` of 10k route adds, `nlw -batch` against `ip -batch`.
# Usage: benches/cli.sh [NLW...]   (default: the static musl build; give
# several binaries to compare builds, e.g. target/release/nlw too)
set -euo pipefail
nlws=("$@")
[ ${#nlws[@]} -gt 0 ] || nlws=(target/x86_64-unknown-linux-musl/release-small/nlw)
ns=nlw-cli-bench-$$
ip netns add "$ns"
trap 'ip netns del "$ns"' EXIT
ip -n "$ns" link add v0 type veth peer name v1
ip -n "$ns" link set v0 up
ip -n "$ns" addr add 10.0.0.1/8 dev v0

# measure LABEL [--before 'shell command run untimed before each run'] COMMAND...
measure() {
  python3 - "$@" <<'PY'
import os, subprocess, sys
label, args = sys.argv[1], sys.argv[2:]
before = None
if args[0] == "--before":
    before, args = args[1], args[2:]
best = None
for _ in range(5):
    if before:
        subprocess.run(before, shell=True, check=True)
    p = subprocess.Popen(["/usr/bin/time", "-f", "%M", *args],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read().decode()
    _, status, ru = os.wait4(p.pid, 0)
    if status != 0:
        sys.exit(f"{label}: exit status {status}: {err}")
    cpu = (ru.ru_utime + ru.ru_stime) * 1000
    rss = int(err.strip().splitlines()[-1])
    if best is None or cpu < best[0]:
        best = (cpu, rss)
print(f"{label:<34} cpu {best[0]:9.1f} ms   peak rss {best[1]:7d} KiB")
PY
}

added=0
for total in 1000 100000 1000000; do
  seq $added $((total - 1)) | awk '{printf "route add 10.%d.%d.%d/32 dev v0\n", 64 + int($1/65536), int($1/256)%256, $1%256}' \
    | ip -n "$ns" -batch -
  added=$total
  echo "== $total routes"
  measure "ip route show" ip -n "$ns" route show
  measure "ip -j route show" ip -n "$ns" -j route show
  for nlw in "${nlws[@]}"; do
    measure "nlw route show ($(basename "$(dirname "$nlw")"))" "$nlw" -n "$ns" route show
    measure "nlw -j route show ($(basename "$(dirname "$nlw")"))" "$nlw" -n "$ns" -j route show
  done
done

echo "== -batch: 10k route adds into an empty table (flushed before each run)"
batch=$(mktemp)
trap 'rm -f "$batch"; ip netns del "$ns"' EXIT
seq 0 9999 | awk '{printf "route add 10.%d.%d.0/24 via 10.0.0.254 table 300\n", 200 + int($1/256), $1%256}' > "$batch"
flush="ip -n $ns route flush table 300 2>/dev/null || true"
measure "ip -batch" --before "$flush" ip -n "$ns" -batch "$batch"
for nlw in "${nlws[@]}"; do
  measure "nlw -batch ($(basename "$(dirname "$nlw")"))" --before "$flush" "$nlw" -n "$ns" -batch "$batch"
  count=$(ip -n "$ns" route show table 300 | wc -l)
  [ "$count" = 10000 ] || { echo "nlw -batch left $count routes, not 10000"; exit 1; }
done
