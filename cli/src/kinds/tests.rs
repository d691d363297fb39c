//! The kinds this kernel lacks (vlan, bond and its ports, vrf, ipvlan),
//! from link messages built here byte by byte per `linux/if_link.h`: the
//! text is compared with what ip 6.1 prints of the same message (`ip -d
//! monitor file`), the JSON with the keys iproute2's `*_print_opt` write;
//! and their `link add` requests, byte for byte.

use std::io::Write as _;

use nlwire::build::Builder;
use nlwire::link::Link;
use nlwire::Message;

use crate::json::Json;
use crate::modify::Change;
use crate::names::Names;
use crate::sink::Sink;

/// A nested attribute, flagged `NLA_F_NESTED` as the kernel's netlink
/// documentation asks of new senders.
fn nest(kind: u16, payload: &[u8]) -> Vec<u8> {
    attr(kind | 0x8000, payload)
}

/// An attribute: length, type, payload, padding to 4 bytes.
fn attr(kind: u16, payload: &[u8]) -> Vec<u8> {
    let len = 4 + payload.len();
    let mut out = [(len as u16).to_ne_bytes(), kind.to_ne_bytes()].concat();
    out.extend_from_slice(payload);
    out.resize(len.next_multiple_of(4), 0);
    out
}

fn u8a(kind: u16, v: u8) -> Vec<u8> {
    attr(kind, &[v])
}
fn u16a(kind: u16, v: u16) -> Vec<u8> {
    attr(kind, &v.to_ne_bytes())
}
fn u32a(kind: u16, v: u32) -> Vec<u8> {
    attr(kind, &v.to_ne_bytes())
}

// From linux/if_link.h and linux/rtnetlink.h.
const RTM_NEWLINK: u16 = 16;
const IFLA_IFNAME: u16 = 3;
const IFLA_LINK: u16 = 5;
const IFLA_LINKINFO: u16 = 18;
const IFLA_INFO_KIND: u16 = 1;
const IFLA_INFO_DATA: u16 = 2;
const IFLA_INFO_SLAVE_KIND: u16 = 4;
const IFLA_INFO_SLAVE_DATA: u16 = 5;

/// `RTM_NEWLINK` for link 9 `name` (an Ethernet device) with `linkinfo`.
fn link_message(name: &str, linkinfo: &[u8]) -> Vec<u8> {
    // struct ifinfomsg: family, pad, type (ARPHRD_ETHER), index, flags, change.
    let mut body = vec![0u8, 0];
    body.extend_from_slice(&1u16.to_ne_bytes());
    body.extend_from_slice(&9i32.to_ne_bytes());
    body.extend_from_slice(&[0; 8]);
    body.extend(attr(IFLA_IFNAME, format!("{name}\0").as_bytes()));
    body.extend(attr(IFLA_LINKINFO, linkinfo));
    // struct nlmsghdr: len, type, flags, seq, pid.
    let mut msg = ((16 + body.len()) as u32).to_ne_bytes().to_vec();
    msg.extend_from_slice(&RTM_NEWLINK.to_ne_bytes());
    msg.extend_from_slice(&[0; 10]);
    msg.extend(body);
    msg
}

/// `linkinfo` of `kind` with `data`, and of a port of `slave` with its data.
fn linkinfo(kind: Option<(&str, Vec<u8>)>, slave: Option<(&str, Vec<u8>)>) -> Vec<u8> {
    let mut out = Vec::new();
    if let Some((kind, data)) = kind {
        out.extend(attr(IFLA_INFO_KIND, format!("{kind}\0").as_bytes()));
        out.extend(attr(IFLA_INFO_DATA, &data));
    }
    if let Some((kind, data)) = slave {
        out.extend(attr(IFLA_INFO_SLAVE_KIND, format!("{kind}\0").as_bytes()));
        out.extend(attr(IFLA_INFO_SLAVE_DATA, &data));
    }
    out
}

/// Our `linkinfo` of `msg`, as text and as JSON.
fn ours(msg: &[u8]) -> (String, serde_json::Value) {
    let names = Names::default();
    let message = Message::parse(msg).unwrap();
    let link = Link::parse(&message).unwrap();
    let info = link.linkinfo().unwrap().unwrap();
    let (mut text, mut json) = (Vec::new(), Vec::new());
    {
        let mut j = Json::new(&mut text, false);
        super::print(&mut Sink::Text(j.out()), &info, &names).unwrap();
        j.out().flush().unwrap();
    }
    {
        let mut j = Json::new(&mut json, false);
        j.begin_object().unwrap();
        super::print(&mut Sink::Json(&mut j), &info, &names).unwrap();
        j.end_object().unwrap();
        j.out().flush().unwrap();
    }
    let (text, json) = (String::from_utf8(text).unwrap(), String::from_utf8(json).unwrap());
    (text, serde_json::from_str(&json).unwrap())
}

/// What ip 6.1 prints of `msg` after its `link/` line (`ip OPTIONS -d
/// monitor file`).
fn ip_text(msg: &[u8], options: &[&str]) -> Option<String> {
    let text = crate::reference::monitor_file("ip", &[options, &["-d"]].concat(), msg)?;
    // Line 1 is the link's, line 2 its `link/` line.
    let rest: Vec<&str> = text.lines().skip(2).collect();
    Some(rest.iter().map(|l| format!("\n{l}")).collect())
}

/// Our text is ip's, and our JSON `linkinfo` is `json`.
fn check(msg: &[u8], json: serde_json::Value) {
    let (text, ours_json) = ours(msg);
    if let Some(theirs) = ip_text(msg, &[]) {
        assert_eq!(text, theirs, "text: ours, then ip's");
    }
    assert_eq!(ours_json["linkinfo"], json, "JSON");
}

// linux/if_link.h: IFLA_VLAN_*, IFLA_VLAN_QOS_MAPPING.
const IFLA_VLAN_ID: u16 = 1;
const IFLA_VLAN_FLAGS: u16 = 2;
const IFLA_VLAN_EGRESS_QOS: u16 = 3;
const IFLA_VLAN_INGRESS_QOS: u16 = 4;
const IFLA_VLAN_PROTOCOL: u16 = 5;
const IFLA_VLAN_QOS_MAPPING: u16 = 1;

fn qos(pairs: &[(u32, u32)]) -> Vec<u8> {
    pairs
        .iter()
        .flat_map(|(f, t)| attr(IFLA_VLAN_QOS_MAPPING, &[f.to_ne_bytes(), t.to_ne_bytes()].concat()))
        .collect()
}

#[test]
fn vlan_is_printed_as_ip_prints_it() {
    let mut data = u16a(IFLA_VLAN_ID, 5);
    // struct ifla_vlan_flags: flags, mask; REORDER_HDR | MVRP | BRIDGE_BINDING.
    data.extend(attr(IFLA_VLAN_FLAGS, &[0x19u32.to_ne_bytes(), u32::MAX.to_ne_bytes()].concat()));
    data.extend(attr(IFLA_VLAN_INGRESS_QOS, &qos(&[(1, 2), (3, 4)])));
    data.extend(attr(IFLA_VLAN_EGRESS_QOS, &qos(&[(5, 6)])));
    data.extend(attr(IFLA_VLAN_PROTOCOL, &0x88a8u16.to_be_bytes()));
    let msg = link_message("vl0", &linkinfo(Some(("vlan", data)), None));
    // iplink_vlan.c: protocol, id, flags (an array), the maps (arrays of
    // {from, to}).
    check(
        &msg,
        serde_json::json!({
            "info_kind": "vlan",
            "info_data": {
                "protocol": "802.1ad",
                "id": 5,
                "flags": ["REORDER_HDR", "MVRP", "BRIDGE_BINDING"],
                "ingress_qos": [{"from": 1, "to": 2}, {"from": 3, "to": 4}],
                "egress_qos": [{"from": 5, "to": 6}]
            }
        }),
    );
    // Without a protocol: 802.1Q; without flags: none shown.
    let msg = link_message("vl1", &linkinfo(Some(("vlan", u16a(IFLA_VLAN_ID, 4094))), None));
    check(&msg, serde_json::json!({"info_kind": "vlan", "info_data": {"protocol": "802.1q", "id": 4094}}));
}

/// With `-N`, ip's `ll_proto_n2a` gives the protocol's number: `[33024]`.
#[test]
fn vlan_protocols_are_numbers_with_numeric() {
    crate::names::use_numbers_in_this_thread();
    for protocol in [0x8100u16, 0x88a8] {
        let data = [u16a(IFLA_VLAN_ID, 5), attr(IFLA_VLAN_PROTOCOL, &protocol.to_be_bytes())].concat();
        let msg = link_message("vl0", &linkinfo(Some(("vlan", data)), None));
        let (text, json) = ours(&msg);
        if let Some(theirs) = ip_text(&msg, &["-N"]) {
            assert_eq!(text, theirs, "text: ours, then ip's");
        }
        assert_eq!(json["linkinfo"]["info_data"]["protocol"], format!("[{protocol}]"), "JSON");
    }
}

// linux/if_link.h: IFLA_BOND_*.
const IFLA_BOND_MODE: u16 = 1;
const IFLA_BOND_MIIMON: u16 = 3;
const IFLA_BOND_UPDELAY: u16 = 4;
const IFLA_BOND_DOWNDELAY: u16 = 5;
const IFLA_BOND_USE_CARRIER: u16 = 6;
const IFLA_BOND_ARP_INTERVAL: u16 = 7;
const IFLA_BOND_ARP_IP_TARGET: u16 = 8;
const IFLA_BOND_ARP_VALIDATE: u16 = 9;
const IFLA_BOND_ARP_ALL_TARGETS: u16 = 10;
const IFLA_BOND_PRIMARY_RESELECT: u16 = 12;
const IFLA_BOND_FAIL_OVER_MAC: u16 = 13;
const IFLA_BOND_XMIT_HASH_POLICY: u16 = 14;
const IFLA_BOND_RESEND_IGMP: u16 = 15;
const IFLA_BOND_NUM_PEER_NOTIF: u16 = 16;
const IFLA_BOND_ALL_SLAVES_ACTIVE: u16 = 17;
const IFLA_BOND_MIN_LINKS: u16 = 18;
const IFLA_BOND_LP_INTERVAL: u16 = 19;
const IFLA_BOND_PACKETS_PER_SLAVE: u16 = 20;
const IFLA_BOND_AD_LACP_RATE: u16 = 21;
const IFLA_BOND_AD_SELECT: u16 = 22;
const IFLA_BOND_AD_ACTOR_SYS_PRIO: u16 = 24;
const IFLA_BOND_AD_USER_PORT_KEY: u16 = 25;
const IFLA_BOND_AD_ACTOR_SYSTEM: u16 = 26;
const IFLA_BOND_TLB_DYNAMIC_LB: u16 = 27;
const IFLA_BOND_PEER_NOTIF_DELAY: u16 = 28;
const IFLA_BOND_AD_LACP_ACTIVE: u16 = 29;
const IFLA_BOND_MISSED_MAX: u16 = 30;

#[test]
fn bond_is_printed_as_ip_prints_it() {
    let targets = [attr(0, &[192, 0, 2, 1]), attr(1, &[192, 0, 2, 2])].concat();
    let data = [
        u8a(IFLA_BOND_MODE, 1),
        u32a(IFLA_BOND_MIIMON, 100),
        u32a(IFLA_BOND_UPDELAY, 200),
        u32a(IFLA_BOND_DOWNDELAY, 300),
        u32a(IFLA_BOND_PEER_NOTIF_DELAY, 0),
        u8a(IFLA_BOND_USE_CARRIER, 1),
        u32a(IFLA_BOND_ARP_INTERVAL, 0),
        u8a(IFLA_BOND_MISSED_MAX, 2),
        attr(IFLA_BOND_ARP_IP_TARGET, &targets),
        u32a(IFLA_BOND_ARP_VALIDATE, 3),
        u32a(IFLA_BOND_ARP_ALL_TARGETS, 1),
        u8a(IFLA_BOND_PRIMARY_RESELECT, 2),
        u8a(IFLA_BOND_FAIL_OVER_MAC, 1),
        u8a(IFLA_BOND_XMIT_HASH_POLICY, 2),
        u32a(IFLA_BOND_RESEND_IGMP, 1),
        u8a(IFLA_BOND_NUM_PEER_NOTIF, 1),
        u8a(IFLA_BOND_ALL_SLAVES_ACTIVE, 0),
        u32a(IFLA_BOND_MIN_LINKS, 0),
        u32a(IFLA_BOND_LP_INTERVAL, 1),
        u32a(IFLA_BOND_PACKETS_PER_SLAVE, 1),
        u8a(IFLA_BOND_AD_LACP_ACTIVE, 1),
        u8a(IFLA_BOND_AD_LACP_RATE, 1),
        u8a(IFLA_BOND_AD_SELECT, 2),
        u16a(IFLA_BOND_AD_ACTOR_SYS_PRIO, 65535),
        u16a(IFLA_BOND_AD_USER_PORT_KEY, 0),
        attr(IFLA_BOND_AD_ACTOR_SYSTEM, &[2, 0, 0, 0, 0, 0x42]),
        u8a(IFLA_BOND_TLB_DYNAMIC_LB, 1),
    ]
    .concat();
    let msg = link_message("bond0", &linkinfo(Some(("bond", data)), None));
    // iplink_bond.c's keys, in its order.
    check(
        &msg,
        serde_json::json!({
            "info_kind": "bond",
            "info_data": {
                "mode": "active-backup",
                "miimon": 100,
                "updelay": 200,
                "downdelay": 300,
                "peer_notify_delay": 0,
                "use_carrier": 1,
                "arp_interval": 0,
                "arp_missed_max": 2,
                "arp_ip_target": ["192.0.2.1", "192.0.2.2"],
                "arp_validate": "all",
                "arp_all_targets": "all",
                "primary_reselect": "failure",
                "fail_over_mac": "active",
                "xmit_hash_policy": "layer2+3",
                "resend_igmp": 1,
                "num_peer_notif": 1,
                "all_slaves_active": 0,
                "min_links": 0,
                "lp_interval": 1,
                "packets_per_slave": 1,
                "ad_lacp_active": "on",
                "ad_lacp_rate": "fast",
                "ad_select": "count",
                "ad_actor_sys_prio": 65535,
                "ad_user_port_key": 0,
                "ad_actor_system": "02:00:00:00:00:42",
                "tlb_dynamic_lb": 1
            }
        }),
    );
}

// linux/if_link.h: IFLA_BOND_AD_INFO and its IFLA_BOND_AD_INFO_*.
const IFLA_BOND_AD_INFO: u16 = 23;

#[test]
fn bond_aggregator_and_unset_arp_validate_are_printed_as_ip_prints_them() {
    let ad_info = [
        u16a(1, 1),                   // AGGREGATOR
        u16a(2, 2),                   // NUM_PORTS
        u16a(3, 3),                   // ACTOR_KEY
        u16a(4, 4),                   // PARTNER_KEY
        attr(5, &[2, 0, 0, 0, 0, 5]), // PARTNER_MAC
    ]
    .concat();
    let data = [
        u8a(IFLA_BOND_MODE, 4),
        u32a(IFLA_BOND_ARP_VALIDATE, 0),
        nest(IFLA_BOND_AD_INFO, &ad_info),
        u16a(IFLA_BOND_AD_ACTOR_SYS_PRIO, 1),
    ]
    .concat();
    let msg = link_message("bond1", &linkinfo(Some(("bond", data)), None));
    // iplink_bond.c: `arp_validate` 0 is JSON null ("none" in text); the
    // aggregator is an object of its own.
    check(
        &msg,
        serde_json::json!({
            "info_kind": "bond",
            "info_data": {
                "mode": "802.3ad",
                "arp_validate": null,
                "ad_info": {
                    "aggregator": 1,
                    "num_ports": 2,
                    "actor_key": 3,
                    "partner_key": 4,
                    "partner_mac": "02:00:00:00:00:05"
                },
                "ad_actor_sys_prio": 1
            }
        }),
    );
}

// linux/if_link.h: IFLA_BOND_SLAVE_*.
#[test]
fn bond_port_is_printed_as_ip_prints_it() {
    let data = [
        u8a(1, 1),                    // STATE: BACKUP
        u8a(2, 0),                    // MII_STATUS: UP
        u32a(3, 2),                   // LINK_FAILURE_COUNT
        attr(4, &[2, 0, 0, 0, 0, 7]), // PERM_HWADDR
        u16a(5, 3),                   // QUEUE_ID
        u16a(6, 4),                   // AD_AGGREGATOR_ID
        u8a(7, 61),                   // AD_ACTOR_OPER_PORT_STATE
        u16a(8, 62),                  // AD_PARTNER_OPER_PORT_STATE
        u32a(9, -7i32 as u32),        // PRIO: s32 (nla_put_s32)
    ]
    .concat();
    let msg = link_message("eth9", &linkinfo(None, Some(("bond", data))));
    check(
        &msg,
        serde_json::json!({
            "info_slave_kind": "bond",
            "info_slave_data": {
                "state": "BACKUP",
                "mii_status": "UP",
                "link_failure_count": 2,
                "perm_hwaddr": "02:00:00:00:00:07",
                "queue_id": 3,
                "prio": -7,
                "ad_aggregator_id": 4,
                "ad_actor_oper_port_state": 61,
                "ad_actor_oper_port_state_str": ["active", "aggregating", "in_sync", "collecting", "distributing"],
                "ad_partner_oper_port_state": 62,
                "ad_partner_oper_port_state_str":
                    ["short_timeout", "aggregating", "in_sync", "collecting", "distributing"]
            }
        }),
    );
}

#[test]
fn vrf_ipvlan_and_their_ports_are_printed_as_ip_prints_them() {
    // IFLA_VRF_TABLE; a port's IFLA_VRF_PORT_TABLE.
    let msg = link_message("red", &linkinfo(Some(("vrf", u32a(1, 10))), None));
    check(&msg, serde_json::json!({"info_kind": "vrf", "info_data": {"table": 10}}));
    let msg = link_message("eth8", &linkinfo(None, Some(("vrf", u32a(1, 10)))));
    check(&msg, serde_json::json!({"info_slave_kind": "vrf", "info_slave_data": {"table": 10}}));
    // IFLA_IPVLAN_MODE (u16: L3S), IFLA_IPVLAN_FLAGS (u16: VEPA).
    let msg = link_message("ipv0", &linkinfo(Some(("ipvlan", [u16a(1, 2), u16a(2, 2)].concat())), None));
    check(&msg, serde_json::json!({"info_kind": "ipvlan", "info_data": {"mode": "l3s", "vepa": true}}));
    // A kind ip has no printer for: the kind alone.
    let msg = link_message("d0", &linkinfo(Some(("dummy", Vec::new())), None));
    check(&msg, serde_json::json!({"info_kind": "dummy"}));
}

/// The request `nlw ARGS` sends, with `d0` at index 7.
fn request(args: &str) -> Vec<u8> {
    let words: Vec<String> = args.split(' ').map(str::to_owned).collect();
    let change = Change::parse(&words[0], &words[1], &words[2..], 0).unwrap();
    let mut ifindex = |dev: &str| -> crate::Result<u32> {
        assert_eq!(dev, "d0");
        Ok(7)
    };
    let prepared = change.prepare(None, &mut ifindex, None).unwrap().unwrap();
    let mut buf = vec![0; 4096];
    let mut builder = Builder::new(&mut buf);
    builder.push(&prepared, 1).unwrap();
    builder.as_bytes().to_vec()
}

/// `RTM_NEWLINK` creating `name` (flags REQUEST | ACK | EXCL | CREATE,
/// sequence 1) with `attrs` after its name.
fn add_message(name: &str, attrs: &[u8]) -> Vec<u8> {
    let mut body = vec![0u8; 16];
    body.extend(attr(IFLA_IFNAME, format!("{name}\0").as_bytes()));
    body.extend_from_slice(attrs);
    let mut msg = ((16 + body.len()) as u32).to_ne_bytes().to_vec();
    msg.extend_from_slice(&RTM_NEWLINK.to_ne_bytes());
    msg.extend_from_slice(&0x0605u16.to_ne_bytes());
    msg.extend_from_slice(&1u32.to_ne_bytes());
    msg.extend_from_slice(&0u32.to_ne_bytes());
    msg.extend(body);
    msg
}

fn kind_info(kind: &str, data: &[u8]) -> Vec<u8> {
    nest(
        IFLA_LINKINFO,
        &[attr(IFLA_INFO_KIND, format!("{kind}\0").as_bytes()), nest(IFLA_INFO_DATA, data)].concat(),
    )
}

#[test]
fn requests_of_absent_kinds_are_built_as_the_kernel_reads_them() {
    let vlan = [
        u16a(IFLA_VLAN_ID, 5),
        attr(IFLA_VLAN_PROTOCOL, &0x88a8u16.to_be_bytes()),
        nest(IFLA_VLAN_INGRESS_QOS, &qos(&[(1, 2)])),
        attr(IFLA_VLAN_FLAGS, &[0u32.to_ne_bytes(), 1u32.to_ne_bytes()].concat()),
    ]
    .concat();
    assert_eq!(
        request("link add vl0 link d0 type vlan id 5 protocol 802.1ad ingress-qos-map 1:2 reorder_hdr off"),
        add_message("vl0", &[u32a(IFLA_LINK, 7), kind_info("vlan", &vlan)].concat())
    );
    let bond = [
        u8a(IFLA_BOND_MODE, 4),
        u32a(IFLA_BOND_MIIMON, 100),
        u8a(IFLA_BOND_XMIT_HASH_POLICY, 1),
        nest(IFLA_BOND_ARP_IP_TARGET, &[attr(0, &[192, 0, 2, 1]), attr(1, &[192, 0, 2, 2])].concat()),
        u32a(2, 7), // IFLA_BOND_ACTIVE_SLAVE
        u8a(IFLA_BOND_NUM_PEER_NOTIF, 3),
    ]
    .concat();
    assert_eq!(
        request(
            "link add bond0 type bond mode 802.3ad miimon 100 xmit_hash_policy layer3+4 \
             arp_ip_target 192.0.2.1,192.0.2.2 active_slave d0 num_grat_arp 3"
        ),
        add_message("bond0", &kind_info("bond", &bond))
    );
    assert_eq!(
        request("link add red type vrf table 10"),
        add_message("red", &kind_info("vrf", &u32a(1, 10)))
    );
    assert_eq!(
        request("link add ipv0 link d0 type ipvlan mode l3 private"),
        add_message(
            "ipv0",
            &[u32a(IFLA_LINK, 7), kind_info("ipvlan", &[u16a(1, 1), u16a(2, 1)].concat())].concat()
        )
    );
}

/// The exit code `nlw ARGS` refuses with, as ip: 255 for what its parser
/// rejects, 1 for what a kind's parser rejects.
fn refusal(args: &str) -> i32 {
    let words: Vec<String> = args.split(' ').map(str::to_owned).collect();
    match Change::parse(&words[0], &words[1], &words[2..], 0).err().map(crate::CliError::into_failure) {
        Some(crate::Failure::Usage(_)) => 255,
        Some(crate::Failure::Rejected(_)) => 1,
        other => panic!("{args}: {other:?}"),
    }
}

#[test]
fn bad_kind_options_are_refused_before_anything_is_built() {
    for (args, code) in [
        ("link add vl0 link d0 type vlan id 4096x", 255),
        ("link add vl0 link d0 type vlan id 5 reorder_hdr maybe", 1),
        ("link add vl0 link d0 type vlan frob", 1),
        ("link add bond0 type bond mode sideways", 255),
        ("link add bond0 type bond miimon lots", 255),
        ("link add bond0 type bond root_port 1", 1),
        ("link add red type vrf table", 255),
        ("link add ipv0 link d0 type ipvlan mode l4", 1),
        ("link add vx0 type vxlan id 16777216", 255),
        ("link add vx0 type vxlan id 5 external", 1),
    ] {
        assert_eq!(refusal(args), code, "{args}");
    }
}

// linux/if_link.h: IFLA_GENEVE_*.
const IFLA_GENEVE_ID: u16 = 1;
const IFLA_GENEVE_REMOTE: u16 = 2;
const IFLA_GENEVE_TTL: u16 = 3;
const IFLA_GENEVE_TOS: u16 = 4;
const IFLA_GENEVE_PORT: u16 = 5;
const IFLA_GENEVE_UDP_CSUM: u16 = 8;
const IFLA_GENEVE_UDP_ZERO_CSUM6_TX: u16 = 9;
const IFLA_GENEVE_LABEL: u16 = 11;
const IFLA_GENEVE_DF: u16 = 13;

#[test]
fn geneve_is_printed_as_ip_prints_it() {
    let data = [
        u32a(IFLA_GENEVE_ID, 5),
        attr(IFLA_GENEVE_REMOTE, &[192, 0, 2, 1]),
        u8a(IFLA_GENEVE_TTL, 0),
        u8a(IFLA_GENEVE_TOS, 0x10),
        u8a(IFLA_GENEVE_DF, 1),
        attr(IFLA_GENEVE_LABEL, &5u32.to_be_bytes()),
        attr(IFLA_GENEVE_PORT, &6081u16.to_be_bytes()),
        u8a(IFLA_GENEVE_UDP_CSUM, 0),
        u8a(IFLA_GENEVE_UDP_ZERO_CSUM6_TX, 1),
    ]
    .concat();
    let msg = link_message("gnv0", &linkinfo(Some(("geneve", data)), None));
    // iplink_geneve.c: id, remote, ttl (0 in JSON), tos and flowlabel as
    // hex strings, df, dstport, the checksum switches as booleans.
    check(
        &msg,
        serde_json::json!({
            "info_kind": "geneve",
            "info_data": {
                "id": 5,
                "remote": "192.0.2.1",
                "ttl": 0,
                "tos": "0x10",
                "df": "set",
                "label": "0x5",
                "port": 6081,
                "udp_csum": false,
                "udp_zero_csum6_tx": true
            }
        }),
    );
}

// linux/if_tunnel.h: IFLA_GRE_*, IFLA_IPTUN_*, GRE_* flags (network order).
const IFLA_GRE_IFLAGS: u16 = 2;
const IFLA_GRE_OFLAGS: u16 = 3;
const IFLA_GRE_IKEY: u16 = 4;
const IFLA_GRE_OKEY: u16 = 5;
const IFLA_GRE_LOCAL: u16 = 6;
const IFLA_GRE_REMOTE: u16 = 7;
const IFLA_GRE_TTL: u16 = 8;
const IFLA_GRE_TOS: u16 = 9;
const IFLA_GRE_PMTUDISC: u16 = 10;
const IFLA_GRE_IGNORE_DF: u16 = 19;
const IFLA_GRE_FWMARK: u16 = 20;
const GRE_KEY_SEQ: [u8; 2] = [0x30, 0x00];
const GRE_CSUM: [u8; 2] = [0x80, 0x00];

#[test]
fn gre_and_gretap_are_printed_as_ip_prints_them() {
    for kind in ["gre", "gretap"] {
        let data = [
            attr(IFLA_GRE_IFLAGS, &GRE_KEY_SEQ),
            attr(IFLA_GRE_OFLAGS, &GRE_CSUM),
            attr(IFLA_GRE_IKEY, &5u32.to_be_bytes()),
            attr(IFLA_GRE_OKEY, &0u32.to_be_bytes()),
            attr(IFLA_GRE_LOCAL, &[0, 0, 0, 0]),
            attr(IFLA_GRE_REMOTE, &[192, 0, 2, 2]),
            u8a(IFLA_GRE_TTL, 64),
            u8a(IFLA_GRE_TOS, 1),
            u8a(IFLA_GRE_PMTUDISC, 0),
            u8a(IFLA_GRE_IGNORE_DF, 1),
            u32a(IFLA_GRE_FWMARK, 16),
        ]
        .concat();
        let msg = link_message("gre1", &linkinfo(Some((kind, data)), None));
        // link_gre.c: endpoints (`any` unset), ttl, tos, pmtudisc, the keys
        // as dotted quads, the flags as booleans, fwmark in hex, ignore_df.
        check(
            &msg,
            serde_json::json!({
                "info_kind": kind,
                "info_data": {
                    "remote": "192.0.2.2",
                    "local": "any",
                    "ttl": 64,
                    "tos": "0x1",
                    "pmtudisc": false,
                    "ikey": "0.0.0.5",
                    "iseq": true,
                    "ocsum": true,
                    "fwmark": "0x10",
                    "ignore_df": true
                }
            }),
        );
    }
}

// linux/if_tunnel.h: IFLA_IPTUN_*.
const IFLA_IPTUN_LOCAL: u16 = 2;
const IFLA_IPTUN_REMOTE: u16 = 3;
const IFLA_IPTUN_TTL: u16 = 4;
const IFLA_IPTUN_FLAGS: u16 = 8;
const IFLA_IPTUN_PROTO: u16 = 9;
const IFLA_IPTUN_PMTUDISC: u16 = 10;

#[test]
fn ipip_and_sit_are_printed_as_ip_prints_them() {
    let data = [
        attr(IFLA_IPTUN_LOCAL, &[192, 0, 2, 1]),
        attr(IFLA_IPTUN_REMOTE, &[198, 51, 100, 1]),
        u8a(IFLA_IPTUN_TTL, 0),
        u8a(IFLA_IPTUN_PROTO, 4),
        u8a(IFLA_IPTUN_PMTUDISC, 1),
    ]
    .concat();
    let msg = link_message("ipip1", &linkinfo(Some(("ipip", data)), None));
    // link_iptnl.c: proto by name, endpoints, ttl, pmtudisc.
    check(
        &msg,
        serde_json::json!({
            "info_kind": "ipip",
            "info_data": {"proto": "ipip", "remote": "198.51.100.1", "local": "192.0.2.1", "ttl": 0, "pmtudisc": true}
        }),
    );
    let data = [
        attr(IFLA_IPTUN_REMOTE, &[198, 51, 100, 2]),
        u8a(IFLA_IPTUN_TTL, 64),
        u8a(IFLA_IPTUN_PROTO, 41),
        u8a(IFLA_IPTUN_PMTUDISC, 0),
        u16a(IFLA_IPTUN_FLAGS, 1),
    ]
    .concat();
    let msg = link_message("sit1", &linkinfo(Some(("sit", data)), None));
    check(
        &msg,
        serde_json::json!({
            "info_kind": "sit",
            "info_data": {
                "proto": "ip6ip",
                "remote": "198.51.100.2",
                "local": "any",
                "ttl": 64,
                "pmtudisc": false,
                "isatap": true
            }
        }),
    );
}

#[test]
fn requests_of_absent_tunnels_are_built_as_the_kernel_reads_them() {
    let geneve = [
        u32a(IFLA_GENEVE_ID, 5),
        attr(IFLA_GENEVE_REMOTE, &[192, 0, 2, 1]),
        attr(IFLA_GENEVE_PORT, &6081u16.to_be_bytes()),
        u8a(IFLA_GENEVE_UDP_CSUM, 0),
    ]
    .concat();
    assert_eq!(
        request("link add gnv0 type geneve id 5 remote 192.0.2.1 dstport 6081 noudpcsum"),
        add_message("gnv0", &kind_info("geneve", &geneve))
    );
    let gre = [
        attr(IFLA_GRE_REMOTE, &[192, 0, 2, 2]),
        attr(IFLA_GRE_LOCAL, &[192, 0, 2, 1]),
        u8a(IFLA_GRE_TTL, 64),
        attr(IFLA_GRE_IKEY, &5u32.to_be_bytes()),
        attr(IFLA_GRE_OKEY, &5u32.to_be_bytes()),
        u32a(1, 7), // IFLA_GRE_LINK
        attr(IFLA_GRE_IFLAGS, &[0x20, 0]),
        attr(IFLA_GRE_OFLAGS, &[0x20, 0]),
    ]
    .concat();
    assert_eq!(
        request("link add gre1 type gretap remote 192.0.2.2 local 192.0.2.1 ttl 64 key 5 dev d0"),
        add_message("gre1", &kind_info("gretap", &gre))
    );
    let sit =
        [attr(IFLA_IPTUN_REMOTE, &[198, 51, 100, 2]), u8a(IFLA_IPTUN_PMTUDISC, 0), u16a(IFLA_IPTUN_FLAGS, 1)]
            .concat();
    assert_eq!(
        request("link add sit1 type sit remote 198.51.100.2 nopmtudisc isatap"),
        add_message("sit1", &kind_info("sit", &sit))
    );
    for (args, code) in [
        ("link add gnv0 type geneve remote 192.0.2.1", 1),
        ("link add gnv0 type geneve id 5", 1),
        ("link add gnv0 type geneve id 5 remote 192.0.2.1 external", 1),
        ("link add gnv0 type geneve id 5 remote 224.0.0.1", 255),
        ("link add gre1 type gre remote 2001:db8::1", 255),
        ("link add gre1 type gre key lots", 255),
        ("link add ipip1 type ipip isatap", 1),
        ("link add sit1 type sit mode frob", 255),
    ] {
        assert_eq!(refusal(args), code, "{args}");
    }
}

// linux/if_link.h: IFLA_BR_* that this kernel (without VLAN filtering)
// does not send.
const IFLA_BR_STP_STATE: u16 = 5;
const IFLA_BR_VLAN_FILTERING: u16 = 7;
const IFLA_BR_VLAN_PROTOCOL: u16 = 8;
const IFLA_BR_GC_TIMER: u16 = 19;
const IFLA_BR_GROUP_FWD_MASK: u16 = 9;
const IFLA_BR_VLAN_DEFAULT_PVID: u16 = 39;
const IFLA_BR_VLAN_STATS_ENABLED: u16 = 41;
const IFLA_BR_VLAN_STATS_PER_PORT: u16 = 45;

#[test]
fn a_bridges_vlan_options_are_printed_as_ip_prints_them() {
    let data = [
        u32a(IFLA_BR_STP_STATE, 0),
        u8a(IFLA_BR_VLAN_FILTERING, 1),
        attr(IFLA_BR_VLAN_PROTOCOL, &0x88a8u16.to_be_bytes()),
        attr(IFLA_BR_GC_TIMER, &1234u64.to_ne_bytes()),
        u16a(IFLA_BR_VLAN_DEFAULT_PVID, 1),
        u8a(IFLA_BR_VLAN_STATS_ENABLED, 0),
        u8a(IFLA_BR_VLAN_STATS_PER_PORT, 1),
        u16a(IFLA_BR_GROUP_FWD_MASK, 0),
    ]
    .concat();
    let msg = link_message("br9", &linkinfo(Some(("bridge", data)), None));
    // iplink_bridge.c: the protocol by name, the timer with two decimals.
    check(
        &msg,
        serde_json::json!({
            "info_kind": "bridge",
            "info_data": {
                "stp_state": 0,
                "vlan_filtering": 1,
                "vlan_protocol": "802.1ad",
                "gc_timer": 12.34,
                "vlan_default_pvid": 1,
                "vlan_stats_enabled": 0,
                "vlan_stats_per_port": 1,
                "group_fwd_mask": "0"
            }
        }),
    );
}

#[test]
fn a_bridges_vlan_options_are_sent_as_the_kernel_reads_them() {
    let data = [
        attr(IFLA_BR_VLAN_PROTOCOL, &0x88a8u16.to_be_bytes()),
        u16a(IFLA_BR_VLAN_DEFAULT_PVID, 7),
        u8a(IFLA_BR_VLAN_FILTERING, 1),
        // IFLA_BR_MULTI_BOOLOPT: struct br_boolopt_multi { optval, optmask },
        // BR_BOOLOPT_NO_LL_LEARN (bit 0) set.
        attr(46, &[1u32.to_ne_bytes(), 1u32.to_ne_bytes()].concat()),
    ]
    .concat();
    assert_eq!(
        request("link add br9 type bridge vlan_protocol 802.1ad vlan_default_pvid 7 vlan_filtering 1 no_linklocal_learn 1"),
        add_message("br9", &kind_info("bridge", &data))
    );
}

/// `bond_slave prio` is an s32 (ip's get_s32, the kernel's nla_get_s32):
/// `prio -1` is sent as `IFLA_BOND_SLAVE_PRIO` (9) holding -1.
#[test]
fn a_bond_ports_negative_prio_is_sent_as_an_s32() {
    let sent = request("link set d0 type bond_slave queue_id 3 prio -1");
    let prio = attr(9, &(-1i32).to_ne_bytes());
    let queue_id = u16a(5, 3);
    let has = |needle: &[u8]| sent.windows(needle.len()).any(|w| w == needle);
    assert!(has(&[queue_id, prio].concat()), "{sent:02x?}");
    assert_eq!(refusal("link set d0 type bond_slave prio 2147483648"), 255); // invarg
}
