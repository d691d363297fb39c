//! `sample` (tc/m_sample.c): one packet in N sent to a psample group.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{ActSampleAttrs, TcGact};

use super::tail;
use crate::sink::Sink;
use crate::Result;

/// `sample`'s options, `None` without its parameters, rate and group.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    let sample = ActSampleAttrs(options);
    match (sample.parms()?, sample.rate()?, sample.psample_group()?) {
        (Some(p), Some(rate), Some(group)) => print_sample(s, &sample, p, rate, group).map(Some),
        _ => Ok(None),
    }
}

/// `sample rate 1/100 group 12 trunc_size 128 pipe`, as tc 6.1's
/// `print_sample`, and the counts line.
fn print_sample<W: Write>(
    s: &mut Sink<'_, W>,
    sample: &ActSampleAttrs<'_>,
    p: &TcGact,
    rate: u32,
    group: u32,
) -> Result<()> {
    s.name("kind", "", "sample")?;
    s.fmt_num("rate", format_args!("rate 1/{rate} "), rate)?;
    s.fmt_num("group", format_args!("group {group}"), group)?;
    if let Some(size) = sample.trunc_size()? {
        s.fmt_num("trunc_size", format_args!(" trunc_size {size}"), size)?;
    }
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}
