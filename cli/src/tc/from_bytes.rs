//! Qdiscs and filters of kinds this kernel lacks, from messages built here
//! byte by byte per `linux/pkt_sched.h`, `linux/pkt_cls.h` and
//! `linux/tc_act/*.h`: nlw's text is compared with what tc 6.1 prints of
//! the same message (`tc monitor file` reads messages from a file), its
//! JSON with the keys tc's printers write (tc 6.1 prints no JSON there).

use std::io::Write as _;

use nlwire::tc::TcObject;
use nlwire::Message;
use nlwire_tests::wire::{attr, nest, u32_attr, words};
use serde_json::{json, Value};

use crate::json::Json;
use crate::names::Names;
use crate::sink::Sink;

mod counters;

// From linux/rtnetlink.h.
const RTM_NEWQDISC: u16 = 36;
const RTM_NEWTCLASS: u16 = 40;
const RTM_NEWTFILTER: u16 = 44;
const TCA_KIND: u16 = 1;
const TCA_OPTIONS: u16 = 2;
const TCA_CHAIN: u16 = 11;

/// The device every message names: one no machine has, which tc prints
/// as `if4000`.
const IFINDEX: i32 = 4000;

/// `filter show` without selectors: each filter's every field printed.
fn all_filters() -> super::Show {
    super::Show::parse(super::Object::Filter, &[]).expect("no words")
}

/// A tc message of `msg_type` on [`IFINDEX`]: `struct tcmsg` (family,
/// padding, ifindex, handle, parent, info), the kind, the options and
/// `extra` attributes.
fn tc_message(
    msg_type: u16,
    [handle, parent, info]: [u32; 3],
    kind: &str,
    options: &[u8],
    extra: &[u8],
) -> Vec<u8> {
    let mut body = vec![0u8; 4];
    body.extend_from_slice(&IFINDEX.to_ne_bytes());
    body.extend(words(&[handle, parent, info]));
    body.extend(attr(TCA_KIND, format!("{kind}\0").as_bytes()));
    // As the kernel nests it: without NLA_F_NESTED.
    body.extend(attr(TCA_OPTIONS, options));
    body.extend_from_slice(extra);
    // struct nlmsghdr: len, type, flags, seq, pid.
    let mut msg = ((16 + body.len()) as u32).to_ne_bytes().to_vec();
    msg.extend_from_slice(&msg_type.to_ne_bytes());
    msg.extend_from_slice(&[0; 10]);
    msg.extend(body);
    msg
}

/// What tc 6.1 prints of `msg` (`tc [-s] monitor file`, `-s` with
/// `stats`); `None` (and a SKIP line) without tc.
fn tc_text(msg: &[u8], stats: bool) -> Option<String> {
    tc_text_with(msg, if stats { &["-s"] } else { &[] })
}

/// What `tc OPTIONS monitor file` prints of `msg`.
fn tc_text_with(msg: &[u8], options: &[&str]) -> Option<String> {
    crate::reference::monitor_file("tc", options, msg)
}

/// nlw's line(s) for the qdisc, class or filter `msg`, as text and as
/// JSON (with its counters when `stats`, as `-s`).
fn ours(msg: &[u8], stats: bool) -> (String, Value) {
    ours_with(msg, stats, false)
}

/// [`ours`], with `-d`'s details when `details`.
fn ours_with(msg: &[u8], stats: bool, details: bool) -> (String, Value) {
    let message = Message::parse(msg).unwrap();
    let o = TcObject::parse(&message).unwrap();
    let dev = format!("if{IFINDEX}");
    let print = |s: &mut Sink<'_, &mut Vec<u8>>| {
        match message.kind() {
            RTM_NEWQDISC => super::qdisc(s, &o, Some(&dev), details)?,
            RTM_NEWTCLASS => super::class(s, &o, Some(&dev), false, details)?,
            _ => return super::filter(s, &o, Some(&dev), &all_filters(), &Names::default(), stats),
        }
        match stats {
            true => super::stats::of_object(s, &o),
            false => Ok(()),
        }
    };
    let (mut text, mut json) = (Vec::new(), Vec::new());
    {
        let mut j = Json::new(&mut text, false);
        print(&mut Sink::Text(j.out())).unwrap();
        writeln!(j.out()).unwrap();
        j.out().flush().unwrap();
    }
    {
        let mut j = Json::new(&mut json, false);
        j.begin_object().unwrap();
        print(&mut Sink::Json(&mut j)).unwrap();
        j.end_object().unwrap();
        j.out().flush().unwrap();
    }
    (String::from_utf8(text).unwrap(), serde_json::from_slice(&json).unwrap())
}

/// nlw's error for the filter `msg`, whose options it cannot read (text
/// and JSON refuse it alike).
pub(super) fn refused(msg: &[u8]) -> String {
    let message = Message::parse(msg).unwrap();
    let o = TcObject::parse(&message).unwrap();
    let dev = format!("if{IFINDEX}");
    let (mut text, mut json) = (Vec::new(), Vec::new());
    let mut t = Json::new(&mut text, false);
    let text_error =
        super::filter(&mut Sink::Text(t.out()), &o, Some(&dev), &all_filters(), &Names::default(), false);
    let mut j = Json::new(&mut json, false);
    j.begin_object().unwrap();
    let json_error =
        super::filter(&mut Sink::Json(&mut j), &o, Some(&dev), &all_filters(), &Names::default(), false);
    let (text_error, json_error) = (text_error.unwrap_err().to_string(), json_error.unwrap_err().to_string());
    assert_eq!(text_error, json_error);
    text_error
}

/// Our text is tc's, and our JSON at `pointer` is `expected`.
pub(super) fn check(msg: &[u8], pointer: &str, expected: Value) {
    check_as(msg, false, pointer, expected)
}

/// [`check`] with `tc -s`'s counters.
pub(super) fn check_stats(msg: &[u8], pointer: &str, expected: Value) {
    check_as(msg, true, pointer, expected)
}

/// [`check`] with `tc -d`'s details.
fn check_details(msg: &[u8], pointer: &str, expected: Value) {
    let (text, json) = ours_with(msg, false, true);
    if let Some(theirs) = tc_text_with(msg, &["-d"]) {
        assert_eq!(text, theirs);
    }
    assert_eq!(json.pointer(pointer), Some(&expected), "{json}");
}

fn check_as(msg: &[u8], stats: bool, pointer: &str, expected: Value) {
    let (text, json) = ours(msg, stats);
    if let Some(theirs) = tc_text(msg, stats) {
        assert_eq!(text, theirs);
    }
    assert_eq!(json.pointer(pointer), Some(&expected), "{json}");
}

/// A root qdisc `8001:` of `kind` with `options` (refcnt 2).
fn qdisc(kind: &str, options: &[u8]) -> Vec<u8> {
    tc_message(RTM_NEWQDISC, [0x8001_0000, 0xffff_ffff, 2], kind, options, &[])
}

// TCA_CODEL_* and TCA_FQ_CODEL_* (linux/pkt_sched.h).
const TCA_CODEL_TARGET: u16 = 1;
const TCA_CODEL_LIMIT: u16 = 2;
const TCA_CODEL_INTERVAL: u16 = 3;
const TCA_CODEL_ECN: u16 = 4;
const TCA_CODEL_CE_THRESHOLD: u16 = 5;
const TCA_FQ_CODEL_TARGET: u16 = 1;
const TCA_FQ_CODEL_LIMIT: u16 = 2;
const TCA_FQ_CODEL_INTERVAL: u16 = 3;
const TCA_FQ_CODEL_ECN: u16 = 4;
const TCA_FQ_CODEL_FLOWS: u16 = 5;
const TCA_FQ_CODEL_QUANTUM: u16 = 6;
const TCA_FQ_CODEL_CE_THRESHOLD: u16 = 7;
const TCA_FQ_CODEL_DROP_BATCH_SIZE: u16 = 8;
const TCA_FQ_CODEL_MEMORY_LIMIT: u16 = 9;
const TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR: u16 = 10;
const TCA_FQ_CODEL_CE_THRESHOLD_MASK: u16 = 11;

/// fq_codel as the kernel reports its defaults (no CE threshold: the
/// kernel leaves the attribute out), then with every option set.
#[test]
fn fq_codel_prints_as_tc() {
    let defaults = [
        u32_attr(TCA_FQ_CODEL_TARGET, 4_999),
        u32_attr(TCA_FQ_CODEL_LIMIT, 10_240),
        u32_attr(TCA_FQ_CODEL_INTERVAL, 99_999),
        u32_attr(TCA_FQ_CODEL_ECN, 1),
        u32_attr(TCA_FQ_CODEL_FLOWS, 1024),
        u32_attr(TCA_FQ_CODEL_QUANTUM, 1514),
        u32_attr(TCA_FQ_CODEL_DROP_BATCH_SIZE, 64),
        u32_attr(TCA_FQ_CODEL_MEMORY_LIMIT, 32 << 20),
    ]
    .concat();
    check(
        &qdisc("fq_codel", &defaults),
        "/options",
        json!({"limit": 10240, "flows": 1024, "quantum": 1514, "target": 4999, "interval": 99999,
               "memory_limit": 33554432, "ecn": true, "drop_batch": 64}),
    );
    let every = [
        u32_attr(TCA_FQ_CODEL_TARGET, 1_500),
        u32_attr(TCA_FQ_CODEL_LIMIT, 1000),
        u32_attr(TCA_FQ_CODEL_INTERVAL, 2_000_000),
        u32_attr(TCA_FQ_CODEL_ECN, 0),
        u32_attr(TCA_FQ_CODEL_FLOWS, 16),
        u32_attr(TCA_FQ_CODEL_QUANTUM, 300),
        u32_attr(TCA_FQ_CODEL_CE_THRESHOLD, 259),
        u32_attr(TCA_FQ_CODEL_DROP_BATCH_SIZE, 0),
        u32_attr(TCA_FQ_CODEL_MEMORY_LIMIT, 1_600),
        attr(TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR, &[0x01]),
        attr(TCA_FQ_CODEL_CE_THRESHOLD_MASK, &[0xff]),
    ]
    .concat();
    check(
        &qdisc("fq_codel", &every),
        "/options",
        json!({"limit": 1000, "flows": 16, "quantum": 300, "target": 1500, "ce_threshold": 259,
               "ce_threshold_selector": 1, "ce_threshold_mask": 255, "interval": 2000000,
               "memory_limit": 1600}),
    );
}

#[test]
fn codel_prints_as_tc() {
    let options = [
        u32_attr(TCA_CODEL_TARGET, 5_000),
        u32_attr(TCA_CODEL_LIMIT, 1000),
        u32_attr(TCA_CODEL_INTERVAL, 100_000),
        u32_attr(TCA_CODEL_ECN, 1),
        u32_attr(TCA_CODEL_CE_THRESHOLD, 12_342),
    ]
    .concat();
    check(
        &qdisc("codel", &options),
        "/options",
        json!({"limit": 1000, "target": 5000, "ce_threshold": 12342, "interval": 100000, "ecn": true}),
    );
    check(&qdisc("codel", &u32_attr(TCA_CODEL_ECN, 0)), "/options", json!({}));
}

// A u32 filter with actions: TCA_U32_SEL, TCA_U32_ACT (linux/pkt_cls.h),
// each action's TCA_ACT_KIND and TCA_ACT_OPTIONS; gact's TCA_GACT_TM,
// TCA_GACT_PARMS (struct tc_gact), TCA_GACT_PROB (struct tc_gact_p).
const TCA_U32_SEL: u16 = 5;
const TCA_U32_ACT: u16 = 7;
pub(super) const TCA_ACT_KIND: u16 = 1;
pub(super) const TCA_ACT_OPTIONS: u16 = 2;
const TCA_GACT_TM: u16 = 1;
const TCA_GACT_PARMS: u16 = 2;
const TCA_GACT_PROB: u16 = 3;
// TC_ACT_OK, TC_ACT_SHOT, TC_ACT_PIPE; TC_ACT_GOTO_CHAIN (2 << 28).
const PASS: i32 = 0;
const DROP: i32 = 2;
const PIPE: i32 = 3;
const GOTO_CHAIN: i32 = 2 << 28;

/// A gact action numbered `order`: `struct tc_gact` (index, capab,
/// action, refcnt, bindcnt), then `struct tc_gact_p` (ptype, pval,
/// paction) when given.
fn gact(order: u16, index: u32, action: i32, random: Option<(u16, u16, i32)>) -> Vec<u8> {
    let mut options = attr(TCA_GACT_TM, &[0; 32]);
    options.extend(attr(TCA_GACT_PARMS, &words(&[index, 0, action as u32, 1, 1])));
    if let Some((ptype, pval, paction)) = random {
        let prob = [ptype.to_ne_bytes(), pval.to_ne_bytes()].concat();
        options.extend(attr(TCA_GACT_PROB, &[prob, paction.to_ne_bytes().to_vec()].concat()));
    }
    let action = [attr(TCA_ACT_KIND, b"gact\0"), nest(TCA_ACT_OPTIONS, &options)].concat();
    nest(order, &action)
}

/// `u32 match ip src 192.0.2.0/24` on ingress with `actions`: one key
/// (mask, value, offset 12, offmask), the selector terminal.
pub(super) fn u32_filter(actions: &[u8]) -> Vec<u8> {
    // struct tc_u32_sel: flags (TC_U32_TERMINAL), offshift, nkeys, pad,
    // offmask, off, offoff, hoff, hmask; then struct tc_u32_key.
    let mut sel = vec![1u8, 0, 1, 0];
    sel.extend_from_slice(&[0; 12]);
    sel.extend_from_slice(&[255, 255, 255, 0, 192, 0, 2, 0]);
    sel.extend(words(&[12, 0]));
    let options = [attr(TCA_U32_SEL, &sel), nest(TCA_U32_ACT, actions)].concat();
    // Handle 800::800, parent ffff:, pref 1, protocol ip (htons(0x0800)).
    let info = (1 << 16) | u32::from(u16::from_be_bytes(0x0800u16.to_ne_bytes()));
    tc_message(RTM_NEWTFILTER, [0x8000_0800, 0xffff_0000, info], "u32", &options, &u32_attr(TCA_CHAIN, 0))
}

/// gact verdicts (`drop`, `pass`, `goto chain 5`, `pipe`) with and
/// without a random verdict (`netrand`, `determ`), as tc prints them.
#[test]
fn gact_actions_print_as_tc() {
    let actions = [
        gact(1, 1, DROP, None),
        gact(2, 7, PASS, Some((1, 10, DROP))),
        gact(3, 3, GOTO_CHAIN | 5, Some((2, 3, PIPE))),
    ]
    .concat();
    let prob = |random_type: &str, verdict: &str, val: u16| json!({"random_type": random_type, "control_action": {"type": verdict}, "val": val});
    check(
        &u32_filter(&actions),
        "/options/actions",
        json!([
            {"order": 1, "kind": "gact", "control_action": {"type": "drop"},
             "prob": prob("none", "pass", 0), "index": 1, "ref": 1, "bind": 1},
            {"order": 2, "kind": "gact", "control_action": {"type": "pass"},
             "prob": prob("netrand", "drop", 10), "index": 7, "ref": 1, "bind": 1},
            {"order": 3, "kind": "gact", "control_action": {"type": "goto", "chain": 5},
             "prob": prob("determ", "pipe", 3), "index": 3, "ref": 1, "bind": 1},
        ]),
    );
}

// TCA_FQ_* (linux/pkt_sched.h).
const TCA_FQ_PLIMIT: u16 = 1;
const TCA_FQ_FLOW_PLIMIT: u16 = 2;
const TCA_FQ_QUANTUM: u16 = 3;
const TCA_FQ_INITIAL_QUANTUM: u16 = 4;
const TCA_FQ_RATE_ENABLE: u16 = 5;
const TCA_FQ_FLOW_DEFAULT_RATE: u16 = 6;
const TCA_FQ_FLOW_MAX_RATE: u16 = 7;
const TCA_FQ_BUCKETS_LOG: u16 = 8;
const TCA_FQ_FLOW_REFILL_DELAY: u16 = 9;
const TCA_FQ_ORPHAN_MASK: u16 = 10;
const TCA_FQ_LOW_RATE_THRESHOLD: u16 = 11;
const TCA_FQ_CE_THRESHOLD: u16 = 12;
const TCA_FQ_TIMER_SLACK: u16 = 13;
const TCA_FQ_HORIZON: u16 = 14;
const TCA_FQ_HORIZON_DROP: u16 = 15;

/// fq as the kernel reports its defaults (no maximum rate: `~0`, no CE
/// threshold: `~0`), then with pacing off, a maximum rate, a default rate,
/// a CE threshold and horizon capping.
#[test]
fn fq_prints_as_tc() {
    let defaults = [
        u32_attr(TCA_FQ_PLIMIT, 10_000),
        u32_attr(TCA_FQ_FLOW_PLIMIT, 100),
        u32_attr(TCA_FQ_QUANTUM, 3028),
        u32_attr(TCA_FQ_INITIAL_QUANTUM, 15_140),
        u32_attr(TCA_FQ_RATE_ENABLE, 1),
        u32_attr(TCA_FQ_FLOW_DEFAULT_RATE, 0),
        u32_attr(TCA_FQ_FLOW_MAX_RATE, u32::MAX),
        u32_attr(TCA_FQ_BUCKETS_LOG, 10),
        u32_attr(TCA_FQ_FLOW_REFILL_DELAY, 40_000),
        u32_attr(TCA_FQ_ORPHAN_MASK, 1023),
        u32_attr(TCA_FQ_LOW_RATE_THRESHOLD, 68_750),
        u32_attr(TCA_FQ_CE_THRESHOLD, u32::MAX),
        u32_attr(TCA_FQ_TIMER_SLACK, 10_000),
        u32_attr(TCA_FQ_HORIZON, 10_000_000),
        attr(TCA_FQ_HORIZON_DROP, &[1]),
    ]
    .concat();
    check(
        &qdisc("fq", &defaults),
        "/options",
        json!({"limit": 10000, "flow_limit": 100, "buckets": 1024, "orphan_mask": 1023,
               "quantum": 3028, "initial_quantum": 15140, "low_rate_threshold": 68750,
               "refill_delay": 40000, "timer_slack": 10000, "horizon": 10000000,
               "horizon_drop": null}),
    );
    let changed = [
        u32_attr(TCA_FQ_RATE_ENABLE, 0),
        u32_attr(TCA_FQ_FLOW_MAX_RATE, 1_250_000),
        u32_attr(TCA_FQ_FLOW_DEFAULT_RATE, 125_000),
        u32_attr(TCA_FQ_CE_THRESHOLD, 2_000),
        u32_attr(TCA_FQ_TIMER_SLACK, 1_500),
        attr(TCA_FQ_HORIZON_DROP, &[0]),
    ]
    .concat();
    check(
        &qdisc("fq", &changed),
        "/options",
        json!({"pacing": false, "maxrate": 1250000, "defrate": 125000, "ce_threshold": 2000,
               "timer_slack": 1500, "horizon_cap": null}),
    );
}

/// `struct tc_sfq_qopt` (quantum, perturb_period, limit, divisor, flows),
/// then, for `struct tc_sfq_qopt_v1`, depth, headdrop, limit, qth_min,
/// qth_max, Wlog, Plog, Scell_log, flags, max_P and six counters.
fn sfq(perturb: i32, v1: Option<([u32; 5], [u8; 4], u32)>) -> Vec<u8> {
    let mut options = words(&[1514, perturb as u32, 127, 1024, 127]);
    if let Some((fields, logs_and_flags, max_p)) = v1 {
        options.extend(words(&fields));
        options.extend_from_slice(&logs_and_flags);
        options.extend(words(&[max_p, 0, 0, 0, 0, 0, 0]));
    }
    qdisc("sfq", &options)
}

/// sfq as an old kernel reports it (`struct tc_sfq_qopt` alone), as this
/// one does (`_v1`), with head drop, and with RED (ECN and harddrop on,
/// a probability of 0.02: 0.02 * 2^32 = 85899346).
#[test]
fn sfq_prints_as_tc() {
    let base = json!({"limit": 127, "quantum": 1514, "divisor": 1024});
    check(&sfq(0, None), "/options", base);
    check(
        &sfq(10, Some(([127, 0, 127, 0, 0], [0; 4], 0))),
        "/options",
        json!({"limit": 127, "quantum": 1514, "depth": 127, "divisor": 1024, "perturb": 10}),
    );
    check(
        &sfq(0, Some(([64, 1, 127, 30_000, 90_000], [9, 20, 0, 3], 85_899_346))),
        "/options",
        json!({"limit": 127, "quantum": 1514, "depth": 64, "headdrop": true, "divisor": 1024,
               "ewma": 9, "min": 30000, "max": 90000, "probability": 0.02,
               "ecn": true, "harddrop": true, "adaptive": false, "nodrop": false}),
    );
}

/// sfq with `-d`: its flows too (127 here), before the divisor.
#[test]
fn sfq_details_print_as_tc() {
    check_details(
        &sfq(10, Some(([127, 0, 127, 0, 0], [0; 4], 0))),
        "/options",
        json!({"limit": 127, "quantum": 1514, "depth": 127, "flows": 127, "divisor": 1024, "perturb": 10}),
    );
}

// TCA_RED_* (linux/pkt_sched.h).
const TCA_RED_PARMS: u16 = 1;
const TCA_RED_MAX_P: u16 = 3;
const TCA_RED_FLAGS: u16 = 4;
const TCA_RED_EARLY_DROP_BLOCK: u16 = 5;
const TCA_RED_MARK_BLOCK: u16 = 6;

/// red with its flags in `struct tc_red_qopt` (limit, qth_min, qth_max,
/// Wlog, Plog, Scell_log, flags: ECN), then with them in TCA_RED_FLAGS (a
/// `struct nla_bitfield32`: harddrop and nodrop) and both qevents.
#[test]
fn red_prints_as_tc() {
    let parms = |flags: u8| {
        let mut parms = words(&[400_000, 30_000, 90_000]);
        parms.extend_from_slice(&[9, 20, 3, flags]);
        attr(TCA_RED_PARMS, &parms)
    };
    let flags = |ecn, harddrop, adaptive, nodrop| json!({"ecn": ecn, "harddrop": harddrop, "adaptive": adaptive, "nodrop": nodrop});
    let mut expected = json!({"limit": 400000, "min": 30000, "max": 90000});
    expected.as_object_mut().unwrap().extend(flags(true, false, false, false).as_object().unwrap().clone());
    check(&qdisc("red", &[parms(1), u32_attr(TCA_RED_MAX_P, 85_899_346)].concat()), "/options", expected);
    let options = [
        parms(1),
        attr(TCA_RED_FLAGS, &words(&[2 | 8, 0xf])),
        u32_attr(TCA_RED_EARLY_DROP_BLOCK, 10),
        u32_attr(TCA_RED_MARK_BLOCK, 20),
    ]
    .concat();
    let mut expected = json!({"limit": 400000, "min": 30000, "max": 90000,
        "qevents": [{"kind": "early_drop", "block": 10}, {"kind": "mark", "block": 20}]});
    expected.as_object_mut().unwrap().extend(flags(false, true, false, true).as_object().unwrap().clone());
    check(&qdisc("red", &options), "/options", expected);
}

/// red with `-d`: ewma (Wlog 9), then the probability TCA_RED_MAX_P
/// gives (0.02 * 2^32 = 85899346), else Plog (20), then Scell_log (3).
#[test]
fn red_details_print_as_tc() {
    let mut parms = words(&[400_000, 30_000, 90_000]);
    parms.extend_from_slice(&[9, 20, 3, 1]);
    let parms = attr(TCA_RED_PARMS, &parms);
    let base = json!({"limit": 400000, "min": 30000, "max": 90000,
        "ecn": true, "harddrop": false, "adaptive": false, "nodrop": false, "ewma": 9, "Scell_log": 3});
    let mut with_p = base.clone();
    with_p["probability"] = json!(0.02);
    check_details(
        &qdisc("red", &[parms.clone(), u32_attr(TCA_RED_MAX_P, 85_899_346)].concat()),
        "/options",
        with_p,
    );
    let mut with_log = base;
    with_log["Plog"] = json!(20);
    check_details(&qdisc("red", &parms), "/options", with_log.clone());
    with_log["qevents"] = json!([{"kind": "mark", "block": 20}]);
    check_details(&qdisc("red", &[parms, u32_attr(TCA_RED_MARK_BLOCK, 20)].concat()), "/options", with_log);
}

// TCA_NETEM_* and NETEM_LOSS_* (linux/pkt_sched.h).
const TCA_NETEM_CORR: u16 = 1;
const TCA_NETEM_REORDER: u16 = 3;
const TCA_NETEM_CORRUPT: u16 = 4;
const TCA_NETEM_LOSS: u16 = 5;
const TCA_NETEM_RATE: u16 = 6;
const TCA_NETEM_ECN: u16 = 7;
const TCA_NETEM_LATENCY64: u16 = 10;
const TCA_NETEM_JITTER64: u16 = 11;
const TCA_NETEM_SLOT: u16 = 12;
const NETEM_LOSS_GI: u16 = 1;
const NETEM_LOSS_GE: u16 = 2;

/// A probability as netem keeps it: a fraction of `u32::MAX`, rounded.
fn chance(fraction: f64) -> u32 {
    (fraction * f64::from(u32::MAX)).round() as u32
}

/// `struct tc_netem_qopt`: latency and jitter in scheduler ticks (15.625 a
/// microsecond here, per /proc/net/psched), limit, loss, gap, duplicate.
fn netem_qopt(latency_us: u32, jitter_us: u32, loss: f64, gap: u32, duplicate: f64) -> Vec<u8> {
    let ticks = |us: u32| (f64::from(us) * 15.625) as u32;
    words(&[ticks(latency_us), 1000, chance(loss), gap, chance(duplicate), ticks(jitter_us)])
}

/// netem without delay, loss or duplicates, with `loss` (a
/// TCA_NETEM_LOSS model, nested as the kernel nests it: without
/// NLA_F_NESTED) and `struct tc_netem_slot`: min and max delay (ns),
/// packets, bytes, distribution delay and jitter (ns).
fn netem_model(
    loss: Vec<u8>,
    [min, max]: [i64; 2],
    [packets, bytes]: [u32; 2],
    [delay, jitter]: [i64; 2],
) -> Vec<u8> {
    let mut slot = [min, max].map(i64::to_ne_bytes).concat();
    slot.extend(words(&[packets, bytes]));
    slot.extend([delay, jitter].map(i64::to_ne_bytes).concat());
    let options = [netem_qopt(0, 0, 0.0, 0, 0.0), attr(TCA_NETEM_LOSS, &loss), attr(TCA_NETEM_SLOT, &slot)];
    qdisc("netem", &options.concat())
}

/// netem with delay, jitter and their correlation, random loss, duplicates,
/// reordering with a gap, corruption, a rate with overhead, ECN, and the
/// 64-bit times tc 6.1 passes over; then the Gilbert-Elliott loss model
/// and a slot.
#[test]
fn netem_prints_as_tc() {
    let options = [
        netem_qopt(100_000, 10_000, 0.01, 5, 0.005),
        attr(TCA_NETEM_CORR, &words(&[chance(0.25), chance(0.1), 0])),
        attr(TCA_NETEM_REORDER, &words(&[chance(0.2), chance(0.5)])),
        attr(TCA_NETEM_CORRUPT, &words(&[chance(0.001), 0])),
        attr(TCA_NETEM_RATE, &words(&[125_000, 14, 0, (-2i32) as u32])),
        u32_attr(TCA_NETEM_ECN, 0),
        attr(TCA_NETEM_LATENCY64, &200_000_000i64.to_ne_bytes()),
        attr(TCA_NETEM_JITTER64, &20_000_000i64.to_ne_bytes()),
    ]
    .concat();
    // tc prints a correlation of 0 with `%g`: `0`, a whole number.
    let percent = |key: &str, value: f64, correlation: Value| json!({key: value, "correlation": correlation});
    check(
        &qdisc("netem", &options),
        "/options",
        json!({"limit": 1000,
               "delay": {"delay": 0.1, "jitter": 0.01, "correlation": 0.25},
               "loss-random": percent("loss", 0.01, json!(0.1)),
               "duplicate": percent("duplicate", 0.005, json!(0)),
               "reorder": percent("reorder", 0.2, json!(0.5)),
               "corrupt": percent("corrupt", 0.001, json!(0)),
               "rate": {"rate": 125000, "packetoverhead": 14, "cellsize": 0, "celloverhead": -2},
               "ecn": true, "gap": 5}),
    );
    // struct tc_netem_gemodel: p, r, h, k1; a slot of 1 to 2.5 ms.
    let ge = words(&[chance(0.05), chance(0.9), chance(0.75), chance(0.01)]);
    check(
        &netem_model(attr(NETEM_LOSS_GE, &ge), [1_000_000, 2_500_000], [32, 0], [0, 0]),
        "/options",
        json!({"limit": 1000,
               "loss-gemodel": {"p": 0.05, "r": 0.9, "1-h": 0.25, "1-k": 0.01},
               "slot": {"min-delay": 0.001, "max-delay": 0.0025, "packets": 32, "bytes": 0},
               "ecn": false, "gap": 0}),
    );
    // struct tc_netem_gimodel: p13, p31, p32, p14, p23 (tc prints p23
    // before p14); a slot by distribution (delay, jitter).
    let gi = words(&[chance(0.1), chance(0.9), chance(0.0), chance(0.02), chance(1.0)]);
    check(
        &netem_model(attr(NETEM_LOSS_GI, &gi), [0, 0], [0, 1500], [5_000_000, 1_500]),
        "/options",
        json!({"limit": 1000,
               "loss-state": {"p13": 0.1, "p31": 0.9, "p32": 0, "p23": 1, "p14": 0.02},
               "slot": {"distribution": 0.005, "jitter": 1.5e-06, "packets": 0, "bytes": 1500},
               "ecn": false, "gap": 0}),
    );
}

// TCA_ETS_* (linux/pkt_sched.h).
const TCA_ETS_NBANDS: u16 = 1;
const TCA_ETS_NSTRICT: u16 = 2;
const TCA_ETS_QUANTA: u16 = 3;
const TCA_ETS_QUANTA_BAND: u16 = 4;
const TCA_ETS_PRIOMAP: u16 = 5;
const TCA_ETS_PRIOMAP_BAND: u16 = 6;

/// ets as the kernel dumps it (`ets_qdisc_dump`: the quanta of the bands
/// after the strict ones, then a band for each of the 16 priorities, in
/// flagged nests), and one of its classes.
#[test]
fn ets_prints_as_tc() {
    let quanta: Vec<u8> = [3000, 2000, 1000].iter().flat_map(|&q| u32_attr(TCA_ETS_QUANTA_BAND, q)).collect();
    let bands = [3u8, 2, 1, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    let priomap: Vec<u8> = bands.iter().flat_map(|&b| attr(TCA_ETS_PRIOMAP_BAND, &[b])).collect();
    let options = [
        attr(TCA_ETS_NBANDS, &[4]),
        attr(TCA_ETS_NSTRICT, &[1]),
        nest(TCA_ETS_QUANTA, &quanta),
        nest(TCA_ETS_PRIOMAP, &priomap),
    ]
    .concat();
    check(
        &qdisc("ets", &options),
        "/options",
        json!({"bands": 4, "strict": 1, "quanta": [3000, 2000, 1000], "priomap": bands}),
    );
    // Class 8001:2 of qdisc 8001:, its quantum.
    let class = tc_message(
        RTM_NEWTCLASS,
        [0x8001_0002, 0x8001_0000, 0],
        "ets",
        &u32_attr(TCA_ETS_QUANTA_BAND, 3000),
        &[],
    );
    check(&class, "/quantum", json!(3000));
}

// TCA_PIE_* and TCA_FQ_PIE_* (linux/pkt_sched.h).
const TCA_PIE_TARGET: u16 = 1;
const TCA_PIE_LIMIT: u16 = 2;
const TCA_PIE_TUPDATE: u16 = 3;
const TCA_PIE_ALPHA: u16 = 4;
const TCA_PIE_BETA: u16 = 5;
const TCA_PIE_ECN: u16 = 6;
const TCA_PIE_BYTEMODE: u16 = 7;
const TCA_PIE_DQ_RATE_ESTIMATOR: u16 = 8;
const TCA_FQ_PIE_LIMIT: u16 = 1;
const TCA_FQ_PIE_FLOWS: u16 = 2;
const TCA_FQ_PIE_TARGET: u16 = 3;
const TCA_FQ_PIE_TUPDATE: u16 = 4;
const TCA_FQ_PIE_ALPHA: u16 = 5;
const TCA_FQ_PIE_BETA: u16 = 6;
const TCA_FQ_PIE_QUANTUM: u16 = 7;
const TCA_FQ_PIE_MEMORY_LIMIT: u16 = 8;
const TCA_FQ_PIE_ECN_PROB: u16 = 9;
const TCA_FQ_PIE_ECN: u16 = 10;
const TCA_FQ_PIE_BYTEMODE: u16 = 11;
const TCA_FQ_PIE_DQ_RATE_ESTIMATOR: u16 = 12;

/// pie and fq_pie as the kernel dumps them: every attribute, the flags
/// off and then on.
#[test]
fn pie_and_fq_pie_print_as_tc() {
    let pie = |flag: u32| {
        [(TCA_PIE_TARGET, 15_000), (TCA_PIE_LIMIT, 1000), (TCA_PIE_TUPDATE, 15_000), (TCA_PIE_ALPHA, 2)]
            .into_iter()
            .chain([(TCA_PIE_BETA, 20), (TCA_PIE_ECN, flag), (TCA_PIE_BYTEMODE, flag)])
            .chain([(TCA_PIE_DQ_RATE_ESTIMATOR, flag)])
            .flat_map(|(kind, value)| u32_attr(kind, value))
            .collect::<Vec<u8>>()
    };
    let base = json!({"limit": 1000, "target": 15000, "tupdate": 15000, "alpha": 2, "beta": 20});
    check(&qdisc("pie", &pie(0)), "/options", base);
    check(
        &qdisc("pie", &pie(1)),
        "/options",
        json!({"limit": 1000, "target": 15000, "tupdate": 15000, "alpha": 2, "beta": 20,
               "ecn": true, "bytemode": true, "dq_rate_estimator": true}),
    );
    let fq_pie: Vec<u8> = [
        (TCA_FQ_PIE_LIMIT, 10_240),
        (TCA_FQ_PIE_FLOWS, 1024),
        (TCA_FQ_PIE_TARGET, 15_000),
        (TCA_FQ_PIE_TUPDATE, 15_000),
        (TCA_FQ_PIE_ALPHA, 2),
        (TCA_FQ_PIE_BETA, 20),
        (TCA_FQ_PIE_QUANTUM, 1514),
        (TCA_FQ_PIE_MEMORY_LIMIT, 32 << 20),
        (TCA_FQ_PIE_ECN_PROB, 10),
        (TCA_FQ_PIE_ECN, 1),
        (TCA_FQ_PIE_BYTEMODE, 0),
        (TCA_FQ_PIE_DQ_RATE_ESTIMATOR, 1),
    ]
    .into_iter()
    .flat_map(|(kind, value)| u32_attr(kind, value))
    .collect();
    check(
        &qdisc("fq_pie", &fq_pie),
        "/options",
        json!({"limit": 10240, "flows": 1024, "target": 15000, "tupdate": 15000, "alpha": 2,
               "beta": 20, "quantum": 1514, "memory_limit": 33554432, "ecn_prob": 10, "ecn": true,
               "dq_rate_estimator": true}),
    );
}

// TCA_CAKE_* (linux/pkt_sched.h).
const TCA_CAKE_BASE_RATE64: u16 = 2;
const TCA_CAKE_DIFFSERV_MODE: u16 = 3;
const TCA_CAKE_ATM: u16 = 4;
const TCA_CAKE_FLOW_MODE: u16 = 5;
const TCA_CAKE_OVERHEAD: u16 = 6;
const TCA_CAKE_RTT: u16 = 7;
const TCA_CAKE_TARGET: u16 = 8;
const TCA_CAKE_AUTORATE: u16 = 9;
const TCA_CAKE_MEMORY: u16 = 10;
const TCA_CAKE_NAT: u16 = 11;
const TCA_CAKE_RAW: u16 = 12;
const TCA_CAKE_WASH: u16 = 13;
const TCA_CAKE_MPU: u16 = 14;
const TCA_CAKE_INGRESS: u16 = 15;
const TCA_CAKE_ACK_FILTER: u16 = 16;
const TCA_CAKE_SPLIT_GSO: u16 = 17;
const TCA_CAKE_FWMARK: u16 = 18;

/// cake as the kernel dumps its defaults (`cake_dump`: every attribute,
/// unlimited, diffserv3, triple-isolate, raw), then a shaped one: ADSL
/// framing, dual-dsthost, NAT, wash, ingress, aggressive ACK filtering.
#[test]
fn cake_prints_as_tc() {
    let cake = |rate: u64, values: [u32; 15], raw: bool| {
        let kinds = [
            TCA_CAKE_DIFFSERV_MODE,
            TCA_CAKE_ATM,
            TCA_CAKE_FLOW_MODE,
            TCA_CAKE_OVERHEAD,
            TCA_CAKE_RTT,
            TCA_CAKE_TARGET,
            TCA_CAKE_AUTORATE,
            TCA_CAKE_MEMORY,
            TCA_CAKE_NAT,
            TCA_CAKE_WASH,
            TCA_CAKE_MPU,
            TCA_CAKE_INGRESS,
            TCA_CAKE_ACK_FILTER,
            TCA_CAKE_SPLIT_GSO,
            TCA_CAKE_FWMARK,
        ];
        let mut options = attr(TCA_CAKE_BASE_RATE64, &rate.to_ne_bytes());
        options.extend(kinds.into_iter().zip(values).flat_map(|(kind, value)| u32_attr(kind, value)));
        if raw {
            options.extend(u32_attr(TCA_CAKE_RAW, 0));
        }
        qdisc("cake", &options)
    };
    check(
        &cake(0, [0, 0, 7, 0, 100_000, 5_000, 0, 0, 0, 0, 0, 0, 0, 1, 0], true),
        "/options",
        json!({"bandwidth": "unlimited", "diffserv": "diffserv3", "flowmode": "triple-isolate",
               "nat": false, "wash": false, "ingress": false, "ack-filter": "disabled",
               "split_gso": true, "rtt": 100000, "raw": true, "overhead": 0, "fwmark": "0"}),
    );
    check(
        &cake(
            12_500_000,
            [1, 1, 6, (-4i32) as u32, 20_000, 1_000, 1, 4 << 20, 1, 1, 64, 1, 2, 0, 0xff],
            false,
        ),
        "/options",
        json!({"bandwidth": 12500000, "autorate": "autorate-ingress", "diffserv": "diffserv4",
               "flowmode": "dual-dsthost", "nat": true, "wash": true, "ingress": true,
               "ack-filter": "aggressive", "split_gso": false, "rtt": 20000, "raw": false,
               "atm": "atm", "overhead": -4, "mpu": 64, "memlimit": 4194304, "fwmark": "0xff"}),
    );
}

// TCA_STATS2 (linux/rtnetlink.h); TCA_STATS_* (linux/gen_stats.h).
const TCA_STATS2: u16 = 7;
const TCA_STATS_BASIC: u16 = 1;
const TCA_STATS_RATE_EST: u16 = 2;
const TCA_STATS_QUEUE: u16 = 3;
const TCA_STATS_RATE_EST64: u16 = 5;
const TCA_STATS_BASIC_HW: u16 = 7;
const TCA_STATS_PKT64: u16 = 8;

/// `struct gnet_stats_basic` as a 64-bit kernel pads it: bytes, packets.
fn basic(bytes: u64, packets: u32) -> Vec<u8> {
    [bytes.to_ne_bytes().to_vec(), words(&[packets, 0])].concat()
}

/// `tc -s` of a qdisc whose counters have every part: a 64-bit packet
/// count, work done in hardware, a rate past 32 bits (with its 32-bit
/// twin, as the kernel sends both) and a backlog, on tc's lines.
#[test]
fn qdisc_counters_print_as_tc_s() {
    let rate = [1_000_000u32.to_ne_bytes(), 50u32.to_ne_bytes()].concat();
    let rate64 = [6_000_000_000u64.to_ne_bytes(), 70u64.to_ne_bytes()].concat();
    let stats = [
        attr(TCA_STATS_BASIC, &basic(7_000_000_000, 5_000_000)),
        attr(TCA_STATS_PKT64, &(1u64 << 33).to_ne_bytes()),
        attr(TCA_STATS_BASIC_HW, &basic(3_000_000_000, 1_000_000)),
        attr(TCA_STATS_RATE_EST, &rate),
        attr(TCA_STATS_RATE_EST64, &rate64),
        // qlen, backlog, drops, requeues, overlimits.
        attr(TCA_STATS_QUEUE, &words(&[3, 4500, 7, 1, 9])),
    ]
    .concat();
    let msg = tc_message(
        RTM_NEWQDISC,
        [0x8001_0000, 0xffff_ffff, 2],
        "pfifo",
        &words(&[100]),
        &nest(TCA_STATS2, &stats),
    );
    let (_, json) = ours(&msg, true);
    for (key, value) in [
        ("bytes", json!(7_000_000_000u64)),
        ("packets", json!(1u64 << 33)),
        ("sw_bytes", json!(4_000_000_000u64)),
        ("sw_packets", json!(4_000_000)),
        ("hw_bytes", json!(3_000_000_000u64)),
        ("hw_packets", json!(1_000_000)),
        ("rate", json!(6_000_000_000u64)),
        ("pps", json!(70)),
        ("drops", json!(7)),
        ("overlimits", json!(9)),
        ("requeues", json!(1)),
        ("backlog", json!(4500)),
        ("qlen", json!(3)),
    ] {
        assert_eq!(json[key], value, "{key}: {json}");
    }
    check_stats(&msg, "/options/limit", json!(100));
}

// TCA_STATS_APP (linux/gen_stats.h).
const TCA_STATS_APP: u16 = 4;

/// `tc -s` of an fq_codel qdisc: its own counters after the common ones
/// (`struct tc_fq_codel_xstats`, type 0: the qdisc's), those that are 0 of
/// the later three left out; and a shorter struct, as an older kernel sends
/// it, read as tc reads it.
#[test]
fn fq_codel_counters_print_as_tc_s() {
    let options = [u32_attr(TCA_FQ_CODEL_LIMIT, 10240), u32_attr(TCA_FQ_CODEL_FLOWS, 1024)].concat();
    // type, maxpacket, drop_overlimit, ecn_mark, new_flow_count,
    // new_flows_len, old_flows_len, ce_mark, memory_usage, drop_overmemory.
    for (xstats, memory) in [
        (words(&[0, 1514, 2, 0, 37, 1, 3, 0, 4096, 0]), json!(4096)),
        (words(&[0, 1514, 2, 0, 37, 1, 3]), Value::Null),
    ] {
        let stats = [
            attr(TCA_STATS_BASIC, &basic(9000, 60)),
            attr(TCA_STATS_QUEUE, &words(&[0, 0, 2, 0, 0])),
            attr(TCA_STATS_APP, &xstats),
        ]
        .concat();
        let msg = tc_message(
            RTM_NEWQDISC,
            [0x8001_0000, 0xffff_ffff, 2],
            "fq_codel",
            &options,
            &nest(TCA_STATS2, &stats),
        );
        let (_, json) = ours(&msg, true);
        assert_eq!(json["memory_used"], memory, "{json}");
        assert_eq!((json["maxpacket"].clone(), json["new_flow_count"].clone()), (json!(1514), json!(37)));
        assert!(json.get("ce_mark").is_none(), "0: left out");
        check_stats(&msg, "/old_flows_len", json!(3));
    }
}

// TCA_FW_* and TCA_MATCHALL_* (linux/pkt_cls.h); TCA_CLS_FLAGS_SKIP_SW,
// TCA_CLS_FLAGS_NOT_IN_HW.
const TCA_FW_CLASSID: u16 = 1;
const TCA_FW_INDEV: u16 = 3;
const TCA_FW_ACT: u16 = 4;
const TCA_FW_MASK: u16 = 5;
const TCA_MATCHALL_CLASSID: u16 = 1;
const TCA_MATCHALL_ACT: u16 = 2;
const TCA_MATCHALL_FLAGS: u16 = 3;
const TCA_MATCHALL_PCNT: u16 = 4;
const CLS_SKIP_SW: u32 = 2;
const CLS_NOT_IN_HW: u32 = 8;

/// A filter of `kind` with handle `handle` under `1:`, pref 1, protocol
/// ip, chain 0.
fn filter_of(kind: &str, handle: u32, options: &[u8]) -> Vec<u8> {
    let info = (1 << 16) | u32::from(u16::from_be_bytes(0x0800u16.to_ne_bytes()));
    tc_message(RTM_NEWTFILTER, [handle, 0x0001_0000, info], kind, options, &u32_attr(TCA_CHAIN, 0))
}

/// fw filters: the mark alone (tc shows no mask for the default one), a
/// mask, the input device and an action on lines of their own.
#[test]
fn fw_filters_print_as_tc() {
    check(
        &filter_of("fw", 6, &u32_attr(TCA_FW_CLASSID, 0x0001_0010)),
        "/options",
        json!({"handle": {"mark": "6", "mask": "ffffffff"}, "classid": "1:10"}),
    );
    let options = [
        u32_attr(TCA_FW_MASK, 0xff),
        u32_attr(TCA_FW_CLASSID, 0x0001_0030),
        attr(TCA_FW_INDEV, b"eth1\0"),
        nest(TCA_FW_ACT, &gact(1, 4, DROP, None)),
    ]
    .concat();
    let fw = filter_of("fw", 0x10, &options);
    check(&fw, "/options/handle", json!({"mark": "10", "mask": "ff"}));
    check(&fw, "/options/indev", json!("eth1"));
    check(&fw, "/options/actions/0/control_action", json!({"type": "drop"}));
}

/// matchall filters: the handle, the class, the flags each on a line of
/// its own, the rule's hits with `-s`, then the actions.
#[test]
fn matchall_filters_print_as_tc() {
    let hits = [7u64.to_ne_bytes()].concat();
    let options = [
        u32_attr(TCA_MATCHALL_CLASSID, 0x0001_0010),
        nest(TCA_MATCHALL_ACT, &gact(1, 9, PASS, None)),
        u32_attr(TCA_MATCHALL_FLAGS, CLS_SKIP_SW | CLS_NOT_IN_HW),
        attr(TCA_MATCHALL_PCNT, &hits),
    ]
    .concat();
    let matchall = filter_of("matchall", 1, &options);
    let expected = json!({"handle": 1, "flowid": "1:10", "skip_sw": true, "not_in_hw": true});
    for (key, value) in expected.as_object().unwrap() {
        check(&matchall, &format!("/options/{key}"), value.clone());
    }
    check_stats(&matchall, "/options/rule_hit", json!(7));
    check(
        &filter_of("matchall", 0, &u32_attr(TCA_MATCHALL_FLAGS, CLS_NOT_IN_HW)),
        "/options",
        json!({"not_in_hw": true}),
    );
}
