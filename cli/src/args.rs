//! The words of a command line: read one at a time, with ip's messages
//! when one is missing or wrong.
//!
//! ```text
//! mtu 1400        number("mtu", "1400")   -> 1400
//! name v0         name("v0")              -> "v0"
//! address 2:0:0:0:0:1   mac(..)           -> [2, 0, 0, 0, 0, 1]
//! ```

use std::net::IpAddr;

use nlwire::link::{AltIfName, IfName, IFNAME_MAX};
use nlwire::route::Prefix;
use nlwire_std::IPRoute;

use crate::names::Names;
use crate::{CliError, Result};

/// The words after a keyword, one at a time, with ip's message when one is
/// missing.
pub struct Words<'a>(std::slice::Iter<'a, String>);

impl<'a> Words<'a> {
    /// The words of `args`, in order.
    pub fn new(args: &'a [String]) -> Self {
        Words(args.iter())
    }
    /// The next word (out of line: inlined at each of the parsers' calls,
    /// it took 1.9 KB of code).
    #[allow(clippy::should_implement_trait)] // `value` needs the same iterator
    #[inline(never)]
    pub fn next(&mut self) -> Option<&'a str> {
        self.0.next().map(String::as_str)
    }
    /// The next word, left to be read.
    pub fn peek(&self) -> Option<&'a str> {
        self.0.clone().next().map(String::as_str)
    }
    /// The value after a keyword: [`incomplete`] when there is none.
    pub fn value(&mut self) -> Result<&'a str> {
        self.next().ok_or_else(incomplete)
    }
    /// The words not read yet.
    pub fn rest(&self) -> &'a [String] {
        self.0.as_slice()
    }
}

/// iproute2's `incomplete_command`: a keyword without its value.
pub fn incomplete() -> CliError {
    CliError::usage("Command line is not complete. Try option \"help\"")
}

/// ip's `duparg`: a keyword given twice.
pub fn duplicate(keyword: &str, value: &str) -> CliError {
    CliError::usage(format!("Error: duplicate \"{keyword}\": \"{value}\" is the second value."))
}

/// ip's `duparg2`: a keyword given twice, in its other words.
pub fn duplicate2(keyword: &str, value: &str) -> CliError {
    CliError::usage(format!("Error: either \"{keyword}\" is duplicate, or \"{value}\" is a garbage."))
}

/// ip's `invarg`: `value` is not what `what` takes.
pub fn invalid(what: &str, value: &str) -> CliError {
    CliError::usage(format!("Error: argument \"{value}\" is wrong: {what}"))
}

/// An interface name the kernel takes.
pub fn name(s: &str) -> Result<String> {
    IfName::new(s).map_err(|_| invalid("\"name\" not a valid ifname", s))?;
    Ok(s.to_owned())
}

/// A link to be found by a name or an alternative name, as ip takes one
/// (`dev DEV`): a name longer than a link's own can be is looked for among
/// the alternative names (as [`AltIfName`] checks one), else it is checked
/// as [`name`].
pub fn device(s: &str) -> Result<String> {
    match s.len() > IFNAME_MAX && AltIfName::new(s).is_ok() {
        true => Ok(s.to_owned()),
        false => name(s),
    }
}

/// A number of type `T` for `what`.
pub fn number<T: std::str::FromStr>(what: &str, s: &str) -> Result<T> {
    s.parse().map_err(|_| invalid(&format!("Invalid \"{what}\" value"), s))
}

/// A number as ip's `get_u32(.., 0)` reads it (`0x10`, `010`, `8`), in
/// `T`'s range, for `what`.
pub fn c_number<T: TryFrom<u64>>(what: &str, s: &str) -> Result<T> {
    crate::names::c_number(s)
        .and_then(|v| T::try_from(v).ok())
        .ok_or_else(|| invalid(&format!("invalid {what}"), s))
}

/// `on` or `off`, as ip takes them after `what` (anything else: exit 1).
pub fn on_off(what: &str, s: &str) -> Result<bool> {
    match s {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(CliError::rejected(format!(
            "Error: argument of \"{what}\" must be \"on\" or \"off\", not \"{s}\""
        ))),
    }
}

/// `on` or `off`, as ip 6.1's newer `parse_on_off` takes them after `what`:
/// anything else is refused in its words with exit `code` (its callers
/// return `-EINVAL` in their own ways: 22 from `ip link` and `ip stats`,
/// 234 from `bridge`).
pub fn one_of_on_off(what: &str, s: &str, code: u8) -> Result<bool> {
    match s {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(CliError::exit(
            code,
            format!("Error: argument of \"{what}\" must be one of \"off\", \"on\", not \"{s}\""),
        )),
    }
}

/// `aa:bb:cc:dd:ee:ff` (any number of bytes, as ip takes it).
pub fn mac(s: &str) -> Result<Vec<u8>> {
    s.split(':')
        .map(|b| u8::from_str_radix(b, 16))
        .collect::<std::result::Result<Vec<u8>, _>>()
        .ok()
        .filter(|b| !b.is_empty() && b.len() <= 32)
        .ok_or_else(|| CliError::rejected(format!("\"{s}\" is invalid lladdr.")))
}

/// A number as ip's `get_unsigned(.., 0)` reads it (C's `strtoul` in base
/// 0, [`crate::names::c_number`]), within a `u32`.
pub fn unsigned(s: &str) -> Option<u32> {
    crate::names::c_number(s).and_then(|v| u32::try_from(v).ok())
}

/// A number as iproute2's `get_u16`, `get_u32` and `get_u64` read it with
/// C's `strtoul` in `base` (0: by its prefix; 16: `0x` optional): leading
/// white space, a sign (`-` negates, wrapping, as C does), the whole word,
/// at most `max`.
///
/// ` 5`, `+5` and `-0` are numbers; `-1` is one only with `max` `u64::MAX`.
pub fn c_unsigned(s: &str, base: u32, max: u64) -> Option<u64> {
    let s = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let hex = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X"));
    let hex = hex.filter(|h| h.starts_with(|c: char| c.is_ascii_hexdigit()));
    let (digits, radix) = match (base, hex) {
        (0 | 16, Some(h)) => (h, 16),
        (0, None) if s.len() > 1 && s.starts_with('0') => (&s[1..], 8),
        (0, None) => (s, 10),
        (b, _) => (s, b),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let magnitude = u64::from_str_radix(digits, radix).ok()?;
    Some(if negative { magnitude.wrapping_neg() } else { magnitude }).filter(|v| *v <= max)
}

/// C's `atoi`: leading blanks, a sign, the digits up to the first other
/// character (0 without any); beyond `i32`, saturated.
///
/// `12ab` is 12, `-3` is -3, `x` is 0.
pub fn atoi(s: &str) -> i32 {
    let s = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = digits
        .bytes()
        .take_while(u8::is_ascii_digit)
        .fold(0i64, |v, d| (v * 10 + i64::from(d - b'0')).min(1 << 32));
    let value = if negative { -magnitude } else { magnitude };
    value.clamp(i32::MIN.into(), i32::MAX.into()) as i32
}

/// A number as ip's `get_integer` reads it (C's `strtol` in base 0, within
/// an `int`): `-1`, `0x5dc`, `010`.
pub fn signed(s: &str) -> Option<i32> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let magnitude = i64::from(unsigned(digits)?);
    i32::try_from(if negative { -magnitude } else { magnitude }).ok()
}

/// A name for a link being created or renamed, checked as ip checks it:
/// empty, with `/` or whitespace, or (where ip checks the length,
/// `length_checked`) longer than 15 bytes, is ip's usage error (255). What
/// else the kernel's `dev_valid_name` refuses (`.`, `..`, `:`, a `dev NAME`
/// longer than 15 bytes) ip sends and the kernel refuses (exit 2): nlw
/// refuses it before sending, with exit 2.
pub fn link_name(s: &str, length_checked: bool) -> Result<String> {
    let c_space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    if s.is_empty() || s.bytes().any(|b| b == b'/' || c_space(b)) || (length_checked && s.len() > IFNAME_MAX)
    {
        return name(s);
    }
    IfName::new(s).map_err(|e| {
        let why = match e {
            nlwire::Error::InvalidValue { what } => what.to_owned(),
            e => e.to_string(),
        };
        CliError::kernel_would_refuse(format!("Error: argument \"{s}\" is wrong: {why}."))
    })?;
    Ok(s.to_owned())
}

/// Realms as ip's `get_rt_realms_or_raw` reads them (routes and rules): a
/// number is the attribute itself; else `[FROM/]TO`, each side a name of
/// `rt_realms` or a number to 255, an empty TO being 0.
pub fn realms(v: &str) -> Option<u32> {
    if let Some(raw) = unsigned(v) {
        return Some(raw);
    }
    let realm = |s: &str| {
        let named = crate::names::NameFile::Realms.value(s);
        named.or_else(|| c_unsigned(s, 0, 255)).and_then(|r| u32::try_from(r).ok())
    };
    let (from, to) = match v.split_once('/') {
        Some((from, to)) => (realm(from)?, to),
        None => (0, v),
    };
    let to = if to.is_empty() { 0 } else { realm(to)? };
    Some(from << 16 | to)
}

/// An IP protocol as ip's `inet_proto_a2n` reads it: a decimal number to
/// 255, else a name of `/etc/protocols`.
pub fn ip_protocol(s: &str) -> Option<u8> {
    let decimal = c_unsigned(s, 10, u8::MAX.into());
    decimal.or_else(|| crate::names::NameFile::Protocols.value(s)).and_then(|p| u8::try_from(p).ok())
}

/// A routing table: `main`, `local`, `default` or a number in C's bases
/// (ip's `rtnl_rttable_a2n`).
pub fn table_id(s: &str) -> Result<u32> {
    crate::names::table_number(s).ok_or_else(|| invalid("table id value is invalid\n", s))
}

/// ip's refusal of a device it cannot find (exit 1).
pub fn not_found(dev: &str) -> CliError {
    CliError::rejected(format!("Cannot find device \"{dev}\""))
}

/// The index of `dev`, asked of the kernel.
pub fn ifindex(ipr: &mut IPRoute, dev: &str) -> Result<u32> {
    ipr.ifindex(&dev.into()).map_err(|e| match e {
        nlwire_std::Error::NotFound(_) => not_found(dev),
        e => e.into(),
    })
}

/// The index of `dev`, from names loaded once (for batches).
pub fn ifindex_in(names: &Names, dev: &str) -> Result<u32> {
    names.index(dev).ok_or_else(|| not_found(dev))
}

/// ip's `family_name`: `inet`, `inet6`, `link`, `mpls`, `bridge`, else `???`.
pub fn family_name(family: u8) -> &'static str {
    match family {
        2 => "inet",
        10 => "inet6",
        17 => "link",
        28 => "mpls",
        7 => "bridge",
        _ => "???",
    }
}

/// ip's `family_name_verbose`, in its address errors: `any valid` for 0.
fn family_name_verbose(family: u8) -> &'static str {
    if family == 0 {
        "any valid"
    } else {
        family_name(family)
    }
}

/// Whether `addr` is of `family` (0: any; no IP address is of another,
/// such as the multicast rules' `RTNL_FAMILY_IPMR`).
fn of_family(addr: IpAddr, family: u8) -> bool {
    match family {
        0 => true,
        2 => addr.is_ipv4(),
        10 => addr.is_ipv6(),
        _ => false,
    }
}

/// `ADDR[/LEN]`, `default` (`::/0` with `-6`), of `family` (0: either).
/// A bad one is refused with exit 1, as ip's `get_prefix`.
pub fn prefix(s: &str, family: u8) -> Result<Prefix> {
    let bad = || {
        CliError::rejected(format!(
            "Error: {} prefix is expected rather than \"{s}\".",
            family_name_verbose(family)
        ))
    };
    if s == "default" || s == "all" || s == "any" {
        return Ok(if family == 10 { Prefix::DEFAULT_V6 } else { Prefix::DEFAULT_V4 });
    }
    let (addr, len) = match s.split_once('/') {
        Some((a, l)) => (a, Some(l)),
        None => (s, None),
    };
    let addr = c_address(addr).filter(|a| of_family(*a, family)).ok_or_else(bad)?;
    let max = if addr.is_ipv4() { 32 } else { 128 };
    let len = match len {
        Some(l) => netmask(l).filter(|l| *l <= max).ok_or_else(bad)?,
        None => max,
    };
    Ok(Prefix::new(addr, len))
}

/// An address as ip's `get_addr_1` reads it: IPv6 when it has a `:`, else
/// IPv4 as `get_addr_ipv4` reads it, each part a number in C's bases, the
/// parts left out zero (`10` is 10.0.0.0, `172.16` 172.16.0.0, `0x7f.1`
/// 127.1.0.0).
fn c_address(s: &str) -> Option<IpAddr> {
    if s.contains(':') {
        return s.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::from);
    }
    // The usual dotted quad first: what std reads (four decimal parts, no
    // leading zero) C reads alike, and faster (`-batch` of 10k routes).
    if let Ok(v4) = s.parse::<std::net::Ipv4Addr>() {
        return Some(v4.into());
    }
    let mut octets = [0u8; 4];
    let mut parts = s.split('.');
    for (octet, part) in octets.iter_mut().zip(&mut parts) {
        *octet = u8::try_from(c_unsigned(part, 0, 255)?).ok()?;
    }
    parts.next().is_none().then_some(IpAddr::from(octets))
}

/// A prefix's length as ip's `get_netmask` reads it: a number in C's
/// bases, or a dotted mask of leading ones (`255.255.255.0` is 24).
fn netmask(s: &str) -> Option<u8> {
    // Decimal without a leading zero (which C reads as octal) first.
    if !s.starts_with('0') || s == "0" {
        if let Ok(len) = s.parse::<u8>() {
            return Some(len);
        }
    }
    if let Some(len) = c_unsigned(s, 0, u8::MAX.into()) {
        return u8::try_from(len).ok();
    }
    let IpAddr::V4(mask) = c_address(s)? else { return None };
    let bits = u32::from(mask);
    (bits.leading_ones() + bits.trailing_zeros() == 32).then(|| bits.leading_ones() as u8)
}

/// An address of either family.
pub fn ip(s: &str) -> Result<IpAddr> {
    address(s, 0)
}

/// An address of `family` (0: either); a bad one is refused with exit 1,
/// as ip's `get_addr`.
pub fn address(s: &str, family: u8) -> Result<IpAddr> {
    c_address(s).filter(|a| of_family(*a, family)).ok_or_else(|| {
        CliError::rejected(format!(
            "Error: {} address is expected rather than \"{s}\".",
            family_name_verbose(family)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_read_as_ips_get_prefix() {
        let v4 = |s: &str| prefix(s, 0).ok().map(|p| (p.addr.to_string(), p.len));
        let pair = |a: &str, l: u8| Some((a.to_owned(), l));
        assert_eq!(v4("10/8"), pair("10.0.0.0", 8));
        assert_eq!(v4("0/0"), pair("0.0.0.0", 0));
        assert_eq!(v4("172.16"), pair("172.16.0.0", 32));
        assert_eq!(v4("0x7f.1"), pair("127.1.0.0", 32));
        assert_eq!(v4("010.1.1.1/030"), pair("8.1.1.1", 24));
        assert_eq!(v4("192.0.2.0/255.255.255.0"), pair("192.0.2.0", 24));
        assert_eq!(v4("2001:db8::/32"), pair("2001:db8::", 32));
        for bad in
            ["256.1", "1.2.3.4.5", "1..2", "1.2.", "08", "192.0.2.0/255.0.255.0", "10/33", "default/0", "x"]
        {
            assert_eq!(v4(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_read_as_strtoul() {
        for (s, base, max, want) in [
            ("10", 0, 0xffff, Some(10)),
            ("0x10", 0, 0xffff, Some(16)),
            ("010", 0, 0xffff, Some(8)),
            (" 5", 0, 0xffff, Some(5)),
            ("+5", 0, 0xffff, Some(5)),
            ("-0", 0, 0xffff, Some(0)),
            ("-1", 0, u32::MAX.into(), None),
            ("-1", 16, u64::MAX, Some(u64::MAX)),
            ("10", 16, u64::MAX, Some(16)),
            ("0X1f", 16, u64::MAX, Some(31)),
            ("0x", 16, u64::MAX, None),
            ("", 0, u64::MAX, None),
            ("65536", 0, 0xffff, None),
            ("08", 0, 0xffff, None),
            ("5 ", 0, 0xffff, None),
            ("10000000000000000", 16, u64::MAX, None),
        ] {
            assert_eq!(c_unsigned(s, base, max), want, "{s:?} in base {base}");
        }
    }

    #[test]
    fn numbers_read_as_get_unsigned() {
        assert_eq!(unsigned("10"), Some(10));
        assert_eq!(unsigned("0x10"), Some(16));
        assert_eq!(unsigned("010"), Some(8));
        assert_eq!(unsigned("0"), Some(0));
        for bad in ["", "x", "0x", "08", "-1", "+1", "1a", "4294967296"] {
            assert_eq!(unsigned(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_read_as_atoi() {
        for (text, value) in [("12", 12), ("12ab", 12), (" -3", -3), ("+7", 7), ("x", 0), ("", 0), ("-", 0)] {
            assert_eq!(atoi(text), value, "{text}");
        }
    }

    /// C's `strtol` in base 0, within an `int`, as ip's `get_integer`.
    #[test]
    fn numbers_read_as_get_integer() {
        assert_eq!(signed("-1"), Some(-1));
        assert_eq!(signed("+7"), Some(7));
        assert_eq!(signed("0x5dc"), Some(1500));
        assert_eq!(signed("-0x10"), Some(-16));
        assert_eq!(signed("-2147483648"), Some(i32::MIN));
        assert_eq!(signed("2147483647"), Some(i32::MAX));
        for bad in ["", "-", "--1", "+-1", "2147483648", "-2147483649", "1.5"] {
            assert_eq!(signed(bad), None, "{bad}");
        }
    }
}
