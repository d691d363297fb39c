//! The PIE qdiscs (proportional integral controller enhanced), `pie` and
//! `fq_pie`, as tc 6.1's `pie_print_opt` and `fq_pie_print_opt` print
//! them (tc/q_pie.c, tc/q_fq_pie.c): text after the qdisc's head, `-j`
//! keys in `options`, times in microseconds and sizes in bytes there.
//!
//! ```text
//! qdisc pie 8001: root refcnt 2 limit 1000p target 15ms tupdate 15ms alpha 2 beta 20
//! qdisc fq_pie 8001: root refcnt 2 limit 10240p flows 1024 target 15ms tupdate 15ms alpha 2 beta 20 quantum 1514b memory_limit 32Mb ecn_prob 10
//! ```

use std::io::Write;

use nlwire::tables::tc::{fq_pie_attrs as fq_pie, pie_attrs as pie, FqPieAttrs, PieAttrs};

use crate::sink::Sink;
use crate::tc::options::{Form, Word};
use crate::tc::units::TcFields;
use crate::Result;

/// `pie`: `limit`, `target`, `tupdate`, `alpha`, `beta` and the flags set.
pub fn pie<W: Write>(s: &mut Sink<'_, W>, a: &PieAttrs<'_>) -> Result<()> {
    if let Some(limit) = a.limit()? {
        s.packets("limit", limit)?;
    }
    control(s, [a.target()?, a.tupdate()?, a.alpha()?, a.beta()?])?;
    flags(s, [a.ecn()?, a.bytemode()?, a.dq_rate_estimator()?])
}

/// `fq_pie`: pie's options per flow, with `flows`, `quantum`,
/// `memory_limit` and `ecn_prob`.
pub fn fq_pie<W: Write>(s: &mut Sink<'_, W>, a: &FqPieAttrs<'_>) -> Result<()> {
    if let Some(limit) = a.limit()? {
        s.packets("limit", limit)?;
    }
    if let Some(flows) = a.flows()? {
        s.num("flows", "flows", &flows)?;
    }
    control(s, [a.target()?, a.tupdate()?, a.alpha()?, a.beta()?])?;
    if let Some(quantum) = a.quantum()? {
        s.size("quantum", quantum)?;
    }
    if let Some(memory_limit) = a.memory_limit()? {
        s.size("memory_limit", memory_limit)?;
    }
    if let Some(ecn_prob) = a.ecn_prob()? {
        s.num("ecn_prob", "ecn_prob", &ecn_prob)?;
    }
    flags(s, [a.ecn()?, a.bytemode()?, a.dq_rate_estimator()?])
}

/// The controller: `target` and `tupdate` (times), `alpha` and `beta`.
fn control<W: Write>(s: &mut Sink<'_, W>, [target, tupdate, alpha, beta]: [Option<u32>; 4]) -> Result<()> {
    for (key, time) in [("target", target), ("tupdate", tupdate)] {
        if let Some(time) = time {
            s.time(key, time)?;
        }
    }
    for (key, gain) in [("alpha", alpha), ("beta", beta)] {
        if let Some(gain) = gain {
            s.num(key, key, &gain)?;
        }
    }
    Ok(())
}

/// `ecn`, `bytemode`, `dq_rate_estimator`, each when set.
fn flags<W: Write>(s: &mut Sink<'_, W>, [ecn, bytemode, dq_rate_estimator]: [Option<u32>; 3]) -> Result<()> {
    s.switch("ecn", ecn)?;
    s.switch("bytemode", bytemode)?;
    s.switch("dq_rate_estimator", dq_rate_estimator)?;
    Ok(())
}

/// `pie`'s words, as tc/q_pie.c reads and writes them.
pub const PIE_WORDS: &[Word] = &[
    Word { word: "limit", attr: pie::LIMIT, form: Form::Count { max: u32::MAX } },
    Word { word: "tupdate", attr: pie::TUPDATE, form: Form::Time },
    Word { word: "target", attr: pie::TARGET, form: Form::Time },
    Word { word: "alpha", attr: pie::ALPHA, form: Form::Count { max: 32 } },
    Word { word: "beta", attr: pie::BETA, form: Form::Count { max: 32 } },
    Word { word: "ecn", attr: pie::ECN, form: Form::Set(1) },
    Word { word: "noecn", attr: pie::ECN, form: Form::Set(0) },
    Word { word: "bytemode", attr: pie::BYTEMODE, form: Form::Set(1) },
    Word { word: "nobytemode", attr: pie::BYTEMODE, form: Form::Set(0) },
    Word { word: "dq_rate_estimator", attr: pie::DQ_RATE_ESTIMATOR, form: Form::Set(1) },
    Word { word: "no_dq_rate_estimator", attr: pie::DQ_RATE_ESTIMATOR, form: Form::Set(0) },
];

/// `fq_pie`'s words, as tc/q_fq_pie.c reads and writes them (in a nest
/// marked `NLA_F_NESTED`).
pub const FQ_PIE_WORDS: &[Word] = &[
    Word { word: "limit", attr: fq_pie::LIMIT, form: Form::Count { max: u32::MAX } },
    Word { word: "flows", attr: fq_pie::FLOWS, form: Form::Count { max: u32::MAX } },
    Word { word: "target", attr: fq_pie::TARGET, form: Form::Time },
    Word { word: "tupdate", attr: fq_pie::TUPDATE, form: Form::Time },
    Word { word: "alpha", attr: fq_pie::ALPHA, form: Form::Count { max: 32 } },
    Word { word: "beta", attr: fq_pie::BETA, form: Form::Count { max: 32 } },
    Word { word: "quantum", attr: fq_pie::QUANTUM, form: Form::Size },
    Word { word: "memory_limit", attr: fq_pie::MEMORY_LIMIT, form: Form::Size },
    Word { word: "ecn_prob", attr: fq_pie::ECN_PROB, form: Form::Count { max: 99 } },
    Word { word: "ecn", attr: fq_pie::ECN, form: Form::Set(1) },
    Word { word: "noecn", attr: fq_pie::ECN, form: Form::Set(0) },
    Word { word: "bytemode", attr: fq_pie::BYTEMODE, form: Form::Set(1) },
    Word { word: "nobytemode", attr: fq_pie::BYTEMODE, form: Form::Set(0) },
    Word { word: "dq_rate_estimator", attr: fq_pie::DQ_RATE_ESTIMATOR, form: Form::Set(1) },
    Word { word: "no_dq_rate_estimator", attr: fq_pie::DQ_RATE_ESTIMATOR, form: Form::Set(0) },
];
