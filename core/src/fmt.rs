//! The generic formatter: any message, as text or JSON, through
//! [`core::fmt::Write`], named by the spec tables.
//!
//! Unknown attributes are printed by number with their bytes in hex.
//!
//! A bad attribute is contained: the walk goes on with the rest of the
//! message and the output stays balanced (valid JSON, one object per
//! message), so one malformed attribute deep in a message costs only that
//! attribute.
//!
//! - An attribute whose value does not decode by its spec (a size that
//!   does not fit, which a newer kernel may send; a bad string; a
//!   malformed `RTA_MULTIPATH`; a selector sibling that cannot be read) is
//!   printed as its bytes in hex with the error:
//!   `["NAME",{"error":"...","bytes":"0a0b"}]`, in text
//!   `NAME: 0x0a0b (error: ...)`.
//! - A broken attribute chain (an `nla_len` shorter than the header or
//!   past the bytes left) cannot be walked further: it ends with an error
//!   pair `["error","..."]` (text: `error: ...`), the chain's brackets
//!   close, and the enclosing chain goes on with its next attribute.
//!
//! Each value is checked before its first byte is written; nests are
//! written as they are walked, with an error inside one written as a pair.
//!
//! [`FormatError::Malformed`] is returned only when the message itself
//! cannot be walked: a family header shorter than its spec, or an
//! `NLMSG_ERROR`/`NLMSG_DONE` payload that does not parse. That is checked
//! before anything is written, so the writer then holds nothing of the
//! message.
//!
//! ```
//! use nlwire::addr::{Add, AddrEntry};
//! use nlwire::{build::Builder, fmt::write_json, Messages};
//! let mut buf = [0u8; 128];
//! let mut b = Builder::new(&mut buf);
//! b.push(&Add(AddrEntry::new(1, "127.0.0.1".parse().unwrap(), 8).with_label("lo")), 1)?;
//! let lo = Messages::new(b.as_bytes()).next().unwrap()?;
//! let mut out = heapless::String::<2048>::new();
//! write_json(&lo, &mut out).unwrap();
//! assert!(out.contains(r#"["IFA_LABEL","lo"]"#));
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::fmt::{self, Write};

use crate::ack::{Done, ErrorMessage};
use crate::attr::Attr;
use crate::error::Error;
use crate::message::{msg_type, Message, MsgFlags};
use crate::registry::Protocol;
use crate::rtnl::NextHops;
use crate::spec::{field_value, Array, Node, StructSpec, Value};

/// Why formatting stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatError {
    /// The writer refused (for example a full `heapless::String`).
    Write,
    /// The message itself cannot be walked (a family header shorter than
    /// its spec, an `NLMSG_ERROR` or `NLMSG_DONE` payload that does not
    /// parse); nothing of it was written. A bad attribute is not this
    /// error: it is printed with an error marker (see the module docs).
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

/// How deep nests are followed; deeper ones are printed as an error.
const MAX_DEPTH: usize = 32;

/// The kernel name of a message type, such as `"RTM_NEWLINK"`.
pub fn message_type_name(kind: u16) -> Option<&'static str> {
    use msg_type::*;
    Some(match kind {
        NOOP => "NLMSG_NOOP",
        ERROR => "NLMSG_ERROR",
        DONE => "NLMSG_DONE",
        OVERRUN => "NLMSG_OVERRUN",
        // Types without a YAML spec, so not in the generated registry.
        RTM_NEWPREFIX => "RTM_NEWPREFIX",
        RTM_NEWADDRLABEL => "RTM_NEWADDRLABEL",
        RTM_DELADDRLABEL => "RTM_DELADDRLABEL",
        RTM_GETADDRLABEL => "RTM_GETADDRLABEL",
        RTM_NEWLINKPROP => "RTM_NEWLINKPROP",
        RTM_DELLINKPROP => "RTM_DELLINKPROP",
        _ => return Protocol::Route.message_type(kind).map(|t| t.name),
    })
}

/// What a message holds after its netlink header, parsed before anything is
/// written.
enum Body<'a> {
    Error(ErrorMessage<'a>),
    Done(Done<'a>),
    /// The family header and top-level attributes, or `None` without a spec.
    Spec(Option<(&'a [u8], Node<'a>)>),
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
    protocol: Protocol,
}

/// Writes `msg` as one JSON object:
/// `{"type":"RTM_NEWLINK","flags":["MULTI"],"seq":1,"port":0,"header":{...},"attrs":[["IFLA_IFNAME","lo"],...]}`.
/// Attributes are `[name, value]` pairs so order and duplicates survive;
/// nests are lists of pairs, structs objects. A bad attribute is written as
/// `[name, {"error": "...", "bytes": "hex"}]` and a broken chain ends with
/// `["error", "..."]`; the object is always complete and valid JSON unless
/// the writer fails ([`FormatError::Write`]) or the message cannot be
/// walked at all ([`FormatError::Malformed`], nothing written).
pub fn write_json<W: Write>(msg: &Message<'_>, out: &mut W) -> Res {
    write_json_in(Protocol::Route, msg, out)
}

/// [`write_json`] for a message of another protocol, such as a generic
/// netlink family: `write_json_in(Protocol::Generic(family), &msg, &mut out)`.
pub fn write_json_in<W: Write>(protocol: Protocol, msg: &Message<'_>, out: &mut W) -> Res {
    Printer { out, syntax: Syntax::Json, depth: 0, protocol }.message(msg)
}

/// Writes `msg` as indented text, one attribute a line. A bad attribute is
/// written as `name: 0x<hex> (error: ...)`, a broken chain ends with a line
/// `error: ...`.
pub fn write_text<W: Write>(msg: &Message<'_>, out: &mut W) -> Res {
    write_text_in(Protocol::Route, msg, out)
}

/// [`write_text`] for a message of another protocol.
pub fn write_text_in<W: Write>(protocol: Protocol, msg: &Message<'_>, out: &mut W) -> Res {
    Printer { out, syntax: Syntax::Text, depth: 0, protocol }.message(msg)
}

/// Writes `s` as a JSON string literal, escaped.
pub fn write_json_str<W: Write>(out: &mut W, s: &str) -> fmt::Result {
    out.write_char('"')?;
    JsonEscape(out).write_str(s)?;
    out.write_char('"')
}

/// A writer that escapes what it is given for the inside of a JSON string,
/// so a `Display` can be written into one without a buffer.
struct JsonEscape<'w, W: Write>(&'w mut W);

impl<W: Write> Write for JsonEscape<'_, W> {
    /// Writes each run of characters that need no escape in one piece,
    /// found byte by byte (every such character is ASCII).
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let out = &mut *self.0;
        let mut rest = s;
        while let Some(at) = rest.bytes().position(|b| b == b'"' || b == b'\\' || b < b' ') {
            let (plain, special) = rest.split_at_checked(at).ok_or(fmt::Error)?;
            out.write_str(plain)?;
            match special.as_bytes().first() {
                Some(b'"') => out.write_str("\\\"")?,
                Some(b'\\') => out.write_str("\\\\")?,
                Some(b'\n') => out.write_str("\\n")?,
                Some(b'\r') => out.write_str("\\r")?,
                Some(b'\t') => out.write_str("\\t")?,
                Some(b) => write!(out, "\\u{b:04x}")?,
                None => break,
            }
            rest = special.get(1..).ok_or(fmt::Error)?;
        }
        out.write_str(rest)
    }
}

/// Writes a link-layer address as `aa:bb:cc:dd:ee:ff`.
pub fn write_hwaddr<W: Write>(out: &mut W, bytes: &[u8]) -> fmt::Result {
    write_hex_joined(out, bytes, Some(b':'))
}

fn write_hex<W: Write>(out: &mut W, bytes: &[u8]) -> fmt::Result {
    write_hex_joined(out, bytes, None)
}

/// Writes `magnitude` in decimal, `-` first if `negative`: what an
/// integer's `Display` writes, in one piece.
fn write_decimal<W: Write>(out: &mut W, negative: bool, mut magnitude: u64) -> fmt::Result {
    // u64::MAX has 20 digits; one more for the sign.
    let mut buf = [0u8; 21];
    let mut start = buf.len();
    for slot in buf.iter_mut().rev() {
        *slot = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        start -= 1;
        if magnitude == 0 {
            break;
        }
    }
    if negative {
        start -= 1;
        *buf.get_mut(start).ok_or(fmt::Error)? = b'-';
    }
    out.write_str(core::str::from_utf8(buf.get(start..).ok_or(fmt::Error)?).map_err(|_| fmt::Error)?)
}

/// Writes each byte as two lower-case hex digits, `sep` between bytes, in
/// pieces of up to 32 bytes rather than a `write!` a byte.
fn write_hex_joined<W: Write>(out: &mut W, bytes: &[u8], sep: Option<u8>) -> fmt::Result {
    let digit = |d: u8| if d < 10 { b'0' + d } else { b'a' + d - 10 };
    // Three characters a byte at most: two digits and a separator.
    let mut buf = [0u8; 32 * 3];
    for (i, chunk) in bytes.chunks(32).enumerate() {
        let mut len = 0;
        for (j, &b) in chunk.iter().enumerate() {
            let sep = sep.filter(|_| i + j > 0);
            for c in sep.into_iter().chain([digit(b >> 4), digit(b & 0xf)]) {
                *buf.get_mut(len).ok_or(fmt::Error)? = c;
                len += 1;
            }
        }
        let piece = buf.get(..len).ok_or(fmt::Error)?;
        out.write_str(core::str::from_utf8(piece).map_err(|_| fmt::Error)?)?;
    }
    Ok(())
}

impl<W: Write> Printer<'_, W> {
    fn json(&self) -> bool {
        self.syntax == Syntax::Json
    }

    fn newline(&mut self) -> fmt::Result {
        self.out.write_char('\n')?;
        (0..self.depth).try_for_each(|_| self.out.write_str("  "))
    }

    /// Writes a name of the tables (or a number): quoted in JSON, with no
    /// escape, which none needs (`spec::tests::table_names_need_no_json_escape`).
    fn name(&mut self, name: &str) -> fmt::Result {
        if self.json() {
            self.out.write_char('"')?;
            self.out.write_str(name)?;
            self.out.write_char('"')
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
        // All that can make the message unwalkable is parsed before the
        // first byte is written: an error never leaves half an object.
        let body = match kind {
            msg_type::ERROR => Body::Error(ErrorMessage::parse(msg)?),
            msg_type::DONE => Body::Done(Done::parse(msg)?),
            _ => Body::Spec(msg.node_in(self.protocol)?),
        };
        if json {
            self.out.write_str("{\"type\":")?;
        }
        let name = match self.protocol {
            Protocol::Generic(family) if kind > msg_type::OVERRUN => family.command_of(msg).map(|c| c.name),
            Protocol::Xfrm if kind > msg_type::OVERRUN => self.protocol.message_type(kind).map(|t| t.name),
            _ => message_type_name(kind),
        };
        match name {
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
        match body {
            Body::Error(err) => self.error(&err)?,
            Body::Done(done) => self.done(&done)?,
            Body::Spec(spec_node) => match spec_node {
                Some((header, node)) => {
                    let spec = self.protocol.message_spec(msg).map(|s| s.header);
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

    fn error(&mut self, err: &ErrorMessage<'_>) -> fmt::Result {
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

    fn done(&mut self, done: &Done<'_>) -> fmt::Result {
        if self.json() {
            write!(self.out, ",\"errno\":{}", done.errno())?;
        } else {
            write!(self.out, " errno {}", done.errno())?;
        }
        Ok(())
    }

    fn structure(&mut self, bytes: &[u8], spec: &StructSpec) -> fmt::Result {
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
            self.name(spec.short_name(field))?;
            self.out.write_str(if json { ":" } else { " " })?;
            self.value(&value)?;
        }
        self.out.write_str(if json { "}" } else { " }" })?;
        Ok(())
    }

    /// Writes a chain as a list of pairs. Infallible but for the writer: a
    /// bad attribute is written as its bytes with the error, a broken chain
    /// ends with an `error` pair, and the list is closed either way.
    fn node(&mut self, node: &Node<'_>) -> fmt::Result {
        if self.json() {
            self.out.write_char('[')?;
        }
        self.depth += 1;
        let mut first = true;
        for attr in node.attrs.clone() {
            let attr = match attr {
                Ok(attr) => attr,
                // The chain cannot be walked past a bad length: say so as
                // its last pair (the iterator ends after an error anyway).
                Err(e) => {
                    self.open_pair(first, "error")?;
                    self.error_str(&e)?;
                    self.close_pair()?;
                    break;
                }
            };
            match node.space.by_id(attr.kind()) {
                Some(spec) => {
                    let mut buf = [0; 64];
                    let name = node.space.kernel_name(spec).in_buf(&mut buf).ok_or(fmt::Error)?;
                    self.open_pair(first, name)?;
                    // Decoded and checked before any of it is written.
                    let value = node
                        .attr_type(spec)
                        .and_then(|ty| node.decode_as(&attr, ty))
                        .and_then(|v| well_formed(v, &attr));
                    match value {
                        Ok(v) => self.value(&v)?,
                        Err(e) => self.contained(attr.payload(), &e)?,
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

    fn value(&mut self, value: &Value<'_>) -> fmt::Result {
        let json = self.json();
        // Specs nest into themselves (a veth peer holds link attributes):
        // bound the depth a crafted message can drive the walk to.
        if self.depth > MAX_DEPTH {
            if let Value::Nested(_) | Value::Headed(..) | Value::Array(_) | Value::Multipath(..) = value {
                return self.error_str(&"nested too deep");
            }
        }
        match value {
            Value::Str(s) => self.string(s)?,
            Value::Enum(_, Some(name)) => self.string(name)?,
            Value::Bits(v, names) => self.bits(*v, names)?,
            // Text as `Display` writes it, quoted in JSON; bytes `0x`-prefixed in text.
            Value::Ip(_) | Value::Hwaddr(_) | Value::Bytes(_) if json => write!(self.out, "\"{value}\"")?,
            Value::Bytes(_) => write!(self.out, "0x{value}")?,
            // Integers as `Display` writes them, without its machinery.
            Value::U8(v) => write_decimal(self.out, false, u64::from(*v))?,
            Value::U16(v) => write_decimal(self.out, false, u64::from(*v))?,
            Value::U32(v) => write_decimal(self.out, false, u64::from(*v))?,
            Value::U64(v) | Value::Enum(v, None) => write_decimal(self.out, false, *v)?,
            Value::S8(v) => write_decimal(self.out, *v < 0, v.unsigned_abs().into())?,
            Value::S16(v) => write_decimal(self.out, *v < 0, v.unsigned_abs().into())?,
            Value::S32(v) => write_decimal(self.out, *v < 0, v.unsigned_abs().into())?,
            Value::S64(v) => write_decimal(self.out, *v < 0, v.unsigned_abs())?,
            Value::Flag | Value::Ip(_) | Value::Hwaddr(_) => write!(self.out, "{value}")?,
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
    fn array(&mut self, array: &Array<'_>) -> fmt::Result {
        if self.json() {
            self.out.write_char('[')?;
        }
        self.depth += 1;
        for (i, attr) in array.attrs.clone().enumerate() {
            let attr = match attr {
                Ok(attr) => attr,
                Err(e) => {
                    self.open_pair(i == 0, "error")?;
                    self.error_str(&e)?;
                    self.close_pair()?;
                    break;
                }
            };
            let mut index = heapless::String::<8>::new();
            write!(index, "{}", attr.kind())?;
            self.open_pair(i == 0, &index)?;
            let value = crate::spec::decode(&attr, *array.elem, 0, array.attrs.clone())
                .and_then(|v| well_formed(v, &attr));
            match value {
                Ok(v) => self.value(&v)?,
                Err(e) => self.contained(attr.payload(), &e)?,
            }
            self.close_pair()?;
        }
        self.depth -= 1;
        if self.json() {
            self.out.write_char(']')?;
        }
        Ok(())
    }

    fn bits(&mut self, v: u64, names: &'static [(u32, &'static str)]) -> fmt::Result {
        let json = self.json();
        self.out.write_char('[')?;
        let (set, rest) = bit_names(v, names);
        for (i, name) in set.enumerate() {
            self.out.write_str(if i == 0 { "" } else { "," })?;
            self.string(name)?;
        }
        if rest != 0 {
            self.out.write_str(if v == rest { "" } else { "," })?;
            if json {
                write!(self.out, "\"0x{rest:x}\"")?;
            } else {
                write!(self.out, "0x{rest:x}")?;
            }
        }
        self.out.write_char(']')
    }

    /// Writes the next hops of `RTA_MULTIPATH`. [`well_formed`] has walked
    /// them already; should a hop still not parse, it is written as an
    /// `{"error": ...}` element (text: an `error:` line) that ends the list.
    fn multipath(&mut self, bytes: &[u8], space: &'static crate::spec::Space) -> fmt::Result {
        let json = self.json();
        self.out.write_char('[')?;
        self.depth += 1;
        for (i, hop) in NextHops::new(bytes).enumerate() {
            let hop = match hop {
                Ok(hop) => hop,
                Err(e) => {
                    if json {
                        self.out.write_str(if i > 0 { ",{\"error\":" } else { "{\"error\":" })?;
                        self.error_str(&e)?;
                        self.out.write_char('}')?;
                    } else {
                        self.newline()?;
                        self.out.write_str("error: ")?;
                        self.error_str(&e)?;
                    }
                    break;
                }
            };
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

    /// Writes an error's `Display`: a JSON string, or plain in text.
    fn error_str(&mut self, e: &dyn fmt::Display) -> fmt::Result {
        if self.json() {
            self.out.write_char('"')?;
            write!(JsonEscape(self.out), "{e}")?;
            self.out.write_char('"')
        } else {
            write!(self.out, "{e}")
        }
    }

    /// Writes the value of an attribute that does not decode by its spec:
    /// `{"error":"...","bytes":"hex"}`, in text `0xhex (error: ...)`.
    fn contained(&mut self, bytes: &[u8], e: &Error) -> fmt::Result {
        if self.json() {
            self.out.write_str("{\"error\":")?;
            self.error_str(e)?;
            self.out.write_str(",\"bytes\":\"")?;
            write_hex(self.out, bytes)?;
            self.out.write_str("\"}")
        } else {
            self.out.write_str("0x")?;
            write_hex(self.out, bytes)?;
            self.out.write_str(" (error: ")?;
            self.error_str(e)?;
            self.out.write_char(')')
        }
    }
}

/// The names of the bits set in `v`, in the table's order, and the bits
/// no name covers.
fn bit_names(v: u64, names: &'static [(u32, &'static str)]) -> (impl Iterator<Item = &'static str>, u64) {
    let set = move |bit: &u32| *bit != 0 && v & u64::from(*bit) == u64::from(*bit);
    let rest = names.iter().filter(|(b, _)| set(b)).fold(v, |rest, (b, _)| rest & !u64::from(*b));
    (names.iter().filter(move |(b, _)| set(b)).map(|(_, name)| *name), rest)
}

/// A value as `ip` prints it: integers in decimal, strings as they are,
/// IP addresses in their usual text, link-layer addresses `aa:bb:cc:dd:ee:ff`,
/// bytes in hex (`0a0b`), an enum by its name (or its number without one),
/// a bit set as the names of its bits joined by `,` (bits without a name
/// last, as `0x..`), a flag as `true`; nests and structs as the text
/// printer writes them ([`write_text`]).
///
/// ```
/// use nlwire::spec::Value;
/// assert_eq!(Value::S32(-1).to_string(), "-1");
/// assert_eq!(Value::Hwaddr(&[0, 0x11, 0x22, 0x33, 0x44, 0xaa]).to_string(), "00:11:22:33:44:aa");
/// assert_eq!(Value::Enum(6, Some("UP")).to_string(), "UP");
/// ```
impl fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Flag => f.write_str("true"),
            Value::U8(v) => v.fmt(f),
            Value::U16(v) => v.fmt(f),
            Value::U32(v) => v.fmt(f),
            Value::U64(v) => v.fmt(f),
            Value::S8(v) => v.fmt(f),
            Value::S16(v) => v.fmt(f),
            Value::S32(v) => v.fmt(f),
            Value::S64(v) => v.fmt(f),
            Value::Str(s) => f.write_str(s),
            Value::Ip(ip) => ip.fmt(f),
            Value::Hwaddr(b) => write_hwaddr(f, b),
            Value::Bytes(b) => write_hex(f, b),
            Value::Enum(_, Some(name)) => f.write_str(name),
            Value::Enum(v, None) => v.fmt(f),
            Value::Bits(v, names) => {
                let (set, rest) = bit_names(*v, names);
                for (i, name) in set.enumerate() {
                    f.write_str(if i == 0 { "" } else { "," })?;
                    f.write_str(name)?;
                }
                match rest {
                    0 => Ok(()),
                    _ if rest == *v => write!(f, "0x{rest:x}"),
                    _ => write!(f, ",0x{rest:x}"),
                }
            }
            Value::Nested(_)
            | Value::Struct(..)
            | Value::Headed(..)
            | Value::Array(_)
            | Value::Multipath(..) => {
                let mut printer =
                    Printer { out: f, syntax: Syntax::Text, depth: 0, protocol: Protocol::Route };
                printer.value(self)
            }
        }
    }
}

/// Checks what [`crate::spec::decode`] leaves lazy but the printer cannot
/// recover from once it has started a value: the walk over the next hops of
/// `RTA_MULTIPATH`. (Nested chains need no check: an error inside one is
/// written as a pair of that chain.)
#[inline]
fn well_formed<'a>(value: Value<'a>, attr: &Attr<'a>) -> Result<Value<'a>, Error> {
    if let Value::Multipath(bytes, _) = value {
        NextHops::with_offset(bytes, attr.offset() + crate::attr::NLA_HDRLEN)
            .try_for_each(|h| h.map(|_| ()))?;
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::Messages;
    use crate::tables::rt_route::{metrics as rtax, route_attrs as rta};
    use crate::test_prelude::*;

    /// A message being built by hand: netlink header, family header, attributes.
    struct Msg {
        buf: [u8; 256],
        len: usize,
    }

    impl Msg {
        fn new(kind: u16, header: &[u8]) -> Self {
            let mut m = Msg { buf: [0; 256], len: 16 };
            m.buf[4..6].copy_from_slice(&kind.to_ne_bytes());
            m.put(header);
            m
        }
        fn put(&mut self, bytes: &[u8]) {
            self.buf[self.len..self.len + bytes.len()].copy_from_slice(bytes);
            self.len = crate::wire::align(self.len + bytes.len());
        }
        /// An attribute whose `nla_len` says `nla_len` (the payload given is what follows).
        fn attr_len(&mut self, kind: u16, nla_len: u16, payload: &[u8]) {
            let mut hdr = [0u8; 4];
            hdr[..2].copy_from_slice(&nla_len.to_ne_bytes());
            hdr[2..].copy_from_slice(&kind.to_ne_bytes());
            self.buf[self.len..self.len + 4].copy_from_slice(&hdr);
            self.len += 4;
            self.put(payload);
        }
        fn attr(&mut self, kind: u16, payload: &[u8]) {
            self.attr_len(kind, 4 + payload.len() as u16, payload);
        }
        fn bytes(&mut self) -> &[u8] {
            let len = self.len as u32;
            self.buf[..4].copy_from_slice(&len.to_ne_bytes());
            &self.buf[..self.len]
        }
    }

    /// `struct rtmsg` of an IPv4 route in the main table.
    const RTMSG: [u8; 12] = [2, 24, 0, 0, 254, 4, 0, 1, 0, 0, 0, 0];

    /// The attribute `RTAX_MTU` of `RTA_METRICS`, header and value.
    fn rtax_mtu(mtu: u32) -> [u8; 8] {
        let mut attr = [0u8; 8];
        attr[..2].copy_from_slice(&8u16.to_ne_bytes());
        attr[2..4].copy_from_slice(&rtax::MTU.to_ne_bytes());
        attr[4..].copy_from_slice(&mtu.to_ne_bytes());
        attr
    }

    /// A hand check that `s` is balanced JSON: brackets match outside strings.
    fn balanced(s: &str) -> bool {
        let mut stack = heapless::Vec::<u8, 64>::new();
        let (mut in_str, mut escaped) = (false, false);
        for b in s.bytes() {
            if in_str {
                match (escaped, b) {
                    (true, _) => escaped = false,
                    (false, b'\\') => escaped = true,
                    (false, b'"') => in_str = false,
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => in_str = true,
                b'[' | b'{' => stack.push(b).unwrap(),
                b']' | b'}' => {
                    let open = if b == b']' { b'[' } else { b'{' };
                    if stack.pop() != Some(open) {
                        return false;
                    }
                }
                _ => {}
            }
        }
        stack.is_empty() && !in_str && s.starts_with('{') && s.ends_with('}')
    }

    fn both(bytes: &[u8]) -> (heapless::String<1024>, heapless::String<1024>) {
        let msg = Messages::new(bytes).next().unwrap().unwrap();
        let (mut json, mut text) = (heapless::String::new(), heapless::String::new());
        write_json(&msg, &mut json).unwrap();
        write_text(&msg, &mut text).unwrap();
        assert!(balanced(&json), "{json}");
        (json, text)
    }

    #[test]
    fn short_multipath_is_contained() {
        let mut m = Msg::new(msg_type::RTM_NEWROUTE, &RTMSG);
        m.attr(rta::MULTIPATH, &[1, 2, 3, 4]);
        m.attr(rta::OIF, &7u32.to_ne_bytes());
        let (json, text) = both(m.bytes());
        // The attribute starts at byte 28, its payload at 32.
        assert!(
            json.ends_with(
                r#""attrs":[["RTA_MULTIPATH",{"error":"truncated input at byte 32: need 8 bytes, have 4","bytes":"01020304"}],["RTA_OIF",7]]}"#
            ),
            "{json}"
        );
        assert!(
            text.contains(
                "RTA_MULTIPATH: 0x01020304 (error: truncated input at byte 32: need 8 bytes, have 4)\n"
            ),
            "{text}"
        );
        assert!(text.ends_with("RTA_OIF: 7"), "{text}");
    }

    #[test]
    fn wrong_integer_size_is_contained() {
        let mut m = Msg::new(msg_type::RTM_NEWROUTE, &RTMSG);
        m.attr(rta::PRIORITY, &[1, 0]);
        m.attr(rta::OIF, &7u32.to_ne_bytes());
        let (json, text) = both(m.bytes());
        assert!(
            json.ends_with(
                r#"["RTA_PRIORITY",{"error":"attribute 6 at byte 28 has 2 payload bytes, expected 4","bytes":"0100"}],["RTA_OIF",7]]}"#
            ),
            "{json}"
        );
        assert!(text.contains("RTA_PRIORITY: 0x0100 (error: attribute 6"), "{text}");
    }

    #[test]
    fn broken_inner_chain_ends_the_nest_only() {
        let mut m = Msg::new(msg_type::RTM_NEWROUTE, &RTMSG);
        // RTA_METRICS holding RTAX_MTU = 1400, then an attribute claiming 20 bytes of 8.
        let mut nest = [0u8; 16];
        nest[..8].copy_from_slice(&rtax_mtu(1400));
        nest[8..10].copy_from_slice(&20u16.to_ne_bytes());
        nest[10..12].copy_from_slice(&rtax::MTU.to_ne_bytes());
        m.attr(rta::METRICS, &nest);
        m.attr(rta::OIF, &7u32.to_ne_bytes());
        let (json, text) = both(m.bytes());
        assert!(
            json.ends_with(
                r#""attrs":[["RTA_METRICS",[["RTAX_MTU",1400],["error","truncated input at byte 40: need 20 bytes, have 8"]]],["RTA_OIF",7]]}"#
            ),
            "{json}"
        );
        assert!(text.contains("\n    error: truncated input at byte 40"), "{text}");
        assert!(text.ends_with("\n  RTA_OIF: 7"), "{text}");
    }

    #[test]
    fn broken_top_chain_ends_with_an_error_pair() {
        let mut m = Msg::new(msg_type::RTM_NEWROUTE, &RTMSG);
        m.attr(rta::OIF, &7u32.to_ne_bytes());
        m.attr_len(rta::PRIORITY, 64, &[0; 4]);
        let (json, text) = both(m.bytes());
        assert!(
            json.ends_with(
                r#"[["RTA_OIF",7],["error","truncated input at byte 36: need 64 bytes, have 8"]]}"#
            ),
            "{json}"
        );
        assert!(text.ends_with("error: truncated input at byte 36: need 64 bytes, have 8"), "{text}");
    }

    #[test]
    fn bad_string_is_contained() {
        // ifinfomsg, then IFLA_IFNAME without its NUL and IFLA_MTU.
        let mut m = Msg::new(msg_type::RTM_NEWLINK, &[0; 16]);
        m.attr(crate::tables::rt_link::link_attrs::IFNAME, b"eth0");
        m.attr(crate::tables::rt_link::link_attrs::MTU, &1500u32.to_ne_bytes());
        let (json, _) = both(m.bytes());
        assert!(
            json.ends_with(
                r#"[["IFLA_IFNAME",{"error":"attribute 3 at byte 32 is not a NUL-terminated UTF-8 string","bytes":"65746830"}],["IFLA_MTU",1500]]}"#
            ),
            "{json}"
        );
    }

    #[test]
    fn unwalkable_message_writes_nothing() {
        // A route message whose payload is shorter than struct rtmsg.
        let mut m = Msg::new(msg_type::RTM_NEWROUTE, &[2, 0, 0, 0]);
        let msg = Messages::new(m.bytes()).next().unwrap().unwrap();
        let mut out = heapless::String::<256>::new();
        assert!(matches!(write_json(&msg, &mut out), Err(FormatError::Malformed(Error::Truncated { .. }))));
        assert!(write_text(&msg, &mut out).is_err());
        assert_eq!(out, "");
    }

    /// A value's `Display`, into a fixed buffer.
    fn shown(value: &Value<'_>) -> heapless::String<256> {
        let mut out = heapless::String::new();
        write!(out, "{value}").unwrap();
        out
    }

    #[test]
    fn values_display_as_ip_prints_them() {
        use crate::tables::rt_link::IFINFO_FLAGS;
        assert_eq!(shown(&Value::U8(255)), "255");
        assert_eq!(shown(&Value::S16(-2)), "-2");
        assert_eq!(shown(&Value::U64(u64::MAX)), "18446744073709551615");
        assert_eq!(shown(&Value::S64(i64::MIN)), "-9223372036854775808");
        assert_eq!(shown(&Value::Str("veth0:sec")), "veth0:sec");
        assert_eq!(shown(&Value::Ip("192.0.2.1".parse().unwrap())), "192.0.2.1");
        assert_eq!(shown(&Value::Ip("2001:db8:0:0:0:0:0:1".parse().unwrap())), "2001:db8::1");
        assert_eq!(shown(&Value::Hwaddr(&[0x02, 0, 0x5e, 0x10, 0, 0xff])), "02:00:5e:10:00:ff");
        assert_eq!(shown(&Value::Bytes(&[0x0a, 0xb0, 0])), "0ab000");
        assert_eq!(shown(&Value::Enum(6, Some("UP"))), "UP");
        assert_eq!(shown(&Value::Enum(99, None)), "99");
        assert_eq!(shown(&Value::Flag), "true");
        // IFF_UP | IFF_LOOPBACK | IFF_LOWER_UP, and a bit no name covers.
        assert_eq!(shown(&Value::Bits(0x1_0009, IFINFO_FLAGS)), "up,loopback,lower-up");
        assert_eq!(shown(&Value::Bits(0x8000_0001, IFINFO_FLAGS)), "up,0x80000000");
        assert_eq!(shown(&Value::Bits(0x8000_0000, IFINFO_FLAGS)), "0x80000000");
    }

    #[test]
    fn a_nest_displays_as_the_text_printer_writes_it() {
        let mut m = Msg::new(msg_type::RTM_NEWROUTE, &RTMSG);
        m.attr(rta::METRICS, &rtax_mtu(1400));
        let msg = Messages::new(m.bytes()).next().unwrap().unwrap();
        let metrics = msg.get("metrics").unwrap().unwrap();
        assert_eq!(shown(&metrics), "\n  RTAX_MTU: 1400");
    }

    /// Integers are written as core's `Display` writes them, at their limits too.
    #[test]
    fn integers_are_written_as_display_writes_them() {
        let cases: [(Value<'_>, i128); 14] = [
            (Value::U8(0), 0),
            (Value::U8(u8::MAX), u8::MAX.into()),
            (Value::U16(u16::MAX), u16::MAX.into()),
            (Value::U32(u32::MAX), u32::MAX.into()),
            (Value::U64(u64::MAX), u64::MAX.into()),
            (Value::U64(10), 10),
            (Value::Enum(1_000_000, None), 1_000_000),
            (Value::S8(i8::MIN), i8::MIN.into()),
            (Value::S8(-1), -1),
            (Value::S16(i16::MIN), i16::MIN.into()),
            (Value::S32(i32::MIN), i32::MIN.into()),
            (Value::S32(0), 0),
            (Value::S64(i64::MIN), i64::MIN.into()),
            (Value::S64(i64::MAX), i64::MAX.into()),
        ];
        for (value, n) in cases {
            for syntax in [Syntax::Json, Syntax::Text] {
                let mut out = heapless::String::<32>::new();
                Printer { out: &mut out, syntax, depth: 0, protocol: Protocol::Route }.value(&value).unwrap();
                assert_eq!(out.as_str(), n.to_string(), "{value:?}");
            }
        }
    }

    /// Bytes in hex and as a link-layer address, longer than one piece of
    /// the writer (32 bytes): two digits a byte, the separator between every
    /// two bytes, across the pieces too.
    #[test]
    fn bytes_are_written_in_hex_across_pieces() {
        let bytes: Vec<u8> = (0..=255).rev().collect();
        let digits: Vec<String> = bytes
            .iter()
            .map(|b| {
                let mut two = String::new();
                write!(two, "{b:02x}").unwrap();
                two
            })
            .collect();
        let (mut hex, mut hwaddr) = (String::new(), String::new());
        write_hex(&mut hex, &bytes).unwrap();
        write_hwaddr(&mut hwaddr, &bytes).unwrap();
        assert_eq!(hex, digits.concat());
        assert_eq!(hwaddr, digits.join(":"));
        write_hex(&mut hex, &[]).unwrap();
        write_hwaddr(&mut hwaddr, &[]).unwrap();
        assert_eq!((hex.len(), hwaddr.len()), (512, 767));
    }

    #[test]
    fn error_text_is_escaped_in_json() {
        let mut out = heapless::String::<32>::new();
        write!(JsonEscape(&mut out), "a\"b\\c\n\u{1}").unwrap();
        assert_eq!(out, r#"a\"b\\c\n\u0001"#);
    }

    /// Every character JSON requires escaped is, at the start, between and
    /// at the end of runs that need none (non-ASCII and DEL among them).
    #[test]
    fn strings_are_escaped_run_by_run() {
        let mut out = String::new();
        write_json_str(&mut out, "\"é\\\u{7f}x\r\t\u{1f}ü\n").unwrap();
        write_json_str(&mut out, "plain").unwrap();
        write_json_str(&mut out, "").unwrap();
        let escaped = ["\\\"", "é", "\\\\", "\u{7f}x", "\\r", "\\t", "\\u001f", "ü", "\\n"].concat();
        assert_eq!(out, ["\"", &escaped, "\"\"plain\"\"\""].concat());
    }
}
