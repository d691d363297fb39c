//! `mirred` (tc/m_mirred.c): a packet sent on to, or copied to, another device.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{ActMirredAttrs, TcMirred};

use super::{control_action, counts, Verdict};
use crate::names::Names;
use crate::sink::Sink;
use crate::Result;

/// `mirred`'s options, `None` without `TCA_MIRRED_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>, names: &Names) -> Result<Option<()>> {
    ActMirredAttrs(options).parms()?.map(|p| print_mirred(s, p, names)).transpose()
}

/// `mirred (Egress Redirect to device ifb0) stolen` and the counts line.
fn print_mirred<W: Write>(s: &mut Sink<'_, W>, p: &TcMirred, names: &Names) -> Result<()> {
    // TCA_EGRESS_REDIR 1, TCA_EGRESS_MIRROR 2, TCA_INGRESS_REDIR 3,
    // TCA_INGRESS_MIRROR 4 (linux/tc_act/tc_mirred.h), named as tc names them.
    let (text, direction, action) = match p.eaction.get() {
        1 => ("Egress Redirect", "egress", "redirect"),
        2 => ("Egress Mirror", "egress", "mirror"),
        3 => ("Ingress Redirect", "ingress", "redirect"),
        4 => ("Ingress Mirror", "ingress", "mirror"),
        _ => ("unknown", "unknown", "unknown"),
    };
    let dev = names.get(p.ifindex.get());
    let (index, refcnt, bindcnt) = (p.index.get(), p.refcnt.get(), p.bindcnt.get());
    match s {
        Sink::Text(out) => {
            write!(out, "mirred ({text} to device {dev})")?;
        }
        Sink::Json(j) => {
            j.field_str("kind", "mirred")?;
            j.field_str("mirred_action", action)?;
            j.field_str("direction", direction)?;
            j.field_str("to_dev", &dev)?;
        }
    }
    control_action(s, " ", Verdict(p.action.get()), "")?;
    counts(s, "\n\t", index, refcnt, bindcnt)
}
