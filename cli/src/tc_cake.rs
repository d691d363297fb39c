//! The options of the `cake` qdisc (common applications kept enhanced) as
//! tc 6.1's `cake_print_opt` prints them (tc/q_cake.c): text after the
//! qdisc's head, `-j` keys in `options`.
//!
//! ```text
//! qdisc cake 8001: root refcnt 2 bandwidth 100Mbit diffserv3 triple-isolate nonat nowash no-ack-filter split-gso rtt 100ms noatm overhead 0
//! ```

use std::io::Write;

use nlwire::tables::tc::CakeAttrs;

use crate::sink::Sink;
use crate::tc_units::{Hex0x, RateText, TcFields, TimeText};
use crate::Result;

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
