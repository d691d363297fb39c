//! `nlw bridge mdb` against iproute2's `bridge` (6.1): the same text and
//! JSON of `mdb show` (with `-d`, `-s`, `dev`, `vid`) on one namespace
//! holding two bridges, entries of every kind added by `bridge mdb add`, a
//! router port and a source list; the same entries after the same
//! `mdb add|del` on twin namespaces; bridge's exit codes and messages for
//! bad arguments, nothing changed.

use std::process::Command;

use nlwire::mdb::Group;
use nlwire_tests::live::{live, TestNs};

mod common;
use common::{ended, prepare, Ended};

/// IPv6 off (no groups the kernel joins by itself), IGMPv3 and MLDv2 on
/// `br0` (filter modes), ports up with their peers (temporary entries
/// need a forwarding port); `br1` with one port.
const SETUP: &str = "
    link add br0 type bridge mcast_igmp_version 3 mcast_mld_version 2
    link add br1 type bridge
    link add v0 type veth peer name p0
    link add v1 type veth peer name p1
    link add v2 type veth peer name p2
    link set v0 master br0
    link set v1 master br0
    link set v2 master br1
    link set br0 up
    link set br1 up
    link set v0 up
    link set v1 up
    link set v2 up
    link set p0 up
    link set p1 up
    link set p2 up
";

/// Entries of every kind this kernel keeps, added by bridge itself.
const ENTRIES: &[&str] = &[
    "mdb add dev br0 port v0 grp 239.1.1.1 permanent",
    "mdb add dev br0 port v1 grp 239.1.1.1 temp",
    "mdb add dev br0 port v0 grp 239.1.1.2 permanent vid 5",
    "mdb add dev br0 port v0 grp ff0e::1 permanent",
    "mdb add dev br0 port v1 grp 239.1.1.3 src 192.0.2.9 permanent",
    "mdb add dev br0 port v0 grp ff0e::2 src 2001:db8::9",
    "mdb add dev br0 port v0 grp 01:00:5e:00:00:05 permanent",
    "mdb add dev br0 port br0 grp 239.1.1.9",
    "mdb add dev br1 port v2 grp 239.1.1.1 permanent",
];

fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// A namespace set up as [`SETUP`] with IPv6 off.
fn setup() -> TestNs {
    let ns = TestNs::new();
    ns.ipv6_off();
    prepare(&ns, SETUP);
    ns
}

/// `bridge -n NS args...`, ended, its advice naming `nlw bridge`.
fn bridge(ns: &TestNs, args: &[&str]) -> Ended {
    bridge_in(&ns.name, args)
}

fn bridge_in(netns: &str, args: &[&str]) -> Ended {
    let (code, stdout, stderr) =
        ended(Command::new("bridge").arg("-n").arg(netns).args(args).output().expect("run bridge"));
    let stderr = stderr.replace("try \"bridge ", "try \"nlw bridge ");
    (
        code,
        stdout,
        stderr
            .replace("Usage: bridge", "Usage: nlw bridge")
            .replace("\n       bridge ", "\n       nlw bridge "),
    )
}

/// `nlw -n NS [options] bridge args...`.
fn nlw_bridge(netns: &str, args: &[&str]) -> Ended {
    let options = args.iter().take_while(|a| a.starts_with('-')).count();
    let line = [&args[..options], &["bridge"], &args[options..]].concat();
    ended(Command::new(env!("CARGO_BIN_EXE_nlw")).arg("-n").arg(netns).args(line).output().expect("run nlw"))
}

#[test]
fn mdb_show_prints_what_bridge_prints() {
    if !live("mdb_show_prints_what_bridge_prints") {
        return;
    }
    let ns = setup();
    for line in ENTRIES.iter().chain(&["link set dev v1 mcast_router 2"]) {
        let (code, _, stderr) = bridge(&ns, &words(line));
        assert_eq!(code, Some(0), "{line}: {stderr}");
    }
    // A (*, G) entry with a source list, which bridge 6.1 cannot add.
    let mut ipr = nlwire_std::IPRoute::in_netns(ns.name.as_str()).unwrap();
    let sources = ["192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap()];
    let group = Group::Ip("239.1.1.4".parse().unwrap());
    ipr.mdb().add("br0", "v1", group).permanent().filter_mode(false).source_list(&sources).send().unwrap();
    let mut failed = Vec::new();
    for line in [
        "mdb show",
        "mdb",
        "mdb lst",
        "m s",
        "-j mdb show",
        "-d mdb show",
        "-d -j mdb show",
        "-s mdb show",
        "-s -d mdb show",
        "-s -d -j mdb show",
        "-j -p -d mdb show",
        "mdb show dev br1",
        "-j mdb show dev br1",
        "-d mdb show dev br1",
        "mdb show dev br0 vid 5",
        "-j mdb show vid 5",
        "mdb show vid 7",
        "mdb show vid 65541",
        "mdb show vid 0 vid 5",
        "mdb show dev v0",
        "mdb show dev br1 extra words",
    ] {
        // The timers of `-s` count hundredths of a second down: ours,
        // read between two of bridge's, must be one of them, and is read
        // again if a hundredth went by each time.
        let agree = (0..20).any(|_| {
            let before = bridge(&ns, &words(line));
            let ours = nlw_bridge(&ns.name, &words(line));
            ours == before || ours == bridge(&ns, &words(line))
        });
        if !agree {
            let (ours, theirs) = (nlw_bridge(&ns.name, &words(line)), bridge(&ns, &words(line)));
            eprintln!("{line}:\n  nlw    {ours:?}\n  bridge {theirs:?}");
            failed.push(line);
        }
    }
    assert!(failed.is_empty(), "output differs from bridge's: {failed:?}");
    // Each kind of entry is in what was compared.
    let (_, text, _) = bridge(&ns, &["-d", "-s", "mdb", "show"]);
    for needle in [
        "grp 239.1.1.1 temp",
        "vid 5",
        "grp ff0e::1 permanent",
        "src 192.0.2.9",
        "src 2001:db8::9",
        "grp 01:00:5e:00:00:05",
        "port br0",
        "dev br1",
        "source_list 192.0.2.",
        " blocked",
        "filter_mode exclude",
        "proto static",
        "router ports on br0: v1",
    ] {
        assert!(text.contains(needle), "{needle} in\n{text}");
    }
}

#[test]
fn mdb_changes_made_with_nlw_match_changes_made_with_bridge() {
    if !live("mdb_changes_made_with_nlw_match_changes_made_with_bridge") {
        return;
    }
    let (reference, ours) = (setup(), setup());
    assert_eq!(ours.bridge_mdb(), reference.bridge_mdb(), "the twins start alike");
    let same = |line: &str| -> (Ended, Ended) {
        let (theirs, mine) = (bridge(&reference, &words(line)), nlw_bridge(&ours.name, &words(line)));
        assert_eq!(mine.0, theirs.0, "{line}: exit codes differ\n  nlw {mine:?}\n  bridge {theirs:?}");
        assert!(!mine.2.contains("panicked"), "{line}: {}", mine.2);
        assert_eq!(ours.bridge_mdb(), reference.bridge_mdb(), "{line}: entries differ");
        (theirs, mine)
    };
    for line in ENTRIES.iter().copied().chain([
        "mdb a dev br0 port v1 grp 239.1.1.20 vid 9 permanent words passed over",
        "mdb add dev br0 port v0 grp 239.1.1.21 vid 0x10 temp",
        "mdb add grp 1:0:5e:0:0:6 port v1 dev br0 permanent",
        "mdb add dev br0 port v0 grp ff0e::3 src 2001:db8::3 permanent",
        "mdb del dev br0 port v0 grp 239.1.1.1",
        "mdb delete dev br0 port v0 grp ff0e::2 src 2001:db8::9 permanent",
        "mdb d dev br0 port v0 grp 01:00:5e:00:00:05",
        "mdb del dev br0 port v1 grp 239.1.1.20 vid 9",
        "mdb del dev br1 port v2 grp 239.1.1.1",
    ]) {
        assert_eq!(same(line).0 .0, Some(0), "{line}");
    }
    assert_eq!(ours.bridge_mdb().0.len(), 8, "the changes left entries");
    // What the kernel refuses, refused alike: exit 255 in both and the
    // kernel's words, but for a VLAN id out of range, which nlw refuses
    // itself (its own words, nothing sent).
    for line in [
        "mdb add dev br0 port v1 grp 239.1.1.3 src 192.0.2.9 permanent",
        "mdb del dev br0 port v0 grp 239.1.1.77",
        "mdb add dev br0 port v0 grp 192.0.2.1 permanent",
        "mdb add dev br0 port v0 grp 224.0.0.1 permanent",
        "mdb add dev br0 port v0 grp 239.1.1.30 src 2001:db8::1 permanent",
        "mdb add dev br0 port v2 grp 239.1.1.30 permanent",
        "mdb add dev br0 port v0 grp 239.1.1.30 vid 4095",
        "mdb add dev br0 port v0 grp 239.1.1.30 vid -1",
        "mdb add dev v0 port v1 grp 239.1.1.30",
    ] {
        let (theirs, mine) = same(line);
        assert_eq!(theirs.0, Some(255), "{line}");
        if !line.contains("vid") {
            assert_eq!(mine.2, theirs.2, "{line}");
        }
    }
}

#[test]
fn bad_mdb_arguments_fail_as_bridge_fails() {
    if !live("bad_mdb_arguments_fail_as_bridge_fails") {
        return;
    }
    let ns = setup();
    for line in &ENTRIES[..3] {
        let (code, _, stderr) = bridge(&ns, &words(line));
        assert_eq!(code, Some(0), "{line}: {stderr}");
    }
    let before = ns.bridge_mdb();
    // Refused by the parser: the same stderr and exit code as bridge, and
    // from nlw also where there is no namespace to open (nothing sent).
    for line in [
        "mdb bogus",
        "mdb help",
        "mdb add help",
        "mdb del dev br0 h",
        "mdb add",
        "mdb add dev br0 port v0",
        "mdb add dev br0 grp 239.1.1.1",
        "mdb add dev br0 port v0 grp",
        "mdb del dev br0 port v0 grp 239.1.1.1 vid",
        "mdb add dev br0 port v0 grp 239.1.1.1 src",
        "mdb show dev",
        "mdb show dev br0 dev br1",
        "mdb show vid 3 vid 4",
        "mdb show vid",
    ] {
        let (theirs, ours) = (bridge(&ns, &words(line)), nlw_bridge(&ns.name, &words(line)));
        assert_eq!(ours, theirs, "{line}");
        assert_ne!(theirs.0, Some(0), "{line}: bridge refuses it");
        let absent = nlw_bridge("nlw-no-such-ns", &words(line));
        assert_eq!(absent, ours, "{line}: refused before the namespace is opened");
    }
    // Refused after the names are looked up, in bridge's order: the
    // bridge, the port, the group, the source. Nothing sent.
    for line in [
        "mdb add dev nosuch0 port v0 grp zz",
        "mdb add dev br0 port nosuch0 grp zz",
        "mdb add dev br0 port v0 grp zz",
        "mdb add dev br0 port v0 grp 01:02:03",
        "mdb add dev br0 port v0 grp 1:2:3:4:5:6:7",
        "mdb add dev br0 port v0 grp 1:2:100:4:5:6",
        "mdb add dev br0 port v0 grp 1.2.3",
        "mdb add dev br0 port v0 grp 1.2.3.4.5",
        "mdb add dev br0 port v0 grp 1..2",
        "mdb add dev br0 port v0 grp 239.1.1.8 src zz",
        "mdb del dev br0 port v0 grp 239.1.1.1 src 300.1.1.1",
        "mdb show dev nosuch0",
    ] {
        let (theirs, ours) = (bridge(&ns, &words(line)), nlw_bridge(&ns.name, &words(line)));
        assert_eq!(ours, theirs, "{line}");
        assert_eq!(ours.0, Some(255), "{line}");
    }
    assert_eq!(ns.bridge_mdb(), before, "nothing changed");
}

/// `nlw -batch` with `bridge mdb` lines runs as `bridge -batch` with the
/// same lines: the same entries, stopping at the same failing line with
/// the kernel's words and exit 1.
#[test]
fn mdb_batch_runs_as_bridge_batch() {
    if !live("mdb_batch_runs_as_bridge_batch") {
        return;
    }
    let (reference, ours) = (setup(), setup());
    let lines = [
        "mdb add dev br0 port v0 grp 239.1.1.1 permanent",
        "mdb add dev br0 port v1 grp ff0e::1 permanent vid 3",
        "mdb del dev br0 port v0 grp 239.1.1.1",
        "mdb add dev br0 port v1 grp ff0e::1 permanent vid 3",
        "mdb add dev br0 port v0 grp 239.1.1.2 permanent",
    ];
    let dir = std::env::temp_dir().join(nlwire_tests::live::unique_name());
    std::fs::create_dir(&dir).unwrap();
    let (theirs_file, ours_file) = (dir.join("bridge.batch"), dir.join("nlw.batch"));
    std::fs::write(&theirs_file, lines.join("\n") + "\n").unwrap();
    std::fs::write(&ours_file, lines.map(|l| format!("bridge {l}\n")).concat()).unwrap();
    let theirs = bridge(&reference, &["-batch", theirs_file.to_str().unwrap()]);
    let mine = ended(
        Command::new(env!("CARGO_BIN_EXE_nlw"))
            .arg("-n")
            .arg(&ours.name)
            .arg("-batch")
            .arg(&ours_file)
            .output()
            .expect("run nlw"),
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(theirs.0, Some(1), "{theirs:?}");
    assert_eq!(mine.0, theirs.0, "nlw {mine:?}\nbridge {theirs:?}");
    let named = |e: &Ended, file: &std::path::Path| e.2.replace(file.to_str().unwrap(), "FILE");
    assert_eq!(named(&mine, &ours_file), named(&theirs, &theirs_file));
    let (entries, _) = ours.bridge_mdb();
    assert_eq!(entries, reference.bridge_mdb().0);
    assert_eq!(entries.len(), 1, "the lines before the failing one, and none after");
}
