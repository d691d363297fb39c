//! `ct` (tc/m_ct.c): connection tracking, its zone, mark, labels and NAT.

use std::io::Write;
use std::net::IpAddr;

use nlwire::attr::{Attr, Attrs};
use nlwire::tables::tc::{act_ct_attrs, ActCtAttrs, TcGact};

use super::{ipv4, ipv6, tail};
use crate::sink::Sink;
use crate::Result;

/// `ct`'s options, `None` without `TCA_CT_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    let ct = ActCtAttrs(options);
    let parms = ct.0.read(act_ct_attrs::PARMS, Attr::as_struct::<TcGact>)?;
    parms.map(|p| print_ct(s, &ct, p)).transpose()
}

/// `ct commit force mark 7/0xff zone 5 label HEX nat src addr A-B port
/// P-Q pipe`, as tc 6.1's `print_ct` (which names no helper), and the
/// counts line.
fn print_ct<W: Write>(s: &mut Sink<'_, W>, ct: &ActCtAttrs<'_>, p: &TcGact) -> Result<()> {
    // TCA_CT_ACT_COMMIT, _FORCE, _CLEAR, _NAT, _NAT_SRC, _NAT_DST
    // (linux/tc_act/tc_ct.h).
    const COMMIT: u16 = 1;
    const FORCE: u16 = 1 << 1;
    const CLEAR: u16 = 1 << 2;
    const NAT: u16 = 1 << 3;
    const NAT_SRC: u16 = 1 << 4;
    const NAT_DST: u16 = 1 << 5;
    s.string("kind", format_args!("ct"), &"ct")?;
    let action = ct.action()?.unwrap_or(0);
    let verb = match (action & COMMIT != 0, action & FORCE != 0, action & CLEAR != 0) {
        (true, true, _) => Some("commit force"),
        (true, false, _) => Some("commit"),
        (false, _, true) => Some("clear"),
        _ => None,
    };
    if let Some(verb) = verb {
        s.string("action", format_args!(" {verb}"), &verb)?;
    }
    if let Some(mark) = ct.mark()? {
        let masked = match ct.mark_mask()?.filter(|&mask| mask != u32::MAX) {
            Some(mask) => format!("{mark}/{mask:#x}"),
            None => mark.to_string(),
        };
        s.string("mark", format_args!(" mark {masked}"), &masked)?;
    }
    if let Some(zone) = ct.zone()? {
        s.string("zone", format_args!(" zone {zone}"), &zone)?;
    }
    if let Some(labels) = ct.labels()? {
        let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
        let mask = ct.labels_mask()?.unwrap_or(&[]);
        let mut label = hex(labels);
        // tc reads the mask as long as the labels.
        if labels.len() != 16 || mask.iter().take(labels.len()).any(|&b| b != 0xff) {
            label = format!("{label}/{}", hex(mask.get(..labels.len()).unwrap_or(mask)));
        }
        s.string("label", format_args!(" label {label}"), &label)?;
    }
    if action & NAT != 0 {
        let nat = ct_nat(ct, action & NAT_SRC != 0, action & NAT_DST != 0)?;
        let space = if nat.is_empty() { "" } else { " " };
        s.string("nat", format_args!(" nat{space}{nat}"), &nat)?;
    }
    tail(s, p.action.get(), p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// tc's `ct_print_nat` after `nat`: `src addr A[-B] [port P[-Q]]` (or
/// `dst ...`), empty for neither.
fn ct_nat(ct: &ActCtAttrs<'_>, src: bool, dst: bool) -> Result<String> {
    use std::fmt::Write as _;
    let mut out = String::new();
    match (src, dst) {
        (true, _) => out.push_str("src"),
        (false, true) => out.push_str("dst"),
        _ => return Ok(out),
    }
    let (min4, max4) = (ipv4(ct.nat_ipv4_min()?), ipv4(ct.nat_ipv4_max()?));
    let (min6, max6) = (ipv6(ct.nat_ipv6_min()?), ipv6(ct.nat_ipv6_max()?));
    for min in [min4, min6].into_iter().flatten() {
        let _ = write!(out, " addr {min}");
    }
    // The upper end when it differs, IPv4's first, as tc compares them.
    let upper =
        |min: Option<IpAddr>, max: Option<IpAddr>| max.filter(|&max| min.is_some_and(|min| min != max));
    if let Some(max) = upper(min4, max4).or_else(|| upper(min6, max6)) {
        let _ = write!(out, "-{max}");
    }
    if let Some(min) = ct.nat_port_min()? {
        let _ = write!(out, " port {min}");
        if let Some(max) = ct.nat_port_max()?.filter(|&max| max != min) {
            let _ = write!(out, "-{max}");
        }
    }
    Ok(out)
}
