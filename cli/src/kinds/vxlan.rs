//! `vxlan`: `id 42 remote 192.0.2.7 local 192.0.2.1 dev eth0 srcport 0 0
//! dstport 4789 ttl auto ageing 300 udpcsum ...`, and the options ip takes
//! for it (`id`, `remote`, `group`, `local`, `dev`, `dstport`, `ttl`,
//! `[no]learning`, ...).

use std::io::Write;
use std::net::IpAddr;

use nlwire::attr::Attrs;
use nlwire::tables::rt_link::{linkinfo_vxlan_attrs as vxlan, LinkinfoVxlanAttrs, VXLAN_DF};

use super::data::{index_of, unknown};
use super::{print_flowlabel, print_switches, print_tos};
use crate::args::{c_number, invalid, Words};
use crate::names::Names;
use crate::sink::Sink;
use crate::{CliError, Result};
use nlwire_std::{KindData, KindValue};

/// The `u8` switches ip prints as `WORD ` when set, by JSON key and word.
const SWITCHES: [(u16, &str, &str); 4] = [
    (vxlan::PROXY, "proxy", "proxy "),
    (vxlan::RSC, "rsc", "rsc "),
    (vxlan::L2MISS, "l2miss", "l2miss "),
    (vxlan::L3MISS, "l3miss", "l3miss "),
];

/// The checksum switches ip prints as `WORD` or `noWORD`.
const CHECKSUMS: [(u16, &str, &str); 3] = [
    (vxlan::UDP_CSUM, "udp_csum", "udpcsum"),
    (vxlan::UDP_ZERO_CSUM6_TX, "udp_zero_csum6_tx", "udp6zerocsumtx"),
    (vxlan::UDP_ZERO_CSUM6_RX, "udp_zero_csum6_rx", "udp6zerocsumrx"),
];

/// Whether a group address is multicast (`group`) rather than a remote.
fn multicast(ip: IpAddr) -> bool {
    ip.is_multicast()
}

/// `info_data`, as ip 6.1's `vxlan_print_opt`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, attrs: Attrs<'_>, names: &Names) -> Result<()> {
    let data = LinkinfoVxlanAttrs(attrs.clone());
    let set = |id| -> Result<bool> { Ok(attrs.find(id)?.and_then(|a| a.u8().ok()).is_some_and(|v| v != 0)) };
    if set(vxlan::COLLECT_METADATA)? {
        p.bool("external", format_args!("external "), true)?;
    }
    if set(vxlan::VNIFILTER)? {
        p.bool("vnifilter", format_args!("vnifilter"), true)?;
    }
    if let Some(id) = data.id()? {
        p.word_num("id", "id", id.into())?;
    }
    let group = match (data.group()?, data.group6()?) {
        (Some(g), _) => Some((g, "group", "remote")),
        (None, Some(g)) => Some((g, "group6", "remote6")),
        _ => None,
    };
    if let Some((ip, group_key, remote_key)) = group.filter(|(ip, ..)| !ip.is_unspecified()) {
        let (key, word) = if multicast(ip) { (group_key, "group") } else { (remote_key, "remote") };
        p.word_ip(key, word, ip)?;
    }
    let local = match (data.local()?, data.local6()?) {
        (Some(l), _) => Some((l, "local")),
        (None, Some(l)) => Some((l, "local6")),
        _ => None,
    };
    if let Some((ip, key)) = local.filter(|(ip, _)| !ip.is_unspecified()) {
        p.word_ip(key, "local", ip)?;
    }
    if let Some(link) = data.link()?.filter(|l| *l != 0) {
        if names.knows(link) {
            let name = names.get(link);
            p.word_str("link", "dev", &name)?;
        } else {
            p.word_num("link_index", "dev", link.into())?;
        }
    }
    if let Some(range) = data.port_range()? {
        let (low, high) = (range.low.get(), range.high.get());
        p.open("port_range")?;
        p.word_num("low", "srcport", low.into())?;
        p.fmt_num("high", format_args!("{high} "), high)?;
        p.close()?;
    }
    if let Some(port) = data.port()? {
        p.word_num("port", "dstport", port.into())?;
    }
    if let Some(learning) = data.learning()? {
        let text = if learning == 0 { "nolearning " } else { "" };
        p.bool("learning", format_args!("{text}"), learning != 0)?;
    }
    for (id, key, word) in SWITCHES {
        if set(id)? {
            p.bool(key, format_args!("{word}"), true)?;
        }
    }
    print_tos(p, data.tos()?)?;
    if set(vxlan::TTL_INHERIT)? {
        // Text only, as ip 6.1.
        p.fmt_text(format_args!("ttl inherit "))?;
    } else if let Some(ttl) = data.ttl()? {
        if ttl == 0 {
            p.fmt_num("ttl", format_args!("ttl auto "), ttl)?;
        } else {
            p.word_num("ttl", "ttl", ttl.into())?;
        }
    }
    if let Some(df) = data.df()? {
        let name = VXLAN_DF.iter().find(|(v, _)| *v == u32::from(df)).map(|(_, n)| *n);
        match name {
            Some("unset") => p.string("df", format_args!(""), &"unset")?,
            Some(name) => p.word_str("df", "df", name)?,
            None => {}
        }
    }
    print_flowlabel(p, data.label()?)?;
    if let Some(age) = data.ageing()? {
        if age == 0 {
            p.fmt_num("ageing", format_args!("ageing none "), age)?;
        } else {
            p.word_num("ageing", "ageing", age.into())?;
        }
    }
    if let Some(limit) = data.limit()?.filter(|l| *l != 0) {
        p.word_num("limit", "maxaddr", limit.into())?;
    }
    print_switches(p, &attrs, &CHECKSUMS)?;
    if set(vxlan::REMCSUM_TX)? {
        p.bool("remcsum_tx", format_args!("remcsumtx "), true)?;
    }
    if set(vxlan::REMCSUM_RX)? {
        p.bool("remcsum_rx", format_args!("remcsumrx "), true)?;
    }
    if data.gbp()? {
        p.bool("gbp", format_args!("gbp "), true)?;
    }
    if data.gpe()? {
        p.bool("gpe", format_args!("gpe "), true)?;
    }
    Ok(())
}

/// The switches ip takes as `WORD` (1) or `noWORD` (0), by word.
const ON_OFF: [(&str, u16); 10] = [
    ("learning", vxlan::LEARNING),
    ("proxy", vxlan::PROXY),
    ("rsc", vxlan::RSC),
    ("l2miss", vxlan::L2MISS),
    ("l3miss", vxlan::L3MISS),
    ("udpcsum", vxlan::UDP_CSUM),
    ("udp6zerocsumtx", vxlan::UDP_ZERO_CSUM6_TX),
    ("udp6zerocsumrx", vxlan::UDP_ZERO_CSUM6_RX),
    ("remcsumtx", vxlan::REMCSUM_TX),
    ("remcsumrx", vxlan::REMCSUM_RX),
];

/// An address after `what`.
fn address(what: &str, word: &str) -> Result<IpAddr> {
    word.parse().map_err(|_| invalid(&format!("invalid address for {what}"), word))
}

/// Reads `type vxlan` options.
pub fn parse(words: &mut Words<'_>, data: &mut KindData) -> Result<()> {
    while let Some(word) = words.next() {
        let switch = ON_OFF.iter().find(|(w, _)| Some(*w) == word.strip_prefix("no").or(Some(word)));
        if let Some((name, id)) = switch {
            data.push(*id, KindValue::U8(u8::from(word == *name)));
            continue;
        }
        match word {
            "id" | "vni" => data.push(vxlan::ID, KindValue::U32(vni(words.value()?)?)),
            "group" | "remote" => {
                let ip = address(word, words.value()?)?;
                data.push(if ip.is_ipv4() { vxlan::GROUP } else { vxlan::GROUP6 }, KindValue::Ip(ip));
            }
            "local" => {
                let ip = address(word, words.value()?)?;
                data.push(if ip.is_ipv4() { vxlan::LOCAL } else { vxlan::LOCAL6 }, KindValue::Ip(ip));
            }
            "dev" => data.push(vxlan::LINK, KindValue::Dev(crate::args::name(words.value()?)?)),
            "ttl" | "hoplimit" => match words.value()? {
                "inherit" => data.push(vxlan::TTL_INHERIT, KindValue::Flag),
                "auto" => data.push(vxlan::TTL, KindValue::U8(0)),
                v => data.push(vxlan::TTL, KindValue::U8(c_number("TTL", v)?)),
            },
            "tos" | "dsfield" => match words.value()? {
                "inherit" => data.push(vxlan::TOS, KindValue::U8(1)),
                v => data.push(vxlan::TOS, KindValue::U8(c_number("TOS", v)?)),
            },
            "df" => {
                let names: Vec<&str> = VXLAN_DF.iter().map(|(_, n)| *n).collect();
                let df = index_of(&names, "df", words.value()?)?;
                data.push(vxlan::DF, KindValue::U8(VXLAN_DF[df].0 as u8));
            }
            "flowlabel" => {
                let label: u32 = c_number("flowlabel", words.value()?)?;
                if label >= 1 << 20 {
                    return Err(invalid("invalid flowlabel", &label.to_string()));
                }
                data.push(vxlan::LABEL, KindValue::U32(label.to_be()));
            }
            "ageing" => match words.value()? {
                "none" => data.push(vxlan::AGEING, KindValue::U32(0)),
                v => data.push(vxlan::AGEING, KindValue::U32(c_number("ageing", v)?)),
            },
            "maxaddress" => match words.value()? {
                "unlimited" => data.push(vxlan::LIMIT, KindValue::U32(0)),
                v => data.push(vxlan::LIMIT, KindValue::U32(c_number("max addresses", v)?)),
            },
            "dstport" => data.push(vxlan::PORT, KindValue::Be16(c_number("dst port", words.value()?)?)),
            "srcport" => {
                let low: u16 = c_number("min port", words.value()?)?;
                let high: u16 = c_number("max port", words.value()?)?;
                let bytes = [low.to_be_bytes(), high.to_be_bytes()].concat();
                data.push(vxlan::PORT_RANGE, KindValue::Bytes(bytes));
            }
            // As ip: an external (metadata) device does not learn, unless
            // `learning` follows.
            "external" => {
                data.push(vxlan::COLLECT_METADATA, KindValue::U8(1));
                data.push(vxlan::LEARNING, KindValue::U8(0));
            }
            "noexternal" => data.push(vxlan::COLLECT_METADATA, KindValue::U8(0)),
            "gbp" => data.push(vxlan::GBP, KindValue::Flag),
            "gpe" => data.push(vxlan::GPE, KindValue::Flag),
            other => return Err(unknown("vxlan", other)),
        }
    }
    let given = |id| data.attrs().iter().any(|(i, _)| *i == id);
    if given(vxlan::ID) && data.attrs().contains(&(vxlan::COLLECT_METADATA, KindValue::U8(1))) {
        return Err(CliError::rejected("vxlan: both 'external' and vni cannot be specified"));
    }
    Ok(())
}

/// A VXLAN network identifier: below 2^24.
fn vni(word: &str) -> Result<u32> {
    c_number::<u32>("id", word).ok().filter(|v| *v < 1 << 24).ok_or_else(|| invalid("invalid id", word))
}
