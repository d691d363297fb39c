//! `nlw [-d] monitor` against ip 6.1's, side by side on one throwaway
//! namespace: the same changes made while both listen, and the lines they
//! print compared one for one.

use nlwire_tests::live::{live, TestNs};

mod common;
use common::{lines_until, monitors};

/// The changes both monitors see first: links of several kinds (veth,
/// bridge and bridge port, macvlan, vxlan) made and changed (an alias, up,
/// a master), an address, routes of both families, a neighbour; a rule
/// marks the end.
const MAKE: &str = "link add v0 type veth peer name v1
link add br0 type bridge
link set v0 master br0
link add mv0 link v1 type macvlan mode bridge
link add vx0 type vxlan id 42 dstport 4789 local 192.0.2.1
addr add 192.0.2.1/24 dev v1
link set v1 up
link set v1 alias uplink
route add 198.51.100.0/24 via 192.0.2.2 dev v1
route add 2001:db8::/64 dev v1
neigh add 192.0.2.5 lladdr 02:00:5e:00:53:05 dev v1 nud permanent
rule add from 192.0.2.0/24 table 100 priority 100";

/// Then, once both have printed all of [`MAKE`] (a monitor that looks up a
/// link's name when an event names it first, as the netconf event of a new
/// link does, finds it only while it exists), the same removed; a last rule
/// marks the end.
const UNMAKE: &str = "neigh del 192.0.2.5 dev v1
route del 198.51.100.0/24 via 192.0.2.2 dev v1
addr del 192.0.2.1/24 dev v1
link del mv0
link del vx0
rule add from 203.0.113.0/24 table 100 priority 999";

/// The groups of link, address, route, neighbour and rule events.
const GROUPS: [&str; 6] = ["monitor", "link", "address", "route", "neigh", "rule"];

/// What `nlw ARGS` and `ip ARGS` print for [`MAKE`] and [`UNMAKE`], from
/// the first one's event on: nlw's lines, then ip's.
fn both_print(args: &[&str]) -> [Vec<String>; 2] {
    let ns = TestNs::new();
    common::prepare(&ns, "link set lo up");
    // Probes: lo's alias changed until each monitor prints it.
    let [(_ours, ours_rx), (_theirs, theirs_rx)] = monitors(&ns, args, |probe| {
        ns.ip(&["link", "set", "lo", "alias", &format!("probe{probe}")]);
    });
    ns.ip_batch(MAKE);
    let made = [&ours_rx, &theirs_rx].map(|rx| lines_until(rx, "100:"));
    ns.ip_batch(UNMAKE);
    let unmade = [&ours_rx, &theirs_rx].map(|rx| lines_until(rx, "999:"));
    let mut both = made.into_iter().zip(unmade).map(|(mut lines, rest)| {
        let first = lines.iter().position(|l| l.starts_with("2: v1@NONE:")).expect("the first event");
        lines.extend(rest);
        lines.split_off(first)
    });
    [both.next().unwrap(), both.next().unwrap()]
}

/// `ip monitor`: a link's line as ip's `print_linkinfo` writes it without
/// `link show` (no `mode`, no `qlen`), with the event that caused it
/// (`event FEATURE CHANGE`).
#[test]
fn monitor_prints_what_ip_monitor_prints() {
    if !live("monitor_prints_what_ip_monitor_prints") {
        return;
    }
    let [ours, theirs] = both_print(&GROUPS);
    assert!(theirs.iter().any(|l| l.contains(" event FEATURE CHANGE ")), "{theirs:#?}");
    assert_eq!(ours, theirs, "nlw monitor, then ip monitor");
}

/// `ip -d monitor`: links with their details (kind and kind data, bridge
/// port data, counters and limits) and alias, routes with their type,
/// table, protocol and scope, rules with their protocol.
#[test]
fn details_monitor_prints_what_ip_details_monitor_prints() {
    if !live("details_monitor_prints_what_ip_details_monitor_prints") {
        return;
    }
    let args: Vec<&str> = ["-d"].into_iter().chain(GROUPS).collect();
    let [ours, theirs] = both_print(&args);
    for expected in [
        "    vxlan id 42 ",
        "    macvlan mode bridge ",
        "    bridge_slave state ",
        "unicast 198.51.100.0/24 ",
    ] {
        assert!(theirs.iter().any(|l| l.starts_with(expected)), "{expected:?} in {theirs:#?}");
    }
    assert_eq!(ours, theirs, "nlw -d monitor, then ip -d monitor");
}

/// `ip -d monitor` without groups: every group ip 6.1 listens to, netconf
/// (each new link's configuration, `Deleted inet mv0`) among them.
#[test]
fn details_monitor_of_every_group_prints_what_ip_prints() {
    if !live("details_monitor_of_every_group_prints_what_ip_prints") {
        return;
    }
    let [ours, theirs] = both_print(&["-d", "monitor"]);
    assert!(theirs.iter().any(|l| l.starts_with("Deleted inet mv0 ")), "{theirs:#?}");
    assert_eq!(ours, theirs, "nlw -d monitor, then ip -d monitor");
}
