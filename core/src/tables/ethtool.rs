//! Tables of the `ethtool` netlink spec.
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

/// Names of `udp-tunnel-type`.
pub static UDP_TUNNEL_TYPE: &[(u32, &str)] = &[(0, "vxlan"), (1, "geneve"), (2, "vxlan-gpe")];

/// Values of `udp-tunnel-type`.
pub mod udp_tunnel_type {
    /// `VXLAN`.
    pub const VXLAN: u32 = 0;
    /// `GENEVE`.
    pub const GENEVE: u32 = 1;
    /// `VXLAN_GPE`.
    pub const VXLAN_GPE: u32 = 2;
}

/// Names of `stringset`.
pub static STRINGSET: &[(u32, &str)] = &[];

/// Values of `stringset`.
pub mod stringset {}

/// Bit names of `header-flags`.
pub static HEADER_FLAGS: &[(u32, &str)] = &[(1, "compact-bitsets"), (2, "omit-reply"), (4, "stats")];

/// Bit masks of `header-flags`.
pub mod header_flags {
    /// `ETHTOOL_FLAG_COMPACT_BITSETS`.
    #[doc(alias = "ETHTOOL_FLAG_COMPACT_BITSETS")]
    pub const COMPACT_BITSETS: u32 = 1;
    /// `ETHTOOL_FLAG_OMIT_REPLY`.
    #[doc(alias = "ETHTOOL_FLAG_OMIT_REPLY")]
    pub const OMIT_REPLY: u32 = 2;
    /// `ETHTOOL_FLAG_STATS`.
    #[doc(alias = "ETHTOOL_FLAG_STATS")]
    pub const STATS: u32 = 4;
}

bitflags::bitflags! {
    /// The bits of `header-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct HeaderFlags: u32 {
        /// [`header_flags::COMPACT_BITSETS`].
        const COMPACT_BITSETS = header_flags::COMPACT_BITSETS;
        /// [`header_flags::OMIT_REPLY`].
        const OMIT_REPLY = header_flags::OMIT_REPLY;
        /// [`header_flags::STATS`].
        const STATS = header_flags::STATS;
    }
}

/// Names of `module-fw-flash-status`.
pub static MODULE_FW_FLASH_STATUS: &[(u32, &str)] =
    &[(0, "started"), (1, "in-progress"), (2, "completed"), (3, "error")];

/// Values of `module-fw-flash-status`.
pub mod module_fw_flash_status {
    /// `STARTED`.
    pub const STARTED: u32 = 0;
    /// `IN_PROGRESS`.
    pub const IN_PROGRESS: u32 = 1;
    /// `COMPLETED`.
    pub const COMPLETED: u32 = 2;
    /// `ERROR`.
    pub const ERROR: u32 = 3;
}

/// Names of `c33-pse-ext-state`.
pub static C33_PSE_EXT_STATE: &[(u32, &str)] = &[
    (0, "none"),
    (1, "error-condition"),
    (2, "mr-mps-valid"),
    (3, "mr-pse-enable"),
    (4, "option-detect-ted"),
    (5, "option-vport-lim"),
    (6, "ovld-detected"),
    (7, "power-not-available"),
    (8, "short-detected"),
];

/// Values of `c33-pse-ext-state`.
pub mod c33_pse_ext_state {
    /// `ETHTOOL_C33_PSE_EXT_STATE_NONE`.
    #[doc(alias = "ETHTOOL_C33_PSE_EXT_STATE_NONE")]
    pub const NONE: u32 = 0;
    /// `ETHTOOL_C33_PSE_EXT_STATE_ERROR_CONDITION`.
    #[doc(alias = "ETHTOOL_C33_PSE_EXT_STATE_ERROR_CONDITION")]
    pub const ERROR_CONDITION: u32 = 1;
    /// `ETHTOOL_C33_PSE_EXT_STATE_MR_MPS_VALID`.
    #[doc(alias = "ETHTOOL_C33_PSE_EXT_STATE_MR_MPS_VALID")]
    pub const MR_MPS_VALID: u32 = 2;
    /// `ETHTOOL_C33_PSE_EXT_STATE_MR_PSE_ENABLE`.
    #[doc(alias = "ETHTOOL_C33_PSE_EXT_STATE_MR_PSE_ENABLE")]
    pub const MR_PSE_ENABLE: u32 = 3;
    /// `ETHTOOL_C33_PSE_EXT_STATE_OPTION_DETECT_TED`.
    #[doc(alias = "ETHTOOL_C33_PSE_EXT_STATE_OPTION_DETECT_TED")]
    pub const OPTION_DETECT_TED: u32 = 4;
    /// `ETHTOOL_C33_PSE_EXT_STATE_OPTION_VPORT_LIM`.
    #[doc(alias = "ETHTOOL_C33_PSE_EXT_STATE_OPTION_VPORT_LIM")]
    pub const OPTION_VPORT_LIM: u32 = 5;
    /// `ETHTOOL_C33_PSE_EXT_STATE_OVLD_DETECTED`.
    #[doc(alias = "ETHTOOL_C33_PSE_EXT_STATE_OVLD_DETECTED")]
    pub const OVLD_DETECTED: u32 = 6;
    /// `ETHTOOL_C33_PSE_EXT_STATE_POWER_NOT_AVAILABLE`.
    #[doc(alias = "ETHTOOL_C33_PSE_EXT_STATE_POWER_NOT_AVAILABLE")]
    pub const POWER_NOT_AVAILABLE: u32 = 7;
    /// `ETHTOOL_C33_PSE_EXT_STATE_SHORT_DETECTED`.
    #[doc(alias = "ETHTOOL_C33_PSE_EXT_STATE_SHORT_DETECTED")]
    pub const SHORT_DETECTED: u32 = 8;
}

/// Names of `phy-upstream-type`.
pub static PHY_UPSTREAM_TYPE: &[(u32, &str)] = &[(0, "mac"), (1, "phy")];

/// Values of `phy-upstream-type`.
pub mod phy_upstream_type {
    /// `PHY_UPSTREAMMAC`.
    #[doc(alias = "PHY_UPSTREAMMAC")]
    pub const MAC: u32 = 0;
    /// `PHY_UPSTREAMPHY`.
    #[doc(alias = "PHY_UPSTREAMPHY")]
    pub const PHY: u32 = 1;
}

/// Names of `tcp-data-split`.
pub static TCP_DATA_SPLIT: &[(u32, &str)] = &[(0, "unknown"), (1, "disabled"), (2, "enabled")];

/// Values of `tcp-data-split`.
pub mod tcp_data_split {
    /// `UNKNOWN`.
    pub const UNKNOWN: u8 = 0;
    /// `DISABLED`.
    pub const DISABLED: u8 = 1;
    /// `ENABLED`.
    pub const ENABLED: u8 = 2;
}

/// Names of `hwtstamp-source`.
pub static HWTSTAMP_SOURCE: &[(u32, &str)] = &[(1, "netdev"), (2, "phylib")];

/// Values of `hwtstamp-source`.
pub mod hwtstamp_source {
    /// `HWTSTAMP_SOURCE_NETDEV`.
    #[doc(alias = "HWTSTAMP_SOURCE_NETDEV")]
    pub const NETDEV: u32 = 1;
    /// `HWTSTAMP_SOURCE_PHYLIB`.
    #[doc(alias = "HWTSTAMP_SOURCE_PHYLIB")]
    pub const PHYLIB: u32 = 2;
}

/// Bit names of `pse-event`.
pub static PSE_EVENT: &[(u32, &str)] = &[
    (1, "pse-event-over-current"),
    (2, "pse-event-over-temp"),
    (4, "c33-pse-event-detection"),
    (8, "c33-pse-event-classification"),
    (16, "c33-pse-event-disconnection"),
    (32, "pse-event-over-budget"),
    (64, "pse-event-sw-pw-control-error"),
];

/// Bit masks of `pse-event`.
pub mod pse_event {
    /// `ETHTOOL_PSE_EVENT_OVER_CURRENT`.
    #[doc(alias = "ETHTOOL_PSE_EVENT_OVER_CURRENT")]
    pub const PSE_EVENT_OVER_CURRENT: u32 = 1;
    /// `ETHTOOL_PSE_EVENT_OVER_TEMP`.
    #[doc(alias = "ETHTOOL_PSE_EVENT_OVER_TEMP")]
    pub const PSE_EVENT_OVER_TEMP: u32 = 2;
    /// `ETHTOOL_C33_PSE_EVENT_DETECTION`.
    #[doc(alias = "ETHTOOL_C33_PSE_EVENT_DETECTION")]
    pub const C33_PSE_EVENT_DETECTION: u32 = 4;
    /// `ETHTOOL_C33_PSE_EVENT_CLASSIFICATION`.
    #[doc(alias = "ETHTOOL_C33_PSE_EVENT_CLASSIFICATION")]
    pub const C33_PSE_EVENT_CLASSIFICATION: u32 = 8;
    /// `ETHTOOL_C33_PSE_EVENT_DISCONNECTION`.
    #[doc(alias = "ETHTOOL_C33_PSE_EVENT_DISCONNECTION")]
    pub const C33_PSE_EVENT_DISCONNECTION: u32 = 16;
    /// `ETHTOOL_PSE_EVENT_OVER_BUDGET`.
    #[doc(alias = "ETHTOOL_PSE_EVENT_OVER_BUDGET")]
    pub const PSE_EVENT_OVER_BUDGET: u32 = 32;
    /// `ETHTOOL_PSE_EVENT_SW_PW_CONTROL_ERROR`.
    #[doc(alias = "ETHTOOL_PSE_EVENT_SW_PW_CONTROL_ERROR")]
    pub const PSE_EVENT_SW_PW_CONTROL_ERROR: u32 = 64;
}

bitflags::bitflags! {
    /// The bits of `pse-event`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct PseEvent: u32 {
        /// [`pse_event::PSE_EVENT_OVER_CURRENT`].
        const PSE_EVENT_OVER_CURRENT = pse_event::PSE_EVENT_OVER_CURRENT;
        /// [`pse_event::PSE_EVENT_OVER_TEMP`].
        const PSE_EVENT_OVER_TEMP = pse_event::PSE_EVENT_OVER_TEMP;
        /// [`pse_event::C33_PSE_EVENT_DETECTION`].
        const C33_PSE_EVENT_DETECTION = pse_event::C33_PSE_EVENT_DETECTION;
        /// [`pse_event::C33_PSE_EVENT_CLASSIFICATION`].
        const C33_PSE_EVENT_CLASSIFICATION = pse_event::C33_PSE_EVENT_CLASSIFICATION;
        /// [`pse_event::C33_PSE_EVENT_DISCONNECTION`].
        const C33_PSE_EVENT_DISCONNECTION = pse_event::C33_PSE_EVENT_DISCONNECTION;
        /// [`pse_event::PSE_EVENT_OVER_BUDGET`].
        const PSE_EVENT_OVER_BUDGET = pse_event::PSE_EVENT_OVER_BUDGET;
        /// [`pse_event::PSE_EVENT_SW_PW_CONTROL_ERROR`].
        const PSE_EVENT_SW_PW_CONTROL_ERROR = pse_event::PSE_EVENT_SW_PW_CONTROL_ERROR;
    }
}

/// Bit names of `input-xfrm`.
pub static INPUT_XFRM: &[(u32, &str)] = &[(1, "sym-xor"), (2, "sym-or-xor")];

/// Bit masks of `input-xfrm`.
pub mod input_xfrm {
    /// `RXH_XFRM_SYM_XOR`.
    #[doc(alias = "RXH_XFRM_SYM_XOR")]
    pub const SYM_XOR: u32 = 1;
    /// `RXH_XFRM_SYM_OR_XOR`.
    #[doc(alias = "RXH_XFRM_SYM_OR_XOR")]
    pub const SYM_OR_XOR: u32 = 2;
}

bitflags::bitflags! {
    /// The bits of `input-xfrm`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct InputXfrm: u32 {
        /// [`input_xfrm::SYM_XOR`].
        const SYM_XOR = input_xfrm::SYM_XOR;
        /// [`input_xfrm::SYM_OR_XOR`].
        const SYM_OR_XOR = input_xfrm::SYM_OR_XOR;
    }
}

/// Bit names of `rxfh-fields`.
pub static RXFH_FIELDS: &[(u32, &str)] = &[
    (2, "l2da"),
    (4, "vlan"),
    (8, "l3-proto"),
    (16, "ip-src"),
    (32, "ip-dst"),
    (64, "l4-b-0-1"),
    (128, "l4-b-2-3"),
    (256, "gtp-teid"),
    (512, "ip6-fl"),
    (2147483648, "discard"),
];

/// Bit masks of `rxfh-fields`.
pub mod rxfh_fields {
    /// `RXH_L2DA`.
    #[doc(alias = "RXH_L2DA")]
    pub const L2DA: u32 = 2;
    /// `RXH_VLAN`.
    #[doc(alias = "RXH_VLAN")]
    pub const VLAN: u32 = 4;
    /// `RXH_L3_PROTO`.
    #[doc(alias = "RXH_L3_PROTO")]
    pub const L3_PROTO: u32 = 8;
    /// `RXH_IP_SRC`.
    #[doc(alias = "RXH_IP_SRC")]
    pub const IP_SRC: u32 = 16;
    /// `RXH_IP_DST`.
    #[doc(alias = "RXH_IP_DST")]
    pub const IP_DST: u32 = 32;
    /// `RXH_L4_B_0_1`.
    #[doc(alias = "RXH_L4_B_0_1")]
    pub const L4_B_0_1: u32 = 64;
    /// `RXH_L4_B_2_3`.
    #[doc(alias = "RXH_L4_B_2_3")]
    pub const L4_B_2_3: u32 = 128;
    /// `RXH_GTP_TEID`.
    #[doc(alias = "RXH_GTP_TEID")]
    pub const GTP_TEID: u32 = 256;
    /// `RXH_IP6_FL`.
    #[doc(alias = "RXH_IP6_FL")]
    pub const IP6_FL: u32 = 512;
    /// `RXH_DISCARD`.
    #[doc(alias = "RXH_DISCARD")]
    pub const DISCARD: u32 = 2147483648;
}

bitflags::bitflags! {
    /// The bits of `rxfh-fields`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct RxfhFields: u32 {
        /// [`rxfh_fields::L2DA`].
        const L2DA = rxfh_fields::L2DA;
        /// [`rxfh_fields::VLAN`].
        const VLAN = rxfh_fields::VLAN;
        /// [`rxfh_fields::L3_PROTO`].
        const L3_PROTO = rxfh_fields::L3_PROTO;
        /// [`rxfh_fields::IP_SRC`].
        const IP_SRC = rxfh_fields::IP_SRC;
        /// [`rxfh_fields::IP_DST`].
        const IP_DST = rxfh_fields::IP_DST;
        /// [`rxfh_fields::L4_B_0_1`].
        const L4_B_0_1 = rxfh_fields::L4_B_0_1;
        /// [`rxfh_fields::L4_B_2_3`].
        const L4_B_2_3 = rxfh_fields::L4_B_2_3;
        /// [`rxfh_fields::GTP_TEID`].
        const GTP_TEID = rxfh_fields::GTP_TEID;
        /// [`rxfh_fields::IP6_FL`].
        const IP6_FL = rxfh_fields::IP6_FL;
        /// [`rxfh_fields::DISCARD`].
        const DISCARD = rxfh_fields::DISCARD;
    }
}

/// `ETHTOOL_A_HEADER_*`: the attribute set `header`.
pub static HEADER: Space = Space {
    name: "header",
    prefix: "ETHTOOL_A_HEADER_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "dev_index", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "dev_name", ty: AttrType::Str },
        AttrSpec { id: 3, name: "flags", ty: AttrType::Bits(Scalar::U32, HEADER_FLAGS) },
        AttrSpec { id: 4, name: "phy_index", ty: AttrType::U32 },
    ],
    by_name: &[3, 0, 0, 0, 0, 5, 0, 0, 0, 2, 0, 0, 0, 1, 4, 0],
};

/// Attribute numbers of [`HEADER`].
pub mod header {
    /// `ETHTOOL_A_HEADER_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_HEADER_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_HEADER_DEV_INDEX`.
    #[doc(alias = "ETHTOOL_A_HEADER_DEV_INDEX")]
    pub const DEV_INDEX: u16 = 1;
    /// `ETHTOOL_A_HEADER_DEV_NAME`.
    #[doc(alias = "ETHTOOL_A_HEADER_DEV_NAME")]
    pub const DEV_NAME: u16 = 2;
    /// `ETHTOOL_A_HEADER_FLAGS`.
    #[doc(alias = "ETHTOOL_A_HEADER_FLAGS")]
    pub const FLAGS: u16 = 3;
    /// `ETHTOOL_A_HEADER_PHY_INDEX`.
    #[doc(alias = "ETHTOOL_A_HEADER_PHY_INDEX")]
    pub const PHY_INDEX: u16 = 4;
}

/// Typed reads of an attribute chain of the set `header`.
#[derive(Clone, Debug, Default)]
pub struct Header<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Header<'a> {
    /// `ETHTOOL_A_HEADER_DEV_INDEX`.
    pub fn dev_index(&self) -> Result<Option<u32>> {
        self.0.read(header::DEV_INDEX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_HEADER_DEV_NAME`.
    pub fn dev_name(&self) -> Result<Option<&'a str>> {
        self.0.read(header::DEV_NAME, crate::attr::Attr::str)
    }
    /// `ETHTOOL_A_HEADER_FLAGS`.
    pub fn flags(&self) -> Result<Option<HeaderFlags>> {
        self.0.read(header::FLAGS, |a| a.u32().map(HeaderFlags::from_bits_retain))
    }
    /// `ETHTOOL_A_HEADER_PHY_INDEX`.
    pub fn phy_index(&self) -> Result<Option<u32>> {
        self.0.read(header::PHY_INDEX, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_BITSET_BIT_*`: the attribute set `bitset-bit`.
pub static BITSET_BIT: Space = Space {
    name: "bitset-bit",
    prefix: "ETHTOOL_A_BITSET_BIT_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "index", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "name", ty: AttrType::Str },
        AttrSpec { id: 3, name: "value", ty: AttrType::Flag },
    ],
    by_name: &[0, 3, 0, 0, 0, 1, 4, 2],
};

/// Attribute numbers of [`BITSET_BIT`].
pub mod bitset_bit {
    /// `ETHTOOL_A_BITSET_BIT_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_BITSET_BIT_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_BITSET_BIT_INDEX`.
    #[doc(alias = "ETHTOOL_A_BITSET_BIT_INDEX")]
    pub const INDEX: u16 = 1;
    /// `ETHTOOL_A_BITSET_BIT_NAME`.
    #[doc(alias = "ETHTOOL_A_BITSET_BIT_NAME")]
    pub const NAME: u16 = 2;
    /// `ETHTOOL_A_BITSET_BIT_VALUE`.
    #[doc(alias = "ETHTOOL_A_BITSET_BIT_VALUE")]
    pub const VALUE: u16 = 3;
}

/// Typed reads of an attribute chain of the set `bitset-bit`.
#[derive(Clone, Debug, Default)]
pub struct BitsetBit<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BitsetBit<'a> {
    /// `ETHTOOL_A_BITSET_BIT_INDEX`.
    pub fn index(&self) -> Result<Option<u32>> {
        self.0.read(bitset_bit::INDEX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_BITSET_BIT_NAME`.
    pub fn name(&self) -> Result<Option<&'a str>> {
        self.0.read(bitset_bit::NAME, crate::attr::Attr::str)
    }
    /// `ETHTOOL_A_BITSET_BIT_VALUE`.
    pub fn value(&self) -> Result<bool> {
        self.0.flag(bitset_bit::VALUE)
    }
}

/// `ETHTOOL_A_BITSET_BITS_*`: the attribute set `bitset-bits`.
pub static BITSET_BITS: Space = Space {
    name: "bitset-bits",
    prefix: "ETHTOOL_A_BITSET_BITS_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "bit", ty: AttrType::Nested(&BITSET_BIT) },
    ],
    by_name: &[0, 1, 2, 0],
};

/// Attribute numbers of [`BITSET_BITS`].
pub mod bitset_bits {
    /// `ETHTOOL_A_BITSET_BITS_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_BITSET_BITS_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_BITSET_BITS_BIT`.
    #[doc(alias = "ETHTOOL_A_BITSET_BITS_BIT")]
    pub const BIT: u16 = 1;
}

/// Typed reads of an attribute chain of the set `bitset-bits`.
#[derive(Clone, Debug, Default)]
pub struct BitsetBits<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BitsetBits<'a> {
    /// `ETHTOOL_A_BITSET_BITS_BIT`.
    pub fn bit(&self) -> impl Iterator<Item = Result<BitsetBit<'a>>> + 'a {
        self.0.read_all(bitset_bits::BIT, |a| Ok(BitsetBit(a.nested())))
    }
}

/// `ETHTOOL_A_BITSET_*`: the attribute set `bitset`.
pub static BITSET: Space = Space {
    name: "bitset",
    prefix: "ETHTOOL_A_BITSET_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "nomask", ty: AttrType::Flag },
        AttrSpec { id: 2, name: "size", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "bits", ty: AttrType::Nested(&BITSET_BITS) },
        AttrSpec { id: 4, name: "value", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "mask", ty: AttrType::Bytes },
    ],
    by_name: &[6, 3, 4, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 5, 0],
};

/// Attribute numbers of [`BITSET`].
pub mod bitset {
    /// `ETHTOOL_A_BITSET_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_BITSET_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_BITSET_NOMASK`.
    #[doc(alias = "ETHTOOL_A_BITSET_NOMASK")]
    pub const NOMASK: u16 = 1;
    /// `ETHTOOL_A_BITSET_SIZE`.
    #[doc(alias = "ETHTOOL_A_BITSET_SIZE")]
    pub const SIZE: u16 = 2;
    /// `ETHTOOL_A_BITSET_BITS`.
    #[doc(alias = "ETHTOOL_A_BITSET_BITS")]
    pub const BITS: u16 = 3;
    /// `ETHTOOL_A_BITSET_VALUE`.
    #[doc(alias = "ETHTOOL_A_BITSET_VALUE")]
    pub const VALUE: u16 = 4;
    /// `ETHTOOL_A_BITSET_MASK`.
    #[doc(alias = "ETHTOOL_A_BITSET_MASK")]
    pub const MASK: u16 = 5;
}

/// Typed reads of an attribute chain of the set `bitset`.
#[derive(Clone, Debug, Default)]
pub struct Bitset<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Bitset<'a> {
    /// `ETHTOOL_A_BITSET_NOMASK`.
    pub fn nomask(&self) -> Result<bool> {
        self.0.flag(bitset::NOMASK)
    }
    /// `ETHTOOL_A_BITSET_SIZE`.
    pub fn size(&self) -> Result<Option<u32>> {
        self.0.read(bitset::SIZE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_BITSET_BITS`.
    pub fn bits(&self) -> Result<Option<BitsetBits<'a>>> {
        self.0.read(bitset::BITS, |a| Ok(BitsetBits(a.nested())))
    }
    /// `ETHTOOL_A_BITSET_VALUE`.
    pub fn value(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(bitset::VALUE, |a| Ok(a.payload()))
    }
    /// `ETHTOOL_A_BITSET_MASK`.
    pub fn mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(bitset::MASK, |a| Ok(a.payload()))
    }
}

/// `ETHTOOL_A_STRING_*`: the attribute set `string`.
pub static STRING: Space = Space {
    name: "string",
    prefix: "ETHTOOL_A_STRING_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "index", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "value", ty: AttrType::Str },
    ],
    by_name: &[0, 0, 0, 0, 0, 1, 3, 2],
};

/// Attribute numbers of [`STRING`].
pub mod string {
    /// `ETHTOOL_A_STRING_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_STRING_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_STRING_INDEX`.
    #[doc(alias = "ETHTOOL_A_STRING_INDEX")]
    pub const INDEX: u16 = 1;
    /// `ETHTOOL_A_STRING_VALUE`.
    #[doc(alias = "ETHTOOL_A_STRING_VALUE")]
    pub const VALUE: u16 = 2;
}

/// Typed reads of an attribute chain of the set `string`.
#[derive(Clone, Debug, Default)]
pub struct String<'a>(pub crate::attr::Attrs<'a>);

impl<'a> String<'a> {
    /// `ETHTOOL_A_STRING_INDEX`.
    pub fn index(&self) -> Result<Option<u32>> {
        self.0.read(string::INDEX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_STRING_VALUE`.
    pub fn value(&self) -> Result<Option<&'a str>> {
        self.0.read(string::VALUE, crate::attr::Attr::str)
    }
}

/// `ETHTOOL_A_STRINGS_*`: the attribute set `strings`.
pub static STRINGS: Space = Space {
    name: "strings",
    prefix: "ETHTOOL_A_STRINGS_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "string", ty: AttrType::Nested(&STRING) },
    ],
    by_name: &[0, 1, 2, 0],
};

/// Attribute numbers of [`STRINGS`].
pub mod strings {
    /// `ETHTOOL_A_STRINGS_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_STRINGS_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_STRINGS_STRING`.
    #[doc(alias = "ETHTOOL_A_STRINGS_STRING")]
    pub const STRING: u16 = 1;
}

/// Typed reads of an attribute chain of the set `strings`.
#[derive(Clone, Debug, Default)]
pub struct Strings<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Strings<'a> {
    /// `ETHTOOL_A_STRINGS_STRING`.
    pub fn string(&self) -> impl Iterator<Item = Result<String<'a>>> + 'a {
        self.0.read_all(strings::STRING, |a| Ok(String(a.nested())))
    }
}

/// `ETHTOOL_A_STRINGSET_*`: the attribute set `stringset`.
pub static STRINGSET_SET: Space = Space {
    name: "stringset",
    prefix: "ETHTOOL_A_STRINGSET_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "count", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "strings", ty: AttrType::Nested(&STRINGS) },
    ],
    by_name: &[3, 0, 0, 4, 2, 1, 0, 0],
};

/// Attribute numbers of [`STRINGSET_SET`].
pub mod stringset_set {
    /// `ETHTOOL_A_STRINGSET_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_STRINGSET_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_STRINGSET_ID`.
    #[doc(alias = "ETHTOOL_A_STRINGSET_ID")]
    pub const ID: u16 = 1;
    /// `ETHTOOL_A_STRINGSET_COUNT`.
    #[doc(alias = "ETHTOOL_A_STRINGSET_COUNT")]
    pub const COUNT: u16 = 2;
    /// `ETHTOOL_A_STRINGSET_STRINGS`.
    #[doc(alias = "ETHTOOL_A_STRINGSET_STRINGS")]
    pub const STRINGS: u16 = 3;
}

/// Typed reads of an attribute chain of the set `stringset`.
#[derive(Clone, Debug, Default)]
pub struct StringsetSet<'a>(pub crate::attr::Attrs<'a>);

impl<'a> StringsetSet<'a> {
    /// `ETHTOOL_A_STRINGSET_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(stringset_set::ID, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_STRINGSET_COUNT`.
    pub fn count(&self) -> Result<Option<u32>> {
        self.0.read(stringset_set::COUNT, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_STRINGSET_STRINGS`.
    pub fn strings(&self) -> impl Iterator<Item = Result<Strings<'a>>> + 'a {
        self.0.read_all(stringset_set::STRINGS, |a| Ok(Strings(a.nested())))
    }
}

/// `ETHTOOL_A_STRINGSETS_*`: the attribute set `stringsets`.
pub static STRINGSETS: Space = Space {
    name: "stringsets",
    prefix: "ETHTOOL_A_STRINGSETS_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "stringset", ty: AttrType::Nested(&STRINGSET_SET) },
    ],
    by_name: &[0, 1, 0, 2],
};

/// Attribute numbers of [`STRINGSETS`].
pub mod stringsets {
    /// `ETHTOOL_A_STRINGSETS_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_STRINGSETS_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_STRINGSETS_STRINGSET`.
    #[doc(alias = "ETHTOOL_A_STRINGSETS_STRINGSET")]
    pub const STRINGSET: u16 = 1;
}

/// Typed reads of an attribute chain of the set `stringsets`.
#[derive(Clone, Debug, Default)]
pub struct Stringsets<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Stringsets<'a> {
    /// `ETHTOOL_A_STRINGSETS_STRINGSET`.
    pub fn stringset(&self) -> impl Iterator<Item = Result<StringsetSet<'a>>> + 'a {
        self.0.read_all(stringsets::STRINGSET, |a| Ok(StringsetSet(a.nested())))
    }
}

/// `ETHTOOL_A_STRSET_*`: the attribute set `strset`.
pub static STRSET: Space = Space {
    name: "strset",
    prefix: "ETHTOOL_A_STRSET_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "stringsets", ty: AttrType::Nested(&STRINGSETS) },
        AttrSpec { id: 3, name: "counts_only", ty: AttrType::Flag },
    ],
    by_name: &[0, 0, 0, 4, 3, 1, 2, 0],
};

/// Attribute numbers of [`STRSET`].
pub mod strset {
    /// `ETHTOOL_A_STRSET_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_STRSET_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_STRSET_HEADER`.
    #[doc(alias = "ETHTOOL_A_STRSET_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_STRSET_STRINGSETS`.
    #[doc(alias = "ETHTOOL_A_STRSET_STRINGSETS")]
    pub const STRINGSETS: u16 = 2;
    /// `ETHTOOL_A_STRSET_COUNTS_ONLY`.
    #[doc(alias = "ETHTOOL_A_STRSET_COUNTS_ONLY")]
    pub const COUNTS_ONLY: u16 = 3;
}

/// Typed reads of an attribute chain of the set `strset`.
#[derive(Clone, Debug, Default)]
pub struct Strset<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Strset<'a> {
    /// `ETHTOOL_A_STRSET_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(strset::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_STRSET_STRINGSETS`.
    pub fn stringsets(&self) -> Result<Option<Stringsets<'a>>> {
        self.0.read(strset::STRINGSETS, |a| Ok(Stringsets(a.nested())))
    }
    /// `ETHTOOL_A_STRSET_COUNTS_ONLY`.
    pub fn counts_only(&self) -> Result<bool> {
        self.0.flag(strset::COUNTS_ONLY)
    }
}

/// `ETHTOOL_A_PRIVFLAGS_*`: the attribute set `privflags`.
pub static PRIVFLAGS: Space = Space {
    name: "privflags",
    prefix: "ETHTOOL_A_PRIVFLAGS_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "flags", ty: AttrType::Nested(&BITSET) },
    ],
    by_name: &[0, 0, 0, 0, 0, 1, 2, 3],
};

/// Attribute numbers of [`PRIVFLAGS`].
pub mod privflags {
    /// `ETHTOOL_A_PRIVFLAGS_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_PRIVFLAGS_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_PRIVFLAGS_HEADER`.
    #[doc(alias = "ETHTOOL_A_PRIVFLAGS_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_PRIVFLAGS_FLAGS`.
    #[doc(alias = "ETHTOOL_A_PRIVFLAGS_FLAGS")]
    pub const FLAGS: u16 = 2;
}

/// Typed reads of an attribute chain of the set `privflags`.
#[derive(Clone, Debug, Default)]
pub struct Privflags<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Privflags<'a> {
    /// `ETHTOOL_A_PRIVFLAGS_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(privflags::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_PRIVFLAGS_FLAGS`.
    pub fn flags(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(privflags::FLAGS, |a| Ok(Bitset(a.nested())))
    }
}

/// `ETHTOOL_A_RINGS_*`: the attribute set `rings`.
pub static RINGS: Space = Space {
    name: "rings",
    prefix: "ETHTOOL_A_RINGS_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "rx_max", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "rx_mini_max", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "rx_jumbo_max", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "tx_max", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "rx", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "rx_mini", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "rx_jumbo", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "tx", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "rx_buf_len", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "tcp_data_split", ty: AttrType::Enum(Scalar::U8, TCP_DATA_SPLIT) },
        AttrSpec { id: 12, name: "cqe_size", ty: AttrType::U32 },
        AttrSpec { id: 13, name: "tx_push", ty: AttrType::U8 },
        AttrSpec { id: 14, name: "rx_push", ty: AttrType::U8 },
        AttrSpec { id: 15, name: "tx_push_buf_len", ty: AttrType::U32 },
        AttrSpec { id: 16, name: "tx_push_buf_len_max", ty: AttrType::U32 },
        AttrSpec { id: 17, name: "hds_thresh", ty: AttrType::U32 },
        AttrSpec { id: 18, name: "hds_thresh_max", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 1, 14, 0, 0, 0, 0, 0, 0, 0, 0, 18, 0, 0, 0, 0, 0, 0, 8, 0, 0,
        0, 6, 9, 3, 15, 19, 16, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 17, 0, 5, 0, 10, 0, 7, 4, 11,
    ],
};

/// Attribute numbers of [`RINGS`].
pub mod rings {
    /// `ETHTOOL_A_RINGS_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_RINGS_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_RINGS_HEADER`.
    #[doc(alias = "ETHTOOL_A_RINGS_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_RINGS_RX_MAX`.
    #[doc(alias = "ETHTOOL_A_RINGS_RX_MAX")]
    pub const RX_MAX: u16 = 2;
    /// `ETHTOOL_A_RINGS_RX_MINI_MAX`.
    #[doc(alias = "ETHTOOL_A_RINGS_RX_MINI_MAX")]
    pub const RX_MINI_MAX: u16 = 3;
    /// `ETHTOOL_A_RINGS_RX_JUMBO_MAX`.
    #[doc(alias = "ETHTOOL_A_RINGS_RX_JUMBO_MAX")]
    pub const RX_JUMBO_MAX: u16 = 4;
    /// `ETHTOOL_A_RINGS_TX_MAX`.
    #[doc(alias = "ETHTOOL_A_RINGS_TX_MAX")]
    pub const TX_MAX: u16 = 5;
    /// `ETHTOOL_A_RINGS_RX`.
    #[doc(alias = "ETHTOOL_A_RINGS_RX")]
    pub const RX: u16 = 6;
    /// `ETHTOOL_A_RINGS_RX_MINI`.
    #[doc(alias = "ETHTOOL_A_RINGS_RX_MINI")]
    pub const RX_MINI: u16 = 7;
    /// `ETHTOOL_A_RINGS_RX_JUMBO`.
    #[doc(alias = "ETHTOOL_A_RINGS_RX_JUMBO")]
    pub const RX_JUMBO: u16 = 8;
    /// `ETHTOOL_A_RINGS_TX`.
    #[doc(alias = "ETHTOOL_A_RINGS_TX")]
    pub const TX: u16 = 9;
    /// `ETHTOOL_A_RINGS_RX_BUF_LEN`.
    #[doc(alias = "ETHTOOL_A_RINGS_RX_BUF_LEN")]
    pub const RX_BUF_LEN: u16 = 10;
    /// `ETHTOOL_A_RINGS_TCP_DATA_SPLIT`.
    #[doc(alias = "ETHTOOL_A_RINGS_TCP_DATA_SPLIT")]
    pub const TCP_DATA_SPLIT: u16 = 11;
    /// `ETHTOOL_A_RINGS_CQE_SIZE`.
    #[doc(alias = "ETHTOOL_A_RINGS_CQE_SIZE")]
    pub const CQE_SIZE: u16 = 12;
    /// `ETHTOOL_A_RINGS_TX_PUSH`.
    #[doc(alias = "ETHTOOL_A_RINGS_TX_PUSH")]
    pub const TX_PUSH: u16 = 13;
    /// `ETHTOOL_A_RINGS_RX_PUSH`.
    #[doc(alias = "ETHTOOL_A_RINGS_RX_PUSH")]
    pub const RX_PUSH: u16 = 14;
    /// `ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN`.
    #[doc(alias = "ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN")]
    pub const TX_PUSH_BUF_LEN: u16 = 15;
    /// `ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX`.
    #[doc(alias = "ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX")]
    pub const TX_PUSH_BUF_LEN_MAX: u16 = 16;
    /// `ETHTOOL_A_RINGS_HDS_THRESH`.
    #[doc(alias = "ETHTOOL_A_RINGS_HDS_THRESH")]
    pub const HDS_THRESH: u16 = 17;
    /// `ETHTOOL_A_RINGS_HDS_THRESH_MAX`.
    #[doc(alias = "ETHTOOL_A_RINGS_HDS_THRESH_MAX")]
    pub const HDS_THRESH_MAX: u16 = 18;
}

/// Typed reads of an attribute chain of the set `rings`.
#[derive(Clone, Debug, Default)]
pub struct Rings<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Rings<'a> {
    /// `ETHTOOL_A_RINGS_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(rings::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_RINGS_RX_MAX`.
    pub fn rx_max(&self) -> Result<Option<u32>> {
        self.0.read(rings::RX_MAX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_RX_MINI_MAX`.
    pub fn rx_mini_max(&self) -> Result<Option<u32>> {
        self.0.read(rings::RX_MINI_MAX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_RX_JUMBO_MAX`.
    pub fn rx_jumbo_max(&self) -> Result<Option<u32>> {
        self.0.read(rings::RX_JUMBO_MAX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_TX_MAX`.
    pub fn tx_max(&self) -> Result<Option<u32>> {
        self.0.read(rings::TX_MAX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_RX`.
    pub fn rx(&self) -> Result<Option<u32>> {
        self.0.read(rings::RX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_RX_MINI`.
    pub fn rx_mini(&self) -> Result<Option<u32>> {
        self.0.read(rings::RX_MINI, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_RX_JUMBO`.
    pub fn rx_jumbo(&self) -> Result<Option<u32>> {
        self.0.read(rings::RX_JUMBO, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_TX`.
    pub fn tx(&self) -> Result<Option<u32>> {
        self.0.read(rings::TX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_RX_BUF_LEN`.
    pub fn rx_buf_len(&self) -> Result<Option<u32>> {
        self.0.read(rings::RX_BUF_LEN, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_TCP_DATA_SPLIT`.
    pub fn tcp_data_split(&self) -> Result<Option<u8>> {
        self.0.read(rings::TCP_DATA_SPLIT, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_RINGS_CQE_SIZE`.
    pub fn cqe_size(&self) -> Result<Option<u32>> {
        self.0.read(rings::CQE_SIZE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_TX_PUSH`.
    pub fn tx_push(&self) -> Result<Option<u8>> {
        self.0.read(rings::TX_PUSH, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_RINGS_RX_PUSH`.
    pub fn rx_push(&self) -> Result<Option<u8>> {
        self.0.read(rings::RX_PUSH, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN`.
    pub fn tx_push_buf_len(&self) -> Result<Option<u32>> {
        self.0.read(rings::TX_PUSH_BUF_LEN, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX`.
    pub fn tx_push_buf_len_max(&self) -> Result<Option<u32>> {
        self.0.read(rings::TX_PUSH_BUF_LEN_MAX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_HDS_THRESH`.
    pub fn hds_thresh(&self) -> Result<Option<u32>> {
        self.0.read(rings::HDS_THRESH, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RINGS_HDS_THRESH_MAX`.
    pub fn hds_thresh_max(&self) -> Result<Option<u32>> {
        self.0.read(rings::HDS_THRESH_MAX, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_MM_STAT_*`: the attribute set `mm-stat`.
pub static MM_STAT: Space = Space {
    name: "mm-stat",
    prefix: "ETHTOOL_A_MM_STAT_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "reassembly_errors", ty: AttrType::U64 },
        AttrSpec { id: 3, name: "smd_errors", ty: AttrType::U64 },
        AttrSpec { id: 4, name: "reassembly_ok", ty: AttrType::U64 },
        AttrSpec { id: 5, name: "rx_frag_count", ty: AttrType::U64 },
        AttrSpec { id: 6, name: "tx_frag_count", ty: AttrType::U64 },
        AttrSpec { id: 7, name: "hold_count", ty: AttrType::U64 },
    ],
    by_name: &[8, 4, 0, 2, 3, 0, 5, 7, 0, 0, 0, 0, 0, 1, 6, 0],
};

/// Attribute numbers of [`MM_STAT`].
pub mod mm_stat {
    /// `ETHTOOL_A_MM_STAT_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_MM_STAT_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_MM_STAT_PAD`.
    #[doc(alias = "ETHTOOL_A_MM_STAT_PAD")]
    pub const PAD: u16 = 1;
    /// `ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS`.
    #[doc(alias = "ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS")]
    pub const REASSEMBLY_ERRORS: u16 = 2;
    /// `ETHTOOL_A_MM_STAT_SMD_ERRORS`.
    #[doc(alias = "ETHTOOL_A_MM_STAT_SMD_ERRORS")]
    pub const SMD_ERRORS: u16 = 3;
    /// `ETHTOOL_A_MM_STAT_REASSEMBLY_OK`.
    #[doc(alias = "ETHTOOL_A_MM_STAT_REASSEMBLY_OK")]
    pub const REASSEMBLY_OK: u16 = 4;
    /// `ETHTOOL_A_MM_STAT_RX_FRAG_COUNT`.
    #[doc(alias = "ETHTOOL_A_MM_STAT_RX_FRAG_COUNT")]
    pub const RX_FRAG_COUNT: u16 = 5;
    /// `ETHTOOL_A_MM_STAT_TX_FRAG_COUNT`.
    #[doc(alias = "ETHTOOL_A_MM_STAT_TX_FRAG_COUNT")]
    pub const TX_FRAG_COUNT: u16 = 6;
    /// `ETHTOOL_A_MM_STAT_HOLD_COUNT`.
    #[doc(alias = "ETHTOOL_A_MM_STAT_HOLD_COUNT")]
    pub const HOLD_COUNT: u16 = 7;
}

/// Typed reads of an attribute chain of the set `mm-stat`.
#[derive(Clone, Debug, Default)]
pub struct MmStat<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MmStat<'a> {
    /// `ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS`.
    pub fn reassembly_errors(&self) -> Result<Option<u64>> {
        self.0.read(mm_stat::REASSEMBLY_ERRORS, crate::attr::Attr::u64)
    }
    /// `ETHTOOL_A_MM_STAT_SMD_ERRORS`.
    pub fn smd_errors(&self) -> Result<Option<u64>> {
        self.0.read(mm_stat::SMD_ERRORS, crate::attr::Attr::u64)
    }
    /// `ETHTOOL_A_MM_STAT_REASSEMBLY_OK`.
    pub fn reassembly_ok(&self) -> Result<Option<u64>> {
        self.0.read(mm_stat::REASSEMBLY_OK, crate::attr::Attr::u64)
    }
    /// `ETHTOOL_A_MM_STAT_RX_FRAG_COUNT`.
    pub fn rx_frag_count(&self) -> Result<Option<u64>> {
        self.0.read(mm_stat::RX_FRAG_COUNT, crate::attr::Attr::u64)
    }
    /// `ETHTOOL_A_MM_STAT_TX_FRAG_COUNT`.
    pub fn tx_frag_count(&self) -> Result<Option<u64>> {
        self.0.read(mm_stat::TX_FRAG_COUNT, crate::attr::Attr::u64)
    }
    /// `ETHTOOL_A_MM_STAT_HOLD_COUNT`.
    pub fn hold_count(&self) -> Result<Option<u64>> {
        self.0.read(mm_stat::HOLD_COUNT, crate::attr::Attr::u64)
    }
}

/// `ETHTOOL_A_MM_*`: the attribute set `mm`.
pub static MM: Space = Space {
    name: "mm",
    prefix: "ETHTOOL_A_MM_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "pmac_enabled", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "tx_enabled", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "tx_active", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "tx_min_frag_size", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "rx_min_frag_size", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "verify_enabled", ty: AttrType::U8 },
        AttrSpec { id: 8, name: "verify_status", ty: AttrType::U8 },
        AttrSpec { id: 9, name: "verify_time", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "max_verify_time", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "stats", ty: AttrType::Nested(&MM_STAT) },
    ],
    by_name: &[
        0, 0, 0, 0, 5, 6, 0, 0, 0, 0, 0, 0, 8, 1, 4, 0, 0, 12, 0, 0, 9, 2, 10, 0, 0, 0, 0, 3, 0, 0, 7, 11,
    ],
};

/// Attribute numbers of [`MM`].
pub mod mm {
    /// `ETHTOOL_A_MM_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_MM_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_MM_HEADER`.
    #[doc(alias = "ETHTOOL_A_MM_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_MM_PMAC_ENABLED`.
    #[doc(alias = "ETHTOOL_A_MM_PMAC_ENABLED")]
    pub const PMAC_ENABLED: u16 = 2;
    /// `ETHTOOL_A_MM_TX_ENABLED`.
    #[doc(alias = "ETHTOOL_A_MM_TX_ENABLED")]
    pub const TX_ENABLED: u16 = 3;
    /// `ETHTOOL_A_MM_TX_ACTIVE`.
    #[doc(alias = "ETHTOOL_A_MM_TX_ACTIVE")]
    pub const TX_ACTIVE: u16 = 4;
    /// `ETHTOOL_A_MM_TX_MIN_FRAG_SIZE`.
    #[doc(alias = "ETHTOOL_A_MM_TX_MIN_FRAG_SIZE")]
    pub const TX_MIN_FRAG_SIZE: u16 = 5;
    /// `ETHTOOL_A_MM_RX_MIN_FRAG_SIZE`.
    #[doc(alias = "ETHTOOL_A_MM_RX_MIN_FRAG_SIZE")]
    pub const RX_MIN_FRAG_SIZE: u16 = 6;
    /// `ETHTOOL_A_MM_VERIFY_ENABLED`.
    #[doc(alias = "ETHTOOL_A_MM_VERIFY_ENABLED")]
    pub const VERIFY_ENABLED: u16 = 7;
    /// `ETHTOOL_A_MM_VERIFY_STATUS`.
    #[doc(alias = "ETHTOOL_A_MM_VERIFY_STATUS")]
    pub const VERIFY_STATUS: u16 = 8;
    /// `ETHTOOL_A_MM_VERIFY_TIME`.
    #[doc(alias = "ETHTOOL_A_MM_VERIFY_TIME")]
    pub const VERIFY_TIME: u16 = 9;
    /// `ETHTOOL_A_MM_MAX_VERIFY_TIME`.
    #[doc(alias = "ETHTOOL_A_MM_MAX_VERIFY_TIME")]
    pub const MAX_VERIFY_TIME: u16 = 10;
    /// `ETHTOOL_A_MM_STATS`.
    #[doc(alias = "ETHTOOL_A_MM_STATS")]
    pub const STATS: u16 = 11;
}

/// Typed reads of an attribute chain of the set `mm`.
#[derive(Clone, Debug, Default)]
pub struct Mm<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Mm<'a> {
    /// `ETHTOOL_A_MM_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(mm::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_MM_PMAC_ENABLED`.
    pub fn pmac_enabled(&self) -> Result<Option<u8>> {
        self.0.read(mm::PMAC_ENABLED, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_MM_TX_ENABLED`.
    pub fn tx_enabled(&self) -> Result<Option<u8>> {
        self.0.read(mm::TX_ENABLED, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_MM_TX_ACTIVE`.
    pub fn tx_active(&self) -> Result<Option<u8>> {
        self.0.read(mm::TX_ACTIVE, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_MM_TX_MIN_FRAG_SIZE`.
    pub fn tx_min_frag_size(&self) -> Result<Option<u32>> {
        self.0.read(mm::TX_MIN_FRAG_SIZE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_MM_RX_MIN_FRAG_SIZE`.
    pub fn rx_min_frag_size(&self) -> Result<Option<u32>> {
        self.0.read(mm::RX_MIN_FRAG_SIZE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_MM_VERIFY_ENABLED`.
    pub fn verify_enabled(&self) -> Result<Option<u8>> {
        self.0.read(mm::VERIFY_ENABLED, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_MM_VERIFY_STATUS`.
    pub fn verify_status(&self) -> Result<Option<u8>> {
        self.0.read(mm::VERIFY_STATUS, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_MM_VERIFY_TIME`.
    pub fn verify_time(&self) -> Result<Option<u32>> {
        self.0.read(mm::VERIFY_TIME, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_MM_MAX_VERIFY_TIME`.
    pub fn max_verify_time(&self) -> Result<Option<u32>> {
        self.0.read(mm::MAX_VERIFY_TIME, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_MM_STATS`.
    pub fn stats(&self) -> Result<Option<MmStat<'a>>> {
        self.0.read(mm::STATS, |a| Ok(MmStat(a.nested())))
    }
}

/// `ETHTOOL_A_LINKINFO_*`: the attribute set `linkinfo`.
pub static LINKINFO: Space = Space {
    name: "linkinfo",
    prefix: "ETHTOOL_A_LINKINFO_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "port", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "phyaddr", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "tp_mdix", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "tp_mdix_ctrl", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "transceiver", ty: AttrType::U8 },
    ],
    by_name: &[0, 4, 0, 0, 0, 2, 0, 0, 0, 6, 0, 5, 7, 1, 0, 3],
};

/// Attribute numbers of [`LINKINFO`].
pub mod linkinfo {
    /// `ETHTOOL_A_LINKINFO_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_LINKINFO_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_LINKINFO_HEADER`.
    #[doc(alias = "ETHTOOL_A_LINKINFO_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_LINKINFO_PORT`.
    #[doc(alias = "ETHTOOL_A_LINKINFO_PORT")]
    pub const PORT: u16 = 2;
    /// `ETHTOOL_A_LINKINFO_PHYADDR`.
    #[doc(alias = "ETHTOOL_A_LINKINFO_PHYADDR")]
    pub const PHYADDR: u16 = 3;
    /// `ETHTOOL_A_LINKINFO_TP_MDIX`.
    #[doc(alias = "ETHTOOL_A_LINKINFO_TP_MDIX")]
    pub const TP_MDIX: u16 = 4;
    /// `ETHTOOL_A_LINKINFO_TP_MDIX_CTRL`.
    #[doc(alias = "ETHTOOL_A_LINKINFO_TP_MDIX_CTRL")]
    pub const TP_MDIX_CTRL: u16 = 5;
    /// `ETHTOOL_A_LINKINFO_TRANSCEIVER`.
    #[doc(alias = "ETHTOOL_A_LINKINFO_TRANSCEIVER")]
    pub const TRANSCEIVER: u16 = 6;
}

/// Typed reads of an attribute chain of the set `linkinfo`.
#[derive(Clone, Debug, Default)]
pub struct Linkinfo<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Linkinfo<'a> {
    /// `ETHTOOL_A_LINKINFO_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(linkinfo::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_LINKINFO_PORT`.
    pub fn port(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo::PORT, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_LINKINFO_PHYADDR`.
    pub fn phyaddr(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo::PHYADDR, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_LINKINFO_TP_MDIX`.
    pub fn tp_mdix(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo::TP_MDIX, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_LINKINFO_TP_MDIX_CTRL`.
    pub fn tp_mdix_ctrl(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo::TP_MDIX_CTRL, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_LINKINFO_TRANSCEIVER`.
    pub fn transceiver(&self) -> Result<Option<u8>> {
        self.0.read(linkinfo::TRANSCEIVER, crate::attr::Attr::u8)
    }
}

/// `ETHTOOL_A_LINKMODES_*`: the attribute set `linkmodes`.
pub static LINKMODES: Space = Space {
    name: "linkmodes",
    prefix: "ETHTOOL_A_LINKMODES_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "autoneg", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "ours", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 4, name: "peer", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 5, name: "speed", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "duplex", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "master_slave_cfg", ty: AttrType::U8 },
        AttrSpec { id: 8, name: "master_slave_state", ty: AttrType::U8 },
        AttrSpec { id: 9, name: "lanes", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "rate_matching", ty: AttrType::U8 },
    ],
    by_name: &[
        6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 7, 0, 1, 0, 0, 0, 0, 5, 4, 0, 2, 0, 10, 0, 0, 0, 3, 8, 0, 11, 0,
    ],
};

/// Attribute numbers of [`LINKMODES`].
pub mod linkmodes {
    /// `ETHTOOL_A_LINKMODES_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_LINKMODES_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_LINKMODES_HEADER`.
    #[doc(alias = "ETHTOOL_A_LINKMODES_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_LINKMODES_AUTONEG`.
    #[doc(alias = "ETHTOOL_A_LINKMODES_AUTONEG")]
    pub const AUTONEG: u16 = 2;
    /// `ETHTOOL_A_LINKMODES_OURS`.
    #[doc(alias = "ETHTOOL_A_LINKMODES_OURS")]
    pub const OURS: u16 = 3;
    /// `ETHTOOL_A_LINKMODES_PEER`.
    #[doc(alias = "ETHTOOL_A_LINKMODES_PEER")]
    pub const PEER: u16 = 4;
    /// `ETHTOOL_A_LINKMODES_SPEED`.
    #[doc(alias = "ETHTOOL_A_LINKMODES_SPEED")]
    pub const SPEED: u16 = 5;
    /// `ETHTOOL_A_LINKMODES_DUPLEX`.
    #[doc(alias = "ETHTOOL_A_LINKMODES_DUPLEX")]
    pub const DUPLEX: u16 = 6;
    /// `ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG`.
    #[doc(alias = "ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG")]
    pub const MASTER_SLAVE_CFG: u16 = 7;
    /// `ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE`.
    #[doc(alias = "ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE")]
    pub const MASTER_SLAVE_STATE: u16 = 8;
    /// `ETHTOOL_A_LINKMODES_LANES`.
    #[doc(alias = "ETHTOOL_A_LINKMODES_LANES")]
    pub const LANES: u16 = 9;
    /// `ETHTOOL_A_LINKMODES_RATE_MATCHING`.
    #[doc(alias = "ETHTOOL_A_LINKMODES_RATE_MATCHING")]
    pub const RATE_MATCHING: u16 = 10;
}

/// Typed reads of an attribute chain of the set `linkmodes`.
#[derive(Clone, Debug, Default)]
pub struct Linkmodes<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Linkmodes<'a> {
    /// `ETHTOOL_A_LINKMODES_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(linkmodes::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_LINKMODES_AUTONEG`.
    pub fn autoneg(&self) -> Result<Option<u8>> {
        self.0.read(linkmodes::AUTONEG, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_LINKMODES_OURS`.
    pub fn ours(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(linkmodes::OURS, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_LINKMODES_PEER`.
    pub fn peer(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(linkmodes::PEER, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_LINKMODES_SPEED`.
    pub fn speed(&self) -> Result<Option<u32>> {
        self.0.read(linkmodes::SPEED, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_LINKMODES_DUPLEX`.
    pub fn duplex(&self) -> Result<Option<u8>> {
        self.0.read(linkmodes::DUPLEX, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG`.
    pub fn master_slave_cfg(&self) -> Result<Option<u8>> {
        self.0.read(linkmodes::MASTER_SLAVE_CFG, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE`.
    pub fn master_slave_state(&self) -> Result<Option<u8>> {
        self.0.read(linkmodes::MASTER_SLAVE_STATE, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_LINKMODES_LANES`.
    pub fn lanes(&self) -> Result<Option<u32>> {
        self.0.read(linkmodes::LANES, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_LINKMODES_RATE_MATCHING`.
    pub fn rate_matching(&self) -> Result<Option<u8>> {
        self.0.read(linkmodes::RATE_MATCHING, crate::attr::Attr::u8)
    }
}

/// `ETHTOOL_A_LINKSTATE_*`: the attribute set `linkstate`.
pub static LINKSTATE: Space = Space {
    name: "linkstate",
    prefix: "ETHTOOL_A_LINKSTATE_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "link", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "sqi", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "sqi_max", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "ext_state", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "ext_substate", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "ext_down_cnt", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 0, 0, 0, 2, 3, 7, 5, 8, 0, 0, 0, 1, 4, 6],
};

/// Attribute numbers of [`LINKSTATE`].
pub mod linkstate {
    /// `ETHTOOL_A_LINKSTATE_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_LINKSTATE_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_LINKSTATE_HEADER`.
    #[doc(alias = "ETHTOOL_A_LINKSTATE_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_LINKSTATE_LINK`.
    #[doc(alias = "ETHTOOL_A_LINKSTATE_LINK")]
    pub const LINK: u16 = 2;
    /// `ETHTOOL_A_LINKSTATE_SQI`.
    #[doc(alias = "ETHTOOL_A_LINKSTATE_SQI")]
    pub const SQI: u16 = 3;
    /// `ETHTOOL_A_LINKSTATE_SQI_MAX`.
    #[doc(alias = "ETHTOOL_A_LINKSTATE_SQI_MAX")]
    pub const SQI_MAX: u16 = 4;
    /// `ETHTOOL_A_LINKSTATE_EXT_STATE`.
    #[doc(alias = "ETHTOOL_A_LINKSTATE_EXT_STATE")]
    pub const EXT_STATE: u16 = 5;
    /// `ETHTOOL_A_LINKSTATE_EXT_SUBSTATE`.
    #[doc(alias = "ETHTOOL_A_LINKSTATE_EXT_SUBSTATE")]
    pub const EXT_SUBSTATE: u16 = 6;
    /// `ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT`.
    #[doc(alias = "ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT")]
    pub const EXT_DOWN_CNT: u16 = 7;
}

/// Typed reads of an attribute chain of the set `linkstate`.
#[derive(Clone, Debug, Default)]
pub struct Linkstate<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Linkstate<'a> {
    /// `ETHTOOL_A_LINKSTATE_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(linkstate::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_LINKSTATE_LINK`.
    pub fn link(&self) -> Result<Option<u8>> {
        self.0.read(linkstate::LINK, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_LINKSTATE_SQI`.
    pub fn sqi(&self) -> Result<Option<u32>> {
        self.0.read(linkstate::SQI, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_LINKSTATE_SQI_MAX`.
    pub fn sqi_max(&self) -> Result<Option<u32>> {
        self.0.read(linkstate::SQI_MAX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_LINKSTATE_EXT_STATE`.
    pub fn ext_state(&self) -> Result<Option<u8>> {
        self.0.read(linkstate::EXT_STATE, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_LINKSTATE_EXT_SUBSTATE`.
    pub fn ext_substate(&self) -> Result<Option<u8>> {
        self.0.read(linkstate::EXT_SUBSTATE, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT`.
    pub fn ext_down_cnt(&self) -> Result<Option<u32>> {
        self.0.read(linkstate::EXT_DOWN_CNT, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_DEBUG_*`: the attribute set `debug`.
pub static DEBUG: Space = Space {
    name: "debug",
    prefix: "ETHTOOL_A_DEBUG_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "msgmask", ty: AttrType::Nested(&BITSET) },
    ],
    by_name: &[0, 0, 0, 0, 0, 1, 2, 3],
};

/// Attribute numbers of [`DEBUG`].
pub mod debug {
    /// `ETHTOOL_A_DEBUG_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_DEBUG_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_DEBUG_HEADER`.
    #[doc(alias = "ETHTOOL_A_DEBUG_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_DEBUG_MSGMASK`.
    #[doc(alias = "ETHTOOL_A_DEBUG_MSGMASK")]
    pub const MSGMASK: u16 = 2;
}

/// Typed reads of an attribute chain of the set `debug`.
#[derive(Clone, Debug, Default)]
pub struct Debug<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Debug<'a> {
    /// `ETHTOOL_A_DEBUG_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(debug::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_DEBUG_MSGMASK`.
    pub fn msgmask(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(debug::MSGMASK, |a| Ok(Bitset(a.nested())))
    }
}

/// `ETHTOOL_A_WOL_*`: the attribute set `wol`.
pub static WOL: Space = Space {
    name: "wol",
    prefix: "ETHTOOL_A_WOL_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "modes", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 3, name: "sopass", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 4, 0, 0, 1, 2, 3],
};

/// Attribute numbers of [`WOL`].
pub mod wol {
    /// `ETHTOOL_A_WOL_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_WOL_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_WOL_HEADER`.
    #[doc(alias = "ETHTOOL_A_WOL_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_WOL_MODES`.
    #[doc(alias = "ETHTOOL_A_WOL_MODES")]
    pub const MODES: u16 = 2;
    /// `ETHTOOL_A_WOL_SOPASS`.
    #[doc(alias = "ETHTOOL_A_WOL_SOPASS")]
    pub const SOPASS: u16 = 3;
}

/// Typed reads of an attribute chain of the set `wol`.
#[derive(Clone, Debug, Default)]
pub struct Wol<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Wol<'a> {
    /// `ETHTOOL_A_WOL_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(wol::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_WOL_MODES`.
    pub fn modes(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(wol::MODES, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_WOL_SOPASS`.
    pub fn sopass(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(wol::SOPASS, |a| Ok(a.payload()))
    }
}

/// `ETHTOOL_A_FEATURES_*`: the attribute set `features`.
pub static FEATURES: Space = Space {
    name: "features",
    prefix: "ETHTOOL_A_FEATURES_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "hw", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 3, name: "wanted", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 4, name: "active", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 5, name: "nochange", ty: AttrType::Nested(&BITSET) },
    ],
    by_name: &[0, 6, 5, 0, 0, 2, 3, 0, 0, 0, 4, 0, 0, 1, 0, 0],
};

/// Attribute numbers of [`FEATURES`].
pub mod features {
    /// `ETHTOOL_A_FEATURES_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_FEATURES_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_FEATURES_HEADER`.
    #[doc(alias = "ETHTOOL_A_FEATURES_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_FEATURES_HW`.
    #[doc(alias = "ETHTOOL_A_FEATURES_HW")]
    pub const HW: u16 = 2;
    /// `ETHTOOL_A_FEATURES_WANTED`.
    #[doc(alias = "ETHTOOL_A_FEATURES_WANTED")]
    pub const WANTED: u16 = 3;
    /// `ETHTOOL_A_FEATURES_ACTIVE`.
    #[doc(alias = "ETHTOOL_A_FEATURES_ACTIVE")]
    pub const ACTIVE: u16 = 4;
    /// `ETHTOOL_A_FEATURES_NOCHANGE`.
    #[doc(alias = "ETHTOOL_A_FEATURES_NOCHANGE")]
    pub const NOCHANGE: u16 = 5;
}

/// Typed reads of an attribute chain of the set `features`.
#[derive(Clone, Debug, Default)]
pub struct Features<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Features<'a> {
    /// `ETHTOOL_A_FEATURES_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(features::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_FEATURES_HW`.
    pub fn hw(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(features::HW, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_FEATURES_WANTED`.
    pub fn wanted(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(features::WANTED, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_FEATURES_ACTIVE`.
    pub fn active(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(features::ACTIVE, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_FEATURES_NOCHANGE`.
    pub fn nochange(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(features::NOCHANGE, |a| Ok(Bitset(a.nested())))
    }
}

/// `ETHTOOL_A_CHANNELS_*`: the attribute set `channels`.
pub static CHANNELS: Space = Space {
    name: "channels",
    prefix: "ETHTOOL_A_CHANNELS_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "rx_max", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "tx_max", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "other_max", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "combined_max", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "rx_count", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "tx_count", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "other_count", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "combined_count", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 4, 8, 3, 0, 10, 0, 0, 0, 0, 0, 7, 1, 6, 0, 0, 0, 0, 5, 0, 2, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0,
    ],
};

/// Attribute numbers of [`CHANNELS`].
pub mod channels {
    /// `ETHTOOL_A_CHANNELS_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_CHANNELS_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_CHANNELS_HEADER`.
    #[doc(alias = "ETHTOOL_A_CHANNELS_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_CHANNELS_RX_MAX`.
    #[doc(alias = "ETHTOOL_A_CHANNELS_RX_MAX")]
    pub const RX_MAX: u16 = 2;
    /// `ETHTOOL_A_CHANNELS_TX_MAX`.
    #[doc(alias = "ETHTOOL_A_CHANNELS_TX_MAX")]
    pub const TX_MAX: u16 = 3;
    /// `ETHTOOL_A_CHANNELS_OTHER_MAX`.
    #[doc(alias = "ETHTOOL_A_CHANNELS_OTHER_MAX")]
    pub const OTHER_MAX: u16 = 4;
    /// `ETHTOOL_A_CHANNELS_COMBINED_MAX`.
    #[doc(alias = "ETHTOOL_A_CHANNELS_COMBINED_MAX")]
    pub const COMBINED_MAX: u16 = 5;
    /// `ETHTOOL_A_CHANNELS_RX_COUNT`.
    #[doc(alias = "ETHTOOL_A_CHANNELS_RX_COUNT")]
    pub const RX_COUNT: u16 = 6;
    /// `ETHTOOL_A_CHANNELS_TX_COUNT`.
    #[doc(alias = "ETHTOOL_A_CHANNELS_TX_COUNT")]
    pub const TX_COUNT: u16 = 7;
    /// `ETHTOOL_A_CHANNELS_OTHER_COUNT`.
    #[doc(alias = "ETHTOOL_A_CHANNELS_OTHER_COUNT")]
    pub const OTHER_COUNT: u16 = 8;
    /// `ETHTOOL_A_CHANNELS_COMBINED_COUNT`.
    #[doc(alias = "ETHTOOL_A_CHANNELS_COMBINED_COUNT")]
    pub const COMBINED_COUNT: u16 = 9;
}

/// Typed reads of an attribute chain of the set `channels`.
#[derive(Clone, Debug, Default)]
pub struct Channels<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Channels<'a> {
    /// `ETHTOOL_A_CHANNELS_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(channels::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_CHANNELS_RX_MAX`.
    pub fn rx_max(&self) -> Result<Option<u32>> {
        self.0.read(channels::RX_MAX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_CHANNELS_TX_MAX`.
    pub fn tx_max(&self) -> Result<Option<u32>> {
        self.0.read(channels::TX_MAX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_CHANNELS_OTHER_MAX`.
    pub fn other_max(&self) -> Result<Option<u32>> {
        self.0.read(channels::OTHER_MAX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_CHANNELS_COMBINED_MAX`.
    pub fn combined_max(&self) -> Result<Option<u32>> {
        self.0.read(channels::COMBINED_MAX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_CHANNELS_RX_COUNT`.
    pub fn rx_count(&self) -> Result<Option<u32>> {
        self.0.read(channels::RX_COUNT, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_CHANNELS_TX_COUNT`.
    pub fn tx_count(&self) -> Result<Option<u32>> {
        self.0.read(channels::TX_COUNT, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_CHANNELS_OTHER_COUNT`.
    pub fn other_count(&self) -> Result<Option<u32>> {
        self.0.read(channels::OTHER_COUNT, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_CHANNELS_COMBINED_COUNT`.
    pub fn combined_count(&self) -> Result<Option<u32>> {
        self.0.read(channels::COMBINED_COUNT, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_IRQ_MODERATION_*`: the attribute set `irq-moderation`.
pub static IRQ_MODERATION: Space = Space {
    name: "irq-moderation",
    prefix: "ETHTOOL_A_IRQ_MODERATION_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "usec", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "pkts", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "comps", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 2, 0, 3, 1, 4, 0],
};

/// Attribute numbers of [`IRQ_MODERATION`].
pub mod irq_moderation {
    /// `ETHTOOL_A_IRQ_MODERATION_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_IRQ_MODERATION_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_IRQ_MODERATION_USEC`.
    #[doc(alias = "ETHTOOL_A_IRQ_MODERATION_USEC")]
    pub const USEC: u16 = 1;
    /// `ETHTOOL_A_IRQ_MODERATION_PKTS`.
    #[doc(alias = "ETHTOOL_A_IRQ_MODERATION_PKTS")]
    pub const PKTS: u16 = 2;
    /// `ETHTOOL_A_IRQ_MODERATION_COMPS`.
    #[doc(alias = "ETHTOOL_A_IRQ_MODERATION_COMPS")]
    pub const COMPS: u16 = 3;
}

/// Typed reads of an attribute chain of the set `irq-moderation`.
#[derive(Clone, Debug, Default)]
pub struct IrqModeration<'a>(pub crate::attr::Attrs<'a>);

impl<'a> IrqModeration<'a> {
    /// `ETHTOOL_A_IRQ_MODERATION_USEC`.
    pub fn usec(&self) -> Result<Option<u32>> {
        self.0.read(irq_moderation::USEC, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_IRQ_MODERATION_PKTS`.
    pub fn pkts(&self) -> Result<Option<u32>> {
        self.0.read(irq_moderation::PKTS, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_IRQ_MODERATION_COMPS`.
    pub fn comps(&self) -> Result<Option<u32>> {
        self.0.read(irq_moderation::COMPS, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_PROFILE_*`: the attribute set `profile`.
pub static PROFILE: Space = Space {
    name: "profile",
    prefix: "ETHTOOL_A_PROFILE_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "irq_moderation", ty: AttrType::Nested(&IRQ_MODERATION) },
    ],
    by_name: &[0, 1, 0, 2],
};

/// Attribute numbers of [`PROFILE`].
pub mod profile {
    /// `ETHTOOL_A_PROFILE_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_PROFILE_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_PROFILE_IRQ_MODERATION`.
    #[doc(alias = "ETHTOOL_A_PROFILE_IRQ_MODERATION")]
    pub const IRQ_MODERATION: u16 = 1;
}

/// Typed reads of an attribute chain of the set `profile`.
#[derive(Clone, Debug, Default)]
pub struct Profile<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Profile<'a> {
    /// `ETHTOOL_A_PROFILE_IRQ_MODERATION`.
    pub fn irq_moderation(&self) -> impl Iterator<Item = Result<IrqModeration<'a>>> + 'a {
        self.0.read_all(profile::IRQ_MODERATION, |a| Ok(IrqModeration(a.nested())))
    }
}

/// `ETHTOOL_A_COALESCE_*`: the attribute set `coalesce`.
pub static COALESCE: Space = Space {
    name: "coalesce",
    prefix: "ETHTOOL_A_COALESCE_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "rx_usecs", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "rx_max_frames", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "rx_usecs_irq", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "rx_max_frames_irq", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "tx_usecs", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "tx_max_frames", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "tx_usecs_irq", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "tx_max_frames_irq", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "stats_block_usecs", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "use_adaptive_rx", ty: AttrType::U8 },
        AttrSpec { id: 12, name: "use_adaptive_tx", ty: AttrType::U8 },
        AttrSpec { id: 13, name: "pkt_rate_low", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "rx_usecs_low", ty: AttrType::U32 },
        AttrSpec { id: 15, name: "rx_max_frames_low", ty: AttrType::U32 },
        AttrSpec { id: 16, name: "tx_usecs_low", ty: AttrType::U32 },
        AttrSpec { id: 17, name: "tx_max_frames_low", ty: AttrType::U32 },
        AttrSpec { id: 18, name: "pkt_rate_high", ty: AttrType::U32 },
        AttrSpec { id: 19, name: "rx_usecs_high", ty: AttrType::U32 },
        AttrSpec { id: 20, name: "rx_max_frames_high", ty: AttrType::U32 },
        AttrSpec { id: 21, name: "tx_usecs_high", ty: AttrType::U32 },
        AttrSpec { id: 22, name: "tx_max_frames_high", ty: AttrType::U32 },
        AttrSpec { id: 23, name: "rate_sample_interval", ty: AttrType::U32 },
        AttrSpec { id: 24, name: "use_cqe_mode_tx", ty: AttrType::U8 },
        AttrSpec { id: 25, name: "use_cqe_mode_rx", ty: AttrType::U8 },
        AttrSpec { id: 26, name: "tx_aggr_max_bytes", ty: AttrType::U32 },
        AttrSpec { id: 27, name: "tx_aggr_max_frames", ty: AttrType::U32 },
        AttrSpec { id: 28, name: "tx_aggr_time_usecs", ty: AttrType::U32 },
        AttrSpec { id: 29, name: "rx_profile", ty: AttrType::Nested(&PROFILE) },
        AttrSpec { id: 30, name: "tx_profile", ty: AttrType::Nested(&PROFILE) },
        AttrSpec { id: 31, name: "rx_cqe_frames", ty: AttrType::U32 },
        AttrSpec { id: 32, name: "rx_cqe_nsecs", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 9, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 15, 16, 0, 0, 0, 0, 0, 27, 0, 0, 0, 0, 0, 0, 5, 6, 0, 0, 11,
        0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 31, 0, 33, 0, 0, 0, 0, 0, 0, 0, 2, 0, 7, 0, 0, 23, 24, 0, 10, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 29, 0, 30, 0, 18, 21, 1, 0, 0, 0, 12, 13, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        28, 4, 32, 0, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 22, 25, 26, 0, 0, 0, 20,
        0, 0,
    ],
};

/// Attribute numbers of [`COALESCE`].
pub mod coalesce {
    /// `ETHTOOL_A_COALESCE_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_COALESCE_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_COALESCE_HEADER`.
    #[doc(alias = "ETHTOOL_A_COALESCE_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_COALESCE_RX_USECS`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RX_USECS")]
    pub const RX_USECS: u16 = 2;
    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RX_MAX_FRAMES")]
    pub const RX_MAX_FRAMES: u16 = 3;
    /// `ETHTOOL_A_COALESCE_RX_USECS_IRQ`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RX_USECS_IRQ")]
    pub const RX_USECS_IRQ: u16 = 4;
    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ")]
    pub const RX_MAX_FRAMES_IRQ: u16 = 5;
    /// `ETHTOOL_A_COALESCE_TX_USECS`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_USECS")]
    pub const TX_USECS: u16 = 6;
    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_MAX_FRAMES")]
    pub const TX_MAX_FRAMES: u16 = 7;
    /// `ETHTOOL_A_COALESCE_TX_USECS_IRQ`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_USECS_IRQ")]
    pub const TX_USECS_IRQ: u16 = 8;
    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ")]
    pub const TX_MAX_FRAMES_IRQ: u16 = 9;
    /// `ETHTOOL_A_COALESCE_STATS_BLOCK_USECS`.
    #[doc(alias = "ETHTOOL_A_COALESCE_STATS_BLOCK_USECS")]
    pub const STATS_BLOCK_USECS: u16 = 10;
    /// `ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX`.
    #[doc(alias = "ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX")]
    pub const USE_ADAPTIVE_RX: u16 = 11;
    /// `ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX`.
    #[doc(alias = "ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX")]
    pub const USE_ADAPTIVE_TX: u16 = 12;
    /// `ETHTOOL_A_COALESCE_PKT_RATE_LOW`.
    #[doc(alias = "ETHTOOL_A_COALESCE_PKT_RATE_LOW")]
    pub const PKT_RATE_LOW: u16 = 13;
    /// `ETHTOOL_A_COALESCE_RX_USECS_LOW`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RX_USECS_LOW")]
    pub const RX_USECS_LOW: u16 = 14;
    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW")]
    pub const RX_MAX_FRAMES_LOW: u16 = 15;
    /// `ETHTOOL_A_COALESCE_TX_USECS_LOW`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_USECS_LOW")]
    pub const TX_USECS_LOW: u16 = 16;
    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW")]
    pub const TX_MAX_FRAMES_LOW: u16 = 17;
    /// `ETHTOOL_A_COALESCE_PKT_RATE_HIGH`.
    #[doc(alias = "ETHTOOL_A_COALESCE_PKT_RATE_HIGH")]
    pub const PKT_RATE_HIGH: u16 = 18;
    /// `ETHTOOL_A_COALESCE_RX_USECS_HIGH`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RX_USECS_HIGH")]
    pub const RX_USECS_HIGH: u16 = 19;
    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH")]
    pub const RX_MAX_FRAMES_HIGH: u16 = 20;
    /// `ETHTOOL_A_COALESCE_TX_USECS_HIGH`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_USECS_HIGH")]
    pub const TX_USECS_HIGH: u16 = 21;
    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH")]
    pub const TX_MAX_FRAMES_HIGH: u16 = 22;
    /// `ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL")]
    pub const RATE_SAMPLE_INTERVAL: u16 = 23;
    /// `ETHTOOL_A_COALESCE_USE_CQE_MODE_TX`.
    #[doc(alias = "ETHTOOL_A_COALESCE_USE_CQE_MODE_TX")]
    pub const USE_CQE_MODE_TX: u16 = 24;
    /// `ETHTOOL_A_COALESCE_USE_CQE_MODE_RX`.
    #[doc(alias = "ETHTOOL_A_COALESCE_USE_CQE_MODE_RX")]
    pub const USE_CQE_MODE_RX: u16 = 25;
    /// `ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES")]
    pub const TX_AGGR_MAX_BYTES: u16 = 26;
    /// `ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES")]
    pub const TX_AGGR_MAX_FRAMES: u16 = 27;
    /// `ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS")]
    pub const TX_AGGR_TIME_USECS: u16 = 28;
    /// `ETHTOOL_A_COALESCE_RX_PROFILE`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RX_PROFILE")]
    pub const RX_PROFILE: u16 = 29;
    /// `ETHTOOL_A_COALESCE_TX_PROFILE`.
    #[doc(alias = "ETHTOOL_A_COALESCE_TX_PROFILE")]
    pub const TX_PROFILE: u16 = 30;
    /// `ETHTOOL_A_COALESCE_RX_CQE_FRAMES`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RX_CQE_FRAMES")]
    pub const RX_CQE_FRAMES: u16 = 31;
    /// `ETHTOOL_A_COALESCE_RX_CQE_NSECS`.
    #[doc(alias = "ETHTOOL_A_COALESCE_RX_CQE_NSECS")]
    pub const RX_CQE_NSECS: u16 = 32;
}

/// Typed reads of an attribute chain of the set `coalesce`.
#[derive(Clone, Debug, Default)]
pub struct Coalesce<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Coalesce<'a> {
    /// `ETHTOOL_A_COALESCE_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(coalesce::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_COALESCE_RX_USECS`.
    pub fn rx_usecs(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::RX_USECS, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES`.
    pub fn rx_max_frames(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::RX_MAX_FRAMES, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_RX_USECS_IRQ`.
    pub fn rx_usecs_irq(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::RX_USECS_IRQ, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ`.
    pub fn rx_max_frames_irq(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::RX_MAX_FRAMES_IRQ, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_TX_USECS`.
    pub fn tx_usecs(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::TX_USECS, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES`.
    pub fn tx_max_frames(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::TX_MAX_FRAMES, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_TX_USECS_IRQ`.
    pub fn tx_usecs_irq(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::TX_USECS_IRQ, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ`.
    pub fn tx_max_frames_irq(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::TX_MAX_FRAMES_IRQ, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_STATS_BLOCK_USECS`.
    pub fn stats_block_usecs(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::STATS_BLOCK_USECS, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX`.
    pub fn use_adaptive_rx(&self) -> Result<Option<u8>> {
        self.0.read(coalesce::USE_ADAPTIVE_RX, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX`.
    pub fn use_adaptive_tx(&self) -> Result<Option<u8>> {
        self.0.read(coalesce::USE_ADAPTIVE_TX, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_COALESCE_PKT_RATE_LOW`.
    pub fn pkt_rate_low(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::PKT_RATE_LOW, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_RX_USECS_LOW`.
    pub fn rx_usecs_low(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::RX_USECS_LOW, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW`.
    pub fn rx_max_frames_low(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::RX_MAX_FRAMES_LOW, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_TX_USECS_LOW`.
    pub fn tx_usecs_low(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::TX_USECS_LOW, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW`.
    pub fn tx_max_frames_low(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::TX_MAX_FRAMES_LOW, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_PKT_RATE_HIGH`.
    pub fn pkt_rate_high(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::PKT_RATE_HIGH, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_RX_USECS_HIGH`.
    pub fn rx_usecs_high(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::RX_USECS_HIGH, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH`.
    pub fn rx_max_frames_high(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::RX_MAX_FRAMES_HIGH, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_TX_USECS_HIGH`.
    pub fn tx_usecs_high(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::TX_USECS_HIGH, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH`.
    pub fn tx_max_frames_high(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::TX_MAX_FRAMES_HIGH, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL`.
    pub fn rate_sample_interval(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::RATE_SAMPLE_INTERVAL, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_USE_CQE_MODE_TX`.
    pub fn use_cqe_mode_tx(&self) -> Result<Option<u8>> {
        self.0.read(coalesce::USE_CQE_MODE_TX, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_COALESCE_USE_CQE_MODE_RX`.
    pub fn use_cqe_mode_rx(&self) -> Result<Option<u8>> {
        self.0.read(coalesce::USE_CQE_MODE_RX, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES`.
    pub fn tx_aggr_max_bytes(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::TX_AGGR_MAX_BYTES, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES`.
    pub fn tx_aggr_max_frames(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::TX_AGGR_MAX_FRAMES, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS`.
    pub fn tx_aggr_time_usecs(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::TX_AGGR_TIME_USECS, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_RX_PROFILE`.
    pub fn rx_profile(&self) -> Result<Option<Profile<'a>>> {
        self.0.read(coalesce::RX_PROFILE, |a| Ok(Profile(a.nested())))
    }
    /// `ETHTOOL_A_COALESCE_TX_PROFILE`.
    pub fn tx_profile(&self) -> Result<Option<Profile<'a>>> {
        self.0.read(coalesce::TX_PROFILE, |a| Ok(Profile(a.nested())))
    }
    /// `ETHTOOL_A_COALESCE_RX_CQE_FRAMES`.
    pub fn rx_cqe_frames(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::RX_CQE_FRAMES, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_COALESCE_RX_CQE_NSECS`.
    pub fn rx_cqe_nsecs(&self) -> Result<Option<u32>> {
        self.0.read(coalesce::RX_CQE_NSECS, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_PAUSE_STAT_*`: the attribute set `pause-stat`.
pub static PAUSE_STAT: Space = Space {
    name: "pause-stat",
    prefix: "ETHTOOL_A_PAUSE_STAT_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "tx_frames", ty: AttrType::U64 },
        AttrSpec { id: 3, name: "rx_frames", ty: AttrType::U64 },
        AttrSpec { id: 4, name: "tx_pause_storm_events", ty: AttrType::U64 },
    ],
    by_name: &[0, 5, 0, 2, 0, 0, 0, 0, 0, 4, 0, 0, 0, 1, 0, 3],
};

/// Attribute numbers of [`PAUSE_STAT`].
pub mod pause_stat {
    /// `ETHTOOL_A_PAUSE_STAT_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_PAUSE_STAT_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_PAUSE_STAT_PAD`.
    #[doc(alias = "ETHTOOL_A_PAUSE_STAT_PAD")]
    pub const PAD: u16 = 1;
    /// `ETHTOOL_A_PAUSE_STAT_TX_FRAMES`.
    #[doc(alias = "ETHTOOL_A_PAUSE_STAT_TX_FRAMES")]
    pub const TX_FRAMES: u16 = 2;
    /// `ETHTOOL_A_PAUSE_STAT_RX_FRAMES`.
    #[doc(alias = "ETHTOOL_A_PAUSE_STAT_RX_FRAMES")]
    pub const RX_FRAMES: u16 = 3;
    /// `ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS`.
    #[doc(alias = "ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS")]
    pub const TX_PAUSE_STORM_EVENTS: u16 = 4;
}

/// Typed reads of an attribute chain of the set `pause-stat`.
#[derive(Clone, Debug, Default)]
pub struct PauseStat<'a>(pub crate::attr::Attrs<'a>);

impl<'a> PauseStat<'a> {
    /// `ETHTOOL_A_PAUSE_STAT_TX_FRAMES`.
    pub fn tx_frames(&self) -> Result<Option<u64>> {
        self.0.read(pause_stat::TX_FRAMES, crate::attr::Attr::u64)
    }
    /// `ETHTOOL_A_PAUSE_STAT_RX_FRAMES`.
    pub fn rx_frames(&self) -> Result<Option<u64>> {
        self.0.read(pause_stat::RX_FRAMES, crate::attr::Attr::u64)
    }
    /// `ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS`.
    pub fn tx_pause_storm_events(&self) -> Result<Option<u64>> {
        self.0.read(pause_stat::TX_PAUSE_STORM_EVENTS, crate::attr::Attr::u64)
    }
}

/// `ETHTOOL_A_PAUSE_*`: the attribute set `pause`.
pub static PAUSE: Space = Space {
    name: "pause",
    prefix: "ETHTOOL_A_PAUSE_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "autoneg", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "rx", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "tx", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "stats", ty: AttrType::Nested(&PAUSE_STAT) },
        AttrSpec { id: 6, name: "stats_src", ty: AttrType::U32 },
    ],
    by_name: &[0, 6, 0, 7, 0, 2, 0, 0, 0, 0, 0, 3, 5, 1, 4, 0],
};

/// Attribute numbers of [`PAUSE`].
pub mod pause {
    /// `ETHTOOL_A_PAUSE_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_PAUSE_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_PAUSE_HEADER`.
    #[doc(alias = "ETHTOOL_A_PAUSE_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_PAUSE_AUTONEG`.
    #[doc(alias = "ETHTOOL_A_PAUSE_AUTONEG")]
    pub const AUTONEG: u16 = 2;
    /// `ETHTOOL_A_PAUSE_RX`.
    #[doc(alias = "ETHTOOL_A_PAUSE_RX")]
    pub const RX: u16 = 3;
    /// `ETHTOOL_A_PAUSE_TX`.
    #[doc(alias = "ETHTOOL_A_PAUSE_TX")]
    pub const TX: u16 = 4;
    /// `ETHTOOL_A_PAUSE_STATS`.
    #[doc(alias = "ETHTOOL_A_PAUSE_STATS")]
    pub const STATS: u16 = 5;
    /// `ETHTOOL_A_PAUSE_STATS_SRC`.
    #[doc(alias = "ETHTOOL_A_PAUSE_STATS_SRC")]
    pub const STATS_SRC: u16 = 6;
}

/// Typed reads of an attribute chain of the set `pause`.
#[derive(Clone, Debug, Default)]
pub struct Pause<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Pause<'a> {
    /// `ETHTOOL_A_PAUSE_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(pause::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_PAUSE_AUTONEG`.
    pub fn autoneg(&self) -> Result<Option<u8>> {
        self.0.read(pause::AUTONEG, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_PAUSE_RX`.
    pub fn rx(&self) -> Result<Option<u8>> {
        self.0.read(pause::RX, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_PAUSE_TX`.
    pub fn tx(&self) -> Result<Option<u8>> {
        self.0.read(pause::TX, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_PAUSE_STATS`.
    pub fn stats(&self) -> Result<Option<PauseStat<'a>>> {
        self.0.read(pause::STATS, |a| Ok(PauseStat(a.nested())))
    }
    /// `ETHTOOL_A_PAUSE_STATS_SRC`.
    pub fn stats_src(&self) -> Result<Option<u32>> {
        self.0.read(pause::STATS_SRC, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_EEE_*`: the attribute set `eee`.
pub static EEE: Space = Space {
    name: "eee",
    prefix: "ETHTOOL_A_EEE_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "modes_ours", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 3, name: "modes_peer", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 4, name: "active", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "enabled", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "tx_lpi_enabled", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "tx_lpi_timer", ty: AttrType::U32 },
    ],
    by_name: &[7, 0, 5, 0, 0, 2, 0, 0, 0, 0, 3, 0, 8, 1, 4, 6],
};

/// Attribute numbers of [`EEE`].
pub mod eee {
    /// `ETHTOOL_A_EEE_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_EEE_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_EEE_HEADER`.
    #[doc(alias = "ETHTOOL_A_EEE_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_EEE_MODES_OURS`.
    #[doc(alias = "ETHTOOL_A_EEE_MODES_OURS")]
    pub const MODES_OURS: u16 = 2;
    /// `ETHTOOL_A_EEE_MODES_PEER`.
    #[doc(alias = "ETHTOOL_A_EEE_MODES_PEER")]
    pub const MODES_PEER: u16 = 3;
    /// `ETHTOOL_A_EEE_ACTIVE`.
    #[doc(alias = "ETHTOOL_A_EEE_ACTIVE")]
    pub const ACTIVE: u16 = 4;
    /// `ETHTOOL_A_EEE_ENABLED`.
    #[doc(alias = "ETHTOOL_A_EEE_ENABLED")]
    pub const ENABLED: u16 = 5;
    /// `ETHTOOL_A_EEE_TX_LPI_ENABLED`.
    #[doc(alias = "ETHTOOL_A_EEE_TX_LPI_ENABLED")]
    pub const TX_LPI_ENABLED: u16 = 6;
    /// `ETHTOOL_A_EEE_TX_LPI_TIMER`.
    #[doc(alias = "ETHTOOL_A_EEE_TX_LPI_TIMER")]
    pub const TX_LPI_TIMER: u16 = 7;
}

/// Typed reads of an attribute chain of the set `eee`.
#[derive(Clone, Debug, Default)]
pub struct Eee<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Eee<'a> {
    /// `ETHTOOL_A_EEE_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(eee::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_EEE_MODES_OURS`.
    pub fn modes_ours(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(eee::MODES_OURS, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_EEE_MODES_PEER`.
    pub fn modes_peer(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(eee::MODES_PEER, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_EEE_ACTIVE`.
    pub fn active(&self) -> Result<Option<u8>> {
        self.0.read(eee::ACTIVE, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_EEE_ENABLED`.
    pub fn enabled(&self) -> Result<Option<u8>> {
        self.0.read(eee::ENABLED, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_EEE_TX_LPI_ENABLED`.
    pub fn tx_lpi_enabled(&self) -> Result<Option<u8>> {
        self.0.read(eee::TX_LPI_ENABLED, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_EEE_TX_LPI_TIMER`.
    pub fn tx_lpi_timer(&self) -> Result<Option<u32>> {
        self.0.read(eee::TX_LPI_TIMER, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_TS_STAT_*`: the attribute set `ts-stat`.
pub static TS_STAT: Space = Space {
    name: "ts-stat",
    prefix: "ETHTOOL_A_TS_STAT_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "tx_pkts", ty: AttrType::Uint },
        AttrSpec { id: 2, name: "tx_lost", ty: AttrType::Uint },
        AttrSpec { id: 3, name: "tx_err", ty: AttrType::Uint },
        AttrSpec { id: 4, name: "tx_onestep_pkts_unconfirmed", ty: AttrType::Uint },
    ],
    by_name: &[0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 5, 0, 4, 1, 3, 0],
};

/// Attribute numbers of [`TS_STAT`].
pub mod ts_stat {
    /// `ETHTOOL_A_TS_STAT_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_TS_STAT_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_TS_STAT_TX_PKTS`.
    #[doc(alias = "ETHTOOL_A_TS_STAT_TX_PKTS")]
    pub const TX_PKTS: u16 = 1;
    /// `ETHTOOL_A_TS_STAT_TX_LOST`.
    #[doc(alias = "ETHTOOL_A_TS_STAT_TX_LOST")]
    pub const TX_LOST: u16 = 2;
    /// `ETHTOOL_A_TS_STAT_TX_ERR`.
    #[doc(alias = "ETHTOOL_A_TS_STAT_TX_ERR")]
    pub const TX_ERR: u16 = 3;
    /// `ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED`.
    #[doc(alias = "ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED")]
    pub const TX_ONESTEP_PKTS_UNCONFIRMED: u16 = 4;
}

/// Typed reads of an attribute chain of the set `ts-stat`.
#[derive(Clone, Debug, Default)]
pub struct TsStat<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TsStat<'a> {
    /// `ETHTOOL_A_TS_STAT_TX_PKTS`.
    pub fn tx_pkts(&self) -> Result<Option<u64>> {
        self.0.read(ts_stat::TX_PKTS, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_TS_STAT_TX_LOST`.
    pub fn tx_lost(&self) -> Result<Option<u64>> {
        self.0.read(ts_stat::TX_LOST, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_TS_STAT_TX_ERR`.
    pub fn tx_err(&self) -> Result<Option<u64>> {
        self.0.read(ts_stat::TX_ERR, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED`.
    pub fn tx_onestep_pkts_unconfirmed(&self) -> Result<Option<u64>> {
        self.0.read(ts_stat::TX_ONESTEP_PKTS_UNCONFIRMED, crate::attr::Attr::uint)
    }
}

/// `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_*`: the attribute set `ts-hwtstamp-provider`.
pub static TS_HWTSTAMP_PROVIDER: Space = Space {
    name: "ts-hwtstamp-provider",
    prefix: "ETHTOOL_A_TS_HWTSTAMP_PROVIDER_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "index", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "qualifier", ty: AttrType::U32 },
    ],
    by_name: &[3, 0, 0, 0, 0, 1, 0, 2],
};

/// Attribute numbers of [`TS_HWTSTAMP_PROVIDER`].
pub mod ts_hwtstamp_provider {
    /// `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_TS_HWTSTAMP_PROVIDER_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX`.
    #[doc(alias = "ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX")]
    pub const INDEX: u16 = 1;
    /// `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER`.
    #[doc(alias = "ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER")]
    pub const QUALIFIER: u16 = 2;
}

/// Typed reads of an attribute chain of the set `ts-hwtstamp-provider`.
#[derive(Clone, Debug, Default)]
pub struct TsHwtstampProvider<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TsHwtstampProvider<'a> {
    /// `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX`.
    pub fn index(&self) -> Result<Option<u32>> {
        self.0.read(ts_hwtstamp_provider::INDEX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER`.
    pub fn qualifier(&self) -> Result<Option<u32>> {
        self.0.read(ts_hwtstamp_provider::QUALIFIER, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_TSINFO_*`: the attribute set `tsinfo`.
pub static TSINFO: Space = Space {
    name: "tsinfo",
    prefix: "ETHTOOL_A_TSINFO_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "timestamping", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 3, name: "tx_types", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 4, name: "rx_filters", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 5, name: "phc_index", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "stats", ty: AttrType::Nested(&TS_STAT) },
        AttrSpec { id: 7, name: "hwtstamp_provider", ty: AttrType::Nested(&TS_HWTSTAMP_PROVIDER) },
        AttrSpec { id: 8, name: "hwtstamp_source", ty: AttrType::Enum(Scalar::U32, HWTSTAMP_SOURCE) },
        AttrSpec { id: 9, name: "hwtstamp_phyindex", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 9, 0, 0, 1, 0, 0, 5, 7, 8, 10, 0, 2, 6, 0, 0, 3, 0, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`TSINFO`].
pub mod tsinfo {
    /// `ETHTOOL_A_TSINFO_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_TSINFO_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_TSINFO_HEADER`.
    #[doc(alias = "ETHTOOL_A_TSINFO_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_TSINFO_TIMESTAMPING`.
    #[doc(alias = "ETHTOOL_A_TSINFO_TIMESTAMPING")]
    pub const TIMESTAMPING: u16 = 2;
    /// `ETHTOOL_A_TSINFO_TX_TYPES`.
    #[doc(alias = "ETHTOOL_A_TSINFO_TX_TYPES")]
    pub const TX_TYPES: u16 = 3;
    /// `ETHTOOL_A_TSINFO_RX_FILTERS`.
    #[doc(alias = "ETHTOOL_A_TSINFO_RX_FILTERS")]
    pub const RX_FILTERS: u16 = 4;
    /// `ETHTOOL_A_TSINFO_PHC_INDEX`.
    #[doc(alias = "ETHTOOL_A_TSINFO_PHC_INDEX")]
    pub const PHC_INDEX: u16 = 5;
    /// `ETHTOOL_A_TSINFO_STATS`.
    #[doc(alias = "ETHTOOL_A_TSINFO_STATS")]
    pub const STATS: u16 = 6;
    /// `ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER`.
    #[doc(alias = "ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER")]
    pub const HWTSTAMP_PROVIDER: u16 = 7;
    /// `ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE`.
    #[doc(alias = "ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE")]
    pub const HWTSTAMP_SOURCE: u16 = 8;
    /// `ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX`.
    #[doc(alias = "ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX")]
    pub const HWTSTAMP_PHYINDEX: u16 = 9;
}

/// Typed reads of an attribute chain of the set `tsinfo`.
#[derive(Clone, Debug, Default)]
pub struct Tsinfo<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Tsinfo<'a> {
    /// `ETHTOOL_A_TSINFO_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(tsinfo::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_TSINFO_TIMESTAMPING`.
    pub fn timestamping(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(tsinfo::TIMESTAMPING, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_TSINFO_TX_TYPES`.
    pub fn tx_types(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(tsinfo::TX_TYPES, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_TSINFO_RX_FILTERS`.
    pub fn rx_filters(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(tsinfo::RX_FILTERS, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_TSINFO_PHC_INDEX`.
    pub fn phc_index(&self) -> Result<Option<u32>> {
        self.0.read(tsinfo::PHC_INDEX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_TSINFO_STATS`.
    pub fn stats(&self) -> Result<Option<TsStat<'a>>> {
        self.0.read(tsinfo::STATS, |a| Ok(TsStat(a.nested())))
    }
    /// `ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER`.
    pub fn hwtstamp_provider(&self) -> Result<Option<TsHwtstampProvider<'a>>> {
        self.0.read(tsinfo::HWTSTAMP_PROVIDER, |a| Ok(TsHwtstampProvider(a.nested())))
    }
    /// `ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE`.
    pub fn hwtstamp_source(&self) -> Result<Option<u32>> {
        self.0.read(tsinfo::HWTSTAMP_SOURCE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX`.
    pub fn hwtstamp_phyindex(&self) -> Result<Option<u32>> {
        self.0.read(tsinfo::HWTSTAMP_PHYINDEX, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_CABLE_RESULT_*`: the attribute set `cable-result`.
pub static CABLE_RESULT: Space = Space {
    name: "cable-result",
    prefix: "ETHTOOL_A_CABLE_RESULT_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "pair", ty: AttrType::U8 },
        AttrSpec { id: 2, name: "code", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "src", ty: AttrType::U32 },
    ],
    by_name: &[4, 0, 0, 3, 0, 1, 2, 0],
};

/// Attribute numbers of [`CABLE_RESULT`].
pub mod cable_result {
    /// `ETHTOOL_A_CABLE_RESULT_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_CABLE_RESULT_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_CABLE_RESULT_PAIR`.
    #[doc(alias = "ETHTOOL_A_CABLE_RESULT_PAIR")]
    pub const PAIR: u16 = 1;
    /// `ETHTOOL_A_CABLE_RESULT_CODE`.
    #[doc(alias = "ETHTOOL_A_CABLE_RESULT_CODE")]
    pub const CODE: u16 = 2;
    /// `ETHTOOL_A_CABLE_RESULT_SRC`.
    #[doc(alias = "ETHTOOL_A_CABLE_RESULT_SRC")]
    pub const SRC: u16 = 3;
}

/// Typed reads of an attribute chain of the set `cable-result`.
#[derive(Clone, Debug, Default)]
pub struct CableResult<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CableResult<'a> {
    /// `ETHTOOL_A_CABLE_RESULT_PAIR`.
    pub fn pair(&self) -> Result<Option<u8>> {
        self.0.read(cable_result::PAIR, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_CABLE_RESULT_CODE`.
    pub fn code(&self) -> Result<Option<u8>> {
        self.0.read(cable_result::CODE, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_CABLE_RESULT_SRC`.
    pub fn src(&self) -> Result<Option<u32>> {
        self.0.read(cable_result::SRC, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_CABLE_FAULT_LENGTH_*`: the attribute set `cable-fault-length`.
pub static CABLE_FAULT_LENGTH: Space = Space {
    name: "cable-fault-length",
    prefix: "ETHTOOL_A_CABLE_FAULT_LENGTH_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "pair", ty: AttrType::U8 },
        AttrSpec { id: 2, name: "cm", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "src", ty: AttrType::U32 },
    ],
    by_name: &[3, 4, 0, 0, 0, 1, 2, 0],
};

/// Attribute numbers of [`CABLE_FAULT_LENGTH`].
pub mod cable_fault_length {
    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_CABLE_FAULT_LENGTH_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR`.
    #[doc(alias = "ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR")]
    pub const PAIR: u16 = 1;
    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_CM`.
    #[doc(alias = "ETHTOOL_A_CABLE_FAULT_LENGTH_CM")]
    pub const CM: u16 = 2;
    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_SRC`.
    #[doc(alias = "ETHTOOL_A_CABLE_FAULT_LENGTH_SRC")]
    pub const SRC: u16 = 3;
}

/// Typed reads of an attribute chain of the set `cable-fault-length`.
#[derive(Clone, Debug, Default)]
pub struct CableFaultLength<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CableFaultLength<'a> {
    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR`.
    pub fn pair(&self) -> Result<Option<u8>> {
        self.0.read(cable_fault_length::PAIR, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_CM`.
    pub fn cm(&self) -> Result<Option<u32>> {
        self.0.read(cable_fault_length::CM, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_SRC`.
    pub fn src(&self) -> Result<Option<u32>> {
        self.0.read(cable_fault_length::SRC, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_CABLE_NEST_*`: the attribute set `cable-nest`.
pub static CABLE_NEST: Space = Space {
    name: "cable-nest",
    prefix: "ETHTOOL_A_CABLE_NEST_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "result", ty: AttrType::Nested(&CABLE_RESULT) },
        AttrSpec { id: 2, name: "fault_length", ty: AttrType::Nested(&CABLE_FAULT_LENGTH) },
    ],
    by_name: &[2, 0, 0, 3, 0, 1, 0, 0],
};

/// Attribute numbers of [`CABLE_NEST`].
pub mod cable_nest {
    /// `ETHTOOL_A_CABLE_NEST_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_CABLE_NEST_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_CABLE_NEST_RESULT`.
    #[doc(alias = "ETHTOOL_A_CABLE_NEST_RESULT")]
    pub const RESULT: u16 = 1;
    /// `ETHTOOL_A_CABLE_NEST_FAULT_LENGTH`.
    #[doc(alias = "ETHTOOL_A_CABLE_NEST_FAULT_LENGTH")]
    pub const FAULT_LENGTH: u16 = 2;
}

/// Typed reads of an attribute chain of the set `cable-nest`.
#[derive(Clone, Debug, Default)]
pub struct CableNest<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CableNest<'a> {
    /// `ETHTOOL_A_CABLE_NEST_RESULT`.
    pub fn result(&self) -> Result<Option<CableResult<'a>>> {
        self.0.read(cable_nest::RESULT, |a| Ok(CableResult(a.nested())))
    }
    /// `ETHTOOL_A_CABLE_NEST_FAULT_LENGTH`.
    pub fn fault_length(&self) -> Result<Option<CableFaultLength<'a>>> {
        self.0.read(cable_nest::FAULT_LENGTH, |a| Ok(CableFaultLength(a.nested())))
    }
}

/// `ETHTOOL_A_CABLE_TEST_*`: the attribute set `cable-test`.
pub static CABLE_TEST: Space = Space {
    name: "cable-test",
    prefix: "ETHTOOL_A_CABLE_TEST_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
    ],
    by_name: &[0, 1, 2, 0],
};

/// Attribute numbers of [`CABLE_TEST`].
pub mod cable_test {
    /// `ETHTOOL_A_CABLE_TEST_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_CABLE_TEST_HEADER`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_HEADER")]
    pub const HEADER: u16 = 1;
}

/// Typed reads of an attribute chain of the set `cable-test`.
#[derive(Clone, Debug, Default)]
pub struct CableTest<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CableTest<'a> {
    /// `ETHTOOL_A_CABLE_TEST_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(cable_test::HEADER, |a| Ok(Header(a.nested())))
    }
}

/// `ETHTOOL_A_CABLE_TEST_NTF_*`: the attribute set `cable-test-ntf`.
pub static CABLE_TEST_NTF: Space = Space {
    name: "cable-test-ntf",
    prefix: "ETHTOOL_A_CABLE_TEST_NTF_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "status", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "nest", ty: AttrType::Nested(&CABLE_NEST) },
    ],
    by_name: &[4, 0, 0, 0, 0, 1, 2, 3],
};

/// Attribute numbers of [`CABLE_TEST_NTF`].
pub mod cable_test_ntf {
    /// `ETHTOOL_A_CABLE_TEST_NTF_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_NTF_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_CABLE_TEST_NTF_HEADER`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_NTF_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_CABLE_TEST_NTF_STATUS`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_NTF_STATUS")]
    pub const STATUS: u16 = 2;
    /// `ETHTOOL_A_CABLE_TEST_NTF_NEST`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_NTF_NEST")]
    pub const NEST: u16 = 3;
}

/// Typed reads of an attribute chain of the set `cable-test-ntf`.
#[derive(Clone, Debug, Default)]
pub struct CableTestNtf<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CableTestNtf<'a> {
    /// `ETHTOOL_A_CABLE_TEST_NTF_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(cable_test_ntf::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_CABLE_TEST_NTF_STATUS`.
    pub fn status(&self) -> Result<Option<u8>> {
        self.0.read(cable_test_ntf::STATUS, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_CABLE_TEST_NTF_NEST`.
    pub fn nest(&self) -> Result<Option<CableNest<'a>>> {
        self.0.read(cable_test_ntf::NEST, |a| Ok(CableNest(a.nested())))
    }
}

/// `ETHTOOL_A_CABLE_TEST_TDR_CFG_*`: the attribute set `cable-test-tdr-cfg`.
pub static CABLE_TEST_TDR_CFG: Space = Space {
    name: "cable-test-tdr-cfg",
    prefix: "ETHTOOL_A_CABLE_TEST_TDR_CFG_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "first", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "last", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "step", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "pair", ty: AttrType::U8 },
    ],
    by_name: &[0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 3, 0, 2, 1, 4, 0],
};

/// Attribute numbers of [`CABLE_TEST_TDR_CFG`].
pub mod cable_test_tdr_cfg {
    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_CFG_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST")]
    pub const FIRST: u16 = 1;
    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST")]
    pub const LAST: u16 = 2;
    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP")]
    pub const STEP: u16 = 3;
    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR")]
    pub const PAIR: u16 = 4;
}

/// Typed reads of an attribute chain of the set `cable-test-tdr-cfg`.
#[derive(Clone, Debug, Default)]
pub struct CableTestTdrCfg<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CableTestTdrCfg<'a> {
    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST`.
    pub fn first(&self) -> Result<Option<u32>> {
        self.0.read(cable_test_tdr_cfg::FIRST, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST`.
    pub fn last(&self) -> Result<Option<u32>> {
        self.0.read(cable_test_tdr_cfg::LAST, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP`.
    pub fn step(&self) -> Result<Option<u32>> {
        self.0.read(cable_test_tdr_cfg::STEP, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR`.
    pub fn pair(&self) -> Result<Option<u8>> {
        self.0.read(cable_test_tdr_cfg::PAIR, crate::attr::Attr::u8)
    }
}

/// `ETHTOOL_A_CABLE_TEST_TDR_NTF_*`: the attribute set `cable-test-tdr-ntf`.
pub static CABLE_TEST_TDR_NTF: Space = Space {
    name: "cable-test-tdr-ntf",
    prefix: "ETHTOOL_A_CABLE_TEST_TDR_NTF_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "status", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "nest", ty: AttrType::Nested(&CABLE_NEST) },
    ],
    by_name: &[4, 0, 0, 0, 0, 1, 2, 3],
};

/// Attribute numbers of [`CABLE_TEST_TDR_NTF`].
pub mod cable_test_tdr_ntf {
    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_NTF_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS")]
    pub const STATUS: u16 = 2;
    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST")]
    pub const NEST: u16 = 3;
}

/// Typed reads of an attribute chain of the set `cable-test-tdr-ntf`.
#[derive(Clone, Debug, Default)]
pub struct CableTestTdrNtf<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CableTestTdrNtf<'a> {
    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(cable_test_tdr_ntf::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS`.
    pub fn status(&self) -> Result<Option<u8>> {
        self.0.read(cable_test_tdr_ntf::STATUS, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST`.
    pub fn nest(&self) -> Result<Option<CableNest<'a>>> {
        self.0.read(cable_test_tdr_ntf::NEST, |a| Ok(CableNest(a.nested())))
    }
}

/// `ETHTOOL_A_CABLE_TEST_TDR_*`: the attribute set `cable-test-tdr`.
pub static CABLE_TEST_TDR: Space = Space {
    name: "cable-test-tdr",
    prefix: "ETHTOOL_A_CABLE_TEST_TDR_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "cfg", ty: AttrType::Nested(&CABLE_TEST_TDR_CFG) },
    ],
    by_name: &[3, 0, 0, 0, 0, 1, 2, 0],
};

/// Attribute numbers of [`CABLE_TEST_TDR`].
pub mod cable_test_tdr {
    /// `ETHTOOL_A_CABLE_TEST_TDR_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_CABLE_TEST_TDR_HEADER`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG`.
    #[doc(alias = "ETHTOOL_A_CABLE_TEST_TDR_CFG")]
    pub const CFG: u16 = 2;
}

/// Typed reads of an attribute chain of the set `cable-test-tdr`.
#[derive(Clone, Debug, Default)]
pub struct CableTestTdr<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CableTestTdr<'a> {
    /// `ETHTOOL_A_CABLE_TEST_TDR_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(cable_test_tdr::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG`.
    pub fn cfg(&self) -> Result<Option<CableTestTdrCfg<'a>>> {
        self.0.read(cable_test_tdr::CFG, |a| Ok(CableTestTdrCfg(a.nested())))
    }
}

/// `ETHTOOL_A_TUNNEL_UDP_ENTRY_*`: the attribute set `tunnel-udp-entry`.
pub static TUNNEL_UDP_ENTRY: Space = Space {
    name: "tunnel-udp-entry",
    prefix: "ETHTOOL_A_TUNNEL_UDP_ENTRY_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "port", ty: AttrType::Be16 },
        AttrSpec { id: 2, name: "type", ty: AttrType::Enum(Scalar::U32, UDP_TUNNEL_TYPE) },
    ],
    by_name: &[0, 0, 0, 0, 0, 1, 3, 2],
};

/// Attribute numbers of [`TUNNEL_UDP_ENTRY`].
pub mod tunnel_udp_entry {
    /// `ETHTOOL_A_TUNNEL_UDP_ENTRY_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_UDP_ENTRY_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT")]
    pub const PORT: u16 = 1;
    /// `ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE")]
    pub const TYPE: u16 = 2;
}

/// Typed reads of an attribute chain of the set `tunnel-udp-entry`.
#[derive(Clone, Debug, Default)]
pub struct TunnelUdpEntry<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TunnelUdpEntry<'a> {
    /// `ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT`.
    pub fn port(&self) -> Result<Option<u16>> {
        self.0.read(tunnel_udp_entry::PORT, crate::attr::Attr::be16)
    }
    /// `ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE`.
    pub fn r#type(&self) -> Result<Option<u32>> {
        self.0.read(tunnel_udp_entry::TYPE, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_TUNNEL_UDP_TABLE_*`: the attribute set `tunnel-udp-table`.
pub static TUNNEL_UDP_TABLE: Space = Space {
    name: "tunnel-udp-table",
    prefix: "ETHTOOL_A_TUNNEL_UDP_TABLE_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "size", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "types", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 3, name: "entry", ty: AttrType::Nested(&TUNNEL_UDP_ENTRY) },
    ],
    by_name: &[4, 2, 0, 0, 0, 1, 3, 0],
};

/// Attribute numbers of [`TUNNEL_UDP_TABLE`].
pub mod tunnel_udp_table {
    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_UDP_TABLE_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE")]
    pub const SIZE: u16 = 1;
    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES")]
    pub const TYPES: u16 = 2;
    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY")]
    pub const ENTRY: u16 = 3;
}

/// Typed reads of an attribute chain of the set `tunnel-udp-table`.
#[derive(Clone, Debug, Default)]
pub struct TunnelUdpTable<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TunnelUdpTable<'a> {
    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE`.
    pub fn size(&self) -> Result<Option<u32>> {
        self.0.read(tunnel_udp_table::SIZE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES`.
    pub fn types(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(tunnel_udp_table::TYPES, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY`.
    pub fn entry(&self) -> impl Iterator<Item = Result<TunnelUdpEntry<'a>>> + 'a {
        self.0.read_all(tunnel_udp_table::ENTRY, |a| Ok(TunnelUdpEntry(a.nested())))
    }
}

/// `ETHTOOL_A_TUNNEL_UDP_*`: the attribute set `tunnel-udp`.
pub static TUNNEL_UDP: Space = Space {
    name: "tunnel-udp",
    prefix: "ETHTOOL_A_TUNNEL_UDP_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "table", ty: AttrType::Nested(&TUNNEL_UDP_TABLE) },
    ],
    by_name: &[0, 1, 2, 0],
};

/// Attribute numbers of [`TUNNEL_UDP`].
pub mod tunnel_udp {
    /// `ETHTOOL_A_TUNNEL_UDP_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_UDP_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_TUNNEL_UDP_TABLE`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_UDP_TABLE")]
    pub const TABLE: u16 = 1;
}

/// Typed reads of an attribute chain of the set `tunnel-udp`.
#[derive(Clone, Debug, Default)]
pub struct TunnelUdp<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TunnelUdp<'a> {
    /// `ETHTOOL_A_TUNNEL_UDP_TABLE`.
    pub fn table(&self) -> Result<Option<TunnelUdpTable<'a>>> {
        self.0.read(tunnel_udp::TABLE, |a| Ok(TunnelUdpTable(a.nested())))
    }
}

/// `ETHTOOL_A_TUNNEL_INFO_*`: the attribute set `tunnel-info`.
pub static TUNNEL_INFO: Space = Space {
    name: "tunnel-info",
    prefix: "ETHTOOL_A_TUNNEL_INFO_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "udp_ports", ty: AttrType::Nested(&TUNNEL_UDP) },
    ],
    by_name: &[0, 0, 0, 0, 0, 1, 2, 3],
};

/// Attribute numbers of [`TUNNEL_INFO`].
pub mod tunnel_info {
    /// `ETHTOOL_A_TUNNEL_INFO_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_INFO_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_TUNNEL_INFO_HEADER`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_INFO_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_TUNNEL_INFO_UDP_PORTS`.
    #[doc(alias = "ETHTOOL_A_TUNNEL_INFO_UDP_PORTS")]
    pub const UDP_PORTS: u16 = 2;
}

/// Typed reads of an attribute chain of the set `tunnel-info`.
#[derive(Clone, Debug, Default)]
pub struct TunnelInfo<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TunnelInfo<'a> {
    /// `ETHTOOL_A_TUNNEL_INFO_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(tunnel_info::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_TUNNEL_INFO_UDP_PORTS`.
    pub fn udp_ports(&self) -> Result<Option<TunnelUdp<'a>>> {
        self.0.read(tunnel_info::UDP_PORTS, |a| Ok(TunnelUdp(a.nested())))
    }
}

/// `ETHTOOL_A_FEC_HIST_*`: the attribute set `fec-hist`.
pub static FEC_HIST: Space = Space {
    name: "fec-hist",
    prefix: "ETHTOOL_A_FEC_HIST_",
    attrs: &[
        AttrSpec { id: 1, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "bin_low", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "bin_high", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "bin_val", ty: AttrType::Uint },
        AttrSpec { id: 5, name: "bin_val_per_lane", ty: AttrType::Bytes },
    ],
    by_name: &[5, 0, 0, 1, 0, 0, 0, 3, 0, 0, 2, 0, 0, 0, 0, 4],
};

/// Attribute numbers of [`FEC_HIST`].
pub mod fec_hist {
    /// `ETHTOOL_A_FEC_HIST_PAD`.
    #[doc(alias = "ETHTOOL_A_FEC_HIST_PAD")]
    pub const PAD: u16 = 1;
    /// `ETHTOOL_A_FEC_HIST_BIN_LOW`.
    #[doc(alias = "ETHTOOL_A_FEC_HIST_BIN_LOW")]
    pub const BIN_LOW: u16 = 2;
    /// `ETHTOOL_A_FEC_HIST_BIN_HIGH`.
    #[doc(alias = "ETHTOOL_A_FEC_HIST_BIN_HIGH")]
    pub const BIN_HIGH: u16 = 3;
    /// `ETHTOOL_A_FEC_HIST_BIN_VAL`.
    #[doc(alias = "ETHTOOL_A_FEC_HIST_BIN_VAL")]
    pub const BIN_VAL: u16 = 4;
    /// `ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE`.
    #[doc(alias = "ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE")]
    pub const BIN_VAL_PER_LANE: u16 = 5;
}

/// Typed reads of an attribute chain of the set `fec-hist`.
#[derive(Clone, Debug, Default)]
pub struct FecHist<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FecHist<'a> {
    /// `ETHTOOL_A_FEC_HIST_BIN_LOW`.
    pub fn bin_low(&self) -> Result<Option<u32>> {
        self.0.read(fec_hist::BIN_LOW, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_FEC_HIST_BIN_HIGH`.
    pub fn bin_high(&self) -> Result<Option<u32>> {
        self.0.read(fec_hist::BIN_HIGH, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_FEC_HIST_BIN_VAL`.
    pub fn bin_val(&self) -> Result<Option<u64>> {
        self.0.read(fec_hist::BIN_VAL, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE`.
    pub fn bin_val_per_lane(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(fec_hist::BIN_VAL_PER_LANE, |a| Ok(a.payload()))
    }
}

/// `ETHTOOL_A_FEC_STAT_*`: the attribute set `fec-stat`.
pub static FEC_STAT: Space = Space {
    name: "fec-stat",
    prefix: "ETHTOOL_A_FEC_STAT_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "corrected", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "uncorr", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "corr_bits", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "hist", ty: AttrType::Nested(&FEC_HIST) },
    ],
    by_name: &[0, 0, 0, 2, 0, 0, 6, 5, 0, 4, 0, 0, 3, 1, 0, 0],
};

/// Attribute numbers of [`FEC_STAT`].
pub mod fec_stat {
    /// `ETHTOOL_A_FEC_STAT_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_FEC_STAT_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_FEC_STAT_PAD`.
    #[doc(alias = "ETHTOOL_A_FEC_STAT_PAD")]
    pub const PAD: u16 = 1;
    /// `ETHTOOL_A_FEC_STAT_CORRECTED`.
    #[doc(alias = "ETHTOOL_A_FEC_STAT_CORRECTED")]
    pub const CORRECTED: u16 = 2;
    /// `ETHTOOL_A_FEC_STAT_UNCORR`.
    #[doc(alias = "ETHTOOL_A_FEC_STAT_UNCORR")]
    pub const UNCORR: u16 = 3;
    /// `ETHTOOL_A_FEC_STAT_CORR_BITS`.
    #[doc(alias = "ETHTOOL_A_FEC_STAT_CORR_BITS")]
    pub const CORR_BITS: u16 = 4;
    /// `ETHTOOL_A_FEC_STAT_HIST`.
    #[doc(alias = "ETHTOOL_A_FEC_STAT_HIST")]
    pub const HIST: u16 = 5;
}

/// Typed reads of an attribute chain of the set `fec-stat`.
#[derive(Clone, Debug, Default)]
pub struct FecStat<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FecStat<'a> {
    /// `ETHTOOL_A_FEC_STAT_CORRECTED`.
    pub fn corrected(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(fec_stat::CORRECTED, |a| Ok(a.payload()))
    }
    /// `ETHTOOL_A_FEC_STAT_UNCORR`.
    pub fn uncorr(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(fec_stat::UNCORR, |a| Ok(a.payload()))
    }
    /// `ETHTOOL_A_FEC_STAT_CORR_BITS`.
    pub fn corr_bits(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(fec_stat::CORR_BITS, |a| Ok(a.payload()))
    }
    /// `ETHTOOL_A_FEC_STAT_HIST`.
    pub fn hist(&self) -> impl Iterator<Item = Result<FecHist<'a>>> + 'a {
        self.0.read_all(fec_stat::HIST, |a| Ok(FecHist(a.nested())))
    }
}

/// `ETHTOOL_A_FEC_*`: the attribute set `fec`.
pub static FEC: Space = Space {
    name: "fec",
    prefix: "ETHTOOL_A_FEC_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "modes", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 3, name: "auto", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "active", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "stats", ty: AttrType::Nested(&FEC_STAT) },
    ],
    by_name: &[0, 6, 5, 0, 0, 2, 0, 0, 0, 0, 0, 4, 0, 1, 3, 0],
};

/// Attribute numbers of [`FEC`].
pub mod fec {
    /// `ETHTOOL_A_FEC_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_FEC_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_FEC_HEADER`.
    #[doc(alias = "ETHTOOL_A_FEC_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_FEC_MODES`.
    #[doc(alias = "ETHTOOL_A_FEC_MODES")]
    pub const MODES: u16 = 2;
    /// `ETHTOOL_A_FEC_AUTO`.
    #[doc(alias = "ETHTOOL_A_FEC_AUTO")]
    pub const AUTO: u16 = 3;
    /// `ETHTOOL_A_FEC_ACTIVE`.
    #[doc(alias = "ETHTOOL_A_FEC_ACTIVE")]
    pub const ACTIVE: u16 = 4;
    /// `ETHTOOL_A_FEC_STATS`.
    #[doc(alias = "ETHTOOL_A_FEC_STATS")]
    pub const STATS: u16 = 5;
}

/// Typed reads of an attribute chain of the set `fec`.
#[derive(Clone, Debug, Default)]
pub struct Fec<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Fec<'a> {
    /// `ETHTOOL_A_FEC_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(fec::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_FEC_MODES`.
    pub fn modes(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(fec::MODES, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_FEC_AUTO`.
    pub fn auto(&self) -> Result<Option<u8>> {
        self.0.read(fec::AUTO, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_FEC_ACTIVE`.
    pub fn active(&self) -> Result<Option<u32>> {
        self.0.read(fec::ACTIVE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_FEC_STATS`.
    pub fn stats(&self) -> Result<Option<FecStat<'a>>> {
        self.0.read(fec::STATS, |a| Ok(FecStat(a.nested())))
    }
}

/// `ETHTOOL_A_MODULE_EEPROM_*`: the attribute set `module-eeprom`.
pub static MODULE_EEPROM: Space = Space {
    name: "module-eeprom",
    prefix: "ETHTOOL_A_MODULE_EEPROM_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "offset", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "length", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "page", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "bank", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "i2c_address", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "data", ty: AttrType::Bytes },
    ],
    by_name: &[4, 0, 0, 0, 6, 2, 3, 8, 0, 0, 0, 0, 7, 1, 5, 0],
};

/// Attribute numbers of [`MODULE_EEPROM`].
pub mod module_eeprom {
    /// `ETHTOOL_A_MODULE_EEPROM_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_MODULE_EEPROM_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_MODULE_EEPROM_HEADER`.
    #[doc(alias = "ETHTOOL_A_MODULE_EEPROM_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_MODULE_EEPROM_OFFSET`.
    #[doc(alias = "ETHTOOL_A_MODULE_EEPROM_OFFSET")]
    pub const OFFSET: u16 = 2;
    /// `ETHTOOL_A_MODULE_EEPROM_LENGTH`.
    #[doc(alias = "ETHTOOL_A_MODULE_EEPROM_LENGTH")]
    pub const LENGTH: u16 = 3;
    /// `ETHTOOL_A_MODULE_EEPROM_PAGE`.
    #[doc(alias = "ETHTOOL_A_MODULE_EEPROM_PAGE")]
    pub const PAGE: u16 = 4;
    /// `ETHTOOL_A_MODULE_EEPROM_BANK`.
    #[doc(alias = "ETHTOOL_A_MODULE_EEPROM_BANK")]
    pub const BANK: u16 = 5;
    /// `ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS`.
    #[doc(alias = "ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS")]
    pub const I2C_ADDRESS: u16 = 6;
    /// `ETHTOOL_A_MODULE_EEPROM_DATA`.
    #[doc(alias = "ETHTOOL_A_MODULE_EEPROM_DATA")]
    pub const DATA: u16 = 7;
}

/// Typed reads of an attribute chain of the set `module-eeprom`.
#[derive(Clone, Debug, Default)]
pub struct ModuleEeprom<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ModuleEeprom<'a> {
    /// `ETHTOOL_A_MODULE_EEPROM_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(module_eeprom::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_MODULE_EEPROM_OFFSET`.
    pub fn offset(&self) -> Result<Option<u32>> {
        self.0.read(module_eeprom::OFFSET, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_MODULE_EEPROM_LENGTH`.
    pub fn length(&self) -> Result<Option<u32>> {
        self.0.read(module_eeprom::LENGTH, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_MODULE_EEPROM_PAGE`.
    pub fn page(&self) -> Result<Option<u8>> {
        self.0.read(module_eeprom::PAGE, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_MODULE_EEPROM_BANK`.
    pub fn bank(&self) -> Result<Option<u8>> {
        self.0.read(module_eeprom::BANK, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS`.
    pub fn i2c_address(&self) -> Result<Option<u8>> {
        self.0.read(module_eeprom::I2C_ADDRESS, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_MODULE_EEPROM_DATA`.
    pub fn data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(module_eeprom::DATA, |a| Ok(a.payload()))
    }
}

/// `ETHTOOL_A_STATS_GRP_*`: the attribute set `stats-grp`.
pub static STATS_GRP: Space = Space {
    name: "stats-grp",
    prefix: "ETHTOOL_A_STATS_GRP_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "ss_id", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "stat", ty: AttrType::U64 },
        AttrSpec { id: 5, name: "hist_rx", ty: AttrType::Nested(&STATS_GRP_HIST) },
        AttrSpec { id: 6, name: "hist_tx", ty: AttrType::Nested(&STATS_GRP_HIST) },
        AttrSpec { id: 7, name: "hist_bkt_low", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "hist_bkt_hi", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "hist_val", ty: AttrType::U64 },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 5, 6, 7, 0, 0, 0, 0, 3, 1, 10, 0, 0, 0, 4, 2, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9,
    ],
};

/// Attribute numbers of [`STATS_GRP`].
pub mod stats_grp {
    /// `ETHTOOL_A_STATS_GRP_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_STATS_GRP_PAD`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_PAD")]
    pub const PAD: u16 = 1;
    /// `ETHTOOL_A_STATS_GRP_ID`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_ID")]
    pub const ID: u16 = 2;
    /// `ETHTOOL_A_STATS_GRP_SS_ID`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_SS_ID")]
    pub const SS_ID: u16 = 3;
    /// `ETHTOOL_A_STATS_GRP_STAT`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_STAT")]
    pub const STAT: u16 = 4;
    /// `ETHTOOL_A_STATS_GRP_HIST_RX`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_HIST_RX")]
    pub const HIST_RX: u16 = 5;
    /// `ETHTOOL_A_STATS_GRP_HIST_TX`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_HIST_TX")]
    pub const HIST_TX: u16 = 6;
    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_LOW`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_HIST_BKT_LOW")]
    pub const HIST_BKT_LOW: u16 = 7;
    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_HI`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_HIST_BKT_HI")]
    pub const HIST_BKT_HI: u16 = 8;
    /// `ETHTOOL_A_STATS_GRP_HIST_VAL`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_HIST_VAL")]
    pub const HIST_VAL: u16 = 9;
}

/// Typed reads of an attribute chain of the set `stats-grp`.
#[derive(Clone, Debug, Default)]
pub struct StatsGrp<'a>(pub crate::attr::Attrs<'a>);

impl<'a> StatsGrp<'a> {
    /// `ETHTOOL_A_STATS_GRP_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(stats_grp::ID, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_STATS_GRP_SS_ID`.
    pub fn ss_id(&self) -> Result<Option<u32>> {
        self.0.read(stats_grp::SS_ID, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_STATS_GRP_STAT`.
    pub fn stat(&self) -> Result<Option<u64>> {
        self.0.read(stats_grp::STAT, crate::attr::Attr::u64)
    }
    /// `ETHTOOL_A_STATS_GRP_HIST_RX`.
    pub fn hist_rx(&self) -> Result<Option<StatsGrpHist<'a>>> {
        self.0.read(stats_grp::HIST_RX, |a| Ok(StatsGrpHist(a.nested())))
    }
    /// `ETHTOOL_A_STATS_GRP_HIST_TX`.
    pub fn hist_tx(&self) -> Result<Option<StatsGrpHist<'a>>> {
        self.0.read(stats_grp::HIST_TX, |a| Ok(StatsGrpHist(a.nested())))
    }
    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_LOW`.
    pub fn hist_bkt_low(&self) -> Result<Option<u32>> {
        self.0.read(stats_grp::HIST_BKT_LOW, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_HI`.
    pub fn hist_bkt_hi(&self) -> Result<Option<u32>> {
        self.0.read(stats_grp::HIST_BKT_HI, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_STATS_GRP_HIST_VAL`.
    pub fn hist_val(&self) -> Result<Option<u64>> {
        self.0.read(stats_grp::HIST_VAL, crate::attr::Attr::u64)
    }
}

/// `ETHTOOL_A_STATS_GRP_*`: the attribute set `stats-grp-hist`.
pub static STATS_GRP_HIST: Space = Space {
    name: "stats-grp-hist",
    prefix: "ETHTOOL_A_STATS_GRP_",
    attrs: &[
        AttrSpec { id: 7, name: "hist_bkt_low", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "hist_bkt_hi", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "hist_val", ty: AttrType::U64 },
    ],
    by_name: &[0, 0, 0, 1, 0, 0, 3, 2],
};

/// Attribute numbers of [`STATS_GRP_HIST`].
pub mod stats_grp_hist {
    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_LOW`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_HIST_BKT_LOW")]
    pub const HIST_BKT_LOW: u16 = 7;
    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_HI`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_HIST_BKT_HI")]
    pub const HIST_BKT_HI: u16 = 8;
    /// `ETHTOOL_A_STATS_GRP_HIST_VAL`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP_HIST_VAL")]
    pub const HIST_VAL: u16 = 9;
}

/// Typed reads of an attribute chain of the set `stats-grp-hist`.
#[derive(Clone, Debug, Default)]
pub struct StatsGrpHist<'a>(pub crate::attr::Attrs<'a>);

impl<'a> StatsGrpHist<'a> {
    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_LOW`.
    pub fn hist_bkt_low(&self) -> Result<Option<u32>> {
        self.0.read(stats_grp_hist::HIST_BKT_LOW, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_HI`.
    pub fn hist_bkt_hi(&self) -> Result<Option<u32>> {
        self.0.read(stats_grp_hist::HIST_BKT_HI, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_STATS_GRP_HIST_VAL`.
    pub fn hist_val(&self) -> Result<Option<u64>> {
        self.0.read(stats_grp_hist::HIST_VAL, crate::attr::Attr::u64)
    }
}

/// `ETHTOOL_A_STATS_*`: the attribute set `stats`.
pub static STATS: Space = Space {
    name: "stats",
    prefix: "ETHTOOL_A_STATS_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 3, name: "groups", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 4, name: "grp", ty: AttrType::Nested(&STATS_GRP) },
        AttrSpec { id: 5, name: "src", ty: AttrType::U32 },
    ],
    by_name: &[6, 0, 0, 2, 0, 3, 5, 0, 0, 0, 4, 0, 0, 1, 0, 0],
};

/// Attribute numbers of [`STATS`].
pub mod stats {
    /// `ETHTOOL_A_STATS_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_STATS_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_STATS_PAD`.
    #[doc(alias = "ETHTOOL_A_STATS_PAD")]
    pub const PAD: u16 = 1;
    /// `ETHTOOL_A_STATS_HEADER`.
    #[doc(alias = "ETHTOOL_A_STATS_HEADER")]
    pub const HEADER: u16 = 2;
    /// `ETHTOOL_A_STATS_GROUPS`.
    #[doc(alias = "ETHTOOL_A_STATS_GROUPS")]
    pub const GROUPS: u16 = 3;
    /// `ETHTOOL_A_STATS_GRP`.
    #[doc(alias = "ETHTOOL_A_STATS_GRP")]
    pub const GRP: u16 = 4;
    /// `ETHTOOL_A_STATS_SRC`.
    #[doc(alias = "ETHTOOL_A_STATS_SRC")]
    pub const SRC: u16 = 5;
}

/// Typed reads of an attribute chain of the set `stats`.
#[derive(Clone, Debug, Default)]
pub struct Stats<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Stats<'a> {
    /// `ETHTOOL_A_STATS_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(stats::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_STATS_GROUPS`.
    pub fn groups(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(stats::GROUPS, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_STATS_GRP`.
    pub fn grp(&self) -> Result<Option<StatsGrp<'a>>> {
        self.0.read(stats::GRP, |a| Ok(StatsGrp(a.nested())))
    }
    /// `ETHTOOL_A_STATS_SRC`.
    pub fn src(&self) -> Result<Option<u32>> {
        self.0.read(stats::SRC, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_PHC_VCLOCKS_*`: the attribute set `phc-vclocks`.
pub static PHC_VCLOCKS: Space = Space {
    name: "phc-vclocks",
    prefix: "ETHTOOL_A_PHC_VCLOCKS_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "num", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "index", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 3, 0, 0, 1, 2, 4],
};

/// Attribute numbers of [`PHC_VCLOCKS`].
pub mod phc_vclocks {
    /// `ETHTOOL_A_PHC_VCLOCKS_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_PHC_VCLOCKS_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_PHC_VCLOCKS_HEADER`.
    #[doc(alias = "ETHTOOL_A_PHC_VCLOCKS_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_PHC_VCLOCKS_NUM`.
    #[doc(alias = "ETHTOOL_A_PHC_VCLOCKS_NUM")]
    pub const NUM: u16 = 2;
    /// `ETHTOOL_A_PHC_VCLOCKS_INDEX`.
    #[doc(alias = "ETHTOOL_A_PHC_VCLOCKS_INDEX")]
    pub const INDEX: u16 = 3;
}

/// Typed reads of an attribute chain of the set `phc-vclocks`.
#[derive(Clone, Debug, Default)]
pub struct PhcVclocks<'a>(pub crate::attr::Attrs<'a>);

impl<'a> PhcVclocks<'a> {
    /// `ETHTOOL_A_PHC_VCLOCKS_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(phc_vclocks::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_PHC_VCLOCKS_NUM`.
    pub fn num(&self) -> Result<Option<u32>> {
        self.0.read(phc_vclocks::NUM, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PHC_VCLOCKS_INDEX`.
    pub fn index(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(phc_vclocks::INDEX, |a| Ok(a.payload()))
    }
}

/// `ETHTOOL_A_MODULE_*`: the attribute set `module`.
pub static MODULE: Space = Space {
    name: "module",
    prefix: "ETHTOOL_A_MODULE_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "power_mode_policy", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "power_mode", ty: AttrType::U8 },
    ],
    by_name: &[0, 0, 0, 3, 0, 1, 2, 4],
};

/// Attribute numbers of [`MODULE`].
pub mod module {
    /// `ETHTOOL_A_MODULE_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_MODULE_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_MODULE_HEADER`.
    #[doc(alias = "ETHTOOL_A_MODULE_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_MODULE_POWER_MODE_POLICY`.
    #[doc(alias = "ETHTOOL_A_MODULE_POWER_MODE_POLICY")]
    pub const POWER_MODE_POLICY: u16 = 2;
    /// `ETHTOOL_A_MODULE_POWER_MODE`.
    #[doc(alias = "ETHTOOL_A_MODULE_POWER_MODE")]
    pub const POWER_MODE: u16 = 3;
}

/// Typed reads of an attribute chain of the set `module`.
#[derive(Clone, Debug, Default)]
pub struct Module<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Module<'a> {
    /// `ETHTOOL_A_MODULE_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(module::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_MODULE_POWER_MODE_POLICY`.
    pub fn power_mode_policy(&self) -> Result<Option<u8>> {
        self.0.read(module::POWER_MODE_POLICY, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_MODULE_POWER_MODE`.
    pub fn power_mode(&self) -> Result<Option<u8>> {
        self.0.read(module::POWER_MODE, crate::attr::Attr::u8)
    }
}

/// `ETHTOOL_A_C33_PSE_PW_LIMIT_*`: the attribute set `c33-pse-pw-limit`.
pub static C33_PSE_PW_LIMIT: Space = Space {
    name: "c33-pse-pw-limit",
    prefix: "ETHTOOL_A_C33_PSE_PW_LIMIT_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "min", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "max", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 0, 0, 3, 1, 2, 0],
};

/// Attribute numbers of [`C33_PSE_PW_LIMIT`].
pub mod c33_pse_pw_limit {
    /// `ETHTOOL_A_C33_PSE_PW_LIMIT_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_C33_PSE_PW_LIMIT_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_C33_PSE_PW_LIMIT_MIN`.
    #[doc(alias = "ETHTOOL_A_C33_PSE_PW_LIMIT_MIN")]
    pub const MIN: u16 = 1;
    /// `ETHTOOL_A_C33_PSE_PW_LIMIT_MAX`.
    #[doc(alias = "ETHTOOL_A_C33_PSE_PW_LIMIT_MAX")]
    pub const MAX: u16 = 2;
}

/// Typed reads of an attribute chain of the set `c33-pse-pw-limit`.
#[derive(Clone, Debug, Default)]
pub struct C33PsePwLimit<'a>(pub crate::attr::Attrs<'a>);

impl<'a> C33PsePwLimit<'a> {
    /// `ETHTOOL_A_C33_PSE_PW_LIMIT_MIN`.
    pub fn min(&self) -> Result<Option<u32>> {
        self.0.read(c33_pse_pw_limit::MIN, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_C33_PSE_PW_LIMIT_MAX`.
    pub fn max(&self) -> Result<Option<u32>> {
        self.0.read(c33_pse_pw_limit::MAX, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_PSE_*`: the attribute set `pse`.
pub static PSE: Space = Space {
    name: "pse",
    prefix: "ETHTOOL_A_PSE_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "podl_pse_admin_state", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "podl_pse_admin_control", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "podl_pse_pw_d_status", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "c33_pse_admin_state", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "c33_pse_admin_control", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "c33_pse_pw_d_status", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "c33_pse_pw_class", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "c33_pse_actual_pw", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "c33_pse_ext_state", ty: AttrType::Enum(Scalar::U32, C33_PSE_EXT_STATE) },
        AttrSpec { id: 11, name: "c33_pse_ext_substate", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "c33_pse_avail_pw_limit", ty: AttrType::U32 },
        AttrSpec { id: 13, name: "c33_pse_pw_limit_ranges", ty: AttrType::Nested(&C33_PSE_PW_LIMIT) },
        AttrSpec { id: 14, name: "pse_pw_d_id", ty: AttrType::U32 },
        AttrSpec { id: 15, name: "pse_prio_max", ty: AttrType::U32 },
        AttrSpec { id: 16, name: "pse_prio", ty: AttrType::U32 },
    ],
    by_name: &[
        16, 17, 0, 0, 0, 0, 0, 0, 0, 10, 0, 5, 0, 1, 8, 15, 6, 0, 0, 13, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0,
        7, 0, 0, 0, 0, 0, 0, 11, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 0, 0, 0, 0, 0, 0, 9, 14, 0,
    ],
};

/// Attribute numbers of [`PSE`].
pub mod pse {
    /// `ETHTOOL_A_PSE_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_PSE_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_PSE_HEADER`.
    #[doc(alias = "ETHTOOL_A_PSE_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_PSE_PODL_PSE_ADMIN_STATE`.
    #[doc(alias = "ETHTOOL_A_PSE_PODL_PSE_ADMIN_STATE")]
    pub const PODL_PSE_ADMIN_STATE: u16 = 2;
    /// `ETHTOOL_A_PSE_PODL_PSE_ADMIN_CONTROL`.
    #[doc(alias = "ETHTOOL_A_PSE_PODL_PSE_ADMIN_CONTROL")]
    pub const PODL_PSE_ADMIN_CONTROL: u16 = 3;
    /// `ETHTOOL_A_PSE_PODL_PSE_PW_D_STATUS`.
    #[doc(alias = "ETHTOOL_A_PSE_PODL_PSE_PW_D_STATUS")]
    pub const PODL_PSE_PW_D_STATUS: u16 = 4;
    /// `ETHTOOL_A_PSE_C33_PSE_ADMIN_STATE`.
    #[doc(alias = "ETHTOOL_A_PSE_C33_PSE_ADMIN_STATE")]
    pub const C33_PSE_ADMIN_STATE: u16 = 5;
    /// `ETHTOOL_A_PSE_C33_PSE_ADMIN_CONTROL`.
    #[doc(alias = "ETHTOOL_A_PSE_C33_PSE_ADMIN_CONTROL")]
    pub const C33_PSE_ADMIN_CONTROL: u16 = 6;
    /// `ETHTOOL_A_PSE_C33_PSE_PW_D_STATUS`.
    #[doc(alias = "ETHTOOL_A_PSE_C33_PSE_PW_D_STATUS")]
    pub const C33_PSE_PW_D_STATUS: u16 = 7;
    /// `ETHTOOL_A_PSE_C33_PSE_PW_CLASS`.
    #[doc(alias = "ETHTOOL_A_PSE_C33_PSE_PW_CLASS")]
    pub const C33_PSE_PW_CLASS: u16 = 8;
    /// `ETHTOOL_A_PSE_C33_PSE_ACTUAL_PW`.
    #[doc(alias = "ETHTOOL_A_PSE_C33_PSE_ACTUAL_PW")]
    pub const C33_PSE_ACTUAL_PW: u16 = 9;
    /// `ETHTOOL_A_PSE_C33_PSE_EXT_STATE`.
    #[doc(alias = "ETHTOOL_A_PSE_C33_PSE_EXT_STATE")]
    pub const C33_PSE_EXT_STATE: u16 = 10;
    /// `ETHTOOL_A_PSE_C33_PSE_EXT_SUBSTATE`.
    #[doc(alias = "ETHTOOL_A_PSE_C33_PSE_EXT_SUBSTATE")]
    pub const C33_PSE_EXT_SUBSTATE: u16 = 11;
    /// `ETHTOOL_A_PSE_C33_PSE_AVAIL_PW_LIMIT`.
    #[doc(alias = "ETHTOOL_A_PSE_C33_PSE_AVAIL_PW_LIMIT")]
    pub const C33_PSE_AVAIL_PW_LIMIT: u16 = 12;
    /// `ETHTOOL_A_PSE_C33_PSE_PW_LIMIT_RANGES`.
    #[doc(alias = "ETHTOOL_A_PSE_C33_PSE_PW_LIMIT_RANGES")]
    pub const C33_PSE_PW_LIMIT_RANGES: u16 = 13;
    /// `ETHTOOL_A_PSE_PSE_PW_D_ID`.
    #[doc(alias = "ETHTOOL_A_PSE_PSE_PW_D_ID")]
    pub const PSE_PW_D_ID: u16 = 14;
    /// `ETHTOOL_A_PSE_PSE_PRIO_MAX`.
    #[doc(alias = "ETHTOOL_A_PSE_PSE_PRIO_MAX")]
    pub const PSE_PRIO_MAX: u16 = 15;
    /// `ETHTOOL_A_PSE_PSE_PRIO`.
    #[doc(alias = "ETHTOOL_A_PSE_PSE_PRIO")]
    pub const PSE_PRIO: u16 = 16;
}

/// Typed reads of an attribute chain of the set `pse`.
#[derive(Clone, Debug, Default)]
pub struct Pse<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Pse<'a> {
    /// `ETHTOOL_A_PSE_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(pse::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_PSE_PODL_PSE_ADMIN_STATE`.
    pub fn podl_pse_admin_state(&self) -> Result<Option<u32>> {
        self.0.read(pse::PODL_PSE_ADMIN_STATE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_PODL_PSE_ADMIN_CONTROL`.
    pub fn podl_pse_admin_control(&self) -> Result<Option<u32>> {
        self.0.read(pse::PODL_PSE_ADMIN_CONTROL, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_PODL_PSE_PW_D_STATUS`.
    pub fn podl_pse_pw_d_status(&self) -> Result<Option<u32>> {
        self.0.read(pse::PODL_PSE_PW_D_STATUS, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_C33_PSE_ADMIN_STATE`.
    pub fn c33_pse_admin_state(&self) -> Result<Option<u32>> {
        self.0.read(pse::C33_PSE_ADMIN_STATE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_C33_PSE_ADMIN_CONTROL`.
    pub fn c33_pse_admin_control(&self) -> Result<Option<u32>> {
        self.0.read(pse::C33_PSE_ADMIN_CONTROL, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_C33_PSE_PW_D_STATUS`.
    pub fn c33_pse_pw_d_status(&self) -> Result<Option<u32>> {
        self.0.read(pse::C33_PSE_PW_D_STATUS, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_C33_PSE_PW_CLASS`.
    pub fn c33_pse_pw_class(&self) -> Result<Option<u32>> {
        self.0.read(pse::C33_PSE_PW_CLASS, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_C33_PSE_ACTUAL_PW`.
    pub fn c33_pse_actual_pw(&self) -> Result<Option<u32>> {
        self.0.read(pse::C33_PSE_ACTUAL_PW, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_C33_PSE_EXT_STATE`.
    pub fn c33_pse_ext_state(&self) -> Result<Option<u32>> {
        self.0.read(pse::C33_PSE_EXT_STATE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_C33_PSE_EXT_SUBSTATE`.
    pub fn c33_pse_ext_substate(&self) -> Result<Option<u32>> {
        self.0.read(pse::C33_PSE_EXT_SUBSTATE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_C33_PSE_AVAIL_PW_LIMIT`.
    pub fn c33_pse_avail_pw_limit(&self) -> Result<Option<u32>> {
        self.0.read(pse::C33_PSE_AVAIL_PW_LIMIT, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_C33_PSE_PW_LIMIT_RANGES`.
    pub fn c33_pse_pw_limit_ranges(&self) -> impl Iterator<Item = Result<C33PsePwLimit<'a>>> + 'a {
        self.0.read_all(pse::C33_PSE_PW_LIMIT_RANGES, |a| Ok(C33PsePwLimit(a.nested())))
    }
    /// `ETHTOOL_A_PSE_PSE_PW_D_ID`.
    pub fn pse_pw_d_id(&self) -> Result<Option<u32>> {
        self.0.read(pse::PSE_PW_D_ID, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_PSE_PRIO_MAX`.
    pub fn pse_prio_max(&self) -> Result<Option<u32>> {
        self.0.read(pse::PSE_PRIO_MAX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PSE_PSE_PRIO`.
    pub fn pse_prio(&self) -> Result<Option<u32>> {
        self.0.read(pse::PSE_PRIO, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_FLOW_*`: the attribute set `flow`.
pub static FLOW: Space = Space {
    name: "flow",
    prefix: "ETHTOOL_A_FLOW_",
    attrs: &[
        AttrSpec { id: 1, name: "ether", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 2, name: "ip4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 3, name: "ip6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 4, name: "tcp4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 5, name: "tcp6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 6, name: "udp4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 7, name: "udp6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 8, name: "sctp4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 9, name: "sctp6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 10, name: "ah4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 11, name: "ah6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 12, name: "esp4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 13, name: "esp6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 14, name: "ah_esp4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 15, name: "ah_esp6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 16, name: "gtpu4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 17, name: "gtpu6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 18, name: "gtpc4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 19, name: "gtpc6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 20, name: "gtpc_teid4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 21, name: "gtpc_teid6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 22, name: "gtpu_eh4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 23, name: "gtpu_eh6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 24, name: "gtpu_ul4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 25, name: "gtpu_ul6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 26, name: "gtpu_dl4", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
        AttrSpec { id: 27, name: "gtpu_dl6", ty: AttrType::Bits(Scalar::Uint, RXFH_FIELDS) },
    ],
    by_name: &[
        13, 0, 0, 0, 0, 1, 0, 0, 0, 8, 0, 0, 0, 0, 20, 3, 7, 23, 25, 27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 4, 15, 9, 16, 10, 12, 18, 21, 0, 0, 22, 24, 26, 0, 0, 0, 0, 0, 0, 0, 2, 6, 0, 0, 0, 0, 5, 14, 17,
        19, 11,
    ],
};

/// Attribute numbers of [`FLOW`].
pub mod flow {
    /// `ETHTOOL_A_FLOW_ETHER`.
    #[doc(alias = "ETHTOOL_A_FLOW_ETHER")]
    pub const ETHER: u16 = 1;
    /// `ETHTOOL_A_FLOW_IP4`.
    #[doc(alias = "ETHTOOL_A_FLOW_IP4")]
    pub const IP4: u16 = 2;
    /// `ETHTOOL_A_FLOW_IP6`.
    #[doc(alias = "ETHTOOL_A_FLOW_IP6")]
    pub const IP6: u16 = 3;
    /// `ETHTOOL_A_FLOW_TCP4`.
    #[doc(alias = "ETHTOOL_A_FLOW_TCP4")]
    pub const TCP4: u16 = 4;
    /// `ETHTOOL_A_FLOW_TCP6`.
    #[doc(alias = "ETHTOOL_A_FLOW_TCP6")]
    pub const TCP6: u16 = 5;
    /// `ETHTOOL_A_FLOW_UDP4`.
    #[doc(alias = "ETHTOOL_A_FLOW_UDP4")]
    pub const UDP4: u16 = 6;
    /// `ETHTOOL_A_FLOW_UDP6`.
    #[doc(alias = "ETHTOOL_A_FLOW_UDP6")]
    pub const UDP6: u16 = 7;
    /// `ETHTOOL_A_FLOW_SCTP4`.
    #[doc(alias = "ETHTOOL_A_FLOW_SCTP4")]
    pub const SCTP4: u16 = 8;
    /// `ETHTOOL_A_FLOW_SCTP6`.
    #[doc(alias = "ETHTOOL_A_FLOW_SCTP6")]
    pub const SCTP6: u16 = 9;
    /// `ETHTOOL_A_FLOW_AH4`.
    #[doc(alias = "ETHTOOL_A_FLOW_AH4")]
    pub const AH4: u16 = 10;
    /// `ETHTOOL_A_FLOW_AH6`.
    #[doc(alias = "ETHTOOL_A_FLOW_AH6")]
    pub const AH6: u16 = 11;
    /// `ETHTOOL_A_FLOW_ESP4`.
    #[doc(alias = "ETHTOOL_A_FLOW_ESP4")]
    pub const ESP4: u16 = 12;
    /// `ETHTOOL_A_FLOW_ESP6`.
    #[doc(alias = "ETHTOOL_A_FLOW_ESP6")]
    pub const ESP6: u16 = 13;
    /// `ETHTOOL_A_FLOW_AH_ESP4`.
    #[doc(alias = "ETHTOOL_A_FLOW_AH_ESP4")]
    pub const AH_ESP4: u16 = 14;
    /// `ETHTOOL_A_FLOW_AH_ESP6`.
    #[doc(alias = "ETHTOOL_A_FLOW_AH_ESP6")]
    pub const AH_ESP6: u16 = 15;
    /// `ETHTOOL_A_FLOW_GTPU4`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPU4")]
    pub const GTPU4: u16 = 16;
    /// `ETHTOOL_A_FLOW_GTPU6`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPU6")]
    pub const GTPU6: u16 = 17;
    /// `ETHTOOL_A_FLOW_GTPC4`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPC4")]
    pub const GTPC4: u16 = 18;
    /// `ETHTOOL_A_FLOW_GTPC6`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPC6")]
    pub const GTPC6: u16 = 19;
    /// `ETHTOOL_A_FLOW_GTPC_TEID4`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPC_TEID4")]
    pub const GTPC_TEID4: u16 = 20;
    /// `ETHTOOL_A_FLOW_GTPC_TEID6`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPC_TEID6")]
    pub const GTPC_TEID6: u16 = 21;
    /// `ETHTOOL_A_FLOW_GTPU_EH4`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPU_EH4")]
    pub const GTPU_EH4: u16 = 22;
    /// `ETHTOOL_A_FLOW_GTPU_EH6`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPU_EH6")]
    pub const GTPU_EH6: u16 = 23;
    /// `ETHTOOL_A_FLOW_GTPU_UL4`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPU_UL4")]
    pub const GTPU_UL4: u16 = 24;
    /// `ETHTOOL_A_FLOW_GTPU_UL6`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPU_UL6")]
    pub const GTPU_UL6: u16 = 25;
    /// `ETHTOOL_A_FLOW_GTPU_DL4`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPU_DL4")]
    pub const GTPU_DL4: u16 = 26;
    /// `ETHTOOL_A_FLOW_GTPU_DL6`.
    #[doc(alias = "ETHTOOL_A_FLOW_GTPU_DL6")]
    pub const GTPU_DL6: u16 = 27;
}

/// Typed reads of an attribute chain of the set `flow`.
#[derive(Clone, Debug, Default)]
pub struct Flow<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Flow<'a> {
    /// `ETHTOOL_A_FLOW_ETHER`.
    pub fn ether(&self) -> Result<Option<u64>> {
        self.0.read(flow::ETHER, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_IP4`.
    pub fn ip4(&self) -> Result<Option<u64>> {
        self.0.read(flow::IP4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_IP6`.
    pub fn ip6(&self) -> Result<Option<u64>> {
        self.0.read(flow::IP6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_TCP4`.
    pub fn tcp4(&self) -> Result<Option<u64>> {
        self.0.read(flow::TCP4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_TCP6`.
    pub fn tcp6(&self) -> Result<Option<u64>> {
        self.0.read(flow::TCP6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_UDP4`.
    pub fn udp4(&self) -> Result<Option<u64>> {
        self.0.read(flow::UDP4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_UDP6`.
    pub fn udp6(&self) -> Result<Option<u64>> {
        self.0.read(flow::UDP6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_SCTP4`.
    pub fn sctp4(&self) -> Result<Option<u64>> {
        self.0.read(flow::SCTP4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_SCTP6`.
    pub fn sctp6(&self) -> Result<Option<u64>> {
        self.0.read(flow::SCTP6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_AH4`.
    pub fn ah4(&self) -> Result<Option<u64>> {
        self.0.read(flow::AH4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_AH6`.
    pub fn ah6(&self) -> Result<Option<u64>> {
        self.0.read(flow::AH6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_ESP4`.
    pub fn esp4(&self) -> Result<Option<u64>> {
        self.0.read(flow::ESP4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_ESP6`.
    pub fn esp6(&self) -> Result<Option<u64>> {
        self.0.read(flow::ESP6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_AH_ESP4`.
    pub fn ah_esp4(&self) -> Result<Option<u64>> {
        self.0.read(flow::AH_ESP4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_AH_ESP6`.
    pub fn ah_esp6(&self) -> Result<Option<u64>> {
        self.0.read(flow::AH_ESP6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPU4`.
    pub fn gtpu4(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPU4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPU6`.
    pub fn gtpu6(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPU6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPC4`.
    pub fn gtpc4(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPC4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPC6`.
    pub fn gtpc6(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPC6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPC_TEID4`.
    pub fn gtpc_teid4(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPC_TEID4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPC_TEID6`.
    pub fn gtpc_teid6(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPC_TEID6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPU_EH4`.
    pub fn gtpu_eh4(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPU_EH4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPU_EH6`.
    pub fn gtpu_eh6(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPU_EH6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPU_UL4`.
    pub fn gtpu_ul4(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPU_UL4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPU_UL6`.
    pub fn gtpu_ul6(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPU_UL6, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPU_DL4`.
    pub fn gtpu_dl4(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPU_DL4, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_FLOW_GTPU_DL6`.
    pub fn gtpu_dl6(&self) -> Result<Option<u64>> {
        self.0.read(flow::GTPU_DL6, crate::attr::Attr::uint)
    }
}

/// `ETHTOOL_A_RSS_*`: the attribute set `rss`.
pub static RSS: Space = Space {
    name: "rss",
    prefix: "ETHTOOL_A_RSS_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "context", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "hfunc", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "indir", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "hkey", ty: AttrType::Bytes },
        AttrSpec { id: 6, name: "input_xfrm", ty: AttrType::Bits(Scalar::U32, INPUT_XFRM) },
        AttrSpec { id: 7, name: "start_context", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "flow_hash", ty: AttrType::Nested(&FLOW) },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 8, 0, 0, 9, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 4, 5, 7, 3,
    ],
};

/// Attribute numbers of [`RSS`].
pub mod rss {
    /// `ETHTOOL_A_RSS_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_RSS_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_RSS_HEADER`.
    #[doc(alias = "ETHTOOL_A_RSS_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_RSS_CONTEXT`.
    #[doc(alias = "ETHTOOL_A_RSS_CONTEXT")]
    pub const CONTEXT: u16 = 2;
    /// `ETHTOOL_A_RSS_HFUNC`.
    #[doc(alias = "ETHTOOL_A_RSS_HFUNC")]
    pub const HFUNC: u16 = 3;
    /// `ETHTOOL_A_RSS_INDIR`.
    #[doc(alias = "ETHTOOL_A_RSS_INDIR")]
    pub const INDIR: u16 = 4;
    /// `ETHTOOL_A_RSS_HKEY`.
    #[doc(alias = "ETHTOOL_A_RSS_HKEY")]
    pub const HKEY: u16 = 5;
    /// `ETHTOOL_A_RSS_INPUT_XFRM`.
    #[doc(alias = "ETHTOOL_A_RSS_INPUT_XFRM")]
    pub const INPUT_XFRM: u16 = 6;
    /// `ETHTOOL_A_RSS_START_CONTEXT`.
    #[doc(alias = "ETHTOOL_A_RSS_START_CONTEXT")]
    pub const START_CONTEXT: u16 = 7;
    /// `ETHTOOL_A_RSS_FLOW_HASH`.
    #[doc(alias = "ETHTOOL_A_RSS_FLOW_HASH")]
    pub const FLOW_HASH: u16 = 8;
}

/// Typed reads of an attribute chain of the set `rss`.
#[derive(Clone, Debug, Default)]
pub struct Rss<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Rss<'a> {
    /// `ETHTOOL_A_RSS_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(rss::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_RSS_CONTEXT`.
    pub fn context(&self) -> Result<Option<u32>> {
        self.0.read(rss::CONTEXT, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RSS_HFUNC`.
    pub fn hfunc(&self) -> Result<Option<u32>> {
        self.0.read(rss::HFUNC, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RSS_INDIR`.
    pub fn indir(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(rss::INDIR, |a| Ok(a.payload()))
    }
    /// `ETHTOOL_A_RSS_HKEY`.
    pub fn hkey(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(rss::HKEY, |a| Ok(a.payload()))
    }
    /// `ETHTOOL_A_RSS_INPUT_XFRM`.
    pub fn input_xfrm(&self) -> Result<Option<InputXfrm>> {
        self.0.read(rss::INPUT_XFRM, |a| a.u32().map(InputXfrm::from_bits_retain))
    }
    /// `ETHTOOL_A_RSS_START_CONTEXT`.
    pub fn start_context(&self) -> Result<Option<u32>> {
        self.0.read(rss::START_CONTEXT, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_RSS_FLOW_HASH`.
    pub fn flow_hash(&self) -> Result<Option<Flow<'a>>> {
        self.0.read(rss::FLOW_HASH, |a| Ok(Flow(a.nested())))
    }
}

/// `ETHTOOL_A_PLCA_*`: the attribute set `plca`.
pub static PLCA: Space = Space {
    name: "plca",
    prefix: "ETHTOOL_A_PLCA_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "version", ty: AttrType::U16 },
        AttrSpec { id: 3, name: "enabled", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "status", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "node_cnt", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "node_id", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "to_tmr", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "burst_cnt", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "burst_tmr", ty: AttrType::U32 },
    ],
    by_name: &[
        10, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 1, 0, 0, 0, 8, 9, 0, 0, 2, 3, 5, 0, 7, 0, 0, 0, 0, 0, 4,
    ],
};

/// Attribute numbers of [`PLCA`].
pub mod plca {
    /// `ETHTOOL_A_PLCA_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_PLCA_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_PLCA_HEADER`.
    #[doc(alias = "ETHTOOL_A_PLCA_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_PLCA_VERSION`.
    #[doc(alias = "ETHTOOL_A_PLCA_VERSION")]
    pub const VERSION: u16 = 2;
    /// `ETHTOOL_A_PLCA_ENABLED`.
    #[doc(alias = "ETHTOOL_A_PLCA_ENABLED")]
    pub const ENABLED: u16 = 3;
    /// `ETHTOOL_A_PLCA_STATUS`.
    #[doc(alias = "ETHTOOL_A_PLCA_STATUS")]
    pub const STATUS: u16 = 4;
    /// `ETHTOOL_A_PLCA_NODE_CNT`.
    #[doc(alias = "ETHTOOL_A_PLCA_NODE_CNT")]
    pub const NODE_CNT: u16 = 5;
    /// `ETHTOOL_A_PLCA_NODE_ID`.
    #[doc(alias = "ETHTOOL_A_PLCA_NODE_ID")]
    pub const NODE_ID: u16 = 6;
    /// `ETHTOOL_A_PLCA_TO_TMR`.
    #[doc(alias = "ETHTOOL_A_PLCA_TO_TMR")]
    pub const TO_TMR: u16 = 7;
    /// `ETHTOOL_A_PLCA_BURST_CNT`.
    #[doc(alias = "ETHTOOL_A_PLCA_BURST_CNT")]
    pub const BURST_CNT: u16 = 8;
    /// `ETHTOOL_A_PLCA_BURST_TMR`.
    #[doc(alias = "ETHTOOL_A_PLCA_BURST_TMR")]
    pub const BURST_TMR: u16 = 9;
}

/// Typed reads of an attribute chain of the set `plca`.
#[derive(Clone, Debug, Default)]
pub struct Plca<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Plca<'a> {
    /// `ETHTOOL_A_PLCA_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(plca::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_PLCA_VERSION`.
    pub fn version(&self) -> Result<Option<u16>> {
        self.0.read(plca::VERSION, crate::attr::Attr::u16)
    }
    /// `ETHTOOL_A_PLCA_ENABLED`.
    pub fn enabled(&self) -> Result<Option<u8>> {
        self.0.read(plca::ENABLED, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_PLCA_STATUS`.
    pub fn status(&self) -> Result<Option<u8>> {
        self.0.read(plca::STATUS, crate::attr::Attr::u8)
    }
    /// `ETHTOOL_A_PLCA_NODE_CNT`.
    pub fn node_cnt(&self) -> Result<Option<u32>> {
        self.0.read(plca::NODE_CNT, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PLCA_NODE_ID`.
    pub fn node_id(&self) -> Result<Option<u32>> {
        self.0.read(plca::NODE_ID, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PLCA_TO_TMR`.
    pub fn to_tmr(&self) -> Result<Option<u32>> {
        self.0.read(plca::TO_TMR, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PLCA_BURST_CNT`.
    pub fn burst_cnt(&self) -> Result<Option<u32>> {
        self.0.read(plca::BURST_CNT, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PLCA_BURST_TMR`.
    pub fn burst_tmr(&self) -> Result<Option<u32>> {
        self.0.read(plca::BURST_TMR, crate::attr::Attr::u32)
    }
}

/// `ETHTOOL_A_MODULE_FW_FLASH_*`: the attribute set `module-fw-flash`.
pub static MODULE_FW_FLASH: Space = Space {
    name: "module-fw-flash",
    prefix: "ETHTOOL_A_MODULE_FW_FLASH_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "file_name", ty: AttrType::Str },
        AttrSpec { id: 3, name: "password", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "status", ty: AttrType::Enum(Scalar::U32, MODULE_FW_FLASH_STATUS) },
        AttrSpec { id: 5, name: "status_msg", ty: AttrType::Str },
        AttrSpec { id: 6, name: "done", ty: AttrType::Uint },
        AttrSpec { id: 7, name: "total", ty: AttrType::Uint },
    ],
    by_name: &[0, 0, 0, 0, 6, 2, 4, 5, 0, 0, 3, 0, 7, 1, 8, 0],
};

/// Attribute numbers of [`MODULE_FW_FLASH`].
pub mod module_fw_flash {
    /// `ETHTOOL_A_MODULE_FW_FLASH_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_MODULE_FW_FLASH_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_MODULE_FW_FLASH_HEADER`.
    #[doc(alias = "ETHTOOL_A_MODULE_FW_FLASH_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME`.
    #[doc(alias = "ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME")]
    pub const FILE_NAME: u16 = 2;
    /// `ETHTOOL_A_MODULE_FW_FLASH_PASSWORD`.
    #[doc(alias = "ETHTOOL_A_MODULE_FW_FLASH_PASSWORD")]
    pub const PASSWORD: u16 = 3;
    /// `ETHTOOL_A_MODULE_FW_FLASH_STATUS`.
    #[doc(alias = "ETHTOOL_A_MODULE_FW_FLASH_STATUS")]
    pub const STATUS: u16 = 4;
    /// `ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG`.
    #[doc(alias = "ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG")]
    pub const STATUS_MSG: u16 = 5;
    /// `ETHTOOL_A_MODULE_FW_FLASH_DONE`.
    #[doc(alias = "ETHTOOL_A_MODULE_FW_FLASH_DONE")]
    pub const DONE: u16 = 6;
    /// `ETHTOOL_A_MODULE_FW_FLASH_TOTAL`.
    #[doc(alias = "ETHTOOL_A_MODULE_FW_FLASH_TOTAL")]
    pub const TOTAL: u16 = 7;
}

/// Typed reads of an attribute chain of the set `module-fw-flash`.
#[derive(Clone, Debug, Default)]
pub struct ModuleFwFlash<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ModuleFwFlash<'a> {
    /// `ETHTOOL_A_MODULE_FW_FLASH_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(module_fw_flash::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME`.
    pub fn file_name(&self) -> Result<Option<&'a str>> {
        self.0.read(module_fw_flash::FILE_NAME, crate::attr::Attr::str)
    }
    /// `ETHTOOL_A_MODULE_FW_FLASH_PASSWORD`.
    pub fn password(&self) -> Result<Option<u32>> {
        self.0.read(module_fw_flash::PASSWORD, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_MODULE_FW_FLASH_STATUS`.
    pub fn status(&self) -> Result<Option<u32>> {
        self.0.read(module_fw_flash::STATUS, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG`.
    pub fn status_msg(&self) -> Result<Option<&'a str>> {
        self.0.read(module_fw_flash::STATUS_MSG, crate::attr::Attr::str)
    }
    /// `ETHTOOL_A_MODULE_FW_FLASH_DONE`.
    pub fn done(&self) -> Result<Option<u64>> {
        self.0.read(module_fw_flash::DONE, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_MODULE_FW_FLASH_TOTAL`.
    pub fn total(&self) -> Result<Option<u64>> {
        self.0.read(module_fw_flash::TOTAL, crate::attr::Attr::uint)
    }
}

/// `ETHTOOL_A_PHY_*`: the attribute set `phy`.
pub static PHY: Space = Space {
    name: "phy",
    prefix: "ETHTOOL_A_PHY_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "index", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "drvname", ty: AttrType::Str },
        AttrSpec { id: 4, name: "name", ty: AttrType::Str },
        AttrSpec { id: 5, name: "upstream_type", ty: AttrType::Enum(Scalar::U32, PHY_UPSTREAM_TYPE) },
        AttrSpec { id: 6, name: "upstream_index", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "upstream_sfp_name", ty: AttrType::Str },
        AttrSpec { id: 8, name: "downstream_sfp_name", ty: AttrType::Str },
    ],
    by_name: &[
        0, 5, 0, 0, 0, 6, 0, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 7, 0, 0, 0, 2, 0, 0, 9, 0, 0, 8, 0, 0, 0, 3,
    ],
};

/// Attribute numbers of [`PHY`].
pub mod phy {
    /// `ETHTOOL_A_PHY_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_PHY_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_PHY_HEADER`.
    #[doc(alias = "ETHTOOL_A_PHY_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_PHY_INDEX`.
    #[doc(alias = "ETHTOOL_A_PHY_INDEX")]
    pub const INDEX: u16 = 2;
    /// `ETHTOOL_A_PHY_DRVNAME`.
    #[doc(alias = "ETHTOOL_A_PHY_DRVNAME")]
    pub const DRVNAME: u16 = 3;
    /// `ETHTOOL_A_PHY_NAME`.
    #[doc(alias = "ETHTOOL_A_PHY_NAME")]
    pub const NAME: u16 = 4;
    /// `ETHTOOL_A_PHY_UPSTREAM_TYPE`.
    #[doc(alias = "ETHTOOL_A_PHY_UPSTREAM_TYPE")]
    pub const UPSTREAM_TYPE: u16 = 5;
    /// `ETHTOOL_A_PHY_UPSTREAM_INDEX`.
    #[doc(alias = "ETHTOOL_A_PHY_UPSTREAM_INDEX")]
    pub const UPSTREAM_INDEX: u16 = 6;
    /// `ETHTOOL_A_PHY_UPSTREAM_SFP_NAME`.
    #[doc(alias = "ETHTOOL_A_PHY_UPSTREAM_SFP_NAME")]
    pub const UPSTREAM_SFP_NAME: u16 = 7;
    /// `ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME`.
    #[doc(alias = "ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME")]
    pub const DOWNSTREAM_SFP_NAME: u16 = 8;
}

/// Typed reads of an attribute chain of the set `phy`.
#[derive(Clone, Debug, Default)]
pub struct Phy<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Phy<'a> {
    /// `ETHTOOL_A_PHY_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(phy::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_PHY_INDEX`.
    pub fn index(&self) -> Result<Option<u32>> {
        self.0.read(phy::INDEX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PHY_DRVNAME`.
    pub fn drvname(&self) -> Result<Option<&'a str>> {
        self.0.read(phy::DRVNAME, crate::attr::Attr::str)
    }
    /// `ETHTOOL_A_PHY_NAME`.
    pub fn name(&self) -> Result<Option<&'a str>> {
        self.0.read(phy::NAME, crate::attr::Attr::str)
    }
    /// `ETHTOOL_A_PHY_UPSTREAM_TYPE`.
    pub fn upstream_type(&self) -> Result<Option<u32>> {
        self.0.read(phy::UPSTREAM_TYPE, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PHY_UPSTREAM_INDEX`.
    pub fn upstream_index(&self) -> Result<Option<u32>> {
        self.0.read(phy::UPSTREAM_INDEX, crate::attr::Attr::u32)
    }
    /// `ETHTOOL_A_PHY_UPSTREAM_SFP_NAME`.
    pub fn upstream_sfp_name(&self) -> Result<Option<&'a str>> {
        self.0.read(phy::UPSTREAM_SFP_NAME, crate::attr::Attr::str)
    }
    /// `ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME`.
    pub fn downstream_sfp_name(&self) -> Result<Option<&'a str>> {
        self.0.read(phy::DOWNSTREAM_SFP_NAME, crate::attr::Attr::str)
    }
}

/// `ETHTOOL_A_TSCONFIG_*`: the attribute set `tsconfig`.
pub static TSCONFIG: Space = Space {
    name: "tsconfig",
    prefix: "ETHTOOL_A_TSCONFIG_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "hwtstamp_provider", ty: AttrType::Nested(&TS_HWTSTAMP_PROVIDER) },
        AttrSpec { id: 3, name: "tx_types", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 4, name: "rx_filters", ty: AttrType::Nested(&BITSET) },
        AttrSpec { id: 5, name: "hwtstamp_flags", ty: AttrType::Nested(&BITSET) },
    ],
    by_name: &[5, 3, 0, 0, 0, 2, 6, 0, 0, 4, 0, 0, 0, 1, 0, 0],
};

/// Attribute numbers of [`TSCONFIG`].
pub mod tsconfig {
    /// `ETHTOOL_A_TSCONFIG_UNSPEC`.
    #[doc(alias = "ETHTOOL_A_TSCONFIG_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `ETHTOOL_A_TSCONFIG_HEADER`.
    #[doc(alias = "ETHTOOL_A_TSCONFIG_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER`.
    #[doc(alias = "ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER")]
    pub const HWTSTAMP_PROVIDER: u16 = 2;
    /// `ETHTOOL_A_TSCONFIG_TX_TYPES`.
    #[doc(alias = "ETHTOOL_A_TSCONFIG_TX_TYPES")]
    pub const TX_TYPES: u16 = 3;
    /// `ETHTOOL_A_TSCONFIG_RX_FILTERS`.
    #[doc(alias = "ETHTOOL_A_TSCONFIG_RX_FILTERS")]
    pub const RX_FILTERS: u16 = 4;
    /// `ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS`.
    #[doc(alias = "ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS")]
    pub const HWTSTAMP_FLAGS: u16 = 5;
}

/// Typed reads of an attribute chain of the set `tsconfig`.
#[derive(Clone, Debug, Default)]
pub struct Tsconfig<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Tsconfig<'a> {
    /// `ETHTOOL_A_TSCONFIG_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(tsconfig::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER`.
    pub fn hwtstamp_provider(&self) -> Result<Option<TsHwtstampProvider<'a>>> {
        self.0.read(tsconfig::HWTSTAMP_PROVIDER, |a| Ok(TsHwtstampProvider(a.nested())))
    }
    /// `ETHTOOL_A_TSCONFIG_TX_TYPES`.
    pub fn tx_types(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(tsconfig::TX_TYPES, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_TSCONFIG_RX_FILTERS`.
    pub fn rx_filters(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(tsconfig::RX_FILTERS, |a| Ok(Bitset(a.nested())))
    }
    /// `ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS`.
    pub fn hwtstamp_flags(&self) -> Result<Option<Bitset<'a>>> {
        self.0.read(tsconfig::HWTSTAMP_FLAGS, |a| Ok(Bitset(a.nested())))
    }
}

/// `ETHTOOL_A_PSE_NTF_*`: the attribute set `pse-ntf`.
pub static PSE_NTF: Space = Space {
    name: "pse-ntf",
    prefix: "ETHTOOL_A_PSE_NTF_",
    attrs: &[
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "events", ty: AttrType::Bits(Scalar::Uint, PSE_EVENT) },
    ],
    by_name: &[0, 1, 0, 2],
};

/// Attribute numbers of [`PSE_NTF`].
pub mod pse_ntf {
    /// `ETHTOOL_A_PSE_NTF_HEADER`.
    #[doc(alias = "ETHTOOL_A_PSE_NTF_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_PSE_NTF_EVENTS`.
    #[doc(alias = "ETHTOOL_A_PSE_NTF_EVENTS")]
    pub const EVENTS: u16 = 2;
}

/// Typed reads of an attribute chain of the set `pse-ntf`.
#[derive(Clone, Debug, Default)]
pub struct PseNtf<'a>(pub crate::attr::Attrs<'a>);

impl<'a> PseNtf<'a> {
    /// `ETHTOOL_A_PSE_NTF_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(pse_ntf::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_PSE_NTF_EVENTS`.
    pub fn events(&self) -> Result<Option<u64>> {
        self.0.read(pse_ntf::EVENTS, crate::attr::Attr::uint)
    }
}

/// `ETHTOOL_A_MSE_CAPABILITIES_*`: the attribute set `mse-capabilities`.
pub static MSE_CAPABILITIES: Space = Space {
    name: "mse-capabilities",
    prefix: "ETHTOOL_A_MSE_CAPABILITIES_",
    attrs: &[
        AttrSpec { id: 1, name: "max_average_mse", ty: AttrType::Uint },
        AttrSpec { id: 2, name: "max_peak_mse", ty: AttrType::Uint },
        AttrSpec { id: 3, name: "refresh_rate_ps", ty: AttrType::Uint },
        AttrSpec { id: 4, name: "num_symbols", ty: AttrType::Uint },
    ],
    by_name: &[0, 0, 0, 0, 1, 2, 3, 4],
};

/// Attribute numbers of [`MSE_CAPABILITIES`].
pub mod mse_capabilities {
    /// `ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE`.
    #[doc(alias = "ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE")]
    pub const MAX_AVERAGE_MSE: u16 = 1;
    /// `ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE`.
    #[doc(alias = "ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE")]
    pub const MAX_PEAK_MSE: u16 = 2;
    /// `ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS`.
    #[doc(alias = "ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS")]
    pub const REFRESH_RATE_PS: u16 = 3;
    /// `ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS`.
    #[doc(alias = "ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS")]
    pub const NUM_SYMBOLS: u16 = 4;
}

/// Typed reads of an attribute chain of the set `mse-capabilities`.
#[derive(Clone, Debug, Default)]
pub struct MseCapabilities<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MseCapabilities<'a> {
    /// `ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE`.
    pub fn max_average_mse(&self) -> Result<Option<u64>> {
        self.0.read(mse_capabilities::MAX_AVERAGE_MSE, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE`.
    pub fn max_peak_mse(&self) -> Result<Option<u64>> {
        self.0.read(mse_capabilities::MAX_PEAK_MSE, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS`.
    pub fn refresh_rate_ps(&self) -> Result<Option<u64>> {
        self.0.read(mse_capabilities::REFRESH_RATE_PS, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS`.
    pub fn num_symbols(&self) -> Result<Option<u64>> {
        self.0.read(mse_capabilities::NUM_SYMBOLS, crate::attr::Attr::uint)
    }
}

/// `ETHTOOL_A_MSE_SNAPSHOT_*`: the attribute set `mse-snapshot`.
pub static MSE_SNAPSHOT: Space = Space {
    name: "mse-snapshot",
    prefix: "ETHTOOL_A_MSE_SNAPSHOT_",
    attrs: &[
        AttrSpec { id: 1, name: "average_mse", ty: AttrType::Uint },
        AttrSpec { id: 2, name: "peak_mse", ty: AttrType::Uint },
        AttrSpec { id: 3, name: "worst_peak_mse", ty: AttrType::Uint },
    ],
    by_name: &[3, 2, 0, 0, 0, 1, 0, 0],
};

/// Attribute numbers of [`MSE_SNAPSHOT`].
pub mod mse_snapshot {
    /// `ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE`.
    #[doc(alias = "ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE")]
    pub const AVERAGE_MSE: u16 = 1;
    /// `ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE`.
    #[doc(alias = "ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE")]
    pub const PEAK_MSE: u16 = 2;
    /// `ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE`.
    #[doc(alias = "ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE")]
    pub const WORST_PEAK_MSE: u16 = 3;
}

/// Typed reads of an attribute chain of the set `mse-snapshot`.
#[derive(Clone, Debug, Default)]
pub struct MseSnapshot<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MseSnapshot<'a> {
    /// `ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE`.
    pub fn average_mse(&self) -> Result<Option<u64>> {
        self.0.read(mse_snapshot::AVERAGE_MSE, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE`.
    pub fn peak_mse(&self) -> Result<Option<u64>> {
        self.0.read(mse_snapshot::PEAK_MSE, crate::attr::Attr::uint)
    }
    /// `ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE`.
    pub fn worst_peak_mse(&self) -> Result<Option<u64>> {
        self.0.read(mse_snapshot::WORST_PEAK_MSE, crate::attr::Attr::uint)
    }
}

/// `ETHTOOL_A_MSE_*`: the attribute set `mse`.
pub static MSE: Space = Space {
    name: "mse",
    prefix: "ETHTOOL_A_MSE_",
    attrs: &[
        AttrSpec { id: 1, name: "header", ty: AttrType::Nested(&HEADER) },
        AttrSpec { id: 2, name: "capabilities", ty: AttrType::Nested(&MSE_CAPABILITIES) },
        AttrSpec { id: 3, name: "channel_a", ty: AttrType::Nested(&MSE_SNAPSHOT) },
        AttrSpec { id: 4, name: "channel_b", ty: AttrType::Nested(&MSE_SNAPSHOT) },
        AttrSpec { id: 5, name: "channel_c", ty: AttrType::Nested(&MSE_SNAPSHOT) },
        AttrSpec { id: 6, name: "channel_d", ty: AttrType::Nested(&MSE_SNAPSHOT) },
        AttrSpec { id: 7, name: "worst_channel", ty: AttrType::Nested(&MSE_SNAPSHOT) },
        AttrSpec { id: 8, name: "link", ty: AttrType::Nested(&MSE_SNAPSHOT) },
    ],
    by_name: &[3, 0, 7, 0, 0, 1, 5, 8, 0, 4, 0, 0, 0, 2, 0, 6],
};

/// Attribute numbers of [`MSE`].
pub mod mse {
    /// `ETHTOOL_A_MSE_HEADER`.
    #[doc(alias = "ETHTOOL_A_MSE_HEADER")]
    pub const HEADER: u16 = 1;
    /// `ETHTOOL_A_MSE_CAPABILITIES`.
    #[doc(alias = "ETHTOOL_A_MSE_CAPABILITIES")]
    pub const CAPABILITIES: u16 = 2;
    /// `ETHTOOL_A_MSE_CHANNEL_A`.
    #[doc(alias = "ETHTOOL_A_MSE_CHANNEL_A")]
    pub const CHANNEL_A: u16 = 3;
    /// `ETHTOOL_A_MSE_CHANNEL_B`.
    #[doc(alias = "ETHTOOL_A_MSE_CHANNEL_B")]
    pub const CHANNEL_B: u16 = 4;
    /// `ETHTOOL_A_MSE_CHANNEL_C`.
    #[doc(alias = "ETHTOOL_A_MSE_CHANNEL_C")]
    pub const CHANNEL_C: u16 = 5;
    /// `ETHTOOL_A_MSE_CHANNEL_D`.
    #[doc(alias = "ETHTOOL_A_MSE_CHANNEL_D")]
    pub const CHANNEL_D: u16 = 6;
    /// `ETHTOOL_A_MSE_WORST_CHANNEL`.
    #[doc(alias = "ETHTOOL_A_MSE_WORST_CHANNEL")]
    pub const WORST_CHANNEL: u16 = 7;
    /// `ETHTOOL_A_MSE_LINK`.
    #[doc(alias = "ETHTOOL_A_MSE_LINK")]
    pub const LINK: u16 = 8;
}

/// Typed reads of an attribute chain of the set `mse`.
#[derive(Clone, Debug, Default)]
pub struct Mse<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Mse<'a> {
    /// `ETHTOOL_A_MSE_HEADER`.
    pub fn header(&self) -> Result<Option<Header<'a>>> {
        self.0.read(mse::HEADER, |a| Ok(Header(a.nested())))
    }
    /// `ETHTOOL_A_MSE_CAPABILITIES`.
    pub fn capabilities(&self) -> Result<Option<MseCapabilities<'a>>> {
        self.0.read(mse::CAPABILITIES, |a| Ok(MseCapabilities(a.nested())))
    }
    /// `ETHTOOL_A_MSE_CHANNEL_A`.
    pub fn channel_a(&self) -> Result<Option<MseSnapshot<'a>>> {
        self.0.read(mse::CHANNEL_A, |a| Ok(MseSnapshot(a.nested())))
    }
    /// `ETHTOOL_A_MSE_CHANNEL_B`.
    pub fn channel_b(&self) -> Result<Option<MseSnapshot<'a>>> {
        self.0.read(mse::CHANNEL_B, |a| Ok(MseSnapshot(a.nested())))
    }
    /// `ETHTOOL_A_MSE_CHANNEL_C`.
    pub fn channel_c(&self) -> Result<Option<MseSnapshot<'a>>> {
        self.0.read(mse::CHANNEL_C, |a| Ok(MseSnapshot(a.nested())))
    }
    /// `ETHTOOL_A_MSE_CHANNEL_D`.
    pub fn channel_d(&self) -> Result<Option<MseSnapshot<'a>>> {
        self.0.read(mse::CHANNEL_D, |a| Ok(MseSnapshot(a.nested())))
    }
    /// `ETHTOOL_A_MSE_WORST_CHANNEL`.
    pub fn worst_channel(&self) -> Result<Option<MseSnapshot<'a>>> {
        self.0.read(mse::WORST_CHANNEL, |a| Ok(MseSnapshot(a.nested())))
    }
    /// `ETHTOOL_A_MSE_LINK`.
    pub fn link(&self) -> Result<Option<MseSnapshot<'a>>> {
        self.0.read(mse::LINK, |a| Ok(MseSnapshot(a.nested())))
    }
}

/// Messages of `strset` after `struct genlmsghdr`.
pub static STRSET_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &STRSET };

/// Messages of `linkinfo` after `struct genlmsghdr`.
pub static LINKINFO_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &LINKINFO };

/// Messages of `linkmodes` after `struct genlmsghdr`.
pub static LINKMODES_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &LINKMODES };

/// Messages of `linkstate` after `struct genlmsghdr`.
pub static LINKSTATE_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &LINKSTATE };

/// Messages of `debug` after `struct genlmsghdr`.
pub static DEBUG_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &DEBUG };

/// Messages of `wol` after `struct genlmsghdr`.
pub static WOL_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &WOL };

/// Messages of `features` after `struct genlmsghdr`.
pub static FEATURES_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &FEATURES };

/// Messages of `privflags` after `struct genlmsghdr`.
pub static PRIVFLAGS_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &PRIVFLAGS };

/// Messages of `rings` after `struct genlmsghdr`.
pub static RINGS_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &RINGS };

/// Messages of `channels` after `struct genlmsghdr`.
pub static CHANNELS_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &CHANNELS };

/// Messages of `coalesce` after `struct genlmsghdr`.
pub static COALESCE_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &COALESCE };

/// Messages of `pause` after `struct genlmsghdr`.
pub static PAUSE_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &PAUSE };

/// Messages of `eee` after `struct genlmsghdr`.
pub static EEE_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &EEE };

/// Messages of `tsinfo` after `struct genlmsghdr`.
pub static TSINFO_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &TSINFO };

/// Messages of `cable-test` after `struct genlmsghdr`.
pub static CABLE_TEST_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &CABLE_TEST };

/// Messages of `cable-test-ntf` after `struct genlmsghdr`.
pub static CABLE_TEST_NTF_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &CABLE_TEST_NTF };

/// Messages of `cable-test-tdr` after `struct genlmsghdr`.
pub static CABLE_TEST_TDR_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &CABLE_TEST_TDR };

/// Messages of `cable-test-tdr-ntf` after `struct genlmsghdr`.
pub static CABLE_TEST_TDR_NTF_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &CABLE_TEST_TDR_NTF };

/// Messages of `tunnel-info` after `struct genlmsghdr`.
pub static TUNNEL_INFO_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &TUNNEL_INFO };

/// Messages of `fec` after `struct genlmsghdr`.
pub static FEC_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &FEC };

/// Messages of `module-eeprom` after `struct genlmsghdr`.
pub static MODULE_EEPROM_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &MODULE_EEPROM };

/// Messages of `stats` after `struct genlmsghdr`.
pub static STATS_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &STATS };

/// Messages of `phc-vclocks` after `struct genlmsghdr`.
pub static PHC_VCLOCKS_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &PHC_VCLOCKS };

/// Messages of `module` after `struct genlmsghdr`.
pub static MODULE_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &MODULE };

/// Messages of `pse` after `struct genlmsghdr`.
pub static PSE_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &PSE };

/// Messages of `rss` after `struct genlmsghdr`.
pub static RSS_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &RSS };

/// Messages of `plca` after `struct genlmsghdr`.
pub static PLCA_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &PLCA };

/// Messages of `mm` after `struct genlmsghdr`.
pub static MM_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &MM };

/// Messages of `module-fw-flash` after `struct genlmsghdr`.
pub static MODULE_FW_FLASH_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &MODULE_FW_FLASH };

/// Messages of `phy` after `struct genlmsghdr`.
pub static PHY_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &PHY };

/// Messages of `tsconfig` after `struct genlmsghdr`.
pub static TSCONFIG_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &TSCONFIG };

/// Messages of `pse-ntf` after `struct genlmsghdr`.
pub static PSE_NTF_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &PSE_NTF };

/// Messages of `mse` after `struct genlmsghdr`.
pub static MSE_MESSAGE: MessageSpec =
    MessageSpec { family: "ethtool", header: &crate::spec::GENLMSGHDR, space: &MSE };

/// Commands user space sends (`genlmsghdr.cmd`).
pub mod cmd {
    /// `ETHTOOL_MSG_STRSET_GET`.
    #[doc(alias = "ETHTOOL_MSG_STRSET_GET")]
    pub const STRSET_GET: u8 = 1;
    /// `ETHTOOL_MSG_LINKINFO_GET`.
    #[doc(alias = "ETHTOOL_MSG_LINKINFO_GET")]
    pub const LINKINFO_GET: u8 = 2;
    /// `ETHTOOL_MSG_LINKINFO_SET`.
    #[doc(alias = "ETHTOOL_MSG_LINKINFO_SET")]
    pub const LINKINFO_SET: u8 = 3;
    /// `ETHTOOL_MSG_LINKMODES_GET`.
    #[doc(alias = "ETHTOOL_MSG_LINKMODES_GET")]
    pub const LINKMODES_GET: u8 = 4;
    /// `ETHTOOL_MSG_LINKMODES_SET`.
    #[doc(alias = "ETHTOOL_MSG_LINKMODES_SET")]
    pub const LINKMODES_SET: u8 = 5;
    /// `ETHTOOL_MSG_LINKSTATE_GET`.
    #[doc(alias = "ETHTOOL_MSG_LINKSTATE_GET")]
    pub const LINKSTATE_GET: u8 = 6;
    /// `ETHTOOL_MSG_DEBUG_GET`.
    #[doc(alias = "ETHTOOL_MSG_DEBUG_GET")]
    pub const DEBUG_GET: u8 = 7;
    /// `ETHTOOL_MSG_DEBUG_SET`.
    #[doc(alias = "ETHTOOL_MSG_DEBUG_SET")]
    pub const DEBUG_SET: u8 = 8;
    /// `ETHTOOL_MSG_WOL_GET`.
    #[doc(alias = "ETHTOOL_MSG_WOL_GET")]
    pub const WOL_GET: u8 = 9;
    /// `ETHTOOL_MSG_WOL_SET`.
    #[doc(alias = "ETHTOOL_MSG_WOL_SET")]
    pub const WOL_SET: u8 = 10;
    /// `ETHTOOL_MSG_FEATURES_GET`.
    #[doc(alias = "ETHTOOL_MSG_FEATURES_GET")]
    pub const FEATURES_GET: u8 = 11;
    /// `ETHTOOL_MSG_FEATURES_SET`.
    #[doc(alias = "ETHTOOL_MSG_FEATURES_SET")]
    pub const FEATURES_SET: u8 = 12;
    /// `ETHTOOL_MSG_PRIVFLAGS_GET`.
    #[doc(alias = "ETHTOOL_MSG_PRIVFLAGS_GET")]
    pub const PRIVFLAGS_GET: u8 = 13;
    /// `ETHTOOL_MSG_PRIVFLAGS_SET`.
    #[doc(alias = "ETHTOOL_MSG_PRIVFLAGS_SET")]
    pub const PRIVFLAGS_SET: u8 = 14;
    /// `ETHTOOL_MSG_RINGS_GET`.
    #[doc(alias = "ETHTOOL_MSG_RINGS_GET")]
    pub const RINGS_GET: u8 = 15;
    /// `ETHTOOL_MSG_RINGS_SET`.
    #[doc(alias = "ETHTOOL_MSG_RINGS_SET")]
    pub const RINGS_SET: u8 = 16;
    /// `ETHTOOL_MSG_CHANNELS_GET`.
    #[doc(alias = "ETHTOOL_MSG_CHANNELS_GET")]
    pub const CHANNELS_GET: u8 = 17;
    /// `ETHTOOL_MSG_CHANNELS_SET`.
    #[doc(alias = "ETHTOOL_MSG_CHANNELS_SET")]
    pub const CHANNELS_SET: u8 = 18;
    /// `ETHTOOL_MSG_COALESCE_GET`.
    #[doc(alias = "ETHTOOL_MSG_COALESCE_GET")]
    pub const COALESCE_GET: u8 = 19;
    /// `ETHTOOL_MSG_COALESCE_SET`.
    #[doc(alias = "ETHTOOL_MSG_COALESCE_SET")]
    pub const COALESCE_SET: u8 = 20;
    /// `ETHTOOL_MSG_PAUSE_GET`.
    #[doc(alias = "ETHTOOL_MSG_PAUSE_GET")]
    pub const PAUSE_GET: u8 = 21;
    /// `ETHTOOL_MSG_PAUSE_SET`.
    #[doc(alias = "ETHTOOL_MSG_PAUSE_SET")]
    pub const PAUSE_SET: u8 = 22;
    /// `ETHTOOL_MSG_EEE_GET`.
    #[doc(alias = "ETHTOOL_MSG_EEE_GET")]
    pub const EEE_GET: u8 = 23;
    /// `ETHTOOL_MSG_EEE_SET`.
    #[doc(alias = "ETHTOOL_MSG_EEE_SET")]
    pub const EEE_SET: u8 = 24;
    /// `ETHTOOL_MSG_TSINFO_GET`.
    #[doc(alias = "ETHTOOL_MSG_TSINFO_GET")]
    pub const TSINFO_GET: u8 = 25;
    /// `ETHTOOL_MSG_CABLE_TEST_ACT`.
    #[doc(alias = "ETHTOOL_MSG_CABLE_TEST_ACT")]
    pub const CABLE_TEST_ACT: u8 = 26;
    /// `ETHTOOL_MSG_CABLE_TEST_TDR_ACT`.
    #[doc(alias = "ETHTOOL_MSG_CABLE_TEST_TDR_ACT")]
    pub const CABLE_TEST_TDR_ACT: u8 = 27;
    /// `ETHTOOL_MSG_TUNNEL_INFO_GET`.
    #[doc(alias = "ETHTOOL_MSG_TUNNEL_INFO_GET")]
    pub const TUNNEL_INFO_GET: u8 = 28;
    /// `ETHTOOL_MSG_FEC_GET`.
    #[doc(alias = "ETHTOOL_MSG_FEC_GET")]
    pub const FEC_GET: u8 = 29;
    /// `ETHTOOL_MSG_FEC_SET`.
    #[doc(alias = "ETHTOOL_MSG_FEC_SET")]
    pub const FEC_SET: u8 = 30;
    /// `ETHTOOL_MSG_MODULE_EEPROM_GET`.
    #[doc(alias = "ETHTOOL_MSG_MODULE_EEPROM_GET")]
    pub const MODULE_EEPROM_GET: u8 = 31;
    /// `ETHTOOL_MSG_STATS_GET`.
    #[doc(alias = "ETHTOOL_MSG_STATS_GET")]
    pub const STATS_GET: u8 = 32;
    /// `ETHTOOL_MSG_PHC_VCLOCKS_GET`.
    #[doc(alias = "ETHTOOL_MSG_PHC_VCLOCKS_GET")]
    pub const PHC_VCLOCKS_GET: u8 = 33;
    /// `ETHTOOL_MSG_MODULE_GET`.
    #[doc(alias = "ETHTOOL_MSG_MODULE_GET")]
    pub const MODULE_GET: u8 = 34;
    /// `ETHTOOL_MSG_MODULE_SET`.
    #[doc(alias = "ETHTOOL_MSG_MODULE_SET")]
    pub const MODULE_SET: u8 = 35;
    /// `ETHTOOL_MSG_PSE_GET`.
    #[doc(alias = "ETHTOOL_MSG_PSE_GET")]
    pub const PSE_GET: u8 = 36;
    /// `ETHTOOL_MSG_PSE_SET`.
    #[doc(alias = "ETHTOOL_MSG_PSE_SET")]
    pub const PSE_SET: u8 = 37;
    /// `ETHTOOL_MSG_RSS_GET`.
    #[doc(alias = "ETHTOOL_MSG_RSS_GET")]
    pub const RSS_GET: u8 = 38;
    /// `ETHTOOL_MSG_PLCA_GET_CFG`.
    #[doc(alias = "ETHTOOL_MSG_PLCA_GET_CFG")]
    pub const PLCA_GET_CFG: u8 = 39;
    /// `ETHTOOL_MSG_PLCA_SET_CFG`.
    #[doc(alias = "ETHTOOL_MSG_PLCA_SET_CFG")]
    pub const PLCA_SET_CFG: u8 = 40;
    /// `ETHTOOL_MSG_PLCA_GET_STATUS`.
    #[doc(alias = "ETHTOOL_MSG_PLCA_GET_STATUS")]
    pub const PLCA_GET_STATUS: u8 = 41;
    /// `ETHTOOL_MSG_MM_GET`.
    #[doc(alias = "ETHTOOL_MSG_MM_GET")]
    pub const MM_GET: u8 = 42;
    /// `ETHTOOL_MSG_MM_SET`.
    #[doc(alias = "ETHTOOL_MSG_MM_SET")]
    pub const MM_SET: u8 = 43;
    /// `ETHTOOL_MSG_MODULE_FW_FLASH_ACT`.
    #[doc(alias = "ETHTOOL_MSG_MODULE_FW_FLASH_ACT")]
    pub const MODULE_FW_FLASH_ACT: u8 = 44;
    /// `ETHTOOL_MSG_PHY_GET`.
    #[doc(alias = "ETHTOOL_MSG_PHY_GET")]
    pub const PHY_GET: u8 = 45;
    /// `ETHTOOL_MSG_TSCONFIG_GET`.
    #[doc(alias = "ETHTOOL_MSG_TSCONFIG_GET")]
    pub const TSCONFIG_GET: u8 = 46;
    /// `ETHTOOL_MSG_TSCONFIG_SET`.
    #[doc(alias = "ETHTOOL_MSG_TSCONFIG_SET")]
    pub const TSCONFIG_SET: u8 = 47;
    /// `ETHTOOL_MSG_RSS_SET`.
    #[doc(alias = "ETHTOOL_MSG_RSS_SET")]
    pub const RSS_SET: u8 = 48;
    /// `ETHTOOL_MSG_RSS_CREATE_ACT`.
    #[doc(alias = "ETHTOOL_MSG_RSS_CREATE_ACT")]
    pub const RSS_CREATE_ACT: u8 = 49;
    /// `ETHTOOL_MSG_RSS_DELETE_ACT`.
    #[doc(alias = "ETHTOOL_MSG_RSS_DELETE_ACT")]
    pub const RSS_DELETE_ACT: u8 = 50;
    /// `ETHTOOL_MSG_MSE_GET`.
    #[doc(alias = "ETHTOOL_MSG_MSE_GET")]
    pub const MSE_GET: u8 = 51;
}

/// Commands the kernel sends (`genlmsghdr.cmd`).
pub mod reply {
    /// `ETHTOOL_MSG_STRSET_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_STRSET_GET_REPLY")]
    pub const STRSET_GET_REPLY: u8 = 1;
    /// `ETHTOOL_MSG_LINKINFO_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_LINKINFO_GET_REPLY")]
    pub const LINKINFO_GET_REPLY: u8 = 2;
    /// `ETHTOOL_MSG_LINKINFO_NTF`.
    #[doc(alias = "ETHTOOL_MSG_LINKINFO_NTF")]
    pub const LINKINFO_NTF: u8 = 3;
    /// `ETHTOOL_MSG_LINKMODES_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_LINKMODES_GET_REPLY")]
    pub const LINKMODES_GET_REPLY: u8 = 4;
    /// `ETHTOOL_MSG_LINKMODES_NTF`.
    #[doc(alias = "ETHTOOL_MSG_LINKMODES_NTF")]
    pub const LINKMODES_NTF: u8 = 5;
    /// `ETHTOOL_MSG_LINKSTATE_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_LINKSTATE_GET_REPLY")]
    pub const LINKSTATE_GET_REPLY: u8 = 6;
    /// `ETHTOOL_MSG_DEBUG_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_DEBUG_GET_REPLY")]
    pub const DEBUG_GET_REPLY: u8 = 7;
    /// `ETHTOOL_MSG_DEBUG_NTF`.
    #[doc(alias = "ETHTOOL_MSG_DEBUG_NTF")]
    pub const DEBUG_NTF: u8 = 8;
    /// `ETHTOOL_MSG_WOL_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_WOL_GET_REPLY")]
    pub const WOL_GET_REPLY: u8 = 9;
    /// `ETHTOOL_MSG_WOL_NTF`.
    #[doc(alias = "ETHTOOL_MSG_WOL_NTF")]
    pub const WOL_NTF: u8 = 10;
    /// `ETHTOOL_MSG_FEATURES_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_FEATURES_GET_REPLY")]
    pub const FEATURES_GET_REPLY: u8 = 11;
    /// `ETHTOOL_MSG_FEATURES_SET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_FEATURES_SET_REPLY")]
    pub const FEATURES_SET_REPLY: u8 = 12;
    /// `ETHTOOL_MSG_FEATURES_NTF`.
    #[doc(alias = "ETHTOOL_MSG_FEATURES_NTF")]
    pub const FEATURES_NTF: u8 = 13;
    /// `ETHTOOL_MSG_PRIVFLAGS_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_PRIVFLAGS_GET_REPLY")]
    pub const PRIVFLAGS_GET_REPLY: u8 = 14;
    /// `ETHTOOL_MSG_PRIVFLAGS_NTF`.
    #[doc(alias = "ETHTOOL_MSG_PRIVFLAGS_NTF")]
    pub const PRIVFLAGS_NTF: u8 = 15;
    /// `ETHTOOL_MSG_RINGS_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_RINGS_GET_REPLY")]
    pub const RINGS_GET_REPLY: u8 = 16;
    /// `ETHTOOL_MSG_RINGS_NTF`.
    #[doc(alias = "ETHTOOL_MSG_RINGS_NTF")]
    pub const RINGS_NTF: u8 = 17;
    /// `ETHTOOL_MSG_CHANNELS_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_CHANNELS_GET_REPLY")]
    pub const CHANNELS_GET_REPLY: u8 = 18;
    /// `ETHTOOL_MSG_CHANNELS_NTF`.
    #[doc(alias = "ETHTOOL_MSG_CHANNELS_NTF")]
    pub const CHANNELS_NTF: u8 = 19;
    /// `ETHTOOL_MSG_COALESCE_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_COALESCE_GET_REPLY")]
    pub const COALESCE_GET_REPLY: u8 = 20;
    /// `ETHTOOL_MSG_COALESCE_NTF`.
    #[doc(alias = "ETHTOOL_MSG_COALESCE_NTF")]
    pub const COALESCE_NTF: u8 = 21;
    /// `ETHTOOL_MSG_PAUSE_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_PAUSE_GET_REPLY")]
    pub const PAUSE_GET_REPLY: u8 = 22;
    /// `ETHTOOL_MSG_PAUSE_NTF`.
    #[doc(alias = "ETHTOOL_MSG_PAUSE_NTF")]
    pub const PAUSE_NTF: u8 = 23;
    /// `ETHTOOL_MSG_EEE_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_EEE_GET_REPLY")]
    pub const EEE_GET_REPLY: u8 = 24;
    /// `ETHTOOL_MSG_EEE_NTF`.
    #[doc(alias = "ETHTOOL_MSG_EEE_NTF")]
    pub const EEE_NTF: u8 = 25;
    /// `ETHTOOL_MSG_TSINFO_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_TSINFO_GET_REPLY")]
    pub const TSINFO_GET_REPLY: u8 = 26;
    /// `ETHTOOL_MSG_CABLE_TEST_NTF`.
    #[doc(alias = "ETHTOOL_MSG_CABLE_TEST_NTF")]
    pub const CABLE_TEST_NTF: u8 = 27;
    /// `ETHTOOL_MSG_CABLE_TEST_TDR_NTF`.
    #[doc(alias = "ETHTOOL_MSG_CABLE_TEST_TDR_NTF")]
    pub const CABLE_TEST_TDR_NTF: u8 = 28;
    /// `ETHTOOL_MSG_TUNNEL_INFO_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_TUNNEL_INFO_GET_REPLY")]
    pub const TUNNEL_INFO_GET_REPLY: u8 = 29;
    /// `ETHTOOL_MSG_FEC_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_FEC_GET_REPLY")]
    pub const FEC_GET_REPLY: u8 = 30;
    /// `ETHTOOL_MSG_FEC_NTF`.
    #[doc(alias = "ETHTOOL_MSG_FEC_NTF")]
    pub const FEC_NTF: u8 = 31;
    /// `ETHTOOL_MSG_MODULE_EEPROM_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_MODULE_EEPROM_GET_REPLY")]
    pub const MODULE_EEPROM_GET_REPLY: u8 = 32;
    /// `ETHTOOL_MSG_STATS_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_STATS_GET_REPLY")]
    pub const STATS_GET_REPLY: u8 = 33;
    /// `ETHTOOL_MSG_PHC_VCLOCKS_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_PHC_VCLOCKS_GET_REPLY")]
    pub const PHC_VCLOCKS_GET_REPLY: u8 = 34;
    /// `ETHTOOL_MSG_MODULE_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_MODULE_GET_REPLY")]
    pub const MODULE_GET_REPLY: u8 = 35;
    /// `ETHTOOL_MSG_MODULE_NTF`.
    #[doc(alias = "ETHTOOL_MSG_MODULE_NTF")]
    pub const MODULE_NTF: u8 = 36;
    /// `ETHTOOL_MSG_PSE_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_PSE_GET_REPLY")]
    pub const PSE_GET_REPLY: u8 = 37;
    /// `ETHTOOL_MSG_RSS_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_RSS_GET_REPLY")]
    pub const RSS_GET_REPLY: u8 = 38;
    /// `ETHTOOL_MSG_PLCA_GET_CFG_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_PLCA_GET_CFG_REPLY")]
    pub const PLCA_GET_CFG_REPLY: u8 = 39;
    /// `ETHTOOL_MSG_PLCA_GET_STATUS_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_PLCA_GET_STATUS_REPLY")]
    pub const PLCA_GET_STATUS_REPLY: u8 = 40;
    /// `ETHTOOL_MSG_PLCA_NTF`.
    #[doc(alias = "ETHTOOL_MSG_PLCA_NTF")]
    pub const PLCA_NTF: u8 = 41;
    /// `ETHTOOL_MSG_MM_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_MM_GET_REPLY")]
    pub const MM_GET_REPLY: u8 = 42;
    /// `ETHTOOL_MSG_MM_NTF`.
    #[doc(alias = "ETHTOOL_MSG_MM_NTF")]
    pub const MM_NTF: u8 = 43;
    /// `ETHTOOL_MSG_MODULE_FW_FLASH_NTF`.
    #[doc(alias = "ETHTOOL_MSG_MODULE_FW_FLASH_NTF")]
    pub const MODULE_FW_FLASH_NTF: u8 = 44;
    /// `ETHTOOL_MSG_PHY_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_PHY_GET_REPLY")]
    pub const PHY_GET_REPLY: u8 = 45;
    /// `ETHTOOL_MSG_PHY_NTF`.
    #[doc(alias = "ETHTOOL_MSG_PHY_NTF")]
    pub const PHY_NTF: u8 = 46;
    /// `ETHTOOL_MSG_TSCONFIG_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_TSCONFIG_GET_REPLY")]
    pub const TSCONFIG_GET_REPLY: u8 = 47;
    /// `ETHTOOL_MSG_TSCONFIG_SET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_TSCONFIG_SET_REPLY")]
    pub const TSCONFIG_SET_REPLY: u8 = 48;
    /// `ETHTOOL_MSG_PSE_NTF`.
    #[doc(alias = "ETHTOOL_MSG_PSE_NTF")]
    pub const PSE_NTF: u8 = 49;
    /// `ETHTOOL_MSG_RSS_NTF`.
    #[doc(alias = "ETHTOOL_MSG_RSS_NTF")]
    pub const RSS_NTF: u8 = 50;
    /// `ETHTOOL_MSG_RSS_CREATE_ACT_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_RSS_CREATE_ACT_REPLY")]
    pub const RSS_CREATE_ACT_REPLY: u8 = 51;
    /// `ETHTOOL_MSG_RSS_CREATE_NTF`.
    #[doc(alias = "ETHTOOL_MSG_RSS_CREATE_NTF")]
    pub const RSS_CREATE_NTF: u8 = 52;
    /// `ETHTOOL_MSG_RSS_DELETE_NTF`.
    #[doc(alias = "ETHTOOL_MSG_RSS_DELETE_NTF")]
    pub const RSS_DELETE_NTF: u8 = 53;
    /// `ETHTOOL_MSG_MSE_GET_REPLY`.
    #[doc(alias = "ETHTOOL_MSG_MSE_GET_REPLY")]
    pub const MSE_GET_REPLY: u8 = 54;
}

/// The `ethtool` generic netlink family.
pub static FAMILY: GenlFamily = GenlFamily {
    name: "ethtool",
    groups: &["monitor"],
    to_kernel: &[
        GenlCommand { cmd: 1, name: "ETHTOOL_MSG_STRSET_GET", spec: &STRSET_MESSAGE },
        GenlCommand { cmd: 2, name: "ETHTOOL_MSG_LINKINFO_GET", spec: &LINKINFO_MESSAGE },
        GenlCommand { cmd: 3, name: "ETHTOOL_MSG_LINKINFO_SET", spec: &LINKINFO_MESSAGE },
        GenlCommand { cmd: 4, name: "ETHTOOL_MSG_LINKMODES_GET", spec: &LINKMODES_MESSAGE },
        GenlCommand { cmd: 5, name: "ETHTOOL_MSG_LINKMODES_SET", spec: &LINKMODES_MESSAGE },
        GenlCommand { cmd: 6, name: "ETHTOOL_MSG_LINKSTATE_GET", spec: &LINKSTATE_MESSAGE },
        GenlCommand { cmd: 7, name: "ETHTOOL_MSG_DEBUG_GET", spec: &DEBUG_MESSAGE },
        GenlCommand { cmd: 8, name: "ETHTOOL_MSG_DEBUG_SET", spec: &DEBUG_MESSAGE },
        GenlCommand { cmd: 9, name: "ETHTOOL_MSG_WOL_GET", spec: &WOL_MESSAGE },
        GenlCommand { cmd: 10, name: "ETHTOOL_MSG_WOL_SET", spec: &WOL_MESSAGE },
        GenlCommand { cmd: 11, name: "ETHTOOL_MSG_FEATURES_GET", spec: &FEATURES_MESSAGE },
        GenlCommand { cmd: 12, name: "ETHTOOL_MSG_FEATURES_SET", spec: &FEATURES_MESSAGE },
        GenlCommand { cmd: 13, name: "ETHTOOL_MSG_PRIVFLAGS_GET", spec: &PRIVFLAGS_MESSAGE },
        GenlCommand { cmd: 14, name: "ETHTOOL_MSG_PRIVFLAGS_SET", spec: &PRIVFLAGS_MESSAGE },
        GenlCommand { cmd: 15, name: "ETHTOOL_MSG_RINGS_GET", spec: &RINGS_MESSAGE },
        GenlCommand { cmd: 16, name: "ETHTOOL_MSG_RINGS_SET", spec: &RINGS_MESSAGE },
        GenlCommand { cmd: 17, name: "ETHTOOL_MSG_CHANNELS_GET", spec: &CHANNELS_MESSAGE },
        GenlCommand { cmd: 18, name: "ETHTOOL_MSG_CHANNELS_SET", spec: &CHANNELS_MESSAGE },
        GenlCommand { cmd: 19, name: "ETHTOOL_MSG_COALESCE_GET", spec: &COALESCE_MESSAGE },
        GenlCommand { cmd: 20, name: "ETHTOOL_MSG_COALESCE_SET", spec: &COALESCE_MESSAGE },
        GenlCommand { cmd: 21, name: "ETHTOOL_MSG_PAUSE_GET", spec: &PAUSE_MESSAGE },
        GenlCommand { cmd: 22, name: "ETHTOOL_MSG_PAUSE_SET", spec: &PAUSE_MESSAGE },
        GenlCommand { cmd: 23, name: "ETHTOOL_MSG_EEE_GET", spec: &EEE_MESSAGE },
        GenlCommand { cmd: 24, name: "ETHTOOL_MSG_EEE_SET", spec: &EEE_MESSAGE },
        GenlCommand { cmd: 25, name: "ETHTOOL_MSG_TSINFO_GET", spec: &TSINFO_MESSAGE },
        GenlCommand { cmd: 26, name: "ETHTOOL_MSG_CABLE_TEST_ACT", spec: &CABLE_TEST_MESSAGE },
        GenlCommand { cmd: 27, name: "ETHTOOL_MSG_CABLE_TEST_TDR_ACT", spec: &CABLE_TEST_TDR_MESSAGE },
        GenlCommand { cmd: 28, name: "ETHTOOL_MSG_TUNNEL_INFO_GET", spec: &TUNNEL_INFO_MESSAGE },
        GenlCommand { cmd: 29, name: "ETHTOOL_MSG_FEC_GET", spec: &FEC_MESSAGE },
        GenlCommand { cmd: 30, name: "ETHTOOL_MSG_FEC_SET", spec: &FEC_MESSAGE },
        GenlCommand { cmd: 31, name: "ETHTOOL_MSG_MODULE_EEPROM_GET", spec: &MODULE_EEPROM_MESSAGE },
        GenlCommand { cmd: 32, name: "ETHTOOL_MSG_STATS_GET", spec: &STATS_MESSAGE },
        GenlCommand { cmd: 33, name: "ETHTOOL_MSG_PHC_VCLOCKS_GET", spec: &PHC_VCLOCKS_MESSAGE },
        GenlCommand { cmd: 34, name: "ETHTOOL_MSG_MODULE_GET", spec: &MODULE_MESSAGE },
        GenlCommand { cmd: 35, name: "ETHTOOL_MSG_MODULE_SET", spec: &MODULE_MESSAGE },
        GenlCommand { cmd: 36, name: "ETHTOOL_MSG_PSE_GET", spec: &PSE_MESSAGE },
        GenlCommand { cmd: 37, name: "ETHTOOL_MSG_PSE_SET", spec: &PSE_MESSAGE },
        GenlCommand { cmd: 38, name: "ETHTOOL_MSG_RSS_GET", spec: &RSS_MESSAGE },
        GenlCommand { cmd: 39, name: "ETHTOOL_MSG_PLCA_GET_CFG", spec: &PLCA_MESSAGE },
        GenlCommand { cmd: 40, name: "ETHTOOL_MSG_PLCA_SET_CFG", spec: &PLCA_MESSAGE },
        GenlCommand { cmd: 41, name: "ETHTOOL_MSG_PLCA_GET_STATUS", spec: &PLCA_MESSAGE },
        GenlCommand { cmd: 42, name: "ETHTOOL_MSG_MM_GET", spec: &MM_MESSAGE },
        GenlCommand { cmd: 43, name: "ETHTOOL_MSG_MM_SET", spec: &MM_MESSAGE },
        GenlCommand { cmd: 44, name: "ETHTOOL_MSG_MODULE_FW_FLASH_ACT", spec: &MODULE_FW_FLASH_MESSAGE },
        GenlCommand { cmd: 45, name: "ETHTOOL_MSG_PHY_GET", spec: &PHY_MESSAGE },
        GenlCommand { cmd: 46, name: "ETHTOOL_MSG_TSCONFIG_GET", spec: &TSCONFIG_MESSAGE },
        GenlCommand { cmd: 47, name: "ETHTOOL_MSG_TSCONFIG_SET", spec: &TSCONFIG_MESSAGE },
        GenlCommand { cmd: 48, name: "ETHTOOL_MSG_RSS_SET", spec: &RSS_MESSAGE },
        GenlCommand { cmd: 49, name: "ETHTOOL_MSG_RSS_CREATE_ACT", spec: &RSS_MESSAGE },
        GenlCommand { cmd: 50, name: "ETHTOOL_MSG_RSS_DELETE_ACT", spec: &RSS_MESSAGE },
        GenlCommand { cmd: 51, name: "ETHTOOL_MSG_MSE_GET", spec: &MSE_MESSAGE },
    ],
    from_kernel: &[
        GenlCommand { cmd: 1, name: "ETHTOOL_MSG_STRSET_GET_REPLY", spec: &STRSET_MESSAGE },
        GenlCommand { cmd: 2, name: "ETHTOOL_MSG_LINKINFO_GET_REPLY", spec: &LINKINFO_MESSAGE },
        GenlCommand { cmd: 3, name: "ETHTOOL_MSG_LINKINFO_NTF", spec: &LINKINFO_MESSAGE },
        GenlCommand { cmd: 4, name: "ETHTOOL_MSG_LINKMODES_GET_REPLY", spec: &LINKMODES_MESSAGE },
        GenlCommand { cmd: 5, name: "ETHTOOL_MSG_LINKMODES_NTF", spec: &LINKMODES_MESSAGE },
        GenlCommand { cmd: 6, name: "ETHTOOL_MSG_LINKSTATE_GET_REPLY", spec: &LINKSTATE_MESSAGE },
        GenlCommand { cmd: 7, name: "ETHTOOL_MSG_DEBUG_GET_REPLY", spec: &DEBUG_MESSAGE },
        GenlCommand { cmd: 8, name: "ETHTOOL_MSG_DEBUG_NTF", spec: &DEBUG_MESSAGE },
        GenlCommand { cmd: 9, name: "ETHTOOL_MSG_WOL_GET_REPLY", spec: &WOL_MESSAGE },
        GenlCommand { cmd: 10, name: "ETHTOOL_MSG_WOL_NTF", spec: &WOL_MESSAGE },
        GenlCommand { cmd: 11, name: "ETHTOOL_MSG_FEATURES_GET_REPLY", spec: &FEATURES_MESSAGE },
        GenlCommand { cmd: 12, name: "ETHTOOL_MSG_FEATURES_SET_REPLY", spec: &FEATURES_MESSAGE },
        GenlCommand { cmd: 13, name: "ETHTOOL_MSG_FEATURES_NTF", spec: &FEATURES_MESSAGE },
        GenlCommand { cmd: 14, name: "ETHTOOL_MSG_PRIVFLAGS_GET_REPLY", spec: &PRIVFLAGS_MESSAGE },
        GenlCommand { cmd: 15, name: "ETHTOOL_MSG_PRIVFLAGS_NTF", spec: &PRIVFLAGS_MESSAGE },
        GenlCommand { cmd: 16, name: "ETHTOOL_MSG_RINGS_GET_REPLY", spec: &RINGS_MESSAGE },
        GenlCommand { cmd: 17, name: "ETHTOOL_MSG_RINGS_NTF", spec: &RINGS_MESSAGE },
        GenlCommand { cmd: 18, name: "ETHTOOL_MSG_CHANNELS_GET_REPLY", spec: &CHANNELS_MESSAGE },
        GenlCommand { cmd: 19, name: "ETHTOOL_MSG_CHANNELS_NTF", spec: &CHANNELS_MESSAGE },
        GenlCommand { cmd: 20, name: "ETHTOOL_MSG_COALESCE_GET_REPLY", spec: &COALESCE_MESSAGE },
        GenlCommand { cmd: 21, name: "ETHTOOL_MSG_COALESCE_NTF", spec: &COALESCE_MESSAGE },
        GenlCommand { cmd: 22, name: "ETHTOOL_MSG_PAUSE_GET_REPLY", spec: &PAUSE_MESSAGE },
        GenlCommand { cmd: 23, name: "ETHTOOL_MSG_PAUSE_NTF", spec: &PAUSE_MESSAGE },
        GenlCommand { cmd: 24, name: "ETHTOOL_MSG_EEE_GET_REPLY", spec: &EEE_MESSAGE },
        GenlCommand { cmd: 25, name: "ETHTOOL_MSG_EEE_NTF", spec: &EEE_MESSAGE },
        GenlCommand { cmd: 26, name: "ETHTOOL_MSG_TSINFO_GET_REPLY", spec: &TSINFO_MESSAGE },
        GenlCommand { cmd: 27, name: "ETHTOOL_MSG_CABLE_TEST_NTF", spec: &CABLE_TEST_NTF_MESSAGE },
        GenlCommand { cmd: 28, name: "ETHTOOL_MSG_CABLE_TEST_TDR_NTF", spec: &CABLE_TEST_TDR_NTF_MESSAGE },
        GenlCommand { cmd: 29, name: "ETHTOOL_MSG_TUNNEL_INFO_GET_REPLY", spec: &TUNNEL_INFO_MESSAGE },
        GenlCommand { cmd: 30, name: "ETHTOOL_MSG_FEC_GET_REPLY", spec: &FEC_MESSAGE },
        GenlCommand { cmd: 31, name: "ETHTOOL_MSG_FEC_NTF", spec: &FEC_MESSAGE },
        GenlCommand { cmd: 32, name: "ETHTOOL_MSG_MODULE_EEPROM_GET_REPLY", spec: &MODULE_EEPROM_MESSAGE },
        GenlCommand { cmd: 33, name: "ETHTOOL_MSG_STATS_GET_REPLY", spec: &STATS_MESSAGE },
        GenlCommand { cmd: 34, name: "ETHTOOL_MSG_PHC_VCLOCKS_GET_REPLY", spec: &PHC_VCLOCKS_MESSAGE },
        GenlCommand { cmd: 35, name: "ETHTOOL_MSG_MODULE_GET_REPLY", spec: &MODULE_MESSAGE },
        GenlCommand { cmd: 36, name: "ETHTOOL_MSG_MODULE_NTF", spec: &MODULE_MESSAGE },
        GenlCommand { cmd: 37, name: "ETHTOOL_MSG_PSE_GET_REPLY", spec: &PSE_MESSAGE },
        GenlCommand { cmd: 38, name: "ETHTOOL_MSG_RSS_GET_REPLY", spec: &RSS_MESSAGE },
        GenlCommand { cmd: 39, name: "ETHTOOL_MSG_PLCA_GET_CFG_REPLY", spec: &PLCA_MESSAGE },
        GenlCommand { cmd: 40, name: "ETHTOOL_MSG_PLCA_GET_STATUS_REPLY", spec: &PLCA_MESSAGE },
        GenlCommand { cmd: 41, name: "ETHTOOL_MSG_PLCA_NTF", spec: &PLCA_MESSAGE },
        GenlCommand { cmd: 42, name: "ETHTOOL_MSG_MM_GET_REPLY", spec: &MM_MESSAGE },
        GenlCommand { cmd: 43, name: "ETHTOOL_MSG_MM_NTF", spec: &MM_MESSAGE },
        GenlCommand { cmd: 44, name: "ETHTOOL_MSG_MODULE_FW_FLASH_NTF", spec: &MODULE_FW_FLASH_MESSAGE },
        GenlCommand { cmd: 45, name: "ETHTOOL_MSG_PHY_GET_REPLY", spec: &PHY_MESSAGE },
        GenlCommand { cmd: 46, name: "ETHTOOL_MSG_PHY_NTF", spec: &PHY_MESSAGE },
        GenlCommand { cmd: 47, name: "ETHTOOL_MSG_TSCONFIG_GET_REPLY", spec: &TSCONFIG_MESSAGE },
        GenlCommand { cmd: 48, name: "ETHTOOL_MSG_TSCONFIG_SET_REPLY", spec: &TSCONFIG_MESSAGE },
        GenlCommand { cmd: 49, name: "ETHTOOL_MSG_PSE_NTF", spec: &PSE_NTF_MESSAGE },
        GenlCommand { cmd: 50, name: "ETHTOOL_MSG_RSS_NTF", spec: &RSS_MESSAGE },
        GenlCommand { cmd: 51, name: "ETHTOOL_MSG_RSS_CREATE_ACT_REPLY", spec: &RSS_MESSAGE },
        GenlCommand { cmd: 52, name: "ETHTOOL_MSG_RSS_CREATE_NTF", spec: &RSS_MESSAGE },
        GenlCommand { cmd: 53, name: "ETHTOOL_MSG_RSS_DELETE_NTF", spec: &RSS_MESSAGE },
        GenlCommand { cmd: 54, name: "ETHTOOL_MSG_MSE_GET_REPLY", spec: &MSE_MESSAGE },
    ],
};
