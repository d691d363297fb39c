//! Live kernel: typed requests sent through the socket's request, dump and
//! batch driver, read back through our own dump and through `ip -j`, in
//! namespaces each test creates and deletes.

// `RequestError` carries the kernel's text inline (the socket layer cannot allocate).
#![allow(clippy::result_large_err)]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use nlwire::addr::{self, AddrEntry, AddrFlags, Address};
use nlwire::build::{Builder, Request};
use nlwire::link::{
    self, BridgeOptions, IfFlags, IfName, Kind, Link, LinkRef, LinkSettings, MacvlanMode, VxlanOptions,
};
use nlwire::neigh::{self, NeighEntry, Neighbour, NudState};
use nlwire::rule::{self, Rule, RuleEntry};
use nlwire_rustix::{Errno, RequestError, Socket};
use nlwire_tests::live::{live, TestNs};

const V4: Ipv4Addr = Ipv4Addr::new(192, 0, 2, 1);
const V6: Ipv6Addr = Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1);

/// Builds requests with consecutive sequence numbers from `seq`.
fn build(requests: &[&dyn Request], seq: u32) -> Vec<u8> {
    let mut buf = vec![0u8; 64 * 1024];
    let mut b = Builder::new(&mut buf);
    for (i, r) in requests.iter().enumerate() {
        b.push(*r, seq + i as u32).expect("request builds");
    }
    let len = b.len();
    buf.truncate(len);
    buf
}

fn send(sock: &Socket, request: &dyn Request, seq: u32) -> Result<(), RequestError> {
    let mut buf = vec![0u8; 32 * 1024];
    sock.request(&build(&[request], seq), &mut buf, |_| {})
}

/// `ip link add v0 type veth peer name v1` and both up, through `ip`.
fn veth_pair(ns: &TestNs) -> u32 {
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["link", "set", "v1", "up"]);
    ns.ifindex("v0")
}

/// Our dump of addresses: (address, prefix, label) of interface `ifindex`.
fn our_addresses(sock: &Socket, ifindex: u32, seq: u32) -> Vec<(IpAddr, u8, Option<String>)> {
    let mut buf = vec![0u8; 32 * 1024];
    let req = build(&[&addr::Dump { family: 0, ifindex }], seq);
    let mut dump = sock.dump(&req, &mut buf).expect("dump");
    let mut out = Vec::new();
    while let Some(msg) = dump.next().expect("dump message") {
        let a = Address::parse(&msg).expect("address message");
        if a.ifindex() == ifindex {
            out.push((a.addr().unwrap().unwrap(), a.prefix_len(), a.label().unwrap().map(str::to_owned)));
        }
    }
    out
}

/// What `ip -j addr show dev DEV` prints: (local, prefixlen, label).
fn ip_addresses(ns: &TestNs, dev: &str) -> Vec<(IpAddr, u8, Option<String>)> {
    let json = ns.ip_json(&["addr", "show", "dev", dev]);
    json[0]["addr_info"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["local"].as_str().unwrap().parse().unwrap(),
                a["prefixlen"].as_u64().unwrap() as u8,
                a["label"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

#[test]
fn addresses_added_and_deleted_read_back_through_dump_and_ip() {
    if !live("addresses_added_and_deleted_read_back_through_dump_and_ip") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth_pair(&ns);
    let sock = ns.socket();
    let a4 = AddrEntry::new(v0, IpAddr::V4(V4), 24).with_label("v0:lab");
    let a6 = AddrEntry::new(v0, IpAddr::V6(V6), 64).with_flags(AddrFlags::NODAD);
    send(&sock, &addr::Add(a4), 1).unwrap();
    send(&sock, &addr::Add(a6), 2).unwrap();

    let mut ours = our_addresses(&sock, v0, 3);
    let mut theirs = ip_addresses(&ns, "v0");
    // The kernel adds an IPv6 link-local address to an up veth; compare ours.
    let added = |a: &(IpAddr, u8, Option<String>)| a.0 == IpAddr::V4(V4) || a.0 == IpAddr::V6(V6);
    ours.retain(added);
    theirs.retain(added);
    ours.sort();
    theirs.sort();
    assert_eq!(ours, theirs);
    assert_eq!(ours.len(), 2);
    assert!(ours.contains(&(IpAddr::V4(V4), 24, Some("v0:lab".into()))));

    send(&sock, &addr::Del(a4), 4).unwrap();
    send(&sock, &addr::Del(a6), 5).unwrap();
    assert!(our_addresses(&sock, v0, 6).iter().all(|a| !added(a)));
    assert!(ip_addresses(&ns, "v0").iter().all(|a| !added(a)));
}

fn kernel_error(result: Result<(), RequestError>) -> nlwire_rustix::KernelError {
    match result {
        Err(RequestError::Kernel(k)) => k,
        other => panic!("expected a kernel error, got {other:?}"),
    }
}

#[test]
fn kernel_errors_carry_errno_and_ext_ack_text() {
    if !live("kernel_errors_carry_errno_and_ext_ack_text") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth_pair(&ns);
    let sock = ns.socket();
    let a4 = AddrEntry::new(v0, IpAddr::V4(V4), 24);
    send(&sock, &addr::Add(a4), 1).unwrap();

    let exists = kernel_error(send(&sock, &addr::Add(a4), 2));
    assert_eq!(exists.errno, Errno::EXIST);

    let nodev = kernel_error(send(&sock, &addr::Add(AddrEntry::new(424242, IpAddr::V4(V4), 24)), 3));
    assert_eq!(nodev.errno, Errno::NODEV);
    assert_eq!(nodev.message.as_str(), "ipv4: Device not found");

    // A 3-byte link-layer address for an Ethernet device.
    let short_mac = [2u8, 0, 1];
    let entry = NeighEntry::new(v0, IpAddr::V4(Ipv4Addr::new(192, 0, 2, 9))).with_lladdr(&short_mac);
    let inval = kernel_error(send(&sock, &neigh::Add(entry), 4));
    assert_eq!(inval.errno, Errno::INVAL);
    assert_eq!(inval.message.as_str(), "Invalid link address");
}

#[test]
fn batch_reports_the_first_failure_and_applies_the_rest() {
    if !live("batch_reports_the_first_failure_and_applies_the_rest") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth_pair(&ns);
    let sock = ns.socket();
    let addrs: Vec<AddrEntry> =
        (1..=5).map(|i| AddrEntry::new(v0, IpAddr::V4(Ipv4Addr::new(198, 51, 100, i)), 24)).collect();
    let adds: Vec<addr::Add> = addrs.iter().copied().map(addr::Add).collect();
    // The third request adds the first address again: EEXIST.
    let batch: Vec<&dyn Request> = vec![&adds[0], &adds[1], &adds[0], &adds[3], &adds[4]];
    let mut buf = vec![0u8; 32 * 1024];
    let err = kernel_error(sock.batch(&build(&batch, 10), &mut buf));
    assert_eq!((err.index, err.failures, err.errno), (2, 1, Errno::EXIST));
    let mut present: Vec<IpAddr> =
        ip_addresses(&ns, "v0").into_iter().map(|a| a.0).filter(IpAddr::is_ipv4).collect();
    present.sort();
    let want: Vec<IpAddr> =
        [1, 2, 4, 5].iter().map(|&i| IpAddr::V4(Ipv4Addr::new(198, 51, 100, i))).collect();
    assert_eq!(present, want, "the requests around the failure were applied");
}

#[test]
fn replies_to_another_sequence_number_are_not_taken_as_ours() {
    if !live("replies_to_another_sequence_number_are_not_taken_as_ours") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth_pair(&ns);
    let sock = ns.socket();
    // A dump with seq 50 whose replies are left unread...
    sock.send(&build(&[&addr::Dump::default()], 50)).unwrap();
    // ...then a request with seq 51: its ACK must be found behind them.
    let entry = AddrEntry::new(v0, IpAddr::V4(V4), 24);
    send(&sock, &addr::Add(entry), 51).unwrap();
    assert!(ip_addresses(&ns, "v0").iter().any(|a| a.0 == IpAddr::V4(V4)));
}

#[test]
fn neighbours_and_rules_read_back_through_dump_and_ip() {
    if !live("neighbours_and_rules_read_back_through_dump_and_ip") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth_pair(&ns);
    let sock = ns.socket();
    let mac = [0x02, 0x00, 0x5e, 0x00, 0x53, 0x01];
    let peer = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 2));
    send(&sock, &neigh::Add(NeighEntry::new(v0, peer).with_lladdr(&mac)), 1).unwrap();

    let json = ns.ip_json(&["neigh", "show", "dev", "v0"]);
    let entry = json.as_array().unwrap().iter().find(|n| n["dst"] == "192.0.2.2").expect("ip shows it");
    assert_eq!(entry["lladdr"], "02:00:5e:00:53:01");
    assert_eq!(entry["state"], serde_json::json!(["PERMANENT"]));

    let mut buf = vec![0u8; 32 * 1024];
    let req = build(&[&neigh::Dump::default()], 2);
    let mut dump = sock.dump(&req, &mut buf).unwrap();
    let mut found = false;
    while let Some(msg) = dump.next().unwrap() {
        let n = Neighbour::parse(&msg).unwrap();
        if n.dst().unwrap() == Some(peer) {
            assert_eq!(n.lladdr().unwrap(), Some(&mac[..]));
            assert_eq!(n.state(), NudState::PERMANENT);
            found = true;
        }
    }
    assert!(found, "our dump shows the neighbour");

    let rule =
        RuleEntry::new().priority(1000).from(IpAddr::V4(Ipv4Addr::new(198, 51, 100, 0)), 24).lookup(100);
    send(&sock, &rule::Add(rule), 3).unwrap();
    let json = ns.ip_json(&["rule", "show"]);
    let r = json.as_array().unwrap().iter().find(|r| r["priority"] == 1000).expect("ip shows the rule");
    assert_eq!(
        (r["src"].as_str(), r["srclen"].as_u64(), r["table"].as_str()),
        (Some("198.51.100.0"), Some(24), Some("100"))
    );

    let req = build(&[&rule::Dump::default()], 4);
    let mut dump = sock.dump(&req, &mut buf).unwrap();
    let mut ours = None;
    while let Some(msg) = dump.next().unwrap() {
        let r = Rule::parse(&msg).unwrap();
        if r.priority().unwrap() == Some(1000) {
            ours = Some((r.src().unwrap(), r.src_len(), r.table().unwrap()));
        }
    }
    assert_eq!(ours, Some((Some(IpAddr::V4(Ipv4Addr::new(198, 51, 100, 0))), 24, 100)));
    send(&sock, &rule::Del(rule), 5).unwrap();
    let json = ns.ip_json(&["rule", "show"]);
    assert!(json.as_array().unwrap().iter().all(|r| r["priority"] != 1000));
}

#[test]
fn dump_interrupted_by_changes_is_reported_and_retried() {
    if !live("dump_interrupted_by_changes_is_reported_and_retried") {
        return;
    }
    let ns = TestNs::new();
    // No link-local addresses: the kernel adds one when the carrier comes
    // up, up to a second later, and it would interrupt the dump that must
    // not be.
    let sysctl = ["net.ipv6.conf.default.addr_gen_mode=1"];
    let ok = std::process::Command::new("ip")
        .args(["netns", "exec", &ns.name, "sysctl", "-qw"])
        .args(sysctl)
        .status()
        .unwrap();
    assert!(ok.success());
    let v0 = veth_pair(&ns);
    let sock = ns.socket();
    // Enough addresses that a dump spans several datagrams.
    let adds: Vec<addr::Add> = (0..1500u16)
        .map(|i| {
            let ip = IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 1, 0, 0, 0, 0, i + 1));
            addr::Add(AddrEntry::new(v0, ip, 128).with_flags(AddrFlags::NODAD))
        })
        .collect();
    let refs: Vec<&dyn Request> = adds.iter().map(|a| a as &dyn Request).collect();
    let mut buf = vec![0u8; 64 * 1024];
    for (n, chunk) in refs.chunks(200).enumerate() {
        sock.batch(&build(chunk, 1000 + 200 * n as u32), &mut buf).unwrap();
    }
    // The kernel finishes setting up new addresses in the background (each
    // one's duplicate detection, even skipped, ends in a work item), and
    // each step interrupts dumps: wait until two dumps in a row are clean.
    let settle = build(&[&addr::Dump { family: 10, ifindex: 0 }], 4000);
    let mut clean = 0;
    for _ in 0..200 {
        let mut dump = sock.dump(&settle, &mut buf).unwrap();
        let whole = loop {
            match dump.next() {
                Ok(Some(_)) => {}
                other => break other.is_ok(),
            }
        };
        clean = if whole { clean + 1 } else { 0 };
        if clean == 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(clean, 2, "the addresses never settled");
    // Another socket changes an IPv6 address while the dump is between
    // datagrams: the kernel flags the rest of the dump.
    let writer = ns.socket();
    let mut wbuf = vec![0u8; 8192];
    let mut seq = 1u32;
    let mut change = || {
        let extra = AddrEntry::new(v0, IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 2, 0, 0, 0, 0, 1)), 128)
            .with_flags(AddrFlags::NODAD);
        writer.request(&build(&[&addr::Replace(extra)], seq), &mut wbuf, |_| {}).unwrap();
        writer.request(&build(&[&addr::Del(extra)], seq + 1), &mut wbuf, |_| {}).unwrap();
        seq += 2;
    };
    let req = build(&[&addr::Dump { family: 10, ifindex: 0 }], 5000);

    let mut dump = sock.dump(&req, &mut buf).unwrap();
    assert!(dump.next().unwrap().is_some());
    change();
    let mut rest = 0;
    let end = loop {
        match dump.next() {
            Ok(Some(_)) => rest += 1,
            other => break other.map(|_| ()),
        }
    };
    assert_eq!(end, Err(RequestError::Interrupted), "after {rest} more messages");

    // With retries, the interrupted first attempt is dropped and the second,
    // undisturbed, is complete.
    let (mut count, mut last_attempt) = (0, 0);
    sock.dump_each(&req, &mut buf, 3, |_, attempt| {
        if attempt != last_attempt {
            (count, last_attempt) = (0, attempt);
        }
        if attempt == 0 && count == 0 {
            change();
        }
        count += 1;
    })
    .expect("the retry gives a consistent dump");
    assert_eq!(last_attempt, 1, "the first attempt was interrupted, the second was not");
    assert!(count >= 1500, "the consistent dump has every address: {count}");
}

/// What the link tests read back from our dump.
#[derive(Debug)]
struct LinkRow {
    name: String,
    mtu: u32,
    kind: Option<String>,
    master: Option<u32>,
    address: Vec<u8>,
    up: bool,
}

fn link_dump(sock: &Socket, seq: u32) -> Vec<LinkRow> {
    let mut buf = vec![0u8; 32 * 1024];
    let req = build(&[&link::Dump::default()], seq);
    let mut dump = sock.dump(&req, &mut buf).unwrap();
    let mut out = Vec::new();
    while let Some(msg) = dump.next().unwrap() {
        let l = Link::parse(&msg).unwrap();
        let kind = l.linkinfo().unwrap().and_then(|i| i.kind().unwrap()).map(str::to_owned);
        out.push(LinkRow {
            name: l.ifname().unwrap().unwrap().to_owned(),
            mtu: l.mtu().unwrap().unwrap(),
            kind,
            master: l.master().unwrap(),
            address: l.address().unwrap().unwrap_or_default().to_vec(),
            up: l.flags().contains(IfFlags::UP),
        });
    }
    out
}

#[test]
fn links_of_every_kind_created_set_and_deleted() {
    if !live("links_of_every_kind_created_set_and_deleted") {
        return;
    }
    let ns = TestNs::new();
    let sock = ns.socket();
    let n = |s: &str| IfName::new(s).unwrap();
    send(&sock, &link::Add::new(n("v0"), Kind::Veth { peer: Some(n("v1")) }), 1).unwrap();
    let bridge = BridgeOptions { stp_state: Some(0), ..BridgeOptions::default() };
    send(&sock, &link::Add::new(n("br0"), Kind::Bridge(bridge)), 2).unwrap();
    let v0 = ns.ifindex("v0");
    send(&sock, &link::Add::new(n("mv0"), Kind::Macvlan(MacvlanMode::Bridge)).link(v0), 3).unwrap();
    let vx = VxlanOptions { port: Some(4789), learning: Some(false), ..VxlanOptions::new(42) };
    send(&sock, &link::Add::new(n("vx0"), Kind::Vxlan(vx)), 4).unwrap();
    send(&sock, &link::Add::new(n("ifb0"), Kind::Ifb), 5).unwrap();

    let br0 = ns.ifindex("br0");
    let mac = [0x02, 0x00, 0x5e, 0x10, 0x00, 0x01];
    let settings = LinkSettings {
        mtu: Some(9000),
        address: Some(&mac),
        up: Some(true),
        master: Some(br0),
        alias: Some("uplink"),
        ..LinkSettings::default()
    };
    send(&sock, &link::Set { target: LinkRef::Name(n("v1")), settings, kind: None }, 6).unwrap();

    // Our dump.
    let ours = link_dump(&sock, 7);
    let get =
        |name: &str| ours.iter().find(|l| l.name == name).unwrap_or_else(|| panic!("{name} in {ours:?}"));
    assert_eq!(get("v1").mtu, 9000);
    assert_eq!(get("v1").master, Some(br0));
    assert_eq!(get("v1").address, mac);
    assert!(get("v1").up);
    for (name, kind) in
        [("v0", "veth"), ("br0", "bridge"), ("mv0", "macvlan"), ("vx0", "vxlan"), ("ifb0", "ifb")]
    {
        assert_eq!(get(name).kind.as_deref(), Some(kind));
    }

    // `ip -d -j link show` agrees.
    let json = ns.ip_json(&["-d", "link", "show"]);
    let ip = |name: &str| json.as_array().unwrap().iter().find(|l| l["ifname"] == name).cloned().unwrap();
    assert_eq!(ip("v1")["mtu"], 9000);
    assert_eq!(ip("v1")["master"], "br0");
    assert_eq!(ip("v1")["address"], "02:00:5e:10:00:01");
    assert_eq!(ip("v1")["ifalias"], "uplink");
    assert!(ip("v1")["flags"].as_array().unwrap().contains(&serde_json::json!("UP")));
    assert_eq!(ip("vx0")["linkinfo"]["info_data"]["id"], 42);
    assert_eq!(ip("vx0")["linkinfo"]["info_data"]["port"], 4789);
    assert_eq!(ip("mv0")["linkinfo"]["info_data"]["mode"], "bridge");
    assert_eq!(ip("br0")["linkinfo"]["info_data"]["stp_state"], 0);
    assert_eq!(ip("ifb0")["linkinfo"]["info_kind"], "ifb");

    // Errors with the kernel's text.
    let exists = kernel_error(send(&sock, &link::Add::new(n("v0"), Kind::Ifb), 8));
    assert_eq!(exists.errno, Errno::EXIST);
    let bad = kernel_error(send(
        &sock,
        &link::Add::new(n("x0"), Kind::Other { kind: "nosuchkind", data: None }),
        9,
    ));
    assert_eq!((bad.errno, bad.message.as_str()), (Errno::OPNOTSUPP, "Unknown device type"));
    let nodev = kernel_error(send(&sock, &link::Del(LinkRef::Index(424242)), 10));
    assert_eq!(nodev.errno, Errno::NODEV);

    for name in ["mv0", "v0", "vx0", "ifb0", "br0"] {
        send(&sock, &link::Del(LinkRef::Name(n(name))), 11).unwrap();
    }
    let left: Vec<String> = link_dump(&sock, 12).into_iter().map(|l| l.name).collect();
    assert_eq!(left, vec!["lo".to_string()]);
}

#[test]
fn routes_multipath_tables_and_types_read_back() {
    use nlwire::route::{NextHopSpec, Prefix, Route, RouteDump, RouteRequest, RouteType};
    if !live("routes_multipath_tables_and_types_read_back") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth_pair(&ns);
    let sock = ns.socket();
    send(&sock, &addr::Add(AddrEntry::new(v0, IpAddr::V4(V4), 24)), 1).unwrap();
    let gw = |last| IpAddr::V4(Ipv4Addr::new(192, 0, 2, last));
    let p = |a, b, len| Prefix::new(IpAddr::V4(Ipv4Addr::new(198, 51, a, b)), len);

    send(
        &sock,
        &RouteRequest::add(p(100, 0, 24)).gateway(gw(254)).oif(v0).metric(5).table(1000).mtu(1400),
        2,
    )
    .unwrap();
    let hops = [NextHopSpec::new(gw(253), v0).weight(1), NextHopSpec::new(gw(252), v0).weight(3)];
    send(&sock, &RouteRequest::add(p(101, 0, 24)).multipath(&hops), 3).unwrap();
    send(&sock, &RouteRequest::add(p(102, 0, 24)).kind(RouteType::Blackhole), 4).unwrap();
    let v6 = Prefix::new(IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 5, 0, 0, 0, 0, 0)), 64);
    send(&sock, &RouteRequest::add(v6).kind(RouteType::Unreachable), 5).unwrap();

    // Our dump of every table.
    let mut buf = vec![0u8; 32 * 1024];
    let req = build(&[&RouteDump::default()], 6);
    let mut dump = sock.dump(&req, &mut buf).unwrap();
    let (mut in_1000, mut weights, mut blackhole, mut unreachable) = (None, Vec::new(), false, false);
    while let Some(msg) = dump.next().unwrap() {
        let r = Route::parse(&msg).unwrap();
        let dst = r.dst().unwrap();
        if r.table().unwrap() == 1000 {
            in_1000 = Some((
                dst,
                r.gateway().unwrap(),
                r.priority().unwrap(),
                r.metric(nlwire::route::rtax::MTU).unwrap(),
            ));
        }
        if dst == Some(p(101, 0, 24).addr) {
            for hop in r.multipath().unwrap().unwrap() {
                let hop = hop.unwrap();
                weights.push((hop.gateway().unwrap(), hop.weight()));
            }
        }
        blackhole |= dst == Some(p(102, 0, 24).addr) && r.kind() == RouteType::Blackhole;
        unreachable |= dst == Some(v6.addr) && r.kind() == RouteType::Unreachable;
    }
    assert_eq!(in_1000, Some((Some(p(100, 0, 24).addr), Some(gw(254)), Some(5), Some(1400))));
    assert_eq!(weights, vec![(Some(gw(253)), 1), (Some(gw(252)), 3)]);
    assert!(blackhole && unreachable);

    // And `ip -j` agrees.
    let t1000 = ns.ip_json(&["route", "show", "table", "1000"]);
    assert_eq!(t1000[0]["dst"], "198.51.100.0/24");
    assert_eq!(t1000[0]["gateway"], "192.0.2.254");
    assert_eq!(t1000[0]["metric"], 5);
    assert_eq!(t1000[0]["metrics"][0]["mtu"], 1400);
    let main = ns.ip_json(&["route", "show"]);
    let mp = main.as_array().unwrap().iter().find(|r| r["dst"] == "198.51.101.0/24").unwrap();
    assert_eq!(mp["nexthops"][1]["gateway"], "192.0.2.252");
    assert_eq!(mp["nexthops"][1]["weight"], 3);
    let bh = main.as_array().unwrap().iter().find(|r| r["dst"] == "198.51.102.0/24").unwrap();
    assert_eq!(bh["type"], "blackhole");

    send(&sock, &RouteRequest::del(p(102, 0, 24)).kind(RouteType::Blackhole), 7).unwrap();
    let main = ns.ip_json(&["route", "show"]);
    assert!(main.as_array().unwrap().iter().all(|r| r["dst"] != "198.51.102.0/24"));
    let gone = kernel_error(send(&sock, &RouteRequest::del(p(102, 0, 24)).kind(RouteType::Blackhole), 8));
    assert_eq!(gone.errno, Errno::SRCH);
}
