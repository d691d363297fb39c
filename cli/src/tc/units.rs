//! tc's forms of rates, sizes and times, as iproute2 6.1's `sprint_rate`,
//! `sprint_size` and `sprint_time` write them (C's `%g` rounding
//! included), and as `tc -j` gives them: bytes per second, bytes,
//! microseconds.
//!
//! ```text
//! RateText(187_500)  1500Kbit     SizeText(10_240)  10Kb     TimeText(1_499)  1.5ms
//! ```

use std::fmt::{self, Display};
use std::io::{self, Write};

use crate::sink::Sink;

/// tc's value forms: rates, sizes and times, text as tc writes them, each
/// after its key (`rate 1Mbit `).
pub trait TcFields {
    /// A rate: JSON bytes per second, text `1Mbit`.
    fn rate(&mut self, key: &str, value: u64) -> io::Result<()>;
    /// A size: JSON bytes, text `15Kb`.
    fn size(&mut self, key: &str, value: u32) -> io::Result<()>;
    /// A time: JSON microseconds, text `5ms`.
    fn time(&mut self, key: &str, value: u32) -> io::Result<()>;
    /// A time: JSON nanoseconds, text `10us`.
    fn time64(&mut self, key: &str, value: u32) -> io::Result<()>;
    /// A count of packets: JSON the number, text `1000p`.
    fn packets(&mut self, key: &str, value: u32) -> io::Result<()>;
    /// A switch (`ecn`): JSON `true`, text the key, when present and not
    /// 0; nothing otherwise.
    fn switch(&mut self, key: &str, value: Option<u32>) -> io::Result<()>;
}

impl<W: Write> TcFields for Sink<'_, W> {
    fn rate(&mut self, key: &str, value: u64) -> io::Result<()> {
        self.field(key, key, &RateText(value), &value, false)
    }
    fn size(&mut self, key: &str, value: u32) -> io::Result<()> {
        self.field(key, key, &SizeText(value), &value, false)
    }
    fn time(&mut self, key: &str, value: u32) -> io::Result<()> {
        self.field(key, key, &TimeText(value), &value, false)
    }
    fn time64(&mut self, key: &str, value: u32) -> io::Result<()> {
        self.field(key, key, &Time64Text(value.into()), &value, false)
    }
    fn packets(&mut self, key: &str, value: u32) -> io::Result<()> {
        self.field(key, key, &format_args!("{value}p"), &value, false)
    }
    fn switch(&mut self, key: &str, value: Option<u32>) -> io::Result<()> {
        match value {
            Some(value) if value != 0 => self.flag(key, key),
            _ => Ok(()),
        }
    }
}

/// `%#x`: `0x10`, and `0` for zero.
pub struct Hex0x(pub u32);

impl Display for Hex0x {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            0 => f.write_str("0"),
            v => write!(f, "{v:#x}"),
        }
    }
}

/// `ETH_P_*` names as tc prints and takes them.
pub const PROTOCOLS: [(u16, &str); 8] = [
    (0x0800, "ip"),
    (0x86DD, "ipv6"),
    (0x0806, "arp"),
    (0x0003, "all"),
    (0x8100, "802.1Q"),
    (0x88A8, "802.1ad"),
    (0x8847, "mpls_uc"),
    (0x8848, "mpls_mc"),
];

/// A protocol (host order) by name, or `[number]` as tc's `ll_proto_n2a`
/// prints unknown ones.
pub struct ProtocolText(pub u16);

impl Display for ProtocolText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match PROTOCOLS.iter().find(|(p, _)| *p == self.0) {
            Some((_, name)) => f.write_str(name),
            None => write!(f, "[{}]", self.0),
        }
    }
}

/// A rate in bytes per second as tc prints it: bits with the largest
/// decimal unit that keeps it whole or above 1000 (`1500Kbit`, `2Gbit`).
pub struct RateText(pub u64);

impl Display for RateText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut bits = self.0.wrapping_mul(8);
        let mut unit = "";
        for next in ["K", "M", "G", "T"] {
            if bits < 1000 || (!bits.is_multiple_of(1000) && bits < 1_000_000) {
                break;
            }
            bits /= 1000;
            unit = next;
        }
        write!(f, "{bits}{unit}bit")
    }
}

/// A size in bytes as tc prints it: `2Mb` or `15Kb` when within 1 KiB or
/// 16 bytes of a whole number of them, else `1600b`.
pub struct SizeText(pub u32);

impl Display for SizeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let size = u64::from(self.0);
        for (unit, slack, suffix) in [(1 << 20, 1024, "Mb"), (1 << 10, 16, "Kb")] {
            let whole = round_half_even(size, unit);
            if size >= unit && (whole * unit).abs_diff(size) < slack {
                return write!(f, "{}{suffix}", g6(whole as f64));
            }
        }
        write!(f, "{size}b")
    }
}

/// `n / d` rounded to the nearest, ties to even (C's `rint`).
fn round_half_even(n: u64, d: u64) -> u64 {
    let (q, r) = (n / d, n % d);
    if 2 * r > d || (2 * r == d && q % 2 == 1) {
        q + 1
    } else {
        q
    }
}

/// A number as C's `%.Ng` prints it (`%g` is `%.6g`): N significant
/// digits, trailing zeros left out, in scientific form below 1e-4 and from
/// 1e`N` on (`g6(4194303.0)` is `4.1943e+06`, `G(0.02, 3)` is `0.02`).
/// Rust rounds the double's exact value to nearest, ties to even, as glibc.
pub struct G(pub f64, pub usize);

/// C's `%g`.
pub fn g6(value: f64) -> G {
    G(value, 6)
}

impl Display for G {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (value, digits) = (self.0, self.1.max(1));
        if value == 0.0 {
            return f.write_str("0");
        }
        // Rounded to N digits first: the exponent is the rounded one's.
        let scientific = format!("{value:.*e}", digits - 1);
        let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
        let exponent: i32 = exponent.parse().unwrap_or(0);
        if exponent < -4 || exponent >= digits as i32 {
            let sign = if exponent < 0 { '-' } else { '+' };
            return write!(f, "{}e{sign}{:02}", without_trailing_zeros(mantissa), exponent.unsigned_abs());
        }
        let fixed = format!("{value:.*}", (digits as i32 - 1 - exponent) as usize);
        f.write_str(without_trailing_zeros(&fixed))
    }
}

/// `1.50000` as `1.5`, `2.000` as `2`.
fn without_trailing_zeros(number: &str) -> &str {
    match number.contains('.') {
        true => number.trim_end_matches('0').trim_end_matches('.'),
        false => number,
    }
}

/// A time in microseconds as tc prints it (`sprint_time`): `%.3gs`,
/// `%.3gms` or `%uus` (`50ms`, `1.5ms`, `12.3ms`, `259us`).
pub struct TimeText(pub u32);

impl Display for TimeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = f64::from(self.0);
        match self.0 {
            1_000_000.. => write!(f, "{}s", G(t / 1e6, 3)),
            1000.. => write!(f, "{}ms", G(t / 1e3, 3)),
            _ => write!(f, "{}us", self.0),
        }
    }
}

/// A time in nanoseconds as tc prints it (`sprint_time64`): `%.3gs`,
/// `%.3gms`, `%.3gus` or `%lldns` (`10us`, `1.5us`, `800ns`).
pub struct Time64Text(pub i64);

impl Display for Time64Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.0 as f64;
        match self.0 {
            1_000_000_000.. => write!(f, "{}s", G(t / 1e9, 3)),
            1_000_000.. => write!(f, "{}ms", G(t / 1e6, 3)),
            1000.. => write!(f, "{}us", G(t / 1e3, 3)),
            _ => write!(f, "{}ns", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Figures printed by iproute2 6.1's tc for qdiscs made on this kernel.
    #[test]
    fn text_units_match_tc() {
        let rates =
            [(125_000, "1Mbit"), (187_500, "1500Kbit"), (15_432, "123456bit"), (250_000_000, "2Gbit")];
        for (bytes, text) in rates {
            assert_eq!(RateText(bytes).to_string(), text);
        }
        assert_eq!(RateText(100).to_string(), "800bit");
        assert_eq!(RateText(1_249_875).to_string(), "9999Kbit");
        let sizes =
            [(32_768, "32Kb"), (9_999, "9999b"), (1_048_500, "1048500b"), (2_048, "2Kb"), (10_240, "10Kb")];
        for (bytes, text) in sizes {
            assert_eq!(SizeText(bytes).to_string(), text);
        }
        assert_eq!(SizeText(1_514_000).to_string(), "1514000b");
        assert_eq!(SizeText(3 << 20).to_string(), "3Mb");
        let times =
            [(50_000, "50ms"), (1_499, "1.5ms"), (259, "259us"), (2_000_000, "2s"), (12_342, "12.3ms")];
        for (us, text) in times {
            assert_eq!(TimeText(us).to_string(), text);
        }
        assert_eq!(TimeText(1_250_000).to_string(), "1.25s");
        // fq's timer_slack as tc 6.1 prints it (`tc monitor file`).
        let times64 =
            [(10_000, "10us"), (1_500, "1.5us"), (800, "800ns"), (2_000_000, "2ms"), (3_000_000_000, "3s")];
        for (ns, text) in times64 {
            assert_eq!(Time64Text(ns).to_string(), text);
        }
    }

    /// C's `%g` and `%.3g` on the edge cases, as printf prints them.
    #[test]
    fn printf_rounding_edges() {
        // %.3g of 1.125 (exact in binary): a tie, to even.
        assert_eq!(TimeText(1_125).to_string(), "1.12ms");
        assert_eq!(TimeText(1_135).to_string(), "1.14ms");
        assert_eq!(TimeText(1_005).to_string(), "1ms");
        assert_eq!(TimeText(1_015).to_string(), "1.01ms");
        assert_eq!(TimeText(2_345).to_string(), "2.35ms");
        assert_eq!(TimeText(9_999).to_string(), "10ms");
        assert_eq!(TimeText(999_999).to_string(), "1e+03ms");
        assert_eq!(TimeText(4_294_967_295).to_string(), "4.29e+03s");
        assert_eq!(g6(4_194_303.0).to_string(), "4.1943e+06");
        assert_eq!(g6(1_000_000.0).to_string(), "1e+06");
        assert_eq!(g6(999_999.5).to_string(), "1e+06");
        assert_eq!(G(1.125, 3).to_string(), "1.12");
        assert_eq!(G(1234.0, 3).to_string(), "1.23e+03");
        assert_eq!(g6(0.02).to_string(), "0.02");
        assert_eq!(g6(0.000_012_5).to_string(), "1.25e-05");
        assert_eq!(g6(0.0001).to_string(), "0.0001");
        assert_eq!(g6(123_456.0).to_string(), "123456");
        assert_eq!(g6(2.5).to_string(), "2.5");
        assert_eq!(Hex0x(0).to_string(), "0");
        assert_eq!(Hex0x(0x10).to_string(), "0x10");
    }

    #[test]
    fn protocols_read_as_tc_writes_them() {
        assert_eq!(ProtocolText(0x88A8).to_string(), "802.1ad");
        assert_eq!(ProtocolText(0x1234).to_string(), "[4660]");
    }
}
