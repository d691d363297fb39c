//! `nlw qdisc|class|filter add|replace|change|del`: tc's words, parsed and
//! checked completely before anything is sent (value forms in
//! [`crate::tc::options`]).

use std::cell::OnceCell;
use std::ffi::OsStr;

use nlwire::attr::NLA_F_NESTED;
use nlwire::build::{Builder, Header, MessageWriter, Request};
use nlwire::tables::tc::TC_FIFO_QOPT;
use nlwire::tc::action::TcAction;
use nlwire::tc::eth_p;
use nlwire::tc::request::{FwFilter, HtbQdisc, MatchallFilter, TbfPeak, TbfQdisc, U32Filter, U32Match};
use nlwire::tc::{
    tca, ClassKind, ClassRequest, FilterKind, FilterRequest, Handle, QdiscKind, QdiscRequest, TcOp,
};

use crate::args::{name, Words};
use crate::tc::filter_kinds::{FilterOptions, SentAction};
use crate::tc::options::{
    attributes, decimal, hexadecimal, integer, put_field, rate, refused, size, time, what_is, KindOptions,
};
use crate::tc::qdisc;
use crate::tc::speed::{Speed, When};
use crate::tc::units::PROTOCOLS;
use crate::tc::{parse_handle, Object, EGRESS_HOOK, INGRESS_HOOK};
use crate::{CliError, Failure, Result};

/// A qdisc, class or filter change on one device, parsed.
pub struct TcChange {
    dev: String,
    what: What,
    /// When a rate is in percent of the device's speed (`rate 50%`).
    by_speed: Option<Box<BySpeed>>,
}

/// A command with a rate in percent of the device's speed: its words,
/// parsed again with the speed when the request is prepared, and what
/// that gives.
struct BySpeed {
    object: Object,
    verb: String,
    args: Vec<String>,
    what: OnceCell<What>,
}

/// The request without its interface index (known once `dev` is resolved).
enum What {
    /// A qdisc, with the options of its kind when nlw reads them as tc
    /// (codel, fq, sfq, ...), which its request borrows when prepared.
    Qdisc(QdiscRequest<'static>, Option<KindOptions>),
    /// A class, with the options of its kind when nlw reads them as tc
    /// (ets, htb), which its request borrows when prepared.
    Class(ClassRequest<'static>, Option<KindOptions>),
    /// A filter, with the options of its kind, which its request borrows
    /// when prepared.
    Filter(FilterRequest<'static>, Option<FilterOptions>),
}

/// A tc request ready to send, alone or in a batch.
#[derive(Clone, Copy)]
pub enum TcRequest<'a> {
    Qdisc(QdiscRequest<'a>),
    /// A qdisc, then its kind's options in a nest marked `NLA_F_NESTED`.
    NestedOptions(QdiscRequest<'a>, &'a [u8]),
    Class(ClassRequest<'a>),
    /// A class, then its kind's options in a nest marked `NLA_F_NESTED`.
    NestedClassOptions(ClassRequest<'a>, &'a [u8]),
    Filter(FilterRequest<'a>),
    /// A filter, with the kinds and options of its actions.
    FilterActions(FilterRequest<'a>, &'a [SentAction]),
}

impl Request for TcRequest<'_> {
    fn header(&self, seq: u32) -> Header {
        match self {
            TcRequest::Qdisc(r) | TcRequest::NestedOptions(r, _) => r.header(seq),
            TcRequest::Class(r) | TcRequest::NestedClassOptions(r, _) => r.header(seq),
            TcRequest::Filter(r) | TcRequest::FilterActions(r, _) => r.header(seq),
        }
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        match self {
            TcRequest::Qdisc(r) => r.emit(m),
            TcRequest::NestedOptions(r, options) => {
                r.emit(m)?;
                m.attr(NLA_F_NESTED | tca::OPTIONS, options)
            }
            TcRequest::Class(r) => r.emit(m),
            TcRequest::NestedClassOptions(r, options) => {
                r.emit(m)?;
                m.attr(NLA_F_NESTED | tca::OPTIONS, options)
            }
            TcRequest::Filter(r) => r.emit(m),
            TcRequest::FilterActions(r, sent) => {
                let actions: Vec<TcAction<'_>> =
                    sent.iter().map(|(kind, options)| TcAction { kind, options }).collect();
                let kind = match r.kind {
                    FilterKind::U32(u) => FilterKind::U32(U32Filter { actions: &actions, ..u }),
                    FilterKind::Fw(f) => FilterKind::Fw(FwFilter { actions: &actions, ..f }),
                    FilterKind::Matchall(f) => {
                        FilterKind::Matchall(MatchallFilter { actions: &actions, ..f })
                    }
                    kind => kind,
                };
                FilterRequest { kind, ..*r }.emit(m)
            }
        }
    }
}

// tc's exit codes: 255 for what its own words refuse (`usage`: a bad
// `handle`, `prio`, `protocol`, a duplicate, a missing value anywhere);
// 1 for what the parser of a kind's options refuses (`refused`: `tbf rate
// lots`, `u32 match ip bogus`); 2 when the kernel refuses what it sends
// (`kernel_would_refuse`: no device, no parent, an unknown kind), which
// nlw refuses before sending.

fn usage(msg: impl Into<String>) -> CliError {
    CliError::usage(msg)
}

fn kernel_would_refuse(msg: impl Into<String>) -> CliError {
    CliError::kernel_would_refuse(msg)
}

/// tc's `invarg`: a bad value of one of tc's own keywords.
pub(crate) fn bad_value(what: &str, s: &str) -> CliError {
    usage(format!("Error: argument \"{s}\" is wrong: invalid {what}"))
}

/// Sets a keyword's value once; a second one is tc's usage error.
fn once<T>(slot: &mut Option<T>, keyword: &str, value: T) -> Result<()> {
    match slot.replace(value) {
        None => Ok(()),
        Some(_) => Err(usage(format!("Error: duplicate \"{keyword}\"."))),
    }
}

impl TcChange {
    /// The kernel's refusal `e` of this change as tc reports it: for a
    /// filter, with the line tc adds (`We have an error talking to the
    /// kernel`); tc reports a qdisc's or class's as the kernel words it.
    pub fn refused(&self, e: CliError) -> CliError {
        match (&self.what, e.failure()) {
            (What::Filter(..), Failure::Failed(nlwire_std::Error::Kernel { .. })) => {
                crate::tc::chain::talking(&e.to_string())
            }
            _ => e,
        }
    }

    /// Parses `OBJECT VERB ARGS...` for a qdisc, class or filter.
    pub fn parse(object: Object, verb: &str, args: &[String]) -> Result<Self> {
        let (dev, what, by_speed) = parse_with(object, verb, args, When::Parsing)?;
        let by_speed = by_speed.then(|| {
            Box::new(BySpeed { object, verb: verb.to_owned(), args: args.to_vec(), what: OnceCell::new() })
        });
        Ok(TcChange { dev, what, by_speed })
    }

    /// The request with `dev` resolved by `ifindex` (a rate in percent of
    /// its speed read in `netns`, `-n`), checked by writing it once:
    /// whatever the builder would refuse is refused now, before anything
    /// (or, in a batch, anything of this line) is sent.
    pub fn prepare(
        &self,
        netns: Option<&OsStr>,
        ifindex: &mut dyn FnMut(&str) -> Result<u32>,
    ) -> Result<TcRequest<'_>> {
        // As tc, the speed is read (and refused) before the device is looked up.
        let what = self.what_with_speed(netns)?;
        let index =
            i32::try_from(ifindex(&self.dev)?).map_err(|_| usage("Error: interface index out of range"))?;
        let request = match what {
            What::Qdisc(r, None) => TcRequest::Qdisc(QdiscRequest { ifindex: index, ..*r }),
            What::Qdisc(r, Some(k)) => {
                let (options, nested) = k.as_sent();
                let r =
                    QdiscRequest { ifindex: index, kind: QdiscKind::Other { kind: k.kind, options }, ..*r };
                nested.map_or(TcRequest::Qdisc(r), |nested| TcRequest::NestedOptions(r, nested))
            }
            What::Class(r, None) => TcRequest::Class(ClassRequest { ifindex: index, ..*r }),
            What::Class(r, Some(k)) => {
                let (options, nested) = k.as_sent();
                let r =
                    ClassRequest { ifindex: index, kind: ClassKind::Other { kind: k.kind, options }, ..*r };
                nested.map_or(TcRequest::Class(r), |nested| TcRequest::NestedClassOptions(r, nested))
            }
            What::Filter(r, None) => TcRequest::Filter(FilterRequest { ifindex: index, ..*r }),
            What::Filter(r, Some(options)) => {
                let (kind, actions) = options.prepare(ifindex)?;
                let r = FilterRequest { ifindex: index, kind, ..*r };
                match actions {
                    [] => TcRequest::Filter(r),
                    actions => TcRequest::FilterActions(r, actions),
                }
            }
        };
        // As large as tc's request buffer (`TCA_BUF_MAX`): netem's delay
        // distributions alone take up to 32 KiB.
        let mut scratch = vec![0u8; 64 * 1024];
        Builder::new(&mut scratch).push(&request, 0).map_err(|e| usage(format!("Error: {e}")))?;
        Ok(request)
    }

    /// The change as parsed, or, when a rate in it is in percent of the
    /// device's speed, parsed again with the speed read in `netns` (once).
    fn what_with_speed(&self, netns: Option<&OsStr>) -> Result<&What> {
        let Some(again) = &self.by_speed else { return Ok(&self.what) };
        if again.what.get().is_none() {
            let (_, what, _) = parse_with(again.object, &again.verb, &again.args, When::Preparing(netns))?;
            let _ = again.what.set(what);
        }
        Ok(again.what.get().unwrap_or(&self.what))
    }
}

/// `OBJECT VERB ARGS...` parsed, with the device's speed `when` given:
/// the device, the change, and whether a rate in percent of the speed was
/// taken as 0 for now.
fn parse_with(object: Object, verb: &str, args: &[String], when: When<'_>) -> Result<(String, What, bool)> {
    let op = match verb {
        "add" => TcOp::Add,
        "replace" => TcOp::Replace,
        "change" => TcOp::Change,
        "del" | "delete" => TcOp::Delete,
        _ => return Err(usage(format!("Command \"{verb}\" is unknown, try \"nlw help\"."))),
    };
    let creates = matches!(op, TcOp::Add | TcOp::Replace);
    let mut words = Words::new(args);
    let mut dev = None;
    let (what, by_speed) = match object {
        Object::Qdisc => parse_qdisc(op, &mut words, &mut dev, when)?,
        Object::Class => parse_class(op, &mut words, &mut dev, when)?,
        Object::Filter => (parse_filter(op, &mut words, &mut dev)?, false),
    };
    if let Some(extra) = words.next() {
        return Err(usage(format!("Error: \"{extra}\" is a garbage.")));
    }
    let dev =
        dev.ok_or_else(|| kernel_would_refuse("Not enough information: \"dev\" argument is required."))?;
    let kind = match &what {
        What::Qdisc(r, options) => options.is_some() || r.kind.name().is_some(),
        What::Class(r, _) => r.kind.name().is_some(),
        What::Filter(r, _) => r.kind.name().is_some(),
    };
    if creates && !kind {
        return Err(kernel_would_refuse("Error: add and replace need a kind (such as htb, tbf or u32)."));
    }
    Ok((dev, what, by_speed))
}

/// `[dev D] (root | parent P | ingress | clsact) [handle H] KIND [OPTIONS]`,
/// and whether a rate in percent of the device's speed was taken as 0.
fn parse_qdisc(
    op: TcOp,
    words: &mut Words<'_>,
    dev: &mut Option<String>,
    when: When<'_>,
) -> Result<(What, bool)> {
    let (mut parent, mut handle, mut kind) = (None, None, QdiscKind::Unspecified);
    let (mut options, mut deferred) = (None, false);
    while let Some(word) = words.next() {
        match word {
            "dev" => once(dev, word, name(words.value()?)?)?,
            "root" => once(&mut parent, "parent", Handle::ROOT)?,
            "parent" => once(&mut parent, word, parse_handle("parent", words.value()?)?)?,
            "handle" => once(&mut handle, word, qdisc_handle(words.value()?, "qdisc")?)?,
            // As tc: the parent, the handle `ffff:` and the kind at once.
            "ingress" | "clsact" => {
                once(&mut parent, "parent", Handle::INGRESS)?;
                handle = Some(Handle::INGRESS_QDISC);
                kind = if word == "ingress" { QdiscKind::Ingress } else { QdiscKind::Clsact };
                break;
            }
            other => {
                let mut speed = Speed::new(dev.as_deref(), when);
                match kind_options(other, words, &mut speed)? {
                    Some(k) => options = Some(k),
                    None => kind = qdisc_kind(other, words, &mut speed)?,
                }
                deferred = speed.deferred();
                break;
            }
        }
    }
    // Without a parent, the kernel looks the qdisc up by its handle: it
    // changes or replaces one, but never adds or deletes one.
    let parent = match parent {
        Some(parent) => parent,
        None if matches!(op, TcOp::Change | TcOp::Replace) => Handle::UNSPEC,
        None => {
            return Err(kernel_would_refuse(
                "Error: \"root\", \"parent\", \"ingress\" or \"clsact\" is required.",
            ))
        }
    };
    let request = QdiscRequest { op, ifindex: 0, handle: handle.unwrap_or(Handle::UNSPEC), parent, kind };
    Ok((What::Qdisc(request, options), deferred))
}

/// A qdisc handle as tc's `get_qdisc_handle` reads it: hex `maj`, or
/// `maj:` with anything after the colon ignored (`1:2` is `1:`); tc's
/// `invalid WHAT ID` for anything else.
pub(crate) fn qdisc_handle(s: &str, what: &str) -> Result<Handle> {
    let major = s.split_once(':').map_or(s, |(major, _)| major);
    match u16::from_str_radix(major, 16) {
        Ok(major) => Ok(Handle::new(major, 0)),
        _ if s == "none" => Ok(Handle::UNSPEC),
        _ => Err(bad_value(&format!("{what} ID"), s)),
    }
}

/// The options of a kind whose words nlw reads as tc's parser for it, in
/// the kind's module, with a rate in percent of the device's `speed`;
/// `None` for another kind.
fn kind_options(kind: &str, words: &mut Words<'_>, speed: &mut Speed<'_>) -> Result<Option<KindOptions>> {
    let (kind, payload, nested_flag) = match kind {
        "codel" => ("codel", Some(attributes(qdisc::codel::CODEL_WORDS, words)?), false),
        "fq_codel" => ("fq_codel", Some(attributes(qdisc::codel::FQ_CODEL_WORDS, words)?), false),
        "pie" => ("pie", Some(attributes(qdisc::pie::PIE_WORDS, words)?), false),
        "fq_pie" => ("fq_pie", Some(attributes(qdisc::pie::FQ_PIE_WORDS, words)?), true),
        "fq" => ("fq", Some(attributes(qdisc::fq::WORDS, words)?), false),
        "sfq" => ("sfq", qdisc::sfq::parse(words)?, false),
        "ets" => ("ets", Some(qdisc::ets::parse(words)?), true),
        "cake" => ("cake", Some(qdisc::cake::parse(words)?), false),
        "netem" => ("netem", Some(qdisc::netem::parse(words, speed)?), false),
        "red" => ("red", Some(qdisc::red::parse(words, speed)?), false),
        "prio" => ("prio", Some(qdisc::prio::parse(words)?), false),
        // struct tc_fifo_qopt, as pfifo's and bfifo's; nothing without a limit.
        "pfifo_head_drop" => {
            let options = fifo_limit(kind, words)?.map(|limit| {
                let mut options = vec![0; TC_FIFO_QOPT.size];
                put_field(&TC_FIFO_QOPT, &mut options, "limit", &limit.to_ne_bytes());
                options
            });
            ("pfifo_head_drop", options, false)
        }
        _ => return Ok(None),
    };
    Ok(Some(KindOptions { kind, payload, nested_flag }))
}

/// A qdisc kind and its options, which take the remaining words (tbf's
/// rate in percent of the device's `speed`).
fn qdisc_kind(kind: &str, words: &mut Words<'_>, speed: &mut Speed<'_>) -> Result<QdiscKind<'static>> {
    Ok(match kind {
        "htb" => {
            let mut h = HtbQdisc::default();
            while let Some(word) = words.next() {
                let value = words.value()?;
                match word {
                    // Hexadecimal, as in tc: `default 10` is class 1:10.
                    "default" => h.default_class = hexadecimal(word, value)?,
                    // Decimal, as tc reads htb's numbers (`r2q 010` is ten).
                    "r2q" => h.r2q = decimal(word, value)?,
                    "direct_qlen" => h.direct_qlen = Some(decimal(word, value)?),
                    _ => return Err(what_is(word, "qdisc")),
                }
            }
            QdiscKind::Htb(h)
        }
        "tbf" => QdiscKind::Tbf(parse_tbf(words, speed)?),
        "pfifo" => QdiscKind::Pfifo { limit: fifo_limit(kind, words)? },
        "bfifo" => QdiscKind::Bfifo { limit: fifo_limit(kind, words)? },
        "pfifo_fast" => QdiscKind::PfifoFast,
        other => {
            return Err(kernel_would_refuse(format!(
                "Error: unknown qdisc kind \"{other}\" (nlw knows htb, tbf, pfifo, bfifo, pfifo_head_drop, \
                 pfifo_fast, ingress, clsact, prio, codel, fq_codel, pie, fq_pie, fq, sfq, ets, cake, netem, red)."
            )))
        }
    })
}

/// `[limit N]` of the fifo `kind`, a size as tc reads it (`1k` is 1024
/// packets for pfifo).
fn fifo_limit(kind: &str, words: &mut Words<'_>) -> Result<Option<u32>> {
    let mut limit = None;
    while let Some(word) = words.next() {
        match word {
            "limit" => {
                let value = words.value()?;
                let parsed = size(word, value)
                    .map_err(|_| refused(format!("{kind}: Illegal value for \"limit\": \"{value}\"")))?;
                limit = Some(parsed);
            }
            _ => return Err(refused(format!("{kind}: unknown parameter \"{word}\""))),
        }
    }
    Ok(limit)
}

/// `tbf rate R burst B (latency T | limit L) [peakrate R mtu B]`, as tc
/// 6.1's `tbf_parse_opt` reads them: each once, 0 as none (`latency 0`,
/// `peakrate 0`), `mtu` without a peak rate ignored (tc sizes its rate
/// table with it), what is missing named all at once, a peak rate not
/// above the rate refused as the kernel refuses it; a rate or peak rate in
/// percent of the device's `speed`.
fn parse_tbf(words: &mut Words<'_>, speed: &mut Speed<'_>) -> Result<TbfQdisc> {
    let (mut rate64, mut peak64, mut burst, mut mtu, mut limit, mut latency) = (0u64, 0u64, 0, 0, 0, 0);
    while let Some(word) = words.next() {
        let value = words.value()?;
        let explain1 = format!("tbf: illegal value for \"{word}\": \"{value}\"");
        let illegal = |_| refused(&explain1);
        let duplicate = |what: &str| Err(refused(format!("tbf: duplicate \"{what}\" specification")));
        match word {
            "limit" if limit != 0 => return duplicate(word),
            "limit" if latency != 0 => {
                return Err(refused("tbf: specifying both \"latency\" and \"limit\" is not allowed"))
            }
            "limit" => limit = size(word, value).map_err(illegal)?,
            "latency" | "lat" if latency != 0 => return duplicate("latency"),
            "latency" | "lat" if limit != 0 => {
                return Err(refused("tbf: specifying both \"limit\" and \"/latency\" is not allowed"))
            }
            "latency" | "lat" => latency = time(word, value).map_err(illegal)?,
            "burst" | "buffer" | "maxburst" if burst != 0 => return duplicate("buffer/burst/maxburst"),
            "burst" | "buffer" | "maxburst" => burst = size(word, value).map_err(illegal)?,
            "mtu" | "minburst" if mtu != 0 => return duplicate("mtu/minburst"),
            "mtu" | "minburst" => mtu = size(word, value).map_err(illegal)?,
            "rate" | "peakrate" => {
                let slot = if word == "rate" { &mut rate64 } else { &mut peak64 };
                if *slot != 0 {
                    return duplicate(word);
                }
                *slot = match value.contains('%') {
                    true => speed.rate(value, &explain1)?,
                    false => rate(word, value).map_err(illegal)?,
                };
            }
            _ => return Err(what_is(word, "qdisc")),
        }
    }
    // What the speed gives is read again when the request is prepared.
    if speed.deferred() {
        return Ok(TbfQdisc { rate: 0, burst: 0, limit: 0, peak: None });
    }
    let missing = [
        (rate64 == 0, "tbf: the \"rate\" parameter is mandatory."),
        (burst == 0, "tbf: the \"burst\" parameter is mandatory."),
        (peak64 != 0 && mtu == 0, "tbf: when \"peakrate\" is specified, \"mtu\" must also be specified."),
        (limit == 0 && latency == 0, "tbf: either \"limit\" or \"latency\" is required."),
    ];
    let missing: Vec<&str> = missing.iter().filter(|(missing, _)| *missing).map(|(_, why)| *why).collect();
    if !missing.is_empty() {
        return Err(refused(missing.join("\n")));
    }
    // tc sends it; the kernel refuses it without a word (EINVAL).
    if peak64 != 0 && peak64 <= rate64 {
        return Err(kernel_would_refuse(
            "RTNETLINK answers: Invalid argument (sch_tbf: the peak rate must be above the rate)",
        ));
    }
    let peak = (peak64 != 0).then_some(TbfPeak { rate: peak64, mtu });
    if limit == 0 {
        // What the latency allows, as tc computes it.
        let at = |rate: u64, bytes: u32| rate as f64 * f64::from(latency) / 1e6 + f64::from(bytes);
        let lim = at(rate64, burst);
        limit = peak.map_or(lim, |p| lim.min(at(p.rate, p.mtu))) as u32;
    }
    Ok(TbfQdisc { rate: rate64, burst, limit, peak })
}

/// `[dev D] classid C [parent P | root] [htb OPTIONS | ets OPTIONS]`,
/// and whether a rate in percent of the device's speed was taken as 0.
fn parse_class(
    op: TcOp,
    words: &mut Words<'_>,
    dev: &mut Option<String>,
    when: When<'_>,
) -> Result<(What, bool)> {
    let (mut parent, mut classid, mut kind, mut options) = (None, None, ClassKind::Unspecified, None);
    let mut deferred = false;
    while let Some(word) = words.next() {
        match word {
            "dev" => once(dev, word, name(words.value()?)?)?,
            "root" => once(&mut parent, "parent", Handle::ROOT)?,
            "parent" => once(&mut parent, word, parse_handle("parent", words.value()?)?)?,
            "classid" => once(&mut classid, word, parse_handle("class", words.value()?)?)?,
            "htb" => {
                let mut speed = Speed::new(dev.as_deref(), when);
                let payload = Some(qdisc::htb::parse_class(words, &mut speed)?);
                kind = ClassKind::Other { kind: "htb", options: None };
                options = Some(KindOptions { kind: "htb", payload, nested_flag: false });
                deferred = speed.deferred();
                break;
            }
            "ets" => {
                kind = ClassKind::Other { kind: "ets", options: None };
                let payload = Some(qdisc::ets::parse_class(words)?);
                options = Some(KindOptions { kind: "ets", payload, nested_flag: true });
                break;
            }
            other => {
                return Err(usage(format!(
                    "Error: unknown class kind or keyword \"{other}\" (nlw knows htb and ets)."
                )))
            }
        }
    }
    let classid = classid.ok_or_else(|| kernel_would_refuse("Error: \"classid\" is required."))?;
    let request = ClassRequest { op, ifindex: 0, classid, parent: parent.unwrap_or(Handle::UNSPEC), kind };
    Ok((What::Class(request, options), deferred))
}

/// `[dev D] (parent P | root | ingress | egress) [protocol P] [prio N]
/// [handle H] [chain N] [u32 ...|fw ...|matchall ...]`, the kinds' words
/// read by [`FilterOptions`].
fn parse_filter(op: TcOp, words: &mut Words<'_>, dev: &mut Option<String>) -> Result<What> {
    let (mut parent, mut protocol, mut prio, mut handle, mut chain) = (None, None, None, None, None);
    let mut kind = None;
    while let Some(word) = words.next() {
        match word {
            "dev" => once(dev, word, name(words.value()?)?)?,
            "root" => once(&mut parent, "parent", Handle::ROOT)?,
            "ingress" => once(&mut parent, "parent", INGRESS_HOOK)?,
            "egress" => once(&mut parent, "parent", EGRESS_HOOK)?,
            "parent" => once(&mut parent, word, parse_handle("parent", words.value()?)?)?,
            "protocol" => once(&mut protocol, word, parse_protocol(words.value()?)?)?,
            "prio" | "priority" | "pref" | "preference" => {
                let value = words.value()?;
                let value = integer::<u16>("prio", value).map_err(|_| bad_value("priority value", value))?;
                once(&mut prio, "prio", value)?
            }
            "handle" => once(&mut handle, word, words.value()?)?,
            "chain" => {
                let value = words.value()?;
                let value = integer(word, value).map_err(|_| bad_value("chain index value", value))?;
                once(&mut chain, word, value)?
            }
            // The kind reads the rest, and the handle as it reads one.
            other => match FilterOptions::parse(other, words, handle) {
                Some(parsed) => {
                    kind = Some(parsed?);
                    break;
                }
                None => {
                    return Err(usage(format!(
                        "Error: unknown filter kind or keyword \"{other}\" (nlw knows u32, fw and matchall)."
                    )))
                }
            },
        }
    }
    let (kind, handle, options) = match kind {
        Some((name, handle, options)) => (FilterKind::Other { kind: name, options: None }, handle, options),
        None if handle.is_some() => {
            return Err(usage("Error: \"handle\" needs the filter kind (u32, fw or matchall)."))
        }
        None => (FilterKind::Unspecified, 0, None),
    };
    // tc sends no selector without `match`, and the kernel refuses a new
    // u32 filter without one; nlw's request would carry an empty selector,
    // which matches every packet. Refused as the kernel refuses tc's.
    if op != TcOp::Delete
        && (op == TcOp::Add || handle == 0)
        && options.as_ref().and_then(FilterOptions::u32_matches).is_some_and(<[U32Match]>::is_empty)
    {
        return Err(kernel_would_refuse("Error: cls_u32: Selector not specified (u32 needs a \"match\")."));
    }
    // The options are set when prepared; a delete names only the kind
    // unless options were given.
    let options = options.filter(|o| op != TcOp::Delete || o.given());
    let creates = matches!(op, TcOp::Add | TcOp::Replace);
    let request = FilterRequest {
        op,
        ifindex: 0,
        // None: the device's root qdisc, as tc sends it.
        parent: parent.unwrap_or(Handle::UNSPEC),
        handle,
        prio: prio.unwrap_or(0),
        // tc's default when creating: every protocol.
        protocol: protocol.unwrap_or(if creates { eth_p::ALL } else { 0 }),
        chain,
        kind,
    };
    Ok(What::Filter(request, options))
}

/// A protocol by name (`ip`, `ipv6`, `all`, ...) or number.
pub(crate) fn parse_protocol(s: &str) -> Result<u16> {
    match PROTOCOLS.iter().find(|(_, n)| n.eq_ignore_ascii_case(s)) {
        Some((p, _)) => Ok(*p),
        None => integer("protocol", s).map_err(|_| bad_value("protocol", s)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_and_protocols() {
        assert_eq!(qdisc_handle("1:", "qdisc").unwrap(), Handle::new(1, 0));
        assert_eq!(qdisc_handle("ffff", "qdisc").unwrap(), Handle::new(0xFFFF, 0));
        assert_eq!(qdisc_handle("1:2", "qdisc").unwrap(), Handle::new(1, 0));
        for bad in ["10000:", ":", "x", "1x:"] {
            assert!(qdisc_handle(bad, "qdisc").is_err(), "{bad:?}");
        }
        assert_eq!(parse_protocol("IP").unwrap(), 0x0800);
        assert_eq!(parse_protocol("0x88cc").unwrap(), 0x88CC);
        assert!(parse_protocol("0x10000").is_err());
    }

    /// The limit tc computes from a latency (seen in its requests).
    #[test]
    fn tbf_limit_from_latency() {
        let words: Vec<String> =
            ["rate", "1500kbit", "burst", "10000", "latency", "1500us"].map(String::from).into();
        let t = parse_tbf(&mut Words::new(&words), &mut Speed::new(None, When::Parsing)).unwrap();
        assert_eq!((t.rate, t.burst, t.limit), (187_500, 10_000, 10_281));
    }
}
