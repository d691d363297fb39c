//! Tables of the `rt-rule` netlink spec.
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
use crate::wire::{NeU16, NeU32};
use core::mem::{offset_of, size_of};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `struct rtgenmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Rtgenmsg {
    /// `family`.
    pub family: u8,
    /// `pad`.
    pub pad: [u8; 3],
}

/// Fields of [`Rtgenmsg`].
pub static RTGENMSG: StructSpec = StructSpec {
    name: "rtgenmsg",
    size: size_of::<Rtgenmsg>(),
    prefix: "",
    fields: &[Field::new("family", offset_of!(Rtgenmsg, family), size_of::<u8>(), AttrType::U8)],
};

/// `struct fib_rule_hdr`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct FibRuleHdr {
    /// `family`.
    pub family: u8,
    /// `dst-len`.
    pub dst_len: u8,
    /// `src-len`.
    pub src_len: u8,
    /// `tos`.
    pub tos: u8,
    /// `table`.
    pub table: u8,
    /// `res1`.
    pub res1: [u8; 1],
    /// `res2`.
    pub res2: [u8; 1],
    /// `action`.
    pub action: u8,
    /// `flags`.
    pub flags: NeU32,
}

/// Fields of [`FibRuleHdr`].
pub static FIB_RULE_HDR: StructSpec = StructSpec {
    name: "fib_rule_hdr",
    size: size_of::<FibRuleHdr>(),
    prefix: "",
    fields: &[
        Field::new("family", offset_of!(FibRuleHdr, family), size_of::<u8>(), AttrType::U8),
        Field::new("dst_len", offset_of!(FibRuleHdr, dst_len), size_of::<u8>(), AttrType::U8),
        Field::new("src_len", offset_of!(FibRuleHdr, src_len), size_of::<u8>(), AttrType::U8),
        Field::new("tos", offset_of!(FibRuleHdr, tos), size_of::<u8>(), AttrType::U8),
        Field::new(
            "table",
            offset_of!(FibRuleHdr, table),
            size_of::<u8>(),
            AttrType::Enum(Scalar::U8, RULE_TABLE_NAMES),
        ),
        Field::new(
            "action",
            offset_of!(FibRuleHdr, action),
            size_of::<u8>(),
            AttrType::Enum(Scalar::U8, FR_ACT_NAMES),
        ),
        Field::new(
            "flags",
            offset_of!(FibRuleHdr, flags),
            size_of::<NeU32>(),
            AttrType::Bits(Scalar::U32, FIB_RULE_FLAGS),
        ),
    ],
};

/// Names of `fr-act`.
pub static FR_ACT: &[(u32, &str)] = &[
    (0, "unspec"),
    (1, "to-tbl"),
    (2, "goto"),
    (3, "nop"),
    (4, "res3"),
    (5, "res4"),
    (6, "blackhole"),
    (7, "unreachable"),
    (8, "prohibit"),
];

/// Values of `fr-act`.
pub mod fr_act {
    /// `FR_ACT_UNSPEC`.
    #[doc(alias = "FR_ACT_UNSPEC")]
    pub const UNSPEC: u8 = 0;
    /// `FR_ACT_TO_TBL`.
    #[doc(alias = "FR_ACT_TO_TBL")]
    pub const TO_TBL: u8 = 1;
    /// `FR_ACT_GOTO`.
    #[doc(alias = "FR_ACT_GOTO")]
    pub const GOTO: u8 = 2;
    /// `FR_ACT_NOP`.
    #[doc(alias = "FR_ACT_NOP")]
    pub const NOP: u8 = 3;
    /// `FR_ACT_RES3`.
    #[doc(alias = "FR_ACT_RES3")]
    pub const RES3: u8 = 4;
    /// `FR_ACT_RES4`.
    #[doc(alias = "FR_ACT_RES4")]
    pub const RES4: u8 = 5;
    /// `FR_ACT_BLACKHOLE`.
    #[doc(alias = "FR_ACT_BLACKHOLE")]
    pub const BLACKHOLE: u8 = 6;
    /// `FR_ACT_UNREACHABLE`.
    #[doc(alias = "FR_ACT_UNREACHABLE")]
    pub const UNREACHABLE: u8 = 7;
    /// `FR_ACT_PROHIBIT`.
    #[doc(alias = "FR_ACT_PROHIBIT")]
    pub const PROHIBIT: u8 = 8;
}

/// `struct fib_rule_port_range`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct FibRulePortRange {
    /// `start`.
    pub start: NeU16,
    /// `end`.
    pub end: NeU16,
}

/// Fields of [`FibRulePortRange`].
pub static FIB_RULE_PORT_RANGE: StructSpec = StructSpec {
    name: "fib_rule_port_range",
    size: size_of::<FibRulePortRange>(),
    prefix: "",
    fields: &[
        Field::new("start", offset_of!(FibRulePortRange, start), size_of::<NeU16>(), AttrType::U16),
        Field::new("end", offset_of!(FibRulePortRange, end), size_of::<NeU16>(), AttrType::U16),
    ],
};

/// `struct fib_rule_uid_range`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct FibRuleUidRange {
    /// `start`.
    pub start: NeU32,
    /// `end`.
    pub end: NeU32,
}

/// Fields of [`FibRuleUidRange`].
pub static FIB_RULE_UID_RANGE: StructSpec = StructSpec {
    name: "fib_rule_uid_range",
    size: size_of::<FibRuleUidRange>(),
    prefix: "",
    fields: &[
        Field::new("start", offset_of!(FibRuleUidRange, start), size_of::<NeU32>(), AttrType::U32),
        Field::new("end", offset_of!(FibRuleUidRange, end), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// Names of `rule-table-names`.
pub static RULE_TABLE_NAMES: &[(u32, &str)] =
    &[(0, "unspec"), (253, "default"), (254, "main"), (255, "local")];

/// Names of `fr-act-names`.
pub static FR_ACT_NAMES: &[(u32, &str)] = &[
    (0, "unspec"),
    (1, "to_tbl"),
    (2, "goto"),
    (3, "nop"),
    (6, "blackhole"),
    (7, "unreachable"),
    (8, "prohibit"),
];

/// Bit names of `fib-rule-flags`.
pub static FIB_RULE_FLAGS: &[(u32, &str)] = &[
    (1, "permanent"),
    (2, "invert"),
    (4, "unresolved"),
    (8, "iif_detached"),
    (16, "oif_detached"),
    (65536, "find_saddr"),
];

/// Bit masks of `fib-rule-flags`.
pub mod fib_rule_flags {
    /// `FIB_RULE_PERMANENT`.
    #[doc(alias = "FIB_RULE_PERMANENT")]
    pub const PERMANENT: u32 = 1;
    /// `FIB_RULE_INVERT`.
    #[doc(alias = "FIB_RULE_INVERT")]
    pub const INVERT: u32 = 2;
    /// `FIB_RULE_UNRESOLVED`.
    #[doc(alias = "FIB_RULE_UNRESOLVED")]
    pub const UNRESOLVED: u32 = 4;
    /// `FIB_RULE_IIF_DETACHED`.
    #[doc(alias = "FIB_RULE_IIF_DETACHED")]
    pub const IIF_DETACHED: u32 = 8;
    /// `FIB_RULE_OIF_DETACHED`.
    #[doc(alias = "FIB_RULE_OIF_DETACHED")]
    pub const OIF_DETACHED: u32 = 16;
    /// `FIB_RULE_FIND_SADDR`.
    #[doc(alias = "FIB_RULE_FIND_SADDR")]
    pub const FIND_SADDR: u32 = 65536;
}

bitflags::bitflags! {
    /// The bits of `fib-rule-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct FibRuleFlags: u32 {
        /// [`fib_rule_flags::PERMANENT`].
        const PERMANENT = fib_rule_flags::PERMANENT;
        /// [`fib_rule_flags::INVERT`].
        const INVERT = fib_rule_flags::INVERT;
        /// [`fib_rule_flags::UNRESOLVED`].
        const UNRESOLVED = fib_rule_flags::UNRESOLVED;
        /// [`fib_rule_flags::IIF_DETACHED`].
        const IIF_DETACHED = fib_rule_flags::IIF_DETACHED;
        /// [`fib_rule_flags::OIF_DETACHED`].
        const OIF_DETACHED = fib_rule_flags::OIF_DETACHED;
        /// [`fib_rule_flags::FIND_SADDR`].
        const FIND_SADDR = fib_rule_flags::FIND_SADDR;
    }
}

/// `FRA_*`: the attribute set `fib-rule-attrs`.
pub static FIB_RULE_ATTRS: Space = Space {
    name: "fib-rule-attrs",
    prefix: "FRA_",
    attrs: &[
        AttrSpec { id: 1, name: "dst", ty: AttrType::Ip },
        AttrSpec { id: 2, name: "src", ty: AttrType::Ip },
        AttrSpec { id: 3, name: "iifname", ty: AttrType::Str },
        AttrSpec { id: 4, name: "goto", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "unused2", ty: AttrType::Bytes },
        AttrSpec { id: 6, name: "priority", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "unused3", ty: AttrType::Bytes },
        AttrSpec { id: 8, name: "unused4", ty: AttrType::Bytes },
        AttrSpec { id: 9, name: "unused5", ty: AttrType::Bytes },
        AttrSpec { id: 10, name: "fwmark", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "flow", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "tun_id", ty: AttrType::Be64 },
        AttrSpec { id: 13, name: "suppress_ifgroup", ty: AttrType::S32 },
        AttrSpec { id: 14, name: "suppress_prefixlen", ty: AttrType::S32 },
        AttrSpec { id: 15, name: "table", ty: AttrType::Enum(Scalar::U32, RULE_TABLE_NAMES) },
        AttrSpec { id: 16, name: "fwmask", ty: AttrType::U32 },
        AttrSpec { id: 17, name: "oifname", ty: AttrType::Str },
        AttrSpec { id: 18, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 19, name: "l3mdev", ty: AttrType::U8 },
        AttrSpec { id: 20, name: "uid_range", ty: AttrType::Struct(&FIB_RULE_UID_RANGE) },
        AttrSpec { id: 21, name: "protocol", ty: AttrType::U8 },
        AttrSpec { id: 22, name: "ip_proto", ty: AttrType::U8 },
        AttrSpec { id: 23, name: "sport_range", ty: AttrType::Struct(&FIB_RULE_PORT_RANGE) },
        AttrSpec { id: 24, name: "dport_range", ty: AttrType::Struct(&FIB_RULE_PORT_RANGE) },
        AttrSpec { id: 25, name: "dscp", ty: AttrType::U8 },
        AttrSpec { id: 26, name: "flowlabel", ty: AttrType::Be32 },
        AttrSpec { id: 27, name: "flowlabel_mask", ty: AttrType::Be32 },
        AttrSpec { id: 28, name: "sport_mask", ty: AttrType::U16 },
        AttrSpec { id: 29, name: "dport_mask", ty: AttrType::U16 },
        AttrSpec { id: 30, name: "dscp_mask", ty: AttrType::U8 },
    ],
    by_name: &[
        0, 9, 0, 0, 3, 6, 19, 29, 0, 0, 0, 0, 28, 0, 17, 0, 0, 0, 30, 13, 5, 1, 11, 12, 14, 22, 26, 0, 0, 0,
        0, 0, 0, 27, 0, 0, 0, 0, 0, 7, 0, 0, 0, 23, 0, 15, 8, 0, 2, 0, 20, 18, 0, 4, 21, 25, 0, 0, 0, 0, 0,
        10, 16, 24,
    ],
};

/// Attribute numbers of [`FIB_RULE_ATTRS`].
pub mod fib_rule_attrs {
    /// `FRA_DST`.
    #[doc(alias = "FRA_DST")]
    pub const DST: u16 = 1;
    /// `FRA_SRC`.
    #[doc(alias = "FRA_SRC")]
    pub const SRC: u16 = 2;
    /// `FRA_IIFNAME`.
    #[doc(alias = "FRA_IIFNAME")]
    pub const IIFNAME: u16 = 3;
    /// `FRA_GOTO`.
    #[doc(alias = "FRA_GOTO")]
    pub const GOTO: u16 = 4;
    /// `FRA_UNUSED2`.
    #[doc(alias = "FRA_UNUSED2")]
    pub const UNUSED2: u16 = 5;
    /// `FRA_PRIORITY`.
    #[doc(alias = "FRA_PRIORITY")]
    pub const PRIORITY: u16 = 6;
    /// `FRA_UNUSED3`.
    #[doc(alias = "FRA_UNUSED3")]
    pub const UNUSED3: u16 = 7;
    /// `FRA_UNUSED4`.
    #[doc(alias = "FRA_UNUSED4")]
    pub const UNUSED4: u16 = 8;
    /// `FRA_UNUSED5`.
    #[doc(alias = "FRA_UNUSED5")]
    pub const UNUSED5: u16 = 9;
    /// `FRA_FWMARK`.
    #[doc(alias = "FRA_FWMARK")]
    pub const FWMARK: u16 = 10;
    /// `FRA_FLOW`.
    #[doc(alias = "FRA_FLOW")]
    pub const FLOW: u16 = 11;
    /// `FRA_TUN_ID`.
    #[doc(alias = "FRA_TUN_ID")]
    pub const TUN_ID: u16 = 12;
    /// `FRA_SUPPRESS_IFGROUP`.
    #[doc(alias = "FRA_SUPPRESS_IFGROUP")]
    pub const SUPPRESS_IFGROUP: u16 = 13;
    /// `FRA_SUPPRESS_PREFIXLEN`.
    #[doc(alias = "FRA_SUPPRESS_PREFIXLEN")]
    pub const SUPPRESS_PREFIXLEN: u16 = 14;
    /// `FRA_TABLE`.
    #[doc(alias = "FRA_TABLE")]
    pub const TABLE: u16 = 15;
    /// `FRA_FWMASK`.
    #[doc(alias = "FRA_FWMASK")]
    pub const FWMASK: u16 = 16;
    /// `FRA_OIFNAME`.
    #[doc(alias = "FRA_OIFNAME")]
    pub const OIFNAME: u16 = 17;
    /// `FRA_PAD`.
    #[doc(alias = "FRA_PAD")]
    pub const PAD: u16 = 18;
    /// `FRA_L3MDEV`.
    #[doc(alias = "FRA_L3MDEV")]
    pub const L3MDEV: u16 = 19;
    /// `FRA_UID_RANGE`.
    #[doc(alias = "FRA_UID_RANGE")]
    pub const UID_RANGE: u16 = 20;
    /// `FRA_PROTOCOL`.
    #[doc(alias = "FRA_PROTOCOL")]
    pub const PROTOCOL: u16 = 21;
    /// `FRA_IP_PROTO`.
    #[doc(alias = "FRA_IP_PROTO")]
    pub const IP_PROTO: u16 = 22;
    /// `FRA_SPORT_RANGE`.
    #[doc(alias = "FRA_SPORT_RANGE")]
    pub const SPORT_RANGE: u16 = 23;
    /// `FRA_DPORT_RANGE`.
    #[doc(alias = "FRA_DPORT_RANGE")]
    pub const DPORT_RANGE: u16 = 24;
    /// `FRA_DSCP`.
    #[doc(alias = "FRA_DSCP")]
    pub const DSCP: u16 = 25;
    /// `FRA_FLOWLABEL`.
    #[doc(alias = "FRA_FLOWLABEL")]
    pub const FLOWLABEL: u16 = 26;
    /// `FRA_FLOWLABEL_MASK`.
    #[doc(alias = "FRA_FLOWLABEL_MASK")]
    pub const FLOWLABEL_MASK: u16 = 27;
    /// `FRA_SPORT_MASK`.
    #[doc(alias = "FRA_SPORT_MASK")]
    pub const SPORT_MASK: u16 = 28;
    /// `FRA_DPORT_MASK`.
    #[doc(alias = "FRA_DPORT_MASK")]
    pub const DPORT_MASK: u16 = 29;
    /// `FRA_DSCP_MASK`.
    #[doc(alias = "FRA_DSCP_MASK")]
    pub const DSCP_MASK: u16 = 30;
}

/// Typed reads of an attribute chain of the set `fib-rule-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FibRuleAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FibRuleAttrs<'a> {
    /// `FRA_DST`.
    pub fn dst(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(fib_rule_attrs::DST, crate::attr::Attr::ip)
    }
    /// `FRA_SRC`.
    pub fn src(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(fib_rule_attrs::SRC, crate::attr::Attr::ip)
    }
    /// `FRA_IIFNAME`.
    pub fn iifname(&self) -> Result<Option<&'a str>> {
        self.0.read(fib_rule_attrs::IIFNAME, crate::attr::Attr::str)
    }
    /// `FRA_GOTO`.
    pub fn goto(&self) -> Result<Option<u32>> {
        self.0.read(fib_rule_attrs::GOTO, crate::attr::Attr::u32)
    }
    /// `FRA_PRIORITY`.
    pub fn priority(&self) -> Result<Option<u32>> {
        self.0.read(fib_rule_attrs::PRIORITY, crate::attr::Attr::u32)
    }
    /// `FRA_FWMARK`.
    pub fn fwmark(&self) -> Result<Option<u32>> {
        self.0.read(fib_rule_attrs::FWMARK, crate::attr::Attr::u32)
    }
    /// `FRA_FLOW`.
    pub fn flow(&self) -> Result<Option<u32>> {
        self.0.read(fib_rule_attrs::FLOW, crate::attr::Attr::u32)
    }
    /// `FRA_TUN_ID`.
    pub fn tun_id(&self) -> Result<Option<u64>> {
        self.0.read(fib_rule_attrs::TUN_ID, crate::attr::Attr::be64)
    }
    /// `FRA_SUPPRESS_IFGROUP`.
    pub fn suppress_ifgroup(&self) -> Result<Option<i32>> {
        self.0.read(fib_rule_attrs::SUPPRESS_IFGROUP, crate::attr::Attr::i32)
    }
    /// `FRA_SUPPRESS_PREFIXLEN`.
    pub fn suppress_prefixlen(&self) -> Result<Option<i32>> {
        self.0.read(fib_rule_attrs::SUPPRESS_PREFIXLEN, crate::attr::Attr::i32)
    }
    /// `FRA_TABLE`.
    pub fn table(&self) -> Result<Option<u32>> {
        self.0.read(fib_rule_attrs::TABLE, crate::attr::Attr::u32)
    }
    /// `FRA_FWMASK`.
    pub fn fwmask(&self) -> Result<Option<u32>> {
        self.0.read(fib_rule_attrs::FWMASK, crate::attr::Attr::u32)
    }
    /// `FRA_OIFNAME`.
    pub fn oifname(&self) -> Result<Option<&'a str>> {
        self.0.read(fib_rule_attrs::OIFNAME, crate::attr::Attr::str)
    }
    /// `FRA_L3MDEV`.
    pub fn l3mdev(&self) -> Result<Option<u8>> {
        self.0.read(fib_rule_attrs::L3MDEV, crate::attr::Attr::u8)
    }
    /// `FRA_UID_RANGE`.
    pub fn uid_range(&self) -> Result<Option<&'a FibRuleUidRange>> {
        self.0.read(fib_rule_attrs::UID_RANGE, crate::attr::Attr::as_struct)
    }
    /// `FRA_PROTOCOL`.
    pub fn protocol(&self) -> Result<Option<u8>> {
        self.0.read(fib_rule_attrs::PROTOCOL, crate::attr::Attr::u8)
    }
    /// `FRA_IP_PROTO`.
    pub fn ip_proto(&self) -> Result<Option<u8>> {
        self.0.read(fib_rule_attrs::IP_PROTO, crate::attr::Attr::u8)
    }
    /// `FRA_SPORT_RANGE`.
    pub fn sport_range(&self) -> Result<Option<&'a FibRulePortRange>> {
        self.0.read(fib_rule_attrs::SPORT_RANGE, crate::attr::Attr::as_struct)
    }
    /// `FRA_DPORT_RANGE`.
    pub fn dport_range(&self) -> Result<Option<&'a FibRulePortRange>> {
        self.0.read(fib_rule_attrs::DPORT_RANGE, crate::attr::Attr::as_struct)
    }
    /// `FRA_DSCP`.
    pub fn dscp(&self) -> Result<Option<u8>> {
        self.0.read(fib_rule_attrs::DSCP, crate::attr::Attr::u8)
    }
    /// `FRA_FLOWLABEL`.
    pub fn flowlabel(&self) -> Result<Option<u32>> {
        self.0.read(fib_rule_attrs::FLOWLABEL, crate::attr::Attr::be32)
    }
    /// `FRA_FLOWLABEL_MASK`.
    pub fn flowlabel_mask(&self) -> Result<Option<u32>> {
        self.0.read(fib_rule_attrs::FLOWLABEL_MASK, crate::attr::Attr::be32)
    }
    /// `FRA_SPORT_MASK`.
    pub fn sport_mask(&self) -> Result<Option<u16>> {
        self.0.read(fib_rule_attrs::SPORT_MASK, crate::attr::Attr::u16)
    }
    /// `FRA_DPORT_MASK`.
    pub fn dport_mask(&self) -> Result<Option<u16>> {
        self.0.read(fib_rule_attrs::DPORT_MASK, crate::attr::Attr::u16)
    }
    /// `FRA_DSCP_MASK`.
    pub fn dscp_mask(&self) -> Result<Option<u8>> {
        self.0.read(fib_rule_attrs::DSCP_MASK, crate::attr::Attr::u8)
    }
}

/// Messages of `struct fib_rule_hdr` followed by `fib-rule-attrs`.
pub static FIB_RULE_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-rule", header: &FIB_RULE_HDR, space: &FIB_RULE_ATTRS };
