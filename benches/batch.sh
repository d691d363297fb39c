#!/usr/bin/env bash
# `nlw -batch` against `ip -batch`, whole process (root; makes its own
# namespace and deletes it): CPU time (user+sys from wait4's rusage) and
# peak RSS (/usr/bin/time %M), best of 5 runs by CPU.
#   - 10k `route add` lines from a file, the table flushed before each run;
#   - memory on stdin: 200,000 lines (comments; `route del` of a route that
#     is not there, with -force), a 50 MB line (a word; `link show` of a
#     50 MB name; a comment), and `yes |`.
# Usage: benches/batch.sh [NLW]   (default: target/release/nlw)
set -euo pipefail
nlw=${1:-target/release/nlw}
ns=nlw-batch-bench-$$
dir=$(mktemp -d)
ip netns add "$ns"
trap 'ip netns del "$ns"; rm -rf "$dir"' EXIT
ip -n "$ns" link add v0 type veth peer name v1
ip -n "$ns" link set v0 up
ip -n "$ns" addr add 10.0.0.1/8 dev v0

# measure LABEL [--before CMD] [--stdin FILE] COMMAND...
measure() {
  python3 - "$@" <<'PY'
import os, subprocess, sys
label, args = sys.argv[1], sys.argv[2:]
before = stdin = None
if args[0] == "--before":
    before, args = args[1], args[2:]
if args[0] == "--stdin":
    stdin, args = args[1], args[2:]
best = None
for _ in range(5):
    if before:
        subprocess.run(before, shell=True, check=True)
    f = open(stdin, "rb") if stdin else subprocess.DEVNULL
    p = subprocess.Popen(["/usr/bin/time", "-f", "%M", *args], stdin=f,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read().decode(errors="replace")
    _, status, ru = os.wait4(p.pid, 0)
    cpu = (ru.ru_utime + ru.ru_stime) * 1000
    rss = int(err.strip().splitlines()[-1])
    if best is None or cpu < best[0]:
        best = (cpu, rss, os.waitstatus_to_exitcode(status))
print(f"{label:<36} cpu {best[0]:8.1f} ms   peak rss {best[1]:8d} KiB   exit {best[2]}")
PY
}

echo "== 10k route adds from a file (flushed before each run)"
seq 0 9999 | awk '{printf "route add 10.%d.%d.0/24 via 10.0.0.254 table 300\n", 200 + int($1/256), $1%256}' > "$dir/r10k"
flush="ip -n $ns route flush table 300 2>/dev/null || true"
measure "ip -batch" --before "$flush" ip -n "$ns" -batch "$dir/r10k"
measure "nlw -batch" --before "$flush" "$nlw" -n "$ns" -batch "$dir/r10k"
count=$(ip -n "$ns" route show table 300 | wc -l)
[ "$count" = 10000 ] || { echo "nlw -batch left $count routes, not 10000"; exit 1; }

echo "== memory, on stdin"
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
open(f"{d}/comments", "w").write("".join(f"# comment {i}\n" for i in range(200_000)))
open(f"{d}/routedel", "w").write("route del 198.51.100.1/32\n" * 200_000)
open(f"{d}/word50m", "w").write("a" * 50_000_000 + "\n")
open(f"{d}/name50m", "w").write("link show " + "a" * 50_000_000 + "\n")
open(f"{d}/comment50m", "w").write("# " + "a" * 50_000_000 + "\n")
PY
for input in comments routedel word50m name50m comment50m; do
  force=(); [ "$input" = routedel ] && force=(-force)
  measure "ip ${force[*]} -batch - < $input" --stdin "$dir/$input" ip -n "$ns" "${force[@]}" -batch -
  measure "nlw ${force[*]} -batch - < $input" --stdin "$dir/$input" "$nlw" -n "$ns" "${force[@]}" -batch -
done
for prog in ip "$nlw"; do
  rss=$( (yes | /usr/bin/time -f %M "$prog" -n "$ns" -batch - 2>&1 >/dev/null) | tail -1 || true)
  echo "yes | $(basename "$prog") -batch -                 peak rss $rss KiB"
done
