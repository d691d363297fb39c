//! The generic netlink views read the recorded replies of `fixtures/kernel-6.18/genl`
//! as the tools printed the same namespace: ethtool features against
//! `ethtool -k`, MPTCP endpoints against `ip -j mptcp endpoint show`, and the
//! controller's family ids against the message types of the families' replies.

use std::collections::BTreeSet;

use nlwire::ethtool::Features;
use nlwire::genl::{Family, GENL_ID_CTRL};
use nlwire::mptcp::Endpoint;
use nlwire::{msg_type, Message, Messages};
use nlwire_tests::{fixture, fixture_dir, ip_json};

/// The messages of a fixture other than `NLMSG_DONE` and `NLMSG_ERROR`.
fn replies(bytes: &[u8]) -> Vec<Message<'_>> {
    Messages::new(bytes)
        .map(|m| m.expect("fixture parses"))
        .filter(|m| !matches!(m.kind(), msg_type::DONE | msg_type::ERROR))
        .collect()
}

#[test]
fn families_name_the_ids_their_replies_carry() {
    let one = fixture("genl/genl_family_ethtool.bin");
    let one = replies(&one);
    assert_eq!(one.len(), 1);
    let ethtool = Family::parse(&one[0]).unwrap();
    assert_eq!(ethtool.name().unwrap(), "ethtool");
    // ETHTOOL_GENL_VERSION and ETHTOOL_MCGRP_MONITOR_NAME (uapi/linux/ethtool_netlink.h).
    assert_eq!(ethtool.version().unwrap(), Some(1));
    assert!(ethtool.group("monitor").unwrap().is_some());

    let dump = fixture("genl/genl_family_dump.bin");
    let ids: Vec<(String, u16)> = replies(&dump)
        .iter()
        .map(|m| {
            let f = Family::parse(m).unwrap();
            (f.name().unwrap().to_string(), f.id().unwrap())
        })
        .collect();
    let id_of = |name: &str| ids.iter().find(|(n, _)| n == name).map(|(_, id)| *id);
    assert_eq!(id_of("nlctrl"), Some(GENL_ID_CTRL));
    assert_eq!(id_of("ethtool"), Some(ethtool.id().unwrap()));
    let features = fixture("genl/ethtool_features_v0.bin");
    assert_eq!(Some(replies(&features)[0].kind()), id_of("ethtool"));
    let endpoints = fixture("genl/mptcp_endpoint_dump.bin");
    assert_eq!(Some(replies(&endpoints)[0].kind()), id_of("mptcp_pm"));
}

#[test]
fn features_read_as_ethtool_k_printed_them() {
    // Lines `name: on|off [fixed]`; legacy group names (`rx-checksumming`)
    // are not kernel names and match nothing.
    let text = std::fs::read_to_string(fixture_dir().join("genl/ethtool_k_v0.txt")).unwrap();
    let printed: Vec<(&str, bool, bool)> = text
        .lines()
        .skip(1)
        .filter_map(|l| {
            let (name, state) = l.trim().split_once(": ")?;
            Some((name, state.starts_with("on"), state.contains("[fixed]")))
        })
        .collect();
    let bytes = fixture("genl/ethtool_features_v0.bin");
    let msgs = replies(&bytes);
    let features = Features::parse(&msgs[0]).unwrap();
    let mut indices = BTreeSet::new();
    let mut compared = 0;
    for f in features.named() {
        let f = f.unwrap();
        assert!(indices.insert(f.index.unwrap()), "{} listed twice", f.name);
        if let Some(&(_, active, fixed)) = printed.iter().find(|(n, _, _)| *n == f.name) {
            assert_eq!((f.active, f.fixed()), (active, fixed), "{}", f.name);
            compared += 1;
        }
    }
    // The kernel sends HW with a mask of every feature bit (64 in 6.18),
    // so every bit is named once, in index order.
    assert_eq!(indices, (0..64).collect());
    assert!(compared >= 50, "only {compared} features compared with ethtool -k");
}

#[test]
fn endpoints_read_as_ip_printed_them() {
    let ip = ip_json("genl/ip_mptcp_endpoint.json");
    let ip = ip.as_array().unwrap();
    let bytes = fixture("genl/mptcp_endpoint_dump.bin");
    let msgs = replies(&bytes);
    assert_eq!(msgs.len(), ip.len());
    for (msg, theirs) in msgs.iter().zip(ip) {
        let e = Endpoint::parse(msg).unwrap();
        assert_eq!(e.addr().unwrap().map(|a| a.to_string()).as_deref(), theirs["address"].as_str());
        assert_eq!(e.id().unwrap().map(u64::from), theirs["id"].as_u64());
        // The kernel sends port 0 for none; ip prints no port then.
        assert_eq!(e.port().unwrap().filter(|&p| p != 0).map(u64::from), theirs["port"].as_u64());
        // MPTCP_PM_ADDR_FLAG_* (uapi/linux/mptcp.h).
        let flags = e.flags().unwrap().map_or(0, |f| f.bits());
        for (bit, name) in [(1, "signal"), (2, "subflow"), (4, "backup"), (8, "fullmesh")] {
            assert_eq!(flags & bit != 0, theirs[name] == true, "{theirs} {name}");
        }
    }
}

#[test]
fn netdev_devices_are_the_links_ip_listed() {
    // `ip -j link show` in nlwcap-genl2: lo 1, v1 2, v0 3 (tests/fixtures/README.md).
    let dump = fixture("genl/netdev_dev_dump.bin");
    let ifindexes: Vec<u32> = replies(&dump)
        .iter()
        .map(|m| nlwire::netdev::Device::parse(m).unwrap().ifindex().unwrap().unwrap())
        .collect();
    assert_eq!(ifindexes, [1, 2, 3]);
}
