//! Tables of the `mptcp_pm` netlink spec.
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

/// Names of `event-type`.
pub static EVENT_TYPE: &[(u32, &str)] = &[
    (0, "unspec"),
    (1, "created"),
    (2, "established"),
    (3, "closed"),
    (6, "announced"),
    (7, "removed"),
    (10, "sub-established"),
    (11, "sub-closed"),
    (13, "sub-priority"),
    (15, "listener-created"),
    (16, "listener-closed"),
];

/// Values of `event-type`.
pub mod event_type {
    /// `MPTCP_EVENT_UNSPEC`.
    #[doc(alias = "MPTCP_EVENT_UNSPEC")]
    pub const UNSPEC: u32 = 0;
    /// `MPTCP_EVENT_CREATED`.
    #[doc(alias = "MPTCP_EVENT_CREATED")]
    pub const CREATED: u32 = 1;
    /// `MPTCP_EVENT_ESTABLISHED`.
    #[doc(alias = "MPTCP_EVENT_ESTABLISHED")]
    pub const ESTABLISHED: u32 = 2;
    /// `MPTCP_EVENT_CLOSED`.
    #[doc(alias = "MPTCP_EVENT_CLOSED")]
    pub const CLOSED: u32 = 3;
    /// `MPTCP_EVENT_ANNOUNCED`.
    #[doc(alias = "MPTCP_EVENT_ANNOUNCED")]
    pub const ANNOUNCED: u32 = 6;
    /// `MPTCP_EVENT_REMOVED`.
    #[doc(alias = "MPTCP_EVENT_REMOVED")]
    pub const REMOVED: u32 = 7;
    /// `MPTCP_EVENT_SUB_ESTABLISHED`.
    #[doc(alias = "MPTCP_EVENT_SUB_ESTABLISHED")]
    pub const SUB_ESTABLISHED: u32 = 10;
    /// `MPTCP_EVENT_SUB_CLOSED`.
    #[doc(alias = "MPTCP_EVENT_SUB_CLOSED")]
    pub const SUB_CLOSED: u32 = 11;
    /// `MPTCP_EVENT_SUB_PRIORITY`.
    #[doc(alias = "MPTCP_EVENT_SUB_PRIORITY")]
    pub const SUB_PRIORITY: u32 = 13;
    /// `MPTCP_EVENT_LISTENER_CREATED`.
    #[doc(alias = "MPTCP_EVENT_LISTENER_CREATED")]
    pub const LISTENER_CREATED: u32 = 15;
    /// `MPTCP_EVENT_LISTENER_CLOSED`.
    #[doc(alias = "MPTCP_EVENT_LISTENER_CLOSED")]
    pub const LISTENER_CLOSED: u32 = 16;
}

/// Bit names of `address-flags`.
pub static ADDRESS_FLAGS: &[(u32, &str)] =
    &[(1, "signal"), (2, "subflow"), (4, "backup"), (8, "fullmesh"), (16, "implicit"), (32, "laminar")];

/// Bit masks of `address-flags`.
pub mod address_flags {
    /// `SIGNAL`.
    pub const SIGNAL: u32 = 1;
    /// `SUBFLOW`.
    pub const SUBFLOW: u32 = 2;
    /// `BACKUP`.
    pub const BACKUP: u32 = 4;
    /// `FULLMESH`.
    pub const FULLMESH: u32 = 8;
    /// `IMPLICIT`.
    pub const IMPLICIT: u32 = 16;
    /// `LAMINAR`.
    pub const LAMINAR: u32 = 32;
}

bitflags::bitflags! {
    /// The bits of `address-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct AddressFlags: u32 {
        /// [`address_flags::SIGNAL`].
        const SIGNAL = address_flags::SIGNAL;
        /// [`address_flags::SUBFLOW`].
        const SUBFLOW = address_flags::SUBFLOW;
        /// [`address_flags::BACKUP`].
        const BACKUP = address_flags::BACKUP;
        /// [`address_flags::FULLMESH`].
        const FULLMESH = address_flags::FULLMESH;
        /// [`address_flags::IMPLICIT`].
        const IMPLICIT = address_flags::IMPLICIT;
        /// [`address_flags::LAMINAR`].
        const LAMINAR = address_flags::LAMINAR;
    }
}

/// `MPTCP_PM_ADDR_ATTR_*`: the attribute set `address`.
pub static ADDRESS: Space = Space {
    name: "address",
    prefix: "MPTCP_PM_ADDR_ATTR_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "family", ty: AttrType::U16 },
        AttrSpec { id: 2, name: "id", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "addr4", ty: AttrType::Ip },
        AttrSpec { id: 4, name: "addr6", ty: AttrType::Ip },
        AttrSpec { id: 5, name: "port", ty: AttrType::U16 },
        AttrSpec { id: 6, name: "flags", ty: AttrType::Bits(Scalar::U32, ADDRESS_FLAGS) },
        AttrSpec { id: 7, name: "if_idx", ty: AttrType::S32 },
    ],
    by_name: &[6, 0, 0, 4, 0, 0, 0, 0, 0, 5, 8, 0, 3, 1, 7, 2],
};

/// Attribute numbers of [`ADDRESS`].
pub mod address {
    /// `MPTCP_PM_ADDR_ATTR_UNSPEC`.
    #[doc(alias = "MPTCP_PM_ADDR_ATTR_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `MPTCP_PM_ADDR_ATTR_FAMILY`.
    #[doc(alias = "MPTCP_PM_ADDR_ATTR_FAMILY")]
    pub const FAMILY: u16 = 1;
    /// `MPTCP_PM_ADDR_ATTR_ID`.
    #[doc(alias = "MPTCP_PM_ADDR_ATTR_ID")]
    pub const ID: u16 = 2;
    /// `MPTCP_PM_ADDR_ATTR_ADDR4`.
    #[doc(alias = "MPTCP_PM_ADDR_ATTR_ADDR4")]
    pub const ADDR4: u16 = 3;
    /// `MPTCP_PM_ADDR_ATTR_ADDR6`.
    #[doc(alias = "MPTCP_PM_ADDR_ATTR_ADDR6")]
    pub const ADDR6: u16 = 4;
    /// `MPTCP_PM_ADDR_ATTR_PORT`.
    #[doc(alias = "MPTCP_PM_ADDR_ATTR_PORT")]
    pub const PORT: u16 = 5;
    /// `MPTCP_PM_ADDR_ATTR_FLAGS`.
    #[doc(alias = "MPTCP_PM_ADDR_ATTR_FLAGS")]
    pub const FLAGS: u16 = 6;
    /// `MPTCP_PM_ADDR_ATTR_IF_IDX`.
    #[doc(alias = "MPTCP_PM_ADDR_ATTR_IF_IDX")]
    pub const IF_IDX: u16 = 7;
}

/// Typed reads of an attribute chain of the set `address`.
#[derive(Clone, Debug, Default)]
pub struct Address<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Address<'a> {
    /// `MPTCP_PM_ADDR_ATTR_FAMILY`.
    pub fn family(&self) -> Result<Option<u16>> {
        self.0.read(address::FAMILY, crate::attr::Attr::u16)
    }
    /// `MPTCP_PM_ADDR_ATTR_ID`.
    pub fn id(&self) -> Result<Option<u8>> {
        self.0.read(address::ID, crate::attr::Attr::u8)
    }
    /// `MPTCP_PM_ADDR_ATTR_ADDR4`.
    pub fn addr4(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(address::ADDR4, crate::attr::Attr::ip)
    }
    /// `MPTCP_PM_ADDR_ATTR_ADDR6`.
    pub fn addr6(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(address::ADDR6, crate::attr::Attr::ip)
    }
    /// `MPTCP_PM_ADDR_ATTR_PORT`.
    pub fn port(&self) -> Result<Option<u16>> {
        self.0.read(address::PORT, crate::attr::Attr::u16)
    }
    /// `MPTCP_PM_ADDR_ATTR_FLAGS`.
    pub fn flags(&self) -> Result<Option<AddressFlags>> {
        self.0.read(address::FLAGS, |a| a.u32().map(AddressFlags::from_bits_retain))
    }
    /// `MPTCP_PM_ADDR_ATTR_IF_IDX`.
    pub fn if_idx(&self) -> Result<Option<i32>> {
        self.0.read(address::IF_IDX, crate::attr::Attr::i32)
    }
}

/// `MPTCP_SUBFLOW_ATTR_*`: the attribute set `subflow-attribute`.
pub static SUBFLOW_ATTRIBUTE: Space = Space {
    name: "subflow-attribute",
    prefix: "MPTCP_SUBFLOW_ATTR_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "token_rem", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "token_loc", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "relwrite_seq", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "map_seq", ty: AttrType::U64 },
        AttrSpec { id: 5, name: "map_sfseq", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "ssn_offset", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "map_datalen", ty: AttrType::U16 },
        AttrSpec { id: 8, name: "flags", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "id_rem", ty: AttrType::U8 },
        AttrSpec { id: 10, name: "id_loc", ty: AttrType::U8 },
        AttrSpec { id: 11, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[
        0, 5, 0, 0, 4, 0, 8, 0, 0, 0, 0, 0, 0, 1, 9, 0, 7, 10, 0, 12, 0, 2, 11, 0, 0, 0, 0, 3, 6, 0, 0, 0,
    ],
};

/// Attribute numbers of [`SUBFLOW_ATTRIBUTE`].
pub mod subflow_attribute {
    /// `MPTCP_SUBFLOW_ATTR_UNSPEC`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `MPTCP_SUBFLOW_ATTR_TOKEN_REM`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_TOKEN_REM")]
    pub const TOKEN_REM: u16 = 1;
    /// `MPTCP_SUBFLOW_ATTR_TOKEN_LOC`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_TOKEN_LOC")]
    pub const TOKEN_LOC: u16 = 2;
    /// `MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ")]
    pub const RELWRITE_SEQ: u16 = 3;
    /// `MPTCP_SUBFLOW_ATTR_MAP_SEQ`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_MAP_SEQ")]
    pub const MAP_SEQ: u16 = 4;
    /// `MPTCP_SUBFLOW_ATTR_MAP_SFSEQ`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_MAP_SFSEQ")]
    pub const MAP_SFSEQ: u16 = 5;
    /// `MPTCP_SUBFLOW_ATTR_SSN_OFFSET`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_SSN_OFFSET")]
    pub const SSN_OFFSET: u16 = 6;
    /// `MPTCP_SUBFLOW_ATTR_MAP_DATALEN`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_MAP_DATALEN")]
    pub const MAP_DATALEN: u16 = 7;
    /// `MPTCP_SUBFLOW_ATTR_FLAGS`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_FLAGS")]
    pub const FLAGS: u16 = 8;
    /// `MPTCP_SUBFLOW_ATTR_ID_REM`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_ID_REM")]
    pub const ID_REM: u16 = 9;
    /// `MPTCP_SUBFLOW_ATTR_ID_LOC`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_ID_LOC")]
    pub const ID_LOC: u16 = 10;
    /// `MPTCP_SUBFLOW_ATTR_PAD`.
    #[doc(alias = "MPTCP_SUBFLOW_ATTR_PAD")]
    pub const PAD: u16 = 11;
}

/// Typed reads of an attribute chain of the set `subflow-attribute`.
#[derive(Clone, Debug, Default)]
pub struct SubflowAttribute<'a>(pub crate::attr::Attrs<'a>);

impl<'a> SubflowAttribute<'a> {
    /// `MPTCP_SUBFLOW_ATTR_TOKEN_REM`.
    pub fn token_rem(&self) -> Result<Option<u32>> {
        self.0.read(subflow_attribute::TOKEN_REM, crate::attr::Attr::u32)
    }
    /// `MPTCP_SUBFLOW_ATTR_TOKEN_LOC`.
    pub fn token_loc(&self) -> Result<Option<u32>> {
        self.0.read(subflow_attribute::TOKEN_LOC, crate::attr::Attr::u32)
    }
    /// `MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ`.
    pub fn relwrite_seq(&self) -> Result<Option<u32>> {
        self.0.read(subflow_attribute::RELWRITE_SEQ, crate::attr::Attr::u32)
    }
    /// `MPTCP_SUBFLOW_ATTR_MAP_SEQ`.
    pub fn map_seq(&self) -> Result<Option<u64>> {
        self.0.read(subflow_attribute::MAP_SEQ, crate::attr::Attr::u64)
    }
    /// `MPTCP_SUBFLOW_ATTR_MAP_SFSEQ`.
    pub fn map_sfseq(&self) -> Result<Option<u32>> {
        self.0.read(subflow_attribute::MAP_SFSEQ, crate::attr::Attr::u32)
    }
    /// `MPTCP_SUBFLOW_ATTR_SSN_OFFSET`.
    pub fn ssn_offset(&self) -> Result<Option<u32>> {
        self.0.read(subflow_attribute::SSN_OFFSET, crate::attr::Attr::u32)
    }
    /// `MPTCP_SUBFLOW_ATTR_MAP_DATALEN`.
    pub fn map_datalen(&self) -> Result<Option<u16>> {
        self.0.read(subflow_attribute::MAP_DATALEN, crate::attr::Attr::u16)
    }
    /// `MPTCP_SUBFLOW_ATTR_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(subflow_attribute::FLAGS, crate::attr::Attr::u32)
    }
    /// `MPTCP_SUBFLOW_ATTR_ID_REM`.
    pub fn id_rem(&self) -> Result<Option<u8>> {
        self.0.read(subflow_attribute::ID_REM, crate::attr::Attr::u8)
    }
    /// `MPTCP_SUBFLOW_ATTR_ID_LOC`.
    pub fn id_loc(&self) -> Result<Option<u8>> {
        self.0.read(subflow_attribute::ID_LOC, crate::attr::Attr::u8)
    }
}

/// `MPTCP_PM_ENDPOINT_*`: the attribute set `endpoint`.
pub static ENDPOINT: Space = Space {
    name: "endpoint",
    prefix: "MPTCP_PM_ENDPOINT_",
    attrs: &[AttrSpec { id: 1, name: "addr", ty: AttrType::Nested(&ADDRESS) }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`ENDPOINT`].
pub mod endpoint {
    /// `MPTCP_PM_ENDPOINT_ADDR`.
    #[doc(alias = "MPTCP_PM_ENDPOINT_ADDR")]
    pub const ADDR: u16 = 1;
}

/// Typed reads of an attribute chain of the set `endpoint`.
#[derive(Clone, Debug, Default)]
pub struct Endpoint<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Endpoint<'a> {
    /// `MPTCP_PM_ENDPOINT_ADDR`.
    pub fn addr(&self) -> Result<Option<Address<'a>>> {
        self.0.read(endpoint::ADDR, |a| Ok(Address(a.nested())))
    }
}

/// `MPTCP_PM_ATTR_*`: the attribute set `attr`.
pub static ATTR: Space = Space {
    name: "attr",
    prefix: "MPTCP_PM_ATTR_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "addr", ty: AttrType::Nested(&ADDRESS) },
        AttrSpec { id: 2, name: "rcv_add_addrs", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "subflows", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "token", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "loc_id", ty: AttrType::U8 },
        AttrSpec { id: 6, name: "addr_remote", ty: AttrType::Nested(&ADDRESS) },
    ],
    by_name: &[0, 5, 0, 0, 7, 0, 0, 3, 0, 4, 0, 0, 2, 1, 6, 0],
};

/// Attribute numbers of [`ATTR`].
pub mod attr {
    /// `MPTCP_PM_ATTR_UNSPEC`.
    #[doc(alias = "MPTCP_PM_ATTR_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `MPTCP_PM_ATTR_ADDR`.
    #[doc(alias = "MPTCP_PM_ATTR_ADDR")]
    pub const ADDR: u16 = 1;
    /// `MPTCP_PM_ATTR_RCV_ADD_ADDRS`.
    #[doc(alias = "MPTCP_PM_ATTR_RCV_ADD_ADDRS")]
    pub const RCV_ADD_ADDRS: u16 = 2;
    /// `MPTCP_PM_ATTR_SUBFLOWS`.
    #[doc(alias = "MPTCP_PM_ATTR_SUBFLOWS")]
    pub const SUBFLOWS: u16 = 3;
    /// `MPTCP_PM_ATTR_TOKEN`.
    #[doc(alias = "MPTCP_PM_ATTR_TOKEN")]
    pub const TOKEN: u16 = 4;
    /// `MPTCP_PM_ATTR_LOC_ID`.
    #[doc(alias = "MPTCP_PM_ATTR_LOC_ID")]
    pub const LOC_ID: u16 = 5;
    /// `MPTCP_PM_ATTR_ADDR_REMOTE`.
    #[doc(alias = "MPTCP_PM_ATTR_ADDR_REMOTE")]
    pub const ADDR_REMOTE: u16 = 6;
}

/// Typed reads of an attribute chain of the set `attr`.
#[derive(Clone, Debug, Default)]
pub struct Attr<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Attr<'a> {
    /// `MPTCP_PM_ATTR_ADDR`.
    pub fn addr(&self) -> Result<Option<Address<'a>>> {
        self.0.read(attr::ADDR, |a| Ok(Address(a.nested())))
    }
    /// `MPTCP_PM_ATTR_RCV_ADD_ADDRS`.
    pub fn rcv_add_addrs(&self) -> Result<Option<u32>> {
        self.0.read(attr::RCV_ADD_ADDRS, crate::attr::Attr::u32)
    }
    /// `MPTCP_PM_ATTR_SUBFLOWS`.
    pub fn subflows(&self) -> Result<Option<u32>> {
        self.0.read(attr::SUBFLOWS, crate::attr::Attr::u32)
    }
    /// `MPTCP_PM_ATTR_TOKEN`.
    pub fn token(&self) -> Result<Option<u32>> {
        self.0.read(attr::TOKEN, crate::attr::Attr::u32)
    }
    /// `MPTCP_PM_ATTR_LOC_ID`.
    pub fn loc_id(&self) -> Result<Option<u8>> {
        self.0.read(attr::LOC_ID, crate::attr::Attr::u8)
    }
    /// `MPTCP_PM_ATTR_ADDR_REMOTE`.
    pub fn addr_remote(&self) -> Result<Option<Address<'a>>> {
        self.0.read(attr::ADDR_REMOTE, |a| Ok(Address(a.nested())))
    }
}

/// `MPTCP_ATTR_*`: the attribute set `event-attr`.
pub static EVENT_ATTR: Space = Space {
    name: "event-attr",
    prefix: "MPTCP_ATTR_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "token", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "family", ty: AttrType::U16 },
        AttrSpec { id: 3, name: "loc_id", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "rem_id", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "saddr4", ty: AttrType::Be32 },
        AttrSpec { id: 6, name: "saddr6", ty: AttrType::Bytes },
        AttrSpec { id: 7, name: "daddr4", ty: AttrType::Be32 },
        AttrSpec { id: 8, name: "daddr6", ty: AttrType::Bytes },
        AttrSpec { id: 9, name: "sport", ty: AttrType::Be16 },
        AttrSpec { id: 10, name: "dport", ty: AttrType::Be16 },
        AttrSpec { id: 11, name: "backup", ty: AttrType::U8 },
        AttrSpec { id: 12, name: "error", ty: AttrType::U8 },
        AttrSpec { id: 13, name: "flags", ty: AttrType::U16 },
        AttrSpec { id: 14, name: "timeout", ty: AttrType::U32 },
        AttrSpec { id: 15, name: "if_idx", ty: AttrType::S32 },
        AttrSpec { id: 16, name: "reset_reason", ty: AttrType::U32 },
        AttrSpec { id: 17, name: "reset_flags", ty: AttrType::U32 },
        AttrSpec { id: 18, name: "server_side", ty: AttrType::U8 },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 0, 15, 7, 0, 19, 0, 0, 1, 14, 3, 0, 0, 10, 18, 0, 0, 0, 0, 0, 16, 0, 0, 0, 9, 0,
        13, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 5, 12, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 8, 11, 0, 0, 0, 4, 0, 0,
        17,
    ],
};

/// Attribute numbers of [`EVENT_ATTR`].
pub mod event_attr {
    /// `MPTCP_ATTR_UNSPEC`.
    #[doc(alias = "MPTCP_ATTR_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `MPTCP_ATTR_TOKEN`.
    #[doc(alias = "MPTCP_ATTR_TOKEN")]
    pub const TOKEN: u16 = 1;
    /// `MPTCP_ATTR_FAMILY`.
    #[doc(alias = "MPTCP_ATTR_FAMILY")]
    pub const FAMILY: u16 = 2;
    /// `MPTCP_ATTR_LOC_ID`.
    #[doc(alias = "MPTCP_ATTR_LOC_ID")]
    pub const LOC_ID: u16 = 3;
    /// `MPTCP_ATTR_REM_ID`.
    #[doc(alias = "MPTCP_ATTR_REM_ID")]
    pub const REM_ID: u16 = 4;
    /// `MPTCP_ATTR_SADDR4`.
    #[doc(alias = "MPTCP_ATTR_SADDR4")]
    pub const SADDR4: u16 = 5;
    /// `MPTCP_ATTR_SADDR6`.
    #[doc(alias = "MPTCP_ATTR_SADDR6")]
    pub const SADDR6: u16 = 6;
    /// `MPTCP_ATTR_DADDR4`.
    #[doc(alias = "MPTCP_ATTR_DADDR4")]
    pub const DADDR4: u16 = 7;
    /// `MPTCP_ATTR_DADDR6`.
    #[doc(alias = "MPTCP_ATTR_DADDR6")]
    pub const DADDR6: u16 = 8;
    /// `MPTCP_ATTR_SPORT`.
    #[doc(alias = "MPTCP_ATTR_SPORT")]
    pub const SPORT: u16 = 9;
    /// `MPTCP_ATTR_DPORT`.
    #[doc(alias = "MPTCP_ATTR_DPORT")]
    pub const DPORT: u16 = 10;
    /// `MPTCP_ATTR_BACKUP`.
    #[doc(alias = "MPTCP_ATTR_BACKUP")]
    pub const BACKUP: u16 = 11;
    /// `MPTCP_ATTR_ERROR`.
    #[doc(alias = "MPTCP_ATTR_ERROR")]
    pub const ERROR: u16 = 12;
    /// `MPTCP_ATTR_FLAGS`.
    #[doc(alias = "MPTCP_ATTR_FLAGS")]
    pub const FLAGS: u16 = 13;
    /// `MPTCP_ATTR_TIMEOUT`.
    #[doc(alias = "MPTCP_ATTR_TIMEOUT")]
    pub const TIMEOUT: u16 = 14;
    /// `MPTCP_ATTR_IF_IDX`.
    #[doc(alias = "MPTCP_ATTR_IF_IDX")]
    pub const IF_IDX: u16 = 15;
    /// `MPTCP_ATTR_RESET_REASON`.
    #[doc(alias = "MPTCP_ATTR_RESET_REASON")]
    pub const RESET_REASON: u16 = 16;
    /// `MPTCP_ATTR_RESET_FLAGS`.
    #[doc(alias = "MPTCP_ATTR_RESET_FLAGS")]
    pub const RESET_FLAGS: u16 = 17;
    /// `MPTCP_ATTR_SERVER_SIDE`.
    #[doc(alias = "MPTCP_ATTR_SERVER_SIDE")]
    pub const SERVER_SIDE: u16 = 18;
}

/// Typed reads of an attribute chain of the set `event-attr`.
#[derive(Clone, Debug, Default)]
pub struct EventAttr<'a>(pub crate::attr::Attrs<'a>);

impl<'a> EventAttr<'a> {
    /// `MPTCP_ATTR_TOKEN`.
    pub fn token(&self) -> Result<Option<u32>> {
        self.0.read(event_attr::TOKEN, crate::attr::Attr::u32)
    }
    /// `MPTCP_ATTR_FAMILY`.
    pub fn family(&self) -> Result<Option<u16>> {
        self.0.read(event_attr::FAMILY, crate::attr::Attr::u16)
    }
    /// `MPTCP_ATTR_LOC_ID`.
    pub fn loc_id(&self) -> Result<Option<u8>> {
        self.0.read(event_attr::LOC_ID, crate::attr::Attr::u8)
    }
    /// `MPTCP_ATTR_REM_ID`.
    pub fn rem_id(&self) -> Result<Option<u8>> {
        self.0.read(event_attr::REM_ID, crate::attr::Attr::u8)
    }
    /// `MPTCP_ATTR_SADDR4`.
    pub fn saddr4(&self) -> Result<Option<u32>> {
        self.0.read(event_attr::SADDR4, crate::attr::Attr::be32)
    }
    /// `MPTCP_ATTR_SADDR6`.
    pub fn saddr6(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(event_attr::SADDR6, |a| Ok(a.payload()))
    }
    /// `MPTCP_ATTR_DADDR4`.
    pub fn daddr4(&self) -> Result<Option<u32>> {
        self.0.read(event_attr::DADDR4, crate::attr::Attr::be32)
    }
    /// `MPTCP_ATTR_DADDR6`.
    pub fn daddr6(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(event_attr::DADDR6, |a| Ok(a.payload()))
    }
    /// `MPTCP_ATTR_SPORT`.
    pub fn sport(&self) -> Result<Option<u16>> {
        self.0.read(event_attr::SPORT, crate::attr::Attr::be16)
    }
    /// `MPTCP_ATTR_DPORT`.
    pub fn dport(&self) -> Result<Option<u16>> {
        self.0.read(event_attr::DPORT, crate::attr::Attr::be16)
    }
    /// `MPTCP_ATTR_BACKUP`.
    pub fn backup(&self) -> Result<Option<u8>> {
        self.0.read(event_attr::BACKUP, crate::attr::Attr::u8)
    }
    /// `MPTCP_ATTR_ERROR`.
    pub fn error(&self) -> Result<Option<u8>> {
        self.0.read(event_attr::ERROR, crate::attr::Attr::u8)
    }
    /// `MPTCP_ATTR_FLAGS`.
    pub fn flags(&self) -> Result<Option<u16>> {
        self.0.read(event_attr::FLAGS, crate::attr::Attr::u16)
    }
    /// `MPTCP_ATTR_TIMEOUT`.
    pub fn timeout(&self) -> Result<Option<u32>> {
        self.0.read(event_attr::TIMEOUT, crate::attr::Attr::u32)
    }
    /// `MPTCP_ATTR_IF_IDX`.
    pub fn if_idx(&self) -> Result<Option<i32>> {
        self.0.read(event_attr::IF_IDX, crate::attr::Attr::i32)
    }
    /// `MPTCP_ATTR_RESET_REASON`.
    pub fn reset_reason(&self) -> Result<Option<u32>> {
        self.0.read(event_attr::RESET_REASON, crate::attr::Attr::u32)
    }
    /// `MPTCP_ATTR_RESET_FLAGS`.
    pub fn reset_flags(&self) -> Result<Option<u32>> {
        self.0.read(event_attr::RESET_FLAGS, crate::attr::Attr::u32)
    }
    /// `MPTCP_ATTR_SERVER_SIDE`.
    pub fn server_side(&self) -> Result<Option<u8>> {
        self.0.read(event_attr::SERVER_SIDE, crate::attr::Attr::u8)
    }
}

/// Messages of `endpoint` after `struct genlmsghdr`.
pub static ENDPOINT_MESSAGE: MessageSpec =
    MessageSpec { family: "mptcp_pm", header: &crate::spec::GENLMSGHDR, space: &ENDPOINT };

/// Messages of `attr` after `struct genlmsghdr`.
pub static ATTR_MESSAGE: MessageSpec =
    MessageSpec { family: "mptcp_pm", header: &crate::spec::GENLMSGHDR, space: &ATTR };

/// Commands user space sends (`genlmsghdr.cmd`).
pub mod cmd {
    /// `MPTCP_PM_CMD_UNSPEC`.
    #[doc(alias = "MPTCP_PM_CMD_UNSPEC")]
    pub const UNSPEC: u8 = 0;
    /// `MPTCP_PM_CMD_ADD_ADDR`.
    #[doc(alias = "MPTCP_PM_CMD_ADD_ADDR")]
    pub const ADD_ADDR: u8 = 1;
    /// `MPTCP_PM_CMD_DEL_ADDR`.
    #[doc(alias = "MPTCP_PM_CMD_DEL_ADDR")]
    pub const DEL_ADDR: u8 = 2;
    /// `MPTCP_PM_CMD_GET_ADDR`.
    #[doc(alias = "MPTCP_PM_CMD_GET_ADDR")]
    pub const GET_ADDR: u8 = 3;
    /// `MPTCP_PM_CMD_FLUSH_ADDRS`.
    #[doc(alias = "MPTCP_PM_CMD_FLUSH_ADDRS")]
    pub const FLUSH_ADDRS: u8 = 4;
    /// `MPTCP_PM_CMD_SET_LIMITS`.
    #[doc(alias = "MPTCP_PM_CMD_SET_LIMITS")]
    pub const SET_LIMITS: u8 = 5;
    /// `MPTCP_PM_CMD_GET_LIMITS`.
    #[doc(alias = "MPTCP_PM_CMD_GET_LIMITS")]
    pub const GET_LIMITS: u8 = 6;
    /// `MPTCP_PM_CMD_SET_FLAGS`.
    #[doc(alias = "MPTCP_PM_CMD_SET_FLAGS")]
    pub const SET_FLAGS: u8 = 7;
    /// `MPTCP_PM_CMD_ANNOUNCE`.
    #[doc(alias = "MPTCP_PM_CMD_ANNOUNCE")]
    pub const ANNOUNCE: u8 = 8;
    /// `MPTCP_PM_CMD_REMOVE`.
    #[doc(alias = "MPTCP_PM_CMD_REMOVE")]
    pub const REMOVE: u8 = 9;
    /// `MPTCP_PM_CMD_SUBFLOW_CREATE`.
    #[doc(alias = "MPTCP_PM_CMD_SUBFLOW_CREATE")]
    pub const SUBFLOW_CREATE: u8 = 10;
    /// `MPTCP_PM_CMD_SUBFLOW_DESTROY`.
    #[doc(alias = "MPTCP_PM_CMD_SUBFLOW_DESTROY")]
    pub const SUBFLOW_DESTROY: u8 = 11;
}

/// The `mptcp_pm` generic netlink family.
pub static FAMILY: GenlFamily = GenlFamily {
    name: "mptcp_pm",
    groups: &["mptcp_pm_events"],
    to_kernel: &[
        GenlCommand { cmd: 1, name: "MPTCP_PM_CMD_ADD_ADDR", spec: &ENDPOINT_MESSAGE },
        GenlCommand { cmd: 2, name: "MPTCP_PM_CMD_DEL_ADDR", spec: &ENDPOINT_MESSAGE },
        GenlCommand { cmd: 3, name: "MPTCP_PM_CMD_GET_ADDR", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 4, name: "MPTCP_PM_CMD_FLUSH_ADDRS", spec: &ENDPOINT_MESSAGE },
        GenlCommand { cmd: 5, name: "MPTCP_PM_CMD_SET_LIMITS", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 6, name: "MPTCP_PM_CMD_GET_LIMITS", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 7, name: "MPTCP_PM_CMD_SET_FLAGS", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 8, name: "MPTCP_PM_CMD_ANNOUNCE", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 9, name: "MPTCP_PM_CMD_REMOVE", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 10, name: "MPTCP_PM_CMD_SUBFLOW_CREATE", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 11, name: "MPTCP_PM_CMD_SUBFLOW_DESTROY", spec: &ATTR_MESSAGE },
    ],
    from_kernel: &[
        GenlCommand { cmd: 1, name: "MPTCP_PM_CMD_ADD_ADDR", spec: &ENDPOINT_MESSAGE },
        GenlCommand { cmd: 2, name: "MPTCP_PM_CMD_DEL_ADDR", spec: &ENDPOINT_MESSAGE },
        GenlCommand { cmd: 3, name: "MPTCP_PM_CMD_GET_ADDR", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 4, name: "MPTCP_PM_CMD_FLUSH_ADDRS", spec: &ENDPOINT_MESSAGE },
        GenlCommand { cmd: 5, name: "MPTCP_PM_CMD_SET_LIMITS", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 6, name: "MPTCP_PM_CMD_GET_LIMITS", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 7, name: "MPTCP_PM_CMD_SET_FLAGS", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 8, name: "MPTCP_PM_CMD_ANNOUNCE", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 9, name: "MPTCP_PM_CMD_REMOVE", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 10, name: "MPTCP_PM_CMD_SUBFLOW_CREATE", spec: &ATTR_MESSAGE },
        GenlCommand { cmd: 11, name: "MPTCP_PM_CMD_SUBFLOW_DESTROY", spec: &ATTR_MESSAGE },
    ],
};
