//! A link's options as a port of its master (`IFLA_INFO_SLAVE_DATA`) from
//! `ipr.link().add(..)` and `ipr.link().set(..)`: bridge ports live, read
//! back with `ip -d -j link show` (`linkinfo.info_slave_data`) in the same
//! namespace and compared with what `ip link set DEV type bridge_slave ...`
//! makes in a twin namespace; bad input changes nothing. Bond ports (no
//! bond on this kernel) are compared byte-exact in `std_kinds`.

use nlwire::bridge::PortOptions;
use nlwire_std::{AsyncIPRoute, Error, IPRoute, KindData};
use nlwire_tests::live::{live, TestNs};
use serde_json::{json, Value};

/// `ip -d -j link show DEV`: the master and the port options.
fn port(ns: &TestNs, dev: &str) -> (Value, Value, Value) {
    let link = ns.ip_json(&["-d", "link", "show", "dev", dev])[0].clone();
    let info = &link["linkinfo"];
    (link["master"].clone(), info["info_slave_kind"].clone(), info["info_slave_data"].clone())
}

#[test]
fn bridge_port_options_on_add_and_set_read_back_by_ip() {
    if !live("bridge_port_options_on_add_and_set_read_back_by_ip") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    ipr.link().add("br0").bridge(|b| b).send().unwrap();
    ipr.link().add("v0").veth("v1").send().unwrap();

    // A new master and port options in one builder.
    let first = PortOptions {
        cost: Some(10),
        guard: Some(true),
        priority: Some(7),
        learning: Some(false),
        ..PortOptions::default()
    };
    ipr.link().set("v0").master("br0").bridge_port(first).send().unwrap();
    let (master, kind, data) = port(&ns, "v0");
    assert_eq!((master, kind), (json!("br0"), json!("bridge")));
    assert_eq!(
        (&data["cost"], &data["guard"], &data["priority"], &data["learning"]),
        (&json!(10), &json!(true), &json!(7), &json!(false))
    );
    // Port options alone, typed then by name; what is not given stays.
    ipr.link()
        .set("v0")
        .bridge_port(PortOptions { cost: Some(20), hairpin: Some(true), ..first })
        .send()
        .unwrap();
    let data = port(&ns, "v0").2;
    assert_eq!((&data["cost"], &data["hairpin"], &data["guard"]), (&json!(20), &json!(true), &json!(true)));
    let mut by_name = KindData::for_port("bridge").unwrap();
    by_name.set("cost", 30).unwrap().set("brport_isolated", true).unwrap();
    ipr.link().set("v0").mtu(1400).port_data(by_name).send().unwrap();
    let data = port(&ns, "v0").2;
    assert_eq!((&data["cost"], &data["isolated"]), (&json!(30), &json!(true)));
    assert_eq!(ns.ip_json(&["link", "show", "dev", "v0"])[0]["mtu"], 1400);

    // On add: the link made with its master, then its port options.
    let cost40 = PortOptions { cost: Some(40), ..PortOptions::default() };
    ipr.link().add("v2").veth("v3").master("br0").bridge_port(cost40).send().unwrap();
    let (master, _, data) = port(&ns, "v2");
    assert_eq!((master, &data["cost"]), (json!("br0"), &json!(40)));
    // ensure(): the same port options are done; others leave EEXIST.
    ipr.link().add("v2").veth("v3").master("br0").bridge_port(cost40).ensure().unwrap();
    let other = PortOptions { cost: Some(41), ..cost40 };
    let err = ipr.link().add("v2").veth("v3").master("br0").bridge_port(other).ensure().unwrap_err();
    assert_eq!(err.errno_name(), Some("EEXIST"), "{err:?}");

    // Bad input: nothing made, nothing changed.
    let before = ns.ip_link_names();
    let err = ipr.link().add("v4").veth("v5").bridge_port(cost40).send().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "a new port without its master: {err:?}");
    let bad_state = PortOptions { state: Some(5), ..PortOptions::default() };
    let err = ipr.link().add("v4").veth("v5").master("br0").bridge_port(bad_state).send().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    let err = ipr.link().set("v0").bridge_port(bad_state).send().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    // Refused by the kernel (no link 9999 to back up to): the new link is deleted again.
    let no_backup = PortOptions { backup_port: Some(9999), ..PortOptions::default() };
    let err = ipr.link().add("v4").veth("v5").master("br0").bridge_port(no_backup).send().unwrap_err();
    assert!(matches!(err, Error::Kernel { .. }), "{err:?}");
    // A link with no master has no port options to set: the kernel's EOPNOTSUPP.
    let err = ipr.link().set("v1").bridge_port(cost40).send().unwrap_err();
    assert_eq!(err.errno_name(), Some("EOPNOTSUPP"), "{err:?}");
    assert_eq!(ns.ip_link_names(), before);
    assert_eq!(port(&ns, "v0").2["cost"], 30);
}

#[tokio::test(flavor = "current_thread")]
async fn async_session_sets_port_options() {
    if !live("async_session_sets_port_options") {
        return;
    }
    let ns = TestNs::new();
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    ipr.link().add("br0").bridge(|b| b).send().await.unwrap();
    let flood = PortOptions { unicast_flood: Some(false), cost: Some(5), ..PortOptions::default() };
    ipr.link().add("v0").veth("v1").master("br0").bridge_port(flood).send().await.unwrap();
    let (master, kind, data) = port(&ns, "v0");
    assert_eq!(
        (master, kind, &data["flood"], &data["cost"]),
        (json!("br0"), json!("bridge"), &json!(false), &json!(5))
    );
}

/// A bridge `br0` with the veth pair `v0`/`v1`, `v0` its port.
fn bridged(ns: &TestNs) {
    ns.ip(&["link", "add", "br0", "type", "bridge"]);
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "set", "v0", "master", "br0"]);
}

/// A port's options as ip prints them, without the bridge's random address.
fn port_options(ns: &TestNs, dev: &str) -> Value {
    let mut data = port(ns, dev).2;
    for key in ["bridge_id", "root_id"] {
        data.as_object_mut().expect("info_slave_data").remove(key);
    }
    data
}

#[test]
fn bridge_port_options_are_the_ones_ip_link_set_makes() {
    if !live("bridge_port_options_are_the_ones_ip_link_set_makes") {
        return;
    }
    let (ours, twin) = (TestNs::new(), TestNs::new());
    bridged(&ours);
    bridged(&twin);
    let mut ipr = IPRoute::in_netns(ours.name.as_str()).unwrap();
    let changes: [(PortOptions, &str); 3] = [
        (
            PortOptions {
                priority: Some(9),
                cost: Some(77),
                hairpin: Some(true),
                guard: Some(true),
                root_block: Some(true),
                fast_leave: Some(true),
                ..PortOptions::default()
            },
            "priority 9 cost 77 hairpin on guard on root_block on fastleave on",
        ),
        (
            PortOptions {
                learning: Some(false),
                unicast_flood: Some(false),
                proxyarp: Some(true),
                mcast_flood: Some(false),
                bcast_flood: Some(false),
                mcast_to_ucast: Some(true),
                group_fwd_mask: Some(0x4000),
                ..PortOptions::default()
            },
            "learning off flood off proxy_arp on mcast_flood off bcast_flood off mcast_to_unicast on group_fwd_mask 0x4000",
        ),
        (
            PortOptions {
                neigh_suppress: Some(true),
                isolated: Some(true),
                multicast_router: Some(2),
                locked: Some(true),
                ..PortOptions::default()
            },
            "neigh_suppress on isolated on mcast_router 2 locked on",
        ),
    ];
    for (options, words) in changes {
        ipr.link().set("v0").bridge_port(options).send().unwrap();
        let words: Vec<&str> = words.split(' ').collect();
        twin.ip(&[&["link", "set", "v0", "type", "bridge_slave"][..], &words].concat());
        assert_eq!(port_options(&ours, "v0"), port_options(&twin, "v0"), "bridge_slave {words:?}");
    }
}
