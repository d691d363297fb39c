//! Live kernel: `nlwire_std::IPRoute` in throwaway namespaces: verbs read
//! back through its dumps and through `ip -j`, errors as `ip` prints them,
//! and monitoring.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::os::unix::fs::MetadataExt;

use nlwire::addr::Address;
use nlwire::build::Request;
use nlwire::route::{Prefix, RouteRequest};
use nlwire_std::{Error, Event, Group, IPRoute};
use nlwire_tests::live::{live, TestNs};

fn thread_netns() -> u64 {
    std::fs::metadata("/proc/thread-self/ns/net").unwrap().ino()
}

fn veth(ns: &TestNs) -> u32 {
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ifindex("v0")
}

const A: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1));

#[test]
fn in_netns_keeps_the_thread_home_and_reports_status() {
    if !live("in_netns_keeps_the_thread_home_and_reports_status") {
        return;
    }
    let ns = TestNs::new();
    let before = thread_netns();
    let ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    assert_eq!(thread_netns(), before);
    let status = ipr.status();
    assert_eq!(status.netns.as_deref(), Some(ns.name.as_str()));
    assert!(status.port_id != 0 && status.ext_ack && status.strict_check);

    let missing = IPRoute::in_netns("nlw-no-such-namespace").err().expect("a missing namespace is an error");
    assert_eq!(missing, Error::Socket(nlwire_rustix::Error::NetnsNotFound));
    assert!(!std::path::Path::new("/run/netns/nlw-no-such-namespace").exists(), "never created implicitly");
    assert_eq!(thread_netns(), before);
}

#[test]
fn addresses_through_iproute_read_back_by_dump_and_ip() {
    if !live("addresses_through_iproute_read_back_by_dump_and_ip") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth(&ns);
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    ipr.addr().add(v0, A, 24).label("v0:x").send().unwrap();

    // Lending dump: borrowed views, no copy.
    let mut dump = ipr.dump(&nlwire::addr::Dump { family: 2, ifindex: v0 }).unwrap();
    let mut seen = Vec::new();
    while let Some(msg) = dump.next().unwrap() {
        let a = Address::parse(&msg).unwrap();
        seen.push((a.addr().unwrap().unwrap(), a.prefix_len(), a.label().unwrap().map(str::to_owned)));
    }
    assert_eq!(seen, vec![(A, 24, Some("v0:x".to_owned()))]);

    // Owned dump with pyroute2's access by name.
    let owned = ipr.addr().dump_link(v0).unwrap().collect_owned().unwrap();
    let v4: Vec<_> = owned.iter().filter(|m| m.get("family").unwrap().unwrap().as_u64() == Some(2)).collect();
    assert_eq!(v4.len(), 1);
    assert_eq!(v4[0].get("label").unwrap(), Some(nlwire::spec::Value::Str("v0:x")));
    assert_eq!(v4[0].get("IFA_LOCAL").unwrap(), Some(nlwire::spec::Value::Ip(A)));

    let json = ns.ip_json(&["-4", "addr", "show", "dev", "v0"]);
    assert_eq!(json[0]["addr_info"][0]["local"], "192.0.2.1");
    assert_eq!(json[0]["addr_info"][0]["label"], "v0:x");

    assert_eq!(ipr.addr().flush(v0).unwrap(), owned.len());
    let json = ns.ip_json(&["addr", "show", "dev", "v0"]);
    assert_eq!(json[0]["addr_info"].as_array().map_or(0, Vec::len), 0);
}

#[test]
fn errors_read_as_ip_prints_them() {
    if !live("errors_read_as_ip_prints_them") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth(&ns);
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    ipr.addr().add(v0, A, 24).send().unwrap();
    let exists = ipr.addr().add(v0, A, 24).send().unwrap_err();
    assert_eq!(exists.errno(), Some(17));
    assert_eq!(exists.errno_name(), Some("EEXIST"));
    assert_eq!(exists.ext_ack_message(), Some("ipv4: Address already assigned"));
    assert_eq!(exists.to_string(), "Error: ipv4: Address already assigned.");

    let nodev = ipr.addr().add(424242, A, 24).send().unwrap_err();
    assert_eq!(nodev.ext_ack_message(), Some("ipv4: Device not found"));
    assert_eq!(nodev.to_string(), "Error: ipv4: Device not found.");

    let invalid = ipr.addr().add(v0, A, 33).send().unwrap_err();
    assert!(matches!(invalid, Error::Invalid(_)), "{invalid:?}");
}

#[test]
fn monitor_sees_changes_made_by_ip_in_order() {
    if !live("monitor_sees_changes_made_by_ip_in_order") {
        return;
    }
    let ns = TestNs::new();
    let ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let mut monitor = ipr.monitor(&[Group::Link, Group::Ipv4Addr]).unwrap();
    ns.ip(&["link", "add", "m0", "type", "veth", "peer", "name", "m1"]);
    ns.ip(&["addr", "add", "198.51.100.7/24", "dev", "m0"]);
    ns.ip(&["link", "del", "m0"]);

    let mut log = Vec::new();
    while log.last().map(String::as_str) != Some("del m0") {
        let event = monitor.next_event().unwrap();
        let line = match event {
            Event::NewLink(m) => format!("new {}", link_name(&m)),
            Event::DelLink(m) => format!("del {}", link_name(&m)),
            Event::NewAddr(m) => format!("addr {}", Address::parse(&m).unwrap().addr().unwrap().unwrap()),
            Event::DelAddr(m) => format!("deladdr {}", Address::parse(&m).unwrap().addr().unwrap().unwrap()),
            Event::Overrun => panic!("overrun"),
            other => format!("other {:?}", other.message().map(|m| m.kind())),
        };
        log.push(line);
    }
    let pos = |s: &str| log.iter().position(|l| l == s).unwrap_or_else(|| panic!("{s} not in {log:?}"));
    assert!(pos("new m0") < pos("addr 198.51.100.7"));
    assert!(pos("addr 198.51.100.7") < pos("del m0"));
}

fn link_name(msg: &nlwire::Message<'_>) -> String {
    msg.attrs_after(16).find(3).unwrap().unwrap().str().unwrap().to_owned()
}

#[test]
fn link_verbs_and_lookups() {
    if !live("link_verbs_and_lookups") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    ipr.link().add("test0").veth("test1").mtu(9000).send().unwrap();
    ipr.link().add("br0").bridge(|b| b).send().unwrap();
    ipr.link().set("test1").master("br0").up().send().unwrap();
    ipr.link().set("test0").up().alias("seed").send().unwrap();

    assert_eq!(ns.ip_json(&["link", "show", "dev", "test0"])[0]["mtu"], 9000);
    assert_eq!(ns.ip_json(&["link", "show", "dev", "test1"])[0]["master"], "br0");

    let idx = ipr.link_lookup("test0").unwrap();
    assert_eq!(idx, vec![ns.ifindex("test0")]);
    assert!(ipr.link_lookup("nosuch0").unwrap().is_empty());
    // pyroute2's `link_lookup(lambda x: x.get("flags") & 1)`: the links that are up.
    let mut up = ipr.link_lookup_by(|l| l.flags().contains(nlwire::link::IfFlags::UP)).unwrap();
    up.sort();
    let mut want: Vec<u32> = ns
        .ip_json(&["link", "show", "up"])
        .as_array()
        .unwrap()
        .iter()
        // iproute2 6.1 prints `{}` for each link the `up` filter hides.
        .filter_map(|l| l["ifindex"].as_u64())
        .map(|i| i as u32)
        .collect();
    want.sort();
    assert_eq!(up, want);

    let links = ipr.link().dump().unwrap().collect_owned().unwrap();
    let names: Vec<_> = links.iter().map(|m| m.get("ifname").unwrap().unwrap()).collect();
    assert_eq!(names.len(), 4, "{names:?}");
    let got = ipr.link().get("test0").unwrap();
    assert_eq!(got.get("ifalias").unwrap(), Some(nlwire::spec::Value::Str("seed")));

    let err = ipr.link().add("test0").ifb().send().unwrap_err();
    assert_eq!(err.errno_name(), Some("EEXIST"));
    let err = ipr.link().add("bad/name").ifb().send().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    let err = ipr.link().set("test0").master("nosuch0").send().unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");

    ipr.link().del("test0").unwrap();
    ipr.link().del("br0").unwrap();
    assert_eq!(ns.ip_json(&["link", "show"]).as_array().unwrap().len(), 1);
}

#[test]
fn route_verbs_dump_and_flush() {
    use nlwire::route::{Prefix, RouteType};
    if !live("route_verbs_dump_and_flush") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth(&ns);
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    ipr.addr().add(v0, A, 24).send().unwrap();
    let gw = |n| IpAddr::V4(Ipv4Addr::new(192, 0, 2, n));
    let dst = |n| Prefix::new(IpAddr::V4(Ipv4Addr::new(198, 51, 100, n)), 32);
    ipr.route().add(dst(1)).gateway(gw(254)).dev("v0").table(100).metric(5).send().unwrap();
    ipr.route()
        .add(dst(2))
        .nexthop(gw(253), Some("v0".into()), 1)
        .nexthop(gw(252), Some("v0".into()), 2)
        .table(100)
        .send()
        .unwrap();
    ipr.route().add(dst(3)).kind(RouteType::Blackhole).table(100).send().unwrap();

    let json = ns.ip_json(&["route", "show", "table", "100"]);
    let routes = json.as_array().unwrap();
    assert_eq!(routes.len(), 3, "{json}");
    let r1 = routes.iter().find(|r| r["dst"] == "198.51.100.1").unwrap();
    assert_eq!(
        (r1["gateway"].as_str(), r1["dev"].as_str(), r1["metric"].as_u64()),
        (Some("192.0.2.254"), Some("v0"), Some(5))
    );
    let r2 = routes.iter().find(|r| r["dst"] == "198.51.100.2").unwrap();
    assert_eq!(r2["nexthops"][1]["weight"], 2);

    let ours = ipr.route().dump(2, Some(100)).unwrap().collect_owned().unwrap();
    assert_eq!(ours.len(), 3);
    let err = ipr.route().add(dst(1)).gateway(gw(254)).dev("v0").table(100).metric(5).send().unwrap_err();
    assert_eq!(err.errno_name(), Some("EEXIST"));

    assert_eq!(ipr.route().flush(2, 100).unwrap(), 3);
    assert_eq!(ns.ip_json(&["route", "show", "table", "100"]).as_array().unwrap().len(), 0);
    // The main table's kernel routes were not touched.
    assert!(!ns.ip_json(&["route", "show"]).as_array().unwrap().is_empty());
}

#[test]
fn batches_larger_than_a_datagram_report_the_failing_request_by_its_index() {
    if !live("batches_larger_than_a_datagram_report_the_failing_request_by_its_index") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let v0 = veth(&ns);
    // 2,000 host routes in 2001:db8::7:0/112, the one at index 1,500 a
    // repeat of the first: more answers than one datagram's worth.
    let route = |i: u16| RouteRequest {
        oif: Some(v0),
        ..RouteRequest::add(Prefix::host(IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 7, i))))
    };
    let adds: Vec<RouteRequest<'static>> = (0..2000).map(|i| route(if i == 1500 { 0 } else { i })).collect();
    let refs: Vec<&dyn Request> = adds.iter().map(|r| r as &dyn Request).collect();
    match ipr.batch(&refs) {
        Err(Error::Kernel { errno: 17, index: Some(1500), failures: 1, .. }) => {}
        other => panic!("{other:?}"),
    }
    let routes = ns.ip_json(&["-6", "route", "show", "root", "2001:db8::7:0/112"]);
    assert_eq!(routes.as_array().unwrap().len(), 1999);

    // A request that cannot be built stops the whole batch before sending.
    let bad = RouteRequest { oif: Some(v0), ..RouteRequest::add(Prefix::new(A, 33)) };
    let mut refs: Vec<&dyn Request> = adds.iter().take(300).map(|r| r as &dyn Request).collect();
    refs.push(&bad);
    ns.ip(&["-6", "route", "flush", "root", "2001:db8::7:0/112"]);
    assert!(matches!(ipr.batch(&refs), Err(Error::Invalid(_))));
    let routes = ns.ip_json(&["-6", "route", "show", "root", "2001:db8::7:0/112"]);
    assert_eq!(routes.as_array().unwrap().len(), 0, "{routes}");
}

#[test]
fn builders_give_their_requests_to_send_in_one_batch() {
    if !live("builders_give_their_requests_to_send_in_one_batch") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth(&ns);
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    // Builders without a session make the requests; one batch sends them.
    let ip = |last| IpAddr::V4(Ipv4Addr::new(198, 51, 100, last));
    let adds: Vec<_> = (1..=3).map(|last| nlwire_std::AddrHandle::new(()).add(v0, ip(last), 24)).collect();
    let requests: Vec<_> = adds.iter().map(|add| add.request()).collect();
    let refs: Vec<&dyn Request> = requests.iter().map(|r| &**r as &dyn Request).collect();
    ipr.batch(&refs).unwrap();
    let json = ns.ip_json(&["-4", "addr", "show", "dev", "v0"]);
    let mut locals: Vec<&str> =
        json[0]["addr_info"].as_array().unwrap().iter().map(|a| a["local"].as_str().unwrap()).collect();
    locals.sort();
    assert_eq!(locals, ["198.51.100.1", "198.51.100.2", "198.51.100.3"]);

    // A device by name needs the session to resolve it: refused, not guessed.
    let by_name = nlwire_std::QdiscHandle::new(()).add("v0").ingress();
    assert!(matches!(by_name.request(), Err(Error::Invalid(_))));
    let by_index = nlwire_std::QdiscHandle::new(()).add(v0).ingress();
    ipr.batch(&[&by_index.request().unwrap()]).unwrap();
    let out = std::process::Command::new("tc")
        .args(["-n", &ns.name, "-j", "qdisc", "show", "dev", "v0"])
        .output()
        .expect("run tc");
    let qdiscs: serde_json::Value = serde_json::from_slice(&out.stdout).expect("tc -j");
    assert!(qdiscs.as_array().unwrap().iter().any(|q| q["kind"] == "ingress"), "{qdiscs}");
}

/// A change asked with `NLM_F_ECHO` (`nlwire::build::Echo`) comes back as a
/// reply, before the acknowledgement: the kernel's copy of the new address.
/// The kernel sends it as it sends events (from a multicast group), to our
/// port with our sequence number; an unasked copy stays an event.
#[test]
fn an_echoed_change_comes_back_as_a_reply() {
    if !live("an_echoed_change_comes_back_as_a_reply") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth(&ns);
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let add = nlwire::addr::Add(nlwire::addr::AddrEntry::new(v0, A, 24));
    let echoed = ipr.request(&nlwire::build::Echo(&add)).unwrap();
    assert_eq!(echoed.len(), 1, "one echo");
    let a = Address::parse(&echoed[0].message()).unwrap();
    assert_eq!((a.ifindex(), a.addr().unwrap(), a.prefix_len()), (v0, Some(A), 24));
    // Without asking: nothing before the acknowledgement.
    let plain =
        nlwire::addr::Add(nlwire::addr::AddrEntry::new(v0, IpAddr::V4(Ipv4Addr::new(192, 0, 2, 2)), 24));
    assert!(ipr.request(&plain).unwrap().is_empty());
}
