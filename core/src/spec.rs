//! Attribute specs: one static table per attribute space, as pyroute2's
//! `nla_map`, giving name lookup and generic decoding without allocation.
//!
//! A [`Space`] lists the attributes of one chain (`IFLA_*`, `IFLA_INFO_*`,
//! `IFLA_VXLAN_*`, ...) with their kernel name, short name and [`AttrType`].
//! A [`MessageSpec`] ties a message type to its family header
//! ([`StructSpec`]) and top-level space. [`Node`] walks a chain through its
//! space: `get("ifname")`, `get_path(&["stats64", "rx_bytes"])`.
//!
//! ```
//! use nlwire::{Messages, spec::Value};
//! let dump = include_bytes!("../../tests/fixtures/kernel-6.18/addr_dump_inet.bin");
//! let lo = Messages::new(dump).next().unwrap()?;
//! assert_eq!(lo.get("label")?, Some(Value::Str("lo")));
//! assert_eq!(lo.get("IFA_LOCAL")?, Some(Value::Ip("127.0.0.1".parse().unwrap())));
//! assert_eq!(lo.get_path(&["cacheinfo", "valid_lft"])?, Some(Value::U32(u32::MAX)));
//! assert_eq!(lo.get("prefixlen")?, Some(Value::U8(8))); // a header field
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::IpAddr;

use crate::attr::{Attr, Attrs};
use crate::error::{Error, Result};
use crate::message::Message;

/// How an attribute payload (or a struct field) is decoded.
#[derive(Debug, Clone, Copy)]
pub enum AttrType {
    /// Opaque bytes, shown as hex.
    Bytes,
    /// Empty payload; presence means true.
    Flag,
    /// Native-endian unsigned integers.
    U8,
    /// Native-endian `u16`.
    U16,
    /// Native-endian `u32`.
    U32,
    /// Native-endian `u64`.
    U64,
    /// Native-endian `i8`.
    S8,
    /// Native-endian `i32`.
    S32,
    /// Native-endian `i64`.
    S64,
    /// Network-order `u16` (ports).
    Be16,
    /// Network-order `u32`.
    Be32,
    /// NUL-terminated string.
    Str,
    /// IPv4 or IPv6 address by length.
    Ip,
    /// Link-layer address of any length, shown `aa:bb:cc`.
    Hwaddr,
    /// Unsigned integer (by payload size 1, 2, 4 or 8) with names for values.
    Enum(&'static [(u32, &'static str)]),
    /// Unsigned integer (by payload size) that is a bit set with names for bits.
    Bits(&'static [(u32, &'static str)]),
    /// A nested chain decoded with the given space.
    Nested(&'static Space),
    /// A fixed C struct.
    Struct(&'static StructSpec),
    /// A type chosen by a sibling attribute or by the message family.
    Select(&'static Selector),
    /// `RTA_MULTIPATH`: a sequence of `struct rtnexthop`, each with attributes.
    Multipath(&'static Space),
}

/// One attribute of a [`Space`].
#[derive(Debug, Clone, Copy)]
pub struct AttrSpec {
    /// Numeric type.
    pub id: u16,
    /// Kernel name, such as `"IFLA_IFNAME"`.
    pub name: &'static str,
    /// Short name, pyroute2 style without prefix and lower case: `"ifname"`.
    pub short: &'static str,
    /// How the payload is decoded.
    pub ty: AttrType,
}

/// The attributes of one chain.
#[derive(Debug)]
pub struct Space {
    /// Name of the space, such as `"link"` or `"vxlan"`.
    pub name: &'static str,
    /// Its attributes (any order).
    pub attrs: &'static [AttrSpec],
}

impl Space {
    /// The spec of attribute `id`.
    pub fn by_id(&self, id: u16) -> Option<&'static AttrSpec> {
        let attrs: &'static [AttrSpec] = self.attrs;
        attrs.iter().find(|a| a.id == id)
    }
    /// The spec named `name` (kernel or short name).
    pub fn by_name(&self, name: &str) -> Option<&'static AttrSpec> {
        let attrs: &'static [AttrSpec] = self.attrs;
        attrs.iter().find(|a| a.short == name || a.name == name)
    }
}

/// A field of a [`StructSpec`].
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Name, such as `"rx_bytes"`.
    pub name: &'static str,
    /// Byte offset in the struct.
    pub offset: usize,
    /// Byte length.
    pub len: usize,
    /// How it is decoded (scalar types, `Enum`, `Bits`, `Ip`, `Hwaddr`, `Bytes`).
    pub ty: AttrType,
}

/// A fixed C struct: family headers and struct-valued attributes.
#[derive(Debug)]
pub struct StructSpec {
    /// C name, such as `"ifinfomsg"`.
    pub name: &'static str,
    /// Minimum size in bytes.
    pub size: usize,
    /// Its fields.
    pub fields: &'static [Field],
}

impl StructSpec {
    /// The field named `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        let fields: &'static [Field] = self.fields;
        fields.iter().find(|f| f.name == name)
    }
}

/// What a [`Selector`] looks at.
#[derive(Debug, Clone, Copy)]
pub enum SelectBy {
    /// The string value of a sibling attribute (`IFLA_INFO_KIND` for `IFLA_INFO_DATA`).
    Sibling(u16),
    /// The address family in the message's family header.
    Family,
}

/// A key of a [`Selector`] choice.
#[derive(Debug, Clone, Copy)]
pub enum Key {
    /// Matches a sibling's string value.
    Str(&'static str),
    /// Matches the family number.
    Num(u8),
}

/// Picks the type of an attribute from context, such as kind-dependent data.
#[derive(Debug)]
pub struct Selector {
    /// What decides.
    pub by: SelectBy,
    /// The choices.
    pub choices: &'static [(Key, AttrType)],
    /// The type when no choice matches.
    pub fallback: AttrType,
}

/// Ties a message type to its header and attribute space.
#[derive(Debug)]
pub struct MessageSpec {
    /// Message type names this spec covers are `RTM_NEW*`, `RTM_DEL*`, `RTM_GET*`.
    pub family: &'static str,
    /// The family header.
    pub header: &'static StructSpec,
    /// The top-level attribute space.
    pub space: &'static Space,
}

/// A decoded value, borrowed from the message.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    /// A flag attribute is present.
    Flag,
    /// Unsigned 8-bit.
    U8(u8),
    /// Unsigned 16-bit.
    U16(u16),
    /// Unsigned 32-bit.
    U32(u32),
    /// Unsigned 64-bit.
    U64(u64),
    /// Signed 8-bit.
    S8(i8),
    /// Signed 32-bit.
    S32(i32),
    /// Signed 64-bit.
    S64(i64),
    /// A string.
    Str(&'a str),
    /// An IP address.
    Ip(IpAddr),
    /// A link-layer address.
    Hwaddr(&'a [u8]),
    /// Raw bytes (unknown attributes, opaque payloads).
    Bytes(&'a [u8]),
    /// An enumerated value and its name when known.
    Enum(u64, Option<&'static str>),
    /// A bit set and the names of its bits.
    Bits(u64, &'static [(u32, &'static str)]),
    /// A nested chain.
    Nested(Node<'a>),
    /// A struct.
    Struct(&'a [u8], &'static StructSpec),
    /// `RTA_MULTIPATH` payload, iterate with [`crate::route::NextHops`].
    Multipath(&'a [u8], &'static Space),
}

impl Value<'_> {
    /// The value as an unsigned integer, for any integer, enum or bit set.
    pub fn as_u64(&self) -> Option<u64> {
        match *self {
            Value::U8(v) => Some(v.into()),
            Value::U16(v) => Some(v.into()),
            Value::U32(v) => Some(v.into()),
            Value::U64(v) | Value::Enum(v, _) | Value::Bits(v, _) => Some(v),
            Value::S8(v) => u64::try_from(v).ok(),
            Value::S32(v) => u64::try_from(v).ok(),
            Value::S64(v) => u64::try_from(v).ok(),
            _ => None,
        }
    }
}

/// An attribute chain together with the space that names its attributes.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    /// The chain.
    pub attrs: Attrs<'a>,
    /// Its space.
    pub space: &'static Space,
    /// Address family of the message, for [`SelectBy::Family`].
    pub family: u8,
}

impl PartialEq for Node<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.attrs.bytes() == other.attrs.bytes() && self.space == other.space
    }
}

impl<'a> Node<'a> {
    /// Resolves the type of `attr` in this chain (following selectors).
    pub fn attr_type(&self, spec: &AttrSpec) -> Result<AttrType> {
        let mut ty = spec.ty;
        while let AttrType::Select(sel) = ty {
            ty = self.select(sel)?;
        }
        Ok(ty)
    }

    fn select(&self, sel: &'static Selector) -> Result<AttrType> {
        let chosen = match sel.by {
            SelectBy::Sibling(id) => match self.attrs.find(id)? {
                Some(a) => {
                    let s = a.str()?;
                    sel.choices.iter().find(|(k, _)| matches!(k, Key::Str(v) if *v == s))
                }
                None => None,
            },
            SelectBy::Family => {
                sel.choices.iter().find(|(k, _)| matches!(k, Key::Num(f) if *f == self.family))
            }
        };
        Ok(chosen.map_or(sel.fallback, |(_, ty)| *ty))
    }

    /// Decodes `attr` as its spec says; unknown ids decode as bytes.
    pub fn decode(&self, attr: &Attr<'a>) -> Result<Value<'a>> {
        match self.space.by_id(attr.kind()) {
            Some(spec) => decode(attr.payload(), self.attr_type(spec)?, attr, self.family),
            None => Ok(Value::Bytes(attr.payload())),
        }
    }

    /// The first attribute named `name` (kernel or short name), decoded.
    pub fn get(&self, name: &str) -> Result<Option<Value<'a>>> {
        let spec = self.space.by_name(name).ok_or(Error::UnknownName)?;
        match self.attrs.find(spec.id)? {
            Some(attr) => decode(attr.payload(), self.attr_type(spec)?, &attr, self.family).map(Some),
            None => Ok(None),
        }
    }

    /// Every attribute named `name`, decoded, in order.
    pub fn get_all<'n>(&'n self, name: &str) -> Result<impl Iterator<Item = Result<Value<'a>>> + 'n> {
        let spec = self.space.by_name(name).ok_or(Error::UnknownName)?;
        let ty = self.attr_type(spec)?;
        let family = self.family;
        Ok(self.attrs.find_all(spec.id).map(move |a| a.and_then(|a| decode(a.payload(), ty, &a, family))))
    }

    /// Follows `path` through nests and struct fields.
    pub fn get_path(&self, path: &[&str]) -> Result<Option<Value<'a>>> {
        let Some((first, rest)) = path.split_first() else {
            return Ok(Some(Value::Nested(self.clone())));
        };
        match self.get(first)? {
            Some(v) => value_path(v, rest),
            None => Ok(None),
        }
    }
}

/// Continues a path from a value: into a nest or a struct field.
fn value_path<'a>(value: Value<'a>, path: &[&str]) -> Result<Option<Value<'a>>> {
    let Some((first, rest)) = path.split_first() else {
        return Ok(Some(value));
    };
    match value {
        Value::Nested(node) => node.get_path(path),
        Value::Struct(bytes, spec) => {
            let field = spec.field(first).ok_or(Error::UnknownName)?;
            match field_value(bytes, field)? {
                Some(v) => value_path(v, rest),
                None => Ok(None),
            }
        }
        _ => Err(Error::UnknownName),
    }
}

/// Decodes one field of a struct; `None` if the struct is too short for it
/// (an older kernel's shorter struct).
pub fn field_value<'a>(bytes: &'a [u8], field: &Field) -> Result<Option<Value<'a>>> {
    match bytes.get(field.offset..field.offset + field.len) {
        Some(b) => decode(b, field.ty, &Attr::from_parts(0, b, 0), 0).map(Some),
        None => Ok(None),
    }
}

fn uint(attr: &Attr<'_>) -> Result<u64> {
    match attr.payload().len() {
        1 => attr.u8().map(u64::from),
        2 => attr.u16().map(u64::from),
        4 => attr.u32().map(u64::from),
        _ => attr.u64(),
    }
}

/// Decodes `payload` (the payload of `attr`) as `ty`.
pub fn decode<'a>(payload: &'a [u8], ty: AttrType, attr: &Attr<'a>, family: u8) -> Result<Value<'a>> {
    Ok(match ty {
        AttrType::Bytes => Value::Bytes(payload),
        AttrType::Flag => attr.flag().map(|_| Value::Flag)?,
        AttrType::U8 => Value::U8(attr.u8()?),
        AttrType::U16 => Value::U16(attr.u16()?),
        AttrType::U32 => Value::U32(attr.u32()?),
        AttrType::U64 => Value::U64(attr.u64()?),
        AttrType::S8 => Value::S8(attr.i8()?),
        AttrType::S32 => Value::S32(attr.i32()?),
        AttrType::S64 => Value::S64(attr.i64()?),
        AttrType::Be16 => Value::U16(attr.be16()?),
        AttrType::Be32 => Value::U32(attr.be32()?),
        AttrType::Str => Value::Str(attr.str()?),
        AttrType::Ip => Value::Ip(attr.ip()?),
        AttrType::Hwaddr => Value::Hwaddr(payload),
        AttrType::Enum(names) => {
            let v = uint(attr)?;
            Value::Enum(v, names.iter().find(|(n, _)| u64::from(*n) == v).map(|(_, s)| *s))
        }
        AttrType::Bits(names) => Value::Bits(uint(attr)?, names),
        AttrType::Nested(space) => Value::Nested(Node { attrs: attr.nested(), space, family }),
        AttrType::Struct(spec) => {
            if payload.len() < spec.size {
                return Err(Error::AttrSize {
                    kind: attr.kind(),
                    offset: attr.offset(),
                    expected: spec.size,
                    actual: payload.len(),
                });
            }
            Value::Struct(payload, spec)
        }
        AttrType::Multipath(space) => Value::Multipath(payload, space),
        // A selector is resolved by the node that holds the attribute; one
        // met without context decodes as bytes.
        AttrType::Select(_) => Value::Bytes(payload),
    })
}

/// The message specs of every family the core knows.
pub fn message_specs() -> &'static [&'static MessageSpec] {
    &crate::families::ALL
}

/// The spec of a message type, if the core knows its family.
pub fn message_spec(kind: u16) -> Option<&'static MessageSpec> {
    crate::families::message_spec(kind)
}

impl<'a> Message<'a> {
    /// The message's header bytes and top-level attributes with their spec.
    ///
    /// Returns `None` for message types the core has no spec for.
    pub fn node(&self) -> Result<Option<(&'a [u8], Node<'a>)>> {
        let Some(spec) = message_spec(self.kind()) else {
            return Ok(None);
        };
        let payload = self.payload();
        let header = payload.get(..spec.header.size).ok_or(Error::Truncated {
            offset: self.offset() + crate::message::NLMSG_HDRLEN,
            needed: spec.header.size,
            available: payload.len(),
        })?;
        // Every rtnetlink family header starts with the address family byte.
        let family = header.first().copied().unwrap_or(0);
        let attrs = self.attrs_after(spec.header.size);
        Ok(Some((header, Node { attrs, space: spec.space, family })))
    }

    /// pyroute2's `msg.get(name)`: an attribute by kernel or short name, or
    /// else a field of the family header (`"index"`, `"family"`).
    pub fn get(&self, name: &str) -> Result<Option<Value<'a>>> {
        let (header, node) = self.node()?.ok_or(Error::UnknownName)?;
        match node.get(name) {
            Err(Error::UnknownName) => {}
            other => return other,
        }
        let spec = message_spec(self.kind()).ok_or(Error::UnknownName)?;
        let field = spec.header.field(name).ok_or(Error::UnknownName)?;
        field_value(header, field)
    }

    /// pyroute2's `msg.get_attrs(name)`: every top-level attribute named
    /// `name`, decoded, in order (duplicates kept).
    pub fn get_all(&self, name: &str) -> Result<impl Iterator<Item = Result<Value<'a>>> + 'a> {
        let (_, node) = self.node()?.ok_or(Error::UnknownName)?;
        let spec = node.space.by_name(name).ok_or(Error::UnknownName)?;
        let ty = node.attr_type(spec)?;
        let family = node.family;
        Ok(node.attrs.find_all(spec.id).map(move |a| a.and_then(|a| decode(a.payload(), ty, &a, family))))
    }

    /// pyroute2's `msg.get_nested(...)`: follows a path of names through
    /// nested attributes and struct fields.
    pub fn get_path(&self, path: &[&str]) -> Result<Option<Value<'a>>> {
        let Some((first, rest)) = path.split_first() else {
            return Err(Error::UnknownName);
        };
        match self.get(first)? {
            Some(v) => value_path(v, rest),
            None => Ok(None),
        }
    }
}

// Spec tables are statics: two are equal when they are the same table.
impl PartialEq for Space {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self, other)
    }
}
impl PartialEq for StructSpec {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self, other)
    }
}
