//! `nat` (tc/m_nat.c): stateless IPv4 address translation.

use std::io::Write;
use std::net::Ipv4Addr;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{ActNatAttrs, TcNat};

use super::tail;
use crate::sink::Sink;
use crate::Result;

/// `nat`'s options, `None` without `TCA_NAT_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    ActNatAttrs(options).parms()?.map(|p| print_nat(s, p)).transpose()
}

/// ` nat ingress 192.0.2.1/32 198.51.100.1 pass`, as tc 6.1's
/// `print_nat`, and the counts line.
fn print_nat<W: Write>(s: &mut Sink<'_, W>, p: &TcNat) -> Result<()> {
    // TCA_NAT_FLAG_EGRESS (linux/tc_act/tc_nat.h).
    const EGRESS: u32 = 1;
    s.string("type", format_args!(" nat "), &"nat")?;
    let direction = if p.flags.get() & EGRESS != 0 { "egress" } else { "ingress" };
    s.string("direction", format_args!("{direction}"), &direction)?;
    // tc's prefix length: 33 - ffs(mask), ffs reading the network-order
    // mask as a host word (a /24 reads /32 on little-endian hosts).
    let mask = u32::from_ne_bytes(p.mask.get().to_be_bytes());
    let prefix = if mask == 0 { 0 } else { 32 - mask.trailing_zeros() };
    let old = format!("{}/{prefix}", Ipv4Addr::from(p.old_addr.get()));
    s.string("old_addr", format_args!(" {old}"), &old)?;
    let new = Ipv4Addr::from(p.new_addr.get());
    s.string("new_addr", format_args!(" {new}"), &new)?;
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}
