//! Live kernel: `ipr.fdb()` (pyroute2's `fdb(...)`) — bridge port and VXLAN
//! entries added, appended, replaced and deleted, against the same
//! `bridge fdb` commands in a twin namespace, read back with `bridge -j`.

use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr};
use std::process::Command;

use nlwire::neigh::NudState;
use nlwire_std::{Error, IPRoute};
use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

/// A bridge `br0` with port `va` (peer `vb`) and a VXLAN device `vx0`, all up.
fn bridged() -> TestNs {
    let ns = TestNs::new();
    ns.ip(&["link", "add", "br0", "type", "bridge"]);
    ns.ip(&["link", "add", "va", "type", "veth", "peer", "name", "vb"]);
    ns.ip(&["link", "set", "va", "master", "br0"]);
    ns.ip(&[
        "link",
        "add",
        "vx0",
        "type",
        "vxlan",
        "id",
        "42",
        "dstport",
        "4789",
        "local",
        "192.0.2.1",
        "nolearning",
    ]);
    for link in ["br0", "va", "vb", "vx0"] {
        ns.ip(&["link", "set", link, "up"]);
    }
    ns
}

/// `bridge -n NS args...`, which must succeed.
fn bridge(ns: &TestNs, args: &[&str]) -> Vec<u8> {
    let out = Command::new("bridge").arg("-n").arg(&ns.name).args(args).output().expect("run bridge");
    assert!(out.status.success(), "bridge {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// Our entries (`02:00:00:00:00:0x` and the all-zero VXLAN default) of
/// `bridge -j fdb show dev DEV`; the devices' own and learned entries differ
/// between namespaces.
fn entries(ns: &TestNs, dev: &str) -> Vec<Value> {
    let json: Value = serde_json::from_slice(&bridge(ns, &["-j", "fdb", "show", "dev", dev])).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            let mac = e["mac"].as_str().unwrap();
            mac.starts_with("02:00:00:00:00:") || mac == "00:00:00:00:00:00"
        })
        .cloned()
        .collect()
}

fn mac(last: u8) -> [u8; 6] {
    [0x02, 0, 0, 0, 0, last]
}

fn v4(last: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(192, 0, 2, last))
}

#[test]
fn fdb_entries_read_back_as_bridges_own() {
    if !live("fdb_entries_read_back_as_bridges_own") {
        return;
    }
    let (ours, theirs) = (bridged(), bridged());
    let mut ipr = IPRoute::in_netns(ours.name.as_str()).unwrap();
    let zero = [0u8; 6];

    ipr.fdb().add(&mac(1)).dev("va").master().state(NudState::NOARP).send().unwrap();
    ipr.fdb().add(&mac(4)).dev("va").master().send().unwrap();
    ipr.fdb().append(&zero).dev("vx0").dst(v4(9)).vni(43).port(4790).send().unwrap();
    ipr.fdb().append(&zero).dev("vx0").dst(v4(10)).send().unwrap();
    ipr.fdb().add(&mac(3)).dev("vx0").dst(v4(11)).send().unwrap();
    ipr.fdb().replace(&mac(3)).dev("vx0").dst(v4(12)).send().unwrap();
    for cmd in [
        &["fdb", "add", "02:00:00:00:00:01", "dev", "va", "master", "static"][..],
        &["fdb", "add", "02:00:00:00:00:04", "dev", "va", "master"],
        &[
            "fdb",
            "append",
            "00:00:00:00:00:00",
            "dev",
            "vx0",
            "dst",
            "192.0.2.9",
            "vni",
            "43",
            "port",
            "4790",
        ],
        &["fdb", "append", "00:00:00:00:00:00", "dev", "vx0", "dst", "192.0.2.10"],
        &["fdb", "add", "02:00:00:00:00:03", "dev", "vx0", "dst", "192.0.2.11"],
        &["fdb", "replace", "02:00:00:00:00:03", "dev", "vx0", "dst", "192.0.2.12"],
    ] {
        bridge(&theirs, cmd);
    }
    for dev in ["va", "vx0"] {
        assert_eq!(entries(&ours, dev), entries(&theirs, dev), "{dev}");
    }
    assert_eq!(entries(&ours, "va").len() + entries(&ours, "vx0").len(), 5);

    // The lazy dump, whole and of one bridge: the entries `bridge` lists.
    let macs = |ipr: &mut IPRoute, br: Option<&str>| -> BTreeSet<String> {
        let dump = ipr.fdb().dump(br.map(Into::into)).unwrap().collect_owned().unwrap();
        dump.iter().map(|m| m.get("lladdr").unwrap().expect("lladdr").to_string()).collect()
    };
    let bridge_macs = |args: &[&str]| -> BTreeSet<String> {
        let json: Value = serde_json::from_slice(&bridge(&ours, args)).unwrap();
        json.as_array().unwrap().iter().map(|e| e["mac"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(macs(&mut ipr, None), bridge_macs(&["-j", "fdb", "show"]));
    assert_eq!(macs(&mut ipr, Some("br0")), bridge_macs(&["-j", "fdb", "show", "br", "br0"]));

    // Deletes.
    ipr.fdb().del(&zero).dev("vx0").dst(v4(10)).send().unwrap();
    ipr.fdb().del(&mac(4)).dev("va").master().send().unwrap();
    bridge(&theirs, &["fdb", "del", "00:00:00:00:00:00", "dev", "vx0", "dst", "192.0.2.10"]);
    bridge(&theirs, &["fdb", "del", "02:00:00:00:00:04", "dev", "va", "master"]);
    for dev in ["va", "vx0"] {
        assert_eq!(entries(&ours, dev), entries(&theirs, dev), "{dev}");
    }

    // Refusals: ours before sending, then the kernel's.
    let before = (entries(&ours, "va"), entries(&ours, "vx0"));
    for err in [
        ipr.fdb().add(&mac(5)).send().unwrap_err(),
        ipr.fdb().add(&[]).dev("va").master().send().unwrap_err(),
        ipr.fdb().add(&mac(5)).dev("va").master().vlan(0).send().unwrap_err(),
        ipr.fdb().add(&mac(5)).dev("vx0").dst(v4(13)).vni(1 << 24).send().unwrap_err(),
    ] {
        assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    }
    let err = ipr.fdb().add(&mac(5)).dev("nope0").send().unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!((entries(&ours, "va"), entries(&ours, "vx0")), before);
    let err = ipr.fdb().add(&mac(1)).dev("va").master().send().unwrap_err();
    assert_eq!(err.errno_name(), Some("EEXIST"), "{err:?}");
}
