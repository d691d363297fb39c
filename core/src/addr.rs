//! Addresses: `struct ifaddrmsg`, `IFA_*` attributes, the [`Address`] view.
//!
//! ```
//! use nlwire::{addr::Address, Messages};
//! let dump = include_bytes!("../../tests/fixtures/kernel-6.18/addr_dump_inet.bin");
//! let msg = Messages::new(dump).next().unwrap()?;
//! let a = Address::parse(&msg)?;
//! assert_eq!(a.addr()?.map(|ip| ip.to_string()).as_deref(), Some("127.0.0.1"));
//! assert_eq!(a.prefix_len(), 8);
//! assert_eq!(a.label()?, Some("lo"));
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::IpAddr;

use bitflags::bitflags;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::Attrs;
use crate::error::Result;
use crate::families::split;
use crate::message::{msg_type, Message};
use crate::route::SCOPE_NAMES;
use crate::spec::{AttrSpec, AttrType, Field, MessageSpec, Space, StructSpec};
use crate::wire::NeU32;

/// `struct ifaddrmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IfAddrMsg {
    /// Address family (`AF_INET`, `AF_INET6`).
    pub family: u8,
    /// Prefix length.
    pub prefix_len: u8,
    /// Low 8 bits of the address flags (`IFA_FLAGS` has all 32).
    pub flags: u8,
    /// Scope (`RT_SCOPE_*`).
    pub scope: u8,
    /// Interface index.
    pub index: NeU32,
}

/// `IFA_*` attribute types (`include/uapi/linux/if_addr.h`).
pub mod ifa {
    #![allow(missing_docs)]
    pub const ADDRESS: u16 = 1;
    pub const LOCAL: u16 = 2;
    pub const LABEL: u16 = 3;
    pub const BROADCAST: u16 = 4;
    pub const ANYCAST: u16 = 5;
    pub const CACHEINFO: u16 = 6;
    pub const MULTICAST: u16 = 7;
    pub const FLAGS: u16 = 8;
    pub const RT_PRIORITY: u16 = 9;
    pub const TARGET_NETNSID: u16 = 10;
    pub const PROTO: u16 = 11;
}

bitflags! {
    /// `IFA_F_*` address flags.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct AddrFlags: u32 {
        /// Secondary address (IPv4) / temporary address (IPv6).
        const SECONDARY = 0x01;
        /// No duplicate address detection.
        const NODAD = 0x02;
        /// Optimistic DAD.
        const OPTIMISTIC = 0x04;
        /// DAD failed.
        const DADFAILED = 0x08;
        /// Mobile IPv6 home address.
        const HOMEADDRESS = 0x10;
        /// Deprecated (preferred lifetime expired).
        const DEPRECATED = 0x20;
        /// DAD in progress.
        const TENTATIVE = 0x40;
        /// Permanent (no lifetimes).
        const PERMANENT = 0x80;
        /// Manage temporary addresses from this prefix.
        const MANAGETEMPADDR = 0x100;
        /// Do not add a prefix route.
        const NOPREFIXROUTE = 0x200;
        /// Join the multicast group automatically.
        const MCAUTOJOIN = 0x400;
        /// Stable-privacy address.
        const STABLE_PRIVACY = 0x800;
    }
}

/// `struct ifa_cacheinfo`: lifetimes in seconds (`u32::MAX` is forever) and
/// timestamps in hundredths of a second.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IfaCacheInfo {
    /// Preferred lifetime.
    pub preferred: NeU32,
    /// Valid lifetime.
    pub valid: NeU32,
    /// Creation timestamp.
    pub cstamp: NeU32,
    /// Update timestamp.
    pub tstamp: NeU32,
}

/// A view of an `RTM_NEWADDR`/`RTM_DELADDR` message.
#[derive(Clone, Debug)]
pub struct Address<'a> {
    header: &'a IfAddrMsg,
    attrs: Attrs<'a>,
}

impl<'a> Address<'a> {
    /// Checks the message type and header size.
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        let kinds = [msg_type::RTM_NEWADDR, msg_type::RTM_DELADDR, msg_type::RTM_GETADDR];
        let (header, attrs) = split(msg, &kinds, "address")?;
        Ok(Address { header, attrs })
    }
    /// The family header.
    pub fn header(&self) -> &'a IfAddrMsg {
        self.header
    }
    /// All attributes, in order.
    pub fn attrs(&self) -> Attrs<'a> {
        self.attrs.clone()
    }
    /// Address family.
    pub fn family(&self) -> u8 {
        self.header.family
    }
    /// Prefix length.
    pub fn prefix_len(&self) -> u8 {
        self.header.prefix_len
    }
    /// Scope (`RT_SCOPE_*`).
    pub fn scope(&self) -> u8 {
        self.header.scope
    }
    /// Interface index.
    pub fn ifindex(&self) -> u32 {
        self.header.index.get()
    }
    /// All 32 flag bits: `IFA_FLAGS` when present, else the header's 8.
    pub fn flags(&self) -> Result<AddrFlags> {
        let bits = match self.attrs.find(ifa::FLAGS)? {
            Some(a) => a.u32()?,
            None => u32::from(self.header.flags),
        };
        Ok(AddrFlags::from_bits_retain(bits))
    }
    /// `IFA_ADDRESS`: the prefix address, or the peer on point-to-point links.
    pub fn address(&self) -> Result<Option<IpAddr>> {
        self.ip(ifa::ADDRESS)
    }
    /// `IFA_LOCAL`: the local address (IPv4 sends it; IPv6 only with a peer).
    pub fn local(&self) -> Result<Option<IpAddr>> {
        self.ip(ifa::LOCAL)
    }
    /// The interface's own address, as `ip addr` shows it: `IFA_LOCAL`,
    /// else `IFA_ADDRESS`.
    pub fn addr(&self) -> Result<Option<IpAddr>> {
        match self.local()? {
            Some(ip) => Ok(Some(ip)),
            None => self.address(),
        }
    }
    /// The peer of a point-to-point address: `IFA_ADDRESS` when both it and
    /// `IFA_LOCAL` are present and differ.
    pub fn peer(&self) -> Result<Option<IpAddr>> {
        match (self.local()?, self.address()?) {
            (Some(l), Some(a)) if l != a => Ok(Some(a)),
            _ => Ok(None),
        }
    }
    /// `IFA_BROADCAST`.
    pub fn broadcast(&self) -> Result<Option<IpAddr>> {
        self.ip(ifa::BROADCAST)
    }
    /// `IFA_ANYCAST`.
    pub fn anycast(&self) -> Result<Option<IpAddr>> {
        self.ip(ifa::ANYCAST)
    }
    /// `IFA_LABEL` (IPv4 only).
    pub fn label(&self) -> Result<Option<&'a str>> {
        self.attrs.find(ifa::LABEL)?.map(|a| a.str()).transpose()
    }
    /// `IFA_CACHEINFO`: lifetimes and timestamps.
    pub fn cacheinfo(&self) -> Result<Option<&'a IfaCacheInfo>> {
        self.attrs.find(ifa::CACHEINFO)?.map(|a| a.as_struct()).transpose()
    }
    /// `IFA_RT_PRIORITY`: metric of the prefix route.
    pub fn rt_priority(&self) -> Result<Option<u32>> {
        self.attrs.find(ifa::RT_PRIORITY)?.map(|a| a.u32()).transpose()
    }
    /// `IFA_PROTO`: who added the address.
    pub fn proto(&self) -> Result<Option<u8>> {
        self.attrs.find(ifa::PROTO)?.map(|a| a.u8()).transpose()
    }

    fn ip(&self, kind: u16) -> Result<Option<IpAddr>> {
        self.attrs.find(kind)?.map(|a| a.ip()).transpose()
    }
}

const FLAG_NAMES: &[(u32, &str)] = &[
    (0x01, "secondary"),
    (0x02, "nodad"),
    (0x04, "optimistic"),
    (0x08, "dadfailed"),
    (0x10, "homeaddress"),
    (0x20, "deprecated"),
    (0x40, "tentative"),
    (0x80, "permanent"),
    (0x100, "mngtmpaddr"),
    (0x200, "noprefixroute"),
    (0x400, "autojoin"),
    (0x800, "stable-privacy"),
];

/// Spec of `struct ifaddrmsg`.
pub static IFADDRMSG: StructSpec = StructSpec {
    name: "ifaddrmsg",
    size: 8,
    fields: &[
        Field { name: "family", offset: 0, len: 1, ty: AttrType::U8 },
        Field { name: "prefixlen", offset: 1, len: 1, ty: AttrType::U8 },
        Field { name: "flags", offset: 2, len: 1, ty: AttrType::Bits(FLAG_NAMES) },
        Field { name: "scope", offset: 3, len: 1, ty: AttrType::Enum(SCOPE_NAMES) },
        Field { name: "index", offset: 4, len: 4, ty: AttrType::U32 },
    ],
};

/// Spec of `struct ifa_cacheinfo`.
pub static IFA_CACHEINFO: StructSpec = StructSpec {
    name: "ifa_cacheinfo",
    size: 16,
    fields: &[
        Field { name: "preferred_lft", offset: 0, len: 4, ty: AttrType::U32 },
        Field { name: "valid_lft", offset: 4, len: 4, ty: AttrType::U32 },
        Field { name: "cstamp", offset: 8, len: 4, ty: AttrType::U32 },
        Field { name: "tstamp", offset: 12, len: 4, ty: AttrType::U32 },
    ],
};

/// `IFA_*` attributes.
pub static IFA: Space = Space {
    name: "address",
    attrs: &[
        AttrSpec { id: ifa::ADDRESS, name: "IFA_ADDRESS", short: "address", ty: AttrType::Ip },
        AttrSpec { id: ifa::LOCAL, name: "IFA_LOCAL", short: "local", ty: AttrType::Ip },
        AttrSpec { id: ifa::LABEL, name: "IFA_LABEL", short: "label", ty: AttrType::Str },
        AttrSpec { id: ifa::BROADCAST, name: "IFA_BROADCAST", short: "broadcast", ty: AttrType::Ip },
        AttrSpec { id: ifa::ANYCAST, name: "IFA_ANYCAST", short: "anycast", ty: AttrType::Ip },
        AttrSpec {
            id: ifa::CACHEINFO,
            name: "IFA_CACHEINFO",
            short: "cacheinfo",
            ty: AttrType::Struct(&IFA_CACHEINFO),
        },
        AttrSpec { id: ifa::MULTICAST, name: "IFA_MULTICAST", short: "multicast", ty: AttrType::Ip },
        AttrSpec { id: ifa::FLAGS, name: "IFA_FLAGS", short: "flags", ty: AttrType::Bits(FLAG_NAMES) },
        AttrSpec { id: ifa::RT_PRIORITY, name: "IFA_RT_PRIORITY", short: "rt_priority", ty: AttrType::U32 },
        AttrSpec {
            id: ifa::TARGET_NETNSID,
            name: "IFA_TARGET_NETNSID",
            short: "target_netnsid",
            ty: AttrType::S32,
        },
        AttrSpec { id: ifa::PROTO, name: "IFA_PROTO", short: "proto", ty: AttrType::U8 },
    ],
};

/// Spec of address messages.
pub static MESSAGE: MessageSpec = MessageSpec { family: "address", header: &IFADDRMSG, space: &IFA };

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Messages;

    #[test]
    fn header_is_8_bytes() {
        assert_eq!(core::mem::size_of::<IfAddrMsg>(), IFADDRMSG.size);
        assert_eq!(core::mem::size_of::<IfaCacheInfo>(), IFA_CACHEINFO.size);
    }

    // The recorded fixtures are little-endian (captured on x86_64).
    #[cfg(target_endian = "little")]
    #[test]
    fn wrong_message_type_is_refused() {
        let dump = include_bytes!("../../tests/fixtures/kernel-6.18/link_dump_unspec.bin");
        let msg = Messages::new(dump).next().unwrap().unwrap();
        assert!(Address::parse(&msg).is_err());
    }
}
