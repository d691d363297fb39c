//! `bridge` and `bridge_slave`: ip's keys for a bridge's and a bridge
//! port's options, printed (`ip -d link show`) and parsed (`ip link add
//! NAME type bridge stp_state 1`, `ip link set DEV type bridge_slave
//! hairpin on`) from one table per kind.

use std::fmt::Write as _;
use std::io::{self, Write};

use nlwire::attr::{Attr, Attrs};
use nlwire::link::{bridge, brport};
use nlwire::tables::rt_link::BR_PORT_STATE_NAMES;

use super::data::{short, unknown, Short};
use super::vlan::{protocol, protocol_name};
use crate::args::{c_number, mac, on_off, Words};
use crate::names::Names;
use crate::sink::Sink;
use crate::Result;
use nlwire_std::{KindData, KindValue};

/// How ip prints (and takes) an attribute of a kind's data.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    U8,
    U16,
    U32,
    U64,
    /// A `u8` flag: JSON `true`/`false`, text `on`/`off`.
    OnOff,
    /// The same in text only.
    OnOffText,
    /// Hundredths of a second (`u64`): `12.34`, in text `  12.34`.
    Timer,
    /// `struct ifla_bridge_id`: priority in hex, then the address unpadded
    /// as `ether_ntoa` writes it: `8000.2:0:a:0:0:5`.
    BridgeId,
    /// A `u16` as C's `%#x` (`0`, `0x8001`), a string in JSON.
    Hex16,
    /// A hardware address.
    Mac,
    /// A bridge port's STP state by name.
    PortState,
    /// The `u16` group forwarding mask as names: `stp,lldp`, `0x0` for none.
    FwdMaskNames,
    /// One bit of `struct br_boolopt_multi`, as 0 or 1, shown if in its mask.
    BoolOpt(u32),
    /// An interface index, shown by name.
    IfName,
    /// A VLAN protocol (`u16`, network order) by name: `802.1Q`.
    VlanProtocol,
}

/// An attribute of a kind's data: its id, names and form. The names are
/// the JSON key, then the text keyword (the option word too) where it
/// differs (`"root_id designated_root"`): one string a row keeps the
/// tables small.
type Field = (u16, &'static str, Form);

/// The JSON key and the text keyword of `field`.
fn names_of(field: &Field) -> (&'static str, &'static str) {
    field.1.split_once(' ').unwrap_or((field.1, field.1))
}

/// A bridge's options (`IFLA_BR_*`), in ip's order.
const BRIDGE: &[Field] = &[
    (bridge::FORWARD_DELAY, "forward_delay", Form::U32),
    (bridge::HELLO_TIME, "hello_time", Form::U32),
    (bridge::MAX_AGE, "max_age", Form::U32),
    (bridge::AGEING_TIME, "ageing_time", Form::U32),
    (bridge::STP_STATE, "stp_state", Form::U32),
    (bridge::PRIORITY, "priority", Form::U16),
    (bridge::VLAN_FILTERING, "vlan_filtering", Form::U8),
    (bridge::VLAN_PROTOCOL, "vlan_protocol", Form::VlanProtocol),
    (bridge::BRIDGE_ID, "bridge_id", Form::BridgeId),
    (bridge::ROOT_ID, "root_id designated_root", Form::BridgeId),
    (bridge::ROOT_PORT, "root_port", Form::U16),
    (bridge::ROOT_PATH_COST, "root_path_cost", Form::U32),
    (bridge::TOPOLOGY_CHANGE, "topology_change", Form::U8),
    (bridge::TOPOLOGY_CHANGE_DETECTED, "topology_change_detected", Form::U8),
    (bridge::HELLO_TIMER, "hello_timer", Form::Timer),
    (bridge::TCN_TIMER, "tcn_timer", Form::Timer),
    (bridge::TOPOLOGY_CHANGE_TIMER, "topology_change_timer", Form::Timer),
    (bridge::GC_TIMER, "gc_timer", Form::Timer),
    (bridge::VLAN_DEFAULT_PVID, "vlan_default_pvid", Form::U16),
    (bridge::VLAN_STATS_ENABLED, "vlan_stats_enabled", Form::U8),
    (bridge::VLAN_STATS_PER_PORT, "vlan_stats_per_port", Form::U8),
    (bridge::GROUP_FWD_MASK, "group_fwd_mask", Form::Hex16),
    (bridge::GROUP_ADDR, "group_addr group_address", Form::Mac),
    (bridge::MCAST_SNOOPING, "mcast_snooping", Form::U8),
    (bridge::MULTI_BOOLOPT, "no_linklocal_learn", Form::BoolOpt(0)),
    (bridge::MULTI_BOOLOPT, "mcast_vlan_snooping", Form::BoolOpt(1)),
    (bridge::MCAST_ROUTER, "mcast_router", Form::U8),
    (bridge::MCAST_QUERY_USE_IFADDR, "mcast_query_use_ifaddr", Form::U8),
    (bridge::MCAST_QUERIER, "mcast_querier", Form::U8),
    (bridge::MCAST_HASH_ELASTICITY, "mcast_hash_elasticity", Form::U32),
    (bridge::MCAST_HASH_MAX, "mcast_hash_max", Form::U32),
    (bridge::MCAST_LAST_MEMBER_CNT, "mcast_last_member_cnt mcast_last_member_count", Form::U32),
    (bridge::MCAST_STARTUP_QUERY_CNT, "mcast_startup_query_cnt mcast_startup_query_count", Form::U32),
    (bridge::MCAST_LAST_MEMBER_INTVL, "mcast_last_member_intvl mcast_last_member_interval", Form::U64),
    (bridge::MCAST_MEMBERSHIP_INTVL, "mcast_membership_intvl mcast_membership_interval", Form::U64),
    (bridge::MCAST_QUERIER_INTVL, "mcast_querier_intvl mcast_querier_interval", Form::U64),
    (bridge::MCAST_QUERY_INTVL, "mcast_query_intvl mcast_query_interval", Form::U64),
    (
        bridge::MCAST_QUERY_RESPONSE_INTVL,
        "mcast_query_response_intvl mcast_query_response_interval",
        Form::U64,
    ),
    (bridge::MCAST_STARTUP_QUERY_INTVL, "mcast_startup_query_intvl mcast_startup_query_interval", Form::U64),
    (bridge::MCAST_STATS_ENABLED, "mcast_stats_enabled", Form::U8),
    (bridge::MCAST_IGMP_VERSION, "mcast_igmp_version", Form::U8),
    (bridge::MCAST_MLD_VERSION, "mcast_mld_version", Form::U8),
    (bridge::NF_CALL_IPTABLES, "nf_call_iptables", Form::U8),
    (bridge::NF_CALL_IP6TABLES, "nf_call_ip6tables", Form::U8),
    (bridge::NF_CALL_ARPTABLES, "nf_call_arptables", Form::U8),
];

/// What ip prints of a bridge but does not take: the state of its STP.
const BRIDGE_READ_ONLY: &[&str] = &[
    "bridge_id",
    "designated_root",
    "root_port",
    "root_path_cost",
    "topology_change",
    "topology_change_detected",
];

/// A bridge port's options (`IFLA_BRPORT_*`), in ip's order.
const BRIDGE_PORT: &[Field] = &[
    (brport::STATE, "state", Form::PortState),
    (brport::PRIORITY, "priority", Form::U16),
    (brport::COST, "cost", Form::U32),
    (brport::MODE, "hairpin", Form::OnOff),
    (brport::GUARD, "guard", Form::OnOff),
    (brport::PROTECT, "root_block", Form::OnOff),
    (brport::FAST_LEAVE, "fastleave", Form::OnOff),
    (brport::LEARNING, "learning", Form::OnOff),
    (brport::UNICAST_FLOOD, "flood", Form::OnOff),
    (brport::ID, "id port_id", Form::Hex16),
    (brport::NO, "no port_no", Form::Hex16),
    (brport::DESIGNATED_PORT, "designated_port", Form::U16),
    (brport::DESIGNATED_COST, "designated_cost", Form::U16),
    (brport::BRIDGE_ID, "bridge_id designated_bridge", Form::BridgeId),
    (brport::ROOT_ID, "root_id designated_root", Form::BridgeId),
    (brport::HOLD_TIMER, "hold_timer", Form::Timer),
    (brport::MESSAGE_AGE_TIMER, "message_age_timer", Form::Timer),
    (brport::FORWARD_DELAY_TIMER, "forward_delay_timer", Form::Timer),
    (brport::TOPOLOGY_CHANGE_ACK, "topology_change_ack", Form::U8),
    (brport::CONFIG_PENDING, "config_pending", Form::U8),
    (brport::PROXYARP, "proxy_arp", Form::OnOff),
    (brport::PROXYARP_WIFI, "proxy_arp_wifi", Form::OnOff),
    (brport::MULTICAST_ROUTER, "multicast_router mcast_router", Form::U8),
    // ip shows the fast-leave flag twice in text, once in JSON.
    (brport::FAST_LEAVE, "mcast_fast_leave", Form::OnOffText),
    (brport::MCAST_FLOOD, "mcast_flood", Form::OnOff),
    (brport::BCAST_FLOOD, "bcast_flood", Form::OnOff),
    (brport::MCAST_TO_UCAST, "mcast_to_unicast", Form::OnOff),
    (brport::NEIGH_SUPPRESS, "neigh_suppress", Form::OnOff),
    (brport::GROUP_FWD_MASK, "group_fwd_mask", Form::Hex16),
    (brport::GROUP_FWD_MASK, "group_fwd_mask_str", Form::FwdMaskNames),
    (brport::VLAN_TUNNEL, "vlan_tunnel", Form::OnOff),
    (brport::ISOLATED, "isolated", Form::OnOff),
    (brport::BACKUP_PORT, "backup_port", Form::IfName),
    (brport::LOCKED, "locked", Form::OnOff),
];

/// What `bridge link show` prints of a port (`IFLA_PROTINFO`): its state,
/// priority and cost, as ip prints them.
const PORT_SUMMARY: &[Field] = BRIDGE_PORT.split_at(3).0;

/// What `bridge -d link show` adds on a second line, in bridge 6.1's order.
const PORT_FLAGS: &[Field] = &[
    (brport::MODE, "hairpin", Form::OnOff),
    (brport::GUARD, "guard", Form::OnOff),
    (brport::PROTECT, "root_block", Form::OnOff),
    (brport::FAST_LEAVE, "fastleave", Form::OnOff),
    (brport::LEARNING, "learning", Form::OnOff),
    (brport::LEARNING_SYNC, "learning_sync", Form::OnOff),
    (brport::UNICAST_FLOOD, "flood", Form::OnOff),
    (brport::MCAST_FLOOD, "mcast_flood", Form::OnOff),
    (brport::BCAST_FLOOD, "bcast_flood", Form::OnOff),
    (brport::MULTICAST_ROUTER, "mcast_router", Form::U8),
    (brport::MCAST_TO_UCAST, "mcast_to_unicast", Form::OnOff),
    (brport::NEIGH_SUPPRESS, "neigh_suppress", Form::OnOff),
    (brport::VLAN_TUNNEL, "vlan_tunnel", Form::OnOff),
    (brport::BACKUP_PORT, "backup_port", Form::IfName),
    (brport::ISOLATED, "isolated", Form::OnOff),
    (brport::LOCKED, "locked", Form::OnOff),
];

/// What ip prints of a port but does not take.
const PORT_READ_ONLY: &[&str] = &[
    "port_id",
    "port_no",
    "designated_port",
    "designated_cost",
    "designated_bridge",
    "designated_root",
    "topology_change_ack",
    "config_pending",
    "mcast_fast_leave",
    "group_fwd_mask_str",
];

/// Prints one attribute of `form` as ip does; nothing when ip would not
/// show it or it has an unexpected size (a newer kernel's is skipped).
fn field<W: Write>(p: &mut Sink<'_, W>, field: &Field, attr: &Attr<'_>, names: &Names) -> io::Result<()> {
    let form = field.2;
    let (key, text) = names_of(field);
    let string = |p: &mut Sink<'_, W>, s: Short| p.word_str(key, text, &s);
    match form {
        Form::U8 | Form::U16 | Form::U32 | Form::U64 => {
            let n = match form {
                Form::U8 => attr.u8().map(u64::from),
                Form::U16 => attr.u16().map(u64::from),
                Form::U32 => attr.u32().map(u64::from),
                _ => attr.u64(),
            };
            match n {
                Ok(n) => p.word_num(key, text, n),
                Err(_) => Ok(()),
            }
        }
        Form::OnOffText => match attr.u8() {
            Ok(v) => p.fmt_text(format_args!("{text} {} ", if v != 0 { "on" } else { "off" })),
            Err(_) => Ok(()),
        },
        Form::OnOff => match attr.u8() {
            Ok(v) => p.bool(key, format_args!("{text} {} ", if v != 0 { "on" } else { "off" }), v != 0),
            Err(_) => Ok(()),
        },
        Form::Timer => match attr.u64() {
            Ok(t) => p.raw(
                key,
                format_args!("{text} {:4}.{:02} ", t / 100, t % 100),
                format_args!("{}.{:02}", t / 100, t % 100),
            ),
            Err(_) => Ok(()),
        },
        Form::BridgeId => match attr.array::<8>() {
            Ok([p0, p1, a0, a1, a2, a3, a4, a5]) => {
                string(p, short(format_args!("{p0:02x}{p1:02x}.{a0:x}:{a1:x}:{a2:x}:{a3:x}:{a4:x}:{a5:x}")))
            }
            Err(_) => Ok(()),
        },
        // C's `%#x` writes zero without the `0x`.
        Form::Hex16 => match attr.u16() {
            Ok(0) => string(p, short(format_args!("0"))),
            Ok(v) => string(p, short(format_args!("{v:#x}"))),
            Err(_) => Ok(()),
        },
        Form::Mac => string(p, short(format_args!("{}", crate::names::hwaddr(attr.payload())))),
        Form::PortState => {
            let Ok(state) = attr.u8() else { return Ok(()) };
            match BR_PORT_STATE_NAMES.iter().find(|(v, _)| *v == u32::from(state)) {
                Some((_, name)) => string(p, short(format_args!("{name}"))),
                None => Ok(()),
            }
        }
        Form::FwdMaskNames => {
            let Ok(mask) = attr.u16() else { return Ok(()) };
            let mut names = Short::new();
            for bit in (0..16).filter(|b| mask & (1 << b) != 0) {
                let sep = if names.is_empty() { "" } else { "," };
                let _ = match bit {
                    0 => write!(names, "{sep}stp"),
                    2 => write!(names, "{sep}lacp"),
                    14 => write!(names, "{sep}lldp"),
                    b => write!(names, "{sep}{:#x}", 1u32 << b),
                };
            }
            if names.is_empty() {
                let _ = names.push_str("0x0");
            }
            string(p, names)
        }
        Form::BoolOpt(bit) => {
            let Ok([v0, v1, v2, v3, m0, m1, m2, m3]) = attr.array::<8>() else { return Ok(()) };
            let (value, mask) = (u32::from_ne_bytes([v0, v1, v2, v3]), u32::from_ne_bytes([m0, m1, m2, m3]));
            if mask & (1 << bit) == 0 {
                return Ok(());
            }
            let v = u64::from(value & (1 << bit) != 0);
            p.word_num(key, text, v)
        }
        Form::IfName => match attr.u32() {
            Ok(index) => string(p, short(format_args!("{}", names.get(index)))),
            Err(_) => Ok(()),
        },
        Form::VlanProtocol => match attr.be16() {
            Ok(proto) => string(p, protocol_name(proto)),
            Err(_) => Ok(()),
        },
    }
}

fn print_fields<W: Write>(
    p: &mut Sink<'_, W>,
    data: &Attrs<'_>,
    fields: &[Field],
    names: &Names,
) -> Result<()> {
    for f in fields {
        if let Some(attr) = data.find(f.0)? {
            field(p, f, &attr, names)?;
        }
    }
    Ok(())
}

/// A bridge's `info_data`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, data: &Attrs<'_>, names: &Names) -> Result<()> {
    print_fields(p, data, BRIDGE, names)
}

/// A bridge port's `info_slave_data`.
pub fn print_port<W: Write>(p: &mut Sink<'_, W>, data: &Attrs<'_>, names: &Names) -> Result<()> {
    print_fields(p, data, BRIDGE_PORT, names)
}

/// A port's `IFLA_PROTINFO` as `bridge link show` prints it; with
/// `details` (`-d`), its flags after a line break.
pub fn print_protinfo<W: Write>(
    p: &mut Sink<'_, W>,
    data: &Attrs<'_>,
    names: &Names,
    details: bool,
) -> Result<()> {
    print_fields(p, data, PORT_SUMMARY, names)?;
    if details {
        p.fmt_text(format_args!("\n    "))?;
        print_fields(p, data, PORT_FLAGS, names)?;
    }
    Ok(())
}

/// The attribute of a port flag `bridge link set` takes `on` or `off`
/// after (`hairpin`, `learning`, ...), by bridge's word.
pub fn port_flag(word: &str) -> Option<u16> {
    PORT_FLAGS.iter().find(|f| f.2 == Form::OnOff && names_of(f).1 == word).map(|f| f.0)
}

/// Reads `type bridge` options, with the bridge's words.
pub fn parse(words: &mut Words<'_>, data: &mut KindData) -> Result<()> {
    parse_fields(words, data, "bridge", BRIDGE, BRIDGE_READ_ONLY)
}

/// Reads `type bridge_slave` options, with the port's words.
pub fn parse_port(words: &mut Words<'_>, data: &mut KindData) -> Result<()> {
    parse_fields(words, data, "bridge_slave", BRIDGE_PORT, PORT_READ_ONLY)
}

/// The options of `fields` (by text keyword, but `read_only`), each with
/// its value read as its form asks; `fdb_flush` and `nobackup_port` take
/// none.
fn parse_fields(
    words: &mut Words<'_>,
    data: &mut KindData,
    kind: &str,
    fields: &[Field],
    read_only: &[&str],
) -> Result<()> {
    // `no_linklocal_learn` and `mcast_vlan_snooping` share one attribute.
    let mut boolopt = (0u32, 0u32);
    while let Some(word) = words.next() {
        match word {
            "fdb_flush" => {
                data.push(if kind == "bridge" { bridge::FDB_FLUSH } else { brport::FLUSH }, KindValue::Flag);
                continue;
            }
            "nobackup_port" if kind == "bridge_slave" => {
                data.push(brport::BACKUP_PORT, KindValue::U32(0));
                continue;
            }
            _ => {}
        }
        let Some(&(id, _, form)) =
            fields.iter().find(|f| names_of(f).1 == word).filter(|_| !read_only.contains(&word))
        else {
            return Err(unknown(kind, word));
        };
        let text = word;
        let v = words.value()?;
        let value = match form {
            Form::U8 => KindValue::U8(c_number(text, v)?),
            Form::U16 | Form::Hex16 => KindValue::U16(c_number(text, v)?),
            Form::U32 => KindValue::U32(c_number(text, v)?),
            Form::U64 | Form::Timer => KindValue::U64(c_number(text, v)?),
            Form::PortState => KindValue::U8(c_number(text, v)?),
            Form::OnOff => KindValue::U8(on_off(text, v)?.into()),
            Form::Mac => KindValue::Bytes(mac(v)?),
            Form::IfName => KindValue::Dev(crate::args::name(v)?),
            Form::VlanProtocol => KindValue::Be16(protocol(v)?),
            Form::BoolOpt(bit) => {
                boolopt.1 |= 1 << bit;
                if c_number::<u8>(text, v)? != 0 {
                    boolopt.0 |= 1 << bit;
                }
                continue;
            }
            Form::BridgeId | Form::FwdMaskNames | Form::OnOffText => return Err(unknown(kind, word)),
        };
        data.push(id, value);
    }
    if boolopt.1 != 0 {
        let bytes = [boolopt.0.to_ne_bytes(), boolopt.1.to_ne_bytes()].concat();
        data.push(bridge::MULTI_BOOLOPT, KindValue::Bytes(bytes));
    }
    Ok(())
}
