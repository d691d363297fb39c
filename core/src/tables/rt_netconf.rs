//! Tables of the `rt-netconf` netlink spec.
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
use core::mem::{offset_of, size_of};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `struct netconfmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Netconfmsg {
    /// `ncm-family`.
    pub ncm_family: u8,
}

/// Fields of [`Netconfmsg`].
pub static NETCONFMSG: StructSpec = StructSpec {
    name: "netconfmsg",
    size: size_of::<Netconfmsg>(),
    prefix: "",
    fields: &[Field::aliased(
        "ncm_family",
        "family",
        offset_of!(Netconfmsg, ncm_family),
        size_of::<u8>(),
        AttrType::U8,
    )],
};

/// `NETCONFA_*`: the attribute set `netconf-attrs`.
pub static NETCONF_ATTRS: Space = Space {
    name: "netconf-attrs",
    prefix: "NETCONFA_",
    attrs: &[
        AttrSpec { id: 1, name: "ifindex", ty: AttrType::S32 },
        AttrSpec { id: 2, name: "forwarding", ty: AttrType::S32 },
        AttrSpec { id: 3, name: "rp_filter", ty: AttrType::S32 },
        AttrSpec { id: 4, name: "mc_forwarding", ty: AttrType::S32 },
        AttrSpec { id: 5, name: "proxy_neigh", ty: AttrType::S32 },
        AttrSpec { id: 6, name: "ignore_routes_with_linkdown", ty: AttrType::S32 },
        AttrSpec { id: 7, name: "input", ty: AttrType::S32 },
        AttrSpec { id: 8, name: "bc_forwarding", ty: AttrType::S32 },
    ],
    by_name: &[0, 5, 0, 1, 6, 8, 0, 0, 0, 3, 2, 0, 0, 4, 0, 7],
};

/// Attribute numbers of [`NETCONF_ATTRS`].
pub mod netconf_attrs {
    /// `NETCONFA_IFINDEX`.
    #[doc(alias = "NETCONFA_IFINDEX")]
    pub const IFINDEX: u16 = 1;
    /// `NETCONFA_FORWARDING`.
    #[doc(alias = "NETCONFA_FORWARDING")]
    pub const FORWARDING: u16 = 2;
    /// `NETCONFA_RP_FILTER`.
    #[doc(alias = "NETCONFA_RP_FILTER")]
    pub const RP_FILTER: u16 = 3;
    /// `NETCONFA_MC_FORWARDING`.
    #[doc(alias = "NETCONFA_MC_FORWARDING")]
    pub const MC_FORWARDING: u16 = 4;
    /// `NETCONFA_PROXY_NEIGH`.
    #[doc(alias = "NETCONFA_PROXY_NEIGH")]
    pub const PROXY_NEIGH: u16 = 5;
    /// `NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN`.
    #[doc(alias = "NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN")]
    pub const IGNORE_ROUTES_WITH_LINKDOWN: u16 = 6;
    /// `NETCONFA_INPUT`.
    #[doc(alias = "NETCONFA_INPUT")]
    pub const INPUT: u16 = 7;
    /// `NETCONFA_BC_FORWARDING`.
    #[doc(alias = "NETCONFA_BC_FORWARDING")]
    pub const BC_FORWARDING: u16 = 8;
}

/// Typed reads of an attribute chain of the set `netconf-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NetconfAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NetconfAttrs<'a> {
    /// `NETCONFA_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<i32>> {
        self.0.read(netconf_attrs::IFINDEX, crate::attr::Attr::i32)
    }
    /// `NETCONFA_FORWARDING`.
    pub fn forwarding(&self) -> Result<Option<i32>> {
        self.0.read(netconf_attrs::FORWARDING, crate::attr::Attr::i32)
    }
    /// `NETCONFA_RP_FILTER`.
    pub fn rp_filter(&self) -> Result<Option<i32>> {
        self.0.read(netconf_attrs::RP_FILTER, crate::attr::Attr::i32)
    }
    /// `NETCONFA_MC_FORWARDING`.
    pub fn mc_forwarding(&self) -> Result<Option<i32>> {
        self.0.read(netconf_attrs::MC_FORWARDING, crate::attr::Attr::i32)
    }
    /// `NETCONFA_PROXY_NEIGH`.
    pub fn proxy_neigh(&self) -> Result<Option<i32>> {
        self.0.read(netconf_attrs::PROXY_NEIGH, crate::attr::Attr::i32)
    }
    /// `NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN`.
    pub fn ignore_routes_with_linkdown(&self) -> Result<Option<i32>> {
        self.0.read(netconf_attrs::IGNORE_ROUTES_WITH_LINKDOWN, crate::attr::Attr::i32)
    }
    /// `NETCONFA_INPUT`.
    pub fn input(&self) -> Result<Option<i32>> {
        self.0.read(netconf_attrs::INPUT, crate::attr::Attr::i32)
    }
    /// `NETCONFA_BC_FORWARDING`.
    pub fn bc_forwarding(&self) -> Result<Option<i32>> {
        self.0.read(netconf_attrs::BC_FORWARDING, crate::attr::Attr::i32)
    }
}

/// Messages of `struct netconfmsg` followed by `netconf-attrs`.
pub static NETCONF_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-netconf", header: &NETCONFMSG, space: &NETCONF_ATTRS };
