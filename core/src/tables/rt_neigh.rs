//! Tables of the `rt-neigh` netlink spec.
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
use crate::wire::{NeI32, NeU16, NeU32, NeU64};
use core::mem::{offset_of, size_of};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `struct ndmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Ndmsg {
    /// `ndm-family`.
    pub ndm_family: u8,
    /// `ndm-pad`.
    pub ndm_pad: [u8; 3],
    /// `ndm-ifindex`.
    pub ndm_ifindex: NeI32,
    /// `ndm-state`.
    pub ndm_state: NeU16,
    /// `ndm-flags`.
    pub ndm_flags: u8,
    /// `ndm-type`.
    pub ndm_type: u8,
}

/// Fields of [`Ndmsg`].
pub static NDMSG: StructSpec = StructSpec {
    name: "ndmsg",
    size: size_of::<Ndmsg>(),
    prefix: "ndm_",
    fields: &[
        Field::new("ndm_family", offset_of!(Ndmsg, ndm_family), size_of::<u8>(), AttrType::U8),
        Field::new("ndm_ifindex", offset_of!(Ndmsg, ndm_ifindex), size_of::<NeI32>(), AttrType::S32),
        Field::new(
            "ndm_state",
            offset_of!(Ndmsg, ndm_state),
            size_of::<NeU16>(),
            AttrType::Bits(Scalar::U16, NUD_STATE_NAMES),
        ),
        Field::new(
            "ndm_flags",
            offset_of!(Ndmsg, ndm_flags),
            size_of::<u8>(),
            AttrType::Bits(Scalar::U8, NTF_FLAGS_NAMES),
        ),
        Field::new(
            "ndm_type",
            offset_of!(Ndmsg, ndm_type),
            size_of::<u8>(),
            AttrType::Enum(Scalar::U8, RTM_TYPE),
        ),
    ],
};

/// `struct ndtmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Ndtmsg {
    /// `family`.
    pub family: u8,
    /// `pad`.
    pub pad: [u8; 3],
}

/// Fields of [`Ndtmsg`].
pub static NDTMSG: StructSpec = StructSpec {
    name: "ndtmsg",
    size: size_of::<Ndtmsg>(),
    prefix: "",
    fields: &[Field::new("family", offset_of!(Ndtmsg, family), size_of::<u8>(), AttrType::U8)],
};

/// Bit names of `nud-state`.
pub static NUD_STATE: &[(u32, &str)] = &[
    (1, "incomplete"),
    (2, "reachable"),
    (4, "stale"),
    (8, "delay"),
    (16, "probe"),
    (32, "failed"),
    (64, "noarp"),
    (128, "permanent"),
];

/// Bit masks of `nud-state`.
pub mod nud_state {
    /// `NUD_INCOMPLETE`.
    #[doc(alias = "NUD_INCOMPLETE")]
    pub const INCOMPLETE: u16 = 1;
    /// `NUD_REACHABLE`.
    #[doc(alias = "NUD_REACHABLE")]
    pub const REACHABLE: u16 = 2;
    /// `NUD_STALE`.
    #[doc(alias = "NUD_STALE")]
    pub const STALE: u16 = 4;
    /// `NUD_DELAY`.
    #[doc(alias = "NUD_DELAY")]
    pub const DELAY: u16 = 8;
    /// `NUD_PROBE`.
    #[doc(alias = "NUD_PROBE")]
    pub const PROBE: u16 = 16;
    /// `NUD_FAILED`.
    #[doc(alias = "NUD_FAILED")]
    pub const FAILED: u16 = 32;
    /// `NUD_NOARP`.
    #[doc(alias = "NUD_NOARP")]
    pub const NOARP: u16 = 64;
    /// `NUD_PERMANENT`.
    #[doc(alias = "NUD_PERMANENT")]
    pub const PERMANENT: u16 = 128;
}

bitflags::bitflags! {
    /// The bits of `nud-state`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct NudState: u16 {
        /// [`nud_state::INCOMPLETE`].
        const INCOMPLETE = nud_state::INCOMPLETE;
        /// [`nud_state::REACHABLE`].
        const REACHABLE = nud_state::REACHABLE;
        /// [`nud_state::STALE`].
        const STALE = nud_state::STALE;
        /// [`nud_state::DELAY`].
        const DELAY = nud_state::DELAY;
        /// [`nud_state::PROBE`].
        const PROBE = nud_state::PROBE;
        /// [`nud_state::FAILED`].
        const FAILED = nud_state::FAILED;
        /// [`nud_state::NOARP`].
        const NOARP = nud_state::NOARP;
        /// [`nud_state::PERMANENT`].
        const PERMANENT = nud_state::PERMANENT;
    }
}

/// Bit names of `ntf-flags`.
pub static NTF_FLAGS: &[(u32, &str)] = &[
    (1, "use"),
    (2, "self"),
    (4, "master"),
    (8, "proxy"),
    (16, "ext-learned"),
    (32, "offloaded"),
    (64, "sticky"),
    (128, "router"),
];

/// Bit masks of `ntf-flags`.
pub mod ntf_flags {
    /// `NTF_USE`.
    #[doc(alias = "NTF_USE")]
    pub const USE: u8 = 1;
    /// `NTF_SELF`.
    #[doc(alias = "NTF_SELF")]
    pub const SELF: u8 = 2;
    /// `NTF_MASTER`.
    #[doc(alias = "NTF_MASTER")]
    pub const MASTER: u8 = 4;
    /// `NTF_PROXY`.
    #[doc(alias = "NTF_PROXY")]
    pub const PROXY: u8 = 8;
    /// `NTF_EXT_LEARNED`.
    #[doc(alias = "NTF_EXT_LEARNED")]
    pub const EXT_LEARNED: u8 = 16;
    /// `NTF_OFFLOADED`.
    #[doc(alias = "NTF_OFFLOADED")]
    pub const OFFLOADED: u8 = 32;
    /// `NTF_STICKY`.
    #[doc(alias = "NTF_STICKY")]
    pub const STICKY: u8 = 64;
    /// `NTF_ROUTER`.
    #[doc(alias = "NTF_ROUTER")]
    pub const ROUTER: u8 = 128;
}

bitflags::bitflags! {
    /// The bits of `ntf-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct NtfFlags: u8 {
        /// [`ntf_flags::USE`].
        const USE = ntf_flags::USE;
        /// [`ntf_flags::SELF`].
        const SELF = ntf_flags::SELF;
        /// [`ntf_flags::MASTER`].
        const MASTER = ntf_flags::MASTER;
        /// [`ntf_flags::PROXY`].
        const PROXY = ntf_flags::PROXY;
        /// [`ntf_flags::EXT_LEARNED`].
        const EXT_LEARNED = ntf_flags::EXT_LEARNED;
        /// [`ntf_flags::OFFLOADED`].
        const OFFLOADED = ntf_flags::OFFLOADED;
        /// [`ntf_flags::STICKY`].
        const STICKY = ntf_flags::STICKY;
        /// [`ntf_flags::ROUTER`].
        const ROUTER = ntf_flags::ROUTER;
    }
}

/// Bit names of `ntf-ext-flags`.
pub static NTF_EXT_FLAGS: &[(u32, &str)] = &[(1, "managed"), (2, "locked"), (4, "ext-validated")];

/// Bit masks of `ntf-ext-flags`.
pub mod ntf_ext_flags {
    /// `NTF_EXT_MANAGED`.
    #[doc(alias = "NTF_EXT_MANAGED")]
    pub const MANAGED: u32 = 1;
    /// `NTF_EXT_LOCKED`.
    #[doc(alias = "NTF_EXT_LOCKED")]
    pub const LOCKED: u32 = 2;
    /// `NTF_EXT_EXT_VALIDATED`.
    #[doc(alias = "NTF_EXT_EXT_VALIDATED")]
    pub const EXT_VALIDATED: u32 = 4;
}

bitflags::bitflags! {
    /// The bits of `ntf-ext-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct NtfExtFlags: u32 {
        /// [`ntf_ext_flags::MANAGED`].
        const MANAGED = ntf_ext_flags::MANAGED;
        /// [`ntf_ext_flags::LOCKED`].
        const LOCKED = ntf_ext_flags::LOCKED;
        /// [`ntf_ext_flags::EXT_VALIDATED`].
        const EXT_VALIDATED = ntf_ext_flags::EXT_VALIDATED;
    }
}

/// `rtm-type`, as in [`rt_route`](super::rt_route).
pub use super::rt_route::{rtm_type, RTM_TYPE};

/// `struct nda_cacheinfo`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct NdaCacheinfo {
    /// `confirmed`.
    pub confirmed: NeU32,
    /// `used`.
    pub used: NeU32,
    /// `updated`.
    pub updated: NeU32,
    /// `refcnt`.
    pub refcnt: NeU32,
}

/// Fields of [`NdaCacheinfo`].
pub static NDA_CACHEINFO: StructSpec = StructSpec {
    name: "nda_cacheinfo",
    size: size_of::<NdaCacheinfo>(),
    prefix: "",
    fields: &[
        Field::aliased(
            "confirmed",
            "ndm_confirmed",
            offset_of!(NdaCacheinfo, confirmed),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::aliased("used", "ndm_used", offset_of!(NdaCacheinfo, used), size_of::<NeU32>(), AttrType::U32),
        Field::aliased(
            "updated",
            "ndm_updated",
            offset_of!(NdaCacheinfo, updated),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::aliased(
            "refcnt",
            "ndm_refcnt",
            offset_of!(NdaCacheinfo, refcnt),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
    ],
};

/// `struct ndt_config`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct NdtConfig {
    /// `key-len`.
    pub key_len: NeU16,
    /// `entry-size`.
    pub entry_size: NeU16,
    /// `entries`.
    pub entries: NeU32,
    /// `last-flush`.
    pub last_flush: NeU32,
    /// `last-rand`.
    pub last_rand: NeU32,
    /// `hash-rnd`.
    pub hash_rnd: NeU32,
    /// `hash-mask`.
    pub hash_mask: NeU32,
    /// `hash-chain-gc`.
    pub hash_chain_gc: NeU32,
    /// `proxy-qlen`.
    pub proxy_qlen: NeU32,
}

/// Fields of [`NdtConfig`].
pub static NDT_CONFIG: StructSpec = StructSpec {
    name: "ndt_config",
    size: size_of::<NdtConfig>(),
    prefix: "",
    fields: &[
        Field::new("key_len", offset_of!(NdtConfig, key_len), size_of::<NeU16>(), AttrType::U16),
        Field::new("entry_size", offset_of!(NdtConfig, entry_size), size_of::<NeU16>(), AttrType::U16),
        Field::new("entries", offset_of!(NdtConfig, entries), size_of::<NeU32>(), AttrType::U32),
        Field::new("last_flush", offset_of!(NdtConfig, last_flush), size_of::<NeU32>(), AttrType::U32),
        Field::new("last_rand", offset_of!(NdtConfig, last_rand), size_of::<NeU32>(), AttrType::U32),
        Field::new("hash_rnd", offset_of!(NdtConfig, hash_rnd), size_of::<NeU32>(), AttrType::U32),
        Field::new("hash_mask", offset_of!(NdtConfig, hash_mask), size_of::<NeU32>(), AttrType::U32),
        Field::new("hash_chain_gc", offset_of!(NdtConfig, hash_chain_gc), size_of::<NeU32>(), AttrType::U32),
        Field::new("proxy_qlen", offset_of!(NdtConfig, proxy_qlen), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct ndt_stats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct NdtStats {
    /// `allocs`.
    pub allocs: NeU64,
    /// `destroys`.
    pub destroys: NeU64,
    /// `hash-grows`.
    pub hash_grows: NeU64,
    /// `res-failed`.
    pub res_failed: NeU64,
    /// `lookups`.
    pub lookups: NeU64,
    /// `hits`.
    pub hits: NeU64,
    /// `rcv-probes-mcast`.
    pub rcv_probes_mcast: NeU64,
    /// `rcv-probes-ucast`.
    pub rcv_probes_ucast: NeU64,
    /// `periodic-gc-runs`.
    pub periodic_gc_runs: NeU64,
    /// `forced-gc-runs`.
    pub forced_gc_runs: NeU64,
    /// `table-fulls`.
    pub table_fulls: NeU64,
}

/// Fields of [`NdtStats`].
pub static NDT_STATS: StructSpec = StructSpec {
    name: "ndt_stats",
    size: size_of::<NdtStats>(),
    prefix: "",
    fields: &[
        Field::new("allocs", offset_of!(NdtStats, allocs), size_of::<NeU64>(), AttrType::U64),
        Field::new("destroys", offset_of!(NdtStats, destroys), size_of::<NeU64>(), AttrType::U64),
        Field::new("hash_grows", offset_of!(NdtStats, hash_grows), size_of::<NeU64>(), AttrType::U64),
        Field::new("res_failed", offset_of!(NdtStats, res_failed), size_of::<NeU64>(), AttrType::U64),
        Field::new("lookups", offset_of!(NdtStats, lookups), size_of::<NeU64>(), AttrType::U64),
        Field::new("hits", offset_of!(NdtStats, hits), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "rcv_probes_mcast",
            offset_of!(NdtStats, rcv_probes_mcast),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "rcv_probes_ucast",
            offset_of!(NdtStats, rcv_probes_ucast),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "periodic_gc_runs",
            offset_of!(NdtStats, periodic_gc_runs),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("forced_gc_runs", offset_of!(NdtStats, forced_gc_runs), size_of::<NeU64>(), AttrType::U64),
        Field::new("table_fulls", offset_of!(NdtStats, table_fulls), size_of::<NeU64>(), AttrType::U64),
    ],
};

/// Bit names of `nud-state-names`.
pub static NUD_STATE_NAMES: &[(u32, &str)] = &[
    (1, "INCOMPLETE"),
    (2, "REACHABLE"),
    (4, "STALE"),
    (8, "DELAY"),
    (16, "PROBE"),
    (32, "FAILED"),
    (64, "NOARP"),
    (128, "PERMANENT"),
];

/// Bit names of `ntf-flags-names`.
pub static NTF_FLAGS_NAMES: &[(u32, &str)] = &[
    (1, "use"),
    (2, "self"),
    (4, "master"),
    (8, "proxy"),
    (16, "extern_learn"),
    (32, "offload"),
    (64, "sticky"),
    (128, "router"),
];

/// Bit names of `ntf-ext-flags-names`.
pub static NTF_EXT_FLAGS_NAMES: &[(u32, &str)] = &[(1, "managed"), (2, "locked"), (4, "extern_valid")];

/// `NDA_*`: the attribute set `neighbour-attrs`.
pub static NEIGHBOUR_ATTRS: Space = Space {
    name: "neighbour-attrs",
    prefix: "NDA_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "dst", ty: AttrType::Ip },
        AttrSpec { id: 2, name: "lladdr", ty: AttrType::Hwaddr },
        AttrSpec { id: 3, name: "cacheinfo", ty: AttrType::Struct(&NDA_CACHEINFO) },
        AttrSpec { id: 4, name: "probes", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "vlan", ty: AttrType::U16 },
        AttrSpec { id: 6, name: "port", ty: AttrType::Be16 },
        AttrSpec { id: 7, name: "vni", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "master", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "link_netnsid", ty: AttrType::S32 },
        AttrSpec { id: 11, name: "src_vni", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "protocol", ty: AttrType::U8 },
        AttrSpec { id: 13, name: "nh_id", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "fdb_ext_attrs", ty: AttrType::Nested(&NFEA_ATTRS) },
        AttrSpec { id: 15, name: "flags_ext", ty: AttrType::Bits(Scalar::U32, NTF_EXT_FLAGS_NAMES) },
        AttrSpec { id: 16, name: "ndm_state_mask", ty: AttrType::Bits(Scalar::U16, NUD_STATE_NAMES) },
        AttrSpec { id: 17, name: "ndm_flags_mask", ty: AttrType::Bits(Scalar::U8, NTF_FLAGS_NAMES) },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 11, 1, 0, 18, 17, 14, 0, 0, 0, 2, 0, 0, 0, 0, 0, 12, 15, 4, 10,
        7, 0, 16, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 0, 0, 3, 0, 0, 6, 8, 0, 0,
    ],
};

/// Attribute numbers of [`NEIGHBOUR_ATTRS`].
pub mod neighbour_attrs {
    /// `NDA_UNSPEC`.
    #[doc(alias = "NDA_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `NDA_DST`.
    #[doc(alias = "NDA_DST")]
    pub const DST: u16 = 1;
    /// `NDA_LLADDR`.
    #[doc(alias = "NDA_LLADDR")]
    pub const LLADDR: u16 = 2;
    /// `NDA_CACHEINFO`.
    #[doc(alias = "NDA_CACHEINFO")]
    pub const CACHEINFO: u16 = 3;
    /// `NDA_PROBES`.
    #[doc(alias = "NDA_PROBES")]
    pub const PROBES: u16 = 4;
    /// `NDA_VLAN`.
    #[doc(alias = "NDA_VLAN")]
    pub const VLAN: u16 = 5;
    /// `NDA_PORT`.
    #[doc(alias = "NDA_PORT")]
    pub const PORT: u16 = 6;
    /// `NDA_VNI`.
    #[doc(alias = "NDA_VNI")]
    pub const VNI: u16 = 7;
    /// `NDA_IFINDEX`.
    #[doc(alias = "NDA_IFINDEX")]
    pub const IFINDEX: u16 = 8;
    /// `NDA_MASTER`.
    #[doc(alias = "NDA_MASTER")]
    pub const MASTER: u16 = 9;
    /// `NDA_LINK_NETNSID`.
    #[doc(alias = "NDA_LINK_NETNSID")]
    pub const LINK_NETNSID: u16 = 10;
    /// `NDA_SRC_VNI`.
    #[doc(alias = "NDA_SRC_VNI")]
    pub const SRC_VNI: u16 = 11;
    /// `NDA_PROTOCOL`.
    #[doc(alias = "NDA_PROTOCOL")]
    pub const PROTOCOL: u16 = 12;
    /// `NDA_NH_ID`.
    #[doc(alias = "NDA_NH_ID")]
    pub const NH_ID: u16 = 13;
    /// `NDA_FDB_EXT_ATTRS`.
    #[doc(alias = "NDA_FDB_EXT_ATTRS")]
    pub const FDB_EXT_ATTRS: u16 = 14;
    /// `NDA_FLAGS_EXT`.
    #[doc(alias = "NDA_FLAGS_EXT")]
    pub const FLAGS_EXT: u16 = 15;
    /// `NDA_NDM_STATE_MASK`.
    #[doc(alias = "NDA_NDM_STATE_MASK")]
    pub const NDM_STATE_MASK: u16 = 16;
    /// `NDA_NDM_FLAGS_MASK`.
    #[doc(alias = "NDA_NDM_FLAGS_MASK")]
    pub const NDM_FLAGS_MASK: u16 = 17;
}

/// Typed reads of an attribute chain of the set `neighbour-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NeighbourAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NeighbourAttrs<'a> {
    /// `NDA_UNSPEC`.
    pub fn unspec(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(neighbour_attrs::UNSPEC, |a| Ok(a.payload()))
    }
    /// `NDA_DST`.
    pub fn dst(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(neighbour_attrs::DST, crate::attr::Attr::ip)
    }
    /// `NDA_LLADDR`.
    pub fn lladdr(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(neighbour_attrs::LLADDR, |a| Ok(a.payload()))
    }
    /// `NDA_CACHEINFO`.
    pub fn cacheinfo(&self) -> Result<Option<&'a NdaCacheinfo>> {
        self.0.read(neighbour_attrs::CACHEINFO, crate::attr::Attr::as_struct)
    }
    /// `NDA_PROBES`.
    pub fn probes(&self) -> Result<Option<u32>> {
        self.0.read(neighbour_attrs::PROBES, crate::attr::Attr::u32)
    }
    /// `NDA_VLAN`.
    pub fn vlan(&self) -> Result<Option<u16>> {
        self.0.read(neighbour_attrs::VLAN, crate::attr::Attr::u16)
    }
    /// `NDA_PORT`.
    pub fn port(&self) -> Result<Option<u16>> {
        self.0.read(neighbour_attrs::PORT, crate::attr::Attr::be16)
    }
    /// `NDA_VNI`.
    pub fn vni(&self) -> Result<Option<u32>> {
        self.0.read(neighbour_attrs::VNI, crate::attr::Attr::u32)
    }
    /// `NDA_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(neighbour_attrs::IFINDEX, crate::attr::Attr::u32)
    }
    /// `NDA_MASTER`.
    pub fn master(&self) -> Result<Option<u32>> {
        self.0.read(neighbour_attrs::MASTER, crate::attr::Attr::u32)
    }
    /// `NDA_LINK_NETNSID`.
    pub fn link_netnsid(&self) -> Result<Option<i32>> {
        self.0.read(neighbour_attrs::LINK_NETNSID, crate::attr::Attr::i32)
    }
    /// `NDA_SRC_VNI`.
    pub fn src_vni(&self) -> Result<Option<u32>> {
        self.0.read(neighbour_attrs::SRC_VNI, crate::attr::Attr::u32)
    }
    /// `NDA_PROTOCOL`.
    pub fn protocol(&self) -> Result<Option<u8>> {
        self.0.read(neighbour_attrs::PROTOCOL, crate::attr::Attr::u8)
    }
    /// `NDA_NH_ID`.
    pub fn nh_id(&self) -> Result<Option<u32>> {
        self.0.read(neighbour_attrs::NH_ID, crate::attr::Attr::u32)
    }
    /// `NDA_FDB_EXT_ATTRS`.
    pub fn fdb_ext_attrs(&self) -> Result<Option<NfeaAttrs<'a>>> {
        self.0.read(neighbour_attrs::FDB_EXT_ATTRS, |a| Ok(NfeaAttrs(a.nested())))
    }
    /// `NDA_FLAGS_EXT`.
    pub fn flags_ext(&self) -> Result<Option<u32>> {
        self.0.read(neighbour_attrs::FLAGS_EXT, crate::attr::Attr::u32)
    }
    /// `NDA_NDM_STATE_MASK`.
    pub fn ndm_state_mask(&self) -> Result<Option<u16>> {
        self.0.read(neighbour_attrs::NDM_STATE_MASK, crate::attr::Attr::u16)
    }
    /// `NDA_NDM_FLAGS_MASK`.
    pub fn ndm_flags_mask(&self) -> Result<Option<u8>> {
        self.0.read(neighbour_attrs::NDM_FLAGS_MASK, crate::attr::Attr::u8)
    }
}

/// `NDTA_*`: the attribute set `ndt-attrs`.
pub static NDT_ATTRS: Space = Space {
    name: "ndt-attrs",
    prefix: "NDTA_",
    attrs: &[
        AttrSpec { id: 1, name: "name", ty: AttrType::Str },
        AttrSpec { id: 2, name: "thresh1", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "thresh2", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "thresh3", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "config", ty: AttrType::Struct(&NDT_CONFIG) },
        AttrSpec { id: 6, name: "parms", ty: AttrType::Nested(&NDTPA_ATTRS) },
        AttrSpec { id: 7, name: "stats", ty: AttrType::Struct(&NDT_STATS) },
        AttrSpec { id: 8, name: "gc_interval", ty: AttrType::U64 },
        AttrSpec { id: 9, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[
        0, 1, 3, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 5, 4, 6, 8, 7, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`NDT_ATTRS`].
pub mod ndt_attrs {
    /// `NDTA_NAME`.
    #[doc(alias = "NDTA_NAME")]
    pub const NAME: u16 = 1;
    /// `NDTA_THRESH1`.
    #[doc(alias = "NDTA_THRESH1")]
    pub const THRESH1: u16 = 2;
    /// `NDTA_THRESH2`.
    #[doc(alias = "NDTA_THRESH2")]
    pub const THRESH2: u16 = 3;
    /// `NDTA_THRESH3`.
    #[doc(alias = "NDTA_THRESH3")]
    pub const THRESH3: u16 = 4;
    /// `NDTA_CONFIG`.
    #[doc(alias = "NDTA_CONFIG")]
    pub const CONFIG: u16 = 5;
    /// `NDTA_PARMS`.
    #[doc(alias = "NDTA_PARMS")]
    pub const PARMS: u16 = 6;
    /// `NDTA_STATS`.
    #[doc(alias = "NDTA_STATS")]
    pub const STATS: u16 = 7;
    /// `NDTA_GC_INTERVAL`.
    #[doc(alias = "NDTA_GC_INTERVAL")]
    pub const GC_INTERVAL: u16 = 8;
    /// `NDTA_PAD`.
    #[doc(alias = "NDTA_PAD")]
    pub const PAD: u16 = 9;
}

/// Typed reads of an attribute chain of the set `ndt-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NdtAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NdtAttrs<'a> {
    /// `NDTA_NAME`.
    pub fn name(&self) -> Result<Option<&'a str>> {
        self.0.read(ndt_attrs::NAME, crate::attr::Attr::str)
    }
    /// `NDTA_THRESH1`.
    pub fn thresh1(&self) -> Result<Option<u32>> {
        self.0.read(ndt_attrs::THRESH1, crate::attr::Attr::u32)
    }
    /// `NDTA_THRESH2`.
    pub fn thresh2(&self) -> Result<Option<u32>> {
        self.0.read(ndt_attrs::THRESH2, crate::attr::Attr::u32)
    }
    /// `NDTA_THRESH3`.
    pub fn thresh3(&self) -> Result<Option<u32>> {
        self.0.read(ndt_attrs::THRESH3, crate::attr::Attr::u32)
    }
    /// `NDTA_CONFIG`.
    pub fn config(&self) -> Result<Option<&'a NdtConfig>> {
        self.0.read(ndt_attrs::CONFIG, crate::attr::Attr::as_struct)
    }
    /// `NDTA_PARMS`.
    pub fn parms(&self) -> Result<Option<NdtpaAttrs<'a>>> {
        self.0.read(ndt_attrs::PARMS, |a| Ok(NdtpaAttrs(a.nested())))
    }
    /// `NDTA_STATS`.
    pub fn stats(&self) -> Result<Option<&'a NdtStats>> {
        self.0.read(ndt_attrs::STATS, crate::attr::Attr::as_struct)
    }
    /// `NDTA_GC_INTERVAL`.
    pub fn gc_interval(&self) -> Result<Option<u64>> {
        self.0.read(ndt_attrs::GC_INTERVAL, crate::attr::Attr::u64)
    }
}

/// `NDTPA_*`: the attribute set `ndtpa-attrs`.
pub static NDTPA_ATTRS: Space = Space {
    name: "ndtpa-attrs",
    prefix: "NDTPA_",
    attrs: &[
        AttrSpec { id: 1, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "refcnt", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "reachable_time", ty: AttrType::U64 },
        AttrSpec { id: 4, name: "base_reachable_time", ty: AttrType::U64 },
        AttrSpec { id: 5, name: "retrans_time", ty: AttrType::U64 },
        AttrSpec { id: 6, name: "gc_staletime", ty: AttrType::U64 },
        AttrSpec { id: 7, name: "delay_probe_time", ty: AttrType::U64 },
        AttrSpec { id: 8, name: "queue_len", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "app_probes", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "ucast_probes", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "mcast_probes", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "anycast_delay", ty: AttrType::U64 },
        AttrSpec { id: 13, name: "proxy_delay", ty: AttrType::U64 },
        AttrSpec { id: 14, name: "proxy_qlen", ty: AttrType::U32 },
        AttrSpec { id: 15, name: "locktime", ty: AttrType::U64 },
        AttrSpec { id: 16, name: "queue_lenbytes", ty: AttrType::U32 },
        AttrSpec { id: 17, name: "mcast_reprobes", ty: AttrType::U32 },
        AttrSpec { id: 18, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 19, name: "interval_probe_time_ms", ty: AttrType::U64 },
    ],
    by_name: &[
        0, 0, 14, 0, 16, 0, 0, 6, 0, 0, 19, 0, 0, 7, 13, 11, 8, 17, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 1, 0, 0, 2, 4, 5, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 18, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 3, 15,
    ],
};

/// Attribute numbers of [`NDTPA_ATTRS`].
pub mod ndtpa_attrs {
    /// `NDTPA_IFINDEX`.
    #[doc(alias = "NDTPA_IFINDEX")]
    pub const IFINDEX: u16 = 1;
    /// `NDTPA_REFCNT`.
    #[doc(alias = "NDTPA_REFCNT")]
    pub const REFCNT: u16 = 2;
    /// `NDTPA_REACHABLE_TIME`.
    #[doc(alias = "NDTPA_REACHABLE_TIME")]
    pub const REACHABLE_TIME: u16 = 3;
    /// `NDTPA_BASE_REACHABLE_TIME`.
    #[doc(alias = "NDTPA_BASE_REACHABLE_TIME")]
    pub const BASE_REACHABLE_TIME: u16 = 4;
    /// `NDTPA_RETRANS_TIME`.
    #[doc(alias = "NDTPA_RETRANS_TIME")]
    pub const RETRANS_TIME: u16 = 5;
    /// `NDTPA_GC_STALETIME`.
    #[doc(alias = "NDTPA_GC_STALETIME")]
    pub const GC_STALETIME: u16 = 6;
    /// `NDTPA_DELAY_PROBE_TIME`.
    #[doc(alias = "NDTPA_DELAY_PROBE_TIME")]
    pub const DELAY_PROBE_TIME: u16 = 7;
    /// `NDTPA_QUEUE_LEN`.
    #[doc(alias = "NDTPA_QUEUE_LEN")]
    pub const QUEUE_LEN: u16 = 8;
    /// `NDTPA_APP_PROBES`.
    #[doc(alias = "NDTPA_APP_PROBES")]
    pub const APP_PROBES: u16 = 9;
    /// `NDTPA_UCAST_PROBES`.
    #[doc(alias = "NDTPA_UCAST_PROBES")]
    pub const UCAST_PROBES: u16 = 10;
    /// `NDTPA_MCAST_PROBES`.
    #[doc(alias = "NDTPA_MCAST_PROBES")]
    pub const MCAST_PROBES: u16 = 11;
    /// `NDTPA_ANYCAST_DELAY`.
    #[doc(alias = "NDTPA_ANYCAST_DELAY")]
    pub const ANYCAST_DELAY: u16 = 12;
    /// `NDTPA_PROXY_DELAY`.
    #[doc(alias = "NDTPA_PROXY_DELAY")]
    pub const PROXY_DELAY: u16 = 13;
    /// `NDTPA_PROXY_QLEN`.
    #[doc(alias = "NDTPA_PROXY_QLEN")]
    pub const PROXY_QLEN: u16 = 14;
    /// `NDTPA_LOCKTIME`.
    #[doc(alias = "NDTPA_LOCKTIME")]
    pub const LOCKTIME: u16 = 15;
    /// `NDTPA_QUEUE_LENBYTES`.
    #[doc(alias = "NDTPA_QUEUE_LENBYTES")]
    pub const QUEUE_LENBYTES: u16 = 16;
    /// `NDTPA_MCAST_REPROBES`.
    #[doc(alias = "NDTPA_MCAST_REPROBES")]
    pub const MCAST_REPROBES: u16 = 17;
    /// `NDTPA_PAD`.
    #[doc(alias = "NDTPA_PAD")]
    pub const PAD: u16 = 18;
    /// `NDTPA_INTERVAL_PROBE_TIME_MS`.
    #[doc(alias = "NDTPA_INTERVAL_PROBE_TIME_MS")]
    pub const INTERVAL_PROBE_TIME_MS: u16 = 19;
}

/// Typed reads of an attribute chain of the set `ndtpa-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NdtpaAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NdtpaAttrs<'a> {
    /// `NDTPA_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(ndtpa_attrs::IFINDEX, crate::attr::Attr::u32)
    }
    /// `NDTPA_REFCNT`.
    pub fn refcnt(&self) -> Result<Option<u32>> {
        self.0.read(ndtpa_attrs::REFCNT, crate::attr::Attr::u32)
    }
    /// `NDTPA_REACHABLE_TIME`.
    pub fn reachable_time(&self) -> Result<Option<u64>> {
        self.0.read(ndtpa_attrs::REACHABLE_TIME, crate::attr::Attr::u64)
    }
    /// `NDTPA_BASE_REACHABLE_TIME`.
    pub fn base_reachable_time(&self) -> Result<Option<u64>> {
        self.0.read(ndtpa_attrs::BASE_REACHABLE_TIME, crate::attr::Attr::u64)
    }
    /// `NDTPA_RETRANS_TIME`.
    pub fn retrans_time(&self) -> Result<Option<u64>> {
        self.0.read(ndtpa_attrs::RETRANS_TIME, crate::attr::Attr::u64)
    }
    /// `NDTPA_GC_STALETIME`.
    pub fn gc_staletime(&self) -> Result<Option<u64>> {
        self.0.read(ndtpa_attrs::GC_STALETIME, crate::attr::Attr::u64)
    }
    /// `NDTPA_DELAY_PROBE_TIME`.
    pub fn delay_probe_time(&self) -> Result<Option<u64>> {
        self.0.read(ndtpa_attrs::DELAY_PROBE_TIME, crate::attr::Attr::u64)
    }
    /// `NDTPA_QUEUE_LEN`.
    pub fn queue_len(&self) -> Result<Option<u32>> {
        self.0.read(ndtpa_attrs::QUEUE_LEN, crate::attr::Attr::u32)
    }
    /// `NDTPA_APP_PROBES`.
    pub fn app_probes(&self) -> Result<Option<u32>> {
        self.0.read(ndtpa_attrs::APP_PROBES, crate::attr::Attr::u32)
    }
    /// `NDTPA_UCAST_PROBES`.
    pub fn ucast_probes(&self) -> Result<Option<u32>> {
        self.0.read(ndtpa_attrs::UCAST_PROBES, crate::attr::Attr::u32)
    }
    /// `NDTPA_MCAST_PROBES`.
    pub fn mcast_probes(&self) -> Result<Option<u32>> {
        self.0.read(ndtpa_attrs::MCAST_PROBES, crate::attr::Attr::u32)
    }
    /// `NDTPA_ANYCAST_DELAY`.
    pub fn anycast_delay(&self) -> Result<Option<u64>> {
        self.0.read(ndtpa_attrs::ANYCAST_DELAY, crate::attr::Attr::u64)
    }
    /// `NDTPA_PROXY_DELAY`.
    pub fn proxy_delay(&self) -> Result<Option<u64>> {
        self.0.read(ndtpa_attrs::PROXY_DELAY, crate::attr::Attr::u64)
    }
    /// `NDTPA_PROXY_QLEN`.
    pub fn proxy_qlen(&self) -> Result<Option<u32>> {
        self.0.read(ndtpa_attrs::PROXY_QLEN, crate::attr::Attr::u32)
    }
    /// `NDTPA_LOCKTIME`.
    pub fn locktime(&self) -> Result<Option<u64>> {
        self.0.read(ndtpa_attrs::LOCKTIME, crate::attr::Attr::u64)
    }
    /// `NDTPA_QUEUE_LENBYTES`.
    pub fn queue_lenbytes(&self) -> Result<Option<u32>> {
        self.0.read(ndtpa_attrs::QUEUE_LENBYTES, crate::attr::Attr::u32)
    }
    /// `NDTPA_MCAST_REPROBES`.
    pub fn mcast_reprobes(&self) -> Result<Option<u32>> {
        self.0.read(ndtpa_attrs::MCAST_REPROBES, crate::attr::Attr::u32)
    }
    /// `NDTPA_INTERVAL_PROBE_TIME_MS`.
    pub fn interval_probe_time_ms(&self) -> Result<Option<u64>> {
        self.0.read(ndtpa_attrs::INTERVAL_PROBE_TIME_MS, crate::attr::Attr::u64)
    }
}

/// `NFEA_*`: the attribute set `nfea-attrs`.
pub static NFEA_ATTRS: Space = Space {
    name: "nfea-attrs",
    prefix: "NFEA_",
    attrs: &[
        AttrSpec { id: 1, name: "activity_notify", ty: AttrType::U8 },
        AttrSpec { id: 2, name: "dont_refresh", ty: AttrType::Flag },
    ],
    by_name: &[2, 0, 0, 1],
};

/// Attribute numbers of [`NFEA_ATTRS`].
pub mod nfea_attrs {
    /// `NFEA_ACTIVITY_NOTIFY`.
    #[doc(alias = "NFEA_ACTIVITY_NOTIFY")]
    pub const ACTIVITY_NOTIFY: u16 = 1;
    /// `NFEA_DONT_REFRESH`.
    #[doc(alias = "NFEA_DONT_REFRESH")]
    pub const DONT_REFRESH: u16 = 2;
}

/// Typed reads of an attribute chain of the set `nfea-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NfeaAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NfeaAttrs<'a> {
    /// `NFEA_ACTIVITY_NOTIFY`.
    pub fn activity_notify(&self) -> Result<Option<u8>> {
        self.0.read(nfea_attrs::ACTIVITY_NOTIFY, crate::attr::Attr::u8)
    }
    /// `NFEA_DONT_REFRESH`.
    pub fn dont_refresh(&self) -> Result<bool> {
        self.0.flag(nfea_attrs::DONT_REFRESH)
    }
}

/// Messages of `struct ndmsg` followed by `neighbour-attrs`.
pub static NEIGHBOUR_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-neigh", header: &NDMSG, space: &NEIGHBOUR_ATTRS };

/// Messages of `struct ndtmsg` followed by `ndt-attrs`.
pub static NDT_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-neigh", header: &NDTMSG, space: &NDT_ATTRS };
