//! Live kernel: `AsyncIPRoute` on a current-thread tokio runtime, in a
//! throwaway namespace; changes read back through its dumps and `ip -j`.

use std::net::{IpAddr, Ipv4Addr};

use nlwire::addr::{self, AddrEntry};
use nlwire::build::Request;
use nlwire::link::{self, IfName, Kind, Link};
use nlwire_std::{AsyncIPRoute, Error};
use nlwire_tests::live::{live, TestNs};

#[tokio::test(flavor = "current_thread")]
async fn requests_dumps_and_batches() {
    if !live("requests_dumps_and_batches") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    let n = |s: &str| IfName::new(s).unwrap();
    ipr.request(&link::Add::new(n("test0"), Kind::Veth { peer: Some(n("test1")) }).mtu(9000)).await.unwrap();

    let links = ipr.dump_owned(&link::Dump::default(), 3).await.unwrap();
    let names: Vec<String> = links
        .iter()
        .map(|m| Link::parse(&m.message()).unwrap().ifname().unwrap().unwrap().to_owned())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.contains(&"test0".to_owned()) && names.contains(&"test1".to_owned()));
    assert_eq!(ns.ip_json(&["link", "show", "dev", "test0"])[0]["mtu"], 9000);

    let test0 = ns.ifindex("test0");
    let a = |last| addr::Add(AddrEntry::new(test0, IpAddr::V4(Ipv4Addr::new(192, 0, 2, last)), 24));
    let (a1, a2) = (a(1), a(2));
    let batch: [&dyn Request; 3] = [&a1, &a2, &a1];
    match ipr.batch(&batch).await {
        Err(Error::Kernel { errno, index, .. }) => assert_eq!((errno, index), (17, Some(2))),
        other => panic!("{other:?}"),
    }
    let json = ns.ip_json(&["-4", "addr", "show", "dev", "test0"]);
    assert_eq!(json[0]["addr_info"].as_array().unwrap().len(), 2);

    let err = ipr
        .request(&link::Add::new(n("x0"), Kind::Other { kind: "nosuchkind", data: None }))
        .await
        .unwrap_err();
    assert_eq!(err.to_string(), "Error: Unknown device type.");
}

#[test]
fn outside_a_runtime_is_an_error_not_a_panic() {
    assert!(matches!(AsyncIPRoute::new(), Err(Error::Invalid(_))));
}
