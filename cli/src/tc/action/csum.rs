//! `csum` (tc/m_csum.c): the checksums recomputed.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{ActCsumAttrs, TcCsum, TC_CSUM_UPDATE_FLAGS_NAMES};

use super::{control_action, counts, Verdict};
use crate::sink::Sink;
use crate::Result;

/// `csum`'s options, `None` without `TCA_CSUM_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    ActCsumAttrs(options).parms()?.map(|p| print_csum(s, p)).transpose()
}

/// `csum (iph, tcp) action pipe`, then `index N ref N bind N`, as tc
/// 6.1's `print_csum`; no flag at all reads `?empty`.
fn print_csum<W: Write>(s: &mut Sink<'_, W>, p: &TcCsum) -> Result<()> {
    s.name("kind", "", "csum")?;
    let flags = p.update_flags.get();
    let names: Vec<&str> = TC_CSUM_UPDATE_FLAGS_NAMES
        .iter()
        .filter(|&&(bit, _)| flags & bit != 0)
        .map(|&(_, name)| name)
        .collect();
    let names = if names.is_empty() { "?empty".to_owned() } else { names.join(", ") };
    s.string("csum", format_args!("({names}) "), &names)?;
    control_action(s, "action ", Verdict(p.action.get()), "\n")?;
    counts(s, "\t", p.index.get(), p.refcnt.get(), p.bindcnt.get())
}
