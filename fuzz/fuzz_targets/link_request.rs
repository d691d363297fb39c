//! Typed link requests from arbitrary values: a `link::Add` of any kind
//! with its options (veth peer, bridge, macvlan/macvtap, VXLAN, VLAN, bond,
//! ipvlan, VRF, ifb, wireguard, any other kind with raw data) emitted, read
//! back with the link view and the kinds' generated readers, rebuilt from
//! what was read and emitted again gives the same bytes; a request the
//! builder refuses completes nothing.
#![no_main]

mod request;

use std::net::IpAddr;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use nlwire::link::{
    self, ifla, info, BridgeOptions, IfFlags, IfName, IpvlanMode, Kind, Link, LinkSettings, MacvlanMode,
    VxlanOptions,
};
use nlwire::tables::rt_link::{
    LinkinfoBondAttrs, LinkinfoBridgeAttrs, LinkinfoIpvlanAttrs, LinkinfoMacvlanAttrs, LinkinfoVlanAttrs,
    LinkinfoVrfAttrs, LinkinfoVxlanAttrs,
};
use nlwire::{Attrs, Message};

const MACVLAN_MODES: [MacvlanMode; 5] = [
    MacvlanMode::Private,
    MacvlanMode::Vepa,
    MacvlanMode::Bridge,
    MacvlanMode::Passthru,
    MacvlanMode::Source,
];
const IPVLAN_MODES: [IpvlanMode; 3] = [IpvlanMode::L2, IpvlanMode::L3, IpvlanMode::L3s];
/// The kinds [`kind_read`] reads by name: any other name is `Kind::Other`.
const NAMED_KINDS: [&str; 11] =
    ["veth", "bridge", "macvlan", "macvtap", "vxlan", "vlan", "bond", "ipvlan", "vrf", "ifb", "wireguard"];

#[derive(Arbitrary, Debug)]
struct BridgeInput {
    stp_state: Option<u32>,
    forward_delay: Option<u32>,
    hello_time: Option<u32>,
    max_age: Option<u32>,
    ageing_time: Option<u32>,
    priority: Option<u16>,
    vlan_filtering: Option<bool>,
    vlan_default_pvid: Option<u16>,
    mcast_snooping: Option<bool>,
}

#[derive(Arbitrary, Debug)]
struct VxlanInput {
    id: u32,
    remote: Option<IpAddr>,
    local: Option<IpAddr>,
    port: Option<u16>,
    ttl: Option<u8>,
    learning: Option<bool>,
    dev: Option<u32>,
}

#[derive(Arbitrary, Debug)]
enum KindChoice<'a> {
    Veth(Option<&'a str>),
    Bridge(BridgeInput),
    /// An index into [`MACVLAN_MODES`].
    Macvlan(u8),
    Macvtap(u8),
    Vxlan(VxlanInput),
    Vlan {
        id: u16,
        protocol: Option<u16>,
    },
    Bond(Option<u8>),
    /// An index into [`IPVLAN_MODES`].
    Ipvlan(u8),
    Vrf(u32),
    Ifb,
    Wireguard,
    Other(&'a str, Option<&'a [u8]>),
}

/// The kind the input chooses, or `None` for a peer name `IfName` refuses
/// or another kind's name under `Other` (it reads back as that kind).
fn kind_chosen(choice: KindChoice<'_>) -> Option<Kind<'_>> {
    let pick = |i: u8, n: usize| usize::from(i) % n;
    Some(match choice {
        KindChoice::Veth(peer) => Kind::Veth { peer: peer.map(IfName::new).transpose().ok()? },
        KindChoice::Bridge(o) => Kind::Bridge(BridgeOptions {
            stp_state: o.stp_state,
            forward_delay: o.forward_delay,
            hello_time: o.hello_time,
            max_age: o.max_age,
            ageing_time: o.ageing_time,
            priority: o.priority,
            vlan_filtering: o.vlan_filtering,
            vlan_default_pvid: o.vlan_default_pvid,
            mcast_snooping: o.mcast_snooping,
        }),
        KindChoice::Macvlan(i) => Kind::Macvlan(MACVLAN_MODES[pick(i, MACVLAN_MODES.len())]),
        KindChoice::Macvtap(i) => Kind::Macvtap(MACVLAN_MODES[pick(i, MACVLAN_MODES.len())]),
        KindChoice::Vxlan(o) => Kind::Vxlan(VxlanOptions {
            id: o.id,
            remote: o.remote,
            local: o.local,
            port: o.port,
            ttl: o.ttl,
            learning: o.learning,
            dev: o.dev,
        }),
        KindChoice::Vlan { id, protocol } => Kind::Vlan { id, protocol },
        KindChoice::Bond(mode) => Kind::Bond { mode },
        KindChoice::Ipvlan(i) => Kind::Ipvlan(IPVLAN_MODES[pick(i, IPVLAN_MODES.len())]),
        KindChoice::Vrf(table) => Kind::Vrf { table },
        KindChoice::Ifb => Kind::Ifb,
        KindChoice::Wireguard => Kind::Wireguard,
        KindChoice::Other(kind, _) if NAMED_KINDS.contains(&kind) => return None,
        KindChoice::Other(kind, data) => Kind::Other { kind, data },
    })
}

/// The kind as read back: its name, `IFLA_INFO_DATA` through the kind's
/// generated readers (raw for other kinds), the veth peer's name.
fn kind_read<'a>(l: &Link<'a>) -> Kind<'a> {
    let linkinfo = l.linkinfo().expect("linkinfo").expect("linkinfo present");
    let data = linkinfo.data().expect("info data");
    let sent = || data.clone().expect("IFLA_INFO_DATA present");
    let is_set = |v: Option<u8>| v.map(|v| v != 0);
    let macvlan = |d: Attrs<'a>| {
        let mode = LinkinfoMacvlanAttrs(d).mode().expect("mode").expect("mode present");
        MACVLAN_MODES.into_iter().find(|m| *m as u32 == mode).expect("a mode that was sent")
    };
    match linkinfo.kind().expect("kind").expect("kind present") {
        "veth" => {
            // A veth's peer without a name is the kernel's choice: no `IFLA_IFNAME`.
            let peer = l.veth_peer().expect("veth peer").and_then(|p| p.ifname().expect("peer name"));
            Kind::Veth { peer: peer.map(|p| IfName::new(p).expect("a valid name")) }
        }
        "bridge" => {
            let d = LinkinfoBridgeAttrs(sent());
            Kind::Bridge(BridgeOptions {
                stp_state: d.stp_state().expect("stp_state"),
                forward_delay: d.forward_delay().expect("forward_delay"),
                hello_time: d.hello_time().expect("hello_time"),
                max_age: d.max_age().expect("max_age"),
                ageing_time: d.ageing_time().expect("ageing_time"),
                priority: d.priority().expect("priority"),
                vlan_filtering: is_set(d.vlan_filtering().expect("vlan_filtering")),
                vlan_default_pvid: d.vlan_default_pvid().expect("vlan_default_pvid"),
                mcast_snooping: is_set(d.mcast_snooping().expect("mcast_snooping")),
            })
        }
        "macvlan" => Kind::Macvlan(macvlan(sent())),
        "macvtap" => Kind::Macvtap(macvlan(sent())),
        "vxlan" => {
            let d = LinkinfoVxlanAttrs(sent());
            Kind::Vxlan(VxlanOptions {
                id: d.id().expect("id").expect("id present"),
                remote: d.group().expect("group").or(d.group6().expect("group6")),
                local: d.local().expect("local").or(d.local6().expect("local6")),
                port: d.port().expect("port"),
                ttl: d.ttl().expect("ttl"),
                learning: is_set(d.learning().expect("learning")),
                dev: d.link().expect("link"),
            })
        }
        "vlan" => {
            let d = LinkinfoVlanAttrs(sent());
            Kind::Vlan {
                id: d.id().expect("id").expect("id present"),
                protocol: d.protocol().expect("protocol"),
            }
        }
        // A bond without a mode sends no data.
        "bond" => Kind::Bond { mode: data.clone().and_then(|d| LinkinfoBondAttrs(d).mode().expect("mode")) },
        "ipvlan" => {
            let mode = LinkinfoIpvlanAttrs(sent()).mode().expect("mode").expect("mode present");
            Kind::Ipvlan(IPVLAN_MODES.into_iter().find(|m| *m as u16 == mode).expect("a mode that was sent"))
        }
        "vrf" => {
            Kind::Vrf { table: LinkinfoVrfAttrs(sent()).table().expect("table").expect("table present") }
        }
        "ifb" => Kind::Ifb,
        "wireguard" => Kind::Wireguard,
        other => {
            let linkinfo = l.attrs().find(ifla::LINKINFO).expect("linkinfo").expect("linkinfo present");
            let raw = linkinfo.nested().find(info::DATA).expect("info data").map(|a| a.payload());
            Kind::Other { kind: other, data: raw }
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    name: &'a str,
    kind: KindChoice<'a>,
    mtu: Option<u32>,
    up: Option<bool>,
    address: Option<&'a [u8]>,
    master: Option<u32>,
    alias: Option<&'a str>,
    txqlen: Option<u32>,
    link: Option<u32>,
    group: Option<u32>,
    cut: u16,
}

fuzz_target!(|input: Input<'_>| {
    let Ok(name) = IfName::new(input.name) else { return };
    let Some(kind) = kind_chosen(input.kind) else { return };
    let settings = LinkSettings {
        mtu: input.mtu,
        up: input.up,
        address: input.address,
        master: input.master,
        alias: input.alias,
        txqlen: input.txqlen,
        link: input.link,
        group: input.group,
        ..LinkSettings::default()
    };
    let Some(bytes) = request::emit(&link::Add { name, kind, settings }, input.cut) else { return };

    let msg = Message::parse(&bytes).expect("one whole message");
    let l = Link::parse(&msg).expect("the link view reads it");
    let change = u32::from_ne_bytes(msg.payload()[12..16].try_into().unwrap());
    let up = (change & IfFlags::UP.bits() != 0).then(|| l.flags().contains(IfFlags::UP));
    let raw = |id| msg.attrs_after(16).find(id).expect("well formed").map(|a| a.payload());
    let rebuilt = link::Add {
        name: IfName::new(l.ifname().expect("ifname").expect("ifname present")).expect("a valid name"),
        kind: kind_read(&l),
        settings: LinkSettings {
            mtu: l.mtu().expect("mtu"),
            up,
            address: raw(ifla::ADDRESS),
            master: l.master().expect("master"),
            alias: raw(ifla::IFALIAS).map(|a| core::str::from_utf8(a).expect("the alias as sent")),
            txqlen: l.txqlen().expect("txqlen"),
            link: l.link().expect("link").map(|i| i as u32),
            group: l.group().expect("group"),
            ..LinkSettings::default()
        },
    };
    assert_eq!(
        request::emit(&rebuilt, input.cut).as_deref(),
        Some(&bytes[..]),
        "emit, read, rebuild, emit differs"
    );
});
