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
use nlwire::tables::tc::{NetemAttrs, TcNetemQopt};

use crate::sink::Sink;
use crate::tc_units::{g6, tick_to_time, RateText, Time64Text, TimeText};
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
