//! Live kernel: `ipr.class()` and `ipr.filter()` in throwaway namespaces:
//! each object created by the builder, read back through the builder's dump
//! and through `tc`, changed, deleted, and the kernel's refusals.

use std::net::Ipv4Addr;
use std::process::Command;

use nlwire::tc::request::{HtbClass, HtbQdisc, U32Match};
use nlwire::tc::{eth_p, Handle, TcObject};
use nlwire_std::{Error, IPRoute, OwnedMessage};
use nlwire_tests::live::{live, TestNs};

const ENOENT: i32 = 2;
const EEXIST: i32 = 17;
const EBUSY: i32 = 16;
const EINVAL: i32 = 22;

/// A veth pair `name`/`peer` made with `ip`, up; returns `name`'s index.
fn veth(ns: &TestNs, name: &str, peer: &str) -> u32 {
    ns.ip(&["link", "add", name, "type", "veth", "peer", "name", peer]);
    ns.ip(&["link", "set", name, "up"]);
    ns.ifindex(name)
}

/// `tc -n NS ARGS...`, which must succeed; its standard output.
fn tc(ns: &TestNs, args: &[&str]) -> String {
    let out = Command::new("tc").arg("-n").arg(&ns.name).args(args).output().expect("run tc");
    assert!(out.status.success(), "tc {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("tc prints UTF-8")
}

/// A class as read back: handle, parent (`None` under the qdisc, as `tc`'s
/// `root`), priority if shown, rate and ceil in bytes per second.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct ClassSeen {
    handle: String,
    parent: Option<String>,
    prio: Option<u32>,
    rate: u64,
    ceil: u64,
}

/// A `tc` rate such as `500Kbit` or `2Mbit`, in bytes per second.
fn tc_rate(text: &str) -> u64 {
    let number = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let scale = match &text[number.len()..] {
        "bit" => 1.0,
        "Kbit" => 1e3,
        "Mbit" => 1e6,
        "Gbit" => 1e9,
        unit => panic!("tc rate unit {unit:?} in {text:?}"),
    };
    (number.parse::<f64>().expect("rate number") * scale / 8.0).round() as u64
}

/// `tc class show dev DEV`, parsed. iproute2 6.1 prints classes as text
/// even with `-j`, so the text is read: `class htb 1:20 parent 1:10 prio 3
/// rate 500Kbit ceil 500Kbit burst 1600b cburst 1600b`.
fn tc_classes(ns: &TestNs, dev: &str) -> Vec<ClassSeen> {
    let text = tc(ns, &["class", "show", "dev", dev]);
    let mut out: Vec<ClassSeen> = text
        .lines()
        .filter(|l| l.starts_with("class "))
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let after = |key: &str| words.iter().position(|w| *w == key).map(|i| words[i + 1]);
            assert_eq!(words[1], "htb", "{line}");
            ClassSeen {
                handle: words[2].to_owned(),
                parent: after("parent").map(str::to_owned),
                prio: after("prio").map(|p| p.parse().expect("prio")),
                rate: tc_rate(after("rate").expect("rate")),
                ceil: tc_rate(after("ceil").expect("ceil")),
            }
        })
        .collect();
    out.sort();
    out
}

/// The classes of the builder's dump, in `tc`'s terms (the kernel gives a
/// class right under the qdisc the parent `root`); `prio` is left out
/// (`None`) where `tc` does not print it, for the handles in `no_prio`.
fn classes(msgs: &[OwnedMessage], no_prio: &[&str]) -> Vec<ClassSeen> {
    let mut out: Vec<ClassSeen> = msgs
        .iter()
        .map(|m| {
            let msg = m.message();
            let c = TcObject::parse(&msg).unwrap();
            assert_eq!(c.kind().unwrap(), Some("htb"));
            let htb = c.htb().unwrap().expect("htb options");
            let handle = format!("{:x}:{:x}", c.handle().major(), c.handle().minor());
            let parms = htb.parms().unwrap().expect("TCA_HTB_PARMS");
            ClassSeen {
                parent: (c.parent() != Handle::ROOT)
                    .then(|| format!("{:x}:{:x}", c.parent().major(), c.parent().minor())),
                prio: (!no_prio.contains(&handle.as_str())).then(|| parms.prio.get()),
                handle,
                rate: htb.rate().unwrap().expect("rate"),
                ceil: htb.ceil().unwrap().expect("ceil"),
            }
        })
        .collect();
    out.sort();
    out
}

fn seen(handle: &str, parent: Option<&str>, prio: Option<u32>, rate: u64, ceil: u64) -> ClassSeen {
    ClassSeen { handle: handle.into(), parent: parent.map(Into::into), prio, rate, ceil }
}

#[test]
fn classes_add_change_replace_del_read_back() {
    if !live("classes_add_change_replace_del_read_back") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth(&ns, "v0", "v1");
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let qdisc = Handle::new(1, 0);
    ipr.qdisc()
        .add("v0")
        .handle(qdisc)
        .htb(HtbQdisc { default_class: 0x10, ..HtbQdisc::default() })
        .send()
        .unwrap();

    // 1:10 under the qdisc, by name: 1mbit ceil 2mbit; 1:20 under 1:10, by
    // index: 500kbit prio 3.
    let c10 = Handle::new(1, 0x10);
    let c20 = Handle::new(1, 0x20);
    ipr.class()
        .add("v0")
        .parent(qdisc)
        .classid(c10)
        .htb(HtbClass { ceil: Some(250_000), ..HtbClass::new(125_000) })
        .send()
        .unwrap();
    ipr.class()
        .add(v0)
        .parent(c10)
        .classid(c20)
        .htb(HtbClass { prio: 3, ..HtbClass::new(62_500) })
        .send()
        .unwrap();

    // tc prints prio for leaf classes only: 1:10 is an inner class now.
    let want =
        vec![seen("1:10", None, None, 125_000, 250_000), seen("1:20", Some("1:10"), Some(3), 62_500, 62_500)];
    assert_eq!(tc_classes(&ns, "v0"), want);
    assert_eq!(classes(&ipr.class().dump("v0").unwrap().collect_owned().unwrap(), &["1:10"]), want);
    assert_eq!(ipr.class().dump(v0).unwrap().collect_owned().unwrap().len(), 2);

    // change: new rates for 1:10, found by its class id alone.
    ipr.class()
        .change("v0")
        .classid(c10)
        .htb(HtbClass { ceil: Some(500_000), ..HtbClass::new(375_000) })
        .send()
        .unwrap();
    let want =
        vec![seen("1:10", None, None, 375_000, 500_000), seen("1:20", Some("1:10"), Some(3), 62_500, 62_500)];
    assert_eq!(tc_classes(&ns, "v0"), want);
    assert_eq!(classes(&ipr.class().dump("v0").unwrap().collect_owned().unwrap(), &["1:10"]), want);

    // replace: creates 1:30, then changes it.
    let c30 = Handle::new(1, 0x30);
    ipr.class().replace("v0").parent(qdisc).classid(c30).htb(HtbClass::new(125_000)).send().unwrap();
    assert!(tc_classes(&ns, "v0").contains(&seen("1:30", None, Some(0), 125_000, 125_000)));
    ipr.class()
        .replace("v0")
        .parent(qdisc)
        .classid(c30)
        .htb(HtbClass { prio: 5, ..HtbClass::new(250_000) })
        .send()
        .unwrap();
    let want30 = seen("1:30", None, Some(5), 250_000, 250_000);
    assert!(tc_classes(&ns, "v0").contains(&want30));
    assert!(classes(&ipr.class().dump("v0").unwrap().collect_owned().unwrap(), &["1:10"]).contains(&want30));

    // del: the leaves, then 1:10.
    ipr.class().del("v0").classid(c20).send().unwrap();
    ipr.class().del(v0).classid(c30).send().unwrap();
    let want = vec![seen("1:10", None, Some(0), 375_000, 500_000)];
    assert_eq!(tc_classes(&ns, "v0"), want);
    assert_eq!(classes(&ipr.class().dump("v0").unwrap().collect_owned().unwrap(), &[]), want);
    ipr.class().del("v0").classid(c10).send().unwrap();
    assert_eq!(tc_classes(&ns, "v0"), vec![]);
    assert!(ipr.class().dump("v0").unwrap().collect_owned().unwrap().is_empty());
}

#[test]
fn class_errors() {
    if !live("class_errors") {
        return;
    }
    let ns = TestNs::new();
    veth(&ns, "v0", "v1");
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let qdisc = Handle::new(1, 0);
    let (c10, c20) = (Handle::new(1, 0x10), Handle::new(1, 0x20));

    let nodev =
        ipr.class().add("nosuch0").parent(qdisc).classid(c10).htb(HtbClass::new(1)).send().unwrap_err();
    assert!(matches!(&nodev, Error::NotFound(what) if what.contains("nosuch0")), "{nodev:?}");
    let nodump = ipr.class().dump("nosuch0").map(drop).unwrap_err();
    assert!(matches!(&nodump, Error::NotFound(_)), "{nodump:?}");
    // Refused before sending: no kind, a rate of 0.
    let no_kind = ipr.class().add("v0").parent(qdisc).classid(c10).send().unwrap_err();
    assert!(matches!(no_kind, Error::Invalid(_)), "{no_kind:?}");
    let zero = ipr.class().add("v0").parent(qdisc).classid(c10).htb(HtbClass::new(0)).send().unwrap_err();
    assert!(matches!(zero, Error::Invalid(_)), "{zero:?}");

    // No htb qdisc 1: on v0 yet: the kernel's ENOENT.
    let orphan =
        ipr.class().add("v0").parent(qdisc).classid(c10).htb(HtbClass::new(125_000)).send().unwrap_err();
    assert_eq!(orphan.errno(), Some(ENOENT), "{orphan:?}");

    ipr.qdisc().add("v0").handle(qdisc).htb(HtbQdisc::default()).send().unwrap();
    ipr.class().add("v0").parent(qdisc).classid(c10).htb(HtbClass::new(125_000)).send().unwrap();
    ipr.class().add("v0").parent(c10).classid(c20).htb(HtbClass::new(62_500)).send().unwrap();
    let again =
        ipr.class().add("v0").parent(qdisc).classid(c10).htb(HtbClass::new(125_000)).send().unwrap_err();
    assert_eq!(again.errno(), Some(EEXIST), "{again:?}");
    // A class with a child cannot go: EBUSY, with htb's explanation.
    let busy = ipr.class().del("v0").classid(c10).send().unwrap_err();
    assert_eq!((busy.errno(), busy.errno_name()), (Some(EBUSY), Some("EBUSY")), "{busy:?}");
    assert_eq!(busy.ext_ack_message(), Some("HTB class in use"));
    assert_eq!(busy.to_string(), "Error: HTB class in use.");
    let missing = ipr.class().del("v0").classid(Handle::new(1, 0x99)).send().unwrap_err();
    assert_eq!(missing.errno(), Some(ENOENT), "{missing:?}");
    assert_eq!(tc_classes(&ns, "v0").len(), 2);
}

/// A u32 filter key entry as read back: priority, protocol, handle, flowid,
/// keys as (value, mask, offset).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct KeySeen {
    prio: u16,
    protocol: u16,
    handle: u32,
    flowid: Option<Handle>,
    keys: Vec<(u32, u32, i32)>,
}

/// The key entries of the builder's dump (the entries of the priority and
/// of the hash table carry no selector).
fn filter_keys(msgs: &[OwnedMessage]) -> Vec<KeySeen> {
    let mut out: Vec<KeySeen> = msgs
        .iter()
        .filter_map(|m| {
            let msg = m.message();
            let f = TcObject::parse(&msg).unwrap();
            assert_eq!(f.kind().unwrap(), Some("u32"));
            let u32 = f.u32().unwrap()?;
            let sel = u32.sel().unwrap()?;
            Some(KeySeen {
                prio: f.prio(),
                protocol: f.protocol(),
                handle: f.handle().get(),
                flowid: u32.classid().unwrap(),
                keys: sel.keys().iter().map(|k| (k.val.get(), k.mask.get(), k.off.get())).collect(),
            })
        })
        .collect();
    out.sort();
    out
}

/// `tc -j filter show dev DEV parent P`: the key entries as (pref,
/// protocol, fh, flowid).
fn tc_filters(ns: &TestNs, dev: &str, parent: &str) -> Vec<(u64, String, String, String)> {
    let text = tc(ns, &["-j", "filter", "show", "dev", dev, "parent", parent]);
    let json: serde_json::Value = serde_json::from_str(&text).expect("tc -j output");
    let mut out: Vec<_> = json
        .as_array()
        .expect("an array")
        .iter()
        .filter(|f| f["options"]["fh"].as_str().is_some_and(|fh| fh.contains("::")))
        .map(|f| {
            (
                f["pref"].as_u64().expect("pref"),
                f["protocol"].as_str().expect("protocol").to_owned(),
                f["options"]["fh"].as_str().unwrap().to_owned(),
                f["options"]["flowid"].as_str().expect("flowid").to_owned(),
            )
        })
        .collect();
    out.sort();
    out
}

/// The `match VALUE/MASK at OFF` lines of `tc filter show`, in order (`-j`
/// repeats the key `match` in one object, which a JSON reader collapses).
fn tc_matches(ns: &TestNs, dev: &str, parent: &str) -> Vec<String> {
    let text = tc(ns, &["filter", "show", "dev", dev, "parent", parent]);
    text.lines().map(str::trim).filter(|l| l.starts_with("match ")).map(str::to_owned).collect()
}

fn entry(tuple: (u64, &str, &str, &str)) -> (u64, String, String, String) {
    (tuple.0, tuple.1.into(), tuple.2.into(), tuple.3.into())
}

#[test]
fn filters_add_change_del_read_back() {
    if !live("filters_add_change_del_read_back") {
        return;
    }
    let ns = TestNs::new();
    let v0 = veth(&ns, "v0", "v1");
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let qdisc = Handle::new(1, 0);
    let (c10, c20) = (Handle::new(1, 0x10), Handle::new(1, 0x20));
    ipr.qdisc().add("v0").handle(qdisc).htb(HtbQdisc::default()).send().unwrap();
    for c in [c10, c20] {
        ipr.class().add("v0").parent(qdisc).classid(c).htb(HtbClass::new(125_000)).send().unwrap();
    }

    // prio 1: ip dst 192.0.2.0/24 to 1:10, by name; prio 2: ip src
    // 198.51.100.0/24 and dst 203.0.113.7/32 to 1:20, by index.
    let dst = U32Match::Ipv4Dst { addr: Ipv4Addr::new(192, 0, 2, 0), prefix: 24 };
    ipr.filter().add("v0").parent(qdisc).protocol(eth_p::IP).prio(1).u32(&[dst]).flowid(c10).send().unwrap();
    let two = [
        U32Match::Ipv4Src { addr: Ipv4Addr::new(198, 51, 100, 0), prefix: 24 },
        U32Match::Ipv4Dst { addr: Ipv4Addr::new(203, 0, 113, 7), prefix: 32 },
    ];
    ipr.filter().add(v0).parent(qdisc).protocol(eth_p::IP).prio(2).u32(&two).flowid(c20).send().unwrap();

    // Each priority is its own u32 instance with its own hash table: 800:, 801:.
    let key1 = KeySeen {
        prio: 1,
        protocol: eth_p::IP,
        handle: 0x8000_0800,
        flowid: Some(c10),
        keys: vec![(0xc000_0200, 0xffff_ff00, 16)],
    };
    let key2 = KeySeen {
        prio: 2,
        protocol: eth_p::IP,
        handle: 0x8010_0800,
        flowid: Some(c20),
        keys: vec![(0xc633_6400, 0xffff_ff00, 12), (0xcb00_7107, 0xffff_ffff, 16)],
    };
    let ours = ipr.filter().dump("v0", qdisc).unwrap().collect_owned().unwrap();
    // Per priority: the priority's entry, the hash table's, the key's.
    assert_eq!(ours.len(), 6);
    assert_eq!(filter_keys(&ours), vec![key1.clone(), key2.clone()]);
    assert_eq!(
        filter_keys(&ipr.filter().dump(v0, Handle::UNSPEC).unwrap().collect_owned().unwrap()),
        vec![key1.clone(), key2]
    );
    assert_eq!(
        tc_filters(&ns, "v0", "1:"),
        vec![entry((1, "ip", "800::800", "1:10")), entry((2, "ip", "801::800", "1:20"))]
    );
    assert_eq!(
        tc_matches(&ns, "v0", "1:"),
        ["match c0000200/ffffff00 at 16", "match c6336400/ffffff00 at 12", "match cb007107/ffffffff at 16"]
    );

    // change: u32 keeps its keys and takes the new flowid.
    ipr.filter()
        .change("v0")
        .parent(qdisc)
        .protocol(eth_p::IP)
        .prio(1)
        .handle(0x8000_0800)
        .u32(&[])
        .flowid(c20)
        .send()
        .unwrap();
    assert_eq!(tc_filters(&ns, "v0", "1:")[0], entry((1, "ip", "800::800", "1:20")));
    let changed = filter_keys(&ipr.filter().dump("v0", qdisc).unwrap().collect_owned().unwrap());
    assert_eq!(changed[0], KeySeen { flowid: Some(c20), ..key1.clone() });

    // del: priority 2 whole, then the one key of priority 1 by handle and kind.
    ipr.filter().del("v0").parent(qdisc).prio(2).send().unwrap();
    assert_eq!(tc_filters(&ns, "v0", "1:"), vec![entry((1, "ip", "800::800", "1:20"))]);
    assert_eq!(filter_keys(&ipr.filter().dump("v0", qdisc).unwrap().collect_owned().unwrap()).len(), 1);
    ipr.filter()
        .del("v0")
        .parent(qdisc)
        .protocol(eth_p::IP)
        .prio(1)
        .handle(0x8000_0800)
        .kind("u32", None)
        .send()
        .unwrap();
    assert_eq!(tc(&ns, &["-j", "filter", "show", "dev", "v0", "parent", "1:"]).trim(), "[]");
    assert!(ipr.filter().dump("v0", qdisc).unwrap().collect_owned().unwrap().is_empty());
}

#[test]
fn filter_errors() {
    if !live("filter_errors") {
        return;
    }
    let ns = TestNs::new();
    veth(&ns, "v0", "v1");
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let qdisc = Handle::new(1, 0);
    ipr.qdisc().add("v0").handle(qdisc).htb(HtbQdisc::default()).send().unwrap();
    let dst = [U32Match::Ipv4Dst { addr: Ipv4Addr::new(192, 0, 2, 0), prefix: 24 }];

    let nodev = ipr.filter().add("nosuch0").protocol(eth_p::IP).u32(&dst).send().unwrap_err();
    assert!(matches!(&nodev, Error::NotFound(what) if what.contains("nosuch0")), "{nodev:?}");
    // Refused before sending: no protocol, no kind, a flowid on another kind.
    let no_proto = ipr.filter().add("v0").parent(qdisc).u32(&dst).send().unwrap_err();
    assert!(matches!(no_proto, Error::Invalid(_)), "{no_proto:?}");
    let no_kind = ipr.filter().add("v0").parent(qdisc).protocol(eth_p::IP).send().unwrap_err();
    assert!(matches!(no_kind, Error::Invalid(_)), "{no_kind:?}");
    let flowid = ipr
        .filter()
        .add("v0")
        .protocol(eth_p::IP)
        .kind("matchall", None)
        .flowid(Handle::new(1, 1))
        .send()
        .unwrap_err();
    assert!(matches!(flowid, Error::Invalid(_)), "{flowid:?}");

    // A parent qdisc that is not there: the kernel's EINVAL and its text.
    let orphan =
        ipr.filter().add("v0").parent(Handle::new(7, 0)).protocol(eth_p::IP).u32(&dst).send().unwrap_err();
    assert_eq!(orphan.errno(), Some(EINVAL), "{orphan:?}");
    assert_eq!(orphan.ext_ack_message(), Some("Parent Qdisc doesn't exists"));
    // Deleting a priority that has no filters.
    let missing = ipr.filter().del("v0").parent(qdisc).prio(9).send().unwrap_err();
    assert_eq!(missing.errno(), Some(ENOENT), "{missing:?}");
    assert_eq!(tc(&ns, &["-j", "filter", "show", "dev", "v0", "parent", "1:"]).trim(), "[]");
}
