//! IPsec over `NETLINK_XFRM` (`ip xfrm state|policy`): the message types,
//! the structs of linux/xfrm.h with their C layouts (padding written out,
//! the sizes of x86_64 and the other 64-bit ABIs), the `XFRMA_*`
//! attributes, views of states and policies, and the typed requests.
//!
//! Unlike rtnetlink, xfrm has no YAML spec: every fact here is from the
//! UAPI header. Dumps carry no family header (the attributes follow the
//! netlink header), as iproute2 and the kernel's `xfrm_dump_sa` have it.
//!
//! ```
//! use nlwire::build::Builder;
//! use nlwire::xfrm::{self, Algo, Sa, SaEntry, UsersaInfo};
//! use nlwire::Messages;
//! // ip xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x100 enc 'cbc(aes)' 0x00..
//! let mut info = UsersaInfo::default();
//! info.id.proto = xfrm::IPPROTO_ESP;
//! info.id.spi = 0x100.into();
//! let key = [0u8; 16];
//! let algos = [Algo::new(xfrm::xfrma::ALG_CRYPT, "cbc(aes)", &key)];
//! let mut buf = [0u8; 512];
//! let mut b = Builder::new(&mut buf);
//! b.push(&xfrm::NewSa(SaEntry { algos: &algos, ..SaEntry::new(info) }), 1)?;
//! let msg = Messages::new(b.as_bytes()).next().unwrap()?;
//! let sa = Sa::parse(&msg)?;
//! assert_eq!(sa.info().id.spi.get(), 0x100);
//! let crypt = sa.algo(xfrm::xfrma::ALG_CRYPT)?.unwrap();
//! assert_eq!((crypt.name, crypt.key.len()), ("cbc(aes)", 16));
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::{Attr, Attrs};
use crate::build::{entry_requests, Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::message::{split, Message, MsgFlags};
use crate::wire::{BeU16, BeU32, NeI32, NeU16, NeU32, NeU64};

pub mod spec;

/// `XFRM_MSG_*`: the message types of `NETLINK_XFRM`.
pub mod msg {
    /// `XFRM_MSG_NEWSA`: add a state; also a state in a dump or a get's answer.
    pub const NEWSA: u16 = 0x10;
    /// `XFRM_MSG_DELSA`.
    pub const DELSA: u16 = 0x11;
    /// `XFRM_MSG_GETSA`.
    pub const GETSA: u16 = 0x12;
    /// `XFRM_MSG_NEWPOLICY`.
    pub const NEWPOLICY: u16 = 0x13;
    /// `XFRM_MSG_DELPOLICY`.
    pub const DELPOLICY: u16 = 0x14;
    /// `XFRM_MSG_GETPOLICY`.
    pub const GETPOLICY: u16 = 0x15;
    /// `XFRM_MSG_ALLOCSPI`.
    pub const ALLOCSPI: u16 = 0x16;
    /// `XFRM_MSG_ACQUIRE`.
    pub const ACQUIRE: u16 = 0x17;
    /// `XFRM_MSG_EXPIRE`.
    pub const EXPIRE: u16 = 0x18;
    /// `XFRM_MSG_UPDPOLICY`.
    pub const UPDPOLICY: u16 = 0x19;
    /// `XFRM_MSG_UPDSA`.
    pub const UPDSA: u16 = 0x1a;
    /// `XFRM_MSG_POLEXPIRE`.
    pub const POLEXPIRE: u16 = 0x1b;
    /// `XFRM_MSG_FLUSHSA`.
    pub const FLUSHSA: u16 = 0x1c;
    /// `XFRM_MSG_FLUSHPOLICY`.
    pub const FLUSHPOLICY: u16 = 0x1d;
    /// `XFRM_MSG_NEWAE`.
    pub const NEWAE: u16 = 0x1e;
    /// `XFRM_MSG_GETAE`.
    pub const GETAE: u16 = 0x1f;
    /// `XFRM_MSG_REPORT`.
    pub const REPORT: u16 = 0x20;
    /// `XFRM_MSG_MIGRATE`.
    pub const MIGRATE: u16 = 0x21;
    /// `XFRM_MSG_NEWSADINFO`.
    pub const NEWSADINFO: u16 = 0x22;
    /// `XFRM_MSG_GETSADINFO`.
    pub const GETSADINFO: u16 = 0x23;
    /// `XFRM_MSG_NEWSPDINFO`.
    pub const NEWSPDINFO: u16 = 0x24;
    /// `XFRM_MSG_GETSPDINFO`.
    pub const GETSPDINFO: u16 = 0x25;
    /// `XFRM_MSG_MAPPING`.
    pub const MAPPING: u16 = 0x26;
    /// `XFRM_MSG_SETDEFAULT`.
    pub const SETDEFAULT: u16 = 0x27;
    /// `XFRM_MSG_GETDEFAULT`.
    pub const GETDEFAULT: u16 = 0x28;
}

/// `XFRMA_*`: the attributes of states and policies.
pub mod xfrma {
    /// `XFRMA_ALG_AUTH`: `struct xfrm_algo`.
    pub const ALG_AUTH: u16 = 1;
    /// `XFRMA_ALG_CRYPT`: `struct xfrm_algo`.
    pub const ALG_CRYPT: u16 = 2;
    /// `XFRMA_ALG_COMP`: `struct xfrm_algo`.
    pub const ALG_COMP: u16 = 3;
    /// `XFRMA_ENCAP`: `struct xfrm_encap_tmpl`.
    pub const ENCAP: u16 = 4;
    /// `XFRMA_TMPL`: one or more `struct xfrm_user_tmpl`.
    pub const TMPL: u16 = 5;
    /// `XFRMA_SA`: `struct xfrm_usersa_info`.
    pub const SA: u16 = 6;
    /// `XFRMA_POLICY`: `struct xfrm_userpolicy_info`.
    pub const POLICY: u16 = 7;
    /// `XFRMA_SEC_CTX`: `struct xfrm_user_sec_ctx` and the context.
    pub const SEC_CTX: u16 = 8;
    /// `XFRMA_LTIME_VAL`.
    pub const LTIME_VAL: u16 = 9;
    /// `XFRMA_REPLAY_VAL`: `struct xfrm_replay_state`.
    pub const REPLAY_VAL: u16 = 10;
    /// `XFRMA_REPLAY_THRESH`.
    pub const REPLAY_THRESH: u16 = 11;
    /// `XFRMA_ETIMER_THRESH`.
    pub const ETIMER_THRESH: u16 = 12;
    /// `XFRMA_SRCADDR`: `xfrm_address_t`.
    pub const SRCADDR: u16 = 13;
    /// `XFRMA_COADDR`: `xfrm_address_t`.
    pub const COADDR: u16 = 14;
    /// `XFRMA_LASTUSED`: `u64`.
    pub const LASTUSED: u16 = 15;
    /// `XFRMA_POLICY_TYPE`: `struct xfrm_userpolicy_type`.
    pub const POLICY_TYPE: u16 = 16;
    /// `XFRMA_MIGRATE`.
    pub const MIGRATE: u16 = 17;
    /// `XFRMA_ALG_AEAD`: `struct xfrm_algo_aead`.
    pub const ALG_AEAD: u16 = 18;
    /// `XFRMA_KMADDRESS`.
    pub const KMADDRESS: u16 = 19;
    /// `XFRMA_ALG_AUTH_TRUNC`: `struct xfrm_algo_auth`.
    pub const ALG_AUTH_TRUNC: u16 = 20;
    /// `XFRMA_MARK`: `struct xfrm_mark`.
    pub const MARK: u16 = 21;
    /// `XFRMA_TFCPAD`: `u32`.
    pub const TFCPAD: u16 = 22;
    /// `XFRMA_REPLAY_ESN_VAL`: `struct xfrm_replay_state_esn`.
    pub const REPLAY_ESN_VAL: u16 = 23;
    /// `XFRMA_SA_EXTRA_FLAGS`: `u32`.
    pub const SA_EXTRA_FLAGS: u16 = 24;
    /// `XFRMA_PROTO`: `u8`, a dump's filter.
    pub const PROTO: u16 = 25;
    /// `XFRMA_ADDRESS_FILTER`: `struct xfrm_address_filter`, a dump's filter.
    pub const ADDRESS_FILTER: u16 = 26;
    /// `XFRMA_PAD`.
    pub const PAD: u16 = 27;
    /// `XFRMA_OFFLOAD_DEV`: `struct xfrm_user_offload`.
    pub const OFFLOAD_DEV: u16 = 28;
    /// `XFRMA_SET_MARK` (`XFRMA_OUTPUT_MARK`): `u32`.
    pub const SET_MARK: u16 = 29;
    /// `XFRMA_SET_MARK_MASK`: `u32`.
    pub const SET_MARK_MASK: u16 = 30;
    /// `XFRMA_IF_ID`: `u32`.
    pub const IF_ID: u16 = 31;
    /// `XFRMA_MTIMER_THRESH`: `u32`.
    pub const MTIMER_THRESH: u16 = 32;
}

/// `XFRMA_SAD_*`: the attributes of `XFRM_MSG_NEWSADINFO`.
pub mod sad {
    /// `XFRMA_SAD_CNT`: `u32`, the number of states.
    pub const CNT: u16 = 1;
    /// `XFRMA_SAD_HINFO`: `struct xfrmu_sadhinfo`.
    pub const HINFO: u16 = 2;
}

/// `XFRMA_SPD_*`: the attributes of `XFRM_MSG_NEWSPDINFO`.
pub mod spd {
    /// `XFRMA_SPD_INFO`: `struct xfrmu_spdinfo`.
    pub const INFO: u16 = 1;
    /// `XFRMA_SPD_HINFO`: `struct xfrmu_spdhinfo`.
    pub const HINFO: u16 = 2;
    /// `XFRMA_SPD_IPV4_HTHRESH`: `struct xfrmu_spdhthresh`.
    pub const IPV4_HTHRESH: u16 = 3;
    /// `XFRMA_SPD_IPV6_HTHRESH`: `struct xfrmu_spdhthresh`.
    pub const IPV6_HTHRESH: u16 = 4;
}

/// `XFRM_MODE_*`: a state's or template's mode.
pub mod mode {
    /// `XFRM_MODE_TRANSPORT`.
    pub const TRANSPORT: u8 = 0;
    /// `XFRM_MODE_TUNNEL`.
    pub const TUNNEL: u8 = 1;
    /// `XFRM_MODE_ROUTEOPTIMIZATION`.
    pub const ROUTEOPTIMIZATION: u8 = 2;
    /// `XFRM_MODE_IN_TRIGGER`.
    pub const IN_TRIGGER: u8 = 3;
    /// `XFRM_MODE_BEET`.
    pub const BEET: u8 = 4;
}

/// `XFRM_STATE_*`: the flags of `struct xfrm_usersa_info`.
pub mod state_flags {
    /// `XFRM_STATE_NOECN`.
    pub const NOECN: u8 = 1;
    /// `XFRM_STATE_DECAP_DSCP`.
    pub const DECAP_DSCP: u8 = 2;
    /// `XFRM_STATE_NOPMTUDISC`.
    pub const NOPMTUDISC: u8 = 4;
    /// `XFRM_STATE_WILDRECV`.
    pub const WILDRECV: u8 = 8;
    /// `XFRM_STATE_ICMP`.
    pub const ICMP: u8 = 16;
    /// `XFRM_STATE_AF_UNSPEC`.
    pub const AF_UNSPEC: u8 = 32;
    /// `XFRM_STATE_ALIGN4`.
    pub const ALIGN4: u8 = 64;
    /// `XFRM_STATE_ESN`.
    pub const ESN: u8 = 128;
}

/// `XFRM_SA_XFLAG_*`: the flags of `XFRMA_SA_EXTRA_FLAGS`.
pub mod extra_flags {
    /// `XFRM_SA_XFLAG_DONT_ENCAP_DSCP`.
    pub const DONT_ENCAP_DSCP: u32 = 1;
    /// `XFRM_SA_XFLAG_OSEQ_MAY_WRAP`.
    pub const OSEQ_MAY_WRAP: u32 = 2;
}

/// `XFRM_POLICY_*`: a policy's direction, action and flags.
pub mod policy {
    /// `XFRM_POLICY_IN`.
    pub const IN: u8 = 0;
    /// `XFRM_POLICY_OUT`.
    pub const OUT: u8 = 1;
    /// `XFRM_POLICY_FWD`.
    pub const FWD: u8 = 2;
    /// `XFRM_POLICY_MAX`: directions from here on are a socket's policies.
    pub const MAX: u8 = 3;
    /// `XFRM_POLICY_ALLOW`.
    pub const ALLOW: u8 = 0;
    /// `XFRM_POLICY_BLOCK`.
    pub const BLOCK: u8 = 1;
    /// `XFRM_POLICY_LOCALOK`.
    pub const LOCALOK: u8 = 1;
    /// `XFRM_POLICY_ICMP`.
    pub const ICMP: u8 = 2;
    /// `XFRM_POLICY_TYPE_MAIN`.
    pub const TYPE_MAIN: u8 = 0;
    /// `XFRM_POLICY_TYPE_SUB`.
    pub const TYPE_SUB: u8 = 1;
}

/// `XFRM_SHARE_*`: how a template's state is shared.
pub mod share {
    /// `XFRM_SHARE_ANY`.
    pub const ANY: u8 = 0;
    /// `XFRM_SHARE_SESSION`.
    pub const SESSION: u8 = 1;
    /// `XFRM_SHARE_USER`.
    pub const USER: u8 = 2;
    /// `XFRM_SHARE_UNIQUE`.
    pub const UNIQUE: u8 = 3;
}

/// `XFRM_OFFLOAD_*`: the flags of `struct xfrm_user_offload`.
pub mod offload {
    /// `XFRM_OFFLOAD_IPV6`.
    pub const IPV6: u8 = 1;
    /// `XFRM_OFFLOAD_INBOUND`.
    pub const INBOUND: u8 = 2;
    /// `XFRM_OFFLOAD_PACKET`.
    pub const PACKET: u8 = 4;
}

/// `XFRMNLGRP_*`: the multicast groups of `NETLINK_XFRM`.
pub mod group {
    /// `XFRMNLGRP_ACQUIRE`.
    pub const ACQUIRE: u32 = 1;
    /// `XFRMNLGRP_EXPIRE`.
    pub const EXPIRE: u32 = 2;
    /// `XFRMNLGRP_SA`.
    pub const SA: u32 = 3;
    /// `XFRMNLGRP_POLICY`.
    pub const POLICY: u32 = 4;
    /// `XFRMNLGRP_AEVENTS`.
    pub const AEVENTS: u32 = 5;
    /// `XFRMNLGRP_REPORT`.
    pub const REPORT: u32 = 6;
    /// `XFRMNLGRP_MIGRATE`.
    pub const MIGRATE: u32 = 7;
    /// `XFRMNLGRP_MAPPING`.
    pub const MAPPING: u32 = 8;
}

/// `XFRM_USERPOLICY_*`: the default policies of `struct xfrm_userpolicy_default`.
pub mod default_policy {
    /// `XFRM_USERPOLICY_UNSPEC`: left as it is (set), none (get).
    pub const UNSPEC: u8 = 0;
    /// `XFRM_USERPOLICY_BLOCK`.
    pub const BLOCK: u8 = 1;
    /// `XFRM_USERPOLICY_ACCEPT`.
    pub const ACCEPT: u8 = 2;
}

/// `XFRM_INF`: no limit, in `struct xfrm_lifetime_cfg`.
pub const XFRM_INF: u64 = u64::MAX;

/// `IPPROTO_ESP` (linux/in.h).
pub const IPPROTO_ESP: u8 = 50;
/// `IPPROTO_AH`.
pub const IPPROTO_AH: u8 = 51;
/// `IPPROTO_COMP`.
pub const IPPROTO_COMP: u8 = 108;
/// `IPPROTO_ROUTING` (IPv6's routing header, Mobile IPv6's `route2`).
pub const IPPROTO_ROUTING: u8 = 43;
/// `IPPROTO_DSTOPTS` (IPv6's destination options, Mobile IPv6's `hao`).
pub const IPPROTO_DSTOPTS: u8 = 60;
/// `IPSEC_PROTO_ANY` (linux/ipsec.h): any of ESP, AH, IPComp.
pub const IPSEC_PROTO_ANY: u8 = 255;

/// `UDP_ENCAP_ESPINUDP_NON_IKE` (linux/udp.h).
pub const UDP_ENCAP_ESPINUDP_NON_IKE: u16 = 1;
/// `UDP_ENCAP_ESPINUDP`.
pub const UDP_ENCAP_ESPINUDP: u16 = 2;
/// `TCP_ENCAP_ESPINTCP` (linux/tcp.h).
pub const TCP_ENCAP_ESPINTCP: u16 = 7;

/// `XFRMA_REPLAY_ESN_MAX`: the largest replay window.
pub const REPLAY_ESN_MAX: u32 = 4096;

/// `xfrm_address_t`: an IPv4 address in its first 4 bytes, or an IPv6 address.
pub type Address = [u8; 16];

/// `ip` as an `xfrm_address_t`.
pub fn address(ip: IpAddr) -> Address {
    let mut a = [0u8; 16];
    match ip {
        IpAddr::V4(v4) => {
            if let Some(first) = a.get_mut(..4) {
                first.copy_from_slice(&v4.octets());
            }
        }
        IpAddr::V6(v6) => a = v6.octets(),
    }
    a
}

/// An `xfrm_address_t` of `family` (`AF_INET`, `AF_INET6`) as an address;
/// `None` for another family.
pub fn ip(family: u16, a: &Address) -> Option<IpAddr> {
    match family {
        2 => {
            let [a, b, c, d, ..] = *a;
            Some(IpAddr::V4(Ipv4Addr::new(a, b, c, d)))
        }
        10 => Some(IpAddr::V6(Ipv6Addr::from(*a))),
        _ => None,
    }
}

macro_rules! layout {
    ($derives:tt $($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident: $ty:ty),+ $(,)? })+) => {$(
        $(#[$doc])*
        #[derive(FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, PartialEq, Eq)]
        #[derive $derives]
        #[repr(C)]
        pub struct $name {
            $($(#[$fdoc])* pub $field: $ty,)+
        }
    )+};
}

layout! {
    (Default)
    /// `struct xfrm_selector` (56 bytes): what traffic a policy or state covers.
    Selector {
        /// `daddr`.
        daddr: Address,
        /// `saddr`.
        saddr: Address,
        /// `dport` (network order; an ICMP code, half a GRE key).
        dport: BeU16,
        /// `dport_mask`.
        dport_mask: BeU16,
        /// `sport` (network order; an ICMP type, half a GRE key).
        sport: BeU16,
        /// `sport_mask`.
        sport_mask: BeU16,
        /// `family`.
        family: NeU16,
        /// `prefixlen_d`.
        prefixlen_d: u8,
        /// `prefixlen_s`.
        prefixlen_s: u8,
        /// `proto`: the upper-layer protocol (0: any).
        proto: u8,
        /// Padding.
        pad: [u8; 3],
        /// `ifindex`.
        ifindex: NeI32,
        /// `user`.
        user: NeU32,
    }
    /// `struct xfrm_id` (24 bytes): a state's destination, SPI and protocol.
    Id {
        /// `daddr`.
        daddr: Address,
        /// `spi` (network order).
        spi: BeU32,
        /// `proto`: `IPPROTO_ESP`, `_AH`, `_COMP`, ...
        proto: u8,
        /// Padding.
        pad: [u8; 3],
    }
    /// `struct xfrm_lifetime_cfg` (64 bytes).
    LifetimeCfg {
        /// `soft_byte_limit`.
        soft_byte_limit: NeU64,
        /// `hard_byte_limit`.
        hard_byte_limit: NeU64,
        /// `soft_packet_limit`.
        soft_packet_limit: NeU64,
        /// `hard_packet_limit`.
        hard_packet_limit: NeU64,
        /// `soft_add_expires_seconds`.
        soft_add_expires_seconds: NeU64,
        /// `hard_add_expires_seconds`.
        hard_add_expires_seconds: NeU64,
        /// `soft_use_expires_seconds`.
        soft_use_expires_seconds: NeU64,
        /// `hard_use_expires_seconds`.
        hard_use_expires_seconds: NeU64,
    }
    /// `struct xfrm_lifetime_cur` (32 bytes).
    LifetimeCur {
        /// `bytes`.
        bytes: NeU64,
        /// `packets`.
        packets: NeU64,
        /// `add_time` (seconds since the epoch).
        add_time: NeU64,
        /// `use_time`.
        use_time: NeU64,
    }
    /// `struct xfrm_stats` (12 bytes).
    Stats {
        /// `replay_window`.
        replay_window: NeU32,
        /// `replay`.
        replay: NeU32,
        /// `integrity_failed`.
        integrity_failed: NeU32,
    }
    /// `struct xfrm_usersa_info` (224 bytes): a state.
    UsersaInfo {
        /// `sel`.
        sel: Selector,
        /// `id`.
        id: Id,
        /// `saddr`.
        saddr: Address,
        /// `lft`.
        lft: LifetimeCfg,
        /// `curlft`.
        curlft: LifetimeCur,
        /// `stats`.
        stats: Stats,
        /// `seq`.
        seq: NeU32,
        /// `reqid`.
        reqid: NeU32,
        /// `family`.
        family: NeU16,
        /// `mode`: [`mode`].
        mode: u8,
        /// `replay_window`.
        replay_window: u8,
        /// `flags`: [`state_flags`].
        flags: u8,
        /// Padding to the struct's 8-byte alignment.
        pad: [u8; 7],
    }
    /// `struct xfrm_usersa_id` (24 bytes): a state named for a get or delete.
    UsersaId {
        /// `daddr`.
        daddr: Address,
        /// `spi` (network order).
        spi: BeU32,
        /// `family`.
        family: NeU16,
        /// `proto`.
        proto: u8,
        /// Padding.
        pad: u8,
    }
    /// `struct xfrm_userpolicy_info` (168 bytes): a policy.
    UserpolicyInfo {
        /// `sel`.
        sel: Selector,
        /// `lft`.
        lft: LifetimeCfg,
        /// `curlft`.
        curlft: LifetimeCur,
        /// `priority`.
        priority: NeU32,
        /// `index`.
        index: NeU32,
        /// `dir`: [`policy::IN`], ...; [`policy::MAX`] and above a socket's.
        dir: u8,
        /// `action`: [`policy::ALLOW`] or [`policy::BLOCK`].
        action: u8,
        /// `flags`: [`policy::LOCALOK`], [`policy::ICMP`].
        flags: u8,
        /// `share`: [`share`].
        share: u8,
        /// Padding to the struct's 8-byte alignment.
        pad: [u8; 4],
    }
    /// `struct xfrm_userpolicy_id` (64 bytes): a policy named for a get or delete.
    UserpolicyId {
        /// `sel`.
        sel: Selector,
        /// `index`.
        index: NeU32,
        /// `dir`.
        dir: u8,
        /// Padding.
        pad: [u8; 3],
    }
    /// `struct xfrm_user_tmpl` (64 bytes): a policy's template.
    UserTmpl {
        /// `id`.
        id: Id,
        /// `family`.
        family: NeU16,
        /// Padding.
        pad: [u8; 2],
        /// `saddr`.
        saddr: Address,
        /// `reqid`.
        reqid: NeU32,
        /// `mode`.
        mode: u8,
        /// `share`.
        share: u8,
        /// `optional`: 1 for `level use`.
        optional: u8,
        /// Padding.
        pad2: u8,
        /// `aalgos`.
        aalgos: NeU32,
        /// `ealgos`.
        ealgos: NeU32,
        /// `calgos`.
        calgos: NeU32,
    }
    /// `struct xfrm_encap_tmpl` (24 bytes).
    EncapTmpl {
        /// `encap_type`: [`UDP_ENCAP_ESPINUDP`], ...
        encap_type: NeU16,
        /// `encap_sport` (network order).
        sport: BeU16,
        /// `encap_dport` (network order).
        dport: BeU16,
        /// Padding.
        pad: [u8; 2],
        /// `encap_oa`.
        oa: Address,
    }
    /// `struct xfrm_mark` (8 bytes).
    Mark {
        /// `v`.
        v: NeU32,
        /// `m`.
        m: NeU32,
    }
    /// `struct xfrm_usersa_flush` (1 byte).
    UsersaFlush {
        /// `proto` (0: every protocol).
        proto: u8,
    }
    /// `struct xfrm_userpolicy_type` (6 bytes).
    UserpolicyType {
        /// `type`: [`policy::TYPE_MAIN`] or [`policy::TYPE_SUB`].
        ptype: u8,
        /// Padding.
        pad: u8,
        /// `reserved1`.
        reserved1: NeU16,
        /// `reserved2`.
        reserved2: u8,
        /// Padding.
        pad2: u8,
    }
    /// `struct xfrm_replay_state` (12 bytes).
    ReplayState {
        /// `oseq`.
        oseq: NeU32,
        /// `seq`.
        seq: NeU32,
        /// `bitmap`.
        bitmap: NeU32,
    }
    /// `struct xfrm_replay_state_esn` (24 bytes), without its `bmp` words.
    ReplayStateEsn {
        /// `bmp_len`: the number of 32-bit words of `bmp`.
        bmp_len: NeU32,
        /// `oseq`.
        oseq: NeU32,
        /// `seq`.
        seq: NeU32,
        /// `oseq_hi`.
        oseq_hi: NeU32,
        /// `seq_hi`.
        seq_hi: NeU32,
        /// `replay_window`.
        replay_window: NeU32,
    }
    /// `struct xfrm_address_filter` (36 bytes): a state dump's address filter.
    AddressFilter {
        /// `saddr`.
        saddr: Address,
        /// `daddr`.
        daddr: Address,
        /// `family`.
        family: NeU16,
        /// `splen`.
        splen: u8,
        /// `dplen`.
        dplen: u8,
    }
    /// `struct xfrm_user_offload` (8 bytes).
    UserOffload {
        /// `ifindex`.
        ifindex: NeI32,
        /// `flags`: [`offload`].
        flags: u8,
        /// Padding.
        pad: [u8; 3],
    }
    /// `struct xfrm_user_sec_ctx` (8 bytes), before the context's text.
    UserSecCtx {
        /// `len`: this header and the text.
        len: NeU16,
        /// `exttype`.
        exttype: NeU16,
        /// `ctx_alg`.
        ctx_alg: u8,
        /// `ctx_doi`.
        ctx_doi: u8,
        /// `ctx_len`: the text's length.
        ctx_len: NeU16,
    }
    /// `struct xfrm_userspi_info` (232 bytes): `XFRM_MSG_ALLOCSPI`'s header.
    UserspiInfo {
        /// `info`: the state to make.
        info: UsersaInfo,
        /// `min`: the lowest SPI to choose.
        min: NeU32,
        /// `max`: the highest.
        max: NeU32,
    }
    /// `struct xfrm_userpolicy_default` (3 bytes): what traffic no policy
    /// matches gets, per direction ([`default_policy`]).
    UserpolicyDefault {
        /// `in`.
        dir_in: u8,
        /// `fwd`.
        fwd: u8,
        /// `out`.
        out: u8,
    }
    /// `struct xfrm_user_mapping` (64 bytes): `XFRM_MSG_MAPPING`, a NAT
    /// mapping that changed.
    UserMapping {
        /// `id`.
        id: UsersaId,
        /// `reqid`.
        reqid: NeU32,
        /// `old_saddr`.
        old_saddr: Address,
        /// `new_saddr`.
        new_saddr: Address,
        /// `old_sport` (network order).
        old_sport: BeU16,
        /// `new_sport` (network order).
        new_sport: BeU16,
    }
    /// `struct xfrm_user_expire` (232 bytes): `XFRM_MSG_EXPIRE`'s header.
    UserExpire {
        /// `state`.
        state: UsersaInfo,
        /// `hard`: 1 when the hard limit was reached.
        hard: u8,
        /// Padding.
        pad: [u8; 7],
    }
    /// `struct xfrm_user_polexpire` (176 bytes): `XFRM_MSG_POLEXPIRE`'s header.
    UserPolexpire {
        /// `pol`.
        pol: UserpolicyInfo,
        /// `hard`.
        hard: u8,
        /// Padding.
        pad: [u8; 7],
    }
    /// `struct xfrm_user_acquire` (280 bytes): `XFRM_MSG_ACQUIRE`'s header.
    UserAcquire {
        /// `id`.
        id: Id,
        /// `saddr`.
        saddr: Address,
        /// `sel`.
        sel: Selector,
        /// `policy`.
        policy: UserpolicyInfo,
        /// `aalgos`.
        aalgos: NeU32,
        /// `ealgos`.
        ealgos: NeU32,
        /// `calgos`.
        calgos: NeU32,
        /// `seq`.
        seq: NeU32,
    }
    /// `struct xfrm_user_report` (60 bytes): `XFRM_MSG_REPORT`'s header.
    UserReport {
        /// `proto`.
        proto: u8,
        /// Padding.
        pad: [u8; 3],
        /// `sel`.
        sel: Selector,
    }
    /// `struct xfrm_aevent_id` (48 bytes): `XFRM_MSG_NEWAE`'s header.
    AeventId {
        /// `sa_id`.
        sa_id: UsersaId,
        /// `saddr`.
        saddr: Address,
        /// `flags`: `XFRM_AE_*`.
        flags: NeU32,
        /// `reqid`.
        reqid: NeU32,
    }
    /// `struct xfrmu_spdinfo` (24 bytes): the policies per direction.
    SpdInfo {
        /// `incnt`.
        incnt: NeU32,
        /// `outcnt`.
        outcnt: NeU32,
        /// `fwdcnt`.
        fwdcnt: NeU32,
        /// `inscnt`: the sockets' policies.
        inscnt: NeU32,
        /// `outscnt`.
        outscnt: NeU32,
        /// `fwdscnt`.
        fwdscnt: NeU32,
    }
    /// `struct xfrmu_sadhinfo` and `struct xfrmu_spdhinfo` (8 bytes): hash buckets.
    HashInfo {
        /// `sadhcnt` or `spdhcnt`: the buckets in use.
        count: NeU32,
        /// `sadhmcnt` or `spdhmcnt`: the most allowed.
        max: NeU32,
    }
    /// `struct xfrmu_spdhthresh` (2 bytes).
    SpdHthresh {
        /// `lbits`.
        lbits: u8,
        /// `rbits`.
        rbits: u8,
    }
}

layout! {
    ()
    /// `struct xfrm_algo` (68 bytes), without its key.
    AlgoHeader {
        /// `alg_name`, NUL-terminated.
        name: [u8; 64],
        /// `alg_key_len`, in bits.
        key_len: NeU32,
    }
    /// `struct xfrm_algo_auth` and `struct xfrm_algo_aead` (72 bytes), without their key.
    AlgoLenHeader {
        /// `alg_name`, NUL-terminated.
        name: [u8; 64],
        /// `alg_key_len`, in bits.
        key_len: NeU32,
        /// `alg_trunc_len` or `alg_icv_len`, in bits.
        len: NeU32,
    }
}

impl LifetimeCfg {
    /// No limit on bytes or packets, no expiry: what `ip xfrm` sends unless
    /// told otherwise.
    pub fn unlimited() -> Self {
        LifetimeCfg {
            soft_byte_limit: XFRM_INF.into(),
            hard_byte_limit: XFRM_INF.into(),
            soft_packet_limit: XFRM_INF.into(),
            hard_packet_limit: XFRM_INF.into(),
            ..LifetimeCfg::default()
        }
    }
}

impl Selector {
    /// Whether every byte is zero (ip prints a state's selector only when not).
    pub fn is_zero(&self) -> bool {
        self.as_bytes().iter().all(|b| *b == 0)
    }
}

/// An algorithm of a state: its name, key, and for `auth-trunc` the
/// truncation or for `aead` the ICV length, in bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Algo<'a> {
    /// Which: [`xfrma::ALG_CRYPT`], `ALG_AUTH`, `ALG_AUTH_TRUNC`, `ALG_AEAD`, `ALG_COMP`.
    pub kind: u16,
    /// The kernel's crypto name (`cbc(aes)`, `hmac(sha256)`, `rfc4106(gcm(aes))`).
    pub name: &'a str,
    /// The key.
    pub key: &'a [u8],
    /// The key's length in bits as the kernel has it (`key.len() * 8` when built).
    pub key_bits: u32,
    /// `alg_trunc_len` (`ALG_AUTH_TRUNC`) or `alg_icv_len` (`ALG_AEAD`); 0 otherwise.
    pub len: u32,
}

impl<'a> Algo<'a> {
    /// An algorithm `kind` named `name` with `key`.
    pub fn new(kind: u16, name: &'a str, key: &'a [u8]) -> Self {
        let key_bits = u32::try_from(key.len()).unwrap_or(u32::MAX).saturating_mul(8);
        Algo { kind, name, key, key_bits, len: 0 }
    }

    /// Whether `kind`'s struct has the extra length (`struct xfrm_algo_auth`, `_aead`).
    fn has_len(kind: u16) -> bool {
        kind == xfrma::ALG_AUTH_TRUNC || kind == xfrma::ALG_AEAD
    }

    /// Reads an algorithm attribute. The key is what the attribute holds
    /// of `key_bits / 8` bytes: a shorter one is [`Error::Truncated`].
    pub fn parse(attr: &Attr<'a>) -> Result<Self> {
        let kind = attr.kind();
        let payload = attr.payload();
        let (name, key_bits, len, rest) = if Algo::has_len(kind) {
            let (h, rest) = AlgoLenHeader::ref_from_prefix(payload).map_err(|_| short(attr, 72))?;
            (&h.name, h.key_len.get(), h.len.get(), rest)
        } else {
            let (h, rest) = AlgoHeader::ref_from_prefix(payload).map_err(|_| short(attr, 68))?;
            (&h.name, h.key_len.get(), 0, rest)
        };
        let end = name.iter().position(|b| *b == 0).unwrap_or(name.len());
        let name = core::str::from_utf8(name.get(..end).unwrap_or_default())
            .map_err(|_| Error::BadString { kind, offset: attr.offset() })?;
        let key_len = usize::try_from(key_bits / 8).unwrap_or(usize::MAX);
        let key = rest.get(..key_len).ok_or(Error::Truncated {
            offset: attr.offset(),
            needed: payload.len() - rest.len() + key_len,
            available: payload.len(),
        })?;
        Ok(Algo { kind, name, key, key_bits, len })
    }

    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let mut name = [0u8; 64];
        // The kernel wants the name NUL-terminated within its 64 bytes.
        let slot = name.get_mut(..self.name.len()).filter(|_| self.name.len() < 64);
        slot.ok_or(Error::InvalidValue { what: "algorithm name of 64 bytes or more" })?
            .copy_from_slice(self.name.as_bytes());
        let key_len = u32::try_from(self.key.len())
            .ok()
            .and_then(|n| n.checked_mul(8))
            .ok_or(Error::InvalidValue { what: "algorithm key too long" })?;
        if Algo::has_len(self.kind) {
            let h = AlgoLenHeader { name, key_len: key_len.into(), len: self.len.into() };
            m.attr_parts(self.kind, &[h.as_bytes(), self.key])
        } else {
            let h = AlgoHeader { name, key_len: key_len.into() };
            m.attr_parts(self.kind, &[h.as_bytes(), self.key])
        }
    }
}

fn short(attr: &Attr<'_>, needed: usize) -> Error {
    Error::Truncated { offset: attr.offset(), needed, available: attr.payload().len() }
}

/// The attributes of a state or policy, with typed reads.
#[derive(Clone, Debug)]
pub struct XfrmAttrs<'a>(pub Attrs<'a>);

impl<'a> XfrmAttrs<'a> {
    /// All attributes, in order.
    pub fn attrs(&self) -> Attrs<'a> {
        self.0.clone()
    }
    /// A struct attribute `kind`, of at least `T`'s size.
    pub fn get<T: FromBytes + KnownLayout + Immutable + Unaligned>(
        &self,
        kind: u16,
    ) -> Result<Option<&'a T>> {
        match self.0.find(kind)? {
            Some(a) => {
                let payload = a.payload();
                T::ref_from_prefix(payload)
                    .map(|(t, _)| Some(t))
                    .map_err(|_| short(&a, core::mem::size_of::<T>()))
            }
            None => Ok(None),
        }
    }
    /// A `u32` attribute (`XFRMA_IF_ID`, `XFRMA_TFCPAD`, ...).
    pub fn u32(&self, kind: u16) -> Result<Option<u32>> {
        self.0.read(kind, Attr::u32)
    }
    /// The algorithm `kind` ([`xfrma::ALG_CRYPT`], ...).
    pub fn algo(&self, kind: u16) -> Result<Option<Algo<'a>>> {
        self.0.find(kind)?.map(|a| Algo::parse(&a)).transpose()
    }
    /// `XFRMA_ENCAP`.
    pub fn encap(&self) -> Result<Option<&'a EncapTmpl>> {
        self.get(xfrma::ENCAP)
    }
    /// `XFRMA_MARK`.
    pub fn mark(&self) -> Result<Option<&'a Mark>> {
        self.get(xfrma::MARK)
    }
    /// `XFRMA_IF_ID`.
    pub fn if_id(&self) -> Result<Option<u32>> {
        self.u32(xfrma::IF_ID)
    }
    /// `XFRMA_LASTUSED`.
    pub fn lastused(&self) -> Result<Option<u64>> {
        self.0.read(xfrma::LASTUSED, Attr::u64)
    }
    /// `XFRMA_POLICY_TYPE`'s type.
    pub fn policy_type(&self) -> Result<Option<u8>> {
        Ok(self.get::<UserpolicyType>(xfrma::POLICY_TYPE)?.map(|t| t.ptype))
    }
    /// The templates of `XFRMA_TMPL` (whole ones; a short tail is left out).
    pub fn templates(&self) -> Result<impl Iterator<Item = &'a UserTmpl> + 'a> {
        let payload = self.0.find(xfrma::TMPL)?.map(|a| a.payload()).unwrap_or_default();
        Ok(payload
            .chunks_exact(core::mem::size_of::<UserTmpl>())
            .filter_map(|c| UserTmpl::ref_from_bytes(c).ok()))
    }
}

impl<'a> core::ops::Deref for Sa<'a> {
    type Target = XfrmAttrs<'a>;
    fn deref(&self) -> &Self::Target {
        &self.attrs
    }
}

impl<'a> core::ops::Deref for Policy<'a> {
    type Target = XfrmAttrs<'a>;
    fn deref(&self) -> &Self::Target {
        &self.attrs
    }
}

/// A state: `XFRM_MSG_NEWSA` (a dump's, a get's answer) or `XFRM_MSG_UPDSA`.
#[derive(Clone, Debug)]
pub struct Sa<'a> {
    info: &'a UsersaInfo,
    attrs: XfrmAttrs<'a>,
}

impl<'a> Sa<'a> {
    /// Checks the message type and header size.
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        let (info, attrs) = split(msg, &[msg::NEWSA, msg::UPDSA], "xfrm state")?;
        Ok(Sa { info, attrs: XfrmAttrs(attrs) })
    }
    /// The state's `struct xfrm_usersa_info`.
    pub fn info(&self) -> &'a UsersaInfo {
        self.info
    }
}

/// A policy: `XFRM_MSG_NEWPOLICY` (a dump's, a get's answer) or `XFRM_MSG_UPDPOLICY`.
#[derive(Clone, Debug)]
pub struct Policy<'a> {
    info: &'a UserpolicyInfo,
    attrs: XfrmAttrs<'a>,
}

impl<'a> Policy<'a> {
    /// Checks the message type and header size.
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        let (info, attrs) = split(msg, &[msg::NEWPOLICY, msg::UPDPOLICY], "xfrm policy")?;
        Ok(Policy { info, attrs: XfrmAttrs(attrs) })
    }
    /// The policy's `struct xfrm_userpolicy_info`.
    pub fn info(&self) -> &'a UserpolicyInfo {
        self.info
    }
}

/// The answer to [`GetSadInfo`] (`XFRM_MSG_NEWSADINFO`) or [`GetSpdInfo`]
/// (`XFRM_MSG_NEWSPDINFO`): a `u32` of flags, then [`sad`] or [`spd`]
/// attributes.
#[derive(Clone, Debug)]
pub struct Info<'a> {
    attrs: XfrmAttrs<'a>,
}

impl<'a> Info<'a> {
    /// Checks the message type and header size.
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        let (_, attrs) = split::<NeU32>(msg, &[msg::NEWSADINFO, msg::NEWSPDINFO], "xfrm sad/spd info")?;
        Ok(Info { attrs: XfrmAttrs(attrs) })
    }
    /// `XFRMA_SAD_CNT`: the number of states.
    pub fn sad_count(&self) -> Result<Option<u32>> {
        self.attrs.u32(sad::CNT)
    }
    /// `XFRMA_SAD_HINFO` or `XFRMA_SPD_HINFO` (both 2).
    pub fn hash_info(&self) -> Result<Option<&'a HashInfo>> {
        self.attrs.get(sad::HINFO)
    }
    /// `XFRMA_SPD_INFO`.
    pub fn spd_info(&self) -> Result<Option<&'a SpdInfo>> {
        self.attrs.get(spd::INFO)
    }
    /// `XFRMA_SPD_IPV4_HTHRESH` (`ipv6` false) or `_IPV6_HTHRESH`.
    pub fn hthresh(&self, ipv6: bool) -> Result<Option<&'a SpdHthresh>> {
        self.attrs.get(if ipv6 { spd::IPV6_HTHRESH } else { spd::IPV4_HTHRESH })
    }
}

/// A state to add or update: `struct xfrm_usersa_info` and its attributes.
#[derive(Debug, Clone, Copy)]
pub struct SaEntry<'a> {
    /// The state.
    pub info: UsersaInfo,
    /// Its algorithms, written in order.
    pub algos: &'a [Algo<'a>],
    /// `XFRMA_ENCAP`.
    pub encap: Option<EncapTmpl>,
    /// `XFRMA_COADDR`.
    pub coaddr: Option<Address>,
    /// `XFRMA_REPLAY_VAL`.
    pub replay: Option<ReplayState>,
    /// `XFRMA_REPLAY_ESN_VAL` (its bitmap all zero: `bmp_len` words).
    pub replay_esn: Option<ReplayStateEsn>,
    /// `XFRMA_SA_EXTRA_FLAGS`.
    pub extra_flags: Option<u32>,
    /// `XFRMA_MARK`.
    pub mark: Option<Mark>,
    /// `XFRMA_IF_ID`.
    pub if_id: Option<u32>,
    /// `XFRMA_TFCPAD`.
    pub tfcpad: Option<u32>,
    /// `XFRMA_SET_MARK`.
    pub output_mark: Option<u32>,
    /// `XFRMA_SET_MARK_MASK`.
    pub output_mark_mask: Option<u32>,
    /// `XFRMA_SEC_CTX`: a security context (an LSM's, as SELinux names it).
    pub ctx: Option<&'a str>,
    /// `XFRMA_OFFLOAD_DEV`: the device that does the crypto.
    pub offload: Option<UserOffload>,
}

impl<'a> SaEntry<'a> {
    /// A state with no attributes.
    pub fn new(info: UsersaInfo) -> Self {
        SaEntry {
            info,
            algos: &[],
            encap: None,
            coaddr: None,
            replay: None,
            replay_esn: None,
            extra_flags: None,
            mark: None,
            if_id: None,
            tfcpad: None,
            output_mark: None,
            output_mark_mask: None,
            ctx: None,
            offload: None,
        }
    }

    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&self.info)?;
        for algo in self.algos {
            algo.emit(m)?;
        }
        m.opt(xfrma::ENCAP, self.encap.as_ref(), MessageWriter::struct_attr)?;
        m.opt(xfrma::COADDR, self.coaddr.as_ref(), MessageWriter::struct_attr)?;
        m.opt(xfrma::OFFLOAD_DEV, self.offload.as_ref(), MessageWriter::struct_attr)?;
        if let Some(esn) = &self.replay_esn {
            let words = usize::try_from(esn.bmp_len.get()).unwrap_or(usize::MAX);
            let bitmap = [0u8; (REPLAY_ESN_MAX / 8) as usize];
            let bitmap = bitmap
                .get(..words.saturating_mul(4))
                .ok_or(Error::InvalidValue { what: "replay bitmap over XFRMA_REPLAY_ESN_MAX" })?;
            m.attr_parts(xfrma::REPLAY_ESN_VAL, &[esn.as_bytes(), bitmap])?;
        }
        m.opt(xfrma::REPLAY_VAL, self.replay.as_ref(), MessageWriter::struct_attr)?;
        m.opt(xfrma::SA_EXTRA_FLAGS, self.extra_flags, MessageWriter::u32)?;
        m.opt(xfrma::MARK, self.mark.as_ref(), MessageWriter::struct_attr)?;
        m.opt(xfrma::IF_ID, self.if_id, MessageWriter::u32)?;
        m.opt(xfrma::TFCPAD, self.tfcpad, MessageWriter::u32)?;
        m.opt(xfrma::SET_MARK, self.output_mark, MessageWriter::u32)?;
        m.opt(xfrma::SET_MARK_MASK, self.output_mark_mask, MessageWriter::u32)?;
        emit_ctx(m, self.ctx)
    }
}

/// A policy to add or update: `struct xfrm_userpolicy_info` and its attributes.
#[derive(Debug, Clone, Copy)]
pub struct PolicyEntry<'a> {
    /// The policy.
    pub info: UserpolicyInfo,
    /// `XFRMA_TMPL`: its templates (none: no attribute).
    pub templates: &'a [UserTmpl],
    /// `XFRMA_POLICY_TYPE`.
    pub ptype: Option<u8>,
    /// `XFRMA_MARK`.
    pub mark: Option<Mark>,
    /// `XFRMA_IF_ID`.
    pub if_id: Option<u32>,
    /// `XFRMA_SEC_CTX`.
    pub ctx: Option<&'a str>,
}

impl<'a> PolicyEntry<'a> {
    /// A policy with no attributes.
    pub fn new(info: UserpolicyInfo) -> Self {
        PolicyEntry { info, templates: &[], ptype: None, mark: None, if_id: None, ctx: None }
    }

    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&self.info)?;
        emit_ptype(m, self.ptype)?;
        if !self.templates.is_empty() {
            m.attr(xfrma::TMPL, self.templates.as_bytes())?;
        }
        m.opt(xfrma::MARK, self.mark.as_ref(), MessageWriter::struct_attr)?;
        emit_ctx(m, self.ctx)?;
        m.opt(xfrma::IF_ID, self.if_id, MessageWriter::u32)
    }
}

/// `XFRMA_SEC_CTX`: `struct xfrm_user_sec_ctx` (SELinux's algorithm and
/// domain of interpretation, 1 and 1, as ip sends them) and the text with
/// its NUL.
fn emit_ctx(m: &mut MessageWriter<'_>, ctx: Option<&str>) -> Result<()> {
    let Some(ctx) = ctx else { return Ok(()) };
    let bad = Error::InvalidValue { what: "security context with a NUL or over 64 KiB" };
    let text_len = u16::try_from(ctx.len() + 1).map_err(|_| bad)?;
    if ctx.as_bytes().contains(&0) {
        return Err(bad);
    }
    let len = text_len.checked_add(core::mem::size_of::<UserSecCtx>() as u16).ok_or(bad)?;
    let h = UserSecCtx {
        len: len.into(),
        exttype: xfrma::SEC_CTX.into(),
        ctx_alg: 1,
        ctx_doi: 1,
        ctx_len: text_len.into(),
    };
    m.attr_parts(xfrma::SEC_CTX, &[h.as_bytes(), ctx.as_bytes(), &[0]])
}

fn emit_ptype(m: &mut MessageWriter<'_>, ptype: Option<u8>) -> Result<()> {
    let t = ptype.map(|ptype| UserpolicyType { ptype, ..UserpolicyType::default() });
    m.opt(xfrma::POLICY_TYPE, t.as_ref(), MessageWriter::struct_attr)
}

entry_requests! {
    #[derive(Debug, Clone, Copy)] SaEntry:
    /// `ip xfrm state add`: `XFRM_MSG_NEWSA`.
    NewSa<'a>(msg::NEWSA, MsgFlags::empty()) => |e, m| e.emit(m);
    /// `ip xfrm state update`: `XFRM_MSG_UPDSA`.
    UpdateSa<'a>(msg::UPDSA, MsgFlags::empty()) => |e, m| e.emit(m);
}

entry_requests! {
    #[derive(Debug, Clone, Copy)] PolicyEntry:
    /// `ip xfrm policy add`: `XFRM_MSG_NEWPOLICY`.
    NewPolicy<'a>(msg::NEWPOLICY, MsgFlags::empty()) => |e, m| e.emit(m);
    /// `ip xfrm policy update`: `XFRM_MSG_UPDPOLICY`.
    UpdatePolicy<'a>(msg::UPDPOLICY, MsgFlags::empty()) => |e, m| e.emit(m);
}

/// A state named by destination, SPI and protocol, with its source
/// (`XFRMA_SRCADDR`, as ip always sends it) and mark.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SaRef {
    /// The state's `struct xfrm_usersa_id`.
    pub id: UsersaId,
    /// `XFRMA_SRCADDR`.
    pub saddr: Address,
    /// `XFRMA_MARK`.
    pub mark: Option<Mark>,
}

impl SaRef {
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&self.id)?;
        m.struct_attr(xfrma::SRCADDR, &self.saddr)?;
        m.opt(xfrma::MARK, self.mark.as_ref(), MessageWriter::struct_attr)
    }
}

/// A policy named by selector and direction (and security context), or by index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PolicyRef<'a> {
    /// The policy's `struct xfrm_userpolicy_id`.
    pub id: UserpolicyId,
    /// `XFRMA_POLICY_TYPE`.
    pub ptype: Option<u8>,
    /// `XFRMA_MARK`.
    pub mark: Option<Mark>,
    /// `XFRMA_IF_ID`.
    pub if_id: Option<u32>,
    /// `XFRMA_SEC_CTX`.
    pub ctx: Option<&'a str>,
}

impl PolicyRef<'_> {
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&self.id)?;
        emit_ptype(m, self.ptype)?;
        m.opt(xfrma::MARK, self.mark.as_ref(), MessageWriter::struct_attr)?;
        emit_ctx(m, self.ctx)?;
        m.opt(xfrma::IF_ID, self.if_id, MessageWriter::u32)
    }
}

entry_requests! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)] SaRef:
    /// `ip xfrm state get`: `XFRM_MSG_GETSA`, answered by an `XFRM_MSG_NEWSA`.
    GetSa(msg::GETSA, MsgFlags::empty()) => |e, m| e.emit(m);
    /// `ip xfrm state delete`: `XFRM_MSG_DELSA`.
    DeleteSa(msg::DELSA, MsgFlags::empty()) => |e, m| e.emit(m);
}

entry_requests! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)] PolicyRef:
    /// `ip xfrm policy get`: `XFRM_MSG_GETPOLICY`, answered by an `XFRM_MSG_NEWPOLICY`.
    GetPolicy<'a>(msg::GETPOLICY, MsgFlags::empty()) => |e, m| e.emit(m);
    /// `ip xfrm policy delete`: `XFRM_MSG_DELPOLICY`.
    DeletePolicy<'a>(msg::DELPOLICY, MsgFlags::empty()) => |e, m| e.emit(m);
}

/// `ip xfrm state allocspi`: `XFRM_MSG_ALLOCSPI`, a larval state with an
/// SPI the kernel chooses within `[min, max]`, answered by an `XFRM_MSG_NEWSA`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocSpi {
    /// The state and the SPI range.
    pub spi: UserspiInfo,
    /// `XFRMA_MARK`.
    pub mark: Option<Mark>,
}

impl Request for AllocSpi {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg::ALLOCSPI, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&self.spi)?;
        m.opt(xfrma::MARK, self.mark.as_ref(), MessageWriter::struct_attr)
    }
}

/// `ip xfrm state list`: every state (`XFRM_MSG_GETSA` dump), the kernel
/// filtering by protocol and addresses when asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SaDump {
    /// `XFRMA_PROTO`: only this protocol's.
    pub proto: Option<u8>,
    /// `XFRMA_ADDRESS_FILTER`: only these addresses'.
    pub filter: Option<AddressFilter>,
}

impl Request for SaDump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg::GETSA, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.opt(xfrma::PROTO, self.proto, MessageWriter::u8)?;
        m.opt(xfrma::ADDRESS_FILTER, self.filter.as_ref(), MessageWriter::struct_attr)
    }
}

/// `ip xfrm policy list`: every policy (`XFRM_MSG_GETPOLICY` dump).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PolicyDump;

impl Request for PolicyDump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg::GETPOLICY, seq)
    }
    fn emit(&self, _: &mut MessageWriter<'_>) -> Result<()> {
        Ok(())
    }
}

/// `ip xfrm state flush [proto P]`: `XFRM_MSG_FLUSHSA`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FlushSa {
    /// Only this protocol's states (0: all).
    pub proto: u8,
}

impl Request for FlushSa {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg::FLUSHSA, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&UsersaFlush { proto: self.proto })
    }
}

/// `ip xfrm policy flush [ptype T]`: `XFRM_MSG_FLUSHPOLICY`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FlushPolicy {
    /// `XFRMA_POLICY_TYPE`: only this type's.
    pub ptype: Option<u8>,
}

impl Request for FlushPolicy {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg::FLUSHPOLICY, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        emit_ptype(m, self.ptype)
    }
}

/// `ip xfrm policy set [hthresh4 L R] [hthresh6 L R]`: `XFRM_MSG_NEWSPDINFO`,
/// the prefix lengths from which policies are hashed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SetSpdInfo {
    /// `XFRMA_SPD_IPV4_HTHRESH`.
    pub hthresh4: Option<SpdHthresh>,
    /// `XFRMA_SPD_IPV6_HTHRESH`.
    pub hthresh6: Option<SpdHthresh>,
}

impl Request for SetSpdInfo {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg::NEWSPDINFO, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&u32::MAX.to_ne_bytes())?;
        m.opt(spd::IPV4_HTHRESH, self.hthresh4.as_ref(), MessageWriter::struct_attr)?;
        m.opt(spd::IPV6_HTHRESH, self.hthresh6.as_ref(), MessageWriter::struct_attr)
    }
}

/// `ip xfrm policy setdefault`: `XFRM_MSG_SETDEFAULT`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SetDefault(pub UserpolicyDefault);

/// `ip xfrm policy getdefault`: `XFRM_MSG_GETDEFAULT`, answered by an
/// `XFRM_MSG_GETDEFAULT` holding the [`UserpolicyDefault`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetDefault;

impl Request for SetDefault {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg::SETDEFAULT, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&self.0)
    }
}

impl Request for GetDefault {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg::GETDEFAULT, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&UserpolicyDefault::default())
    }
}

/// `ip xfrm state count`: `XFRM_MSG_GETSADINFO`, answered by an [`Info`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetSadInfo;

/// `ip xfrm policy count`: `XFRM_MSG_GETSPDINFO`, answered by an [`Info`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetSpdInfo;

impl Request for GetSadInfo {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg::GETSADINFO, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        // The flags word ip sends (all ones); the kernel reads none of it.
        m.family_header(&u32::MAX.to_ne_bytes())
    }
}

impl Request for GetSpdInfo {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg::GETSPDINFO, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&u32::MAX.to_ne_bytes())
    }
}

#[cfg(test)]
mod tests;
