//! The generic formatter: any message, as text or JSON, through
//! [`core::fmt::Write`], named by the spec tables.
//!
//! Unknown attributes are printed by number with their bytes in hex;
//! attributes whose size does not fit their spec (a newer kernel) are
//! printed as bytes too. Only a broken chain (an impossible length) stops
//! the walk, as an error.
//!
//! ```
//! use nlwire::{fmt::write_json, Messages};
//! let dump = include_bytes!("../../tests/fixtures/kernel-6.18/addr_dump_inet.bin");
//! let lo = Messages::new(dump).next().unwrap()?;
//! let mut out = heapless::String::<2048>::new();
//! write_json(&lo, &mut out).unwrap();
//! assert!(out.contains(r#"["IFA_LABEL","lo"]"#));
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::fmt::{self, Write};

use crate::ack::{Done, ErrorMessage};
use crate::error::Error;
use crate::message::{msg_type, Message, MsgFlags};
use crate::route::NextHops;
use crate::spec::{field_value, Array, Node, StructSpec, Value};

/// Why formatting stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatError {
    /// The writer refused (for example a full `heapless::String`).
    Write,
    /// The message is malformed; what was written so far stays.
    Malformed(Error),
}

impl From<fmt::Error> for FormatError {
    fn from(_: fmt::Error) -> Self {
        FormatError::Write
    }
}
impl From<Error> for FormatError {
    fn from(e: Error) -> Self {
        FormatError::Malformed(e)
    }
}
impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Write => f.write_str("the writer is full"),
            FormatError::Malformed(e) => write!(f, "malformed message: {e}"),
        }
    }
}
impl core::error::Error for FormatError {}

type Res = Result<(), FormatError>;

/// The kernel name of a message type, such as `"RTM_NEWLINK"`.
pub fn message_type_name(kind: u16) -> Option<&'static str> {
    use msg_type::*;
    Some(match kind {
        NOOP => "NLMSG_NOOP",
        ERROR => "NLMSG_ERROR",
        DONE => "NLMSG_DONE",
        OVERRUN => "NLMSG_OVERRUN",
        RTM_NEWLINK => "RTM_NEWLINK",
        RTM_DELLINK => "RTM_DELLINK",
        RTM_GETLINK => "RTM_GETLINK",
        RTM_SETLINK => "RTM_SETLINK",
        RTM_NEWADDR => "RTM_NEWADDR",
        RTM_DELADDR => "RTM_DELADDR",
        RTM_GETADDR => "RTM_GETADDR",
        RTM_NEWROUTE => "RTM_NEWROUTE",
        RTM_DELROUTE => "RTM_DELROUTE",
        RTM_GETROUTE => "RTM_GETROUTE",
        RTM_NEWNEIGH => "RTM_NEWNEIGH",
        RTM_DELNEIGH => "RTM_DELNEIGH",
        RTM_GETNEIGH => "RTM_GETNEIGH",
        RTM_NEWRULE => "RTM_NEWRULE",
        RTM_DELRULE => "RTM_DELRULE",
        RTM_GETRULE => "RTM_GETRULE",
        RTM_NEWQDISC => "RTM_NEWQDISC",
        RTM_DELQDISC => "RTM_DELQDISC",
        RTM_GETQDISC => "RTM_GETQDISC",
        RTM_NEWTCLASS => "RTM_NEWTCLASS",
        RTM_DELTCLASS => "RTM_DELTCLASS",
        RTM_GETTCLASS => "RTM_GETTCLASS",
        RTM_NEWTFILTER => "RTM_NEWTFILTER",
        RTM_DELTFILTER => "RTM_DELTFILTER",
        RTM_GETTFILTER => "RTM_GETTFILTER",
        RTM_NEWNETCONF => "RTM_NEWNETCONF",
        RTM_DELNETCONF => "RTM_DELNETCONF",
        RTM_GETNETCONF => "RTM_GETNETCONF",
        RTM_NEWNSID => "RTM_NEWNSID",
        RTM_DELNSID => "RTM_DELNSID",
        RTM_GETNSID => "RTM_GETNSID",
        RTM_NEWNEXTHOP => "RTM_NEWNEXTHOP",
        RTM_DELNEXTHOP => "RTM_DELNEXTHOP",
        RTM_GETNEXTHOP => "RTM_GETNEXTHOP",
        _ => return None,
    })
}

/// Output syntax: the walk is the same, only punctuation differs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Syntax {
    Text,
    Json,
}

struct Printer<'w, W: Write> {
    out: &'w mut W,
    syntax: Syntax,
    depth: usize,
}

/// Writes `msg` as one JSON object:
/// `{"type":"RTM_NEWLINK","flags":["MULTI"],"seq":1,"port":0,"header":{...},"attrs":[["IFLA_IFNAME","lo"],...]}`.
/// Attributes are `[name, value]` pairs so order and duplicates survive;
/// nests are lists of pairs, structs objects.
pub fn write_json<W: Write>(msg: &Message<'_>, out: &mut W) -> Res {
    Printer { out, syntax: Syntax::Json, depth: 0 }.message(msg)
}

/// Writes `msg` as indented text, one attribute a line.
pub fn write_text<W: Write>(msg: &Message<'_>, out: &mut W) -> Res {
    Printer { out, syntax: Syntax::Text, depth: 0 }.message(msg)
}

/// Writes `s` as a JSON string literal, escaped.
pub fn write_json_str<W: Write>(out: &mut W, s: &str) -> fmt::Result {
    out.write_char('"')?;
    for c in s.chars() {
        match c {
            '"' => out.write_str("\\\"")?,
            '\\' => out.write_str("\\\\")?,
            '\n' => out.write_str("\\n")?,
            '\r' => out.write_str("\\r")?,
            '\t' => out.write_str("\\t")?,
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32)?,
            c => out.write_char(c)?,
        }
    }
    out.write_char('"')
}

/// Writes a link-layer address as `aa:bb:cc:dd:ee:ff`.
pub fn write_hwaddr<W: Write>(out: &mut W, bytes: &[u8]) -> fmt::Result {
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            out.write_char(':')?;
        }
        write!(out, "{b:02x}")?;
    }
    Ok(())
}

fn write_hex<W: Write>(out: &mut W, bytes: &[u8]) -> fmt::Result {
    bytes.iter().try_for_each(|b| write!(out, "{b:02x}"))
}

impl<W: Write> Printer<'_, W> {
    fn json(&self) -> bool {
        self.syntax == Syntax::Json
    }

    fn newline(&mut self) -> fmt::Result {
        self.out.write_char('\n')?;
        (0..self.depth).try_for_each(|_| self.out.write_str("  "))
    }

    fn name(&mut self, name: &str) -> fmt::Result {
        if self.json() {
            write_json_str(self.out, name)
        } else {
            self.out.write_str(name)
        }
    }

    fn string(&mut self, s: &str) -> fmt::Result {
        if self.json() {
            write_json_str(self.out, s)
        } else {
            write!(self.out, "{s:?}")
        }
    }

    /// Opens a list entry: `[name, ` in JSON, a new `name: ` line in text.
    fn open_pair(&mut self, first: bool, name: &str) -> fmt::Result {
        if self.json() {
            if !first {
                self.out.write_char(',')?;
            }
            self.out.write_char('[')?;
            self.name(name)?;
            self.out.write_char(',')
        } else {
            self.newline()?;
            self.out.write_str(name)?;
            self.out.write_str(": ")
        }
    }

    fn close_pair(&mut self) -> fmt::Result {
        if self.json() {
            self.out.write_char(']')?;
        }
        Ok(())
    }

    fn message(&mut self, msg: &Message<'_>) -> Res {
        let kind = msg.kind();
        let json = self.json();
        if json {
            self.out.write_str("{\"type\":")?;
        }
        match message_type_name(kind) {
            Some(n) if json => write_json_str(self.out, n)?,
            Some(n) => self.out.write_str(n)?,
            None if json => write!(self.out, "{kind}")?,
            None => write!(self.out, "type {kind}")?,
        }
        if json {
            self.out.write_str(",\"flags\":")?;
            self.flag_names(msg.flags(), kind)?;
            write!(self.out, ",\"seq\":{},\"port\":{}", msg.seq(), msg.port())?;
        } else {
            write!(self.out, " seq {} port {} flags ", msg.seq(), msg.port())?;
            self.flag_names(msg.flags(), kind)?;
        }
        match kind {
            msg_type::ERROR => self.error(msg)?,
            msg_type::DONE => self.done(msg)?,
            _ => match msg.node()? {
                Some((header, node)) => {
                    let spec = crate::spec::message_spec(kind).map(|s| s.header);
                    if let Some(spec) = spec {
                        if json {
                            self.out.write_str(",\"header\":")?;
                        } else {
                            self.depth += 1;
                            self.newline()?;
                            self.out.write_str("header: ")?;
                            self.depth -= 1;
                        }
                        self.structure(header, spec)?;
                    }
                    if json {
                        self.out.write_str(",\"attrs\":")?;
                    }
                    self.node(&node)?;
                }
                None => {
                    if json {
                        self.out.write_str(",\"payload\":\"")?;
                        write_hex(self.out, msg.payload())?;
                        self.out.write_char('"')?;
                    } else {
                        self.out.write_str(" payload ")?;
                        write_hex(self.out, msg.payload())?;
                    }
                }
            },
        }
        if json {
            self.out.write_char('}')?;
        }
        Ok(())
    }

    fn flag_names(&mut self, flags: MsgFlags, kind: u16) -> fmt::Result {
        // Reply-side meanings; the upper bits mean CAPPED and ACK_TLVS on
        // NLMSG_ERROR, and request-side flags elsewhere (not named here).
        const ACK_NAMES: [(MsgFlags, &str); 2] =
            [(MsgFlags::CAPPED, "CAPPED"), (MsgFlags::ACK_TLVS, "ACK_TLVS")];
        const NAMES: [(MsgFlags, &str); 6] = [
            (MsgFlags::MULTI, "MULTI"),
            (MsgFlags::ACK, "ACK"),
            (MsgFlags::ECHO, "ECHO"),
            (MsgFlags::DUMP_INTR, "DUMP_INTR"),
            (MsgFlags::DUMP_FILTERED, "DUMP_FILTERED"),
            (MsgFlags::REQUEST, "REQUEST"),
        ];
        let extra: &[(MsgFlags, &str)] = if kind == msg_type::ERROR { &ACK_NAMES } else { &[] };
        let names = NAMES.iter().chain(extra);
        let known = names.clone().fold(MsgFlags::empty(), |acc, (f, _)| acc | *f);
        let rest = flags.bits() & !known.bits();
        if self.json() {
            self.out.write_char('[')?;
        }
        let mut first = true;
        for (_, name) in names.filter(|(f, _)| flags.contains(*f)) {
            self.sep(first)?;
            first = false;
            self.name(name)?;
        }
        if rest != 0 {
            self.sep(first)?;
            first = false;
            if self.json() {
                write!(self.out, "\"0x{rest:x}\"")?;
            } else {
                write!(self.out, "0x{rest:x}")?;
            }
        }
        if self.json() {
            self.out.write_char(']')?;
        } else if first {
            self.out.write_str("none")?;
        }
        Ok(())
    }

    fn sep(&mut self, first: bool) -> fmt::Result {
        match (first, self.json()) {
            (true, _) => Ok(()),
            (false, true) => self.out.write_char(','),
            (false, false) => self.out.write_char('|'),
        }
    }

    fn error(&mut self, msg: &Message<'_>) -> Res {
        let err = ErrorMessage::parse(msg)?;
        let ack = err.ext_ack();
        if self.json() {
            write!(self.out, ",\"errno\":{}", err.errno())?;
            if let Some(text) = ack.message {
                self.out.write_str(",\"msg\":")?;
                write_json_str(self.out, text)?;
            }
            if let Some(off) = ack.offset {
                write!(self.out, ",\"offset\":{off}")?;
            }
            if let Some(t) = ack.missing_type {
                write!(self.out, ",\"missing_type\":{t}")?;
            }
        } else {
            write!(self.out, " errno {}", err.errno())?;
            if let Some(text) = ack.message {
                write!(self.out, " msg {text:?}")?;
            }
            if let Some(off) = ack.offset {
                write!(self.out, " offset {off}")?;
            }
        }
        Ok(())
    }

    fn done(&mut self, msg: &Message<'_>) -> Res {
        let done = Done::parse(msg)?;
        if self.json() {
            write!(self.out, ",\"errno\":{}", done.errno())?;
        } else {
            write!(self.out, " errno {}", done.errno())?;
        }
        Ok(())
    }

    fn structure(&mut self, bytes: &[u8], spec: &StructSpec) -> Res {
        let json = self.json();
        self.out.write_str(if json { "{" } else { "{ " })?;
        let mut first = true;
        for field in spec.fields {
            let Some(value) = field_value(bytes, field).ok().flatten() else {
                continue;
            };
            if !first {
                self.out.write_str(if json { "," } else { ", " })?;
            }
            first = false;
            self.name(field.name)?;
            self.out.write_str(if json { ":" } else { " " })?;
            self.value(&value)?;
        }
        self.out.write_str(if json { "}" } else { " }" })?;
        Ok(())
    }

    fn node(&mut self, node: &Node<'_>) -> Res {
        if self.json() {
            self.out.write_char('[')?;
        }
        self.depth += 1;
        let mut first = true;
        for attr in node.attrs.clone() {
            let attr = attr?;
            match node.space.by_id(attr.kind()) {
                Some(spec) => {
                    let mut name = heapless::String::<64>::new();
                    write!(name, "{}", node.space.kernel_name(spec))?;
                    self.open_pair(first, &name)?;
                    let ty = node.attr_type(spec)?;
                    match node.decode_as(&attr, ty) {
                        Ok(v) => self.value(&v)?,
                        // Size does not fit the spec: show the bytes, keep going.
                        Err(_) => self.value(&Value::Bytes(attr.payload()))?,
                    }
                }
                None => {
                    let mut num = heapless::String::<8>::new();
                    write!(num, "{}", attr.kind())?;
                    self.open_pair(first, &num)?;
                    self.value(&Value::Bytes(attr.payload()))?;
                }
            }
            self.close_pair()?;
            first = false;
        }
        self.depth -= 1;
        if self.json() {
            self.out.write_char(']')?;
        }
        Ok(())
    }

    fn value(&mut self, value: &Value<'_>) -> Res {
        let json = self.json();
        match value {
            Value::Flag => self.out.write_str("true")?,
            Value::U8(v) => write!(self.out, "{v}")?,
            Value::U16(v) => write!(self.out, "{v}")?,
            Value::U32(v) => write!(self.out, "{v}")?,
            Value::U64(v) => write!(self.out, "{v}")?,
            Value::S8(v) => write!(self.out, "{v}")?,
            Value::S16(v) => write!(self.out, "{v}")?,
            Value::S32(v) => write!(self.out, "{v}")?,
            Value::S64(v) => write!(self.out, "{v}")?,
            Value::Str(s) => self.string(s)?,
            Value::Ip(ip) => {
                if json {
                    write!(self.out, "\"{ip}\"")?;
                } else {
                    write!(self.out, "{ip}")?;
                }
            }
            Value::Hwaddr(b) => {
                if json {
                    self.out.write_char('"')?;
                }
                write_hwaddr(self.out, b)?;
                if json {
                    self.out.write_char('"')?;
                }
            }
            Value::Bytes(b) => {
                self.out.write_str(if json { "\"" } else { "0x" })?;
                write_hex(self.out, b)?;
                if json {
                    self.out.write_char('"')?;
                }
            }
            Value::Enum(_, Some(name)) => self.string(name)?,
            Value::Enum(v, None) => write!(self.out, "{v}")?,
            Value::Bits(v, names) => self.bits(*v, names)?,
            Value::Nested(node) => self.node(node)?,
            Value::Struct(bytes, spec) => self.structure(bytes, spec)?,
            Value::Headed(bytes, spec, node) => {
                if json {
                    self.out.write_str("{\"header\":")?;
                    self.structure(bytes, spec)?;
                    self.out.write_str(",\"attrs\":")?;
                    self.node(node)?;
                    self.out.write_char('}')?;
                } else {
                    self.structure(bytes, spec)?;
                    self.node(node)?;
                }
            }
            Value::Array(array) => self.array(array)?,
            Value::Multipath(bytes, space) => self.multipath(bytes, space)?,
        }
        Ok(())
    }

    /// An indexed array: `[[index, value], ...]`, each entry decoded as the array's type.
    fn array(&mut self, array: &Array<'_>) -> Res {
        if self.json() {
            self.out.write_char('[')?;
        }
        self.depth += 1;
        for (i, attr) in array.attrs.clone().enumerate() {
            let attr = attr?;
            let mut index = heapless::String::<8>::new();
            write!(index, "{}", attr.kind())?;
            self.open_pair(i == 0, &index)?;
            match crate::spec::decode(&attr, *array.elem, 0, array.attrs.clone()) {
                Ok(v) => self.value(&v)?,
                Err(_) => self.value(&Value::Bytes(attr.payload()))?,
            }
            self.close_pair()?;
        }
        self.depth -= 1;
        if self.json() {
            self.out.write_char(']')?;
        }
        Ok(())
    }

    fn bits(&mut self, v: u64, names: &[(u32, &str)]) -> fmt::Result {
        let json = self.json();
        self.out.write_char('[')?;
        let mut rest = v;
        let mut first = true;
        for (bit, name) in names.iter().filter(|(b, _)| *b != 0 && v & u64::from(*b) == u64::from(*b)) {
            self.out.write_str(if first { "" } else { "," })?;
            first = false;
            self.string(name)?;
            rest &= !u64::from(*bit);
        }
        if rest != 0 {
            self.out.write_str(if first { "" } else { "," })?;
            if json {
                write!(self.out, "\"0x{rest:x}\"")?;
            } else {
                write!(self.out, "0x{rest:x}")?;
            }
        }
        self.out.write_char(']')
    }

    fn multipath(&mut self, bytes: &[u8], space: &'static crate::spec::Space) -> Res {
        let json = self.json();
        self.out.write_char('[')?;
        self.depth += 1;
        for (i, hop) in NextHops::new(bytes).enumerate() {
            let hop = hop?;
            if json {
                if i > 0 {
                    self.out.write_char(',')?;
                }
                write!(
                    self.out,
                    "{{\"flags\":{},\"weight\":{},\"ifindex\":{},\"attrs\":",
                    hop.flags(),
                    hop.weight(),
                    hop.ifindex()
                )?;
            } else {
                self.newline()?;
                write!(
                    self.out,
                    "nexthop flags {} weight {} ifindex {}",
                    hop.flags(),
                    hop.weight(),
                    hop.ifindex()
                )?;
            }
            self.node(&Node { attrs: hop.attrs(), space, family: 0, outer: crate::attr::Attrs::new(&[]) })?;
            if json {
                self.out.write_char('}')?;
            }
        }
        self.depth -= 1;
        self.out.write_char(']')?;
        Ok(())
    }
}
