//! `nlw xfrm state|policy` against ip 6.1 on twin namespaces the tests
//! create and delete: policies added, updated, deleted and flushed by ip in
//! one and by nlw in the other, then listed by both tools, text compared
//! byte for byte; bad arguments refused alike before anything is sent.
//!
//! This kernel has xfrm's netlink interface but no ESP, AH or IPComp
//! (`CONFIG_INET_ESP` and friends are off): every state add is refused by
//! the kernel, and is compared as a refusal.

mod common;

use std::process::Command;

use common::{Outcome, Twins};
use nlwire_tests::live::{live, TestNs};

const NLW: &str = env!("CARGO_BIN_EXE_nlw");

/// `program -n NS args...`: exit code, stdout, stderr.
fn run(program: &str, ns: &TestNs, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(program).arg("-n").arg(&ns.name).args(args).output().unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// `args` printed by ip and by nlw in `ns`: the same bytes.
fn same_listing(ns: &TestNs, args: &[&str]) -> String {
    let theirs = run("ip", ns, args);
    let ours = run(NLW, ns, args);
    assert_eq!(theirs.0, Some(0), "ip {args:?}: {}", theirs.2);
    assert_eq!(ours, theirs, "{args:?}: nlw's, then ip's");
    theirs.1
}

/// Runs `args` with ip in the reference twin and nlw in ours: the same exit
/// code and words, then the same policies and states in both, as ip and as
/// nlw list them (with and without `-s`, whose times and indices are each
/// twin's own).
fn both(twins: &Twins, args: &[&str]) -> Outcome {
    let (theirs, ours) = twins.run(args);
    assert_eq!(ours, theirs, "{args:?}: nlw's outcome, then ip's");
    for listing in [&["xfrm", "policy", "list"][..], &["xfrm", "state", "list"]] {
        let a = same_listing(&twins.reference, listing);
        let b = same_listing(&twins.ours, listing);
        assert_eq!(b, a, "{args:?}: the twins differ after, nlw's then ip's");
        let stats = [&["-s"][..], listing].concat();
        same_listing(&twins.reference, &stats);
        same_listing(&twins.ours, &stats);
    }
    for count in [
        &["xfrm", "policy", "count"][..],
        &["-s", "-s", "xfrm", "policy", "count"],
        &["xfrm", "state", "count"],
    ] {
        assert_eq!(same_listing(&twins.ours, count), same_listing(&twins.reference, count), "{count:?}");
    }
    theirs
}

const POLICIES: &[&str] = &[
    "xfrm policy add src 192.0.2.0/24 dst 198.51.100.0/24 proto tcp dport 443 dir out priority 10 mark 7 if_id 3 tmpl src 192.0.2.1 dst 198.51.100.1 proto esp reqid 3 mode tunnel",
    "xfrm policy add src 2001:db8::/32 dst 2001:db8:1::/48 dir in action block ptype sub flag localok icmp limit time-soft 10 limit byte-hard 4096",
    "xfrm policy add dir fwd src 0.0.0.0/0 dst 0.0.0.0/0 tmpl proto esp spi 5 tmpl proto ah level use",
    "xfrm policy add src 192.0.2.7 dst 198.51.100.9 proto icmp type 8 code 0 dev lo dir in mark 0x10 mask 0xf0",
    "xfrm policy add src 192.0.2.8 dst 198.51.100.9 proto gre key 5.6.7.8 dir out",
    "xfrm policy add src 2001:db8::1 dst 2001:db8::2 proto ipv6-icmp type 128 dir fwd priority 3 tmpl src 2001:db8::1 dst 2001:db8::2 proto esp mode tunnel reqid 0x10",
    "xfrm policy add src 198.51.100.0/25 dst 192.0.2.128/25 proto udp sport 4500 dir in action allow priority 0x20 tmpl src 198.51.100.1 dst 192.0.2.129 proto ah mode transport level required",
];

fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

#[test]
fn policies_added_by_ip_and_by_nlw_list_alike() {
    if !live("policies_added_by_ip_and_by_nlw_list_alike") {
        return;
    }
    let twins = Twins::new("");
    for line in POLICIES {
        let out = both(&twins, &words(line));
        assert_eq!(out.code, Some(0), "{line}: {}", out.stderr);
    }
    // A second add of the same policy: the kernel's refusal, in ip's words.
    let out = both(&twins, &words(POLICIES[0]));
    assert_eq!(out.code, Some(2));
    // get, by selector and by index, with and without -s.
    for ns in [&twins.reference, &twins.ours] {
        for get in [
            "xfrm policy get src 192.0.2.0/24 dst 198.51.100.0/24 proto tcp dport 443 dir out mark 7 if_id 3",
            "xfrm policy get src 2001:db8::/32 dst 2001:db8:1::/48 dir in ptype sub",
            "-s xfrm policy get src 192.0.2.7 dst 198.51.100.9 proto icmp type 8 code 0 dev lo dir in mark 0x10 mask 0xf0",
        ] {
            same_listing(ns, &words(get));
        }
        // Filters ip applies to the dump.
        for list in [
            "xfrm policy list dir out",
            "xfrm policy list src 192.0.2.0/24",
            "xfrm policy list ptype sub",
            "xfrm policy list action block",
            "xfrm policy list priority 3",
            "xfrm policy list flag icmp",
            "-6 xfrm policy list",
            "xfrm policy list proto tcp",
            "xfrm policy list nosock dir fwd",
        ] {
            same_listing(ns, &words(list));
        }
    }
}

#[test]
fn policies_updated_deleted_and_flushed_as_ip() {
    if !live("policies_updated_deleted_and_flushed_as_ip") {
        return;
    }
    let twins = Twins::new("");
    for line in POLICIES {
        both(&twins, &words(line));
    }
    for line in [
        "xfrm policy update src 192.0.2.8 dst 198.51.100.9 proto gre key 5.6.7.8 dir out priority 99 action block",
        "xfrm policy update src 203.0.113.0/24 dst 198.51.100.0/24 dir out",
        "xfrm policy delete src 192.0.2.0/24 dst 198.51.100.0/24 proto tcp dport 443 dir out mark 7",
        "xfrm policy delete src 192.0.2.0/24 dst 198.51.100.0/24 dir out",
        "xfrm policy deleteall dir fwd",
        "xfrm policy deleteall src 192.0.2.7",
        "xfrm policy flush ptype sub",
        "xfrm policy flush",
    ] {
        both(&twins, &words(line));
    }
}

#[test]
fn states_the_kernel_lacks_are_refused_alike_and_empty_lists_agree() {
    if !live("states_the_kernel_lacks_are_refused_alike_and_empty_lists_agree") {
        return;
    }
    let twins = Twins::new("");
    for line in [
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x1000 reqid 5 mode tunnel enc cbc(aes) 0x000102030405060708090a0b0c0d0e0f auth-trunc hmac(sha256) 0x101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f 128 mark 7 if_id 9 sel src 198.51.100.0/24 dst 203.0.113.0/24 limit time-soft 100 encap espinudp 4500 4500 0.0.0.0 flag noecn",
        "xfrm state add src 2001:db8::1 dst 2001:db8::2 proto ah spi 0x42 auth hmac(sha1) 0x0102030405060708090a0b0c0d0e0f1011121314",
        "xfrm state update src 198.51.100.1 dst 198.51.100.2 proto comp spi 0x43 comp deflate",
        "xfrm state delete src 198.51.100.1 dst 198.51.100.2 proto esp spi 0x43",
        "xfrm state get src 198.51.100.1 dst 198.51.100.2 proto esp spi 0x43",
        "xfrm state deleteall",
        "xfrm state flush",
        "xfrm state flush proto ah",
    ] {
        both(&twins, &words(line));
    }
    for ns in [&twins.reference, &twins.ours] {
        for list in
            ["xfrm state list nokeys", "xfrm state list src 192.0.2.1 proto esp", "-s xfrm state count"]
        {
            let (a, b) = (run("ip", ns, &words(list)), run(NLW, ns, &words(list)));
            assert_eq!(b, a, "{list}");
        }
    }
}

#[test]
fn bad_arguments_fail_before_anything_is_sent() {
    if !live("bad_arguments_fail_before_anything_is_sent") {
        return;
    }
    let twins = Twins::new("");
    both(&twins, &words(POLICIES[0]));
    for line in [
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto bogus",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi x",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 mode x",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 mark x",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 reqid x",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 replay-window x",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 limit foo 1",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 limit time-soft x",
        "xfrm state add proto esp spi 1 src 192.0.2.1 dst 2001:db8::1",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 enc",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 enc aes",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 enc aes 0xzz",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto ah spi 1 enc aes 0x00",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto comp spi 0x10000 comp deflate",
        "xfrm state add mode tunnel",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 encap foo 1 2 0.0.0.0",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 enc aes 0x00 sel src 198.51.100.0/24 proto tcp type 1",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 flag bogus",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 if_id x",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 aead x 0x00",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 auth-trunc x 0x00",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 auth-trunc x 0x00 y",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 enc aes 0x00 flag esn",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 enc aes 0x00 replay-window 5000",
        "xfrm state add src x",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 sel src x",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 enc aes 0x00 sel dev nosuch",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 sel proto tcp sport x",
        "xfrm state bogus",
        "xfrm state delete src 192.0.2.1",
        "xfrm state get src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 junk",
        "xfrm state flush proto x",
        "xfrm state flush junk",
        "xfrm state list junk",
        "xfrm policy add src 192.0.2.1",
        "xfrm policy add dir x",
        "xfrm policy add dir out action x",
        "xfrm policy add dir out ptype x",
        "xfrm policy add dir out priority x",
        "xfrm policy add dir out tmpl level x",
        "xfrm policy add dir out tmpl proto esp mode x",
        "xfrm policy add dir out dir in",
        "xfrm policy add dir in mark 1 mask x",
        "xfrm policy add dir in src 192.0.2.1 proto tcp type 3",
        "xfrm policy delete dir out",
        "xfrm policy delete dir out index 1 src 192.0.2.1",
        "xfrm policy flush junk",
        "xfrm policy list junk",
        "xfrm policy bogus",
        "xfrm bogus",
        "xfrm",
    ] {
        let (theirs, ours) = twins.run(&words(line));
        assert_eq!(ours, theirs, "{line}: nlw's, then ip's");
        assert_ne!(theirs.code, Some(0), "{line}");
        assert_ne!(theirs.code, Some(2), "{line}: ip sent it");
    }
    // Nothing changed: the one policy each had is all there is.
    let a = same_listing(&twins.reference, &["xfrm", "policy"]);
    assert_eq!(same_listing(&twins.ours, &["xfrm", "policy"]), a);
    assert_eq!(a.lines().count(), 6, "{a}");
}
