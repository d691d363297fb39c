//! Live kernel: `ipr.nexthop()` — paths, blackholes, groups with weights
//! and resilient groups, replace, get, dump, delete, and a route through a
//! group — against the same `ip nexthop` commands in a twin namespace, read
//! back with `ip -j -d nexthop show`.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use nlwire::nexthop::{GroupEntry, NextHopObject};
use nlwire::route::Prefix;
use nlwire_std::{AsyncIPRoute, Error, IPRoute};
use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

fn v4(last: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(192, 0, 2, last))
}

/// A namespace with `lo` and the veth pair `va`/`vb` up, va with
/// 192.0.2.1/24 and 2001:db8::1/64.
fn links() -> TestNs {
    let ns = TestNs::new();
    ns.ip(&["link", "set", "lo", "up"]);
    ns.ip(&["link", "add", "va", "type", "veth", "peer", "name", "vb"]);
    ns.ip(&["link", "set", "va", "up"]);
    ns.ip(&["link", "set", "vb", "up"]);
    ns.ip(&["addr", "add", "192.0.2.1/24", "dev", "va"]);
    ns.ip(&["-6", "addr", "add", "2001:db8::1/64", "dev", "va", "nodad"]);
    ns
}

fn shown(ns: &TestNs) -> Value {
    ns.ip_json(&["-d", "nexthop", "show"])
}

#[test]
fn nexthops_and_groups_read_back_as_ips_own() {
    if !live("nexthops_and_groups_read_back_as_ips_own") {
        return;
    }
    let (ours, theirs) = (links(), links());
    let mut ipr = IPRoute::in_netns(ours.name.as_str()).unwrap();
    let six = IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 2));

    ipr.nexthop().add(1).gateway(v4(2)).dev("va").send().unwrap();
    ipr.nexthop().add(2).gateway(v4(3)).dev("va").send().unwrap();
    ipr.nexthop().add(3).dev("va").send().unwrap();
    ipr.nexthop().add(4).blackhole().send().unwrap();
    ipr.nexthop().add(5).gateway(v4(9)).dev("va").onlink().protocol(4).send().unwrap();
    ipr.nexthop().add(6).gateway(six).dev("va").send().unwrap();
    ipr.nexthop().add(10).group(&[(1, 1), (2, 3)]).send().unwrap();
    ipr.nexthop().add(11).group(&[(1, 2), (2, 1)]).resilient(Some(8), Some(120), Some(30)).send().unwrap();
    ipr.nexthop().replace(2).gateway(v4(4)).dev("va").send().unwrap();
    theirs.ip_batch(
        "nexthop add id 1 via 192.0.2.2 dev va\n\
         nexthop add id 2 via 192.0.2.3 dev va\n\
         nexthop add id 3 dev va\n\
         nexthop add id 4 blackhole\n\
         nexthop add id 5 via 192.0.2.9 dev va onlink proto static\n\
         nexthop add id 6 via 2001:db8::2 dev va\n\
         nexthop add id 10 group 1/2,3\n\
         nexthop add id 11 group 1,2/2 type resilient buckets 8 idle_timer 120 unbalanced_timer 30\n\
         nexthop replace id 2 via 192.0.2.4 dev va\n",
    );
    assert_eq!(shown(&ours), shown(&theirs));
    assert_eq!(shown(&ours).as_array().map(Vec::len), Some(8));

    // A route through the group, as `ip route add ... nhid 10`.
    let dst = Prefix::new("198.51.100.0".parse().unwrap(), 24);
    ipr.route().add(dst).nh_id(10).send().unwrap();
    theirs.ip(&["route", "add", "198.51.100.0/24", "nhid", "10"]);
    assert_eq!(
        ours.ip_json(&["route", "show", "198.51.100.0/24"]),
        theirs.ip_json(&["route", "show", "198.51.100.0/24"])
    );

    // get: the group's members and weights as `ip -j nexthop get` lists them.
    let reply = ipr.nexthop().get(10).unwrap();
    let msg = reply.message();
    let nh = NextHopObject::parse(&msg).unwrap();
    let members: Vec<GroupEntry> = nh.group().unwrap().expect("a group").collect();
    let ip_members: Vec<GroupEntry> = ours.ip_json(&["nexthop", "get", "id", "10"])[0]["group"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| GroupEntry {
            id: m["id"].as_u64().unwrap() as u32,
            weight: m["weight"].as_u64().unwrap_or(1) as u32,
        })
        .collect();
    assert_eq!(members, ip_members);
    assert_eq!(nh.id().unwrap(), Some(10));

    // dump: the ids `ip` lists, per family.
    for (family, flag) in [(0, "-d"), (2, "-4"), (10, "-6")] {
        let mut ids: Vec<u64> = ipr
            .nexthop()
            .dump(family)
            .unwrap()
            .collect_owned()
            .unwrap()
            .iter()
            .map(|m| m.get("id").unwrap().expect("id").as_u64().unwrap())
            .collect();
        ids.sort();
        let mut want: Vec<u64> = ours
            .ip_json(&[flag, "nexthop", "show"])
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_u64().unwrap())
            .collect();
        want.sort();
        assert_eq!(ids, want, "family {family}");
    }

    // del: the route through the group goes with it, as with `ip`.
    ipr.nexthop().del(10).unwrap();
    theirs.ip(&["nexthop", "del", "id", "10"]);
    assert_eq!(shown(&ours), shown(&theirs));
    assert_eq!(
        ours.ip_json(&["route", "show", "198.51.100.0/24"]),
        theirs.ip_json(&["route", "show", "198.51.100.0/24"])
    );

    // Refusals: ours before sending, then the kernel's.
    let before = shown(&ours);
    for err in [
        ipr.nexthop().add(20).blackhole().gateway(v4(2)).send().unwrap_err(),
        ipr.nexthop().add(20).group(&[(1, 1)]).dev("va").send().unwrap_err(),
        ipr.nexthop().add(20).group(&[(1, 0)]).send().unwrap_err(),
        ipr.nexthop().add(20).group(&[(1, 1)]).resilient(None, Some(u32::MAX), None).send().unwrap_err(),
        ipr.nexthop().add(20).send().unwrap_err(),
        ipr.nexthop().del(0).unwrap_err(),
        ipr.nexthop().get(0).unwrap_err(),
    ] {
        assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    }
    let err = ipr.nexthop().add(20).gateway(v4(2)).dev("nope0").send().unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(shown(&ours), before);
    assert_eq!(ipr.nexthop().add(1).dev("va").send().unwrap_err().errno_name(), Some("EEXIST"));
    assert_eq!(ipr.nexthop().get(99).unwrap_err().errno_name(), Some("ENOENT"));
}

#[tokio::test(flavor = "current_thread")]
async fn async_session_adds_gets_and_deletes() {
    if !live("async_session_adds_gets_and_deletes") {
        return;
    }
    let ns = links();
    let ipr = AsyncIPRoute::in_netns(ns.name.as_str()).unwrap();
    ipr.nexthop().add(7).gateway(v4(7)).dev("va").send().await.unwrap();
    let reply = ipr.nexthop().get(7).await.unwrap();
    assert_eq!(
        reply.get("gateway").unwrap().unwrap().to_string(),
        ns.ip_json(&["nexthop", "get", "id", "7"])[0]["gateway"]
    );
    ipr.nexthop().del(7).await.unwrap();
    assert_eq!(ns.ip_json(&["nexthop", "show"]), serde_json::json!([]));
}
