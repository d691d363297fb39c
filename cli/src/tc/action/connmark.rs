//! `connmark` (tc/m_connmark.c): the connection's mark copied to the packet.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{ActConnmarkAttrs, TcConnmark};

use super::tail;
use crate::sink::Sink;
use crate::Result;

/// `connmark`'s options, `None` without `TCA_CONNMARK_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    ActConnmarkAttrs(options).parms()?.map(|p| print_connmark(s, p)).transpose()
}

/// `connmark zone 5 pipe`, as tc 6.1's `print_connmark`, and the counts
/// line.
fn print_connmark<W: Write>(s: &mut Sink<'_, W>, p: &TcConnmark) -> Result<()> {
    s.name("kind", "", "connmark")?;
    let zone = p.zone.get();
    s.fmt_num("zone", format_args!("zone {zone}"), zone)?;
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}
