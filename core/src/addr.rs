//! Addresses: `struct ifaddrmsg`, `IFA_*` attributes, the [`Address`] view.
//!
//! ```
//! use nlwire::addr::{ifa, Address, IfAddrMsg};
//! use nlwire::build::{Builder, Header};
//! use nlwire::{msg_type, rtnl::af, Messages, MsgFlags};
//! // lo's address as the kernel sends it in a dump.
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! let header = IfAddrMsg { ifa_family: af::INET, ifa_prefixlen: 8, ifa_index: 1.into(), ..Default::default() };
//! b.message(Header::new(msg_type::RTM_NEWADDR, MsgFlags::MULTI, 1), |m| {
//!     m.family_header(&header)?;
//!     m.ip(ifa::LOCAL, "127.0.0.1".parse().unwrap())?;
//!     m.str(ifa::LABEL, "lo")
//! })?;
//! let a = Address::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
//! assert_eq!(a.addr()?.map(|ip| ip.to_string()).as_deref(), Some("127.0.0.1"));
//! assert_eq!(a.prefix_len(), 8);
//! assert_eq!(a.label()?, Some("lo"));
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::IpAddr;

use crate::build::{entry_requests, Header, MessageWriter, Request};
use crate::error::Error;
use crate::message::MsgFlags;

use crate::error::Result;
use crate::message::message_view;
use crate::message::msg_type;
use crate::tables::rt_addr::AddrAttrs;

// `IfaCacheInfo`: lifetimes in seconds (`u32::MAX` is forever), timestamps in
// hundredths of a second.
pub use crate::tables::rt_addr::{
    addr_attrs as ifa, IfaCacheinfo as IfaCacheInfo, IfaFlags as AddrFlags, Ifaddrmsg as IfAddrMsg,
};

message_view! {
    /// A view of an `RTM_NEWADDR`/`RTM_DELADDR` message.
    Address, IfAddrMsg, AddrAttrs, "address", family = ifa_family, [msg_type::RTM_NEWADDR, msg_type::RTM_DELADDR, msg_type::RTM_GETADDR],
    header {
        /// Prefix length.
        prefix_len: u8 = ifa_prefixlen,
        /// Scope (`RT_SCOPE_*`).
        scope: u8 = ifa_scope,
        /// Interface index.
        ifindex: u32 = ifa_index.get(),
    }
}

impl<'a> Address<'a> {
    /// All 32 flag bits: `IFA_FLAGS` when present, else the header's 8.
    pub fn flags(&self) -> Result<AddrFlags> {
        let bits = match self.attrs.0.find(ifa::FLAGS)? {
            Some(a) => a.u32()?,
            None => u32::from(self.header.ifa_flags),
        };
        Ok(AddrFlags::from_bits_retain(bits))
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
}

// ---------------------------------------------------------------------------
// Requests

use crate::rtnl::af::{self, INET as AF_INET};
use crate::rtnl::rt_scope::HOST as SCOPE_HOST;
/// Longest label: an interface name.
use crate::rtnl::IFNAME_MAX as LABEL_MAX;

/// An address as `ip address add` describes it: the body of [`Add`],
/// [`Replace`], [`Change`] and [`Del`].
///
/// ```
/// use nlwire::addr::{Add, AddrEntry, Address};
/// use nlwire::build::Builder;
/// use nlwire::Messages;
///
/// let entry = AddrEntry::new(3, "192.0.2.1".parse().unwrap(), 24).with_label("veth0:a");
/// let mut buf = [0u8; 128];
/// let mut b = Builder::new(&mut buf);
/// b.push(&Add(entry), 1)?;
/// let a = Address::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
/// assert_eq!(a.addr()?, Some("192.0.2.1".parse().unwrap()));
/// assert_eq!((a.prefix_len(), a.label()?), (24, Some("veth0:a")));
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddrEntry<'a> {
    /// Interface index.
    pub ifindex: u32,
    /// The local address (`IFA_LOCAL`).
    pub address: IpAddr,
    /// Prefix length: at most 32 (IPv4) or 128 (IPv6).
    pub prefix_len: u8,
    /// Peer of a point-to-point address (`IFA_ADDRESS`).
    pub peer: Option<IpAddr>,
    /// IPv4 broadcast address.
    pub broadcast: Option<IpAddr>,
    /// IPv4 label (`eth0:1`), at most 15 bytes.
    pub label: Option<&'a str>,
    /// Scope; `None` is iproute2's default: host for 127.0.0.0/8, else global.
    pub scope: Option<u8>,
    /// Flags (`IFA_F_*`): `NODAD`, `NOPREFIXROUTE`, `HOMEADDRESS`, ...
    pub flags: AddrFlags,
    /// Valid and preferred lifetimes in seconds (`u32::MAX`: forever).
    pub lifetimes: Option<(u32, u32)>,
    /// Metric of the prefix route (`IFA_RT_PRIORITY`).
    pub metric: Option<u32>,
    /// Originator (`IFA_PROTO`).
    pub proto: Option<u8>,
}

impl<'a> AddrEntry<'a> {
    /// `address/prefix_len` on interface `ifindex`, everything else default.
    pub fn new(ifindex: u32, address: IpAddr, prefix_len: u8) -> Self {
        AddrEntry {
            ifindex,
            address,
            prefix_len,
            peer: None,
            broadcast: None,
            label: None,
            scope: None,
            flags: AddrFlags::empty(),
            lifetimes: None,
            metric: None,
            proto: None,
        }
    }
    /// Sets the peer address.
    pub fn with_peer(self, peer: IpAddr) -> Self {
        AddrEntry { peer: Some(peer), ..self }
    }
    /// Sets the broadcast address.
    pub fn with_broadcast(self, broadcast: IpAddr) -> Self {
        AddrEntry { broadcast: Some(broadcast), ..self }
    }
    /// Sets the label.
    pub fn with_label(self, label: &'a str) -> Self {
        AddrEntry { label: Some(label), ..self }
    }
    /// Sets the scope.
    pub fn with_scope(self, scope: u8) -> Self {
        AddrEntry { scope: Some(scope), ..self }
    }
    /// Sets the flags.
    pub fn with_flags(self, flags: AddrFlags) -> Self {
        AddrEntry { flags, ..self }
    }
    /// Sets valid and preferred lifetimes (seconds).
    pub fn with_lifetimes(self, valid: u32, preferred: u32) -> Self {
        AddrEntry { lifetimes: Some((valid, preferred)), ..self }
    }
    /// Sets the prefix route's metric.
    pub fn with_metric(self, metric: u32) -> Self {
        AddrEntry { metric: Some(metric), ..self }
    }

    fn family(&self) -> u8 {
        af::of(self.address)
    }

    fn validate(&self) -> Result<()> {
        let max = if self.family() == AF_INET { 32 } else { 128 };
        if self.prefix_len > max {
            return Err(Error::invalid("prefix length over 32 (IPv4) or 128 (IPv6)"));
        }
        if i32::try_from(self.ifindex).is_err() || self.ifindex == 0 {
            return Err(Error::invalid("address needs an interface index from 1 to i32::MAX"));
        }
        for other in [self.peer, self.broadcast].into_iter().flatten() {
            if af::of(other) != self.family() {
                return Err(Error::invalid("peer or broadcast address of another family"));
            }
        }
        if self.broadcast.is_some() && self.family() != AF_INET {
            return Err(Error::invalid("broadcast addresses are IPv4 only"));
        }
        if let Some(label) = self.label {
            if label.is_empty() || label.len() > LABEL_MAX || label.contains('\0') {
                return Err(Error::invalid("label must be 1 to 15 bytes"));
            }
        }
        if let Some((valid, preferred)) = self.lifetimes {
            if preferred > valid {
                return Err(Error::invalid("preferred lifetime is greater than valid lifetime"));
            }
        }
        Ok(())
    }

    fn emit(&self, m: &mut MessageWriter<'_>, deleting: bool) -> Result<()> {
        self.validate()?;
        let default_scope = match self.address {
            IpAddr::V4(a) if a.is_loopback() => SCOPE_HOST,
            _ => 0,
        };
        let bits = self.flags.bits();
        let header = IfAddrMsg {
            ifa_family: self.family(),
            ifa_prefixlen: self.prefix_len,
            // iproute2: the flags go in the header when they fit, else in IFA_FLAGS.
            ifa_flags: u8::try_from(bits).unwrap_or(0),
            ifa_scope: self.scope.unwrap_or(if deleting { 0 } else { default_scope }),
            ifa_index: self.ifindex.into(),
        };
        m.family_header(&header)?;
        m.ip(ifa::LOCAL, self.address)?;
        match (self.peer, deleting) {
            (Some(peer), _) => m.ip(ifa::ADDRESS, peer)?,
            (None, false) => m.ip(ifa::ADDRESS, self.address)?,
            (None, true) => {}
        }
        m.opt(ifa::BROADCAST, self.broadcast, MessageWriter::ip)?;
        m.opt(ifa::LABEL, self.label, MessageWriter::str)?;
        if bits > 0xff {
            m.u32(ifa::FLAGS, bits)?;
        }
        if let Some((valid, preferred)) = self.lifetimes {
            let ci = IfaCacheInfo {
                ifa_prefered: preferred.into(),
                ifa_valid: valid.into(),
                ..IfaCacheInfo::default()
            };
            m.struct_attr(ifa::CACHEINFO, &ci)?;
        }
        m.opt(ifa::RT_PRIORITY, self.metric, MessageWriter::u32)?;
        m.opt(ifa::PROTO, self.proto, MessageWriter::u8)?;
        Ok(())
    }
}

entry_requests! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)] AddrEntry:
    /// `ip address add`: `RTM_NEWADDR` with `NLM_F_CREATE | NLM_F_EXCL`.
    Add<'a>(msg_type::RTM_NEWADDR, MsgFlags::CREATE | MsgFlags::EXCL) => |entry, m| entry.emit(m, false);
    /// `ip address replace`: `RTM_NEWADDR` with `NLM_F_CREATE | NLM_F_REPLACE`.
    Replace<'a>(msg_type::RTM_NEWADDR, MsgFlags::CREATE | MsgFlags::REPLACE) => |entry, m| entry.emit(m, false);
    /// `ip address change`: `RTM_NEWADDR` with `NLM_F_REPLACE`.
    Change<'a>(msg_type::RTM_NEWADDR, MsgFlags::REPLACE) => |entry, m| entry.emit(m, false);
    /// `ip address del`: `RTM_DELADDR`.
    Del<'a>(msg_type::RTM_DELADDR, MsgFlags::empty()) => |entry, m| entry.emit(m, true);
}

/// `ip address show`: `RTM_GETADDR` dump, optionally of one family and one
/// interface (filtered by the kernel under strict checking).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dump {
    /// `AF_INET`, `AF_INET6`, or 0 for both.
    pub family: u8,
    /// Only this interface (0: all).
    pub ifindex: u32,
}

impl Request for Dump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETADDR, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&IfAddrMsg {
            ifa_family: self.family,
            ifa_index: self.ifindex.into(),
            ..IfAddrMsg::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_prelude::*;

    fn emit_one(r: &dyn Request) -> ([u8; 512], usize) {
        emitted(r, 7)
    }

    #[test]
    fn add_round_trips_every_field() {
        let entry = AddrEntry::new(4, IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)), 32)
            .with_peer(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 2)))
            .with_label("v0:peer")
            .with_flags(AddrFlags::NOPREFIXROUTE | AddrFlags::NODAD)
            .with_lifetimes(600, 300)
            .with_metric(20);
        let (buf, len) = emit_one(&Add(entry));
        let (again, len2) = emit_one(&Add(entry));
        assert_eq!(&buf[..len], &again[..len2], "emitting twice gives the same bytes");
        let msg = Messages::new(&buf[..len]).next().unwrap().unwrap();
        assert_eq!(msg.kind(), msg_type::RTM_NEWADDR);
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::ACK | MsgFlags::CREATE | MsgFlags::EXCL);
        let a = Address::parse(&msg).unwrap();
        assert_eq!(a.ifindex(), 4);
        assert_eq!(a.prefix_len(), 32);
        assert_eq!(a.local().unwrap(), Some(entry.address));
        assert_eq!(a.peer().unwrap(), entry.peer);
        assert_eq!(a.label().unwrap(), Some("v0:peer"));
        assert_eq!(a.flags().unwrap(), AddrFlags::NOPREFIXROUTE | AddrFlags::NODAD);
        let ci = a.cacheinfo().unwrap().unwrap();
        assert_eq!((ci.ifa_valid.get(), ci.ifa_prefered.get()), (600, 300));
        assert_eq!(a.rt_priority().unwrap(), Some(20));
        assert_eq!(a.scope(), 0);
    }

    #[test]
    fn loopback_addresses_default_to_host_scope() {
        let (buf, len) = emit_one(&Add(AddrEntry::new(1, IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2)), 8)));
        let a = Address::parse(&Messages::new(&buf[..len]).next().unwrap().unwrap()).unwrap();
        assert_eq!(a.scope(), SCOPE_HOST);
    }

    /// `ip -6 addr add 2001:db8::1/64 dev <3>` by hand from the UAPI layout:
    /// nlmsghdr, ifaddrmsg, IFA_LOCAL and IFA_ADDRESS (both the address).
    #[test]
    fn ipv6_add_is_byte_exact() {
        let ip = Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1);
        let (buf, len) = emit_one(&Add(AddrEntry::new(3, IpAddr::V6(ip), 64)));
        let mut want = [0u8; 64];
        want[0..4].copy_from_slice(&64u32.to_ne_bytes()); // nlmsg_len: 16 + 8 + 20 + 20
        want[4..6].copy_from_slice(&20u16.to_ne_bytes()); // RTM_NEWADDR
        want[6..8].copy_from_slice(&0x0605u16.to_ne_bytes()); // REQUEST|ACK|EXCL|CREATE
        want[8..12].copy_from_slice(&7u32.to_ne_bytes()); // seq
        want[16] = 10; // af::INET6
        want[17] = 64; // prefix
        want[20..24].copy_from_slice(&3u32.to_ne_bytes()); // ifa_index
        want[24..26].copy_from_slice(&20u16.to_ne_bytes());
        want[26..28].copy_from_slice(&2u16.to_ne_bytes()); // IFA_LOCAL
        want[28..44].copy_from_slice(&ip.octets());
        want[44..46].copy_from_slice(&20u16.to_ne_bytes());
        want[46..48].copy_from_slice(&1u16.to_ne_bytes()); // IFA_ADDRESS
        want[48..64].copy_from_slice(&ip.octets());
        assert_eq!(&buf[..len], &want[..]);
    }

    #[test]
    fn invalid_values_write_nothing() {
        let v4 = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1));
        let v6 = IpAddr::V6(Ipv6Addr::LOCALHOST);
        let bad = [
            AddrEntry::new(3, v4, 33),
            AddrEntry::new(3, v6, 129),
            AddrEntry::new(0, v4, 24),
            AddrEntry::new(3, v4, 24).with_peer(v6),
            AddrEntry::new(3, v6, 64).with_broadcast(v6),
            AddrEntry::new(3, v4, 24).with_label("a-label-of-16-by"),
            AddrEntry::new(3, v4, 24).with_lifetimes(10, 20),
        ];
        for entry in bad {
            let mut buf = [0u8; 256];
            let mut b = Builder::new(&mut buf);
            assert!(matches!(b.push(&Add(entry), 1), Err(Error::InvalidValue { .. })), "{entry:?}");
            assert!(b.is_empty());
        }
    }

    #[test]
    fn del_and_dump_headers() {
        let (buf, len) = emit_one(&Del(AddrEntry::new(3, IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)), 24)));
        let msg = Messages::new(&buf[..len]).next().unwrap().unwrap();
        assert_eq!((msg.kind(), msg.flags()), (msg_type::RTM_DELADDR, MsgFlags::REQUEST | MsgFlags::ACK));
        assert_eq!(Address::parse(&msg).unwrap().address().unwrap(), None, "no IFA_ADDRESS without a peer");
        let (buf, len) = emit_one(&Dump { family: af::INET6, ifindex: 5 });
        let msg = Messages::new(&buf[..len]).next().unwrap().unwrap();
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::DUMP);
        let h: &IfAddrMsg = msg.family_header().unwrap();
        assert_eq!((h.ifa_family, h.ifa_index.get()), (af::INET6, 5));
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
