//! IPv4 tunnels: `gre` and `gretap` (`remote 192.0.2.2 local any ttl
//! inherit ikey 0.0.0.5 ...`), `ipip` and `sit` (`ipip remote ... local
//! ... ttl 64 pmtudisc`), printed as ip 6.1 prints them, and the options
//! ip takes for them.

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr};

use nlwire::attr::Attrs;
use nlwire::tables::rt_link::{
    linkinfo_gre_attrs as gre, linkinfo_iptun_attrs as iptun, LinkinfoGreAttrs, LinkinfoIptunAttrs,
};

use super::data::unknown;
use super::print_tos;
use crate::args::{c_number, invalid, Words};
use crate::names::Names;
use crate::sink::Sink;
use crate::Result;
use nlwire_std::{KindData, KindValue};

/// `GRE_CSUM`, `GRE_KEY`, `GRE_SEQ` (`linux/if_tunnel.h`), as the kernel
/// sends them: in network order, read here as host numbers.
const GRE_CSUM: u16 = 0x8000;
const GRE_KEY: u16 = 0x2000;
const GRE_SEQ: u16 = 0x1000;
/// `SIT_ISATAP` (`linux/if_tunnel.h`).
const SIT_ISATAP: u16 = 0x0001;
/// `IPPROTO_IPIP`, `IPPROTO_IPV6`, `IPPROTO_MPLS`.
const PROTOCOLS: [(u8, &str); 4] = [(4, "ipip"), (41, "ip6ip"), (137, "mplsip"), (0, "any")];

/// `remote ADDR ` (`any` when unset), as ip's `tnl_print_endpoint`.
fn endpoint<W: Write>(p: &mut Sink<'_, W>, key: &str, addr: Option<IpAddr>) -> Result<()> {
    match addr.filter(|a| !a.is_unspecified()) {
        Some(ip) => p.word_ip(key, key, ip)?,
        None => p.string(key, format_args!("{key} any "), &"any")?,
    }
    Ok(())
}

/// `dev NAME ` for a tunnel bound to a device.
fn device<W: Write>(p: &mut Sink<'_, W>, link: Option<u32>, names: &Names) -> Result<()> {
    if let Some(link) = link.filter(|l| *l != 0) {
        let name = names.get(link);
        p.word_str("link", "dev", &name)?;
    }
    Ok(())
}

/// `ttl N ` or `ttl inherit `; `tos 0x10 ` or `tos inherit `.
fn ttl_tos<W: Write>(p: &mut Sink<'_, W>, ttl: Option<u8>, tos: Option<u8>) -> Result<()> {
    match ttl.unwrap_or(0) {
        0 => p.fmt_num("ttl", format_args!("ttl inherit "), 0)?,
        ttl => p.word_num("ttl", "ttl", ttl.into())?,
    }
    print_tos(p, tos)
}

/// `fwmark 0x10 ` when set.
fn fwmark<W: Write>(p: &mut Sink<'_, W>, mark: Option<u32>) -> Result<()> {
    if let Some(mark) = mark.filter(|m| *m != 0) {
        p.string("fwmark", format_args!("fwmark {mark:#x} "), &format_args!("{mark:#x}"))?;
    }
    Ok(())
}

/// A GRE tunnel's `info_data`, as ip 6.1's `gre_print_opt`.
pub fn print_gre<W: Write>(p: &mut Sink<'_, W>, attrs: Attrs<'_>, names: &Names) -> Result<()> {
    let data = LinkinfoGreAttrs(attrs);
    let ignore_df = |p: &mut Sink<'_, W>| -> Result<()> {
        if data.ignore_df()?.is_some_and(|v| v != 0) {
            p.bool("ignore_df", format_args!("ignore-df "), true)?;
        }
        Ok(())
    };
    if data.collect_metadata()? {
        p.bool("external", format_args!("external "), true)?;
        ignore_df(p)?;
    } else {
        endpoint(p, "remote", data.remote()?)?;
        endpoint(p, "local", data.local()?)?;
        device(p, data.link()?, names)?;
        ttl_tos(p, data.ttl()?, data.tos()?)?;
        match data.pmtudisc()? {
            Some(0) => p.bool("pmtudisc", format_args!("nopmtudisc "), false)?,
            Some(_) => p.bool("pmtudisc", format_args!(""), true)?,
            None => {}
        }
        ignore_df(p)?;
        let (iflags, oflags) = (data.iflags()?.unwrap_or(0), data.oflags()?.unwrap_or(0));
        for (flags, key, value) in [(iflags, "ikey", data.ikey()?), (oflags, "okey", data.okey()?)] {
            if let Some(value) = value.filter(|_| flags & GRE_KEY != 0) {
                let key_text = Ipv4Addr::from(value);
                p.word_ip(key, key, key_text.into())?;
            }
        }
        for (flags, bit, key) in [
            (iflags, GRE_SEQ, "iseq"),
            (oflags, GRE_SEQ, "oseq"),
            (iflags, GRE_CSUM, "icsum"),
            (oflags, GRE_CSUM, "ocsum"),
        ] {
            if flags & bit != 0 {
                p.bool(key, format_args!("{key} "), true)?;
            }
        }
        fwmark(p, data.fwmark()?)?;
    }
    Ok(())
}

/// An ipip or sit tunnel's `info_data`, as ip 6.1's `iptunnel_print_opt`.
pub fn print_iptun<W: Write>(p: &mut Sink<'_, W>, attrs: Attrs<'_>, names: &Names) -> Result<()> {
    let data = LinkinfoIptunAttrs(attrs.clone());
    if data.collect_metadata()? {
        p.bool("external", format_args!("external "), true)?;
        return Ok(());
    }
    if let Some(proto) = data.proto()? {
        if let Some((_, name)) = PROTOCOLS.iter().find(|(v, _)| *v == proto) {
            p.string("proto", format_args!("{name} "), name)?;
        }
    }
    endpoint(p, "remote", data.remote()?)?;
    endpoint(p, "local", data.local()?)?;
    device(p, data.link()?, names)?;
    ttl_tos(p, data.ttl()?, data.tos()?)?;
    if data.pmtudisc()?.is_some_and(|v| v != 0) {
        p.bool("pmtudisc", format_args!("pmtudisc "), true)?;
    } else {
        p.bool("pmtudisc", format_args!("nopmtudisc "), false)?;
    }
    // ip reads the flags in host order (`SIT_ISATAP` is 1).
    let flags = attrs.find(iptun::FLAGS)?.and_then(|a| a.u16().ok()).unwrap_or(0);
    if flags & SIT_ISATAP != 0 {
        p.bool("isatap", format_args!("isatap "), true)?;
    }
    fwmark(p, data.fwmark()?)?;
    Ok(())
}

/// The attribute ids a tunnel's common options go to.
struct Ids {
    remote: u16,
    local: u16,
    link: u16,
    ttl: u16,
    tos: u16,
    pmtudisc: u16,
    fwmark: u16,
    metadata: u16,
}

const GRE: Ids = Ids {
    remote: gre::REMOTE,
    local: gre::LOCAL,
    link: gre::LINK,
    ttl: gre::TTL,
    tos: gre::TOS,
    pmtudisc: gre::PMTUDISC,
    fwmark: gre::FWMARK,
    metadata: gre::COLLECT_METADATA,
};

const IPTUN: Ids = Ids {
    remote: iptun::REMOTE,
    local: iptun::LOCAL,
    link: iptun::LINK,
    ttl: iptun::TTL,
    tos: iptun::TOS,
    pmtudisc: iptun::PMTUDISC,
    fwmark: iptun::FWMARK,
    metadata: iptun::COLLECT_METADATA,
};

/// An IPv4 endpoint (`any` is 0.0.0.0).
fn ipv4(what: &str, word: &str) -> Result<IpAddr> {
    if word == "any" {
        return Ok(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    }
    word.parse::<Ipv4Addr>().map(IpAddr::V4).map_err(|_| invalid(&format!("invalid {what} address"), word))
}

/// The options both kinds of tunnel take; `false` for another word.
fn common(ids: &Ids, word: &str, words: &mut Words<'_>, data: &mut KindData) -> Result<bool> {
    match word {
        "remote" => data.push(ids.remote, KindValue::Ip(ipv4(word, words.value()?)?)),
        "local" => data.push(ids.local, KindValue::Ip(ipv4(word, words.value()?)?)),
        "dev" => data.push(ids.link, KindValue::Dev(crate::args::name(words.value()?)?)),
        "ttl" | "hoplimit" | "hlim" => match words.value()? {
            "inherit" => data.push(ids.ttl, KindValue::U8(0)),
            v => data.push(ids.ttl, KindValue::U8(c_number("TTL", v)?)),
        },
        "tos" | "tclass" | "dsfield" => match words.value()? {
            "inherit" => data.push(ids.tos, KindValue::U8(1)),
            v => data.push(ids.tos, KindValue::U8(c_number("TOS", v)?)),
        },
        "pmtudisc" => data.push(ids.pmtudisc, KindValue::U8(1)),
        "nopmtudisc" => data.push(ids.pmtudisc, KindValue::U8(0)),
        "fwmark" => data.push(ids.fwmark, KindValue::U32(c_number("fwmark", words.value()?)?)),
        "external" => data.push(ids.metadata, KindValue::Flag),
        _ => return Ok(false),
    }
    Ok(true)
}

/// Reads `type gre|gretap` options.
pub fn parse_gre(kind: &str, words: &mut Words<'_>, data: &mut KindData) -> Result<()> {
    let (mut iflags, mut oflags) = (0u16, 0u16);
    while let Some(word) = words.next() {
        if common(&GRE, word, words, data)? {
            continue;
        }
        // A key: a number or a dotted quad.
        let mut key = |what: &str| -> Result<u32> {
            let v = words.value()?;
            match v.parse::<Ipv4Addr>() {
                Ok(ip) => Ok(u32::from(ip)),
                Err(_) => c_number(what, v),
            }
        };
        match word {
            "key" => {
                let k = key(word)?;
                iflags |= GRE_KEY;
                oflags |= GRE_KEY;
                data.push(gre::IKEY, KindValue::U32(k.to_be()));
                data.push(gre::OKEY, KindValue::U32(k.to_be()));
            }
            "ikey" => {
                iflags |= GRE_KEY;
                data.push(gre::IKEY, KindValue::U32(key(word)?.to_be()));
            }
            "okey" => {
                oflags |= GRE_KEY;
                data.push(gre::OKEY, KindValue::U32(key(word)?.to_be()));
            }
            "seq" => {
                iflags |= GRE_SEQ;
                oflags |= GRE_SEQ;
            }
            "iseq" => iflags |= GRE_SEQ,
            "oseq" => oflags |= GRE_SEQ,
            "csum" => {
                iflags |= GRE_CSUM;
                oflags |= GRE_CSUM;
            }
            "icsum" => iflags |= GRE_CSUM,
            "ocsum" => oflags |= GRE_CSUM,
            "ignore-df" => data.push(gre::IGNORE_DF, KindValue::U8(1)),
            "noignore-df" => data.push(gre::IGNORE_DF, KindValue::U8(0)),
            other => return Err(unknown(kind, other)),
        }
    }
    if iflags != 0 {
        data.push(gre::IFLAGS, KindValue::Be16(iflags));
    }
    if oflags != 0 {
        data.push(gre::OFLAGS, KindValue::Be16(oflags));
    }
    Ok(())
}

/// Reads `type ipip|sit` options.
pub fn parse_iptun(kind: &str, words: &mut Words<'_>, data: &mut KindData) -> Result<()> {
    while let Some(word) = words.next() {
        if common(&IPTUN, word, words, data)? {
            continue;
        }
        match word {
            "mode" => {
                let v = words.value()?;
                let (proto, _) = PROTOCOLS
                    .iter()
                    .find(|(_, name)| *name == v || (*name == "ip6ip" && v == "ipv6/ipv4"))
                    .ok_or_else(|| invalid(&format!("Cannot guess tunnel mode for {kind}"), v))?;
                data.push(iptun::PROTO, KindValue::U8(*proto));
            }
            "isatap" if kind == "sit" => data.push(iptun::FLAGS, KindValue::U16(SIT_ISATAP)),
            other => return Err(unknown(kind, other)),
        }
    }
    Ok(())
}
