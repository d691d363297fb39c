//! `nlw tcp_metrics` against ip 6.1 on a namespace the test creates, with
//! metrics the kernel kept of real connections over its loopback: listings
//! text line for line and JSON key for key (the age aside, which moves
//! between the two reads), deletes and flushes leaving what ip leaves, and
//! ip's words and exit codes for bad arguments.

use std::process::Command;

use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

mod common;

const NLW: &str = env!("CARGO_BIN_EXE_nlw");

/// A namespace whose loopback holds 192.0.2.5 and 2001:db8::5.
fn namespace() -> TestNs {
    let ns = TestNs::new();
    for args in [
        &["link", "set", "lo", "up"][..],
        &["addr", "add", "192.0.2.5/32", "dev", "lo"],
        &["addr", "add", "2001:db8::5/128", "dev", "lo", "nodad"],
    ] {
        assert!(Command::new("ip").args(["-n", &ns.name]).args(args).status().unwrap().success());
    }
    ns
}

/// One TCP connection to each address over the loopback, closed: the
/// kernel keeps their metrics (cwnd, rtt, rttvar, source).
fn connect(ns: &TestNs) {
    let script = "import socket\n\
        for fam, dst in [(socket.AF_INET, '192.0.2.5'), (socket.AF_INET6, '2001:db8::5')]:\n\
        \x20   s = socket.socket(fam); s.bind((dst, 0)); s.listen()\n\
        \x20   c = socket.create_connection(s.getsockname()[:2]); a, _ = s.accept()\n\
        \x20   c.sendall(b'x' * 5000); a.recv(10000); c.close(); a.close(); s.close()\n";
    let ok = Command::new("ip").args(["netns", "exec", &ns.name, "python3", "-c", script]).status();
    assert!(ok.unwrap().success());
}

/// `program -n NS args...`: exit code, stdout, stderr (nlw's name as ip's).
fn run(program: &str, ns: &TestNs, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(program).args(["-n", &ns.name]).args(args).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap().replace("nlw tcp", "ip tcp");
    (out.status.code(), String::from_utf8(out.stdout).unwrap(), stderr)
}

/// The text with each ` age S.MSsec` made ` age _`: the one field that
/// moves between two reads.
fn without_age(text: &str) -> String {
    text.split(" age ")
        .enumerate()
        .map(|(i, part)| match i {
            0 => part.to_owned(),
            _ => format!(" age _{}", part.split_once("sec").map_or(part, |(_, rest)| rest)),
        })
        .collect()
}

/// The JSON with each object's `age` taken out.
fn json_without_age(text: &str) -> Value {
    let mut v: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"));
    for entry in v.as_array_mut().unwrap() {
        assert!(entry.as_object_mut().unwrap().remove("age").is_some_and(|a| a.is_f64() || a.is_u64()));
    }
    v
}

#[test]
fn listings_match_ip() {
    if !live("tcp_metrics::listings_match_ip") {
        return;
    }
    let ns = namespace();
    connect(&ns);
    for args in [
        &["tcp_metrics"][..],
        &["tcp_metrics", "show"],
        &["tcpmetrics", "list"],
        &["tcp_metrics", "show", "192.0.2.0/24"],
        &["tcp_metrics", "show", "address", "2001:db8::/32"],
        &["tcp_metrics", "show", "192.0.2.5"],
        &["-j", "tcp_metrics", "show", "192.0.2.5"],
        &["tcp_metrics", "show", "src", "192.0.2.5"],
        &["tcp_metrics", "show", "192.0.2.5", "ignored-by-ip"],
        &["-4", "tcp_metrics"],
        &["-6", "tcp_metrics"],
        &["-o", "tcp_metrics"],
    ] {
        let (ip, ours) = (run("ip", &ns, args), run(NLW, &ns, args));
        assert_eq!((ours.0, without_age(&ours.1), &ours.2), (ip.0, without_age(&ip.1), &ip.2), "{args:?}");
    }
    let listed = run(NLW, &ns, &["tcp_metrics"]).1;
    assert_eq!(listed.lines().count(), 2, "{listed}");
    assert!(listed.contains(" cwnd ") && listed.contains(" rtt ") && listed.contains(" source 192.0.2.5\n"));
    for args in
        [&["-j", "tcp_metrics"][..], &["-j", "-p", "tcp_metrics", "show"], &["-j", "-6", "tcp_metrics"]]
    {
        let (ip, ours) = (run("ip", &ns, args), run(NLW, &ns, args));
        assert_eq!(json_without_age(&ours.1), json_without_age(&ip.1), "{args:?}");
        if args.contains(&"-p") {
            let lines =
                |t: &str| t.lines().filter(|l| !l.contains("\"age\"")).map(str::to_owned).collect::<Vec<_>>();
            assert_eq!(lines(&ours.1), lines(&ip.1), "pretty, line for line");
        }
    }
}

#[test]
fn deletes_and_flushes_leave_what_ip_leaves() {
    if !live("tcp_metrics::deletes_and_flushes_leave_what_ip_leaves") {
        return;
    }
    let ns = namespace();
    // What is left, by destination.
    let left = || -> Vec<String> {
        let text = run("ip", &ns, &["tcp_metrics"]).1;
        text.lines().filter_map(|l| l.split(' ').next()).map(str::to_owned).collect()
    };
    for args in [
        &["tcp_metrics", "delete", "192.0.2.5"][..],
        &["tcp_metrics", "delete", "address", "2001:db8::5"],
        &["tcp_metrics", "flush"],
        &["tcp_metrics", "flush", "192.0.2.0/24"],
        &["-s", "tcp_metrics", "flush", "2001:db8::/32"],
        &["-s", "-s", "tcp_metrics", "flush", "192.0.2.0/24"],
        &["-6", "tcp_metrics", "flush"],
        &["tcp_metrics", "flush", "192.0.2.5"],
        &["tcp_metrics", "flush", "198.51.100.0/24"],
        &["tcp_metrics", "delete", "198.51.100.1"],
    ] {
        let mut outcomes = Vec::new();
        for program in ["ip", NLW] {
            connect(&ns);
            let (code, stdout, stderr) = run(program, &ns, args);
            // `-s -s` prints each entry deleted: its measures differ from one
            // connection to the next; its destination and source do not.
            let stdout: Vec<String> = stdout
                .lines()
                .map(|l| match l.strip_prefix("Deleted ") {
                    Some(entry) => format!(
                        "Deleted {} {}",
                        entry.split(' ').next().unwrap(),
                        entry.rsplit(' ').next().unwrap()
                    ),
                    None => l.to_owned(),
                })
                .collect();
            outcomes.push((code, stdout, stderr, left()));
            run("ip", &ns, &["tcp_metrics", "flush"]);
        }
        assert_eq!(outcomes[1], outcomes[0], "{args:?}: nlw, then ip");
    }
}

#[test]
fn bad_arguments_fail_as_ips_and_change_nothing() {
    if !live("tcp_metrics::bad_arguments_fail_as_ips_and_change_nothing") {
        return;
    }
    let ns = namespace();
    connect(&ns);
    let before = without_age(&run("ip", &ns, &["tcp_metrics"]).1);
    for args in [
        &["tcp_metrics", "delete"][..],
        &["tcp_metrics", "delete", "192.0.2.0/24"],
        &["tcp_metrics", "delete", "bogus"],
        &["tcp_metrics", "show", "bogus"],
        &["tcp_metrics", "show", "src"],
        &["tcp_metrics", "show", "src", "192.0.2.0/24"],
        &["tcp_metrics", "show", "address", "192.0.2.5", "src", "192.0.2.5"],
        &["tcp_metrics", "flush", "address"],
        &["tcp_metrics", "frobnicate"],
        &["tcp_metrics", "help"],
        &["tcp_metrics", "show", "help"],
        &["-4", "tcp_metrics", "delete", "2001:db8::5"],
        &["-0", "tcp_metrics", "flush"],
    ] {
        let (ip, ours) = (run("ip", &ns, args), run(NLW, &ns, args));
        assert_eq!(ours, ip, "{args:?}");
        assert_ne!(ours.0, Some(0), "{args:?}");
    }
    assert_eq!(without_age(&run("ip", &ns, &["tcp_metrics"]).1), before);
}
