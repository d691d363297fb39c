//! What a kind's options become: the attributes of `IFLA_INFO_DATA` (or
//! `IFLA_INFO_SLAVE_DATA`), kept as values until device names are resolved.
//!
//! ```text
//! type vlan id 5 protocol 802.1ad   ->   [(IFLA_VLAN_ID, U16(5)), (IFLA_VLAN_PROTOCOL, Be16(0x88a8))]
//! ```

use std::net::IpAddr;

use nlwire::build::MessageWriter;
use nlwire::spec::{AttrType, Space};

use crate::args::{c_number, invalid, mac, not_found, Words};
use crate::{CliError, Result};

/// One attribute's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    U8(u8),
    U16(u16),
    U32(u32),
    U64(u64),
    /// Network byte order.
    Be16(u16),
    /// An address: 4 or 16 bytes.
    Ip(IpAddr),
    Bytes(Vec<u8>),
    /// No payload.
    Flag,
    /// A device by name, written as its `u32` index once resolved.
    Dev(String, Missing),
    /// Nested attributes.
    Nest(Data),
}

/// How ip refuses a device it cannot find, which differs by option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// `Cannot find device "D"`, exit 1 (`link D`, a bond's `primary D`).
    CannotFind,
    /// The same, exit 255 (a vxlan's `dev D`).
    CannotFindExit,
    /// `Error: argument "D" is wrong: Device does not exist`, exit 255
    /// (`master D`, a bridge port's `backup_port D`).
    DoesNotExist,
}

impl Missing {
    /// ip's refusal of `dev`.
    fn error(self, dev: &str) -> CliError {
        match self {
            Missing::CannotFind => not_found(dev),
            Missing::CannotFindExit => CliError::usage(format!("Cannot find device \"{dev}\"")),
            Missing::DoesNotExist => invalid("Device does not exist", dev),
        }
    }
}

/// Attributes in the order the options gave them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Data(pub Vec<(u16, Value)>);

impl Data {
    /// Appends `value` as attribute `id`.
    pub fn push(&mut self, id: u16, value: Value) {
        self.0.push((id, value));
    }

    /// The same attributes with every device name replaced by its index.
    pub fn resolve(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<Data> {
        let mut out = Data::default();
        for (id, value) in &self.0 {
            let value = match value {
                Value::Dev(name, missing) => Value::U32(ifindex(name).map_err(|e| match e {
                    CliError::Rejected(_) => missing.error(name),
                    e => e,
                })?),
                Value::Nest(inner) => Value::Nest(inner.resolve(ifindex)?),
                v => v.clone(),
            };
            out.push(*id, value);
        }
        Ok(out)
    }

    /// Looks up the devices ip looks up while it reads the command (`master`:
    /// [`Missing::DoesNotExist`]), so that a missing one is reported before
    /// the device being changed, as ip does.
    pub fn check_read_time(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<()> {
        for (_, value) in &self.0 {
            if let Value::Dev(name, missing @ Missing::DoesNotExist) = value {
                ifindex(name).map_err(|e| match e {
                    CliError::Rejected(_) => missing.error(name),
                    e => e,
                })?;
            }
        }
        Ok(())
    }

    /// Writes the attributes (device names must have been resolved).
    pub fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        for (id, value) in &self.0 {
            let id = *id;
            match value {
                Value::U8(v) => m.u8(id, *v)?,
                Value::U16(v) => m.u16(id, *v)?,
                Value::U32(v) => m.u32(id, *v)?,
                Value::U64(v) => m.u64(id, *v)?,
                Value::Be16(v) => m.be16(id, *v)?,
                Value::Ip(ip) => m.ip(id, *ip)?,
                Value::Bytes(b) => m.attr(id, b)?,
                Value::Flag => m.flag(id)?,
                Value::Nest(inner) => m.nest(id, |m| inner.emit(m))?,
                Value::Dev(..) => {
                    return Err(nlwire::Error::InvalidValue { what: "a device name was not resolved" })
                }
            }
        }
        Ok(())
    }
}

/// The words of ip that name an attribute of `space` differently:
/// `(ip's word, the attribute's name)`; any other word is the name itself.
pub type Aliases = &'static [(&'static str, &'static str)];

/// `word VALUE` as the attribute of `space` it names (through `aliases`),
/// its value read as the attribute's type asks (a number as ip's
/// `get_u32(.., 0)` reads it, a hardware address); `None` when `space`
/// has no such attribute of a type set by a number or an address.
pub fn option(
    space: &Space,
    aliases: Aliases,
    word: &str,
    words: &mut Words<'_>,
) -> Result<Option<(u16, Value)>> {
    let name = aliases.iter().find(|(w, _)| *w == word).map_or(word, |(_, n)| n);
    let Some(spec) = space.by_name(name) else { return Ok(None) };
    let settable = matches!(spec.ty, AttrType::U8 | AttrType::U16 | AttrType::U32 | AttrType::Hwaddr);
    if !settable {
        return Ok(None);
    }
    let value = words.value(word)?;
    Ok(Some((
        spec.id,
        match spec.ty {
            AttrType::U8 => Value::U8(c_number(word, value)?),
            AttrType::U16 => Value::U16(c_number(word, value)?),
            AttrType::U32 => Value::U32(c_number(word, value)?),
            _ => Value::Bytes(mac(value)?),
        },
    )))
}

/// ip's refusal of a word a kind does not take (exit 1, as ip).
pub fn unknown(kind: &str, word: &str) -> CliError {
    let noun = match kind {
        "bridge" | "bond" | "vlan" | "vxlan" | "macvlan" | "macvtap" => "command",
        _ => "option",
    };
    CliError::rejected(format!("{kind}: unknown {noun} \"{word}\"?"))
}

/// One of `names` by name or by its index (ip's `get_index`).
pub fn index_of(names: &[&str], what: &str, word: &str) -> Result<usize> {
    names
        .iter()
        .position(|n| *n == word)
        .or_else(|| word.parse::<usize>().ok().filter(|i| *i < names.len()))
        .ok_or_else(|| invalid(&format!("invalid {what}"), word))
}

/// A short string: a name, a number, an address (all fit 64 bytes).
pub type Short = heapless::String<64>;

/// `args` formatted as a [`Short`].
pub fn short(args: std::fmt::Arguments<'_>) -> Short {
    use std::fmt::Write as _;
    let mut s = Short::new();
    let _ = s.write_fmt(args);
    s
}
