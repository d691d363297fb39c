//! Tables of the `rt-nexthop` netlink spec.
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
use crate::wire::NeU32;
use core::mem::{offset_of, size_of};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `rt-scope-names`, as in [`rt_addr`](super::rt_addr).
pub use super::rt_addr::RT_SCOPE_NAMES;

/// `rt-protocol-names`, as in [`rt_route`](super::rt_route).
pub use super::rt_route::RT_PROTOCOL_NAMES;

/// `rtnh-flags`, as in [`rt_route`](super::rt_route).
pub use super::rt_route::{rtnh_flags, RtnhFlags, RTNH_FLAGS};

/// `lwtunnel-encap-names`, as in [`rt_route`](super::rt_route).
pub use super::rt_route::LWTUNNEL_ENCAP_NAMES;

/// Names of `nexthop-grp-type`.
pub static NEXTHOP_GRP_TYPE: &[(u32, &str)] = &[(0, "mpath"), (1, "resilient")];

/// Values of `nexthop-grp-type`.
pub mod nexthop_grp_type {
    /// `NEXTHOP_GRP_TYPE_MPATH`.
    #[doc(alias = "NEXTHOP_GRP_TYPE_MPATH")]
    pub const MPATH: u16 = 0;
    /// `NEXTHOP_GRP_TYPE_RESILIENT`.
    #[doc(alias = "NEXTHOP_GRP_TYPE_RESILIENT")]
    pub const RESILIENT: u16 = 1;
}

/// Bit names of `nha-op-flags`.
pub static NHA_OP_FLAGS: &[(u32, &str)] =
    &[(1, "dump-stats"), (2, "dump-hw-stats"), (2147483648, "resp-grp-resvd-0")];

/// Bit masks of `nha-op-flags`.
pub mod nha_op_flags {
    /// `NHA_OP_FLAG_DUMP_STATS`.
    #[doc(alias = "NHA_OP_FLAG_DUMP_STATS")]
    pub const DUMP_STATS: u32 = 1;
    /// `NHA_OP_FLAG_DUMP_HW_STATS`.
    #[doc(alias = "NHA_OP_FLAG_DUMP_HW_STATS")]
    pub const DUMP_HW_STATS: u32 = 2;
    /// `NHA_OP_FLAG_RESP_GRP_RESVD_0`.
    #[doc(alias = "NHA_OP_FLAG_RESP_GRP_RESVD_0")]
    pub const RESP_GRP_RESVD_0: u32 = 2147483648;
}

bitflags::bitflags! {
    /// The bits of `nha-op-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct NhaOpFlags: u32 {
        /// [`nha_op_flags::DUMP_STATS`].
        const DUMP_STATS = nha_op_flags::DUMP_STATS;
        /// [`nha_op_flags::DUMP_HW_STATS`].
        const DUMP_HW_STATS = nha_op_flags::DUMP_HW_STATS;
        /// [`nha_op_flags::RESP_GRP_RESVD_0`].
        const RESP_GRP_RESVD_0 = nha_op_flags::RESP_GRP_RESVD_0;
    }
}

/// `struct nhmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Nhmsg {
    /// `nh-family`.
    pub nh_family: u8,
    /// `nh-scope`.
    pub nh_scope: u8,
    /// `nh-protocol`.
    pub nh_protocol: u8,
    /// `resvd`.
    pub resvd: [u8; 1],
    /// `nh-flags`.
    pub nh_flags: NeU32,
}

/// Fields of [`Nhmsg`].
pub static NHMSG: StructSpec = StructSpec {
    name: "nhmsg",
    size: size_of::<Nhmsg>(),
    prefix: "nh_",
    fields: &[
        Field::new("nh_family", offset_of!(Nhmsg, nh_family), size_of::<u8>(), AttrType::U8),
        Field::new(
            "nh_scope",
            offset_of!(Nhmsg, nh_scope),
            size_of::<u8>(),
            AttrType::Enum(Scalar::U8, RT_SCOPE_NAMES),
        ),
        Field::new(
            "nh_protocol",
            offset_of!(Nhmsg, nh_protocol),
            size_of::<u8>(),
            AttrType::Enum(Scalar::U8, RT_PROTOCOL_NAMES),
        ),
        Field::new(
            "nh_flags",
            offset_of!(Nhmsg, nh_flags),
            size_of::<NeU32>(),
            AttrType::Bits(Scalar::U32, RTNH_FLAGS),
        ),
    ],
};

/// `struct nexthop_grp`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct NexthopGrp {
    /// `id`.
    pub id: NeU32,
    /// `weight`.
    pub weight: u8,
    /// `weight-high`.
    pub weight_high: u8,
    /// `resvd2`.
    pub resvd2: [u8; 2],
}

/// Fields of [`NexthopGrp`].
pub static NEXTHOP_GRP: StructSpec = StructSpec {
    name: "nexthop_grp",
    size: size_of::<NexthopGrp>(),
    prefix: "",
    fields: &[
        Field::new("id", offset_of!(NexthopGrp, id), size_of::<NeU32>(), AttrType::U32),
        Field::new("weight", offset_of!(NexthopGrp, weight), size_of::<u8>(), AttrType::U8),
        Field::new("weight_high", offset_of!(NexthopGrp, weight_high), size_of::<u8>(), AttrType::U8),
    ],
};

/// `NHA_*`: the attribute set `nexthop-attrs`.
pub static NEXTHOP_ATTRS: Space = Space {
    name: "nexthop-attrs",
    prefix: "NHA_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "group", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "group_type", ty: AttrType::Enum(Scalar::U16, NEXTHOP_GRP_TYPE) },
        AttrSpec { id: 4, name: "blackhole", ty: AttrType::Flag },
        AttrSpec { id: 5, name: "oif", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "gateway", ty: AttrType::Ip },
        AttrSpec { id: 7, name: "encap_type", ty: AttrType::Enum(Scalar::U16, LWTUNNEL_ENCAP_NAMES) },
        AttrSpec { id: 8, name: "encap", ty: AttrType::Nested(&LWTUNNEL_ENCAP_ATTRS) },
        AttrSpec { id: 9, name: "groups", ty: AttrType::Flag },
        AttrSpec { id: 10, name: "master", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "fdb", ty: AttrType::Flag },
        AttrSpec { id: 12, name: "res_group", ty: AttrType::Nested(&NH_RES_GROUP_ATTRS) },
        AttrSpec { id: 13, name: "res_bucket", ty: AttrType::Nested(&NH_RES_BUCKET_ATTRS) },
        AttrSpec { id: 14, name: "op_flags", ty: AttrType::Bits(Scalar::U32, NHA_OP_FLAGS) },
        AttrSpec { id: 15, name: "group_stats", ty: AttrType::Nested(&NH_GROUP_STATS_ATTRS) },
        AttrSpec { id: 16, name: "hw_stats_enable", ty: AttrType::U32 },
        AttrSpec { id: 17, name: "hw_stats_used", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 0, 5, 13, 0, 0, 0, 0, 2, 0, 1, 14, 0, 0, 7, 0, 3, 16, 0, 0, 0, 0, 17, 0, 4, 0, 0, 0, 10, 11,
        0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 8, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0,
    ],
};

/// Attribute numbers of [`NEXTHOP_ATTRS`].
pub mod nexthop_attrs {
    /// `NHA_ID`.
    #[doc(alias = "NHA_ID")]
    pub const ID: u16 = 1;
    /// `NHA_GROUP`.
    #[doc(alias = "NHA_GROUP")]
    pub const GROUP: u16 = 2;
    /// `NHA_GROUP_TYPE`.
    #[doc(alias = "NHA_GROUP_TYPE")]
    pub const GROUP_TYPE: u16 = 3;
    /// `NHA_BLACKHOLE`.
    #[doc(alias = "NHA_BLACKHOLE")]
    pub const BLACKHOLE: u16 = 4;
    /// `NHA_OIF`.
    #[doc(alias = "NHA_OIF")]
    pub const OIF: u16 = 5;
    /// `NHA_GATEWAY`.
    #[doc(alias = "NHA_GATEWAY")]
    pub const GATEWAY: u16 = 6;
    /// `NHA_ENCAP_TYPE`.
    #[doc(alias = "NHA_ENCAP_TYPE")]
    pub const ENCAP_TYPE: u16 = 7;
    /// `NHA_ENCAP`.
    #[doc(alias = "NHA_ENCAP")]
    pub const ENCAP: u16 = 8;
    /// `NHA_GROUPS`.
    #[doc(alias = "NHA_GROUPS")]
    pub const GROUPS: u16 = 9;
    /// `NHA_MASTER`.
    #[doc(alias = "NHA_MASTER")]
    pub const MASTER: u16 = 10;
    /// `NHA_FDB`.
    #[doc(alias = "NHA_FDB")]
    pub const FDB: u16 = 11;
    /// `NHA_RES_GROUP`.
    #[doc(alias = "NHA_RES_GROUP")]
    pub const RES_GROUP: u16 = 12;
    /// `NHA_RES_BUCKET`.
    #[doc(alias = "NHA_RES_BUCKET")]
    pub const RES_BUCKET: u16 = 13;
    /// `NHA_OP_FLAGS`.
    #[doc(alias = "NHA_OP_FLAGS")]
    pub const OP_FLAGS: u16 = 14;
    /// `NHA_GROUP_STATS`.
    #[doc(alias = "NHA_GROUP_STATS")]
    pub const GROUP_STATS: u16 = 15;
    /// `NHA_HW_STATS_ENABLE`.
    #[doc(alias = "NHA_HW_STATS_ENABLE")]
    pub const HW_STATS_ENABLE: u16 = 16;
    /// `NHA_HW_STATS_USED`.
    #[doc(alias = "NHA_HW_STATS_USED")]
    pub const HW_STATS_USED: u16 = 17;
}

/// Typed reads of an attribute chain of the set `nexthop-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NexthopAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NexthopAttrs<'a> {
    /// `NHA_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(nexthop_attrs::ID, crate::attr::Attr::u32)
    }
    /// `NHA_GROUP`.
    pub fn group(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(nexthop_attrs::GROUP, |a| Ok(a.payload()))
    }
    /// `NHA_GROUP_TYPE`.
    pub fn group_type(&self) -> Result<Option<u16>> {
        self.0.read(nexthop_attrs::GROUP_TYPE, crate::attr::Attr::u16)
    }
    /// `NHA_BLACKHOLE`.
    pub fn blackhole(&self) -> Result<bool> {
        self.0.flag(nexthop_attrs::BLACKHOLE)
    }
    /// `NHA_OIF`.
    pub fn oif(&self) -> Result<Option<u32>> {
        self.0.read(nexthop_attrs::OIF, crate::attr::Attr::u32)
    }
    /// `NHA_GATEWAY`.
    pub fn gateway(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(nexthop_attrs::GATEWAY, crate::attr::Attr::ip)
    }
    /// `NHA_ENCAP_TYPE`.
    pub fn encap_type(&self) -> Result<Option<u16>> {
        self.0.read(nexthop_attrs::ENCAP_TYPE, crate::attr::Attr::u16)
    }
    /// `NHA_ENCAP`.
    pub fn encap(&self) -> Result<Option<LwtunnelEncapAttrs<'a>>> {
        self.0.read(nexthop_attrs::ENCAP, |a| Ok(LwtunnelEncapAttrs(a.nested())))
    }
    /// `NHA_GROUPS`.
    pub fn groups(&self) -> Result<bool> {
        self.0.flag(nexthop_attrs::GROUPS)
    }
    /// `NHA_MASTER`.
    pub fn master(&self) -> Result<Option<u32>> {
        self.0.read(nexthop_attrs::MASTER, crate::attr::Attr::u32)
    }
    /// `NHA_FDB`.
    pub fn fdb(&self) -> Result<bool> {
        self.0.flag(nexthop_attrs::FDB)
    }
    /// `NHA_RES_GROUP`.
    pub fn res_group(&self) -> Result<Option<NhResGroupAttrs<'a>>> {
        self.0.read(nexthop_attrs::RES_GROUP, |a| Ok(NhResGroupAttrs(a.nested())))
    }
    /// `NHA_RES_BUCKET`.
    pub fn res_bucket(&self) -> Result<Option<NhResBucketAttrs<'a>>> {
        self.0.read(nexthop_attrs::RES_BUCKET, |a| Ok(NhResBucketAttrs(a.nested())))
    }
    /// `NHA_OP_FLAGS`.
    pub fn op_flags(&self) -> Result<Option<NhaOpFlags>> {
        self.0.read(nexthop_attrs::OP_FLAGS, |a| a.u32().map(NhaOpFlags::from_bits_retain))
    }
    /// `NHA_GROUP_STATS`.
    pub fn group_stats(&self) -> Result<Option<NhGroupStatsAttrs<'a>>> {
        self.0.read(nexthop_attrs::GROUP_STATS, |a| Ok(NhGroupStatsAttrs(a.nested())))
    }
    /// `NHA_HW_STATS_ENABLE`.
    pub fn hw_stats_enable(&self) -> Result<Option<u32>> {
        self.0.read(nexthop_attrs::HW_STATS_ENABLE, crate::attr::Attr::u32)
    }
    /// `NHA_HW_STATS_USED`.
    pub fn hw_stats_used(&self) -> Result<Option<u32>> {
        self.0.read(nexthop_attrs::HW_STATS_USED, crate::attr::Attr::u32)
    }
}

/// `NHA_RES_GROUP_*`: the attribute set `nh-res-group-attrs`.
pub static NH_RES_GROUP_ATTRS: Space = Space {
    name: "nh-res-group-attrs",
    prefix: "NHA_RES_GROUP_",
    attrs: &[
        AttrSpec { id: 0, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "buckets", ty: AttrType::U16 },
        AttrSpec { id: 2, name: "idle_timer", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "unbalanced_timer", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "unbalanced_time", ty: AttrType::U64 },
    ],
    by_name: &[0, 0, 2, 1, 0, 0, 0, 0, 0, 4, 5, 0, 0, 0, 3, 0],
};

/// Attribute numbers of [`NH_RES_GROUP_ATTRS`].
pub mod nh_res_group_attrs {
    /// `NHA_RES_GROUP_PAD`.
    #[doc(alias = "NHA_RES_GROUP_PAD")]
    pub const PAD: u16 = 0;
    /// `NHA_RES_GROUP_BUCKETS`.
    #[doc(alias = "NHA_RES_GROUP_BUCKETS")]
    pub const BUCKETS: u16 = 1;
    /// `NHA_RES_GROUP_IDLE_TIMER`.
    #[doc(alias = "NHA_RES_GROUP_IDLE_TIMER")]
    pub const IDLE_TIMER: u16 = 2;
    /// `NHA_RES_GROUP_UNBALANCED_TIMER`.
    #[doc(alias = "NHA_RES_GROUP_UNBALANCED_TIMER")]
    pub const UNBALANCED_TIMER: u16 = 3;
    /// `NHA_RES_GROUP_UNBALANCED_TIME`.
    #[doc(alias = "NHA_RES_GROUP_UNBALANCED_TIME")]
    pub const UNBALANCED_TIME: u16 = 4;
}

/// Typed reads of an attribute chain of the set `nh-res-group-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NhResGroupAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NhResGroupAttrs<'a> {
    /// `NHA_RES_GROUP_BUCKETS`.
    pub fn buckets(&self) -> Result<Option<u16>> {
        self.0.read(nh_res_group_attrs::BUCKETS, crate::attr::Attr::u16)
    }
    /// `NHA_RES_GROUP_IDLE_TIMER`.
    pub fn idle_timer(&self) -> Result<Option<u32>> {
        self.0.read(nh_res_group_attrs::IDLE_TIMER, crate::attr::Attr::u32)
    }
    /// `NHA_RES_GROUP_UNBALANCED_TIMER`.
    pub fn unbalanced_timer(&self) -> Result<Option<u32>> {
        self.0.read(nh_res_group_attrs::UNBALANCED_TIMER, crate::attr::Attr::u32)
    }
    /// `NHA_RES_GROUP_UNBALANCED_TIME`.
    pub fn unbalanced_time(&self) -> Result<Option<u64>> {
        self.0.read(nh_res_group_attrs::UNBALANCED_TIME, crate::attr::Attr::u64)
    }
}

/// `NHA_RES_BUCKET_*`: the attribute set `nh-res-bucket-attrs`.
pub static NH_RES_BUCKET_ATTRS: Space = Space {
    name: "nh-res-bucket-attrs",
    prefix: "NHA_RES_BUCKET_",
    attrs: &[
        AttrSpec { id: 0, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "index", ty: AttrType::U16 },
        AttrSpec { id: 2, name: "idle_time", ty: AttrType::U64 },
        AttrSpec { id: 3, name: "nh_id", ty: AttrType::U32 },
    ],
    by_name: &[3, 4, 0, 1, 0, 0, 0, 2],
};

/// Attribute numbers of [`NH_RES_BUCKET_ATTRS`].
pub mod nh_res_bucket_attrs {
    /// `NHA_RES_BUCKET_PAD`.
    #[doc(alias = "NHA_RES_BUCKET_PAD")]
    pub const PAD: u16 = 0;
    /// `NHA_RES_BUCKET_INDEX`.
    #[doc(alias = "NHA_RES_BUCKET_INDEX")]
    pub const INDEX: u16 = 1;
    /// `NHA_RES_BUCKET_IDLE_TIME`.
    #[doc(alias = "NHA_RES_BUCKET_IDLE_TIME")]
    pub const IDLE_TIME: u16 = 2;
    /// `NHA_RES_BUCKET_NH_ID`.
    #[doc(alias = "NHA_RES_BUCKET_NH_ID")]
    pub const NH_ID: u16 = 3;
}

/// Typed reads of an attribute chain of the set `nh-res-bucket-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NhResBucketAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NhResBucketAttrs<'a> {
    /// `NHA_RES_BUCKET_INDEX`.
    pub fn index(&self) -> Result<Option<u16>> {
        self.0.read(nh_res_bucket_attrs::INDEX, crate::attr::Attr::u16)
    }
    /// `NHA_RES_BUCKET_IDLE_TIME`.
    pub fn idle_time(&self) -> Result<Option<u64>> {
        self.0.read(nh_res_bucket_attrs::IDLE_TIME, crate::attr::Attr::u64)
    }
    /// `NHA_RES_BUCKET_NH_ID`.
    pub fn nh_id(&self) -> Result<Option<u32>> {
        self.0.read(nh_res_bucket_attrs::NH_ID, crate::attr::Attr::u32)
    }
}

/// `NHA_GROUP_STATS_*`: the attribute set `nh-group-stats-attrs`.
pub static NH_GROUP_STATS_ATTRS: Space = Space {
    name: "nh-group-stats-attrs",
    prefix: "NHA_GROUP_STATS_",
    attrs: &[AttrSpec { id: 1, name: "entry", ty: AttrType::Nested(&NH_GROUP_STATS_ENTRY_ATTRS) }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`NH_GROUP_STATS_ATTRS`].
pub mod nh_group_stats_attrs {
    /// `NHA_GROUP_STATS_ENTRY`.
    #[doc(alias = "NHA_GROUP_STATS_ENTRY")]
    pub const ENTRY: u16 = 1;
}

/// Typed reads of an attribute chain of the set `nh-group-stats-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NhGroupStatsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NhGroupStatsAttrs<'a> {
    /// `NHA_GROUP_STATS_ENTRY`.
    pub fn entry(&self) -> impl Iterator<Item = Result<NhGroupStatsEntryAttrs<'a>>> + 'a {
        self.0.read_all(nh_group_stats_attrs::ENTRY, |a| Ok(NhGroupStatsEntryAttrs(a.nested())))
    }
}

/// `NHA_GROUP_STATS_ENTRY_*`: the attribute set `nh-group-stats-entry-attrs`.
pub static NH_GROUP_STATS_ENTRY_ATTRS: Space = Space {
    name: "nh-group-stats-entry-attrs",
    prefix: "NHA_GROUP_STATS_ENTRY_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "packets", ty: AttrType::Uint },
        AttrSpec { id: 3, name: "packets_hw", ty: AttrType::Uint },
    ],
    by_name: &[2, 0, 3, 0, 1, 0, 0, 0],
};

/// Attribute numbers of [`NH_GROUP_STATS_ENTRY_ATTRS`].
pub mod nh_group_stats_entry_attrs {
    /// `NHA_GROUP_STATS_ENTRY_ID`.
    #[doc(alias = "NHA_GROUP_STATS_ENTRY_ID")]
    pub const ID: u16 = 1;
    /// `NHA_GROUP_STATS_ENTRY_PACKETS`.
    #[doc(alias = "NHA_GROUP_STATS_ENTRY_PACKETS")]
    pub const PACKETS: u16 = 2;
    /// `NHA_GROUP_STATS_ENTRY_PACKETS_HW`.
    #[doc(alias = "NHA_GROUP_STATS_ENTRY_PACKETS_HW")]
    pub const PACKETS_HW: u16 = 3;
}

/// Typed reads of an attribute chain of the set `nh-group-stats-entry-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NhGroupStatsEntryAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NhGroupStatsEntryAttrs<'a> {
    /// `NHA_GROUP_STATS_ENTRY_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(nh_group_stats_entry_attrs::ID, crate::attr::Attr::u32)
    }
    /// `NHA_GROUP_STATS_ENTRY_PACKETS`.
    pub fn packets(&self) -> Result<Option<u64>> {
        self.0.read(nh_group_stats_entry_attrs::PACKETS, crate::attr::Attr::uint)
    }
    /// `NHA_GROUP_STATS_ENTRY_PACKETS_HW`.
    pub fn packets_hw(&self) -> Result<Option<u64>> {
        self.0.read(nh_group_stats_entry_attrs::PACKETS_HW, crate::attr::Attr::uint)
    }
}

/// `RT_NEXTHOP_A_LWTUNNEL_ENCAP_ATTRS_*`: the attribute set `lwtunnel-encap-attrs`.
pub static LWTUNNEL_ENCAP_ATTRS: Space = Space {
    name: "lwtunnel-encap-attrs",
    prefix: "RT_NEXTHOP_A_LWTUNNEL_ENCAP_ATTRS_",
    attrs: &[],
    by_name: &[0],
};

/// Attribute numbers of [`LWTUNNEL_ENCAP_ATTRS`].
pub mod lwtunnel_encap_attrs {}

/// Typed reads of an attribute chain of the set `lwtunnel-encap-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LwtunnelEncapAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LwtunnelEncapAttrs<'a> {}

/// Messages of `struct nhmsg` followed by `nexthop-attrs`.
pub static NEXTHOP_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-nexthop", header: &NHMSG, space: &NEXTHOP_ATTRS };
