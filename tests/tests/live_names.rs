//! Live kernel: attributes read by name from links configured in throwaway
//! namespaces, compared with what `ip -j` and `/proc/sys` say: the repeated
//! MACs of a macvlan in source mode, and the IPv4 and IPv6 device
//! configuration and statistics arrays of `IFLA_AF_SPEC`.

use std::process::Command;

use nlwire::spec::Value;
use nlwire_std::{IPRoute, OwnedMessage};
use nlwire_tests::live::{live, TestNs};

/// The link named `name`, from a dump of all links in the namespace.
fn dump_link(ipr: &mut IPRoute, name: &str) -> OwnedMessage {
    let links = ipr.link().dump().expect("link dump").collect_owned().expect("link dump");
    links
        .into_iter()
        .find(|m| m.get("ifname").unwrap() == Some(Value::Str(name)))
        .unwrap_or_else(|| panic!("{name} not in the dump"))
}

fn mac(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

/// The MACs of every attribute `name` in the nest `nest`, in order.
fn macs(nest: Option<Value<'_>>, name: &str) -> Vec<String> {
    let Some(Value::Nested(node)) = nest else {
        panic!("not a nest: {nest:?}");
    };
    node.get_all(name)
        .unwrap_or_else(|e| panic!("get_all({name}): {e}"))
        .map(|v| match v.unwrap_or_else(|e| panic!("{name}: {e}")) {
            Value::Hwaddr(b) => mac(b),
            other => panic!("{name}: not a link-layer address: {other:?}"),
        })
        .collect()
}

#[test]
fn macvlan_source_macs_by_name() {
    if !live("macvlan_source_macs_by_name") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "add", "link", "v0", "name", "mv0", "type", "macvlan", "mode", "source"]);
    let added = ["02:00:00:00:00:01", "02:00:00:00:00:02", "02:00:00:00:00:03"];
    for m in added {
        ns.ip(&["link", "set", "dev", "mv0", "type", "macvlan", "macaddr", "add", m]);
    }

    // What `ip -d -j` prints: linkinfo.info_data.macaddr_data, a list of strings.
    let json = ns.ip_json(&["-d", "link", "show", "mv0"]);
    let data = &json[0]["linkinfo"]["info_data"];
    assert_eq!(data["mode"], "source", "{data}");
    let from_ip: Vec<String> = data["macaddr_data"]
        .as_array()
        .unwrap_or_else(|| panic!("no macaddr_data in {data}"))
        .iter()
        .map(|m| m.as_str().expect("a MAC string").to_owned())
        .collect();
    let mut sorted = from_ip.clone();
    sorted.sort();
    assert_eq!(sorted, added, "ip lists exactly the added MACs");

    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let owned = dump_link(&mut ipr, "mv0");
    let msg = owned.message();

    let short = macs(msg.get_path(&["linkinfo", "data", "macaddr_data"]).unwrap(), "macaddr");
    eprintln!("mv0 macaddr_data: nlwire {short:?}, ip {from_ip:?}");
    assert_eq!(short, from_ip, "short names, in the kernel's order");

    let kernel = macs(
        msg.get_path(&["IFLA_LINKINFO", "IFLA_INFO_DATA", "IFLA_MACVLAN_MACADDR_DATA"]).unwrap(),
        "IFLA_MACVLAN_MACADDR",
    );
    assert_eq!(kernel, from_ip, "kernel names");

    let dashed = macs(msg.get_path(&["linkinfo", "data", "macaddr-data"]).unwrap(), "macaddr");
    assert_eq!(dashed, from_ip, "dashed names");

    let pyroute2 =
        macs(msg.get_path(&["linkinfo", "data", "macvlan_macaddr_data"]).unwrap(), "macvlan_macaddr");
    assert_eq!(pyroute2, from_ip, "pyroute2 names");

    let count = msg.get_path(&["linkinfo", "data", "macaddr_count"]).unwrap().and_then(|v| v.as_u64());
    assert_eq!(count, Some(3));
    assert_eq!(data["macaddr_count"], 3);
}

/// `cat PATH` inside the namespace, as an integer.
fn proc_sys(ns: &TestNs, path: &str) -> u64 {
    let out = Command::new("ip").args(["netns", "exec", &ns.name, "cat", path]).output().expect("run cat");
    assert!(out.status.success(), "cat {path}: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    text.trim().parse().unwrap_or_else(|e| panic!("{path}: {text:?}: {e}"))
}

fn sysctl(ns: &TestNs, setting: &str) {
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.name, "sysctl", "-w", setting])
        .output()
        .expect("run sysctl");
    assert!(out.status.success(), "sysctl -w {setting}: {}", String::from_utf8_lossy(&out.stderr));
}

/// An integer at `path` of `msg`.
fn int_at(msg: &OwnedMessage, path: &[&str]) -> u64 {
    let v = msg.get_path(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    match v {
        Some(Value::U32(n)) => n.into(),
        Some(Value::U64(n)) => n,
        other => panic!("{path:?}: not an integer field: {other:?}"),
    }
}

/// The bytes and spec size of the struct at `path`.
fn struct_at<'a>(msg: &'a OwnedMessage, path: &[&str]) -> (&'a [u8], usize) {
    match msg.get_path(path).unwrap_or_else(|e| panic!("{path:?}: {e}")) {
        Some(Value::Struct(bytes, spec)) => (bytes, spec.size),
        other => panic!("{path:?}: not a struct: {other:?}"),
    }
}

#[test]
fn inet_and_inet6_device_configuration_by_name() {
    if !live("inet_and_inet6_device_configuration_by_name") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    sysctl(&ns, "net.ipv4.conf.v0.forwarding=1");
    sysctl(&ns, "net.ipv6.conf.v0.hop_limit=42");
    // Near the end of the array: DEVCONF_ACCEPT_RA_MIN_LFT is slot 58 of 60.
    sysctl(&ns, "net.ipv6.conf.v0.accept_ra_min_lft=7");

    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let v0 = dump_link(&mut ipr, "v0");

    // What the kernel sends against what the spec lists.
    for path in [
        &["af_spec", "inet", "conf"][..],
        &["af_spec", "inet6", "conf"],
        &["af_spec", "inet6", "stats"],
        &["af_spec", "inet6", "icmp6stats"],
    ] {
        let (bytes, size) = struct_at(&v0, path);
        eprintln!("{}: kernel sends {} bytes, spec struct {size}", path.join("/"), bytes.len());
    }

    let pairs: [(&[&str], &str, Option<u64>); 8] = [
        (&["af_spec", "inet", "conf", "forwarding"], "/proc/sys/net/ipv4/conf/v0/forwarding", Some(1)),
        (&["af_spec", "inet6", "conf", "hop_limit"], "/proc/sys/net/ipv6/conf/v0/hop_limit", Some(42)),
        // Fields the sysctl reads as 0.
        (&["af_spec", "inet", "conf", "bootp_relay"], "/proc/sys/net/ipv4/conf/v0/bootp_relay", Some(0)),
        (
            &["af_spec", "inet6", "conf", "accept_source_route"],
            "/proc/sys/net/ipv6/conf/v0/accept_source_route",
            Some(0),
        ),
        // Named by the sysctl (alias) and by the enum: ARPFILTER is arp_filter.
        (&["af_spec", "inet", "conf", "arp_filter"], "/proc/sys/net/ipv4/conf/v0/arp_filter", None),
        (&["af_spec", "inet6", "conf", "mtu"], "/proc/sys/net/ipv6/conf/v0/mtu", None),
        // The last slots.
        (
            &["af_spec", "inet6", "conf", "accept_ra_min_lft"],
            "/proc/sys/net/ipv6/conf/v0/accept_ra_min_lft",
            Some(7),
        ),
        (
            &["af_spec", "inet", "conf", "arp_evict_nocarrier"],
            "/proc/sys/net/ipv4/conf/v0/arp_evict_nocarrier",
            None,
        ),
    ];
    for (path, file, want) in pairs {
        let got = int_at(&v0, path);
        let sys = proc_sys(&ns, file);
        eprintln!("{}: nlwire {got}, {file} {sys}", path.join("/"));
        assert_eq!(got, sys, "{path:?} against {file}");
        if let Some(want) = want {
            assert_eq!(got, want, "{path:?}");
        }
    }
    // The kernel names of the same fields.
    assert_eq!(int_at(&v0, &["IFLA_AF_SPEC", "inet6", "IFLA_INET6_CONF", "hoplimit"]), 42);
    assert_eq!(int_at(&v0, &["IFLA_AF_SPEC", "inet", "IFLA_INET_CONF", "forwarding"]), 1);
    assert_eq!(int_at(&v0, &["af_spec", "inet6", "conf", "mtu6"]), 1500);

    // IPv6 statistics: slot 0 is the number of counters the kernel sent.
    let (stats, _) = struct_at(&v0, &["af_spec", "inet6", "stats"]);
    let num = int_at(&v0, &["af_spec", "inet6", "stats", "num"]);
    assert_eq!(num as usize * 8, stats.len(), "num counts the u64 slots");
    let inpkts = int_at(&v0, &["af_spec", "inet6", "stats", "inpkts"]);
    let outpkts = int_at(&v0, &["af_spec", "inet6", "stats", "out_transmits"]);
    let num6 = int_at(&v0, &["af_spec", "inet6", "icmp6stats", "num"]);
    let (icmp6, _) = struct_at(&v0, &["af_spec", "inet6", "icmp6stats"]);
    assert_eq!(num6 as usize * 8, icmp6.len());
    eprintln!("inet6 stats: num {num}, inpkts {inpkts}, outpkts {outpkts}; icmp6stats num {num6}");
}
