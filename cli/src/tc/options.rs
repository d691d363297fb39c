//! A qdisc kind's words as tc's parser for that kind reads them (tc's
//! `q_*.c`), and the `TCA_OPTIONS` payload it sends for them: tc's value
//! forms (rates, sizes, times, numbers), its refusals, and the attributes
//! in the order tc writes them, whatever the order of the words.
//!
//! ```text
//! codel target 4ms limit 100 ecn   ->   LIMIT 100, TARGET 4000, ECN 1
//! ```
//!
//! Rates, sizes and times take tc's units (`kbit`, `mbit`, `gbit`, `bps`,
//! ...; `k`, `m`, `g`, `b`; `s`, `ms`, `us`), computed exactly in decimal:
//! tc goes through a double and truncates, so for a few fractional inputs
//! (`4.35ms`) its value is one unit lower than the exact one used here.

use nlwire::spec::{AttrType, StructSpec};

use crate::args::Words;
use crate::{CliError, Result};

/// What a kind's parser refuses (tc's exit code 1).
pub fn refused(msg: impl Into<String>) -> CliError {
    CliError::rejected(msg)
}

/// A bad value of a kind's option.
pub fn invalid(what: &str, s: &str) -> CliError {
    refused(format!("Error: argument \"{s}\" is wrong: invalid \"{what}\" value"))
}

/// tc's refusal of a bad value of a kind's option: `Illegal "limit"`.
pub fn illegal(what: &str) -> CliError {
    refused(format!("Illegal \"{what}\""))
}

/// tc's refusal of a word a kind's parser does not know.
pub fn what_is(word: &str, kind: &str) -> CliError {
    refused(format!("What is \"{word}\"? Try \"nlw {kind} help\"."))
}

/// One word of a kind whose options are attributes: the attribute it
/// sets and how its value is read.
pub struct Word {
    /// The word (`limit`, `ecn`).
    pub word: &'static str,
    /// The attribute it sets; words setting the same one replace each
    /// other (`ecn`, `noecn`).
    pub attr: u16,
    /// How its value is read and sent.
    pub form: Form,
}

/// How a word's value is read and sent.
#[derive(Clone, Copy)]
pub enum Form {
    /// A whole number up to `max` (`get_u32`), a u32; not sent when 0.
    Count { max: u32 },
    /// A whole number (`get_u32`), a u32, sent even when 0.
    Number,
    /// A time in microseconds (`get_time`), a u32; not sent when 0.
    Time,
    /// A time in microseconds (`get_time`), a u32, sent even when 0.
    AnyTime,
    /// A time in nanoseconds (`get_time64`), a u32, sent even when 0.
    TimeNs,
    /// A size in bytes (`get_size`), a u32; not sent when 0.
    Size,
    /// A size in bytes (`get_size`), a u32, sent even when 0.
    AnySize,
    /// A rate in bytes per second within 32 bits (`get_rate`), a u32.
    Rate,
    /// A count of buckets, sent as its base-2 logarithm rounded up; not
    /// sent when 0.
    Log2,
    /// No value: the word sends `value`, a u32.
    Set(u32),
    /// No value: the word sends `value`, a u8.
    SetU8(u8),
    /// `VALUE/MASK`, two u8s: the mask to this attribute, the value to
    /// `value_attr` after it.
    MaskedU8 { value_attr: u16 },
}

/// Whether a kind's options are sent as a nest marked `NLA_F_NESTED`, as
/// tc marks them for some kinds (fq_pie, ets).
pub struct KindOptions {
    /// The kind (`TCA_KIND`).
    pub kind: &'static str,
    /// The `TCA_OPTIONS` payload; `None` sends no `TCA_OPTIONS` (sfq
    /// without options).
    pub payload: Option<Vec<u8>>,
    /// tc's `NLA_F_NESTED` on `TCA_OPTIONS`.
    pub nested_flag: bool,
}

/// The words after a kind read with `table`, which lists them in the order
/// tc writes their attributes.
pub fn attributes(table: &[Word], words: &mut Words<'_>) -> Result<Vec<u8>> {
    let mut slots: Vec<Option<Vec<u8>>> = vec![None; table.len()];
    while let Some(word) = words.next() {
        let Some(at) = table.iter().position(|w| w.word == word) else {
            return Err(what_is(word, "qdisc"));
        };
        let attr = table[at].attr;
        let slot = table.iter().position(|w| w.attr == attr).unwrap_or(at);
        slots[slot] = read(attr, table[at].form, word, words)?;
    }
    Ok(slots.into_iter().flatten().flatten().collect())
}

/// The attribute(s) `word` sends, its value read from `words`; `None` for
/// a value tc leaves out.
fn read(attr: u16, form: Form, word: &str, words: &mut Words<'_>) -> Result<Option<Vec<u8>>> {
    let u32_attr = |value: u32| Some(put_attr(attr, &value.to_ne_bytes()));
    let unless_zero = |value: u32| if value == 0 { None } else { u32_attr(value) };
    let mut value = || words.value(word);
    Ok(match form {
        Form::Set(value) => u32_attr(value),
        Form::SetU8(value) => Some(put_attr(attr, &[value])),
        Form::Count { max } => {
            let value =
                integer::<u32>(word, value()?).ok().filter(|v| *v <= max).ok_or_else(|| illegal(word))?;
            unless_zero(value)
        }
        Form::Number => u32_attr(integer(word, value()?).map_err(|_| illegal(word))?),
        Form::Time => unless_zero(time(word, value()?).map_err(|_| illegal(word))?),
        Form::AnyTime => u32_attr(time(word, value()?).map_err(|_| illegal(word))?),
        Form::TimeNs => u32_attr(time_ns(value()?).ok_or_else(|| illegal(word))?),
        Form::Size => unless_zero(size(word, value()?).map_err(|_| illegal(word))?),
        Form::AnySize => u32_attr(size(word, value()?).map_err(|_| illegal(word))?),
        Form::Rate => {
            let rate = rate(word, value()?).ok().and_then(|r| u32::try_from(r).ok());
            u32_attr(rate.ok_or_else(|| illegal(word))?)
        }
        Form::Log2 => {
            let buckets = integer::<u32>(word, value()?).map_err(|_| illegal(word))?;
            if buckets == 0 {
                None
            } else {
                u32_attr(32 - (buckets - 1).leading_zeros())
            }
        }
        Form::MaskedU8 { value_attr } => {
            let text = value()?;
            let (value, mask) =
                text.split_once('/').ok_or_else(|| refused(format!("Missing mask for \"{word}\"")))?;
            let byte = |s: &str| integer::<u8>(word, s).map_err(|_| illegal(word));
            let (value, mask) = (byte(value)?, byte(mask)?);
            Some([put_attr(attr, &[mask]), put_attr(value_attr, &[value])].concat())
        }
    })
}

/// One netlink attribute: length, type, payload, padded to 4 bytes.
pub fn put_attr(kind: u16, payload: &[u8]) -> Vec<u8> {
    let len = 4 + payload.len();
    let mut attr = Vec::with_capacity(len.next_multiple_of(4));
    attr.extend_from_slice(&(len as u16).to_ne_bytes());
    attr.extend_from_slice(&kind.to_ne_bytes());
    attr.extend_from_slice(payload);
    attr.resize(len.next_multiple_of(4), 0);
    attr
}

/// Writes `value` at the field `path` of `spec` in `buf`, a struct laid
/// out as the spec lays it out (`v0.limit`: field `limit` of the nested
/// struct `v0`). The paths and widths are nlw's own: one the spec lacks is
/// a bug, caught by the tests.
pub fn put_field(spec: &StructSpec, buf: &mut [u8], path: &str, value: &[u8]) {
    let (mut spec, mut offset) = (spec, 0);
    for name in path.split('.') {
        let field = spec.field(name).unwrap_or_else(|| panic!("{} has no field {name}", spec.name));
        assert!(matches!(field.ty, AttrType::Struct(_)) || field.len == value.len(), "{path}: width");
        offset += field.offset;
        if let AttrType::Struct(inner) = field.ty {
            spec = inner;
        }
    }
    buf[offset..offset + value.len()].copy_from_slice(value);
}

/// A whole number as tc's `get_u32(.., 0)` reads it: `0x10` hexadecimal,
/// `010` octal, else decimal.
pub fn integer<T: TryFrom<u64>>(what: &str, s: &str) -> Result<T> {
    in_range(what, s, crate::names::c_number(s))
}

/// A whole number as tc's `get_u32(.., 10)` reads it: decimal only, `010`
/// is ten.
pub fn decimal<T: TryFrom<u64>>(what: &str, s: &str) -> Result<T> {
    in_range(what, s, s.parse().ok())
}

/// A whole number as tc's `get_u32(.., 16)` reads it: hexadecimal, with
/// or without `0x`.
pub fn hexadecimal<T: TryFrom<u64>>(what: &str, s: &str) -> Result<T> {
    let digits = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")).unwrap_or(s);
    let valid = !digits.is_empty() && digits.chars().all(|c| c.is_ascii_hexdigit());
    in_range(what, s, valid.then(|| u64::from_str_radix(digits, 16).ok()).flatten())
}

/// `number` in `T`'s range, else `s` is an invalid `what`.
fn in_range<T: TryFrom<u64>>(what: &str, s: &str, number: Option<u64>) -> Result<T> {
    number.and_then(|n| T::try_from(n).ok()).ok_or_else(|| invalid(what, s))
}

/// A rate in bytes per second from tc's units (bits per second without one).
pub fn rate(what: &str, s: &str) -> Result<u64> {
    const UNITS: [(&str, u64); 19] = [
        ("", 1),
        ("bit", 1),
        ("kibit", 1 << 10),
        ("kbit", 1_000),
        ("mibit", 1 << 20),
        ("mbit", 1_000_000),
        ("gibit", 1 << 30),
        ("gbit", 1_000_000_000),
        ("tibit", 1 << 40),
        ("tbit", 1_000_000_000_000),
        ("bps", 8),
        ("kibps", 8 << 10),
        ("kbps", 8_000),
        ("mibps", 8 << 20),
        ("mbps", 8_000_000),
        ("gibps", 8 << 30),
        ("gbps", 8_000_000_000),
        ("tibps", 8 << 40),
        ("tbps", 8_000_000_000_000),
    ];
    scaled(s, &UNITS, 8).ok_or_else(|| invalid(what, s))
}

/// A size in bytes from tc's units (`k`, `m`, `g` are binary; `kbit`... too).
pub fn size(what: &str, s: &str) -> Result<u32> {
    const UNITS: [(&str, u64); 11] = [
        ("", 1),
        ("b", 1),
        ("k", 1 << 10),
        ("kb", 1 << 10),
        ("m", 1 << 20),
        ("mb", 1 << 20),
        ("g", 1 << 30),
        ("gb", 1 << 30),
        ("kbit", 1 << 7),
        ("mbit", 1 << 17),
        ("gbit", 1 << 27),
    ];
    scaled(s, &UNITS, 1).and_then(|v| u32::try_from(v).ok()).ok_or_else(|| invalid(what, s))
}

/// tc's time units: the name and the microseconds in one.
const TIME_UNITS: [(&str, u64); 10] = [
    ("", 1),
    ("us", 1),
    ("usec", 1),
    ("usecs", 1),
    ("ms", 1_000),
    ("msec", 1_000),
    ("msecs", 1_000),
    ("s", 1_000_000),
    ("sec", 1_000_000),
    ("secs", 1_000_000),
];

/// A time in microseconds from tc's units (microseconds without one).
pub fn time(what: &str, s: &str) -> Result<u32> {
    scaled(s, &TIME_UNITS, 1).and_then(|v| u32::try_from(v).ok()).ok_or_else(|| invalid(what, s))
}

/// A time in nanoseconds as tc's `get_time64` reads it (nanoseconds
/// without a unit, or `ns`), within 32 bits.
fn time_ns(s: &str) -> Option<u32> {
    time_ns64(s).and_then(|ns| u32::try_from(ns).ok())
}

/// A time in nanoseconds as tc's `get_time64` reads it, within 64 bits.
pub fn time_ns64(s: &str) -> Option<u64> {
    match s.strip_suffix("ns").or_else(|| s.strip_suffix("nsec")).or_else(|| s.strip_suffix("nsecs")) {
        Some(ns) if !ns.is_empty() && !ns.ends_with(|c: char| c.is_ascii_alphabetic()) => {
            scaled(ns, &[("", 1)], 1)
        }
        _ if s.ends_with(|c: char| c.is_ascii_digit() || c == '.') => scaled(s, &[("", 1)], 1),
        _ => scaled(s, &TIME_UNITS.map(|(unit, us)| (unit, us * 1000)), 1),
    }
}

/// A decimal number (`1.5`) with one of `units` after it (any case), times
/// the unit's scale, divided by `divisor`, rounded down; `None` when it is
/// not one or does not fit.
fn scaled(s: &str, units: &[(&str, u64)], divisor: u64) -> Option<u64> {
    let end = s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(s.len());
    let (number, suffix) = s.split_at(end);
    let scale = units.iter().find(|(unit, _)| unit.eq_ignore_ascii_case(suffix))?.1;
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.len() + fraction.len() == 0 || fraction.contains('.') {
        return None;
    }
    let digits = |d: &str| if d.is_empty() { Some(0) } else { d.parse::<u64>().ok() };
    let tenths = 10u64.checked_pow(u32::try_from(fraction.len()).ok()?)?;
    let value = digits(whole)?.checked_mul(tenths)?.checked_add(digits(fraction)?)?;
    Some(value.checked_mul(scale)? / tenths / divisor)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte values tc sends for the same words (its requests, decoded).
    #[test]
    fn units_as_tc_reads_them() {
        assert_eq!(rate("rate", "1mbit").unwrap(), 125_000);
        assert_eq!(rate("rate", "1.5mbit").unwrap(), 187_500);
        assert_eq!(rate("rate", "123456bit").unwrap(), 15_432);
        assert_eq!(rate("rate", "123456").unwrap(), 15_432);
        assert_eq!(rate("rate", "100Bps").unwrap(), 100);
        assert_eq!(rate("rate", "50gbit").unwrap(), 6_250_000_000);
        assert_eq!(rate("rate", "1Kibit").unwrap(), 128);
        assert_eq!(size("burst", "32k").unwrap(), 32_768);
        assert_eq!(size("burst", "15kb").unwrap(), 15_360);
        assert_eq!(size("burst", "1mb").unwrap(), 1_048_576);
        assert_eq!(size("burst", "1600").unwrap(), 1600);
        assert_eq!(size("burst", "1mbit").unwrap(), 131_072);
        assert_eq!(time("latency", "50ms").unwrap(), 50_000);
        assert_eq!(time("latency", "1.5ms").unwrap(), 1_500);
        assert_eq!(time("latency", "2s").unwrap(), 2_000_000);
        assert_eq!(time("latency", "300").unwrap(), 300);
        assert_eq!(time_ns("20us"), Some(20_000));
        assert_eq!(time_ns("3"), Some(3));
        assert_eq!(time_ns("15ns"), Some(15));
        assert_eq!(time_ns("1.5ms"), Some(1_500_000));
        for bad in ["", "mbit", "1.2.3mbit", "10mbits", "-1mbit", "1 mbit", "99999999999999999999"] {
            assert!(rate("rate", bad).is_err(), "{bad:?}");
        }
        assert!(size("burst", "5g").is_err(), "over 32 bits");
        assert!(time("latency", "5m").is_err());
        for bad in ["ns", "5q", "5s", "1x5ns"] {
            assert_eq!(time_ns(bad), None, "{bad:?}");
        }
    }

    /// strtoul's bases as tc's `get_u32(.., 0)`, `(.., 10)`, `(.., 16)`.
    #[test]
    fn numbers_in_the_bases_tc_reads_them() {
        assert_eq!(integer::<u32>("limit", "010").unwrap(), 8);
        assert_eq!(integer::<u32>("limit", "0x10").unwrap(), 16);
        assert_eq!(decimal::<u32>("quanta", "010").unwrap(), 10);
        assert!(decimal::<u32>("quanta", "0x10").is_err());
        assert_eq!(hexadecimal::<u32>("mask", "10").unwrap(), 16);
        assert_eq!(hexadecimal::<u32>("mask", "0xff").unwrap(), 255);
        for bad in ["", "0x", "g", "+1", "0x+1"] {
            assert!(hexadecimal::<u32>("mask", bad).is_err(), "{bad:?}");
        }
    }
}
