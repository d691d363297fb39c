//! `nlw neigh get`, `nlw link property add|del` and `nlw addrlabel`
//! against ip 6.1 on throwaway namespaces: lookups printed as ip prints
//! them (text and `-j`, errors and exit codes alike), changes made by ip in
//! one twin and by nlw in the other and compared as ip reads them back,
//! bad arguments refused before anything is sent.

use std::process::Command;

use nlwire_tests::live::{live, TestNs};

mod common;
use common::{ended, nlw, state, Ended, Twins};

/// `program -n NS args...`, ended.
fn run(program: &str, ns: &TestNs, args: &[&str]) -> Ended {
    ended(Command::new(program).arg("-n").arg(&ns.name).args(args).output().unwrap())
}

/// nlw and ip end alike on `args` in `ns`: exit code, stdout and stderr.
fn same_ending(ns: &TestNs, args: &[&str]) {
    let ours = run(env!("CARGO_BIN_EXE_nlw"), ns, args);
    let theirs = run("ip", ns, args);
    assert_eq!(ours, theirs, "{args:?}: nlw's (code, stdout, stderr), then ip's");
}

/// Neighbours of every kind `neigh get` finds (a permanent IPv4 entry, a
/// stale IPv6 router, a NOARP one that `show` hides, a proxy entry with and
/// without a device), and some it does not: each looked up by nlw and by ip,
/// with and without `-j` (ip 6.1 prints text either way), the same output,
/// errors and exit codes.
#[test]
fn neigh_get_prints_what_ip_prints() {
    if !live("neigh_get_prints_what_ip_prints") {
        return;
    }
    let ns = TestNs::new();
    ns.ip_batch(
        "link add v0 type veth peer name v1
         link set v0 up
         link set v1 up
         neigh add 192.0.2.9 lladdr 02:00:5e:00:53:09 dev v0 nud permanent
         neigh add 2001:db8::9 lladdr 02:00:5e:00:53:0a dev v0 nud stale router
         neigh add 192.0.2.10 dev v0 nud noarp
         neigh add proxy 192.0.2.5 dev v0
         neigh add proxy 2001:db8::5 dev v0\n",
    );
    for line in [
        "neigh get 192.0.2.9 dev v0",
        "neigh get to 192.0.2.9 dev v0",
        "neigh get 2001:db8::9 dev v0",
        "neigh get 192.0.2.10 dev v0",
        "neigh get proxy 192.0.2.5 dev v0",
        "neigh g p 192.0.2.5 dev v0",
        "neigh get proxy 2001:db8::5 dev v0",
        // The kernel's refusals: exit 2 with its words.
        "neigh get 192.0.2.77 dev v0",
        "neigh get 192.0.2.9 dev v1",
        "neigh get proxy 192.0.2.5",
        "neigh get proxy 192.0.2.77 dev v0",
        // ip's own (exit 1).
        "neigh get 192.0.2.9",
        "neigh get dev v0",
        "neigh get 192.0.2.9 dev nosuch0",
        "-4 neigh get 2001:db8::9 dev v0",
    ] {
        let args: Vec<&str> = line.split_whitespace().collect();
        same_ending(&ns, &args);
        same_ending(&ns, &[&["-j"], &args[..]].concat());
    }
}

/// Alternative names added and removed by ip in one twin and by nlw in the
/// other (several at once, by the link's own name and by an alternative
/// one, `dev` left out, abbreviated keywords), and refused alike (a name
/// taken, one not there, a device not there): after each, the same exit
/// code and the same links, altnames included, and `link show` prints
/// them as ip does.
#[test]
fn link_property_changes_match_ip() {
    if !live("link_property_changes_match_ip") {
        return;
    }
    let twins = Twins::new("link add v0 type veth peer name v1");
    let longest = format!("link property add dev v1 altname {}", "a".repeat(127));
    for line in [
        "link property add dev v0 altname uplink",
        "link property add dev v0 altname wan altname wan2",
        "link property add dev uplink altname via-altname",
        "link prop a v1 alt peer-side",
        "link property add dev v0",
        "link property del dev v0 altname wan2",
        "link property d dev uplink altname wan",
        longest.as_str(),
        // Refused by the kernel: exit 2, nothing changed.
        "link property add dev v0 altname uplink",
        "link property add dev v0 altname v1",
        "link property del dev v0 altname nothere",
        // Refused by ip: exit 1 or 255.
        "link property add dev nosuch0 altname x",
        "link property delete dev v0 altname uplink",
    ] {
        let args: Vec<&str> = line.split_whitespace().collect();
        twins.same(&args);
    }
    for ns in [&twins.reference, &twins.ours] {
        same_ending(ns, &["link", "show"]);
        same_ending(ns, &["-j", "link", "show", "dev", "peer-side"]);
    }
}

/// `addrlabel list` of the twins, text and JSON, as ip prints them.
fn labels(ns: &TestNs) -> (String, String) {
    (run("ip", ns, &["addrlabel", "list"]).1, run("ip", ns, &["-j", "addrlabel"]).1)
}

/// The kernel's labels listed by nlw as ip lists them (text, `-j`, `-j -p`);
/// labels added and deleted by ip in one twin and by nlw in the other (with
/// and without a device, a label in octal, words ip passes over), refused
/// alike (a label there already, one not there), then flushed: after each,
/// the same exit code and the same table, and nlw lists it as ip does. As
/// ip's, the flush deletes the kernel's own labels too.
#[test]
fn addrlabel_lists_and_changes_match_ip() {
    if !live("addrlabel_lists_and_changes_match_ip") {
        return;
    }
    let twins = Twins::new("link add v0 type veth peer name v1");
    for ns in [&twins.reference, &twins.ours] {
        for args in [
            &["addrlabel"][..],
            &["addrlabel", "list"],
            &["-j", "addrlabel", "show"],
            &["-j", "-p", "addrl", "lst"],
        ] {
            same_ending(ns, args);
        }
    }
    for line in [
        "addrlabel add prefix 2001:db8:1::/48 label 100",
        "addrlabel add prefix 2001:db8:2::/48 dev v0 label 200",
        "addrlabel add prefix 2001:db8:3::/64 label 010 dev v1",
        "addrlabel add prefix 2001:db8:4::/64 label 0x10 unknown words",
        "addrlabel add prefix 2001:db8:5::1 label 5",
        // Refused by the kernel: exit 2, nothing changed.
        "addrlabel add prefix 2001:db8:1::/48 label 7",
        "addrlabel del prefix 2001:db8:9::/48 label 1",
        "addrlabel del prefix 2001:db8:2::/48 label 200",
        "addrlabel delete prefix 2001:db8:2::/48 dev v0 label 1",
        "addrlabel d prefix 2001:db8:1::/48 label 100",
        "addrlabel add prefix ::/0 label 9",
    ] {
        let args: Vec<&str> = line.split_whitespace().collect();
        twins.same(&args);
        assert_eq!(labels(&twins.ours), labels(&twins.reference), "{args:?}: the label tables differ");
    }
    for ns in [&twins.reference, &twins.ours] {
        same_ending(ns, &["addrlabel"]);
        same_ending(ns, &["-j", "addrlabel"]);
    }
    twins.same(&["addrlabel", "flush"]);
    assert_eq!(labels(&twins.ours), labels(&twins.reference), "after flush");
    assert_eq!(labels(&twins.ours).0, "", "flush deletes the kernel's labels too, as ip's");
    twins.same(&["addrlabel", "flush"]);
    twins.same(&["addrlabel", "add", "prefix", "2001:db8:6::/48", "label", "6"]);
    assert_eq!(labels(&twins.ours), labels(&twins.reference), "after an add to an empty table");
}

/// What ip's parsers refuse, nlw refuses before it sends anything, with
/// ip's exit code and words; what ip sends and the kernel refuses (an
/// altname over 127 bytes, an IPv4 prefix's label) nlw refuses unsent with
/// the kernel's exit code, 2. Nothing changes: links, neighbours, labels.
#[test]
fn bad_arguments_are_refused_before_anything_is_sent() {
    if !live("bad_arguments_are_refused_before_anything_is_sent") {
        return;
    }
    let ns = TestNs::new();
    ns.ip_batch("link add v0 type veth peer name v1\nneigh add 192.0.2.9 lladdr 02:00:5e:00:53:09 dev v0\n");
    let too_long = "b".repeat(128);
    let cases: [(&[&str], &str, i32); 24] = [
        (&["neigh", "get", "192.0.2.9"], "Device and address are required arguments.", 1),
        (&["neigh", "get", "192.0.2.9", "dev", "v0", "junk"], "either \"to\" is duplicate, or \"junk\"", 255),
        (&["neigh", "get", "proxy", "192.0.2.9", "proxy", "192.0.2.8"], "duplicate \"address\"", 255),
        (&["neigh", "get", "dev"], "Command line is not complete", 255),
        (&["neigh", "get", "bogus", "dev", "v0"], "any valid address is expected rather than \"bogus\"", 1),
        (&["neigh", "get", "192.0.2.9", "dev", "nosuch0"], "Cannot find device \"nosuch0\"", 1),
        (&["link", "property", "add", "altname", "x"], "\"dev\" argument is required", 255),
        (&["link", "property", "add", "dev", "v0", "altname", "a b"], "not a valid altname", 255),
        (&["link", "property", "add", "dev", "v0", "altname", "a/b"], "not a valid altname", 255),
        (&["link", "property", "add", "dev", "v0", "altname"], "Command line is not complete", 255),
        (&["link", "property", "set", "dev", "v0", "altname", "x"], "Operator required", 255),
        (&["link", "property", "add", "dev", "v0", "junk"], "either \"dev\" is duplicate, or \"junk\"", 255),
        (&["link", "property", "add", "dev", "v0", "altname", &too_long], "longer than 127 bytes", 2),
        (&["link", "property", "add", "dev", "nosuch0", "altname", "x"], "Cannot find device \"nosuch0\"", 1),
        (&["addrlabel", "add", "prefix", "2001:db8::/32"], "\"label\" argument is required", 1),
        (&["addrlabel", "add", "label", "3"], "\"prefix\" argument is required", 1),
        (&["addrlabel", "add", "prefix", "2001:db8::/32", "label", "0xffffffff"], "label is invalid", 255),
        (&["addrlabel", "add", "prefix", "2001:db8::/32", "label", "x"], "label is invalid", 255),
        (
            &["addrlabel", "add", "prefix", "2001:db8::/32", "label", "3", "dev", "nosuch0"],
            "dev is invalid",
            255,
        ),
        (&["addrlabel", "add", "prefix", "bogus", "label", "3"], "any valid prefix is expected", 1),
        (&["addrlabel", "add", "prefix", "192.0.2.0/24", "label", "3"], "IPv6 prefixes", 2),
        (&["addrlabel", "list", "x"], "does not take any arguments", 1),
        (&["addrlabel", "flush", "x"], "does not allow extra arguments", 1),
        (&["addrlabel", "frob"], "Command \"frob\" is unknown", 255),
    ];
    let before = (state(&ns), labels(&ns));
    for (args, message, code) in cases {
        let out = nlw(&ns, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert_eq!(run("ip", &ns, args).0, Some(code), "{args:?}: ip's exit code");
        assert_eq!((state(&ns), labels(&ns)), before, "{args:?} changed something");
    }
}

/// `ip mrule`: the rules of multicast routing, which this kernel lacks
/// (no `CONFIG_IP_MROUTE_MULTIPLE_TABLES`): every command ends as ip's
/// (the kernel's refusal and `Dump terminated` of a listing or flush, exit
/// 255; a change's refusal, exit 2; ip's `rule` usage and its refusal of an
/// IP prefix for the family, exit 1; `-0`'s family refused, exit 255), and
/// nothing changes.
#[test]
fn multicast_rules_end_as_ips_on_a_kernel_without_them() {
    if !live("multicast_rules_end_as_ips_on_a_kernel_without_them") {
        return;
    }
    let ns = TestNs::new();
    ns.ip_batch("link add v0 type veth peer name v1");
    let before = state(&ns);
    for args in [
        &["mrule"][..],
        &["mrule", "show"],
        &["mru", "list", "table", "5"],
        &["-6", "mrule", "show", "iif", "v0"],
        &["-j", "mrule", "show"],
        &["-4", "mrule", "flush"],
        &["-0", "mrule", "show"],
        &["mrule", "add", "iif", "v0", "table", "5"],
        &["-6", "mrule", "del", "iif", "v0", "table", "5"],
        &["mrule", "add", "from", "192.0.2.0/24", "table", "5"],
        &["mrule", "show", "to", "2001:db8::/32"],
        &["mrule", "add"],
        &["mrule", "frob"],
    ] {
        let (code, stdout, stderr) = run("ip", &ns, args);
        // ip's words name ip where nlw's name nlw.
        let theirs = (code, stdout, stderr.replace("\"ip ", "\"nlw "));
        assert_eq!(run(env!("CARGO_BIN_EXE_nlw"), &ns, args), theirs, "{args:?}: nlw, then ip");
    }
    let help = |program: &str| run(program, &ns, &["mrule", "help"]);
    let (ours, theirs) = (help(env!("CARGO_BIN_EXE_nlw")), help("ip"));
    assert_eq!((ours.0, &ours.1), (theirs.0, &theirs.1), "mrule help");
    assert!(ours.2.starts_with("Usage: nlw rule ") && theirs.2.starts_with("Usage: ip rule "), "{}", ours.2);
    assert_eq!(state(&ns), before);
}

/// Multicast rules as a kernel with them sends them (`struct
/// fib_rule_hdr` of family `RTNL_FAMILY_IPMR` or `_IP6MR` and `FRA_*`
/// attributes, laid out by hand from linux/fib_rules.h), printed as ip
/// 6.1 prints them (`ip [-d] [-N] monitor file`): iif, oif, fwmark,
/// tables, `not`, a deletion, and the `???` ip names an address of such a
/// family by.
#[test]
fn multicast_rules_print_as_ip_prints_them() {
    if !live("multicast_rules_print_as_ip_prints_them") {
        return;
    }
    let ns = TestNs::new();
    let attr = |kind: u16, payload: &[u8]| {
        let mut a = ((4 + payload.len()) as u16).to_ne_bytes().to_vec();
        a.extend(kind.to_ne_bytes());
        a.extend_from_slice(payload);
        a.resize(a.len().next_multiple_of(4), 0);
        a
    };
    let u32_attr = |kind: u16, value: u32| attr(kind, &value.to_ne_bytes());
    // RTM_NEWRULE (32) or RTM_DELRULE (33).
    let rule = |kind: u16, family: u8, table: u8, action: u8, flags: u32, attrs: &[Vec<u8>]| {
        let mut body = vec![family, 0, 0, 0, table, 0, 0, action];
        body.extend(flags.to_ne_bytes());
        body.extend(attrs.concat());
        let mut msg = ((16 + body.len()) as u32).to_ne_bytes().to_vec();
        msg.extend(kind.to_ne_bytes());
        msg.extend([0u8; 10]);
        msg.extend(body);
        msg
    };
    // FRA_IIFNAME 3, FRA_PRIORITY 6, FRA_FWMARK 10, FRA_TABLE 15,
    // FRA_OIFNAME 17, FRA_DST 1; FR_ACT_TO_TBL 1, FR_ACT_BLACKHOLE 6;
    // FIB_RULE_INVERT 2.
    let file = [
        rule(32, 128, 253, 1, 0, &[u32_attr(6, 32766), u32_attr(15, 253)]),
        rule(32, 128, 0, 1, 0, &[u32_attr(6, 100), attr(3, b"v0\0"), u32_attr(15, 1000), u32_attr(10, 5)]),
        rule(33, 129, 254, 1, 0, &[u32_attr(6, 200), attr(17, b"v1\0"), u32_attr(15, 254)]),
        rule(32, 128, 100, 1, 2, &[u32_attr(6, 300)]),
        rule(32, 129, 5, 6, 0, &[u32_attr(6, 400), attr(1, &[0; 16])]),
    ]
    .concat();
    let path = std::env::temp_dir().join(format!("{}.mrules", ns.name));
    std::fs::write(&path, file).unwrap();
    for options in [&[][..], &["-d"], &["-N"]] {
        let printed = |program: &str| {
            let args = [&["-n", &ns.name][..], options, &["monitor", "file"]].concat();
            ended(Command::new(program).args(args).arg(&path).output().unwrap())
        };
        let theirs = printed("ip");
        assert!(
            theirs.1.contains("fwmark 0x5 iif v0 lookup 1000") && theirs.1.contains(" to ??? "),
            "{}",
            theirs.1
        );
        assert_eq!(printed(env!("CARGO_BIN_EXE_nlw")), theirs, "{options:?} monitor file: nlw, then ip");
    }
    let _ = std::fs::remove_file(&path);
}
