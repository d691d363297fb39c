//! `nlw monitor` looks up the names of interfaces created after it started,
//! but an interface already gone when its events are read costs one lookup,
//! not one per event. The lookups are counted with strace: a stopped monitor
//! is resumed under strace after the interface came and went.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use nlwire_tests::live::{live, TestNs};

mod common;
use common::{lines_of, Running};

fn signal(pid: u32, sig: &str) {
    assert!(Command::new("kill").args([sig, &pid.to_string()]).status().unwrap().success());
}

#[test]
fn an_interface_already_gone_costs_one_name_lookup() {
    if !live("an_interface_already_gone_costs_one_name_lookup") {
        return;
    }
    if Command::new("strace").arg("-V").output().is_err() {
        eprintln!("SKIP (strace not installed): an_interface_already_gone_costs_one_name_lookup");
        assert!(std::env::var("NLWIRE_REQUIRE_LIVE").as_deref() != Ok("1"), "strace is needed");
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "set", "lo", "up"]);
    let mut monitor = Running(
        Command::new(env!("CARGO_BIN_EXE_nlw"))
            .args(["-n", &ns.name, "-j", "monitor", "route"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let lines = lines_of(&mut monitor.0);
    // Readiness without guessing: add routes until one is printed.
    for n in 1.. {
        assert!(n < 250, "the monitor printed nothing");
        ns.ip(&["route", "add", &format!("203.0.113.{n}/32"), "dev", "lo"]);
        if lines.recv_timeout(Duration::from_millis(20)).is_ok() {
            break;
        }
    }
    while lines.recv_timeout(Duration::from_millis(200)).is_ok() {}

    // While the monitor is stopped, an interface comes with 60 routes and goes.
    let pid = monitor.0.id();
    signal(pid, "-STOP");
    let mut batch = String::from("link add v0 type veth peer name v1\nlink set v0 up\nlink set v1 up\n");
    for i in 1..=60 {
        batch += &format!("route add 2001:db8::7:{i}/128 dev v0\n");
    }
    batch += "link del v0\n";
    ns.ip_batch(&batch);

    let trace = std::env::temp_dir().join(format!("{}.strace", ns.name));
    let mut strace = Running(
        Command::new("strace")
            .args(["-p", &pid.to_string(), "-e", "trace=sendto,sendmsg", "-o"])
            .arg(&trace)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let attached = BufReader::new(strace.0.stderr.take().unwrap()).lines().next();
    assert!(attached.is_some_and(|l| l.is_ok_and(|l| l.contains("attached"))), "strace did not attach");
    signal(pid, "-CONT");

    // Every route of the gone interface is printed, under its index.
    let mut seen = 0;
    while seen < 60 {
        let line = lines.recv_timeout(Duration::from_secs(10)).expect("the monitor's events");
        let event: serde_json::Value = serde_json::from_str(&line).unwrap();
        if event["dst"].as_str().is_some_and(|d| d.starts_with("2001:db8::7:"))
            && event.get("deleted").is_none()
        {
            assert!(event["dev"].as_str().is_some_and(|d| d.starts_with("if")), "{event}");
            seen += 1;
        }
    }
    drop(strace);
    let sends = std::fs::read_to_string(&trace).unwrap().lines().filter(|l| l.contains("send")).count();
    let _ = std::fs::remove_file(&trace);
    assert!(sends <= 2, "{sends} requests sent for the events of one interface");
}
