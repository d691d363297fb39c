//! Neighbours, rules, netconf and namespace ids against the recorded kernel
//! 6.18 replies, with `ip -j` output as the independent expectation.

use std::collections::{BTreeSet, HashMap};

use nlwire::fmt::write_json;
use nlwire::neigh::{NeighFlags, Neighbour, NudState};
use nlwire::netconf::{NetConf, IFINDEX_ALL, IFINDEX_DEFAULT};
use nlwire::rule::{table_name, Rule};
use nlwire::spec::Value;
use nlwire::{msg_type, Message, Messages};
use nlwire_tests::{fixture, ip_json, monitor_datagrams};
use serde_json::{json, Map, Value as Json};

const FILES: [&str; 6] = [
    "neigh_dump_inet.bin",
    "neigh_dump_inet6.bin",
    "rule_dump_inet.bin",
    "rule_dump_inet6.bin",
    "netconf_dump_inet.bin",
    "netconf_dump_inet6.bin",
];

/// The messages of a dump, all of which must parse; the final NLMSG_DONE is dropped.
fn messages(bytes: &[u8]) -> Vec<Message<'_>> {
    let all: Vec<Message<'_>> = Messages::new(bytes).map(|m| m.expect("message parses")).collect();
    let (last, body) = all.split_last().expect("a dump is not empty");
    assert_eq!(last.kind(), msg_type::DONE, "a dump ends with NLMSG_DONE");
    body.to_vec()
}

/// ifindex -> name, read from the link dump with raw attributes
/// (`struct ifinfomsg` is 16 bytes, its index at offset 4; IFLA_IFNAME = 3).
fn link_names() -> HashMap<u32, String> {
    let bytes = fixture("link_dump_unspec.bin");
    let mut names = HashMap::new();
    for msg in Messages::new(&bytes) {
        let msg = msg.unwrap();
        if msg.kind() != msg_type::RTM_NEWLINK {
            continue;
        }
        let index = u32::from_ne_bytes(msg.payload()[4..8].try_into().unwrap());
        let name = msg.attrs_after(16).find(3).unwrap().expect("IFLA_IFNAME").str().unwrap();
        names.insert(index, name.to_owned());
    }
    names
}

fn hwaddr(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

#[test]
fn every_message_parses_and_formats_as_json() {
    for name in FILES {
        let bytes = fixture(name);
        let msgs = messages(&bytes);
        assert!(!msgs.is_empty(), "{name}");
        for msg in &msgs {
            let mut out = String::new();
            write_json(msg, &mut out).unwrap_or_else(|e| panic!("{name}: {e}"));
            let parsed: Json = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{name}: {e}: {out}"));
            assert!(parsed["attrs"].is_array(), "{name}: {out}");
            // Every attribute has a name in the spec: no unknown ids.
            for pair in parsed["attrs"].as_array().unwrap() {
                assert!(
                    pair[0].as_str().is_some_and(|n| n.contains('_')),
                    "{name}: unnamed attribute in {out}"
                );
            }
            match msg.kind() {
                msg_type::RTM_NEWNEIGH => {
                    let n = Neighbour::parse(msg).unwrap();
                    n.attrs().validate().unwrap();
                    assert!(n.dst().unwrap().is_some());
                    assert!(n.lladdr().unwrap().is_some());
                    assert!(n.cacheinfo().unwrap().is_some());
                    assert!(n.probes().unwrap().is_some());
                }
                msg_type::RTM_NEWRULE => {
                    let r = Rule::parse(msg).unwrap();
                    r.attrs().validate().unwrap();
                    r.table().unwrap();
                    r.priority().unwrap();
                    r.protocol().unwrap().expect("6.18 sends FRA_PROTOCOL");
                }
                msg_type::RTM_NEWNETCONF => {
                    let c = NetConf::parse(msg).unwrap();
                    c.attrs().validate().unwrap();
                    assert!(c.ifindex().unwrap().is_some());
                    assert!(c.forwarding().unwrap().is_some());
                }
                other => panic!("{name}: unexpected message type {other}"),
            }
        }
    }
}

#[test]
fn neighbours_match_ip_neigh() {
    let names = link_names();
    let mut got = Vec::new();
    for file in ["neigh_dump_inet.bin", "neigh_dump_inet6.bin"] {
        let bytes = fixture(file);
        for msg in messages(&bytes) {
            let n = Neighbour::parse(&msg).unwrap();
            // `ip neigh show` hides NOARP (and NONE) entries unless proxy or externally learned.
            let shown_states = NudState::all() - NudState::NOARP;
            if !n.state().intersects(shown_states)
                && !n.flags().intersects(NeighFlags::PROXY | NeighFlags::EXT_LEARNED)
            {
                continue;
            }
            let mut obj = Map::new();
            obj.insert("dst".into(), json!(n.dst().unwrap().unwrap().to_string()));
            obj.insert("dev".into(), json!(names[&n.ifindex()]));
            if let Some(ll) = n.lladdr().unwrap() {
                obj.insert("lladdr".into(), json!(hwaddr(ll)));
            }
            obj.insert("state".into(), json!(n.state().names().collect::<Vec<_>>()));
            got.push(Json::Object(obj));
        }
    }
    let want = ip_json("ip_neigh.json");
    assert_eq!(Json::Array(got), want);
}

#[test]
fn neighbours_answer_pyroute2_style_names() {
    let bytes = fixture("neigh_dump_inet6.bin");
    let want = ip_json("ip_neigh.json");
    let entry = want.as_array().unwrap().iter().find(|e| e["dst"] == "2001:db8::fe").unwrap();
    let msg = messages(&bytes)
        .into_iter()
        .find(|m| matches!(m.get("dst"), Ok(Some(Value::Ip(ip))) if ip.to_string() == entry["dst"]))
        .expect("the IPv6 neighbour of ip_neigh.json");
    let Some(Value::Hwaddr(ll)) = msg.get("lladdr").unwrap() else { panic!("lladdr") };
    assert_eq!(hwaddr(ll), entry["lladdr"]);
    assert_eq!(msg.get("NDA_LLADDR").unwrap(), msg.get("lladdr").unwrap());
    // Header fields by name.
    let state = msg.get("state").unwrap().and_then(|v| v.as_u64()).unwrap();
    let names: Vec<_> = NudState::from_bits_retain(state as u16).names().collect();
    assert_eq!(json!(names), entry["state"]);
    assert_eq!(msg.get("family").unwrap(), Some(Value::U8(10)));
    assert!(matches!(msg.get_path(&["cacheinfo", "ndm_refcnt"]).unwrap(), Some(Value::U32(_))));
    assert_eq!(msg.get("no_such_name"), Err(nlwire::Error::UnknownName));
}

/// A rule as `ip -j rule` prints it, for the keys this corpus uses.
fn ip_rule_object(r: &Rule<'_>) -> Json {
    let host_len = if r.family() == 10 { 128 } else { 32 };
    let mut obj = Map::new();
    obj.insert("priority".into(), json!(r.priority().unwrap().unwrap_or(0)));
    match r.src().unwrap() {
        Some(ip) => {
            obj.insert("src".into(), json!(ip.to_string()));
            if r.src_len() != host_len {
                obj.insert("srclen".into(), json!(r.src_len()));
            }
        }
        None if r.src_len() != 0 => {
            obj.insert("src".into(), json!("0"));
            obj.insert("srclen".into(), json!(r.src_len()));
        }
        None => {
            obj.insert("src".into(), json!("all"));
        }
    }
    if let Some(ip) = r.dst().unwrap() {
        obj.insert("dst".into(), json!(ip.to_string()));
        if r.dst_len() != host_len {
            obj.insert("dstlen".into(), json!(r.dst_len()));
        }
    }
    let (mark, mask) = (r.fwmark().unwrap(), r.fwmask().unwrap());
    if mark.is_some() || mask.is_some() {
        obj.insert("fwmark".into(), json!(format!("{:#x}", mark.unwrap_or(0))));
        if let Some(mask) = mask.filter(|m| *m != u32::MAX) {
            obj.insert("fwmask".into(), json!(format!("{mask:#x}")));
        }
    }
    if let Some(name) = r.iifname().unwrap() {
        obj.insert("iif".into(), json!(name));
    }
    if let Some(name) = r.oifname().unwrap() {
        obj.insert("oif".into(), json!(name));
    }
    let table = r.table().unwrap();
    if table != 0 {
        let name = table_name(table).map_or_else(|| table.to_string(), str::to_owned);
        obj.insert("table".into(), json!(name));
    }
    // ip prints the protocol only when it is neither unspec nor kernel.
    if let Some(p) = r.protocol().unwrap().filter(|p| *p != 0 && *p != 2) {
        obj.insert("protocol".into(), json!(p));
    }
    Json::Object(obj)
}

#[test]
fn rules_match_ip_rule() {
    let bytes = fixture("rule_dump_inet.bin");
    let got: Vec<Json> = messages(&bytes).iter().map(|m| ip_rule_object(&Rule::parse(m).unwrap())).collect();
    assert_eq!(Json::Array(got), ip_json("ip_rule.json"));
}

#[test]
fn inet6_rules_are_the_default_local_and_main() {
    let bytes = fixture("rule_dump_inet6.bin");
    let rules: Vec<(u32, u32)> = messages(&bytes)
        .iter()
        .map(|m| {
            let r = Rule::parse(m).unwrap();
            assert_eq!(r.family(), 10);
            (r.priority().unwrap().unwrap_or(0), r.table().unwrap())
        })
        .collect();
    // Same priorities and tables as the IPv4 local and main rules of ip_rule.json.
    let v4 = ip_json("ip_rule.json");
    let want: Vec<(u32, u32)> = v4
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["table"] == "local" || r["table"] == "main")
        .map(|r| (r["priority"].as_u64().unwrap() as u32, if r["table"] == "local" { 255 } else { 254 }))
        .collect();
    assert_eq!(rules, want);
}

#[test]
fn netconf_covers_every_link_plus_all_and_default() {
    let links: BTreeSet<i32> = ip_json("ip_link.json")
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["ifindex"].as_i64().unwrap() as i32)
        .collect();
    for (file, family) in [("netconf_dump_inet.bin", 2), ("netconf_dump_inet6.bin", 10)] {
        let bytes = fixture(file);
        let mut seen = BTreeSet::new();
        for msg in messages(&bytes) {
            let c = NetConf::parse(&msg).unwrap();
            assert_eq!(c.family(), family, "{file}");
            assert!(seen.insert(c.ifindex().unwrap().unwrap()), "{file}: duplicate ifindex");
        }
        let mut want = links.clone();
        want.insert(IFINDEX_ALL);
        want.insert(IFINDEX_DEFAULT);
        assert_eq!(seen, want, "{file}");
    }
}

#[test]
fn monitor_neighbour_events_parse() {
    let mut events = Vec::new();
    for datagram in monitor_datagrams() {
        for msg in Messages::new(&datagram) {
            let msg = msg.unwrap();
            if msg.kind() != msg_type::RTM_NEWNEIGH && msg.kind() != msg_type::RTM_DELNEIGH {
                continue;
            }
            let mut out = String::new();
            write_json(&msg, &mut out).unwrap();
            let n = Neighbour::parse(&msg).unwrap();
            n.attrs().validate().unwrap();
            let dst = n.dst().unwrap().expect("NDA_DST");
            let ll = n.lladdr().unwrap().expect("NDA_LLADDR").to_vec();
            assert!(matches!(msg.get("dst").unwrap(), Some(Value::Ip(ip)) if ip == dst));
            events.push((msg.kind(), dst, ll, n.ifindex(), n.state()));
        }
    }
    // The capture holds the creation and the deletion of one permanent entry.
    assert_eq!(events.len(), 2, "{events:?}");
    let (new, del) = (&events[0], &events[1]);
    assert_eq!((new.0, del.0), (msg_type::RTM_NEWNEIGH, msg_type::RTM_DELNEIGH));
    assert_eq!((new.1, &new.2, new.3), (del.1, &del.2, del.3));
    assert_eq!(new.4, NudState::PERMANENT);
}
