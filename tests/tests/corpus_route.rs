//! Route family against the recorded kernel 6.18 replies: every message
//! parses and formats, and the decoded values match what `ip -j route`
//! printed for the same namespace (`ip_route.json`, `ip_route6.json`).

use std::collections::HashMap;
use std::net::IpAddr;

use nlwire::fmt::{write_json, write_text};
use nlwire::route::{self, af, rt_scope, rt_table, rtprot, NextHop, Route, RouteType};
use nlwire::spec::Value;
use nlwire::{msg_type, Message, Messages};
use nlwire_tests::{fixture, ip_json, monitor_datagrams};
use serde_json::Value as Json;

/// ifindex -> name from the link dump, read with the raw attribute API:
/// `struct ifinfomsg` is 16 bytes with `ifi_index` at offset 4; `IFLA_IFNAME` is 3.
fn link_names() -> HashMap<u32, String> {
    let dump = fixture("link_dump_unspec.bin");
    let mut names = HashMap::new();
    for msg in Messages::new(&dump) {
        let msg = msg.unwrap();
        if msg.kind() != msg_type::RTM_NEWLINK {
            continue;
        }
        let index = i32::from_ne_bytes(msg.payload()[4..8].try_into().unwrap());
        let name = msg.attrs_after(16).find(3).unwrap().expect("IFLA_IFNAME").str().unwrap();
        names.insert(u32::try_from(index).unwrap(), name.to_owned());
    }
    assert!(names.len() >= 9, "link dump has the namespace's 9 links");
    names
}

/// Calls every accessor of the view; none may fail on a kernel reply.
fn exercise(r: &Route<'_>) {
    r.attrs().validate().unwrap();
    r.table().unwrap();
    r.dst().unwrap();
    r.src().unwrap();
    r.gateway().unwrap();
    r.prefsrc().unwrap();
    r.oif().unwrap();
    r.iif().unwrap();
    r.priority().unwrap();
    r.flow().unwrap();
    r.mark().unwrap();
    r.uid().unwrap();
    r.nh_id().unwrap();
    r.expires().unwrap();
    r.via().unwrap();
    r.newdst().unwrap();
    r.encap_type().unwrap();
    r.encap().unwrap();
    r.pref().unwrap();
    r.cacheinfo().unwrap();
    r.mfc_stats().unwrap();
    r.ttl_propagate().unwrap();
    r.ip_proto().unwrap();
    r.sport().unwrap();
    r.dport().unwrap();
    r.flowlabel().unwrap();
    r.lock().unwrap();
    r.mtu().unwrap();
    r.window().unwrap();
    r.rtt().unwrap();
    r.advmss().unwrap();
    r.hoplimit().unwrap();
    r.initcwnd().unwrap();
    r.initrwnd().unwrap();
    r.features().unwrap();
    r.cc_algo().unwrap();
    if let Some(metrics) = r.metrics().unwrap() {
        metrics.validate().unwrap();
    }
    if let Some(hops) = r.multipath().unwrap() {
        for hop in hops {
            let hop = hop.unwrap();
            hop.attrs().validate().unwrap();
            hop.gateway().unwrap();
            hop.via().unwrap();
            hop.flow().unwrap();
            hop.encap_type().unwrap();
        }
    }
    let _ = (r.family(), r.dst_len(), r.src_len(), r.tos(), r.protocol(), r.scope(), r.kind(), r.flags());
}

/// Formats `msg` as JSON and text; the JSON must be valid JSON.
fn format(msg: &Message<'_>) -> Json {
    let mut text = String::new();
    write_text(msg, &mut text).unwrap();
    let mut json = String::new();
    write_json(msg, &mut json).unwrap();
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("invalid JSON {e}: {json}"))
}

/// Parses a whole dump: routes, then NLMSG_DONE.
fn dump(name: &str) -> Vec<u8> {
    let buf = fixture(name);
    let mut routes = 0;
    let mut done = false;
    for msg in Messages::new(&buf) {
        let msg = msg.unwrap();
        assert!(!done, "{name}: message after NLMSG_DONE");
        let json = format(&msg);
        match msg.kind() {
            msg_type::RTM_NEWROUTE => {
                exercise(&Route::parse(&msg).unwrap());
                assert_eq!(json["type"], "RTM_NEWROUTE");
                routes += 1;
            }
            msg_type::DONE => done = true,
            other => panic!("{name}: unexpected message type {other}"),
        }
    }
    assert!(done && routes > 0, "{name}: {routes} routes, done {done}");
    buf
}

/// The destination as `ip` prints it: `default`, a bare host address, or `addr/len`.
fn ip_dst(r: &Route<'_>) -> String {
    let host_len = if r.family() == af::INET6 { 128 } else { 32 };
    match r.dst().unwrap() {
        None if r.dst_len() == 0 => "default".into(),
        Some(a) if r.dst_len() == host_len => a.to_string(),
        Some(a) => format!("{a}/{}", r.dst_len()),
        None => panic!("prefix length without RTA_DST"),
    }
}

fn s(v: &Json) -> Option<&str> {
    v.as_str()
}

fn ip_string(ip: Option<IpAddr>) -> Option<String> {
    ip.map(|a| a.to_string())
}

fn check_hop(hop: &NextHop<'_>, want: &Json, names: &HashMap<u32, String>) {
    assert_eq!(ip_string(hop.gateway().unwrap()).as_deref(), s(&want["gateway"]));
    let dev = names.get(&u32::try_from(hop.ifindex()).unwrap()).map(String::as_str);
    assert_eq!(dev, s(&want["dev"]));
    assert_eq!(u64::from(hop.weight()), want["weight"].as_u64().unwrap());
    assert_eq!(want["flags"], Json::Array(vec![]));
    assert_eq!(hop.flags(), 0);
}

/// Compares the main-table routes of a dump with what `ip -j route` printed.
fn compare_with_ip(bin: &str, json: &str, family: u8) {
    let names = link_names();
    let buf = dump(bin);
    let ours: Vec<Route> = Messages::new(&buf)
        .filter_map(|m| Route::parse(&m.unwrap()).ok())
        .filter(|r| r.family() == family && r.table().unwrap() == rt_table::MAIN)
        .collect();
    let expected = ip_json(json);
    let expected = expected.as_array().unwrap();
    assert_eq!(ours.len(), expected.len(), "{bin}: ip printed {} main-table routes", expected.len());
    let mut used = vec![false; ours.len()];
    for want in expected {
        let dev_of = |r: &Route| r.oif().unwrap().map(|i| names[&i].clone());
        let found: Vec<usize> = (0..ours.len())
            .filter(|&i| ip_dst(&ours[i]) == want["dst"] && dev_of(&ours[i]).as_deref() == s(&want["dev"]))
            .collect();
        assert_eq!(found.len(), 1, "{bin}: route {want} matched {found:?}");
        let i = found[0];
        assert!(!used[i]);
        used[i] = true;
        let r = &ours[i];
        let ctx = format!("{bin}: {want}");
        // ip omits the defaults: type unicast, protocol boot, scope global.
        assert_eq!(r.kind().name(), Some(s(&want["type"]).unwrap_or("unicast")), "{ctx}");
        assert_eq!(route::protocol_name(r.protocol()), Some(s(&want["protocol"]).unwrap_or("boot")), "{ctx}");
        assert_eq!(route::scope_name(r.scope()), Some(s(&want["scope"]).unwrap_or("global")), "{ctx}");
        assert_eq!(ip_string(r.gateway().unwrap()).as_deref(), s(&want["gateway"]), "{ctx}");
        assert_eq!(ip_string(r.prefsrc().unwrap()).as_deref(), s(&want["prefsrc"]), "{ctx}");
        assert_eq!(r.priority().unwrap().map(u64::from), want["metric"].as_u64(), "{ctx}");
        assert_eq!(r.pref().unwrap().and_then(route::pref_name), s(&want["pref"]), "{ctx}");
        assert_eq!(want["flags"], Json::Array(vec![]), "{ctx}");
        assert_eq!(r.flags(), route::RouteFlags::empty(), "{ctx}");
        // ip prints rta_expires / USER_HZ (100), a moment after this dump was taken.
        let expires = r.cacheinfo().unwrap().map(|c| c.rta_expires.get()).unwrap_or(0);
        match want["expires"].as_i64() {
            Some(secs) => assert!((i64::from(expires) / 100 - secs).abs() <= 2, "{ctx}: expires {expires}"),
            None => assert_eq!(expires, 0, "{ctx}"),
        }
        match (r.multipath().unwrap(), want["nexthops"].as_array()) {
            (None, None) => {}
            (Some(hops), Some(wanted)) => {
                let hops: Vec<NextHop> = hops.map(Result::unwrap).collect();
                assert_eq!(hops.len(), wanted.len(), "{ctx}");
                for (hop, w) in hops.iter().zip(wanted) {
                    check_hop(hop, w, &names);
                }
            }
            (a, b) => panic!("{ctx}: multipath {:?} vs nexthops {b:?}", a.is_some()),
        }
    }
}

#[test]
fn ipv4_main_table_matches_ip_route() {
    compare_with_ip("route_dump_inet.bin", "ip_route.json", af::INET);
}

#[test]
fn ipv6_main_table_matches_ip_route6() {
    compare_with_ip("route_dump_inet6.bin", "ip_route6.json", af::INET6);
}

/// The corpus README: "a route in table 100 with an mtu metric". Its other
/// values were read by hand from the fixture's bytes.
#[test]
fn table_100_route_with_its_mtu() {
    let buf = dump("route_dump_inet.bin");
    let names = link_names();
    let msgs: Vec<Message> = Messages::new(&buf).map(Result::unwrap).collect();
    let in_100: Vec<&Message> =
        msgs.iter().filter(|m| Route::parse(m).is_ok_and(|r| r.table().unwrap() == 100)).collect();
    assert_eq!(in_100.len(), 1);
    let msg = in_100[0];
    let r = Route::parse(msg).unwrap();
    assert_eq!(r.header().rtm_table, 100);
    assert_eq!(ip_dst(&r), "10.55.0.0/16");
    assert_eq!(r.gateway().unwrap(), Some("10.1.0.254".parse().unwrap()));
    assert_eq!(names[&r.oif().unwrap().unwrap()], "veth0");
    assert_eq!(r.mtu().unwrap(), Some(1400));
    assert_eq!(r.protocol(), rtprot::BOOT);
    // name-based access, pyroute2 style
    assert_eq!(msg.get("dst").unwrap(), Some(Value::Ip("10.55.0.0".parse().unwrap())));
    assert_eq!(msg.get("gateway").unwrap(), Some(Value::Ip("10.1.0.254".parse().unwrap())));
    assert_eq!(msg.get_path(&["metrics", "mtu"]).unwrap(), Some(Value::U32(1400)));
    assert_eq!(msg.get_path(&["RTA_METRICS", "RTAX_MTU"]).unwrap(), Some(Value::U32(1400)));
    assert_eq!(msg.get_path(&["metrics", "advmss"]).unwrap(), None);
    assert_eq!(msg.get("table").unwrap(), Some(Value::Enum(100, None)));
    assert_eq!(msg.get("protocol").unwrap(), Some(Value::Enum(3, Some("boot"))));
    let json = format(msg);
    assert_eq!(json["header"]["table"], 100);
    let metrics = json["attrs"].as_array().unwrap().iter().find(|p| p[0] == "RTA_METRICS").unwrap();
    assert_eq!(metrics[1], serde_json::json!([["RTAX_MTU", 1400]]));
}

#[test]
fn name_access_on_main_table_routes() {
    let buf = dump("route_dump_inet.bin");
    for msg in Messages::new(&buf).map(Result::unwrap) {
        let Ok(r) = Route::parse(&msg) else { continue };
        if r.table().unwrap() != rt_table::MAIN {
            continue;
        }
        assert_eq!(msg.get("table").unwrap(), Some(Value::Enum(254, Some("main"))));
        let kind = msg.get("type").unwrap().unwrap();
        assert_eq!(kind, Value::Enum(u64::from(u8::from(r.kind())), r.kind().name()));
        match ip_dst(&r).as_str() {
            // `"metric":100` in ip_route.json
            "10.50.0.0/16" => assert_eq!(msg.get("priority").unwrap(), Some(Value::U32(100))),
            // the multipath route: weights 1 and 2 in ip_route.json
            "10.52.0.0/16" => {
                assert!(matches!(msg.get("multipath").unwrap(), Some(Value::Multipath(..))));
                let json = format(&msg);
                let mp = json["attrs"].as_array().unwrap().iter().find(|p| p[0] == "RTA_MULTIPATH").unwrap();
                let weights: Vec<u64> =
                    mp[1].as_array().unwrap().iter().map(|h| h["weight"].as_u64().unwrap()).collect();
                assert_eq!(weights, [1, 2]);
                assert_eq!(mp[1][0]["attrs"], serde_json::json!([["RTA_GATEWAY", "10.1.0.253"]]));
            }
            "10.53.0.0/16" => assert_eq!(r.kind(), RouteType::Blackhole),
            "10.54.0.0/16" => assert_eq!(r.kind(), RouteType::Unreachable),
            _ => {}
        }
    }
}

/// Every IPv4 address and every non-link-local IPv6 address in
/// `ip_addr.json` has its `local` route in the local table.
#[test]
fn local_table_has_a_route_per_address() {
    let v4 = dump("route_dump_inet.bin");
    let v6 = dump("route_dump_inet6.bin");
    let local: Vec<Route> = Messages::new(&v4)
        .chain(Messages::new(&v6))
        .filter_map(|m| Route::parse(&m.unwrap()).ok())
        .filter(|r| r.table().unwrap() == rt_table::LOCAL)
        .collect();
    let links = ip_json("ip_addr.json");
    let mut checked = 0;
    for link in links.as_array().unwrap() {
        let ifindex = u32::try_from(link["ifindex"].as_u64().unwrap()).unwrap();
        let own: Vec<IpAddr> = link["addr_info"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["local"].as_str().unwrap().parse().unwrap())
            .collect();
        for a in link["addr_info"].as_array().unwrap() {
            if a["scope"] == "link" {
                continue;
            }
            let addr: IpAddr = a["local"].as_str().unwrap().parse().unwrap();
            let r = local
                .iter()
                .find(|r| r.dst().unwrap() == Some(addr) && r.kind() == RouteType::Local)
                .unwrap_or_else(|| panic!("no local route for {addr}"));
            assert_eq!(r.dst_len(), if addr.is_ipv4() { 32 } else { 128 });
            assert_eq!(r.oif().unwrap(), Some(ifindex), "{addr}");
            assert_eq!(r.protocol(), rtprot::KERNEL);
            if addr.is_ipv4() {
                assert_eq!(r.scope(), rt_scope::HOST, "{addr}");
                // the preferred source is one of the link's own addresses
                assert!(own.contains(&r.prefsrc().unwrap().unwrap()), "{addr}");
            }
            checked += 1;
            if let Some(brd) = a["broadcast"].as_str() {
                let brd: IpAddr = brd.parse().unwrap();
                let b = local.iter().find(|r| r.dst().unwrap() == Some(brd)).expect("broadcast route");
                assert_eq!(
                    (b.kind(), b.scope(), b.oif().unwrap()),
                    (RouteType::Broadcast, rt_scope::LINK, Some(ifindex))
                );
            }
        }
    }
    assert!(checked >= 7, "{checked} addresses checked");
}

#[test]
fn ipv6_cacheinfo_expires_by_name() {
    let buf = dump("route_dump_inet6.bin");
    let expected = ip_json("ip_route6.json");
    let want = expected.as_array().unwrap().iter().find(|r| r["expires"].is_number()).unwrap();
    let msg = Messages::new(&buf)
        .map(Result::unwrap)
        .find(|m| Route::parse(m).is_ok_and(|r| ip_dst(&r) == want["dst"]))
        .unwrap();
    let Some(Value::S32(expires)) = msg.get_path(&["cacheinfo", "expires"]).unwrap() else {
        panic!("no cacheinfo.expires")
    };
    assert!((i64::from(expires) / 100 - want["expires"].as_i64().unwrap()).abs() <= 2);
    assert_eq!(msg.get("pref").unwrap(), Some(Value::Enum(0, Some("medium"))));
}

/// Route events of the monitor capture (a veth pair created, addressed,
/// given a route through 10.77.0.2, and deleted): all parse and format.
/// The 10.78.0.0/16 route was read by hand from the capture's bytes.
#[test]
fn monitor_route_events_parse() {
    let (mut new, mut del) = (0, 0);
    let mut gateway_route = [false; 2];
    for datagram in monitor_datagrams() {
        for msg in Messages::new(&datagram) {
            let msg = msg.unwrap();
            let json = format(&msg);
            if !matches!(msg.kind(), msg_type::RTM_NEWROUTE | msg_type::RTM_DELROUTE) {
                continue;
            }
            let r = Route::parse(&msg).unwrap();
            exercise(&r);
            let is_new = msg.kind() == msg_type::RTM_NEWROUTE;
            if is_new {
                new += 1;
            } else {
                del += 1;
            }
            assert_eq!(json["type"], if is_new { "RTM_NEWROUTE" } else { "RTM_DELROUTE" });
            if ip_dst(&r) == "10.78.0.0/16" {
                assert_eq!(r.gateway().unwrap(), Some("10.77.0.2".parse().unwrap()));
                assert_eq!(
                    (r.protocol(), r.scope(), r.kind()),
                    (rtprot::BOOT, rt_scope::UNIVERSE, RouteType::Unicast)
                );
                gateway_route[usize::from(!is_new)] = true;
            }
        }
    }
    assert!(new > 0 && del > 0, "{new} new, {del} deleted");
    assert_eq!(gateway_route, [true, true]);
}
