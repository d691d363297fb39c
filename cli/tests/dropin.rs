//! `nlw` as a drop-in for `ip` and `tc` in scripts: what it does with
//! arguments it cannot take, and with commands ip and tc refuse, compared
//! with ip and tc themselves on twin namespaces.

use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::process::Command;

use nlwire_tests::live::{live, unique_name, TestNs};

mod common;
use common::nlw_os;

fn bytes(b: &[u8]) -> OsString {
    OsString::from_vec(b.to_vec())
}

/// Runs nlw without `-n` on arguments that are not UTF-8: nothing here gets
/// as far as opening a socket, so it needs no root.
#[test]
fn arguments_that_are_not_utf8_do_not_panic() {
    let ff = || bytes(b"\xff");
    let lines: Vec<Vec<OsString>> = vec![
        vec!["link".into(), "show".into(), ff()],
        vec!["-n".into(), ff(), "link".into(), "show".into()],
        vec![
            "link".into(),
            "add".into(),
            ff(),
            "type".into(),
            "veth".into(),
            "peer".into(),
            "name".into(),
            bytes(b"\xfe"),
        ],
        vec![ff()],
        vec![bytes(b"-\xff")],
        vec!["address".into(), "add".into(), "192.0.2.1/24".into(), "dev".into(), ff()],
        vec!["-batch".into(), bytes(b"/nonexistent/\xff")],
        vec!["netns".into(), "add".into(), ff()],
    ];
    for args in lines {
        let out = Command::new(env!("CARGO_BIN_EXE_nlw")).args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(101), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!out.status.success(), "{args:?}");
    }
}

/// In a namespace: what ip gives for the same names, and a namespace name
/// that is not UTF-8 works, as bytes, as in ip.
#[test]
fn names_that_are_not_utf8_exit_as_ip_does() {
    if !live("names_that_are_not_utf8_exit_as_ip_does") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let before = ns.ip_json(&["link", "show"]);
    // A device nlw cannot name is one it cannot find: exit 1 as ip's for a
    // device that does not exist, and nothing changes.
    for args in [
        vec![OsString::from("link"), "show".into(), bytes(b"\xff")],
        vec!["link".into(), "set".into(), bytes(b"\xff"), "up".into()],
        vec!["link".into(), "del".into(), bytes(b"\xff")],
        vec!["address".into(), "add".into(), "192.0.2.1/24".into(), "dev".into(), bytes(b"v\xff")],
    ] {
        let ip = Command::new("ip").arg("-n").arg(&ns.name).args(&args).output().unwrap();
        let ours = nlw_os(&ns, &args);
        assert_eq!(
            ours.status.code(),
            ip.status.code(),
            "{args:?}: {}",
            String::from_utf8_lossy(&ours.stderr)
        );
        assert_eq!(ours.status.code(), Some(1), "{args:?}");
    }
    // ip creates such a link; nlw refuses it cleanly (IfName holds UTF-8).
    let args = [OsString::from("link"), "add".into(), bytes(b"\xff"), "type".into(), "dummy".into()];
    let out = nlw_os(&ns, &args);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(ns.ip_json(&["link", "show"]), before, "nothing changed");

    // `-n` with a name that is not UTF-8: opened as bytes.
    let mut name = unique_name().into_bytes();
    name.push(0xff);
    let name = bytes(&name);
    let created = Command::new("ip").arg("netns").arg("add").arg(&name).status().unwrap();
    assert!(created.success());
    struct Delete(OsString);
    impl Drop for Delete {
        fn drop(&mut self) {
            let _ = Command::new("ip").arg("netns").arg("del").arg(&self.0).status();
        }
    }
    let _guard = Delete(name.clone());
    let out =
        Command::new(env!("CARGO_BIN_EXE_nlw")).arg("-n").arg(&name).args(["link", "show"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("lo:"));
    // A missing one: exit 255 with ip's message, as a missing UTF-8 name.
    let mut missing = name.as_bytes().to_vec();
    missing.extend_from_slice(b"-gone");
    let out =
        Command::new(env!("CARGO_BIN_EXE_nlw")).arg("-n").arg(bytes(&missing)).arg("link").output().unwrap();
    assert_eq!(out.status.code(), Some(255));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Cannot open network namespace"));
}
