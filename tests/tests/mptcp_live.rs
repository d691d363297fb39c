//! The MPTCP path manager through `nlwire_std::Genl::mptcp` against the live
//! kernel and iproute2's `ip mptcp`, in a throwaway namespace: what one
//! writes the other reads, field for field; refusals carry the kernel's
//! errno and extended-ACK text and change nothing.

use std::net::IpAddr;
use std::process::Command;

use nlwire::mptcp::{AddEndpoint, EndpointFlags, SetEndpointFlags, SetLimits};
use nlwire_std::mptcp::{MptcpEndpoint, MptcpLimits};
use nlwire_std::Genl;
use nlwire_tests::live::{live, TestNs};
use serde_json::{json, Value};

fn setup() -> (TestNs, u32) {
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["addr", "add", "192.0.2.1/24", "dev", "v0"]);
    ns.ip(&["addr", "add", "192.0.2.3/24", "dev", "v0"]);
    ns.ip(&["addr", "add", "2001:db8::1/64", "dev", "v0", "nodad"]);
    let v0 = ns.ifindex("v0");
    (ns, v0)
}

/// `ip -j mptcp endpoint show` as our type (dev by name -> index).
fn ip_endpoints(ns: &TestNs, v0: u32) -> Vec<MptcpEndpoint> {
    let names = ["signal", "subflow", "backup", "fullmesh"];
    ns.ip_json(&["mptcp", "endpoint", "show"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let o = e.as_object().unwrap();
            for key in o.keys() {
                assert!(
                    ["address", "port", "id", "dev"].contains(&key.as_str()) || names.contains(&key.as_str())
                );
            }
            let mut flags = EndpointFlags::empty();
            for (i, n) in names.iter().enumerate() {
                if o.get(*n) == Some(&json!(true)) {
                    flags |= EndpointFlags::from_bits_retain(1 << i);
                }
            }
            MptcpEndpoint {
                id: o["id"].as_u64().unwrap() as u8,
                addr: o["address"].as_str().unwrap().parse().unwrap(),
                port: o.get("port").map_or(0, |p| p.as_u64().unwrap() as u16),
                flags,
                ifindex: match o.get("dev") {
                    Some(Value::String(d)) if d == "v0" => v0 as i32,
                    None => 0,
                    other => panic!("dev {other:?}"),
                },
            }
        })
        .collect()
}

/// `ip mptcp limits show` (text even with -j in iproute2 6.1).
fn ip_limits(ns: &TestNs) -> MptcpLimits {
    let out = Command::new("ip").args(["-n", &ns.name, "mptcp", "limits", "show"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let w: Vec<&str> = text.split_whitespace().collect();
    assert_eq!((w[0], w[2]), ("add_addr_accepted", "subflows"), "{text}");
    MptcpLimits { add_addr_accepted: w[1].parse().unwrap(), subflows: w[3].parse().unwrap() }
}

fn ip_fails(ns: &TestNs, args: &[&str]) -> String {
    let out = Command::new("ip").arg("-n").arg(&ns.name).args(args).output().unwrap();
    assert!(!out.status.success(), "ip {args:?} succeeded");
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn endpoints_written_by_nlwire_read_by_ip_and_back() {
    if !live("endpoints_written_by_nlwire_read_by_ip_and_back") {
        return;
    }
    let (ns, v0) = setup();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let mut pm = genl.mptcp();
    assert_eq!(pm.endpoints().unwrap(), vec![]);
    let a4: IpAddr = "192.0.2.1".parse().unwrap();
    let a6: IpAddr = "2001:db8::1".parse().unwrap();
    pm.add_endpoint(&AddEndpoint { flags: EndpointFlags::SIGNAL, ifindex: v0, ..AddEndpoint::new(a4) })
        .unwrap();
    pm.add_endpoint(&AddEndpoint {
        id: 7,
        port: 4321,
        flags: EndpointFlags::SIGNAL | EndpointFlags::BACKUP,
        ..AddEndpoint::new(a6)
    })
    .unwrap();
    pm.add_endpoint(&AddEndpoint {
        flags: EndpointFlags::SUBFLOW | EndpointFlags::BACKUP | EndpointFlags::FULLMESH,
        ..AddEndpoint::new("192.0.2.2".parse().unwrap())
    })
    .unwrap();
    let ours = pm.endpoints().unwrap();
    assert_eq!(ours.len(), 3);
    assert_eq!(ours, ip_endpoints(&ns, v0));
    assert_eq!(ours[1], MptcpEndpoint { id: 7, addr: a6, port: 4321, flags: ours[1].flags, ifindex: 0 });
    assert_eq!(pm.endpoint(7).unwrap(), ours[1]);

    // change, then delete by id, then flush: ip sees each step.
    pm.set_endpoint_flags(&SetEndpointFlags { id: 7, addr: None, port: 0, flags: EndpointFlags::empty() })
        .unwrap();
    assert_eq!(pm.endpoint(7).unwrap().flags, EndpointFlags::SIGNAL);
    assert_eq!(pm.endpoints().unwrap(), ip_endpoints(&ns, v0));
    pm.del_endpoint(7).unwrap();
    assert_eq!(ip_endpoints(&ns, v0).len(), 2);
    assert_eq!(pm.endpoints().unwrap(), ip_endpoints(&ns, v0));
    pm.flush().unwrap();
    assert_eq!(ip_endpoints(&ns, v0), vec![]);
    assert_eq!(pm.endpoints().unwrap(), vec![]);

    // limits both ways
    pm.set_limits(&SetLimits { subflows: Some(3), add_addr_accepted: Some(4) }).unwrap();
    assert_eq!(ip_limits(&ns), MptcpLimits { subflows: 3, add_addr_accepted: 4 });
    pm.set_limits(&SetLimits { subflows: Some(5), add_addr_accepted: None }).unwrap();
    assert_eq!(ip_limits(&ns), MptcpLimits { subflows: 5, add_addr_accepted: 4 });
    ns.ip(&["mptcp", "limits", "set", "subflows", "1", "add_addr_accepted", "8"]);
    assert_eq!(pm.limits().unwrap(), MptcpLimits { subflows: 1, add_addr_accepted: 8 });
}

#[test]
fn endpoints_written_by_ip_read_by_nlwire() {
    if !live("endpoints_written_by_ip_read_by_nlwire") {
        return;
    }
    let (ns, v0) = setup();
    ns.ip(&["mptcp", "endpoint", "add", "192.0.2.1", "dev", "v0", "signal"]);
    ns.ip(&["mptcp", "endpoint", "add", "2001:db8::1", "id", "9", "subflow", "backup"]);
    ns.ip(&["mptcp", "endpoint", "add", "192.0.2.3", "port", "5555", "signal"]);
    ns.ip(&["mptcp", "endpoint", "add", "192.0.2.4", "subflow", "fullmesh"]);
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let mut pm = genl.mptcp();
    let ours = pm.endpoints().unwrap();
    assert_eq!(ours, ip_endpoints(&ns, v0));
    let nine = ours.iter().find(|e| e.id == 9).unwrap();
    assert_eq!(
        (nine.addr, nine.flags),
        ("2001:db8::1".parse().unwrap(), EndpointFlags::SUBFLOW | EndpointFlags::BACKUP)
    );
    assert!(ours.iter().any(|e| e.port == 5555 && e.flags == EndpointFlags::SIGNAL));
    assert!(ours.iter().any(|e| e.ifindex == v0 as i32));
    ns.ip(&["mptcp", "endpoint", "delete", "id", "9"]);
    assert_eq!(pm.endpoints().unwrap().len(), 3);
    ns.ip(&["mptcp", "endpoint", "flush"]);
    assert_eq!(pm.endpoints().unwrap(), vec![]);
}

#[test]
fn refusals_carry_the_kernel_text_and_change_nothing() {
    if !live("refusals_carry_the_kernel_text_and_change_nothing") {
        return;
    }
    let (ns, v0) = setup();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let mut pm = genl.mptcp();
    let a4: IpAddr = "192.0.2.1".parse().unwrap();
    pm.add_endpoint(&AddEndpoint { id: 3, flags: EndpointFlags::SUBFLOW, ..AddEndpoint::new(a4) }).unwrap();
    pm.set_limits(&SetLimits { subflows: Some(2), add_addr_accepted: Some(2) }).unwrap();
    let before = (pm.endpoints().unwrap(), pm.limits().unwrap());

    // A duplicate address: EEXIST, the kernel's text, as ip shows it.
    let e =
        pm.add_endpoint(&AddEndpoint { flags: EndpointFlags::SUBFLOW, ..AddEndpoint::new(a4) }).unwrap_err();
    assert_eq!(e.errno_name(), Some("EEXIST"), "{e:?}");
    let text = ip_fails(&ns, &["mptcp", "endpoint", "add", "192.0.2.1", "subflow"]);
    assert_eq!(format!("{e}\n"), text);
    assert!(e.ext_ack_message().is_some_and(|m| m.contains("duplicate")), "{e:?}");

    // Limits above the kernel's maximum: EINVAL with the maximum named.
    let e = pm.set_limits(&SetLimits { subflows: Some(100), add_addr_accepted: None }).unwrap_err();
    assert_eq!(e.errno_name(), Some("EINVAL"), "{e:?}");
    assert_eq!(format!("{e}\n"), ip_fails(&ns, &["mptcp", "limits", "set", "subflows", "100"]));
    assert!(e.ext_ack_message().is_some_and(|m| m.contains("maximum")), "{e:?}");

    // An id nobody has: the same text as ip's.
    let e = pm.del_endpoint(42).unwrap_err();
    assert_eq!(format!("{e}\n"), ip_fails(&ns, &["mptcp", "endpoint", "delete", "id", "42"]));
    let e = pm.endpoint(42).unwrap_err();
    assert!(e.errno().is_some(), "{e:?}");

    // Refused before sending: signal with fullmesh.
    let e = pm
        .add_endpoint(&AddEndpoint {
            flags: EndpointFlags::SIGNAL | EndpointFlags::FULLMESH,
            ..AddEndpoint::new("192.0.2.5".parse().unwrap())
        })
        .unwrap_err();
    assert!(matches!(e, nlwire_std::Error::Invalid(_)), "{e:?}");

    assert_eq!((pm.endpoints().unwrap(), pm.limits().unwrap()), before);
    assert_eq!(before.0, ip_endpoints(&ns, v0));
    assert_eq!(before.1, ip_limits(&ns));
}
