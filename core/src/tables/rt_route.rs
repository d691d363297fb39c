//! Tables of the `rt-route` netlink spec.
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

/// Names of `rtm-type`.
pub static RTM_TYPE: &[(u32, &str)] = &[
    (0, "unspec"),
    (1, "unicast"),
    (2, "local"),
    (3, "broadcast"),
    (4, "anycast"),
    (5, "multicast"),
    (6, "blackhole"),
    (7, "unreachable"),
    (8, "prohibit"),
    (9, "throw"),
    (10, "nat"),
    (11, "xresolve"),
];

/// Values of `rtm-type`.
pub mod rtm_type {
    /// `RTN_UNSPEC`.
    #[doc(alias = "RTN_UNSPEC")]
    pub const UNSPEC: u8 = 0;
    /// `RTN_UNICAST`.
    #[doc(alias = "RTN_UNICAST")]
    pub const UNICAST: u8 = 1;
    /// `RTN_LOCAL`.
    #[doc(alias = "RTN_LOCAL")]
    pub const LOCAL: u8 = 2;
    /// `RTN_BROADCAST`.
    #[doc(alias = "RTN_BROADCAST")]
    pub const BROADCAST: u8 = 3;
    /// `RTN_ANYCAST`.
    #[doc(alias = "RTN_ANYCAST")]
    pub const ANYCAST: u8 = 4;
    /// `RTN_MULTICAST`.
    #[doc(alias = "RTN_MULTICAST")]
    pub const MULTICAST: u8 = 5;
    /// `RTN_BLACKHOLE`.
    #[doc(alias = "RTN_BLACKHOLE")]
    pub const BLACKHOLE: u8 = 6;
    /// `RTN_UNREACHABLE`.
    #[doc(alias = "RTN_UNREACHABLE")]
    pub const UNREACHABLE: u8 = 7;
    /// `RTN_PROHIBIT`.
    #[doc(alias = "RTN_PROHIBIT")]
    pub const PROHIBIT: u8 = 8;
    /// `RTN_THROW`.
    #[doc(alias = "RTN_THROW")]
    pub const THROW: u8 = 9;
    /// `RTN_NAT`.
    #[doc(alias = "RTN_NAT")]
    pub const NAT: u8 = 10;
    /// `RTN_XRESOLVE`.
    #[doc(alias = "RTN_XRESOLVE")]
    pub const XRESOLVE: u8 = 11;
}

/// `struct rtmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Rtmsg {
    /// `rtm-family`.
    pub rtm_family: u8,
    /// `rtm-dst-len`.
    pub rtm_dst_len: u8,
    /// `rtm-src-len`.
    pub rtm_src_len: u8,
    /// `rtm-tos`.
    pub rtm_tos: u8,
    /// `rtm-table`.
    pub rtm_table: u8,
    /// `rtm-protocol`.
    pub rtm_protocol: u8,
    /// `rtm-scope`.
    pub rtm_scope: u8,
    /// `rtm-type`.
    pub rtm_type: u8,
    /// `rtm-flags`.
    pub rtm_flags: NeU32,
}

/// Fields of [`Rtmsg`].
pub static RTMSG: StructSpec = StructSpec {
    name: "rtmsg",
    size: size_of::<Rtmsg>(),
    prefix: "rtm_",
    fields: &[
        Field::new("rtm_family", offset_of!(Rtmsg, rtm_family), size_of::<u8>(), AttrType::U8),
        Field::new("rtm_dst_len", offset_of!(Rtmsg, rtm_dst_len), size_of::<u8>(), AttrType::U8),
        Field::new("rtm_src_len", offset_of!(Rtmsg, rtm_src_len), size_of::<u8>(), AttrType::U8),
        Field::new("rtm_tos", offset_of!(Rtmsg, rtm_tos), size_of::<u8>(), AttrType::U8),
        Field::new(
            "rtm_table",
            offset_of!(Rtmsg, rtm_table),
            size_of::<u8>(),
            AttrType::Enum(Scalar::U8, RT_TABLE_NAMES),
        ),
        Field::aliased(
            "rtm_protocol",
            "proto",
            offset_of!(Rtmsg, rtm_protocol),
            size_of::<u8>(),
            AttrType::Enum(Scalar::U8, RT_PROTOCOL_NAMES),
        ),
        Field::new(
            "rtm_scope",
            offset_of!(Rtmsg, rtm_scope),
            size_of::<u8>(),
            AttrType::Enum(Scalar::U8, RT_SCOPE_NAMES),
        ),
        Field::new(
            "rtm_type",
            offset_of!(Rtmsg, rtm_type),
            size_of::<u8>(),
            AttrType::Enum(Scalar::U8, RT_TYPE_NAMES),
        ),
        Field::new(
            "rtm_flags",
            offset_of!(Rtmsg, rtm_flags),
            size_of::<NeU32>(),
            AttrType::Bits(Scalar::U32, RTM_FLAGS),
        ),
    ],
};

/// `struct rta_cacheinfo`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct RtaCacheinfo {
    /// `rta-clntref`.
    pub rta_clntref: NeU32,
    /// `rta-lastuse`.
    pub rta_lastuse: NeU32,
    /// `rta-expires`.
    pub rta_expires: NeI32,
    /// `rta-error`.
    pub rta_error: NeU32,
    /// `rta-used`.
    pub rta_used: NeU32,
    /// `rta-id`.
    pub rta_id: NeU32,
    /// `rta-ts`.
    pub rta_ts: NeU32,
    /// `rta-tsage`.
    pub rta_tsage: NeU32,
}

/// Fields of [`RtaCacheinfo`].
pub static RTA_CACHEINFO: StructSpec = StructSpec {
    name: "rta_cacheinfo",
    size: size_of::<RtaCacheinfo>(),
    prefix: "rta_",
    fields: &[
        Field::new("rta_clntref", offset_of!(RtaCacheinfo, rta_clntref), size_of::<NeU32>(), AttrType::U32),
        Field::new("rta_lastuse", offset_of!(RtaCacheinfo, rta_lastuse), size_of::<NeU32>(), AttrType::U32),
        Field::new("rta_expires", offset_of!(RtaCacheinfo, rta_expires), size_of::<NeI32>(), AttrType::S32),
        Field::new("rta_error", offset_of!(RtaCacheinfo, rta_error), size_of::<NeU32>(), AttrType::U32),
        Field::new("rta_used", offset_of!(RtaCacheinfo, rta_used), size_of::<NeU32>(), AttrType::U32),
        Field::new("rta_id", offset_of!(RtaCacheinfo, rta_id), size_of::<NeU32>(), AttrType::U32),
        Field::new("rta_ts", offset_of!(RtaCacheinfo, rta_ts), size_of::<NeU32>(), AttrType::U32),
        Field::new("rta_tsage", offset_of!(RtaCacheinfo, rta_tsage), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// Names of `del-reason`.
pub static DEL_REASON: &[(u32, &str)] = &[(0, "unspec"), (1, "expired"), (2, "ra-withdrawn")];

/// Values of `del-reason`.
pub mod del_reason {
    /// `RT_DEL_REASON_UNSPEC`.
    #[doc(alias = "RT_DEL_REASON_UNSPEC")]
    pub const UNSPEC: u32 = 0;
    /// `RT_DEL_REASON_EXPIRED`.
    #[doc(alias = "RT_DEL_REASON_EXPIRED")]
    pub const EXPIRED: u32 = 1;
    /// `RT_DEL_REASON_RA_WITHDRAWN`.
    #[doc(alias = "RT_DEL_REASON_RA_WITHDRAWN")]
    pub const RA_WITHDRAWN: u32 = 2;
}

/// Names of `rt-scope`.
pub static RT_SCOPE: &[(u32, &str)] =
    &[(0, "universe"), (200, "site"), (253, "link"), (254, "host"), (255, "nowhere")];

/// Values of `rt-scope`.
pub mod rt_scope {
    /// `RT_SCOPE_UNIVERSE`.
    #[doc(alias = "RT_SCOPE_UNIVERSE")]
    pub const UNIVERSE: u8 = 0;
    /// `RT_SCOPE_SITE`.
    #[doc(alias = "RT_SCOPE_SITE")]
    pub const SITE: u8 = 200;
    /// `RT_SCOPE_LINK`.
    #[doc(alias = "RT_SCOPE_LINK")]
    pub const LINK: u8 = 253;
    /// `RT_SCOPE_HOST`.
    #[doc(alias = "RT_SCOPE_HOST")]
    pub const HOST: u8 = 254;
    /// `RT_SCOPE_NOWHERE`.
    #[doc(alias = "RT_SCOPE_NOWHERE")]
    pub const NOWHERE: u8 = 255;
}

/// Names of `rt-protocol`.
pub static RT_PROTOCOL: &[(u32, &str)] = &[
    (0, "unspec"),
    (1, "redirect"),
    (2, "kernel"),
    (3, "boot"),
    (4, "static"),
    (8, "gated"),
    (9, "ra"),
    (10, "mrt"),
    (11, "zebra"),
    (12, "bird"),
    (13, "dnrouted"),
    (14, "xorp"),
    (15, "ntk"),
    (16, "dhcp"),
    (17, "mrouted"),
    (18, "keepalived"),
    (42, "babel"),
    (84, "ovn"),
    (99, "openr"),
    (186, "bgp"),
    (187, "isis"),
    (188, "ospf"),
    (189, "rip"),
    (192, "eigrp"),
];

/// Values of `rt-protocol`.
pub mod rt_protocol {
    /// `RTPROT_UNSPEC`.
    #[doc(alias = "RTPROT_UNSPEC")]
    pub const UNSPEC: u8 = 0;
    /// `RTPROT_REDIRECT`.
    #[doc(alias = "RTPROT_REDIRECT")]
    pub const REDIRECT: u8 = 1;
    /// `RTPROT_KERNEL`.
    #[doc(alias = "RTPROT_KERNEL")]
    pub const KERNEL: u8 = 2;
    /// `RTPROT_BOOT`.
    #[doc(alias = "RTPROT_BOOT")]
    pub const BOOT: u8 = 3;
    /// `RTPROT_STATIC`.
    #[doc(alias = "RTPROT_STATIC")]
    pub const STATIC: u8 = 4;
    /// `RTPROT_GATED`.
    #[doc(alias = "RTPROT_GATED")]
    pub const GATED: u8 = 8;
    /// `RTPROT_RA`.
    #[doc(alias = "RTPROT_RA")]
    pub const RA: u8 = 9;
    /// `RTPROT_MRT`.
    #[doc(alias = "RTPROT_MRT")]
    pub const MRT: u8 = 10;
    /// `RTPROT_ZEBRA`.
    #[doc(alias = "RTPROT_ZEBRA")]
    pub const ZEBRA: u8 = 11;
    /// `RTPROT_BIRD`.
    #[doc(alias = "RTPROT_BIRD")]
    pub const BIRD: u8 = 12;
    /// `RTPROT_DNROUTED`.
    #[doc(alias = "RTPROT_DNROUTED")]
    pub const DNROUTED: u8 = 13;
    /// `RTPROT_XORP`.
    #[doc(alias = "RTPROT_XORP")]
    pub const XORP: u8 = 14;
    /// `RTPROT_NTK`.
    #[doc(alias = "RTPROT_NTK")]
    pub const NTK: u8 = 15;
    /// `RTPROT_DHCP`.
    #[doc(alias = "RTPROT_DHCP")]
    pub const DHCP: u8 = 16;
    /// `RTPROT_MROUTED`.
    #[doc(alias = "RTPROT_MROUTED")]
    pub const MROUTED: u8 = 17;
    /// `RTPROT_KEEPALIVED`.
    #[doc(alias = "RTPROT_KEEPALIVED")]
    pub const KEEPALIVED: u8 = 18;
    /// `RTPROT_BABEL`.
    #[doc(alias = "RTPROT_BABEL")]
    pub const BABEL: u8 = 42;
    /// `RTPROT_OVN`.
    #[doc(alias = "RTPROT_OVN")]
    pub const OVN: u8 = 84;
    /// `RTPROT_OPENR`.
    #[doc(alias = "RTPROT_OPENR")]
    pub const OPENR: u8 = 99;
    /// `RTPROT_BGP`.
    #[doc(alias = "RTPROT_BGP")]
    pub const BGP: u8 = 186;
    /// `RTPROT_ISIS`.
    #[doc(alias = "RTPROT_ISIS")]
    pub const ISIS: u8 = 187;
    /// `RTPROT_OSPF`.
    #[doc(alias = "RTPROT_OSPF")]
    pub const OSPF: u8 = 188;
    /// `RTPROT_RIP`.
    #[doc(alias = "RTPROT_RIP")]
    pub const RIP: u8 = 189;
    /// `RTPROT_EIGRP`.
    #[doc(alias = "RTPROT_EIGRP")]
    pub const EIGRP: u8 = 192;
}

/// Names of `rt-table`.
pub static RT_TABLE: &[(u32, &str)] =
    &[(0, "unspec"), (252, "compat"), (253, "default"), (254, "main"), (255, "local")];

/// Values of `rt-table`.
pub mod rt_table {
    /// `RT_TABLE_UNSPEC`.
    #[doc(alias = "RT_TABLE_UNSPEC")]
    pub const UNSPEC: u32 = 0;
    /// `RT_TABLE_COMPAT`.
    #[doc(alias = "RT_TABLE_COMPAT")]
    pub const COMPAT: u32 = 252;
    /// `RT_TABLE_DEFAULT`.
    #[doc(alias = "RT_TABLE_DEFAULT")]
    pub const DEFAULT: u32 = 253;
    /// `RT_TABLE_MAIN`.
    #[doc(alias = "RT_TABLE_MAIN")]
    pub const MAIN: u32 = 254;
    /// `RT_TABLE_LOCAL`.
    #[doc(alias = "RT_TABLE_LOCAL")]
    pub const LOCAL: u32 = 255;
}

/// Names of `address-family`.
pub static ADDRESS_FAMILY: &[(u32, &str)] =
    &[(0, "unspec"), (2, "inet"), (7, "bridge"), (10, "inet6"), (28, "mpls")];

/// Values of `address-family`.
pub mod address_family {
    /// `AF_UNSPEC`.
    #[doc(alias = "AF_UNSPEC")]
    pub const UNSPEC: u8 = 0;
    /// `AF_INET`.
    #[doc(alias = "AF_INET")]
    pub const INET: u8 = 2;
    /// `AF_BRIDGE`.
    #[doc(alias = "AF_BRIDGE")]
    pub const BRIDGE: u8 = 7;
    /// `AF_INET6`.
    #[doc(alias = "AF_INET6")]
    pub const INET6: u8 = 10;
    /// `AF_MPLS`.
    #[doc(alias = "AF_MPLS")]
    pub const MPLS: u8 = 28;
}

/// Names of `lwtunnel-encap`.
pub static LWTUNNEL_ENCAP: &[(u32, &str)] = &[
    (0, "none"),
    (1, "mpls"),
    (2, "ip"),
    (3, "ila"),
    (4, "ip6"),
    (5, "seg6"),
    (6, "bpf"),
    (7, "seg6-local"),
    (8, "rpl"),
    (9, "ioam6"),
    (10, "xfrm"),
];

/// Values of `lwtunnel-encap`.
pub mod lwtunnel_encap {
    /// `LWTUNNEL_ENCAP_NONE`.
    #[doc(alias = "LWTUNNEL_ENCAP_NONE")]
    pub const NONE: u16 = 0;
    /// `LWTUNNEL_ENCAP_MPLS`.
    #[doc(alias = "LWTUNNEL_ENCAP_MPLS")]
    pub const MPLS: u16 = 1;
    /// `LWTUNNEL_ENCAP_IP`.
    #[doc(alias = "LWTUNNEL_ENCAP_IP")]
    pub const IP: u16 = 2;
    /// `LWTUNNEL_ENCAP_ILA`.
    #[doc(alias = "LWTUNNEL_ENCAP_ILA")]
    pub const ILA: u16 = 3;
    /// `LWTUNNEL_ENCAP_IP6`.
    #[doc(alias = "LWTUNNEL_ENCAP_IP6")]
    pub const IP6: u16 = 4;
    /// `LWTUNNEL_ENCAP_SEG6`.
    #[doc(alias = "LWTUNNEL_ENCAP_SEG6")]
    pub const SEG6: u16 = 5;
    /// `LWTUNNEL_ENCAP_BPF`.
    #[doc(alias = "LWTUNNEL_ENCAP_BPF")]
    pub const BPF: u16 = 6;
    /// `LWTUNNEL_ENCAP_SEG6_LOCAL`.
    #[doc(alias = "LWTUNNEL_ENCAP_SEG6_LOCAL")]
    pub const SEG6_LOCAL: u16 = 7;
    /// `LWTUNNEL_ENCAP_RPL`.
    #[doc(alias = "LWTUNNEL_ENCAP_RPL")]
    pub const RPL: u16 = 8;
    /// `LWTUNNEL_ENCAP_IOAM6`.
    #[doc(alias = "LWTUNNEL_ENCAP_IOAM6")]
    pub const IOAM6: u16 = 9;
    /// `LWTUNNEL_ENCAP_XFRM`.
    #[doc(alias = "LWTUNNEL_ENCAP_XFRM")]
    pub const XFRM: u16 = 10;
}

/// Names of `router-pref`.
pub static ROUTER_PREF: &[(u32, &str)] = &[(0, "medium"), (1, "high"), (2, "invalid"), (3, "low")];

/// Values of `router-pref`.
pub mod router_pref {
    /// `ICMPV6_ROUTER_PREF_MEDIUM`.
    #[doc(alias = "ICMPV6_ROUTER_PREF_MEDIUM")]
    pub const MEDIUM: u8 = 0;
    /// `ICMPV6_ROUTER_PREF_HIGH`.
    #[doc(alias = "ICMPV6_ROUTER_PREF_HIGH")]
    pub const HIGH: u8 = 1;
    /// `ICMPV6_ROUTER_PREF_INVALID`.
    #[doc(alias = "ICMPV6_ROUTER_PREF_INVALID")]
    pub const INVALID: u8 = 2;
    /// `ICMPV6_ROUTER_PREF_LOW`.
    #[doc(alias = "ICMPV6_ROUTER_PREF_LOW")]
    pub const LOW: u8 = 3;
}

/// `rt-scope-names`, as in [`rt_addr`](super::rt_addr).
pub use super::rt_addr::RT_SCOPE_NAMES;

/// Names of `rt-type-names`.
pub static RT_TYPE_NAMES: &[(u32, &str)] = &[
    (0, "none"),
    (1, "unicast"),
    (2, "local"),
    (3, "broadcast"),
    (4, "anycast"),
    (5, "multicast"),
    (6, "blackhole"),
    (7, "unreachable"),
    (8, "prohibit"),
    (9, "throw"),
    (10, "nat"),
    (11, "xresolve"),
];

/// Names of `rt-protocol-names`.
pub static RT_PROTOCOL_NAMES: &[(u32, &str)] = &[
    (0, "unspec"),
    (1, "redirect"),
    (2, "kernel"),
    (3, "boot"),
    (4, "static"),
    (8, "gated"),
    (9, "ra"),
    (10, "mrt"),
    (11, "zebra"),
    (12, "bird"),
    (13, "dnrouted"),
    (14, "xorp"),
    (15, "ntk"),
    (16, "dhcp"),
    (18, "keepalived"),
    (42, "babel"),
    (99, "openr"),
    (186, "bgp"),
    (187, "isis"),
    (188, "ospf"),
    (189, "rip"),
    (192, "eigrp"),
];

/// Names of `rt-table-names`.
pub static RT_TABLE_NAMES: &[(u32, &str)] = &[(253, "default"), (254, "main"), (255, "local")];

/// Bit names of `rtnh-flags`.
pub static RTNH_FLAGS: &[(u32, &str)] = &[
    (1, "dead"),
    (2, "pervasive"),
    (4, "onlink"),
    (8, "offload"),
    (16, "linkdown"),
    (32, "unresolved"),
    (64, "trap"),
];

/// Bit masks of `rtnh-flags`.
pub mod rtnh_flags {
    /// `RTNH_F_DEAD`.
    #[doc(alias = "RTNH_F_DEAD")]
    pub const DEAD: u32 = 1;
    /// `RTNH_F_PERVASIVE`.
    #[doc(alias = "RTNH_F_PERVASIVE")]
    pub const PERVASIVE: u32 = 2;
    /// `RTNH_F_ONLINK`.
    #[doc(alias = "RTNH_F_ONLINK")]
    pub const ONLINK: u32 = 4;
    /// `RTNH_F_OFFLOAD`.
    #[doc(alias = "RTNH_F_OFFLOAD")]
    pub const OFFLOAD: u32 = 8;
    /// `RTNH_F_LINKDOWN`.
    #[doc(alias = "RTNH_F_LINKDOWN")]
    pub const LINKDOWN: u32 = 16;
    /// `RTNH_F_UNRESOLVED`.
    #[doc(alias = "RTNH_F_UNRESOLVED")]
    pub const UNRESOLVED: u32 = 32;
    /// `RTNH_F_TRAP`.
    #[doc(alias = "RTNH_F_TRAP")]
    pub const TRAP: u32 = 64;
}

bitflags::bitflags! {
    /// The bits of `rtnh-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct RtnhFlags: u32 {
        /// [`rtnh_flags::DEAD`].
        const DEAD = rtnh_flags::DEAD;
        /// [`rtnh_flags::PERVASIVE`].
        const PERVASIVE = rtnh_flags::PERVASIVE;
        /// [`rtnh_flags::ONLINK`].
        const ONLINK = rtnh_flags::ONLINK;
        /// [`rtnh_flags::OFFLOAD`].
        const OFFLOAD = rtnh_flags::OFFLOAD;
        /// [`rtnh_flags::LINKDOWN`].
        const LINKDOWN = rtnh_flags::LINKDOWN;
        /// [`rtnh_flags::UNRESOLVED`].
        const UNRESOLVED = rtnh_flags::UNRESOLVED;
        /// [`rtnh_flags::TRAP`].
        const TRAP = rtnh_flags::TRAP;
    }
}

/// Bit names of `rtm-flags`.
pub static RTM_FLAGS: &[(u32, &str)] = &[
    (1, "dead"),
    (2, "pervasive"),
    (4, "onlink"),
    (8, "offload"),
    (16, "linkdown"),
    (32, "unresolved"),
    (64, "trap"),
    (256, "notify"),
    (512, "cloned"),
    (1024, "equalize"),
    (2048, "prefix"),
    (4096, "lookup_table"),
    (8192, "fib_match"),
    (16384, "rt_offload"),
    (32768, "rt_trap"),
    (536870912, "rt_offload_failed"),
];

/// Bit masks of `rtm-flags`.
pub mod rtm_flags {
    /// `RTM_F_NOTIFY`.
    #[doc(alias = "RTM_F_NOTIFY")]
    pub const NOTIFY: u32 = 256;
    /// `RTM_F_CLONED`.
    #[doc(alias = "RTM_F_CLONED")]
    pub const CLONED: u32 = 512;
    /// `RTM_F_EQUALIZE`.
    #[doc(alias = "RTM_F_EQUALIZE")]
    pub const EQUALIZE: u32 = 1024;
    /// `RTM_F_PREFIX`.
    #[doc(alias = "RTM_F_PREFIX")]
    pub const PREFIX: u32 = 2048;
    /// `RTM_F_LOOKUP_TABLE`.
    #[doc(alias = "RTM_F_LOOKUP_TABLE")]
    pub const LOOKUP_TABLE: u32 = 4096;
    /// `RTM_F_FIB_MATCH`.
    #[doc(alias = "RTM_F_FIB_MATCH")]
    pub const FIB_MATCH: u32 = 8192;
    /// `RTM_F_OFFLOAD`.
    #[doc(alias = "RTM_F_OFFLOAD")]
    pub const OFFLOAD: u32 = 16384;
    /// `RTM_F_TRAP`.
    #[doc(alias = "RTM_F_TRAP")]
    pub const TRAP: u32 = 32768;
    /// `RTM_F_OFFLOAD_FAILED`.
    #[doc(alias = "RTM_F_OFFLOAD_FAILED")]
    pub const OFFLOAD_FAILED: u32 = 536870912;
}

bitflags::bitflags! {
    /// The bits of `rtm-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct RtmFlags: u32 {
        /// [`rtnh_flags::DEAD`].
        const DEAD = rtnh_flags::DEAD;
        /// [`rtnh_flags::PERVASIVE`].
        const PERVASIVE = rtnh_flags::PERVASIVE;
        /// [`rtnh_flags::ONLINK`].
        const ONLINK = rtnh_flags::ONLINK;
        /// [`rtnh_flags::OFFLOAD`].
        const OFFLOAD = rtnh_flags::OFFLOAD;
        /// [`rtnh_flags::LINKDOWN`].
        const LINKDOWN = rtnh_flags::LINKDOWN;
        /// [`rtnh_flags::UNRESOLVED`].
        const UNRESOLVED = rtnh_flags::UNRESOLVED;
        /// [`rtnh_flags::TRAP`].
        const TRAP = rtnh_flags::TRAP;
        /// [`rtm_flags::NOTIFY`].
        const NOTIFY = rtm_flags::NOTIFY;
        /// [`rtm_flags::CLONED`].
        const CLONED = rtm_flags::CLONED;
        /// [`rtm_flags::EQUALIZE`].
        const EQUALIZE = rtm_flags::EQUALIZE;
        /// [`rtm_flags::PREFIX`].
        const PREFIX = rtm_flags::PREFIX;
        /// [`rtm_flags::LOOKUP_TABLE`].
        const LOOKUP_TABLE = rtm_flags::LOOKUP_TABLE;
        /// [`rtm_flags::FIB_MATCH`].
        const FIB_MATCH = rtm_flags::FIB_MATCH;
        /// [`rtm_flags::OFFLOAD`].
        const RT_OFFLOAD = rtm_flags::OFFLOAD;
        /// [`rtm_flags::TRAP`].
        const RT_TRAP = rtm_flags::TRAP;
        /// [`rtm_flags::OFFLOAD_FAILED`].
        const RT_OFFLOAD_FAILED = rtm_flags::OFFLOAD_FAILED;
    }
}

/// Names of `rt-pref-names`.
pub static RT_PREF_NAMES: &[(u32, &str)] = &[(0, "medium"), (1, "high"), (3, "low")];

/// Names of `lwtunnel-encap-names`.
pub static LWTUNNEL_ENCAP_NAMES: &[(u32, &str)] = &[
    (0, "none"),
    (1, "mpls"),
    (2, "ip"),
    (3, "ila"),
    (4, "ip6"),
    (5, "seg6"),
    (6, "bpf"),
    (7, "seg6local"),
    (8, "rpl"),
    (9, "ioam6"),
    (10, "xfrm"),
];

/// Bit names of `rtax-lock-names`.
pub static RTAX_LOCK_NAMES: &[(u32, &str)] = &[
    (4, "mtu"),
    (8, "window"),
    (16, "rtt"),
    (32, "rttvar"),
    (64, "ssthresh"),
    (128, "cwnd"),
    (256, "advmss"),
    (512, "reordering"),
    (1024, "hoplimit"),
    (2048, "initcwnd"),
    (4096, "features"),
    (8192, "rto_min"),
    (16384, "initrwnd"),
    (32768, "quickack"),
    (65536, "congctl"),
    (131072, "fastopen_no_cookie"),
];

/// Bit names of `rtax-features`.
pub static RTAX_FEATURES: &[(u32, &str)] =
    &[(1, "ecn"), (2, "sack"), (4, "timestamp"), (8, "allfrag"), (16, "tcp_usec_ts")];

/// Bit masks of `rtax-features`.
pub mod rtax_features {
    /// `RTAX_FEATURE_ECN`.
    #[doc(alias = "RTAX_FEATURE_ECN")]
    pub const ECN: u32 = 1;
    /// `RTAX_FEATURE_SACK`.
    #[doc(alias = "RTAX_FEATURE_SACK")]
    pub const SACK: u32 = 2;
    /// `RTAX_FEATURE_TIMESTAMP`.
    #[doc(alias = "RTAX_FEATURE_TIMESTAMP")]
    pub const TIMESTAMP: u32 = 4;
    /// `RTAX_FEATURE_ALLFRAG`.
    #[doc(alias = "RTAX_FEATURE_ALLFRAG")]
    pub const ALLFRAG: u32 = 8;
    /// `RTAX_FEATURE_TCP_USEC_TS`.
    #[doc(alias = "RTAX_FEATURE_TCP_USEC_TS")]
    pub const TCP_USEC_TS: u32 = 16;
}

bitflags::bitflags! {
    /// The bits of `rtax-features`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct RtaxFeatures: u32 {
        /// [`rtax_features::ECN`].
        const ECN = rtax_features::ECN;
        /// [`rtax_features::SACK`].
        const SACK = rtax_features::SACK;
        /// [`rtax_features::TIMESTAMP`].
        const TIMESTAMP = rtax_features::TIMESTAMP;
        /// [`rtax_features::ALLFRAG`].
        const ALLFRAG = rtax_features::ALLFRAG;
        /// [`rtax_features::TCP_USEC_TS`].
        const TCP_USEC_TS = rtax_features::TCP_USEC_TS;
    }
}

/// `struct rtnexthop`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Rtnexthop {
    /// `rtnh-len`.
    pub rtnh_len: NeU16,
    /// `rtnh-flags`.
    pub rtnh_flags: u8,
    /// `rtnh-hops`.
    pub rtnh_hops: u8,
    /// `rtnh-ifindex`.
    pub rtnh_ifindex: NeI32,
}

/// Fields of [`Rtnexthop`].
pub static RTNEXTHOP: StructSpec = StructSpec {
    name: "rtnexthop",
    size: size_of::<Rtnexthop>(),
    prefix: "rtnh_",
    fields: &[
        Field::new("rtnh_len", offset_of!(Rtnexthop, rtnh_len), size_of::<NeU16>(), AttrType::U16),
        Field::new(
            "rtnh_flags",
            offset_of!(Rtnexthop, rtnh_flags),
            size_of::<u8>(),
            AttrType::Bits(Scalar::U8, RTNH_FLAGS),
        ),
        Field::new("rtnh_hops", offset_of!(Rtnexthop, rtnh_hops), size_of::<u8>(), AttrType::U8),
        Field::new("rtnh_ifindex", offset_of!(Rtnexthop, rtnh_ifindex), size_of::<NeI32>(), AttrType::S32),
    ],
};

/// `struct rta_mfc_stats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct RtaMfcStats {
    /// `mfcs-packets`.
    pub mfcs_packets: NeU64,
    /// `mfcs-bytes`.
    pub mfcs_bytes: NeU64,
    /// `mfcs-wrong-if`.
    pub mfcs_wrong_if: NeU64,
}

/// Fields of [`RtaMfcStats`].
pub static RTA_MFC_STATS: StructSpec = StructSpec {
    name: "rta_mfc_stats",
    size: size_of::<RtaMfcStats>(),
    prefix: "mfcs_",
    fields: &[
        Field::aliased(
            "mfcs_packets",
            "packets",
            offset_of!(RtaMfcStats, mfcs_packets),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::aliased(
            "mfcs_bytes",
            "bytes",
            offset_of!(RtaMfcStats, mfcs_bytes),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::aliased(
            "mfcs_wrong_if",
            "wrong_if",
            offset_of!(RtaMfcStats, mfcs_wrong_if),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
    ],
};

/// `RTA_*`: the attribute set `route-attrs`.
pub static ROUTE_ATTRS: Space = Space {
    name: "route-attrs",
    prefix: "RTA_",
    attrs: &[
        AttrSpec { id: 1, name: "dst", ty: AttrType::Ip },
        AttrSpec { id: 2, name: "src", ty: AttrType::Ip },
        AttrSpec { id: 3, name: "iif", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "oif", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "gateway", ty: AttrType::Ip },
        AttrSpec { id: 6, name: "priority", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "prefsrc", ty: AttrType::Ip },
        AttrSpec { id: 8, name: "metrics", ty: AttrType::Nested(&METRICS) },
        AttrSpec { id: 9, name: "multipath", ty: AttrType::Multipath(&ROUTE_ATTRS) },
        AttrSpec { id: 10, name: "protoinfo", ty: AttrType::Bytes },
        AttrSpec { id: 11, name: "flow", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "cacheinfo", ty: AttrType::Struct(&RTA_CACHEINFO) },
        AttrSpec { id: 13, name: "session", ty: AttrType::Bytes },
        AttrSpec { id: 14, name: "mp_algo", ty: AttrType::U32 },
        AttrSpec { id: 15, name: "table", ty: AttrType::Enum(Scalar::U32, RT_TABLE_NAMES) },
        AttrSpec { id: 16, name: "mark", ty: AttrType::U32 },
        AttrSpec { id: 17, name: "mfc_stats", ty: AttrType::Struct(&RTA_MFC_STATS) },
        AttrSpec { id: 18, name: "via", ty: AttrType::Bytes },
        AttrSpec { id: 19, name: "newdst", ty: AttrType::Bytes },
        AttrSpec { id: 20, name: "pref", ty: AttrType::Enum(Scalar::U8, RT_PREF_NAMES) },
        AttrSpec { id: 21, name: "encap_type", ty: AttrType::Enum(Scalar::U16, LWTUNNEL_ENCAP_NAMES) },
        AttrSpec { id: 22, name: "encap", ty: AttrType::Nested(&LWTUNNEL_ENCAP_ATTRS) },
        AttrSpec { id: 23, name: "expires", ty: AttrType::U32 },
        AttrSpec { id: 24, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 25, name: "uid", ty: AttrType::U32 },
        AttrSpec { id: 26, name: "ttl_propagate", ty: AttrType::U8 },
        AttrSpec { id: 27, name: "ip_proto", ty: AttrType::U8 },
        AttrSpec { id: 28, name: "sport", ty: AttrType::Be16 },
        AttrSpec { id: 29, name: "dport", ty: AttrType::Be16 },
        AttrSpec { id: 30, name: "nh_id", ty: AttrType::U32 },
        AttrSpec { id: 31, name: "flowlabel", ty: AttrType::Be32 },
        AttrSpec { id: 32, name: "del_reason", ty: AttrType::Enum(Scalar::U32, DEL_REASON) },
    ],
    by_name: &[
        0, 0, 0, 0, 4, 6, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 21, 30, 28, 0, 0, 1, 11, 19, 20, 27, 31, 0, 0, 12, 8,
        0, 25, 5, 17, 0, 0, 0, 0, 0, 0, 16, 0, 0, 22, 14, 13, 15, 2, 0, 10, 24, 0, 0, 0, 29, 0, 23, 3, 18,
        26, 7, 32, 0,
    ],
};

/// Attribute numbers of [`ROUTE_ATTRS`].
pub mod route_attrs {
    /// `RTA_DST`.
    #[doc(alias = "RTA_DST")]
    pub const DST: u16 = 1;
    /// `RTA_SRC`.
    #[doc(alias = "RTA_SRC")]
    pub const SRC: u16 = 2;
    /// `RTA_IIF`.
    #[doc(alias = "RTA_IIF")]
    pub const IIF: u16 = 3;
    /// `RTA_OIF`.
    #[doc(alias = "RTA_OIF")]
    pub const OIF: u16 = 4;
    /// `RTA_GATEWAY`.
    #[doc(alias = "RTA_GATEWAY")]
    pub const GATEWAY: u16 = 5;
    /// `RTA_PRIORITY`.
    #[doc(alias = "RTA_PRIORITY")]
    pub const PRIORITY: u16 = 6;
    /// `RTA_PREFSRC`.
    #[doc(alias = "RTA_PREFSRC")]
    pub const PREFSRC: u16 = 7;
    /// `RTA_METRICS`.
    #[doc(alias = "RTA_METRICS")]
    pub const METRICS: u16 = 8;
    /// `RTA_MULTIPATH`.
    #[doc(alias = "RTA_MULTIPATH")]
    pub const MULTIPATH: u16 = 9;
    /// `RTA_PROTOINFO`.
    #[doc(alias = "RTA_PROTOINFO")]
    pub const PROTOINFO: u16 = 10;
    /// `RTA_FLOW`.
    #[doc(alias = "RTA_FLOW")]
    pub const FLOW: u16 = 11;
    /// `RTA_CACHEINFO`.
    #[doc(alias = "RTA_CACHEINFO")]
    pub const CACHEINFO: u16 = 12;
    /// `RTA_SESSION`.
    #[doc(alias = "RTA_SESSION")]
    pub const SESSION: u16 = 13;
    /// `RTA_MP_ALGO`.
    #[doc(alias = "RTA_MP_ALGO")]
    pub const MP_ALGO: u16 = 14;
    /// `RTA_TABLE`.
    #[doc(alias = "RTA_TABLE")]
    pub const TABLE: u16 = 15;
    /// `RTA_MARK`.
    #[doc(alias = "RTA_MARK")]
    pub const MARK: u16 = 16;
    /// `RTA_MFC_STATS`.
    #[doc(alias = "RTA_MFC_STATS")]
    pub const MFC_STATS: u16 = 17;
    /// `RTA_VIA`.
    #[doc(alias = "RTA_VIA")]
    pub const VIA: u16 = 18;
    /// `RTA_NEWDST`.
    #[doc(alias = "RTA_NEWDST")]
    pub const NEWDST: u16 = 19;
    /// `RTA_PREF`.
    #[doc(alias = "RTA_PREF")]
    pub const PREF: u16 = 20;
    /// `RTA_ENCAP_TYPE`.
    #[doc(alias = "RTA_ENCAP_TYPE")]
    pub const ENCAP_TYPE: u16 = 21;
    /// `RTA_ENCAP`.
    #[doc(alias = "RTA_ENCAP")]
    pub const ENCAP: u16 = 22;
    /// `RTA_EXPIRES`.
    #[doc(alias = "RTA_EXPIRES")]
    pub const EXPIRES: u16 = 23;
    /// `RTA_PAD`.
    #[doc(alias = "RTA_PAD")]
    pub const PAD: u16 = 24;
    /// `RTA_UID`.
    #[doc(alias = "RTA_UID")]
    pub const UID: u16 = 25;
    /// `RTA_TTL_PROPAGATE`.
    #[doc(alias = "RTA_TTL_PROPAGATE")]
    pub const TTL_PROPAGATE: u16 = 26;
    /// `RTA_IP_PROTO`.
    #[doc(alias = "RTA_IP_PROTO")]
    pub const IP_PROTO: u16 = 27;
    /// `RTA_SPORT`.
    #[doc(alias = "RTA_SPORT")]
    pub const SPORT: u16 = 28;
    /// `RTA_DPORT`.
    #[doc(alias = "RTA_DPORT")]
    pub const DPORT: u16 = 29;
    /// `RTA_NH_ID`.
    #[doc(alias = "RTA_NH_ID")]
    pub const NH_ID: u16 = 30;
    /// `RTA_FLOWLABEL`.
    #[doc(alias = "RTA_FLOWLABEL")]
    pub const FLOWLABEL: u16 = 31;
    /// `RTA_DEL_REASON`.
    #[doc(alias = "RTA_DEL_REASON")]
    pub const DEL_REASON: u16 = 32;
}

/// Typed reads of an attribute chain of the set `route-attrs`.
#[derive(Clone, Debug, Default)]
pub struct RouteAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> RouteAttrs<'a> {
    /// `RTA_DST`.
    pub fn dst(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(route_attrs::DST, crate::attr::Attr::ip)
    }
    /// `RTA_SRC`.
    pub fn src(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(route_attrs::SRC, crate::attr::Attr::ip)
    }
    /// `RTA_IIF`.
    pub fn iif(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::IIF, crate::attr::Attr::u32)
    }
    /// `RTA_OIF`.
    pub fn oif(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::OIF, crate::attr::Attr::u32)
    }
    /// `RTA_GATEWAY`.
    pub fn gateway(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(route_attrs::GATEWAY, crate::attr::Attr::ip)
    }
    /// `RTA_PRIORITY`.
    pub fn priority(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::PRIORITY, crate::attr::Attr::u32)
    }
    /// `RTA_PREFSRC`.
    pub fn prefsrc(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(route_attrs::PREFSRC, crate::attr::Attr::ip)
    }
    /// `RTA_METRICS`.
    pub fn metrics(&self) -> Result<Option<Metrics<'a>>> {
        self.0.read(route_attrs::METRICS, |a| Ok(Metrics(a.nested())))
    }
    /// `RTA_MULTIPATH`.
    pub fn multipath(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(route_attrs::MULTIPATH, |a| Ok(*a))
    }
    /// `RTA_PROTOINFO`.
    pub fn protoinfo(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(route_attrs::PROTOINFO, |a| Ok(a.payload()))
    }
    /// `RTA_FLOW`.
    pub fn flow(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::FLOW, crate::attr::Attr::u32)
    }
    /// `RTA_CACHEINFO`.
    pub fn cacheinfo(&self) -> Result<Option<&'a RtaCacheinfo>> {
        self.0.read(route_attrs::CACHEINFO, crate::attr::Attr::as_struct)
    }
    /// `RTA_SESSION`.
    pub fn session(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(route_attrs::SESSION, |a| Ok(a.payload()))
    }
    /// `RTA_MP_ALGO`.
    pub fn mp_algo(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::MP_ALGO, crate::attr::Attr::u32)
    }
    /// `RTA_TABLE`.
    pub fn table(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::TABLE, crate::attr::Attr::u32)
    }
    /// `RTA_MARK`.
    pub fn mark(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::MARK, crate::attr::Attr::u32)
    }
    /// `RTA_MFC_STATS`.
    pub fn mfc_stats(&self) -> Result<Option<&'a RtaMfcStats>> {
        self.0.read(route_attrs::MFC_STATS, crate::attr::Attr::as_struct)
    }
    /// `RTA_VIA`.
    pub fn via(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(route_attrs::VIA, |a| Ok(a.payload()))
    }
    /// `RTA_NEWDST`.
    pub fn newdst(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(route_attrs::NEWDST, |a| Ok(a.payload()))
    }
    /// `RTA_PREF`.
    pub fn pref(&self) -> Result<Option<u8>> {
        self.0.read(route_attrs::PREF, crate::attr::Attr::u8)
    }
    /// `RTA_ENCAP_TYPE`.
    pub fn encap_type(&self) -> Result<Option<u16>> {
        self.0.read(route_attrs::ENCAP_TYPE, crate::attr::Attr::u16)
    }
    /// `RTA_ENCAP`.
    pub fn encap(&self) -> Result<Option<LwtunnelEncapAttrs<'a>>> {
        self.0.read(route_attrs::ENCAP, |a| Ok(LwtunnelEncapAttrs(a.nested())))
    }
    /// `RTA_EXPIRES`.
    pub fn expires(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::EXPIRES, crate::attr::Attr::u32)
    }
    /// `RTA_UID`.
    pub fn uid(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::UID, crate::attr::Attr::u32)
    }
    /// `RTA_TTL_PROPAGATE`.
    pub fn ttl_propagate(&self) -> Result<Option<u8>> {
        self.0.read(route_attrs::TTL_PROPAGATE, crate::attr::Attr::u8)
    }
    /// `RTA_IP_PROTO`.
    pub fn ip_proto(&self) -> Result<Option<u8>> {
        self.0.read(route_attrs::IP_PROTO, crate::attr::Attr::u8)
    }
    /// `RTA_SPORT`.
    pub fn sport(&self) -> Result<Option<u16>> {
        self.0.read(route_attrs::SPORT, crate::attr::Attr::be16)
    }
    /// `RTA_DPORT`.
    pub fn dport(&self) -> Result<Option<u16>> {
        self.0.read(route_attrs::DPORT, crate::attr::Attr::be16)
    }
    /// `RTA_NH_ID`.
    pub fn nh_id(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::NH_ID, crate::attr::Attr::u32)
    }
    /// `RTA_FLOWLABEL`.
    pub fn flowlabel(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::FLOWLABEL, crate::attr::Attr::be32)
    }
    /// `RTA_DEL_REASON`.
    pub fn del_reason(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::DEL_REASON, crate::attr::Attr::u32)
    }
}

/// `RTAX_*`: the attribute set `metrics`.
pub static METRICS: Space = Space {
    name: "metrics",
    prefix: "RTAX_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "lock", ty: AttrType::Bits(Scalar::U32, RTAX_LOCK_NAMES) },
        AttrSpec { id: 2, name: "mtu", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "window", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "rtt", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "rttvar", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "ssthresh", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "cwnd", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "advmss", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "reordering", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "hoplimit", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "initcwnd", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "features", ty: AttrType::Bits(Scalar::U32, RTAX_FEATURES) },
        AttrSpec { id: 13, name: "rto_min", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "initrwnd", ty: AttrType::U32 },
        AttrSpec { id: 15, name: "quickack", ty: AttrType::U32 },
        AttrSpec { id: 16, name: "cc_algo", ty: AttrType::Str },
        AttrSpec { id: 17, name: "fastopen_no_cookie", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 0, 0, 11, 0, 3, 0, 0, 1, 0, 0, 16, 0, 0, 0, 0, 14, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0,
        18, 0, 0, 13, 9, 0, 0, 4, 0, 0, 0, 0, 0, 12, 0, 17, 0, 0, 0, 2, 15, 6, 7, 0, 5, 0, 0, 0, 0, 10, 0, 0,
    ],
};

/// Attribute numbers of [`METRICS`].
pub mod metrics {
    /// `RTAX_UNSPEC`.
    #[doc(alias = "RTAX_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `RTAX_LOCK`.
    #[doc(alias = "RTAX_LOCK")]
    pub const LOCK: u16 = 1;
    /// `RTAX_MTU`.
    #[doc(alias = "RTAX_MTU")]
    pub const MTU: u16 = 2;
    /// `RTAX_WINDOW`.
    #[doc(alias = "RTAX_WINDOW")]
    pub const WINDOW: u16 = 3;
    /// `RTAX_RTT`.
    #[doc(alias = "RTAX_RTT")]
    pub const RTT: u16 = 4;
    /// `RTAX_RTTVAR`.
    #[doc(alias = "RTAX_RTTVAR")]
    pub const RTTVAR: u16 = 5;
    /// `RTAX_SSTHRESH`.
    #[doc(alias = "RTAX_SSTHRESH")]
    pub const SSTHRESH: u16 = 6;
    /// `RTAX_CWND`.
    #[doc(alias = "RTAX_CWND")]
    pub const CWND: u16 = 7;
    /// `RTAX_ADVMSS`.
    #[doc(alias = "RTAX_ADVMSS")]
    pub const ADVMSS: u16 = 8;
    /// `RTAX_REORDERING`.
    #[doc(alias = "RTAX_REORDERING")]
    pub const REORDERING: u16 = 9;
    /// `RTAX_HOPLIMIT`.
    #[doc(alias = "RTAX_HOPLIMIT")]
    pub const HOPLIMIT: u16 = 10;
    /// `RTAX_INITCWND`.
    #[doc(alias = "RTAX_INITCWND")]
    pub const INITCWND: u16 = 11;
    /// `RTAX_FEATURES`.
    #[doc(alias = "RTAX_FEATURES")]
    pub const FEATURES: u16 = 12;
    /// `RTAX_RTO_MIN`.
    #[doc(alias = "RTAX_RTO_MIN")]
    pub const RTO_MIN: u16 = 13;
    /// `RTAX_INITRWND`.
    #[doc(alias = "RTAX_INITRWND")]
    pub const INITRWND: u16 = 14;
    /// `RTAX_QUICKACK`.
    #[doc(alias = "RTAX_QUICKACK")]
    pub const QUICKACK: u16 = 15;
    /// `RTAX_CC_ALGO`.
    #[doc(alias = "RTAX_CC_ALGO")]
    pub const CC_ALGO: u16 = 16;
    /// `RTAX_FASTOPEN_NO_COOKIE`.
    #[doc(alias = "RTAX_FASTOPEN_NO_COOKIE")]
    pub const FASTOPEN_NO_COOKIE: u16 = 17;
}

/// Typed reads of an attribute chain of the set `metrics`.
#[derive(Clone, Debug, Default)]
pub struct Metrics<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Metrics<'a> {
    /// `RTAX_LOCK`.
    pub fn lock(&self) -> Result<Option<u32>> {
        self.0.read(metrics::LOCK, crate::attr::Attr::u32)
    }
    /// `RTAX_MTU`.
    pub fn mtu(&self) -> Result<Option<u32>> {
        self.0.read(metrics::MTU, crate::attr::Attr::u32)
    }
    /// `RTAX_WINDOW`.
    pub fn window(&self) -> Result<Option<u32>> {
        self.0.read(metrics::WINDOW, crate::attr::Attr::u32)
    }
    /// `RTAX_RTT`.
    pub fn rtt(&self) -> Result<Option<u32>> {
        self.0.read(metrics::RTT, crate::attr::Attr::u32)
    }
    /// `RTAX_RTTVAR`.
    pub fn rttvar(&self) -> Result<Option<u32>> {
        self.0.read(metrics::RTTVAR, crate::attr::Attr::u32)
    }
    /// `RTAX_SSTHRESH`.
    pub fn ssthresh(&self) -> Result<Option<u32>> {
        self.0.read(metrics::SSTHRESH, crate::attr::Attr::u32)
    }
    /// `RTAX_CWND`.
    pub fn cwnd(&self) -> Result<Option<u32>> {
        self.0.read(metrics::CWND, crate::attr::Attr::u32)
    }
    /// `RTAX_ADVMSS`.
    pub fn advmss(&self) -> Result<Option<u32>> {
        self.0.read(metrics::ADVMSS, crate::attr::Attr::u32)
    }
    /// `RTAX_REORDERING`.
    pub fn reordering(&self) -> Result<Option<u32>> {
        self.0.read(metrics::REORDERING, crate::attr::Attr::u32)
    }
    /// `RTAX_HOPLIMIT`.
    pub fn hoplimit(&self) -> Result<Option<u32>> {
        self.0.read(metrics::HOPLIMIT, crate::attr::Attr::u32)
    }
    /// `RTAX_INITCWND`.
    pub fn initcwnd(&self) -> Result<Option<u32>> {
        self.0.read(metrics::INITCWND, crate::attr::Attr::u32)
    }
    /// `RTAX_FEATURES`.
    pub fn features(&self) -> Result<Option<RtaxFeatures>> {
        self.0.read(metrics::FEATURES, |a| a.u32().map(RtaxFeatures::from_bits_retain))
    }
    /// `RTAX_RTO_MIN`.
    pub fn rto_min(&self) -> Result<Option<u32>> {
        self.0.read(metrics::RTO_MIN, crate::attr::Attr::u32)
    }
    /// `RTAX_INITRWND`.
    pub fn initrwnd(&self) -> Result<Option<u32>> {
        self.0.read(metrics::INITRWND, crate::attr::Attr::u32)
    }
    /// `RTAX_QUICKACK`.
    pub fn quickack(&self) -> Result<Option<u32>> {
        self.0.read(metrics::QUICKACK, crate::attr::Attr::u32)
    }
    /// `RTAX_CC_ALGO`.
    pub fn cc_algo(&self) -> Result<Option<&'a str>> {
        self.0.read(metrics::CC_ALGO, crate::attr::Attr::str)
    }
    /// `RTAX_FASTOPEN_NO_COOKIE`.
    pub fn fastopen_no_cookie(&self) -> Result<Option<u32>> {
        self.0.read(metrics::FASTOPEN_NO_COOKIE, crate::attr::Attr::u32)
    }
}

/// `RT_ROUTE_A_LWTUNNEL_ENCAP_ATTRS_*`: the attribute set `lwtunnel-encap-attrs`.
pub static LWTUNNEL_ENCAP_ATTRS: Space = Space {
    name: "lwtunnel-encap-attrs",
    prefix: "RT_ROUTE_A_LWTUNNEL_ENCAP_ATTRS_",
    attrs: &[],
    by_name: &[0],
};

/// Attribute numbers of [`LWTUNNEL_ENCAP_ATTRS`].
pub mod lwtunnel_encap_attrs {}

/// Typed reads of an attribute chain of the set `lwtunnel-encap-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LwtunnelEncapAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LwtunnelEncapAttrs<'a> {}

/// `LWTUNNEL_IP_*`: the attribute set `lwtunnel-ip-attrs`.
pub static LWTUNNEL_IP_ATTRS: Space = Space {
    name: "lwtunnel-ip-attrs",
    prefix: "LWTUNNEL_IP_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::Be64 },
        AttrSpec { id: 2, name: "dst", ty: AttrType::Ip },
        AttrSpec { id: 3, name: "src", ty: AttrType::Ip },
        AttrSpec { id: 4, name: "ttl", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "tos", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "flags", ty: AttrType::Be16 },
    ],
    by_name: &[3, 0, 0, 0, 0, 2, 0, 0, 0, 0, 4, 0, 1, 5, 6, 0],
};

/// Attribute numbers of [`LWTUNNEL_IP_ATTRS`].
pub mod lwtunnel_ip_attrs {
    /// `LWTUNNEL_IP_ID`.
    #[doc(alias = "LWTUNNEL_IP_ID")]
    pub const ID: u16 = 1;
    /// `LWTUNNEL_IP_DST`.
    #[doc(alias = "LWTUNNEL_IP_DST")]
    pub const DST: u16 = 2;
    /// `LWTUNNEL_IP_SRC`.
    #[doc(alias = "LWTUNNEL_IP_SRC")]
    pub const SRC: u16 = 3;
    /// `LWTUNNEL_IP_TTL`.
    #[doc(alias = "LWTUNNEL_IP_TTL")]
    pub const TTL: u16 = 4;
    /// `LWTUNNEL_IP_TOS`.
    #[doc(alias = "LWTUNNEL_IP_TOS")]
    pub const TOS: u16 = 5;
    /// `LWTUNNEL_IP_FLAGS`.
    #[doc(alias = "LWTUNNEL_IP_FLAGS")]
    pub const FLAGS: u16 = 6;
}

/// Typed reads of an attribute chain of the set `lwtunnel-ip-attrs`.
#[derive(Clone, Debug, Default)]
pub struct LwtunnelIpAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> LwtunnelIpAttrs<'a> {
    /// `LWTUNNEL_IP_ID`.
    pub fn id(&self) -> Result<Option<u64>> {
        self.0.read(lwtunnel_ip_attrs::ID, crate::attr::Attr::be64)
    }
    /// `LWTUNNEL_IP_DST`.
    pub fn dst(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(lwtunnel_ip_attrs::DST, crate::attr::Attr::ip)
    }
    /// `LWTUNNEL_IP_SRC`.
    pub fn src(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(lwtunnel_ip_attrs::SRC, crate::attr::Attr::ip)
    }
    /// `LWTUNNEL_IP_TTL`.
    pub fn ttl(&self) -> Result<Option<u8>> {
        self.0.read(lwtunnel_ip_attrs::TTL, crate::attr::Attr::u8)
    }
    /// `LWTUNNEL_IP_TOS`.
    pub fn tos(&self) -> Result<Option<u8>> {
        self.0.read(lwtunnel_ip_attrs::TOS, crate::attr::Attr::u8)
    }
    /// `LWTUNNEL_IP_FLAGS`.
    pub fn flags(&self) -> Result<Option<u16>> {
        self.0.read(lwtunnel_ip_attrs::FLAGS, crate::attr::Attr::be16)
    }
}

/// `MPLS_IPTUNNEL_*`: the attribute set `mpls-iptunnel-attrs`.
pub static MPLS_IPTUNNEL_ATTRS: Space = Space {
    name: "mpls-iptunnel-attrs",
    prefix: "MPLS_IPTUNNEL_",
    attrs: &[
        AttrSpec { id: 1, name: "dst", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "ttl", ty: AttrType::U8 },
    ],
    by_name: &[0, 1, 2, 0],
};

/// Attribute numbers of [`MPLS_IPTUNNEL_ATTRS`].
pub mod mpls_iptunnel_attrs {
    /// `MPLS_IPTUNNEL_DST`.
    #[doc(alias = "MPLS_IPTUNNEL_DST")]
    pub const DST: u16 = 1;
    /// `MPLS_IPTUNNEL_TTL`.
    #[doc(alias = "MPLS_IPTUNNEL_TTL")]
    pub const TTL: u16 = 2;
}

/// Typed reads of an attribute chain of the set `mpls-iptunnel-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MplsIptunnelAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MplsIptunnelAttrs<'a> {
    /// `MPLS_IPTUNNEL_DST`.
    pub fn dst(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(mpls_iptunnel_attrs::DST, |a| Ok(a.payload()))
    }
    /// `MPLS_IPTUNNEL_TTL`.
    pub fn ttl(&self) -> Result<Option<u8>> {
        self.0.read(mpls_iptunnel_attrs::TTL, crate::attr::Attr::u8)
    }
}

/// Messages of `struct rtmsg` followed by `route-attrs`.
pub static ROUTE_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-route", header: &RTMSG, space: &ROUTE_ATTRS };
