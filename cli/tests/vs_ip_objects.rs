//! `nlw tuntap`, `nlw maddress` and `nlw vrf` against ip 6.1 on throwaway
//! namespaces: changes made by ip in one twin and by nlw in the other and
//! compared as ip reads them back, listings compared text line for line
//! and JSON key for key, bad arguments refused before anything is sent.

use std::process::Command;

use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

mod common;
use common::{nlw, same, same_text, Twins};

/// Words of a command line.
fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// What ip reads back of a namespace's tun and tap devices: `ip tuntap
/// show` (sysfs, as `ip -n` mounts it), and each device's link info from
/// `ip -d -j link show` (mode, pi, vnet_hdr, multi_queue, persist, owner,
/// group).
fn tun_devices(ns: &TestNs) -> (String, Vec<Value>) {
    let out = Command::new("ip").args(["-n", &ns.name, "tuntap", "show"]).output().unwrap();
    assert!(out.status.success(), "ip tuntap show: {}", String::from_utf8_lossy(&out.stderr));
    let links = ns.ip_json(&["-d", "link", "show"]);
    let infos = links
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["linkinfo"]["info_kind"] == "tun")
        .map(|l| serde_json::json!({"ifname": l["ifname"], "info_data": l["linkinfo"]["info_data"]}))
        .collect();
    (String::from_utf8(out.stdout).unwrap(), infos)
}

/// Devices of every mode and flag `ip tuntap add` takes, made by ip in one
/// twin and by nlw in the other, then some removed: after each command the
/// same exit code, the same links, and the same devices as ip reads them
/// back (flags, owner, group). Refused commands (a second mode, a device
/// that exists, `del` in the wrong mode) refuse alike and change nothing.
#[test]
fn tuntap_add_and_del_match_ip() {
    if !live("tuntap_add_and_del_match_ip") {
        return;
    }
    let twins = Twins::new("");
    for line in [
        "tuntap add tun0 mode tun",
        "tuntap add dev tap0 mode tap",
        "tuntap add name t2 mode tun pi vnet_hdr",
        "tuntap add mode tap multi_queue user 1000 group 100 dev t3",
        "tuntap add t4 mode tun user root group root",
        "tuntap add t5 m tap p v mu",
        "tap add t6 mode tun user -1",
        "tuntap add t7 mode tun one_queue",
        // The kernel's name for an unnamed device: tun0 is taken, so tun1.
        "tuntap add mode tun",
        // Refused by the kernel: exit 1, nothing changed.
        "tuntap add tun0 mode tun",
        "tuntap del t2 mode tap",
        // Refused by ip's parser.
        "tuntap add t9 mode tun mode tap",
        "tuntap add t9 mode bogus",
        "tuntap add t9",
        "tuntap add t9 mode tun user no-such-user",
        "tuntap add t9 t10 mode tun",
        "tuntap add dev a/b mode tun",
        "tuntap add t9 mode",
        "tuntap del t2 mode tun user 1",
        // Removed.
        "tuntap del t2 mode tun",
        "tuntap delete dev tap0 mode tap",
        "tuntap del t7 mode tun one_queue",
        // Nothing to remove: ip makes the device and it goes at once.
        "tuntap del t9 mode tun",
    ] {
        let (theirs, ours) = twins.same(&words(line));
        assert_eq!(tun_devices(&twins.ours), tun_devices(&twins.reference), "after {line}");
        // The kernel's refusals in ip's words (`perror`).
        if theirs.stderr.starts_with("ioctl(") {
            assert_eq!(ours.stderr, theirs.stderr, "{line}");
        }
    }
    // nlw lists what it made as ip does: text and JSON.
    same_text(&twins.ours, &["tuntap", "show"]);
    same_text(&twins.ours, &["tuntap"]);
    same(&twins.ours, &["tuntap", "list"], &["ifname"]);
}

/// Bad arguments: refused with ip's exit code and words, before anything
/// is sent (no device made, no namespace entered).
#[test]
fn bad_arguments_fail_before_anything_is_sent() {
    if !live("objects: bad_arguments_fail_before_anything_is_sent") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let before = ns.ip_json(&["-d", "link", "show"]);
    // Groups added by hand (`static`): the kernel joins others by itself.
    let added_by_hand = || -> Vec<Value> {
        let listing = ns.ip_json(&["maddress", "show"]);
        let interfaces = listing.as_array().unwrap().iter();
        interfaces
            .flat_map(|i| i["maddr"].as_array().unwrap().clone())
            .filter(|m| m["features"] == "static")
            .collect()
    };
    let maddr_before = added_by_hand();
    let cases: &[(&str, &str, i32)] = &[
        ("tuntap add t0 mode tun mode tap", "more than one tunnel mode", 255),
        ("tuntap add t0 mode bogus", "Unknown tunnel mode \"bogus\"", 255),
        ("tuntap add t0", "You failed to specify a tunnel mode", 1),
        ("tuntap add t0 mode tun user no-such-user", "invalid user \"no-such-user\"", 255),
        ("tuntap add t0 mode tun group no-such-group", "invalid group \"no-such-group\"", 255),
        ("tuntap add t0 t1 mode tun", "\"t1\" is a garbage", 255),
        ("tuntap add dev 0123456789abcdef mode tun", "\"dev\" not a valid ifname", 255),
        ("tuntap add t0 mode", "Command line is not complete", 255),
        ("tuntap add t0 mode tun help", "Usage: nlw tuntap", 255),
        ("tuntap frobnicate", "Command \"frobnicate\" is unknown", 255),
        // ip ignores words after `show`; nlw refuses them rather than list
        // every device when one was asked for.
        ("tuntap show dev t0", "takes no arguments", 255),
        ("maddress show dev v0 v1", "\"v1\" is a garbage", 255),
        ("maddress show dev", "Command line is not complete", 255),
        ("maddress frobnicate", "Command \"frobnicate\" is unknown", 255),
        ("maddress help", "Usage: nlw maddress", 255),
        ("maddress show help", "Usage: nlw maddress", 255),
        ("vrf show a b", "Usage: nlw vrf", 255),
        ("vrf frobnicate", "Command \"frobnicate\" is unknown", 255),
        ("vrf exec blue true", "not supported", 255),
        ("maddress add 01:00:5e:01:02:03", "\"dev\" is required", 255),
        ("maddress del 01:00:5e:01:02:03 dev v0 dev v1", "duplicate \"dev\"", 255),
        ("maddress add 01:00:5e:01:02:03 01:00:5e:01:02:04 dev v0", "duplicate \"address\"", 255),
        ("maddress add 01:00:5e:01:02:03 dev 0123456789abcdefg", "not a valid ifname", 255),
        ("maddress add 01:00:5e:01:02:03 dev v0 help", "Usage: nlw maddress", 255),
        ("maddress add dev v0 address", "Command line is not complete", 255),
        ("maddress add 01:00:5e:01:02 dev v0", "Invalid address length 5 - must be 6 bytes", 1),
        ("maddress add 192.0.2.1 dev v0", "Invalid address length 4 - must be 6 bytes", 1),
        ("maddress add 01:00:5e:01:02:zz dev v0", "\"zz\" is invalid lladdr.", 1),
        ("maddress del 01:00:5e:01:02:100 dev v0", "\"100\" is invalid lladdr.", 1),
    ];
    for (line, message, code) in cases {
        let out = nlw(&ns, &words(line));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{line}: {stderr}");
        assert!(stderr.contains(message), "{line}: {stderr}");
    }
    assert_eq!(ns.ip_json(&["-d", "link", "show"]), before, "nothing changed");
    assert_eq!(added_by_hand(), maddr_before, "nothing changed");
}

/// The multicast addresses of a namespace with a veth pair, a bridge (which
/// joins groups of its own) and link-layer addresses added by hand, one
/// twice: nlw lists them as ip does, whole, by family and by device, text
/// and JSON; the devices of `-n` are the ones listed, not the caller's.
#[test]
fn maddress_show_matches_ip() {
    if !live("maddress_show_matches_ip") {
        return;
    }
    let ns = TestNs::new();
    // No IPv6 addresses (`prepare`), so no groups joined for them later.
    common::prepare(
        &ns,
        "link add v0 type veth peer name v1
         link add br0 type bridge
         link set v0 master br0
         link set v0 up
         link set v1 up
         link set br0 up
         link set lo up
         maddress add 01:00:5e:01:02:03 dev v1
         maddress add 33:33:00:00:00:09 dev v1
         maddress add 33:33:00:00:00:09 dev br0",
    );
    // The kernel joins some groups a moment after a link goes up (the
    // bridge's router discovery): wait until ip lists the same a few times.
    let (mut last, mut same_reads) = (Value::Null, 0);
    for _ in 0..200 {
        let now = ns.ip_json(&["maddress", "show"]);
        same_reads = if now == last { same_reads + 1 } else { 0 };
        if same_reads == 5 {
            break;
        }
        last = now;
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    for line in [
        "maddress show",
        "maddress",
        "maddr list",
        "m",
        "-4 maddress show",
        "-6 maddress show",
        "maddress show dev v1",
        "maddress show br0",
        "-6 maddress show dev br0",
    ] {
        same_text(&ns, &words(line));
        same(&ns, &words(line), &["ifindex"]);
    }
    // No such device: nothing, as ip.
    let [ours, theirs] = common::texts(&ns, &words("maddress show dev nosuch0"));
    assert_eq!((ours.as_str(), theirs.as_str()), ("", ""));
}

/// Link-layer addresses added and removed by ip in one twin and by nlw in
/// the other (`address` before it or not, `dev` first or last, an address
/// added twice, which the kernel counts as one use by hand, then removed):
/// after each command the same exit code
/// and the same listing (`ip -j maddress show`, which marks an address added
/// by hand `static` and counts its users). The kernel's refusals (no such
/// device; `lo`, which has no multicast filter; an address not added)
/// change nothing and are reported in ip's words, as are the parser's.
#[test]
fn maddress_add_and_del_match_ip() {
    if !live("maddress_add_and_del_match_ip") {
        return;
    }
    let twins = Twins::new("link add v0 type veth peer name v1");
    let listing = |ns: &TestNs| ns.ip_json(&["maddress", "show"]);
    for line in [
        "maddress add 01:00:5e:01:02:03 dev v0",
        "maddress add address 33:33:00:00:00:09 dev v0",
        "maddr a dev v1 a 01:00:5e:01:02:03",
        "maddress add 01:00:5e:01:02:03 dev v0",
        "maddress add 0x1:+0:5e:1:2:4x dev v1",
        "maddress del 01:00:5e:01:02:03 dev v0",
        "maddress delete dev v1 01:00:5e:01:02:04",
        // An address whose first byte is 0 does not count for ip's
        // duplicate check: the second one is added.
        "maddress add 00:00:5e:01:02:05 01:00:5e:01:02:06 dev v0",
        // Refused by the kernel: exit 1, nothing changed.
        "maddress add 01:00:5e:01:02:07 dev nosuch0",
        "maddress add 01:00:5e:01:02:07 dev lo",
        "maddress del 01:00:5e:01:02:08 dev v0",
        // Refused by ip's parser.
        "maddress add 01:00:5e:01:02 dev v0",
        "maddress add 1::2 dev v0",
        "maddress add 01:00:5e:01:02:03",
        "maddress add 01:00:5e:01:02:03 dev v0 dev v1",
    ] {
        let (theirs, ours) = twins.same(&words(line));
        assert_eq!(listing(&twins.ours), listing(&twins.reference), "after {line}");
        assert_eq!(ours.stderr, theirs.stderr, "{line}");
    }
    let on_v0 = listing(&twins.ours);
    let on_v0 = on_v0.as_array().unwrap().iter().find(|i| i["ifname"] == "v0").unwrap();
    let by_hand: Vec<&Value> = on_v0["maddr"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["features"] == "static")
        .map(|m| &m["link"])
        .collect();
    assert_eq!(by_hand, ["33:33:00:00:00:09", "01:00:5e:01:02:06"]);
}

/// `ip vrf show` on a namespace: this kernel has no `vrf` kind, so the
/// listing is the empty one, heading and all (the listing of VRFs is
/// checked against ip's rules from kernel-shaped messages in
/// `cli/src/vrf.rs`); `vrf show default` is the main table, as ip makes it
/// when no device has that name.
#[test]
fn vrf_show_matches_ip() {
    if !live("vrf_show_matches_ip") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    for line in ["vrf show", "vrf", "vrf list", "vrf show default", "-j vrf show default"] {
        same_text(&ns, &words(line));
    }
    same(&ns, &words("vrf show"), &["name"]);
    let [ours, theirs] = common::texts(&ns, &words("-j vrf"));
    assert_eq!(ours, theirs);
    // Not a VRF, or no such device: ip's words and exit code.
    for line in ["vrf show v0", "vrf show nosuch0", "vrf show a-name-that-is-too-long"] {
        let (out, ip) = (
            nlw(&ns, &words(line)),
            Command::new("ip").arg("-n").arg(&ns.name).args(words(line)).output().unwrap(),
        );
        assert_eq!(out.status.code(), ip.status.code(), "{line}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "Invalid VRF\n", "{line}");
        assert!(out.stdout.is_empty(), "{line}");
    }
}

/// `-d tuntap show`: a device held open by a process is listed with it
/// (`Attached to processes:python3(PID)`), one held by none with none, as
/// ip lists them; in JSON the process as `{"name", "pid"}`. The holder is a
/// python3 that attaches with `TUNSETIFF` (`_IOW('T', 202, int)`, flags
/// `IFF_TUN | IFF_NO_PI`) and waits for its stdin to close.
#[test]
fn tuntap_details_name_the_attached_processes() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    if !live("tuntap_details_name_the_attached_processes") {
        return;
    }
    if !Command::new("python3").arg("-V").output().is_ok_and(|o| o.status.success()) {
        nlwire_tests::live::skip("tuntap_details_name_the_attached_processes", "needs python3");
        return;
    }
    let ns = TestNs::new();
    // Names no other process on the machine holds: ip matches by name.
    let (held, free) =
        (format!("held{}", std::process::id() % 100_000), format!("free{}", std::process::id() % 100_000));
    ns.ip(&["tuntap", "add", &held, "mode", "tun"]);
    ns.ip(&["tuntap", "add", &free, "mode", "tap"]);
    let script = format!(
        "import fcntl, os, struct, sys\n\
         fd = os.open('/dev/net/tun', os.O_RDWR)\n\
         fcntl.ioctl(fd, 0x400454ca, struct.pack('16sH22x', b'{held}', 0x1001))\n\
         print('ready', flush=True)\n\
         sys.stdin.read()\n"
    );
    let mut holder = Command::new("ip")
        .args(["netns", "exec", &ns.name, "python3", "-c", &script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut ready = String::new();
    BufReader::new(holder.stdout.as_mut().unwrap()).read_line(&mut ready).unwrap();
    assert_eq!(ready, "ready\n");
    same_text(&ns, &["-d", "tuntap", "show"]);
    let json = common::nlw_json(&ns, &["-d", "tuntap", "show"]);
    let pid = holder.id();
    assert_eq!(json[0]["ifname"], held.as_str());
    assert_eq!(json[0]["processes"], serde_json::json!([{"name": "python3", "pid": pid}]));
    assert_eq!(json[1]["processes"], serde_json::json!([]));
    drop(holder.stdin.take());
    holder.wait().unwrap();
}

/// What moves by itself in `ip ntable show`: `reachable` (drawn again at
/// random every few minutes), and under `-s` the tables' counters and
/// times, which every namespace's traffic moves (the tables are the
/// machine's). The words whose values these are.
const NTABLE_MOVING: [&str; 18] = [
    "reachable",
    "entries",
    "last_flush",
    "last_rand",
    "hash_rnd",
    "hash_mask",
    "allocs",
    "destroys",
    "hash_grows",
    "res_failed",
    "lookups",
    "hits",
    "rcv_probes_mcast",
    "rcv_probes_ucast",
    "periodic_gc_runs",
    "forced_gc_runs",
    "table_fulls",
    "hash_chain_gc",
];

/// `text` with the values of [`NTABLE_MOVING`] as `*` (a time is two
/// words). ip ends every value with a space: a value is a word alone.
fn ntable_steady(text: &str) -> String {
    let mut hide = 0;
    let words = text.split(' ').map(|word| match hide {
        0 => {
            if NTABLE_MOVING.contains(&word) {
                hide = if word.starts_with("last_") { 2 } else { 1 };
            }
            word
        }
        _ => {
            hide -= 1;
            "*"
        }
    });
    words.collect::<Vec<_>>().join(" ")
}

/// `ip -j ntable show ARGS` without [`NTABLE_MOVING`]'s keys.
fn ntable_steady_json(json: Value) -> Value {
    let mut json = json;
    for table in json.as_array_mut().into_iter().flatten() {
        if let Some(table) = table.as_object_mut() {
            for key in NTABLE_MOVING {
                table.remove(key);
            }
        }
    }
    json
}

/// `nlw ntable show` lists the tables as ip does, text byte for byte (but
/// for what moves by itself, [`NTABLE_MOVING`]) and JSON key for key: whole,
/// by family, by name, by device and `dev none`, with `-s` and `-o`; a
/// device's parameters changed by ip first, so that they differ from the
/// defaults.
#[test]
fn ntable_show_matches_ip() {
    if !live("ntable_show_matches_ip") {
        return;
    }
    let ns = TestNs::new();
    common::prepare(&ns, "link add v0 type veth peer name v1\nlink set v0 up");
    ns.ip(&["ntable", "change", "name", "arp_cache", "dev", "v0", "queue", "7", "locktime", "300"]);
    ns.ip(&["-6", "ntable", "change", "name", "ndisc_cache", "dev", "v1", "app_probes", "2"]);
    for args in [
        &["ntable", "show"][..],
        &["ntable"],
        &["ntable", "list", "dev", "v0"],
        &["-4", "ntable", "show"],
        &["-6", "ntable", "show", "dev", "v1"],
        &["ntable", "show", "name", "ndisc_cache"],
        &["ntable", "show", "dev", "none"],
        &["-s", "ntable", "show"],
        &["-s", "ntable", "show", "name", "arp_cache", "dev", "none"],
        &["-o", "ntable", "show"],
        &["-o", "-s", "ntable", "show", "dev", "none"],
    ] {
        let [ours, theirs] = common::texts(&ns, args);
        assert!(theirs.contains("locktime"), "{args:?}: ip printed no table: {theirs}");
        assert_eq!(ntable_steady(&ours), ntable_steady(&theirs), "{args:?}: ours, then ip's");
        let [ours, theirs] = [common::nlw_json(&ns, args), ns.ip_json(args)].map(ntable_steady_json);
        assert_eq!(ours, theirs, "-j {args:?}");
    }
    // What ip changed is what nlw lists.
    let v0 = common::nlw_json(&ns, &["-4", "ntable", "show", "dev", "v0"]);
    assert_eq!((v0[0]["queue"].as_u64(), v0[0]["locktime"].as_u64()), (Some(7), Some(300)));
}

/// `ntable` refusals, with ip's exit code and words, before anything is
/// sent: the device's parameters unchanged.
#[test]
fn ntable_bad_arguments_fail_before_anything_is_sent() {
    if !live("ntable_bad_arguments_fail_before_anything_is_sent") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    let parms = || ntable_steady_json(ns.ip_json(&["ntable", "show", "dev", "v0"]));
    let before = parms();
    let cases: &[(&str, &str, i32)] = &[
        ("ntable change dev v0 queue 3", "Error: argument \"NAME\" is required", 255),
        (
            "ntable change name arp_cache dev v0",
            "Not enough information: changeable attributes required.",
            255,
        ),
        (
            "ntable change name arp_cache dev v0 queue x",
            "argument \"x\" is wrong: \"queue\" value is invalid",
            255,
        ),
        (
            "ntable change name arp_cache dev v0 queue -1",
            "argument \"-1\" is wrong: \"queue\" value is invalid",
            255,
        ),
        (
            "ntable change name arp_cache dev v0 proxy_queue 4294967296",
            "\"proxy_queue\" value is invalid",
            255,
        ),
        ("ntable change name arp_cache thresh1 4294967296", "\"thresh1\" value is invalid", 255),
        (
            "ntable change name arp_cache dev v0 locktime 18446744073709551616",
            "\"locktime\" value is invalid",
            255,
        ),
        ("ntable change name arp_cache dev v0 gc_int 1x", "\"gc_int\" value is invalid", 255),
        ("ntable change name arp_cache dev v0 reachable 3", "argument \"reachable\" is wrong: unknown", 255),
        ("ntable change name arp_cache dev v0 queue 3 bogus 1", "argument \"bogus\" is wrong: unknown", 255),
        ("ntable change name a name b dev v0 queue 3", "duplicate \"NAME\": \"b\" is the second value.", 255),
        ("ntable change name arp_cache dev v0 queue", "Command line is not complete", 255),
        ("ntable change name arp_cache dev nosuch0 queue 3", "Cannot find device \"nosuch0\"", 1),
        ("ntable show dev nosuch0", "argument \"nosuch0\" is wrong: \"DEV\" is invalid", 255),
        ("ntable show bogus", "argument \"bogus\" is wrong: unknown", 255),
        ("ntable show dev", "Command line is not complete", 255),
        ("ntable frobnicate", "Command \"frobnicate\" is unknown", 255),
        ("ntable help", "Usage: nlw ntable change name NAME", 255),
    ];
    for (line, message, code) in cases {
        let theirs = Command::new("ip").args(["-n", &ns.name]).args(words(line)).output().unwrap();
        assert_eq!(theirs.status.code(), Some(*code), "ip {line}");
        let out = nlw(&ns, &words(line));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{line}: {stderr}");
        assert!(stderr.contains(message), "{line}: {stderr}");
    }
    assert_eq!(parms(), before, "nothing changed");
}

/// `nlw token` lists the tokens as ip does, text byte for byte (painted
/// too) and JSON key for key: every link's (loopback left out), one
/// device's, after ip set some.
#[test]
fn token_list_matches_ip() {
    if !live("token_list_matches_ip") {
        return;
    }
    let ns = TestNs::new();
    common::prepare(
        &ns,
        "link add v0 type veth peer name v1\nlink set v0 up\nlink set v1 up\nlink set lo up",
    );
    ns.ip(&["token", "set", "::1:2:3:4/64", "dev", "v0"]);
    for args in [
        &["token"][..],
        &["token", "list"],
        &["token", "get", "dev", "v0"],
        &["token", "show", "dev", "v1"],
        &["-c", "token"],
        &["-o", "token"],
    ] {
        same_text(&ns, args);
    }
    same(&ns, &["token"], &["ifname"]);
    same(&ns, &["token", "get", "dev", "v0"], &["ifname"]);
    let v0 = common::nlw_json(&ns, &["token", "get", "dev", "v0"]);
    assert_eq!(v0, serde_json::json!([{"token": "::1:2:3:4", "ifname": "v0"}]));
}

/// `token` refusals, with ip's exit code and words (nlw refuses the words
/// ip passes over), before anything is sent: the tokens unchanged.
#[test]
fn token_bad_arguments_fail_before_anything_is_sent() {
    if !live("token_bad_arguments_fail_before_anything_is_sent") {
        return;
    }
    let ns = TestNs::new();
    common::prepare(&ns, "link add v0 type veth peer name v1\nlink set v0 up");
    let before = ns.ip_json(&["token"]);
    let cases: &[(&str, &str, i32)] = &[
        ("token set x dev v0", "Error: inet6 prefix is expected rather than \"x\".", 1),
        ("token set 192.0.2.1 dev v0", "inet6 prefix is expected rather than \"192.0.2.1\"", 1),
        ("token set ::1/129 dev v0", "inet6 prefix is expected rather than \"::1/129\"", 1),
        ("token set ::7", "Not enough information: \"dev\" argument is required.", 1),
        ("token set dev v0", "Not enough information: token is required.", 1),
        ("token set ::1 dev nosuch0", "argument \"nosuch0\" is wrong: dev is invalid", 255),
        ("token get dev nosuch0", "argument \"nosuch0\" is wrong: dev is invalid", 255),
        ("token set ::1 dev v0 ::2", "argument \"::2\" is wrong: a second token", 255),
        ("token set ::1 dev v0 dev v1", "duplicate \"dev\"", 255),
        ("token list bogus", "argument \"bogus\" is wrong: unknown", 255),
        ("token set ::1 dev", "Command line is not complete", 255),
        ("token frobnicate", "Command \"frobnicate\" is unknown, try \"nlw token help\".", 255),
        ("token help", "Usage: nlw token [ list | set | del | get ]", 255),
        ("token set help", "Usage: nlw token", 255),
    ];
    for (line, message, code) in cases {
        let out = nlw(&ns, &words(line));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{line}: {stderr}");
        assert!(stderr.contains(message), "{line}: {stderr}");
    }
    assert_eq!(ns.ip_json(&["token"]), before, "nothing changed");
}
