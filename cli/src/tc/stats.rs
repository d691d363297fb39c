//! `tc -s`: the counters after a qdisc, a class or an action, as tc 6.1's
//! `print_tcstats_attr` (tc/tc_util.c) prints them (`TCA_STATS2`, else the
//! old `TCA_STATS`), and the kind's own counters that tc prints after them
//! (`TCA_STATS_APP`, else `TCA_XSTATS`: each tc/q_*.c's `*_print_xstats`).
//!
//! ```text
//! qdisc htb 1: root refcnt 3 r2q 10 default 0x10 direct_packets_stat 0 direct_qlen 1000
//!  Sent 2378 bytes 37 pkt (dropped 0, overlimits 0 requeues 0)
//!  backlog 0b 0p requeues 0
//! ```

use std::fmt::Display;
use std::io::Write;

use nlwire::attr::Attr;
use nlwire::tables::tc::{
    CakeStatsAttrs, CakeTinStatsAttrs, TcChokeXstats, TcCodelXstats, TcFqCodelClXstats, TcFqCodelXstats,
    TcFqPieXstats, TcFqQdStats, TcHhfXstats, TcPieXstats, TcRedXstats, TcSfbXstats, TcSfqXstats,
};
use nlwire::tc::htb::TcHtbXstats;
use nlwire::tc::{tca, Stats2, TcObject, TcObjectKind, TcStats};

use crate::out::Decimal;
use crate::sink::Sink;
use crate::tc::units::{g6, RateText, SizeText, Time64Text, TimeText};
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
/// ` Sent ...` and ` backlog ...` lines (or those of the old `TCA_STATS`
/// when the kernel sent no `TCA_STATS2`), then the kind's own counters on lines of
/// their own. The text ends where the object's line break goes.
pub fn of_object<W: Write>(s: &mut Sink<'_, W>, o: &TcObject<'_>) -> Result<()> {
    let stats2 = o.stats2()?;
    let old = match stats2 {
        Some(_) => None,
        None => o.attrs().find(tca::STATS)?,
    };
    let counters = o.kind_stats()?;
    if stats2.is_none() && old.is_none() && counters.is_none() {
        return Ok(());
    }
    s.text("\n")?;
    match (&stats2, old) {
        (Some(stats), _) => print(s, stats, " ")?,
        (None, Some(old)) => print_old(s, &old.to_struct_zero_filled(), " ")?,
        // As tc: a qdisc's empty line where these counters go; not a class's.
        (None, None) if o.object() == TcObjectKind::Class => {
            return kind_counters(s, o.kind()?, counters, "")
        }
        (None, None) => {}
    }
    kind_counters(s, o.kind()?, counters, "\n")
}

/// The old `struct tc_stats` (tc's fallback in `print_tcstats_attr`, a
/// shorter struct read zero-filled): the rate and the backlog only when
/// not 0. JSON `bytes`, `packets`, `dropped`, `overlimits`, `rate`, `pps`,
/// `backlog`, `qlen` (tc 6.1 writes this part as text even under `-j`;
/// the keys are those later iproute2 gives it).
fn print_old<W: Write>(s: &mut Sink<'_, W>, st: &TcStats, prefix: &str) -> Result<()> {
    s.text(prefix)?;
    let (bytes, packets) = (st.bytes.get(), st.packets.get());
    s.fmt_num("bytes", format_args!("Sent {bytes} bytes"), bytes)?;
    s.fmt_num("packets", format_args!(" {packets} pkts"), packets)?;
    let (drops, overlimits) = (st.drops.get(), st.overlimits.get());
    s.fmt_num("dropped", format_args!(" (dropped {drops}"), drops)?;
    s.fmt_num("overlimits", format_args!(", overlimits {overlimits}) "), overlimits)?;
    let (bps, pps, qlen, backlog) = (st.bps.get(), st.pps.get(), st.qlen.get(), st.backlog.get());
    if bps == 0 && pps == 0 && qlen == 0 && backlog == 0 {
        return Ok(());
    }
    s.text("\n")?;
    s.text(prefix)?;
    if bps != 0 || pps != 0 {
        s.text("rate ")?;
        if bps != 0 {
            s.fmt_num("rate", format_args!("{} ", RateText(u64::from(bps))), bps)?;
        }
        if pps != 0 {
            s.fmt_num("pps", format_args!("{pps}pps "), pps)?;
        }
    }
    if qlen != 0 || backlog != 0 {
        s.text("backlog ")?;
        if backlog != 0 {
            s.fmt_num("backlog", format_args!("{} ", SizeText(backlog)), backlog)?;
        }
        if qlen != 0 {
            s.fmt_num("qlen", format_args!("{qlen}p "), qlen)?;
        }
    }
    Ok(())
}

/// The kind's own counters, on a line of their own (after `lead`) for each
/// kind tc has a printer of (an empty line when the kind's printer prints nothing: tc's
/// line break after it comes all the same). Counters shorter than their
/// struct are read as tc reads them: zero-filled for the kinds whose tc
/// printer copies them so (fq, fq_codel, codel, fq_pie), left out for the
/// others (tc's printers return early: an empty line).
fn kind_counters<W: Write>(
    s: &mut Sink<'_, W>,
    kind: Option<&str>,
    x: Option<Attr<'_>>,
    lead: &str,
) -> Result<()> {
    let Some(x) = x else { return Ok(()) };
    let printer: fn(&mut Sink<'_, W>, &Attr<'_>) -> Result<()> = match kind.unwrap_or("") {
        "htb" => |s, x| x.as_struct().map_or(Ok(()), |x| htb_class(s, x)),
        "fq_codel" => fq_codel,
        "fq" => |s, x| fq(s, &x.to_struct_zero_filled()),
        "codel" => |s, x| codel(s, &x.to_struct_zero_filled()),
        "fq_pie" => |s, x| fq_pie(s, &x.to_struct_zero_filled()),
        "pie" => |s, x| x.as_struct().map_or(Ok(()), |x| pie(s, x)),
        "sfq" => {
            |s, x| x.as_struct().map_or(Ok(()), |x: &TcSfqXstats| counts(s, &[("allot", x.allot.get())]))
        }
        "red" => |s, x| x.as_struct().map_or(Ok(()), |x| red(s, x)),
        "choke" => |s, x| x.as_struct().map_or(Ok(()), |x| choke(s, x)),
        "hhf" => |s, x| x.as_struct().map_or(Ok(()), |x| hhf(s, x)),
        "sfb" => |s, x| x.as_struct().map_or(Ok(()), |x| sfb(s, x)),
        "cake" => |s, x| cake(s, &CakeStatsAttrs(x.nested())),
        _ => return Ok(()),
    };
    s.text(lead)?;
    printer(s, &x)
}

/// tc's `print_uint(PRINT_ANY, key, " key %u", value)` for each pair, the
/// first opening a line with two blanks: text `  k1 v1 k2 v2`; JSON
/// `"k1": v1, "k2": v2`.
fn counts<W: Write, N: Decimal + Display>(s: &mut Sink<'_, W>, pairs: &[(&str, N)]) -> Result<()> {
    for (i, (key, value)) in pairs.iter().enumerate() {
        let blanks = if i == 0 { "  " } else { " " };
        s.fmt_num(key, format_args!("{blanks}{key} {value}"), *value)?;
    }
    Ok(())
}

/// As [`counts`], after what is on the line: each pair after one blank.
fn more_counts<W: Write, N: Decimal + Display>(s: &mut Sink<'_, W>, pairs: &[(&str, N)]) -> Result<()> {
    for (key, value) in pairs {
        s.fmt_num(key, format_args!(" {key} {value}"), *value)?;
    }
    Ok(())
}

/// A time in microseconds with its sign, as tc prints one it keeps in an
/// `int` (` drop_next -1.5ms`); JSON `key` with the number, a negative one
/// only with `json_negative` (cake's tc prints none).
fn signed_time<W: Write>(s: &mut Sink<'_, W>, key: &str, us: i32, json_negative: bool) -> Result<()> {
    if us >= 0 || json_negative {
        s.fmt_num(key, format_args!(""), us)?;
    }
    let sign = if us < 0 { "-" } else { "" };
    s.fmt_text(format_args!(" {key} {sign}{}", TimeText(us.unsigned_abs())))?;
    Ok(())
}

/// A fraction as tc prints it with `print_float` (`%lg`; JSON a number).
fn fraction<W: Write>(s: &mut Sink<'_, W>, key: &str, value: f64) -> Result<()> {
    s.raw(key, format_args!(" {key} {}", g6(value)), format_args!("{}", g6(value)))?;
    Ok(())
}

/// htb's class counters (`htb_print_xstats`): lends and borrows of
/// bandwidth, oversized packets, and the token buckets' fill.
fn htb_class<W: Write>(s: &mut Sink<'_, W>, x: &TcHtbXstats) -> Result<()> {
    let (lends, borrows, giants) = (x.lends.get(), x.borrows.get(), x.giants.get());
    s.fmt_num("lended", format_args!(" lended: {lends} "), lends)?;
    s.fmt_num("borrowed", format_args!("borrowed: {borrows} "), borrows)?;
    s.fmt_num("giants", format_args!("giants: {giants}\n"), giants)?;
    let (tokens, ctokens) = (x.tokens.get(), x.ctokens.get());
    s.fmt_num("tokens", format_args!(" tokens: {tokens} "), tokens)?;
    s.fmt_num("ctokens", format_args!("ctokens: {ctokens}\n"), ctokens)?;
    Ok(())
}

/// fq_codel's counters (`fq_codel_print_xstats`): the qdisc's or a flow's
/// (a class's), as the union's type says; nothing for another type.
fn fq_codel<W: Write>(s: &mut Sink<'_, W>, x: &Attr<'_>) -> Result<()> {
    // TCA_FQ_CODEL_XSTATS_QDISC and _CLASS (linux/pkt_sched.h).
    match x.to_struct_zero_filled::<TcFqCodelXstats>().r#type.get() {
        0 => fq_codel_qdisc(s, &x.to_struct_zero_filled()),
        1 => fq_codel_class(s, &x.to_struct_zero_filled()),
        _ => Ok(()),
    }
}

/// fq_codel's qdisc counters; `ce_mark`, `memory_used` and
/// `drop_overmemory` only when not 0.
fn fq_codel_qdisc<W: Write>(s: &mut Sink<'_, W>, x: &TcFqCodelXstats) -> Result<()> {
    counts(
        s,
        &[
            ("maxpacket", x.maxpacket.get()),
            ("drop_overlimit", x.drop_overlimit.get()),
            ("new_flow_count", x.new_flow_count.get()),
            ("ecn_mark", x.ecn_mark.get()),
        ],
    )?;
    for (key, value) in [
        ("ce_mark", x.ce_mark.get()),
        ("memory_used", x.memory_usage.get()),
        ("drop_overmemory", x.drop_overmemory.get()),
    ] {
        if value != 0 {
            more_counts(s, &[(key, value)])?;
        }
    }
    s.text("\n")?;
    counts(s, &[("new_flows_len", x.new_flows_len.get()), ("old_flows_len", x.old_flows_len.get())])
}

/// A flow's counters (an fq_codel class): its deficit, CoDel's drop
/// counts and delay, and when dropping the time of the next drop.
fn fq_codel_class<W: Write>(s: &mut Sink<'_, W>, x: &TcFqCodelClXstats) -> Result<()> {
    counts(
        s,
        &[
            ("deficit", i64::from(x.deficit.get())),
            ("count", x.count.get().into()),
            ("lastcount", x.lastcount.get().into()),
        ],
    )?;
    let ldelay = x.ldelay.get();
    s.fmt_num("ldelay", format_args!(" ldelay {}", TimeText(ldelay)), ldelay)?;
    if x.dropping.get() != 0 {
        s.bool("dropping", format_args!(" dropping"), true)?;
        signed_time(s, "drop_next", x.drop_next.get(), true)?;
    }
    Ok(())
}

/// codel's counters (`codel_print_xstats`).
fn codel<W: Write>(s: &mut Sink<'_, W>, x: &TcCodelXstats) -> Result<()> {
    counts(s, &[("count", x.count.get()), ("lastcount", x.lastcount.get())])?;
    let ldelay = x.ldelay.get();
    s.fmt_num("ldelay", format_args!(" ldelay {}", TimeText(ldelay)), ldelay)?;
    if x.dropping.get() != 0 {
        s.bool("dropping", format_args!(" dropping"), true)?;
    }
    signed_time(s, "drop_next", x.drop_next.get(), true)?;
    s.text("\n")?;
    counts(
        s,
        &[
            ("maxpacket", x.maxpacket.get()),
            ("ecn_mark", x.ecn_mark.get()),
            ("drop_overlimit", x.drop_overlimit.get()),
        ],
    )?;
    if x.ce_mark.get() != 0 {
        more_counts(s, &[("ce_mark", x.ce_mark.get())])?;
    }
    Ok(())
}

/// fq's counters (`fq_print_xstats`): flows, the next packet's delay when
/// one waits, garbage-collected flows, high-priority packets; the rarer
/// counts only when not 0, the errors on a line of their own.
fn fq<W: Write>(s: &mut Sink<'_, W>, x: &TcFqQdStats) -> Result<()> {
    let (flows, inactive, throttled) = (x.flows.get(), x.inactive_flows.get(), x.throttled_flows.get());
    s.fmt_num("flows", format_args!("  flows {flows}"), flows)?;
    s.fmt_num("inactive", format_args!(" (inactive {inactive}"), inactive)?;
    s.fmt_num("throttled", format_args!(" throttled {throttled})"), throttled)?;
    let next = x.time_next_delayed_flow.get();
    if next > 0 {
        s.fmt_num("next_packet_delay", format_args!(" next_packet_delay {}", Time64Text(next)), next)?;
    }
    s.text("\n")?;
    counts(s, &[("gc", x.gc_flows.get()), ("highprio", x.highprio_packets.get())])?;
    let retrans = x.tcp_retrans.get();
    if retrans != 0 {
        s.fmt_num("retrans", format_args!(" retrans {retrans}"), retrans)?;
    }
    let throttled = x.throttled.get();
    s.fmt_num("throttled", format_args!(" throttled {throttled}"), throttled)?;
    let latency = x.unthrottle_latency_ns.get();
    if latency != 0 {
        s.fmt_num("latency", format_args!(" latency {}", Time64Text(latency.into())), latency)?;
    }
    for (key, value) in [("ce_mark", x.ce_mark.get()), ("flows_plimit", x.flows_plimit.get())] {
        if value != 0 {
            s.fmt_num(key, format_args!(" {key} {value}"), value)?;
        }
    }
    let errors = [
        ("pkts_too_long", " pkts_too_long", x.pkts_too_long.get()),
        ("alloc_errors", " alloc_errors", x.allocation_errors.get()),
        ("horizon_drops", " horizon_drops", x.horizon_drops.get()),
        // Two blanks before it, as tc 6.1 prints it.
        ("horizon_caps", "  horizon_caps", x.horizon_caps.get()),
    ];
    if errors.iter().any(|(_, _, value)| *value != 0) {
        s.text("\n")?;
        for (key, label, value) in errors {
            if value != 0 {
                s.fmt_num(key, format_args!("{label} {value}"), value)?;
            }
        }
    }
    Ok(())
}

/// pie's counters (`pie_print_xstats`): the drop probability (a fraction
/// of `u64::MAX`), the queue delay, the dequeue rate while estimated,
/// then the packet counts.
fn pie<W: Write>(s: &mut Sink<'_, W>, x: &TcPieXstats) -> Result<()> {
    let prob = x.prob.get() as f64 / u64::MAX as f64;
    s.raw("prob", format_args!("  prob {}", g6(prob)), format_args!("{}", g6(prob)))?;
    let delay = x.delay.get();
    s.fmt_num("delay", format_args!(" delay {}", TimeText(delay)), delay)?;
    if x.dq_rate_estimating.get() != 0 {
        more_counts(s, &[("avg_dq_rate", x.avg_dq_rate.get())])?;
    }
    s.text("\n")?;
    counts(
        s,
        &[
            ("pkts_in", x.packets_in.get()),
            ("overlimit", x.overlimit.get()),
            ("dropped", x.dropped.get()),
            ("maxq", x.maxq.get()),
            ("ecn_mark", x.ecn_mark.get()),
        ],
    )
}

/// fq_pie's counters (`fq_pie_print_xstats`).
fn fq_pie<W: Write>(s: &mut Sink<'_, W>, x: &TcFqPieXstats) -> Result<()> {
    counts(
        s,
        &[
            ("pkts_in", x.packets_in.get()),
            ("overlimit", x.overlimit.get()),
            ("overmemory", x.overmemory.get()),
            ("dropped", x.dropped.get()),
            ("ecn_mark", x.ecn_mark.get()),
        ],
    )?;
    s.text("\n")?;
    counts(
        s,
        &[
            ("new_flow_count", x.new_flow_count.get()),
            ("new_flows_len", x.new_flows_len.get()),
            ("old_flows_len", x.old_flows_len.get()),
            ("memory_used", x.memory_usage.get()),
        ],
    )
}

/// red's counters (`red_print_xstats`), each followed by a blank.
fn red<W: Write>(s: &mut Sink<'_, W>, x: &TcRedXstats) -> Result<()> {
    s.text(" ")?;
    for (key, value) in [
        ("marked", x.marked.get()),
        ("early", x.early.get()),
        ("pdrop", x.pdrop.get()),
        ("other", x.other.get()),
    ] {
        s.fmt_num(key, format_args!(" {key} {value}"), value)?;
    }
    s.text(" ")?;
    Ok(())
}

/// choke's counters (`choke_print_xstats`).
fn choke<W: Write>(s: &mut Sink<'_, W>, x: &TcChokeXstats) -> Result<()> {
    counts(
        s,
        &[
            ("marked", x.marked.get()),
            ("early", x.early.get()),
            ("pdrop", x.pdrop.get()),
            ("other", x.other.get()),
            ("matched", x.matched.get()),
        ],
    )
}

/// hhf's counters (`hhf_print_xstats`).
fn hhf<W: Write>(s: &mut Sink<'_, W>, x: &TcHhfXstats) -> Result<()> {
    counts(
        s,
        &[
            ("drop_overlimit", x.drop_overlimit.get()),
            ("hh_overlimit", x.hh_overlimit.get()),
            ("tot_hh", x.hh_tot_count.get()),
            ("cur_hh", x.hh_cur_count.get()),
        ],
    )
}

/// `SFB_MAX_PROB` (linux/pkt_sched.h): sfb's probabilities are fractions
/// of it.
const SFB_MAX_PROB: f64 = 65535.0;

/// sfb's counters (`sfb_print_xstats`): drops by cause, marks, then the
/// longest queue and the probabilities.
fn sfb<W: Write>(s: &mut Sink<'_, W>, x: &TcSfbXstats) -> Result<()> {
    counts(
        s,
        &[
            ("earlydrop", x.earlydrop.get()),
            ("penaltydrop", x.penaltydrop.get()),
            ("bucketdrop", x.bucketdrop.get()),
            ("queuedrop", x.queuedrop.get()),
            ("childdrop", x.childdrop.get()),
            ("marked", x.marked.get()),
        ],
    )?;
    s.text("\n")?;
    counts(s, &[("maxqlen", x.maxqlen.get())])?;
    fraction(s, "maxprob", f64::from(x.maxprob.get()) / SFB_MAX_PROB)?;
    fraction(s, "avgprob", f64::from(x.avgprob.get()) / SFB_MAX_PROB)
}

/// The most tins cake has (`TC_CAKE_MAX_TINS`, linux/pkt_sched.h).
const CAKE_MAX_TINS: usize = 8;

/// cake's counters (`cake_print_xstats`, nested `TCA_CAKE_STATS_*`): the
/// qdisc's memory, capacity and packet sizes, or a class's (a flow's)
/// deficit and drop state; then a table of the tins' counters, a column a
/// tin (JSON: `tins`, an object a tin).
fn cake<W: Write>(s: &mut Sink<'_, W>, st: &CakeStatsAttrs<'_>) -> Result<()> {
    // As tc: what cannot be read is left out.
    let get = |r: nlwire::Result<Option<u32>>| r.ok().flatten();
    if let (Some(used), Some(limit)) = (get(st.memory_used()), get(st.memory_limit())) {
        s.fmt_num("memory_used", format_args!(" memory used: {}", SizeText(used)), used)?;
        s.fmt_num("memory_limit", format_args!(" of {}\n", SizeText(limit)), limit)?;
    }
    if let Some(capacity) = st.capacity_estimate64().ok().flatten() {
        s.fmt_num(
            "capacity_estimate",
            format_args!(" capacity estimate: {}\n", RateText(capacity)),
            capacity,
        )?;
    }
    if let (Some(min), Some(max)) = (get(st.min_netlen()), get(st.max_netlen())) {
        s.fmt_num("min_network_size", format_args!(" min/max network layer size: {min:12}"), min)?;
        s.fmt_num("max_network_size", format_args!(" /{max:8}\n"), max)?;
    }
    if let (Some(min), Some(max)) = (get(st.min_adjlen()), get(st.max_adjlen())) {
        s.fmt_num("min_adj_size", format_args!(" min/max overhead-adjusted size: {min:8}"), min)?;
        s.fmt_num("max_adj_size", format_args!(" /{max:8}\n"), max)?;
    }
    if let Some(offset) = get(st.avg_netoff()) {
        s.fmt_num("avg_hdr_offset", format_args!(" average network hdr offset: {offset:12}\n\n"), offset)?;
    }
    if let Some(deficit) = st.deficit().ok().flatten() {
        s.fmt_num("deficit", format_args!("  deficit {deficit}"), deficit)?;
    }
    if let Some(count) = get(st.cobalt_count()) {
        s.fmt_num("count", format_args!(" count {count}"), count)?;
    }
    if get(st.dropping()).is_some_and(|d| d != 0) {
        s.bool("dropping", format_args!(" dropping"), true)?;
        if let Some(next) = st.drop_next_us().ok().flatten() {
            signed_time(s, "drop_next", next, false)?;
        }
    }
    if let Some(prob) = get(st.p_drop()) {
        s.fmt_num("blue_prob", format_args!(" blue_prob {prob}"), prob)?;
        if let Some(timer) = st.blue_timer_us().ok().flatten() {
            match timer < 0 {
                // As tc 6.1: the negative time as an unsigned one.
                true => s.fmt_text(format_args!(" blue_timer -{}", TimeText(timer as u32)))?,
                false => signed_time(s, "blue_timer", timer, false)?,
            }
        }
    }
    let tins: Vec<CakeTinStatsAttrs<'_>> = st.tin_stats().map_while(|t| t.ok()).take(CAKE_MAX_TINS).collect();
    if tins.is_empty() {
        return Ok(());
    }
    match s {
        Sink::Json(_) => cake_tins_json(s, &tins),
        Sink::Text(_) => cake_tins_text(s, &tins),
    }
}

/// A tin's counter, widened to `u64`; `None` when the tin lacks it (or
/// it cannot be read).
type TinCounter = fn(&CakeTinStatsAttrs<'_>) -> Option<u64>;

/// The tins' counters tc prints, with their JSON keys, in tc's JSON order.
const CAKE_TIN_COUNTERS: [(&str, TinCounter); 20] = [
    ("threshold_rate", |t| t.threshold_rate64().ok().flatten()),
    ("sent_bytes", |t| t.sent_bytes64().ok().flatten()),
    ("backlog_bytes", |t| t.backlog_bytes().ok().flatten().map(u64::from)),
    ("target_us", |t| t.target_us().ok().flatten().map(u64::from)),
    ("interval_us", |t| t.interval_us().ok().flatten().map(u64::from)),
    ("peak_delay_us", |t| t.peak_delay_us().ok().flatten().map(u64::from)),
    ("avg_delay_us", |t| t.avg_delay_us().ok().flatten().map(u64::from)),
    ("base_delay_us", |t| t.base_delay_us().ok().flatten().map(u64::from)),
    ("sent_packets", |t| t.sent_packets().ok().flatten().map(u64::from)),
    ("way_indirect_hits", |t| t.way_indirect_hits().ok().flatten().map(u64::from)),
    ("way_misses", |t| t.way_misses().ok().flatten().map(u64::from)),
    ("way_collisions", |t| t.way_collisions().ok().flatten().map(u64::from)),
    ("drops", |t| t.dropped_packets().ok().flatten().map(u64::from)),
    ("ecn_mark", |t| t.ecn_marked_packets().ok().flatten().map(u64::from)),
    ("ack_drops", |t| t.acks_dropped_packets().ok().flatten().map(u64::from)),
    ("sparse_flows", |t| t.sparse_flows().ok().flatten().map(u64::from)),
    ("bulk_flows", |t| t.bulk_flows().ok().flatten().map(u64::from)),
    ("unresponsive_flows", |t| t.unresponsive_flows().ok().flatten().map(u64::from)),
    ("max_pkt_len", |t| t.max_skblen().ok().flatten().map(u64::from)),
    ("flow_quantum", |t| t.flow_quantum().ok().flatten().map(u64::from)),
];

/// How tc writes a cell of its table of the tins.
#[derive(Clone, Copy)]
enum Cell {
    Rate,
    Time,
    Size,
    Count,
}

/// The rows of tc's table of the tins, in its order: the JSON key of the
/// counter, the row's label, how its cells are written.
const CAKE_TIN_ROWS: [(&str, &str, Cell); 20] = [
    ("threshold_rate", "  thresh  ", Cell::Rate),
    ("target_us", "  target  ", Cell::Time),
    ("interval_us", "  interval", Cell::Time),
    ("peak_delay_us", "  pk_delay", Cell::Time),
    ("avg_delay_us", "  av_delay", Cell::Time),
    ("base_delay_us", "  sp_delay", Cell::Time),
    ("backlog_bytes", "  backlog ", Cell::Size),
    ("sent_packets", "  pkts    ", Cell::Count),
    ("sent_bytes", "  bytes   ", Cell::Count),
    ("way_indirect_hits", "  way_inds", Cell::Count),
    ("way_misses", "  way_miss", Cell::Count),
    ("way_collisions", "  way_cols", Cell::Count),
    ("drops", "  drops   ", Cell::Count),
    ("ecn_mark", "  marks   ", Cell::Count),
    ("ack_drops", "  ack_drop", Cell::Count),
    ("sparse_flows", "  sp_flows", Cell::Count),
    ("bulk_flows", "  bk_flows", Cell::Count),
    ("unresponsive_flows", "  un_flows", Cell::Count),
    ("max_pkt_len", "  max_len ", Cell::Count),
    ("flow_quantum", "  quantum ", Cell::Count),
];

/// JSON `tins`: an object a tin with the counters it has.
fn cake_tins_json<W: Write>(s: &mut Sink<'_, W>, tins: &[CakeTinStatsAttrs<'_>]) -> Result<()> {
    s.open_array("tins")?;
    for tin in tins {
        s.open_element()?;
        for (key, counter) in CAKE_TIN_COUNTERS {
            if let Some(value) = counter(tin) {
                s.fmt_num(key, format_args!(""), value)?;
            }
        }
        s.close()?;
    }
    s.close_array()?;
    Ok(())
}

/// tc's table of the tins: a row a counter that the first tin has, a
/// column a tin, named as diffserv3 and diffserv4 name them, else `Tin N`.
fn cake_tins_text<W: Write>(s: &mut Sink<'_, W>, tins: &[CakeTinStatsAttrs<'_>]) -> Result<()> {
    match tins.len() {
        3 => s.text("                   Bulk  Best Effort        Voice\n")?,
        4 => s.text("                   Bulk  Best Effort        Video        Voice\n")?,
        n => {
            s.text("          ")?;
            for i in 0..n {
                s.fmt_text(format_args!("        Tin {i}"))?;
            }
            s.text("\n")?;
        }
    }
    let Some(first) = tins.first() else { return Ok(()) };
    for (key, label, cell) in CAKE_TIN_ROWS {
        let Some((_, counter)) = CAKE_TIN_COUNTERS.iter().find(|(k, _)| *k == key) else { continue };
        if counter(first).is_none() {
            continue;
        }
        s.text(label)?;
        for tin in tins {
            let value = counter(tin).unwrap_or(0);
            // The 32-bit counters as tc reads them.
            let small = value as u32;
            match cell {
                Cell::Rate => s.fmt_text(format_args!(" {:>12}", RateText(value).to_string()))?,
                Cell::Time => s.fmt_text(format_args!(" {:>12}", TimeText(small).to_string()))?,
                Cell::Size => s.fmt_text(format_args!(" {:>12}", SizeText(small).to_string()))?,
                Cell::Count => s.fmt_text(format_args!(" {value:>12}"))?,
            }
        }
        s.text("\n")?;
    }
    Ok(())
}
