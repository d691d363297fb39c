//! Where one object's fields go: `ip`/`tc`'s text (`label value `) or the
//! keys of their `-j`, from one walk over the object, as iproute2's
//! `print_*(PRINT_ANY, ...)` writes both.
//!
//! ```text
//! s.num("id", "id", &7)?;      // text `id 7 `, JSON `"id":7`
//! s.flag("onlink", "onlink")?; // text `onlink `, JSON `"onlink":true`
//! ```

use std::fmt::Display;
use std::io::{self, Write};

use crate::json::Json;
use crate::out::Out;
use crate::Result;

/// A listing to stdout: with `json` a JSON array of what `items` writes,
/// else its lines; flushed at the end.
pub fn listing(
    json: bool,
    pretty: bool,
    items: impl FnOnce(&mut Json<io::StdoutLock<'static>>) -> Result<()>,
) -> Result<()> {
    let mut j = Json::new(io::stdout().lock(), pretty);
    if json {
        j.begin_array()?;
    }
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

impl<W: Write> Sink<'_, W> {
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
    /// JSON `}`.
    pub fn close(&mut self) -> io::Result<()> {
        match self {
            Sink::Text(_) => Ok(()),
            Sink::Json(j) => j.end_object(),
        }
    }
}
