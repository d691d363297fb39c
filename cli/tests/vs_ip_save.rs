//! `nlw route|address save|restore|showdump` against ip 6.1 on throwaway
//! namespaces: the files nlw writes are ip's byte for byte (but the two
//! header fields that belong to the writing process), each tool restores
//! the other's file to the same state, showdump prints as ip prints, and
//! broken input, a terminal and a refusing kernel end as ip ends.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use nlwire_tests::live::{live, TestNs};

mod common;
use common::{prepare, state, Twins};

/// The links, up: what a namespace has before anything is restored into
/// it. Made in one order, so that a fresh namespace numbers them alike.
const LINKS: &str = "
    link set lo up
    link add d0 type veth peer name d1
    link add d2 type veth peer name d3
    link set d0 up
    link set d1 up
    link set d2 up
    link set d3 up
";

/// Addresses of both families, a secondary and a label among them.
const ADDRESSES: &str = "
    address add 192.0.2.1/24 dev d0
    address add 192.0.2.9/24 dev d0
    address add 198.51.100.1/24 dev d2 label d2:x
    address add 2001:db8::1/64 dev d0
    address add 2001:db8:1::1/64 dev d2
";

/// Routes in several tables: through gateways (restored in ip's last
/// round), with a preferred source that is not their destination (the
/// middle round), on a device only, and of other types.
const ROUTES: &str = "
    route add 203.0.113.0/26 via 192.0.2.254
    route add 203.0.113.128/25 via 198.51.100.254 table 100 metric 5
    route add blackhole 203.0.113.64/26 table 100
    route add 192.0.2.128/25 dev d0 src 192.0.2.1 table 300
    route add unreachable 198.51.100.128/25 table 300
    route add 2001:db8:2::/48 via 2001:db8::fe
    route add 2001:db8:3::/48 dev d2 table 200
    route add 2001:db8:4::/48 via 2001:db8:1::fe table 200 metric 7
";

/// A namespace with the links, addresses and routes.
fn original() -> TestNs {
    let ns = TestNs::new();
    prepare(&ns, &format!("{LINKS}{ADDRESSES}{ROUTES}"));
    ns
}

/// How a program ended: exit code, stdout (bytes), stderr.
type Ran = (Option<i32>, Vec<u8>, String);

/// `program -n NS args...` with stdin read from `input` (none: empty).
fn run(program: &str, ns: &TestNs, args: &[&str], input: Option<&Path>) -> Ran {
    let stdin = match input {
        Some(path) => Stdio::from(std::fs::File::open(path).unwrap()),
        None => Stdio::null(),
    };
    let out = Command::new(program).arg("-n").arg(&ns.name).args(args).stdin(stdin).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{program} {args:?}: {stderr}");
    (out.status.code(), out.stdout, stderr)
}

const NLW: &str = env!("CARGO_BIN_EXE_nlw");

/// A file of the test's, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(ns: &TestNs, name: &str, bytes: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!("{}.{name}", ns.name));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The magic ip writes first (host byte order): ip/iproute.c's
/// `route_dump_magic`, ip/ipaddress.c's `ipadd_dump_magic`.
fn magic(object: &str) -> [u8; 4] {
    match object {
        "route" => 0x4531_1224u32.to_ne_bytes(),
        _ => 0x4736_1222u32.to_ne_bytes(),
    }
}

/// A saved file with each message's `nlmsg_seq` and `nlmsg_pid` (bytes 8
/// to 16 of its header) zeroed: the dump's sequence number and the socket's
/// port id belong to the process that wrote the file (ip numbers its
/// requests from the time of day, and the kernel gives each socket its
/// port); all else is the kernel's dump as it came. Walks the file as
/// `struct nlmsghdr`s from linux/netlink.h, independently of nlw.
fn masked(file: &[u8]) -> Vec<u8> {
    let mut bytes = file.to_vec();
    let mut at = 4;
    while at + 16 <= bytes.len() {
        let len = u32::from_ne_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        assert!(len >= 16, "a message of {len} bytes at {at}");
        bytes[at + 8..at + 16].fill(0);
        at += (len + 3) & !3;
    }
    assert_eq!(at, bytes.len(), "the file ends with a whole message");
    bytes
}

/// `save` by nlw and ip, each file with its magic and at least one message:
/// the same bytes once [`masked`].
fn same_save(ns: &TestNs, args: &[&str]) -> Vec<u8> {
    let (ip_code, ours_code) = (run("ip", ns, args, None), run(NLW, ns, args, None));
    assert_eq!((ours_code.0, &ours_code.2), (ip_code.0, &ip_code.2), "{args:?}: exit and stderr");
    assert_eq!(ip_code.0, Some(0), "{args:?}: {}", ip_code.2);
    let object = args.iter().find(|a| !a.starts_with('-')).unwrap();
    let object = if object.starts_with('r') { "route" } else { "address" };
    assert_eq!(ip_code.1[..4], magic(object), "{args:?}: ip's magic");
    assert!(ip_code.1.len() > 4 + 16, "{args:?}: ip saved nothing");
    assert_eq!(masked(&ours_code.1), masked(&ip_code.1), "{args:?}: our file, then ip's");
    ip_code.1
}

/// The saves of every selector are ip's, but for each header's sequence
/// number and port id (see [`masked`]): routes of one table (IPv4 alone,
/// as ip), of all tables, of one family, device, protocol, prefix; the
/// addresses of all links, one family, one device. The kernel filters
/// what ip asks it to (the table), and marks the messages of a strict
/// dump filtered (`NLM_F_DUMP_FILTERED` in the saved flags). A device that
/// is not there fails as ip's.
#[test]
fn save_writes_ips_bytes() {
    if !live("save_writes_ips_bytes") {
        return;
    }
    let ns = original();
    for args in [
        "route save",
        "route save table all",
        "-6 route save table all",
        "-4 route save table 100",
        "route save table 300 type unreachable",
        "route save table all dev d2",
        "route save table all proto kernel",
        "route save table all scope link",
        "route save table all root 203.0.113.0/24",
        "-6 route save table 200 match 2001:db8:4::1",
        "address save",
        "-6 address save",
        "address save dev d2",
        "-4 address save d0",
        // ip's address save takes show's filters but asks only for the device.
        "address save scope host",
    ] {
        same_save(&ns, &args.split_whitespace().collect::<Vec<_>>());
    }
    // A device that is not there: ip's words and exit 1, and what ip wrote
    // first (route save writes the magic before it looks the device up).
    for args in [["route", "save", "dev", "nope"], ["address", "save", "dev", "nope"]] {
        assert_eq!(run(NLW, &ns, &args, None), run("ip", &ns, &args, None), "{args:?}: ours, then ip's");
    }
}

/// The saved addresses and routes (all tables) of [`original`], by ip and
/// by nlw.
struct Saves {
    ip_addresses: TempFile,
    ip_routes: TempFile,
    our_addresses: TempFile,
    our_routes: TempFile,
}

fn saves(ns: &TestNs) -> Saves {
    let file = |program: &str, object: &str, name: &str| {
        let args: &[&str] =
            if object == "route" { &["route", "save", "table", "all"] } else { &["address", "save"] };
        let (code, bytes, stderr) = run(program, ns, args, None);
        assert_eq!(code, Some(0), "{program} {args:?}: {stderr}");
        TempFile::new(ns, name, &bytes)
    };
    Saves {
        ip_addresses: file("ip", "address", "ip.addresses"),
        ip_routes: file("ip", "route", "ip.routes"),
        our_addresses: file(NLW, "address", "nlw.addresses"),
        our_routes: file(NLW, "route", "nlw.routes"),
    }
}

/// `restore` of `object` in both twins, ip restoring nlw's file and nlw
/// ip's: the same exit code and messages (what was there already, what
/// the kernel refused), and the same state after.
fn restore_crossed(
    twins: &Twins,
    object: &str,
    ip_file: &TempFile,
    our_file: &TempFile,
) -> (Option<i32>, String) {
    let args = [object, "restore"];
    let theirs = run("ip", &twins.reference, &args, Some(&our_file.0));
    let ours = run(NLW, &twins.ours, &args, Some(&ip_file.0));
    assert_eq!((ours.0, &ours.2), (theirs.0, &theirs.2), "{object} restore: exit and stderr, ours then ip's");
    let (s_theirs, s_ours) = twins.settled_states();
    assert_eq!(s_ours, s_theirs, "{object} restore: the states, ours then ip's");
    (theirs.0, theirs.2)
}

/// Fresh twins with the links of [`original`]: ip restores nlw's files
/// into one and nlw ip's into the other, addresses then routes (those
/// through a gateway after the ones that reach it: ip's rounds). Both end
/// alike, and as the original is (addresses and routes of every table as
/// `ip -j` shows them), but for what ip's restore adds too (see
/// [`as_the_original`]). Restored again, everything is there already: each
/// message reported as ip reports it (`File exists`, the kernel's words),
/// exit 0 as ip, nothing changed.
#[test]
fn restore_of_each_others_files_rebuilds_the_original() {
    if !live("restore_of_each_others_files_rebuilds_the_original") {
        return;
    }
    let ns = original();
    let files = saves(&ns);
    let twins = Twins::new(LINKS);
    let mut after = Vec::new();
    for _ in 0..2 {
        let (code, _) = restore_crossed(&twins, "address", &files.ip_addresses, &files.our_addresses);
        assert_eq!(code, Some(0));
        let (code, stderr) = restore_crossed(&twins, "route", &files.ip_routes, &files.our_routes);
        assert_eq!(code, Some(0));
        assert!(stderr.contains("RTNETLINK answers: File exists"), "{stderr}");
        after.push(state(&twins.ours));
        as_the_original(&after[after.len() - 1], &state(&ns));
    }
    assert_eq!(after[1], after[0], "restored again: nothing changed");
}

/// Every line of the original's state is in the restored one; the only
/// others are what ip's restore adds too: the kernel's IPv6 local routes
/// (metric 0) sent back come in again at IPv6's default metric, 1024.
fn as_the_original(restored: &str, original: &str) {
    let restored: Vec<&str> = restored.lines().collect();
    for line in original.lines() {
        assert!(restored.contains(&line), "restored without {line}");
    }
    for line in restored.iter().filter(|l| !original.lines().any(|o| o == **l)) {
        assert!(
            line.starts_with("routes6 ")
                && line.contains("\"type\":\"local\"")
                && line.contains("\"metric\":1024"),
            "restored with {line}"
        );
    }
}

/// Restores the kernel refuses: addresses, then routes, into twins without
/// one of the original's pairs of links. As ip: the messages before the
/// refused one applied, the kernel's words, exit 255 (ip's -1) for
/// addresses and 2 for routes.
#[test]
fn refused_restores_stop_as_ip_stops() {
    if !live("refused_restores_stop_as_ip_stops") {
        return;
    }
    let ns = original();
    let files = saves(&ns);
    let twins =
        Twins::new("link set lo up\nlink add d0 type veth peer name d1\nlink set d0 up\nlink set d1 up");
    let (code, stderr) = restore_crossed(&twins, "address", &files.ip_addresses, &files.our_addresses);
    assert_eq!(code, Some(255), "{stderr}");
    let (code, stderr) = restore_crossed(&twins, "route", &files.ip_routes, &files.our_routes);
    assert_eq!(code, Some(2), "{stderr}");
}

/// `showdump` of both files, text and `-j` (ip prints routes as text even
/// then, addresses as one object of them all), `-p`, `-o`, `-d`, one
/// family: what ip prints, byte for byte, exit 0.
#[test]
fn showdump_prints_as_ip() {
    if !live("showdump_prints_as_ip") {
        return;
    }
    let ns = original();
    let files = saves(&ns);
    for (object, file) in [("route", &files.our_routes), ("address", &files.our_addresses)] {
        for options in ["", "-j", "-j -p", "-o", "-d", "-4", "-6"] {
            let args: Vec<&str> = options.split_whitespace().chain([object, "showdump"]).collect();
            let theirs = run("ip", &ns, &args, Some(&file.0));
            let ours = run(NLW, &ns, &args, Some(&file.0));
            assert_eq!(theirs.0, Some(0), "{args:?}: {}", theirs.2);
            assert!(theirs.1.len() > 100, "{args:?}: ip printed little");
            assert_eq!(
                String::from_utf8_lossy(&ours.1),
                String::from_utf8_lossy(&theirs.1),
                "{args:?}: ours, then ip's"
            );
            assert_eq!((ours.0, &ours.2), (theirs.0, &theirs.2), "{args:?}");
        }
    }
}

/// Broken input to `restore` and `showdump`: no magic, a short or wrong
/// one, a file cut inside a header or a message, a header too short or
/// too long for ip's buffer, a directory, a pipe where ip's route restore
/// must seek.
/// As ip: its words (`Magic mismatch (...)`, `rtnl-from_file: truncated
/// message`, `!!!malformed message: len=... @...`), its exit code (1 or 2
/// for routes, 255 for addresses), what ip printed before the break, and
/// no change to the namespace.
#[test]
fn broken_files_fail_as_ip() {
    if !live("broken_files_fail_as_ip") {
        return;
    }
    // Restores are tried in twin originals: ip's in `ns`, nlw's in `twin`
    // (a restore adds IPv6 local routes again, see `as_the_original`).
    let (ns, twin) = (original(), original());
    let files = saves(&ns);
    for object in ["route", "address"] {
        let whole = std::fs::read(if object == "route" { &files.ip_routes.0 } else { &files.ip_addresses.0 })
            .unwrap();
        let header = |len: u32| [&magic(object)[..], &len.to_ne_bytes(), &[0u8; 12]].concat();
        // RTM_NEWROUTE, RTM_DELROUTE (linux/rtnetlink.h).
        let typed = |kind: u16, body: &[u8]| {
            let len = 16 + body.len() as u32;
            [&magic(object)[..], &len.to_ne_bytes(), &kind.to_ne_bytes(), &[0u8; 10], body].concat()
        };
        let mut cases: Vec<(&str, Vec<u8>)> = vec![
            ("empty", Vec::new()),
            ("short magic", b"ab".to_vec()),
            ("wrong magic", b"abcdefgh".to_vec()),
            (
                "other magic",
                [&magic(if object == "route" { "address" } else { "route" })[..], &whole[4..]].concat(),
            ),
            ("cut in a header", whole[..10].to_vec()),
            ("cut in a message", whole[..30].to_vec()),
            ("cut at the end", whole[..whole.len() - 3].to_vec()),
            ("header too short", header(8)),
            ("longer than ip's buffer", header(16385)),
            ("negative length", header(0xffff_ff00)),
        ];
        // Read back by showdump alone: ip reads a short message's missing
        // part from its stack's leftovers (an address's index, the length
        // of a route's first attribute in its restore's complaint).
        let showdump_only = cases.len();
        if object == "route" {
            cases.push(("a header alone", header(16)));
            cases.push(("a route's header alone", typed(24, &[])));
            // A deleted IPv4 route of table 254 (main), type unicast, to 0/0.
            cases.push(("a deleted route", typed(25, &[2, 0, 0, 0, 254, 0, 0, 1, 0, 0, 0, 0])));
        }
        for (at, (what, bytes)) in cases.into_iter().enumerate() {
            let file = TempFile::new(&ns, "broken", &bytes);
            let verbs: &[&str] = if at < showdump_only { &["showdump", "restore"] } else { &["showdump"] };
            for verb in verbs {
                for options in ["", "-j"] {
                    let args: Vec<&str> = options.split_whitespace().chain([object, *verb]).collect();
                    let theirs = run("ip", &ns, &args, Some(&file.0));
                    let ours = run(NLW, &twin, &args, Some(&file.0));
                    assert_eq!(
                        (ours.0, String::from_utf8_lossy(&ours.1), &ours.2),
                        (theirs.0, String::from_utf8_lossy(&theirs.1), &theirs.2),
                        "{what}: {args:?}, ours then ip's"
                    );
                }
            }
        }
    }
    // An input that cannot be read (a directory): a wrong magic, as ip's.
    for args in [["route", "showdump"], ["route", "restore"], ["address", "showdump"], ["address", "restore"]]
    {
        let dir = std::env::temp_dir();
        let (theirs, ours) = (run("ip", &ns, &args, Some(&dir)), run(NLW, &twin, &args, Some(&dir)));
        assert_eq!((ours.0, &ours.2), (theirs.0, &theirs.2), "{args:?} from a directory, ours then ip's");
    }
    // ip's route restore reads the file three times: a pipe it cannot.
    let piped = |program: &str, ns: &TestNs| {
        let script = format!("cat {} | {program} -n {} route restore", files.ip_routes.0.display(), ns.name);
        let out = Command::new("sh").args(["-c", &script]).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    assert_eq!(piped(NLW, &twin), piped("ip", &ns), "route restore from a pipe");
    assert_eq!(state(&twin), state(&ns), "changed alike");
}

/// A terminal: ip refuses to write the binary stream to one, or to read a
/// dump from one, in its words, exit 1 (255 for address restore and
/// showdump). Run under `script`, which gives the command a terminal.
#[test]
fn terminals_are_refused_as_ip_refuses() {
    if !live("terminals_are_refused_as_ip_refuses") {
        return;
    }
    let ns = TestNs::new();
    let on_terminal = |program: &str, args: &str| {
        let line = format!("{program} -n {} {args}; echo \"exit $?\"", ns.name);
        let out =
            Command::new("script").args(["-qec", &line, "/dev/null"]).stdin(Stdio::null()).output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    for args in [
        "route save",
        "route save table all",
        "address save",
        "route restore",
        "route showdump",
        "address restore",
        "address showdump",
    ] {
        let theirs = on_terminal("ip", args);
        assert!(theirs.contains("exit "), "{args}: {theirs}");
        assert_eq!(on_terminal(NLW, args), theirs, "{args}: ours, then ip's");
    }
}
