//! `nlw stats`, `nlw link xstats|afstats` and `nlw mroute` against ip 6.1
//! on throwaway namespaces: text line for line and `-j` whole, exit codes
//! and messages of refused arguments, and what `stats set` changes as ip
//! reads it back.

use std::process::Command;

use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

mod common;
use common::{ended, lines_until, monitors, nlw, Ended};

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
    // The bridge sends a frame or two as it comes up, up to a second apart
    // (a CI run caught the second after a quarter second of calm): wait
    // for the counters to stand still for two seconds.
    let counters = || ns.ip_json(&words("stats show group link"));
    let (mut last, mut still) = (counters(), 0);
    for _ in 0..60 {
        std::thread::sleep(std::time::Duration::from_millis(250));
        let now = counters();
        still = if now == last { still + 1 } else { 0 };
        if still == 8 {
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

/// Fills the namespace's IPv4 multicast routing table without a daemon,
/// as linux/mroute.h lets a program do: a raw IGMP socket, `MRT_INIT`,
/// a VIF per interface (`struct vifctl`, by index) and one `(S,G)` entry
/// (`struct mfcctl`) from `v0` to `v1` and `v2`, kept while the script
/// waits on its stdin. `None` when the kernel has no multicast routing.
fn mroute_daemon(ns: &TestNs) -> Option<std::process::Child> {
    let script = r#"
import socket, struct, sys
s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_IGMP)
try:
    s.setsockopt(socket.IPPROTO_IP, 200, 1)  # MRT_INIT
except OSError:
    print("unavailable", flush=True); sys.exit(0)
for vif, dev in enumerate(sys.argv[1:]):
    index = socket.if_nametoindex(dev)
    # vifc_vifi, vifc_flags (VIFF_USE_IFINDEX), vifc_threshold, rate, ifindex, rmt
    s.setsockopt(socket.IPPROTO_IP, 202, struct.pack("=HBBIiI", vif, 8, 1, 0, index, 0))
ttls = bytes([0, 1, 3] + [0] * 29)
mfc = struct.pack("=4s4sH32s2xIIIi", socket.inet_aton("192.0.2.1"), socket.inet_aton("239.1.2.3"), 0, ttls, 0, 0, 0, 0)
s.setsockopt(socket.IPPROTO_IP, 204, mfc)  # MRT_ADD_MFC
print("ready", flush=True)
sys.stdin.read()
"#;
    let mut child = Command::new("ip")
        .args(["netns", "exec", &ns.name, "python3", "-c", script, "v0", "v1", "v2"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take()?), &mut line).ok()?;
    if line.trim() == "ready" {
        return Some(child);
    }
    let _ = child.wait();
    eprintln!("SKIP: no multicast routing in this kernel ({})", line.trim());
    None
}

/// `mroute show` and its filters against ip 6.1: what this kernel
/// answers for a family it has no multicast routing for (nothing for
/// IPv4; IPv6 routes, which ip refuses with exit 1 after an empty
/// listing), ip's refusals of its arguments, and, on a kernel with
/// multicast routing, an entry a test program added.
#[test]
fn mroute_show_matches_ip() {
    if !live("mroute_show_matches_ip") {
        return;
    }
    let ns = TestNs::new();
    ns.ip_batch(
        "link add v0 type veth peer name v1\n\
         link add v2 type veth peer name v3\n\
         link set v0 up\n\
         link set v1 up\n\
         link set v2 up\n\
         addr add 192.0.2.1/24 dev v0\n\
         addr add 2001:db8::1/64 dev v0 nodad\n",
    );
    let lines = [
        "mroute",
        "mroute show",
        "mr s table all",
        "-s mroute show table default",
        "-4 mroute list iif v0",
        "mroute show default from any",
        "-6 mroute show",
        "-6 mroute show table all",
        "-0 mroute show what",
        "mroute show 239.1.2.3",
        "mroute show from 192.0.2.1",
        "mroute show table frob",
        "mroute show table",
        "mroute show iif nosuch0",
        "mroute frob",
    ];
    for line in lines {
        same_ended(&ns, line);
        same_ended(&ns, &format!("-j {line}"));
    }
    // `monitor mroute` subscribes (this kernel sends it nothing to print).
    for args in [&["monitor", "mroute"][..], &["-6", "monitor", "mro"]] {
        let mut monitor = Command::new(env!("CARGO_BIN_EXE_nlw"))
            .arg("-n")
            .arg(&ns.name)
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(300));
        let running = monitor.try_wait().unwrap().is_none();
        let _ = monitor.kill();
        let out = monitor.wait_with_output().unwrap();
        assert!(running, "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let Some(mut daemon) = mroute_daemon(&ns) else { return };
    for line in ["mroute show", "-s mroute show", "-d mroute show table all", "mroute show iif v0"] {
        same_ended(&ns, line);
        same_ended(&ns, &format!("-j {line}"));
    }
    drop(daemon.stdin.take());
    let _ = daemon.wait();
}

/// `monitor stats` (and `monitor` with every object, under `-j`: ip
/// prints these as text all the same): the events of `stats set ...
/// l3_stats on` then `off`, line for line as ip prints them.
#[test]
fn monitor_stats_matches_ip() {
    if !live("monitor_stats_matches_ip") {
        return;
    }
    let ns = bridged();
    for args in [&["monitor", "stats"][..], &["-j", "monitor"], &["monitor", "label", "stats"]] {
        // Until each prints: toggles of v0's.
        let toggle = |n: usize| ns.ip(&["stats", "set", "dev", "v0", "l3_stats", ["on", "off"][n % 2]]);
        let [(_nlw, ours), (_ip, theirs)] = monitors(&ns, args, toggle);
        ns.ip(&words("stats set dev v1 l3_stats off"));
        ns.ip(&words("stats set dev v1 l3_stats on"));
        let events = |rx| {
            let mut lines = lines_until(rx, " v1:");
            let first = lines.pop().unwrap();
            [vec![first], lines_until(rx, "l3_stats on")].concat()
        };
        assert_eq!(events(&ours), events(&theirs), "{args:?}: ours, then ip's");
    }
}
