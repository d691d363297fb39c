//! Kind options of `ipr.link().add(..)` and `ipr.link().set(..)`: live on the
//! kinds this kernel has (veth, bridge, macvlan, macvtap, vxlan), read back
//! with `ip -d -j link show` in the same namespace; byte-exact requests for
//! the kinds it lacks (vlan, bond, ipvlan, vrf, geneve, gre), the expected
//! bytes written here from if_link.h and netlink.h; `ensure()` comparing
//! kind options.

use std::net::{IpAddr, Ipv4Addr};

use nlwire::bridge::PortOptions;
use nlwire::build::Builder;
use nlwire::link::{IpvlanMode, MacvlanMode};
use nlwire_std::{Dev, Error, IPRoute, KindData};
use nlwire_tests::live::{live, TestNs};
use serde_json::{json, Value};

const EEXIST: i32 = 17;
const M1: [u8; 6] = [0x02, 0, 0, 0, 0, 0x01];
const M2: [u8; 6] = [0x02, 0, 0, 0, 0, 0x02];
const M3: [u8; 6] = [0x02, 0, 0, 0, 0, 0x03];

/// `ip -d -j link show DEV`: the link's object.
fn show(ns: &TestNs, dev: &str) -> Value {
    ns.ip_json(&["-d", "link", "show", "dev", dev])[0].clone()
}

fn info_data(ns: &TestNs, dev: &str) -> Value {
    show(ns, dev)["linkinfo"]["info_data"].clone()
}

#[test]
fn kind_options_on_add_and_set_read_back_by_ip() {
    if !live("kind_options_on_add_and_set_read_back_by_ip") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    ipr.link().add("v0").veth("v1").send().unwrap();
    assert_eq!(show(&ns, "v0")["linkinfo"]["info_kind"], "veth");

    // bridge: options on add, changed by set.
    ipr.link().add("br0").bridge(|b| b.stp(true).priority(4096).forward_delay(800)).send().unwrap();
    let br = info_data(&ns, "br0");
    assert_eq!(
        (br["stp_state"].clone(), br["priority"].clone(), br["forward_delay"].clone()),
        (json!(1), json!(4096), json!(800))
    );
    ipr.link().set("br0").bridge(|b| b.stp(false).set("IFLA_BR_PRIORITY", 8192)).send().unwrap();
    let br = info_data(&ns, "br0");
    assert_eq!((br["stp_state"].clone(), br["priority"].clone()), (json!(0), json!(8192)));

    // Bad options: a clear error, nothing sent, nothing changed.
    let err = ipr.link().set("br0").bridge(|b| b.stp(true).set("priority", 70000)).send().unwrap_err();
    assert!(matches!(&err, Error::InvalidOption(why) if why.contains("IFLA_BR_PRIORITY")), "{err:?}");
    let err = ipr.link().set("br0").bridge(|b| b.set("no_such_option", 1)).send().unwrap_err();
    assert!(matches!(err, Error::UnknownName(_)), "{err:?}");
    assert_eq!(info_data(&ns, "br0")["stp_state"], 0);

    // macvlan in source mode: macaddr add on add, then add/set/del/flush on set.
    ipr.link().add("mv0").link("v0").macvlan(|m| m.mode(MacvlanMode::Source).macaddr_add(M1)).send().unwrap();
    let mv = show(&ns, "mv0");
    assert_eq!(mv["link"], "v0");
    assert_eq!(mv["linkinfo"]["info_data"]["mode"], "source");
    assert_eq!(mv["linkinfo"]["info_data"]["macaddr_data"], json!(["02:00:00:00:00:01"]));
    ipr.link().set("mv0").macvlan(|m| m.macaddr_add(M2)).send().unwrap();
    assert_eq!(info_data(&ns, "mv0")["macaddr_count"], 2);
    ipr.link().set("mv0").macvlan(|m| m.macaddr_set(&[M3, M1])).send().unwrap();
    let mut macs: Vec<_> = info_data(&ns, "mv0")["macaddr_data"].as_array().unwrap().clone();
    macs.sort_by_key(|m| m.to_string());
    assert_eq!(macs, vec![json!("02:00:00:00:00:01"), json!("02:00:00:00:00:03")]);
    ipr.link().set("mv0").macvlan(|m| m.macaddr_del(M1)).send().unwrap();
    assert_eq!(info_data(&ns, "mv0")["macaddr_data"], json!(["02:00:00:00:00:03"]));
    ipr.link().set("mv0").macvlan(|m| m.macaddr_flush()).send().unwrap();
    assert_eq!(info_data(&ns, "mv0")["macaddr_count"], 0);

    // macvtap by name with its parent (EINVAL without one), then typed.
    ipr.link().add("mvt0").kind("macvtap").link("v0").send().unwrap();
    let mvt = show(&ns, "mvt0");
    assert_eq!((mvt["link"].clone(), mvt["linkinfo"]["info_kind"].clone()), (json!("v0"), json!("macvtap")));
    ipr.link().add("mvt1").link("v0").macvtap(|m| m.mode(MacvlanMode::Bridge)).send().unwrap();
    assert_eq!(info_data(&ns, "mvt1")["mode"], "bridge");

    // vxlan: typed (the underlying device by name), by spec name, raw.
    ipr.link().add("vx0").vxlan(|v| v.id(42).port(4789).ttl(5).dev(Dev::from("v0"))).send().unwrap();
    let vx = info_data(&ns, "vx0");
    assert_eq!(
        (vx["id"].clone(), vx["port"].clone(), vx["ttl"].clone(), vx["link"].clone()),
        (json!(42), json!(4789), json!(5), json!("v0"))
    );
    let mut data = KindData::for_kind("vxlan").unwrap();
    data.set("id", 7).unwrap().set("vxlan_port", 4790).unwrap().set("learning", false).unwrap();
    ipr.link().add("vx1").kind_data(data).send().unwrap();
    let vx = info_data(&ns, "vx1");
    assert_eq!(
        (vx["id"].clone(), vx["port"].clone(), vx["learning"].clone()),
        (json!(7), json!(4790), json!(false))
    );
    // IFLA_VXLAN_ID (1), u32 9: a raw IFLA_INFO_DATA.
    let raw = [&8u16.to_ne_bytes()[..], &1u16.to_ne_bytes(), &9u32.to_ne_bytes()].concat();
    ipr.link().add("vx2").kind("vxlan").data(&raw).send().unwrap();
    assert_eq!(info_data(&ns, "vx2")["id"], 9);
}

#[test]
fn ensure_compares_kind_options_exactly() {
    if !live("ensure_compares_kind_options_exactly") {
        return;
    }
    let ns = TestNs::new();
    let mut ipr = IPRoute::in_netns(ns.name.as_str()).unwrap();
    let assert_exists = |r: Result<(), Error>, what: &str| {
        assert_eq!(r.expect_err(what).errno(), Some(EEXIST), "{what}");
    };
    ipr.link().add("v0").veth("v1").send().unwrap();

    ipr.link().add("br0").bridge(|b| b.stp(true).priority(4096)).ensure().unwrap();
    ipr.link().add("br0").bridge(|b| b.stp(true).priority(4096)).ensure().unwrap();
    ipr.link().add("br0").bridge(|b| b.priority(4096)).ensure().unwrap();
    ipr.link().add("br0").bridge(|b| b).ensure().unwrap();
    assert_exists(ipr.link().add("br0").bridge(|b| b.priority(8192)).ensure(), "another priority");
    assert_exists(ipr.link().add("br0").bridge(|b| b.stp(false)).ensure(), "stp off, asked on");
    assert_eq!(info_data(&ns, "br0")["priority"], 4096);

    ipr.link().add("mv0").link("v0").macvlan(|m| m.mode(MacvlanMode::Bridge)).ensure().unwrap();
    ipr.link().add("mv0").link("v0").macvlan(|m| m.mode(MacvlanMode::Bridge)).ensure().unwrap();
    assert_exists(
        ipr.link().add("mv0").link("v0").macvlan(|m| m.mode(MacvlanMode::Vepa)).ensure(),
        "another mode",
    );
    assert_exists(
        ipr.link().add("mv0").link("v1").macvlan(|m| m.mode(MacvlanMode::Bridge)).ensure(),
        "another parent",
    );

    ipr.link().add("mvt0").kind("macvtap").link("v0").ensure().unwrap();
    ipr.link().add("mvt0").kind("macvtap").link("v0").ensure().unwrap();

    let mut data = KindData::for_kind("vxlan").unwrap();
    data.set("id", 42).unwrap().set("port", 4789).unwrap();
    ipr.link().add("vx0").kind_data(data.clone()).ensure().unwrap();
    ipr.link().add("vx0").kind_data(data).ensure().unwrap();
    ipr.link().add("vx0").vxlan(|v| v.id(42)).ensure().unwrap();
    assert_exists(ipr.link().add("vx0").vxlan(|v| v.id(43)).ensure(), "another VNI");
    assert_exists(ipr.link().add("vx0").vxlan(|v| v.id(42).port(4790)).ensure(), "another port");

    let links = ns.ip_link_names();
    for name in ["br0", "mv0", "mvt0", "vx0"] {
        assert_eq!(links.iter().filter(|l| *l == name).count(), 1, "{name} once: {links:?}");
    }
}

// Byte-exact requests, written from the UAPI: netlink.h, rtnetlink.h,
// if_link.h (numbers in the comments).

const RTM_NEWLINK: u16 = 16;
const NLM_F_REQUEST: u16 = 0x1;
const NLM_F_ACK: u16 = 0x4;
const NLM_F_EXCL: u16 = 0x200;
const NLM_F_CREATE: u16 = 0x400;
const NLA_F_NESTED: u16 = 0x8000;
const IFLA_IFNAME: u16 = 3;
const IFLA_LINK: u16 = 5;
const IFLA_LINKINFO: u16 = 18;
const IFLA_INFO_KIND: u16 = 1;
const IFLA_INFO_DATA: u16 = 2;

/// One attribute: `struct nlattr` then the payload, padded to 4 bytes.
fn nla(kind: u16, payload: &[u8]) -> Vec<u8> {
    let mut out = [&((4 + payload.len()) as u16).to_ne_bytes()[..], &kind.to_ne_bytes(), payload].concat();
    out.resize(out.len().div_ceil(4) * 4, 0);
    out
}

fn nest(kind: u16, attrs: &[Vec<u8>]) -> Vec<u8> {
    nla(kind | NLA_F_NESTED, &attrs.concat())
}

fn cstr(s: &str) -> Vec<u8> {
    [s.as_bytes(), &[0]].concat()
}

/// `struct nlmsghdr` (seq 1, port 0) and `struct ifinfomsg` for `index`,
/// then `attrs`.
fn message(flags: u16, index: i32, attrs: &[Vec<u8>]) -> Vec<u8> {
    let body = attrs.concat();
    let len = (16 + 16 + body.len()) as u32;
    let header = [
        &len.to_ne_bytes()[..],
        &RTM_NEWLINK.to_ne_bytes(),
        &flags.to_ne_bytes(),
        &1u32.to_ne_bytes(),
        &0u32.to_ne_bytes(),
    ]
    .concat();
    // ifi_family, pad, ifi_type, ifi_index, ifi_flags, ifi_change.
    let ifinfo =
        [&[0u8, 0][..], &0u16.to_ne_bytes(), &index.to_ne_bytes(), &0u32.to_ne_bytes(), &0u32.to_ne_bytes()]
            .concat();
    [header, ifinfo, body].concat()
}

/// `ip link add NAME link 2 type KIND` with `data`.
fn add(name: &str, kind: &str, data: &[Vec<u8>]) -> Vec<u8> {
    let flags = NLM_F_REQUEST | NLM_F_ACK | NLM_F_EXCL | NLM_F_CREATE;
    let info = nest(IFLA_LINKINFO, &[nla(IFLA_INFO_KIND, &cstr(kind)), nest(IFLA_INFO_DATA, data)]);
    message(flags, 0, &[nla(IFLA_IFNAME, &cstr(name)), nla(IFLA_LINK, &2u32.to_ne_bytes()), info])
}

fn bytes(request: &nlwire_std::LinkRequest) -> Vec<u8> {
    let mut buf = [0u8; 512];
    let mut b = Builder::new(&mut buf);
    b.push(request, 1).unwrap();
    b.as_bytes().to_vec()
}

const A: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1));
const B: IpAddr = IpAddr::V4(Ipv4Addr::new(198, 51, 100, 1));

#[test]
fn requests_of_kinds_this_kernel_lacks_are_byte_exact() {
    let mut ipr = IPRoute::new().unwrap();

    // IFLA_VLAN_ID 1 (u16), IFLA_VLAN_PROTOCOL 5 (__be16).
    let ours = ipr.link().add("vl0").link(2).vlan(|v| v.id(5).protocol(0x88a8)).request().unwrap();
    let want = add("vl0", "vlan", &[nla(1, &5u16.to_ne_bytes()), nla(5, &0x88a8u16.to_be_bytes())]);
    assert_eq!(bytes(&ours), want, "vlan");

    // IFLA_BOND_MODE 1 (u8), IFLA_BOND_MIIMON 3 (u32), IFLA_BOND_PRIMARY 11 (u32 ifindex).
    let ours = ipr
        .link()
        .add("bo0")
        .link(2)
        .bond(|b| b.mode(4).miimon(100).primary(Dev::Index(3)))
        .request()
        .unwrap();
    let want =
        add("bo0", "bond", &[nla(1, &[4]), nla(3, &100u32.to_ne_bytes()), nla(11, &3u32.to_ne_bytes())]);
    assert_eq!(bytes(&ours), want, "bond");

    // IFLA_IPVLAN_MODE 1 (u16, IPVLAN_MODE_L3 = 1), IFLA_IPVLAN_FLAGS 2 (u16, IPVLAN_F_VEPA = 2).
    let ours = ipr.link().add("ip0").link(2).ipvlan(|i| i.mode(IpvlanMode::L3).flags(2)).request().unwrap();
    let want = add("ip0", "ipvlan", &[nla(1, &1u16.to_ne_bytes()), nla(2, &2u16.to_ne_bytes())]);
    assert_eq!(bytes(&ours), want, "ipvlan");

    // IFLA_VRF_TABLE 1 (u32).
    let ours = ipr.link().add("vrf0").link(2).vrf(|v| v.table(10)).request().unwrap();
    assert_eq!(bytes(&ours), add("vrf0", "vrf", &[nla(1, &10u32.to_ne_bytes())]), "vrf");

    // IFLA_GENEVE_ID 1 (u32), IFLA_GENEVE_REMOTE 2 (in_addr), IFLA_GENEVE_TTL 3 (u8), IFLA_GENEVE_PORT 5 (__be16).
    let ours =
        ipr.link().add("gn0").link(2).geneve(|g| g.id(5).remote(A).ttl(64).port(6081)).request().unwrap();
    let want = add(
        "gn0",
        "geneve",
        &[
            nla(1, &5u32.to_ne_bytes()),
            nla(2, &[192, 0, 2, 1]),
            nla(3, &[64]),
            nla(5, &6081u16.to_be_bytes()),
        ],
    );
    assert_eq!(bytes(&ours), want, "geneve");

    // IFLA_GRE_LOCAL 6, IFLA_GRE_REMOTE 7 (in_addr), IFLA_GRE_TTL 8 (u8), IFLA_GRE_IKEY 4 (__be32) by name.
    let ours = ipr
        .link()
        .add("gr0")
        .link(2)
        .gre(|g| g.local(A).remote(B).ttl(9).set("ikey", 0x0102_0304))
        .request()
        .unwrap();
    let want = add(
        "gr0",
        "gre",
        &[nla(6, &[192, 0, 2, 1]), nla(7, &[198, 51, 100, 1]), nla(8, &[9]), nla(4, &[1, 2, 3, 4])],
    );
    assert_eq!(bytes(&ours), want, "gre");

    // The same options under gretap; IFLA_IPTUN_LOCAL 2, IFLA_IPTUN_REMOTE 3 (in_addr), IFLA_IPTUN_TTL 4 (u8) of sit.
    let ours = ipr.link().add("gt0").link(2).gretap(|g| g.ttl(9)).request().unwrap();
    assert_eq!(bytes(&ours), add("gt0", "gretap", &[nla(8, &[9])]), "gretap");
    let ours = ipr.link().add("st0").link(2).sit(|t| t.local(A).remote(B).ttl(64)).request().unwrap();
    let want = add("st0", "sit", &[nla(2, &[192, 0, 2, 1]), nla(3, &[198, 51, 100, 1]), nla(4, &[64])]);
    assert_eq!(bytes(&ours), want, "sit");

    // A kind the spec knows nothing of, its data raw and sent as given.
    let raw = nla(1, &7u32.to_ne_bytes());
    let ours = ipr.link().add("x0").kind("nosuchkind").link(2).data(&raw).request().unwrap();
    assert_eq!(bytes(&ours), add("x0", "nosuchkind", std::slice::from_ref(&raw)), "raw");
    let ours = ipr.link().add("x0").data(&raw).link(2).kind("nosuchkind").request().unwrap();
    assert_eq!(
        bytes(&ours),
        add("x0", "nosuchkind", std::slice::from_ref(&raw)),
        "raw given before the kind"
    );
    let err = ipr.link().add("x0").link(2).data(&raw).request().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "raw data without a kind: {err:?}");

    // ip link set dev 7 type vlan id 6: no NLM_F_CREATE, the index in ifinfomsg.
    let ours = ipr.link().set(7).vlan(|v| v.id(6)).request().unwrap();
    let info = nest(
        IFLA_LINKINFO,
        &[nla(IFLA_INFO_KIND, &cstr("vlan")), nest(IFLA_INFO_DATA, &[nla(1, &6u16.to_ne_bytes())])],
    );
    assert_eq!(bytes(&ours), message(NLM_F_REQUEST | NLM_F_ACK, 7, &[info]), "set");
}

#[test]
fn refused_options_send_nothing() {
    let mut ipr = IPRoute::new().unwrap();
    let err = ipr.link().add("vl0").link(2).vlan(|v| v.set("id", 70000)).request().unwrap_err();
    assert!(matches!(&err, Error::InvalidOption(why) if why.contains("IFLA_VLAN_ID")), "{err:?}");
    let err = ipr.link().add("bo0").bond(|b| b.set("mode", "no-such-mode")).request().unwrap_err();
    assert!(matches!(err, Error::InvalidOption(_)), "{err:?}");
    let err = ipr.link().add("vx0").vxlan(|v| v.id(1).dev(Dev::from("eth0"))).request().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "a name is resolved when sent: {err:?}");
    assert!(matches!(KindData::for_kind("dummy"), Err(Error::UnknownName(_))), "no spec for dummy's data");
}

// if_link.h: IFLA_INFO_SLAVE_KIND 4, IFLA_INFO_SLAVE_DATA 5; IFLA_BRPORT_STATE 1,
// IFLA_BRPORT_COST 3 (u32), IFLA_BRPORT_GUARD 5 (u8); IFLA_BOND_SLAVE_QUEUE_ID 5
// (u16), IFLA_BOND_SLAVE_PRIO 9 (s32).
const IFLA_INFO_SLAVE_KIND: u16 = 4;
const IFLA_INFO_SLAVE_DATA: u16 = 5;

/// `ip link set dev 7 type MASTER_slave ...`: `IFLA_LINKINFO` naming the
/// master's kind in `IFLA_INFO_SLAVE_KIND`, the options in `IFLA_INFO_SLAVE_DATA`.
fn port_set(master: &str, data: &[Vec<u8>]) -> Vec<u8> {
    let info =
        nest(IFLA_LINKINFO, &[nla(IFLA_INFO_SLAVE_KIND, &cstr(master)), nest(IFLA_INFO_SLAVE_DATA, data)]);
    message(NLM_F_REQUEST | NLM_F_ACK, 7, &[info])
}

#[test]
fn port_options_are_byte_exact() {
    let mut ipr = IPRoute::new().unwrap();

    // A bond port (this kernel has no bond): queue_id 2, prio 5, by name.
    let mut port = KindData::for_port("bond").unwrap();
    port.set("queue_id", 2).unwrap().set("IFLA_BOND_SLAVE_PRIO", 5).unwrap();
    let ours = ipr.link().set(7).port_data(port).request().unwrap();
    let want = port_set("bond", &[nla(5, &2u16.to_ne_bytes()), nla(9, &5i32.to_ne_bytes())]);
    assert_eq!(bytes(&ours), want, "bond port by name");
    // The same typed, in the order given; a value the port does not take is refused.
    let ours = ipr.link().set(7).bond_port(|p| p.queue_id(2).prio(5)).request().unwrap();
    assert_eq!(bytes(&ours), want, "typed bond port");
    let ours = ipr.link().set(7).bond_port(|p| p.prio(5).queue_id(2)).request().unwrap();
    assert_eq!(bytes(&ours), port_set("bond", &[nla(9, &5i32.to_ne_bytes()), nla(5, &2u16.to_ne_bytes())]));
    // prio is an s32 (the kernel's nla_get_s32): -1 is sent as such.
    let ours = ipr.link().set(7).bond_port(|p| p.prio(-1)).request().unwrap();
    assert_eq!(bytes(&ours), port_set("bond", &[nla(9, &(-1i32).to_ne_bytes())]), "negative prio");
    let err = ipr.link().set(7).bond_port(|p| p.set("queue_id", 70000)).request().unwrap_err();
    assert!(matches!(&err, Error::InvalidOption(why) if why.contains("QUEUE_ID")), "{err:?}");

    // A bridge port, typed and by name: the same bytes.
    let typed = PortOptions { cost: Some(10), guard: Some(true), ..PortOptions::default() };
    let want = port_set("bridge", &[nla(3, &10u32.to_ne_bytes()), nla(5, &[1])]);
    assert_eq!(bytes(&ipr.link().set(7).bridge_port(typed).request().unwrap()), want, "typed");
    let mut port = KindData::for_port("bridge").unwrap();
    port.set("cost", 10).unwrap().set("guard", true).unwrap();
    assert_eq!(bytes(&ipr.link().set(7).port_data(port).request().unwrap()), want, "by name");

    // Port options that need a request of their own are refused as one
    // request; so are a bad value, a name the port has not, a master kind
    // without port options: nothing is built.
    let alone = [
        ipr.link().add("v0").veth("v1").master(3).bridge_port(typed).request(),
        ipr.link().set(7).master(3).bridge_port(typed).request(),
        ipr.link().set(7).bridge(|b| b.stp(true)).bridge_port(typed).request(),
        ipr.link().add("v0").veth("v1").bond_port(|p| p.queue_id(2)).request(),
        ipr.link().set(7).bridge_port(PortOptions { state: Some(5), ..PortOptions::default() }).request(),
    ];
    for (i, refused) in alone.into_iter().enumerate() {
        assert!(matches!(refused, Err(Error::Invalid(_))), "{i}: {refused:?}");
    }
    let mut port = KindData::for_port("bond").unwrap();
    assert!(matches!(port.set("cost", 1), Err(Error::UnknownName(_))));
    assert!(matches!(port.set("queue_id", 70000), Err(Error::InvalidOption(_))));
    assert!(port.is_empty());
    assert!(matches!(KindData::for_port("veth"), Err(Error::UnknownName(_))));
    // A kind's options are no port options, nor the other way round.
    let bond = KindData::for_kind("bond").unwrap();
    let err = ipr.link().set(7).port_data(bond).request().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    let err = ipr.link().set(7).kind_data(KindData::for_port("bond").unwrap()).request().unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
}
