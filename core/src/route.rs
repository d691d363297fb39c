//! Routes: `struct rtmsg`, `RTA_*` and `RTAX_*` attributes, the multipath
//! next hops, the [`Route`] view and the typed route requests.
//!
//! ```
//! use nlwire::route::{rt_table, NextHopSpec, Prefix, Route, RouteRequest};
//! use nlwire::{build::Builder, Messages};
//! // Two routes to 203.0.113.0/24: in table 100 with mtu 1400, and in main
//! // through two gateways, weights 1 and 2.
//! let dst = Prefix::new("203.0.113.0".parse().unwrap(), 24);
//! let hops = [
//!     NextHopSpec::new("192.0.2.1".parse().unwrap(), 2),
//!     NextHopSpec::new("192.0.2.2".parse().unwrap(), 2).weight(2),
//! ];
//! let mut buf = [0u8; 256];
//! let mut b = Builder::new(&mut buf);
//! b.push(&RouteRequest::add(dst).table(100).mtu(1400), 1)?;
//! b.push(&RouteRequest::add(dst).multipath(&hops), 2)?;
//! for msg in Messages::new(b.as_bytes()) {
//!     let msg = msg?;
//!     let Ok(route) = Route::parse(&msg) else { continue }; // a dump's NLMSG_DONE
//!     if route.table()? == 100 {
//!         assert_eq!(route.mtu()?, Some(1400));
//!     }
//!     if route.table()? == rt_table::MAIN && route.multipath()?.is_some() {
//!         let weights: heapless::Vec<u16, 4> =
//!             route.multipath()?.unwrap().map(|hop| hop.map(|h| h.weight())).collect::<Result<_, _>>()?;
//!         assert_eq!(&weights[..], &[1, 2]);
//!     }
//! }
//! # Ok::<(), nlwire::Error>(())
//! ```
//!
//! Requests ([`RouteRequest`], [`RouteGet`], [`RouteDump`]) follow
//! `ip route`'s defaults; see each type.

use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::tables::rt_route::RouteAttrs;
use zerocopy::IntoBytes;

use crate::attr::Attrs;
use crate::build::{Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::lwtunnel::Encap;
use crate::message::{message_view, msg_type, MsgFlags};
use crate::rtnl::name_of;

pub use crate::rtnl::{
    af, protocol_name, rt_scope, rt_table, rtn, rtprot, scope_name, table_name, NextHop, NextHopFlags,
    NextHops, RtNextHop, RtVia, Via, NEXTHOP_FLAG_NAMES, PROTOCOL_NAMES, SCOPE_NAMES, TABLE_NAMES,
    TYPE_NAMES,
};

pub use crate::tables::rt_route::{
    lwtunnel_encap as lwtunnel, metrics as rtax, route_attrs as rta, router_pref, rtax_features,
    Rtmsg as RtMsg,
};

/// `rtm_flags`: the `RTM_F_*` flags and, in the low byte, the `RTNH_F_*`
/// flags of a single-path route (`RT_OFFLOAD`, `RT_TRAP` and
/// `RT_OFFLOAD_FAILED` are `RTM_F_OFFLOAD`, `RTM_F_TRAP`, `RTM_F_OFFLOAD_FAILED`).
///
/// ```
/// use nlwire::route::RouteFlags;
/// assert_eq!(RouteFlags::ONLINK.bits(), 4); // RTNH_F_ONLINK
/// assert_eq!(RouteFlags::CLONED.bits(), 0x200); // RTM_F_CLONED
/// ```
pub use crate::tables::rt_route::RtmFlags as RouteFlags;

/// A route type (`rtm_type`) with the names `ip` uses.
///
/// `From<u8>` maps every value; [`RouteType::Other`] keeps the ones the
/// kernel may add later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RouteType {
    /// `RTN_UNSPEC` (`ip` prints `none`).
    #[default]
    Unspec,
    /// A gateway or direct route.
    Unicast,
    /// Accept locally.
    Local,
    /// Accept locally as broadcast, send as broadcast.
    Broadcast,
    /// Accept locally as broadcast, send as unicast.
    Anycast,
    /// A multicast route.
    Multicast,
    /// Drop silently.
    Blackhole,
    /// Drop with ICMP "unreachable".
    Unreachable,
    /// Drop with ICMP "administratively prohibited".
    Prohibit,
    /// Continue the lookup in the next table.
    Throw,
    /// Network address translation (unused).
    Nat,
    /// External resolver (unused).
    Xresolve,
    /// A value this crate has no name for.
    Other(u8),
}

impl From<u8> for RouteType {
    fn from(v: u8) -> Self {
        match v {
            rtn::UNSPEC => RouteType::Unspec,
            rtn::UNICAST => RouteType::Unicast,
            rtn::LOCAL => RouteType::Local,
            rtn::BROADCAST => RouteType::Broadcast,
            rtn::ANYCAST => RouteType::Anycast,
            rtn::MULTICAST => RouteType::Multicast,
            rtn::BLACKHOLE => RouteType::Blackhole,
            rtn::UNREACHABLE => RouteType::Unreachable,
            rtn::PROHIBIT => RouteType::Prohibit,
            rtn::THROW => RouteType::Throw,
            rtn::NAT => RouteType::Nat,
            rtn::XRESOLVE => RouteType::Xresolve,
            other => RouteType::Other(other),
        }
    }
}

impl From<RouteType> for u8 {
    fn from(t: RouteType) -> u8 {
        match t {
            RouteType::Unspec => rtn::UNSPEC,
            RouteType::Unicast => rtn::UNICAST,
            RouteType::Local => rtn::LOCAL,
            RouteType::Broadcast => rtn::BROADCAST,
            RouteType::Anycast => rtn::ANYCAST,
            RouteType::Multicast => rtn::MULTICAST,
            RouteType::Blackhole => rtn::BLACKHOLE,
            RouteType::Unreachable => rtn::UNREACHABLE,
            RouteType::Prohibit => rtn::PROHIBIT,
            RouteType::Throw => rtn::THROW,
            RouteType::Nat => rtn::NAT,
            RouteType::Xresolve => rtn::XRESOLVE,
            RouteType::Other(v) => v,
        }
    }
}

impl RouteType {
    /// The name `ip` prints (`"unicast"`, `"blackhole"`, ...).
    pub fn name(self) -> Option<&'static str> {
        name_of(TYPE_NAMES, u8::from(self).into())
    }
}

// `RtaCacheInfo`: times in hundredths of a second (`USER_HZ`).
pub use crate::tables::rt_route::{RtaCacheinfo as RtaCacheInfo, RtaMfcStats};

message_view! {
    /// A view of an `RTM_NEWROUTE`/`RTM_DELROUTE`/`RTM_GETROUTE` message.
    ///
    /// Header fields are plain getters; attributes are found on demand and
    /// returned as `Result<Option<T>>`: `Ok(None)` when absent, `Err` when the
    /// chain is broken or the payload has the wrong size.
    Route, RtMsg, RouteAttrs, "route", family = rtm_family, [msg_type::RTM_NEWROUTE, msg_type::RTM_DELROUTE, msg_type::RTM_GETROUTE],
    header {
        /// Destination prefix length.
        dst_len: u8 = rtm_dst_len,
        /// Source prefix length.
        src_len: u8 = rtm_src_len,
        /// TOS (DS field).
        tos: u8 = rtm_tos,
        /// Who installed the route ([`rtprot`]; [`protocol_name`] gives `ip`'s name).
        protocol: u8 = rtm_protocol,
        /// Scope ([`rt_scope`]; [`scope_name`] gives `ip`'s name).
        scope: u8 = rtm_scope,
    }
}

macro_rules! metric_attr {
    ($(#[$m:meta])* $name:ident, $kind:expr) => {
        $(#[$m])*
        pub fn $name(&self) -> Result<Option<u32>> {
            self.metric($kind)
        }
    };
}

impl<'a> Route<'a> {
    /// The table id: `RTA_TABLE` when present (ids above 255 live only
    /// there), else `rtm_table`.
    pub fn table(&self) -> Result<u32> {
        match self.attrs.0.find(rta::TABLE)? {
            Some(a) => a.u32(),
            None => Ok(u32::from(self.header.rtm_table)),
        }
    }
    /// Route type (`rtm_type`).
    pub fn kind(&self) -> RouteType {
        RouteType::from(self.header.rtm_type)
    }
    /// `rtm_flags`; unknown bits are kept.
    pub fn flags(&self) -> RouteFlags {
        RouteFlags::from_bits_retain(self.header.rtm_flags.get())
    }
    /// `RTA_METRICS`: the `RTAX_*` chain.
    pub fn metrics(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.attrs.0.find(rta::METRICS)?.map(|a| a.nested()))
    }
    /// One `u32` metric ([`rtax`]) from `RTA_METRICS`.
    pub fn metric(&self, kind: u16) -> Result<Option<u32>> {
        match self.metrics()? {
            Some(m) => m.find(kind)?.map(|a| a.u32()).transpose(),
            None => Ok(None),
        }
    }
    metric_attr!(/// `RTAX_LOCK`: bit `1 << RTAX_x` set for each locked metric.
        lock, rtax::LOCK);
    metric_attr!(/// `RTAX_MTU`.
        mtu, rtax::MTU);
    metric_attr!(/// `RTAX_WINDOW`.
        window, rtax::WINDOW);
    metric_attr!(/// `RTAX_RTT` (in 1/8 ms).
        rtt, rtax::RTT);
    metric_attr!(/// `RTAX_ADVMSS`.
        advmss, rtax::ADVMSS);
    metric_attr!(/// `RTAX_HOPLIMIT`.
        hoplimit, rtax::HOPLIMIT);
    metric_attr!(/// `RTAX_INITCWND`.
        initcwnd, rtax::INITCWND);
    metric_attr!(/// `RTAX_INITRWND`.
        initrwnd, rtax::INITRWND);
    metric_attr!(/// `RTAX_FEATURES` (`rtax_features::*` bits).
        features, rtax::FEATURES);
    /// `RTAX_CC_ALGO`: the congestion control algorithm's name.
    pub fn cc_algo(&self) -> Result<Option<&'a str>> {
        match self.metrics()? {
            Some(m) => m.find(rtax::CC_ALGO)?.map(|a| a.str()).transpose(),
            None => Ok(None),
        }
    }
    /// `RTA_MULTIPATH`: the next hops of a multipath route.
    pub fn multipath(&self) -> Result<Option<NextHops<'a>>> {
        Ok(self
            .attrs
            .0
            .find(rta::MULTIPATH)?
            .map(|a| NextHops::with_offset(a.payload(), a.offset() + crate::attr::NLA_HDRLEN)))
    }
    /// `RTA_VIA`: a gateway of another family (IPv6 next hop of an IPv4 route).
    pub fn via(&self) -> Result<Option<Via<'a>>> {
        self.attrs.0.find(rta::VIA)?.map(|a| Via::parse(&a)).transpose()
    }
    /// `RTA_ENCAP`: the encapsulation's attributes (their space depends on
    /// [`encap_type`](crate::tables::rt_route::RouteAttrs::encap_type)).
    pub fn encap(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.attrs.0.find(rta::ENCAP)?.map(|a| a.nested()))
    }
    /// `RTA_CACHEINFO`: usage counters and the time left before expiry.
    pub fn cacheinfo(&self) -> Result<Option<&'a RtaCacheInfo>> {
        self.attrs.0.find(rta::CACHEINFO)?.map(|a| a.as_struct()).transpose()
    }
    /// `RTA_TTL_PROPAGATE`: whether MPLS TTL propagation is on.
    pub fn ttl_propagate(&self) -> Result<Option<bool>> {
        self.attrs.0.find(rta::TTL_PROPAGATE)?.map(|a| a.u8().map(|v| v != 0)).transpose()
    }
}

/// `ip`'s name of an IPv6 router preference (`"low"`, `"medium"`, `"high"`).
pub fn pref_name(pref: u8) -> Option<&'static str> {
    name_of(PREF_NAMES, pref.into())
}
/// `ip`'s name of an encapsulation type (`"mpls"`, `"ip6"`, `"seg6"`, ...).
pub fn encap_name(encap_type: u16) -> Option<&'static str> {
    name_of(ENCAP_NAMES, encap_type.into())
}

// ---------------------------------------------------------------------------
// Spec tables
// ---------------------------------------------------------------------------

pub use crate::tables::rt_route::{
    LWTUNNEL_ENCAP_NAMES as ENCAP_NAMES, RTM_FLAGS as FLAG_NAMES, RT_PREF_NAMES as PREF_NAMES,
};

// ---------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------

/// An address and a prefix length, such as `10.0.0.0/8`.
///
/// A prefix of length 0 whose address is unspecified is `ip`'s `default`:
/// requests send no `RTA_DST`/`RTA_SRC` for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Prefix {
    /// The address.
    pub addr: IpAddr,
    /// The prefix length: at most 32 for IPv4, 128 for IPv6.
    pub len: u8,
}

impl Prefix {
    /// `ip`'s `default` for IPv4: `0.0.0.0/0`.
    pub const DEFAULT_V4: Prefix = Prefix { addr: IpAddr::V4(Ipv4Addr::UNSPECIFIED), len: 0 };
    /// `ip -6`'s `default`: `::/0`.
    pub const DEFAULT_V6: Prefix = Prefix { addr: IpAddr::V6(Ipv6Addr::UNSPECIFIED), len: 0 };

    /// A prefix (checked when a request is emitted).
    pub const fn new(addr: IpAddr, len: u8) -> Self {
        Prefix { addr, len }
    }
    /// A host prefix: `/32` or `/128`.
    pub const fn host(addr: IpAddr) -> Self {
        Prefix { addr, len: max_len(addr) }
    }
    /// `AF_INET` or `AF_INET6`.
    pub const fn family(&self) -> u8 {
        af::of(self.addr)
    }
    /// Whether this is `default` (length 0, unspecified address).
    pub fn is_default(&self) -> bool {
        self.len == 0 && self.addr.is_unspecified()
    }
    fn check(&self) -> Result<()> {
        if self.len <= max_len(self.addr) {
            return Ok(());
        }
        Err(Error::InvalidValue {
            what: match self.addr {
                IpAddr::V4(_) => "IPv4 prefix length over 32",
                IpAddr::V6(_) => "IPv6 prefix length over 128",
            },
        })
    }
}

const fn max_len(addr: IpAddr) -> u8 {
    match addr {
        IpAddr::V4(_) => 32,
        IpAddr::V6(_) => 128,
    }
}

/// Writes `RTA_VIA`: `struct rtvia` (native-endian `u16` family, then the address).
fn write_via(m: &mut MessageWriter<'_>, ip: IpAddr) -> Result<()> {
    let head = RtVia { family: u16::from(af::of(ip)).into() };
    match ip {
        IpAddr::V4(a) => m.attr_parts(rta::VIA, &[head.as_bytes(), &a.octets()]),
        IpAddr::V6(a) => m.attr_parts(rta::VIA, &[head.as_bytes(), &a.octets()]),
    }
}

/// The verb of a [`RouteRequest`], with the flags `ip route <verb>` sends
/// (all with `NLM_F_REQUEST | NLM_F_ACK`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RouteOp {
    /// `ip route add`: `RTM_NEWROUTE`, `NLM_F_CREATE | NLM_F_EXCL`.
    Add,
    /// `ip route change`: `RTM_NEWROUTE`, `NLM_F_REPLACE` (the route must exist).
    Change,
    /// `ip route replace`: `RTM_NEWROUTE`, `NLM_F_CREATE | NLM_F_REPLACE`.
    Replace,
    /// `ip route prepend`: `RTM_NEWROUTE`, `NLM_F_CREATE`.
    Prepend,
    /// `ip route append`: `RTM_NEWROUTE`, `NLM_F_CREATE | NLM_F_APPEND`.
    Append,
    /// `ip route del`: `RTM_DELROUTE`, no extra flag.
    Del,
    /// `ip route test`: `RTM_NEWROUTE`, `NLM_F_EXCL` (no `NLM_F_CREATE`: the
    /// kernel checks the route and adds nothing).
    Test,
}

impl RouteOp {
    /// `nlmsg_type`.
    pub const fn message_type(self) -> u16 {
        match self {
            RouteOp::Del => msg_type::RTM_DELROUTE,
            _ => msg_type::RTM_NEWROUTE,
        }
    }
    /// `nlmsg_flags`.
    pub fn flags(self) -> MsgFlags {
        let verb = match self {
            RouteOp::Add => MsgFlags::CREATE | MsgFlags::EXCL,
            RouteOp::Change => MsgFlags::REPLACE,
            RouteOp::Replace => MsgFlags::CREATE | MsgFlags::REPLACE,
            RouteOp::Prepend => MsgFlags::CREATE,
            RouteOp::Append => MsgFlags::CREATE | MsgFlags::APPEND,
            RouteOp::Del => MsgFlags::empty(),
            RouteOp::Test => MsgFlags::EXCL,
        };
        MsgFlags::REQUEST | MsgFlags::ACK | verb
    }
}

/// The `RTAX_*` metrics of a route, sent nested in `RTA_METRICS` in this
/// order, `RTAX_LOCK` last (as `ip route` does). `None` fields are not sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Metrics<'a> {
    /// `RTAX_LOCK`: `1 << RTAX_x` for each metric to lock; sent when not 0.
    pub lock: u32,
    /// `RTAX_MTU`.
    pub mtu: Option<u32>,
    /// `RTAX_WINDOW`.
    pub window: Option<u32>,
    /// `RTAX_RTT`, in 1/8 ms units.
    pub rtt: Option<u32>,
    /// `RTAX_RTTVAR`, in 1/4 ms units.
    pub rttvar: Option<u32>,
    /// `RTAX_SSTHRESH`.
    pub ssthresh: Option<u32>,
    /// `RTAX_CWND`.
    pub cwnd: Option<u32>,
    /// `RTAX_ADVMSS`.
    pub advmss: Option<u32>,
    /// `RTAX_REORDERING`.
    pub reordering: Option<u32>,
    /// `RTAX_HOPLIMIT`: 0 to 255.
    pub hoplimit: Option<u32>,
    /// `RTAX_INITCWND`.
    pub initcwnd: Option<u32>,
    /// `RTAX_FEATURES` (`rtax_features::*`).
    pub features: Option<u32>,
    /// `RTAX_RTO_MIN`, in milliseconds.
    pub rto_min: Option<u32>,
    /// `RTAX_INITRWND`.
    pub initrwnd: Option<u32>,
    /// `RTAX_QUICKACK`: 0 or 1.
    pub quickack: Option<u32>,
    /// `RTAX_CC_ALGO`: congestion control algorithm (`ip`'s `congctl`).
    pub cc_algo: Option<&'a str>,
    /// `RTAX_FASTOPEN_NO_COOKIE`: 0 or 1.
    pub fastopen_no_cookie: Option<u32>,
}

impl Metrics<'_> {
    fn numbers(&self) -> [(u16, Option<u32>); 15] {
        [
            (rtax::MTU, self.mtu),
            (rtax::WINDOW, self.window),
            (rtax::RTT, self.rtt),
            (rtax::RTTVAR, self.rttvar),
            (rtax::SSTHRESH, self.ssthresh),
            (rtax::CWND, self.cwnd),
            (rtax::ADVMSS, self.advmss),
            (rtax::REORDERING, self.reordering),
            (rtax::HOPLIMIT, self.hoplimit),
            (rtax::INITCWND, self.initcwnd),
            (rtax::FEATURES, self.features),
            (rtax::RTO_MIN, self.rto_min),
            (rtax::INITRWND, self.initrwnd),
            (rtax::QUICKACK, self.quickack),
            (rtax::FASTOPEN_NO_COOKIE, self.fastopen_no_cookie),
        ]
    }
    /// Whether nothing would be sent.
    pub fn is_empty(&self) -> bool {
        self.lock == 0 && self.cc_algo.is_none() && self.numbers().iter().all(|(_, v)| v.is_none())
    }
    /// The numeric metric `RTAX_*` `id`, to set (`None` for `RTAX_LOCK`,
    /// `RTAX_CC_ALGO` and ids nlwire does not know).
    ///
    /// ```
    /// use nlwire::route::{rtax, Metrics};
    /// let mut m = Metrics::default();
    /// *m.number_mut(rtax::ADVMSS).unwrap() = Some(1300);
    /// assert_eq!(m.advmss, Some(1300));
    /// assert!(m.number_mut(rtax::CC_ALGO).is_none());
    /// ```
    pub fn number_mut(&mut self, id: u16) -> Option<&mut Option<u32>> {
        Some(match id {
            rtax::MTU => &mut self.mtu,
            rtax::WINDOW => &mut self.window,
            rtax::RTT => &mut self.rtt,
            rtax::RTTVAR => &mut self.rttvar,
            rtax::SSTHRESH => &mut self.ssthresh,
            rtax::CWND => &mut self.cwnd,
            rtax::ADVMSS => &mut self.advmss,
            rtax::REORDERING => &mut self.reordering,
            rtax::HOPLIMIT => &mut self.hoplimit,
            rtax::INITCWND => &mut self.initcwnd,
            rtax::FEATURES => &mut self.features,
            rtax::RTO_MIN => &mut self.rto_min,
            rtax::INITRWND => &mut self.initrwnd,
            rtax::QUICKACK => &mut self.quickack,
            rtax::FASTOPEN_NO_COOKIE => &mut self.fastopen_no_cookie,
            _ => return None,
        })
    }
    fn check(&self) -> Result<()> {
        if self.hoplimit.is_some_and(|h| h > 255) {
            return Err(Error::invalid("hoplimit over 255"));
        }
        if self.quickack.is_some_and(|q| q > 1) {
            return Err(Error::invalid("quickack not 0 or 1"));
        }
        if self.fastopen_no_cookie.is_some_and(|q| q > 1) {
            return Err(Error::invalid("fastopen_no_cookie not 0 or 1"));
        }
        if self.cc_algo.is_some_and(|s| s.is_empty() || s.as_bytes().contains(&0)) {
            return Err(Error::invalid("congestion control name empty or with a NUL byte"));
        }
        Ok(())
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        for (kind, value) in self.numbers() {
            m.opt(kind, value, MessageWriter::u32)?;
        }
        m.opt(rtax::CC_ALGO, self.cc_algo, MessageWriter::str)?;
        if self.lock != 0 {
            m.u32(rtax::LOCK, self.lock)?;
        }
        Ok(())
    }
}

/// One path of a multipath route (`ip route add ... nexthop via A dev X weight N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextHopSpec<'a> {
    /// `RTA_GATEWAY`: a gateway of the route's family.
    pub gateway: Option<IpAddr>,
    /// `RTA_VIA`: a gateway of any family (an IPv6 next hop of an IPv4 route).
    pub via: Option<IpAddr>,
    /// `rtnh_ifindex`: output interface, 0 for none.
    pub oif: u32,
    /// Weight, 1 to 256 (sent as `rtnh_hops = weight - 1`).
    pub weight: u16,
    /// `RTNH_F_ONLINK`.
    pub onlink: bool,
    /// `RTA_FLOW`: realms.
    pub realm: Option<u32>,
    /// `RTA_ENCAP` and `RTA_ENCAP_TYPE`: the path's own encapsulation.
    pub encap: Option<Encap<'a>>,
}

impl Default for NextHopSpec<'_> {
    fn default() -> Self {
        NextHopSpec { gateway: None, via: None, oif: 0, weight: 1, onlink: false, realm: None, encap: None }
    }
}

impl NextHopSpec<'_> {
    /// A path through `gateway` on interface `oif`, weight 1.
    pub const fn new(gateway: IpAddr, oif: u32) -> Self {
        NextHopSpec {
            gateway: Some(gateway),
            via: None,
            oif,
            weight: 1,
            onlink: false,
            realm: None,
            encap: None,
        }
    }
    /// Sets the weight (1 to 256).
    pub const fn weight(mut self, weight: u16) -> Self {
        self.weight = weight;
        self
    }
    fn check(&self, family: u8) -> Result<()> {
        if self.weight == 0 || self.weight > 256 {
            return Err(Error::invalid("next hop weight not in 1..=256"));
        }
        if self.gateway.is_some() && self.via.is_some() {
            return Err(Error::invalid("next hop with both a gateway and a via"));
        }
        if self.gateway.is_some_and(|gw| af::of(gw) != family) {
            return Err(Error::invalid("next hop gateway family differs from the route's (use via)"));
        }
        if i32::try_from(self.oif).is_err() {
            return Err(Error::invalid("interface index over i32::MAX"));
        }
        self.encap.as_ref().map_or(Ok(()), Encap::validate)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let start = m.len();
        let hops = u8::try_from(self.weight.saturating_sub(1))
            .map_err(|_| Error::invalid("next hop weight not in 1..=256"))?;
        let ifindex = i32::try_from(self.oif).map_err(|_| Error::invalid("interface index over i32::MAX"))?;
        let flags = if self.onlink { RouteFlags::ONLINK.bits() as u8 } else { 0 };
        let header = RtNextHop {
            rtnh_len: 0.into(),
            rtnh_flags: flags,
            rtnh_hops: hops,
            rtnh_ifindex: ifindex.into(),
        };
        m.raw(header.as_bytes())?;
        m.opt(rta::GATEWAY, self.gateway, MessageWriter::ip)?;
        if let Some(via) = self.via {
            write_via(m, via)?;
        }
        m.opt(rta::FLOW, self.realm, MessageWriter::u32)?;
        if let Some(encap) = &self.encap {
            m.nest(rta::ENCAP, |m| encap.emit_attrs(m))?;
            m.u16(rta::ENCAP_TYPE, encap.kind())?;
        }
        let len = m.len() - start;
        let len16 = u16::try_from(len).map_err(|_| Error::AttrTooLong { len })?;
        m.patch_u16(start, len16)
    }
}

/// Adds, changes, replaces, prepends, appends or deletes a route: `ip
/// route <verb> ...` as a value.
///
/// Unset fields take `ip route`'s defaults (`iproute_modify` in
/// iproute2's `ip/iproute.c`), applied by [`rtmsg`](Self::rtmsg):
///
/// - protocol `boot`, type `unicast` (delete: 0 and `unspec`, which match any);
/// - table `main`, or `local` for the `local`, `broadcast`, `anycast` and
///   `nat` types; a table above 255 goes in `RTA_TABLE` with `rtm_table = 0`;
/// - scope: IPv6 `global`; else `host` for `local`/`nat`, `link` for
///   `broadcast`/`multicast`/`anycast`, and for `unicast`: `nowhere` on
///   delete, `link` with no gateway, via, multipath or nexthop id, else
///   `global`; other types `global` (delete: `nowhere`).
///
/// The family is the destination's. A gateway must have that family (a
/// gateway of the other family is a `via`); prefixes over 32/128 bits,
/// weights outside 1..=256 and the like give [`Error::InvalidValue`] and
/// nothing is written.
///
/// ```
/// use core::net::{IpAddr, Ipv4Addr};
/// use nlwire::build::Builder;
/// use nlwire::route::{Prefix, Route, RouteRequest, rt_scope};
/// use nlwire::Messages;
///
/// let dst = Prefix::new(IpAddr::V4(Ipv4Addr::new(10, 50, 0, 0)), 16);
/// let req = RouteRequest::add(dst).gateway(Ipv4Addr::new(10, 1, 0, 254).into()).oif(3).metric(100);
/// let mut buf = [0u8; 128];
/// let mut b = Builder::new(&mut buf);
/// b.push(&req, 1)?;
/// let msg = Messages::new(b.as_bytes()).next().unwrap()?;
/// let route = Route::parse(&msg)?;
/// assert_eq!(route.scope(), rt_scope::UNIVERSE); // a gateway: global scope
/// assert_eq!(route.priority()?, Some(100));
///
/// let bad = RouteRequest::add(Prefix::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), 33));
/// assert!(matches!(b.push(&bad, 2), Err(nlwire::Error::InvalidValue { .. })));
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteRequest<'a> {
    /// The verb.
    pub op: RouteOp,
    /// Destination (`RTA_DST`, `rtm_dst_len`); its family is the route's.
    pub dst: Prefix,
    /// Source prefix (`RTA_SRC`, `rtm_src_len`; `ip`'s `from`).
    pub src: Option<Prefix>,
    /// `rtm_tos`.
    pub tos: u8,
    /// Table id; `None` for `ip`'s default.
    pub table: Option<u32>,
    /// `rtm_protocol`; `None` for `ip`'s default.
    pub protocol: Option<u8>,
    /// `rtm_scope`; `None` for `ip`'s default.
    pub scope: Option<u8>,
    /// `rtm_type`; `None` for `ip`'s default.
    pub kind: Option<RouteType>,
    /// `rtm_flags` (such as [`RouteFlags::ONLINK`]).
    pub flags: RouteFlags,
    /// `RTA_GATEWAY`, of the destination's family.
    pub gateway: Option<IpAddr>,
    /// `RTA_VIA`: a gateway of any family.
    pub via: Option<IpAddr>,
    /// `RTA_OIF`.
    pub oif: Option<u32>,
    /// `RTA_PRIORITY` (`ip`'s `metric`).
    pub metric: Option<u32>,
    /// `RTA_PREFSRC` (`ip`'s `src`).
    pub prefsrc: Option<IpAddr>,
    /// `RTA_METRICS`, when not empty.
    pub metrics: Metrics<'a>,
    /// `RTA_MULTIPATH`, when not empty.
    pub multipath: &'a [NextHopSpec<'a>],
    /// `RTA_NH_ID`: use a nexthop object.
    pub nh_id: Option<u32>,
    /// `RTA_PREF`: IPv6 router preference ([`router_pref`]).
    pub pref: Option<u8>,
    /// `RTA_EXPIRES`: lifetime in seconds (IPv6).
    pub expires: Option<u32>,
    /// `RTA_FLOW`: realms.
    pub realm: Option<u32>,
    /// `RTA_TTL_PROPAGATE` (MPLS).
    pub ttl_propagate: Option<bool>,
    /// `RTA_ENCAP` and `RTA_ENCAP_TYPE`: a lightweight tunnel.
    pub encap: Option<Encap<'a>>,
}

impl<'a> RouteRequest<'a> {
    /// A request for `op` on `dst`, everything else unset.
    pub const fn new(op: RouteOp, dst: Prefix) -> Self {
        RouteRequest {
            op,
            dst,
            src: None,
            tos: 0,
            table: None,
            protocol: None,
            scope: None,
            kind: None,
            flags: RouteFlags::empty(),
            gateway: None,
            via: None,
            oif: None,
            metric: None,
            prefsrc: None,
            metrics: Metrics {
                lock: 0,
                mtu: None,
                window: None,
                rtt: None,
                rttvar: None,
                ssthresh: None,
                cwnd: None,
                advmss: None,
                reordering: None,
                hoplimit: None,
                initcwnd: None,
                features: None,
                rto_min: None,
                initrwnd: None,
                quickack: None,
                cc_algo: None,
                fastopen_no_cookie: None,
            },
            multipath: &[],
            nh_id: None,
            pref: None,
            expires: None,
            realm: None,
            ttl_propagate: None,
            encap: None,
        }
    }
    /// `ip route add`.
    pub const fn add(dst: Prefix) -> Self {
        Self::new(RouteOp::Add, dst)
    }
    /// `ip route del`.
    pub const fn del(dst: Prefix) -> Self {
        Self::new(RouteOp::Del, dst)
    }
    /// `ip route replace`.
    pub const fn replace(dst: Prefix) -> Self {
        Self::new(RouteOp::Replace, dst)
    }
    /// `ip route change`.
    pub const fn change(dst: Prefix) -> Self {
        Self::new(RouteOp::Change, dst)
    }
    /// `ip route append`.
    pub const fn append(dst: Prefix) -> Self {
        Self::new(RouteOp::Append, dst)
    }
    /// `ip route prepend`.
    pub const fn prepend(dst: Prefix) -> Self {
        Self::new(RouteOp::Prepend, dst)
    }
    /// Sets the gateway (`via` of the same family).
    pub const fn gateway(mut self, gateway: IpAddr) -> Self {
        self.gateway = Some(gateway);
        self
    }
    /// Sets `RTA_VIA` (`via inet6 ...` on an IPv4 route).
    pub const fn via(mut self, via: IpAddr) -> Self {
        self.via = Some(via);
        self
    }
    /// Sets the output interface.
    pub const fn oif(mut self, ifindex: u32) -> Self {
        self.oif = Some(ifindex);
        self
    }
    /// Sets the table.
    pub const fn table(mut self, table: u32) -> Self {
        self.table = Some(table);
        self
    }
    /// Sets the metric (`RTA_PRIORITY`).
    pub const fn metric(mut self, metric: u32) -> Self {
        self.metric = Some(metric);
        self
    }
    /// Sets the protocol ([`rtprot`]).
    pub const fn protocol(mut self, protocol: u8) -> Self {
        self.protocol = Some(protocol);
        self
    }
    /// Sets the scope ([`rt_scope`]).
    pub const fn scope(mut self, scope: u8) -> Self {
        self.scope = Some(scope);
        self
    }
    /// Sets the route type.
    pub const fn kind(mut self, kind: RouteType) -> Self {
        self.kind = Some(kind);
        self
    }
    /// Sets the preferred source address.
    pub const fn prefsrc(mut self, prefsrc: IpAddr) -> Self {
        self.prefsrc = Some(prefsrc);
        self
    }
    /// Sets the source prefix (`from`).
    pub const fn src(mut self, src: Prefix) -> Self {
        self.src = Some(src);
        self
    }
    /// Sets the TOS.
    pub const fn tos(mut self, tos: u8) -> Self {
        self.tos = tos;
        self
    }
    /// Sets the `RTAX_MTU` metric.
    pub const fn mtu(mut self, mtu: u32) -> Self {
        self.metrics.mtu = Some(mtu);
        self
    }
    /// Sets all metrics.
    pub const fn metrics(mut self, metrics: Metrics<'a>) -> Self {
        self.metrics = metrics;
        self
    }
    /// Sets the paths of a multipath route.
    pub const fn multipath(mut self, hops: &'a [NextHopSpec<'a>]) -> Self {
        self.multipath = hops;
        self
    }
    /// Uses a nexthop object.
    pub const fn nh_id(mut self, id: u32) -> Self {
        self.nh_id = Some(id);
        self
    }
    /// Sets `RTNH_F_ONLINK`.
    pub fn onlink(mut self) -> Self {
        self.flags |= RouteFlags::ONLINK;
        self
    }
    /// Sets the IPv6 router preference.
    pub const fn pref(mut self, pref: u8) -> Self {
        self.pref = Some(pref);
        self
    }
    /// Sets the lifetime in seconds.
    pub const fn expires(mut self, seconds: u32) -> Self {
        self.expires = Some(seconds);
        self
    }

    fn is_delete(&self) -> bool {
        self.op == RouteOp::Del
    }
    /// The route type sent: the one set, else `unicast` (delete: `unspec`).
    pub fn resolved_kind(&self) -> RouteType {
        self.kind.unwrap_or(if self.is_delete() { RouteType::Unspec } else { RouteType::Unicast })
    }
    /// The table sent: the one set, else `local` for local-like types, else `main`.
    pub fn resolved_table(&self) -> u32 {
        self.table.unwrap_or(match self.resolved_kind() {
            RouteType::Local | RouteType::Broadcast | RouteType::Nat | RouteType::Anycast => rt_table::LOCAL,
            _ => rt_table::MAIN,
        })
    }
    /// The scope sent: the one set, else `ip`'s rule (see the type's docs).
    pub fn resolved_scope(&self) -> u8 {
        if let Some(scope) = self.scope {
            return scope;
        }
        let initial = if self.is_delete() { rt_scope::NOWHERE } else { rt_scope::UNIVERSE };
        if self.dst.family() == af::INET6 {
            return rt_scope::UNIVERSE;
        }
        match self.resolved_kind() {
            RouteType::Local | RouteType::Nat => rt_scope::HOST,
            RouteType::Broadcast | RouteType::Multicast | RouteType::Anycast => rt_scope::LINK,
            RouteType::Unicast | RouteType::Unspec => {
                let has_gateway = self.gateway.is_some()
                    || self.via.is_some()
                    || !self.multipath.is_empty()
                    || self.nh_id.is_some();
                if self.is_delete() {
                    rt_scope::NOWHERE
                } else if !has_gateway {
                    rt_scope::LINK
                } else {
                    initial
                }
            }
            _ => initial,
        }
    }
    /// The `struct rtmsg` this request sends, defaults applied.
    pub fn rtmsg(&self) -> RtMsg {
        let table = self.resolved_table();
        RtMsg {
            rtm_family: self.dst.family(),
            rtm_dst_len: self.dst.len,
            rtm_src_len: self.src.map_or(0, |s| s.len),
            rtm_tos: self.tos,
            rtm_table: u8::try_from(table).unwrap_or(0),
            rtm_protocol: self.protocol.unwrap_or(if self.is_delete() {
                rtprot::UNSPEC
            } else {
                rtprot::BOOT
            }),
            rtm_scope: self.resolved_scope(),
            rtm_type: self.resolved_kind().into(),
            rtm_flags: self.flags.bits().into(),
        }
    }

    /// Checks every value; the builder calls it before writing anything.
    pub fn validate(&self) -> Result<()> {
        let family = self.dst.family();
        self.dst.check()?;
        if let Some(src) = self.src {
            src.check()?;
            if src.family() != family {
                return Err(Error::invalid("source prefix family differs from the destination's"));
            }
        }
        if self.gateway.is_some() && self.via.is_some() {
            return Err(Error::invalid("both a gateway and a via"));
        }
        if self.gateway.is_some_and(|gw| af::of(gw) != family) {
            return Err(Error::invalid("gateway family differs from the destination's (use via)"));
        }
        if self.prefsrc.is_some_and(|ip| af::of(ip) != family) {
            return Err(Error::invalid("prefsrc family differs from the destination's"));
        }
        let has_gateway = self.gateway.is_some() || self.via.is_some();
        if !self.multipath.is_empty() && (has_gateway || self.nh_id.is_some()) {
            return Err(Error::invalid("multipath with a top-level gateway, via or nexthop id"));
        }
        if self.nh_id.is_some() && has_gateway {
            return Err(Error::invalid("nexthop id with a gateway or via"));
        }
        self.metrics.check()?;
        if let Some(encap) = &self.encap {
            encap.validate()?;
        }
        self.multipath.iter().try_for_each(|hop| hop.check(family))
    }
}

impl Request for RouteRequest<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::new(self.op.message_type(), self.op.flags(), seq)
    }

    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.validate()?;
        m.family_header(&self.rtmsg())?;
        let table = self.resolved_table();
        if table > 255 {
            m.u32(rta::TABLE, table)?;
        }
        if !self.dst.is_default() {
            m.ip(rta::DST, self.dst.addr)?;
        }
        if let Some(src) = self.src.filter(|s| !s.is_default()) {
            m.ip(rta::SRC, src.addr)?;
        }
        m.opt(rta::GATEWAY, self.gateway, MessageWriter::ip)?;
        if let Some(via) = self.via {
            write_via(m, via)?;
        }
        m.opt(rta::PREFSRC, self.prefsrc, MessageWriter::ip)?;
        m.opt(rta::PRIORITY, self.metric, MessageWriter::u32)?;
        if let Some(encap) = &self.encap {
            // iproute2's order: the nest, then its type, as the words are
            // read; the device after them all.
            m.nest(rta::ENCAP, |m| encap.emit_attrs(m))?;
            m.u16(rta::ENCAP_TYPE, encap.kind())?;
        }
        m.opt(rta::OIF, self.oif, MessageWriter::u32)?;
        if !self.metrics.is_empty() {
            // Without NLA_F_NESTED, as `ip route` sends it.
            m.container(rta::METRICS, |m| self.metrics.emit(m))?;
        }
        if !self.multipath.is_empty() {
            m.container(rta::MULTIPATH, |m| self.multipath.iter().try_for_each(|hop| hop.emit(m)))?;
        }
        m.opt(rta::NH_ID, self.nh_id, MessageWriter::u32)?;
        m.opt(rta::PREF, self.pref, MessageWriter::u8)?;
        m.opt(rta::EXPIRES, self.expires, MessageWriter::u32)?;
        m.opt(rta::FLOW, self.realm, MessageWriter::u32)?;
        if let Some(ttl) = self.ttl_propagate {
            m.u8(rta::TTL_PROPAGATE, u8::from(ttl))?;
        }
        Ok(())
    }
}

/// `ip route get ADDRESS`: asks the kernel which route it would use.
///
/// As `ip route get`: `RTM_GETROUTE` with `NLM_F_REQUEST` only (the reply
/// is the route, or an error), full-length `RTA_DST` (and `RTA_SRC`),
/// `RTM_F_LOOKUP_TABLE` for IPv4 so the reply names the table,
/// `RTM_F_FIB_MATCH` when [`fib_match`](Self::fib_match) is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteGet {
    /// The destination address.
    pub dst: IpAddr,
    /// `RTA_SRC` (`from`): a source address of the same family.
    pub src: Option<IpAddr>,
    /// `RTA_IIF`: pretend the packet arrived on this interface.
    pub iif: Option<u32>,
    /// `RTA_OIF`: force the output interface.
    pub oif: Option<u32>,
    /// `RTA_MARK`: firewall mark (not sent when 0, as `ip`).
    pub mark: Option<u32>,
    /// `RTA_UID`.
    pub uid: Option<u32>,
    /// `rtm_tos`.
    pub tos: u8,
    /// `RTA_IP_PROTO`.
    pub ip_proto: Option<u8>,
    /// `RTA_SPORT`.
    pub sport: Option<u16>,
    /// `RTA_DPORT`.
    pub dport: Option<u16>,
    /// Return the FIB entry that matched rather than the resolved route.
    pub fib_match: bool,
    /// `RTM_F_NOTIFY`: also notify the route's listeners (`ip route get
    /// ... notify`).
    pub notify: bool,
}

impl RouteGet {
    /// A lookup of `dst`.
    pub const fn new(dst: IpAddr) -> Self {
        RouteGet {
            dst,
            src: None,
            iif: None,
            oif: None,
            mark: None,
            uid: None,
            tos: 0,
            ip_proto: None,
            sport: None,
            dport: None,
            fib_match: false,
            notify: false,
        }
    }
    /// The `struct rtmsg` this request sends.
    pub fn rtmsg(&self) -> RtMsg {
        let mut flags = RouteFlags::empty();
        if af::of(self.dst) == af::INET {
            flags |= RouteFlags::LOOKUP_TABLE;
        }
        if self.fib_match {
            flags |= RouteFlags::FIB_MATCH;
        }
        if self.notify {
            flags |= RouteFlags::NOTIFY;
        }
        RtMsg {
            rtm_family: af::of(self.dst),
            rtm_dst_len: max_len(self.dst),
            rtm_src_len: self.src.map_or(0, max_len),
            rtm_tos: self.tos,
            rtm_flags: flags.bits().into(),
            ..RtMsg::default()
        }
    }
}

impl Request for RouteGet {
    /// Acknowledged like every single-reply request here (`ip route get`
    /// omits the ACK): the reply then ends with the ACK, as a link `Get`'s.
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_GETROUTE, MsgFlags::empty(), seq)
    }

    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.src.is_some_and(|s| af::of(s) != af::of(self.dst)) {
            return Err(Error::invalid("source address family differs from the destination's"));
        }
        m.family_header(&self.rtmsg())?;
        m.ip(rta::DST, self.dst)?;
        m.opt(rta::SRC, self.src, MessageWriter::ip)?;
        m.opt(rta::IIF, self.iif, MessageWriter::u32)?;
        m.opt(rta::OIF, self.oif, MessageWriter::u32)?;
        if let Some(mark) = self.mark.filter(|&m| m != 0) {
            m.u32(rta::MARK, mark)?;
        }
        m.opt(rta::UID, self.uid, MessageWriter::u32)?;
        m.opt(rta::IP_PROTO, self.ip_proto, MessageWriter::u8)?;
        m.opt(rta::SPORT, self.sport, MessageWriter::be16)?;
        m.opt(rta::DPORT, self.dport, MessageWriter::be16)?;
        Ok(())
    }
}

/// A route dump (`ip route show`), filtered by the kernel as `ip` asks
/// with strict checking: protocol and type in `struct rtmsg`, table in
/// `RTA_TABLE`, interface in `RTA_OIF`; `RTM_F_CLONED` for the cache
/// (IPv4 exceptions, IPv6 cached routes).
///
/// `ip route show` dumps the main table; this dumps all tables unless
/// [`table`](Self::table) is set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RouteDump {
    /// Address family ([`af`]); `af::UNSPEC` for all.
    pub family: u8,
    /// Only this table (`RTA_TABLE`).
    pub table: Option<u32>,
    /// Only this protocol (`rtm_protocol`).
    pub protocol: Option<u8>,
    /// Only this type (`rtm_type`).
    pub kind: Option<RouteType>,
    /// Only routes through this interface (`RTA_OIF`).
    pub oif: Option<u32>,
    /// Dump cached routes instead of the FIB (`RTM_F_CLONED`).
    pub cloned: bool,
}

impl RouteDump {
    /// Every route of `family`.
    pub const fn new(family: u8) -> Self {
        RouteDump { family, table: None, protocol: None, kind: None, oif: None, cloned: false }
    }
    /// The `struct rtmsg` this request sends.
    pub fn rtmsg(&self) -> RtMsg {
        let flags = if self.cloned { RouteFlags::CLONED } else { RouteFlags::empty() };
        RtMsg {
            rtm_family: self.family,
            rtm_protocol: self.protocol.unwrap_or(0),
            rtm_type: self.kind.map_or(0, u8::from),
            rtm_flags: flags.bits().into(),
            ..RtMsg::default()
        }
    }
}

impl Request for RouteDump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETROUTE, seq)
    }

    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&self.rtmsg())?;
        m.opt(rta::TABLE, self.table, MessageWriter::u32)?;
        m.opt(rta::OIF, self.oif, MessageWriter::u32)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attr::Attr;
    use crate::test_prelude::*;

    const DUMP4: &[u8] = include_bytes!("../../tests/fixtures/kernel-6.18/route_dump_inet.bin");

    fn v4(a: u8, b: u8, c: u8, d: u8) -> IpAddr {
        IpAddr::V4(Ipv4Addr::new(a, b, c, d))
    }

    fn v6(s: &str) -> IpAddr {
        IpAddr::V6(s.parse().unwrap())
    }

    fn routes(buf: &[u8]) -> impl Iterator<Item = Route<'_>> {
        Messages::new(buf).filter_map(|m| Route::parse(&m.unwrap()).ok())
    }

    /// Emits `req` twice and checks both runs give the same bytes.
    fn emit<R: Request>(req: &R, buf: &mut [u8]) -> usize {
        let mut again = [0u8; 512];
        let n = Builder::new(buf).push(req, 7).unwrap();
        let m = Builder::new(&mut again).push(req, 7).unwrap();
        assert_eq!(&buf[..n], &again[..m]);
        n
    }

    #[test]
    fn struct_sizes() {
        assert_eq!(core::mem::size_of::<RtMsg>(), core::mem::size_of::<sys::rtmsg>());
        assert_eq!(core::mem::size_of::<RtNextHop>(), core::mem::size_of::<sys::rtnexthop>());
        assert_eq!(core::mem::size_of::<RtaCacheInfo>(), core::mem::size_of::<sys::rta_cacheinfo>());
        assert_eq!(core::mem::size_of::<RtVia>(), core::mem::size_of::<sys::rtvia>());
    }

    #[test]
    fn route_types_convert_both_ways() {
        for v in 0..=255u8 {
            assert_eq!(u8::from(RouteType::from(v)), v);
        }
        assert_eq!(RouteType::from(6).name(), Some("blackhole"));
        assert_eq!(RouteType::Other(200).name(), None);
        assert_eq!(protocol_name(rtprot::KERNEL), Some("kernel"));
        assert_eq!(scope_name(rt_scope::HOST), Some("host"));
        assert_eq!(table_name(rt_table::MAIN), Some("main"));
        assert_eq!(pref_name(router_pref::LOW), Some("low"));
        assert_eq!(encap_name(lwtunnel::SEG6), Some("seg6"));
    }

    /// Values read by hand from the first message of the fixture:
    /// rtmsg 02 10 00 00 64 03 00 01, RTA_TABLE 100, RTA_DST 10.55.0.0,
    /// RTA_METRICS { RTAX_MTU 1400 }, RTA_GATEWAY 10.1.0.254, RTA_OIF 3.
    #[test]
    #[cfg_attr(target_endian = "big", ignore = "the corpus is a little-endian capture")]
    fn table_100_route_of_the_fixture() {
        let r = routes(DUMP4).next().unwrap();
        assert_eq!((r.family(), r.dst_len(), r.src_len(), r.tos()), (af::INET, 16, 0, 0));
        assert_eq!(r.header().rtm_table, 100);
        assert_eq!(r.table().unwrap(), 100);
        assert_eq!(
            (r.protocol(), r.scope(), r.kind()),
            (rtprot::BOOT, rt_scope::UNIVERSE, RouteType::Unicast)
        );
        assert_eq!(r.flags(), RouteFlags::empty());
        assert_eq!(r.dst().unwrap(), Some(v4(10, 55, 0, 0)));
        assert_eq!(r.gateway().unwrap(), Some(v4(10, 1, 0, 254)));
        assert_eq!(r.oif().unwrap(), Some(3));
        assert_eq!(r.mtu().unwrap(), Some(1400));
        assert_eq!(r.metric(rtax::MTU).unwrap(), Some(1400));
        assert_eq!(r.advmss().unwrap(), None);
        assert_eq!(r.cc_algo().unwrap(), None);
        assert_eq!(r.priority().unwrap(), None);
        assert_eq!(r.prefsrc().unwrap(), None);
        assert!(r.multipath().unwrap().is_none());
        assert!(r.via().unwrap().is_none());
    }

    #[test]
    #[cfg_attr(target_endian = "big", ignore = "the corpus is a little-endian capture")]
    fn multipath_route_of_the_fixture() {
        let r = routes(DUMP4).find(|r| r.dst().unwrap() == Some(v4(10, 52, 0, 0))).unwrap();
        let hops: heapless::Vec<NextHop, 4> = r.multipath().unwrap().unwrap().map(|h| h.unwrap()).collect();
        assert_eq!(hops.len(), 2);
        assert_eq!((hops[0].weight(), hops[0].ifindex(), hops[0].flags()), (1, 3, 0));
        assert_eq!((hops[1].weight(), hops[1].ifindex()), (2, 3));
        assert_eq!(hops[0].gateway().unwrap(), Some(v4(10, 1, 0, 253)));
        assert_eq!(hops[1].gateway().unwrap(), Some(v4(10, 1, 0, 252)));
        assert_eq!(hops[1].via().unwrap(), None);
        // Offsets of errors and attributes point into the whole dump.
        let attr = hops[1].attrs().next().unwrap().unwrap();
        assert_eq!(&DUMP4[attr.offset() + 4..attr.offset() + 8], &[10, 1, 0, 252]);
    }

    #[test]
    fn next_hop_walk_rejects_bad_lengths() {
        let mut buf = [0u8; 12];
        buf[..2].copy_from_slice(&6u16.to_ne_bytes()); // rtnh_len below the 8-byte header
        let mut it = NextHops::new(&buf);
        assert!(matches!(it.next(), Some(Err(Error::BadLength { offset: 0, len: 6 }))));
        assert!(it.next().is_none());
        buf[..2].copy_from_slice(&20u16.to_ne_bytes()); // past the end
        assert!(matches!(NextHops::new(&buf).next(), Some(Err(Error::Truncated { needed: 20, .. }))));
        assert!(matches!(NextHops::new(&buf[..5]).next(), Some(Err(Error::Truncated { .. }))));
    }

    #[test]
    fn via_reads_both_families_and_keeps_others() {
        let mut p = [0u8; 18];
        p[..2].copy_from_slice(&10u16.to_ne_bytes());
        p[2..].copy_from_slice(&Ipv6Addr::LOCALHOST.octets());
        let via = Via::parse(&Attr::from_parts(rta::VIA, &p, 0)).unwrap();
        assert_eq!(via.ip(), Some(IpAddr::V6(Ipv6Addr::LOCALHOST)));
        let mut q = [0u8; 6];
        q[..2].copy_from_slice(&2u16.to_ne_bytes());
        q[2..].copy_from_slice(&[192, 0, 2, 1]);
        assert_eq!(Via::parse(&Attr::from_parts(rta::VIA, &q, 0)).unwrap(), Via::Ip(v4(192, 0, 2, 1)));
        // AF_INET with 16 bytes is malformed; AF_PACKET (17) is kept as bytes.
        p[..2].copy_from_slice(&2u16.to_ne_bytes());
        assert!(matches!(Via::parse(&Attr::from_parts(rta::VIA, &p, 0)), Err(Error::AttrSize { .. })));
        p[..2].copy_from_slice(&17u16.to_ne_bytes());
        let other = Via::parse(&Attr::from_parts(rta::VIA, &p[..8], 0)).unwrap();
        assert_eq!(other, Via::Other { family: 17, addr: &p[2..8] });
        assert!(Via::parse(&Attr::from_parts(rta::VIA, &[2], 0)).is_err());
    }

    fn put16(out: &mut heapless::Vec<u8, 256>, v: u16) {
        out.extend_from_slice(&v.to_ne_bytes()).unwrap();
    }
    fn put32(out: &mut heapless::Vec<u8, 256>, v: u32) {
        out.extend_from_slice(&v.to_ne_bytes()).unwrap();
    }
    fn nlmsghdr(out: &mut heapless::Vec<u8, 256>, len: u32, kind: u16, flags: u16, seq: u32) {
        put32(out, len);
        put16(out, kind);
        put16(out, flags);
        put32(out, seq);
        put32(out, 0);
    }
    fn rta_hdr(out: &mut heapless::Vec<u8, 256>, len: u16, kind: u16) {
        put16(out, len);
        put16(out, kind);
    }

    /// `ip route add 10.50.0.0/16 via 10.1.0.254 dev <3> metric 100`, written
    /// by hand from the UAPI layout.
    #[test]
    fn byte_exact_add_with_gateway() {
        let mut want = heapless::Vec::<u8, 256>::new();
        // NLM_F_REQUEST 0x1 | NLM_F_ACK 0x4 | NLM_F_EXCL 0x200 | NLM_F_CREATE 0x400
        nlmsghdr(&mut want, 60, 24, 0x605, 7);
        // rtmsg: AF_INET, /16, src 0, tos 0, main, boot, universe, unicast, flags 0
        want.extend_from_slice(&[2, 16, 0, 0, 254, 3, 0, 1]).unwrap();
        put32(&mut want, 0);
        rta_hdr(&mut want, 8, 1);
        want.extend_from_slice(&[10, 50, 0, 0]).unwrap();
        rta_hdr(&mut want, 8, 5);
        want.extend_from_slice(&[10, 1, 0, 254]).unwrap();
        rta_hdr(&mut want, 8, 6);
        put32(&mut want, 100);
        rta_hdr(&mut want, 8, 4);
        put32(&mut want, 3);

        let req = RouteRequest::add(Prefix::new(v4(10, 50, 0, 0), 16))
            .gateway(v4(10, 1, 0, 254))
            .oif(3)
            .metric(100);
        let mut buf = [0u8; 512];
        let n = emit(&req, &mut buf);
        assert_eq!(&buf[..n], &want[..]);
    }

    /// `ip route add 10.52.0.0/16 nexthop via 10.1.0.253 dev <3> nexthop via
    /// 10.1.0.252 dev <3> weight 2`, written by hand from the UAPI layout.
    #[test]
    fn byte_exact_multipath() {
        let mut want = heapless::Vec::<u8, 256>::new();
        nlmsghdr(&mut want, 72, 24, 0x605, 7);
        want.extend_from_slice(&[2, 16, 0, 0, 254, 3, 0, 1]).unwrap();
        put32(&mut want, 0);
        rta_hdr(&mut want, 8, 1);
        want.extend_from_slice(&[10, 52, 0, 0]).unwrap();
        rta_hdr(&mut want, 36, 9);
        for (hops, last) in [(0u8, 253u8), (1, 252)] {
            put16(&mut want, 16); // rtnh_len
            want.extend_from_slice(&[0, hops]).unwrap(); // rtnh_flags, rtnh_hops
            put32(&mut want, 3); // rtnh_ifindex
            rta_hdr(&mut want, 8, 5);
            want.extend_from_slice(&[10, 1, 0, last]).unwrap();
        }
        let hops = [NextHopSpec::new(v4(10, 1, 0, 253), 3), NextHopSpec::new(v4(10, 1, 0, 252), 3).weight(2)];
        let req = RouteRequest::add(Prefix::new(v4(10, 52, 0, 0), 16)).multipath(&hops);
        let mut buf = [0u8; 512];
        let n = emit(&req, &mut buf);
        assert_eq!(&buf[..n], &want[..]);
    }

    /// Our `RTA_MULTIPATH` payload is byte for byte what the kernel dumped
    /// for the same route.
    #[test]
    #[cfg_attr(target_endian = "big", ignore = "the corpus is a little-endian capture")]
    fn multipath_payload_equals_the_kernels() {
        let hops = [NextHopSpec::new(v4(10, 1, 0, 253), 3), NextHopSpec::new(v4(10, 1, 0, 252), 3).weight(2)];
        let req = RouteRequest::add(Prefix::new(v4(10, 52, 0, 0), 16)).multipath(&hops);
        let mut buf = [0u8; 512];
        let n = emit(&req, &mut buf);
        let kernel = routes(DUMP4).find(|r| r.dst().unwrap() == Some(v4(10, 52, 0, 0))).unwrap();
        let kernel_mp = kernel.attrs().find(rta::MULTIPATH).unwrap().unwrap();
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        let ours = Route::parse(&msg).unwrap().attrs().find(rta::MULTIPATH).unwrap().unwrap();
        assert_eq!(ours.payload(), kernel_mp.payload());
    }

    #[test]
    fn table_above_255_goes_in_rta_table() {
        let req = RouteRequest::add(Prefix::new(v4(10, 0, 0, 0), 8)).oif(2).table(1000);
        assert_eq!(req.rtmsg().rtm_table, 0);
        let mut buf = [0u8; 512];
        let n = emit(&req, &mut buf);
        // The first attribute, right after the rtmsg: RTA_TABLE 1000.
        assert_eq!(&buf[28..30], &8u16.to_ne_bytes());
        assert_eq!(&buf[30..32], &rta::TABLE.to_ne_bytes());
        assert_eq!(&buf[32..36], &1000u32.to_ne_bytes());
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        assert_eq!(Route::parse(&msg).unwrap().table().unwrap(), 1000);
        // Below 256 only rtm_table is used, as ip does.
        let small = RouteRequest::add(Prefix::new(v4(10, 0, 0, 0), 8)).oif(2).table(100);
        let n = emit(&small, &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        let r = Route::parse(&msg).unwrap();
        assert_eq!((r.header().rtm_table, r.attrs().find(rta::TABLE).unwrap()), (100, None));
    }

    #[test]
    fn defaults_follow_iproute2() {
        let dst = Prefix::new(v4(10, 9, 0, 0), 16);
        let gw = v4(10, 1, 0, 1);
        let scope = |r: RouteRequest| r.rtmsg().rtm_scope;
        // unicast: link without a gateway, universe with one, nowhere on delete
        assert_eq!(scope(RouteRequest::add(dst).oif(3)), rt_scope::LINK);
        assert_eq!(scope(RouteRequest::add(dst).gateway(gw)), rt_scope::UNIVERSE);
        assert_eq!(scope(RouteRequest::add(dst).via(v6("fe80::1"))), rt_scope::UNIVERSE);
        assert_eq!(scope(RouteRequest::add(dst).nh_id(5)), rt_scope::UNIVERSE);
        assert_eq!(scope(RouteRequest::del(dst)), rt_scope::NOWHERE);
        assert_eq!(scope(RouteRequest::del(dst).gateway(gw)), rt_scope::NOWHERE);
        // other types
        assert_eq!(scope(RouteRequest::add(dst).kind(RouteType::Blackhole)), rt_scope::UNIVERSE);
        assert_eq!(scope(RouteRequest::del(dst).kind(RouteType::Unreachable)), rt_scope::NOWHERE);
        assert_eq!(scope(RouteRequest::add(dst).kind(RouteType::Local)), rt_scope::HOST);
        assert_eq!(scope(RouteRequest::add(dst).kind(RouteType::Broadcast)), rt_scope::LINK);
        // IPv6 is always universe; explicit scope wins
        assert_eq!(scope(RouteRequest::add(Prefix::new(v6("2001:db8::"), 64)).oif(3)), rt_scope::UNIVERSE);
        assert_eq!(scope(RouteRequest::add(dst).gateway(gw).scope(rt_scope::SITE)), rt_scope::SITE);
        // protocol, type, table
        let add = RouteRequest::add(dst).rtmsg();
        assert_eq!((add.rtm_protocol, add.rtm_type, add.rtm_table), (rtprot::BOOT, rtn::UNICAST, 254));
        let del = RouteRequest::del(dst).rtmsg();
        assert_eq!((del.rtm_protocol, del.rtm_type, del.rtm_table), (rtprot::UNSPEC, rtn::UNSPEC, 254));
        assert_eq!(RouteRequest::add(dst).kind(RouteType::Local).rtmsg().rtm_table, 255);
        assert_eq!(RouteRequest::add(dst).kind(RouteType::Local).table(7).rtmsg().rtm_table, 7);
    }

    #[test]
    fn verbs_have_iproute2_flags() {
        let f = |op: RouteOp| op.flags().bits() & !(MsgFlags::REQUEST | MsgFlags::ACK).bits();
        assert_eq!(f(RouteOp::Add), 0x400 | 0x200);
        assert_eq!(f(RouteOp::Change), 0x100);
        assert_eq!(f(RouteOp::Replace), 0x400 | 0x100);
        assert_eq!(f(RouteOp::Prepend), 0x400);
        assert_eq!(f(RouteOp::Append), 0x400 | 0x800);
        assert_eq!(f(RouteOp::Del), 0);
        assert_eq!(f(RouteOp::Test), 0x200); // NLM_F_EXCL alone
        assert_eq!(RouteOp::Test.message_type(), msg_type::RTM_NEWROUTE);
        assert!(RouteOp::Del.flags().contains(MsgFlags::REQUEST | MsgFlags::ACK));
        assert_eq!(RouteOp::Del.message_type(), msg_type::RTM_DELROUTE);
        assert_eq!(RouteOp::Append.message_type(), msg_type::RTM_NEWROUTE);
    }

    #[test]
    fn every_verb_round_trips() {
        let hops = [
            NextHopSpec { realm: Some(0x0002_0001), onlink: true, ..NextHopSpec::new(v6("2001:db8::1"), 4) },
            NextHopSpec { gateway: None, via: Some(v4(192, 0, 2, 1)), weight: 256, ..NextHopSpec::default() },
        ];
        let metrics = Metrics {
            mtu: Some(1280),
            advmss: Some(1220),
            hoplimit: Some(64),
            window: Some(65535),
            cc_algo: Some("cubic"),
            lock: 1 << rtax::MTU,
            ..Metrics::default()
        };
        let ops = [
            RouteOp::Add,
            RouteOp::Change,
            RouteOp::Replace,
            RouteOp::Prepend,
            RouteOp::Append,
            RouteOp::Del,
        ];
        for op in ops {
            let req = RouteRequest {
                src: Some(Prefix::new(v6("2001:db8:5::"), 48)),
                tos: 0,
                table: Some(70_000),
                protocol: Some(rtprot::STATIC),
                prefsrc: Some(v6("2001:db8::99")),
                metric: Some(1024),
                oif: Some(4),
                metrics,
                multipath: &hops,
                pref: Some(router_pref::HIGH),
                expires: Some(600),
                ..RouteRequest::new(op, Prefix::new(v6("2001:db8:99::"), 48))
            };
            let mut buf = [0u8; 512];
            let n = emit(&req, &mut buf);
            let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
            assert_eq!(msg.kind(), op.message_type());
            assert_eq!(msg.flags(), op.flags());
            assert_eq!(msg.seq(), 7);
            let r = Route::parse(&msg).unwrap();
            assert_eq!(r.header(), &req.rtmsg());
            assert_eq!(r.family(), af::INET6);
            assert_eq!((r.dst_len(), r.dst().unwrap()), (48, Some(v6("2001:db8:99::"))));
            assert_eq!((r.src_len(), r.src().unwrap()), (48, Some(v6("2001:db8:5::"))));
            assert_eq!(r.table().unwrap(), 70_000);
            assert_eq!(r.protocol(), rtprot::STATIC);
            assert_eq!(r.scope(), rt_scope::UNIVERSE);
            assert_eq!(r.prefsrc().unwrap(), Some(v6("2001:db8::99")));
            assert_eq!(r.priority().unwrap(), Some(1024));
            assert_eq!(r.oif().unwrap(), Some(4));
            assert_eq!(r.mtu().unwrap(), Some(1280));
            assert_eq!(r.advmss().unwrap(), Some(1220));
            assert_eq!(r.hoplimit().unwrap(), Some(64));
            assert_eq!(r.window().unwrap(), Some(65535));
            assert_eq!(r.lock().unwrap(), Some(4));
            assert_eq!(r.cc_algo().unwrap(), Some("cubic"));
            assert_eq!(r.pref().unwrap(), Some(router_pref::HIGH));
            assert_eq!(r.expires().unwrap(), Some(600));
            let got: heapless::Vec<NextHop, 4> =
                r.multipath().unwrap().unwrap().map(|h| h.unwrap()).collect();
            assert_eq!(got.len(), 2);
            assert_eq!((got[0].weight(), got[0].ifindex(), got[0].flags()), (1, 4, 4));
            assert_eq!(got[0].gateway().unwrap(), Some(v6("2001:db8::1")));
            assert_eq!(got[0].flow().unwrap(), Some(0x0002_0001));
            assert_eq!((got[1].weight(), got[1].ifindex()), (256, 0));
            assert_eq!(got[1].gateway().unwrap(), None);
            assert_eq!(got[1].via().unwrap(), Some(Via::Ip(v4(192, 0, 2, 1))));
        }
    }

    #[test]
    fn single_path_round_trip_with_via_and_types() {
        let req = RouteRequest::replace(Prefix::DEFAULT_V4)
            .via(v6("fe80::1"))
            .oif(2)
            .onlink()
            .nh_id(0)
            .kind(RouteType::Unicast);
        // nh_id with a via is refused
        assert!(matches!(Builder::new(&mut [0u8; 256]).push(&req, 1), Err(Error::InvalidValue { .. })));
        let req = RouteRequest { nh_id: None, realm: Some(9), ttl_propagate: Some(true), ..req };
        let mut buf = [0u8; 256];
        let n = emit(&req, &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        let r = Route::parse(&msg).unwrap();
        assert_eq!((r.dst_len(), r.dst().unwrap()), (0, None)); // default: no RTA_DST
        assert_eq!(r.via().unwrap(), Some(Via::Ip(v6("fe80::1"))));
        assert_eq!(r.gateway().unwrap(), None);
        assert!(r.flags().contains(RouteFlags::ONLINK));
        assert_eq!((r.flow().unwrap(), r.ttl_propagate().unwrap()), (Some(9), Some(true)));
        assert_eq!(r.metrics().unwrap().map(|m| m.count()), None);

        for kind in [RouteType::Blackhole, RouteType::Unreachable, RouteType::Prohibit, RouteType::Throw] {
            let req = RouteRequest::add(Prefix::new(v4(10, 53, 0, 0), 16)).kind(kind);
            let n = emit(&req, &mut buf);
            let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
            let r = Route::parse(&msg).unwrap();
            assert_eq!((r.kind(), r.scope(), r.table().unwrap()), (kind, rt_scope::UNIVERSE, 254));
            assert_eq!(r.oif().unwrap(), None);
        }
    }

    #[test]
    fn get_round_trips_like_ip_route_get() {
        let req = RouteGet {
            src: Some(v4(10, 1, 0, 1)),
            iif: Some(3),
            mark: Some(0x10),
            uid: Some(1000),
            ip_proto: Some(6),
            sport: Some(1234),
            dport: Some(443),
            ..RouteGet::new(v4(10, 50, 1, 2))
        };
        let mut buf = [0u8; 256];
        let n = emit(&req, &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        assert_eq!(msg.kind(), msg_type::RTM_GETROUTE);
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::ACK);
        let r = Route::parse(&msg).unwrap();
        assert_eq!((r.family(), r.dst_len(), r.src_len()), (af::INET, 32, 32));
        assert_eq!(r.flags(), RouteFlags::LOOKUP_TABLE);
        assert_eq!(r.dst().unwrap(), Some(v4(10, 50, 1, 2)));
        assert_eq!(r.src().unwrap(), Some(v4(10, 1, 0, 1)));
        assert_eq!((r.iif().unwrap(), r.oif().unwrap()), (Some(3), None));
        assert_eq!((r.mark().unwrap(), r.uid().unwrap()), (Some(0x10), Some(1000)));
        assert_eq!(r.ip_proto().unwrap(), Some(6));
        assert_eq!((r.sport().unwrap(), r.dport().unwrap()), (Some(1234), Some(443)));
        // ports are in network order on the wire
        let sport = r.attrs().find(rta::SPORT).unwrap().unwrap();
        assert_eq!(sport.payload(), &1234u16.to_be_bytes());

        let six = RouteGet { fib_match: true, ..RouteGet::new(v6("2001:db8::5")) };
        let n = emit(&six, &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        let r = Route::parse(&msg).unwrap();
        assert_eq!((r.family(), r.dst_len()), (af::INET6, 128));
        assert_eq!(r.flags(), RouteFlags::FIB_MATCH); // no LOOKUP_TABLE for IPv6, as ip
        let notify = RouteGet { notify: true, ..six };
        let n = emit(&notify, &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        // RTM_F_NOTIFY is 0x100 in linux/rtnetlink.h; rtm_flags is the u32 at 8 of struct rtmsg.
        assert_eq!(&msg.payload()[8..12], &(0x100u32 | 0x2000).to_ne_bytes());
        let bad = RouteGet { src: Some(v4(10, 0, 0, 1)), ..six };
        assert!(matches!(Builder::new(&mut buf).push(&bad, 1), Err(Error::InvalidValue { .. })));
    }

    #[test]
    fn dump_round_trips_with_filters() {
        let req = RouteDump {
            table: Some(rt_table::MAIN),
            protocol: Some(rtprot::KERNEL),
            kind: Some(RouteType::Unicast),
            oif: Some(3),
            cloned: false,
            ..RouteDump::new(af::INET)
        };
        let mut buf = [0u8; 256];
        let n = emit(&req, &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        assert_eq!((msg.kind(), msg.flags()), (msg_type::RTM_GETROUTE, MsgFlags::REQUEST | MsgFlags::DUMP));
        let r = Route::parse(&msg).unwrap();
        assert_eq!((r.family(), r.protocol(), r.kind()), (af::INET, rtprot::KERNEL, RouteType::Unicast));
        // the kernel's strict dump check refuses these header fields: they stay 0
        assert_eq!((r.dst_len(), r.src_len(), r.tos(), r.scope()), (0, 0, 0, 0));
        assert_eq!((r.header().rtm_table, r.table().unwrap(), r.oif().unwrap()), (0, 254, Some(3)));
        // an unfiltered dump is a bare rtmsg
        let n = emit(&RouteDump { cloned: true, ..RouteDump::new(af::UNSPEC) }, &mut buf);
        assert_eq!(n, 16 + 12);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        assert_eq!(Route::parse(&msg).unwrap().flags(), RouteFlags::CLONED);
    }

    #[test]
    fn invalid_values_are_refused_and_nothing_is_written() {
        let d4 = Prefix::new(v4(10, 0, 0, 0), 8);
        let d6 = Prefix::new(v6("2001:db8::"), 32);
        let bad_hops = [NextHopSpec::new(v4(10, 0, 0, 1), 1).weight(0)];
        let bad_hops2 = [NextHopSpec::new(v4(10, 0, 0, 1), 1).weight(257)];
        let v6_hop = [NextHopSpec::new(v6("fe80::1"), 1)];
        let ok_hop = [NextHopSpec::new(v4(10, 0, 0, 1), 1)];
        let cases = [
            RouteRequest::add(Prefix::new(v4(10, 0, 0, 0), 33)),
            RouteRequest::del(Prefix::new(v6("2001:db8::"), 129)),
            RouteRequest::add(d4).src(Prefix::new(v6("::"), 0)),
            RouteRequest::add(d4).src(Prefix::new(v4(10, 0, 0, 0), 40)),
            RouteRequest::add(d4).gateway(v6("fe80::1")),
            RouteRequest::add(d6).gateway(v4(10, 0, 0, 1)),
            RouteRequest::add(d4).gateway(v4(10, 0, 0, 1)).via(v6("fe80::1")),
            RouteRequest::add(d4).prefsrc(v6("2001:db8::1")),
            RouteRequest::add(d4).multipath(&bad_hops),
            RouteRequest::add(d4).multipath(&bad_hops2),
            RouteRequest::add(d4).multipath(&v6_hop),
            RouteRequest::add(d4).multipath(&ok_hop).gateway(v4(10, 0, 0, 2)),
            RouteRequest::add(d4).multipath(&ok_hop).nh_id(3),
            RouteRequest::add(d4).metrics(Metrics { hoplimit: Some(256), ..Metrics::default() }),
            RouteRequest::add(d4).metrics(Metrics { quickack: Some(2), ..Metrics::default() }),
            RouteRequest::add(d4).metrics(Metrics { cc_algo: Some("a\0b"), ..Metrics::default() }),
            RouteRequest::add(d4).metrics(Metrics { cc_algo: Some(""), ..Metrics::default() }),
        ];
        for (i, req) in cases.iter().enumerate() {
            let mut buf = [0x5au8; 256];
            let mut b = Builder::new(&mut buf);
            assert!(matches!(b.push(req, 1), Err(Error::InvalidValue { .. })), "case {i}");
            assert!(b.is_empty(), "case {i}");
            assert!(buf.iter().all(|&x| x == 0x5a), "case {i}: bytes written");
        }
    }

    #[test]
    #[cfg_attr(target_endian = "big", ignore = "the corpus is a little-endian capture")]
    fn spec_names_and_paths() {
        let msg = Messages::new(DUMP4).next().unwrap().unwrap();
        use crate::spec::Value;
        assert_eq!(msg.get("dst").unwrap(), Some(Value::Ip(v4(10, 55, 0, 0))));
        assert_eq!(msg.get("RTA_GATEWAY").unwrap(), Some(Value::Ip(v4(10, 1, 0, 254))));
        assert_eq!(msg.get_path(&["metrics", "mtu"]).unwrap(), Some(Value::U32(1400)));
        assert_eq!(msg.get("table").unwrap(), Some(Value::Enum(100, None)));
        assert_eq!(msg.get("protocol").unwrap(), Some(Value::Enum(3, Some("boot"))));
        assert_eq!(msg.get("type").unwrap(), Some(Value::Enum(1, Some("unicast"))));
        assert_eq!(msg.get("dst_len").unwrap(), Some(Value::U8(16)));
        assert_eq!(msg.get("prefsrc").unwrap(), None);
        assert_eq!(msg.get("nosuch"), Err(Error::UnknownName));
    }

    /// Calls every accessor and the formatter; errors are fine, panics are not.
    fn poke(buf: &[u8]) {
        for msg in Messages::new(buf) {
            let Ok(msg) = msg else { continue };
            let mut out = heapless::String::<4096>::new();
            let _ = crate::fmt::write_json(&msg, &mut out);
            let _ = msg.get_path(&["metrics", "mtu"]);
            let Ok(r) = Route::parse(&msg) else { continue };
            let _ = (r.table(), r.dst(), r.src(), r.gateway(), r.prefsrc(), r.oif(), r.priority());
            let _ = (r.metrics(), r.mtu(), r.cc_algo(), r.via(), r.cacheinfo(), r.pref(), r.encap());
            let _ = (r.expires(), r.flow(), r.ttl_propagate(), r.sport(), r.flowlabel(), r.mfc_stats());
            if let Ok(Some(hops)) = r.multipath() {
                for hop in hops.flatten() {
                    let _ = (hop.gateway(), hop.via(), hop.flow(), hop.encap_type(), hop.newdst());
                }
            }
        }
    }

    // Thousands of parses: too slow under miri; the same sweep runs natively,
    // and the fuzzers cover it further.
    #[cfg_attr(miri, ignore)]
    #[test]
    fn truncated_and_corrupted_messages_never_panic() {
        let hops = [
            NextHopSpec { realm: Some(1), ..NextHopSpec::new(v4(10, 0, 0, 1), 2) },
            NextHopSpec { gateway: None, via: Some(v6("fe80::1")), ..NextHopSpec::default() },
        ];
        let metrics = Metrics { mtu: Some(1400), cc_algo: Some("reno"), lock: 4, ..Metrics::default() };
        let req = RouteRequest::add(Prefix::new(v4(10, 9, 0, 0), 16))
            .table(4000)
            .prefsrc(v4(10, 0, 0, 9))
            .metric(5)
            .metrics(metrics)
            .multipath(&hops);
        let mut buf = [0u8; 512];
        let n = emit(&req, &mut buf);
        poke(&buf[..n]);
        for len in 0..n {
            poke(&buf[..len]);
        }
        for i in 0..n {
            for v in [0u8, 1, 3, 4, 0x7f, 0xff] {
                let mut bad = buf;
                bad[i] = v;
                poke(&bad[..n]);
            }
        }
    }
}
