//! Live kernel: `ipr.brport()` (pyroute2's `brport(...)`) against the same
//! `bridge link set` commands in a twin namespace, read back with
//! `bridge -j -d link show`; `ipr.vlan_filter()` (pyroute2's
//! `vlan_filter(...)`) on a kernel whose bridge has no VLAN filtering: the
//! kernel's refusal comes back as `bridge` reports it, nothing changes, and
//! the dump lists what `bridge -j vlan show` lists.

use std::process::Command;

use nlwire::bridge::vlans;
use nlwire::link::Link;
use nlwire_std::{AsyncIPRoute, Error, IPRoute};
use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

/// A bridge `br0` with ports `va` and `vc` (peers `vb`, `vd`), all up.
fn bridged() -> TestNs {
    let ns = TestNs::new();
    ns.ip(&["link", "add", "br0", "type", "bridge"]);
    for (port, peer) in [("va", "vb"), ("vc", "vd")] {
        ns.ip(&["link", "add", port, "type", "veth", "peer", "name", peer]);
        ns.ip(&["link", "set", port, "master", "br0"]);
        ns.ip(&["link", "set", port, "up"]);
        ns.ip(&["link", "set", peer, "up"]);
    }
    ns.ip(&["link", "set", "br0", "up"]);
    // Wait for the ports to forward: a carrier coming up later would set
    // the STP state the test sets.
    for _ in 0..200 {
        let forwarding = |p: &Value| p["state"] == "forwarding";
        if ports(&ns).as_array().is_some_and(|ports| ports.iter().all(forwarding)) {
            return ns;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("bridge ports of {} never forward", ns.name);
}

/// `bridge -n NS args...`: its status, stdout and stderr.
fn bridge(ns: &TestNs, args: &[&str]) -> (bool, String, String) {
    let out = Command::new("bridge").arg("-n").arg(&ns.name).args(args).output().expect("run bridge");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

/// `bridge -j -d link show`, which must succeed.
fn ports(ns: &TestNs) -> Value {
    let (ok, out, err) = bridge(ns, &["-j", "-d", "link", "show"]);
    assert!(ok, "bridge link show: {err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn brport_set_reads_back_as_bridge_link_set() {
    if !live("brport_set_reads_back_as_bridge_link_set") {
        return;
    }
    let (ours, theirs) = (bridged(), bridged());
    let mut ipr = IPRoute::in_netns(ours.name.as_str()).unwrap();
    ipr.brport()
        .set("va")
        .cost(7)
        .priority(9)
        .state(0)
        .hairpin(true)
        .guard(true)
        .root_block(true)
        .fast_leave(true)
        .learning(false)
        .flood(false)
        .mcast_flood(false)
        .bcast_flood(false)
        .proxyarp(true)
        .neigh_suppress(true)
        .isolated(true)
        .mcast_router(2)
        .mcast_to_unicast(true)
        .backup_port("vc")
        .send()
        .unwrap();
    let line = "link set dev va cost 7 priority 9 state 0 hairpin on guard on root_block on fastleave on \
                learning off flood off mcast_flood off bcast_flood off neigh_suppress on isolated on \
                mcast_router 2 mcast_to_unicast on backup_port vc";
    // bridge has no word for proxy_arp: the twin gets it through ip, first
    // (ip's change puts the STP state back to forwarding).
    theirs.ip(&["link", "set", "dev", "va", "type", "bridge_slave", "proxy_arp", "on"]);
    let (ok, _, err) = bridge(&theirs, &line.split(' ').collect::<Vec<_>>());
    assert!(ok, "{err}");
    assert_eq!(ports(&ours), ports(&theirs));

    // The async session, the same verb: back to learning, no backup port.
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let aipr = AsyncIPRoute::in_netns(ours.name.as_str()).unwrap();
        aipr.brport().set("va").learning(true).no_backup_port().send().await.unwrap();
    });
    assert!(bridge(&theirs, &["link", "set", "dev", "va", "learning", "on", "nobackup_port"]).0);
    assert_eq!(ports(&ours), ports(&theirs));

    // get and dump: the ports bridge lists, with the options it shows.
    let va = ipr.brport().get("va").unwrap();
    assert_eq!(va.get_path(&["protinfo", "cost"]).unwrap().unwrap(), 7);
    assert_eq!(va.get_path(&["protinfo", "priority"]).unwrap().unwrap(), 9);
    assert_eq!(va.get_path(&["protinfo", "learning"]).unwrap().unwrap(), 1);
    // bridge -j does not print proxy_arp; ip -d -j does.
    let ip = ours.ip_json(&["-d", "link", "show", "dev", "va"]);
    assert_eq!(ip[0]["linkinfo"]["info_slave_data"]["proxy_arp"], true);
    assert_eq!(va.get_path(&["protinfo", "proxyarp"]).unwrap().unwrap(), 1);
    let dumped: Vec<String> = ipr
        .brport()
        .dump()
        .unwrap()
        .collect_owned()
        .unwrap()
        .iter()
        .map(|m| m.get("ifname").unwrap().unwrap().to_string())
        .collect();
    let listed: Vec<String> =
        ports(&ours).as_array().unwrap().iter().map(|p| p["ifname"].as_str().unwrap().to_owned()).collect();
    assert_eq!(dumped, listed);

    // Refusals change nothing: ours before sending, then the kernel's.
    let before = ports(&ours);
    let err = ipr.brport().set("va").state(5).send().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    let err = ipr.brport().set("nope0").cost(1).send().unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    let err = ipr.brport().set("va").backup_port("nope0").cost(1).send().unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    let err = ipr.brport().get("vb").unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    // vb is no bridge port: the kernel refuses, as it does bridge.
    let err = ipr.brport().set("vb").cost(3).send().unwrap_err();
    let (ok, _, bridge_err) = bridge(&ours, &["link", "set", "dev", "vb", "cost", "3"]);
    assert!(!ok);
    assert!(
        bridge_err.contains(nlwire::errno::description(err.errno().unwrap()).unwrap()),
        "{err:?} vs {bridge_err}"
    );
    assert_eq!(ports(&ours), before);
}

#[test]
fn vlan_filter_is_refused_as_bridge_is_and_dumps_what_bridge_shows() {
    if !live("vlan_filter_is_refused_as_bridge_is_and_dumps_what_bridge_shows") {
        return;
    }
    let ns = bridged();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let state = |ns: &TestNs| {
        let (ok, vlans, err) = bridge(ns, &["-j", "vlan", "show"]);
        assert!(ok, "{err}");
        (ports(ns), vlans)
    };
    let before = state(&ns);

    // Adds: this kernel's bridge has no VLAN filtering; the kernel's answer
    // is the one bridge prints, and nothing changes.
    for (request, words) in [
        (ipr.vlan_filter().add("va", 10).pvid().untagged().send(), "vlan add dev va vid 10 pvid untagged"),
        (ipr.vlan_filter().add("va", 10).to(20).master().send(), "vlan add dev va vid 10-20 master"),
        (ipr.vlan_filter().add("br0", 10).self_().send(), "vlan add dev br0 vid 10 self"),
    ] {
        let err = request.unwrap_err();
        assert_eq!(err.errno_name(), Some("EOPNOTSUPP"), "{err:?}");
        let (ok, _, bridge_err) = bridge(&ns, &words.split(' ').collect::<Vec<_>>());
        assert!(!ok, "{words}");
        assert!(
            bridge_err.contains(nlwire::errno::description(err.errno().unwrap()).unwrap()),
            "{err} vs {bridge_err}"
        );
    }
    // A delete is answered as bridge's is.
    let ours = ipr.vlan_filter().del("va", 10).send();
    let (ok, _, bridge_err) = bridge(&ns, &["vlan", "del", "dev", "va", "vid", "10"]);
    assert_eq!(ours.is_ok(), ok, "{ours:?} vs {bridge_err}");
    assert_eq!(state(&ns), before);

    // Ours refused before sending: bad VLAN ids and ranges, no device.
    for err in [
        ipr.vlan_filter().add("va", 0).send().unwrap_err(),
        ipr.vlan_filter().add("va", 4095).send().unwrap_err(),
        ipr.vlan_filter().add("va", 20).to(10).send().unwrap_err(),
        ipr.vlan_filter().add("va", 10).to(20).pvid().send().unwrap_err(),
    ] {
        assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    }
    let err = ipr.vlan_filter().add("nope0", 10).send().unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(state(&ns), before);

    // The dump: the ports and bridge, none with VLANs, as `bridge -j vlan
    // show` (which lists only ports with VLANs) shows them: none.
    for compressed in [false, true] {
        let replies = ipr.vlan_filter().dump(compressed).unwrap().collect_owned().unwrap();
        let names: Vec<String> =
            replies.iter().map(|m| m.get("ifname").unwrap().unwrap().to_string()).collect();
        assert_eq!(names, ["br0", "va", "vc"]);
        let with_vlans =
            replies.iter().filter(|m| vlans(&Link::parse(&m.message()).unwrap()).unwrap().count() > 0);
        let shown: Value = serde_json::from_str(&before.1).unwrap();
        assert_eq!(with_vlans.count(), shown.as_array().unwrap().len());
    }
}
