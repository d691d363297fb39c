//! `skbedit` (tc/m_skbedit.c): a packet's queue, priority, mark or type set.

use std::io::Write;

use nlwire::attr::{Attr, Attrs};
use nlwire::tables::tc::{act_skbedit_attrs, ActSkbeditAttrs, TcGact};
use nlwire::tc::Handle;

use super::tail;
use crate::sink::Sink;
use crate::tc::units::Hex0x;
use crate::Result;

/// `skbedit`'s options, `None` without `TCA_SKBEDIT_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    let skbedit = ActSkbeditAttrs(options);
    let parms = skbedit.0.read(act_skbedit_attrs::PARMS, Attr::as_struct::<TcGact>)?;
    parms.map(|p| print_skbedit(s, &skbedit, p)).transpose()
}

/// `skbedit queue_mapping 3 priority 1:20 mark 7/0xff ptype host pipe`,
/// as tc 6.1's `print_skbedit`, and the counts line.
fn print_skbedit<W: Write>(s: &mut Sink<'_, W>, skbedit: &ActSkbeditAttrs<'_>, p: &TcGact) -> Result<()> {
    s.name("kind", "", "skbedit")?;
    if let Some(queue) = skbedit.queue_mapping()? {
        s.fmt_num("queue_mapping", format_args!("queue_mapping {queue}"), queue)?;
    }
    if let Some(priority) = skbedit.priority()? {
        let class = Handle(priority);
        s.string("priority", format_args!(" priority {class}"), &class)?;
    }
    if let Some(mark) = skbedit.mark()? {
        s.fmt_num("mark", format_args!(" mark {mark}"), mark)?;
    }
    if let Some(mask) = skbedit.mask()? {
        let mask = Hex0x(mask);
        s.string("mask", format_args!("/{mask}"), &mask)?;
    }
    if let Some(ptype) = skbedit.ptype()? {
        // PACKET_HOST, _BROADCAST, _MULTICAST, _OTHERHOST (linux/if_packet.h).
        match ["host", "broadcast", "multicast", "otherhost"].get(usize::from(ptype)) {
            Some(name) => s.string("ptype", format_args!(" ptype {name}"), name)?,
            None => s.fmt_num("ptype", format_args!(" ptype {ptype}"), ptype)?,
        }
    }
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}
