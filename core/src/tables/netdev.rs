//! Tables of the `netdev` netlink spec.
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

/// Bit names of `xdp-act`.
pub static XDP_ACT: &[(u32, &str)] = &[
    (1, "basic"),
    (2, "redirect"),
    (4, "ndo-xmit"),
    (8, "xsk-zerocopy"),
    (16, "hw-offload"),
    (32, "rx-sg"),
    (64, "ndo-xmit-sg"),
];

/// Bit masks of `xdp-act`.
pub mod xdp_act {
    /// `BASIC`.
    pub const BASIC: u64 = 1;
    /// `REDIRECT`.
    pub const REDIRECT: u64 = 2;
    /// `NDO_XMIT`.
    pub const NDO_XMIT: u64 = 4;
    /// `XSK_ZEROCOPY`.
    pub const XSK_ZEROCOPY: u64 = 8;
    /// `HW_OFFLOAD`.
    pub const HW_OFFLOAD: u64 = 16;
    /// `RX_SG`.
    pub const RX_SG: u64 = 32;
    /// `NDO_XMIT_SG`.
    pub const NDO_XMIT_SG: u64 = 64;
}

bitflags::bitflags! {
    /// The bits of `xdp-act`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct XdpAct: u64 {
        /// [`xdp_act::BASIC`].
        const BASIC = xdp_act::BASIC;
        /// [`xdp_act::REDIRECT`].
        const REDIRECT = xdp_act::REDIRECT;
        /// [`xdp_act::NDO_XMIT`].
        const NDO_XMIT = xdp_act::NDO_XMIT;
        /// [`xdp_act::XSK_ZEROCOPY`].
        const XSK_ZEROCOPY = xdp_act::XSK_ZEROCOPY;
        /// [`xdp_act::HW_OFFLOAD`].
        const HW_OFFLOAD = xdp_act::HW_OFFLOAD;
        /// [`xdp_act::RX_SG`].
        const RX_SG = xdp_act::RX_SG;
        /// [`xdp_act::NDO_XMIT_SG`].
        const NDO_XMIT_SG = xdp_act::NDO_XMIT_SG;
    }
}

/// Bit names of `xdp-rx-metadata`.
pub static XDP_RX_METADATA: &[(u32, &str)] = &[(1, "timestamp"), (2, "hash"), (4, "vlan-tag")];

/// Bit masks of `xdp-rx-metadata`.
pub mod xdp_rx_metadata {
    /// `TIMESTAMP`.
    pub const TIMESTAMP: u64 = 1;
    /// `HASH`.
    pub const HASH: u64 = 2;
    /// `VLAN_TAG`.
    pub const VLAN_TAG: u64 = 4;
}

bitflags::bitflags! {
    /// The bits of `xdp-rx-metadata`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct XdpRxMetadata: u64 {
        /// [`xdp_rx_metadata::TIMESTAMP`].
        const TIMESTAMP = xdp_rx_metadata::TIMESTAMP;
        /// [`xdp_rx_metadata::HASH`].
        const HASH = xdp_rx_metadata::HASH;
        /// [`xdp_rx_metadata::VLAN_TAG`].
        const VLAN_TAG = xdp_rx_metadata::VLAN_TAG;
    }
}

/// Bit names of `xsk-flags`.
pub static XSK_FLAGS: &[(u32, &str)] = &[(1, "tx-timestamp"), (2, "tx-checksum"), (4, "tx-launch-time-fifo")];

/// Bit masks of `xsk-flags`.
pub mod xsk_flags {
    /// `TX_TIMESTAMP`.
    pub const TX_TIMESTAMP: u64 = 1;
    /// `TX_CHECKSUM`.
    pub const TX_CHECKSUM: u64 = 2;
    /// `TX_LAUNCH_TIME_FIFO`.
    pub const TX_LAUNCH_TIME_FIFO: u64 = 4;
}

bitflags::bitflags! {
    /// The bits of `xsk-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct XskFlags: u64 {
        /// [`xsk_flags::TX_TIMESTAMP`].
        const TX_TIMESTAMP = xsk_flags::TX_TIMESTAMP;
        /// [`xsk_flags::TX_CHECKSUM`].
        const TX_CHECKSUM = xsk_flags::TX_CHECKSUM;
        /// [`xsk_flags::TX_LAUNCH_TIME_FIFO`].
        const TX_LAUNCH_TIME_FIFO = xsk_flags::TX_LAUNCH_TIME_FIFO;
    }
}

/// Names of `queue-type`.
pub static QUEUE_TYPE: &[(u32, &str)] = &[(0, "rx"), (1, "tx")];

/// Values of `queue-type`.
pub mod queue_type {
    /// `RX`.
    pub const RX: u32 = 0;
    /// `TX`.
    pub const TX: u32 = 1;
}

/// Bit names of `qstats-scope`.
pub static QSTATS_SCOPE: &[(u32, &str)] = &[(1, "queue")];

/// Bit masks of `qstats-scope`.
pub mod qstats_scope {
    /// `QUEUE`.
    pub const QUEUE: u32 = 1;
}

bitflags::bitflags! {
    /// The bits of `qstats-scope`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct QstatsScope: u32 {
        /// [`qstats_scope::QUEUE`].
        const QUEUE = qstats_scope::QUEUE;
    }
}

/// Names of `napi-threaded`.
pub static NAPI_THREADED: &[(u32, &str)] = &[(0, "disabled"), (1, "enabled"), (2, "busy-poll")];

/// Values of `napi-threaded`.
pub mod napi_threaded {
    /// `DISABLED`.
    pub const DISABLED: u32 = 0;
    /// `ENABLED`.
    pub const ENABLED: u32 = 1;
    /// `BUSY_POLL`.
    pub const BUSY_POLL: u32 = 2;
}

/// `NETDEV_A_DEV_*`: the attribute set `dev`.
pub static DEV: Space = Space {
    name: "dev",
    prefix: "NETDEV_A_DEV_",
    attrs: &[
        AttrSpec { id: 1, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "xdp_features", ty: AttrType::Bits(Scalar::U64, XDP_ACT) },
        AttrSpec { id: 4, name: "xdp_zc_max_segs", ty: AttrType::U32 },
        AttrSpec {
            id: 5,
            name: "xdp_rx_metadata_features",
            ty: AttrType::Bits(Scalar::U64, XDP_RX_METADATA),
        },
        AttrSpec { id: 6, name: "xsk_features", ty: AttrType::Bits(Scalar::U64, XSK_FLAGS) },
    ],
    by_name: &[0, 3, 6, 1, 2, 5, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0],
};

/// Attribute numbers of [`DEV`].
pub mod dev {
    /// `NETDEV_A_DEV_IFINDEX`.
    #[doc(alias = "NETDEV_A_DEV_IFINDEX")]
    pub const IFINDEX: u16 = 1;
    /// `NETDEV_A_DEV_PAD`.
    #[doc(alias = "NETDEV_A_DEV_PAD")]
    pub const PAD: u16 = 2;
    /// `NETDEV_A_DEV_XDP_FEATURES`.
    #[doc(alias = "NETDEV_A_DEV_XDP_FEATURES")]
    pub const XDP_FEATURES: u16 = 3;
    /// `NETDEV_A_DEV_XDP_ZC_MAX_SEGS`.
    #[doc(alias = "NETDEV_A_DEV_XDP_ZC_MAX_SEGS")]
    pub const XDP_ZC_MAX_SEGS: u16 = 4;
    /// `NETDEV_A_DEV_XDP_RX_METADATA_FEATURES`.
    #[doc(alias = "NETDEV_A_DEV_XDP_RX_METADATA_FEATURES")]
    pub const XDP_RX_METADATA_FEATURES: u16 = 5;
    /// `NETDEV_A_DEV_XSK_FEATURES`.
    #[doc(alias = "NETDEV_A_DEV_XSK_FEATURES")]
    pub const XSK_FEATURES: u16 = 6;
}

/// Typed reads of an attribute chain of the set `dev`.
#[derive(Clone, Debug, Default)]
pub struct Dev<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Dev<'a> {
    /// `NETDEV_A_DEV_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(dev::IFINDEX, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_DEV_XDP_FEATURES`.
    pub fn xdp_features(&self) -> Result<Option<XdpAct>> {
        self.0.read(dev::XDP_FEATURES, |a| a.u64().map(XdpAct::from_bits_retain))
    }
    /// `NETDEV_A_DEV_XDP_ZC_MAX_SEGS`.
    pub fn xdp_zc_max_segs(&self) -> Result<Option<u32>> {
        self.0.read(dev::XDP_ZC_MAX_SEGS, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_DEV_XDP_RX_METADATA_FEATURES`.
    pub fn xdp_rx_metadata_features(&self) -> Result<Option<XdpRxMetadata>> {
        self.0.read(dev::XDP_RX_METADATA_FEATURES, |a| a.u64().map(XdpRxMetadata::from_bits_retain))
    }
    /// `NETDEV_A_DEV_XSK_FEATURES`.
    pub fn xsk_features(&self) -> Result<Option<XskFlags>> {
        self.0.read(dev::XSK_FEATURES, |a| a.u64().map(XskFlags::from_bits_retain))
    }
}

/// `NETDEV_A_IO_URING_PROVIDER_INFO_*`: the attribute set `io-uring-provider-info`.
pub static IO_URING_PROVIDER_INFO: Space = Space {
    name: "io-uring-provider-info",
    prefix: "NETDEV_A_IO_URING_PROVIDER_INFO_",
    attrs: &[AttrSpec { id: 1, name: "rx_buf_len", ty: AttrType::Uint }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`IO_URING_PROVIDER_INFO`].
pub mod io_uring_provider_info {
    /// `NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN`.
    #[doc(alias = "NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN")]
    pub const RX_BUF_LEN: u16 = 1;
}

/// Typed reads of an attribute chain of the set `io-uring-provider-info`.
#[derive(Clone, Debug, Default)]
pub struct IoUringProviderInfo<'a>(pub crate::attr::Attrs<'a>);

impl<'a> IoUringProviderInfo<'a> {
    /// `NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN`.
    pub fn rx_buf_len(&self) -> Result<Option<u64>> {
        self.0.read(io_uring_provider_info::RX_BUF_LEN, crate::attr::Attr::uint)
    }
}

/// `NETDEV_A_PAGE_POOL_*`: the attribute set `page-pool`.
pub static PAGE_POOL: Space = Space {
    name: "page-pool",
    prefix: "NETDEV_A_PAGE_POOL_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::Uint },
        AttrSpec { id: 2, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "napi_id", ty: AttrType::Uint },
        AttrSpec { id: 4, name: "inflight", ty: AttrType::Uint },
        AttrSpec { id: 5, name: "inflight_mem", ty: AttrType::Uint },
        AttrSpec { id: 6, name: "detach_time", ty: AttrType::Uint },
        AttrSpec { id: 7, name: "dmabuf", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "io_uring", ty: AttrType::Nested(&IO_URING_PROVIDER_INFO) },
    ],
    by_name: &[0, 0, 0, 2, 0, 3, 5, 4, 0, 6, 0, 7, 1, 8, 0, 0],
};

/// Attribute numbers of [`PAGE_POOL`].
pub mod page_pool {
    /// `NETDEV_A_PAGE_POOL_ID`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_ID")]
    pub const ID: u16 = 1;
    /// `NETDEV_A_PAGE_POOL_IFINDEX`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_IFINDEX")]
    pub const IFINDEX: u16 = 2;
    /// `NETDEV_A_PAGE_POOL_NAPI_ID`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_NAPI_ID")]
    pub const NAPI_ID: u16 = 3;
    /// `NETDEV_A_PAGE_POOL_INFLIGHT`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_INFLIGHT")]
    pub const INFLIGHT: u16 = 4;
    /// `NETDEV_A_PAGE_POOL_INFLIGHT_MEM`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_INFLIGHT_MEM")]
    pub const INFLIGHT_MEM: u16 = 5;
    /// `NETDEV_A_PAGE_POOL_DETACH_TIME`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_DETACH_TIME")]
    pub const DETACH_TIME: u16 = 6;
    /// `NETDEV_A_PAGE_POOL_DMABUF`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_DMABUF")]
    pub const DMABUF: u16 = 7;
    /// `NETDEV_A_PAGE_POOL_IO_URING`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_IO_URING")]
    pub const IO_URING: u16 = 8;
}

/// Typed reads of an attribute chain of the set `page-pool`.
#[derive(Clone, Debug, Default)]
pub struct PagePool<'a>(pub crate::attr::Attrs<'a>);

impl<'a> PagePool<'a> {
    /// `NETDEV_A_PAGE_POOL_ID`.
    pub fn id(&self) -> Result<Option<u64>> {
        self.0.read(page_pool::ID, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(page_pool::IFINDEX, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_PAGE_POOL_NAPI_ID`.
    pub fn napi_id(&self) -> Result<Option<u64>> {
        self.0.read(page_pool::NAPI_ID, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_INFLIGHT`.
    pub fn inflight(&self) -> Result<Option<u64>> {
        self.0.read(page_pool::INFLIGHT, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_INFLIGHT_MEM`.
    pub fn inflight_mem(&self) -> Result<Option<u64>> {
        self.0.read(page_pool::INFLIGHT_MEM, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_DETACH_TIME`.
    pub fn detach_time(&self) -> Result<Option<u64>> {
        self.0.read(page_pool::DETACH_TIME, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_DMABUF`.
    pub fn dmabuf(&self) -> Result<Option<u32>> {
        self.0.read(page_pool::DMABUF, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_PAGE_POOL_IO_URING`.
    pub fn io_uring(&self) -> Result<Option<IoUringProviderInfo<'a>>> {
        self.0.read(page_pool::IO_URING, |a| Ok(IoUringProviderInfo(a.nested())))
    }
}

/// `NETDEV_A_PAGE_POOL_*`: the attribute set `page-pool-info`.
pub static PAGE_POOL_INFO: Space = Space {
    name: "page-pool-info",
    prefix: "NETDEV_A_PAGE_POOL_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::Uint },
        AttrSpec { id: 2, name: "ifindex", ty: AttrType::U32 },
    ],
    by_name: &[1, 0, 0, 2],
};

/// Attribute numbers of [`PAGE_POOL_INFO`].
pub mod page_pool_info {
    /// `NETDEV_A_PAGE_POOL_ID`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_ID")]
    pub const ID: u16 = 1;
    /// `NETDEV_A_PAGE_POOL_IFINDEX`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_IFINDEX")]
    pub const IFINDEX: u16 = 2;
}

/// Typed reads of an attribute chain of the set `page-pool-info`.
#[derive(Clone, Debug, Default)]
pub struct PagePoolInfo<'a>(pub crate::attr::Attrs<'a>);

impl<'a> PagePoolInfo<'a> {
    /// `NETDEV_A_PAGE_POOL_ID`.
    pub fn id(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_info::ID, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(page_pool_info::IFINDEX, crate::attr::Attr::u32)
    }
}

/// `NETDEV_A_PAGE_POOL_STATS_*`: the attribute set `page-pool-stats`.
pub static PAGE_POOL_STATS: Space = Space {
    name: "page-pool-stats",
    prefix: "NETDEV_A_PAGE_POOL_STATS_",
    attrs: &[
        AttrSpec { id: 1, name: "info", ty: AttrType::Nested(&PAGE_POOL_INFO) },
        AttrSpec { id: 8, name: "alloc_fast", ty: AttrType::Uint },
        AttrSpec { id: 9, name: "alloc_slow", ty: AttrType::Uint },
        AttrSpec { id: 10, name: "alloc_slow_high_order", ty: AttrType::Uint },
        AttrSpec { id: 11, name: "alloc_empty", ty: AttrType::Uint },
        AttrSpec { id: 12, name: "alloc_refill", ty: AttrType::Uint },
        AttrSpec { id: 13, name: "alloc_waive", ty: AttrType::Uint },
        AttrSpec { id: 14, name: "recycle_cached", ty: AttrType::Uint },
        AttrSpec { id: 15, name: "recycle_cache_full", ty: AttrType::Uint },
        AttrSpec { id: 16, name: "recycle_ring", ty: AttrType::Uint },
        AttrSpec { id: 17, name: "recycle_ring_full", ty: AttrType::Uint },
        AttrSpec { id: 18, name: "recycle_released_refcnt", ty: AttrType::Uint },
    ],
    by_name: &[
        9, 0, 8, 0, 0, 0, 0, 10, 0, 5, 0, 0, 11, 12, 0, 0, 0, 0, 3, 4, 0, 1, 0, 0, 6, 0, 0, 0, 0, 7, 0, 2,
    ],
};

/// Attribute numbers of [`PAGE_POOL_STATS`].
pub mod page_pool_stats {
    /// `NETDEV_A_PAGE_POOL_STATS_INFO`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_INFO")]
    pub const INFO: u16 = 1;
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST")]
    pub const ALLOC_FAST: u16 = 8;
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW")]
    pub const ALLOC_SLOW: u16 = 9;
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER")]
    pub const ALLOC_SLOW_HIGH_ORDER: u16 = 10;
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY")]
    pub const ALLOC_EMPTY: u16 = 11;
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL")]
    pub const ALLOC_REFILL: u16 = 12;
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE")]
    pub const ALLOC_WAIVE: u16 = 13;
    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED")]
    pub const RECYCLE_CACHED: u16 = 14;
    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL")]
    pub const RECYCLE_CACHE_FULL: u16 = 15;
    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING")]
    pub const RECYCLE_RING: u16 = 16;
    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL")]
    pub const RECYCLE_RING_FULL: u16 = 17;
    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT`.
    #[doc(alias = "NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT")]
    pub const RECYCLE_RELEASED_REFCNT: u16 = 18;
}

/// Typed reads of an attribute chain of the set `page-pool-stats`.
#[derive(Clone, Debug, Default)]
pub struct PagePoolStats<'a>(pub crate::attr::Attrs<'a>);

impl<'a> PagePoolStats<'a> {
    /// `NETDEV_A_PAGE_POOL_STATS_INFO`.
    pub fn info(&self) -> Result<Option<PagePoolInfo<'a>>> {
        self.0.read(page_pool_stats::INFO, |a| Ok(PagePoolInfo(a.nested())))
    }
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST`.
    pub fn alloc_fast(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_stats::ALLOC_FAST, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW`.
    pub fn alloc_slow(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_stats::ALLOC_SLOW, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER`.
    pub fn alloc_slow_high_order(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_stats::ALLOC_SLOW_HIGH_ORDER, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY`.
    pub fn alloc_empty(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_stats::ALLOC_EMPTY, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL`.
    pub fn alloc_refill(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_stats::ALLOC_REFILL, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE`.
    pub fn alloc_waive(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_stats::ALLOC_WAIVE, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED`.
    pub fn recycle_cached(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_stats::RECYCLE_CACHED, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL`.
    pub fn recycle_cache_full(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_stats::RECYCLE_CACHE_FULL, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING`.
    pub fn recycle_ring(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_stats::RECYCLE_RING, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL`.
    pub fn recycle_ring_full(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_stats::RECYCLE_RING_FULL, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT`.
    pub fn recycle_released_refcnt(&self) -> Result<Option<u64>> {
        self.0.read(page_pool_stats::RECYCLE_RELEASED_REFCNT, crate::attr::Attr::uint)
    }
}

/// `NETDEV_A_NAPI_*`: the attribute set `napi`.
pub static NAPI: Space = Space {
    name: "napi",
    prefix: "NETDEV_A_NAPI_",
    attrs: &[
        AttrSpec { id: 1, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "irq", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "pid", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "defer_hard_irqs", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "gro_flush_timeout", ty: AttrType::Uint },
        AttrSpec { id: 7, name: "irq_suspend_timeout", ty: AttrType::Uint },
        AttrSpec { id: 8, name: "threaded", ty: AttrType::Enum(Scalar::U32, NAPI_THREADED) },
    ],
    by_name: &[0, 0, 0, 1, 8, 0, 0, 0, 3, 0, 5, 4, 2, 6, 7, 0],
};

/// Attribute numbers of [`NAPI`].
pub mod napi {
    /// `NETDEV_A_NAPI_IFINDEX`.
    #[doc(alias = "NETDEV_A_NAPI_IFINDEX")]
    pub const IFINDEX: u16 = 1;
    /// `NETDEV_A_NAPI_ID`.
    #[doc(alias = "NETDEV_A_NAPI_ID")]
    pub const ID: u16 = 2;
    /// `NETDEV_A_NAPI_IRQ`.
    #[doc(alias = "NETDEV_A_NAPI_IRQ")]
    pub const IRQ: u16 = 3;
    /// `NETDEV_A_NAPI_PID`.
    #[doc(alias = "NETDEV_A_NAPI_PID")]
    pub const PID: u16 = 4;
    /// `NETDEV_A_NAPI_DEFER_HARD_IRQS`.
    #[doc(alias = "NETDEV_A_NAPI_DEFER_HARD_IRQS")]
    pub const DEFER_HARD_IRQS: u16 = 5;
    /// `NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT`.
    #[doc(alias = "NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT")]
    pub const GRO_FLUSH_TIMEOUT: u16 = 6;
    /// `NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT`.
    #[doc(alias = "NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT")]
    pub const IRQ_SUSPEND_TIMEOUT: u16 = 7;
    /// `NETDEV_A_NAPI_THREADED`.
    #[doc(alias = "NETDEV_A_NAPI_THREADED")]
    pub const THREADED: u16 = 8;
}

/// Typed reads of an attribute chain of the set `napi`.
#[derive(Clone, Debug, Default)]
pub struct Napi<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Napi<'a> {
    /// `NETDEV_A_NAPI_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(napi::IFINDEX, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_NAPI_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(napi::ID, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_NAPI_IRQ`.
    pub fn irq(&self) -> Result<Option<u32>> {
        self.0.read(napi::IRQ, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_NAPI_PID`.
    pub fn pid(&self) -> Result<Option<u32>> {
        self.0.read(napi::PID, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_NAPI_DEFER_HARD_IRQS`.
    pub fn defer_hard_irqs(&self) -> Result<Option<u32>> {
        self.0.read(napi::DEFER_HARD_IRQS, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT`.
    pub fn gro_flush_timeout(&self) -> Result<Option<u64>> {
        self.0.read(napi::GRO_FLUSH_TIMEOUT, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT`.
    pub fn irq_suspend_timeout(&self) -> Result<Option<u64>> {
        self.0.read(napi::IRQ_SUSPEND_TIMEOUT, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_NAPI_THREADED`.
    pub fn threaded(&self) -> Result<Option<u32>> {
        self.0.read(napi::THREADED, crate::attr::Attr::u32)
    }
}

/// `NETDEV_A_XSK_INFO_*`: the attribute set `xsk-info`.
pub static XSK_INFO: Space =
    Space { name: "xsk-info", prefix: "NETDEV_A_XSK_INFO_", attrs: &[], by_name: &[0] };

/// Attribute numbers of [`XSK_INFO`].
pub mod xsk_info {}

/// Typed reads of an attribute chain of the set `xsk-info`.
#[derive(Clone, Debug, Default)]
pub struct XskInfo<'a>(pub crate::attr::Attrs<'a>);

impl<'a> XskInfo<'a> {}

/// `NETDEV_A_QUEUE_*`: the attribute set `queue`.
pub static QUEUE: Space = Space {
    name: "queue",
    prefix: "NETDEV_A_QUEUE_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "type", ty: AttrType::Enum(Scalar::U32, QUEUE_TYPE) },
        AttrSpec { id: 4, name: "napi_id", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "dmabuf", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "io_uring", ty: AttrType::Nested(&IO_URING_PROVIDER_INFO) },
        AttrSpec { id: 7, name: "xsk", ty: AttrType::Nested(&XSK_INFO) },
        AttrSpec { id: 8, name: "lease", ty: AttrType::Nested(&LEASE) },
    ],
    by_name: &[0, 0, 0, 2, 7, 4, 0, 0, 0, 0, 0, 5, 1, 6, 3, 8],
};

/// Attribute numbers of [`QUEUE`].
pub mod queue {
    /// `NETDEV_A_QUEUE_ID`.
    #[doc(alias = "NETDEV_A_QUEUE_ID")]
    pub const ID: u16 = 1;
    /// `NETDEV_A_QUEUE_IFINDEX`.
    #[doc(alias = "NETDEV_A_QUEUE_IFINDEX")]
    pub const IFINDEX: u16 = 2;
    /// `NETDEV_A_QUEUE_TYPE`.
    #[doc(alias = "NETDEV_A_QUEUE_TYPE")]
    pub const TYPE: u16 = 3;
    /// `NETDEV_A_QUEUE_NAPI_ID`.
    #[doc(alias = "NETDEV_A_QUEUE_NAPI_ID")]
    pub const NAPI_ID: u16 = 4;
    /// `NETDEV_A_QUEUE_DMABUF`.
    #[doc(alias = "NETDEV_A_QUEUE_DMABUF")]
    pub const DMABUF: u16 = 5;
    /// `NETDEV_A_QUEUE_IO_URING`.
    #[doc(alias = "NETDEV_A_QUEUE_IO_URING")]
    pub const IO_URING: u16 = 6;
    /// `NETDEV_A_QUEUE_XSK`.
    #[doc(alias = "NETDEV_A_QUEUE_XSK")]
    pub const XSK: u16 = 7;
    /// `NETDEV_A_QUEUE_LEASE`.
    #[doc(alias = "NETDEV_A_QUEUE_LEASE")]
    pub const LEASE: u16 = 8;
}

/// Typed reads of an attribute chain of the set `queue`.
#[derive(Clone, Debug, Default)]
pub struct Queue<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Queue<'a> {
    /// `NETDEV_A_QUEUE_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(queue::ID, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_QUEUE_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(queue::IFINDEX, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_QUEUE_TYPE`.
    pub fn r#type(&self) -> Result<Option<u32>> {
        self.0.read(queue::TYPE, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_QUEUE_NAPI_ID`.
    pub fn napi_id(&self) -> Result<Option<u32>> {
        self.0.read(queue::NAPI_ID, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_QUEUE_DMABUF`.
    pub fn dmabuf(&self) -> Result<Option<u32>> {
        self.0.read(queue::DMABUF, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_QUEUE_IO_URING`.
    pub fn io_uring(&self) -> Result<Option<IoUringProviderInfo<'a>>> {
        self.0.read(queue::IO_URING, |a| Ok(IoUringProviderInfo(a.nested())))
    }
    /// `NETDEV_A_QUEUE_XSK`.
    pub fn xsk(&self) -> Result<Option<XskInfo<'a>>> {
        self.0.read(queue::XSK, |a| Ok(XskInfo(a.nested())))
    }
    /// `NETDEV_A_QUEUE_LEASE`.
    pub fn lease(&self) -> Result<Option<Lease<'a>>> {
        self.0.read(queue::LEASE, |a| Ok(Lease(a.nested())))
    }
}

/// `NETDEV_A_QSTATS_*`: the attribute set `qstats`.
pub static QSTATS: Space = Space {
    name: "qstats",
    prefix: "NETDEV_A_QSTATS_",
    attrs: &[
        AttrSpec { id: 1, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "queue_type", ty: AttrType::Enum(Scalar::U32, QUEUE_TYPE) },
        AttrSpec { id: 3, name: "queue_id", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "scope", ty: AttrType::Bits(Scalar::Uint, QSTATS_SCOPE) },
        AttrSpec { id: 8, name: "rx_packets", ty: AttrType::Uint },
        AttrSpec { id: 9, name: "rx_bytes", ty: AttrType::Uint },
        AttrSpec { id: 10, name: "tx_packets", ty: AttrType::Uint },
        AttrSpec { id: 11, name: "tx_bytes", ty: AttrType::Uint },
        AttrSpec { id: 12, name: "rx_alloc_fail", ty: AttrType::Uint },
        AttrSpec { id: 13, name: "rx_hw_drops", ty: AttrType::Uint },
        AttrSpec { id: 14, name: "rx_hw_drop_overruns", ty: AttrType::Uint },
        AttrSpec { id: 15, name: "rx_csum_complete", ty: AttrType::Uint },
        AttrSpec { id: 16, name: "rx_csum_unnecessary", ty: AttrType::Uint },
        AttrSpec { id: 17, name: "rx_csum_none", ty: AttrType::Uint },
        AttrSpec { id: 18, name: "rx_csum_bad", ty: AttrType::Uint },
        AttrSpec { id: 19, name: "rx_hw_gro_packets", ty: AttrType::Uint },
        AttrSpec { id: 20, name: "rx_hw_gro_bytes", ty: AttrType::Uint },
        AttrSpec { id: 21, name: "rx_hw_gro_wire_packets", ty: AttrType::Uint },
        AttrSpec { id: 22, name: "rx_hw_gro_wire_bytes", ty: AttrType::Uint },
        AttrSpec { id: 23, name: "rx_hw_drop_ratelimits", ty: AttrType::Uint },
        AttrSpec { id: 24, name: "tx_hw_drops", ty: AttrType::Uint },
        AttrSpec { id: 25, name: "tx_hw_drop_errors", ty: AttrType::Uint },
        AttrSpec { id: 26, name: "tx_csum_none", ty: AttrType::Uint },
        AttrSpec { id: 27, name: "tx_needs_csum", ty: AttrType::Uint },
        AttrSpec { id: 28, name: "tx_hw_gso_packets", ty: AttrType::Uint },
        AttrSpec { id: 29, name: "tx_hw_gso_bytes", ty: AttrType::Uint },
        AttrSpec { id: 30, name: "tx_hw_gso_wire_packets", ty: AttrType::Uint },
        AttrSpec { id: 31, name: "tx_hw_gso_wire_bytes", ty: AttrType::Uint },
        AttrSpec { id: 32, name: "tx_hw_drop_ratelimits", ty: AttrType::Uint },
        AttrSpec { id: 33, name: "tx_stop", ty: AttrType::Uint },
        AttrSpec { id: 34, name: "tx_wake", ty: AttrType::Uint },
    ],
    by_name: &[
        0, 0, 0, 3, 17, 21, 0, 0, 0, 8, 11, 0, 26, 0, 0, 0, 0, 7, 10, 18, 22, 4, 25, 0, 20, 0, 0, 0, 0, 9,
        19, 23, 30, 0, 31, 1, 16, 14, 0, 0, 0, 0, 0, 5, 2, 12, 29, 28, 0, 0, 0, 6, 0, 0, 0, 24, 0, 13, 15,
        27, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`QSTATS`].
pub mod qstats {
    /// `NETDEV_A_QSTATS_IFINDEX`.
    #[doc(alias = "NETDEV_A_QSTATS_IFINDEX")]
    pub const IFINDEX: u16 = 1;
    /// `NETDEV_A_QSTATS_QUEUE_TYPE`.
    #[doc(alias = "NETDEV_A_QSTATS_QUEUE_TYPE")]
    pub const QUEUE_TYPE: u16 = 2;
    /// `NETDEV_A_QSTATS_QUEUE_ID`.
    #[doc(alias = "NETDEV_A_QSTATS_QUEUE_ID")]
    pub const QUEUE_ID: u16 = 3;
    /// `NETDEV_A_QSTATS_SCOPE`.
    #[doc(alias = "NETDEV_A_QSTATS_SCOPE")]
    pub const SCOPE: u16 = 4;
    /// `NETDEV_A_QSTATS_RX_PACKETS`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_PACKETS")]
    pub const RX_PACKETS: u16 = 8;
    /// `NETDEV_A_QSTATS_RX_BYTES`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_BYTES")]
    pub const RX_BYTES: u16 = 9;
    /// `NETDEV_A_QSTATS_TX_PACKETS`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_PACKETS")]
    pub const TX_PACKETS: u16 = 10;
    /// `NETDEV_A_QSTATS_TX_BYTES`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_BYTES")]
    pub const TX_BYTES: u16 = 11;
    /// `NETDEV_A_QSTATS_RX_ALLOC_FAIL`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_ALLOC_FAIL")]
    pub const RX_ALLOC_FAIL: u16 = 12;
    /// `NETDEV_A_QSTATS_RX_HW_DROPS`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_HW_DROPS")]
    pub const RX_HW_DROPS: u16 = 13;
    /// `NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS")]
    pub const RX_HW_DROP_OVERRUNS: u16 = 14;
    /// `NETDEV_A_QSTATS_RX_CSUM_COMPLETE`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_CSUM_COMPLETE")]
    pub const RX_CSUM_COMPLETE: u16 = 15;
    /// `NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY")]
    pub const RX_CSUM_UNNECESSARY: u16 = 16;
    /// `NETDEV_A_QSTATS_RX_CSUM_NONE`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_CSUM_NONE")]
    pub const RX_CSUM_NONE: u16 = 17;
    /// `NETDEV_A_QSTATS_RX_CSUM_BAD`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_CSUM_BAD")]
    pub const RX_CSUM_BAD: u16 = 18;
    /// `NETDEV_A_QSTATS_RX_HW_GRO_PACKETS`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_HW_GRO_PACKETS")]
    pub const RX_HW_GRO_PACKETS: u16 = 19;
    /// `NETDEV_A_QSTATS_RX_HW_GRO_BYTES`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_HW_GRO_BYTES")]
    pub const RX_HW_GRO_BYTES: u16 = 20;
    /// `NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS")]
    pub const RX_HW_GRO_WIRE_PACKETS: u16 = 21;
    /// `NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES")]
    pub const RX_HW_GRO_WIRE_BYTES: u16 = 22;
    /// `NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS`.
    #[doc(alias = "NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS")]
    pub const RX_HW_DROP_RATELIMITS: u16 = 23;
    /// `NETDEV_A_QSTATS_TX_HW_DROPS`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_HW_DROPS")]
    pub const TX_HW_DROPS: u16 = 24;
    /// `NETDEV_A_QSTATS_TX_HW_DROP_ERRORS`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_HW_DROP_ERRORS")]
    pub const TX_HW_DROP_ERRORS: u16 = 25;
    /// `NETDEV_A_QSTATS_TX_CSUM_NONE`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_CSUM_NONE")]
    pub const TX_CSUM_NONE: u16 = 26;
    /// `NETDEV_A_QSTATS_TX_NEEDS_CSUM`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_NEEDS_CSUM")]
    pub const TX_NEEDS_CSUM: u16 = 27;
    /// `NETDEV_A_QSTATS_TX_HW_GSO_PACKETS`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_HW_GSO_PACKETS")]
    pub const TX_HW_GSO_PACKETS: u16 = 28;
    /// `NETDEV_A_QSTATS_TX_HW_GSO_BYTES`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_HW_GSO_BYTES")]
    pub const TX_HW_GSO_BYTES: u16 = 29;
    /// `NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS")]
    pub const TX_HW_GSO_WIRE_PACKETS: u16 = 30;
    /// `NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES")]
    pub const TX_HW_GSO_WIRE_BYTES: u16 = 31;
    /// `NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS")]
    pub const TX_HW_DROP_RATELIMITS: u16 = 32;
    /// `NETDEV_A_QSTATS_TX_STOP`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_STOP")]
    pub const TX_STOP: u16 = 33;
    /// `NETDEV_A_QSTATS_TX_WAKE`.
    #[doc(alias = "NETDEV_A_QSTATS_TX_WAKE")]
    pub const TX_WAKE: u16 = 34;
}

/// Typed reads of an attribute chain of the set `qstats`.
#[derive(Clone, Debug, Default)]
pub struct Qstats<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Qstats<'a> {
    /// `NETDEV_A_QSTATS_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(qstats::IFINDEX, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_QSTATS_QUEUE_TYPE`.
    pub fn queue_type(&self) -> Result<Option<u32>> {
        self.0.read(qstats::QUEUE_TYPE, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_QSTATS_QUEUE_ID`.
    pub fn queue_id(&self) -> Result<Option<u32>> {
        self.0.read(qstats::QUEUE_ID, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_QSTATS_SCOPE`.
    pub fn scope(&self) -> Result<Option<u64>> {
        self.0.read(qstats::SCOPE, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_PACKETS`.
    pub fn rx_packets(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_PACKETS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_BYTES`.
    pub fn rx_bytes(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_BYTES, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_PACKETS`.
    pub fn tx_packets(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_PACKETS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_BYTES`.
    pub fn tx_bytes(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_BYTES, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_ALLOC_FAIL`.
    pub fn rx_alloc_fail(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_ALLOC_FAIL, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_HW_DROPS`.
    pub fn rx_hw_drops(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_HW_DROPS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS`.
    pub fn rx_hw_drop_overruns(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_HW_DROP_OVERRUNS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_CSUM_COMPLETE`.
    pub fn rx_csum_complete(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_CSUM_COMPLETE, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY`.
    pub fn rx_csum_unnecessary(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_CSUM_UNNECESSARY, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_CSUM_NONE`.
    pub fn rx_csum_none(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_CSUM_NONE, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_CSUM_BAD`.
    pub fn rx_csum_bad(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_CSUM_BAD, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_HW_GRO_PACKETS`.
    pub fn rx_hw_gro_packets(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_HW_GRO_PACKETS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_HW_GRO_BYTES`.
    pub fn rx_hw_gro_bytes(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_HW_GRO_BYTES, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS`.
    pub fn rx_hw_gro_wire_packets(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_HW_GRO_WIRE_PACKETS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES`.
    pub fn rx_hw_gro_wire_bytes(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_HW_GRO_WIRE_BYTES, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS`.
    pub fn rx_hw_drop_ratelimits(&self) -> Result<Option<u64>> {
        self.0.read(qstats::RX_HW_DROP_RATELIMITS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_HW_DROPS`.
    pub fn tx_hw_drops(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_HW_DROPS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_HW_DROP_ERRORS`.
    pub fn tx_hw_drop_errors(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_HW_DROP_ERRORS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_CSUM_NONE`.
    pub fn tx_csum_none(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_CSUM_NONE, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_NEEDS_CSUM`.
    pub fn tx_needs_csum(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_NEEDS_CSUM, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_HW_GSO_PACKETS`.
    pub fn tx_hw_gso_packets(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_HW_GSO_PACKETS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_HW_GSO_BYTES`.
    pub fn tx_hw_gso_bytes(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_HW_GSO_BYTES, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS`.
    pub fn tx_hw_gso_wire_packets(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_HW_GSO_WIRE_PACKETS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES`.
    pub fn tx_hw_gso_wire_bytes(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_HW_GSO_WIRE_BYTES, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS`.
    pub fn tx_hw_drop_ratelimits(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_HW_DROP_RATELIMITS, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_STOP`.
    pub fn tx_stop(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_STOP, crate::attr::Attr::uint)
    }
    /// `NETDEV_A_QSTATS_TX_WAKE`.
    pub fn tx_wake(&self) -> Result<Option<u64>> {
        self.0.read(qstats::TX_WAKE, crate::attr::Attr::uint)
    }
}

/// `NETDEV_A_QUEUE_*`: the attribute set `queue-id`.
pub static QUEUE_ID: Space = Space {
    name: "queue-id",
    prefix: "NETDEV_A_QUEUE_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "type", ty: AttrType::Enum(Scalar::U32, QUEUE_TYPE) },
    ],
    by_name: &[1, 0, 2, 0],
};

/// Attribute numbers of [`QUEUE_ID`].
pub mod queue_id {
    /// `NETDEV_A_QUEUE_ID`.
    #[doc(alias = "NETDEV_A_QUEUE_ID")]
    pub const ID: u16 = 1;
    /// `NETDEV_A_QUEUE_TYPE`.
    #[doc(alias = "NETDEV_A_QUEUE_TYPE")]
    pub const TYPE: u16 = 3;
}

/// Typed reads of an attribute chain of the set `queue-id`.
#[derive(Clone, Debug, Default)]
pub struct QueueId<'a>(pub crate::attr::Attrs<'a>);

impl<'a> QueueId<'a> {
    /// `NETDEV_A_QUEUE_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(queue_id::ID, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_QUEUE_TYPE`.
    pub fn r#type(&self) -> Result<Option<u32>> {
        self.0.read(queue_id::TYPE, crate::attr::Attr::u32)
    }
}

/// `NETDEV_A_LEASE_*`: the attribute set `lease`.
pub static LEASE: Space = Space {
    name: "lease",
    prefix: "NETDEV_A_LEASE_",
    attrs: &[
        AttrSpec { id: 1, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "queue", ty: AttrType::Nested(&QUEUE_ID) },
        AttrSpec { id: 3, name: "netns_id", ty: AttrType::S32 },
    ],
    by_name: &[0, 0, 0, 1, 3, 2, 0, 0],
};

/// Attribute numbers of [`LEASE`].
pub mod lease {
    /// `NETDEV_A_LEASE_IFINDEX`.
    #[doc(alias = "NETDEV_A_LEASE_IFINDEX")]
    pub const IFINDEX: u16 = 1;
    /// `NETDEV_A_LEASE_QUEUE`.
    #[doc(alias = "NETDEV_A_LEASE_QUEUE")]
    pub const QUEUE: u16 = 2;
    /// `NETDEV_A_LEASE_NETNS_ID`.
    #[doc(alias = "NETDEV_A_LEASE_NETNS_ID")]
    pub const NETNS_ID: u16 = 3;
}

/// Typed reads of an attribute chain of the set `lease`.
#[derive(Clone, Debug, Default)]
pub struct Lease<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Lease<'a> {
    /// `NETDEV_A_LEASE_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(lease::IFINDEX, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_LEASE_QUEUE`.
    pub fn queue(&self) -> Result<Option<QueueId<'a>>> {
        self.0.read(lease::QUEUE, |a| Ok(QueueId(a.nested())))
    }
    /// `NETDEV_A_LEASE_NETNS_ID`.
    pub fn netns_id(&self) -> Result<Option<i32>> {
        self.0.read(lease::NETNS_ID, crate::attr::Attr::i32)
    }
}

/// `NETDEV_A_DMABUF_*`: the attribute set `dmabuf`.
pub static DMABUF: Space = Space {
    name: "dmabuf",
    prefix: "NETDEV_A_DMABUF_",
    attrs: &[
        AttrSpec { id: 1, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "queues", ty: AttrType::Nested(&QUEUE_ID) },
        AttrSpec { id: 3, name: "fd", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "rx_page_size", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 0, 1, 0, 0, 0, 0, 0, 3, 0, 0, 2, 4, 5, 0],
};

/// Attribute numbers of [`DMABUF`].
pub mod dmabuf {
    /// `NETDEV_A_DMABUF_IFINDEX`.
    #[doc(alias = "NETDEV_A_DMABUF_IFINDEX")]
    pub const IFINDEX: u16 = 1;
    /// `NETDEV_A_DMABUF_QUEUES`.
    #[doc(alias = "NETDEV_A_DMABUF_QUEUES")]
    pub const QUEUES: u16 = 2;
    /// `NETDEV_A_DMABUF_FD`.
    #[doc(alias = "NETDEV_A_DMABUF_FD")]
    pub const FD: u16 = 3;
    /// `NETDEV_A_DMABUF_ID`.
    #[doc(alias = "NETDEV_A_DMABUF_ID")]
    pub const ID: u16 = 4;
    /// `NETDEV_A_DMABUF_RX_PAGE_SIZE`.
    #[doc(alias = "NETDEV_A_DMABUF_RX_PAGE_SIZE")]
    pub const RX_PAGE_SIZE: u16 = 5;
}

/// Typed reads of an attribute chain of the set `dmabuf`.
#[derive(Clone, Debug, Default)]
pub struct Dmabuf<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Dmabuf<'a> {
    /// `NETDEV_A_DMABUF_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(dmabuf::IFINDEX, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_DMABUF_QUEUES`.
    pub fn queues(&self) -> impl Iterator<Item = Result<QueueId<'a>>> + 'a {
        self.0.read_all(dmabuf::QUEUES, |a| Ok(QueueId(a.nested())))
    }
    /// `NETDEV_A_DMABUF_FD`.
    pub fn fd(&self) -> Result<Option<u32>> {
        self.0.read(dmabuf::FD, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_DMABUF_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(dmabuf::ID, crate::attr::Attr::u32)
    }
    /// `NETDEV_A_DMABUF_RX_PAGE_SIZE`.
    pub fn rx_page_size(&self) -> Result<Option<u32>> {
        self.0.read(dmabuf::RX_PAGE_SIZE, crate::attr::Attr::u32)
    }
}

/// Messages of `dev` after `struct genlmsghdr`.
pub static DEV_MESSAGE: MessageSpec =
    MessageSpec { family: "netdev", header: &crate::spec::GENLMSGHDR, space: &DEV };

/// Messages of `page-pool` after `struct genlmsghdr`.
pub static PAGE_POOL_MESSAGE: MessageSpec =
    MessageSpec { family: "netdev", header: &crate::spec::GENLMSGHDR, space: &PAGE_POOL };

/// Messages of `page-pool-stats` after `struct genlmsghdr`.
pub static PAGE_POOL_STATS_MESSAGE: MessageSpec =
    MessageSpec { family: "netdev", header: &crate::spec::GENLMSGHDR, space: &PAGE_POOL_STATS };

/// Messages of `queue` after `struct genlmsghdr`.
pub static QUEUE_MESSAGE: MessageSpec =
    MessageSpec { family: "netdev", header: &crate::spec::GENLMSGHDR, space: &QUEUE };

/// Messages of `napi` after `struct genlmsghdr`.
pub static NAPI_MESSAGE: MessageSpec =
    MessageSpec { family: "netdev", header: &crate::spec::GENLMSGHDR, space: &NAPI };

/// Messages of `qstats` after `struct genlmsghdr`.
pub static QSTATS_MESSAGE: MessageSpec =
    MessageSpec { family: "netdev", header: &crate::spec::GENLMSGHDR, space: &QSTATS };

/// Messages of `dmabuf` after `struct genlmsghdr`.
pub static DMABUF_MESSAGE: MessageSpec =
    MessageSpec { family: "netdev", header: &crate::spec::GENLMSGHDR, space: &DMABUF };

/// Commands user space sends (`genlmsghdr.cmd`).
pub mod cmd {
    /// `NETDEV_CMD_DEV_GET`.
    #[doc(alias = "NETDEV_CMD_DEV_GET")]
    pub const DEV_GET: u8 = 1;
    /// `NETDEV_CMD_DEV_ADD_NTF`.
    #[doc(alias = "NETDEV_CMD_DEV_ADD_NTF")]
    pub const DEV_ADD_NTF: u8 = 2;
    /// `NETDEV_CMD_DEV_DEL_NTF`.
    #[doc(alias = "NETDEV_CMD_DEV_DEL_NTF")]
    pub const DEV_DEL_NTF: u8 = 3;
    /// `NETDEV_CMD_DEV_CHANGE_NTF`.
    #[doc(alias = "NETDEV_CMD_DEV_CHANGE_NTF")]
    pub const DEV_CHANGE_NTF: u8 = 4;
    /// `NETDEV_CMD_PAGE_POOL_GET`.
    #[doc(alias = "NETDEV_CMD_PAGE_POOL_GET")]
    pub const PAGE_POOL_GET: u8 = 5;
    /// `NETDEV_CMD_PAGE_POOL_ADD_NTF`.
    #[doc(alias = "NETDEV_CMD_PAGE_POOL_ADD_NTF")]
    pub const PAGE_POOL_ADD_NTF: u8 = 6;
    /// `NETDEV_CMD_PAGE_POOL_DEL_NTF`.
    #[doc(alias = "NETDEV_CMD_PAGE_POOL_DEL_NTF")]
    pub const PAGE_POOL_DEL_NTF: u8 = 7;
    /// `NETDEV_CMD_PAGE_POOL_CHANGE_NTF`.
    #[doc(alias = "NETDEV_CMD_PAGE_POOL_CHANGE_NTF")]
    pub const PAGE_POOL_CHANGE_NTF: u8 = 8;
    /// `NETDEV_CMD_PAGE_POOL_STATS_GET`.
    #[doc(alias = "NETDEV_CMD_PAGE_POOL_STATS_GET")]
    pub const PAGE_POOL_STATS_GET: u8 = 9;
    /// `NETDEV_CMD_QUEUE_GET`.
    #[doc(alias = "NETDEV_CMD_QUEUE_GET")]
    pub const QUEUE_GET: u8 = 10;
    /// `NETDEV_CMD_NAPI_GET`.
    #[doc(alias = "NETDEV_CMD_NAPI_GET")]
    pub const NAPI_GET: u8 = 11;
    /// `NETDEV_CMD_QSTATS_GET`.
    #[doc(alias = "NETDEV_CMD_QSTATS_GET")]
    pub const QSTATS_GET: u8 = 12;
    /// `NETDEV_CMD_BIND_RX`.
    #[doc(alias = "NETDEV_CMD_BIND_RX")]
    pub const BIND_RX: u8 = 13;
    /// `NETDEV_CMD_NAPI_SET`.
    #[doc(alias = "NETDEV_CMD_NAPI_SET")]
    pub const NAPI_SET: u8 = 14;
    /// `NETDEV_CMD_BIND_TX`.
    #[doc(alias = "NETDEV_CMD_BIND_TX")]
    pub const BIND_TX: u8 = 15;
    /// `NETDEV_CMD_QUEUE_CREATE`.
    #[doc(alias = "NETDEV_CMD_QUEUE_CREATE")]
    pub const QUEUE_CREATE: u8 = 16;
}

/// The `netdev` generic netlink family.
pub static FAMILY: GenlFamily = GenlFamily {
    name: "netdev",
    groups: &["mgmt", "page-pool"],
    to_kernel: &[
        GenlCommand { cmd: 1, name: "NETDEV_CMD_DEV_GET", spec: &DEV_MESSAGE },
        GenlCommand { cmd: 2, name: "NETDEV_CMD_DEV_ADD_NTF", spec: &DEV_MESSAGE },
        GenlCommand { cmd: 3, name: "NETDEV_CMD_DEV_DEL_NTF", spec: &DEV_MESSAGE },
        GenlCommand { cmd: 4, name: "NETDEV_CMD_DEV_CHANGE_NTF", spec: &DEV_MESSAGE },
        GenlCommand { cmd: 5, name: "NETDEV_CMD_PAGE_POOL_GET", spec: &PAGE_POOL_MESSAGE },
        GenlCommand { cmd: 6, name: "NETDEV_CMD_PAGE_POOL_ADD_NTF", spec: &PAGE_POOL_MESSAGE },
        GenlCommand { cmd: 7, name: "NETDEV_CMD_PAGE_POOL_DEL_NTF", spec: &PAGE_POOL_MESSAGE },
        GenlCommand { cmd: 8, name: "NETDEV_CMD_PAGE_POOL_CHANGE_NTF", spec: &PAGE_POOL_MESSAGE },
        GenlCommand { cmd: 9, name: "NETDEV_CMD_PAGE_POOL_STATS_GET", spec: &PAGE_POOL_STATS_MESSAGE },
        GenlCommand { cmd: 10, name: "NETDEV_CMD_QUEUE_GET", spec: &QUEUE_MESSAGE },
        GenlCommand { cmd: 11, name: "NETDEV_CMD_NAPI_GET", spec: &NAPI_MESSAGE },
        GenlCommand { cmd: 12, name: "NETDEV_CMD_QSTATS_GET", spec: &QSTATS_MESSAGE },
        GenlCommand { cmd: 13, name: "NETDEV_CMD_BIND_RX", spec: &DMABUF_MESSAGE },
        GenlCommand { cmd: 14, name: "NETDEV_CMD_NAPI_SET", spec: &NAPI_MESSAGE },
        GenlCommand { cmd: 15, name: "NETDEV_CMD_BIND_TX", spec: &DMABUF_MESSAGE },
        GenlCommand { cmd: 16, name: "NETDEV_CMD_QUEUE_CREATE", spec: &QUEUE_MESSAGE },
    ],
    from_kernel: &[
        GenlCommand { cmd: 1, name: "NETDEV_CMD_DEV_GET", spec: &DEV_MESSAGE },
        GenlCommand { cmd: 2, name: "NETDEV_CMD_DEV_ADD_NTF", spec: &DEV_MESSAGE },
        GenlCommand { cmd: 3, name: "NETDEV_CMD_DEV_DEL_NTF", spec: &DEV_MESSAGE },
        GenlCommand { cmd: 4, name: "NETDEV_CMD_DEV_CHANGE_NTF", spec: &DEV_MESSAGE },
        GenlCommand { cmd: 5, name: "NETDEV_CMD_PAGE_POOL_GET", spec: &PAGE_POOL_MESSAGE },
        GenlCommand { cmd: 6, name: "NETDEV_CMD_PAGE_POOL_ADD_NTF", spec: &PAGE_POOL_MESSAGE },
        GenlCommand { cmd: 7, name: "NETDEV_CMD_PAGE_POOL_DEL_NTF", spec: &PAGE_POOL_MESSAGE },
        GenlCommand { cmd: 8, name: "NETDEV_CMD_PAGE_POOL_CHANGE_NTF", spec: &PAGE_POOL_MESSAGE },
        GenlCommand { cmd: 9, name: "NETDEV_CMD_PAGE_POOL_STATS_GET", spec: &PAGE_POOL_STATS_MESSAGE },
        GenlCommand { cmd: 10, name: "NETDEV_CMD_QUEUE_GET", spec: &QUEUE_MESSAGE },
        GenlCommand { cmd: 11, name: "NETDEV_CMD_NAPI_GET", spec: &NAPI_MESSAGE },
        GenlCommand { cmd: 12, name: "NETDEV_CMD_QSTATS_GET", spec: &QSTATS_MESSAGE },
        GenlCommand { cmd: 13, name: "NETDEV_CMD_BIND_RX", spec: &DMABUF_MESSAGE },
        GenlCommand { cmd: 14, name: "NETDEV_CMD_NAPI_SET", spec: &NAPI_MESSAGE },
        GenlCommand { cmd: 15, name: "NETDEV_CMD_BIND_TX", spec: &DMABUF_MESSAGE },
        GenlCommand { cmd: 16, name: "NETDEV_CMD_QUEUE_CREATE", spec: &QUEUE_MESSAGE },
    ],
};
