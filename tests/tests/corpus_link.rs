//! The recorded link dumps decode to what iproute2 printed for the same
//! namespace (`ip -j link show`, in `ip_link.json`).

use std::collections::HashMap;

use nlwire::fmt::write_hwaddr;
use nlwire::link::{name_of, IfFlags, Link, ARPHRD_NAMES, IFF_NAMES, LINKMODE_NAMES, OPERSTATE_NAMES};
use nlwire::spec::Value;
use nlwire::{msg_type, Messages};
use nlwire_tests::{fixture, ip_json, monitor_datagrams};
use serde_json::{json, Value as Json};

fn hw(bytes: &[u8]) -> String {
    let mut s = String::new();
    write_hwaddr(&mut s, bytes).unwrap();
    s
}

/// The flag list `ip` prints: NO-CARRIER for an up link without carrier,
/// then the flags in iproute2's order, RUNNING left out.
fn ip_flags(flags: IfFlags) -> Vec<String> {
    let mut out = Vec::new();
    if flags.contains(IfFlags::UP) && !flags.contains(IfFlags::RUNNING) {
        out.push("NO-CARRIER".to_string());
    }
    for (bit, name) in IFF_NAMES {
        if *bit != IfFlags::RUNNING.bits() && flags.bits() & bit != 0 {
            out.push(name.to_string());
        }
    }
    out
}

/// Each link of the dump as the JSON object `ip -j link show` prints,
/// with the keys ip uses, built from our views.
fn ours() -> Vec<Json> {
    let bytes = fixture("link_dump_unspec.bin");
    let links: Vec<_> = Messages::new(&bytes)
        .map(|m| m.unwrap())
        .filter(|m| m.kind() == msg_type::RTM_NEWLINK)
        .map(|m| bytes[m.offset()..m.offset() + m.bytes().len()].to_vec())
        .collect();
    let parsed: Vec<_> = links.iter().map(|b| nlwire::Message::parse(b).unwrap()).collect();
    let views: Vec<Link> = parsed.iter().map(|m| Link::parse(m).unwrap()).collect();
    let names: HashMap<i32, String> =
        views.iter().map(|l| (l.ifindex(), l.ifname().unwrap().unwrap().to_string())).collect();
    views
        .iter()
        .map(|l| {
            let mut o = json!({
                "ifindex": l.ifindex(),
                "ifname": l.ifname().unwrap(),
                "flags": ip_flags(l.flags()),
                "mtu": l.mtu().unwrap(),
                "qdisc": l.qdisc().unwrap(),
                "operstate": name_of(OPERSTATE_NAMES, l.operstate().unwrap().unwrap().into()),
                "linkmode": name_of(LINKMODE_NAMES, l.linkmode().unwrap().unwrap().into()),
                "group": if l.group().unwrap() == Some(0) { json!("default") } else { json!(l.group().unwrap()) },
                "txqlen": l.txqlen().unwrap(),
                "link_type": name_of(ARPHRD_NAMES, l.link_type().into()),
                "address": hw(l.address().unwrap().unwrap()),
                "broadcast": hw(l.broadcast().unwrap().unwrap()),
            });
            if let Some(master) = l.master().unwrap() {
                o["master"] = json!(names[&(master as i32)]);
            }
            // ip names the lower link when it is in this namespace and not the link itself.
            if let Some(link) = l.link().unwrap().filter(|&i| i != 0 && i != l.ifindex()) {
                if l.link_netnsid().unwrap().is_none() {
                    o["link"] = json!(names[&link]);
                }
            }
            if let Some(alias) = l.alias().unwrap() {
                o["ifalias"] = json!(alias);
            }
            o
        })
        .collect()
}

#[test]
fn links_match_ip_link_show() {
    let theirs = ip_json("ip_link.json");
    let theirs = theirs.as_array().unwrap();
    let ours = ours();
    assert_eq!(ours.len(), theirs.len());
    for (o, t) in ours.iter().zip(theirs) {
        for (key, value) in t.as_object().unwrap() {
            assert_eq!(&o[key], value, "{}: key {key}", t["ifname"]);
        }
        // And nothing ip would print that it did not.
        for key in o.as_object().unwrap().keys() {
            assert!(t.get(key).is_some(), "{}: extra key {key}", t["ifname"]);
        }
    }
}

#[test]
fn link_kinds_and_kind_data_decode() {
    let bytes = fixture("link_dump_unspec.bin");
    let mut kinds = HashMap::new();
    for msg in Messages::new(&bytes).map(|m| m.unwrap()).filter(|m| m.kind() == msg_type::RTM_NEWLINK) {
        let link = Link::parse(&msg).unwrap();
        let name = link.ifname().unwrap().unwrap().to_string();
        let info = link.linkinfo().unwrap();
        let kind = info.as_ref().and_then(|i| i.kind().unwrap()).map(str::to_owned);
        kinds.insert(name.clone(), kind);
        // pyroute2-style paths reach the same values as the views.
        assert_eq!(msg.get("ifname").unwrap(), Some(Value::Str(&name)));
        let rx = link.stats64().unwrap().unwrap().rx_bytes.get();
        assert_eq!(msg.get_path(&["stats64", "rx_bytes"]).unwrap(), Some(Value::U64(rx)));
        if name == "vx0" {
            // The corpus README: a vxlan with id 42.
            assert_eq!(msg.get_path(&["linkinfo", "data", "vxlan_id"]).unwrap(), Some(Value::U32(42)));
            assert_eq!(msg.get_path(&["linkinfo", "data", "IFLA_VXLAN_ID"]).unwrap(), Some(Value::U32(42)));
            let data = info.unwrap().data().unwrap().unwrap();
            assert_eq!(data.find(nlwire::link::vxlan::ID).unwrap().unwrap().u32().unwrap(), 42);
        }
        if name == "veth1" || name == "veth3" {
            // Enslaved to br0: bridge port data.
            let info = link.linkinfo().unwrap().unwrap();
            assert_eq!(info.slave_kind().unwrap(), Some("bridge"));
            let state = msg.get_path(&["linkinfo", "slave_data", "brport_state"]).unwrap();
            assert!(matches!(state, Some(Value::Enum(_, Some(_)))), "{state:?}");
        }
    }
    // The kinds the corpus README lists.
    let want = [
        ("veth0", "veth"),
        ("veth1", "veth"),
        ("veth2", "veth"),
        ("br0", "bridge"),
        ("mv0", "macvlan"),
        ("vx0", "vxlan"),
        ("ifb0", "ifb"),
    ];
    for (name, kind) in want {
        assert_eq!(kinds[name].as_deref(), Some(kind), "{name}");
    }
    assert_eq!(kinds["lo"], None);
}

#[test]
fn bridge_port_dump_decodes_port_state() {
    let bytes = fixture("link_dump_bridge.bin");
    let mut ports = 0;
    for msg in Messages::new(&bytes).map(|m| m.unwrap()).filter(|m| m.kind() == msg_type::RTM_NEWLINK) {
        let link = Link::parse(&msg).unwrap();
        assert_eq!(link.family(), 7, "AF_BRIDGE dump");
        if let Some(protinfo) = link.protinfo().unwrap() {
            ports += 1;
            let state = protinfo.find(nlwire::link::brport::STATE).unwrap().unwrap().u8().unwrap();
            assert!(state <= 4);
            assert!(matches!(msg.get_path(&["protinfo", "brport_state"]).unwrap(), Some(Value::Enum(..))));
        }
    }
    assert_eq!(ports, 2, "veth1 and veth3 are bridge ports");
}

#[test]
fn link_events_of_the_monitor_capture_parse() {
    let mut seen = 0;
    for dgram in monitor_datagrams() {
        for msg in Messages::new(&dgram).map(|m| m.unwrap()) {
            if matches!(msg.kind(), msg_type::RTM_NEWLINK | msg_type::RTM_DELLINK) {
                let link = Link::parse(&msg).unwrap();
                assert!(link.ifname().unwrap().is_some());
                seen += 1;
            }
        }
    }
    assert!(seen > 0);
}
