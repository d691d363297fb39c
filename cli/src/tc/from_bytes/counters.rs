//! `tc -s` of kinds this kernel lacks: each kind's own counters
//! (`TCA_STATS_APP`), built here per `linux/pkt_sched.h`, and the old
//! `TCA_STATS` (`struct tc_stats`) with `TCA_XSTATS`; nlw's text is what
//! tc 6.1 prints of the same message (`tc -s monitor file`), its JSON has
//! the keys of tc's `*_print_xstats` (tc/q_*.c) at the object's top level.

use nlwire_tests::wire::{attr, nest, u32_attr, words};
use serde_json::{json, Value};

use super::{basic, ours, tc_message, tc_text, RTM_NEWQDISC, RTM_NEWTCLASS, TCA_STATS2, TCA_STATS_APP};
use super::{TCA_STATS_BASIC, TCA_STATS_QUEUE};

// TCA_STATS, TCA_XSTATS (linux/rtnetlink.h).
const TCA_STATS: u16 = 3;
const TCA_XSTATS: u16 = 4;

/// `TCA_STATS2`: 9000 bytes in 60 packets, 2 drops, and `app` as the
/// kind's counters.
fn stats2(app: &[u8]) -> Vec<u8> {
    let stats = [
        attr(TCA_STATS_BASIC, &basic(9000, 60)),
        // qlen, backlog, drops, requeues, overlimits.
        attr(TCA_STATS_QUEUE, &words(&[0, 0, 2, 0, 0])),
        attr(TCA_STATS_APP, app),
    ];
    nest(TCA_STATS2, &stats.concat())
}

/// A root qdisc `8001:` of `kind` with `options` and the counters `app`.
fn qdisc(kind: &str, options: &[u8], app: &[u8]) -> Vec<u8> {
    tc_message(RTM_NEWQDISC, [0x8001_0000, 0xffff_ffff, 2], kind, options, &stats2(app))
}

/// Class `8001:3` of qdisc `8001:` of `kind`, with the counters `app`.
fn class(kind: &str, app: &[u8]) -> Vec<u8> {
    tc_message(RTM_NEWTCLASS, [0x8001_0003, 0x8001_0000, 0], kind, &[], &stats2(app))
}

/// Our `-s` text is tc's, and our JSON has each key of `expected` with its
/// value (`null`: no such key).
fn same(msg: &[u8], expected: Value) {
    let (text, json) = ours(msg, true);
    if let Some(theirs) = tc_text(msg, true) {
        assert_eq!(text, theirs);
    }
    for (key, value) in expected.as_object().unwrap() {
        assert_eq!(json.get(key).unwrap_or(&Value::Null), value, "{key}: {json}");
    }
}

fn u64s(values: &[u64]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_ne_bytes()).collect()
}

/// `struct tc_fq_qd_stats` of tc 6.1's header: gc_flows, highprio_packets,
/// tcp_retrans, throttled, flows_plimit, pkts_too_long, allocation_errors,
/// time_next_delayed_flow (ns); flows, inactive_flows, throttled_flows,
/// unthrottle_latency_ns; then ce_mark, horizon_drops, horizon_caps.
fn fq_stats(counts: [u64; 7], next: i64, flows: [u32; 4], late: [u64; 3]) -> Vec<u8> {
    [u64s(&counts), next.to_ne_bytes().to_vec(), words(&flows), u64s(&late)].concat()
}

/// fq's counters: every one set (with the later kernels' tail of fastpath
/// and band counters, which tc 6.1 does not print), the rare ones 0, and
/// the struct of a kernel before ce_mark (80 bytes).
#[test]
fn fq_counters_print_as_tc() {
    let options = u32_attr(1, 10_000);
    let every = fq_stats([7, 2, 4, 9, 6, 1, 5], 2_500_000, [5, 3, 1, 12_000], [8, 3, 2]);
    let later = [every.clone(), vec![0; 8 + 24 + 12 + 4]].concat();
    for app in [every, later] {
        same(
            &qdisc("fq", &options, &app),
            json!({"flows": 5, "inactive": 3, "throttled": 9, "next_packet_delay": 2_500_000,
                   "gc": 7, "highprio": 2, "retrans": 4, "latency": 12_000, "ce_mark": 8,
                   "flows_plimit": 6, "pkts_too_long": 1, "alloc_errors": 5,
                   "horizon_drops": 3, "horizon_caps": 2}),
        );
    }
    let quiet = fq_stats([7, 2, 0, 9, 0, 0, 0], -1, [5, 3, 1, 0], [0, 0, 0]);
    same(
        &qdisc("fq", &options, &quiet),
        json!({"flows": 5, "gc": 7, "next_packet_delay": null, "retrans": null, "latency": null,
               "pkts_too_long": null, "horizon_caps": null}),
    );
    let old = fq_stats([7, 2, 4, 9, 6, 0, 0], 0, [5, 3, 1, 800], [0; 3]);
    same(&qdisc("fq", &options, &old[..80]), json!({"latency": 800, "ce_mark": null}));
}

/// fq_codel's class (a flow) counters, `struct tc_fq_codel_xstats` of
/// type TCA_FQ_CODEL_XSTATS_CLASS (1) with `struct tc_fq_codel_cl_stats`:
/// deficit, ldelay, count, lastcount, dropping, drop_next; dropping with
/// the next drop past and to come, and not dropping; and a type tc does
/// not know (an empty line).
#[test]
fn fq_codel_class_counters_print_as_tc() {
    let flow = |deficit: i32, dropping: u32, next: i32| {
        words(&[1, deficit as u32, 1_500, 3, 2, dropping, next as u32])
    };
    same(
        &class("fq_codel", &flow(-300, 1, -2_000)),
        json!({"deficit": -300, "count": 3, "lastcount": 2, "ldelay": 1500, "dropping": true,
               "drop_next": -2000}),
    );
    same(&class("fq_codel", &flow(1514, 1, 250)), json!({"drop_next": 250}));
    same(&class("fq_codel", &flow(1514, 0, 250)), json!({"dropping": null, "drop_next": null}));
    same(&class("fq_codel", &words(&[2, 1, 2, 3, 4, 5, 6])), json!({"deficit": null, "maxpacket": null}));
}

/// `struct tc_codel_xstats`: maxpacket, count, lastcount, ldelay,
/// drop_next, drop_overlimit, ecn_mark, dropping, ce_mark; dropping with a
/// CE mark count, then idle, then a kernel's struct before ce_mark.
#[test]
fn codel_counters_print_as_tc() {
    let options = u32_attr(2, 1000);
    let full = words(&[1514, 4, 2, 12_300, (-1_500i32) as u32, 1, 7, 1, 9]);
    same(
        &qdisc("codel", &options, &full),
        json!({"count": 4, "lastcount": 2, "ldelay": 12300, "dropping": true, "drop_next": -1500,
               "maxpacket": 1514, "ecn_mark": 7, "drop_overlimit": 1, "ce_mark": 9}),
    );
    let idle = words(&[256, 0, 0, 3, 0, 0, 0, 0, 0]);
    same(&qdisc("codel", &options, &idle), json!({"dropping": null, "drop_next": 0, "ce_mark": null}));
    same(&qdisc("codel", &options, &full[..32]), json!({"drop_overlimit": 1, "ce_mark": null}));
}

/// `struct tc_pie_xstats`: prob (a fraction of `u64::MAX`), delay,
/// avg_dq_rate, dq_rate_estimating, packets_in, dropped, overlimit, maxq,
/// ecn_mark; with and without the rate estimated; too short (tc prints
/// none of it).
#[test]
fn pie_counters_print_as_tc() {
    let pie = |estimating: u32| {
        [u64s(&[u64::MAX / 4]), words(&[20_000, 1_234, estimating, 500, 3, 1, 40, 2])].concat()
    };
    same(
        &qdisc("pie", &[], &pie(1)),
        json!({"prob": 0.25, "delay": 20000, "avg_dq_rate": 1234, "pkts_in": 500, "overlimit": 1,
               "dropped": 3, "maxq": 40, "ecn_mark": 2}),
    );
    same(&qdisc("pie", &[], &pie(0)), json!({"avg_dq_rate": null, "maxq": 40}));
    same(&qdisc("pie", &[], &pie(0)[..36]), json!({"prob": null, "maxq": null}));
}

/// `struct tc_fq_pie_xstats`: packets_in, dropped, overlimit, overmemory,
/// ecn_mark, new_flow_count, new_flows_len, old_flows_len, memory_usage;
/// and a shorter one (zero-filled, as tc reads it).
#[test]
fn fq_pie_counters_print_as_tc() {
    let full = words(&[900, 8, 3, 1, 4, 30, 2, 5, 65_536]);
    same(
        &qdisc("fq_pie", &[], &full),
        json!({"pkts_in": 900, "overlimit": 3, "overmemory": 1, "dropped": 8, "ecn_mark": 4,
               "new_flow_count": 30, "new_flows_len": 2, "old_flows_len": 5, "memory_used": 65536}),
    );
    same(&qdisc("fq_pie", &[], &full[..20]), json!({"ecn_mark": 4, "memory_used": 0}));
}

/// sfq's class counters (`struct tc_sfq_xstats`: allot), red's
/// (`struct tc_red_xstats`: early, pdrop, other, marked), choke's
/// (`struct tc_choke_xstats`: the same and matched), hhf's
/// (`struct tc_hhf_xstats`: drop_overlimit, hh_overlimit, hh_tot_count,
/// hh_cur_count) and sfb's (`struct tc_sfb_xstats`: six drop and mark
/// counts, maxqlen, maxprob and avgprob as fractions of SFB_MAX_PROB
/// 0xFFFF); choke, hhf and sfb with no options (tc prints none).
#[test]
fn counters_of_red_kin_print_as_tc() {
    same(&class("sfq", &words(&[(-1_514i32) as u32])), json!({"allot": -1514}));
    same(&qdisc("red", &[], &words(&[5, 2, 1, 9])), json!({"marked": 9, "early": 5, "pdrop": 2, "other": 1}));
    same(
        &qdisc("choke", &[], &words(&[5, 2, 1, 9, 4])),
        json!({"marked": 9, "early": 5, "pdrop": 2, "other": 1, "matched": 4}),
    );
    same(
        &qdisc("hhf", &[], &words(&[3, 7, 12, 2])),
        json!({"drop_overlimit": 3, "hh_overlimit": 7, "tot_hh": 12, "cur_hh": 2}),
    );
    same(
        &qdisc("sfb", &[], &words(&[1, 2, 3, 4, 5, 6, 20, 0x8000, 0x4000])),
        json!({"earlydrop": 1, "penaltydrop": 2, "bucketdrop": 3, "queuedrop": 4, "childdrop": 5,
               "marked": 6, "maxqlen": 20, "maxprob": 0.500008, "avgprob": 0.250004}),
    );
}

/// A kind's counters cut short or garbled: tc prints an empty line where
/// they go (its printers return early), and so does nlw, without failing;
/// an htb class's too.
#[test]
fn counters_cut_short_print_as_tc() {
    same(&qdisc("red", &[], &[1, 2, 3, 4, 5, 6]), json!({"marked": null}));
    same(&qdisc("sfb", &[], &words(&[1, 2, 3])), json!({"earlydrop": null}));
    same(&class("sfq", &[7]), json!({"allot": null}));
    same(&class("htb", &words(&[1, 2])), json!({"lended": null}));
    // A cake nest whose second attribute claims more than there is.
    let garbled = [u32_attr(CAKE_MEMORY_USED, 4096), vec![40, 0, 3, 0, 1, 2]].concat();
    same(&qdisc("cake", &[], &garbled), json!({"memory_used": null}));
}

// TCA_CAKE_STATS_* and TCA_CAKE_TIN_STATS_* (linux/pkt_sched.h).
const CAKE_CAPACITY_ESTIMATE64: u16 = 2;
const CAKE_MEMORY_LIMIT: u16 = 3;
const CAKE_MEMORY_USED: u16 = 4;
const CAKE_AVG_NETOFF: u16 = 5;
const CAKE_MIN_NETLEN: u16 = 6;
const CAKE_MAX_NETLEN: u16 = 7;
const CAKE_MIN_ADJLEN: u16 = 8;
const CAKE_MAX_ADJLEN: u16 = 9;
const CAKE_TIN_STATS: u16 = 10;
const CAKE_DEFICIT: u16 = 11;
const CAKE_COBALT_COUNT: u16 = 12;
const CAKE_DROPPING: u16 = 13;
const CAKE_DROP_NEXT_US: u16 = 14;
const CAKE_P_DROP: u16 = 15;
const CAKE_BLUE_TIMER_US: u16 = 16;
const TIN_SENT_PACKETS: u16 = 2;
const TIN_SENT_BYTES64: u16 = 3;
const TIN_DROPPED_PACKETS: u16 = 4;
const TIN_ACKS_DROPPED_PACKETS: u16 = 6;
const TIN_ECN_MARKED_PACKETS: u16 = 8;
const TIN_BACKLOG_PACKETS: u16 = 10;
const TIN_BACKLOG_BYTES: u16 = 11;
const TIN_THRESHOLD_RATE64: u16 = 12;
const TIN_TARGET_US: u16 = 13;
const TIN_INTERVAL_US: u16 = 14;
const TIN_WAY_INDIRECT_HITS: u16 = 15;
const TIN_WAY_MISSES: u16 = 16;
const TIN_WAY_COLLISIONS: u16 = 17;
const TIN_PEAK_DELAY_US: u16 = 18;
const TIN_AVG_DELAY_US: u16 = 19;
const TIN_BASE_DELAY_US: u16 = 20;
const TIN_SPARSE_FLOWS: u16 = 21;
const TIN_BULK_FLOWS: u16 = 22;
const TIN_UNRESPONSIVE_FLOWS: u16 = 23;
const TIN_MAX_SKBLEN: u16 = 24;
const TIN_FLOW_QUANTUM: u16 = 25;

/// Tin `n` (1 on) as `cake_dump_stats` nests it, its counters grown with
/// `n`.
fn tin(n: u16) -> Vec<u8> {
    let k = u32::from(n);
    let mut stats = [
        attr(TIN_THRESHOLD_RATE64, &(u64::from(k) * 1_562_500).to_ne_bytes()),
        attr(TIN_SENT_BYTES64, &(u64::from(k) * 10_000_000_000).to_ne_bytes()),
        u32_attr(TIN_BACKLOG_BYTES, k * 3000),
        u32_attr(TIN_TARGET_US, 5_000 * k),
        u32_attr(TIN_INTERVAL_US, 100_000),
        u32_attr(TIN_PEAK_DELAY_US, 250 * k),
        u32_attr(TIN_AVG_DELAY_US, 40 * k),
        u32_attr(TIN_BASE_DELAY_US, 3 * k),
        u32_attr(TIN_SENT_PACKETS, 1000 * k),
        u32_attr(TIN_WAY_INDIRECT_HITS, k),
        u32_attr(TIN_WAY_MISSES, 2 * k),
        u32_attr(TIN_WAY_COLLISIONS, 0),
        u32_attr(TIN_DROPPED_PACKETS, 5 * k),
        u32_attr(TIN_ECN_MARKED_PACKETS, 7),
        u32_attr(TIN_ACKS_DROPPED_PACKETS, 0),
        u32_attr(TIN_SPARSE_FLOWS, k),
        u32_attr(TIN_BULK_FLOWS, 1),
        u32_attr(TIN_UNRESPONSIVE_FLOWS, 0),
        u32_attr(TIN_MAX_SKBLEN, 1514),
        u32_attr(TIN_FLOW_QUANTUM, 1514),
    ]
    .concat();
    // Those tc does not print.
    stats.extend(u32_attr(TIN_BACKLOG_PACKETS, 2));
    nest(n, &stats)
}

/// cake's qdisc counters (memory, capacity, packet sizes) with three tins
/// (diffserv3's names), four (diffserv4's) and one (`Tin 0`); a class's (a
/// flow's) deficit and drop state, the next drop past and to come.
#[test]
fn cake_counters_print_as_tc() {
    let head = [
        u32_attr(CAKE_MEMORY_USED, 40_960),
        u32_attr(CAKE_MEMORY_LIMIT, 4 << 20),
        attr(CAKE_CAPACITY_ESTIMATE64, &12_500_000u64.to_ne_bytes()),
        u32_attr(CAKE_MIN_NETLEN, 42),
        u32_attr(CAKE_MAX_NETLEN, 1514),
        u32_attr(CAKE_MIN_ADJLEN, 64),
        u32_attr(CAKE_MAX_ADJLEN, 1538),
        u32_attr(CAKE_AVG_NETOFF, 14),
    ]
    .concat();
    for n in [3, 4, 1] {
        let tins: Vec<u8> = (1..=n).flat_map(tin).collect();
        let app = [head.clone(), nest(CAKE_TIN_STATS, &tins)].concat();
        let (_, json) = ours(&qdisc("cake", &[], &app), true);
        assert_eq!(json["tins"].as_array().map(Vec::len), Some(usize::from(n)), "{json}");
        same(
            &qdisc("cake", &[], &app),
            json!({"memory_used": 40960, "memory_limit": 4194304, "capacity_estimate": 12500000,
                   "min_network_size": 42, "max_network_size": 1514, "min_adj_size": 64,
                   "max_adj_size": 1538, "avg_hdr_offset": 14}),
        );
    }
    let tins: Vec<u8> = (1..=3).flat_map(tin).collect();
    let (_, json) = ours(&qdisc("cake", &[], &nest(CAKE_TIN_STATS, &tins)), true);
    assert_eq!(
        json["tins"][1],
        json!({"threshold_rate": 3125000, "sent_bytes": 20000000000u64, "backlog_bytes": 6000,
               "target_us": 10000, "interval_us": 100000, "peak_delay_us": 500, "avg_delay_us": 80,
               "base_delay_us": 6, "sent_packets": 2000, "way_indirect_hits": 2, "way_misses": 4,
               "way_collisions": 0, "drops": 10, "ecn_mark": 7, "ack_drops": 0, "sparse_flows": 2,
               "bulk_flows": 1, "unresponsive_flows": 0, "max_pkt_len": 1514, "flow_quantum": 1514})
    );
    let flow = |next: i32, timer: i32| {
        let app = [
            u32_attr(CAKE_DEFICIT, (-200i32) as u32),
            u32_attr(CAKE_COBALT_COUNT, 3),
            u32_attr(CAKE_DROPPING, 1),
            u32_attr(CAKE_DROP_NEXT_US, next as u32),
            u32_attr(CAKE_P_DROP, 65_000),
            u32_attr(CAKE_BLUE_TIMER_US, timer as u32),
        ];
        class("cake", &app.concat())
    };
    same(
        &flow(1_500, 20_000),
        json!({"deficit": -200, "count": 3, "dropping": true, "drop_next": 1500, "blue_prob": 65000,
               "blue_timer": 20000}),
    );
    same(&flow(-1_500, -20), json!({"drop_next": null, "blue_timer": null}));
}

/// The old `struct tc_stats` (bytes, packets, drops, overlimits, bps, pps,
/// qlen, backlog, as a 64-bit kernel pads it) when there is no
/// TCA_STATS2, with the kind's counters in TCA_XSTATS; with no rate or
/// backlog; cut short (read zero-filled, as tc reads it); and the kind's
/// counters in TCA_XSTATS without either.
#[test]
fn old_counters_print_as_tc() {
    let old = |bps: u32, pps: u32, qlen: u32, backlog: u32| {
        [u64s(&[7_000_000]), words(&[5_000, 3, 1, bps, pps, qlen, backlog, 0])].concat()
    };
    let msg = |stats: &[u8], xstats: &[u8]| {
        let extra = [attr(TCA_STATS, stats), attr(TCA_XSTATS, xstats)].concat();
        tc_message(RTM_NEWQDISC, [0x8001_0000, 0xffff_ffff, 2], "red", &[], &extra)
    };
    let red = words(&[5, 2, 1, 9]);
    same(
        &msg(&old(125_000, 40, 3, 4_500), &red),
        json!({"bytes": 7000000, "packets": 5000, "dropped": 3, "overlimits": 1, "rate": 125000,
               "pps": 40, "backlog": 4500, "qlen": 3, "marked": 9}),
    );
    same(&msg(&old(0, 40, 0, 4_500), &red), json!({"rate": null, "pps": 40, "qlen": null}));
    same(&msg(&old(0, 0, 0, 0), &red), json!({"pps": null, "backlog": null}));
    same(&msg(&old(0, 0, 0, 0)[..16], &red), json!({"bytes": 7000000, "dropped": 3, "overlimits": 0}));
    // TCA_XSTATS alone, of a qdisc and of a class.
    let alone = attr(TCA_XSTATS, &red);
    same(
        &tc_message(RTM_NEWQDISC, [0x8001_0000, 0xffff_ffff, 2], "red", &[], &alone),
        json!({"bytes": null, "marked": 9}),
    );
    let sfq = attr(TCA_XSTATS, &words(&[1514]));
    same(&tc_message(RTM_NEWTCLASS, [0x8001_0003, 0x8001_0000, 0], "sfq", &[], &sfq), json!({"allot": 1514}));
}
