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

use std::borrow::Cow;
use std::io::{self, Write};

use nlwire::tables::tc::{
    CakeAttrs, CodelAttrs, EtsAttrs, FqAttrs, FqCodelAttrs, FqPieAttrs, FwAttrs, MatchallAttrs, PieAttrs,
    RedAttrs, TcRatespec, TC_LINKLAYER,
};
use nlwire::tc::u32::{tca_u32, U32Handle, CLS_FLAG_NAMES, TC_U32_TERMINAL};
use nlwire::tc::{
    ChainDump, ClassDump, FilterDump, Handle, Htb, Options, QdiscDump, Tbf, TcObject, TcObjectKind,
    TC_H_MIN_EGRESS, TC_H_MIN_INGRESS, TC_H_MIN_MASK, TC_LINKLAYER_ETHERNET, TC_LINKLAYER_MASK, U32,
};

use crate::args::{c_number, duplicate, ifindex, invalid, Words};
use crate::json::Json;
use crate::names::{name_or_number, Names};
use crate::sink::Sink;
use nlwire::tc::request::{ticks_to_time, xmit_size};

use crate::tc::units::{Hex0x, ProtocolText, SizeText, TcFields};
use crate::{matches, CliError, Ctx, Result};

mod action;
pub mod actions;
pub mod chain;
pub mod change;
mod filter_kinds;
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

/// `nlw qdisc show [dev DEV] [root | ingress | clsact | parent P | handle H]
/// [invisible]`, `nlw class show dev DEV [root | parent P] [classid C]
/// [qdisc H]`, `nlw filter show dev DEV [root | ingress | egress | parent P]
/// [pref N] [protocol P] [chain N] [handle H]`, read as tc 6.1's
/// `tc_qdisc_list`, `tc_class_list` and `tc_filter_list` read them. As
/// there, 0 stands for a selector not given.
pub struct Show {
    object: Object,
    dev: Option<String>,
    /// The parent asked for: compared here for qdiscs, sent for classes
    /// and filters (and left out of each filter's line).
    parent: u32,
    /// Qdiscs: `handle H`, compared here.
    handle: u32,
    /// Qdiscs: `invisible`, the kernel's default qdiscs too.
    invisible: bool,
    /// Classes: `classid C`, compared here.
    classid: u32,
    /// Classes: `qdisc H`, that qdisc's classes, printed by minor number.
    qdisc: u32,
    /// Filters: `pref N`, sent (its lower 16 bits) and left out of each line.
    prio: u32,
    /// Filters: `protocol P` (host order), sent and left out of each line.
    protocol: u16,
    /// Filters: `chain N`, sent and left out of each line.
    chain: Option<u32>,
    /// Filters: `block N`, a shared block instead of a device.
    block: u32,
    /// Filters: `handle H`, which tc reads and does not use.
    filter_handle: bool,
    /// `chain show`: the chains of the filters asked for.
    chains: bool,
}

impl Show {
    /// Parses the words after `show`.
    pub fn parse(object: Object, args: &[String]) -> Result<Self> {
        let mut show = Show {
            object,
            dev: None,
            parent: 0,
            handle: 0,
            invisible: false,
            classid: 0,
            qdisc: 0,
            prio: 0,
            protocol: 0,
            chain: None,
            block: 0,
            filter_handle: false,
            chains: false,
        };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let known = match object {
                Object::Qdisc => show.qdisc_word(word, &mut words)?,
                Object::Class => show.class_word(word, &mut words)?,
                Object::Filter => show.filter_word(word, &mut words)?,
            };
            if !known {
                // tc's words, filter's with their space and no full stop.
                return Err(CliError::usage(match object {
                    Object::Filter => format!(" What is \"{word}\"? Try \"nlw filter help\""),
                    _ => format!("What is \"{word}\"? Try \"nlw {} help\".", name(object)),
                }));
            }
        }
        Ok(show)
    }

    /// Parses the words after `chain show`: those of `filter show`.
    pub fn parse_chains(args: &[String]) -> Result<Self> {
        Ok(Show { chains: true, ..Show::parse(Object::Filter, args)? })
    }

    /// One word of `qdisc show`: `dev` (the last one counts), `invisible`,
    /// and one of `root`, `ingress`, `clsact`, `parent P`, `handle H`.
    fn qdisc_word(&mut self, word: &str, words: &mut Words<'_>) -> Result<bool> {
        match word {
            "dev" => self.dev = Some(words.value()?.to_owned()),
            "invisible" => self.invisible = true,
            "root" | "ingress" | "clsact" => {
                self.one_qdisc_id(word)?;
                self.parent = if word == "root" { Handle::ROOT } else { Handle::INGRESS }.get();
            }
            _ if matches(word, "parent", 1) => {
                self.one_qdisc_id(word)?;
                self.parent = parse_handle("parent", words.value()?)?.get();
            }
            _ if matches(word, "handle", 1) => {
                self.one_qdisc_id(word)?;
                self.handle = change::qdisc_handle(words.value()?, "handle")?.get();
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// tc's refusal of a second qdisc ID (`root`, `parent`, `handle`, ...).
    fn one_qdisc_id(&self, word: &str) -> Result<()> {
        if self.parent != 0 {
            return Err(invalid("parent is already specified", word));
        }
        if self.handle != 0 {
            return Err(invalid("handle is already specified", word));
        }
        Ok(())
    }

    /// One word of `class show`: `dev`, `qdisc H`, `classid C`, `root`,
    /// `parent P`, each once.
    fn class_word(&mut self, word: &str, words: &mut Words<'_>) -> Result<bool> {
        match word {
            "dev" => self.dev(words)?,
            "qdisc" => {
                let value = words.value()?;
                if self.qdisc != 0 {
                    return Err(duplicate("qdisc", value));
                }
                self.qdisc = change::qdisc_handle(value, "qdisc")?.get();
            }
            "classid" => {
                let value = words.value()?;
                if self.classid != 0 {
                    return Err(duplicate("classid", value));
                }
                self.classid = parse_handle("class", value)?.get();
            }
            "root" => self.hook(word, Handle::ROOT)?,
            "parent" => {
                if self.parent != 0 {
                    return Err(duplicate("parent", word));
                }
                self.parent = parse_handle("parent", words.value()?)?.get();
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// One word of `filter show`: `dev` or `block N`, one of `root`,
    /// `ingress`, `egress`, `parent P`, and `handle`, `pref`, `protocol`,
    /// `chain`, each once.
    fn filter_word(&mut self, word: &str, words: &mut Words<'_>) -> Result<bool> {
        let exclusive = |first: &str, second: &str| {
            CliError::usage(format!("Error: \"{first}\" cannot be used in the same time as \"{second}\""))
        };
        match word {
            "dev" => {
                if self.block != 0 {
                    words.value()?;
                    return Err(exclusive("dev", "block"));
                }
                self.dev(words)?;
            }
            _ if matches(word, "block", 1) => {
                let value = words.value()?;
                if self.block != 0 {
                    return Err(duplicate("block", value));
                }
                if self.dev.is_some() {
                    return Err(exclusive("block", "dev"));
                }
                self.block = c_number::<u32>("block index value", value)
                    .ok()
                    .filter(|b| *b != 0)
                    .ok_or_else(|| invalid("invalid block index value", value))?;
            }
            "root" => self.hook(word, Handle::ROOT)?,
            "ingress" => self.hook(word, INGRESS_HOOK)?,
            "egress" => self.hook(word, EGRESS_HOOK)?,
            "parent" => {
                let value = words.value()?;
                if self.parent != 0 {
                    return Err(duplicate("parent", value));
                }
                self.parent = parse_handle("parent", value)?.get();
            }
            "handle" => {
                let value = words.value()?;
                if std::mem::replace(&mut self.filter_handle, true) {
                    return Err(duplicate("handle", value));
                }
            }
            _ if matches(word, "preference", 1) || matches(word, "priority", 1) => {
                let value = words.value()?;
                if self.prio != 0 {
                    return Err(duplicate("priority", value));
                }
                self.prio = c_number("preference", value)?;
            }
            _ if matches(word, "protocol", 1) => {
                let value = words.value()?;
                if self.protocol != 0 {
                    return Err(duplicate("protocol", value));
                }
                self.protocol = change::parse_protocol(value)?;
            }
            _ if matches(word, "chain", 1) => {
                let value = words.value()?;
                if self.chain.is_some() {
                    return Err(duplicate("chain", value));
                }
                self.chain = Some(c_number("chain index value", value)?);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `dev DEV`, once.
    fn dev(&mut self, words: &mut Words<'_>) -> Result<()> {
        let value = words.value()?;
        if self.dev.replace(value.to_owned()).is_some() {
            return Err(duplicate("dev", value));
        }
        Ok(())
    }

    /// `root`, `ingress`, `egress`: a parent, unless one was given.
    fn hook(&mut self, word: &str, parent: Handle) -> Result<()> {
        if self.parent != 0 {
            return Err(CliError::usage(format!("Error: \"{word}\" is duplicate parent ID")));
        }
        self.parent = parent.get();
        Ok(())
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

/// `tcm_ifindex` of a shared block's filters (`TCM_IFINDEX_MAGIC_BLOCK`).
pub(crate) const BLOCK_IFINDEX: i32 = -1;

/// Dumps and prints the objects.
pub fn show(ctx: &mut Ctx, show: &Show) -> Result<()> {
    let index = match &show.dev {
        Some(dev) => ifindex(&mut ctx.ipr, dev)?,
        None => 0,
    };
    if show.block != 0 && !block_exists(ctx, show.block)? {
        return Err(CliError::rejected(format!("Cannot find block \"{}\"", show.block)));
    }
    // Without `dev`, each object names its device; a filter's actions name
    // theirs.
    let mut names =
        if index == 0 || matches!(show.object, Object::Filter) { Some(Names::on_demand(ctx)?) } else { None };
    let ifindex = index as i32;
    let qdiscs = QdiscDump { ifindex, invisible: show.invisible };
    let classes = ClassDump { ifindex, parent: Handle(show.parent) };
    let filters = FilterDump {
        ifindex: if show.block != 0 { BLOCK_IFINDEX } else { ifindex },
        // A block's index goes where the parent would (`tcm_block_index`).
        parent: Handle(if show.block != 0 { show.block } else { show.parent }),
        chain: show.chain,
        // tc's `prio << 16`: the lower 16 bits.
        prio: show.prio as u16,
        protocol: show.protocol,
    };
    let chains = ChainDump { ifindex: filters.ifindex, parent: filters.parent, chain: show.chain };
    let request: &dyn nlwire::build::Request = match show.object {
        Object::Qdisc => &qdiscs,
        Object::Class => &classes,
        Object::Filter if show.chains => &chains,
        Object::Filter => &filters,
    };
    let json = ctx.json;
    let mut j = Json::new(io::stdout().lock(), ctx.pretty);
    if json {
        j.begin_array()?;
    }
    // Classes and filters belong to a device (or a block): without one,
    // none, as tc shows them.
    let mut dump = match (&show.dev, show.object) {
        (None, Object::Class) => None,
        (None, Object::Filter) if show.block == 0 => None,
        _ => Some(ctx.ipr.dump(request)?),
    };
    while let Some(msg) = dump.as_mut().map(|d| d.next()).transpose()?.flatten() {
        let o = TcObject::parse(&msg)?;
        if (index != 0 && o.ifindex() != ifindex) || !show.selects(&o) {
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
            Object::Qdisc => qdisc(&mut sink, &o, dev, ctx.details)?,
            Object::Class => class(&mut sink, &o, dev, show.qdisc != 0, ctx.details)?,
            Object::Filter => {
                let none = Names::default();
                filter(&mut sink, &o, dev, show, names.as_ref().unwrap_or(&none), ctx.stats > 0)?
            }
        }
        if ctx.stats > 0 && show.object != Object::Filter {
            stats::of_object(&mut sink, &o)?;
        }
        match sink {
            Sink::Json(j) => j.end_object()?,
            Sink::Text(out) => writeln!(out)?,
        }
        if let Some(names) = &mut names {
            names.learn_asked();
        }
    }
    if json {
        j.end_array()?;
        j.finish()?;
    }
    j.out().flush()?;
    Ok(())
}

impl Show {
    /// Whether `o` is one of those asked for, by what tc compares itself:
    /// a qdisc's handle and parent, a class's qdisc and class ID.
    fn selects(&self, o: &TcObject<'_>) -> bool {
        let (handle, parent) = (o.handle().get(), o.parent().get());
        match self.object {
            Object::Qdisc => {
                (self.handle == 0 || self.handle == handle) && (self.parent == 0 || self.parent == parent)
            }
            Object::Class => {
                (self.qdisc == 0 || (self.qdisc ^ handle) >> 16 == 0)
                    && (self.classid == 0 || self.classid == handle)
            }
            Object::Filter => true,
        }
    }
}

/// Whether a qdisc binds shared block `block` (tc's
/// `tc_qdisc_block_exists`), asked before a block's filters are dumped.
fn block_exists(ctx: &mut Ctx, block: u32) -> Result<bool> {
    let mut dump = ctx.ipr.dump(&QdiscDump::default())?;
    let mut found = false;
    while let Some(msg) = dump.next()? {
        let o = TcObject::parse(&msg)?;
        found |= o.ingress_block()? == Some(block) || o.egress_block()? == Some(block);
    }
    Ok(found)
}

/// `root` or `parent P`, as tc prints a qdisc's or a class's parent.
fn parent<W: Write>(s: &mut Sink<'_, W>, parent: Handle) -> io::Result<()> {
    match parent {
        Handle::ROOT => s.flag("root", "root"),
        Handle::UNSPEC => Ok(()),
        p => s.str("parent", "parent", &p),
    }
}

/// One qdisc, as `tc qdisc show` prints it; `details` is `-d`.
fn qdisc<W: Write>(s: &mut Sink<'_, W>, o: &TcObject<'_>, dev: Option<&str>, details: bool) -> Result<()> {
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
    if o.hw_offload()? == Some(true) {
        s.flag("offloaded", "offloaded")?;
    }
    for (key, block) in [("ingress_block", o.ingress_block()?), ("egress_block", o.egress_block()?)] {
        if let Some(block) = block.filter(|b| *b != 0) {
            s.num(key, key, &block)?;
        }
    }
    s.open("options")?;
    if kind == "ingress" {
        s.text("---------------- ")?;
    }
    match o.options()? {
        Some(Options::Htb(h)) => htb(s, &h, details)?,
        Some(Options::Tbf(t)) => tbf(s, &t, details)?,
        Some(Options::Fifo(f)) => {
            let limit = f.limit.get();
            if kind == "bfifo" {
                s.fmt_num("limit", format_args!("limit {}", SizeText(limit)), limit)?;
            } else {
                s.fmt_num("limit", format_args!("limit {limit}p"), limit)?;
            }
        }
        Some(Options::Prio(p)) => qdisc::prio::print(s, p, o)?,
        Some(Options::Raw(_)) => kind_options(s, kind, o, details)?,
        _ => {}
    }
    s.close()?;
    Ok(())
}

/// The options of a kind the core leaves as bytes, read here: a nest of
/// that kind's attributes, or its struct; `details` is `-d`.
fn kind_options<W: Write>(s: &mut Sink<'_, W>, kind: &str, o: &TcObject<'_>, details: bool) -> Result<()> {
    let Some(options) = o.options_attr()? else { return Ok(()) };
    match kind {
        "codel" => qdisc::codel::codel(s, &CodelAttrs(options.nested())),
        "fq_codel" => qdisc::codel::fq_codel(s, &FqCodelAttrs(options.nested())),
        "fq" => qdisc::fq::print(s, &FqAttrs(options.nested())),
        "sfq" => qdisc::sfq::print(s, &options, details),
        "netem" => qdisc::netem::print(s, &options),
        "ets" => qdisc::ets::print(s, &EtsAttrs(options.nested())),
        "pie" => qdisc::pie::pie(s, &PieAttrs(options.nested())),
        "fq_pie" => qdisc::pie::fq_pie(s, &FqPieAttrs(options.nested())),
        "cake" => qdisc::cake::print(s, &CakeAttrs(options.nested())),
        "red" => qdisc::red::print(s, &RedAttrs(options.nested()), details),
        _ => Ok(()),
    }
}

/// One class, as `tc class show` prints it; with `minor` (`qdisc H`
/// asked), its handle and parent by their minor numbers; `details` is `-d`.
fn class<W: Write>(
    s: &mut Sink<'_, W>,
    o: &TcObject<'_>,
    dev: Option<&str>,
    minor: bool,
    details: bool,
) -> Result<()> {
    let shown = |h: Handle| if minor { Handle(h.get() & TC_H_MIN_MASK) } else { h };
    s.name("class", "class", o.kind()?.unwrap_or(""))?;
    s.str("handle", "", &shown(o.handle()))?;
    if let Some(dev) = dev {
        s.name("dev", "dev", dev)?;
    }
    match o.parent() {
        Handle::ROOT => s.flag("root", "root")?,
        // Under `qdisc H`, a parent `H:` is `none`, as tc writes it.
        p if minor => s.str("parent", "parent", &shown(p))?,
        p => parent(s, p)?,
    }
    // The leaf qdisc's major number.
    let leaf = o.info() >> 16;
    if o.info() != 0 {
        s.field("leaf", "leaf", &format_args!("{leaf:x}:"), &Hex0x(leaf), true)?;
    }
    if let Some(h) = o.htb()? {
        htb(s, &h, details)?;
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
    asked: &Show,
    names: &Names,
    stats: bool,
) -> Result<()> {
    s.text(if o.object() == TcObjectKind::Chain { "chain " } else { "filter " })?;
    let parent = o.parent();
    if o.ifindex() == BLOCK_IFINDEX {
        // A shared block's filter: the block, unless it is the one asked.
        if asked.block != parent.get() {
            s.num("block", "block", &parent.get())?;
        }
    } else {
        if let Some(dev) = dev {
            s.name("dev", "dev", dev)?;
        }
        if asked.parent != parent.get() {
            match parent {
                Handle::ROOT => s.flag("root", "root")?,
                INGRESS_HOOK => s.flag("ingress", "ingress")?,
                EGRESS_HOOK => s.flag("egress", "egress")?,
                p => s.str("parent", "parent", &p)?,
            }
        }
    }
    if o.info() != 0 && o.object() == TcObjectKind::Filter {
        let protocol = o.protocol();
        if protocol != 0 && asked.protocol != protocol {
            s.str("protocol", "protocol", &ProtocolText(protocol))?;
        }
        if o.prio() != 0 && asked.prio != u32::from(o.prio()) {
            s.num("pref", "pref", &o.prio())?;
        }
    }
    // A chain has a kind only with a template.
    let kind = o.kind()?;
    if let Some(kind) = kind {
        s.name("kind", "", kind)?;
    }
    if let Some(chain) = o.chain()?.filter(|c| asked.chain != Some(*c)) {
        s.num("chain", "chain", &chain)?;
    }
    if let (Some(kind), Some(options)) = (kind, o.options_attr()?) {
        s.open("options")?;
        let (options, handle) = (options.nested(), o.handle().get());
        match kind {
            "fw" => filter_kinds::print_fw(s, FwAttrs(options), handle, names, stats)?,
            "matchall" => filter_kinds::print_matchall(s, MatchallAttrs(options), handle, names, stats)?,
            _ => {
                if let Some(u) = o.u32()? {
                    u32_options(s, &u, handle, names, stats)?;
                }
            }
        }
        s.close()?;
    }
    Ok(())
}

/// The options of an htb qdisc or class; `details` (`-d`) adds a class's
/// quantum, link layer, cell sizes, mpu and level and the qdisc's version,
/// as tc/q_htb.c prints them.
fn htb<W: Write>(s: &mut Sink<'_, W>, h: &Htb<'_>, details: bool) -> Result<()> {
    if let Some(p) = h.parms()? {
        if p.level.get() == 0 {
            s.num("prio", "prio", &p.prio.get())?;
            // JSON always has the quantum, text with `-d`.
            let quantum = p.quantum.get();
            match s {
                Sink::Json(j) => j.field_num("quantum", quantum)?,
                Sink::Text(out) if details => write!(out, "quantum {quantum} ")?,
                Sink::Text(_) => {}
            }
        }
        let rate = h.rate()?.unwrap_or(0);
        let ceil = h.ceil()?.unwrap_or(0);
        s.rate("rate", rate)?;
        let overhead = p.rate.overhead.get();
        if overhead != 0 {
            s.fmt_text(format_args!("overhead {overhead} "))?;
        }
        s.rate("ceil", ceil)?;
        let linklayer = linklayer_shown(&p.rate, details);
        if let Some(name) = &linklayer {
            s.fmt_text(format_args!("linklayer {name} "))?;
        }
        burst(s, "burst", xmit_size(rate, p.buffer.get()), &p.rate, details)?;
        burst(s, "cburst", xmit_size(ceil, p.cbuffer.get()), &p.ceil, details)?;
        if details {
            s.fmt_text(format_args!("level {} ", p.level.get()))?;
        }
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
        if details {
            let version = g.version.get();
            let (major, minor) = (version >> 16, version & 0xFFFF);
            s.string("ver", format_args!(" ver {major}.{minor}"), &format_args!("{major}.{minor}"))?;
        }
    }
    if let Some(qlen) = h.direct_qlen()? {
        s.fmt_num("direct_qlen", format_args!(" direct_qlen {qlen}"), qlen)?;
    }
    if h.offload()? {
        s.fmt_null("offload", " offload")?;
    }
    Ok(())
}

/// A rate's link layer as tc names it, when tc shows it: with `-d`, or
/// when it is not ethernet.
pub(crate) fn linklayer_shown(spec: &TcRatespec, details: bool) -> Option<Cow<'static, str>> {
    let linklayer = spec.linklayer & TC_LINKLAYER_MASK;
    (details || linklayer > TC_LINKLAYER_ETHERNET).then(|| name_or_number(TC_LINKLAYER, linklayer.into()))
}

/// A burst (htb's `burst`, `cburst`): `burst 1600b`, with `-d` in text
/// `burst 1600b/1 mpu 0b` (the rate table's cell and minimum packet unit).
fn burst<W: Write>(
    s: &mut Sink<'_, W>,
    key: &str,
    bytes: u32,
    spec: &TcRatespec,
    details: bool,
) -> Result<()> {
    match s {
        Sink::Text(out) if details => {
            let (cell, mpu) = (cell(spec), SizeText(spec.mpu.get().into()));
            write!(out, "{key} {}/{cell} mpu {mpu} ", SizeText(bytes))?;
        }
        _ => s.size(key, bytes)?,
    }
    Ok(())
}

/// A rate table's cell size, `1 << cell_log`.
fn cell(spec: &TcRatespec) -> u64 {
    1u64 << (spec.cell_log & 63)
}

/// tbf's sizes with `-d`: `burst 32Kb/1 mpu 0b` (JSON `"burst": "32Kb/1",
/// "mpu": 0`), and `mtu` for the peak rate's.
fn size_cell_mpu<W: Write>(s: &mut Sink<'_, W>, key: &str, bytes: u32, spec: &TcRatespec) -> Result<()> {
    let sized = format!("{}/{}", SizeText(bytes), cell(spec));
    s.str(key, key, &sized)?;
    s.size("mpu", spec.mpu.get().into())?;
    Ok(())
}

/// The options of a tbf qdisc: rate, burst, peak rate, and the latency the
/// limit allows (the limit itself when that is negative), as tc derives
/// them; `details` (`-d`) adds cell sizes, mpu and the link layer.
fn tbf<W: Write>(s: &mut Sink<'_, W>, t: &Tbf<'_>, details: bool) -> Result<()> {
    let Some(p) = t.parms()? else {
        return Ok(());
    };
    let rate = t.rate()?.unwrap_or(0);
    let (buffer, limit) = (p.buffer.get(), p.limit.get());
    s.rate("rate", rate)?;
    if details {
        size_cell_mpu(s, "burst", xmit_size(rate, buffer), &p.rate)?;
    } else {
        s.size("burst", xmit_size(rate, buffer))?;
    }
    let peak = t.peakrate()?.unwrap_or(0);
    let mut latency = 1e6 * (f64::from(limit) / rate as f64) - f64::from(ticks_to_time(buffer));
    if peak != 0 {
        s.rate("peakrate", peak)?;
        let mtu = p.mtu.get();
        if mtu != 0 || p.peakrate.mpu.get() != 0 {
            if details {
                size_cell_mpu(s, "mtu", xmit_size(peak, mtu), &p.peakrate)?;
            } else {
                s.size("minburst", xmit_size(peak, mtu))?;
            }
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
    let overhead = p.rate.overhead.get();
    if overhead != 0 {
        s.num("overhead", "overhead", &overhead)?;
    }
    if let Some(name) = linklayer_shown(&p.rate, details) {
        s.str("linklayer", "linklayer", &name)?;
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
        action::print(s, actions.nested(), names, stats, false)?;
    }
    Ok(())
}

#[cfg(test)]
mod from_bytes;

#[cfg(test)]
mod actions_from_bytes;
