//! Live kernel: `ipr.mdb()` (`bridge mdb`): permanent and temporary IPv4,
//! IPv6 and link-layer groups, (S, G) entries, VLANs and source lists
//! added, replaced and deleted through nlwire-std in one namespace and
//! through `bridge mdb` in its twin, read back with `bridge -j -d mdb show`;
//! the lazy dump and `get` list what bridge lists, blocking and async.

use std::collections::BTreeSet;
use std::net::IpAddr;
use std::process::Command;

use nlwire::mdb::{Group, Mdb};
use nlwire_std::{Error, IPRoute};
use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

/// IPv6 off (no groups the kernel joins by itself), IGMPv3/MLDv2 (filter
/// modes and source lists), bridges `br0` with ports `va`, `vb` and `br1`
/// with port `vc`, all up with their peers.
fn bridged() -> TestNs {
    let ns = TestNs::new();
    ns.ipv6_off();
    ns.ip_batch(
        "link add br0 type bridge mcast_igmp_version 3 mcast_mld_version 2
         link add br1 type bridge
         link add va type veth peer name pa
         link add vb type veth peer name pb
         link add vc type veth peer name pc
         link set va master br0
         link set vb master br0
         link set vc master br1
         link set br0 up
         link set br1 up
         link set va up
         link set vb up
         link set vc up
         link set pa up
         link set pb up
         link set pc up
",
    );
    ns
}

/// `bridge -n NS args...`, which must succeed.
fn bridge(ns: &TestNs, args: &[&str]) -> Vec<u8> {
    let out = Command::new("bridge").arg("-n").arg(&ns.name).args(args).output().expect("run bridge");
    assert!(out.status.success(), "bridge {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn entries(ns: &TestNs) -> Vec<String> {
    ns.bridge_mdb().0
}

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

fn grp(s: &str) -> Group {
    Group::Ip(ip(s))
}

#[test]
fn mdb_entries_read_back_as_bridges_own() {
    if !live("mdb_entries_read_back_as_bridges_own") {
        return;
    }
    let (ours, theirs) = (bridged(), bridged());
    let mut ipr = IPRoute::in_netns(ours.name.as_str()).unwrap();
    let mac = Group::Mac([0x01, 0x02, 0x03, 0x04, 0x05, 0x06]);

    ipr.mdb().add("br0", "va", grp("239.1.1.1")).permanent().send().unwrap();
    ipr.mdb().add("br0", "vb", grp("239.1.1.1")).send().unwrap();
    ipr.mdb().add("br0", "va", grp("239.1.1.2")).permanent().vid(5).send().unwrap();
    ipr.mdb().add("br0", "va", grp("ff0e::1")).permanent().send().unwrap();
    ipr.mdb().add("br0", "vb", grp("239.1.1.3")).source(ip("192.0.2.9")).permanent().send().unwrap();
    ipr.mdb().add("br0", "va", grp("ff0e::2")).source(ip("2001:db8::9")).send().unwrap();
    ipr.mdb().add("br0", "va", mac).permanent().send().unwrap();
    ipr.mdb().add("br0", "br0", grp("239.1.1.9")).send().unwrap();
    ipr.mdb().add("br1", "vc", grp("239.1.1.1")).permanent().send().unwrap();
    for line in [
        "mdb add dev br0 port va grp 239.1.1.1 permanent",
        "mdb add dev br0 port vb grp 239.1.1.1",
        "mdb add dev br0 port va grp 239.1.1.2 permanent vid 5",
        "mdb add dev br0 port va grp ff0e::1 permanent",
        "mdb add dev br0 port vb grp 239.1.1.3 src 192.0.2.9 permanent",
        "mdb add dev br0 port va grp ff0e::2 src 2001:db8::9 temp",
        "mdb add dev br0 port va grp 01:02:03:04:05:06 permanent",
        "mdb add dev br0 port br0 grp 239.1.1.9",
        "mdb add dev br1 port vc grp 239.1.1.1 permanent",
    ] {
        bridge(&theirs, &line.split_whitespace().collect::<Vec<_>>());
    }
    let added = entries(&ours);
    assert_eq!(added, entries(&theirs));
    assert_eq!(added.len(), 9);

    // What bridge 6.1 cannot add, read back with it: a source list, a
    // filter mode, a protocol; then replaced.
    let sources = [ip("192.0.2.1"), ip("192.0.2.2")];
    let g = grp("239.1.1.4");
    ipr.mdb().add("br0", "vb", g).permanent().filter_mode(true).source_list(&sources).send().unwrap();
    let json: Value = serde_json::from_slice(&bridge(&ours, &["-j", "-d", "mdb", "show"])).unwrap();
    let star_g = |json: &Value| -> Value {
        json[0]["mdb"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["grp"] == "239.1.1.4" && e.get("src").is_none())
            .cloned()
            .unwrap()
    };
    let entry = star_g(&json);
    assert_eq!(entry["filter_mode"], "include", "{entry}");
    let listed: Vec<&str> =
        entry["source_list"].as_array().unwrap().iter().map(|s| s["address"].as_str().unwrap()).collect();
    assert_eq!(listed.iter().copied().collect::<BTreeSet<_>>(), BTreeSet::from(["192.0.2.1", "192.0.2.2"]));
    ipr.mdb().replace("br0", "vb", g).permanent().filter_mode(false).protocol(186).send().unwrap();
    let json: Value = serde_json::from_slice(&bridge(&ours, &["-j", "-d", "mdb", "show"])).unwrap();
    let entry = star_g(&json);
    assert_eq!((entry["filter_mode"].as_str(), entry["protocol"].as_str()), (Some("exclude"), Some("bgp")));
    ipr.mdb().del("br0", "vb", g).send().unwrap();
    assert_eq!(entries(&ours), added);

    // The lazy dump, whole and of one bridge: the groups bridge lists.
    let groups = |ipr: &mut IPRoute, br: Option<&str>| -> BTreeSet<(u32, String)> {
        let mut dump = ipr.mdb().dump(br.map(Into::into)).unwrap();
        let mut out = BTreeSet::new();
        while let Some(msg) = dump.next().unwrap() {
            let mdb = Mdb::parse(&msg).unwrap();
            for pg in mdb.port_groups() {
                let pg = pg.unwrap();
                out.insert((mdb.ifindex(), format!("{} {}", pg.port(), pg.group().unwrap())));
            }
        }
        out
    };
    let bridge_groups = |args: &[&str]| -> BTreeSet<(u32, String)> {
        let json: Value = serde_json::from_slice(&bridge(&ours, args)).unwrap();
        let json = &json[0]["mdb"];
        let index = |name: &str| ours.ifindex(name);
        json.as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let port = index(e["port"].as_str().unwrap());
                (e["index"].as_u64().unwrap() as u32, format!("{port} {}", e["grp"].as_str().unwrap()))
            })
            .collect()
    };
    assert_eq!(groups(&mut ipr, None), bridge_groups(&["-j", "mdb", "show"]));
    assert_eq!(groups(&mut ipr, Some("br1")), bridge_groups(&["-j", "mdb", "show", "dev", "br1"]));
    assert_eq!(groups(&mut ipr, Some("br1")).len(), 1);

    // Get: one group, all its ports, as bridge lists them.
    let ports = |reply: &nlwire_std::OwnedMessage| -> BTreeSet<(u32, bool)> {
        let msg = reply.message();
        let mdb = Mdb::parse(&msg).unwrap();
        assert_eq!(mdb.ifindex(), ours.ifindex("br0"));
        mdb.port_groups().map(|pg| pg.unwrap()).map(|pg| (pg.port(), pg.permanent())).collect()
    };
    let listed = |grp: &str, src: Option<&str>| -> BTreeSet<(u32, bool)> {
        let json: Value =
            serde_json::from_slice(&bridge(&ours, &["-j", "mdb", "show", "dev", "br0"])).unwrap();
        json[0]["mdb"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["grp"] == grp && e["src"].as_str() == src)
            .map(|e| (ours.ifindex(e["port"].as_str().unwrap()), e["state"] == "permanent"))
            .collect()
    };
    let reply = ipr.mdb().get("br0", grp("239.1.1.1")).send().unwrap();
    assert_eq!(ports(&reply), listed("239.1.1.1", None));
    assert_eq!(ports(&reply).len(), 2, "va permanent, vb temp");
    let reply = ipr.mdb().get("br0", grp("239.1.1.3")).source(ip("192.0.2.9")).send().unwrap();
    assert_eq!(ports(&reply), listed("239.1.1.3", Some("192.0.2.9")));
    let reply = ipr.mdb().get("br0", grp("239.1.1.2")).vid(5).send().unwrap();
    assert_eq!(ports(&reply), BTreeSet::from([(ours.ifindex("va"), true)]));
    let err = ipr.mdb().get("br0", grp("239.1.1.2")).send().unwrap_err();
    assert_eq!(err.errno_name(), Some("ENOENT"), "{err:?}");
    let err = ipr.mdb().get("nope0", grp("239.1.1.2")).send().unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");

    // Deletes, on both.
    ipr.mdb().del("br0", "va", grp("239.1.1.2")).vid(5).send().unwrap();
    ipr.mdb().del("br0", "va", mac).send().unwrap();
    bridge(&theirs, &["mdb", "del", "dev", "br0", "port", "va", "grp", "239.1.1.2", "vid", "5"]);
    bridge(&theirs, &["mdb", "del", "dev", "br0", "port", "va", "grp", "01:02:03:04:05:06"]);
    assert_eq!(entries(&ours), entries(&theirs));
    assert_eq!(entries(&ours).len(), 7);

    // Refusals: ours, then the kernel's; nothing changed.
    let before = entries(&ours);
    let err = ipr.mdb().add("br0", "va", grp("239.1.1.5")).vid(4095).send().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    let err = ipr.mdb().add("br0", "nope0", grp("239.1.1.5")).send().unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    let err = ipr.mdb().dump(Some("nope0".into())).map(drop).unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    let err = ipr.mdb().add("br0", "va", grp("239.1.1.1")).permanent().send().unwrap_err();
    assert_eq!(err.errno_name(), Some("EEXIST"), "{err:?}");
    let err = ipr.mdb().add("br0", "va", grp("192.0.2.1")).send().unwrap_err();
    assert_eq!(err.errno_name(), Some("EINVAL"), "{err:?}");
    assert_eq!(entries(&ours), before);
}

#[tokio::test]
async fn async_mdb_verbs_are_the_same_verbs() {
    if !live("async_mdb_verbs_are_the_same_verbs") {
        return;
    }
    let (ours, theirs) = (bridged(), bridged());
    let ipr = nlwire_std::AsyncIPRoute::in_netns(ours.name.as_str()).unwrap();
    ipr.mdb().add("br0", "va", grp("239.1.1.1")).permanent().vid(7).send().await.unwrap();
    ipr.mdb().add("br0", "vb", grp("ff0e::7")).send().await.unwrap();
    bridge(&theirs, &["mdb", "add", "dev", "br0", "port", "va", "grp", "239.1.1.1", "permanent", "vid", "7"]);
    bridge(&theirs, &["mdb", "add", "dev", "br0", "port", "vb", "grp", "ff0e::7"]);
    assert_eq!(entries(&ours), entries(&theirs));
    let mut dump = ipr.mdb().dump(Some("br0".into())).await.unwrap();
    let mut seen = 0;
    while let Some(msg) = dump.next().await.unwrap() {
        seen += Mdb::parse(&msg).unwrap().port_groups().count();
    }
    assert_eq!(seen, 2);
    ipr.mdb().del("br0", "vb", grp("ff0e::7")).send().await.unwrap();
    assert_eq!(entries(&ours).len(), 1);
}
