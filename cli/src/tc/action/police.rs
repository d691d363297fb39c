//! `police` (tc/m_police.c): a rate limit and the verdicts above and below it.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{PoliceAttrs, TcPolice};

use super::{control_action, Verdict};
use crate::sink::Sink;
use nlwire::tc::request::xmit_size;

use crate::tc::units::{RateText, SizeText};
use crate::Result;

/// `police`'s options, `None` without `TCA_POLICE_TBF`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    let police = PoliceAttrs(options);
    police.tbf()?.map(|p| print_police(s, p, &police)).transpose()
}

/// ` police 0x1 rate 1Mbit burst 1250b mtu 2Kb action drop overhead 0b`,
/// then `ref 1 bind 1` on a line of its own, as tc 6.1's `print_police`:
/// rates and sizes in text only, the kind in JSON only.
fn print_police<W: Write>(s: &mut Sink<'_, W>, p: &TcPolice, police: &PoliceAttrs<'_>) -> Result<()> {
    let index = p.index.get();
    if let Sink::Json(j) = s {
        j.field_str("kind", "police")?;
    }
    s.fmt_num("index", format_args!(" police {:#x} ", index), index)?;
    let rate = police.rate64()?.unwrap_or(p.rate.rate.get().into());
    s.fmt_text(format_args!("rate {} ", RateText(rate)))?;
    s.fmt_text(format_args!("burst {} ", SizeText(xmit_size(rate, p.burst.get()))))?;
    s.fmt_text(format_args!("mtu {} ", SizeText(p.mtu.get())))?;
    let peak = police.peakrate64()?.unwrap_or(p.peakrate.rate.get().into());
    if peak != 0 {
        s.fmt_text(format_args!("peakrate {} ", RateText(peak)))?;
    }
    if let Some(avrate) = police.avrate()? {
        s.fmt_text(format_args!("avrate {} ", RateText(avrate.into())))?;
    }
    if let (Some(pps), Some(burst)) = (police.pktrate64()?, police.pktburst64()?) {
        s.fmt_num("pkts_rate", format_args!("pkts_rate {pps} "), pps)?;
        let burst = u64::from(xmit_size(pps, burst as u32));
        s.fmt_num("pkts_burst", format_args!("pkts_burst {burst} "), burst)?;
    }
    control_action(s, "action ", Verdict(p.action.get()), "")?;
    match police.result()? {
        Some(result) => control_action(s, "/", Verdict(result as i32), " ")?,
        None => s.text(" ")?,
    }
    let overhead = p.rate.overhead.get();
    s.fmt_num("overhead", format_args!("overhead {} ", SizeText(overhead.into())), overhead)?;
    if let Some(name) = crate::tc::linklayer_shown(&p.rate, false) {
        s.string("linklayer", format_args!("linklayer {name} "), &name)?;
    }
    s.fmt_num("ref", format_args!("\n\tref {} ", p.refcnt.get()), p.refcnt.get())?;
    s.fmt_num("bind", format_args!("bind {} ", p.bindcnt.get()), p.bindcnt.get())?;
    Ok(())
}
