//! `nlw mptcp` against `ip mptcp` on twin throwaway namespaces: the same
//! commands through each, then the same text (line for line), the same JSON
//! (key for key) and the same exit codes, also for input both refuse.

use std::process::{Command, Output};

use nlwire_tests::live::{live, TestNs};

mod common;
use common::Running;

fn run(program: &str, ns: &TestNs, args: &[&str]) -> Output {
    Command::new(program).arg("-n").arg(&ns.name).args(args).output().expect("run")
}

fn twin() -> TestNs {
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["addr", "add", "192.0.2.1/24", "dev", "v0"]);
    ns.ip(&["addr", "add", "2001:db8::1/64", "dev", "v0", "nodad"]);
    ns
}

/// Runs `args` with ip in `a` and nlw in `b`; same exit code, same stdout,
/// same stderr.
fn both(a: &TestNs, b: &TestNs, args: &[&str]) -> String {
    let theirs = run("ip", a, args);
    let ours = run(env!("CARGO_BIN_EXE_nlw"), b, args);
    assert_eq!(
        ours.status.code(),
        theirs.status.code(),
        "{args:?}: {}",
        String::from_utf8_lossy(&ours.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&ours.stdout), String::from_utf8_lossy(&theirs.stdout), "{args:?}");
    assert_eq!(String::from_utf8_lossy(&ours.stderr), String::from_utf8_lossy(&theirs.stderr), "{args:?}");
    String::from_utf8(ours.stdout).unwrap()
}

fn json_same(a: &TestNs, b: &TestNs, args: &[&str]) {
    let parse = |o: Output| -> serde_json::Value { serde_json::from_slice(&o.stdout).unwrap() };
    let theirs = parse(run("ip", a, &[&["-j"], args].concat()));
    let ours = parse(run(env!("CARGO_BIN_EXE_nlw"), b, &[&["-j"], args].concat()));
    assert_eq!(ours, theirs, "-j {args:?}");
    let pretty = parse(run(env!("CARGO_BIN_EXE_nlw"), b, &[&["-j", "-p"], args].concat()));
    assert_eq!(pretty, theirs, "-j -p {args:?}");
}

#[test]
fn nlw_mptcp_is_ip_mptcp() {
    if !live("nlw_mptcp_is_ip_mptcp") {
        return;
    }
    let (a, b) = (twin(), twin());
    for cmd in [
        "mptcp endpoint add 192.0.2.1 dev v0 signal",
        "mptcp endpoint add 2001:db8::1 id 7 port 1234 signal backup",
        "mptcp endpoint add 192.0.2.2 subflow backup fullmesh",
        "mptcp endpoint add 192.0.2.3 id 0x10 subflow",
        "mptcp endpoint add 192.0.2.4",
        "mptcp limits set subflows 3 add_addr_accepted 4",
        "mptcp endpoint change id 7 nobackup",
        "mptcp endpoint change id 8 backup",
        "mptcp endpoint delete id 16",
    ] {
        let args: Vec<&str> = cmd.split(' ').collect();
        assert_eq!(both(&a, &b, &args), "");
        let shown = both(&a, &b, &["mptcp", "endpoint", "show"]);
        assert!(!shown.is_empty());
        json_same(&a, &b, &["mptcp", "endpoint", "show"]);
    }
    both(&a, &b, &["mptcp", "endpoint", "show", "id", "7"]);
    json_same(&a, &b, &["mptcp", "endpoint", "show", "id", "7"]);
    both(&a, &b, &["mptcp", "e"]);
    assert!(both(&a, &b, &["mptcp", "limits", "show"]).starts_with("add_addr_accepted 4 subflows 3"));
    both(&a, &b, &["-j", "mptcp", "limits"]);

    // Refused by the kernel (exit 2, its text) or before sending (255, or 1
    // for a word that is no address): the same code and message, nothing changed.
    for bad in [
        "mptcp endpoint add 192.0.2.1 subflow",
        "mptcp limits set subflows 100",
        "mptcp endpoint delete id 99",
        "mptcp endpoint show id 99",
        "mptcp endpoint add 192.0.2.9 signal fullmesh",
        "mptcp endpoint add 192.0.2.9 port 80",
        "mptcp endpoint add 192.0.2.9 id 256",
        "mptcp endpoint add 192.0.2.9 port 99999 signal",
        "mptcp endpoint add 192.0.2.9 dev nosuch",
        "mptcp endpoint add bogus",
        "mptcp endpoint add",
        "mptcp endpoint delete",
        "mptcp endpoint delete id 0",
        "mptcp endpoint delete id 3 192.0.2.1",
        "mptcp endpoint change id 1 signal",
        "mptcp endpoint frob",
        "mptcp limits set subflows x",
        "mptcp limits set foo 1",
        "mptcp limits foo",
        "mptcp monitor now",
        "mptcp",
    ] {
        let args: Vec<&str> = bad.split(' ').collect();
        let code = run("ip", &a, &args).status.code();
        assert_ne!(code, Some(0), "{bad}");
        both(&a, &b, &args);
    }
    both(&a, &b, &["mptcp", "endpoint", "show"]);
    both(&a, &b, &["mptcp", "limits", "show"]);

    both(&a, &b, &["mptcp", "endpoint", "flush"]);
    assert_eq!(both(&a, &b, &["mptcp", "endpoint", "show"]), "");
    json_same(&a, &b, &["mptcp", "endpoint", "show"]);
}

/// `nlw mptcp monitor` and `ip mptcp monitor` side by side on one namespace
/// print the same lines for a listener and one connection over it (created,
/// established, closed; the listener's events ip 6.1 does not name).
#[test]
fn monitor_prints_what_ip_mptcp_monitor_prints() {
    if !live("monitor_prints_what_ip_mptcp_monitor_prints") {
        return;
    }
    let ns = twin();
    ns.ip(&["link", "set", "lo", "up"]);
    let spawn = |program: &[&str]| {
        let child = Command::new(program[0])
            .args(&program[1..])
            .args(["-n", &ns.name, "mptcp", "monitor"])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("spawn monitor");
        Running(child)
    };
    // ip flushes its output at exit only: line-buffered, nothing is lost
    // when it is killed.
    let theirs = spawn(&["stdbuf", "-oL", "ip"]);
    let mine = spawn(&[env!("CARGO_BIN_EXE_nlw")]);
    std::thread::sleep(std::time::Duration::from_millis(500));
    // IPPROTO_MPTCP is 262; the connection stays on the namespace's own address.
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.name, "timeout", "10", "python3", "-c"])
        .arg(
            "import socket\n\
             s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262)\n\
             s.bind(('192.0.2.1', 0)); s.listen()\n\
             c = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262); c.connect(s.getsockname())\n\
             a, _ = s.accept(); c.send(b'x'); a.recv(1); a.close(); c.close(); s.close()",
        )
        .output()
        .expect("run python3");
    assert!(out.status.success(), "MPTCP connection: {}", String::from_utf8_lossy(&out.stderr));
    std::thread::sleep(std::time::Duration::from_millis(500));
    let (theirs, mine) = (theirs.stop(), mine.stop());
    assert!(theirs.lines().count() >= 4, "ip saw the listener and the connection:\n{theirs}");
    assert_eq!(mine, theirs);
}
