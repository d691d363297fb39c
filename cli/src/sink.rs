//! Where one object's fields go: `ip`/`tc`'s text (`label value `) or the
//! keys of their `-j`, from one walk over the object, as iproute2's
//! `print_*(PRINT_ANY, ...)` writes both.
//!
//! Two ways to say a field, as iproute2's callers do: with a label
//! (`num`, `str`, `flag`, ...: text `label value `) or with the whole text
//! given (`fmt_num`, `string`, `fmt_null`, ...: ip's format string).
//!
//! ```text
//! s.num("id", "id", &7)?;      // text `id 7 `, JSON `"id":7`
//! s.flag("onlink", "onlink")?; // text `onlink `, JSON `"onlink":true`
//! s.fmt_num("priority", format_args!("{prio}:\t"), prio)?; // text `100:<TAB>`, JSON `"priority":100`
//! s.fmt_null("nop", " nop")?;  // text ` nop`, JSON `"nop":null`
//! ```

use std::fmt::{self, Display};
use std::io::{self, Write};
use std::net::IpAddr;

use crate::json::Json;
use crate::out::{Decimal, Hue, Out};
use crate::Result;

/// A listing to stdout: with `json` a JSON array of what `items` writes,
/// else its lines; flushed at the end.
pub fn listing(
    json: bool,
    pretty: bool,
    items: impl FnOnce(&mut Json<io::StdoutLock<'static>>) -> Result<()>,
) -> Result<()> {
    let stdout = io::stdout().lock();
    let mut j = if json { Json::in_array(stdout, pretty) } else { Json::new(stdout, pretty) };
    items(&mut j)?;
    if json {
        j.end_array()?;
        j.finish()?;
    }
    j.out().flush()?;
    Ok(())
}

/// One object of a listing: a JSON object with `json`, else a line of text.
pub fn object<W: Write>(
    j: &mut Json<W>,
    json: bool,
    fields: impl FnOnce(&mut Sink<'_, W>) -> Result<()>,
) -> Result<()> {
    if json {
        j.begin_object()?;
        fields(&mut Sink::Json(j))?;
        j.end_object()?;
    } else {
        fields(&mut Sink::Text(j.out()))?;
        j.out().write_all(b"\n")?;
    }
    Ok(())
}

/// Where an object goes: the text (`label value `) or the `-j` keys.
pub enum Sink<'a, W: Write> {
    Text(&'a mut Out<W>),
    Json(&'a mut Json<W>),
}

impl<'a, W: Write> Sink<'a, W> {
    /// `Text` with `json` false, else `Json`, over the same writer.
    pub fn new(j: &'a mut Json<W>, json: bool) -> Self {
        if json {
            Sink::Json(j)
        } else {
            Sink::Text(j.out())
        }
    }
    /// Text `text`; JSON `"key": "value"` (escaped as needed).
    pub fn string(&mut self, key: &str, text: fmt::Arguments<'_>, value: &dyn Display) -> io::Result<()> {
        match self {
            Sink::Text(out) => out.write_fmt(text),
            Sink::Json(j) => j.field_str(key, &value.to_string()),
        }
    }
    /// Text `label VALUE ` (no label when empty), `VALUE ` painted in `hue`
    /// (ip's `print_color_string`); JSON `"key": "value"`, escaped as needed.
    pub fn painted(&mut self, hue: Hue, key: &str, label: &str, value: &dyn Display) -> io::Result<()> {
        match self {
            Sink::Text(out) => {
                if !label.is_empty() {
                    write!(out, "{label} ")?;
                }
                out.paint(hue)?;
                write!(out, "{value} ")?;
                out.unpaint()
            }
            Sink::Json(j) => j.field_str(key, &value.to_string()),
        }
    }
    /// [`Sink::string`] with the text painted in `hue`.
    pub fn painted_string(
        &mut self,
        hue: Hue,
        key: &str,
        text: fmt::Arguments<'_>,
        value: &dyn Display,
    ) -> io::Result<()> {
        if let Sink::Text(out) = self {
            out.paint(hue)?;
            out.write_fmt(text)?;
            return out.unpaint();
        }
        self.string(key, text, value)
    }
    /// Text `text`; JSON `"key": value`.
    pub fn fmt_num(&mut self, key: &str, text: fmt::Arguments<'_>, value: impl Decimal) -> io::Result<()> {
        match self {
            Sink::Text(out) => out.write_fmt(text),
            Sink::Json(j) => j.field_num(key, value),
        }
    }
    /// Text `text`; JSON `"key": null` (ip's `print_null`).
    pub fn fmt_null(&mut self, key: &str, text: &str) -> io::Result<()> {
        match self {
            Sink::Text(out) => out.str(text),
            Sink::Json(j) => {
                j.key(key)?;
                j.raw(format_args!("null"))
            }
        }
    }
    /// Text `text`; JSON `"key": true` or `false` (ip's `print_bool`).
    pub fn bool(&mut self, key: &str, text: fmt::Arguments<'_>, value: bool) -> io::Result<()> {
        match self {
            Sink::Text(out) => out.write_fmt(text),
            Sink::Json(j) => {
                j.key(key)?;
                j.raw(format_args!("{value}"))
            }
        }
    }
    /// Text `text`; JSON `"key": json`, `json` already JSON (a number with
    /// decimals).
    pub fn raw(&mut self, key: &str, text: fmt::Arguments<'_>, json: fmt::Arguments<'_>) -> io::Result<()> {
        match self {
            Sink::Text(out) => out.write_fmt(text),
            Sink::Json(j) => {
                j.key(key)?;
                j.raw(json)
            }
        }
    }
    /// JSON `"key": [`; nothing in text.
    pub fn open_array(&mut self, key: &str) -> io::Result<()> {
        match self {
            Sink::Text(_) => Ok(()),
            Sink::Json(j) => {
                j.key(key)?;
                j.begin_array()
            }
        }
    }
    /// JSON `]`.
    pub fn close_array(&mut self) -> io::Result<()> {
        match self {
            Sink::Text(_) => Ok(()),
            Sink::Json(j) => j.end_array(),
        }
    }
    /// Text `text`; JSON the string `value` in the open array.
    pub fn element(&mut self, text: fmt::Arguments<'_>, value: &dyn Display) -> io::Result<()> {
        match self {
            Sink::Text(out) => out.write_fmt(text),
            Sink::Json(j) => j.str(&value.to_string()),
        }
    }
    /// Text `WORD VALUE `; JSON `"key": VALUE`: most of what ip prints of
    /// a link's kind, written without `core::fmt`.
    pub fn word_num(&mut self, key: &str, word: &str, value: u64) -> io::Result<()> {
        match self {
            Sink::Text(out) => {
                out.str(word)?;
                out.byte(b' ')?;
                out.num(value)?;
                out.byte(b' ')
            }
            Sink::Json(j) => j.field_num(key, value),
        }
    }
    /// Text `WORD VALUE `; JSON `"key": "VALUE"`.
    pub fn word_str(&mut self, key: &str, word: &str, value: &str) -> io::Result<()> {
        match self {
            Sink::Text(out) => {
                out.str(word)?;
                out.byte(b' ')?;
                out.str(value)?;
                out.byte(b' ')
            }
            Sink::Json(j) => j.field_str(key, value),
        }
    }
    /// Text `WORD ADDRESS `; JSON `"key": "ADDRESS"`.
    pub fn word_ip(&mut self, key: &str, word: &str, value: IpAddr) -> io::Result<()> {
        match self {
            Sink::Text(out) => {
                out.str(word)?;
                out.byte(b' ')?;
                out.ip(value)?;
                out.byte(b' ')
            }
            Sink::Json(j) => j.field_ip(key, value),
        }
    }
    /// Text only (ip's `PRINT_FP`).
    pub fn fmt_text(&mut self, text: fmt::Arguments<'_>) -> io::Result<()> {
        match self {
            Sink::Text(out) => out.write_fmt(text),
            Sink::Json(_) => Ok(()),
        }
    }

    /// JSON `"key": json` (a string when `quoted`); text `label text `.
    pub fn field(
        &mut self,
        key: &str,
        label: &str,
        text: &dyn Display,
        json: &dyn Display,
        quoted: bool,
    ) -> io::Result<()> {
        match self {
            Sink::Text(out) if label.is_empty() => write!(out, "{text} "),
            Sink::Text(out) => write!(out, "{label} {text} "),
            Sink::Json(j) if quoted => j.field_display(key, json),
            Sink::Json(j) => {
                j.key(key)?;
                j.raw(format_args!("{json}"))
            }
        }
    }
    /// A number, the same in both.
    pub fn num(&mut self, key: &str, label: &str, value: &dyn Display) -> io::Result<()> {
        self.field(key, label, value, value, false)
    }
    /// A string that needs no escaping, the same in both.
    pub fn str(&mut self, key: &str, label: &str, value: &dyn Display) -> io::Result<()> {
        self.field(key, label, value, value, true)
    }
    /// A name from the kernel (a kind, a device), escaped in JSON.
    pub fn name(&mut self, key: &str, label: &str, value: &str) -> io::Result<()> {
        match self {
            Sink::Text(_) => self.field(key, label, &value, &value, true),
            Sink::Json(j) => j.field_str(key, value),
        }
    }
    /// JSON `"key": true`, text `label `.
    pub fn flag(&mut self, key: &str, label: &str) -> io::Result<()> {
        match self {
            Sink::Text(out) => write!(out, "{label} "),
            Sink::Json(j) => j.field_true(key),
        }
    }
    /// JSON `"key": null`, text `label ` (iproute2's `print_null`).
    pub fn null(&mut self, key: &str, label: &str) -> io::Result<()> {
        match self {
            Sink::Text(out) => write!(out, "{label} "),
            Sink::Json(j) => {
                j.key(key)?;
                j.raw(format_args!("null"))
            }
        }
    }
    /// JSON `"key": ["a", "b"]`, text `a b `.
    pub fn words<'w>(&mut self, key: &str, words: impl IntoIterator<Item = &'w str>) -> io::Result<()> {
        match self {
            Sink::Text(out) => words.into_iter().try_for_each(|w| write!(out, "{w} ")),
            Sink::Json(j) => j.field_strs(key, words),
        }
    }
    /// Text only.
    pub fn text(&mut self, text: &str) -> io::Result<()> {
        match self {
            Sink::Text(out) => out.write_all(text.as_bytes()),
            Sink::Json(_) => Ok(()),
        }
    }
    /// JSON `"key": {` (nothing in text).
    pub fn open(&mut self, key: &str) -> io::Result<()> {
        match self {
            Sink::Text(_) => Ok(()),
            Sink::Json(j) => {
                j.key(key)?;
                j.begin_object()
            }
        }
    }
    /// JSON `{` in an open array (nothing in text); [`Sink::close`] ends it.
    pub fn open_element(&mut self) -> io::Result<()> {
        match self {
            Sink::Text(_) => Ok(()),
            Sink::Json(j) => j.begin_object(),
        }
    }
    /// JSON `}`.
    pub fn close(&mut self) -> io::Result<()> {
        match self {
            Sink::Text(_) => Ok(()),
            Sink::Json(j) => j.end_object(),
        }
    }
}

/// A listing on stdout: ip's lines, or one JSON array of objects, as the
/// objects are dumped.
pub struct Listing<W: Write> {
    j: Json<W>,
    json: bool,
}

impl<W: Write> Listing<W> {
    /// Starts the listing (`[` with `json`, in the buffer: nothing that
    /// can fail, and nothing for each caller's `?` to test and move).
    pub fn new(out: W, json: bool, pretty: bool) -> Self {
        let j = if json { Json::in_array(out, pretty) } else { Json::new(out, pretty) };
        Listing { j, json }
    }
    /// One object, written by `print` (its keys inside `{}` with `json`).
    pub fn item<E: From<io::Error>>(
        &mut self,
        print: impl FnOnce(&mut Sink<'_, W>) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.json {
            self.j.begin_object()?;
        }
        print(&mut Sink::new(&mut self.j, self.json))?;
        if self.json {
            self.j.end_object()?;
        } else {
            self.j.out().end_object()?;
        }
        Ok(())
    }
    /// ip's `-o`: each object's text on one line (nothing in JSON).
    pub fn oneline(&mut self) {
        if !self.json {
            self.j.out().oneline();
        }
    }
    /// Text outside the objects (a heading); nothing in JSON.
    pub fn text(&mut self, text: &str) -> io::Result<()> {
        if self.json {
            return Ok(());
        }
        self.j.out().str(text)
    }
    /// Ends the listing and writes it all out.
    pub fn finish(mut self) -> io::Result<()> {
        if self.json {
            self.j.end_array()?;
            self.j.finish()?;
        }
        self.j.out().flush()
    }
}
