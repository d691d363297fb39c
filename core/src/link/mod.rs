//! Links: `struct ifinfomsg`, `IFLA_*` attributes, the [`Link`] view and the
//! kind-specific data of [`LinkInfo`].
//!
//! ```
//! use nlwire::build::{Builder, Header};
//! use nlwire::link::{ifla, IfInfoMsg, Link, RtnlLinkStats64};
//! use nlwire::{msg_type, Messages, MsgFlags};
//! // lo as the kernel sends it in a dump, with fewer attributes.
//! let mut buf = [0u8; 512];
//! let mut b = Builder::new(&mut buf);
//! b.message(Header::new(msg_type::RTM_NEWLINK, MsgFlags::MULTI, 1), |m| {
//!     m.family_header(&IfInfoMsg { ifi_index: 1i32.into(), ..Default::default() })?;
//!     m.str(ifla::IFNAME, "lo")?;
//!     m.u32(ifla::MTU, 65536)?;
//!     m.struct_attr(ifla::STATS64, &RtnlLinkStats64::default())
//! })?;
//! let lo = Link::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
//! assert_eq!((lo.ifindex(), lo.ifname()?, lo.mtu()?), (1, Some("lo"), Some(65536)));
//! assert!(lo.stats64()?.is_some());
//! # Ok::<(), nlwire::Error>(())
//! ```
//!
//! The attribute numbers of the kinds and nested spaces, under short names:
//!
//! | name | attributes | where |
//! | --- | --- | --- |
//! | `bridge` | `IFLA_BR_*` | kind `bridge` |
//! | `brport` | `IFLA_BRPORT_*` | slave kind `bridge`, and `IFLA_PROTINFO` in `AF_BRIDGE` dumps |
//! | `macvlan` | `IFLA_MACVLAN_*` | kinds `macvlan` and `macvtap` |
//! | `vxlan` | `IFLA_VXLAN_*` | kind `vxlan` |
//! | `vlan` | `IFLA_VLAN_*` | kind `vlan` |
//! | `bond` | `IFLA_BOND_*` | kind `bond` |
//! | `ipvlan` | `IFLA_IPVLAN_*` | kinds `ipvlan` and `ipvtap` |
//! | `vrf` | `IFLA_VRF_*` | kind `vrf` |
//! | `inet` | `IFLA_INET_*` | IPv4 data in `IFLA_AF_SPEC` |
//! | `inet6` | `IFLA_INET6_*` | IPv6 data in `IFLA_AF_SPEC` and `IFLA_PROTINFO` |
//! | `bridge_af` | `IFLA_BRIDGE_*` | bridge data in `IFLA_AF_SPEC` of `AF_BRIDGE` dumps |
//! | `xdp` | `IFLA_XDP_*` | `IFLA_XDP` |
//! | `veth` | `VETH_INFO_*` | `IFLA_INFO_DATA` of a veth: `PEER` is the peer's `ifinfomsg` followed by its attributes |

mod request;
mod stats;

/// `BRIDGE_XSTATS_*`: inside `LINK_XSTATS_TYPE_BRIDGE`.
pub use crate::tables::rt_link::bridge_xstats_attrs as bridge_xstats;
/// `IFLA_OFFLOAD_XSTATS_HW_S_INFO_*`: one suite's state in `IFLA_OFFLOAD_XSTATS_HW_S_INFO`.
pub use crate::tables::rt_link::hw_s_info_one;
/// `IFLA_OFFLOAD_XSTATS_*`: inside `IFLA_STATS_LINK_OFFLOAD_XSTATS`.
pub use crate::tables::rt_link::link_offload_xstats as offload_xstats;
/// `LINK_XSTATS_TYPE_*`: inside `IFLA_STATS_LINK_XSTATS[_SLAVE]`.
pub use crate::tables::rt_link::link_xstats_type_attrs as xstats_type;
pub use crate::tables::rt_link::{
    ifla6_attrs as inet6, ifla_attrs as inet, link_bridge_af_attrs as bridge_af, linkinfo_bond_attrs as bond,
    linkinfo_bridge_attrs as bridge, linkinfo_brport_attrs as brport, linkinfo_ipvlan_attrs as ipvlan,
    linkinfo_macvlan_attrs as macvlan, linkinfo_veth_attrs as veth, linkinfo_vlan_attrs as vlan,
    linkinfo_vrf_attrs as vrf, linkinfo_vxlan_attrs as vxlan, xdp_attrs as xdp, RtextFilter,
};
pub use request::{
    stats_filter_bit, Add, AltIfName, AltNames, BridgeOptions, Del, Dump, Get, IfName, IpvlanMode, Kind,
    LinkRef, LinkSettings, MacvlanMode, NetnsTarget, Set, SetToken, StatsDump, VxlanOptions, ALIAS_MAX,
    ALTNAME_MAX, HWADDR_MAX, IFNAME_MAX,
};
pub use stats::{
    getset as ifla_stats_getset, BrMcastStats, BridgeStpXstats, MplsLinkStats, RtnlHwStats64, SetL3Stats,
    StatsGet, MPLS_STATS_LINK, RTM_SETSTATS,
};

use crate::tables::rt_link::ifinfo_flags;
use crate::tables::rt_link::{LinkAttrs, LinkinfoAttrs, StatsAttrs};
use bitflags::bitflags;
use zerocopy::FromBytes;

use crate::attr::{nest_view, Attr, Attrs};
use crate::error::Result;
use crate::message::{message_view, msg_type};

/// `struct ifinfomsg`.
pub use crate::tables::rt_link::Ifinfomsg as IfInfoMsg;

/// `struct if_stats_msg`: the header of `RTM_GETSTATS`/`RTM_NEWSTATS`.
pub use crate::tables::rt_link::IfStatsMsg;

/// `IFLA_STATS_*`: the attributes of an `RTM_NEWSTATS` ([`LinkStats`]).
pub use crate::tables::rt_link::stats_attrs as ifla_stats;

/// `IFLA_*` attribute types (`include/uapi/linux/if_link.h`).
pub use crate::tables::rt_link::link_attrs as ifla;

/// `IFLA_INFO_*` (inside `IFLA_LINKINFO`).
pub use crate::tables::rt_link::linkinfo_attrs as info;

bitflags! {
    /// `IFF_*` interface flags (`include/uapi/linux/if.h`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct IfFlags: u32 {
        /// Administratively up.
        const UP = ifinfo_flags::UP;
        /// Broadcast address valid.
        const BROADCAST = ifinfo_flags::BROADCAST;
        /// Debugging.
        const DEBUG = ifinfo_flags::DEBUG;
        /// Loopback.
        const LOOPBACK = ifinfo_flags::LOOPBACK;
        /// Point-to-point link.
        const POINTOPOINT = ifinfo_flags::POINT_TO_POINT;
        /// Avoid trailers.
        const NOTRAILERS = ifinfo_flags::NO_TRAILERS;
        /// Operationally up.
        const RUNNING = ifinfo_flags::RUNNING;
        /// No ARP.
        const NOARP = ifinfo_flags::NO_ARP;
        /// Promiscuous.
        const PROMISC = ifinfo_flags::PROMISC;
        /// Receive all multicast.
        const ALLMULTI = ifinfo_flags::ALL_MULTI;
        /// Master of a load balancer.
        const MASTER = ifinfo_flags::MASTER;
        /// Slave of a load balancer.
        const SLAVE = ifinfo_flags::SLAVE;
        /// Multicast capable.
        const MULTICAST = ifinfo_flags::MULTICAST;
        /// Can set media type.
        const PORTSEL = ifinfo_flags::PORTSEL;
        /// Auto media select.
        const AUTOMEDIA = ifinfo_flags::AUTO_MEDIA;
        /// Dynamic addresses.
        const DYNAMIC = ifinfo_flags::DYNAMIC;
        /// Carrier present (L1 up).
        const LOWER_UP = ifinfo_flags::LOWER_UP;
        /// Dormant.
        const DORMANT = ifinfo_flags::DORMANT;
        /// Echoes sent packets.
        const ECHO = ifinfo_flags::ECHO;
    }
}

/// `struct rtnl_link_stats64`. Kernels before 6.0 send 24 fields (no
/// `rx_otherhost_dropped`): read it with [`Link::stats64`], which accepts
/// both; the missing field then reads 0.
pub use crate::tables::rt_link::RtnlLinkStats64;

/// Size of `struct rtnl_link_stats64` before `rx_otherhost_dropped` (Linux < 6.0).
const STATS64_V1_LEN: usize = 24 * 8;

/// Interface statistics, as the kernel sent them (24 or 25 counters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stats64<'a> {
    /// The full struct.
    Current(&'a RtnlLinkStats64),
    /// A pre-6.0 struct without `rx_otherhost_dropped`, copied out.
    Legacy(RtnlLinkStats64),
}

impl core::ops::Deref for Stats64<'_> {
    type Target = RtnlLinkStats64;
    fn deref(&self) -> &RtnlLinkStats64 {
        match self {
            Stats64::Current(s) => s,
            Stats64::Legacy(s) => s,
        }
    }
}

/// `IF_OPER_*` operational states, with the names `ip` prints.
pub use crate::tables::rt_link::OPERSTATE_NAMES;

/// `IF_LINK_MODE_*`, with the names `ip` prints.
pub use crate::tables::rt_link::LINKMODE_NAMES;

/// `IFF_*` names in the order `ip` prints them.
pub use crate::tables::rt_link::IFF_NAMES;

/// `ARPHRD_*` link types with the names `ip` prints (`link/ether`).
pub use crate::tables::rt_link::ARPHRD_NAMES;

/// The name `ip` prints for `value` in a `(value, name)` table; `const`, so
/// that a table of names in the order ip prints them can be built at
/// compile time.
///
/// ```
/// use nlwire::link::{name_of, ARPHRD_NAMES};
/// const ETHER: Option<&str> = name_of(ARPHRD_NAMES, 1);
/// assert_eq!(ETHER, Some("ether"));
/// ```
pub const fn name_of(table: &'static [(u32, &'static str)], value: u32) -> Option<&'static str> {
    let mut rest = table;
    while let [(v, name), tail @ ..] = rest {
        if *v == value {
            return Some(name);
        }
        rest = tail;
    }
    None
}

message_view! {
    /// A view of an `RTM_NEWLINK`/`RTM_DELLINK` message (`link.mtu()`,
    /// `link.ifname()`, ... through [`LinkAttrs`]). The family is `AF_BRIDGE`
    /// in bridge port dumps.
    Link, IfInfoMsg, LinkAttrs, "link", family = ifi_family, [msg_type::RTM_NEWLINK, msg_type::RTM_DELLINK, msg_type::RTM_GETLINK, msg_type::RTM_SETLINK],
    header {
        /// Interface index.
        ifindex: i32 = ifi_index.get(),
        /// Link-layer type (`ARPHRD_*`, 1 for Ethernet).
        link_type: u16 = ifi_type.get(),
    }
}

message_view! {
    /// A view of an `RTM_NEWSTATS` message, a reply to [`StatsDump`]: one
    /// link's statistics (`IFLA_STATS_*` through [`StatsAttrs`]).
    LinkStats, IfStatsMsg, StatsAttrs, "link stats", family = family, [msg_type::RTM_NEWSTATS],
    header {
        /// Interface index.
        ifindex: u32 = ifindex.get(),
    }
}

impl<'a> Link<'a> {
    /// A view of a header and attributes found elsewhere (the peer of a veth).
    pub fn from_parts(header: &'a IfInfoMsg, attrs: Attrs<'a>) -> Self {
        Link { header, attrs: LinkAttrs(attrs) }
    }
    /// `IFLA_IFALIAS`: the interface's alias (`ip link set D alias TEXT`).
    pub fn alias(&self) -> Result<Option<&'a str>> {
        self.attrs.ifalias()
    }
    /// `IFF_*` flags; unknown bits kept.
    pub fn flags(&self) -> IfFlags {
        IfFlags::from_bits_retain(self.header.ifi_flags.get())
    }

    /// `IFLA_ADDRESS` as an Ethernet MAC (an error unless 6 bytes).
    pub fn mac(&self) -> Result<Option<[u8; 6]>> {
        self.attrs.0.find(ifla::ADDRESS)?.map(|a| a.mac()).transpose()
    }
    /// `IFLA_STATS64`: 64-bit counters, from any kernel's struct size.
    pub fn stats64(&self) -> Result<Option<Stats64<'a>>> {
        let Some(attr) = self.attrs.0.find(ifla::STATS64)? else {
            return Ok(None);
        };
        match attr.as_struct::<RtnlLinkStats64>() {
            Ok(s) => Ok(Some(Stats64::Current(s))),
            Err(e) => {
                let legacy = attr.payload().get(..STATS64_V1_LEN).ok_or(e)?;
                let mut full = [0u8; core::mem::size_of::<RtnlLinkStats64>()];
                full.get_mut(..STATS64_V1_LEN).ok_or(e)?.copy_from_slice(legacy);
                Ok(Some(Stats64::Legacy(RtnlLinkStats64::read_from_bytes(&full).map_err(|_| e)?)))
            }
        }
    }
    /// `IFLA_AF_SPEC`: per-family data (IPv4/IPv6 devconf, bridge VLANs).
    pub fn af_spec(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.attrs.0.find(ifla::AF_SPEC)?.map(|a| a.nested()))
    }
    /// `IFLA_PROTINFO`: bridge port state (family `AF_BRIDGE`) or IPv6 data.
    pub fn protinfo(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.attrs.0.find(ifla::PROTINFO)?.map(|a| a.nested()))
    }
    /// `IFLA_ALT_IFNAME`s inside `IFLA_PROP_LIST`.
    pub fn alt_names(&self) -> Result<Option<impl Iterator<Item = Result<&'a str>> + 'a>> {
        let Some(list) = self.attrs.0.find(ifla::PROP_LIST)? else {
            return Ok(None);
        };
        Ok(Some(list.nested().find_all(ifla::ALT_IFNAME).map(|a| a.and_then(|a| a.str()))))
    }
    /// `IFLA_LINKINFO`: the kind and its data.
    pub fn linkinfo(&self) -> Result<Option<LinkInfo<'a>>> {
        Ok(self.attrs.0.find(ifla::LINKINFO)?.map(|a| LinkInfo::new(a.nested())))
    }
    /// The peer of a veth as the kernel reports it at creation
    /// (`IFLA_INFO_DATA` / `VETH_INFO_PEER`: an `ifinfomsg` and attributes).
    /// Dumps do not carry it: use [`link`](crate::tables::rt_link::LinkAttrs::link) for the peer's index.
    pub fn veth_peer(&self) -> Result<Option<Link<'a>>> {
        let Some(info) = self.linkinfo()? else { return Ok(None) };
        if info.kind()? != Some("veth") {
            return Ok(None);
        }
        let Some(peer) = info.data()?.map(|d| d.find(veth::PEER)).transpose()?.flatten() else {
            return Ok(None);
        };
        peer_link(&peer).map(Some)
    }
}

/// Reads a `VETH_INFO_PEER` payload: `ifinfomsg` then attributes.
fn peer_link<'a>(peer: &Attr<'a>) -> Result<Link<'a>> {
    let header = peer.as_struct::<IfInfoMsg>()?;
    let size = core::mem::size_of::<IfInfoMsg>();
    let rest = peer.payload().get(size..).unwrap_or(&[]);
    Ok(Link {
        header,
        attrs: LinkAttrs(Attrs::with_offset(rest, peer.offset() + crate::attr::NLA_HDRLEN + size)),
    })
}

nest_view! {
    /// The contents of `IFLA_LINKINFO`: `kind` and kind-specific data.
    LinkInfo, LinkinfoAttrs
}

impl<'a> LinkInfo<'a> {
    /// `IFLA_INFO_DATA`: the kind's own attributes (`IFLA_VXLAN_*`, ...).
    pub fn data(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.attrs.0.find(info::DATA)?.map(|a| a.nested()))
    }
    /// `IFLA_INFO_SLAVE_DATA`: port attributes (`IFLA_BRPORT_*`, ...).
    pub fn slave_data(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.attrs.0.find(info::SLAVE_DATA)?.map(|a| a.nested()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::{Builder, Header};
    use crate::test_prelude::*;
    use zerocopy::IntoBytes;

    fn link_message(
        attrs: impl Fn(&mut crate::build::MessageWriter<'_>) -> Result<()>,
    ) -> ([u8; 512], usize) {
        let mut buf = [0u8; 512];
        let header = IfInfoMsg { ifi_index: 5.into(), ifi_flags: 0x1043.into(), ..IfInfoMsg::default() };
        let len = Builder::new(&mut buf)
            .message(Header::new(msg_type::RTM_NEWLINK, crate::MsgFlags::empty(), 1), |m| {
                m.family_header(&header)?;
                attrs(m)
            })
            .unwrap();
        (buf, len)
    }

    #[test]
    fn stats64_v1_is_the_struct_without_its_last_counter() {
        assert_eq!(core::mem::size_of::<RtnlLinkStats64>(), STATS64_V1_LEN + 8);
    }

    #[test]
    fn stats64_of_older_kernels_reads_with_zero_for_the_new_counter() {
        let mut legacy = [0u8; STATS64_V1_LEN];
        legacy[16..24].copy_from_slice(&1234u64.to_ne_bytes()); // rx_bytes
        let (buf, len) = link_message(|m| m.attr(ifla::STATS64, &legacy));
        let msg = Message::parse(&buf[..len]).unwrap();
        let stats = Link::parse(&msg).unwrap().stats64().unwrap().unwrap();
        assert!(matches!(stats, Stats64::Legacy(_)));
        assert_eq!((stats.rx_bytes.get(), stats.rx_otherhost_dropped.get()), (1234, 0));
        // Shorter than even that: an error, not garbage.
        let (buf, len) = link_message(|m| m.attr(ifla::STATS64, &legacy[..100]));
        let msg = Message::parse(&buf[..len]).unwrap();
        assert!(Link::parse(&msg).unwrap().stats64().is_err());
    }

    #[test]
    fn veth_peer_is_read_from_info_data() {
        let (buf, len) = link_message(|m| {
            m.str(ifla::IFNAME, "v0")?;
            m.nest(ifla::LINKINFO, |m| {
                m.str(info::KIND, "veth")?;
                m.nest(info::DATA, |m| {
                    m.nest(veth::PEER, |m| {
                        m.raw(IfInfoMsg { ifi_index: 6.into(), ..IfInfoMsg::default() }.as_bytes())?;
                        m.str(ifla::IFNAME, "v1")
                    })
                })
            })
        });
        let msg = Message::parse(&buf[..len]).unwrap();
        let link = Link::parse(&msg).unwrap();
        assert_eq!(link.flags(), IfFlags::UP | IfFlags::RUNNING | IfFlags::MULTICAST | IfFlags::BROADCAST);
        let peer = link.veth_peer().unwrap().unwrap();
        assert_eq!((peer.ifindex(), peer.ifname().unwrap()), (6, Some("v1")));
    }
}
