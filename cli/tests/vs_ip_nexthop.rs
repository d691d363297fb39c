//! `nlw nexthop`, routes through nexthop objects (`nhid`, `-d` `nh_info`)
//! and `nlw netconf` against ip 6.1 on throwaway namespaces: JSON key for
//! key, text line for line, changes compared on twin namespaces, bad
//! arguments refused before anything is sent.

use std::process::Command;
use std::time::Duration;

use nlwire_tests::live::{live, TestNs};

mod common;
use common::{lines_until, monitors, nlw, prepare, same, same_text, state, Twins};

/// Links and addresses the nexthops go through: a veth pair, one end in a
/// bridge (for `master`).
const LINKS: &str = "
    link add v0 type veth peer name v1
    link add br0 type bridge
    link set v1 master br0
    link set v0 up
    link set v1 up
    link set br0 up
    link set lo up
    address add 192.0.2.1/24 dev v0
    address add 2001:db8::1/64 dev v0
    address add 198.51.100.1/24 dev br0
";

/// Nexthops of every kind ip prints, and routes using them.
const NEXTHOPS: &str = "
    nexthop add id 1 via 192.0.2.2 dev v0
    nexthop add id 2 via 192.0.2.3 dev v0 onlink
    nexthop add id 3 blackhole
    nexthop add id 4 dev v0
    nexthop add id 5 via 2001:db8::2 dev v0
    nexthop add id 6 via 192.0.2.4 fdb
    nexthop add id 7 via 198.51.100.2 dev br0 proto static
    nexthop add id 8 dev v0 proto 99
    nexthop add id 9 dev v1
    nexthop add id 10 group 1/2,3
    nexthop add id 11 group 1,2/4 type resilient buckets 8 idle_timer 100 unbalanced_timer 200
    nexthop add id 12 group 6 fdb
    nexthop add id 13 group 1/7,256 type mpath
    route add 203.0.113.0/24 nhid 10
    route add 203.0.113.128/25 nhid 1
    route add 198.51.100.128/25 nhid 11 table 100
    route add 2001:db8:5::/48 nhid 5
";

/// Waits until the links of [`LINKS`] have their carrier: the kernel
/// refuses a nexthop through a device without one, and a veth's comes a
/// moment after it is set up.
fn carrier(ns: &TestNs) {
    for n in 0.. {
        let links = ns.ip_json(&["link", "show"]);
        let up =
            |dev: &str| {
                links.as_array().unwrap().iter().any(|l| {
                    l["ifname"] == dev && l["flags"].as_array().unwrap().iter().any(|f| f == "LOWER_UP")
                })
            };
        if ["v0", "v1", "br0"].into_iter().all(up) {
            return;
        }
        assert!(n < 500, "no carrier: {links}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// A namespace with [`LINKS`], their carrier, then `more`.
fn with_links(ns: &TestNs, more: &str) {
    prepare(ns, LINKS);
    carrier(ns);
    prepare(ns, more);
}

#[test]
fn nexthop_route_and_netconf_shows_match_ip() {
    if !live("nexthop_route_and_netconf_shows_match_ip") {
        return;
    }
    let ns = TestNs::new();
    with_links(&ns, NEXTHOPS);
    let nexthops = ns.ip_json(&["nexthop", "show"]);
    assert_eq!(nexthops.as_array().unwrap().len(), 13, "ip made them all: {nexthops}");
    let shows: [&[&str]; 13] = [
        &["nexthop", "show"],
        &["-d", "nexthop", "show"],
        &["nexthop", "show", "groups"],
        &["nexthop", "show", "dev", "v0"],
        &["nexthop", "show", "master", "br0"],
        &["nexthop", "show", "fdb"],
        &["nexthop", "show", "protocol", "4"],
        &["-4", "nexthop", "show"],
        &["-6", "nexthop", "show"],
        &["nexthop", "get", "id", "11"],
        &["-d", "nexthop", "get", "id", "3"],
        &["nexthop", "show", "id", "2"],
        &["nexthop"],
    ];
    for args in shows {
        same(&ns, args, &["id"]);
        same_text(&ns, args);
    }
    let routes: [&[&str]; 7] = [
        &["route", "show"],
        &["-d", "route", "show"],
        &["route", "show", "table", "100"],
        &["-d", "route", "show", "table", "100"],
        &["-4", "-d", "route", "show", "table", "all"],
        &["-6", "-d", "route", "show"],
        &["-d", "route", "get", "203.0.113.129"],
    ];
    for args in routes {
        same(&ns, args, &["type", "dst", "table", "dev"]);
        same_text(&ns, args);
    }
    let route = &ns.ip_json(&["-d", "route", "show", "198.51.100.128/25", "table", "100"])[0];
    assert_eq!(route["nh_info"]["resilient_args"]["idle_timer"], 100, "ip's -d shows nh_info: {route}");
    for args in [&["netconf", "show"][..], &["netconf", "show", "dev", "v0"], &["-6", "netconf", "show"]] {
        same(&ns, args, &["family", "interface"]);
        same_text(&ns, args);
    }
    // One family and a device: the kernel's answer to a single request
    // (ip 6.1 prints it as text even with -j).
    same_text(&ns, &["-4", "netconf", "show", "dev", "v0"]);
    same_text(&ns, &["-6", "netconf", "show", "dev", "lo"]);
}

#[test]
fn nexthop_changes_made_with_nlw_leave_what_ip_leaves() {
    if !live("nexthop_changes_made_with_nlw_leave_what_ip_leaves") {
        return;
    }
    let twins = Twins::new(LINKS);
    carrier(&twins.reference);
    carrier(&twins.ours);
    let changes: [&[&str]; 22] = [
        &["nexthop", "add", "id", "1", "via", "192.0.2.2", "dev", "v0"],
        &["nexthop", "add", "id", "2", "via", "192.0.2.3", "dev", "v0", "onlink", "proto", "static"],
        &["nexthop", "add", "id", "3", "blackhole"],
        &["nexthop", "add", "id", "4", "dev", "v0"],
        &["nexthop", "add", "id", "5", "via", "2001:db8::2", "dev", "v0"],
        &["-6", "nexthop", "add", "id", "6", "dev", "v0"],
        &["nexthop", "add", "id", "7", "via", "inet", "192.0.2.4", "fdb"],
        &["-6", "nexthop", "add", "id", "8", "blackhole", "protocol", "99"],
        &["nexthop", "add", "id", "10", "group", "1/2,3"],
        &[
            "nexthop",
            "add",
            "id",
            "0x0b",
            "group",
            "1,2/4",
            "type",
            "resilient",
            "buckets",
            "8",
            "idle_timer",
            "100",
            "unbalanced_timer",
            "200",
        ],
        &["nexthop", "add", "id", "12", "group", "7", "fdb"],
        &["nexthop", "add", "id", "13", "group", "1/4,256", "type", "mpath"],
        &["nexthop", "add", "id", "14", "group", "1/2", "type", "resilient"],
        &["nexthop", "replace", "id", "1", "via", "192.0.2.5", "dev", "v0"],
        &["nexthop", "replace", "id", "11", "group", "1/2", "type", "resilient", "idle_timer", "50"],
        // The kernel's refusals, the same on both sides.
        &["nexthop", "add", "id", "1", "via", "192.0.2.6", "dev", "v0"],
        &["nexthop", "del", "id", "99"],
        &["route", "add", "203.0.113.0/24", "nhid", "10"],
        &["route", "add", "2001:db8:5::/48", "nhid", "5"],
        &["route", "replace", "203.0.113.0/24", "nhid", "1"],
        &["route", "add", "203.0.113.128/25", "nhid", "99"],
        &["nexthop", "del", "id", "13"],
    ];
    for args in changes {
        twins.same(args);
    }
    // 14 went with the kernel's refusal (a resilient group needs buckets).
    let ours = twins.ours.ip_json(&["nexthop", "show"]);
    assert_eq!(ours.as_array().unwrap().len(), 11, "{ours}");
    // `flush`: the same nexthops go, and the same line is printed.
    for args in [
        &["nexthop", "flush", "protocol", "4"][..],
        &["nexthop", "flush", "id", "3"],
        &["nexthop", "flush", "dev", "nosuch0"],
        &["nexthop", "flush", "groups"],
        &["nexthop", "flush", "fdb"],
        &["nexthop", "flush"],
        &["nexthop", "flush"],
    ] {
        let theirs = Command::new("ip").arg("-n").arg(&twins.reference.name).args(args).output().unwrap();
        let ours = nlw(&twins.ours, args);
        assert_eq!(ours.status.code(), theirs.status.code(), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&ours.stdout),
            String::from_utf8_lossy(&theirs.stdout),
            "{args:?}: ours, then ip's"
        );
        assert!(twins.agree(), "{args:?}: the twins differ");
    }
    assert_eq!(twins.ours.ip_json(&["nexthop", "show"]).as_array().unwrap().len(), 0);
}

#[test]
fn bad_nexthop_and_netconf_arguments_fail_before_anything_is_sent() {
    if !live("bad_nexthop_and_netconf_arguments_fail_before_anything_is_sent") {
        return;
    }
    let twins = Twins::new(LINKS);
    for ns in [&twins.reference, &twins.ours] {
        carrier(ns);
        prepare(ns, NEXTHOPS);
    }
    // (arguments, what stderr says, exit code, whether ip refuses them alike)
    let cases: [(&[&str], &str, i32, bool); 32] = [
        (&["nexthop", "add", "id", "x", "dev", "v0"], "invalid id value", 255, true),
        (&["nexthop", "add", "id", "20", "dev", "nosuch0"], "Device does not exist", 255, true),
        (&["nexthop", "add", "id", "20", "dev", "v0", "frob"], "\"frob\" is wrong", 255, true),
        (&["nexthop", "add", "id", "20", "group", "1/"], "\"group\" value is invalid", 255, true),
        (&["nexthop", "add", "id", "20", "group", "1,0"], "\"weight\" is invalid", 255, true),
        (&["nexthop", "add", "id", "20", "group", "1,257"], "\"weight\" is invalid", 255, true),
        (
            &["nexthop", "add", "id", "20", "group", "1", "type", "frob"],
            "\"type\" value is invalid",
            255,
            true,
        ),
        (
            &["nexthop", "add", "id", "20", "group", "1", "type", "resilient", "buckets", "x"],
            "buckets",
            255,
            true,
        ),
        (
            &["nexthop", "add", "id", "20", "group", "1", "type", "resilient", "idle_timer", "42949673"],
            "idle timer",
            255,
            true,
        ),
        (
            &["nexthop", "add", "id", "20", "dev", "v0", "proto", "frob"],
            "\"protocol\" value is invalid",
            255,
            true,
        ),
        (&["nexthop", "add", "id"], "not complete", 255, true),
        (
            &["nexthop", "add", "id", "20", "dev", "v0", "via", "2001:db8::9"],
            "inet address is expected",
            1,
            true,
        ),
        (&["nexthop", "add", "id", "20", "via", "inet6", "192.0.2.9"], "inet6 address is expected", 1, true),
        (&["nexthop", "frob"], "Command \"frob\" is unknown", 255, true),
        (&["nexthop", "get"], "Usage", 255, true),
        (&["nexthop", "get", "id", "x"], "invalid id value", 255, true),
        (&["nexthop", "show", "frob"], "\"frob\" is wrong", 255, true),
        (&["nexthop", "show", "protocol", "static"], "invalid protocol value", 255, true),
        (&["nexthop", "show", "dev", "nosuch0"], "Device does not exist", 255, true),
        (&["nexthop", "flush", "frob"], "\"frob\" is wrong", 255, true),
        (&["route", "add", "203.0.114.0/24", "nhid", "x"], "\"id\" value is invalid", 255, true),
        (&["route", "add", "203.0.114.0/24", "nhid"], "not complete", 255, true),
        (&["netconf", "frob"], "Command \"frob\" is unknown", 255, true),
        (&["netconf", "show", "dev"], "not complete", 255, true),
        (&["netconf", "show", "dev", "nosuch0"], "Device \"nosuch0\" does not exist", 1, true),
        // What ip sends for the kernel to refuse (exit 2), nlw refuses first.
        (&["nexthop", "add", "id", "20", "group", "1", "dev", "v0"], "a group takes no", 255, false),
        (
            &["nexthop", "add", "id", "20", "blackhole", "via", "192.0.2.9"],
            "a blackhole takes no",
            255,
            false,
        ),
        (&["nexthop", "add", "id", "20", "type", "mpath", "dev", "v0"], "\"type\" is a group's", 255, false),
        (&["nexthop", "add", "id", "20"], "a nexthop needs", 255, false),
        (&["nexthop", "add", "id", "20", "group", "0/1"], "id 0", 255, false),
        (&["nexthop", "del"], "Nexthop id is missing", 255, false),
        // ip passes over words it does not know here; nlw refuses them.
        (&["netconf", "show", "frob"], "\"frob\" is wrong", 255, false),
    ];
    let before = state(&twins.ours);
    for (args, message, code, ip_agrees) in cases {
        let (theirs, ours) = twins.run(args);
        assert_eq!(ours.code, Some(code), "{args:?}: {}", ours.stderr);
        assert!(ours.stderr.contains(message), "{args:?}: {}", ours.stderr);
        if ip_agrees {
            assert_eq!(theirs.code, Some(code), "{args:?}: ip {}", theirs.stderr);
        }
    }
    assert_eq!(state(&twins.ours), before, "nothing changed");
}

#[test]
fn monitor_prints_nexthop_and_netconf_events_as_ip_monitor() {
    if !live("monitor_prints_nexthop_and_netconf_events_as_ip_monitor") {
        return;
    }
    let ns = TestNs::new();
    with_links(&ns, "");
    // Probes: nexthops replaced until each monitor prints one.
    let [(_ours, ours_rx), (_theirs, theirs_rx)] =
        monitors(&ns, &["monitor", "nexthop", "netconf"], |probe| {
            ns.ip(&["nexthop", "replace", "id", &(1000 + probe).to_string(), "blackhole"]);
        });
    ns.ip(&["nexthop", "add", "id", "1", "via", "192.0.2.2", "dev", "v0"]);
    let sysctl = |key: &str| {
        let ok = Command::new("ip").args(["netns", "exec", &ns.name, "sysctl", "-qw", key]).status().unwrap();
        assert!(ok.success(), "{key}");
    };
    sysctl("net.ipv4.conf.v0.forwarding=1");
    sysctl("net.ipv6.conf.v0.forwarding=1");
    // (No links come and go: for one it was not told of, ip monitor prints
    // a name or `if5` depending on when it asks; nlw looks names up.)
    prepare(
        &ns,
        "nexthop add id 2 group 1\nnexthop replace id 1 via 192.0.2.9 dev v0 onlink\nnexthop del id 1",
    );
    sysctl("net.ipv4.conf.all.forwarding=1");
    ns.ip(&["nexthop", "add", "id", "999", "blackhole"]);
    let [ours, theirs] = [&ours_rx, &theirs_rx].map(|rx| {
        let lines = lines_until(rx, "id 999 ");
        let first = lines.iter().position(|l| l.starts_with("id 1 ")).expect("the first event");
        lines[first..].to_vec()
    });
    assert!(theirs.iter().any(|l| l.starts_with("Deleted id 1 ")), "{theirs:#?}");
    assert!(theirs.iter().any(|l| l.starts_with("inet all forwarding on")), "{theirs:#?}");
    assert_eq!(ours, theirs, "nlw monitor, then ip monitor");
}
