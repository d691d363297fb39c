//! Route encapsulations against ip 6.1 on throwaway namespaces: seg6local
//! routes (and next hops of multipath routes) added by ip and by nlw in
//! twin namespaces end alike and list alike, text byte for byte and `-j`
//! key for key; for what this kernel lacks (mpls, rpl, ioam6, xfrm), the
//! request nlw sends is the one ip sends for the same words, byte for byte
//! after the sequence number and port, both read with `strace -e
//! trace=sendmsg -xx`, and the kernel refuses both alike. Bad words are
//! refused as ip refuses them, before anything is sent.

use std::process::Command;

use nlwire_tests::live::{live, skip, TestNs};

mod common;
use common::{same, same_text, strace_sent, Twins};

/// A veth pair, up, with documentation addresses, and a table 100 route.
const LINKS: &str = "
    link add v0 type veth peer name v1
    link set v0 up
    link set v1 up
    address add 2001:db8::1/64 dev v0
    address add 192.0.2.1/24 dev v0
    route add 2001:db8:100::/64 dev v0 table 100
";

/// Route changes with seg6local encapsulations, each action this kernel
/// takes without a VRF, and next hops with their own.
const CHANGES: &[&str] = &[
    "-6 route add 2001:db8:10::/64 encap seg6local action End dev v0",
    "-6 route add 2001:db8:11::/64 encap seg6local action End.X nh6 2001:db8::2 dev v0",
    "-6 route add 2001:db8:12::/64 encap seg6local action End.T table 100 dev v0",
    "-6 route add 2001:db8:13::/64 encap seg6local action End.DX2 oif v1 dev v0",
    "-6 route add 2001:db8:14::/64 encap seg6local action End.DX6 nh6 2001:db8::3 dev v0",
    "-6 route add 2001:db8:15::/64 encap seg6local action End.DX4 nh4 192.0.2.2 dev v0",
    "-6 route add 2001:db8:16::/64 encap seg6local action End.DT6 table main dev v0",
    "-6 route add 2001:db8:17::/64 encap seg6local action End.B6 srh segs 2001:db8::5,2001:db8::6 dev v0",
    "-6 route add 2001:db8:18::/64 encap seg6local action End.B6.Encaps srh segs 2001:db8::5 hmac 7 dev v0",
    "-6 route add 2001:db8:19::/64 encap seg6local action End count dev v0",
    "-6 route add 2001:db8:1a::/64 encap seg6local action End flavors psp dev v0",
    "-6 route add 2001:db8:1b::/64 encap seg6local action End.X nh6 2001:db8::2 count flavors psp dev v0",
    // This kernel has no VRF: both are refused alike.
    "-6 route add 2001:db8:1c::/64 encap seg6local action End.DT4 vrftable 100 dev v0",
    "-6 route add 2001:db8:1d::/64 encap seg6local action End.DT46 vrftable 100 dev v0",
    "-6 route add 2001:db8:1e::/64 encap seg6local action End.BM dev v0",
    "-6 route replace 2001:db8:10::/64 encap seg6local action End.X nh6 2001:db8::4 dev v0",
    "-6 route add 2001:db8:20::/64 nexthop via 2001:db8::2 dev v0 encap seg6local action End.X nh6 2001:db8::5 \
     nexthop via 2001:db8::3 encap seg6 mode encap segs 2001:db8::7 dev v0 weight 2",
    "-6 route add 2001:db8:21::/64 nexthop encap seg6local action End via 2001:db8::2 dev v0 \
     nexthop via 2001:db8::3 dev v0",
    "-6 route del 2001:db8:11::/64 encap seg6local action End.X nh6 2001:db8::2 dev v0",
    // seg6's reduced modes and HMAC key ids (a key id that is no number is
    // none, as ip's unchecked `get_u32`).
    "-6 route add 2001:db8:30::/64 encap seg6 mode encap.red segs 2001:db8::2,2001:db8::3 dev v0",
    "-6 route add 2001:db8:31::/64 encap seg6 mode l2encap.red segs 2001:db8::2 dev v0",
    "-6 route add 2001:db8:32::/64 encap seg6 mode encap segs 2001:db8::2 hmac 7 dev v0",
    "-6 route add 2001:db8:33::/64 encap seg6 mode inline hmac 0x10 segs 2001:db8::2 dev v0",
    "-6 route add 2001:db8:34::/64 encap seg6 mode l2encap segs 2001:db8::4 hmac x dev v0",
];

#[test]
fn seg6local_routes_end_and_list_as_ips() {
    if !live("seg6local_routes_end_and_list_as_ips") {
        return;
    }
    let twins = Twins::new(LINKS);
    for line in CHANGES {
        let words: Vec<&str> = line.split_whitespace().collect();
        twins.same(&words);
    }
    let ns = &twins.reference;
    for args in [
        &["-6", "route", "show"][..],
        &["-s", "-6", "route", "show"],
        &["-d", "-6", "route", "show"],
        &["-6", "route", "show", "table", "all"],
        &["-6", "route", "get", "2001:db8:19::1"],
    ] {
        same_text(ns, args);
        same(ns, args, &["type", "dst", "dev", "table", "metric"]);
    }
    same_text(ns, &["-c=always", "-6", "route", "show"]);
    let shown = common::texts(ns, &["-s", "-6", "route", "show"])[1].clone();
    for part in [
        "action End.B6.Encaps segs 1 [ 2001:db8::5 ] hmac 7",
        "packets 0 bytes 0 errors 0",
        "flavors psp",
        "mode encap.red segs 2 [ 2001:db8::2 2001:db8::3 ]",
        "mode inline segs 2 [ 2001:db8::2 :: ] hmac 10 ",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
}

/// What `program -n NS words...` sends as route requests (`RTM_NEWROUTE`,
/// 0x18; `RTM_DELROUTE`, 0x19): flags and the bytes after the header, as
/// strace prints them; and how it ended.
fn traced(ns: &TestNs, program: &str, line: &str) -> (Option<i32>, String, Vec<String>) {
    let kinds = ["0x18", "0x19", "RTM_NEWROUTE", "RTM_DELROUTE"];
    let (out, sent) = strace_sent(ns, program, &line.split_whitespace().collect::<Vec<_>>(), &[], &kinds);
    let sent = sent.iter().map(|s| format!("{} {} {}", s.kind, s.flags, unpadded(&s.body))).collect();
    // ip's usage names ip where nlw's names nlw.
    let stderr = String::from_utf8_lossy(&out.stderr).replace("Usage: ip ", "Usage: nlw ");
    (out.status.code(), stderr, sent)
}

/// `body` (strace's `\\xNN` each byte, a `struct rtmsg` and attributes)
/// with the padding of every attribute zeroed: ip leaves there what its
/// buffer held.
fn unpadded(body: &str) -> String {
    let mut bytes: Vec<u8> =
        body.split("\\x").skip(1).map(|b| u8::from_str_radix(b, 16).expect("strace's hex")).collect();
    if bytes.len() > 12 {
        zero_pads(&mut bytes[12..], false);
    }
    bytes.iter().map(|b| format!("\\x{b:02x}")).collect()
}

/// Zeroes the padding of the attributes in `chain`, and in their nests
/// (`NLA_F_NESTED`, and the next hops of `RTA_MULTIPATH`, 9, at the top).
fn zero_pads(chain: &mut [u8], nested: bool) {
    let mut at = 0;
    while at + 4 <= chain.len() {
        let len = usize::from(u16::from_ne_bytes([chain[at], chain[at + 1]]));
        let kind = u16::from_ne_bytes([chain[at + 2], chain[at + 3]]);
        if len < 4 || at + len > chain.len() {
            return;
        }
        let end = ((at + len).div_ceil(4) * 4).min(chain.len());
        chain[at + len..end].fill(0);
        if kind & 0x8000 != 0 {
            zero_pads(&mut chain[at + 4..at + len], true);
        } else if kind == 9 && !nested {
            let hops = &mut chain[at + 4..at + len];
            let mut h = 0;
            while h + 8 <= hops.len() {
                let hop_len = usize::from(u16::from_ne_bytes([hops[h], hops[h + 1]]));
                if hop_len < 8 || h + hop_len > hops.len() {
                    break;
                }
                zero_pads(&mut hops[h + 8..h + hop_len], true);
                h += hop_len.div_ceil(4) * 4;
            }
        }
        at = end;
    }
}

/// A namespace with v0 for `name`; `None` (a SKIP line) without root or
/// strace, which reads what the tools send.
fn traced_ns(name: &str) -> Option<TestNs> {
    if !live(name) || (Command::new("strace").arg("-V").output().is_err() && !skip(name, "needs strace")) {
        return None;
    }
    let ns = TestNs::new();
    common::prepare(&ns, LINKS);
    Some(ns)
}

#[test]
fn requests_for_encapsulations_this_kernel_lacks_are_the_bytes_ip_sends() {
    let Some(ns) = traced_ns("requests_for_encapsulations_this_kernel_lacks_are_the_bytes_ip_sends") else {
        return;
    };
    let lines = [
        "-6 route add 2001:db8:9::/64 encap rpl segs 2001:db8::1,2001:db8::2,2001:db8::3 dev v0",
        "-6 route replace 2001:db8:9::/64 encap rpl segs 2001:db8::1 dev v0",
        "-6 route add 2001:db8:9::/64 encap ioam6 trace prealloc type 0x800000 ns 1 size 12 dev v0",
        "-6 route add 2001:db8:9::/64 encap ioam6 freq 2/5 mode encap tundst 2001:db8::7 trace prealloc \
         type 0xc00000 ns 7 size 244 dev v0",
        "-6 route change 2001:db8:9::/64 encap ioam6 mode auto tundst 2001:db8::7 trace prealloc size 8 \
         ns 0x10 type 1 dev v0",
        "-6 route del 2001:db8:9::/64 encap ioam6 freq 1000000/1000000 trace prealloc type 0xffffff ns 65535 \
         size 4 dev v0",
        "route add 198.51.100.0/24 encap mpls 100/200/0x300 ttl 5 dev v0",
        "route add 198.51.100.0/24 encap xfrm if_id 5 link_dev v0",
        "route add 198.51.100.0/24 encap xfrm if_id 0x10 bogus link_dev v1 dev v0 metric 7",
        "-6 route add 2001:db8:9::/64 nexthop via 2001:db8::2 dev v0 encap rpl segs 2001:db8::5 \
         nexthop via 2001:db8::3 dev v0 encap ioam6 trace prealloc type 1 ns 2 size 4 weight 2",
        "route add 198.51.100.0/24 nexthop via 192.0.2.2 encap mpls 16 dev v0 nexthop via 192.0.2.3 dev v0",
        "-6 route add 2001:db8:9::/64 encap seg6local action End.B6.Encaps srh segs 2001:db8::5,2001:db8::6 \
         hmac 0x10 dev v0",
        "-6 route add 2001:db8:9::/64 encap seg6local action End.X nh6 2001:db8::2 count flavors \
         next-csid lblen 32 nflen 16 dev v0",
        "-6 route add 2001:db8:9::/64 encap seg6local action End.AM table 100 nh4 192.0.2.9 nh6 2001:db8::2 \
         iif v1 oif v0 srh segs 2001:db8::5 dev v0",
    ];
    for line in lines {
        let (ip_code, ip_err, ip_sent) = traced(&ns, "ip", line);
        let _ = Command::new("ip").args(["-n", &ns.name]).args(line.split_whitespace()).output();
        // Whatever ip added is gone before nlw's turn.
        let del = line.replacen(" add ", " del ", 1).replacen(" replace ", " del ", 1);
        let _ = Command::new("ip").args(["-n", &ns.name]).args(del.split_whitespace()).output();
        let (code, err, sent) = traced(&ns, env!("CARGO_BIN_EXE_nlw"), line);
        let _ = Command::new("ip").args(["-n", &ns.name]).args(del.split_whitespace()).output();
        assert_eq!(ip_sent.len(), 1, "{line}: ip sent {ip_sent:?}\n{ip_err}");
        assert_eq!(sent, ip_sent, "{line}: nlw's request, then ip's");
        assert_eq!((code, err), (ip_code, ip_err), "{line}");
    }
}

#[test]
fn bad_encapsulation_words_are_refused_as_ip_refuses_them_before_anything_is_sent() {
    let Some(ns) =
        traced_ns("bad_encapsulation_words_are_refused_as_ip_refuses_them_before_anything_is_sent")
    else {
        return;
    };
    let route = "-6 route add 2001:db8:9::/64";
    let cases = [
        "encap seg6local action Foo dev v0",
        "encap seg6local dev v0",
        "encap seg6local action",
        "encap seg6local action End action End dev v0",
        "encap seg6local action End oif nosuch dev v0",
        "encap seg6local action End iif nosuch dev v0",
        "encap seg6local action End.DT6 table foo dev v0",
        "encap seg6local action End.DT6 vrftable foo dev v0",
        "encap seg6local action End flavors xx dev v0",
        "encap seg6local action End flavors psp,psp dev v0",
        "encap seg6local action End flavors next-csid lblen 300 dev v0",
        "encap seg6local action End flavors next-csid nflen x dev v0",
        "encap seg6local action End srh foo dev v0",
        "encap seg6local action End srh segs 2001:db8::1,zz dev v0",
        "encap seg6local action End.B6 srh segs 2001:db8::1",
        "encap seg6local action End count count dev v0",
        "encap seg6local action End.X nh6 192.0.2.1 dev v0",
        "encap seg6local action End.DX4 nh4 2001:db8::1 dev v0",
        "encap seg6local action End.DX4 nh4 192.0.2.1 nh4 192.0.2.2 dev v0",
        "encap ioam6 freq 5/4 trace prealloc type 0x800000 ns 1 size 12 dev v0",
        "encap ioam6 freq 0/4 trace prealloc type 1 ns 1 size 12 dev v0",
        "encap ioam6 freq 1/2000000 trace prealloc type 1 ns 1 size 12 dev v0",
        "encap ioam6 freq 1-2 trace prealloc type 1 ns 1 size 12 dev v0",
        "encap ioam6 freq 12345678901234567 trace prealloc dev v0",
        "encap ioam6 freq 2/4",
        "encap ioam6 mode encap trace prealloc dev v0",
        "encap ioam6 mode foo trace prealloc dev v0",
        "encap ioam6 tundst 2001:db8::1 trace prealloc dev v0",
        "encap ioam6 mode encap tundst 192.0.2.1 trace prealloc dev v0",
        "encap ioam6 prealloc dev v0",
        "encap ioam6 trace x dev v0",
        "encap ioam6 trace prealloc ns 1 size 12 dev v0",
        "encap ioam6 trace prealloc type 1 size 12 dev v0",
        "encap ioam6 trace prealloc type 1 ns 1 dev v0",
        "encap ioam6 trace prealloc type 0 ns 1 size 4 dev v0",
        "encap ioam6 trace prealloc type 1 ns 70000 size 4 dev v0",
        "encap ioam6 trace prealloc type 1 ns 1 size 6 dev v0",
        "encap ioam6 trace prealloc type 1 ns 1 size 248 dev v0",
        "encap ioam6 trace prealloc type 1 type 2 ns 1 size 4 dev v0",
        "encap ioam6 trace prealloc type 1 ns 1 size 4",
        "encap rpl segs 2001:db8::1 segs 2001:db8::2 dev v0",
        "encap rpl segs zz dev v0",
        "encap xfrm if_id 0 dev v0",
        "encap xfrm link_dev v0 dev v0",
        "encap xfrm if_id 5 link_dev nosuch dev v0",
        "encap xfrm if_id 5 if_id 6",
        "encap xfrm help",
        "encap foo dev v0",
        "encap seg6local",
        "encap seg6 mode encap mode inline segs 2001:db8::2 dev v0",
        "encap seg6 mode encap segs 2001:db8::2 segs 2001:db8::3 dev v0",
        "encap seg6 mode encap segs 2001:db8::2 hmac 1 hmac 2 dev v0",
        "encap seg6 mode encap.reduced segs 2001:db8::2 dev v0",
        "encap seg6 segs 2001:db8::2 mode encap dev v0",
        "encap seg6 mode encap segs 2001:db8::2 hmac",
        "nexthop via 2001:db8::2 dev v0 encap seg6local action Foo",
        "nexthop via 2001:db8::2 dev v0 encap rpl segs 2001:db8::1 segs 2001:db8::2",
    ];
    for case in cases {
        let line = format!("{route} {case}");
        let theirs = traced(&ns, "ip", &line);
        let ours = traced(&ns, env!("CARGO_BIN_EXE_nlw"), &line);
        assert!(theirs.2.is_empty(), "{line}: ip sent {:?}", theirs.2);
        assert_eq!(ours, theirs, "{line}: nlw, then ip");
    }
    // BPF programs come from ELF objects, which nlw does not load: refused
    // with ip's exit code, in nlw's words, nothing sent.
    for case in ["encap bpf in obj x.o dev v0", "encap seg6local action End.BPF endpoint obj x.o dev v0"] {
        let line = format!("{route} {case}");
        let theirs = traced(&ns, "ip", &line);
        let ours = traced(&ns, env!("CARGO_BIN_EXE_nlw"), &line);
        assert_eq!((ours.0, ours.2.len()), (theirs.0, 0), "{line}: {}", ours.1);
        assert!(ours.1.contains("does not load BPF objects"), "{line}: {}", ours.1);
    }
}
