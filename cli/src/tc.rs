//! `nlw qdisc|class|filter show`: tc's text and the keys of `tc -j`,
//! streamed as the kernel answers.
//!
//! The text is iproute2 6.1's; the JSON has every key `tc -j` prints for the
//! kinds the core decodes (htb, tbf, pfifo, bfifo, pfifo_fast, prio, ingress,
//! clsact, u32), for codel and fq_codel ([`qdisc::codel`]), fq
//! ([`qdisc::fq`]), sfq ([`qdisc::sfq`]), red ([`qdisc::red`]),
//! netem ([`qdisc::netem`]), ets ([`qdisc::ets`]), pie and fq_pie
//! ([`qdisc::pie`]), cake ([`qdisc::cake`]) and for the
//! actions of filters ([`action`]), with its value forms: rates in bytes per second, sizes in
//! bytes, times in microseconds, `"default": "0x10"`. Classes follow the
//! keys of later iproute2 releases (6.1 prints classes as text even with
//! `-j`); they also carry `quantum`, which tc shows with `-d`. Like tc, a
//! u32 filter repeats the key `match` once per key of its selector.
//!
//! With `-s`, each qdisc's and class's counters follow it ([`stats`]):
//! the common ones (`TCA_STATS2`, else the old `TCA_STATS`), then its
//! kind's own as tc prints them (htb, fq_codel, fq, codel, pie, fq_pie,
//! sfq, red, choke, hhf, sfb, cake).

use std::io::{self, Write};

use nlwire::tables::tc::{
    CakeAttrs, CodelAttrs, EtsAttrs, FqAttrs, FqCodelAttrs, FqPieAttrs, PieAttrs, RedAttrs,
};
use nlwire::tc::u32::{tca_u32, U32Handle, CLS_FLAG_NAMES, TC_U32_TERMINAL};
use nlwire::tc::{
    ClassDump, FilterDump, Handle, Htb, Options, QdiscDump, Tbf, TcObject, TC_H_MIN_EGRESS, TC_H_MIN_INGRESS,
    U32,
};

use crate::args::{ifindex, Words};
use crate::json::Json;
use crate::names::Names;
use crate::sink::Sink;
use nlwire::tc::request::{ticks_to_time, xmit_size};

use crate::tc::units::{Hex0x, ProtocolText, SizeText, TcFields};
use crate::{CliError, Ctx, Result};

mod action;
pub mod change;
pub mod options;
pub mod qdisc;
pub mod speed;
mod stats;
pub mod units;

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
                    show.dev = Some(words.value()?.to_owned());
                    continue;
                }
                "parent" if object == Object::Filter => parse_handle("parent", words.value()?)?,
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
                let none = Names::default();
                filter(&mut sink, &o, dev, show.parent, names.as_ref().unwrap_or(&none), ctx.stats > 0)?
            }
        }
        if ctx.stats > 0 && show.object != Object::Filter {
            stats::of_object(&mut sink, &o)?;
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
                s.fmt_num("limit", format_args!("limit {}", SizeText(limit)), limit)?;
            } else {
                s.fmt_num("limit", format_args!("limit {limit}p"), limit)?;
            }
        }
        Some(Options::Prio(p)) => qdisc::prio::print(s, p, o)?,
        Some(Options::Raw(_)) => kind_options(s, kind, o)?,
        _ => {}
    }
    s.close()?;
    Ok(())
}

/// The options of a kind the core leaves as bytes, read here: a nest of
/// that kind's attributes, or its struct.
fn kind_options<W: Write>(s: &mut Sink<'_, W>, kind: &str, o: &TcObject<'_>) -> Result<()> {
    let Some(options) = o.options_attr()? else { return Ok(()) };
    match kind {
        "codel" => qdisc::codel::codel(s, &CodelAttrs(options.nested())),
        "fq_codel" => qdisc::codel::fq_codel(s, &FqCodelAttrs(options.nested())),
        "fq" => qdisc::fq::print(s, &FqAttrs(options.nested())),
        "sfq" => qdisc::sfq::print(s, &options),
        "netem" => qdisc::netem::print(s, &options),
        "ets" => qdisc::ets::print(s, &EtsAttrs(options.nested())),
        "pie" => qdisc::pie::pie(s, &PieAttrs(options.nested())),
        "fq_pie" => qdisc::pie::fq_pie(s, &FqPieAttrs(options.nested())),
        "cake" => qdisc::cake::print(s, &CakeAttrs(options.nested())),
        "red" => qdisc::red::print(s, &RedAttrs(options.nested())),
        _ => Ok(()),
    }
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
    if let (Some("ets"), Some(options)) = (o.kind()?, o.options_attrs()?) {
        qdisc::ets::print_class(s, &EtsAttrs(options))?;
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
    stats: bool,
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
            u32_options(s, &u, o.handle().get(), names, stats)?;
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
    // The qdisc's options, each after a space and the last without one, as
    // tc writes them.
    if let Some(g) = h.init()? {
        let r2q = g.rate2quantum.get();
        s.fmt_num("r2q", format_args!("r2q {r2q}"), r2q)?;
        let default = Hex0x(g.defcls.get());
        s.string("default", format_args!(" default {default}"), &default)?;
        let direct = g.direct_pkts.get();
        s.fmt_num("direct_packets_stat", format_args!(" direct_packets_stat {direct}"), direct)?;
    }
    if let Some(qlen) = h.direct_qlen()? {
        s.fmt_num("direct_qlen", format_args!(" direct_qlen {qlen}"), qlen)?;
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
    let mut latency = 1e6 * (f64::from(limit) / rate as f64) - f64::from(ticks_to_time(buffer));
    if peak != 0 {
        s.rate("peakrate", peak)?;
        let mtu = p.mtu.get();
        if mtu != 0 || p.peakrate.mpu.get() != 0 {
            s.size("minburst", xmit_size(peak, mtu))?;
        }
        let peak_latency = 1e6 * (f64::from(limit) / peak as f64) - f64::from(ticks_to_time(mtu));
        latency = latency.max(peak_latency);
    }
    if latency >= 0.0 {
        let us = latency as u32;
        s.time("lat", us)?;
    } else {
        s.size("limit", limit)?;
    }
    Ok(())
}

/// The options of a u32 filter: its handle, hash table, class and keys.
fn u32_options<W: Write>(
    s: &mut Sink<'_, W>,
    u: &U32<'_>,
    handle: u32,
    names: &Names,
    stats: bool,
) -> Result<()> {
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
        action::print(s, actions.nested(), names, stats)?;
    }
    Ok(())
}

#[cfg(test)]
mod from_bytes;

#[cfg(test)]
mod actions_from_bytes;
