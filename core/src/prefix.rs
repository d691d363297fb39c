//! IPv6 prefixes learnt from router advertisements (`ip monitor prefix`):
//! `RTM_NEWPREFIX`, `struct prefixmsg` and `PREFIX_*` of linux/rtnetlink.h,
//! and the [`Prefix`] view. The kernel sends these only as events, to
//! `RTNLGRP_IPV6_PREFIX`, for each prefix information option of a router
//! advertisement it accepts. It has no YAML spec for them: their layout and
//! numbers are written here, once.
//!
//! ```
//! use nlwire::prefix::{Prefix, PrefixFlags};
//! use nlwire::Messages;
//! // An event for 2001:db8:1::/64 on link 3, on-link and autonomous, as
//! // the kernel lays it out (little-endian host).
//! let mut msg = vec![48, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
//! msg.extend([10, 0, 0, 0, 3, 0, 0, 0, 3, 64, 3, 0]); // struct prefixmsg
//! msg.extend([20, 0, 1, 0, 0x20, 0x01, 0x0d, 0xb8, 0, 1]); // PREFIX_ADDRESS
//! msg.extend([0; 10]);
//! let p = Prefix::parse(&Messages::new(&msg).next().unwrap()?)?;
//! assert_eq!((p.ifindex(), p.prefixlen(), p.flags()), (3, 64, PrefixFlags::ONLINK | PrefixFlags::AUTOCONF));
//! assert_eq!(p.address()?, Some("2001:db8:1::".parse().unwrap()));
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::Ipv6Addr;

use bitflags::bitflags;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::Attrs;
use crate::error::Result;
use crate::message::{msg_type, split, Message};
use crate::wire::{NeI32, NeU32};

/// `struct prefixmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct PrefixMsg {
    /// Address family: `AF_INET6`.
    pub prefix_family: u8,
    /// `prefix_pad1`.
    pub prefix_pad1: u8,
    /// `prefix_pad2`.
    pub prefix_pad2: [u8; 2],
    /// The link the advertisement came in on.
    pub prefix_ifindex: NeI32,
    /// The neighbour discovery option's type: [`ND_OPT_PREFIX_INFORMATION`].
    pub prefix_type: u8,
    /// Prefix length.
    pub prefix_len: u8,
    /// [`PrefixFlags`].
    pub prefix_flags: u8,
    /// `prefix_pad3`.
    pub prefix_pad3: u8,
}

/// `ND_OPT_PREFIX_INFORMATION` (netinet/icmp6.h): the type of every prefix
/// the kernel reports.
pub const ND_OPT_PREFIX_INFORMATION: u8 = 3;

/// `PREFIX_*` attributes.
pub mod attr {
    /// `PREFIX_ADDRESS`: the prefix (`struct in6_addr`).
    pub const ADDRESS: u16 = 1;
    /// `PREFIX_CACHEINFO`: its lifetimes ([`CacheInfo`](super::CacheInfo)).
    pub const CACHEINFO: u16 = 2;
}

bitflags! {
    /// `prefix_flags`: the option's flags (the kernel's `IF_PREFIX_*`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct PrefixFlags: u8 {
        /// `IF_PREFIX_ONLINK`: the prefix is on the link (the L flag).
        const ONLINK = 0x01;
        /// `IF_PREFIX_AUTOCONF`: addresses may be made from it (the A flag).
        const AUTOCONF = 0x02;
    }
}

/// `struct prefix_cacheinfo`: the advertised lifetimes, in seconds.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct CacheInfo {
    /// Preferred lifetime.
    pub preferred_time: NeU32,
    /// Valid lifetime.
    pub valid_time: NeU32,
}

/// A view of an `RTM_NEWPREFIX` message.
#[derive(Clone, Debug)]
pub struct Prefix<'a> {
    header: &'a PrefixMsg,
    attrs: Attrs<'a>,
}

impl<'a> Prefix<'a> {
    /// Checks the message type and header size.
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        let (header, attrs) = split(msg, &[msg_type::RTM_NEWPREFIX], "prefix")?;
        Ok(Prefix { header, attrs })
    }
    /// The family header.
    pub fn header(&self) -> &'a PrefixMsg {
        self.header
    }
    /// Address family (`prefix_family`).
    pub fn family(&self) -> u8 {
        self.header.prefix_family
    }
    /// The link the advertisement came in on.
    pub fn ifindex(&self) -> i32 {
        self.header.prefix_ifindex.get()
    }
    /// The option's type (`prefix_type`).
    pub fn kind(&self) -> u8 {
        self.header.prefix_type
    }
    /// Prefix length.
    pub fn prefixlen(&self) -> u8 {
        self.header.prefix_len
    }
    /// The option's flags; bits without a name are kept.
    pub fn flags(&self) -> PrefixFlags {
        PrefixFlags::from_bits_retain(self.header.prefix_flags)
    }
    /// `PREFIX_ADDRESS`.
    pub fn address(&self) -> Result<Option<Ipv6Addr>> {
        self.attrs.find(attr::ADDRESS)?.map(|a| a.ipv6()).transpose()
    }
    /// `PREFIX_CACHEINFO`.
    pub fn cacheinfo(&self) -> Result<Option<&'a CacheInfo>> {
        self.attrs.find(attr::CACHEINFO)?.map(|a| a.as_struct()).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_prelude::*;

    #[test]
    fn the_structs_have_the_kernels_layout() {
        assert_eq!(core::mem::size_of::<PrefixMsg>(), core::mem::size_of::<sys::prefixmsg>());
        assert_eq!(core::mem::size_of::<CacheInfo>(), core::mem::size_of::<sys::prefix_cacheinfo>());
        let c = sys::prefix_cacheinfo { preferred_time: 1, valid_time: 2 };
        assert_eq!((core::mem::offset_of!(sys::prefix_cacheinfo, valid_time), c.valid_time), (4, 2));
        assert_eq!(core::mem::offset_of!(sys::prefixmsg, prefix_ifindex), 4);
        assert_eq!(core::mem::offset_of!(sys::prefixmsg, prefix_type), 8);
        assert_eq!(core::mem::offset_of!(sys::prefixmsg, prefix_flags), 10);
        assert_eq!(attr::ADDRESS, sys::PREFIX_ADDRESS as u16);
        assert_eq!(attr::CACHEINFO, sys::PREFIX_CACHEINFO as u16);
    }

    /// An `RTM_NEWPREFIX` laid out by hand: header, `struct prefixmsg`,
    /// then `attrs`.
    fn event(ifindex: i32, len: u8, flags: u8, attrs: &[u8]) -> Vec<u8> {
        let mut body = vec![10, 0, 0, 0];
        body.extend(ifindex.to_ne_bytes());
        body.extend([ND_OPT_PREFIX_INFORMATION, len, flags, 0]);
        body.extend_from_slice(attrs);
        let mut msg = Vec::new();
        msg.extend(((16 + body.len()) as u32).to_ne_bytes());
        msg.extend((sys::RTM_NEWPREFIX as u16).to_ne_bytes());
        msg.extend([0u8; 10]);
        msg.extend(body);
        msg
    }

    #[test]
    fn an_event_reads_as_the_kernel_wrote_it() {
        let prefix: Ipv6Addr = "2001:db8:7::".parse().unwrap();
        let mut attrs = nla(attr::ADDRESS, &prefix.octets());
        let mut times = 1800u32.to_ne_bytes().to_vec();
        times.extend(3600u32.to_ne_bytes());
        put_attr(&mut attrs, attr::CACHEINFO, &times);
        let bytes = event(4, 48, 0x02 | 0x80, &attrs);
        let p = Prefix::parse(&Messages::new(&bytes).next().unwrap().unwrap()).unwrap();
        assert_eq!((p.family(), p.ifindex(), p.kind(), p.prefixlen()), (10, 4, 3, 48));
        assert_eq!(p.flags().bits(), 0x82);
        assert!(p.flags().contains(PrefixFlags::AUTOCONF) && !p.flags().contains(PrefixFlags::ONLINK));
        assert_eq!(p.address().unwrap(), Some(prefix));
        let c = p.cacheinfo().unwrap().unwrap();
        assert_eq!((c.preferred_time.get(), c.valid_time.get()), (1800, 3600));
    }

    #[test]
    fn short_attributes_are_errors_and_absent_ones_none() {
        let bytes = event(1, 64, 0, &nla(attr::ADDRESS, &[0x20, 0x01]));
        let p = Prefix::parse(&Messages::new(&bytes).next().unwrap().unwrap()).unwrap();
        assert!(p.address().is_err());
        assert_eq!(p.cacheinfo().unwrap(), None);
        let bytes = event(1, 64, 0, &nla(attr::CACHEINFO, &[1, 0, 0, 0]));
        let p = Prefix::parse(&Messages::new(&bytes).next().unwrap().unwrap()).unwrap();
        assert!(p.cacheinfo().is_err());
        assert_eq!(p.address().unwrap(), None);
    }

    #[test]
    fn other_messages_and_short_headers_are_refused() {
        let mut bytes = event(1, 64, 0, &[]);
        bytes.truncate(16 + 8);
        bytes[..4].copy_from_slice(&24u32.to_ne_bytes());
        assert!(Prefix::parse(&Messages::new(&bytes).next().unwrap().unwrap()).is_err());
        let mut bytes = event(1, 64, 0, &[]);
        bytes[4..6].copy_from_slice(&msg_type::RTM_NEWROUTE.to_ne_bytes());
        assert!(Prefix::parse(&Messages::new(&bytes).next().unwrap().unwrap()).is_err());
    }
}
