//! `route add ... encap TYPE ...`: a route's lightweight tunnel, read as
//! ip 6.1's `lwt_parse_encap` reads it, kept until the request is written
//! (the core's [`Encap`] borrows its labels and segments); and printed as
//! its `lwt_print_encap` prints it.
//!
//! ```sh
//! nlw route add 198.51.100.0/24 encap ip id 10 dst 192.0.2.2 ttl 5 key dev v0
//! nlw route add 2001:db8:5::/64 encap seg6 mode encap segs 2001:db8::2,2001:db8::3 dev v0
//! nlw route add 198.51.101.0/24 encap mpls 100/200 via 192.0.2.2
//! nlw -6 route add 2001:db8:9::/64 encap seg6local action End.X nh6 2001:db8::2 count dev v0
//! nlw -6 route add 2001:db8:9::/64 nexthop via 2001:db8::2 dev v0 encap rpl segs 2001:db8::5 \
//!     nexthop via 2001:db8::3 dev v0
//! ```

use std::io::Write;
use std::net::{Ipv4Addr, Ipv6Addr};

use nlwire::attr::Attrs;
use nlwire::lwtunnel::{
    lwt_bpf_xfrm as bx, mpls_iptunnel, tunnel_flags, Encap, Flavors, Ioam6, IpTunnel, Seg6Local, Seg6Mode,
    RPL_IPTUNNEL_SRH, SEG6_IPTUNNEL_SRH,
};
use nlwire::route::lwtunnel;

use crate::args::{address, c_unsigned, duplicate2, invalid, Words};
use crate::names::{c_number, NameFile, Names};
use crate::out::Hue;
use crate::sink::Sink;
use crate::stats::human_count;
use crate::{CliError, Result};

/// A parsed encapsulation, owning what [`Encap`] borrows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteEncap {
    Mpls {
        labels: Vec<u32>,
        ttl: Option<u8>,
    },
    Ip(IpTunnel<Ipv4Addr>),
    Ip6(IpTunnel<Ipv6Addr>),
    Seg6 {
        mode: Seg6Mode,
        segs: Vec<Ipv6Addr>,
        hmac: u32,
    },
    /// `seg6local`: the behaviour without its header, which `segs` holds,
    /// and the names of `iif` and `oif`, looked up when the request is made.
    Seg6Local {
        local: Seg6Local<'static>,
        segs: Option<Vec<Ipv6Addr>>,
        iif: Option<String>,
        oif: Option<String>,
    },
    /// `rpl segs A,B,...`.
    Rpl(Vec<Ipv6Addr>),
    /// `ioam6 ... trace prealloc ...`.
    Ioam6(Ioam6),
    /// `xfrm if_id ID [link_dev DEV]`.
    Xfrm {
        if_id: u32,
        link: Option<String>,
    },
}

impl RouteEncap {
    /// The devices the encapsulation names (seg6local's `iif` and `oif`,
    /// xfrm's `link_dev`), whose indexes [`RouteEncap::as_encap`] takes.
    pub fn devices(&self) -> [Option<&str>; 2] {
        match self {
            RouteEncap::Seg6Local { iif, oif, .. } => [iif.as_deref(), oif.as_deref()],
            RouteEncap::Xfrm { link, .. } => [link.as_deref(), None],
            _ => [None, None],
        }
    }

    /// The core's view, for the request, with the indexes of
    /// [`RouteEncap::devices`].
    pub fn as_encap(&self, links: [Option<u32>; 2]) -> Encap<'_> {
        match self {
            RouteEncap::Mpls { labels, ttl } => Encap::Mpls { labels, ttl: *ttl },
            RouteEncap::Ip(t) => Encap::Ip(*t),
            RouteEncap::Ip6(t) => Encap::Ip6(*t),
            RouteEncap::Seg6 { mode, segs, hmac } => Encap::Seg6 { mode: *mode, segs, hmac: *hmac },
            RouteEncap::Seg6Local { local, segs, .. } => {
                Encap::Seg6Local(Seg6Local { srh: segs.as_deref(), iif: links[0], oif: links[1], ..*local })
            }
            RouteEncap::Rpl(segs) => Encap::Rpl { segs },
            RouteEncap::Ioam6(t) => Encap::Ioam6(*t),
            RouteEncap::Xfrm { if_id, .. } => Encap::Xfrm { if_id: *if_id, link: links[0] },
        }
    }

    /// Reads `TYPE ...` after `encap`, leaving in `words` the first word that
    /// is not the encapsulation's.
    pub fn parse(words: &mut Words<'_>) -> Result<Self> {
        let kind = words.next().unwrap_or("");
        let known = ["mpls", "ip", "ip6", "seg6", "seg6local", "rpl", "ioam6", "xfrm"].contains(&kind);
        // ip wants two words at least after a type it knows.
        if known && words.rest().is_empty() {
            return Err(crate::args::incomplete());
        }
        if known && words.rest().len() == 1 {
            return Err(CliError::usage("Error: unexpected end of line after \"encap\""));
        }
        match kind {
            "mpls" => mpls(words),
            "ip" => ip_tunnel(words, false).map(|(t, _)| RouteEncap::Ip(t)),
            "ip6" => ip_tunnel(words, true).map(|(_, t)| RouteEncap::Ip6(t)),
            "seg6" => seg6(words),
            "seg6local" => seg6local(words),
            "rpl" => rpl(words),
            "ioam6" => ioam6(words),
            "xfrm" => xfrm(words),
            "bpf" => Err(CliError::usage("Error: nlw does not load BPF objects (\"encap bpf\").")),
            // ip names the word after `encap`, or the next one when none is.
            "" => Err(invalid("\"encap type\" value is invalid\n", words.peek().unwrap_or("(null)"))),
            other => Err(invalid("\"encap type\" value is invalid\n", other)),
        }
    }
}

/// The addresses of `A,B,...`, as ip's `get_addr` reads each.
fn segments(list: &str) -> Result<Vec<Ipv6Addr>> {
    let mut segs = Vec::new();
    for seg in list.split(',') {
        if let std::net::IpAddr::V6(a) = address(seg, 10)? {
            segs.push(a);
        }
    }
    Ok(segs)
}

/// `action A [table T] [vrftable T] [nh4 A] [nh6 A] [iif D] [oif D]
/// [count] [flavors F[,F] [lblen N] [nflen N]] [srh segs A,B [hmac K]]`,
/// each once, in any order, as ip 6.1's `parse_encap_seg6local`.
fn seg6local(words: &mut Words<'_>) -> Result<RouteEncap> {
    let mut local = Seg6Local::default();
    let (mut segs, mut iif, mut oif) = (None, None, None);
    let mut seen: Vec<&str> = Vec::new();
    let mut hmac_seen = false;
    while let Some(word) = words.peek() {
        let keywords = ["action", "table", "vrftable", "nh4", "nh6", "iif", "oif", "count", "flavors", "srh"];
        if word == "endpoint" {
            return Err(CliError::usage("Error: nlw does not load BPF objects (\"endpoint\")."));
        }
        if !keywords.contains(&word) {
            break;
        }
        words.next();
        let value = if word == "count" { word } else { words.value()? };
        if seen.contains(&word) {
            return Err(crate::args::duplicate2(word, value));
        }
        seen.push(word);
        match word {
            "action" => {
                let at = ACTIONS.iter().position(|a| !a.is_empty() && *a == value);
                local.action = at.ok_or_else(|| invalid("\"action\" value is invalid\n", value))? as u32;
            }
            "table" => {
                local.table = Some(
                    crate::names::table_number(value).ok_or_else(|| invalid("invalid table id\n", value))?,
                )
            }
            "vrftable" => {
                local.vrftable = Some(
                    crate::names::table_number(value)
                        .ok_or_else(|| invalid("invalid vrf table id\n", value))?,
                )
            }
            "nh4" => {
                if let std::net::IpAddr::V4(a) = address(value, 2)? {
                    local.nh4 = Some(a);
                }
            }
            "nh6" => {
                if let std::net::IpAddr::V6(a) = address(value, 10)? {
                    local.nh6 = Some(a);
                }
            }
            "iif" => iif = Some(value.to_owned()),
            "oif" => oif = Some(value.to_owned()),
            "count" => local.count = true,
            "flavors" => local.flavors = Some(flavors(value, words)?),
            _ => {
                // srh segs A,B [hmac K]
                if value != "segs" {
                    return Err(invalid("missing \"segs\" attribute for srh\n", value));
                }
                let list = words.value()?;
                segs = Some(list);
                // ip reads the list again as the next word when it ends the line.
                if words.peek().is_none() {
                    return Err(crate::args::duplicate2("to", list));
                }
                if words.peek() == Some("hmac") {
                    words.next();
                    let key = words.value()?;
                    if hmac_seen {
                        return Err(crate::args::duplicate2("hmac", key));
                    }
                    hmac_seen = true;
                    // ip reads it unchecked: what is not a number is 0.
                    local.hmac = c_number(key).and_then(|n| u32::try_from(n).ok()).unwrap_or(0);
                }
            }
        }
    }
    if local.action == 0 {
        return Err(CliError::usage("Missing action type"));
    }
    let segs = segs.map(segments).transpose()?;
    Ok(RouteEncap::Seg6Local { local, segs, iif, oif })
}

/// `F[,F]` of `psp`, `usp`, `usd`, `next-csid` (any case, each once), and
/// after `next-csid` its `lblen N` and `nflen N`.
fn flavors(list: &str, words: &mut Words<'_>) -> Result<Flavors> {
    let bad = || invalid("invalid \"flavors\" attribute\n", list);
    let mut ops = 0u32;
    for name in list.split(',').filter(|n| !n.is_empty()) {
        let at =
            FLAVORS.iter().position(|f| !f.is_empty() && f.eq_ignore_ascii_case(name)).ok_or_else(bad)?;
        if ops & (1 << at) != 0 {
            return Err(bad());
        }
        ops |= 1 << at;
    }
    if list.is_empty() {
        return Err(bad());
    }
    let mut f = Flavors { ops, lblen: None, nflen: None };
    if ops & (1 << nlwire::lwtunnel::seg6_local::FLV_OP_NEXT_CSID) != 0 {
        for (word, what) in [("lblen", "locator-block length"), ("nflen", "locator-node function length")] {
            if words.peek() == Some(word) {
                words.next();
                let v = words.value()?;
                let n = c_number(v)
                    .and_then(|n| u8::try_from(n).ok())
                    .ok_or_else(|| invalid(&format!("\"{what}\" value is invalid\n"), v))?;
                *(if word == "lblen" { &mut f.lblen } else { &mut f.nflen }) = Some(n);
            }
        }
    }
    Ok(f)
}

/// `segs A,B,...`: an RPL source routing header.
fn rpl(words: &mut Words<'_>) -> Result<RouteEncap> {
    let mut list = None;
    while words.peek() == Some("segs") {
        words.next();
        let v = words.value()?;
        if list.is_some() {
            return Err(crate::args::duplicate2("segs", v));
        }
        list = Some(v);
    }
    Ok(RouteEncap::Rpl(segments(list.unwrap_or(""))?))
}

/// ip's `invarg` of ioam6, whose words end without a line break.
fn ioam6_invalid(what: &str, value: &str) -> CliError {
    invalid(what, value)
}

/// ip's `NEXT_ARG` that reads no word: a word must follow.
fn more(words: &Words<'_>) -> Result<()> {
    words.peek().map(drop).ok_or_else(crate::args::incomplete)
}

/// `[freq K/N] [mode inline|encap|auto] [tundst A] trace prealloc type T
/// ns N size S`, in this order, as ip 6.1's `parse_encap_ioam6`.
fn ioam6(words: &mut Words<'_>) -> Result<RouteEncap> {
    use nlwire::lwtunnel::ioam6_iptunnel as t;
    let missing = |what: &str| CliError::usage(format!("Error: argument \"{what}\" is required"));
    let (mut freq_k, mut freq_n) = (1, 1);
    if words.peek() == Some("freq") {
        words.next();
        let v = words.value()?;
        if v.len() > 15 {
            return Err(ioam6_invalid("Invalid frequency (too long)", v));
        }
        let part = |p: &str| p.parse::<u32>().ok().filter(|_| !p.starts_with('+'));
        let (k, n) = v
            .split_once('/')
            .filter(|(_, n)| !n.contains('/'))
            .and_then(|(k, n)| Some((part(k)?, part(n)?)))
            .ok_or_else(|| ioam6_invalid("Invalid frequency (malformed)", v))?;
        let bounds = 1..=1_000_000;
        if !bounds.contains(&k) {
            return Err(ioam6_invalid("Out of bound \"k\" frequency", v));
        }
        if !bounds.contains(&n) {
            return Err(ioam6_invalid("Out of bound \"n\" frequency", v));
        }
        if k > n {
            return Err(ioam6_invalid("Frequency with k > n is forbidden", v));
        }
        (freq_k, freq_n) = (k, n);
        more(words)?;
    }
    let mut mode = t::MODE_INLINE;
    if words.peek() == Some("mode") {
        words.next();
        let v = words.value()?;
        mode = match v {
            "inline" => t::MODE_INLINE,
            "encap" => t::MODE_ENCAP,
            "auto" => t::MODE_AUTO,
            _ => return Err(ioam6_invalid("Invalid mode", v)),
        };
        more(words)?;
    }
    let mut dst = None;
    if words.peek() == Some("tundst") {
        words.next();
        if mode == t::MODE_INLINE {
            return Err(ioam6_invalid("Inline mode does not need tundst", "tundst"));
        }
        let v = words.value()?;
        match address(v, 10)? {
            std::net::IpAddr::V6(a) => dst = Some(a),
            _ => return Err(ioam6_invalid("Invalid IPv6 address for tundst", v)),
        }
        more(words)?;
    } else if mode != t::MODE_INLINE {
        return Err(missing("tundst"));
    }
    if words.peek() != Some("trace") {
        return Err(missing("trace"));
    }
    words.next();
    more(words)?;
    if words.peek() != Some("prealloc") {
        return Err(missing("prealloc"));
    }
    words.next();
    let (mut trace_type, mut ns, mut size) = (0u32, None, 0u16);
    let mut last_value = None;
    while let Some(word) = words.peek() {
        if !["type", "ns", "size"].contains(&word) {
            break;
        }
        words.next();
        let v = words.value()?;
        last_value = Some(v);
        let number = c_number(v);
        match word {
            "type" => {
                if trace_type != 0 {
                    return Err(crate::args::duplicate2("type", v));
                }
                trace_type = number
                    .and_then(|n| u32::try_from(n).ok())
                    .filter(|n| *n != 0)
                    .ok_or_else(|| ioam6_invalid("Invalid trace type", v))?;
            }
            "ns" => {
                if ns.is_some() {
                    return Err(crate::args::duplicate2("ns", v));
                }
                ns = Some(
                    number
                        .and_then(|n| u16::try_from(n).ok())
                        .ok_or_else(|| ioam6_invalid("Invalid namespace ID", v))?,
                );
            }
            _ => {
                if size != 0 {
                    return Err(crate::args::duplicate2("size", v));
                }
                size = number
                    .and_then(|n| u16::try_from(n).ok())
                    .filter(|n| *n != 0)
                    .ok_or_else(|| ioam6_invalid("Invalid trace size", v))?;
                if !size.is_multiple_of(4) {
                    return Err(ioam6_invalid("Trace size must be a 4-octet multiple", v));
                }
                if size > 244 {
                    return Err(ioam6_invalid("Trace size is too big", v));
                }
            }
        }
    }
    if trace_type == 0 {
        return Err(missing("type"));
    }
    let namespace = ns.ok_or_else(|| missing("ns"))?;
    if size == 0 {
        return Err(missing("size"));
    }
    // ip reads the last value again as the next word when it ends the line.
    if let Some(last) = last_value.filter(|_| words.peek().is_none()) {
        return Err(crate::args::duplicate2("to", last));
    }
    Ok(RouteEncap::Ioam6(Ioam6 { freq_k, freq_n, mode, dst, trace_type, namespace, size }))
}

/// ip's words for `encap xfrm` without an `if_id`.
const XFRM_USAGE: &str = "Usage: nlw route ... encap xfrm if_id IF_ID [ link_dev LINK ]";

/// `if_id ID [link_dev DEV]` (each once; `if_id` not 0, and needed). As
/// ip 6.1's `parse_encap_xfrm`, every word after is read and the others
/// passed over: nothing after the encapsulation counts.
fn xfrm(words: &mut Words<'_>) -> Result<RouteEncap> {
    let (mut if_id, mut link) = (None, None);
    while let Some(word) = words.next() {
        if word == "help" {
            return Err(CliError::usage(XFRM_USAGE));
        }
        if word != "if_id" && word != "link_dev" {
            continue;
        }
        let v = words.value()?;
        if (word == "if_id" && if_id.is_some()) || (word == "link_dev" && link.is_some()) {
            return Err(crate::args::duplicate2(word, v));
        }
        if word == "if_id" {
            let id = c_number(v).and_then(|n| u32::try_from(n).ok()).filter(|n| *n != 0);
            if_id = Some(id.ok_or_else(|| invalid("\"if_id\" value is invalid\n", v))?);
        } else {
            link = Some(v.to_owned());
        }
    }
    let if_id = if_id.ok_or_else(|| CliError::usage(XFRM_USAGE))?;
    Ok(RouteEncap::Xfrm { if_id, link })
}

/// `LABEL[/LABEL...] [ttl T]`: ip's `mpls_pton` (20-bit labels).
fn mpls(words: &mut Words<'_>) -> Result<RouteEncap> {
    let stack = words.next().unwrap_or("");
    let bad = || CliError::rejected(format!("Error: mpls address is expected rather than \"{stack}\"."));
    let labels = stack
        .split('/')
        .map(|l| c_number(l).and_then(|n| u32::try_from(n).ok()).filter(|n| *n < 1 << 20))
        .collect::<Option<Vec<u32>>>()
        .filter(|l| !l.is_empty())
        .ok_or_else(bad)?;
    let mut ttl = None;
    if words.peek() == Some("ttl") {
        words.next();
        let v = words.value()?;
        ttl = Some(small(v, "ttl")?);
    }
    Ok(RouteEncap::Mpls { labels, ttl })
}

/// A `u8` in C's bases, refused as ip's `"WHAT" value is invalid`.
fn small(v: &str, what: &str) -> Result<u8> {
    c_number(v)
        .and_then(|n| u8::try_from(n).ok())
        .ok_or_else(|| invalid(&format!("\"{what}\" value is invalid\n"), v))
}

/// `ip` or `ip6`'s words: `id`, `dst`, `src`, `tos`|`tc`, `ttl`|`hoplimit`,
/// `key`, `csum`, `seq`, each once; the tunnel of the family asked for.
fn ip_tunnel(words: &mut Words<'_>, v6: bool) -> Result<(IpTunnel<Ipv4Addr>, IpTunnel<Ipv6Addr>)> {
    let (mut four, mut six) = (IpTunnel::default(), IpTunnel::default());
    let family = if v6 { 10 } else { 2 };
    let (ttl_word, tos_word) = if v6 { ("hoplimit", "tc") } else { ("ttl", "tos") };
    let mut seen: Vec<&str> = Vec::new();
    while let Some(word) = words.peek() {
        let known = ["id", "dst", "src", ttl_word, tos_word, "key", "csum", "seq"].contains(&word);
        if !known {
            break;
        }
        words.next();
        let flag = match word {
            "key" => Some(tunnel_flags::KEY),
            "csum" => Some(tunnel_flags::CSUM),
            "seq" => Some(tunnel_flags::SEQ),
            _ => None,
        };
        let value = if flag.is_some() { word } else { words.value()? };
        if seen.contains(&word) {
            return Err(CliError::usage(format!(
                "Error: either \"{word}\" is duplicate, or \"{value}\" is a garbage."
            )));
        }
        seen.push(word);
        if let Some(bit) = flag {
            four.flags |= bit;
            six.flags |= bit;
            continue;
        }
        match word {
            "id" => {
                let id = c_number(value).ok_or_else(|| invalid("\"id\" value is invalid\n", value))?;
                (four.id, six.id) = (Some(id), Some(id));
            }
            "dst" | "src" => {
                let addr = address(value, family)?;
                let slot4 = if word == "dst" { &mut four.dst } else { &mut four.src };
                if let std::net::IpAddr::V4(a) = addr {
                    *slot4 = Some(a);
                }
                let slot6 = if word == "dst" { &mut six.dst } else { &mut six.src };
                if let std::net::IpAddr::V6(a) = addr {
                    *slot6 = Some(a);
                }
            }
            w if w == ttl_word => {
                let ttl = small(value, w)?;
                (four.ttl, six.ttl) = (Some(ttl), Some(ttl));
            }
            w => {
                // tos: a name of rt_dsfield or a number; tc: a number.
                let tos = match NameFile::DsField.value(value).filter(|_| !v6) {
                    Some(v) => u8::try_from(v).ok(),
                    None => c_number(value).and_then(|n| u8::try_from(n).ok()),
                };
                let tos = tos.ok_or_else(|| invalid(&format!("\"{w}\" value is invalid\n"), value))?;
                (four.tos, six.tos) = (Some(tos), Some(tos));
            }
        }
    }
    Ok((four, six))
}

/// `mode inline|encap|l2encap segs A,B,...`: `segs` only after `mode`.
fn seg6(words: &mut Words<'_>) -> Result<RouteEncap> {
    let (mut mode, mut segs, mut hmac) = (None, None, None);
    while let Some(word) = words.peek() {
        if !["mode", "segs", "hmac"].contains(&word) {
            break;
        }
        words.next();
        let v = words.value()?;
        match word {
            "mode" => {
                if mode.is_some() {
                    return Err(duplicate2("mode", v));
                }
                let named = SEG6_MODES.iter().find(|(name, _)| *name == v);
                mode = Some(named.ok_or_else(|| invalid("\"mode\" value is invalid\n", v))?.1);
            }
            "segs" => {
                if segs.is_some() {
                    return Err(duplicate2("segs", v));
                }
                if mode.is_none() {
                    return Err(invalid("\"segs\" provided before \"mode\"\n", v));
                }
                segs = Some(v);
            }
            _ => {
                if hmac.is_some() {
                    return Err(duplicate2("hmac", v));
                }
                // As ip's unchecked `get_u32`: a key id that is no number is none.
                hmac = Some(c_unsigned(v, 0, u32::MAX.into()).unwrap_or(0) as u32);
            }
        }
    }
    let mode = mode.ok_or_else(|| CliError::usage("Error: seg6 encap needs a mode and segments."))?;
    // Read last, as ip's `parse_srh`.
    let mut addresses = Vec::new();
    for seg in segs.into_iter().flat_map(|segs| segs.split(',')) {
        if let std::net::IpAddr::V6(a) = address(seg, 10)? {
            addresses.push(a);
        }
    }
    Ok(RouteEncap::Seg6 { mode, segs: addresses, hmac: hmac.unwrap_or(0) })
}

/// seg6's modes, by their number (`SEG6_IPTUN_MODE_*`), as ip names them.
const SEG6_MODES: [(&str, Seg6Mode); 5] = [
    ("inline", Seg6Mode::Inline),
    ("encap", Seg6Mode::Encap),
    ("l2encap", Seg6Mode::L2Encap),
    ("encap.red", Seg6Mode::EncapRed),
    ("l2encap.red", Seg6Mode::L2EncapRed),
];

/// `-s` and `-h`: whether seg6local's counters are shown, and in units of
/// which base (`None`: as numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counters {
    pub shown: bool,
    pub human: Option<u64>,
}

impl Counters {
    /// As the command line asks.
    pub fn of(ctx: &crate::Ctx) -> Self {
        Counters { shown: ctx.stats > 0, human: ctx.human }
    }
}

/// ip 6.1's `lwt_print_encap`: ` encap TYPE ` (after a space, as ip's),
/// then what the type holds, JSON those keys beside the route's own (ip
/// writes a second `dst` so); `counters`: whether seg6local's are shown.
pub fn print<W: Write>(
    s: &mut Sink<'_, W>,
    kind: u16,
    encap: Attrs<'_>,
    names: &Names,
    counters: Counters,
) -> Result<()> {
    let name = nlwire::route::encap_name(kind).unwrap_or("unknown");
    s.string("encap", format_args!(" encap {name} "), &name)?;
    match kind {
        lwtunnel::IP | lwtunnel::IP6 => print_ip(s, encap, kind == lwtunnel::IP6),
        lwtunnel::SEG6 => {
            let srh = encap.find(SEG6_IPTUNNEL_SRH)?.map(|a| a.payload()).unwrap_or(&[]);
            let Some(mode) = srh.get(..4).and_then(|m| m.try_into().ok()).map(i32::from_ne_bytes) else {
                return Ok(());
            };
            let mode =
                usize::try_from(mode).ok().and_then(|m| SEG6_MODES.get(m)).map_or("<unknown>", |m| m.0);
            s.string("mode", format_args!("mode {mode} "), &mode)?;
            print_srh(s, &srh[4..])
        }
        lwtunnel::SEG6_LOCAL => print_seg6local(s, encap, names, counters),
        lwtunnel::MPLS => {
            if let Some(dst) = encap.find(mpls_iptunnel::DST)? {
                let labels = mpls_labels(dst.payload());
                s.string("dst", format_args!(" {labels} "), &labels)?;
            }
            if let Some(ttl) = encap.find(mpls_iptunnel::TTL)?.map(|a| a.u8()).transpose()? {
                s.fmt_num("ttl", format_args!("ttl {ttl} "), ttl)?;
            }
            Ok(())
        }
        lwtunnel::RPL => {
            let Some(srh) = encap.find(RPL_IPTUNNEL_SRH)? else { return Ok(()) };
            let srh = srh.payload();
            let left = usize::from(*srh.get(3).unwrap_or(&0));
            // The segments, read from the last in memory to the first.
            let segs: Vec<Ipv6Addr> = (0..left).rev().filter_map(|i| segment(srh, 8 + 16 * i)).collect();
            addresses(s, "segs", &format!("segs {left} [ "), &segs)
        }
        lwtunnel::IOAM6 => print_ioam6(s, encap),
        lwtunnel::BPF => {
            for (attr, word) in [(bx::BPF_IN, "in"), (bx::BPF_OUT, "out"), (bx::BPF_XMIT, "xmit")] {
                if let Some(prog) = encap.find(attr)? {
                    print_program(s, prog.nested(), bx::BPF_PROG_NAME, word)?;
                }
            }
            if let Some(room) = encap.find(bx::BPF_XMIT_HEADROOM)?.map(|a| a.u32()).transpose()? {
                s.fmt_num("headroom", format_args!(" {room} "), room)?;
            }
            Ok(())
        }
        lwtunnel::XFRM => {
            if let Some(id) = encap.find(bx::XFRM_IF_ID)?.map(|a| a.u32()).transpose()? {
                s.fmt_num("if_id", format_args!("if_id {id} "), id)?;
            }
            if let Some(link) = encap.find(bx::XFRM_LINK)?.map(|a| a.u32()).transpose()? {
                let dev = names.get(link);
                s.string("link_dev", format_args!("link_dev {dev} "), &dev)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// An `ip` or `ip6` tunnel's `id`, `src`, `dst`, `ttl`/`hoplimit`,
/// `tos`/`tc` and `key`/`csum`/`seq`.
fn print_ip<W: Write>(s: &mut Sink<'_, W>, encap: Attrs<'_>, v6: bool) -> Result<()> {
    use nlwire::lwtunnel::lwtunnel_ip as ip;
    if let Some(id) = encap.find(ip::ID)?.map(|a| a.be64()).transpose()? {
        s.fmt_num("id", format_args!("id {id} "), id)?;
    }
    for (key, attr) in [("src", ip::SRC), ("dst", ip::DST)] {
        if let Some(addr) = encap.find(attr)?.map(|a| a.ip()).transpose()? {
            s.painted_string(Hue::of(addr), key, format_args!("{key} {addr} "), &addr)?;
        }
    }
    for (key, attr) in
        [(if v6 { "hoplimit" } else { "ttl" }, ip::TTL), (if v6 { "tc" } else { "tos" }, ip::TOS)]
    {
        if let Some(v) = encap.find(attr)?.map(|a| a.u8()).transpose()? {
            s.fmt_num(key, format_args!("{key} {v} "), v)?;
        }
    }
    let flags = encap.find(ip::FLAGS)?.map(|a| a.be16()).transpose()?.unwrap_or(0);
    for (bit, key) in [(tunnel_flags::KEY, "key"), (tunnel_flags::CSUM, "csum"), (tunnel_flags::SEQ, "seq")] {
        if flags & bit != 0 {
            s.bool(key, format_args!("{key} "), true)?;
        }
    }
    Ok(())
}

/// The 16 bytes at `at` as an address.
fn segment(bytes: &[u8], at: usize) -> Option<Ipv6Addr> {
    bytes.get(at..at + 16).and_then(|b| <[u8; 16]>::try_from(b).ok()).map(Ipv6Addr::from)
}

/// Text `head`, the addresses (painted) and `] `; JSON `"key": [...]`.
fn addresses<W: Write>(s: &mut Sink<'_, W>, key: &str, head: &str, segs: &[Ipv6Addr]) -> Result<()> {
    s.open_array(key)?;
    s.text(head)?;
    for seg in segs {
        match s {
            Sink::Text(out) => {
                out.paint(Hue::Inet6)?;
                write!(out, "{seg} ")?;
                out.unpaint()?;
            }
            Sink::Json(_) => s.element(format_args!(""), seg)?,
        }
    }
    s.text("] ")?;
    s.close_array()?;
    Ok(())
}

/// A segment routing header (linux/seg6.h): `segs N [ A B ] `, first
/// visited first, then `hmac KEYID ` when its HMAC flag is set.
fn print_srh<W: Write>(s: &mut Sink<'_, W>, srh: &[u8]) -> Result<()> {
    let Some((_, segs)) =
        nlwire::lwtunnel::seg6_segments(&[&[0; 4], srh].concat()).map(|(m, i)| (m, i.collect::<Vec<_>>()))
    else {
        return Ok(());
    };
    addresses(s, "segs", &format!("segs {} [ ", segs.len()), &segs)?;
    let (hdrlen, flags) = (usize::from(*srh.get(1).unwrap_or(&0)), *srh.get(5).unwrap_or(&0));
    if flags & 0x08 != 0 {
        let at = ((hdrlen + 1) << 3).saturating_sub(40) + 4;
        if let Some(id) = srh.get(at..at + 4).and_then(|b| b.try_into().ok()).map(u32::from_be_bytes) {
            s.raw("hmac", format_args!("hmac {id:X} "), format_args!("\"{id:#x}\""))?;
        }
    }
    Ok(())
}

/// `LABEL[/LABEL...]` of a stack of `struct mpls_label` (be32: label <<
/// 12 | ... | bos << 8), to the bottom of the stack (ip's `mpls_ntop`).
fn mpls_labels(stack: &[u8]) -> String {
    let mut out = String::new();
    for entry in stack.chunks_exact(4) {
        let entry = u32::from_be_bytes([entry[0], entry[1], entry[2], entry[3]]);
        if !out.is_empty() {
            out.push('/');
        }
        out += &(entry >> 12).to_string();
        if entry & 0x100 != 0 {
            break;
        }
    }
    out
}

/// A BPF program's nest: text `WORD [NAME ]`; JSON `"WORD": "NAME"`
/// (`<unknown>` without a name).
fn print_program<W: Write>(s: &mut Sink<'_, W>, prog: Attrs<'_>, name_attr: u16, word: &str) -> Result<()> {
    let name = prog.find(name_attr)?.map(|a| a.str()).transpose()?;
    match s {
        Sink::Text(_) => {
            s.text(word)?;
            s.text(" ")?;
            if let Some(name) = name {
                s.text(name)?;
                s.text(" ")?;
            }
        }
        Sink::Json(_) => s.string(word, format_args!(""), &name.unwrap_or("<unknown>"))?,
    }
    Ok(())
}

/// `SEG6_LOCAL_ACTION_*`'s names, by number (0 has none).
const ACTIONS: [&str; 17] = [
    "",
    "End",
    "End.X",
    "End.T",
    "End.DX2",
    "End.DX6",
    "End.DX4",
    "End.DT6",
    "End.DT4",
    "End.B6",
    "End.B6.Encaps",
    "End.BM",
    "End.S",
    "End.AS",
    "End.AM",
    "End.BPF",
    "End.DT46",
];

/// `SEG6_LOCAL_FLV_OP_*`'s names, by bit (0 has none).
const FLAVORS: [&str; 5] = ["", "psp", "usp", "usd", "next-csid"];

/// A table by its name in ip's tables, or its number (always with `-N`).
fn table(id: u32) -> String {
    crate::names::unless_numeric(|| crate::names::table_name(id))
        .map_or_else(|| id.to_string(), str::to_owned)
}

/// seg6local's `action A`, then its header, tables, next hops,
/// interfaces, BPF program, counters (with `-s`) and flavors.
fn print_seg6local<W: Write>(
    s: &mut Sink<'_, W>,
    encap: Attrs<'_>,
    names: &Names,
    counters: Counters,
) -> Result<()> {
    use nlwire::lwtunnel::seg6_local as sl;
    let Some(action) = encap.find(sl::ACTION)?.map(|a| a.u32()).transpose()? else { return Ok(()) };
    let action = match usize::try_from(action).ok().and_then(|a| ACTIONS.get(a)) {
        Some(&"") => "<unknown>",
        Some(name) => name,
        None => "<invalid>",
    };
    s.string("action", format_args!("action {action} "), &action)?;
    if let Some(srh) = encap.find(sl::SRH)? {
        s.open("srh")?;
        print_srh(s, srh.payload())?;
        s.close()?;
    }
    for (key, attr) in [("table", sl::TABLE), ("vrftable", sl::VRFTABLE)] {
        if let Some(id) = encap.find(attr)?.map(|a| a.u32()).transpose()? {
            let name = table(id);
            s.string(key, format_args!("{key} {name} "), &name)?;
        }
    }
    for (key, attr) in [("nh4", sl::NH4), ("nh6", sl::NH6)] {
        if let Some(addr) = encap.find(attr)?.map(|a| a.ip()).transpose()? {
            s.string(key, format_args!("{key} {addr} "), &addr)?;
        }
    }
    for (key, attr) in [("iif", sl::IIF), ("oif", sl::OIF)] {
        if let Some(index) = encap.find(attr)?.map(|a| a.u32()).transpose()? {
            let dev = names.get(index);
            s.string(key, format_args!("{key} {dev} "), &dev)?;
        }
    }
    if let Some(prog) = encap.find(sl::BPF)? {
        print_program(s, prog.nested(), sl::BPF_PROG_NAME, "endpoint")?;
    }
    // ip's `print_num`: in units of `-h`'s base when given.
    let number = |v: u64| counters.human.map_or_else(|| v.to_string(), |base| human_count(v, base));
    if let Some(nest) = encap.find(sl::COUNTERS)?.filter(|_| counters.shown) {
        let c = nest.nested();
        let read = |k| c.find(k).ok().flatten().and_then(|a| a.u64().ok()).unwrap_or(0);
        let values = [("packets", sl::CNT_PACKETS), ("bytes", sl::CNT_BYTES), ("errors", sl::CNT_ERRORS)];
        s.open("stats64")?;
        for (key, attr) in values {
            let v = read(attr);
            s.fmt_num(key, format_args!("{key} {} ", number(v)), v)?;
        }
        s.close()?;
    }
    if let Some(flavors) = encap.find(sl::FLAVORS)? {
        let f = flavors.nested();
        if let Some(ops) = f.find(sl::FLV_OPERATION)?.map(|a| a.u32()).transpose()? {
            let set: Vec<&str> = FLAVORS
                .iter()
                .enumerate()
                .filter(|(i, n)| !n.is_empty() && ops & (1 << i) != 0)
                .map(|(_, n)| *n)
                .collect();
            s.open_array("flavors")?;
            s.text("flavors ")?;
            for (i, name) in set.iter().enumerate() {
                s.element(format_args!("{}{name}", if i == 0 { "" } else { "," }), name)?;
            }
            s.text(" ")?;
            s.close_array()?;
        }
        for (key, attr) in [("lblen", sl::FLV_LCBLOCK_BITS), ("nflen", sl::FLV_LCNODE_FN_BITS)] {
            if let Some(v) = f.find(attr)?.map(|a| a.u8()).transpose()? {
                s.fmt_num(key, format_args!("{key} {} ", number(v.into())), v)?;
            }
        }
    }
    Ok(())
}

/// ioam6's `freq K/N `, then, unless its addresses contradict its mode,
/// `mode M [tundst A] trace prealloc type 0xT ns N size S `.
fn print_ioam6<W: Write>(s: &mut Sink<'_, W>, encap: Attrs<'_>) -> Result<()> {
    use nlwire::lwtunnel::ioam6_iptunnel as t;
    let (mode, trace) = (encap.find(t::MODE)?, encap.find(t::TRACE)?);
    let (k, n) = (encap.find(t::FREQ_K)?, encap.find(t::FREQ_N)?);
    let (Some(mode), Some(trace), Some(k), Some(n)) = (mode, trace, k, n) else { return Ok(()) };
    let (k, n, mode) = (k.u32()?, n.u32()?, mode.u8()?);
    s.fmt_num("freqk", format_args!("freq {k}"), k)?;
    s.fmt_num("freqn", format_args!("/{n} "), n)?;
    let dst = encap.find(t::DST)?.map(|a| a.ipv6()).transpose()?;
    if dst.is_none() && mode != t::MODE_INLINE {
        return Ok(());
    }
    let name =
        ["inline", "encap", "auto"].get(usize::from(mode).wrapping_sub(1)).copied().unwrap_or("<unknown>");
    s.string("mode", format_args!("mode {name} "), &name)?;
    if let Some(dst) = dst.filter(|_| mode != t::MODE_INLINE) {
        s.painted_string(Hue::Inet6, "tundst", format_args!("tundst {dst} "), &dst)?;
    }
    let trace = trace.payload();
    let byte = |i: usize| *trace.get(i).unwrap_or(&0);
    let ns = u16::from_be_bytes([byte(0), byte(1)]);
    let size = u32::from(byte(3) & 0x7f) * 4;
    let kind = u32::from_be_bytes([byte(4), byte(5), byte(6), byte(7)]) >> 8;
    s.null("trace", "trace")?;
    s.null("prealloc", "prealloc")?;
    // C's `%#08x`: no `0x` before a zero.
    let text = if kind == 0 { "00000000".to_owned() } else { format!("{kind:#08x}") };
    s.raw("type", format_args!("type {text} "), format_args!("\"{kind:x}\""))?;
    s.fmt_num("ns", format_args!("ns {ns} "), ns)?;
    s.fmt_num("size", format_args!("size {size} "), size)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use nlwire::route::Route;
    use nlwire::Message;

    use crate::json::Json;
    use crate::names::Names;
    use crate::nexthop::Objects;
    use crate::route::{route_json, route_text, Selector};

    use super::Counters;

    /// An attribute: `struct rtattr { u16 len; u16 type; }`, the payload,
    /// padding to 4 bytes.
    fn attr(kind: u16, payload: &[u8]) -> Vec<u8> {
        let mut a = ((4 + payload.len()) as u16).to_ne_bytes().to_vec();
        a.extend_from_slice(&kind.to_ne_bytes());
        a.extend_from_slice(payload);
        a.resize(a.len().div_ceil(4) * 4, 0);
        a
    }

    /// The pair the kernel writes for an encapsulation: `RTA_ENCAP` (22,
    /// without NLA_F_NESTED) holding `inner`, then `RTA_ENCAP_TYPE` (21,
    /// u16) `kind`.
    fn encap(kind: u16, inner: &[Vec<u8>]) -> Vec<u8> {
        let mut out = attr(22, &inner.concat());
        out.extend(attr(21, &kind.to_ne_bytes()));
        out
    }

    /// An IPv6 address of 2001:db8::/32 ending in `last`.
    fn doc6(last: u8) -> [u8; 16] {
        let mut a = [0u8; 16];
        a[..4].copy_from_slice(&[0x20, 0x01, 0x0d, 0xb8]);
        a[15] = last;
        a
    }

    /// `RTM_NEWROUTE` (24) for 2001:db8:9::/64 in the main table (254),
    /// boot protocol, unicast: `struct nlmsghdr`, `struct rtmsg` (family,
    /// dst_len, src_len, tos, table, protocol, scope, type, flags), then
    /// `RTA_TABLE` (15), `RTA_DST` (1) and `attrs`.
    fn route(attrs: &[Vec<u8>]) -> Vec<u8> {
        let mut body = vec![10, 64, 0, 0, 254, 3, 0, 1, 0, 0, 0, 0];
        body.extend(attr(15, &254u32.to_ne_bytes()));
        let mut dst = doc6(0);
        dst[5] = 9;
        body.extend(attr(1, &dst));
        attrs.iter().for_each(|a| body.extend_from_slice(a));
        let mut msg = ((16 + body.len()) as u32).to_ne_bytes().to_vec();
        msg.extend_from_slice(&24u16.to_ne_bytes());
        msg.extend_from_slice(&[0; 10]);
        msg.extend(body);
        msg
    }

    /// `RTA_MULTIPATH` (9): `struct rtnexthop { u16 len; u8 flags; u8
    /// hops; int ifindex; }` and each hop's attributes.
    fn multipath(hops: &[(i32, Vec<u8>)]) -> Vec<u8> {
        let mut payload = Vec::new();
        for (ifindex, attrs) in hops {
            payload.extend_from_slice(&((8 + attrs.len()) as u16).to_ne_bytes());
            payload.extend_from_slice(&[0, 0]);
            payload.extend_from_slice(&ifindex.to_ne_bytes());
            payload.extend_from_slice(attrs);
        }
        attr(9, &payload)
    }

    /// What `ip OPTIONS monitor file` prints of `msg`.
    fn ip(msg: &[u8], options: &[&str]) -> Option<String> {
        crate::reference::monitor_file("ip", options, msg)
    }

    /// nlw's text and JSON object of `msg`, as a monitor prints it.
    fn ours(msg: &[u8], counters: Counters, details: bool) -> (String, String) {
        let message = Message::parse(msg).unwrap();
        let r = Route::parse(&message).unwrap();
        let (names, objects) = (Names::default(), Objects::default());
        let selector = Selector::ALL.with_counters(counters);
        let (mut text, mut json) = (Vec::new(), Vec::new());
        {
            let mut j = Json::new(&mut text, false);
            route_text(j.out(), &r, &names, &selector, details, &objects).unwrap();
            j.out().flush().unwrap();
        }
        {
            let mut j = Json::new(&mut json, false);
            j.begin_object().unwrap();
            route_json(&mut j, &r, &names, &selector, details, &objects).unwrap();
            j.end_object().unwrap();
            j.out().flush().unwrap();
        }
        (String::from_utf8(text).unwrap(), String::from_utf8(json).unwrap())
    }

    /// Every flag of a route (`rtm_flags`: the `RTNH_F_*` byte, `RTM_F_NOTIFY`
    /// and the offload flags) and of a next hop, printed in ip 6.1's order
    /// (`print_rt_flags`: dead, onlink, pervasive, offload, trap, notify,
    /// linkdown, ...), which is not the bits'.
    #[test]
    fn route_and_hop_flags_print_in_ips_order() {
        let gateway = attr(5, &doc6(1));
        // Link 4000: none here, `if4000` to both.
        let mut msg = route(&[multipath(&[(4000, gateway)])]);
        let all = 0x7f | 0x100 | 0x4000 | 0x8000 | 0x2000_0000u32;
        msg[16 + 8..16 + 12].copy_from_slice(&all.to_ne_bytes());
        // The first hop's rtnh_flags: after the route's 28 bytes of
        // header, RTA_TABLE (8), RTA_DST (20), RTA_MULTIPATH's header (4)
        // and rtnh_len (2).
        msg[16 + 12 + 8 + 20 + 4 + 2] = 0x7f;
        let Some(theirs) = ip(&msg, &[]) else { return };
        assert!(theirs.contains("dead onlink pervasive offload trap notify linkdown"), "{theirs}");
        assert_eq!(ours(&msg, Counters { shown: false, human: None }, false).0, theirs);
    }

    /// A route's `RTA_CACHEINFO` (12): expiry, error, and with `-s` users,
    /// uses and age; IP id and timestamps, as ip 6.1's
    /// `print_rta_cacheinfo` prints them (its missing space after `ts`
    /// included).
    #[test]
    fn cache_information_prints_as_ip_prints_it() {
        // struct rta_cacheinfo: clntref, lastuse, expires, error, used, id, ts, tsage.
        let fields: [u32; 8] = [2, 1234, 3000, 113, 7, 0x1a2b, 5, 9];
        let cacheinfo: Vec<u8> = fields.iter().flat_map(|f| f.to_ne_bytes()).collect();
        let msg = route(&[attr(12, &cacheinfo)]);
        for stats in [false, true] {
            let options: &[&str] = if stats { &["-s"] } else { &[] };
            let Some(theirs) = ip(&msg, options) else { return };
            assert!(theirs.contains("expires 30sec error 113"), "{theirs}");
            assert_eq!(ours(&msg, Counters { shown: stats, human: None }, false).0, theirs, "{options:?}");
        }
    }

    /// The text ip prints of `msg`, byte for byte, with and without `-s`
    /// and `-d` (ip 6.1's monitor prints no JSON).
    fn check(msg: &[u8]) {
        let cases = [
            (false, None, false),
            (true, None, false),
            (false, None, true),
            (true, None, true),
            (true, Some(1000), false),
            (true, Some(1024), true),
        ];
        for (stats, human, details) in cases {
            let iec = human == Some(1024);
            let options: Vec<&str> = [(stats, "-s"), (human.is_some(), "-h"), (iec, "-iec"), (details, "-d")]
                .iter()
                .filter(|o| o.0)
                .map(|o| o.1)
                .collect();
            let Some(theirs) = ip(msg, &options) else { return };
            assert!(theirs.contains("encap"), "{theirs}");
            assert_eq!(ours(msg, Counters { shown: stats, human }, details).0, theirs, "{options:?}");
        }
    }

    fn u32a(kind: u16, v: u32) -> Vec<u8> {
        attr(kind, &v.to_ne_bytes())
    }

    /// linux/mpls_iptunnel.h: `MPLS_IPTUNNEL_DST` (1), `struct mpls_label`
    /// each (be32: label << 12 | bos << 8), `MPLS_IPTUNNEL_TTL` (2, u8);
    /// `LWTUNNEL_ENCAP_MPLS` (1).
    #[test]
    fn mpls_encapsulations_print_as_ip_prints_them() {
        let stack = [(100u32 << 12).to_be_bytes(), ((200u32 << 12) | 0x100).to_be_bytes()].concat();
        check(&route(&[encap(1, &[attr(1, &stack), attr(2, &[7])])]));
        check(&route(&[encap(1, &[attr(1, &((16u32 << 12) | 0x100).to_be_bytes())])]));
    }

    /// linux/seg6_local.h: `SEG6_LOCAL_ACTION` (1, u32: 1 End ... 16
    /// End.DT46), `_SRH` (2: seg6.h's header, segments last visited first,
    /// an HMAC TLV when flag 0x08), `_TABLE` (3), `_NH4` (4), `_NH6` (5),
    /// `_IIF` (6), `_OIF` (7), `_BPF` (8: `_BPF_PROG_NAME` 2), `_VRFTABLE`
    /// (9), `_COUNTERS` (10: packets 2, bytes 3, errors 4, u64), `_FLAVORS`
    /// (11: operation 1 u32, lblen 2 and nflen 3 u8); `LWTUNNEL_ENCAP_SEG6_LOCAL` (7).
    #[test]
    fn seg6local_encapsulations_print_as_ip_prints_them() {
        let action = |a: u32| u32a(1, a);
        let mut srh = vec![0, 4, 4, 1, 1, 0, 0, 0];
        srh.extend_from_slice(&doc6(7));
        srh.extend_from_slice(&doc6(6));
        let mut hmac = vec![0, 7, 4, 0, 0, 0x08, 0, 0];
        hmac.extend_from_slice(&doc6(5));
        let mut tlv = [0u8; 40];
        tlv[..2].copy_from_slice(&[5, 38]);
        tlv[4..8].copy_from_slice(&0xbeefu32.to_be_bytes());
        hmac.extend_from_slice(&tlv);
        let counters: Vec<u8> =
            [(2u16, 12u64), (3, 3400), (4, 1)].iter().flat_map(|(k, v)| attr(*k, &v.to_ne_bytes())).collect();
        let flavors = [u32a(1, 1 << 1 | 1 << 3 | 1 << 4), attr(2, &[32]), attr(3, &[16])].concat();
        let cases: Vec<Vec<Vec<u8>>> = vec![
            vec![action(1)],
            vec![action(2), attr(5, &doc6(8))],
            vec![action(3), u32a(3, 254)],
            vec![action(3), u32a(3, 100)],
            vec![action(4), u32a(7, 4000)],
            vec![action(5), attr(5, &doc6(9))],
            vec![action(6), attr(4, &[192, 0, 2, 9])],
            vec![action(7), u32a(3, 255)],
            vec![action(7), u32a(9, 100)],
            vec![action(8), u32a(9, 253)],
            vec![action(16), u32a(9, 100)],
            vec![action(9), attr(2, &srh)],
            vec![action(10), attr(2, &hmac)],
            vec![action(11), attr(2, &srh)],
            vec![action(12), u32a(3, 100), attr(2, &srh)],
            vec![action(13), attr(5, &doc6(8)), u32a(6, 4001), u32a(7, 4000), attr(2, &srh)],
            vec![action(14), attr(5, &doc6(8)), u32a(6, 4001), u32a(7, 4000)],
            vec![action(15), attr(8, &attr(2, b"prog:lwt\0"))],
            vec![action(15), attr(8, &u32a(1, 3))],
            vec![action(1), attr(10, &counters)],
            vec![action(1), attr(10, &[])],
            vec![action(1), attr(11, &flavors)],
            vec![action(1), attr(11, &u32a(1, 1 << 1))],
            vec![action(1), attr(10, &counters), attr(11, &flavors)],
            vec![action(0)],
            vec![action(17)],
            vec![u32a(3, 100)],
        ];
        for attrs in cases {
            check(&route(&[encap(7, &attrs)]));
        }
    }

    /// linux/ioam6_iptunnel.h: `MODE` (1, u8: 1 inline, 2 encap, 3 auto),
    /// `DST` (2), `TRACE` (3: ioam6.h's header, namespace be16, remlen in
    /// byte 3, the type in the top 24 bits of a be32), `FREQ_K` (4) and
    /// `FREQ_N` (5) u32; `LWTUNNEL_ENCAP_IOAM6` (9). ip prints nothing past
    /// the frequency when the mode lacks its address.
    #[test]
    fn ioam6_encapsulations_print_as_ip_prints_them() {
        let trace = |ns: u16, size: u8, kind: u32| {
            let mut t = ns.to_be_bytes().to_vec();
            t.extend_from_slice(&[0, size / 4]);
            t.extend_from_slice(&(kind << 8).to_be_bytes());
            attr(3, &t)
        };
        let freq = [u32a(4, 1), u32a(5, 4)];
        for (mode, dst) in [(1u8, false), (2, true), (3, true), (2, false), (1, true), (7, true)] {
            for (ns, size, kind) in [(1u16, 12u8, 0x80_0000u32), (65535, 244, 1), (0, 4, 0)] {
                let mut attrs = freq.to_vec();
                attrs.push(attr(1, &[mode]));
                if dst {
                    attrs.push(attr(2, &doc6(9)));
                }
                attrs.push(trace(ns, size, kind));
                check(&route(&[encap(9, &attrs)]));
            }
        }
    }

    /// linux/rpl_iptunnel.h: `RPL_IPTUNNEL_SRH` (1): rpl.h's header (type
    /// 3, segments_left the count) and the segments last visited first;
    /// `LWTUNNEL_ENCAP_RPL` (8).
    #[test]
    fn rpl_encapsulations_print_as_ip_prints_them() {
        let mut srh = vec![0, 6, 3, 3, 0, 0, 0, 0];
        for last in [7, 6, 5] {
            srh.extend_from_slice(&doc6(last));
        }
        check(&route(&[encap(8, &[attr(1, &srh)])]));
    }

    /// linux/lwtunnel.h: `LWT_BPF_IN` (1), `_OUT` (2), `_XMIT` (3) nests
    /// holding `LWT_BPF_PROG_NAME` (2), `_XMIT_HEADROOM` (4, u32),
    /// `LWTUNNEL_ENCAP_BPF` (6); `LWT_XFRM_IF_ID` (1) and `_LINK` (2), u32,
    /// `LWTUNNEL_ENCAP_XFRM` (10). seg6's modes 3 and 4 are the `.red` ones
    /// (linux/seg6_iptunnel.h).
    #[test]
    fn bpf_xfrm_and_seg6_encapsulations_print_as_ip_prints_them() {
        let prog = |name: &[u8]| attr(2, name);
        check(&route(&[encap(
            6,
            &[attr(1, &prog(b"in.o:lwt_in\0")), attr(2, &[]), attr(3, &prog(b"x\0")), u32a(4, 14)],
        )]));
        check(&route(&[encap(6, &[attr(2, &prog(b"out\0"))])]));
        check(&route(&[encap(10, &[u32a(1, 7), u32a(2, 4000)])]));
        check(&route(&[encap(10, &[u32a(1, 0xffff_ffff)])]));
        for mode in [0i32, 1, 2, 3, 4, 9] {
            let mut srh = mode.to_ne_bytes().to_vec();
            srh.extend_from_slice(&[0, 2, 4, 0, 0, 0, 0, 0]);
            srh.extend_from_slice(&doc6(5));
            check(&route(&[encap(5, &[attr(1, &srh)])]));
        }
    }

    /// Each next hop of a multipath route prints its own encapsulation.
    #[test]
    fn next_hops_encapsulations_print_as_ip_prints_them() {
        let local = [encap(7, &[u32a(1, 2), attr(5, &doc6(8))]), attr(5, &doc6(1))].concat();
        let mpls = [encap(1, &[attr(1, &((16u32 << 12) | 0x100).to_be_bytes())]), attr(5, &doc6(2))].concat();
        let rpl = [0, 2, 3, 1, 0, 0, 0, 0].iter().copied().chain(doc6(5)).collect::<Vec<u8>>();
        let hops = [(4000, local), (4000, mpls), (4001, encap(8, &[attr(1, &rpl)]))];
        check(&route(&[multipath(&hops)]));
    }
}
