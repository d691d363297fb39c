//! The tables that name xfrm's messages, header fields and attributes for
//! the registry and the formatter ([`Protocol::Xfrm`](crate::registry::Protocol::Xfrm)):
//! written by hand from linux/xfrm.h, as xfrm has no YAML spec. Addresses
//! (`xfrm_address_t`, 16 bytes whatever the family) are shown as bytes.

use core::mem::{offset_of, size_of};

use super::{
    msg, xfrma, AddressFilter, EncapTmpl, LifetimeCfg, LifetimeCur, Mark, ReplayState, UserOffload,
    UserpolicyId, UserpolicyInfo, UserpolicyType, UsersaFlush, UsersaId, UsersaInfo,
};
use crate::spec::{AttrSpec, AttrType, Field, MessageSpec, MessageType, Space, StructSpec};
use crate::wire::{BeU32, NeU16, NeU32, NeU64};

/// The fields of a selector, at `at` in its struct.
macro_rules! selector_fields {
    ($at:expr) => {
        [
            Field::new("sel_family", $at + 40, 2, AttrType::U16),
            Field::new("sel_prefixlen_d", $at + 42, 1, AttrType::U8),
            Field::new("sel_prefixlen_s", $at + 43, 1, AttrType::U8),
            Field::new("sel_proto", $at + 44, 1, AttrType::U8),
            Field::new("sel_ifindex", $at + 48, 4, AttrType::S32),
        ]
    };
}

const SA_SEL: [Field; 5] = selector_fields!(0);

/// `struct xfrm_usersa_info`.
pub static USERSA_INFO: StructSpec = StructSpec {
    name: "xfrm_usersa_info",
    size: size_of::<UsersaInfo>(),
    prefix: "",
    fields: &[
        SA_SEL[0],
        SA_SEL[1],
        SA_SEL[2],
        SA_SEL[3],
        SA_SEL[4],
        Field::new("daddr", offset_of!(UsersaInfo, id), 16, AttrType::Bytes),
        Field::new("spi", offset_of!(UsersaInfo, id) + 16, size_of::<BeU32>(), AttrType::Be32),
        Field::new("proto", offset_of!(UsersaInfo, id) + 20, 1, AttrType::U8),
        Field::new("saddr", offset_of!(UsersaInfo, saddr), 16, AttrType::Bytes),
        Field::new("seq", offset_of!(UsersaInfo, seq), size_of::<NeU32>(), AttrType::U32),
        Field::new("reqid", offset_of!(UsersaInfo, reqid), size_of::<NeU32>(), AttrType::U32),
        Field::new("family", offset_of!(UsersaInfo, family), size_of::<NeU16>(), AttrType::U16),
        Field::new("mode", offset_of!(UsersaInfo, mode), 1, AttrType::U8),
        Field::new("replay_window", offset_of!(UsersaInfo, replay_window), 1, AttrType::U8),
        Field::new("flags", offset_of!(UsersaInfo, flags), 1, AttrType::U8),
    ],
};

const POLICY_SEL: [Field; 5] = selector_fields!(0);

/// `struct xfrm_userpolicy_info`.
pub static USERPOLICY_INFO: StructSpec = StructSpec {
    name: "xfrm_userpolicy_info",
    size: size_of::<UserpolicyInfo>(),
    prefix: "",
    fields: &[
        POLICY_SEL[0],
        POLICY_SEL[1],
        POLICY_SEL[2],
        POLICY_SEL[3],
        POLICY_SEL[4],
        Field::new("priority", offset_of!(UserpolicyInfo, priority), size_of::<NeU32>(), AttrType::U32),
        Field::new("index", offset_of!(UserpolicyInfo, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("dir", offset_of!(UserpolicyInfo, dir), 1, AttrType::U8),
        Field::new("action", offset_of!(UserpolicyInfo, action), 1, AttrType::U8),
        Field::new("flags", offset_of!(UserpolicyInfo, flags), 1, AttrType::U8),
        Field::new("share", offset_of!(UserpolicyInfo, share), 1, AttrType::U8),
    ],
};

/// `struct xfrm_usersa_id`.
pub static USERSA_ID: StructSpec = StructSpec {
    name: "xfrm_usersa_id",
    size: size_of::<UsersaId>(),
    prefix: "",
    fields: &[
        Field::new("daddr", offset_of!(UsersaId, daddr), 16, AttrType::Bytes),
        Field::new("spi", offset_of!(UsersaId, spi), size_of::<BeU32>(), AttrType::Be32),
        Field::new("family", offset_of!(UsersaId, family), size_of::<NeU16>(), AttrType::U16),
        Field::new("proto", offset_of!(UsersaId, proto), 1, AttrType::U8),
    ],
};

const ID_SEL: [Field; 5] = selector_fields!(0);

/// `struct xfrm_userpolicy_id`.
pub static USERPOLICY_ID: StructSpec = StructSpec {
    name: "xfrm_userpolicy_id",
    size: size_of::<UserpolicyId>(),
    prefix: "",
    fields: &[
        ID_SEL[0],
        ID_SEL[1],
        ID_SEL[2],
        ID_SEL[3],
        ID_SEL[4],
        Field::new("index", offset_of!(UserpolicyId, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("dir", offset_of!(UserpolicyId, dir), 1, AttrType::U8),
    ],
};

/// `struct xfrm_usersa_flush`.
pub static USERSA_FLUSH: StructSpec = StructSpec {
    name: "xfrm_usersa_flush",
    size: size_of::<UsersaFlush>(),
    prefix: "",
    fields: &[Field::new("proto", 0, 1, AttrType::U8)],
};

/// `struct xfrm_userpolicy_default`.
pub static USERPOLICY_DEFAULT: StructSpec = StructSpec {
    name: "xfrm_userpolicy_default",
    size: size_of::<super::UserpolicyDefault>(),
    prefix: "",
    fields: &[
        Field::new("in", 0, 1, AttrType::U8),
        Field::new("fwd", 1, 1, AttrType::U8),
        Field::new("out", 2, 1, AttrType::U8),
    ],
};

/// No header (dumps, `XFRM_MSG_FLUSHPOLICY`).
pub static NO_HEADER: StructSpec = StructSpec { name: "none", size: 0, prefix: "", fields: &[] };

/// The `u32` of flags before `XFRM_MSG_*SADINFO`'s and `*SPDINFO`'s attributes.
pub static INFO_FLAGS: StructSpec = StructSpec {
    name: "u32",
    size: size_of::<NeU32>(),
    prefix: "",
    fields: &[Field::new("flags", 0, size_of::<NeU32>(), AttrType::U32)],
};

/// `struct xfrm_mark`.
pub static MARK: StructSpec = StructSpec {
    name: "xfrm_mark",
    size: size_of::<Mark>(),
    prefix: "",
    fields: &[Field::new("v", 0, 4, AttrType::U32), Field::new("m", 4, 4, AttrType::U32)],
};

/// `struct xfrm_encap_tmpl`.
pub static ENCAP_TMPL: StructSpec = StructSpec {
    name: "xfrm_encap_tmpl",
    size: size_of::<EncapTmpl>(),
    prefix: "encap_",
    fields: &[
        Field::new("encap_type", offset_of!(EncapTmpl, encap_type), 2, AttrType::U16),
        Field::new("encap_sport", offset_of!(EncapTmpl, sport), 2, AttrType::Be16),
        Field::new("encap_dport", offset_of!(EncapTmpl, dport), 2, AttrType::Be16),
        Field::new("encap_oa", offset_of!(EncapTmpl, oa), 16, AttrType::Bytes),
    ],
};

/// `struct xfrm_replay_state`.
pub static REPLAY_STATE: StructSpec = StructSpec {
    name: "xfrm_replay_state",
    size: size_of::<ReplayState>(),
    prefix: "",
    fields: &[
        Field::new("oseq", 0, 4, AttrType::U32),
        Field::new("seq", 4, 4, AttrType::U32),
        Field::new("bitmap", 8, 4, AttrType::U32),
    ],
};

/// `struct xfrm_userpolicy_type`.
pub static USERPOLICY_TYPE: StructSpec = StructSpec {
    name: "xfrm_userpolicy_type",
    size: size_of::<UserpolicyType>(),
    prefix: "",
    fields: &[Field::new("type", 0, 1, AttrType::U8)],
};

/// `struct xfrm_user_offload`.
pub static USER_OFFLOAD: StructSpec = StructSpec {
    name: "xfrm_user_offload",
    size: size_of::<UserOffload>(),
    prefix: "",
    fields: &[Field::new("ifindex", 0, 4, AttrType::S32), Field::new("flags", 4, 1, AttrType::U8)],
};

/// `struct xfrm_address_filter`.
pub static ADDRESS_FILTER: StructSpec = StructSpec {
    name: "xfrm_address_filter",
    size: size_of::<AddressFilter>(),
    prefix: "",
    fields: &[
        Field::new("saddr", offset_of!(AddressFilter, saddr), 16, AttrType::Bytes),
        Field::new("daddr", offset_of!(AddressFilter, daddr), 16, AttrType::Bytes),
        Field::new("family", offset_of!(AddressFilter, family), 2, AttrType::U16),
        Field::new("splen", offset_of!(AddressFilter, splen), 1, AttrType::U8),
        Field::new("dplen", offset_of!(AddressFilter, dplen), 1, AttrType::U8),
    ],
};

/// `struct xfrm_lifetime_cur`'s times, for `XFRMA_LTIME_VAL`.
pub static LIFETIME_CUR: StructSpec = StructSpec {
    name: "xfrm_lifetime_cur",
    size: size_of::<LifetimeCur>(),
    prefix: "",
    fields: &[
        Field::new("bytes", 0, 8, AttrType::U64),
        Field::new("packets", 8, 8, AttrType::U64),
        Field::new("add_time", 16, 8, AttrType::U64),
        Field::new("use_time", 24, 8, AttrType::U64),
    ],
};

const _: () = assert!(size_of::<LifetimeCfg>() == 8 * size_of::<NeU64>());

/// `XFRMA_*`: the attributes of states and policies.
pub static XFRM_ATTRS: Space = Space {
    name: "xfrm-attrs",
    prefix: "XFRMA_",
    attrs: &[
        AttrSpec { id: xfrma::ALG_AUTH, name: "alg_auth", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::ALG_CRYPT, name: "alg_crypt", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::ALG_COMP, name: "alg_comp", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::ENCAP, name: "encap", ty: AttrType::Struct(&ENCAP_TMPL) },
        AttrSpec { id: xfrma::TMPL, name: "tmpl", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::SA, name: "sa", ty: AttrType::Struct(&USERSA_INFO) },
        AttrSpec { id: xfrma::POLICY, name: "policy", ty: AttrType::Struct(&USERPOLICY_INFO) },
        AttrSpec { id: xfrma::SEC_CTX, name: "sec_ctx", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::LTIME_VAL, name: "ltime_val", ty: AttrType::Struct(&LIFETIME_CUR) },
        AttrSpec { id: xfrma::REPLAY_VAL, name: "replay_val", ty: AttrType::Struct(&REPLAY_STATE) },
        AttrSpec { id: xfrma::REPLAY_THRESH, name: "replay_thresh", ty: AttrType::U32 },
        AttrSpec { id: xfrma::ETIMER_THRESH, name: "etimer_thresh", ty: AttrType::U32 },
        AttrSpec { id: xfrma::SRCADDR, name: "srcaddr", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::COADDR, name: "coaddr", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::LASTUSED, name: "lastused", ty: AttrType::U64 },
        AttrSpec { id: xfrma::POLICY_TYPE, name: "policy_type", ty: AttrType::Struct(&USERPOLICY_TYPE) },
        AttrSpec { id: xfrma::MIGRATE, name: "migrate", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::ALG_AEAD, name: "alg_aead", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::KMADDRESS, name: "kmaddress", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::ALG_AUTH_TRUNC, name: "alg_auth_trunc", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::MARK, name: "mark", ty: AttrType::Struct(&MARK) },
        AttrSpec { id: xfrma::TFCPAD, name: "tfcpad", ty: AttrType::U32 },
        AttrSpec { id: xfrma::REPLAY_ESN_VAL, name: "replay_esn_val", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::SA_EXTRA_FLAGS, name: "sa_extra_flags", ty: AttrType::U32 },
        AttrSpec { id: xfrma::PROTO, name: "proto", ty: AttrType::U8 },
        AttrSpec { id: xfrma::ADDRESS_FILTER, name: "address_filter", ty: AttrType::Struct(&ADDRESS_FILTER) },
        AttrSpec { id: xfrma::PAD, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: xfrma::OFFLOAD_DEV, name: "offload_dev", ty: AttrType::Struct(&USER_OFFLOAD) },
        AttrSpec { id: xfrma::SET_MARK, name: "set_mark", ty: AttrType::U32 },
        AttrSpec { id: xfrma::SET_MARK_MASK, name: "set_mark_mask", ty: AttrType::U32 },
        AttrSpec { id: xfrma::IF_ID, name: "if_id", ty: AttrType::U32 },
        AttrSpec { id: xfrma::MTIMER_THRESH, name: "mtimer_thresh", ty: AttrType::U32 },
    ],
    by_name: &XFRM_ATTRS_BY_NAME,
};

/// `XFRMA_SAD_*`: the attributes of `XFRM_MSG_NEWSADINFO`.
pub static SAD_ATTRS: Space = Space {
    name: "xfrm-sad-attrs",
    prefix: "XFRMA_SAD_",
    attrs: &[
        AttrSpec { id: super::sad::CNT, name: "cnt", ty: AttrType::U32 },
        AttrSpec { id: super::sad::HINFO, name: "hinfo", ty: AttrType::Bytes },
    ],
    by_name: &SAD_ATTRS_BY_NAME,
};

/// `XFRMA_SPD_*`: the attributes of `XFRM_MSG_NEWSPDINFO`.
pub static SPD_ATTRS: Space = Space {
    name: "xfrm-spd-attrs",
    prefix: "XFRMA_SPD_",
    attrs: &[
        AttrSpec { id: super::spd::INFO, name: "info", ty: AttrType::Bytes },
        AttrSpec { id: super::spd::HINFO, name: "hinfo", ty: AttrType::Bytes },
        AttrSpec { id: super::spd::IPV4_HTHRESH, name: "ipv4_hthresh", ty: AttrType::Bytes },
        AttrSpec { id: super::spd::IPV6_HTHRESH, name: "ipv6_hthresh", ty: AttrType::Bytes },
    ],
    by_name: &SPD_ATTRS_BY_NAME,
};

/// The name hash tables, as `spec::name_hash` places the names (checked by
/// a test that builds them again).
static XFRM_ATTRS_BY_NAME: [u16; 64] = [
    2, 0, 0, 1, 0, 0, 0, 0, 13, 23, 29, 31, 0, 7, 0, 0, 16, 20, 0, 0, 0, 0, 30, 0, 8, 3, 5, 19, 0, 0, 0, 0,
    10, 11, 12, 24, 14, 28, 25, 18, 6, 15, 21, 32, 4, 0, 0, 0, 0, 9, 0, 22, 17, 27, 0, 0, 0, 0, 0, 0, 0, 26,
    0, 0,
];
static SAD_ATTRS_BY_NAME: [u16; 4] = [0, 1, 0, 2];
static SPD_ATTRS_BY_NAME: [u16; 8] = [0, 0, 3, 4, 0, 1, 0, 2];

macro_rules! message_specs {
    ($($name:ident = $header:ident, $space:ident;)+) => {$(
        #[doc = concat!("Messages headed by `", stringify!($header), "`.")]
        pub static $name: MessageSpec = MessageSpec { family: "xfrm", header: &$header, space: &$space };
    )+};
}

message_specs! {
    SA_MESSAGE = USERSA_INFO, XFRM_ATTRS;
    SA_ID_MESSAGE = USERSA_ID, XFRM_ATTRS;
    POLICY_MESSAGE = USERPOLICY_INFO, XFRM_ATTRS;
    POLICY_ID_MESSAGE = USERPOLICY_ID, XFRM_ATTRS;
    FLUSH_SA_MESSAGE = USERSA_FLUSH, XFRM_ATTRS;
    HEADERLESS_MESSAGE = NO_HEADER, XFRM_ATTRS;
    SAD_MESSAGE = INFO_FLAGS, SAD_ATTRS;
    SPD_MESSAGE = INFO_FLAGS, SPD_ATTRS;
    DEFAULT_MESSAGE = USERPOLICY_DEFAULT, XFRM_ATTRS;
}

/// The message types of `NETLINK_XFRM` the core can decode, sorted by number.
pub static MESSAGE_TYPES: &[MessageType] = &[
    MessageType { kind: msg::NEWSA, name: "XFRM_MSG_NEWSA", spec: &SA_MESSAGE },
    MessageType { kind: msg::DELSA, name: "XFRM_MSG_DELSA", spec: &SA_ID_MESSAGE },
    MessageType { kind: msg::GETSA, name: "XFRM_MSG_GETSA", spec: &SA_ID_MESSAGE },
    MessageType { kind: msg::NEWPOLICY, name: "XFRM_MSG_NEWPOLICY", spec: &POLICY_MESSAGE },
    MessageType { kind: msg::DELPOLICY, name: "XFRM_MSG_DELPOLICY", spec: &POLICY_ID_MESSAGE },
    MessageType { kind: msg::GETPOLICY, name: "XFRM_MSG_GETPOLICY", spec: &POLICY_ID_MESSAGE },
    MessageType { kind: msg::UPDPOLICY, name: "XFRM_MSG_UPDPOLICY", spec: &POLICY_MESSAGE },
    MessageType { kind: msg::UPDSA, name: "XFRM_MSG_UPDSA", spec: &SA_MESSAGE },
    MessageType { kind: msg::FLUSHSA, name: "XFRM_MSG_FLUSHSA", spec: &FLUSH_SA_MESSAGE },
    MessageType { kind: msg::FLUSHPOLICY, name: "XFRM_MSG_FLUSHPOLICY", spec: &HEADERLESS_MESSAGE },
    MessageType { kind: msg::NEWSADINFO, name: "XFRM_MSG_NEWSADINFO", spec: &SAD_MESSAGE },
    MessageType { kind: msg::GETSADINFO, name: "XFRM_MSG_GETSADINFO", spec: &SAD_MESSAGE },
    MessageType { kind: msg::NEWSPDINFO, name: "XFRM_MSG_NEWSPDINFO", spec: &SPD_MESSAGE },
    MessageType { kind: msg::GETSPDINFO, name: "XFRM_MSG_GETSPDINFO", spec: &SPD_MESSAGE },
    MessageType { kind: msg::SETDEFAULT, name: "XFRM_MSG_SETDEFAULT", spec: &DEFAULT_MESSAGE },
    MessageType { kind: msg::GETDEFAULT, name: "XFRM_MSG_GETDEFAULT", spec: &DEFAULT_MESSAGE },
];

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use crate::spec::name_hash;
    use std::vec::Vec;

    /// The hash table `by_name` that the generator would write for `attrs`.
    fn table(attrs: &[AttrSpec], slots: usize) -> Vec<u16> {
        let mut t = std::vec![0u16; slots];
        for (i, a) in attrs.iter().enumerate() {
            let mut slot = name_hash(a.name) as usize & (slots - 1);
            while t[slot] != 0 {
                slot = (slot + 1) & (slots - 1);
            }
            t[slot] = i as u16 + 1;
        }
        t
    }

    #[test]
    fn the_name_tables_place_every_name() {
        assert_eq!(&XFRM_ATTRS_BY_NAME[..], &table(XFRM_ATTRS.attrs, 64)[..]);
        assert_eq!(&SAD_ATTRS_BY_NAME[..], &table(SAD_ATTRS.attrs, 4)[..]);
        assert_eq!(&SPD_ATTRS_BY_NAME[..], &table(SPD_ATTRS.attrs, 8)[..]);
        for a in XFRM_ATTRS.attrs {
            assert_eq!(XFRM_ATTRS.by_name(a.name).map(|b| b.id), Some(a.id), "{}", a.name);
        }
        assert_eq!(XFRM_ATTRS.by_name("XFRMA_IF_ID").map(|a| a.id), Some(xfrma::IF_ID));
    }

    #[test]
    fn the_types_are_sorted_and_their_headers_fit_the_structs() {
        assert!(MESSAGE_TYPES.windows(2).all(|w| w[0].kind < w[1].kind));
        for s in [&USERSA_INFO, &USERPOLICY_INFO, &USERSA_ID, &USERPOLICY_ID, &ENCAP_TMPL, &ADDRESS_FILTER] {
            assert!(s.fields.iter().all(|f| f.offset + f.len <= s.size), "{}", s.name);
        }
    }
}
