//! Tables of the `rt-mdb` netlink spec.
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
use crate::wire::{BeU16, NeU16, NeU32};
use core::mem::{offset_of, size_of};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// Names of `mdb-state`.
pub static MDB_STATE: &[(u32, &str)] = &[(0, "temporary"), (1, "permanent")];

/// Values of `mdb-state`.
pub mod mdb_state {
    /// `MDB_TEMPORARY`.
    #[doc(alias = "MDB_TEMPORARY")]
    pub const TEMPORARY: u8 = 0;
    /// `MDB_PERMANENT`.
    #[doc(alias = "MDB_PERMANENT")]
    pub const PERMANENT: u8 = 1;
}

/// Bit names of `mdb-flags`.
pub static MDB_FLAGS: &[(u32, &str)] =
    &[(1, "offload"), (2, "fast-leave"), (4, "star-excl"), (8, "blocked"), (16, "offload-failed")];

/// Bit masks of `mdb-flags`.
pub mod mdb_flags {
    /// `MDB_FLAGS_OFFLOAD`.
    #[doc(alias = "MDB_FLAGS_OFFLOAD")]
    pub const OFFLOAD: u8 = 1;
    /// `MDB_FLAGS_FAST_LEAVE`.
    #[doc(alias = "MDB_FLAGS_FAST_LEAVE")]
    pub const FAST_LEAVE: u8 = 2;
    /// `MDB_FLAGS_STAR_EXCL`.
    #[doc(alias = "MDB_FLAGS_STAR_EXCL")]
    pub const STAR_EXCL: u8 = 4;
    /// `MDB_FLAGS_BLOCKED`.
    #[doc(alias = "MDB_FLAGS_BLOCKED")]
    pub const BLOCKED: u8 = 8;
    /// `MDB_FLAGS_OFFLOAD_FAILED`.
    #[doc(alias = "MDB_FLAGS_OFFLOAD_FAILED")]
    pub const OFFLOAD_FAILED: u8 = 16;
}

bitflags::bitflags! {
    /// The bits of `mdb-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct MdbFlags: u8 {
        /// [`mdb_flags::OFFLOAD`].
        const OFFLOAD = mdb_flags::OFFLOAD;
        /// [`mdb_flags::FAST_LEAVE`].
        const FAST_LEAVE = mdb_flags::FAST_LEAVE;
        /// [`mdb_flags::STAR_EXCL`].
        const STAR_EXCL = mdb_flags::STAR_EXCL;
        /// [`mdb_flags::BLOCKED`].
        const BLOCKED = mdb_flags::BLOCKED;
        /// [`mdb_flags::OFFLOAD_FAILED`].
        const OFFLOAD_FAILED = mdb_flags::OFFLOAD_FAILED;
    }
}

/// Names of `mdb-rtr-type`.
pub static MDB_RTR_TYPE: &[(u32, &str)] = &[(0, "disabled"), (1, "temp-query"), (2, "perm"), (3, "temp")];

/// Values of `mdb-rtr-type`.
pub mod mdb_rtr_type {
    /// `MDB_RTR_TYPE_DISABLED`.
    #[doc(alias = "MDB_RTR_TYPE_DISABLED")]
    pub const DISABLED: u8 = 0;
    /// `MDB_RTR_TYPE_TEMP_QUERY`.
    #[doc(alias = "MDB_RTR_TYPE_TEMP_QUERY")]
    pub const TEMP_QUERY: u8 = 1;
    /// `MDB_RTR_TYPE_PERM`.
    #[doc(alias = "MDB_RTR_TYPE_PERM")]
    pub const PERM: u8 = 2;
    /// `MDB_RTR_TYPE_TEMP`.
    #[doc(alias = "MDB_RTR_TYPE_TEMP")]
    pub const TEMP: u8 = 3;
}

/// Names of `mcast-filter-mode`.
pub static MCAST_FILTER_MODE: &[(u32, &str)] = &[(0, "exclude"), (1, "include")];

/// Values of `mcast-filter-mode`.
pub mod mcast_filter_mode {
    /// `MCAST_EXCLUDE`.
    #[doc(alias = "MCAST_EXCLUDE")]
    pub const EXCLUDE: u8 = 0;
    /// `MCAST_INCLUDE`.
    #[doc(alias = "MCAST_INCLUDE")]
    pub const INCLUDE: u8 = 1;
}

/// `rt-protocol-names`, as in [`rt_route`](super::rt_route).
pub use super::rt_route::RT_PROTOCOL_NAMES;

/// `struct br_port_msg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct BrPortMsg {
    /// `family`.
    pub family: u8,
    /// Padding the C compiler adds.
    pub hole1: [u8; 3],
    /// `ifindex`.
    pub ifindex: NeU32,
}

/// Fields of [`BrPortMsg`].
pub static BR_PORT_MSG: StructSpec = StructSpec {
    name: "br_port_msg",
    size: size_of::<BrPortMsg>(),
    prefix: "",
    fields: &[
        Field::new("family", offset_of!(BrPortMsg, family), size_of::<u8>(), AttrType::U8),
        Field::new("ifindex", offset_of!(BrPortMsg, ifindex), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct br_mdb_entry`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct BrMdbEntry {
    /// `ifindex`.
    pub ifindex: NeU32,
    /// `state`.
    pub state: u8,
    /// `flags`.
    pub flags: u8,
    /// `vid`.
    pub vid: NeU16,
    /// `addr`.
    pub addr: [u8; 16],
    /// `proto`.
    pub proto: BeU16,
    /// Padding the C compiler adds.
    pub hole1: [u8; 2],
}

/// Fields of [`BrMdbEntry`].
pub static BR_MDB_ENTRY: StructSpec = StructSpec {
    name: "br_mdb_entry",
    size: size_of::<BrMdbEntry>(),
    prefix: "",
    fields: &[
        Field::new("ifindex", offset_of!(BrMdbEntry, ifindex), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "state",
            offset_of!(BrMdbEntry, state),
            size_of::<u8>(),
            AttrType::Enum(Scalar::U8, MDB_STATE),
        ),
        Field::new(
            "flags",
            offset_of!(BrMdbEntry, flags),
            size_of::<u8>(),
            AttrType::Bits(Scalar::U8, MDB_FLAGS),
        ),
        Field::new("vid", offset_of!(BrMdbEntry, vid), size_of::<NeU16>(), AttrType::U16),
        Field::new("addr", offset_of!(BrMdbEntry, addr), size_of::<[u8; 16]>(), AttrType::Bytes),
        Field::new("proto", offset_of!(BrMdbEntry, proto), size_of::<BeU16>(), AttrType::Be16),
    ],
};

/// `struct br_router_port`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct BrRouterPort {
    /// `ifindex`.
    pub ifindex: NeU32,
}

/// Fields of [`BrRouterPort`].
pub static BR_ROUTER_PORT: StructSpec = StructSpec {
    name: "br_router_port",
    size: size_of::<BrRouterPort>(),
    prefix: "",
    fields: &[Field::new("ifindex", offset_of!(BrRouterPort, ifindex), size_of::<NeU32>(), AttrType::U32)],
};

/// `MDBA_*`: the attribute set `mdba-attrs`.
pub static MDBA_ATTRS: Space = Space {
    name: "mdba-attrs",
    prefix: "MDBA_",
    attrs: &[
        AttrSpec { id: 1, name: "mdb", ty: AttrType::Nested(&MDBA_MDB_ATTRS) },
        AttrSpec { id: 2, name: "router", ty: AttrType::Nested(&MDBA_ROUTER_ATTRS) },
    ],
    by_name: &[2, 0, 0, 1],
};

/// Attribute numbers of [`MDBA_ATTRS`].
pub mod mdba_attrs {
    /// `MDBA_MDB`.
    #[doc(alias = "MDBA_MDB")]
    pub const MDB: u16 = 1;
    /// `MDBA_ROUTER`.
    #[doc(alias = "MDBA_ROUTER")]
    pub const ROUTER: u16 = 2;
}

/// Typed reads of an attribute chain of the set `mdba-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbaAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbaAttrs<'a> {
    /// `MDBA_MDB`.
    pub fn mdb(&self) -> Result<Option<MdbaMdbAttrs<'a>>> {
        self.0.read(mdba_attrs::MDB, |a| Ok(MdbaMdbAttrs(a.nested())))
    }
    /// `MDBA_ROUTER`.
    pub fn router(&self) -> Result<Option<MdbaRouterAttrs<'a>>> {
        self.0.read(mdba_attrs::ROUTER, |a| Ok(MdbaRouterAttrs(a.nested())))
    }
}

/// `MDBA_MDB_*`: the attribute set `mdba-mdb-attrs`.
pub static MDBA_MDB_ATTRS: Space = Space {
    name: "mdba-mdb-attrs",
    prefix: "MDBA_MDB_",
    attrs: &[AttrSpec { id: 1, name: "entry", ty: AttrType::Nested(&MDBA_MDB_ENTRY_ATTRS) }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`MDBA_MDB_ATTRS`].
pub mod mdba_mdb_attrs {
    /// `MDBA_MDB_ENTRY`.
    #[doc(alias = "MDBA_MDB_ENTRY")]
    pub const ENTRY: u16 = 1;
}

/// Typed reads of an attribute chain of the set `mdba-mdb-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbaMdbAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbaMdbAttrs<'a> {
    /// `MDBA_MDB_ENTRY`.
    pub fn entry(&self) -> impl Iterator<Item = Result<MdbaMdbEntryAttrs<'a>>> + 'a {
        self.0.read_all(mdba_mdb_attrs::ENTRY, |a| Ok(MdbaMdbEntryAttrs(a.nested())))
    }
}

/// `MDBA_MDB_ENTRY_*`: the attribute set `mdba-mdb-entry-attrs`.
pub static MDBA_MDB_ENTRY_ATTRS: Space = Space {
    name: "mdba-mdb-entry-attrs",
    prefix: "MDBA_MDB_ENTRY_",
    attrs: &[AttrSpec { id: 1, name: "info", ty: AttrType::Headed(&BR_MDB_ENTRY, &MDBA_MDB_EATTR_ATTRS) }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`MDBA_MDB_ENTRY_ATTRS`].
pub mod mdba_mdb_entry_attrs {
    /// `MDBA_MDB_ENTRY_INFO`.
    #[doc(alias = "MDBA_MDB_ENTRY_INFO")]
    pub const INFO: u16 = 1;
}

/// Typed reads of an attribute chain of the set `mdba-mdb-entry-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbaMdbEntryAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbaMdbEntryAttrs<'a> {
    /// `MDBA_MDB_ENTRY_INFO`.
    pub fn info(&self) -> impl Iterator<Item = Result<crate::attr::Attr<'a>>> + 'a {
        self.0.read_all(mdba_mdb_entry_attrs::INFO, |a| Ok(*a))
    }
}

/// `MDBA_MDB_EATTR_*`: the attribute set `mdba-mdb-eattr-attrs`.
pub static MDBA_MDB_EATTR_ATTRS: Space = Space {
    name: "mdba-mdb-eattr-attrs",
    prefix: "MDBA_MDB_EATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "timer", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "src_list", ty: AttrType::Nested(&MDBA_MDB_SRCLIST_ATTRS) },
        AttrSpec { id: 3, name: "group_mode", ty: AttrType::Enum(Scalar::U8, MCAST_FILTER_MODE) },
        AttrSpec { id: 4, name: "source", ty: AttrType::Ip },
        AttrSpec { id: 5, name: "rtprot", ty: AttrType::Enum(Scalar::U8, RT_PROTOCOL_NAMES) },
        AttrSpec { id: 6, name: "dst", ty: AttrType::Ip },
        AttrSpec { id: 7, name: "dst_port", ty: AttrType::U16 },
        AttrSpec { id: 8, name: "vni", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "src_vni", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 1, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 4, 0, 6, 0, 5, 0, 0, 0, 10, 2, 7, 8, 0,
    ],
};

/// Attribute numbers of [`MDBA_MDB_EATTR_ATTRS`].
pub mod mdba_mdb_eattr_attrs {
    /// `MDBA_MDB_EATTR_TIMER`.
    #[doc(alias = "MDBA_MDB_EATTR_TIMER")]
    pub const TIMER: u16 = 1;
    /// `MDBA_MDB_EATTR_SRC_LIST`.
    #[doc(alias = "MDBA_MDB_EATTR_SRC_LIST")]
    pub const SRC_LIST: u16 = 2;
    /// `MDBA_MDB_EATTR_GROUP_MODE`.
    #[doc(alias = "MDBA_MDB_EATTR_GROUP_MODE")]
    pub const GROUP_MODE: u16 = 3;
    /// `MDBA_MDB_EATTR_SOURCE`.
    #[doc(alias = "MDBA_MDB_EATTR_SOURCE")]
    pub const SOURCE: u16 = 4;
    /// `MDBA_MDB_EATTR_RTPROT`.
    #[doc(alias = "MDBA_MDB_EATTR_RTPROT")]
    pub const RTPROT: u16 = 5;
    /// `MDBA_MDB_EATTR_DST`.
    #[doc(alias = "MDBA_MDB_EATTR_DST")]
    pub const DST: u16 = 6;
    /// `MDBA_MDB_EATTR_DST_PORT`.
    #[doc(alias = "MDBA_MDB_EATTR_DST_PORT")]
    pub const DST_PORT: u16 = 7;
    /// `MDBA_MDB_EATTR_VNI`.
    #[doc(alias = "MDBA_MDB_EATTR_VNI")]
    pub const VNI: u16 = 8;
    /// `MDBA_MDB_EATTR_IFINDEX`.
    #[doc(alias = "MDBA_MDB_EATTR_IFINDEX")]
    pub const IFINDEX: u16 = 9;
    /// `MDBA_MDB_EATTR_SRC_VNI`.
    #[doc(alias = "MDBA_MDB_EATTR_SRC_VNI")]
    pub const SRC_VNI: u16 = 10;
}

/// Typed reads of an attribute chain of the set `mdba-mdb-eattr-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbaMdbEattrAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbaMdbEattrAttrs<'a> {
    /// `MDBA_MDB_EATTR_TIMER`.
    pub fn timer(&self) -> Result<Option<u32>> {
        self.0.read(mdba_mdb_eattr_attrs::TIMER, crate::attr::Attr::u32)
    }
    /// `MDBA_MDB_EATTR_SRC_LIST`.
    pub fn src_list(&self) -> Result<Option<MdbaMdbSrclistAttrs<'a>>> {
        self.0.read(mdba_mdb_eattr_attrs::SRC_LIST, |a| Ok(MdbaMdbSrclistAttrs(a.nested())))
    }
    /// `MDBA_MDB_EATTR_GROUP_MODE`.
    pub fn group_mode(&self) -> Result<Option<u8>> {
        self.0.read(mdba_mdb_eattr_attrs::GROUP_MODE, crate::attr::Attr::u8)
    }
    /// `MDBA_MDB_EATTR_SOURCE`.
    pub fn source(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(mdba_mdb_eattr_attrs::SOURCE, crate::attr::Attr::ip)
    }
    /// `MDBA_MDB_EATTR_RTPROT`.
    pub fn rtprot(&self) -> Result<Option<u8>> {
        self.0.read(mdba_mdb_eattr_attrs::RTPROT, crate::attr::Attr::u8)
    }
    /// `MDBA_MDB_EATTR_DST`.
    pub fn dst(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(mdba_mdb_eattr_attrs::DST, crate::attr::Attr::ip)
    }
    /// `MDBA_MDB_EATTR_DST_PORT`.
    pub fn dst_port(&self) -> Result<Option<u16>> {
        self.0.read(mdba_mdb_eattr_attrs::DST_PORT, crate::attr::Attr::u16)
    }
    /// `MDBA_MDB_EATTR_VNI`.
    pub fn vni(&self) -> Result<Option<u32>> {
        self.0.read(mdba_mdb_eattr_attrs::VNI, crate::attr::Attr::u32)
    }
    /// `MDBA_MDB_EATTR_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(mdba_mdb_eattr_attrs::IFINDEX, crate::attr::Attr::u32)
    }
    /// `MDBA_MDB_EATTR_SRC_VNI`.
    pub fn src_vni(&self) -> Result<Option<u32>> {
        self.0.read(mdba_mdb_eattr_attrs::SRC_VNI, crate::attr::Attr::u32)
    }
}

/// `MDBA_MDB_SRCLIST_*`: the attribute set `mdba-mdb-srclist-attrs`.
pub static MDBA_MDB_SRCLIST_ATTRS: Space = Space {
    name: "mdba-mdb-srclist-attrs",
    prefix: "MDBA_MDB_SRCLIST_",
    attrs: &[AttrSpec { id: 1, name: "entry", ty: AttrType::Nested(&MDBA_MDB_SRCATTR_ATTRS) }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`MDBA_MDB_SRCLIST_ATTRS`].
pub mod mdba_mdb_srclist_attrs {
    /// `MDBA_MDB_SRCLIST_ENTRY`.
    #[doc(alias = "MDBA_MDB_SRCLIST_ENTRY")]
    pub const ENTRY: u16 = 1;
}

/// Typed reads of an attribute chain of the set `mdba-mdb-srclist-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbaMdbSrclistAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbaMdbSrclistAttrs<'a> {
    /// `MDBA_MDB_SRCLIST_ENTRY`.
    pub fn entry(&self) -> impl Iterator<Item = Result<MdbaMdbSrcattrAttrs<'a>>> + 'a {
        self.0.read_all(mdba_mdb_srclist_attrs::ENTRY, |a| Ok(MdbaMdbSrcattrAttrs(a.nested())))
    }
}

/// `MDBA_MDB_SRCATTR_*`: the attribute set `mdba-mdb-srcattr-attrs`.
pub static MDBA_MDB_SRCATTR_ATTRS: Space = Space {
    name: "mdba-mdb-srcattr-attrs",
    prefix: "MDBA_MDB_SRCATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "address", ty: AttrType::Ip },
        AttrSpec { id: 2, name: "timer", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 1, 2],
};

/// Attribute numbers of [`MDBA_MDB_SRCATTR_ATTRS`].
pub mod mdba_mdb_srcattr_attrs {
    /// `MDBA_MDB_SRCATTR_ADDRESS`.
    #[doc(alias = "MDBA_MDB_SRCATTR_ADDRESS")]
    pub const ADDRESS: u16 = 1;
    /// `MDBA_MDB_SRCATTR_TIMER`.
    #[doc(alias = "MDBA_MDB_SRCATTR_TIMER")]
    pub const TIMER: u16 = 2;
}

/// Typed reads of an attribute chain of the set `mdba-mdb-srcattr-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbaMdbSrcattrAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbaMdbSrcattrAttrs<'a> {
    /// `MDBA_MDB_SRCATTR_ADDRESS`.
    pub fn address(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(mdba_mdb_srcattr_attrs::ADDRESS, crate::attr::Attr::ip)
    }
    /// `MDBA_MDB_SRCATTR_TIMER`.
    pub fn timer(&self) -> Result<Option<u32>> {
        self.0.read(mdba_mdb_srcattr_attrs::TIMER, crate::attr::Attr::u32)
    }
}

/// `MDBA_ROUTER_*`: the attribute set `mdba-router-attrs`.
pub static MDBA_ROUTER_ATTRS: Space = Space {
    name: "mdba-router-attrs",
    prefix: "MDBA_ROUTER_",
    attrs: &[AttrSpec {
        id: 1,
        name: "port",
        ty: AttrType::Headed(&BR_ROUTER_PORT, &MDBA_ROUTER_PATTR_ATTRS),
    }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`MDBA_ROUTER_ATTRS`].
pub mod mdba_router_attrs {
    /// `MDBA_ROUTER_PORT`.
    #[doc(alias = "MDBA_ROUTER_PORT")]
    pub const PORT: u16 = 1;
}

/// Typed reads of an attribute chain of the set `mdba-router-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbaRouterAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbaRouterAttrs<'a> {
    /// `MDBA_ROUTER_PORT`.
    pub fn port(&self) -> impl Iterator<Item = Result<crate::attr::Attr<'a>>> + 'a {
        self.0.read_all(mdba_router_attrs::PORT, |a| Ok(*a))
    }
}

/// `MDBA_ROUTER_PATTR_*`: the attribute set `mdba-router-pattr-attrs`.
pub static MDBA_ROUTER_PATTR_ATTRS: Space = Space {
    name: "mdba-router-pattr-attrs",
    prefix: "MDBA_ROUTER_PATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "timer", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "type", ty: AttrType::Enum(Scalar::U8, MDB_RTR_TYPE) },
        AttrSpec { id: 3, name: "inet_timer", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "inet6_timer", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "vid", ty: AttrType::U16 },
    ],
    by_name: &[4, 5, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3],
};

/// Attribute numbers of [`MDBA_ROUTER_PATTR_ATTRS`].
pub mod mdba_router_pattr_attrs {
    /// `MDBA_ROUTER_PATTR_TIMER`.
    #[doc(alias = "MDBA_ROUTER_PATTR_TIMER")]
    pub const TIMER: u16 = 1;
    /// `MDBA_ROUTER_PATTR_TYPE`.
    #[doc(alias = "MDBA_ROUTER_PATTR_TYPE")]
    pub const TYPE: u16 = 2;
    /// `MDBA_ROUTER_PATTR_INET_TIMER`.
    #[doc(alias = "MDBA_ROUTER_PATTR_INET_TIMER")]
    pub const INET_TIMER: u16 = 3;
    /// `MDBA_ROUTER_PATTR_INET6_TIMER`.
    #[doc(alias = "MDBA_ROUTER_PATTR_INET6_TIMER")]
    pub const INET6_TIMER: u16 = 4;
    /// `MDBA_ROUTER_PATTR_VID`.
    #[doc(alias = "MDBA_ROUTER_PATTR_VID")]
    pub const VID: u16 = 5;
}

/// Typed reads of an attribute chain of the set `mdba-router-pattr-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbaRouterPattrAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbaRouterPattrAttrs<'a> {
    /// `MDBA_ROUTER_PATTR_TIMER`.
    pub fn timer(&self) -> Result<Option<u32>> {
        self.0.read(mdba_router_pattr_attrs::TIMER, crate::attr::Attr::u32)
    }
    /// `MDBA_ROUTER_PATTR_TYPE`.
    pub fn r#type(&self) -> Result<Option<u8>> {
        self.0.read(mdba_router_pattr_attrs::TYPE, crate::attr::Attr::u8)
    }
    /// `MDBA_ROUTER_PATTR_INET_TIMER`.
    pub fn inet_timer(&self) -> Result<Option<u32>> {
        self.0.read(mdba_router_pattr_attrs::INET_TIMER, crate::attr::Attr::u32)
    }
    /// `MDBA_ROUTER_PATTR_INET6_TIMER`.
    pub fn inet6_timer(&self) -> Result<Option<u32>> {
        self.0.read(mdba_router_pattr_attrs::INET6_TIMER, crate::attr::Attr::u32)
    }
    /// `MDBA_ROUTER_PATTR_VID`.
    pub fn vid(&self) -> Result<Option<u16>> {
        self.0.read(mdba_router_pattr_attrs::VID, crate::attr::Attr::u16)
    }
}

/// `MDBA_SET_*`: the attribute set `mdba-set-entry-attrs`.
pub static MDBA_SET_ENTRY_ATTRS: Space = Space {
    name: "mdba-set-entry-attrs",
    prefix: "MDBA_SET_",
    attrs: &[
        AttrSpec { id: 1, name: "entry", ty: AttrType::Struct(&BR_MDB_ENTRY) },
        AttrSpec { id: 2, name: "entry_attrs", ty: AttrType::Nested(&MDBE_ATTRS) },
    ],
    by_name: &[1, 0, 0, 2],
};

/// Attribute numbers of [`MDBA_SET_ENTRY_ATTRS`].
pub mod mdba_set_entry_attrs {
    /// `MDBA_SET_ENTRY`.
    #[doc(alias = "MDBA_SET_ENTRY")]
    pub const ENTRY: u16 = 1;
    /// `MDBA_SET_ENTRY_ATTRS`.
    #[doc(alias = "MDBA_SET_ENTRY_ATTRS")]
    pub const ENTRY_ATTRS: u16 = 2;
}

/// Typed reads of an attribute chain of the set `mdba-set-entry-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbaSetEntryAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbaSetEntryAttrs<'a> {
    /// `MDBA_SET_ENTRY`.
    pub fn entry(&self) -> Result<Option<&'a BrMdbEntry>> {
        self.0.read(mdba_set_entry_attrs::ENTRY, crate::attr::Attr::as_struct)
    }
    /// `MDBA_SET_ENTRY_ATTRS`.
    pub fn entry_attrs(&self) -> Result<Option<MdbeAttrs<'a>>> {
        self.0.read(mdba_set_entry_attrs::ENTRY_ATTRS, |a| Ok(MdbeAttrs(a.nested())))
    }
}

/// `MDBE_ATTR_*`: the attribute set `mdbe-attrs`.
pub static MDBE_ATTRS: Space = Space {
    name: "mdbe-attrs",
    prefix: "MDBE_ATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "source", ty: AttrType::Ip },
        AttrSpec { id: 2, name: "src_list", ty: AttrType::Nested(&MDBE_SRC_LIST_ATTRS) },
        AttrSpec { id: 3, name: "group_mode", ty: AttrType::Enum(Scalar::U8, MCAST_FILTER_MODE) },
        AttrSpec { id: 4, name: "rtprot", ty: AttrType::Enum(Scalar::U8, RT_PROTOCOL_NAMES) },
        AttrSpec { id: 5, name: "dst", ty: AttrType::Ip },
        AttrSpec { id: 6, name: "dst_port", ty: AttrType::U16 },
        AttrSpec { id: 7, name: "vni", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "ifindex", ty: AttrType::S32 },
        AttrSpec { id: 9, name: "src_vni", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "state_mask", ty: AttrType::U8 },
    ],
    by_name: &[
        0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 3, 1, 0, 5, 0, 4, 0, 0, 0, 9, 2, 6, 7, 0,
    ],
};

/// Attribute numbers of [`MDBE_ATTRS`].
pub mod mdbe_attrs {
    /// `MDBE_ATTR_SOURCE`.
    #[doc(alias = "MDBE_ATTR_SOURCE")]
    pub const SOURCE: u16 = 1;
    /// `MDBE_ATTR_SRC_LIST`.
    #[doc(alias = "MDBE_ATTR_SRC_LIST")]
    pub const SRC_LIST: u16 = 2;
    /// `MDBE_ATTR_GROUP_MODE`.
    #[doc(alias = "MDBE_ATTR_GROUP_MODE")]
    pub const GROUP_MODE: u16 = 3;
    /// `MDBE_ATTR_RTPROT`.
    #[doc(alias = "MDBE_ATTR_RTPROT")]
    pub const RTPROT: u16 = 4;
    /// `MDBE_ATTR_DST`.
    #[doc(alias = "MDBE_ATTR_DST")]
    pub const DST: u16 = 5;
    /// `MDBE_ATTR_DST_PORT`.
    #[doc(alias = "MDBE_ATTR_DST_PORT")]
    pub const DST_PORT: u16 = 6;
    /// `MDBE_ATTR_VNI`.
    #[doc(alias = "MDBE_ATTR_VNI")]
    pub const VNI: u16 = 7;
    /// `MDBE_ATTR_IFINDEX`.
    #[doc(alias = "MDBE_ATTR_IFINDEX")]
    pub const IFINDEX: u16 = 8;
    /// `MDBE_ATTR_SRC_VNI`.
    #[doc(alias = "MDBE_ATTR_SRC_VNI")]
    pub const SRC_VNI: u16 = 9;
    /// `MDBE_ATTR_STATE_MASK`.
    #[doc(alias = "MDBE_ATTR_STATE_MASK")]
    pub const STATE_MASK: u16 = 10;
}

/// Typed reads of an attribute chain of the set `mdbe-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbeAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbeAttrs<'a> {
    /// `MDBE_ATTR_SOURCE`.
    pub fn source(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(mdbe_attrs::SOURCE, crate::attr::Attr::ip)
    }
    /// `MDBE_ATTR_SRC_LIST`.
    pub fn src_list(&self) -> Result<Option<MdbeSrcListAttrs<'a>>> {
        self.0.read(mdbe_attrs::SRC_LIST, |a| Ok(MdbeSrcListAttrs(a.nested())))
    }
    /// `MDBE_ATTR_GROUP_MODE`.
    pub fn group_mode(&self) -> Result<Option<u8>> {
        self.0.read(mdbe_attrs::GROUP_MODE, crate::attr::Attr::u8)
    }
    /// `MDBE_ATTR_RTPROT`.
    pub fn rtprot(&self) -> Result<Option<u8>> {
        self.0.read(mdbe_attrs::RTPROT, crate::attr::Attr::u8)
    }
    /// `MDBE_ATTR_DST`.
    pub fn dst(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(mdbe_attrs::DST, crate::attr::Attr::ip)
    }
    /// `MDBE_ATTR_DST_PORT`.
    pub fn dst_port(&self) -> Result<Option<u16>> {
        self.0.read(mdbe_attrs::DST_PORT, crate::attr::Attr::u16)
    }
    /// `MDBE_ATTR_VNI`.
    pub fn vni(&self) -> Result<Option<u32>> {
        self.0.read(mdbe_attrs::VNI, crate::attr::Attr::u32)
    }
    /// `MDBE_ATTR_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<i32>> {
        self.0.read(mdbe_attrs::IFINDEX, crate::attr::Attr::i32)
    }
    /// `MDBE_ATTR_SRC_VNI`.
    pub fn src_vni(&self) -> Result<Option<u32>> {
        self.0.read(mdbe_attrs::SRC_VNI, crate::attr::Attr::u32)
    }
    /// `MDBE_ATTR_STATE_MASK`.
    pub fn state_mask(&self) -> Result<Option<u8>> {
        self.0.read(mdbe_attrs::STATE_MASK, crate::attr::Attr::u8)
    }
}

/// `MDBE_SRC_LIST_*`: the attribute set `mdbe-src-list-attrs`.
pub static MDBE_SRC_LIST_ATTRS: Space = Space {
    name: "mdbe-src-list-attrs",
    prefix: "MDBE_SRC_LIST_",
    attrs: &[AttrSpec { id: 1, name: "entry", ty: AttrType::Nested(&MDBE_SRCATTR_ATTRS) }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`MDBE_SRC_LIST_ATTRS`].
pub mod mdbe_src_list_attrs {
    /// `MDBE_SRC_LIST_ENTRY`.
    #[doc(alias = "MDBE_SRC_LIST_ENTRY")]
    pub const ENTRY: u16 = 1;
}

/// Typed reads of an attribute chain of the set `mdbe-src-list-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbeSrcListAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbeSrcListAttrs<'a> {
    /// `MDBE_SRC_LIST_ENTRY`.
    pub fn entry(&self) -> impl Iterator<Item = Result<MdbeSrcattrAttrs<'a>>> + 'a {
        self.0.read_all(mdbe_src_list_attrs::ENTRY, |a| Ok(MdbeSrcattrAttrs(a.nested())))
    }
}

/// `MDBE_SRCATTR_*`: the attribute set `mdbe-srcattr-attrs`.
pub static MDBE_SRCATTR_ATTRS: Space = Space {
    name: "mdbe-srcattr-attrs",
    prefix: "MDBE_SRCATTR_",
    attrs: &[AttrSpec { id: 1, name: "address", ty: AttrType::Ip }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`MDBE_SRCATTR_ATTRS`].
pub mod mdbe_srcattr_attrs {
    /// `MDBE_SRCATTR_ADDRESS`.
    #[doc(alias = "MDBE_SRCATTR_ADDRESS")]
    pub const ADDRESS: u16 = 1;
}

/// Typed reads of an attribute chain of the set `mdbe-srcattr-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MdbeSrcattrAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MdbeSrcattrAttrs<'a> {
    /// `MDBE_SRCATTR_ADDRESS`.
    pub fn address(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(mdbe_srcattr_attrs::ADDRESS, crate::attr::Attr::ip)
    }
}

/// Messages of `struct br_port_msg` followed by `mdba-attrs`.
pub static MDBA_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-mdb", header: &BR_PORT_MSG, space: &MDBA_ATTRS };
