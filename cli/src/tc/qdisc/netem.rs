//! The options of the `netem` qdisc (network emulation: delay, loss,
//! duplication, reordering, corruption, rate, slots) as tc 6.1's
//! `netem_print_opt` prints them (tc/q_netem.c): text after the qdisc's
//! head, `-j` keys in `options`. As tc 6.1, the delay and jitter are the
//! ticks of `struct tc_netem_qopt` (not `TCA_NETEM_LATENCY64`).
//!
//! ```text
//! qdisc netem 8001: root refcnt 2 limit 1000 delay 100ms  10ms 25% loss 1% duplicate 0.5% reorder 20% 50% corrupt 0.1% rate 1Mbit ecn  gap 5
//! ```
//!
//! In JSON, probabilities are fractions (`0.01`), times seconds, each
//! group an object (`"delay": {"delay": 0.1, "jitter": 0.01,
//! "correlation": 0.25}`).

use std::io::Write;

use nlwire::attr::{Attr, Attrs};
use nlwire::tables::tc::{netem_attrs as netem, NetemAttrs, TcNetemQopt};
use nlwire::tables::tc::{TC_NETEM_CORR, TC_NETEM_CORRUPT, TC_NETEM_QOPT, TC_NETEM_RATE, TC_NETEM_REORDER};

use crate::args::Words;
use crate::sink::Sink;
use crate::tc::options::{integer, put_attr, put_field, rate, refused, size, time, what_is};
use crate::tc::units::{g6, tick_to_time, time_to_tick, RateText, Time64Text, TimeText};
use crate::Result;

/// `netem`'s options: `struct tc_netem_qopt`, then attributes. A payload
/// shorter than the struct prints nothing, as tc prints nothing of it.
pub fn print<W: Write>(s: &mut Sink<'_, W>, options: &Attr<'_>) -> Result<()> {
    let Ok(q) = options.as_struct::<TcNetemQopt>() else { return Ok(()) };
    let rest = options.payload().get(size_of::<TcNetemQopt>()..).unwrap_or_default();
    let a = NetemAttrs(Attrs::new(rest));
    let corr = a.corr()?;
    let limit = q.limit.get();
    s.fmt_num("limit", format_args!("limit {limit}"), limit)?;
    let (latency, jitter) = (q.latency.get(), q.jitter.get());
    if latency != 0 {
        s.open("delay")?;
        match s {
            Sink::Text(out) => {
                write!(out, " delay {}", TimeText(tick_to_time(latency)))?;
                if jitter != 0 {
                    write!(out, "  {}", TimeText(tick_to_time(jitter)))?;
                }
            }
            Sink::Json(_) => {
                seconds(s, "delay", f64::from(tick_to_time(latency)) / 1e6)?;
                seconds(s, "jitter", f64::from(tick_to_time(jitter)) / 1e6)?;
            }
        }
        let delay_corr = corr.map_or(0, |c| c.delay_corr.get());
        correlation(s, jitter != 0 && delay_corr != 0, delay_corr)?;
        s.close()?;
    }
    let loss_corr = corr.map_or(0, |c| c.loss_corr.get());
    chance(s, ("loss-random", "loss"), q.loss.get(), loss_corr)?;
    if let Some(loss) = a.loss()? {
        if let Some(gi) = loss.gi()? {
            s.open("loss-state")?;
            percent(s, "p13", " loss state p13", gi.p13.get())?;
            percent(s, "p31", " p31", gi.p31.get())?;
            percent(s, "p32", " p32", gi.p32.get())?;
            percent(s, "p23", " p23", gi.p23.get())?;
            percent(s, "p14", " p14", gi.p14.get())?;
            s.close()?;
        }
        if let Some(ge) = loss.ge()? {
            s.open("loss-gemodel")?;
            percent(s, "p", " loss gemodel p", ge.p.get())?;
            percent(s, "r", " r", ge.r.get())?;
            percent(s, "1-h", " 1-h", u32::MAX - ge.h.get())?;
            percent(s, "1-k", " 1-k", ge.k1.get())?;
            s.close()?;
        }
    }
    chance(s, ("duplicate", "duplicate"), q.duplicate.get(), corr.map_or(0, |c| c.dup_corr.get()))?;
    if let Some(r) = a.reorder()? {
        chance(s, ("reorder", "reorder"), r.probability.get(), r.correlation.get())?;
    }
    if let Some(c) = a.corrupt()? {
        chance(s, ("corrupt", "corrupt"), c.probability.get(), c.correlation.get())?;
    }
    if let Some(rate) = a.rate()?.filter(|r| r.rate.get() != 0) {
        s.open("rate")?;
        let bytes = a.rate64()?.filter(|&r| r != 0).unwrap_or(rate.rate.get().into());
        s.fmt_num("rate", format_args!(" rate {}", RateText(bytes)), bytes)?;
        int_if_set(s, "packetoverhead", rate.packet_overhead.get().into())?;
        int_if_set(s, "cellsize", rate.cell_size.get().into())?;
        int_if_set(s, "celloverhead", rate.cell_overhead.get().into())?;
        s.close()?;
    }
    if let Some(slot) = a.slot()? {
        s.open("slot")?;
        let (first, second) = match slot.dist_jitter.get() > 0 {
            true => ((" slot distribution", "distribution", slot.dist_delay), ("jitter", slot.dist_jitter)),
            false => ((" slot", "min-delay", slot.min_delay), ("max-delay", slot.max_delay)),
        };
        time64(s, first.1, first.0, first.2.get())?;
        time64(s, second.0, "", second.1.get())?;
        int_if_set(s, "packets", slot.max_packets.get().into())?;
        int_if_set(s, "bytes", slot.max_bytes.get().into())?;
        s.close()?;
    }
    // tc tests whether the attribute is there, not its value.
    let ecn = a.ecn()?.is_some();
    s.bool("ecn", format_args!("{}", if ecn { " ecn " } else { "" }), ecn)?;
    let gap = q.gap.get();
    match gap {
        0 => s.fmt_num("gap", format_args!(""), gap)?,
        _ => s.fmt_num("gap", format_args!(" gap {gap}"), gap)?,
    }
    Ok(())
}

/// A chance and its correlation, when the chance is not 0: the object
/// `group` with `key` and `correlation`; text ` KEY 1% 10%` (the
/// correlation when not 0).
fn chance<W: Write>(
    s: &mut Sink<'_, W>,
    (group, key): (&str, &str),
    probability: u32,
    corr: u32,
) -> Result<()> {
    if probability == 0 {
        return Ok(());
    }
    s.open(group)?;
    percent(s, key, &format!(" {key}"), probability)?;
    correlation(s, corr != 0, corr)?;
    s.close()?;
    Ok(())
}

/// A probability out of `u32::MAX`: text `LABEL 1%` (`%g` of the
/// percentage), JSON the fraction.
fn percent<W: Write>(s: &mut Sink<'_, W>, key: &str, label: &str, value: u32) -> Result<()> {
    let fraction = f64::from(value) / f64::from(u32::MAX);
    let (text, json) = (g6(100.0 * fraction), g6(fraction));
    s.raw(key, format_args!("{label} {text}%"), format_args!("{json}"))?;
    Ok(())
}

/// tc's `print_corr`: text ` 25%` when `shown`; JSON `"correlation"` always.
fn correlation<W: Write>(s: &mut Sink<'_, W>, shown: bool, value: u32) -> Result<()> {
    match (&s, shown) {
        (Sink::Text(_), false) => Ok(()),
        _ => percent(s, "correlation", "", value),
    }
}

/// A time in seconds: JSON only (`%g`).
fn seconds<W: Write>(s: &mut Sink<'_, W>, key: &str, value: f64) -> Result<()> {
    s.raw(key, format_args!(""), format_args!("{}", g6(value)))?;
    Ok(())
}

/// A slot time in nanoseconds: text `LABEL 2ms`, JSON seconds.
fn time64<W: Write>(s: &mut Sink<'_, W>, key: &str, label: &str, ns: i64) -> Result<()> {
    let seconds = g6(ns as f64 / 1e9);
    s.raw(key, format_args!("{label} {}", Time64Text(ns)), format_args!("{seconds}"))?;
    Ok(())
}

/// tc's `PRINT_INT_OPT`: text ` KEY N` when not 0; JSON always.
fn int_if_set<W: Write>(s: &mut Sink<'_, W>, key: &str, value: i64) -> Result<()> {
    match value {
        0 => s.fmt_num(key, format_args!(""), value)?,
        _ => s.fmt_num(key, format_args!(" {key} {value}"), value)?,
    }
    Ok(())
}

/// netem's words, in the order tc/q_netem.c tries them: a word may be
/// shortened to any prefix (`del` is `delay`), the first it fits wins.
const WORDS: [&str; 13] = [
    "limit",
    "latency",
    "delay",
    "loss",
    "drop",
    "ecn",
    "reorder",
    "corrupt",
    "gap",
    "duplicate",
    "distribution",
    "rate",
    "slot",
];

/// tc's `explain1`: `Illegal "WHAT"`.
fn explain1(what: &str) -> crate::CliError {
    refused(format!("Illegal \"{what}\""))
}

/// `netem [limit PACKETS] [delay TIME [JITTER [CORRELATION]]] [loss
/// [random] PERCENT [CORRELATION]] [ecn] [reorder PERCENT [CORRELATION]
/// [gap N]] [corrupt PERCENT [CORRELATION]] [duplicate PERCENT
/// [CORRELATION]] [rate RATE [PACKETOVERHEAD [CELLSIZE
/// [CELLOVERHEAD]]]]`, as tc/q_netem.c reads them: `struct
/// tc_netem_qopt`, then the attributes tc adds. The loss models `state`
/// and `gemodel`, delay distributions, slots and rates in percent are
/// refused: nlw does not take them.
pub fn parse(words: &mut Words<'_>) -> Result<Vec<u8>> {
    let mut qopt = vec![0u8; TC_NETEM_QOPT.size];
    let (mut corr, mut reorder, mut corrupt, mut rate_opt) = (
        vec![0u8; TC_NETEM_CORR.size],
        vec![0u8; TC_NETEM_REORDER.size],
        vec![0u8; TC_NETEM_CORRUPT.size],
        vec![0u8; TC_NETEM_RATE.size],
    );
    let (mut with_corr, mut with_reorder, mut with_corrupt, mut ecn) = (false, false, false, false);
    let (mut limit, mut latency, mut jitter, mut loss, mut gap, mut duplicate) = (1000, 0, 0, 0, 0, 0);
    let (mut reorder_probability, mut rate_bps) = (0, None);
    // tc's NEXT_IS_NUMBER: whether the next word starts with a digit.
    let number_next =
        |words: &Words<'_>| words.peek().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let signed_next = |words: &Words<'_>| {
        words.peek().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '-'))
    };
    while let Some(word) = words.next() {
        let keyword = WORDS.iter().find(|w| !word.is_empty() && w.starts_with(word)).copied();
        match keyword.unwrap_or(word) {
            "limit" => limit = size("limit", words.value(word)?).map_err(|_| explain1("limit"))?,
            "latency" | "delay" => {
                latency = ticks(words.value(word)?)?;
                if number_next(words) {
                    jitter = ticks(words.value(word)?)?;
                    if number_next(words) {
                        with_corr = true;
                        let value = read_chance(words.value(word)?).ok_or_else(|| explain1("latency"))?;
                        put_field(&TC_NETEM_CORR, &mut corr, "delay_corr", &value.to_ne_bytes());
                    }
                }
            }
            "loss" | "drop" => {
                if loss > 0 {
                    return Err(explain1("duplicate loss argument\n"));
                }
                let mut model = words.value(word)?;
                if model == "random" {
                    model = words.value(model)?;
                } else if !model.starts_with(|c: char| c.is_ascii_digit()) {
                    return Err(match model {
                        "state" | "gemodel" => {
                            refused(format!("Error: nlw does not take netem's loss {model}."))
                        }
                        other => refused(format!("Unknown loss parameter: {other}")),
                    });
                }
                loss = read_chance(model).ok_or_else(|| explain1("loss percent"))?;
                if number_next(words) {
                    with_corr = true;
                    let value =
                        read_chance(words.value(word)?).ok_or_else(|| explain1("loss correlation"))?;
                    put_field(&TC_NETEM_CORR, &mut corr, "loss_corr", &value.to_ne_bytes());
                }
            }
            "ecn" => ecn = true,
            "reorder" | "corrupt" => {
                let what = keyword.unwrap_or(word);
                let (present, fields, spec) = if what == "reorder" {
                    (&mut with_reorder, &mut reorder, &TC_NETEM_REORDER)
                } else {
                    (&mut with_corrupt, &mut corrupt, &TC_NETEM_CORRUPT)
                };
                *present = true;
                let probability = read_chance(words.value(word)?).ok_or_else(|| explain1(what))?;
                put_field(spec, fields, "probability", &probability.to_ne_bytes());
                if what == "reorder" {
                    reorder_probability = probability;
                }
                if number_next(words) {
                    with_corr = true;
                    let value = read_chance(words.value(word)?).ok_or_else(|| explain1(what))?;
                    put_field(spec, fields, "correlation", &value.to_ne_bytes());
                }
            }
            "gap" => gap = integer("gap", words.value(word)?).map_err(|_| explain1("gap"))?,
            "duplicate" => {
                duplicate = read_chance(words.value(word)?).ok_or_else(|| explain1("duplicate"))?;
                // Read, and never sent: tc leaves TCA_NETEM_CORR out for it.
                if number_next(words) {
                    let value = read_chance(words.value(word)?).ok_or_else(|| explain1("duplicate"))?;
                    put_field(&TC_NETEM_CORR, &mut corr, "dup_corr", &value.to_ne_bytes());
                }
            }
            "rate" => {
                let value = words.value(word)?;
                if value.contains('%') {
                    return Err(refused("Error: nlw does not take netem's rate in percent."));
                }
                rate_bps = Some(rate("rate", value).map_err(|_| explain1("rate"))?);
                for (field, signed) in
                    [("packet_overhead", true), ("cell_size", false), ("cell_overhead", true)]
                {
                    if !(if signed { signed_next(words) } else { number_next(words) }) {
                        continue;
                    }
                    let value = words.value(word)?;
                    let parsed = match signed {
                        true => crate::args::signed(value).map(|v| v as u32),
                        false => integer::<u32>("rate", value).ok(),
                    };
                    let parsed = parsed.ok_or_else(|| explain1("rate"))?;
                    put_field(&TC_NETEM_RATE, &mut rate_opt, field, &parsed.to_ne_bytes());
                }
            }
            "distribution" | "slot" => {
                return Err(refused(format!("Error: nlw does not take netem's {}.", keyword.unwrap_or(word))))
            }
            _ => return Err(what_is(word, "qdisc")),
        }
    }
    if reorder_probability != 0 {
        if latency == 0 {
            return Err(refused("reordering not possible without specifying some delay"));
        }
        gap = gap.max(1);
    } else if gap > 0 {
        return Err(refused("gap specified without reorder probability"));
    }
    if ecn && loss == 0 {
        return Err(refused("ecn requested without loss model"));
    }
    for (field, value) in [
        ("latency", latency),
        ("limit", limit),
        ("loss", loss),
        ("gap", gap),
        ("duplicate", duplicate),
        ("jitter", jitter),
    ] {
        put_field(&TC_NETEM_QOPT, &mut qopt, field, &value.to_ne_bytes());
    }
    if with_corr {
        qopt.extend(put_attr(netem::CORR, &corr));
    }
    if with_reorder {
        qopt.extend(put_attr(netem::REORDER, &reorder));
    }
    if ecn {
        qopt.extend(put_attr(netem::ECN, &1u32.to_ne_bytes()));
    }
    if with_corrupt {
        qopt.extend(put_attr(netem::CORRUPT, &corrupt));
    }
    if let Some(bps) = rate_bps {
        // Above 32 bits, the rate goes in TCA_NETEM_RATE64 and the
        // struct's says ~0.
        let low = u32::try_from(bps).unwrap_or_else(|_| {
            qopt.extend(put_attr(netem::RATE64, &bps.to_ne_bytes()));
            u32::MAX
        });
        put_field(&TC_NETEM_RATE, &mut rate_opt, "rate", &low.to_ne_bytes());
        qopt.extend(put_attr(netem::RATE, &rate_opt));
    }
    Ok(qopt)
}

/// tc's `get_ticks`: a time as scheduler ticks, refused above 32 bits.
fn ticks(value: &str) -> Result<u32> {
    let us = time("latency", value).map_err(|_| explain1("latency"))?;
    time_to_tick(us).ok_or_else(|| refused(format!("Illegal {us} time (too large)")))
}

/// tc's `get_percent`: `PERCENT[%]` (0 to 100) as a fraction of
/// `u32::MAX`, rounded to the nearest, ties to even (C's `rint`).
fn read_chance(value: &str) -> Option<u32> {
    let number = value.strip_suffix('%').unwrap_or(value);
    let fraction = if number.is_empty() { 0.0 } else { number.parse::<f64>().ok()? / 100.0 };
    if !(0.0..=1.0).contains(&fraction) {
        return None;
    }
    Some((fraction * f64::from(u32::MAX)).round_ties_even() as u32)
}
