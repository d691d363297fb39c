//! `nlw -n NS wg ...` against wireguard-tools' `wg` (Debian package
//! `wireguard-tools`) run with `ip netns exec` in the same throwaway
//! namespace: the same stdout, stderr (but for the program's name in the
//! usage) and exit code, and nothing changed.
//!
//! Without the wireguard module (as on the machines this runs on) there is
//! no WireGuard link: `wg show` lists the links of kind `wireguard` with a
//! route dump and prints nothing, exit 0, and `wg show DEV` fails resolving
//! the `wireguard` family, `Unable to access interface: Protocol not
//! supported` (the controller's ENOENT turned into EPROTONOSUPPORT by
//! `mnlg_socket_open`), exit 1. With the module, `DEV` is missing: `No such
//! device`, from the kernel, in both.

use std::process::Command;

use nlwire_tests::live::{live, skip, TestNs};

mod common;
use common::{ended, exec_ended, nlw_ended, Ended};

fn nlw(ns: &TestNs, args: &[&str]) -> Ended {
    nlw_ended(ns, &[&["wg"], args].concat())
}

/// wg's outcome, its usage lines naming `nlw wg` as nlw's do.
fn wg(ns: &TestNs, args: &[&str]) -> Ended {
    let (code, stdout, stderr) = exec_ended(ns, "wg", args);
    (code, stdout, stderr.replace("Usage: wg ", "Usage: nlw wg "))
}

#[test]
fn nlw_wg_show_ends_as_wg_show_does() {
    if !live("nlw_wg_show_ends_as_wg_show_does") {
        return;
    }
    if Command::new("wg").arg("--version").output().is_err() {
        skip("nlw_wg_show_ends_as_wg_show_does", "wg (Debian package wireguard-tools) not installed");
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let before = ns.ip_json(&["-d", "link", "show"]);
    let mut failed = 0;
    for args in [
        &[][..],
        &["show"],
        &["show", "all"],
        &["show", "all", "dump"],
        &["show", "all", "peers"],
        &["show", "interfaces"],
        &["show", "wg0"],
        &["show", "wg0", "dump"],
        &["show", "wg0", "public-key"],
        &["show", "wg0", "latest-handshakes"],
        // A link that is not WireGuard, and names no link can have.
        &["show", "v0"],
        &["show", "v0", "transfer"],
        &["show", ""],
        &["show", "a/b"],
        // Usage errors, before anything is asked.
        &["show", "wg0", "dump", "extra"],
        &["show", "interfaces", "dump"],
        // Help: `show`'s usage on stderr, exit 0.
        &["show", "help"],
        &["show", "--help"],
        &["show", "-h"],
    ] {
        let (ours, theirs) = (nlw(&ns, args), wg(&ns, args));
        if ours != theirs {
            eprintln!("{args:?}:\n  nlw {ours:?}\n  wg  {theirs:?}");
            failed += 1;
        }
        if args.first() == Some(&"show") && args.get(1) == Some(&"wg0") {
            assert_eq!(ours.0, Some(1), "{args:?}: a device that is not there");
        }
    }
    assert_eq!(failed, 0, "outcomes differ from wg's");
    // `help`: wg's usage on stdout, exit 0, listing the one subcommand nlw
    // has.
    let (code, stdout, stderr) = wg(&ns, &["help"]);
    let only_show: String = stdout
        .lines()
        .filter(|l| !l.starts_with("  ") || l.starts_with("  show: "))
        .map(|l| format!("{}\n", l.replace("Usage: wg ", "Usage: nlw wg ")))
        .collect();
    assert_eq!(nlw(&ns, &["help"]), (code, only_show, stderr));
    assert_eq!(ns.ip_json(&["-d", "link", "show"]), before, "nothing changed");
}

#[test]
fn bad_wg_arguments_fail_before_anything_is_sent() {
    if !live("bad_wg_arguments_fail_before_anything_is_sent") {
        return;
    }
    // In a namespace that does not exist: an argument refused while the
    // command line is read says so, exit 1 as wg's usage errors; one that
    // is not reaches the namespace and fails there (exit 255, as for every
    // nlw object).
    let missing = |args: &[&str]| {
        ended(
            Command::new(env!("CARGO_BIN_EXE_nlw"))
                .args(["-n", "nlw-no-such-ns", "wg"])
                .args(args)
                .output()
                .unwrap(),
        )
    };
    for (args, message) in [
        (
            &["show", "wg0", "bogus"][..],
            "Invalid parameter: `bogus'\nUsage: nlw wg show { <interface> | all | interfaces }",
        ),
        (&["show", "all", "bogus"], "Invalid parameter: `bogus'\n"),
        (&["show", "wg0", "dump", "extra"], "Usage: nlw wg show { <interface> | all | interfaces }"),
        (&["show", "interfaces", "peers"], "Usage: nlw wg show"),
        (&["frobnicate"], "Invalid subcommand: `frobnicate'\nUsage: nlw wg <cmd> [<args>]"),
        (&["set", "wg0", "listen-port", "51820"], "`set' is not implemented"),
    ] {
        let (code, stdout, stderr) = missing(args);
        assert_eq!(code, Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert_eq!(stdout, "", "{args:?}");
    }
    let (code, _, stderr) = missing(&["show", "wg0"]);
    assert_eq!(code, Some(255));
    assert_eq!(stderr, "Cannot open network namespace \"nlw-no-such-ns\": No such file or directory\n");
    assert!(!std::path::Path::new("/run/netns/nlw-no-such-ns").exists());

    let ns = TestNs::new();
    let before = ns.ip_json(&["-d", "link", "show"]);
    // A name longer than IFNAMSIZ - 1: `kernel_get_device` of current
    // wireguard-tools refuses it before opening anything (ENAMETOOLONG).
    // Debian 12's wg (1.0.20210914) predates that check and asks the
    // kernel, so this is not compared with it.
    assert_eq!(
        nlw(&ns, &["show", "a-name-too-long-for-a-link"]),
        (Some(1), String::new(), "Unable to access interface: File name too long\n".to_owned())
    );
    assert_eq!(ns.ip_json(&["-d", "link", "show"]), before, "nothing changed");
}
