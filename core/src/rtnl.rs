//! The rtnetlink vocabulary several families share: address families
//! ([`af`]), scopes, protocols, route types, tables, next-hop flags and the
//! [`NextHops`] walk over `struct rtnexthop` records (`RTA_MULTIPATH`, and
//! the next hops of nexthop objects). The values and names are the
//! generated tables'; [`route`](crate::route) and the other families
//! re-export what they promised.

use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::{Attr, Attrs, RecordHeader, Walk};
use crate::error::{Error, Result};
use crate::tables::rt_route::route_attrs as rta;
use crate::wire::NeU16;

/// Address families of rtnetlink headers (`AF_*` of `linux/socket.h`, the
/// generated `address_family`), and the two rtnetlink-only families.
pub mod af {
    pub use crate::tables::rt_route::address_family::*;
    /// IPv4 multicast routes (`RTNL_FAMILY_IPMR`).
    pub const IPMR: u8 = 128;
    /// IPv6 multicast routes (`RTNL_FAMILY_IP6MR`).
    pub const IP6MR: u8 = 129;

    /// The family of an address: [`INET`] or [`INET6`].
    ///
    /// ```
    /// use nlwire::rtnl::af;
    /// assert_eq!(af::of("2001:db8::1".parse().unwrap()), af::INET6);
    /// ```
    pub const fn of(ip: core::net::IpAddr) -> u8 {
        match ip {
            core::net::IpAddr::V4(_) => INET,
            core::net::IpAddr::V6(_) => INET6,
        }
    }
}

/// `RTN_*` route types (`rtm_type`); [`RouteType`](crate::route::RouteType) is the typed form.
pub use crate::tables::rt_route::rtm_type as rtn;

/// `RTPROT_*`: who installed a route (`rtm_protocol`).
pub use crate::tables::rt_route::rt_protocol as rtprot;

/// `RT_TABLE_*`: reserved routing table ids.
pub use crate::tables::rt_route::rt_table;

/// `RT_SCOPE_*` (`enum rt_scope_t`): the distance to the destination.
pub use crate::tables::rt_route::rt_scope;

/// Longest interface name, without its NUL: `IFNAMSIZ - 1` (linux/if.h).
pub const IFNAME_MAX: usize = 15;

/// `RTNH_F_*`: flags of a next hop (`rtnh_flags`, `nh_flags`).
pub use crate::tables::rt_route::RtnhFlags as NextHopFlags;

/// `struct rtnexthop`: one next hop of `RTA_MULTIPATH`, followed by its attributes.
pub use crate::tables::rt_route::Rtnexthop as RtNextHop;

/// `struct rtvia`: the head of `RTA_VIA`, followed by the address bytes.
/// Hand-written: the specs describe RTA_VIA as bytes, not as this struct with a flexible array.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct RtVia {
    /// `rtvia_family`: the address family of the address that follows.
    pub family: NeU16,
}

/// The address of `RTA_VIA` (`struct rtvia`: a native-endian `u16` family
/// and the address bytes): a gateway of another family than the route's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via<'a> {
    /// An IPv4 (`AF_INET`) or IPv6 (`AF_INET6`) gateway.
    Ip(IpAddr),
    /// Another family (such as `AF_PACKET` for MPLS), kept as bytes.
    Other {
        /// `rtvia_family`.
        family: u16,
        /// `rtvia_addr`.
        addr: &'a [u8],
    },
}

impl<'a> Via<'a> {
    /// Parses an `RTA_VIA` payload; an IP family must carry 4 or 16 bytes.
    pub fn parse(attr: &Attr<'a>) -> Result<Self> {
        let payload = attr.payload();
        let size = |expected| Error::AttrSize {
            kind: attr.kind(),
            offset: attr.offset(),
            expected,
            actual: payload.len(),
        };
        let (head, addr) = RtVia::ref_from_prefix(payload).map_err(|_| size(2))?;
        let family = head.family.get();
        match family {
            f if f == u16::from(af::INET) => {
                <[u8; 4]>::try_from(addr).map(|a| Via::Ip(Ipv4Addr::from(a).into())).map_err(|_| size(6))
            }
            f if f == u16::from(af::INET6) => {
                <[u8; 16]>::try_from(addr).map(|a| Via::Ip(Ipv6Addr::from(a).into())).map_err(|_| size(18))
            }
            family => Ok(Via::Other { family, addr }),
        }
    }
    /// The IP address, for the two IP families.
    pub fn ip(&self) -> Option<IpAddr> {
        match *self {
            Via::Ip(ip) => Some(ip),
            Via::Other { .. } => None,
        }
    }
}

/// One next hop borrowed from `RTA_MULTIPATH`.
#[derive(Clone, Copy, Debug)]
pub struct NextHop<'a> {
    header: &'a RtNextHop,
    attrs: &'a [u8],
    offset: usize,
}

impl<'a> NextHop<'a> {
    /// The `struct rtnexthop` as it is on the wire.
    pub fn header(&self) -> &'a RtNextHop {
        self.header
    }
    /// `RTNH_F_*` flags.
    pub fn flags(&self) -> u8 {
        self.header.rtnh_flags
    }
    /// The weight as `ip` shows it (`rtnh_hops + 1`).
    pub fn weight(&self) -> u16 {
        u16::from(self.header.rtnh_hops) + 1
    }
    /// Output interface index.
    pub fn ifindex(&self) -> i32 {
        self.header.rtnh_ifindex.get()
    }
    /// The next hop's attributes (`RTA_GATEWAY`, `RTA_VIA`, ...).
    pub fn attrs(&self) -> Attrs<'a> {
        Attrs::with_offset(self.attrs, self.offset + core::mem::size_of::<RtNextHop>())
    }
    /// `RTA_GATEWAY`: a gateway of the route's family.
    pub fn gateway(&self) -> Result<Option<IpAddr>> {
        self.attrs().find(rta::GATEWAY)?.map(|a| a.ip()).transpose()
    }
    /// `RTA_VIA`: a gateway of another family.
    pub fn via(&self) -> Result<Option<Via<'a>>> {
        self.attrs().find(rta::VIA)?.map(|a| Via::parse(&a)).transpose()
    }
    /// `RTA_FLOW`: the realms.
    pub fn flow(&self) -> Result<Option<u32>> {
        self.attrs().find(rta::FLOW)?.map(|a| a.u32()).transpose()
    }
    /// `RTA_ENCAP_TYPE` ([`lwtunnel`](crate::route::lwtunnel)).
    pub fn encap_type(&self) -> Result<Option<u16>> {
        self.attrs().find(rta::ENCAP_TYPE)?.map(|a| a.u16()).transpose()
    }
    /// `RTA_ENCAP`: the encapsulation's attributes.
    pub fn encap(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.attrs().find(rta::ENCAP)?.map(|a| a.nested()))
    }
    /// `RTA_NEWDST`: MPLS labels pushed on this path.
    pub fn newdst(&self) -> Result<Option<&'a [u8]>> {
        Ok(self.attrs().find(rta::NEWDST)?.map(|a| a.payload()))
    }
}

/// Iterator over the next hops of an `RTA_MULTIPATH` payload.
#[derive(Clone, Debug)]
pub struct NextHops<'a> {
    walk: Walk<'a>,
}

impl<'a> NextHops<'a> {
    /// Walks the next hops in `payload`.
    pub fn new(payload: &'a [u8]) -> Self {
        Self::with_offset(payload, 0)
    }
    /// Walks the next hops in `payload`, reporting offsets as if `payload`
    /// started at `base`.
    pub fn with_offset(payload: &'a [u8], base: usize) -> Self {
        NextHops { walk: Walk::new(payload, base) }
    }
}

impl<'a> Iterator for NextHops<'a> {
    type Item = Result<NextHop<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        let record = self.walk.next_record::<RtNextHop>()?;
        Some(record.map(|(header, bytes, offset)| NextHop {
            header,
            attrs: bytes.get(core::mem::size_of::<RtNextHop>()..).unwrap_or(&[]),
            offset,
        }))
    }
}

impl RecordHeader for RtNextHop {
    fn record_len(&self) -> usize {
        usize::from(self.rtnh_len.get())
    }
}

impl core::iter::FusedIterator for NextHops<'_> {}

pub(crate) fn name_of(names: &'static [(u32, &'static str)], v: u32) -> Option<&'static str> {
    names.iter().find(|(n, _)| *n == v).map(|(_, s)| *s)
}

/// `ip`'s name of a protocol (`"kernel"`, `"boot"`, `"static"`, ...).
pub fn protocol_name(protocol: u8) -> Option<&'static str> {
    name_of(PROTOCOL_NAMES, protocol.into())
}
/// `ip`'s name of a scope (`"global"`, `"link"`, `"host"`, ...).
pub fn scope_name(scope: u8) -> Option<&'static str> {
    name_of(SCOPE_NAMES, scope.into())
}
/// `ip`'s name of a reserved table (`"main"`, `"local"`, `"default"`).
pub fn table_name(table: u32) -> Option<&'static str> {
    name_of(TABLE_NAMES, table)
}

/// `enum rt_scope_t` values with the names `ip` prints.
pub use crate::tables::rt_route::RT_SCOPE_NAMES as SCOPE_NAMES;

/// Route types with the names `ip` prints.
pub use crate::tables::rt_route::RT_TYPE_NAMES as TYPE_NAMES;

/// Route protocols with the names `ip` prints (its built-in table).
pub use crate::tables::rt_route::RT_PROTOCOL_NAMES as PROTOCOL_NAMES;

/// Reserved tables with the names `ip` prints.
pub use crate::tables::rt_route::RT_TABLE_NAMES as TABLE_NAMES;

/// `RTNH_F_*` bits with the names `ip` prints.
pub use crate::tables::rt_route::RTNH_FLAGS as NEXTHOP_FLAG_NAMES;
