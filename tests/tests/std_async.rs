//! Live kernel: `AsyncIPRoute` on a current-thread tokio runtime, in a
//! throwaway namespace; changes read back through its dumps and `ip -j`.

use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::task::Poll;

use futures_util::future::join_all;
use futures_util::{FutureExt, StreamExt, TryStreamExt};
use nlwire::addr::{self, AddrEntry, Address};
use nlwire::build::Request;
use nlwire::link::{self, IfName, Kind, Link, LinkRef};
use nlwire::neigh::Neighbour;
use nlwire::route::{Prefix, Route, RouteDump, RouteRequest};
use nlwire::tc::request::{HtbClass, HtbQdisc, TbfQdisc, U32Match};
use nlwire::tc::{eth_p, Handle, TcObject};
use nlwire_std::kinds::Macvlan;
use nlwire_std::{AsyncIPRoute, Error, Event, Group, OwnedMessage};
use nlwire_tests::alloc_count::{allocations, CountingAlloc};
use nlwire_tests::live::{link_name, live, queue_stale0_then_lose_its_deletion, TestNs};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

#[tokio::test(flavor = "current_thread")]
async fn requests_dumps_and_batches() {
    if !live("requests_dumps_and_batches") {
        return;
    }
    let ns = TestNs::new();
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
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

/// A veth pair `test0`/`test1`, up, with 198.51.100.1/24 on `test0`, and
/// no IPv6 link-local addresses (the kernel would add them, and their
/// routes, up to a second later, in the middle of a count).
fn veth_with_address(ns: &TestNs) -> u32 {
    let ok = std::process::Command::new("ip")
        .args(["netns", "exec", &ns.name, "sysctl", "-qw", "net.ipv6.conf.default.addr_gen_mode=1"])
        .status()
        .unwrap();
    assert!(ok.success());
    ns.ip_batch(
        "link add test0 type veth peer name test1\nlink set test0 up\nlink set test1 up\n\
         addr add 198.51.100.1/24 dev test0\n",
    );
    ns.ifindex("test0")
}

/// `203.0.113.0/24` split into host routes: the `i`-th one through `oif`.
fn host_route(i: u8, oif: u32) -> RouteRequest<'static> {
    RouteRequest {
        oif: Some(oif),
        ..RouteRequest::add(Prefix::host(IpAddr::V4(Ipv4Addr::new(203, 0, 113, i))))
    }
}

/// `2001:db8::7:i/128` through `oif`.
fn host_route_v6(i: u16, oif: u32) -> RouteRequest<'static> {
    RouteRequest {
        oif: Some(oif),
        ..RouteRequest::add(Prefix::host(IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 7, i))))
    }
}

fn main_table_v6() -> RouteDump {
    RouteDump { table: Some(254), ..RouteDump::new(10) }
}

fn main_table_v4() -> RouteDump {
    RouteDump { table: Some(254), ..RouteDump::new(2) }
}

#[tokio::test(flavor = "current_thread")]
async fn requests_in_flight_together_each_get_their_own_answer() {
    if !live("requests_in_flight_together_each_get_their_own_answer") {
        return;
    }
    let ns = TestNs::new();
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    let test0 = veth_with_address(&ns);

    // Sent together, answered in one go: the refusal goes to its own caller.
    let (ok, dup, again, get) = tokio::join!(
        ipr.request(&host_route(1, test0)),
        ipr.request(&host_route(2, test0)),
        ipr.request(&host_route(2, test0)),
        ipr.get(&link::Get(LinkRef::Index(test0))),
    );
    ok.unwrap();
    let refused = [dup, again].into_iter().filter(|r| r.is_err()).collect::<Vec<_>>();
    assert_eq!(refused.len(), 1, "exactly one of the two identical adds is refused");
    assert_eq!(refused[0].as_ref().unwrap_err().errno(), Some(17));
    let link = get.unwrap();
    assert_eq!(Link::parse(&link.message()).unwrap().ifname().unwrap(), Some("test0"));

    // Far more requests than may wait unanswered at once, sent while a dump
    // holds the socket and is read only afterwards: every one is answered
    // (none lost to a full receive buffer), and applied.
    let adds: Vec<RouteRequest<'static>> = (1..=3000).map(|i| host_route_v6(i, test0)).collect();
    let mut dump = ipr.dump(&link::Dump::default()).await.unwrap();
    let mut sends: Vec<_> = adds.iter().map(|r| Box::pin(ipr.request(r))).collect();
    // Each polled once (outside tokio's cooperative budget, which would
    // stop after 128): sent, or waiting for room; none answered, as the
    // dump holds the socket.
    let answered = tokio::task::unconstrained(std::future::poll_fn(|cx| {
        Poll::Ready(sends.iter_mut().map(|s| s.as_mut().poll(cx)).filter(Poll::is_ready).count())
    }))
    .await;
    assert_eq!(answered, 0);
    let mut links = 0;
    while dump.next().await.unwrap().is_some() {
        links += 1;
    }
    assert_eq!(links, 3);
    drop(dump);
    let outcomes = join_all(sends).await;
    assert!(outcomes.iter().all(Result::is_ok), "{:?}", outcomes.iter().find(|r| r.is_err()));
    let routes = ns.ip_json(&["-6", "route", "show", "root", "2001:db8::7:0/112"]);
    assert_eq!(routes.as_array().unwrap().len(), 3000);
}

#[tokio::test(flavor = "current_thread")]
async fn dumps_take_turns_and_requests_pass_between_their_messages() {
    if !live("dumps_take_turns_and_requests_pass_between_their_messages") {
        return;
    }
    let ns = TestNs::new();
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    let test0 = veth_with_address(&ns);
    let adds: Vec<RouteRequest<'static>> = (1..=200).map(|i| host_route(i, test0)).collect();
    let refs: Vec<&dyn Request> = adds.iter().map(|r| r as &dyn Request).collect();
    ipr.batch(&refs).await.unwrap();

    // A second dump asked for while the first is being read waits for its
    // end, instead of failing with EBUSY.
    let expected = ns.ip_json(&["-4", "route", "show", "table", "main"]).as_array().unwrap().len();
    let mut first = ipr.dump(&main_table_v4()).await.unwrap();
    let reading = async {
        let mut n = 0;
        while first.next().await.unwrap().is_some() {
            n += 1;
            tokio::task::yield_now().await;
        }
        n
    };
    let (routes, links) = tokio::join!(reading, ipr.dump_owned(&link::Dump::default(), 0));
    assert_eq!((routes, links.unwrap().len()), (expected, 3));
    drop(first);

    // A request made while a dump is being read: its answer arrives among
    // the dump's datagrams and is handed over.
    let extra = host_route(251, test0);
    let mut dump = ipr.dump(&main_table_v4()).await.unwrap();
    let reading = async {
        let mut n = 0;
        while let Some(msg) = dump.next().await.unwrap() {
            Route::parse(&msg).unwrap();
            n += 1;
            tokio::task::yield_now().await;
        }
        n
    };
    let (seen, added) = tokio::join!(reading, ipr.request(&extra));
    added.unwrap();
    assert!(seen == expected || seen == expected + 1, "{seen} routes seen, {expected} before the add");
    drop(dump);

    // The owned Stream gives the same messages as the owned dump.
    let streamed: Vec<OwnedMessage> =
        ipr.dump(&main_table_v4()).await.unwrap().owned().try_collect().await.unwrap();
    let owned = ipr.dump_owned(&main_table_v4(), 0).await.unwrap();
    let payloads = |v: &[OwnedMessage]| v.iter().map(|m| m.message().payload().to_vec()).collect::<Vec<_>>();
    assert_eq!(payloads(&streamed), payloads(&owned));
    assert_eq!(streamed.len(), expected + 1);
}

#[tokio::test(flavor = "current_thread")]
async fn abandoned_dumps_and_cancelled_requests_leave_the_session_usable() {
    if !live("abandoned_dumps_and_cancelled_requests_leave_the_session_usable") {
        return;
    }
    let ns = TestNs::new();
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    let test0 = veth_with_address(&ns);
    // One batch bigger than the socket's receive buffer can hold answers for.
    let adds: Vec<RouteRequest<'static>> = (1..=2000).map(|i| host_route_v6(i, test0)).collect();
    let refs: Vec<&dyn Request> = adds.iter().map(|r| r as &dyn Request).collect();
    ipr.batch(&refs).await.unwrap();
    let routes_v6 = ns.ip_json(&["-6", "route", "show", "table", "main"]).as_array().unwrap().len();
    assert!(routes_v6 >= 2000, "{routes_v6} IPv6 routes");

    // A dump dropped after its first message: the rest spans many
    // datagrams, which the session reads away.
    let mut dump = ipr.dump(&main_table_v6()).await.unwrap();
    assert!(dump.next().await.unwrap().is_some());
    drop(dump);
    assert_eq!(ipr.dump_owned(&main_table_v6(), 0).await.unwrap().len(), routes_v6);
    let expected = ns.ip_json(&["-4", "route", "show", "table", "main"]).as_array().unwrap().len();

    // A request whose caller stopped waiting: polled once (sent), dropped.
    let cancelled = host_route(254, test0);
    let _ = ipr.request(&cancelled).now_or_never();
    ipr.request(&host_route(253, test0)).await.unwrap();
    let dst = |d: &str| ns.ip_json(&["-4", "route", "show", d]).as_array().unwrap().len();
    assert_eq!((dst("203.0.113.254"), dst("203.0.113.253")), (1, 1));
    assert_eq!(ipr.dump_owned(&main_table_v4(), 0).await.unwrap().len(), expected + 2);
}

#[tokio::test(flavor = "current_thread")]
async fn lending_dump_allocates_nothing_per_message() {
    if !live("lending_dump_allocates_nothing_per_message") {
        return;
    }
    let ns = TestNs::new();
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    let test0 = veth_with_address(&ns);
    let adds: Vec<RouteRequest<'static>> = (1..=250).map(|i| host_route(i, test0)).collect();
    let refs: Vec<&dyn Request> = adds.iter().map(|r| r as &dyn Request).collect();
    ipr.batch(&refs).await.unwrap();

    // The first dump sizes the session's buffers; the second, from the
    // request to the end, allocates nothing.
    ipr.dump_owned(&main_table_v4(), 0).await.unwrap();
    let before = allocations();
    let mut dump = ipr.dump(&main_table_v4()).await.unwrap();
    let (mut n, mut oifs) = (0, 0);
    while let Some(msg) = dump.next().await.unwrap() {
        let route = Route::parse(&msg).unwrap();
        oifs += u32::from(route.oif().unwrap() == Some(test0));
        n += 1;
    }
    drop(dump);
    let allocated = allocations() - before;
    assert!(n > 250 && oifs > 250, "{n} routes, {oifs} through test0");
    assert_eq!(allocated, 0, "allocations for a whole dump of {n} routes");
}

#[tokio::test(flavor = "current_thread")]
async fn async_monitor_sees_changes_in_order_borrowed_and_as_a_stream() {
    if !live("async_monitor_sees_changes_in_order_borrowed_and_as_a_stream") {
        return;
    }
    let ns = TestNs::new();
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    let mut monitor = ipr.monitor(&[Group::Link, Group::Ipv4Addr]).unwrap();
    ns.ip(&["link", "add", "test0", "type", "veth", "peer", "name", "test1"]);
    ns.ip(&["addr", "add", "192.0.2.1/24", "dev", "test0"]);
    ns.ip(&["link", "del", "test0"]);

    // Borrowed events, up to the address.
    let mut seen = Vec::new();
    while seen.last().map(String::as_str) != Some("new addr 192.0.2.1") {
        seen.push(match monitor.next_event().await.unwrap() {
            Event::NewLink(m) => format!("new link {}", link_name(&m)),
            Event::NewAddr(m) => {
                format!("new addr {}", Address::parse(&m).unwrap().address().unwrap().unwrap())
            }
            other => panic!("unexpected {other:?}"),
        });
    }
    let at = |what: &str, list: &[String]| list.iter().position(|s| s == what);
    assert!(at("new link test0", &seen).is_some() && at("new link test1", &seen).is_some(), "{seen:?}");

    // The rest as owned events from the Stream: the address goes before
    // the link that carried it.
    let mut rest = Vec::new();
    while at("del link test0", &rest).is_none() {
        let event = monitor.next().await.unwrap().unwrap();
        rest.push(match event.event() {
            Event::DelAddr(m) => {
                format!("del addr {}", Address::parse(&m).unwrap().address().unwrap().unwrap())
            }
            Event::DelLink(m) => format!("del link {}", link_name(&m)),
            Event::NewLink(m) => format!("new link {}", link_name(&m)),
            other => format!("{other:?}"),
        });
    }
    let del_addr = at("del addr 192.0.2.1", &rest);
    assert!(del_addr.is_some() && del_addr < at("del link test0", &rest), "{rest:?}");
}

/// `tc -n NS -j ARGS`, parsed.
fn tc_json(ns: &TestNs, args: &[&str]) -> serde_json::Value {
    let out =
        std::process::Command::new("tc").args(["-n", &ns.name, "-j"]).args(args).output().expect("run tc");
    assert!(out.status.success(), "tc {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("tc -j output")
}

/// `tc -n NS -j qdisc show dev DEV`, parsed.
fn tc_qdiscs(ns: &TestNs, dev: &str) -> serde_json::Value {
    tc_json(ns, &["qdisc", "show", "dev", dev])
}

#[tokio::test(flavor = "current_thread")]
async fn typed_verbs_of_every_object_work_with_await() {
    if !live("typed_verbs_of_every_object_work_with_await") {
        return;
    }
    let ns = TestNs::new();
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    let v4 = |a, b, c, d| IpAddr::V4(Ipv4Addr::new(a, b, c, d));

    // Links: add, set (by name, with a master), get, dump, lookups.
    ipr.link().add("test0").veth("test1").mtu(9000).send().await.unwrap();
    ipr.link().add("br0").bridge(|b| b).send().await.unwrap();
    ipr.link().set("test0").up().mtu(1400).master("br0").send().await.unwrap();
    ipr.link().set("test1").up().send().await.unwrap();
    let shown = &ns.ip_json(&["link", "show", "dev", "test0"])[0];
    assert_eq!((shown["mtu"].as_u64(), shown["master"].as_str()), (Some(1400), Some("br0")));
    let test0 = ipr.link_lookup("test0").await.unwrap()[0];
    assert_eq!(test0, ns.ifindex("test0"));
    assert_eq!(ipr.link_lookup("nosuch0").await.unwrap(), Vec::<u32>::new());
    let got = ipr.link().get("test0").await.unwrap();
    assert_eq!(Link::parse(&got.message()).unwrap().mtu().unwrap(), Some(1400));
    assert_eq!(ipr.link().dump().await.unwrap().collect_owned().await.unwrap().len(), 4);
    let up = ipr.link_lookup_by(|l| l.flags().contains(nlwire::link::IfFlags::UP)).await.unwrap();
    assert!(up.contains(&test0));
    ipr.link().set("test0").nomaster().send().await.unwrap();
    // Kind options, on set and on add (the parent by name).
    ipr.link().set("br0").bridge(|b| b.stp(true).priority(4096)).send().await.unwrap();
    let br = &ns.ip_json(&["-d", "link", "show", "dev", "br0"])[0]["linkinfo"]["info_data"];
    assert_eq!((br["stp_state"].as_u64(), br["priority"].as_u64()), (Some(1), Some(4096)));
    // The second ensure finds the same macvtap.
    for _ in 0..2 {
        let private = |m: Macvlan| m.mode(nlwire::link::MacvlanMode::Private);
        ipr.link().add("mvt0").link("test0").macvtap(private).ensure().await.unwrap();
    }
    let mvt = &ns.ip_json(&["-d", "link", "show", "dev", "mvt0"])[0];
    assert_eq!(
        (mvt["link"].as_str(), mvt["linkinfo"]["info_data"]["mode"].as_str()),
        (Some("test0"), Some("private"))
    );
    ipr.link().del("mvt0").await.unwrap();
    ipr.link().del("br0").await.unwrap();

    // Addresses and routes, sent together.
    let (a, r) = tokio::join!(
        ipr.addr().add(test0, v4(192, 0, 2, 1), 24).send(),
        ipr.addr().add(test0, v4(198, 51, 100, 1), 24).label("test0:a").send(),
    );
    a.unwrap();
    r.unwrap();
    ipr.route()
        .add(Prefix::new(v4(203, 0, 113, 0), 24))
        .gateway(v4(192, 0, 2, 254))
        .table(100)
        .metric(5)
        .send()
        .await
        .unwrap();
    ipr.route().add(Prefix::new(v4(203, 0, 113, 0), 25)).dev("test0").send().await.unwrap();
    let table100 = ns.ip_json(&["route", "show", "table", "100"]);
    assert_eq!(
        (table100[0]["dst"].as_str(), table100[0]["gateway"].as_str(), table100[0]["metric"].as_u64()),
        (Some("203.0.113.0/24"), Some("192.0.2.254"), Some(5))
    );
    assert_eq!(ipr.route().dump(2, Some(100)).await.unwrap().collect_owned().await.unwrap().len(), 1);
    assert_eq!(ipr.route().flush(2, 100).await.unwrap(), 1);
    assert_eq!(ns.ip_json(&["route", "show", "table", "100"]), serde_json::json!([]));
    ipr.route().del(Prefix::new(v4(203, 0, 113, 0), 25)).send().await.unwrap();
    assert_eq!(ns.ip_json(&["route", "show", "203.0.113.0/25"]), serde_json::json!([]));
    ipr.addr().replace(test0, v4(192, 0, 2, 1), 24).metric(7).send().await.unwrap();
    assert_eq!(ipr.addr().dump_link(test0).await.unwrap().collect_owned().await.unwrap().len(), 2 + 1); // and the IPv6 link-local
    ipr.addr().del(test0, v4(198, 51, 100, 1), 24).send().await.unwrap();
    let left = ns.ip_json(&["-4", "addr", "show", "dev", "test0"]);
    assert_eq!(left[0]["addr_info"].as_array().unwrap().len(), 1, "{left}");
    assert!(ipr.addr().flush(test0).await.unwrap() >= 1);
    // ip prints `[{}]` for a link left without IPv4 addresses.
    let left = ns.ip_json(&["-4", "addr", "show", "dev", "test0"]);
    assert_eq!(left[0]["addr_info"].as_array().map_or(0, Vec::len), 0, "{left}");

    // Neighbours.
    let mac = [0x02, 0, 0, 0, 0, 0x02];
    ipr.neigh().add(v4(192, 0, 2, 2)).dev("test0").lladdr(&mac).send().await.unwrap();
    let entry = ipr.neigh().get(v4(192, 0, 2, 2), "test0").await.unwrap();
    let lladdr = Neighbour::parse(&entry.message()).unwrap().lladdr().unwrap().map(<[u8]>::to_vec);
    assert_eq!(lladdr, Some(mac.to_vec()));
    assert_eq!(ipr.neigh().dump(2, Some(test0)).await.unwrap().collect_owned().await.unwrap().len(), 1);
    ipr.neigh().del(v4(192, 0, 2, 2)).dev("test0").send().await.unwrap();
    assert_eq!(ns.ip_json(&["neigh", "show", "dev", "test0"]), serde_json::json!([]));

    // Rules.
    let from = Prefix::new(v4(192, 0, 2, 0), 24);
    ipr.rule().add().from(from).table(100).priority(1000).send().await.unwrap();
    let rules = ns.ip_json(&["rule", "show"]);
    let ours: Vec<_> = rules.as_array().unwrap().iter().filter(|r| r["priority"] == 1000).collect();
    assert_eq!(
        (ours.len(), ours[0]["src"].as_str(), ours[0]["table"].as_str()),
        (1, Some("192.0.2.0"), Some("100"))
    );
    assert!(ipr.rule().dump(2).await.unwrap().collect_owned().await.unwrap().len() >= 4);
    ipr.rule().del().priority(1000).send().await.unwrap();
    let refused = ipr.rule().del().priority(1000).send().await.unwrap_err();
    assert_eq!(refused.errno(), Some(2));

    // Qdiscs.
    let tbf = TbfQdisc { rate: 125_000, burst: 10_240, limit: 20_480, peak: None };
    ipr.qdisc().add("test0").handle(Handle::new(1, 0)).tbf(tbf).send().await.unwrap();
    assert_eq!(tc_qdiscs(&ns, "test0")[0]["kind"], "tbf");
    let faster = TbfQdisc { rate: 250_000, ..tbf };
    ipr.qdisc().replace("test0").handle(Handle::new(1, 0)).tbf(faster).send().await.unwrap();
    assert_eq!(tc_qdiscs(&ns, "test0")[0]["options"]["rate"], 250_000);
    assert_eq!(ipr.qdisc().dump(Some(test0)).await.unwrap().collect_owned().await.unwrap().len(), 1);
    ipr.qdisc().del("test0").send().await.unwrap();
    ipr.qdisc().add("test0").handle(Handle::new(2, 0)).htb(HtbQdisc::default()).send().await.unwrap();
    assert_eq!(tc_qdiscs(&ns, "test0")[0]["kind"], "htb");

    // Classes and filters under it.
    let class = HtbClass { ceil: Some(250_000), ..HtbClass::new(125_000) };
    let classid = Handle::new(2, 0x10);
    ipr.class().add("test0").parent(Handle::new(2, 0)).classid(classid).htb(class).send().await.unwrap();
    let classes = ipr.class().dump("test0").await.unwrap().collect_owned().await.unwrap();
    let ids: Vec<Handle> = classes.iter().map(|c| TcObject::parse(&c.message()).unwrap().handle()).collect();
    assert_eq!(ids, [classid]);
    let dst = U32Match::Ipv4Dst { addr: Ipv4Addr::new(203, 0, 113, 0), prefix: 24 };
    let filter = ipr.filter().add("test0").parent(Handle::new(2, 0)).protocol(eth_p::IP).prio(1);
    filter.u32(&[dst]).flowid(classid).send().await.unwrap();
    let filters = tc_json(&ns, &["filter", "show", "dev", "test0", "parent", "2:"]);
    let flowids: Vec<&str> =
        filters.as_array().unwrap().iter().filter_map(|f| f["options"]["flowid"].as_str()).collect();
    assert_eq!(flowids, ["2:10"], "{filters}");
    assert!(!ipr
        .filter()
        .dump("test0", Handle::new(2, 0))
        .await
        .unwrap()
        .collect_owned()
        .await
        .unwrap()
        .is_empty());
    ipr.filter().del("test0").parent(Handle::new(2, 0)).prio(1).send().await.unwrap();
    ipr.class().del("test0").classid(classid).send().await.unwrap();
    assert!(ipr.class().dump("test0").await.unwrap().collect_owned().await.unwrap().is_empty());
    ipr.qdisc().del("test0").send().await.unwrap();

    // ensure: done twice, the second is Ok; an absent object deleted is Ok.
    for _ in 0..2 {
        ipr.addr().add(test0, v4(192, 0, 2, 5), 24).ensure().await.unwrap();
        ipr.route().add(Prefix::new(v4(203, 0, 113, 0), 24)).dev("test0").ensure().await.unwrap();
        ipr.rule().add().from(from).table(100).priority(1001).ensure().await.unwrap();
    }
    let taken = ipr.route().add(Prefix::new(v4(203, 0, 113, 0), 24)).gateway(v4(192, 0, 2, 254));
    assert_eq!(taken.ensure().await.unwrap_err().errno(), Some(17), "a different route there stays an error");
    for _ in 0..2 {
        ipr.addr().del(test0, v4(192, 0, 2, 5), 24).ensure().await.unwrap();
        ipr.rule().del().priority(1001).ensure().await.unwrap();
        ipr.link().ensure_absent("nosuch0").await.unwrap();
    }
    assert_ne!(tc_qdiscs(&ns, "test0")[0]["kind"], "htb");

    // A device that does not exist, by name: an error, nothing sent.
    let missing = ipr.neigh().add(v4(192, 0, 2, 3)).dev("nosuch0").lladdr(&mac).send().await.unwrap_err();
    assert!(matches!(missing, Error::NotFound(_)), "{missing:?}");
    ipr.link().del("test0").await.unwrap();
    assert_eq!(ns.ip_link_names(), ["lo"]);
}

#[tokio::test(flavor = "current_thread")]
async fn verbs_run_in_spawned_tasks() {
    if !live("verbs_run_in_spawned_tasks") {
        return;
    }
    let ns = TestNs::new();
    let ipr = std::sync::Arc::new(AsyncIPRoute::in_netns(ns.name.as_str()).unwrap());
    // `tokio::spawn` needs `Send + 'static` futures: the verbs' futures and
    // their dumps are `Send`.
    let adder = std::sync::Arc::clone(&ipr);
    let added = tokio::spawn(async move { adder.link().add("test0").veth("test1").ensure().await });
    added.await.unwrap().unwrap();
    let reader = std::sync::Arc::clone(&ipr);
    let counted = tokio::spawn(async move {
        let mut links = reader.link().dump().await?;
        let mut names = Vec::new();
        while let Some(msg) = links.next().await? {
            names.push(link_name(&msg));
        }
        Ok::<_, Error>(names)
    });
    let mut names = counted.await.unwrap().unwrap();
    names.sort();
    assert_eq!(names, ns.ip_link_names());
}

/// As the blocking monitor: after an `Overrun`, the next event is a change
/// made after it, never one queued before the loss (`stale0`'s creation,
/// whose removal was lost).
#[tokio::test(flavor = "current_thread")]
async fn async_monitor_discards_the_events_queued_before_an_overrun() {
    if !live("async_monitor_discards_the_events_queued_before_an_overrun") {
        return;
    }
    let ns = TestNs::new();
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    let mut monitor = ipr.monitor(&[Group::Link]).unwrap();
    monitor.socket().set_recv_buffer_size_force(1024).unwrap();
    queue_stale0_then_lose_its_deletion(&ns);

    assert!(matches!(monitor.next_event().await.unwrap(), Event::Overrun));
    ns.ip(&["link", "add", "after0", "type", "ifb"]);
    match monitor.next_event().await.unwrap() {
        Event::NewLink(m) => assert_eq!(link_name(&m), "after0"),
        other => panic!("expected after0's NewLink, got {other:?}"),
    }
}

/// The echo of a change (`nlwire::build::Echo`) comes back as the request's
/// reply through the async session too.
#[tokio::test(flavor = "current_thread")]
async fn an_echoed_change_comes_back_as_a_reply() {
    if !live("an_echoed_change_comes_back_as_a_reply (async)") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let v0 = ns.ifindex("v0");
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    let add = addr::Add(AddrEntry::new(v0, IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)), 24));
    let echoed = ipr.request(&nlwire::build::Echo(&add)).await.unwrap();
    assert_eq!(echoed.len(), 1, "one echo");
    let a = nlwire::addr::Address::parse(&echoed[0].message()).unwrap();
    assert_eq!((a.ifindex(), a.prefix_len()), (v0, 24));
}
