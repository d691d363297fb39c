//! What a kind's options become: the attributes of `IFLA_INFO_DATA` (or
//! `IFLA_INFO_SLAVE_DATA`), kept as values until device names are resolved.
//!
//! ```text
//! type vlan id 5 protocol 802.1ad   ->   [(IFLA_VLAN_ID, U16(5)), (IFLA_VLAN_PROTOCOL, Be16(0x88a8))]
//! ```
//!
//! The values are nlwire-std's [`KindData`]; what is ip's own here is how
//! it reads words and how it refuses a device it cannot find.

use nlwire::link::ifla;
use nlwire::spec::{AttrType, Space};
use nlwire::tables::rt_link::{linkinfo_brport_attrs as brport, linkinfo_vxlan_attrs as vxlan, LINK_ATTRS};
use nlwire::tables::rt_link::{LINKINFO_BRPORT_ATTRS, LINKINFO_VXLAN_ATTRS};
use nlwire_std::{DevOption, KindData, KindValue as Value};

use crate::args::{c_number, invalid, mac, not_found, Words};
use crate::{CliError, Failure, Result};

/// How ip refuses a device it cannot find, which differs by option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Missing {
    /// `Cannot find device "D"`, exit 1 (`link D`, a bond's `primary D`).
    CannotFind,
    /// The same, exit 255 (a vxlan's `dev D`).
    CannotFindExit,
    /// `Error: argument "D" is wrong: Device does not exist`, exit 255
    /// (`master D`, a bridge port's `backup_port D`).
    DoesNotExist,
}

impl Missing {
    /// How ip refuses the device of option `dev`.
    fn of(dev: &DevOption<'_>) -> Missing {
        let is = |space: &Space, id: u16| std::ptr::eq(dev.space, space) && dev.id == id;
        if is(&LINK_ATTRS, ifla::MASTER) || is(&LINKINFO_BRPORT_ATTRS, brport::BACKUP_PORT) {
            Missing::DoesNotExist
        } else if is(&LINKINFO_VXLAN_ATTRS, vxlan::LINK) {
            Missing::CannotFindExit
        } else {
            Missing::CannotFind
        }
    }

    /// ip's refusal of `dev`.
    fn error(self, dev: &str) -> CliError {
        match self {
            Missing::CannotFind => not_found(dev),
            Missing::CannotFindExit => CliError::usage(format!("Cannot find device \"{dev}\"")),
            Missing::DoesNotExist => invalid("Device does not exist", dev),
        }
    }
}

/// `data` with every device name replaced by its index; a device
/// `ifindex` does not find is refused as ip refuses it for that option.
pub fn resolve(data: &KindData, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<KindData> {
    data.resolve(&mut |dev| look_up(ifindex, &dev))
}

/// Looks up the devices ip looks up while it reads the command (`master`:
/// [`Missing::DoesNotExist`]), so that a missing one is reported before
/// the device being changed, as ip does.
pub fn check_read_time(data: &KindData, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<()> {
    for (id, value) in data.attrs() {
        let Value::Dev(name) = value else { continue };
        let dev = DevOption { space: data.space(), id: *id, name };
        if Missing::of(&dev) == Missing::DoesNotExist {
            look_up(ifindex, &dev)?;
        }
    }
    Ok(())
}

/// The index of `dev`, or ip's refusal of it.
fn look_up(ifindex: &mut dyn FnMut(&str) -> Result<u32>, dev: &DevOption<'_>) -> Result<u32> {
    ifindex(dev.name).map_err(|e| match e.failure() {
        Failure::Rejected(_) => Missing::of(dev).error(dev.name),
        _ => e,
    })
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
    let value = words.value()?;
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
