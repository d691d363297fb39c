//! The options of the `cake` qdisc (common applications kept enhanced) as
//! tc 6.1's `cake_print_opt` prints them (tc/q_cake.c): text after the
//! qdisc's head, `-j` keys in `options`.
//!
//! ```text
//! qdisc cake 8001: root refcnt 2 bandwidth 100Mbit diffserv3 triple-isolate nonat nowash no-ack-filter split-gso rtt 100ms noatm overhead 0
//! ```

use std::io::Write;

use nlwire::tables::tc::{cake_attrs as cake, CakeAttrs};

use crate::args::Words;
use crate::sink::Sink;
use crate::tc::options::{illegal, integer, put_attr, rate, refused, size, time, what_is};
use crate::tc::units::{Hex0x, RateText, TcFields, TimeText};
use crate::{CliError, Result};

/// `CAKE_DIFFSERV_*` (linux/pkt_sched.h), with tc's words.
const DIFFSERV: [&str; 5] = ["diffserv3", "diffserv4", "diffserv8", "besteffort", "precedence"];

/// `CAKE_FLOW_*`, with tc's words.
const FLOW_MODES: [&str; 8] =
    ["flowblind", "srchost", "dsthost", "hosts", "flows", "dual-srchost", "dual-dsthost", "triple-isolate"];

/// `cake`'s options, in tc's order: the shaper, the modes, then the
/// switches, each printed on or off (`nat`/`nonat`) as tc prints them.
pub fn print<W: Write>(s: &mut Sink<'_, W>, a: &CakeAttrs<'_>) -> Result<()> {
    match a.base_rate64()? {
        Some(0) => s.str("bandwidth", "bandwidth", &"unlimited")?,
        Some(rate) => s.field("bandwidth", "bandwidth", &RateText(rate), &rate, false)?,
        None => {}
    }
    match a.autorate()? {
        None | Some(0) => {}
        Some(1) => s.string("autorate", format_args!("autorate-ingress "), &"autorate-ingress")?,
        Some(_) => s.string("autorate", format_args!("(?autorate?) "), &"unknown")?,
    }
    if let Some(mode) = a.diffserv_mode()? {
        mode_word(s, "diffserv", &DIFFSERV, mode)?;
    }
    if let Some(mode) = a.flow_mode()? {
        mode_word(s, "flowmode", &FLOW_MODES, mode)?;
    }
    on_off(s, "nat", a.nat()?.unwrap_or(0) != 0, "nat ", "nonat ")?;
    on_off(s, "wash", a.wash()?.unwrap_or(0) != 0, "wash ", "nowash ")?;
    on_off(s, "ingress", a.ingress()?.unwrap_or(0) != 0, "ingress ", "")?;
    // CAKE_ACK_NONE, CAKE_ACK_FILTER, CAKE_ACK_AGGRESSIVE.
    let (text, json) = match a.ack_filter()?.unwrap_or(0) {
        2 => ("ack-filter-aggressive ", "aggressive"),
        1 => ("ack-filter ", "enabled"),
        _ => ("no-ack-filter ", "disabled"),
    };
    s.string("ack-filter", format_args!("{text}"), &json)?;
    on_off(s, "split_gso", a.split_gso()?.unwrap_or(0) != 0, "split-gso ", "no-split-gso ")?;
    let rtt = a.rtt()?.unwrap_or(0);
    match rtt {
        0 => s.fmt_num("rtt", format_args!(""), rtt)?,
        _ => s.fmt_num("rtt", format_args!("rtt {} ", TimeText(rtt)), rtt)?,
    }
    // tc tests whether TCA_CAKE_RAW is there, not its value.
    let raw = a.raw()?.is_some();
    on_off(s, "raw", raw, "raw ", "")?;
    // CAKE_ATM_NONE, CAKE_ATM_ATM, CAKE_ATM_PTM.
    match a.atm()?.unwrap_or(0) {
        1 => s.string("atm", format_args!("atm "), &"atm")?,
        2 => s.string("atm", format_args!("ptm "), &"ptm")?,
        _ if !raw => s.string("atm", format_args!("noatm "), &"noatm")?,
        _ => {}
    }
    let overhead = a.overhead()?.unwrap_or(0) as i32;
    s.num("overhead", "overhead", &overhead)?;
    if let Some(mpu) = a.mpu()?.filter(|&mpu| mpu != 0) {
        s.num("mpu", "mpu", &mpu)?;
    }
    if let Some(memlimit) = a.memory()?.filter(|&limit| limit != 0) {
        s.size("memlimit", memlimit)?;
    }
    let fwmark = a.fwmark()?.unwrap_or(0);
    let text = if fwmark != 0 { format!("fwmark {fwmark:#x} ") } else { String::new() };
    s.string("fwmark", format_args!("{text}"), &Hex0x(fwmark))?;
    Ok(())
}

/// tc's `cake_print_mode`: the mode's word, or `(?KEY?)` (JSON
/// `"unknown"`) for a number tc has no word for.
fn mode_word<W: Write>(s: &mut Sink<'_, W>, key: &str, words: &[&str], mode: u32) -> Result<()> {
    match words.get(mode as usize) {
        Some(word) => s.string(key, format_args!("{word} "), word)?,
        None => s.string(key, format_args!("(?{key}?)"), &"unknown")?,
    }
    Ok(())
}

/// A switch printed either way: text `on` or `off`, JSON `true`/`false`.
fn on_off<W: Write>(s: &mut Sink<'_, W>, key: &str, value: bool, on: &str, off: &str) -> Result<()> {
    s.bool(key, format_args!("{}", if value { on } else { off }), value)?;
    Ok(())
}

/// tc's latency presets: the word, the target and the interval (RTT) in
/// microseconds.
const PRESETS: [(&str, u32, u32); 8] = [
    ("datacentre", 5, 100),
    ("lan", 50, 1000),
    ("metro", 500, 10_000),
    ("regional", 1500, 30_000),
    ("internet", 5000, 100_000),
    ("oceanic", 15_000, 300_000),
    ("satellite", 50_000, 1_000_000),
    ("interplanetary", 50_000_000, 1_000_000_000),
];

/// tc's framing words: the ATM mode they set (`CAKE_ATM_ATM` 1,
/// `CAKE_ATM_PTM` 2, none to keep it), the overhead they add and the MPU
/// they set.
const FRAMINGS: [(&str, Option<u32>, i32, Option<i32>); 13] = [
    ("ipoa-vcmux", Some(1), 8, None),
    ("ipoa-llcsnap", Some(1), 16, None),
    ("bridged-vcmux", Some(1), 24, None),
    ("bridged-llcsnap", Some(1), 32, None),
    ("pppoa-vcmux", Some(1), 10, None),
    ("pppoa-llc", Some(1), 14, None),
    ("pppoe-vcmux", Some(1), 32, None),
    ("pppoe-llcsnap", Some(1), 40, None),
    ("pppoe-ptm", Some(2), 30, None),
    ("bridged-ptm", Some(2), 22, None),
    ("ethernet", None, 38, Some(84)),
    ("ether-vlan", None, 4, None),
    ("docsis", Some(0), 18, Some(64)),
];

/// `cake`'s words as tc/q_cake.c reads them, and the `TCA_OPTIONS`
/// payload it writes: only what the words set, in tc's order.
pub fn parse(words: &mut Words<'_>) -> Result<Vec<u8>> {
    let (mut bandwidth, mut unlimited, mut autorate) = (0u64, false, None);
    let (mut interval, mut target, mut preset) = (0u32, 0u32, None);
    let (mut diffserv, mut flowmode, mut atm) = (0u32, None, None);
    let (mut overhead, mut overhead_set, mut raw, mut mpu) = (0i32, false, false, 0i32);
    let (mut nat, mut wash, mut split_gso, mut ingress, mut ack_filter) = (None, None, None, None, None);
    let (mut memlimit, mut fwmark) = (0u32, 0u32);
    while let Some(word) = words.next() {
        if let Some(&(name, t, i)) = PRESETS.iter().find(|(name, ..)| *name == word) {
            if let Some(first) = preset.replace(name) {
                return Err(CliError::usage(format!(
                    "Error: duplicate \"{word}\": \"{first}\" is the second value."
                )));
            }
            (target, interval) = (t, i);
            continue;
        }
        if let Some(&(_, mode, add, set_mpu)) = FRAMINGS.iter().find(|(name, ..)| *name == word) {
            atm = mode.or(atm);
            overhead += add;
            overhead_set = true;
            mpu = set_mpu.unwrap_or(mpu);
            continue;
        }
        if let Some(mode) = DIFFSERV.iter().position(|name| *name == word) {
            diffserv = mode as u32;
            continue;
        }
        if let Some(mode) = FLOW_MODES.iter().position(|name| *name == word) {
            flowmode = Some(mode as u32);
            continue;
        }
        match word {
            "bandwidth" => {
                bandwidth = rate(word, words.value()?).map_err(|_| illegal(word))?;
                (unlimited, autorate) = (false, Some(0));
            }
            "unlimited" => (bandwidth, unlimited, autorate) = (0, true, Some(0)),
            "autorate-ingress" => autorate = Some(1),
            "rtt" => {
                interval = time(word, words.value()?).map_err(|_| illegal(word))?;
                target = (interval / 20).max(1);
            }
            // CAKE_DIFFSERV_DIFFSERV4.
            "diffserv" => diffserv = 1,
            "nat" | "nonat" => nat = Some(u32::from(word == "nat")),
            "wash" | "nowash" => wash = Some(u32::from(word == "wash")),
            "split-gso" | "no-split-gso" => split_gso = Some(u32::from(word == "split-gso")),
            "ingress" | "egress" => ingress = Some(u32::from(word == "ingress")),
            // CAKE_ACK_NONE, CAKE_ACK_FILTER, CAKE_ACK_AGGRESSIVE.
            "no-ack-filter" => ack_filter = Some(0),
            "ack-filter" => ack_filter = Some(1),
            "ack-filter-aggressive" => ack_filter = Some(2),
            // CAKE_ATM_NONE, CAKE_ATM_ATM, CAKE_ATM_PTM.
            "noatm" => atm = Some(0),
            "atm" => atm = Some(1),
            "ptm" => atm = Some(2),
            "raw" => (atm, overhead, overhead_set, raw) = (Some(0), 0, true, true),
            // One whole ATM cell and ATM framing.
            "conservative" => (atm, overhead, overhead_set) = (Some(1), 48, true),
            // Ignored by tc: cake adjusts for Ethernet itself.
            "via-ethernet" => {}
            "overhead" => {
                overhead = words
                    .value()?
                    .parse()
                    .ok()
                    .filter(|o| (-64..=256).contains(o))
                    .ok_or_else(|| refused("Illegal \"overhead\", valid range is -64 to 256\\n"))?;
                overhead_set = true;
            }
            "mpu" => {
                mpu = words
                    .value()?
                    .parse()
                    .ok()
                    .filter(|m| (0..=256).contains(m))
                    .ok_or_else(|| refused("Illegal \"mpu\", valid range is 0 to 256\\n"))?;
            }
            "memlimit" | "fwmark" => {
                let value = words.value()?;
                let parsed = if word == "memlimit" { size(word, value) } else { integer(word, value) };
                let parsed =
                    parsed.map_err(|_| refused(format!("Illegal value for \"{word}\": \"{value}\"")))?;
                *(if word == "memlimit" { &mut memlimit } else { &mut fwmark }) = parsed;
            }
            _ => return Err(what_is(word, "qdisc")),
        }
    }
    let u32_attr = |kind: u16, value: u32| put_attr(kind, &value.to_ne_bytes());
    let mut options = Vec::new();
    if bandwidth != 0 || unlimited {
        options.extend(put_attr(cake::BASE_RATE64, &bandwidth.to_ne_bytes()));
    }
    let some = |kind: u16, value: Option<u32>| value.map(|v| u32_attr(kind, v)).unwrap_or_default();
    let nonzero = |kind: u16, value: u32| some(kind, Some(value).filter(|&v| v != 0));
    options.extend(nonzero(cake::DIFFSERV_MODE, diffserv));
    options.extend(some(cake::ATM, atm));
    options.extend(some(cake::FLOW_MODE, flowmode));
    options.extend(some(cake::OVERHEAD, Some(overhead as u32).filter(|_| overhead_set)));
    options.extend(some(cake::RAW, Some(0).filter(|_| raw)));
    options.extend(nonzero(cake::MPU, mpu as u32));
    options.extend(nonzero(cake::RTT, interval));
    options.extend(nonzero(cake::TARGET, target));
    options.extend(some(cake::AUTORATE, autorate));
    options.extend(nonzero(cake::MEMORY, memlimit));
    options.extend(nonzero(cake::FWMARK, fwmark));
    options.extend(some(cake::NAT, nat));
    options.extend(some(cake::WASH, wash));
    options.extend(some(cake::SPLIT_GSO, split_gso));
    options.extend(some(cake::INGRESS, ingress));
    options.extend(some(cake::ACK_FILTER, ack_filter));
    Ok(options)
}
