//! Live kernel: `AsyncGenl` on a current-thread tokio runtime, in a
//! throwaway namespace, against the blocking `Genl` on the same namespace
//! and against `ip mptcp`: the same verbs (each written once) give the same
//! answers, several requests may be in flight at once, kernel errors keep
//! their errno.

use std::net::IpAddr;

use nlwire::ethtool::ETH_SS_STATS;
use nlwire_std::{AsyncGenl, Genl};
use nlwire_tests::live::{live, TestNs};

/// A namespace with the veth pair v0/v1 up, v0 with 192.0.2.1/24 and
/// 2001:db8::1/64, and three MPTCP endpoints written by `ip mptcp`.
fn setup() -> TestNs {
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["link", "set", "v1", "up"]);
    ns.ip(&["address", "add", "192.0.2.1/24", "dev", "v0"]);
    ns.ip(&["address", "add", "2001:db8::1/64", "dev", "v0", "nodad"]);
    ns.ip(&["mptcp", "endpoint", "add", "192.0.2.1", "dev", "v0", "subflow"]);
    ns.ip(&["mptcp", "endpoint", "add", "192.0.2.2", "signal", "backup"]);
    ns.ip(&["mptcp", "endpoint", "add", "2001:db8::1", "id", "9", "subflow", "fullmesh"]);
    ns.ip(&["mptcp", "limits", "set", "subflows", "3", "add_addr_accepted", "2"]);
    ns
}

#[tokio::test(flavor = "current_thread")]
async fn async_verbs_answer_as_the_blocking_ones() {
    if !live("async_verbs_answer_as_the_blocking_ones") {
        return;
    }
    let ns = setup();
    let mut blocking = Genl::in_netns(ns.name.as_str()).unwrap();
    let genl = AsyncGenl::in_netns(ns.name.as_str()).unwrap();

    // MPTCP endpoints and limits: equal to the blocking session's, and to
    // what `ip mptcp` wrote.
    let endpoints = genl.mptcp().endpoints().await.unwrap();
    assert_eq!(endpoints, blocking.mptcp().endpoints().unwrap());
    let addrs: Vec<IpAddr> = endpoints.iter().map(|e| e.addr).collect();
    let want: Vec<IpAddr> =
        ["192.0.2.1", "192.0.2.2", "2001:db8::1"].iter().map(|a| a.parse().unwrap()).collect();
    assert_eq!(addrs, want);
    assert_eq!(endpoints[2].id, 9);
    assert_eq!(genl.mptcp().limits().await.unwrap(), blocking.mptcp().limits().unwrap());
    assert_eq!(genl.mptcp().endpoint(9).await.unwrap(), endpoints[2]);

    // ethtool channels: the same reply (after the netlink header, which
    // carries each session's sequence number and port).
    let ours = genl.ethtool().channels("v0").await.unwrap();
    let theirs = blocking.ethtool().channels("v0").unwrap();
    assert_eq!(ours.message().message().payload(), theirs.message().message().payload());
    assert_eq!(ours.view().combined_count().unwrap(), theirs.view().combined_count().unwrap());
    assert_eq!(genl.ethtool().features("v0").await.unwrap(), blocking.ethtool().features("v0").unwrap());
    assert_eq!(
        genl.ethtool().string_sets("v0", &[ETH_SS_STATS]).await.unwrap(),
        blocking.ethtool().string_sets("v0", &[ETH_SS_STATS]).unwrap()
    );
    assert_eq!(genl.ethtool().stats("v0", &[]).await.unwrap(), blocking.ethtool().stats("v0", &[]).unwrap());

    // netdev devices, lending on both.
    let mut ours = Vec::new();
    let mut devices = genl.netdev().devices().await.unwrap();
    while let Some(dev) = devices.next().await.unwrap() {
        ours.push((dev.ifindex().unwrap(), dev.xdp_features().unwrap()));
    }
    drop(devices);
    let mut theirs = Vec::new();
    let mut devices = blocking.netdev().devices().unwrap();
    while let Some(dev) = devices.next().unwrap() {
        theirs.push((dev.ifindex().unwrap(), dev.xdp_features().unwrap()));
    }
    assert_eq!(ours, theirs);
    assert_eq!(ours.len(), 3, "lo, v0, v1");

    // Several verbs in flight at once on one session (each handle bound:
    // a verb's future borrows its handle).
    let (mut ethtool, mut pm, mut pm2) = (genl.ethtool(), genl.mptcp(), genl.mptcp());
    let (channels, eps, limits) = tokio::join!(ethtool.channels("v1"), pm.endpoints(), pm2.limits());
    assert_eq!(
        channels.unwrap().message().message().payload(),
        blocking.ethtool().channels("v1").unwrap().message().message().payload()
    );
    assert_eq!(eps.unwrap(), endpoints);
    assert_eq!(limits.unwrap().subflows, 3);

    // Any command by family name, lent one by one.
    let mut raw = genl.dump("netdev", &nlwire::netdev::DeviceDump).await.unwrap();
    let mut count = 0;
    while raw.next().await.unwrap().is_some() {
        count += 1;
    }
    drop(raw);
    assert_eq!(count, 3);

    // No WireGuard module here: the family named as missing, on both.
    let (ours, theirs) = (genl.wireguard().device("wg0").await, blocking.wireguard().device("wg0"));
    assert_eq!(ours.unwrap_err().to_string(), theirs.unwrap_err().to_string());

    // Kernel errors keep their errno: a device that is not there (ENODEV),
    // a family the kernel does not have (ENOENT).
    assert_eq!(genl.ethtool().channels("nope0").await.unwrap_err().errno(), Some(19));
    assert_eq!(genl.family("no-such-family").await.unwrap_err().errno(), Some(2));
    // A change through the async session, read by the blocking one.
    genl.mptcp().del_endpoint(9).await.unwrap();
    assert_eq!(blocking.mptcp().endpoints().unwrap(), endpoints[..2]);
}
