//! Live kernel, counted with a global allocator wrapper: a generic
//! session's lending dumps and its events allocate nothing per message
//! (the buffers are the session's, made once), blocking and async.

use std::process::Command;

use nlwire_rustix::monitor::MonitorEvent;
use nlwire_std::{AsyncGenl, Genl};
use nlwire_tests::alloc_count::{allocations, CountingAlloc};
use nlwire_tests::live::{live, veth_ns, TestNs};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// `ethtool -K v0 gro on`, then `off`, `count` times: `2 * count`
/// feature notifications.
fn toggle_gro(ns: &TestNs, count: usize) {
    for _ in 0..count {
        for state in ["on", "off"] {
            let out = Command::new("ip")
                .args(["netns", "exec", &ns.name, "ethtool", "-K", "v0", "gro", state])
                .output()
                .expect("run ethtool");
            assert!(out.status.success(), "ethtool -K: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
}

#[test]
fn lending_dumps_and_events_allocate_nothing_per_message() {
    if !live("lending_dumps_and_events_allocate_nothing_per_message") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let mut events = genl.events("ethtool", "monitor").unwrap();

    // A netdev dump, read through to its end.
    let mut devices = genl.netdev().devices().unwrap();
    let before = allocations();
    let mut seen = 0;
    while let Some(dev) = devices.next().unwrap() {
        seen += usize::from(dev.ifindex().unwrap().is_some());
    }
    assert_eq!((allocations() - before, seen), (0, 3), "netdev devices: lo, v0, v1");
    drop(devices);

    // Events: after the first, receiving allocates nothing.
    toggle_gro(&ns, 3);
    assert!(matches!(events.next().unwrap(), MonitorEvent::Message(_)));
    let ethtool = events.family().id();
    let before = allocations();
    for _ in 0..5 {
        let MonitorEvent::Message(msg) = events.next().unwrap() else { panic!("events lost") };
        assert_eq!(msg.kind(), ethtool);
    }
    assert_eq!(allocations() - before, 0, "blocking events");

    // The async session on this thread: the same.
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let genl = AsyncGenl::in_netns(ns.name.as_str()).unwrap();
        let mut events = genl.events("ethtool", "monitor").await.unwrap();
        toggle_gro(&ns, 3);
        assert!(matches!(events.next().await.unwrap(), MonitorEvent::Message(_)));
        let before = allocations();
        for _ in 0..5 {
            assert!(matches!(events.next().await.unwrap(), MonitorEvent::Message(_)));
        }
        assert_eq!(allocations() - before, 0, "async events");

        let mut devices = genl.netdev().devices().await.unwrap();
        let before = allocations();
        let mut seen = 0;
        while let Some(dev) = devices.next().await.unwrap() {
            seen += usize::from(dev.ifindex().unwrap().is_some());
        }
        assert_eq!((allocations() - before, seen), (0, 3), "async netdev devices");
    });
}
