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
//! ...; `k`, `m`, `g`, `b`; `s`, `ms`, `us`). They and percentages are
//! read as tc reads them, through C's `strtod` ([`strtod`]: `0x10`, `1e3`)
//! and a double, the whole part taken.

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

/// A kind's options, and whether they are sent as a nest marked
/// `NLA_F_NESTED`, as tc marks them for some kinds (fq_pie, ets).
pub struct KindOptions {
    /// The kind (`TCA_KIND`).
    pub kind: &'static str,
    /// The `TCA_OPTIONS` payload; `None` sends no `TCA_OPTIONS` (sfq
    /// without options).
    pub payload: Option<Vec<u8>>,
    /// tc's `NLA_F_NESTED` on `TCA_OPTIONS`.
    pub nested_flag: bool,
}

impl KindOptions {
    /// The payload as it is sent: in the request's own `TCA_OPTIONS`, or
    /// in one marked `NLA_F_NESTED` after it (the other `None`).
    pub fn as_sent(&self) -> (Option<&[u8]>, Option<&[u8]>) {
        let payload = self.payload.as_deref();
        if self.nested_flag {
            (None, payload)
        } else {
            (payload, None)
        }
    }
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
    let mut value = || words.value();
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
        Form::Rate => u32_attr(rate32(word, value()?).map_err(|_| illegal(word))?),
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

/// tc's rate units (`get_rate`), any case: bits per second in one.
const RATE_UNITS: [(&str, f64); 18] = [
    ("bit", 1.0),
    ("kibit", 1024.0),
    ("kbit", 1000.0),
    ("mibit", 1048576.0),
    ("mbit", 1e6),
    ("gibit", 1073741824.0),
    ("gbit", 1e9),
    ("tibit", 1099511627776.0),
    ("tbit", 1e12),
    ("bps", 8.0),
    ("kibps", 8192.0),
    ("kbps", 8000.0),
    ("mibps", 8388608.0),
    ("mbps", 8e6),
    ("gibps", 8589934592.0),
    ("gbps", 8e9),
    ("tibps", 8796093022208.0),
    ("tbps", 8e12),
];

/// A rate in bytes per second as tc's `get_rate64` reads it: a number as
/// C's `strtod` reads it (`0x10kbit`, `1e3kbit`), then one of tc's units
/// or none (bits per second); the product over 8, its whole part. Refused
/// where C leaves the conversion to 64 bits undefined (`-1mbit`, `nan`,
/// `inf`), which tc on x86-64 turns into 2^64 - 125000, 2^63 and 0.
pub fn rate(what: &str, s: &str) -> Result<u64> {
    let bytes = scaled(s, &RATE_UNITS).map(|bits| bits / 8.0);
    bytes
        .filter(|b| *b > -1.0 && *b < 18_446_744_073_709_551_616.0)
        .map(|b| b as u64)
        .ok_or_else(|| invalid(what, s))
}

/// A rate in bytes per second within 32 bits, as tc's `get_rate` reads
/// it: as [`rate`], refused unless its whole part fits (`-0.5bps` too).
pub fn rate32(what: &str, s: &str) -> Result<u32> {
    let bytes = scaled(s, &RATE_UNITS).map(|bits| bits / 8.0);
    bytes.filter(|b| *b >= 0.0 && *b < 4_294_967_296.0).map(|b| b as u32).ok_or_else(|| invalid(what, s))
}

/// tc's size units (`get_size`), any case: bytes in one.
const SIZE_UNITS: [(&str, f64); 10] = [
    ("b", 1.0),
    ("k", 1024.0),
    ("kb", 1024.0),
    ("m", 1048576.0),
    ("mb", 1048576.0),
    ("g", 1073741824.0),
    ("gb", 1073741824.0),
    ("kbit", 128.0),
    ("mbit", 131072.0),
    ("gbit", 134217728.0),
];

/// A size in bytes as tc's `get_size` reads it: a number as C's `strtod`
/// reads it (`0x10`, `1e3`, ` 16`; `010` is ten), then a unit, any case
/// (`k`, `kb`, `m`, `mb`, `g`, `gb` binary; `kbit`, `mbit`, `gbit` an
/// eighth of those; `b`); the whole part of the product, refused outside
/// 32 bits as tc refuses it (`-0.5`, `4g`, `nan`).
pub fn size(what: &str, s: &str) -> Result<u32> {
    let whole = scaled(s, &SIZE_UNITS).map(f64::floor);
    whole
        .filter(|w| (0.0..=f64::from(u32::MAX)).contains(w))
        .map(|w| w as u32)
        .ok_or_else(|| invalid(what, s))
}

/// A number as C's `strtod` reads it, times the scale of the unit after it
/// (one of `units`, any case), as tc's `get_rate`, `get_size` and
/// `get_time` read theirs; the number alone without a unit. `None`
/// without a number or with another unit.
fn scaled(s: &str, units: &[(&str, f64)]) -> Option<f64> {
    let (number, unit) = strtod(s);
    if unit.len() == s.len() {
        return None;
    }
    match unit {
        "" => Some(number),
        _ => units.iter().find(|(name, _)| name.eq_ignore_ascii_case(unit)).map(|(_, scale)| number * scale),
    }
}

/// Why tc's `parse_percent` refuses a percentage.
#[derive(Debug, PartialEq)]
pub enum BadPercent {
    /// Below 0 or above 100.
    OutOfRange,
    /// Something other than `%` after the number.
    Malformed,
}

/// A percentage as tc's `parse_percent` reads it: a number as C's `strtod`
/// reads it (`0x10%` is 16%, `1e1%` 10%, ` 5%` 5%; none is 0), then
/// nothing or `%`; the fraction, 0 to 1 (NaN passes, as in tc).
pub fn parse_percent(s: &str) -> std::result::Result<f64, BadPercent> {
    let (number, rest) = strtod(s);
    let fraction = number / 100.0;
    #[allow(clippy::manual_range_contains)] // NaN is in range, as in tc.
    if fraction > 1.0 || fraction < 0.0 {
        return Err(BadPercent::OutOfRange);
    }
    if !rest.is_empty() && rest != "%" {
        return Err(BadPercent::Malformed);
    }
    Ok(fraction)
}

/// C's `strtod`: the number at the start of `s` after blanks (a sign, then
/// decimal or `0x` hexadecimal digits with a point and an exponent,
/// `inf`, `infinity` or `nan`), and what follows it; `(0.0, s)` when
/// there is none.
pub fn strtod(s: &str) -> (f64, &str) {
    let body = s.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (negative, unsigned) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    match unsigned_float(unsigned) {
        Some((magnitude, len)) => (if negative { -magnitude } else { magnitude }, &unsigned[len..]),
        None => (0.0, s),
    }
}

/// An unsigned C floating-point number at the start of `s`, and its length.
fn unsigned_float(s: &str) -> Option<(f64, usize)> {
    let starts = |word: &str| s.get(..word.len()).is_some_and(|head| head.eq_ignore_ascii_case(word));
    if starts("infinity") {
        return Some((f64::INFINITY, 8));
    }
    if starts("inf") {
        return Some((f64::INFINITY, 3));
    }
    if starts("nan") {
        // `nan(CHARS)`: letters, digits and underscores in parentheses.
        let chars = s[3..].strip_prefix('(').and_then(|rest| {
            let len = rest.find(|c: char| !c.is_ascii_alphanumeric() && c != '_')?;
            rest[len..].starts_with(')').then_some(len + 2)
        });
        return Some((f64::NAN, 3 + chars.unwrap_or(0)));
    }
    let hex = s.get(..2).filter(|x| x.eq_ignore_ascii_case("0x")).and_then(|_| hex_float(&s[2..]));
    hex.map(|(value, len)| (value, len + 2)).or_else(|| decimal_float(s))
}

/// How many ASCII digits of `radix` `bytes` starts with.
fn digits(bytes: &[u8], radix: u32) -> usize {
    bytes.iter().take_while(|&&b| char::from(b).is_digit(radix)).count()
}

/// The length of an exponent (`e-3`, `p+4`: the letter `marker`, a sign,
/// digits) at the start of `bytes`, and its value (saturated); none
/// without a digit.
fn exponent(bytes: &[u8], marker: u8) -> Option<(usize, i64)> {
    if bytes.first().map(u8::to_ascii_lowercase) != Some(marker) {
        return None;
    }
    let signed = usize::from(matches!(bytes.get(1), Some(b'+' | b'-')));
    let count = digits(&bytes[1 + signed..], 10);
    let magnitude = bytes[1 + signed..1 + signed + count]
        .iter()
        .fold(0i64, |v, &d| (v * 10 + i64::from(d - b'0')).min(1 << 20));
    let value = if bytes.get(1) == Some(&b'-') { -magnitude } else { magnitude };
    (count > 0).then_some((1 + signed + count, value))
}

/// Digits of `radix`, a point and more digits (`1.5`, `.5`, `2.`) at the
/// start of `bytes`: how many digits before the point and after it, and
/// the length; none without a digit.
fn digits_and_point(bytes: &[u8], radix: u32) -> Option<(usize, usize, usize)> {
    let whole = digits(bytes, radix);
    let point = bytes.get(whole) == Some(&b'.');
    let fraction = if point { digits(&bytes[whole + 1..], radix) } else { 0 };
    (whole + fraction > 0).then_some((whole, fraction, whole + usize::from(point) + fraction))
}

/// A decimal number (`1.5e3`, `.5`, `2.`) at the start of `s`, and its
/// length; Rust's parser rounds it as glibc's `strtod` does.
fn decimal_float(s: &str) -> Option<(f64, usize)> {
    let bytes = s.as_bytes();
    let (_, _, mut len) = digits_and_point(bytes, 10)?;
    len += exponent(&bytes[len..], b'e').map_or(0, |(exponent_len, _)| exponent_len);
    Some((s[..len].parse().ok()?, len))
}

/// The hexadecimal number after `0x` (`1.8p3`, `.8`), and its length;
/// none without a digit. Rounded to nearest, ties to even, as glibc.
fn hex_float(s: &str) -> Option<(f64, usize)> {
    let bytes = s.as_bytes();
    let (whole, fraction, mut len) = digits_and_point(bytes, 16)?;
    // Up to 15 digits exactly; past them, whether any is not 0 (enough to
    // round right, 60 bits being more than a double's 53).
    let (mut mantissa, mut scale, mut rest_nonzero) = (0u64, 0i64, false);
    let all = bytes[..whole].iter().chain(bytes.get(whole + 1..whole + 1 + fraction).unwrap_or_default());
    for (at, &digit) in all.enumerate() {
        let value = u64::from(char::from(digit).to_digit(16).unwrap_or(0));
        if mantissa >> 56 == 0 {
            mantissa = mantissa << 4 | value;
            scale -= if at < whole { 0 } else { 4 };
        } else {
            rest_nonzero |= value != 0;
            scale += if at < whole { 4 } else { 0 };
        }
    }
    if let Some((exponent_len, power)) = exponent(&bytes[len..], b'p') {
        len += exponent_len;
        scale += power;
    }
    Some((times_power_of_two((mantissa | u64::from(rest_nonzero)) as f64, scale), len))
}

/// `value` times 2 to the power `power`, in steps that stay exact.
fn times_power_of_two(mut value: f64, mut power: i64) -> f64 {
    while power != 0 && value != 0.0 && value.is_finite() {
        let step = power.clamp(-1000, 1000);
        value *= 2f64.powi(step as i32);
        power -= step;
    }
    value
}

/// tc's time units (`get_time`), any case: microseconds in one.
const TIME_UNITS: [(&str, f64); 9] = [
    ("s", 1e6),
    ("sec", 1e6),
    ("secs", 1e6),
    ("ms", 1e3),
    ("msec", 1e3),
    ("msecs", 1e3),
    ("us", 1.0),
    ("usec", 1.0),
    ("usecs", 1.0),
];

/// A time in microseconds as tc's `get_time` reads it: a number as C's
/// `strtod` reads it (`1e1ms`, `0x10ms`), then one of tc's units or none
/// (microseconds); the whole part of the product (`4.35ms` is 4350, as
/// the double 4.35 times 1000 rounds). Refused where C leaves the
/// conversion to 32 bits undefined (`-1ms`, `5000s`), which tc on x86-64
/// sends wrapped around.
pub fn time(what: &str, s: &str) -> Result<u32> {
    let us = scaled(s, &TIME_UNITS);
    us.filter(|t| *t > -1.0 && *t < 4_294_967_296.0).map(|t| t as u32).ok_or_else(|| invalid(what, s))
}

/// A time in nanoseconds as tc's `get_time64` reads it (nanoseconds
/// without a unit), within 32 bits.
fn time_ns(s: &str) -> Option<u32> {
    time_ns64(s).and_then(|ns| u32::try_from(ns).ok())
}

/// A time in nanoseconds as tc's `get_time64` reads it: as [`time`], in
/// nanoseconds (`ns` too), signed, within 64 bits.
pub fn time_ns64(s: &str) -> Option<i64> {
    const NS_UNITS: [(&str, f64); 12] = [
        ("s", 1e9),
        ("sec", 1e9),
        ("secs", 1e9),
        ("ms", 1e6),
        ("msec", 1e6),
        ("msecs", 1e6),
        ("us", 1e3),
        ("usec", 1e3),
        ("usecs", 1e3),
        ("ns", 1.0),
        ("nsec", 1.0),
        ("nsecs", 1.0),
    ];
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    scaled(s, &NS_UNITS).filter(|ns| *ns >= -LIMIT && *ns < LIMIT).map(|ns| ns as i64)
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
        for bad in ["", "mbit", "1.2.3mbit", "10mbits", "-1mbit", "1 mbit", "0x10bit", "1ebit", "nan", "inf"]
        {
            assert!(rate("rate", bad).is_err(), "{bad:?}");
        }
        assert!(size("burst", "5g").is_err(), "over 32 bits");
        assert!(time("latency", "5m").is_err());
        for bad in ["ns", "5q", "5s", "1x5ns"] {
            assert_eq!(time_ns(bad), None, "{bad:?}");
        }
    }

    /// Rates and times through `strtod` and a double, as tc 6.1 reads
    /// them: the values its requests carry for the same words.
    #[test]
    fn rates_and_times_as_strtod_reads_them() {
        let rates = [
            ("0x10kbit", 2_000),
            ("1e3kbit", 125_000),
            (" 1mbit", 125_000),
            ("0x1p10bit", 128),
            ("1e1", 1),
            ("-0.5bit", 0),
            ("5e9gbit", 625_000_000_000_000_000),
        ];
        for (text, bytes) in rates {
            assert_eq!(rate("rate", text).ok(), Some(bytes), "{text:?}");
        }
        // get_rate: the whole part within 32 bits, -0 (equal to 0) too.
        assert_eq!(rate32("maxrate", "0x10kbit").ok(), Some(2_000));
        assert_eq!(rate32("maxrate", "-0").ok(), Some(0));
        for bad in ["-0.5bit", "34359738368bit", "nan", "inf", "1x"] {
            assert!(rate32("maxrate", bad).is_err(), "{bad:?}");
        }
        let times = [("1e1ms", 10_000), ("4.35ms", 4_350), ("0x10ms", 16_000), (" 5MS", 5_000), ("-0.5", 0)];
        for (text, us) in times {
            assert_eq!(time("latency", text).ok(), Some(us), "{text:?}");
        }
        assert_eq!(time("latency", "4294967295.9").ok(), Some(u32::MAX));
        for bad in ["-1ms", "4294967296us", "5000s", "nan", "inf", "1e", "5x"] {
            assert!(time("latency", bad).is_err(), "{bad:?}");
        }
        assert_eq!(time_ns64("-1.5ms"), Some(-1_500_000));
        assert_eq!(time_ns64("0x10us"), Some(16_000));
        assert_eq!(time_ns64("1e1NS"), Some(10));
        assert_eq!(time_ns64("1e19"), None);
    }

    /// C's `strtod` on the forms glibc reads (values worked out by hand):
    /// where the number ends, and its value.
    #[test]
    fn numbers_as_strtod_reads_them() {
        let cases: [(&str, f64, &str); 22] = [
            ("16", 16.0, ""),
            (" \t16k", 16.0, "k"),
            ("+1.5e3x", 1500.0, "x"),
            ("-.5", -0.5, ""),
            ("2.", 2.0, ""),
            ("1e", 1.0, "e"),
            ("1e+", 1.0, "e+"),
            ("010", 10.0, ""),
            ("0x10", 16.0, ""),
            ("0X1P3", 8.0, ""),
            ("0x1.8p1kb", 3.0, "kb"),
            ("0x.8", 0.5, ""),
            ("0x", 0.0, "x"),
            ("0x.p1", 0.0, "x.p1"),
            ("0x1p", 1.0, "p"),
            ("0x1bit", 27.0, "it"),
            ("0x10000000000000800", 18_446_744_073_709_551_616.0, ""),
            ("0x1p-3", 0.125, ""),
            ("INF%", f64::INFINITY, "%"),
            ("-infinity", f64::NEG_INFINITY, ""),
            ("1e400", f64::INFINITY, ""),
            ("%", 0.0, "%"),
        ];
        for (text, value, rest) in cases {
            assert_eq!(strtod(text), (value, rest), "{text:?}");
        }
        let (nan, rest) = strtod("nan(x_1)%");
        assert!(nan.is_nan() && rest == "%");
        assert_eq!(strtod("nan(").1, "(");
        assert_eq!(strtod(""), (0.0, ""));
        assert_eq!(strtod(" x"), (0.0, " x"));
        // 2^64 + 2049, just past halfway to the next double (2^64 + 4096),
        // where 2^64 + 2048 above is a tie, to even: the digits past the
        // 15 kept still count.
        assert_eq!(strtod("0x10000000000000801").0, 18_446_744_073_709_555_712.0);
    }

    /// tc's `get_size` and `parse_percent` on what they take and refuse
    /// (tc 6.1's requests, and its refusals, for `netem limit` and
    /// `duplicate`).
    #[test]
    fn sizes_and_percentages_as_tc_reads_them() {
        let sizes = [("0x10", 16), ("010", 10), ("1e3", 1000), ("0x10k", 16_384), (" 16", 16), ("+16", 16)];
        let more = [("1e-1k", 102), (".5k", 512), ("0x.8k", 512), ("4294967295.9", u32::MAX), ("-0", 0)];
        for (text, bytes) in sizes.into_iter().chain(more) {
            assert_eq!(size("limit", text).ok(), Some(bytes), "{text:?}");
        }
        for bad in ["16 ", "-1", "-0.5", "5g", "4294967296", "1e30", "inf", "nan", "0x", "1e", "", "k"] {
            assert!(size("limit", bad).is_err(), "{bad:?}");
        }
        let percentages =
            [("0x10%", 0.16), ("1e1%", 0.1), (" 5%", 0.05), ("0X1P3", 0.08), ("%", 0.0), ("", 0.0)];
        for (text, fraction) in percentages {
            assert_eq!(parse_percent(text), Ok(fraction), "{text:?}");
        }
        assert!(parse_percent("nan").is_ok_and(f64::is_nan));
        for (bad, why) in [
            ("inf", BadPercent::OutOfRange),
            ("100.0000000001", BadPercent::OutOfRange),
            ("-0.0000001", BadPercent::OutOfRange),
            ("5%%", BadPercent::Malformed),
            ("1e", BadPercent::Malformed),
            ("abc", BadPercent::Malformed),
        ] {
            assert_eq!(parse_percent(bad), Err(why), "{bad:?}");
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
