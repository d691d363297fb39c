//! IPv6 address labels (`ip addrlabel`, the RFC 6724 policy table):
//! `struct ifaddrlblmsg` and `IFAL_*` of linux/if_addrlabel.h, the
//! [`AddrLabel`] view and the typed requests. The kernel has no YAML spec
//! for them: their layout and numbers are written here, once.
//!
//! ```
//! use nlwire::addrlabel::{Add, AddrLabel, LabelEntry};
//! use nlwire::build::Builder;
//! use nlwire::Messages;
//! // ip addrlabel add prefix 2001:db8::/32 label 100
//! let entry = LabelEntry { prefix: "2001:db8::".parse().unwrap(), prefixlen: 32, ifindex: 0, label: 100 };
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! b.push(&Add(entry), 1)?;
//! let l = AddrLabel::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
//! assert_eq!((l.address()?, l.prefixlen(), l.label()?), (Some(entry.prefix.into()), 32, Some(100)));
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::{IpAddr, Ipv6Addr};

use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::Attrs;
use crate::build::{entry_requests, Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::message::{msg_type, split, Message, MsgFlags};
use crate::rtnl::af;
use crate::wire::NeU32;

/// `struct ifaddrlblmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IfAddrLblMsg {
    /// Address family: `AF_INET6`.
    pub ifal_family: u8,
    /// `__ifal_reserved`.
    pub ifal_reserved: u8,
    /// Prefix length.
    pub ifal_prefixlen: u8,
    /// Flags (none defined).
    pub ifal_flags: u8,
    /// The link the label is for; 0 for any.
    pub ifal_index: NeU32,
    /// The table's sequence number (in dumps).
    pub ifal_seq: NeU32,
}

/// `IFAL_*` attributes.
pub mod ifal {
    /// `IFAL_ADDRESS`: the prefix's address (`struct in6_addr`).
    pub const ADDRESS: u16 = 1;
    /// `IFAL_LABEL`: the label (`u32`).
    pub const LABEL: u16 = 2;
}

/// `IPV6_ADDR_LABEL_DEFAULT`: no label; the kernel refuses it as one.
pub const LABEL_DEFAULT: u32 = 0xffff_ffff;

/// A view of an `RTM_NEWADDRLABEL`/`RTM_DELADDRLABEL` message.
#[derive(Clone, Debug)]
pub struct AddrLabel<'a> {
    header: &'a IfAddrLblMsg,
    attrs: Attrs<'a>,
}

impl<'a> AddrLabel<'a> {
    /// Checks the message type and header size.
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        let kinds = [msg_type::RTM_NEWADDRLABEL, msg_type::RTM_DELADDRLABEL, msg_type::RTM_GETADDRLABEL];
        let (header, attrs) = split(msg, &kinds, "address label")?;
        Ok(AddrLabel { header, attrs })
    }
    /// The family header.
    pub fn header(&self) -> &'a IfAddrLblMsg {
        self.header
    }
    /// Address family (`ifal_family`).
    pub fn family(&self) -> u8 {
        self.header.ifal_family
    }
    /// Prefix length.
    pub fn prefixlen(&self) -> u8 {
        self.header.ifal_prefixlen
    }
    /// The link the label is for; 0 for any.
    pub fn ifindex(&self) -> u32 {
        self.header.ifal_index.get()
    }
    /// `IFAL_ADDRESS`.
    pub fn address(&self) -> Result<Option<IpAddr>> {
        self.attrs.find(ifal::ADDRESS)?.map(|a| a.ip()).transpose()
    }
    /// `IFAL_LABEL`.
    pub fn label(&self) -> Result<Option<u32>> {
        self.attrs.find(ifal::LABEL)?.map(|a| a.u32()).transpose()
    }
}

/// `ip addrlabel list`: the dump of family `family` (`AF_INET6`; the
/// kernel has no other).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dump {
    /// `ifal_family`.
    pub family: u8,
}

impl Default for Dump {
    fn default() -> Self {
        Dump { family: af::INET6 }
    }
}

impl Request for Dump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETADDRLABEL, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&IfAddrLblMsg { ifal_family: self.family, ..IfAddrLblMsg::default() })
    }
}

/// One label: `prefix PREFIX/LEN [dev DEV] label N`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LabelEntry {
    /// The prefix's address.
    pub prefix: Ipv6Addr,
    /// Its length, 0 to 128.
    pub prefixlen: u8,
    /// The link; 0 for any.
    pub ifindex: u32,
    /// The label: anything but [`LABEL_DEFAULT`].
    pub label: u32,
}

impl LabelEntry {
    /// Its message, as iproute2 writes it: the label, then the address.
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.prefixlen > 128 {
            return Err(Error::invalid("IPv6 prefix length above 128"));
        }
        if self.label == LABEL_DEFAULT {
            return Err(Error::invalid("label 0xffffffff is the kernel's default, not a label"));
        }
        m.family_header(&IfAddrLblMsg {
            ifal_family: af::INET6,
            ifal_prefixlen: self.prefixlen,
            ifal_index: self.ifindex.into(),
            ..IfAddrLblMsg::default()
        })?;
        m.u32(ifal::LABEL, self.label)?;
        m.ip(ifal::ADDRESS, IpAddr::V6(self.prefix))
    }
}

entry_requests! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)] LabelEntry:
    /// `ip addrlabel add`: `RTM_NEWADDRLABEL` with `NLM_F_CREATE | NLM_F_EXCL`.
    Add(msg_type::RTM_NEWADDRLABEL, MsgFlags::CREATE | MsgFlags::EXCL) => |entry, m| entry.emit(m);
    /// `ip addrlabel del`: `RTM_DELADDRLABEL` (the kernel matches prefix and link).
    Del(msg_type::RTM_DELADDRLABEL, MsgFlags::empty()) => |entry, m| entry.emit(m);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_prelude::*;

    /// `struct ifaddrlblmsg`'s 12 bytes (linux-raw-sys has no binding of
    /// it), and the formatter's names of the types written by hand.
    #[test]
    fn the_header_and_the_names_are_the_kernels() {
        assert_eq!(core::mem::size_of::<IfAddrLblMsg>(), 12);
        let name = crate::fmt::message_type_name;
        assert_eq!(name(sys::RTM_GETADDRLABEL as u16), Some("RTM_GETADDRLABEL"));
        assert_eq!(name(sys::RTM_DELLINKPROP as u16), Some("RTM_DELLINKPROP"));
    }

    /// `ip addrlabel add prefix 2001:db8::/32 dev <ifindex 3> label 100`
    /// as ip 6.1 sends it, by hand from linux/if_addrlabel.h: `struct
    /// ifaddrlblmsg { u8 family, reserved, prefixlen, flags; u32 index,
    /// seq; }`, then `IFAL_LABEL` (2), then `IFAL_ADDRESS` (1).
    #[test]
    fn add_and_del_are_byte_exact() {
        let prefix: Ipv6Addr = "2001:db8::".parse().unwrap();
        let entry = LabelEntry { prefix, prefixlen: 32, ifindex: 3, label: 100 };
        for (request, kind, flags) in [(&Add(entry) as &dyn Request, 72u16, 0x605u16), (&Del(entry), 73, 0x5)]
        {
            let (buf, len) = emitted(request, 7);
            let mut body = vec![10, 0, 32, 0];
            body.extend_from_slice(&3u32.to_ne_bytes());
            body.extend_from_slice(&0u32.to_ne_bytes());
            put_attr(&mut body, 2, &100u32.to_ne_bytes());
            put_attr(&mut body, 1, &prefix.octets());
            assert_eq!(&buf[..len], &nlmsg(kind, flags, 7, &body)[..]);
        }
    }

    /// `ip addrlabel list`: `RTM_GETADDRLABEL`, `NLM_F_REQUEST | NLM_F_DUMP`,
    /// an `ifaddrlblmsg` of family `AF_INET6` and nothing else.
    #[test]
    fn the_dump_is_byte_exact() {
        let (buf, len) = emitted(&Dump::default(), 4);
        let mut body = vec![10, 0, 0, 0];
        body.extend_from_slice(&[0; 8]);
        assert_eq!(&buf[..len], &nlmsg(74, 0x301, 4, &body)[..]);
    }

    /// A dumped entry, written by hand as the kernel writes it, read back.
    #[test]
    fn a_dumped_label_is_read() {
        let mut body = vec![10, 0, 48, 0];
        body.extend_from_slice(&5u32.to_ne_bytes());
        body.extend_from_slice(&9u32.to_ne_bytes());
        let prefix: Ipv6Addr = "2001:db8:1::".parse().unwrap();
        put_attr(&mut body, 1, &prefix.octets());
        put_attr(&mut body, 2, &200u32.to_ne_bytes());
        let bytes = nlmsg(72, 0x2, 1, &body);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let l = AddrLabel::parse(&msg).unwrap();
        assert_eq!((l.family(), l.prefixlen(), l.ifindex()), (10, 48, 5));
        assert_eq!((l.address().unwrap(), l.label().unwrap()), (Some(IpAddr::V6(prefix)), Some(200)));
    }

    #[test]
    fn invalid_entries_write_nothing() {
        let prefix = Ipv6Addr::UNSPECIFIED;
        for entry in [
            LabelEntry { prefix, prefixlen: 129, ifindex: 0, label: 1 },
            LabelEntry { prefix, prefixlen: 0, ifindex: 0, label: LABEL_DEFAULT },
        ] {
            let mut buf = [0u8; 128];
            let mut b = Builder::new(&mut buf);
            assert!(b.push(&Add(entry), 1).is_err());
            assert!(b.is_empty());
        }
    }
}
