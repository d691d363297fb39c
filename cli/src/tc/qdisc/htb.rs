//! An htb class's words as tc 6.1 reads them (`htb_parse_class_opt`,
//! tc/q_htb.c), and the `TCA_OPTIONS` payload tc sends for them: the 64-bit
//! rates past 32 bits, `struct tc_htb_opt` with the bursts as tc times them
//! (in whole microseconds first, then 64 ns ticks: `cburst` 1600 bytes at
//! 2 Gbit/s is 6 µs, 93 ticks, which tc shows as 1250b), and tc's rate
//! tables. The core's `HtbClass` times its bursts the same way
//! ([`xmit_ticks`]), but sends no rate tables (the kernel ignores them
//! beside an Ethernet link layer), takes no `mtu` and refuses a `prio`
//! above 7 where tc sends it for the kernel to cap: tc's bytes are written
//! here.
//!
//! ```text
//! htb rate 1gbit ceil 2gbit   ->   PARMS {rate 125000000, ceil 250000000, buffer 187, cbuffer 93, ...}, RTAB, CTAB
//! ```

use nlwire::tables::tc::{htb_attrs as htb, TC_HTB_OPT};
use nlwire::tc::request::{xmit_ticks, PSCHED_HZ};
use nlwire::tc::TC_LINKLAYER_ETHERNET;

use crate::args::Words;
use crate::tc::options::{decimal, put_attr, put_field, rate, refused, size, what_is};
use crate::tc::speed::Speed;
use crate::Result;

/// tc's default `mtu`: an Ethernet frame.
const MTU: u32 = 1600;

/// `rate R [ceil R] [burst B] [cburst B] [mtu N] [prio N] [quantum N]`, a
/// rate or ceil in percent of the device's `speed`; nothing while that is
/// not read yet.
pub fn parse_class(words: &mut Words<'_>, speed: &mut Speed<'_>) -> Result<Vec<u8>> {
    let (mut rate64, mut ceil64, mut burst, mut cburst) = (0u64, 0u64, 0u32, 0u32);
    let (mut mtu, mut prio, mut quantum) = (MTU, 0u32, 0u32);
    while let Some(word) = words.next() {
        let value = words.value()?;
        let explain1 = format!("Illegal \"{word}\"");
        let illegal = |_| refused(&explain1);
        match word {
            "rate" | "ceil" => {
                let slot = if word == "rate" { &mut rate64 } else { &mut ceil64 };
                if *slot != 0 {
                    return Err(refused(format!("Double \"{word}\" spec")));
                }
                *slot = match value.contains('%') {
                    true => speed.rate(value, &explain1)?,
                    false => rate(word, value).map_err(illegal)?,
                };
            }
            "burst" | "buffer" | "maxburst" => burst = size(word, value).map_err(illegal)?,
            "cburst" | "cbuffer" | "cmaxburst" => cburst = size(word, value).map_err(illegal)?,
            "mtu" => mtu = decimal(word, value).map_err(illegal)?,
            // Sent as given: the kernel takes above 7 as 7.
            "prio" => prio = decimal(word, value).map_err(illegal)?,
            "quantum" => quantum = decimal(word, value).map_err(illegal)?,
            _ => return Err(what_is(word, "class")),
        }
    }
    if speed.deferred() {
        return Ok(Vec::new());
    }
    if rate64 == 0 {
        return Err(refused("\"rate\" is required."));
    }
    if ceil64 == 0 {
        ceil64 = rate64;
    }
    let burst = if burst == 0 { default_burst(rate64, mtu)? } else { burst };
    let cburst = if cburst == 0 { default_burst(ceil64, mtu)? } else { cburst };
    let mut opt = vec![0u8; TC_HTB_OPT.size];
    let mut tables = Vec::new();
    for (name, rate64, burst, buffer, table) in
        [("rate", rate64, burst, "buffer", htb::RTAB), ("ceil", ceil64, cburst, "cbuffer", htb::CTAB)]
    {
        let rate32 = u32::try_from(rate64).unwrap_or(u32::MAX);
        let too_low = || refused(format!("htb: {name} {rate64} too low for a burst of {burst} or mtu {mtu}"));
        let (cell_log, ticks) = rate_table(rate32, mtu).ok_or_else(too_low)?;
        put_field(&TC_HTB_OPT, &mut opt, &format!("{name}.cell_log"), &[cell_log]);
        put_field(&TC_HTB_OPT, &mut opt, &format!("{name}.linklayer"), &[TC_LINKLAYER_ETHERNET]);
        put_field(&TC_HTB_OPT, &mut opt, &format!("{name}.cell_align"), &(-1i16).to_ne_bytes());
        put_field(&TC_HTB_OPT, &mut opt, &format!("{name}.rate"), &rate32.to_ne_bytes());
        let time = xmit_ticks(rate64, burst).map_err(|_| too_low())?;
        put_field(&TC_HTB_OPT, &mut opt, buffer, &time.to_ne_bytes());
        tables.push(put_attr(table, &ticks));
    }
    put_field(&TC_HTB_OPT, &mut opt, "quantum", &quantum.to_ne_bytes());
    put_field(&TC_HTB_OPT, &mut opt, "prio", &prio.to_ne_bytes());
    let mut options = Vec::new();
    for (attr, rate) in [(htb::RATE64, rate64), (htb::CEIL64, ceil64)] {
        if rate > u64::from(u32::MAX) {
            options.extend(put_attr(attr, &rate.to_ne_bytes()));
        }
    }
    options.extend(put_attr(htb::PARMS, &opt));
    options.extend(tables.concat());
    Ok(options)
}

/// tc's default burst at `rate`: what it sends in a scheduler tick
/// (`rate / HZ`, HZ 10^9 with high-resolution timers), plus `mtu`.
fn default_burst(rate: u64, mtu: u32) -> Result<u32> {
    u32::try_from(rate / PSCHED_HZ + u64::from(mtu))
        .map_err(|_| refused("htb: rate too high for a default burst"))
}

/// iproute2's `tc_calc_rtable` for Ethernet without `mpu`: the smallest
/// cell size (its base-2 log) that puts `mtu` (2047 for 0) in 256 cells,
/// and the ticks to send 1 to 256 cells at `rate` (`u32` each, native
/// order); `None` when one is past 32 bits.
fn rate_table(rate: u32, mtu: u32) -> Option<(u8, Vec<u8>)> {
    let mtu = if mtu == 0 { 2047 } else { mtu };
    let cell_log = (0..32u8).find(|log| mtu >> log <= 255)?;
    let mut ticks = Vec::with_capacity(256 * 4);
    for cells in 1..=256u64 {
        // C's unsigned int: the size wraps past 32 bits.
        let size = (cells << cell_log) as u32;
        ticks.extend_from_slice(&xmit_ticks(rate.into(), size).ok()?.to_ne_bytes());
    }
    Some((cell_log, ticks))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cell sizes tc's requests carry for these mtus.
    #[test]
    fn rate_tables_as_tc_sizes_their_cells() {
        let (cell_log, ticks) = rate_table(125_000, 1600).unwrap();
        assert_eq!(cell_log, 3);
        // 8 bytes at 125000 bytes/s: 64 µs, 1000 ticks; 256 cells: 2048 bytes, 16.384 ms.
        assert_eq!(ticks[..4], 1000u32.to_ne_bytes());
        assert_eq!(ticks[1020..], 256_000u32.to_ne_bytes());
        assert_eq!(rate_table(125_000, 0).unwrap().0, 3);
        assert_eq!(rate_table(125_000, 255).unwrap().0, 0);
        assert_eq!(rate_table(125_000, 256).unwrap().0, 1);
        assert_eq!(rate_table(1, 1600), None);
    }
}
