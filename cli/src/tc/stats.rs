//! `tc -s`: the counters after a qdisc, a class or an action, as tc 6.1's
//! `print_tcstats2_attr` (tc/tc_util.c) prints them, and the kind's own
//! counters that tc prints after them (htb's classes: `htb_print_xstats`;
//! fq_codel's qdisc: `fq_codel_print_xstats`).
//!
//! ```text
//! qdisc htb 1: root refcnt 3 r2q 10 default 0x10 direct_packets_stat 0 direct_qlen 1000
//!  Sent 2378 bytes 37 pkt (dropped 0, overlimits 0 requeues 0)
//!  backlog 0b 0p requeues 0
//! ```

use std::io::Write;

use nlwire::tables::tc::TcFqCodelXstats;
use nlwire::tc::htb::TcHtbXstats;
use nlwire::tc::{Stats2, TcObject};

use crate::sink::Sink;
use crate::tc::units::{RateText, SizeText};
use crate::Result;

/// The counters of `stats` (a `TCA_STATS2` nest), each line starting with
/// `prefix`; JSON `bytes`, `packets`, `drops`, `overlimits`, `requeues`,
/// `rate`, `pps`, `backlog`, `qlen` (and `sw_`/`hw_` counts of offloaded
/// work). The text ends without a line break.
pub fn print<W: Write>(s: &mut Sink<'_, W>, stats: &Stats2<'_>, prefix: &str) -> Result<()> {
    if let Some(basic) = stats.basic()? {
        s.text(prefix)?;
        let bytes = basic.bytes.get();
        s.fmt_num("bytes", format_args!("Sent {bytes} bytes"), bytes)?;
        // As tc: the 64-bit count when the kernel sent one that is not 0.
        let packets = stats.pkt64()?.filter(|p| *p != 0).unwrap_or(u64::from(basic.packets.get()));
        s.fmt_num("packets", format_args!(" {packets} pkt"), packets)?;
    }
    let queue = stats.queue()?;
    if let Some(q) = queue {
        let (drops, overlimits, requeues) = (q.drops.get(), q.overlimits.get(), q.requeues.get());
        s.fmt_num("drops", format_args!(" (dropped {drops}"), drops)?;
        s.fmt_num("overlimits", format_args!(", overlimits {overlimits}"), overlimits)?;
        s.fmt_num("requeues", format_args!(" requeues {requeues}) "), requeues)?;
    }
    offloaded(s, stats, prefix)?;
    let rate = match (stats.rate_est64()?, stats.rate_est()?) {
        (Some(r), _) => Some((r.bps.get(), r.pps.get())),
        (None, Some(r)) => Some((u64::from(r.bps.get()), u64::from(r.pps.get()))),
        (None, None) => None,
    };
    if let Some((bps, pps)) = rate {
        s.text("\n")?;
        s.text(prefix)?;
        s.fmt_num("rate", format_args!("rate {}", RateText(bps)), bps)?;
        s.fmt_num("pps", format_args!(" {pps}pps"), pps)?;
    }
    if let Some(q) = queue {
        // As tc: the backlog on the rate's line when there is a 32-bit rate.
        if stats.rate_est()?.is_none() {
            s.text("\n")?;
        }
        s.text(prefix)?;
        let (backlog, qlen) = (q.backlog.get(), q.qlen.get());
        s.fmt_num("backlog", format_args!("backlog {}", SizeText(backlog)), backlog)?;
        s.fmt_num("qlen", format_args!(" {qlen}p"), qlen)?;
        s.fmt_text(format_args!(" requeues {}", q.requeues.get()))?;
    }
    Ok(())
}

/// tc's `print_tcstats_basic_hw`: what the hardware did of the work and
/// what the software did, when the hardware did some.
fn offloaded<W: Write>(s: &mut Sink<'_, W>, stats: &Stats2<'_>, prefix: &str) -> Result<()> {
    let Some(hw) = stats.basic_hw()? else { return Ok(()) };
    let (hw_bytes, hw_packets) = (hw.bytes.get(), hw.packets.get());
    if hw_bytes == 0 && hw_packets == 0 {
        return Ok(());
    }
    if let Some(all) = stats.basic()? {
        let (bytes, packets) = (all.bytes.get(), all.packets.get());
        if bytes >= hw_bytes && packets >= hw_packets {
            let (sw_bytes, sw_packets) = (bytes - hw_bytes, packets - hw_packets);
            s.text("\n")?;
            s.text(prefix)?;
            s.fmt_num("sw_bytes", format_args!("Sent software {sw_bytes} bytes"), sw_bytes)?;
            s.fmt_num("sw_packets", format_args!(" {sw_packets} pkt"), sw_packets)?;
        }
    }
    s.text("\n")?;
    s.text(prefix)?;
    s.fmt_num("hw_bytes", format_args!("Sent hardware {hw_bytes} bytes"), hw_bytes)?;
    s.fmt_num("hw_packets", format_args!(" {hw_packets} pkt"), hw_packets)?;
    Ok(())
}

/// A qdisc's or class's counters under `-s`, after its line: tc's
/// ` Sent ...` and ` backlog ...` lines, then the kind's own counters (htb
/// classes). The text ends where the object's line break goes.
pub fn of_object<W: Write>(s: &mut Sink<'_, W>, o: &TcObject<'_>) -> Result<()> {
    let Some(stats) = o.stats2()? else { return Ok(()) };
    s.text("\n")?;
    print(s, &stats, " ")?;
    let Some(counters) = o.kind_stats()? else { return Ok(()) };
    match o.kind()? {
        Some("htb") => htb_class(s, counters.as_struct()?),
        Some("fq_codel") => fq_codel(s, &counters.to_struct_zero_filled()),
        _ => Ok(()),
    }
}

/// htb's class counters (`htb_print_xstats`): lends and borrows of
/// bandwidth, oversized packets, and the token buckets' fill.
fn htb_class<W: Write>(s: &mut Sink<'_, W>, x: &TcHtbXstats) -> Result<()> {
    let (lends, borrows, giants) = (x.lends.get(), x.borrows.get(), x.giants.get());
    s.text("\n")?;
    s.fmt_num("lended", format_args!(" lended: {lends} "), lends)?;
    s.fmt_num("borrowed", format_args!("borrowed: {borrows} "), borrows)?;
    s.fmt_num("giants", format_args!("giants: {giants}\n"), giants)?;
    let (tokens, ctokens) = (x.tokens.get(), x.ctokens.get());
    s.fmt_num("tokens", format_args!(" tokens: {tokens} "), tokens)?;
    s.fmt_num("ctokens", format_args!("ctokens: {ctokens}\n"), ctokens)?;
    Ok(())
}

/// fq_codel's qdisc counters (`fq_codel_print_xstats`, the qdisc's half of
/// its union: type 0); `ce_mark`, `memory_used` and `drop_overmemory`
/// only when not 0.
fn fq_codel<W: Write>(s: &mut Sink<'_, W>, x: &TcFqCodelXstats) -> Result<()> {
    // TCA_FQ_CODEL_XSTATS_QDISC (linux/pkt_sched.h); a class's (1) has
    // other fields, which the kernel's spec does not describe.
    if x.r#type.get() != 0 {
        return Ok(());
    }
    s.text("\n")?;
    let (maxpacket, overlimit) = (x.maxpacket.get(), x.drop_overlimit.get());
    s.fmt_num("maxpacket", format_args!("  maxpacket {maxpacket}"), maxpacket)?;
    s.fmt_num("drop_overlimit", format_args!(" drop_overlimit {overlimit}"), overlimit)?;
    let (new_flows, ecn) = (x.new_flow_count.get(), x.ecn_mark.get());
    s.fmt_num("new_flow_count", format_args!(" new_flow_count {new_flows}"), new_flows)?;
    s.fmt_num("ecn_mark", format_args!(" ecn_mark {ecn}"), ecn)?;
    for (key, value) in [
        ("ce_mark", x.ce_mark.get()),
        ("memory_used", x.memory_usage.get()),
        ("drop_overmemory", x.drop_overmemory.get()),
    ] {
        if value != 0 {
            s.fmt_num(key, format_args!(" {key} {value}"), value)?;
        }
    }
    let (new_len, old_len) = (x.new_flows_len.get(), x.old_flows_len.get());
    s.fmt_num("new_flows_len", format_args!("\n  new_flows_len {new_len}"), new_len)?;
    s.fmt_num("old_flows_len", format_args!(" old_flows_len {old_len}"), old_len)?;
    Ok(())
}
