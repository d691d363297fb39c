//! `ip stats`: the `RTM_GETSTATS` request for one link, `RTM_SETSTATS`,
//! and the counter structs an `RTM_NEWSTATS` carries besides
//! `rtnl_link_stats64` (linux/if_link.h, linux/if_bridge.h).

use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use super::{IfStatsMsg, StatsDump};
use crate::build::{Header, MessageWriter, Request};
use crate::error::Result;
use crate::message::{msg_type, MsgFlags};
use crate::wire::NeU64;

/// `RTM_SETSTATS` (linux/rtnetlink.h), the one after `RTM_GETSTATS`.
pub const RTM_SETSTATS: u16 = msg_type::RTM_GETSTATS + 1;

/// `IFLA_STATS_GETSET_*` (linux/if_link.h): the attributes of an
/// `RTM_GETSTATS` or `RTM_SETSTATS` request.
pub mod getset {
    /// `IFLA_STATS_GET_FILTERS`: a nest of `u32` masks, one per
    /// `IFLA_STATS_*` group (bits of its sub-attributes).
    pub const GET_FILTERS: u16 = 1;
    /// `IFLA_STATS_SET_OFFLOAD_XSTATS_L3_STATS`: `u8` 0 or 1.
    pub const SET_OFFLOAD_XSTATS_L3_STATS: u16 = 2;
}

/// `ip stats show dev DEV`: `RTM_GETSTATS` for one link (no dump),
/// answered by one `RTM_NEWSTATS`, then the acknowledgement asked for (ip
/// asks for none) that tells the session the answer is whole.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatsGet {
    /// The link.
    pub ifindex: u32,
    /// What is asked, as a dump would ask it.
    pub stats: StatsDump,
}

impl Request for StatsGet {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_GETSTATS, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.stats.emit_for(self.ifindex, m)
    }
}

/// `ip stats set dev DEV l3_stats on|off`: `RTM_SETSTATS` asking the
/// driver to count (or stop counting) L3 traffic in hardware.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetL3Stats {
    /// The link.
    pub ifindex: u32,
    /// On or off.
    pub enable: bool,
}

impl Request for SetL3Stats {
    fn header(&self, seq: u32) -> Header {
        Header::acked(RTM_SETSTATS, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&IfStatsMsg { ifindex: self.ifindex.into(), ..IfStatsMsg::default() })?;
        m.u8(getset::SET_OFFLOAD_XSTATS_L3_STATS, self.enable.into())
    }
}

impl StatsDump {
    /// The `if_stats_msg` for `ifindex` (0: every link) and the filters.
    pub(super) fn emit_for(&self, ifindex: u32, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&IfStatsMsg {
            ifindex: ifindex.into(),
            filter_mask: self.filter_mask.into(),
            ..IfStatsMsg::default()
        })?;
        if self.offload_filter == 0 {
            return Ok(());
        }
        m.nest(getset::GET_FILTERS, |m| m.u32(super::ifla_stats::LINK_OFFLOAD_XSTATS, self.offload_filter))
    }
}

/// `struct rtnl_hw_stats64`: the counters of `IFLA_OFFLOAD_XSTATS_L3_STATS`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
#[allow(missing_docs)] // the UAPI's names
pub struct RtnlHwStats64 {
    pub rx_packets: NeU64,
    pub tx_packets: NeU64,
    pub rx_bytes: NeU64,
    pub tx_bytes: NeU64,
    pub rx_errors: NeU64,
    pub tx_errors: NeU64,
    pub rx_dropped: NeU64,
    pub tx_dropped: NeU64,
    pub multicast: NeU64,
}

/// A received and a sent count (`BR_MCAST_DIR_RX`, `BR_MCAST_DIR_TX`).
pub type RxTx = [NeU64; 2];

/// `struct br_mcast_stats`: `BRIDGE_XSTATS_MCAST`, a bridge's or a
/// port's IGMP and MLD counters.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
#[allow(missing_docs)] // the UAPI's names
pub struct BrMcastStats {
    pub igmp_v1queries: RxTx,
    pub igmp_v2queries: RxTx,
    pub igmp_v3queries: RxTx,
    pub igmp_leaves: RxTx,
    pub igmp_v1reports: RxTx,
    pub igmp_v2reports: RxTx,
    pub igmp_v3reports: RxTx,
    pub igmp_parse_errors: NeU64,
    pub mld_v1queries: RxTx,
    pub mld_v2queries: RxTx,
    pub mld_leaves: RxTx,
    pub mld_v1reports: RxTx,
    pub mld_v2reports: RxTx,
    pub mld_parse_errors: NeU64,
    pub mcast_bytes: RxTx,
    pub mcast_packets: RxTx,
}

/// `struct bridge_stp_xstats`: `BRIDGE_XSTATS_STP`, a port's STP counters.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
#[allow(missing_docs)] // the UAPI's names
pub struct BridgeStpXstats {
    pub transition_blk: NeU64,
    pub transition_fwd: NeU64,
    pub rx_bpdu: NeU64,
    pub tx_bpdu: NeU64,
    pub rx_tcn: NeU64,
    pub tx_tcn: NeU64,
}

/// `MPLS_STATS_LINK` (linux/mpls.h): [`MplsLinkStats`] inside
/// `IFLA_STATS_AF_SPEC`'s `AF_MPLS`.
pub const MPLS_STATS_LINK: u16 = 1;

/// `struct mpls_link_stats` (linux/mpls.h): a link's MPLS counters.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
#[allow(missing_docs)] // the UAPI's names
pub struct MplsLinkStats {
    pub rx_packets: NeU64,
    pub tx_packets: NeU64,
    pub rx_bytes: NeU64,
    pub tx_bytes: NeU64,
    pub rx_errors: NeU64,
    pub tx_errors: NeU64,
    pub rx_dropped: NeU64,
    pub tx_dropped: NeU64,
    pub rx_noroute: NeU64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::stats_filter_bit;
    use crate::test_prelude::*;

    /// `struct nlmsghdr` then `struct if_stats_msg { u8 family; u8 pad1;
    /// u16 pad2; u32 ifindex; u32 filter_mask; }`, built from the UAPI.
    fn header(len: u32, kind: u16, flags: u16, ifindex: u32, mask: u32) -> [u8; 28] {
        let mut want = [0u8; 28];
        let mut put = |at: usize, bytes: &[u8]| want[at..at + bytes.len()].copy_from_slice(bytes);
        put(0, &len.to_ne_bytes());
        put(4, &kind.to_ne_bytes());
        put(6, &flags.to_ne_bytes());
        put(8, &9u32.to_ne_bytes()); // seq; pid 0, family and pads 0
        put(20, &ifindex.to_ne_bytes());
        put(24, &mask.to_ne_bytes());
        want
    }

    /// `ip stats show dev DEV group offload subgroup l3_stats`: RTM_GETSTATS
    /// (94), NLM_F_REQUEST | NLM_F_ACK (5), ifindex 4, the mask of
    /// IFLA_STATS_LINK_OFFLOAD_XSTATS (4: bit 3, 8), then
    /// IFLA_STATS_GET_FILTERS (1 | NLA_F_NESTED 0x8000) holding a u32 at
    /// type IFLA_STATS_LINK_OFFLOAD_XSTATS (4): L3_STATS (3) and HW_S_INFO
    /// (2), bits 4 and 2.
    #[test]
    fn one_links_stats_with_an_offload_filter_are_byte_exact() {
        let get =
            StatsGet { ifindex: 4, stats: StatsDump { filter_mask: stats_filter_bit(4), offload_filter: 6 } };
        let (buf, len) = emitted(&get, 9);
        let mut want = [0u8; 40];
        want[..28].copy_from_slice(&header(40, 94, 5, 4, 8));
        want[28..30].copy_from_slice(&12u16.to_ne_bytes());
        want[30..32].copy_from_slice(&0x8001u16.to_ne_bytes());
        want[32..34].copy_from_slice(&8u16.to_ne_bytes());
        want[34..36].copy_from_slice(&4u16.to_ne_bytes());
        want[36..40].copy_from_slice(&6u32.to_ne_bytes());
        assert_eq!(&buf[..len], &want[..]);
    }

    /// `ip stats set dev DEV l3_stats on`: RTM_SETSTATS (95), NLM_F_REQUEST
    /// | NLM_F_ACK (5), then IFLA_STATS_SET_OFFLOAD_XSTATS_L3_STATS (2): u8 1,
    /// padded to 4.
    #[test]
    fn setting_l3_stats_is_byte_exact() {
        for (enable, byte) in [(true, 1u8), (false, 0)] {
            let (buf, len) = emitted(&SetL3Stats { ifindex: 7, enable }, 9);
            let mut want = [0u8; 36];
            want[..28].copy_from_slice(&header(36, 95, 5, 7, 0));
            want[28..30].copy_from_slice(&5u16.to_ne_bytes());
            want[30..32].copy_from_slice(&2u16.to_ne_bytes());
            want[32] = byte;
            assert_eq!(&buf[..len], &want[..]);
        }
    }

    /// The sizes of linux/if_link.h's, linux/if_bridge.h's and
    /// linux/mpls.h's structs: 9, 2 × 14 + 2, 6 and 9 `__u64`s; `igmp_parse_errors` after 7 RX/TX pairs,
    /// `mld_parse_errors` after 5 more.
    #[test]
    fn counter_structs_have_the_uapi_layout() {
        assert_eq!(core::mem::size_of::<RtnlHwStats64>(), 9 * 8);
        assert_eq!(core::mem::size_of::<BrMcastStats>(), 30 * 8);
        assert_eq!(core::mem::size_of::<BridgeStpXstats>(), 6 * 8);
        assert_eq!(core::mem::size_of::<MplsLinkStats>(), 9 * 8);
        let mut mcast = [0u8; 240];
        mcast[7 * 16..7 * 16 + 8].copy_from_slice(&3u64.to_ne_bytes());
        mcast[25 * 8..26 * 8].copy_from_slice(&5u64.to_ne_bytes());
        let m = BrMcastStats::read_from_bytes(&mcast).unwrap();
        assert_eq!((m.igmp_parse_errors.get(), m.mld_parse_errors.get()), (3, 5));
    }
}
