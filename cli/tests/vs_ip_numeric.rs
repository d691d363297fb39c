//! `nlw -N` (`-Numeric`) against `ip -N` on a throwaway namespace: the
//! numbers ip prints for the names of its tables (route types, tables,
//! protocols, scopes, dsfields, realms, IP protocols, rule actions, link
//! groups and types), text byte for byte and JSON key for key, alone and
//! with `-d`, `-s`, `-o`, `-br`, in `monitor` and in `-batch` lines.

use std::process::Command;

use nlwire_tests::live::{live, unique_name, TestNs};

mod common;
use common::{lines_until, monitors, prepare, same, same_text};

/// Objects with names in every table ip consults: routes of several types,
/// protocols, tables and scopes, with a tos and realms; rules with a tos,
/// realms, an IP protocol, a group, actions; a link group; nexthops and
/// neighbours with protocols.
const SETUP: &str = "
    link set lo up
    link add v0 type veth peer name v1
    link add v2 type veth peer name v3
    link set v0 group 7
    link set v0 up
    link set v1 up
    link set v2 up
    link set v3 up
    address add 192.0.2.1/24 dev v0
    address add 198.51.100.1/24 dev v2 scope link
    address add 2001:db8::1/64 dev v0
    route add 203.0.113.0/24 via 192.0.2.2 proto static realm 3 tos 0x28
    route add 203.0.113.128/25 dev v0 proto bird scope link table 100 realms 2/4
    route add unreachable 198.51.100.128/25 proto 99
    route add blackhole 203.0.113.64/26 proto zebra
    route add prohibit 2001:db8:1::/48 proto dhcp
    route add local 192.0.2.77 dev v0 table 200 proto ra
    route add 2001:db8:2::/48 via 2001:db8::2 proto boot
    route add 2001:db8:3::/64 encap seg6local action End.T table main dev v0
    rule add to 203.0.113.0/24 realms 3/4 lookup main pref 101
    rule add ipproto tcp dport 80 table 200 pref 102 proto static
    rule add from 198.51.100.0/24 unreachable pref 103
    rule add fwmark 5 prohibit pref 104
    rule add fwmark 9 lookup 100 suppress_ifgroup 7 pref 105
    rule add iif v0 blackhole pref 106
    neigh add 192.0.2.9 lladdr 02:00:5e:00:53:09 dev v0 proto zebra
    neigh add 192.0.2.10 lladdr 02:00:5e:00:53:0a dev v0 proto 44
";

/// Nexthops, once the veths have their carrier (the kernel refuses a
/// nexthop through a device without one).
const NEXTHOPS: &str = "
    nexthop add id 1 via 192.0.2.2 dev v0 proto static
    nexthop add id 2 dev v2 proto 77
    nexthop add id 3 group 1/2 proto zebra
    route add 203.0.113.192/26 nhid 3 proto static table 100
";

/// The namespace of [`SETUP`] and [`NEXTHOPS`].
fn namespace() -> TestNs {
    let ns = TestNs::new();
    prepare(&ns, SETUP);
    for n in 0.. {
        let links = ns.ip_json(&["link", "show"]);
        let carrier =
            |dev: &str| {
                links.as_array().unwrap().iter().any(|l| {
                    l["ifname"] == dev && l["flags"].as_array().unwrap().iter().any(|f| f == "LOWER_UP")
                })
            };
        if carrier("v0") && carrier("v2") {
            break;
        }
        assert!(n < 200, "the veths got no carrier");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    prepare(&ns, NEXTHOPS);
    // An IPv6 rule with a tos of a name in rt_dsfield (`AF11`): a batch
    // line of ip has no `-6`.
    ns.ip(&["-6", "rule", "add", "from", "2001:db8::/32", "tos", "0x28", "lookup", "100", "pref", "107"]);
    ns
}

/// The commands whose output `-N` changes, and what pairs their JSON
/// objects up.
const COMMANDS: [(&str, &[&str]); 15] = [
    ("route show table all", &["dst", "table", "dev"]),
    ("-6 route show table all", &["dst", "table", "dev"]),
    ("route show table 100", &["dst"]),
    ("route show proto bird table all", &["dst"]),
    ("route get 192.0.2.5", &["dst"]),
    ("route get 192.0.2.1", &["dst"]),
    ("rule show", &["priority"]),
    ("-6 rule show", &["priority"]),
    ("link show", &["ifname"]),
    ("address show", &["ifname"]),
    ("-6 address show dev v0", &["ifname"]),
    ("nexthop show", &["id"]),
    ("neigh show", &["dst"]),
    ("link show dev v0", &["ifname"]),
    ("address show dev v2", &["ifname"]),
];

/// `-N` and `-Numeric` (and ip's other spellings) print what ip prints.
#[test]
fn numeric_prints_numbers_as_ip() {
    if !live("numeric_prints_numbers_as_ip") {
        return;
    }
    let ns = namespace();
    for (command, identity) in COMMANDS {
        let words: Vec<&str> = command.split(' ').collect();
        for option in ["-N", "-Numeric", "--Nu"] {
            let args = [&[option][..], &words].concat();
            same_text(&ns, &args);
            same(&ns, &args, identity);
        }
    }
    // The names ip would have printed are gone.
    let text = common::texts(&ns, &["-N", "route", "show", "table", "all"])[0].clone();
    for name in ["\nlocal ", "\nunreachable ", "proto kernel", "scope host", "table local", "tos AF11"] {
        assert!(!text.contains(name), "{name:?} in {text}");
    }
    assert!(text.contains(" encap seg6local action End.T table 254 "), "{text}");
    assert!(text.contains("2 192.0.2.77 dev v0 table 200 proto 9 scope 254 "), "{text}");
}

/// `-N` with the options that change what is printed: details, counters,
/// one line per object, brief.
#[test]
fn numeric_with_other_options_prints_as_ip() {
    if !live("numeric_with_other_options_prints_as_ip") {
        return;
    }
    let ns = namespace();
    for options in [&["-N", "-d"][..], &["-N", "-s"], &["-N", "-o"], &["-d", "-N", "-s"]] {
        for (command, identity) in COMMANDS {
            // nlw's `route get` lacks ip's `-s` (the cache's `users` and
            // `age`) and `-o` (its `cache` line joined).
            if options != ["-N", "-d"] && command.starts_with("route get") {
                continue;
            }
            let args = [options, &command.split(' ').collect::<Vec<_>>()].concat();
            same_text(&ns, &args);
            // ip's `-o -j address` groups each address apart (nlw does not).
            if !(options.contains(&"-o") && command.contains("address")) {
                same(&ns, &args, identity);
            }
        }
    }
    for command in ["link show", "address show"] {
        let args = [&["-N", "-br"][..], &command.split(' ').collect::<Vec<_>>()].concat();
        same_text(&ns, &args);
        same(&ns, &args, &["ifname"]);
    }
    let details = common::texts(&ns, &["-N", "-d", "route", "show", "table", "all"])[0].clone();
    assert!(details.contains("1 192.0.2.0/24 dev v0 table 254 proto 2 scope 253 "), "{details}");
}

/// `nlw -N monitor` prints the events as `ip -N monitor` does.
#[test]
fn numeric_monitor_prints_as_ip() {
    if !live("numeric_monitor_prints_as_ip") {
        return;
    }
    let ns = namespace();
    let [(_ours, ours_rx), (_theirs, theirs_rx)] = monitors(&ns, &["-N", "monitor"], |probe| {
        ns.ip(&["link", "set", "lo", "alias", &format!("probe{probe}")]);
    });
    ns.ip_batch(
        "route add 203.0.113.200/32 dev v0 proto bird table 100
        address add 192.0.2.33/32 dev v2 scope host
        nexthop add id 9 dev v2 proto zebra
        neigh add 192.0.2.44 lladdr 02:00:5e:00:53:44 dev v0 proto 3
        link set v0 group 0
        rule add pref 300 lookup 100 proto 7",
    );
    let [ours, theirs] = [&ours_rx, &theirs_rx].map(|rx| {
        let lines = lines_until(rx, "300:");
        let first = lines.iter().position(|l| l.starts_with("203.0.113.200 ")).expect("the route's event");
        lines[first..].to_vec()
    });
    assert!(theirs.iter().any(|l| l.contains(" table 100 proto 12 scope 253 ")), "{theirs:#?}");
    assert_eq!(ours, theirs, "nlw -N monitor, then ip -N monitor");
}

/// `nlw -N -batch` prints its lines' objects as `ip -N -batch`.
#[test]
fn numeric_batch_prints_as_ip() {
    if !live("numeric_batch_prints_as_ip") {
        return;
    }
    let ns = namespace();
    let path = std::env::temp_dir().join(format!("{}.numeric.batch", ns.name));
    std::fs::write(&path, "route show table all\nrule show\nlink show dev v0\nnexthop show\nneigh show\n")
        .unwrap();
    let path = path.to_str().unwrap();
    for options in [&["-N"][..], &["-N", "-j"], &["-N", "-d"]] {
        let args = [options, &["-batch", path]].concat();
        let [ours, theirs] = common::texts(&ns, &args);
        assert!(theirs.contains("lookup 255") || theirs.contains(r#""table":"255""#), "{theirs}");
        assert_eq!(ours, theirs, "{args:?}: ours, then ip's");
    }
    let _ = std::fs::remove_file(path);
}

/// What ip refuses, nlw refuses, before anything is sent: `-numeric` is
/// not an option of ip 6.1 (`-N` to `-Numeric` are), `-N` not one of
/// bridge 6.1.
#[test]
fn numeric_bad_spellings_fail_as_ip() {
    if !live("numeric_bad_spellings_fail_as_ip") {
        return;
    }
    let ns = namespace();
    let dir = std::env::temp_dir().join(unique_name());
    std::fs::create_dir(&dir).unwrap();
    let named = dir.join("bridge");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_nlw"), &named).unwrap();
    let bridge =
        |program: &str| Command::new(program).args(["-n", &ns.name, "-N", "link", "show"]).output().unwrap();
    let (theirs, ours) = (bridge("bridge"), bridge(named.to_str().unwrap()));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(theirs.status.code(), Some(255), "bridge -N");
    assert_eq!(ours.status.code(), theirs.status.code(), "nlw as bridge -N");
    assert!(ours.stdout.is_empty(), "nlw as bridge -N");
    for stderr in [&theirs.stderr, &ours.stderr] {
        assert!(String::from_utf8_lossy(stderr).contains("Option \"-N\" is unknown"), "bridge -N");
    }
    for bad in ["-numeric", "-Numerics", "-Nx"] {
        let run = |program: &str| {
            Command::new(program).args(["-n", &ns.name, bad, "link", "show"]).output().unwrap()
        };
        let (theirs, ours) = (run("ip"), run(env!("CARGO_BIN_EXE_nlw")));
        assert_eq!(theirs.status.code(), Some(255), "ip {bad}");
        assert_eq!(ours.status.code(), theirs.status.code(), "nlw {bad}");
        assert!(ours.stdout.is_empty(), "nlw {bad}");
        let message = format!("Option \"{bad}\" is unknown");
        assert!(String::from_utf8_lossy(&theirs.stderr).contains(&message), "ip {bad}");
        assert!(String::from_utf8_lossy(&ours.stderr).contains(&message), "nlw {bad}");
    }
}
