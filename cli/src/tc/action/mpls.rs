//! `mpls` (tc/m_mpls.c): an MPLS label stack entry pushed, popped or modified.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{ActMplsAttrs, TcMpls};

use super::tail;
use crate::sink::Sink;
use crate::tc::units::ProtocolText;
use crate::Result;

/// `mpls`'s options, `None` without `TCA_MPLS_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    let mpls = ActMplsAttrs(options);
    mpls.parms()?.map(|p| print_mpls(s, &mpls, p)).transpose()
}

/// `mpls  push protocol mpls_uc label 100 tc 3 bos 1 ttl 64 pipe`, as tc
/// 6.1's `print_mpls`, and the counts line.
fn print_mpls<W: Write>(s: &mut Sink<'_, W>, mpls: &ActMplsAttrs<'_>, p: &TcMpls) -> Result<()> {
    s.name("kind", "", "mpls")?;
    // TCA_MPLS_ACT_* (linux/tc_act/tc_mpls.h), named as tc's action_names.
    let m_action = p.m_action.get();
    let name = match m_action {
        1 => "pop",
        2 => "push",
        3 => "modify",
        4 => "dec_ttl",
        5 => "mac_push",
        _ => "",
    };
    s.string("mpls_action", format_args!(" {name}"), &name)?;
    // Pop and the pushes name the protocol; the pushes and modify the label stack entry.
    if let Some(protocol) = mpls.proto()?.filter(|_| matches!(m_action, 1 | 2 | 5)) {
        let protocol = ProtocolText(protocol);
        s.string("protocol", format_args!(" protocol {protocol}"), &protocol)?;
    }
    if matches!(m_action, 2 | 3 | 5) {
        if let Some(label) = mpls.label()? {
            s.fmt_num("label", format_args!(" label {label}"), label)?;
        }
        for (key, value) in [("tc", mpls.tc()?), ("bos", mpls.bos()?), ("ttl", mpls.ttl()?)] {
            if let Some(value) = value {
                s.fmt_num(key, format_args!(" {key} {value}"), value)?;
            }
        }
    }
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}
