//! `nlw -color` against `ip -color` and `bridge -color` on the same
//! throwaway namespace: the text byte for byte, terminal codes included
//! (interface names, hardware addresses, IPv4 and IPv6 addresses, the
//! operational states up and down, in ip's light or dark palette).

use std::process::{Command, Output};

use nlwire_tests::live::{live, unique_name, TestNs};

mod common;
use common::{nlw, prepare};

/// A link of each painted kind of field: states up and down, addresses
/// with a broadcast and a peer, routes through gateways, a multipath and
/// a source prefix, neighbours, a nexthop object, rules, a bridge's fdb.
const SETUP: &str = "
    link add v0 type veth peer name v1
    link add br0 type bridge
    link set v1 master br0
    link set v0 up
    link set v1 up
    link add vx0 type vxlan id 5 local 192.0.2.1 remote 192.0.2.99 dstport 4789
    addr add 192.0.2.1/24 brd + dev v0
    addr add 2001:db8::1/64 dev v0
    addr add 198.51.100.5 peer 198.51.100.6/32 dev v1
    route add 203.0.113.0/24 via 192.0.2.254
    route add 203.0.113.128/25 nexthop via 192.0.2.10 dev v0 nexthop via 192.0.2.11 dev v0
    route add 203.0.113.64/26 via inet6 fe80::1 dev v0
    route add 2001:db8:5::/64 from 2001:db8::/64 dev v0
    route add blackhole 192.0.2.128/25
    neigh add 192.0.2.7 lladdr 02:00:5e:00:53:07 dev v0
    neigh add 2001:db8::7 lladdr 02:00:5e:00:53:08 dev v0
    neigh add proxy 192.0.2.77 dev v0
    nexthop add id 1 via 192.0.2.9 dev v0
    rule add from 192.0.2.0/24 table 5
";

/// [`SETUP`], and an IPv6 rule (ip's batch lines take no `-6`).
fn setup(ns: &TestNs) {
    prepare(ns, SETUP);
    ns.ip(&["-6", "rule", "add", "to", "2001:db8:1::/64", "table", "7"]);
}

/// `program -n NS args...` with `COLORFGBG` set to `colorfgbg` (or unset).
fn run(program: &str, ns: &TestNs, args: &[&str], colorfgbg: Option<&str>) -> Output {
    let mut command = Command::new(program);
    command.arg("-n").arg(&ns.name).args(args).env_remove("COLORFGBG");
    if let Some(value) = colorfgbg {
        command.env("COLORFGBG", value);
    }
    command.output().unwrap_or_else(|e| panic!("run {program}: {e}"))
}

/// `ours` printed what `reference` printed for `args`, byte for byte.
fn same_painted(reference: &str, ours: &str, ns: &TestNs, args: &[&str], colorfgbg: Option<&str>) {
    let theirs = run(reference, ns, args, colorfgbg);
    assert!(theirs.status.success(), "{reference} {args:?}: {}", String::from_utf8_lossy(&theirs.stderr));
    let mine = run(ours, ns, args, colorfgbg);
    assert!(mine.status.success(), "nlw {args:?}: {}", String::from_utf8_lossy(&mine.stderr));
    let show = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace('\x1b', "^[");
    assert_eq!(
        show(&mine.stdout),
        show(&theirs.stdout),
        "{args:?} (COLORFGBG {colorfgbg:?}): ours, then {reference}'s"
    );
}

#[test]
fn colors_are_ips() {
    if !live("colors_are_ips") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    let nlw_program = env!("CARGO_BIN_EXE_nlw");
    let commands: [&[&str]; 22] = [
        &["link", "show"],
        &["-br", "link", "show"],
        &["-o", "link", "show"],
        &["-d", "link", "show", "dev", "vx0"],
        &["address", "show", "dev", "v0"],
        &["address", "show", "dev", "v1"],
        &["-4", "address", "show"],
        &["-br", "address", "show"],
        &["-o", "address", "show", "dev", "v0"],
        &["route", "show"],
        &["route", "show", "table", "all"],
        &["-6", "route", "show"],
        &["route", "get", "203.0.113.1"],
        &["-d", "route", "show", "table", "local"],
        &["neigh", "show"],
        &["-6", "neigh", "show"],
        &["neigh", "show", "proxy"],
        &["nexthop", "show"],
        &["rule", "show"],
        &["-6", "rule", "show"],
        &["netconf", "show", "dev", "v0"],
        &["maddress", "show", "dev", "v0"],
    ];
    for args in commands {
        let painted = [&["-c"], args].concat();
        assert!(run("ip", &ns, &painted, None).stdout.contains(&0x1b), "ip painted nothing for {args:?}");
        same_painted("ip", nlw_program, &ns, &painted, None);
    }
    // Each way of asking, and ip's dark palette (a dark background in the
    // last field of COLORFGBG, as rxvt sets it).
    for (option, colorfgbg) in [
        ("-color", None),
        ("-col=always", None),
        ("-color", Some("15;default;0")),
        ("-color", Some("0;15")),
        // Not a terminal: `auto` paints nothing, as `never`.
        ("-color=auto", None),
        ("-c=never", None),
    ] {
        for args in [&["link", "show"][..], &["address", "show", "dev", "v0"], &["route", "show"]] {
            same_painted("ip", nlw_program, &ns, &[&[option], args].concat(), colorfgbg);
        }
    }
    // JSON is never painted.
    let plain = nlw(&ns, &["-j", "link", "show"]);
    assert_eq!(nlw(&ns, &["-c", "-j", "link", "show"]).stdout, plain.stdout);
    // What ip refuses, nlw refuses, before anything is sent.
    for bad in ["-c=sometimes", "-colour"] {
        let theirs = run("ip", &ns, &[bad, "link", "show"], None);
        let ours = run(nlw_program, &ns, &[bad, "link", "show"], None);
        assert_eq!(theirs.status.code(), Some(255), "ip {bad}");
        assert_eq!(ours.status.code(), Some(255), "nlw {bad}");
        assert!(ours.stdout.is_empty(), "nlw {bad}");
        let message = format!("Option \"{bad}\" is unknown");
        assert!(String::from_utf8_lossy(&ours.stderr).contains(&message), "nlw {bad}");
    }
}

#[test]
fn bridge_colors_are_bridges() {
    if !live("bridge_colors_are_bridges") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    let dir = std::env::temp_dir().join(unique_name());
    std::fs::create_dir(&dir).unwrap();
    let named = dir.join("bridge");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_nlw"), &named).unwrap();
    let named = named.to_str().unwrap();
    for args in [
        &["-color", "fdb", "show"][..],
        &["-color", "fdb", "show", "dev", "vx0"],
        &["-color", "link", "show"],
        &["-color", "-d", "link", "show"],
        // `-c` and `-co` are colours for bridge too, `-com` compresses vlans.
        &["-co", "link", "show"],
        &["-com", "link", "show"],
    ] {
        same_painted("bridge", named, &ns, args, None);
    }
    assert!(
        run("bridge", &ns, &["-color", "fdb", "show"], None).stdout.contains(&0x1b),
        "bridge painted nothing"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
