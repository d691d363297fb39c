//! Which spec decodes a message: the registry of message types per
//! protocol, and pyroute2's name access on a [`Message`].
//!
//! ```
//! use nlwire::addr::{Add, AddrEntry};
//! use nlwire::{build::Builder, registry::Protocol, Messages};
//! let mut buf = [0u8; 128];
//! let mut b = Builder::new(&mut buf);
//! b.push(&Add(AddrEntry::new(1, "127.0.0.1".parse().unwrap(), 8).with_label("lo")), 1)?;
//! let lo = Messages::new(b.as_bytes()).next().unwrap()?;
//! assert_eq!(Protocol::Route.message_type(lo.kind()).map(|t| t.name), Some("RTM_NEWADDR"));
//! assert_eq!(lo.get("IFA_LABEL")?, lo.get("label")?);
//! # Ok::<(), nlwire::Error>(())
//! ```

use crate::attr::Attrs;
use crate::error::{Error, Result};
use crate::message::Message;
use crate::spec::{decode, field_value, value_path, GenlFamily, MessageSpec, MessageType, Node, Value};

/// The netlink protocol a message travels on: it decides which tables name
/// the message's type and attributes.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Protocol {
    /// `NETLINK_ROUTE` (rtnetlink): the message type says what it is.
    Route,
    /// `NETLINK_GENERIC`, a message of this family (whose id the kernel gave
    /// at run time): the command in `struct genlmsghdr` says what it is.
    Generic(&'static GenlFamily),
    /// `NETLINK_XFRM` (IPsec): the message type says what it is.
    Xfrm,
}

impl Protocol {
    /// The message types, sorted by number (empty for generic netlink).
    pub fn message_types(self) -> &'static [MessageType] {
        match self {
            Protocol::Route => crate::tables::ROUTE,
            Protocol::Generic(_) => &[],
            Protocol::Xfrm => crate::xfrm::spec::MESSAGE_TYPES,
        }
    }

    /// The message type `kind` (rtnetlink's or xfrm's).
    #[inline]
    pub fn message_type(self, kind: u16) -> Option<&'static MessageType> {
        let types = self.message_types();
        let slot = match self {
            Protocol::Route => crate::tables::ROUTE_BY_KIND.get(usize::from(kind))?,
            Protocol::Generic(_) => return None,
            Protocol::Xfrm => {
                return types.binary_search_by_key(&kind, |t| t.kind).ok().and_then(|i| types.get(i))
            }
        };
        types.get(usize::from(*slot).checked_sub(1)?)
    }

    /// The spec of `msg`, if this protocol's tables know it.
    #[inline]
    pub fn message_spec(self, msg: &Message<'_>) -> Option<&'static MessageSpec> {
        match self {
            Protocol::Route | Protocol::Xfrm => self.message_type(msg.kind()).map(|t| t.spec),
            Protocol::Generic(family) => family.command_of(msg).map(|c| c.spec),
        }
    }
}

/// The generic netlink family named `name` (as the kernel's nlctrl names it),
/// if the core has its tables.
///
/// ```
/// let ethtool = nlwire::registry::generic_family("ethtool").unwrap();
/// assert!(ethtool.groups.contains(&"monitor"));
/// ```
pub fn generic_family(name: &str) -> Option<&'static GenlFamily> {
    generic_families().find(|f| f.name == name)
}

/// The generic netlink families whose tables are written by hand (they
/// have no YAML spec in the kernel).
static HAND_WRITTEN: [&GenlFamily; 2] = [&crate::seg6::FAMILY, &crate::ioam6::FAMILY];

/// Every generic netlink family the core has tables for: the generated
/// ones, then those written by hand (`SEG6`, `IOAM6`).
pub fn generic_families() -> impl Iterator<Item = &'static GenlFamily> {
    crate::tables::GENERIC.iter().chain(HAND_WRITTEN.iter()).copied()
}

/// The message specs of every rtnetlink family the core knows, each once.
pub fn message_specs() -> impl Iterator<Item = &'static MessageSpec> {
    let types = Protocol::Route.message_types();
    types
        .iter()
        .enumerate()
        .filter(move |(i, t)| !types.iter().take(*i).any(|e| core::ptr::eq(e.spec, t.spec)))
        .map(|(_, t)| t.spec)
}

/// The spec of an rtnetlink message type, if the core knows its family.
pub fn message_spec(kind: u16) -> Option<&'static MessageSpec> {
    Protocol::Route.message_type(kind).map(|t| t.spec)
}

impl<'a> Message<'a> {
    /// The message's header bytes and top-level attributes with their spec,
    /// read as an rtnetlink message.
    ///
    /// Returns `None` for message types the core has no spec for.
    pub fn node(&self) -> Result<Option<(&'a [u8], Node<'a>)>> {
        self.node_in(Protocol::Route)
    }

    /// The message's header bytes and top-level attributes, read as a
    /// message of `protocol`.
    #[inline]
    pub fn node_in(&self, protocol: Protocol) -> Result<Option<(&'a [u8], Node<'a>)>> {
        let Some(spec) = protocol.message_spec(self) else {
            return Ok(None);
        };
        let payload = self.payload();
        let header = payload.get(..spec.header.size).ok_or(Error::Truncated {
            offset: self.offset() + crate::message::NLMSG_HDRLEN,
            needed: spec.header.size,
            available: payload.len(),
        })?;
        // Every rtnetlink family header starts with the address family byte.
        let family = match protocol {
            Protocol::Route => header.first().copied().unwrap_or(0),
            // xfrm's headers have no family byte first.
            Protocol::Generic(_) | Protocol::Xfrm => 0,
        };
        let attrs = self.attrs_after(spec.header.size);
        Ok(Some((header, Node { attrs, space: spec.space, family, outer: Attrs::new(&[]) })))
    }

    /// pyroute2's `msg.get(name)`: an attribute by kernel, short or dashed
    /// name, or else a field of the family header (`"index"`, `"family"`).
    pub fn get(&self, name: &str) -> Result<Option<Value<'a>>> {
        self.get_in(Protocol::Route, name)
    }

    /// [`Message::get`] for a message of `protocol`, such as a generic
    /// netlink family's: an attribute by name, or else a header field.
    #[inline]
    pub fn get_in(&self, protocol: Protocol, name: &str) -> Result<Option<Value<'a>>> {
        let (header, node) = self.node_in(protocol)?.ok_or(Error::UnknownName)?;
        match node.get(name) {
            Err(Error::UnknownName) => {}
            other => return other,
        }
        let spec = protocol.message_spec(self).ok_or(Error::UnknownName)?;
        let field = spec.header.field(name).ok_or(Error::UnknownName)?;
        field_value(header, field)
    }

    /// pyroute2's `msg.get_attrs(name)`: every top-level attribute named
    /// `name`, decoded, in order (duplicates kept).
    pub fn get_all(&self, name: &str) -> Result<impl Iterator<Item = Result<Value<'a>>> + 'a> {
        let (_, node) = self.node()?.ok_or(Error::UnknownName)?;
        let spec = node.space.by_name(name).ok_or(Error::UnknownName)?;
        let ty = node.attr_type(spec)?;
        let (family, outer) = (node.family, node.attrs.clone());
        Ok(node.attrs.find_all(spec.id).map(move |a| a.and_then(|a| decode(&a, ty, family, outer.clone()))))
    }

    /// pyroute2's `msg.get_nested(...)`: follows a path of names through
    /// nested attributes and struct fields.
    pub fn get_path(&self, path: &[&str]) -> Result<Option<Value<'a>>> {
        self.get_path_in(Protocol::Route, path)
    }

    /// [`Message::get_path`] for a message of `protocol`.
    pub fn get_path_in(&self, protocol: Protocol, path: &[&str]) -> Result<Option<Value<'a>>> {
        let Some((first, rest)) = path.split_first() else {
            return Err(Error::UnknownName);
        };
        match self.get_in(protocol, first)? {
            Some(v) => value_path(v, rest),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::{Builder, Header};
    use crate::message::{msg_type, MsgFlags};
    use crate::tables::{nlctrl, rt_link};
    use crate::Messages;

    /// RTM_NEWLINK (if_link.h): ifinfomsg with index 7 and family 0, then
    /// IFLA_IFNAME (3) twice, IFLA_LINKINFO (18) holding IFLA_INFO_KIND (1)
    /// "vxlan" and IFLA_INFO_DATA (2) holding IFLA_VXLAN_ID (1) 42.
    fn link(buf: &mut [u8]) -> &[u8] {
        let mut ifinfomsg = [0u8; 16];
        ifinfomsg[4..8].copy_from_slice(&7i32.to_ne_bytes());
        let mut b = Builder::new(buf);
        b.message(Header::new(msg_type::RTM_NEWLINK, MsgFlags::empty(), 1), |m| {
            m.family_header(&ifinfomsg)?;
            m.str(3, "vx0")?;
            m.str(3, "vx1")?;
            m.nest(18, |m| {
                m.str(1, "vxlan")?;
                m.nest(2, |m| m.u32(1, 42))
            })
        })
        .unwrap();
        let len = b.len();
        &buf[..len]
    }

    #[test]
    fn route_message_types_and_their_specs() {
        let link = Protocol::Route.message_type(msg_type::RTM_NEWLINK).unwrap();
        assert_eq!((link.kind, link.name), (16, "RTM_NEWLINK"));
        assert!(core::ptr::eq(link.spec, &rt_link::LINK_ATTRS_MESSAGE));
        assert!(core::ptr::eq(message_spec(msg_type::RTM_GETLINK).unwrap(), &rt_link::LINK_ATTRS_MESSAGE));
        assert!(message_spec(msg_type::DONE).is_none() && message_spec(u16::MAX).is_none());
        assert!(Protocol::Generic(&nlctrl::FAMILY).message_type(msg_type::RTM_NEWLINK).is_none());
        // Each spec once; the link spec among them.
        let specs: heapless::Vec<&MessageSpec, 64> = message_specs().collect();
        assert!(specs.len() > 5);
        assert!(specs.iter().any(|s| core::ptr::eq(*s, &rt_link::LINK_ATTRS_MESSAGE)));
        for (i, s) in specs.iter().enumerate() {
            assert!(!specs[..i].iter().any(|e| core::ptr::eq(*e, *s)), "{} twice", s.family);
        }
    }

    #[test]
    fn generic_families_are_found_by_the_kernels_name() {
        assert!(core::ptr::eq(generic_family("nlctrl").unwrap(), &nlctrl::FAMILY));
        assert_eq!(generic_family("ethtool").map(|f| f.name), Some("ethtool"));
        assert!(generic_family("nlctr").is_none());
        assert!(core::ptr::eq(generic_family("SEG6").unwrap(), &crate::seg6::FAMILY));
        assert!(core::ptr::eq(generic_family("IOAM6").unwrap(), &crate::ioam6::FAMILY));
        assert_eq!(generic_families().count(), crate::tables::GENERIC.len() + 2);
    }

    #[test]
    fn names_read_attributes_header_fields_and_paths() {
        let mut buf = [0u8; 128];
        let msg = Messages::new(link(&mut buf)).next().unwrap().unwrap();
        assert_eq!(msg.get("ifname"), Ok(Some(Value::Str("vx0"))));
        assert_eq!(msg.get("IFLA_MTU"), Ok(None));
        assert_eq!(msg.get("index"), Ok(Some(Value::S32(7))));
        assert_eq!(msg.get("no_such_name"), Err(Error::UnknownName));
        let names: heapless::Vec<Value, 4> = msg.get_all("ifname").unwrap().map(Result::unwrap).collect();
        assert_eq!(&names[..], &[Value::Str("vx0"), Value::Str("vx1")]);
        assert!(msg.get_all("nope").is_err());
        // IFLA_INFO_DATA's type is chosen by IFLA_INFO_KIND.
        assert_eq!(msg.get_path(&["linkinfo", "data", "id"]), Ok(Some(Value::U32(42))));
        assert_eq!(msg.get_path(&["linkinfo", "slave_kind"]), Ok(None));
        assert_eq!(msg.get_path(&[]), Err(Error::UnknownName));
        let (header, node) = msg.node().unwrap().unwrap();
        assert_eq!(header, &msg.payload()[..16]);
        assert_eq!(node.get_all("ifname").unwrap().count(), 2);
        assert!(core::ptr::eq(node.space, &rt_link::LINK_ATTRS));
    }

    #[test]
    fn a_short_family_header_is_truncated_and_unknown_types_have_no_spec() {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        b.message(Header::new(msg_type::RTM_NEWLINK, MsgFlags::empty(), 1), |m| m.raw(&[0; 4])).unwrap();
        b.message(Header::new(0x7fff, MsgFlags::empty(), 1), |m| m.raw(&[0; 16])).unwrap();
        let mut it = Messages::new(b.as_bytes());
        let short = it.next().unwrap().unwrap();
        let err = Error::Truncated { offset: 16, needed: 16, available: 4 };
        assert_eq!(short.node().unwrap_err(), err);
        assert_eq!(short.get("ifname"), Err(err));
        let unknown = it.next().unwrap().unwrap();
        assert!(unknown.node().unwrap().is_none());
        assert_eq!(unknown.get("ifname"), Err(Error::UnknownName));
    }

    /// CTRL_CMD_NEWFAMILY (genetlink.h: 1) from the kernel, version 2:
    /// CTRL_ATTR_FAMILY_ID (1) 16, CTRL_ATTR_FAMILY_NAME (2) "nlctrl".
    #[test]
    fn generic_messages_read_by_their_familys_command() {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        b.message(Header::new(0x10, MsgFlags::empty(), 1), |m| {
            m.family_header(&[1u8, 2, 0, 0])?;
            m.u16(1, 16)?;
            m.str(2, "nlctrl")
        })
        .unwrap();
        let msg = Messages::new(b.as_bytes()).next().unwrap().unwrap();
        let ctrl = Protocol::Generic(&nlctrl::FAMILY);
        assert_eq!(msg.get_in(ctrl, "family_name"), Ok(Some(Value::Str("nlctrl"))));
        assert_eq!(msg.get_in(ctrl, "cmd"), Ok(Some(Value::U8(1))));
        assert_eq!(msg.get_path_in(ctrl, &["family_id"]), Ok(Some(Value::U16(16))));
        let (_, node) = msg.node_in(ctrl).unwrap().unwrap();
        assert_eq!(node.family, 0);
        assert!(core::ptr::eq(ctrl.message_spec(&msg).unwrap(), &nlctrl::CTRL_ATTRS_MESSAGE));
        // As an rtnetlink message type 0x10 (RTM_NEWLINK) it would be a link.
        assert!(core::ptr::eq(Protocol::Route.message_spec(&msg).unwrap(), &rt_link::LINK_ATTRS_MESSAGE));
    }
}
