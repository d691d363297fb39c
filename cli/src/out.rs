//! The output buffer every printer writes into, flushed when full.
//!
//! A dump prints a million routes as a few dozen short pieces each (a
//! separator, a keyword, a name, a number). Copying each piece with the C
//! library's `memcpy` took half the time of the static build: musl's starts
//! every copy with `rep movsq`, slow to set up for a few bytes. Here short pieces are moved with fixed-size copies the compiler
//! turns into plain loads and stores, and numbers and addresses are written as
//! digits straight into the buffer, without `core::fmt`.

use std::io::{self, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::OnceLock;

/// Bytes held before a write to the inner writer.
const CAPACITY: usize = 16 * 1024;

/// Room for the longest number or address written in place: an IPv6
/// address (39 characters) or an `i64` (20).
const LONGEST_IN_PLACE: usize = 40;

/// What ip's `-color` paints: interface names, hardware addresses, IPv4
/// and IPv6 addresses, and the operational states up and down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hue {
    Ifname,
    Mac,
    Inet,
    Inet6,
    OperUp,
    OperDown,
    /// Not painted (ip's `COLOR_NONE`): other operational states.
    Plain,
}

impl Hue {
    /// The hue of an address of `ip`'s family.
    pub fn of(ip: IpAddr) -> Hue {
        if ip.is_ipv4() {
            Hue::Inet
        } else {
            Hue::Inet6
        }
    }
    /// The hue of an `IF_OPER_*` state: only up and down are painted.
    pub fn of_operstate(state: u8) -> Hue {
        match state {
            6 => Hue::OperUp,
            2 => Hue::OperDown,
            _ => Hue::Plain,
        }
    }
}

/// The terminal codes [`Out::paint`] writes for each [`Hue`], in its order.
#[derive(Debug, PartialEq, Eq)]
pub struct Palette([&'static str; 6]);

impl Palette {
    /// iproute2's colours for a light background.
    pub const LIGHT: Palette =
        Palette(["\x1b[36m", "\x1b[33m", "\x1b[35m", "\x1b[34m", "\x1b[32m", "\x1b[31m"]);
    /// iproute2's colours for a dark background: the same, bold.
    pub const DARK: Palette =
        Palette(["\x1b[1;36m", "\x1b[1;33m", "\x1b[1;35m", "\x1b[1;34m", "\x1b[1;32m", "\x1b[1;31m"]);

    /// ip's choice (`set_color_palette`): dark when the last field of
    /// `COLORFGBG` (`FG;BG`, as rxvt and konsole set it) is one of the dark
    /// colours 0 to 6 or 8.
    pub fn for_background(colorfgbg: Option<&str>) -> &'static Palette {
        let background = colorfgbg.and_then(|v| v.rsplit_once(';')).map(|(_, bg)| bg.as_bytes());
        match background {
            Some([b'0'..=b'6' | b'8']) => &Palette::DARK,
            _ => &Palette::LIGHT,
        }
    }
}

/// The code that ends a hue.
const UNPAINT: &[u8] = b"\x1b[0m";

/// The palette of `-color`, chosen once before anything is printed, as
/// ip's `enable_color`: every [`Out`] made after paints with it.
static PALETTE: OnceLock<&'static Palette> = OnceLock::new();

/// Paints the text of every [`Out`] made from now on with `palette`.
pub fn use_palette(palette: &'static Palette) {
    // Chosen once per process: a second choice is the same one.
    let _ = PALETTE.set(palette);
}

/// A buffered writer with in-place formatting of numbers and addresses.
pub struct Out<W: Write> {
    inner: W,
    buf: Box<[u8]>,
    len: usize,
    /// ip's `-o`: each object on one line, its inner line breaks written
    /// as `\` ([`Out::oneline`]).
    oneline: bool,
    /// In `oneline`, a line break written and not yet known to be inner.
    held_newline: bool,
    /// `-color`'s codes, or `None` without colours.
    palette: Option<&'static Palette>,
    /// A hue was started and not yet ended.
    painting: bool,
    /// A hue to end after the space that starts the next text
    /// ([`Out::unpaint_after_space`]).
    held_unpaint: bool,
}

impl<W: Write> Out<W> {
    /// A buffer in front of `inner`, painting with the process's palette
    /// if one was chosen ([`use_palette`]).
    pub fn new(inner: W) -> Self {
        Out::with_palette(inner, PALETTE.get().copied())
    }

    /// A buffer in front of `inner` that paints with `palette`.
    pub fn with_palette(inner: W, palette: Option<&'static Palette>) -> Self {
        Out {
            inner,
            buf: vec![0; CAPACITY].into_boxed_slice(),
            len: 0,
            oneline: false,
            held_newline: false,
            palette,
            painting: false,
            held_unpaint: false,
        }
    }

    /// Starts text of `hue`, as ip's `print_color_*` (nothing without
    /// `-color`); [`Out::unpaint`] ends it.
    ///
    /// ```text
    /// 3: \e[36mv0@v1: \e[0m<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500
    /// ```
    pub fn paint(&mut self, hue: Hue) -> io::Result<()> {
        let code = self.palette.and_then(|palette| palette.0.get(hue as usize));
        self.painting = code.is_some();
        match code {
            Some(code) => self.bytes(code.as_bytes()),
            None => Ok(()),
        }
    }

    /// Ends the hue [`Out::paint`] started.
    pub fn unpaint(&mut self) -> io::Result<()> {
        match std::mem::take(&mut self.painting) {
            true => self.bytes(UNPAINT),
            false => Ok(()),
        }
    }

    /// Ends the hue after the space that starts the next text, where ip's
    /// painted field ends with its space (` state \e[32mUP \e[0mmode`) and
    /// ours writes the space before the next field.
    pub fn unpaint_after_space(&mut self) {
        self.held_unpaint = std::mem::take(&mut self.painting);
    }

    /// `text` painted in `hue`.
    pub fn painted(&mut self, hue: Hue, text: &str) -> io::Result<()> {
        self.paint(hue)?;
        self.str(text)?;
        self.unpaint()
    }

    /// `ip` painted in its family's hue.
    pub fn painted_ip(&mut self, ip: IpAddr) -> io::Result<()> {
        self.paint(Hue::of(ip))?;
        self.ip(ip)?;
        self.unpaint()
    }

    /// Writes the held end of a hue, after `bytes`' leading space if it has one.
    #[cold]
    fn release_unpaint(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.held_unpaint = false;
        let space = usize::from(bytes.first() == Some(&b' '));
        self.append(bytes.get(..space).unwrap_or_default())?;
        self.append(UNPAINT)?;
        Ok(space)
    }

    /// ip's `-o`: from now on each line break is held, and written as `\`
    /// when more of the same object follows; [`Out::end_object`] writes
    /// the one that ends an object.
    ///
    /// ```text
    /// 3: v0    inet 192.0.2.1/24 scope global v0\       valid_lft forever preferred_lft forever
    /// ```
    pub fn oneline(&mut self) {
        self.oneline = true;
    }

    /// The end of an object's text: under `-o`, its held line break.
    pub fn end_object(&mut self) -> io::Result<()> {
        match std::mem::take(&mut self.held_newline) {
            true => self.plain(b"\n"),
            false => Ok(()),
        }
    }

    /// Under `-o`: `bytes` with each line break held.
    #[cold]
    fn oneline_bytes(&mut self, bytes: &[u8]) -> io::Result<()> {
        for (at, part) in bytes.split(|b| *b == b'\n').enumerate() {
            self.held_newline |= at > 0;
            if !part.is_empty() {
                self.release_newline()?;
                self.plain(part)?;
            }
        }
        Ok(())
    }

    /// A held line break, written as `\` before more of its object.
    fn release_newline(&mut self) -> io::Result<()> {
        match std::mem::take(&mut self.held_newline) {
            true => self.plain(b"\\"),
            false => Ok(()),
        }
    }

    /// A buffer in front of `inner` that holds `start` already (a few
    /// bytes: nothing to write yet, so nothing can fail).
    pub fn starting_with(inner: W, start: &[u8]) -> Self {
        let mut out = Out::new(inner);
        if let Some(dst) = out.buf.get_mut(..start.len()) {
            copy(dst, start);
            out.len = start.len();
        }
        out
    }

    /// Hands the buffered bytes to the inner writer.
    fn flush_buf(&mut self) -> io::Result<()> {
        let pending = self.buf.get(..self.len).unwrap_or_default();
        self.len = 0;
        self.inner.write_all(pending)
    }

    /// The free part of the buffer, at least `n` bytes long (`n` at most
    /// `CAPACITY`).
    fn room(&mut self, n: usize) -> io::Result<&mut [u8]> {
        if self.held_unpaint {
            self.release_unpaint(&[])?;
        }
        self.release_newline()?;
        if self.buf.len() - self.len < n {
            self.flush_buf()?;
        }
        Ok(self.buf.get_mut(self.len..).unwrap_or_default())
    }

    /// Appends `bytes`.
    #[inline(never)]
    pub fn bytes(&mut self, bytes: &[u8]) -> io::Result<()> {
        // The usual case, a piece that fits with nothing held back, copied
        // here rather than through `append` and `plain` (a route's line is
        // a dozen pieces).
        if !self.held_unpaint && !self.oneline {
            if let Some(dst) = self.buf.get_mut(self.len..self.len + bytes.len()) {
                copy(dst, bytes);
                self.len += bytes.len();
                return Ok(());
            }
        }
        let bytes = match self.held_unpaint {
            true => bytes.get(self.release_unpaint(bytes)?..).unwrap_or_default(),
            false => bytes,
        };
        self.append(bytes)
    }

    /// Appends `bytes`, their line breaks held under `-o`.
    fn append(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.oneline {
            return self.oneline_bytes(bytes);
        }
        self.plain(bytes)
    }

    /// Appends `bytes` as they are.
    fn plain(&mut self, bytes: &[u8]) -> io::Result<()> {
        if bytes.len() > self.buf.len() - self.len {
            self.flush_buf()?;
            if bytes.len() > self.buf.len() {
                return self.inner.write_all(bytes);
            }
        }
        let end = self.len + bytes.len();
        if let Some(dst) = self.buf.get_mut(self.len..end) {
            copy(dst, bytes);
            self.len = end;
        }
        Ok(())
    }

    /// Appends one byte.
    #[inline]
    pub fn byte(&mut self, byte: u8) -> io::Result<()> {
        match self.buf.get_mut(self.len) {
            Some(slot) if !self.oneline && !self.held_unpaint => {
                *slot = byte;
                self.len += 1;
                Ok(())
            }
            _ => self.bytes(&[byte]),
        }
    }

    /// Appends `s`.
    pub fn str(&mut self, s: &str) -> io::Result<()> {
        self.bytes(s.as_bytes())
    }

    /// Appends `s` between double quotes.
    #[inline(never)]
    pub fn quoted(&mut self, s: &str) -> io::Result<()> {
        let end = self.len + s.len() + 2;
        match self.buf.get_mut(self.len..end) {
            Some([open, inner @ .., close]) => {
                *open = b'"';
                copy(inner, s.as_bytes());
                *close = b'"';
                self.len = end;
                Ok(())
            }
            _ => {
                self.byte(b'"')?;
                self.str(s)?;
                self.byte(b'"')
            }
        }
    }

    /// Appends a JSON key, `"key":`, after a comma when `comma`: one copy
    /// for what [`Json::key`](crate::json::Json::key) writes in four pieces
    /// otherwise. `key` must need no escaping.
    #[inline(never)]
    pub fn json_key(&mut self, comma: bool, key: &str) -> io::Result<()> {
        let start = self.len + usize::from(comma);
        let end = start + key.len() + 3;
        match self.buf.get_mut(self.len..end) {
            Some(room) if !self.held_unpaint && !self.oneline => {
                // `,"` or `"`, the key, `":`.
                let (key_at, key_end) = (usize::from(comma) + 1, room.len() - 2);
                room[0] = b',';
                room[key_at - 1] = b'"';
                copy(&mut room[key_at..key_end], key.as_bytes());
                room[key_end] = b'"';
                room[key_end + 1] = b':';
                self.len = end;
                Ok(())
            }
            _ => {
                if comma {
                    self.byte(b',')?;
                }
                self.quoted(key)?;
                self.byte(b':')
            }
        }
    }

    /// Appends `value` in decimal.
    #[inline(never)]
    pub fn num(&mut self, value: impl Decimal) -> io::Result<()> {
        let (negative, magnitude) = value.sign_magnitude();
        let room = self.room(LONGEST_IN_PLACE)?;
        let mut at = 0;
        if negative {
            room[0] = b'-';
            at = 1;
        }
        at += write_decimal(&mut room[at..], magnitude);
        self.len += at;
        Ok(())
    }

    /// Appends `n` spaces (`{:n$}` of nothing).
    pub fn spaces(&mut self, n: usize) -> io::Result<()> {
        const SPACES: [u8; 32] = [b' '; 32];
        let mut left = n;
        while left > 0 {
            let run = left.min(SPACES.len());
            self.bytes(&SPACES[..run])?;
            left -= run;
        }
        Ok(())
    }

    /// Appends `value` right-aligned in `width` columns, as
    /// `{value:>width$}` does, without the formatter's padding a
    /// character at a time (`ip -s`'s columns).
    pub fn num_right(&mut self, width: usize, value: u64) -> io::Result<()> {
        self.spaces(width.saturating_sub(digits(value)))?;
        self.num(value)
    }

    /// Appends `ip` as `std` displays it (RFC 5952 for IPv6).
    #[inline(never)]
    pub fn ip(&mut self, ip: IpAddr) -> io::Result<()> {
        let room = self.room(LONGEST_IN_PLACE)?;
        let n = match ip {
            IpAddr::V4(v4) => write_ipv4(room, v4),
            IpAddr::V6(v6) => write_ipv6(room, v6),
        };
        self.len += n;
        Ok(())
    }
}

impl<W: Write> Write for Out<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.bytes(buf)?;
        Ok(buf.len())
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.bytes(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        if self.held_unpaint {
            self.release_unpaint(&[])?;
        }
        self.end_object()?;
        self.flush_buf()?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for Out<W> {
    /// Writes what is left, as `BufWriter` does (an error is lost: callers
    /// that care flush first).
    fn drop(&mut self) {
        let _ = self.flush_buf();
    }
}

/// Copies `src` into `dst` (of the same length). Up to 32 bytes, two
/// fixed-size copies that may overlap cover the whole length; only longer
/// pieces go to `memcpy`.
#[inline(always)]
fn copy(dst: &mut [u8], src: &[u8]) {
    fn two<const N: usize>(dst: &mut [u8], src: &[u8]) {
        let n = src.len();
        if let (Some(d), Some(s)) = (dst.get_mut(..N), src.get(..N)) {
            d.copy_from_slice(s);
        }
        if let (Some(d), Some(s)) = (dst.get_mut(n - N..n), src.get(n - N..n)) {
            d.copy_from_slice(s);
        }
    }
    match src.len() {
        0 => {}
        1 => {
            if let (Some(d), Some(s)) = (dst.first_mut(), src.first()) {
                *d = *s;
            }
        }
        2..=3 => two::<2>(dst, src),
        4..=7 => two::<4>(dst, src),
        8..=15 => two::<8>(dst, src),
        16..=32 => two::<16>(dst, src),
        _ => dst.copy_from_slice(src),
    }
}

/// Integers written in decimal by [`Out::num`].
pub trait Decimal: Copy {
    /// Whether the value is negative, and its absolute value.
    fn sign_magnitude(self) -> (bool, u64);
}

macro_rules! decimal_unsigned {
    ($($t:ty)*) => {$(
        impl Decimal for $t {
            fn sign_magnitude(self) -> (bool, u64) {
                (false, self as u64)
            }
        }
    )*};
}
macro_rules! decimal_signed {
    ($($t:ty)*) => {$(
        impl Decimal for $t {
            fn sign_magnitude(self) -> (bool, u64) {
                (self < 0, (self as i64).unsigned_abs())
            }
        }
    )*};
}
decimal_unsigned!(u8 u16 u32 u64 usize);
decimal_signed!(i8 i16 i32 i64 isize);

/// Writes `value` in decimal at the start of `dst` (20 bytes suffice) and
/// returns the length.
fn write_decimal(dst: &mut [u8], value: u64) -> usize {
    let mut digits = 1;
    let mut rest = value / 10;
    while rest > 0 {
        digits += 1;
        rest /= 10;
    }
    let mut rest = value;
    for slot in dst.iter_mut().take(digits).rev() {
        *slot = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    digits
}

/// Writes `ip` dotted at the start of `dst` (15 bytes suffice) and returns
/// the length. The digits come from multiplications and shifts: built for
/// size, the compiler divides by 10 with `div`, four of them an octet, and
/// a route dump prints an address or two per route.
fn write_ipv4(dst: &mut [u8], ip: Ipv4Addr) -> usize {
    let mut at = 0;
    for &octet in &ip.octets() {
        if at > 0 {
            put(dst, &mut at, b'.');
        }
        let o = u32::from(octet);
        // `x * 205 >> 11` is `x / 10` and `x * 41 >> 12` is `x / 100` for
        // every x below 1029.
        let tens = (o * 205) >> 11;
        if o >= 100 {
            put(dst, &mut at, b'0' + ((o * 41) >> 12) as u8);
        }
        if o >= 10 {
            put(dst, &mut at, b'0' + (tens - ((tens * 205) >> 11) * 10) as u8);
        }
        put(dst, &mut at, b'0' + (o - tens * 10) as u8);
    }
    at
}

/// Writes `ip` at the start of `dst` (39 bytes suffice) and returns the
/// length: lowercase hexadecimal groups without leading zeros, the first
/// longest run of two or more zero groups as `::`, and an IPv4-mapped
/// address as `::ffff:a.b.c.d`.
fn write_ipv6(dst: &mut [u8], ip: Ipv6Addr) -> usize {
    let mut at = 0;
    if let Some(v4) = ip.to_ipv4_mapped() {
        for &c in b"::ffff:" {
            put(dst, &mut at, c);
        }
        return at + write_ipv4(dst.get_mut(at..).unwrap_or_default(), v4);
    }
    let groups = ip.segments();
    // The first longest run of zero groups, as (start, length).
    let (mut best, mut run) = ((0, 0), (0, 0));
    for (i, &g) in groups.iter().enumerate() {
        if g != 0 {
            run = (i + 1, 0);
            continue;
        }
        run.1 += 1;
        if run.1 > best.1 {
            best = run;
        }
    }
    let skip = if best.1 > 1 { best.0..best.0 + best.1 } else { 8..8 };
    for (i, &g) in groups.iter().enumerate() {
        if skip.contains(&i) {
            if i == skip.start {
                put(dst, &mut at, b':');
                put(dst, &mut at, b':');
            }
            continue;
        }
        if i > 0 && i != skip.end {
            put(dst, &mut at, b':');
        }
        let mut started = false;
        for shift in [12, 8, 4, 0] {
            let nibble = (g >> shift) as u8 & 0xf;
            if started || nibble != 0 || shift == 0 {
                started = true;
                put(dst, &mut at, b"0123456789abcdef"[usize::from(nibble)]);
            }
        }
    }
    at
}

/// The decimal digits of `value`.
pub fn digits(value: u64) -> usize {
    value.checked_ilog10().map_or(1, |d| d as usize + 1)
}

/// Stores `byte` at `dst[*at]` and moves on; the callers give enough room.
fn put(dst: &mut [u8], at: &mut usize, byte: u8) {
    if let Some(slot) = dst.get_mut(*at) {
        *slot = byte;
        *at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(f: impl FnOnce(&mut Out<&mut Vec<u8>>) -> io::Result<()>) -> String {
        let mut sink = Vec::new();
        let mut out = Out::new(&mut sink);
        f(&mut out).unwrap();
        out.flush().unwrap();
        drop(out);
        String::from_utf8(sink).unwrap()
    }

    /// A small deterministic generator (xorshift): many values, no dependency.
    fn values(n: usize) -> impl Iterator<Item = u64> {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        (0..n).map(move |_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        })
    }

    #[test]
    fn numbers_read_as_std_displays_them() {
        let edges = [0, 1, 9, 10, 99, 100, 255, 65535, u32::MAX as u64, u64::MAX];
        for v in edges.into_iter().chain(values(2000)).chain(values(2000).map(|v| v >> 40)) {
            assert_eq!(written(|o| o.num(v)), v.to_string());
        }
        for v in [i64::MIN, -1, 0, 1, i64::MAX, -100, i32::MIN as i64] {
            assert_eq!(written(|o| o.num(v)), v.to_string());
        }
    }

    #[test]
    fn right_aligned_numbers_and_spaces_read_as_std_pads_them() {
        for width in [0, 1, 5, 10, 31, 32, 33, 70] {
            for v in [0, 7, 10, 12345, u64::MAX].into_iter().chain(values(50)) {
                assert_eq!(written(|o| o.num_right(width, v)), format!("{v:>width$}"));
            }
            assert_eq!(written(|o| o.spaces(width)), format!("{:width$}", ""));
        }
    }

    #[test]
    fn oneline_writes_inner_line_breaks_as_backslashes_and_ends_each_object_with_one() {
        let got = written(|o| {
            o.oneline();
            o.str("1: lo: <LOOPBACK>\n    link/loopback")?;
            o.byte(b'\n')?;
            o.end_object()?;
            o.str("2: v0\n")?;
            o.str("    inet ")?;
            o.ip(Ipv4Addr::new(192, 0, 2, 1).into())?;
            o.byte(b'/')?;
            o.byte(b'\n')?;
            o.num(24u32)?;
            o.str("\n\n")?;
            o.end_object()?;
            o.str("no end")?;
            o.byte(b'\n')
        });
        assert_eq!(got, "1: lo: <LOOPBACK>\\    link/loopback\n2: v0\\    inet 192.0.2.1/\\24\nno end\n");
    }

    /// What ip 6.1 prints with `-color` (`ip -c link show`, `ip -c address`).
    #[test]
    fn painted_fields_end_where_ips_end() {
        let mut out = Out::with_palette(Vec::new(), Some(&Palette::LIGHT));
        let line = |o: &mut Out<Vec<u8>>| {
            o.str("3: ")?;
            o.painted(Hue::Ifname, "v0: ")?;
            o.str("<UP> mtu 1500 state ")?;
            o.paint(Hue::of_operstate(6))?;
            o.str("UP")?;
            o.unpaint_after_space();
            o.str(" mode DEFAULT state ")?;
            // Neither up nor down: not painted, nothing to end.
            o.paint(Hue::of_operstate(0))?;
            o.str("UNKNOWN")?;
            o.unpaint_after_space();
            o.str(" qlen 1000\n    inet ")?;
            o.painted_ip(Ipv4Addr::new(192, 0, 2, 1).into())?;
            o.str("/24 brd ")?;
            o.paint(Hue::of(Ipv4Addr::new(192, 0, 2, 255).into()))?;
            o.ip(Ipv4Addr::new(192, 0, 2, 255).into())?;
            // The end of the output ends the hue.
            o.unpaint_after_space();
            o.flush()
        };
        line(&mut out).unwrap();
        let got = String::from_utf8(std::mem::take(&mut out.inner)).unwrap();
        assert_eq!(
            got,
            "3: \x1b[36mv0: \x1b[0m<UP> mtu 1500 state \x1b[32mUP \x1b[0mmode DEFAULT state UNKNOWN qlen 1000\n    \
             inet \x1b[35m192.0.2.1\x1b[0m/24 brd \x1b[35m192.0.2.255\x1b[0m"
        );
        // Without a palette, the same calls write the plain text.
        let mut plain = Out::with_palette(Vec::new(), None);
        line(&mut plain).unwrap();
        assert_eq!(
            String::from_utf8(std::mem::take(&mut plain.inner)).unwrap(),
            "3: v0: <UP> mtu 1500 state UP mode DEFAULT state UNKNOWN qlen 1000\n    inet 192.0.2.1/24 brd 192.0.2.255"
        );
    }

    #[test]
    fn a_dark_background_is_the_last_field_of_colorfgbg_from_0_to_6_or_8() {
        for (colorfgbg, dark) in [
            (Some("15;0"), true),
            (Some("15;default;8"), true),
            (Some("0;15"), false),
            (Some("15;7"), false),
            (Some("15;10"), false),
            (Some("0"), false),
            (None, false),
        ] {
            let palette = Palette::for_background(colorfgbg);
            assert_eq!(palette == &Palette::DARK, dark, "{colorfgbg:?}");
        }
    }

    #[test]
    fn addresses_read_as_std_displays_them() {
        let mut cases: Vec<IpAddr> = [
            "0.0.0.0",
            "255.255.255.255",
            "192.0.2.1",
            "10.0.100.9",
            "::",
            "::1",
            "1::",
            "2001:db8::1",
            "2001:db8:0:0:1:0:0:1",
            "2001:0:0:1:0:0:0:1",
            "2001:db8:1:2:3:4:5:6",
            "0:1:0:1:0:1:0:1",
            "1:0:0:2:0:0:3:4",
            "::ffff:192.0.2.1",
            "::192.0.2.1",
            "fe80::ab:cdef",
            "64:ff9b::192.0.2.33",
        ]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
        let mut random = values(4000);
        for _ in 0..1000 {
            let (a, b) = (random.next().unwrap(), random.next().unwrap());
            let bits = (u128::from(a) << 64) | u128::from(b);
            // Clear some groups, so that runs of zeros of every length occur.
            let mask = (0..8).filter(|g| a >> (g + 20) & 1 == 0).fold(0u128, |m, g| m | 0xffff << (16 * g));
            cases.push(Ipv6Addr::from(bits & !mask).into());
            cases.push(Ipv4Addr::from((b >> 16) as u32).into());
        }
        // Every octet in every place (the digits are computed without `/`).
        cases.extend((0..=255u8).map(|o| IpAddr::from([o, o.wrapping_add(1), 255 - o, o / 3])));
        for ip in cases {
            assert_eq!(written(|o| o.ip(ip)), ip.to_string());
        }
    }

    #[test]
    fn pieces_of_every_length_arrive_whole_and_in_order_quoted_or_not() {
        let text: Vec<u8> = (0..100_000u32).map(|i| b'a' + (i % 26) as u8).collect();
        let mut expected = Vec::new();
        let got = written(|o| {
            let mut at = 0;
            // Lengths 0 to 40 and one longer than the buffer, over and over.
            for (i, len) in (0..41).chain([CAPACITY + 7]).cycle().take(3000).enumerate() {
                let len = len.min(text.len() - at);
                let piece = &text[at..at + len];
                if i % 5 == 0 {
                    o.quoted(std::str::from_utf8(piece).unwrap())?;
                    expected
                        .extend_from_slice(format!("\"{}\"", std::str::from_utf8(piece).unwrap()).as_bytes());
                } else {
                    o.bytes(piece)?;
                    expected.extend_from_slice(piece);
                }
                at = (at + len) % 1000;
                if i % 7 == 0 {
                    o.num(i)?;
                    expected.extend_from_slice(i.to_string().as_bytes());
                }
            }
            Ok(())
        });
        assert_eq!(got.as_bytes(), expected);
    }
}
