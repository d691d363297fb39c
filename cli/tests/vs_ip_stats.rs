//! `nlw stats`, `nlw link xstats|afstats` and `nlw mroute` against ip 6.1
//! on throwaway namespaces: text line for line and `-j` whole, exit codes
//! and messages of refused arguments, and what `stats set` changes as ip
//! reads it back.

use std::process::Command;

use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

mod common;
use common::{ended, nlw, Ended};

/// Words of a command line.
fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// `ip -n NS args...`, ended.
fn ip_ended(ns: &TestNs, args: &[&str]) -> Ended {
    ended(Command::new("ip").arg("-n").arg(&ns.name).args(args).output().expect("run ip"))
}

/// A namespace with IPv6 off (no link sends anything by itself, so the
/// counters stay still between ip's run and nlw's): a bridge `br0` up
/// with the veth `v0` as its port, `v0`'s peer `v1` up outside it, a
/// veth pair `d0`, `d1` down, and `v1` asked to count L3 traffic in hardware
/// (`l3_stats on`: zeros for a veth, but printed).
fn bridged() -> TestNs {
    let ns = TestNs::new();
    ns.ipv6_off();
    ns.ip_batch(
        "link add br0 type bridge\n\
         link add v0 type veth peer name v1\n\
         link add d0 type veth peer name d1\n\
         link set v0 master br0\n\
         link set br0 up\n\
         link set v0 up\n\
         link set v1 up\n\
         stats set dev v1 l3_stats on\n",
    );
    // The bridge sends a frame or two as it comes up: wait for the
    // counters to stand still.
    let counters = || ns.ip_json(&words("stats show group link"));
    let mut last = counters();
    for _ in 0..40 {
        std::thread::sleep(std::time::Duration::from_millis(250));
        let now = counters();
        if now == last {
            break;
        }
        last = now;
    }
    ns
}

/// Ours is ip's: exit code, stdout byte for byte, and stderr with `ip`
/// for `nlw` in its usage lines.
fn same_ended(ns: &TestNs, line: &str) {
    let args = words(line);
    let (code, out, err) = ended(nlw(ns, &args));
    let (ip_code, ip_out, ip_err) = ip_ended(ns, &args);
    assert_eq!((code, &out), (ip_code, &ip_out), "{line}: ours, then ip's");
    assert_eq!(err.replace("nlw ", "ip "), ip_err, "{line}: stderr, ours then ip's");
}

/// `stats show` in text, `-s`, `-d`, `-h` and `-j`, by `dev` (one
/// request) and dumped, every group, subgroup and suite alone and
/// together, repeated and out of order: the same lines as ip's (with
/// its blank lines between links and after sets that end with one),
/// and the same JSON.
#[test]
fn stats_show_matches_ip() {
    if !live("stats_show_matches_ip") {
        return;
    }
    let ns = bridged();
    for show in [
        "stats",
        "stats show",
        "stats show dev v1",
        "stats show dev br0 group xstats",
        "stats show dev v0 group xstats_slave",
        "stats show group link",
        "stats show group link group link",
        "stats show group offload subgroup cpu_hit group link",
        "stats show group offload",
        "stats show group offload subgroup l3_stats",
        "stats show dev v1 group offload subgroup hw_stats_info",
        "stats show group xstats subgroup bridge",
        "stats show group xstats_slave subgroup bridge suite stp",
        "stats show group xstats_slave subgroup bridge suite mcast group link",
        "stats show group xstats subgroup bond group afstats",
        "stats show group afstats subgroup mpls",
    ] {
        for options in ["", "-s ", "-s -s ", "-d ", "-h ", "-h -iec "] {
            same_ended(&ns, &format!("{options}{show}"));
        }
        let args = words(show);
        let ours: Value = serde_json::from_slice(&nlw(&ns, &[&["-j"], &args[..]].concat()).stdout).unwrap();
        assert_eq!(ours, ns.ip_json(&args), "-j {show}");
        let ours: Value =
            serde_json::from_slice(&nlw(&ns, &[&["-j", "-s"], &args[..]].concat()).stdout).unwrap();
        assert_eq!(ours, ns.ip_json(&[&["-s"], &args[..]].concat()), "-j -s {show}");
    }
}

/// `stats set dev DEV l3_stats on|off` by nlw, read back by ip: the
/// request on, then off.
#[test]
fn stats_set_is_read_back_by_ip() {
    if !live("stats_set_is_read_back_by_ip") {
        return;
    }
    let ns = bridged();
    let request = |ns: &TestNs| {
        let shown = ns.ip_json(&words("stats show dev v0 group offload subgroup l3_stats"));
        shown[0]["info"]["request"].clone()
    };
    assert_eq!(request(&ns), Value::Bool(false));
    for (word, on) in [("on", true), ("off", false), ("on", true)] {
        let out = nlw(&ns, &words(&format!("stats set dev v0 l3_stats {word}")));
        assert!(out.status.success(), "{word}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(request(&ns), Value::Bool(on), "l3_stats {word}");
    }
}

/// `link xstats type bridge|bridge_slave` with each suite and `dev`, and
/// `link afstats`: the same text and JSON as ip's.
#[test]
fn link_xstats_and_afstats_match_ip() {
    if !live("link_xstats_and_afstats_match_ip") {
        return;
    }
    let ns = bridged();
    for line in [
        "link xstats type bridge",
        "link xstats type bridge_slave",
        "link xstats type bridge_slave stp",
        "link xstats type bridge_slave dev v0 igmp",
        "link xstats type bridge mcast",
        "link xstats type bridge dev v0",
        "link x type bridge_slave dev v0",
        "link xstats help",
        "link xstats type bridge help",
        "link afstats",
        "link afstats dev v0",
        "link af",
    ] {
        same_ended(&ns, line);
        let args = words(line);
        if !line.contains("help") {
            let ours: Value =
                serde_json::from_slice(&nlw(&ns, &[&["-j"], &args[..]].concat()).stdout).unwrap();
            assert_eq!(ours, ns.ip_json(&args), "-j {line}");
        }
    }
}

/// Arguments ip refuses, refused with its exit code and words before
/// anything is sent (`l3_stats` stays off); and what ip prints for a
/// device that is not there.
#[test]
fn bad_stats_arguments_fail_as_ips_do() {
    if !live("bad_stats_arguments_fail_as_ips_do") {
        return;
    }
    let ns = bridged();
    let before = ns.ip_json(&words("stats show group offload"));
    for line in [
        "stats show group foo",
        "stats show subgroup foo",
        "stats show group link subgroup x",
        "stats show group offload subgroup x",
        "stats show group xstats subgroup bridge suite x",
        "stats show group offload suite x",
        "stats show what",
        "stats show dev",
        "stats show dev v0 dev v1",
        "stats show dev nosuch0",
        "stats show dev a/b",
        "stats frob",
        "stats help",
        "stats show help",
        "stats set dev v0",
        "stats set l3_stats on",
        "stats set dev v0 l3_stats maybe",
        "stats set dev v0 l3_stats on l3_stats on",
        "stats set dev v0 l3_stats on what",
        "stats set dev nosuch0 l3_stats on",
        "link xstats",
        "link xstats frob",
        "link xstats type",
        "link xstats type frob",
        "link xstats type dummy",
        "link xstats type bridge frob",
        "link xstats type bridge dev nosuch0",
        "link afstats frob",
        "link afstats dev",
        "link afstats dev v0 dev v1",
        "link afstats dev nosuch0",
    ] {
        same_ended(&ns, line);
    }
    assert_eq!(ns.ip_json(&words("stats show group offload")), before, "nothing changed");
}
