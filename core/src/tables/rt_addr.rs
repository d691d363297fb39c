//! Tables of the `rt-addr` netlink spec.
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

/// `struct ifaddrmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Ifaddrmsg {
    /// `ifa-family`.
    pub ifa_family: u8,
    /// `ifa-prefixlen`.
    pub ifa_prefixlen: u8,
    /// `ifa-flags`.
    pub ifa_flags: u8,
    /// `ifa-scope`.
    pub ifa_scope: u8,
    /// `ifa-index`.
    pub ifa_index: NeU32,
}

/// Fields of [`Ifaddrmsg`].
pub static IFADDRMSG: StructSpec = StructSpec {
    name: "ifaddrmsg",
    size: size_of::<Ifaddrmsg>(),
    prefix: "ifa_",
    fields: &[
        Field::new("ifa_family", offset_of!(Ifaddrmsg, ifa_family), size_of::<u8>(), AttrType::U8),
        Field::new("ifa_prefixlen", offset_of!(Ifaddrmsg, ifa_prefixlen), size_of::<u8>(), AttrType::U8),
        Field::new(
            "ifa_flags",
            offset_of!(Ifaddrmsg, ifa_flags),
            size_of::<u8>(),
            AttrType::Bits(Scalar::U8, IFA_FLAGS_NAMES),
        ),
        Field::new(
            "ifa_scope",
            offset_of!(Ifaddrmsg, ifa_scope),
            size_of::<u8>(),
            AttrType::Enum(Scalar::U8, RT_SCOPE_NAMES),
        ),
        Field::new("ifa_index", offset_of!(Ifaddrmsg, ifa_index), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct ifa_cacheinfo`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct IfaCacheinfo {
    /// `ifa-prefered`.
    pub ifa_prefered: NeU32,
    /// `ifa-valid`.
    pub ifa_valid: NeU32,
    /// `cstamp`.
    pub cstamp: NeU32,
    /// `tstamp`.
    pub tstamp: NeU32,
}

/// Fields of [`IfaCacheinfo`].
pub static IFA_CACHEINFO: StructSpec = StructSpec {
    name: "ifa_cacheinfo",
    size: size_of::<IfaCacheinfo>(),
    prefix: "",
    fields: &[
        Field::aliased(
            "ifa_prefered",
            "preferred_lft",
            offset_of!(IfaCacheinfo, ifa_prefered),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::aliased(
            "ifa_valid",
            "valid_lft",
            offset_of!(IfaCacheinfo, ifa_valid),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("cstamp", offset_of!(IfaCacheinfo, cstamp), size_of::<NeU32>(), AttrType::U32),
        Field::new("tstamp", offset_of!(IfaCacheinfo, tstamp), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// Bit names of `ifa-flags`.
pub static IFA_FLAGS: &[(u32, &str)] = &[
    (1, "secondary"),
    (2, "nodad"),
    (4, "optimistic"),
    (8, "dadfailed"),
    (16, "homeaddress"),
    (32, "deprecated"),
    (64, "tentative"),
    (128, "permanent"),
    (256, "managetempaddr"),
    (512, "noprefixroute"),
    (1024, "mcautojoin"),
    (2048, "stable-privacy"),
];

/// Bit masks of `ifa-flags`.
pub mod ifa_flags {
    /// `IFA_F_SECONDARY`.
    #[doc(alias = "IFA_F_SECONDARY")]
    pub const SECONDARY: u32 = 1;
    /// `IFA_F_NODAD`.
    #[doc(alias = "IFA_F_NODAD")]
    pub const NODAD: u32 = 2;
    /// `IFA_F_OPTIMISTIC`.
    #[doc(alias = "IFA_F_OPTIMISTIC")]
    pub const OPTIMISTIC: u32 = 4;
    /// `IFA_F_DADFAILED`.
    #[doc(alias = "IFA_F_DADFAILED")]
    pub const DADFAILED: u32 = 8;
    /// `IFA_F_HOMEADDRESS`.
    #[doc(alias = "IFA_F_HOMEADDRESS")]
    pub const HOMEADDRESS: u32 = 16;
    /// `IFA_F_DEPRECATED`.
    #[doc(alias = "IFA_F_DEPRECATED")]
    pub const DEPRECATED: u32 = 32;
    /// `IFA_F_TENTATIVE`.
    #[doc(alias = "IFA_F_TENTATIVE")]
    pub const TENTATIVE: u32 = 64;
    /// `IFA_F_PERMANENT`.
    #[doc(alias = "IFA_F_PERMANENT")]
    pub const PERMANENT: u32 = 128;
    /// `IFA_F_MANAGETEMPADDR`.
    #[doc(alias = "IFA_F_MANAGETEMPADDR")]
    pub const MANAGETEMPADDR: u32 = 256;
    /// `IFA_F_NOPREFIXROUTE`.
    #[doc(alias = "IFA_F_NOPREFIXROUTE")]
    pub const NOPREFIXROUTE: u32 = 512;
    /// `IFA_F_MCAUTOJOIN`.
    #[doc(alias = "IFA_F_MCAUTOJOIN")]
    pub const MCAUTOJOIN: u32 = 1024;
    /// `IFA_F_STABLE_PRIVACY`.
    #[doc(alias = "IFA_F_STABLE_PRIVACY")]
    pub const STABLE_PRIVACY: u32 = 2048;
}

bitflags::bitflags! {
    /// The bits of `ifa-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct IfaFlags: u32 {
        /// [`ifa_flags::SECONDARY`].
        const SECONDARY = ifa_flags::SECONDARY;
        /// [`ifa_flags::NODAD`].
        const NODAD = ifa_flags::NODAD;
        /// [`ifa_flags::OPTIMISTIC`].
        const OPTIMISTIC = ifa_flags::OPTIMISTIC;
        /// [`ifa_flags::DADFAILED`].
        const DADFAILED = ifa_flags::DADFAILED;
        /// [`ifa_flags::HOMEADDRESS`].
        const HOMEADDRESS = ifa_flags::HOMEADDRESS;
        /// [`ifa_flags::DEPRECATED`].
        const DEPRECATED = ifa_flags::DEPRECATED;
        /// [`ifa_flags::TENTATIVE`].
        const TENTATIVE = ifa_flags::TENTATIVE;
        /// [`ifa_flags::PERMANENT`].
        const PERMANENT = ifa_flags::PERMANENT;
        /// [`ifa_flags::MANAGETEMPADDR`].
        const MANAGETEMPADDR = ifa_flags::MANAGETEMPADDR;
        /// [`ifa_flags::NOPREFIXROUTE`].
        const NOPREFIXROUTE = ifa_flags::NOPREFIXROUTE;
        /// [`ifa_flags::MCAUTOJOIN`].
        const MCAUTOJOIN = ifa_flags::MCAUTOJOIN;
        /// [`ifa_flags::STABLE_PRIVACY`].
        const STABLE_PRIVACY = ifa_flags::STABLE_PRIVACY;
    }
}

/// Bit names of `ifa-flags-names`.
pub static IFA_FLAGS_NAMES: &[(u32, &str)] = &[
    (1, "secondary"),
    (2, "nodad"),
    (4, "optimistic"),
    (8, "dadfailed"),
    (16, "homeaddress"),
    (32, "deprecated"),
    (64, "tentative"),
    (128, "permanent"),
    (256, "mngtmpaddr"),
    (512, "noprefixroute"),
    (1024, "autojoin"),
    (2048, "stable-privacy"),
];

/// Names of `rt-scope-names`.
pub static RT_SCOPE_NAMES: &[(u32, &str)] =
    &[(0, "global"), (200, "site"), (253, "link"), (254, "host"), (255, "nowhere")];

/// `IFA_*`: the attribute set `addr-attrs`.
pub static ADDR_ATTRS: Space = Space {
    name: "addr-attrs",
    prefix: "IFA_",
    attrs: &[
        AttrSpec { id: 1, name: "address", ty: AttrType::Ip },
        AttrSpec { id: 2, name: "local", ty: AttrType::Ip },
        AttrSpec { id: 3, name: "label", ty: AttrType::Str },
        AttrSpec { id: 4, name: "broadcast", ty: AttrType::Ip },
        AttrSpec { id: 5, name: "anycast", ty: AttrType::Ip },
        AttrSpec { id: 6, name: "cacheinfo", ty: AttrType::Struct(&IFA_CACHEINFO) },
        AttrSpec { id: 7, name: "multicast", ty: AttrType::Ip },
        AttrSpec { id: 8, name: "flags", ty: AttrType::Bits(Scalar::U32, IFA_FLAGS_NAMES) },
        AttrSpec { id: 9, name: "rt_priority", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "target_netnsid", ty: AttrType::S32 },
        AttrSpec { id: 11, name: "proto", ty: AttrType::U8 },
        AttrSpec { id: 12, name: "mc_users", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 4, 0, 0, 10, 11, 0, 0, 0, 0, 2, 0, 0, 8, 0, 0, 0, 1, 5, 0, 0, 7, 0, 0, 0, 3, 0, 12, 6, 9, 0,
    ],
};

/// Attribute numbers of [`ADDR_ATTRS`].
pub mod addr_attrs {
    /// `IFA_ADDRESS`.
    #[doc(alias = "IFA_ADDRESS")]
    pub const ADDRESS: u16 = 1;
    /// `IFA_LOCAL`.
    #[doc(alias = "IFA_LOCAL")]
    pub const LOCAL: u16 = 2;
    /// `IFA_LABEL`.
    #[doc(alias = "IFA_LABEL")]
    pub const LABEL: u16 = 3;
    /// `IFA_BROADCAST`.
    #[doc(alias = "IFA_BROADCAST")]
    pub const BROADCAST: u16 = 4;
    /// `IFA_ANYCAST`.
    #[doc(alias = "IFA_ANYCAST")]
    pub const ANYCAST: u16 = 5;
    /// `IFA_CACHEINFO`.
    #[doc(alias = "IFA_CACHEINFO")]
    pub const CACHEINFO: u16 = 6;
    /// `IFA_MULTICAST`.
    #[doc(alias = "IFA_MULTICAST")]
    pub const MULTICAST: u16 = 7;
    /// `IFA_FLAGS`.
    #[doc(alias = "IFA_FLAGS")]
    pub const FLAGS: u16 = 8;
    /// `IFA_RT_PRIORITY`.
    #[doc(alias = "IFA_RT_PRIORITY")]
    pub const RT_PRIORITY: u16 = 9;
    /// `IFA_TARGET_NETNSID`.
    #[doc(alias = "IFA_TARGET_NETNSID")]
    pub const TARGET_NETNSID: u16 = 10;
    /// `IFA_PROTO`.
    #[doc(alias = "IFA_PROTO")]
    pub const PROTO: u16 = 11;
    /// `IFA_MC_USERS`.
    #[doc(alias = "IFA_MC_USERS")]
    pub const MC_USERS: u16 = 12;
}

/// Typed reads of an attribute chain of the set `addr-attrs`.
#[derive(Clone, Debug, Default)]
pub struct AddrAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> AddrAttrs<'a> {
    /// `IFA_ADDRESS`.
    pub fn address(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(addr_attrs::ADDRESS, crate::attr::Attr::ip)
    }
    /// `IFA_LOCAL`.
    pub fn local(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(addr_attrs::LOCAL, crate::attr::Attr::ip)
    }
    /// `IFA_LABEL`.
    pub fn label(&self) -> Result<Option<&'a str>> {
        self.0.read(addr_attrs::LABEL, crate::attr::Attr::str)
    }
    /// `IFA_BROADCAST`.
    pub fn broadcast(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(addr_attrs::BROADCAST, crate::attr::Attr::ip)
    }
    /// `IFA_ANYCAST`.
    pub fn anycast(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(addr_attrs::ANYCAST, crate::attr::Attr::ip)
    }
    /// `IFA_CACHEINFO`.
    pub fn cacheinfo(&self) -> Result<Option<&'a IfaCacheinfo>> {
        self.0.read(addr_attrs::CACHEINFO, crate::attr::Attr::as_struct)
    }
    /// `IFA_MULTICAST`.
    pub fn multicast(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(addr_attrs::MULTICAST, crate::attr::Attr::ip)
    }
    /// `IFA_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(addr_attrs::FLAGS, crate::attr::Attr::u32)
    }
    /// `IFA_RT_PRIORITY`.
    pub fn rt_priority(&self) -> Result<Option<u32>> {
        self.0.read(addr_attrs::RT_PRIORITY, crate::attr::Attr::u32)
    }
    /// `IFA_TARGET_NETNSID`.
    pub fn target_netnsid(&self) -> Result<Option<i32>> {
        self.0.read(addr_attrs::TARGET_NETNSID, crate::attr::Attr::i32)
    }
    /// `IFA_PROTO`.
    pub fn proto(&self) -> Result<Option<u8>> {
        self.0.read(addr_attrs::PROTO, crate::attr::Attr::u8)
    }
    /// `IFA_MC_USERS`.
    pub fn mc_users(&self) -> Result<Option<u32>> {
        self.0.read(addr_attrs::MC_USERS, crate::attr::Attr::u32)
    }
}

/// Messages of `struct ifaddrmsg` followed by `addr-attrs`.
pub static ADDR_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-addr", header: &IFADDRMSG, space: &ADDR_ATTRS };
