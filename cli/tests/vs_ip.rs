//! `nlw -j` against `ip -j` on the same throwaway namespace: for every
//! object ip prints, every key ip prints has the same value in ours.

use std::process::Command;

use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

mod common;
use common::{nlw, nlw_json, same, same_text, texts, Twins};

fn setup(ns: &TestNs) {
    // No duplicate address detection: addresses do not change state between
    // the two commands.
    for conf in ["all", "default"] {
        let ok = Command::new("ip")
            .args(["netns", "exec", &ns.name, "sysctl", "-qw", &format!("net.ipv6.conf.{conf}.accept_dad=0")])
            .status()
            .unwrap();
        assert!(ok.success());
    }
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "add", "br0", "type", "bridge"]);
    ns.ip(&["link", "set", "v1", "master", "br0"]);
    for dev in ["v0", "v1", "br0", "lo"] {
        ns.ip(&["link", "set", dev, "up"]);
    }
    ns.ip(&["link", "set", "v0", "alias", "uplink"]);
    ns.ip(&["addr", "add", "192.0.2.1/24", "dev", "v0"]);
    ns.ip(&["addr", "add", "192.0.2.9/24", "dev", "v0", "label", "v0:sec"]);
    ns.ip(&["addr", "add", "198.51.100.1/24", "brd", "+", "dev", "br0"]);
    ns.ip(&["addr", "add", "2001:db8::1/64", "dev", "v0"]);
    ns.ip(&["route", "add", "203.0.113.0/24", "via", "192.0.2.254", "metric", "10"]);
    ns.ip(&[
        "route",
        "add",
        "203.0.114.0/24",
        "nexthop",
        "via",
        "192.0.2.253",
        "weight",
        "1",
        "nexthop",
        "via",
        "192.0.2.252",
        "weight",
        "3",
    ]);
    ns.ip(&["route", "add", "blackhole", "203.0.115.0/24"]);
    ns.ip(&["route", "add", "203.0.116.0/24", "via", "192.0.2.254", "table", "100", "mtu", "1400"]);
    ns.ip(&["-6", "route", "add", "2001:db8:5::/48", "via", "2001:db8::fe"]);
    // The kinds of routes `-d` shows more of: other protocols, types and
    // scopes, IPv6 multipath.
    for route in [
        "203.0.117.0/24 dev v0 proto static",
        "203.0.118.0/24 dev v0 proto unspec",
        "unreachable 203.0.119.0/24 proto bird",
        "prohibit 203.0.120.0/24 table 100",
        "2001:db8:6::/48 nexthop via 2001:db8::fd nexthop via 2001:db8::fc",
        "blackhole 2001:db8:7::/48 proto static",
    ] {
        ns.ip(&[&["route", "add"], &route.split(' ').collect::<Vec<_>>()[..]].concat());
    }
    ns.ip(&["neigh", "add", "192.0.2.254", "lladdr", "02:00:5e:00:53:01", "dev", "v0", "nud", "permanent"]);
    ns.ip(&["rule", "add", "from", "192.0.2.0/24", "table", "100", "priority", "1000"]);
    ns.ip(&["rule", "add", "fwmark", "0x10", "table", "100", "priority", "1001"]);
    // Host-length prefixes, a masked mark, an interface and a protocol ip
    // shows even without -d.
    for rule in [
        "from 198.51.100.7 to 203.0.113.7 table 100 priority 1002",
        "fwmark 0x20/0xff iif v0 table 100 priority 1003 proto static",
    ] {
        ns.ip(&[&["rule", "add"], &rule.split(' ').collect::<Vec<_>>()[..]].concat());
    }
    ns.ip(&["-6", "rule", "add", "to", "2001:db8::/32", "table", "100", "priority", "1004"]);
    // The kernel adds the local routes of IPv6 link-local addresses from a
    // work queue: wait for them, so that ip and we dump the same routes.
    for n in 0.. {
        let local = ns.ip_json(&["-6", "route", "show", "table", "local"]);
        let has = |dev: &str| {
            local
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["dev"] == dev && r["dst"].as_str().is_some_and(|d| d.starts_with("fe80:")))
        };
        if ["v0", "v1", "br0"].into_iter().all(has) {
            break;
        }
        assert!(n < 500, "no local routes for the link-local addresses: {local}");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[test]
fn show_commands_match_ip() {
    if !live("show_commands_match_ip") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    same(&ns, &["link", "show"], &["ifindex"]);
    same(&ns, &["address", "show"], &["ifindex"]);
    same(&ns, &["route", "show"], &["dst"]);
    same(&ns, &["route", "show", "table", "100"], &["dst"]);
    same(&ns, &["-6", "route", "show"], &["dst", "dev"]);
    same(&ns, &["route", "show", "table", "all"], &["type", "dst", "table", "dev"]);
    same(&ns, &["neigh", "show"], &["dst", "dev"]);
    same(&ns, &["rule", "show"], &["priority"]);
    // `route get`: the kernel's answer printed as ip prints it.
    same(&ns, &["route", "get", "203.0.113.9"], &["dst"]);
    same(&ns, &["route", "get", "192.0.2.1"], &["dst"]);
    same(&ns, &["route", "get", "203.0.113.9", "fibmatch"], &["dst"]);
    same(&ns, &["route", "get", "2001:db8:5::1"], &["dst"]);
    // The text of the same commands, byte for byte.
    for args in [
        &["route", "show"][..],
        &["route", "show", "table", "all"],
        &["-6", "route", "show"],
        &["rule", "show"],
        &["-6", "rule", "show"],
        &["neigh", "show"],
        &["address", "show"],
        &["route", "get", "203.0.113.9"],
        &["route", "get", "192.0.2.1"],
    ] {
        same_text(&ns, args);
    }
    // `-j -p`: laid out as ip's json_writer lays it out, byte for byte.
    for object in ["link", "address", "route", "neigh", "rule"] {
        same_text(&ns, &["-j", "-p", object, "show"]);
    }
    // An empty listing: `[ ]`.
    same_text(&ns, &["-j", "-p", "neigh", "show", "dev", "br0"]);
}

/// `-4`/`-6 address show`: ip leaves out the `link/` line unless `-d`, and
/// for IPv6 lists the kernel's IPv6 view of each link (no qdisc, no group;
/// its queue length asked of the device). A queue length of 0 is not shown
/// in any listing.
/// ip's selectors of `link show`, `address show` and `route show`: the
/// same links and routes, and each line without the words the selector
/// fixes (`dev`, `proto`, `scope`); what ip refuses, refused alike.
#[test]
fn show_selectors_match_ip() {
    if !live("show_selectors_match_ip") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    // A pair left down, for `up`.
    ns.ip(&["link", "add", "v2", "type", "veth", "peer", "name", "v3"]);
    for args in [
        &["link", "show", "up"][..],
        &["link", "show", "type", "veth"],
        &["link", "show", "type", "bridge_slave"],
        &["link", "show", "master", "br0"],
        &["link", "show", "dev", "v1", "up"],
        &["link", "show", "type", "bridge"],
        &["address", "show", "up"],
        &["address", "show", "master", "br0"],
        &["-6", "address", "show", "up"],
        // A named device: its whole link, not the IPv6 view.
        &["-6", "address", "show", "dev", "v0"],
        &["-6", "address", "show", "dev", "v0", "up"],
    ] {
        same(&ns, args, &["ifindex"]);
        same_text(&ns, args);
    }
    for args in [
        &["route", "show", "dev", "v0"][..],
        &["route", "show", "table", "all", "dev", "v0"],
        &["route", "show", "proto", "static"],
        &["route", "show", "table", "all", "proto", "kernel"],
        &["route", "show", "type", "blackhole"],
        &["route", "show", "scope", "link"],
        &["route", "show", "table", "all", "scope", "host"],
        &["route", "show", "203.0.113.0/24"],
        &["route", "show", "root", "203.0.112.0/21"],
        &["route", "show", "match", "203.0.114.9"],
        &["route", "show", "table", "100", "type", "prohibit"],
        &["-6", "route", "show", "dev", "v0"],
        &["-d", "route", "show", "dev", "v0", "proto", "static"],
    ] {
        same(&ns, args, &["type", "dst", "table", "dev"]);
        same_text(&ns, args);
    }
    let cases: [(&[&str], &str, i32); 5] = [
        (&["route", "show", "proto", "bogus"], "invalid \"protocol\"", 255),
        (&["route", "show", "scope", "bogus"], "invalid \"scope\"", 255),
        (&["route", "show", "dev", "nosuch0"], "Cannot find device \"nosuch0\"", 1),
        (&["link", "show", "master", "nosuch0"], "Device does not exist", 255),
        (&["address", "show", "dev", "v0", "v1"], "is a garbage", 255),
    ];
    for (args, message, code) in cases {
        let ip = Command::new("ip").arg("-n").arg(&ns.name).args(args).output().unwrap();
        let ours = nlw(&ns, args);
        for (who, out) in [("ip", &ip), ("nlw", &ours)] {
            assert_eq!(out.status.code(), Some(code), "{who} {args:?}");
            assert!(String::from_utf8_lossy(&out.stderr).contains(message), "{who} {args:?}");
            assert!(out.stdout.is_empty(), "{who} {args:?}");
        }
    }
}

/// ip's `-o` (each object on one line, its line breaks as `\\`, a line per
/// address) and `-br` (a short line per link), text and `-br -j`.
#[test]
fn oneline_and_brief_listings_match_ip() {
    if !live("oneline_and_brief_listings_match_ip") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    for args in [
        &["-o", "link", "show"][..],
        &["-o", "-d", "link", "show", "dev", "v0"],
        &["-o", "address", "show"],
        &["-4", "-o", "address", "show", "dev", "v0"],
        &["-o", "route", "show"],
        &["-o", "-6", "route", "show"],
        &["-br", "link", "show"],
        &["-br", "address", "show"],
        &["-br", "-4", "address", "show"],
        &["-br", "-6", "address", "show", "dev", "v0"],
    ] {
        same_text(&ns, args);
    }
    same(&ns, &["-br", "link", "show"], &["ifname"]);
    same(&ns, &["-br", "address", "show"], &["ifname"]);
    // `-o` leaves JSON as it is, but for addresses: ip 6.1 lists each
    // link's addresses alone, each naming its link (`index`, `dev`).
    same(&ns, &["-o", "link", "show"], &["ifindex"]);
    for args in [&["-o", "-j", "address", "show"][..], &["-o", "-j", "-4", "address", "show", "dev", "v0"]] {
        same_text(&ns, args);
    }
}

#[test]
fn family_listings_and_empty_queue_lengths_match_ip() {
    if !live("family_listings_and_empty_queue_lengths_match_ip") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    ns.ip(&["link", "set", "v1", "txqueuelen", "0"]);
    // (`-4 -d` and `link -d` show the bridge port's moving timers: compared
    // in `link_details_match_ip`.)
    for args in [
        &["-4", "address", "show"][..],
        &["-6", "address", "show"],
        &["-6", "-d", "address", "show"],
        &["address", "show"],
        &["-4", "link", "show"],
        &["-6", "link", "show"],
        &["link", "show"],
    ] {
        same(&ns, args, &["ifindex"]);
        same_text(&ns, args);
    }
}

/// `-s` and `-s -s` on `link show` and `address show`: the `stats64`
/// object key for key and the text line for line, on links whose counters
/// are still (IPv6 off, so nothing is sent on its own): down links (ip
/// marks a link whose peer is down `M-DOWN`), a bridge and its port, and
/// `lo` after it carried one datagram (and ip's ICMP answer), so that not
/// every counter is zero.
#[test]
fn statistics_match_ip() {
    if !live("statistics_match_ip") {
        return;
    }
    let ns = TestNs::new();
    for conf in ["all", "default"] {
        let key = format!("net.ipv6.conf.{conf}.disable_ipv6=1");
        let ok =
            Command::new("ip").args(["netns", "exec", &ns.name, "sysctl", "-qw", &key]).status().unwrap();
        assert!(ok.success(), "{key}");
    }
    ns.ip_batch(
        "link add v0 type veth peer name v1\n\
         link add v2 type veth peer name v3\n\
         link add br0 type bridge\n\
         link set v1 master br0\n\
         link set lo up\n\
         link set v0 up\n\
         link set v0 alias uplink\n\
         address add 192.0.2.1/24 dev v0\n\
         address add 198.51.100.1/24 dev br0\n\
         link set v2 up\n",
    );
    let sent = Command::new("ip")
        .args(["netns", "exec", &ns.name, "bash", "-c", "echo counted > /dev/udp/127.0.0.1/9"])
        .status()
        .unwrap();
    assert!(sent.success());
    let lo = &ns.ip_json(&["-s", "link", "show", "dev", "lo"])[0]["stats64"];
    assert!(lo["rx"]["packets"].as_u64() >= Some(2), "lo carried the datagram and the answer: {lo}");
    for stats in [&["-s"][..], &["-s", "-s"], &["-stats", "-statistics"]] {
        for command in [&["link", "show"][..], &["address", "show"], &["-d", "link", "show"]] {
            let args = [stats, command].concat();
            same(&ns, &args, &["ifindex"]);
            let ip = ns.ip_json(&args);
            assert!(ip.as_array().unwrap().iter().all(|l| l["stats64"]["tx"].is_object()), "{args:?}: {ip}");
            same_text(&ns, &args);
        }
        same_text(&ns, &[stats, &["link", "show", "dev", "v3"]].concat());
    }
    // The error breakdown only with -s -s; carrier changes counted there.
    let once = &ns.ip_json(&["-s", "link", "show", "dev", "v0"])[0]["stats64"];
    let twice = &ns.ip_json(&["-s", "-s", "link", "show", "dev", "v0"])[0]["stats64"];
    assert!(once["tx"].get("carrier_changes").is_none() && twice["tx"]["carrier_changes"].is_u64());
}

/// `-d` on the commands that are not `link show` (see
/// `link_details_match_ip`, which also does `address show`): JSON key by
/// key, and the text byte for byte.
#[test]
fn details_of_routes_rules_and_neighbours_match_ip() {
    if !live("details_of_routes_rules_and_neighbours_match_ip") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    // With -d, ip shows every route's type, protocol and scope, and `main`.
    let routes = ns.ip_json(&["-d", "route", "show", "table", "all"]);
    for key in ["type", "protocol", "scope", "table"] {
        assert!(routes.as_array().unwrap().iter().all(|r| r.get(key).is_some()), "ip -d: {key}");
    }
    same(&ns, &["-d", "route", "show"], &["dst"]);
    same(&ns, &["-d", "route", "show", "table", "100"], &["dst"]);
    same(&ns, &["-d", "-6", "route", "show"], &["dst", "dev"]);
    same(&ns, &["-d", "route", "show", "table", "all"], &["type", "dst", "table", "dev"]);
    same(&ns, &["-d", "rule", "show"], &["priority"]);
    same(&ns, &["-d", "-6", "rule", "show"], &["priority"]);
    same(&ns, &["-d", "neigh", "show"], &["dst", "dev"]);
    same(&ns, &["-d", "route", "get", "203.0.113.9"], &["dst"]);
    same(&ns, &["-d", "route", "get", "203.0.113.9", "fibmatch"], &["dst"]);
    same(&ns, &["-d", "route", "get", "2001:db8:5::1"], &["dst"]);
    for args in [
        &["-d", "route", "show"][..],
        &["-d", "route", "show", "table", "all"],
        &["-d", "-6", "route", "show"],
        &["-d", "rule", "show"],
        &["-d", "-6", "rule", "show"],
        &["-d", "neigh", "show"],
        &["-d", "route", "get", "203.0.113.9"],
        &["-d", "route", "get", "2001:db8:5::1"],
    ] {
        same_text(&ns, args);
    }
}

/// The bridge timers that count down between ip's command and ours.
const MOVING_TIMERS: [&str; 2] = ["gc_timer", "forward_delay_timer"];

/// `-d link show` with the moving timers taken out of the kind data, after
/// checking that each one there is a number.
fn without_moving_timers(mut links: Value) -> Value {
    for link in links.as_array_mut().unwrap() {
        for data in ["info_data", "info_slave_data"] {
            if let Some(data) = link.pointer_mut(&format!("/linkinfo/{data}")).and_then(Value::as_object_mut)
            {
                for timer in MOVING_TIMERS {
                    if let Some(t) = data.remove(timer) {
                        assert!(t.is_number(), "{timer}: {t}");
                    }
                }
            }
        }
    }
    links
}

/// Text with the number after each moving timer's name replaced by `#`.
fn text_without_moving_timers(text: &str) -> String {
    let mut out = text.to_owned();
    for timer in MOVING_TIMERS {
        let mut from = 0;
        while let Some(at) = out[from..].find(timer).map(|i| i + from + timer.len()) {
            let digits = out[at..].trim_start_matches(' ');
            let start = out.len() - digits.len();
            let end = start + digits.find(' ').unwrap_or(digits.len());
            out.replace_range(at..end, " #");
            from = at;
        }
    }
    out
}

/// `-d link show` and `-d address show` of veth and bridge links (a
/// bridge, its port): every key ip prints, nested ones included, has ip's
/// value in ours; only the values of the two moving timers (`gc_timer`,
/// `forward_delay_timer`) are left out, and checked to be numbers. The text
/// is compared too.
#[test]
fn link_details_match_ip() {
    if !live("link_details_match_ip") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    // Bytes below 0x10: ip writes bridge ids with them unpadded.
    ns.ip(&["link", "set", "br0", "address", "02:00:0a:00:00:05"]);
    ns.ip(&["link", "set", "v1", "type", "bridge_slave", "group_fwd_mask", "0x4001", "hairpin", "on"]);
    ns.ip(&["link", "set", "v0", "promisc", "on"]);
    for object in ["link", "address"] {
        let args = ["-d", object, "show"];
        let ours = without_moving_timers(nlw_json(&ns, &args));
        let theirs = without_moving_timers(ns.ip_json(&args));
        let kinds: Vec<&Value> = theirs.as_array().unwrap().iter().map(|l| &l["linkinfo"]).collect();
        for (key, kind) in [("info_kind", "veth"), ("info_kind", "bridge"), ("info_slave_kind", "bridge")] {
            assert!(kinds.iter().any(|k| k[key] == kind), "{object}: ip printed no {key} {kind}");
        }
        assert_eq!(ours.as_array().unwrap().len(), theirs.as_array().unwrap().len());
        for t in theirs.as_array().unwrap() {
            let o = ours.as_array().unwrap().iter().find(|o| o["ifindex"] == t["ifindex"]).unwrap();
            // Every key ip prints, nested ones included, but the moving timers.
            for (key, value) in t.as_object().unwrap() {
                assert_eq!(&o[key], value, "{object} {}: key {key}", t["ifname"]);
            }
        }
        // The text, byte for byte but the moving timers' values.
        let [ours, theirs] = texts(&ns, &args).map(|text| text_without_moving_timers(&text));
        assert_eq!(ours, theirs, "{args:?}: ours, then ip's");
    }
}

/// Links of every kind this kernel has, made by ip: veth, a bridge and its
/// port, macvlan (bridge, source with remotes), macvtap, vxlan
/// (IPv4 remote, IPv6 group, and one with most switches), ifb, tun and
/// tap. `-d link show`, JSON key for key and text line for line, against
/// ip's, but the moving timers' values.
#[test]
fn details_of_every_present_kind_match_ip() {
    if !live("details_of_every_present_kind_match_ip") {
        return;
    }
    let ns = TestNs::new();
    for line in [
        "link add d0 type veth peer name d1",
        "link add br0 type bridge",
        "link set d1 master br0",
        "link set d1 type bridge_slave hairpin on cost 7",
        "link add mv0 link d0 type macvlan mode bridge",
        "link add mt0 link d0 type macvtap mode vepa",
        "link add ms0 link d0 type macvlan mode source macaddr add 02:00:00:00:00:09",
        "link set ms0 type macvlan macaddr add 02:00:00:00:00:0a",
        "link add vx0 type vxlan id 42 remote 192.0.2.7 local 192.0.2.1 dstport 4789 dev d0",
        "link add vx1 type vxlan id 43 group ff05::1 dev d0 dstport 0 ttl 5 nolearning",
        "link add vx2 type vxlan id 44 local 2001:db8::9 srcport 1000 2000 ageing 0 maxaddress 10 \
         noudpcsum udp6zerocsumtx l2miss l3miss proxy tos inherit df set flowlabel 5 dstport 4789",
        "link add vx3 type vxlan id 45 remote 2001:db8::2 local 2001:db8::1 ttl inherit dstport 4789",
        "link add ifb0 type ifb",
        "tuntap add tp0 mode tap",
        "tuntap add tn0 mode tun multi_queue user 1 group 2",
    ] {
        ns.ip(&line.split_whitespace().collect::<Vec<_>>());
    }
    let args = ["-d", "link", "show"];
    let ours = without_moving_timers(nlw_json(&ns, &args));
    let theirs = without_moving_timers(ns.ip_json(&args));
    let kinds: Vec<&str> =
        theirs.as_array().unwrap().iter().filter_map(|l| l["linkinfo"]["info_kind"].as_str()).collect();
    for kind in ["veth", "bridge", "macvlan", "macvtap", "vxlan", "ifb", "tun"] {
        assert!(kinds.contains(&kind), "ip printed no {kind}: {kinds:?}");
    }
    assert_eq!(ours, theirs, "JSON: ours, then ip's");
    let [ours, theirs] = texts(&ns, &args).map(|text| text_without_moving_timers(&text));
    assert_eq!(ours, theirs, "text: ours, then ip's");
}

/// What `ip -d -j link show` says of each link, by name, without what
/// differs between twins by itself (random addresses, indexes, timers,
/// the ids made of addresses).
fn kind_state(ns: &TestNs) -> std::collections::BTreeMap<String, Value> {
    let mut links = without_moving_timers(ns.ip_json(&["-d", "link", "show"]));
    let mut out = std::collections::BTreeMap::new();
    for link in links.as_array_mut().unwrap() {
        let o = link.as_object_mut().unwrap();
        for key in ["address", "broadcast", "ifindex", "operstate", "flags", "permaddr"] {
            o.remove(key);
        }
        for data in ["info_data", "info_slave_data"] {
            if let Some(d) =
                o.get_mut("linkinfo").and_then(|l| l.get_mut(data)).and_then(Value::as_object_mut)
            {
                for key in ["bridge_id", "root_id", "id", "no", "hello_timer"] {
                    d.remove(key);
                }
            }
        }
        out.insert(o["ifname"].as_str().unwrap().to_owned(), link.clone());
    }
    out
}

/// `link add|set ... type KIND OPTIONS` through ip in one twin and nlw in
/// the other: the same exit code each time and the same links after, as
/// `ip -d -j link show` shows them; bad options change nothing.
#[test]
fn kinds_made_with_nlw_match_kinds_made_with_ip() {
    if !live("kinds_made_with_nlw_match_kinds_made_with_ip") {
        return;
    }
    let twins = Twins::new("link add d0 type veth peer name d1");
    for line in [
        "link add br0 type bridge stp_state 1 forward_delay 400 hello_time 300 max_age 2500 priority 7 \
         ageing_time 1000 mcast_snooping 0 no_linklocal_learn 1 group_fwd_mask 0x4000 nf_call_iptables 1",
        "link set d1 master br0",
        "link set d1 type bridge_slave hairpin on cost 7 priority 5 learning off flood off \
         mcast_flood off bcast_flood off proxy_arp on guard on root_block on fastleave on \
         mcast_router 2 isolated on neigh_suppress on group_fwd_mask 0x4000",
        "link set br0 type bridge hello_time 200 mcast_last_member_count 3 mcast_query_interval 9000",
        "link set br0 up",
        "link add mv0 link d0 type macvlan mode bridge bcqueuelen 50",
        "link add mt0 link d0 type macvtap mode vepa",
        "link add mp0 link d0 type macvlan mode passthru nopromisc",
        "link add ms0 link d0 type macvlan mode source macaddr add 02:00:00:00:00:09",
        "link set ms0 type macvlan macaddr set 02:00:00:00:00:01 02:00:00:00:00:02",
        "link set ms0 type macvlan macaddr del 02:00:00:00:00:01",
        "link add mv1 link d0 mtu 1400 address 02:00:00:00:00:33 type macvlan mode private",
        "link add ms1 link d0 type macvlan mode source flag nodst",
        "link add vx0 type vxlan id 42 remote 192.0.2.7 local 192.0.2.1 dstport 4789 dev d0 ttl 10 nolearning",
        "link add vx1 type vxlan vni 43 group ff05::1 dev d0 dstport 0 srcport 1000 2000 ageing 100 \
         maxaddress 10 noudpcsum udp6zerocsumtx l2miss l3miss proxy rsc tos 0x10 df inherit flowlabel 5",
        "link add vx2 type vxlan id 44 remote 2001:db8::2 local 2001:db8::1 ttl inherit dstport 4789",
        "link add vx3 type vxlan external dstport 4790 gbp",
        "link set vx0 type vxlan ageing 50",
        "link add ifb0 type ifb",
        "link add v2 type veth peer name v3 mtu 1400 address 02:00:00:00:00:44",
        "link add v4 mtu 1300 type veth peer",
        // Refused by the parser (exit 255 or 1, as ip), or by the kernel (2).
        "link add x0 type vxlan id 16777216",
        "link add x0 type vxlan id 5 external",
        "link add x0 type vxlan id 5 frob",
        "link add x0 type vxlan id 5 dstport 70000",
        "link add x0 link d0 type macvlan mode sideways",
        "link add x0 link d0 type macvlan macaddr frob",
        "link add x0 link d0 type macvlan mode bridge flag frob",
        "link add x0 type bridge stp_state",
        "link add x0 type bridge root_port 3",
        "link add x0 type bridge forward_delay soon",
        "link set d1 type bridge_slave hairpin maybe",
        "link set d1 type bridge_slave frob on",
        "link add x0 type veth frob",
        "link add x0 type veth peer name",
        "link set nosuch0 type bridge stp_state 1",
        "link add x0 type vxlan id 7 dev nosuch0",
        "link add mv0 link d0 type macvlan mode bridge",
    ] {
        let args: Vec<&str> = line.split_whitespace().collect();
        twins.same(&args);
        let (theirs, ours) = (kind_state(&twins.reference), kind_state(&twins.ours));
        assert_eq!(ours, theirs, "{line}: links after nlw, then after ip");
    }
    let kinds = kind_state(&twins.ours);
    for name in ["br0", "d1", "mv0", "mt0", "ms0", "vx0", "vx1", "vx2", "vx3", "ifb0", "v3"] {
        assert!(kinds.contains_key(name), "{name} was not made");
    }
}

#[test]
fn changes_made_with_nlw_read_back_with_ip() {
    if !live("changes_made_with_nlw_read_back_with_ip") {
        return;
    }
    let ns = TestNs::new();
    let run = |args: &[&str]| {
        let out = nlw(&ns, args);
        assert!(out.status.success(), "nlw {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    run(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    run(&["link", "add", "br0", "type", "bridge"]);
    run(&["link", "set", "v0", "up", "mtu", "9000"]);
    run(&["link", "set", "v1", "master", "br0"]);
    run(&["address", "add", "192.0.2.1/24", "dev", "v0", "label", "v0:x"]);
    run(&["route", "add", "198.51.100.0/24", "via", "192.0.2.254", "table", "100", "metric", "5"]);
    let v0 = &ns.ip_json(&["addr", "show", "dev", "v0"])[0];
    assert_eq!(v0["mtu"], 9000);
    assert_eq!(v0["addr_info"][0]["local"], "192.0.2.1");
    assert_eq!(v0["addr_info"][0]["label"], "v0:x");
    assert_eq!(ns.ip_json(&["link", "show", "dev", "v1"])[0]["master"], "br0");
    let t100 = ns.ip_json(&["route", "show", "table", "100"]);
    assert_eq!((t100[0]["gateway"].as_str(), t100[0]["metric"].as_u64()), (Some("192.0.2.254"), Some(5)));
    run(&["route", "replace", "198.51.100.0/24", "via", "192.0.2.253", "table", "100", "metric", "5"]);
    let t100 = ns.ip_json(&["route", "show", "table", "100"]);
    assert_eq!((t100.as_array().unwrap().len(), t100[0]["gateway"].as_str()), (1, Some("192.0.2.253")));
    run(&["route", "change", "198.51.100.0/24", "via", "192.0.2.252", "table", "100", "metric", "5"]);
    assert_eq!(ns.ip_json(&["route", "show", "table", "100"])[0]["gateway"], "192.0.2.252");
    run(&[
        "route",
        "add",
        "203.0.113.0/24",
        "nexthop",
        "via",
        "192.0.2.253",
        "weight",
        "1",
        "nexthop",
        "via",
        "192.0.2.252",
        "dev",
        "v0",
        "weight",
        "3",
    ]);
    let multipath = &ns.ip_json(&["route", "show", "203.0.113.0/24"])[0]["nexthops"];
    let hops: Vec<(&str, &str, u64)> = multipath
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["gateway"].as_str().unwrap(), h["dev"].as_str().unwrap(), h["weight"].as_u64().unwrap()))
        .collect();
    assert_eq!(hops, [("192.0.2.253", "v0", 1), ("192.0.2.252", "v0", 3)]);
    run(&["-6", "route", "add", "blackhole", "2001:db8:7::/48", "table", "100"]);
    run(&["route", "add", "blackhole", "198.51.100.128/25", "table", "100"]);
    // `flush table` takes one family (IPv4 unless -6), as ip.
    run(&["route", "flush", "table", "100"]);
    assert_eq!(ns.ip_json(&["route", "show", "table", "100"]).as_array().unwrap().len(), 0);
    assert_eq!(ns.ip_json(&["-6", "route", "show", "table", "100"]).as_array().unwrap().len(), 1);
    run(&["route", "del", "203.0.113.0/24"]);
    run(&["address", "add", "198.51.100.2/24", "dev", "v0"]);
    run(&["address", "del", "192.0.2.1/24", "dev", "v0"]);
    let left = &ns.ip_json(&["-4", "addr", "show", "dev", "v0"])[0]["addr_info"];
    assert_eq!(left.as_array().unwrap().len(), 1, "{left}");
    assert_eq!(left[0]["local"], "198.51.100.2");
    run(&["address", "flush", "dev", "v0"]);
    // ip 6.1 prints `{}` for a link its filter leaves without addresses.
    let flushed = &ns.ip_json(&["-4", "addr", "show", "dev", "v0"])[0]["addr_info"];
    assert_eq!(flushed.as_array().map_or(0, Vec::len), 0, "{flushed}");
    // Neighbours: add, replace, del; `router` as ip prints it.
    run(&["neigh", "add", "192.0.2.7", "lladdr", "02:00:5e:00:53:07", "dev", "v0", "nud", "permanent"]);
    run(&[
        "neigh",
        "add",
        "2001:db8::7",
        "lladdr",
        "02:00:5e:00:53:08",
        "dev",
        "v0",
        "nud",
        "reachable",
        "router",
    ]);
    run(&["neigh", "replace", "192.0.2.7", "lladdr", "02:00:5e:00:53:09", "dev", "v0", "nud", "stale"]);
    let neigh = ns.ip_json(&["neigh", "show", "dev", "v0"]);
    let find = |dst: &str| neigh.as_array().unwrap().iter().find(|n| n["dst"] == dst).cloned().unwrap();
    assert_eq!(
        (find("192.0.2.7")["lladdr"].as_str(), find("192.0.2.7")["state"][0].as_str()),
        (Some("02:00:5e:00:53:09"), Some("STALE"))
    );
    assert!(find("2001:db8::7").get("router").is_some());
    same(&ns, &["neigh", "show"], &["dst", "dev"]);
    run(&["neigh", "del", "192.0.2.7", "dev", "v0"]);
    assert!(ns
        .ip_json(&["neigh", "show", "dev", "v0"])
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["dst"] != "192.0.2.7"));
    // Rules: add with a prefix, a fwmark with a mask, IPv6; del by priority.
    run(&["rule", "add", "from", "192.0.2.0/24", "table", "100", "priority", "1000"]);
    run(&["rule", "add", "fwmark", "0x10/0xff", "lookup", "101", "pref", "1001"]);
    run(&["-6", "rule", "add", "to", "2001:db8::/32", "table", "102", "priority", "1002"]);
    let rules = ns.ip_json(&["rule", "show"]);
    let rule = |p: u64| rules.as_array().unwrap().iter().find(|r| r["priority"] == p).cloned().unwrap();
    assert_eq!(
        (rule(1000)["src"].as_str(), rule(1000)["srclen"].as_u64(), rule(1000)["table"].as_str()),
        (Some("192.0.2.0"), Some(24), Some("100"))
    );
    assert_eq!((rule(1001)["fwmark"].as_str(), rule(1001)["fwmask"].as_str()), (Some("0x10"), Some("0xff")));
    assert_eq!(
        ns.ip_json(&["-6", "rule", "show"])
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["priority"] == 1002 && r["dst"] == "2001:db8::")
            .count(),
        1
    );
    same(&ns, &["rule", "show"], &["priority"]);
    run(&["rule", "del", "priority", "1000"]);
    assert!(ns.ip_json(&["rule", "show"]).as_array().unwrap().iter().all(|r| r["priority"] != 1000));
    run(&["link", "del", "v0"]);
    assert_eq!(ns.ip_json(&["route", "show", "table", "100"]).as_array().unwrap().len(), 0);
    assert!(ns.ip_json(&["link", "show"]).as_array().unwrap().iter().all(|l| l["ifname"] != "v0"));
}

/// Routes on two devices, in `main` and in table 100, IPv4 and IPv6, for
/// the flush tests. No link-local addresses and no `lo`: their routes come
/// and go on their own.
fn flush_setup(ns: &TestNs) {
    for conf in ["all", "default"] {
        for setting in ["accept_dad=0", "addr_gen_mode=1"] {
            let key = format!("net.ipv6.conf.{conf}.{setting}");
            let ok =
                Command::new("ip").args(["netns", "exec", &ns.name, "sysctl", "-qw", &key]).status().unwrap();
            assert!(ok.success(), "{key}");
        }
    }
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "add", "v2", "type", "veth", "peer", "name", "v3"]);
    for dev in ["v0", "v1", "v2", "v3"] {
        ns.ip(&["link", "set", dev, "up"]);
    }
    ns.ip(&["addr", "add", "192.0.2.1/24", "dev", "v0"]);
    ns.ip(&["addr", "add", "198.51.100.1/24", "dev", "v2"]);
    ns.ip(&["addr", "add", "2001:db8::1/64", "dev", "v0", "nodad"]);
    ns.ip(&["addr", "add", "2001:db8:1::1/64", "dev", "v2", "nodad"]);
    for route in [
        "203.0.113.0/24 via 192.0.2.254",
        "203.0.113.0/25 dev v2 proto static",
        "203.0.113.128/25 dev v0 proto bird",
        "203.0.112.0/24 nexthop via 192.0.2.253 nexthop via 198.51.100.253",
        "blackhole 203.0.114.0/24",
        "default via 198.51.100.254",
        "10.0.0.0/8 dev v0 table 100",
        "10.1.0.0/16 dev v2 table 100",
    ] {
        ns.ip(&[&["route", "add"], &route.split(' ').collect::<Vec<_>>()[..]].concat());
    }
    for route in ["2001:db8:5::/48 dev v0", "2001:db8:6::/48 dev v2", "2001:db8:7::/48 dev v0 table 100"] {
        ns.ip(&[&["-6", "route", "add"], &route.split(' ').collect::<Vec<_>>()[..]].concat());
    }
    // The kernel adds the local routes of IPv6 addresses from a work queue.
    for n in 0.. {
        let local = ns.ip_json(&["-6", "route", "show", "table", "local"]).to_string();
        if local.contains("\"2001:db8::1\"") && local.contains("\"2001:db8:1::1\"") {
            break;
        }
        assert!(n < 500, "no local routes for the IPv6 addresses: {local}");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Every route of every table and family, as `ip -j` prints them, sorted.
fn all_routes(ns: &TestNs) -> Vec<String> {
    let routes = ns.ip_json(&["route", "show", "table", "all"]);
    let mut routes: Vec<String> = routes.as_array().unwrap().iter().map(Value::to_string).collect();
    routes.sort();
    routes
}

#[test]
fn route_flush_deletes_what_ip_route_flush_deletes() {
    if !live("route_flush_deletes_what_ip_route_flush_deletes") {
        return;
    }
    let selectors: [&[&str]; 14] = [
        &["dev", "v0"],
        &["-6", "dev", "v0"],
        &["dev", "v0", "table", "all"],
        &["table", "main"],
        &["table", "all"],
        &["-4", "table", "all"],
        &["-6", "table", "all"],
        &["table", "100"],
        &["proto", "static"],
        &["type", "blackhole"],
        &["root", "203.0.113.0/24"],
        &["match", "203.0.113.200"],
        &["203.0.113.0/25"],
        &["default"],
    ];
    for selector in selectors {
        // ip's own flush in one namespace, ours in its twin.
        let (theirs, ours) = (TestNs::new(), TestNs::new());
        flush_setup(&theirs);
        flush_setup(&ours);
        let before = all_routes(&ours);
        assert_eq!(all_routes(&theirs), before, "the twins start alike");
        let (family, words) = match selector.split_first() {
            Some((f, rest)) if f.starts_with('-') => (vec![*f], rest),
            _ => (vec![], selector),
        };
        theirs.ip(&[&family[..], &["route", "flush"], words].concat());
        let out = nlw(&ours, &[&family[..], &["route", "flush"], words].concat());
        assert!(out.status.success(), "{selector:?}: {}", String::from_utf8_lossy(&out.stderr));
        let after = all_routes(&ours);
        assert_ne!(after, before, "{selector:?} deleted nothing");
        assert_eq!(after, all_routes(&theirs), "{selector:?}: left by nlw, then by ip");
    }
}

#[test]
fn route_flush_dev_deletes_that_devices_routes_and_no_other() {
    if !live("route_flush_dev_deletes_that_devices_routes_and_no_other") {
        return;
    }
    let ns = TestNs::new();
    flush_setup(&ns);
    let before = all_routes(&ns);
    let out = nlw(&ns, &["route", "flush", "dev", "v0"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = all_routes(&ns);
    // As ip: the IPv4 routes of `main` through v0 (its own subnet's
    // included); other tables, IPv6 and other devices stay.
    let (gone, kept): (Vec<&String>, Vec<&String>) = before.iter().partition(|r| {
        let r: Value = serde_json::from_str(r).unwrap();
        r["dev"] == "v0" && r.get("table").is_none() && !r["dst"].as_str().unwrap().contains(':')
    });
    assert_eq!(gone.len(), 3, "192.0.2.0/24, 203.0.113.0/24, 203.0.113.128/25: {gone:?}");
    assert_eq!(after.iter().collect::<Vec<_>>(), kept, "exactly v0's routes of main went");
}

#[test]
fn bad_arguments_fail_before_anything_is_sent() {
    if !live("bad_arguments_fail_before_anything_is_sent") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let before = ns.ip_json(&["addr", "show"]);
    // Exit codes as ip 6.1's: 255 for what its parser refuses, 1 for a bad
    // prefix or address, a missing device, an unknown object; 2 for what
    // ip sends and the kernel refuses (a `dev NAME` too long).
    let cases: [(&[&str], &str, i32); 13] = [
        (&["link", "add", "name", "a-name-that-is-too-long", "type", "veth"], "not a valid ifname", 255),
        (&["link", "add", "a-name-that-is-too-long", "type", "veth"], "longer than 15 bytes", 2),
        (&["address", "add", "192.0.2.1/33", "dev", "v0"], "valid prefix", 1),
        (&["address", "add", "192.0.2.1/24", "dev", "nosuch0"], "Cannot find device \"nosuch0\"", 1),
        (&["route", "add", "198.51.100.0/24", "via", "not-an-ip"], "inet address is expected", 1),
        (&["frobnicate", "show"], "Object \"frobnicate\" is unknown", 1),
        (&["link", "set", "v0", "mtu", "lots"], "Invalid \"mtu\" value", 255),
        (&["address", "add", "192.0.2.1", "peer", "2001:db8::2", "dev", "v0"], "inet prefix is expected", 1),
        (
            &["address", "add", "192.0.2.1", "peer", "192.0.2.2", "peer", "192.0.2.3", "dev", "v0"],
            "duplicate \"peer\"",
            255,
        ),
        (&["address", "flush", "label"], "Command line is not complete", 255),
        (&["netns", "list-id", "nsid", "-1"], "\"nsid\" value should be >= 0", 255),
        (&["link", "set", "group", "0", "type", "dummy", "x"], "Garbage instead of arguments \"x ...\"", 255),
        (&["netns", "list-id", "target-nsid", "1", "target-nsid", "2"], "duplicate \"target-nsid\"", 255),
    ];
    for (args, message, code) in cases {
        let out = nlw(&ns, args);
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    // The kernel's refusal: exit 2 with its text.
    let out = nlw(&ns, &["link", "add", "v0", "type", "veth", "peer", "name", "v9"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).is_empty());
    assert_eq!(ns.ip_json(&["addr", "show"]), before, "nothing changed");
    let missing =
        Command::new(env!("CARGO_BIN_EXE_nlw")).args(["-n", "nlw-no-such-ns", "link"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(255));
    assert!(!std::path::Path::new("/run/netns/nlw-no-such-ns").exists());
}

/// The twins of the rule and neighbour tests: a veth pair, up.
const RULE_SETUP: &str = "
    link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
    link set v0 up
    link set v1 up
    address add 192.0.2.1/24 dev v0
";

/// Words of a command line.
fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// Every selector and action ip 6.1 takes, added by ip in one twin and by
/// nlw in the other: the same rules result (both families, as `ip -j` lists
/// them). Then nlw lists them as ip does, text and JSON, with and without
/// `-d`, whole and filtered; `del` and `flush` delete what ip's do.
#[test]
fn rules_of_every_selector_and_action_match_ip() {
    if !live("rules_of_every_selector_and_action_match_ip") {
        return;
    }
    let twins = Twins::new(RULE_SETUP);
    for rule in [
        "pref 100 not from 192.0.2.0/24 tos 0x10 lookup 100",
        "pref 101 ipproto tcp sport 1000-2000 dport 443 lookup 100",
        "pref 102 uidrange 1000-1999 lookup 100",
        "pref 103 goto 200",
        "pref 104 lookup main suppress_prefixlength 0",
        "pref 105 lookup main suppress_ifgroup 5",
        "pref 106 blackhole",
        "pref 107 unreachable",
        "pref 108 type prohibit",
        "pref 109 nop",
        "pref 110 l3mdev",
        "pref 111 iif v0 oif v1 tun_id 7 lookup 7",
        "pref 112 realms 3/4 lookup 5",
        "pref 113 ipproto 253 lookup 5",
        "pref 114 tos 0x08 fwmark 0x5/0xf lookup 5",
        "pref 115 sport 80 dport 1-65534 lookup 5",
        "pref 116 to 198.51.100.7 lookup 1000",
        "pref 117 iif nosuch lookup 5",
        "pref 118 goto 124",
        "pref 119 fwmark 0/0xff lookup 5",
        "pref 120 protocol static lookup 5",
        "pref 121 lookup 5 suppress_ifgroup default realms 9",
        "pref 122 from 198.51.100.0/24 to 203.0.113.0/25 lookup local",
        "pref 123 not fwmark 7 ipproto udp dport 53 prohibit",
        "pref 124 oif v0 lookup 300",
    ] {
        let (theirs, _) = twins.same(&[&["rule", "add"][..], &words(rule)].concat());
        assert_eq!(theirs.code, Some(0), "ip rule add {rule}: {}", theirs.stderr);
    }
    for rule in [
        "pref 125 from 2001:db8::/32 ipproto ipv6-icmp lookup 5",
        "pref 126 to 2001:db8:1::/48 nop",
        "pref 127 tos AF11 lookup 5",
    ] {
        let (theirs, _) = twins.same(&[&["-6", "rule", "add"][..], &words(rule)].concat());
        assert_eq!(theirs.code, Some(0), "ip -6 rule add {rule}: {}", theirs.stderr);
    }
    // The listing, as ip's.
    let ns = &twins.ours;
    let listings: [&[&str]; 14] = [
        &["rule", "show"],
        &["-d", "rule", "show"],
        &["-6", "rule", "show"],
        &["-d", "-6", "rule", "show"],
        &["rule", "show", "table", "100"],
        &["rule", "show", "not"],
        &["rule", "show", "from", "192.0.2.0/24"],
        &["rule", "show", "198.51.100.7"],
        &["rule", "show", "ipproto", "tcp"],
        &["rule", "show", "iif", "v0"],
        &["rule", "show", "fwmark", "0x5/0xf"],
        &["rule", "show", "uidrange", "1000-1999"],
        &["rule", "show", "l3mdev"],
        &["rule", "list", "pref", "103"],
    ];
    for args in listings {
        same(ns, args, &["priority"]);
        same_text(ns, args);
    }
    // Deleted and flushed as ip does.
    for line in [
        "rule del pref 100",
        "rule del lookup 100",
        "rule del goto 200",
        "rule del pref 999",
        "rule flush protocol static",
        "rule flush table 5",
        "-6 rule flush",
        "rule flush",
    ] {
        twins.same(&words(line));
    }
    // ip's flush deletes every rule with a priority: `main` and `default`
    // too, all but the local table's rule 0.
    let left = twins.reference.ip_json(&["rule", "show"]);
    assert_eq!(left, serde_json::json!([{"priority": 0, "src": "all", "table": "local"}]));
}

/// Arguments ip refuses are refused alike (exit code, and nothing
/// changed); those ip would send and the kernel refuse, nlw refuses itself
/// before sending anything, with exit 255.
#[test]
fn bad_rule_and_neighbour_arguments_fail_before_anything_is_sent() {
    if !live("bad_rule_and_neighbour_arguments_fail_before_anything_is_sent") {
        return;
    }
    let twins = Twins::new(RULE_SETUP);
    for line in [
        "rule add",
        "rule del",
        "rule add pref x lookup 5",
        "rule add uidrange 5 lookup 5",
        "rule add sport a-b lookup 5",
        "rule add ipproto nosuchproto lookup 5",
        "rule add frobnicate",
        "rule add tos 0x1ff lookup 5",
        "rule add fwmark zz lookup 5",
        "rule add suppress_prefixlength -1 lookup 5",
        "rule add realms x/y lookup 5",
        "rule add from 192.0.2.0/33 lookup 5",
        "rule add iif a-name-that-is-too-long lookup 5",
        "rule add lookup",
        "rule show frobnicate",
        "rule frobnicate",
        "neigh add proxy",
        "neigh add proxy dev v0",
        "neigh add proxy 192.0.2.5 proxy 192.0.2.6 dev v0",
        "neigh add 192.0.2.9 lladdr 02:00:00:00:00:09",
        "neigh add proxy 192.0.2.5 dev nosuch0",
        "-6 neigh add proxy 192.0.2.80 dev v0",
        "neigh frobnicate",
        "neigh show proxy frobnicate",
    ] {
        let (theirs, ours) = twins.same(&words(line));
        assert_ne!(theirs.code, Some(0), "{line}: ip took it");
        assert!(!ours.stderr.is_empty(), "{line}: nlw said nothing");
    }
    let before = common::state(&twins.ours);
    for line in [
        "rule add pref 130 sport 0-10 lookup 5",
        "rule add pref 131 dport 10-65535 lookup 5",
        "rule add pref 132 uidrange 10-5 lookup 5",
        "rule add pref 133 l3mdev lookup 5",
        "rule add pref 134 from 2001:db8::/32 to 192.0.2.0/24",
    ] {
        let out = nlw(&twins.ours, &words(line));
        assert_eq!(out.status.code(), Some(255), "{line}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(!out.stderr.is_empty(), "{line}");
    }
    assert_eq!(common::state(&twins.ours), before, "nothing changed");
}

/// Proxy entries: added and deleted by nlw as by ip (with and without a
/// device, both families), listed by `neigh show proxy` as ip lists them,
/// and kept out of `neigh show`, as there.
#[test]
fn proxy_neighbours_match_ip() {
    if !live("proxy_neighbours_match_ip") {
        return;
    }
    let twins = Twins::new(RULE_SETUP);
    /// Deletes the entry without a device however the test ends: the
    /// kernel keeps such an entry past its namespace's end, and shows it in
    /// a later namespace.
    struct Deviceless<'t>(&'t Twins);
    impl Drop for Deviceless<'_> {
        fn drop(&mut self) {
            for ns in [&self.0.reference, &self.0.ours] {
                let _ =
                    Command::new("ip").args(["-n", &ns.name, "neigh", "del", "proxy", "192.0.2.6"]).output();
            }
        }
    }
    let _deviceless = Deviceless(&twins);
    let proxies = |ns: &TestNs| ns.ip_json(&["neigh", "show", "proxy"]);
    for line in [
        "neigh add proxy 192.0.2.5 dev v0",
        "-6 neigh add proxy 2001:db8::5 dev v0",
        "neigh add proxy 192.0.2.6",
        "neigh add 192.0.2.7 lladdr 02:00:5e:00:53:07 dev v0",
        "neigh add proxy 192.0.2.8 dev v1",
        "neigh del proxy 192.0.2.8 dev v1",
        "neigh del proxy 192.0.2.8 dev v1",
    ] {
        let (theirs, _) = twins.same(&words(line));
        assert_eq!(proxies(&twins.ours), proxies(&twins.reference), "{line}: {}", theirs.stderr);
    }
    assert_eq!(proxies(&twins.ours).as_array().unwrap().len(), 3);
    let ns = &twins.ours;
    for args in [
        &["neigh", "show", "proxy"][..],
        &["neigh", "show", "proxy", "dev", "v0"],
        &["-6", "neigh", "show", "proxy"],
        &["-d", "neigh", "show", "proxy"],
        &["neigh", "show"],
        &["neigh", "show", "dev", "v0"],
    ] {
        same(ns, args, &["dst"]);
        same_text(ns, args);
    }
    twins.same(&words("neigh del proxy 192.0.2.6"));
    assert_eq!(proxies(&twins.ours).as_array().unwrap().len(), 2);
}

#[test]
fn monitor_prints_one_json_object_per_event_in_order() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    if !live("monitor_prints_one_json_object_per_event_in_order") {
        return;
    }
    let ns = TestNs::new();
    // The kernel announces an alias change only on an interface that is up.
    ns.ip(&["link", "set", "lo", "up"]);
    /// Stops the monitor however the test ends.
    struct Running(std::process::Child);
    impl Drop for Running {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let mut child = Running(
        Command::new(env!("CARGO_BIN_EXE_nlw"))
            .args(["-n", &ns.name, "-j", "monitor", "link", "address", "neigh", "rule"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.0.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    // Readiness without guessing: change lo's alias until an event shows up.
    let mut lines = Vec::new();
    for n in 0.. {
        assert!(n < 500, "the monitor printed nothing");
        ns.ip(&["link", "set", "lo", "alias", &format!("probe{n}")]);
        if let Ok(line) = rx.recv_timeout(std::time::Duration::from_millis(20)) {
            lines.push(line);
            break;
        }
    }
    ns.ip(&["link", "add", "m0", "type", "veth", "peer", "name", "m1"]);
    ns.ip(&["addr", "add", "198.51.100.7/24", "dev", "m0"]);
    ns.ip(&["neigh", "add", "198.51.100.9", "lladdr", "02:00:5e:00:53:09", "dev", "m0", "nud", "permanent"]);
    ns.ip(&["rule", "add", "from", "198.51.100.0/24", "table", "100", "priority", "1234"]);
    ns.ip(&["link", "del", "m0"]);
    let events: Vec<Value> = loop {
        let line = rx.recv_timeout(std::time::Duration::from_secs(10)).expect("an event");
        lines.push(line);
        let parsed: Vec<Value> =
            lines.iter().map(|l| serde_json::from_str(l).expect("one JSON object per line")).collect();
        if parsed.iter().any(|e| e["deleted"] == true && e["ifname"] == "m0") {
            break parsed;
        }
    };
    drop(child);
    let pos = |f: &dyn Fn(&Value) -> bool| events.iter().position(f).expect("event present");
    let created = pos(&|e| e["ifname"] == "m0" && e.get("deleted").is_none());
    let addressed = pos(&|e| e["local"] == "198.51.100.7");
    let neighbour = pos(&|e| e["dst"] == "198.51.100.9" && e.get("deleted").is_none());
    let rule = pos(&|e| e["priority"] == 1234);
    let deleted = pos(&|e| e["ifname"] == "m0" && e["deleted"] == true);
    assert!(
        created < addressed && addressed < neighbour && neighbour < rule && rule < deleted,
        "{events:#?}"
    );
    assert_eq!(
        (events[rule]["src"].as_str(), events[rule]["table"].as_str()),
        (Some("198.51.100.0"), Some("100"))
    );
    assert_eq!(events[addressed]["dev"], "m0");
    assert_eq!(events[neighbour]["dev"], "m0");
    assert_eq!(events[neighbour]["lladdr"], "02:00:5e:00:53:09");
    assert_eq!(events[neighbour]["state"], serde_json::json!(["PERMANENT"]));
}

#[test]
fn netns_add_list_del_agree_with_ip() {
    if !live("netns_add_list_del_agree_with_ip") {
        return;
    }
    let name = nlwire_tests::live::unique_name();
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_nlw")).args(args).output().unwrap();
    assert!(run(&["netns", "add", &name]).status.success());
    let listed = || -> Vec<String> {
        let out = run(&["-j", "netns", "list"]);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v.as_array().unwrap().iter().map(|n| n["name"].as_str().unwrap().to_owned()).collect()
    };
    let in_ip = nlwire_tests::live::ip_netns_list().contains(&name);
    let in_ours = listed().contains(&name);
    // The entry for the namespace: ours and ip's, JSON and text.
    let entries = || -> [(Value, String); 2] {
        [env!("CARGO_BIN_EXE_nlw"), "ip"].map(|program| {
            let list = |args: &[&str]| Command::new(program).args(args).output().unwrap().stdout;
            let json: Value = serde_json::from_slice(&list(&["-j", "netns", "list"])).unwrap();
            let entry = json.as_array().unwrap().iter().find(|n| n["name"] == name.as_str()).cloned();
            let text = String::from_utf8(list(&["netns", "list"])).unwrap();
            let line = text.lines().find(|l| l.split(' ').next() == Some(name.as_str())).map(str::to_owned);
            (entry.unwrap_or_default(), line.unwrap_or_default())
        })
    };
    let without_id = entries();
    // An id no other namespace has here (ids are per namespace, shared by
    // everything running on this machine).
    let id = (0..100).map(|n| 7000 + std::process::id() % 10_000 + n).find(|id| {
        Command::new("ip").args(["netns", "set", &name, &id.to_string()]).output().unwrap().status.success()
    });
    let with_id = entries();
    let again = run(&["netns", "add", &name]);
    let deleted = run(&["netns", "del", &name]);
    assert!(in_ip && in_ours, "ip sees it: {in_ip}, nlw lists it: {in_ours}");
    let id = id.expect("ip netns set NAME ID");
    assert_eq!(without_id[0], without_id[1], "no id yet: nlw, then ip");
    assert_eq!(without_id[0].0, serde_json::json!({ "name": name }));
    assert_eq!(with_id[0], with_id[1], "id {id}: nlw, then ip");
    assert_eq!(with_id[0].0["id"], id);
    assert_eq!(with_id[0].1, format!("{name} (id: {id})"));
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("Cannot create namespace file"));
    assert!(deleted.status.success());
    assert!(!nlwire_tests::live::ip_netns_list().contains(&name));
    assert!(!listed().contains(&name));
    let missing = run(&["netns", "del", &name]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("Cannot remove namespace file"));
}

fn write_batch(name: &str, lines: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("nlw-{}-{name}.batch", std::process::id()));
    std::fs::write(&path, lines).unwrap();
    path
}

#[test]
fn batch_of_ten_thousand_route_adds_is_applied() {
    if !live("batch_of_ten_thousand_route_adds_is_applied") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let mut lines = String::from("# a comment, then a blank line\n\naddress add 192.0.2.1/24 dev v0\n");
    for i in 0..10_000 {
        lines.push_str(&format!("route add blackhole 2001:db8:{i:x}::/48 table 200\n"));
    }
    let path = write_batch("10k", &lines);
    let out = nlw(&ns, &["-batch", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let routes = ns.ip_json(&["-6", "route", "show", "table", "200"]);
    assert_eq!(routes.as_array().unwrap().len(), 10_000);
    assert_eq!(routes[9_999]["dst"], "2001:db8:270f::/48");
    assert_eq!(ns.ip_json(&["-4", "addr", "show", "dev", "v0"])[0]["addr_info"][0]["local"], "192.0.2.1");
}

#[test]
fn batch_reports_the_failing_line_and_stops() {
    if !live("batch_reports_the_failing_line_and_stops") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "set", "v0", "up"]);
    // A malformed line anywhere in a file: nothing at all is sent (exit 1
    // as ip's for a bad prefix; ip would have run the lines before it).
    let bad = write_batch("bad", "link add b0 type veth peer name b1\nroute add 198.51.100.0/33 dev v0\n");
    let out = nlw(&ns, &["-batch", bad.to_str().unwrap()]);
    std::fs::remove_file(&bad).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(":2"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!ns.ip_link_names().contains(&"b0".to_owned()), "nothing was sent");
    // A line the kernel refuses: reported by its line; no later line is sent.
    let lines = "route add 198.51.100.0/24 dev v0\nroute add 198.51.100.0/24 dev v0\n\
                 link add b0 type veth peer name b1\nroute add 203.0.113.0/24 dev v0\n";
    let refused = write_batch("refused", lines);
    let out = nlw(&ns, &["-batch", refused.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("File exists") && stderr.contains(":2"), "{stderr}");
    let dsts: Vec<Value> =
        ns.ip_json(&["route", "show"]).as_array().unwrap().iter().map(|r| r["dst"].clone()).collect();
    assert!(dsts.contains(&Value::from("198.51.100.0/24")));
    assert!(!dsts.contains(&Value::from("203.0.113.0/24")), "{dsts:?}");
    assert!(!ns.ip_link_names().contains(&"b0".to_owned()));
    // -force goes on and still fails overall.
    let out = nlw(&ns, &["-force", "-batch", refused.to_str().unwrap()]);
    std::fs::remove_file(&refused).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(ns.ip_link_names().contains(&"b0".to_owned()));
    let routes = ns.ip_json(&["route", "show", "203.0.113.0/24"]);
    assert_eq!(routes.as_array().unwrap().len(), 1);
}

/// Heap allocations of a whole `nlw` run, counted by valgrind.
fn allocations(ns: &TestNs, args: &[&str]) -> u64 {
    let out = Command::new("valgrind")
        .args(["--error-exitcode=3", env!("CARGO_BIN_EXE_nlw"), "-n", &ns.name])
        .args(args)
        .stdout(std::process::Stdio::null())
        .output()
        .expect("run valgrind");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr.lines().find(|l| l.contains("total heap usage")).expect("valgrind's summary");
    let count = line.split("usage:").nth(1).and_then(|s| s.split_whitespace().next()).unwrap();
    count.replace(',', "").parse().unwrap()
}

#[test]
fn route_dumps_allocate_nothing_per_route() {
    if !live("route_dumps_allocate_nothing_per_route") {
        return;
    }
    if Command::new("valgrind").arg("--version").output().is_err() {
        println!("SKIP route_dumps_allocate_nothing_per_route: valgrind is not installed");
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["addr", "add", "192.0.2.1/24", "dev", "v0"]);
    let add = |from: u32, to: u32| {
        let lines: String = (from..to)
            .map(|i| format!("route add 2001:db8:{i:x}::/48 dev v0 table 100 proto static metric 5\n"))
            .collect();
        ns.ip_batch(&lines);
    };
    let runs: [&[&str]; 4] = [
        &["route", "show", "table", "all"],
        &["-j", "route", "show", "table", "all"],
        &["-d", "route", "show", "table", "all"],
        &["-d", "-j", "route", "show", "table", "all"],
    ];
    add(0, 100);
    let small = runs.map(|args| allocations(&ns, args));
    add(100, 2000);
    let large = runs.map(|args| allocations(&ns, args));
    assert_eq!(small, large, "allocations with 100 and with 2000 routes (text, JSON; without and with -d)");
}

/// Point-to-point addresses (`peer`): `inet ADDR peer PREFIX` in text, `-o`
/// and `-br`, `local`, `address` and `prefixlen` in `-j`, as ip prints them.
#[test]
fn peer_addresses_are_shown_as_ip_shows_them() {
    if !live("peer_addresses_are_shown_as_ip_shows_them") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    ns.ip_batch(
        "link add p0 type veth peer name p1\n\
         address add 192.0.2.101 peer 192.0.2.102/32 dev p0\n\
         address add 203.0.113.1/24 peer 198.51.100.0/24 dev p0 label p0:p\n\
         address add 2001:db8:9::1 peer 2001:db8:9::2 dev p0\n",
    );
    for args in [
        &["address", "show"][..],
        &["address", "show", "dev", "p0"],
        &["-o", "address", "show"],
        &["-br", "address", "show"],
        &["-4", "address", "show", "to", "192.0.2.0/24"],
    ] {
        same_text(&ns, args);
    }
    // (ip's `-j -o` is a listing of its own, and ip 6.1 prints `{}` for
    // each address `to` hides: neither compared here.)
    for args in [&["address", "show"][..], &["address", "show", "dev", "p0"], &["-br", "address", "show"]] {
        same(&ns, args, &["ifname"]);
    }
}

/// ip 6.1's JSON without the `{}` it prints for each address its filters
/// hide.
fn without_hidden_addresses(mut links: Value) -> Value {
    for link in links.as_array_mut().unwrap() {
        if let Some(Value::Array(addresses)) = link.get_mut("addr_info") {
            addresses.retain(|a| a.as_object().is_none_or(|o| !o.is_empty()));
        }
    }
    links
}

/// `address show label PATTERN`: the addresses whose label (else their
/// link's name) the shell pattern matches, as ip's `fnmatch` (`*`, `?`,
/// sets, ranges, classes, quoting, a `[` left open), printed as ip 6.1
/// prints them: without the link's own lines (text, `-br`, `-j`, `-s`);
/// a link with addresses, none matched, is left out, a link without any is
/// an empty entry. Text byte for byte, JSON equal but for ip's `{}`.
#[test]
fn address_labels_are_matched_as_ip_matches_them() {
    if !live("address_labels_are_matched_as_ip_matches_them") {
        return;
    }
    let ns = TestNs::new();
    ns.ip_batch(
        "link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02\n\
         address add 192.0.2.1/24 dev v0\n\
         address add 192.0.2.2/24 dev v0 label v0:a\n\
         address add 192.0.2.3/24 dev v0 label v0:b1\n\
         address add 192.0.2.4/24 dev v0 label v0:[x\n\
         address add 192.0.2.5/24 dev v0 label v0:\\\\z\n\
         address add 198.51.100.1/24 dev v1 label v1:x\n\
         address add 2001:db8::1/64 dev v0 nodad\n",
    );
    let patterns = [
        "v0:*",
        "v0:?",
        "v0:[ab]*",
        "nomatch",
        "v0",
        "*",
        "[",
        "v0:[!a]*",
        "v0:[^a]",
        "v0:[[:alpha:]]",
        "v0:[[:digit:][:alpha:]]*",
        "v0:[]a]",
        "v0:[a-c]?",
        "v0:[[]x",
        "v0:\\z",
        "v0:\\",
        "v0:[[:bogus:]]",
        "v?:*",
        "v0:[a-]*",
        "*:*",
        "v0:[[x",
        "v0:[!]]*",
        "v0:*[",
    ];
    let options: [&[&str]; 7] = [&[], &["-4"], &["-6"], &["-o"], &["-br"], &["-s"], &["-d"]];
    let mut lines: Vec<Vec<&str>> = options
        .iter()
        .flat_map(|options| {
            patterns.map(|pattern| [options, &["address", "show", "label", pattern][..]].concat())
        })
        .collect();
    lines.push(vec!["address", "show", "dev", "v1", "label", "v0:*"]);
    lines.push(vec!["-br", "address", "show", "label", "v*"]);
    for args in lines {
        // (Some patterns match nothing: ip prints nothing.)
        let [ours, theirs] = texts(&ns, &args);
        assert_eq!(ours, theirs, "{args:?}: ours, then ip's");
        if args[0] != "-o" {
            assert_eq!(nlw_json(&ns, &args), without_hidden_addresses(ns.ip_json(&args)), "{args:?}");
        }
    }
}

/// `netns list-id [target-nsid ID] [nsid ID]` in a namespace that gave ids
/// to two named namespaces, one of which gave an id to the other: the ids,
/// `current-nsid` and the names as ip prints them (text and JSON), and the
/// kernel's refusal of an id it does not know (exit 2, as ip).
#[test]
fn namespace_ids_are_listed_as_ip_lists_them() {
    if !live("namespace_ids_are_listed_as_ip_lists_them") {
        return;
    }
    let (here, first, second) = (TestNs::new(), TestNs::new(), TestNs::new());
    here.ip(&["netns", "set", &first.name, "1"]);
    here.ip(&["netns", "set", &second.name, "2"]);
    first.ip(&["netns", "set", &second.name, "7"]);
    let listed = texts(&here, &["netns", "list-id"]);
    assert_eq!(
        listed[1],
        format!(
            "nsid 1 (iproute2 netns name: {})\nnsid 2 (iproute2 netns name: {})\n",
            first.name, second.name
        )
    );
    for args in [
        &["netns", "list-id"][..],
        &["netns", "list-id", "nsid", "2"],
        &["netns", "list-id", "target-nsid", "1"],
        &["netns", "list-id", "nsid", "0x1"],
    ] {
        let [ours, theirs] = texts(&here, args);
        assert_eq!(ours, theirs, "{args:?}: ours, then ip's");
        assert_eq!(nlw_json(&here, args), here.ip_json(args), "{args:?}");
    }
    assert!(texts(&here, &["netns", "list-id", "target-nsid", "1"])[1].contains("current-nsid 2"));
    // `-n`: `netns list` gives the ids that namespace gave (other tests'
    // namespaces come and go: only these two compared).
    let these = [first.name.as_str(), second.name.as_str()];
    let ours_then_ip = texts(&here, &["netns", "list"]).map(|text| {
        let named = |l: &&str| these.contains(&l.split(' ').next().unwrap_or(""));
        text.lines().filter(named).collect::<Vec<_>>().join("\n")
    });
    assert_eq!(ours_then_ip[0], ours_then_ip[1]);
    assert!(ours_then_ip[1].contains(&format!("{} (id: 2)", second.name)), "{}", ours_then_ip[1]);
    for args in [
        &["netns", "list-id", "nsid", "9"][..],
        &["netns", "list-id", "target-nsid", "9"],
        &["netns", "list-id", "target-nsid", "1", "nsid", "7"],
    ] {
        let ip = Command::new("ip").args(["-n", &here.name]).args(args).output().unwrap();
        let ours = nlw(&here, args);
        assert_eq!(ours.status.code(), ip.status.code(), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&ours.stderr), String::from_utf8_lossy(&ip.stderr), "{args:?}");
    }
}

/// `-h` (`-human`, `-human-readable`, with `-iec` 1024) with `-s` and
/// `-s -s`: the counters in ip's units, in ip's columns, byte for byte, on
/// links whose counters are still (IPv6 off; `lo` after carrying three
/// datagrams of 1400 bytes, so that some counters pass 1000); `-j`
/// ignores `-h`, as ip does.
#[test]
fn human_readable_statistics_match_ip() {
    if !live("human_readable_statistics_match_ip") {
        return;
    }
    let ns = TestNs::new();
    ns.ipv6_off();
    ns.ip_batch(
        "link add v0 type veth peer name v1\n\
         link set lo up\n\
         link set v0 up\n\
         address add 192.0.2.1/24 dev v0\n",
    );
    for _ in 0..3 {
        let sent = Command::new("ip")
            .args(["netns", "exec", &ns.name, "bash", "-c", "head -c 1400 /dev/zero > /dev/udp/127.0.0.1/9"])
            .status()
            .unwrap();
        assert!(sent.success());
    }
    let shown = texts(&ns, &["-s", "-h", "link", "show", "dev", "lo"])[1].clone();
    assert!(shown.contains("k "), "some counter in thousands: {shown}");
    for options in [
        &["-s", "-h"][..],
        &["-h", "-s", "-s"],
        &["-s", "-human"],
        &["-s", "-human-readable"],
        &["-iec", "-s", "-h"],
        &["-s", "-s", "-h", "-iec"],
    ] {
        for command in [&["link", "show"][..], &["address", "show"]] {
            let args = [options, command].concat();
            same_text(&ns, &args);
            same(&ns, &args, &["ifindex"]);
        }
    }
}

/// A veth whose peer is in another namespace, as every container's is:
/// ip names that namespace (`link-netns NAME`), or gives its id
/// (`link-netnsid N`) when it has no name; `-j` gives the id.
#[test]
fn peers_in_other_namespaces_are_named_as_ip_names_them() {
    if !live("peers_in_other_namespaces_are_named_as_ip_names_them") {
        return;
    }
    let (ns, named, nameless) = (TestNs::new(), TestNs::new(), TestNs::new());
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1", "netns", &named.name]);
    ns.ip(&["link", "add", "v2", "type", "veth", "peer", "name", "v3", "netns", &nameless.name]);
    ns.ip(&["address", "add", "192.0.2.1/24", "dev", "v0"]);
    // The third namespace loses its name and lives on while this file is open.
    let held = std::fs::File::open(format!("/run/netns/{}", nameless.name)).unwrap();
    drop(nameless);
    for args in [
        &["link", "show"][..],
        &["-d", "link", "show", "dev", "v0"],
        &["-o", "link", "show"],
        &["address", "show"],
        &["-4", "address", "show"],
    ] {
        same_text(&ns, args);
    }
    let [text, _] = texts(&ns, &["link", "show"]);
    assert!(
        text.contains(&format!("link-netns {}", named.name)) && text.contains("link-netnsid 1"),
        "{text}"
    );
    for args in [&["link", "show"][..], &["-4", "address", "show"]] {
        same(&ns, args, &["ifindex"]);
    }
    assert_eq!(nlw_json(&ns, &["link", "show", "dev", "v0"])[0]["link_netnsid"], 0);
    drop(held);
}

/// A keyword without its value: ip's words exactly, exit 255, nothing sent.
#[test]
fn incomplete_commands_say_what_ip_says() {
    if !live("incomplete_commands_say_what_ip_says") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    for line in [
        "address add 192.0.2.1/24 dev",
        "link set dev",
        "link set v0 mtu",
        "route add 192.0.2.0/24 via",
        "neigh add 192.0.2.9 lladdr",
        "nexthop add id",
        "rule add table",
    ] {
        let args: Vec<&str> = line.split(' ').collect();
        let ip = Command::new("ip").arg("-n").arg(&ns.name).args(&args).output().unwrap();
        let ours = nlw(&ns, &args);
        assert_eq!(ip.status.code(), Some(255), "ip {line}");
        assert_eq!(ours.status.code(), ip.status.code(), "{line}");
        assert_eq!(String::from_utf8_lossy(&ours.stderr), String::from_utf8_lossy(&ip.stderr), "{line}");
    }
}

/// Alternative names, as udev gives NICs: printed as ip prints them (after
/// the counters under `link show`, after the link under `address show`),
/// and a link found by any of them.
#[test]
fn alternative_names_are_shown_and_found_as_ip_does() {
    if !live("alternative_names_are_shown_and_found_as_ip_does") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "property", "add", "dev", "v0", "altname", "wan0", "altname", "uplink-0"]);
    ns.ip(&["link", "set", "v0", "alias", "the uplink"]);
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["address", "add", "192.0.2.1/24", "dev", "v0"]);
    ns.ip(&["route", "add", "203.0.113.0/24", "via", "192.0.2.254"]);
    for args in [
        &["link", "show"][..],
        &["-s", "link", "show", "dev", "v0"],
        &["-d", "link", "show", "dev", "wan0"],
        &["-o", "link", "show", "uplink-0"],
        &["address", "show", "dev", "wan0"],
        &["-4", "address", "show", "dev", "uplink-0"],
        &["-s", "address", "show"],
        &["route", "show", "dev", "wan0"],
    ] {
        same_text(&ns, args);
    }
    for args in [&["link", "show"][..], &["-s", "link", "show"], &["address", "show", "dev", "wan0"]] {
        same(&ns, args, &["ifindex"]);
    }
    assert_eq!(
        nlw_json(&ns, &["link", "show", "dev", "wan0"])[0]["altnames"],
        serde_json::json!(["wan0", "uplink-0"])
    );
}

/// ip's family options: `-f[amily] inet|inet6|link|bridge|mpls`, `-0`,
/// `-B`, `-M`: the addresses, links, bridge entries and routes of that
/// family, as ip lists them (`-0`: the links alone; `-B neigh`: the
/// bridges' entries; `-M route` without MPLS: nothing); `-l[oops] N`
/// taken as ip takes it (C's `atoi`); a family ip does not know refused
/// as ip refuses it.
#[test]
fn family_options_are_ips() {
    if !live("family_options_are_ips") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    for args in [
        &["-f", "inet", "address", "show"][..],
        &["-family", "inet6", "address", "show", "dev", "v0"],
        &["-0", "address", "show"],
        &["-f", "link", "-br", "address", "show"],
        &["-0", "-o", "address", "show", "dev", "v0"],
        &["-B", "neigh", "show"],
        &["-B", "link", "show"],
        &["-f", "inet6", "route", "show"],
        &["-0", "link", "show", "dev", "v0"],
    ] {
        same_text(&ns, args);
    }
    same(&ns, &["-0", "address", "show"], &["ifindex"]);
    for args in [
        &["-M", "route", "show"][..],
        &["-0", "route", "show"],
        &["-loops", "abc", "address", "show", "dev", "v0"],
    ] {
        let [ours, theirs] = texts(&ns, args);
        assert_eq!(ours, theirs, "{args:?}");
    }
    let ip = Command::new("ip").arg("-n").arg(&ns.name).args(["-f", "ipx6", "address"]).output().unwrap();
    let ours = nlw(&ns, &["-f", "ipx6", "address"]);
    assert_eq!((ours.status.code(), ip.status.code()), (Some(255), Some(255)));
    assert_eq!(String::from_utf8_lossy(&ours.stderr), String::from_utf8_lossy(&ip.stderr));
}

/// `-rc[vbuf] SIZE` sets the route socket's receive buffer as ip does
/// (`SO_RCVBUF`, seen under strace), C's number bases taken; a size ip
/// refuses is refused in its words, exit 255.
#[test]
fn receive_buffer_option_is_ips() {
    if !live("receive_buffer_option_is_ips") {
        return;
    }
    let ns = TestNs::new();
    let traced = |program: &str, size: &str| {
        let out = Command::new("strace")
            .args([
                "-f",
                "-e",
                "trace=setsockopt",
                program,
                "-n",
                &ns.name,
                "-rc",
                size,
                "link",
                "show",
                "lo",
            ])
            .output()
            .expect("run strace (Debian package strace)");
        assert!(out.status.success(), "{program}: {}", String::from_utf8_lossy(&out.stderr));
        let log = String::from_utf8_lossy(&out.stderr).into_owned();
        log.lines().any(|l| l.contains("SO_RCVBUF, [123456]"))
    };
    for size in ["123456", "0x1e240", "0361100"] {
        assert!(traced("ip", size), "ip -rc {size}");
        assert!(traced(env!("CARGO_BIN_EXE_nlw"), size), "nlw -rc {size}");
    }
    for args in [&["-rc", "abc", "link"][..], &["-rcvbuf", "0x1ffffffff", "link"], &["-rcv", "-5", "link"]] {
        let ip = Command::new("ip").arg("-n").arg(&ns.name).args(args).output().unwrap();
        let ours = nlw(&ns, args);
        assert_eq!((ours.status.code(), ip.status.code()), (Some(255), Some(255)), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&ours.stderr), String::from_utf8_lossy(&ip.stderr), "{args:?}");
    }
}

/// `vrf NAME` of `route show|flush` (the VRF's table, its local and
/// broadcast routes left out) and of `link|address show` (the VRF's ports),
/// and of `nexthop show|flush` and `route get`, as ip 6.1. This kernel has no VRF: the name `default`, which ip takes
/// for the main table when no device has it, shows the routes; a device
/// that is not a VRF, or none, is refused in ip's words.
#[test]
fn vrf_selectors_are_ips() {
    if !live("vrf_selectors_are_ips") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    ns.ip(&["route", "add", "local", "203.0.113.7", "dev", "v0"]);
    ns.ip(&["route", "add", "broadcast", "203.0.113.255", "dev", "v0"]);
    for args in [
        &["route", "show", "vrf", "default"][..],
        &["-6", "route", "show", "vrf", "default"],
        &["-d", "route", "show", "vrf", "default"],
        &["route", "show", "table", "all", "vrf", "default"],
    ] {
        same_text(&ns, args);
    }
    let shown = texts(&ns, &["route", "show", "vrf", "default"])[0].clone();
    assert!(shown.contains("203.0.113.0/24 via 192.0.2.254") && !shown.contains("203.0.113.7"), "{shown}");
    for args in [
        &["route", "show", "vrf", "nosuch0"][..],
        &["route", "show", "vrf", "v0"],
        &["route", "flush", "vrf", "br0"],
        &["link", "show", "vrf", "v0"],
        &["address", "show", "vrf", "nosuch0"],
        &["link", "show", "vrf"],
        &["nexthop", "show", "vrf", "v0"],
        &["nexthop", "flush", "vrf", "nosuch0"],
        &["route", "get", "192.0.2.5", "vrf", "v0"],
        &["route", "get", "vrf", "nosuch0", "192.0.2.5"],
    ] {
        let ip = Command::new("ip").arg("-n").arg(&ns.name).args(args).output().unwrap();
        let ours = nlw(&ns, args);
        assert_eq!(ours.status.code(), ip.status.code(), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&ours.stderr), String::from_utf8_lossy(&ip.stderr), "{args:?}");
        assert!(ours.stdout.is_empty(), "{args:?}");
    }
}

/// What a route carries beyond its destination and next hop, printed where
/// and as ip 6.1 prints it: every metric (locked ones with `lock`, the
/// RTTs in ms or s, `features ecn`, `congctl`), `tos` (by rt_dsfield's name
/// or in hex), `realm`/`realms` (the route's and a next hop's), a next hop
/// of the other family, `encap ip|ip6|seg6` (the route's and a next hop's);
/// text, `-d`, `-o`, JSON key for key and `-j -p`.
#[test]
fn route_attributes_print_as_ip_prints_them() {
    if !live("route_attributes_print_as_ip_prints_them") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    ns.ip_batch(
        "route add 198.51.100.0/28 via 192.0.2.254 mtu lock 1400 advmss 1300 initcwnd 10
route add 198.51.100.16/28 via 192.0.2.254 realm 5
route add 198.51.100.32/28 via 192.0.2.254 realms 3/7
route add 198.51.100.48/28 via 192.0.2.254 tos 0x10
route add 198.51.100.64/28 via 192.0.2.254 tos 0x28
route add 198.51.100.80/28 via 192.0.2.254 features ecn quickack 1
route add 198.51.100.96/28 via 192.0.2.254 rtt 20 rttvar 5s rto_min 200ms congctl lock cubic hoplimit 64 window 1000 ssthresh 5 cwnd 6 reordering 3 initrwnd 9 fastopen_no_cookie 1
route add 198.51.100.112/28 nexthop via 192.0.2.254 realm 4 nexthop via inet6 fe80::1 dev v0
route add 2001:db8:5::/64 via 2001:db8::ff mtu 1280 hoplimit 9
route add 198.51.100.128/28 encap ip id 10 dst 192.0.2.2 ttl 5 tos 4 dev v0
route add 198.51.100.144/28 encap ip id 11 dst 192.0.2.3 key csum dev v0
route add 198.51.100.160/28 nexthop via 192.0.2.254 encap ip id 3 dst 192.0.2.4 nexthop via 192.0.2.253
route add 2001:db8:6::/64 encap ip6 id 7 dst 2001:db8::9 hoplimit 3 tc 2 csum seq dev v0
route add 2001:db8:7::/64 encap seg6 mode encap segs 2001:db8::2,2001:db8::3 dev v0
route add 2001:db8:8::/64 encap seg6 mode inline segs 2001:db8::2 dev v0",
    );
    for args in [
        &["route", "show"][..],
        &["-d", "route", "show"],
        &["-o", "route", "show"],
        &["-6", "route", "show"],
        &["-j", "-p", "route", "show"],
        &["-6", "-j", "-p", "route", "show"],
        &["route", "show", "table", "all"],
    ] {
        same_text(&ns, args);
    }
    same(&ns, &["route", "show"], &["dst"]);
    let six = texts(&ns, &["-6", "route", "show"])[0].clone();
    assert!(six.contains(" encap seg6 mode encap segs 2 [ 2001:db8::2 2001:db8::3 ]"), "{six}");
    let text = texts(&ns, &["route", "show"])[0].clone();
    for expected in
        ["mtu lock 1400", "realms 3/7", "tos AF11", "features ecn", "congctl lock cubic", "realm 4 dev"]
    {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
}

/// `route get`'s words as ip 6.1 reads them: `tos`/`dsfield` (rt_dsfield
/// names), `uid`, `ipproto` (decimal or /etc/protocols), `sport`/`dport`
/// (C's bases), `notify` (and the kernel's `notify` flag it leaves on the
/// cached route, printed among the route's flags as ip prints it),
/// `connected` (asked and printed twice, as ip), each a prefix of its name;
/// refusals in ip's words and exit codes.
#[test]
fn route_get_words_are_ips() {
    if !live("route_get_words_are_ips") {
        return;
    }
    let ns = TestNs::new();
    setup(&ns);
    // `notify` last (below): the kernel may keep its flag on the cached
    // route, and lookups after it print `notify` or not as the cache has it.
    for line in [
        "route get 203.0.113.9",
        "route get 203.0.113.9 ipproto 6 sport 0x10 dport 80 uid 5 tos 0x10",
        "route get 203.0.113.9 ipproto udp",
        "route get 203.0.113.9 ipp tcp dp 443 s 7 u 9",
        "route get 203.0.113.9 dsf AF11",
        "route get 203.0.113.9 connected",
        "route get 203.0.113.9 from 192.0.2.1 connected",
        "route get 203.0.113.9 m 7",
        "-o route get 203.0.113.9",
        "-o -d route get 203.0.113.9 fibmatch",
        "-6 route get 2001:db8:5::1 ipproto udp dport 53",
    ] {
        same_text(&ns, &words(line));
    }
    let run = |program: &str, line: &str| {
        let out = Command::new(program).arg("-n").arg(&ns.name).args(words(line)).output().unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    let nlw = env!("CARGO_BIN_EXE_nlw");
    for line in [
        "route get 203.0.113.9 ipproto 0x6",
        "route get 203.0.113.9 ipproto nosuch",
        "route get 203.0.113.9 sport 70000",
        "route get 203.0.113.9 dport x",
        "route get 203.0.113.9 mark x",
        "route get 203.0.113.9 uid x",
        "route get 203.0.113.9 tos zz",
        "route get 203.0.113.9 uid",
    ] {
        assert_eq!(run(nlw, line), run("ip", line), "{line}");
    }
    // `-j ... connected`: ip prints its second answer as text after the
    // array; nlw prints a second array, each one line of valid JSON.
    let (_, ours, _) = run(nlw, "-j route get 203.0.113.9 connected");
    let (_, theirs, _) = run("ip", "-j route get 203.0.113.9");
    let lines: Vec<&str> = ours.lines().collect();
    assert_eq!(lines, [theirs.trim_end(), theirs.trim_end()], "{ours}");
    for line in ["route get 203.0.113.9 notify", "-j route get 203.0.113.9 notify ipproto tcp"] {
        same_text(&ns, &words(line));
    }
}

/// Route and neighbour listings (and `route get`, `neigh get`) name their
/// devices as they meet them, as ip does, not from a dump of every link
/// first (which cost a namespace of 1,000 links more than its routes did):
/// with forty links, the names, `dev` by an alternative name and a
/// multipath route's devices print as ip prints them, and the one request
/// of each command is all nlw sends.
#[test]
fn listings_name_the_links_they_meet_as_ip_does() {
    if !live("listings_name_the_links_they_meet_as_ip_does") {
        return;
    }
    let ns = TestNs::new();
    let mut lines = String::new();
    for i in 0..20 {
        lines += &format!("link add a{i} type veth peer name b{i}\nlink set a{i} up\nlink set b{i} up\n");
        lines += &format!("route add 203.0.113.{i}/32 dev a{i} table 10\n");
    }
    lines += "addr add 192.0.2.1/24 dev a1\naddr add 198.51.100.1/24 dev a2\n";
    lines += "route add 192.0.2.128/25 nexthop via 192.0.2.2 dev a1 nexthop via 198.51.100.2 dev a2\n";
    lines += "route add 2001:db8:7::/48 dev a3\nlink property add dev a3 altname uplink-three\n";
    lines += "neigh add 192.0.2.50 lladdr 02:00:00:00:00:50 dev a1 nud permanent\n";
    lines += "neigh add 198.51.100.60 lladdr 02:00:00:00:00:60 dev a2 nud permanent\n";
    ns.ip_batch(&lines);
    for args in [
        &["route", "show", "table", "all"][..],
        &["-o", "route", "show", "table", "10"],
        &["route", "show", "table", "10", "dev", "uplink-three"],
        &["-6", "route", "show", "dev", "uplink-three"],
        &["route", "show", "dev", "a2"],
    ] {
        same_text(&ns, args);
    }
    same(&ns, &["route", "show", "table", "all"], &["type", "dst", "table", "dev"]);
    let unknown = ["route", "show", "dev", "nosuch"];
    assert_eq!(common::nlw_ended(&ns, &unknown), common::exec_ended(&ns, "ip", &unknown), "ours, then ip's");

    same_text(&ns, &["route", "get", "192.0.2.200"]);
    same(&ns, &["route", "get", "198.51.100.7"], &["dst", "dev"]);

    for args in [
        &["neigh", "show"][..],
        &["neigh", "show", "dev", "a2"],
        &["neigh", "get", "192.0.2.50", "dev", "a1"],
    ] {
        same_text(&ns, args);
    }
    same(&ns, &["neigh", "show"], &["dst", "dev"]);

    let kinds = ["0x12", "RTM_GETLINK", "0x1a", "RTM_GETROUTE", "0x1e", "RTM_GETNEIGH"];
    for (args, wanted) in [
        (&["route", "show", "table", "all"][..], ["0x1a", "RTM_GETROUTE"]),
        (&["route", "get", "192.0.2.200"], ["0x1a", "RTM_GETROUTE"]),
        (&["neigh", "show"], ["0x1e", "RTM_GETNEIGH"]),
        (&["neigh", "get", "192.0.2.50", "dev", "a1"], ["0x1e", "RTM_GETNEIGH"]),
    ] {
        let (out, sent) = common::strace_sent(&ns, env!("CARGO_BIN_EXE_nlw"), args, &[], &kinds);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let sent: Vec<&str> = sent.iter().map(|s| s.kind.as_str()).collect();
        assert!(
            matches!(sent[..], [kind] if wanted.contains(&kind)),
            "{args:?}: nlw sent {sent:?}, its one request wanted"
        );
    }
}

/// The other listings that name devices (`nexthop`, `netconf`, tc's
/// objects and their actions) ask the kernel for the links they meet, as
/// route and neighbour listings do, and print what ip and tc print.
#[test]
fn other_listings_name_the_links_they_meet_as_ip_does() {
    if !live("other_listings_name_the_links_they_meet_as_ip_does") {
        return;
    }
    let ns = TestNs::new();
    let mut lines = String::new();
    for i in 0..12 {
        lines += &format!("link add a{i} type veth peer name b{i}\nlink set a{i} up\nlink set b{i} up\n");
    }
    lines += "nexthop add id 7 dev a1\nnexthop add id 8 dev a2\nnexthop add id 9 group 7/8\n";
    ns.ip_batch(&lines);
    let tc = |args: &str| {
        let out = Command::new("tc").args(["-n", &ns.name]).args(args.split(' ')).output().unwrap();
        assert!(out.status.success(), "tc {args}: {}", String::from_utf8_lossy(&out.stderr));
    };
    tc("qdisc add dev a3 root handle 1: htb default 10");
    tc("qdisc add dev a4 clsact");
    tc("filter add dev a4 ingress protocol ip prio 1 u32 match ip dst 192.0.2.9/32 action mirred egress redirect dev a5");

    let each = [
        (&["nexthop", "show"][..], ["0x6a", "RTM_GETNEXTHOP"]),
        (&["nexthop", "get", "id", "8"], ["0x6a", "RTM_GETNEXTHOP"]),
        (&["netconf", "show"], ["0x52", "RTM_GETNETCONF"]),
        (&["qdisc", "show"], ["0x26", "RTM_GETQDISC"]),
        (&["filter", "show", "dev", "a4", "ingress"], ["0x2e", "RTM_GETTFILTER"]),
    ];
    for (args, _) in each {
        let program = common::reference_program(args);
        let ours = nlw(&ns, args);
        assert!(ours.status.success(), "nlw {args:?}: {}", String::from_utf8_lossy(&ours.stderr));
        let ours = String::from_utf8(ours.stdout).unwrap();
        let theirs = Command::new(program).arg("-n").arg(&ns.name).args(args).output().unwrap();
        assert!(theirs.status.success(), "{program} {args:?}");
        let theirs = String::from_utf8(theirs.stdout).unwrap();
        // Each names one of the links, by which this test is about names.
        assert!((1..6).any(|i| theirs.contains(&format!(" a{i}"))), "{args:?}: {theirs}");
        assert_eq!(ours, theirs, "{args:?}: ours, then {program}'s");
    }
    let kinds = ["0x12", "RTM_GETLINK", "0x6a", "RTM_GETNEXTHOP", "0x52", "RTM_GETNETCONF"];
    let kinds = [&kinds[..], &["0x26", "RTM_GETQDISC", "0x2e", "RTM_GETTFILTER"]].concat();
    for (args, wanted) in each {
        let (out, sent) = common::strace_sent(&ns, env!("CARGO_BIN_EXE_nlw"), args, &[], &kinds);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        // The link a `dev` names is asked for alone, as tc asks for it;
        // no dump of every link. strace writes NLM_F_DUMP by name, or as
        // 0x300 in a type it does not know.
        let dump = |flags: &str| flags.contains("DUMP") || flags.contains("0x300");
        let link_dumps = sent.iter().filter(|s| kinds[..2].contains(&s.kind.as_str()) && dump(&s.flags));
        assert_eq!(link_dumps.count(), 0, "{args:?}: nlw dumped the links");
        let asked = sent.iter().filter(|s| wanted.contains(&s.kind.as_str()));
        assert_eq!(asked.count(), 1, "{args:?}: nlw's one request");
    }
    // Each link is asked for once however often it is named: `netconf`
    // names each link for IPv4 and again for IPv6.
    for (args, links) in [(&["netconf", "show"][..], 25), (&["nexthop", "show"], 2)] {
        let (_, asked) = common::names_asked(&ns, args);
        assert_eq!(asked, links, "{args:?}: names asked of the kernel");
    }
}

/// A name longer than a link's own can be (15 bytes) can only be an
/// alternative name: ip looks for it among them (`IFLA_ALT_IFNAME`) in the
/// commands that take a device, and so does nlw; a long name no link has
/// is not found, with ip's words.
#[test]
fn long_alternative_names_find_links_as_ip_does() {
    if !live("long_alternative_names_find_links_as_ip_does") {
        return;
    }
    let long = "uplink-to-the-core-router"; // 25 bytes
    let twins = Twins::new(&format!(
        "link add a0 type veth peer name b0\nlink set b0 up\nlink property add dev a0 altname {long}\n"
    ));
    let nowhere = "no-such-link-with-a-long-name";
    for line in [
        format!("link set {long} mtu 1400"),
        format!("link set dev {long} up"),
        format!("address add 192.0.2.1/24 dev {long}"),
        format!("route add 198.51.100.0/24 dev {long}"),
        format!("route add 203.0.113.0/24 nexthop via 192.0.2.2 dev {long} nexthop via 192.0.2.3 dev {long}"),
        format!("neigh add 192.0.2.7 lladdr 02:00:00:00:00:07 dev {long}"),
        format!("route del 198.51.100.0/24 dev {long}"),
        format!("route add 198.51.100.0/24 dev {nowhere}"),
        format!("address add 192.0.2.5/24 dev {nowhere}"),
        format!("neigh add 192.0.2.8 lladdr 02:00:00:00:00:08 dev {nowhere}"),
        format!("link set {nowhere} up"),
        format!("link del {nowhere}"),
    ] {
        let args: Vec<&str> = line.split(' ').collect();
        let (theirs, ours) = twins.same(&args);
        assert_eq!(ours.stderr, theirs.stderr, "{line}: ours, then ip's");
    }
    for line in [
        format!("route show dev {long}"),
        format!("route show table local dev {long}"),
        format!("neigh show dev {long}"),
        format!("address show dev {long}"),
    ] {
        same_text(&twins.ours, &line.split(' ').collect::<Vec<_>>());
    }
    twins.same(&["link", "del", long]);
}
