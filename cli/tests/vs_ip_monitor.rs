//! `nlw [-d] monitor` against ip 6.1's, side by side on one throwaway
//! namespace: the same changes made while both listen, and the lines they
//! print compared one for one.

use std::path::Path;
use std::process::Command;

use nlwire_tests::live::{live, TestNs};

mod common;
use common::{lines_until, monitors, Ended};

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
        // After `-ts`'s time and `label`'s object, if any.
        let first = lines.iter().position(|l| l.contains("2: v1@NONE:")).expect("the first event");
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

/// `lines` with each of `-t`'s and `-ts`'s times replaced by `<TIME>`,
/// after checking its shape as ip's `print_timestamp` writes it (`-t`:
/// `Timestamp: ` then asctime's `Sat Dec  5 16:24:54 2026` and the
/// microseconds unpadded, ` usec`; `-ts`: `[2026-12-05T16:24:54.608795] `),
/// and the second of the day of each.
fn untimed(lines: &[String]) -> (Vec<String>, Vec<u32>) {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let clock = |hms: &str| -> u32 {
        let parts: Vec<&str> = hms.split(':').collect();
        assert!(parts.len() == 3 && parts.iter().all(|p| digits(p, 2)), "time {hms:?}");
        parts.iter().fold(0, |secs, p| secs * 60 + p.parse::<u32>().unwrap())
    };
    let mut seconds = Vec::new();
    let lines = lines
        .iter()
        .map(|line| {
            if let Some(rest) = line.strip_prefix("Timestamp: ") {
                // `Www Mmm dd HH:MM:SS YYYY U usec`, the day right-aligned in two.
                let (weekday, month, day) = (&rest[..3], &rest[4..7], &rest[8..10]);
                assert!(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].contains(&weekday), "{line:?}");
                let months =
                    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
                assert!(months.contains(&month), "{line:?}");
                assert!(digits(day.trim_start(), 2 - (day.starts_with(' ') as usize)), "{line:?}");
                let fields: Vec<&str> = rest[11..].split(' ').collect();
                let [hms, year, micros, "usec"] = fields[..] else { panic!("{line:?}") };
                assert!(digits(year, 4), "{line:?}");
                assert!(
                    (1..=6).any(|n| digits(micros, n)) && (micros == "0" || !micros.starts_with('0')),
                    "{line:?}"
                );
                seconds.push(clock(hms));
                "Timestamp: <TIME>".to_owned()
            } else if line.starts_with("[2") {
                // `[YYYY-MM-DDTHH:MM:SS.uuuuuu] `
                let (stamp, rest) = line[1..].split_once("] ").unwrap_or_else(|| panic!("{line:?}"));
                let (date, time) = stamp.split_once('T').unwrap_or_else(|| panic!("{line:?}"));
                let ymd: Vec<&str> = date.split('-').collect();
                assert!(
                    matches!(ymd[..], [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2)),
                    "{line:?}"
                );
                let (hms, micros) = time.split_once('.').unwrap_or_else(|| panic!("{line:?}"));
                assert!(digits(micros, 6), "{line:?}");
                seconds.push(clock(hms));
                format!("[<TIME>] {rest}")
            } else {
                line.clone()
            }
        })
        .collect();
    (lines, seconds)
}

/// [`both_print`] with times: the lines the same once each time is
/// checked and replaced ([`untimed`]), and each of nlw's times within two
/// seconds of ip's for the same event (both in local time).
fn both_print_timed(args: &[&str]) -> [Vec<String>; 2] {
    let [(ours, our_times), (theirs, their_times)] = both_print(args).map(|lines| untimed(&lines));
    assert_eq!(our_times.len(), their_times.len(), "{ours:#?}");
    assert!(!their_times.is_empty(), "no time in {theirs:#?}");
    for (a, b) in our_times.iter().zip(&their_times) {
        let apart = a.abs_diff(*b);
        assert!(apart.min(86_400 - apart) <= 2, "nlw at {a} s, ip at {b} s");
    }
    [ours, theirs]
}

/// `ip -t monitor`: each event after a line with its time.
#[test]
fn timestamp_monitor_prints_what_ip_prints() {
    if !live("timestamp_monitor_prints_what_ip_prints") {
        return;
    }
    let args: Vec<&str> = ["-t"].into_iter().chain(GROUPS).collect();
    let [ours, theirs] = both_print_timed(&args);
    assert!(theirs.iter().filter(|l| *l == "Timestamp: <TIME>").count() > 10, "{theirs:#?}");
    assert_eq!(ours, theirs, "nlw -t monitor, then ip -t monitor");
}

/// `ip -ts monitor label`: each event after its time and its object
/// (`[2026-12-05T16:24:54.608795] [LINK]2: v1@NONE: ...`), `Deleted` after both.
#[test]
fn short_timestamp_labelled_monitor_prints_what_ip_prints() {
    if !live("short_timestamp_labelled_monitor_prints_what_ip_prints") {
        return;
    }
    let args: Vec<&str> = ["-ts"].into_iter().chain(GROUPS).chain(["label"]).collect();
    let [ours, theirs] = both_print_timed(&args);
    for expected in [
        "[<TIME>] [LINK]",
        "[<TIME>] [ADDR]Deleted ",
        "[<TIME>] [ROUTE]",
        "[<TIME>] [NEIGH]",
        "[<TIME>] [RULE]",
    ] {
        assert!(theirs.iter().any(|l| l.starts_with(expected)), "{expected:?} in {theirs:#?}");
    }
    assert_eq!(ours, theirs, "nlw -ts monitor ... label, then ip's");
}

/// `ip -t -o monitor`: each event on one line (`\` for its inner line
/// breaks), its time on the line before, as without `-o`.
#[test]
fn timestamp_oneline_monitor_prints_what_ip_prints() {
    if !live("timestamp_oneline_monitor_prints_what_ip_prints") {
        return;
    }
    let args: Vec<&str> = ["-t", "-o"].into_iter().chain(GROUPS).collect();
    let [ours, theirs] = both_print_timed(&args);
    assert!(theirs.iter().any(|l| l.contains("\\    link/ether ")), "{theirs:#?}");
    assert_eq!(ours, theirs, "nlw -t -o monitor, then ip -t -o monitor");
}

/// `ip monitor all`: every object, each labelled (`all` turns `label` on).
#[test]
fn monitor_all_prints_what_ip_prints() {
    if !live("monitor_all_prints_what_ip_prints") {
        return;
    }
    let [ours, theirs] = both_print(&["monitor", "all"]);
    for expected in ["[LINK]", "[ADDR]", "[ROUTE]", "[NEIGH]", "[RULE]", "[NETCONF]Deleted "] {
        assert!(theirs.iter().any(|l| l.starts_with(expected)), "{expected:?} in {theirs:#?}");
    }
    assert_eq!(ours, theirs, "nlw monitor all, then ip monitor all");
}

/// `ip monitor dev d0`: only d0's links, addresses, routes (by their
/// output device, shown without `dev`), neighbours (without `dev`) and
/// netconf; rules whatever their device.
#[test]
fn monitor_of_a_device_prints_what_ip_prints() {
    if !live("monitor_of_a_device_prints_what_ip_prints") {
        return;
    }
    let ns = TestNs::new();
    // Up: a down link's alias changes unannounced.
    common::prepare(&ns, "link add d0 type veth peer name d1\nlink set d0 up");
    let [(_ours, ours_rx), (_theirs, theirs_rx)] = monitors(&ns, &["monitor", "dev", "d0"], |probe| {
        ns.ip(&["link", "set", "d0", "alias", &format!("probe{probe}")]);
    });
    ns.ip_batch(
        "addr add 192.0.2.9/24 dev d1
addr add 192.0.2.1/24 dev d0
link set d1 up
route add 198.51.100.0/24 via 192.0.2.2 dev d0
route add 203.0.113.0/24 via 192.0.2.10 dev d1
neigh add 192.0.2.5 lladdr 02:00:5e:00:53:05 dev d0 nud permanent
neigh add 192.0.2.6 lladdr 02:00:5e:00:53:06 dev d1 nud permanent
addr del 192.0.2.1/24 dev d0
link add d2 type veth peer name d3
rule add from 192.0.2.0/24 table 100 priority 100",
    );
    let [ours, theirs] = [&ours_rx, &theirs_rx].map(|rx| {
        let mut lines = lines_until(rx, "100:");
        let first = lines.iter().position(|l| l.contains("inet 192.0.2.1/24")).expect("the first event");
        lines.split_off(first)
    });
    assert!(theirs.iter().any(|l| l == "198.51.100.0/24 via 192.0.2.2 "), "{theirs:#?}");
    assert!(theirs.iter().any(|l| l.starts_with("192.0.2.5 lladdr ")), "{theirs:#?}");
    // Nothing of d1 (its address, route and neighbour), nor of d2 and d3
    // (by name: a MAC address may hold the letters).
    for other in ["2: d1", "192.0.2.9", "203.0.113.", "192.0.2.6", ": d2", ": d3", "dev d2", "dev d3"] {
        assert!(!theirs.iter().any(|l| l.contains(other)), "{other:?} in {theirs:#?}");
    }
    assert_eq!(ours, theirs, "nlw monitor dev d0, then ip monitor dev d0");
}

/// `ip monitor label nsid`: an id given to a peer namespace and taken
/// back when it is gone, with the peer's name both times.
#[test]
fn nsid_monitor_prints_what_ip_prints() {
    if !live("nsid_monitor_prints_what_ip_prints") {
        return;
    }
    let ns = TestNs::new();
    let peer = TestNs::new();
    common::prepare(&ns, "link set lo up");
    let [(_ours, ours_rx), (_theirs, theirs_rx)] =
        monitors(&ns, &["monitor", "label", "link", "nsid"], |probe| {
            ns.ip(&["link", "set", "lo", "alias", &format!("probe{probe}")]);
        });
    ns.ip(&["netns", "set", &peer.name, "7"]);
    // The name is looked up when the event comes: the peer stays until then.
    let mut given = [&ours_rx, &theirs_rx].map(|rx| lines_until(rx, "nsid 7"));
    drop(peer);
    let [ours, theirs] = [0, 1].map(|i| {
        let rx = [&ours_rx, &theirs_rx][i];
        let mut lines = std::mem::take(&mut given[i]);
        lines.extend(lines_until(rx, "Deleted nsid"));
        let first = lines.iter().position(|l| l.starts_with("[NSID]")).expect("the first event");
        lines.split_off(first)
    });
    assert!(theirs[0].starts_with("[NSID]nsid 7 (iproute2 netns name: "), "{theirs:#?}");
    assert_eq!(ours, theirs, "nlw monitor label link nsid, then ip's");
}

/// Bad arguments: refused as ip refuses them, with its message (nlw for
/// ip) and exit code, nothing printed on stdout; `help` gives nlw's usage.
#[test]
fn bad_monitor_arguments_are_refused_as_ip_refuses_them() {
    if !live("bad_monitor_arguments_are_refused_as_ip_refuses_them") {
        return;
    }
    let ns = TestNs::new();
    let run = |program: &str, args: &[&str]| {
        let out = Command::new(program).arg("-n").arg(&ns.name).args(args).output().expect("run");
        (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    for args in [
        &["monitor", "bogus"][..],
        &["monitor", "link", "dev"],
        &["monitor", "dev", "nosuch0"],
        &["-t", "monitor", "label", "dev", "nosuch0"],
    ] {
        let (code, stdout, stderr) = run("ip", args);
        let theirs = (code, stdout, stderr.replace("\"ip ", "\"nlw "));
        assert_eq!(run(env!("CARGO_BIN_EXE_nlw"), args), theirs, "{args:?}");
    }
    for args in [&["monitor", "help"][..], &["monitor", "link", "help"]] {
        let (code, stdout, stderr) = run(env!("CARGO_BIN_EXE_nlw"), args);
        assert_eq!((code, stdout.as_str()), (Some(255), ""), "{args:?}");
        assert!(
            stderr.starts_with("Usage: nlw monitor [ all | OBJECTS ] [ FILE ] [ label ] [ dev DEVICE ]\n"),
            "{stderr}"
        );
        assert_eq!(run("ip", args).0, Some(255), "{args:?}");
    }
}

/// What `program -n NS options monitor objects file PATH` ends with.
fn from_file(program: &str, ns: &TestNs, options: &[&str], objects: &[&str], path: &Path) -> Ended {
    let out = Command::new(program)
        .env("TZ", "UTC")
        .arg("-n")
        .arg(&ns.name)
        .args(options)
        .arg("monitor")
        .args(objects)
        .arg("file")
        .arg(path)
        .output()
        .expect("run");
    common::ended(out)
}

/// The same `options monitor objects file PATH` of nlw and of ip, whose
/// output must be `Ok`.
fn same_from_file(ns: &TestNs, options: &[&str], objects: &[&str], path: &Path) -> String {
    let theirs = from_file("ip", ns, options, objects, path);
    assert_eq!(theirs.0, Some(0), "ip {options:?} monitor {objects:?} file: {}", theirs.2);
    let ours = from_file(env!("CARGO_BIN_EXE_nlw"), ns, options, objects, path);
    assert_eq!(ours, theirs, "nlw {options:?} monitor {objects:?} file, then ip's");
    theirs.1
}

/// `ip monitor file FILE` of what `rtmon file FILE` recorded while links,
/// addresses of both families, routes, a neighbour, rules and a next hop
/// were made and removed: every message (rtmon's first link dump, its time
/// stamps, each event) printed as ip prints it, with `label`, `-d`, `-s`,
/// `-o`, a family (`-4`, `-6`, `-0`) and `dev`.
#[test]
fn files_rtmon_recorded_print_as_ip_prints_them() {
    if !live("files_rtmon_recorded_print_as_ip_prints_them") {
        return;
    }
    let ns = TestNs::new();
    common::prepare(
        &ns,
        "link set lo up\nlink add v0 type veth peer name v1\nlink set v0 up\nlink add v2 type veth peer name v3\nlink set v2 up\nlink set v3 up",
    );
    let path = std::env::temp_dir().join(format!("{}.rtmon", ns.name));
    let rtmon = Command::new("ip")
        .args(["netns", "exec", &ns.name, "rtmon", "file"])
        .arg(&path)
        .spawn()
        .expect("run rtmon");
    let rtmon = Stopped(rtmon);
    // rtmon writes its dump of the links once it listens.
    let recorded = |what: &str| {
        (0..500).any(|_| {
            let got = from_file("ip", &ns, &[], &[], &path).1;
            got.contains(what) || {
                std::thread::sleep(std::time::Duration::from_millis(10));
                false
            }
        })
    };
    assert!(recorded("v0@v1"), "rtmon's dump of the links");
    ns.ip_batch(
        "addr add 192.0.2.1/24 dev v0
addr add 203.0.113.7/24 dev v2
route add 198.51.100.128/25 via 203.0.113.1 dev v2
addr add 2001:db8:5::1/64 dev v0 nodad
link set v1 up
route add 198.51.100.0/24 via 192.0.2.2
route add 2001:db8:6::/64 via 2001:db8:5::2
neigh add 192.0.2.9 lladdr 02:00:5e:00:53:09 dev v0
rule add from 203.0.113.0/24 table 100 priority 100
nexthop add id 5 via 192.0.2.3 dev v0
route del 198.51.100.0/24
link set v0 down
rule del priority 100",
    );
    ns.ip(&["-6", "rule", "add", "from", "2001:db8:7::/64", "table", "100", "priority", "100"]);
    ns.ip(&["-6", "rule", "del", "priority", "100"]);
    ns.ip_batch("link del v0\nrule add from 203.0.113.0/24 table 100 priority 999");
    assert!(recorded("999:"), "the last change recorded");
    drop(rtmon);
    let printed = same_from_file(&ns, &[], &[], &path);
    assert!(printed.contains("Timestamp: ") && printed.contains("Deleted 198.51.100.0/24 "), "{printed}");
    assert!(
        printed.contains("2001:db8:6::/64 via 2001:db8:5::2 ") && printed.contains("id 5 via 192.0.2.3"),
        "{printed}"
    );
    assert!(printed.contains("Deleted 100:\tfrom 2001:db8:7::/64 lookup 100"), "{printed}");
    for (options, objects) in [
        (&[][..], &["label"][..]),
        (&["-d"], &[]),
        (&["-s"], &[]),
        (&["-o"], &["label"]),
        (&["-4"], &[]),
        (&["-6"], &[]),
        (&["-0"], &[]),
        (&[], &["dev", "v2"]),
        (&[], &["route", "link"]),
    ] {
        same_from_file(&ns, options, objects, &path);
    }
    let _ = std::fs::remove_file(&path);
}

/// A child process killed when dropped, also when the test fails.
struct Stopped(std::process::Child);

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// An `RTM_NEWPREFIX` laid out by hand from linux/rtnetlink.h (`struct
/// prefixmsg`, `PREFIX_ADDRESS`, `PREFIX_CACHEINFO`): the events a router
/// advertisement's prefix options raise.
fn prefix_event(family: u8, ifindex: i32, kind: u8, len: u8, flags: u8, attrs: &[(u16, &[u8])]) -> Vec<u8> {
    let mut body = vec![family, 0, 0, 0];
    body.extend(ifindex.to_ne_bytes());
    body.extend([kind, len, flags, 0]);
    for (kind, payload) in attrs {
        body.extend(((4 + payload.len()) as u16).to_ne_bytes());
        body.extend(kind.to_ne_bytes());
        body.extend_from_slice(payload);
        body.resize(body.len().next_multiple_of(4), 0);
    }
    let mut msg = ((16 + body.len()) as u32).to_ne_bytes().to_vec();
    msg.extend(52u16.to_ne_bytes()); // RTM_NEWPREFIX
    msg.extend([0u8; 10]);
    msg.extend(body);
    msg
}

/// `ip monitor prefix`'s lines, from events built by hand and read back by
/// `monitor file`: on-link and autonomous flags, lifetimes, no address, an
/// unknown link, and the complaints about another family or option type on
/// stderr; `label`, `-o`, and nothing under `-4`.
#[test]
fn prefixes_print_as_ip_prints_them() {
    if !live("prefixes_print_as_ip_prints_them") {
        return;
    }
    let ns = TestNs::new();
    common::prepare(&ns, "link set lo up");
    let address = |a: &str| a.parse::<std::net::Ipv6Addr>().unwrap().octets();
    let times = |preferred: u32, valid: u32| [preferred.to_ne_bytes(), valid.to_ne_bytes()].concat();
    let (a1, a2, a3) = (address("2001:db8:1::"), address("2001:db8:2::"), address("2001:db8:3::"));
    let (t1, t2) = (times(1800, 3600), times(0, u32::MAX));
    let well_formed = [
        prefix_event(10, 1, 3, 64, 0x01 | 0x02, &[(1, &a1), (2, &t1)]),
        prefix_event(10, 1, 3, 48, 0x02, &[(1, &a2)]),
        prefix_event(10, 77, 3, 64, 0x00, &[]),
        prefix_event(10, 1, 3, 56, 0x80 | 0x01, &[(2, &t2), (1, &a3)]),
    ]
    .concat();
    // Of another family, of another option type: complaints on stderr.
    let refused =
        [prefix_event(2, 1, 3, 64, 0x01, &[(1, &a1)]), prefix_event(10, 1, 5, 64, 0x01, &[(1, &a1)])];
    let path = std::env::temp_dir().join(format!("{}.prefix", ns.name));
    std::fs::write(&path, [&well_formed[..], &refused.concat(), &well_formed].concat()).unwrap();
    let printed = same_from_file(&ns, &[], &[], &path);
    assert!(
        printed.starts_with("prefix 2001:db8:1::/64dev lo onlink autoconf valid 3600 preferred 1800 \n"),
        "{printed}"
    );
    for (options, objects) in [(&["-o"][..], &[][..]), (&["-6"], &["prefix"]), (&["-4"], &[])] {
        same_from_file(&ns, options, objects, &path);
    }
    // ip 6.1 writes `label`'s `[PREFIX]` of an event it then refuses, or
    // leaves out under `-4`, glued to the next line; nlw writes none
    // (README): `label` is compared on events both print.
    std::fs::write(&path, &well_formed).unwrap();
    same_from_file(&ns, &[], &["label"], &path);
    let _ = std::fs::remove_file(&path);
}

/// Files that cannot be read: refused as ip refuses them, in its words and
/// with its exit code (a file that is not there or no file name, 255; a
/// directory or a message cut short, 1).
#[test]
fn unreadable_monitor_files_are_refused_as_ip_refuses_them() {
    if !live("unreadable_monitor_files_are_refused_as_ip_refuses_them") {
        return;
    }
    let ns = TestNs::new();
    let cut = std::env::temp_dir().join(format!("{}.cut", ns.name));
    std::fs::write(&cut, prefix_event(10, 1, 3, 64, 0, &[]).get(..20).unwrap()).unwrap();
    let missing = std::env::temp_dir().join(format!("{}.missing", ns.name));
    for path in [missing.as_path(), std::env::temp_dir().as_path(), cut.as_path()] {
        let theirs = from_file("ip", &ns, &[], &[], path);
        assert_ne!(theirs.0, Some(0), "{path:?}");
        assert_eq!(from_file(env!("CARGO_BIN_EXE_nlw"), &ns, &[], &[], path), theirs, "{path:?}");
    }
    let run = |program: &str| {
        common::ended(Command::new(program).args(["-n", &ns.name, "monitor", "file"]).output().unwrap())
    };
    assert_eq!(run(env!("CARGO_BIN_EXE_nlw")), run("ip"), "monitor file, no file named");
    let _ = std::fs::remove_file(&cut);
}
