//! Live kernel: the builders' `ensure()` in throwaway namespaces. A second
//! add of the same object is Ok and leaves one object; an add that meets a
//! different object in its place keeps the kernel's `EEXIST`; deleting what
//! is not there is Ok. Objects are counted through `ip -j`.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use nlwire::route::Prefix;
use nlwire_std::{Error, IPRoute};
use nlwire_tests::live::{live, TestNs};

const EEXIST: i32 = 17;

fn v4(a: u8, b: u8, c: u8, d: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(a, b, c, d))
}

fn doc6(group: u16, last: u16) -> IpAddr {
    IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, group, 0, 0, 0, 0, last))
}

/// A veth pair `name`/`peer` made with `ip`, up; returns `name`'s index.
fn veth(ns: &TestNs, name: &str, peer: &str) -> u32 {
    ns.ip(&["link", "add", name, "type", "veth", "peer", "name", peer]);
    ns.ip(&["link", "set", name, "up"]);
    ns.ifindex(name)
}

fn assert_exists(result: Result<(), Error>, what: &str) {
    let e = result.expect_err(what);
    assert_eq!(e.errno(), Some(EEXIST), "{what}: {e:?}");
}

/// How many entries of `ip -j ARGS` have `key` equal to `value`.
fn count(ns: &TestNs, args: &[&str], key: &str, value: &str) -> usize {
    let json = ns.ip_json(args);
    json.as_array().expect("an array").iter().filter(|e| e[key].as_str() == Some(value)).count()
}

/// The addresses `ip -j addr show dev DEV` lists: (local, prefixlen, label).
fn ip_addrs(ns: &TestNs, dev: &str) -> Vec<(String, u64, Option<String>)> {
    let json = ns.ip_json(&["addr", "show", "dev", dev]);
    json[0]["addr_info"]
        .as_array()
        .expect("addr_info")
        .iter()
        .filter(|a| a["scope"] != "link")
        .map(|a| {
            (
                a["local"].as_str().expect("local").to_owned(),
                a["prefixlen"].as_u64().expect("prefixlen"),
                a["label"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

#[test]
fn addresses_ensure() {
    if !live("addresses_ensure") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth(&ns, "v0", "v1");
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let (a, six) = (v4(192, 0, 2, 1), doc6(0, 1));

    ipr.addr().add(v0, a, 24).ensure().unwrap();
    ipr.addr().add(v0, a, 24).ensure().unwrap();
    ipr.addr().add(v0, six, 64).flags(nlwire::addr::AddrFlags::NODAD).ensure().unwrap();
    ipr.addr().add(v0, six, 64).ensure().unwrap();
    let want = vec![("192.0.2.1".into(), 24, Some("v0".into())), ("2001:db8::1".into(), 64, None)];
    assert_eq!(ip_addrs(&ns, "v0"), want);
    // Without ensure, the second add is the kernel's EEXIST.
    assert_exists(ipr.addr().add(v0, a, 24).send(), "plain add of an existing address");

    // The same address with other settings: the kernel's EEXIST stays.
    assert_exists(ipr.addr().add(v0, a, 24).label("v0:other").ensure(), "another label");
    assert_exists(ipr.addr().add(v0, six, 48).ensure(), "another IPv6 prefix length");
    assert_eq!(ip_addrs(&ns, "v0"), want);

    ipr.addr().del(v0, a, 24).ensure().unwrap();
    ipr.addr().del(v0, a, 24).ensure().unwrap();
    ipr.addr().del(v0, six, 64).ensure().unwrap();
    ipr.addr().del(v0, six, 64).ensure().unwrap();
    assert_eq!(ip_addrs(&ns, "v0"), vec![]);
    let gone = ipr.addr().del(v0, a, 24).send().unwrap_err();
    assert_eq!(gone.errno_name(), Some("EADDRNOTAVAIL"), "{gone:?}");
}

#[test]
fn routes_ensure() {
    if !live("routes_ensure") {
        return;
    }
    let ns = TestNs::new();
    veth(&ns, "v0", "v1");
    ns.ip(&["addr", "add", "192.0.2.1/24", "dev", "v0"]);
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let net = Prefix::new(v4(198, 51, 100, 0), 24);
    let gw = v4(192, 0, 2, 254);
    let routes = |ns: &TestNs, dst: &str| ns.ip_json(&["route", "show", dst]).as_array().unwrap().len();

    ipr.route().add(net).gateway(gw).ensure().unwrap();
    ipr.route().add(net).gateway(gw).dev("v0").ensure().unwrap();
    assert_eq!(routes(&ns, "198.51.100.0/24"), 1);
    assert_exists(ipr.route().add(net).gateway(gw).send(), "plain add of an existing route");
    // Another gateway, no gateway, another type: EEXIST stays.
    assert_exists(ipr.route().add(net).gateway(v4(192, 0, 2, 253)).ensure(), "another gateway");
    assert_exists(ipr.route().add(net).dev("v0").ensure(), "a device route in its place");
    let blackhole = nlwire::route::RouteType::Blackhole;
    assert_exists(ipr.route().add(net).kind(blackhole).ensure(), "a blackhole in its place");
    let json = ns.ip_json(&["route", "show", "198.51.100.0/24"]);
    assert_eq!((json[0]["gateway"].as_str(), json[0]["dev"].as_str()), (Some("192.0.2.254"), Some("v0")));
    // Another metric is another route: added.
    ipr.route().add(net).gateway(gw).metric(7).ensure().unwrap();
    assert_eq!(routes(&ns, "198.51.100.0/24"), 2);

    // Paths given without devices match the devices the kernel chose.
    let multi = Prefix::new(v4(203, 0, 113, 0), 24);
    let paths = |ipr: &mut IPRoute, second: u16| {
        ipr.route()
            .add(multi)
            .nexthop(v4(192, 0, 2, 10), None, 1)
            .nexthop(v4(192, 0, 2, 11), None, second)
            .ensure()
    };
    paths(&mut ipr, 2).unwrap();
    paths(&mut ipr, 2).unwrap();
    assert_eq!(routes(&ns, "203.0.113.0/24"), 1);
    assert_exists(paths(&mut ipr, 3), "other weights");

    // IPv6, where the kernel's default metric is 1024.
    let net6 = Prefix::new(doc6(1, 0), 48);
    ipr.route().add(net6).dev("v0").ensure().unwrap();
    ipr.route().add(net6).dev("v0").ensure().unwrap();
    assert_eq!(ns.ip_json(&["-6", "route", "show", "2001:db8:1::/48"]).as_array().unwrap().len(), 1);

    for _ in 0..2 {
        ipr.route().del(net).metric(7).ensure().unwrap();
        ipr.route().del(net).ensure().unwrap();
        ipr.route().del(multi).ensure().unwrap();
        ipr.route().del(net6).ensure().unwrap();
    }
    // A device that is not there has no routes.
    ipr.route().del(net).dev("nosuch0").ensure().unwrap();
    assert_eq!(routes(&ns, "198.51.100.0/24") + routes(&ns, "203.0.113.0/24"), 0);
    assert_eq!(ns.ip_json(&["-6", "route", "show", "2001:db8:1::/48"]).as_array().unwrap().len(), 0);
    let gone = ipr.route().del(net).send().unwrap_err();
    assert_eq!(gone.errno_name(), Some("ESRCH"), "{gone:?}");
}

#[test]
fn neighbours_ensure() {
    if !live("neighbours_ensure") {
        return;
    }
    let ns = TestNs::new();
    veth(&ns, "v0", "v1");
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let a = v4(192, 0, 2, 2);
    let (mac2, mac3) = ([0x02, 0, 0, 0, 0, 0x02], [0x02, 0, 0, 0, 0, 0x03]);
    let show = ["neigh", "show", "dev", "v0"];

    ipr.neigh().add(a).dev("v0").lladdr(&mac2).ensure().unwrap();
    ipr.neigh().add(a).dev("v0").lladdr(&mac2).ensure().unwrap();
    assert_eq!(count(&ns, &show, "dst", "192.0.2.2"), 1);
    assert_exists(ipr.neigh().add(a).dev("v0").lladdr(&mac3).ensure(), "another lladdr");
    assert_exists(ipr.neigh().add(a).dev("v0").lladdr(&mac2).router().ensure(), "another flag");
    let json = ns.ip_json(&show);
    assert_eq!(json[0]["lladdr"].as_str(), Some("02:00:00:00:00:02"));

    ipr.neigh().del(a).dev("v0").ensure().unwrap();
    ipr.neigh().del(a).dev("v0").ensure().unwrap();
    ipr.neigh().del(a).dev("nosuch0").ensure().unwrap();
    assert_eq!(count(&ns, &show, "dst", "192.0.2.2"), 0);
}

#[test]
fn rules_ensure() {
    if !live("rules_ensure") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let from = Prefix::new(v4(192, 0, 2, 0), 24);
    let at_1000 = |ns: &TestNs| {
        let json = ns.ip_json(&["rule", "show"]);
        json.as_array()
            .unwrap()
            .iter()
            .filter(|r| r["priority"].as_u64() == Some(1000))
            .cloned()
            .collect::<Vec<_>>()
    };
    let before = ns.ip_json(&["rule", "show"]).as_array().unwrap().len();

    ipr.rule().add().from(from).table(100).priority(1000).ensure().unwrap();
    ipr.rule().add().from(from).table(100).priority(1000).ensure().unwrap();
    let rules = at_1000(&ns);
    assert_eq!(rules.len(), 1);
    assert_eq!((rules[0]["src"].as_str(), rules[0]["table"].as_str()), (Some("192.0.2.0"), Some("100")));
    // Without a priority the kernel would add it again: refused, nothing sent.
    let no_prio = ipr.rule().add().from(from).table(100).ensure().unwrap_err();
    assert!(matches!(no_prio, Error::Invalid(_)), "{no_prio:?}");
    assert_eq!(ns.ip_json(&["rule", "show"]).as_array().unwrap().len(), before + 1);
    // Rules may share a priority: another rule at 1000 is added beside it.
    ipr.rule().add().from(from).table(200).priority(1000).ensure().unwrap();
    assert_eq!(at_1000(&ns).len(), 2);

    for _ in 0..3 {
        ipr.rule().del().priority(1000).ensure().unwrap();
    }
    assert_eq!(at_1000(&ns).len(), 0);
    assert_eq!(ns.ip_json(&["rule", "show"]).as_array().unwrap().len(), before);
}

#[test]
fn links_ensure() {
    if !live("links_ensure") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let show = ["link", "show"];

    ipr.link().add("e0").veth("e1").mtu(1400).ensure().unwrap();
    ipr.link().add("e0").veth("e1").mtu(1400).ensure().unwrap();
    ipr.link().add("e0").veth("e1").ensure().unwrap();
    assert_eq!((count(&ns, &show, "ifname", "e0"), count(&ns, &show, "ifname", "e1")), (1, 1));
    assert_exists(ipr.link().add("e0").veth("e1").mtu(1500).ensure(), "another mtu");
    assert_exists(ipr.link().add("e0").veth("e9").ensure(), "another peer");
    assert_exists(ipr.link().add("e0").bridge(|b| b).ensure(), "another kind");
    assert_exists(ipr.link().add("e0").veth("e1").up().ensure(), "down, asked up");
    assert_eq!(ns.ip_json(&["link", "show", "e0"])[0]["mtu"].as_u64(), Some(1400));
    assert_eq!(count(&ns, &show, "ifname", "e9"), 0);

    ipr.link().ensure_absent("e0").unwrap();
    ipr.link().ensure_absent("e0").unwrap();
    assert_eq!(count(&ns, &show, "ifname", "e0") + count(&ns, &show, "ifname", "e1"), 0);
}
