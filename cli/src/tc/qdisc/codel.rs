//! The options of the CoDel qdiscs, `codel` and `fq_codel`, as tc 6.1's
//! `codel_print_opt` and `fq_codel_print_opt` print them (tc/q_codel.c,
//! tc/q_fq_codel.c): text after the qdisc's head, `-j` keys in `options`,
//! times in microseconds and sizes in bytes there.
//!
//! ```text
//! qdisc fq_codel 0: root refcnt 2 limit 10240p flows 1024 quantum 1514 target 5ms interval 100ms memory_limit 32Mb ecn drop_batch 64
//! qdisc codel 8001: root refcnt 2 limit 1000p target 5ms interval 100ms
//! ```

use std::io::Write;

use nlwire::tables::tc::{codel_attrs as codel, fq_codel_attrs as fq_codel, CodelAttrs, FqCodelAttrs};

use crate::sink::Sink;
use crate::tc::options::{Form, Word};
use crate::tc::units::{Hex0x, TcFields};
use crate::Result;

/// `codel`: `limit 1000p target 5ms [ce_threshold 1ms] interval 100ms [ecn]`.
pub fn codel<W: Write>(s: &mut Sink<'_, W>, a: &CodelAttrs<'_>) -> Result<()> {
    if let Some(limit) = a.limit()? {
        s.packets("limit", limit)?;
    }
    if let Some(target) = a.target()? {
        s.time("target", target)?;
    }
    if let Some(threshold) = a.ce_threshold()? {
        s.time("ce_threshold", threshold)?;
    }
    if let Some(interval) = a.interval()? {
        s.time("interval", interval)?;
    }
    s.switch("ecn", a.ecn()?)?;
    Ok(())
}

/// `fq_codel`: codel's options per flow, with `flows`, `quantum`, the CE
/// threshold's selector, `memory_limit` and `drop_batch`.
pub fn fq_codel<W: Write>(s: &mut Sink<'_, W>, a: &FqCodelAttrs<'_>) -> Result<()> {
    if let Some(limit) = a.limit()? {
        s.packets("limit", limit)?;
    }
    if let Some(flows) = a.flows()? {
        s.num("flows", "flows", &flows)?;
    }
    if let Some(quantum) = a.quantum()? {
        s.num("quantum", "quantum", &quantum)?;
    }
    if let Some(target) = a.target()? {
        s.time("target", target)?;
    }
    if let Some(threshold) = a.ce_threshold()? {
        s.time("ce_threshold", threshold)?;
    }
    let selector = a.ce_threshold_selector()?.unwrap_or(0);
    let mask = a.ce_threshold_mask()?.unwrap_or(0);
    if selector != 0 || mask != 0 {
        let (selector_text, mask_text) = (Hex0x(selector.into()), Hex0x(mask.into()));
        s.fmt_num("ce_threshold_selector", format_args!("ce_threshold_selector {selector_text}"), selector)?;
        s.fmt_num("ce_threshold_mask", format_args!("/{mask_text} "), mask)?;
    }
    if let Some(interval) = a.interval()? {
        s.time("interval", interval)?;
    }
    if let Some(memory_limit) = a.memory_limit()? {
        s.size("memory_limit", memory_limit)?;
    }
    s.switch("ecn", a.ecn()?)?;
    if let Some(batch) = a.drop_batch_size()?.filter(|&batch| batch != 0) {
        s.num("drop_batch", "drop_batch", &batch)?;
    }
    Ok(())
}

/// `codel [limit PACKETS] [target TIME] [interval TIME] [ecn | noecn]
/// [ce_threshold TIME]`, as tc/q_codel.c reads and writes them.
pub const CODEL_WORDS: &[Word] = &[
    Word { word: "limit", attr: codel::LIMIT, form: Form::Count { max: u32::MAX } },
    Word { word: "interval", attr: codel::INTERVAL, form: Form::Time },
    Word { word: "target", attr: codel::TARGET, form: Form::Time },
    Word { word: "ecn", attr: codel::ECN, form: Form::Set(1) },
    Word { word: "noecn", attr: codel::ECN, form: Form::Set(0) },
    Word { word: "ce_threshold", attr: codel::CE_THRESHOLD, form: Form::AnyTime },
];

/// `fq_codel`'s words, as tc/q_fq_codel.c reads and writes them.
pub const FQ_CODEL_WORDS: &[Word] = &[
    Word { word: "limit", attr: fq_codel::LIMIT, form: Form::Count { max: u32::MAX } },
    Word { word: "flows", attr: fq_codel::FLOWS, form: Form::Count { max: u32::MAX } },
    Word { word: "quantum", attr: fq_codel::QUANTUM, form: Form::Count { max: u32::MAX } },
    Word { word: "interval", attr: fq_codel::INTERVAL, form: Form::Time },
    Word { word: "target", attr: fq_codel::TARGET, form: Form::Time },
    Word { word: "ecn", attr: fq_codel::ECN, form: Form::Set(1) },
    Word { word: "noecn", attr: fq_codel::ECN, form: Form::Set(0) },
    Word { word: "ce_threshold", attr: fq_codel::CE_THRESHOLD, form: Form::AnyTime },
    Word {
        word: "ce_threshold_selector",
        attr: fq_codel::CE_THRESHOLD_MASK,
        form: Form::MaskedU8 { value_attr: fq_codel::CE_THRESHOLD_SELECTOR },
    },
    Word { word: "memory_limit", attr: fq_codel::MEMORY_LIMIT, form: Form::AnySize },
    Word { word: "drop_batch", attr: fq_codel::DROP_BATCH_SIZE, form: Form::Count { max: u32::MAX } },
];
