//! `bond` and `bond_slave`: a bond's options (`mode active-backup miimon
//! 100 ...`) and a port's state, printed as ip 6.1 prints them, and the
//! options ip takes for both.

use std::io::Write;
use std::net::IpAddr;

use nlwire::attr::{Attr, Attrs};
use nlwire::spec::{AttrType, Scalar, Space};
use nlwire::tables::rt_link::{
    bond_ad_info_attrs as ad_info, bond_slave_attrs as port, linkinfo_bond_attrs as bond, BondSlaveAttrs,
    BOND_AD_INFO_ATTRS, BOND_MODE_NAMES, LINKINFO_BOND_ATTRS,
};

use super::data::{index_of, option, unknown, Aliases};
use crate::args::{c_number, invalid, signed, Words};
use crate::names::{hwaddr, Names};
use crate::sink::Sink;
use crate::Result;
use nlwire_std::{KindData, KindValue};

/// ip's names of the values of the options it shows by name.
const ARP_VALIDATE: &[&str] =
    &["none", "active", "backup", "all", "filter", "filter_active", "filter_backup"];
const ARP_ALL_TARGETS: &[&str] = &["any", "all"];
const PRIMARY_RESELECT: &[&str] = &["always", "better", "failure"];
const FAIL_OVER_MAC: &[&str] = &["none", "active", "follow"];
const XMIT_HASH_POLICY: &[&str] = &["layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4", "vlan+srcmac"];
const LACP_ACTIVE: &[&str] = &["off", "on"];
const LACP_RATE: &[&str] = &["slow", "fast"];
const AD_SELECT: &[&str] = &["stable", "bandwidth", "count"];

/// ip's words for the bond options named differently in the kernel.
const ALIASES: Aliases = &[
    ("peer_notify_delay", "peer_notif_delay"),
    ("arp_missed_max", "missed_max"),
    ("num_grat_arp", "num_peer_notif"),
    ("num_unsol_na", "num_peer_notif"),
];

/// The options ip takes by name, with their tables.
const NAMED: [(&str, u16, &[&str]); 8] = [
    ("arp_validate", bond::ARP_VALIDATE, ARP_VALIDATE),
    ("arp_all_targets", bond::ARP_ALL_TARGETS, ARP_ALL_TARGETS),
    ("primary_reselect", bond::PRIMARY_RESELECT, PRIMARY_RESELECT),
    ("fail_over_mac", bond::FAIL_OVER_MAC, FAIL_OVER_MAC),
    ("xmit_hash_policy", bond::XMIT_HASH_POLICY, XMIT_HASH_POLICY),
    ("ad_lacp_active", bond::AD_LACP_ACTIVE, LACP_ACTIVE),
    ("lacp_rate", bond::AD_LACP_RATE, LACP_RATE),
    ("ad_select", bond::AD_SELECT, AD_SELECT),
];

fn name_in(table: &[&'static str], value: u64) -> &'static str {
    usize::try_from(value).ok().and_then(|i| table.get(i)).copied().unwrap_or("UNKNOWN")
}

/// The modes' names, from the generated table.
fn mode_names() -> Vec<&'static str> {
    BOND_MODE_NAMES.iter().map(|(_, n)| *n).collect()
}

/// How ip prints an attribute of a bond's data.
#[derive(Clone, Copy)]
enum Shown {
    /// A number, read as the kernel's spec types it: `miimon 100`.
    Num,
    /// A number by its name in the table (`UNKNOWN` past its end).
    Named(&'static &'static [&'static str]),
    /// The same, but JSON `null` for 0 (ip's `arp_validate`).
    NamedOrNull(&'static &'static [&'static str]),
    /// The mode by its name in the generated table.
    Mode,
    /// A port by name, or `KEY_index` when unknown; nothing for 0.
    Device,
    /// A nested list of addresses.
    Targets,
    /// A hardware address.
    Mac,
    /// The 802.3ad aggregator's nest, as [`AD_INFO`].
    AdInfo,
}

/// An attribute of a bond's data: id, names and form. The names are the
/// JSON key, then ip's text word where it differs (`"num_peer_notif
/// num_grat_arp"`): one string a row keeps the table small.
type Field = (u16, &'static str, Shown);

/// A bond's `info_data`, in ip 6.1's order (`bond_print_opt`).
const BOND: &[Field] = &[
    (bond::MODE, "mode", Shown::Mode),
    (bond::ACTIVE_SLAVE, "active_slave", Shown::Device),
    (bond::MIIMON, "miimon", Shown::Num),
    (bond::UPDELAY, "updelay", Shown::Num),
    (bond::DOWNDELAY, "downdelay", Shown::Num),
    (bond::PEER_NOTIF_DELAY, "peer_notify_delay", Shown::Num),
    (bond::USE_CARRIER, "use_carrier", Shown::Num),
    (bond::ARP_INTERVAL, "arp_interval", Shown::Num),
    (bond::MISSED_MAX, "arp_missed_max", Shown::Num),
    (bond::ARP_IP_TARGET, "arp_ip_target", Shown::Targets),
    (bond::NS_IP6_TARGET, "ns_ip6_target", Shown::Targets),
    (bond::ARP_VALIDATE, "arp_validate", Shown::NamedOrNull(&ARP_VALIDATE)),
    (bond::ARP_ALL_TARGETS, "arp_all_targets", Shown::Named(&ARP_ALL_TARGETS)),
    (bond::PRIMARY, "primary", Shown::Device),
    (bond::PRIMARY_RESELECT, "primary_reselect", Shown::Named(&PRIMARY_RESELECT)),
    (bond::FAIL_OVER_MAC, "fail_over_mac", Shown::Named(&FAIL_OVER_MAC)),
    (bond::XMIT_HASH_POLICY, "xmit_hash_policy", Shown::Named(&XMIT_HASH_POLICY)),
    (bond::RESEND_IGMP, "resend_igmp", Shown::Num),
    (bond::NUM_PEER_NOTIF, "num_peer_notif num_grat_arp", Shown::Num),
    (bond::ALL_SLAVES_ACTIVE, "all_slaves_active", Shown::Num),
    (bond::MIN_LINKS, "min_links", Shown::Num),
    (bond::LP_INTERVAL, "lp_interval", Shown::Num),
    (bond::PACKETS_PER_SLAVE, "packets_per_slave", Shown::Num),
    (bond::AD_LACP_ACTIVE, "ad_lacp_active lacp_active", Shown::Named(&LACP_ACTIVE)),
    (bond::AD_LACP_RATE, "ad_lacp_rate lacp_rate", Shown::Named(&LACP_RATE)),
    (bond::AD_SELECT, "ad_select", Shown::Named(&AD_SELECT)),
    (bond::AD_INFO, "ad_info", Shown::AdInfo),
    (bond::AD_ACTOR_SYS_PRIO, "ad_actor_sys_prio", Shown::Num),
    (bond::AD_USER_PORT_KEY, "ad_user_port_key", Shown::Num),
    (bond::AD_ACTOR_SYSTEM, "ad_actor_system", Shown::Mac),
    (bond::TLB_DYNAMIC_LB, "tlb_dynamic_lb", Shown::Num),
];

/// The 802.3ad aggregator (`IFLA_BOND_AD_INFO_*`), as ip prints it.
const AD_INFO: &[Field] = &[
    (ad_info::AGGREGATOR, "aggregator ad_aggregator", Shown::Num),
    (ad_info::NUM_PORTS, "num_ports ad_num_ports", Shown::Num),
    (ad_info::ACTOR_KEY, "actor_key ad_actor_key", Shown::Num),
    (ad_info::PARTNER_KEY, "partner_key ad_partner_key", Shown::Num),
    (ad_info::PARTNER_MAC, "partner_mac ad_partner_mac", Shown::Mac),
];

/// The value of a number of `space` (`u8`, `u16` or `u32`, as its spec
/// says); a payload of another size is an error.
fn number(space: &Space, attr: &Attr<'_>) -> nlwire::Result<u64> {
    match space.by_id(attr.kind()).map(|spec| spec.ty) {
        Some(AttrType::U8 | AttrType::Enum(Scalar::U8, _)) => attr.u8().map(u64::from),
        Some(AttrType::U16) => attr.u16().map(u64::from),
        _ => attr.u32().map(u64::from),
    }
}

/// A slave named by index: `active_slave eth0` (or its number).
fn device<W: Write>(p: &mut Sink<'_, W>, key: &str, index: u32, names: &Names) -> Result<()> {
    if index == 0 {
        return Ok(());
    }
    if names.knows(index) {
        let name = names.get(index);
        p.word_str(key, key, &name)?;
    } else {
        p.word_num(&format!("{key}_index"), key, index.into())?;
    }
    Ok(())
}

/// `arp_ip_target 192.0.2.1,192.0.2.2 ` (a JSON array).
fn targets<W: Write>(p: &mut Sink<'_, W>, key: &str, list: Attrs<'_>) -> Result<()> {
    let addrs: Vec<IpAddr> = list
        .filter_map(|a| a.ok())
        .filter_map(|a| match a.payload().len() {
            4 | 16 => a.ip().ok(),
            _ => None,
        })
        .collect();
    if addrs.is_empty() {
        return Ok(());
    }
    p.open_array(key)?;
    p.fmt_text(format_args!("{key} "))?;
    for (i, ip) in addrs.iter().enumerate() {
        let sep = if i + 1 < addrs.len() { "," } else { "" };
        p.element(format_args!("{ip}{sep}"), ip)?;
    }
    p.fmt_text(format_args!(" "))?;
    p.close_array()?;
    Ok(())
}

/// Prints the attributes of `fields` found in `attrs` (of `space`), in
/// the table's order.
fn print_fields<W: Write>(
    p: &mut Sink<'_, W>,
    attrs: &Attrs<'_>,
    space: &Space,
    fields: &[Field],
    names: &Names,
) -> Result<()> {
    for &(id, names_of, shown) in fields {
        let Some(attr) = attrs.find(id)? else { continue };
        let (key, word) = names_of.split_once(' ').unwrap_or((names_of, names_of));
        match shown {
            Shown::Num => p.word_num(key, word, number(space, &attr)?)?,
            Shown::NamedOrNull(_) if number(space, &attr)? == 0 && matches!(p, Sink::Json(_)) => {
                if let Sink::Json(j) = p {
                    j.key(key)?;
                    j.raw(format_args!("null"))?;
                }
            }
            Shown::Named(table) | Shown::NamedOrNull(table) => {
                p.word_str(key, word, name_in(table, number(space, &attr)?))?
            }
            Shown::Mode => p.word_str(key, word, name_in(&mode_names(), number(space, &attr)?))?,
            Shown::Device => device(p, key, attr.u32()?, names)?,
            Shown::Targets => targets(p, key, attr.nested())?,
            Shown::Mac => p.word_str(key, word, &hwaddr(attr.payload()))?,
            Shown::AdInfo => {
                p.open(key)?;
                print_fields(p, &attr.nested(), &BOND_AD_INFO_ATTRS, AD_INFO, names)?;
                p.close()?;
            }
        }
    }
    Ok(())
}

/// `info_data`, as ip 6.1's `bond_print_opt`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, attrs: Attrs<'_>, names: &Names) -> Result<()> {
    print_fields(p, &attrs, &LINKINFO_BOND_ATTRS, BOND, names)
}

/// A port's `info_slave_data`, as ip 6.1's `bond_slave_print_opt`.
pub fn print_port<W: Write>(p: &mut Sink<'_, W>, data: Attrs<'_>) -> Result<()> {
    let data = BondSlaveAttrs(data);
    if let Some(state) = data.state()? {
        match ["ACTIVE", "BACKUP"].get(usize::from(state)) {
            Some(name) => p.string("state", format_args!("state {name} "), name)?,
            None => p.word_num("state_index", "state", state.into())?,
        }
    }
    if let Some(status) = data.mii_status()? {
        match ["UP", "GOING_DOWN", "DOWN", "GOING_BACK"].get(usize::from(status)) {
            Some(name) => p.string("mii_status", format_args!("mii_status {name} "), name)?,
            None => p.word_num("mii_status_index", "mii_status", status.into())?,
        }
    }
    if let Some(n) = data.link_failure_count()? {
        p.word_num("link_failure_count", "link_failure_count", n.into())?;
    }
    if let Some(mac) = data.perm_hwaddr()? {
        let mac = hwaddr(mac);
        p.word_str("perm_hwaddr", "perm_hwaddr", &mac)?;
    }
    if let Some(n) = data.queue_id()? {
        p.word_num("queue_id", "queue_id", n.into())?;
    }
    if let Some(n) = data.prio()? {
        p.num("prio", "prio", &n)?;
    }
    if let Some(n) = data.ad_aggregator_id()? {
        p.word_num("ad_aggregator_id", "ad_aggregator_id", n.into())?;
    }
    if let Some(n) = data.ad_actor_oper_port_state()? {
        p.word_num("ad_actor_oper_port_state", "ad_actor_oper_port_state", n.into())?;
        lacp_state(p, "ad_actor_oper_port_state_str", n.into())?;
    }
    if let Some(n) = data.ad_partner_oper_port_state()? {
        p.word_num("ad_partner_oper_port_state", "ad_partner_oper_port_state", n.into())?;
        lacp_state(p, "ad_partner_oper_port_state_str", n)?;
    }
    Ok(())
}

/// The bits of an 802.3ad port state (`LACP_STATE_*`), by ip's names.
const LACP_STATE: [(u16, &str); 8] = [
    (0x01, "active"),
    (0x02, "short_timeout"),
    (0x04, "aggregating"),
    (0x08, "in_sync"),
    (0x10, "collecting"),
    (0x20, "distributing"),
    (0x40, "defaulted"),
    (0x80, "expired"),
];

/// `KEY <active,in_sync> ` (a JSON array of the names).
fn lacp_state<W: Write>(p: &mut Sink<'_, W>, key: &str, state: u16) -> Result<()> {
    p.open_array(key)?;
    p.fmt_text(format_args!("{key} <"))?;
    let mut left = state;
    for (bit, name) in LACP_STATE {
        if left & bit != 0 {
            left &= !bit;
            let sep = if left != 0 { "," } else { "" };
            p.element(format_args!("{name}{sep}"), &name)?;
        }
    }
    p.close_array()?;
    p.fmt_text(format_args!("> "))?;
    Ok(())
}

/// Addresses separated by commas, as the nested list ip sends.
fn address_list(what: &str, word: &str) -> Result<KindData> {
    // The kernel's spec has no space for the list: its entries are numbered.
    let mut list = KindData::new(&nlwire::tables::rt_link::LINKINFO_BOND_ATTRS);
    for (i, addr) in word.split(',').enumerate() {
        let ip: IpAddr = addr.parse().map_err(|_| invalid(&format!("invalid {what}"), addr))?;
        list.push(i as u16, KindValue::Ip(ip));
    }
    Ok(list)
}

/// Reads `type bond` options.
pub fn parse(words: &mut Words<'_>, data: &mut KindData) -> Result<()> {
    while let Some(word) = words.next() {
        if let Some((_, id, table)) = NAMED.iter().find(|(w, ..)| *w == word) {
            let index = index_of(table, word, words.value()?)?;
            // `arp_validate` and `arp_all_targets` are `u32`, the others `u8`.
            let value = match *id {
                bond::ARP_VALIDATE | bond::ARP_ALL_TARGETS => KindValue::U32(index as u32),
                _ => KindValue::U8(index as u8),
            };
            data.push(*id, value);
            continue;
        }
        match word {
            "mode" => {
                let mode = index_of(&mode_names(), word, words.value()?)?;
                data.push(bond::MODE, KindValue::U8(mode as u8));
            }
            "active_slave" | "primary" => {
                let id = if word == "primary" { bond::PRIMARY } else { bond::ACTIVE_SLAVE };
                data.push(id, KindValue::Dev(crate::args::name(words.value()?)?));
            }
            "clear_active_slave" => data.push(bond::ACTIVE_SLAVE, KindValue::U32(0)),
            "arp_ip_target" => {
                data.push(bond::ARP_IP_TARGET, KindValue::Nest(address_list(word, words.value()?)?))
            }
            "ns_ip6_target" => {
                data.push(bond::NS_IP6_TARGET, KindValue::Nest(address_list(word, words.value()?)?))
            }
            _ => match option(&LINKINFO_BOND_ATTRS, ALIASES, word, words)? {
                Some((id, value)) => data.push(id, value),
                None => return Err(unknown("bond", word)),
            },
        }
    }
    Ok(())
}

/// Reads `type bond_slave` options: `queue_id N`, `prio N`.
pub fn parse_port(words: &mut Words<'_>, data: &mut KindData) -> Result<()> {
    while let Some(word) = words.next() {
        match word {
            "queue_id" => data.push(port::QUEUE_ID, KindValue::U16(c_number("queue_id", words.value()?)?)),
            // ip's get_s32: `prio -1` is sent as the s32 it is.
            "prio" => {
                let value = words.value()?;
                let prio = signed(value).ok_or_else(|| invalid("prio is invalid", value))?;
                data.push(port::PRIO, KindValue::U32(prio as u32))
            }
            other => return Err(unknown("bond_slave", other)),
        }
    }
    Ok(())
}
