//! `nlw qdisc|class|filter show`: tc's text and the keys of `tc -j`,
//! streamed as the kernel answers.
//!
//! The text is iproute2 6.1's; the JSON has every key `tc -j` prints for the
//! kinds the core decodes (htb, tbf, pfifo, bfifo, pfifo_fast, prio, ingress,
//! clsact, u32) with its value forms: rates in bytes per second, sizes in
//! bytes, times in microseconds, `"default": "0x10"`. Classes follow the
//! keys of later iproute2 releases (6.1 prints classes as text even with
//! `-j`); they also carry `quantum`, which tc shows with `-d`. Like tc, a
//! u32 filter repeats the key `match` once per key of its selector.

use std::fmt::{self, Display};
use std::io::{self, Write};

use nlwire::tc::u32::{tca_u32, U32Handle, CLS_FLAG_NAMES, TC_U32_TERMINAL};
use nlwire::tc::{
    ClassDump, FilterDump, Handle, Htb, Options, QdiscDump, Tbf, TcObject, TcPrioQopt, TC_H_MIN_EGRESS,
    TC_H_MIN_INGRESS, U32,
};

use crate::args::{ifindex, Words};
use crate::json::Json;
use crate::names::Names;
use crate::sink::Sink;
use crate::tc_action;
use crate::{CliError, Ctx, Result};

/// A traffic-control object type.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Object {
    Qdisc,
    Class,
    Filter,
}

/// The tc object an `nlw` object word names (`qdisc`, `class`, `filter`, or
/// a prefix as tc takes them).
pub fn object(word: &str) -> Option<Object> {
    let is = |keyword: &str| !word.is_empty() && keyword.starts_with(word);
    if is("qdisc") {
        Some(Object::Qdisc)
    } else if is("class") {
        Some(Object::Class)
    } else if is("filter") {
        Some(Object::Filter)
    } else {
        None
    }
}

/// `ffff:fff2`: the ingress hook of clsact and ingress (`tc filter ... ingress`).
pub const INGRESS_HOOK: Handle = Handle(0xFFFF_0000 | TC_H_MIN_INGRESS);
/// `ffff:fff3`: the egress hook of clsact (`tc filter ... egress`).
pub const EGRESS_HOOK: Handle = Handle(0xFFFF_0000 | TC_H_MIN_EGRESS);

/// `ETH_P_*` names as tc prints and takes them.
pub const PROTOCOLS: [(u16, &str); 6] = [
    (0x0800, "ip"),
    (0x86DD, "ipv6"),
    (0x0806, "arp"),
    (0x0003, "all"),
    (0x8100, "802.1Q"),
    (0x88A8, "802.1ad"),
];

/// `nlw qdisc show [dev DEV]`, `nlw class show dev DEV`,
/// `nlw filter show dev DEV [parent P | root | ingress | egress]`.
pub struct Show {
    object: Object,
    dev: Option<String>,
    parent: Option<Handle>,
}

impl Show {
    /// Parses the words after `show`.
    pub fn parse(object: Object, args: &[String]) -> Result<Self> {
        let mut show = Show { object, dev: None, parent: None };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let parent = match word {
                "dev" => {
                    show.dev = Some(words.value(word)?.to_owned());
                    continue;
                }
                "parent" if object == Object::Filter => parse_handle("parent", words.value(word)?)?,
                "root" if object == Object::Filter => Handle::ROOT,
                "ingress" if object == Object::Filter => INGRESS_HOOK,
                "egress" if object == Object::Filter => EGRESS_HOOK,
                other => {
                    return Err(CliError::usage(format!(
                        "What is \"{other}\"? Try \"nlw {} help\".",
                        name(object)
                    )))
                }
            };
            if show.parent.replace(parent).is_some() {
                return Err(CliError::usage("Error: \"parent\" is duplicate."));
            }
        }
        Ok(show)
    }
}

fn name(object: Object) -> &'static str {
    match object {
        Object::Qdisc => "qdisc",
        Object::Class => "class",
        Object::Filter => "filter",
    }
}

/// A handle as `get_tc_classid` reads it: `root`, `none`, hex `maj:min`.
pub fn parse_handle(what: &str, s: &str) -> Result<Handle> {
    Handle::parse(s)
        .map_err(|_| CliError::usage(format!("Error: argument \"{s}\" is wrong: invalid {what} ID")))
}

/// Dumps and prints the objects.
pub fn show(ctx: &mut Ctx, show: &Show) -> Result<()> {
    let index = match &show.dev {
        Some(dev) => ifindex(&mut ctx.ipr, dev)?,
        None => 0,
    };
    // Without `dev`, each object names its device; a filter's actions name
    // theirs.
    let names = if index == 0 || matches!(show.object, Object::Filter) {
        Some(Names::load(&mut ctx.ipr)?)
    } else {
        None
    };
    let ifindex = index as i32;
    let qdiscs = QdiscDump { ifindex, invisible: false };
    let classes = ClassDump { ifindex, parent: Handle::UNSPEC };
    let filters = FilterDump { ifindex, parent: show.parent.unwrap_or(Handle::UNSPEC), chain: None };
    let request: &dyn nlwire::build::Request = match show.object {
        Object::Qdisc => &qdiscs,
        Object::Class => &classes,
        Object::Filter => &filters,
    };
    let json = ctx.json;
    let mut j = Json::new(io::stdout().lock(), ctx.pretty);
    if json {
        j.begin_array()?;
    }
    // Classes and filters belong to a device: without one, none, as tc
    // shows them.
    let mut dump = match (&show.dev, show.object) {
        (None, Object::Class | Object::Filter) => None,
        _ => Some(ctx.ipr.dump(request)?),
    };
    while let Some(msg) = dump.as_mut().map(|d| d.next()).transpose()?.flatten() {
        let o = TcObject::parse(&msg)?;
        if index != 0 && o.ifindex() != ifindex {
            continue;
        }
        let dev = names.as_ref().filter(|_| index == 0).map(|n| n.get(o.ifindex() as u32));
        let mut sink = if json {
            j.begin_object()?;
            Sink::Json(&mut j)
        } else {
            Sink::Text(j.out())
        };
        let dev = dev.as_deref();
        match show.object {
            Object::Qdisc => qdisc(&mut sink, &o, dev)?,
            Object::Class => class(&mut sink, &o, dev)?,
            Object::Filter => {
                filter(&mut sink, &o, dev, show.parent, names.as_ref().unwrap_or(&Names::default()))?
            }
        }
        match sink {
            Sink::Json(j) => j.end_object()?,
            Sink::Text(out) => writeln!(out)?,
        }
    }
    if json {
        j.end_array()?;
        j.finish()?;
    }
    j.out().flush()?;
    Ok(())
}

/// tc's value forms: rates and sizes, text as tc writes them.
trait TcFields {
    /// A rate: JSON bytes per second, text `1Mbit`.
    fn rate(&mut self, key: &str, value: u64) -> io::Result<()>;
    /// A size: JSON bytes, text `15Kb`.
    fn size(&mut self, key: &str, value: u32) -> io::Result<()>;
}

impl<W: Write> TcFields for Sink<'_, W> {
    fn rate(&mut self, key: &str, value: u64) -> io::Result<()> {
        self.field(key, key, &RateText(value), &value, false)
    }
    fn size(&mut self, key: &str, value: u32) -> io::Result<()> {
        self.field(key, key, &SizeText(value), &value, false)
    }
}

/// `root` or `parent P`, as tc prints a qdisc's or a class's parent.
fn parent<W: Write>(s: &mut Sink<'_, W>, parent: Handle) -> io::Result<()> {
    match parent {
        Handle::ROOT => s.flag("root", "root"),
        Handle::UNSPEC => Ok(()),
        p => s.str("parent", "parent", &p),
    }
}

/// One qdisc, as `tc qdisc show` prints it.
fn qdisc<W: Write>(s: &mut Sink<'_, W>, o: &TcObject<'_>, dev: Option<&str>) -> Result<()> {
    let kind = o.kind()?.unwrap_or("");
    s.name("kind", "qdisc", kind)?;
    // `maj:` always, `0:` for the kernel's default qdiscs.
    s.str("handle", "", &format_args!("{:x}:", o.handle().major()))?;
    if let Some(dev) = dev {
        s.name("dev", "dev", dev)?;
    }
    parent(s, o.parent())?;
    if o.info() != 1 {
        s.num("refcnt", "refcnt", &o.info())?;
    }
    s.open("options")?;
    if kind == "ingress" {
        s.text("---------------- ")?;
    }
    match o.options()? {
        Some(Options::Htb(h)) => htb(s, &h)?,
        Some(Options::Tbf(t)) => tbf(s, &t)?,
        Some(Options::Fifo(f)) => {
            let limit = f.limit.get();
            if kind == "bfifo" {
                s.size("limit", limit)?;
            } else {
                s.field("limit", "limit", &format_args!("{limit}p"), &limit, false)?;
            }
        }
        Some(Options::Prio(p)) => prio(s, p, o)?,
        _ => {}
    }
    s.close()?;
    Ok(())
}

/// One class, as `tc class show` prints it.
fn class<W: Write>(s: &mut Sink<'_, W>, o: &TcObject<'_>, dev: Option<&str>) -> Result<()> {
    s.name("class", "class", o.kind()?.unwrap_or(""))?;
    s.str("handle", "", &o.handle())?;
    if let Some(dev) = dev {
        s.name("dev", "dev", dev)?;
    }
    parent(s, o.parent())?;
    // The leaf qdisc's major number.
    let leaf = o.info() >> 16;
    if o.info() != 0 {
        s.field("leaf", "leaf", &format_args!("{leaf:x}:"), &Hex0x(leaf), true)?;
    }
    if let Some(h) = o.htb()? {
        htb(s, &h)?;
    }
    Ok(())
}

/// One filter, as `tc filter show` prints it; the parent is left out when
/// it is the one asked for.
fn filter<W: Write>(
    s: &mut Sink<'_, W>,
    o: &TcObject<'_>,
    dev: Option<&str>,
    asked: Option<Handle>,
    names: &Names,
) -> Result<()> {
    s.text("filter ")?;
    if let Some(dev) = dev {
        s.name("dev", "dev", dev)?;
    }
    if asked != Some(o.parent()) {
        match o.parent() {
            Handle::ROOT => s.flag("root", "root")?,
            INGRESS_HOOK => s.flag("ingress", "ingress")?,
            EGRESS_HOOK => s.flag("egress", "egress")?,
            p => s.str("parent", "parent", &p)?,
        }
    }
    if o.info() != 0 {
        let protocol = o.protocol();
        if protocol != 0 {
            s.str("protocol", "protocol", &ProtocolText(protocol))?;
        }
        if o.prio() != 0 {
            s.num("pref", "pref", &o.prio())?;
        }
    }
    s.name("kind", "", o.kind()?.unwrap_or(""))?;
    if let Some(chain) = o.chain()? {
        s.num("chain", "chain", &chain)?;
    }
    if o.options_attr()?.is_some() {
        s.open("options")?;
        if let Some(u) = o.u32()? {
            u32_options(s, &u, o.handle().get(), names)?;
        }
        s.close()?;
    }
    Ok(())
}

/// The options of an htb qdisc or class.
fn htb<W: Write>(s: &mut Sink<'_, W>, h: &Htb<'_>) -> Result<()> {
    if let Some(p) = h.parms()? {
        if p.level.get() == 0 {
            s.num("prio", "prio", &p.prio.get())?;
            // What `tc -d` adds; not in tc's plain text.
            if let Sink::Json(j) = s {
                j.field_num("quantum", p.quantum.get())?;
            }
        }
        let rate = h.rate()?.unwrap_or(0);
        let ceil = h.ceil()?.unwrap_or(0);
        s.rate("rate", rate)?;
        s.rate("ceil", ceil)?;
        s.size("burst", xmit_size(rate, p.buffer.get()))?;
        s.size("cburst", xmit_size(ceil, p.cbuffer.get()))?;
    }
    if let Some(g) = h.init()? {
        s.num("r2q", "r2q", &g.rate2quantum.get())?;
        let default = g.defcls.get();
        s.str("default", "default", &Hex0x(default))?;
        s.num("direct_packets_stat", "direct_packets_stat", &g.direct_pkts.get())?;
    }
    if let Some(qlen) = h.direct_qlen()? {
        s.num("direct_qlen", "direct_qlen", &qlen)?;
    }
    Ok(())
}

/// The options of a tbf qdisc: rate, burst, peak rate, and the latency the
/// limit allows (the limit itself when that is negative), as tc derives them.
fn tbf<W: Write>(s: &mut Sink<'_, W>, t: &Tbf<'_>) -> Result<()> {
    let Some(p) = t.parms()? else {
        return Ok(());
    };
    let rate = t.rate()?.unwrap_or(0);
    let (buffer, limit) = (p.buffer.get(), p.limit.get());
    s.rate("rate", rate)?;
    s.size("burst", xmit_size(rate, buffer))?;
    let peak = t.peakrate()?.unwrap_or(0);
    let mut latency = 1e6 * (f64::from(limit) / rate as f64) - f64::from(tick_to_time(buffer));
    if peak != 0 {
        s.rate("peakrate", peak)?;
        let mtu = p.mtu.get();
        if mtu != 0 || p.peakrate.mpu.get() != 0 {
            s.size("minburst", xmit_size(peak, mtu))?;
        }
        let peak_latency = 1e6 * (f64::from(limit) / peak as f64) - f64::from(tick_to_time(mtu));
        latency = latency.max(peak_latency);
    }
    if latency >= 0.0 {
        let us = latency as u32;
        s.field("lat", "lat", &TimeText(us), &us, false)?;
    } else {
        s.size("limit", limit)?;
    }
    Ok(())
}

/// The band map of pfifo_fast and prio.
fn prio<W: Write>(s: &mut Sink<'_, W>, p: &TcPrioQopt, o: &TcObject<'_>) -> Result<()> {
    s.num("bands", "bands", &p.bands.get())?;
    match s {
        Sink::Text(out) => {
            out.write_all(b"priomap")?;
            for band in p.priomap {
                write!(out, " {band}")?;
            }
        }
        Sink::Json(j) => {
            j.key("priomap")?;
            j.begin_array()?;
            for band in p.priomap {
                j.raw(format_args!("{band}"))?;
            }
            j.end_array()?;
            // TCA_PRIO_MQ, an attribute after prio's struct.
            const TCA_PRIO_MQ: u16 = 1;
            let multiqueue = o
                .options_attr()?
                .and_then(|a| a.payload().get(std::mem::size_of::<TcPrioQopt>().next_multiple_of(4)..))
                .and_then(|rest| nlwire::Attrs::new(rest).find(TCA_PRIO_MQ).ok().flatten())
                .and_then(|a| a.u8().ok())
                .is_some_and(|v| v != 0);
            j.key("multiqueue")?;
            j.raw(format_args!("{multiqueue}"))?;
        }
    }
    Ok(())
}

/// The options of a u32 filter: its handle, hash table, class and keys.
fn u32_options<W: Write>(s: &mut Sink<'_, W>, u: &U32<'_>, handle: u32, names: &Names) -> Result<()> {
    let handle = U32Handle(handle);
    if handle.0 != 0 {
        s.str("fh", "fh", &handle)?;
    }
    if handle.node() != 0 {
        s.num("order", "order", &handle.node())?;
    }
    let sel = u.sel()?;
    if let Some(divisor) = u.divisor()? {
        s.num("ht_divisor", "ht divisor", &divisor)?;
    } else if let Some(ht) = u.hash()? {
        let ht = U32Handle(ht);
        s.str("key_ht", "key ht", &format_args!("{:x}", ht.htid()))?;
        s.str("bkt", "bkt", &format_args!("{:x}", ht.hash()))?;
    }
    let terminal = sel.is_some_and(|sel| sel.flags() & TC_U32_TERMINAL != 0);
    if let Some(classid) = u.classid()? {
        if terminal {
            s.text("*")?;
        }
        s.str("flowid", "flowid", &classid)?;
    } else if terminal {
        s.text("terminal flowid ")?;
    }
    if let Some(link) = u.link()? {
        s.str("link", "link", &U32Handle(link))?;
    }
    if let Some(flags) = u.flags()? {
        // skip_hw, skip_sw, then in_hw or else not_in_hw, as tc.
        const IN_HW: u32 = 4;
        const NOT_IN_HW: u32 = 8;
        for (bit, flag) in CLS_FLAG_NAMES.iter().take(4) {
            if flags & bit != 0 && !(*bit == NOT_IN_HW && flags & IN_HW != 0) {
                s.flag(flag, flag)?;
            }
        }
    }
    for key in sel.map_or(&[][..], |sel| sel.keys()) {
        let (val, mask, off) = (key.val.get(), key.mask.get(), key.off.get());
        let nexthdr = if key.offmask.get() != 0 { "nexthdr+" } else { "" };
        match s {
            Sink::Text(out) => write!(out, "\n  match {val:08x}/{mask:08x} at {nexthdr}{off}")?,
            Sink::Json(j) => {
                j.key("match")?;
                j.begin_object()?;
                j.field_display("value", format_args!("{val:x}"))?;
                j.field_display("mask", format_args!("{mask:x}"))?;
                j.field_str("offmask", nexthdr)?;
                j.field_num("off", off)?;
                j.end_object()?;
            }
        }
    }
    if let Some(actions) = u.attrs().find(tca_u32::ACT)? {
        tc_action::print(s, actions.nested(), names)?;
    }
    Ok(())
}

/// iproute2's `tc_core_tick2time`: scheduler ticks (64 ns) to whole
/// microseconds, as `/proc/net/psched` gives 15.625 ticks per microsecond.
fn tick_to_time(ticks: u32) -> u32 {
    (f64::from(ticks) / 15.625) as u32
}

/// iproute2's `tc_calc_xmitsize`: the bytes sent at `rate` in `ticks`.
fn xmit_size(rate: u64, ticks: u32) -> u32 {
    (rate as f64 * f64::from(tick_to_time(ticks)) / 1e6) as u32
}

/// `%#x`: `0x10`, and `0` for zero.
struct Hex0x(u32);

impl Display for Hex0x {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            0 => f.write_str("0"),
            v => write!(f, "{v:#x}"),
        }
    }
}

/// A protocol by name, or `[number]` as tc prints unknown ones.
struct ProtocolText(u16);

impl Display for ProtocolText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match PROTOCOLS.iter().find(|(p, _)| *p == self.0) {
            Some((_, name)) => f.write_str(name),
            None => write!(f, "[{}]", self.0),
        }
    }
}

/// A rate in bytes per second as tc prints it: bits with the largest
/// decimal unit that keeps it whole or above 1000 (`1500Kbit`, `2Gbit`).
struct RateText(u64);

impl Display for RateText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut bits = self.0.wrapping_mul(8);
        let mut unit = "";
        for next in ["K", "M", "G", "T"] {
            if bits < 1000 || (!bits.is_multiple_of(1000) && bits < 1_000_000) {
                break;
            }
            bits /= 1000;
            unit = next;
        }
        write!(f, "{bits}{unit}bit")
    }
}

/// A size in bytes as tc prints it: `2Mb` or `15Kb` when within 1 KiB or
/// 16 bytes of a whole number of them, else `1600b`.
struct SizeText(u32);

impl Display for SizeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let size = u64::from(self.0);
        for (unit, slack, suffix) in [(1 << 20, 1024, "Mb"), (1 << 10, 16, "Kb")] {
            let whole = round_half_even(size, unit);
            if size >= unit && (whole * unit).abs_diff(size) < slack {
                return write!(f, "{}{suffix}", G6(whole));
            }
        }
        write!(f, "{size}b")
    }
}

/// `n / d` rounded to the nearest, ties to even (C's `rint`).
fn round_half_even(n: u64, d: u64) -> u64 {
    let (q, r) = (n / d, n % d);
    if 2 * r > d || (2 * r == d && q % 2 == 1) {
        q + 1
    } else {
        q
    }
}

/// A whole number as C's `%g` prints it: six significant digits
/// (`4194303` is `4.1943e+06`).
struct G6(u64);

impl Display for G6 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 < 1_000_000 {
            return write!(f, "{}", self.0);
        }
        let mut exponent = self.0.ilog10();
        let mut digits = round_half_even(self.0, 10u64.pow(exponent - 5));
        if digits == 1_000_000 {
            digits = 100_000;
            exponent += 1;
        }
        write_mantissa(f, digits, 5)?;
        write!(f, "e+{exponent:02}")
    }
}

/// `digits` with a decimal point before its last `decimals` digits, and
/// trailing zeros (and a bare point) left out, as `%g` does.
fn write_mantissa(f: &mut fmt::Formatter<'_>, mut digits: u64, mut decimals: u32) -> fmt::Result {
    while decimals > 0 && digits.is_multiple_of(10) {
        digits /= 10;
        decimals -= 1;
    }
    let scale = 10u64.pow(decimals);
    write!(f, "{}", digits / scale)?;
    if decimals > 0 {
        write!(f, ".{:0width$}", digits % scale, width = decimals as usize)?;
    }
    Ok(())
}

/// A time in microseconds as tc prints it: `%.3gs`, `%.3gms` or `%uus`
/// (`50ms`, `1.5ms`, `12.3ms`, `259us`).
struct TimeText(u32);

impl Display for TimeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (unit, suffix) = match self.0 {
            t if t >= 1_000_000 => (1_000_000, "s"),
            t if t >= 1000 => (1000, "ms"),
            t => return write!(f, "{t}us"),
        };
        let value = f64::from(self.0) / f64::from(unit);
        // Three significant digits of the double, rounded as printf does.
        let whole_digits = (self.0 / unit).ilog10() + 1;
        if whole_digits > 3 {
            // 1000 s and more: `4.29e+03s`.
            write_mantissa(f, round_scaled(value, 1, 10), 2)?;
            return write!(f, "e+03{suffix}");
        }
        let decimals = 3 - whole_digits;
        let digits = round_scaled(value, 10u64.pow(decimals), 1);
        if digits == 1000 && decimals == 0 {
            return write!(f, "1e+03{suffix}");
        }
        write_mantissa(f, digits, decimals)?;
        f.write_str(suffix)
    }
}

/// `value * num / den` rounded to the nearest whole number, ties to even,
/// computed exactly from the double's bits (as glibc's printf rounds it).
/// `value` is at least 1 and below 2^52, `num` and `den` at most 100.
fn round_scaled(value: f64, num: u64, den: u64) -> u64 {
    let bits = value.to_bits();
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    // value = mantissa / 2^shift
    let shift = 1075 - ((bits >> 52) & 0x7FF) as u32;
    round_half_even(mantissa * num, den << shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Figures printed by iproute2 6.1's tc for qdiscs made on this kernel.
    #[test]
    fn text_units_match_tc() {
        let rates =
            [(125_000, "1Mbit"), (187_500, "1500Kbit"), (15_432, "123456bit"), (250_000_000, "2Gbit")];
        for (bytes, text) in rates {
            assert_eq!(RateText(bytes).to_string(), text);
        }
        assert_eq!(RateText(100).to_string(), "800bit");
        assert_eq!(RateText(1_249_875).to_string(), "9999Kbit");
        let sizes =
            [(32_768, "32Kb"), (9_999, "9999b"), (1_048_500, "1048500b"), (2_048, "2Kb"), (10_240, "10Kb")];
        for (bytes, text) in sizes {
            assert_eq!(SizeText(bytes).to_string(), text);
        }
        assert_eq!(SizeText(1_514_000).to_string(), "1514000b");
        assert_eq!(SizeText(3 << 20).to_string(), "3Mb");
        let times =
            [(50_000, "50ms"), (1_499, "1.5ms"), (259, "259us"), (2_000_000, "2s"), (12_342, "12.3ms")];
        for (us, text) in times {
            assert_eq!(TimeText(us).to_string(), text);
        }
        assert_eq!(TimeText(1_250_000).to_string(), "1.25s");
    }

    /// C's `%g` and `%.3g` on the edge cases, as printf prints them.
    #[test]
    fn printf_rounding_edges() {
        // %.3g of 1.125 (exact in binary): a tie, to even.
        assert_eq!(TimeText(1_125).to_string(), "1.12ms");
        assert_eq!(TimeText(1_135).to_string(), "1.14ms");
        assert_eq!(TimeText(1_005).to_string(), "1ms");
        assert_eq!(TimeText(1_015).to_string(), "1.01ms");
        assert_eq!(TimeText(2_345).to_string(), "2.35ms");
        assert_eq!(TimeText(9_999).to_string(), "10ms");
        assert_eq!(TimeText(999_999).to_string(), "1e+03ms");
        assert_eq!(TimeText(4_294_967_295).to_string(), "4.29e+03s");
        assert_eq!(G6(4_194_303).to_string(), "4.1943e+06");
        assert_eq!(G6(1_000_000).to_string(), "1e+06");
        assert_eq!(Hex0x(0).to_string(), "0");
        assert_eq!(Hex0x(0x10).to_string(), "0x10");
        assert_eq!(ProtocolText(0x1234).to_string(), "[4660]");
    }
}
