//! `nlw sr` and `nlw ioam` against ip 6.1 on twin throwaway namespaces:
//! the same settings made by ip in one and by nlw in the other end in the
//! same state (as ip reads it), with the same exit codes and messages;
//! listings are ip's byte for byte (text, `-j`, `-j -p`); bad arguments
//! are refused alike, before anything is sent. HMAC secrets are typed on
//! stdin, both programs run without a controlling terminal (getpass then
//! reads stdin and prompts on stderr). ip 6.1 has no `ioam monitor`: it is
//! among the arguments both refuse.

use std::io::Write;
use std::process::{Command, Stdio};

use nlwire_tests::live::{live, TestNs};

mod common;
use common::Twins;

const NLW: &str = env!("CARGO_BIN_EXE_nlw");

/// How a run ended: exit code, stdout, stderr.
type Ended = (Option<i32>, Vec<u8>, String);

/// `program -n NETNS args...` in a session of its own (no controlling
/// terminal), `input` on its stdin.
fn run(program: &str, netns: &str, args: &[&str], input: &[u8]) -> Ended {
    let mut child = Command::new("setsid")
        .args(["-w", program, "-n", netns])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run");
    // A program that refuses before reading may have closed its stdin.
    let _ = child.stdin.take().unwrap().write_all(input);
    let out = child.wait_with_output().unwrap();
    // ip's usage names ip where nlw's names nlw.
    let stderr = String::from_utf8(out.stderr).unwrap();
    let stderr =
        stderr.replace("Usage: ip sr ", "Usage: nlw sr ").replace("          ip sr ", "          nlw sr ");
    let stderr = stderr.replace("\tip ioam ", "\tnlw ioam ");
    (out.status.code(), out.stdout, stderr)
}

/// The settings of both families in `ns`, as ip reads them (lines sorted:
/// the kernel keeps keys, namespaces and schemas in hash tables, whose
/// order differs between namespaces).
fn settings(ns: &TestNs) -> String {
    let mut lines = Vec::new();
    for show in ["sr tunsrc show", "sr hmac show", "ioam namespace show", "ioam schema show"] {
        let args: Vec<&str> = show.split(' ').collect();
        let (code, out, _) = run("ip", &ns.name, &args, b"");
        assert_eq!(code, Some(0), "ip {show}");
        lines.extend(String::from_utf8_lossy(&out).lines().map(|l| format!("{show}: {l}")));
    }
    lines.sort();
    lines.join("\n")
}

/// `args` (with `input`) through ip in the reference twin and nlw in ours:
/// the same exit code, output and messages, then the same settings.
fn both(twins: &Twins, args: &str, input: &[u8]) -> Ended {
    let args: Vec<&str> = args.split(' ').collect();
    let theirs = run("ip", &twins.reference.name, &args, input);
    let ours = run(NLW, &twins.ours.name, &args, input);
    assert_eq!(ours, theirs, "{args:?}: nlw, then ip");
    assert_eq!(settings(&twins.ours), settings(&twins.reference), "{args:?}: settings after nlw, then ip");
    ours
}

/// `args` listed by nlw and by ip in `ns`, as text, `-j` and `-j -p`: the
/// same bytes and messages. The kernel may rehash a table between two
/// reads (then ip's own two reads differ): read again.
fn same_listing(ns: &TestNs, args: &str) {
    for options in [&[][..], &["-j"], &["-j", "-p"]] {
        let args: Vec<&str> = options.iter().copied().chain(args.split(' ')).collect();
        let mut tries = 0;
        loop {
            let theirs = run("ip", &ns.name, &args, b"");
            let ours = run(NLW, &ns.name, &args, b"");
            let again = run("ip", &ns.name, &args, b"");
            if theirs == again || tries == 5 {
                assert_eq!(theirs.0, Some(0), "{args:?}: {}", theirs.2);
                assert_eq!(
                    (ours.0, String::from_utf8_lossy(&ours.1), &ours.2),
                    (theirs.0, String::from_utf8_lossy(&theirs.1), &theirs.2),
                    "{args:?}: nlw, then ip"
                );
                break;
            }
            tries += 1;
        }
    }
}

#[test]
fn nlw_sr_is_ip_sr() {
    if !live("nlw_sr_is_ip_sr") {
        return;
    }
    let twins = Twins::new("");
    let long = |n: usize, c: u8| [vec![c; n], b"\n".to_vec()].concat();
    for (args, input) in [
        ("sr tunsrc set 2001:db8::1", &b""[..]),
        ("sr tunsrc set ::ffff:192.0.2.1", b""),
        ("sr tunsrc set 2001:db8::2 ignored", b""),
        ("sr hmac set 7 sha256", b"secret1\n"),
        ("sr hm se 0x10 sha1", b"q\"u\\o\tte\r\x01\n"),
        ("sr hmac set 9 sha1", &long(64, b'a')),
        ("sr hmac set 12 sha1", b"nul\0cut\n"),
        ("sr hmac set 13 sha256", b"no newline"),
    ] {
        let (code, out, err) = both(&twins, args, input);
        assert_eq!((code, &out[..]), (Some(0), &b""[..]), "{args}: {err}");
    }
    let shown = settings(&twins.ours);
    assert!(shown.contains("tunsrc addr 2001:db8::2"), "{shown}");
    assert!(shown.contains("hmac 12 algo sha1 secret \"nul\""), "{shown}");
    for listing in ["sr tunsrc show", "sr hmac show", "sr hm s", "sr t s"] {
        same_listing(&twins.ours, listing);
    }
    // The secret of 64 bytes is shown cut to 63, with ip's warning.
    let (_, out, err) = run(NLW, &twins.ours.name, &["sr", "hmac", "show"], b"");
    assert!(err.contains("HMAC secret length 64 > 63, truncated"), "{err}");
    assert!(String::from_utf8_lossy(&out).contains(&format!("\"{}\"", "a".repeat(63))));
    // Refused by the kernel alike (exit 1, its words): a secret over 64
    // bytes, removing a key that is not there. A blank line or the end of
    // input removes a key.
    for (args, input, code) in [
        ("sr hmac set 11 sha1", &long(65, b'b')[..], Some(1)),
        ("sr hmac set 99 sha1", b"\n", Some(1)),
        ("sr hmac set 7 sha1", b"\n", Some(0)),
        ("sr hmac set 9 sha256", b"", Some(0)),
        ("sr tunsrc set default", b"", Some(0)),
    ] {
        assert_eq!(both(&twins, args, input).0, code, "{args}");
    }
    same_listing(&twins.ours, "sr hmac show");
    same_listing(&twins.ours, "sr tunsrc show");
}

#[test]
fn nlw_ioam_is_ip_ioam() {
    if !live("nlw_ioam_is_ip_ioam") {
        return;
    }
    let twins = Twins::new("");
    for args in [
        "ioam namespace add 1",
        "ioam namespace add 2 data 0xdead",
        "ioam namespace add 3 wide beef",
        "ioam namespace add 4 data 5 wide 0x6 ignored",
        "ioam namespace add 5 data 0 wide 0",
        "ioam namespace add 65535 data 0xffffffff wide -1",
        "ioam namespace add +6 data -0",
        "ioam schema add 1 abc",
        "ioam schema add 2 héllo",
        "ioam schema add 4294967295 x",
        "ioam namespace set 2 schema 1",
        "ioam namespace set 4 schema 2",
        "ioam namespace set 4 schema none",
        "ioam namespace set 1 schema 4294967295",
        "ioam namespace del 3",
        "ioam schema del 2",
    ] {
        let (code, out, err) = both(&twins, args, b"");
        assert_eq!((code, &out[..]), (Some(0), &b""[..]), "{args}: {err}");
    }
    let shown = settings(&twins.ours);
    assert!(shown.contains("namespace 2 [schema 1], data 0x0000dead"), "{shown}");
    assert!(shown.contains("namespace 5, data 0000000000, wide 000000000000000000"), "{shown}");
    assert!(shown.contains("schema 1 [namespace 2], data: 61 62 63 00"), "{shown}");
    for listing in ["ioam namespace show", "ioam schema show"] {
        same_listing(&twins.ours, listing);
    }
    // Refused by the kernel alike: exit 1, its words.
    for args in [
        "ioam namespace add 1",
        "ioam schema add 1 again",
        "ioam namespace set 99 schema 1",
        "ioam namespace set 1 schema 77",
        "ioam namespace del 3",
        "ioam schema del 2",
    ] {
        assert_eq!(both(&twins, args, b"").0, Some(1), "{args}");
    }
    // Schemas with no data, and none at all.
    both(&twins, "ioam schema add 8 ", b"");
    same_listing(&twins.ours, "ioam schema show");
    for args in ["ioam namespace set 2 schema none", "ioam schema del 1", "ioam schema del 8"] {
        both(&twins, args, b"");
    }
    both(&twins, "ioam schema del 4294967295", b"");
    same_listing(&twins.ours, "ioam schema show");
}

#[test]
fn bad_arguments_are_refused_alike_before_anything_is_sent() {
    if !live("sr/ioam: bad_arguments_are_refused_alike_before_anything_is_sent") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["ioam", "namespace", "add", "1"]);
    let before = settings(&ns);
    let long = "x".repeat(1021);
    let mut cases: Vec<String> = [
        "sr",
        "sr help",
        "sr h",
        "sr frob",
        "sr hmac",
        "sr hmac frob",
        "sr hmac set",
        "sr hmac set 1",
        "sr hmac set 0 sha1",
        "sr hmac set x sha1",
        "sr hmac set 4294967296 sha1",
        "sr hmac set -1 sha1",
        "sr hmac set 1 none",
        "sr hmac set 1 md5",
        "sr tunsrc",
        "sr tunsrc frob",
        "sr tunsrc set",
        "sr tunsrc set 192.0.2.1",
        "sr tunsrc set bogus",
        "sr tunsrc set 2001:db8::/64",
        "ioam",
        "ioam help",
        "ioam h",
        "ioam monitor",
        "ioam frob",
        "ioam nam show",
        "ioam namespace",
        "ioam namespace sh",
        "ioam namespace add",
        "ioam namespace add 65536",
        "ioam namespace add x",
        "ioam namespace add 2 data",
        "ioam namespace add 2 data -1",
        "ioam namespace add 2 data 4294967296",
        "ioam namespace add 2 wide",
        "ioam namespace add 2 wide 0x",
        "ioam namespace add 2 wide 10000000000000000",
        "ioam namespace add 2 wide 1 data 2",
        "ioam namespace add 2 data 1 data 2",
        "ioam namespace add 2 wide 1 wide 2",
        "ioam namespace add 2 foo 1",
        "ioam namespace del",
        "ioam namespace del 70000",
        "ioam namespace set",
        "ioam namespace set 1",
        "ioam namespace set 1 schem 2",
        "ioam namespace set 1 schema",
        "ioam namespace set 1 schema x",
        "ioam schema",
        "ioam schema frob",
        "ioam schema add",
        "ioam schema add 1",
        "ioam schema add x y",
        "ioam schema add 4294967296 y",
        "ioam schema del",
        "ioam schema del -1",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    cases.push(format!("ioam schema add 3 {long}"));
    for case in &cases {
        let args: Vec<&str> = case.split(' ').collect();
        let theirs = run("ip", &ns.name, &args, b"");
        let ours = run(NLW, &ns.name, &args, b"");
        assert_ne!(theirs.0, Some(0), "{case}: ip took it");
        assert_eq!(ours, theirs, "{case}: nlw, then ip");
        assert_eq!(settings(&ns), before, "{case}: something changed");
    }
    // A namespace that is not there: refused before the secret is asked.
    let missing = format!("{}-missing", ns.name);
    let args = ["sr", "hmac", "set", "1", "sha1"];
    let theirs = run("ip", &missing, &args, b"secret\n");
    assert_eq!(run(NLW, &missing, &args, b"secret\n"), theirs);
    assert!(theirs.2.starts_with("Cannot open network namespace"), "{}", theirs.2);
}

/// `program -n NS args...` on a terminal of its own (util-linux's `script`
/// gives it one): `line` typed once the prompt shows. All the terminal
/// showed, and the exit code as `script` prints it after.
fn on_a_terminal(program: &str, ns: &TestNs, args: &str, line: &str) -> String {
    use std::io::Read;
    let command = format!("{program} -n {} {args}; echo rc=$?", ns.name);
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run script");
    let mut stdout = child.stdout.take().unwrap();
    let mut shown = Vec::new();
    let mut byte = [0u8];
    // Typed only after the prompt: echo is off by then (getpass turns it
    // off before prompting), so what the terminal shows is the programs'.
    while !String::from_utf8_lossy(&shown).ends_with("(blank to delete): ") {
        assert_eq!(stdout.read(&mut byte).unwrap(), 1, "{program}: no prompt: {shown:?}");
        shown.push(byte[0]);
    }
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(format!("{line}\n").as_bytes()).unwrap();
    stdout.read_to_end(&mut shown).unwrap();
    drop(stdin);
    child.wait().unwrap();
    String::from_utf8(shown).unwrap()
}

#[test]
fn the_secret_is_typed_on_the_terminal_unechoed_as_ip_reads_it() {
    if !live("the_secret_is_typed_on_the_terminal_unechoed_as_ip_reads_it") {
        return;
    }
    if Command::new("script").arg("-V").output().is_err() {
        eprintln!("SKIP (util-linux's script not installed): the_secret_is_typed_on_the_terminal");
        assert!(std::env::var("NLWIRE_REQUIRE_LIVE").as_deref() != Ok("1"), "script is needed");
        return;
    }
    let twins = Twins::new("");
    let theirs = on_a_terminal("ip", &twins.reference, "sr hmac set 21 sha1", "typed secret");
    let ours = on_a_terminal(NLW, &twins.ours, "sr hmac set 21 sha1", "typed secret");
    assert_eq!(ours, theirs, "nlw, then ip");
    assert!(!theirs.contains("typed"), "ip echoed the secret: {theirs:?}");
    assert!(theirs.ends_with(": \r\nrc=0\r\n"), "{theirs:?}");
    let shown = settings(&twins.ours);
    assert!(shown.contains("hmac 21 algo sha1 secret \"typed secret\""), "{shown}");
    assert_eq!(shown, settings(&twins.reference));
}
