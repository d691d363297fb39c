//! Tables of the `nlctrl` netlink spec.
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

/// Bit names of `op-flags`.
pub static OP_FLAGS: &[(u32, &str)] = &[
    (1, "admin-perm"),
    (2, "cmd-cap-do"),
    (4, "cmd-cap-dump"),
    (8, "cmd-cap-haspol"),
    (16, "uns-admin-perm"),
];

/// Bit masks of `op-flags`.
pub mod op_flags {
    /// `ADMIN_PERM`.
    pub const ADMIN_PERM: u32 = 1;
    /// `CMD_CAP_DO`.
    pub const CMD_CAP_DO: u32 = 2;
    /// `CMD_CAP_DUMP`.
    pub const CMD_CAP_DUMP: u32 = 4;
    /// `CMD_CAP_HASPOL`.
    pub const CMD_CAP_HASPOL: u32 = 8;
    /// `UNS_ADMIN_PERM`.
    pub const UNS_ADMIN_PERM: u32 = 16;
}

bitflags::bitflags! {
    /// The bits of `op-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct OpFlags: u32 {
        /// [`op_flags::ADMIN_PERM`].
        const ADMIN_PERM = op_flags::ADMIN_PERM;
        /// [`op_flags::CMD_CAP_DO`].
        const CMD_CAP_DO = op_flags::CMD_CAP_DO;
        /// [`op_flags::CMD_CAP_DUMP`].
        const CMD_CAP_DUMP = op_flags::CMD_CAP_DUMP;
        /// [`op_flags::CMD_CAP_HASPOL`].
        const CMD_CAP_HASPOL = op_flags::CMD_CAP_HASPOL;
        /// [`op_flags::UNS_ADMIN_PERM`].
        const UNS_ADMIN_PERM = op_flags::UNS_ADMIN_PERM;
    }
}

/// Names of `attr-type`.
pub static ATTR_TYPE: &[(u32, &str)] = &[
    (0, "invalid"),
    (1, "flag"),
    (2, "u8"),
    (3, "u16"),
    (4, "u32"),
    (5, "u64"),
    (6, "s8"),
    (7, "s16"),
    (8, "s32"),
    (9, "s64"),
    (10, "binary"),
    (11, "string"),
    (12, "nul-string"),
    (13, "nested"),
    (14, "nested-array"),
    (15, "bitfield32"),
    (16, "sint"),
    (17, "uint"),
];

/// Values of `attr-type`.
pub mod attr_type {
    /// `NETLINK_ATTRIBUTE_TYPE_INVALID`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_INVALID")]
    pub const INVALID: u32 = 0;
    /// `NETLINK_ATTRIBUTE_TYPE_FLAG`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_FLAG")]
    pub const FLAG: u32 = 1;
    /// `NETLINK_ATTRIBUTE_TYPE_U8`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_U8")]
    pub const U8: u32 = 2;
    /// `NETLINK_ATTRIBUTE_TYPE_U16`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_U16")]
    pub const U16: u32 = 3;
    /// `NETLINK_ATTRIBUTE_TYPE_U32`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_U32")]
    pub const U32: u32 = 4;
    /// `NETLINK_ATTRIBUTE_TYPE_U64`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_U64")]
    pub const U64: u32 = 5;
    /// `NETLINK_ATTRIBUTE_TYPE_S8`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_S8")]
    pub const S8: u32 = 6;
    /// `NETLINK_ATTRIBUTE_TYPE_S16`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_S16")]
    pub const S16: u32 = 7;
    /// `NETLINK_ATTRIBUTE_TYPE_S32`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_S32")]
    pub const S32: u32 = 8;
    /// `NETLINK_ATTRIBUTE_TYPE_S64`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_S64")]
    pub const S64: u32 = 9;
    /// `NETLINK_ATTRIBUTE_TYPE_BINARY`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_BINARY")]
    pub const BINARY: u32 = 10;
    /// `NETLINK_ATTRIBUTE_TYPE_STRING`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_STRING")]
    pub const STRING: u32 = 11;
    /// `NETLINK_ATTRIBUTE_TYPE_NUL_STRING`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_NUL_STRING")]
    pub const NUL_STRING: u32 = 12;
    /// `NETLINK_ATTRIBUTE_TYPE_NESTED`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_NESTED")]
    pub const NESTED: u32 = 13;
    /// `NETLINK_ATTRIBUTE_TYPE_NESTED_ARRAY`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_NESTED_ARRAY")]
    pub const NESTED_ARRAY: u32 = 14;
    /// `NETLINK_ATTRIBUTE_TYPE_BITFIELD32`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_BITFIELD32")]
    pub const BITFIELD32: u32 = 15;
    /// `NETLINK_ATTRIBUTE_TYPE_SINT`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_SINT")]
    pub const SINT: u32 = 16;
    /// `NETLINK_ATTRIBUTE_TYPE_UINT`.
    #[doc(alias = "NETLINK_ATTRIBUTE_TYPE_UINT")]
    pub const UINT: u32 = 17;
}

/// The type of each entry of `CTRL_ATTR_OPS`.
static CTRL_ATTRS_OPS_ELEMENT: AttrType = AttrType::Nested(&OP_ATTRS);

/// The type of each entry of `CTRL_ATTR_MCAST_GROUPS`.
static CTRL_ATTRS_MCAST_GROUPS_ELEMENT: AttrType = AttrType::Nested(&MCAST_GROUP_ATTRS);

/// `CTRL_ATTR_*`: the attribute set `ctrl-attrs`.
pub static CTRL_ATTRS: Space = Space {
    name: "ctrl-attrs",
    prefix: "CTRL_ATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "family_id", ty: AttrType::U16 },
        AttrSpec { id: 2, name: "family_name", ty: AttrType::Str },
        AttrSpec { id: 3, name: "version", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "hdrsize", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "maxattr", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "ops", ty: AttrType::Array(&CTRL_ATTRS_OPS_ELEMENT) },
        AttrSpec { id: 7, name: "mcast_groups", ty: AttrType::Array(&CTRL_ATTRS_MCAST_GROUPS_ELEMENT) },
        AttrSpec { id: 8, name: "policy", ty: AttrType::Bytes },
        AttrSpec { id: 9, name: "op_policy", ty: AttrType::Bytes },
        AttrSpec { id: 10, name: "op", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 2, 5, 0, 0, 0, 0, 0, 8, 1, 10, 0, 0, 6, 0, 7, 3, 0, 0, 0, 9, 4, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`CTRL_ATTRS`].
pub mod ctrl_attrs {
    /// `CTRL_ATTR_FAMILY_ID`.
    #[doc(alias = "CTRL_ATTR_FAMILY_ID")]
    pub const FAMILY_ID: u16 = 1;
    /// `CTRL_ATTR_FAMILY_NAME`.
    #[doc(alias = "CTRL_ATTR_FAMILY_NAME")]
    pub const FAMILY_NAME: u16 = 2;
    /// `CTRL_ATTR_VERSION`.
    #[doc(alias = "CTRL_ATTR_VERSION")]
    pub const VERSION: u16 = 3;
    /// `CTRL_ATTR_HDRSIZE`.
    #[doc(alias = "CTRL_ATTR_HDRSIZE")]
    pub const HDRSIZE: u16 = 4;
    /// `CTRL_ATTR_MAXATTR`.
    #[doc(alias = "CTRL_ATTR_MAXATTR")]
    pub const MAXATTR: u16 = 5;
    /// `CTRL_ATTR_OPS`.
    #[doc(alias = "CTRL_ATTR_OPS")]
    pub const OPS: u16 = 6;
    /// `CTRL_ATTR_MCAST_GROUPS`.
    #[doc(alias = "CTRL_ATTR_MCAST_GROUPS")]
    pub const MCAST_GROUPS: u16 = 7;
    /// `CTRL_ATTR_POLICY`.
    #[doc(alias = "CTRL_ATTR_POLICY")]
    pub const POLICY: u16 = 8;
    /// `CTRL_ATTR_OP_POLICY`.
    #[doc(alias = "CTRL_ATTR_OP_POLICY")]
    pub const OP_POLICY: u16 = 9;
    /// `CTRL_ATTR_OP`.
    #[doc(alias = "CTRL_ATTR_OP")]
    pub const OP: u16 = 10;
}

/// Typed reads of an attribute chain of the set `ctrl-attrs`.
#[derive(Clone, Debug, Default)]
pub struct CtrlAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CtrlAttrs<'a> {
    /// `CTRL_ATTR_FAMILY_ID`.
    pub fn family_id(&self) -> Result<Option<u16>> {
        self.0.read(ctrl_attrs::FAMILY_ID, crate::attr::Attr::u16)
    }
    /// `CTRL_ATTR_FAMILY_NAME`.
    pub fn family_name(&self) -> Result<Option<&'a str>> {
        self.0.read(ctrl_attrs::FAMILY_NAME, crate::attr::Attr::str)
    }
    /// `CTRL_ATTR_VERSION`.
    pub fn version(&self) -> Result<Option<u32>> {
        self.0.read(ctrl_attrs::VERSION, crate::attr::Attr::u32)
    }
    /// `CTRL_ATTR_HDRSIZE`.
    pub fn hdrsize(&self) -> Result<Option<u32>> {
        self.0.read(ctrl_attrs::HDRSIZE, crate::attr::Attr::u32)
    }
    /// `CTRL_ATTR_MAXATTR`.
    pub fn maxattr(&self) -> Result<Option<u32>> {
        self.0.read(ctrl_attrs::MAXATTR, crate::attr::Attr::u32)
    }
    /// `CTRL_ATTR_OPS`.
    pub fn ops(&self) -> impl Iterator<Item = Result<OpAttrs<'a>>> + 'a {
        self.0.read_array(ctrl_attrs::OPS, |a| Ok(OpAttrs(a.nested())))
    }
    /// `CTRL_ATTR_MCAST_GROUPS`.
    pub fn mcast_groups(&self) -> impl Iterator<Item = Result<McastGroupAttrs<'a>>> + 'a {
        self.0.read_array(ctrl_attrs::MCAST_GROUPS, |a| Ok(McastGroupAttrs(a.nested())))
    }
    /// `CTRL_ATTR_POLICY`.
    pub fn policy(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(ctrl_attrs::POLICY, |a| Ok(*a))
    }
    /// `CTRL_ATTR_OP_POLICY`.
    pub fn op_policy(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(ctrl_attrs::OP_POLICY, |a| Ok(*a))
    }
    /// `CTRL_ATTR_OP`.
    pub fn op(&self) -> Result<Option<u32>> {
        self.0.read(ctrl_attrs::OP, crate::attr::Attr::u32)
    }
}

/// `CTRL_ATTR_MCAST_GRP_*`: the attribute set `mcast-group-attrs`.
pub static MCAST_GROUP_ATTRS: Space = Space {
    name: "mcast-group-attrs",
    prefix: "CTRL_ATTR_MCAST_GRP_",
    attrs: &[
        AttrSpec { id: 1, name: "name", ty: AttrType::Str },
        AttrSpec { id: 2, name: "id", ty: AttrType::U32 },
    ],
    by_name: &[2, 1, 0, 0],
};

/// Attribute numbers of [`MCAST_GROUP_ATTRS`].
pub mod mcast_group_attrs {
    /// `CTRL_ATTR_MCAST_GRP_NAME`.
    #[doc(alias = "CTRL_ATTR_MCAST_GRP_NAME")]
    pub const NAME: u16 = 1;
    /// `CTRL_ATTR_MCAST_GRP_ID`.
    #[doc(alias = "CTRL_ATTR_MCAST_GRP_ID")]
    pub const ID: u16 = 2;
}

/// Typed reads of an attribute chain of the set `mcast-group-attrs`.
#[derive(Clone, Debug, Default)]
pub struct McastGroupAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> McastGroupAttrs<'a> {
    /// `CTRL_ATTR_MCAST_GRP_NAME`.
    pub fn name(&self) -> Result<Option<&'a str>> {
        self.0.read(mcast_group_attrs::NAME, crate::attr::Attr::str)
    }
    /// `CTRL_ATTR_MCAST_GRP_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(mcast_group_attrs::ID, crate::attr::Attr::u32)
    }
}

/// `CTRL_ATTR_OP_*`: the attribute set `op-attrs`.
pub static OP_ATTRS: Space = Space {
    name: "op-attrs",
    prefix: "CTRL_ATTR_OP_",
    attrs: &[
        AttrSpec { id: 1, name: "id", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "flags", ty: AttrType::Bits(Scalar::U32, OP_FLAGS) },
    ],
    by_name: &[1, 0, 2, 0],
};

/// Attribute numbers of [`OP_ATTRS`].
pub mod op_attrs {
    /// `CTRL_ATTR_OP_ID`.
    #[doc(alias = "CTRL_ATTR_OP_ID")]
    pub const ID: u16 = 1;
    /// `CTRL_ATTR_OP_FLAGS`.
    #[doc(alias = "CTRL_ATTR_OP_FLAGS")]
    pub const FLAGS: u16 = 2;
}

/// Typed reads of an attribute chain of the set `op-attrs`.
#[derive(Clone, Debug, Default)]
pub struct OpAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> OpAttrs<'a> {
    /// `CTRL_ATTR_OP_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(op_attrs::ID, crate::attr::Attr::u32)
    }
    /// `CTRL_ATTR_OP_FLAGS`.
    pub fn flags(&self) -> Result<Option<OpFlags>> {
        self.0.read(op_attrs::FLAGS, |a| a.u32().map(OpFlags::from_bits_retain))
    }
}

/// `NL_POLICY_TYPE_ATTR_*`: the attribute set `policy-attrs`.
pub static POLICY_ATTRS: Space = Space {
    name: "policy-attrs",
    prefix: "NL_POLICY_TYPE_ATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "type", ty: AttrType::Enum(Scalar::U32, ATTR_TYPE) },
        AttrSpec { id: 2, name: "min_value_s", ty: AttrType::S64 },
        AttrSpec { id: 3, name: "max_value_s", ty: AttrType::S64 },
        AttrSpec { id: 4, name: "min_value_u", ty: AttrType::U64 },
        AttrSpec { id: 5, name: "max_value_u", ty: AttrType::U64 },
        AttrSpec { id: 6, name: "min_length", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "max_length", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "policy_idx", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "policy_maxtype", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "bitfield32_mask", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "mask", ty: AttrType::U64 },
        AttrSpec { id: 12, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[
        11, 10, 0, 0, 0, 6, 7, 0, 0, 0, 0, 0, 0, 2, 3, 9, 0, 0, 0, 12, 0, 0, 8, 0, 0, 0, 0, 4, 5, 0, 1, 0,
    ],
};

/// Attribute numbers of [`POLICY_ATTRS`].
pub mod policy_attrs {
    /// `NL_POLICY_TYPE_ATTR_TYPE`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_TYPE")]
    pub const TYPE: u16 = 1;
    /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_S`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_MIN_VALUE_S")]
    pub const MIN_VALUE_S: u16 = 2;
    /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_S`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_MAX_VALUE_S")]
    pub const MAX_VALUE_S: u16 = 3;
    /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_U`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_MIN_VALUE_U")]
    pub const MIN_VALUE_U: u16 = 4;
    /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_U`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_MAX_VALUE_U")]
    pub const MAX_VALUE_U: u16 = 5;
    /// `NL_POLICY_TYPE_ATTR_MIN_LENGTH`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_MIN_LENGTH")]
    pub const MIN_LENGTH: u16 = 6;
    /// `NL_POLICY_TYPE_ATTR_MAX_LENGTH`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_MAX_LENGTH")]
    pub const MAX_LENGTH: u16 = 7;
    /// `NL_POLICY_TYPE_ATTR_POLICY_IDX`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_POLICY_IDX")]
    pub const POLICY_IDX: u16 = 8;
    /// `NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE")]
    pub const POLICY_MAXTYPE: u16 = 9;
    /// `NL_POLICY_TYPE_ATTR_BITFIELD32_MASK`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_BITFIELD32_MASK")]
    pub const BITFIELD32_MASK: u16 = 10;
    /// `NL_POLICY_TYPE_ATTR_MASK`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_MASK")]
    pub const MASK: u16 = 11;
    /// `NL_POLICY_TYPE_ATTR_PAD`.
    #[doc(alias = "NL_POLICY_TYPE_ATTR_PAD")]
    pub const PAD: u16 = 12;
}

/// Typed reads of an attribute chain of the set `policy-attrs`.
#[derive(Clone, Debug, Default)]
pub struct PolicyAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> PolicyAttrs<'a> {
    /// `NL_POLICY_TYPE_ATTR_TYPE`.
    pub fn r#type(&self) -> Result<Option<u32>> {
        self.0.read(policy_attrs::TYPE, crate::attr::Attr::u32)
    }
    /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_S`.
    pub fn min_value_s(&self) -> Result<Option<i64>> {
        self.0.read(policy_attrs::MIN_VALUE_S, crate::attr::Attr::i64)
    }
    /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_S`.
    pub fn max_value_s(&self) -> Result<Option<i64>> {
        self.0.read(policy_attrs::MAX_VALUE_S, crate::attr::Attr::i64)
    }
    /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_U`.
    pub fn min_value_u(&self) -> Result<Option<u64>> {
        self.0.read(policy_attrs::MIN_VALUE_U, crate::attr::Attr::u64)
    }
    /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_U`.
    pub fn max_value_u(&self) -> Result<Option<u64>> {
        self.0.read(policy_attrs::MAX_VALUE_U, crate::attr::Attr::u64)
    }
    /// `NL_POLICY_TYPE_ATTR_MIN_LENGTH`.
    pub fn min_length(&self) -> Result<Option<u32>> {
        self.0.read(policy_attrs::MIN_LENGTH, crate::attr::Attr::u32)
    }
    /// `NL_POLICY_TYPE_ATTR_MAX_LENGTH`.
    pub fn max_length(&self) -> Result<Option<u32>> {
        self.0.read(policy_attrs::MAX_LENGTH, crate::attr::Attr::u32)
    }
    /// `NL_POLICY_TYPE_ATTR_POLICY_IDX`.
    pub fn policy_idx(&self) -> Result<Option<u32>> {
        self.0.read(policy_attrs::POLICY_IDX, crate::attr::Attr::u32)
    }
    /// `NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE`.
    pub fn policy_maxtype(&self) -> Result<Option<u32>> {
        self.0.read(policy_attrs::POLICY_MAXTYPE, crate::attr::Attr::u32)
    }
    /// `NL_POLICY_TYPE_ATTR_BITFIELD32_MASK`.
    pub fn bitfield32_mask(&self) -> Result<Option<u32>> {
        self.0.read(policy_attrs::BITFIELD32_MASK, crate::attr::Attr::u32)
    }
    /// `NL_POLICY_TYPE_ATTR_MASK`.
    pub fn mask(&self) -> Result<Option<u64>> {
        self.0.read(policy_attrs::MASK, crate::attr::Attr::u64)
    }
}

/// `CTRL_ATTR_POLICY_*`: the attribute set `op-policy-attrs`.
pub static OP_POLICY_ATTRS: Space = Space {
    name: "op-policy-attrs",
    prefix: "CTRL_ATTR_POLICY_",
    attrs: &[
        AttrSpec { id: 1, name: "do", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "dump", ty: AttrType::U32 },
    ],
    by_name: &[2, 1, 0, 0],
};

/// Attribute numbers of [`OP_POLICY_ATTRS`].
pub mod op_policy_attrs {
    /// `CTRL_ATTR_POLICY_DO`.
    #[doc(alias = "CTRL_ATTR_POLICY_DO")]
    pub const DO: u16 = 1;
    /// `CTRL_ATTR_POLICY_DUMP`.
    #[doc(alias = "CTRL_ATTR_POLICY_DUMP")]
    pub const DUMP: u16 = 2;
}

/// Typed reads of an attribute chain of the set `op-policy-attrs`.
#[derive(Clone, Debug, Default)]
pub struct OpPolicyAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> OpPolicyAttrs<'a> {
    /// `CTRL_ATTR_POLICY_DO`.
    pub fn r#do(&self) -> Result<Option<u32>> {
        self.0.read(op_policy_attrs::DO, crate::attr::Attr::u32)
    }
    /// `CTRL_ATTR_POLICY_DUMP`.
    pub fn dump(&self) -> Result<Option<u32>> {
        self.0.read(op_policy_attrs::DUMP, crate::attr::Attr::u32)
    }
}

/// Messages of `ctrl-attrs` after `struct genlmsghdr`.
pub static CTRL_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "nlctrl", header: &crate::spec::GENLMSGHDR, space: &CTRL_ATTRS };

/// Commands user space sends (`genlmsghdr.cmd`).
pub mod cmd {
    /// `CTRL_CMD_GETFAMILY`.
    #[doc(alias = "CTRL_CMD_GETFAMILY")]
    pub const GETFAMILY: u8 = 3;
    /// `CTRL_CMD_GETPOLICY`.
    #[doc(alias = "CTRL_CMD_GETPOLICY")]
    pub const GETPOLICY: u8 = 10;
}

/// The `nlctrl` generic netlink family.
pub static FAMILY: GenlFamily = GenlFamily {
    name: "nlctrl",
    groups: &[],
    to_kernel: &[
        GenlCommand { cmd: 3, name: "CTRL_CMD_GETFAMILY", spec: &CTRL_ATTRS_MESSAGE },
        GenlCommand { cmd: 10, name: "CTRL_CMD_GETPOLICY", spec: &CTRL_ATTRS_MESSAGE },
    ],
    from_kernel: &[
        GenlCommand { cmd: 1, name: "CTRL_CMD_GETFAMILY", spec: &CTRL_ATTRS_MESSAGE },
        GenlCommand { cmd: 10, name: "CTRL_CMD_GETPOLICY", spec: &CTRL_ATTRS_MESSAGE },
    ],
};
