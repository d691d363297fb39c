//! Live kernel: `ipr.neigh()`, `ipr.rule()` and `ipr.qdisc()` in throwaway
//! namespaces: each object created by the builder, read back through the
//! builder's dump and through `ip -j` / `tc -j`, changed, deleted, and one
//! refusal each.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::process::Command;

use nlwire::neigh::{NeighFlags, Neighbour, NudState};
use nlwire::route::Prefix;
use nlwire::rule::{action, Rule, RuleAction};
use nlwire::tc::request::{HtbQdisc, TbfQdisc};
use nlwire::tc::{Handle, TcObject};
use nlwire_std::{Error, IPRoute, OwnedMessage};
use nlwire_tests::live::{live, TestNs};

const AF_INET: u8 = 2;
const AF_INET6: u8 = 10;
const ENOENT: i32 = 2;
const EEXIST: i32 = 17;
const EINVAL: i32 = 22;

fn v4(a: u8, b: u8, c: u8, d: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(a, b, c, d))
}

fn doc6(last: u16) -> IpAddr {
    IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, last))
}

/// A veth pair `name`/`peer` made with `ip`, up; returns `name`'s index.
fn veth(ns: &TestNs, name: &str, peer: &str) -> u32 {
    ns.ip(&["link", "add", name, "type", "veth", "peer", "name", peer]);
    ns.ip(&["link", "set", name, "up"]);
    ns.ifindex(name)
}

/// `tc -n NS -j qdisc show dev DEV`, parsed.
fn tc_qdiscs(ns: &TestNs, dev: &str) -> Vec<serde_json::Value> {
    let out = Command::new("tc")
        .args(["-n", &ns.name, "-j", "qdisc", "show", "dev", dev])
        .output()
        .expect("run tc");
    assert!(out.status.success(), "tc qdisc show: {}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("tc -j output");
    json.as_array().expect("an array").clone()
}

fn mac_text(mac: &[u8]) -> String {
    mac.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

/// A neighbour as read back: destination, interface, lladdr as text, state, flags.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Neigh {
    dst: IpAddr,
    ifindex: u32,
    lladdr: Option<String>,
    state: u16,
    flags: u8,
}

fn neigh(msg: &OwnedMessage) -> Neigh {
    let m = msg.message();
    let n = Neighbour::parse(&m).unwrap();
    Neigh {
        dst: n.dst().unwrap().expect("a destination"),
        ifindex: n.ifindex(),
        lladdr: n.lladdr().unwrap().map(mac_text),
        state: n.state().bits(),
        flags: n.flags().bits(),
    }
}

fn neighs(msgs: &[OwnedMessage]) -> Vec<Neigh> {
    let mut out: Vec<Neigh> = msgs.iter().map(neigh).collect();
    out.sort();
    out
}

/// `ip -j neigh show` entries as (dst, lladdr, state names, router).
fn ip_neighs(json: &serde_json::Value) -> Vec<(String, Option<String>, Vec<String>, bool)> {
    let mut out: Vec<_> = json
        .as_array()
        .expect("an array")
        .iter()
        .map(|e| {
            let states = e["state"].as_array().map_or_else(Vec::new, |s| {
                s.iter().map(|v| v.as_str().expect("state name").to_owned()).collect()
            });
            (
                e["dst"].as_str().expect("dst").to_owned(),
                e["lladdr"].as_str().map(str::to_owned),
                states,
                e.get("router").is_some(),
            )
        })
        .collect();
    out.sort();
    out
}

const MAC2: [u8; 6] = [0x02, 0, 0, 0, 0, 0x02];
const MAC3: [u8; 6] = [0x02, 0, 0, 0, 0, 0x03];
const MAC4: [u8; 6] = [0x02, 0, 0, 0, 0, 0x04];

#[test]
fn neighbours_add_replace_change_del_read_back() {
    if !live("neighbours_add_replace_change_del_read_back") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth(&ns, "v0", "v1");
    let w0 = veth(&ns, "w0", "w1");
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();

    let a = v4(192, 0, 2, 2);
    let other = v4(198, 51, 100, 2);
    let six = doc6(2);
    // By name with the default state, by index with router and NOARP, a
    // proxy entry, and one on another interface for the dump filter.
    ipr.neigh().add(a).dev("v0").lladdr(&MAC2).send().unwrap();
    ipr.neigh().add(six).dev(v0).lladdr(&MAC4).router().state(NudState::NOARP).send().unwrap();
    ipr.neigh().add(v4(192, 0, 2, 9)).dev("v0").proxy().send().unwrap();
    ipr.neigh().add(other).dev("w0").lladdr(&MAC3).send().unwrap();

    // The builder's dump, filtered by the kernel to v0 and IPv4.
    let ours = neighs(&ipr.neigh().dump(AF_INET, Some(v0)).unwrap().collect_owned().unwrap());
    let want_a = Neigh {
        dst: a,
        ifindex: v0,
        lladdr: Some("02:00:00:00:00:02".into()),
        state: 0x80, // NUD_PERMANENT
        flags: 0,
    };
    assert_eq!(ours, vec![want_a.clone()]);
    let on_w0 = neighs(&ipr.neigh().dump(AF_INET, Some(w0)).unwrap().collect_owned().unwrap());
    assert_eq!(on_w0.iter().map(|n| (n.dst, n.ifindex)).collect::<Vec<_>>(), vec![(other, w0)]);
    // IPv6: our entry, among any the kernel made itself (multicast NOARP ones).
    let six_entries = neighs(&ipr.neigh().dump(AF_INET6, Some(v0)).unwrap().collect_owned().unwrap());
    let ours6 = six_entries.iter().find(|n| n.dst == six).expect("the IPv6 entry");
    assert_eq!(
        (ours6.lladdr.as_deref(), ours6.state, ours6.flags),
        (Some("02:00:00:00:00:04"), 0x40, 0x80) // NUD_NOARP, NTF_ROUTER
    );
    // Every family, every interface.
    let all = neighs(&ipr.neigh().dump(0, None).unwrap().collect_owned().unwrap());
    for dst in [a, other, six] {
        assert!(all.iter().any(|n| n.dst == dst), "{dst} missing from {all:?}");
    }

    // The same through ip.
    assert_eq!(
        ip_neighs(&ns.ip_json(&["-4", "neigh", "show", "dev", "v0"])),
        vec![("192.0.2.2".into(), Some("02:00:00:00:00:02".into()), vec!["PERMANENT".into()], false)]
    );
    // `ip neigh show` hides NOARP entries unless asked for `nud all`.
    let ip6 = ip_neighs(&ns.ip_json(&["-6", "neigh", "show", "dev", "v0", "nud", "all"]));
    assert!(
        ip6.contains(&("2001:db8::2".into(), Some("02:00:00:00:00:04".into()), vec!["NOARP".into()], true)),
        "{ip6:?}"
    );
    let proxy = ns.ip_json(&["neigh", "show", "proxy"]);
    assert_eq!(proxy.as_array().unwrap().len(), 1, "{proxy}");
    assert_eq!((proxy[0]["dst"].as_str(), proxy[0]["dev"].as_str()), (Some("192.0.2.9"), Some("v0")));
    let ours_proxy = ipr.neigh().dump_proxy(AF_INET).unwrap().collect_owned().unwrap();
    assert_eq!(ours_proxy.len(), 1);
    let p = Neighbour::parse(&ours_proxy[0].message()).unwrap().flags();
    assert!(p.contains(NeighFlags::PROXY), "{p:?}");

    // get: one entry.
    let got = neigh(&ipr.neigh().get(a, "v0").unwrap());
    assert_eq!(got, want_a);

    // replace: new lladdr and state.
    ipr.neigh().replace(a).dev("v0").lladdr(&MAC3).state(NudState::STALE).send().unwrap();
    assert_eq!(
        ip_neighs(&ns.ip_json(&["-4", "neigh", "show", "dev", "v0"])),
        vec![("192.0.2.2".into(), Some("02:00:00:00:00:03".into()), vec!["STALE".into()], false)]
    );
    let got = neigh(&ipr.neigh().get(a, v0).unwrap());
    assert_eq!((got.lladdr.as_deref(), got.state), (Some("02:00:00:00:00:03"), 0x04));

    // change: an existing entry only.
    ipr.neigh().change(a).dev("v0").lladdr(&MAC2).state(NudState::PERMANENT).send().unwrap();
    assert_eq!(
        ip_neighs(&ns.ip_json(&["-4", "neigh", "show", "dev", "v0"])),
        vec![("192.0.2.2".into(), Some("02:00:00:00:00:02".into()), vec!["PERMANENT".into()], false)]
    );
    let missing = ipr.neigh().change(v4(192, 0, 2, 77)).dev("v0").lladdr(&MAC2).send().unwrap_err();
    assert_eq!(missing.errno(), Some(ENOENT), "{missing:?}");

    // add of an existing entry.
    let exists = ipr.neigh().add(a).dev("v0").lladdr(&MAC4).send().unwrap_err();
    assert_eq!(exists.errno(), Some(EEXIST), "{exists:?}");

    // del, and they are gone from both views.
    ipr.neigh().del(a).dev("v0").send().unwrap();
    ipr.neigh().del(six).dev(v0).send().unwrap();
    ipr.neigh().del(v4(192, 0, 2, 9)).dev("v0").proxy().send().unwrap();
    assert_eq!(ns.ip_json(&["-4", "neigh", "show", "dev", "v0"]).as_array().unwrap().len(), 0);
    let ip6 = ip_neighs(&ns.ip_json(&["-6", "neigh", "show", "dev", "v0", "nud", "all"]));
    assert!(!ip6.iter().any(|e| e.0 == "2001:db8::2"), "{ip6:?}");
    assert_eq!(ns.ip_json(&["neigh", "show", "proxy"]).as_array().unwrap().len(), 0);
    assert!(ipr.neigh().dump(AF_INET, Some(v0)).unwrap().collect_owned().unwrap().is_empty());
    assert!(!neighs(&ipr.neigh().dump(AF_INET6, Some(v0)).unwrap().collect_owned().unwrap())
        .iter()
        .any(|n| n.dst == six));
    assert!(ipr.neigh().dump_proxy(AF_INET).unwrap().collect_owned().unwrap().is_empty());
    // The entry on w0 is untouched.
    assert_eq!(ipr.neigh().dump(AF_INET, Some(w0)).unwrap().collect_owned().unwrap().len(), 1);
}

#[test]
fn neighbour_errors() {
    if !live("neighbour_errors") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth(&ns, "v0", "v1");
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let a = v4(192, 0, 2, 2);

    let by_name = ipr.neigh().add(a).dev("nosuch0").lladdr(&MAC2).send().unwrap_err();
    assert!(matches!(&by_name, Error::NotFound(what) if what.contains("nosuch0")), "{by_name:?}");
    let by_index = ipr.neigh().add(a).dev(424_242u32).lladdr(&MAC2).send().unwrap_err();
    assert!(matches!(by_index, Error::NotFound(_)), "{by_index:?}");
    // No device and no proxy flag: refused before sending.
    let no_dev = ipr.neigh().add(a).lladdr(&MAC2).send().unwrap_err();
    assert!(matches!(no_dev, Error::Invalid(_)), "{no_dev:?}");
    // Deleting and getting an entry that is not there: the kernel's ENOENT.
    let del = ipr.neigh().del(a).dev(v0).send().unwrap_err();
    assert_eq!((del.errno(), del.errno_name()), (Some(ENOENT), Some("ENOENT")), "{del:?}");
    let get = ipr.neigh().get(a, "v0").unwrap_err();
    assert_eq!(get.errno(), Some(ENOENT), "{get:?}");
    assert_eq!(ns.ip_json(&["neigh", "show"]).as_array().unwrap().len(), 0);
}

/// A rule as read back: priority, from, to, table, action, iif, oif, fwmark, fwmask.
#[derive(Debug, Clone, PartialEq, Eq)]
struct RuleSeen {
    priority: Option<u32>,
    from: Option<(IpAddr, u8)>,
    to: Option<(IpAddr, u8)>,
    table: u32,
    action: u8,
    iif: Option<String>,
    oif: Option<String>,
    fwmark: Option<(u32, Option<u32>)>,
}

fn rule_seen(msg: &OwnedMessage) -> RuleSeen {
    let m = msg.message();
    let r = Rule::parse(&m).unwrap();
    RuleSeen {
        priority: r.priority().unwrap(),
        from: r.src().unwrap().map(|ip| (ip, r.src_len())),
        to: r.dst().unwrap().map(|ip| (ip, r.dst_len())),
        table: r.table().unwrap(),
        action: r.action(),
        iif: r.iifname().unwrap().map(str::to_owned),
        oif: r.oifname().unwrap().map(str::to_owned),
        fwmark: r.fwmark().unwrap().map(|m| (m, r.fwmask().unwrap())),
    }
}

fn rule_at(rules: &[OwnedMessage], priority: u32) -> Option<RuleSeen> {
    rules.iter().map(rule_seen).find(|r| r.priority == Some(priority))
}

fn ip_rule_at(json: &serde_json::Value, priority: u64) -> Option<serde_json::Value> {
    json.as_array().unwrap().iter().find(|r| r["priority"].as_u64() == Some(priority)).cloned()
}

#[test]
fn rules_add_del_read_back() {
    if !live("rules_add_del_read_back") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let before4 = ns.ip_json(&["-4", "rule", "show"]).as_array().unwrap().len();

    let net = |a, b, c, len| Prefix::new(v4(a, b, c, 0), len);
    ipr.rule().add().from(net(192, 0, 2, 24)).table(100).priority(1000).send().unwrap();
    ipr.rule()
        .add()
        .to(net(198, 51, 100, 24))
        .iif("v0") // need not exist
        .fwmark(0x10, Some(0xff))
        .table(200)
        .priority(1001)
        .send()
        .unwrap();
    ipr.rule()
        .add()
        .from(Prefix::new(doc6(0), 32))
        .action(RuleAction::Prohibit)
        .priority(1002)
        .send()
        .unwrap();
    // No prefix: the family must be given; table 300 does not fit the header.
    ipr.rule().add().family(AF_INET6).oif("v0").table(300).priority(1003).send().unwrap();

    // The builder's dump.
    let rules4 = ipr.rule().dump(AF_INET).unwrap().collect_owned().unwrap();
    assert_eq!(rules4.len(), before4 + 2);
    assert_eq!(
        rule_at(&rules4, 1000),
        Some(RuleSeen {
            priority: Some(1000),
            from: Some((v4(192, 0, 2, 0), 24)),
            to: None,
            table: 100,
            action: action::TO_TBL,
            iif: None,
            oif: None,
            fwmark: None,
        })
    );
    assert_eq!(
        rule_at(&rules4, 1001),
        Some(RuleSeen {
            priority: Some(1001),
            from: None,
            to: Some((v4(198, 51, 100, 0), 24)),
            table: 200,
            action: action::TO_TBL,
            iif: Some("v0".into()),
            oif: None,
            fwmark: Some((0x10, Some(0xff))),
        })
    );
    let rules6 = ipr.rule().dump(AF_INET6).unwrap().collect_owned().unwrap();
    let r = rule_at(&rules6, 1002).expect("rule 1002");
    assert_eq!((r.from, r.action), (Some((doc6(0), 32)), action::PROHIBIT));
    let r = rule_at(&rules6, 1003).expect("rule 1003");
    assert_eq!((r.table, r.oif.as_deref(), r.from), (300, Some("v0"), None));
    assert!(rule_at(&rules4, 1002).is_none() && rule_at(&rules6, 1000).is_none());
    // Family 0 also dumps the multicast routing rules (RTNL_FAMILY_IPMR, IP6MR).
    let families: Vec<u8> = ipr
        .rule()
        .dump(0)
        .unwrap()
        .collect_owned()
        .unwrap()
        .iter()
        .map(|m| Rule::parse(&m.message()).unwrap().family())
        .collect();
    let count = |f| families.iter().filter(|&&x| x == f).count();
    assert_eq!((count(AF_INET), count(AF_INET6)), (rules4.len(), rules6.len()));

    // The same through ip.
    let json4 = ns.ip_json(&["-4", "rule", "show"]);
    let mut ip_prios: Vec<u64> =
        json4.as_array().unwrap().iter().map(|r| r["priority"].as_u64().unwrap()).collect();
    let mut our_prios: Vec<u64> =
        rules4.iter().map(|m| u64::from(rule_seen(m).priority.unwrap_or(0))).collect();
    ip_prios.sort();
    our_prios.sort();
    assert_eq!(our_prios, ip_prios);
    let r = ip_rule_at(&json4, 1000).expect("ip shows 1000");
    assert_eq!(
        (r["src"].as_str(), r["srclen"].as_u64(), r["table"].as_str()),
        (Some("192.0.2.0"), Some(24), Some("100"))
    );
    let r = ip_rule_at(&json4, 1001).expect("ip shows 1001");
    assert_eq!(
        (r["dst"].as_str(), r["dstlen"].as_u64(), r["iif"].as_str(), r["table"].as_str()),
        (Some("198.51.100.0"), Some(24), Some("v0"), Some("200"))
    );
    assert_eq!((r["fwmark"].as_str(), r["fwmask"].as_str()), (Some("0x10"), Some("0xff")));
    let json6 = ns.ip_json(&["-6", "rule", "show"]);
    let r = ip_rule_at(&json6, 1002).expect("ip shows 1002");
    assert_eq!(
        (r["src"].as_str(), r["srclen"].as_u64(), r["action"].as_str()),
        (Some("2001:db8::"), Some(32), Some("prohibit"))
    );
    let r = ip_rule_at(&json6, 1003).expect("ip shows 1003");
    assert_eq!((r["oif"].as_str(), r["table"].as_str()), (Some("v0"), Some("300")));

    // Rules have no replace: the same rule again is the kernel's EEXIST.
    let again = ipr.rule().add().from(net(192, 0, 2, 24)).table(100).priority(1000).send().unwrap_err();
    assert_eq!(again.errno(), Some(EEXIST), "{again:?}");

    // del by priority, by selectors, and by family and priority.
    ipr.rule().del().priority(1000).send().unwrap();
    ipr.rule().del().to(net(198, 51, 100, 24)).fwmark(0x10, Some(0xff)).iif("v0").send().unwrap();
    ipr.rule().del().from(Prefix::new(doc6(0), 32)).send().unwrap();
    ipr.rule().del().family(AF_INET6).priority(1003).send().unwrap();
    let json4 = ns.ip_json(&["-4", "rule", "show"]);
    assert_eq!(json4.as_array().unwrap().len(), before4, "{json4}");
    for p in [1000, 1001] {
        assert!(ip_rule_at(&json4, p).is_none());
    }
    let json6 = ns.ip_json(&["-6", "rule", "show"]);
    assert!(ip_rule_at(&json6, 1002).is_none() && ip_rule_at(&json6, 1003).is_none(), "{json6}");
    assert_eq!(ipr.rule().dump(AF_INET).unwrap().collect_owned().unwrap().len(), before4);
}

#[test]
fn rule_errors() {
    if !live("rule_errors") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let before = ns.ip_json(&["rule", "show"]);

    let missing = ipr.rule().del().priority(4242).send().unwrap_err();
    assert_eq!((missing.errno(), missing.errno_name()), (Some(ENOENT), Some("ENOENT")), "{missing:?}");
    assert_eq!(missing.to_string(), "RTNETLINK answers: No such file or directory");
    // Without a selector the kernel would delete the first rule: refused here.
    let bare = ipr.rule().del().send().unwrap_err();
    assert!(matches!(bare, Error::Invalid(_)), "{bare:?}");
    // A prefix of the wrong length is refused before sending.
    let long = ipr.rule().add().from(Prefix::new(v4(192, 0, 2, 0), 33)).send().unwrap_err();
    assert!(matches!(long, Error::Invalid(_)), "{long:?}");
    assert_eq!(ns.ip_json(&["rule", "show"]), before);
}

/// A qdisc as read back: kind, handle, parent.
fn qdisc_ids(msgs: &[OwnedMessage]) -> Vec<(String, u32, u32)> {
    let mut out: Vec<_> = msgs
        .iter()
        .map(|m| {
            let msg = m.message();
            let q = TcObject::parse(&msg).unwrap();
            (q.kind().unwrap().unwrap().to_owned(), q.handle().get(), q.parent().get())
        })
        .collect();
    out.sort();
    out
}

fn tc_ids(json: &[serde_json::Value]) -> Vec<(String, String)> {
    let mut out: Vec<_> = json
        .iter()
        .map(|q| (q["kind"].as_str().unwrap().to_owned(), q["handle"].as_str().unwrap().to_owned()))
        .collect();
    out.sort();
    out
}

#[test]
fn qdiscs_add_change_replace_del_read_back() {
    if !live("qdiscs_add_change_replace_del_read_back") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth(&ns, "v0", "v1");
    let w0 = veth(&ns, "w0", "w1");
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    const ROOT: u32 = 0xFFFF_FFFF;
    const INGRESS_PARENT: u32 = 0xFFFF_FFF1;

    // tbf 1mbit (125 000 B/s), burst 10 KiB, limit 20 KiB, by name.
    let tbf = TbfQdisc { rate: 125_000, burst: 10_240, limit: 20_480, peak: None };
    ipr.qdisc().add("v0").handle(Handle::new(1, 0)).tbf(tbf).send().unwrap();
    ipr.qdisc().add(v0).ingress().send().unwrap();
    ipr.qdisc().add("w0").handle(Handle::new(7, 0)).pfifo(Some(50)).send().unwrap();

    let ours = ipr.qdisc().dump(Some(v0)).unwrap().collect_owned().unwrap();
    assert_eq!(
        qdisc_ids(&ours),
        vec![("ingress".into(), 0xFFFF_0000, INGRESS_PARENT), ("tbf".into(), 0x0001_0000, ROOT)]
    );
    let tbf_msg =
        ours.iter().find(|m| m.get("kind").unwrap() == Some(nlwire::spec::Value::Str("tbf"))).unwrap();
    let msg = tbf_msg.message();
    let q = TcObject::parse(&msg).unwrap();
    let opts = q.tbf().unwrap().expect("tbf options");
    let parms = opts.parms().unwrap().expect("TCA_TBF_PARMS");
    assert_eq!(opts.rate().unwrap(), Some(125_000));
    assert_eq!(parms.limit.get(), 20_480);
    // 10 240 bytes at 125 000 B/s: 81.92 ms, 1 280 000 ticks of 64 ns.
    assert_eq!(parms.buffer.get(), 1_280_000);
    let on_w0 = qdisc_ids(&ipr.qdisc().dump(Some(w0)).unwrap().collect_owned().unwrap());
    assert_eq!(on_w0, vec![("pfifo".into(), 0x0007_0000, ROOT)]);
    let all = qdisc_ids(&ipr.qdisc().dump(None).unwrap().collect_owned().unwrap());
    for want in [("tbf".to_string(), 0x0001_0000, ROOT), ("pfifo".to_string(), 0x0007_0000, ROOT)] {
        assert!(all.contains(&want), "{want:?} not in {all:?}");
    }

    // The same through tc.
    let json = tc_qdiscs(&ns, "v0");
    assert_eq!(tc_ids(&json), vec![("ingress".into(), "ffff:".into()), ("tbf".into(), "1:".into())]);
    let t = json.iter().find(|q| q["kind"] == "tbf").unwrap();
    assert_eq!((t["root"].as_bool(), t["options"]["rate"].as_u64()), (Some(true), Some(125_000)));
    assert_eq!(t["options"]["burst"].as_u64(), Some(10_240));
    let i = json.iter().find(|q| q["kind"] == "ingress").unwrap();
    assert_eq!(i["parent"], "ffff:fff1");
    let w = tc_qdiscs(&ns, "w0");
    assert_eq!(tc_ids(&w), vec![("pfifo".into(), "7:".into())]);
    assert_eq!(w[0]["options"]["limit"].as_u64(), Some(50));

    // change: new tbf options for the same qdisc.
    let faster = TbfQdisc { rate: 250_000, burst: 20_480, limit: 40_960, peak: None };
    ipr.qdisc().change("v0").handle(Handle::new(1, 0)).tbf(faster).send().unwrap();
    let t = tc_qdiscs(&ns, "v0").into_iter().find(|q| q["kind"] == "tbf").expect("tbf after change");
    assert_eq!(
        (t["handle"].as_str(), t["options"]["rate"].as_u64(), t["options"]["burst"].as_u64()),
        (Some("1:"), Some(250_000), Some(20_480))
    );
    let ours = ipr.qdisc().dump(Some(v0)).unwrap().collect_owned().unwrap();
    let msg = ours.iter().find(|m| m.get("kind").unwrap() == Some(nlwire::spec::Value::Str("tbf"))).unwrap();
    let msg = msg.message();
    let opts = TcObject::parse(&msg).unwrap().tbf().unwrap().unwrap();
    assert_eq!((opts.rate().unwrap(), opts.parms().unwrap().unwrap().limit.get()), (Some(250_000), 40_960));

    // replace: an htb at root with a new handle, then a kind by name.
    ipr.qdisc()
        .replace("v0")
        .handle(Handle::new(2, 0))
        .htb(HtbQdisc { default_class: 0x10, ..HtbQdisc::default() })
        .send()
        .unwrap();
    let json = tc_qdiscs(&ns, "v0");
    assert_eq!(tc_ids(&json), vec![("htb".into(), "2:".into()), ("ingress".into(), "ffff:".into())]);
    let h = json.iter().find(|q| q["kind"] == "htb").unwrap();
    assert_eq!((h["options"]["default"].as_str(), h["options"]["r2q"].as_u64()), (Some("0x10"), Some(10)));
    let ours = ipr.qdisc().dump(Some(v0)).unwrap().collect_owned().unwrap();
    let msg = ours.iter().find(|m| m.get("kind").unwrap() == Some(nlwire::spec::Value::Str("htb"))).unwrap();
    let msg = msg.message();
    let init = TcObject::parse(&msg).unwrap().htb().unwrap().unwrap().init().unwrap().unwrap().defcls.get();
    assert_eq!(init, 0x10);

    // Any kind by name with raw options: pfifo_head_drop takes a struct tc_fifo_qopt.
    let limit: u32 = 33;
    ipr.qdisc()
        .replace("v0")
        .handle(Handle::new(3, 0))
        .kind("pfifo_head_drop", Some(&limit.to_ne_bytes()))
        .send()
        .unwrap();
    let json = tc_qdiscs(&ns, "v0");
    let p = json.iter().find(|q| q["kind"] == "pfifo_head_drop").expect("pfifo_head_drop");
    assert_eq!((p["handle"].as_str(), p["options"]["limit"].as_u64()), (Some("3:"), Some(33)));
    let ours = ipr.qdisc().dump(Some(v0)).unwrap().collect_owned().unwrap();
    let msg = ours
        .iter()
        .find(|m| m.get("kind").unwrap() == Some(nlwire::spec::Value::Str("pfifo_head_drop")))
        .unwrap();
    let msg = msg.message();
    assert_eq!(TcObject::parse(&msg).unwrap().fifo().unwrap().unwrap().limit.get(), 33);

    // del: root (no kind needed) and ingress.
    ipr.qdisc().del("v0").send().unwrap();
    ipr.qdisc().del(v0).ingress().send().unwrap();
    let json = tc_qdiscs(&ns, "v0");
    assert!(
        !json.iter().any(|q| ["pfifo_head_drop", "ingress"].contains(&q["kind"].as_str().unwrap())),
        "{json:?}"
    );
    let left = qdisc_ids(&ipr.qdisc().dump(Some(v0)).unwrap().collect_owned().unwrap());
    assert!(left.iter().all(|(kind, _, _)| kind != "pfifo_head_drop" && kind != "ingress"), "{left:?}");
    // w0's qdisc is untouched.
    assert_eq!(tc_ids(&tc_qdiscs(&ns, "w0")), vec![("pfifo".into(), "7:".into())]);
}

#[test]
fn qdisc_errors() {
    if !live("qdisc_errors") {
        return;
    }
    let ns = TestNs::new();
    veth(&ns, "v0", "v1");
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();

    let nodev = ipr.qdisc().add("nosuch0").pfifo(None).send().unwrap_err();
    assert!(matches!(&nodev, Error::NotFound(what) if what.contains("nosuch0")), "{nodev:?}");
    // add without a kind: refused before sending.
    let no_kind = ipr.qdisc().add("v0").send().unwrap_err();
    assert!(matches!(no_kind, Error::Invalid(_)), "{no_kind:?}");

    ipr.qdisc().add("v0").handle(Handle::new(1, 0)).bfifo(Some(5000)).send().unwrap();
    // Another add at root: EEXIST.
    let exists = ipr.qdisc().add("v0").handle(Handle::new(1, 0)).bfifo(Some(6000)).send().unwrap_err();
    assert_eq!(exists.errno(), Some(EEXIST), "{exists:?}");
    // change to another kind: the kernel's EINVAL with its explanation.
    let kind = ipr.qdisc().change("v0").handle(Handle::new(1, 0)).pfifo(Some(7)).send().unwrap_err();
    assert_eq!(kind.errno(), Some(EINVAL), "{kind:?}");
    assert_eq!(kind.ext_ack_message(), Some("Invalid qdisc name: must match existing qdisc"));
    assert_eq!(tc_qdiscs(&ns, "v0")[0]["options"]["limit"].as_u64(), Some(5000));

    // Deleting the root twice: the second finds only the kernel's default.
    ipr.qdisc().del("v0").send().unwrap();
    let again = ipr.qdisc().del("v0").send().unwrap_err();
    assert_eq!(again.errno(), Some(ENOENT), "{again:?}");
    assert_eq!(again.ext_ack_message(), Some("Cannot delete qdisc with handle of zero"));
}
