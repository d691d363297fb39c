//! ethtool over generic netlink against the live kernel, on a veth pair in a
//! throwaway namespace, compared with what the `ethtool` command (Debian
//! package `ethtool`) reads and sets: features (`-k`/`-K`), channels
//! (`-l`/`-L`), kernel errors, what veth does not support (`-g/-G`, `-a`, `-c`,
//! `-s`), link info, and `ETHTOOL_MSG_FEATURES_NTF` events.

use std::collections::BTreeMap;
use std::process::Command;
use std::time::{Duration, Instant};

use nlwire::ethtool::{reply, ChannelsSet, Features, LinkmodesSet, RequestHeader, RingsSet};
use nlwire::spec::Value;
use nlwire_std::genl::decoder;
use nlwire_std::{FeatureState, Genl, OwnedMessage};
use nlwire_tests::live::{live, TestNs};

/// ethtool's legacy names that stand for exactly one kernel feature, as
/// `ethtool -k` prints them (ethtool's `off_flag_def`).
const LEGACY: &[(&str, &str)] = &[
    ("rx-checksumming", "rx-checksum"),
    ("generic-segmentation-offload", "tx-generic-segmentation"),
    ("generic-receive-offload", "rx-gro"),
    ("large-receive-offload", "rx-lro"),
    ("rx-vlan-offload", "rx-vlan-hw-parse"),
    ("tx-vlan-offload", "tx-vlan-hw-insert"),
    ("ntuple-filters", "rx-ntuple-filter"),
    ("receive-hashing", "rx-hashing"),
];

/// A namespace with the veth pair v0/v1, both up.
fn veth_ns() -> TestNs {
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["link", "set", "v1", "up"]);
    ns
}

/// `ip netns exec NS ethtool args...`: (success, stdout, stderr).
fn ethtool(ns: &TestNs, args: &[&str]) -> (bool, String, String) {
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.name, "ethtool"])
        .args(args)
        .output()
        .expect("run ethtool (Debian package ethtool)");
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn ethtool_ok(ns: &TestNs, args: &[&str]) -> String {
    let (ok, out, err) = ethtool(ns, args);
    assert!(ok, "ethtool {args:?}: {err}");
    out
}

/// `ethtool -k DEV` as kernel name -> (on, suffix), legacy single-feature
/// names mapped to the kernel's; group headings (tx-checksumming, ...) left out.
fn ethtool_k(ns: &TestNs, dev: &str) -> BTreeMap<String, (bool, String)> {
    let out = ethtool_ok(ns, &["-k", dev]);
    let mut map = BTreeMap::new();
    for line in out.lines().skip(1) {
        let (name, rest) = line.trim_start_matches('\t').split_once(": ").expect("name: value");
        if ["tx-checksumming", "scatter-gather", "tcp-segmentation-offload"].contains(&name) {
            continue;
        }
        let name = LEGACY.iter().find(|(l, _)| *l == name).map_or(name, |(_, k)| k);
        let (state, suffix) = rest.split_once(' ').map_or((rest, ""), |(s, x)| (s, x));
        let suffix = if suffix.is_empty() { String::new() } else { format!(" {suffix}") };
        map.insert(name.to_string(), (state == "on", suffix));
    }
    map
}

fn features(genl: &mut Genl, dev: &str) -> BTreeMap<String, FeatureState> {
    genl.ethtool().features(dev).unwrap().into_iter().map(|f| (f.name.clone(), f)).collect()
}

fn active(genl: &mut Genl, dev: &str, name: &str) -> bool {
    features(genl, dev)[name].active
}

#[test]
fn features_read_as_ethtool_k_prints_them() {
    if !live("features_read_as_ethtool_k_prints_them") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let ours = features(&mut genl, "v0");
    let theirs = ethtool_k(&ns, "v0");
    let mut compared = 0;
    for (name, (on, suffix)) in &theirs {
        let f = ours.get(name).unwrap_or_else(|| panic!("{name} is in ethtool -k, not in our list"));
        assert_eq!((f.active, f.suffix()), (*on, suffix.as_str()), "{name}");
        compared += 1;
    }
    assert!(compared >= 50, "only {compared} features compared");
    // Every feature the kernel names is printed by ethtool (under its own or
    // a legacy name) unless it belongs to a group heading.
    assert!(ours.len() >= theirs.len(), "{} ours, {} ethtool's", ours.len(), theirs.len());
    println!("{compared} features equal to ethtool -k");
}

#[test]
fn features_set_with_nlwire_read_with_ethtool_and_back() {
    if !live("features_set_with_nlwire_read_with_ethtool_and_back") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let before = ethtool_k(&ns, "v0");
    let gro = before["rx-gro"].0;
    let csum = before["tx-checksum-ip-generic"].0;

    // nlwire sets, ethtool reads.
    let changed =
        genl.ethtool().set_features("v0", &[("rx-gro", !gro), ("tx-checksum-ip-generic", !csum)]).unwrap();
    let after = ethtool_k(&ns, "v0");
    assert_eq!((after["rx-gro"].0, after["tx-checksum-ip-generic"].0), (!gro, !csum), "{changed:?}");
    // The kernel's reply lists what changed: the two asked, and what depends
    // on checksumming (segmentation offloads); ethtool sees exactly those.
    let names: Vec<&str> = changed.changed().collect();
    assert!(names.contains(&"rx-gro") && names.contains(&"tx-checksum-ip-generic"), "{changed:?}");
    assert_eq!(changed.unmet().count(), 0, "{changed:?}");
    for (name, (on, _)) in &after {
        assert_eq!(before[name].0 != *on, names.contains(&name.as_str()), "{name}: {changed:?}");
    }
    for f in &changed.features {
        assert_eq!(f.active, after[&f.name].0, "{f:?}");
    }
    if csum {
        assert_eq!(
            after["tx-tcp-segmentation"],
            (false, " [requested on]".to_string()),
            "TSO needs checksumming"
        );
    }

    // ethtool sets (by its legacy and kernel names), nlwire reads.
    ethtool_ok(
        &ns,
        &[
            "-K",
            "v0",
            "gro",
            if gro { "on" } else { "off" },
            "tx-checksum-ip-generic",
            if csum { "on" } else { "off" },
        ],
    );
    assert_eq!(active(&mut genl, "v0", "rx-gro"), gro);
    assert_eq!(active(&mut genl, "v0", "tx-checksum-ip-generic"), csum);
    ethtool_ok(&ns, &["-K", "v0", "tx", "off"]);
    let ours = features(&mut genl, "v0");
    for name in ["tx-checksum-ip-generic", "tx-checksum-sctp"] {
        assert!(!ours[name].active && !ours[name].wanted, "{name} after ethtool -K tx off");
    }
    ethtool_ok(&ns, &["-K", "v0", "tx", "on"]);
    assert!(active(&mut genl, "v0", "tx-checksum-ip-generic"));
    assert_eq!(ethtool_k(&ns, "v0"), before, "all back as it was");

    // A fixed feature: no error, the kernel says it is not as asked.
    let fixed = genl.ethtool().set_features("v0", &[("tx-checksum-ipv4", true)]).unwrap();
    let f = &fixed.features[..];
    assert_eq!(f.len(), 1, "{fixed:?}");
    assert_eq!(
        (f[0].name.as_str(), f[0].active, f[0].changed, f[0].unmet),
        ("tx-checksum-ipv4", false, false, Some(true))
    );
    assert!(fixed.surprising());
    assert_eq!(ethtool_k(&ns, "v0"), before, "nothing changed");
}

#[test]
fn unknown_features_fail_with_the_kernels_error_and_change_nothing() {
    if !live("unknown_features_fail_with_the_kernels_error_and_change_nothing") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let before = ethtool_k(&ns, "v0");
    let gro = before["rx-gro"].0;
    // ethtool's legacy name is not a kernel name; with a valid change before it.
    for bad in ["gro", "no-such-feature"] {
        let err = genl.ethtool().set_features("v0", &[("rx-gro", !gro), (bad, true)]).unwrap_err();
        assert_eq!(err.errno_name(), Some("EOPNOTSUPP"), "{bad}: {err}");
        assert_eq!(err.ext_ack_message(), Some("bit name not found"), "{bad}");
        println!("{bad}: {err}");
    }
    // A device that is not there.
    let err = genl.ethtool().features("nope0").unwrap_err();
    assert_eq!(err.errno_name(), Some("ENODEV"), "{err}");
    assert_eq!(ethtool_k(&ns, "v0"), before, "nothing changed");
}

/// `ethtool -l DEV`: the eight numbers, "n/a" as None.
fn ethtool_l(ns: &TestNs, dev: &str) -> [Option<u32>; 8] {
    let out = ethtool_ok(ns, &["-l", dev]);
    let values: Vec<Option<u32>> =
        out.lines().filter_map(|l| l.split_once(":\t")).map(|(_, v)| v.trim().parse().ok()).collect();
    values.try_into().unwrap_or_else(|v| panic!("ethtool -l: {v:?}\n{out}"))
}

fn ours_l(genl: &mut Genl, dev: &str) -> [Option<u32>; 8] {
    let reply = genl.ethtool().channels(dev).unwrap();
    let c = reply.view();
    [
        c.rx_max(),
        c.tx_max(),
        c.other_max(),
        c.combined_max(),
        c.rx_count(),
        c.tx_count(),
        c.other_count(),
        c.combined_count(),
    ]
    .map(|v| v.unwrap().filter(|&n| n != 0))
}

#[test]
fn channels_read_and_set_as_ethtool_l_shows_them() {
    if !live("channels_read_and_set_as_ethtool_l_shows_them") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    assert_eq!(ours_l(&mut genl, "v0"), ethtool_l(&ns, "v0"));
    let c = genl.ethtool().channels("v0").unwrap();
    let max = c.view().rx_max().unwrap().expect("veth has rx channels");
    println!("veth channels: {c:?}");

    // nlwire sets, ethtool reads; and back.
    let set = ChannelsSet { rx: Some(max), tx: Some(max), ..ChannelsSet::new(RequestHeader::all()) };
    genl.ethtool().set_channels("v0", &set).unwrap();
    let l = ethtool_l(&ns, "v0");
    assert_eq!((l[4], l[5]), (Some(max), Some(max)));
    assert_eq!(ours_l(&mut genl, "v0"), l);
    ethtool_ok(&ns, &["-L", "v0", "rx", "1", "tx", "1"]);
    assert_eq!(
        (genl.ethtool().channels("v0").unwrap().view().rx_count().unwrap(), ours_l(&mut genl, "v0")),
        (Some(1), ethtool_l(&ns, "v0"))
    );

    // Over the maximum: the kernel's EINVAL and extended ACK, nothing changed.
    let before = ethtool_l(&ns, "v0");
    for bad in [
        ChannelsSet { rx: Some(max + 1), ..ChannelsSet::new(RequestHeader::all()) },
        ChannelsSet { combined: Some(1), ..ChannelsSet::new(RequestHeader::all()) },
    ] {
        let err = genl.ethtool().set_channels("v0", &bad).unwrap_err();
        assert_eq!(err.errno_name(), Some("EINVAL"), "{err}");
        assert!(err.ext_ack_message().unwrap_or_default().contains("exceeds maximum"), "{err}");
    }
    assert_eq!(ethtool_l(&ns, "v0"), before);
}

#[test]
fn rings_and_link_info_on_veth() {
    if !live("rings_and_link_info_on_veth") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    // veth has no rings, pause or coalescing, and no link settings to
    // change: the kernel's EOPNOTSUPP, as ethtool gets it.
    let mut e = genl.ethtool();
    let errors = [
        ("-g", e.rings("v0").unwrap_err()),
        (
            "-G",
            e.set_rings("v0", &RingsSet { rx: Some(128), ..RingsSet::new(RequestHeader::all()) })
                .unwrap_err(),
        ),
        ("-a", e.pause("v0").unwrap_err()),
        ("-c", e.coalesce("v0").unwrap_err()),
        (
            "-s",
            e.set_link_modes(
                "v0",
                &LinkmodesSet { speed: Some(1000), ..LinkmodesSet::new(RequestHeader::all()) },
            )
            .unwrap_err(),
        ),
    ];
    for (option, err) in errors {
        assert_eq!(err.errno_name(), Some("EOPNOTSUPP"), "{option}: {err}");
        let args: &[&str] = match option {
            "-G" => &["-G", "v0", "rx", "128"],
            "-s" => &["-s", "v0", "speed", "1000"],
            o => &[o, "v0"],
        };
        let (ok, _, stderr) = ethtool(&ns, args);
        assert!(!ok && stderr.contains("Operation not supported"), "ethtool {args:?}: {stderr}");
    }
    // Link info as `ethtool DEV` prints it: PORT_TP (0) "Twisted Pair",
    // PHYAD, XCVR_INTERNAL (0) "internal", ETH_TP_MDI_INVALID (0) "Unknown".
    let reply = genl.ethtool().link_info("v0").unwrap();
    let info = reply.view();
    let settings = ethtool_ok(&ns, &["v0"]);
    let field = |name: &str| {
        settings
            .lines()
            .find_map(|l| l.trim().strip_prefix(name))
            .map(str::trim)
            .unwrap_or_else(|| panic!("{name}\n{settings}"))
    };
    let port = match info.port().unwrap() {
        Some(0) => "Twisted Pair",
        Some(0xef) => "None",
        Some(0xff) => "Other",
        other => panic!("port {other:?}"),
    };
    assert_eq!(field("Port:"), port);
    assert_eq!(field("PHYAD:").parse::<u8>().ok(), info.phyaddr().unwrap());
    let transceiver = if info.transceiver().unwrap() == Some(0) { "internal" } else { "external" };
    assert_eq!(field("Transceiver:"), transceiver);
    assert_eq!((field("MDI-X:"), info.tp_mdix().unwrap()), ("Unknown", Some(0)));
    // Link modes: Speed, Duplex, Auto-negotiation of `ethtool DEV`.
    let reply = genl.ethtool().link_modes("v0").unwrap();
    let modes = reply.view();
    let speed = modes.speed().unwrap().map(|s| format!("{s}Mb/s"));
    assert_eq!(Some(field("Speed:")), speed.as_deref(), "{reply:?}");
    let duplex = match modes.duplex().unwrap() {
        Some(0) => "Half",
        Some(1) => "Full",
        _ => "Unknown! (255)",
    };
    assert_eq!(field("Duplex:"), duplex);
    assert_eq!(field("Auto-negotiation:"), if modes.autoneg().unwrap() == Some(1) { "on" } else { "off" });
}

#[test]
fn features_notification_decodes_by_name() {
    if !live("features_notification_decodes_by_name") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let gro = active(&mut genl, "v0", "rx-gro");
    genl.join("ethtool", "monitor").unwrap();
    ethtool_ok(&ns, &["-K", "v0", "gro", if gro { "off" } else { "on" }]);

    let names = decoder("ethtool").unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut ntf: Option<OwnedMessage> = None;
    while ntf.is_none() && Instant::now() < deadline {
        genl.recv_events(Some(Duration::from_millis(500)), |msg| {
            if let Ok(f) = Features::parse(msg) {
                if f.cmd() == reply::FEATURES_NTF {
                    ntf = Some(OwnedMessage::new(msg));
                }
            }
            Ok(())
        })
        .unwrap();
    }
    let ntf = ntf.expect("ETHTOOL_MSG_FEATURES_NTF within 5 s");
    // By name, through the generated tables.
    assert_eq!(ntf.get_path_in(names, &["header", "dev_name"]).unwrap(), Some(Value::Str("v0")));
    let mut json = String::new();
    nlwire::fmt::write_json_in(names, &ntf.message(), &mut json).unwrap();
    assert!(
        json.contains("ETHTOOL_MSG_FEATURES_NTF") || json.contains("ETHTOOL_A_FEATURES_ACTIVE"),
        "{json}"
    );
    // Through the view (compact, as ethtool -K asked: named by the device's
    // string set): the notification has the new state.
    let now = genl.ethtool().read_features(&ntf.message()).unwrap();
    let rx_gro = now.iter().find(|f| f.name == "rx-gro").expect("rx-gro in the notification");
    assert_eq!((rx_gro.active, rx_gro.wanted), (!gro, !gro), "{json}");
    assert_eq!(now, genl.ethtool().features("v0").unwrap(), "the notification is the state read after it");
}
