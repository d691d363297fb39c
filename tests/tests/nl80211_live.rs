//! Live kernel: the `nl80211` verbs of both generic sessions, in a
//! throwaway namespace. This kernel has no cfg80211, so every verb must say
//! the family is not present, naming it; a kernel with it answers each dump
//! of a new namespace (which holds no wireless device) with nothing.

use nlwire_std::{AsyncGenl, Dump, Error, Genl, View, ViewDump};
use nlwire_tests::live::{live, veth_ns};

/// Whether the kernel registers `nl80211` (`genl ctrl list` would show it).
fn kernel_has_nl80211() -> bool {
    std::path::Path::new("/sys/class/ieee80211").exists()
        || std::fs::read_to_string("/proc/modules")
            .is_ok_and(|m| m.lines().any(|l| l.starts_with("cfg80211 ")))
}

/// How many messages a lending dump gave, or its error.
fn count<V: View>(dump: Result<ViewDump<Dump<'_>, V>, Error>) -> Result<usize, Error> {
    let mut dump = dump?;
    let mut n = 0;
    while dump.next()?.is_some() {
        n += 1;
    }
    Ok(n)
}

/// A verb's outcome: `Ok(messages)` or the error.
fn check(what: &str, outcome: Result<usize, Error>, present: bool) {
    match outcome {
        Ok(n) => {
            assert!(present, "{what}: answered without an nl80211 family");
            assert_eq!(n, 0, "{what}: a new namespace has no wireless device");
        }
        Err(Error::NotFound(text)) if !present => {
            assert!(text.contains("\"nl80211\""), "{what}: {text}");
            assert!(Error::NotFound(text.clone()).to_string().contains("not found"), "{what}: {text}");
        }
        Err(e) => panic!("{what}: {e:?}"),
    }
}

#[test]
fn nl80211_verbs_say_when_the_family_is_absent() {
    if !live("nl80211_verbs_say_when_the_family_is_absent") {
        return;
    }
    let ns = veth_ns();
    let present = kernel_has_nl80211();
    let v0 = ns.ifindex("v0");
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    check("interfaces", count(genl.nl80211().interfaces()), present);
    check("wiphys", count(genl.nl80211().wiphys()), present);
    // v0 is no wireless device: a kernel with nl80211 refuses it (ENODEV
    // or EOPNOTSUPP); one without says the family is missing first.
    for (what, outcome) in [
        ("stations", count(genl.nl80211().stations(v0))),
        ("scan results", count(genl.nl80211().scan_results(v0))),
    ] {
        match outcome {
            Err(Error::NotFound(text)) if !present => assert!(text.contains("\"nl80211\""), "{what}: {text}"),
            Err(e) if present => assert!(e.errno().is_some(), "{what}: {e:?}"),
            other => panic!("{what}: {other:?}"),
        }
    }
    if !present {
        println!("no nl80211 in this kernel: {}", genl.nl80211().interfaces().err().unwrap());
    }

    // The async session says the same.
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let genl = AsyncGenl::in_netns(ns.name.as_str()).unwrap();
        let outcome = async {
            let mut dump = genl.nl80211().interfaces().await?;
            let mut n = 0;
            while dump.next().await?.is_some() {
                n += 1;
            }
            Ok(n)
        };
        check("async interfaces", outcome.await, present);
    });
}
