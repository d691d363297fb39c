//! The options of the `fq` qdisc (fair queueing with pacing) as tc 6.1's
//! `fq_print_opt` prints them (tc/q_fq.c): text after the qdisc's head,
//! `-j` keys in `options` (rates in bytes per second, sizes in bytes,
//! times in microseconds, `timer_slack` in nanoseconds).
//!
//! ```text
//! qdisc fq 8001: root refcnt 2 limit 10000p flow_limit 100p buckets 1024 orphan_mask 1023 quantum 3028b initial_quantum 15140b low_rate_threshold 550Kbit refill_delay 40ms timer_slack 10us horizon 10s horizon_drop
//! ```

use std::io::Write;

use nlwire::tables::tc::{fq_attrs as fq, FqAttrs};

use crate::sink::Sink;
use crate::tc::options::{Form, Word};
use crate::tc::units::TcFields;
use crate::Result;

/// `fq`'s options, in tc's order; a maximum rate of `~0` (none), a
/// default rate or low-rate threshold of 0 and a CE threshold of `~0`
/// (none) are left out, as tc leaves them.
pub fn print<W: Write>(s: &mut Sink<'_, W>, a: &FqAttrs<'_>) -> Result<()> {
    if let Some(limit) = a.plimit()? {
        s.packets("limit", limit)?;
    }
    if let Some(limit) = a.flow_plimit()? {
        s.packets("flow_limit", limit)?;
    }
    if let Some(log) = a.buckets_log()? {
        let buckets = 1u32.checked_shl(log).unwrap_or(0);
        s.num("buckets", "buckets", &buckets)?;
    }
    if let Some(mask) = a.orphan_mask()? {
        s.num("orphan_mask", "orphan_mask", &mask)?;
    }
    if a.rate_enable()? == Some(0) {
        s.bool("pacing", format_args!("nopacing "), false)?;
    }
    if let Some(quantum) = a.quantum()? {
        s.size("quantum", quantum)?;
    }
    if let Some(quantum) = a.initial_quantum()? {
        s.size("initial_quantum", quantum)?;
    }
    if let Some(rate) = a.flow_max_rate()?.filter(|&rate| rate != u32::MAX) {
        s.rate("maxrate", rate.into())?;
    }
    if let Some(rate) = a.flow_default_rate()?.filter(|&rate| rate != 0) {
        s.rate("defrate", rate.into())?;
    }
    if let Some(rate) = a.low_rate_threshold()?.filter(|&rate| rate != 0) {
        s.rate("low_rate_threshold", rate.into())?;
    }
    if let Some(delay) = a.flow_refill_delay()? {
        s.time("refill_delay", delay)?;
    }
    if let Some(threshold) = a.ce_threshold()?.filter(|&t| t != u32::MAX) {
        s.time("ce_threshold", threshold)?;
    }
    if let Some(slack) = a.timer_slack()? {
        s.time64("timer_slack", slack)?;
    }
    if let Some(horizon) = a.horizon()? {
        s.time("horizon", horizon)?;
    }
    match a.horizon_drop()? {
        Some(0) => s.null("horizon_cap", "horizon_cap")?,
        Some(_) => s.null("horizon_drop", "horizon_drop")?,
        None => {}
    }
    Ok(())
}

/// `fq`'s words, as tc/q_fq.c reads and writes them.
pub const WORDS: &[Word] = &[
    Word { word: "buckets", attr: fq::BUCKETS_LOG, form: Form::Log2 },
    Word { word: "limit", attr: fq::PLIMIT, form: Form::Number },
    Word { word: "flow_limit", attr: fq::FLOW_PLIMIT, form: Form::Number },
    Word { word: "quantum", attr: fq::QUANTUM, form: Form::Number },
    Word { word: "initial_quantum", attr: fq::INITIAL_QUANTUM, form: Form::Number },
    Word { word: "pacing", attr: fq::RATE_ENABLE, form: Form::Set(1) },
    Word { word: "nopacing", attr: fq::RATE_ENABLE, form: Form::Set(0) },
    Word { word: "maxrate", attr: fq::FLOW_MAX_RATE, form: Form::Rate },
    Word { word: "low_rate_threshold", attr: fq::LOW_RATE_THRESHOLD, form: Form::Rate },
    Word { word: "defrate", attr: fq::FLOW_DEFAULT_RATE, form: Form::Rate },
    Word { word: "refill_delay", attr: fq::FLOW_REFILL_DELAY, form: Form::AnyTime },
    Word { word: "orphan_mask", attr: fq::ORPHAN_MASK, form: Form::Number },
    Word { word: "ce_threshold", attr: fq::CE_THRESHOLD, form: Form::AnyTime },
    Word { word: "timer_slack", attr: fq::TIMER_SLACK, form: Form::TimeNs },
    Word { word: "horizon", attr: fq::HORIZON, form: Form::AnyTime },
    Word { word: "horizon_drop", attr: fq::HORIZON_DROP, form: Form::SetU8(1) },
    Word { word: "horizon_cap", attr: fq::HORIZON_DROP, form: Form::SetU8(0) },
];
