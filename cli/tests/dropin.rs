//! `nlw` as a drop-in for `ip` and `tc` in scripts: what it does with
//! arguments it cannot take, and with commands ip and tc refuse, compared
//! with ip and tc themselves on twin namespaces.

use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::process::Command;

use nlwire_tests::live::{live, unique_name, TestNs};

mod common;
use common::{nlw_os, Twins};

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

/// The twins most tests start from: a veth pair with fixed MACs, up, with
/// addresses of both families, a route, and an htb tree on v0.
pub const SETUP: &str = "
    link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
    link set v0 up
    link set v1 up
    link set lo up
    address add 192.0.2.1/24 dev v0
    address add 2001:db8::1/64 dev v0
    route add 198.51.100.0/24 via 192.0.2.254
    tc qdisc add dev v0 root handle 1: htb default 10
    tc class add dev v0 parent 1: classid 1:10 htb rate 1mbit
";

/// Each command of the issue that changed state where ip or tc refuse, or
/// changed it differently: the same exit code and the same state after it
/// as ip's (or tc's), each on fresh twins.
#[test]
fn commands_change_state_as_ip_and_tc_do() {
    if !live("commands_change_state_as_ip_and_tc_do") {
        return;
    }
    let cases: [(&str, Option<i32>); 14] = [
        // Settings before `type` are applied, not dropped.
        ("link add foo mtu 9000 address 02:00:00:00:00:42 up type veth peer name bar", Some(0)),
        ("link add foo txqueuelen 7 alias hi type bridge", Some(0)),
        ("link add foo bar type veth peer name baz", Some(255)),
        ("link add name foo dev bar type bridge", Some(255)),
        // -4 and -6 bind the changing commands too.
        ("-4 address add 2001:db8::5/64 dev v0", Some(1)),
        ("-4 route add 2001:db8:1::/64 dev v0", Some(1)),
        ("-6 address add 203.0.113.1/24 dev v0", Some(1)),
        ("-6 neigh add 192.0.2.9 lladdr 02:00:00:00:00:09 dev v0", Some(1)),
        // No u32 filter without a selector.
        ("filter add dev v0 parent 1: protocol ip u32 flowid 1:10", Some(2)),
        ("link set v0 mtu 1400 mtu 1400", Some(255)),
        // A gateway of the other family only as `via inet6`.
        ("route add 203.0.113.0/24 via 2001:db8::2 dev v0", Some(1)),
        ("route add 203.0.113.0/24 via fd00:1::2", Some(1)),
        ("route add 203.0.113.0/24 via inet6 2001:db8::2 dev v0", Some(0)),
        ("route get 192.0.2.4/33", Some(1)),
    ];
    for (line, code) in cases {
        let twins = Twins::new(SETUP);
        let args: Vec<&str> = line.split(' ').collect();
        let (theirs, _) = twins.same(&args);
        assert_eq!(theirs.code, code, "{line}: {}", theirs.stderr);
    }
    // What the first one made, read back.
    let twins = Twins::new(SETUP);
    twins.same(
        &"link add foo mtu 9000 address 02:00:00:00:00:42 up type veth peer name bar"
            .split(' ')
            .collect::<Vec<_>>(),
    );
    let foo = &twins.ours.ip_json(&["link", "show", "dev", "foo"])[0];
    assert_eq!((foo["mtu"].as_u64(), foo["address"].as_str()), (Some(9000), Some("02:00:00:00:00:42")));
    assert!(foo["flags"].as_array().unwrap().iter().any(|f| f == "UP"), "{foo}");
}

/// `help` for every object, `-V`, and the exit codes of the failures the
/// issue lists, as ip 6.1 (or tc) gives them; a missing device is named.
#[test]
fn help_version_and_exit_codes_are_ip_s() {
    if !live("help_version_and_exit_codes_are_ip_s") {
        return;
    }
    let twins = Twins::new(SETUP);
    // ip: usage on stderr, exit 255; tc: usage on stderr, exit 0.
    for object in
        ["link", "address", "route", "neigh", "rule", "netns", "monitor", "qdisc", "class", "filter"]
    {
        let (theirs, ours) = twins.same(&[object, "help"]);
        assert!(
            ours.stderr.starts_with("Usage:") && ours.stderr.contains("nlw "),
            "{object} help: {}",
            ours.stderr
        );
        assert!(theirs.stderr.starts_with("Usage:"), "{object} help: {}", theirs.stderr);
    }
    for args in [&["help"][..], &["-h"], &["-help"]] {
        twins.same(args);
    }
    for args in [&["-V"][..], &["-Version"], &["-Ver"], &["--Version"]] {
        let (_, ours) = twins.same(args);
        let out = Command::new(env!("CARGO_BIN_EXE_nlw")).args(args).output().unwrap();
        assert!(
            String::from_utf8_lossy(&out.stdout).starts_with("nlw utility, nlwire-cli "),
            "{args:?} {ours:?}"
        );
    }
    let lines = [
        "frobnicate show",
        "link show nope0",
        "link set nope0 up",
        "link del nope0",
        "address show dev nope0",
        "address flush dev nope0",
        "address flush",
        "address add 192.0.2.5/24 dev nope0",
        "route add 203.0.113.0/24 dev nope0",
        "route get",
        "route flush",
        "route get 192.0.2.4/33",
        "address add 192.0.2.1/33 dev v0",
        "qdisc add dev nope0 root htb",
    ];
    for line in lines {
        let args: Vec<&str> = line.split(' ').collect();
        let (theirs, ours) = twins.same(&args);
        assert_eq!(theirs.code, Some(1), "{line}: {}", theirs.stderr);
        if line.contains("nope0") {
            // ip's own words for a device it cannot find.
            assert_eq!(ours.stderr, theirs.stderr, "{line}");
        }
    }
    // A namespace that cannot be opened: 255, as ip.
    for name in ["nlw-no-such-ns", "../x", "", "a/b"] {
        let ip = Command::new("ip").args(["-n", name, "link", "show"]).output().unwrap();
        let ours =
            Command::new(env!("CARGO_BIN_EXE_nlw")).args(["-n", name, "link", "show"]).output().unwrap();
        assert_eq!(ours.status.code(), ip.status.code(), "-n {name:?}");
        assert_eq!(ours.status.code(), Some(255), "-n {name:?}");
    }
}

/// Output that cannot be written (stdout on `/dev/full`) ends with the
/// system's words for it and exit 2, for `-V` as for a listing: never a
/// panic.
#[test]
fn a_full_stdout_is_an_error_not_a_panic() {
    for args in [&["-V"][..], &["-j", "link", "show"]] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_nlw")).args(args).stdout(full).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("No space left on device"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// The rows of `fixtures/hostile.txt`: each command line through ip (or
/// tc) and nlw on fresh twins; equal exit codes and equal states. All rows
/// run; the failures are listed together.
#[test]
fn hostile_command_lines_end_as_with_ip_and_tc() {
    if !live("hostile_command_lines_end_as_with_ip_and_tc") {
        return;
    }
    let table = include_str!("fixtures/hostile.txt");
    let rows: Vec<&str> =
        table.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    assert!(rows.len() >= 150, "{} rows", rows.len());
    let mut failures = Vec::new();
    for row in &rows {
        let args: Vec<&str> = row.split_whitespace().collect();
        let twins = Twins::new(SETUP);
        let (theirs, ours) = twins.run(&args);
        let program = common::reference_program(&args);
        if ours.stderr.contains("panicked") || ours.code == Some(101) {
            failures.push(format!("{row}: nlw panicked: {}", ours.stderr));
        } else if ours.code != theirs.code {
            failures.push(format!(
                "{row}: exit nlw {:?}, {program} {:?}\n    nlw: {}    {program}: {}",
                ours.code,
                theirs.code,
                ours.stderr,
                theirs.stderr.lines().next().unwrap_or("")
            ));
        } else if !twins.agree() {
            failures.push(format!("{row}: states differ (exit {:?})", ours.code));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows differ:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// `link set`'s `broadcast`/`brd`, `carrier`, `protodown`, `gso_max_size`,
/// `gso_max_segs`, `gro_max_size` and `addrgenmode` (which nlw refused): the
/// state ip leaves, `-d` included, or ip's refusal in its words and exit
/// code (22 for ip's newer on/off words).
#[test]
fn link_broadcast_carrier_offload_sizes_and_addrgenmode_are_set_as_ip_sets_them() {
    if !live("link_broadcast_carrier_offload_sizes_and_addrgenmode_are_set_as_ip_sets_them") {
        return;
    }
    let twins = Twins::new(SETUP);
    for line in [
        "link set v0 broadcast ff:ff:ff:ff:ff:fe",
        "link set v0 brd ff:ff:ff:ff:ff:fd",
        "link set v0 broadcast zz",
        "link set v0 carrier off",
        "link set v0 carrier maybe",
        "link set v0 protodown on",
        "link set v0 protodown x",
        "link set v0 gso_max_size 32000",
        "link set v0 gso_max_segs 100",
        "link set v0 gro_max_size 32000",
        "link set v0 gso_max_size x",
        "link set v0 gso_max_segs -1",
        "link set v0 addrgenmode none",
        "link set v1 addrgenmode random",
        "link set v1 addrgenmode stable_secret",
        "link set v0 addrgenmode x",
        "link set v0 carrier",
        "link set v1 up gso_max_size 20000 addrgenmode eui64 mtu 1300",
    ] {
        let (theirs, ours) = twins.same(&line.split(' ').collect::<Vec<_>>());
        assert_eq!(ours.stderr, theirs.stderr, "{line}");
    }
    let details = |ns: &TestNs| {
        let mut links = ns.ip_json(&["-d", "link", "show"]);
        for link in links.as_array_mut().unwrap() {
            let link = link.as_object_mut().unwrap();
            for moving in ["address", "operstate", "flags", "ifindex", "link_index"] {
                link.remove(moving);
            }
        }
        links
    };
    let (theirs, ours) = (details(&twins.reference), details(&twins.ours));
    assert_eq!(ours, theirs);
    assert!(theirs.to_string().contains(r#""inet6_addr_gen_mode":"none""#), "{theirs}");
    assert!(theirs.to_string().contains(r#""gso_max_segs":100"#), "{theirs}");
}

/// `link set` switches of a link's flags (`promisc`, `arp`, `multicast`,
/// `allmulticast`, `dynamic`, `trailers`), `group`, and `netns NAME|PID`
/// (a veth's peer's too): the state ip leaves, or ip's refusal.
#[test]
fn link_flags_groups_and_namespaces_are_set_as_ip_sets_them() {
    if !live("link_flags_groups_and_namespaces_are_set_as_ip_sets_them") {
        return;
    }
    let twins = Twins::new(SETUP);
    for line in [
        "link set v0 promisc on",
        "link set v0 arp off",
        "link set dev v1 multicast off allmulticast on",
        "link set v0 dynamic on trailers off",
        "link set v0 group 5",
        "link set v1 group 0x10 down",
        "link set v0 promisc off arp on group default",
        "link set v0 promisc maybe",
        "link set v0 group bogus",
        "link set v0 group 5 group 6",
        "link set v0 netns nlw-no-such-ns",
    ] {
        twins.same(&line.split(' ').collect::<Vec<_>>());
    }
    // Each twin's links go to a namespace of its own: by name, as a new
    // veth's peer, and by the id of a process in it.
    let (their_target, our_target) = (TestNs::new(), TestNs::new());
    let run = |theirs: &str, ours: &str| {
        let ip =
            Command::new("ip").args(["-n", &twins.reference.name]).args(theirs.split(' ')).status().unwrap();
        let nlw = common::nlw(&twins.ours, &ours.split(' ').collect::<Vec<_>>());
        assert!(ip.success() && nlw.status.success(), "{ours}: {}", String::from_utf8_lossy(&nlw.stderr));
    };
    let both = |line: &str| {
        run(&line.replace("TARGET", &their_target.name), &line.replace("TARGET", &our_target.name))
    };
    both("link set v1 netns TARGET");
    both(
        "link add a0 address 02:00:00:00:00:03 type veth peer name a1 address 02:00:00:00:00:04 netns TARGET",
    );
    let mut sleepers = [&their_target, &our_target]
        .map(|ns| Command::new("ip").args(["netns", "exec", &ns.name, "sleep", "60"]).spawn().unwrap());
    let [their_pid, our_pid] = sleepers.each_ref().map(|child| child.id());
    // `ip netns exec` enters the namespace, then becomes `sleep`: wait for
    // each to be in its target, so that no link goes anywhere else.
    for (pid, ns) in [(their_pid, &their_target), (our_pid, &our_target)] {
        use std::os::unix::fs::MetadataExt;
        let inode = |path: &str| std::fs::metadata(path).map(|m| m.ino()).ok();
        let target = inode(&format!("/run/netns/{}", ns.name));
        let mut waited = 0;
        while inode(&format!("/proc/{pid}/ns/net")) != target {
            assert!(waited < 500, "process {pid} never entered {}", ns.name);
            std::thread::sleep(std::time::Duration::from_millis(10));
            waited += 1;
        }
    }
    run(&format!("link set a0 netns {their_pid}"), &format!("link set a0 netns {our_pid}"));
    for child in &mut sleepers {
        child.kill().unwrap();
        child.wait().unwrap();
    }
    assert_eq!(twins.settled_states().0, twins.settled_states().1, "the twins, after");
    let links = |ns: &TestNs| {
        let mut names: Vec<String> = ns
            .ip_json(&["link", "show"])
            .as_array()
            .unwrap()
            .iter()
            .map(|l| format!("{} {} {}", l["ifname"], l["address"], l["flags"]))
            .collect();
        names.sort();
        names
    };
    assert_eq!(links(&their_target), links(&our_target), "the targets, after");
    assert_eq!(links(&our_target).len(), 4, "{:?}", links(&our_target));
}

/// `address add|change|replace` with ip's options: `broadcast ADDR|+|-`,
/// `scope`, `valid_lft`/`preferred_lft`, `metric`, the flag words; the
/// state ip leaves, or ip's refusal (exit code and nothing changed).
#[test]
fn address_options_are_applied_as_ip_applies_them() {
    if !live("address_options_are_applied_as_ip_applies_them") {
        return;
    }
    let twins = Twins::new(SETUP);
    for line in [
        "address add 192.0.2.11/24 brd + dev v0",
        "address add 198.51.100.1/24 broadcast - dev v0 label v0:1",
        "address add 198.51.100.7/31 brd + dev v0",
        "address add 203.0.113.9/24 broadcast 203.0.113.200 dev v0",
        "address add 203.0.113.1/24 dev v0 valid_lft 1000 preferred_lft 500",
        "address change 203.0.113.1/24 dev v0 valid_lft forever preferred_lft forever",
        "address add 203.0.114.1/24 dev v0 preferred_lft 0",
        "address add 203.0.115.1/24 dev v0 scope link metric 50 noprefixroute",
        "address add 2001:db8:1::1/64 dev v0 nodad",
        "address add 2001:db8:2::1/64 dev v0 home mngtmpaddr",
        "address replace 192.0.2.11/24 dev v0 valid_lft 3000 preferred_lft 3000",
        "address add 2001:db8:3::1/64 dev v0 brd +",
        "address add 203.0.116.1/24 dev v0 valid_lft 0",
        "address add 203.0.116.2/24 dev v0 valid_lft 10 preferred_lft 20",
        "address add 203.0.116.3/24 dev v0 valid_lft soon",
        "address add 203.0.116.4/24 dev v0 scope bogus",
        "address add 203.0.116.5/24 dev v0 brd + brd -",
        "address add 203.0.116.6/24 dev v0 metric x",
    ] {
        twins.same(&line.split(' ').collect::<Vec<_>>());
    }
}

/// Neighbours in every state, a proxy entry, and a second device's entry.
const NEIGH_SETUP: &str = "
    link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
    link set v0 up
    link set v1 up
    address add 192.0.2.1/24 dev v0
    neigh add 192.0.2.2 lladdr 02:00:00:00:00:12 dev v0 nud permanent
    neigh add 192.0.2.3 lladdr 02:00:00:00:00:13 dev v0 nud stale
    neigh add 192.0.2.4 lladdr 02:00:00:00:00:14 dev v0 nud noarp
    neigh add 192.0.2.5 lladdr 02:00:00:00:00:15 dev v0 nud reachable
    neigh add 192.0.2.6 dev v0 nud failed
    neigh add proxy 192.0.2.7 dev v0
    neigh add 192.0.2.8 lladdr 02:00:00:00:00:18 dev v1 nud stale
";

/// `neigh show` and `neigh flush` by `nud STATE` (`all`, `none`), `dev`,
/// `proxy` and `[to] PREFIX`: what ip shows, and what ip leaves after its
/// flush.
#[test]
fn neighbours_are_shown_and_flushed_by_state_as_ip_does() {
    if !live("neighbours_are_shown_and_flushed_by_state_as_ip_does") {
        return;
    }
    let twins = Twins::new(NEIGH_SETUP);
    for line in [
        "neigh show nud all",
        "neigh show nud stale nud reachable",
        "neigh show dev v0 nud permanent",
        "neigh show nud noarp",
        "-4 neigh show nud failed",
        "neigh show 192.0.2.3",
        "neigh show to 192.0.2.0/29 dev v0",
    ] {
        let args: Vec<&str> = line.split(' ').collect();
        common::same(&twins.ours, &args, &["dst", "dev"]);
        common::same_text(&twins.ours, &args);
    }
    let all =
        |ns: &TestNs| [ns.ip_json(&["neigh", "show", "nud", "all"]), ns.ip_json(&["neigh", "show", "proxy"])];
    for line in [
        "neigh flush dev v0",
        "neigh flush dev v0 nud permanent",
        "neigh flush nud stale",
        "neigh flush proxy",
        "neigh flush nud all",
        "neigh flush nud noarp",
        "neigh flush",
        "neigh flush dev nosuch0",
        "neigh flush nud bogus",
        "neigh flush 192.0.2.0/30",
        "neigh flush to 192.0.2.0/24 nud stale",
        "neigh flush bogus",
    ] {
        let twins = Twins::new(NEIGH_SETUP);
        let (theirs, ours) = twins.run(&line.split(' ').collect::<Vec<_>>());
        assert_eq!(ours.code, theirs.code, "{line}: {} / {}", ours.stderr, theirs.stderr);
        let sorted = |mut v: [serde_json::Value; 2]| {
            v.iter_mut().for_each(|l| l.as_array_mut().unwrap().sort_by_key(|n| n.to_string()));
            v
        };
        assert_eq!(sorted(all(&twins.ours)), sorted(all(&twins.reference)), "{line}: ours, then ip's");
    }
}

/// Neighbours with every flag and origin ip 6.1 sets (`extern_learn`,
/// `managed`, `use`, `protocol`), made by ip in one twin and by nlw in the
/// other; then listed by nlw as ip lists them, `-s` (ages, references,
/// probes) and the selectors `protocol`, `unused`, `master`, `vrf`
/// included.
#[test]
fn neighbour_flags_origins_and_counters_are_ips() {
    if !live("neighbour_flags_origins_and_counters_are_ips") {
        return;
    }
    let twins = Twins::new(
        "
        link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
        link add br0 type bridge
        link set v1 master br0
        link set v0 up
        link set v1 up
        address add 192.0.2.1/24 dev v0
    ",
    );
    let all = |ns: &TestNs| {
        let mut v = ns.ip_json(&["neigh", "show", "nud", "all"]);
        v.as_array_mut().unwrap().sort_by_key(|n| n.to_string());
        v
    };
    for line in [
        "neigh add 192.0.2.21 dev v0 lladdr 02:00:00:00:00:15 extern_learn",
        "neigh add 192.0.2.22 dev v0 managed",
        "neigh add 192.0.2.23 dev v0 lladdr 02:00:00:00:00:17 protocol bgp",
        "neigh add 192.0.2.24 dev v0 lladdr 02:00:00:00:00:18 use",
        "neigh add 192.0.2.25 dev v0 managed nud stale",
        "neigh add 192.0.2.26 dev v0 nud stale managed",
        "neigh replace 192.0.2.23 dev v0 lladdr 02:00:00:00:00:17 proto 99 router",
        "neigh add 198.51.100.9 dev v1 ll 02:00:00:00:00:19 prot static",
        "neigh add 192.0.2.27 dev v0 lladdr 02:00:00:00:00:1b protocol bogus",
        "neigh add 192.0.2.28 dev v0 e",
    ] {
        let args: Vec<&str> = line.split(' ').collect();
        let (theirs, ours) = twins.run(&args);
        assert_eq!((ours.code, &ours.stderr), (theirs.code, &theirs.stderr), "{line}");
        assert_eq!(all(&twins.ours), all(&twins.reference), "{line}: nlw's, then ip's");
    }
    for line in [
        "neigh show",
        "-s neigh show",
        "-s -s neigh show nud all",
        "-s neigh show dev v0",
        "neigh show protocol bgp",
        "neigh show proto 99",
        "neigh show protocol all",
        "neigh show unused",
        "neigh show nud all unused",
        "neigh show master br0",
        "-s -j neigh show",
        "-j neigh show protocol static",
    ] {
        let args: Vec<&str> = line.split(' ').collect();
        // The ages move by a second now and then between the two reads.
        let agree = (0..3).any(|_| {
            let [ours, ip] = common::texts(&twins.ours, &args);
            ip == ours
        });
        if !agree {
            let [ours, ip] = common::texts(&twins.ours, &args);
            assert_eq!(ours, ip, "{line}");
        }
    }
    for line in [
        "neigh show master nosuch0",
        "neigh show vrf v0",
        "neigh show vrf nosuch0",
        "neigh show protocol bogus",
    ] {
        let args: Vec<&str> = line.split(' ').collect();
        let (theirs, ours) = twins.run(&args);
        assert_eq!((ours.code, &ours.stderr), (theirs.code, &theirs.stderr), "{line}");
    }
}

/// A veth pair of fixed addresses, both ends up: the twins' start for the
/// tests below.
const VETH_PAIR: &str = "
    link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
    link set v0 up
    link set v1 up
";

/// `-echo`: each change prints what the kernel sent back of it, as ip 6.1
/// prints it (text byte for byte; JSON parsed, where ip's is JSON: it
/// writes a route or a rule inside a second pair of braces), on twins
/// changed alike.
#[test]
fn echoed_changes_print_as_ips() {
    if !live("echoed_changes_print_as_ips") {
        return;
    }
    let twins = Twins::new(VETH_PAIR);
    let run = |program: &str, ns: &TestNs, args: &[&str]| {
        let out = Command::new(program).arg("-n").arg(&ns.name).args(args).output().unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    for line in [
        "-echo address add 192.0.2.1/24 dev v0",
        "-echo -j address add 192.0.2.2/24 dev v0",
        "-echo -j -p address add 2001:db8::1/64 dev v0 nodad",
        "-echo route add 198.51.100.0/24 via 192.0.2.254",
        "-echo -j route add 203.0.113.0/24 via 192.0.2.254",
        "-echo rule add pref 100 from 192.0.2.0/24 table 100",
        "-echo -j rule del pref 100",
        "-echo link add d0 address 02:00:00:00:00:03 type veth peer name d1 address 02:00:00:00:00:04",
        "-echo link set d0 up",
        "-echo -j link set d0 mtu 1400",
        "-echo link del d0",
        "-echo neigh add 192.0.2.9 lladdr 02:00:00:00:00:09 dev v0",
        "-echo nexthop add id 3 via 192.0.2.254 dev v0",
        "-echo -j nexthop del id 3",
        "-echo address del 192.0.2.1/24 dev v0",
        "-echo route del 198.51.100.0/24 via 192.0.2.254",
        "-echo address add 192.0.2.1/33 dev v0",
    ] {
        let args: Vec<&str> = line.split(' ').collect();
        let (theirs, ours) =
            (run("ip", &twins.reference, &args), run(env!("CARGO_BIN_EXE_nlw"), &twins.ours, &args));
        assert_eq!((ours.0, &ours.2), (theirs.0, &theirs.2), "{line}");
        if args.contains(&"-j") && theirs.0 == Some(0) {
            // ip 6.1's `[{{...}}]`, read as the object it means.
            let theirs = theirs.1.replace("[{{", "[{").replace("}}]", "}]");
            let parse = |t: &str| {
                serde_json::from_str::<serde_json::Value>(t).unwrap_or_else(|e| panic!("{line}: {e}: {t}"))
            };
            assert_eq!(parse(&ours.1), parse(&theirs), "{line}");
        } else {
            assert_eq!(ours.1, theirs.1, "{line}");
        }
        assert!(twins.agree(), "{line}: the twins differ after it");
    }
}

/// `route add|replace|del ... vrf NAME` into the VRF's table, as ip 6.1
/// (this kernel has no VRF: `default`, the main table when no device has
/// the name, is the one that goes in; a device that is not a VRF is
/// refused in ip's words), in a batch too.
#[test]
fn routes_go_into_a_vrfs_table_as_ip_puts_them() {
    if !live("routes_go_into_a_vrfs_table_as_ip_puts_them") {
        return;
    }
    let twins = Twins::new(&format!("{VETH_PAIR}address add 192.0.2.1/24 dev v0"));
    for line in [
        "route add 198.51.100.0/24 via 192.0.2.2 vrf default",
        "route replace 198.51.100.0/24 via 192.0.2.3 vrf default",
        "route add 203.0.113.0/24 dev v0 vrf v0",
        "route add 203.0.113.0/24 dev v0 vrf nosuch0",
        "route del 198.51.100.0/24 via 192.0.2.3 vrf default",
    ] {
        let (theirs, ours) = twins.same(&line.split(' ').collect::<Vec<_>>());
        assert_eq!(ours.stderr, theirs.stderr, "{line}");
    }
    let file = std::env::temp_dir().join(format!("nlw-vrf-{}.batch", std::process::id()));
    std::fs::write(&file, "route add 203.0.113.0/24 via 192.0.2.2 vrf default\n").unwrap();
    let (theirs, ours) = twins.same(&["-batch", file.to_str().unwrap()]);
    assert_eq!((ours.code, theirs.code), (Some(0), Some(0)));
    std::fs::remove_file(&file).unwrap();
}

/// `route add ... encap ip|ip6|seg6|mpls ...` as ip 6.1 reads it: the
/// same routes in the twins after each line (this kernel refuses MPLS
/// tunnels, for both alike), ip's words and exit codes for bad ones.
#[test]
fn encapsulated_routes_are_added_as_ip_adds_them() {
    if !live("encapsulated_routes_are_added_as_ip_adds_them") {
        return;
    }
    let twins = Twins::new(&format!(
        "{VETH_PAIR}address add 192.0.2.1/24 dev v0\naddress add 2001:db8::1/64 dev v0 nodad"
    ));
    for line in [
        "route add 198.51.100.0/24 encap ip id 10 dst 192.0.2.2 ttl 5 tos 4 dev v0",
        "route add 198.51.101.0/24 encap ip id 11 dst 192.0.2.3 key csum seq dev v0",
        "route add 198.51.102.0/24 encap ip id 12 dst 192.0.2.3 src 192.0.2.1 tos AF11 dev v0",
        "route add 2001:db8:6::/64 encap ip6 id 7 dst 2001:db8::9 hoplimit 3 tc 2 csum dev v0",
        "route add 2001:db8:7::/64 encap seg6 mode encap segs 2001:db8::2,2001:db8::3 dev v0",
        "route add 2001:db8:8::/64 encap seg6 mode inline segs 2001:db8::2 dev v0",
        "route add 198.51.103.0/24 encap mpls 100/200 via 192.0.2.2",
        "route add 203.0.113.0/24 encap foo dev v0",
        "route add 203.0.113.0/24 encap ip id x dst 192.0.2.2 dev v0",
        "route add 203.0.113.0/24 encap ip id 1 id 2 dev v0",
        "route add 203.0.113.0/24 encap ip dst 2001:db8::1 dev v0",
        "route add 203.0.113.0/24 encap seg6 segs 2001:db8::1 dev v0",
        "route add 203.0.113.0/24 encap mpls 2000000 dev v0",
        "route add 203.0.113.0/24 encap ip ttl 300 dst 192.0.2.9 dev v0",
    ] {
        let (theirs, ours) = twins.same(&line.split(' ').collect::<Vec<_>>());
        assert_eq!(ours.stderr, theirs.stderr, "{line}");
    }
    let six = |ns: &TestNs| ns.ip_json(&["-6", "route", "show"]);
    assert_eq!(six(&twins.ours), six(&twins.reference));
}

/// Multipath routes: after the first `nexthop` the rest of the line is next
/// hops, each with its own `via`, `dev`, `weight`, `onlink`, `realms` and
/// `encap` (a hop with a device and no gateway too), and any other word is
/// refused, as ip 6.1's `parse_nexthops` reads them.
#[test]
fn multipath_routes_are_added_as_ip_adds_them() {
    if !live("multipath_routes_are_added_as_ip_adds_them") {
        return;
    }
    let twins = Twins::new(&format!(
        "{VETH_PAIR}link add v2 type veth peer name v3\nlink set v2 up\naddress add 192.0.2.1/24 dev v0
address add 198.51.100.1/24 dev v2\naddress add 2001:db8::1/64 dev v0 nodad"
    ));
    for line in [
        "route add 203.0.113.0/28 nexthop dev v0 nexthop dev v2",
        "route add 203.0.113.16/28 nexthop via 192.0.2.2 dev v0 onlink weight 3 nexthop via 198.51.100.2 realms 3/4",
        "route add 203.0.113.32/28 nexthop via 192.0.2.2 r 7 nexthop dev v2 weight 0x10",
        "route add 203.0.113.48/28 metric 7 nexthop via 192.0.2.2 encap ip id 3 dst 192.0.2.4 nexthop via inet6 fe80::1 dev v2",
        "route add 2001:db8:1::/64 nexthop via 2001:db8::2 nexthop via 2001:db8::3 weight 2",
        "route add 203.0.113.64/28 nexthop dev v0 metric 5",
        "route add 203.0.113.64/28 nexthop",
        "route add 203.0.113.64/28 nexthop via 192.0.2.2 weight 0",
        "route add 203.0.113.64/28 nexthop via 192.0.2.2 weight 257",
        "route add 203.0.113.64/28 nexthop dev nosuch",
        "route add 203.0.113.64/28 via 192.0.2.2 via 192.0.2.3",
        "route add 203.0.113.64/28 nexthop via 192.0.2.2 realms x",
        "route add 203.0.113.64/28 nexthop via 192.0.2.2 nexthop via 192.0.2.3 203.0.113.80/28",
        "route add 2001:db8:2::/64 nexthop dev v0 nexthop via inet6 fe80::1 dev v2",
    ] {
        let (theirs, ours) = twins.same(&line.split(' ').collect::<Vec<_>>());
        assert_eq!(ours.stderr, theirs.stderr, "{line}");
    }
    // IPv6's local table aside: its multicast routes come in the order the
    // kernel made them, which differs between the twins.
    for args in [
        &["-4", "-d", "route", "show", "table", "all"][..],
        &["-4", "-j", "-d", "route", "show"],
        &["-6", "-d", "route", "show"],
    ] {
        let shown = |ns: &TestNs| {
            let out = Command::new("ip").arg("-n").arg(&ns.name).args(args).output().expect("run ip");
            String::from_utf8(out.stdout).unwrap()
        };
        assert_eq!(shown(&twins.ours), shown(&twins.reference), "{args:?}");
    }
}

/// `route add`'s and `rule`'s values in ip 6.1's bases and names (hex
/// tables, rt_dsfield and rt_realms names, a raw realm number), and their
/// refusals word for word, the empty line after ip's `invarg` messages
/// included.
#[test]
fn route_and_rule_values_are_read_and_refused_as_ip_reads_them() {
    if !live("route_and_rule_values_are_read_and_refused_as_ip_reads_them") {
        return;
    }
    let twins = Twins::new(&format!("{VETH_PAIR}address add 192.0.2.1/24 dev v0"));
    let mut next = 0;
    for value in [
        "table 0x10",
        "tos AF11",
        "tos 0x28",
        "realms 300",
        "realms 0x10/2",
        "realms 70000",
        "realms cosmos/1",
        "realms 3/",
        "metric 0x10",
        "tos zz",
        "tos 0x1000",
        "metric x",
        "realms 1/300",
        "realms 256/1",
        "realms /3",
        "pref x",
        "expires x",
        "mtu x",
        "advmss x",
        "hoplimit 300",
        "quickack 2",
        "quickack x",
        "fastopen_no_cookie 3",
        "rtt x",
        "rttvar 3x",
        "features x",
        "protocol xx",
        "table xx",
        "scope xx",
        "nhid x",
        "via 192.0.2.2 via 192.0.2.3",
    ] {
        next += 1;
        let line = format!("route add 203.0.113.{next}/32 dev v0 {value}");
        let (theirs, ours) = twins.same(&line.split(' ').collect::<Vec<_>>());
        assert_eq!(ours.stderr, theirs.stderr, "{line}");
    }
    for value in [
        "lookup 0x10",
        "tos zz",
        "fwmark x",
        "fwmark 1/x",
        "pref x",
        "uidrange x",
        "ipproto x",
        "sport x",
        "tun_id x",
        "protocol x",
        "realms x",
        "realms 1/300",
        "goto x",
        "suppress_prefixlength x",
        "suppress_ifgroup x",
        "lookup nosuch",
        "table nosuch",
        "frob",
    ] {
        for verb in ["add", "del", "show", "flush"] {
            next += 1;
            let line = format!("rule {verb} pref {next} {value}");
            let (theirs, ours) = twins.same(&line.split(' ').collect::<Vec<_>>());
            assert_eq!(ours.stderr, theirs.stderr, "{line}");
        }
    }
}

/// Tables named in `/etc/iproute2/rt_tables` and `rt_tables.d/*.conf` (a
/// router's policy routing names its uplinks' tables there): read and
/// printed as ip 6.1 reads and prints them. Both programs run in a private
/// mount namespace where a copy of `/etc/iproute2` with those names is
/// mounted over the machine's, which is never touched.
#[test]
fn tables_named_in_rt_tables_are_read_and_printed_as_ip_does() {
    if !live("tables_named_in_rt_tables_are_read_and_printed_as_ip_does") {
        return;
    }
    let tables = std::fs::read_to_string("/etc/iproute2/rt_tables").unwrap_or_default();
    let etc = EtcIproute2::with(&[
        ("rt_tables", format!("{tables}\n100 isp1\n0x65\tisp2 # the second uplink\n").as_str()),
        ("rt_tables.d/vpn.conf", "102 vpn\n"),
        ("rt_tables.d/vpn.conf.off", "103 off\n"),
    ]);
    let run = |program: &str, ns: &TestNs, args: &[&str]| etc.run(program, ns, args);
    let twins = Twins::new(&format!("{VETH_PAIR}address add 192.0.2.1/24 dev v0"));
    let nlw = env!("CARGO_BIN_EXE_nlw");
    for line in [
        "route add 198.51.100.0/24 via 192.0.2.254 table isp1",
        "route add 198.51.100.0/24 via 192.0.2.254 table isp2",
        "route add 198.51.100.0/24 via 192.0.2.254 table vpn",
        "route add 198.51.100.0/24 via 192.0.2.254 table off",
        "route add 198.51.100.0/24 via 192.0.2.254 table 104",
        "rule add from 192.0.2.0/24 lookup isp1 pref 100",
        "rule add to 198.51.100.0/24 table vpn pref 101",
        "rule add fwmark 3 table off pref 102",
    ] {
        let args: Vec<&str> = line.split(' ').collect();
        let (theirs, ours) = (run("ip", &twins.reference, &args), run(nlw, &twins.ours, &args));
        assert_eq!(ours, theirs, "{line}");
    }
    let (theirs, ours) = twins.settled_states();
    assert_eq!(ours, theirs);
    for line in [
        "-4 route show table all",
        "-4 -j route show table all",
        "route show table isp2",
        "-d route show table vpn",
        "rule show",
        "-j rule show",
        "-N rule show",
        "route show table nosuch",
    ] {
        let args: Vec<&str> = line.split(' ').collect();
        let (theirs, ours) = (run("ip", &twins.reference, &args), run(nlw, &twins.ours, &args));
        assert_eq!(ours, theirs, "{line}");
    }
    let shown = run(nlw, &twins.ours, &["-4", "route", "show", "table", "all"]).1;
    assert!(
        shown.contains("table isp2") && shown.contains("table vpn") && shown.contains("table 104"),
        "{shown}"
    );
}

/// Link groups named in `/etc/iproute2/group`: read by `link set ... group`,
/// `link show group` and a rule's `suppress_ifgroup`, printed by name, as ip
/// 6.1 does.
#[test]
fn link_groups_named_in_the_group_file_are_read_and_printed_as_ip_does() {
    if !live("link_groups_named_in_the_group_file_are_read_and_printed_as_ip_does") {
        return;
    }
    let etc = EtcIproute2::with(&[("group", "0\tdefault\n5 uplinks\n0x6 lan # inside\n")]);
    let twins = Twins::new(VETH_PAIR);
    let nlw = env!("CARGO_BIN_EXE_nlw");
    for line in [
        "link set v0 group uplinks",
        "link set v1 group 6",
        "link set v1 group nosuch",
        "rule add lookup 100 suppress_ifgroup lan pref 100",
        "link show",
        "-j link show",
        "link show group uplinks",
        "-br link show group lan",
        "link show group 0",
        "link show group nosuch",
        "-d link show dev v0",
        "rule show",
        "-N link show",
    ] {
        let args: Vec<&str> = line.split(' ').collect();
        let (theirs, ours) = (etc.run("ip", &twins.reference, &args), etc.run(nlw, &twins.ours, &args));
        assert_eq!(ours, theirs, "{line}");
    }
    let shown = etc.run(nlw, &twins.ours, &["link", "show"]).1;
    assert!(shown.contains("group uplinks") && shown.contains("group lan"), "{shown}");
}

/// A copy of `/etc/iproute2` with some files of a test's, mounted over the
/// machine's in a private mount namespace for each program run: the
/// machine's files are never touched. Removed when dropped.
struct EtcIproute2(std::path::PathBuf);

impl EtcIproute2 {
    /// The machine's files, then `files` (`(path, text)`) written over them.
    fn with(files: &[(&str, &str)]) -> EtcIproute2 {
        let etc = std::env::temp_dir().join(unique_name());
        std::fs::create_dir_all(etc.join("rt_tables.d")).unwrap();
        for entry in std::fs::read_dir("/etc/iproute2").unwrap().flatten() {
            if entry.file_type().unwrap().is_file() {
                std::fs::copy(entry.path(), etc.join(entry.file_name())).unwrap();
            }
        }
        for (path, text) in files {
            std::fs::write(etc.join(path), text).unwrap();
        }
        EtcIproute2(etc)
    }

    /// `PROGRAM -n NS ARGS...` with the copy over `/etc/iproute2`: its exit
    /// code, stdout and stderr.
    fn run(&self, program: &str, ns: &TestNs, args: &[&str]) -> (Option<i32>, String, String) {
        let script = "mount --bind \"$0\" /etc/iproute2 && exec \"$@\"";
        let out = Command::new("unshare")
            .args(["--mount", "--propagation", "private", "sh", "-c", script])
            .arg(&self.0)
            .args([program, "-n", &ns.name])
            .args(args)
            .output()
            .expect("run unshare");
        (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    }
}

impl Drop for EtcIproute2 {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Address flags and neighbour states as ip 6.1 reads and prints them:
/// `optimistic`; the kernel's own flags and IPv6-only ones on IPv4 warned of
/// and left out; `autojoin` only for multicast; an IPv4 address deleted
/// without its length warned of; flags printed in ip's order (`dynamic
/// noprefixroute`, as a DHCP client's address); states by prefix, by
/// number and `none`, case as ip; entries in no state hidden by `neigh
/// show`, as ip hides them.
#[test]
fn address_flags_and_neighbour_states_are_read_and_printed_as_ip_does() {
    if !live("address_flags_and_neighbour_states_are_read_and_printed_as_ip_does") {
        return;
    }
    let twins = Twins::new(VETH_PAIR);
    for line in [
        "address add 2001:db8::4/64 dev v0 optimistic",
        "address add 192.0.2.1/24 dev v0 nodad",
        "address add 192.0.2.2/24 dev v0 optimistic home",
        "address add 192.0.2.3/24 dev v0 secondary",
        "address add 2001:db8::5/64 dev v0 permanent stable-privacy",
        "address add nodad 2001:db8::7/64 dev v0",
        "address add 2001:db8::9/64 dev v0 mngtmpaddr noprefixroute nodad home valid_lft 100 preferred_lft 100",
        "address add 198.51.100.9/24 dev v0 valid_lft 100 preferred_lft 100 noprefixroute",
        "address add 198.51.100.10/24 dev v0 autojoin",
        "address add 224.0.0.99/32 dev v0 autojoin",
        "address del 192.0.2.1 dev v0",
        "address del local 192.0.2.2 dev v0",
        "neigh add 192.0.2.70 dev v0 nud none",
        "neigh add 192.0.2.71 lladdr 02:00:00:00:00:71 dev v0 nud perm",
        "neigh add 192.0.2.72 lladdr 02:00:00:00:00:72 dev v0 nud r",
        "neigh add 192.0.2.73 lladdr 02:00:00:00:00:73 dev v0 nud 0x80",
        "neigh add 192.0.2.74 lladdr 02:00:00:00:00:74 dev v0 nud 4",
        "neigh add 192.0.2.75 lladdr 02:00:00:00:00:75 dev v0 nud 3",
        "neigh add 192.0.2.76 lladdr 02:00:00:00:00:76 dev v0 nud STALE",
        "neigh add 192.0.2.77 lladdr 02:00:00:00:00:77 dev v0 nud 0x100",
        "neigh add 192.0.2.78 lladdr 02:00:00:00:00:78 dev v0 nud noarp",
        "neigh flush dev v0 nud ALL",
    ] {
        let (theirs, ours) = twins.same(&line.split(' ').collect::<Vec<_>>());
        assert_eq!(ours.stderr, theirs.stderr, "{line}");
    }
    let ns = &twins.reference;
    let run = |program: &str, args: &str| {
        let out = Command::new(program).arg("-n").arg(&ns.name).args(args.split(' ')).output().unwrap();
        assert!(out.status.success(), "{program} {args}");
        let mut lines: Vec<String> =
            String::from_utf8(out.stdout).unwrap().lines().map(str::to_owned).collect();
        // The kernel lists neighbours in hash order: the lines, not their order.
        if args.contains("neigh") {
            lines.sort();
        }
        lines
    };
    let nlw = env!("CARGO_BIN_EXE_nlw");
    for args in [
        "address show dev v0",
        "-j address show dev v0",
        "address show dev v0 optimistic",
        "address show dev v0 -tentative -secondary",
        "address show dev v0 noprefixroute -nodad",
        "neigh show",
        "neigh show nud none",
        "neigh show nud p",
        "neigh show nud 0",
    ] {
        let theirs = run("ip", args);
        assert_eq!(run(nlw, args), theirs, "{args}");
        if args == "address show dev v0" {
            let text = theirs.join("\n");
            assert!(text.contains("dynamic noprefixroute") && text.contains("nodad home dynamic"), "{text}");
        }
    }
}

/// `route` and `address` verbs as ip 6.1 reads them (`test`, `chg`, any
/// prefix in ip's order: `a`, `ap`, `p`, `c`, `r`, `t`, `d`), and IPv4
/// prefixes in ip's old forms (`0/0`, `10/8`, `172.16`, dotted masks, parts
/// in C's bases), which scripts of every age still write.
#[test]
fn verbs_and_old_prefix_forms_are_read_as_ip_reads_them() {
    if !live("verbs_and_old_prefix_forms_are_read_as_ip_reads_them") {
        return;
    }
    let twins = Twins::new(&format!("{VETH_PAIR}address add 192.0.2.1/24 dev v0"));
    for line in [
        "route append 198.51.100.0/24 via 192.0.2.2",
        "route test 198.51.100.0/24 via 192.0.2.4",
        "route t 198.51.101.0/24 via 192.0.2.4",
        "route chg 198.51.100.0/24 via 192.0.2.6",
        "route a 198.51.102.0/24 via 192.0.2.6",
        "route ap 198.51.102.0/24 via 192.0.2.7",
        "route p 198.51.102.0/24 via 192.0.2.8 metric 3",
        "route c 198.51.102.0/24 via 192.0.2.9 metric 3",
        "route r 198.51.102.0/24 via 192.0.2.10 metric 3",
        "route d 198.51.102.0/24 via 192.0.2.10 metric 3",
        "route add 0/0 via 192.0.2.254",
        "route add 10/8 via 192.0.2.254",
        "route add 172.16 via 192.0.2.254",
        "route add 203.0.113.0/255.255.255.0 via 192.0.2.254",
        "route add 203.0.114.0/255.0.255.0 via 192.0.2.254",
        "route add 0x0a.1.0.0/0x10 via 192.0.2.254",
        "route add 011.0.0.0/8 via 192.0.2.254",
        "route add 1.2.3.4.5 via 192.0.2.254",
        "route add 203.0.115.0/24 via 0xc0.0.2.254",
        "address a 198.51.100.1/24 dev v0",
        "address c 198.51.100.1/24 dev v0 valid_lft 100 preferred_lft 100",
        "address chg 198.51.100.1/24 dev v0 valid_lft 200 preferred_lft 100",
        "address r 198.51.100.1/24 dev v0",
        "address d 198.51.100.1/24 dev v0",
        "address add 198.51.100.5/255.255.255.0 dev v0",
    ] {
        let (theirs, ours) = twins.same(&line.split(' ').collect::<Vec<_>>());
        assert_eq!(ours.stderr, theirs.stderr, "{line}");
    }
}

/// `link` verbs as ip 6.1 reads them (`change` and `s` are `set`, `replace`,
/// `a`, `d`), a new link's `index` (its peer's too), `numtxqueues` and
/// `numrxqueues`, and their refusals; `index` with `netns` moves a link to
/// that index in the other namespace.
#[test]
fn link_verbs_indexes_and_queues_are_read_as_ip_reads_them() {
    if !live("link_verbs_indexes_and_queues_are_read_as_ip_reads_them") {
        return;
    }
    let twins = Twins::new(VETH_PAIR);
    for line in [
        "link change v0 mtu 1400",
        "link s v0 mtu 1200",
        "link c v0 mtu 1290",
        "link a v5 type veth peer name v6",
        "link d v5",
        "link replace v7 type veth",
        "link r v9 type veth",
        "link replace v0 mtu 1400",
        "link add v15 numtxqueues 3 numrxqueues 2 type veth",
        "link add v16 index 77 type veth peer name v17 index 78",
        "link add v18 index 0 type veth",
        "link add v18 index x type veth",
        "link add v18 index 70 index 71 type veth",
        "link add v19 numtxqueues x type veth",
        "link add v19 numtxqueues -1 type veth",
        "link add v19 numtxqueues 0x4 type veth",
        "link add v20 numtxqueues 2 numtxqueues 3 type veth",
        "link set v0 index 5",
    ] {
        let (theirs, ours) = twins.same(&line.split(' ').collect::<Vec<_>>());
        assert_eq!(ours.stderr, theirs.stderr, "{line}");
    }
    let index = |ns: &TestNs, dev: &str| ns.ip_json(&["link", "show", "dev", dev])[0]["ifindex"].clone();
    assert_eq!((index(&twins.ours, "v16"), index(&twins.ours, "v17")), (77.into(), 78.into()));
    // `index` with `netns`: IFLA_NEW_IFINDEX.
    let (their_target, our_target) = (TestNs::new(), TestNs::new());
    let theirs = Command::new("ip")
        .args(["-n", &twins.reference.name, "link", "set", "v1", "netns", &their_target.name, "index", "50"])
        .status()
        .unwrap();
    let ours = common::nlw(&twins.ours, &["link", "set", "v1", "netns", &our_target.name, "index", "50"]);
    assert!(theirs.success() && ours.status.success(), "{}", String::from_utf8_lossy(&ours.stderr));
    assert_eq!((index(&our_target, "v1"), index(&their_target, "v1")), (50.into(), 50.into()));
}

/// Addresses of every kind ip's selectors tell apart: secondary, IPv6,
/// dynamic, link scope, on two links.
const ADDR_SETUP: &str = "
    link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
    link set v0 up
    link set v1 up
    address add 192.0.2.1/24 dev v0
    address add 192.0.2.2/24 dev v0 label v0:x
    address add 2001:db8::1/64 dev v0 nodad
    address add 198.51.100.1/24 dev v1 valid_lft 1000 preferred_lft 1000
    address add 203.0.113.1/24 dev v1 scope link
";

/// `address show` and `address flush` by `scope`, `to PREFIX` and the
/// state words (`primary`, `secondary`, `permanent`, `dynamic`): what ip
/// lists, and what ip leaves after its flush.
#[test]
fn addresses_are_shown_and_flushed_by_selector_as_ip_does() {
    if !live("addresses_are_shown_and_flushed_by_selector_as_ip_does") {
        return;
    }
    let twins = Twins::new(ADDR_SETUP);
    for line in [
        "address show scope global",
        "address show scope link",
        "address show to 192.0.2.0/24",
        "address show to 2001:db8::/32",
        "address show dynamic",
        "address show permanent",
        "address show primary",
        "address show secondary",
        "-4 address show dev v0 scope global",
        "-o address show scope global",
        "-br address show primary",
    ] {
        common::same_text(&twins.ours, &line.split(' ').collect::<Vec<_>>());
    }
    for line in [
        "address flush dev v0 scope global",
        "-4 address flush dev v0",
        "address flush dev v0 secondary",
        "address flush dev v0 primary",
        "address flush scope global",
        "address flush dev v1 dynamic",
        "-6 address flush dev v0 scope global",
        "address flush to 192.0.2.0/24",
        "address flush",
        "address flush dev nosuch0",
        "address flush dev v0 scope bogus",
    ] {
        Twins::new(ADDR_SETUP).same(&line.split(' ').collect::<Vec<_>>());
    }
}

/// `route add` with ip's metrics (`mtu lock`, `advmss`, `initcwnd`,
/// `rtt`, `features ecn`, `congctl`, ...), `onlink`, `tos`, `realms`,
/// and IPv6's `pref` and `expires`: the routes ip makes, or its refusal.
#[test]
fn route_metrics_and_options_are_set_as_ip_sets_them() {
    if !live("route_metrics_and_options_are_set_as_ip_sets_them") {
        return;
    }
    let twins = Twins::new(SETUP);
    for line in [
        "route add 203.0.113.0/24 via 192.0.2.254 mtu lock 1400",
        "route add 203.0.114.0/24 via 192.0.2.254 advmss 1300 initcwnd 10 initrwnd 10",
        "route add 203.0.115.0/24 via 192.0.2.254 window 1000 rtt 10 rttvar 5 ssthresh 20 cwnd 10 hoplimit 5",
        "route add 203.0.116.0/24 via 192.0.2.254 features ecn quickack 1 fastopen_no_cookie 1",
        "route add 203.0.117.0/24 via 192.0.2.254 congctl lock reno reordering lock 3",
        "route add 203.0.118.0/24 via 192.0.2.254 rtt 1.5s rttvar 2 rto_min 200ms",
        "route add 203.0.119.0/24 via 198.51.99.1 dev v0 onlink",
        "route add 203.0.120.0/24 via 192.0.2.254 tos 0x10",
        "route add 203.0.121.0/24 dev v0 realms 3/4",
        "-6 route add 2001:db8:1::/64 via 2001:db8::2 pref high",
        "-6 route add 2001:db8:2::/64 via 2001:db8::2 expires 100",
        "route add 203.0.122.0/24 dev v0 hoplimit 300",
        "route add 203.0.123.0/24 dev v0 quickack 2",
        "route add 203.0.124.0/24 dev v0 features sack",
        "route add 203.0.125.0/24 dev v0 mtu lock",
        "route add 203.0.126.0/24 dev v0 rtt 5x",
        "-6 route add 2001:db8:3::/64 dev v0 pref bogus",
    ] {
        twins.same(&line.split(' ').collect::<Vec<_>>());
    }
    // What `-d` shows of the metrics, locks included.
    let [theirs, ours] = [&twins.reference, &twins.ours].map(|ns| {
        let out = Command::new("ip").args(["-n", &ns.name, "-d", "route", "show"]).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    });
    assert_eq!(ours, theirs);
}

/// `route show cache` and `route flush cache` (legacy scripts' words): the
/// clones the kernel caches, shown and flushed as ip does (IPv4's cache
/// through `/proc/sys/net/ipv4/route/flush` in the namespace).
#[test]
fn the_route_cache_is_shown_and_flushed_as_ip_does() {
    if !live("the_route_cache_is_shown_and_flushed_as_ip_does") {
        return;
    }
    let twins = Twins::new(SETUP);
    for line in
        ["route flush cache", "-6 route flush cache", "route flush cache table all", "route flush cached"]
    {
        twins.same(&line.split(' ').collect::<Vec<_>>());
    }
    for line in ["route show cache", "-6 route show cache", "route show table all cloned"] {
        let args: Vec<&str> = line.split(' ').collect();
        let [ours, theirs] = common::texts(&twins.ours, &args);
        assert_eq!(ours, theirs, "{line}");
    }
}

/// `address add|change|replace|del ADDR peer PREFIX` (and `remote`): the
/// peer as `IFA_ADDRESS`, the peer's prefix length (the local one when the
/// peer's is 0), as ip sets them; ip's refusals.
#[test]
fn point_to_point_addresses_are_set_as_ip_sets_them() {
    if !live("point_to_point_addresses_are_set_as_ip_sets_them") {
        return;
    }
    let twins = Twins::new(SETUP);
    for line in [
        "address add 192.0.2.21 peer 192.0.2.22/32 dev v0",
        "address add 203.0.113.1/24 remote 203.0.113.2/30 dev v0",
        "address add 198.51.100.9 peer 198.51.100.10/0 dev v0",
        "address add peer 198.51.100.66/26 198.51.100.65 dev v0",
        "address add 2001:db8:5::1 peer 2001:db8:5::2 dev v0 nodad",
        "address change 192.0.2.21 peer 192.0.2.22 dev v0 valid_lft 100 preferred_lft 100",
        "address replace 203.0.113.1 peer 203.0.113.2/30 dev v0 metric 7",
        "address del 192.0.2.21 peer 192.0.2.22 dev v0",
        "address del 203.0.113.1 peer 203.0.113.2/29 dev v0",
        "address add 192.0.2.23 peer bogus dev v0",
        "address add 192.0.2.23 peer 192.0.2.24 remote 192.0.2.25 dev v0",
        "address add 192.0.2.23 peer 2001:db8::24 dev v0",
        "address add peer 2001:db8::24 192.0.2.23 dev v0",
        "-6 address add 192.0.2.23 peer 192.0.2.24 dev v0",
        "address add 192.0.2.23/24 brd 2001:db8::ff dev v0",
        "address add peer 192.0.2.24 dev v0",
        // `+` and `-` from the peer's prefix.
        "address add 203.0.113.5 peer 198.51.100.0/24 brd + dev v0",
        "address add 203.0.113.9/16 peer 198.51.100.9/28 brd - dev v0",
    ] {
        twins.same(&line.split(' ').collect::<Vec<_>>());
    }
}

/// `address flush label PATTERN` (with `dev`, `-4`, a scope): the
/// addresses ip's flush deletes, matched by `fnmatch` on the label, else
/// the link's name; ip's refusal of a missing pattern.
#[test]
fn addresses_are_flushed_by_label_as_ip_does() {
    if !live("addresses_are_flushed_by_label_as_ip_does") {
        return;
    }
    for line in [
        "address flush label v0:*",
        "address flush label v0",
        "address flush label v?:?",
        "address flush dev v1 label v0:*",
        "-4 address flush label v0*",
        "address flush label *:[!x] scope global",
        "address flush label nomatch",
        "address flush label",
    ] {
        Twins::new(ADDR_SETUP).same(&line.split(' ').collect::<Vec<_>>());
    }
}

/// `link set group G SETTINGS...` without a device: one request for every
/// link of the group (`ifi_index` 0, `IFLA_GROUP` G), as ip sends it;
/// `name NAME` without a device names the device; ip's refusals.
#[test]
fn links_are_set_by_group_as_ip_sets_them() {
    if !live("links_are_set_by_group_as_ip_sets_them") {
        return;
    }
    let twins = Twins::new(SETUP);
    for line in [
        "link set v0 group 5",
        "link set v1 group 5",
        "link set group 5 mtu 1400",
        "link set group 5 down",
        "link set group 5 up txqueuelen 7 mtu 1300",
        "link set group 0 down",
        "link set group 7 up",
        "link set group 5 type bridge",
        "link set name v0 mtu 1450",
        "link set group 5 name nosuch0",
        "link set group 5 type bridge stp_state 1",
        "link set group 5 type",
        "link set group bogus up",
        "link set group 5 group 6 up",
        "link set group",
        "link set mtu 1400",
    ] {
        twins.same(&line.split(' ').collect::<Vec<_>>());
    }
}

/// `ip -j ntable show dev v0` without `reachable`, which the kernel draws
/// again at random.
fn ntable_of_v0(ns: &TestNs) -> serde_json::Value {
    let mut json = ns.ip_json(&["ntable", "show", "dev", "v0"]);
    for table in json.as_array_mut().into_iter().flatten() {
        table.as_object_mut().map(|t| t.remove("reachable"));
    }
    json
}

/// Every parameter `ip ntable change` takes, by ip in one twin and by nlw
/// in the other: the same exit codes and the same tables after each line
/// (the twins' state has no neighbour table: compared here). In a
/// namespace other than the first the kernel refuses thresholds and the
/// tables' defaults (exit 2), after it has applied a device's parameters
/// given with them.
#[test]
fn ntable_change_matches_ip() {
    if !live("ntable_change_matches_ip") {
        return;
    }
    let twins = Twins::new(SETUP);
    for line in [
        "ntable change name arp_cache dev v0 queue 0x20 base_reachable 010 retrans 2000 gc_stale 70000 \
         delay_probe 4000 app_probes 1 ucast_probes 4 mcast_probes 5 anycast_delay 900 proxy_delay 700 \
         proxy_queue 32 locktime 500",
        "-6 ntable chg name ndisc_cache dev v0 queue 9 retrans 1500",
        "ntable change name ndisc_cache dev v0 mcast_probes 0",
        "-4 ntable change name ndisc_cache dev v0 queue 7",
        // Taken, and kept as a length in bytes that overflows.
        "ntable change name arp_cache dev v0 queue 4294967295",
        "ntable change name arp_cache dev v0 thresh1 64 thresh2 128 thresh3 256 gc_int 1000 queue 11",
        "ntable change name arp_cache queue 3",
        "ntable change name nosuch dev v0 queue 3",
        "ntable change name arp_cache dev v0 queue",
        "ntable change name arp_cache dev v0",
    ] {
        let words: Vec<&str> = line.split_whitespace().collect();
        twins.same(&words);
        assert_eq!(ntable_of_v0(&twins.ours), ntable_of_v0(&twins.reference), "after {line}");
    }
    let v0 = ntable_of_v0(&twins.ours);
    assert_eq!((v0[0]["name"].as_str(), v0[0]["queue"].as_u64()), (Some("arp_cache"), Some(11)));
}

/// `token set|del` by ip in one twin and by nlw in the other: the same exit
/// codes and the same tokens after each line (the twins' state has no
/// token: `ip -j token` compared here), the kernel's refusals alike.
#[test]
fn tokens_are_set_as_ip_sets_them() {
    if !live("tokens_are_set_as_ip_sets_them") {
        return;
    }
    let twins = Twins::new(SETUP);
    for line in [
        "token set ::1:2:3:4/64 dev v0",
        "token add 2001:db8::5 dev v1",
        "token set ::9 dev v0",
        "token del dev v1",
        "token delete dev v0",
        "token set ::1 dev lo",
        "token set ::1:0:0:1 dev v1",
        "token set x dev v0",
        "token set dev v0",
    ] {
        twins.same(&line.split(' ').collect::<Vec<_>>());
        let tokens = |ns: &TestNs| ns.ip_json(&["token"]);
        assert_eq!(tokens(&twins.ours), tokens(&twins.reference), "after {line}");
    }
    let v1 = twins.ours.ip_json(&["token", "get", "dev", "v1"]);
    assert_eq!(v1[0]["token"], "::1:0:0:1");
}
