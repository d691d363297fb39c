//! Live kernel: every verb's `dump()` is lazy. On a namespace with hundreds
//! of links and addresses, a verb-level dump (blocking and async) reads
//! every message `ip -j` shows with no allocation per message, and a dump
//! dropped before its end leaves the session able to dump again.

use std::collections::BTreeSet;

use nlwire::addr::Address;
use nlwire::link::Link;
use nlwire_std::{AsyncIPRoute, IPRoute};
use nlwire_tests::alloc_count::{allocations, CountingAlloc};
use nlwire_tests::live::{live, TestNs};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// veth pairs made: twice as many links, plus `lo`.
const PAIRS: u32 = 150;
/// IPv4 addresses on `a0`, beside its IPv6 link-local one.
const ADDRESSES: u32 = 400;

/// A namespace with `PAIRS` veth pairs (`a0`/`b0` ...) and `ADDRESSES`
/// addresses on `a0` (198.51.100.x/32 and 203.0.113.x/32).
fn crowded() -> TestNs {
    let ns = TestNs::new();
    let links: String = (0..PAIRS).map(|i| format!("link add a{i} type veth peer name b{i}\n")).collect();
    ns.ip_batch(&links);
    let addrs: String = (0..ADDRESSES)
        .map(|i| {
            let net = if i < 200 { "198.51.100" } else { "203.0.113" };
            format!("addr add {net}.{}/32 dev a0\n", i % 200 + 1)
        })
        .collect();
    ns.ip_batch(&addrs);
    ns
}

/// The link names and addresses `ip -j` shows.
fn ip_view(ns: &TestNs) -> (BTreeSet<String>, BTreeSet<String>) {
    let links = ns.ip_json(&["link", "show"]);
    let names = links.as_array().unwrap().iter().map(|l| l["ifname"].as_str().unwrap().to_owned()).collect();
    let addrs = ns.ip_json(&["addr", "show"]);
    let locals = addrs
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["addr_info"].as_array().unwrap().iter())
        .map(|a| a["local"].as_str().unwrap().to_owned())
        .collect();
    (names, locals)
}

/// What one pass over the link and address dumps saw, and the allocations
/// the passes made.
#[derive(Default)]
struct Seen {
    names: BTreeSet<String>,
    locals: BTreeSet<String>,
    link_msgs: usize,
    addr_msgs: usize,
}

#[test]
fn blocking_verb_dumps_are_lazy_and_allocate_nothing_per_message() {
    if !live("blocking_verb_dumps_are_lazy_and_allocate_nothing_per_message") {
        return;
    }
    let ns = crowded();
    let (want_names, want_locals) = ip_view(&ns);
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();

    // The first pass fills the sets (and sizes the session's buffers); the
    // second, counted, reads the same dumps and keeps nothing.
    let mut seen = Seen::default();
    let mut links = ipr.link().dump().unwrap();
    while let Some(msg) = links.next().unwrap() {
        seen.names.insert(Link::parse(&msg).unwrap().ifname().unwrap().unwrap().to_owned());
    }
    drop(links);
    let mut addrs = ipr.addr().dump().unwrap();
    while let Some(msg) = addrs.next().unwrap() {
        seen.locals.insert(Address::parse(&msg).unwrap().local().unwrap().unwrap().to_string());
    }
    drop(addrs);
    assert_eq!(seen.names, want_names);
    assert_eq!(seen.locals, want_locals);

    let before = allocations();
    let mut links = ipr.link().dump().unwrap();
    while let Some(msg) = links.next().unwrap() {
        assert!(Link::parse(&msg).unwrap().ifname().unwrap().is_some());
        seen.link_msgs += 1;
    }
    drop(links);
    let mut addrs = ipr.addr().dump().unwrap();
    while let Some(msg) = addrs.next().unwrap() {
        assert!(Address::parse(&msg).unwrap().addr().unwrap().is_some());
        seen.addr_msgs += 1;
    }
    drop(addrs);
    let allocated = allocations() - before;
    assert_eq!(seen.link_msgs, want_names.len());
    assert_eq!(seen.addr_msgs, want_locals.len());
    assert_eq!(allocated, 0, "allocations for {} links and {} addresses", seen.link_msgs, seen.addr_msgs);

    // Kept, when wanted: the same messages, one copy each.
    assert_eq!(ipr.link().dump().unwrap().collect_owned().unwrap().len(), want_names.len());
}

#[test]
fn a_verb_dump_dropped_early_leaves_the_session_usable() {
    if !live("a_verb_dump_dropped_early_leaves_the_session_usable") {
        return;
    }
    let ns = crowded();
    let (want_names, _) = ip_view(&ns);
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let mut links = ipr.link().dump().unwrap();
    let first = links.next().unwrap().map(|m| Link::parse(&m).unwrap().ifindex());
    assert!(first.is_some());
    drop(links); // the kernel still has most of the dump to send
    assert_eq!(ipr.link().dump().unwrap().collect_owned().unwrap().len(), want_names.len());
    assert_eq!(ipr.link_lookup("a7").unwrap(), vec![ns.ifindex("a7")]);
}

#[tokio::test(flavor = "current_thread")]
async fn async_verb_dumps_are_lazy_and_allocate_nothing_per_message() {
    if !live("async_verb_dumps_are_lazy_and_allocate_nothing_per_message") {
        return;
    }
    let ns = crowded();
    let (want_names, want_locals) = ip_view(&ns);
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();

    let mut seen = Seen::default();
    let mut links = ipr.link().dump().await.unwrap();
    while let Some(msg) = links.next().await.unwrap() {
        seen.names.insert(Link::parse(&msg).unwrap().ifname().unwrap().unwrap().to_owned());
    }
    drop(links);
    let mut addrs = ipr.addr().dump().await.unwrap();
    while let Some(msg) = addrs.next().await.unwrap() {
        seen.locals.insert(Address::parse(&msg).unwrap().local().unwrap().unwrap().to_string());
    }
    drop(addrs);
    assert_eq!(seen.names, want_names);
    assert_eq!(seen.locals, want_locals);

    let before = allocations();
    let mut links = ipr.link().dump().await.unwrap();
    while let Some(msg) = links.next().await.unwrap() {
        assert!(Link::parse(&msg).unwrap().ifname().unwrap().is_some());
        seen.link_msgs += 1;
    }
    drop(links);
    let mut addrs = ipr.addr().dump().await.unwrap();
    while let Some(msg) = addrs.next().await.unwrap() {
        assert!(Address::parse(&msg).unwrap().addr().unwrap().is_some());
        seen.addr_msgs += 1;
    }
    drop(addrs);
    let allocated = allocations() - before;
    assert_eq!((seen.link_msgs, seen.addr_msgs), (want_names.len(), want_locals.len()));
    assert_eq!(allocated, 0, "allocations for {} links and {} addresses", seen.link_msgs, seen.addr_msgs);
    assert_eq!(ipr.addr().dump().await.unwrap().collect_owned().await.unwrap().len(), seen.addr_msgs);
}
