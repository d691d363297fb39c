//! Live kernel, long-running (`NLWIRE_SOAK_SECS`, default 60 s of storm):
//!
//! - a storm of link (veth pairs, bridges, ports), address and route changes
//!   in a namespace, as fast as the kernel takes them, while a blocking
//!   `IPRoute` monitor and an `AsyncIPRoute` monitor, each with a receive
//!   buffer small enough to overflow, keep the state from events and dump
//!   again after every `Overrun`. Once the storm is over, each one's state
//!   equals a final dump: no event after the last resync was lost.
//! - `AsyncIPRoute` answering 100,000 link requests, a tenth of them
//!   cancelled (futures dropped): every other one gets its own link.
//!
//! Both sample resident memory (`/proc/self/statm`) and the heap bytes the
//! process holds (the counting allocator): after a warm-up, neither grows
//! past a fixed bound. The figures are printed (`--nocapture`) and recorded
//! in RELIABILITY.md.

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::{Barrier, Mutex};
use std::task::Poll;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use nlwire::addr::{self, AddrEntry, AddrFlags, Address};
use nlwire::build::Request;
use nlwire::link::{self, BridgeOptions, IfFlags, IfName, Kind, Link, LinkRef, LinkSettings};
use nlwire::route::{af, Prefix, Route, RouteDump, RouteOp, RouteRequest};
use nlwire::{msg_type, Message};
use nlwire_std::{AsyncIPRoute, Event, Group, IPRoute};
use nlwire_tests::alloc_count::{live_bytes, CountingAlloc};
use nlwire_tests::live::{live, TestNs};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// The tests measure the whole process's memory: one at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Length of the storm: `NLWIRE_SOAK_SECS`, default 60.
fn storm_length() -> Duration {
    let secs = std::env::var("NLWIRE_SOAK_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(60);
    Duration::from_secs(secs)
}

/// The monitors' receive buffer (`SO_RCVBUFFORCE`; the kernel doubles it):
/// a few events' worth, so that a storm overflows it again and again.
const MONITOR_RCVBUF: usize = 16 * 1024;

/// What the monitors watch.
const GROUPS: [Group; 5] =
    [Group::Link, Group::Ipv4Addr, Group::Ipv6Addr, Group::Ipv4Route, Group::Ipv6Route];

/// Interrupted dumps (`NLM_F_DUMP_INTR`) retried while the storm goes on.
const DUMP_RETRIES: u32 = 1000;

/// A monitor with no event for this long, while the storm or its end
/// marker is still to come, lost an event without reporting an `Overrun`.
const SILENCE: Duration = Duration::from_secs(30);

/// Time for the kernel's deferred IPv6 address work (queued with no delay)
/// to run after the storm.
const IPV6_SETTLE: Duration = Duration::from_secs(1);

/// The link created after the storm: a monitor that has it has seen everything.
const END_MARKER: &str = "soakend";

/// What the monitors keep of a link.
#[derive(Debug, Clone, PartialEq, Eq)]
struct LinkState {
    name: String,
    up: bool,
    mtu: Option<u32>,
    master: Option<u32>,
}

/// What identifies a route in its table.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct RouteKey {
    family: u8,
    table: u32,
    dst: Option<IpAddr>,
    dst_len: u8,
    tos: u8,
    priority: Option<u32>,
    oif: Option<u32>,
    kind: u8,
}

/// Links, addresses and routes, built from events or from dumps.
#[derive(Debug, Default, PartialEq, Eq)]
struct State {
    links: BTreeMap<i32, LinkState>,
    addrs: BTreeSet<(u32, IpAddr, u8)>,
    routes: BTreeSet<RouteKey>,
}

impl State {
    /// Applies an event, or a dumped object (a `NEW` message).
    fn apply(&mut self, msg: &Message<'_>) {
        let deleted =
            matches!(msg.kind(), msg_type::RTM_DELLINK | msg_type::RTM_DELADDR | msg_type::RTM_DELROUTE);
        match msg.kind() {
            msg_type::RTM_NEWLINK | msg_type::RTM_DELLINK => {
                let link = Link::parse(msg).expect("link");
                // A bridge port's own messages (AF_BRIDGE) describe the port:
                // one leaving its bridge is an AF_BRIDGE RTM_DELLINK, and
                // the link stays.
                if link.family() != af::UNSPEC {
                    return;
                }
                if deleted {
                    self.links.remove(&link.ifindex());
                } else {
                    let state = LinkState {
                        name: link.ifname().expect("ifname").expect("ifname").to_owned(),
                        up: link.flags().contains(IfFlags::UP),
                        mtu: link.mtu().expect("mtu"),
                        master: link.master().expect("master"),
                    };
                    self.links.insert(link.ifindex(), state);
                }
            }
            msg_type::RTM_NEWADDR | msg_type::RTM_DELADDR => {
                let a = Address::parse(msg).expect("address");
                let key = (a.ifindex(), a.addr().expect("addr").expect("addr"), a.prefix_len());
                if deleted {
                    self.addrs.remove(&key);
                } else {
                    self.addrs.insert(key);
                }
            }
            msg_type::RTM_NEWROUTE | msg_type::RTM_DELROUTE => {
                let r = Route::parse(msg).expect("route");
                let key = RouteKey {
                    family: r.family(),
                    table: r.table().expect("table"),
                    dst: r.dst().expect("dst"),
                    dst_len: r.dst_len(),
                    tos: r.tos(),
                    priority: r.priority().expect("priority"),
                    oif: r.oif().expect("oif"),
                    kind: u8::from(r.kind()),
                };
                if deleted {
                    self.routes.remove(&key);
                } else {
                    self.routes.insert(key);
                }
            }
            other => panic!("unexpected message type {other}"),
        }
    }

    fn has_link(&self, name: &str) -> bool {
        self.links.values().any(|l| l.name == name)
    }
}

/// The dumps that make a [`State`]: every link, address and route.
fn dump_requests() -> [Box<dyn Request>; 3] {
    [Box::new(link::Dump::default()), Box::new(addr::Dump::default()), Box::new(RouteDump::new(af::UNSPEC))]
}

fn dump_state(ipr: &mut IPRoute) -> State {
    let mut state = State::default();
    for request in dump_requests() {
        for msg in ipr.dump_owned(request.as_ref(), DUMP_RETRIES).expect("dump") {
            state.apply(&msg.message());
        }
    }
    state
}

async fn async_dump_state(ipr: &AsyncIPRoute) -> State {
    let mut state = State::default();
    for request in dump_requests() {
        for msg in ipr.dump_owned(request.as_ref(), DUMP_RETRIES).await.expect("dump") {
            state.apply(&msg.message());
        }
    }
    state
}

/// What one monitor saw.
#[derive(Debug)]
struct MonitorReport {
    events: u64,
    overruns: u64,
    /// Datagrams the kernel dropped for the monitor's socket (`Drops` of
    /// `/proc/net/netlink`).
    drops: u64,
}

/// Asserts that the state kept from events equals a dump made after the
/// storm, showing the difference.
fn assert_same(who: &str, kept: &State, dumped: &State) {
    let links: Vec<_> = kept.links.iter().filter(|(i, l)| dumped.links.get(i) != Some(l)).collect();
    let gone: Vec<_> = dumped.links.iter().filter(|(i, _)| !kept.links.contains_key(i)).collect();
    let addrs: Vec<_> = kept.addrs.difference(&dumped.addrs).collect();
    let addrs_gone: Vec<_> = dumped.addrs.difference(&kept.addrs).collect();
    let routes: Vec<_> = kept.routes.difference(&dumped.routes).collect();
    let routes_gone: Vec<_> = dumped.routes.difference(&kept.routes).collect();
    assert!(
        kept == dumped,
        "{who}: the state from events differs from the final dump; kept but not dumped, or different: links \
         {links:?}, addresses {addrs:?}, routes {routes:?}; dumped but not kept: links {gone:?}, addresses \
         {addrs_gone:?}, routes {routes_gone:?}"
    );
}

/// `Drops` of the NETLINK_ROUTE socket with port `port` in namespace `ns`.
fn kernel_drops(ns: &TestNs, port: u32) -> u64 {
    let out = std::process::Command::new("ip")
        .args(["netns", "exec", &ns.name, "cat", "/proc/net/netlink"])
        .output()
        .expect("ip netns exec");
    let table = String::from_utf8_lossy(&out.stdout);
    // sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode
    let row = table
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .find(|f| f.len() >= 10 && f[1] == "0" && f[2] == port.to_string())
        .unwrap_or_else(|| panic!("port {port} not in /proc/net/netlink:\n{table}"));
    row[8].parse().expect("Drops")
}

fn blocking_monitor(ns: &TestNs, ready: &Barrier) -> MonitorReport {
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let mut monitor = ipr.monitor(&GROUPS).unwrap();
    monitor.socket().set_recv_buffer_size_force(MONITOR_RCVBUF).unwrap();
    rustix::net::sockopt::set_socket_timeout(
        monitor.socket(),
        rustix::net::sockopt::Timeout::Recv,
        Some(SILENCE),
    )
    .unwrap();
    let mut state = dump_state(&mut ipr);
    ready.wait();
    let (mut events, mut overruns) = (0, 0);
    while !state.has_link(END_MARKER) {
        match monitor.next_event() {
            Ok(Event::Overrun) => {
                overruns += 1;
                state = dump_state(&mut ipr);
            }
            Ok(event) => {
                events += 1;
                state.apply(event.message().expect("a message"));
            }
            Err(e) => panic!("blocking monitor: {e} (nothing for {SILENCE:?}: an event lost unreported?)"),
        }
    }
    assert_same("blocking monitor", &state, &dump_state(&mut ipr));
    MonitorReport { events, overruns, drops: kernel_drops(ns, monitor.socket().port_id()) }
}

async fn async_monitor(ns: &TestNs, ready: &Barrier) -> MonitorReport {
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    let mut monitor = ipr.monitor(&GROUPS).unwrap();
    monitor.socket().set_recv_buffer_size_force(MONITOR_RCVBUF).unwrap();
    let mut state = async_dump_state(&ipr).await;
    ready.wait();
    let (mut events, mut overruns) = (0, 0);
    while !state.has_link(END_MARKER) {
        let event = tokio::time::timeout(SILENCE, monitor.next_event())
            .await
            .unwrap_or_else(|_| panic!("async monitor: nothing for {SILENCE:?}: an event lost unreported?"))
            .expect("async monitor");
        match event {
            Event::Overrun => {
                overruns += 1;
                state = async_dump_state(&ipr).await;
            }
            event => {
                events += 1;
                state.apply(event.message().expect("a message"));
            }
        }
    }
    assert_same("async monitor", &state, &async_dump_state(&ipr).await);
    MonitorReport { events, overruns, drops: kernel_drops(ns, monitor.socket().port_id()) }
}

/// A small deterministic generator (splitmix64): the storm is the same on
/// every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Resident memory and heap bytes at one moment.
#[derive(Debug, Clone, Copy)]
struct MemorySample {
    rss: u64,
    heap: usize,
}

impl MemorySample {
    fn now() -> Self {
        let statm = std::fs::read_to_string("/proc/self/statm").expect("statm");
        let pages: u64 =
            statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).expect("resident pages");
        MemorySample { rss: pages * 4096, heap: live_bytes() }
    }
}

/// The memory criterion: the samples after warm-up never exceed the
/// largest of the warm-up by more than the bounds. Returns the growth seen.
fn assert_flat(
    who: &str,
    warm: &[MemorySample],
    after: &[MemorySample],
    rss_bound: u64,
    heap_bound: usize,
) -> (u64, usize) {
    let warm_rss = warm.iter().map(|s| s.rss).max().expect("warm-up samples");
    let warm_heap = warm.iter().map(|s| s.heap).max().expect("warm-up samples");
    let rss_growth = after.iter().map(|s| s.rss.saturating_sub(warm_rss)).max().unwrap_or(0);
    let heap_growth = after.iter().map(|s| s.heap.saturating_sub(warm_heap)).max().unwrap_or(0);
    assert!(
        rss_growth <= rss_bound && heap_growth <= heap_bound,
        "{who}: memory grew after warm-up: resident +{rss_growth} bytes (bound {rss_bound}), heap +{heap_growth} \
         bytes (bound {heap_bound}); warm-up max {warm_rss} resident, {warm_heap} heap"
    );
    (rss_growth, heap_growth)
}

/// The churning side: what exists, so that every request succeeds.
struct Storm {
    rng: Rng,
    next_name: u32,
    /// Veth pairs, by the names of their two ends.
    veths: Vec<(IfName, IfName)>,
    /// Bridges, by name and index.
    bridges: Vec<(IfName, u32)>,
    /// Addresses and routes on the stable link `st0`.
    addrs: BTreeSet<IpAddr>,
    routes: BTreeSet<IpAddr>,
    st0: u32,
    requests: u64,
}

const MAX_VETHS: usize = 12;
const MAX_BRIDGES: usize = 3;
const BATCH: usize = 32;

fn name(s: &str) -> IfName {
    IfName::new(s).expect("name")
}

fn set(target: &IfName, settings: LinkSettings<'static>) -> Box<dyn Request> {
    Box::new(link::Set { target: LinkRef::Name(target.clone()), settings, kind: None })
}

impl Storm {
    /// A number no link of the storm has had.
    fn fresh_number(&mut self) -> u32 {
        self.next_name += 1;
        self.next_name
    }

    /// Some veth end, if any.
    fn some_end(&mut self) -> Option<IfName> {
        if self.veths.is_empty() {
            return None;
        }
        let (a, b) = &self.veths[self.rng.below(self.veths.len())];
        Some(if self.rng.below(2) == 0 { a.clone() } else { b.clone() })
    }

    /// The next request of the storm.
    fn next_request(&mut self) -> Box<dyn Request> {
        loop {
            match self.rng.below(8) {
                0 | 1 if self.veths.len() < MAX_VETHS => {
                    let n = self.fresh_number();
                    let (a, b) = (name(&format!("v{n}a")), name(&format!("v{n}b")));
                    self.veths.push((a.clone(), b.clone()));
                    return Box::new(link::Add::new(a, Kind::Veth { peer: Some(b) }));
                }
                0 | 1 => {
                    let (a, _) = self.veths.swap_remove(self.rng.below(self.veths.len()));
                    return Box::new(link::Del(LinkRef::Name(a)));
                }
                2 => {
                    if let Some(end) = self.some_end() {
                        let up = self.rng.below(2) == 0;
                        return set(&end, LinkSettings { up: Some(up), ..LinkSettings::default() });
                    }
                }
                3 => {
                    if let Some(end) = self.some_end() {
                        let mtu = 1280 + self.rng.below(221) as u32;
                        return set(&end, LinkSettings { mtu: Some(mtu), ..LinkSettings::default() });
                    }
                }
                4 => {
                    if let Some(end) = self.some_end() {
                        let master = match self.bridges.len() {
                            0 => 0,
                            n => self.bridges[self.rng.below(n)].1,
                        };
                        return set(&end, LinkSettings { master: Some(master), ..LinkSettings::default() });
                    }
                }
                5 => {
                    let x = 1 + self.rng.below(40) as u8;
                    let (ip, len, flags) = if self.rng.below(2) == 0 {
                        (IpAddr::V4(Ipv4Addr::new(198, 51, 100, x)), 32, AddrFlags::empty())
                    } else {
                        (
                            IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, x.into())),
                            128,
                            AddrFlags::NODAD,
                        )
                    };
                    let entry = AddrEntry::new(self.st0, ip, len).with_flags(flags);
                    return if self.addrs.insert(ip) {
                        Box::new(addr::Add(entry))
                    } else {
                        self.addrs.remove(&ip);
                        Box::new(addr::Del(entry))
                    };
                }
                _ => {
                    let x = 1 + self.rng.below(40) as u8;
                    let dst = if self.rng.below(2) == 0 {
                        Prefix::new(IpAddr::V4(Ipv4Addr::new(203, 0, 113, x)), 32)
                    } else {
                        Prefix::new(IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 1, x.into(), 0, 0, 0, 0)), 64)
                    };
                    let op = if self.routes.insert(dst.addr) {
                        RouteOp::Add
                    } else {
                        self.routes.remove(&dst.addr);
                        RouteOp::Del
                    };
                    return Box::new(RouteRequest::new(op, dst).oif(self.st0));
                }
            }
        }
    }

    /// Adds or deletes a bridge, on its own: its index is needed to
    /// enslave ports to it.
    fn toggle_bridge(&mut self, ipr: &mut IPRoute) {
        if self.bridges.len() < MAX_BRIDGES && self.rng.below(2) == 0 {
            let n = self.fresh_number();
            let bridge = name(&format!("br{n}"));
            ipr.request(&link::Add::new(bridge.clone(), Kind::Bridge(BridgeOptions::default())))
                .expect("add bridge");
            let index = ipr.link_lookup(bridge.as_str()).expect("bridge index")[0];
            self.bridges.push((bridge, index));
        } else if !self.bridges.is_empty() {
            let (bridge, _) = self.bridges.swap_remove(self.rng.below(self.bridges.len()));
            ipr.request(&link::Del(LinkRef::Name(bridge))).expect("delete bridge");
        }
        self.requests += 1;
    }

    /// Churns for `length`, sampling memory every second.
    fn run(&mut self, ipr: &mut IPRoute, length: Duration) -> Vec<MemorySample> {
        let start = Instant::now();
        let mut samples = vec![MemorySample::now()];
        let mut next_sample = start + Duration::from_secs(1);
        while start.elapsed() < length {
            if self.rng.below(8) == 0 {
                self.toggle_bridge(ipr);
            }
            let batch: Vec<Box<dyn Request>> = (0..BATCH).map(|_| self.next_request()).collect();
            let refs: Vec<&dyn Request> = batch.iter().map(|r| r.as_ref()).collect();
            ipr.batch(&refs).unwrap_or_else(|e| panic!("storm batch: {e}"));
            self.requests += BATCH as u64;
            if Instant::now() >= next_sample {
                samples.push(MemorySample::now());
                next_sample += Duration::from_secs(1);
            }
        }
        samples
    }
}

/// `sysctl -w` inside the namespace.
fn sysctl(ns: &TestNs, setting: &str) {
    let ok = std::process::Command::new("ip")
        .args(["netns", "exec", &ns.name, "sysctl", "-qw", setting])
        .status()
        .expect("sysctl");
    assert!(ok.success(), "sysctl {setting}");
}

#[test]
fn monitors_keep_the_state_through_a_storm_of_changes_and_overruns() {
    if !live("monitors_keep_the_state_through_a_storm_of_changes_and_overruns") {
        return;
    }
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let ns = TestNs::new();
    // The stable link `st0` carries the changing addresses and routes, and
    // one address that stays: IPv4 routes go silently when a link loses
    // its last address or goes down. No IPv6 link-local address, no
    // duplicate address detection (changes the kernel makes later, on its
    // own); no IPv6 at all on the links of the storm.
    sysctl(&ns, "net.ipv6.conf.default.addr_gen_mode=1");
    sysctl(&ns, "net.ipv6.conf.default.accept_dad=0");
    ns.ip_batch(
        "link add st0 type veth peer name st1\nlink set st0 up\nlink set st1 up\naddr add 192.0.2.1/24 dev st0\n",
    );
    sysctl(&ns, "net.ipv6.conf.default.disable_ipv6=1");
    let st0 = ns.ifindex("st0");

    let length = storm_length();
    let ready = Barrier::new(3);
    let (blocking, asynchronous, samples, requests, took) = std::thread::scope(|s| {
        let blocking = s.spawn(|| blocking_monitor(&ns, &ready));
        let asynchronous = s.spawn(|| {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async_monitor(&ns, &ready))
        });
        ready.wait();
        let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
        let mut storm = Storm {
            rng: Rng(0x5eed),
            next_name: 0,
            veths: Vec::new(),
            bridges: Vec::new(),
            addrs: BTreeSet::new(),
            routes: BTreeSet::new(),
            st0,
            requests: 0,
        };
        let start = Instant::now();
        let samples = storm.run(&mut ipr, length);
        let took = start.elapsed();
        // IPv6 announces a new address (and inserts its local route) from
        // a work queue (`addrconf_dad_work`, even with `nodad`), after the
        // request has returned: let the last ones go out before the marker.
        std::thread::sleep(IPV6_SETTLE);
        ipr.request(&link::Add::new(name(END_MARKER), Kind::Ifb)).expect("end marker");
        (blocking.join().unwrap(), asynchronous.join().unwrap(), samples, storm.requests, took)
    });

    let warm = samples.len() / 4 + 1;
    let (rss, heap) = assert_flat("storm", &samples[..warm], &samples[warm..], 8 << 20, 1 << 20);
    eprintln!(
        "soak: {requests} requests in {took:?}; blocking monitor {blocking:?}; async monitor {asynchronous:?}; \
         {} memory samples, growth after the first {warm}: resident +{rss} B, heap +{heap} B",
        samples.len()
    );
    for (who, report) in [("blocking", &blocking), ("async", &asynchronous)] {
        assert!(
            report.overruns >= 1 && report.events > 0,
            "{who}: the storm must overflow the monitor: {report:?}"
        );
        assert!(
            report.drops > 0,
            "{who}: overruns reported without the kernel dropping anything: {report:?}"
        );
    }
}

#[test]
fn async_requests_with_a_tenth_cancelled_are_answered_without_growth() {
    if !live("async_requests_with_a_tenth_cancelled_are_answered_without_growth") {
        return;
    }
    const REQUESTS: usize = 100_000;
    /// Futures polled together: more than the session lets in flight.
    const CONCURRENCY: usize = 256;
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let ns = TestNs::new();
    ns.ip_batch("link add a0 type ifb\nlink add a1 type ifb\nlink add a2 type ifb\nlink add a3 type ifb\n");
    let links: Vec<(String, i32)> =
        ["lo", "a0", "a1", "a2", "a3"].iter().map(|n| (n.to_string(), ns.ifindex(n) as i32)).collect();

    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let start = Instant::now();
    let (answered, cancelled, samples) = rt.block_on(async {
        let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
        let (mut answered, mut cancelled, mut samples) = (0, 0, Vec::with_capacity(10));
        // In rounds of 10,000; memory is sampled between rounds, with
        // nothing in flight.
        for round in (0..REQUESTS).step_by(REQUESTS / 10) {
            let requests =
                requests_cancelling_a_tenth(&ipr, &links, round..round + REQUESTS / 10, CONCURRENCY);
            let (a, c) = tokio::time::timeout(SILENCE, requests)
                .await
                .unwrap_or_else(|_| panic!("requests {round}.. still unanswered after {SILENCE:?}"));
            (answered, cancelled) = (answered + a, cancelled + c);
            samples.push(MemorySample::now());
        }
        // The session is still usable.
        let lo = ipr.link().get("lo").await.expect("after the storm of requests");
        assert_eq!(Link::parse(&lo.message()).unwrap().ifname().unwrap(), Some("lo"));
        (answered, cancelled, samples)
    });
    let took = start.elapsed();
    assert_eq!(answered + cancelled, REQUESTS);
    assert!((REQUESTS / 20..REQUESTS / 5).contains(&cancelled), "{cancelled} cancelled");
    // One-time growth (a buffer reaching its largest size) stays under the
    // bound; a leak of one byte per request would be 90,000.
    let (rss, heap) = assert_flat("async requests", &samples[..1], &samples[1..], 1 << 20, 16 << 10);
    eprintln!(
        "soak: {REQUESTS} async requests ({CONCURRENCY} at a time) in {took:?}: {answered} answered, {cancelled} \
         cancelled; growth after the first 10,000 (sampled with none in flight): resident +{rss} B, heap +{heap} B"
    );
}

/// Link requests `numbers`, `concurrency` at a time, each for one of
/// `links` (name, index) in turn; one in twenty dropped before it is sent,
/// one in twenty sent and dropped before its answer is read. Every other
/// answer must be the link asked for. Returns (answered, cancelled).
async fn requests_cancelling_a_tenth(
    ipr: &AsyncIPRoute,
    links: &[(String, i32)],
    numbers: std::ops::Range<usize>,
    concurrency: usize,
) -> (usize, usize) {
    let outcomes = futures_util::stream::iter(numbers)
        .map(|i| async move {
            let mut rng = Rng(i as u64);
            let (name, index) = &links[i % links.len()];
            let request = ipr.link().get(name.as_str());
            let reply = match rng.below(20) {
                0 => return false,
                1 => {
                    let mut request = std::pin::pin!(request);
                    match std::future::poll_fn(|cx| Poll::Ready(request.as_mut().poll(cx))).await {
                        Poll::Pending => return false,
                        Poll::Ready(reply) => reply,
                    }
                }
                _ => request.await,
            };
            let reply = reply.unwrap_or_else(|e| panic!("request {i} for {name}: {e}"));
            let link = Link::parse(&reply.message()).expect("link");
            assert_eq!(
                (link.ifindex(), link.ifname().unwrap()),
                (*index, Some(name.as_str())),
                "request {i}"
            );
            true
        })
        .buffer_unordered(concurrency);
    let answered: Vec<bool> = outcomes.collect().await;
    let n = answered.iter().filter(|a| **a).count();
    (n, answered.len() - n)
}
