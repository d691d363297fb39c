//! The `red` qdisc (random early detection) and the RED flags `sfq` shares,
//! as tc 6.1 prints them (tc/q_red.c, tc/tc_red.c, tc/tc_qevent.c): text
//! after the qdisc's head, `-j` keys in `options`.
//!
//! ```text
//! qdisc red 8001: root refcnt 2 limit 400000b min 30000b max 90000b ecn harddrop qevent early_drop block 10
//! ```

use std::io::Write;

use nlwire::tables::tc::{red_attrs as red, RedAttrs, TC_RED_QOPT};

use crate::args::Words;
use crate::sink::Sink;
use crate::tc::options::{decimal, integer, put_attr, put_field, rate32, refused, size, strtod, what_is};
use crate::tc::speed::Speed;
use nlwire::tc::request::time_to_ticks;

use crate::tc::units::{g6, TcFields};
use crate::Result;

/// `TC_RED_ECN`, `TC_RED_HARDDROP`, `TC_RED_ADAPTATIVE`, `TC_RED_NODROP`
/// (linux/pkt_sched.h), with tc's words.
const FLAGS: [(u8, &str); 4] = [(1, "ecn"), (2, "harddrop"), (4, "adaptive"), (8, "nodrop")];

/// `red`'s options: its limits and flags, then the blocks its qevents go
/// to. Without `TCA_RED_PARMS` nothing is printed, as tc prints nothing.
/// With `details` (`-d`), `ewma`, `probability` (or `Plog`) and `Scell_log`.
pub fn print<W: Write>(s: &mut Sink<'_, W>, a: &RedAttrs<'_>, details: bool) -> Result<()> {
    let Some(p) = a.parms()? else { return Ok(()) };
    s.size("limit", p.limit.get())?;
    s.size("min", p.qth_min.get())?;
    s.size("max", p.qth_max.get())?;
    // TCA_RED_FLAGS, a `struct nla_bitfield32` whose value replaces the
    // struct's (a byte there, as tc keeps it).
    let flags_value = a.flags()?.and_then(|f| f.payload().first_chunk::<4>().map(|v| u32::from_ne_bytes(*v)));
    flags(s, flags_value.map_or(p.flags, |v| v as u8))?;
    if details {
        // The probability from TCA_RED_MAX_P, else its log in the struct.
        s.num("ewma", "ewma", &p.wlog)?;
        match a.max_p()?.filter(|&max_p| max_p != 0) {
            Some(max_p) => {
                let probability = g6(f64::from(max_p) / 4_294_967_296.0);
                s.raw(
                    "probability",
                    format_args!("probability {probability} "),
                    format_args!("{probability}"),
                )?;
            }
            None => s.num("Plog", "Plog", &p.plog)?,
        }
        // Without a space after it, as tc writes it (a qevent follows
        // straight on).
        s.fmt_num("Scell_log", format_args!("Scell_log {}", p.scell_log), p.scell_log)?;
    }
    let qevents = [("early_drop", a.early_drop_block()?), ("mark", a.mark_block()?)];
    let mut qevents =
        qevents.into_iter().filter_map(|(kind, block)| Some((kind, block.filter(|&b| b != 0)?)));
    if let Some(first) = qevents.next() {
        s.open_array("qevents")?;
        for (kind, block) in std::iter::once(first).chain(qevents) {
            if let Sink::Json(j) = s {
                j.begin_object()?;
            }
            s.string("kind", format_args!("qevent {kind}"), &kind)?;
            s.fmt_num("block", format_args!(" block {block} "), block)?;
            if let Sink::Json(j) = s {
                j.end_object()?;
            }
        }
        s.close_array()?;
    }
    Ok(())
}

/// tc's `tc_red_print_flags`: each flag's word when set; in JSON every
/// flag, true or false.
pub fn flags<W: Write>(s: &mut Sink<'_, W>, flags: u8) -> Result<()> {
    for (bit, word) in FLAGS {
        match flags & bit != 0 {
            true => s.bool(word, format_args!("{word} "), true)?,
            false => s.bool(word, format_args!(""), false)?,
        }
    }
    Ok(())
}

/// `red limit BYTES [min BYTES] [max BYTES] avpkt BYTES [burst PACKETS]
/// [adaptive] [probability P] [bandwidth RATE] [ecn] [harddrop]
/// [nodrop] [qevent early_drop|mark block INDEX]...`, as tc/q_red.c reads
/// them: `struct tc_red_qopt` with the constants tc derives
/// (tc/tc_red.c), the idle damping table, the probability, the flags as a
/// `struct nla_bitfield32`, then the block of each qevent. A bandwidth in
/// percent (`bandwidth 10%`) is of the device's speed, found through
/// `speed`. As tc, says on stderr when it takes 10Mbit for the bandwidth.
pub fn parse(words: &mut Words<'_>, speed: &mut Speed<'_>) -> Result<Vec<u8>> {
    let (mut limit, mut min, mut max, mut burst, mut avpkt) = (0u32, 0u32, 0u32, 0u32, 0u32);
    let (mut probability, mut bandwidth, mut flags) = (0.02f64, 0u32, 0u32);
    let mut blocks = [0u32; QEVENTS.len()];
    let illegal = |what: &str| refused(format!("Illegal \"{what}\""));
    while let Some(word) = words.next() {
        let flag =
            FLAGS.iter().find(|(_, name)| *name == word || (word == "adaptative" && *name == "adaptive"));
        if let Some((bit, _)) = flag {
            flags |= u32::from(*bit);
            continue;
        }
        match word {
            "limit" | "min" | "max" | "avpkt" => {
                let value = size(word, words.value()?).map_err(|_| illegal(word))?;
                *match word {
                    "limit" => &mut limit,
                    "min" => &mut min,
                    "max" => &mut max,
                    _ => &mut avpkt,
                } = value;
            }
            "burst" => burst = integer(word, words.value()?).map_err(|_| illegal(word))?,
            "probability" => probability = parse_probability(words.value()?).ok_or_else(|| illegal(word))?,
            "bandwidth" => {
                let value = words.value()?;
                bandwidth = match value.contains('%') {
                    true => u32::try_from(speed.rate(value, &format!("Illegal \"{word}\""))?).ok(),
                    false => rate32(word, value).ok(),
                }
                .ok_or_else(|| illegal(word))?;
            }
            _ if !word.is_empty() && "qevent".starts_with(word) => read_qevent(words, &mut blocks)?,
            _ => return Err(what_is(word, "qdisc")),
        }
    }
    if limit == 0 || avpkt == 0 {
        return Err(refused("RED: Required parameter (limit, avpkt) is missing"));
    }
    // What follows depends on the bandwidth (and warns on stderr): done
    // once, when the words are read again with the device's speed.
    if speed.deferred() {
        return Ok(Vec::new());
    }
    // Sally Floyd's defaults, as tc takes them.
    if max == 0 {
        max = if min != 0 { min.wrapping_mul(3) } else { limit / 4 };
    }
    if min == 0 {
        min = max / 3;
    }
    if burst == 0 {
        burst = (2 * u64::from(min) + u64::from(max)).checked_div(3 * u64::from(avpkt)).unwrap_or(0) as u32;
    }
    if bandwidth == 0 {
        bandwidth = 1_250_000;
        eprintln!("RED: set bandwidth to 10Mbit");
    }
    let wlog =
        eval_ewma(min, burst, avpkt).ok_or_else(|| refused("RED: failed to calculate EWMA constant."))?;
    if wlog >= 10 {
        eprintln!("RED: WARNING. Burst {burst} seems to be too large.");
    }
    let plog =
        eval_p(min, max, probability).ok_or_else(|| refused("RED: failed to calculate probability."))?;
    let (scell_log, stab) = eval_idle_damping(wlog, avpkt, bandwidth)
        .ok_or_else(|| refused("RED: failed to calculate idle damping table."))?;
    let mut parms = vec![0u8; TC_RED_QOPT.size];
    for (field, value) in [("limit", limit), ("qth_min", min), ("qth_max", max)] {
        put_field(&TC_RED_QOPT, &mut parms, field, &value.to_ne_bytes());
    }
    for (field, value) in [("wlog", wlog), ("plog", plog), ("scell_log", scell_log)] {
        put_field(&TC_RED_QOPT, &mut parms, field, &[value]);
    }
    let max_p = max_p(probability);
    // TC_RED_HISTORIC_FLAGS and TC_RED_NODROP: the flags tc selects.
    let selector = FLAGS.iter().fold(0u32, |all, (bit, _)| all | u32::from(*bit));
    let mut options = [
        put_attr(red::PARMS, &parms),
        put_attr(red::STAB, &stab),
        put_attr(red::MAX_P, &max_p.to_ne_bytes()),
        put_attr(red::FLAGS, &[flags.to_ne_bytes(), selector.to_ne_bytes()].concat()),
    ]
    .concat();
    for ((_, attr), block) in QEVENTS.iter().zip(blocks).filter(|(_, block)| *block != 0) {
        options.extend(put_attr(*attr, &block.to_ne_bytes()));
    }
    Ok(options)
}

/// red's qevents, in the order tc sends them: the name, and the attribute
/// of the block its packets go to.
const QEVENTS: [(&str, u16); 2] = [("early_drop", red::EARLY_DROP_BLOCK), ("mark", red::MARK_BLOCK)];

/// tc's `qevent_parse`: `NAME block INDEX` after `qevent`, the index (decimal,
/// not 0) into `blocks` at the qevent's place; once each.
fn read_qevent(words: &mut Words<'_>, blocks: &mut [u32; QEVENTS.len()]) -> Result<()> {
    let name = words.value()?;
    let at = QEVENTS
        .iter()
        .position(|(qevent, _)| *qevent == name)
        .ok_or_else(|| refused(format!("Unknown qevent `{name}'")))?;
    // tc's NEXT_ARG: a word must follow the name (it is read below).
    if words.peek().is_none() {
        words.value()?;
    }
    if blocks[at] != 0 {
        return Err(refused("Duplicate qevent"));
    }
    while words.peek() == Some("block") {
        words.next();
        let index = words.value()?;
        if blocks[at] != 0 {
            return Err(refused("Qevent block index already specified"));
        }
        blocks[at] = decimal::<u32>("block", index)
            .ok()
            .filter(|&i| i != 0)
            .ok_or_else(|| refused("Illegal qevent block index"))?;
    }
    if blocks[at] == 0 {
        return Err(refused("Unspecified qevent block index"));
    }
    Ok(())
}

/// A probability as tc reads it, with sscanf's `%lg`: the number at the
/// start of the word as C's `strtod` reads it (`0.1x` is 0.1, `0x.8` is
/// 0.5, `1e` is 1), refused where scanf, which cannot take back what it
/// has read, stops inside one (`0x` without a hex digit or point after
/// it, `inf` then `i` without `infinity`).
pub fn parse_probability(value: &str) -> Option<f64> {
    let (probability, rest) = strtod(value);
    let read = &value[..value.len() - rest.len()];
    let unsigned = read.trim_start().trim_start_matches(['+', '-']);
    let rest = rest.to_ascii_lowercase();
    let hex_cut = unsigned == "0" && rest.starts_with('x') && !rest.starts_with("x.");
    let infinity_cut = unsigned.eq_ignore_ascii_case("inf") && rest.starts_with('i');
    (!read.is_empty() && !hex_cut && !infinity_cut).then_some(probability)
}

/// `max_P`: the probability in 32-bit fixed point, as tc's C converts
/// `probability * 2^32` on x86-64: through 64 bits, the low 32 kept; 0
/// from 2^63 on (`inf` too), where that conversion gives 2^63.
pub fn max_p(probability: f64) -> u32 {
    let fixed = probability * 4_294_967_296.0;
    match fixed < 9_223_372_036_854_775_808.0 {
        true => fixed as i64 as u32,
        false => 0,
    }
}

/// tc's `tc_red_eval_ewma`: the smallest `Wlog` whose average follows a
/// burst of `burst` packets above `qmin` bytes.
pub fn eval_ewma(qmin: u32, burst: u32, avpkt: u32) -> Option<u8> {
    let a = f64::from(burst) + 1.0 - f64::from(qmin) / f64::from(avpkt);
    if a < 1.0 {
        let fits = 1 + qmin.checked_div(avpkt).unwrap_or(0);
        eprintln!("tc_red_eval_ewma() burst {burst} is too small ? Try burst {fits}");
        return None;
    }
    let mut w = 0.5f64;
    for wlog in 1..32u8 {
        if a <= (1.0 - (1.0 - w).powf(f64::from(burst))) / w {
            return Some(wlog);
        }
        w /= 2.0;
    }
    None
}

/// tc's `tc_red_eval_P`: `Plog`, the log of probability over the
/// thresholds' distance.
pub fn eval_p(qmin: u32, qmax: u32, probability: f64) -> Option<u8> {
    let distance = qmax.wrapping_sub(qmin) as i32;
    if distance <= 0 {
        return None;
    }
    let mut p = probability / f64::from(distance);
    (0..32u8).find(|_| {
        let above = p > 1.0;
        p *= 2.0;
        above
    })
}

/// tc's `tc_red_eval_idle_damping`: `Scell_log` and the 256-byte table of
/// how far an idle queue's average decays.
fn eval_idle_damping(wlog: u8, avpkt: u32, bandwidth: u32) -> Option<(u8, Vec<u8>)> {
    // tc_calc_xmittime: the microseconds, then the ticks, each truncated.
    let us = (1e6 * (f64::from(avpkt) / f64::from(bandwidth))) as u32;
    let xmit_time = f64::from(time_to_ticks(us).unwrap_or(u32::MAX));
    // C's `1 << n` and `i << clog` are ints: they wrap past 31 bits.
    let shift = |value: u32, by: u8| f64::from((value << by) as i32);
    let lw = -(1.0 - 1.0 / shift(1, wlog)).ln() / xmit_time;
    let max_time = 31.0 / lw;
    let clog = (0..32u8).find(|&clog| max_time / shift(1, clog) < 512.0)?;
    let mut stab = vec![0u8; 256];
    for (i, slot) in (1u32..).zip(stab.iter_mut().take(255).skip(1)) {
        // C's double to unsigned char on x86-64: through a 32-bit int
        // (INT_MIN for what does not fit), the low byte kept.
        let x = shift(i, clog) * lw;
        let int =
            if x > f64::from(i32::MIN) - 1.0 && x < f64::from(i32::MAX) + 1.0 { x as i32 } else { i32::MIN };
        *slot = (int as u8).min(31);
    }
    stab[255] = 31;
    Some((clog, stab))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// tc 6.1's verdicts on these probabilities (its requests' `max_P`,
    /// or its `Illegal "probability"`).
    #[test]
    fn probabilities_as_sscanf_reads_them() {
        let taken =
            [("0x.8", 0.5), ("0x1p-3", 0.125), ("1e+", 1.0), ("0.1x", 0.1), ("0x.", 0.0), ("+.5", 0.5)];
        for (text, probability) in taken {
            assert_eq!(parse_probability(text), Some(probability), "{text:?}");
        }
        assert_eq!(parse_probability("INFINITYx"), Some(f64::INFINITY));
        for refused in ["0x", "0xg", "-0x", "infi", "infinit", "in", "+", "", "e5"] {
            assert_eq!(parse_probability(refused), None, "{refused:?}");
        }
        // tc sends 0 where `probability * 2^32` is 2^63 or more.
        assert_eq!((max_p(0.02), max_p(1.0), max_p(f64::INFINITY), max_p(3e9)), (85_899_345, 0, 0, 0));
    }
}
