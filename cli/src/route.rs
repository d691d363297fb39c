//! `nlw route show|flush|get`: shown streamed as the kernel answers, in
//! constant memory.

use std::io::Write;
use std::net::IpAddr;

use nlwire::attr::AttrIndex;
use nlwire::route::{
    protocol_name, rt_table, rta, rtax, rtax_features, rtprot, scope_name, NextHop, Prefix, Route, RouteDump,
    RouteFlags, RouteGet, RouteType, Via,
};
use nlwire::{msg_type, Message};

use crate::args::{ifindex, table_id, Words};
use crate::json::{key, Json};
use crate::modify::{self, ip, named, route_type, METRIC_NAMES};
use crate::names::{table_name, unless_numeric, NameFile, Names};
use crate::nexthop::{rt_flags, Objects};
use crate::out::{Hue, Out};
use crate::saved::Format;
use crate::sink::Sink;
use crate::{CliError, Ctx, Result};

/// Which routes `show` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFilter {
    /// One table (`main` by default).
    Id(u32),
    /// `table all`.
    All,
}

/// A destination or source as ip prints it: `default`, an address at its
/// host length, or `address/length`.
fn prefix<W: Write>(out: &mut Out<W>, ip: Option<IpAddr>, len: u8) -> std::io::Result<()> {
    match ip {
        None => out.str("default"),
        Some(ip) if (ip.is_ipv4() && len == 32) || (ip.is_ipv6() && len == 128) => out.ip(ip),
        Some(ip) => {
            out.ip(ip)?;
            out.byte(b'/')?;
            out.num(len)
        }
    }
}

/// `text` and the space after it painted in `hue` (ip's painted fields
/// end with their space).
fn painted_word<W: Write>(
    out: &mut Out<W>,
    hue: Hue,
    text: impl FnOnce(&mut Out<W>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    out.paint(hue)?;
    text(out)?;
    out.byte(b' ')?;
    out.unpaint()
}

/// A value's name from one of the core's tables, or its number (always
/// with `-N`).
fn name_or_number<W: Write>(out: &mut Out<W>, name: Option<&str>, value: u32) -> std::io::Result<()> {
    match unless_numeric(|| name) {
        Some(name) => out.str(name),
        None => out.num(value),
    }
}

/// The `RTCF_*` bits of a cached route (`route get`), in ip's order.
const CACHE_FLAGS: [(u32, &str); 14] = [
    (0x8000_0000, "local"),
    (0x4000_0000, "reject"),
    (0x2000_0000, "multicast"),
    (0x1000_0000, "broadcast"),
    (0x0800_0000, "dst-nat"),
    (0x0080_0000, "src-nat"),
    (0x0040_0000, "masq"),
    (0x0002_0000, "dst-direct"),
    (0x0400_0000, "src-direct"),
    (0x0004_0000, "redirected"),
    (0x0100_0000, "redirect"),
    (0x0020_0000, "fastroute"),
    (0x0001_0000, "notify"),
    (0x0008_0000, "proxy"),
];

fn cache_flags(r: &Route<'_>) -> impl Iterator<Item = &'static str> {
    let bits = r.flags().bits();
    CACHE_FLAGS.iter().filter(move |(bit, _)| bits & bit != 0).map(|(_, n)| *n)
}

/// Whether `r` is a cached clone (`route get`'s answer, an exception):
/// ip shows neither its protocol nor its scope.
fn cloned(r: &Route<'_>) -> bool {
    r.flags().contains(RouteFlags::CLONED)
}

/// ip shows the type unless it is `unicast`; `-d` shows it always.
fn shows_type(r: &Route<'_>, details: bool) -> bool {
    details || r.kind() != RouteType::Unicast
}

/// The table ip shows: only for `table all` (and `route get`), and then
/// not `main` unless `-d` is given.
fn shown_table(r: &Route<'_>, selector: &Selector, details: bool) -> Result<Option<u32>> {
    let table = r.table()?;
    let shown = selector.table == TableFilter::All && table != 0 && (details || table != rt_table::MAIN);
    Ok(shown.then_some(table))
}

/// ip shows the protocol unless it is `boot` (the default) or the one
/// selected; `-d` shows `boot`.
fn shows_protocol(r: &Route<'_>, selector: &Selector, details: bool) -> bool {
    !cloned(r) && selector.protocol.is_none() && (details || r.protocol() != rtprot::BOOT)
}

/// ip shows the scope unless it is `global` or the one selected; `-d`
/// shows `global`.
fn shows_scope(r: &Route<'_>, selector: &Selector, details: bool) -> bool {
    !cloned(r) && selector.scope.is_none() && (details || r.scope() != 0)
}

/// ip shows the device unless one was selected.
fn shown_dev(r: &Route<'_>, selector: &Selector) -> Result<Option<u32>> {
    Ok(r.oif()?.filter(|_| selector.dev.is_none()))
}

/// ip's `cache` flags, for IPv4 clones only.
fn shows_cache(r: &Route<'_>) -> bool {
    cloned(r) && r.family() == 2
}

/// A gateway of the other family (`RTA_VIA`): `via inet6 ADDR `.
fn via_text<W: Write>(out: &mut Out<W>, via: IpAddr) -> std::io::Result<()> {
    out.str(if via.is_ipv6() { "via inet6 " } else { "via inet " })?;
    painted_word(out, Hue::of(via), |out| out.ip(via))
}

/// [`via_text`]'s JSON: `"via": {"family": ..., "host": ...}`.
fn via_json<W: Write>(j: &mut Json<W>, via: IpAddr) -> std::io::Result<()> {
    j.key("via")?;
    j.begin_object()?;
    j.field_str("family", if via.is_ipv6() { "inet6" } else { "inet" })?;
    j.field_ip("host", via)?;
    j.end_object()
}

fn via_ip(via: &Via<'_>) -> Option<IpAddr> {
    match via {
        Via::Ip(ip) => Some(*ip),
        Via::Other { .. } => None,
    }
}

/// `tos T ` (ip's `rtnl_dsfield_n2a`: the name of /etc/iproute2/rt_dsfield,
/// else `0x%02x`); JSON `"tos": "T"`.
fn print_tos<W: Write>(s: &mut Sink<'_, W>, tos: u8) -> std::io::Result<()> {
    let name =
        unless_numeric(|| NameFile::DsField.name(tos.into())).unwrap_or_else(|| format!("0x{tos:02x}"));
    s.string("tos", format_args!("tos {name} "), &name)
}

/// `mark M ` (hexadecimal from 16 on, as ip); JSON the number. A mark of 0
/// is not printed.
fn print_mark<W: Write>(s: &mut Sink<'_, W>, mark: u32) -> std::io::Result<()> {
    match mark {
        0 => Ok(()),
        1..=15 => s.fmt_num("mark", format_args!("mark {mark} "), mark),
        _ => s.fmt_num("mark", format_args!("mark 0x{mark:x} "), mark),
    }
}

/// ip's `print_rta_cacheinfo`: a cached route's expiry and error, with `-s`
/// its users, uses and age; its IP id and timestamps. Times are in clock
/// ticks, USER_HZ (100) a second.
fn print_cacheinfo<W: Write>(
    s: &mut Sink<'_, W>,
    ci: &nlwire::route::RtaCacheInfo,
    stats: bool,
) -> std::io::Result<()> {
    const HZ: u32 = 100;
    let expires = ci.rta_expires.get() / HZ as i32;
    if ci.rta_expires.get() != 0 {
        s.fmt_num("expires", format_args!("expires {expires}sec "), expires)?;
    }
    if ci.rta_error.get() != 0 {
        s.word_num("error", "error", ci.rta_error.get().into())?;
    }
    if stats {
        if ci.rta_clntref.get() != 0 {
            s.word_num("users", "users", ci.rta_clntref.get().into())?;
        }
        if ci.rta_used.get() != 0 {
            s.word_num("used", "used", ci.rta_used.get().into())?;
        }
        let age = ci.rta_lastuse.get() / HZ;
        if ci.rta_lastuse.get() != 0 {
            s.fmt_num("age", format_args!("age {age}sec "), age)?;
        }
    }
    let id = ci.rta_id.get();
    if id != 0 {
        s.raw("ipid", format_args!("ipid 0x{id:04x} "), format_args!("\"{id:#x}\""))?;
    }
    let (ts, tsage) = (ci.rta_ts.get(), ci.rta_tsage.get());
    if ts != 0 || tsage != 0 {
        // ip 6.1 writes no space between the two.
        // C's `%#llx` writes 0 as `0`.
        match ts {
            0 => s.raw("ts", format_args!("ts 0x0"), format_args!("\"0\""))?,
            _ => s.raw("ts", format_args!("ts 0x{ts:x}"), format_args!("\"{ts:#x}\""))?,
        }
        s.fmt_num("tsage", format_args!("tsage {tsage}sec "), tsage)?;
    }
    Ok(())
}

/// ip's `print_rta_flow`: `realm TO ` or `realms FROM/TO ` (names of
/// /etc/iproute2/rt_realms, else numbers); JSON `"flow": {"from", "to"}`.
fn print_flow<W: Write>(s: &mut Sink<'_, W>, flow: u32) -> std::io::Result<()> {
    let realm = |r: u32| unless_numeric(|| NameFile::Realms.name(r.into())).unwrap_or_else(|| r.to_string());
    let (from, to) = (flow >> 16, flow & 0xffff);
    match s {
        Sink::Json(j) => {
            j.key("flow")?;
            j.begin_object()?;
            if from != 0 {
                j.field_str("from", &realm(from))?;
            }
            j.field_str("to", &realm(to))?;
            j.end_object()
        }
        Sink::Text(out) if from != 0 => write!(out, "realms {}/{} ", realm(from), realm(to)),
        Sink::Text(out) => write!(out, "realm {} ", realm(to)),
    }
}

/// ip 6.1's `print_rta_metrics`: each metric by its name, `lock` after it
/// when locked (a locked metric without a value is 0), the RTTs in
/// milliseconds (`%gs` from a second on), `features ecn`, `congctl NAME`;
/// JSON `"metrics": [{name: value, ...}]` (`ecn` null, `congestion`).
fn print_metrics<W: Write>(s: &mut Sink<'_, W>, metrics: nlwire::attr::Attrs<'_>) -> Result<()> {
    let lock = metrics.find(rtax::LOCK)?.map(|a| a.u32()).transpose()?.unwrap_or(0);
    s.open_array("metrics")?;
    if let Sink::Json(j) = s {
        j.begin_object()?;
    }
    for &(id, name) in &METRIC_NAMES {
        let attr = metrics.find(id)?;
        let locked = id < 32 && lock & (1 << id) != 0;
        if attr.is_none() && !locked {
            continue;
        }
        let val = match &attr {
            Some(a) if id != rtax::CC_ALGO => a.u32().unwrap_or(0),
            _ => 0,
        };
        if id == rtax::HOPLIMIT && val == u32::MAX {
            continue;
        }
        s.text(name)?;
        s.text(if locked { " lock " } else { " " })?;
        match id {
            rtax::FEATURES => {
                let rest = val & !rtax_features::ECN;
                if val & rtax_features::ECN != 0 {
                    s.fmt_null("ecn", "ecn ")?;
                }
                if rest != 0 {
                    s.raw("features", format_args!("{val:#x} "), format_args!("\"{val:#x}\""))?;
                }
            }
            rtax::RTT | rtax::RTTVAR | rtax::RTO_MIN => {
                let ms = match id {
                    rtax::RTT => val / 8,
                    rtax::RTTVAR => val / 4,
                    _ => val,
                };
                match s {
                    Sink::Json(j) => j.field_num(name, ms)?,
                    Sink::Text(out) if ms >= 1000 => {
                        write!(out, "{}s ", crate::tc::units::g6(f64::from(ms) / 1e3))?
                    }
                    Sink::Text(out) => write!(out, "{ms}ms ")?,
                }
            }
            rtax::CC_ALGO => {
                let algo = attr.map(|a| a.str()).transpose()?.unwrap_or("");
                s.string("congestion", format_args!("{algo} "), &algo)?;
            }
            _ => s.fmt_num(name, format_args!("{val} "), val)?,
        }
    }
    if let Sink::Json(j) = s {
        j.end_object()?;
    }
    s.close_array()?;
    Ok(())
}

/// `iif DEV `; JSON `"iif": "DEV"`.
fn print_iif<W: Write>(s: &mut Sink<'_, W>, iif: u32, names: &Names) -> std::io::Result<()> {
    let dev = names.get(iif);
    s.string("iif", format_args!("iif {dev} "), &dev)
}

/// `ttl-propogate enabled|disabled` (ip's spelling, no space after it);
/// JSON `"ttl-propogate": true|false`.
fn print_ttl_propagate<W: Write>(s: &mut Sink<'_, W>, on: bool) -> std::io::Result<()> {
    let word = if on { "enabled" } else { "disabled" };
    s.bool("ttl-propogate", format_args!("ttl-propogate {word}"), on)
}

/// The fields `ip -j route show` prints for a route; `details` is `-d`,
/// and `nh_info` the nexthop objects it prints after routes using one.
pub fn route_json<W: Write>(
    j: &mut Json<W>,
    r: &Route<'_>,
    names: &Names,
    selector: &Selector,
    details: bool,
    nh_info: &Objects,
) -> Result<()> {
    let kind = r.kind();
    if shows_type(r, details) {
        j.field_text(key!("type"), |out| name_or_number(out, kind.name(), u8::from(kind).into()))?;
    }
    let dst = r.dst()?;
    j.field_text(key!("dst"), |out| prefix(out, dst, r.dst_len()))?;
    if let Some(src) = r.src()? {
        j.field_text(key!("from"), |out| prefix(out, Some(src), r.src_len()))?;
    }
    let nhid = r.nh_id()?;
    if let Some(id) = nhid {
        j.field_num(key!("nhid"), id)?;
    }
    if let (Some(kind), Some(encap)) = (r.encap_type()?, r.encap()?) {
        crate::encap::print(&mut Sink::Json(j), kind, encap, names, selector.counters)?;
    }
    if r.tos() != 0 {
        print_tos(&mut Sink::Json(j), r.tos())?;
    }
    if let Some(gw) = r.gateway()? {
        j.field_ip(key!("gateway"), gw)?;
    }
    if let Some(via) = r.via()?.as_ref().and_then(via_ip) {
        via_json(j, via)?;
    }
    if let Some(oif) = shown_dev(r, selector)? {
        j.field_str(key!("dev"), &names.get(oif))?;
    }
    if let Some(table) = shown_table(r, selector, details)? {
        j.field_text(key!("table"), |out| name_or_number(out, table_name(table), table))?;
    }
    if shows_protocol(r, selector, details) {
        let protocol = r.protocol();
        j.field_text(key!("protocol"), |out| name_or_number(out, protocol_name(protocol), protocol.into()))?;
    }
    if shows_scope(r, selector, details) {
        let scope = r.scope();
        j.field_text(key!("scope"), |out| name_or_number(out, scope_name(scope), scope.into()))?;
    }
    if let Some(src) = r.prefsrc()? {
        j.field_ip(key!("prefsrc"), src)?;
    }
    if let Some(metric) = r.priority()? {
        j.field_num(key!("metric"), metric)?;
    }
    // The RTNH_F_* bits of rtm_flags (`linkdown`, `onlink`, ...).
    j.field_strs(key!("flags"), rt_flags(r.flags().bits()))?;
    if let Some(mark) = r.mark()? {
        print_mark(&mut Sink::Json(j), mark)?;
    }
    if let Some(flow) = r.flow()? {
        print_flow(&mut Sink::Json(j), flow)?;
    }
    if let Some(uid) = r.uid()? {
        j.field_num(key!("uid"), uid)?;
    }
    if shows_cache(r) {
        j.field_strs(key!("cache"), cache_flags(r))?;
    }
    if let Some(ci) = r.cacheinfo()? {
        print_cacheinfo(&mut Sink::Json(j), ci, selector.counters.shown)?;
    }
    if let Some(metrics) = r.metrics()? {
        print_metrics(&mut Sink::Json(j), metrics)?;
    }
    if let Some(iif) = r.iif()? {
        print_iif(&mut Sink::Json(j), iif, names)?;
    }
    if let Some(pref) = r.pref()? {
        j.field_str(key!("pref"), nlwire::route::pref_name(pref).unwrap_or("unknown"))?;
    }
    if let Some(on) = r.ttl_propagate()? {
        print_ttl_propagate(&mut Sink::Json(j), on)?;
    }
    if let Some(id) = nhid {
        nh_info.print_info(&mut Sink::Json(j), id, names)?;
    }
    if let Some(hops) = r.multipath()? {
        j.key("nexthops")?;
        j.begin_array()?;
        for hop in hops {
            hop_json(j, &hop?, names, selector.counters)?;
        }
        j.end_array()?;
    }
    Ok(())
}

fn hop_json<W: Write>(
    j: &mut Json<W>,
    hop: &NextHop<'_>,
    names: &Names,
    counters: crate::encap::Counters,
) -> Result<()> {
    j.begin_object()?;
    if let (Some(kind), Some(encap)) = (hop.encap_type()?, hop.encap()?) {
        crate::encap::print(&mut Sink::Json(j), kind, encap, names, counters)?;
    }
    if let Some(gw) = hop.gateway()? {
        j.field_ip("gateway", gw)?;
    }
    if let Some(via) = hop.via()?.as_ref().and_then(via_ip) {
        via_json(j, via)?;
    }
    if let Some(flow) = hop.flow()? {
        print_flow(&mut Sink::Json(j), flow)?;
    }
    if hop.ifindex() > 0 {
        j.field_str("dev", &names.get(hop.ifindex() as u32))?;
    }
    j.field_num("weight", hop.weight())?;
    j.field_strs("flags", rt_flags(hop.flags().into()))?;
    j.end_object()?;
    Ok(())
}

/// Words separated as ip writes them: each followed by a space.
fn words<W: Write>(out: &mut Out<W>, list: impl Iterator<Item = &'static str>) -> std::io::Result<()> {
    for word in list {
        out.str(word)?;
        out.byte(b' ')?;
    }
    Ok(())
}

/// The line(s) `ip route show` prints for a route, each word followed by a
/// space as ip writes them; `details` is `-d`, and `nh_info` the nexthop
/// objects it prints after routes using one.
pub fn route_text<W: Write>(
    out: &mut Out<W>,
    r: &Route<'_>,
    names: &Names,
    selector: &Selector,
    details: bool,
    nh_info: &Objects,
) -> Result<()> {
    let kind = r.kind();
    if shows_type(r, details) {
        name_or_number(out, kind.name(), u8::from(kind).into())?;
        out.byte(b' ')?;
    }
    match r.dst()? {
        Some(dst) => painted_word(out, Hue::of(dst), |out| prefix(out, Some(dst), r.dst_len()))?,
        None => out.str("default ")?,
    }
    if let Some(src) = r.src()? {
        // As ip: the word `from` painted too.
        painted_word(out, Hue::of(src), |out| {
            out.str("from ")?;
            prefix(out, Some(src), r.src_len())
        })?;
    }
    let nhid = r.nh_id()?;
    if let Some(id) = nhid {
        out.str("nhid ")?;
        out.num(id)?;
        out.byte(b' ')?;
    }
    if let (Some(kind), Some(encap)) = (r.encap_type()?, r.encap()?) {
        crate::encap::print(&mut Sink::Text(out), kind, encap, names, selector.counters)?;
    }
    if r.tos() != 0 {
        print_tos(&mut Sink::Text(out), r.tos())?;
    }
    if let Some(gw) = r.gateway()? {
        out.str("via ")?;
        painted_word(out, Hue::of(gw), |out| out.ip(gw))?;
    }
    if let Some(via) = r.via()?.as_ref().and_then(via_ip) {
        via_text(out, via)?;
    }
    if let Some(oif) = shown_dev(r, selector)? {
        out.str("dev ")?;
        painted_word(out, Hue::Ifname, |out| out.str(&names.get(oif)))?;
    }
    if let Some(table) = shown_table(r, selector, details)? {
        out.str("table ")?;
        name_or_number(out, table_name(table), table)?;
        out.byte(b' ')?;
    }
    if shows_protocol(r, selector, details) {
        out.str("proto ")?;
        name_or_number(out, protocol_name(r.protocol()), r.protocol().into())?;
        out.byte(b' ')?;
    }
    if shows_scope(r, selector, details) {
        out.str("scope ")?;
        name_or_number(out, scope_name(r.scope()), r.scope().into())?;
        out.byte(b' ')?;
    }
    if let Some(src) = r.prefsrc()? {
        out.str("src ")?;
        painted_word(out, Hue::of(src), |out| out.ip(src))?;
    }
    if let Some(metric) = r.priority()? {
        out.str("metric ")?;
        out.num(metric)?;
        out.byte(b' ')?;
    }
    words(out, rt_flags(r.flags().bits()))?;
    if let Some(mark) = r.mark()? {
        print_mark(&mut Sink::Text(out), mark)?;
    }
    if let Some(flow) = r.flow()? {
        print_flow(&mut Sink::Text(out), flow)?;
    }
    if let Some(uid) = r.uid()? {
        out.str("uid ")?;
        out.num(uid)?;
        out.byte(b' ')?;
    }
    if shows_cache(r) {
        out.str("\n    cache ")?;
        let mut any = false;
        for flag in cache_flags(r) {
            out.str(if any { "," } else { "<" })?;
            out.str(flag)?;
            any = true;
        }
        if any {
            out.str("> ")?;
        }
    }
    if let Some(ci) = r.cacheinfo()? {
        print_cacheinfo(&mut Sink::Text(out), ci, selector.counters.shown)?;
    }
    if let Some(metrics) = r.metrics()? {
        print_metrics(&mut Sink::Text(out), metrics)?;
    }
    if let Some(iif) = r.iif()? {
        print_iif(&mut Sink::Text(out), iif, names)?;
    }
    if let Some(pref) = r.pref()? {
        // One of the two words ip writes without a space after them.
        out.str("pref ")?;
        out.str(nlwire::route::pref_name(pref).unwrap_or("unknown"))?;
    }
    if let Some(on) = r.ttl_propagate()? {
        print_ttl_propagate(&mut Sink::Text(out), on)?;
    }
    if let Some(id) = nhid {
        nh_info.print_info(&mut Sink::Text(out), id, names)?;
    }
    if let Some(hops) = r.multipath()? {
        for hop in hops {
            let hop = hop?;
            out.str("\n\tnexthop ")?;
            if let (Some(kind), Some(encap)) = (hop.encap_type()?, hop.encap()?) {
                crate::encap::print(&mut Sink::Text(out), kind, encap, names, selector.counters)?;
            }
            if let Some(gw) = hop.gateway()? {
                out.str("via ")?;
                painted_word(out, Hue::of(gw), |out| out.ip(gw))?;
            }
            if let Some(via) = hop.via()?.as_ref().and_then(via_ip) {
                via_text(out, via)?;
            }
            if let Some(flow) = hop.flow()? {
                print_flow(&mut Sink::Text(out), flow)?;
            }
            if hop.ifindex() > 0 {
                out.str("dev ")?;
                out.str(&names.get(hop.ifindex() as u32))?;
                out.byte(b' ')?;
            }
            out.str("weight ")?;
            out.num(hop.weight())?;
            out.byte(b' ')?;
            words(out, rt_flags(hop.flags().into()))?;
        }
    }
    out.byte(b'\n')?;
    Ok(())
}

/// `nlw [-4|-6] route show [SELECTOR]`: the routes `selector` picks,
/// streamed as the kernel answers.
pub fn show(ctx: &mut Ctx, selector: &Selector) -> Result<()> {
    let selector = &*selector.resolve(ctx)?;
    let mut names = Names::on_demand(ctx)?;
    let oif = selector.oif(&names)?;
    let nh_info = if ctx.details { Objects::load(&mut ctx.ipr)? } else { Objects::default() };
    let mut j = Json::new(std::io::stdout().lock(), ctx.pretty);
    if ctx.json {
        j.begin_array()?;
    } else if ctx.oneline {
        j.out().oneline();
    }
    let mut dump = crate::session::dump(&mut ctx.ipr, &selector.dump(ctx.family))?;
    // Printing a route looks for some twenty attributes, most of them absent.
    let mut index = AttrIndex::new();
    while let Some(msg) = dump.next()? {
        let r = Route::parse(&msg)?;
        let r = r.indexed(&mut index);
        // A family the kernel has no routes of answers with all (`-0`, `-M`
        // without MPLS): ip prints only the family asked for.
        if (ctx.family != 0 && r.family() != ctx.family) || !selector.selects(&r, oif)? {
            continue;
        }
        if ctx.json {
            j.begin_object()?;
            route_json(&mut j, &r, &names, selector, ctx.details, &nh_info)?;
            j.end_object()?;
        } else {
            route_text(j.out(), &r, &names, selector, ctx.details, &nh_info)?;
            j.out().end_object()?;
        }
        names.learn_asked();
    }
    if ctx.json {
        j.end_array()?;
        j.finish()?;
    }
    j.out().flush()?;
    Ok(())
}

/// `nlw route save [SELECTOR] > FILE`: the routes `show` would print, as
/// the kernel dumped them, after [`Format::ROUTE`]'s magic. As ip, stdout
/// is checked and the magic written before the device is looked up.
pub fn save(ctx: &mut Ctx, selector: &Selector) -> Result<()> {
    let mut out = Format::ROUTE.create()?;
    let selector = &*selector.resolve(ctx)?;
    let names = Names::on_demand(ctx)?;
    let oif = selector.oif(&names)?;
    let mut dump = crate::session::dump(&mut ctx.ipr, &selector.dump(ctx.family))?;
    while let Some(msg) = dump.next()? {
        let r = Route::parse(&msg)?;
        if (ctx.family == 0 || r.family() == ctx.family) && selector.selects(&r, oif)? {
            out.write_all(msg.bytes())?;
        }
    }
    out.flush()?;
    Ok(())
}

/// In which of ip's three rounds a saved route is restored (ip's
/// `restore_handler`): 0, those without a gateway whose preferred source,
/// if any, is their destination (the local addresses); 1, the other ones
/// without a gateway (the local networks); 2, those through a gateway, once
/// the routes that reach it are back. The attributes compared as ip
/// compares them: the first of each type, byte for byte.
fn restore_round(msg: &Message<'_>) -> u8 {
    let attrs = Route::parse(msg).map(|r| r.attrs());
    let first = |kind: u16| -> Option<&[u8]> {
        let attrs = attrs.as_ref().ok()?.clone();
        attrs.filter_map(|a| a.ok()).find(|a| a.raw_kind() == kind).map(|a| a.payload())
    };
    match (first(rta::GATEWAY), first(rta::PREFSRC)) {
        (Some(_), _) => 2,
        (None, Some(src)) if first(rta::DST) != Some(src) => 1,
        (None, _) => 0,
    }
}

/// `nlw route restore < FILE`: the saved routes added in ip's three
/// rounds ([`restore_round`]), reading the file once for each.
pub fn restore(ctx: &mut Ctx) -> Result<()> {
    let mut saved = Format::ROUTE.open()?;
    let start = saved.position()?;
    for round in 0..3 {
        while let Some(msg) = saved.next()? {
            if restore_round(&msg) == round {
                Format::ROUTE.restore(&mut ctx.ipr, &msg)?;
            }
        }
        saved.rewind(start)?;
    }
    Ok(())
}

/// `nlw route showdump < FILE`: the saved routes printed as `route show
/// table all` prints them; as ip, in text whatever `-j` says.
pub fn showdump(ctx: &mut Ctx) -> Result<()> {
    let mut saved = Format::ROUTE.open()?;
    let mut names = Names::on_demand(ctx)?;
    let nh_info = if ctx.details { Objects::load(&mut ctx.ipr)? } else { Objects::default() };
    let mut out = Out::new(std::io::stdout().lock());
    if ctx.oneline {
        out.oneline();
    }
    let printed = loop {
        let msg = match saved.next() {
            Ok(Some(msg)) => msg,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        // ip's `print_route`: what is not a route is told and passed.
        let len = msg.header().len.get();
        let deleted = match msg.kind() {
            msg_type::RTM_NEWROUTE => false,
            msg_type::RTM_DELROUTE => true,
            kind => {
                eprintln!("Not a route: {len:08x} {kind:08x} {:08x}", msg.flags().bits());
                continue;
            }
        };
        if msg.payload().len() < std::mem::size_of::<nlwire::route::RtMsg>() {
            eprintln!("BUG: wrong nlmsg len {}", msg.bytes().len() as isize - 28);
            continue;
        }
        // As ip's `route show`: only `-4`/`-6`'s family, no cached clones.
        let r = Route::parse(&msg)?;
        if (ctx.family != 0 && r.family() != ctx.family) || r.flags().contains(RouteFlags::CLONED) {
            continue;
        }
        if deleted {
            out.str("Deleted ")?;
        }
        route_text(&mut out, &r, &names, &Selector::ALL, ctx.details, &nh_info)?;
        out.end_object()?;
        names.learn_asked();
    };
    // What was printed before a broken message stays printed, as ip's.
    out.flush()?;
    printed
}

/// How `route show` and `route flush` pick routes by destination (ip's
/// selectors).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DstSelector {
    /// `root PREFIX`: routes inside PREFIX (as long as it or longer).
    Root(Prefix),
    /// `match PREFIX`: routes that contain PREFIX (as long as it or shorter).
    Match(Prefix),
    /// `[exact] PREFIX`: that prefix itself.
    Exact(Prefix),
}

impl DstSelector {
    fn prefix(self) -> Prefix {
        match self {
            DstSelector::Root(p) | DstSelector::Match(p) | DstSelector::Exact(p) => p,
        }
    }
    /// Whether a route to `dst/len` is selected.
    fn selects(self, dst: IpAddr, len: u8) -> bool {
        let p = self.prefix();
        match self {
            DstSelector::Root(_) => len >= p.len && leading_bits_equal(dst, p.addr, p.len),
            DstSelector::Match(_) => len <= p.len && leading_bits_equal(dst, p.addr, len),
            DstSelector::Exact(_) => len == p.len && leading_bits_equal(dst, p.addr, len),
        }
    }
}

/// Whether `a` and `b` are of one family and agree on their first `len` bits.
pub(crate) fn leading_bits_equal(a: IpAddr, b: IpAddr, len: u8) -> bool {
    let (a, b, width) = match (a, b) {
        (IpAddr::V4(a), IpAddr::V4(b)) => (u128::from(u32::from(a)), u128::from(u32::from(b)), 32),
        (IpAddr::V6(a), IpAddr::V6(b)) => (u128::from(a), u128::from(b), 128),
        _ => return false,
    };
    let len = u32::from(len).min(width);
    len == 0 || (a ^ b) >> (width - len) == 0
}

/// ip's route selector: which routes `route show` prints and `route flush`
/// deletes. `show` leaves out of each line what the selector fixes (the
/// device, protocol, scope, one table), as ip does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selector {
    table: TableFilter,
    dev: Option<String>,
    protocol: Option<u8>,
    kind: Option<RouteType>,
    scope: Option<u8>,
    dst: Option<DstSelector>,
    /// `cache` (`cached`, `cloned`): the kernel's cached clones rather than
    /// the tables' routes.
    cloned: bool,
    /// `vrf NAME`: the VRF's table, its local and broadcast routes left
    /// out; the name is looked up when the command runs ([`Selector::resolve`]).
    vrf: Option<String>,
    /// `-s` (and `-h`): seg6local encapsulations show their counters.
    counters: crate::encap::Counters,
}

impl Selector {
    /// Every route of every table: what `route get` and `monitor` print
    /// as, each line whole.
    pub const ALL: Selector = Selector {
        table: TableFilter::All,
        dev: None,
        protocol: None,
        kind: None,
        scope: None,
        dst: None,
        cloned: false,
        vrf: None,
        counters: crate::encap::Counters { shown: false, human: None },
    };

    /// The selector, with seg6local's counters shown as `counters` says.
    pub fn with_counters(self, counters: crate::encap::Counters) -> Self {
        Selector { counters, ..self }
    }

    /// Parses the words after `show` (or `flush`): `table ID|all`, `dev
    /// DEV`, `proto P`, `type T`, `scope S`, `root|match|exact PREFIX`, a
    /// bare `PREFIX` (exact, `default` too) or `all`; the main table when
    /// none is given.
    pub fn parse(args: &[String], family: u8) -> Result<Self> {
        let mut spec = Selector { table: TableFilter::Id(rt_table::MAIN), ..Selector::ALL };
        // A prefix of the family asked for, if one was.
        let dst_prefix = |word: &str| -> Result<Prefix> {
            let p = modify::prefix(word, family)?;
            match (family, p.addr.is_ipv4()) {
                (10, true) | (2, false) => Err(CliError::usage(format!(
                    "Error: {} prefix is expected rather than \"{word}\".",
                    if family == 10 { "inet6" } else { "inet" }
                ))),
                _ => Ok(p),
            }
        };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            match word {
                "table" => {
                    spec.table = match words.value()? {
                        "all" => TableFilter::All,
                        t => TableFilter::Id(table_id(t)?),
                    }
                }
                "dev" | "oif" => spec.dev = Some(words.value()?.to_owned()),
                "proto" | "protocol" => {
                    spec.protocol = Some(selected("protocol", words.value()?, protocol_name)?)
                }
                "scope" => spec.scope = Some(selected("scope", words.value()?, scope_name)?),
                "type" => {
                    let t = words.value()?;
                    let kind = route_type(t).ok_or_else(|| {
                        CliError::usage(format!(
                            "Error: argument \"{t}\" is wrong: node type value is invalid"
                        ))
                    })?;
                    spec.kind = Some(kind);
                }
                "root" => spec.dst = Some(DstSelector::Root(dst_prefix(words.value()?)?)),
                "match" => spec.dst = Some(DstSelector::Match(dst_prefix(words.value()?)?)),
                "exact" | "to" => spec.dst = Some(DstSelector::Exact(dst_prefix(words.value()?)?)),
                // As ip: every destination.
                "all" => spec.dst = None,
                w if crate::matches(w, "cached", 1) || crate::matches(w, "cloned", 2) => spec.cloned = true,
                w if crate::matches(w, "vrf", 1) => spec.vrf = Some(words.value()?.to_owned()),
                w => spec.dst = Some(DstSelector::Exact(dst_prefix(w)?)),
            }
        }
        Ok(spec)
    }

    /// [`Selector::parse`] for `route flush`, which ip refuses without words.
    pub fn parse_flush(args: &[String], family: u8) -> Result<Self> {
        if args.is_empty() {
            return Err(CliError::rejected("\"nlw route flush\" requires arguments."));
        }
        Selector::parse(args, family)
    }

    /// The selector with `vrf NAME` made the VRF's table, as ip's
    /// `ipvrf_get_table` finds it; refused in ip's words when `NAME` is not
    /// a VRF with a table.
    pub fn resolve(&self, ctx: &mut Ctx) -> Result<std::borrow::Cow<'_, Selector>> {
        let counters = crate::encap::Counters::of(ctx);
        let Some(name) = &self.vrf else {
            if counters == self.counters {
                return Ok(std::borrow::Cow::Borrowed(self));
            }
            return Ok(std::borrow::Cow::Owned(self.clone().with_counters(counters)));
        };
        let table = crate::vrf::table_of(ctx, name)
            .ok_or_else(|| CliError::usage(format!("Error: argument \"{name}\" is wrong: Invalid VRF\n")))?;
        Ok(std::borrow::Cow::Owned(Selector { table: TableFilter::Id(table), counters, ..self.clone() }))
    }

    /// The family dumped: `-4`/`-6` if given, else the prefix's; else, as
    /// ip, IPv4 for one table and both for `table all`. (ip dumps IPv4 for
    /// an IPv6 prefix given without `-6`, and so shows and flushes nothing.)
    fn family(&self, asked: u8) -> u8 {
        match (asked, self.dst, self.table) {
            (0, Some(dst), _) => {
                if dst.prefix().addr.is_ipv4() {
                    2
                } else {
                    10
                }
            }
            (0, None, TableFilter::Id(_)) => 2,
            (family, _, _) => family,
        }
    }

    /// The dump that holds the selected routes: one table's, when one is
    /// selected, in the family of [`Selector::family`].
    fn dump(&self, asked: u8) -> RouteDump {
        let table = match self.table {
            TableFilter::Id(t) => Some(t),
            TableFilter::All => None,
        };
        RouteDump { table, cloned: self.cloned, ..RouteDump::new(self.family(asked)) }
    }

    /// The index of the selected device, if one is (exit 1 as ip's
    /// `Cannot find device` when there is no such device).
    fn oif(&self, names: &Names) -> Result<Option<u32>> {
        self.dev
            .as_deref()
            .map(|dev| {
                names.index(dev).ok_or_else(|| CliError::rejected(format!("Cannot find device \"{dev}\"")))
            })
            .transpose()
    }

    /// Whether `r` is selected; `oif` is the index of `dev`.
    fn selects(&self, r: &Route<'_>, oif: Option<u32>) -> Result<bool> {
        // Cached clones are not routes of a table, and `cache` picks only them.
        if r.flags().contains(RouteFlags::CLONED) != self.cloned {
            return Ok(false);
        }
        if let TableFilter::Id(t) = self.table {
            if r.table()? != t {
                return Ok(false);
            }
        }
        if oif.is_some() && r.oif()? != oif {
            return Ok(false);
        }
        // As ip's `vrf`: the VRF's own local and broadcast routes are not shown.
        let vrf_hidden = self.vrf.is_some() && matches!(r.kind(), RouteType::Local | RouteType::Broadcast);
        if vrf_hidden
            || self.protocol.is_some_and(|p| p != r.protocol())
            || self.kind.is_some_and(|k| k != r.kind())
            || self.scope.is_some_and(|s| s != r.scope())
        {
            return Ok(false);
        }
        if let Some(dst) = self.dst {
            let unspecified: IpAddr = if r.family() == 10 {
                std::net::Ipv6Addr::UNSPECIFIED.into()
            } else {
                std::net::Ipv4Addr::UNSPECIFIED.into()
            };
            if !dst.selects(r.dst()?.unwrap_or(unspecified), r.dst_len()) {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// A protocol or scope of a selector, by name or number, refused in ip's
/// words (`invalid "protocol"`).
fn selected(what: &str, value: &str, name_of: impl Fn(u8) -> Option<&'static str>) -> Result<u8> {
    named(what, value, name_of)
        .map_err(|_| CliError::usage(format!("Error: argument \"{value}\" is wrong: invalid \"{what}\"")))
}

/// `ESRCH`: the route was gone by the time its deletion arrived.
const ESRCH: i32 = 3;

/// Deletes the routes `spec` selects, as ip's flush (see
/// [`crate::session::flush`]).
pub fn flush(ctx: &mut Ctx, spec: &Selector) -> Result<()> {
    let spec = &*spec.resolve(ctx)?;
    let oif = spec.dev.as_deref().map(|dev| ifindex(&mut ctx.ipr, dev)).transpose()?;
    let dump = spec.dump(ctx.family);
    // As ip: IPv4's cache through /proc, then IPv6's clones dumped and deleted.
    if spec.cloned && dump.family != AF_INET6 {
        flush_ipv4_cache(ctx.netns.as_deref())?;
        if dump.family == AF_INET {
            return Ok(());
        }
    }
    let picks = |msg: &nlwire::Message<'_>| spec.selects(&Route::parse(msg)?, oif);
    match crate::session::flush(&mut ctx.ipr, ctx.flush_rounds, &dump, msg_type::RTM_DELROUTE, ESRCH, picks)?
    {
        true => Ok(()),
        false => Err(CliError::refused(format!(
            "Flush not complete: routes were still there after {} rounds",
            ctx.flush_rounds
        ))),
    }
}

/// `AF_INET` and `AF_INET6`.
const AF_INET: u8 = 2;
const AF_INET6: u8 = 10;

/// `route flush cache` of IPv4, as ip's `iproute_flush_cache`: `-1`
/// written to the namespace's `/proc/sys/net/ipv4/route/flush` (the kernel
/// keeps no IPv4 clones to dump and delete).
fn flush_ipv4_cache(netns: Option<&std::ffi::OsStr>) -> Result<()> {
    const PATH: &str = "/proc/sys/net/ipv4/route/flush";
    let write = || std::fs::write(PATH, "-1");
    let written = crate::in_netns(netns, |ns| match ns {
        Some(ns) => nlwire_rustix::netns::run_in(ns, write).map_err(nlwire_std::Error::Socket),
        None => Ok(write()),
    })?;
    written.map_err(|e| CliError::refused(format!("Cannot open \"{PATH}\": {e}")))
}

/// `nlw route get ADDRESS [from ADDRESS] [iif DEV] [oif|dev DEV] [vrf NAME]
/// [mark N] [tos TOS] [uid N] [ipproto P] [sport N] [dport N] [notify]
/// [connected] [fibmatch]`.
pub struct GetSpec {
    /// The request, its devices aside.
    request: RouteGet,
    iif: Option<String>,
    oif: Option<String>,
    /// `oif` was named by `vrf NAME`: it must be a VRF.
    oif_is_vrf: bool,
    /// `connected` without `from`: ip 6.1 asks twice and prints both
    /// answers.
    twice: bool,
}

impl GetSpec {
    /// Parses the words after `get`, as ip 6.1's `iproute_get`: its keywords
    /// in its order, each a prefix of its name (`dsf`, `ipp`) but `tos`,
    /// `dev`, `to`; any other word is the destination.
    pub fn parse(args: &[String], family: u8) -> Result<Self> {
        let mut dst = None;
        let mut request = RouteGet::new(std::net::IpAddr::from([0u8; 4]));
        let (mut iif, mut oif, mut oif_is_vrf, mut connected) = (None, None, false, false);
        let invalid = |what: &str, v: &str| crate::args::invalid(what, v);
        let port = |v: &str, what: &str| {
            let port = crate::args::c_unsigned(v, 0, u16::MAX.into()).and_then(|p| u16::try_from(p).ok());
            port.ok_or_else(|| invalid(what, v))
        };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let is = |keyword: &str| crate::matches(word, keyword, 1);
            match word {
                _ if word == "tos" || is("dsfield") => {
                    let v = words.value()?;
                    let tos = NameFile::DsField.value(v).or_else(|| crate::args::c_unsigned(v, 16, 255));
                    request.tos = tos
                        .and_then(|t| u8::try_from(t).ok())
                        .ok_or_else(|| invalid("TOS value is invalid\n", v))?;
                }
                _ if is("from") => request.src = Some(ip(words.value()?)?),
                _ if is("iif") => iif = Some(words.value()?.to_owned()),
                _ if is("mark") => {
                    let v = words.value()?;
                    request.mark =
                        Some(crate::args::unsigned(v).ok_or_else(|| invalid("invalid mark value", v))?);
                }
                _ if is("oif") || word == "dev" => oif = Some(words.value()?.to_owned()),
                _ if is("notify") => request.notify = true,
                _ if is("connected") => connected = true,
                _ if is("vrf") => {
                    oif = Some(words.value()?.to_owned());
                    oif_is_vrf = true;
                }
                _ if is("uid") => {
                    let v = words.value()?;
                    request.uid = Some(crate::args::unsigned(v).ok_or_else(|| invalid("invalid UID\n", v))?);
                }
                _ if is("fibmatch") => request.fib_match = true,
                _ if is("sport") => request.sport = Some(port(words.value()?, "invalid sport\n")?),
                _ if is("dport") => request.dport = Some(port(words.value()?, "invalid dport\n")?),
                _ if is("ipproto") => {
                    let v = words.value()?;
                    let proto = crate::args::ip_protocol(v);
                    request.ip_proto = Some(proto.ok_or_else(|| invalid("Invalid \"ipproto\" value\n", v))?);
                }
                // A prefix, as ip: its length is checked (ip warns of any
                // but the full one and asks for the address).
                "to" => dst = Some(crate::modify::prefix(words.value()?, family)?.addr),
                w if dst.is_none() => dst = Some(crate::modify::prefix(w, family)?.addr),
                other => {
                    return Err(CliError::usage(format!(
                        "Error: either \"to\" is duplicate, or \"{other}\" is a garbage."
                    )))
                }
            }
        }
        request.dst = dst.ok_or_else(|| CliError::rejected("need at least a destination address"))?;
        let twice = connected && request.src.is_none();
        Ok(GetSpec { request, iif, oif, oif_is_vrf, twice })
    }
}

/// Asks the kernel which route it would take and prints it as `ip route get`.
pub fn get(ctx: &mut Ctx, spec: &GetSpec) -> Result<()> {
    if let Some(vrf) = spec.oif.as_deref().filter(|_| spec.oif_is_vrf) {
        if !crate::vrf::is_vrf(&mut ctx.ipr, vrf) {
            return Err(CliError::usage(format!("Error: argument \"{vrf}\" is wrong: Invalid VRF\n")));
        }
    }
    let mut request = spec.request;
    if let Some(dev) = &spec.iif {
        request.iif = Some(ifindex(&mut ctx.ipr, dev)?);
    }
    if let Some(dev) = &spec.oif {
        request.oif = Some(ifindex(&mut ctx.ipr, dev)?);
    }
    let reply = crate::session::get(&mut ctx.ipr, &request)?;
    let names = Names::on_demand(ctx)?;
    let nh_info = if ctx.details { Objects::load(&mut ctx.ipr)? } else { Objects::default() };
    let shown = Selector::ALL.with_counters(crate::encap::Counters::of(ctx));
    let mut j = Json::new(std::io::stdout().lock(), ctx.pretty);
    let print = |j: &mut Json<_>, message: &Message<'_>| -> Result<()> {
        let r = Route::parse(message)?;
        if ctx.json {
            j.begin_array()?;
            j.begin_object()?;
            route_json(j, &r, &names, &shown, ctx.details, &nh_info)?;
            j.end_object()?;
            j.end_array()?;
            j.finish()?;
        } else {
            route_text(j.out(), &r, &names, &shown, ctx.details, &nh_info)?;
            j.out().end_object()?;
        }
        Ok(())
    };
    if ctx.oneline && !ctx.json {
        j.out().oneline();
    }
    print(&mut j, &reply.message())?;
    if spec.twice {
        // ip 6.1's `connected` means to ask again from the route's source,
        // but the request it sends again is the first: the same answer,
        // printed again (`-j`: a second array on its own line, where ip
        // prints the second as text).
        j.out().flush()?;
        let again = crate::session::get(&mut ctx.ipr, &request)?;
        print(&mut j, &again.message())?;
    }
    j.out().flush()?;
    Ok(())
}
