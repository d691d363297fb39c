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

use common::{Outcome, Running, Twins};
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

/// nlw's outcome in ip's words: nlw names itself where ip does (`try "nlw
/// xfrm state help"`).
fn as_ip(mut ours: Outcome) -> Outcome {
    ours.stderr = ours.stderr.replace("nlw xfrm", "ip xfrm");
    ours
}

/// Runs `args` with ip in the reference twin and nlw in ours: the same exit
/// code and words, then the same policies and states in both, as ip and as
/// nlw list them (also with `-s`, whose times and indices are each
/// twin's own, with `-o`, and with `-j`, for which ip 6.1 prints text).
fn both(twins: &Twins, args: &[&str]) -> Outcome {
    let (theirs, ours) = twins.run(args);
    assert_eq!(as_ip(ours), theirs, "{args:?}: nlw's outcome, then ip's");
    for listing in [&["xfrm", "policy", "list"][..], &["xfrm", "state", "list"]] {
        let a = same_listing(&twins.reference, listing);
        let b = same_listing(&twins.ours, listing);
        assert_eq!(b, a, "{args:?}: the twins differ after, nlw's then ip's");
        for option in ["-s", "-o", "-j"] {
            let with = [&[option][..], listing].concat();
            same_listing(&twins.reference, &with);
            same_listing(&twins.ours, &with);
        }
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
    "xfrm policy add src 203.0.113.5 dst 203.0.113.6 dir out ctx system_u:object_r:x:s0 priority 1",
];

fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// Twins with [`POLICIES`] added, by ip in one and nlw in the other, each
/// compared as [`both`] compares.
fn twins_with_policies() -> Twins {
    let twins = Twins::new("");
    for line in POLICIES {
        let out = both(&twins, &words(line));
        assert_eq!(out.code, Some(0), "{line}: {}", out.stderr);
    }
    twins
}

#[test]
fn policies_added_by_ip_and_by_nlw_list_alike() {
    if !live("policies_added_by_ip_and_by_nlw_list_alike") {
        return;
    }
    let twins = twins_with_policies();
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
    let twins = twins_with_policies();
    for line in [
        "xfrm policy update src 192.0.2.8 dst 198.51.100.9 proto gre key 5.6.7.8 dir out priority 99 action block",
        "xfrm policy update src 203.0.113.0/24 dst 198.51.100.0/24 dir out",
        "xfrm policy get src 203.0.113.5 dst 203.0.113.6 dir out ctx system_u:object_r:x:s0",
        "xfrm policy delete src 203.0.113.5 dst 203.0.113.6 dir out ctx system_u:object_r:x:s0",
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

/// This kernel makes larval states (`allocspi`) without ESP, AH or IPComp:
/// states to list, get, delete and flush, the SPI fixed by `min`/`max`.
#[test]
fn states_allocated_by_ip_and_by_nlw_list_get_delete_and_flush_alike() {
    if !live("states_allocated_by_ip_and_by_nlw_list_get_delete_and_flush_alike") {
        return;
    }
    let twins = Twins::new("");
    for line in [
        "xfrm state allocspi src 192.0.2.1 dst 192.0.2.2 proto esp mode tunnel reqid 4 min 0x1000 max 0x1000",
        "xfrm state allocspi src 2001:db8::1 dst 2001:db8::2 proto ah reqid 0x20 min 300 max 300 mark 7 mask 0xff",
        "xfrm state allocspi src 198.51.100.1 dst 198.51.100.2 proto comp min 0x4000 max 0x4000",
        "xfrm state allocspi src 198.51.100.1 dst 198.51.100.3 proto esp mode beet seq 9 min 0x77 max 0x77",
        "xfrm state allocspi src 198.51.100.1 dst 198.51.100.2 proto esp spi 5",
        "xfrm state allocspi src 198.51.100.1 dst 198.51.100.2 proto esp min 5",
        "xfrm state allocspi src 198.51.100.1 dst 198.51.100.2 proto esp min 6 max 5",
        "xfrm state allocspi mode tunnel",
    ] {
        both(&twins, &words(line));
    }
    for ns in [&twins.reference, &twins.ours] {
        for list in [
            "xfrm state list proto esp",
            "xfrm state list src 198.51.100.0/24",
            "xfrm state list dst 2001:db8::2",
            "xfrm state list reqid 4",
            "xfrm state list mode beet",
            "-6 xfrm state list",
            "xfrm state list nokeys",
            "xfrm state get src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x1000",
            "-s xfrm state get src 2001:db8::1 dst 2001:db8::2 proto ah spi 300 mark 7 mask 0xff",
            "-s xfrm state count",
        ] {
            same_listing(ns, &words(list));
        }
        let all = same_listing(ns, &["xfrm", "state"]);
        assert_eq!(all.lines().filter(|l| l.starts_with("src")).count(), 4, "{all}");
    }
    for line in [
        "xfrm state delete src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x1000",
        "xfrm state delete src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x1000",
        "xfrm state deleteall proto comp",
        "xfrm state flush proto ah",
        "xfrm state flush",
    ] {
        both(&twins, &words(line));
    }
}

#[test]
fn spd_thresholds_and_default_policies_set_as_ip() {
    if !live("spd_thresholds_and_default_policies_set_as_ip") {
        return;
    }
    let twins = Twins::new("");
    for line in [
        "xfrm policy set hthresh4 24 16 hthresh6 64 60",
        "xfrm policy setdefault in block fwd accept",
        "xfrm policy setdefault out block",
        "xfrm policy setdefault out allow",
        "xfrm policy set hthresh4 33 1",
        "xfrm policy setdefault in block in accept",
    ] {
        both(&twins, &words(line));
        for get in [&["xfrm", "policy", "getdefault"][..], &["-s", "-s", "xfrm", "policy", "count"]] {
            assert_eq!(
                same_listing(&twins.ours, get),
                same_listing(&twins.reference, get),
                "{line}: {get:?}"
            );
        }
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
        "xfrm state add src 198.51.100.1 dst 198.51.100.2 proto esp spi 0x44 enc cbc(aes) 0x00 ctx system_u:x",
        "xfrm state add src 198.51.100.1 dst 198.51.100.2 proto esp spi 0x45 enc cbc(aes) 0x00 offload dev lo dir in",
        "xfrm state add src 198.51.100.1 dst 198.51.100.2 proto esp spi 0x45 enc cbc(aes) 0x00 offload dir out",
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
        "xfrm policy add dir out ctx a ctx b",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 ctx a ctx b",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 offload crypto dev lo dir in",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 offload dev lo dir x",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 offload x",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 offload dev lo",
        "xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 1 enc aes 0x00 offload dev nosuch dir in",
        "xfrm policy add dir in mark 1 mask x",
        "xfrm policy add dir in src 192.0.2.1 proto tcp type 3",
        "xfrm policy add src 192.0.2.1 dst 192.0.2.2 proto gre key 1.2.3.x dir out",
        "xfrm policy add src 192.0.2.1 dst 192.0.2.2 proto gre key x dir out",
        "xfrm policy add src 192.0.2.1 dst 192.0.2.2 proto udp key 5 dir out",
        "xfrm policy delete dir out",
        "xfrm policy delete dir out index 1 src 192.0.2.1",
        "xfrm policy flush junk",
        "xfrm policy list junk",
        "xfrm policy bogus",
        "xfrm policy set hthresh4 1",
        "xfrm policy set hthresh6 129 1",
        "xfrm policy set hthresh4 1 1 hthresh4 2 2",
        "xfrm policy set junk",
        "xfrm policy setdefault in x",
        "xfrm policy setdefault up block",
        "xfrm policy setdefault fwd block fwd block",
        "xfrm bogus",
        "xfrm",
    ] {
        let (theirs, ours) = twins.run(&words(line));
        assert_eq!(as_ip(ours), theirs, "{line}: nlw's, then ip's");
        assert_ne!(theirs.code, Some(0), "{line}");
        assert_ne!(theirs.code, Some(2), "{line}: ip sent it");
    }
    // Nothing changed: the one policy each had is all there is.
    let a = same_listing(&twins.reference, &["xfrm", "policy"]);
    assert_eq!(same_listing(&twins.ours, &["xfrm", "policy"]), a);
    assert_eq!(a.lines().count(), 6, "{a}");
}

/// Messages laid out by hand from linux/xfrm.h (x86_64 offsets, as gcc's
/// `offsetof` gives them), not by the code under test, for
/// `ip xfrm monitor file`: states this kernel cannot hold (it has no ESP,
/// AH or IPComp), and every notification ip prints.
mod built {
    /// `struct nlattr` and its payload, padded to 4.
    pub fn attr(kind: u16, payload: &[u8]) -> Vec<u8> {
        let mut a = ((4 + payload.len()) as u16).to_ne_bytes().to_vec();
        a.extend_from_slice(&kind.to_ne_bytes());
        a.extend_from_slice(payload);
        a.resize(a.len().next_multiple_of(4), 0);
        a
    }

    /// `struct nlmsghdr` around `body` (padded to 4).
    pub fn message(kind: u16, body: &[u8]) -> Vec<u8> {
        let mut m = ((16 + body.len()) as u32).to_ne_bytes().to_vec();
        m.extend_from_slice(&kind.to_ne_bytes());
        m.extend_from_slice(&[0; 10]);
        m.extend_from_slice(body);
        m.resize(m.len().next_multiple_of(4), 0);
        m
    }

    /// An `xfrm_address_t`.
    pub fn addr(ip: &str) -> [u8; 16] {
        let mut a = [0u8; 16];
        match ip.parse::<std::net::IpAddr>().unwrap() {
            std::net::IpAddr::V4(v4) => a[..4].copy_from_slice(&v4.octets()),
            std::net::IpAddr::V6(v6) => a = v6.octets(),
        }
        a
    }

    /// `struct xfrm_selector` (56 bytes).
    #[allow(clippy::too_many_arguments)]
    pub fn selector(
        family: u16,
        src: &str,
        plen_s: u8,
        dst: &str,
        plen_d: u8,
        proto: u8,
        ports: (u16, u16),
        ifindex: i32,
    ) -> Vec<u8> {
        let mut s = vec![0u8; 56];
        s[0..16].copy_from_slice(&addr(dst));
        s[16..32].copy_from_slice(&addr(src));
        s[32..34].copy_from_slice(&ports.1.to_be_bytes()); // dport
        if ports.1 != 0 {
            s[34..36].copy_from_slice(&[0xff, 0xff]);
        }
        s[36..38].copy_from_slice(&ports.0.to_be_bytes()); // sport
        if ports.0 != 0 {
            s[38..40].copy_from_slice(&[0xff, 0xff]);
        }
        s[40..42].copy_from_slice(&family.to_ne_bytes());
        s[42] = plen_d;
        s[43] = plen_s;
        s[44] = proto;
        s[48..52].copy_from_slice(&ifindex.to_ne_bytes());
        s
    }

    /// `struct xfrm_usersa_info` (224 bytes).
    #[allow(clippy::too_many_arguments)]
    pub fn usersa(
        family: u16,
        src: &str,
        dst: &str,
        proto: u8,
        spi: u32,
        reqid: u32,
        mode: u8,
        window: u8,
        flags: u8,
        sel: &[u8],
    ) -> Vec<u8> {
        let mut s = vec![0u8; 224];
        s[..56].copy_from_slice(sel);
        s[56..72].copy_from_slice(&addr(dst));
        s[72..76].copy_from_slice(&spi.to_be_bytes());
        s[76] = proto;
        s[80..96].copy_from_slice(&addr(src));
        s[96..128].fill(0xff); // lft: XFRM_INF byte and packet limits
        s[128..136].copy_from_slice(&30u64.to_ne_bytes()); // soft_add_expires_seconds
        s[160..168].copy_from_slice(&1500u64.to_ne_bytes()); // curlft.bytes
        s[168..176].copy_from_slice(&3u64.to_ne_bytes()); // curlft.packets
        s[192..196].copy_from_slice(&32u32.to_ne_bytes()); // stats.replay_window
        s[196..200].copy_from_slice(&2u32.to_ne_bytes()); // stats.replay
        s[204..208].copy_from_slice(&7u32.to_ne_bytes()); // seq
        s[208..212].copy_from_slice(&reqid.to_ne_bytes());
        s[212..214].copy_from_slice(&family.to_ne_bytes());
        s[214] = mode;
        s[215] = window;
        s[216] = flags;
        s
    }

    /// `struct xfrm_algo` (`len` None) or `_auth`/`_aead` and the key.
    pub fn algo(name: &str, key: &[u8], len: Option<u32>) -> Vec<u8> {
        let mut a = vec![0u8; 64];
        a[..name.len()].copy_from_slice(name.as_bytes());
        a.extend_from_slice(&(key.len() as u32 * 8).to_ne_bytes());
        if let Some(len) = len {
            a.extend_from_slice(&len.to_ne_bytes());
        }
        a.extend_from_slice(key);
        a
    }

    /// `struct xfrm_userpolicy_info` (168 bytes).
    pub fn userpolicy(sel: &[u8], dir: u8, action: u8, flags: u8, priority: u32, index: u32) -> Vec<u8> {
        let mut p = vec![0u8; 168];
        p[..56].copy_from_slice(sel);
        p[56..88].fill(0xff);
        p[152..156].copy_from_slice(&priority.to_ne_bytes());
        p[156..160].copy_from_slice(&index.to_ne_bytes());
        p[160] = dir;
        p[161] = action;
        p[162] = flags;
        p
    }

    /// `struct xfrm_user_tmpl` (64 bytes).
    #[allow(clippy::too_many_arguments)]
    pub fn tmpl(
        family: u16,
        src: &str,
        dst: &str,
        proto: u8,
        spi: u32,
        reqid: u32,
        mode: u8,
        optional: u8,
    ) -> Vec<u8> {
        let mut t = vec![0u8; 64];
        t[..16].copy_from_slice(&addr(dst));
        t[16..20].copy_from_slice(&spi.to_be_bytes());
        t[20] = proto;
        t[24..26].copy_from_slice(&family.to_ne_bytes());
        t[28..44].copy_from_slice(&addr(src));
        t[44..48].copy_from_slice(&reqid.to_ne_bytes());
        t[48] = mode;
        t[50] = optional;
        t[52..64].fill(0xff);
        t
    }
}

/// Every kind of state, policy and notification ip 6.1 prints, built
/// from the UAPI layout.
fn notifications() -> Vec<u8> {
    use built::*;
    let (esp, ah, comp) = (50u8, 51u8, 108u8);
    let mut file = Vec::new();
    let mut push = |kind: u16, body: Vec<u8>| file.extend(message(kind, &body));

    // ESP in tunnel mode: cbc(aes) and hmac(sha256) truncated, a mark with
    // an output mark, NAT-T encapsulation, a TCP selector, if_id, tfcpad,
    // the replay state, the extra flags, a last use.
    let sel = selector(2, "198.51.100.0", 24, "203.0.113.0", 24, 6, (1024, 443), 1);
    let mut body = usersa(2, "192.0.2.1", "192.0.2.2", esp, 0x1000, 5, 1, 32, 0x01 | 0x04, &sel);
    body.extend(attr(2, &algo("cbc(aes)", &(0..16).collect::<Vec<u8>>(), None)));
    body.extend(attr(20, &algo("hmac(sha256)", &(16..48).collect::<Vec<u8>>(), Some(128))));
    body.extend(attr(21, &[7u32.to_ne_bytes(), u32::MAX.to_ne_bytes()].concat()));
    body.extend(attr(29, &0x20u32.to_ne_bytes())); // XFRMA_SET_MARK
    body.extend(attr(30, &0xf0u32.to_ne_bytes())); // XFRMA_SET_MARK_MASK
    let mut encap = vec![0u8; 24];
    encap[0..2].copy_from_slice(&2u16.to_ne_bytes());
    encap[2..4].copy_from_slice(&4500u16.to_be_bytes());
    encap[4..6].copy_from_slice(&4501u16.to_be_bytes());
    encap[8..12].copy_from_slice(&[192, 0, 2, 99]);
    body.extend(attr(4, &encap));
    body.extend(attr(10, &[[0u8; 4], 9u32.to_ne_bytes(), 0x1fu32.to_ne_bytes()].concat())); // replay
    body.extend(attr(24, &3u32.to_ne_bytes())); // extra flags
    body.extend(attr(15, &1_700_000_000u64.to_ne_bytes())); // lastused
    body.extend(attr(31, &9u32.to_ne_bytes())); // if_id
    body.extend(attr(22, &16u32.to_ne_bytes())); // tfcpad
    push(0x10, body);

    // ESP over IPv6 with AEAD, ESN and its bitmap, an ICMPv6 selector.
    let sel = selector(10, "2001:db8::", 32, "2001:db8:1::", 48, 58, (128, 0), 0);
    let mut body = usersa(10, "2001:db8::1", "2001:db8::2", esp, 0x2000, 0x10, 1, 0, 0x80, &sel);
    body.extend(attr(18, &algo("rfc4106(gcm(aes))", &(0..20).collect::<Vec<u8>>(), Some(128))));
    let mut esn = [3u32, 100, 90, 1, 0, 96].iter().flat_map(|v| v.to_ne_bytes()).collect::<Vec<u8>>();
    esn.extend([0xffff_0000u32, 0x1234, 0x8000_0001].iter().flat_map(|v| v.to_ne_bytes()));
    body.extend(attr(23, &esn));
    push(0x1a, body); // XFRM_MSG_UPDSA

    // AH in transport mode with hmac(sha1), a GRE selector.
    let sel = selector(2, "192.0.2.8", 32, "198.51.100.9", 32, 47, (0x0506, 0x0708), 0);
    let mut body = usersa(2, "198.51.100.1", "198.51.100.2", ah, 0x42, 0, 0, 0, 0, &sel);
    body.extend(attr(1, &algo("hmac(sha1)", &(1..21).collect::<Vec<u8>>(), None)));
    push(0x10, body);

    // IPComp with deflate, beet mode, a care-of address (zero selector).
    let mut body = usersa(2, "198.51.100.1", "198.51.100.2", comp, 0x43, 0, 4, 0, 0x40, &[0; 56]);
    body.extend(attr(3, &algo("deflate", &[], None)));
    body.extend(attr(14, &addr("192.0.2.50")));
    push(0x10, body);

    // Offloaded to lo (inbound, then packet mode); a security context.
    for flags in [2u8, 4] {
        let mut body = usersa(2, "192.0.2.1", "192.0.2.3", esp, 0x5000, 0, 1, 0, 0, &[0; 56]);
        body.extend(attr(2, &algo("cbc(aes)", &[7; 16], None)));
        body.extend(attr(28, &[1i32.to_ne_bytes().as_slice(), &[flags, 0, 0, 0]].concat()));
        let mut ctx = vec![0u8; 8];
        ctx[0..2].copy_from_slice(&(8u16 + 12).to_ne_bytes());
        ctx[2..4].copy_from_slice(&8u16.to_ne_bytes());
        ctx[4] = 1;
        ctx[5] = 1;
        ctx[6..8].copy_from_slice(&12u16.to_ne_bytes());
        ctx.extend(b"system_u:x\0\0");
        body.extend(attr(8, &ctx));
        push(0x10, body);
    }

    // A deleted state: xfrm_usersa_id, then the state in XFRMA_SA.
    let sel = selector(2, "198.51.100.0", 25, "192.0.2.128", 25, 17, (4500, 0), 0);
    let sa = usersa(2, "198.51.100.1", "192.0.2.129", esp, 0x3000, 1, 1, 0, 0, &sel);
    let mut body = vec![0u8; 24];
    body[..16].copy_from_slice(&addr("192.0.2.129"));
    body[16..20].copy_from_slice(&0x3000u32.to_be_bytes());
    body[20..22].copy_from_slice(&2u16.to_ne_bytes());
    body[22] = esp;
    body.extend(attr(6, &sa));
    body.extend(attr(2, &algo("ecb(cipher_null)", &[], None)));
    push(0x11, body);

    // An expired state: xfrm_user_expire, hard 1.
    let mut body = sa.clone();
    body.extend([1, 0, 0, 0, 0, 0, 0, 0]);
    push(0x18, body);

    // Flushes.
    push(0x1c, vec![esp, 0, 0, 0]);
    push(0x1c, vec![0, 0, 0, 0]);
    push(0x1d, attr(16, &[1, 0, 0, 0, 0, 0]));
    push(0x1d, vec![]);

    // Policies: one with templates, mark and if_id, a socket's, a blocked
    // sub policy; a deleted one and an expired one.
    let sel = selector(2, "192.0.2.0", 24, "198.51.100.0", 24, 6, (0, 443), 0);
    let mut body = userpolicy(&sel, 1, 0, 0, 10, 0x41);
    body.extend(attr(16, &[0, 0, 0, 0, 0, 0]));
    let tmpls = [
        tmpl(2, "192.0.2.1", "198.51.100.1", esp, 0, 3, 1, 0),
        tmpl(2, "0.0.0.0", "0.0.0.0", ah, 5, 0, 0, 1),
    ]
    .concat();
    body.extend(attr(5, &tmpls));
    body.extend(attr(21, &[0x10u32.to_ne_bytes(), 0xf0u32.to_ne_bytes()].concat()));
    body.extend(attr(31, &3u32.to_ne_bytes()));
    push(0x13, body.clone());
    let mut sock = userpolicy(&selector(10, "::", 0, "::", 0, 0, (0, 0), 0), 4, 0, 0, 0, 0x63);
    let mut ctx = vec![20, 0, 8, 0, 1, 1, 12, 0];
    ctx.extend(b"system_u:y\0\0");
    sock.extend(attr(8, &ctx));
    push(0x19, sock);
    let mut sub =
        userpolicy(&selector(10, "2001:db8::", 32, "2001:db8:1::", 48, 0, (0, 0), 1), 0, 1, 3, 0, 8);
    sub.extend(attr(16, &[1, 0, 0, 0, 0, 0]));
    push(0x13, sub);
    let mut del = vec![0u8; 64];
    del[..56].copy_from_slice(&sel);
    del[60] = 1;
    del.extend(attr(7, &body[..168]));
    push(0x14, del);
    let mut exp = body[..168].to_vec();
    exp.extend([0, 0, 0, 0, 0, 0, 0, 0]);
    push(0x1b, exp);

    // An acquire, a report and an async event.
    let mut acq = vec![0u8; 280];
    acq[..16].copy_from_slice(&addr("198.51.100.1"));
    acq[20] = esp;
    acq[24..40].copy_from_slice(&addr("192.0.2.1"));
    acq[40..96].copy_from_slice(&selector(2, "192.0.2.1", 32, "198.51.100.1", 32, 1, (8, 0), 0));
    acq[96..264].copy_from_slice(&body[..168]);
    acq[264..268].copy_from_slice(&u32::MAX.to_ne_bytes());
    acq[276..280].copy_from_slice(&12u32.to_ne_bytes());
    acq.extend(attr(5, &tmpls[..64]));
    push(0x17, acq);
    let mut rep = vec![esp, 0, 0, 0];
    rep.extend(selector(2, "192.0.2.1", 32, "198.51.100.1", 32, 0, (0, 0), 0));
    rep.extend(attr(13, &addr("192.0.2.1")));
    push(0x20, rep);
    let mut ae = vec![0u8; 48];
    ae[..16].copy_from_slice(&addr("198.51.100.2"));
    ae[16..20].copy_from_slice(&0x1000u32.to_be_bytes());
    ae[20..22].copy_from_slice(&2u16.to_ne_bytes());
    ae[22] = esp;
    ae[24..40].copy_from_slice(&addr("198.51.100.1"));
    ae[40..44].copy_from_slice(&(16u32 | 64).to_ne_bytes());
    ae[44..48].copy_from_slice(&5u32.to_ne_bytes());
    push(0x1e, ae.clone());
    let mut map = ae[..24].to_vec(); // xfrm_usersa_id
    map.extend(9u32.to_ne_bytes()); // reqid
    map.extend(addr("192.0.2.1"));
    map.extend(addr("192.0.2.77"));
    map.extend(4500u16.to_be_bytes());
    map.extend(4501u16.to_be_bytes());
    push(0x26, map); // XFRM_MSG_MAPPING
    push(0x21, vec![0u8; 64]); // XFRM_MSG_MIGRATE: ip 6.1 knows it not
    file
}

/// What `program [options] xfrm monitor file F [nokeys]` prints.
fn from_file(
    program: &str,
    options: &[&str],
    path: &std::path::Path,
    nokeys: bool,
) -> (Option<i32>, String, String) {
    let mut cmd = Command::new(program);
    cmd.args(options).args(["xfrm", "monitor", "file"]).arg(path);
    if nokeys {
        cmd.arg("nokeys");
    }
    let out = cmd.env("TZ", "UTC").output().unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn states_and_notifications_built_from_the_uapi_print_as_ip_prints_them() {
    let path = std::env::temp_dir().join(format!("nlw-xfrm-{}.bin", std::process::id()));
    std::fs::write(&path, notifications()).unwrap();
    for options in [&[][..], &["-s"], &["-s", "-s"], &["-4"], &["-6"], &["-o"], &["-o", "-s"]] {
        for nokeys in [false, true] {
            let theirs = from_file("ip", options, &path, nokeys);
            let ours = from_file(NLW, options, &path, nokeys);
            assert_eq!(theirs.0, Some(0), "ip {options:?}: {}", theirs.2);
            assert!(theirs.1.len() > 3000, "{}", theirs.1);
            assert_eq!(ours, theirs, "{options:?} nokeys {nokeys}: nlw's, then ip's");
        }
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn monitor_prints_the_kernels_notifications_as_ip() {
    if !live("monitor_prints_the_kernels_notifications_as_ip") {
        return;
    }
    let ns = TestNs::new();
    let start = |program: &str, objects: &[&str]| {
        let child = Command::new(program)
            .arg("-n")
            .arg(&ns.name)
            .args(["xfrm", "monitor"])
            .args(objects)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        Running(child)
    };
    let monitors = [
        (start("ip", &[]), start(NLW, &[])),
        (start("ip", &["policy"]), start(NLW, &["policy"])),
        (start("ip", &["SA", "acquire"]), start(NLW, &["SA", "acquire"])),
    ];
    std::thread::sleep(std::time::Duration::from_millis(300));
    for line in [
        POLICIES[0],
        POLICIES[1],
        POLICIES[2],
        "xfrm policy update src 192.0.2.0/24 dst 198.51.100.0/24 proto tcp dport 443 dir out priority 20 mark 7 if_id 3",
        "xfrm policy delete src 2001:db8::/32 dst 2001:db8:1::/48 dir in ptype sub",
        "xfrm policy flush ptype sub",
        "xfrm policy flush",
    ] {
        let out = Command::new("ip").arg("-n").arg(&ns.name).args(words(line)).output().unwrap();
        assert!(out.status.success(), "{line}: {}", String::from_utf8_lossy(&out.stderr));
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    for (i, (theirs, ours)) in monitors.into_iter().enumerate() {
        let (theirs, ours) = (theirs.stop(), ours.stop());
        if i < 2 {
            assert!(theirs.lines().count() > 10, "{theirs}");
        }
        assert_eq!(ours, theirs, "monitor {i}: nlw's, then ip's");
    }
}
