//! Live kernel: monitoring with a reused buffer. Lost events surface as
//! `Overrun` and the monitor keeps working; receiving events allocates
//! nothing (counted exactly with a global allocator).

use nlwire::link::Link;
use nlwire_rustix::monitor::{Monitor, MonitorEvent};
use nlwire_rustix::{rtnlgrp, Netns, Options, Protocol, Socket};
use nlwire_std::{Event, Group, IPRoute};
use nlwire_tests::alloc_count::{allocations, CountingAlloc};
use nlwire_tests::live::{live, queue_stale0_then_lose_its_deletion, TestNs};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

#[test]
fn overrun_is_reported_and_the_monitor_goes_on() {
    if !live("overrun_is_reported_and_the_monitor_goes_on") {
        return;
    }
    let ns = TestNs::new();
    let sock = Socket::open_in_netns(Netns::Name(&ns.name), Protocol::Route, &Options::new()).unwrap();
    sock.add_membership(rtnlgrp::LINK).unwrap();
    sock.set_recv_buffer_size_force(1024).unwrap();
    // Far more link events than 1 KiB of receive buffer holds.
    let lines: String = (0..200).map(|i| format!("link add o{i} type veth peer name p{i}\n")).collect();
    ns.ip_batch(&lines);

    let mut buf = [0u8; 16 * 1024];
    let mut monitor = Monitor::new(&sock, &mut buf[..]);
    let mut overruns = 0;
    sock.set_nonblocking(true).unwrap();
    loop {
        match monitor.next() {
            Ok(MonitorEvent::Overrun) => overruns += 1,
            Ok(MonitorEvent::Message(_)) => {}
            Err(nlwire_rustix::RequestError::Socket(nlwire_rustix::Error::WouldBlock)) => break,
            Err(e) => panic!("{e}"),
        }
    }
    assert!(overruns >= 1, "the flood overflowed the receive buffer");
    // The monitor still works: a new change arrives as an event.
    sock.set_nonblocking(false).unwrap();
    ns.ip(&["link", "add", "after0", "type", "ifb"]);
    loop {
        if let MonitorEvent::Message(msg) = monitor.next().unwrap() {
            if Link::parse(&msg).ok().and_then(|l| l.ifname().ok().flatten()) == Some("after0") {
                break;
            }
        }
    }
}

/// The example's monitoring loop, run here under the counting allocator.
#[allow(dead_code)] // its `main` is the example's, not the test's
#[path = "../../std-adapter/examples/monitor.rs"]
mod example;

#[test]
fn receiving_events_allocates_nothing() {
    if !live("receiving_events_allocates_nothing") {
        return;
    }
    let ns = TestNs::new();
    let ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let mut monitor = ipr.monitor(&[Group::Link]).unwrap();
    let lines: String = (0..50).map(|i| format!("link add q{i} type ifb\n")).collect();
    ns.ip_batch(&lines);

    // The example's loop, printing into a counting sink.
    let mut out = CountingSink(0);
    let before = allocations();
    example::print_events(&mut monitor, &mut out, 50).unwrap();
    let allocations = allocations() - before;
    assert!(out.0 > 50 * "link 1 Some(\"q0\")".len(), "{} bytes printed", out.0);
    assert_eq!(allocations, 0, "allocations while printing 50 events");
}

/// An `io::Write` that only counts bytes.
struct CountingSink(usize);
impl std::io::Write for CountingSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// After an `Overrun`, the events still queued from before the loss are an
/// incomplete history: applied after a re-dump they would bring back what a
/// lost event removed. The monitor discards them, so what follows an
/// `Overrun` is what changed after it.
#[test]
fn an_overrun_discards_the_events_queued_before_the_loss() {
    if !live("an_overrun_discards_the_events_queued_before_the_loss") {
        return;
    }
    let ns = TestNs::new();
    let ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let mut monitor = ipr.monitor(&[Group::Link]).unwrap();
    monitor.socket().set_recv_buffer_size_force(1024).unwrap();
    queue_stale0_then_lose_its_deletion(&ns);

    monitor.socket().set_nonblocking(true).unwrap();
    assert!(matches!(monitor.next_event().unwrap(), Event::Overrun));
    match monitor.next_event() {
        Err(nlwire_std::Error::Socket(nlwire_rustix::Error::WouldBlock)) => {}
        Ok(event) => panic!("an event from before the loss followed the overrun: {event:?}"),
        Err(e) => panic!("{e}"),
    }
    // A change after the overrun is the next event.
    ns.ip(&["link", "add", "after0", "type", "ifb"]);
    let Event::NewLink(msg) = monitor.next_event().unwrap() else { panic!("expected NewLink") };
    assert_eq!(Link::parse(&msg).unwrap().ifname().unwrap(), Some("after0"));
}
