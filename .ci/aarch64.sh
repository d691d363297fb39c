#!/usr/bin/env bash
# nlw for aarch64-unknown-linux-musl: built static, linked by rust-lld (no
# cross gcc, see .cargo/config.toml), then run under qemu-aarch64-static
# against the real kernel. qemu-user translates NETLINK_ROUTE, so the aarch64
# binary talks to this machine's kernel.
#
# The live checks run in a throwaway network namespace that this script
# creates and always deletes; host interfaces are only read (`nlw link show`),
# and no packet is sent. nlw's JSON must equal `ip -j`'s, object for object.
set -euo pipefail
cd "$(dirname "$0")/.."

target=aarch64-unknown-linux-musl
qemu=qemu-aarch64-static

# Installs only what is missing.
rustup target list --installed | grep -qx "$target" || rustup target add "$target"
if ! command -v "$qemu" > /dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    # Try the package lists as they are; refresh them only if that fails.
    apt-get install -y --no-install-recommends qemu-user-static \
        || { apt-get update && apt-get install -y --no-install-recommends qemu-user-static; }
fi

cargo build --profile release-small --target "$target" -p nlwire-cli
nlw="$PWD/target/$target/release-small/nlw"
kind=$(file -b "$nlw")
echo "nlw: $kind ($(stat -c %s "$nlw") bytes)"
case "$kind" in
    *"ARM aarch64"*"statically linked"*) ;;
    *) echo "FAIL: nlw is not a static aarch64 ELF" >&2; exit 1 ;;
esac

# Host namespace, read-only.
host_links=$("$qemu" "$nlw" link show)
grep -qE '^[0-9]+: lo:' <<< "$host_links" || { echo "FAIL: no lo in host 'nlw link show'" >&2; exit 1; }
echo "ok: host namespace: nlw link show under qemu lists lo"

ns="nlw-a64-$$"
tmp=$(mktemp -d)
cleanup() {
    ip netns del "$ns" 2> /dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

ip netns add "$ns"
ipn() { ip -n "$ns" "$@"; }
ipn link set lo up
ipn link add va type veth peer name vb
# No link-local addresses and no DAD: nothing changes after setup.
ipn link set va addrgenmode none
ipn link set vb addrgenmode none
ipn addr add 192.0.2.1/24 dev va
ipn addr add 2001:db8::1/64 dev va nodad
ipn link set va up
ipn link set vb up
ipn route add 198.51.100.0/24 via 192.0.2.254
ipn route add blackhole 198.51.100.128/25
ipn route add default via 192.0.2.254 table 100
ipn route add 203.0.113.0/24 dev va table 100
ipn -6 route add 2001:db8:100::/48 via 2001:db8::fe dev va
ipn -6 route add 2001:db8:200::/48 via 2001:db8::fe dev va table 100

# Compares nlw's JSON with ip's: the same objects, in the same order.
compare() { # NAME IP_JSON NLW_JSON
    python3 - "$@" << 'EOF'
import json, sys
name, ip_path, nlw_path = sys.argv[1:4]
with open(ip_path) as f:
    want = json.load(f)
with open(nlw_path) as f:
    got = json.load(f)
if len(want) != len(got):
    print(f"FAIL: {name}: ip has {len(want)} objects, nlw {len(got)}", file=sys.stderr)
    for o in want:
        print(f"  ip : {json.dumps(o)}", file=sys.stderr)
    for o in got:
        print(f"  nlw: {json.dumps(o)}", file=sys.stderr)
    sys.exit(1)
bad = 0
for i, (w, g) in enumerate(zip(want, got)):
    if w != g:
        bad += 1
        keys = sorted(k for k in set(w) | set(g) if w.get(k) != g.get(k))
        print(f"FAIL: {name}[{i}] differs in {keys}\n  ip : {json.dumps(w)}\n  nlw: {json.dumps(g)}",
              file=sys.stderr)
if bad:
    sys.exit(1)
summary = ""
if want and "ifname" in want[0]:
    summary = " (" + " ".join(o["ifname"] for o in want) + ")"
elif want and "dst" in want[0]:
    tables = sorted({o.get("table", "main") for o in want})
    summary = f" (tables: {' '.join(tables)})"
print(f"ok: {name}: {len(want)} objects equal{summary}")
EOF
}

checks=(
    "link show"
    "address show"
    "route show table all"
    "-4 route show table all"
    "-6 route show table all"
)
for c in "${checks[@]}"; do
    read -ra args <<< "$c"
    ipn -j "${args[@]}" > "$tmp/ip.json"
    "$qemu" "$nlw" -n "$ns" -j "${args[@]}" > "$tmp/nlw-n.json"
    ip netns exec "$ns" "$qemu" "$nlw" -j "${args[@]}" > "$tmp/nlw-exec.json"
    compare "nlw -n NS -j $c" "$tmp/ip.json" "$tmp/nlw-n.json"
    compare "ip netns exec NS nlw -j $c" "$tmp/ip.json" "$tmp/nlw-exec.json"
done

# The IPv4 table 100 and main routes really are there (the setup worked).
"$qemu" "$nlw" -n "$ns" route show table 100 > "$tmp/t100.txt"
grep -q '^default via 192.0.2.254 dev va' "$tmp/t100.txt" \
    || { echo "FAIL: no default route in table 100:" >&2; cat "$tmp/t100.txt" >&2; exit 1; }
"$qemu" "$nlw" -n "$ns" route show > "$tmp/main.txt"
grep -q '^198.51.100.0/24 via 192.0.2.254 dev va' "$tmp/main.txt" \
    || { echo "FAIL: no 198.51.100.0/24 route in main:" >&2; cat "$tmp/main.txt" >&2; exit 1; }
echo "ok: nlw for $target under $qemu"
