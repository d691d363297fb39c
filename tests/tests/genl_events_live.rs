//! Live kernel: generic netlink events, in a throwaway namespace. A change
//! made by `ethtool -K` or by an MPTCP listener arrives, decoded by name, on
//! `AsyncGenl::events` and `Genl::events`; a session that joined a group on
//! its own socket keeps the events waiting there when it reads away a dump
//! its caller left unfinished.

use std::process::Command;
use std::time::Duration;

use nlwire_rustix::monitor::MonitorEvent;
use nlwire_std::{AsyncGenl, Genl};
use nlwire_tests::live::{live, veth_ns, TestNs};

/// `ETHTOOL_MSG_FEATURES_NTF` (include/uapi/linux/ethtool_netlink_generated.h).
const ETHTOOL_MSG_FEATURES_NTF: u8 = 13;
/// `MPTCP_EVENT_LISTENER_CREATED` (include/uapi/linux/mptcp_pm.h).
const MPTCP_EVENT_LISTENER_CREATED: u8 = 15;
/// Offset of `genlmsghdr.cmd` in a message (after the 16-byte `nlmsghdr`).
const GENL_CMD: usize = 16;

/// `ip netns exec NS ethtool -K v0 gro on|off`.
fn set_gro(ns: &TestNs, on: bool) {
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.name, "ethtool", "-K", "v0", "gro", if on { "on" } else { "off" }])
        .output()
        .expect("run ethtool");
    assert!(out.status.success(), "ethtool -K: {}", String::from_utf8_lossy(&out.stderr));
}

/// The command byte of a generic message.
fn cmd(msg: &nlwire::Message<'_>) -> u8 {
    msg.bytes()[GENL_CMD]
}

#[tokio::test(flavor = "current_thread")]
async fn ethtool_and_mptcp_events_arrive_decoded() {
    if !live("ethtool_and_mptcp_events_arrive_decoded") {
        return;
    }
    let ns = veth_ns();
    ns.ip(&["address", "add", "192.0.2.1/24", "dev", "v0"]);
    let genl = AsyncGenl::in_netns(ns.name.as_str()).unwrap();
    let mut ethtool = genl.events("ethtool", "monitor").await.unwrap();
    let mut pm = genl.events("mptcp_pm", "mptcp_pm_events").await.unwrap();
    let mut blocking = Genl::in_netns(ns.name.as_str()).unwrap();
    let mut blocking_ethtool = blocking.events("ethtool", "monitor").unwrap();

    set_gro(&ns, true); // off on a new veth
    let (decode, family) = (ethtool.decoder().unwrap(), ethtool.family().id());
    let wait = Duration::from_secs(5);
    let event = tokio::time::timeout(wait, ethtool.next()).await.expect("an ethtool event").unwrap();
    let MonitorEvent::Message(msg) = event else { panic!("events lost") };
    assert_eq!(msg.kind(), family);
    assert_eq!(cmd(&msg), ETHTOOL_MSG_FEATURES_NTF);
    let dev = msg.get_path_in(decode, &["header", "dev-name"]).unwrap().and_then(|v| v.as_str());
    assert_eq!(dev, Some("v0"));

    // The blocking twin saw the same event on its own socket.
    let MonitorEvent::Message(theirs) = blocking_ethtool.next().unwrap() else { panic!("events lost") };
    assert_eq!(theirs.payload(), msg.payload());

    // An MPTCP listener on 192.0.2.1: MPTCP_EVENT_LISTENER_CREATED with its
    // address and port.
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.name, "python3", "-c"])
        .arg(
            "import socket\n\
             s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262)\n\
             s.bind(('192.0.2.1', 0)); s.listen(); print(s.getsockname()[1]); s.close()",
        )
        .output()
        .expect("run python3");
    assert!(out.status.success(), "MPTCP listener: {}", String::from_utf8_lossy(&out.stderr));
    let port: u64 = String::from_utf8_lossy(&out.stdout).trim().parse().expect("the listener's port");
    let event = tokio::time::timeout(wait, pm.next()).await.expect("an MPTCP event").unwrap();
    let MonitorEvent::Message(msg) = event else { panic!("events lost") };
    assert_eq!(cmd(&msg), MPTCP_EVENT_LISTENER_CREATED);
    // MPTCP events number their commands apart from the family's requests:
    // read with the event view.
    let event = nlwire::mptcp::Event::parse(&msg).unwrap();
    assert_eq!(event.kind_name(), Some("listener-created"));
    assert_eq!(event.sport().unwrap().map(u64::from), Some(port));
    assert_eq!(event.saddr4().unwrap(), Some("192.0.2.1".parse().unwrap()));
}

#[test]
fn an_unfinished_dump_leaves_the_joined_events_waiting() {
    if !live("an_unfinished_dump_leaves_the_joined_events_waiting") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let ethtool = genl.family("ethtool").unwrap().id();
    genl.join("ethtool", "monitor").unwrap();

    // A lending dump (three devices: one datagram, its end included) left
    // after its first message, with an event queued behind it.
    let mut devices = genl.netdev().devices().unwrap();
    assert!(devices.next().unwrap().is_some());
    set_gro(&ns, true); // off on a new veth
    drop(devices);

    let mut seen = Vec::new();
    let got = genl
        .recv_events(Some(Duration::from_secs(2)), |msg| {
            seen.push((msg.kind(), cmd(msg)));
            Ok(())
        })
        .unwrap();
    assert!(got, "the event queued behind the dump was read away");
    assert_eq!(seen, [(ethtool, ETHTOOL_MSG_FEATURES_NTF)]);

    // The session still answers, and later events still arrive.
    let mut devices = genl.netdev().devices().unwrap();
    let mut count = 0;
    while devices.next().unwrap().is_some() {
        count += 1;
    }
    drop(devices);
    assert_eq!(count, 3, "lo, v0, v1");
    set_gro(&ns, false);
    seen.clear();
    assert!(genl
        .recv_events(Some(Duration::from_secs(2)), |msg| {
            seen.push((msg.kind(), cmd(msg)));
            Ok(())
        })
        .unwrap());
    assert_eq!(seen, [(ethtool, ETHTOOL_MSG_FEATURES_NTF)]);
}
