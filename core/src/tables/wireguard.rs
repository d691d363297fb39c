//! Tables of the `wireguard` netlink spec.
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
use crate::wire::NeU64;
use core::mem::{offset_of, size_of};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `struct __kernel_timespec`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct KernelTimespec {
    /// `sec`.
    pub sec: NeU64,
    /// `nsec`.
    pub nsec: NeU64,
}

/// Fields of [`KernelTimespec`].
pub static __KERNEL_TIMESPEC: StructSpec = StructSpec {
    name: "__kernel_timespec",
    size: size_of::<KernelTimespec>(),
    prefix: "",
    fields: &[
        Field::new("sec", offset_of!(KernelTimespec, sec), size_of::<NeU64>(), AttrType::U64),
        Field::new("nsec", offset_of!(KernelTimespec, nsec), size_of::<NeU64>(), AttrType::U64),
    ],
};

/// Bit names of `wgdevice-flags`.
pub static WGDEVICE_FLAGS: &[(u32, &str)] = &[(1, "replace-peers")];

/// Bit masks of `wgdevice-flags`.
pub mod wgdevice_flags {
    /// `WGDEVICE_F_REPLACE_PEERS`.
    #[doc(alias = "WGDEVICE_F_REPLACE_PEERS")]
    pub const REPLACE_PEERS: u32 = 1;
}

bitflags::bitflags! {
    /// The bits of `wgdevice-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct WgdeviceFlags: u32 {
        /// [`wgdevice_flags::REPLACE_PEERS`].
        const REPLACE_PEERS = wgdevice_flags::REPLACE_PEERS;
    }
}

/// Bit names of `wgpeer-flags`.
pub static WGPEER_FLAGS: &[(u32, &str)] = &[(1, "remove-me"), (2, "replace-allowedips"), (4, "update-only")];

/// Bit masks of `wgpeer-flags`.
pub mod wgpeer_flags {
    /// `WGPEER_F_REMOVE_ME`.
    #[doc(alias = "WGPEER_F_REMOVE_ME")]
    pub const REMOVE_ME: u32 = 1;
    /// `WGPEER_F_REPLACE_ALLOWEDIPS`.
    #[doc(alias = "WGPEER_F_REPLACE_ALLOWEDIPS")]
    pub const REPLACE_ALLOWEDIPS: u32 = 2;
    /// `WGPEER_F_UPDATE_ONLY`.
    #[doc(alias = "WGPEER_F_UPDATE_ONLY")]
    pub const UPDATE_ONLY: u32 = 4;
}

bitflags::bitflags! {
    /// The bits of `wgpeer-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct WgpeerFlags: u32 {
        /// [`wgpeer_flags::REMOVE_ME`].
        const REMOVE_ME = wgpeer_flags::REMOVE_ME;
        /// [`wgpeer_flags::REPLACE_ALLOWEDIPS`].
        const REPLACE_ALLOWEDIPS = wgpeer_flags::REPLACE_ALLOWEDIPS;
        /// [`wgpeer_flags::UPDATE_ONLY`].
        const UPDATE_ONLY = wgpeer_flags::UPDATE_ONLY;
    }
}

/// Bit names of `wgallowedip-flags`.
pub static WGALLOWEDIP_FLAGS: &[(u32, &str)] = &[(1, "remove-me")];

/// Bit masks of `wgallowedip-flags`.
pub mod wgallowedip_flags {
    /// `WGALLOWEDIP_F_REMOVE_ME`.
    #[doc(alias = "WGALLOWEDIP_F_REMOVE_ME")]
    pub const REMOVE_ME: u32 = 1;
}

bitflags::bitflags! {
    /// The bits of `wgallowedip-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct WgallowedipFlags: u32 {
        /// [`wgallowedip_flags::REMOVE_ME`].
        const REMOVE_ME = wgallowedip_flags::REMOVE_ME;
    }
}

/// The type of each entry of `WGDEVICE_A_PEERS`.
static WGDEVICE_PEERS_ELEMENT: AttrType = AttrType::Nested(&WGPEER);

/// `WGDEVICE_A_*`: the attribute set `wgdevice`.
pub static WGDEVICE: Space = Space {
    name: "wgdevice",
    prefix: "WGDEVICE_A_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "ifindex", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "ifname", ty: AttrType::Str },
        AttrSpec { id: 3, name: "private_key", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "public_key", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "flags", ty: AttrType::Bits(Scalar::U32, WGDEVICE_FLAGS) },
        AttrSpec { id: 6, name: "listen_port", ty: AttrType::U16 },
        AttrSpec { id: 7, name: "fwmark", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "peers", ty: AttrType::Array(&WGDEVICE_PEERS_ELEMENT) },
    ],
    by_name: &[
        7, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 6, 0, 0, 0, 3, 0, 9, 4, 0, 0, 0, 0, 0, 0, 0, 8, 0, 5,
    ],
};

/// Attribute numbers of [`WGDEVICE`].
pub mod wgdevice {
    /// `WGDEVICE_A_UNSPEC`.
    #[doc(alias = "WGDEVICE_A_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `WGDEVICE_A_IFINDEX`.
    #[doc(alias = "WGDEVICE_A_IFINDEX")]
    pub const IFINDEX: u16 = 1;
    /// `WGDEVICE_A_IFNAME`.
    #[doc(alias = "WGDEVICE_A_IFNAME")]
    pub const IFNAME: u16 = 2;
    /// `WGDEVICE_A_PRIVATE_KEY`.
    #[doc(alias = "WGDEVICE_A_PRIVATE_KEY")]
    pub const PRIVATE_KEY: u16 = 3;
    /// `WGDEVICE_A_PUBLIC_KEY`.
    #[doc(alias = "WGDEVICE_A_PUBLIC_KEY")]
    pub const PUBLIC_KEY: u16 = 4;
    /// `WGDEVICE_A_FLAGS`.
    #[doc(alias = "WGDEVICE_A_FLAGS")]
    pub const FLAGS: u16 = 5;
    /// `WGDEVICE_A_LISTEN_PORT`.
    #[doc(alias = "WGDEVICE_A_LISTEN_PORT")]
    pub const LISTEN_PORT: u16 = 6;
    /// `WGDEVICE_A_FWMARK`.
    #[doc(alias = "WGDEVICE_A_FWMARK")]
    pub const FWMARK: u16 = 7;
    /// `WGDEVICE_A_PEERS`.
    #[doc(alias = "WGDEVICE_A_PEERS")]
    pub const PEERS: u16 = 8;
}

/// Typed reads of an attribute chain of the set `wgdevice`.
#[derive(Clone, Debug, Default)]
pub struct Wgdevice<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Wgdevice<'a> {
    /// `WGDEVICE_A_IFINDEX`.
    pub fn ifindex(&self) -> Result<Option<u32>> {
        self.0.read(wgdevice::IFINDEX, crate::attr::Attr::u32)
    }
    /// `WGDEVICE_A_IFNAME`.
    pub fn ifname(&self) -> Result<Option<&'a str>> {
        self.0.read(wgdevice::IFNAME, crate::attr::Attr::str)
    }
    /// `WGDEVICE_A_PRIVATE_KEY`.
    pub fn private_key(&self) -> Result<Option<[u8; 32]>> {
        self.0.read(wgdevice::PRIVATE_KEY, crate::attr::Attr::array::<32>)
    }
    /// `WGDEVICE_A_PUBLIC_KEY`.
    pub fn public_key(&self) -> Result<Option<[u8; 32]>> {
        self.0.read(wgdevice::PUBLIC_KEY, crate::attr::Attr::array::<32>)
    }
    /// `WGDEVICE_A_FLAGS`.
    pub fn flags(&self) -> Result<Option<WgdeviceFlags>> {
        self.0.read(wgdevice::FLAGS, |a| a.u32().map(WgdeviceFlags::from_bits_retain))
    }
    /// `WGDEVICE_A_LISTEN_PORT`.
    pub fn listen_port(&self) -> Result<Option<u16>> {
        self.0.read(wgdevice::LISTEN_PORT, crate::attr::Attr::u16)
    }
    /// `WGDEVICE_A_FWMARK`.
    pub fn fwmark(&self) -> Result<Option<u32>> {
        self.0.read(wgdevice::FWMARK, crate::attr::Attr::u32)
    }
    /// `WGDEVICE_A_PEERS`.
    pub fn peers(&self) -> impl Iterator<Item = Result<Wgpeer<'a>>> + 'a {
        self.0.read_array(wgdevice::PEERS, |a| Ok(Wgpeer(a.nested())))
    }
}

/// The type of each entry of `WGPEER_A_ALLOWEDIPS`.
static WGPEER_ALLOWEDIPS_ELEMENT: AttrType = AttrType::Nested(&WGALLOWEDIP);

/// `WGPEER_A_*`: the attribute set `wgpeer`.
pub static WGPEER: Space = Space {
    name: "wgpeer",
    prefix: "WGPEER_A_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "public_key", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "preshared_key", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "flags", ty: AttrType::Bits(Scalar::U32, WGPEER_FLAGS) },
        AttrSpec { id: 4, name: "endpoint", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "persistent_keepalive_interval", ty: AttrType::U16 },
        AttrSpec { id: 6, name: "last_handshake_time", ty: AttrType::Struct(&__KERNEL_TIMESPEC) },
        AttrSpec { id: 7, name: "rx_bytes", ty: AttrType::U64 },
        AttrSpec { id: 8, name: "tx_bytes", ty: AttrType::U64 },
        AttrSpec { id: 9, name: "allowedips", ty: AttrType::Array(&WGPEER_ALLOWEDIPS_ELEMENT) },
        AttrSpec { id: 10, name: "protocol_version", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 3, 0, 0, 11, 9, 0, 0, 6, 1, 4, 0, 10, 0, 0, 8, 0, 0, 0, 0, 0, 0, 7, 0, 0, 5, 0, 2,
    ],
};

/// Attribute numbers of [`WGPEER`].
pub mod wgpeer {
    /// `WGPEER_A_UNSPEC`.
    #[doc(alias = "WGPEER_A_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `WGPEER_A_PUBLIC_KEY`.
    #[doc(alias = "WGPEER_A_PUBLIC_KEY")]
    pub const PUBLIC_KEY: u16 = 1;
    /// `WGPEER_A_PRESHARED_KEY`.
    #[doc(alias = "WGPEER_A_PRESHARED_KEY")]
    pub const PRESHARED_KEY: u16 = 2;
    /// `WGPEER_A_FLAGS`.
    #[doc(alias = "WGPEER_A_FLAGS")]
    pub const FLAGS: u16 = 3;
    /// `WGPEER_A_ENDPOINT`.
    #[doc(alias = "WGPEER_A_ENDPOINT")]
    pub const ENDPOINT: u16 = 4;
    /// `WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL`.
    #[doc(alias = "WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL")]
    pub const PERSISTENT_KEEPALIVE_INTERVAL: u16 = 5;
    /// `WGPEER_A_LAST_HANDSHAKE_TIME`.
    #[doc(alias = "WGPEER_A_LAST_HANDSHAKE_TIME")]
    pub const LAST_HANDSHAKE_TIME: u16 = 6;
    /// `WGPEER_A_RX_BYTES`.
    #[doc(alias = "WGPEER_A_RX_BYTES")]
    pub const RX_BYTES: u16 = 7;
    /// `WGPEER_A_TX_BYTES`.
    #[doc(alias = "WGPEER_A_TX_BYTES")]
    pub const TX_BYTES: u16 = 8;
    /// `WGPEER_A_ALLOWEDIPS`.
    #[doc(alias = "WGPEER_A_ALLOWEDIPS")]
    pub const ALLOWEDIPS: u16 = 9;
    /// `WGPEER_A_PROTOCOL_VERSION`.
    #[doc(alias = "WGPEER_A_PROTOCOL_VERSION")]
    pub const PROTOCOL_VERSION: u16 = 10;
}

/// Typed reads of an attribute chain of the set `wgpeer`.
#[derive(Clone, Debug, Default)]
pub struct Wgpeer<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Wgpeer<'a> {
    /// `WGPEER_A_PUBLIC_KEY`.
    pub fn public_key(&self) -> Result<Option<[u8; 32]>> {
        self.0.read(wgpeer::PUBLIC_KEY, crate::attr::Attr::array::<32>)
    }
    /// `WGPEER_A_PRESHARED_KEY`.
    pub fn preshared_key(&self) -> Result<Option<[u8; 32]>> {
        self.0.read(wgpeer::PRESHARED_KEY, crate::attr::Attr::array::<32>)
    }
    /// `WGPEER_A_FLAGS`.
    pub fn flags(&self) -> Result<Option<WgpeerFlags>> {
        self.0.read(wgpeer::FLAGS, |a| a.u32().map(WgpeerFlags::from_bits_retain))
    }
    /// `WGPEER_A_ENDPOINT`.
    pub fn endpoint(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(wgpeer::ENDPOINT, |a| Ok(a.payload()))
    }
    /// `WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL`.
    pub fn persistent_keepalive_interval(&self) -> Result<Option<u16>> {
        self.0.read(wgpeer::PERSISTENT_KEEPALIVE_INTERVAL, crate::attr::Attr::u16)
    }
    /// `WGPEER_A_LAST_HANDSHAKE_TIME`.
    pub fn last_handshake_time(&self) -> Result<Option<&'a KernelTimespec>> {
        self.0.read(wgpeer::LAST_HANDSHAKE_TIME, crate::attr::Attr::as_struct)
    }
    /// `WGPEER_A_RX_BYTES`.
    pub fn rx_bytes(&self) -> Result<Option<u64>> {
        self.0.read(wgpeer::RX_BYTES, crate::attr::Attr::u64)
    }
    /// `WGPEER_A_TX_BYTES`.
    pub fn tx_bytes(&self) -> Result<Option<u64>> {
        self.0.read(wgpeer::TX_BYTES, crate::attr::Attr::u64)
    }
    /// `WGPEER_A_ALLOWEDIPS`.
    pub fn allowedips(&self) -> impl Iterator<Item = Result<Wgallowedip<'a>>> + 'a {
        self.0.read_array(wgpeer::ALLOWEDIPS, |a| Ok(Wgallowedip(a.nested())))
    }
    /// `WGPEER_A_PROTOCOL_VERSION`.
    pub fn protocol_version(&self) -> Result<Option<u32>> {
        self.0.read(wgpeer::PROTOCOL_VERSION, crate::attr::Attr::u32)
    }
}

/// `WGALLOWEDIP_A_*`: the attribute set `wgallowedip`.
pub static WGALLOWEDIP: Space = Space {
    name: "wgallowedip",
    prefix: "WGALLOWEDIP_A_",
    attrs: &[
        AttrSpec { id: 0, name: "unspec", ty: AttrType::Bytes },
        AttrSpec { id: 1, name: "family", ty: AttrType::U16 },
        AttrSpec { id: 2, name: "ipaddr", ty: AttrType::Ip },
        AttrSpec { id: 3, name: "cidr_mask", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "flags", ty: AttrType::Bits(Scalar::U32, WGALLOWEDIP_FLAGS) },
    ],
    by_name: &[4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 1, 5, 2],
};

/// Attribute numbers of [`WGALLOWEDIP`].
pub mod wgallowedip {
    /// `WGALLOWEDIP_A_UNSPEC`.
    #[doc(alias = "WGALLOWEDIP_A_UNSPEC")]
    pub const UNSPEC: u16 = 0;
    /// `WGALLOWEDIP_A_FAMILY`.
    #[doc(alias = "WGALLOWEDIP_A_FAMILY")]
    pub const FAMILY: u16 = 1;
    /// `WGALLOWEDIP_A_IPADDR`.
    #[doc(alias = "WGALLOWEDIP_A_IPADDR")]
    pub const IPADDR: u16 = 2;
    /// `WGALLOWEDIP_A_CIDR_MASK`.
    #[doc(alias = "WGALLOWEDIP_A_CIDR_MASK")]
    pub const CIDR_MASK: u16 = 3;
    /// `WGALLOWEDIP_A_FLAGS`.
    #[doc(alias = "WGALLOWEDIP_A_FLAGS")]
    pub const FLAGS: u16 = 4;
}

/// Typed reads of an attribute chain of the set `wgallowedip`.
#[derive(Clone, Debug, Default)]
pub struct Wgallowedip<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Wgallowedip<'a> {
    /// `WGALLOWEDIP_A_FAMILY`.
    pub fn family(&self) -> Result<Option<u16>> {
        self.0.read(wgallowedip::FAMILY, crate::attr::Attr::u16)
    }
    /// `WGALLOWEDIP_A_IPADDR`.
    pub fn ipaddr(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(wgallowedip::IPADDR, crate::attr::Attr::ip)
    }
    /// `WGALLOWEDIP_A_CIDR_MASK`.
    pub fn cidr_mask(&self) -> Result<Option<u8>> {
        self.0.read(wgallowedip::CIDR_MASK, crate::attr::Attr::u8)
    }
    /// `WGALLOWEDIP_A_FLAGS`.
    pub fn flags(&self) -> Result<Option<WgallowedipFlags>> {
        self.0.read(wgallowedip::FLAGS, |a| a.u32().map(WgallowedipFlags::from_bits_retain))
    }
}

/// Messages of `wgdevice` after `struct genlmsghdr`.
pub static WGDEVICE_MESSAGE: MessageSpec =
    MessageSpec { family: "wireguard", header: &crate::spec::GENLMSGHDR, space: &WGDEVICE };

/// Commands user space sends (`genlmsghdr.cmd`).
pub mod cmd {
    /// `WG_CMD_GET_DEVICE`.
    #[doc(alias = "WG_CMD_GET_DEVICE")]
    pub const GET_DEVICE: u8 = 0;
    /// `WG_CMD_SET_DEVICE`.
    #[doc(alias = "WG_CMD_SET_DEVICE")]
    pub const SET_DEVICE: u8 = 1;
}

/// The `wireguard` generic netlink family.
pub static FAMILY: GenlFamily = GenlFamily {
    name: "wireguard",
    groups: &[],
    to_kernel: &[
        GenlCommand { cmd: 0, name: "WG_CMD_GET_DEVICE", spec: &WGDEVICE_MESSAGE },
        GenlCommand { cmd: 1, name: "WG_CMD_SET_DEVICE", spec: &WGDEVICE_MESSAGE },
    ],
    from_kernel: &[
        GenlCommand { cmd: 0, name: "WG_CMD_GET_DEVICE", spec: &WGDEVICE_MESSAGE },
        GenlCommand { cmd: 1, name: "WG_CMD_SET_DEVICE", spec: &WGDEVICE_MESSAGE },
    ],
};
