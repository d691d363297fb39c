//! `ipr.tuntap()`: persistent tun and tap devices made and removed in the
//! session's namespace, blocking and async, read back with
//! `ip -d -j link show` (the tun driver's `info_data`) in the same namespace
//! and compared with the devices `ip tuntap add` makes in a twin namespace;
//! `ensure()` and `ensure_absent()` counting what is already so as done.

use nlwire_std::{AsyncIPRoute, Error, IPRoute, TunMode, TuntapAdd};
use nlwire_tests::live::{live, TestNs};
use serde_json::{json, Value};

/// Ids no account on a test machine has, so that ip prints them as numbers.
const UID: u32 = 60_123;
const GID: u32 = 60_124;

/// The `tun` kind's options of `dev`, as `ip -d -j link show` prints them.
fn tun_data(ns: &TestNs, dev: &str) -> Value {
    let link = ns.ip_json(&["-d", "link", "show", "dev", dev])[0].clone();
    assert_eq!(link["linkinfo"]["info_kind"], "tun", "{dev}: {link}");
    link["linkinfo"]["info_data"].clone()
}

/// The `info_data` fields `ip tuntap` sets.
fn flags(data: &Value) -> Value {
    json!({
        "type": data["type"], "pi": data["pi"], "vnet_hdr": data["vnet_hdr"],
        "multi_queue": data["multi_queue"], "persist": data["persist"],
        "user": data["user"], "group": data["group"],
    })
}

/// `ip tuntap add dev tap0 mode tap user UID group GID vnet_hdr multi_queue`,
/// through the verb.
fn add_tap0(ipr: &mut IPRoute) {
    let tap = ipr.tuntap().add("tap0", TunMode::Tap).owner(UID).group(GID);
    tap.vnet_hdr(true).multi_queue(true).send().unwrap();
}

#[test]
fn tun_and_tap_devices_made_and_removed_in_the_sessions_namespace() {
    if !live("tun_and_tap_devices_made_and_removed_in_the_sessions_namespace") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();

    add_tap0(&mut ipr);
    let want = json!({
        "type": "tap", "pi": false, "vnet_hdr": true, "multi_queue": true, "persist": true,
        "user": UID, "group": GID,
    });
    assert_eq!(flags(&tun_data(&ns, "tap0")), want);
    // ip tuntap add dev tun0 mode tun pi
    ipr.tuntap().add("tun0", TunMode::Tun).pi(true).send().unwrap();
    let want = json!({
        "type": "tun", "pi": true, "vnet_hdr": false, "multi_queue": false, "persist": true,
        "user": null, "group": null,
    });
    assert_eq!(flags(&tun_data(&ns, "tun0")), want);
    // Made in the session's namespace, not the caller's.
    let here = std::process::Command::new("ip").args(["link", "show", "dev", "tun0"]).output().unwrap();
    assert!(!here.status.success(), "tun0 is not in the test's own namespace");

    // A name taken: the driver's EBUSY, the device as it was.
    let err = ipr.tuntap().add("tap0", TunMode::Tun).send().unwrap_err();
    assert_eq!(err.errno_name(), Some("EBUSY"), "{err:?}");
    assert_eq!(tun_data(&ns, "tap0")["type"], "tap");
    // Names the kernel cannot take: refused, nothing made.
    let before = ns.ip_link_names();
    for bad in ["0123456789abcdef", "", "a/b", "a b"] {
        let err = ipr.tuntap().add(bad, TunMode::Tap).send().unwrap_err();
        assert!(matches!(err, Error::Invalid(_)), "{bad:?}: {err:?}");
    }
    assert_eq!(ns.ip_link_names(), before);

    // Deletes: a link that is no tun device stays; one that is not there is NotFound.
    ipr.link().add("v0").veth("v1").send().unwrap();
    let err = ipr.tuntap().del("v0").unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    let err = ipr.tuntap().del("nosuch0").unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(ns.ip_link_names(), ["lo", "tap0", "tun0", "v0", "v1"]);
    // The multi-queue tap and the tun, each with its own mode and queues.
    ipr.tuntap().del("tap0").unwrap();
    ipr.tuntap().del("tun0").unwrap();
    assert_eq!(ns.ip_link_names(), ["lo", "v0", "v1"]);
}

#[tokio::test(flavor = "current_thread")]
async fn async_session_makes_and_removes_a_tap() {
    if !live("async_session_makes_and_removes_a_tap") {
        return;
    }
    let ns = TestNs::new();
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    ipr.tuntap().add("tap1", TunMode::Tap).multi_queue(true).group(GID).send().await.unwrap();
    let want = json!({
        "type": "tap", "pi": false, "vnet_hdr": false, "multi_queue": true, "persist": true,
        "user": null, "group": GID,
    });
    assert_eq!(flags(&tun_data(&ns, "tap1")), want);
    ipr.tuntap().add("tap1", TunMode::Tap).multi_queue(true).ensure().await.unwrap();
    ipr.tuntap().del("tap1").await.unwrap();
    ipr.tuntap().ensure_absent("tap1").await.unwrap();
    assert_eq!(ns.ip_link_names(), ["lo"]);
}

/// `tap0` with `vnet_hdr multi_queue`, being built.
fn tap0(ipr: &mut IPRoute) -> TuntapAdd<&mut IPRoute> {
    ipr.tuntap().add("tap0", TunMode::Tap).vnet_hdr(true).multi_queue(true)
}

#[test]
fn ensure_counts_the_same_device_as_done_and_a_gone_one_as_deleted() {
    if !live("ensure_counts_the_same_device_as_done_and_a_gone_one_as_deleted") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    tap0(&mut ipr).owner(UID).group(GID).ensure().unwrap();
    let made = json!({
        "type": "tap", "pi": false, "vnet_hdr": true, "multi_queue": true, "persist": true,
        "user": UID, "group": GID,
    });
    assert_eq!(flags(&tun_data(&ns, "tap0")), made);
    // The same device again, with or without the owner and group: done.
    tap0(&mut ipr).owner(UID).group(GID).ensure().unwrap();
    tap0(&mut ipr).ensure().unwrap();
    assert_eq!(ns.ip_link_names(), ["lo", "tap0"]);

    // Another mode, flag, owner or group: the driver's EBUSY, the device as it was.
    let others = [
        ("tun", ipr.tuntap().add("tap0", TunMode::Tun).vnet_hdr(true).multi_queue(true).ensure()),
        ("pi", tap0(&mut ipr).pi(true).ensure()),
        ("no vnet_hdr", tap0(&mut ipr).vnet_hdr(false).ensure()),
        ("one queue", tap0(&mut ipr).multi_queue(false).ensure()),
        ("other user", tap0(&mut ipr).owner(UID + 1).ensure()),
        ("other group", tap0(&mut ipr).group(GID + 1).ensure()),
    ];
    for (what, result) in others {
        let err = result.unwrap_err();
        assert_eq!(err.errno_name(), Some("EBUSY"), "{what}: {err:?}");
    }
    assert_eq!(flags(&tun_data(&ns, "tap0")), made);
    // A link of that name that is no tun device: EBUSY too.
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let err = ipr.tuntap().add("v0", TunMode::Tap).ensure().unwrap_err();
    assert_eq!(err.errno_name(), Some("EBUSY"), "{err:?}");

    // Absent: deleted, then already gone; a veth is no tun device and stays.
    ipr.tuntap().ensure_absent("tap0").unwrap();
    ipr.tuntap().ensure_absent("tap0").unwrap();
    let err = ipr.tuntap().ensure_absent("v0").unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    assert_eq!(ns.ip_link_names(), ["lo", "v0", "v1"]);
}

/// What `ip -d -j link show` says of a device besides its random address.
fn described(ns: &TestNs, dev: &str) -> Value {
    let link = ns.ip_json(&["-d", "link", "show", "dev", dev])[0].clone();
    json!({
        "flags": link["flags"], "mtu": link["mtu"], "link_type": link["link_type"],
        "txqlen": link["txqlen"], "linkinfo": link["linkinfo"],
    })
}

#[test]
fn devices_are_the_ones_ip_tuntap_makes() {
    if !live("devices_are_the_ones_ip_tuntap_makes") {
        return;
    }
    let (ours, twin) = (TestNs::new(), TestNs::new());
    let mut ipr = IPRoute::in_netns(ours.name.as_str()).unwrap();
    let (uid, gid) = (UID.to_string(), GID.to_string());
    let cases: [(&str, &[&str]); 3] = [
        ("tap0", &["mode", "tap", "user", &uid, "group", &gid, "vnet_hdr", "multi_queue"]),
        ("tun0", &["mode", "tun", "pi"]),
        ("tun1", &["mode", "tun"]),
    ];
    add_tap0(&mut ipr);
    ipr.tuntap().add("tun0", TunMode::Tun).pi(true).send().unwrap();
    ipr.tuntap().add("tun1", TunMode::Tun).send().unwrap();
    for (dev, words) in cases {
        twin.ip(&[&["tuntap", "add", "dev", dev][..], words].concat());
        assert_eq!(described(&ours, dev), described(&twin, dev), "{dev}: ip tuntap add {words:?}");
    }
    // ip must be told the mode and the queues of what it deletes; ours reads them.
    let deletes: [(&str, &[&str]); 3] =
        [("tap0", &["mode", "tap", "multi_queue"]), ("tun0", &["mode", "tun"]), ("tun1", &["mode", "tun"])];
    for (dev, words) in deletes {
        ipr.tuntap().del(dev).unwrap();
        twin.ip(&[&["tuntap", "del", "dev", dev][..], words].concat());
    }
    assert_eq!(ours.ip_link_names(), twin.ip_link_names());
}
