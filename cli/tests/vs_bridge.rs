//! `nlw bridge fdb|link` against iproute2's `bridge` (6.1): the same text
//! and JSON of `fdb show|get` and `link show` on one namespace holding a bridge,
//! veth ports, a VXLAN port and entries added by `bridge fdb add`; the same
//! entries after the same `fdb add|append|replace|del`, the same ports
//! after the same `link set`, on twin namespaces;
//! and bridge's exit codes for bad arguments, refused before anything is
//! sent.

use std::process::Command;

use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

mod common;
use common::{ended, prepare, Ended, Running};

/// Links with fixed addresses, so that twins have the same permanent
/// entries; `v0` up, as a port must be to take dynamic entries.
const SETUP: &str = "
    link add br0 address 02:00:5e:00:10:00 type bridge
    link add v0 address 02:00:5e:00:10:01 type veth peer name v0p address 02:00:5e:00:10:02
    link add v1 address 02:00:5e:00:10:03 type veth peer name v1p address 02:00:5e:00:10:04
    link add vx0 address 02:00:5e:00:10:05 type vxlan id 42 dstport 4789 local 192.0.2.1 nolearning
    link add vx6 address 02:00:5e:00:10:06 type vxlan id 43 dstport 4790 local 2001:db8::1 nolearning
    link set v0 master br0
    link set v1 master br0
    link set vx0 master br0
    link set br0 up
    link set v0p up
    link set v0 up
";

/// Entries of every kind this kernel keeps without VLAN filtering, added
/// by bridge itself.
const ENTRIES: &[&str] = &[
    "fdb add 02:00:5e:00:53:01 dev v0 master static",
    "fdb add 02:00:5e:00:53:02 dev v1 master",
    "fdb add 02:00:5e:00:53:03 dev v0 master dynamic",
    "fdb add 02:00:5e:00:53:04 dev v1 master sticky static",
    "fdb add 02:00:5e:00:53:07 dev v0 master extern_learn",
    "fdb append 00:00:00:00:00:00 dev vx0 dst 192.0.2.9",
    "fdb append 00:00:00:00:00:00 dev vx0 dst 192.0.2.10 vni 7 port 4790",
    "fdb add 02:00:5e:00:53:05 dev vx0 dst 192.0.2.11 via v1 port 4791",
    "fdb add 02:00:5e:00:53:09 dev vx0 dst 192.0.2.13 router",
    "fdb add 02:00:5e:00:53:0b dev vx6 dst 2001:db8::b",
];

fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// `bridge -n NS args...`, ended, its advice naming `nlw bridge` as nlw's
/// does (`try "nlw bridge help"`).
fn bridge(ns: &TestNs, args: &[&str]) -> Ended {
    let (code, stdout, stderr) =
        ended(Command::new("bridge").arg("-n").arg(&ns.name).args(args).output().expect("run bridge"));
    (code, stdout, stderr.replace("try \"bridge ", "try \"nlw bridge "))
}

/// `nlw -n NS [options] bridge args...`: bridge's options (`-j`, `-s`,
/// `-d`) go before `bridge`, as nlw's go before its object.
fn nlw_bridge(ns: &TestNs, args: &[&str]) -> Ended {
    nlw_bridge_in(&ns.name, args)
}

/// [`nlw_bridge`] in the namespace named `netns`, which may not exist.
fn nlw_bridge_in(netns: &str, args: &[&str]) -> Ended {
    let options = args.iter().take_while(|a| a.starts_with('-')).count();
    let line = [&args[..options], &["bridge"], &args[options..]].concat();
    ended(Command::new(env!("CARGO_BIN_EXE_nlw")).arg("-n").arg(netns).args(line).output().expect("run nlw"))
}

/// A namespace of [`SETUP`] with `entries` added by bridge.
fn with_entries(entries: &[&str]) -> TestNs {
    let ns = TestNs::new();
    prepare(&ns, SETUP);
    for line in entries {
        let (code, _, stderr) = bridge(&ns, &words(line));
        assert_eq!(code, Some(0), "{line}: {stderr}");
    }
    ns
}

/// `bridge -j fdb show`, one entry a line, sorted.
fn entries(ns: &TestNs) -> Vec<String> {
    let (code, stdout, stderr) = bridge(ns, &["-j", "fdb", "show"]);
    assert_eq!(code, Some(0), "bridge fdb show: {stderr}");
    let all: Value = serde_json::from_str(&stdout).unwrap();
    // What the bridge learns by itself of the links' own addresses (from
    // the kernel's multicast reports) comes when it comes.
    let learned = |e: &&Value| e["state"] == "" && e["mac"].as_str().unwrap().starts_with("02:00:5e:00:10:");
    let mut lines: Vec<String> =
        all.as_array().unwrap().iter().filter(|e| !learned(e)).map(Value::to_string).collect();
    lines.sort();
    lines
}

#[test]
fn fdb_and_link_show_print_what_bridge_prints() {
    if !live("fdb_and_link_show_print_what_bridge_prints") {
        return;
    }
    let ns = with_entries(ENTRIES);
    assert!(entries(&ns).len() > ENTRIES.len(), "the kernel's own entries are there too");
    let mut failed = Vec::new();
    for line in [
        "fdb show",
        "fdb",
        "-j fdb show",
        "fdb show br br0",
        "-j fdb show br br0",
        "fdb show dev vx0",
        "-j fdb show brport v0",
        "fdb show state static",
        "-j fdb show state permanent",
        "fdb show dynamic",
        "fdb show vlan 5",
        "fdb show dev v1 extra words",
        "-s fdb show",
        "-s -j fdb show br br0",
        "fdb get 02:00:5e:00:53:04 br br0",
        "-j fdb get to 02:00:5e:00:53:04 dev v1 master",
        "fdb get 02:00:5e:00:53:05 dev vx0 self",
        "-s fdb get 02:00:5e:00:53:01 br br0",
        "fdb get 02:00:5e:00:53:01 br br0 dynamic",
        "fdb get 02:00:5e:00:53:02 br br0 dynamic",
        "fdb get 02:00:5e:00:53:77 br br0",
        "link show",
        "link",
        "-j link show",
        "link show dev v1",
        "-j link show dev vx0",
        "-d link show",
        "-d -j link show",
    ] {
        // The ages of `-s` move with the clock: read again if a second
        // went by between the two.
        let agree = (0..3).any(|_| nlw_bridge(&ns, &words(line)) == bridge(&ns, &words(line)));
        if !agree {
            let (ours, theirs) = (nlw_bridge(&ns, &words(line)), bridge(&ns, &words(line)));
            eprintln!("{line}:\n  nlw    {ours:?}\n  bridge {theirs:?}");
            failed.push(line);
        }
    }
    assert!(failed.is_empty(), "output differs from bridge's: {failed:?}");
    // Each kind of entry is in what was compared.
    let (_, text, _) = bridge(&ns, &["fdb", "show"]);
    for needle in
        ["static", "sticky", "extern_learn", "router", "vni 7", "port 4791", "via v1", "2001:db8::b"]
    {
        assert!(text.contains(needle), "{needle} in\n{text}");
    }
}

/// Twin namespaces: `line` through bridge in one, through nlw in the
/// other; the same exit code and the same entries after.
fn same_change(reference: &TestNs, ours: &TestNs, line: &str) -> (Ended, Ended) {
    let (theirs, mine) = (bridge(reference, &words(line)), nlw_bridge(ours, &words(line)));
    assert_eq!(mine.0, theirs.0, "{line}: exit codes differ\n  nlw {mine:?}\n  bridge {theirs:?}");
    assert!(!mine.2.contains("panicked"), "{line}: {}", mine.2);
    assert_eq!(entries(ours), entries(reference), "{line}: entries differ");
    (theirs, mine)
}

#[test]
fn fdb_changes_made_with_nlw_match_changes_made_with_bridge() {
    if !live("fdb_changes_made_with_nlw_match_changes_made_with_bridge") {
        return;
    }
    let (reference, ours) = (TestNs::new(), TestNs::new());
    for ns in [&reference, &ours] {
        prepare(ns, SETUP);
    }
    assert_eq!(entries(&ours), entries(&reference), "the twins start alike");
    let start = entries(&ours).len();
    for line in ENTRIES.iter().copied().chain([
        "fdb add 02:00:5e:00:53:0c dev vx0 dst 192.0.2.20 self",
        "fdb add 02:00:5e:00:53:0d dev v0 master permanent",
        "fdb add 02:00:5e:00:53:0e dev v1 master temp",
        "fdb replace 02:00:5e:00:53:01 dev v0 master dynamic",
        "fdb replace 02:00:5e:00:53:0f dev v1 master",
        "fdb append 00:00:00:00:00:00 dev vx0 dst 198.51.100.7 vni 0x10",
        "fdb add to 02:00:5e:00:53:10 dev vx0 dst 203.0.113.1 port 0x1000",
        "fdb a 02:00:5e:00:53:11 dev v0 m st",
        "fdb del 02:00:5e:00:53:02 dev v1 master",
        "fdb delete 00:00:00:00:00:00 dev vx0 dst 192.0.2.9",
        "fdb d 02:00:5e:00:53:0c dev vx0 self",
    ]) {
        let (theirs, _) = same_change(&reference, &ours, line);
        assert_eq!(theirs.0, Some(0), "{line}: {}", theirs.2);
    }
    assert!(entries(&ours).len() > start + 8, "the changes added entries");
    // What the kernel refuses, refused alike (exit 255 in both).
    for line in [
        "fdb add 02:00:5e:00:53:01 dev v0 master static",
        "fdb del 02:00:5e:00:53:77 dev v0 master",
        "fdb add 02:00:5e:00:53:12 dev v0 master vlan 5",
        "fdb add 02:00:5e:00:53:13 dev vx0 dst 192.0.2.3 vlan 0",
    ] {
        let (theirs, _) = same_change(&reference, &ours, line);
        assert_eq!(theirs.0, Some(255), "{line}: {}", theirs.2);
    }
}

#[test]
fn bad_bridge_arguments_fail_before_anything_is_sent() {
    if !live("bad_bridge_arguments_fail_before_anything_is_sent") {
        return;
    }
    let ns = TestNs::new();
    prepare(&ns, SETUP);
    let before = entries(&ns);
    // Refused by the parser: the same stderr and exit code as bridge, and
    // from nlw also where there is no namespace to open (nothing sent).
    for line in [
        "frobnicate",
        "fdb bogus",
        "fdb add 02:00:5e:00:53:09",
        "fdb add zz dev v0",
        "fdb add 02:00:5e:00:53:09 dev v0 nhid x",
        "fdb add 02:00:5e:00:53:09 dev v0 vni 0x1000000",
        "fdb add 02:00:5e:00:53:09 dev v0 src_vni zz",
        "fdb add 02:00:5e:00:53:09 dev v0 port 70000",
        "fdb add 02:00:5e:00:53:09 dev v0 port vxlan",
        "fdb add 02:00:5e:00:53:09 dev v0 vlan",
        "fdb add 02:00:5e:00:53:09 02:00:5e:00:53:0a dev v0",
        "fdb add 02:00:5e:00:53:09 dev v0 nhid 3 dst 192.0.2.1",
        "fdb add 02:00:5e:00:53:09 dev vx0 dst 192.0.2.3 dst 192.0.2.4",
        "fdb add 02:00:5e:00:53:09 dev vx0 vlan 3 vlan 4",
        "fdb add 02:00:5e:00:53:09 dev vx0 dst not-an-address",
        "-4 fdb add 02:00:5e:00:53:09 dev vx6 dst 2001:db8::9",
        "-6 fdb add 02:00:5e:00:53:09 dev vx0 dst 192.0.2.9",
        "fdb show state bogus",
        "fdb get 02:00:5e:00:53:09",
        "fdb get br br0",
        "fdb get zz br br0",
        "fdb get 02:00:5e:00:53:09 br br0 vlan 3 vlan 4",
        "fdb get 02:00:5e:00:53:09 br br0 vni 0x1000000",
        "fdb show vlan 3 vlan 4",
        "link bogus",
        "link show dev",
        "link show dev v0 dev v1",
        "vlan bogus",
        "vlan add dev v0",
        "vlan add vid 3",
        "vlan add dev v0 vid 65535",
        "vlan del dev v0 vid 3 help",
        "vlan show dev v0 dev v1",
        "vlan show vid 3 vid 4",
        "vlan show dev",
        "vlan add dev v0 vid 10 tunnel_info",
        "vlan add dev v0 vid 10 tunnel_info id",
        "vlan add dev v0 vid 10 tunnel_info foo 3",
        "vlan add dev v0 vid 10 tunnel_info id 16777216",
        "vlan add dev v0 vid 10 tunnel_info id 5-x",
        "vlan add dev v0 vid 10 tunnel_info id -5",
        "vlan del dev v0 vid 10-12 tunnel_info id 0x1000000-2",
        "vlan tunnelshow dev v0 dev v1",
        "vlan set dev v0",
        "vlan set vid 3",
        "vlan set dev v0 vid 10 state bogus",
        "vlan set dev v0 vid 10 state -1",
        "vlan set dev v0 vid 10 mcast_router 300",
        "vlan set dev v0 vid 5000",
        "vlan set dev v0 vid 12-10",
        "vlan set dev v0 vid 10-4096",
        "vlan set dev v0 vid 10 help",
        "vlan global set dev br0",
        "vlan global set dev br0 vid 10 mcast_snooping 300",
        "vlan global set dev br0 vid 10 mcast_last_member_count 0x100000000",
        "vlan global set dev br0 vid 10 mcast_query_interval x",
        "fdb flush",
        "fdb flush dev br0 vlan",
        "fdb flush dev br0 vlan 3 vlan 4",
        "fdb flush dev br0 brport v0 brport v1",
        "fdb flush dev br0 help",
        "fdb fl dev br0",
        "monitor bogus",
        "monitor link frob",
    ] {
        let (theirs, ours) = (bridge(&ns, &words(line)), nlw_bridge(&ns, &words(line)));
        assert_eq!(ours, theirs, "{line}");
        assert_ne!(theirs.0, Some(0), "{line}: bridge refuses it");
        let absent = nlw_bridge_in("nlw-no-such-ns", &words(line));
        assert_eq!(absent, ours, "{line}: refused before the namespace is opened");
    }
    // Names that are not there: looked up, nothing changed, bridge's words.
    for line in [
        "fdb add 02:00:5e:00:53:09 dev nosuch0",
        "fdb add 02:00:5e:00:53:09 dev v0 via nosuch0 master",
        "fdb show dev nosuch0",
        "fdb show br nosuch0",
        "fdb get 02:00:5e:00:53:09 br nosuch0",
        "fdb get 02:00:5e:00:53:09 dev nosuch0",
        "link show dev nosuch0",
        "vlan add dev nosuch0 vid 3",
        "vlan add dev v0 vid 5000",
        "vlan add dev v0 vid 10-5",
        "vlan del dev v0 vid 10-",
        "vlan del dev v0 vid 5-4096",
        "vlan add dev v0 vid 10-20 pvid",
        "vlan set dev nosuch0 vid 10",
        "vlan global set vid 3 dev nosuch0",
        "vlan show dev nosuch0",
        "fdb flush dev nosuch0",
        "fdb flush dev br0 brport nosuch0",
        "fdb flush dev br0 vlan 4096",
    ] {
        let (theirs, ours) = (bridge(&ns, &words(line)), nlw_bridge(&ns, &words(line)));
        assert_eq!(ours, theirs, "{line}");
        assert_eq!(ours.0, Some(255), "{line}");
    }
    // VLAN ids bridge sends and the kernel refuses: refused before
    // sending, with the same exit code.
    // So are tunnel ids that are not as many as the VLANs.
    for line in [
        "vlan add dev v0 vid 0",
        "vlan del dev v0 vid 4095",
        "vlan del dev v0 vid -3",
        "vlan add dev v0 vid 10-12 tunnel_info id 100",
        "vlan add dev v0 vid 10-12 tunnel_info id 100-105",
        "vlan del dev v0 vid 10-12 tunnel_info id 100-101",
        "vlan set dev v0 vid 0 state 3",
        "vlan set dev v0 vid 10 state 5",
        "vlan set dev v0 vid -5",
        "vlan set dev v0 vid -1",
        "vlan global set dev br0 vid 0 mcast_snooping 1",
    ] {
        let (theirs, ours) = (bridge(&ns, &words(line)), nlw_bridge(&ns, &words(line)));
        assert_eq!((ours.0, theirs.0), (Some(255), Some(255)), "{line}: {ours:?} {theirs:?}");
    }
    assert_eq!(entries(&ns), before, "nothing changed");
}

#[test]
fn help_is_bridge_usage_with_exit_255() {
    if !live("help_is_bridge_usage_with_exit_255") {
        return;
    }
    let ns = TestNs::new();
    for (line, first) in [
        ("help", "Usage: nlw bridge [ OPTIONS ] OBJECT { COMMAND | help }"),
        ("fdb help", "Usage: nlw bridge fdb { add | append | del | replace } ADDR dev DEV"),
        ("fdb add help", "Usage: nlw bridge fdb { add | append | del | replace } ADDR dev DEV"),
        ("link help", "Usage: nlw bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]"),
    ] {
        let (theirs, ours) = (bridge(&ns, &words(line)), nlw_bridge(&ns, &words(line)));
        assert_eq!((ours.0, theirs.0), (Some(255), Some(255)), "{line}");
        assert!(ours.1.is_empty() && theirs.1.is_empty(), "{line}: usage on stderr");
        assert_eq!(ours.2.lines().next(), Some(first), "{line}");
        // bridge's first line, naming nlw.
        let theirs_first = theirs.2.lines().next().unwrap().replace("Usage: bridge", "Usage: nlw bridge");
        assert_eq!(ours.2.lines().next().unwrap(), theirs_first, "{line}");
    }
    // bridge vlan's whole usage, naming nlw.
    for line in ["vlan help", "vlan global bogus"] {
        let (theirs, ours) = (bridge(&ns, &words(line)), nlw_bridge(&ns, &words(line)));
        assert_eq!((ours.0, theirs.0), (Some(255), Some(255)), "{line}");
        assert_eq!(ours.2, theirs.2.replace("bridge vlan", "nlw bridge vlan"), "{line}");
    }
}

/// `ln -s nlw bridge`: run under that name, nlw takes bridge's command
/// lines, options included, and prints what bridge prints.
#[test]
fn nlw_named_bridge_is_bridge() {
    if !live("nlw_named_bridge_is_bridge") {
        return;
    }
    let ns = with_entries(&ENTRIES[..3]);
    let dir = std::env::temp_dir().join(nlwire_tests::live::unique_name());
    std::fs::create_dir(&dir).unwrap();
    let link = dir.join("bridge");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_nlw"), &link).unwrap();
    let named =
        |args: &[&str]| ended(Command::new(&link).arg("-n").arg(&ns.name).args(args).output().unwrap());
    // Read again if the bridge learned an address between the two.
    let differ: Vec<&str> = ["-j fdb show br br0", "fdb show dev v0", "-d link show", "fdb add zz dev v0"]
        .into_iter()
        .filter(|line| !(0..3).any(|_| named(&words(line)) == bridge(&ns, &words(line))))
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(differ.is_empty(), "nlw named bridge differs from bridge: {differ:?}");
}

/// `nlw bridge -d link show`: bridge's options after the word `bridge`, as
/// they follow the program's name in `bridge -d link show` (before, nlw
/// took `-d` for an object and refused it).
#[test]
fn bridges_options_may_follow_its_name() {
    if !live("bridges_options_may_follow_its_name") {
        return;
    }
    let ns = with_entries(&ENTRIES[..3]);
    let after = |args: &[&str]| {
        let mut nlw = Command::new(env!("CARGO_BIN_EXE_nlw"));
        ended(nlw.arg("-n").arg(&ns.name).arg("bridge").args(args).output().expect("run nlw"))
    };
    // Read again if the bridge learned an address between the two.
    let differ: Vec<&str> = [
        "-d link show",
        "-j fdb show br br0",
        "-s -j -p fdb show br br0",
        "-c fdb show dev v0",
        "-d -frob link",
    ]
    .into_iter()
    .filter(|line| !(0..3).any(|_| after(&words(line)) == bridge(&ns, &words(line))))
    .collect();
    assert!(differ.is_empty(), "nlw bridge OPTIONS differs from bridge OPTIONS: {differ:?}");
}

/// `bridge -d -j link show`: the ports and their options.
fn ports(ns: &TestNs) -> Value {
    let (code, stdout, stderr) = bridge(ns, &["-d", "-j", "link", "show"]);
    assert_eq!(code, Some(0), "bridge link show: {stderr}");
    serde_json::from_str(&stdout).unwrap()
}

/// Both twins' ports, read again for a while when they differ: a port
/// that went up reaches its carrier and its forwarding state later.
fn settled_ports(reference: &TestNs, ours: &TestNs) -> (Value, Value) {
    for _ in 0..40 {
        let (theirs, mine) = (ports(reference), ports(ours));
        if theirs == mine {
            return (theirs, mine);
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    (ports(reference), ports(ours))
}

#[test]
fn link_set_made_with_nlw_matches_link_set_made_with_bridge() {
    if !live("link_set_made_with_nlw_matches_link_set_made_with_bridge") {
        return;
    }
    let (reference, ours) = (TestNs::new(), TestNs::new());
    for ns in [&reference, &ours] {
        prepare(ns, SETUP);
    }
    let (theirs, start) = settled_ports(&reference, &ours);
    assert_eq!(start, theirs, "the twins start alike");
    for (line, code) in [
        ("link set dev v0 cost 9 priority 11 state 2", 0),
        ("link set dev v1 hairpin on guard on root_block on fastleave on learning off", 0),
        ("link set dev vx0 flood off mcast_flood off bcast_flood off mcast_to_unicast on", 0),
        ("link set dev v1 neigh_suppress on vlan_tunnel on isolated on locked on mcast_router 2", 0),
        ("link set dev v0 backup_port v1 master", 0),
        ("link set dev v0 nobackup_port state forwarding priority -1 cost 0", 0),
        ("link change dev v1 learning on mcast_router 0", 0),
        // What the kernel refuses: a veth has no bridge of its own
        // (`self`), a port that is down no state.
        ("link change dev vx0 state blocking", 255),
        ("link set dev v0 hwmode vepa", 255),
        ("link set dev v1 learning on self", 255),
        ("link set dev v0 state 7", 255),
        // What bridge itself refuses.
        ("link set dev v0 guard maybe", 234),
        ("link set dev v0 state bogus", 255),
        ("link set dev v0 frob", 255),
        ("link set guard on", 255),
        ("link set dev nosuch0 guard on", 255),
        ("link set dev v0 backup_port nosuch0", 255),
        ("link set dev v0 hwmode sideways", 255),
    ] {
        let (theirs, mine) = (bridge(&reference, &words(line)), nlw_bridge(&ours, &words(line)));
        assert_eq!(theirs.0, Some(code), "{line}: {}", theirs.2);
        assert_eq!(mine.0, theirs.0, "{line}: exit codes differ\n  nlw {mine:?}\n  bridge {theirs:?}");
        let (theirs, mine) = settled_ports(&reference, &ours);
        assert_eq!(mine, theirs, "{line}: ports differ");
    }
    assert_ne!(ports(&ours), start, "the options changed");
}

/// `vlan show|tunnelshow|global show` (`-s`: counters): this kernel's
/// bridge has no VLAN filtering, so bridge prints its heading and no port,
/// or the kernel's refusal of the VLAN dump (the printing of ports with
/// VLANs and counters is compared with bridge's on replies built by hand,
/// in `cli/src/bridge/vlan.rs`);
/// and what the kernel answers to `vlan add|del`, answered alike.
#[test]
fn vlan_show_add_del_answer_as_bridge() {
    if !live("vlan_show_add_del_answer_as_bridge") {
        return;
    }
    let (reference, ours) = (TestNs::new(), TestNs::new());
    for ns in [&reference, &ours] {
        prepare(ns, SETUP);
    }
    for line in [
        "vlan",
        "vlan show",
        "vlan sh dev v0",
        "vlan show vid 3",
        "-j vlan show",
        "-j -p vlan show",
        "-compressvlans vlan show",
        "vlan tunnelshow",
        "vlan t dev v0 vid 3",
        "-j vlan tunnelshow",
        // The RTM_GETSTATS dumps: no VLAN counters without VLAN filtering.
        "-s vlan show",
        "-s -j vlan show",
        "-s vlan show dev v0 vid 1",
        "-s vlan tunnelshow",
        "-s -d vlan tunnelshow",
        // The RTM_GETVLAN dump this kernel's bridge refuses: what was
        // printed, the kernel's answer, exit 1.
        "-d vlan show",
        "-j -d vlan show",
        "-d -s vlan show dev v0",
        "vlan global",
        "vlan global show vid 3",
        "-j vlan global list",
    ] {
        assert_eq!(nlw_bridge(&ours, &words(line)), bridge(&ours, &words(line)), "{line}");
    }
    let (theirs, _) = settled_ports(&reference, &ours);
    for line in [
        "vlan add dev v0 vid 10",
        "vlan add dev v0 vid 10 pvid untagged",
        "vlan add dev v0 vid 10-20 untagged master",
        "vlan a dev br0 vid 4094 self",
        "vlan del dev v0 vid 10",
        "vlan delete dev v0 vid 10-20 self master",
        "vlan d dev br0 vid 1 self",
        "vlan add dev v0 vid 10 tunnel_info id 100",
        "vlan del dev vx0 vid 10-12 tunnel_info i 100-102 pvid untagged self",
        "vlan set dev v0 vid 10 state 3 mcast_router 2",
        "vlan global set dev br0 vid 10-20 mcast_snooping 1 mcast_query_interval 500",
    ] {
        let (theirs, mine) = (bridge(&reference, &words(line)), nlw_bridge(&ours, &words(line)));
        assert_eq!(mine, theirs, "{line}");
        assert!(!mine.2.contains("panicked"), "{line}: {}", mine.2);
    }
    assert_eq!(settled_ports(&reference, &ours), (theirs.clone(), theirs), "nothing changed");
}

/// `fdb flush`: the same entries left after the same flush on twins.
#[test]
fn fdb_flush_made_with_nlw_matches_fdb_flush_made_with_bridge() {
    if !live("fdb_flush_made_with_nlw_matches_fdb_flush_made_with_bridge") {
        return;
    }
    let (reference, ours) = (TestNs::new(), TestNs::new());
    for ns in [&reference, &ours] {
        prepare(ns, SETUP);
        for line in ENTRIES {
            let (code, _, stderr) = bridge(ns, &words(line));
            assert_eq!(code, Some(0), "{line}: {stderr}");
        }
    }
    assert_eq!(entries(&ours), entries(&reference), "the twins start alike");
    let start = entries(&ours).len();
    for (line, code) in [
        ("fdb flush dev br0 brport v1 nosticky", 0),
        ("fdb flush dev br0 brport v0 dynamic noextern_learn", 0),
        ("fdb flush dev v1 master sticky static", 0),
        ("fdb flush dev br0 nopermanent extern_learn", 0),
        ("fdb flush dev br0 vlan 3 noadded_by_user nooffloaded", 0),
        ("fdb flush dev br0 help x", 0),
        // A veth has no table of its own to flush.
        ("fdb flush dev v0", 255),
        ("fdb flush dev br0 vlan 0", 255),
    ] {
        let (theirs, mine) = same_change(&reference, &ours, line);
        assert_eq!(theirs.0, Some(code), "{line}: {}", theirs.2);
        assert_eq!(mine.2, theirs.2, "{line}");
    }
    assert!(entries(&ours).len() < start, "the flushes deleted entries");
}

/// `bridge monitor` and `nlw bridge monitor`, started together on one
/// namespace, print the same lines for the same changes: FDB entries,
/// ports, neighbours, MDB entries (IPv4 and IPv6, permanent and temp) and
/// a multicast router port. IPv6 is off, so that the bridge joins no
/// groups by itself while the monitors run.
/// Waits (5 s at most) until the kernel's link watcher has caught up with
/// every carrier change made so far: each link with `LOWER_UP` reports its
/// operstate. The watcher sends its events up to a second late (a port
/// turning `forwarding`), and they would reach whichever monitor happened to
/// subscribe first.
fn settle(ns: &TestNs) {
    for _ in 0..50 {
        let out = Command::new("ip").args(["-n", &ns.name, "-j", "link", "show"]).output().unwrap();
        let links: Value = serde_json::from_slice(&out.stdout).unwrap();
        let carrier = |l: &Value| l["flags"].as_array().is_some_and(|f| f.iter().any(|x| x == "LOWER_UP"));
        let late = |l: &Value| l["operstate"] == "DOWN" || l["operstate"] == "LOWERLAYERDOWN";
        let pending = links.as_array().unwrap().iter().any(|l| carrier(l) && late(l));
        if !pending {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("the links of {} did not settle", ns.name);
}

#[test]
fn bridge_monitor_prints_what_bridge_monitor_prints() {
    if !live("bridge_monitor_prints_what_bridge_monitor_prints") {
        return;
    }
    let ns = TestNs::new();
    ns.ipv6_off();
    prepare(&ns, SETUP);
    for objects in [&[][..], &["all"], &["fdb"], &["link", "fdb"], &["mdb"], &["all", "mdb"]] {
        settle(&ns);
        let spawn = |program: &[&str], pre: &[&str]| {
            Running(
                Command::new(program[0])
                    .args(&program[1..])
                    .arg("-n")
                    .arg(&ns.name)
                    .args(pre)
                    .arg("monitor")
                    .args(objects)
                    .stdout(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn monitor"),
            )
        };
        // bridge flushes its output after link and FDB events only, not
        // after MDB events: line-buffered, nothing it prints is lost when
        // it is killed.
        let theirs = spawn(&["stdbuf", "-oL", "bridge"], &[]);
        let mine = spawn(&[env!("CARGO_BIN_EXE_nlw")], &["bridge"]);
        std::thread::sleep(std::time::Duration::from_millis(500));
        for line in [
            "fdb add 02:00:5e:00:53:21 dev v0 master static",
            "link set dev v1 cost 9",
            "fdb del 02:00:5e:00:53:21 dev v0 master",
            "mdb add dev br0 port v0 grp 239.1.1.1 permanent",
            "mdb add dev br0 port v0 grp 239.1.1.2 temp vid 5",
            "mdb add dev br0 port v0 grp ff0e::1 permanent",
            "mdb del dev br0 port v0 grp 239.1.1.1",
            "mdb del dev br0 port v0 grp 239.1.1.2 vid 5",
            "mdb del dev br0 port v0 grp ff0e::1",
            "link set dev v0 mcast_router 2",
            "link set dev v0 mcast_router 1",
        ] {
            let (code, _, stderr) = bridge(&ns, &words(line));
            assert_eq!(code, Some(0), "{line}: {stderr}");
        }
        ns.ip(&["link", "add", "vz", "address", "02:00:5e:00:10:20", "type", "veth", "peer", "name", "vy"]);
        ns.ip(&["link", "set", "vz", "master", "br0"]);
        ns.ip(&["link", "del", "vz"]);
        ns.ip(&["neigh", "add", "192.0.2.5", "lladdr", "02:00:5e:00:10:21", "dev", "br0"]);
        ns.ip(&["neigh", "del", "192.0.2.5", "dev", "br0"]);
        std::thread::sleep(std::time::Duration::from_millis(500));
        let (theirs, mine) = (theirs.stop(), mine.stop());
        assert!(theirs.lines().count() >= 4, "{objects:?}: bridge saw the changes:\n{theirs}");
        assert_eq!(mine, theirs, "{objects:?}");
    }
}

/// A netlink message laid out by hand: header (`kind`, no flags), family
/// header `fixed`, then attributes (type, payload), each padded to 4.
fn message(kind: u16, fixed: &[u8], attrs: &[(u16, &[u8])]) -> Vec<u8> {
    let mut m = vec![0u8; 16];
    m.extend_from_slice(fixed);
    for (kind, payload) in attrs {
        m.extend_from_slice(&((4 + payload.len()) as u16).to_ne_bytes());
        m.extend_from_slice(&kind.to_ne_bytes());
        m.extend_from_slice(payload);
        m.resize(m.len().next_multiple_of(4), 0);
    }
    let len = m.len() as u32;
    m[..4].copy_from_slice(&len.to_ne_bytes());
    m[4..6].copy_from_slice(&kind.to_ne_bytes());
    m
}

/// The payload of a nest: `attrs` laid out as [`message`] lays them out.
fn nest(attrs: &[(u16, &[u8])]) -> Vec<u8> {
    message(0, &[], attrs)[16..].to_vec()
}

/// `bridge monitor file FILE`: the same lines for messages built by hand
/// from the UAPI (`RTM_NEWLINK` 16 / `RTM_DELLINK` 17 with `struct
/// ifinfomsg`, `IFLA_IFNAME` 3, `IFLA_MTU` 4, `IFLA_MASTER` 10,
/// `IFLA_PROTINFO` 12 holding `IFLA_BRPORT_STATE` 1, `PRIORITY` 2, `COST`
/// 3; `RTM_NEWNEIGH` 28 / `RTM_DELNEIGH` 29 with `struct ndmsg`,
/// `NDA_LLADDR` 2, `NDA_MASTER` 9), an `AF_INET` neighbour among them
/// that bridge passes over, and VLAN entries and options (which this
/// kernel, without VLAN filtering, never sends).
#[test]
fn bridge_monitor_file_prints_what_bridge_prints() {
    if !live("bridge_monitor_file_prints_what_bridge_prints") {
        return;
    }
    let ns = TestNs::new();
    prepare(&ns, SETUP);
    let (v0, br0) = (ns.ifindex("v0"), ns.ifindex("br0"));
    let ifinfo = |family: u8, index: u32, flags: u32| {
        let mut h = vec![family, 0, 1, 0];
        h.extend_from_slice(&index.to_ne_bytes());
        h.extend_from_slice(&flags.to_ne_bytes());
        h.extend_from_slice(&0u32.to_ne_bytes());
        h
    };
    let ndmsg = |family: u8, index: u32, state: u16, flags: u8| {
        let mut h = vec![family, 0, 0, 0];
        h.extend_from_slice(&index.to_ne_bytes());
        h.extend_from_slice(&state.to_ne_bytes());
        h.extend_from_slice(&[flags, 0]);
        h
    };
    let protinfo = nest(&[(1, &[3]), (2, &7u16.to_ne_bytes()), (3, &19u32.to_ne_bytes())]);
    let mac = [0x02, 0, 0x5e, 0, 0x53, 0x31];
    // RTM_NEWVLAN 112 / RTM_DELVLAN 113: struct br_vlan_msg { u8 family;
    // u8 reserved1; u16 reserved2; u32 ifindex; }, BRIDGE_VLANDB_ENTRY 1
    // holding BRIDGE_VLANDB_ENTRY_INFO 1 (struct bridge_vlan_info { u16
    // flags; u16 vid; }: PVID 2, UNTAGGED 4), _RANGE 2 (u16), _STATE 3 (u8),
    // _STATS 5 (RX_BYTES 1, RX_PACKETS 2, TX_BYTES 3, TX_PACKETS 4, u64),
    // _MCAST_ROUTER 6 (u8); BRIDGE_VLANDB_GLOBAL_OPTIONS 2 holding _GOPTS_ID
    // 1, _RANGE 2 (u16), MCAST_SNOOPING 3, IGMP_VERSION 4, MLD_VERSION 5
    // (u8), LAST_MEMBER_CNT 6 (u32), QUERY_INTVL 12 (u64), QUERIER 15 (u8).
    let br_vlan_msg = |index: u32| {
        let mut h = vec![7, 0, 0, 0];
        h.extend_from_slice(&index.to_ne_bytes());
        h
    };
    let info = |flags: u16, vid: u16| [flags.to_ne_bytes(), vid.to_ne_bytes()].concat();
    let stats = nest(&[
        (1, &100u64.to_ne_bytes()),
        (2, &3u64.to_ne_bytes()),
        (3, &200u64.to_ne_bytes()),
        (4, &4u64.to_ne_bytes()),
    ]);
    let entry_a = nest(&[(1, &info(2 | 4, 10)), (3, &[3]), (6, &[1]), (5 | 0x8000, &stats)]);
    let entry_b = nest(&[(1, &info(4, 20)), (2, &30u16.to_ne_bytes()), (3, &[4])]);
    let entry_c = nest(&[(1, &info(0, 40))]);
    let global = nest(&[
        (1, &10u16.to_ne_bytes()),
        (2, &12u16.to_ne_bytes()),
        (3, &[1]),
        (4, &[2]),
        (5, &[1]),
        (6, &2u32.to_ne_bytes()),
        (12, &12500u64.to_ne_bytes()),
        (15, &[0]),
    ]);
    let mut file = Vec::new();
    for m in [
        message(
            16,
            &ifinfo(7, v0, 0x1043),
            &[(3, b"v0\0"), (4, &1500u32.to_ne_bytes()), (10, &br0.to_ne_bytes()), (12 | 0x8000, &protinfo)],
        ),
        message(17, &ifinfo(0, v0, 0x1002), &[(3, b"v0\0"), (4, &1400u32.to_ne_bytes())]),
        message(28, &ndmsg(7, v0, 0x40, 0x04), &[(2, &mac), (9, &br0.to_ne_bytes())]),
        message(28, &ndmsg(2, v0, 0x02, 0), &[(1, &[192, 0, 2, 7]), (2, &mac)]),
        message(29, &ndmsg(7, v0, 0x80, 0x02), &[(2, &mac)]),
        message(112, &br_vlan_msg(v0), &[(1 | 0x8000, &entry_a), (1 | 0x8000, &entry_b)]),
        message(113, &br_vlan_msg(v0), &[(1 | 0x8000, &entry_c)]),
        message(112, &br_vlan_msg(br0), &[(2 | 0x8000, &global)]),
    ] {
        file.extend_from_slice(&m);
    }
    let path = std::env::temp_dir().join(format!("{}.events", ns.name));
    std::fs::write(&path, &file).unwrap();
    let path = path.to_str().unwrap();
    for (options, objects) in [("", ""), ("", "all"), ("", "link"), ("", "fdb"), ("", "vlan"), ("-s", "all")]
    {
        let line = format!("{options} monitor file {path} {objects}");
        let (theirs, ours) = (bridge(&ns, &words(&line)), nlw_bridge(&ns, &words(&line)));
        assert_eq!(ours, theirs, "{line}");
        assert!(theirs.1.lines().count() >= 12, "{line}: {}", theirs.1);
    }
    let _ = std::fs::remove_file(path);
}

/// `bridge monitor file FILE` for MDB messages built by hand from the
/// UAPI (`linux/if_bridge.h`): `RTM_NEWMDB` 84 / `RTM_DELMDB` 85 with
/// `struct br_port_msg { u8 family; u32 ifindex; }`, `MDBA_MDB` 1 holding
/// `MDBA_MDB_ENTRY` 1 holding `MDBA_MDB_ENTRY_INFO` 1: `struct
/// br_mdb_entry { u32 ifindex; u8 state; u8 flags; u16 vid; { u8 addr[16];
/// be16 proto; } }` (28 bytes), then `MDBA_MDB_EATTR_TIMER` 1 (u32),
/// `_SRC_LIST` 2 (`MDBA_MDB_SRCLIST_ENTRY` 1 holding `_SRCATTR_ADDRESS`
/// 1, `_SRCATTR_TIMER` 2), `_GROUP_MODE` 3 (u8), `_SOURCE` 4, `_RTPROT` 5
/// (u8); `MDBA_ROUTER` 2 holding `MDBA_ROUTER_PORT` 1 (u32 ifindex, then
/// `MDBA_ROUTER_PATTR_TIMER` 1, `_TYPE` 2). Nests flagged as the kernel
/// flags them (`NLA_F_NESTED` on the source list only).
#[test]
fn bridge_monitor_file_prints_mdb_events_as_bridge() {
    if !live("bridge_monitor_file_prints_mdb_events_as_bridge") {
        return;
    }
    let ns = TestNs::new();
    prepare(&ns, SETUP);
    let (v0, v1, br0) = (ns.ifindex("v0"), ns.ifindex("v1"), ns.ifindex("br0"));
    let mut port_msg = vec![7, 0, 0, 0];
    port_msg.extend_from_slice(&br0.to_ne_bytes());
    // MDB_PERMANENT 1; MDB_FLAGS_OFFLOAD 1, _FAST_LEAVE 2, _STAR_EXCL 4,
    // _BLOCKED 8; ETH_P_IP 0x0800, ETH_P_IPV6 0x86dd, 0 for a MAC group.
    let entry = |port: u32, state: u8, flags: u8, vid: u16, addr: &[u8], proto: u16| {
        let mut e = port.to_ne_bytes().to_vec();
        e.extend_from_slice(&[state, flags]);
        e.extend_from_slice(&vid.to_ne_bytes());
        let mut union = [0u8; 16];
        union[..addr.len()].copy_from_slice(addr);
        e.extend_from_slice(&union);
        e.extend_from_slice(&proto.to_be_bytes());
        e.extend_from_slice(&[0, 0]);
        e
    };
    let with = |head: Vec<u8>, attrs: &[(u16, &[u8])]| [head, nest(attrs)].concat();
    let ff0e_1 = "ff0e::1".parse::<std::net::Ipv6Addr>().unwrap().octets();
    let source = nest(&[(1, &[192, 0, 2, 9]), (2, &1234u32.to_ne_bytes())]);
    let sources = nest(&[(1 | 0x8000, &source), (1 | 0x8000, &source)]);
    let plain = entry(v0, 1, 0, 0, &[239, 1, 1, 1], 0x0800);
    let detailed = with(
        entry(v1, 0, 1 | 2, 5, &[239, 1, 1, 2], 0x0800),
        &[(1, &25_000u32.to_ne_bytes()), (2 | 0x8000, &sources), (3, &[0]), (4, &[192, 0, 2, 9]), (5, &[3])],
    );
    let v6 = with(entry(v0, 0, 4 | 8, 0, &ff0e_1, 0x86dd), &[(1, &7u32.to_ne_bytes()), (3, &[1])]);
    let mac = entry(v1, 1, 0, 7, &[0x01, 0, 0x5e, 0, 0, 5], 0);
    let group_a = nest(&[(1, &plain), (1, &detailed)]);
    let group_b = nest(&[(1, &v6), (1, &mac)]);
    let mdb = nest(&[(1, &group_a), (1, &group_b)]);
    let router_port = |port: u32| with(port.to_ne_bytes().to_vec(), &[(1, &300u32.to_ne_bytes()), (2, &[2])]);
    let routers = nest(&[(1, &router_port(v1)), (1, &router_port(v0))]);
    let mut file = Vec::new();
    for m in [
        message(84, &port_msg, &[(1, &mdb)]),
        message(85, &port_msg, &[(1, &nest(&[(1, &nest(&[(1, &plain)]))]))]),
        message(84, &port_msg, &[(2, &routers)]),
        message(85, &port_msg, &[(2, &routers)]),
        message(84, &port_msg, &[(1, &nest(&[(1, &group_b)])), (2, &routers)]),
    ] {
        file.extend_from_slice(&m);
    }
    let path = std::env::temp_dir().join(format!("{}.mdb-events", ns.name));
    std::fs::write(&path, &file).unwrap();
    let path = path.to_str().unwrap();
    for (options, objects) in
        [("", ""), ("", "all"), ("", "mdb"), ("-d", "mdb"), ("-s", "all"), ("-d -s", "mdb")]
    {
        let line = format!("{options} monitor file {path} {objects}");
        let (theirs, ours) = (bridge(&ns, &words(&line)), nlw_bridge(&ns, &words(&line)));
        assert_eq!(ours, theirs, "{line}");
        assert!(theirs.1.lines().count() >= 10, "{line}: {}", theirs.1);
        // The details and timers were there to print.
        assert_eq!(theirs.1.contains(" filter_mode exclude source_list "), options.contains("-d"), "{line}");
        assert_eq!(theirs.1.contains("  250.00"), options.contains("-s"), "{line}");
    }
    let _ = std::fs::remove_file(path);
}

/// The changes (`RTM_DELLINK` 0x11, `RTM_SETLINK` 0x13, `RTM_DELNEIGH`
/// 0x1d, `RTM_NEWVLAN` 0x70) and link dumps of family `AF_BRIDGE` (`RTM_GETLINK` 0x12, the
/// body starting with 7) that `program args...` sends, as strace decodes
/// them: type, flags and the bytes after the header.
fn changes_sent(ns: &TestNs, program: &str, args: &[&str]) -> Vec<String> {
    let trace = std::env::temp_dir().join(format!("{}.{}.strace", ns.name, args.len()));
    let out = Command::new("strace")
        .args(["-f", "-e", "trace=sendmsg,sendto", "-xx", "-s", "4096", "-o"])
        .arg(&trace)
        .arg(program)
        .args(args)
        .output()
        .expect("run strace");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"), "{args:?}");
    let text = std::fs::read_to_string(&trace).unwrap();
    let _ = std::fs::remove_file(&trace);
    let field = |line: &str, key: &str| {
        let at = line.find(key).map(|i| i + key.len())?;
        Some(line[at..].split([',', ' ']).next()?.to_owned())
    };
    text.lines()
        .filter_map(|line| {
            let kind = field(line, "nlmsg_type=")?;
            let body = line.split("nlmsg_pid=").nth(1)?.split('"').nth(1)?;
            let bridge_dump = kind == "0x12" && body.starts_with("\\x07");
            if !["0x11", "0x13", "0x1d", "0x70"].contains(&kind.as_str()) && !bridge_dump {
                return None;
            }
            Some(format!("{kind} {} {body}", field(line, "nlmsg_flags=")?))
        })
        .collect()
}

/// The listings name the links they meet and the changes find the links
/// they name one at a time, as bridge does: no dump of every link first
/// (bridge's `vlan show` is a dump of the bridge's own family, its one
/// request).
#[test]
fn bridge_commands_ask_only_for_the_links_they_name() {
    if !live("bridge_commands_ask_only_for_the_links_they_name") {
        return;
    }
    let ns = with_entries(ENTRIES);
    for args in [&["fdb", "show"][..], &["fdb", "show", "br", "br0"], &["mdb", "show"], &["vlan", "show"]] {
        assert_eq!(nlw_bridge(&ns, args), bridge(&ns, args), "{args:?}: ours, then bridge's");
    }
    let kinds = ["0x12", "RTM_GETLINK", "0x1e", "RTM_GETNEIGH", "0x56", "RTM_GETMDB", "0x1c", "RTM_NEWNEIGH"];
    for (args, wanted) in [
        (&["fdb", "show"][..], "RTM_GETNEIGH"),
        (&["fdb", "show", "br", "br0", "dev", "v0"], "RTM_GETNEIGH"),
        (&["mdb", "show"], "RTM_GETMDB"),
        (&["vlan", "show"], "RTM_GETLINK"),
        (&["fdb", "add", "02:00:5e:00:53:21", "dev", "v1", "master", "static"], "RTM_NEWNEIGH"),
        (&["fdb", "del", "02:00:5e:00:53:21", "dev", "v1", "master"], "RTM_DELNEIGH"),
    ] {
        let line = [&["bridge"], args].concat();
        let kinds = [&kinds[..], &["0x1d", "RTM_DELNEIGH"]].concat();
        let (out, sent) = common::strace_sent(&ns, env!("CARGO_BIN_EXE_nlw"), &line, &[], &kinds);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let named = |s: &common::Sent| {
            let at = kinds.iter().position(|k| *k == s.kind).unwrap_or(0);
            kinds[at / 2 * 2 + 1]
        };
        // strace writes NLM_F_DUMP by name, or as 0x300 in a type it does
        // not know; a dump of the bridge family starts `\x07`.
        let link_dumps = sent
            .iter()
            .filter(|s| named(s) == "RTM_GETLINK" && (s.flags.contains("DUMP") || s.flags.contains("0x300")))
            .filter(|s| !(wanted == "RTM_GETLINK" && s.body.starts_with("\\x07")));
        assert_eq!(link_dumps.count(), 0, "{args:?}: nlw dumped the links");
        assert_eq!(sent.iter().filter(|s| named(s) == wanted).count(), 1, "{args:?}: its one request");
    }
    // Each link named is asked for once, however many entries it has.
    let links = ns.ip_link_names().len();
    let (out, asked) = common::names_asked(&ns, &["bridge", "fdb", "show"]);
    let entries = String::from_utf8(out.stdout).unwrap().lines().count();
    assert!(entries > links && asked <= links, "{asked} names asked for {entries} entries of {links} links");
}

/// What bridge cannot show on this kernel (VLANs), and what a flush
/// deletes, checked where it starts: `vlan add|del` and `fdb flush` send
/// the bytes bridge sends, both read with `strace -e trace=sendmsg,sendto
/// -xx`.
#[test]
fn vlan_and_flush_requests_are_the_bytes_bridge_sends() {
    if !live("vlan_and_flush_requests_are_the_bytes_bridge_sends") {
        return;
    }
    if Command::new("strace").arg("-V").output().is_err() {
        eprintln!("SKIP (needs strace): vlan_and_flush_requests_are_the_bytes_bridge_sends");
        return;
    }
    let ns = TestNs::new();
    prepare(&ns, SETUP);
    for line in [
        "vlan add dev v0 vid 10",
        "vlan add dev v0 vid 10 pvid untagged",
        "vlan add dev v0 vid 10-20 untagged master",
        "vlan add dev br0 vid 4094 self master",
        "vlan del dev v1 vid 1 pvid",
        "vlan del dev v0 vid 2-4094 self",
        "vlan add dev vx0 vid 10 tunnel_info id 100",
        "vlan add dev vx0 vid 10 tunnel_info id 0x10-9 pvid untagged master",
        "vlan del dev vx0 vid 10-12 tunnel_info i 100-102 self",
        "vlan del dev vx0 vid 4094 tunnel_info id 16777215",
        "-compressvlans vlan show",
        "-com vlan tunnelshow",
        "vlan show",
        "vlan set dev v0 vid 10 state 3 mcast_router 2",
        "vlan se dev v1 vid 10-12 state forwarding help x",
        "vlan set dev v0 vid 4094 mcast_router 0x1",
        "vlan global set dev br0 vid 10 mcast_snooping 1 mcast_igmp_version 3 mcast_mld_version 2 mcast_last_member_count 5 mcast_startup_query_count 3 mcast_last_member_interval 100 mcast_membership_interval 300 mcast_querier_interval 400 mcast_query_interval 500 mcast_query_response_interval 600 mcast_startup_query_interval 200 mcast_querier 0",
        "vlan global set dev br0 vid 2-4094 mcast_snooping 0",
        "fdb flush dev br0",
        "fdb flush dev br0 brport v0 vlan 5 nopermanent noadded_by_user extern_learn sticky nooffloaded dynamic",
        "fdb flush dev v1 master static nostatic permanent",
        "fdb flush dev br0 nodynamic noextern_learn nosticky offloaded added_by_user self master",
    ] {
        let bridge_args = [&["-n", ns.name.as_str()][..], &words(line)].concat();
        // bridge's options go before nlw's `bridge`.
        let line_words = words(line);
        let (options, command) = line_words.split_at(line_words.iter().take_while(|w| w.starts_with('-')).count());
        let nlw_args = [&["-n", ns.name.as_str()][..], options, &["bridge"], command].concat();
        let theirs = changes_sent(&ns, "bridge", &bridge_args);
        let ours = changes_sent(&ns, env!("CARGO_BIN_EXE_nlw"), &nlw_args);
        assert_eq!(theirs.len(), 1, "{line}: bridge sends one change: {theirs:?}");
        assert_eq!(ours, theirs, "{line}");
    }
}
