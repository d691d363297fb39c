//! The options of the `netem` qdisc (network emulation: delay, loss,
//! duplication, reordering, corruption, rate, slots) as tc 6.1's
//! `netem_print_opt` prints them (tc/q_netem.c): text after the qdisc's
//! head, `-j` keys in `options`. As tc 6.1, the delay and jitter are the
//! ticks of `struct tc_netem_qopt` (not `TCA_NETEM_LATENCY64`).
//!
//! ```text
//! qdisc netem 8001: root refcnt 2 limit 1000 delay 100ms  10ms 25% loss 1% duplicate 0.5% reorder 20% 50% corrupt 0.1% rate 1Mbit ecn  gap 5
//! ```
//!
//! In JSON, probabilities are fractions (`0.01`), times seconds, each
//! group an object (`"delay": {"delay": 0.1, "jitter": 0.01,
//! "correlation": 0.25}`).

use std::io::Write;

use nlwire::attr::{Attr, Attrs, NLA_F_NESTED};
use nlwire::tables::tc::{netem_attrs as netem, netem_loss_attrs as netem_loss, NetemAttrs, TcNetemQopt};
use nlwire::tables::tc::{
    TC_NETEM_CORR, TC_NETEM_CORRUPT, TC_NETEM_GEMODEL, TC_NETEM_GIMODEL, TC_NETEM_QOPT, TC_NETEM_RATE,
    TC_NETEM_REORDER, TC_NETEM_SLOT,
};

use crate::args::Words;
use crate::sink::Sink;
use crate::tc::options::{
    integer, parse_percent, put_attr, put_field, rate, refused, size, time, time_ns64, what_is,
};
use crate::tc::speed::Speed;
use nlwire::tc::request::{ticks_to_time, time_to_ticks};

use crate::tc::units::{g6, RateText, Time64Text, TimeText};
use crate::Result;

/// `netem`'s options: `struct tc_netem_qopt`, then attributes. A payload
/// shorter than the struct prints nothing, as tc prints nothing of it.
pub fn print<W: Write>(s: &mut Sink<'_, W>, options: &Attr<'_>) -> Result<()> {
    let Ok(q) = options.as_struct::<TcNetemQopt>() else { return Ok(()) };
    let rest = options.payload().get(size_of::<TcNetemQopt>()..).unwrap_or_default();
    let a = NetemAttrs(Attrs::new(rest));
    let corr = a.corr()?;
    let limit = q.limit.get();
    s.fmt_num("limit", format_args!("limit {limit}"), limit)?;
    let (latency, jitter) = (q.latency.get(), q.jitter.get());
    if latency != 0 {
        s.open("delay")?;
        match s {
            Sink::Text(out) => {
                write!(out, " delay {}", TimeText(ticks_to_time(latency)))?;
                if jitter != 0 {
                    write!(out, "  {}", TimeText(ticks_to_time(jitter)))?;
                }
            }
            Sink::Json(_) => {
                seconds(s, "delay", f64::from(ticks_to_time(latency)) / 1e6)?;
                seconds(s, "jitter", f64::from(ticks_to_time(jitter)) / 1e6)?;
            }
        }
        let delay_corr = corr.map_or(0, |c| c.delay_corr.get());
        correlation(s, jitter != 0 && delay_corr != 0, delay_corr)?;
        s.close()?;
    }
    let loss_corr = corr.map_or(0, |c| c.loss_corr.get());
    chance(s, ("loss-random", "loss"), q.loss.get(), loss_corr)?;
    if let Some(loss) = a.loss()? {
        if let Some(gi) = loss.gi()? {
            s.open("loss-state")?;
            percent(s, "p13", " loss state p13", gi.p13.get())?;
            percent(s, "p31", " p31", gi.p31.get())?;
            percent(s, "p32", " p32", gi.p32.get())?;
            percent(s, "p23", " p23", gi.p23.get())?;
            percent(s, "p14", " p14", gi.p14.get())?;
            s.close()?;
        }
        if let Some(ge) = loss.ge()? {
            s.open("loss-gemodel")?;
            percent(s, "p", " loss gemodel p", ge.p.get())?;
            percent(s, "r", " r", ge.r.get())?;
            percent(s, "1-h", " 1-h", u32::MAX - ge.h.get())?;
            percent(s, "1-k", " 1-k", ge.k1.get())?;
            s.close()?;
        }
    }
    chance(s, ("duplicate", "duplicate"), q.duplicate.get(), corr.map_or(0, |c| c.dup_corr.get()))?;
    if let Some(r) = a.reorder()? {
        chance(s, ("reorder", "reorder"), r.probability.get(), r.correlation.get())?;
    }
    if let Some(c) = a.corrupt()? {
        chance(s, ("corrupt", "corrupt"), c.probability.get(), c.correlation.get())?;
    }
    if let Some(rate) = a.rate()?.filter(|r| r.rate.get() != 0) {
        s.open("rate")?;
        let bytes = a.rate64()?.filter(|&r| r != 0).unwrap_or(rate.rate.get().into());
        s.fmt_num("rate", format_args!(" rate {}", RateText(bytes)), bytes)?;
        int_if_set(s, "packetoverhead", rate.packet_overhead.get().into())?;
        int_if_set(s, "cellsize", rate.cell_size.get().into())?;
        int_if_set(s, "celloverhead", rate.cell_overhead.get().into())?;
        s.close()?;
    }
    if let Some(slot) = a.slot()? {
        s.open("slot")?;
        let (first, second) = match slot.dist_jitter.get() > 0 {
            true => ((" slot distribution", "distribution", slot.dist_delay), ("jitter", slot.dist_jitter)),
            false => ((" slot", "min-delay", slot.min_delay), ("max-delay", slot.max_delay)),
        };
        time64(s, first.1, first.0, first.2.get())?;
        time64(s, second.0, "", second.1.get())?;
        int_if_set(s, "packets", slot.max_packets.get().into())?;
        int_if_set(s, "bytes", slot.max_bytes.get().into())?;
        s.close()?;
    }
    // tc tests whether the attribute is there, not its value.
    let ecn = a.ecn()?.is_some();
    s.bool("ecn", format_args!("{}", if ecn { " ecn " } else { "" }), ecn)?;
    let gap = q.gap.get();
    match gap {
        0 => s.fmt_num("gap", format_args!(""), gap)?,
        _ => s.fmt_num("gap", format_args!(" gap {gap}"), gap)?,
    }
    Ok(())
}

/// A chance and its correlation, when the chance is not 0: the object
/// `group` with `key` and `correlation`; text ` KEY 1% 10%` (the
/// correlation when not 0).
fn chance<W: Write>(
    s: &mut Sink<'_, W>,
    (group, key): (&str, &str),
    probability: u32,
    corr: u32,
) -> Result<()> {
    if probability == 0 {
        return Ok(());
    }
    s.open(group)?;
    percent(s, key, &format!(" {key}"), probability)?;
    correlation(s, corr != 0, corr)?;
    s.close()?;
    Ok(())
}

/// A probability out of `u32::MAX`: text `LABEL 1%` (`%g` of the
/// percentage), JSON the fraction.
fn percent<W: Write>(s: &mut Sink<'_, W>, key: &str, label: &str, value: u32) -> Result<()> {
    let fraction = f64::from(value) / f64::from(u32::MAX);
    let (text, json) = (g6(100.0 * fraction), g6(fraction));
    s.raw(key, format_args!("{label} {text}%"), format_args!("{json}"))?;
    Ok(())
}

/// tc's `print_corr`: text ` 25%` when `shown`; JSON `"correlation"` always.
fn correlation<W: Write>(s: &mut Sink<'_, W>, shown: bool, value: u32) -> Result<()> {
    match (&s, shown) {
        (Sink::Text(_), false) => Ok(()),
        _ => percent(s, "correlation", "", value),
    }
}

/// A time in seconds: JSON only (`%g`).
fn seconds<W: Write>(s: &mut Sink<'_, W>, key: &str, value: f64) -> Result<()> {
    s.raw(key, format_args!(""), format_args!("{}", g6(value)))?;
    Ok(())
}

/// A slot time in nanoseconds: text `LABEL 2ms`, JSON seconds.
fn time64<W: Write>(s: &mut Sink<'_, W>, key: &str, label: &str, ns: i64) -> Result<()> {
    let seconds = g6(ns as f64 / 1e9);
    s.raw(key, format_args!("{label} {}", Time64Text(ns)), format_args!("{seconds}"))?;
    Ok(())
}

/// tc's `PRINT_INT_OPT`: text ` KEY N` when not 0; JSON always.
fn int_if_set<W: Write>(s: &mut Sink<'_, W>, key: &str, value: i64) -> Result<()> {
    match value {
        0 => s.fmt_num(key, format_args!(""), value)?,
        _ => s.fmt_num(key, format_args!(" {key} {value}"), value)?,
    }
    Ok(())
}

/// netem's words, in the order tc/q_netem.c tries them: a word may be
/// shortened to any prefix (`del` is `delay`), the first it fits wins.
const WORDS: [&str; 13] = [
    "limit",
    "latency",
    "delay",
    "loss",
    "drop",
    "ecn",
    "reorder",
    "corrupt",
    "gap",
    "duplicate",
    "distribution",
    "rate",
    "slot",
];

/// Whether `word` is `keyword` or a prefix of it (tc's `matches`).
fn abbreviates(word: &str, keyword: &str) -> bool {
    !word.is_empty() && keyword.starts_with(word)
}

/// tc's `explain1`: `Illegal "WHAT"`.
fn explain1(what: &str) -> crate::CliError {
    refused(format!("Illegal \"{what}\""))
}

/// tc's `NEXT_IS_NUMBER`: whether the next word starts with a digit.
fn number_next(words: &Words<'_>) -> bool {
    words.peek().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// `netem [limit PACKETS] [delay TIME [JITTER [CORRELATION]]]
/// [distribution DIST] [loss [random] PERCENT [CORRELATION] | loss state
/// P13 [P31 [P32 [P23 [P14]]]] | loss gemodel P [R [1-H [1-K]]]] [ecn]
/// [reorder PERCENT [CORRELATION] [gap N]] [corrupt PERCENT
/// [CORRELATION]] [duplicate PERCENT [CORRELATION]] [rate RATE
/// [PACKETOVERHEAD [CELLSIZE [CELLOVERHEAD]]]] [slot MIN [MAX] | slot
/// distribution DIST DELAY JITTER [packets N] [bytes N]]`, as tc 6.1's
/// q_netem.c reads them: `struct tc_netem_qopt`, then the attributes tc
/// adds, in its order. A distribution `DIST` is the table tc reads from
/// `DIST.dist` in its directory. A rate in percent (`rate 50%`) is of the
/// device's speed, found through `speed`.
pub fn parse(words: &mut Words<'_>, speed: &mut Speed<'_>) -> Result<Vec<u8>> {
    let mut qopt = vec![0u8; TC_NETEM_QOPT.size];
    let (mut corr, mut reorder, mut corrupt, mut rate_opt) = (
        vec![0u8; TC_NETEM_CORR.size],
        vec![0u8; TC_NETEM_REORDER.size],
        vec![0u8; TC_NETEM_CORRUPT.size],
        vec![0u8; TC_NETEM_RATE.size],
    );
    let (mut with_corr, mut with_reorder, mut with_corrupt, mut ecn) = (false, false, false, false);
    let (mut limit, mut latency, mut jitter, mut loss, mut gap, mut duplicate) = (1000, 0, 0, 0, 0, 0);
    let (mut reorder_probability, mut rate_bps) = (0, None);
    // The loss model's attribute (in TCA_NETEM_LOSS), the slot's struct,
    // the delay and slot distributions: each once a word sets it.
    let (mut loss_model, mut slot, mut delay_dist, mut slot_dist) = (None, None, None, None);
    let signed_next = |words: &Words<'_>| {
        words.peek().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '-'))
    };
    while let Some(word) = words.next() {
        let keyword = WORDS.iter().find(|w| abbreviates(word, w)).copied();
        match keyword.unwrap_or(word) {
            "limit" => limit = size("limit", words.value()?).map_err(|_| explain1("limit"))?,
            "latency" | "delay" => {
                latency = ticks(words.value()?)?;
                if number_next(words) {
                    jitter = ticks(words.value()?)?;
                    if number_next(words) {
                        with_corr = true;
                        let value = read_chance(words.value()?).ok_or_else(|| explain1("latency"))?;
                        put_field(&TC_NETEM_CORR, &mut corr, "delay_corr", &value.to_ne_bytes());
                    }
                }
            }
            "loss" | "drop" => {
                if loss > 0 || loss_model.is_some() {
                    return Err(explain1("duplicate loss argument\n"));
                }
                let mut model = words.value()?;
                match model {
                    "state" => loss_model = Some(loss_state(words)?),
                    "gemodel" => loss_model = Some(loss_gemodel(words)?),
                    _ => {
                        if model == "random" {
                            model = words.value()?;
                        } else if !model.starts_with(|c: char| c.is_ascii_digit()) {
                            return Err(refused(format!("Unknown loss parameter: {model}")));
                        }
                        loss = read_chance(model).ok_or_else(|| explain1("loss percent"))?;
                        if number_next(words) {
                            with_corr = true;
                            let value =
                                read_chance(words.value()?).ok_or_else(|| explain1("loss correlation"))?;
                            put_field(&TC_NETEM_CORR, &mut corr, "loss_corr", &value.to_ne_bytes());
                        }
                    }
                }
            }
            "ecn" => ecn = true,
            "reorder" | "corrupt" => {
                let what = keyword.unwrap_or(word);
                let (present, fields, spec) = if what == "reorder" {
                    (&mut with_reorder, &mut reorder, &TC_NETEM_REORDER)
                } else {
                    (&mut with_corrupt, &mut corrupt, &TC_NETEM_CORRUPT)
                };
                *present = true;
                let probability = read_chance(words.value()?).ok_or_else(|| explain1(what))?;
                put_field(spec, fields, "probability", &probability.to_ne_bytes());
                if what == "reorder" {
                    reorder_probability = probability;
                }
                if number_next(words) {
                    with_corr = true;
                    let value = read_chance(words.value()?).ok_or_else(|| explain1(what))?;
                    put_field(spec, fields, "correlation", &value.to_ne_bytes());
                }
            }
            "gap" => gap = integer("gap", words.value()?).map_err(|_| explain1("gap"))?,
            "duplicate" => {
                duplicate = read_chance(words.value()?).ok_or_else(|| explain1("duplicate"))?;
                // Read, and never sent: tc leaves TCA_NETEM_CORR out for it.
                if number_next(words) {
                    let value = read_chance(words.value()?).ok_or_else(|| explain1("duplicate"))?;
                    put_field(&TC_NETEM_CORR, &mut corr, "dup_corr", &value.to_ne_bytes());
                }
            }
            "distribution" => delay_dist = Some(distribution(words.value()?)?),
            "rate" => {
                let value = words.value()?;
                rate_bps = Some(match value.contains('%') {
                    true => speed.rate(value, "Illegal \"rate\"")?,
                    false => rate("rate", value).map_err(|_| explain1("rate"))?,
                });
                for (field, signed) in
                    [("packet_overhead", true), ("cell_size", false), ("cell_overhead", true)]
                {
                    if !(if signed { signed_next(words) } else { number_next(words) }) {
                        continue;
                    }
                    let value = words.value()?;
                    let parsed = match signed {
                        true => crate::args::signed(value).map(|v| v as u32),
                        false => integer::<u32>("rate", value).ok(),
                    };
                    let parsed = parsed.ok_or_else(|| explain1("rate"))?;
                    put_field(&TC_NETEM_RATE, &mut rate_opt, field, &parsed.to_ne_bytes());
                }
            }
            "slot" => {
                let fields = slot.get_or_insert_with(|| vec![0u8; TC_NETEM_SLOT.size]);
                read_slot(words, fields, &mut slot_dist)?;
            }
            _ => return Err(what_is(word, "qdisc")),
        }
    }
    if reorder_probability != 0 {
        if latency == 0 {
            return Err(refused("reordering not possible without specifying some delay"));
        }
        gap = gap.max(1);
    } else if gap > 0 {
        return Err(refused("gap specified without reorder probability"));
    }
    if ecn && loss == 0 && loss_model.is_none() {
        return Err(refused("ecn requested without loss model"));
    }
    if delay_dist.is_some() && (latency == 0 || jitter == 0) {
        return Err(refused("distribution specified but no latency and jitter values"));
    }
    for (field, value) in [
        ("latency", latency),
        ("limit", limit),
        ("loss", loss),
        ("gap", gap),
        ("duplicate", duplicate),
        ("jitter", jitter),
    ] {
        put_field(&TC_NETEM_QOPT, &mut qopt, field, &value.to_ne_bytes());
    }
    if with_corr {
        qopt.extend(put_attr(netem::CORR, &corr));
    }
    if with_reorder {
        qopt.extend(put_attr(netem::REORDER, &reorder));
    }
    if ecn {
        qopt.extend(put_attr(netem::ECN, &1u32.to_ne_bytes()));
    }
    if with_corrupt {
        qopt.extend(put_attr(netem::CORRUPT, &corrupt));
    }
    if let Some(slot) = slot {
        qopt.extend(put_attr(netem::SLOT, &slot));
    }
    if let Some(model) = loss_model {
        qopt.extend(put_attr(NLA_F_NESTED | netem::LOSS, &model));
    }
    if let Some(bps) = rate_bps {
        // Above 32 bits, the rate goes in TCA_NETEM_RATE64 and the
        // struct's says ~0.
        let low = u32::try_from(bps).unwrap_or_else(|_| {
            qopt.extend(put_attr(netem::RATE64, &bps.to_ne_bytes()));
            u32::MAX
        });
        put_field(&TC_NETEM_RATE, &mut rate_opt, "rate", &low.to_ne_bytes());
        qopt.extend(put_attr(netem::RATE, &rate_opt));
    }
    for (attr, table) in [(netem::DELAY_DIST, delay_dist), (netem::SLOT_DIST, slot_dist)] {
        if let Some(table) = table {
            let table = put_attr(attr, &table);
            if REQUEST_HEAD + qopt.len() + table.len() > TABLE_BOUND {
                return Err(refused(format!("addattr_l ERROR: message exceeded bound of {TABLE_BOUND}")));
            }
            qopt.extend(table);
        }
    }
    Ok(qopt)
}

/// The most bytes tc's request may hold when it adds a distribution table.
const TABLE_BOUND: usize = 32 * 1024;

/// The bytes of tc's request before netem's options: the netlink and tc
/// headers (16 + 20), the kind `netem` (12) and the options' own header.
const REQUEST_HEAD: usize = 52;

/// `loss state P13 [P31 [P32 [P23 [P14]]]]`: the 4-state Markov model
/// (`NETEM_LOSS_GI`); unless given, P31 is 1 - P13, P32 0, P23 100%, P14 0.
fn loss_state(words: &mut Words<'_>) -> Result<Vec<u8>> {
    let p13 = parse_percent(words.value()?).map_err(|_| explain1("loss p13"))?;
    let mut model = vec![0u8; TC_NETEM_GIMODEL.size];
    for (field, fraction) in [("p13", p13), ("p31", 1.0 - p13), ("p32", 0.0), ("p23", 1.0), ("p14", 0.0)] {
        put_field(&TC_NETEM_GIMODEL, &mut model, field, &scaled_chance(fraction).to_ne_bytes());
    }
    for field in ["p31", "p32", "p23", "p14"] {
        if !number_next(words) {
            break;
        }
        let value = read_chance(words.value()?).ok_or_else(|| explain1(&format!("loss {field}")))?;
        put_field(&TC_NETEM_GIMODEL, &mut model, field, &value.to_ne_bytes());
    }
    Ok(put_attr(netem_loss::GI, &model))
}

/// `loss gemodel P [R [1-H [1-K]]]`: the Gilbert-Elliott model
/// (`NETEM_LOSS_GE`); unless given, R is 1 - P, 1-H 100%, 1-K 0. The
/// kernel takes H, not 1-H.
fn loss_gemodel(words: &mut Words<'_>) -> Result<Vec<u8>> {
    let p = parse_percent(words.value()?).map_err(|_| explain1("loss gemodel p"))?;
    let mut model = vec![0u8; TC_NETEM_GEMODEL.size];
    for (field, fraction) in [("p", p), ("r", 1.0 - p), ("h", 0.0), ("k1", 0.0)] {
        put_field(&TC_NETEM_GEMODEL, &mut model, field, &scaled_chance(fraction).to_ne_bytes());
    }
    for (field, label) in [("r", "r"), ("h", "h"), ("k1", "k")] {
        if !number_next(words) {
            break;
        }
        let value = read_chance(words.value()?).ok_or_else(|| explain1(&format!("loss gemodel {label}")))?;
        let value = if field == "h" { u32::MAX - value } else { value };
        put_field(&TC_NETEM_GEMODEL, &mut model, field, &value.to_ne_bytes());
    }
    Ok(put_attr(netem_loss::GE, &model))
}

/// `slot MIN [MAX]` or `slot distribution DIST DELAY JITTER`, then
/// `[packets N] [bytes N]`, into `struct tc_netem_slot` (times in
/// nanoseconds). As in tc, a second `slot` changes only what it names.
fn read_slot(words: &mut Words<'_>, slot: &mut [u8], slot_dist: &mut Option<Vec<u8>>) -> Result<()> {
    let mut put = |field, value: i64| put_field(&TC_NETEM_SLOT, slot, field, &value.to_ne_bytes());
    if number_next(words) {
        let min = time_ns64(words.value()?).ok_or_else(|| explain1("slot min_delay"))?;
        let max = match number_next(words) {
            true => time_ns64(words.value()?).filter(|max| *max >= min),
            false => Some(min),
        };
        put("min_delay", min);
        put("max_delay", max.ok_or_else(|| explain1("slot max_delay"))?);
    } else {
        let what = words.value()?;
        if what != "distribution" {
            return Err(refused(format!("Unknown slot parameter: {what}")));
        }
        *slot_dist = Some(distribution(words.value()?)?);
        let delay = time_ns64(words.value()?).ok_or_else(|| explain1("slot delay"))?;
        let jitter = time_ns64(words.value()?).ok_or_else(|| explain1("slot jitter"))?;
        if jitter <= 0 {
            return Err(refused("Non-positive jitter"));
        }
        put("dist_delay", delay);
        put("dist_jitter", jitter);
    }
    let mut count = |keyword: &str, read: &dyn Fn(&str) -> Option<i32>| -> Result<Option<i32>> {
        if !words.peek().is_some_and(|w| abbreviates(w, keyword)) {
            return Ok(None);
        }
        words.next();
        let value = words.next().and_then(read);
        value.map(Some).ok_or_else(|| explain1(&format!("slot {keyword}")))
    };
    if let Some(packets) = count("packets", &crate::args::signed)? {
        put_field(&TC_NETEM_SLOT, slot, "max_packets", &packets.to_ne_bytes());
    }
    // tc reads a size, and keeps it in an int.
    if let Some(bytes) = count("bytes", &|v| size("bytes", v).ok().map(|b| b as i32))? {
        put_field(&TC_NETEM_SLOT, slot, "max_bytes", &bytes.to_ne_bytes());
    }
    Ok(())
}

/// The most values a distribution table holds (tc's `MAX_DIST`).
const MAX_DIST: usize = 16 * 1024;

/// tc's `get_distribution`: the table `NAME.dist` in tc's directory
/// (`TC_LIB_DIR`, else iproute2's on Debian), each number of each line
/// not starting with `#` (read as C's `strtol` reads it, up to the first
/// word that is not one) as an `s16`, in native byte order.
fn distribution(name: &str) -> Result<Vec<u8>> {
    let dir = std::env::var("TC_LIB_DIR")
        .unwrap_or_else(|_| format!("/usr/lib/{}-linux-gnu/tc/", std::env::consts::ARCH));
    let path = format!("{dir}/{name}.dist");
    let text = std::fs::read(&path).map_err(|e| {
        let why = crate::strerror(e.raw_os_error().unwrap_or(0));
        refused(format!("No distribution data for {name} ({path}: {why})"))
    })?;
    let mut table = Vec::new();
    for line in text.split(|&b| b == b'\n').filter(|line| line.first() != Some(&b'#')) {
        let mut rest = line;
        while let Some((value, after)) = strtol(rest) {
            if table.len() == 2 * MAX_DIST {
                return Err(refused(format!("{path}: too much data")));
            }
            // C's conversion to `__s16`: the low 16 bits.
            table.extend_from_slice(&(value as i16).to_ne_bytes());
            rest = after;
        }
    }
    if table.is_empty() {
        return Err(refused(format!("No distribution data in {path}")));
    }
    Ok(table)
}

/// C's `strtol(s, &end, 0)`: the number at the start of `s` after
/// blanks (a sign, then `0x` hexadecimal, `0` octal or decimal),
/// saturated to 64 bits, and what follows it; `None` when there is none.
fn strtol(s: &[u8]) -> Option<(i64, &[u8])> {
    let start = s.iter().position(|b| !matches!(b, b' ' | b'\t'..=b'\r')).unwrap_or(s.len());
    let mut rest = &s[start..];
    let negative = rest.first() == Some(&b'-');
    if let Some((b'-' | b'+', after)) = rest.split_first() {
        rest = after;
    }
    let (radix, digits) = match rest {
        [b'0', b'x' | b'X', d, ..] if d.is_ascii_hexdigit() => (16, &rest[2..]),
        [b'0', ..] => (8, rest),
        _ => (10, rest),
    };
    let len = digits.iter().take_while(|&&d| char::from(d).is_digit(radix)).count();
    if len == 0 {
        return None;
    }
    let magnitude = digits[..len].iter().fold(0i128, |v, &d| {
        (v * i128::from(radix) + i128::from(char::from(d).to_digit(radix).unwrap_or(0))).min(1 << 64)
    });
    let value = if negative { -magnitude } else { magnitude };
    Some((value.clamp(i64::MIN.into(), i64::MAX.into()) as i64, &digits[len..]))
}

/// tc's `get_ticks`: a time as scheduler ticks, refused above 32 bits.
fn ticks(value: &str) -> Result<u32> {
    let us = time("latency", value).map_err(|_| explain1("latency"))?;
    time_to_ticks(us).map_err(|_| refused(format!("Illegal {us} time (too large)")))
}

/// tc's `set_percent`: a fraction as a part of `u32::MAX`, rounded to the
/// nearest, ties to even (C's `rint`); NaN is 0, as tc sends it.
fn scaled_chance(fraction: f64) -> u32 {
    (fraction * f64::from(u32::MAX)).round_ties_even() as u32
}

/// tc's `get_percent`: `PERCENT[%]` (0 to 100) as a part of `u32::MAX`.
fn read_chance(value: &str) -> Option<u32> {
    parse_percent(value).ok().map(scaled_chance)
}
