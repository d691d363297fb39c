//! `gact` (tc/m_gact.c): a verdict, with a random one in its place.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{ActGactAttrs, TcGact, TcGactP};

use super::{control_action, counts, Verdict};
use crate::sink::Sink;
use crate::Result;

/// `gact`'s options, `None` without `TCA_GACT_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    let gact = ActGactAttrs(options);
    gact.parms()?.map(|p| print_gact(s, p, &gact)).transpose()
}

/// `gact action drop`, its random verdict (`random type netrand pass val
/// 10`: with probability 1/10, `pass` instead) and the counts line, as
/// tc 6.1's `print_gact`; a gact without `TCA_GACT_PROB` prints tc's
/// placeholder, `random type none pass val 0`.
fn print_gact<W: Write>(s: &mut Sink<'_, W>, p: &TcGact, gact: &ActGactAttrs<'_>) -> Result<()> {
    let random = gact.prob()?.copied().unwrap_or(TcGactP::default());
    s.name("kind", "", "gact")?;
    control_action(s, "action ", Verdict(p.action.get()), "")?;
    s.open("prob")?;
    // PGACT_NONE, PGACT_NETRAND, PGACT_DETERM (linux/tc_act/tc_gact.h).
    let random_type = match random.ptype.get() {
        1 => "netrand",
        2 => "determ",
        _ => "none",
    };
    s.string("random_type", format_args!("\n\t random type {random_type}"), &random_type)?;
    control_action(s, " ", Verdict(random.paction.get()), " ")?;
    s.fmt_num("val", format_args!("val {}", random.pval.get()), random.pval.get())?;
    s.close()?;
    counts(s, "\n\t ", p.index.get(), p.refcnt.get(), p.bindcnt.get())
}
