//! Live kernel: the route verbs beyond add/del — `route().get(..)` against
//! `ip -j route get`, every `RTAX_*` metric and the lightweight-tunnel
//! encapsulations this kernel has against the same route added by `ip` in a
//! twin namespace, `default_routes`, `rule().flush(..)` and
//! `neigh().probe(..)`. The MPLS encapsulation, which this kernel lacks, is
//! compared byte for byte with a request laid out from the UAPI headers.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::process::Command;

use nlwire::build::Builder;
use nlwire::lwtunnel::{Encap, IpTunnel, Seg6Mode};
use nlwire::route::{rt_table, rtax, Metrics, Prefix, Route, RouteRequest};
use nlwire_std::{Error, IPRoute, OwnedMessage};
use nlwire_tests::live::{live, TestNs};
use serde_json::{json, Map, Value};

fn v4(a: u8, b: u8, c: u8, d: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(a, b, c, d))
}

fn doc6(last: u16) -> Ipv6Addr {
    Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, last)
}

/// A namespace with veth `va` (192.0.2.1/24, 2001:db8::1/64) and `vb`
/// (203.0.113.1/24), both up.
fn two_links() -> TestNs {
    let ns = TestNs::new();
    ns.ip(&["link", "add", "va", "type", "veth", "peer", "name", "vb"]);
    ns.ip(&["link", "set", "va", "up"]);
    ns.ip(&["link", "set", "vb", "up"]);
    ns.ip(&["addr", "add", "192.0.2.1/24", "dev", "va"]);
    ns.ip(&["-6", "addr", "add", "2001:db8::1/64", "dev", "va", "nodad"]);
    ns.ip(&["addr", "add", "203.0.113.1/24", "dev", "vb"]);
    ns
}

/// `ip -n NS args...` as text.
fn ip_text(ns: &TestNs, args: &[&str]) -> String {
    let out = Command::new("ip").arg("-n").arg(&ns.name).args(args).output().expect("run ip");
    assert!(out.status.success(), "ip {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The fields `ip -j route get` prints for a lookup, from the reply.
fn get_fields(ns: &TestNs, reply: &OwnedMessage) -> Map<String, Value> {
    let msg = reply.message();
    let r = Route::parse(&msg).unwrap();
    let name = |index: u32| {
        ["va", "vb"].into_iter().find(|n| ns.ifindex(n) == index).expect("a known device").to_owned()
    };
    let mut out = Map::new();
    let dst = r.dst().unwrap().expect("RTA_DST");
    let full = if dst.is_ipv4() { 32 } else { 128 };
    out.insert(
        "dst".into(),
        json!(if r.dst_len() == full { dst.to_string() } else { format!("{dst}/{}", r.dst_len()) }),
    );
    if let Some(src) = r.src().unwrap() {
        out.insert("from".into(), json!(src.to_string()));
    }
    if let Some(gw) = r.gateway().unwrap() {
        out.insert("gateway".into(), json!(gw.to_string()));
    }
    if let Some(oif) = r.oif().unwrap() {
        out.insert("dev".into(), json!(name(oif)));
    }
    let table = r.table().unwrap();
    if table != 0 && table != rt_table::MAIN {
        out.insert("table".into(), json!(table.to_string()));
    }
    if let Some(prefsrc) = r.prefsrc().unwrap() {
        out.insert("prefsrc".into(), json!(prefsrc.to_string()));
    }
    if let Some(mark) = r.mark().unwrap() {
        out.insert("mark".into(), json!(mark));
    }
    if let Some(iif) = r.iif().unwrap() {
        out.insert("iif".into(), json!(name(iif)));
    }
    out
}

/// `ip -j route get args...`, reduced to the fields [`get_fields`] gives.
fn ip_get(ns: &TestNs, args: &[&str]) -> Map<String, Value> {
    let mut full = vec!["route", "get"];
    full.extend_from_slice(args);
    let json = ns.ip_json(&full);
    let keys = ["dst", "from", "gateway", "dev", "table", "prefsrc", "mark", "iif"];
    json[0]
        .as_object()
        .expect("one route")
        .iter()
        .filter(|(k, _)| keys.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

#[test]
fn route_get_answers_as_ip_route_get() {
    if !live("route_get_answers_as_ip_route_get") {
        return;
    }
    let ns = two_links();
    ns.ip(&["route", "add", "198.51.100.0/24", "via", "192.0.2.254"]);
    ns.ip(&["route", "add", "198.51.100.0/24", "via", "203.0.113.254", "table", "100"]);
    ns.ip(&["rule", "add", "fwmark", "7", "table", "100", "pref", "100"]);
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.name, "sysctl", "-qw", "net.ipv4.conf.all.forwarding=1"])
        .status()
        .expect("sysctl");
    assert!(out.success());
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let dst = v4(198, 51, 100, 7);

    let plain = ipr.route().get(dst).send().unwrap();
    assert_eq!(get_fields(&ns, &plain), ip_get(&ns, &["198.51.100.7"]));
    let marked = ipr.route().get(dst).mark(7).send().unwrap();
    assert_eq!(get_fields(&ns, &marked), ip_get(&ns, &["198.51.100.7", "mark", "7"]));
    let by_oif = ipr.route().get(dst).oif("vb").send().unwrap();
    assert_eq!(get_fields(&ns, &by_oif), ip_get(&ns, &["198.51.100.7", "oif", "vb"]));
    let from = ipr.route().get(dst).src(v4(192, 0, 2, 1)).send().unwrap();
    assert_eq!(get_fields(&ns, &from), ip_get(&ns, &["198.51.100.7", "from", "192.0.2.1"]));
    let forwarded = ipr.route().get(dst).src(v4(203, 0, 113, 2)).iif("vb").send().unwrap();
    assert_eq!(
        get_fields(&ns, &forwarded),
        ip_get(&ns, &["198.51.100.7", "from", "203.0.113.2", "iif", "vb"])
    );
    let six = ipr.route().get(IpAddr::V6(doc6(2))).send().unwrap();
    assert_eq!(get_fields(&ns, &six), ip_get(&ns, &["2001:db8::2"]));
    let entry = ipr.route().get(dst).mark(7).fib_match().send().unwrap();
    assert_eq!(get_fields(&ns, &entry), ip_get(&ns, &["fibmatch", "198.51.100.7", "mark", "7"]));

    // Bad arguments: nothing sent, a clear error.
    let err = ipr.route().get(dst).oif("nope0").send().unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    let err = ipr.route().get(dst).src(IpAddr::V6(doc6(1))).send().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    // No route: the kernel's answer.
    let err = ipr.route().get(IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0xffff, 0, 0, 0, 0, 1))).send();
    assert_eq!(err.unwrap_err().errno_name(), Some("ENETUNREACH"));
}

/// Every `RTAX_*` metric, as `ip route add ... mtu lock 1400 window 1000
/// rtt 80ms ...` sends them (rtt in 1/8 ms, rttvar in 1/4 ms, rto_min in
/// ms and locked as `ip` does).
fn all_metrics() -> Metrics<'static> {
    Metrics {
        lock: (1 << rtax::MTU) | (1 << rtax::RTO_MIN),
        mtu: Some(1400),
        window: Some(1000),
        rtt: Some(80 * 8),
        rttvar: Some(40 * 4),
        ssthresh: Some(10),
        cwnd: Some(20),
        advmss: Some(1360),
        reordering: Some(5),
        hoplimit: Some(60),
        initcwnd: Some(10),
        features: Some(nlwire::route::rtax_features::ECN),
        rto_min: Some(300),
        initrwnd: Some(30),
        quickack: Some(1),
        cc_algo: Some("reno"),
        fastopen_no_cookie: Some(1),
    }
}

const IP_METRICS: &[&str] = &[
    "mtu",
    "lock",
    "1400",
    "window",
    "1000",
    "rtt",
    "80ms",
    "rttvar",
    "40ms",
    "ssthresh",
    "10",
    "cwnd",
    "20",
    "advmss",
    "1360",
    "reordering",
    "5",
    "hoplimit",
    "60",
    "initcwnd",
    "10",
    "features",
    "ecn",
    "rto_min",
    "300ms",
    "initrwnd",
    "30",
    "quickack",
    "1",
    "congctl",
    "reno",
    "fastopen_no_cookie",
    "1",
];

/// `ip -d -j route show PREFIX` and `ip -d route show PREFIX` (the text has the locks).
fn shown(ns: &TestNs, prefix: &str) -> (Value, String) {
    let family = if prefix.contains(':') { "-6" } else { "-4" };
    let full = [family, "-d", "route", "show", prefix];
    (ns.ip_json(&full), ip_text(ns, &full))
}

#[test]
fn metrics_and_encaps_read_back_as_ips_own() {
    if !live("metrics_and_encaps_read_back_as_ips_own") {
        return;
    }
    let ours = two_links();
    let theirs = two_links();
    let mut ipr = IPRoute::in_netns(ours.name.as_str()).unwrap();
    let dst = Prefix::new(v4(198, 51, 100, 0), 24);
    let dst6 = Prefix::new(IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 5, 0, 0, 0, 0, 0)), 64);

    ipr.route().add(dst).dev("va").metrics(all_metrics()).send().unwrap();
    let mut args = vec!["route", "add", "198.51.100.0/24", "dev", "va"];
    args.extend_from_slice(IP_METRICS);
    theirs.ip(&args);
    assert_eq!(shown(&ours, "198.51.100.0/24"), shown(&theirs, "198.51.100.0/24"));
    ipr.route().del(dst).send().unwrap();
    theirs.ip(&["route", "del", "198.51.100.0/24"]);

    let tunnel = IpTunnel {
        id: Some(5),
        dst: Some(Ipv4Addr::new(192, 0, 2, 9)),
        src: None,
        ttl: Some(3),
        tos: Some(8),
        flags: 0,
    };
    let tunnel6 =
        IpTunnel { id: Some(6), dst: Some(doc6(9)), src: Some(doc6(1)), ttl: Some(4), tos: None, flags: 0 };
    let segs = [doc6(5), doc6(6), doc6(7)];
    let cases: [(Prefix, Encap<'_>, &[&str]); 4] = [
        (dst, Encap::Ip(tunnel), &["encap", "ip", "id", "5", "dst", "192.0.2.9", "ttl", "3", "tos", "8"]),
        (
            dst,
            Encap::Ip6(tunnel6),
            &["encap", "ip6", "id", "6", "dst", "2001:db8::9", "src", "2001:db8::1", "hoplimit", "4"],
        ),
        (
            dst6,
            Encap::Seg6 { mode: Seg6Mode::Encap, segs: &segs, hmac: 0 },
            &["encap", "seg6", "mode", "encap", "segs", "2001:db8::5,2001:db8::6,2001:db8::7"],
        ),
        (
            dst6,
            Encap::Seg6 { mode: Seg6Mode::Inline, segs: &segs[..1], hmac: 0 },
            &["encap", "seg6", "mode", "inline", "segs", "2001:db8::5"],
        ),
    ];
    for (prefix, encap, words) in cases {
        let text = format!("{}/{}", prefix.addr, prefix.len);
        let mut args = vec!["-n", theirs.name.as_str(), "route", "add", text.as_str()];
        args.extend_from_slice(words);
        args.extend_from_slice(&["dev", "va"]);
        let by_ip = Command::new("ip").args(&args).output().unwrap();
        let refused = String::from_utf8_lossy(&by_ip.stderr);
        if refused.contains("encapsulation type not supported") {
            // A kernel built without this type (seg6 and mpls are options):
            // the same refusal, nothing added; the request's bytes are
            // checked against the UAPI in nlwire's lwtunnel tests.
            let err = ipr.route().add(prefix).dev("va").encap(encap).send().unwrap_err();
            assert_eq!(err.errno_name(), Some("EOPNOTSUPP"), "{encap:?}: {err:?}");
            assert_eq!(shown(&ours, &text).0, json!([]), "{encap:?}");
            let name = nlwire::route::encap_name(encap.kind());
            println!("this kernel lacks {name:?} route encapsulation: its refusal compared");
            continue;
        }
        assert!(by_ip.status.success(), "ip {args:?}: {refused}");
        ipr.route().add(prefix).dev("va").encap(encap).send().unwrap();
        let (json, plain) = shown(&ours, &text);
        assert_eq!(json.as_array().map(Vec::len), Some(1), "{encap:?}: {json}");
        assert_eq!((json, plain), shown(&theirs, &text), "{encap:?}");
        // Read back through the dump too: the type the kernel kept.
        let routes =
            ipr.route().dump(prefix.family(), Some(rt_table::MAIN)).unwrap().collect_owned().unwrap();
        let kept = routes.iter().find_map(|m| {
            let msg = m.message();
            let r = Route::parse(&msg).unwrap();
            (r.dst().unwrap() == Some(prefix.addr)).then(|| r.encap_type().unwrap())
        });
        assert_eq!(kept, Some(Some(encap.kind())), "{encap:?}");
        ipr.route().del(prefix).send().unwrap();
        theirs.ip(&["route", "del", &text]);
    }

    // Refused before sending: nothing added.
    let too_big = [1 << 20];
    for bad in [
        Encap::Mpls { labels: &too_big, ttl: None },
        Encap::Mpls { labels: &[], ttl: None },
        Encap::Seg6 { mode: Seg6Mode::Encap, segs: &[], hmac: 0 },
    ] {
        let err = ipr.route().add(dst).dev("va").encap(bad).send().unwrap_err();
        assert!(matches!(err, Error::Invalid(nlwire::Error::InvalidValue { .. })), "{bad:?}: {err:?}");
    }
    let err =
        ipr.route().add(dst).dev("va").metrics(Metrics { hoplimit: Some(256), ..Metrics::default() }).send();
    assert!(matches!(err, Err(Error::Invalid(_))), "{err:?}");
    assert_eq!(ours.ip_json(&["route", "show", "198.51.100.0/24"]), json!([]));
    // The kernel's refusal of a type it lacks.
    let err =
        ipr.route().add(dst).dev("va").encap(Encap::Mpls { labels: &[100], ttl: None }).send().unwrap_err();
    assert!(err.errno_name() == Some("EOPNOTSUPP") || err.errno_name() == Some("EINVAL"), "{err:?}");
}

/// `ip route add 198.51.100.0/24 encap mpls 100/200 ttl 5 dev <2>`, laid out
/// from `rtnetlink.h`, `lwtunnel.h` and `mpls_iptunnel.h`.
#[test]
fn mpls_encap_request_matches_the_uapi_layout() {
    let labels = [100, 200];
    let req = RouteRequest {
        encap: Some(Encap::Mpls { labels: &labels, ttl: Some(5) }),
        ..RouteRequest::add(Prefix::new(v4(198, 51, 100, 0), 24)).oif(2)
    };
    let mut buf = [0u8; 256];
    let n = Builder::new(&mut buf).push(&req, 9).unwrap();

    let mut want = Vec::new();
    let attr = |want: &mut Vec<u8>, kind: u16, payload: &[u8]| {
        want.extend_from_slice(&((4 + payload.len()) as u16).to_ne_bytes());
        want.extend_from_slice(&kind.to_ne_bytes());
        want.extend_from_slice(payload);
        want.resize(want.len().next_multiple_of(4), 0);
    };
    // nlmsghdr: length patched below, RTM_NEWROUTE 24, REQUEST|ACK|EXCL|CREATE, seq 9, pid 0
    want.extend_from_slice(&0u32.to_ne_bytes());
    want.extend_from_slice(&24u16.to_ne_bytes());
    want.extend_from_slice(&(0x1u16 | 0x4 | 0x200 | 0x400).to_ne_bytes());
    want.extend_from_slice(&9u32.to_ne_bytes());
    want.extend_from_slice(&0u32.to_ne_bytes());
    // rtmsg: AF_INET, dst_len 24, src_len 0, tos 0, table main, proto boot, scope link, unicast, flags 0
    want.extend_from_slice(&[2, 24, 0, 0, 254, 3, 253, 1]);
    want.extend_from_slice(&0u32.to_ne_bytes());
    attr(&mut want, 1, &[198, 51, 100, 0]); // RTA_DST
                                            // RTA_ENCAP (22 | NLA_F_NESTED): MPLS_IPTUNNEL_DST (1) with two struct
                                            // mpls_label (be32: label << 12 | bos << 8 | ttl 0), MPLS_IPTUNNEL_TTL (2).
    let mut inner = Vec::new();
    let stack: Vec<u8> = [(100u32 << 12).to_be_bytes(), ((200u32 << 12) | 1 << 8).to_be_bytes()].concat();
    attr(&mut inner, 1, &stack);
    attr(&mut inner, 2, &[5]);
    attr(&mut want, 22 | 0x8000, &inner);
    attr(&mut want, 21, &1u16.to_ne_bytes()); // RTA_ENCAP_TYPE: LWTUNNEL_ENCAP_MPLS
                                              // ip writes the device after what it reads in order (strace of ip 6.1).
    attr(&mut want, 4, &2u32.to_ne_bytes()); // RTA_OIF
    let len = want.len() as u32;
    want[..4].copy_from_slice(&len.to_ne_bytes());
    assert_eq!(&buf[..n], &want[..]);
}

#[test]
fn default_routes_are_the_routes_to_default() {
    if !live("default_routes_are_the_routes_to_default") {
        return;
    }
    let ns = two_links();
    ns.ip(&["route", "add", "default", "via", "192.0.2.254"]);
    ns.ip(&["route", "add", "default", "via", "203.0.113.254", "table", "100"]);
    ns.ip(&["-6", "route", "add", "default", "via", "2001:db8::fe", "dev", "va"]);
    ns.ip(&["route", "add", "198.51.100.0/24", "via", "192.0.2.254"]);
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();

    let gateways = |ipr: &mut IPRoute, family, table| -> Vec<String> {
        let mut out: Vec<String> = ipr
            .route()
            .default_routes(family, table)
            .unwrap()
            .collect_owned()
            .unwrap()
            .iter()
            .map(|m| m.get("gateway").unwrap().expect("a gateway").to_string())
            .collect();
        out.sort();
        out
    };
    // `ip route show default` per family and table, as the reference.
    let ip_gateways = |args: &[&str]| -> Vec<String> {
        let mut full = vec![args[0], "route", "show", "default"];
        full.extend_from_slice(&args[1..]);
        let mut out: Vec<String> = ns
            .ip_json(&full)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["gateway"].as_str().unwrap().to_owned())
            .collect();
        out.sort();
        out
    };
    assert_eq!(gateways(&mut ipr, 2, Some(rt_table::MAIN)), ip_gateways(&["-4"]));
    assert_eq!(gateways(&mut ipr, 2, Some(100)), ip_gateways(&["-4", "table", "100"]));
    assert_eq!(gateways(&mut ipr, 10, Some(rt_table::MAIN)), ip_gateways(&["-6"]));
    let mut all = ip_gateways(&["-4", "table", "all"]);
    all.extend(ip_gateways(&["-6", "table", "all"]));
    all.sort();
    assert_eq!(gateways(&mut ipr, 0, None), all);
    assert_eq!(all.len(), 3);
}

#[tokio::test(flavor = "current_thread")]
async fn async_session_runs_the_same_verbs() {
    if !live("async_session_runs_the_same_verbs") {
        return;
    }
    let ns = two_links();
    ns.ip(&["route", "add", "default", "via", "192.0.2.254"]);
    ns.ip(&["rule", "add", "pref", "100", "fwmark", "7", "table", "100"]);
    let ipr = nlwire_std::AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();

    let reply = ipr.route().get(v4(198, 51, 100, 7)).send().await.unwrap();
    assert_eq!(get_fields(&ns, &reply), ip_get(&ns, &["198.51.100.7"]));

    let mut defaults = ipr.route().default_routes(2, None).await.unwrap();
    let mut gateways = Vec::new();
    while let Some(msg) = defaults.next().await.unwrap() {
        gateways.push(msg.get("gateway").unwrap().expect("a gateway").to_string());
    }
    drop(defaults);
    assert_eq!(gateways, ["192.0.2.254"]);

    let dst = Prefix::new(v4(198, 51, 100, 0), 24);
    let tunnel = IpTunnel { id: Some(9), dst: Some(Ipv4Addr::new(192, 0, 2, 9)), ..IpTunnel::default() };
    ipr.route().add(dst).dev("va").encap(Encap::Ip(tunnel)).metrics(all_metrics()).send().await.unwrap();
    let shown = ns.ip_json(&["route", "show", "198.51.100.0/24"]);
    assert_eq!((shown[0]["encap"].as_str(), shown[0]["id"].as_u64()), (Some("ip"), Some(9)));
    assert_eq!(shown[0]["metrics"][0]["mtu"].as_u64(), Some(1400));

    assert_eq!(ipr.rule().flush(2, |r| r.priority().unwrap() == Some(100)).await.unwrap(), 1);
    assert_eq!(ns.ip_json(&["rule", "show", "pref", "100"]), json!([]));
    ipr.neigh().probe(v4(192, 0, 2, 7)).dev("va").send().await.unwrap();
    assert_eq!(ns.ip_json(&["neigh", "show", "192.0.2.7", "dev", "va"])[0]["state"], json!(["INCOMPLETE"]));
}
