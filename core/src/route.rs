//! Routes: `struct rtmsg`, `RTA_*`, the [`Route`] view and the multipath
//! next hops.
//!
//! ```
//! use nlwire::{route::Route, Messages};
//! let dump = include_bytes!("../../tests/fixtures/kernel-6.18/route_dump_inet.bin");
//! for msg in Messages::new(dump) {
//!     let msg = msg?;
//!     let Ok(route) = Route::parse(&msg) else { continue };
//!     if let Some(hops) = route.multipath()? {
//!         for hop in hops {
//!             let hop = hop?;
//!             let _ = (hop.weight(), hop.gateway()?);
//!         }
//!     }
//! }
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::IpAddr;

use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::{Attr, Attrs};
use crate::error::{Error, Result};
use crate::families::split;
use crate::message::{msg_type, Message};
use crate::spec::{AttrSpec, AttrType, Field, MessageSpec, Space, StructSpec};
use crate::wire::{align, NeI32, NeU16, NeU32};

/// `struct rtmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct RtMsg {
    /// Address family.
    pub family: u8,
    /// Destination prefix length.
    pub dst_len: u8,
    /// Source prefix length.
    pub src_len: u8,
    /// TOS filter.
    pub tos: u8,
    /// Routing table id, or `RT_TABLE_UNSPEC` when it is above 255 (see `RTA_TABLE`).
    pub table: u8,
    /// Routing protocol (`RTPROT_*`).
    pub protocol: u8,
    /// Scope (`RT_SCOPE_*`).
    pub scope: u8,
    /// Route type (`RTN_*`).
    pub kind: u8,
    /// `RTM_F_*` flags.
    pub flags: NeU32,
}

/// `RTA_*` attribute types (`include/uapi/linux/rtnetlink.h`).
pub mod rta {
    #![allow(missing_docs)]
    pub const DST: u16 = 1;
    pub const SRC: u16 = 2;
    pub const IIF: u16 = 3;
    pub const OIF: u16 = 4;
    pub const GATEWAY: u16 = 5;
    pub const PRIORITY: u16 = 6;
    pub const PREFSRC: u16 = 7;
    pub const METRICS: u16 = 8;
    pub const MULTIPATH: u16 = 9;
    pub const PROTOINFO: u16 = 10;
    pub const FLOW: u16 = 11;
    pub const CACHEINFO: u16 = 12;
    pub const SESSION: u16 = 13;
    pub const MP_ALGO: u16 = 14;
    pub const TABLE: u16 = 15;
    pub const MARK: u16 = 16;
    pub const MFC_STATS: u16 = 17;
    pub const VIA: u16 = 18;
    pub const NEWDST: u16 = 19;
    pub const PREF: u16 = 20;
    pub const ENCAP_TYPE: u16 = 21;
    pub const ENCAP: u16 = 22;
    pub const EXPIRES: u16 = 23;
    pub const PAD: u16 = 24;
    pub const UID: u16 = 25;
    pub const TTL_PROPAGATE: u16 = 26;
    pub const IP_PROTO: u16 = 27;
    pub const SPORT: u16 = 28;
    pub const DPORT: u16 = 29;
    pub const NH_ID: u16 = 30;
    pub const FLOWLABEL: u16 = 31;
}

/// `RTAX_*` metrics (inside `RTA_METRICS`).
pub mod rtax {
    #![allow(missing_docs)]
    pub const LOCK: u16 = 1;
    pub const MTU: u16 = 2;
    pub const WINDOW: u16 = 3;
    pub const RTT: u16 = 4;
    pub const RTTVAR: u16 = 5;
    pub const SSTHRESH: u16 = 6;
    pub const CWND: u16 = 7;
    pub const ADVMSS: u16 = 8;
    pub const REORDERING: u16 = 9;
    pub const HOPLIMIT: u16 = 10;
    pub const INITCWND: u16 = 11;
    pub const FEATURES: u16 = 12;
    pub const RTO_MIN: u16 = 13;
    pub const INITRWND: u16 = 14;
    pub const QUICKACK: u16 = 15;
    pub const CC_ALGO: u16 = 16;
    pub const FASTOPEN_NO_COOKIE: u16 = 17;
}

/// `RTN_*` route types.
pub mod rtn {
    #![allow(missing_docs)]
    pub const UNSPEC: u8 = 0;
    pub const UNICAST: u8 = 1;
    pub const LOCAL: u8 = 2;
    pub const BROADCAST: u8 = 3;
    pub const ANYCAST: u8 = 4;
    pub const MULTICAST: u8 = 5;
    pub const BLACKHOLE: u8 = 6;
    pub const UNREACHABLE: u8 = 7;
    pub const PROHIBIT: u8 = 8;
    pub const THROW: u8 = 9;
    pub const NAT: u8 = 10;
    pub const XRESOLVE: u8 = 11;
}

/// `RTPROT_*` protocols that this crate names.
pub mod rtprot {
    #![allow(missing_docs)]
    pub const UNSPEC: u8 = 0;
    pub const REDIRECT: u8 = 1;
    pub const KERNEL: u8 = 2;
    pub const BOOT: u8 = 3;
    pub const STATIC: u8 = 4;
}

/// Routing table ids (`RT_TABLE_*`).
pub mod table {
    #![allow(missing_docs)]
    pub const UNSPEC: u32 = 0;
    pub const COMPAT: u32 = 252;
    pub const DEFAULT: u32 = 253;
    pub const MAIN: u32 = 254;
    pub const LOCAL: u32 = 255;
}

/// `struct rta_cacheinfo`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
#[allow(missing_docs)]
pub struct RtaCacheInfo {
    pub clntref: NeU32,
    pub lastuse: NeU32,
    /// Remaining lifetime in hundredths of a second (`USER_HZ`); `ip` prints it divided by 100.
    pub expires: NeI32,
    pub error: NeU32,
    pub used: NeU32,
    pub id: NeU32,
    pub ts: NeU32,
    pub tsage: NeU32,
}

/// `struct rtnexthop`: one next hop of `RTA_MULTIPATH`, followed by its attributes.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct RtNextHop {
    /// Length of this next hop, attributes included.
    pub len: NeU16,
    /// `RTNH_F_*` flags.
    pub flags: u8,
    /// Weight minus one (`rtnh_hops`).
    pub hops: u8,
    /// Output interface index.
    pub ifindex: NeI32,
}

/// One next hop borrowed from `RTA_MULTIPATH`.
#[derive(Clone, Copy, Debug)]
pub struct NextHop<'a> {
    header: &'a RtNextHop,
    attrs: &'a [u8],
    offset: usize,
}

impl<'a> NextHop<'a> {
    /// `RTNH_F_*` flags.
    pub fn flags(&self) -> u8 {
        self.header.flags
    }
    /// The weight as `ip` shows it (`rtnh_hops + 1`).
    pub fn weight(&self) -> u16 {
        u16::from(self.header.hops) + 1
    }
    /// Output interface index.
    pub fn ifindex(&self) -> i32 {
        self.header.ifindex.get()
    }
    /// The next hop's attributes (`RTA_GATEWAY`, `RTA_VIA`, ...).
    pub fn attrs(&self) -> Attrs<'a> {
        Attrs::with_offset(self.attrs, self.offset + core::mem::size_of::<RtNextHop>())
    }
}

/// Iterator over the next hops of an `RTA_MULTIPATH` payload.
#[derive(Clone, Debug)]
pub struct NextHops<'a> {
    buf: &'a [u8],
    pos: usize,
    failed: bool,
}

impl<'a> NextHops<'a> {
    /// Walks the next hops in `payload`.
    pub fn new(payload: &'a [u8]) -> Self {
        NextHops { buf: payload, pos: 0, failed: false }
    }
}

impl<'a> Iterator for NextHops<'a> {
    type Item = Result<NextHop<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let rest = self.buf.get(self.pos..).filter(|r| !r.is_empty())?;
        let offset = self.pos;
        let size = core::mem::size_of::<RtNextHop>();
        let parsed = RtNextHop::ref_from_prefix(rest)
            .map_err(|_| Error::Truncated { offset, needed: size, available: rest.len() })
            .and_then(|(header, _)| {
                let len = usize::from(header.len.get());
                if len < size {
                    return Err(Error::BadLength { offset, len });
                }
                let attrs = rest.get(size..len).ok_or(Error::Truncated {
                    offset,
                    needed: len,
                    available: rest.len(),
                })?;
                Ok(NextHop { header, attrs, offset })
            });
        match parsed {
            Ok(hop) => {
                self.pos =
                    self.pos.saturating_add(align(usize::from(hop.header.len.get()))).min(self.buf.len());
                Some(Ok(hop))
            }
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

/// A view of an `RTM_NEWROUTE`/`RTM_DELROUTE` message.
#[derive(Clone, Debug)]
pub struct Route<'a> {
    header: &'a RtMsg,
    attrs: Attrs<'a>,
}

macro_rules! attr_getter {
    ($(#[$m:meta])* $name:ident, $kind:expr, $t:ty, $acc:ident) => {
        $(#[$m])*
        pub fn $name(&self) -> Result<Option<$t>> {
            self.attrs.find($kind)?.map(|a| a.$acc()).transpose()
        }
    };
}

impl<'a> Route<'a> {
    /// Checks the message type and header size.
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        let kinds = [msg_type::RTM_NEWROUTE, msg_type::RTM_DELROUTE, msg_type::RTM_GETROUTE];
        let (header, attrs) = split(msg, &kinds, "route")?;
        Ok(Route { header, attrs })
    }
    /// The family header.
    pub fn header(&self) -> &'a RtMsg {
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
    /// Destination prefix length.
    pub fn dst_len(&self) -> u8 {
        self.header.dst_len
    }
    /// Source prefix length.
    pub fn src_len(&self) -> u8 {
        self.header.src_len
    }
    /// TOS.
    pub fn tos(&self) -> u8 {
        self.header.tos
    }
    /// Protocol (`RTPROT_*`).
    pub fn protocol(&self) -> u8 {
        self.header.protocol
    }
    /// Scope (`RT_SCOPE_*`).
    pub fn scope(&self) -> u8 {
        self.header.scope
    }
    /// Type (`RTN_*`).
    pub fn kind(&self) -> u8 {
        self.header.kind
    }
    /// `RTM_F_*` flags.
    pub fn flags(&self) -> u32 {
        self.header.flags.get()
    }
    /// The table: `RTA_TABLE` when present (ids above 255 live only there),
    /// else `rtm_table`.
    pub fn table(&self) -> Result<u32> {
        Ok(self.attrs.find(rta::TABLE)?.map(|a| a.u32()).transpose()?.unwrap_or(self.header.table.into()))
    }

    attr_getter!(/// `RTA_DST`: absent for the default route.
        dst, rta::DST, IpAddr, ip);
    attr_getter!(/// `RTA_SRC`.
        src, rta::SRC, IpAddr, ip);
    attr_getter!(/// `RTA_GATEWAY`.
        gateway, rta::GATEWAY, IpAddr, ip);
    attr_getter!(/// `RTA_PREFSRC`.
        prefsrc, rta::PREFSRC, IpAddr, ip);
    attr_getter!(/// `RTA_OIF`: output interface.
        oif, rta::OIF, u32, u32);
    attr_getter!(/// `RTA_IIF`: input interface.
        iif, rta::IIF, u32, u32);
    attr_getter!(/// `RTA_PRIORITY`: the metric.
        priority, rta::PRIORITY, u32, u32);
    attr_getter!(/// `RTA_MARK`.
        mark, rta::MARK, u32, u32);
    attr_getter!(/// `RTA_UID`.
        uid, rta::UID, u32, u32);
    attr_getter!(/// `RTA_PREF`: IPv6 router preference (`ICMPV6_ROUTER_PREF_*`).
        pref, rta::PREF, u8, u8);
    attr_getter!(/// `RTA_ENCAP_TYPE` (`LWTUNNEL_ENCAP_*`).
        encap_type, rta::ENCAP_TYPE, u16, u16);
    attr_getter!(/// `RTA_EXPIRES`: seconds left (request side).
        expires, rta::EXPIRES, u64, u64);
    attr_getter!(/// `RTA_NH_ID`: the next-hop object used.
        nh_id, rta::NH_ID, u32, u32);
    attr_getter!(/// `RTA_TTL_PROPAGATE`.
        ttl_propagate, rta::TTL_PROPAGATE, u8, u8);
    attr_getter!(/// `RTA_FLOW`: realms.
        flow, rta::FLOW, u32, u32);

    /// `RTA_VIA`: a gateway of another family (`struct rtvia`: family, address).
    pub fn via(&self) -> Result<Option<IpAddr>> {
        self.attrs.find(rta::VIA)?.map(|a| via(&a)).transpose()
    }
    /// `RTA_METRICS`: the `RTAX_*` chain.
    pub fn metrics(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.attrs.find(rta::METRICS)?.map(|a| a.nested()))
    }
    /// One `RTAX_*` metric (`rtax::MTU`, `rtax::ADVMSS`, ...).
    pub fn metric(&self, kind: u16) -> Result<Option<u32>> {
        match self.metrics()? {
            Some(m) => m.find(kind)?.map(|a| a.u32()).transpose(),
            None => Ok(None),
        }
    }
    /// `RTA_ENCAP`: the encapsulation's attributes.
    pub fn encap(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.attrs.find(rta::ENCAP)?.map(|a| a.nested()))
    }
    /// `RTA_CACHEINFO`.
    pub fn cacheinfo(&self) -> Result<Option<&'a RtaCacheInfo>> {
        self.attrs.find(rta::CACHEINFO)?.map(|a| a.as_struct()).transpose()
    }
    /// `RTA_MULTIPATH`: the next hops, with their weights.
    pub fn multipath(&self) -> Result<Option<NextHops<'a>>> {
        Ok(self.attrs.find(rta::MULTIPATH)?.map(|a| NextHops::new(a.payload())))
    }
}

/// Decodes `struct rtvia`: a `u16` family then the address.
fn via(attr: &Attr<'_>) -> Result<IpAddr> {
    let addr = attr.payload().get(2..).unwrap_or(&[]);
    Attr::from_parts(attr.kind(), addr, attr.offset()).ip()
}

impl<'a> NextHop<'a> {
    /// `RTA_GATEWAY` of this hop.
    pub fn gateway(&self) -> Result<Option<IpAddr>> {
        self.attrs().find(rta::GATEWAY)?.map(|a| a.ip()).transpose()
    }
    /// `RTA_VIA` of this hop.
    pub fn via(&self) -> Result<Option<IpAddr>> {
        self.attrs().find(rta::VIA)?.map(|a| via(&a)).transpose()
    }
}

/// `RTN_*` names as `ip` prints them.
pub static RTN_NAMES: &[(u32, &str)] = &[
    (0, "none"),
    (1, "unicast"),
    (2, "local"),
    (3, "broadcast"),
    (4, "anycast"),
    (5, "multicast"),
    (6, "blackhole"),
    (7, "unreachable"),
    (8, "prohibit"),
    (9, "throw"),
    (10, "nat"),
    (11, "xresolve"),
];

/// `RTPROT_*` names as `ip` prints them (`/etc/iproute2/rt_protos`).
pub static RTPROT_NAMES: &[(u32, &str)] = &[
    (0, "unspec"),
    (1, "redirect"),
    (2, "kernel"),
    (3, "boot"),
    (4, "static"),
    (8, "gated"),
    (9, "ra"),
    (10, "mrt"),
    (11, "zebra"),
    (12, "bird"),
    (13, "dnrouted"),
    (14, "xorp"),
    (15, "ntk"),
    (16, "dhcp"),
    (17, "mrouted"),
    (18, "keepalived"),
    (42, "babel"),
    (99, "openr"),
    (186, "bgp"),
    (187, "isis"),
    (188, "ospf"),
    (189, "rip"),
    (192, "eigrp"),
];

/// Table names as `ip` prints them.
pub static TABLE_NAMES: &[(u32, &str)] = &[(0, "unspec"), (253, "default"), (254, "main"), (255, "local")];

/// `ICMPV6_ROUTER_PREF_*` names as `ip` prints them.
pub static PREF_NAMES: &[(u32, &str)] = &[(0, "medium"), (1, "high"), (3, "low")];

/// `RTNH_F_*` names as `ip` prints them.
pub static RTNH_F_NAMES: &[(u32, &str)] = &[
    (1, "dead"),
    (2, "pervasive"),
    (4, "onlink"),
    (8, "offload"),
    (16, "linkdown"),
    (32, "unresolved"),
    (64, "trap"),
];

/// `LWTUNNEL_ENCAP_*` names.
pub static ENCAP_NAMES: &[(u32, &str)] = &[
    (0, "none"),
    (1, "mpls"),
    (2, "ip"),
    (3, "ila"),
    (4, "ip6"),
    (5, "seg6"),
    (6, "bpf"),
    (7, "seg6local"),
    (8, "rpl"),
    (9, "ioam6"),
    (10, "xfrm"),
];

/// Spec of `struct rtmsg`.
pub static RTMSG: StructSpec = StructSpec {
    name: "rtmsg",
    size: 12,
    fields: &[
        Field { name: "family", offset: 0, len: 1, ty: AttrType::U8 },
        Field { name: "dst_len", offset: 1, len: 1, ty: AttrType::U8 },
        Field { name: "src_len", offset: 2, len: 1, ty: AttrType::U8 },
        Field { name: "tos", offset: 3, len: 1, ty: AttrType::U8 },
        Field { name: "table", offset: 4, len: 1, ty: AttrType::Enum(TABLE_NAMES) },
        Field { name: "proto", offset: 5, len: 1, ty: AttrType::Enum(RTPROT_NAMES) },
        Field { name: "scope", offset: 6, len: 1, ty: AttrType::Enum(SCOPE_NAMES) },
        Field { name: "type", offset: 7, len: 1, ty: AttrType::Enum(RTN_NAMES) },
        Field { name: "flags", offset: 8, len: 4, ty: AttrType::U32 },
    ],
};

/// Spec of `struct rta_cacheinfo`.
pub static RTA_CACHEINFO: StructSpec = StructSpec {
    name: "rta_cacheinfo",
    size: 32,
    fields: &[
        Field { name: "rta_clntref", offset: 0, len: 4, ty: AttrType::U32 },
        Field { name: "rta_lastuse", offset: 4, len: 4, ty: AttrType::U32 },
        Field { name: "rta_expires", offset: 8, len: 4, ty: AttrType::S32 },
        Field { name: "rta_error", offset: 12, len: 4, ty: AttrType::U32 },
        Field { name: "rta_used", offset: 16, len: 4, ty: AttrType::U32 },
        Field { name: "rta_id", offset: 20, len: 4, ty: AttrType::U32 },
        Field { name: "rta_ts", offset: 24, len: 4, ty: AttrType::U32 },
        Field { name: "rta_tsage", offset: 28, len: 4, ty: AttrType::U32 },
    ],
};

/// `RTAX_*` metrics.
pub static RTAX: Space = Space {
    name: "metrics",
    attrs: &[
        AttrSpec { id: rtax::LOCK, name: "RTAX_LOCK", short: "lock", ty: AttrType::U32 },
        AttrSpec { id: rtax::MTU, name: "RTAX_MTU", short: "mtu", ty: AttrType::U32 },
        AttrSpec { id: rtax::WINDOW, name: "RTAX_WINDOW", short: "window", ty: AttrType::U32 },
        AttrSpec { id: rtax::RTT, name: "RTAX_RTT", short: "rtt", ty: AttrType::U32 },
        AttrSpec { id: rtax::RTTVAR, name: "RTAX_RTTVAR", short: "rttvar", ty: AttrType::U32 },
        AttrSpec { id: rtax::SSTHRESH, name: "RTAX_SSTHRESH", short: "ssthresh", ty: AttrType::U32 },
        AttrSpec { id: rtax::CWND, name: "RTAX_CWND", short: "cwnd", ty: AttrType::U32 },
        AttrSpec { id: rtax::ADVMSS, name: "RTAX_ADVMSS", short: "advmss", ty: AttrType::U32 },
        AttrSpec { id: rtax::REORDERING, name: "RTAX_REORDERING", short: "reordering", ty: AttrType::U32 },
        AttrSpec { id: rtax::HOPLIMIT, name: "RTAX_HOPLIMIT", short: "hoplimit", ty: AttrType::U32 },
        AttrSpec { id: rtax::INITCWND, name: "RTAX_INITCWND", short: "initcwnd", ty: AttrType::U32 },
        AttrSpec { id: rtax::FEATURES, name: "RTAX_FEATURES", short: "features", ty: AttrType::U32 },
        AttrSpec { id: rtax::RTO_MIN, name: "RTAX_RTO_MIN", short: "rto_min", ty: AttrType::U32 },
        AttrSpec { id: rtax::INITRWND, name: "RTAX_INITRWND", short: "initrwnd", ty: AttrType::U32 },
        AttrSpec { id: rtax::QUICKACK, name: "RTAX_QUICKACK", short: "quickack", ty: AttrType::U32 },
        AttrSpec { id: rtax::CC_ALGO, name: "RTAX_CC_ALGO", short: "cc_algo", ty: AttrType::Str },
        AttrSpec {
            id: rtax::FASTOPEN_NO_COOKIE,
            name: "RTAX_FASTOPEN_NO_COOKIE",
            short: "fastopen_no_cookie",
            ty: AttrType::U32,
        },
    ],
};

/// `RTA_*`: the top-level route attributes (also inside each next hop).
pub static RTA: Space = Space {
    name: "route",
    attrs: &[
        AttrSpec { id: rta::DST, name: "RTA_DST", short: "dst", ty: AttrType::Ip },
        AttrSpec { id: rta::SRC, name: "RTA_SRC", short: "src", ty: AttrType::Ip },
        AttrSpec { id: rta::IIF, name: "RTA_IIF", short: "iif", ty: AttrType::U32 },
        AttrSpec { id: rta::OIF, name: "RTA_OIF", short: "oif", ty: AttrType::U32 },
        AttrSpec { id: rta::GATEWAY, name: "RTA_GATEWAY", short: "gateway", ty: AttrType::Ip },
        AttrSpec { id: rta::PRIORITY, name: "RTA_PRIORITY", short: "priority", ty: AttrType::U32 },
        AttrSpec { id: rta::PREFSRC, name: "RTA_PREFSRC", short: "prefsrc", ty: AttrType::Ip },
        AttrSpec { id: rta::METRICS, name: "RTA_METRICS", short: "metrics", ty: AttrType::Nested(&RTAX) },
        AttrSpec {
            id: rta::MULTIPATH,
            name: "RTA_MULTIPATH",
            short: "multipath",
            ty: AttrType::Multipath(&RTA),
        },
        AttrSpec { id: rta::PROTOINFO, name: "RTA_PROTOINFO", short: "protoinfo", ty: AttrType::Bytes },
        AttrSpec { id: rta::FLOW, name: "RTA_FLOW", short: "flow", ty: AttrType::U32 },
        AttrSpec {
            id: rta::CACHEINFO,
            name: "RTA_CACHEINFO",
            short: "cacheinfo",
            ty: AttrType::Struct(&RTA_CACHEINFO),
        },
        AttrSpec { id: rta::SESSION, name: "RTA_SESSION", short: "session", ty: AttrType::Bytes },
        AttrSpec { id: rta::MP_ALGO, name: "RTA_MP_ALGO", short: "mp_algo", ty: AttrType::U32 },
        AttrSpec { id: rta::TABLE, name: "RTA_TABLE", short: "table", ty: AttrType::U32 },
        AttrSpec { id: rta::MARK, name: "RTA_MARK", short: "mark", ty: AttrType::U32 },
        AttrSpec { id: rta::MFC_STATS, name: "RTA_MFC_STATS", short: "mfc_stats", ty: AttrType::Bytes },
        AttrSpec { id: rta::VIA, name: "RTA_VIA", short: "via", ty: AttrType::Bytes },
        AttrSpec { id: rta::NEWDST, name: "RTA_NEWDST", short: "newdst", ty: AttrType::Bytes },
        AttrSpec { id: rta::PREF, name: "RTA_PREF", short: "pref", ty: AttrType::Enum(PREF_NAMES) },
        AttrSpec {
            id: rta::ENCAP_TYPE,
            name: "RTA_ENCAP_TYPE",
            short: "encap_type",
            ty: AttrType::Enum(ENCAP_NAMES),
        },
        AttrSpec { id: rta::ENCAP, name: "RTA_ENCAP", short: "encap", ty: AttrType::Bytes },
        AttrSpec { id: rta::EXPIRES, name: "RTA_EXPIRES", short: "expires", ty: AttrType::U64 },
        AttrSpec { id: rta::PAD, name: "RTA_PAD", short: "pad", ty: AttrType::Bytes },
        AttrSpec { id: rta::UID, name: "RTA_UID", short: "uid", ty: AttrType::U32 },
        AttrSpec {
            id: rta::TTL_PROPAGATE,
            name: "RTA_TTL_PROPAGATE",
            short: "ttl_propagate",
            ty: AttrType::U8,
        },
        AttrSpec { id: rta::IP_PROTO, name: "RTA_IP_PROTO", short: "ip_proto", ty: AttrType::U8 },
        AttrSpec { id: rta::SPORT, name: "RTA_SPORT", short: "sport", ty: AttrType::Be16 },
        AttrSpec { id: rta::DPORT, name: "RTA_DPORT", short: "dport", ty: AttrType::Be16 },
        AttrSpec { id: rta::NH_ID, name: "RTA_NH_ID", short: "nh_id", ty: AttrType::U32 },
        AttrSpec { id: rta::FLOWLABEL, name: "RTA_FLOWLABEL", short: "flowlabel", ty: AttrType::Be32 },
    ],
};

/// Spec of route messages.
pub static MESSAGE: MessageSpec = MessageSpec { family: "route", header: &RTMSG, space: &RTA };

/// `enum rt_scope_t` values with the names `ip` prints.
pub static SCOPE_NAMES: &[(u32, &str)] =
    &[(0, "global"), (200, "site"), (253, "link"), (254, "host"), (255, "nowhere")];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::{Builder, Header};
    use crate::MsgFlags;
    use core::net::Ipv6Addr;
    use linux_raw_sys::netlink as sys;

    #[test]
    fn layouts_and_constants_match_the_kernel() {
        assert_eq!(core::mem::size_of::<RtMsg>(), core::mem::size_of::<sys::rtmsg>());
        assert_eq!(core::mem::size_of::<RtMsg>(), RTMSG.size);
        assert_eq!(core::mem::size_of::<RtNextHop>(), core::mem::size_of::<sys::rtnexthop>());
        assert_eq!(core::mem::size_of::<RtaCacheInfo>(), core::mem::size_of::<sys::rta_cacheinfo>());
        for (ours, theirs) in [
            (rta::MULTIPATH, sys::rtattr_type_t::RTA_MULTIPATH as u16),
            (rta::TABLE, sys::rtattr_type_t::RTA_TABLE as u16),
            (rta::VIA, sys::rtattr_type_t::RTA_VIA as u16),
            (rta::PREF, sys::rtattr_type_t::RTA_PREF as u16),
            (rta::NH_ID, sys::rtattr_type_t::RTA_NH_ID as u16),
            (rtax::MTU, sys::RTAX_MTU as u16),
            (rtax::HOPLIMIT, sys::RTAX_HOPLIMIT as u16),
            (rtax::CC_ALGO, sys::RTAX_CC_ALGO as u16),
        ] {
            assert_eq!(ours, theirs);
        }
        assert_eq!(u32::from(rtn::BLACKHOLE), sys::RTN_BLACKHOLE as u32);
        assert_eq!(u32::from(rtn::THROW), sys::RTN_THROW as u32);
        assert_eq!(u32::from(rtprot::STATIC), sys::RTPROT_STATIC);
        assert_eq!(table::MAIN, sys::rt_class_t::RT_TABLE_MAIN as u32);
    }

    #[test]
    fn via_and_table_above_255_decode() {
        let mut buf = [0u8; 128];
        let gw = Ipv6Addr::new(0xfe80, 0, 0, 0, 0, 0, 0, 1);
        let len = Builder::new(&mut buf)
            .message(Header::new(msg_type::RTM_NEWROUTE, MsgFlags::empty(), 1), |m| {
                m.family_header(&RtMsg { family: 2, table: 0, ..RtMsg::default() })?;
                m.u32(rta::TABLE, 1000)?;
                // struct rtvia: sa_family AF_INET6 (10), then the address.
                m.attr_parts(rta::VIA, &[&10u16.to_ne_bytes(), &gw.octets()])
            })
            .unwrap();
        let msg = Message::parse(&buf[..len]).unwrap();
        let r = Route::parse(&msg).unwrap();
        assert_eq!(r.table().unwrap(), 1000);
        assert_eq!(r.via().unwrap(), Some(IpAddr::V6(gw)));
    }
}
