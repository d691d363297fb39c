//! `nlw -batch` against `ip -batch`: the same batch file (or the same
//! stdin) through both on twin namespaces, compared on exit code, resulting
//! state and the line named in `Command failed FILE:LINE`.
//!
//! The one intended difference: a regular FILE is parsed whole before
//! anything is sent, so a malformed line leaves it all unapplied where ip
//! applies the lines before it; from stdin nlw does as ip does.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use nlwire_tests::live::{live, TestNs};

mod common;
use common::{state, Twins};

const SETUP: &str = "
    link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
    link set v0 up
    link set v1 up
    link set lo up
    address add 192.0.2.1/24 dev v0
    address add 2001:db8::1/64 dev v0
";

/// Where the batch comes from.
#[derive(Clone, Copy, Debug)]
enum Input {
    File,
    Stdin,
}

/// How one program's run ended.
struct Ran {
    code: Option<i32>,
    stderr: String,
}

/// A batch file for one test, removed when dropped.
struct BatchFile(std::path::PathBuf);

impl BatchFile {
    fn new(name: &str, text: &[u8]) -> BatchFile {
        let path = std::env::temp_dir().join(format!("nlw-batch-{}-{name}.txt", std::process::id()));
        std::fs::write(&path, text).unwrap();
        BatchFile(path)
    }
    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for BatchFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn run(program: &str, ns: &TestNs, options: &[&str], file: &BatchFile, input: Input) -> Ran {
    let mut cmd = Command::new(program);
    cmd.arg("-n").arg(&ns.name).args(options).stdout(Stdio::null()).stderr(Stdio::piped());
    let out: Output = match input {
        Input::File => cmd.arg("-batch").arg(file.path()).output().unwrap(),
        Input::Stdin => {
            let mut child = cmd.arg("-batch").arg("-").stdin(Stdio::piped()).spawn().unwrap();
            let text = std::fs::read(&file.0).unwrap();
            // The program may stop reading at a failing line.
            let _ = child.stdin.take().unwrap().write_all(&text);
            child.wait_with_output().unwrap()
        }
    };
    Ran { code: out.status.code(), stderr: String::from_utf8_lossy(&out.stderr).into_owned() }
}

/// Runs `text` through `ip -batch` and `nlw -batch` on fresh twins; asserts
/// equal exit codes (and `code`), that both name `failed_line` (or no
/// line), and, when `same_state`, equal resulting states. Gives the twins
/// and both runs, ip's first.
fn compare(
    name: &str,
    text: &[u8],
    options: &[&str],
    input: Input,
    code: i32,
    failed_line: Option<usize>,
    same_state: bool,
) -> (Twins, Ran, Ran) {
    let twins = Twins::new(SETUP);
    let file = BatchFile::new(name, text);
    let theirs = run("ip", &twins.reference, options, &file, input);
    let ours = run(env!("CARGO_BIN_EXE_nlw"), &twins.ours, options, &file, input);
    let what = format!("{name} ({input:?}, {options:?})\n  ip: {}\n  nlw: {}", theirs.stderr, ours.stderr);
    assert!(!ours.stderr.contains("panicked"), "{what}");
    assert_eq!(theirs.code, Some(code), "ip's exit code: {what}");
    assert_eq!(ours.code, theirs.code, "exit codes differ: {what}");
    let shown = match input {
        Input::File => file.path().to_owned(),
        Input::Stdin => "-".to_owned(),
    };
    match failed_line {
        Some(line) => {
            let named = format!("Command failed {shown}:{line}");
            assert!(ours.stderr.contains(&named), "nlw names {named}: {what}");
        }
        None => assert!(!ours.stderr.contains("Command failed"), "{what}"),
    }
    if same_state {
        let (s_theirs, s_ours) = twins.settled_states();
        assert_eq!(s_ours, s_theirs, "states differ: {what}");
    }
    (twins, theirs, ours)
}

fn routes(ns: &TestNs) -> Vec<String> {
    let routes = ns.ip_json(&["route", "show", "table", "all"]);
    routes.as_array().unwrap().iter().map(|r| r["dst"].as_str().unwrap_or("").to_owned()).collect()
}

/// A line the kernel refuses: the lines before it applied, none after it,
/// that line named, exit 1 (ip's batch code, where a single refused command
/// exits 2). 200 lines, the refused one in the middle: nothing of what
/// would have been its datagram after it takes effect.
#[test]
fn a_refused_line_stops_the_batch_after_the_lines_before_it() {
    if !live("a_refused_line_stops_the_batch_after_the_lines_before_it") {
        return;
    }
    let mut text = String::new();
    for i in 0..200 {
        // Line 101 adds line 100's route again.
        let i = if i == 100 { 99 } else { i };
        text += &format!("route add 198.51.100.{i}/32 via 192.0.2.254\n");
    }
    text += "link add b0 type veth peer name b1\n";
    for input in [Input::File, Input::Stdin] {
        let (twins, _, _) = compare("refused", text.as_bytes(), &[], input, 1, Some(101), true);
        let ours = routes(&twins.ours);
        assert!(ours.contains(&"198.51.100.99".to_owned()), "{ours:?}");
        assert!(!ours.contains(&"198.51.100.101".to_owned()), "{ours:?}");
    }
    // With -force, past every failure; still exit 1.
    for input in [Input::File, Input::Stdin] {
        let (twins, _, _) = compare("refused-force", text.as_bytes(), &["-force"], input, 1, Some(101), true);
        assert!(routes(&twins.ours).contains(&"198.51.100.199".to_owned()));
        assert!(twins.ours.ip_link_names().contains(&"b0".to_owned()));
    }
}

/// Several failures with -force: each named, in order.
#[test]
fn force_names_every_failing_line() {
    if !live("force_names_every_failing_line") {
        return;
    }
    let text = "route add 198.51.100.1/32 dev v0\nroute add 198.51.100.1/32 dev v0\n\
                route del 203.0.113.0/24\nlink set nosuch up\nroute add 198.51.100.2/32 dev v0\n";
    for input in [Input::File, Input::Stdin] {
        let (_, theirs, ours) = compare("force", text.as_bytes(), &["-force"], input, 1, Some(2), true);
        let failed = |s: &str| -> Vec<String> {
            s.lines().filter(|l| l.starts_with("Command failed")).map(str::to_owned).collect()
        };
        assert_eq!(failed(&ours.stderr), failed(&theirs.stderr));
        assert_eq!(failed(&ours.stderr).len(), 3);
    }
}

/// ip's reader: double and single quotes around a word, a backslash
/// joining the next line (the command named by its last line), comments
/// holding bytes that are not UTF-8.
#[test]
fn lines_are_read_as_ip_reads_them() {
    if !live("lines_are_read_as_ip_reads_them") {
        return;
    }
    let text: &[u8] = b"# caf\xe9 \xff\xfe, a comment in Latin-1\n\
        link add \"qa\" type veth peer name 'qb' # \xe9\n\
        link set dev qa alias \"a quoted alias\"\n\
        link set \\\n   qb \\\n   mtu 1400\n\
        \n\
        route add 198.51.100.0/24 \\\n  via 192.0.2.254 metric 7\n";
    for input in [Input::File, Input::Stdin] {
        let (twins, _, _) = compare("reader", text, &[], input, 0, None, true);
        let link = twins.ours.ip_json(&["link", "show", "qa"]);
        assert_eq!(link[0]["ifalias"], "a quoted alias");
        assert_eq!(twins.ours.ip_json(&["link", "show", "qb"])[0]["mtu"], 1400);
    }
    // A joined command that fails is named by its last line.
    let text =
        b"route add 198.51.100.0/24 via 192.0.2.254\nroute add \\\n 198.51.100.0/24 \\\n via 192.0.2.254\n";
    for input in [Input::File, Input::Stdin] {
        compare("joined", text, &[], input, 1, Some(4), true);
    }
    // A quoted name with a space: not a valid name for ip (exit 255) nor for
    // nlw, which must not take `"q` as the name.
    let text = b"link add \"q a\" type veth peer name qb\n";
    for input in [Input::File, Input::Stdin] {
        let (twins, _, ours) = compare("quoted-space", text, &[], input, 255, Some(1), true);
        assert!(ours.stderr.contains("\"q a\""), "{}", ours.stderr);
        assert!(!twins.ours.ip_link_names().iter().any(|n| n.starts_with('"')));
    }
    // The last line ending in a backslash: ip's "Missing continuation line",
    // the end of the batch, exit 0.
    let text = b"route add 198.51.100.0/24 via 192.0.2.254\nlink add qz \\\n";
    for input in [Input::File, Input::Stdin] {
        let (_, _, ours) = compare("missing", text, &[], input, 0, None, true);
        assert!(ours.stderr.contains("Missing continuation line"), "{}", ours.stderr);
    }
    // ip's reader refuses an unterminated quote and more than 511 words: exit 1.
    let text = b"route add 198.51.100.0/24 via 192.0.2.254\nlink add \"qz type veth\n";
    for input in [Input::File, Input::Stdin] {
        let (_, _, ours) = compare("unterminated", text, &[], input, 1, Some(2), input_is_stdin(input));
        assert!(ours.stderr.contains("Unterminated quoted string"), "{}", ours.stderr);
    }
    let text = format!("link show {}\n", vec!["lo"; 510].join(" "));
    for input in [Input::File, Input::Stdin] {
        let (_, _, ours) = compare("words", text.as_bytes(), &[], input, 1, Some(1), true);
        assert!(ours.stderr.contains("Too many arguments to command"), "{}", ours.stderr);
    }
}

fn input_is_stdin(input: Input) -> bool {
    matches!(input, Input::Stdin)
}

/// A malformed line: from stdin as ip (the lines before it applied, exit
/// 1, or 255 for what ip refuses with its usage); from a regular file
/// nothing at all is applied, with the same exit code and line named.
#[test]
fn a_malformed_line_stops_the_batch() {
    if !live("a_malformed_line_stops_the_batch") {
        return;
    }
    let cases: [(&str, &[u8], i32); 3] = [
        ("typo", b"route add 198.51.100.1/32 dev v0\nroue add 198.51.100.2/32 dev v0\nroute add 198.51.100.3/32 dev v0\n", 1),
        ("usage", b"route add 198.51.100.1/32 dev v0\nroute add 198.51.100.2/32 dev v0 metric x\nroute add 198.51.100.3/32 dev v0\n", 255),
        ("object-help", b"route add 198.51.100.1/32 dev v0\nroute help\nroute add 198.51.100.3/32 dev v0\n", 255),
    ];
    for (name, text, code) in cases {
        compare(name, text, &[], Input::Stdin, code, Some(2), true);
        let (twins, _, _) = compare(name, text, &[], Input::File, code, Some(2), false);
        // The file: nothing applied.
        let fresh = TestNs::new();
        common::prepare(&fresh, SETUP);
        assert_eq!(state(&twins.ours), state(&fresh), "{name}: nothing applied from the file");
    }
    // With -force ip goes past a line it reports (as does nlw, file or
    // not), and exits at one it refuses with its usage.
    let text = b"route add 198.51.100.1/32 dev v0\nroue add 198.51.100.2/32 dev v0\nroute add 198.51.100.3/32 dev v0\n";
    compare("typo-force", text, &["-force"], Input::Stdin, 1, Some(2), true);
    compare("typo-force", text, &["-force"], Input::File, 1, Some(2), true);
    let text = b"route add 198.51.100.1/32 dev v0\nroute add 198.51.100.2/32 dev v0 metric x\n";
    compare("usage-force", text, &["-force"], Input::Stdin, 255, Some(2), true);
}

/// A FILE that is not a regular file (here a pipe through /dev/stdin) is
/// read once, as stdin is.
#[test]
fn a_file_that_cannot_be_read_twice_runs_as_stdin() {
    if !live("a_file_that_cannot_be_read_twice_runs_as_stdin") {
        return;
    }
    let ns = TestNs::new();
    common::prepare(&ns, SETUP);
    let mut child = Command::new(env!("CARGO_BIN_EXE_nlw"))
        .args(["-n", &ns.name, "-batch", "/dev/stdin"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let text = b"route add 198.51.100.1/32 dev v0\nroue add\nroute add 198.51.100.3/32 dev v0\n";
    let _ = child.stdin.take().unwrap().write_all(text);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("Command failed /dev/stdin:2"), "{stderr}");
    let routes = routes(&ns);
    assert!(routes.contains(&"198.51.100.1".to_owned()) && !routes.contains(&"198.51.100.3".to_owned()));
}

/// Files that cannot be opened: exit 1 as ip, nothing sent. Needs no root
/// (nothing is opened before the file).
#[test]
fn a_file_that_cannot_be_opened_exits_1() {
    let out =
        Command::new(env!("CARGO_BIN_EXE_nlw")).args(["-batch", "/nonexistent/batch"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Cannot open file \"/nonexistent/batch\" for reading"), "{stderr}");
}
