//! The recorded address dumps decode to what iproute2 printed for the same
//! namespace (`ip -j address show`, the `addr_info` of `ip_addr.json`).

use nlwire::addr::{AddrFlags, Address};
use nlwire::route::SCOPE_NAMES;
use nlwire::spec::Value;
use nlwire::{msg_type, Messages};
use nlwire_tests::{fixture, ip_json, monitor_datagrams};
use serde_json::{json, Value as Json};

/// The boolean flag keys `ip -j` prints, from iproute2's `print_addr_flags`.
fn flag_keys(flags: AddrFlags, inet6: bool) -> Vec<&'static str> {
    let mut keys = Vec::new();
    let named = [
        (AddrFlags::SECONDARY, if inet6 { "temporary" } else { "secondary" }),
        (AddrFlags::TENTATIVE, "tentative"),
        (AddrFlags::DEPRECATED, "deprecated"),
        (AddrFlags::HOMEADDRESS, "home"),
        (AddrFlags::NODAD, "nodad"),
        (AddrFlags::MANAGETEMPADDR, "mngtmpaddr"),
        (AddrFlags::NOPREFIXROUTE, "noprefixroute"),
        (AddrFlags::MCAUTOJOIN, "autojoin"),
        (AddrFlags::DADFAILED, "dadfailed"),
        (AddrFlags::OPTIMISTIC, "optimistic"),
        (AddrFlags::STABLE_PRIVACY, "stable-privacy"),
    ];
    for (flag, key) in named {
        if flags.contains(flag) {
            keys.push(key);
        }
    }
    if !flags.contains(AddrFlags::PERMANENT) {
        keys.push("dynamic");
    }
    keys
}

/// Every address of both dumps as (ifindex, the `addr_info` object ip prints).
fn ours() -> Vec<(u32, Json)> {
    let mut out = Vec::new();
    for file in ["addr_dump_inet.bin", "addr_dump_inet6.bin"] {
        let bytes = fixture(file);
        for msg in Messages::new(&bytes).map(|m| m.unwrap()).filter(|m| m.kind() == msg_type::RTM_NEWADDR) {
            let a = Address::parse(&msg).unwrap();
            let inet6 = a.family() == 10;
            let scope = SCOPE_NAMES.iter().find(|(v, _)| *v == u32::from(a.scope())).unwrap().1;
            let mut o = json!({
                "family": if inet6 { "inet6" } else { "inet" },
                "local": a.addr().unwrap().unwrap().to_string(),
                "prefixlen": a.prefix_len(),
                "scope": scope,
            });
            if let Some(b) = a.broadcast().unwrap() {
                o["broadcast"] = json!(b.to_string());
            }
            if let Some(label) = a.label().unwrap() {
                o["label"] = json!(label);
            }
            for key in flag_keys(a.flags().unwrap(), inet6) {
                o[key] = json!(true);
            }
            let ci = a.cacheinfo().unwrap().unwrap();
            o["valid_life_time"] = json!(ci.ifa_valid.get());
            o["preferred_life_time"] = json!(ci.ifa_prefered.get());
            out.push((a.ifindex(), o));
        }
    }
    out
}

#[test]
fn addresses_match_ip_address_show() {
    let ours = ours();
    let theirs = ip_json("ip_addr.json");
    let mut compared = 0;
    for link in theirs.as_array().unwrap() {
        let ifindex = link["ifindex"].as_u64().unwrap() as u32;
        for t in link["addr_info"].as_array().unwrap() {
            let (_, o) = ours
                .iter()
                .find(|(i, o)| *i == ifindex && o["local"] == t["local"])
                .unwrap_or_else(|| panic!("no address like {t}"));
            for (key, value) in t.as_object().unwrap() {
                if key.ends_with("life_time") && value != &json!(u32::MAX) {
                    // ip ran a moment after the dump: finite lifetimes count down.
                    let (a, b) = (o[key].as_i64().unwrap(), value.as_i64().unwrap());
                    assert!((a - b).abs() <= 5, "{key}: {a} vs {b}");
                } else {
                    assert_eq!(&o[key], value, "{} {key}", t["local"]);
                }
            }
            for key in o.as_object().unwrap().keys() {
                assert!(t.get(key).is_some(), "{}: extra key {key}", t["local"]);
            }
            compared += 1;
        }
    }
    assert_eq!(compared, ours.len(), "every address of the dump is in ip's output");
}

#[test]
fn address_access_by_name() {
    let bytes = fixture("addr_dump_inet.bin");
    let msgs: Vec<_> =
        Messages::new(&bytes).map(|m| m.unwrap()).filter(|m| m.kind() == msg_type::RTM_NEWADDR).collect();
    let labels: Vec<_> = msgs.iter().map(|m| m.get("label").unwrap()).collect();
    assert!(labels.contains(&Some(Value::Str("veth0:sec"))));
    for m in &msgs {
        let a = Address::parse(m).unwrap();
        assert_eq!(m.get("prefixlen").unwrap(), Some(Value::U8(a.prefix_len())));
        assert_eq!(m.get("IFA_LOCAL").unwrap().map(|v| matches!(v, Value::Ip(_))), Some(true));
        let all: Vec<_> = m.get_all("IFA_ADDRESS").unwrap().collect();
        assert_eq!(all.len(), 1);
    }
}

#[test]
fn address_events_of_the_monitor_capture_parse() {
    let mut seen = 0;
    for dgram in monitor_datagrams() {
        for msg in Messages::new(&dgram).map(|m| m.unwrap()) {
            if matches!(msg.kind(), msg_type::RTM_NEWADDR | msg_type::RTM_DELADDR) {
                assert!(Address::parse(&msg).unwrap().addr().unwrap().is_some());
                seen += 1;
            }
        }
    }
    assert!(seen > 0);
}
