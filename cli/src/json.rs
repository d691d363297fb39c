//! A streaming JSON writer: values go straight to the output as they are
//! produced, so a dump of a million routes prints in constant memory.

use std::io::{self, Write};
use std::net::IpAddr;

use crate::out::{Decimal, Out};

/// Writes JSON tokens with commas and (with `pretty`) indentation, through
/// an [`Out`] buffer in front of `W`. `-p` lays the tokens out as iproute2's
/// `json_writer` does: each key on its own line, indented four spaces a
/// level, arrays kept on one line (`"flags": [ "UP","LOWER_UP" ]`), so that
/// `nlw -j -p` prints what `ip -j -p` prints.
pub struct Json<W: Write> {
    out: Out<W>,
    pretty: bool,
    /// Open containers.
    depth: usize,
    /// A value was written at this level: the next one needs a comma
    /// (json_writer's `sep`).
    comma: bool,
}

impl<W: Write> Json<W> {
    /// A writer to `out`, buffered.
    pub fn new(out: W, pretty: bool) -> Self {
        Json { out: Out::new(out), pretty, depth: 0, comma: false }
    }

    /// A writer to `out`, buffered, inside a top-level array: the `[` that
    /// [`Json::begin_array`] writes is in the buffer already.
    pub fn in_array(out: W, pretty: bool) -> Self {
        let open: &[u8] = if pretty { b"[ " } else { b"[" };
        Json { out: Out::starting_with(out, open), pretty, depth: 1, comma: false }
    }

    /// With `pretty`, a new line indented to the current depth.
    #[inline(always)]
    fn newline(&mut self) -> io::Result<()> {
        if !self.pretty {
            return Ok(());
        }
        self.out.byte(b'\n')?;
        for _ in 0..self.depth {
            self.out.bytes(b"    ")?;
        }
        Ok(())
    }

    /// Writes the comma before a value or key, if one is due (never
    /// between top-level values: the monitor prints one object a line).
    #[inline(always)]
    fn value_start(&mut self) -> io::Result<()> {
        if self.comma && self.depth > 0 {
            self.out.byte(b',')?;
        }
        self.comma = true;
        Ok(())
    }

    #[inline(always)]
    fn begin(&mut self, open: u8) -> io::Result<()> {
        self.value_start()?;
        self.out.byte(open)?;
        self.depth += 1;
        self.comma = false;
        Ok(())
    }

    #[inline(always)]
    fn end(&mut self, close: u8) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        if self.comma {
            self.newline()?;
        }
        self.out.byte(close)?;
        self.comma = true;
        Ok(())
    }

    /// `{`
    pub fn begin_object(&mut self) -> io::Result<()> {
        self.begin(b'{')
    }
    /// `}`
    pub fn end_object(&mut self) -> io::Result<()> {
        self.end(b'}')
    }
    /// `[`
    pub fn begin_array(&mut self) -> io::Result<()> {
        self.begin(b'[')?;
        if self.pretty {
            self.out.byte(b' ')?;
        }
        Ok(())
    }
    /// `]`
    pub fn end_array(&mut self) -> io::Result<()> {
        if self.pretty && self.comma {
            self.out.byte(b' ')?;
        }
        // On the line of its last value, as json_writer closes arrays.
        self.comma = false;
        self.end(b']')
    }
    /// `"key":`
    pub fn key(&mut self, key: &str) -> io::Result<()> {
        if !self.pretty && !needs_escaping(key) {
            // The usual key, with its comma, in one piece.
            let comma = self.comma && self.depth > 0;
            self.comma = false;
            return self.out.json_key(comma, key);
        }
        self.value_start()?;
        self.newline()?;
        self.string_raw(key)?;
        self.out.byte(b':')?;
        if self.pretty {
            self.out.byte(b' ')?;
        }
        // The value follows without a comma.
        self.comma = false;
        Ok(())
    }
    /// `"key":` for a key known to need no escaping.
    fn known_key(&mut self, key: Key) -> io::Result<()> {
        if self.pretty {
            return self.key(key.0);
        }
        let comma = self.comma && self.depth > 0;
        self.comma = false;
        self.out.json_key(comma, key.0)
    }
    #[inline(always)]
    fn string_raw(&mut self, s: &str) -> io::Result<()> {
        // Names, addresses and keywords need no escaping: written whole.
        if !needs_escaping(s) {
            return self.out.quoted(s);
        }
        let mut adapter = FmtIo { out: &mut self.out, error: None };
        match nlwire::fmt::write_json_str(&mut adapter, s) {
            Ok(()) => Ok(()),
            Err(_) => Err(adapter.error.unwrap_or_else(|| io::Error::other("formatting failed"))),
        }
    }
    /// A string value.
    pub fn str(&mut self, s: &str) -> io::Result<()> {
        self.value_start()?;
        self.string_raw(s)
    }
    /// A value already formatted as JSON (a number, `true`).
    pub fn raw(&mut self, v: std::fmt::Arguments<'_>) -> io::Result<()> {
        self.value_start()?;
        self.out.write_fmt(v)
    }
    /// `"key": "value"`
    pub fn field_str(&mut self, key: impl JsonKey, value: &str) -> io::Result<()> {
        key.write(self)?;
        self.str(value)
    }
    /// `"key": "value"` for a value whose text never needs escaping (an
    /// address, a prefix): formatted straight into the output.
    pub fn field_display(&mut self, key: impl JsonKey, value: impl std::fmt::Display) -> io::Result<()> {
        key.write(self)?;
        self.raw(format_args!("\"{value}\""))
    }
    /// `"key": "value"` for a value `text` writes and that never needs
    /// escaping (an address, a number, a name from our tables).
    pub fn field_text(
        &mut self,
        key: impl JsonKey,
        text: impl FnOnce(&mut Out<W>) -> io::Result<()>,
    ) -> io::Result<()> {
        key.write(self)?;
        self.value_start()?;
        self.out.byte(b'"')?;
        text(&mut self.out)?;
        self.out.byte(b'"')
    }
    /// `"key": "address"`
    pub fn field_ip(&mut self, key: impl JsonKey, ip: IpAddr) -> io::Result<()> {
        self.field_text(key, |out| out.ip(ip))
    }
    /// `"key": number`
    pub fn field_num(&mut self, key: impl JsonKey, value: impl Decimal) -> io::Result<()> {
        key.write(self)?;
        self.value_start()?;
        self.out.num(value)
    }
    /// `"key": true`
    pub fn field_true(&mut self, key: impl JsonKey) -> io::Result<()> {
        key.write(self)?;
        self.value_start()?;
        self.out.bytes(b"true")
    }
    /// `"key": "value"` for bytes from the kernel (an HMAC secret), escaped
    /// as iproute2's json_writer escapes them: `"`, `\\`, and `\t \n \r \f \b`
    /// only; every other byte as it is.
    pub fn field_c_bytes(&mut self, key: impl JsonKey, value: &[u8]) -> io::Result<()> {
        key.write(self)?;
        self.value_start()?;
        self.out.byte(b'"')?;
        for &b in value {
            let escaped: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\t' => b"\\t",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                0x0c => b"\\f",
                0x08 => b"\\b",
                _ => {
                    self.out.byte(b)?;
                    continue;
                }
            };
            self.out.bytes(escaped)?;
        }
        self.out.byte(b'"')
    }
    /// `"key": ["a", "b"]`
    pub fn field_strs<'s>(
        &mut self,
        key: impl JsonKey,
        values: impl IntoIterator<Item = &'s str>,
    ) -> io::Result<()> {
        key.write(self)?;
        self.begin_array()?;
        for v in values {
            self.str(v)?;
        }
        self.end_array()
    }
    /// Ends the document with a newline and flushes.
    pub fn finish(&mut self) -> io::Result<()> {
        self.out.byte(b'\n')?;
        self.out.flush()
    }
    /// The output buffer, for text output around JSON.
    pub fn out(&mut self) -> &mut Out<W> {
        &mut self.out
    }
}

/// A JSON key that needs no escaping, checked when compiled where
/// [`key!`] makes it (`j.field_num(key!("metric"), 1024u32)`): written
/// whole, without the test [`Json::key`] makes of any other key at each
/// write. The printers of long dumps name their keys so (`route show`:
/// 8% fewer instructions for `-j` at 100k routes, BENCHMARKS.md).
#[derive(Clone, Copy)]
pub struct Key(&'static str);

impl Key {
    /// `key`, refused (at compile time in a `const`) if it needs escaping.
    pub const fn new(key: &'static str) -> Key {
        let bytes = key.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            assert!(!(b < 0x20 || b == b'"' || b == b'\\'), "a JSON key that needs escaping");
            i += 1;
        }
        Key(key)
    }
}

/// A [`Key`] checked when compiled: `key!("dst")`.
macro_rules! key {
    ($key:literal) => {
        const { $crate::json::Key::new($key) }
    };
}
pub(crate) use key;

/// What a `field_*` method takes for its key: any `&str` (tested for
/// escaping as it is written), or a [`Key`].
pub trait JsonKey: Copy {
    /// Writes `"key":` into `j`.
    fn write<W: Write>(self, j: &mut Json<W>) -> io::Result<()>;
}

impl JsonKey for &str {
    fn write<W: Write>(self, j: &mut Json<W>) -> io::Result<()> {
        j.key(self)
    }
}

impl JsonKey for Key {
    fn write<W: Write>(self, j: &mut Json<W>) -> io::Result<()> {
        j.known_key(self)
    }
}

/// Whether `s` has a character JSON escapes (a control character, `"` or
/// `\\`).
fn needs_escaping(s: &str) -> bool {
    for &b in s.as_bytes() {
        if b < 0x20 || b == b'"' || b == b'\\' {
            return true;
        }
    }
    false
}

/// `fmt::Write` over an `io::Write`, keeping the I/O error: formatting
/// straight into the output, with no intermediate string.
pub struct FmtIo<'w, W: Write> {
    /// The output.
    pub out: &'w mut W,
    /// The first I/O error met.
    pub error: Option<io::Error>,
}

impl<W: Write> std::fmt::Write for FmtIo<'_, W> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.out.write_all(s.as_bytes()).map_err(|e| {
            self.error = Some(e);
            std::fmt::Error
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kernel_bytes_are_escaped_as_json_writer_escapes_them() {
        let mut out = Vec::new();
        let mut j = Json::new(&mut out, false);
        j.begin_object().unwrap();
        j.field_c_bytes("secret", b"q\"\\\t\n\r\x0c\x08\x01\xff").unwrap();
        j.end_object().unwrap();
        j.finish().unwrap();
        drop(j);
        assert_eq!(out, b"{\"secret\":\"q\\\"\\\\\\t\\n\\r\\f\\b\x01\xff\"}\n");
    }

    #[test]
    fn every_byte_json_escapes_is_found_wherever_it_stands() {
        // Each byte value at each place of strings of 1 to 20 bytes, the
        // rest plain letters.
        for len in 1..=20 {
            for at in 0..len {
                for byte in 0..=0x7f_u8 {
                    let mut text = vec![b'k'; len];
                    text[at] = byte;
                    let text = String::from_utf8(text).unwrap();
                    let expected = byte < 0x20 || byte == b'"' || byte == b'\\';
                    assert_eq!(needs_escaping(&text), expected, "{text:?}");
                }
            }
        }
        assert!(!needs_escaping(""));
        assert!(!needs_escaping("flags·é"));
    }

    #[test]
    #[should_panic(expected = "a JSON key that needs escaping")]
    fn a_key_that_needs_escaping_is_refused() {
        // At run time here; in `key!`, where it is a constant, when compiled.
        let _ = Key::new("br\"0");
    }

    #[test]
    fn known_keys_are_written_as_other_keys() {
        let write = |pretty: bool| {
            let mut out = Vec::new();
            let mut j = Json::new(&mut out, pretty);
            j.begin_object().unwrap();
            j.field_num(key!("metric"), 1u32).unwrap();
            j.field_str("dev", "v0").unwrap();
            j.field_strs(key!("flags"), ["onlink"]).unwrap();
            j.end_object().unwrap();
            j.finish().unwrap();
            drop(j);
            String::from_utf8(out).unwrap()
        };
        assert_eq!(write(false), "{\"metric\":1,\"dev\":\"v0\",\"flags\":[\"onlink\"]}\n");
        assert_eq!(
            write(true),
            "{\n    \"metric\": 1,\n    \"dev\": \"v0\",\n    \"flags\": [ \"onlink\" ]\n}\n"
        );
    }

    #[test]
    fn keys_are_written_whole_or_escaped_as_they_need() {
        let mut out = Vec::new();
        let mut j = Json::new(&mut out, false);
        j.begin_object().unwrap();
        j.field_num("br\"0", 1u32).unwrap();
        j.field_num("dev", 2u32).unwrap();
        j.key("a key longer than the thirty-two bytes copied in two").unwrap();
        j.str("v").unwrap();
        j.end_object().unwrap();
        j.finish().unwrap();
        drop(j);
        let expected = r#"{"br\"0":1,"dev":2,"a key longer than the thirty-two bytes copied in two":"v"}"#;
        assert_eq!(String::from_utf8(out).unwrap(), format!("{expected}\n"));
    }
}
