//! The `ets` qdisc (enhanced transmission selection: strict bands, then
//! bands sharing by quanta) and its classes, as tc 6.1's `ets_print_opt`
//! and `ets_print_copt` print them (tc/q_ets.c): text after the head,
//! `-j` keys in `options`.
//!
//! ```text
//! qdisc ets 8001: root refcnt 2 bands 4 strict 1 quanta 3000 2000 1000 priomap 3 2 1 0 3 3 3 3 3 3 3 3 3 3 3 3
//! class ets 8001:2 parent 8001: quantum 3000
//! ```

use std::io::Write;

use nlwire::tables::tc::EtsAttrs;

use crate::sink::Sink;
use crate::Result;

/// The qdisc's bands, strict bands, quanta and priority map. Without a
/// band count or a map nothing is printed, as tc prints nothing.
pub fn print<W: Write>(s: &mut Sink<'_, W>, a: &EtsAttrs<'_>) -> Result<()> {
    let (Some(bands), Some(priomap)) = (a.nbands()?, a.priomap()?) else { return Ok(()) };
    s.num("bands", "bands", &bands)?;
    if let Some(strict) = a.nstrict()? {
        s.num("strict", "strict", &strict)?;
    }
    if let Some(quanta) = a.quanta()? {
        list(s, "quanta", quanta.quanta_band().map(|q| q.map(u64::from)))?;
    }
    list(s, "priomap", priomap.priomap_band().map(|b| b.map(u64::from)))
}

/// A class's quantum, when it has one (strict bands have none).
pub fn print_class<W: Write>(s: &mut Sink<'_, W>, a: &EtsAttrs<'_>) -> Result<()> {
    if let Some(quantum) = a.quanta_band().next().transpose()? {
        s.num("quantum", "quantum", &quantum)?;
    }
    Ok(())
}

/// `KEY N N N ` in text, `"KEY": [N, N, N]` in JSON.
fn list<W: Write>(
    s: &mut Sink<'_, W>,
    key: &str,
    values: impl Iterator<Item = nlwire::Result<u64>>,
) -> Result<()> {
    s.open_array(key)?;
    s.fmt_text(format_args!("{key}"))?;
    for value in values {
        let value = value?;
        match s {
            Sink::Text(out) => write!(out, " {value}")?,
            Sink::Json(j) => j.raw(format_args!("{value}"))?,
        }
    }
    s.fmt_text(format_args!(" "))?;
    s.close_array()?;
    Ok(())
}
