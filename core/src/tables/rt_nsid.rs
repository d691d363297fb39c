//! Tables of the `rt-nsid` netlink spec.
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

/// `struct rtgenmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Rtgenmsg {
    /// `family`.
    pub family: u8,
}

/// Fields of [`Rtgenmsg`].
pub static RTGENMSG: StructSpec = StructSpec {
    name: "rtgenmsg",
    size: size_of::<Rtgenmsg>(),
    prefix: "",
    fields: &[Field::new("family", offset_of!(Rtgenmsg, family), size_of::<u8>(), AttrType::U8)],
};

/// `NETNSA_*`: the attribute set `nsid-attrs`.
pub static NSID_ATTRS: Space = Space {
    name: "nsid-attrs",
    prefix: "NETNSA_",
    attrs: &[
        AttrSpec { id: 1, name: "nsid", ty: AttrType::S32 },
        AttrSpec { id: 2, name: "pid", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "fd", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "target_nsid", ty: AttrType::S32 },
        AttrSpec { id: 5, name: "current_nsid", ty: AttrType::S32 },
    ],
    by_name: &[5, 0, 0, 0, 0, 0, 0, 0, 0, 3, 1, 2, 4, 0, 0, 0],
};

/// Attribute numbers of [`NSID_ATTRS`].
pub mod nsid_attrs {
    /// `NETNSA_NSID`.
    #[doc(alias = "NETNSA_NSID")]
    pub const NSID: u16 = 1;
    /// `NETNSA_PID`.
    #[doc(alias = "NETNSA_PID")]
    pub const PID: u16 = 2;
    /// `NETNSA_FD`.
    #[doc(alias = "NETNSA_FD")]
    pub const FD: u16 = 3;
    /// `NETNSA_TARGET_NSID`.
    #[doc(alias = "NETNSA_TARGET_NSID")]
    pub const TARGET_NSID: u16 = 4;
    /// `NETNSA_CURRENT_NSID`.
    #[doc(alias = "NETNSA_CURRENT_NSID")]
    pub const CURRENT_NSID: u16 = 5;
}

/// Typed reads of an attribute chain of the set `nsid-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NsidAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NsidAttrs<'a> {
    /// `NETNSA_NSID`.
    pub fn nsid(&self) -> Result<Option<i32>> {
        self.0.read(nsid_attrs::NSID, crate::attr::Attr::i32)
    }
    /// `NETNSA_PID`.
    pub fn pid(&self) -> Result<Option<u32>> {
        self.0.read(nsid_attrs::PID, crate::attr::Attr::u32)
    }
    /// `NETNSA_FD`.
    pub fn fd(&self) -> Result<Option<u32>> {
        self.0.read(nsid_attrs::FD, crate::attr::Attr::u32)
    }
    /// `NETNSA_TARGET_NSID`.
    pub fn target_nsid(&self) -> Result<Option<i32>> {
        self.0.read(nsid_attrs::TARGET_NSID, crate::attr::Attr::i32)
    }
    /// `NETNSA_CURRENT_NSID`.
    pub fn current_nsid(&self) -> Result<Option<i32>> {
        self.0.read(nsid_attrs::CURRENT_NSID, crate::attr::Attr::i32)
    }
}

/// Messages of `struct rtgenmsg` followed by `nsid-attrs`.
pub static NSID_ATTRS_MESSAGE: MessageSpec =
    MessageSpec { family: "rt-nsid", header: &RTGENMSG, space: &NSID_ATTRS };
