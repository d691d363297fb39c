//! Live kernel: `ipr.netnsid()` (pyroute2's `get_netnsid` / `set_netnsid`)
//! against `ip netns set` in a twin namespace, read back with
//! `ip -j netns list-id`.

use nlwire_std::{AsyncIPRoute, Error, IPRoute, NetnsRef, NsPeer};
use nlwire_tests::live::{live, TestNs};

/// `ip -n NS -j netns list-id`: (nsid, name) pairs, sorted.
fn list_id(ns: &TestNs) -> Vec<(i64, String)> {
    let json = ns.ip_json(&["netns", "list-id"]);
    let mut out: Vec<_> = json
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| (e["nsid"].as_i64().unwrap(), e["name"].as_str().unwrap_or("").to_owned()))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn set_and_get_ids_as_ip_netns_set() {
    if !live("set_and_get_ids_as_ip_netns_set") {
        return;
    }
    let (ours, twin, b, c, d) = (TestNs::new(), TestNs::new(), TestNs::new(), TestNs::new(), TestNs::new());
    let mut ipr = IPRoute::in_netns(ours.name.as_str()).unwrap();

    ipr.netnsid().set(b.name.as_str(), Some(5)).unwrap();
    ipr.netnsid().set(c.name.as_str(), None).unwrap();
    twin.ip(&["netns", "set", &b.name, "5"]);
    twin.ip(&["netns", "set", &c.name, "auto"]);
    let listed = list_id(&ours);
    assert_eq!(listed, list_id(&twin));
    assert_eq!(listed.len(), 2);

    // Read back: by name, by id, and the lazy dump.
    for (id, name) in &listed {
        assert_eq!(ipr.netnsid().get(name.as_str()).unwrap(), Some(*id as i32), "{name}");
        assert_eq!(ipr.netnsid().get(NsPeer::Nsid(*id as i32)).unwrap(), Some(*id as i32));
    }
    let mut dumped: Vec<i64> = ipr
        .netnsid()
        .dump()
        .unwrap()
        .collect_owned()
        .unwrap()
        .iter()
        .map(|m| m.get("nsid").unwrap().expect("nsid").as_i64().unwrap())
        .collect();
    dumped.sort();
    assert_eq!(dumped, listed.iter().map(|(id, _)| *id).collect::<Vec<_>>());
    // The other ways to name a namespace: its file, an open file.
    let path = format!("/run/netns/{}", b.name);
    let by_path = NetnsRef::Path(path.clone().into());
    assert_eq!(ipr.netnsid().get(by_path).unwrap(), Some(5));
    let by_fd = NetnsRef::Fd(std::fs::File::open(&path).unwrap().into());
    assert_eq!(ipr.netnsid().get(by_fd).unwrap(), Some(5));
    // A peer without an id.
    assert_eq!(ipr.netnsid().get(d.name.as_str()).unwrap(), None);

    // Refusals: the kernel's for a second id, ours before sending for the rest.
    let err = ipr.netnsid().set(b.name.as_str(), Some(6)).unwrap_err();
    assert_eq!(err.errno_name(), Some("EEXIST"), "{err:?}");
    let err = ipr.netnsid().set(d.name.as_str(), Some(-3)).unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    let err = ipr.netnsid().set(NsPeer::Nsid(5), Some(7)).unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    let err = ipr.netnsid().set("nlw-no-such-namespace", Some(8)).unwrap_err();
    assert!(matches!(err, Error::Socket(nlwire_rustix::Error::NetnsNotFound)), "{err:?}");
    assert_eq!(list_id(&ours), listed);
}

#[tokio::test(flavor = "current_thread")]
async fn async_session_sets_and_gets() {
    if !live("async_session_sets_and_gets") {
        return;
    }
    let (ours, peer) = (TestNs::new(), TestNs::new());
    let ipr = AsyncIPRoute::in_netns(ours.name.as_str()).unwrap();
    assert_eq!(ipr.netnsid().get(peer.name.as_str()).await.unwrap(), None);
    ipr.netnsid().set(peer.name.as_str(), Some(3)).await.unwrap();
    assert_eq!(ipr.netnsid().get(peer.name.as_str()).await.unwrap(), Some(3));
    assert_eq!(list_id(&ours), [(3, peer.name.clone())]);
}
