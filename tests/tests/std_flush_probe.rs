//! Live kernel: `rule().flush(..)` (pyroute2's `flush_rules`) and
//! `neigh().probe(..)` (`NTF_USE`), each against `ip` doing the same in a
//! twin namespace and read back with `ip -j`.

use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use nlwire_std::{Error, IPRoute};
use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

/// The same rules in a namespace, made with `ip`.
fn with_rules() -> TestNs {
    let ns = TestNs::new();
    ns.ip(&["link", "add", "va", "type", "veth", "peer", "name", "vb"]);
    for rule in [
        &["rule", "add", "pref", "100", "from", "192.0.2.0/24", "table", "100"][..],
        &["rule", "add", "pref", "200", "fwmark", "7", "table", "200"],
        &["rule", "add", "pref", "300", "iif", "va", "table", "300"],
        &["-6", "rule", "add", "pref", "150", "from", "2001:db8::/64", "table", "100"],
    ] {
        ns.ip(rule);
    }
    ns
}

fn rules(ns: &TestNs) -> (Value, Value) {
    (ns.ip_json(&["-4", "rule", "show"]), ns.ip_json(&["-6", "rule", "show"]))
}

#[test]
fn flush_rules_deletes_what_the_predicate_picks() {
    if !live("flush_rules_deletes_what_the_predicate_picks") {
        return;
    }
    let (ours, theirs) = (with_rules(), with_rules());
    let mut ipr = IPRoute::in_netns(ours.name.as_str()).unwrap();

    // pyroute2's flush_rules(family=AF_INET, priority=lambda x: 50 < x < 250)
    let n = ipr.rule().flush(2, |r| r.priority().unwrap().is_some_and(|p| 50 < p && p < 250)).unwrap();
    assert_eq!(n, 2);
    theirs.ip(&["rule", "del", "pref", "100"]);
    theirs.ip(&["rule", "del", "pref", "200"]);
    assert_eq!(rules(&ours), rules(&theirs));

    // `ip rule flush` for both families: every rule but priority 0 (which
    // the kernel reports without FRA_PRIORITY).
    let unicast_not_local = |r: &nlwire::rule::Rule<'_>| r.priority().unwrap().unwrap_or(0) != 0;
    let n = ipr.rule().flush(0, unicast_not_local).unwrap();
    assert_eq!(n, 2 + 1 + 2); // pref 300, main and default (IPv4); pref 150 and main (IPv6)
    theirs.ip(&["-4", "rule", "flush"]);
    theirs.ip(&["-6", "rule", "flush"]);
    assert_eq!(rules(&ours), rules(&theirs));
    // Nothing left to match: nothing sent, nothing changed.
    assert_eq!(ipr.rule().flush(0, unicast_not_local).unwrap(), 0);
    assert_eq!(rules(&ours), rules(&theirs));
}

/// A namespace with veth `va` (192.0.2.1/24), whose peer `vb`
/// (192.0.2.2/24, answering ARP) lives in a second namespace; both up.
fn pair() -> (TestNs, TestNs) {
    let (ns, peer) = (TestNs::new(), TestNs::new());
    ns.ip(&["link", "add", "va", "type", "veth", "peer", "name", "vb", "netns", &peer.name]);
    ns.ip(&["addr", "add", "192.0.2.1/24", "dev", "va"]);
    peer.ip(&["addr", "add", "192.0.2.2/24", "dev", "vb"]);
    ns.ip(&["link", "set", "va", "up"]);
    peer.ip(&["link", "set", "vb", "up"]);
    (ns, peer)
}

/// `ip -j neigh show DST dev va`: (lladdr, states), `None` when absent.
fn entry(ns: &TestNs, dst: &str) -> Option<(Option<String>, Vec<String>)> {
    let json = ns.ip_json(&["neigh", "show", dst, "dev", "va"]);
    let e = json.as_array()?.first()?.clone();
    let states = e["state"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()).collect();
    Some((e["lladdr"].as_str().map(str::to_owned), states))
}

#[test]
fn probe_asks_the_kernel_to_resolve() {
    if !live("probe_asks_the_kernel_to_resolve") {
        return;
    }
    let ((ours, peer), (theirs, _their_peer)) = (pair(), pair());
    let mut ipr = IPRoute::in_netns(ours.name.as_str()).unwrap();
    let ip = |last| IpAddr::V4(Ipv4Addr::new(192, 0, 2, last));

    // A stale entry is probed: DELAY, as `ip neigh change ... use` makes it.
    for ns in [&ours, &theirs] {
        ns.ip(&["neigh", "add", "192.0.2.3", "dev", "va", "lladdr", "02:00:00:00:00:03", "nud", "stale"]);
    }
    ipr.neigh().probe(ip(3)).dev("va").send().unwrap();
    theirs.ip(&["neigh", "change", "192.0.2.3", "dev", "va", "use"]);
    assert_eq!(entry(&ours, "192.0.2.3"), entry(&theirs, "192.0.2.3"));
    assert_eq!(entry(&ours, "192.0.2.3").unwrap().1, ["DELAY"]);

    // An unknown address gets an entry and a solicitation, which vb
    // answers: the entry resolves to vb's address.
    assert_eq!(entry(&ours, "192.0.2.2"), None);
    ipr.neigh().probe(ip(2)).dev("va").send().unwrap();
    let vb_mac = peer.ip_json(&["link", "show", "vb"])[0]["address"].as_str().unwrap().to_owned();
    let deadline = Instant::now() + Duration::from_secs(5);
    let resolved = loop {
        let now = entry(&ours, "192.0.2.2").expect("the probe made an entry");
        if now.1 != ["INCOMPLETE"] || Instant::now() > deadline {
            break now;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(resolved, (Some(vb_mac), vec!["REACHABLE".to_owned()]));

    // Bad arguments: refused before sending, nothing made.
    let err = ipr.neigh().probe(ip(4)).send().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    let err = ipr.neigh().probe(ip(4)).dev("nope0").send().unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(entry(&ours, "192.0.2.4"), None);
}
