//! `vlan`: `protocol 802.1Q id 5 <REORDER_HDR>` (and the QoS maps), and
//! the options `id`, `protocol`, `reorder_hdr|gvrp|mvrp|loose_binding|
//! bridge_binding on|off`, `ingress-qos-map|egress-qos-map FROM:TO...`.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::rt_link::{
    ifla_vlan_qos, linkinfo_vlan_attrs as vlan, vlan_flags, IflaVlanQos, LinkinfoVlanAttrs, VLAN_PROTOCOLS,
};

use super::data::{short, unknown, Short};
use crate::args::{c_number, invalid, on_off, Words};
use crate::sink::Sink;
use crate::Result;
use nlwire_std::{KindData, KindValue};

/// The flags in ip's order, by the names it prints and the words it takes.
const FLAGS: [(u32, &str, &str); 5] = [
    (vlan_flags::REORDER_HDR, "REORDER_HDR", "reorder_hdr"),
    (vlan_flags::GVRP, "GVRP", "gvrp"),
    (vlan_flags::MVRP, "MVRP", "mvrp"),
    (vlan_flags::LOOSE_BINDING, "LOOSE_BINDING", "loose_binding"),
    (vlan_flags::BRIDGE_BINDING, "BRIDGE_BINDING", "bridge_binding"),
];

/// ip's name of a VLAN protocol (`ll_proto_n2a`): `802.1Q`, `802.1ad`,
/// else (and with `-N`) `[N]`.
pub fn protocol_name(proto: u16) -> Short {
    let named = || VLAN_PROTOCOLS.iter().find(|(v, _)| *v == u32::from(proto)).map(|(_, name)| *name);
    match crate::names::unless_numeric(named) {
        Some("8021q") => short(format_args!("802.1Q")),
        Some("8021ad") => short(format_args!("802.1ad")),
        _ => short(format_args!("[{proto}]")),
    }
}

/// The protocol named `s` as ip takes it (`802.1Q`, `802.1ad`, any case).
pub fn protocol(s: &str) -> Result<u16> {
    let wanted = s.replace('.', "").to_ascii_lowercase();
    VLAN_PROTOCOLS
        .iter()
        .find(|(_, name)| *name == wanted)
        .and_then(|(v, _)| u16::try_from(*v).ok())
        .ok_or_else(|| invalid("protocol is invalid", s))
}

/// A QoS map: text `\n      ingress-qos-map { 1:2 } `, JSON
/// `"ingress_qos": [{"from": 1, "to": 2}]`.
fn map<W: Write>(p: &mut Sink<'_, W>, key: &str, word: &str, qos: IflaVlanQos<'_>) -> Result<()> {
    p.open_array(key)?;
    p.fmt_text(format_args!("\n      {word} {{ "))?;
    for m in qos.mapping() {
        let m = m?;
        let (from, to) = (m.from.get(), m.to.get());
        match p {
            Sink::Json(j) => {
                j.begin_object()?;
                j.field_num("from", from)?;
                j.field_num("to", to)?;
                j.end_object()?;
            }
            Sink::Text(out) => write!(out, "{from}:{to} ")?,
        }
    }
    p.close_array()?;
    p.fmt_text(format_args!("}} "))?;
    Ok(())
}

/// `info_data`, as ip 6.1's `vlan_print_opt`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, data: Attrs<'_>) -> Result<()> {
    let data = LinkinfoVlanAttrs(data);
    let Some(id) = data.id()? else { return Ok(()) };
    // Without the attribute, ip writes the default in lower case.
    let protocol = match data.protocol()? {
        Some(proto) => protocol_name(proto),
        None => short(format_args!("802.1q")),
    };
    p.word_str("protocol", "protocol", &protocol)?;
    p.word_num("id", "id", id.into())?;
    if let Some(flags) = data.flags()? {
        let mut left = flags.flags.get();
        p.open_array("flags")?;
        p.fmt_text(format_args!("<"))?;
        for (bit, name, _) in FLAGS {
            if left & bit != 0 {
                left &= !bit;
                let sep = if left != 0 { "," } else { "" };
                p.element(format_args!("{name}{sep}"), &name)?;
            }
        }
        if left != 0 {
            p.element(format_args!("{left:x}"), &format_args!("{left:x}"))?;
        }
        p.close_array()?;
        p.fmt_text(format_args!("> "))?;
    }
    if let Some(qos) = data.ingress_qos()? {
        map(p, "ingress_qos", "ingress-qos-map", qos)?;
    }
    if let Some(qos) = data.egress_qos()? {
        map(p, "egress_qos", "egress-qos-map", qos)?;
    }
    Ok(())
}

/// `FROM:TO` pairs after a QoS map's word, as many as follow.
fn qos_map(words: &mut Words<'_>, word: &str) -> Result<KindData> {
    let mut list = KindData::new(&nlwire::tables::rt_link::IFLA_VLAN_QOS);
    while let Some((from, to)) = words.rest().first().and_then(|w| w.split_once(':')) {
        let from: u32 = c_number(word, from)?;
        let to: u32 = c_number(word, to)?;
        list.push(ifla_vlan_qos::MAPPING, KindValue::Bytes([from.to_ne_bytes(), to.to_ne_bytes()].concat()));
        words.next();
    }
    if list.is_empty() {
        return Err(invalid(&format!("invalid {word}"), words.rest().first().map_or("", |w| w)));
    }
    Ok(list)
}

/// Reads `type vlan` options.
pub fn parse(words: &mut Words<'_>, data: &mut KindData) -> Result<()> {
    let (mut flags, mut mask) = (0u32, 0u32);
    while let Some(word) = words.next() {
        if let Some((bit, _, name)) = FLAGS.iter().find(|(_, _, w)| *w == word) {
            mask |= bit;
            if on_off(name, words.value()?)? {
                flags |= bit;
            } else {
                flags &= !bit;
            }
            continue;
        }
        match word {
            "id" => {
                let id: u16 = c_number("id", words.value()?)?;
                data.push(vlan::ID, KindValue::U16(id));
            }
            "protocol" => data.push(vlan::PROTOCOL, KindValue::Be16(protocol(words.value()?)?)),
            "ingress-qos-map" => data.push(vlan::INGRESS_QOS, KindValue::Nest(qos_map(words, word)?)),
            "egress-qos-map" => data.push(vlan::EGRESS_QOS, KindValue::Nest(qos_map(words, word)?)),
            other => return Err(unknown("vlan", other)),
        }
    }
    if mask != 0 {
        data.push(vlan::FLAGS, KindValue::Bytes([flags.to_ne_bytes(), mask.to_ne_bytes()].concat()));
    }
    Ok(())
}
