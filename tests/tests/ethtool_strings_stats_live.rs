//! ethtool string sets and standard statistics through
//! `nlwire_std::Genl::ethtool` against the live kernel, on lo and a veth
//! pair in a throwaway namespace, compared with what the `ethtool` command
//! (Debian package `ethtool`) prints: `-S` (driver statistics names),
//! `-k` (feature names), `--json -S --all-groups` (standard groups).

use std::process::Command;

use nlwire::ethtool::{string_set_name, ETH_SS_FEATURES, ETH_SS_LINK_MODES, ETH_SS_STATS, ETH_SS_STATS_STD};
use nlwire_std::{Error, Genl};
use nlwire_tests::live::{live, veth_ns, TestNs};

/// `ip netns exec NS ethtool args...`: its standard output; it must succeed.
fn ethtool(ns: &TestNs, args: &[&str]) -> String {
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.name, "ethtool"])
        .args(args)
        .output()
        .expect("run ethtool (Debian package ethtool)");
    assert!(out.status.success(), "ethtool {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn string_sets_are_the_names_ethtool_prints() {
    if !live("string_sets_are_the_names_ethtool_prints") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let mut ethtool_ = genl.ethtool();

    // ETH_SS_STATS: the names `ethtool -S` prints, in its order.
    let sets = ethtool_.string_sets("v0", &[ETH_SS_STATS]).unwrap();
    assert_eq!(sets.len(), 1);
    let ours: Vec<&str> = sets[0].strings.iter().map(|(_, s)| s.as_str()).collect();
    let printed = ethtool(&ns, &["-S", "v0"]);
    let theirs: Vec<&str> =
        printed.lines().skip(1).map(|l| l.trim().split_once(": ").expect("name: value").0).collect();
    assert_eq!(ours, theirs);
    assert_eq!(sets[0].name(), Some("stats"));

    // ETH_SS_FEATURES: every name `ethtool -k` prints that is a kernel name
    // (its legacy names and group headings aside) is in the set.
    let features = ethtool_.string_sets("v0", &[ETH_SS_FEATURES]).unwrap().remove(0).strings;
    let printed = ethtool(&ns, &["-k", "v0"]);
    let mut found = 0;
    for line in printed.lines().skip(1) {
        let name = line.trim().split_once(": ").expect("name: value").0;
        let legacy = ["tx-checksumming", "rx-checksumming", "rx-vlan-offload", "tx-vlan-offload"];
        if (name.starts_with("tx-") || name.starts_with("rx-")) && !legacy.contains(&name) {
            assert!(features.iter().any(|(_, f)| f == name), "{name} printed, not in ETH_SS_FEATURES");
            found += 1;
        }
    }
    assert!(found >= 20, "only {found} feature names compared");
    // Indexes are the bit numbers: 0, 1, 2, ... in order.
    assert!(features.iter().enumerate().all(|(i, (index, _))| *index == i as u32));

    // A system set through a device: ETHTOOL_LINK_MODE_10baseT_Half_BIT is
    // 0, named "10baseT/Half" (net/ethtool/common.c).
    let modes = ethtool_.string_sets("v0", &[ETH_SS_LINK_MODES]).unwrap().remove(0);
    assert_eq!(modes.strings[0], (0, "10baseT/Half".to_string()));

    // No set named: the device's own sets (strset_include() of
    // net/ethtool/strset.c), the driver statistics among them, no system set.
    let own = ethtool_.string_sets("v0", &[]).unwrap();
    let ids: Vec<u32> = own.iter().map(|s| s.id).collect();
    assert!(ids.contains(&ETH_SS_STATS), "{ids:?}");
    for id in [ETH_SS_FEATURES, ETH_SS_LINK_MODES, ETH_SS_STATS_STD] {
        assert!(!ids.contains(&id), "system set {id} in {ids:?}");
    }
    assert!(own.iter().all(|s| string_set_name(s.id).is_some()), "{ids:?}");

    // A device that is not there: the kernel's ENODEV.
    let missing = ethtool_.string_sets("nope0", &[ETH_SS_STATS]).unwrap_err();
    assert_eq!(missing.errno(), Some(19), "{missing}");
    println!("{} driver statistics names and {found} feature names equal to ethtool's", ours.len());
}

#[test]
fn standard_statistics_are_what_ethtool_all_groups_shows() {
    if !live("standard_statistics_are_what_ethtool_all_groups_shows") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let mut ethtool_ = genl.ethtool();

    // The groups ethtool asks for are the kernel's ETH_SS_STATS_STD names.
    let std_names: Vec<String> = ethtool_
        .string_sets("v0", &[ETH_SS_STATS_STD])
        .unwrap()
        .remove(0)
        .strings
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    for dev in ["v0", "lo"] {
        let json: serde_json::Value =
            serde_json::from_str(&ethtool(&ns, &["--json", "-S", dev, "--all-groups"])).unwrap();
        let shown = json[0].as_object().unwrap();
        let groups: Vec<&String> = shown.keys().filter(|k| *k != "ifname").collect();
        let mut sorted_std = std_names.clone();
        sorted_std.sort();
        let mut sorted_shown: Vec<String> = groups.iter().map(|g| g.to_string()).collect();
        sorted_shown.sort();
        assert_eq!(sorted_shown, sorted_std, "{dev}");

        // Neither driver keeps standard statistics: every group without a
        // counter, in ethtool's output and here (not an error).
        assert!(groups.iter().all(|g| shown[g.as_str()].as_object().unwrap().is_empty()), "{dev}: {json}");
        let ours = ethtool_.stats(dev, &[]).unwrap();
        let names: Vec<&str> = ours.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, std_names, "{dev}: every group asked, in the kernel's order");
        assert!(ours.iter().all(|g| g.counters.is_empty()), "{dev}: {ours:?}");
        let some = ethtool_.stats(dev, &["rmon", "eth-mac"]).unwrap();
        let names: Vec<&str> = some.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["eth-mac", "rmon"], "{dev}: the kernel answers in its order");
        assert!(some.iter().all(|g| g.counters.is_empty()), "{dev}: {some:?}");
    }

    // A group the kernel does not name: its EOPNOTSUPP and extended ACK.
    let unknown = ethtool_.stats("v0", &["no-such-group"]).unwrap_err();
    assert_eq!(unknown.errno(), Some(95), "{unknown}");
    assert_eq!(unknown.ext_ack_message(), Some("bit name not found"), "{unknown}");
    // A name no group can have: refused before anything is sent.
    let long = ethtool_.stats("v0", &["a-group-name-of-thirty-two-bytes"]).unwrap_err();
    assert!(matches!(long, Error::Invalid(_)), "{long}");
    println!("{} standard groups, without counters on veth and lo, as ethtool shows", std_names.len());
}
