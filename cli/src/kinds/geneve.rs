//! `geneve`: `id 5 remote 192.0.2.1 ttl auto dstport 6081 udpcsum ...`,
//! and the options ip takes for it (`id`, `remote`, `ttl`, `tos`,
//! `flowlabel`, `dstport`, `[no]external`, `[no]udpcsum`, ...).

use std::io::Write;
use std::net::IpAddr;

use nlwire::attr::Attrs;
use nlwire::tables::rt_link::{linkinfo_geneve_attrs as geneve, LinkinfoGeneveAttrs};

use super::data::unknown;
use super::{print_flowlabel, print_switches, print_tos};
use crate::args::{c_number, invalid, Words};
use crate::sink::Sink;
use crate::{CliError, Result};
use nlwire_std::{KindData, KindValue};

/// The checksum switches ip prints as `WORD` or `noWORD`.
const CHECKSUMS: [(u16, &str, &str); 3] = [
    (geneve::UDP_CSUM, "udp_csum", "udpcsum"),
    (geneve::UDP_ZERO_CSUM6_TX, "udp_zero_csum6_tx", "udp6zerocsumtx"),
    (geneve::UDP_ZERO_CSUM6_RX, "udp_zero_csum6_rx", "udp6zerocsumrx"),
];

/// `info_data`, as ip 6.1's `geneve_print_opt`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, attrs: Attrs<'_>) -> Result<()> {
    let data = LinkinfoGeneveAttrs(attrs.clone());
    if data.collect_metadata()? {
        p.bool("external", format_args!("external "), true)?;
    }
    let Some(id) = data.id()? else { return Ok(()) };
    p.word_num("id", "id", id.into())?;
    let remote = match (data.remote()?, data.remote6()?) {
        (Some(r), _) => Some((r, "remote")),
        (None, Some(r)) if !r.is_multicast() => Some((r, "remote6")),
        _ => None,
    };
    if let Some((ip, key)) = remote.filter(|(ip, _)| !ip.is_unspecified()) {
        p.word_ip(key, "remote", ip)?;
    }
    let set = |id| -> Result<bool> { Ok(attrs.find(id)?.and_then(|a| a.u8().ok()).is_some_and(|v| v != 0)) };
    if set(geneve::TTL_INHERIT)? {
        p.string("ttl", format_args!("ttl inherit "), &"inherit")?;
    } else {
        match data.ttl()?.unwrap_or(0) {
            0 => p.fmt_num("ttl", format_args!("ttl auto "), 0)?,
            ttl => p.word_num("ttl", "ttl", ttl.into())?,
        }
    }
    print_tos(p, data.tos()?)?;
    if let Some(df) = data.df()? {
        match df {
            1 => p.string("df", format_args!("df set "), &"set")?,
            2 => p.string("df", format_args!("df inherit "), &"inherit")?,
            _ => p.string("df", format_args!(""), &"unset")?,
        }
    }
    print_flowlabel(p, data.label()?)?;
    if let Some(port) = data.port()? {
        p.word_num("port", "dstport", port.into())?;
    }
    print_switches(p, &attrs, &CHECKSUMS)?;
    if data.inner_proto_inherit()? {
        p.bool("inner_proto_inherit", format_args!("innerprotoinherit "), true)?;
    }
    Ok(())
}

/// Reads `type geneve` options; a new device needs an id (or `external`)
/// and a remote, as ip asks.
pub fn parse(words: &mut Words<'_>, data: &mut KindData, create: bool) -> Result<()> {
    let (mut id, mut remote, mut external) = (false, false, false);
    while let Some(word) = words.next() {
        let switch = CHECKSUMS.iter().find(|(_, _, w)| Some(*w) == word.strip_prefix("no").or(Some(word)));
        if let Some((attr, _, name)) = switch {
            data.push(*attr, KindValue::U8(u8::from(word == *name)));
            continue;
        }
        match word {
            "id" | "vni" => {
                let v = words.value()?;
                let vni = c_number::<u32>("id", v).ok().filter(|v| *v < 1 << 24);
                data.push(geneve::ID, KindValue::U32(vni.ok_or_else(|| invalid("invalid id", v))?));
                id = true;
            }
            "remote" => {
                let v = words.value()?;
                let ip: IpAddr = v
                    .parse()
                    .ok()
                    .filter(|ip: &IpAddr| !ip.is_multicast())
                    .ok_or_else(|| invalid("invalid remote address", v))?;
                data.push(if ip.is_ipv4() { geneve::REMOTE } else { geneve::REMOTE6 }, KindValue::Ip(ip));
                remote = true;
            }
            "ttl" | "hoplimit" => match words.value()? {
                "inherit" => data.push(geneve::TTL_INHERIT, KindValue::U8(1)),
                "auto" => data.push(geneve::TTL, KindValue::U8(0)),
                v => data.push(geneve::TTL, KindValue::U8(c_number("TTL", v)?)),
            },
            "tos" | "dsfield" => match words.value()? {
                "inherit" => data.push(geneve::TOS, KindValue::U8(1)),
                v => data.push(geneve::TOS, KindValue::U8(c_number("TOS", v)?)),
            },
            "df" => {
                let df = match words.value()? {
                    "unset" => 0,
                    "set" => 1,
                    "inherit" => 2,
                    v => return Err(invalid("df must be 'unset', 'set' or 'inherit'", v)),
                };
                data.push(geneve::DF, KindValue::U8(df));
            }
            "flowlabel" | "label" => {
                let v = words.value()?;
                let label = c_number::<u32>("flowlabel", v).ok().filter(|l| *l < 1 << 20);
                data.push(
                    geneve::LABEL,
                    KindValue::U32(label.ok_or_else(|| invalid("invalid flowlabel", v))?.to_be()),
                );
            }
            "dstport" => data.push(geneve::PORT, KindValue::Be16(c_number("dstport", words.value()?)?)),
            "external" => {
                data.push(geneve::COLLECT_METADATA, KindValue::Flag);
                external = true;
            }
            "noexternal" => external = false,
            "innerprotoinherit" => data.push(geneve::INNER_PROTO_INHERIT, KindValue::Flag),
            other => return Err(unknown("geneve", other)),
        }
    }
    if external && id {
        return Err(CliError::rejected("geneve: both 'external' and vni cannot be specified"));
    }
    if create && !external && !id {
        return Err(CliError::rejected("geneve: missing virtual network identifier"));
    }
    if create && !external && !remote {
        return Err(CliError::rejected("geneve: remote link partner not specified"));
    }
    Ok(())
}
