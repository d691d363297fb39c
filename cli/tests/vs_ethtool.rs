//! `nlw -n NS ethtool ...` against `ethtool` (Debian package `ethtool`, 6.1)
//! run with `ip netns exec`: two throwaway namespaces with the same veth
//! pair, the same commands in both, line for line the same stdout, stderr
//! and exit code, and the same state after each change.

use nlwire_tests::live::{live, TestNs};

mod common;
use common::{exec_ended, nlw_ended, Ended};

/// A namespace with v0/v1 up.
fn veth_ns() -> TestNs {
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["link", "set", "v1", "up"]);
    ns
}

fn nlw(ns: &TestNs, args: &[&str]) -> Ended {
    nlw_ended(ns, &[&["ethtool"], args].concat())
}

/// Debian package `ethtool`.
fn ethtool(ns: &TestNs, args: &[&str]) -> Ended {
    exec_ended(ns, "ethtool", args)
}

/// The same command in both namespaces: the same outcome, then the same
/// `-k` and `-l` (each read by both tools).
fn same(ours: &TestNs, theirs: &TestNs, args: &[&str]) -> Ended {
    let a = nlw(ours, args);
    let b = ethtool(theirs, args);
    assert_eq!(a, b, "{args:?}: ours, then ethtool's");
    for show in [["-k", "v0"], ["-l", "v0"]] {
        let (x, y) = (ethtool(ours, &show), ethtool(theirs, &show));
        assert_eq!(x, y, "after {args:?}: ethtool {show:?} in ours, then theirs");
        assert_eq!(nlw(ours, &show), y, "after {args:?}: nlw {show:?}, then ethtool's");
    }
    b
}

#[test]
fn nlw_ethtool_prints_what_ethtool_prints() {
    if !live("nlw_ethtool_prints_what_ethtool_prints") {
        return;
    }
    let (ours, theirs) = (veth_ns(), veth_ns());
    let runs: &[&[&str]] = &[
        &["-k", "v0"],
        &["-l", "v0"],
        &["-K", "v0", "gro", "on"],
        &["-K", "v0", "tx", "off"],
        &["-K", "v0", "tx", "on"],
        &["-K", "v0", "sg", "off"],
        &["-K", "v0", "sg", "on", "tso", "on"],
        &["-K", "v0", "lro", "on"],
        &["-K", "v0", "tx-checksum-ipv4", "on"],
        &["-K", "v0", "rx-gro", "off", "generic-segmentation-offload", "off"],
        &["-K", "v0", "gso", "on"],
        &["-K", "v0", "no-such-feature", "on"],
        &["-K", "v0", "gro", "on", "no-such-feature", "on"],
        &["-L", "v0", "rx", "2", "tx", "2"],
        &["-L", "v0", "rx", "1"],
        &["-L", "v0", "combined", "2"],
        &["-L", "v0", "rx", "1000"],
        &["-g", "v0"],
        &["-i", "v0"],
        &["-S", "v0"],
        &["-i", "lo"],
        &["-S", "lo"],
        &["-i", "nope0"],
        &["-S", "nope0"],
        &["-k", "nope0"],
        &["-l", "nope0"],
        &["-K", "nope0", "gro", "on"],
    ];
    let mut printed = 0;
    for args in runs {
        let (_, out, err) = same(&ours, &theirs, args);
        printed += out.lines().count() + err.lines().count();
    }
    println!("{} commands, {printed} lines the same as ethtool's", runs.len());
}
