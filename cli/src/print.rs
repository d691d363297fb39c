//! iproute2's `print_*(PRINT_ANY, key, format, value)`: one walk over an
//! object writes either ip's text or the keys of `ip -j`.
//!
//! ```text
//! p.num("priority", format_args!("{prio}:\t"), prio)  writes  100:<TAB>  or  "priority":100
//! p.null("nop", " nop")                               writes   nop      or  "nop":null
//! ```

use std::fmt::{self, Display};
use std::io::{self, Write};
use std::net::IpAddr;

use crate::json::Json;
use crate::out::{Decimal, Out};

/// Where an object goes: ip's text, or its JSON keys.
pub enum Print<'a, W: Write> {
    /// Text, written as it comes.
    Text(&'a mut Out<W>),
    /// The keys of the open JSON object.
    Json(&'a mut Json<W>),
}

impl<'a, W: Write> Print<'a, W> {
    /// `Text` with `json` false, else `Json`, over the same writer.
    pub fn new(j: &'a mut Json<W>, json: bool) -> Self {
        if json {
            Print::Json(j)
        } else {
            Print::Text(j.out())
        }
    }
    /// Text `text`; JSON `"key": "value"` (escaped as needed).
    pub fn string(&mut self, key: &str, text: fmt::Arguments<'_>, value: &dyn Display) -> io::Result<()> {
        match self {
            Print::Text(out) => out.write_fmt(text),
            Print::Json(j) => j.field_str(key, &value.to_string()),
        }
    }
    /// Text `text`; JSON `"key": value`.
    pub fn num(&mut self, key: &str, text: fmt::Arguments<'_>, value: impl Decimal) -> io::Result<()> {
        match self {
            Print::Text(out) => out.write_fmt(text),
            Print::Json(j) => j.field_num(key, value),
        }
    }
    /// Text `text`; JSON `"key": null` (ip's `print_null`).
    pub fn null(&mut self, key: &str, text: &str) -> io::Result<()> {
        match self {
            Print::Text(out) => out.str(text),
            Print::Json(j) => {
                j.key(key)?;
                j.raw(format_args!("null"))
            }
        }
    }
    /// Text `text`; JSON `"key": true` or `false` (ip's `print_bool`).
    pub fn bool(&mut self, key: &str, text: fmt::Arguments<'_>, value: bool) -> io::Result<()> {
        match self {
            Print::Text(out) => out.write_fmt(text),
            Print::Json(j) => {
                j.key(key)?;
                j.raw(format_args!("{value}"))
            }
        }
    }
    /// Text `text`; JSON `"key": json`, `json` already JSON (a number with
    /// decimals).
    pub fn raw(&mut self, key: &str, text: fmt::Arguments<'_>, json: fmt::Arguments<'_>) -> io::Result<()> {
        match self {
            Print::Text(out) => out.write_fmt(text),
            Print::Json(j) => {
                j.key(key)?;
                j.raw(json)
            }
        }
    }
    /// JSON `"key": {` (ip's `open_json_object`); nothing in text.
    pub fn open(&mut self, key: &str) -> io::Result<()> {
        match self {
            Print::Text(_) => Ok(()),
            Print::Json(j) => {
                j.key(key)?;
                j.begin_object()
            }
        }
    }
    /// JSON `}`.
    pub fn close(&mut self) -> io::Result<()> {
        match self {
            Print::Text(_) => Ok(()),
            Print::Json(j) => j.end_object(),
        }
    }
    /// JSON `"key": [`; nothing in text.
    pub fn open_array(&mut self, key: &str) -> io::Result<()> {
        match self {
            Print::Text(_) => Ok(()),
            Print::Json(j) => {
                j.key(key)?;
                j.begin_array()
            }
        }
    }
    /// JSON `]`.
    pub fn close_array(&mut self) -> io::Result<()> {
        match self {
            Print::Text(_) => Ok(()),
            Print::Json(j) => j.end_array(),
        }
    }
    /// Text `text`; JSON the string `value` in the open array.
    pub fn element(&mut self, text: fmt::Arguments<'_>, value: &dyn Display) -> io::Result<()> {
        match self {
            Print::Text(out) => out.write_fmt(text),
            Print::Json(j) => j.str(&value.to_string()),
        }
    }
    /// Text `WORD VALUE `; JSON `"key": VALUE`: most of what ip prints of
    /// a link's kind, written without `core::fmt`.
    pub fn word_num(&mut self, key: &str, word: &str, value: u64) -> io::Result<()> {
        match self {
            Print::Text(out) => {
                out.str(word)?;
                out.byte(b' ')?;
                out.num(value)?;
                out.byte(b' ')
            }
            Print::Json(j) => j.field_num(key, value),
        }
    }
    /// Text `WORD VALUE `; JSON `"key": "VALUE"`.
    pub fn word_str(&mut self, key: &str, word: &str, value: &str) -> io::Result<()> {
        match self {
            Print::Text(out) => {
                out.str(word)?;
                out.byte(b' ')?;
                out.str(value)?;
                out.byte(b' ')
            }
            Print::Json(j) => j.field_str(key, value),
        }
    }
    /// Text `WORD ADDRESS `; JSON `"key": "ADDRESS"`.
    pub fn word_ip(&mut self, key: &str, word: &str, value: IpAddr) -> io::Result<()> {
        match self {
            Print::Text(out) => {
                out.str(word)?;
                out.byte(b' ')?;
                out.ip(value)?;
                out.byte(b' ')
            }
            Print::Json(j) => j.field_ip(key, value),
        }
    }
    /// Text only (ip's `PRINT_FP`).
    pub fn text(&mut self, text: fmt::Arguments<'_>) -> io::Result<()> {
        match self {
            Print::Text(out) => out.write_fmt(text),
            Print::Json(_) => Ok(()),
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
    /// Starts the listing (`[` with `json`).
    pub fn new(out: W, json: bool, pretty: bool) -> io::Result<Self> {
        let mut j = Json::new(out, pretty);
        if json {
            j.begin_array()?;
        }
        Ok(Listing { j, json })
    }
    /// One object, written by `print` (its keys inside `{}` with `json`).
    pub fn item<E: From<io::Error>>(
        &mut self,
        print: impl FnOnce(&mut Print<'_, W>) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.json {
            self.j.begin_object()?;
        }
        print(&mut Print::new(&mut self.j, self.json))?;
        if self.json {
            self.j.end_object()?;
        }
        Ok(())
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
