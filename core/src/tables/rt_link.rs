//! Tables of the `rt-link` netlink spec.
//!
//! Written by `cargo run -p nlwire-gen` from the kernel's YAML spec (and
//! `gen/specs/`): do not edit.

#[allow(unused_imports)]
use crate::error::Result;
#[allow(unused_imports)]
use crate::spec::{
    AttrSpec, AttrType, Field, GenlCommand, GenlFamily, Key, MessageSpec, Scalar, SelectBy, Selector, Space,
    StructSpec,
};
use crate::wire::{BeU16, NeI32, NeU16, NeU32, NeU64};
use core::mem::{offset_of, size_of};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// Bit names of `ifinfo-flags`.
pub static IFINFO_FLAGS: &[(u32, &str)] = &[
    (1, "up"),
    (2, "broadcast"),
    (4, "debug"),
    (8, "loopback"),
    (16, "point-to-point"),
    (32, "no-trailers"),
    (64, "running"),
    (128, "no-arp"),
    (256, "promisc"),
    (512, "all-multi"),
    (1024, "master"),
    (2048, "slave"),
    (4096, "multicast"),
    (8192, "portsel"),
    (16384, "auto-media"),
    (32768, "dynamic"),
    (65536, "lower-up"),
    (131072, "dormant"),
    (262144, "echo"),
];

/// Bit masks of `ifinfo-flags`.
pub mod ifinfo_flags {
    /// `IFF_UP`.
    #[doc(alias = "IFF_UP")]
    pub const UP: u32 = 1;
    /// `IFF_BROADCAST`.
    #[doc(alias = "IFF_BROADCAST")]
    pub const BROADCAST: u32 = 2;
    /// `IFF_DEBUG`.
    #[doc(alias = "IFF_DEBUG")]
    pub const DEBUG: u32 = 4;
    /// `IFF_LOOPBACK`.
    #[doc(alias = "IFF_LOOPBACK")]
    pub const LOOPBACK: u32 = 8;
    /// `IFF_POINT_TO_POINT`.
    #[doc(alias = "IFF_POINT_TO_POINT")]
    pub const POINT_TO_POINT: u32 = 16;
    /// `IFF_NO_TRAILERS`.
    #[doc(alias = "IFF_NO_TRAILERS")]
    pub const NO_TRAILERS: u32 = 32;
    /// `IFF_RUNNING`.
    #[doc(alias = "IFF_RUNNING")]
    pub const RUNNING: u32 = 64;
    /// `IFF_NO_ARP`.
    #[doc(alias = "IFF_NO_ARP")]
    pub const NO_ARP: u32 = 128;
    /// `IFF_PROMISC`.
    #[doc(alias = "IFF_PROMISC")]
    pub const PROMISC: u32 = 256;
    /// `IFF_ALL_MULTI`.
    #[doc(alias = "IFF_ALL_MULTI")]
    pub const ALL_MULTI: u32 = 512;
    /// `IFF_MASTER`.
    #[doc(alias = "IFF_MASTER")]
    pub const MASTER: u32 = 1024;
    /// `IFF_SLAVE`.
    #[doc(alias = "IFF_SLAVE")]
    pub const SLAVE: u32 = 2048;
    /// `IFF_MULTICAST`.
    #[doc(alias = "IFF_MULTICAST")]
    pub const MULTICAST: u32 = 4096;
    /// `IFF_PORTSEL`.
    #[doc(alias = "IFF_PORTSEL")]
    pub const PORTSEL: u32 = 8192;
    /// `IFF_AUTO_MEDIA`.
    #[doc(alias = "IFF_AUTO_MEDIA")]
    pub const AUTO_MEDIA: u32 = 16384;
    /// `IFF_DYNAMIC`.
    #[doc(alias = "IFF_DYNAMIC")]
    pub const DYNAMIC: u32 = 32768;
    /// `IFF_LOWER_UP`.
    #[doc(alias = "IFF_LOWER_UP")]
    pub const LOWER_UP: u32 = 65536;
    /// `IFF_DORMANT`.
    #[doc(alias = "IFF_DORMANT")]
    pub const DORMANT: u32 = 131072;
    /// `IFF_ECHO`.
    #[doc(alias = "IFF_ECHO")]
    pub const ECHO: u32 = 262144;
}

bitflags::bitflags! {
    /// The bits of `ifinfo-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct IfinfoFlags: u32 {
        /// [`ifinfo_flags::UP`].
        const UP = ifinfo_flags::UP;
        /// [`ifinfo_flags::BROADCAST`].
        const BROADCAST = ifinfo_flags::BROADCAST;
        /// [`ifinfo_flags::DEBUG`].
        const DEBUG = ifinfo_flags::DEBUG;
        /// [`ifinfo_flags::LOOPBACK`].
        const LOOPBACK = ifinfo_flags::LOOPBACK;
        /// [`ifinfo_flags::POINT_TO_POINT`].
        const POINT_TO_POINT = ifinfo_flags::POINT_TO_POINT;
        /// [`ifinfo_flags::NO_TRAILERS`].
        const NO_TRAILERS = ifinfo_flags::NO_TRAILERS;
        /// [`ifinfo_flags::RUNNING`].
        const RUNNING = ifinfo_flags::RUNNING;
        /// [`ifinfo_flags::NO_ARP`].
        const NO_ARP = ifinfo_flags::NO_ARP;
        /// [`ifinfo_flags::PROMISC`].
        const PROMISC = ifinfo_flags::PROMISC;
        /// [`ifinfo_flags::ALL_MULTI`].
        const ALL_MULTI = ifinfo_flags::ALL_MULTI;
        /// [`ifinfo_flags::MASTER`].
        const MASTER = ifinfo_flags::MASTER;
        /// [`ifinfo_flags::SLAVE`].
        const SLAVE = ifinfo_flags::SLAVE;
        /// [`ifinfo_flags::MULTICAST`].
        const MULTICAST = ifinfo_flags::MULTICAST;
        /// [`ifinfo_flags::PORTSEL`].
        const PORTSEL = ifinfo_flags::PORTSEL;
        /// [`ifinfo_flags::AUTO_MEDIA`].
        const AUTO_MEDIA = ifinfo_flags::AUTO_MEDIA;
        /// [`ifinfo_flags::DYNAMIC`].
        const DYNAMIC = ifinfo_flags::DYNAMIC;
        /// [`ifinfo_flags::LOWER_UP`].
        const LOWER_UP = ifinfo_flags::LOWER_UP;
        /// [`ifinfo_flags::DORMANT`].
        const DORMANT = ifinfo_flags::DORMANT;
        /// [`ifinfo_flags::ECHO`].
        const ECHO = ifinfo_flags::ECHO;
    }
}

/// Names of `vlan-protocols`.
pub static VLAN_PROTOCOLS: &[(u32, &str)] = &[(33024, "8021q"), (34984, "8021ad")];

/// Values of `vlan-protocols`.
pub mod vlan_protocols {
    /// `8021Q`.
    pub const N8021Q: u16 = 33024;
    /// `8021AD`.
    pub const N8021AD: u16 = 34984;
}

/// `struct rtgenmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Rtgenmsg {
    /// `family`.
    pub family: u8,
}

/// Fields of [`Rtgenmsg`].
pub static RTGENMSG: StructSpec = StructSpec {
    name: "rtgenmsg",
    size: size_of::<Rtgenmsg>(),
    prefix: "",
    fields: &[Field::new("family", offset_of!(Rtgenmsg, family), size_of::<u8>(), AttrType::U8)],
};

/// `struct ifinfomsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Ifinfomsg {
    /// `ifi-family`.
    pub ifi_family: u8,
    /// `pad`.
    pub pad: [u8; 1],
    /// `ifi-type`.
    pub ifi_type: NeU16,
    /// `ifi-index`.
    pub ifi_index: NeI32,
    /// `ifi-flags`.
    pub ifi_flags: NeU32,
    /// `ifi-change`.
    pub ifi_change: NeU32,
}

/// Fields of [`Ifinfomsg`].
pub static IFINFOMSG: StructSpec = StructSpec {
    name: "ifinfomsg",
    size: size_of::<Ifinfomsg>(),
    prefix: "ifi_",
    fields: &[
        Field::new("ifi_family", offset_of!(Ifinfomsg, ifi_family), size_of::<u8>(), AttrType::U8),
        Field::new(
            "ifi_type",
            offset_of!(Ifinfomsg, ifi_type),
            size_of::<NeU16>(),
            AttrType::Enum(Scalar::U16, ARPHRD_NAMES),
        ),
        Field::new("ifi_index", offset_of!(Ifinfomsg, ifi_index), size_of::<NeI32>(), AttrType::S32),
        Field::new(
            "ifi_flags",
            offset_of!(Ifinfomsg, ifi_flags),
            size_of::<NeU32>(),
            AttrType::Bits(Scalar::U32, IFF_NAMES),
        ),
        Field::new("ifi_change", offset_of!(Ifinfomsg, ifi_change), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct ifla_bridge_id`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaBridgeId {
    /// `prio`.
    pub prio: [u8; 2],
    /// `addr`.
    pub addr: [u8; 6],
}

/// Fields of [`IflaBridgeId`].
pub static IFLA_BRIDGE_ID: StructSpec = StructSpec {
    name: "ifla_bridge_id",
    size: size_of::<IflaBridgeId>(),
    prefix: "",
    fields: &[
        Field::new("prio", offset_of!(IflaBridgeId, prio), size_of::<[u8; 2]>(), AttrType::Bytes),
        Field::new("addr", offset_of!(IflaBridgeId, addr), size_of::<[u8; 6]>(), AttrType::Hwaddr),
    ],
};

/// `struct ifla_cacheinfo`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaCacheinfo {
    /// `max-reasm-len`.
    pub max_reasm_len: NeU32,
    /// `tstamp`.
    pub tstamp: NeU32,
    /// `reachable-time`.
    pub reachable_time: NeU32,
    /// `retrans-time`.
    pub retrans_time: NeU32,
}

/// Fields of [`IflaCacheinfo`].
pub static IFLA_CACHEINFO: StructSpec = StructSpec {
    name: "ifla_cacheinfo",
    size: size_of::<IflaCacheinfo>(),
    prefix: "",
    fields: &[
        Field::new(
            "max_reasm_len",
            offset_of!(IflaCacheinfo, max_reasm_len),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("tstamp", offset_of!(IflaCacheinfo, tstamp), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "reachable_time",
            offset_of!(IflaCacheinfo, reachable_time),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "retrans_time",
            offset_of!(IflaCacheinfo, retrans_time),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
    ],
};

/// `struct rtnl_link_stats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct RtnlLinkStats {
    /// `rx-packets`.
    pub rx_packets: NeU32,
    /// `tx-packets`.
    pub tx_packets: NeU32,
    /// `rx-bytes`.
    pub rx_bytes: NeU32,
    /// `tx-bytes`.
    pub tx_bytes: NeU32,
    /// `rx-errors`.
    pub rx_errors: NeU32,
    /// `tx-errors`.
    pub tx_errors: NeU32,
    /// `rx-dropped`.
    pub rx_dropped: NeU32,
    /// `tx-dropped`.
    pub tx_dropped: NeU32,
    /// `multicast`.
    pub multicast: NeU32,
    /// `collisions`.
    pub collisions: NeU32,
    /// `rx-length-errors`.
    pub rx_length_errors: NeU32,
    /// `rx-over-errors`.
    pub rx_over_errors: NeU32,
    /// `rx-crc-errors`.
    pub rx_crc_errors: NeU32,
    /// `rx-frame-errors`.
    pub rx_frame_errors: NeU32,
    /// `rx-fifo-errors`.
    pub rx_fifo_errors: NeU32,
    /// `rx-missed-errors`.
    pub rx_missed_errors: NeU32,
    /// `tx-aborted-errors`.
    pub tx_aborted_errors: NeU32,
    /// `tx-carrier-errors`.
    pub tx_carrier_errors: NeU32,
    /// `tx-fifo-errors`.
    pub tx_fifo_errors: NeU32,
    /// `tx-heartbeat-errors`.
    pub tx_heartbeat_errors: NeU32,
    /// `tx-window-errors`.
    pub tx_window_errors: NeU32,
    /// `rx-compressed`.
    pub rx_compressed: NeU32,
    /// `tx-compressed`.
    pub tx_compressed: NeU32,
    /// `rx-nohandler`.
    pub rx_nohandler: NeU32,
}

/// Fields of [`RtnlLinkStats`].
pub static RTNL_LINK_STATS: StructSpec = StructSpec {
    name: "rtnl_link_stats",
    size: size_of::<RtnlLinkStats>(),
    prefix: "",
    fields: &[
        Field::new("rx_packets", offset_of!(RtnlLinkStats, rx_packets), size_of::<NeU32>(), AttrType::U32),
        Field::new("tx_packets", offset_of!(RtnlLinkStats, tx_packets), size_of::<NeU32>(), AttrType::U32),
        Field::new("rx_bytes", offset_of!(RtnlLinkStats, rx_bytes), size_of::<NeU32>(), AttrType::U32),
        Field::new("tx_bytes", offset_of!(RtnlLinkStats, tx_bytes), size_of::<NeU32>(), AttrType::U32),
        Field::new("rx_errors", offset_of!(RtnlLinkStats, rx_errors), size_of::<NeU32>(), AttrType::U32),
        Field::new("tx_errors", offset_of!(RtnlLinkStats, tx_errors), size_of::<NeU32>(), AttrType::U32),
        Field::new("rx_dropped", offset_of!(RtnlLinkStats, rx_dropped), size_of::<NeU32>(), AttrType::U32),
        Field::new("tx_dropped", offset_of!(RtnlLinkStats, tx_dropped), size_of::<NeU32>(), AttrType::U32),
        Field::new("multicast", offset_of!(RtnlLinkStats, multicast), size_of::<NeU32>(), AttrType::U32),
        Field::new("collisions", offset_of!(RtnlLinkStats, collisions), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "rx_length_errors",
            offset_of!(RtnlLinkStats, rx_length_errors),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "rx_over_errors",
            offset_of!(RtnlLinkStats, rx_over_errors),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "rx_crc_errors",
            offset_of!(RtnlLinkStats, rx_crc_errors),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "rx_frame_errors",
            offset_of!(RtnlLinkStats, rx_frame_errors),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "rx_fifo_errors",
            offset_of!(RtnlLinkStats, rx_fifo_errors),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "rx_missed_errors",
            offset_of!(RtnlLinkStats, rx_missed_errors),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "tx_aborted_errors",
            offset_of!(RtnlLinkStats, tx_aborted_errors),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "tx_carrier_errors",
            offset_of!(RtnlLinkStats, tx_carrier_errors),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "tx_fifo_errors",
            offset_of!(RtnlLinkStats, tx_fifo_errors),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "tx_heartbeat_errors",
            offset_of!(RtnlLinkStats, tx_heartbeat_errors),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "tx_window_errors",
            offset_of!(RtnlLinkStats, tx_window_errors),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "rx_compressed",
            offset_of!(RtnlLinkStats, rx_compressed),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "tx_compressed",
            offset_of!(RtnlLinkStats, tx_compressed),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "rx_nohandler",
            offset_of!(RtnlLinkStats, rx_nohandler),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
    ],
};

/// `struct rtnl_link_stats64`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct RtnlLinkStats64 {
    /// `rx-packets`.
    pub rx_packets: NeU64,
    /// `tx-packets`.
    pub tx_packets: NeU64,
    /// `rx-bytes`.
    pub rx_bytes: NeU64,
    /// `tx-bytes`.
    pub tx_bytes: NeU64,
    /// `rx-errors`.
    pub rx_errors: NeU64,
    /// `tx-errors`.
    pub tx_errors: NeU64,
    /// `rx-dropped`.
    pub rx_dropped: NeU64,
    /// `tx-dropped`.
    pub tx_dropped: NeU64,
    /// `multicast`.
    pub multicast: NeU64,
    /// `collisions`.
    pub collisions: NeU64,
    /// `rx-length-errors`.
    pub rx_length_errors: NeU64,
    /// `rx-over-errors`.
    pub rx_over_errors: NeU64,
    /// `rx-crc-errors`.
    pub rx_crc_errors: NeU64,
    /// `rx-frame-errors`.
    pub rx_frame_errors: NeU64,
    /// `rx-fifo-errors`.
    pub rx_fifo_errors: NeU64,
    /// `rx-missed-errors`.
    pub rx_missed_errors: NeU64,
    /// `tx-aborted-errors`.
    pub tx_aborted_errors: NeU64,
    /// `tx-carrier-errors`.
    pub tx_carrier_errors: NeU64,
    /// `tx-fifo-errors`.
    pub tx_fifo_errors: NeU64,
    /// `tx-heartbeat-errors`.
    pub tx_heartbeat_errors: NeU64,
    /// `tx-window-errors`.
    pub tx_window_errors: NeU64,
    /// `rx-compressed`.
    pub rx_compressed: NeU64,
    /// `tx-compressed`.
    pub tx_compressed: NeU64,
    /// `rx-nohandler`.
    pub rx_nohandler: NeU64,
    /// `rx-otherhost-dropped`.
    pub rx_otherhost_dropped: NeU64,
}

/// Fields of [`RtnlLinkStats64`].
pub static RTNL_LINK_STATS64: StructSpec = StructSpec {
    name: "rtnl_link_stats64",
    size: size_of::<RtnlLinkStats64>(),
    prefix: "",
    fields: &[
        Field::new("rx_packets", offset_of!(RtnlLinkStats64, rx_packets), size_of::<NeU64>(), AttrType::U64),
        Field::new("tx_packets", offset_of!(RtnlLinkStats64, tx_packets), size_of::<NeU64>(), AttrType::U64),
        Field::new("rx_bytes", offset_of!(RtnlLinkStats64, rx_bytes), size_of::<NeU64>(), AttrType::U64),
        Field::new("tx_bytes", offset_of!(RtnlLinkStats64, tx_bytes), size_of::<NeU64>(), AttrType::U64),
        Field::new("rx_errors", offset_of!(RtnlLinkStats64, rx_errors), size_of::<NeU64>(), AttrType::U64),
        Field::new("tx_errors", offset_of!(RtnlLinkStats64, tx_errors), size_of::<NeU64>(), AttrType::U64),
        Field::new("rx_dropped", offset_of!(RtnlLinkStats64, rx_dropped), size_of::<NeU64>(), AttrType::U64),
        Field::new("tx_dropped", offset_of!(RtnlLinkStats64, tx_dropped), size_of::<NeU64>(), AttrType::U64),
        Field::new("multicast", offset_of!(RtnlLinkStats64, multicast), size_of::<NeU64>(), AttrType::U64),
        Field::new("collisions", offset_of!(RtnlLinkStats64, collisions), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "rx_length_errors",
            offset_of!(RtnlLinkStats64, rx_length_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "rx_over_errors",
            offset_of!(RtnlLinkStats64, rx_over_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "rx_crc_errors",
            offset_of!(RtnlLinkStats64, rx_crc_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "rx_frame_errors",
            offset_of!(RtnlLinkStats64, rx_frame_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "rx_fifo_errors",
            offset_of!(RtnlLinkStats64, rx_fifo_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "rx_missed_errors",
            offset_of!(RtnlLinkStats64, rx_missed_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "tx_aborted_errors",
            offset_of!(RtnlLinkStats64, tx_aborted_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "tx_carrier_errors",
            offset_of!(RtnlLinkStats64, tx_carrier_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "tx_fifo_errors",
            offset_of!(RtnlLinkStats64, tx_fifo_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "tx_heartbeat_errors",
            offset_of!(RtnlLinkStats64, tx_heartbeat_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "tx_window_errors",
            offset_of!(RtnlLinkStats64, tx_window_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "rx_compressed",
            offset_of!(RtnlLinkStats64, rx_compressed),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "tx_compressed",
            offset_of!(RtnlLinkStats64, tx_compressed),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "rx_nohandler",
            offset_of!(RtnlLinkStats64, rx_nohandler),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "rx_otherhost_dropped",
            offset_of!(RtnlLinkStats64, rx_otherhost_dropped),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
    ],
};

/// `struct rtnl_link_ifmap`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct RtnlLinkIfmap {
    /// `mem-start`.
    pub mem_start: NeU64,
    /// `mem-end`.
    pub mem_end: NeU64,
    /// `base-addr`.
    pub base_addr: NeU64,
    /// `irq`.
    pub irq: NeU16,
    /// `dma`.
    pub dma: u8,
    /// `port`.
    pub port: u8,
    /// Padding the C compiler adds.
    pub hole1: [u8; 4],
}

/// Fields of [`RtnlLinkIfmap`].
pub static RTNL_LINK_IFMAP: StructSpec = StructSpec {
    name: "rtnl_link_ifmap",
    size: size_of::<RtnlLinkIfmap>(),
    prefix: "",
    fields: &[
        Field::new("mem_start", offset_of!(RtnlLinkIfmap, mem_start), size_of::<NeU64>(), AttrType::U64),
        Field::new("mem_end", offset_of!(RtnlLinkIfmap, mem_end), size_of::<NeU64>(), AttrType::U64),
        Field::new("base_addr", offset_of!(RtnlLinkIfmap, base_addr), size_of::<NeU64>(), AttrType::U64),
        Field::new("irq", offset_of!(RtnlLinkIfmap, irq), size_of::<NeU16>(), AttrType::U16),
        Field::new("dma", offset_of!(RtnlLinkIfmap, dma), size_of::<u8>(), AttrType::U8),
        Field::new("port", offset_of!(RtnlLinkIfmap, port), size_of::<u8>(), AttrType::U8),
    ],
};

/// `struct ipv4_devconf`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Ipv4Devconf {
    /// `forwarding`.
    pub forwarding: NeU32,
    /// `mc-forwarding`.
    pub mc_forwarding: NeU32,
    /// `proxy-arp`.
    pub proxy_arp: NeU32,
    /// `accept-redirects`.
    pub accept_redirects: NeU32,
    /// `secure-redirects`.
    pub secure_redirects: NeU32,
    /// `send-redirects`.
    pub send_redirects: NeU32,
    /// `shared-media`.
    pub shared_media: NeU32,
    /// `rp-filter`.
    pub rp_filter: NeU32,
    /// `accept-source-route`.
    pub accept_source_route: NeU32,
    /// `bootp-relay`.
    pub bootp_relay: NeU32,
    /// `log-martians`.
    pub log_martians: NeU32,
    /// `tag`.
    pub tag: NeU32,
    /// `arpfilter`.
    pub arpfilter: NeU32,
    /// `medium-id`.
    pub medium_id: NeU32,
    /// `noxfrm`.
    pub noxfrm: NeU32,
    /// `nopolicy`.
    pub nopolicy: NeU32,
    /// `force-igmp-version`.
    pub force_igmp_version: NeU32,
    /// `arp-announce`.
    pub arp_announce: NeU32,
    /// `arp-ignore`.
    pub arp_ignore: NeU32,
    /// `promote-secondaries`.
    pub promote_secondaries: NeU32,
    /// `arp-accept`.
    pub arp_accept: NeU32,
    /// `arp-notify`.
    pub arp_notify: NeU32,
    /// `accept-local`.
    pub accept_local: NeU32,
    /// `src-vmark`.
    pub src_vmark: NeU32,
    /// `proxy-arp-pvlan`.
    pub proxy_arp_pvlan: NeU32,
    /// `route-localnet`.
    pub route_localnet: NeU32,
    /// `igmpv2-unsolicited-report-interval`.
    pub igmpv2_unsolicited_report_interval: NeU32,
    /// `igmpv3-unsolicited-report-interval`.
    pub igmpv3_unsolicited_report_interval: NeU32,
    /// `ignore-routes-with-linkdown`.
    pub ignore_routes_with_linkdown: NeU32,
    /// `drop-unicast-in-l2-multicast`.
    pub drop_unicast_in_l2_multicast: NeU32,
    /// `drop-gratuitous-arp`.
    pub drop_gratuitous_arp: NeU32,
    /// `bc-forwarding`.
    pub bc_forwarding: NeU32,
    /// `arp-evict-nocarrier`.
    pub arp_evict_nocarrier: NeU32,
}

/// Fields of [`Ipv4Devconf`].
pub static IPV4_DEVCONF: StructSpec = StructSpec {
    name: "ipv4_devconf",
    size: size_of::<Ipv4Devconf>(),
    prefix: "",
    fields: &[
        Field::new("forwarding", offset_of!(Ipv4Devconf, forwarding), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "mc_forwarding",
            offset_of!(Ipv4Devconf, mc_forwarding),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("proxy_arp", offset_of!(Ipv4Devconf, proxy_arp), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "accept_redirects",
            offset_of!(Ipv4Devconf, accept_redirects),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "secure_redirects",
            offset_of!(Ipv4Devconf, secure_redirects),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "send_redirects",
            offset_of!(Ipv4Devconf, send_redirects),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("shared_media", offset_of!(Ipv4Devconf, shared_media), size_of::<NeU32>(), AttrType::U32),
        Field::new("rp_filter", offset_of!(Ipv4Devconf, rp_filter), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "accept_source_route",
            offset_of!(Ipv4Devconf, accept_source_route),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("bootp_relay", offset_of!(Ipv4Devconf, bootp_relay), size_of::<NeU32>(), AttrType::U32),
        Field::new("log_martians", offset_of!(Ipv4Devconf, log_martians), size_of::<NeU32>(), AttrType::U32),
        Field::new("tag", offset_of!(Ipv4Devconf, tag), size_of::<NeU32>(), AttrType::U32),
        Field::aliased(
            "arpfilter",
            "arp_filter",
            offset_of!(Ipv4Devconf, arpfilter),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("medium_id", offset_of!(Ipv4Devconf, medium_id), size_of::<NeU32>(), AttrType::U32),
        Field::aliased(
            "noxfrm",
            "disable_xfrm",
            offset_of!(Ipv4Devconf, noxfrm),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::aliased(
            "nopolicy",
            "disable_policy",
            offset_of!(Ipv4Devconf, nopolicy),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "force_igmp_version",
            offset_of!(Ipv4Devconf, force_igmp_version),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("arp_announce", offset_of!(Ipv4Devconf, arp_announce), size_of::<NeU32>(), AttrType::U32),
        Field::new("arp_ignore", offset_of!(Ipv4Devconf, arp_ignore), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "promote_secondaries",
            offset_of!(Ipv4Devconf, promote_secondaries),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("arp_accept", offset_of!(Ipv4Devconf, arp_accept), size_of::<NeU32>(), AttrType::U32),
        Field::new("arp_notify", offset_of!(Ipv4Devconf, arp_notify), size_of::<NeU32>(), AttrType::U32),
        Field::new("accept_local", offset_of!(Ipv4Devconf, accept_local), size_of::<NeU32>(), AttrType::U32),
        Field::aliased(
            "src_vmark",
            "src_valid_mark",
            offset_of!(Ipv4Devconf, src_vmark),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "proxy_arp_pvlan",
            offset_of!(Ipv4Devconf, proxy_arp_pvlan),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "route_localnet",
            offset_of!(Ipv4Devconf, route_localnet),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "igmpv2_unsolicited_report_interval",
            offset_of!(Ipv4Devconf, igmpv2_unsolicited_report_interval),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "igmpv3_unsolicited_report_interval",
            offset_of!(Ipv4Devconf, igmpv3_unsolicited_report_interval),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "ignore_routes_with_linkdown",
            offset_of!(Ipv4Devconf, ignore_routes_with_linkdown),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "drop_unicast_in_l2_multicast",
            offset_of!(Ipv4Devconf, drop_unicast_in_l2_multicast),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "drop_gratuitous_arp",
            offset_of!(Ipv4Devconf, drop_gratuitous_arp),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "bc_forwarding",
            offset_of!(Ipv4Devconf, bc_forwarding),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "arp_evict_nocarrier",
            offset_of!(Ipv4Devconf, arp_evict_nocarrier),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
    ],
};

/// `struct ipv6_devconf`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Ipv6Devconf {
    /// `forwarding`.
    pub forwarding: NeU32,
    /// `hoplimit`.
    pub hoplimit: NeU32,
    /// `mtu6`.
    pub mtu6: NeU32,
    /// `accept-ra`.
    pub accept_ra: NeU32,
    /// `accept-redirects`.
    pub accept_redirects: NeU32,
    /// `autoconf`.
    pub autoconf: NeU32,
    /// `dad-transmits`.
    pub dad_transmits: NeU32,
    /// `rtr-solicits`.
    pub rtr_solicits: NeU32,
    /// `rtr-solicit-interval`.
    pub rtr_solicit_interval: NeU32,
    /// `rtr-solicit-delay`.
    pub rtr_solicit_delay: NeU32,
    /// `use-tempaddr`.
    pub use_tempaddr: NeU32,
    /// `temp-valid-lft`.
    pub temp_valid_lft: NeU32,
    /// `temp-prefered-lft`.
    pub temp_prefered_lft: NeU32,
    /// `regen-max-retry`.
    pub regen_max_retry: NeU32,
    /// `max-desync-factor`.
    pub max_desync_factor: NeU32,
    /// `max-addresses`.
    pub max_addresses: NeU32,
    /// `force-mld-version`.
    pub force_mld_version: NeU32,
    /// `accept-ra-defrtr`.
    pub accept_ra_defrtr: NeU32,
    /// `accept-ra-pinfo`.
    pub accept_ra_pinfo: NeU32,
    /// `accept-ra-rtr-pref`.
    pub accept_ra_rtr_pref: NeU32,
    /// `rtr-probe-interval`.
    pub rtr_probe_interval: NeU32,
    /// `accept-ra-rt-info-max-plen`.
    pub accept_ra_rt_info_max_plen: NeU32,
    /// `proxy-ndp`.
    pub proxy_ndp: NeU32,
    /// `optimistic-dad`.
    pub optimistic_dad: NeU32,
    /// `accept-source-route`.
    pub accept_source_route: NeU32,
    /// `mc-forwarding`.
    pub mc_forwarding: NeU32,
    /// `disable-ipv6`.
    pub disable_ipv6: NeU32,
    /// `accept-dad`.
    pub accept_dad: NeU32,
    /// `force-tllao`.
    pub force_tllao: NeU32,
    /// `ndisc-notify`.
    pub ndisc_notify: NeU32,
    /// `mldv1-unsolicited-report-interval`.
    pub mldv1_unsolicited_report_interval: NeU32,
    /// `mldv2-unsolicited-report-interval`.
    pub mldv2_unsolicited_report_interval: NeU32,
    /// `suppress-frag-ndisc`.
    pub suppress_frag_ndisc: NeU32,
    /// `accept-ra-from-local`.
    pub accept_ra_from_local: NeU32,
    /// `use-optimistic`.
    pub use_optimistic: NeU32,
    /// `accept-ra-mtu`.
    pub accept_ra_mtu: NeU32,
    /// `stable-secret`.
    pub stable_secret: NeU32,
    /// `use-oif-addrs-only`.
    pub use_oif_addrs_only: NeU32,
    /// `accept-ra-min-hop-limit`.
    pub accept_ra_min_hop_limit: NeU32,
    /// `ignore-routes-with-linkdown`.
    pub ignore_routes_with_linkdown: NeU32,
    /// `drop-unicast-in-l2-multicast`.
    pub drop_unicast_in_l2_multicast: NeU32,
    /// `drop-unsolicited-na`.
    pub drop_unsolicited_na: NeU32,
    /// `keep-addr-on-down`.
    pub keep_addr_on_down: NeU32,
    /// `rtr-solicit-max-interval`.
    pub rtr_solicit_max_interval: NeU32,
    /// `seg6-enabled`.
    pub seg6_enabled: NeU32,
    /// `seg6-require-hmac`.
    pub seg6_require_hmac: NeU32,
    /// `enhanced-dad`.
    pub enhanced_dad: NeU32,
    /// `addr-gen-mode`.
    pub addr_gen_mode: NeU32,
    /// `disable-policy`.
    pub disable_policy: NeU32,
    /// `accept-ra-rt-info-min-plen`.
    pub accept_ra_rt_info_min_plen: NeU32,
    /// `ndisc-tclass`.
    pub ndisc_tclass: NeU32,
    /// `rpl-seg-enabled`.
    pub rpl_seg_enabled: NeU32,
    /// `ra-defrtr-metric`.
    pub ra_defrtr_metric: NeU32,
    /// `ioam6-enabled`.
    pub ioam6_enabled: NeU32,
    /// `ioam6-id`.
    pub ioam6_id: NeU32,
    /// `ioam6-id-wide`.
    pub ioam6_id_wide: NeU32,
    /// `ndisc-evict-nocarrier`.
    pub ndisc_evict_nocarrier: NeU32,
    /// `accept-untracked-na`.
    pub accept_untracked_na: NeU32,
    /// `accept-ra-min-lft`.
    pub accept_ra_min_lft: NeU32,
    /// `force-forwarding`.
    pub force_forwarding: NeU32,
}

/// Fields of [`Ipv6Devconf`].
pub static IPV6_DEVCONF: StructSpec = StructSpec {
    name: "ipv6_devconf",
    size: size_of::<Ipv6Devconf>(),
    prefix: "",
    fields: &[
        Field::new("forwarding", offset_of!(Ipv6Devconf, forwarding), size_of::<NeU32>(), AttrType::U32),
        Field::aliased(
            "hoplimit",
            "hop_limit",
            offset_of!(Ipv6Devconf, hoplimit),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::aliased("mtu6", "mtu", offset_of!(Ipv6Devconf, mtu6), size_of::<NeU32>(), AttrType::U32),
        Field::new("accept_ra", offset_of!(Ipv6Devconf, accept_ra), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "accept_redirects",
            offset_of!(Ipv6Devconf, accept_redirects),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("autoconf", offset_of!(Ipv6Devconf, autoconf), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "dad_transmits",
            offset_of!(Ipv6Devconf, dad_transmits),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::aliased(
            "rtr_solicits",
            "router_solicitations",
            offset_of!(Ipv6Devconf, rtr_solicits),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::aliased(
            "rtr_solicit_interval",
            "router_solicitation_interval",
            offset_of!(Ipv6Devconf, rtr_solicit_interval),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::aliased(
            "rtr_solicit_delay",
            "router_solicitation_delay",
            offset_of!(Ipv6Devconf, rtr_solicit_delay),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("use_tempaddr", offset_of!(Ipv6Devconf, use_tempaddr), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "temp_valid_lft",
            offset_of!(Ipv6Devconf, temp_valid_lft),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "temp_prefered_lft",
            offset_of!(Ipv6Devconf, temp_prefered_lft),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "regen_max_retry",
            offset_of!(Ipv6Devconf, regen_max_retry),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "max_desync_factor",
            offset_of!(Ipv6Devconf, max_desync_factor),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "max_addresses",
            offset_of!(Ipv6Devconf, max_addresses),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "force_mld_version",
            offset_of!(Ipv6Devconf, force_mld_version),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "accept_ra_defrtr",
            offset_of!(Ipv6Devconf, accept_ra_defrtr),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "accept_ra_pinfo",
            offset_of!(Ipv6Devconf, accept_ra_pinfo),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "accept_ra_rtr_pref",
            offset_of!(Ipv6Devconf, accept_ra_rtr_pref),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::aliased(
            "rtr_probe_interval",
            "router_probe_interval",
            offset_of!(Ipv6Devconf, rtr_probe_interval),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "accept_ra_rt_info_max_plen",
            offset_of!(Ipv6Devconf, accept_ra_rt_info_max_plen),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("proxy_ndp", offset_of!(Ipv6Devconf, proxy_ndp), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "optimistic_dad",
            offset_of!(Ipv6Devconf, optimistic_dad),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "accept_source_route",
            offset_of!(Ipv6Devconf, accept_source_route),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "mc_forwarding",
            offset_of!(Ipv6Devconf, mc_forwarding),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("disable_ipv6", offset_of!(Ipv6Devconf, disable_ipv6), size_of::<NeU32>(), AttrType::U32),
        Field::new("accept_dad", offset_of!(Ipv6Devconf, accept_dad), size_of::<NeU32>(), AttrType::U32),
        Field::new("force_tllao", offset_of!(Ipv6Devconf, force_tllao), size_of::<NeU32>(), AttrType::U32),
        Field::new("ndisc_notify", offset_of!(Ipv6Devconf, ndisc_notify), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "mldv1_unsolicited_report_interval",
            offset_of!(Ipv6Devconf, mldv1_unsolicited_report_interval),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "mldv2_unsolicited_report_interval",
            offset_of!(Ipv6Devconf, mldv2_unsolicited_report_interval),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "suppress_frag_ndisc",
            offset_of!(Ipv6Devconf, suppress_frag_ndisc),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "accept_ra_from_local",
            offset_of!(Ipv6Devconf, accept_ra_from_local),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "use_optimistic",
            offset_of!(Ipv6Devconf, use_optimistic),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "accept_ra_mtu",
            offset_of!(Ipv6Devconf, accept_ra_mtu),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "stable_secret",
            offset_of!(Ipv6Devconf, stable_secret),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "use_oif_addrs_only",
            offset_of!(Ipv6Devconf, use_oif_addrs_only),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "accept_ra_min_hop_limit",
            offset_of!(Ipv6Devconf, accept_ra_min_hop_limit),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "ignore_routes_with_linkdown",
            offset_of!(Ipv6Devconf, ignore_routes_with_linkdown),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "drop_unicast_in_l2_multicast",
            offset_of!(Ipv6Devconf, drop_unicast_in_l2_multicast),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "drop_unsolicited_na",
            offset_of!(Ipv6Devconf, drop_unsolicited_na),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "keep_addr_on_down",
            offset_of!(Ipv6Devconf, keep_addr_on_down),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::aliased(
            "rtr_solicit_max_interval",
            "router_solicitation_max_interval",
            offset_of!(Ipv6Devconf, rtr_solicit_max_interval),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("seg6_enabled", offset_of!(Ipv6Devconf, seg6_enabled), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "seg6_require_hmac",
            offset_of!(Ipv6Devconf, seg6_require_hmac),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("enhanced_dad", offset_of!(Ipv6Devconf, enhanced_dad), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "addr_gen_mode",
            offset_of!(Ipv6Devconf, addr_gen_mode),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "disable_policy",
            offset_of!(Ipv6Devconf, disable_policy),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "accept_ra_rt_info_min_plen",
            offset_of!(Ipv6Devconf, accept_ra_rt_info_min_plen),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("ndisc_tclass", offset_of!(Ipv6Devconf, ndisc_tclass), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "rpl_seg_enabled",
            offset_of!(Ipv6Devconf, rpl_seg_enabled),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "ra_defrtr_metric",
            offset_of!(Ipv6Devconf, ra_defrtr_metric),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "ioam6_enabled",
            offset_of!(Ipv6Devconf, ioam6_enabled),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("ioam6_id", offset_of!(Ipv6Devconf, ioam6_id), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "ioam6_id_wide",
            offset_of!(Ipv6Devconf, ioam6_id_wide),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "ndisc_evict_nocarrier",
            offset_of!(Ipv6Devconf, ndisc_evict_nocarrier),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "accept_untracked_na",
            offset_of!(Ipv6Devconf, accept_untracked_na),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "accept_ra_min_lft",
            offset_of!(Ipv6Devconf, accept_ra_min_lft),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "force_forwarding",
            offset_of!(Ipv6Devconf, force_forwarding),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
    ],
};

/// `struct ifla_icmp6_stats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaIcmp6Stats {
    /// `num`.
    pub num: NeU64,
    /// `inmsgs`.
    pub inmsgs: NeU64,
    /// `inerrors`.
    pub inerrors: NeU64,
    /// `outmsgs`.
    pub outmsgs: NeU64,
    /// `outerrors`.
    pub outerrors: NeU64,
    /// `csumerrors`.
    pub csumerrors: NeU64,
    /// `ratelimithost`.
    pub ratelimithost: NeU64,
}

/// Fields of [`IflaIcmp6Stats`].
pub static IFLA_ICMP6_STATS: StructSpec = StructSpec {
    name: "ifla_icmp6_stats",
    size: size_of::<IflaIcmp6Stats>(),
    prefix: "",
    fields: &[
        Field::new("num", offset_of!(IflaIcmp6Stats, num), size_of::<NeU64>(), AttrType::U64),
        Field::new("inmsgs", offset_of!(IflaIcmp6Stats, inmsgs), size_of::<NeU64>(), AttrType::U64),
        Field::new("inerrors", offset_of!(IflaIcmp6Stats, inerrors), size_of::<NeU64>(), AttrType::U64),
        Field::new("outmsgs", offset_of!(IflaIcmp6Stats, outmsgs), size_of::<NeU64>(), AttrType::U64),
        Field::new("outerrors", offset_of!(IflaIcmp6Stats, outerrors), size_of::<NeU64>(), AttrType::U64),
        Field::new("csumerrors", offset_of!(IflaIcmp6Stats, csumerrors), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "ratelimithost",
            offset_of!(IflaIcmp6Stats, ratelimithost),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
    ],
};

/// `struct ifla_inet6_stats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaInet6Stats {
    /// `num`.
    pub num: NeU64,
    /// `inpkts`.
    pub inpkts: NeU64,
    /// `inoctets`.
    pub inoctets: NeU64,
    /// `indelivers`.
    pub indelivers: NeU64,
    /// `noectpkts`.
    pub noectpkts: NeU64,
    /// `ect1-pkts`.
    pub ect1_pkts: NeU64,
    /// `ect0-pkts`.
    pub ect0_pkts: NeU64,
    /// `cepkts`.
    pub cepkts: NeU64,
    /// `outrequests`.
    pub outrequests: NeU64,
    /// `outpkts`.
    pub outpkts: NeU64,
    /// `outoctets`.
    pub outoctets: NeU64,
    /// `outforwdatagrams`.
    pub outforwdatagrams: NeU64,
    /// `inhdrerrors`.
    pub inhdrerrors: NeU64,
    /// `intoobigerrors`.
    pub intoobigerrors: NeU64,
    /// `innoroutes`.
    pub innoroutes: NeU64,
    /// `inaddrerrors`.
    pub inaddrerrors: NeU64,
    /// `inunknownprotos`.
    pub inunknownprotos: NeU64,
    /// `intruncatedpkts`.
    pub intruncatedpkts: NeU64,
    /// `indiscards`.
    pub indiscards: NeU64,
    /// `outdiscards`.
    pub outdiscards: NeU64,
    /// `outnoroutes`.
    pub outnoroutes: NeU64,
    /// `reasmtimeout`.
    pub reasmtimeout: NeU64,
    /// `reasmreqds`.
    pub reasmreqds: NeU64,
    /// `reasmoks`.
    pub reasmoks: NeU64,
    /// `reasmfails`.
    pub reasmfails: NeU64,
    /// `fragoks`.
    pub fragoks: NeU64,
    /// `fragfails`.
    pub fragfails: NeU64,
    /// `fragcreates`.
    pub fragcreates: NeU64,
    /// `inmcastpkts`.
    pub inmcastpkts: NeU64,
    /// `outmcastpkts`.
    pub outmcastpkts: NeU64,
    /// `inbcastpkts`.
    pub inbcastpkts: NeU64,
    /// `outbcastpkts`.
    pub outbcastpkts: NeU64,
    /// `inmcastoctets`.
    pub inmcastoctets: NeU64,
    /// `outmcastoctets`.
    pub outmcastoctets: NeU64,
    /// `inbcastoctets`.
    pub inbcastoctets: NeU64,
    /// `outbcastoctets`.
    pub outbcastoctets: NeU64,
    /// `csumerrors`.
    pub csumerrors: NeU64,
    /// `reasm-overlaps`.
    pub reasm_overlaps: NeU64,
}

/// Fields of [`IflaInet6Stats`].
pub static IFLA_INET6_STATS: StructSpec = StructSpec {
    name: "ifla_inet6_stats",
    size: size_of::<IflaInet6Stats>(),
    prefix: "",
    fields: &[
        Field::new("num", offset_of!(IflaInet6Stats, num), size_of::<NeU64>(), AttrType::U64),
        Field::aliased(
            "inpkts",
            "in_receives",
            offset_of!(IflaInet6Stats, inpkts),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("inoctets", offset_of!(IflaInet6Stats, inoctets), size_of::<NeU64>(), AttrType::U64),
        Field::new("indelivers", offset_of!(IflaInet6Stats, indelivers), size_of::<NeU64>(), AttrType::U64),
        Field::new("noectpkts", offset_of!(IflaInet6Stats, noectpkts), size_of::<NeU64>(), AttrType::U64),
        Field::new("ect1_pkts", offset_of!(IflaInet6Stats, ect1_pkts), size_of::<NeU64>(), AttrType::U64),
        Field::new("ect0_pkts", offset_of!(IflaInet6Stats, ect0_pkts), size_of::<NeU64>(), AttrType::U64),
        Field::new("cepkts", offset_of!(IflaInet6Stats, cepkts), size_of::<NeU64>(), AttrType::U64),
        Field::new("outrequests", offset_of!(IflaInet6Stats, outrequests), size_of::<NeU64>(), AttrType::U64),
        Field::aliased(
            "outpkts",
            "out_transmits",
            offset_of!(IflaInet6Stats, outpkts),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("outoctets", offset_of!(IflaInet6Stats, outoctets), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "outforwdatagrams",
            offset_of!(IflaInet6Stats, outforwdatagrams),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("inhdrerrors", offset_of!(IflaInet6Stats, inhdrerrors), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "intoobigerrors",
            offset_of!(IflaInet6Stats, intoobigerrors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("innoroutes", offset_of!(IflaInet6Stats, innoroutes), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "inaddrerrors",
            offset_of!(IflaInet6Stats, inaddrerrors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "inunknownprotos",
            offset_of!(IflaInet6Stats, inunknownprotos),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "intruncatedpkts",
            offset_of!(IflaInet6Stats, intruncatedpkts),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("indiscards", offset_of!(IflaInet6Stats, indiscards), size_of::<NeU64>(), AttrType::U64),
        Field::new("outdiscards", offset_of!(IflaInet6Stats, outdiscards), size_of::<NeU64>(), AttrType::U64),
        Field::new("outnoroutes", offset_of!(IflaInet6Stats, outnoroutes), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "reasmtimeout",
            offset_of!(IflaInet6Stats, reasmtimeout),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("reasmreqds", offset_of!(IflaInet6Stats, reasmreqds), size_of::<NeU64>(), AttrType::U64),
        Field::new("reasmoks", offset_of!(IflaInet6Stats, reasmoks), size_of::<NeU64>(), AttrType::U64),
        Field::new("reasmfails", offset_of!(IflaInet6Stats, reasmfails), size_of::<NeU64>(), AttrType::U64),
        Field::new("fragoks", offset_of!(IflaInet6Stats, fragoks), size_of::<NeU64>(), AttrType::U64),
        Field::new("fragfails", offset_of!(IflaInet6Stats, fragfails), size_of::<NeU64>(), AttrType::U64),
        Field::new("fragcreates", offset_of!(IflaInet6Stats, fragcreates), size_of::<NeU64>(), AttrType::U64),
        Field::new("inmcastpkts", offset_of!(IflaInet6Stats, inmcastpkts), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "outmcastpkts",
            offset_of!(IflaInet6Stats, outmcastpkts),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("inbcastpkts", offset_of!(IflaInet6Stats, inbcastpkts), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "outbcastpkts",
            offset_of!(IflaInet6Stats, outbcastpkts),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "inmcastoctets",
            offset_of!(IflaInet6Stats, inmcastoctets),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "outmcastoctets",
            offset_of!(IflaInet6Stats, outmcastoctets),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "inbcastoctets",
            offset_of!(IflaInet6Stats, inbcastoctets),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "outbcastoctets",
            offset_of!(IflaInet6Stats, outbcastoctets),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("csumerrors", offset_of!(IflaInet6Stats, csumerrors), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "reasm_overlaps",
            offset_of!(IflaInet6Stats, reasm_overlaps),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
    ],
};

/// `struct br_boolopt_multi`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct BrBooloptMulti {
    /// `optval`.
    pub optval: NeU32,
    /// `optmask`.
    pub optmask: NeU32,
}

/// Fields of [`BrBooloptMulti`].
pub static BR_BOOLOPT_MULTI: StructSpec = StructSpec {
    name: "br_boolopt_multi",
    size: size_of::<BrBooloptMulti>(),
    prefix: "",
    fields: &[
        Field::new("optval", offset_of!(BrBooloptMulti, optval), size_of::<NeU32>(), AttrType::U32),
        Field::new("optmask", offset_of!(BrBooloptMulti, optmask), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct if_stats_msg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IfStatsMsg {
    /// `family`.
    pub family: u8,
    /// `pad`.
    pub pad: [u8; 3],
    /// `ifindex`.
    pub ifindex: NeU32,
    /// `filter-mask`.
    pub filter_mask: NeU32,
}

/// Fields of [`IfStatsMsg`].
pub static IF_STATS_MSG: StructSpec = StructSpec {
    name: "if_stats_msg",
    size: size_of::<IfStatsMsg>(),
    prefix: "",
    fields: &[
        Field::new("family", offset_of!(IfStatsMsg, family), size_of::<u8>(), AttrType::U8),
        Field::new("ifindex", offset_of!(IfStatsMsg, ifindex), size_of::<NeU32>(), AttrType::U32),
        Field::new("filter_mask", offset_of!(IfStatsMsg, filter_mask), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct ifla_vlan_flags`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVlanFlags {
    /// `flags`.
    pub flags: NeU32,
    /// `mask`.
    pub mask: NeU32,
}

/// Fields of [`IflaVlanFlags`].
pub static IFLA_VLAN_FLAGS: StructSpec = StructSpec {
    name: "ifla_vlan_flags",
    size: size_of::<IflaVlanFlags>(),
    prefix: "",
    fields: &[
        Field::new(
            "flags",
            offset_of!(IflaVlanFlags, flags),
            size_of::<NeU32>(),
            AttrType::Bits(Scalar::U32, VLAN_FLAGS),
        ),
        Field::new("mask", offset_of!(IflaVlanFlags, mask), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// Bit names of `vlan-flags`.
pub static VLAN_FLAGS: &[(u32, &str)] =
    &[(1, "reorder-hdr"), (2, "gvrp"), (4, "loose-binding"), (8, "mvrp"), (16, "bridge-binding")];

/// Bit masks of `vlan-flags`.
pub mod vlan_flags {
    /// `REORDER_HDR`.
    pub const REORDER_HDR: u32 = 1;
    /// `GVRP`.
    pub const GVRP: u32 = 2;
    /// `LOOSE_BINDING`.
    pub const LOOSE_BINDING: u32 = 4;
    /// `MVRP`.
    pub const MVRP: u32 = 8;
    /// `BRIDGE_BINDING`.
    pub const BRIDGE_BINDING: u32 = 16;
}

bitflags::bitflags! {
    /// The bits of `vlan-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct VlanFlags: u32 {
        /// [`vlan_flags::REORDER_HDR`].
        const REORDER_HDR = vlan_flags::REORDER_HDR;
        /// [`vlan_flags::GVRP`].
        const GVRP = vlan_flags::GVRP;
        /// [`vlan_flags::LOOSE_BINDING`].
        const LOOSE_BINDING = vlan_flags::LOOSE_BINDING;
        /// [`vlan_flags::MVRP`].
        const MVRP = vlan_flags::MVRP;
        /// [`vlan_flags::BRIDGE_BINDING`].
        const BRIDGE_BINDING = vlan_flags::BRIDGE_BINDING;
    }
}

/// `struct ifla_vlan_qos_mapping`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVlanQosMapping {
    /// `from`.
    pub from: NeU32,
    /// `to`.
    pub to: NeU32,
}

/// Fields of [`IflaVlanQosMapping`].
pub static IFLA_VLAN_QOS_MAPPING: StructSpec = StructSpec {
    name: "ifla_vlan_qos_mapping",
    size: size_of::<IflaVlanQosMapping>(),
    prefix: "",
    fields: &[
        Field::new("from", offset_of!(IflaVlanQosMapping, from), size_of::<NeU32>(), AttrType::U32),
        Field::new("to", offset_of!(IflaVlanQosMapping, to), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct ifla_geneve_port_range`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaGenevePortRange {
    /// `low`.
    pub low: BeU16,
    /// `high`.
    pub high: BeU16,
}

/// Fields of [`IflaGenevePortRange`].
pub static IFLA_GENEVE_PORT_RANGE: StructSpec = StructSpec {
    name: "ifla_geneve_port_range",
    size: size_of::<IflaGenevePortRange>(),
    prefix: "",
    fields: &[
        Field::new("low", offset_of!(IflaGenevePortRange, low), size_of::<BeU16>(), AttrType::Be16),
        Field::new("high", offset_of!(IflaGenevePortRange, high), size_of::<BeU16>(), AttrType::Be16),
    ],
};

/// `struct ifla_vf_mac`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVfMac {
    /// `vf`.
    pub vf: NeU32,
    /// `mac`.
    pub mac: [u8; 32],
}

/// Fields of [`IflaVfMac`].
pub static IFLA_VF_MAC: StructSpec = StructSpec {
    name: "ifla_vf_mac",
    size: size_of::<IflaVfMac>(),
    prefix: "",
    fields: &[
        Field::new("vf", offset_of!(IflaVfMac, vf), size_of::<NeU32>(), AttrType::U32),
        Field::new("mac", offset_of!(IflaVfMac, mac), size_of::<[u8; 32]>(), AttrType::Bytes),
    ],
};

/// `struct ifla_vf_vlan`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVfVlan {
    /// `vf`.
    pub vf: NeU32,
    /// `vlan`.
    pub vlan: NeU32,
    /// `qos`.
    pub qos: NeU32,
}

/// Fields of [`IflaVfVlan`].
pub static IFLA_VF_VLAN: StructSpec = StructSpec {
    name: "ifla_vf_vlan",
    size: size_of::<IflaVfVlan>(),
    prefix: "",
    fields: &[
        Field::new("vf", offset_of!(IflaVfVlan, vf), size_of::<NeU32>(), AttrType::U32),
        Field::new("vlan", offset_of!(IflaVfVlan, vlan), size_of::<NeU32>(), AttrType::U32),
        Field::new("qos", offset_of!(IflaVfVlan, qos), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct ifla_vf_tx_rate`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVfTxRate {
    /// `vf`.
    pub vf: NeU32,
    /// `rate`.
    pub rate: NeU32,
}

/// Fields of [`IflaVfTxRate`].
pub static IFLA_VF_TX_RATE: StructSpec = StructSpec {
    name: "ifla_vf_tx_rate",
    size: size_of::<IflaVfTxRate>(),
    prefix: "",
    fields: &[
        Field::new("vf", offset_of!(IflaVfTxRate, vf), size_of::<NeU32>(), AttrType::U32),
        Field::new("rate", offset_of!(IflaVfTxRate, rate), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct ifla_vf_spoofchk`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVfSpoofchk {
    /// `vf`.
    pub vf: NeU32,
    /// `setting`.
    pub setting: NeU32,
}

/// Fields of [`IflaVfSpoofchk`].
pub static IFLA_VF_SPOOFCHK: StructSpec = StructSpec {
    name: "ifla_vf_spoofchk",
    size: size_of::<IflaVfSpoofchk>(),
    prefix: "",
    fields: &[
        Field::new("vf", offset_of!(IflaVfSpoofchk, vf), size_of::<NeU32>(), AttrType::U32),
        Field::new("setting", offset_of!(IflaVfSpoofchk, setting), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct ifla_vf_link_state`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVfLinkState {
    /// `vf`.
    pub vf: NeU32,
    /// `link-state`.
    pub link_state: NeU32,
}

/// Fields of [`IflaVfLinkState`].
pub static IFLA_VF_LINK_STATE: StructSpec = StructSpec {
    name: "ifla_vf_link_state",
    size: size_of::<IflaVfLinkState>(),
    prefix: "",
    fields: &[
        Field::new("vf", offset_of!(IflaVfLinkState, vf), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "link_state",
            offset_of!(IflaVfLinkState, link_state),
            size_of::<NeU32>(),
            AttrType::Enum(Scalar::U32, IFLA_VF_LINK_STATE_ENUM),
        ),
    ],
};

/// Names of `ifla-vf-link-state-enum`.
pub static IFLA_VF_LINK_STATE_ENUM: &[(u32, &str)] = &[(0, "auto"), (1, "enable"), (2, "disable")];

/// Values of `ifla-vf-link-state-enum`.
pub mod ifla_vf_link_state_enum {
    /// `AUTO`.
    pub const AUTO: u32 = 0;
    /// `ENABLE`.
    pub const ENABLE: u32 = 1;
    /// `DISABLE`.
    pub const DISABLE: u32 = 2;
}

/// `struct ifla_vf_rate`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVfRate {
    /// `vf`.
    pub vf: NeU32,
    /// `min-tx-rate`.
    pub min_tx_rate: NeU32,
    /// `max-tx-rate`.
    pub max_tx_rate: NeU32,
}

/// Fields of [`IflaVfRate`].
pub static IFLA_VF_RATE: StructSpec = StructSpec {
    name: "ifla_vf_rate",
    size: size_of::<IflaVfRate>(),
    prefix: "",
    fields: &[
        Field::new("vf", offset_of!(IflaVfRate, vf), size_of::<NeU32>(), AttrType::U32),
        Field::new("min_tx_rate", offset_of!(IflaVfRate, min_tx_rate), size_of::<NeU32>(), AttrType::U32),
        Field::new("max_tx_rate", offset_of!(IflaVfRate, max_tx_rate), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct ifla_vf_rss_query_en`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVfRssQueryEn {
    /// `vf`.
    pub vf: NeU32,
    /// `setting`.
    pub setting: NeU32,
}

/// Fields of [`IflaVfRssQueryEn`].
pub static IFLA_VF_RSS_QUERY_EN: StructSpec = StructSpec {
    name: "ifla_vf_rss_query_en",
    size: size_of::<IflaVfRssQueryEn>(),
    prefix: "",
    fields: &[
        Field::new("vf", offset_of!(IflaVfRssQueryEn, vf), size_of::<NeU32>(), AttrType::U32),
        Field::new("setting", offset_of!(IflaVfRssQueryEn, setting), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct ifla_vf_trust`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVfTrust {
    /// `vf`.
    pub vf: NeU32,
    /// `setting`.
    pub setting: NeU32,
}

/// Fields of [`IflaVfTrust`].
pub static IFLA_VF_TRUST: StructSpec = StructSpec {
    name: "ifla_vf_trust",
    size: size_of::<IflaVfTrust>(),
    prefix: "",
    fields: &[
        Field::new("vf", offset_of!(IflaVfTrust, vf), size_of::<NeU32>(), AttrType::U32),
        Field::new("setting", offset_of!(IflaVfTrust, setting), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct ifla_vf_guid`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVfGuid {
    /// `vf`.
    pub vf: NeU32,
    /// Padding the C compiler adds.
    pub hole1: [u8; 4],
    /// `guid`.
    pub guid: NeU64,
}

/// Fields of [`IflaVfGuid`].
pub static IFLA_VF_GUID: StructSpec = StructSpec {
    name: "ifla_vf_guid",
    size: size_of::<IflaVfGuid>(),
    prefix: "",
    fields: &[
        Field::new("vf", offset_of!(IflaVfGuid, vf), size_of::<NeU32>(), AttrType::U32),
        Field::new("guid", offset_of!(IflaVfGuid, guid), size_of::<NeU64>(), AttrType::U64),
    ],
};

/// `struct ifla_vf_vlan_info`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVfVlanInfo {
    /// `vf`.
    pub vf: NeU32,
    /// `vlan`.
    pub vlan: NeU32,
    /// `qos`.
    pub qos: NeU32,
    /// `vlan-proto`.
    pub vlan_proto: NeU32,
}

/// Fields of [`IflaVfVlanInfo`].
pub static IFLA_VF_VLAN_INFO: StructSpec = StructSpec {
    name: "ifla_vf_vlan_info",
    size: size_of::<IflaVfVlanInfo>(),
    prefix: "",
    fields: &[
        Field::new("vf", offset_of!(IflaVfVlanInfo, vf), size_of::<NeU32>(), AttrType::U32),
        Field::new("vlan", offset_of!(IflaVfVlanInfo, vlan), size_of::<NeU32>(), AttrType::U32),
        Field::new("qos", offset_of!(IflaVfVlanInfo, qos), size_of::<NeU32>(), AttrType::U32),
        Field::new("vlan_proto", offset_of!(IflaVfVlanInfo, vlan_proto), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// Bit names of `rtext-filter`.
pub static RTEXT_FILTER: &[(u32, &str)] = &[
    (1, "vf"),
    (2, "brvlan"),
    (4, "brvlan-compressed"),
    (8, "skip-stats"),
    (16, "mrp"),
    (32, "cfm-config"),
    (64, "cfm-status"),
    (128, "mst"),
];

/// Bit masks of `rtext-filter`.
pub mod rtext_filter {
    /// `VF`.
    pub const VF: u32 = 1;
    /// `BRVLAN`.
    pub const BRVLAN: u32 = 2;
    /// `BRVLAN_COMPRESSED`.
    pub const BRVLAN_COMPRESSED: u32 = 4;
    /// `SKIP_STATS`.
    pub const SKIP_STATS: u32 = 8;
    /// `MRP`.
    pub const MRP: u32 = 16;
    /// `CFM_CONFIG`.
    pub const CFM_CONFIG: u32 = 32;
    /// `CFM_STATUS`.
    pub const CFM_STATUS: u32 = 64;
    /// `MST`.
    pub const MST: u32 = 128;
}

bitflags::bitflags! {
    /// The bits of `rtext-filter`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct RtextFilter: u32 {
        /// [`rtext_filter::VF`].
        const VF = rtext_filter::VF;
        /// [`rtext_filter::BRVLAN`].
        const BRVLAN = rtext_filter::BRVLAN;
        /// [`rtext_filter::BRVLAN_COMPRESSED`].
        const BRVLAN_COMPRESSED = rtext_filter::BRVLAN_COMPRESSED;
        /// [`rtext_filter::SKIP_STATS`].
        const SKIP_STATS = rtext_filter::SKIP_STATS;
        /// [`rtext_filter::MRP`].
        const MRP = rtext_filter::MRP;
        /// [`rtext_filter::CFM_CONFIG`].
        const CFM_CONFIG = rtext_filter::CFM_CONFIG;
        /// [`rtext_filter::CFM_STATUS`].
        const CFM_STATUS = rtext_filter::CFM_STATUS;
        /// [`rtext_filter::MST`].
        const MST = rtext_filter::MST;
    }
}

/// Names of `netkit-policy`.
pub static NETKIT_POLICY: &[(u32, &str)] = &[(0, "forward"), (2, "blackhole")];

/// Values of `netkit-policy`.
pub mod netkit_policy {
    /// `FORWARD`.
    pub const FORWARD: u32 = 0;
    /// `BLACKHOLE`.
    pub const BLACKHOLE: u32 = 2;
}

/// Names of `netkit-mode`.
pub static NETKIT_MODE: &[(u32, &str)] = &[(0, "l2"), (1, "l3")];

/// Values of `netkit-mode`.
pub mod netkit_mode {
    /// `NETKIT_MODE_L2`.
    #[doc(alias = "NETKIT_MODE_L2")]
    pub const L2: u32 = 0;
    /// `NETKIT_MODE_L3`.
    #[doc(alias = "NETKIT_MODE_L3")]
    pub const L3: u32 = 1;
}

/// Names of `netkit-scrub`.
pub static NETKIT_SCRUB: &[(u32, &str)] = &[(0, "none"), (1, "default")];

/// Values of `netkit-scrub`.
pub mod netkit_scrub {
    /// `NONE`.
    pub const NONE: u32 = 0;
    /// `DEFAULT`.
    pub const DEFAULT: u32 = 1;
}

/// Names of `netkit-pairing`.
pub static NETKIT_PAIRING: &[(u32, &str)] = &[(0, "pair"), (1, "single")];

/// Values of `netkit-pairing`.
pub mod netkit_pairing {
    /// `NETKIT_PAIRING_PAIR`.
    #[doc(alias = "NETKIT_PAIRING_PAIR")]
    pub const PAIR: u32 = 0;
    /// `NETKIT_PAIRING_SINGLE`.
    #[doc(alias = "NETKIT_PAIRING_SINGLE")]
    pub const SINGLE: u32 = 1;
}

/// Names of `ovpn-mode`.
pub static OVPN_MODE: &[(u32, &str)] = &[(0, "p2p"), (1, "mp")];

/// Values of `ovpn-mode`.
pub mod ovpn_mode {
    /// `OVPN_MODEP2P`.
    #[doc(alias = "OVPN_MODEP2P")]
    pub const P2P: u8 = 0;
    /// `OVPN_MODEMP`.
    #[doc(alias = "OVPN_MODEMP")]
    pub const MP: u8 = 1;
}

/// Names of `br-stp-mode`.
pub static BR_STP_MODE: &[(u32, &str)] = &[(0, "auto"), (1, "user"), (2, "kernel")];

/// Values of `br-stp-mode`.
pub mod br_stp_mode {
    /// `BR_STP_MODE_AUTO`.
    #[doc(alias = "BR_STP_MODE_AUTO")]
    pub const AUTO: u32 = 0;
    /// `BR_STP_MODE_USER`.
    #[doc(alias = "BR_STP_MODE_USER")]
    pub const USER: u32 = 1;
    /// `BR_STP_MODE_KERNEL`.
    #[doc(alias = "BR_STP_MODE_KERNEL")]
    pub const KERNEL: u32 = 2;
}

/// Names of `arphrd-names`.
pub static ARPHRD_NAMES: &[(u32, &str)] = &[
    (0, "netrom"),
    (1, "ether"),
    (24, "ieee1394"),
    (32, "infiniband"),
    (512, "ppp"),
    (768, "ipip"),
    (769, "tunnel6"),
    (772, "loopback"),
    (776, "sit"),
    (778, "gre"),
    (801, "ieee802.11"),
    (803, "ieee802.11/radiotap"),
    (823, "gre6"),
    (824, "netlink"),
    (825, "6lowpan"),
    (65534, "none"),
    (65535, "void"),
];

/// Bit names of `iff-names`.
pub static IFF_NAMES: &[(u32, &str)] = &[
    (8, "LOOPBACK"),
    (2, "BROADCAST"),
    (16, "POINTOPOINT"),
    (4096, "MULTICAST"),
    (128, "NOARP"),
    (512, "ALLMULTI"),
    (256, "PROMISC"),
    (32, "NOTRAILERS"),
    (4, "DEBUG"),
    (32768, "DYNAMIC"),
    (16384, "AUTOMEDIA"),
    (8192, "PORTSEL"),
    (1024, "MASTER"),
    (2048, "SLAVE"),
    (1, "UP"),
    (64, "RUNNING"),
    (65536, "LOWER_UP"),
    (131072, "DORMANT"),
    (262144, "ECHO"),
];

/// Names of `operstate-names`.
pub static OPERSTATE_NAMES: &[(u32, &str)] = &[
    (0, "UNKNOWN"),
    (1, "NOTPRESENT"),
    (2, "DOWN"),
    (3, "LOWERLAYERDOWN"),
    (4, "TESTING"),
    (5, "DORMANT"),
    (6, "UP"),
];

/// Names of `linkmode-names`.
pub static LINKMODE_NAMES: &[(u32, &str)] = &[(0, "DEFAULT"), (1, "DORMANT"), (2, "TESTING")];

/// Names of `br-port-state-names`.
pub static BR_PORT_STATE_NAMES: &[(u32, &str)] =
    &[(0, "disabled"), (1, "listening"), (2, "learning"), (3, "forwarding"), (4, "blocking")];

/// Names of `bond-mode-names`.
pub static BOND_MODE_NAMES: &[(u32, &str)] = &[
    (0, "balance-rr"),
    (1, "active-backup"),
    (2, "balance-xor"),
    (3, "broadcast"),
    (4, "802.3ad"),
    (5, "balance-tlb"),
    (6, "balance-alb"),
];

/// Names of `macvlan-mode`.
pub static MACVLAN_MODE: &[(u32, &str)] =
    &[(1, "private"), (2, "vepa"), (4, "bridge"), (8, "passthru"), (16, "source")];

/// Values of `macvlan-mode`.
pub mod macvlan_mode {
    /// `MACVLAN_MODE_PRIVATE`.
    #[doc(alias = "MACVLAN_MODE_PRIVATE")]
    pub const PRIVATE: u32 = 1;
    /// `MACVLAN_MODE_VEPA`.
    #[doc(alias = "MACVLAN_MODE_VEPA")]
    pub const VEPA: u32 = 2;
    /// `MACVLAN_MODE_BRIDGE`.
    #[doc(alias = "MACVLAN_MODE_BRIDGE")]
    pub const BRIDGE: u32 = 4;
    /// `MACVLAN_MODE_PASSTHRU`.
    #[doc(alias = "MACVLAN_MODE_PASSTHRU")]
    pub const PASSTHRU: u32 = 8;
    /// `MACVLAN_MODE_SOURCE`.
    #[doc(alias = "MACVLAN_MODE_SOURCE")]
    pub const SOURCE: u32 = 16;
}

/// Bit names of `macvlan-flags`.
pub static MACVLAN_FLAGS: &[(u32, &str)] = &[(1, "nopromisc"), (2, "nodst")];

/// Bit masks of `macvlan-flags`.
pub mod macvlan_flags {
    /// `MACVLAN_FLAG_NOPROMISC`.
    #[doc(alias = "MACVLAN_FLAG_NOPROMISC")]
    pub const NOPROMISC: u16 = 1;
    /// `MACVLAN_FLAG_NODST`.
    #[doc(alias = "MACVLAN_FLAG_NODST")]
    pub const NODST: u16 = 2;
}

bitflags::bitflags! {
    /// The bits of `macvlan-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct MacvlanFlags: u16 {
        /// [`macvlan_flags::NOPROMISC`].
        const NOPROMISC = macvlan_flags::NOPROMISC;
        /// [`macvlan_flags::NODST`].
        const NODST = macvlan_flags::NODST;
    }
}

/// Names of `macvlan-macaddr-mode`.
pub static MACVLAN_MACADDR_MODE: &[(u32, &str)] = &[(0, "add"), (1, "del"), (2, "flush"), (3, "set")];

/// Values of `macvlan-macaddr-mode`.
pub mod macvlan_macaddr_mode {
    /// `MACVLAN_MACADDR_ADD`.
    #[doc(alias = "MACVLAN_MACADDR_ADD")]
    pub const ADD: u32 = 0;
    /// `MACVLAN_MACADDR_DEL`.
    #[doc(alias = "MACVLAN_MACADDR_DEL")]
    pub const DEL: u32 = 1;
    /// `MACVLAN_MACADDR_FLUSH`.
    #[doc(alias = "MACVLAN_MACADDR_FLUSH")]
    pub const FLUSH: u32 = 2;
    /// `MACVLAN_MACADDR_SET`.
    #[doc(alias = "MACVLAN_MACADDR_SET")]
    pub const SET: u32 = 3;
}

/// Names of `ipvlan-mode`.
pub static IPVLAN_MODE: &[(u32, &str)] = &[(0, "l2"), (1, "l3"), (2, "l3s")];

/// Values of `ipvlan-mode`.
pub mod ipvlan_mode {
    /// `IPVLAN_MODE_L2`.
    #[doc(alias = "IPVLAN_MODE_L2")]
    pub const L2: u16 = 0;
    /// `IPVLAN_MODE_L3`.
    #[doc(alias = "IPVLAN_MODE_L3")]
    pub const L3: u16 = 1;
    /// `IPVLAN_MODE_L3S`.
    #[doc(alias = "IPVLAN_MODE_L3S")]
    pub const L3S: u16 = 2;
}

/// Bit names of `ipvlan-flags`.
pub static IPVLAN_FLAGS: &[(u32, &str)] = &[(1, "private"), (2, "vepa")];

/// Bit masks of `ipvlan-flags`.
pub mod ipvlan_flags {
    /// `IPVLAN_F_PRIVATE`.
    #[doc(alias = "IPVLAN_F_PRIVATE")]
    pub const PRIVATE: u16 = 1;
    /// `IPVLAN_F_VEPA`.
    #[doc(alias = "IPVLAN_F_VEPA")]
    pub const VEPA: u16 = 2;
}

bitflags::bitflags! {
    /// The bits of `ipvlan-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct IpvlanFlags: u16 {
        /// [`ipvlan_flags::PRIVATE`].
        const PRIVATE = ipvlan_flags::PRIVATE;
        /// [`ipvlan_flags::VEPA`].
        const VEPA = ipvlan_flags::VEPA;
    }
}

/// Names of `vxlan-df`.
pub static VXLAN_DF: &[(u32, &str)] = &[(0, "unset"), (1, "set"), (2, "inherit")];

/// Values of `vxlan-df`.
pub mod vxlan_df {
    /// `VXLAN_DF_UNSET`.
    #[doc(alias = "VXLAN_DF_UNSET")]
    pub const UNSET: u8 = 0;
    /// `VXLAN_DF_SET`.
    #[doc(alias = "VXLAN_DF_SET")]
    pub const SET: u8 = 1;
    /// `VXLAN_DF_INHERIT`.
    #[doc(alias = "VXLAN_DF_INHERIT")]
    pub const INHERIT: u8 = 2;
}

/// Names of `vxlan-label-policy`.
pub static VXLAN_LABEL_POLICY: &[(u32, &str)] = &[(0, "fixed"), (1, "inherit")];

/// Values of `vxlan-label-policy`.
pub mod vxlan_label_policy {
    /// `VXLAN_LABEL_FIXED`.
    #[doc(alias = "VXLAN_LABEL_FIXED")]
    pub const FIXED: u32 = 0;
    /// `VXLAN_LABEL_INHERIT`.
    #[doc(alias = "VXLAN_LABEL_INHERIT")]
    pub const INHERIT: u32 = 1;
}

/// `struct ifla_vxlan_port_range`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IflaVxlanPortRange {
    /// `low`.
    pub low: BeU16,
    /// `high`.
    pub high: BeU16,
}

/// Fields of [`IflaVxlanPortRange`].
pub static IFLA_VXLAN_PORT_RANGE: StructSpec = StructSpec {
    name: "ifla_vxlan_port_range",
    size: size_of::<IflaVxlanPortRange>(),
    prefix: "",
    fields: &[
        Field::new("low", offset_of!(IflaVxlanPortRange, low), size_of::<BeU16>(), AttrType::Be16),
        Field::new("high", offset_of!(IflaVxlanPortRange, high), size_of::<BeU16>(), AttrType::Be16),
    ],
};

/// Bit names of `bridge-flags`.
pub static BRIDGE_FLAGS: &[(u32, &str)] = &[(1, "master"), (2, "self")];

/// Bit masks of `bridge-flags`.
pub mod bridge_flags {
    /// `BRIDGE_FLAGS_MASTER`.
    #[doc(alias = "BRIDGE_FLAGS_MASTER")]
    pub const MASTER: u16 = 1;
    /// `BRIDGE_FLAGS_SELF`.
    #[doc(alias = "BRIDGE_FLAGS_SELF")]
    pub const SELF: u16 = 2;
}

bitflags::bitflags! {
    /// The bits of `bridge-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct BridgeFlags: u16 {
        /// [`bridge_flags::MASTER`].
        const MASTER = bridge_flags::MASTER;
        /// [`bridge_flags::SELF`].
        const SELF = bridge_flags::SELF;
    }
}

/// Names of `bridge-mode`.
pub static BRIDGE_MODE: &[(u32, &str)] = &[(0, "veb"), (1, "vepa")];

/// Values of `bridge-mode`.
pub mod bridge_mode {
    /// `BRIDGE_MODE_VEB`.
    #[doc(alias = "BRIDGE_MODE_VEB")]
    pub const VEB: u16 = 0;
    /// `BRIDGE_MODE_VEPA`.
    #[doc(alias = "BRIDGE_MODE_VEPA")]
    pub const VEPA: u16 = 1;
}

/// Bit names of `bridge-vlan-info-flags`.
pub static BRIDGE_VLAN_INFO_FLAGS: &[(u32, &str)] = &[
    (1, "master"),
    (2, "pvid"),
    (4, "untagged"),
    (8, "range-begin"),
    (16, "range-end"),
    (32, "brentry"),
    (64, "only-opts"),
];

/// Bit masks of `bridge-vlan-info-flags`.
pub mod bridge_vlan_info_flags {
    /// `BRIDGE_VLAN_INFO_MASTER`.
    #[doc(alias = "BRIDGE_VLAN_INFO_MASTER")]
    pub const MASTER: u16 = 1;
    /// `BRIDGE_VLAN_INFO_PVID`.
    #[doc(alias = "BRIDGE_VLAN_INFO_PVID")]
    pub const PVID: u16 = 2;
    /// `BRIDGE_VLAN_INFO_UNTAGGED`.
    #[doc(alias = "BRIDGE_VLAN_INFO_UNTAGGED")]
    pub const UNTAGGED: u16 = 4;
    /// `BRIDGE_VLAN_INFO_RANGE_BEGIN`.
    #[doc(alias = "BRIDGE_VLAN_INFO_RANGE_BEGIN")]
    pub const RANGE_BEGIN: u16 = 8;
    /// `BRIDGE_VLAN_INFO_RANGE_END`.
    #[doc(alias = "BRIDGE_VLAN_INFO_RANGE_END")]
    pub const RANGE_END: u16 = 16;
    /// `BRIDGE_VLAN_INFO_BRENTRY`.
    #[doc(alias = "BRIDGE_VLAN_INFO_BRENTRY")]
    pub const BRENTRY: u16 = 32;
    /// `BRIDGE_VLAN_INFO_ONLY_OPTS`.
    #[doc(alias = "BRIDGE_VLAN_INFO_ONLY_OPTS")]
    pub const ONLY_OPTS: u16 = 64;
}

bitflags::bitflags! {
    /// The bits of `bridge-vlan-info-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct BridgeVlanInfoFlags: u16 {
        /// [`bridge_vlan_info_flags::MASTER`].
        const MASTER = bridge_vlan_info_flags::MASTER;
        /// [`bridge_vlan_info_flags::PVID`].
        const PVID = bridge_vlan_info_flags::PVID;
        /// [`bridge_vlan_info_flags::UNTAGGED`].
        const UNTAGGED = bridge_vlan_info_flags::UNTAGGED;
        /// [`bridge_vlan_info_flags::RANGE_BEGIN`].
        const RANGE_BEGIN = bridge_vlan_info_flags::RANGE_BEGIN;
        /// [`bridge_vlan_info_flags::RANGE_END`].
        const RANGE_END = bridge_vlan_info_flags::RANGE_END;
        /// [`bridge_vlan_info_flags::BRENTRY`].
        const BRENTRY = bridge_vlan_info_flags::BRENTRY;
        /// [`bridge_vlan_info_flags::ONLY_OPTS`].
        const ONLY_OPTS = bridge_vlan_info_flags::ONLY_OPTS;
    }
}

/// `struct bridge_vlan_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct BridgeVlanXstats {
    /// `rx-bytes`.
    pub rx_bytes: NeU64,
    /// `rx-packets`.
    pub rx_packets: NeU64,
    /// `tx-bytes`.
    pub tx_bytes: NeU64,
    /// `tx-packets`.
    pub tx_packets: NeU64,
    /// `vid`.
    pub vid: NeU16,
    /// `flags`.
    pub flags: NeU16,
    /// `pad2`.
    pub pad2: NeU32,
}

/// Fields of [`BridgeVlanXstats`].
pub static BRIDGE_VLAN_XSTATS: StructSpec = StructSpec {
    name: "bridge_vlan_xstats",
    size: size_of::<BridgeVlanXstats>(),
    prefix: "",
    fields: &[
        Field::new("rx_bytes", offset_of!(BridgeVlanXstats, rx_bytes), size_of::<NeU64>(), AttrType::U64),
        Field::new("rx_packets", offset_of!(BridgeVlanXstats, rx_packets), size_of::<NeU64>(), AttrType::U64),
        Field::new("tx_bytes", offset_of!(BridgeVlanXstats, tx_bytes), size_of::<NeU64>(), AttrType::U64),
        Field::new("tx_packets", offset_of!(BridgeVlanXstats, tx_packets), size_of::<NeU64>(), AttrType::U64),
        Field::new("vid", offset_of!(BridgeVlanXstats, vid), size_of::<NeU16>(), AttrType::U16),
        Field::new(
            "flags",
            offset_of!(BridgeVlanXstats, flags),
            size_of::<NeU16>(),
            AttrType::Bits(Scalar::U16, BRIDGE_VLAN_INFO_FLAGS),
        ),
        Field::new("pad2", offset_of!(BridgeVlanXstats, pad2), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// Bit names of `bridge-vlandb-dump-flags`.
pub static BRIDGE_VLANDB_DUMP_FLAGS: &[(u32, &str)] = &[(1, "stats"), (2, "global")];

/// Bit masks of `bridge-vlandb-dump-flags`.
pub mod bridge_vlandb_dump_flags {
    /// `BRIDGE_VLANDB_DUMPF_STATS`.
    #[doc(alias = "BRIDGE_VLANDB_DUMPF_STATS")]
    pub const STATS: u32 = 1;
    /// `BRIDGE_VLANDB_DUMPF_GLOBAL`.
    #[doc(alias = "BRIDGE_VLANDB_DUMPF_GLOBAL")]
    pub const GLOBAL: u32 = 2;
}

bitflags::bitflags! {
    /// The bits of `bridge-vlandb-dump-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct BridgeVlandbDumpFlags: u32 {
        /// [`bridge_vlandb_dump_flags::STATS`].
        const STATS = bridge_vlandb_dump_flags::STATS;
        /// [`bridge_vlandb_dump_flags::GLOBAL`].
        const GLOBAL = bridge_vlandb_dump_flags::GLOBAL;
    }
}

/// `struct bridge_vlan_info`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct BridgeVlanInfo {
    /// `flags`.
    pub flags: NeU16,
    /// `vid`.
    pub vid: NeU16,
}

/// Fields of [`BridgeVlanInfo`].
pub static BRIDGE_VLAN_INFO: StructSpec = StructSpec {
    name: "bridge_vlan_info",
    size: size_of::<BridgeVlanInfo>(),
    prefix: "",
    fields: &[
        Field::new(
            "flags",
            offset_of!(BridgeVlanInfo, flags),
            size_of::<NeU16>(),
            AttrType::Bits(Scalar::U16, BRIDGE_VLAN_INFO_FLAGS),
        ),
        Field::new("vid", offset_of!(BridgeVlanInfo, vid), size_of::<NeU16>(), AttrType::U16),
    ],
};

/// `struct br_vlan_msg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct BrVlanMsg {
    /// `family`.
    pub family: u8,
    /// `reserved1`.
    pub reserved1: u8,
    /// `reserved2`.
    pub reserved2: NeU16,
    /// `ifindex`.
    pub ifindex: NeU32,
}

/// Fields of [`BrVlanMsg`].
pub static BR_VLAN_MSG: StructSpec = StructSpec {
    name: "br_vlan_msg",
    size: size_of::<BrVlanMsg>(),
    prefix: "",
    fields: &[
        Field::new("family", offset_of!(BrVlanMsg, family), size_of::<u8>(), AttrType::U8),
        Field::new("reserved1", offset_of!(BrVlanMsg, reserved1), size_of::<u8>(), AttrType::U8),
        Field::new("reserved2", offset_of!(BrVlanMsg, reserved2), size_of::<NeU16>(), AttrType::U16),
        Field::new("ifindex", offset_of!(BrVlanMsg, ifindex), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// What `IFLA_PROTINFO` holds, chosen by the message's address family.
static LINK_ATTRS_PROTINFO_SELECT: Selector = Selector {
    by: SelectBy::Family,
    choices: &[
        (Key::Num(7), AttrType::Nested(&LINKINFO_BRPORT_ATTRS)),
        (Key::Num(10), AttrType::Nested(&IFLA6_ATTRS)),
    ],
    fallback: AttrType::Bytes,
};

/// What `IFLA_AF_SPEC` holds, chosen by the message's address family.
static LINK_ATTRS_AF_SPEC_SELECT: Selector = Selector {
    by: SelectBy::Family,
    choices: &[
        (Key::Num(0), AttrType::Nested(&AF_SPEC_ATTRS)),
        (Key::Num(7), AttrType::Nested(&LINK_BRIDGE_AF_ATTRS)),
    ],
    fallback: AttrType::Bytes,
};

/// `IFLA_*`: the attribute set `link-attrs`.
pub static LINK_ATTRS: Space = Space {
    name: "link-attrs",
    prefix: "IFLA_",
    attrs: &[
        AttrSpec { id: 1, name: "address", ty: AttrType::Hwaddr },
        AttrSpec { id: 2, name: "broadcast", ty: AttrType::Hwaddr },
        AttrSpec { id: 3, name: "ifname", ty: AttrType::Str },
        AttrSpec { id: 4, name: "mtu", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "link", ty: AttrType::S32 },
        AttrSpec { id: 6, name: "qdisc", ty: AttrType::Str },
        AttrSpec { id: 7, name: "stats", ty: AttrType::Struct(&RTNL_LINK_STATS) },
        AttrSpec { id: 8, name: "cost", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "priority", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "master", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "wireless", ty: AttrType::Bytes },
        AttrSpec { id: 12, name: "protinfo", ty: AttrType::Select(&LINK_ATTRS_PROTINFO_SELECT) },
        AttrSpec { id: 13, name: "txqlen", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "map", ty: AttrType::Struct(&RTNL_LINK_IFMAP) },
        AttrSpec { id: 15, name: "weight", ty: AttrType::U32 },
        AttrSpec { id: 16, name: "operstate", ty: AttrType::Enum(Scalar::U8, OPERSTATE_NAMES) },
        AttrSpec { id: 17, name: "linkmode", ty: AttrType::Enum(Scalar::U8, LINKMODE_NAMES) },
        AttrSpec { id: 18, name: "linkinfo", ty: AttrType::Nested(&LINKINFO_ATTRS) },
        AttrSpec { id: 19, name: "net_ns_pid", ty: AttrType::U32 },
        AttrSpec { id: 20, name: "ifalias", ty: AttrType::Str },
        AttrSpec { id: 21, name: "num_vf", ty: AttrType::U32 },
        AttrSpec { id: 22, name: "vfinfo_list", ty: AttrType::Nested(&VFINFO_LIST_ATTRS) },
        AttrSpec { id: 23, name: "stats64", ty: AttrType::Struct(&RTNL_LINK_STATS64) },
        AttrSpec { id: 24, name: "vf_ports", ty: AttrType::Nested(&VF_PORTS_ATTRS) },
        AttrSpec { id: 25, name: "port_self", ty: AttrType::Nested(&PORT_SELF_ATTRS) },
        AttrSpec { id: 26, name: "af_spec", ty: AttrType::Select(&LINK_ATTRS_AF_SPEC_SELECT) },
        AttrSpec { id: 27, name: "group", ty: AttrType::U32 },
        AttrSpec { id: 28, name: "net_ns_fd", ty: AttrType::U32 },
        AttrSpec { id: 29, name: "ext_mask", ty: AttrType::Bits(Scalar::U32, RTEXT_FILTER) },
        AttrSpec { id: 30, name: "promiscuity", ty: AttrType::U32 },
        AttrSpec { id: 31, name: "num_tx_queues", ty: AttrType::U32 },
        AttrSpec { id: 32, name: "num_rx_queues", ty: AttrType::U32 },
        AttrSpec { id: 33, name: "carrier", ty: AttrType::U8 },
        AttrSpec { id: 34, name: "phys_port_id", ty: AttrType::Bytes },
        AttrSpec { id: 35, name: "carrier_changes", ty: AttrType::U32 },
        AttrSpec { id: 36, name: "phys_switch_id", ty: AttrType::Bytes },
        AttrSpec { id: 37, name: "link_netnsid", ty: AttrType::S32 },
        AttrSpec { id: 38, name: "phys_port_name", ty: AttrType::Str },
        AttrSpec { id: 39, name: "proto_down", ty: AttrType::U8 },
        AttrSpec { id: 40, name: "gso_max_segs", ty: AttrType::U32 },
        AttrSpec { id: 41, name: "gso_max_size", ty: AttrType::U32 },
        AttrSpec { id: 42, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 43, name: "xdp", ty: AttrType::Nested(&XDP_ATTRS) },
        AttrSpec { id: 44, name: "event", ty: AttrType::U32 },
        AttrSpec { id: 45, name: "new_netnsid", ty: AttrType::S32 },
        AttrSpec { id: 46, name: "target_netnsid", ty: AttrType::S32 },
        AttrSpec { id: 47, name: "carrier_up_count", ty: AttrType::U32 },
        AttrSpec { id: 48, name: "carrier_down_count", ty: AttrType::U32 },
        AttrSpec { id: 49, name: "new_ifindex", ty: AttrType::S32 },
        AttrSpec { id: 50, name: "min_mtu", ty: AttrType::U32 },
        AttrSpec { id: 51, name: "max_mtu", ty: AttrType::U32 },
        AttrSpec { id: 52, name: "prop_list", ty: AttrType::Nested(&PROP_LIST_LINK_ATTRS) },
        AttrSpec { id: 53, name: "alt_ifname", ty: AttrType::Str },
        AttrSpec { id: 54, name: "perm_address", ty: AttrType::Hwaddr },
        AttrSpec { id: 55, name: "proto_down_reason", ty: AttrType::Nested(&LINK_PROTO_DOWN_REASON_ATTRS) },
        AttrSpec { id: 56, name: "parent_dev_name", ty: AttrType::Str },
        AttrSpec { id: 57, name: "parent_dev_bus_name", ty: AttrType::Str },
        AttrSpec { id: 58, name: "gro_max_size", ty: AttrType::U32 },
        AttrSpec { id: 59, name: "tso_max_size", ty: AttrType::U32 },
        AttrSpec { id: 60, name: "tso_max_segs", ty: AttrType::U32 },
        AttrSpec { id: 61, name: "allmulti", ty: AttrType::U32 },
        AttrSpec { id: 62, name: "devlink_port", ty: AttrType::Bytes },
        AttrSpec { id: 63, name: "gso_ipv4_max_size", ty: AttrType::U32 },
        AttrSpec { id: 64, name: "gro_ipv4_max_size", ty: AttrType::U32 },
        AttrSpec { id: 65, name: "dpll_pin", ty: AttrType::Nested(&LINK_DPLL_PIN_ATTRS) },
        AttrSpec { id: 66, name: "max_pacing_offload_horizon", ty: AttrType::Uint },
        AttrSpec { id: 67, name: "netns_immutable", ty: AttrType::U8 },
        AttrSpec { id: 68, name: "headroom", ty: AttrType::U16 },
        AttrSpec { id: 69, name: "tailroom", ty: AttrType::U16 },
    ],
    by_name: &[
        0, 35, 38, 62, 0, 0, 0, 0, 0, 0, 4, 0, 37, 63, 64, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 21, 0, 0, 0, 0, 0, 44, 0, 20, 0, 0, 0, 0, 18, 0, 0, 0, 0, 43, 0, 28, 0,
        59, 33, 0, 0, 39, 0, 0, 55, 0, 0, 0, 0, 27, 34, 0, 0, 0, 0, 0, 0, 0, 0, 61, 0, 0, 8, 52, 0, 30, 0, 0,
        0, 0, 57, 0, 0, 0, 41, 58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 26, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 29, 0, 68, 0, 0, 0, 9, 24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, 0, 0, 3, 0, 60, 11, 0, 0, 0, 0, 0, 0,
        14, 45, 19, 0, 0, 0, 2, 0, 0, 40, 67, 6, 0, 0, 0, 0, 0, 25, 0, 22, 0, 12, 0, 42, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 13, 0, 0, 0, 0, 0, 0, 65, 0, 0, 0, 0, 53, 0, 0, 0, 0, 0, 0, 0, 7, 1, 0, 66, 0, 5, 0, 0, 15, 0,
        0, 0, 56, 10, 0, 0, 0, 0, 0, 54, 46, 0, 0, 0, 0, 0, 0, 0, 50, 51, 0, 0, 0, 49, 0, 69, 47, 0, 0, 0,
        48, 0, 0, 31, 32, 36, 0,
    ],
};

/// Attribute numbers of [`LINK_ATTRS`].
pub mod link_attrs {
    /// `IFLA_ADDRESS`.
    #[doc(alias = "IFLA_ADDRESS")]
    pub const ADDRESS: u16 = 1;
    /// `IFLA_BROADCAST`.
    #[doc(alias = "IFLA_BROADCAST")]
    pub const BROADCAST: u16 = 2;
    /// `IFLA_IFNAME`.
    #[doc(alias = "IFLA_IFNAME")]
    pub const IFNAME: u16 = 3;
    /// `IFLA_MTU`.
    #[doc(alias = "IFLA_MTU")]
    pub const MTU: u16 = 4;
    /// `IFLA_LINK`.
    #[doc(alias = "IFLA_LINK")]
    pub const LINK: u16 = 5;
    /// `IFLA_QDISC`.
    #[doc(alias = "IFLA_QDISC")]
    pub const QDISC: u16 = 6;
    /// `IFLA_STATS`.
    #[doc(alias = "IFLA_STATS")]
    pub const STATS: u16 = 7;
    /// `IFLA_COST`.
    #[doc(alias = "IFLA_COST")]
    pub const COST: u16 = 8;
    /// `IFLA_PRIORITY`.
    #[doc(alias = "IFLA_PRIORITY")]
    pub const PRIORITY: u16 = 9;
    /// `IFLA_MASTER`.
    #[doc(alias = "IFLA_MASTER")]
    pub const MASTER: u16 = 10;
    /// `IFLA_WIRELESS`.
    #[doc(alias = "IFLA_WIRELESS")]
    pub const WIRELESS: u16 = 11;
    /// `IFLA_PROTINFO`.
    #[doc(alias = "IFLA_PROTINFO")]
    pub const PROTINFO: u16 = 12;
    /// `IFLA_TXQLEN`.
    #[doc(alias = "IFLA_TXQLEN")]
    pub const TXQLEN: u16 = 13;
    /// `IFLA_MAP`.
    #[doc(alias = "IFLA_MAP")]
    pub const MAP: u16 = 14;
    /// `IFLA_WEIGHT`.
    #[doc(alias = "IFLA_WEIGHT")]
    pub const WEIGHT: u16 = 15;
    /// `IFLA_OPERSTATE`.
    #[doc(alias = "IFLA_OPERSTATE")]
    pub const OPERSTATE: u16 = 16;
    /// `IFLA_LINKMODE`.
    #[doc(alias = "IFLA_LINKMODE")]
    pub const LINKMODE: u16 = 17;
    /// `IFLA_LINKINFO`.
    #[doc(alias = "IFLA_LINKINFO")]
    pub const LINKINFO: u16 = 18;
    /// `IFLA_NET_NS_PID`.
    #[doc(alias = "IFLA_NET_NS_PID")]
    pub const NET_NS_PID: u16 = 19;
    /// `IFLA_IFALIAS`.
    #[doc(alias = "IFLA_IFALIAS")]
    pub const IFALIAS: u16 = 20;
    /// `IFLA_NUM_VF`.
    #[doc(alias = "IFLA_NUM_VF")]
    pub const NUM_VF: u16 = 21;
    /// `IFLA_VFINFO_LIST`.
    #[doc(alias = "IFLA_VFINFO_LIST")]
    pub const VFINFO_LIST: u16 = 22;
    /// `IFLA_STATS64`.
    #[doc(alias = "IFLA_STATS64")]
    pub const STATS64: u16 = 23;
    /// `IFLA_VF_PORTS`.
    #[doc(alias = "IFLA_VF_PORTS")]
    pub const VF_PORTS: u16 = 24;
    /// `IFLA_PORT_SELF`.
    #[doc(alias = "IFLA_PORT_SELF")]
    pub const PORT_SELF: u16 = 25;
    /// `IFLA_AF_SPEC`.
    #[doc(alias = "IFLA_AF_SPEC")]
    pub const AF_SPEC: u16 = 26;
    /// `IFLA_GROUP`.
    #[doc(alias = "IFLA_GROUP")]
    pub const GROUP: u16 = 27;
    /// `IFLA_NET_NS_FD`.
    #[doc(alias = "IFLA_NET_NS_FD")]
    pub const NET_NS_FD: u16 = 28;
    /// `IFLA_EXT_MASK`.
    #[doc(alias = "IFLA_EXT_MASK")]
    pub const EXT_MASK: u16 = 29;
    /// `IFLA_PROMISCUITY`.
    #[doc(alias = "IFLA_PROMISCUITY")]
    pub const PROMISCUITY: u16 = 30;
    /// `IFLA_NUM_TX_QUEUES`.
    #[doc(alias = "IFLA_NUM_TX_QUEUES")]
    pub const NUM_TX_QUEUES: u16 = 31;
    /// `IFLA_NUM_RX_QUEUES`.
    #[doc(alias = "IFLA_NUM_RX_QUEUES")]
    pub const NUM_RX_QUEUES: u16 = 32;
    /// `IFLA_CARRIER`.
    #[doc(alias = "IFLA_CARRIER")]
    pub const CARRIER: u16 = 33;
    /// `IFLA_PHYS_PORT_ID`.
    #[doc(alias = "IFLA_PHYS_PORT_ID")]
    pub const PHYS_PORT_ID: u16 = 34;
    /// `IFLA_CARRIER_CHANGES`.
    #[doc(alias = "IFLA_CARRIER_CHANGES")]
    pub const CARRIER_CHANGES: u16 = 35;
    /// `IFLA_PHYS_SWITCH_ID`.
    #[doc(alias = "IFLA_PHYS_SWITCH_ID")]
    pub const PHYS_SWITCH_ID: u16 = 36;
    /// `IFLA_LINK_NETNSID`.
    #[doc(alias = "IFLA_LINK_NETNSID")]
    pub const LINK_NETNSID: u16 = 37;
    /// `IFLA_PHYS_PORT_NAME`.
    #[doc(alias = "IFLA_PHYS_PORT_NAME")]
    pub const PHYS_PORT_NAME: u16 = 38;
    /// `IFLA_PROTO_DOWN`.
    #[doc(alias = "IFLA_PROTO_DOWN")]
    pub const PROTO_DOWN: u16 = 39;
    /// `IFLA_GSO_MAX_SEGS`.
    #[doc(alias = "IFLA_GSO_MAX_SEGS")]
    pub const GSO_MAX_SEGS: u16 = 40;
    /// `IFLA_GSO_MAX_SIZE`.
    #[doc(alias = "IFLA_GSO_MAX_SIZE")]
    pub const GSO_MAX_SIZE: u16 = 41;
    /// `IFLA_PAD`.
    #[doc(alias = "IFLA_PAD")]
    pub const PAD: u16 = 42;
    /// `IFLA_XDP`.
    #[doc(alias = "IFLA_XDP")]
    pub const XDP: u16 = 43;
    /// `IFLA_EVENT`.
    #[doc(alias = "IFLA_EVENT")]
    pub const EVENT: u16 = 44;
    /// `IFLA_NEW_NETNSID`.
    #[doc(alias = "IFLA_NEW_NETNSID")]
    pub const NEW_NETNSID: u16 = 45;
    /// `IFLA_TARGET_NETNSID`.
    #[doc(alias = "IFLA_TARGET_NETNSID")]
    pub const TARGET_NETNSID: u16 = 46;
    /// `IFLA_CARRIER_UP_COUNT`.
    #[doc(alias = "IFLA_CARRIER_UP_COUNT")]
    pub const CARRIER_UP_COUNT: u16 = 47;
    /// `IFLA_CARRIER_DOWN_COUNT`.
    #[doc(alias = "IFLA_CARRIER_DOWN_COUNT")]
    pub const CARRIER_DOWN_COUNT: u16 = 48;
    /// `IFLA_NEW_IFINDEX`.
    #[doc(alias = "IFLA_NEW_IFINDEX")]
    pub const NEW_IFINDEX: u16 = 49;
    /// `IFLA_MIN_MTU`.
    #[doc(alias = "IFLA_MIN_MTU")]
    pub const MIN_MTU: u16 = 50;
    /// `IFLA_MAX_MTU`.
    #[doc(alias = "IFLA_MAX_MTU")]
    pub const MAX_MTU: u16 = 51;
    /// `IFLA_PROP_LIST`.
    #[doc(alias = "IFLA_PROP_LIST")]
    pub const PROP_LIST: u16 = 52;
    /// `IFLA_ALT_IFNAME`.
    #[doc(alias = "IFLA_ALT_IFNAME")]
    pub const ALT_IFNAME: u16 = 53;
    /// `IFLA_PERM_ADDRESS`.
    #[doc(alias = "IFLA_PERM_ADDRESS")]
    pub const PERM_ADDRESS: u16 = 54;
    /// `IFLA_PROTO_DOWN_REASON`.
    #[doc(alias = "IFLA_PROTO_DOWN_REASON")]
    pub const PROTO_DOWN_REASON: u16 = 55;
    /// `IFLA_PARENT_DEV_NAME`.
    #[doc(alias = "IFLA_PARENT_DEV_NAME")]
    pub const PARENT_DEV_NAME: u16 = 56;
    /// `IFLA_PARENT_DEV_BUS_NAME`.
    #[doc(alias = "IFLA_PARENT_DEV_BUS_NAME")]
    pub const PARENT_DEV_BUS_NAME: u16 = 57;
    /// `IFLA_GRO_MAX_SIZE`.
    #[doc(alias = "IFLA_GRO_MAX_SIZE")]
    pub const GRO_MAX_SIZE: u16 = 58;
    /// `IFLA_TSO_MAX_SIZE`.
    #[doc(alias = "IFLA_TSO_MAX_SIZE")]
    pub const TSO_MAX_SIZE: u16 = 59;
    /// `IFLA_TSO_MAX_SEGS`.
    #[doc(alias = "IFLA_TSO_MAX_SEGS")]
    pub const TSO_MAX_SEGS: u16 = 60;
    /// `IFLA_ALLMULTI`.
    #[doc(alias = "IFLA_ALLMULTI")]
    pub const ALLMULTI: u16 = 61;
    /// `IFLA_DEVLINK_PORT`.
    #[doc(alias = "IFLA_DEVLINK_PORT")]
    pub const DEVLINK_PORT: u16 = 62;
    /// `IFLA_GSO_IPV4_MAX_SIZE`.
    #[doc(alias = "IFLA_GSO_IPV4_MAX_SIZE")]
    pub const GSO_IPV4_MAX_SIZE: u16 = 63;
    /// `IFLA_GRO_IPV4_MAX_SIZE`.
    #[doc(alias = "IFLA_GRO_IPV4_MAX_SIZE")]
    pub const GRO_IPV4_MAX_SIZE: u16 = 64;
    /// `IFLA_DPLL_PIN`.
    #[doc(alias = "IFLA_DPLL_PIN")]
    pub const DPLL_PIN: u16 = 65;
    /// `IFLA_MAX_PACING_OFFLOAD_HORIZON`.
    #[doc(alias = "IFLA_MAX_PACING_OFFLOAD_HORIZON")]
    pub const MAX_PACING_OFFLOAD_HORIZON: u16 = 66;
    /// `IFLA_NETNS_IMMUTABLE`.
    #[doc(alias = "IFLA_NETNS_IMMUTABLE")]
    pub const NETNS_IMMUTABLE: u16 = 67;
    /// `IFLA_HEADROOM`.
    #[doc(alias = "IFLA_HEADROOM")]
    pub const HEADROOM: u16 = 68;
    /// `IFLA_TAILROOM`.
    #[doc(alias = "IFLA_TAILROOM")]
    pub const TAILROOM: u16 = 69;
}

/// Typed reads of an attribute chain of the set `link-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkAttrs<'a> {
    /// `IFLA_ADDRESS`.
    pub fn address(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_attrs::ADDRESS, |a| Ok(a.payload()))
    }
    /// `IFLA_BROADCAST`.
    pub fn broadcast(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_attrs::BROADCAST, |a| Ok(a.payload()))
    }
    /// `IFLA_IFNAME`.
    pub fn ifname(&self) -> Result<Option<&'a str>> {
        self.0.read(link_attrs::IFNAME, crate::attr::Attr::str)
    }
    /// `IFLA_MTU`.
    pub fn mtu(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::MTU, crate::attr::Attr::u32)
    }
    /// `IFLA_LINK`.
    pub fn link(&self) -> Result<Option<i32>> {
        self.0.read(link_attrs::LINK, crate::attr::Attr::i32)
    }
    /// `IFLA_QDISC`.
    pub fn qdisc(&self) -> Result<Option<&'a str>> {
        self.0.read(link_attrs::QDISC, crate::attr::Attr::str)
    }
    /// `IFLA_STATS`.
    pub fn stats(&self) -> Result<Option<&'a RtnlLinkStats>> {
        self.0.read(link_attrs::STATS, crate::attr::Attr::as_struct)
    }
    /// `IFLA_COST`.
    pub fn cost(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::COST, crate::attr::Attr::u32)
    }
    /// `IFLA_PRIORITY`.
    pub fn priority(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::PRIORITY, crate::attr::Attr::u32)
    }
    /// `IFLA_MASTER`.
    pub fn master(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::MASTER, crate::attr::Attr::u32)
    }
    /// `IFLA_WIRELESS`.
    pub fn wireless(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_attrs::WIRELESS, |a| Ok(a.payload()))
    }
    /// `IFLA_PROTINFO`.
    pub fn protinfo(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(link_attrs::PROTINFO, |a| Ok(*a))
    }
    /// `IFLA_TXQLEN`.
    pub fn txqlen(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::TXQLEN, crate::attr::Attr::u32)
    }
    /// `IFLA_MAP`.
    pub fn map(&self) -> Result<Option<&'a RtnlLinkIfmap>> {
        self.0.read(link_attrs::MAP, crate::attr::Attr::as_struct)
    }
    /// `IFLA_WEIGHT`.
    pub fn weight(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::WEIGHT, crate::attr::Attr::u32)
    }
    /// `IFLA_OPERSTATE`.
    pub fn operstate(&self) -> Result<Option<u8>> {
        self.0.read(link_attrs::OPERSTATE, crate::attr::Attr::u8)
    }
    /// `IFLA_LINKMODE`.
    pub fn linkmode(&self) -> Result<Option<u8>> {
        self.0.read(link_attrs::LINKMODE, crate::attr::Attr::u8)
    }
    /// `IFLA_LINKINFO`.
    pub fn linkinfo(&self) -> Result<Option<LinkinfoAttrs<'a>>> {
        self.0.read(link_attrs::LINKINFO, |a| Ok(LinkinfoAttrs(a.nested())))
    }
    /// `IFLA_NET_NS_PID`.
    pub fn net_ns_pid(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::NET_NS_PID, crate::attr::Attr::u32)
    }
    /// `IFLA_IFALIAS`.
    pub fn ifalias(&self) -> Result<Option<&'a str>> {
        self.0.read(link_attrs::IFALIAS, crate::attr::Attr::str)
    }
    /// `IFLA_NUM_VF`.
    pub fn num_vf(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::NUM_VF, crate::attr::Attr::u32)
    }
    /// `IFLA_VFINFO_LIST`.
    pub fn vfinfo_list(&self) -> Result<Option<VfinfoListAttrs<'a>>> {
        self.0.read(link_attrs::VFINFO_LIST, |a| Ok(VfinfoListAttrs(a.nested())))
    }
    /// `IFLA_STATS64`.
    pub fn stats64(&self) -> Result<Option<&'a RtnlLinkStats64>> {
        self.0.read(link_attrs::STATS64, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VF_PORTS`.
    pub fn vf_ports(&self) -> Result<Option<VfPortsAttrs<'a>>> {
        self.0.read(link_attrs::VF_PORTS, |a| Ok(VfPortsAttrs(a.nested())))
    }
    /// `IFLA_PORT_SELF`.
    pub fn port_self(&self) -> Result<Option<PortSelfAttrs<'a>>> {
        self.0.read(link_attrs::PORT_SELF, |a| Ok(PortSelfAttrs(a.nested())))
    }
    /// `IFLA_AF_SPEC`.
    pub fn af_spec(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(link_attrs::AF_SPEC, |a| Ok(*a))
    }
    /// `IFLA_GROUP`.
    pub fn group(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::GROUP, crate::attr::Attr::u32)
    }
    /// `IFLA_NET_NS_FD`.
    pub fn net_ns_fd(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::NET_NS_FD, crate::attr::Attr::u32)
    }
    /// `IFLA_EXT_MASK`.
    pub fn ext_mask(&self) -> Result<Option<RtextFilter>> {
        self.0.read(link_attrs::EXT_MASK, |a| a.u32().map(RtextFilter::from_bits_retain))
    }
    /// `IFLA_PROMISCUITY`.
    pub fn promiscuity(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::PROMISCUITY, crate::attr::Attr::u32)
    }
    /// `IFLA_NUM_TX_QUEUES`.
    pub fn num_tx_queues(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::NUM_TX_QUEUES, crate::attr::Attr::u32)
    }
    /// `IFLA_NUM_RX_QUEUES`.
    pub fn num_rx_queues(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::NUM_RX_QUEUES, crate::attr::Attr::u32)
    }
    /// `IFLA_CARRIER`.
    pub fn carrier(&self) -> Result<Option<u8>> {
        self.0.read(link_attrs::CARRIER, crate::attr::Attr::u8)
    }
    /// `IFLA_PHYS_PORT_ID`.
    pub fn phys_port_id(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_attrs::PHYS_PORT_ID, |a| Ok(a.payload()))
    }
    /// `IFLA_CARRIER_CHANGES`.
    pub fn carrier_changes(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::CARRIER_CHANGES, crate::attr::Attr::u32)
    }
    /// `IFLA_PHYS_SWITCH_ID`.
    pub fn phys_switch_id(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_attrs::PHYS_SWITCH_ID, |a| Ok(a.payload()))
    }
    /// `IFLA_LINK_NETNSID`.
    pub fn link_netnsid(&self) -> Result<Option<i32>> {
        self.0.read(link_attrs::LINK_NETNSID, crate::attr::Attr::i32)
    }
    /// `IFLA_PHYS_PORT_NAME`.
    pub fn phys_port_name(&self) -> Result<Option<&'a str>> {
        self.0.read(link_attrs::PHYS_PORT_NAME, crate::attr::Attr::str)
    }
    /// `IFLA_PROTO_DOWN`.
    pub fn proto_down(&self) -> Result<Option<u8>> {
        self.0.read(link_attrs::PROTO_DOWN, crate::attr::Attr::u8)
    }
    /// `IFLA_GSO_MAX_SEGS`.
    pub fn gso_max_segs(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::GSO_MAX_SEGS, crate::attr::Attr::u32)
    }
    /// `IFLA_GSO_MAX_SIZE`.
    pub fn gso_max_size(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::GSO_MAX_SIZE, crate::attr::Attr::u32)
    }
    /// `IFLA_XDP`.
    pub fn xdp(&self) -> Result<Option<XdpAttrs<'a>>> {
        self.0.read(link_attrs::XDP, |a| Ok(XdpAttrs(a.nested())))
    }
    /// `IFLA_EVENT`.
    pub fn event(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::EVENT, crate::attr::Attr::u32)
    }
    /// `IFLA_NEW_NETNSID`.
    pub fn new_netnsid(&self) -> Result<Option<i32>> {
        self.0.read(link_attrs::NEW_NETNSID, crate::attr::Attr::i32)
    }
    /// `IFLA_TARGET_NETNSID`.
    pub fn target_netnsid(&self) -> Result<Option<i32>> {
        self.0.read(link_attrs::TARGET_NETNSID, crate::attr::Attr::i32)
    }
    /// `IFLA_CARRIER_UP_COUNT`.
    pub fn carrier_up_count(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::CARRIER_UP_COUNT, crate::attr::Attr::u32)
    }
    /// `IFLA_CARRIER_DOWN_COUNT`.
    pub fn carrier_down_count(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::CARRIER_DOWN_COUNT, crate::attr::Attr::u32)
    }
    /// `IFLA_NEW_IFINDEX`.
    pub fn new_ifindex(&self) -> Result<Option<i32>> {
        self.0.read(link_attrs::NEW_IFINDEX, crate::attr::Attr::i32)
    }
    /// `IFLA_MIN_MTU`.
    pub fn min_mtu(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::MIN_MTU, crate::attr::Attr::u32)
    }
    /// `IFLA_MAX_MTU`.
    pub fn max_mtu(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::MAX_MTU, crate::attr::Attr::u32)
    }
    /// `IFLA_PROP_LIST`.
    pub fn prop_list(&self) -> Result<Option<PropListLinkAttrs<'a>>> {
        self.0.read(link_attrs::PROP_LIST, |a| Ok(PropListLinkAttrs(a.nested())))
    }
    /// `IFLA_ALT_IFNAME`.
    pub fn alt_ifname(&self) -> Result<Option<&'a str>> {
        self.0.read(link_attrs::ALT_IFNAME, crate::attr::Attr::str)
    }
    /// `IFLA_PERM_ADDRESS`.
    pub fn perm_address(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_attrs::PERM_ADDRESS, |a| Ok(a.payload()))
    }
    /// `IFLA_PROTO_DOWN_REASON`.
    pub fn proto_down_reason(&self) -> Result<Option<LinkProtoDownReasonAttrs<'a>>> {
        self.0.read(link_attrs::PROTO_DOWN_REASON, |a| Ok(LinkProtoDownReasonAttrs(a.nested())))
    }
    /// `IFLA_PARENT_DEV_NAME`.
    pub fn parent_dev_name(&self) -> Result<Option<&'a str>> {
        self.0.read(link_attrs::PARENT_DEV_NAME, crate::attr::Attr::str)
    }
    /// `IFLA_PARENT_DEV_BUS_NAME`.
    pub fn parent_dev_bus_name(&self) -> Result<Option<&'a str>> {
        self.0.read(link_attrs::PARENT_DEV_BUS_NAME, crate::attr::Attr::str)
    }
    /// `IFLA_GRO_MAX_SIZE`.
    pub fn gro_max_size(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::GRO_MAX_SIZE, crate::attr::Attr::u32)
    }
    /// `IFLA_TSO_MAX_SIZE`.
    pub fn tso_max_size(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::TSO_MAX_SIZE, crate::attr::Attr::u32)
    }
    /// `IFLA_TSO_MAX_SEGS`.
    pub fn tso_max_segs(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::TSO_MAX_SEGS, crate::attr::Attr::u32)
    }
    /// `IFLA_ALLMULTI`.
    pub fn allmulti(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::ALLMULTI, crate::attr::Attr::u32)
    }
    /// `IFLA_DEVLINK_PORT`.
    pub fn devlink_port(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_attrs::DEVLINK_PORT, |a| Ok(a.payload()))
    }
    /// `IFLA_GSO_IPV4_MAX_SIZE`.
    pub fn gso_ipv4_max_size(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::GSO_IPV4_MAX_SIZE, crate::attr::Attr::u32)
    }
    /// `IFLA_GRO_IPV4_MAX_SIZE`.
    pub fn gro_ipv4_max_size(&self) -> Result<Option<u32>> {
        self.0.read(link_attrs::GRO_IPV4_MAX_SIZE, crate::attr::Attr::u32)
    }
    /// `IFLA_DPLL_PIN`.
    pub fn dpll_pin(&self) -> Result<Option<LinkDpllPinAttrs<'a>>> {
        self.0.read(link_attrs::DPLL_PIN, |a| Ok(LinkDpllPinAttrs(a.nested())))
    }
    /// `IFLA_MAX_PACING_OFFLOAD_HORIZON`.
    pub fn max_pacing_offload_horizon(&self) -> Result<Option<u64>> {
        self.0.read(link_attrs::MAX_PACING_OFFLOAD_HORIZON, crate::attr::Attr::uint)
    }
    /// `IFLA_NETNS_IMMUTABLE`.
    pub fn netns_immutable(&self) -> Result<Option<u8>> {
        self.0.read(link_attrs::NETNS_IMMUTABLE, crate::attr::Attr::u8)
    }
    /// `IFLA_HEADROOM`.
    pub fn headroom(&self) -> Result<Option<u16>> {
        self.0.read(link_attrs::HEADROOM, crate::attr::Attr::u16)
    }
    /// `IFLA_TAILROOM`.
    pub fn tailroom(&self) -> Result<Option<u16>> {
        self.0.read(link_attrs::TAILROOM, crate::attr::Attr::u16)
    }
}

/// `IFLA_*`: the attribute set `prop-list-link-attrs`.
pub static PROP_LIST_LINK_ATTRS: Space = Space {
    name: "prop-list-link-attrs",
    prefix: "IFLA_",
    attrs: &[AttrSpec { id: 53, name: "alt_ifname", ty: AttrType::Str }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`PROP_LIST_LINK_ATTRS`].
pub mod prop_list_link_attrs {
    /// `IFLA_ALT_IFNAME`.
    #[doc(alias = "IFLA_ALT_IFNAME")]
    pub const ALT_IFNAME: u16 = 53;
}

/// Typed reads of an attribute chain of the set `prop-list-link-attrs`.
#[derive(Clone, Debug, Default)]
pub struct PropListLinkAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> PropListLinkAttrs<'a> {
    /// `IFLA_ALT_IFNAME`.
    pub fn alt_ifname(&self) -> impl Iterator<Item = Result<&'a str>> + 'a {
        self.0.read_all(prop_list_link_attrs::ALT_IFNAME, crate::attr::Attr::str)
    }
}

/// `AF_*`: the attribute set `af-spec-attrs`.
pub static AF_SPEC_ATTRS: Space = Space {
    name: "af-spec-attrs",
    prefix: "AF_",
    attrs: &[
        AttrSpec { id: 2, name: "inet", ty: AttrType::Nested(&IFLA_ATTRS) },
        AttrSpec { id: 10, name: "inet6", ty: AttrType::Nested(&IFLA6_ATTRS) },
        AttrSpec { id: 45, name: "mctp", ty: AttrType::Nested(&MCTP_ATTRS) },
    ],
    by_name: &[0, 0, 0, 0, 2, 0, 3, 1],
};

/// Attribute numbers of [`AF_SPEC_ATTRS`].
pub mod af_spec_attrs {
    /// `AF_INET`.
    #[doc(alias = "AF_INET")]
    pub const INET: u16 = 2;
    /// `AF_INET6`.
    #[doc(alias = "AF_INET6")]
    pub const INET6: u16 = 10;
    /// `AF_MCTP`.
    #[doc(alias = "AF_MCTP")]
    pub const MCTP: u16 = 45;
}

/// Typed reads of an attribute chain of the set `af-spec-attrs`.
#[derive(Clone, Debug, Default)]
pub struct AfSpecAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> AfSpecAttrs<'a> {
    /// `AF_INET`.
    pub fn inet(&self) -> Result<Option<IflaAttrs<'a>>> {
        self.0.read(af_spec_attrs::INET, |a| Ok(IflaAttrs(a.nested())))
    }
    /// `AF_INET6`.
    pub fn inet6(&self) -> Result<Option<Ifla6Attrs<'a>>> {
        self.0.read(af_spec_attrs::INET6, |a| Ok(Ifla6Attrs(a.nested())))
    }
    /// `AF_MCTP`.
    pub fn mctp(&self) -> Result<Option<MctpAttrs<'a>>> {
        self.0.read(af_spec_attrs::MCTP, |a| Ok(MctpAttrs(a.nested())))
    }
}

/// `IFLA_VF_*`: the attribute set `vfinfo-list-attrs`.
pub static VFINFO_LIST_ATTRS: Space = Space {
    name: "vfinfo-list-attrs",
    prefix: "IFLA_VF_",
    attrs: &[AttrSpec { id: 1, name: "info", ty: AttrType::Nested(&VFINFO_ATTRS) }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`VFINFO_LIST_ATTRS`].
pub mod vfinfo_list_attrs {
    /// `IFLA_VF_INFO`.
    #[doc(alias = "IFLA_VF_INFO")]
    pub const INFO: u16 = 1;
}

/// Typed reads of an attribute chain of the set `vfinfo-list-attrs`.
#[derive(Clone, Debug, Default)]
pub struct VfinfoListAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> VfinfoListAttrs<'a> {
    /// `IFLA_VF_INFO`.
    pub fn info(&self) -> impl Iterator<Item = Result<VfinfoAttrs<'a>>> + 'a {
        self.0.read_all(vfinfo_list_attrs::INFO, |a| Ok(VfinfoAttrs(a.nested())))
    }
}

/// `IFLA_VF_*`: the attribute set `vfinfo-attrs`.
pub static VFINFO_ATTRS: Space = Space {
    name: "vfinfo-attrs",
    prefix: "IFLA_VF_",
    attrs: &[
        AttrSpec { id: 1, name: "mac", ty: AttrType::Struct(&IFLA_VF_MAC) },
        AttrSpec { id: 2, name: "vlan", ty: AttrType::Struct(&IFLA_VF_VLAN) },
        AttrSpec { id: 3, name: "tx_rate", ty: AttrType::Struct(&IFLA_VF_TX_RATE) },
        AttrSpec { id: 4, name: "spoofchk", ty: AttrType::Struct(&IFLA_VF_SPOOFCHK) },
        AttrSpec { id: 5, name: "link_state", ty: AttrType::Struct(&IFLA_VF_LINK_STATE) },
        AttrSpec { id: 6, name: "rate", ty: AttrType::Struct(&IFLA_VF_RATE) },
        AttrSpec { id: 7, name: "rss_query_en", ty: AttrType::Struct(&IFLA_VF_RSS_QUERY_EN) },
        AttrSpec { id: 8, name: "stats", ty: AttrType::Nested(&VF_STATS_ATTRS) },
        AttrSpec { id: 9, name: "trust", ty: AttrType::Struct(&IFLA_VF_TRUST) },
        AttrSpec { id: 10, name: "ib_node_guid", ty: AttrType::Struct(&IFLA_VF_GUID) },
        AttrSpec { id: 11, name: "ib_port_guid", ty: AttrType::Struct(&IFLA_VF_GUID) },
        AttrSpec { id: 12, name: "vlan_list", ty: AttrType::Nested(&VF_VLAN_ATTRS) },
        AttrSpec { id: 13, name: "broadcast", ty: AttrType::Bytes },
    ],
    by_name: &[
        6, 0, 13, 0, 0, 1, 0, 10, 0, 0, 0, 3, 0, 9, 12, 4, 5, 8, 0, 0, 0, 0, 11, 0, 0, 0, 0, 0, 2, 7, 0, 0,
    ],
};

/// Attribute numbers of [`VFINFO_ATTRS`].
pub mod vfinfo_attrs {
    /// `IFLA_VF_MAC`.
    #[doc(alias = "IFLA_VF_MAC")]
    pub const MAC: u16 = 1;
    /// `IFLA_VF_VLAN`.
    #[doc(alias = "IFLA_VF_VLAN")]
    pub const VLAN: u16 = 2;
    /// `IFLA_VF_TX_RATE`.
    #[doc(alias = "IFLA_VF_TX_RATE")]
    pub const TX_RATE: u16 = 3;
    /// `IFLA_VF_SPOOFCHK`.
    #[doc(alias = "IFLA_VF_SPOOFCHK")]
    pub const SPOOFCHK: u16 = 4;
    /// `IFLA_VF_LINK_STATE`.
    #[doc(alias = "IFLA_VF_LINK_STATE")]
    pub const LINK_STATE: u16 = 5;
    /// `IFLA_VF_RATE`.
    #[doc(alias = "IFLA_VF_RATE")]
    pub const RATE: u16 = 6;
    /// `IFLA_VF_RSS_QUERY_EN`.
    #[doc(alias = "IFLA_VF_RSS_QUERY_EN")]
    pub const RSS_QUERY_EN: u16 = 7;
    /// `IFLA_VF_STATS`.
    #[doc(alias = "IFLA_VF_STATS")]
    pub const STATS: u16 = 8;
    /// `IFLA_VF_TRUST`.
    #[doc(alias = "IFLA_VF_TRUST")]
    pub const TRUST: u16 = 9;
    /// `IFLA_VF_IB_NODE_GUID`.
    #[doc(alias = "IFLA_VF_IB_NODE_GUID")]
    pub const IB_NODE_GUID: u16 = 10;
    /// `IFLA_VF_IB_PORT_GUID`.
    #[doc(alias = "IFLA_VF_IB_PORT_GUID")]
    pub const IB_PORT_GUID: u16 = 11;
    /// `IFLA_VF_VLAN_LIST`.
    #[doc(alias = "IFLA_VF_VLAN_LIST")]
    pub const VLAN_LIST: u16 = 12;
    /// `IFLA_VF_BROADCAST`.
    #[doc(alias = "IFLA_VF_BROADCAST")]
    pub const BROADCAST: u16 = 13;
}

/// Typed reads of an attribute chain of the set `vfinfo-attrs`.
#[derive(Clone, Debug, Default)]
pub struct VfinfoAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> VfinfoAttrs<'a> {
    /// `IFLA_VF_MAC`.
    pub fn mac(&self) -> Result<Option<&'a IflaVfMac>> {
        self.0.read(vfinfo_attrs::MAC, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VF_VLAN`.
    pub fn vlan(&self) -> Result<Option<&'a IflaVfVlan>> {
        self.0.read(vfinfo_attrs::VLAN, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VF_TX_RATE`.
    pub fn tx_rate(&self) -> Result<Option<&'a IflaVfTxRate>> {
        self.0.read(vfinfo_attrs::TX_RATE, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VF_SPOOFCHK`.
    pub fn spoofchk(&self) -> Result<Option<&'a IflaVfSpoofchk>> {
        self.0.read(vfinfo_attrs::SPOOFCHK, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VF_LINK_STATE`.
    pub fn link_state(&self) -> Result<Option<&'a IflaVfLinkState>> {
        self.0.read(vfinfo_attrs::LINK_STATE, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VF_RATE`.
    pub fn rate(&self) -> Result<Option<&'a IflaVfRate>> {
        self.0.read(vfinfo_attrs::RATE, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VF_RSS_QUERY_EN`.
    pub fn rss_query_en(&self) -> Result<Option<&'a IflaVfRssQueryEn>> {
        self.0.read(vfinfo_attrs::RSS_QUERY_EN, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VF_STATS`.
    pub fn stats(&self) -> Result<Option<VfStatsAttrs<'a>>> {
        self.0.read(vfinfo_attrs::STATS, |a| Ok(VfStatsAttrs(a.nested())))
    }
    /// `IFLA_VF_TRUST`.
    pub fn trust(&self) -> Result<Option<&'a IflaVfTrust>> {
        self.0.read(vfinfo_attrs::TRUST, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VF_IB_NODE_GUID`.
    pub fn ib_node_guid(&self) -> Result<Option<&'a IflaVfGuid>> {
        self.0.read(vfinfo_attrs::IB_NODE_GUID, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VF_IB_PORT_GUID`.
    pub fn ib_port_guid(&self) -> Result<Option<&'a IflaVfGuid>> {
        self.0.read(vfinfo_attrs::IB_PORT_GUID, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VF_VLAN_LIST`.
    pub fn vlan_list(&self) -> Result<Option<VfVlanAttrs<'a>>> {
        self.0.read(vfinfo_attrs::VLAN_LIST, |a| Ok(VfVlanAttrs(a.nested())))
    }
    /// `IFLA_VF_BROADCAST`.
    pub fn broadcast(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(vfinfo_attrs::BROADCAST, |a| Ok(a.payload()))
    }
}

/// `IFLA_VF_STATS_*`: the attribute set `vf-stats-attrs`.
pub static VF_STATS_ATTRS: Space = Space {
    name: "vf-stats-attrs",
    prefix: "IFLA_VF_STATS_",
    attrs: &[
        AttrSpec { id: 0, name: "rx_packets", ty: AttrType::U64 },
        AttrSpec { id: 1, name: "tx_packets", ty: AttrType::U64 },
        AttrSpec { id: 2, name: "rx_bytes", ty: AttrType::U64 },
        AttrSpec { id: 3, name: "tx_bytes", ty: AttrType::U64 },
        AttrSpec { id: 4, name: "broadcast", ty: AttrType::U64 },
        AttrSpec { id: 5, name: "multicast", ty: AttrType::U64 },
        AttrSpec { id: 6, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 7, name: "rx_dropped", ty: AttrType::U64 },
        AttrSpec { id: 8, name: "tx_dropped", ty: AttrType::U64 },
    ],
    by_name: &[
        0, 0, 5, 0, 0, 0, 0, 0, 0, 4, 0, 1, 0, 0, 0, 0, 0, 2, 0, 3, 7, 0, 6, 8, 9, 0, 0, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`VF_STATS_ATTRS`].
pub mod vf_stats_attrs {
    /// `IFLA_VF_STATS_RX_PACKETS`.
    #[doc(alias = "IFLA_VF_STATS_RX_PACKETS")]
    pub const RX_PACKETS: u16 = 0;
    /// `IFLA_VF_STATS_TX_PACKETS`.
    #[doc(alias = "IFLA_VF_STATS_TX_PACKETS")]
    pub const TX_PACKETS: u16 = 1;
    /// `IFLA_VF_STATS_RX_BYTES`.
    #[doc(alias = "IFLA_VF_STATS_RX_BYTES")]
    pub const RX_BYTES: u16 = 2;
    /// `IFLA_VF_STATS_TX_BYTES`.
    #[doc(alias = "IFLA_VF_STATS_TX_BYTES")]
    pub const TX_BYTES: u16 = 3;
    /// `IFLA_VF_STATS_BROADCAST`.
    #[doc(alias = "IFLA_VF_STATS_BROADCAST")]
    pub const BROADCAST: u16 = 4;
    /// `IFLA_VF_STATS_MULTICAST`.
    #[doc(alias = "IFLA_VF_STATS_MULTICAST")]
    pub const MULTICAST: u16 = 5;
    /// `IFLA_VF_STATS_PAD`.
    #[doc(alias = "IFLA_VF_STATS_PAD")]
    pub const PAD: u16 = 6;
    /// `IFLA_VF_STATS_RX_DROPPED`.
    #[doc(alias = "IFLA_VF_STATS_RX_DROPPED")]
    pub const RX_DROPPED: u16 = 7;
    /// `IFLA_VF_STATS_TX_DROPPED`.
    #[doc(alias = "IFLA_VF_STATS_TX_DROPPED")]
    pub const TX_DROPPED: u16 = 8;
}

/// Typed reads of an attribute chain of the set `vf-stats-attrs`.
#[derive(Clone, Debug, Default)]
pub struct VfStatsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> VfStatsAttrs<'a> {
    /// `IFLA_VF_STATS_RX_PACKETS`.
    pub fn rx_packets(&self) -> Result<Option<u64>> {
        self.0.read(vf_stats_attrs::RX_PACKETS, crate::attr::Attr::u64)
    }
    /// `IFLA_VF_STATS_TX_PACKETS`.
    pub fn tx_packets(&self) -> Result<Option<u64>> {
        self.0.read(vf_stats_attrs::TX_PACKETS, crate::attr::Attr::u64)
    }
    /// `IFLA_VF_STATS_RX_BYTES`.
    pub fn rx_bytes(&self) -> Result<Option<u64>> {
        self.0.read(vf_stats_attrs::RX_BYTES, crate::attr::Attr::u64)
    }
    /// `IFLA_VF_STATS_TX_BYTES`.
    pub fn tx_bytes(&self) -> Result<Option<u64>> {
        self.0.read(vf_stats_attrs::TX_BYTES, crate::attr::Attr::u64)
    }
    /// `IFLA_VF_STATS_BROADCAST`.
    pub fn broadcast(&self) -> Result<Option<u64>> {
        self.0.read(vf_stats_attrs::BROADCAST, crate::attr::Attr::u64)
    }
    /// `IFLA_VF_STATS_MULTICAST`.
    pub fn multicast(&self) -> Result<Option<u64>> {
        self.0.read(vf_stats_attrs::MULTICAST, crate::attr::Attr::u64)
    }
    /// `IFLA_VF_STATS_RX_DROPPED`.
    pub fn rx_dropped(&self) -> Result<Option<u64>> {
        self.0.read(vf_stats_attrs::RX_DROPPED, crate::attr::Attr::u64)
    }
    /// `IFLA_VF_STATS_TX_DROPPED`.
    pub fn tx_dropped(&self) -> Result<Option<u64>> {
        self.0.read(vf_stats_attrs::TX_DROPPED, crate::attr::Attr::u64)
    }
}

/// `IFLA_VF_VLAN_*`: the attribute set `vf-vlan-attrs`.
pub static VF_VLAN_ATTRS: Space = Space {
    name: "vf-vlan-attrs",
    prefix: "IFLA_VF_VLAN_",
    attrs: &[AttrSpec { id: 1, name: "info", ty: AttrType::Struct(&IFLA_VF_VLAN_INFO) }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`VF_VLAN_ATTRS`].
pub mod vf_vlan_attrs {
    /// `IFLA_VF_VLAN_INFO`.
    #[doc(alias = "IFLA_VF_VLAN_INFO")]
    pub const INFO: u16 = 1;
}

/// Typed reads of an attribute chain of the set `vf-vlan-attrs`.
#[derive(Clone, Debug, Default)]
pub struct VfVlanAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> VfVlanAttrs<'a> {
    /// `IFLA_VF_VLAN_INFO`.
    pub fn info(&self) -> impl Iterator<Item = Result<&'a IflaVfVlanInfo>> + 'a {
        self.0.read_all(vf_vlan_attrs::INFO, crate::attr::Attr::as_struct)
    }
}

/// `IFLA_*`: the attribute set `vf-ports-attrs`.
pub static VF_PORTS_ATTRS: Space =
    Space { name: "vf-ports-attrs", prefix: "IFLA_", attrs: &[], by_name: &[0] };

/// Attribute numbers of [`VF_PORTS_ATTRS`].
pub mod vf_ports_attrs {}

/// Typed reads of an attribute chain of the set `vf-ports-attrs`.
#[derive(Clone, Debug, Default)]
pub struct VfPortsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> VfPortsAttrs<'a> {}

/// `IFLA_*`: the attribute set `port-self-attrs`.
pub static PORT_SELF_ATTRS: Space =
    Space { name: "port-self-attrs", prefix: "IFLA_", attrs: &[], by_name: &[0] };

/// Attribute numbers of [`PORT_SELF_ATTRS`].
pub mod port_self_attrs {}

/// Typed reads of an attribute chain of the set `port-self-attrs`.
#[derive(Clone, Debug, Default)]
pub struct PortSelfAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> PortSelfAttrs<'a> {}

/// What `IFLA_INFO_DATA` holds, chosen by `kind`.
static LINKINFO_ATTRS_DATA_SELECT: Selector = Selector {
    by: SelectBy::Sibling(1),
    choices: &[
        (Key::Str("bond"), AttrType::Nested(&LINKINFO_BOND_ATTRS)),
        (Key::Str("bridge"), AttrType::Nested(&LINKINFO_BRIDGE_ATTRS)),
        (Key::Str("erspan"), AttrType::Nested(&LINKINFO_GRE_ATTRS)),
        (Key::Str("gre"), AttrType::Nested(&LINKINFO_GRE_ATTRS)),
        (Key::Str("gretap"), AttrType::Nested(&LINKINFO_GRE_ATTRS)),
        (Key::Str("ip6gre"), AttrType::Nested(&LINKINFO_GRE6_ATTRS)),
        (Key::Str("geneve"), AttrType::Nested(&LINKINFO_GENEVE_ATTRS)),
        (Key::Str("hsr"), AttrType::Nested(&LINKINFO_HSR_ATTRS)),
        (Key::Str("ipip"), AttrType::Nested(&LINKINFO_IPTUN_ATTRS)),
        (Key::Str("ip6tnl"), AttrType::Nested(&LINKINFO_IP6TNL_ATTRS)),
        (Key::Str("sit"), AttrType::Nested(&LINKINFO_IPTUN_ATTRS)),
        (Key::Str("tun"), AttrType::Nested(&LINKINFO_TUN_ATTRS)),
        (Key::Str("vlan"), AttrType::Nested(&LINKINFO_VLAN_ATTRS)),
        (Key::Str("vrf"), AttrType::Nested(&LINKINFO_VRF_ATTRS)),
        (Key::Str("vti"), AttrType::Nested(&LINKINFO_VTI_ATTRS)),
        (Key::Str("vti6"), AttrType::Nested(&LINKINFO_VTI6_ATTRS)),
        (Key::Str("netkit"), AttrType::Nested(&LINKINFO_NETKIT_ATTRS)),
        (Key::Str("ovpn"), AttrType::Nested(&LINKINFO_OVPN_ATTRS)),
        (Key::Str("vxlan"), AttrType::Nested(&LINKINFO_VXLAN_ATTRS)),
        (Key::Str("macvlan"), AttrType::Nested(&LINKINFO_MACVLAN_ATTRS)),
        (Key::Str("macvtap"), AttrType::Nested(&LINKINFO_MACVLAN_ATTRS)),
        (Key::Str("ipvlan"), AttrType::Nested(&LINKINFO_IPVLAN_ATTRS)),
        (Key::Str("ipvtap"), AttrType::Nested(&LINKINFO_IPVLAN_ATTRS)),
        (Key::Str("veth"), AttrType::Nested(&LINKINFO_VETH_ATTRS)),
        (Key::Str("bareudp"), AttrType::Nested(&LINKINFO_BAREUDP_ATTRS)),
        (Key::Str("ifb"), AttrType::Bytes),
    ],
    fallback: AttrType::Bytes,
};

/// What `IFLA_INFO_SLAVE_DATA` holds, chosen by `slave-kind`.
static LINKINFO_ATTRS_SLAVE_DATA_SELECT: Selector = Selector {
    by: SelectBy::Sibling(4),
    choices: &[
        (Key::Str("bridge"), AttrType::Nested(&LINKINFO_BRPORT_ATTRS)),
        (Key::Str("bond"), AttrType::Nested(&BOND_SLAVE_ATTRS)),
    ],
    fallback: AttrType::Bytes,
};

/// `IFLA_INFO_*`: the attribute set `linkinfo-attrs`.
pub static LINKINFO_ATTRS: Space = Space {
    name: "linkinfo-attrs",
    prefix: "IFLA_INFO_",
    attrs: &[
        AttrSpec { id: 1, name: "kind", ty: AttrType::Str },
        AttrSpec { id: 2, name: "data", ty: AttrType::Select(&LINKINFO_ATTRS_DATA_SELECT) },
        AttrSpec { id: 3, name: "xstats", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "slave_kind", ty: AttrType::Str },
        AttrSpec { id: 5, name: "slave_data", ty: AttrType::Select(&LINKINFO_ATTRS_SLAVE_DATA_SELECT) },
    ],
    by_name: &[0, 4, 1, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0, 0, 3],
};

/// Attribute numbers of [`LINKINFO_ATTRS`].
pub mod linkinfo_attrs {
    /// `IFLA_INFO_KIND`.
    #[doc(alias = "IFLA_INFO_KIND")]
    pub const KIND: u16 = 1;
    /// `IFLA_INFO_DATA`.
    #[doc(alias = "IFLA_INFO_DATA")]
    pub const DATA: u16 = 2;
    /// `IFLA_INFO_XSTATS`.
    #[doc(alias = "IFLA_INFO_XSTATS")]
    pub const XSTATS: u16 = 3;
    /// `IFLA_INFO_SLAVE_KIND`.
    #[doc(alias = "IFLA_INFO_SLAVE_KIND")]
    pub const SLAVE_KIND: u16 = 4;
    /// `IFLA_INFO_SLAVE_DATA`.
    #[doc(alias = "IFLA_INFO_SLAVE_DATA")]
    pub const SLAVE_DATA: u16 = 5;
}

/// Typed reads of an attribute chain of the set `linkinfo-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoAttrs<'a> {
    /// `IFLA_INFO_KIND`.
    pub fn kind(&self) -> Result<Option<&'a str>> {
        self.0.read(linkinfo_attrs::KIND, crate::attr::Attr::str)
    }
    /// `IFLA_INFO_DATA`.
    pub fn data(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(linkinfo_attrs::DATA, |a| Ok(*a))
    }
    /// `IFLA_INFO_XSTATS`.
    pub fn xstats(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(linkinfo_attrs::XSTATS, |a| Ok(a.payload()))
    }
    /// `IFLA_INFO_SLAVE_KIND`.
    pub fn slave_kind(&self) -> Result<Option<&'a str>> {
        self.0.read(linkinfo_attrs::SLAVE_KIND, crate::attr::Attr::str)
    }
    /// `IFLA_INFO_SLAVE_DATA`.
    pub fn slave_data(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(linkinfo_attrs::SLAVE_DATA, |a| Ok(*a))
    }
}

/// `IFLA_BOND_*`: the attribute set `linkinfo-bond-attrs`.
pub static LINKINFO_BOND_ATTRS: Space = Space {
    name: "linkinfo-bond-attrs",
    prefix: "IFLA_BOND_",
    attrs: &[
        AttrSpec { id: 1, name: "mode", ty: AttrType::Enum(Scalar::U8, BOND_MODE_NAMES) },
        AttrSpec { id: 2, name: "active_slave", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "miimon", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "updelay", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "downdelay", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "use_carrier", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "arp_interval", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "arp_ip_target", ty: AttrType::Ip },
        AttrSpec { id: 9, name: "arp_validate", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "arp_all_targets", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "primary", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "primary_reselect", ty: AttrType::U8 },
        AttrSpec { id: 13, name: "fail_over_mac", ty: AttrType::U8 },
        AttrSpec { id: 14, name: "xmit_hash_policy", ty: AttrType::U8 },
        AttrSpec { id: 15, name: "resend_igmp", ty: AttrType::U32 },
        AttrSpec { id: 16, name: "num_peer_notif", ty: AttrType::U8 },
        AttrSpec { id: 17, name: "all_slaves_active", ty: AttrType::U8 },
        AttrSpec { id: 18, name: "min_links", ty: AttrType::U32 },
        AttrSpec { id: 19, name: "lp_interval", ty: AttrType::U32 },
        AttrSpec { id: 20, name: "packets_per_slave", ty: AttrType::U32 },
        AttrSpec { id: 21, name: "ad_lacp_rate", ty: AttrType::U8 },
        AttrSpec { id: 22, name: "ad_select", ty: AttrType::U8 },
        AttrSpec { id: 23, name: "ad_info", ty: AttrType::Nested(&BOND_AD_INFO_ATTRS) },
        AttrSpec { id: 24, name: "ad_actor_sys_prio", ty: AttrType::U16 },
        AttrSpec { id: 25, name: "ad_user_port_key", ty: AttrType::U16 },
        AttrSpec { id: 26, name: "ad_actor_system", ty: AttrType::Hwaddr },
        AttrSpec { id: 27, name: "tlb_dynamic_lb", ty: AttrType::U8 },
        AttrSpec { id: 28, name: "peer_notif_delay", ty: AttrType::U32 },
        AttrSpec { id: 29, name: "ad_lacp_active", ty: AttrType::U8 },
        AttrSpec { id: 30, name: "missed_max", ty: AttrType::U8 },
        AttrSpec { id: 31, name: "ns_ip6_target", ty: AttrType::Ip },
        AttrSpec { id: 32, name: "coupled_control", ty: AttrType::U8 },
        AttrSpec { id: 33, name: "broadcast_neigh", ty: AttrType::U8 },
        AttrSpec { id: 34, name: "lacp_strict", ty: AttrType::U8 },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 34, 0, 0, 27, 9, 0, 0, 0, 0, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 14, 19, 20, 0, 0, 0,
        0, 0, 0, 0, 0, 13, 0, 4, 0, 0, 0, 0, 11, 1, 0, 28, 0, 16, 0, 0, 0, 25, 0, 33, 0, 0, 0, 0, 15, 0, 0,
        10, 26, 0, 18, 0, 0, 24, 0, 0, 8, 0, 0, 0, 32, 0, 0, 5, 0, 0, 0, 0, 0, 0, 7, 3, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 2, 6, 0, 0, 0, 0, 29, 31, 0, 0, 30, 0, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 17, 0, 12, 0, 21,
        0, 0,
    ],
};

/// Attribute numbers of [`LINKINFO_BOND_ATTRS`].
pub mod linkinfo_bond_attrs {
    /// `IFLA_BOND_MODE`.
    #[doc(alias = "IFLA_BOND_MODE")]
    pub const MODE: u16 = 1;
    /// `IFLA_BOND_ACTIVE_SLAVE`.
    #[doc(alias = "IFLA_BOND_ACTIVE_SLAVE")]
    pub const ACTIVE_SLAVE: u16 = 2;
    /// `IFLA_BOND_MIIMON`.
    #[doc(alias = "IFLA_BOND_MIIMON")]
    pub const MIIMON: u16 = 3;
    /// `IFLA_BOND_UPDELAY`.
    #[doc(alias = "IFLA_BOND_UPDELAY")]
    pub const UPDELAY: u16 = 4;
    /// `IFLA_BOND_DOWNDELAY`.
    #[doc(alias = "IFLA_BOND_DOWNDELAY")]
    pub const DOWNDELAY: u16 = 5;
    /// `IFLA_BOND_USE_CARRIER`.
    #[doc(alias = "IFLA_BOND_USE_CARRIER")]
    pub const USE_CARRIER: u16 = 6;
    /// `IFLA_BOND_ARP_INTERVAL`.
    #[doc(alias = "IFLA_BOND_ARP_INTERVAL")]
    pub const ARP_INTERVAL: u16 = 7;
    /// `IFLA_BOND_ARP_IP_TARGET`.
    #[doc(alias = "IFLA_BOND_ARP_IP_TARGET")]
    pub const ARP_IP_TARGET: u16 = 8;
    /// `IFLA_BOND_ARP_VALIDATE`.
    #[doc(alias = "IFLA_BOND_ARP_VALIDATE")]
    pub const ARP_VALIDATE: u16 = 9;
    /// `IFLA_BOND_ARP_ALL_TARGETS`.
    #[doc(alias = "IFLA_BOND_ARP_ALL_TARGETS")]
    pub const ARP_ALL_TARGETS: u16 = 10;
    /// `IFLA_BOND_PRIMARY`.
    #[doc(alias = "IFLA_BOND_PRIMARY")]
    pub const PRIMARY: u16 = 11;
    /// `IFLA_BOND_PRIMARY_RESELECT`.
    #[doc(alias = "IFLA_BOND_PRIMARY_RESELECT")]
    pub const PRIMARY_RESELECT: u16 = 12;
    /// `IFLA_BOND_FAIL_OVER_MAC`.
    #[doc(alias = "IFLA_BOND_FAIL_OVER_MAC")]
    pub const FAIL_OVER_MAC: u16 = 13;
    /// `IFLA_BOND_XMIT_HASH_POLICY`.
    #[doc(alias = "IFLA_BOND_XMIT_HASH_POLICY")]
    pub const XMIT_HASH_POLICY: u16 = 14;
    /// `IFLA_BOND_RESEND_IGMP`.
    #[doc(alias = "IFLA_BOND_RESEND_IGMP")]
    pub const RESEND_IGMP: u16 = 15;
    /// `IFLA_BOND_NUM_PEER_NOTIF`.
    #[doc(alias = "IFLA_BOND_NUM_PEER_NOTIF")]
    pub const NUM_PEER_NOTIF: u16 = 16;
    /// `IFLA_BOND_ALL_SLAVES_ACTIVE`.
    #[doc(alias = "IFLA_BOND_ALL_SLAVES_ACTIVE")]
    pub const ALL_SLAVES_ACTIVE: u16 = 17;
    /// `IFLA_BOND_MIN_LINKS`.
    #[doc(alias = "IFLA_BOND_MIN_LINKS")]
    pub const MIN_LINKS: u16 = 18;
    /// `IFLA_BOND_LP_INTERVAL`.
    #[doc(alias = "IFLA_BOND_LP_INTERVAL")]
    pub const LP_INTERVAL: u16 = 19;
    /// `IFLA_BOND_PACKETS_PER_SLAVE`.
    #[doc(alias = "IFLA_BOND_PACKETS_PER_SLAVE")]
    pub const PACKETS_PER_SLAVE: u16 = 20;
    /// `IFLA_BOND_AD_LACP_RATE`.
    #[doc(alias = "IFLA_BOND_AD_LACP_RATE")]
    pub const AD_LACP_RATE: u16 = 21;
    /// `IFLA_BOND_AD_SELECT`.
    #[doc(alias = "IFLA_BOND_AD_SELECT")]
    pub const AD_SELECT: u16 = 22;
    /// `IFLA_BOND_AD_INFO`.
    #[doc(alias = "IFLA_BOND_AD_INFO")]
    pub const AD_INFO: u16 = 23;
    /// `IFLA_BOND_AD_ACTOR_SYS_PRIO`.
    #[doc(alias = "IFLA_BOND_AD_ACTOR_SYS_PRIO")]
    pub const AD_ACTOR_SYS_PRIO: u16 = 24;
    /// `IFLA_BOND_AD_USER_PORT_KEY`.
    #[doc(alias = "IFLA_BOND_AD_USER_PORT_KEY")]
    pub const AD_USER_PORT_KEY: u16 = 25;
    /// `IFLA_BOND_AD_ACTOR_SYSTEM`.
    #[doc(alias = "IFLA_BOND_AD_ACTOR_SYSTEM")]
    pub const AD_ACTOR_SYSTEM: u16 = 26;
    /// `IFLA_BOND_TLB_DYNAMIC_LB`.
    #[doc(alias = "IFLA_BOND_TLB_DYNAMIC_LB")]
    pub const TLB_DYNAMIC_LB: u16 = 27;
    /// `IFLA_BOND_PEER_NOTIF_DELAY`.
    #[doc(alias = "IFLA_BOND_PEER_NOTIF_DELAY")]
    pub const PEER_NOTIF_DELAY: u16 = 28;
    /// `IFLA_BOND_AD_LACP_ACTIVE`.
    #[doc(alias = "IFLA_BOND_AD_LACP_ACTIVE")]
    pub const AD_LACP_ACTIVE: u16 = 29;
    /// `IFLA_BOND_MISSED_MAX`.
    #[doc(alias = "IFLA_BOND_MISSED_MAX")]
    pub const MISSED_MAX: u16 = 30;
    /// `IFLA_BOND_NS_IP6_TARGET`.
    #[doc(alias = "IFLA_BOND_NS_IP6_TARGET")]
    pub const NS_IP6_TARGET: u16 = 31;
    /// `IFLA_BOND_COUPLED_CONTROL`.
    #[doc(alias = "IFLA_BOND_COUPLED_CONTROL")]
    pub const COUPLED_CONTROL: u16 = 32;
    /// `IFLA_BOND_BROADCAST_NEIGH`.
    #[doc(alias = "IFLA_BOND_BROADCAST_NEIGH")]
    pub const BROADCAST_NEIGH: u16 = 33;
    /// `IFLA_BOND_LACP_STRICT`.
    #[doc(alias = "IFLA_BOND_LACP_STRICT")]
    pub const LACP_STRICT: u16 = 34;
}

/// Typed reads of an attribute chain of the set `linkinfo-bond-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoBondAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoBondAttrs<'a> {
    /// `IFLA_BOND_MODE`.
    pub fn mode(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::MODE, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_ACTIVE_SLAVE`.
    pub fn active_slave(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::ACTIVE_SLAVE, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_MIIMON`.
    pub fn miimon(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::MIIMON, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_UPDELAY`.
    pub fn updelay(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::UPDELAY, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_DOWNDELAY`.
    pub fn downdelay(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::DOWNDELAY, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_USE_CARRIER`.
    pub fn use_carrier(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::USE_CARRIER, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_ARP_INTERVAL`.
    pub fn arp_interval(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::ARP_INTERVAL, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_ARP_IP_TARGET`.
    pub fn arp_ip_target(&self) -> impl Iterator<Item = Result<core::net::IpAddr>> + 'a {
        self.0.read_array(linkinfo_bond_attrs::ARP_IP_TARGET, crate::attr::Attr::ip)
    }
    /// `IFLA_BOND_ARP_VALIDATE`.
    pub fn arp_validate(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::ARP_VALIDATE, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_ARP_ALL_TARGETS`.
    pub fn arp_all_targets(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::ARP_ALL_TARGETS, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_PRIMARY`.
    pub fn primary(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::PRIMARY, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_PRIMARY_RESELECT`.
    pub fn primary_reselect(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::PRIMARY_RESELECT, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_FAIL_OVER_MAC`.
    pub fn fail_over_mac(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::FAIL_OVER_MAC, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_XMIT_HASH_POLICY`.
    pub fn xmit_hash_policy(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::XMIT_HASH_POLICY, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_RESEND_IGMP`.
    pub fn resend_igmp(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::RESEND_IGMP, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_NUM_PEER_NOTIF`.
    pub fn num_peer_notif(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::NUM_PEER_NOTIF, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_ALL_SLAVES_ACTIVE`.
    pub fn all_slaves_active(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::ALL_SLAVES_ACTIVE, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_MIN_LINKS`.
    pub fn min_links(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::MIN_LINKS, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_LP_INTERVAL`.
    pub fn lp_interval(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::LP_INTERVAL, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_PACKETS_PER_SLAVE`.
    pub fn packets_per_slave(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::PACKETS_PER_SLAVE, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_AD_LACP_RATE`.
    pub fn ad_lacp_rate(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::AD_LACP_RATE, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_AD_SELECT`.
    pub fn ad_select(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::AD_SELECT, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_AD_INFO`.
    pub fn ad_info(&self) -> Result<Option<BondAdInfoAttrs<'a>>> {
        self.0.read(linkinfo_bond_attrs::AD_INFO, |a| Ok(BondAdInfoAttrs(a.nested())))
    }
    /// `IFLA_BOND_AD_ACTOR_SYS_PRIO`.
    pub fn ad_actor_sys_prio(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_bond_attrs::AD_ACTOR_SYS_PRIO, crate::attr::Attr::u16)
    }
    /// `IFLA_BOND_AD_USER_PORT_KEY`.
    pub fn ad_user_port_key(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_bond_attrs::AD_USER_PORT_KEY, crate::attr::Attr::u16)
    }
    /// `IFLA_BOND_AD_ACTOR_SYSTEM`.
    pub fn ad_actor_system(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(linkinfo_bond_attrs::AD_ACTOR_SYSTEM, |a| Ok(a.payload()))
    }
    /// `IFLA_BOND_TLB_DYNAMIC_LB`.
    pub fn tlb_dynamic_lb(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::TLB_DYNAMIC_LB, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_PEER_NOTIF_DELAY`.
    pub fn peer_notif_delay(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bond_attrs::PEER_NOTIF_DELAY, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_AD_LACP_ACTIVE`.
    pub fn ad_lacp_active(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::AD_LACP_ACTIVE, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_MISSED_MAX`.
    pub fn missed_max(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::MISSED_MAX, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_NS_IP6_TARGET`.
    pub fn ns_ip6_target(&self) -> impl Iterator<Item = Result<core::net::IpAddr>> + 'a {
        self.0.read_array(linkinfo_bond_attrs::NS_IP6_TARGET, crate::attr::Attr::ip)
    }
    /// `IFLA_BOND_COUPLED_CONTROL`.
    pub fn coupled_control(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::COUPLED_CONTROL, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_BROADCAST_NEIGH`.
    pub fn broadcast_neigh(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::BROADCAST_NEIGH, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_LACP_STRICT`.
    pub fn lacp_strict(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bond_attrs::LACP_STRICT, crate::attr::Attr::u8)
    }
}

/// `IFLA_BOND_AD_INFO_*`: the attribute set `bond-ad-info-attrs`.
pub static BOND_AD_INFO_ATTRS: Space = Space {
    name: "bond-ad-info-attrs",
    prefix: "IFLA_BOND_AD_INFO_",
    attrs: &[
        AttrSpec { id: 1, name: "aggregator", ty: AttrType::U16 },
        AttrSpec { id: 2, name: "num_ports", ty: AttrType::U16 },
        AttrSpec { id: 3, name: "actor_key", ty: AttrType::U16 },
        AttrSpec { id: 4, name: "partner_key", ty: AttrType::U16 },
        AttrSpec { id: 5, name: "partner_mac", ty: AttrType::Hwaddr },
    ],
    by_name: &[0, 1, 0, 0, 0, 0, 5, 0, 4, 0, 3, 2, 0, 0, 0, 0],
};

/// Attribute numbers of [`BOND_AD_INFO_ATTRS`].
pub mod bond_ad_info_attrs {
    /// `IFLA_BOND_AD_INFO_AGGREGATOR`.
    #[doc(alias = "IFLA_BOND_AD_INFO_AGGREGATOR")]
    pub const AGGREGATOR: u16 = 1;
    /// `IFLA_BOND_AD_INFO_NUM_PORTS`.
    #[doc(alias = "IFLA_BOND_AD_INFO_NUM_PORTS")]
    pub const NUM_PORTS: u16 = 2;
    /// `IFLA_BOND_AD_INFO_ACTOR_KEY`.
    #[doc(alias = "IFLA_BOND_AD_INFO_ACTOR_KEY")]
    pub const ACTOR_KEY: u16 = 3;
    /// `IFLA_BOND_AD_INFO_PARTNER_KEY`.
    #[doc(alias = "IFLA_BOND_AD_INFO_PARTNER_KEY")]
    pub const PARTNER_KEY: u16 = 4;
    /// `IFLA_BOND_AD_INFO_PARTNER_MAC`.
    #[doc(alias = "IFLA_BOND_AD_INFO_PARTNER_MAC")]
    pub const PARTNER_MAC: u16 = 5;
}

/// Typed reads of an attribute chain of the set `bond-ad-info-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BondAdInfoAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BondAdInfoAttrs<'a> {
    /// `IFLA_BOND_AD_INFO_AGGREGATOR`.
    pub fn aggregator(&self) -> Result<Option<u16>> {
        self.0.read(bond_ad_info_attrs::AGGREGATOR, crate::attr::Attr::u16)
    }
    /// `IFLA_BOND_AD_INFO_NUM_PORTS`.
    pub fn num_ports(&self) -> Result<Option<u16>> {
        self.0.read(bond_ad_info_attrs::NUM_PORTS, crate::attr::Attr::u16)
    }
    /// `IFLA_BOND_AD_INFO_ACTOR_KEY`.
    pub fn actor_key(&self) -> Result<Option<u16>> {
        self.0.read(bond_ad_info_attrs::ACTOR_KEY, crate::attr::Attr::u16)
    }
    /// `IFLA_BOND_AD_INFO_PARTNER_KEY`.
    pub fn partner_key(&self) -> Result<Option<u16>> {
        self.0.read(bond_ad_info_attrs::PARTNER_KEY, crate::attr::Attr::u16)
    }
    /// `IFLA_BOND_AD_INFO_PARTNER_MAC`.
    pub fn partner_mac(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(bond_ad_info_attrs::PARTNER_MAC, |a| Ok(a.payload()))
    }
}

/// `IFLA_BOND_SLAVE_*`: the attribute set `bond-slave-attrs`.
pub static BOND_SLAVE_ATTRS: Space = Space {
    name: "bond-slave-attrs",
    prefix: "IFLA_BOND_SLAVE_",
    attrs: &[
        AttrSpec { id: 1, name: "state", ty: AttrType::U8 },
        AttrSpec { id: 2, name: "mii_status", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "link_failure_count", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "perm_hwaddr", ty: AttrType::Hwaddr },
        AttrSpec { id: 5, name: "queue_id", ty: AttrType::U16 },
        AttrSpec { id: 6, name: "ad_aggregator_id", ty: AttrType::U16 },
        AttrSpec { id: 7, name: "ad_actor_oper_port_state", ty: AttrType::U8 },
        AttrSpec { id: 8, name: "ad_partner_oper_port_state", ty: AttrType::U16 },
        AttrSpec { id: 9, name: "prio", ty: AttrType::S32 },
    ],
    by_name: &[
        4, 0, 8, 5, 0, 0, 0, 1, 0, 6, 0, 0, 0, 2, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 7,
    ],
};

/// Attribute numbers of [`BOND_SLAVE_ATTRS`].
pub mod bond_slave_attrs {
    /// `IFLA_BOND_SLAVE_STATE`.
    #[doc(alias = "IFLA_BOND_SLAVE_STATE")]
    pub const STATE: u16 = 1;
    /// `IFLA_BOND_SLAVE_MII_STATUS`.
    #[doc(alias = "IFLA_BOND_SLAVE_MII_STATUS")]
    pub const MII_STATUS: u16 = 2;
    /// `IFLA_BOND_SLAVE_LINK_FAILURE_COUNT`.
    #[doc(alias = "IFLA_BOND_SLAVE_LINK_FAILURE_COUNT")]
    pub const LINK_FAILURE_COUNT: u16 = 3;
    /// `IFLA_BOND_SLAVE_PERM_HWADDR`.
    #[doc(alias = "IFLA_BOND_SLAVE_PERM_HWADDR")]
    pub const PERM_HWADDR: u16 = 4;
    /// `IFLA_BOND_SLAVE_QUEUE_ID`.
    #[doc(alias = "IFLA_BOND_SLAVE_QUEUE_ID")]
    pub const QUEUE_ID: u16 = 5;
    /// `IFLA_BOND_SLAVE_AD_AGGREGATOR_ID`.
    #[doc(alias = "IFLA_BOND_SLAVE_AD_AGGREGATOR_ID")]
    pub const AD_AGGREGATOR_ID: u16 = 6;
    /// `IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE`.
    #[doc(alias = "IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE")]
    pub const AD_ACTOR_OPER_PORT_STATE: u16 = 7;
    /// `IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE`.
    #[doc(alias = "IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE")]
    pub const AD_PARTNER_OPER_PORT_STATE: u16 = 8;
    /// `IFLA_BOND_SLAVE_PRIO`.
    #[doc(alias = "IFLA_BOND_SLAVE_PRIO")]
    pub const PRIO: u16 = 9;
}

/// Typed reads of an attribute chain of the set `bond-slave-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BondSlaveAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BondSlaveAttrs<'a> {
    /// `IFLA_BOND_SLAVE_STATE`.
    pub fn state(&self) -> Result<Option<u8>> {
        self.0.read(bond_slave_attrs::STATE, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_SLAVE_MII_STATUS`.
    pub fn mii_status(&self) -> Result<Option<u8>> {
        self.0.read(bond_slave_attrs::MII_STATUS, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_SLAVE_LINK_FAILURE_COUNT`.
    pub fn link_failure_count(&self) -> Result<Option<u32>> {
        self.0.read(bond_slave_attrs::LINK_FAILURE_COUNT, crate::attr::Attr::u32)
    }
    /// `IFLA_BOND_SLAVE_PERM_HWADDR`.
    pub fn perm_hwaddr(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(bond_slave_attrs::PERM_HWADDR, |a| Ok(a.payload()))
    }
    /// `IFLA_BOND_SLAVE_QUEUE_ID`.
    pub fn queue_id(&self) -> Result<Option<u16>> {
        self.0.read(bond_slave_attrs::QUEUE_ID, crate::attr::Attr::u16)
    }
    /// `IFLA_BOND_SLAVE_AD_AGGREGATOR_ID`.
    pub fn ad_aggregator_id(&self) -> Result<Option<u16>> {
        self.0.read(bond_slave_attrs::AD_AGGREGATOR_ID, crate::attr::Attr::u16)
    }
    /// `IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE`.
    pub fn ad_actor_oper_port_state(&self) -> Result<Option<u8>> {
        self.0.read(bond_slave_attrs::AD_ACTOR_OPER_PORT_STATE, crate::attr::Attr::u8)
    }
    /// `IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE`.
    pub fn ad_partner_oper_port_state(&self) -> Result<Option<u16>> {
        self.0.read(bond_slave_attrs::AD_PARTNER_OPER_PORT_STATE, crate::attr::Attr::u16)
    }
    /// `IFLA_BOND_SLAVE_PRIO`.
    pub fn prio(&self) -> Result<Option<i32>> {
        self.0.read(bond_slave_attrs::PRIO, crate::attr::Attr::i32)
    }
}

/// `IFLA_BR_*`: the attribute set `linkinfo-bridge-attrs`.
pub static LINKINFO_BRIDGE_ATTRS: Space = Space {
    name: "linkinfo-bridge-attrs",
    prefix: "IFLA_BR_",
    attrs: &[
        AttrSpec { id: 1, name: "forward_delay", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "hello_time", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "max_age", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "ageing_time", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "stp_state", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "priority", ty: AttrType::U16 },
        AttrSpec { id: 7, name: "vlan_filtering", ty: AttrType::U8 },
        AttrSpec { id: 8, name: "vlan_protocol", ty: AttrType::Be16 },
        AttrSpec { id: 9, name: "group_fwd_mask", ty: AttrType::U16 },
        AttrSpec { id: 10, name: "root_id", ty: AttrType::Struct(&IFLA_BRIDGE_ID) },
        AttrSpec { id: 11, name: "bridge_id", ty: AttrType::Struct(&IFLA_BRIDGE_ID) },
        AttrSpec { id: 12, name: "root_port", ty: AttrType::U16 },
        AttrSpec { id: 13, name: "root_path_cost", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "topology_change", ty: AttrType::U8 },
        AttrSpec { id: 15, name: "topology_change_detected", ty: AttrType::U8 },
        AttrSpec { id: 16, name: "hello_timer", ty: AttrType::U64 },
        AttrSpec { id: 17, name: "tcn_timer", ty: AttrType::U64 },
        AttrSpec { id: 18, name: "topology_change_timer", ty: AttrType::U64 },
        AttrSpec { id: 19, name: "gc_timer", ty: AttrType::U64 },
        AttrSpec { id: 20, name: "group_addr", ty: AttrType::Hwaddr },
        AttrSpec { id: 21, name: "fdb_flush", ty: AttrType::Flag },
        AttrSpec { id: 22, name: "mcast_router", ty: AttrType::U8 },
        AttrSpec { id: 23, name: "mcast_snooping", ty: AttrType::U8 },
        AttrSpec { id: 24, name: "mcast_query_use_ifaddr", ty: AttrType::U8 },
        AttrSpec { id: 25, name: "mcast_querier", ty: AttrType::U8 },
        AttrSpec { id: 26, name: "mcast_hash_elasticity", ty: AttrType::U32 },
        AttrSpec { id: 27, name: "mcast_hash_max", ty: AttrType::U32 },
        AttrSpec { id: 28, name: "mcast_last_member_cnt", ty: AttrType::U32 },
        AttrSpec { id: 29, name: "mcast_startup_query_cnt", ty: AttrType::U32 },
        AttrSpec { id: 30, name: "mcast_last_member_intvl", ty: AttrType::U64 },
        AttrSpec { id: 31, name: "mcast_membership_intvl", ty: AttrType::U64 },
        AttrSpec { id: 32, name: "mcast_querier_intvl", ty: AttrType::U64 },
        AttrSpec { id: 33, name: "mcast_query_intvl", ty: AttrType::U64 },
        AttrSpec { id: 34, name: "mcast_query_response_intvl", ty: AttrType::U64 },
        AttrSpec { id: 35, name: "mcast_startup_query_intvl", ty: AttrType::U64 },
        AttrSpec { id: 36, name: "nf_call_iptables", ty: AttrType::U8 },
        AttrSpec { id: 37, name: "nf_call_ip6tables", ty: AttrType::U8 },
        AttrSpec { id: 38, name: "nf_call_arptables", ty: AttrType::U8 },
        AttrSpec { id: 39, name: "vlan_default_pvid", ty: AttrType::U16 },
        AttrSpec { id: 40, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 41, name: "vlan_stats_enabled", ty: AttrType::U8 },
        AttrSpec { id: 42, name: "mcast_stats_enabled", ty: AttrType::U8 },
        AttrSpec { id: 43, name: "mcast_igmp_version", ty: AttrType::U8 },
        AttrSpec { id: 44, name: "mcast_mld_version", ty: AttrType::U8 },
        AttrSpec { id: 45, name: "vlan_stats_per_port", ty: AttrType::U8 },
        AttrSpec { id: 46, name: "multi_boolopt", ty: AttrType::Struct(&BR_BOOLOPT_MULTI) },
        AttrSpec { id: 47, name: "mcast_querier_state", ty: AttrType::Bytes },
        AttrSpec { id: 48, name: "fdb_n_learned", ty: AttrType::U32 },
        AttrSpec { id: 49, name: "fdb_max_learned", ty: AttrType::U32 },
        AttrSpec { id: 50, name: "stp_mode", ty: AttrType::Enum(Scalar::U32, BR_STP_MODE) },
    ],
    by_name: &[
        0, 0, 31, 32, 6, 4, 49, 0, 47, 12, 34, 19, 39, 0, 0, 0, 0, 44, 0, 0, 28, 27, 0, 0, 0, 1, 13, 17, 0,
        0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 36, 0, 0, 0, 0, 8, 0, 0, 2, 0, 11, 43, 15, 10, 5, 40, 0, 21, 46, 37,
        0, 0, 3, 0, 0, 0, 24, 0, 26, 0, 0, 0, 35, 0, 0, 0, 16, 9, 45, 0, 0, 0, 0, 38, 48, 0, 0, 0, 0, 25, 29,
        30, 33, 0, 0, 0, 0, 14, 0, 50, 0, 7, 0, 0, 0, 0, 0, 0, 23, 0, 0, 41, 0, 0, 0, 0, 0, 0, 0, 22, 0, 0,
        0, 18, 0, 0, 42, 0, 0,
    ],
};

/// Attribute numbers of [`LINKINFO_BRIDGE_ATTRS`].
pub mod linkinfo_bridge_attrs {
    /// `IFLA_BR_FORWARD_DELAY`.
    #[doc(alias = "IFLA_BR_FORWARD_DELAY")]
    pub const FORWARD_DELAY: u16 = 1;
    /// `IFLA_BR_HELLO_TIME`.
    #[doc(alias = "IFLA_BR_HELLO_TIME")]
    pub const HELLO_TIME: u16 = 2;
    /// `IFLA_BR_MAX_AGE`.
    #[doc(alias = "IFLA_BR_MAX_AGE")]
    pub const MAX_AGE: u16 = 3;
    /// `IFLA_BR_AGEING_TIME`.
    #[doc(alias = "IFLA_BR_AGEING_TIME")]
    pub const AGEING_TIME: u16 = 4;
    /// `IFLA_BR_STP_STATE`.
    #[doc(alias = "IFLA_BR_STP_STATE")]
    pub const STP_STATE: u16 = 5;
    /// `IFLA_BR_PRIORITY`.
    #[doc(alias = "IFLA_BR_PRIORITY")]
    pub const PRIORITY: u16 = 6;
    /// `IFLA_BR_VLAN_FILTERING`.
    #[doc(alias = "IFLA_BR_VLAN_FILTERING")]
    pub const VLAN_FILTERING: u16 = 7;
    /// `IFLA_BR_VLAN_PROTOCOL`.
    #[doc(alias = "IFLA_BR_VLAN_PROTOCOL")]
    pub const VLAN_PROTOCOL: u16 = 8;
    /// `IFLA_BR_GROUP_FWD_MASK`.
    #[doc(alias = "IFLA_BR_GROUP_FWD_MASK")]
    pub const GROUP_FWD_MASK: u16 = 9;
    /// `IFLA_BR_ROOT_ID`.
    #[doc(alias = "IFLA_BR_ROOT_ID")]
    pub const ROOT_ID: u16 = 10;
    /// `IFLA_BR_BRIDGE_ID`.
    #[doc(alias = "IFLA_BR_BRIDGE_ID")]
    pub const BRIDGE_ID: u16 = 11;
    /// `IFLA_BR_ROOT_PORT`.
    #[doc(alias = "IFLA_BR_ROOT_PORT")]
    pub const ROOT_PORT: u16 = 12;
    /// `IFLA_BR_ROOT_PATH_COST`.
    #[doc(alias = "IFLA_BR_ROOT_PATH_COST")]
    pub const ROOT_PATH_COST: u16 = 13;
    /// `IFLA_BR_TOPOLOGY_CHANGE`.
    #[doc(alias = "IFLA_BR_TOPOLOGY_CHANGE")]
    pub const TOPOLOGY_CHANGE: u16 = 14;
    /// `IFLA_BR_TOPOLOGY_CHANGE_DETECTED`.
    #[doc(alias = "IFLA_BR_TOPOLOGY_CHANGE_DETECTED")]
    pub const TOPOLOGY_CHANGE_DETECTED: u16 = 15;
    /// `IFLA_BR_HELLO_TIMER`.
    #[doc(alias = "IFLA_BR_HELLO_TIMER")]
    pub const HELLO_TIMER: u16 = 16;
    /// `IFLA_BR_TCN_TIMER`.
    #[doc(alias = "IFLA_BR_TCN_TIMER")]
    pub const TCN_TIMER: u16 = 17;
    /// `IFLA_BR_TOPOLOGY_CHANGE_TIMER`.
    #[doc(alias = "IFLA_BR_TOPOLOGY_CHANGE_TIMER")]
    pub const TOPOLOGY_CHANGE_TIMER: u16 = 18;
    /// `IFLA_BR_GC_TIMER`.
    #[doc(alias = "IFLA_BR_GC_TIMER")]
    pub const GC_TIMER: u16 = 19;
    /// `IFLA_BR_GROUP_ADDR`.
    #[doc(alias = "IFLA_BR_GROUP_ADDR")]
    pub const GROUP_ADDR: u16 = 20;
    /// `IFLA_BR_FDB_FLUSH`.
    #[doc(alias = "IFLA_BR_FDB_FLUSH")]
    pub const FDB_FLUSH: u16 = 21;
    /// `IFLA_BR_MCAST_ROUTER`.
    #[doc(alias = "IFLA_BR_MCAST_ROUTER")]
    pub const MCAST_ROUTER: u16 = 22;
    /// `IFLA_BR_MCAST_SNOOPING`.
    #[doc(alias = "IFLA_BR_MCAST_SNOOPING")]
    pub const MCAST_SNOOPING: u16 = 23;
    /// `IFLA_BR_MCAST_QUERY_USE_IFADDR`.
    #[doc(alias = "IFLA_BR_MCAST_QUERY_USE_IFADDR")]
    pub const MCAST_QUERY_USE_IFADDR: u16 = 24;
    /// `IFLA_BR_MCAST_QUERIER`.
    #[doc(alias = "IFLA_BR_MCAST_QUERIER")]
    pub const MCAST_QUERIER: u16 = 25;
    /// `IFLA_BR_MCAST_HASH_ELASTICITY`.
    #[doc(alias = "IFLA_BR_MCAST_HASH_ELASTICITY")]
    pub const MCAST_HASH_ELASTICITY: u16 = 26;
    /// `IFLA_BR_MCAST_HASH_MAX`.
    #[doc(alias = "IFLA_BR_MCAST_HASH_MAX")]
    pub const MCAST_HASH_MAX: u16 = 27;
    /// `IFLA_BR_MCAST_LAST_MEMBER_CNT`.
    #[doc(alias = "IFLA_BR_MCAST_LAST_MEMBER_CNT")]
    pub const MCAST_LAST_MEMBER_CNT: u16 = 28;
    /// `IFLA_BR_MCAST_STARTUP_QUERY_CNT`.
    #[doc(alias = "IFLA_BR_MCAST_STARTUP_QUERY_CNT")]
    pub const MCAST_STARTUP_QUERY_CNT: u16 = 29;
    /// `IFLA_BR_MCAST_LAST_MEMBER_INTVL`.
    #[doc(alias = "IFLA_BR_MCAST_LAST_MEMBER_INTVL")]
    pub const MCAST_LAST_MEMBER_INTVL: u16 = 30;
    /// `IFLA_BR_MCAST_MEMBERSHIP_INTVL`.
    #[doc(alias = "IFLA_BR_MCAST_MEMBERSHIP_INTVL")]
    pub const MCAST_MEMBERSHIP_INTVL: u16 = 31;
    /// `IFLA_BR_MCAST_QUERIER_INTVL`.
    #[doc(alias = "IFLA_BR_MCAST_QUERIER_INTVL")]
    pub const MCAST_QUERIER_INTVL: u16 = 32;
    /// `IFLA_BR_MCAST_QUERY_INTVL`.
    #[doc(alias = "IFLA_BR_MCAST_QUERY_INTVL")]
    pub const MCAST_QUERY_INTVL: u16 = 33;
    /// `IFLA_BR_MCAST_QUERY_RESPONSE_INTVL`.
    #[doc(alias = "IFLA_BR_MCAST_QUERY_RESPONSE_INTVL")]
    pub const MCAST_QUERY_RESPONSE_INTVL: u16 = 34;
    /// `IFLA_BR_MCAST_STARTUP_QUERY_INTVL`.
    #[doc(alias = "IFLA_BR_MCAST_STARTUP_QUERY_INTVL")]
    pub const MCAST_STARTUP_QUERY_INTVL: u16 = 35;
    /// `IFLA_BR_NF_CALL_IPTABLES`.
    #[doc(alias = "IFLA_BR_NF_CALL_IPTABLES")]
    pub const NF_CALL_IPTABLES: u16 = 36;
    /// `IFLA_BR_NF_CALL_IP6TABLES`.
    #[doc(alias = "IFLA_BR_NF_CALL_IP6TABLES")]
    pub const NF_CALL_IP6TABLES: u16 = 37;
    /// `IFLA_BR_NF_CALL_ARPTABLES`.
    #[doc(alias = "IFLA_BR_NF_CALL_ARPTABLES")]
    pub const NF_CALL_ARPTABLES: u16 = 38;
    /// `IFLA_BR_VLAN_DEFAULT_PVID`.
    #[doc(alias = "IFLA_BR_VLAN_DEFAULT_PVID")]
    pub const VLAN_DEFAULT_PVID: u16 = 39;
    /// `IFLA_BR_PAD`.
    #[doc(alias = "IFLA_BR_PAD")]
    pub const PAD: u16 = 40;
    /// `IFLA_BR_VLAN_STATS_ENABLED`.
    #[doc(alias = "IFLA_BR_VLAN_STATS_ENABLED")]
    pub const VLAN_STATS_ENABLED: u16 = 41;
    /// `IFLA_BR_MCAST_STATS_ENABLED`.
    #[doc(alias = "IFLA_BR_MCAST_STATS_ENABLED")]
    pub const MCAST_STATS_ENABLED: u16 = 42;
    /// `IFLA_BR_MCAST_IGMP_VERSION`.
    #[doc(alias = "IFLA_BR_MCAST_IGMP_VERSION")]
    pub const MCAST_IGMP_VERSION: u16 = 43;
    /// `IFLA_BR_MCAST_MLD_VERSION`.
    #[doc(alias = "IFLA_BR_MCAST_MLD_VERSION")]
    pub const MCAST_MLD_VERSION: u16 = 44;
    /// `IFLA_BR_VLAN_STATS_PER_PORT`.
    #[doc(alias = "IFLA_BR_VLAN_STATS_PER_PORT")]
    pub const VLAN_STATS_PER_PORT: u16 = 45;
    /// `IFLA_BR_MULTI_BOOLOPT`.
    #[doc(alias = "IFLA_BR_MULTI_BOOLOPT")]
    pub const MULTI_BOOLOPT: u16 = 46;
    /// `IFLA_BR_MCAST_QUERIER_STATE`.
    #[doc(alias = "IFLA_BR_MCAST_QUERIER_STATE")]
    pub const MCAST_QUERIER_STATE: u16 = 47;
    /// `IFLA_BR_FDB_N_LEARNED`.
    #[doc(alias = "IFLA_BR_FDB_N_LEARNED")]
    pub const FDB_N_LEARNED: u16 = 48;
    /// `IFLA_BR_FDB_MAX_LEARNED`.
    #[doc(alias = "IFLA_BR_FDB_MAX_LEARNED")]
    pub const FDB_MAX_LEARNED: u16 = 49;
    /// `IFLA_BR_STP_MODE`.
    #[doc(alias = "IFLA_BR_STP_MODE")]
    pub const STP_MODE: u16 = 50;
}

/// Typed reads of an attribute chain of the set `linkinfo-bridge-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoBridgeAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoBridgeAttrs<'a> {
    /// `IFLA_BR_FORWARD_DELAY`.
    pub fn forward_delay(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::FORWARD_DELAY, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_HELLO_TIME`.
    pub fn hello_time(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::HELLO_TIME, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_MAX_AGE`.
    pub fn max_age(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::MAX_AGE, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_AGEING_TIME`.
    pub fn ageing_time(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::AGEING_TIME, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_STP_STATE`.
    pub fn stp_state(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::STP_STATE, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_PRIORITY`.
    pub fn priority(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_bridge_attrs::PRIORITY, crate::attr::Attr::u16)
    }
    /// `IFLA_BR_VLAN_FILTERING`.
    pub fn vlan_filtering(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::VLAN_FILTERING, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_VLAN_PROTOCOL`.
    pub fn vlan_protocol(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_bridge_attrs::VLAN_PROTOCOL, crate::attr::Attr::be16)
    }
    /// `IFLA_BR_GROUP_FWD_MASK`.
    pub fn group_fwd_mask(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_bridge_attrs::GROUP_FWD_MASK, crate::attr::Attr::u16)
    }
    /// `IFLA_BR_ROOT_ID`.
    pub fn root_id(&self) -> Result<Option<&'a IflaBridgeId>> {
        self.0.read(linkinfo_bridge_attrs::ROOT_ID, crate::attr::Attr::as_struct)
    }
    /// `IFLA_BR_BRIDGE_ID`.
    pub fn bridge_id(&self) -> Result<Option<&'a IflaBridgeId>> {
        self.0.read(linkinfo_bridge_attrs::BRIDGE_ID, crate::attr::Attr::as_struct)
    }
    /// `IFLA_BR_ROOT_PORT`.
    pub fn root_port(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_bridge_attrs::ROOT_PORT, crate::attr::Attr::u16)
    }
    /// `IFLA_BR_ROOT_PATH_COST`.
    pub fn root_path_cost(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::ROOT_PATH_COST, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_TOPOLOGY_CHANGE`.
    pub fn topology_change(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::TOPOLOGY_CHANGE, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_TOPOLOGY_CHANGE_DETECTED`.
    pub fn topology_change_detected(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::TOPOLOGY_CHANGE_DETECTED, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_HELLO_TIMER`.
    pub fn hello_timer(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_bridge_attrs::HELLO_TIMER, crate::attr::Attr::u64)
    }
    /// `IFLA_BR_TCN_TIMER`.
    pub fn tcn_timer(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_bridge_attrs::TCN_TIMER, crate::attr::Attr::u64)
    }
    /// `IFLA_BR_TOPOLOGY_CHANGE_TIMER`.
    pub fn topology_change_timer(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_bridge_attrs::TOPOLOGY_CHANGE_TIMER, crate::attr::Attr::u64)
    }
    /// `IFLA_BR_GC_TIMER`.
    pub fn gc_timer(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_bridge_attrs::GC_TIMER, crate::attr::Attr::u64)
    }
    /// `IFLA_BR_GROUP_ADDR`.
    pub fn group_addr(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(linkinfo_bridge_attrs::GROUP_ADDR, |a| Ok(a.payload()))
    }
    /// `IFLA_BR_FDB_FLUSH`.
    pub fn fdb_flush(&self) -> Result<bool> {
        self.0.flag(linkinfo_bridge_attrs::FDB_FLUSH)
    }
    /// `IFLA_BR_MCAST_ROUTER`.
    pub fn mcast_router(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_ROUTER, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_MCAST_SNOOPING`.
    pub fn mcast_snooping(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_SNOOPING, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_MCAST_QUERY_USE_IFADDR`.
    pub fn mcast_query_use_ifaddr(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_QUERY_USE_IFADDR, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_MCAST_QUERIER`.
    pub fn mcast_querier(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_QUERIER, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_MCAST_HASH_ELASTICITY`.
    pub fn mcast_hash_elasticity(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_HASH_ELASTICITY, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_MCAST_HASH_MAX`.
    pub fn mcast_hash_max(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_HASH_MAX, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_MCAST_LAST_MEMBER_CNT`.
    pub fn mcast_last_member_cnt(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_LAST_MEMBER_CNT, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_MCAST_STARTUP_QUERY_CNT`.
    pub fn mcast_startup_query_cnt(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_STARTUP_QUERY_CNT, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_MCAST_LAST_MEMBER_INTVL`.
    pub fn mcast_last_member_intvl(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_LAST_MEMBER_INTVL, crate::attr::Attr::u64)
    }
    /// `IFLA_BR_MCAST_MEMBERSHIP_INTVL`.
    pub fn mcast_membership_intvl(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_MEMBERSHIP_INTVL, crate::attr::Attr::u64)
    }
    /// `IFLA_BR_MCAST_QUERIER_INTVL`.
    pub fn mcast_querier_intvl(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_QUERIER_INTVL, crate::attr::Attr::u64)
    }
    /// `IFLA_BR_MCAST_QUERY_INTVL`.
    pub fn mcast_query_intvl(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_QUERY_INTVL, crate::attr::Attr::u64)
    }
    /// `IFLA_BR_MCAST_QUERY_RESPONSE_INTVL`.
    pub fn mcast_query_response_intvl(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_QUERY_RESPONSE_INTVL, crate::attr::Attr::u64)
    }
    /// `IFLA_BR_MCAST_STARTUP_QUERY_INTVL`.
    pub fn mcast_startup_query_intvl(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_STARTUP_QUERY_INTVL, crate::attr::Attr::u64)
    }
    /// `IFLA_BR_NF_CALL_IPTABLES`.
    pub fn nf_call_iptables(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::NF_CALL_IPTABLES, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_NF_CALL_IP6TABLES`.
    pub fn nf_call_ip6tables(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::NF_CALL_IP6TABLES, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_NF_CALL_ARPTABLES`.
    pub fn nf_call_arptables(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::NF_CALL_ARPTABLES, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_VLAN_DEFAULT_PVID`.
    pub fn vlan_default_pvid(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_bridge_attrs::VLAN_DEFAULT_PVID, crate::attr::Attr::u16)
    }
    /// `IFLA_BR_VLAN_STATS_ENABLED`.
    pub fn vlan_stats_enabled(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::VLAN_STATS_ENABLED, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_MCAST_STATS_ENABLED`.
    pub fn mcast_stats_enabled(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_STATS_ENABLED, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_MCAST_IGMP_VERSION`.
    pub fn mcast_igmp_version(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_IGMP_VERSION, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_MCAST_MLD_VERSION`.
    pub fn mcast_mld_version(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_MLD_VERSION, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_VLAN_STATS_PER_PORT`.
    pub fn vlan_stats_per_port(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_bridge_attrs::VLAN_STATS_PER_PORT, crate::attr::Attr::u8)
    }
    /// `IFLA_BR_MULTI_BOOLOPT`.
    pub fn multi_boolopt(&self) -> Result<Option<&'a BrBooloptMulti>> {
        self.0.read(linkinfo_bridge_attrs::MULTI_BOOLOPT, crate::attr::Attr::as_struct)
    }
    /// `IFLA_BR_MCAST_QUERIER_STATE`.
    pub fn mcast_querier_state(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(linkinfo_bridge_attrs::MCAST_QUERIER_STATE, |a| Ok(a.payload()))
    }
    /// `IFLA_BR_FDB_N_LEARNED`.
    pub fn fdb_n_learned(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::FDB_N_LEARNED, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_FDB_MAX_LEARNED`.
    pub fn fdb_max_learned(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::FDB_MAX_LEARNED, crate::attr::Attr::u32)
    }
    /// `IFLA_BR_STP_MODE`.
    pub fn stp_mode(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_bridge_attrs::STP_MODE, crate::attr::Attr::u32)
    }
}

/// `IFLA_BRPORT_*`: the attribute set `linkinfo-brport-attrs`.
pub static LINKINFO_BRPORT_ATTRS: Space = Space {
    name: "linkinfo-brport-attrs",
    prefix: "IFLA_BRPORT_",
    attrs: &[
        AttrSpec { id: 1, name: "state", ty: AttrType::Enum(Scalar::U8, BR_PORT_STATE_NAMES) },
        AttrSpec { id: 2, name: "priority", ty: AttrType::U16 },
        AttrSpec { id: 3, name: "cost", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "mode", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "guard", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "protect", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "fast_leave", ty: AttrType::U8 },
        AttrSpec { id: 8, name: "learning", ty: AttrType::U8 },
        AttrSpec { id: 9, name: "unicast_flood", ty: AttrType::U8 },
        AttrSpec { id: 10, name: "proxyarp", ty: AttrType::U8 },
        AttrSpec { id: 11, name: "learning_sync", ty: AttrType::U8 },
        AttrSpec { id: 12, name: "proxyarp_wifi", ty: AttrType::U8 },
        AttrSpec { id: 13, name: "root_id", ty: AttrType::Struct(&IFLA_BRIDGE_ID) },
        AttrSpec { id: 14, name: "bridge_id", ty: AttrType::Struct(&IFLA_BRIDGE_ID) },
        AttrSpec { id: 15, name: "designated_port", ty: AttrType::U16 },
        AttrSpec { id: 16, name: "designated_cost", ty: AttrType::U16 },
        AttrSpec { id: 17, name: "id", ty: AttrType::U16 },
        AttrSpec { id: 18, name: "no", ty: AttrType::U16 },
        AttrSpec { id: 19, name: "topology_change_ack", ty: AttrType::U8 },
        AttrSpec { id: 20, name: "config_pending", ty: AttrType::U8 },
        AttrSpec { id: 21, name: "message_age_timer", ty: AttrType::U64 },
        AttrSpec { id: 22, name: "forward_delay_timer", ty: AttrType::U64 },
        AttrSpec { id: 23, name: "hold_timer", ty: AttrType::U64 },
        AttrSpec { id: 24, name: "flush", ty: AttrType::Flag },
        AttrSpec { id: 25, name: "multicast_router", ty: AttrType::U8 },
        AttrSpec { id: 26, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 27, name: "mcast_flood", ty: AttrType::U8 },
        AttrSpec { id: 28, name: "mcast_to_ucast", ty: AttrType::U8 },
        AttrSpec { id: 29, name: "vlan_tunnel", ty: AttrType::U8 },
        AttrSpec { id: 30, name: "bcast_flood", ty: AttrType::U8 },
        AttrSpec { id: 31, name: "group_fwd_mask", ty: AttrType::U16 },
        AttrSpec { id: 32, name: "neigh_suppress", ty: AttrType::U8 },
        AttrSpec { id: 33, name: "isolated", ty: AttrType::U8 },
        AttrSpec { id: 34, name: "backup_port", ty: AttrType::U32 },
        AttrSpec { id: 35, name: "mrp_ring_open", ty: AttrType::U8 },
        AttrSpec { id: 36, name: "mrp_in_open", ty: AttrType::U8 },
        AttrSpec { id: 37, name: "mcast_eht_hosts_limit", ty: AttrType::U32 },
        AttrSpec { id: 38, name: "mcast_eht_hosts_cnt", ty: AttrType::U32 },
        AttrSpec { id: 39, name: "locked", ty: AttrType::U8 },
        AttrSpec { id: 40, name: "mab", ty: AttrType::U8 },
        AttrSpec { id: 41, name: "mcast_n_groups", ty: AttrType::U32 },
        AttrSpec { id: 42, name: "mcast_max_groups", ty: AttrType::U32 },
        AttrSpec { id: 43, name: "neigh_vlan_suppress", ty: AttrType::U8 },
        AttrSpec { id: 44, name: "backup_nhid", ty: AttrType::U32 },
        AttrSpec { id: 45, name: "neigh_forward_grat", ty: AttrType::U8 },
    ],
    by_name: &[
        0, 0, 45, 0, 2, 29, 34, 0, 0, 23, 0, 37, 42, 0, 0, 18, 20, 0, 40, 30, 0, 0, 0, 0, 39, 0, 0, 0, 0, 0,
        27, 0, 0, 0, 6, 0, 0, 0, 41, 1, 19, 0, 0, 0, 0, 4, 36, 0, 0, 14, 0, 26, 13, 44, 0, 43, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 35, 0, 0, 0, 10, 17, 25, 11, 31, 0, 0, 0, 0, 0, 7, 3, 38, 0, 0, 0,
        21, 0, 0, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 15, 16, 28, 0, 0, 0, 12, 0, 24, 5, 0, 0,
        22, 0, 0, 0, 33,
    ],
};

/// Attribute numbers of [`LINKINFO_BRPORT_ATTRS`].
pub mod linkinfo_brport_attrs {
    /// `IFLA_BRPORT_STATE`.
    #[doc(alias = "IFLA_BRPORT_STATE")]
    pub const STATE: u16 = 1;
    /// `IFLA_BRPORT_PRIORITY`.
    #[doc(alias = "IFLA_BRPORT_PRIORITY")]
    pub const PRIORITY: u16 = 2;
    /// `IFLA_BRPORT_COST`.
    #[doc(alias = "IFLA_BRPORT_COST")]
    pub const COST: u16 = 3;
    /// `IFLA_BRPORT_MODE`.
    #[doc(alias = "IFLA_BRPORT_MODE")]
    pub const MODE: u16 = 4;
    /// `IFLA_BRPORT_GUARD`.
    #[doc(alias = "IFLA_BRPORT_GUARD")]
    pub const GUARD: u16 = 5;
    /// `IFLA_BRPORT_PROTECT`.
    #[doc(alias = "IFLA_BRPORT_PROTECT")]
    pub const PROTECT: u16 = 6;
    /// `IFLA_BRPORT_FAST_LEAVE`.
    #[doc(alias = "IFLA_BRPORT_FAST_LEAVE")]
    pub const FAST_LEAVE: u16 = 7;
    /// `IFLA_BRPORT_LEARNING`.
    #[doc(alias = "IFLA_BRPORT_LEARNING")]
    pub const LEARNING: u16 = 8;
    /// `IFLA_BRPORT_UNICAST_FLOOD`.
    #[doc(alias = "IFLA_BRPORT_UNICAST_FLOOD")]
    pub const UNICAST_FLOOD: u16 = 9;
    /// `IFLA_BRPORT_PROXYARP`.
    #[doc(alias = "IFLA_BRPORT_PROXYARP")]
    pub const PROXYARP: u16 = 10;
    /// `IFLA_BRPORT_LEARNING_SYNC`.
    #[doc(alias = "IFLA_BRPORT_LEARNING_SYNC")]
    pub const LEARNING_SYNC: u16 = 11;
    /// `IFLA_BRPORT_PROXYARP_WIFI`.
    #[doc(alias = "IFLA_BRPORT_PROXYARP_WIFI")]
    pub const PROXYARP_WIFI: u16 = 12;
    /// `IFLA_BRPORT_ROOT_ID`.
    #[doc(alias = "IFLA_BRPORT_ROOT_ID")]
    pub const ROOT_ID: u16 = 13;
    /// `IFLA_BRPORT_BRIDGE_ID`.
    #[doc(alias = "IFLA_BRPORT_BRIDGE_ID")]
    pub const BRIDGE_ID: u16 = 14;
    /// `IFLA_BRPORT_DESIGNATED_PORT`.
    #[doc(alias = "IFLA_BRPORT_DESIGNATED_PORT")]
    pub const DESIGNATED_PORT: u16 = 15;
    /// `IFLA_BRPORT_DESIGNATED_COST`.
    #[doc(alias = "IFLA_BRPORT_DESIGNATED_COST")]
    pub const DESIGNATED_COST: u16 = 16;
    /// `IFLA_BRPORT_ID`.
    #[doc(alias = "IFLA_BRPORT_ID")]
    pub const ID: u16 = 17;
    /// `IFLA_BRPORT_NO`.
    #[doc(alias = "IFLA_BRPORT_NO")]
    pub const NO: u16 = 18;
    /// `IFLA_BRPORT_TOPOLOGY_CHANGE_ACK`.
    #[doc(alias = "IFLA_BRPORT_TOPOLOGY_CHANGE_ACK")]
    pub const TOPOLOGY_CHANGE_ACK: u16 = 19;
    /// `IFLA_BRPORT_CONFIG_PENDING`.
    #[doc(alias = "IFLA_BRPORT_CONFIG_PENDING")]
    pub const CONFIG_PENDING: u16 = 20;
    /// `IFLA_BRPORT_MESSAGE_AGE_TIMER`.
    #[doc(alias = "IFLA_BRPORT_MESSAGE_AGE_TIMER")]
    pub const MESSAGE_AGE_TIMER: u16 = 21;
    /// `IFLA_BRPORT_FORWARD_DELAY_TIMER`.
    #[doc(alias = "IFLA_BRPORT_FORWARD_DELAY_TIMER")]
    pub const FORWARD_DELAY_TIMER: u16 = 22;
    /// `IFLA_BRPORT_HOLD_TIMER`.
    #[doc(alias = "IFLA_BRPORT_HOLD_TIMER")]
    pub const HOLD_TIMER: u16 = 23;
    /// `IFLA_BRPORT_FLUSH`.
    #[doc(alias = "IFLA_BRPORT_FLUSH")]
    pub const FLUSH: u16 = 24;
    /// `IFLA_BRPORT_MULTICAST_ROUTER`.
    #[doc(alias = "IFLA_BRPORT_MULTICAST_ROUTER")]
    pub const MULTICAST_ROUTER: u16 = 25;
    /// `IFLA_BRPORT_PAD`.
    #[doc(alias = "IFLA_BRPORT_PAD")]
    pub const PAD: u16 = 26;
    /// `IFLA_BRPORT_MCAST_FLOOD`.
    #[doc(alias = "IFLA_BRPORT_MCAST_FLOOD")]
    pub const MCAST_FLOOD: u16 = 27;
    /// `IFLA_BRPORT_MCAST_TO_UCAST`.
    #[doc(alias = "IFLA_BRPORT_MCAST_TO_UCAST")]
    pub const MCAST_TO_UCAST: u16 = 28;
    /// `IFLA_BRPORT_VLAN_TUNNEL`.
    #[doc(alias = "IFLA_BRPORT_VLAN_TUNNEL")]
    pub const VLAN_TUNNEL: u16 = 29;
    /// `IFLA_BRPORT_BCAST_FLOOD`.
    #[doc(alias = "IFLA_BRPORT_BCAST_FLOOD")]
    pub const BCAST_FLOOD: u16 = 30;
    /// `IFLA_BRPORT_GROUP_FWD_MASK`.
    #[doc(alias = "IFLA_BRPORT_GROUP_FWD_MASK")]
    pub const GROUP_FWD_MASK: u16 = 31;
    /// `IFLA_BRPORT_NEIGH_SUPPRESS`.
    #[doc(alias = "IFLA_BRPORT_NEIGH_SUPPRESS")]
    pub const NEIGH_SUPPRESS: u16 = 32;
    /// `IFLA_BRPORT_ISOLATED`.
    #[doc(alias = "IFLA_BRPORT_ISOLATED")]
    pub const ISOLATED: u16 = 33;
    /// `IFLA_BRPORT_BACKUP_PORT`.
    #[doc(alias = "IFLA_BRPORT_BACKUP_PORT")]
    pub const BACKUP_PORT: u16 = 34;
    /// `IFLA_BRPORT_MRP_RING_OPEN`.
    #[doc(alias = "IFLA_BRPORT_MRP_RING_OPEN")]
    pub const MRP_RING_OPEN: u16 = 35;
    /// `IFLA_BRPORT_MRP_IN_OPEN`.
    #[doc(alias = "IFLA_BRPORT_MRP_IN_OPEN")]
    pub const MRP_IN_OPEN: u16 = 36;
    /// `IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT`.
    #[doc(alias = "IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT")]
    pub const MCAST_EHT_HOSTS_LIMIT: u16 = 37;
    /// `IFLA_BRPORT_MCAST_EHT_HOSTS_CNT`.
    #[doc(alias = "IFLA_BRPORT_MCAST_EHT_HOSTS_CNT")]
    pub const MCAST_EHT_HOSTS_CNT: u16 = 38;
    /// `IFLA_BRPORT_LOCKED`.
    #[doc(alias = "IFLA_BRPORT_LOCKED")]
    pub const LOCKED: u16 = 39;
    /// `IFLA_BRPORT_MAB`.
    #[doc(alias = "IFLA_BRPORT_MAB")]
    pub const MAB: u16 = 40;
    /// `IFLA_BRPORT_MCAST_N_GROUPS`.
    #[doc(alias = "IFLA_BRPORT_MCAST_N_GROUPS")]
    pub const MCAST_N_GROUPS: u16 = 41;
    /// `IFLA_BRPORT_MCAST_MAX_GROUPS`.
    #[doc(alias = "IFLA_BRPORT_MCAST_MAX_GROUPS")]
    pub const MCAST_MAX_GROUPS: u16 = 42;
    /// `IFLA_BRPORT_NEIGH_VLAN_SUPPRESS`.
    #[doc(alias = "IFLA_BRPORT_NEIGH_VLAN_SUPPRESS")]
    pub const NEIGH_VLAN_SUPPRESS: u16 = 43;
    /// `IFLA_BRPORT_BACKUP_NHID`.
    #[doc(alias = "IFLA_BRPORT_BACKUP_NHID")]
    pub const BACKUP_NHID: u16 = 44;
    /// `IFLA_BRPORT_NEIGH_FORWARD_GRAT`.
    #[doc(alias = "IFLA_BRPORT_NEIGH_FORWARD_GRAT")]
    pub const NEIGH_FORWARD_GRAT: u16 = 45;
}

/// Typed reads of an attribute chain of the set `linkinfo-brport-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoBrportAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoBrportAttrs<'a> {
    /// `IFLA_BRPORT_STATE`.
    pub fn state(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::STATE, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_PRIORITY`.
    pub fn priority(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_brport_attrs::PRIORITY, crate::attr::Attr::u16)
    }
    /// `IFLA_BRPORT_COST`.
    pub fn cost(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_brport_attrs::COST, crate::attr::Attr::u32)
    }
    /// `IFLA_BRPORT_MODE`.
    pub fn mode(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::MODE, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_GUARD`.
    pub fn guard(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::GUARD, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_PROTECT`.
    pub fn protect(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::PROTECT, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_FAST_LEAVE`.
    pub fn fast_leave(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::FAST_LEAVE, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_LEARNING`.
    pub fn learning(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::LEARNING, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_UNICAST_FLOOD`.
    pub fn unicast_flood(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::UNICAST_FLOOD, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_PROXYARP`.
    pub fn proxyarp(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::PROXYARP, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_LEARNING_SYNC`.
    pub fn learning_sync(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::LEARNING_SYNC, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_PROXYARP_WIFI`.
    pub fn proxyarp_wifi(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::PROXYARP_WIFI, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_ROOT_ID`.
    pub fn root_id(&self) -> Result<Option<&'a IflaBridgeId>> {
        self.0.read(linkinfo_brport_attrs::ROOT_ID, crate::attr::Attr::as_struct)
    }
    /// `IFLA_BRPORT_BRIDGE_ID`.
    pub fn bridge_id(&self) -> Result<Option<&'a IflaBridgeId>> {
        self.0.read(linkinfo_brport_attrs::BRIDGE_ID, crate::attr::Attr::as_struct)
    }
    /// `IFLA_BRPORT_DESIGNATED_PORT`.
    pub fn designated_port(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_brport_attrs::DESIGNATED_PORT, crate::attr::Attr::u16)
    }
    /// `IFLA_BRPORT_DESIGNATED_COST`.
    pub fn designated_cost(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_brport_attrs::DESIGNATED_COST, crate::attr::Attr::u16)
    }
    /// `IFLA_BRPORT_ID`.
    pub fn id(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_brport_attrs::ID, crate::attr::Attr::u16)
    }
    /// `IFLA_BRPORT_NO`.
    pub fn no(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_brport_attrs::NO, crate::attr::Attr::u16)
    }
    /// `IFLA_BRPORT_TOPOLOGY_CHANGE_ACK`.
    pub fn topology_change_ack(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::TOPOLOGY_CHANGE_ACK, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_CONFIG_PENDING`.
    pub fn config_pending(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::CONFIG_PENDING, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_MESSAGE_AGE_TIMER`.
    pub fn message_age_timer(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_brport_attrs::MESSAGE_AGE_TIMER, crate::attr::Attr::u64)
    }
    /// `IFLA_BRPORT_FORWARD_DELAY_TIMER`.
    pub fn forward_delay_timer(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_brport_attrs::FORWARD_DELAY_TIMER, crate::attr::Attr::u64)
    }
    /// `IFLA_BRPORT_HOLD_TIMER`.
    pub fn hold_timer(&self) -> Result<Option<u64>> {
        self.0.read(linkinfo_brport_attrs::HOLD_TIMER, crate::attr::Attr::u64)
    }
    /// `IFLA_BRPORT_FLUSH`.
    pub fn flush(&self) -> Result<bool> {
        self.0.flag(linkinfo_brport_attrs::FLUSH)
    }
    /// `IFLA_BRPORT_MULTICAST_ROUTER`.
    pub fn multicast_router(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::MULTICAST_ROUTER, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_MCAST_FLOOD`.
    pub fn mcast_flood(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::MCAST_FLOOD, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_MCAST_TO_UCAST`.
    pub fn mcast_to_ucast(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::MCAST_TO_UCAST, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_VLAN_TUNNEL`.
    pub fn vlan_tunnel(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::VLAN_TUNNEL, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_BCAST_FLOOD`.
    pub fn bcast_flood(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::BCAST_FLOOD, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_GROUP_FWD_MASK`.
    pub fn group_fwd_mask(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_brport_attrs::GROUP_FWD_MASK, crate::attr::Attr::u16)
    }
    /// `IFLA_BRPORT_NEIGH_SUPPRESS`.
    pub fn neigh_suppress(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::NEIGH_SUPPRESS, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_ISOLATED`.
    pub fn isolated(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::ISOLATED, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_BACKUP_PORT`.
    pub fn backup_port(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_brport_attrs::BACKUP_PORT, crate::attr::Attr::u32)
    }
    /// `IFLA_BRPORT_MRP_RING_OPEN`.
    pub fn mrp_ring_open(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::MRP_RING_OPEN, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_MRP_IN_OPEN`.
    pub fn mrp_in_open(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::MRP_IN_OPEN, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT`.
    pub fn mcast_eht_hosts_limit(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_brport_attrs::MCAST_EHT_HOSTS_LIMIT, crate::attr::Attr::u32)
    }
    /// `IFLA_BRPORT_MCAST_EHT_HOSTS_CNT`.
    pub fn mcast_eht_hosts_cnt(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_brport_attrs::MCAST_EHT_HOSTS_CNT, crate::attr::Attr::u32)
    }
    /// `IFLA_BRPORT_LOCKED`.
    pub fn locked(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::LOCKED, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_MAB`.
    pub fn mab(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::MAB, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_MCAST_N_GROUPS`.
    pub fn mcast_n_groups(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_brport_attrs::MCAST_N_GROUPS, crate::attr::Attr::u32)
    }
    /// `IFLA_BRPORT_MCAST_MAX_GROUPS`.
    pub fn mcast_max_groups(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_brport_attrs::MCAST_MAX_GROUPS, crate::attr::Attr::u32)
    }
    /// `IFLA_BRPORT_NEIGH_VLAN_SUPPRESS`.
    pub fn neigh_vlan_suppress(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::NEIGH_VLAN_SUPPRESS, crate::attr::Attr::u8)
    }
    /// `IFLA_BRPORT_BACKUP_NHID`.
    pub fn backup_nhid(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_brport_attrs::BACKUP_NHID, crate::attr::Attr::u32)
    }
    /// `IFLA_BRPORT_NEIGH_FORWARD_GRAT`.
    pub fn neigh_forward_grat(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_brport_attrs::NEIGH_FORWARD_GRAT, crate::attr::Attr::u8)
    }
}

/// `IFLA_GRE_*`: the attribute set `linkinfo-gre-attrs`.
pub static LINKINFO_GRE_ATTRS: Space = Space {
    name: "linkinfo-gre-attrs",
    prefix: "IFLA_GRE_",
    attrs: &[
        AttrSpec { id: 1, name: "link", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "iflags", ty: AttrType::Be16 },
        AttrSpec { id: 3, name: "oflags", ty: AttrType::Be16 },
        AttrSpec { id: 4, name: "ikey", ty: AttrType::Be32 },
        AttrSpec { id: 5, name: "okey", ty: AttrType::Be32 },
        AttrSpec { id: 6, name: "local", ty: AttrType::Ip },
        AttrSpec { id: 7, name: "remote", ty: AttrType::Ip },
        AttrSpec { id: 8, name: "ttl", ty: AttrType::U8 },
        AttrSpec { id: 9, name: "tos", ty: AttrType::U8 },
        AttrSpec { id: 10, name: "pmtudisc", ty: AttrType::U8 },
        AttrSpec { id: 11, name: "encap_limit", ty: AttrType::U8 },
        AttrSpec { id: 12, name: "flowinfo", ty: AttrType::Be32 },
        AttrSpec { id: 13, name: "flags", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "encap_type", ty: AttrType::U16 },
        AttrSpec { id: 15, name: "encap_flags", ty: AttrType::U16 },
        AttrSpec { id: 16, name: "encap_sport", ty: AttrType::Be16 },
        AttrSpec { id: 17, name: "encap_dport", ty: AttrType::Be16 },
        AttrSpec { id: 18, name: "collect_metadata", ty: AttrType::Flag },
        AttrSpec { id: 19, name: "ignore_df", ty: AttrType::U8 },
        AttrSpec { id: 20, name: "fwmark", ty: AttrType::U32 },
        AttrSpec { id: 21, name: "erspan_index", ty: AttrType::U32 },
        AttrSpec { id: 22, name: "erspan_ver", ty: AttrType::U8 },
        AttrSpec { id: 23, name: "erspan_dir", ty: AttrType::U8 },
        AttrSpec { id: 24, name: "erspan_hwid", ty: AttrType::U16 },
    ],
    by_name: &[
        22, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 13, 2, 14, 0, 0, 0, 21, 1, 0, 4, 0, 0, 0, 0, 0, 18, 0,
        0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 6, 0, 7, 0, 15, 10, 0, 0, 0, 0, 0, 11, 16, 17, 24, 8, 19, 9, 20, 3,
        0,
    ],
};

/// Attribute numbers of [`LINKINFO_GRE_ATTRS`].
pub mod linkinfo_gre_attrs {
    /// `IFLA_GRE_LINK`.
    #[doc(alias = "IFLA_GRE_LINK")]
    pub const LINK: u16 = 1;
    /// `IFLA_GRE_IFLAGS`.
    #[doc(alias = "IFLA_GRE_IFLAGS")]
    pub const IFLAGS: u16 = 2;
    /// `IFLA_GRE_OFLAGS`.
    #[doc(alias = "IFLA_GRE_OFLAGS")]
    pub const OFLAGS: u16 = 3;
    /// `IFLA_GRE_IKEY`.
    #[doc(alias = "IFLA_GRE_IKEY")]
    pub const IKEY: u16 = 4;
    /// `IFLA_GRE_OKEY`.
    #[doc(alias = "IFLA_GRE_OKEY")]
    pub const OKEY: u16 = 5;
    /// `IFLA_GRE_LOCAL`.
    #[doc(alias = "IFLA_GRE_LOCAL")]
    pub const LOCAL: u16 = 6;
    /// `IFLA_GRE_REMOTE`.
    #[doc(alias = "IFLA_GRE_REMOTE")]
    pub const REMOTE: u16 = 7;
    /// `IFLA_GRE_TTL`.
    #[doc(alias = "IFLA_GRE_TTL")]
    pub const TTL: u16 = 8;
    /// `IFLA_GRE_TOS`.
    #[doc(alias = "IFLA_GRE_TOS")]
    pub const TOS: u16 = 9;
    /// `IFLA_GRE_PMTUDISC`.
    #[doc(alias = "IFLA_GRE_PMTUDISC")]
    pub const PMTUDISC: u16 = 10;
    /// `IFLA_GRE_ENCAP_LIMIT`.
    #[doc(alias = "IFLA_GRE_ENCAP_LIMIT")]
    pub const ENCAP_LIMIT: u16 = 11;
    /// `IFLA_GRE_FLOWINFO`.
    #[doc(alias = "IFLA_GRE_FLOWINFO")]
    pub const FLOWINFO: u16 = 12;
    /// `IFLA_GRE_FLAGS`.
    #[doc(alias = "IFLA_GRE_FLAGS")]
    pub const FLAGS: u16 = 13;
    /// `IFLA_GRE_ENCAP_TYPE`.
    #[doc(alias = "IFLA_GRE_ENCAP_TYPE")]
    pub const ENCAP_TYPE: u16 = 14;
    /// `IFLA_GRE_ENCAP_FLAGS`.
    #[doc(alias = "IFLA_GRE_ENCAP_FLAGS")]
    pub const ENCAP_FLAGS: u16 = 15;
    /// `IFLA_GRE_ENCAP_SPORT`.
    #[doc(alias = "IFLA_GRE_ENCAP_SPORT")]
    pub const ENCAP_SPORT: u16 = 16;
    /// `IFLA_GRE_ENCAP_DPORT`.
    #[doc(alias = "IFLA_GRE_ENCAP_DPORT")]
    pub const ENCAP_DPORT: u16 = 17;
    /// `IFLA_GRE_COLLECT_METADATA`.
    #[doc(alias = "IFLA_GRE_COLLECT_METADATA")]
    pub const COLLECT_METADATA: u16 = 18;
    /// `IFLA_GRE_IGNORE_DF`.
    #[doc(alias = "IFLA_GRE_IGNORE_DF")]
    pub const IGNORE_DF: u16 = 19;
    /// `IFLA_GRE_FWMARK`.
    #[doc(alias = "IFLA_GRE_FWMARK")]
    pub const FWMARK: u16 = 20;
    /// `IFLA_GRE_ERSPAN_INDEX`.
    #[doc(alias = "IFLA_GRE_ERSPAN_INDEX")]
    pub const ERSPAN_INDEX: u16 = 21;
    /// `IFLA_GRE_ERSPAN_VER`.
    #[doc(alias = "IFLA_GRE_ERSPAN_VER")]
    pub const ERSPAN_VER: u16 = 22;
    /// `IFLA_GRE_ERSPAN_DIR`.
    #[doc(alias = "IFLA_GRE_ERSPAN_DIR")]
    pub const ERSPAN_DIR: u16 = 23;
    /// `IFLA_GRE_ERSPAN_HWID`.
    #[doc(alias = "IFLA_GRE_ERSPAN_HWID")]
    pub const ERSPAN_HWID: u16 = 24;
}

/// Typed reads of an attribute chain of the set `linkinfo-gre-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoGreAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoGreAttrs<'a> {
    /// `IFLA_GRE_LINK`.
    pub fn link(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre_attrs::LINK, crate::attr::Attr::u32)
    }
    /// `IFLA_GRE_IFLAGS`.
    pub fn iflags(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre_attrs::IFLAGS, crate::attr::Attr::be16)
    }
    /// `IFLA_GRE_OFLAGS`.
    pub fn oflags(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre_attrs::OFLAGS, crate::attr::Attr::be16)
    }
    /// `IFLA_GRE_IKEY`.
    pub fn ikey(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre_attrs::IKEY, crate::attr::Attr::be32)
    }
    /// `IFLA_GRE_OKEY`.
    pub fn okey(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre_attrs::OKEY, crate::attr::Attr::be32)
    }
    /// `IFLA_GRE_LOCAL`.
    pub fn local(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_gre_attrs::LOCAL, crate::attr::Attr::ip)
    }
    /// `IFLA_GRE_REMOTE`.
    pub fn remote(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_gre_attrs::REMOTE, crate::attr::Attr::ip)
    }
    /// `IFLA_GRE_TTL`.
    pub fn ttl(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_gre_attrs::TTL, crate::attr::Attr::u8)
    }
    /// `IFLA_GRE_TOS`.
    pub fn tos(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_gre_attrs::TOS, crate::attr::Attr::u8)
    }
    /// `IFLA_GRE_PMTUDISC`.
    pub fn pmtudisc(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_gre_attrs::PMTUDISC, crate::attr::Attr::u8)
    }
    /// `IFLA_GRE_ENCAP_LIMIT`.
    pub fn encap_limit(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_gre_attrs::ENCAP_LIMIT, crate::attr::Attr::u8)
    }
    /// `IFLA_GRE_FLOWINFO`.
    pub fn flowinfo(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre_attrs::FLOWINFO, crate::attr::Attr::be32)
    }
    /// `IFLA_GRE_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre_attrs::FLAGS, crate::attr::Attr::u32)
    }
    /// `IFLA_GRE_ENCAP_TYPE`.
    pub fn encap_type(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre_attrs::ENCAP_TYPE, crate::attr::Attr::u16)
    }
    /// `IFLA_GRE_ENCAP_FLAGS`.
    pub fn encap_flags(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre_attrs::ENCAP_FLAGS, crate::attr::Attr::u16)
    }
    /// `IFLA_GRE_ENCAP_SPORT`.
    pub fn encap_sport(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre_attrs::ENCAP_SPORT, crate::attr::Attr::be16)
    }
    /// `IFLA_GRE_ENCAP_DPORT`.
    pub fn encap_dport(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre_attrs::ENCAP_DPORT, crate::attr::Attr::be16)
    }
    /// `IFLA_GRE_COLLECT_METADATA`.
    pub fn collect_metadata(&self) -> Result<bool> {
        self.0.flag(linkinfo_gre_attrs::COLLECT_METADATA)
    }
    /// `IFLA_GRE_IGNORE_DF`.
    pub fn ignore_df(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_gre_attrs::IGNORE_DF, crate::attr::Attr::u8)
    }
    /// `IFLA_GRE_FWMARK`.
    pub fn fwmark(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre_attrs::FWMARK, crate::attr::Attr::u32)
    }
    /// `IFLA_GRE_ERSPAN_INDEX`.
    pub fn erspan_index(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre_attrs::ERSPAN_INDEX, crate::attr::Attr::u32)
    }
    /// `IFLA_GRE_ERSPAN_VER`.
    pub fn erspan_ver(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_gre_attrs::ERSPAN_VER, crate::attr::Attr::u8)
    }
    /// `IFLA_GRE_ERSPAN_DIR`.
    pub fn erspan_dir(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_gre_attrs::ERSPAN_DIR, crate::attr::Attr::u8)
    }
    /// `IFLA_GRE_ERSPAN_HWID`.
    pub fn erspan_hwid(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre_attrs::ERSPAN_HWID, crate::attr::Attr::u16)
    }
}

/// `IFLA_GRE_*`: the attribute set `linkinfo-gre6-attrs`.
pub static LINKINFO_GRE6_ATTRS: Space = Space {
    name: "linkinfo-gre6-attrs",
    prefix: "IFLA_GRE_",
    attrs: &[
        AttrSpec { id: 1, name: "link", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "iflags", ty: AttrType::Be16 },
        AttrSpec { id: 3, name: "oflags", ty: AttrType::Be16 },
        AttrSpec { id: 4, name: "ikey", ty: AttrType::Be32 },
        AttrSpec { id: 5, name: "okey", ty: AttrType::Be32 },
        AttrSpec { id: 6, name: "local", ty: AttrType::Ip },
        AttrSpec { id: 7, name: "remote", ty: AttrType::Ip },
        AttrSpec { id: 8, name: "ttl", ty: AttrType::U8 },
        AttrSpec { id: 11, name: "encap_limit", ty: AttrType::U8 },
        AttrSpec { id: 12, name: "flowinfo", ty: AttrType::Be32 },
        AttrSpec { id: 13, name: "flags", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "encap_type", ty: AttrType::U16 },
        AttrSpec { id: 15, name: "encap_flags", ty: AttrType::U16 },
        AttrSpec { id: 16, name: "encap_sport", ty: AttrType::Be16 },
        AttrSpec { id: 17, name: "encap_dport", ty: AttrType::Be16 },
        AttrSpec { id: 18, name: "collect_metadata", ty: AttrType::Flag },
        AttrSpec { id: 20, name: "fwmark", ty: AttrType::U32 },
        AttrSpec { id: 21, name: "erspan_index", ty: AttrType::U32 },
        AttrSpec { id: 22, name: "erspan_ver", ty: AttrType::U8 },
        AttrSpec { id: 23, name: "erspan_dir", ty: AttrType::U8 },
        AttrSpec { id: 24, name: "erspan_hwid", ty: AttrType::U16 },
    ],
    by_name: &[
        19, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 11, 2, 12, 0, 0, 0, 18, 1, 0, 4, 0, 0, 0, 0, 0, 16, 0,
        0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 6, 0, 7, 0, 13, 0, 0, 0, 0, 0, 0, 9, 14, 15, 21, 8, 0, 0, 17, 3, 0,
    ],
};

/// Attribute numbers of [`LINKINFO_GRE6_ATTRS`].
pub mod linkinfo_gre6_attrs {
    /// `IFLA_GRE_LINK`.
    #[doc(alias = "IFLA_GRE_LINK")]
    pub const LINK: u16 = 1;
    /// `IFLA_GRE_IFLAGS`.
    #[doc(alias = "IFLA_GRE_IFLAGS")]
    pub const IFLAGS: u16 = 2;
    /// `IFLA_GRE_OFLAGS`.
    #[doc(alias = "IFLA_GRE_OFLAGS")]
    pub const OFLAGS: u16 = 3;
    /// `IFLA_GRE_IKEY`.
    #[doc(alias = "IFLA_GRE_IKEY")]
    pub const IKEY: u16 = 4;
    /// `IFLA_GRE_OKEY`.
    #[doc(alias = "IFLA_GRE_OKEY")]
    pub const OKEY: u16 = 5;
    /// `IFLA_GRE_LOCAL`.
    #[doc(alias = "IFLA_GRE_LOCAL")]
    pub const LOCAL: u16 = 6;
    /// `IFLA_GRE_REMOTE`.
    #[doc(alias = "IFLA_GRE_REMOTE")]
    pub const REMOTE: u16 = 7;
    /// `IFLA_GRE_TTL`.
    #[doc(alias = "IFLA_GRE_TTL")]
    pub const TTL: u16 = 8;
    /// `IFLA_GRE_ENCAP_LIMIT`.
    #[doc(alias = "IFLA_GRE_ENCAP_LIMIT")]
    pub const ENCAP_LIMIT: u16 = 11;
    /// `IFLA_GRE_FLOWINFO`.
    #[doc(alias = "IFLA_GRE_FLOWINFO")]
    pub const FLOWINFO: u16 = 12;
    /// `IFLA_GRE_FLAGS`.
    #[doc(alias = "IFLA_GRE_FLAGS")]
    pub const FLAGS: u16 = 13;
    /// `IFLA_GRE_ENCAP_TYPE`.
    #[doc(alias = "IFLA_GRE_ENCAP_TYPE")]
    pub const ENCAP_TYPE: u16 = 14;
    /// `IFLA_GRE_ENCAP_FLAGS`.
    #[doc(alias = "IFLA_GRE_ENCAP_FLAGS")]
    pub const ENCAP_FLAGS: u16 = 15;
    /// `IFLA_GRE_ENCAP_SPORT`.
    #[doc(alias = "IFLA_GRE_ENCAP_SPORT")]
    pub const ENCAP_SPORT: u16 = 16;
    /// `IFLA_GRE_ENCAP_DPORT`.
    #[doc(alias = "IFLA_GRE_ENCAP_DPORT")]
    pub const ENCAP_DPORT: u16 = 17;
    /// `IFLA_GRE_COLLECT_METADATA`.
    #[doc(alias = "IFLA_GRE_COLLECT_METADATA")]
    pub const COLLECT_METADATA: u16 = 18;
    /// `IFLA_GRE_FWMARK`.
    #[doc(alias = "IFLA_GRE_FWMARK")]
    pub const FWMARK: u16 = 20;
    /// `IFLA_GRE_ERSPAN_INDEX`.
    #[doc(alias = "IFLA_GRE_ERSPAN_INDEX")]
    pub const ERSPAN_INDEX: u16 = 21;
    /// `IFLA_GRE_ERSPAN_VER`.
    #[doc(alias = "IFLA_GRE_ERSPAN_VER")]
    pub const ERSPAN_VER: u16 = 22;
    /// `IFLA_GRE_ERSPAN_DIR`.
    #[doc(alias = "IFLA_GRE_ERSPAN_DIR")]
    pub const ERSPAN_DIR: u16 = 23;
    /// `IFLA_GRE_ERSPAN_HWID`.
    #[doc(alias = "IFLA_GRE_ERSPAN_HWID")]
    pub const ERSPAN_HWID: u16 = 24;
}

/// Typed reads of an attribute chain of the set `linkinfo-gre6-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoGre6Attrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoGre6Attrs<'a> {
    /// `IFLA_GRE_LINK`.
    pub fn link(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre6_attrs::LINK, crate::attr::Attr::u32)
    }
    /// `IFLA_GRE_IFLAGS`.
    pub fn iflags(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre6_attrs::IFLAGS, crate::attr::Attr::be16)
    }
    /// `IFLA_GRE_OFLAGS`.
    pub fn oflags(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre6_attrs::OFLAGS, crate::attr::Attr::be16)
    }
    /// `IFLA_GRE_IKEY`.
    pub fn ikey(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre6_attrs::IKEY, crate::attr::Attr::be32)
    }
    /// `IFLA_GRE_OKEY`.
    pub fn okey(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre6_attrs::OKEY, crate::attr::Attr::be32)
    }
    /// `IFLA_GRE_LOCAL`.
    pub fn local(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_gre6_attrs::LOCAL, crate::attr::Attr::ip)
    }
    /// `IFLA_GRE_REMOTE`.
    pub fn remote(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_gre6_attrs::REMOTE, crate::attr::Attr::ip)
    }
    /// `IFLA_GRE_TTL`.
    pub fn ttl(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_gre6_attrs::TTL, crate::attr::Attr::u8)
    }
    /// `IFLA_GRE_ENCAP_LIMIT`.
    pub fn encap_limit(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_gre6_attrs::ENCAP_LIMIT, crate::attr::Attr::u8)
    }
    /// `IFLA_GRE_FLOWINFO`.
    pub fn flowinfo(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre6_attrs::FLOWINFO, crate::attr::Attr::be32)
    }
    /// `IFLA_GRE_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre6_attrs::FLAGS, crate::attr::Attr::u32)
    }
    /// `IFLA_GRE_ENCAP_TYPE`.
    pub fn encap_type(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre6_attrs::ENCAP_TYPE, crate::attr::Attr::u16)
    }
    /// `IFLA_GRE_ENCAP_FLAGS`.
    pub fn encap_flags(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre6_attrs::ENCAP_FLAGS, crate::attr::Attr::u16)
    }
    /// `IFLA_GRE_ENCAP_SPORT`.
    pub fn encap_sport(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre6_attrs::ENCAP_SPORT, crate::attr::Attr::be16)
    }
    /// `IFLA_GRE_ENCAP_DPORT`.
    pub fn encap_dport(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre6_attrs::ENCAP_DPORT, crate::attr::Attr::be16)
    }
    /// `IFLA_GRE_COLLECT_METADATA`.
    pub fn collect_metadata(&self) -> Result<bool> {
        self.0.flag(linkinfo_gre6_attrs::COLLECT_METADATA)
    }
    /// `IFLA_GRE_FWMARK`.
    pub fn fwmark(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre6_attrs::FWMARK, crate::attr::Attr::u32)
    }
    /// `IFLA_GRE_ERSPAN_INDEX`.
    pub fn erspan_index(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_gre6_attrs::ERSPAN_INDEX, crate::attr::Attr::u32)
    }
    /// `IFLA_GRE_ERSPAN_VER`.
    pub fn erspan_ver(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_gre6_attrs::ERSPAN_VER, crate::attr::Attr::u8)
    }
    /// `IFLA_GRE_ERSPAN_DIR`.
    pub fn erspan_dir(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_gre6_attrs::ERSPAN_DIR, crate::attr::Attr::u8)
    }
    /// `IFLA_GRE_ERSPAN_HWID`.
    pub fn erspan_hwid(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_gre6_attrs::ERSPAN_HWID, crate::attr::Attr::u16)
    }
}

/// `IFLA_VTI_*`: the attribute set `linkinfo-vti-attrs`.
pub static LINKINFO_VTI_ATTRS: Space = Space {
    name: "linkinfo-vti-attrs",
    prefix: "IFLA_VTI_",
    attrs: &[
        AttrSpec { id: 1, name: "link", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "ikey", ty: AttrType::Be32 },
        AttrSpec { id: 3, name: "okey", ty: AttrType::Be32 },
        AttrSpec { id: 4, name: "local", ty: AttrType::Ip },
        AttrSpec { id: 5, name: "remote", ty: AttrType::Ip },
        AttrSpec { id: 6, name: "fwmark", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 0, 0, 0, 0, 1, 0, 2, 0, 0, 4, 0, 5, 3, 6],
};

/// Attribute numbers of [`LINKINFO_VTI_ATTRS`].
pub mod linkinfo_vti_attrs {
    /// `IFLA_VTI_LINK`.
    #[doc(alias = "IFLA_VTI_LINK")]
    pub const LINK: u16 = 1;
    /// `IFLA_VTI_IKEY`.
    #[doc(alias = "IFLA_VTI_IKEY")]
    pub const IKEY: u16 = 2;
    /// `IFLA_VTI_OKEY`.
    #[doc(alias = "IFLA_VTI_OKEY")]
    pub const OKEY: u16 = 3;
    /// `IFLA_VTI_LOCAL`.
    #[doc(alias = "IFLA_VTI_LOCAL")]
    pub const LOCAL: u16 = 4;
    /// `IFLA_VTI_REMOTE`.
    #[doc(alias = "IFLA_VTI_REMOTE")]
    pub const REMOTE: u16 = 5;
    /// `IFLA_VTI_FWMARK`.
    #[doc(alias = "IFLA_VTI_FWMARK")]
    pub const FWMARK: u16 = 6;
}

/// Typed reads of an attribute chain of the set `linkinfo-vti-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoVtiAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoVtiAttrs<'a> {
    /// `IFLA_VTI_LINK`.
    pub fn link(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vti_attrs::LINK, crate::attr::Attr::u32)
    }
    /// `IFLA_VTI_IKEY`.
    pub fn ikey(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vti_attrs::IKEY, crate::attr::Attr::be32)
    }
    /// `IFLA_VTI_OKEY`.
    pub fn okey(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vti_attrs::OKEY, crate::attr::Attr::be32)
    }
    /// `IFLA_VTI_LOCAL`.
    pub fn local(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_vti_attrs::LOCAL, crate::attr::Attr::ip)
    }
    /// `IFLA_VTI_REMOTE`.
    pub fn remote(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_vti_attrs::REMOTE, crate::attr::Attr::ip)
    }
    /// `IFLA_VTI_FWMARK`.
    pub fn fwmark(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vti_attrs::FWMARK, crate::attr::Attr::u32)
    }
}

/// `IFLA_VTI_*`: the attribute set `linkinfo-vti6-attrs`.
pub static LINKINFO_VTI6_ATTRS: Space = Space {
    name: "linkinfo-vti6-attrs",
    prefix: "IFLA_VTI_",
    attrs: &[
        AttrSpec { id: 1, name: "link", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "ikey", ty: AttrType::Be32 },
        AttrSpec { id: 3, name: "okey", ty: AttrType::Be32 },
        AttrSpec { id: 4, name: "local", ty: AttrType::Ip },
        AttrSpec { id: 5, name: "remote", ty: AttrType::Ip },
        AttrSpec { id: 6, name: "fwmark", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 0, 0, 0, 0, 1, 0, 2, 0, 0, 4, 0, 5, 3, 6],
};

/// Attribute numbers of [`LINKINFO_VTI6_ATTRS`].
pub mod linkinfo_vti6_attrs {
    /// `IFLA_VTI_LINK`.
    #[doc(alias = "IFLA_VTI_LINK")]
    pub const LINK: u16 = 1;
    /// `IFLA_VTI_IKEY`.
    #[doc(alias = "IFLA_VTI_IKEY")]
    pub const IKEY: u16 = 2;
    /// `IFLA_VTI_OKEY`.
    #[doc(alias = "IFLA_VTI_OKEY")]
    pub const OKEY: u16 = 3;
    /// `IFLA_VTI_LOCAL`.
    #[doc(alias = "IFLA_VTI_LOCAL")]
    pub const LOCAL: u16 = 4;
    /// `IFLA_VTI_REMOTE`.
    #[doc(alias = "IFLA_VTI_REMOTE")]
    pub const REMOTE: u16 = 5;
    /// `IFLA_VTI_FWMARK`.
    #[doc(alias = "IFLA_VTI_FWMARK")]
    pub const FWMARK: u16 = 6;
}

/// Typed reads of an attribute chain of the set `linkinfo-vti6-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoVti6Attrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoVti6Attrs<'a> {
    /// `IFLA_VTI_LINK`.
    pub fn link(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vti6_attrs::LINK, crate::attr::Attr::u32)
    }
    /// `IFLA_VTI_IKEY`.
    pub fn ikey(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vti6_attrs::IKEY, crate::attr::Attr::be32)
    }
    /// `IFLA_VTI_OKEY`.
    pub fn okey(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vti6_attrs::OKEY, crate::attr::Attr::be32)
    }
    /// `IFLA_VTI_LOCAL`.
    pub fn local(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_vti6_attrs::LOCAL, crate::attr::Attr::ip)
    }
    /// `IFLA_VTI_REMOTE`.
    pub fn remote(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_vti6_attrs::REMOTE, crate::attr::Attr::ip)
    }
    /// `IFLA_VTI_FWMARK`.
    pub fn fwmark(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vti6_attrs::FWMARK, crate::attr::Attr::u32)
    }
}

/// `IFLA_GENEVE_*`: the attribute set `linkinfo-geneve-attrs`.
pub static LINKINFO_GENEVE_ATTRS: Space = Space {
    name: "linkinfo-geneve-attrs",
    prefix: "IFLA_GENEVE_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "remote", ty: AttrType::Ip },
        AttrSpec { id: 3, name: "ttl", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "tos", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "port", ty: AttrType::Be16 },
        AttrSpec { id: 6, name: "collect_metadata", ty: AttrType::Flag },
        AttrSpec { id: 7, name: "remote6", ty: AttrType::Ip },
        AttrSpec { id: 8, name: "udp_csum", ty: AttrType::U8 },
        AttrSpec { id: 9, name: "udp_zero_csum6_tx", ty: AttrType::U8 },
        AttrSpec { id: 10, name: "udp_zero_csum6_rx", ty: AttrType::U8 },
        AttrSpec { id: 11, name: "label", ty: AttrType::Be32 },
        AttrSpec { id: 12, name: "ttl_inherit", ty: AttrType::U8 },
        AttrSpec { id: 13, name: "df", ty: AttrType::U8 },
        AttrSpec { id: 14, name: "inner_proto_inherit", ty: AttrType::Flag },
        AttrSpec { id: 15, name: "port_range", ty: AttrType::Struct(&IFLA_GENEVE_PORT_RANGE) },
        AttrSpec { id: 16, name: "gro_hint", ty: AttrType::Flag },
        AttrSpec { id: 17, name: "local", ty: AttrType::Ip },
        AttrSpec { id: 18, name: "local6", ty: AttrType::Ip },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 1, 7, 0, 0, 0, 14, 0, 0, 18, 0, 0, 0, 0, 0, 11, 0, 0, 0, 6, 5,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 9, 2, 10, 15, 0, 0, 0, 0, 16, 0, 8, 0, 12, 0, 3, 0, 4, 0, 0, 0,
    ],
};

/// Attribute numbers of [`LINKINFO_GENEVE_ATTRS`].
pub mod linkinfo_geneve_attrs {
    /// `IFLA_GENEVE_ID`.
    #[doc(alias = "IFLA_GENEVE_ID")]
    pub const ID: u16 = 1;
    /// `IFLA_GENEVE_REMOTE`.
    #[doc(alias = "IFLA_GENEVE_REMOTE")]
    pub const REMOTE: u16 = 2;
    /// `IFLA_GENEVE_TTL`.
    #[doc(alias = "IFLA_GENEVE_TTL")]
    pub const TTL: u16 = 3;
    /// `IFLA_GENEVE_TOS`.
    #[doc(alias = "IFLA_GENEVE_TOS")]
    pub const TOS: u16 = 4;
    /// `IFLA_GENEVE_PORT`.
    #[doc(alias = "IFLA_GENEVE_PORT")]
    pub const PORT: u16 = 5;
    /// `IFLA_GENEVE_COLLECT_METADATA`.
    #[doc(alias = "IFLA_GENEVE_COLLECT_METADATA")]
    pub const COLLECT_METADATA: u16 = 6;
    /// `IFLA_GENEVE_REMOTE6`.
    #[doc(alias = "IFLA_GENEVE_REMOTE6")]
    pub const REMOTE6: u16 = 7;
    /// `IFLA_GENEVE_UDP_CSUM`.
    #[doc(alias = "IFLA_GENEVE_UDP_CSUM")]
    pub const UDP_CSUM: u16 = 8;
    /// `IFLA_GENEVE_UDP_ZERO_CSUM6_TX`.
    #[doc(alias = "IFLA_GENEVE_UDP_ZERO_CSUM6_TX")]
    pub const UDP_ZERO_CSUM6_TX: u16 = 9;
    /// `IFLA_GENEVE_UDP_ZERO_CSUM6_RX`.
    #[doc(alias = "IFLA_GENEVE_UDP_ZERO_CSUM6_RX")]
    pub const UDP_ZERO_CSUM6_RX: u16 = 10;
    /// `IFLA_GENEVE_LABEL`.
    #[doc(alias = "IFLA_GENEVE_LABEL")]
    pub const LABEL: u16 = 11;
    /// `IFLA_GENEVE_TTL_INHERIT`.
    #[doc(alias = "IFLA_GENEVE_TTL_INHERIT")]
    pub const TTL_INHERIT: u16 = 12;
    /// `IFLA_GENEVE_DF`.
    #[doc(alias = "IFLA_GENEVE_DF")]
    pub const DF: u16 = 13;
    /// `IFLA_GENEVE_INNER_PROTO_INHERIT`.
    #[doc(alias = "IFLA_GENEVE_INNER_PROTO_INHERIT")]
    pub const INNER_PROTO_INHERIT: u16 = 14;
    /// `IFLA_GENEVE_PORT_RANGE`.
    #[doc(alias = "IFLA_GENEVE_PORT_RANGE")]
    pub const PORT_RANGE: u16 = 15;
    /// `IFLA_GENEVE_GRO_HINT`.
    #[doc(alias = "IFLA_GENEVE_GRO_HINT")]
    pub const GRO_HINT: u16 = 16;
    /// `IFLA_GENEVE_LOCAL`.
    #[doc(alias = "IFLA_GENEVE_LOCAL")]
    pub const LOCAL: u16 = 17;
    /// `IFLA_GENEVE_LOCAL6`.
    #[doc(alias = "IFLA_GENEVE_LOCAL6")]
    pub const LOCAL6: u16 = 18;
}

/// Typed reads of an attribute chain of the set `linkinfo-geneve-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoGeneveAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoGeneveAttrs<'a> {
    /// `IFLA_GENEVE_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_geneve_attrs::ID, crate::attr::Attr::u32)
    }
    /// `IFLA_GENEVE_REMOTE`.
    pub fn remote(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_geneve_attrs::REMOTE, crate::attr::Attr::ip)
    }
    /// `IFLA_GENEVE_TTL`.
    pub fn ttl(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_geneve_attrs::TTL, crate::attr::Attr::u8)
    }
    /// `IFLA_GENEVE_TOS`.
    pub fn tos(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_geneve_attrs::TOS, crate::attr::Attr::u8)
    }
    /// `IFLA_GENEVE_PORT`.
    pub fn port(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_geneve_attrs::PORT, crate::attr::Attr::be16)
    }
    /// `IFLA_GENEVE_COLLECT_METADATA`.
    pub fn collect_metadata(&self) -> Result<bool> {
        self.0.flag(linkinfo_geneve_attrs::COLLECT_METADATA)
    }
    /// `IFLA_GENEVE_REMOTE6`.
    pub fn remote6(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_geneve_attrs::REMOTE6, crate::attr::Attr::ip)
    }
    /// `IFLA_GENEVE_UDP_CSUM`.
    pub fn udp_csum(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_geneve_attrs::UDP_CSUM, crate::attr::Attr::u8)
    }
    /// `IFLA_GENEVE_UDP_ZERO_CSUM6_TX`.
    pub fn udp_zero_csum6_tx(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_geneve_attrs::UDP_ZERO_CSUM6_TX, crate::attr::Attr::u8)
    }
    /// `IFLA_GENEVE_UDP_ZERO_CSUM6_RX`.
    pub fn udp_zero_csum6_rx(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_geneve_attrs::UDP_ZERO_CSUM6_RX, crate::attr::Attr::u8)
    }
    /// `IFLA_GENEVE_LABEL`.
    pub fn label(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_geneve_attrs::LABEL, crate::attr::Attr::be32)
    }
    /// `IFLA_GENEVE_TTL_INHERIT`.
    pub fn ttl_inherit(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_geneve_attrs::TTL_INHERIT, crate::attr::Attr::u8)
    }
    /// `IFLA_GENEVE_DF`.
    pub fn df(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_geneve_attrs::DF, crate::attr::Attr::u8)
    }
    /// `IFLA_GENEVE_INNER_PROTO_INHERIT`.
    pub fn inner_proto_inherit(&self) -> Result<bool> {
        self.0.flag(linkinfo_geneve_attrs::INNER_PROTO_INHERIT)
    }
    /// `IFLA_GENEVE_PORT_RANGE`.
    pub fn port_range(&self) -> Result<Option<&'a IflaGenevePortRange>> {
        self.0.read(linkinfo_geneve_attrs::PORT_RANGE, crate::attr::Attr::as_struct)
    }
    /// `IFLA_GENEVE_GRO_HINT`.
    pub fn gro_hint(&self) -> Result<bool> {
        self.0.flag(linkinfo_geneve_attrs::GRO_HINT)
    }
    /// `IFLA_GENEVE_LOCAL`.
    pub fn local(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_geneve_attrs::LOCAL, crate::attr::Attr::ip)
    }
    /// `IFLA_GENEVE_LOCAL6`.
    pub fn local6(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_geneve_attrs::LOCAL6, crate::attr::Attr::ip)
    }
}

/// `IFLA_HSR_*`: the attribute set `linkinfo-hsr-attrs`.
pub static LINKINFO_HSR_ATTRS: Space = Space {
    name: "linkinfo-hsr-attrs",
    prefix: "IFLA_HSR_",
    attrs: &[
        AttrSpec { id: 1, name: "slave1", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "slave2", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "multicast_spec", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "supervision_addr", ty: AttrType::Hwaddr },
        AttrSpec { id: 5, name: "seq_nr", ty: AttrType::U16 },
        AttrSpec { id: 6, name: "version", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "protocol", ty: AttrType::U8 },
        AttrSpec { id: 8, name: "interlink", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 3, 5, 0, 6, 7, 0, 0, 0, 0, 1, 8, 0, 2, 4],
};

/// Attribute numbers of [`LINKINFO_HSR_ATTRS`].
pub mod linkinfo_hsr_attrs {
    /// `IFLA_HSR_SLAVE1`.
    #[doc(alias = "IFLA_HSR_SLAVE1")]
    pub const SLAVE1: u16 = 1;
    /// `IFLA_HSR_SLAVE2`.
    #[doc(alias = "IFLA_HSR_SLAVE2")]
    pub const SLAVE2: u16 = 2;
    /// `IFLA_HSR_MULTICAST_SPEC`.
    #[doc(alias = "IFLA_HSR_MULTICAST_SPEC")]
    pub const MULTICAST_SPEC: u16 = 3;
    /// `IFLA_HSR_SUPERVISION_ADDR`.
    #[doc(alias = "IFLA_HSR_SUPERVISION_ADDR")]
    pub const SUPERVISION_ADDR: u16 = 4;
    /// `IFLA_HSR_SEQ_NR`.
    #[doc(alias = "IFLA_HSR_SEQ_NR")]
    pub const SEQ_NR: u16 = 5;
    /// `IFLA_HSR_VERSION`.
    #[doc(alias = "IFLA_HSR_VERSION")]
    pub const VERSION: u16 = 6;
    /// `IFLA_HSR_PROTOCOL`.
    #[doc(alias = "IFLA_HSR_PROTOCOL")]
    pub const PROTOCOL: u16 = 7;
    /// `IFLA_HSR_INTERLINK`.
    #[doc(alias = "IFLA_HSR_INTERLINK")]
    pub const INTERLINK: u16 = 8;
}

/// Typed reads of an attribute chain of the set `linkinfo-hsr-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoHsrAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoHsrAttrs<'a> {
    /// `IFLA_HSR_SLAVE1`.
    pub fn slave1(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_hsr_attrs::SLAVE1, crate::attr::Attr::u32)
    }
    /// `IFLA_HSR_SLAVE2`.
    pub fn slave2(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_hsr_attrs::SLAVE2, crate::attr::Attr::u32)
    }
    /// `IFLA_HSR_MULTICAST_SPEC`.
    pub fn multicast_spec(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_hsr_attrs::MULTICAST_SPEC, crate::attr::Attr::u8)
    }
    /// `IFLA_HSR_SUPERVISION_ADDR`.
    pub fn supervision_addr(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(linkinfo_hsr_attrs::SUPERVISION_ADDR, |a| Ok(a.payload()))
    }
    /// `IFLA_HSR_SEQ_NR`.
    pub fn seq_nr(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_hsr_attrs::SEQ_NR, crate::attr::Attr::u16)
    }
    /// `IFLA_HSR_VERSION`.
    pub fn version(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_hsr_attrs::VERSION, crate::attr::Attr::u8)
    }
    /// `IFLA_HSR_PROTOCOL`.
    pub fn protocol(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_hsr_attrs::PROTOCOL, crate::attr::Attr::u8)
    }
    /// `IFLA_HSR_INTERLINK`.
    pub fn interlink(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_hsr_attrs::INTERLINK, crate::attr::Attr::u32)
    }
}

/// `IFLA_IPTUN_*`: the attribute set `linkinfo-iptun-attrs`.
pub static LINKINFO_IPTUN_ATTRS: Space = Space {
    name: "linkinfo-iptun-attrs",
    prefix: "IFLA_IPTUN_",
    attrs: &[
        AttrSpec { id: 1, name: "link", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "local", ty: AttrType::Ip },
        AttrSpec { id: 3, name: "remote", ty: AttrType::Ip },
        AttrSpec { id: 4, name: "ttl", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "tos", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "encap_limit", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "flowinfo", ty: AttrType::Be32 },
        AttrSpec { id: 8, name: "flags", ty: AttrType::Be16 },
        AttrSpec { id: 9, name: "proto", ty: AttrType::U8 },
        AttrSpec { id: 10, name: "pmtudisc", ty: AttrType::U8 },
        AttrSpec { id: 11, name: "6rd_prefix", ty: AttrType::Ip },
        AttrSpec { id: 12, name: "6rd_relay_prefix", ty: AttrType::Ip },
        AttrSpec { id: 13, name: "6rd_prefixlen", ty: AttrType::U16 },
        AttrSpec { id: 14, name: "6rd_relay_prefixlen", ty: AttrType::U16 },
        AttrSpec { id: 15, name: "encap_type", ty: AttrType::U16 },
        AttrSpec { id: 16, name: "encap_flags", ty: AttrType::U16 },
        AttrSpec { id: 17, name: "encap_sport", ty: AttrType::Be16 },
        AttrSpec { id: 18, name: "encap_dport", ty: AttrType::Be16 },
        AttrSpec { id: 19, name: "collect_metadata", ty: AttrType::Flag },
        AttrSpec { id: 20, name: "fwmark", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 0, 0, 0, 0, 8, 0, 15, 0, 0, 11, 0, 14, 1, 0, 0, 0, 0, 0, 0, 0, 19, 0,
        0, 0, 0, 7, 0, 0, 9, 0, 0, 0, 0, 2, 0, 3, 0, 16, 10, 0, 0, 0, 0, 0, 6, 17, 18, 0, 4, 12, 5, 20, 0, 0,
    ],
};

/// Attribute numbers of [`LINKINFO_IPTUN_ATTRS`].
pub mod linkinfo_iptun_attrs {
    /// `IFLA_IPTUN_LINK`.
    #[doc(alias = "IFLA_IPTUN_LINK")]
    pub const LINK: u16 = 1;
    /// `IFLA_IPTUN_LOCAL`.
    #[doc(alias = "IFLA_IPTUN_LOCAL")]
    pub const LOCAL: u16 = 2;
    /// `IFLA_IPTUN_REMOTE`.
    #[doc(alias = "IFLA_IPTUN_REMOTE")]
    pub const REMOTE: u16 = 3;
    /// `IFLA_IPTUN_TTL`.
    #[doc(alias = "IFLA_IPTUN_TTL")]
    pub const TTL: u16 = 4;
    /// `IFLA_IPTUN_TOS`.
    #[doc(alias = "IFLA_IPTUN_TOS")]
    pub const TOS: u16 = 5;
    /// `IFLA_IPTUN_ENCAP_LIMIT`.
    #[doc(alias = "IFLA_IPTUN_ENCAP_LIMIT")]
    pub const ENCAP_LIMIT: u16 = 6;
    /// `IFLA_IPTUN_FLOWINFO`.
    #[doc(alias = "IFLA_IPTUN_FLOWINFO")]
    pub const FLOWINFO: u16 = 7;
    /// `IFLA_IPTUN_FLAGS`.
    #[doc(alias = "IFLA_IPTUN_FLAGS")]
    pub const FLAGS: u16 = 8;
    /// `IFLA_IPTUN_PROTO`.
    #[doc(alias = "IFLA_IPTUN_PROTO")]
    pub const PROTO: u16 = 9;
    /// `IFLA_IPTUN_PMTUDISC`.
    #[doc(alias = "IFLA_IPTUN_PMTUDISC")]
    pub const PMTUDISC: u16 = 10;
    /// `IFLA_IPTUN_6RD_PREFIX`.
    #[doc(alias = "IFLA_IPTUN_6RD_PREFIX")]
    pub const N6RD_PREFIX: u16 = 11;
    /// `IFLA_IPTUN_6RD_RELAY_PREFIX`.
    #[doc(alias = "IFLA_IPTUN_6RD_RELAY_PREFIX")]
    pub const N6RD_RELAY_PREFIX: u16 = 12;
    /// `IFLA_IPTUN_6RD_PREFIXLEN`.
    #[doc(alias = "IFLA_IPTUN_6RD_PREFIXLEN")]
    pub const N6RD_PREFIXLEN: u16 = 13;
    /// `IFLA_IPTUN_6RD_RELAY_PREFIXLEN`.
    #[doc(alias = "IFLA_IPTUN_6RD_RELAY_PREFIXLEN")]
    pub const N6RD_RELAY_PREFIXLEN: u16 = 14;
    /// `IFLA_IPTUN_ENCAP_TYPE`.
    #[doc(alias = "IFLA_IPTUN_ENCAP_TYPE")]
    pub const ENCAP_TYPE: u16 = 15;
    /// `IFLA_IPTUN_ENCAP_FLAGS`.
    #[doc(alias = "IFLA_IPTUN_ENCAP_FLAGS")]
    pub const ENCAP_FLAGS: u16 = 16;
    /// `IFLA_IPTUN_ENCAP_SPORT`.
    #[doc(alias = "IFLA_IPTUN_ENCAP_SPORT")]
    pub const ENCAP_SPORT: u16 = 17;
    /// `IFLA_IPTUN_ENCAP_DPORT`.
    #[doc(alias = "IFLA_IPTUN_ENCAP_DPORT")]
    pub const ENCAP_DPORT: u16 = 18;
    /// `IFLA_IPTUN_COLLECT_METADATA`.
    #[doc(alias = "IFLA_IPTUN_COLLECT_METADATA")]
    pub const COLLECT_METADATA: u16 = 19;
    /// `IFLA_IPTUN_FWMARK`.
    #[doc(alias = "IFLA_IPTUN_FWMARK")]
    pub const FWMARK: u16 = 20;
}

/// Typed reads of an attribute chain of the set `linkinfo-iptun-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoIptunAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoIptunAttrs<'a> {
    /// `IFLA_IPTUN_LINK`.
    pub fn link(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_iptun_attrs::LINK, crate::attr::Attr::u32)
    }
    /// `IFLA_IPTUN_LOCAL`.
    pub fn local(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_iptun_attrs::LOCAL, crate::attr::Attr::ip)
    }
    /// `IFLA_IPTUN_REMOTE`.
    pub fn remote(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_iptun_attrs::REMOTE, crate::attr::Attr::ip)
    }
    /// `IFLA_IPTUN_TTL`.
    pub fn ttl(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_iptun_attrs::TTL, crate::attr::Attr::u8)
    }
    /// `IFLA_IPTUN_TOS`.
    pub fn tos(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_iptun_attrs::TOS, crate::attr::Attr::u8)
    }
    /// `IFLA_IPTUN_ENCAP_LIMIT`.
    pub fn encap_limit(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_iptun_attrs::ENCAP_LIMIT, crate::attr::Attr::u8)
    }
    /// `IFLA_IPTUN_FLOWINFO`.
    pub fn flowinfo(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_iptun_attrs::FLOWINFO, crate::attr::Attr::be32)
    }
    /// `IFLA_IPTUN_FLAGS`.
    pub fn flags(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_iptun_attrs::FLAGS, crate::attr::Attr::be16)
    }
    /// `IFLA_IPTUN_PROTO`.
    pub fn proto(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_iptun_attrs::PROTO, crate::attr::Attr::u8)
    }
    /// `IFLA_IPTUN_PMTUDISC`.
    pub fn pmtudisc(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_iptun_attrs::PMTUDISC, crate::attr::Attr::u8)
    }
    /// `IFLA_IPTUN_6RD_PREFIX`.
    pub fn n6rd_prefix(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_iptun_attrs::N6RD_PREFIX, crate::attr::Attr::ip)
    }
    /// `IFLA_IPTUN_6RD_RELAY_PREFIX`.
    pub fn n6rd_relay_prefix(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_iptun_attrs::N6RD_RELAY_PREFIX, crate::attr::Attr::ip)
    }
    /// `IFLA_IPTUN_6RD_PREFIXLEN`.
    pub fn n6rd_prefixlen(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_iptun_attrs::N6RD_PREFIXLEN, crate::attr::Attr::u16)
    }
    /// `IFLA_IPTUN_6RD_RELAY_PREFIXLEN`.
    pub fn n6rd_relay_prefixlen(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_iptun_attrs::N6RD_RELAY_PREFIXLEN, crate::attr::Attr::u16)
    }
    /// `IFLA_IPTUN_ENCAP_TYPE`.
    pub fn encap_type(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_iptun_attrs::ENCAP_TYPE, crate::attr::Attr::u16)
    }
    /// `IFLA_IPTUN_ENCAP_FLAGS`.
    pub fn encap_flags(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_iptun_attrs::ENCAP_FLAGS, crate::attr::Attr::u16)
    }
    /// `IFLA_IPTUN_ENCAP_SPORT`.
    pub fn encap_sport(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_iptun_attrs::ENCAP_SPORT, crate::attr::Attr::be16)
    }
    /// `IFLA_IPTUN_ENCAP_DPORT`.
    pub fn encap_dport(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_iptun_attrs::ENCAP_DPORT, crate::attr::Attr::be16)
    }
    /// `IFLA_IPTUN_COLLECT_METADATA`.
    pub fn collect_metadata(&self) -> Result<bool> {
        self.0.flag(linkinfo_iptun_attrs::COLLECT_METADATA)
    }
    /// `IFLA_IPTUN_FWMARK`.
    pub fn fwmark(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_iptun_attrs::FWMARK, crate::attr::Attr::u32)
    }
}

/// `IFLA_IPTUN_*`: the attribute set `linkinfo-ip6tnl-attrs`.
pub static LINKINFO_IP6TNL_ATTRS: Space = Space {
    name: "linkinfo-ip6tnl-attrs",
    prefix: "IFLA_IPTUN_",
    attrs: &[
        AttrSpec { id: 1, name: "link", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "local", ty: AttrType::Ip },
        AttrSpec { id: 3, name: "remote", ty: AttrType::Ip },
        AttrSpec { id: 4, name: "ttl", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "encap_limit", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "flowinfo", ty: AttrType::Be32 },
        AttrSpec { id: 8, name: "flags", ty: AttrType::Be16 },
        AttrSpec { id: 9, name: "proto", ty: AttrType::U8 },
        AttrSpec { id: 15, name: "encap_type", ty: AttrType::U16 },
        AttrSpec { id: 16, name: "encap_flags", ty: AttrType::U16 },
        AttrSpec { id: 17, name: "encap_sport", ty: AttrType::Be16 },
        AttrSpec { id: 18, name: "encap_dport", ty: AttrType::Be16 },
        AttrSpec { id: 19, name: "collect_metadata", ty: AttrType::Flag },
        AttrSpec { id: 20, name: "fwmark", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 6, 0, 0, 8, 0, 0, 0, 0, 2, 0, 3, 7, 10, 9, 0, 0, 0, 0, 0, 1, 5, 11, 12, 4, 0, 0, 14, 13, 0,
    ],
};

/// Attribute numbers of [`LINKINFO_IP6TNL_ATTRS`].
pub mod linkinfo_ip6tnl_attrs {
    /// `IFLA_IPTUN_LINK`.
    #[doc(alias = "IFLA_IPTUN_LINK")]
    pub const LINK: u16 = 1;
    /// `IFLA_IPTUN_LOCAL`.
    #[doc(alias = "IFLA_IPTUN_LOCAL")]
    pub const LOCAL: u16 = 2;
    /// `IFLA_IPTUN_REMOTE`.
    #[doc(alias = "IFLA_IPTUN_REMOTE")]
    pub const REMOTE: u16 = 3;
    /// `IFLA_IPTUN_TTL`.
    #[doc(alias = "IFLA_IPTUN_TTL")]
    pub const TTL: u16 = 4;
    /// `IFLA_IPTUN_ENCAP_LIMIT`.
    #[doc(alias = "IFLA_IPTUN_ENCAP_LIMIT")]
    pub const ENCAP_LIMIT: u16 = 6;
    /// `IFLA_IPTUN_FLOWINFO`.
    #[doc(alias = "IFLA_IPTUN_FLOWINFO")]
    pub const FLOWINFO: u16 = 7;
    /// `IFLA_IPTUN_FLAGS`.
    #[doc(alias = "IFLA_IPTUN_FLAGS")]
    pub const FLAGS: u16 = 8;
    /// `IFLA_IPTUN_PROTO`.
    #[doc(alias = "IFLA_IPTUN_PROTO")]
    pub const PROTO: u16 = 9;
    /// `IFLA_IPTUN_ENCAP_TYPE`.
    #[doc(alias = "IFLA_IPTUN_ENCAP_TYPE")]
    pub const ENCAP_TYPE: u16 = 15;
    /// `IFLA_IPTUN_ENCAP_FLAGS`.
    #[doc(alias = "IFLA_IPTUN_ENCAP_FLAGS")]
    pub const ENCAP_FLAGS: u16 = 16;
    /// `IFLA_IPTUN_ENCAP_SPORT`.
    #[doc(alias = "IFLA_IPTUN_ENCAP_SPORT")]
    pub const ENCAP_SPORT: u16 = 17;
    /// `IFLA_IPTUN_ENCAP_DPORT`.
    #[doc(alias = "IFLA_IPTUN_ENCAP_DPORT")]
    pub const ENCAP_DPORT: u16 = 18;
    /// `IFLA_IPTUN_COLLECT_METADATA`.
    #[doc(alias = "IFLA_IPTUN_COLLECT_METADATA")]
    pub const COLLECT_METADATA: u16 = 19;
    /// `IFLA_IPTUN_FWMARK`.
    #[doc(alias = "IFLA_IPTUN_FWMARK")]
    pub const FWMARK: u16 = 20;
}

/// Typed reads of an attribute chain of the set `linkinfo-ip6tnl-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoIp6tnlAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoIp6tnlAttrs<'a> {
    /// `IFLA_IPTUN_LINK`.
    pub fn link(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_ip6tnl_attrs::LINK, crate::attr::Attr::u32)
    }
    /// `IFLA_IPTUN_LOCAL`.
    pub fn local(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_ip6tnl_attrs::LOCAL, crate::attr::Attr::ip)
    }
    /// `IFLA_IPTUN_REMOTE`.
    pub fn remote(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_ip6tnl_attrs::REMOTE, crate::attr::Attr::ip)
    }
    /// `IFLA_IPTUN_TTL`.
    pub fn ttl(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_ip6tnl_attrs::TTL, crate::attr::Attr::u8)
    }
    /// `IFLA_IPTUN_ENCAP_LIMIT`.
    pub fn encap_limit(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_ip6tnl_attrs::ENCAP_LIMIT, crate::attr::Attr::u8)
    }
    /// `IFLA_IPTUN_FLOWINFO`.
    pub fn flowinfo(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_ip6tnl_attrs::FLOWINFO, crate::attr::Attr::be32)
    }
    /// `IFLA_IPTUN_FLAGS`.
    pub fn flags(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_ip6tnl_attrs::FLAGS, crate::attr::Attr::be16)
    }
    /// `IFLA_IPTUN_PROTO`.
    pub fn proto(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_ip6tnl_attrs::PROTO, crate::attr::Attr::u8)
    }
    /// `IFLA_IPTUN_ENCAP_TYPE`.
    pub fn encap_type(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_ip6tnl_attrs::ENCAP_TYPE, crate::attr::Attr::u16)
    }
    /// `IFLA_IPTUN_ENCAP_FLAGS`.
    pub fn encap_flags(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_ip6tnl_attrs::ENCAP_FLAGS, crate::attr::Attr::u16)
    }
    /// `IFLA_IPTUN_ENCAP_SPORT`.
    pub fn encap_sport(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_ip6tnl_attrs::ENCAP_SPORT, crate::attr::Attr::be16)
    }
    /// `IFLA_IPTUN_ENCAP_DPORT`.
    pub fn encap_dport(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_ip6tnl_attrs::ENCAP_DPORT, crate::attr::Attr::be16)
    }
    /// `IFLA_IPTUN_COLLECT_METADATA`.
    pub fn collect_metadata(&self) -> Result<bool> {
        self.0.flag(linkinfo_ip6tnl_attrs::COLLECT_METADATA)
    }
    /// `IFLA_IPTUN_FWMARK`.
    pub fn fwmark(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_ip6tnl_attrs::FWMARK, crate::attr::Attr::u32)
    }
}

/// `IFLA_TUN_*`: the attribute set `linkinfo-tun-attrs`.
pub static LINKINFO_TUN_ATTRS: Space = Space {
    name: "linkinfo-tun-attrs",
    prefix: "IFLA_TUN_",
    attrs: &[
        AttrSpec { id: 1, name: "owner", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "group", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "type", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "pi", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "vnet_hdr", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "persist", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "multi_queue", ty: AttrType::U8 },
        AttrSpec { id: 8, name: "num_queues", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "num_disabled_queues", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 1, 4, 5, 0, 8, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 7, 9, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0,
    ],
};

/// Attribute numbers of [`LINKINFO_TUN_ATTRS`].
pub mod linkinfo_tun_attrs {
    /// `IFLA_TUN_OWNER`.
    #[doc(alias = "IFLA_TUN_OWNER")]
    pub const OWNER: u16 = 1;
    /// `IFLA_TUN_GROUP`.
    #[doc(alias = "IFLA_TUN_GROUP")]
    pub const GROUP: u16 = 2;
    /// `IFLA_TUN_TYPE`.
    #[doc(alias = "IFLA_TUN_TYPE")]
    pub const TYPE: u16 = 3;
    /// `IFLA_TUN_PI`.
    #[doc(alias = "IFLA_TUN_PI")]
    pub const PI: u16 = 4;
    /// `IFLA_TUN_VNET_HDR`.
    #[doc(alias = "IFLA_TUN_VNET_HDR")]
    pub const VNET_HDR: u16 = 5;
    /// `IFLA_TUN_PERSIST`.
    #[doc(alias = "IFLA_TUN_PERSIST")]
    pub const PERSIST: u16 = 6;
    /// `IFLA_TUN_MULTI_QUEUE`.
    #[doc(alias = "IFLA_TUN_MULTI_QUEUE")]
    pub const MULTI_QUEUE: u16 = 7;
    /// `IFLA_TUN_NUM_QUEUES`.
    #[doc(alias = "IFLA_TUN_NUM_QUEUES")]
    pub const NUM_QUEUES: u16 = 8;
    /// `IFLA_TUN_NUM_DISABLED_QUEUES`.
    #[doc(alias = "IFLA_TUN_NUM_DISABLED_QUEUES")]
    pub const NUM_DISABLED_QUEUES: u16 = 9;
}

/// Typed reads of an attribute chain of the set `linkinfo-tun-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoTunAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoTunAttrs<'a> {
    /// `IFLA_TUN_OWNER`.
    pub fn owner(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_tun_attrs::OWNER, crate::attr::Attr::u32)
    }
    /// `IFLA_TUN_GROUP`.
    pub fn group(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_tun_attrs::GROUP, crate::attr::Attr::u32)
    }
    /// `IFLA_TUN_TYPE`.
    pub fn r#type(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_tun_attrs::TYPE, crate::attr::Attr::u8)
    }
    /// `IFLA_TUN_PI`.
    pub fn pi(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_tun_attrs::PI, crate::attr::Attr::u8)
    }
    /// `IFLA_TUN_VNET_HDR`.
    pub fn vnet_hdr(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_tun_attrs::VNET_HDR, crate::attr::Attr::u8)
    }
    /// `IFLA_TUN_PERSIST`.
    pub fn persist(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_tun_attrs::PERSIST, crate::attr::Attr::u8)
    }
    /// `IFLA_TUN_MULTI_QUEUE`.
    pub fn multi_queue(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_tun_attrs::MULTI_QUEUE, crate::attr::Attr::u8)
    }
    /// `IFLA_TUN_NUM_QUEUES`.
    pub fn num_queues(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_tun_attrs::NUM_QUEUES, crate::attr::Attr::u32)
    }
    /// `IFLA_TUN_NUM_DISABLED_QUEUES`.
    pub fn num_disabled_queues(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_tun_attrs::NUM_DISABLED_QUEUES, crate::attr::Attr::u32)
    }
}

/// `IFLA_VLAN_*`: the attribute set `linkinfo-vlan-attrs`.
pub static LINKINFO_VLAN_ATTRS: Space = Space {
    name: "linkinfo-vlan-attrs",
    prefix: "IFLA_VLAN_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::U16 },
        AttrSpec { id: 2, name: "flags", ty: AttrType::Struct(&IFLA_VLAN_FLAGS) },
        AttrSpec { id: 3, name: "egress_qos", ty: AttrType::Nested(&IFLA_VLAN_QOS) },
        AttrSpec { id: 4, name: "ingress_qos", ty: AttrType::Nested(&IFLA_VLAN_QOS) },
        AttrSpec { id: 5, name: "protocol", ty: AttrType::Enum(Scalar::Be16, VLAN_PROTOCOLS) },
    ],
    by_name: &[0, 0, 0, 0, 0, 0, 3, 4, 5, 0, 0, 0, 1, 0, 2, 0],
};

/// Attribute numbers of [`LINKINFO_VLAN_ATTRS`].
pub mod linkinfo_vlan_attrs {
    /// `IFLA_VLAN_ID`.
    #[doc(alias = "IFLA_VLAN_ID")]
    pub const ID: u16 = 1;
    /// `IFLA_VLAN_FLAGS`.
    #[doc(alias = "IFLA_VLAN_FLAGS")]
    pub const FLAGS: u16 = 2;
    /// `IFLA_VLAN_EGRESS_QOS`.
    #[doc(alias = "IFLA_VLAN_EGRESS_QOS")]
    pub const EGRESS_QOS: u16 = 3;
    /// `IFLA_VLAN_INGRESS_QOS`.
    #[doc(alias = "IFLA_VLAN_INGRESS_QOS")]
    pub const INGRESS_QOS: u16 = 4;
    /// `IFLA_VLAN_PROTOCOL`.
    #[doc(alias = "IFLA_VLAN_PROTOCOL")]
    pub const PROTOCOL: u16 = 5;
}

/// Typed reads of an attribute chain of the set `linkinfo-vlan-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoVlanAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoVlanAttrs<'a> {
    /// `IFLA_VLAN_ID`.
    pub fn id(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_vlan_attrs::ID, crate::attr::Attr::u16)
    }
    /// `IFLA_VLAN_FLAGS`.
    pub fn flags(&self) -> Result<Option<&'a IflaVlanFlags>> {
        self.0.read(linkinfo_vlan_attrs::FLAGS, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VLAN_EGRESS_QOS`.
    pub fn egress_qos(&self) -> Result<Option<IflaVlanQos<'a>>> {
        self.0.read(linkinfo_vlan_attrs::EGRESS_QOS, |a| Ok(IflaVlanQos(a.nested())))
    }
    /// `IFLA_VLAN_INGRESS_QOS`.
    pub fn ingress_qos(&self) -> Result<Option<IflaVlanQos<'a>>> {
        self.0.read(linkinfo_vlan_attrs::INGRESS_QOS, |a| Ok(IflaVlanQos(a.nested())))
    }
    /// `IFLA_VLAN_PROTOCOL`.
    pub fn protocol(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_vlan_attrs::PROTOCOL, crate::attr::Attr::be16)
    }
}

/// `IFLA_VLAN_QOS_*`: the attribute set `ifla-vlan-qos`.
pub static IFLA_VLAN_QOS: Space = Space {
    name: "ifla-vlan-qos",
    prefix: "IFLA_VLAN_QOS_",
    attrs: &[AttrSpec { id: 1, name: "mapping", ty: AttrType::Struct(&IFLA_VLAN_QOS_MAPPING) }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`IFLA_VLAN_QOS`].
pub mod ifla_vlan_qos {
    /// `IFLA_VLAN_QOS_MAPPING`.
    #[doc(alias = "IFLA_VLAN_QOS_MAPPING")]
    pub const MAPPING: u16 = 1;
}

/// Typed reads of an attribute chain of the set `ifla-vlan-qos`.
#[derive(Clone, Debug, Default)]
pub struct IflaVlanQos<'a>(pub crate::attr::Attrs<'a>);

impl<'a> IflaVlanQos<'a> {
    /// `IFLA_VLAN_QOS_MAPPING`.
    pub fn mapping(&self) -> impl Iterator<Item = Result<&'a IflaVlanQosMapping>> + 'a {
        self.0.read_all(ifla_vlan_qos::MAPPING, crate::attr::Attr::as_struct)
    }
}

/// `IFLA_VRF_*`: the attribute set `linkinfo-vrf-attrs`.
pub static LINKINFO_VRF_ATTRS: Space = Space {
    name: "linkinfo-vrf-attrs",
    prefix: "IFLA_VRF_",
    attrs: &[AttrSpec { id: 1, name: "table", ty: AttrType::U32 }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`LINKINFO_VRF_ATTRS`].
pub mod linkinfo_vrf_attrs {
    /// `IFLA_VRF_TABLE`.
    #[doc(alias = "IFLA_VRF_TABLE")]
    pub const TABLE: u16 = 1;
}

/// Typed reads of an attribute chain of the set `linkinfo-vrf-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoVrfAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoVrfAttrs<'a> {
    /// `IFLA_VRF_TABLE`.
    pub fn table(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vrf_attrs::TABLE, crate::attr::Attr::u32)
    }
}

/// `IFLA_XDP_*`: the attribute set `xdp-attrs`.
pub static XDP_ATTRS: Space = Space {
    name: "xdp-attrs",
    prefix: "IFLA_XDP_",
    attrs: &[
        AttrSpec { id: 1, name: "fd", ty: AttrType::S32 },
        AttrSpec { id: 2, name: "attached", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "flags", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "prog_id", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "drv_prog_id", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "skb_prog_id", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "hw_prog_id", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "expected_fd", ty: AttrType::S32 },
    ],
    by_name: &[0, 4, 0, 0, 5, 2, 0, 0, 0, 1, 0, 0, 7, 6, 3, 8],
};

/// Attribute numbers of [`XDP_ATTRS`].
pub mod xdp_attrs {
    /// `IFLA_XDP_FD`.
    #[doc(alias = "IFLA_XDP_FD")]
    pub const FD: u16 = 1;
    /// `IFLA_XDP_ATTACHED`.
    #[doc(alias = "IFLA_XDP_ATTACHED")]
    pub const ATTACHED: u16 = 2;
    /// `IFLA_XDP_FLAGS`.
    #[doc(alias = "IFLA_XDP_FLAGS")]
    pub const FLAGS: u16 = 3;
    /// `IFLA_XDP_PROG_ID`.
    #[doc(alias = "IFLA_XDP_PROG_ID")]
    pub const PROG_ID: u16 = 4;
    /// `IFLA_XDP_DRV_PROG_ID`.
    #[doc(alias = "IFLA_XDP_DRV_PROG_ID")]
    pub const DRV_PROG_ID: u16 = 5;
    /// `IFLA_XDP_SKB_PROG_ID`.
    #[doc(alias = "IFLA_XDP_SKB_PROG_ID")]
    pub const SKB_PROG_ID: u16 = 6;
    /// `IFLA_XDP_HW_PROG_ID`.
    #[doc(alias = "IFLA_XDP_HW_PROG_ID")]
    pub const HW_PROG_ID: u16 = 7;
    /// `IFLA_XDP_EXPECTED_FD`.
    #[doc(alias = "IFLA_XDP_EXPECTED_FD")]
    pub const EXPECTED_FD: u16 = 8;
}

/// Typed reads of an attribute chain of the set `xdp-attrs`.
#[derive(Clone, Debug, Default)]
pub struct XdpAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> XdpAttrs<'a> {
    /// `IFLA_XDP_FD`.
    pub fn fd(&self) -> Result<Option<i32>> {
        self.0.read(xdp_attrs::FD, crate::attr::Attr::i32)
    }
    /// `IFLA_XDP_ATTACHED`.
    pub fn attached(&self) -> Result<Option<u8>> {
        self.0.read(xdp_attrs::ATTACHED, crate::attr::Attr::u8)
    }
    /// `IFLA_XDP_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(xdp_attrs::FLAGS, crate::attr::Attr::u32)
    }
    /// `IFLA_XDP_PROG_ID`.
    pub fn prog_id(&self) -> Result<Option<u32>> {
        self.0.read(xdp_attrs::PROG_ID, crate::attr::Attr::u32)
    }
    /// `IFLA_XDP_DRV_PROG_ID`.
    pub fn drv_prog_id(&self) -> Result<Option<u32>> {
        self.0.read(xdp_attrs::DRV_PROG_ID, crate::attr::Attr::u32)
    }
    /// `IFLA_XDP_SKB_PROG_ID`.
    pub fn skb_prog_id(&self) -> Result<Option<u32>> {
        self.0.read(xdp_attrs::SKB_PROG_ID, crate::attr::Attr::u32)
    }
    /// `IFLA_XDP_HW_PROG_ID`.
    pub fn hw_prog_id(&self) -> Result<Option<u32>> {
        self.0.read(xdp_attrs::HW_PROG_ID, crate::attr::Attr::u32)
    }
    /// `IFLA_XDP_EXPECTED_FD`.
    pub fn expected_fd(&self) -> Result<Option<i32>> {
        self.0.read(xdp_attrs::EXPECTED_FD, crate::attr::Attr::i32)
    }
}

/// `IFLA_INET_*`: the attribute set `ifla-attrs`.
pub static IFLA_ATTRS: Space = Space {
    name: "ifla-attrs",
    prefix: "IFLA_INET_",
    attrs: &[AttrSpec { id: 1, name: "conf", ty: AttrType::Struct(&IPV4_DEVCONF) }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`IFLA_ATTRS`].
pub mod ifla_attrs {
    /// `IFLA_INET_CONF`.
    #[doc(alias = "IFLA_INET_CONF")]
    pub const CONF: u16 = 1;
}

/// Typed reads of an attribute chain of the set `ifla-attrs`.
#[derive(Clone, Debug, Default)]
pub struct IflaAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> IflaAttrs<'a> {
    /// `IFLA_INET_CONF`.
    pub fn conf(&self) -> Result<Option<&'a Ipv4Devconf>> {
        self.0.read(ifla_attrs::CONF, crate::attr::Attr::as_struct)
    }
}

/// `IFLA_INET6_*`: the attribute set `ifla6-attrs`.
pub static IFLA6_ATTRS: Space = Space {
    name: "ifla6-attrs",
    prefix: "IFLA_INET6_",
    attrs: &[
        AttrSpec { id: 1, name: "flags", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "conf", ty: AttrType::Struct(&IPV6_DEVCONF) },
        AttrSpec { id: 3, name: "stats", ty: AttrType::Struct(&IFLA_INET6_STATS) },
        AttrSpec { id: 4, name: "mcast", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "cacheinfo", ty: AttrType::Struct(&IFLA_CACHEINFO) },
        AttrSpec { id: 6, name: "icmp6stats", ty: AttrType::Struct(&IFLA_ICMP6_STATS) },
        AttrSpec { id: 7, name: "token", ty: AttrType::Ip },
        AttrSpec { id: 8, name: "addr_gen_mode", ty: AttrType::U8 },
        AttrSpec { id: 9, name: "ra_mtu", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 7, 4, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 8, 1, 0, 0, 3, 0, 9, 2, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0,
    ],
};

/// Attribute numbers of [`IFLA6_ATTRS`].
pub mod ifla6_attrs {
    /// `IFLA_INET6_FLAGS`.
    #[doc(alias = "IFLA_INET6_FLAGS")]
    pub const FLAGS: u16 = 1;
    /// `IFLA_INET6_CONF`.
    #[doc(alias = "IFLA_INET6_CONF")]
    pub const CONF: u16 = 2;
    /// `IFLA_INET6_STATS`.
    #[doc(alias = "IFLA_INET6_STATS")]
    pub const STATS: u16 = 3;
    /// `IFLA_INET6_MCAST`.
    #[doc(alias = "IFLA_INET6_MCAST")]
    pub const MCAST: u16 = 4;
    /// `IFLA_INET6_CACHEINFO`.
    #[doc(alias = "IFLA_INET6_CACHEINFO")]
    pub const CACHEINFO: u16 = 5;
    /// `IFLA_INET6_ICMP6STATS`.
    #[doc(alias = "IFLA_INET6_ICMP6STATS")]
    pub const ICMP6STATS: u16 = 6;
    /// `IFLA_INET6_TOKEN`.
    #[doc(alias = "IFLA_INET6_TOKEN")]
    pub const TOKEN: u16 = 7;
    /// `IFLA_INET6_ADDR_GEN_MODE`.
    #[doc(alias = "IFLA_INET6_ADDR_GEN_MODE")]
    pub const ADDR_GEN_MODE: u16 = 8;
    /// `IFLA_INET6_RA_MTU`.
    #[doc(alias = "IFLA_INET6_RA_MTU")]
    pub const RA_MTU: u16 = 9;
}

/// Typed reads of an attribute chain of the set `ifla6-attrs`.
#[derive(Clone, Debug, Default)]
pub struct Ifla6Attrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Ifla6Attrs<'a> {
    /// `IFLA_INET6_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(ifla6_attrs::FLAGS, crate::attr::Attr::u32)
    }
    /// `IFLA_INET6_CONF`.
    pub fn conf(&self) -> Result<Option<&'a Ipv6Devconf>> {
        self.0.read(ifla6_attrs::CONF, crate::attr::Attr::as_struct)
    }
    /// `IFLA_INET6_STATS`.
    pub fn stats(&self) -> Result<Option<&'a IflaInet6Stats>> {
        self.0.read(ifla6_attrs::STATS, crate::attr::Attr::as_struct)
    }
    /// `IFLA_INET6_MCAST`.
    pub fn mcast(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(ifla6_attrs::MCAST, |a| Ok(a.payload()))
    }
    /// `IFLA_INET6_CACHEINFO`.
    pub fn cacheinfo(&self) -> Result<Option<&'a IflaCacheinfo>> {
        self.0.read(ifla6_attrs::CACHEINFO, crate::attr::Attr::as_struct)
    }
    /// `IFLA_INET6_ICMP6STATS`.
    pub fn icmp6stats(&self) -> Result<Option<&'a IflaIcmp6Stats>> {
        self.0.read(ifla6_attrs::ICMP6STATS, crate::attr::Attr::as_struct)
    }
    /// `IFLA_INET6_TOKEN`.
    pub fn token(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(ifla6_attrs::TOKEN, crate::attr::Attr::ip)
    }
    /// `IFLA_INET6_ADDR_GEN_MODE`.
    pub fn addr_gen_mode(&self) -> Result<Option<u8>> {
        self.0.read(ifla6_attrs::ADDR_GEN_MODE, crate::attr::Attr::u8)
    }
    /// `IFLA_INET6_RA_MTU`.
    pub fn ra_mtu(&self) -> Result<Option<u32>> {
        self.0.read(ifla6_attrs::RA_MTU, crate::attr::Attr::u32)
    }
}

/// `IFLA_MCTP_*`: the attribute set `mctp-attrs`.
pub static MCTP_ATTRS: Space = Space {
    name: "mctp-attrs",
    prefix: "IFLA_MCTP_",
    attrs: &[
        AttrSpec { id: 1, name: "net", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "phys_binding", ty: AttrType::U8 },
    ],
    by_name: &[0, 1, 2, 0],
};

/// Attribute numbers of [`MCTP_ATTRS`].
pub mod mctp_attrs {
    /// `IFLA_MCTP_NET`.
    #[doc(alias = "IFLA_MCTP_NET")]
    pub const NET: u16 = 1;
    /// `IFLA_MCTP_PHYS_BINDING`.
    #[doc(alias = "IFLA_MCTP_PHYS_BINDING")]
    pub const PHYS_BINDING: u16 = 2;
}

/// Typed reads of an attribute chain of the set `mctp-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MctpAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MctpAttrs<'a> {
    /// `IFLA_MCTP_NET`.
    pub fn net(&self) -> Result<Option<u32>> {
        self.0.read(mctp_attrs::NET, crate::attr::Attr::u32)
    }
    /// `IFLA_MCTP_PHYS_BINDING`.
    pub fn phys_binding(&self) -> Result<Option<u8>> {
        self.0.read(mctp_attrs::PHYS_BINDING, crate::attr::Attr::u8)
    }
}

/// `IFLA_STATS_*`: the attribute set `stats-attrs`.
pub static STATS_ATTRS: Space = Space {
    name: "stats-attrs",
    prefix: "IFLA_STATS_",
    attrs: &[
        AttrSpec { id: 1, name: "link_64", ty: AttrType::Struct(&RTNL_LINK_STATS64) },
        AttrSpec { id: 2, name: "link_xstats", ty: AttrType::Nested(&LINK_XSTATS_TYPE_ATTRS) },
        AttrSpec { id: 3, name: "link_xstats_slave", ty: AttrType::Nested(&LINK_XSTATS_TYPE_ATTRS) },
        AttrSpec { id: 4, name: "link_offload_xstats", ty: AttrType::Nested(&LINK_OFFLOAD_XSTATS) },
        AttrSpec { id: 5, name: "af_spec", ty: AttrType::Bytes },
    ],
    by_name: &[0, 1, 3, 5, 4, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0],
};

/// Attribute numbers of [`STATS_ATTRS`].
pub mod stats_attrs {
    /// `IFLA_STATS_LINK_64`.
    #[doc(alias = "IFLA_STATS_LINK_64")]
    pub const LINK_64: u16 = 1;
    /// `IFLA_STATS_LINK_XSTATS`.
    #[doc(alias = "IFLA_STATS_LINK_XSTATS")]
    pub const LINK_XSTATS: u16 = 2;
    /// `IFLA_STATS_LINK_XSTATS_SLAVE`.
    #[doc(alias = "IFLA_STATS_LINK_XSTATS_SLAVE")]
    pub const LINK_XSTATS_SLAVE: u16 = 3;
    /// `IFLA_STATS_LINK_OFFLOAD_XSTATS`.
    #[doc(alias = "IFLA_STATS_LINK_OFFLOAD_XSTATS")]
    pub const LINK_OFFLOAD_XSTATS: u16 = 4;
    /// `IFLA_STATS_AF_SPEC`.
    #[doc(alias = "IFLA_STATS_AF_SPEC")]
    pub const AF_SPEC: u16 = 5;
}

/// Typed reads of an attribute chain of the set `stats-attrs`.
#[derive(Clone, Debug, Default)]
pub struct StatsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> StatsAttrs<'a> {
    /// `IFLA_STATS_LINK_64`.
    pub fn link_64(&self) -> Result<Option<&'a RtnlLinkStats64>> {
        self.0.read(stats_attrs::LINK_64, crate::attr::Attr::as_struct)
    }
    /// `IFLA_STATS_LINK_XSTATS`.
    pub fn link_xstats(&self) -> Result<Option<LinkXstatsTypeAttrs<'a>>> {
        self.0.read(stats_attrs::LINK_XSTATS, |a| Ok(LinkXstatsTypeAttrs(a.nested())))
    }
    /// `IFLA_STATS_LINK_XSTATS_SLAVE`.
    pub fn link_xstats_slave(&self) -> Result<Option<LinkXstatsTypeAttrs<'a>>> {
        self.0.read(stats_attrs::LINK_XSTATS_SLAVE, |a| Ok(LinkXstatsTypeAttrs(a.nested())))
    }
    /// `IFLA_STATS_LINK_OFFLOAD_XSTATS`.
    pub fn link_offload_xstats(&self) -> Result<Option<LinkOffloadXstats<'a>>> {
        self.0.read(stats_attrs::LINK_OFFLOAD_XSTATS, |a| Ok(LinkOffloadXstats(a.nested())))
    }
    /// `IFLA_STATS_AF_SPEC`.
    pub fn af_spec(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(stats_attrs::AF_SPEC, |a| Ok(a.payload()))
    }
}

/// The type of each entry of `IFLA_OFFLOAD_XSTATS_HW_S_INFO`.
static LINK_OFFLOAD_XSTATS_HW_S_INFO_ELEMENT: AttrType = AttrType::Nested(&HW_S_INFO_ONE);

/// `IFLA_OFFLOAD_XSTATS_*`: the attribute set `link-offload-xstats`.
pub static LINK_OFFLOAD_XSTATS: Space = Space {
    name: "link-offload-xstats",
    prefix: "IFLA_OFFLOAD_XSTATS_",
    attrs: &[
        AttrSpec { id: 1, name: "cpu_hit", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "hw_s_info", ty: AttrType::Array(&LINK_OFFLOAD_XSTATS_HW_S_INFO_ELEMENT) },
        AttrSpec { id: 3, name: "l3_stats", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 2, 0, 1, 3, 0, 0],
};

/// Attribute numbers of [`LINK_OFFLOAD_XSTATS`].
pub mod link_offload_xstats {
    /// `IFLA_OFFLOAD_XSTATS_CPU_HIT`.
    #[doc(alias = "IFLA_OFFLOAD_XSTATS_CPU_HIT")]
    pub const CPU_HIT: u16 = 1;
    /// `IFLA_OFFLOAD_XSTATS_HW_S_INFO`.
    #[doc(alias = "IFLA_OFFLOAD_XSTATS_HW_S_INFO")]
    pub const HW_S_INFO: u16 = 2;
    /// `IFLA_OFFLOAD_XSTATS_L3_STATS`.
    #[doc(alias = "IFLA_OFFLOAD_XSTATS_L3_STATS")]
    pub const L3_STATS: u16 = 3;
}

/// Typed reads of an attribute chain of the set `link-offload-xstats`.
#[derive(Clone, Debug, Default)]
pub struct LinkOffloadXstats<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkOffloadXstats<'a> {
    /// `IFLA_OFFLOAD_XSTATS_CPU_HIT`.
    pub fn cpu_hit(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_offload_xstats::CPU_HIT, |a| Ok(a.payload()))
    }
    /// `IFLA_OFFLOAD_XSTATS_HW_S_INFO`.
    pub fn hw_s_info(&self) -> impl Iterator<Item = Result<HwSInfoOne<'a>>> + 'a {
        self.0.read_array(link_offload_xstats::HW_S_INFO, |a| Ok(HwSInfoOne(a.nested())))
    }
    /// `IFLA_OFFLOAD_XSTATS_L3_STATS`.
    pub fn l3_stats(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_offload_xstats::L3_STATS, |a| Ok(a.payload()))
    }
}

/// `IFLA_OFFLOAD_XSTATS_HW_S_INFO_*`: the attribute set `hw-s-info-one`.
pub static HW_S_INFO_ONE: Space = Space {
    name: "hw-s-info-one",
    prefix: "IFLA_OFFLOAD_XSTATS_HW_S_INFO_",
    attrs: &[
        AttrSpec { id: 1, name: "request", ty: AttrType::U8 },
        AttrSpec { id: 2, name: "used", ty: AttrType::U8 },
    ],
    by_name: &[0, 1, 0, 2],
};

/// Attribute numbers of [`HW_S_INFO_ONE`].
pub mod hw_s_info_one {
    /// `IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST`.
    #[doc(alias = "IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST")]
    pub const REQUEST: u16 = 1;
    /// `IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED`.
    #[doc(alias = "IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED")]
    pub const USED: u16 = 2;
}

/// Typed reads of an attribute chain of the set `hw-s-info-one`.
#[derive(Clone, Debug, Default)]
pub struct HwSInfoOne<'a>(pub crate::attr::Attrs<'a>);

impl<'a> HwSInfoOne<'a> {
    /// `IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST`.
    pub fn request(&self) -> Result<Option<u8>> {
        self.0.read(hw_s_info_one::REQUEST, crate::attr::Attr::u8)
    }
    /// `IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED`.
    pub fn used(&self) -> Result<Option<u8>> {
        self.0.read(hw_s_info_one::USED, crate::attr::Attr::u8)
    }
}

/// `DPLL_A_*`: the attribute set `link-dpll-pin-attrs`.
pub static LINK_DPLL_PIN_ATTRS: Space = Space {
    name: "link-dpll-pin-attrs",
    prefix: "DPLL_A_",
    attrs: &[AttrSpec { id: 1, name: "id", ty: AttrType::U32 }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`LINK_DPLL_PIN_ATTRS`].
pub mod link_dpll_pin_attrs {
    /// `DPLL_A_ID`.
    #[doc(alias = "DPLL_A_ID")]
    pub const ID: u16 = 1;
}

/// Typed reads of an attribute chain of the set `link-dpll-pin-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkDpllPinAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkDpllPinAttrs<'a> {
    /// `DPLL_A_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(link_dpll_pin_attrs::ID, crate::attr::Attr::u32)
    }
}

/// `IFLA_NETKIT_*`: the attribute set `linkinfo-netkit-attrs`.
pub static LINKINFO_NETKIT_ATTRS: Space = Space {
    name: "linkinfo-netkit-attrs",
    prefix: "IFLA_NETKIT_",
    attrs: &[
        AttrSpec { id: 1, name: "peer_info", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "primary", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "policy", ty: AttrType::Enum(Scalar::U32, NETKIT_POLICY) },
        AttrSpec { id: 4, name: "peer_policy", ty: AttrType::Enum(Scalar::U32, NETKIT_POLICY) },
        AttrSpec { id: 5, name: "mode", ty: AttrType::Enum(Scalar::U32, NETKIT_MODE) },
        AttrSpec { id: 6, name: "scrub", ty: AttrType::Enum(Scalar::U32, NETKIT_SCRUB) },
        AttrSpec { id: 7, name: "peer_scrub", ty: AttrType::Enum(Scalar::U32, NETKIT_SCRUB) },
        AttrSpec { id: 8, name: "headroom", ty: AttrType::U16 },
        AttrSpec { id: 9, name: "tailroom", ty: AttrType::U16 },
        AttrSpec { id: 10, name: "pairing", ty: AttrType::Enum(Scalar::U32, NETKIT_PAIRING) },
    ],
    by_name: &[
        8, 0, 1, 0, 0, 0, 0, 0, 0, 0, 7, 0, 2, 3, 5, 0, 0, 0, 0, 0, 9, 10, 0, 0, 0, 4, 6, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`LINKINFO_NETKIT_ATTRS`].
pub mod linkinfo_netkit_attrs {
    /// `IFLA_NETKIT_PEER_INFO`.
    #[doc(alias = "IFLA_NETKIT_PEER_INFO")]
    pub const PEER_INFO: u16 = 1;
    /// `IFLA_NETKIT_PRIMARY`.
    #[doc(alias = "IFLA_NETKIT_PRIMARY")]
    pub const PRIMARY: u16 = 2;
    /// `IFLA_NETKIT_POLICY`.
    #[doc(alias = "IFLA_NETKIT_POLICY")]
    pub const POLICY: u16 = 3;
    /// `IFLA_NETKIT_PEER_POLICY`.
    #[doc(alias = "IFLA_NETKIT_PEER_POLICY")]
    pub const PEER_POLICY: u16 = 4;
    /// `IFLA_NETKIT_MODE`.
    #[doc(alias = "IFLA_NETKIT_MODE")]
    pub const MODE: u16 = 5;
    /// `IFLA_NETKIT_SCRUB`.
    #[doc(alias = "IFLA_NETKIT_SCRUB")]
    pub const SCRUB: u16 = 6;
    /// `IFLA_NETKIT_PEER_SCRUB`.
    #[doc(alias = "IFLA_NETKIT_PEER_SCRUB")]
    pub const PEER_SCRUB: u16 = 7;
    /// `IFLA_NETKIT_HEADROOM`.
    #[doc(alias = "IFLA_NETKIT_HEADROOM")]
    pub const HEADROOM: u16 = 8;
    /// `IFLA_NETKIT_TAILROOM`.
    #[doc(alias = "IFLA_NETKIT_TAILROOM")]
    pub const TAILROOM: u16 = 9;
    /// `IFLA_NETKIT_PAIRING`.
    #[doc(alias = "IFLA_NETKIT_PAIRING")]
    pub const PAIRING: u16 = 10;
}

/// Typed reads of an attribute chain of the set `linkinfo-netkit-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoNetkitAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoNetkitAttrs<'a> {
    /// `IFLA_NETKIT_PEER_INFO`.
    pub fn peer_info(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(linkinfo_netkit_attrs::PEER_INFO, |a| Ok(a.payload()))
    }
    /// `IFLA_NETKIT_PRIMARY`.
    pub fn primary(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_netkit_attrs::PRIMARY, crate::attr::Attr::u8)
    }
    /// `IFLA_NETKIT_POLICY`.
    pub fn policy(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_netkit_attrs::POLICY, crate::attr::Attr::u32)
    }
    /// `IFLA_NETKIT_PEER_POLICY`.
    pub fn peer_policy(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_netkit_attrs::PEER_POLICY, crate::attr::Attr::u32)
    }
    /// `IFLA_NETKIT_MODE`.
    pub fn mode(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_netkit_attrs::MODE, crate::attr::Attr::u32)
    }
    /// `IFLA_NETKIT_SCRUB`.
    pub fn scrub(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_netkit_attrs::SCRUB, crate::attr::Attr::u32)
    }
    /// `IFLA_NETKIT_PEER_SCRUB`.
    pub fn peer_scrub(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_netkit_attrs::PEER_SCRUB, crate::attr::Attr::u32)
    }
    /// `IFLA_NETKIT_HEADROOM`.
    pub fn headroom(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_netkit_attrs::HEADROOM, crate::attr::Attr::u16)
    }
    /// `IFLA_NETKIT_TAILROOM`.
    pub fn tailroom(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_netkit_attrs::TAILROOM, crate::attr::Attr::u16)
    }
    /// `IFLA_NETKIT_PAIRING`.
    pub fn pairing(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_netkit_attrs::PAIRING, crate::attr::Attr::u32)
    }
}

/// `IFLA_OVPN_*`: the attribute set `linkinfo-ovpn-attrs`.
pub static LINKINFO_OVPN_ATTRS: Space = Space {
    name: "linkinfo-ovpn-attrs",
    prefix: "IFLA_OVPN_",
    attrs: &[AttrSpec { id: 1, name: "mode", ty: AttrType::Enum(Scalar::U8, OVPN_MODE) }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`LINKINFO_OVPN_ATTRS`].
pub mod linkinfo_ovpn_attrs {
    /// `IFLA_OVPN_MODE`.
    #[doc(alias = "IFLA_OVPN_MODE")]
    pub const MODE: u16 = 1;
}

/// Typed reads of an attribute chain of the set `linkinfo-ovpn-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoOvpnAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoOvpnAttrs<'a> {
    /// `IFLA_OVPN_MODE`.
    pub fn mode(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_ovpn_attrs::MODE, crate::attr::Attr::u8)
    }
}

/// `IFLA_PROTO_DOWN_REASON_*`: the attribute set `link-proto-down-reason-attrs`.
pub static LINK_PROTO_DOWN_REASON_ATTRS: Space = Space {
    name: "link-proto-down-reason-attrs",
    prefix: "IFLA_PROTO_DOWN_REASON_",
    attrs: &[
        AttrSpec { id: 1, name: "mask", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "value", ty: AttrType::U32 },
    ],
    by_name: &[1, 2, 0, 0],
};

/// Attribute numbers of [`LINK_PROTO_DOWN_REASON_ATTRS`].
pub mod link_proto_down_reason_attrs {
    /// `IFLA_PROTO_DOWN_REASON_MASK`.
    #[doc(alias = "IFLA_PROTO_DOWN_REASON_MASK")]
    pub const MASK: u16 = 1;
    /// `IFLA_PROTO_DOWN_REASON_VALUE`.
    #[doc(alias = "IFLA_PROTO_DOWN_REASON_VALUE")]
    pub const VALUE: u16 = 2;
}

/// Typed reads of an attribute chain of the set `link-proto-down-reason-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkProtoDownReasonAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkProtoDownReasonAttrs<'a> {
    /// `IFLA_PROTO_DOWN_REASON_MASK`.
    pub fn mask(&self) -> Result<Option<u32>> {
        self.0.read(link_proto_down_reason_attrs::MASK, crate::attr::Attr::u32)
    }
    /// `IFLA_PROTO_DOWN_REASON_VALUE`.
    pub fn value(&self) -> Result<Option<u32>> {
        self.0.read(link_proto_down_reason_attrs::VALUE, crate::attr::Attr::u32)
    }
}

/// `IFLA_BRIDGE_*`: the attribute set `link-bridge-af-attrs`.
pub static LINK_BRIDGE_AF_ATTRS: Space = Space {
    name: "link-bridge-af-attrs",
    prefix: "IFLA_BRIDGE_",
    attrs: &[
        AttrSpec { id: 0, name: "flags", ty: AttrType::Bits(Scalar::U16, BRIDGE_FLAGS) },
        AttrSpec { id: 1, name: "mode", ty: AttrType::Enum(Scalar::U16, BRIDGE_MODE) },
        AttrSpec { id: 2, name: "vlan_info", ty: AttrType::Struct(&BRIDGE_VLAN_INFO) },
        AttrSpec { id: 3, name: "vlan_tunnel_info", ty: AttrType::Nested(&LINK_BRIDGE_VLAN_TUNNEL_ATTRS) },
        AttrSpec { id: 4, name: "mrp", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "cfm", ty: AttrType::Bytes },
        AttrSpec { id: 6, name: "mst", ty: AttrType::Bytes },
    ],
    by_name: &[4, 0, 0, 0, 0, 0, 6, 5, 0, 0, 7, 0, 3, 2, 1, 0],
};

/// Attribute numbers of [`LINK_BRIDGE_AF_ATTRS`].
pub mod link_bridge_af_attrs {
    /// `IFLA_BRIDGE_FLAGS`.
    #[doc(alias = "IFLA_BRIDGE_FLAGS")]
    pub const FLAGS: u16 = 0;
    /// `IFLA_BRIDGE_MODE`.
    #[doc(alias = "IFLA_BRIDGE_MODE")]
    pub const MODE: u16 = 1;
    /// `IFLA_BRIDGE_VLAN_INFO`.
    #[doc(alias = "IFLA_BRIDGE_VLAN_INFO")]
    pub const VLAN_INFO: u16 = 2;
    /// `IFLA_BRIDGE_VLAN_TUNNEL_INFO`.
    #[doc(alias = "IFLA_BRIDGE_VLAN_TUNNEL_INFO")]
    pub const VLAN_TUNNEL_INFO: u16 = 3;
    /// `IFLA_BRIDGE_MRP`.
    #[doc(alias = "IFLA_BRIDGE_MRP")]
    pub const MRP: u16 = 4;
    /// `IFLA_BRIDGE_CFM`.
    #[doc(alias = "IFLA_BRIDGE_CFM")]
    pub const CFM: u16 = 5;
    /// `IFLA_BRIDGE_MST`.
    #[doc(alias = "IFLA_BRIDGE_MST")]
    pub const MST: u16 = 6;
}

/// Typed reads of an attribute chain of the set `link-bridge-af-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkBridgeAfAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkBridgeAfAttrs<'a> {
    /// `IFLA_BRIDGE_FLAGS`.
    pub fn flags(&self) -> Result<Option<BridgeFlags>> {
        self.0.read(link_bridge_af_attrs::FLAGS, |a| a.u16().map(BridgeFlags::from_bits_retain))
    }
    /// `IFLA_BRIDGE_MODE`.
    pub fn mode(&self) -> Result<Option<u16>> {
        self.0.read(link_bridge_af_attrs::MODE, crate::attr::Attr::u16)
    }
    /// `IFLA_BRIDGE_VLAN_INFO`.
    pub fn vlan_info(&self) -> impl Iterator<Item = Result<&'a BridgeVlanInfo>> + 'a {
        self.0.read_all(link_bridge_af_attrs::VLAN_INFO, crate::attr::Attr::as_struct)
    }
    /// `IFLA_BRIDGE_VLAN_TUNNEL_INFO`.
    pub fn vlan_tunnel_info(&self) -> impl Iterator<Item = Result<LinkBridgeVlanTunnelAttrs<'a>>> + 'a {
        self.0.read_all(link_bridge_af_attrs::VLAN_TUNNEL_INFO, |a| Ok(LinkBridgeVlanTunnelAttrs(a.nested())))
    }
    /// `IFLA_BRIDGE_MRP`.
    pub fn mrp(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_bridge_af_attrs::MRP, |a| Ok(a.payload()))
    }
    /// `IFLA_BRIDGE_CFM`.
    pub fn cfm(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_bridge_af_attrs::CFM, |a| Ok(a.payload()))
    }
    /// `IFLA_BRIDGE_MST`.
    pub fn mst(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_bridge_af_attrs::MST, |a| Ok(a.payload()))
    }
}

/// `IFLA_BRIDGE_VLAN_TUNNEL_*`: the attribute set `link-bridge-vlan-tunnel-attrs`.
pub static LINK_BRIDGE_VLAN_TUNNEL_ATTRS: Space = Space {
    name: "link-bridge-vlan-tunnel-attrs",
    prefix: "IFLA_BRIDGE_VLAN_TUNNEL_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "vid", ty: AttrType::U16 },
        AttrSpec { id: 3, name: "flags", ty: AttrType::Bits(Scalar::U16, BRIDGE_VLAN_INFO_FLAGS) },
    ],
    by_name: &[0, 2, 0, 0, 1, 0, 3, 0],
};

/// Attribute numbers of [`LINK_BRIDGE_VLAN_TUNNEL_ATTRS`].
pub mod link_bridge_vlan_tunnel_attrs {
    /// `IFLA_BRIDGE_VLAN_TUNNEL_ID`.
    #[doc(alias = "IFLA_BRIDGE_VLAN_TUNNEL_ID")]
    pub const ID: u16 = 1;
    /// `IFLA_BRIDGE_VLAN_TUNNEL_VID`.
    #[doc(alias = "IFLA_BRIDGE_VLAN_TUNNEL_VID")]
    pub const VID: u16 = 2;
    /// `IFLA_BRIDGE_VLAN_TUNNEL_FLAGS`.
    #[doc(alias = "IFLA_BRIDGE_VLAN_TUNNEL_FLAGS")]
    pub const FLAGS: u16 = 3;
}

/// Typed reads of an attribute chain of the set `link-bridge-vlan-tunnel-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkBridgeVlanTunnelAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkBridgeVlanTunnelAttrs<'a> {
    /// `IFLA_BRIDGE_VLAN_TUNNEL_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(link_bridge_vlan_tunnel_attrs::ID, crate::attr::Attr::u32)
    }
    /// `IFLA_BRIDGE_VLAN_TUNNEL_VID`.
    pub fn vid(&self) -> Result<Option<u16>> {
        self.0.read(link_bridge_vlan_tunnel_attrs::VID, crate::attr::Attr::u16)
    }
    /// `IFLA_BRIDGE_VLAN_TUNNEL_FLAGS`.
    pub fn flags(&self) -> Result<Option<BridgeVlanInfoFlags>> {
        self.0.read(link_bridge_vlan_tunnel_attrs::FLAGS, |a| {
            a.u16().map(BridgeVlanInfoFlags::from_bits_retain)
        })
    }
}

/// `IFLA_VXLAN_*`: the attribute set `linkinfo-vxlan-attrs`.
pub static LINKINFO_VXLAN_ATTRS: Space = Space {
    name: "linkinfo-vxlan-attrs",
    prefix: "IFLA_VXLAN_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "group", ty: AttrType::Ip },
        AttrSpec { id: 3, name: "link", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "local", ty: AttrType::Ip },
        AttrSpec { id: 5, name: "ttl", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "tos", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "learning", ty: AttrType::U8 },
        AttrSpec { id: 8, name: "ageing", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "limit", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "port_range", ty: AttrType::Struct(&IFLA_VXLAN_PORT_RANGE) },
        AttrSpec { id: 11, name: "proxy", ty: AttrType::U8 },
        AttrSpec { id: 12, name: "rsc", ty: AttrType::U8 },
        AttrSpec { id: 13, name: "l2miss", ty: AttrType::U8 },
        AttrSpec { id: 14, name: "l3miss", ty: AttrType::U8 },
        AttrSpec { id: 15, name: "port", ty: AttrType::Be16 },
        AttrSpec { id: 16, name: "group6", ty: AttrType::Ip },
        AttrSpec { id: 17, name: "local6", ty: AttrType::Ip },
        AttrSpec { id: 18, name: "udp_csum", ty: AttrType::U8 },
        AttrSpec { id: 19, name: "udp_zero_csum6_tx", ty: AttrType::U8 },
        AttrSpec { id: 20, name: "udp_zero_csum6_rx", ty: AttrType::U8 },
        AttrSpec { id: 21, name: "remcsum_tx", ty: AttrType::U8 },
        AttrSpec { id: 22, name: "remcsum_rx", ty: AttrType::U8 },
        AttrSpec { id: 23, name: "gbp", ty: AttrType::Flag },
        AttrSpec { id: 24, name: "remcsum_nopartial", ty: AttrType::Flag },
        AttrSpec { id: 25, name: "collect_metadata", ty: AttrType::U8 },
        AttrSpec { id: 26, name: "label", ty: AttrType::Be32 },
        AttrSpec { id: 27, name: "gpe", ty: AttrType::Flag },
        AttrSpec { id: 28, name: "ttl_inherit", ty: AttrType::U8 },
        AttrSpec { id: 29, name: "df", ty: AttrType::Enum(Scalar::U8, VXLAN_DF) },
        AttrSpec { id: 30, name: "vnifilter", ty: AttrType::U8 },
        AttrSpec { id: 31, name: "localbypass", ty: AttrType::U8 },
        AttrSpec { id: 32, name: "label_policy", ty: AttrType::Enum(Scalar::U32, VXLAN_LABEL_POLICY) },
        AttrSpec { id: 33, name: "reserved_bits", ty: AttrType::Bytes },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 33, 0, 0, 0, 26, 0, 0, 0, 12, 0,
        21, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 19, 20, 10, 0, 0, 0, 0, 13, 14, 0, 18, 0, 28, 0, 0, 0, 0, 0, 0,
        0, 24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 29, 1, 30, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 27, 31, 0, 0, 0, 0, 25,
        15, 0, 0, 32, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 9, 7, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 6, 8, 11,
        0,
    ],
};

/// Attribute numbers of [`LINKINFO_VXLAN_ATTRS`].
pub mod linkinfo_vxlan_attrs {
    /// `IFLA_VXLAN_ID`.
    #[doc(alias = "IFLA_VXLAN_ID")]
    pub const ID: u16 = 1;
    /// `IFLA_VXLAN_GROUP`.
    #[doc(alias = "IFLA_VXLAN_GROUP")]
    pub const GROUP: u16 = 2;
    /// `IFLA_VXLAN_LINK`.
    #[doc(alias = "IFLA_VXLAN_LINK")]
    pub const LINK: u16 = 3;
    /// `IFLA_VXLAN_LOCAL`.
    #[doc(alias = "IFLA_VXLAN_LOCAL")]
    pub const LOCAL: u16 = 4;
    /// `IFLA_VXLAN_TTL`.
    #[doc(alias = "IFLA_VXLAN_TTL")]
    pub const TTL: u16 = 5;
    /// `IFLA_VXLAN_TOS`.
    #[doc(alias = "IFLA_VXLAN_TOS")]
    pub const TOS: u16 = 6;
    /// `IFLA_VXLAN_LEARNING`.
    #[doc(alias = "IFLA_VXLAN_LEARNING")]
    pub const LEARNING: u16 = 7;
    /// `IFLA_VXLAN_AGEING`.
    #[doc(alias = "IFLA_VXLAN_AGEING")]
    pub const AGEING: u16 = 8;
    /// `IFLA_VXLAN_LIMIT`.
    #[doc(alias = "IFLA_VXLAN_LIMIT")]
    pub const LIMIT: u16 = 9;
    /// `IFLA_VXLAN_PORT_RANGE`.
    #[doc(alias = "IFLA_VXLAN_PORT_RANGE")]
    pub const PORT_RANGE: u16 = 10;
    /// `IFLA_VXLAN_PROXY`.
    #[doc(alias = "IFLA_VXLAN_PROXY")]
    pub const PROXY: u16 = 11;
    /// `IFLA_VXLAN_RSC`.
    #[doc(alias = "IFLA_VXLAN_RSC")]
    pub const RSC: u16 = 12;
    /// `IFLA_VXLAN_L2MISS`.
    #[doc(alias = "IFLA_VXLAN_L2MISS")]
    pub const L2MISS: u16 = 13;
    /// `IFLA_VXLAN_L3MISS`.
    #[doc(alias = "IFLA_VXLAN_L3MISS")]
    pub const L3MISS: u16 = 14;
    /// `IFLA_VXLAN_PORT`.
    #[doc(alias = "IFLA_VXLAN_PORT")]
    pub const PORT: u16 = 15;
    /// `IFLA_VXLAN_GROUP6`.
    #[doc(alias = "IFLA_VXLAN_GROUP6")]
    pub const GROUP6: u16 = 16;
    /// `IFLA_VXLAN_LOCAL6`.
    #[doc(alias = "IFLA_VXLAN_LOCAL6")]
    pub const LOCAL6: u16 = 17;
    /// `IFLA_VXLAN_UDP_CSUM`.
    #[doc(alias = "IFLA_VXLAN_UDP_CSUM")]
    pub const UDP_CSUM: u16 = 18;
    /// `IFLA_VXLAN_UDP_ZERO_CSUM6_TX`.
    #[doc(alias = "IFLA_VXLAN_UDP_ZERO_CSUM6_TX")]
    pub const UDP_ZERO_CSUM6_TX: u16 = 19;
    /// `IFLA_VXLAN_UDP_ZERO_CSUM6_RX`.
    #[doc(alias = "IFLA_VXLAN_UDP_ZERO_CSUM6_RX")]
    pub const UDP_ZERO_CSUM6_RX: u16 = 20;
    /// `IFLA_VXLAN_REMCSUM_TX`.
    #[doc(alias = "IFLA_VXLAN_REMCSUM_TX")]
    pub const REMCSUM_TX: u16 = 21;
    /// `IFLA_VXLAN_REMCSUM_RX`.
    #[doc(alias = "IFLA_VXLAN_REMCSUM_RX")]
    pub const REMCSUM_RX: u16 = 22;
    /// `IFLA_VXLAN_GBP`.
    #[doc(alias = "IFLA_VXLAN_GBP")]
    pub const GBP: u16 = 23;
    /// `IFLA_VXLAN_REMCSUM_NOPARTIAL`.
    #[doc(alias = "IFLA_VXLAN_REMCSUM_NOPARTIAL")]
    pub const REMCSUM_NOPARTIAL: u16 = 24;
    /// `IFLA_VXLAN_COLLECT_METADATA`.
    #[doc(alias = "IFLA_VXLAN_COLLECT_METADATA")]
    pub const COLLECT_METADATA: u16 = 25;
    /// `IFLA_VXLAN_LABEL`.
    #[doc(alias = "IFLA_VXLAN_LABEL")]
    pub const LABEL: u16 = 26;
    /// `IFLA_VXLAN_GPE`.
    #[doc(alias = "IFLA_VXLAN_GPE")]
    pub const GPE: u16 = 27;
    /// `IFLA_VXLAN_TTL_INHERIT`.
    #[doc(alias = "IFLA_VXLAN_TTL_INHERIT")]
    pub const TTL_INHERIT: u16 = 28;
    /// `IFLA_VXLAN_DF`.
    #[doc(alias = "IFLA_VXLAN_DF")]
    pub const DF: u16 = 29;
    /// `IFLA_VXLAN_VNIFILTER`.
    #[doc(alias = "IFLA_VXLAN_VNIFILTER")]
    pub const VNIFILTER: u16 = 30;
    /// `IFLA_VXLAN_LOCALBYPASS`.
    #[doc(alias = "IFLA_VXLAN_LOCALBYPASS")]
    pub const LOCALBYPASS: u16 = 31;
    /// `IFLA_VXLAN_LABEL_POLICY`.
    #[doc(alias = "IFLA_VXLAN_LABEL_POLICY")]
    pub const LABEL_POLICY: u16 = 32;
    /// `IFLA_VXLAN_RESERVED_BITS`.
    #[doc(alias = "IFLA_VXLAN_RESERVED_BITS")]
    pub const RESERVED_BITS: u16 = 33;
}

/// Typed reads of an attribute chain of the set `linkinfo-vxlan-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoVxlanAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoVxlanAttrs<'a> {
    /// `IFLA_VXLAN_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vxlan_attrs::ID, crate::attr::Attr::u32)
    }
    /// `IFLA_VXLAN_GROUP`.
    pub fn group(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_vxlan_attrs::GROUP, crate::attr::Attr::ip)
    }
    /// `IFLA_VXLAN_LINK`.
    pub fn link(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vxlan_attrs::LINK, crate::attr::Attr::u32)
    }
    /// `IFLA_VXLAN_LOCAL`.
    pub fn local(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_vxlan_attrs::LOCAL, crate::attr::Attr::ip)
    }
    /// `IFLA_VXLAN_TTL`.
    pub fn ttl(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::TTL, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_TOS`.
    pub fn tos(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::TOS, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_LEARNING`.
    pub fn learning(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::LEARNING, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_AGEING`.
    pub fn ageing(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vxlan_attrs::AGEING, crate::attr::Attr::u32)
    }
    /// `IFLA_VXLAN_LIMIT`.
    pub fn limit(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vxlan_attrs::LIMIT, crate::attr::Attr::u32)
    }
    /// `IFLA_VXLAN_PORT_RANGE`.
    pub fn port_range(&self) -> Result<Option<&'a IflaVxlanPortRange>> {
        self.0.read(linkinfo_vxlan_attrs::PORT_RANGE, crate::attr::Attr::as_struct)
    }
    /// `IFLA_VXLAN_PROXY`.
    pub fn proxy(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::PROXY, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_RSC`.
    pub fn rsc(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::RSC, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_L2MISS`.
    pub fn l2miss(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::L2MISS, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_L3MISS`.
    pub fn l3miss(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::L3MISS, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_PORT`.
    pub fn port(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_vxlan_attrs::PORT, crate::attr::Attr::be16)
    }
    /// `IFLA_VXLAN_GROUP6`.
    pub fn group6(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_vxlan_attrs::GROUP6, crate::attr::Attr::ip)
    }
    /// `IFLA_VXLAN_LOCAL6`.
    pub fn local6(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(linkinfo_vxlan_attrs::LOCAL6, crate::attr::Attr::ip)
    }
    /// `IFLA_VXLAN_UDP_CSUM`.
    pub fn udp_csum(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::UDP_CSUM, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_UDP_ZERO_CSUM6_TX`.
    pub fn udp_zero_csum6_tx(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::UDP_ZERO_CSUM6_TX, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_UDP_ZERO_CSUM6_RX`.
    pub fn udp_zero_csum6_rx(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::UDP_ZERO_CSUM6_RX, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_REMCSUM_TX`.
    pub fn remcsum_tx(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::REMCSUM_TX, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_REMCSUM_RX`.
    pub fn remcsum_rx(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::REMCSUM_RX, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_GBP`.
    pub fn gbp(&self) -> Result<bool> {
        self.0.flag(linkinfo_vxlan_attrs::GBP)
    }
    /// `IFLA_VXLAN_REMCSUM_NOPARTIAL`.
    pub fn remcsum_nopartial(&self) -> Result<bool> {
        self.0.flag(linkinfo_vxlan_attrs::REMCSUM_NOPARTIAL)
    }
    /// `IFLA_VXLAN_COLLECT_METADATA`.
    pub fn collect_metadata(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::COLLECT_METADATA, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_LABEL`.
    pub fn label(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vxlan_attrs::LABEL, crate::attr::Attr::be32)
    }
    /// `IFLA_VXLAN_GPE`.
    pub fn gpe(&self) -> Result<bool> {
        self.0.flag(linkinfo_vxlan_attrs::GPE)
    }
    /// `IFLA_VXLAN_TTL_INHERIT`.
    pub fn ttl_inherit(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::TTL_INHERIT, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_DF`.
    pub fn df(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::DF, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_VNIFILTER`.
    pub fn vnifilter(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::VNIFILTER, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_LOCALBYPASS`.
    pub fn localbypass(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo_vxlan_attrs::LOCALBYPASS, crate::attr::Attr::u8)
    }
    /// `IFLA_VXLAN_LABEL_POLICY`.
    pub fn label_policy(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_vxlan_attrs::LABEL_POLICY, crate::attr::Attr::u32)
    }
    /// `IFLA_VXLAN_RESERVED_BITS`.
    pub fn reserved_bits(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(linkinfo_vxlan_attrs::RESERVED_BITS, |a| Ok(a.payload()))
    }
}

/// `IFLA_MACVLAN_*`: the attribute set `linkinfo-macvlan-attrs`.
pub static LINKINFO_MACVLAN_ATTRS: Space = Space {
    name: "linkinfo-macvlan-attrs",
    prefix: "IFLA_MACVLAN_",
    attrs: &[
        AttrSpec { id: 1, name: "mode", ty: AttrType::Enum(Scalar::U32, MACVLAN_MODE) },
        AttrSpec { id: 2, name: "flags", ty: AttrType::Bits(Scalar::U16, MACVLAN_FLAGS) },
        AttrSpec { id: 3, name: "macaddr_mode", ty: AttrType::Enum(Scalar::U32, MACVLAN_MACADDR_MODE) },
        AttrSpec { id: 4, name: "macaddr", ty: AttrType::Hwaddr },
        AttrSpec { id: 5, name: "macaddr_data", ty: AttrType::Nested(&LINKINFO_MACVLAN_MACADDR_ATTRS) },
        AttrSpec { id: 6, name: "macaddr_count", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "bc_queue_len", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "bc_queue_len_used", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "bc_cutoff", ty: AttrType::S32 },
    ],
    by_name: &[
        0, 8, 0, 0, 0, 0, 4, 0, 0, 6, 0, 0, 0, 1, 2, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 9, 0, 0, 7, 0, 0, 3,
    ],
};

/// Attribute numbers of [`LINKINFO_MACVLAN_ATTRS`].
pub mod linkinfo_macvlan_attrs {
    /// `IFLA_MACVLAN_MODE`.
    #[doc(alias = "IFLA_MACVLAN_MODE")]
    pub const MODE: u16 = 1;
    /// `IFLA_MACVLAN_FLAGS`.
    #[doc(alias = "IFLA_MACVLAN_FLAGS")]
    pub const FLAGS: u16 = 2;
    /// `IFLA_MACVLAN_MACADDR_MODE`.
    #[doc(alias = "IFLA_MACVLAN_MACADDR_MODE")]
    pub const MACADDR_MODE: u16 = 3;
    /// `IFLA_MACVLAN_MACADDR`.
    #[doc(alias = "IFLA_MACVLAN_MACADDR")]
    pub const MACADDR: u16 = 4;
    /// `IFLA_MACVLAN_MACADDR_DATA`.
    #[doc(alias = "IFLA_MACVLAN_MACADDR_DATA")]
    pub const MACADDR_DATA: u16 = 5;
    /// `IFLA_MACVLAN_MACADDR_COUNT`.
    #[doc(alias = "IFLA_MACVLAN_MACADDR_COUNT")]
    pub const MACADDR_COUNT: u16 = 6;
    /// `IFLA_MACVLAN_BC_QUEUE_LEN`.
    #[doc(alias = "IFLA_MACVLAN_BC_QUEUE_LEN")]
    pub const BC_QUEUE_LEN: u16 = 7;
    /// `IFLA_MACVLAN_BC_QUEUE_LEN_USED`.
    #[doc(alias = "IFLA_MACVLAN_BC_QUEUE_LEN_USED")]
    pub const BC_QUEUE_LEN_USED: u16 = 8;
    /// `IFLA_MACVLAN_BC_CUTOFF`.
    #[doc(alias = "IFLA_MACVLAN_BC_CUTOFF")]
    pub const BC_CUTOFF: u16 = 9;
}

/// Typed reads of an attribute chain of the set `linkinfo-macvlan-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoMacvlanAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoMacvlanAttrs<'a> {
    /// `IFLA_MACVLAN_MODE`.
    pub fn mode(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_macvlan_attrs::MODE, crate::attr::Attr::u32)
    }
    /// `IFLA_MACVLAN_FLAGS`.
    pub fn flags(&self) -> Result<Option<MacvlanFlags>> {
        self.0.read(linkinfo_macvlan_attrs::FLAGS, |a| a.u16().map(MacvlanFlags::from_bits_retain))
    }
    /// `IFLA_MACVLAN_MACADDR_MODE`.
    pub fn macaddr_mode(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_macvlan_attrs::MACADDR_MODE, crate::attr::Attr::u32)
    }
    /// `IFLA_MACVLAN_MACADDR`.
    pub fn macaddr(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(linkinfo_macvlan_attrs::MACADDR, |a| Ok(a.payload()))
    }
    /// `IFLA_MACVLAN_MACADDR_DATA`.
    pub fn macaddr_data(&self) -> Result<Option<LinkinfoMacvlanMacaddrAttrs<'a>>> {
        self.0.read(linkinfo_macvlan_attrs::MACADDR_DATA, |a| Ok(LinkinfoMacvlanMacaddrAttrs(a.nested())))
    }
    /// `IFLA_MACVLAN_MACADDR_COUNT`.
    pub fn macaddr_count(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_macvlan_attrs::MACADDR_COUNT, crate::attr::Attr::u32)
    }
    /// `IFLA_MACVLAN_BC_QUEUE_LEN`.
    pub fn bc_queue_len(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_macvlan_attrs::BC_QUEUE_LEN, crate::attr::Attr::u32)
    }
    /// `IFLA_MACVLAN_BC_QUEUE_LEN_USED`.
    pub fn bc_queue_len_used(&self) -> Result<Option<u32>> {
        self.0.read(linkinfo_macvlan_attrs::BC_QUEUE_LEN_USED, crate::attr::Attr::u32)
    }
    /// `IFLA_MACVLAN_BC_CUTOFF`.
    pub fn bc_cutoff(&self) -> Result<Option<i32>> {
        self.0.read(linkinfo_macvlan_attrs::BC_CUTOFF, crate::attr::Attr::i32)
    }
}

/// `IFLA_MACVLAN_*`: the attribute set `linkinfo-macvlan-macaddr-attrs`.
pub static LINKINFO_MACVLAN_MACADDR_ATTRS: Space = Space {
    name: "linkinfo-macvlan-macaddr-attrs",
    prefix: "IFLA_MACVLAN_",
    attrs: &[AttrSpec { id: 4, name: "macaddr", ty: AttrType::Hwaddr }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`LINKINFO_MACVLAN_MACADDR_ATTRS`].
pub mod linkinfo_macvlan_macaddr_attrs {
    /// `IFLA_MACVLAN_MACADDR`.
    #[doc(alias = "IFLA_MACVLAN_MACADDR")]
    pub const MACADDR: u16 = 4;
}

/// Typed reads of an attribute chain of the set `linkinfo-macvlan-macaddr-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoMacvlanMacaddrAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoMacvlanMacaddrAttrs<'a> {
    /// `IFLA_MACVLAN_MACADDR`.
    pub fn macaddr(&self) -> impl Iterator<Item = Result<&'a [u8]>> + 'a {
        self.0.read_all(linkinfo_macvlan_macaddr_attrs::MACADDR, |a| Ok(a.payload()))
    }
}

/// `IFLA_IPVLAN_*`: the attribute set `linkinfo-ipvlan-attrs`.
pub static LINKINFO_IPVLAN_ATTRS: Space = Space {
    name: "linkinfo-ipvlan-attrs",
    prefix: "IFLA_IPVLAN_",
    attrs: &[
        AttrSpec { id: 1, name: "mode", ty: AttrType::Enum(Scalar::U16, IPVLAN_MODE) },
        AttrSpec { id: 2, name: "flags", ty: AttrType::Bits(Scalar::U16, IPVLAN_FLAGS) },
    ],
    by_name: &[0, 1, 2, 0],
};

/// Attribute numbers of [`LINKINFO_IPVLAN_ATTRS`].
pub mod linkinfo_ipvlan_attrs {
    /// `IFLA_IPVLAN_MODE`.
    #[doc(alias = "IFLA_IPVLAN_MODE")]
    pub const MODE: u16 = 1;
    /// `IFLA_IPVLAN_FLAGS`.
    #[doc(alias = "IFLA_IPVLAN_FLAGS")]
    pub const FLAGS: u16 = 2;
}

/// Typed reads of an attribute chain of the set `linkinfo-ipvlan-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoIpvlanAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoIpvlanAttrs<'a> {
    /// `IFLA_IPVLAN_MODE`.
    pub fn mode(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_ipvlan_attrs::MODE, crate::attr::Attr::u16)
    }
    /// `IFLA_IPVLAN_FLAGS`.
    pub fn flags(&self) -> Result<Option<IpvlanFlags>> {
        self.0.read(linkinfo_ipvlan_attrs::FLAGS, |a| a.u16().map(IpvlanFlags::from_bits_retain))
    }
}

/// `VETH_INFO_*`: the attribute set `linkinfo-veth-attrs`.
pub static LINKINFO_VETH_ATTRS: Space = Space {
    name: "linkinfo-veth-attrs",
    prefix: "VETH_INFO_",
    attrs: &[AttrSpec { id: 1, name: "peer", ty: AttrType::Headed(&IFINFOMSG, &LINK_ATTRS) }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`LINKINFO_VETH_ATTRS`].
pub mod linkinfo_veth_attrs {
    /// `VETH_INFO_PEER`.
    #[doc(alias = "VETH_INFO_PEER")]
    pub const PEER: u16 = 1;
}

/// Typed reads of an attribute chain of the set `linkinfo-veth-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoVethAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoVethAttrs<'a> {
    /// `VETH_INFO_PEER`.
    pub fn peer(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(linkinfo_veth_attrs::PEER, |a| Ok(*a))
    }
}

/// `IFLA_BAREUDP_*`: the attribute set `linkinfo-bareudp-attrs`.
pub static LINKINFO_BAREUDP_ATTRS: Space = Space {
    name: "linkinfo-bareudp-attrs",
    prefix: "IFLA_BAREUDP_",
    attrs: &[
        AttrSpec { id: 1, name: "port", ty: AttrType::Be16 },
        AttrSpec { id: 2, name: "ethertype", ty: AttrType::Be16 },
        AttrSpec { id: 3, name: "srcport_min", ty: AttrType::U16 },
        AttrSpec { id: 4, name: "multiproto_mode", ty: AttrType::Flag },
    ],
    by_name: &[3, 0, 2, 0, 0, 4, 0, 1],
};

/// Attribute numbers of [`LINKINFO_BAREUDP_ATTRS`].
pub mod linkinfo_bareudp_attrs {
    /// `IFLA_BAREUDP_PORT`.
    #[doc(alias = "IFLA_BAREUDP_PORT")]
    pub const PORT: u16 = 1;
    /// `IFLA_BAREUDP_ETHERTYPE`.
    #[doc(alias = "IFLA_BAREUDP_ETHERTYPE")]
    pub const ETHERTYPE: u16 = 2;
    /// `IFLA_BAREUDP_SRCPORT_MIN`.
    #[doc(alias = "IFLA_BAREUDP_SRCPORT_MIN")]
    pub const SRCPORT_MIN: u16 = 3;
    /// `IFLA_BAREUDP_MULTIPROTO_MODE`.
    #[doc(alias = "IFLA_BAREUDP_MULTIPROTO_MODE")]
    pub const MULTIPROTO_MODE: u16 = 4;
}

/// Typed reads of an attribute chain of the set `linkinfo-bareudp-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkinfoBareudpAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkinfoBareudpAttrs<'a> {
    /// `IFLA_BAREUDP_PORT`.
    pub fn port(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_bareudp_attrs::PORT, crate::attr::Attr::be16)
    }
    /// `IFLA_BAREUDP_ETHERTYPE`.
    pub fn ethertype(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_bareudp_attrs::ETHERTYPE, crate::attr::Attr::be16)
    }
    /// `IFLA_BAREUDP_SRCPORT_MIN`.
    pub fn srcport_min(&self) -> Result<Option<u16>> {
        self.0.read(linkinfo_bareudp_attrs::SRCPORT_MIN, crate::attr::Attr::u16)
    }
    /// `IFLA_BAREUDP_MULTIPROTO_MODE`.
    pub fn multiproto_mode(&self) -> Result<bool> {
        self.0.flag(linkinfo_bareudp_attrs::MULTIPROTO_MODE)
    }
}

/// `LINK_XSTATS_TYPE_*`: the attribute set `link-xstats-type-attrs`.
pub static LINK_XSTATS_TYPE_ATTRS: Space = Space {
    name: "link-xstats-type-attrs",
    prefix: "LINK_XSTATS_TYPE_",
    attrs: &[
        AttrSpec { id: 1, name: "bridge", ty: AttrType::Nested(&BRIDGE_XSTATS_ATTRS) },
        AttrSpec { id: 2, name: "bond", ty: AttrType::Bytes },
    ],
    by_name: &[0, 2, 1, 0],
};

/// Attribute numbers of [`LINK_XSTATS_TYPE_ATTRS`].
pub mod link_xstats_type_attrs {
    /// `LINK_XSTATS_TYPE_BRIDGE`.
    #[doc(alias = "LINK_XSTATS_TYPE_BRIDGE")]
    pub const BRIDGE: u16 = 1;
    /// `LINK_XSTATS_TYPE_BOND`.
    #[doc(alias = "LINK_XSTATS_TYPE_BOND")]
    pub const BOND: u16 = 2;
}

/// Typed reads of an attribute chain of the set `link-xstats-type-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LinkXstatsTypeAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LinkXstatsTypeAttrs<'a> {
    /// `LINK_XSTATS_TYPE_BRIDGE`.
    pub fn bridge(&self) -> Result<Option<BridgeXstatsAttrs<'a>>> {
        self.0.read(link_xstats_type_attrs::BRIDGE, |a| Ok(BridgeXstatsAttrs(a.nested())))
    }
    /// `LINK_XSTATS_TYPE_BOND`.
    pub fn bond(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(link_xstats_type_attrs::BOND, |a| Ok(a.payload()))
    }
}

/// `BRIDGE_XSTATS_*`: the attribute set `bridge-xstats-attrs`.
pub static BRIDGE_XSTATS_ATTRS: Space = Space {
    name: "bridge-xstats-attrs",
    prefix: "BRIDGE_XSTATS_",
    attrs: &[
        AttrSpec { id: 1, name: "vlan", ty: AttrType::Struct(&BRIDGE_VLAN_XSTATS) },
        AttrSpec { id: 2, name: "mcast", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "stp", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 2, 3, 1, 0, 0, 4],
};

/// Attribute numbers of [`BRIDGE_XSTATS_ATTRS`].
pub mod bridge_xstats_attrs {
    /// `BRIDGE_XSTATS_VLAN`.
    #[doc(alias = "BRIDGE_XSTATS_VLAN")]
    pub const VLAN: u16 = 1;
    /// `BRIDGE_XSTATS_MCAST`.
    #[doc(alias = "BRIDGE_XSTATS_MCAST")]
    pub const MCAST: u16 = 2;
    /// `BRIDGE_XSTATS_PAD`.
    #[doc(alias = "BRIDGE_XSTATS_PAD")]
    pub const PAD: u16 = 3;
    /// `BRIDGE_XSTATS_STP`.
    #[doc(alias = "BRIDGE_XSTATS_STP")]
    pub const STP: u16 = 4;
}

/// Typed reads of an attribute chain of the set `bridge-xstats-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BridgeXstatsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BridgeXstatsAttrs<'a> {
    /// `BRIDGE_XSTATS_VLAN`.
    pub fn vlan(&self) -> impl Iterator<Item = Result<&'a BridgeVlanXstats>> + 'a {
        self.0.read_all(bridge_xstats_attrs::VLAN, crate::attr::Attr::as_struct)
    }
    /// `BRIDGE_XSTATS_MCAST`.
    pub fn mcast(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(bridge_xstats_attrs::MCAST, |a| Ok(a.payload()))
    }
    /// `BRIDGE_XSTATS_STP`.
    pub fn stp(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(bridge_xstats_attrs::STP, |a| Ok(a.payload()))
    }
}

/// `BRIDGE_VLANDB_DUMP_*`: the attribute set `bridge-vlandb-dump-attrs`.
pub static BRIDGE_VLANDB_DUMP_ATTRS: Space = Space {
    name: "bridge-vlandb-dump-attrs",
    prefix: "BRIDGE_VLANDB_DUMP_",
    attrs: &[AttrSpec { id: 1, name: "flags", ty: AttrType::Bits(Scalar::U32, BRIDGE_VLANDB_DUMP_FLAGS) }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`BRIDGE_VLANDB_DUMP_ATTRS`].
pub mod bridge_vlandb_dump_attrs {
    /// `BRIDGE_VLANDB_DUMP_FLAGS`.
    #[doc(alias = "BRIDGE_VLANDB_DUMP_FLAGS")]
    pub const FLAGS: u16 = 1;
}

/// Typed reads of an attribute chain of the set `bridge-vlandb-dump-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BridgeVlandbDumpAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BridgeVlandbDumpAttrs<'a> {
    /// `BRIDGE_VLANDB_DUMP_FLAGS`.
    pub fn flags(&self) -> Result<Option<BridgeVlandbDumpFlags>> {
        self.0.read(bridge_vlandb_dump_attrs::FLAGS, |a| a.u32().map(BridgeVlandbDumpFlags::from_bits_retain))
    }
}

/// `BRIDGE_VLANDB_*`: the attribute set `bridge-vlandb-attrs`.
pub static BRIDGE_VLANDB_ATTRS: Space = Space {
    name: "bridge-vlandb-attrs",
    prefix: "BRIDGE_VLANDB_",
    attrs: &[
        AttrSpec { id: 1, name: "entry", ty: AttrType::Nested(&BRIDGE_VLANDB_ENTRY_ATTRS) },
        AttrSpec { id: 2, name: "global_options", ty: AttrType::Nested(&BRIDGE_VLANDB_GOPTS_ATTRS) },
    ],
    by_name: &[1, 2, 0, 0],
};

/// Attribute numbers of [`BRIDGE_VLANDB_ATTRS`].
pub mod bridge_vlandb_attrs {
    /// `BRIDGE_VLANDB_ENTRY`.
    #[doc(alias = "BRIDGE_VLANDB_ENTRY")]
    pub const ENTRY: u16 = 1;
    /// `BRIDGE_VLANDB_GLOBAL_OPTIONS`.
    #[doc(alias = "BRIDGE_VLANDB_GLOBAL_OPTIONS")]
    pub const GLOBAL_OPTIONS: u16 = 2;
}

/// Typed reads of an attribute chain of the set `bridge-vlandb-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BridgeVlandbAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BridgeVlandbAttrs<'a> {
    /// `BRIDGE_VLANDB_ENTRY`.
    pub fn entry(&self) -> impl Iterator<Item = Result<BridgeVlandbEntryAttrs<'a>>> + 'a {
        self.0.read_all(bridge_vlandb_attrs::ENTRY, |a| Ok(BridgeVlandbEntryAttrs(a.nested())))
    }
    /// `BRIDGE_VLANDB_GLOBAL_OPTIONS`.
    pub fn global_options(&self) -> impl Iterator<Item = Result<BridgeVlandbGoptsAttrs<'a>>> + 'a {
        self.0.read_all(bridge_vlandb_attrs::GLOBAL_OPTIONS, |a| Ok(BridgeVlandbGoptsAttrs(a.nested())))
    }
}

/// `BRIDGE_VLANDB_ENTRY_*`: the attribute set `bridge-vlandb-entry-attrs`.
pub static BRIDGE_VLANDB_ENTRY_ATTRS: Space = Space {
    name: "bridge-vlandb-entry-attrs",
    prefix: "BRIDGE_VLANDB_ENTRY_",
    attrs: &[
        AttrSpec { id: 1, name: "info", ty: AttrType::Struct(&BRIDGE_VLAN_INFO) },
        AttrSpec { id: 2, name: "range", ty: AttrType::U16 },
        AttrSpec { id: 3, name: "state", ty: AttrType::Enum(Scalar::U8, BR_PORT_STATE_NAMES) },
        AttrSpec { id: 4, name: "tunnel_info", ty: AttrType::Nested(&BRIDGE_VLANDB_TINFO_ATTRS) },
        AttrSpec { id: 5, name: "stats", ty: AttrType::Nested(&BRIDGE_VLANDB_STATS_ATTRS) },
        AttrSpec { id: 6, name: "mcast_router", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "mcast_n_groups", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "mcast_max_groups", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "neigh_suppress", ty: AttrType::U8 },
    ],
    by_name: &[
        0, 9, 0, 0, 0, 0, 7, 3, 0, 0, 0, 8, 0, 0, 0, 0, 0, 5, 0, 0, 0, 1, 6, 2, 4, 0, 0, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`BRIDGE_VLANDB_ENTRY_ATTRS`].
pub mod bridge_vlandb_entry_attrs {
    /// `BRIDGE_VLANDB_ENTRY_INFO`.
    #[doc(alias = "BRIDGE_VLANDB_ENTRY_INFO")]
    pub const INFO: u16 = 1;
    /// `BRIDGE_VLANDB_ENTRY_RANGE`.
    #[doc(alias = "BRIDGE_VLANDB_ENTRY_RANGE")]
    pub const RANGE: u16 = 2;
    /// `BRIDGE_VLANDB_ENTRY_STATE`.
    #[doc(alias = "BRIDGE_VLANDB_ENTRY_STATE")]
    pub const STATE: u16 = 3;
    /// `BRIDGE_VLANDB_ENTRY_TUNNEL_INFO`.
    #[doc(alias = "BRIDGE_VLANDB_ENTRY_TUNNEL_INFO")]
    pub const TUNNEL_INFO: u16 = 4;
    /// `BRIDGE_VLANDB_ENTRY_STATS`.
    #[doc(alias = "BRIDGE_VLANDB_ENTRY_STATS")]
    pub const STATS: u16 = 5;
    /// `BRIDGE_VLANDB_ENTRY_MCAST_ROUTER`.
    #[doc(alias = "BRIDGE_VLANDB_ENTRY_MCAST_ROUTER")]
    pub const MCAST_ROUTER: u16 = 6;
    /// `BRIDGE_VLANDB_ENTRY_MCAST_N_GROUPS`.
    #[doc(alias = "BRIDGE_VLANDB_ENTRY_MCAST_N_GROUPS")]
    pub const MCAST_N_GROUPS: u16 = 7;
    /// `BRIDGE_VLANDB_ENTRY_MCAST_MAX_GROUPS`.
    #[doc(alias = "BRIDGE_VLANDB_ENTRY_MCAST_MAX_GROUPS")]
    pub const MCAST_MAX_GROUPS: u16 = 8;
    /// `BRIDGE_VLANDB_ENTRY_NEIGH_SUPPRESS`.
    #[doc(alias = "BRIDGE_VLANDB_ENTRY_NEIGH_SUPPRESS")]
    pub const NEIGH_SUPPRESS: u16 = 9;
}

/// Typed reads of an attribute chain of the set `bridge-vlandb-entry-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BridgeVlandbEntryAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BridgeVlandbEntryAttrs<'a> {
    /// `BRIDGE_VLANDB_ENTRY_INFO`.
    pub fn info(&self) -> Result<Option<&'a BridgeVlanInfo>> {
        self.0.read(bridge_vlandb_entry_attrs::INFO, crate::attr::Attr::as_struct)
    }
    /// `BRIDGE_VLANDB_ENTRY_RANGE`.
    pub fn range(&self) -> Result<Option<u16>> {
        self.0.read(bridge_vlandb_entry_attrs::RANGE, crate::attr::Attr::u16)
    }
    /// `BRIDGE_VLANDB_ENTRY_STATE`.
    pub fn state(&self) -> Result<Option<u8>> {
        self.0.read(bridge_vlandb_entry_attrs::STATE, crate::attr::Attr::u8)
    }
    /// `BRIDGE_VLANDB_ENTRY_TUNNEL_INFO`.
    pub fn tunnel_info(&self) -> Result<Option<BridgeVlandbTinfoAttrs<'a>>> {
        self.0.read(bridge_vlandb_entry_attrs::TUNNEL_INFO, |a| Ok(BridgeVlandbTinfoAttrs(a.nested())))
    }
    /// `BRIDGE_VLANDB_ENTRY_STATS`.
    pub fn stats(&self) -> Result<Option<BridgeVlandbStatsAttrs<'a>>> {
        self.0.read(bridge_vlandb_entry_attrs::STATS, |a| Ok(BridgeVlandbStatsAttrs(a.nested())))
    }
    /// `BRIDGE_VLANDB_ENTRY_MCAST_ROUTER`.
    pub fn mcast_router(&self) -> Result<Option<u8>> {
        self.0.read(bridge_vlandb_entry_attrs::MCAST_ROUTER, crate::attr::Attr::u8)
    }
    /// `BRIDGE_VLANDB_ENTRY_MCAST_N_GROUPS`.
    pub fn mcast_n_groups(&self) -> Result<Option<u32>> {
        self.0.read(bridge_vlandb_entry_attrs::MCAST_N_GROUPS, crate::attr::Attr::u32)
    }
    /// `BRIDGE_VLANDB_ENTRY_MCAST_MAX_GROUPS`.
    pub fn mcast_max_groups(&self) -> Result<Option<u32>> {
        self.0.read(bridge_vlandb_entry_attrs::MCAST_MAX_GROUPS, crate::attr::Attr::u32)
    }
    /// `BRIDGE_VLANDB_ENTRY_NEIGH_SUPPRESS`.
    pub fn neigh_suppress(&self) -> Result<Option<u8>> {
        self.0.read(bridge_vlandb_entry_attrs::NEIGH_SUPPRESS, crate::attr::Attr::u8)
    }
}

/// `BRIDGE_VLANDB_TINFO_*`: the attribute set `bridge-vlandb-tinfo-attrs`.
pub static BRIDGE_VLANDB_TINFO_ATTRS: Space = Space {
    name: "bridge-vlandb-tinfo-attrs",
    prefix: "BRIDGE_VLANDB_TINFO_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "cmd", ty: AttrType::U32 },
    ],
    by_name: &[1, 0, 2, 0],
};

/// Attribute numbers of [`BRIDGE_VLANDB_TINFO_ATTRS`].
pub mod bridge_vlandb_tinfo_attrs {
    /// `BRIDGE_VLANDB_TINFO_ID`.
    #[doc(alias = "BRIDGE_VLANDB_TINFO_ID")]
    pub const ID: u16 = 1;
    /// `BRIDGE_VLANDB_TINFO_CMD`.
    #[doc(alias = "BRIDGE_VLANDB_TINFO_CMD")]
    pub const CMD: u16 = 2;
}

/// Typed reads of an attribute chain of the set `bridge-vlandb-tinfo-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BridgeVlandbTinfoAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BridgeVlandbTinfoAttrs<'a> {
    /// `BRIDGE_VLANDB_TINFO_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(bridge_vlandb_tinfo_attrs::ID, crate::attr::Attr::u32)
    }
    /// `BRIDGE_VLANDB_TINFO_CMD`.
    pub fn cmd(&self) -> Result<Option<u32>> {
        self.0.read(bridge_vlandb_tinfo_attrs::CMD, crate::attr::Attr::u32)
    }
}

/// `BRIDGE_VLANDB_STATS_*`: the attribute set `bridge-vlandb-stats-attrs`.
pub static BRIDGE_VLANDB_STATS_ATTRS: Space = Space {
    name: "bridge-vlandb-stats-attrs",
    prefix: "BRIDGE_VLANDB_STATS_",
    attrs: &[
        AttrSpec { id: 1, name: "rx_bytes", ty: AttrType::U64 },
        AttrSpec { id: 2, name: "rx_packets", ty: AttrType::U64 },
        AttrSpec { id: 3, name: "tx_bytes", ty: AttrType::U64 },
        AttrSpec { id: 4, name: "tx_packets", ty: AttrType::U64 },
        AttrSpec { id: 5, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[0, 4, 0, 1, 5, 0, 0, 0, 0, 3, 0, 2, 0, 0, 0, 0],
};

/// Attribute numbers of [`BRIDGE_VLANDB_STATS_ATTRS`].
pub mod bridge_vlandb_stats_attrs {
    /// `BRIDGE_VLANDB_STATS_RX_BYTES`.
    #[doc(alias = "BRIDGE_VLANDB_STATS_RX_BYTES")]
    pub const RX_BYTES: u16 = 1;
    /// `BRIDGE_VLANDB_STATS_RX_PACKETS`.
    #[doc(alias = "BRIDGE_VLANDB_STATS_RX_PACKETS")]
    pub const RX_PACKETS: u16 = 2;
    /// `BRIDGE_VLANDB_STATS_TX_BYTES`.
    #[doc(alias = "BRIDGE_VLANDB_STATS_TX_BYTES")]
    pub const TX_BYTES: u16 = 3;
    /// `BRIDGE_VLANDB_STATS_TX_PACKETS`.
    #[doc(alias = "BRIDGE_VLANDB_STATS_TX_PACKETS")]
    pub const TX_PACKETS: u16 = 4;
    /// `BRIDGE_VLANDB_STATS_PAD`.
    #[doc(alias = "BRIDGE_VLANDB_STATS_PAD")]
    pub const PAD: u16 = 5;
}

/// Typed reads of an attribute chain of the set `bridge-vlandb-stats-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BridgeVlandbStatsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BridgeVlandbStatsAttrs<'a> {
    /// `BRIDGE_VLANDB_STATS_RX_BYTES`.
    pub fn rx_bytes(&self) -> Result<Option<u64>> {
        self.0.read(bridge_vlandb_stats_attrs::RX_BYTES, crate::attr::Attr::u64)
    }
    /// `BRIDGE_VLANDB_STATS_RX_PACKETS`.
    pub fn rx_packets(&self) -> Result<Option<u64>> {
        self.0.read(bridge_vlandb_stats_attrs::RX_PACKETS, crate::attr::Attr::u64)
    }
    /// `BRIDGE_VLANDB_STATS_TX_BYTES`.
    pub fn tx_bytes(&self) -> Result<Option<u64>> {
        self.0.read(bridge_vlandb_stats_attrs::TX_BYTES, crate::attr::Attr::u64)
    }
    /// `BRIDGE_VLANDB_STATS_TX_PACKETS`.
    pub fn tx_packets(&self) -> Result<Option<u64>> {
        self.0.read(bridge_vlandb_stats_attrs::TX_PACKETS, crate::attr::Attr::u64)
    }
}

/// `BRIDGE_VLANDB_GOPTS_*`: the attribute set `bridge-vlandb-gopts-attrs`.
pub static BRIDGE_VLANDB_GOPTS_ATTRS: Space = Space {
    name: "bridge-vlandb-gopts-attrs",
    prefix: "BRIDGE_VLANDB_GOPTS_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::U16 },
        AttrSpec { id: 2, name: "range", ty: AttrType::U16 },
        AttrSpec { id: 3, name: "mcast_snooping", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "mcast_igmp_version", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "mcast_mld_version", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "mcast_last_member_cnt", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "mcast_startup_query_cnt", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "mcast_last_member_intvl", ty: AttrType::U64 },
        AttrSpec { id: 9, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 10, name: "mcast_membership_intvl", ty: AttrType::U64 },
        AttrSpec { id: 11, name: "mcast_querier_intvl", ty: AttrType::U64 },
        AttrSpec { id: 12, name: "mcast_query_intvl", ty: AttrType::U64 },
        AttrSpec { id: 13, name: "mcast_query_response_intvl", ty: AttrType::U64 },
        AttrSpec { id: 14, name: "mcast_startup_query_intvl", ty: AttrType::U64 },
        AttrSpec { id: 15, name: "mcast_querier", ty: AttrType::U8 },
        AttrSpec { id: 16, name: "mcast_router_ports", ty: AttrType::Bytes },
        AttrSpec { id: 17, name: "mcast_querier_state", ty: AttrType::Bytes },
        AttrSpec { id: 18, name: "msti", ty: AttrType::U16 },
    ],
    by_name: &[
        0, 0, 10, 11, 0, 16, 0, 14, 17, 13, 0, 0, 1, 0, 0, 0, 0, 5, 0, 0, 6, 0, 0, 2, 7, 8, 12, 15, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 4, 9, 0, 0, 0, 0, 0, 18, 0, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`BRIDGE_VLANDB_GOPTS_ATTRS`].
pub mod bridge_vlandb_gopts_attrs {
    /// `BRIDGE_VLANDB_GOPTS_ID`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_ID")]
    pub const ID: u16 = 1;
    /// `BRIDGE_VLANDB_GOPTS_RANGE`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_RANGE")]
    pub const RANGE: u16 = 2;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_SNOOPING`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_SNOOPING")]
    pub const MCAST_SNOOPING: u16 = 3;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_IGMP_VERSION`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_IGMP_VERSION")]
    pub const MCAST_IGMP_VERSION: u16 = 4;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_MLD_VERSION`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_MLD_VERSION")]
    pub const MCAST_MLD_VERSION: u16 = 5;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_CNT`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_CNT")]
    pub const MCAST_LAST_MEMBER_CNT: u16 = 6;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_STARTUP_QUERY_CNT`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_STARTUP_QUERY_CNT")]
    pub const MCAST_STARTUP_QUERY_CNT: u16 = 7;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_INTVL`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_INTVL")]
    pub const MCAST_LAST_MEMBER_INTVL: u16 = 8;
    /// `BRIDGE_VLANDB_GOPTS_PAD`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_PAD")]
    pub const PAD: u16 = 9;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_MEMBERSHIP_INTVL`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_MEMBERSHIP_INTVL")]
    pub const MCAST_MEMBERSHIP_INTVL: u16 = 10;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_QUERIER_INTVL`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_QUERIER_INTVL")]
    pub const MCAST_QUERIER_INTVL: u16 = 11;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_QUERY_INTVL`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_QUERY_INTVL")]
    pub const MCAST_QUERY_INTVL: u16 = 12;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_QUERY_RESPONSE_INTVL`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_QUERY_RESPONSE_INTVL")]
    pub const MCAST_QUERY_RESPONSE_INTVL: u16 = 13;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_STARTUP_QUERY_INTVL`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_STARTUP_QUERY_INTVL")]
    pub const MCAST_STARTUP_QUERY_INTVL: u16 = 14;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_QUERIER`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_QUERIER")]
    pub const MCAST_QUERIER: u16 = 15;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_ROUTER_PORTS`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_ROUTER_PORTS")]
    pub const MCAST_ROUTER_PORTS: u16 = 16;
    /// `BRIDGE_VLANDB_GOPTS_MCAST_QUERIER_STATE`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MCAST_QUERIER_STATE")]
    pub const MCAST_QUERIER_STATE: u16 = 17;
    /// `BRIDGE_VLANDB_GOPTS_MSTI`.
    #[doc(alias = "BRIDGE_VLANDB_GOPTS_MSTI")]
    pub const MSTI: u16 = 18;
}

/// Typed reads of an attribute chain of the set `bridge-vlandb-gopts-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BridgeVlandbGoptsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BridgeVlandbGoptsAttrs<'a> {
    /// `BRIDGE_VLANDB_GOPTS_ID`.
    pub fn id(&self) -> Result<Option<u16>> {
        self.0.read(bridge_vlandb_gopts_attrs::ID, crate::attr::Attr::u16)
    }
    /// `BRIDGE_VLANDB_GOPTS_RANGE`.
    pub fn range(&self) -> Result<Option<u16>> {
        self.0.read(bridge_vlandb_gopts_attrs::RANGE, crate::attr::Attr::u16)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_SNOOPING`.
    pub fn mcast_snooping(&self) -> Result<Option<u8>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_SNOOPING, crate::attr::Attr::u8)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_IGMP_VERSION`.
    pub fn mcast_igmp_version(&self) -> Result<Option<u8>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_IGMP_VERSION, crate::attr::Attr::u8)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_MLD_VERSION`.
    pub fn mcast_mld_version(&self) -> Result<Option<u8>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_MLD_VERSION, crate::attr::Attr::u8)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_CNT`.
    pub fn mcast_last_member_cnt(&self) -> Result<Option<u32>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_LAST_MEMBER_CNT, crate::attr::Attr::u32)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_STARTUP_QUERY_CNT`.
    pub fn mcast_startup_query_cnt(&self) -> Result<Option<u32>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_STARTUP_QUERY_CNT, crate::attr::Attr::u32)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_INTVL`.
    pub fn mcast_last_member_intvl(&self) -> Result<Option<u64>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_LAST_MEMBER_INTVL, crate::attr::Attr::u64)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_MEMBERSHIP_INTVL`.
    pub fn mcast_membership_intvl(&self) -> Result<Option<u64>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_MEMBERSHIP_INTVL, crate::attr::Attr::u64)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_QUERIER_INTVL`.
    pub fn mcast_querier_intvl(&self) -> Result<Option<u64>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_QUERIER_INTVL, crate::attr::Attr::u64)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_QUERY_INTVL`.
    pub fn mcast_query_intvl(&self) -> Result<Option<u64>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_QUERY_INTVL, crate::attr::Attr::u64)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_QUERY_RESPONSE_INTVL`.
    pub fn mcast_query_response_intvl(&self) -> Result<Option<u64>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_QUERY_RESPONSE_INTVL, crate::attr::Attr::u64)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_STARTUP_QUERY_INTVL`.
    pub fn mcast_startup_query_intvl(&self) -> Result<Option<u64>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_STARTUP_QUERY_INTVL, crate::attr::Attr::u64)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_QUERIER`.
    pub fn mcast_querier(&self) -> Result<Option<u8>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_QUERIER, crate::attr::Attr::u8)
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_ROUTER_PORTS`.
    pub fn mcast_router_ports(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_ROUTER_PORTS, |a| Ok(a.payload()))
    }
    /// `BRIDGE_VLANDB_GOPTS_MCAST_QUERIER_STATE`.
    pub fn mcast_querier_state(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(bridge_vlandb_gopts_attrs::MCAST_QUERIER_STATE, |a| Ok(a.payload()))
    }
    /// `BRIDGE_VLANDB_GOPTS_MSTI`.
    pub fn msti(&self) -> Result<Option<u16>> {
        self.0.read(bridge_vlandb_gopts_attrs::MSTI, crate::attr::Attr::u16)
    }
}

/// Messages of `struct ifinfomsg` followed by `link-attrs`.
pub static LINK_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-link", header: &IFINFOMSG, space: &LINK_ATTRS };

/// Messages of `struct if_stats_msg` followed by `stats-attrs`.
pub static STATS_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-link", header: &IF_STATS_MSG, space: &STATS_ATTRS };

/// Messages of `struct br_vlan_msg` followed by `bridge-vlandb-attrs`.
pub static BRIDGE_VLANDB_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-link", header: &BR_VLAN_MSG, space: &BRIDGE_VLANDB_ATTRS };

/// Messages of `struct br_vlan_msg` followed by `bridge-vlandb-dump-attrs`.
pub static BRIDGE_VLANDB_DUMP_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-link", header: &BR_VLAN_MSG, space: &BRIDGE_VLANDB_DUMP_ATTRS };
