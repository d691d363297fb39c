//! Generic netlink: `struct genlmsghdr`, requests to a family, and the
//! controller (`nlctrl`) that resolves family names to ids and multicast
//! group names to group ids.
//!
//! A generic netlink message's type is the id the kernel gave its family at
//! run time; the command in the header says what it is. Resolve the id once
//! with [`GetFamily`], read the answer with [`Family`]:
//!
//! ```
//! use nlwire::build::Builder;
//! use nlwire::genl::{GetFamily, GENL_ID_CTRL};
//! use nlwire::Messages;
//!
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! b.push(&GetFamily::new("ethtool"), 1)?;
//! let msg = Messages::new(b.as_bytes()).next().unwrap()?;
//! assert_eq!(msg.kind(), GENL_ID_CTRL);
//! assert_eq!(msg.get_in(nlwire::registry::Protocol::Generic(&nlwire::tables::nlctrl::FAMILY), "family_name")?,
//!            Some(nlwire::spec::Value::Str("ethtool")));
//! # Ok::<(), nlwire::Error>(())
//! ```

use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::{value_named, Attrs};
use crate::build::{Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::message::{Message, MsgFlags};
use crate::tables::nlctrl::{ctrl_attrs, mcast_group_attrs, CtrlAttrs};
use crate::wire::NeU16;

/// The message type of the controller family, `nlctrl` (`GENL_ID_CTRL`).
pub const GENL_ID_CTRL: u16 = 0x10;
/// `CTRL_CMD_NEWFAMILY`: the controller's answer about a family.
pub const CTRL_CMD_NEWFAMILY: u8 = 1;
/// `CTRL_CMD_GETFAMILY`: asks about one family (by name or id) or all.
pub use crate::tables::nlctrl::cmd::GETFAMILY as CTRL_CMD_GETFAMILY;
/// Longest family name the kernel accepts, without the NUL (`GENL_NAMSIZ` - 1).
pub const FAMILY_NAME_MAX: usize = 15;

/// `struct genlmsghdr`: the 4 bytes after the netlink header.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct GenlMsgHdr {
    /// The command.
    pub cmd: u8,
    /// The family's interface version.
    pub version: u8,
    /// Unused.
    pub reserved: NeU16,
}

/// Splits a generic netlink message into its header and attributes.
///
/// Any message type is accepted (family ids are dynamic): check
/// [`Message::kind`] against the id you resolved.
pub fn split<'a>(msg: &Message<'a>) -> Result<(&'a GenlMsgHdr, Attrs<'a>)> {
    let header = msg.family_header::<GenlMsgHdr>()?;
    Ok((header, msg.attrs_after(core::mem::size_of::<GenlMsgHdr>())))
}

/// The command and attributes of a generic netlink message whose command is
/// one of `cmds` (any command when `cmds` is empty); the attribute chain is
/// checked whole. `what` names the view in the error.
pub fn split_checked<'a>(msg: &Message<'a>, cmds: &[u8], what: &'static str) -> Result<(u8, Attrs<'a>)> {
    let (header, attrs) = split(msg)?;
    if !cmds.is_empty() && !cmds.contains(&header.cmd) {
        return Err(Error::WrongMessageType { expected: what, found: header.cmd.into() });
    }
    attrs.validate()?;
    Ok((header.cmd, attrs))
}

/// Declares the view of generic netlink messages: the struct over the
/// command and the generated view of the attributes (reached through
/// `Deref`), `parse` (which checks the command, see [`split_checked`], and
/// the message type when the family's id is fixed), `cmd()` and `attrs()`.
/// Family ids given at run time are the caller's to check.
macro_rules! genl_view {
    ($(#[$doc:meta])* $name:ident, $($view:ident)::+, $what:literal, $cmds:expr $(, id $id:expr)?) => {
        $(#[$doc])*
        ///
        /// Every attribute of the set has a typed read through `Deref` to the
        /// generated view; the methods here add meaning to some of them.
        #[derive(Clone, Debug)]
        pub struct $name<'a> {
            cmd: u8,
            attrs: $($view)::+<'a>,
        }

        impl<'a> $name<'a> {
            /// Checks the command and the attribute chain.
            pub fn parse(msg: &$crate::message::Message<'a>) -> $crate::error::Result<Self> {
                $(if msg.kind() != $id {
                    return Err($crate::error::Error::WrongMessageType { expected: $what, found: msg.kind() });
                })?
                let (cmd, attrs) = $crate::genl::split_checked(msg, $cmds, $what)?;
                Ok($name { cmd, attrs: $($view)::+(attrs) })
            }
            /// The command (`genlmsghdr.cmd`).
            pub fn cmd(&self) -> u8 {
                self.cmd
            }
            /// All attributes, in order.
            pub fn attrs(&self) -> $crate::attr::Attrs<'a> {
                self.attrs.0.clone()
            }
        }

        $crate::attr::deref_to_attrs!($name, $($view)::+);
    };
}
pub(crate) use genl_view;

/// Declares a dump command without attributes: a unit struct asking the
/// family for every object of a kind.
macro_rules! dump_command {
    ($(#[$doc:meta])* $name:ident, $cmd:expr, $version:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub struct $name;

        impl $crate::genl::Command for $name {
            const CMD: u8 = $cmd;
            const VERSION: u8 = $version;
            const DUMP: bool = true;
        }
    };
}
pub(crate) use dump_command;

/// Writes a generic netlink header; a family's requests start with it.
pub fn write_header(m: &mut MessageWriter<'_>, cmd: u8, version: u8) -> Result<()> {
    m.family_header(&GenlMsgHdr { cmd, version, reserved: NeU16::new(0) })
}

/// A command of a generic netlink family: the typed form of one request,
/// without the family id, which the kernel assigns at run time. Address it
/// with [`To`] once the id is resolved.
pub trait Command {
    /// `genlmsghdr.cmd`.
    const CMD: u8;
    /// `genlmsghdr.version`: the family's interface version this was written for.
    const VERSION: u8;
    /// A dump: every object answers, and `NLMSG_DONE` ends the answer.
    const DUMP: bool = false;
    /// `nlmsg_flags` (NLM_F_REQUEST included): `REQUEST | DUMP` for a
    /// [`DUMP`](Self::DUMP), else `REQUEST | ACK`, unless overridden.
    fn flags(&self) -> MsgFlags {
        if Self::DUMP {
            MsgFlags::REQUEST | MsgFlags::DUMP
        } else {
            MsgFlags::REQUEST | MsgFlags::ACK
        }
    }
    /// Writes the attributes after the headers (twice, the same both times);
    /// none unless overridden.
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let _ = m;
        Ok(())
    }
}

/// A [`Command`] addressed to a family by its id: a [`Request`] for the
/// builder.
///
/// ```
/// use nlwire::build::{Builder, MessageWriter};
/// use nlwire::genl::{Command, To};
/// use nlwire::MsgFlags;
///
/// struct GetDevice; // a dump of every device of some family
/// impl Command for GetDevice {
///     const CMD: u8 = 1;
///     const VERSION: u8 = 1;
///     const DUMP: bool = true;
/// }
/// let mut buf = [0u8; 32];
/// let mut b = Builder::new(&mut buf);
/// b.push(&To { family: 0x1c, command: &GetDevice }, 1)?;
/// assert_eq!(b.len(), 20); // netlink header and genlmsghdr
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct To<'c, C> {
    /// The family's id (its message type).
    pub family: u16,
    /// The command.
    pub command: &'c C,
}

impl<C: Command> Request for To<'_, C> {
    fn header(&self, seq: u32) -> Header {
        Header::new(self.family, self.command.flags(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        write_header(m, C::CMD, C::VERSION)?;
        self.command.emit_attrs(m)
    }
}

/// `CTRL_CMD_GETFAMILY` for one family, by name.
#[derive(Debug, Clone, Copy)]
pub struct GetFamily<'n> {
    name: &'n str,
}

impl<'n> GetFamily<'n> {
    /// Asks for the family named `name`, such as `"ethtool"`.
    pub const fn new(name: &'n str) -> Self {
        GetFamily { name }
    }
}

impl Request for GetFamily<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::acked(GENL_ID_CTRL, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.name.is_empty() || self.name.len() > FAMILY_NAME_MAX || self.name.contains('\0') {
            return Err(Error::InvalidValue { what: "generic netlink family name (1 to 15 bytes, no NUL)" });
        }
        write_header(m, CTRL_CMD_GETFAMILY, 1)?;
        m.str(ctrl_attrs::FAMILY_NAME, self.name)
    }
}

/// `CTRL_CMD_GETFAMILY` as a dump: every family the kernel has.
#[derive(Debug, Clone, Copy, Default)]
pub struct DumpFamilies;

impl Request for DumpFamilies {
    fn header(&self, seq: u32) -> Header {
        Header::dump(GENL_ID_CTRL, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        write_header(m, CTRL_CMD_GETFAMILY, 1)
    }
}

genl_view! {
    /// The controller's answer about a family (`CTRL_CMD_NEWFAMILY`).
    Family, CtrlAttrs, "nlctrl family", &[CTRL_CMD_NEWFAMILY], id GENL_ID_CTRL
}

impl<'a> Family<'a> {
    /// `CTRL_ATTR_FAMILY_ID`: the message type of the family's messages.
    pub fn id(&self) -> Result<u16> {
        self.family_id()?.ok_or(Error::MissingAttr { kind: ctrl_attrs::FAMILY_ID })
    }
    /// `CTRL_ATTR_FAMILY_NAME`.
    pub fn name(&self) -> Result<&'a str> {
        self.family_name()?.ok_or(Error::MissingAttr { kind: ctrl_attrs::FAMILY_NAME })
    }
    /// `CTRL_ATTR_MCAST_GROUPS`: the multicast groups, as (name, id), each
    /// with both.
    pub fn groups(&self) -> impl Iterator<Item = Result<(&'a str, u32)>> + 'a {
        self.mcast_groups().map(|group| {
            let group = group?;
            let name = group.name()?.ok_or(Error::MissingAttr { kind: mcast_group_attrs::NAME })?;
            Ok((name, group.id()?.ok_or(Error::MissingAttr { kind: mcast_group_attrs::ID })?))
        })
    }
    /// The id of the multicast group named `name`.
    pub fn group(&self, name: &str) -> Result<Option<u32>> {
        value_named(self.groups(), name)
    }
}

/// Generic netlink messages written byte by byte for the families' tests.
#[cfg(test)]
pub(crate) mod test_bytes {
    extern crate std;
    use std::vec::Vec;

    /// A netlink header and `genlmsghdr` (version 1), as linux/netlink.h
    /// and linux/genetlink.h lay them out, then `body`.
    pub(crate) fn message(kind: u16, flags: u16, seq: u32, cmd: u8, body: &[u8]) -> Vec<u8> {
        let mut payload = Vec::from([cmd, 1, 0, 0]);
        payload.extend_from_slice(body);
        crate::test_prelude::nlmsg(kind, flags, seq, &payload)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use crate::test_prelude::*;

    /// A controller answer as the kernel lays it out: ethtool, id 21, one op, one group.
    fn family_reply() -> std::vec::Vec<u8> {
        let mut op = std::vec::Vec::new();
        put_attr(&mut op, 1, &1u32.to_ne_bytes());
        put_attr(&mut op, 2, &0x0eu32.to_ne_bytes());
        let mut ops = std::vec::Vec::new();
        put_attr(&mut ops, 1 | 0x8000, &op);
        let mut group = std::vec::Vec::new();
        put_attr(&mut group, 2, &5u32.to_ne_bytes());
        put_attr(&mut group, 1, b"monitor\0");
        let mut groups = std::vec::Vec::new();
        put_attr(&mut groups, 1 | 0x8000, &group);
        let mut body = std::vec![CTRL_CMD_NEWFAMILY, 2, 0, 0];
        put_attr(&mut body, 2, b"ethtool\0");
        put_attr(&mut body, 1, &21u16.to_ne_bytes());
        put_attr(&mut body, 3, &1u32.to_ne_bytes());
        put_attr(&mut body, 6 | 0x8000, &ops);
        put_attr(&mut body, 7 | 0x8000, &groups);
        let mut msg = std::vec::Vec::new();
        msg.extend_from_slice(&((16 + body.len()) as u32).to_ne_bytes());
        msg.extend_from_slice(&GENL_ID_CTRL.to_ne_bytes());
        msg.extend_from_slice(&[0; 10]);
        msg.extend_from_slice(&body);
        msg
    }

    #[test]
    fn reads_a_family_answer() {
        let bytes = family_reply();
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let f = Family::parse(&msg).unwrap();
        assert_eq!((f.id().unwrap(), f.name().unwrap(), f.version().unwrap()), (21, "ethtool", Some(1)));
        let ops: std::vec::Vec<_> =
            f.ops().map(|op| op.and_then(|op| Ok((op.id()?, op.flags()?)))).collect::<Result<_>>().unwrap();
        assert_eq!(ops, [(Some(1), Some(crate::tables::nlctrl::OpFlags::from_bits_retain(0x0e)))]);
        assert_eq!(f.group("monitor").unwrap(), Some(5));
        assert_eq!(f.group("nope").unwrap(), None);
        assert_eq!(f.hdrsize().unwrap(), None);
    }

    #[test]
    fn get_family_request_is_byte_exact() {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        b.push(&GetFamily::new("ethtool"), 7).unwrap();
        // nlmsghdr (len 32, GENL_ID_CTRL, REQUEST|ACK, seq 7, pid 0), genlmsghdr
        // (cmd 3, version 1), CTRL_ATTR_FAMILY_NAME "ethtool\0".
        let mut want = std::vec::Vec::new();
        want.extend_from_slice(&32u32.to_ne_bytes());
        want.extend_from_slice(&0x10u16.to_ne_bytes());
        want.extend_from_slice(&5u16.to_ne_bytes());
        want.extend_from_slice(&7u32.to_ne_bytes());
        want.extend_from_slice(&0u32.to_ne_bytes());
        want.extend_from_slice(&[3, 1, 0, 0]);
        want.extend_from_slice(&12u16.to_ne_bytes());
        want.extend_from_slice(&2u16.to_ne_bytes());
        want.extend_from_slice(b"ethtool\0");
        assert_eq!(b.as_bytes(), &want[..]);
    }

    #[test]
    fn bad_names_are_refused_before_writing() {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        for name in ["", "a_name_over_15_bytes", "nul\0"] {
            assert!(matches!(b.push(&GetFamily::new(name), 1), Err(Error::InvalidValue { .. })), "{name:?}");
        }
        assert!(b.is_empty());
    }

    #[test]
    fn other_messages_are_not_families() {
        let mut bytes = family_reply();
        bytes[4] = 0x11; // another family's id
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        assert!(matches!(Family::parse(&msg), Err(Error::WrongMessageType { .. })));
        let mut bytes = family_reply();
        bytes[16] = CTRL_CMD_GETFAMILY; // a request, not an answer
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        assert!(matches!(Family::parse(&msg), Err(Error::WrongMessageType { .. })));
    }
}
