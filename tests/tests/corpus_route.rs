//! The recorded route dumps decode to what iproute2 printed for the same
//! namespace (`ip -j route show` and `ip -j -6 route show`: the main table).

use std::collections::HashMap;
use std::net::IpAddr;

use nlwire::link::Link;
use nlwire::route::{rtax, rtn, rtprot, table, NextHop, Route, PREF_NAMES, RTN_NAMES, RTPROT_NAMES};
use nlwire::spec::Value;
use nlwire::{msg_type, Message, Messages};
use nlwire_tests::{fixture, ip_json, monitor_datagrams};
use serde_json::{json, Value as Json};

fn name_of(t: &[(u32, &'static str)], v: u8) -> &'static str {
    t.iter().find(|(n, _)| *n == u32::from(v)).map(|(_, s)| *s).expect("named")
}

fn link_names() -> HashMap<u32, String> {
    let bytes = fixture("link_dump_unspec.bin");
    Messages::new(&bytes)
        .map(|m| m.unwrap())
        .filter(|m| m.kind() == msg_type::RTM_NEWLINK)
        .map(|m| {
            let l = Link::parse(&m).unwrap();
            (l.ifindex() as u32, l.ifname().unwrap().unwrap().to_owned())
        })
        .collect()
}

fn dst(r: &Route<'_>) -> String {
    match r.dst().unwrap() {
        None => "default".into(),
        Some(ip) if (ip.is_ipv4() && r.dst_len() == 32) || (ip.is_ipv6() && r.dst_len() == 128) => {
            ip.to_string()
        }
        Some(ip) => format!("{ip}/{}", r.dst_len()),
    }
}

fn hop_json(h: &NextHop<'_>, names: &HashMap<u32, String>) -> Json {
    let mut o = json!({"flags": [], "weight": h.weight()});
    if let Some(gw) = h.gateway().unwrap() {
        o["gateway"] = json!(gw.to_string());
    }
    o["dev"] = json!(names[&(h.ifindex() as u32)]);
    o
}

/// A route of the main table as `ip -j route show` prints it, from our view.
fn ip_style(r: &Route<'_>, names: &HashMap<u32, String>) -> Json {
    let mut o = json!({"dst": dst(r), "flags": []});
    if r.kind() != rtn::UNICAST {
        o["type"] = json!(name_of(RTN_NAMES, r.kind()));
    }
    if let Some(gw) = r.gateway().unwrap() {
        o["gateway"] = json!(gw.to_string());
    }
    if let Some(oif) = r.oif().unwrap() {
        o["dev"] = json!(names[&oif]);
    }
    if r.protocol() != rtprot::BOOT {
        o["protocol"] = json!(name_of(RTPROT_NAMES, r.protocol()));
    }
    if r.scope() != 0 {
        o["scope"] = json!(name_of(nlwire::route::SCOPE_NAMES, r.scope()));
    }
    if let Some(src) = r.prefsrc().unwrap() {
        o["prefsrc"] = json!(src.to_string());
    }
    if let Some(metric) = r.priority().unwrap() {
        o["metric"] = json!(metric);
    }
    if let Some(ci) = r.cacheinfo().unwrap() {
        // USER_HZ is 100: ip prints whole seconds.
        if ci.expires.get() != 0 {
            o["expires"] = json!(ci.expires.get() / 100);
        }
    }
    if let Some(pref) = r.pref().unwrap() {
        o["pref"] = json!(name_of(PREF_NAMES, pref));
    }
    if let Some(hops) = r.multipath().unwrap() {
        o["nexthops"] = hops.map(|h| hop_json(&h.unwrap(), names)).collect();
    }
    o
}

fn routes(file: &str) -> Vec<Vec<u8>> {
    let bytes = fixture(file);
    Messages::new(&bytes)
        .map(|m| m.unwrap())
        .filter(|m| m.kind() == msg_type::RTM_NEWROUTE)
        .map(|m| m.bytes().to_vec())
        .collect()
}

fn compare(file: &str, json_file: &str) {
    let names = link_names();
    let ours: Vec<Json> = routes(file)
        .iter()
        .filter_map(|b| {
            let msg = Message::parse(b).unwrap();
            let r = Route::parse(&msg).unwrap();
            (r.table().unwrap() == table::MAIN).then(|| ip_style(&r, &names))
        })
        .collect();
    let theirs = ip_json(json_file);
    let theirs = theirs.as_array().unwrap();
    assert_eq!(ours.len(), theirs.len(), "{json_file}: ours {ours:#?}");
    for t in theirs {
        let o = ours
            .iter()
            .find(|o| o["dst"] == t["dst"] && o["dev"] == t["dev"])
            .unwrap_or_else(|| panic!("{json_file}: no route like {t}"));
        assert_eq!(o, t, "{json_file}");
    }
}

#[test]
fn ipv4_main_table_matches_ip_route_show() {
    compare("route_dump_inet.bin", "ip_route.json");
}

#[test]
fn ipv6_main_table_matches_ip_6_route_show() {
    compare("route_dump_inet6.bin", "ip_route6.json");
}

#[test]
fn table_100_route_has_its_mtu_metric() {
    // The corpus README: "a route in table 100 with an mtu metric".
    let in_100: Vec<_> = routes("route_dump_inet.bin")
        .into_iter()
        .filter(|b| Route::parse(&Message::parse(b).unwrap()).unwrap().table().unwrap() == 100)
        .collect();
    assert_eq!(in_100.len(), 1);
    let msg = Message::parse(&in_100[0]).unwrap();
    let r = Route::parse(&msg).unwrap();
    let mtu = r.metric(rtax::MTU).unwrap().expect("mtu metric");
    assert_eq!(msg.get_path(&["metrics", "mtu"]).unwrap(), Some(Value::U32(mtu)));
    assert_eq!(msg.get("table").unwrap(), Some(Value::U32(100)));
    // Its gateway is on veth0's subnet, 10.1.0.0/24 (ip_addr.json).
    let gw = match r.gateway().unwrap() {
        Some(IpAddr::V4(a)) => a.octets(),
        other => panic!("{other:?}"),
    };
    assert_eq!(gw[..3], [10, 1, 0]);
}

#[test]
fn route_events_of_the_monitor_capture_parse() {
    let mut seen = 0;
    for dgram in monitor_datagrams() {
        for msg in Messages::new(&dgram).map(|m| m.unwrap()) {
            if matches!(msg.kind(), msg_type::RTM_NEWROUTE | msg_type::RTM_DELROUTE) {
                let r = Route::parse(&msg).unwrap();
                r.table().unwrap();
                seen += 1;
            }
        }
    }
    assert!(seen > 0);
}
