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

use nlwire::tables::tc::{FqPieAttrs, PieAttrs};

use crate::sink::Sink;
use crate::tc_units::TcFields;
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
