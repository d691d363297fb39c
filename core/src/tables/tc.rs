//! Tables of the `tc` netlink spec.
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
use crate::wire::{BeU16, BeU32, NeI16, NeI32, NeI64, NeU16, NeU32, NeU64};
use core::mem::{offset_of, size_of};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `struct tcmsg`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct Tcmsg {
    /// `family`.
    pub family: u8,
    /// `pad`.
    pub pad: [u8; 3],
    /// `ifindex`.
    pub ifindex: NeI32,
    /// `handle`.
    pub handle: NeU32,
    /// `parent`.
    pub parent: NeU32,
    /// `info`.
    pub info: NeU32,
}

/// Fields of [`Tcmsg`].
pub static TCMSG: StructSpec = StructSpec {
    name: "tcmsg",
    size: size_of::<Tcmsg>(),
    prefix: "",
    fields: &[
        Field::new("family", offset_of!(Tcmsg, family), size_of::<u8>(), AttrType::U8),
        Field::aliased("ifindex", "index", offset_of!(Tcmsg, ifindex), size_of::<NeI32>(), AttrType::S32),
        Field::new("handle", offset_of!(Tcmsg, handle), size_of::<NeU32>(), AttrType::U32),
        Field::new("parent", offset_of!(Tcmsg, parent), size_of::<NeU32>(), AttrType::U32),
        Field::new("info", offset_of!(Tcmsg, info), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// Bit names of `cls-flags`.
pub static CLS_FLAGS: &[(u32, &str)] =
    &[(1, "skip-hw"), (2, "skip-sw"), (4, "in-hw"), (8, "not-in-nw"), (16, "verbose")];

/// Bit masks of `cls-flags`.
pub mod cls_flags {
    /// `SKIP_HW`.
    pub const SKIP_HW: u32 = 1;
    /// `SKIP_SW`.
    pub const SKIP_SW: u32 = 2;
    /// `IN_HW`.
    pub const IN_HW: u32 = 4;
    /// `NOT_IN_NW`.
    pub const NOT_IN_NW: u32 = 8;
    /// `VERBOSE`.
    pub const VERBOSE: u32 = 16;
}

bitflags::bitflags! {
    /// The bits of `cls-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct ClsFlags: u32 {
        /// [`cls_flags::SKIP_HW`].
        const SKIP_HW = cls_flags::SKIP_HW;
        /// [`cls_flags::SKIP_SW`].
        const SKIP_SW = cls_flags::SKIP_SW;
        /// [`cls_flags::IN_HW`].
        const IN_HW = cls_flags::IN_HW;
        /// [`cls_flags::NOT_IN_NW`].
        const NOT_IN_NW = cls_flags::NOT_IN_NW;
        /// [`cls_flags::VERBOSE`].
        const VERBOSE = cls_flags::VERBOSE;
    }
}

/// Bit names of `flower-key-ctrl-flags`.
pub static FLOWER_KEY_CTRL_FLAGS: &[(u32, &str)] =
    &[(1, "frag"), (2, "firstfrag"), (4, "tuncsum"), (8, "tundf"), (16, "tunoam"), (32, "tuncrit")];

/// Bit masks of `flower-key-ctrl-flags`.
pub mod flower_key_ctrl_flags {
    /// `TCA_FLOWER_KEY_FLAGS_FRAG`.
    #[doc(alias = "TCA_FLOWER_KEY_FLAGS_FRAG")]
    pub const FRAG: u32 = 1;
    /// `TCA_FLOWER_KEY_FLAGS_FIRSTFRAG`.
    #[doc(alias = "TCA_FLOWER_KEY_FLAGS_FIRSTFRAG")]
    pub const FIRSTFRAG: u32 = 2;
    /// `TCA_FLOWER_KEY_FLAGS_TUNCSUM`.
    #[doc(alias = "TCA_FLOWER_KEY_FLAGS_TUNCSUM")]
    pub const TUNCSUM: u32 = 4;
    /// `TCA_FLOWER_KEY_FLAGS_TUNDF`.
    #[doc(alias = "TCA_FLOWER_KEY_FLAGS_TUNDF")]
    pub const TUNDF: u32 = 8;
    /// `TCA_FLOWER_KEY_FLAGS_TUNOAM`.
    #[doc(alias = "TCA_FLOWER_KEY_FLAGS_TUNOAM")]
    pub const TUNOAM: u32 = 16;
    /// `TCA_FLOWER_KEY_FLAGS_TUNCRIT`.
    #[doc(alias = "TCA_FLOWER_KEY_FLAGS_TUNCRIT")]
    pub const TUNCRIT: u32 = 32;
}

bitflags::bitflags! {
    /// The bits of `flower-key-ctrl-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct FlowerKeyCtrlFlags: u32 {
        /// [`flower_key_ctrl_flags::FRAG`].
        const FRAG = flower_key_ctrl_flags::FRAG;
        /// [`flower_key_ctrl_flags::FIRSTFRAG`].
        const FIRSTFRAG = flower_key_ctrl_flags::FIRSTFRAG;
        /// [`flower_key_ctrl_flags::TUNCSUM`].
        const TUNCSUM = flower_key_ctrl_flags::TUNCSUM;
        /// [`flower_key_ctrl_flags::TUNDF`].
        const TUNDF = flower_key_ctrl_flags::TUNDF;
        /// [`flower_key_ctrl_flags::TUNOAM`].
        const TUNOAM = flower_key_ctrl_flags::TUNOAM;
        /// [`flower_key_ctrl_flags::TUNCRIT`].
        const TUNCRIT = flower_key_ctrl_flags::TUNCRIT;
    }
}

/// Names of `dualpi2-drop-overload`.
pub static DUALPI2_DROP_OVERLOAD: &[(u32, &str)] = &[(0, "overflow"), (1, "drop")];

/// Values of `dualpi2-drop-overload`.
pub mod dualpi2_drop_overload {
    /// `OVERFLOW`.
    pub const OVERFLOW: u8 = 0;
    /// `DROP`.
    pub const DROP: u8 = 1;
}

/// Names of `dualpi2-drop-early`.
pub static DUALPI2_DROP_EARLY: &[(u32, &str)] = &[(0, "drop-dequeue"), (1, "drop-enqueue")];

/// Values of `dualpi2-drop-early`.
pub mod dualpi2_drop_early {
    /// `DROP_DEQUEUE`.
    pub const DROP_DEQUEUE: u8 = 0;
    /// `DROP_ENQUEUE`.
    pub const DROP_ENQUEUE: u8 = 1;
}

/// Names of `dualpi2-ecn-mask`.
pub static DUALPI2_ECN_MASK: &[(u32, &str)] = &[(1, "l4s-ect"), (2, "cla-ect"), (3, "any-ect")];

/// Values of `dualpi2-ecn-mask`.
pub mod dualpi2_ecn_mask {
    /// `L4S_ECT`.
    pub const L4S_ECT: u8 = 1;
    /// `CLA_ECT`.
    pub const CLA_ECT: u8 = 2;
    /// `ANY_ECT`.
    pub const ANY_ECT: u8 = 3;
}

/// Names of `dualpi2-split-gso`.
pub static DUALPI2_SPLIT_GSO: &[(u32, &str)] = &[(0, "no-split-gso"), (1, "split-gso")];

/// Values of `dualpi2-split-gso`.
pub mod dualpi2_split_gso {
    /// `NO_SPLIT_GSO`.
    pub const NO_SPLIT_GSO: u8 = 0;
    /// `SPLIT_GSO`.
    pub const SPLIT_GSO: u8 = 1;
}

/// `struct tc_stats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcStats {
    /// `bytes`.
    pub bytes: NeU64,
    /// `packets`.
    pub packets: NeU32,
    /// `drops`.
    pub drops: NeU32,
    /// `overlimits`.
    pub overlimits: NeU32,
    /// `bps`.
    pub bps: NeU32,
    /// `pps`.
    pub pps: NeU32,
    /// `qlen`.
    pub qlen: NeU32,
    /// `backlog`.
    pub backlog: NeU32,
    /// Padding the C compiler adds.
    pub hole1: [u8; 4],
}

/// Fields of [`TcStats`].
pub static TC_STATS: StructSpec = StructSpec {
    name: "tc_stats",
    size: size_of::<TcStats>(),
    prefix: "",
    fields: &[
        Field::new("bytes", offset_of!(TcStats, bytes), size_of::<NeU64>(), AttrType::U64),
        Field::new("packets", offset_of!(TcStats, packets), size_of::<NeU32>(), AttrType::U32),
        Field::new("drops", offset_of!(TcStats, drops), size_of::<NeU32>(), AttrType::U32),
        Field::new("overlimits", offset_of!(TcStats, overlimits), size_of::<NeU32>(), AttrType::U32),
        Field::new("bps", offset_of!(TcStats, bps), size_of::<NeU32>(), AttrType::U32),
        Field::new("pps", offset_of!(TcStats, pps), size_of::<NeU32>(), AttrType::U32),
        Field::new("qlen", offset_of!(TcStats, qlen), size_of::<NeU32>(), AttrType::U32),
        Field::new("backlog", offset_of!(TcStats, backlog), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_cbs_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcCbsQopt {
    /// `offload`.
    pub offload: u8,
    /// `pad`.
    pub pad: [u8; 3],
    /// `hicredit`.
    pub hicredit: NeI32,
    /// `locredit`.
    pub locredit: NeI32,
    /// `idleslope`.
    pub idleslope: NeI32,
    /// `sendslope`.
    pub sendslope: NeI32,
}

/// Fields of [`TcCbsQopt`].
pub static TC_CBS_QOPT: StructSpec = StructSpec {
    name: "tc_cbs_qopt",
    size: size_of::<TcCbsQopt>(),
    prefix: "",
    fields: &[
        Field::new("offload", offset_of!(TcCbsQopt, offload), size_of::<u8>(), AttrType::U8),
        Field::new("hicredit", offset_of!(TcCbsQopt, hicredit), size_of::<NeI32>(), AttrType::S32),
        Field::new("locredit", offset_of!(TcCbsQopt, locredit), size_of::<NeI32>(), AttrType::S32),
        Field::new("idleslope", offset_of!(TcCbsQopt, idleslope), size_of::<NeI32>(), AttrType::S32),
        Field::new("sendslope", offset_of!(TcCbsQopt, sendslope), size_of::<NeI32>(), AttrType::S32),
    ],
};

/// `struct tc_etf_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcEtfQopt {
    /// `delta`.
    pub delta: NeI32,
    /// `clockid`.
    pub clockid: NeI32,
    /// `flags`.
    pub flags: NeI32,
}

/// Fields of [`TcEtfQopt`].
pub static TC_ETF_QOPT: StructSpec = StructSpec {
    name: "tc_etf_qopt",
    size: size_of::<TcEtfQopt>(),
    prefix: "",
    fields: &[
        Field::new("delta", offset_of!(TcEtfQopt, delta), size_of::<NeI32>(), AttrType::S32),
        Field::new("clockid", offset_of!(TcEtfQopt, clockid), size_of::<NeI32>(), AttrType::S32),
        Field::new("flags", offset_of!(TcEtfQopt, flags), size_of::<NeI32>(), AttrType::S32),
    ],
};

/// `struct tc_fifo_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcFifoQopt {
    /// `limit`.
    pub limit: NeU32,
}

/// Fields of [`TcFifoQopt`].
pub static TC_FIFO_QOPT: StructSpec = StructSpec {
    name: "tc_fifo_qopt",
    size: size_of::<TcFifoQopt>(),
    prefix: "",
    fields: &[Field::new("limit", offset_of!(TcFifoQopt, limit), size_of::<NeU32>(), AttrType::U32)],
};

/// `struct tc_htb_opt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcHtbOpt {
    /// `rate`.
    pub rate: TcRatespec,
    /// `ceil`.
    pub ceil: TcRatespec,
    /// `buffer`.
    pub buffer: NeU32,
    /// `cbuffer`.
    pub cbuffer: NeU32,
    /// `quantum`.
    pub quantum: NeU32,
    /// `level`.
    pub level: NeU32,
    /// `prio`.
    pub prio: NeU32,
}

/// Fields of [`TcHtbOpt`].
pub static TC_HTB_OPT: StructSpec = StructSpec {
    name: "tc_htb_opt",
    size: size_of::<TcHtbOpt>(),
    prefix: "",
    fields: &[
        Field::new(
            "rate",
            offset_of!(TcHtbOpt, rate),
            size_of::<TcRatespec>(),
            AttrType::Struct(&TC_RATESPEC),
        ),
        Field::new(
            "ceil",
            offset_of!(TcHtbOpt, ceil),
            size_of::<TcRatespec>(),
            AttrType::Struct(&TC_RATESPEC),
        ),
        Field::new("buffer", offset_of!(TcHtbOpt, buffer), size_of::<NeU32>(), AttrType::U32),
        Field::new("cbuffer", offset_of!(TcHtbOpt, cbuffer), size_of::<NeU32>(), AttrType::U32),
        Field::new("quantum", offset_of!(TcHtbOpt, quantum), size_of::<NeU32>(), AttrType::U32),
        Field::new("level", offset_of!(TcHtbOpt, level), size_of::<NeU32>(), AttrType::U32),
        Field::new("prio", offset_of!(TcHtbOpt, prio), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_htb_glob`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcHtbGlob {
    /// `version`.
    pub version: NeU32,
    /// `rate2quantum`.
    pub rate2quantum: NeU32,
    /// `defcls`.
    pub defcls: NeU32,
    /// `debug`.
    pub debug: NeU32,
    /// `direct-pkts`.
    pub direct_pkts: NeU32,
}

/// Fields of [`TcHtbGlob`].
pub static TC_HTB_GLOB: StructSpec = StructSpec {
    name: "tc_htb_glob",
    size: size_of::<TcHtbGlob>(),
    prefix: "",
    fields: &[
        Field::new("version", offset_of!(TcHtbGlob, version), size_of::<NeU32>(), AttrType::U32),
        Field::new("rate2quantum", offset_of!(TcHtbGlob, rate2quantum), size_of::<NeU32>(), AttrType::U32),
        Field::new("defcls", offset_of!(TcHtbGlob, defcls), size_of::<NeU32>(), AttrType::U32),
        Field::new("debug", offset_of!(TcHtbGlob, debug), size_of::<NeU32>(), AttrType::U32),
        Field::new("direct_pkts", offset_of!(TcHtbGlob, direct_pkts), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_gred_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcGredQopt {
    /// `limit`.
    pub limit: NeU32,
    /// `qth-min`.
    pub qth_min: NeU32,
    /// `qth-max`.
    pub qth_max: NeU32,
    /// `DP`.
    pub dp: NeU32,
    /// `backlog`.
    pub backlog: NeU32,
    /// `qave`.
    pub qave: NeU32,
    /// `forced`.
    pub forced: NeU32,
    /// `early`.
    pub early: NeU32,
    /// `other`.
    pub other: NeU32,
    /// `pdrop`.
    pub pdrop: NeU32,
    /// `Wlog`.
    pub wlog: u8,
    /// `Plog`.
    pub plog: u8,
    /// `Scell-log`.
    pub scell_log: u8,
    /// `prio`.
    pub prio: u8,
    /// `packets`.
    pub packets: NeU32,
    /// `bytesin`.
    pub bytesin: NeU32,
}

/// Fields of [`TcGredQopt`].
pub static TC_GRED_QOPT: StructSpec = StructSpec {
    name: "tc_gred_qopt",
    size: size_of::<TcGredQopt>(),
    prefix: "",
    fields: &[
        Field::new("limit", offset_of!(TcGredQopt, limit), size_of::<NeU32>(), AttrType::U32),
        Field::new("qth_min", offset_of!(TcGredQopt, qth_min), size_of::<NeU32>(), AttrType::U32),
        Field::new("qth_max", offset_of!(TcGredQopt, qth_max), size_of::<NeU32>(), AttrType::U32),
        Field::new("dp", offset_of!(TcGredQopt, dp), size_of::<NeU32>(), AttrType::U32),
        Field::new("backlog", offset_of!(TcGredQopt, backlog), size_of::<NeU32>(), AttrType::U32),
        Field::new("qave", offset_of!(TcGredQopt, qave), size_of::<NeU32>(), AttrType::U32),
        Field::new("forced", offset_of!(TcGredQopt, forced), size_of::<NeU32>(), AttrType::U32),
        Field::new("early", offset_of!(TcGredQopt, early), size_of::<NeU32>(), AttrType::U32),
        Field::new("other", offset_of!(TcGredQopt, other), size_of::<NeU32>(), AttrType::U32),
        Field::new("pdrop", offset_of!(TcGredQopt, pdrop), size_of::<NeU32>(), AttrType::U32),
        Field::new("wlog", offset_of!(TcGredQopt, wlog), size_of::<u8>(), AttrType::U8),
        Field::new("plog", offset_of!(TcGredQopt, plog), size_of::<u8>(), AttrType::U8),
        Field::new("scell_log", offset_of!(TcGredQopt, scell_log), size_of::<u8>(), AttrType::U8),
        Field::new("prio", offset_of!(TcGredQopt, prio), size_of::<u8>(), AttrType::U8),
        Field::new("packets", offset_of!(TcGredQopt, packets), size_of::<NeU32>(), AttrType::U32),
        Field::new("bytesin", offset_of!(TcGredQopt, bytesin), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_gred_sopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcGredSopt {
    /// `DPs`.
    pub dps: NeU32,
    /// `def-DP`.
    pub def_dp: NeU32,
    /// `grio`.
    pub grio: u8,
    /// `flags`.
    pub flags: u8,
    /// `pad`.
    pub pad: [u8; 2],
}

/// Fields of [`TcGredSopt`].
pub static TC_GRED_SOPT: StructSpec = StructSpec {
    name: "tc_gred_sopt",
    size: size_of::<TcGredSopt>(),
    prefix: "",
    fields: &[
        Field::new("dps", offset_of!(TcGredSopt, dps), size_of::<NeU32>(), AttrType::U32),
        Field::new("def_dp", offset_of!(TcGredSopt, def_dp), size_of::<NeU32>(), AttrType::U32),
        Field::new("grio", offset_of!(TcGredSopt, grio), size_of::<u8>(), AttrType::U8),
        Field::new("flags", offset_of!(TcGredSopt, flags), size_of::<u8>(), AttrType::U8),
    ],
};

/// `struct tc_hfsc_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcHfscQopt {
    /// `defcls`.
    pub defcls: NeU16,
}

/// Fields of [`TcHfscQopt`].
pub static TC_HFSC_QOPT: StructSpec = StructSpec {
    name: "tc_hfsc_qopt",
    size: size_of::<TcHfscQopt>(),
    prefix: "",
    fields: &[Field::new("defcls", offset_of!(TcHfscQopt, defcls), size_of::<NeU16>(), AttrType::U16)],
};

/// `struct tc_mqprio_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcMqprioQopt {
    /// `num-tc`.
    pub num_tc: u8,
    /// `prio-tc-map`.
    pub prio_tc_map: [u8; 16],
    /// `hw`.
    pub hw: u8,
    /// `count`.
    pub count: [u8; 32],
    /// `offset`.
    pub offset: [u8; 32],
}

/// Fields of [`TcMqprioQopt`].
pub static TC_MQPRIO_QOPT: StructSpec = StructSpec {
    name: "tc_mqprio_qopt",
    size: size_of::<TcMqprioQopt>(),
    prefix: "",
    fields: &[
        Field::new("num_tc", offset_of!(TcMqprioQopt, num_tc), size_of::<u8>(), AttrType::U8),
        Field::new(
            "prio_tc_map",
            offset_of!(TcMqprioQopt, prio_tc_map),
            size_of::<[u8; 16]>(),
            AttrType::Bytes,
        ),
        Field::new("hw", offset_of!(TcMqprioQopt, hw), size_of::<u8>(), AttrType::U8),
        Field::new("count", offset_of!(TcMqprioQopt, count), size_of::<[u8; 32]>(), AttrType::Bytes),
        Field::new("offset", offset_of!(TcMqprioQopt, offset), size_of::<[u8; 32]>(), AttrType::Bytes),
    ],
};

/// `struct tc_multiq_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcMultiqQopt {
    /// `bands`.
    pub bands: NeU16,
    /// `max-bands`.
    pub max_bands: NeU16,
}

/// Fields of [`TcMultiqQopt`].
pub static TC_MULTIQ_QOPT: StructSpec = StructSpec {
    name: "tc_multiq_qopt",
    size: size_of::<TcMultiqQopt>(),
    prefix: "",
    fields: &[
        Field::new("bands", offset_of!(TcMultiqQopt, bands), size_of::<NeU16>(), AttrType::U16),
        Field::new("max_bands", offset_of!(TcMultiqQopt, max_bands), size_of::<NeU16>(), AttrType::U16),
    ],
};

/// `struct tc_netem_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcNetemQopt {
    /// `latency`.
    pub latency: NeU32,
    /// `limit`.
    pub limit: NeU32,
    /// `loss`.
    pub loss: NeU32,
    /// `gap`.
    pub gap: NeU32,
    /// `duplicate`.
    pub duplicate: NeU32,
    /// `jitter`.
    pub jitter: NeU32,
}

/// Fields of [`TcNetemQopt`].
pub static TC_NETEM_QOPT: StructSpec = StructSpec {
    name: "tc_netem_qopt",
    size: size_of::<TcNetemQopt>(),
    prefix: "",
    fields: &[
        Field::new("latency", offset_of!(TcNetemQopt, latency), size_of::<NeU32>(), AttrType::U32),
        Field::new("limit", offset_of!(TcNetemQopt, limit), size_of::<NeU32>(), AttrType::U32),
        Field::new("loss", offset_of!(TcNetemQopt, loss), size_of::<NeU32>(), AttrType::U32),
        Field::new("gap", offset_of!(TcNetemQopt, gap), size_of::<NeU32>(), AttrType::U32),
        Field::new("duplicate", offset_of!(TcNetemQopt, duplicate), size_of::<NeU32>(), AttrType::U32),
        Field::new("jitter", offset_of!(TcNetemQopt, jitter), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_netem_gimodel`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcNetemGimodel {
    /// `p13`.
    pub p13: NeU32,
    /// `p31`.
    pub p31: NeU32,
    /// `p32`.
    pub p32: NeU32,
    /// `p14`.
    pub p14: NeU32,
    /// `p23`.
    pub p23: NeU32,
}

/// Fields of [`TcNetemGimodel`].
pub static TC_NETEM_GIMODEL: StructSpec = StructSpec {
    name: "tc_netem_gimodel",
    size: size_of::<TcNetemGimodel>(),
    prefix: "",
    fields: &[
        Field::new("p13", offset_of!(TcNetemGimodel, p13), size_of::<NeU32>(), AttrType::U32),
        Field::new("p31", offset_of!(TcNetemGimodel, p31), size_of::<NeU32>(), AttrType::U32),
        Field::new("p32", offset_of!(TcNetemGimodel, p32), size_of::<NeU32>(), AttrType::U32),
        Field::new("p14", offset_of!(TcNetemGimodel, p14), size_of::<NeU32>(), AttrType::U32),
        Field::new("p23", offset_of!(TcNetemGimodel, p23), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_netem_gemodel`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcNetemGemodel {
    /// `p`.
    pub p: NeU32,
    /// `r`.
    pub r: NeU32,
    /// `h`.
    pub h: NeU32,
    /// `k1`.
    pub k1: NeU32,
}

/// Fields of [`TcNetemGemodel`].
pub static TC_NETEM_GEMODEL: StructSpec = StructSpec {
    name: "tc_netem_gemodel",
    size: size_of::<TcNetemGemodel>(),
    prefix: "",
    fields: &[
        Field::new("p", offset_of!(TcNetemGemodel, p), size_of::<NeU32>(), AttrType::U32),
        Field::new("r", offset_of!(TcNetemGemodel, r), size_of::<NeU32>(), AttrType::U32),
        Field::new("h", offset_of!(TcNetemGemodel, h), size_of::<NeU32>(), AttrType::U32),
        Field::new("k1", offset_of!(TcNetemGemodel, k1), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_netem_corr`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcNetemCorr {
    /// `delay-corr`.
    pub delay_corr: NeU32,
    /// `loss-corr`.
    pub loss_corr: NeU32,
    /// `dup-corr`.
    pub dup_corr: NeU32,
}

/// Fields of [`TcNetemCorr`].
pub static TC_NETEM_CORR: StructSpec = StructSpec {
    name: "tc_netem_corr",
    size: size_of::<TcNetemCorr>(),
    prefix: "",
    fields: &[
        Field::new("delay_corr", offset_of!(TcNetemCorr, delay_corr), size_of::<NeU32>(), AttrType::U32),
        Field::new("loss_corr", offset_of!(TcNetemCorr, loss_corr), size_of::<NeU32>(), AttrType::U32),
        Field::new("dup_corr", offset_of!(TcNetemCorr, dup_corr), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_netem_reorder`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcNetemReorder {
    /// `probability`.
    pub probability: NeU32,
    /// `correlation`.
    pub correlation: NeU32,
}

/// Fields of [`TcNetemReorder`].
pub static TC_NETEM_REORDER: StructSpec = StructSpec {
    name: "tc_netem_reorder",
    size: size_of::<TcNetemReorder>(),
    prefix: "",
    fields: &[
        Field::new("probability", offset_of!(TcNetemReorder, probability), size_of::<NeU32>(), AttrType::U32),
        Field::new("correlation", offset_of!(TcNetemReorder, correlation), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_netem_corrupt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcNetemCorrupt {
    /// `probability`.
    pub probability: NeU32,
    /// `correlation`.
    pub correlation: NeU32,
}

/// Fields of [`TcNetemCorrupt`].
pub static TC_NETEM_CORRUPT: StructSpec = StructSpec {
    name: "tc_netem_corrupt",
    size: size_of::<TcNetemCorrupt>(),
    prefix: "",
    fields: &[
        Field::new("probability", offset_of!(TcNetemCorrupt, probability), size_of::<NeU32>(), AttrType::U32),
        Field::new("correlation", offset_of!(TcNetemCorrupt, correlation), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_netem_rate`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcNetemRate {
    /// `rate`.
    pub rate: NeU32,
    /// `packet-overhead`.
    pub packet_overhead: NeI32,
    /// `cell-size`.
    pub cell_size: NeU32,
    /// `cell-overhead`.
    pub cell_overhead: NeI32,
}

/// Fields of [`TcNetemRate`].
pub static TC_NETEM_RATE: StructSpec = StructSpec {
    name: "tc_netem_rate",
    size: size_of::<TcNetemRate>(),
    prefix: "",
    fields: &[
        Field::new("rate", offset_of!(TcNetemRate, rate), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "packet_overhead",
            offset_of!(TcNetemRate, packet_overhead),
            size_of::<NeI32>(),
            AttrType::S32,
        ),
        Field::new("cell_size", offset_of!(TcNetemRate, cell_size), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "cell_overhead",
            offset_of!(TcNetemRate, cell_overhead),
            size_of::<NeI32>(),
            AttrType::S32,
        ),
    ],
};

/// `struct tc_netem_slot`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcNetemSlot {
    /// `min-delay`.
    pub min_delay: NeI64,
    /// `max-delay`.
    pub max_delay: NeI64,
    /// `max-packets`.
    pub max_packets: NeI32,
    /// `max-bytes`.
    pub max_bytes: NeI32,
    /// `dist-delay`.
    pub dist_delay: NeI64,
    /// `dist-jitter`.
    pub dist_jitter: NeI64,
}

/// Fields of [`TcNetemSlot`].
pub static TC_NETEM_SLOT: StructSpec = StructSpec {
    name: "tc_netem_slot",
    size: size_of::<TcNetemSlot>(),
    prefix: "",
    fields: &[
        Field::new("min_delay", offset_of!(TcNetemSlot, min_delay), size_of::<NeI64>(), AttrType::S64),
        Field::new("max_delay", offset_of!(TcNetemSlot, max_delay), size_of::<NeI64>(), AttrType::S64),
        Field::new("max_packets", offset_of!(TcNetemSlot, max_packets), size_of::<NeI32>(), AttrType::S32),
        Field::new("max_bytes", offset_of!(TcNetemSlot, max_bytes), size_of::<NeI32>(), AttrType::S32),
        Field::new("dist_delay", offset_of!(TcNetemSlot, dist_delay), size_of::<NeI64>(), AttrType::S64),
        Field::new("dist_jitter", offset_of!(TcNetemSlot, dist_jitter), size_of::<NeI64>(), AttrType::S64),
    ],
};

/// `struct tc_plug_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcPlugQopt {
    /// `action`.
    pub action: NeI32,
    /// `limit`.
    pub limit: NeU32,
}

/// Fields of [`TcPlugQopt`].
pub static TC_PLUG_QOPT: StructSpec = StructSpec {
    name: "tc_plug_qopt",
    size: size_of::<TcPlugQopt>(),
    prefix: "",
    fields: &[
        Field::new("action", offset_of!(TcPlugQopt, action), size_of::<NeI32>(), AttrType::S32),
        Field::new("limit", offset_of!(TcPlugQopt, limit), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_prio_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcPrioQopt {
    /// `bands`.
    pub bands: NeI32,
    /// `priomap`.
    pub priomap: [u8; 16],
}

/// Fields of [`TcPrioQopt`].
pub static TC_PRIO_QOPT: StructSpec = StructSpec {
    name: "tc_prio_qopt",
    size: size_of::<TcPrioQopt>(),
    prefix: "",
    fields: &[
        Field::new("bands", offset_of!(TcPrioQopt, bands), size_of::<NeI32>(), AttrType::S32),
        Field::new("priomap", offset_of!(TcPrioQopt, priomap), size_of::<[u8; 16]>(), AttrType::Bytes),
    ],
};

/// `struct tc_red_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcRedQopt {
    /// `limit`.
    pub limit: NeU32,
    /// `qth-min`.
    pub qth_min: NeU32,
    /// `qth-max`.
    pub qth_max: NeU32,
    /// `Wlog`.
    pub wlog: u8,
    /// `Plog`.
    pub plog: u8,
    /// `Scell-log`.
    pub scell_log: u8,
    /// `flags`.
    pub flags: u8,
}

/// Fields of [`TcRedQopt`].
pub static TC_RED_QOPT: StructSpec = StructSpec {
    name: "tc_red_qopt",
    size: size_of::<TcRedQopt>(),
    prefix: "",
    fields: &[
        Field::new("limit", offset_of!(TcRedQopt, limit), size_of::<NeU32>(), AttrType::U32),
        Field::new("qth_min", offset_of!(TcRedQopt, qth_min), size_of::<NeU32>(), AttrType::U32),
        Field::new("qth_max", offset_of!(TcRedQopt, qth_max), size_of::<NeU32>(), AttrType::U32),
        Field::new("wlog", offset_of!(TcRedQopt, wlog), size_of::<u8>(), AttrType::U8),
        Field::new("plog", offset_of!(TcRedQopt, plog), size_of::<u8>(), AttrType::U8),
        Field::new("scell_log", offset_of!(TcRedQopt, scell_log), size_of::<u8>(), AttrType::U8),
        Field::new("flags", offset_of!(TcRedQopt, flags), size_of::<u8>(), AttrType::U8),
    ],
};

/// `struct tc_sfb_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcSfbQopt {
    /// `rehash-interval`.
    pub rehash_interval: NeU32,
    /// `warmup-time`.
    pub warmup_time: NeU32,
    /// `max`.
    pub max: NeU32,
    /// `bin-size`.
    pub bin_size: NeU32,
    /// `increment`.
    pub increment: NeU32,
    /// `decrement`.
    pub decrement: NeU32,
    /// `limit`.
    pub limit: NeU32,
    /// `penalty-rate`.
    pub penalty_rate: NeU32,
    /// `penalty-burst`.
    pub penalty_burst: NeU32,
}

/// Fields of [`TcSfbQopt`].
pub static TC_SFB_QOPT: StructSpec = StructSpec {
    name: "tc_sfb_qopt",
    size: size_of::<TcSfbQopt>(),
    prefix: "",
    fields: &[
        Field::new(
            "rehash_interval",
            offset_of!(TcSfbQopt, rehash_interval),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("warmup_time", offset_of!(TcSfbQopt, warmup_time), size_of::<NeU32>(), AttrType::U32),
        Field::new("max", offset_of!(TcSfbQopt, max), size_of::<NeU32>(), AttrType::U32),
        Field::new("bin_size", offset_of!(TcSfbQopt, bin_size), size_of::<NeU32>(), AttrType::U32),
        Field::new("increment", offset_of!(TcSfbQopt, increment), size_of::<NeU32>(), AttrType::U32),
        Field::new("decrement", offset_of!(TcSfbQopt, decrement), size_of::<NeU32>(), AttrType::U32),
        Field::new("limit", offset_of!(TcSfbQopt, limit), size_of::<NeU32>(), AttrType::U32),
        Field::new("penalty_rate", offset_of!(TcSfbQopt, penalty_rate), size_of::<NeU32>(), AttrType::U32),
        Field::new("penalty_burst", offset_of!(TcSfbQopt, penalty_burst), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_sfq_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcSfqQopt {
    /// `quantum`.
    pub quantum: NeU32,
    /// `perturb-period`.
    pub perturb_period: NeI32,
    /// `limit`.
    pub limit: NeU32,
    /// `divisor`.
    pub divisor: NeU32,
    /// `flows`.
    pub flows: NeU32,
}

/// Fields of [`TcSfqQopt`].
pub static TC_SFQ_QOPT: StructSpec = StructSpec {
    name: "tc_sfq_qopt",
    size: size_of::<TcSfqQopt>(),
    prefix: "",
    fields: &[
        Field::new("quantum", offset_of!(TcSfqQopt, quantum), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "perturb_period",
            offset_of!(TcSfqQopt, perturb_period),
            size_of::<NeI32>(),
            AttrType::S32,
        ),
        Field::new("limit", offset_of!(TcSfqQopt, limit), size_of::<NeU32>(), AttrType::U32),
        Field::new("divisor", offset_of!(TcSfqQopt, divisor), size_of::<NeU32>(), AttrType::U32),
        Field::new("flows", offset_of!(TcSfqQopt, flows), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_sfqred_stats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcSfqredStats {
    /// `prob-drop`.
    pub prob_drop: NeU32,
    /// `forced-drop`.
    pub forced_drop: NeU32,
    /// `prob-mark`.
    pub prob_mark: NeU32,
    /// `forced-mark`.
    pub forced_mark: NeU32,
    /// `prob-mark-head`.
    pub prob_mark_head: NeU32,
    /// `forced-mark-head`.
    pub forced_mark_head: NeU32,
}

/// Fields of [`TcSfqredStats`].
pub static TC_SFQRED_STATS: StructSpec = StructSpec {
    name: "tc_sfqred_stats",
    size: size_of::<TcSfqredStats>(),
    prefix: "",
    fields: &[
        Field::new("prob_drop", offset_of!(TcSfqredStats, prob_drop), size_of::<NeU32>(), AttrType::U32),
        Field::new("forced_drop", offset_of!(TcSfqredStats, forced_drop), size_of::<NeU32>(), AttrType::U32),
        Field::new("prob_mark", offset_of!(TcSfqredStats, prob_mark), size_of::<NeU32>(), AttrType::U32),
        Field::new("forced_mark", offset_of!(TcSfqredStats, forced_mark), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "prob_mark_head",
            offset_of!(TcSfqredStats, prob_mark_head),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "forced_mark_head",
            offset_of!(TcSfqredStats, forced_mark_head),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
    ],
};

/// `struct tc_sfq_qopt_v1`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcSfqQoptV1 {
    /// `v0`.
    pub v0: TcSfqQopt,
    /// `depth`.
    pub depth: NeU32,
    /// `headdrop`.
    pub headdrop: NeU32,
    /// `limit`.
    pub limit: NeU32,
    /// `qth-min`.
    pub qth_min: NeU32,
    /// `qth-max`.
    pub qth_max: NeU32,
    /// `Wlog`.
    pub wlog: u8,
    /// `Plog`.
    pub plog: u8,
    /// `Scell-log`.
    pub scell_log: u8,
    /// `flags`.
    pub flags: u8,
    /// `max-P`.
    pub max_p: NeU32,
    /// `stats`.
    pub stats: TcSfqredStats,
}

/// Fields of [`TcSfqQoptV1`].
pub static TC_SFQ_QOPT_V1: StructSpec = StructSpec {
    name: "tc_sfq_qopt_v1",
    size: size_of::<TcSfqQoptV1>(),
    prefix: "",
    fields: &[
        Field::new("v0", offset_of!(TcSfqQoptV1, v0), size_of::<TcSfqQopt>(), AttrType::Struct(&TC_SFQ_QOPT)),
        Field::new("depth", offset_of!(TcSfqQoptV1, depth), size_of::<NeU32>(), AttrType::U32),
        Field::new("headdrop", offset_of!(TcSfqQoptV1, headdrop), size_of::<NeU32>(), AttrType::U32),
        Field::new("limit", offset_of!(TcSfqQoptV1, limit), size_of::<NeU32>(), AttrType::U32),
        Field::new("qth_min", offset_of!(TcSfqQoptV1, qth_min), size_of::<NeU32>(), AttrType::U32),
        Field::new("qth_max", offset_of!(TcSfqQoptV1, qth_max), size_of::<NeU32>(), AttrType::U32),
        Field::new("wlog", offset_of!(TcSfqQoptV1, wlog), size_of::<u8>(), AttrType::U8),
        Field::new("plog", offset_of!(TcSfqQoptV1, plog), size_of::<u8>(), AttrType::U8),
        Field::new("scell_log", offset_of!(TcSfqQoptV1, scell_log), size_of::<u8>(), AttrType::U8),
        Field::new("flags", offset_of!(TcSfqQoptV1, flags), size_of::<u8>(), AttrType::U8),
        Field::new("max_p", offset_of!(TcSfqQoptV1, max_p), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "stats",
            offset_of!(TcSfqQoptV1, stats),
            size_of::<TcSfqredStats>(),
            AttrType::Struct(&TC_SFQRED_STATS),
        ),
    ],
};

/// `struct tc_ratespec`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcRatespec {
    /// `cell-log`.
    pub cell_log: u8,
    /// `linklayer`.
    pub linklayer: u8,
    /// `overhead`.
    pub overhead: NeU16,
    /// `cell-align`.
    pub cell_align: NeI16,
    /// `mpu`.
    pub mpu: NeU16,
    /// `rate`.
    pub rate: NeU32,
}

/// Fields of [`TcRatespec`].
pub static TC_RATESPEC: StructSpec = StructSpec {
    name: "tc_ratespec",
    size: size_of::<TcRatespec>(),
    prefix: "",
    fields: &[
        Field::new("cell_log", offset_of!(TcRatespec, cell_log), size_of::<u8>(), AttrType::U8),
        Field::new("linklayer", offset_of!(TcRatespec, linklayer), size_of::<u8>(), AttrType::U8),
        Field::new("overhead", offset_of!(TcRatespec, overhead), size_of::<NeU16>(), AttrType::U16),
        Field::new("cell_align", offset_of!(TcRatespec, cell_align), size_of::<NeI16>(), AttrType::S16),
        Field::new("mpu", offset_of!(TcRatespec, mpu), size_of::<NeU16>(), AttrType::U16),
        Field::new("rate", offset_of!(TcRatespec, rate), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_tbf_qopt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcTbfQopt {
    /// `rate`.
    pub rate: TcRatespec,
    /// `peakrate`.
    pub peakrate: TcRatespec,
    /// `limit`.
    pub limit: NeU32,
    /// `buffer`.
    pub buffer: NeU32,
    /// `mtu`.
    pub mtu: NeU32,
}

/// Fields of [`TcTbfQopt`].
pub static TC_TBF_QOPT: StructSpec = StructSpec {
    name: "tc_tbf_qopt",
    size: size_of::<TcTbfQopt>(),
    prefix: "",
    fields: &[
        Field::new(
            "rate",
            offset_of!(TcTbfQopt, rate),
            size_of::<TcRatespec>(),
            AttrType::Struct(&TC_RATESPEC),
        ),
        Field::new(
            "peakrate",
            offset_of!(TcTbfQopt, peakrate),
            size_of::<TcRatespec>(),
            AttrType::Struct(&TC_RATESPEC),
        ),
        Field::new("limit", offset_of!(TcTbfQopt, limit), size_of::<NeU32>(), AttrType::U32),
        Field::new("buffer", offset_of!(TcTbfQopt, buffer), size_of::<NeU32>(), AttrType::U32),
        Field::new("mtu", offset_of!(TcTbfQopt, mtu), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_sizespec`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcSizespec {
    /// `cell-log`.
    pub cell_log: u8,
    /// `size-log`.
    pub size_log: u8,
    /// `cell-align`.
    pub cell_align: NeI16,
    /// `overhead`.
    pub overhead: NeI32,
    /// `linklayer`.
    pub linklayer: NeU32,
    /// `mpu`.
    pub mpu: NeU32,
    /// `mtu`.
    pub mtu: NeU32,
    /// `tsize`.
    pub tsize: NeU32,
}

/// Fields of [`TcSizespec`].
pub static TC_SIZESPEC: StructSpec = StructSpec {
    name: "tc_sizespec",
    size: size_of::<TcSizespec>(),
    prefix: "",
    fields: &[
        Field::new("cell_log", offset_of!(TcSizespec, cell_log), size_of::<u8>(), AttrType::U8),
        Field::new("size_log", offset_of!(TcSizespec, size_log), size_of::<u8>(), AttrType::U8),
        Field::new("cell_align", offset_of!(TcSizespec, cell_align), size_of::<NeI16>(), AttrType::S16),
        Field::new("overhead", offset_of!(TcSizespec, overhead), size_of::<NeI32>(), AttrType::S32),
        Field::new("linklayer", offset_of!(TcSizespec, linklayer), size_of::<NeU32>(), AttrType::U32),
        Field::new("mpu", offset_of!(TcSizespec, mpu), size_of::<NeU32>(), AttrType::U32),
        Field::new("mtu", offset_of!(TcSizespec, mtu), size_of::<NeU32>(), AttrType::U32),
        Field::new("tsize", offset_of!(TcSizespec, tsize), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct gnet_estimator`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct GnetEstimator {
    /// `interval`.
    pub interval: i8,
    /// `ewma-log`.
    pub ewma_log: u8,
}

/// Fields of [`GnetEstimator`].
pub static GNET_ESTIMATOR: StructSpec = StructSpec {
    name: "gnet_estimator",
    size: size_of::<GnetEstimator>(),
    prefix: "",
    fields: &[
        Field::new("interval", offset_of!(GnetEstimator, interval), size_of::<i8>(), AttrType::S8),
        Field::new("ewma_log", offset_of!(GnetEstimator, ewma_log), size_of::<u8>(), AttrType::U8),
    ],
};

/// `struct tc_choke_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcChokeXstats {
    /// `early`.
    pub early: NeU32,
    /// `pdrop`.
    pub pdrop: NeU32,
    /// `other`.
    pub other: NeU32,
    /// `marked`.
    pub marked: NeU32,
    /// `matched`.
    pub matched: NeU32,
}

/// Fields of [`TcChokeXstats`].
pub static TC_CHOKE_XSTATS: StructSpec = StructSpec {
    name: "tc_choke_xstats",
    size: size_of::<TcChokeXstats>(),
    prefix: "",
    fields: &[
        Field::new("early", offset_of!(TcChokeXstats, early), size_of::<NeU32>(), AttrType::U32),
        Field::new("pdrop", offset_of!(TcChokeXstats, pdrop), size_of::<NeU32>(), AttrType::U32),
        Field::new("other", offset_of!(TcChokeXstats, other), size_of::<NeU32>(), AttrType::U32),
        Field::new("marked", offset_of!(TcChokeXstats, marked), size_of::<NeU32>(), AttrType::U32),
        Field::new("matched", offset_of!(TcChokeXstats, matched), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_codel_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcCodelXstats {
    /// `maxpacket`.
    pub maxpacket: NeU32,
    /// `count`.
    pub count: NeU32,
    /// `lastcount`.
    pub lastcount: NeU32,
    /// `ldelay`.
    pub ldelay: NeU32,
    /// `drop-next`.
    pub drop_next: NeI32,
    /// `drop-overlimit`.
    pub drop_overlimit: NeU32,
    /// `ecn-mark`.
    pub ecn_mark: NeU32,
    /// `dropping`.
    pub dropping: NeU32,
    /// `ce-mark`.
    pub ce_mark: NeU32,
}

/// Fields of [`TcCodelXstats`].
pub static TC_CODEL_XSTATS: StructSpec = StructSpec {
    name: "tc_codel_xstats",
    size: size_of::<TcCodelXstats>(),
    prefix: "",
    fields: &[
        Field::new("maxpacket", offset_of!(TcCodelXstats, maxpacket), size_of::<NeU32>(), AttrType::U32),
        Field::new("count", offset_of!(TcCodelXstats, count), size_of::<NeU32>(), AttrType::U32),
        Field::new("lastcount", offset_of!(TcCodelXstats, lastcount), size_of::<NeU32>(), AttrType::U32),
        Field::new("ldelay", offset_of!(TcCodelXstats, ldelay), size_of::<NeU32>(), AttrType::U32),
        Field::new("drop_next", offset_of!(TcCodelXstats, drop_next), size_of::<NeI32>(), AttrType::S32),
        Field::new(
            "drop_overlimit",
            offset_of!(TcCodelXstats, drop_overlimit),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("ecn_mark", offset_of!(TcCodelXstats, ecn_mark), size_of::<NeU32>(), AttrType::U32),
        Field::new("dropping", offset_of!(TcCodelXstats, dropping), size_of::<NeU32>(), AttrType::U32),
        Field::new("ce_mark", offset_of!(TcCodelXstats, ce_mark), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_fq_codel_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcFqCodelXstats {
    /// `type`.
    pub r#type: NeU32,
    /// `maxpacket`.
    pub maxpacket: NeU32,
    /// `drop-overlimit`.
    pub drop_overlimit: NeU32,
    /// `ecn-mark`.
    pub ecn_mark: NeU32,
    /// `new-flow-count`.
    pub new_flow_count: NeU32,
    /// `new-flows-len`.
    pub new_flows_len: NeU32,
    /// `old-flows-len`.
    pub old_flows_len: NeU32,
    /// `ce-mark`.
    pub ce_mark: NeU32,
    /// `memory-usage`.
    pub memory_usage: NeU32,
    /// `drop-overmemory`.
    pub drop_overmemory: NeU32,
}

/// Fields of [`TcFqCodelXstats`].
pub static TC_FQ_CODEL_XSTATS: StructSpec = StructSpec {
    name: "tc_fq_codel_xstats",
    size: size_of::<TcFqCodelXstats>(),
    prefix: "",
    fields: &[
        Field::new("type", offset_of!(TcFqCodelXstats, r#type), size_of::<NeU32>(), AttrType::U32),
        Field::new("maxpacket", offset_of!(TcFqCodelXstats, maxpacket), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "drop_overlimit",
            offset_of!(TcFqCodelXstats, drop_overlimit),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("ecn_mark", offset_of!(TcFqCodelXstats, ecn_mark), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "new_flow_count",
            offset_of!(TcFqCodelXstats, new_flow_count),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "new_flows_len",
            offset_of!(TcFqCodelXstats, new_flows_len),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "old_flows_len",
            offset_of!(TcFqCodelXstats, old_flows_len),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("ce_mark", offset_of!(TcFqCodelXstats, ce_mark), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "memory_usage",
            offset_of!(TcFqCodelXstats, memory_usage),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "drop_overmemory",
            offset_of!(TcFqCodelXstats, drop_overmemory),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
    ],
};

/// `struct tc_dualpi2_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcDualpi2Xstats {
    /// `prob`.
    pub prob: NeU32,
    /// `delay-c`.
    pub delay_c: NeU32,
    /// `delay-l`.
    pub delay_l: NeU32,
    /// `pkts-in-c`.
    pub pkts_in_c: NeU32,
    /// `pkts-in-l`.
    pub pkts_in_l: NeU32,
    /// `maxq`.
    pub maxq: NeU32,
    /// `ecn-mark`.
    pub ecn_mark: NeU32,
    /// `step-mark`.
    pub step_mark: NeU32,
    /// `credit`.
    pub credit: NeI32,
    /// `memory-used`.
    pub memory_used: NeU32,
    /// `max-memory-used`.
    pub max_memory_used: NeU32,
    /// `memory-limit`.
    pub memory_limit: NeU32,
}

/// Fields of [`TcDualpi2Xstats`].
pub static TC_DUALPI2_XSTATS: StructSpec = StructSpec {
    name: "tc_dualpi2_xstats",
    size: size_of::<TcDualpi2Xstats>(),
    prefix: "",
    fields: &[
        Field::new("prob", offset_of!(TcDualpi2Xstats, prob), size_of::<NeU32>(), AttrType::U32),
        Field::new("delay_c", offset_of!(TcDualpi2Xstats, delay_c), size_of::<NeU32>(), AttrType::U32),
        Field::new("delay_l", offset_of!(TcDualpi2Xstats, delay_l), size_of::<NeU32>(), AttrType::U32),
        Field::new("pkts_in_c", offset_of!(TcDualpi2Xstats, pkts_in_c), size_of::<NeU32>(), AttrType::U32),
        Field::new("pkts_in_l", offset_of!(TcDualpi2Xstats, pkts_in_l), size_of::<NeU32>(), AttrType::U32),
        Field::new("maxq", offset_of!(TcDualpi2Xstats, maxq), size_of::<NeU32>(), AttrType::U32),
        Field::new("ecn_mark", offset_of!(TcDualpi2Xstats, ecn_mark), size_of::<NeU32>(), AttrType::U32),
        Field::new("step_mark", offset_of!(TcDualpi2Xstats, step_mark), size_of::<NeU32>(), AttrType::U32),
        Field::new("credit", offset_of!(TcDualpi2Xstats, credit), size_of::<NeI32>(), AttrType::S32),
        Field::new(
            "memory_used",
            offset_of!(TcDualpi2Xstats, memory_used),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "max_memory_used",
            offset_of!(TcDualpi2Xstats, max_memory_used),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "memory_limit",
            offset_of!(TcDualpi2Xstats, memory_limit),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
    ],
};

/// `struct tc_fq_pie_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcFqPieXstats {
    /// `packets-in`.
    pub packets_in: NeU32,
    /// `dropped`.
    pub dropped: NeU32,
    /// `overlimit`.
    pub overlimit: NeU32,
    /// `overmemory`.
    pub overmemory: NeU32,
    /// `ecn-mark`.
    pub ecn_mark: NeU32,
    /// `new-flow-count`.
    pub new_flow_count: NeU32,
    /// `new-flows-len`.
    pub new_flows_len: NeU32,
    /// `old-flows-len`.
    pub old_flows_len: NeU32,
    /// `memory-usage`.
    pub memory_usage: NeU32,
}

/// Fields of [`TcFqPieXstats`].
pub static TC_FQ_PIE_XSTATS: StructSpec = StructSpec {
    name: "tc_fq_pie_xstats",
    size: size_of::<TcFqPieXstats>(),
    prefix: "",
    fields: &[
        Field::new("packets_in", offset_of!(TcFqPieXstats, packets_in), size_of::<NeU32>(), AttrType::U32),
        Field::new("dropped", offset_of!(TcFqPieXstats, dropped), size_of::<NeU32>(), AttrType::U32),
        Field::new("overlimit", offset_of!(TcFqPieXstats, overlimit), size_of::<NeU32>(), AttrType::U32),
        Field::new("overmemory", offset_of!(TcFqPieXstats, overmemory), size_of::<NeU32>(), AttrType::U32),
        Field::new("ecn_mark", offset_of!(TcFqPieXstats, ecn_mark), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "new_flow_count",
            offset_of!(TcFqPieXstats, new_flow_count),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "new_flows_len",
            offset_of!(TcFqPieXstats, new_flows_len),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "old_flows_len",
            offset_of!(TcFqPieXstats, old_flows_len),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "memory_usage",
            offset_of!(TcFqPieXstats, memory_usage),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
    ],
};

/// `struct tc_fq_qd_stats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcFqQdStats {
    /// `gc-flows`.
    pub gc_flows: NeU64,
    /// `highprio-packets`.
    pub highprio_packets: NeU64,
    /// `tcp-retrans`.
    pub tcp_retrans: NeU64,
    /// `throttled`.
    pub throttled: NeU64,
    /// `flows-plimit`.
    pub flows_plimit: NeU64,
    /// `pkts-too-long`.
    pub pkts_too_long: NeU64,
    /// `allocation-errors`.
    pub allocation_errors: NeU64,
    /// `time-next-delayed-flow`.
    pub time_next_delayed_flow: NeI64,
    /// `flows`.
    pub flows: NeU32,
    /// `inactive-flows`.
    pub inactive_flows: NeU32,
    /// `throttled-flows`.
    pub throttled_flows: NeU32,
    /// `unthrottle-latency-ns`.
    pub unthrottle_latency_ns: NeU32,
    /// `ce-mark`.
    pub ce_mark: NeU64,
    /// `horizon-drops`.
    pub horizon_drops: NeU64,
    /// `horizon-caps`.
    pub horizon_caps: NeU64,
    /// `fastpath-packets`.
    pub fastpath_packets: NeU64,
    /// `band-drops`.
    pub band_drops: [u8; 24],
    /// `band-pkt-count`.
    pub band_pkt_count: [u8; 12],
    /// `pad`.
    pub pad: [u8; 4],
}

/// Fields of [`TcFqQdStats`].
pub static TC_FQ_QD_STATS: StructSpec = StructSpec {
    name: "tc_fq_qd_stats",
    size: size_of::<TcFqQdStats>(),
    prefix: "",
    fields: &[
        Field::new("gc_flows", offset_of!(TcFqQdStats, gc_flows), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "highprio_packets",
            offset_of!(TcFqQdStats, highprio_packets),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("tcp_retrans", offset_of!(TcFqQdStats, tcp_retrans), size_of::<NeU64>(), AttrType::U64),
        Field::new("throttled", offset_of!(TcFqQdStats, throttled), size_of::<NeU64>(), AttrType::U64),
        Field::new("flows_plimit", offset_of!(TcFqQdStats, flows_plimit), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "pkts_too_long",
            offset_of!(TcFqQdStats, pkts_too_long),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "allocation_errors",
            offset_of!(TcFqQdStats, allocation_errors),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new(
            "time_next_delayed_flow",
            offset_of!(TcFqQdStats, time_next_delayed_flow),
            size_of::<NeI64>(),
            AttrType::S64,
        ),
        Field::new("flows", offset_of!(TcFqQdStats, flows), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "inactive_flows",
            offset_of!(TcFqQdStats, inactive_flows),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "throttled_flows",
            offset_of!(TcFqQdStats, throttled_flows),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new(
            "unthrottle_latency_ns",
            offset_of!(TcFqQdStats, unthrottle_latency_ns),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("ce_mark", offset_of!(TcFqQdStats, ce_mark), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "horizon_drops",
            offset_of!(TcFqQdStats, horizon_drops),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("horizon_caps", offset_of!(TcFqQdStats, horizon_caps), size_of::<NeU64>(), AttrType::U64),
        Field::new(
            "fastpath_packets",
            offset_of!(TcFqQdStats, fastpath_packets),
            size_of::<NeU64>(),
            AttrType::U64,
        ),
        Field::new("band_drops", offset_of!(TcFqQdStats, band_drops), size_of::<[u8; 24]>(), AttrType::Bytes),
        Field::new(
            "band_pkt_count",
            offset_of!(TcFqQdStats, band_pkt_count),
            size_of::<[u8; 12]>(),
            AttrType::Bytes,
        ),
    ],
};

/// `struct tc_hhf_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcHhfXstats {
    /// `drop-overlimit`.
    pub drop_overlimit: NeU32,
    /// `hh-overlimit`.
    pub hh_overlimit: NeU32,
    /// `hh-tot-count`.
    pub hh_tot_count: NeU32,
    /// `hh-cur-count`.
    pub hh_cur_count: NeU32,
}

/// Fields of [`TcHhfXstats`].
pub static TC_HHF_XSTATS: StructSpec = StructSpec {
    name: "tc_hhf_xstats",
    size: size_of::<TcHhfXstats>(),
    prefix: "",
    fields: &[
        Field::new(
            "drop_overlimit",
            offset_of!(TcHhfXstats, drop_overlimit),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("hh_overlimit", offset_of!(TcHhfXstats, hh_overlimit), size_of::<NeU32>(), AttrType::U32),
        Field::new("hh_tot_count", offset_of!(TcHhfXstats, hh_tot_count), size_of::<NeU32>(), AttrType::U32),
        Field::new("hh_cur_count", offset_of!(TcHhfXstats, hh_cur_count), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_pie_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcPieXstats {
    /// `prob`.
    pub prob: NeU64,
    /// `delay`.
    pub delay: NeU32,
    /// `avg-dq-rate`.
    pub avg_dq_rate: NeU32,
    /// `dq-rate-estimating`.
    pub dq_rate_estimating: NeU32,
    /// `packets-in`.
    pub packets_in: NeU32,
    /// `dropped`.
    pub dropped: NeU32,
    /// `overlimit`.
    pub overlimit: NeU32,
    /// `maxq`.
    pub maxq: NeU32,
    /// `ecn-mark`.
    pub ecn_mark: NeU32,
}

/// Fields of [`TcPieXstats`].
pub static TC_PIE_XSTATS: StructSpec = StructSpec {
    name: "tc_pie_xstats",
    size: size_of::<TcPieXstats>(),
    prefix: "",
    fields: &[
        Field::new("prob", offset_of!(TcPieXstats, prob), size_of::<NeU64>(), AttrType::U64),
        Field::new("delay", offset_of!(TcPieXstats, delay), size_of::<NeU32>(), AttrType::U32),
        Field::new("avg_dq_rate", offset_of!(TcPieXstats, avg_dq_rate), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "dq_rate_estimating",
            offset_of!(TcPieXstats, dq_rate_estimating),
            size_of::<NeU32>(),
            AttrType::U32,
        ),
        Field::new("packets_in", offset_of!(TcPieXstats, packets_in), size_of::<NeU32>(), AttrType::U32),
        Field::new("dropped", offset_of!(TcPieXstats, dropped), size_of::<NeU32>(), AttrType::U32),
        Field::new("overlimit", offset_of!(TcPieXstats, overlimit), size_of::<NeU32>(), AttrType::U32),
        Field::new("maxq", offset_of!(TcPieXstats, maxq), size_of::<NeU32>(), AttrType::U32),
        Field::new("ecn_mark", offset_of!(TcPieXstats, ecn_mark), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_red_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcRedXstats {
    /// `early`.
    pub early: NeU32,
    /// `pdrop`.
    pub pdrop: NeU32,
    /// `other`.
    pub other: NeU32,
    /// `marked`.
    pub marked: NeU32,
}

/// Fields of [`TcRedXstats`].
pub static TC_RED_XSTATS: StructSpec = StructSpec {
    name: "tc_red_xstats",
    size: size_of::<TcRedXstats>(),
    prefix: "",
    fields: &[
        Field::new("early", offset_of!(TcRedXstats, early), size_of::<NeU32>(), AttrType::U32),
        Field::new("pdrop", offset_of!(TcRedXstats, pdrop), size_of::<NeU32>(), AttrType::U32),
        Field::new("other", offset_of!(TcRedXstats, other), size_of::<NeU32>(), AttrType::U32),
        Field::new("marked", offset_of!(TcRedXstats, marked), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_sfb_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcSfbXstats {
    /// `earlydrop`.
    pub earlydrop: NeU32,
    /// `penaltydrop`.
    pub penaltydrop: NeU32,
    /// `bucketdrop`.
    pub bucketdrop: NeU32,
    /// `queuedrop`.
    pub queuedrop: NeU32,
    /// `childdrop`.
    pub childdrop: NeU32,
    /// `marked`.
    pub marked: NeU32,
    /// `maxqlen`.
    pub maxqlen: NeU32,
    /// `maxprob`.
    pub maxprob: NeU32,
    /// `avgprob`.
    pub avgprob: NeU32,
}

/// Fields of [`TcSfbXstats`].
pub static TC_SFB_XSTATS: StructSpec = StructSpec {
    name: "tc_sfb_xstats",
    size: size_of::<TcSfbXstats>(),
    prefix: "",
    fields: &[
        Field::new("earlydrop", offset_of!(TcSfbXstats, earlydrop), size_of::<NeU32>(), AttrType::U32),
        Field::new("penaltydrop", offset_of!(TcSfbXstats, penaltydrop), size_of::<NeU32>(), AttrType::U32),
        Field::new("bucketdrop", offset_of!(TcSfbXstats, bucketdrop), size_of::<NeU32>(), AttrType::U32),
        Field::new("queuedrop", offset_of!(TcSfbXstats, queuedrop), size_of::<NeU32>(), AttrType::U32),
        Field::new("childdrop", offset_of!(TcSfbXstats, childdrop), size_of::<NeU32>(), AttrType::U32),
        Field::new("marked", offset_of!(TcSfbXstats, marked), size_of::<NeU32>(), AttrType::U32),
        Field::new("maxqlen", offset_of!(TcSfbXstats, maxqlen), size_of::<NeU32>(), AttrType::U32),
        Field::new("maxprob", offset_of!(TcSfbXstats, maxprob), size_of::<NeU32>(), AttrType::U32),
        Field::new("avgprob", offset_of!(TcSfbXstats, avgprob), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_sfq_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcSfqXstats {
    /// `allot`.
    pub allot: NeI32,
}

/// Fields of [`TcSfqXstats`].
pub static TC_SFQ_XSTATS: StructSpec = StructSpec {
    name: "tc_sfq_xstats",
    size: size_of::<TcSfqXstats>(),
    prefix: "",
    fields: &[Field::new("allot", offset_of!(TcSfqXstats, allot), size_of::<NeI32>(), AttrType::S32)],
};

/// `struct gnet_stats_basic`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct GnetStatsBasic {
    /// `bytes`.
    pub bytes: NeU64,
    /// `packets`.
    pub packets: NeU32,
    /// Padding the C compiler adds.
    pub hole1: [u8; 4],
}

/// Fields of [`GnetStatsBasic`].
pub static GNET_STATS_BASIC: StructSpec = StructSpec {
    name: "gnet_stats_basic",
    size: size_of::<GnetStatsBasic>(),
    prefix: "",
    fields: &[
        Field::new("bytes", offset_of!(GnetStatsBasic, bytes), size_of::<NeU64>(), AttrType::U64),
        Field::new("packets", offset_of!(GnetStatsBasic, packets), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct gnet_stats_rate_est`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct GnetStatsRateEst {
    /// `bps`.
    pub bps: NeU32,
    /// `pps`.
    pub pps: NeU32,
}

/// Fields of [`GnetStatsRateEst`].
pub static GNET_STATS_RATE_EST: StructSpec = StructSpec {
    name: "gnet_stats_rate_est",
    size: size_of::<GnetStatsRateEst>(),
    prefix: "",
    fields: &[
        Field::new("bps", offset_of!(GnetStatsRateEst, bps), size_of::<NeU32>(), AttrType::U32),
        Field::new("pps", offset_of!(GnetStatsRateEst, pps), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct gnet_stats_rate_est64`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct GnetStatsRateEst64 {
    /// `bps`.
    pub bps: NeU64,
    /// `pps`.
    pub pps: NeU64,
}

/// Fields of [`GnetStatsRateEst64`].
pub static GNET_STATS_RATE_EST64: StructSpec = StructSpec {
    name: "gnet_stats_rate_est64",
    size: size_of::<GnetStatsRateEst64>(),
    prefix: "",
    fields: &[
        Field::new("bps", offset_of!(GnetStatsRateEst64, bps), size_of::<NeU64>(), AttrType::U64),
        Field::new("pps", offset_of!(GnetStatsRateEst64, pps), size_of::<NeU64>(), AttrType::U64),
    ],
};

/// `struct gnet_stats_queue`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct GnetStatsQueue {
    /// `qlen`.
    pub qlen: NeU32,
    /// `backlog`.
    pub backlog: NeU32,
    /// `drops`.
    pub drops: NeU32,
    /// `requeues`.
    pub requeues: NeU32,
    /// `overlimits`.
    pub overlimits: NeU32,
}

/// Fields of [`GnetStatsQueue`].
pub static GNET_STATS_QUEUE: StructSpec = StructSpec {
    name: "gnet_stats_queue",
    size: size_of::<GnetStatsQueue>(),
    prefix: "",
    fields: &[
        Field::new("qlen", offset_of!(GnetStatsQueue, qlen), size_of::<NeU32>(), AttrType::U32),
        Field::new("backlog", offset_of!(GnetStatsQueue, backlog), size_of::<NeU32>(), AttrType::U32),
        Field::new("drops", offset_of!(GnetStatsQueue, drops), size_of::<NeU32>(), AttrType::U32),
        Field::new("requeues", offset_of!(GnetStatsQueue, requeues), size_of::<NeU32>(), AttrType::U32),
        Field::new("overlimits", offset_of!(GnetStatsQueue, overlimits), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_u32_key`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcU32Key {
    /// `mask`.
    pub mask: BeU32,
    /// `val`.
    pub val: BeU32,
    /// `off`.
    pub off: NeI32,
    /// `offmask`.
    pub offmask: NeI32,
}

/// Fields of [`TcU32Key`].
pub static TC_U32_KEY: StructSpec = StructSpec {
    name: "tc_u32_key",
    size: size_of::<TcU32Key>(),
    prefix: "",
    fields: &[
        Field::new("mask", offset_of!(TcU32Key, mask), size_of::<BeU32>(), AttrType::Be32),
        Field::new("val", offset_of!(TcU32Key, val), size_of::<BeU32>(), AttrType::Be32),
        Field::new("off", offset_of!(TcU32Key, off), size_of::<NeI32>(), AttrType::S32),
        Field::new("offmask", offset_of!(TcU32Key, offmask), size_of::<NeI32>(), AttrType::S32),
    ],
};

/// `struct tc_u32_mark`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcU32Mark {
    /// `val`.
    pub val: NeU32,
    /// `mask`.
    pub mask: NeU32,
    /// `success`.
    pub success: NeU32,
}

/// Fields of [`TcU32Mark`].
pub static TC_U32_MARK: StructSpec = StructSpec {
    name: "tc_u32_mark",
    size: size_of::<TcU32Mark>(),
    prefix: "",
    fields: &[
        Field::new("val", offset_of!(TcU32Mark, val), size_of::<NeU32>(), AttrType::U32),
        Field::new("mask", offset_of!(TcU32Mark, mask), size_of::<NeU32>(), AttrType::U32),
        Field::new("success", offset_of!(TcU32Mark, success), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_u32_sel`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcU32Sel {
    /// `flags`.
    pub flags: u8,
    /// `offshift`.
    pub offshift: u8,
    /// `nkeys`.
    pub nkeys: u8,
    /// Padding the C compiler adds.
    pub hole1: [u8; 1],
    /// `offmask`.
    pub offmask: BeU16,
    /// `off`.
    pub off: NeU16,
    /// `offoff`.
    pub offoff: NeI16,
    /// `hoff`.
    pub hoff: NeI16,
    /// `hmask`.
    pub hmask: BeU32,
}

/// Fields of [`TcU32Sel`].
pub static TC_U32_SEL: StructSpec = StructSpec {
    name: "tc_u32_sel",
    size: size_of::<TcU32Sel>(),
    prefix: "",
    fields: &[
        Field::new("flags", offset_of!(TcU32Sel, flags), size_of::<u8>(), AttrType::U8),
        Field::new("offshift", offset_of!(TcU32Sel, offshift), size_of::<u8>(), AttrType::U8),
        Field::new("nkeys", offset_of!(TcU32Sel, nkeys), size_of::<u8>(), AttrType::U8),
        Field::new("offmask", offset_of!(TcU32Sel, offmask), size_of::<BeU16>(), AttrType::Be16),
        Field::new("off", offset_of!(TcU32Sel, off), size_of::<NeU16>(), AttrType::U16),
        Field::new("offoff", offset_of!(TcU32Sel, offoff), size_of::<NeI16>(), AttrType::S16),
        Field::new("hoff", offset_of!(TcU32Sel, hoff), size_of::<NeI16>(), AttrType::S16),
        Field::new("hmask", offset_of!(TcU32Sel, hmask), size_of::<BeU32>(), AttrType::Be32),
    ],
};

/// `struct tc_u32_pcnt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcU32Pcnt {
    /// `rcnt`.
    pub rcnt: NeU64,
    /// `rhit`.
    pub rhit: NeU64,
}

/// Fields of [`TcU32Pcnt`].
pub static TC_U32_PCNT: StructSpec = StructSpec {
    name: "tc_u32_pcnt",
    size: size_of::<TcU32Pcnt>(),
    prefix: "",
    fields: &[
        Field::new("rcnt", offset_of!(TcU32Pcnt, rcnt), size_of::<NeU64>(), AttrType::U64),
        Field::new("rhit", offset_of!(TcU32Pcnt, rhit), size_of::<NeU64>(), AttrType::U64),
    ],
};

/// `struct tcf_t`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcfT {
    /// `install`.
    pub install: NeU64,
    /// `lastuse`.
    pub lastuse: NeU64,
    /// `expires`.
    pub expires: NeU64,
    /// `firstuse`.
    pub firstuse: NeU64,
}

/// Fields of [`TcfT`].
pub static TCF_T: StructSpec = StructSpec {
    name: "tcf_t",
    size: size_of::<TcfT>(),
    prefix: "",
    fields: &[
        Field::new("install", offset_of!(TcfT, install), size_of::<NeU64>(), AttrType::U64),
        Field::new("lastuse", offset_of!(TcfT, lastuse), size_of::<NeU64>(), AttrType::U64),
        Field::new("expires", offset_of!(TcfT, expires), size_of::<NeU64>(), AttrType::U64),
        Field::new("firstuse", offset_of!(TcfT, firstuse), size_of::<NeU64>(), AttrType::U64),
    ],
};

/// `struct tc_gact`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcGact {
    /// `index`.
    pub index: NeU32,
    /// `capab`.
    pub capab: NeU32,
    /// `action`.
    pub action: NeI32,
    /// `refcnt`.
    pub refcnt: NeI32,
    /// `bindcnt`.
    pub bindcnt: NeI32,
}

/// Fields of [`TcGact`].
pub static TC_GACT: StructSpec = StructSpec {
    name: "tc_gact",
    size: size_of::<TcGact>(),
    prefix: "",
    fields: &[
        Field::new("index", offset_of!(TcGact, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("capab", offset_of!(TcGact, capab), size_of::<NeU32>(), AttrType::U32),
        Field::new("action", offset_of!(TcGact, action), size_of::<NeI32>(), AttrType::S32),
        Field::new("refcnt", offset_of!(TcGact, refcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("bindcnt", offset_of!(TcGact, bindcnt), size_of::<NeI32>(), AttrType::S32),
    ],
};

/// `struct tc_gact_p`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcGactP {
    /// `ptype`.
    pub ptype: NeU16,
    /// `pval`.
    pub pval: NeU16,
    /// `paction`.
    pub paction: NeI32,
}

/// Fields of [`TcGactP`].
pub static TC_GACT_P: StructSpec = StructSpec {
    name: "tc_gact_p",
    size: size_of::<TcGactP>(),
    prefix: "",
    fields: &[
        Field::new("ptype", offset_of!(TcGactP, ptype), size_of::<NeU16>(), AttrType::U16),
        Field::new("pval", offset_of!(TcGactP, pval), size_of::<NeU16>(), AttrType::U16),
        Field::new("paction", offset_of!(TcGactP, paction), size_of::<NeI32>(), AttrType::S32),
    ],
};

/// `struct tcf_ematch_tree_hdr`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcfEmatchTreeHdr {
    /// `nmatches`.
    pub nmatches: NeU16,
    /// `progid`.
    pub progid: NeU16,
}

/// Fields of [`TcfEmatchTreeHdr`].
pub static TCF_EMATCH_TREE_HDR: StructSpec = StructSpec {
    name: "tcf_ematch_tree_hdr",
    size: size_of::<TcfEmatchTreeHdr>(),
    prefix: "",
    fields: &[
        Field::new("nmatches", offset_of!(TcfEmatchTreeHdr, nmatches), size_of::<NeU16>(), AttrType::U16),
        Field::new("progid", offset_of!(TcfEmatchTreeHdr, progid), size_of::<NeU16>(), AttrType::U16),
    ],
};

/// `struct tc_basic_pcnt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcBasicPcnt {
    /// `rcnt`.
    pub rcnt: NeU64,
    /// `rhit`.
    pub rhit: NeU64,
}

/// Fields of [`TcBasicPcnt`].
pub static TC_BASIC_PCNT: StructSpec = StructSpec {
    name: "tc_basic_pcnt",
    size: size_of::<TcBasicPcnt>(),
    prefix: "",
    fields: &[
        Field::new("rcnt", offset_of!(TcBasicPcnt, rcnt), size_of::<NeU64>(), AttrType::U64),
        Field::new("rhit", offset_of!(TcBasicPcnt, rhit), size_of::<NeU64>(), AttrType::U64),
    ],
};

/// `struct tc_matchall_pcnt`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcMatchallPcnt {
    /// `rhit`.
    pub rhit: NeU64,
}

/// Fields of [`TcMatchallPcnt`].
pub static TC_MATCHALL_PCNT: StructSpec = StructSpec {
    name: "tc_matchall_pcnt",
    size: size_of::<TcMatchallPcnt>(),
    prefix: "",
    fields: &[Field::new("rhit", offset_of!(TcMatchallPcnt, rhit), size_of::<NeU64>(), AttrType::U64)],
};

/// `struct tc_mpls`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcMpls {
    /// `index`.
    pub index: NeU32,
    /// `capab`.
    pub capab: NeU32,
    /// `action`.
    pub action: NeI32,
    /// `refcnt`.
    pub refcnt: NeI32,
    /// `bindcnt`.
    pub bindcnt: NeI32,
    /// `m-action`.
    pub m_action: NeI32,
}

/// Fields of [`TcMpls`].
pub static TC_MPLS: StructSpec = StructSpec {
    name: "tc_mpls",
    size: size_of::<TcMpls>(),
    prefix: "",
    fields: &[
        Field::new("index", offset_of!(TcMpls, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("capab", offset_of!(TcMpls, capab), size_of::<NeU32>(), AttrType::U32),
        Field::new("action", offset_of!(TcMpls, action), size_of::<NeI32>(), AttrType::S32),
        Field::new("refcnt", offset_of!(TcMpls, refcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("bindcnt", offset_of!(TcMpls, bindcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("m_action", offset_of!(TcMpls, m_action), size_of::<NeI32>(), AttrType::S32),
    ],
};

/// `struct tc_police`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcPolice {
    /// `index`.
    pub index: NeU32,
    /// `action`.
    pub action: NeI32,
    /// `limit`.
    pub limit: NeU32,
    /// `burst`.
    pub burst: NeU32,
    /// `mtu`.
    pub mtu: NeU32,
    /// `rate`.
    pub rate: TcRatespec,
    /// `peakrate`.
    pub peakrate: TcRatespec,
    /// `refcnt`.
    pub refcnt: NeI32,
    /// `bindcnt`.
    pub bindcnt: NeI32,
    /// `capab`.
    pub capab: NeU32,
}

/// Fields of [`TcPolice`].
pub static TC_POLICE: StructSpec = StructSpec {
    name: "tc_police",
    size: size_of::<TcPolice>(),
    prefix: "",
    fields: &[
        Field::new("index", offset_of!(TcPolice, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("action", offset_of!(TcPolice, action), size_of::<NeI32>(), AttrType::S32),
        Field::new("limit", offset_of!(TcPolice, limit), size_of::<NeU32>(), AttrType::U32),
        Field::new("burst", offset_of!(TcPolice, burst), size_of::<NeU32>(), AttrType::U32),
        Field::new("mtu", offset_of!(TcPolice, mtu), size_of::<NeU32>(), AttrType::U32),
        Field::new(
            "rate",
            offset_of!(TcPolice, rate),
            size_of::<TcRatespec>(),
            AttrType::Struct(&TC_RATESPEC),
        ),
        Field::new(
            "peakrate",
            offset_of!(TcPolice, peakrate),
            size_of::<TcRatespec>(),
            AttrType::Struct(&TC_RATESPEC),
        ),
        Field::new("refcnt", offset_of!(TcPolice, refcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("bindcnt", offset_of!(TcPolice, bindcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("capab", offset_of!(TcPolice, capab), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_pedit_sel`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcPeditSel {
    /// `index`.
    pub index: NeU32,
    /// `capab`.
    pub capab: NeU32,
    /// `action`.
    pub action: NeI32,
    /// `refcnt`.
    pub refcnt: NeI32,
    /// `bindcnt`.
    pub bindcnt: NeI32,
    /// `nkeys`.
    pub nkeys: u8,
    /// `flags`.
    pub flags: u8,
    /// Padding the C compiler adds.
    pub hole1: [u8; 2],
}

/// Fields of [`TcPeditSel`].
pub static TC_PEDIT_SEL: StructSpec = StructSpec {
    name: "tc_pedit_sel",
    size: size_of::<TcPeditSel>(),
    prefix: "",
    fields: &[
        Field::new("index", offset_of!(TcPeditSel, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("capab", offset_of!(TcPeditSel, capab), size_of::<NeU32>(), AttrType::U32),
        Field::new("action", offset_of!(TcPeditSel, action), size_of::<NeI32>(), AttrType::S32),
        Field::new("refcnt", offset_of!(TcPeditSel, refcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("bindcnt", offset_of!(TcPeditSel, bindcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("nkeys", offset_of!(TcPeditSel, nkeys), size_of::<u8>(), AttrType::U8),
        Field::new("flags", offset_of!(TcPeditSel, flags), size_of::<u8>(), AttrType::U8),
    ],
};

/// `struct tc_pedit_key`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcPeditKey {
    /// `mask`.
    pub mask: NeU32,
    /// `val`.
    pub val: NeU32,
    /// `off`.
    pub off: NeU32,
    /// `at`.
    pub at: NeU32,
    /// `offmask`.
    pub offmask: NeU32,
    /// `shift`.
    pub shift: NeU32,
}

/// Fields of [`TcPeditKey`].
pub static TC_PEDIT_KEY: StructSpec = StructSpec {
    name: "tc_pedit_key",
    size: size_of::<TcPeditKey>(),
    prefix: "",
    fields: &[
        Field::new("mask", offset_of!(TcPeditKey, mask), size_of::<NeU32>(), AttrType::U32),
        Field::new("val", offset_of!(TcPeditKey, val), size_of::<NeU32>(), AttrType::U32),
        Field::new("off", offset_of!(TcPeditKey, off), size_of::<NeU32>(), AttrType::U32),
        Field::new("at", offset_of!(TcPeditKey, at), size_of::<NeU32>(), AttrType::U32),
        Field::new("offmask", offset_of!(TcPeditKey, offmask), size_of::<NeU32>(), AttrType::U32),
        Field::new("shift", offset_of!(TcPeditKey, shift), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_vlan`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcVlan {
    /// `index`.
    pub index: NeU32,
    /// `capab`.
    pub capab: NeU32,
    /// `action`.
    pub action: NeI32,
    /// `refcnt`.
    pub refcnt: NeI32,
    /// `bindcnt`.
    pub bindcnt: NeI32,
    /// `v-action`.
    pub v_action: NeI32,
}

/// Fields of [`TcVlan`].
pub static TC_VLAN: StructSpec = StructSpec {
    name: "tc_vlan",
    size: size_of::<TcVlan>(),
    prefix: "",
    fields: &[
        Field::new("index", offset_of!(TcVlan, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("capab", offset_of!(TcVlan, capab), size_of::<NeU32>(), AttrType::U32),
        Field::new("action", offset_of!(TcVlan, action), size_of::<NeI32>(), AttrType::S32),
        Field::new("refcnt", offset_of!(TcVlan, refcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("bindcnt", offset_of!(TcVlan, bindcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("v_action", offset_of!(TcVlan, v_action), size_of::<NeI32>(), AttrType::S32),
    ],
};

/// Bit names of `tc-u32-flags`.
pub static TC_U32_FLAGS: &[(u32, &str)] = &[(1, "terminal"), (2, "offset"), (4, "varoffset"), (8, "eat")];

/// Bit masks of `tc-u32-flags`.
pub mod tc_u32_flags {
    /// `TC_U32_TERMINAL`.
    #[doc(alias = "TC_U32_TERMINAL")]
    pub const TERMINAL: u8 = 1;
    /// `TC_U32_OFFSET`.
    #[doc(alias = "TC_U32_OFFSET")]
    pub const OFFSET: u8 = 2;
    /// `TC_U32_VAROFFSET`.
    #[doc(alias = "TC_U32_VAROFFSET")]
    pub const VAROFFSET: u8 = 4;
    /// `TC_U32_EAT`.
    #[doc(alias = "TC_U32_EAT")]
    pub const EAT: u8 = 8;
}

bitflags::bitflags! {
    /// The bits of `tc-u32-flags`; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct TcU32Flags: u8 {
        /// [`tc_u32_flags::TERMINAL`].
        const TERMINAL = tc_u32_flags::TERMINAL;
        /// [`tc_u32_flags::OFFSET`].
        const OFFSET = tc_u32_flags::OFFSET;
        /// [`tc_u32_flags::VAROFFSET`].
        const VAROFFSET = tc_u32_flags::VAROFFSET;
        /// [`tc_u32_flags::EAT`].
        const EAT = tc_u32_flags::EAT;
    }
}

/// Names of `tc-linklayer`.
pub static TC_LINKLAYER: &[(u32, &str)] = &[(0, "unaware"), (1, "ethernet"), (2, "atm")];

/// Values of `tc-linklayer`.
pub mod tc_linklayer {
    /// `TC_LINKLAYER_UNAWARE`.
    #[doc(alias = "TC_LINKLAYER_UNAWARE")]
    pub const UNAWARE: u8 = 0;
    /// `TC_LINKLAYER_ETHERNET`.
    #[doc(alias = "TC_LINKLAYER_ETHERNET")]
    pub const ETHERNET: u8 = 1;
    /// `TC_LINKLAYER_ATM`.
    #[doc(alias = "TC_LINKLAYER_ATM")]
    pub const ATM: u8 = 2;
}

/// `struct tc_htb_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcHtbXstats {
    /// `lends`.
    pub lends: NeU32,
    /// `borrows`.
    pub borrows: NeU32,
    /// `giants`.
    pub giants: NeU32,
    /// `tokens`.
    pub tokens: NeI32,
    /// `ctokens`.
    pub ctokens: NeI32,
}

/// Fields of [`TcHtbXstats`].
pub static TC_HTB_XSTATS: StructSpec = StructSpec {
    name: "tc_htb_xstats",
    size: size_of::<TcHtbXstats>(),
    prefix: "",
    fields: &[
        Field::new("lends", offset_of!(TcHtbXstats, lends), size_of::<NeU32>(), AttrType::U32),
        Field::new("borrows", offset_of!(TcHtbXstats, borrows), size_of::<NeU32>(), AttrType::U32),
        Field::new("giants", offset_of!(TcHtbXstats, giants), size_of::<NeU32>(), AttrType::U32),
        Field::new("tokens", offset_of!(TcHtbXstats, tokens), size_of::<NeI32>(), AttrType::S32),
        Field::new("ctokens", offset_of!(TcHtbXstats, ctokens), size_of::<NeI32>(), AttrType::S32),
    ],
};

/// `struct tc_fq_codel_cl_xstats`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcFqCodelClXstats {
    /// `type`.
    pub r#type: NeU32,
    /// `deficit`.
    pub deficit: NeI32,
    /// `ldelay`.
    pub ldelay: NeU32,
    /// `count`.
    pub count: NeU32,
    /// `lastcount`.
    pub lastcount: NeU32,
    /// `dropping`.
    pub dropping: NeU32,
    /// `drop-next`.
    pub drop_next: NeI32,
}

/// Fields of [`TcFqCodelClXstats`].
pub static TC_FQ_CODEL_CL_XSTATS: StructSpec = StructSpec {
    name: "tc_fq_codel_cl_xstats",
    size: size_of::<TcFqCodelClXstats>(),
    prefix: "",
    fields: &[
        Field::new("type", offset_of!(TcFqCodelClXstats, r#type), size_of::<NeU32>(), AttrType::U32),
        Field::new("deficit", offset_of!(TcFqCodelClXstats, deficit), size_of::<NeI32>(), AttrType::S32),
        Field::new("ldelay", offset_of!(TcFqCodelClXstats, ldelay), size_of::<NeU32>(), AttrType::U32),
        Field::new("count", offset_of!(TcFqCodelClXstats, count), size_of::<NeU32>(), AttrType::U32),
        Field::new("lastcount", offset_of!(TcFqCodelClXstats, lastcount), size_of::<NeU32>(), AttrType::U32),
        Field::new("dropping", offset_of!(TcFqCodelClXstats, dropping), size_of::<NeU32>(), AttrType::U32),
        Field::new("drop_next", offset_of!(TcFqCodelClXstats, drop_next), size_of::<NeI32>(), AttrType::S32),
    ],
};

/// `struct tc_mirred`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcMirred {
    /// `index`.
    pub index: NeU32,
    /// `capab`.
    pub capab: NeU32,
    /// `action`.
    pub action: NeI32,
    /// `refcnt`.
    pub refcnt: NeI32,
    /// `bindcnt`.
    pub bindcnt: NeI32,
    /// `eaction`.
    pub eaction: NeI32,
    /// `ifindex`.
    pub ifindex: NeU32,
}

/// Fields of [`TcMirred`].
pub static TC_MIRRED: StructSpec = StructSpec {
    name: "tc_mirred",
    size: size_of::<TcMirred>(),
    prefix: "",
    fields: &[
        Field::new("index", offset_of!(TcMirred, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("capab", offset_of!(TcMirred, capab), size_of::<NeU32>(), AttrType::U32),
        Field::new("action", offset_of!(TcMirred, action), size_of::<NeI32>(), AttrType::S32),
        Field::new("refcnt", offset_of!(TcMirred, refcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("bindcnt", offset_of!(TcMirred, bindcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("eaction", offset_of!(TcMirred, eaction), size_of::<NeI32>(), AttrType::S32),
        Field::new("ifindex", offset_of!(TcMirred, ifindex), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_tunnel_key`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcTunnelKey {
    /// `index`.
    pub index: NeU32,
    /// `capab`.
    pub capab: NeU32,
    /// `action`.
    pub action: NeI32,
    /// `refcnt`.
    pub refcnt: NeI32,
    /// `bindcnt`.
    pub bindcnt: NeI32,
    /// `t-action`.
    pub t_action: NeI32,
}

/// Fields of [`TcTunnelKey`].
pub static TC_TUNNEL_KEY: StructSpec = StructSpec {
    name: "tc_tunnel_key",
    size: size_of::<TcTunnelKey>(),
    prefix: "",
    fields: &[
        Field::new("index", offset_of!(TcTunnelKey, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("capab", offset_of!(TcTunnelKey, capab), size_of::<NeU32>(), AttrType::U32),
        Field::new("action", offset_of!(TcTunnelKey, action), size_of::<NeI32>(), AttrType::S32),
        Field::new("refcnt", offset_of!(TcTunnelKey, refcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("bindcnt", offset_of!(TcTunnelKey, bindcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("t_action", offset_of!(TcTunnelKey, t_action), size_of::<NeI32>(), AttrType::S32),
    ],
};

/// `struct tc_csum`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcCsum {
    /// `index`.
    pub index: NeU32,
    /// `capab`.
    pub capab: NeU32,
    /// `action`.
    pub action: NeI32,
    /// `refcnt`.
    pub refcnt: NeI32,
    /// `bindcnt`.
    pub bindcnt: NeI32,
    /// `update-flags`.
    pub update_flags: NeU32,
}

/// Fields of [`TcCsum`].
pub static TC_CSUM: StructSpec = StructSpec {
    name: "tc_csum",
    size: size_of::<TcCsum>(),
    prefix: "",
    fields: &[
        Field::new("index", offset_of!(TcCsum, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("capab", offset_of!(TcCsum, capab), size_of::<NeU32>(), AttrType::U32),
        Field::new("action", offset_of!(TcCsum, action), size_of::<NeI32>(), AttrType::S32),
        Field::new("refcnt", offset_of!(TcCsum, refcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("bindcnt", offset_of!(TcCsum, bindcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("update_flags", offset_of!(TcCsum, update_flags), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// Bit names of `tc-csum-update-flags-names`.
pub static TC_CSUM_UPDATE_FLAGS_NAMES: &[(u32, &str)] =
    &[(1, "iph"), (2, "icmp"), (4, "igmp"), (8, "tcp"), (16, "udp"), (32, "udplite"), (64, "sctp")];

/// `struct tc_nat`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcNat {
    /// `index`.
    pub index: NeU32,
    /// `capab`.
    pub capab: NeU32,
    /// `action`.
    pub action: NeI32,
    /// `refcnt`.
    pub refcnt: NeI32,
    /// `bindcnt`.
    pub bindcnt: NeI32,
    /// `old-addr`.
    pub old_addr: BeU32,
    /// `new-addr`.
    pub new_addr: BeU32,
    /// `mask`.
    pub mask: BeU32,
    /// `flags`.
    pub flags: NeU32,
}

/// Fields of [`TcNat`].
pub static TC_NAT: StructSpec = StructSpec {
    name: "tc_nat",
    size: size_of::<TcNat>(),
    prefix: "",
    fields: &[
        Field::new("index", offset_of!(TcNat, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("capab", offset_of!(TcNat, capab), size_of::<NeU32>(), AttrType::U32),
        Field::new("action", offset_of!(TcNat, action), size_of::<NeI32>(), AttrType::S32),
        Field::new("refcnt", offset_of!(TcNat, refcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("bindcnt", offset_of!(TcNat, bindcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("old_addr", offset_of!(TcNat, old_addr), size_of::<BeU32>(), AttrType::Be32),
        Field::new("new_addr", offset_of!(TcNat, new_addr), size_of::<BeU32>(), AttrType::Be32),
        Field::new("mask", offset_of!(TcNat, mask), size_of::<BeU32>(), AttrType::Be32),
        Field::new("flags", offset_of!(TcNat, flags), size_of::<NeU32>(), AttrType::U32),
    ],
};

/// `struct tc_connmark`.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcConnmark {
    /// `index`.
    pub index: NeU32,
    /// `capab`.
    pub capab: NeU32,
    /// `action`.
    pub action: NeI32,
    /// `refcnt`.
    pub refcnt: NeI32,
    /// `bindcnt`.
    pub bindcnt: NeI32,
    /// `zone`.
    pub zone: NeU16,
    /// `pad`.
    pub pad: [u8; 2],
}

/// Fields of [`TcConnmark`].
pub static TC_CONNMARK: StructSpec = StructSpec {
    name: "tc_connmark",
    size: size_of::<TcConnmark>(),
    prefix: "",
    fields: &[
        Field::new("index", offset_of!(TcConnmark, index), size_of::<NeU32>(), AttrType::U32),
        Field::new("capab", offset_of!(TcConnmark, capab), size_of::<NeU32>(), AttrType::U32),
        Field::new("action", offset_of!(TcConnmark, action), size_of::<NeI32>(), AttrType::S32),
        Field::new("refcnt", offset_of!(TcConnmark, refcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("bindcnt", offset_of!(TcConnmark, bindcnt), size_of::<NeI32>(), AttrType::S32),
        Field::new("zone", offset_of!(TcConnmark, zone), size_of::<NeU16>(), AttrType::U16),
    ],
};

/// Bit names of `tc-cls-flags-names`.
pub static TC_CLS_FLAGS_NAMES: &[(u32, &str)] =
    &[(1, "skip_hw"), (2, "skip_sw"), (4, "in_hw"), (8, "not_in_hw"), (16, "verbose")];

/// What `TCA_OPTIONS` holds, chosen by `kind`.
static ATTRS_OPTIONS_SELECT: Selector = Selector {
    by: SelectBy::Sibling(1),
    choices: &[
        (Key::Str("basic"), AttrType::Nested(&BASIC_ATTRS)),
        (Key::Str("bpf"), AttrType::Nested(&BPF_ATTRS)),
        (Key::Str("bfifo"), AttrType::Struct(&TC_FIFO_QOPT)),
        (Key::Str("cake"), AttrType::Nested(&CAKE_ATTRS)),
        (Key::Str("cbs"), AttrType::Nested(&CBS_ATTRS)),
        (Key::Str("cgroup"), AttrType::Nested(&CGROUP_ATTRS)),
        (Key::Str("choke"), AttrType::Nested(&CHOKE_ATTRS)),
        (Key::Str("clsact"), AttrType::Bytes),
        (Key::Str("codel"), AttrType::Nested(&CODEL_ATTRS)),
        (Key::Str("drr"), AttrType::Nested(&DRR_ATTRS)),
        (Key::Str("dualpi2"), AttrType::Nested(&DUALPI2_ATTRS)),
        (Key::Str("etf"), AttrType::Nested(&ETF_ATTRS)),
        (Key::Str("ets"), AttrType::Nested(&ETS_ATTRS)),
        (Key::Str("flow"), AttrType::Nested(&FLOW_ATTRS)),
        (Key::Str("flower"), AttrType::Nested(&FLOWER_ATTRS)),
        (Key::Str("fq"), AttrType::Nested(&FQ_ATTRS)),
        (Key::Str("fq_codel"), AttrType::Nested(&FQ_CODEL_ATTRS)),
        (Key::Str("fq_pie"), AttrType::Nested(&FQ_PIE_ATTRS)),
        (Key::Str("fw"), AttrType::Nested(&FW_ATTRS)),
        (Key::Str("gred"), AttrType::Nested(&GRED_ATTRS)),
        (Key::Str("hfsc"), AttrType::Struct(&TC_HFSC_QOPT)),
        (Key::Str("hhf"), AttrType::Nested(&HHF_ATTRS)),
        (Key::Str("htb"), AttrType::Nested(&HTB_ATTRS)),
        (Key::Str("ingress"), AttrType::Bytes),
        (Key::Str("matchall"), AttrType::Nested(&MATCHALL_ATTRS)),
        (Key::Str("mq"), AttrType::Bytes),
        (Key::Str("mqprio"), AttrType::Struct(&TC_MQPRIO_QOPT)),
        (Key::Str("multiq"), AttrType::Struct(&TC_MULTIQ_QOPT)),
        (Key::Str("netem"), AttrType::Headed(&TC_NETEM_QOPT, &NETEM_ATTRS)),
        (Key::Str("pfifo"), AttrType::Struct(&TC_FIFO_QOPT)),
        (Key::Str("pfifo_fast"), AttrType::Struct(&TC_PRIO_QOPT)),
        (Key::Str("pfifo_head_drop"), AttrType::Struct(&TC_FIFO_QOPT)),
        (Key::Str("pie"), AttrType::Nested(&PIE_ATTRS)),
        (Key::Str("plug"), AttrType::Struct(&TC_PLUG_QOPT)),
        (Key::Str("prio"), AttrType::Struct(&TC_PRIO_QOPT)),
        (Key::Str("qfq"), AttrType::Nested(&QFQ_ATTRS)),
        (Key::Str("red"), AttrType::Nested(&RED_ATTRS)),
        (Key::Str("route"), AttrType::Nested(&ROUTE_ATTRS)),
        (Key::Str("sfb"), AttrType::Struct(&TC_SFB_QOPT)),
        (Key::Str("sfq"), AttrType::Struct(&TC_SFQ_QOPT_V1)),
        (Key::Str("taprio"), AttrType::Nested(&TAPRIO_ATTRS)),
        (Key::Str("tbf"), AttrType::Nested(&TBF_ATTRS)),
        (Key::Str("u32"), AttrType::Nested(&U32_ATTRS)),
        (Key::Str("noqueue"), AttrType::Bytes),
    ],
    fallback: AttrType::Bytes,
};

/// What `TCA_XSTATS` holds, chosen by `kind`.
static ATTRS_XSTATS_SELECT: Selector = Selector {
    by: SelectBy::Sibling(1),
    choices: &[
        (Key::Str("cake"), AttrType::Nested(&CAKE_STATS_ATTRS)),
        (Key::Str("choke"), AttrType::Struct(&TC_CHOKE_XSTATS)),
        (Key::Str("codel"), AttrType::Struct(&TC_CODEL_XSTATS)),
        (Key::Str("dualpi2"), AttrType::Struct(&TC_DUALPI2_XSTATS)),
        (Key::Str("fq"), AttrType::Struct(&TC_FQ_QD_STATS)),
        (Key::Str("fq_codel"), AttrType::Struct(&TC_FQ_CODEL_XSTATS)),
        (Key::Str("fq_pie"), AttrType::Struct(&TC_FQ_PIE_XSTATS)),
        (Key::Str("hhf"), AttrType::Struct(&TC_HHF_XSTATS)),
        (Key::Str("pie"), AttrType::Struct(&TC_PIE_XSTATS)),
        (Key::Str("red"), AttrType::Struct(&TC_RED_XSTATS)),
        (Key::Str("sfb"), AttrType::Struct(&TC_SFB_XSTATS)),
        (Key::Str("sfq"), AttrType::Struct(&TC_SFQ_XSTATS)),
        (Key::Str("htb"), AttrType::Struct(&TC_HTB_XSTATS)),
    ],
    fallback: AttrType::Bytes,
};

/// `TCA_*`: the attribute set `attrs`.
pub static ATTRS: Space = Space {
    name: "attrs",
    prefix: "TCA_",
    attrs: &[
        AttrSpec { id: 1, name: "kind", ty: AttrType::Str },
        AttrSpec { id: 2, name: "options", ty: AttrType::Select(&ATTRS_OPTIONS_SELECT) },
        AttrSpec { id: 3, name: "stats", ty: AttrType::Struct(&TC_STATS) },
        AttrSpec { id: 4, name: "xstats", ty: AttrType::Select(&ATTRS_XSTATS_SELECT) },
        AttrSpec { id: 5, name: "rate", ty: AttrType::Struct(&GNET_ESTIMATOR) },
        AttrSpec { id: 6, name: "fcnt", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "stats2", ty: AttrType::Nested(&TCA_STATS_ATTRS) },
        AttrSpec { id: 8, name: "stab", ty: AttrType::Nested(&TCA_STAB_ATTRS) },
        AttrSpec { id: 9, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 10, name: "dump_invisible", ty: AttrType::Flag },
        AttrSpec { id: 11, name: "chain", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "hw_offload", ty: AttrType::U8 },
        AttrSpec { id: 13, name: "ingress_block", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "egress_block", ty: AttrType::U32 },
        AttrSpec { id: 15, name: "dump_flags", ty: AttrType::Struct(&crate::spec::BITFIELD32) },
        AttrSpec { id: 16, name: "ext_warn_msg", ty: AttrType::Str },
    ],
    by_name: &[
        5, 13, 1, 8, 7, 6, 0, 0, 0, 0, 0, 0, 14, 0, 0, 2, 0, 3, 11, 9, 0, 0, 0, 0, 0, 0, 10, 0, 15, 12, 16, 4,
    ],
};

/// Attribute numbers of [`ATTRS`].
pub mod attrs {
    /// `TCA_KIND`.
    #[doc(alias = "TCA_KIND")]
    pub const KIND: u16 = 1;
    /// `TCA_OPTIONS`.
    #[doc(alias = "TCA_OPTIONS")]
    pub const OPTIONS: u16 = 2;
    /// `TCA_STATS`.
    #[doc(alias = "TCA_STATS")]
    pub const STATS: u16 = 3;
    /// `TCA_XSTATS`.
    #[doc(alias = "TCA_XSTATS")]
    pub const XSTATS: u16 = 4;
    /// `TCA_RATE`.
    #[doc(alias = "TCA_RATE")]
    pub const RATE: u16 = 5;
    /// `TCA_FCNT`.
    #[doc(alias = "TCA_FCNT")]
    pub const FCNT: u16 = 6;
    /// `TCA_STATS2`.
    #[doc(alias = "TCA_STATS2")]
    pub const STATS2: u16 = 7;
    /// `TCA_STAB`.
    #[doc(alias = "TCA_STAB")]
    pub const STAB: u16 = 8;
    /// `TCA_PAD`.
    #[doc(alias = "TCA_PAD")]
    pub const PAD: u16 = 9;
    /// `TCA_DUMP_INVISIBLE`.
    #[doc(alias = "TCA_DUMP_INVISIBLE")]
    pub const DUMP_INVISIBLE: u16 = 10;
    /// `TCA_CHAIN`.
    #[doc(alias = "TCA_CHAIN")]
    pub const CHAIN: u16 = 11;
    /// `TCA_HW_OFFLOAD`.
    #[doc(alias = "TCA_HW_OFFLOAD")]
    pub const HW_OFFLOAD: u16 = 12;
    /// `TCA_INGRESS_BLOCK`.
    #[doc(alias = "TCA_INGRESS_BLOCK")]
    pub const INGRESS_BLOCK: u16 = 13;
    /// `TCA_EGRESS_BLOCK`.
    #[doc(alias = "TCA_EGRESS_BLOCK")]
    pub const EGRESS_BLOCK: u16 = 14;
    /// `TCA_DUMP_FLAGS`.
    #[doc(alias = "TCA_DUMP_FLAGS")]
    pub const DUMP_FLAGS: u16 = 15;
    /// `TCA_EXT_WARN_MSG`.
    #[doc(alias = "TCA_EXT_WARN_MSG")]
    pub const EXT_WARN_MSG: u16 = 16;
}

/// Typed reads of an attribute chain of the set `attrs`.
#[derive(Clone, Debug, Default)]
pub struct Attrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Attrs<'a> {
    /// `TCA_KIND`.
    pub fn kind(&self) -> Result<Option<&'a str>> {
        self.0.read(attrs::KIND, crate::attr::Attr::str)
    }
    /// `TCA_OPTIONS`.
    pub fn options(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(attrs::OPTIONS, |a| Ok(*a))
    }
    /// `TCA_STATS`.
    pub fn stats(&self) -> Result<Option<&'a TcStats>> {
        self.0.read(attrs::STATS, crate::attr::Attr::as_struct)
    }
    /// `TCA_XSTATS`.
    pub fn xstats(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(attrs::XSTATS, |a| Ok(*a))
    }
    /// `TCA_RATE`.
    pub fn rate(&self) -> Result<Option<&'a GnetEstimator>> {
        self.0.read(attrs::RATE, crate::attr::Attr::as_struct)
    }
    /// `TCA_FCNT`.
    pub fn fcnt(&self) -> Result<Option<u32>> {
        self.0.read(attrs::FCNT, crate::attr::Attr::u32)
    }
    /// `TCA_STATS2`.
    pub fn stats2(&self) -> Result<Option<TcaStatsAttrs<'a>>> {
        self.0.read(attrs::STATS2, |a| Ok(TcaStatsAttrs(a.nested())))
    }
    /// `TCA_STAB`.
    pub fn stab(&self) -> Result<Option<TcaStabAttrs<'a>>> {
        self.0.read(attrs::STAB, |a| Ok(TcaStabAttrs(a.nested())))
    }
    /// `TCA_DUMP_INVISIBLE`.
    pub fn dump_invisible(&self) -> Result<bool> {
        self.0.flag(attrs::DUMP_INVISIBLE)
    }
    /// `TCA_CHAIN`.
    pub fn chain(&self) -> Result<Option<u32>> {
        self.0.read(attrs::CHAIN, crate::attr::Attr::u32)
    }
    /// `TCA_HW_OFFLOAD`.
    pub fn hw_offload(&self) -> Result<Option<u8>> {
        self.0.read(attrs::HW_OFFLOAD, crate::attr::Attr::u8)
    }
    /// `TCA_INGRESS_BLOCK`.
    pub fn ingress_block(&self) -> Result<Option<u32>> {
        self.0.read(attrs::INGRESS_BLOCK, crate::attr::Attr::u32)
    }
    /// `TCA_EGRESS_BLOCK`.
    pub fn egress_block(&self) -> Result<Option<u32>> {
        self.0.read(attrs::EGRESS_BLOCK, crate::attr::Attr::u32)
    }
    /// `TCA_DUMP_FLAGS`.
    pub fn dump_flags(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(attrs::DUMP_FLAGS, |a| Ok(*a))
    }
    /// `TCA_EXT_WARN_MSG`.
    pub fn ext_warn_msg(&self) -> Result<Option<&'a str>> {
        self.0.read(attrs::EXT_WARN_MSG, crate::attr::Attr::str)
    }
}

/// What `TCA_ACT_OPTIONS` holds, chosen by `kind`.
static ACT_ATTRS_OPTIONS_SELECT: Selector = Selector {
    by: SelectBy::Sibling(1),
    choices: &[
        (Key::Str("bpf"), AttrType::Nested(&ACT_BPF_ATTRS)),
        (Key::Str("connmark"), AttrType::Nested(&ACT_CONNMARK_ATTRS)),
        (Key::Str("csum"), AttrType::Nested(&ACT_CSUM_ATTRS)),
        (Key::Str("ct"), AttrType::Nested(&ACT_CT_ATTRS)),
        (Key::Str("ctinfo"), AttrType::Nested(&ACT_CTINFO_ATTRS)),
        (Key::Str("gact"), AttrType::Nested(&ACT_GACT_ATTRS)),
        (Key::Str("gate"), AttrType::Nested(&ACT_GATE_ATTRS)),
        (Key::Str("ife"), AttrType::Nested(&ACT_IFE_ATTRS)),
        (Key::Str("mirred"), AttrType::Nested(&ACT_MIRRED_ATTRS)),
        (Key::Str("mpls"), AttrType::Nested(&ACT_MPLS_ATTRS)),
        (Key::Str("nat"), AttrType::Nested(&ACT_NAT_ATTRS)),
        (Key::Str("pedit"), AttrType::Nested(&ACT_PEDIT_ATTRS)),
        (Key::Str("police"), AttrType::Nested(&POLICE_ATTRS)),
        (Key::Str("sample"), AttrType::Nested(&ACT_SAMPLE_ATTRS)),
        (Key::Str("simple"), AttrType::Nested(&ACT_SIMPLE_ATTRS)),
        (Key::Str("skbedit"), AttrType::Nested(&ACT_SKBEDIT_ATTRS)),
        (Key::Str("skbmod"), AttrType::Nested(&ACT_SKBMOD_ATTRS)),
        (Key::Str("tunnel_key"), AttrType::Nested(&ACT_TUNNEL_KEY_ATTRS)),
        (Key::Str("vlan"), AttrType::Nested(&ACT_VLAN_ATTRS)),
    ],
    fallback: AttrType::Bytes,
};

/// `TCA_ACT_*`: the attribute set `act-attrs`.
pub static ACT_ATTRS: Space = Space {
    name: "act-attrs",
    prefix: "TCA_ACT_",
    attrs: &[
        AttrSpec { id: 1, name: "kind", ty: AttrType::Str },
        AttrSpec { id: 2, name: "options", ty: AttrType::Select(&ACT_ATTRS_OPTIONS_SELECT) },
        AttrSpec { id: 3, name: "index", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "stats", ty: AttrType::Nested(&TCA_STATS_ATTRS) },
        AttrSpec { id: 5, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 6, name: "cookie", ty: AttrType::Bytes },
        AttrSpec { id: 7, name: "flags", ty: AttrType::Struct(&crate::spec::BITFIELD32) },
        AttrSpec { id: 8, name: "hw_stats", ty: AttrType::Struct(&crate::spec::BITFIELD32) },
        AttrSpec { id: 9, name: "used_hw_stats", ty: AttrType::Struct(&crate::spec::BITFIELD32) },
        AttrSpec { id: 10, name: "in_hw_count", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 1, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 6, 2, 7, 4, 10, 5, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 3,
    ],
};

/// Attribute numbers of [`ACT_ATTRS`].
pub mod act_attrs {
    /// `TCA_ACT_KIND`.
    #[doc(alias = "TCA_ACT_KIND")]
    pub const KIND: u16 = 1;
    /// `TCA_ACT_OPTIONS`.
    #[doc(alias = "TCA_ACT_OPTIONS")]
    pub const OPTIONS: u16 = 2;
    /// `TCA_ACT_INDEX`.
    #[doc(alias = "TCA_ACT_INDEX")]
    pub const INDEX: u16 = 3;
    /// `TCA_ACT_STATS`.
    #[doc(alias = "TCA_ACT_STATS")]
    pub const STATS: u16 = 4;
    /// `TCA_ACT_PAD`.
    #[doc(alias = "TCA_ACT_PAD")]
    pub const PAD: u16 = 5;
    /// `TCA_ACT_COOKIE`.
    #[doc(alias = "TCA_ACT_COOKIE")]
    pub const COOKIE: u16 = 6;
    /// `TCA_ACT_FLAGS`.
    #[doc(alias = "TCA_ACT_FLAGS")]
    pub const FLAGS: u16 = 7;
    /// `TCA_ACT_HW_STATS`.
    #[doc(alias = "TCA_ACT_HW_STATS")]
    pub const HW_STATS: u16 = 8;
    /// `TCA_ACT_USED_HW_STATS`.
    #[doc(alias = "TCA_ACT_USED_HW_STATS")]
    pub const USED_HW_STATS: u16 = 9;
    /// `TCA_ACT_IN_HW_COUNT`.
    #[doc(alias = "TCA_ACT_IN_HW_COUNT")]
    pub const IN_HW_COUNT: u16 = 10;
}

/// Typed reads of an attribute chain of the set `act-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActAttrs<'a> {
    /// `TCA_ACT_KIND`.
    pub fn kind(&self) -> Result<Option<&'a str>> {
        self.0.read(act_attrs::KIND, crate::attr::Attr::str)
    }
    /// `TCA_ACT_OPTIONS`.
    pub fn options(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(act_attrs::OPTIONS, |a| Ok(*a))
    }
    /// `TCA_ACT_INDEX`.
    pub fn index(&self) -> Result<Option<u32>> {
        self.0.read(act_attrs::INDEX, crate::attr::Attr::u32)
    }
    /// `TCA_ACT_STATS`.
    pub fn stats(&self) -> Result<Option<TcaStatsAttrs<'a>>> {
        self.0.read(act_attrs::STATS, |a| Ok(TcaStatsAttrs(a.nested())))
    }
    /// `TCA_ACT_COOKIE`.
    pub fn cookie(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_attrs::COOKIE, |a| Ok(a.payload()))
    }
    /// `TCA_ACT_FLAGS`.
    pub fn flags(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(act_attrs::FLAGS, |a| Ok(*a))
    }
    /// `TCA_ACT_HW_STATS`.
    pub fn hw_stats(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(act_attrs::HW_STATS, |a| Ok(*a))
    }
    /// `TCA_ACT_USED_HW_STATS`.
    pub fn used_hw_stats(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(act_attrs::USED_HW_STATS, |a| Ok(*a))
    }
    /// `TCA_ACT_IN_HW_COUNT`.
    pub fn in_hw_count(&self) -> Result<Option<u32>> {
        self.0.read(act_attrs::IN_HW_COUNT, crate::attr::Attr::u32)
    }
}

/// `TCA_ACT_BPF_*`: the attribute set `act-bpf-attrs`.
pub static ACT_BPF_ATTRS: Space = Space {
    name: "act-bpf-attrs",
    prefix: "TCA_ACT_BPF_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "ops_len", ty: AttrType::U16 },
        AttrSpec { id: 4, name: "ops", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "fd", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "name", ty: AttrType::Str },
        AttrSpec { id: 7, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 8, name: "tag", ty: AttrType::Bytes },
        AttrSpec { id: 9, name: "id", ty: AttrType::Bytes },
    ],
    by_name: &[
        0, 6, 0, 0, 0, 1, 0, 0, 0, 0, 8, 0, 9, 0, 0, 2, 0, 0, 4, 7, 0, 0, 3, 0, 0, 5, 0, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`ACT_BPF_ATTRS`].
pub mod act_bpf_attrs {
    /// `TCA_ACT_BPF_TM`.
    #[doc(alias = "TCA_ACT_BPF_TM")]
    pub const TM: u16 = 1;
    /// `TCA_ACT_BPF_PARMS`.
    #[doc(alias = "TCA_ACT_BPF_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_ACT_BPF_OPS_LEN`.
    #[doc(alias = "TCA_ACT_BPF_OPS_LEN")]
    pub const OPS_LEN: u16 = 3;
    /// `TCA_ACT_BPF_OPS`.
    #[doc(alias = "TCA_ACT_BPF_OPS")]
    pub const OPS: u16 = 4;
    /// `TCA_ACT_BPF_FD`.
    #[doc(alias = "TCA_ACT_BPF_FD")]
    pub const FD: u16 = 5;
    /// `TCA_ACT_BPF_NAME`.
    #[doc(alias = "TCA_ACT_BPF_NAME")]
    pub const NAME: u16 = 6;
    /// `TCA_ACT_BPF_PAD`.
    #[doc(alias = "TCA_ACT_BPF_PAD")]
    pub const PAD: u16 = 7;
    /// `TCA_ACT_BPF_TAG`.
    #[doc(alias = "TCA_ACT_BPF_TAG")]
    pub const TAG: u16 = 8;
    /// `TCA_ACT_BPF_ID`.
    #[doc(alias = "TCA_ACT_BPF_ID")]
    pub const ID: u16 = 9;
}

/// Typed reads of an attribute chain of the set `act-bpf-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActBpfAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActBpfAttrs<'a> {
    /// `TCA_ACT_BPF_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_bpf_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_ACT_BPF_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_bpf_attrs::PARMS, |a| Ok(a.payload()))
    }
    /// `TCA_ACT_BPF_OPS_LEN`.
    pub fn ops_len(&self) -> Result<Option<u16>> {
        self.0.read(act_bpf_attrs::OPS_LEN, crate::attr::Attr::u16)
    }
    /// `TCA_ACT_BPF_OPS`.
    pub fn ops(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_bpf_attrs::OPS, |a| Ok(a.payload()))
    }
    /// `TCA_ACT_BPF_FD`.
    pub fn fd(&self) -> Result<Option<u32>> {
        self.0.read(act_bpf_attrs::FD, crate::attr::Attr::u32)
    }
    /// `TCA_ACT_BPF_NAME`.
    pub fn name(&self) -> Result<Option<&'a str>> {
        self.0.read(act_bpf_attrs::NAME, crate::attr::Attr::str)
    }
    /// `TCA_ACT_BPF_TAG`.
    pub fn tag(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_bpf_attrs::TAG, |a| Ok(a.payload()))
    }
    /// `TCA_ACT_BPF_ID`.
    pub fn id(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_bpf_attrs::ID, |a| Ok(a.payload()))
    }
}

/// `TCA_CONNMARK_*`: the attribute set `act-connmark-attrs`.
pub static ACT_CONNMARK_ATTRS: Space = Space {
    name: "act-connmark-attrs",
    prefix: "TCA_CONNMARK_",
    attrs: &[
        AttrSpec { id: 1, name: "parms", ty: AttrType::Struct(&TC_CONNMARK) },
        AttrSpec { id: 2, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 3, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 0, 3, 0, 2, 0, 1],
};

/// Attribute numbers of [`ACT_CONNMARK_ATTRS`].
pub mod act_connmark_attrs {
    /// `TCA_CONNMARK_PARMS`.
    #[doc(alias = "TCA_CONNMARK_PARMS")]
    pub const PARMS: u16 = 1;
    /// `TCA_CONNMARK_TM`.
    #[doc(alias = "TCA_CONNMARK_TM")]
    pub const TM: u16 = 2;
    /// `TCA_CONNMARK_PAD`.
    #[doc(alias = "TCA_CONNMARK_PAD")]
    pub const PAD: u16 = 3;
}

/// Typed reads of an attribute chain of the set `act-connmark-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActConnmarkAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActConnmarkAttrs<'a> {
    /// `TCA_CONNMARK_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcConnmark>> {
        self.0.read(act_connmark_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_CONNMARK_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_connmark_attrs::TM, crate::attr::Attr::as_struct)
    }
}

/// `TCA_CSUM_*`: the attribute set `act-csum-attrs`.
pub static ACT_CSUM_ATTRS: Space = Space {
    name: "act-csum-attrs",
    prefix: "TCA_CSUM_",
    attrs: &[
        AttrSpec { id: 1, name: "parms", ty: AttrType::Struct(&TC_CSUM) },
        AttrSpec { id: 2, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 3, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 0, 3, 0, 2, 0, 1],
};

/// Attribute numbers of [`ACT_CSUM_ATTRS`].
pub mod act_csum_attrs {
    /// `TCA_CSUM_PARMS`.
    #[doc(alias = "TCA_CSUM_PARMS")]
    pub const PARMS: u16 = 1;
    /// `TCA_CSUM_TM`.
    #[doc(alias = "TCA_CSUM_TM")]
    pub const TM: u16 = 2;
    /// `TCA_CSUM_PAD`.
    #[doc(alias = "TCA_CSUM_PAD")]
    pub const PAD: u16 = 3;
}

/// Typed reads of an attribute chain of the set `act-csum-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActCsumAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActCsumAttrs<'a> {
    /// `TCA_CSUM_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcCsum>> {
        self.0.read(act_csum_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_CSUM_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_csum_attrs::TM, crate::attr::Attr::as_struct)
    }
}

/// `TCA_CT_*`: the attribute set `act-ct-attrs`.
pub static ACT_CT_ATTRS: Space = Space {
    name: "act-ct-attrs",
    prefix: "TCA_CT_",
    attrs: &[
        AttrSpec { id: 1, name: "parms", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 3, name: "action", ty: AttrType::U16 },
        AttrSpec { id: 4, name: "zone", ty: AttrType::U16 },
        AttrSpec { id: 5, name: "mark", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "mark_mask", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "labels", ty: AttrType::Bytes },
        AttrSpec { id: 8, name: "labels_mask", ty: AttrType::Bytes },
        AttrSpec { id: 9, name: "nat_ipv4_min", ty: AttrType::Be32 },
        AttrSpec { id: 10, name: "nat_ipv4_max", ty: AttrType::Be32 },
        AttrSpec { id: 11, name: "nat_ipv6_min", ty: AttrType::Bytes },
        AttrSpec { id: 12, name: "nat_ipv6_max", ty: AttrType::Bytes },
        AttrSpec { id: 13, name: "nat_port_min", ty: AttrType::Be16 },
        AttrSpec { id: 14, name: "nat_port_max", ty: AttrType::Be16 },
        AttrSpec { id: 15, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 16, name: "helper_name", ty: AttrType::Str },
        AttrSpec { id: 17, name: "helper_family", ty: AttrType::U8 },
        AttrSpec { id: 18, name: "helper_proto", ty: AttrType::U8 },
    ],
    by_name: &[
        11, 0, 0, 0, 0, 0, 0, 18, 8, 10, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 2, 0, 3, 0, 5, 0, 0, 17, 0, 4, 1, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 13, 16, 14, 0, 9,
    ],
};

/// Attribute numbers of [`ACT_CT_ATTRS`].
pub mod act_ct_attrs {
    /// `TCA_CT_PARMS`.
    #[doc(alias = "TCA_CT_PARMS")]
    pub const PARMS: u16 = 1;
    /// `TCA_CT_TM`.
    #[doc(alias = "TCA_CT_TM")]
    pub const TM: u16 = 2;
    /// `TCA_CT_ACTION`.
    #[doc(alias = "TCA_CT_ACTION")]
    pub const ACTION: u16 = 3;
    /// `TCA_CT_ZONE`.
    #[doc(alias = "TCA_CT_ZONE")]
    pub const ZONE: u16 = 4;
    /// `TCA_CT_MARK`.
    #[doc(alias = "TCA_CT_MARK")]
    pub const MARK: u16 = 5;
    /// `TCA_CT_MARK_MASK`.
    #[doc(alias = "TCA_CT_MARK_MASK")]
    pub const MARK_MASK: u16 = 6;
    /// `TCA_CT_LABELS`.
    #[doc(alias = "TCA_CT_LABELS")]
    pub const LABELS: u16 = 7;
    /// `TCA_CT_LABELS_MASK`.
    #[doc(alias = "TCA_CT_LABELS_MASK")]
    pub const LABELS_MASK: u16 = 8;
    /// `TCA_CT_NAT_IPV4_MIN`.
    #[doc(alias = "TCA_CT_NAT_IPV4_MIN")]
    pub const NAT_IPV4_MIN: u16 = 9;
    /// `TCA_CT_NAT_IPV4_MAX`.
    #[doc(alias = "TCA_CT_NAT_IPV4_MAX")]
    pub const NAT_IPV4_MAX: u16 = 10;
    /// `TCA_CT_NAT_IPV6_MIN`.
    #[doc(alias = "TCA_CT_NAT_IPV6_MIN")]
    pub const NAT_IPV6_MIN: u16 = 11;
    /// `TCA_CT_NAT_IPV6_MAX`.
    #[doc(alias = "TCA_CT_NAT_IPV6_MAX")]
    pub const NAT_IPV6_MAX: u16 = 12;
    /// `TCA_CT_NAT_PORT_MIN`.
    #[doc(alias = "TCA_CT_NAT_PORT_MIN")]
    pub const NAT_PORT_MIN: u16 = 13;
    /// `TCA_CT_NAT_PORT_MAX`.
    #[doc(alias = "TCA_CT_NAT_PORT_MAX")]
    pub const NAT_PORT_MAX: u16 = 14;
    /// `TCA_CT_PAD`.
    #[doc(alias = "TCA_CT_PAD")]
    pub const PAD: u16 = 15;
    /// `TCA_CT_HELPER_NAME`.
    #[doc(alias = "TCA_CT_HELPER_NAME")]
    pub const HELPER_NAME: u16 = 16;
    /// `TCA_CT_HELPER_FAMILY`.
    #[doc(alias = "TCA_CT_HELPER_FAMILY")]
    pub const HELPER_FAMILY: u16 = 17;
    /// `TCA_CT_HELPER_PROTO`.
    #[doc(alias = "TCA_CT_HELPER_PROTO")]
    pub const HELPER_PROTO: u16 = 18;
}

/// Typed reads of an attribute chain of the set `act-ct-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActCtAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActCtAttrs<'a> {
    /// `TCA_CT_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_ct_attrs::PARMS, |a| Ok(a.payload()))
    }
    /// `TCA_CT_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_ct_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_CT_ACTION`.
    pub fn action(&self) -> Result<Option<u16>> {
        self.0.read(act_ct_attrs::ACTION, crate::attr::Attr::u16)
    }
    /// `TCA_CT_ZONE`.
    pub fn zone(&self) -> Result<Option<u16>> {
        self.0.read(act_ct_attrs::ZONE, crate::attr::Attr::u16)
    }
    /// `TCA_CT_MARK`.
    pub fn mark(&self) -> Result<Option<u32>> {
        self.0.read(act_ct_attrs::MARK, crate::attr::Attr::u32)
    }
    /// `TCA_CT_MARK_MASK`.
    pub fn mark_mask(&self) -> Result<Option<u32>> {
        self.0.read(act_ct_attrs::MARK_MASK, crate::attr::Attr::u32)
    }
    /// `TCA_CT_LABELS`.
    pub fn labels(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_ct_attrs::LABELS, |a| Ok(a.payload()))
    }
    /// `TCA_CT_LABELS_MASK`.
    pub fn labels_mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_ct_attrs::LABELS_MASK, |a| Ok(a.payload()))
    }
    /// `TCA_CT_NAT_IPV4_MIN`.
    pub fn nat_ipv4_min(&self) -> Result<Option<u32>> {
        self.0.read(act_ct_attrs::NAT_IPV4_MIN, crate::attr::Attr::be32)
    }
    /// `TCA_CT_NAT_IPV4_MAX`.
    pub fn nat_ipv4_max(&self) -> Result<Option<u32>> {
        self.0.read(act_ct_attrs::NAT_IPV4_MAX, crate::attr::Attr::be32)
    }
    /// `TCA_CT_NAT_IPV6_MIN`.
    pub fn nat_ipv6_min(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_ct_attrs::NAT_IPV6_MIN, |a| Ok(a.payload()))
    }
    /// `TCA_CT_NAT_IPV6_MAX`.
    pub fn nat_ipv6_max(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_ct_attrs::NAT_IPV6_MAX, |a| Ok(a.payload()))
    }
    /// `TCA_CT_NAT_PORT_MIN`.
    pub fn nat_port_min(&self) -> Result<Option<u16>> {
        self.0.read(act_ct_attrs::NAT_PORT_MIN, crate::attr::Attr::be16)
    }
    /// `TCA_CT_NAT_PORT_MAX`.
    pub fn nat_port_max(&self) -> Result<Option<u16>> {
        self.0.read(act_ct_attrs::NAT_PORT_MAX, crate::attr::Attr::be16)
    }
    /// `TCA_CT_HELPER_NAME`.
    pub fn helper_name(&self) -> Result<Option<&'a str>> {
        self.0.read(act_ct_attrs::HELPER_NAME, crate::attr::Attr::str)
    }
    /// `TCA_CT_HELPER_FAMILY`.
    pub fn helper_family(&self) -> Result<Option<u8>> {
        self.0.read(act_ct_attrs::HELPER_FAMILY, crate::attr::Attr::u8)
    }
    /// `TCA_CT_HELPER_PROTO`.
    pub fn helper_proto(&self) -> Result<Option<u8>> {
        self.0.read(act_ct_attrs::HELPER_PROTO, crate::attr::Attr::u8)
    }
}

/// `TCA_CTINFO_*`: the attribute set `act-ctinfo-attrs`.
pub static ACT_CTINFO_ATTRS: Space = Space {
    name: "act-ctinfo-attrs",
    prefix: "TCA_CTINFO_",
    attrs: &[
        AttrSpec { id: 1, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 3, name: "act", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "zone", ty: AttrType::U16 },
        AttrSpec { id: 5, name: "parms_dscp_mask", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "parms_dscp_statemask", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "parms_cpmark_mask", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "stats_dscp_set", ty: AttrType::U64 },
        AttrSpec { id: 9, name: "stats_dscp_error", ty: AttrType::U64 },
        AttrSpec { id: 10, name: "stats_cpmark_set", ty: AttrType::U64 },
    ],
    by_name: &[
        7, 8, 0, 0, 0, 2, 9, 0, 0, 0, 0, 6, 0, 0, 4, 0, 5, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 3, 0,
    ],
};

/// Attribute numbers of [`ACT_CTINFO_ATTRS`].
pub mod act_ctinfo_attrs {
    /// `TCA_CTINFO_PAD`.
    #[doc(alias = "TCA_CTINFO_PAD")]
    pub const PAD: u16 = 1;
    /// `TCA_CTINFO_TM`.
    #[doc(alias = "TCA_CTINFO_TM")]
    pub const TM: u16 = 2;
    /// `TCA_CTINFO_ACT`.
    #[doc(alias = "TCA_CTINFO_ACT")]
    pub const ACT: u16 = 3;
    /// `TCA_CTINFO_ZONE`.
    #[doc(alias = "TCA_CTINFO_ZONE")]
    pub const ZONE: u16 = 4;
    /// `TCA_CTINFO_PARMS_DSCP_MASK`.
    #[doc(alias = "TCA_CTINFO_PARMS_DSCP_MASK")]
    pub const PARMS_DSCP_MASK: u16 = 5;
    /// `TCA_CTINFO_PARMS_DSCP_STATEMASK`.
    #[doc(alias = "TCA_CTINFO_PARMS_DSCP_STATEMASK")]
    pub const PARMS_DSCP_STATEMASK: u16 = 6;
    /// `TCA_CTINFO_PARMS_CPMARK_MASK`.
    #[doc(alias = "TCA_CTINFO_PARMS_CPMARK_MASK")]
    pub const PARMS_CPMARK_MASK: u16 = 7;
    /// `TCA_CTINFO_STATS_DSCP_SET`.
    #[doc(alias = "TCA_CTINFO_STATS_DSCP_SET")]
    pub const STATS_DSCP_SET: u16 = 8;
    /// `TCA_CTINFO_STATS_DSCP_ERROR`.
    #[doc(alias = "TCA_CTINFO_STATS_DSCP_ERROR")]
    pub const STATS_DSCP_ERROR: u16 = 9;
    /// `TCA_CTINFO_STATS_CPMARK_SET`.
    #[doc(alias = "TCA_CTINFO_STATS_CPMARK_SET")]
    pub const STATS_CPMARK_SET: u16 = 10;
}

/// Typed reads of an attribute chain of the set `act-ctinfo-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActCtinfoAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActCtinfoAttrs<'a> {
    /// `TCA_CTINFO_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_ctinfo_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_CTINFO_ACT`.
    pub fn act(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_ctinfo_attrs::ACT, |a| Ok(a.payload()))
    }
    /// `TCA_CTINFO_ZONE`.
    pub fn zone(&self) -> Result<Option<u16>> {
        self.0.read(act_ctinfo_attrs::ZONE, crate::attr::Attr::u16)
    }
    /// `TCA_CTINFO_PARMS_DSCP_MASK`.
    pub fn parms_dscp_mask(&self) -> Result<Option<u32>> {
        self.0.read(act_ctinfo_attrs::PARMS_DSCP_MASK, crate::attr::Attr::u32)
    }
    /// `TCA_CTINFO_PARMS_DSCP_STATEMASK`.
    pub fn parms_dscp_statemask(&self) -> Result<Option<u32>> {
        self.0.read(act_ctinfo_attrs::PARMS_DSCP_STATEMASK, crate::attr::Attr::u32)
    }
    /// `TCA_CTINFO_PARMS_CPMARK_MASK`.
    pub fn parms_cpmark_mask(&self) -> Result<Option<u32>> {
        self.0.read(act_ctinfo_attrs::PARMS_CPMARK_MASK, crate::attr::Attr::u32)
    }
    /// `TCA_CTINFO_STATS_DSCP_SET`.
    pub fn stats_dscp_set(&self) -> Result<Option<u64>> {
        self.0.read(act_ctinfo_attrs::STATS_DSCP_SET, crate::attr::Attr::u64)
    }
    /// `TCA_CTINFO_STATS_DSCP_ERROR`.
    pub fn stats_dscp_error(&self) -> Result<Option<u64>> {
        self.0.read(act_ctinfo_attrs::STATS_DSCP_ERROR, crate::attr::Attr::u64)
    }
    /// `TCA_CTINFO_STATS_CPMARK_SET`.
    pub fn stats_cpmark_set(&self) -> Result<Option<u64>> {
        self.0.read(act_ctinfo_attrs::STATS_CPMARK_SET, crate::attr::Attr::u64)
    }
}

/// `TCA_GATE_*`: the attribute set `act-gate-attrs`.
pub static ACT_GATE_ATTRS: Space = Space {
    name: "act-gate-attrs",
    prefix: "TCA_GATE_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "priority", ty: AttrType::S32 },
        AttrSpec { id: 5, name: "entry_list", ty: AttrType::Bytes },
        AttrSpec { id: 6, name: "base_time", ty: AttrType::U64 },
        AttrSpec { id: 7, name: "cycle_time", ty: AttrType::U64 },
        AttrSpec { id: 8, name: "cycle_time_ext", ty: AttrType::U64 },
        AttrSpec { id: 9, name: "flags", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "clockid", ty: AttrType::S32 },
    ],
    by_name: &[
        0, 0, 0, 0, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 7, 2, 9, 10, 0, 3, 5, 0, 6, 0, 0, 0, 0, 8, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`ACT_GATE_ATTRS`].
pub mod act_gate_attrs {
    /// `TCA_GATE_TM`.
    #[doc(alias = "TCA_GATE_TM")]
    pub const TM: u16 = 1;
    /// `TCA_GATE_PARMS`.
    #[doc(alias = "TCA_GATE_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_GATE_PAD`.
    #[doc(alias = "TCA_GATE_PAD")]
    pub const PAD: u16 = 3;
    /// `TCA_GATE_PRIORITY`.
    #[doc(alias = "TCA_GATE_PRIORITY")]
    pub const PRIORITY: u16 = 4;
    /// `TCA_GATE_ENTRY_LIST`.
    #[doc(alias = "TCA_GATE_ENTRY_LIST")]
    pub const ENTRY_LIST: u16 = 5;
    /// `TCA_GATE_BASE_TIME`.
    #[doc(alias = "TCA_GATE_BASE_TIME")]
    pub const BASE_TIME: u16 = 6;
    /// `TCA_GATE_CYCLE_TIME`.
    #[doc(alias = "TCA_GATE_CYCLE_TIME")]
    pub const CYCLE_TIME: u16 = 7;
    /// `TCA_GATE_CYCLE_TIME_EXT`.
    #[doc(alias = "TCA_GATE_CYCLE_TIME_EXT")]
    pub const CYCLE_TIME_EXT: u16 = 8;
    /// `TCA_GATE_FLAGS`.
    #[doc(alias = "TCA_GATE_FLAGS")]
    pub const FLAGS: u16 = 9;
    /// `TCA_GATE_CLOCKID`.
    #[doc(alias = "TCA_GATE_CLOCKID")]
    pub const CLOCKID: u16 = 10;
}

/// Typed reads of an attribute chain of the set `act-gate-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActGateAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActGateAttrs<'a> {
    /// `TCA_GATE_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_gate_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_GATE_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_gate_attrs::PARMS, |a| Ok(a.payload()))
    }
    /// `TCA_GATE_PRIORITY`.
    pub fn priority(&self) -> Result<Option<i32>> {
        self.0.read(act_gate_attrs::PRIORITY, crate::attr::Attr::i32)
    }
    /// `TCA_GATE_ENTRY_LIST`.
    pub fn entry_list(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_gate_attrs::ENTRY_LIST, |a| Ok(a.payload()))
    }
    /// `TCA_GATE_BASE_TIME`.
    pub fn base_time(&self) -> Result<Option<u64>> {
        self.0.read(act_gate_attrs::BASE_TIME, crate::attr::Attr::u64)
    }
    /// `TCA_GATE_CYCLE_TIME`.
    pub fn cycle_time(&self) -> Result<Option<u64>> {
        self.0.read(act_gate_attrs::CYCLE_TIME, crate::attr::Attr::u64)
    }
    /// `TCA_GATE_CYCLE_TIME_EXT`.
    pub fn cycle_time_ext(&self) -> Result<Option<u64>> {
        self.0.read(act_gate_attrs::CYCLE_TIME_EXT, crate::attr::Attr::u64)
    }
    /// `TCA_GATE_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(act_gate_attrs::FLAGS, crate::attr::Attr::u32)
    }
    /// `TCA_GATE_CLOCKID`.
    pub fn clockid(&self) -> Result<Option<i32>> {
        self.0.read(act_gate_attrs::CLOCKID, crate::attr::Attr::i32)
    }
}

/// `TCA_IFE_*`: the attribute set `act-ife-attrs`.
pub static ACT_IFE_ATTRS: Space = Space {
    name: "act-ife-attrs",
    prefix: "TCA_IFE_",
    attrs: &[
        AttrSpec { id: 1, name: "parms", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 3, name: "dmac", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "smac", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "type", ty: AttrType::U16 },
        AttrSpec { id: 6, name: "metalst", ty: AttrType::Bytes },
        AttrSpec { id: 7, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[4, 0, 0, 7, 0, 2, 0, 0, 0, 0, 0, 0, 6, 3, 5, 1],
};

/// Attribute numbers of [`ACT_IFE_ATTRS`].
pub mod act_ife_attrs {
    /// `TCA_IFE_PARMS`.
    #[doc(alias = "TCA_IFE_PARMS")]
    pub const PARMS: u16 = 1;
    /// `TCA_IFE_TM`.
    #[doc(alias = "TCA_IFE_TM")]
    pub const TM: u16 = 2;
    /// `TCA_IFE_DMAC`.
    #[doc(alias = "TCA_IFE_DMAC")]
    pub const DMAC: u16 = 3;
    /// `TCA_IFE_SMAC`.
    #[doc(alias = "TCA_IFE_SMAC")]
    pub const SMAC: u16 = 4;
    /// `TCA_IFE_TYPE`.
    #[doc(alias = "TCA_IFE_TYPE")]
    pub const TYPE: u16 = 5;
    /// `TCA_IFE_METALST`.
    #[doc(alias = "TCA_IFE_METALST")]
    pub const METALST: u16 = 6;
    /// `TCA_IFE_PAD`.
    #[doc(alias = "TCA_IFE_PAD")]
    pub const PAD: u16 = 7;
}

/// Typed reads of an attribute chain of the set `act-ife-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActIfeAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActIfeAttrs<'a> {
    /// `TCA_IFE_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_ife_attrs::PARMS, |a| Ok(a.payload()))
    }
    /// `TCA_IFE_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_ife_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_IFE_DMAC`.
    pub fn dmac(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_ife_attrs::DMAC, |a| Ok(a.payload()))
    }
    /// `TCA_IFE_SMAC`.
    pub fn smac(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_ife_attrs::SMAC, |a| Ok(a.payload()))
    }
    /// `TCA_IFE_TYPE`.
    pub fn r#type(&self) -> Result<Option<u16>> {
        self.0.read(act_ife_attrs::TYPE, crate::attr::Attr::u16)
    }
    /// `TCA_IFE_METALST`.
    pub fn metalst(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_ife_attrs::METALST, |a| Ok(a.payload()))
    }
}

/// `TCA_MIRRED_*`: the attribute set `act-mirred-attrs`.
pub static ACT_MIRRED_ATTRS: Space = Space {
    name: "act-mirred-attrs",
    prefix: "TCA_MIRRED_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Struct(&TC_MIRRED) },
        AttrSpec { id: 3, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "blockid", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 0, 3, 4, 1, 0, 2],
};

/// Attribute numbers of [`ACT_MIRRED_ATTRS`].
pub mod act_mirred_attrs {
    /// `TCA_MIRRED_TM`.
    #[doc(alias = "TCA_MIRRED_TM")]
    pub const TM: u16 = 1;
    /// `TCA_MIRRED_PARMS`.
    #[doc(alias = "TCA_MIRRED_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_MIRRED_PAD`.
    #[doc(alias = "TCA_MIRRED_PAD")]
    pub const PAD: u16 = 3;
    /// `TCA_MIRRED_BLOCKID`.
    #[doc(alias = "TCA_MIRRED_BLOCKID")]
    pub const BLOCKID: u16 = 4;
}

/// Typed reads of an attribute chain of the set `act-mirred-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActMirredAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActMirredAttrs<'a> {
    /// `TCA_MIRRED_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_mirred_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_MIRRED_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcMirred>> {
        self.0.read(act_mirred_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_MIRRED_BLOCKID`.
    pub fn blockid(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_mirred_attrs::BLOCKID, |a| Ok(a.payload()))
    }
}

/// `TCA_MPLS_*`: the attribute set `act-mpls-attrs`.
pub static ACT_MPLS_ATTRS: Space = Space {
    name: "act-mpls-attrs",
    prefix: "TCA_MPLS_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Struct(&TC_MPLS) },
        AttrSpec { id: 3, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "proto", ty: AttrType::Be16 },
        AttrSpec { id: 5, name: "label", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "tc", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "ttl", ty: AttrType::U8 },
        AttrSpec { id: 8, name: "bos", ty: AttrType::U8 },
    ],
    by_name: &[0, 0, 0, 3, 0, 1, 4, 0, 0, 6, 5, 7, 8, 0, 0, 2],
};

/// Attribute numbers of [`ACT_MPLS_ATTRS`].
pub mod act_mpls_attrs {
    /// `TCA_MPLS_TM`.
    #[doc(alias = "TCA_MPLS_TM")]
    pub const TM: u16 = 1;
    /// `TCA_MPLS_PARMS`.
    #[doc(alias = "TCA_MPLS_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_MPLS_PAD`.
    #[doc(alias = "TCA_MPLS_PAD")]
    pub const PAD: u16 = 3;
    /// `TCA_MPLS_PROTO`.
    #[doc(alias = "TCA_MPLS_PROTO")]
    pub const PROTO: u16 = 4;
    /// `TCA_MPLS_LABEL`.
    #[doc(alias = "TCA_MPLS_LABEL")]
    pub const LABEL: u16 = 5;
    /// `TCA_MPLS_TC`.
    #[doc(alias = "TCA_MPLS_TC")]
    pub const TC: u16 = 6;
    /// `TCA_MPLS_TTL`.
    #[doc(alias = "TCA_MPLS_TTL")]
    pub const TTL: u16 = 7;
    /// `TCA_MPLS_BOS`.
    #[doc(alias = "TCA_MPLS_BOS")]
    pub const BOS: u16 = 8;
}

/// Typed reads of an attribute chain of the set `act-mpls-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActMplsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActMplsAttrs<'a> {
    /// `TCA_MPLS_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_mpls_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_MPLS_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcMpls>> {
        self.0.read(act_mpls_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_MPLS_PROTO`.
    pub fn proto(&self) -> Result<Option<u16>> {
        self.0.read(act_mpls_attrs::PROTO, crate::attr::Attr::be16)
    }
    /// `TCA_MPLS_LABEL`.
    pub fn label(&self) -> Result<Option<u32>> {
        self.0.read(act_mpls_attrs::LABEL, crate::attr::Attr::u32)
    }
    /// `TCA_MPLS_TC`.
    pub fn tc(&self) -> Result<Option<u8>> {
        self.0.read(act_mpls_attrs::TC, crate::attr::Attr::u8)
    }
    /// `TCA_MPLS_TTL`.
    pub fn ttl(&self) -> Result<Option<u8>> {
        self.0.read(act_mpls_attrs::TTL, crate::attr::Attr::u8)
    }
    /// `TCA_MPLS_BOS`.
    pub fn bos(&self) -> Result<Option<u8>> {
        self.0.read(act_mpls_attrs::BOS, crate::attr::Attr::u8)
    }
}

/// `TCA_NAT_*`: the attribute set `act-nat-attrs`.
pub static ACT_NAT_ATTRS: Space = Space {
    name: "act-nat-attrs",
    prefix: "TCA_NAT_",
    attrs: &[
        AttrSpec { id: 1, name: "parms", ty: AttrType::Struct(&TC_NAT) },
        AttrSpec { id: 2, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 3, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 0, 3, 0, 2, 0, 1],
};

/// Attribute numbers of [`ACT_NAT_ATTRS`].
pub mod act_nat_attrs {
    /// `TCA_NAT_PARMS`.
    #[doc(alias = "TCA_NAT_PARMS")]
    pub const PARMS: u16 = 1;
    /// `TCA_NAT_TM`.
    #[doc(alias = "TCA_NAT_TM")]
    pub const TM: u16 = 2;
    /// `TCA_NAT_PAD`.
    #[doc(alias = "TCA_NAT_PAD")]
    pub const PAD: u16 = 3;
}

/// Typed reads of an attribute chain of the set `act-nat-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActNatAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActNatAttrs<'a> {
    /// `TCA_NAT_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcNat>> {
        self.0.read(act_nat_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_NAT_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_nat_attrs::TM, crate::attr::Attr::as_struct)
    }
}

/// `TCA_PEDIT_*`: the attribute set `act-pedit-attrs`.
pub static ACT_PEDIT_ATTRS: Space = Space {
    name: "act-pedit-attrs",
    prefix: "TCA_PEDIT_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Struct(&TC_PEDIT_SEL) },
        AttrSpec { id: 3, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "parms_ex", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "keys_ex", ty: AttrType::Bytes },
        AttrSpec { id: 6, name: "key_ex", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 0, 3, 0, 1, 0, 0, 0, 6, 0, 0, 5, 0, 4, 2],
};

/// Attribute numbers of [`ACT_PEDIT_ATTRS`].
pub mod act_pedit_attrs {
    /// `TCA_PEDIT_TM`.
    #[doc(alias = "TCA_PEDIT_TM")]
    pub const TM: u16 = 1;
    /// `TCA_PEDIT_PARMS`.
    #[doc(alias = "TCA_PEDIT_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_PEDIT_PAD`.
    #[doc(alias = "TCA_PEDIT_PAD")]
    pub const PAD: u16 = 3;
    /// `TCA_PEDIT_PARMS_EX`.
    #[doc(alias = "TCA_PEDIT_PARMS_EX")]
    pub const PARMS_EX: u16 = 4;
    /// `TCA_PEDIT_KEYS_EX`.
    #[doc(alias = "TCA_PEDIT_KEYS_EX")]
    pub const KEYS_EX: u16 = 5;
    /// `TCA_PEDIT_KEY_EX`.
    #[doc(alias = "TCA_PEDIT_KEY_EX")]
    pub const KEY_EX: u16 = 6;
}

/// Typed reads of an attribute chain of the set `act-pedit-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActPeditAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActPeditAttrs<'a> {
    /// `TCA_PEDIT_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_pedit_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_PEDIT_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcPeditSel>> {
        self.0.read(act_pedit_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_PEDIT_PARMS_EX`.
    pub fn parms_ex(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_pedit_attrs::PARMS_EX, |a| Ok(a.payload()))
    }
    /// `TCA_PEDIT_KEYS_EX`.
    pub fn keys_ex(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_pedit_attrs::KEYS_EX, |a| Ok(a.payload()))
    }
    /// `TCA_PEDIT_KEY_EX`.
    pub fn key_ex(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_pedit_attrs::KEY_EX, |a| Ok(a.payload()))
    }
}

/// `TCA_DEF_*`: the attribute set `act-simple-attrs`.
pub static ACT_SIMPLE_ATTRS: Space = Space {
    name: "act-simple-attrs",
    prefix: "TCA_DEF_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "data", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 0, 4, 0, 1, 3, 2],
};

/// Attribute numbers of [`ACT_SIMPLE_ATTRS`].
pub mod act_simple_attrs {
    /// `TCA_DEF_TM`.
    #[doc(alias = "TCA_DEF_TM")]
    pub const TM: u16 = 1;
    /// `TCA_DEF_PARMS`.
    #[doc(alias = "TCA_DEF_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_DEF_DATA`.
    #[doc(alias = "TCA_DEF_DATA")]
    pub const DATA: u16 = 3;
    /// `TCA_DEF_PAD`.
    #[doc(alias = "TCA_DEF_PAD")]
    pub const PAD: u16 = 4;
}

/// Typed reads of an attribute chain of the set `act-simple-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActSimpleAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActSimpleAttrs<'a> {
    /// `TCA_DEF_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_simple_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_DEF_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_simple_attrs::PARMS, |a| Ok(a.payload()))
    }
    /// `TCA_DEF_DATA`.
    pub fn data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_simple_attrs::DATA, |a| Ok(a.payload()))
    }
}

/// `TCA_SKBEDIT_*`: the attribute set `act-skbedit-attrs`.
pub static ACT_SKBEDIT_ATTRS: Space = Space {
    name: "act-skbedit-attrs",
    prefix: "TCA_SKBEDIT_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "priority", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "queue_mapping", ty: AttrType::U16 },
        AttrSpec { id: 5, name: "mark", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 7, name: "ptype", ty: AttrType::U16 },
        AttrSpec { id: 8, name: "mask", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "flags", ty: AttrType::U64 },
        AttrSpec { id: 10, name: "queue_mapping_max", ty: AttrType::U16 },
    ],
    by_name: &[
        8, 0, 0, 0, 3, 1, 0, 10, 0, 5, 7, 0, 0, 0, 9, 2, 4, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`ACT_SKBEDIT_ATTRS`].
pub mod act_skbedit_attrs {
    /// `TCA_SKBEDIT_TM`.
    #[doc(alias = "TCA_SKBEDIT_TM")]
    pub const TM: u16 = 1;
    /// `TCA_SKBEDIT_PARMS`.
    #[doc(alias = "TCA_SKBEDIT_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_SKBEDIT_PRIORITY`.
    #[doc(alias = "TCA_SKBEDIT_PRIORITY")]
    pub const PRIORITY: u16 = 3;
    /// `TCA_SKBEDIT_QUEUE_MAPPING`.
    #[doc(alias = "TCA_SKBEDIT_QUEUE_MAPPING")]
    pub const QUEUE_MAPPING: u16 = 4;
    /// `TCA_SKBEDIT_MARK`.
    #[doc(alias = "TCA_SKBEDIT_MARK")]
    pub const MARK: u16 = 5;
    /// `TCA_SKBEDIT_PAD`.
    #[doc(alias = "TCA_SKBEDIT_PAD")]
    pub const PAD: u16 = 6;
    /// `TCA_SKBEDIT_PTYPE`.
    #[doc(alias = "TCA_SKBEDIT_PTYPE")]
    pub const PTYPE: u16 = 7;
    /// `TCA_SKBEDIT_MASK`.
    #[doc(alias = "TCA_SKBEDIT_MASK")]
    pub const MASK: u16 = 8;
    /// `TCA_SKBEDIT_FLAGS`.
    #[doc(alias = "TCA_SKBEDIT_FLAGS")]
    pub const FLAGS: u16 = 9;
    /// `TCA_SKBEDIT_QUEUE_MAPPING_MAX`.
    #[doc(alias = "TCA_SKBEDIT_QUEUE_MAPPING_MAX")]
    pub const QUEUE_MAPPING_MAX: u16 = 10;
}

/// Typed reads of an attribute chain of the set `act-skbedit-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActSkbeditAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActSkbeditAttrs<'a> {
    /// `TCA_SKBEDIT_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_skbedit_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_SKBEDIT_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_skbedit_attrs::PARMS, |a| Ok(a.payload()))
    }
    /// `TCA_SKBEDIT_PRIORITY`.
    pub fn priority(&self) -> Result<Option<u32>> {
        self.0.read(act_skbedit_attrs::PRIORITY, crate::attr::Attr::u32)
    }
    /// `TCA_SKBEDIT_QUEUE_MAPPING`.
    pub fn queue_mapping(&self) -> Result<Option<u16>> {
        self.0.read(act_skbedit_attrs::QUEUE_MAPPING, crate::attr::Attr::u16)
    }
    /// `TCA_SKBEDIT_MARK`.
    pub fn mark(&self) -> Result<Option<u32>> {
        self.0.read(act_skbedit_attrs::MARK, crate::attr::Attr::u32)
    }
    /// `TCA_SKBEDIT_PTYPE`.
    pub fn ptype(&self) -> Result<Option<u16>> {
        self.0.read(act_skbedit_attrs::PTYPE, crate::attr::Attr::u16)
    }
    /// `TCA_SKBEDIT_MASK`.
    pub fn mask(&self) -> Result<Option<u32>> {
        self.0.read(act_skbedit_attrs::MASK, crate::attr::Attr::u32)
    }
    /// `TCA_SKBEDIT_FLAGS`.
    pub fn flags(&self) -> Result<Option<u64>> {
        self.0.read(act_skbedit_attrs::FLAGS, crate::attr::Attr::u64)
    }
    /// `TCA_SKBEDIT_QUEUE_MAPPING_MAX`.
    pub fn queue_mapping_max(&self) -> Result<Option<u16>> {
        self.0.read(act_skbedit_attrs::QUEUE_MAPPING_MAX, crate::attr::Attr::u16)
    }
}

/// `TCA_SKBMOD_*`: the attribute set `act-skbmod-attrs`.
pub static ACT_SKBMOD_ATTRS: Space = Space {
    name: "act-skbmod-attrs",
    prefix: "TCA_SKBMOD_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "dmac", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "smac", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "etype", ty: AttrType::Bytes },
        AttrSpec { id: 6, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[4, 0, 0, 6, 0, 1, 5, 0, 0, 0, 0, 0, 0, 3, 0, 2],
};

/// Attribute numbers of [`ACT_SKBMOD_ATTRS`].
pub mod act_skbmod_attrs {
    /// `TCA_SKBMOD_TM`.
    #[doc(alias = "TCA_SKBMOD_TM")]
    pub const TM: u16 = 1;
    /// `TCA_SKBMOD_PARMS`.
    #[doc(alias = "TCA_SKBMOD_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_SKBMOD_DMAC`.
    #[doc(alias = "TCA_SKBMOD_DMAC")]
    pub const DMAC: u16 = 3;
    /// `TCA_SKBMOD_SMAC`.
    #[doc(alias = "TCA_SKBMOD_SMAC")]
    pub const SMAC: u16 = 4;
    /// `TCA_SKBMOD_ETYPE`.
    #[doc(alias = "TCA_SKBMOD_ETYPE")]
    pub const ETYPE: u16 = 5;
    /// `TCA_SKBMOD_PAD`.
    #[doc(alias = "TCA_SKBMOD_PAD")]
    pub const PAD: u16 = 6;
}

/// Typed reads of an attribute chain of the set `act-skbmod-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActSkbmodAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActSkbmodAttrs<'a> {
    /// `TCA_SKBMOD_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_skbmod_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_SKBMOD_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_skbmod_attrs::PARMS, |a| Ok(a.payload()))
    }
    /// `TCA_SKBMOD_DMAC`.
    pub fn dmac(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_skbmod_attrs::DMAC, |a| Ok(a.payload()))
    }
    /// `TCA_SKBMOD_SMAC`.
    pub fn smac(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_skbmod_attrs::SMAC, |a| Ok(a.payload()))
    }
    /// `TCA_SKBMOD_ETYPE`.
    pub fn etype(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_skbmod_attrs::ETYPE, |a| Ok(a.payload()))
    }
}

/// `TCA_TUNNEL_KEY_*`: the attribute set `act-tunnel-key-attrs`.
pub static ACT_TUNNEL_KEY_ATTRS: Space = Space {
    name: "act-tunnel-key-attrs",
    prefix: "TCA_TUNNEL_KEY_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Struct(&TC_TUNNEL_KEY) },
        AttrSpec { id: 3, name: "enc_ipv4_src", ty: AttrType::Be32 },
        AttrSpec { id: 4, name: "enc_ipv4_dst", ty: AttrType::Be32 },
        AttrSpec { id: 5, name: "enc_ipv6_src", ty: AttrType::Bytes },
        AttrSpec { id: 6, name: "enc_ipv6_dst", ty: AttrType::Bytes },
        AttrSpec { id: 7, name: "enc_key_id", ty: AttrType::Be32 },
        AttrSpec { id: 8, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 9, name: "enc_dst_port", ty: AttrType::Be16 },
        AttrSpec { id: 10, name: "no_csum", ty: AttrType::U8 },
        AttrSpec { id: 11, name: "enc_opts", ty: AttrType::Nested(&TUNNEL_KEY_ENC_OPTS_ATTRS) },
        AttrSpec { id: 12, name: "enc_tos", ty: AttrType::U8 },
        AttrSpec { id: 13, name: "enc_ttl", ty: AttrType::U8 },
        AttrSpec { id: 14, name: "no_frag", ty: AttrType::Flag },
    ],
    by_name: &[
        4, 6, 0, 0, 10, 1, 0, 14, 0, 7, 9, 0, 0, 0, 0, 2, 0, 0, 0, 8, 12, 3, 5, 0, 11, 0, 13, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`ACT_TUNNEL_KEY_ATTRS`].
pub mod act_tunnel_key_attrs {
    /// `TCA_TUNNEL_KEY_TM`.
    #[doc(alias = "TCA_TUNNEL_KEY_TM")]
    pub const TM: u16 = 1;
    /// `TCA_TUNNEL_KEY_PARMS`.
    #[doc(alias = "TCA_TUNNEL_KEY_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_TUNNEL_KEY_ENC_IPV4_SRC`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_IPV4_SRC")]
    pub const ENC_IPV4_SRC: u16 = 3;
    /// `TCA_TUNNEL_KEY_ENC_IPV4_DST`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_IPV4_DST")]
    pub const ENC_IPV4_DST: u16 = 4;
    /// `TCA_TUNNEL_KEY_ENC_IPV6_SRC`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_IPV6_SRC")]
    pub const ENC_IPV6_SRC: u16 = 5;
    /// `TCA_TUNNEL_KEY_ENC_IPV6_DST`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_IPV6_DST")]
    pub const ENC_IPV6_DST: u16 = 6;
    /// `TCA_TUNNEL_KEY_ENC_KEY_ID`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_KEY_ID")]
    pub const ENC_KEY_ID: u16 = 7;
    /// `TCA_TUNNEL_KEY_PAD`.
    #[doc(alias = "TCA_TUNNEL_KEY_PAD")]
    pub const PAD: u16 = 8;
    /// `TCA_TUNNEL_KEY_ENC_DST_PORT`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_DST_PORT")]
    pub const ENC_DST_PORT: u16 = 9;
    /// `TCA_TUNNEL_KEY_NO_CSUM`.
    #[doc(alias = "TCA_TUNNEL_KEY_NO_CSUM")]
    pub const NO_CSUM: u16 = 10;
    /// `TCA_TUNNEL_KEY_ENC_OPTS`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPTS")]
    pub const ENC_OPTS: u16 = 11;
    /// `TCA_TUNNEL_KEY_ENC_TOS`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_TOS")]
    pub const ENC_TOS: u16 = 12;
    /// `TCA_TUNNEL_KEY_ENC_TTL`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_TTL")]
    pub const ENC_TTL: u16 = 13;
    /// `TCA_TUNNEL_KEY_NO_FRAG`.
    #[doc(alias = "TCA_TUNNEL_KEY_NO_FRAG")]
    pub const NO_FRAG: u16 = 14;
}

/// Typed reads of an attribute chain of the set `act-tunnel-key-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActTunnelKeyAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActTunnelKeyAttrs<'a> {
    /// `TCA_TUNNEL_KEY_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_tunnel_key_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_TUNNEL_KEY_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcTunnelKey>> {
        self.0.read(act_tunnel_key_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_TUNNEL_KEY_ENC_IPV4_SRC`.
    pub fn enc_ipv4_src(&self) -> Result<Option<u32>> {
        self.0.read(act_tunnel_key_attrs::ENC_IPV4_SRC, crate::attr::Attr::be32)
    }
    /// `TCA_TUNNEL_KEY_ENC_IPV4_DST`.
    pub fn enc_ipv4_dst(&self) -> Result<Option<u32>> {
        self.0.read(act_tunnel_key_attrs::ENC_IPV4_DST, crate::attr::Attr::be32)
    }
    /// `TCA_TUNNEL_KEY_ENC_IPV6_SRC`.
    pub fn enc_ipv6_src(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_tunnel_key_attrs::ENC_IPV6_SRC, |a| Ok(a.payload()))
    }
    /// `TCA_TUNNEL_KEY_ENC_IPV6_DST`.
    pub fn enc_ipv6_dst(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_tunnel_key_attrs::ENC_IPV6_DST, |a| Ok(a.payload()))
    }
    /// `TCA_TUNNEL_KEY_ENC_KEY_ID`.
    pub fn enc_key_id(&self) -> Result<Option<u32>> {
        self.0.read(act_tunnel_key_attrs::ENC_KEY_ID, crate::attr::Attr::be32)
    }
    /// `TCA_TUNNEL_KEY_ENC_DST_PORT`.
    pub fn enc_dst_port(&self) -> Result<Option<u16>> {
        self.0.read(act_tunnel_key_attrs::ENC_DST_PORT, crate::attr::Attr::be16)
    }
    /// `TCA_TUNNEL_KEY_NO_CSUM`.
    pub fn no_csum(&self) -> Result<Option<u8>> {
        self.0.read(act_tunnel_key_attrs::NO_CSUM, crate::attr::Attr::u8)
    }
    /// `TCA_TUNNEL_KEY_ENC_OPTS`.
    pub fn enc_opts(&self) -> Result<Option<TunnelKeyEncOptsAttrs<'a>>> {
        self.0.read(act_tunnel_key_attrs::ENC_OPTS, |a| Ok(TunnelKeyEncOptsAttrs(a.nested())))
    }
    /// `TCA_TUNNEL_KEY_ENC_TOS`.
    pub fn enc_tos(&self) -> Result<Option<u8>> {
        self.0.read(act_tunnel_key_attrs::ENC_TOS, crate::attr::Attr::u8)
    }
    /// `TCA_TUNNEL_KEY_ENC_TTL`.
    pub fn enc_ttl(&self) -> Result<Option<u8>> {
        self.0.read(act_tunnel_key_attrs::ENC_TTL, crate::attr::Attr::u8)
    }
    /// `TCA_TUNNEL_KEY_NO_FRAG`.
    pub fn no_frag(&self) -> Result<bool> {
        self.0.flag(act_tunnel_key_attrs::NO_FRAG)
    }
}

/// `TCA_VLAN_*`: the attribute set `act-vlan-attrs`.
pub static ACT_VLAN_ATTRS: Space = Space {
    name: "act-vlan-attrs",
    prefix: "TCA_VLAN_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Struct(&TC_VLAN) },
        AttrSpec { id: 3, name: "push_vlan_id", ty: AttrType::U16 },
        AttrSpec { id: 4, name: "push_vlan_protocol", ty: AttrType::U16 },
        AttrSpec { id: 5, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 6, name: "push_vlan_priority", ty: AttrType::U8 },
        AttrSpec { id: 7, name: "push_eth_dst", ty: AttrType::Bytes },
        AttrSpec { id: 8, name: "push_eth_src", ty: AttrType::Bytes },
    ],
    by_name: &[0, 7, 0, 5, 4, 1, 8, 0, 0, 3, 0, 6, 0, 0, 0, 2],
};

/// Attribute numbers of [`ACT_VLAN_ATTRS`].
pub mod act_vlan_attrs {
    /// `TCA_VLAN_TM`.
    #[doc(alias = "TCA_VLAN_TM")]
    pub const TM: u16 = 1;
    /// `TCA_VLAN_PARMS`.
    #[doc(alias = "TCA_VLAN_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_VLAN_PUSH_VLAN_ID`.
    #[doc(alias = "TCA_VLAN_PUSH_VLAN_ID")]
    pub const PUSH_VLAN_ID: u16 = 3;
    /// `TCA_VLAN_PUSH_VLAN_PROTOCOL`.
    #[doc(alias = "TCA_VLAN_PUSH_VLAN_PROTOCOL")]
    pub const PUSH_VLAN_PROTOCOL: u16 = 4;
    /// `TCA_VLAN_PAD`.
    #[doc(alias = "TCA_VLAN_PAD")]
    pub const PAD: u16 = 5;
    /// `TCA_VLAN_PUSH_VLAN_PRIORITY`.
    #[doc(alias = "TCA_VLAN_PUSH_VLAN_PRIORITY")]
    pub const PUSH_VLAN_PRIORITY: u16 = 6;
    /// `TCA_VLAN_PUSH_ETH_DST`.
    #[doc(alias = "TCA_VLAN_PUSH_ETH_DST")]
    pub const PUSH_ETH_DST: u16 = 7;
    /// `TCA_VLAN_PUSH_ETH_SRC`.
    #[doc(alias = "TCA_VLAN_PUSH_ETH_SRC")]
    pub const PUSH_ETH_SRC: u16 = 8;
}

/// Typed reads of an attribute chain of the set `act-vlan-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActVlanAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActVlanAttrs<'a> {
    /// `TCA_VLAN_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_vlan_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_VLAN_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcVlan>> {
        self.0.read(act_vlan_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_VLAN_PUSH_VLAN_ID`.
    pub fn push_vlan_id(&self) -> Result<Option<u16>> {
        self.0.read(act_vlan_attrs::PUSH_VLAN_ID, crate::attr::Attr::u16)
    }
    /// `TCA_VLAN_PUSH_VLAN_PROTOCOL`.
    pub fn push_vlan_protocol(&self) -> Result<Option<u16>> {
        self.0.read(act_vlan_attrs::PUSH_VLAN_PROTOCOL, crate::attr::Attr::u16)
    }
    /// `TCA_VLAN_PUSH_VLAN_PRIORITY`.
    pub fn push_vlan_priority(&self) -> Result<Option<u8>> {
        self.0.read(act_vlan_attrs::PUSH_VLAN_PRIORITY, crate::attr::Attr::u8)
    }
    /// `TCA_VLAN_PUSH_ETH_DST`.
    pub fn push_eth_dst(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_vlan_attrs::PUSH_ETH_DST, |a| Ok(a.payload()))
    }
    /// `TCA_VLAN_PUSH_ETH_SRC`.
    pub fn push_eth_src(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(act_vlan_attrs::PUSH_ETH_SRC, |a| Ok(a.payload()))
    }
}

/// The type of each entry of `TCA_BASIC_ACT`.
static BASIC_ATTRS_ACT_ELEMENT: AttrType = AttrType::Nested(&ACT_ATTRS);

/// `TCA_BASIC_*`: the attribute set `basic-attrs`.
pub static BASIC_ATTRS: Space = Space {
    name: "basic-attrs",
    prefix: "TCA_BASIC_",
    attrs: &[
        AttrSpec { id: 1, name: "classid", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "ematches", ty: AttrType::Nested(&EMATCH_ATTRS) },
        AttrSpec { id: 3, name: "act", ty: AttrType::Array(&BASIC_ATTRS_ACT_ELEMENT) },
        AttrSpec { id: 4, name: "police", ty: AttrType::Nested(&POLICE_ATTRS) },
        AttrSpec { id: 5, name: "pcnt", ty: AttrType::Struct(&TC_BASIC_PCNT) },
        AttrSpec { id: 6, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[1, 0, 0, 5, 2, 6, 0, 0, 0, 4, 0, 0, 0, 0, 3, 0],
};

/// Attribute numbers of [`BASIC_ATTRS`].
pub mod basic_attrs {
    /// `TCA_BASIC_CLASSID`.
    #[doc(alias = "TCA_BASIC_CLASSID")]
    pub const CLASSID: u16 = 1;
    /// `TCA_BASIC_EMATCHES`.
    #[doc(alias = "TCA_BASIC_EMATCHES")]
    pub const EMATCHES: u16 = 2;
    /// `TCA_BASIC_ACT`.
    #[doc(alias = "TCA_BASIC_ACT")]
    pub const ACT: u16 = 3;
    /// `TCA_BASIC_POLICE`.
    #[doc(alias = "TCA_BASIC_POLICE")]
    pub const POLICE: u16 = 4;
    /// `TCA_BASIC_PCNT`.
    #[doc(alias = "TCA_BASIC_PCNT")]
    pub const PCNT: u16 = 5;
    /// `TCA_BASIC_PAD`.
    #[doc(alias = "TCA_BASIC_PAD")]
    pub const PAD: u16 = 6;
}

/// Typed reads of an attribute chain of the set `basic-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BasicAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BasicAttrs<'a> {
    /// `TCA_BASIC_CLASSID`.
    pub fn classid(&self) -> Result<Option<u32>> {
        self.0.read(basic_attrs::CLASSID, crate::attr::Attr::u32)
    }
    /// `TCA_BASIC_EMATCHES`.
    pub fn ematches(&self) -> Result<Option<EmatchAttrs<'a>>> {
        self.0.read(basic_attrs::EMATCHES, |a| Ok(EmatchAttrs(a.nested())))
    }
    /// `TCA_BASIC_ACT`.
    pub fn act(&self) -> impl Iterator<Item = Result<ActAttrs<'a>>> + 'a {
        self.0.read_array(basic_attrs::ACT, |a| Ok(ActAttrs(a.nested())))
    }
    /// `TCA_BASIC_POLICE`.
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>> {
        self.0.read(basic_attrs::POLICE, |a| Ok(PoliceAttrs(a.nested())))
    }
    /// `TCA_BASIC_PCNT`.
    pub fn pcnt(&self) -> Result<Option<&'a TcBasicPcnt>> {
        self.0.read(basic_attrs::PCNT, crate::attr::Attr::as_struct)
    }
}

/// The type of each entry of `TCA_BPF_ACT`.
static BPF_ATTRS_ACT_ELEMENT: AttrType = AttrType::Nested(&ACT_ATTRS);

/// `TCA_BPF_*`: the attribute set `bpf-attrs`.
pub static BPF_ATTRS: Space = Space {
    name: "bpf-attrs",
    prefix: "TCA_BPF_",
    attrs: &[
        AttrSpec { id: 1, name: "act", ty: AttrType::Array(&BPF_ATTRS_ACT_ELEMENT) },
        AttrSpec { id: 2, name: "police", ty: AttrType::Nested(&POLICE_ATTRS) },
        AttrSpec { id: 3, name: "classid", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "ops_len", ty: AttrType::U16 },
        AttrSpec { id: 5, name: "ops", ty: AttrType::Bytes },
        AttrSpec { id: 6, name: "fd", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "name", ty: AttrType::Str },
        AttrSpec { id: 8, name: "flags", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "flags_gen", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "tag", ty: AttrType::Bytes },
        AttrSpec { id: 11, name: "id", ty: AttrType::U32 },
    ],
    by_name: &[
        3, 7, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 11, 0, 8, 0, 0, 0, 5, 9, 0, 0, 4, 0, 0, 2, 6, 0, 0, 0, 1, 0,
    ],
};

/// Attribute numbers of [`BPF_ATTRS`].
pub mod bpf_attrs {
    /// `TCA_BPF_ACT`.
    #[doc(alias = "TCA_BPF_ACT")]
    pub const ACT: u16 = 1;
    /// `TCA_BPF_POLICE`.
    #[doc(alias = "TCA_BPF_POLICE")]
    pub const POLICE: u16 = 2;
    /// `TCA_BPF_CLASSID`.
    #[doc(alias = "TCA_BPF_CLASSID")]
    pub const CLASSID: u16 = 3;
    /// `TCA_BPF_OPS_LEN`.
    #[doc(alias = "TCA_BPF_OPS_LEN")]
    pub const OPS_LEN: u16 = 4;
    /// `TCA_BPF_OPS`.
    #[doc(alias = "TCA_BPF_OPS")]
    pub const OPS: u16 = 5;
    /// `TCA_BPF_FD`.
    #[doc(alias = "TCA_BPF_FD")]
    pub const FD: u16 = 6;
    /// `TCA_BPF_NAME`.
    #[doc(alias = "TCA_BPF_NAME")]
    pub const NAME: u16 = 7;
    /// `TCA_BPF_FLAGS`.
    #[doc(alias = "TCA_BPF_FLAGS")]
    pub const FLAGS: u16 = 8;
    /// `TCA_BPF_FLAGS_GEN`.
    #[doc(alias = "TCA_BPF_FLAGS_GEN")]
    pub const FLAGS_GEN: u16 = 9;
    /// `TCA_BPF_TAG`.
    #[doc(alias = "TCA_BPF_TAG")]
    pub const TAG: u16 = 10;
    /// `TCA_BPF_ID`.
    #[doc(alias = "TCA_BPF_ID")]
    pub const ID: u16 = 11;
}

/// Typed reads of an attribute chain of the set `bpf-attrs`.
#[derive(Clone, Debug, Default)]
pub struct BpfAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> BpfAttrs<'a> {
    /// `TCA_BPF_ACT`.
    pub fn act(&self) -> impl Iterator<Item = Result<ActAttrs<'a>>> + 'a {
        self.0.read_array(bpf_attrs::ACT, |a| Ok(ActAttrs(a.nested())))
    }
    /// `TCA_BPF_POLICE`.
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>> {
        self.0.read(bpf_attrs::POLICE, |a| Ok(PoliceAttrs(a.nested())))
    }
    /// `TCA_BPF_CLASSID`.
    pub fn classid(&self) -> Result<Option<u32>> {
        self.0.read(bpf_attrs::CLASSID, crate::attr::Attr::u32)
    }
    /// `TCA_BPF_OPS_LEN`.
    pub fn ops_len(&self) -> Result<Option<u16>> {
        self.0.read(bpf_attrs::OPS_LEN, crate::attr::Attr::u16)
    }
    /// `TCA_BPF_OPS`.
    pub fn ops(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(bpf_attrs::OPS, |a| Ok(a.payload()))
    }
    /// `TCA_BPF_FD`.
    pub fn fd(&self) -> Result<Option<u32>> {
        self.0.read(bpf_attrs::FD, crate::attr::Attr::u32)
    }
    /// `TCA_BPF_NAME`.
    pub fn name(&self) -> Result<Option<&'a str>> {
        self.0.read(bpf_attrs::NAME, crate::attr::Attr::str)
    }
    /// `TCA_BPF_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(bpf_attrs::FLAGS, crate::attr::Attr::u32)
    }
    /// `TCA_BPF_FLAGS_GEN`.
    pub fn flags_gen(&self) -> Result<Option<u32>> {
        self.0.read(bpf_attrs::FLAGS_GEN, crate::attr::Attr::u32)
    }
    /// `TCA_BPF_TAG`.
    pub fn tag(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(bpf_attrs::TAG, |a| Ok(a.payload()))
    }
    /// `TCA_BPF_ID`.
    pub fn id(&self) -> Result<Option<u32>> {
        self.0.read(bpf_attrs::ID, crate::attr::Attr::u32)
    }
}

/// `TCA_CAKE_*`: the attribute set `cake-attrs`.
pub static CAKE_ATTRS: Space = Space {
    name: "cake-attrs",
    prefix: "TCA_CAKE_",
    attrs: &[
        AttrSpec { id: 1, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "base_rate64", ty: AttrType::U64 },
        AttrSpec { id: 3, name: "diffserv_mode", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "atm", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "flow_mode", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "overhead", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "rtt", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "target", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "autorate", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "memory", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "nat", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "raw", ty: AttrType::U32 },
        AttrSpec { id: 13, name: "wash", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "mpu", ty: AttrType::U32 },
        AttrSpec { id: 15, name: "ingress", ty: AttrType::U32 },
        AttrSpec { id: 16, name: "ack_filter", ty: AttrType::U32 },
        AttrSpec { id: 17, name: "split_gso", ty: AttrType::U32 },
        AttrSpec { id: 18, name: "fwmark", ty: AttrType::U32 },
    ],
    by_name: &[
        13, 11, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, 6, 8, 12, 9, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 1, 17, 3, 14, 0, 7, 0, 5, 0, 0, 18, 2, 4,
    ],
};

/// Attribute numbers of [`CAKE_ATTRS`].
pub mod cake_attrs {
    /// `TCA_CAKE_PAD`.
    #[doc(alias = "TCA_CAKE_PAD")]
    pub const PAD: u16 = 1;
    /// `TCA_CAKE_BASE_RATE64`.
    #[doc(alias = "TCA_CAKE_BASE_RATE64")]
    pub const BASE_RATE64: u16 = 2;
    /// `TCA_CAKE_DIFFSERV_MODE`.
    #[doc(alias = "TCA_CAKE_DIFFSERV_MODE")]
    pub const DIFFSERV_MODE: u16 = 3;
    /// `TCA_CAKE_ATM`.
    #[doc(alias = "TCA_CAKE_ATM")]
    pub const ATM: u16 = 4;
    /// `TCA_CAKE_FLOW_MODE`.
    #[doc(alias = "TCA_CAKE_FLOW_MODE")]
    pub const FLOW_MODE: u16 = 5;
    /// `TCA_CAKE_OVERHEAD`.
    #[doc(alias = "TCA_CAKE_OVERHEAD")]
    pub const OVERHEAD: u16 = 6;
    /// `TCA_CAKE_RTT`.
    #[doc(alias = "TCA_CAKE_RTT")]
    pub const RTT: u16 = 7;
    /// `TCA_CAKE_TARGET`.
    #[doc(alias = "TCA_CAKE_TARGET")]
    pub const TARGET: u16 = 8;
    /// `TCA_CAKE_AUTORATE`.
    #[doc(alias = "TCA_CAKE_AUTORATE")]
    pub const AUTORATE: u16 = 9;
    /// `TCA_CAKE_MEMORY`.
    #[doc(alias = "TCA_CAKE_MEMORY")]
    pub const MEMORY: u16 = 10;
    /// `TCA_CAKE_NAT`.
    #[doc(alias = "TCA_CAKE_NAT")]
    pub const NAT: u16 = 11;
    /// `TCA_CAKE_RAW`.
    #[doc(alias = "TCA_CAKE_RAW")]
    pub const RAW: u16 = 12;
    /// `TCA_CAKE_WASH`.
    #[doc(alias = "TCA_CAKE_WASH")]
    pub const WASH: u16 = 13;
    /// `TCA_CAKE_MPU`.
    #[doc(alias = "TCA_CAKE_MPU")]
    pub const MPU: u16 = 14;
    /// `TCA_CAKE_INGRESS`.
    #[doc(alias = "TCA_CAKE_INGRESS")]
    pub const INGRESS: u16 = 15;
    /// `TCA_CAKE_ACK_FILTER`.
    #[doc(alias = "TCA_CAKE_ACK_FILTER")]
    pub const ACK_FILTER: u16 = 16;
    /// `TCA_CAKE_SPLIT_GSO`.
    #[doc(alias = "TCA_CAKE_SPLIT_GSO")]
    pub const SPLIT_GSO: u16 = 17;
    /// `TCA_CAKE_FWMARK`.
    #[doc(alias = "TCA_CAKE_FWMARK")]
    pub const FWMARK: u16 = 18;
}

/// Typed reads of an attribute chain of the set `cake-attrs`.
#[derive(Clone, Debug, Default)]
pub struct CakeAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CakeAttrs<'a> {
    /// `TCA_CAKE_BASE_RATE64`.
    pub fn base_rate64(&self) -> Result<Option<u64>> {
        self.0.read(cake_attrs::BASE_RATE64, crate::attr::Attr::u64)
    }
    /// `TCA_CAKE_DIFFSERV_MODE`.
    pub fn diffserv_mode(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::DIFFSERV_MODE, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_ATM`.
    pub fn atm(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::ATM, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_FLOW_MODE`.
    pub fn flow_mode(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::FLOW_MODE, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_OVERHEAD`.
    pub fn overhead(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::OVERHEAD, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_RTT`.
    pub fn rtt(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::RTT, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TARGET`.
    pub fn target(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::TARGET, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_AUTORATE`.
    pub fn autorate(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::AUTORATE, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_MEMORY`.
    pub fn memory(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::MEMORY, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_NAT`.
    pub fn nat(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::NAT, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_RAW`.
    pub fn raw(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::RAW, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_WASH`.
    pub fn wash(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::WASH, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_MPU`.
    pub fn mpu(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::MPU, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_INGRESS`.
    pub fn ingress(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::INGRESS, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_ACK_FILTER`.
    pub fn ack_filter(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::ACK_FILTER, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_SPLIT_GSO`.
    pub fn split_gso(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::SPLIT_GSO, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_FWMARK`.
    pub fn fwmark(&self) -> Result<Option<u32>> {
        self.0.read(cake_attrs::FWMARK, crate::attr::Attr::u32)
    }
}

/// The type of each entry of `TCA_CAKE_STATS_TIN_STATS`.
static CAKE_STATS_ATTRS_TIN_STATS_ELEMENT: AttrType = AttrType::Nested(&CAKE_TIN_STATS_ATTRS);

/// `TCA_CAKE_STATS_*`: the attribute set `cake-stats-attrs`.
pub static CAKE_STATS_ATTRS: Space = Space {
    name: "cake-stats-attrs",
    prefix: "TCA_CAKE_STATS_",
    attrs: &[
        AttrSpec { id: 1, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "capacity_estimate64", ty: AttrType::U64 },
        AttrSpec { id: 3, name: "memory_limit", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "memory_used", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "avg_netoff", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "min_netlen", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "max_netlen", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "min_adjlen", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "max_adjlen", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "tin_stats", ty: AttrType::Array(&CAKE_STATS_ATTRS_TIN_STATS_ELEMENT) },
        AttrSpec { id: 11, name: "deficit", ty: AttrType::S32 },
        AttrSpec { id: 12, name: "cobalt_count", ty: AttrType::U32 },
        AttrSpec { id: 13, name: "dropping", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "drop_next_us", ty: AttrType::S32 },
        AttrSpec { id: 15, name: "p_drop", ty: AttrType::U32 },
        AttrSpec { id: 16, name: "blue_timer_us", ty: AttrType::S32 },
        AttrSpec { id: 17, name: "active_queues", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 14, 2, 0, 0, 0, 0, 0, 0, 0, 0, 11, 0, 17, 0, 0, 4, 0, 0, 6, 7, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0,
        0, 16, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, 1, 13, 0, 8, 9, 0, 0, 0, 0, 0, 0, 10, 5,
    ],
};

/// Attribute numbers of [`CAKE_STATS_ATTRS`].
pub mod cake_stats_attrs {
    /// `TCA_CAKE_STATS_PAD`.
    #[doc(alias = "TCA_CAKE_STATS_PAD")]
    pub const PAD: u16 = 1;
    /// `TCA_CAKE_STATS_CAPACITY_ESTIMATE64`.
    #[doc(alias = "TCA_CAKE_STATS_CAPACITY_ESTIMATE64")]
    pub const CAPACITY_ESTIMATE64: u16 = 2;
    /// `TCA_CAKE_STATS_MEMORY_LIMIT`.
    #[doc(alias = "TCA_CAKE_STATS_MEMORY_LIMIT")]
    pub const MEMORY_LIMIT: u16 = 3;
    /// `TCA_CAKE_STATS_MEMORY_USED`.
    #[doc(alias = "TCA_CAKE_STATS_MEMORY_USED")]
    pub const MEMORY_USED: u16 = 4;
    /// `TCA_CAKE_STATS_AVG_NETOFF`.
    #[doc(alias = "TCA_CAKE_STATS_AVG_NETOFF")]
    pub const AVG_NETOFF: u16 = 5;
    /// `TCA_CAKE_STATS_MIN_NETLEN`.
    #[doc(alias = "TCA_CAKE_STATS_MIN_NETLEN")]
    pub const MIN_NETLEN: u16 = 6;
    /// `TCA_CAKE_STATS_MAX_NETLEN`.
    #[doc(alias = "TCA_CAKE_STATS_MAX_NETLEN")]
    pub const MAX_NETLEN: u16 = 7;
    /// `TCA_CAKE_STATS_MIN_ADJLEN`.
    #[doc(alias = "TCA_CAKE_STATS_MIN_ADJLEN")]
    pub const MIN_ADJLEN: u16 = 8;
    /// `TCA_CAKE_STATS_MAX_ADJLEN`.
    #[doc(alias = "TCA_CAKE_STATS_MAX_ADJLEN")]
    pub const MAX_ADJLEN: u16 = 9;
    /// `TCA_CAKE_STATS_TIN_STATS`.
    #[doc(alias = "TCA_CAKE_STATS_TIN_STATS")]
    pub const TIN_STATS: u16 = 10;
    /// `TCA_CAKE_STATS_DEFICIT`.
    #[doc(alias = "TCA_CAKE_STATS_DEFICIT")]
    pub const DEFICIT: u16 = 11;
    /// `TCA_CAKE_STATS_COBALT_COUNT`.
    #[doc(alias = "TCA_CAKE_STATS_COBALT_COUNT")]
    pub const COBALT_COUNT: u16 = 12;
    /// `TCA_CAKE_STATS_DROPPING`.
    #[doc(alias = "TCA_CAKE_STATS_DROPPING")]
    pub const DROPPING: u16 = 13;
    /// `TCA_CAKE_STATS_DROP_NEXT_US`.
    #[doc(alias = "TCA_CAKE_STATS_DROP_NEXT_US")]
    pub const DROP_NEXT_US: u16 = 14;
    /// `TCA_CAKE_STATS_P_DROP`.
    #[doc(alias = "TCA_CAKE_STATS_P_DROP")]
    pub const P_DROP: u16 = 15;
    /// `TCA_CAKE_STATS_BLUE_TIMER_US`.
    #[doc(alias = "TCA_CAKE_STATS_BLUE_TIMER_US")]
    pub const BLUE_TIMER_US: u16 = 16;
    /// `TCA_CAKE_STATS_ACTIVE_QUEUES`.
    #[doc(alias = "TCA_CAKE_STATS_ACTIVE_QUEUES")]
    pub const ACTIVE_QUEUES: u16 = 17;
}

/// Typed reads of an attribute chain of the set `cake-stats-attrs`.
#[derive(Clone, Debug, Default)]
pub struct CakeStatsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CakeStatsAttrs<'a> {
    /// `TCA_CAKE_STATS_CAPACITY_ESTIMATE64`.
    pub fn capacity_estimate64(&self) -> Result<Option<u64>> {
        self.0.read(cake_stats_attrs::CAPACITY_ESTIMATE64, crate::attr::Attr::u64)
    }
    /// `TCA_CAKE_STATS_MEMORY_LIMIT`.
    pub fn memory_limit(&self) -> Result<Option<u32>> {
        self.0.read(cake_stats_attrs::MEMORY_LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_STATS_MEMORY_USED`.
    pub fn memory_used(&self) -> Result<Option<u32>> {
        self.0.read(cake_stats_attrs::MEMORY_USED, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_STATS_AVG_NETOFF`.
    pub fn avg_netoff(&self) -> Result<Option<u32>> {
        self.0.read(cake_stats_attrs::AVG_NETOFF, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_STATS_MIN_NETLEN`.
    pub fn min_netlen(&self) -> Result<Option<u32>> {
        self.0.read(cake_stats_attrs::MIN_NETLEN, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_STATS_MAX_NETLEN`.
    pub fn max_netlen(&self) -> Result<Option<u32>> {
        self.0.read(cake_stats_attrs::MAX_NETLEN, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_STATS_MIN_ADJLEN`.
    pub fn min_adjlen(&self) -> Result<Option<u32>> {
        self.0.read(cake_stats_attrs::MIN_ADJLEN, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_STATS_MAX_ADJLEN`.
    pub fn max_adjlen(&self) -> Result<Option<u32>> {
        self.0.read(cake_stats_attrs::MAX_ADJLEN, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_STATS_TIN_STATS`.
    pub fn tin_stats(&self) -> impl Iterator<Item = Result<CakeTinStatsAttrs<'a>>> + 'a {
        self.0.read_array(cake_stats_attrs::TIN_STATS, |a| Ok(CakeTinStatsAttrs(a.nested())))
    }
    /// `TCA_CAKE_STATS_DEFICIT`.
    pub fn deficit(&self) -> Result<Option<i32>> {
        self.0.read(cake_stats_attrs::DEFICIT, crate::attr::Attr::i32)
    }
    /// `TCA_CAKE_STATS_COBALT_COUNT`.
    pub fn cobalt_count(&self) -> Result<Option<u32>> {
        self.0.read(cake_stats_attrs::COBALT_COUNT, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_STATS_DROPPING`.
    pub fn dropping(&self) -> Result<Option<u32>> {
        self.0.read(cake_stats_attrs::DROPPING, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_STATS_DROP_NEXT_US`.
    pub fn drop_next_us(&self) -> Result<Option<i32>> {
        self.0.read(cake_stats_attrs::DROP_NEXT_US, crate::attr::Attr::i32)
    }
    /// `TCA_CAKE_STATS_P_DROP`.
    pub fn p_drop(&self) -> Result<Option<u32>> {
        self.0.read(cake_stats_attrs::P_DROP, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_STATS_BLUE_TIMER_US`.
    pub fn blue_timer_us(&self) -> Result<Option<i32>> {
        self.0.read(cake_stats_attrs::BLUE_TIMER_US, crate::attr::Attr::i32)
    }
    /// `TCA_CAKE_STATS_ACTIVE_QUEUES`.
    pub fn active_queues(&self) -> Result<Option<u32>> {
        self.0.read(cake_stats_attrs::ACTIVE_QUEUES, crate::attr::Attr::u32)
    }
}

/// `TCA_CAKE_TIN_STATS_*`: the attribute set `cake-tin-stats-attrs`.
pub static CAKE_TIN_STATS_ATTRS: Space = Space {
    name: "cake-tin-stats-attrs",
    prefix: "TCA_CAKE_TIN_STATS_",
    attrs: &[
        AttrSpec { id: 1, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "sent_packets", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "sent_bytes64", ty: AttrType::U64 },
        AttrSpec { id: 4, name: "dropped_packets", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "dropped_bytes64", ty: AttrType::U64 },
        AttrSpec { id: 6, name: "acks_dropped_packets", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "acks_dropped_bytes64", ty: AttrType::U64 },
        AttrSpec { id: 8, name: "ecn_marked_packets", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "ecn_marked_bytes64", ty: AttrType::U64 },
        AttrSpec { id: 10, name: "backlog_packets", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "backlog_bytes", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "threshold_rate64", ty: AttrType::U64 },
        AttrSpec { id: 13, name: "target_us", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "interval_us", ty: AttrType::U32 },
        AttrSpec { id: 15, name: "way_indirect_hits", ty: AttrType::U32 },
        AttrSpec { id: 16, name: "way_misses", ty: AttrType::U32 },
        AttrSpec { id: 17, name: "way_collisions", ty: AttrType::U32 },
        AttrSpec { id: 18, name: "peak_delay_us", ty: AttrType::U32 },
        AttrSpec { id: 19, name: "avg_delay_us", ty: AttrType::U32 },
        AttrSpec { id: 20, name: "base_delay_us", ty: AttrType::U32 },
        AttrSpec { id: 21, name: "sparse_flows", ty: AttrType::U32 },
        AttrSpec { id: 22, name: "bulk_flows", ty: AttrType::U32 },
        AttrSpec { id: 23, name: "unresponsive_flows", ty: AttrType::U32 },
        AttrSpec { id: 24, name: "max_skblen", ty: AttrType::U32 },
        AttrSpec { id: 25, name: "flow_quantum", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 10, 22, 0, 0, 14, 17, 0, 0, 0, 0, 0, 25, 16, 0, 0, 0, 0, 7, 9, 0, 0, 0, 0, 8, 6,
        15, 24, 0, 0, 0, 0, 0, 20, 0, 2, 11, 23, 0, 0, 0, 0, 0, 4, 12, 21, 1, 13, 3, 5, 0, 0, 0, 0, 0, 18, 0,
        0, 19,
    ],
};

/// Attribute numbers of [`CAKE_TIN_STATS_ATTRS`].
pub mod cake_tin_stats_attrs {
    /// `TCA_CAKE_TIN_STATS_PAD`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_PAD")]
    pub const PAD: u16 = 1;
    /// `TCA_CAKE_TIN_STATS_SENT_PACKETS`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_SENT_PACKETS")]
    pub const SENT_PACKETS: u16 = 2;
    /// `TCA_CAKE_TIN_STATS_SENT_BYTES64`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_SENT_BYTES64")]
    pub const SENT_BYTES64: u16 = 3;
    /// `TCA_CAKE_TIN_STATS_DROPPED_PACKETS`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_DROPPED_PACKETS")]
    pub const DROPPED_PACKETS: u16 = 4;
    /// `TCA_CAKE_TIN_STATS_DROPPED_BYTES64`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_DROPPED_BYTES64")]
    pub const DROPPED_BYTES64: u16 = 5;
    /// `TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS")]
    pub const ACKS_DROPPED_PACKETS: u16 = 6;
    /// `TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64")]
    pub const ACKS_DROPPED_BYTES64: u16 = 7;
    /// `TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS")]
    pub const ECN_MARKED_PACKETS: u16 = 8;
    /// `TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64")]
    pub const ECN_MARKED_BYTES64: u16 = 9;
    /// `TCA_CAKE_TIN_STATS_BACKLOG_PACKETS`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_BACKLOG_PACKETS")]
    pub const BACKLOG_PACKETS: u16 = 10;
    /// `TCA_CAKE_TIN_STATS_BACKLOG_BYTES`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_BACKLOG_BYTES")]
    pub const BACKLOG_BYTES: u16 = 11;
    /// `TCA_CAKE_TIN_STATS_THRESHOLD_RATE64`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_THRESHOLD_RATE64")]
    pub const THRESHOLD_RATE64: u16 = 12;
    /// `TCA_CAKE_TIN_STATS_TARGET_US`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_TARGET_US")]
    pub const TARGET_US: u16 = 13;
    /// `TCA_CAKE_TIN_STATS_INTERVAL_US`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_INTERVAL_US")]
    pub const INTERVAL_US: u16 = 14;
    /// `TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS")]
    pub const WAY_INDIRECT_HITS: u16 = 15;
    /// `TCA_CAKE_TIN_STATS_WAY_MISSES`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_WAY_MISSES")]
    pub const WAY_MISSES: u16 = 16;
    /// `TCA_CAKE_TIN_STATS_WAY_COLLISIONS`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_WAY_COLLISIONS")]
    pub const WAY_COLLISIONS: u16 = 17;
    /// `TCA_CAKE_TIN_STATS_PEAK_DELAY_US`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_PEAK_DELAY_US")]
    pub const PEAK_DELAY_US: u16 = 18;
    /// `TCA_CAKE_TIN_STATS_AVG_DELAY_US`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_AVG_DELAY_US")]
    pub const AVG_DELAY_US: u16 = 19;
    /// `TCA_CAKE_TIN_STATS_BASE_DELAY_US`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_BASE_DELAY_US")]
    pub const BASE_DELAY_US: u16 = 20;
    /// `TCA_CAKE_TIN_STATS_SPARSE_FLOWS`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_SPARSE_FLOWS")]
    pub const SPARSE_FLOWS: u16 = 21;
    /// `TCA_CAKE_TIN_STATS_BULK_FLOWS`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_BULK_FLOWS")]
    pub const BULK_FLOWS: u16 = 22;
    /// `TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS")]
    pub const UNRESPONSIVE_FLOWS: u16 = 23;
    /// `TCA_CAKE_TIN_STATS_MAX_SKBLEN`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_MAX_SKBLEN")]
    pub const MAX_SKBLEN: u16 = 24;
    /// `TCA_CAKE_TIN_STATS_FLOW_QUANTUM`.
    #[doc(alias = "TCA_CAKE_TIN_STATS_FLOW_QUANTUM")]
    pub const FLOW_QUANTUM: u16 = 25;
}

/// Typed reads of an attribute chain of the set `cake-tin-stats-attrs`.
#[derive(Clone, Debug, Default)]
pub struct CakeTinStatsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CakeTinStatsAttrs<'a> {
    /// `TCA_CAKE_TIN_STATS_SENT_PACKETS`.
    pub fn sent_packets(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::SENT_PACKETS, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_SENT_BYTES64`.
    pub fn sent_bytes64(&self) -> Result<Option<u64>> {
        self.0.read(cake_tin_stats_attrs::SENT_BYTES64, crate::attr::Attr::u64)
    }
    /// `TCA_CAKE_TIN_STATS_DROPPED_PACKETS`.
    pub fn dropped_packets(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::DROPPED_PACKETS, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_DROPPED_BYTES64`.
    pub fn dropped_bytes64(&self) -> Result<Option<u64>> {
        self.0.read(cake_tin_stats_attrs::DROPPED_BYTES64, crate::attr::Attr::u64)
    }
    /// `TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS`.
    pub fn acks_dropped_packets(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::ACKS_DROPPED_PACKETS, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64`.
    pub fn acks_dropped_bytes64(&self) -> Result<Option<u64>> {
        self.0.read(cake_tin_stats_attrs::ACKS_DROPPED_BYTES64, crate::attr::Attr::u64)
    }
    /// `TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS`.
    pub fn ecn_marked_packets(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::ECN_MARKED_PACKETS, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64`.
    pub fn ecn_marked_bytes64(&self) -> Result<Option<u64>> {
        self.0.read(cake_tin_stats_attrs::ECN_MARKED_BYTES64, crate::attr::Attr::u64)
    }
    /// `TCA_CAKE_TIN_STATS_BACKLOG_PACKETS`.
    pub fn backlog_packets(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::BACKLOG_PACKETS, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_BACKLOG_BYTES`.
    pub fn backlog_bytes(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::BACKLOG_BYTES, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_THRESHOLD_RATE64`.
    pub fn threshold_rate64(&self) -> Result<Option<u64>> {
        self.0.read(cake_tin_stats_attrs::THRESHOLD_RATE64, crate::attr::Attr::u64)
    }
    /// `TCA_CAKE_TIN_STATS_TARGET_US`.
    pub fn target_us(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::TARGET_US, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_INTERVAL_US`.
    pub fn interval_us(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::INTERVAL_US, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS`.
    pub fn way_indirect_hits(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::WAY_INDIRECT_HITS, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_WAY_MISSES`.
    pub fn way_misses(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::WAY_MISSES, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_WAY_COLLISIONS`.
    pub fn way_collisions(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::WAY_COLLISIONS, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_PEAK_DELAY_US`.
    pub fn peak_delay_us(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::PEAK_DELAY_US, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_AVG_DELAY_US`.
    pub fn avg_delay_us(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::AVG_DELAY_US, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_BASE_DELAY_US`.
    pub fn base_delay_us(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::BASE_DELAY_US, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_SPARSE_FLOWS`.
    pub fn sparse_flows(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::SPARSE_FLOWS, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_BULK_FLOWS`.
    pub fn bulk_flows(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::BULK_FLOWS, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS`.
    pub fn unresponsive_flows(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::UNRESPONSIVE_FLOWS, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_MAX_SKBLEN`.
    pub fn max_skblen(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::MAX_SKBLEN, crate::attr::Attr::u32)
    }
    /// `TCA_CAKE_TIN_STATS_FLOW_QUANTUM`.
    pub fn flow_quantum(&self) -> Result<Option<u32>> {
        self.0.read(cake_tin_stats_attrs::FLOW_QUANTUM, crate::attr::Attr::u32)
    }
}

/// `TCA_CBS_*`: the attribute set `cbs-attrs`.
pub static CBS_ATTRS: Space = Space {
    name: "cbs-attrs",
    prefix: "TCA_CBS_",
    attrs: &[AttrSpec { id: 1, name: "parms", ty: AttrType::Struct(&TC_CBS_QOPT) }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`CBS_ATTRS`].
pub mod cbs_attrs {
    /// `TCA_CBS_PARMS`.
    #[doc(alias = "TCA_CBS_PARMS")]
    pub const PARMS: u16 = 1;
}

/// Typed reads of an attribute chain of the set `cbs-attrs`.
#[derive(Clone, Debug, Default)]
pub struct CbsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CbsAttrs<'a> {
    /// `TCA_CBS_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcCbsQopt>> {
        self.0.read(cbs_attrs::PARMS, crate::attr::Attr::as_struct)
    }
}

/// The type of each entry of `TCA_CGROUP_ACT`.
static CGROUP_ATTRS_ACT_ELEMENT: AttrType = AttrType::Nested(&ACT_ATTRS);

/// `TCA_CGROUP_*`: the attribute set `cgroup-attrs`.
pub static CGROUP_ATTRS: Space = Space {
    name: "cgroup-attrs",
    prefix: "TCA_CGROUP_",
    attrs: &[
        AttrSpec { id: 1, name: "act", ty: AttrType::Array(&CGROUP_ATTRS_ACT_ELEMENT) },
        AttrSpec { id: 2, name: "police", ty: AttrType::Nested(&POLICE_ATTRS) },
        AttrSpec { id: 3, name: "ematches", ty: AttrType::Bytes },
    ],
    by_name: &[0, 2, 0, 0, 3, 0, 1, 0],
};

/// Attribute numbers of [`CGROUP_ATTRS`].
pub mod cgroup_attrs {
    /// `TCA_CGROUP_ACT`.
    #[doc(alias = "TCA_CGROUP_ACT")]
    pub const ACT: u16 = 1;
    /// `TCA_CGROUP_POLICE`.
    #[doc(alias = "TCA_CGROUP_POLICE")]
    pub const POLICE: u16 = 2;
    /// `TCA_CGROUP_EMATCHES`.
    #[doc(alias = "TCA_CGROUP_EMATCHES")]
    pub const EMATCHES: u16 = 3;
}

/// Typed reads of an attribute chain of the set `cgroup-attrs`.
#[derive(Clone, Debug, Default)]
pub struct CgroupAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CgroupAttrs<'a> {
    /// `TCA_CGROUP_ACT`.
    pub fn act(&self) -> impl Iterator<Item = Result<ActAttrs<'a>>> + 'a {
        self.0.read_array(cgroup_attrs::ACT, |a| Ok(ActAttrs(a.nested())))
    }
    /// `TCA_CGROUP_POLICE`.
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>> {
        self.0.read(cgroup_attrs::POLICE, |a| Ok(PoliceAttrs(a.nested())))
    }
    /// `TCA_CGROUP_EMATCHES`.
    pub fn ematches(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(cgroup_attrs::EMATCHES, |a| Ok(a.payload()))
    }
}

/// `TCA_CHOKE_*`: the attribute set `choke-attrs`.
pub static CHOKE_ATTRS: Space = Space {
    name: "choke-attrs",
    prefix: "TCA_CHOKE_",
    attrs: &[
        AttrSpec { id: 1, name: "parms", ty: AttrType::Struct(&TC_RED_QOPT) },
        AttrSpec { id: 2, name: "stab", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "max_p", ty: AttrType::U32 },
    ],
    by_name: &[3, 0, 0, 2, 0, 0, 0, 1],
};

/// Attribute numbers of [`CHOKE_ATTRS`].
pub mod choke_attrs {
    /// `TCA_CHOKE_PARMS`.
    #[doc(alias = "TCA_CHOKE_PARMS")]
    pub const PARMS: u16 = 1;
    /// `TCA_CHOKE_STAB`.
    #[doc(alias = "TCA_CHOKE_STAB")]
    pub const STAB: u16 = 2;
    /// `TCA_CHOKE_MAX_P`.
    #[doc(alias = "TCA_CHOKE_MAX_P")]
    pub const MAX_P: u16 = 3;
}

/// Typed reads of an attribute chain of the set `choke-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ChokeAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ChokeAttrs<'a> {
    /// `TCA_CHOKE_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcRedQopt>> {
        self.0.read(choke_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_CHOKE_STAB`.
    pub fn stab(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(choke_attrs::STAB, |a| Ok(a.payload()))
    }
    /// `TCA_CHOKE_MAX_P`.
    pub fn max_p(&self) -> Result<Option<u32>> {
        self.0.read(choke_attrs::MAX_P, crate::attr::Attr::u32)
    }
}

/// `TCA_CODEL_*`: the attribute set `codel-attrs`.
pub static CODEL_ATTRS: Space = Space {
    name: "codel-attrs",
    prefix: "TCA_CODEL_",
    attrs: &[
        AttrSpec { id: 1, name: "target", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "limit", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "interval", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "ecn", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "ce_threshold", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 0, 0, 4, 0, 0, 0, 0, 5, 0, 0, 1, 2, 3, 0],
};

/// Attribute numbers of [`CODEL_ATTRS`].
pub mod codel_attrs {
    /// `TCA_CODEL_TARGET`.
    #[doc(alias = "TCA_CODEL_TARGET")]
    pub const TARGET: u16 = 1;
    /// `TCA_CODEL_LIMIT`.
    #[doc(alias = "TCA_CODEL_LIMIT")]
    pub const LIMIT: u16 = 2;
    /// `TCA_CODEL_INTERVAL`.
    #[doc(alias = "TCA_CODEL_INTERVAL")]
    pub const INTERVAL: u16 = 3;
    /// `TCA_CODEL_ECN`.
    #[doc(alias = "TCA_CODEL_ECN")]
    pub const ECN: u16 = 4;
    /// `TCA_CODEL_CE_THRESHOLD`.
    #[doc(alias = "TCA_CODEL_CE_THRESHOLD")]
    pub const CE_THRESHOLD: u16 = 5;
}

/// Typed reads of an attribute chain of the set `codel-attrs`.
#[derive(Clone, Debug, Default)]
pub struct CodelAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> CodelAttrs<'a> {
    /// `TCA_CODEL_TARGET`.
    pub fn target(&self) -> Result<Option<u32>> {
        self.0.read(codel_attrs::TARGET, crate::attr::Attr::u32)
    }
    /// `TCA_CODEL_LIMIT`.
    pub fn limit(&self) -> Result<Option<u32>> {
        self.0.read(codel_attrs::LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_CODEL_INTERVAL`.
    pub fn interval(&self) -> Result<Option<u32>> {
        self.0.read(codel_attrs::INTERVAL, crate::attr::Attr::u32)
    }
    /// `TCA_CODEL_ECN`.
    pub fn ecn(&self) -> Result<Option<u32>> {
        self.0.read(codel_attrs::ECN, crate::attr::Attr::u32)
    }
    /// `TCA_CODEL_CE_THRESHOLD`.
    pub fn ce_threshold(&self) -> Result<Option<u32>> {
        self.0.read(codel_attrs::CE_THRESHOLD, crate::attr::Attr::u32)
    }
}

/// `TCA_DRR_*`: the attribute set `drr-attrs`.
pub static DRR_ATTRS: Space = Space {
    name: "drr-attrs",
    prefix: "TCA_DRR_",
    attrs: &[AttrSpec { id: 1, name: "quantum", ty: AttrType::U32 }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`DRR_ATTRS`].
pub mod drr_attrs {
    /// `TCA_DRR_QUANTUM`.
    #[doc(alias = "TCA_DRR_QUANTUM")]
    pub const QUANTUM: u16 = 1;
}

/// Typed reads of an attribute chain of the set `drr-attrs`.
#[derive(Clone, Debug, Default)]
pub struct DrrAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> DrrAttrs<'a> {
    /// `TCA_DRR_QUANTUM`.
    pub fn quantum(&self) -> Result<Option<u32>> {
        self.0.read(drr_attrs::QUANTUM, crate::attr::Attr::u32)
    }
}

/// `TCA_DUALPI2_*`: the attribute set `dualpi2-attrs`.
pub static DUALPI2_ATTRS: Space = Space {
    name: "dualpi2-attrs",
    prefix: "TCA_DUALPI2_",
    attrs: &[
        AttrSpec { id: 1, name: "limit", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "memory_limit", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "target", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "tupdate", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "alpha", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "beta", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "step_thresh_pkts", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "step_thresh_us", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "min_qlen_step", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "coupling", ty: AttrType::U8 },
        AttrSpec { id: 11, name: "drop_overload", ty: AttrType::Enum(Scalar::U8, DUALPI2_DROP_OVERLOAD) },
        AttrSpec { id: 12, name: "drop_early", ty: AttrType::Enum(Scalar::U8, DUALPI2_DROP_EARLY) },
        AttrSpec { id: 13, name: "c_protection", ty: AttrType::U8 },
        AttrSpec { id: 14, name: "ecn_mask", ty: AttrType::Enum(Scalar::U8, DUALPI2_ECN_MASK) },
        AttrSpec { id: 15, name: "split_gso", ty: AttrType::Enum(Scalar::U8, DUALPI2_SPLIT_GSO) },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 11, 0, 5, 4, 9, 13, 3, 1, 0, 0, 7, 0, 0, 0, 15, 10, 0, 0, 0, 2, 12, 0, 6, 8, 14, 0,
    ],
};

/// Attribute numbers of [`DUALPI2_ATTRS`].
pub mod dualpi2_attrs {
    /// `TCA_DUALPI2_LIMIT`.
    #[doc(alias = "TCA_DUALPI2_LIMIT")]
    pub const LIMIT: u16 = 1;
    /// `TCA_DUALPI2_MEMORY_LIMIT`.
    #[doc(alias = "TCA_DUALPI2_MEMORY_LIMIT")]
    pub const MEMORY_LIMIT: u16 = 2;
    /// `TCA_DUALPI2_TARGET`.
    #[doc(alias = "TCA_DUALPI2_TARGET")]
    pub const TARGET: u16 = 3;
    /// `TCA_DUALPI2_TUPDATE`.
    #[doc(alias = "TCA_DUALPI2_TUPDATE")]
    pub const TUPDATE: u16 = 4;
    /// `TCA_DUALPI2_ALPHA`.
    #[doc(alias = "TCA_DUALPI2_ALPHA")]
    pub const ALPHA: u16 = 5;
    /// `TCA_DUALPI2_BETA`.
    #[doc(alias = "TCA_DUALPI2_BETA")]
    pub const BETA: u16 = 6;
    /// `TCA_DUALPI2_STEP_THRESH_PKTS`.
    #[doc(alias = "TCA_DUALPI2_STEP_THRESH_PKTS")]
    pub const STEP_THRESH_PKTS: u16 = 7;
    /// `TCA_DUALPI2_STEP_THRESH_US`.
    #[doc(alias = "TCA_DUALPI2_STEP_THRESH_US")]
    pub const STEP_THRESH_US: u16 = 8;
    /// `TCA_DUALPI2_MIN_QLEN_STEP`.
    #[doc(alias = "TCA_DUALPI2_MIN_QLEN_STEP")]
    pub const MIN_QLEN_STEP: u16 = 9;
    /// `TCA_DUALPI2_COUPLING`.
    #[doc(alias = "TCA_DUALPI2_COUPLING")]
    pub const COUPLING: u16 = 10;
    /// `TCA_DUALPI2_DROP_OVERLOAD`.
    #[doc(alias = "TCA_DUALPI2_DROP_OVERLOAD")]
    pub const DROP_OVERLOAD: u16 = 11;
    /// `TCA_DUALPI2_DROP_EARLY`.
    #[doc(alias = "TCA_DUALPI2_DROP_EARLY")]
    pub const DROP_EARLY: u16 = 12;
    /// `TCA_DUALPI2_C_PROTECTION`.
    #[doc(alias = "TCA_DUALPI2_C_PROTECTION")]
    pub const C_PROTECTION: u16 = 13;
    /// `TCA_DUALPI2_ECN_MASK`.
    #[doc(alias = "TCA_DUALPI2_ECN_MASK")]
    pub const ECN_MASK: u16 = 14;
    /// `TCA_DUALPI2_SPLIT_GSO`.
    #[doc(alias = "TCA_DUALPI2_SPLIT_GSO")]
    pub const SPLIT_GSO: u16 = 15;
}

/// Typed reads of an attribute chain of the set `dualpi2-attrs`.
#[derive(Clone, Debug, Default)]
pub struct Dualpi2Attrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Dualpi2Attrs<'a> {
    /// `TCA_DUALPI2_LIMIT`.
    pub fn limit(&self) -> Result<Option<u32>> {
        self.0.read(dualpi2_attrs::LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_DUALPI2_MEMORY_LIMIT`.
    pub fn memory_limit(&self) -> Result<Option<u32>> {
        self.0.read(dualpi2_attrs::MEMORY_LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_DUALPI2_TARGET`.
    pub fn target(&self) -> Result<Option<u32>> {
        self.0.read(dualpi2_attrs::TARGET, crate::attr::Attr::u32)
    }
    /// `TCA_DUALPI2_TUPDATE`.
    pub fn tupdate(&self) -> Result<Option<u32>> {
        self.0.read(dualpi2_attrs::TUPDATE, crate::attr::Attr::u32)
    }
    /// `TCA_DUALPI2_ALPHA`.
    pub fn alpha(&self) -> Result<Option<u32>> {
        self.0.read(dualpi2_attrs::ALPHA, crate::attr::Attr::u32)
    }
    /// `TCA_DUALPI2_BETA`.
    pub fn beta(&self) -> Result<Option<u32>> {
        self.0.read(dualpi2_attrs::BETA, crate::attr::Attr::u32)
    }
    /// `TCA_DUALPI2_STEP_THRESH_PKTS`.
    pub fn step_thresh_pkts(&self) -> Result<Option<u32>> {
        self.0.read(dualpi2_attrs::STEP_THRESH_PKTS, crate::attr::Attr::u32)
    }
    /// `TCA_DUALPI2_STEP_THRESH_US`.
    pub fn step_thresh_us(&self) -> Result<Option<u32>> {
        self.0.read(dualpi2_attrs::STEP_THRESH_US, crate::attr::Attr::u32)
    }
    /// `TCA_DUALPI2_MIN_QLEN_STEP`.
    pub fn min_qlen_step(&self) -> Result<Option<u32>> {
        self.0.read(dualpi2_attrs::MIN_QLEN_STEP, crate::attr::Attr::u32)
    }
    /// `TCA_DUALPI2_COUPLING`.
    pub fn coupling(&self) -> Result<Option<u8>> {
        self.0.read(dualpi2_attrs::COUPLING, crate::attr::Attr::u8)
    }
    /// `TCA_DUALPI2_DROP_OVERLOAD`.
    pub fn drop_overload(&self) -> Result<Option<u8>> {
        self.0.read(dualpi2_attrs::DROP_OVERLOAD, crate::attr::Attr::u8)
    }
    /// `TCA_DUALPI2_DROP_EARLY`.
    pub fn drop_early(&self) -> Result<Option<u8>> {
        self.0.read(dualpi2_attrs::DROP_EARLY, crate::attr::Attr::u8)
    }
    /// `TCA_DUALPI2_C_PROTECTION`.
    pub fn c_protection(&self) -> Result<Option<u8>> {
        self.0.read(dualpi2_attrs::C_PROTECTION, crate::attr::Attr::u8)
    }
    /// `TCA_DUALPI2_ECN_MASK`.
    pub fn ecn_mask(&self) -> Result<Option<u8>> {
        self.0.read(dualpi2_attrs::ECN_MASK, crate::attr::Attr::u8)
    }
    /// `TCA_DUALPI2_SPLIT_GSO`.
    pub fn split_gso(&self) -> Result<Option<u8>> {
        self.0.read(dualpi2_attrs::SPLIT_GSO, crate::attr::Attr::u8)
    }
}

/// `TCA_EMATCH_*`: the attribute set `ematch-attrs`.
pub static EMATCH_ATTRS: Space = Space {
    name: "ematch-attrs",
    prefix: "TCA_EMATCH_",
    attrs: &[
        AttrSpec { id: 1, name: "tree_hdr", ty: AttrType::Struct(&TCF_EMATCH_TREE_HDR) },
        AttrSpec { id: 2, name: "tree_list", ty: AttrType::Bytes },
    ],
    by_name: &[1, 0, 0, 2],
};

/// Attribute numbers of [`EMATCH_ATTRS`].
pub mod ematch_attrs {
    /// `TCA_EMATCH_TREE_HDR`.
    #[doc(alias = "TCA_EMATCH_TREE_HDR")]
    pub const TREE_HDR: u16 = 1;
    /// `TCA_EMATCH_TREE_LIST`.
    #[doc(alias = "TCA_EMATCH_TREE_LIST")]
    pub const TREE_LIST: u16 = 2;
}

/// Typed reads of an attribute chain of the set `ematch-attrs`.
#[derive(Clone, Debug, Default)]
pub struct EmatchAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> EmatchAttrs<'a> {
    /// `TCA_EMATCH_TREE_HDR`.
    pub fn tree_hdr(&self) -> Result<Option<&'a TcfEmatchTreeHdr>> {
        self.0.read(ematch_attrs::TREE_HDR, crate::attr::Attr::as_struct)
    }
    /// `TCA_EMATCH_TREE_LIST`.
    pub fn tree_list(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(ematch_attrs::TREE_LIST, |a| Ok(a.payload()))
    }
}

/// `TCA_FLOW_*`: the attribute set `flow-attrs`.
pub static FLOW_ATTRS: Space = Space {
    name: "flow-attrs",
    prefix: "TCA_FLOW_",
    attrs: &[
        AttrSpec { id: 1, name: "keys", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "mode", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "baseclass", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "rshift", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "addend", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "mask", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "xor", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "divisor", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "act", ty: AttrType::Bytes },
        AttrSpec { id: 10, name: "police", ty: AttrType::Nested(&POLICE_ATTRS) },
        AttrSpec { id: 11, name: "ematches", ty: AttrType::Bytes },
        AttrSpec { id: 12, name: "perturb", ty: AttrType::U32 },
    ],
    by_name: &[
        6, 12, 0, 7, 0, 0, 0, 0, 0, 5, 0, 0, 0, 2, 0, 0, 1, 3, 0, 0, 4, 11, 0, 0, 0, 10, 0, 0, 0, 8, 9, 0,
    ],
};

/// Attribute numbers of [`FLOW_ATTRS`].
pub mod flow_attrs {
    /// `TCA_FLOW_KEYS`.
    #[doc(alias = "TCA_FLOW_KEYS")]
    pub const KEYS: u16 = 1;
    /// `TCA_FLOW_MODE`.
    #[doc(alias = "TCA_FLOW_MODE")]
    pub const MODE: u16 = 2;
    /// `TCA_FLOW_BASECLASS`.
    #[doc(alias = "TCA_FLOW_BASECLASS")]
    pub const BASECLASS: u16 = 3;
    /// `TCA_FLOW_RSHIFT`.
    #[doc(alias = "TCA_FLOW_RSHIFT")]
    pub const RSHIFT: u16 = 4;
    /// `TCA_FLOW_ADDEND`.
    #[doc(alias = "TCA_FLOW_ADDEND")]
    pub const ADDEND: u16 = 5;
    /// `TCA_FLOW_MASK`.
    #[doc(alias = "TCA_FLOW_MASK")]
    pub const MASK: u16 = 6;
    /// `TCA_FLOW_XOR`.
    #[doc(alias = "TCA_FLOW_XOR")]
    pub const XOR: u16 = 7;
    /// `TCA_FLOW_DIVISOR`.
    #[doc(alias = "TCA_FLOW_DIVISOR")]
    pub const DIVISOR: u16 = 8;
    /// `TCA_FLOW_ACT`.
    #[doc(alias = "TCA_FLOW_ACT")]
    pub const ACT: u16 = 9;
    /// `TCA_FLOW_POLICE`.
    #[doc(alias = "TCA_FLOW_POLICE")]
    pub const POLICE: u16 = 10;
    /// `TCA_FLOW_EMATCHES`.
    #[doc(alias = "TCA_FLOW_EMATCHES")]
    pub const EMATCHES: u16 = 11;
    /// `TCA_FLOW_PERTURB`.
    #[doc(alias = "TCA_FLOW_PERTURB")]
    pub const PERTURB: u16 = 12;
}

/// Typed reads of an attribute chain of the set `flow-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FlowAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FlowAttrs<'a> {
    /// `TCA_FLOW_KEYS`.
    pub fn keys(&self) -> Result<Option<u32>> {
        self.0.read(flow_attrs::KEYS, crate::attr::Attr::u32)
    }
    /// `TCA_FLOW_MODE`.
    pub fn mode(&self) -> Result<Option<u32>> {
        self.0.read(flow_attrs::MODE, crate::attr::Attr::u32)
    }
    /// `TCA_FLOW_BASECLASS`.
    pub fn baseclass(&self) -> Result<Option<u32>> {
        self.0.read(flow_attrs::BASECLASS, crate::attr::Attr::u32)
    }
    /// `TCA_FLOW_RSHIFT`.
    pub fn rshift(&self) -> Result<Option<u32>> {
        self.0.read(flow_attrs::RSHIFT, crate::attr::Attr::u32)
    }
    /// `TCA_FLOW_ADDEND`.
    pub fn addend(&self) -> Result<Option<u32>> {
        self.0.read(flow_attrs::ADDEND, crate::attr::Attr::u32)
    }
    /// `TCA_FLOW_MASK`.
    pub fn mask(&self) -> Result<Option<u32>> {
        self.0.read(flow_attrs::MASK, crate::attr::Attr::u32)
    }
    /// `TCA_FLOW_XOR`.
    pub fn xor(&self) -> Result<Option<u32>> {
        self.0.read(flow_attrs::XOR, crate::attr::Attr::u32)
    }
    /// `TCA_FLOW_DIVISOR`.
    pub fn divisor(&self) -> Result<Option<u32>> {
        self.0.read(flow_attrs::DIVISOR, crate::attr::Attr::u32)
    }
    /// `TCA_FLOW_ACT`.
    pub fn act(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flow_attrs::ACT, |a| Ok(a.payload()))
    }
    /// `TCA_FLOW_POLICE`.
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>> {
        self.0.read(flow_attrs::POLICE, |a| Ok(PoliceAttrs(a.nested())))
    }
    /// `TCA_FLOW_EMATCHES`.
    pub fn ematches(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flow_attrs::EMATCHES, |a| Ok(a.payload()))
    }
    /// `TCA_FLOW_PERTURB`.
    pub fn perturb(&self) -> Result<Option<u32>> {
        self.0.read(flow_attrs::PERTURB, crate::attr::Attr::u32)
    }
}

/// The type of each entry of `TCA_FLOWER_ACT`.
static FLOWER_ATTRS_ACT_ELEMENT: AttrType = AttrType::Nested(&ACT_ATTRS);

/// `TCA_FLOWER_*`: the attribute set `flower-attrs`.
pub static FLOWER_ATTRS: Space = Space {
    name: "flower-attrs",
    prefix: "TCA_FLOWER_",
    attrs: &[
        AttrSpec { id: 1, name: "classid", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "indev", ty: AttrType::Str },
        AttrSpec { id: 3, name: "act", ty: AttrType::Array(&FLOWER_ATTRS_ACT_ELEMENT) },
        AttrSpec { id: 4, name: "key_eth_dst", ty: AttrType::Hwaddr },
        AttrSpec { id: 5, name: "key_eth_dst_mask", ty: AttrType::Hwaddr },
        AttrSpec { id: 6, name: "key_eth_src", ty: AttrType::Hwaddr },
        AttrSpec { id: 7, name: "key_eth_src_mask", ty: AttrType::Hwaddr },
        AttrSpec { id: 8, name: "key_eth_type", ty: AttrType::Be16 },
        AttrSpec { id: 9, name: "key_ip_proto", ty: AttrType::U8 },
        AttrSpec { id: 10, name: "key_ipv4_src", ty: AttrType::Ip },
        AttrSpec { id: 11, name: "key_ipv4_src_mask", ty: AttrType::Ip },
        AttrSpec { id: 12, name: "key_ipv4_dst", ty: AttrType::Ip },
        AttrSpec { id: 13, name: "key_ipv4_dst_mask", ty: AttrType::Ip },
        AttrSpec { id: 14, name: "key_ipv6_src", ty: AttrType::Ip },
        AttrSpec { id: 15, name: "key_ipv6_src_mask", ty: AttrType::Ip },
        AttrSpec { id: 16, name: "key_ipv6_dst", ty: AttrType::Ip },
        AttrSpec { id: 17, name: "key_ipv6_dst_mask", ty: AttrType::Ip },
        AttrSpec { id: 18, name: "key_tcp_src", ty: AttrType::Be16 },
        AttrSpec { id: 19, name: "key_tcp_dst", ty: AttrType::Be16 },
        AttrSpec { id: 20, name: "key_udp_src", ty: AttrType::Be16 },
        AttrSpec { id: 21, name: "key_udp_dst", ty: AttrType::Be16 },
        AttrSpec { id: 22, name: "flags", ty: AttrType::Bits(Scalar::U32, CLS_FLAGS) },
        AttrSpec { id: 23, name: "key_vlan_id", ty: AttrType::Be16 },
        AttrSpec { id: 24, name: "key_vlan_prio", ty: AttrType::U8 },
        AttrSpec { id: 25, name: "key_vlan_eth_type", ty: AttrType::Be16 },
        AttrSpec { id: 26, name: "key_enc_key_id", ty: AttrType::Be32 },
        AttrSpec { id: 27, name: "key_enc_ipv4_src", ty: AttrType::Ip },
        AttrSpec { id: 28, name: "key_enc_ipv4_src_mask", ty: AttrType::Ip },
        AttrSpec { id: 29, name: "key_enc_ipv4_dst", ty: AttrType::Ip },
        AttrSpec { id: 30, name: "key_enc_ipv4_dst_mask", ty: AttrType::Ip },
        AttrSpec { id: 31, name: "key_enc_ipv6_src", ty: AttrType::Ip },
        AttrSpec { id: 32, name: "key_enc_ipv6_src_mask", ty: AttrType::Ip },
        AttrSpec { id: 33, name: "key_enc_ipv6_dst", ty: AttrType::Ip },
        AttrSpec { id: 34, name: "key_enc_ipv6_dst_mask", ty: AttrType::Ip },
        AttrSpec { id: 35, name: "key_tcp_src_mask", ty: AttrType::Be16 },
        AttrSpec { id: 36, name: "key_tcp_dst_mask", ty: AttrType::Be16 },
        AttrSpec { id: 37, name: "key_udp_src_mask", ty: AttrType::Be16 },
        AttrSpec { id: 38, name: "key_udp_dst_mask", ty: AttrType::Be16 },
        AttrSpec { id: 39, name: "key_sctp_src_mask", ty: AttrType::Be16 },
        AttrSpec { id: 40, name: "key_sctp_dst_mask", ty: AttrType::Be16 },
        AttrSpec { id: 41, name: "key_sctp_src", ty: AttrType::Be16 },
        AttrSpec { id: 42, name: "key_sctp_dst", ty: AttrType::Be16 },
        AttrSpec { id: 43, name: "key_enc_udp_src_port", ty: AttrType::Be16 },
        AttrSpec { id: 44, name: "key_enc_udp_src_port_mask", ty: AttrType::Be16 },
        AttrSpec { id: 45, name: "key_enc_udp_dst_port", ty: AttrType::Be16 },
        AttrSpec { id: 46, name: "key_enc_udp_dst_port_mask", ty: AttrType::Be16 },
        AttrSpec { id: 47, name: "key_flags", ty: AttrType::Bits(Scalar::Be32, FLOWER_KEY_CTRL_FLAGS) },
        AttrSpec { id: 48, name: "key_flags_mask", ty: AttrType::Bits(Scalar::Be32, FLOWER_KEY_CTRL_FLAGS) },
        AttrSpec { id: 49, name: "key_icmpv4_code", ty: AttrType::U8 },
        AttrSpec { id: 50, name: "key_icmpv4_code_mask", ty: AttrType::U8 },
        AttrSpec { id: 51, name: "key_icmpv4_type", ty: AttrType::U8 },
        AttrSpec { id: 52, name: "key_icmpv4_type_mask", ty: AttrType::U8 },
        AttrSpec { id: 53, name: "key_icmpv6_code", ty: AttrType::U8 },
        AttrSpec { id: 54, name: "key_icmpv6_code_mask", ty: AttrType::U8 },
        AttrSpec { id: 55, name: "key_icmpv6_type", ty: AttrType::U8 },
        AttrSpec { id: 56, name: "key_icmpv6_type_mask", ty: AttrType::U8 },
        AttrSpec { id: 57, name: "key_arp_sip", ty: AttrType::Be32 },
        AttrSpec { id: 58, name: "key_arp_sip_mask", ty: AttrType::Be32 },
        AttrSpec { id: 59, name: "key_arp_tip", ty: AttrType::Be32 },
        AttrSpec { id: 60, name: "key_arp_tip_mask", ty: AttrType::Be32 },
        AttrSpec { id: 61, name: "key_arp_op", ty: AttrType::U8 },
        AttrSpec { id: 62, name: "key_arp_op_mask", ty: AttrType::U8 },
        AttrSpec { id: 63, name: "key_arp_sha", ty: AttrType::Hwaddr },
        AttrSpec { id: 64, name: "key_arp_sha_mask", ty: AttrType::Hwaddr },
        AttrSpec { id: 65, name: "key_arp_tha", ty: AttrType::Hwaddr },
        AttrSpec { id: 66, name: "key_arp_tha_mask", ty: AttrType::Hwaddr },
        AttrSpec { id: 67, name: "key_mpls_ttl", ty: AttrType::U8 },
        AttrSpec { id: 68, name: "key_mpls_bos", ty: AttrType::U8 },
        AttrSpec { id: 69, name: "key_mpls_tc", ty: AttrType::U8 },
        AttrSpec { id: 70, name: "key_mpls_label", ty: AttrType::Be32 },
        AttrSpec { id: 71, name: "key_tcp_flags", ty: AttrType::Be16 },
        AttrSpec { id: 72, name: "key_tcp_flags_mask", ty: AttrType::Be16 },
        AttrSpec { id: 73, name: "key_ip_tos", ty: AttrType::U8 },
        AttrSpec { id: 74, name: "key_ip_tos_mask", ty: AttrType::U8 },
        AttrSpec { id: 75, name: "key_ip_ttl", ty: AttrType::U8 },
        AttrSpec { id: 76, name: "key_ip_ttl_mask", ty: AttrType::U8 },
        AttrSpec { id: 77, name: "key_cvlan_id", ty: AttrType::Be16 },
        AttrSpec { id: 78, name: "key_cvlan_prio", ty: AttrType::U8 },
        AttrSpec { id: 79, name: "key_cvlan_eth_type", ty: AttrType::Be16 },
        AttrSpec { id: 80, name: "key_enc_ip_tos", ty: AttrType::U8 },
        AttrSpec { id: 81, name: "key_enc_ip_tos_mask", ty: AttrType::U8 },
        AttrSpec { id: 82, name: "key_enc_ip_ttl", ty: AttrType::U8 },
        AttrSpec { id: 83, name: "key_enc_ip_ttl_mask", ty: AttrType::U8 },
        AttrSpec { id: 84, name: "key_enc_opts", ty: AttrType::Nested(&FLOWER_KEY_ENC_OPTS_ATTRS) },
        AttrSpec { id: 85, name: "key_enc_opts_mask", ty: AttrType::Nested(&FLOWER_KEY_ENC_OPTS_ATTRS) },
        AttrSpec { id: 86, name: "in_hw_count", ty: AttrType::U32 },
        AttrSpec { id: 87, name: "key_port_src_min", ty: AttrType::Be16 },
        AttrSpec { id: 88, name: "key_port_src_max", ty: AttrType::Be16 },
        AttrSpec { id: 89, name: "key_port_dst_min", ty: AttrType::Be16 },
        AttrSpec { id: 90, name: "key_port_dst_max", ty: AttrType::Be16 },
        AttrSpec { id: 91, name: "key_ct_state", ty: AttrType::U16 },
        AttrSpec { id: 92, name: "key_ct_state_mask", ty: AttrType::U16 },
        AttrSpec { id: 93, name: "key_ct_zone", ty: AttrType::U16 },
        AttrSpec { id: 94, name: "key_ct_zone_mask", ty: AttrType::U16 },
        AttrSpec { id: 95, name: "key_ct_mark", ty: AttrType::U32 },
        AttrSpec { id: 96, name: "key_ct_mark_mask", ty: AttrType::U32 },
        AttrSpec { id: 97, name: "key_ct_labels", ty: AttrType::Bytes },
        AttrSpec { id: 98, name: "key_ct_labels_mask", ty: AttrType::Bytes },
        AttrSpec { id: 99, name: "key_mpls_opts", ty: AttrType::Nested(&FLOWER_KEY_MPLS_OPT_ATTRS) },
        AttrSpec { id: 100, name: "key_hash", ty: AttrType::U32 },
        AttrSpec { id: 101, name: "key_hash_mask", ty: AttrType::U32 },
        AttrSpec { id: 102, name: "key_num_of_vlans", ty: AttrType::U8 },
        AttrSpec { id: 103, name: "key_pppoe_sid", ty: AttrType::Be16 },
        AttrSpec { id: 104, name: "key_ppp_proto", ty: AttrType::Be16 },
        AttrSpec { id: 105, name: "key_l2tpv3_sid", ty: AttrType::Be32 },
        AttrSpec { id: 106, name: "l2_miss", ty: AttrType::U8 },
        AttrSpec { id: 107, name: "key_cfm", ty: AttrType::Nested(&FLOWER_KEY_CFM_ATTRS) },
        AttrSpec { id: 108, name: "key_spi", ty: AttrType::Be32 },
        AttrSpec { id: 109, name: "key_spi_mask", ty: AttrType::Be32 },
        AttrSpec { id: 110, name: "key_enc_flags", ty: AttrType::Bits(Scalar::Be32, FLOWER_KEY_CTRL_FLAGS) },
        AttrSpec {
            id: 111,
            name: "key_enc_flags_mask",
            ty: AttrType::Bits(Scalar::Be32, FLOWER_KEY_CTRL_FLAGS),
        },
    ],
    by_name: &[
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 6, 0, 100, 0, 78, 110, 0, 0, 28, 30, 32, 34,
        105, 0, 77, 0, 0, 0, 99, 26, 0, 0, 0, 18, 0, 72, 111, 0, 0, 11, 13, 15, 17, 39, 27, 24, 31, 40, 42,
        86, 91, 0, 104, 0, 102, 0, 0, 0, 0, 44, 108, 0, 0, 0, 0, 0, 50, 52, 54, 56, 0, 0, 80, 0, 0, 0, 96,
        68, 0, 0, 71, 98, 0, 0, 0, 0, 0, 73, 85, 109, 0, 4, 88, 90, 0, 0, 92, 0, 0, 0, 0, 41, 75, 79, 0, 29,
        33, 10, 14, 0, 63, 65, 0, 0, 0, 0, 0, 0, 74, 76, 46, 62, 12, 16, 97, 0, 0, 0, 0, 0, 0, 23, 19, 103,
        0, 107, 0, 0, 7, 35, 37, 58, 64, 0, 49, 51, 53, 55, 0, 0, 81, 83, 84, 25, 93, 0, 0, 87, 89, 0, 0, 0,
        95, 0, 0, 0, 69, 106, 0, 70, 0, 0, 0, 0, 0, 0, 67, 0, 0, 0, 0, 82, 3, 101, 0, 0, 0, 0, 43, 45, 9, 0,
        0, 5, 36, 38, 0, 0, 22, 0, 0, 0, 0, 21, 0, 0, 47, 94, 0, 57, 59, 60, 66, 0, 0, 0, 1, 48, 20, 61, 0,
        0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`FLOWER_ATTRS`].
pub mod flower_attrs {
    /// `TCA_FLOWER_CLASSID`.
    #[doc(alias = "TCA_FLOWER_CLASSID")]
    pub const CLASSID: u16 = 1;
    /// `TCA_FLOWER_INDEV`.
    #[doc(alias = "TCA_FLOWER_INDEV")]
    pub const INDEV: u16 = 2;
    /// `TCA_FLOWER_ACT`.
    #[doc(alias = "TCA_FLOWER_ACT")]
    pub const ACT: u16 = 3;
    /// `TCA_FLOWER_KEY_ETH_DST`.
    #[doc(alias = "TCA_FLOWER_KEY_ETH_DST")]
    pub const KEY_ETH_DST: u16 = 4;
    /// `TCA_FLOWER_KEY_ETH_DST_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ETH_DST_MASK")]
    pub const KEY_ETH_DST_MASK: u16 = 5;
    /// `TCA_FLOWER_KEY_ETH_SRC`.
    #[doc(alias = "TCA_FLOWER_KEY_ETH_SRC")]
    pub const KEY_ETH_SRC: u16 = 6;
    /// `TCA_FLOWER_KEY_ETH_SRC_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ETH_SRC_MASK")]
    pub const KEY_ETH_SRC_MASK: u16 = 7;
    /// `TCA_FLOWER_KEY_ETH_TYPE`.
    #[doc(alias = "TCA_FLOWER_KEY_ETH_TYPE")]
    pub const KEY_ETH_TYPE: u16 = 8;
    /// `TCA_FLOWER_KEY_IP_PROTO`.
    #[doc(alias = "TCA_FLOWER_KEY_IP_PROTO")]
    pub const KEY_IP_PROTO: u16 = 9;
    /// `TCA_FLOWER_KEY_IPV4_SRC`.
    #[doc(alias = "TCA_FLOWER_KEY_IPV4_SRC")]
    pub const KEY_IPV4_SRC: u16 = 10;
    /// `TCA_FLOWER_KEY_IPV4_SRC_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_IPV4_SRC_MASK")]
    pub const KEY_IPV4_SRC_MASK: u16 = 11;
    /// `TCA_FLOWER_KEY_IPV4_DST`.
    #[doc(alias = "TCA_FLOWER_KEY_IPV4_DST")]
    pub const KEY_IPV4_DST: u16 = 12;
    /// `TCA_FLOWER_KEY_IPV4_DST_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_IPV4_DST_MASK")]
    pub const KEY_IPV4_DST_MASK: u16 = 13;
    /// `TCA_FLOWER_KEY_IPV6_SRC`.
    #[doc(alias = "TCA_FLOWER_KEY_IPV6_SRC")]
    pub const KEY_IPV6_SRC: u16 = 14;
    /// `TCA_FLOWER_KEY_IPV6_SRC_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_IPV6_SRC_MASK")]
    pub const KEY_IPV6_SRC_MASK: u16 = 15;
    /// `TCA_FLOWER_KEY_IPV6_DST`.
    #[doc(alias = "TCA_FLOWER_KEY_IPV6_DST")]
    pub const KEY_IPV6_DST: u16 = 16;
    /// `TCA_FLOWER_KEY_IPV6_DST_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_IPV6_DST_MASK")]
    pub const KEY_IPV6_DST_MASK: u16 = 17;
    /// `TCA_FLOWER_KEY_TCP_SRC`.
    #[doc(alias = "TCA_FLOWER_KEY_TCP_SRC")]
    pub const KEY_TCP_SRC: u16 = 18;
    /// `TCA_FLOWER_KEY_TCP_DST`.
    #[doc(alias = "TCA_FLOWER_KEY_TCP_DST")]
    pub const KEY_TCP_DST: u16 = 19;
    /// `TCA_FLOWER_KEY_UDP_SRC`.
    #[doc(alias = "TCA_FLOWER_KEY_UDP_SRC")]
    pub const KEY_UDP_SRC: u16 = 20;
    /// `TCA_FLOWER_KEY_UDP_DST`.
    #[doc(alias = "TCA_FLOWER_KEY_UDP_DST")]
    pub const KEY_UDP_DST: u16 = 21;
    /// `TCA_FLOWER_FLAGS`.
    #[doc(alias = "TCA_FLOWER_FLAGS")]
    pub const FLAGS: u16 = 22;
    /// `TCA_FLOWER_KEY_VLAN_ID`.
    #[doc(alias = "TCA_FLOWER_KEY_VLAN_ID")]
    pub const KEY_VLAN_ID: u16 = 23;
    /// `TCA_FLOWER_KEY_VLAN_PRIO`.
    #[doc(alias = "TCA_FLOWER_KEY_VLAN_PRIO")]
    pub const KEY_VLAN_PRIO: u16 = 24;
    /// `TCA_FLOWER_KEY_VLAN_ETH_TYPE`.
    #[doc(alias = "TCA_FLOWER_KEY_VLAN_ETH_TYPE")]
    pub const KEY_VLAN_ETH_TYPE: u16 = 25;
    /// `TCA_FLOWER_KEY_ENC_KEY_ID`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_KEY_ID")]
    pub const KEY_ENC_KEY_ID: u16 = 26;
    /// `TCA_FLOWER_KEY_ENC_IPV4_SRC`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IPV4_SRC")]
    pub const KEY_ENC_IPV4_SRC: u16 = 27;
    /// `TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK")]
    pub const KEY_ENC_IPV4_SRC_MASK: u16 = 28;
    /// `TCA_FLOWER_KEY_ENC_IPV4_DST`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IPV4_DST")]
    pub const KEY_ENC_IPV4_DST: u16 = 29;
    /// `TCA_FLOWER_KEY_ENC_IPV4_DST_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IPV4_DST_MASK")]
    pub const KEY_ENC_IPV4_DST_MASK: u16 = 30;
    /// `TCA_FLOWER_KEY_ENC_IPV6_SRC`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IPV6_SRC")]
    pub const KEY_ENC_IPV6_SRC: u16 = 31;
    /// `TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK")]
    pub const KEY_ENC_IPV6_SRC_MASK: u16 = 32;
    /// `TCA_FLOWER_KEY_ENC_IPV6_DST`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IPV6_DST")]
    pub const KEY_ENC_IPV6_DST: u16 = 33;
    /// `TCA_FLOWER_KEY_ENC_IPV6_DST_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IPV6_DST_MASK")]
    pub const KEY_ENC_IPV6_DST_MASK: u16 = 34;
    /// `TCA_FLOWER_KEY_TCP_SRC_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_TCP_SRC_MASK")]
    pub const KEY_TCP_SRC_MASK: u16 = 35;
    /// `TCA_FLOWER_KEY_TCP_DST_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_TCP_DST_MASK")]
    pub const KEY_TCP_DST_MASK: u16 = 36;
    /// `TCA_FLOWER_KEY_UDP_SRC_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_UDP_SRC_MASK")]
    pub const KEY_UDP_SRC_MASK: u16 = 37;
    /// `TCA_FLOWER_KEY_UDP_DST_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_UDP_DST_MASK")]
    pub const KEY_UDP_DST_MASK: u16 = 38;
    /// `TCA_FLOWER_KEY_SCTP_SRC_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_SCTP_SRC_MASK")]
    pub const KEY_SCTP_SRC_MASK: u16 = 39;
    /// `TCA_FLOWER_KEY_SCTP_DST_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_SCTP_DST_MASK")]
    pub const KEY_SCTP_DST_MASK: u16 = 40;
    /// `TCA_FLOWER_KEY_SCTP_SRC`.
    #[doc(alias = "TCA_FLOWER_KEY_SCTP_SRC")]
    pub const KEY_SCTP_SRC: u16 = 41;
    /// `TCA_FLOWER_KEY_SCTP_DST`.
    #[doc(alias = "TCA_FLOWER_KEY_SCTP_DST")]
    pub const KEY_SCTP_DST: u16 = 42;
    /// `TCA_FLOWER_KEY_ENC_UDP_SRC_PORT`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_UDP_SRC_PORT")]
    pub const KEY_ENC_UDP_SRC_PORT: u16 = 43;
    /// `TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK")]
    pub const KEY_ENC_UDP_SRC_PORT_MASK: u16 = 44;
    /// `TCA_FLOWER_KEY_ENC_UDP_DST_PORT`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_UDP_DST_PORT")]
    pub const KEY_ENC_UDP_DST_PORT: u16 = 45;
    /// `TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK")]
    pub const KEY_ENC_UDP_DST_PORT_MASK: u16 = 46;
    /// `TCA_FLOWER_KEY_FLAGS`.
    #[doc(alias = "TCA_FLOWER_KEY_FLAGS")]
    pub const KEY_FLAGS: u16 = 47;
    /// `TCA_FLOWER_KEY_FLAGS_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_FLAGS_MASK")]
    pub const KEY_FLAGS_MASK: u16 = 48;
    /// `TCA_FLOWER_KEY_ICMPV4_CODE`.
    #[doc(alias = "TCA_FLOWER_KEY_ICMPV4_CODE")]
    pub const KEY_ICMPV4_CODE: u16 = 49;
    /// `TCA_FLOWER_KEY_ICMPV4_CODE_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ICMPV4_CODE_MASK")]
    pub const KEY_ICMPV4_CODE_MASK: u16 = 50;
    /// `TCA_FLOWER_KEY_ICMPV4_TYPE`.
    #[doc(alias = "TCA_FLOWER_KEY_ICMPV4_TYPE")]
    pub const KEY_ICMPV4_TYPE: u16 = 51;
    /// `TCA_FLOWER_KEY_ICMPV4_TYPE_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ICMPV4_TYPE_MASK")]
    pub const KEY_ICMPV4_TYPE_MASK: u16 = 52;
    /// `TCA_FLOWER_KEY_ICMPV6_CODE`.
    #[doc(alias = "TCA_FLOWER_KEY_ICMPV6_CODE")]
    pub const KEY_ICMPV6_CODE: u16 = 53;
    /// `TCA_FLOWER_KEY_ICMPV6_CODE_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ICMPV6_CODE_MASK")]
    pub const KEY_ICMPV6_CODE_MASK: u16 = 54;
    /// `TCA_FLOWER_KEY_ICMPV6_TYPE`.
    #[doc(alias = "TCA_FLOWER_KEY_ICMPV6_TYPE")]
    pub const KEY_ICMPV6_TYPE: u16 = 55;
    /// `TCA_FLOWER_KEY_ICMPV6_TYPE_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ICMPV6_TYPE_MASK")]
    pub const KEY_ICMPV6_TYPE_MASK: u16 = 56;
    /// `TCA_FLOWER_KEY_ARP_SIP`.
    #[doc(alias = "TCA_FLOWER_KEY_ARP_SIP")]
    pub const KEY_ARP_SIP: u16 = 57;
    /// `TCA_FLOWER_KEY_ARP_SIP_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ARP_SIP_MASK")]
    pub const KEY_ARP_SIP_MASK: u16 = 58;
    /// `TCA_FLOWER_KEY_ARP_TIP`.
    #[doc(alias = "TCA_FLOWER_KEY_ARP_TIP")]
    pub const KEY_ARP_TIP: u16 = 59;
    /// `TCA_FLOWER_KEY_ARP_TIP_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ARP_TIP_MASK")]
    pub const KEY_ARP_TIP_MASK: u16 = 60;
    /// `TCA_FLOWER_KEY_ARP_OP`.
    #[doc(alias = "TCA_FLOWER_KEY_ARP_OP")]
    pub const KEY_ARP_OP: u16 = 61;
    /// `TCA_FLOWER_KEY_ARP_OP_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ARP_OP_MASK")]
    pub const KEY_ARP_OP_MASK: u16 = 62;
    /// `TCA_FLOWER_KEY_ARP_SHA`.
    #[doc(alias = "TCA_FLOWER_KEY_ARP_SHA")]
    pub const KEY_ARP_SHA: u16 = 63;
    /// `TCA_FLOWER_KEY_ARP_SHA_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ARP_SHA_MASK")]
    pub const KEY_ARP_SHA_MASK: u16 = 64;
    /// `TCA_FLOWER_KEY_ARP_THA`.
    #[doc(alias = "TCA_FLOWER_KEY_ARP_THA")]
    pub const KEY_ARP_THA: u16 = 65;
    /// `TCA_FLOWER_KEY_ARP_THA_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ARP_THA_MASK")]
    pub const KEY_ARP_THA_MASK: u16 = 66;
    /// `TCA_FLOWER_KEY_MPLS_TTL`.
    #[doc(alias = "TCA_FLOWER_KEY_MPLS_TTL")]
    pub const KEY_MPLS_TTL: u16 = 67;
    /// `TCA_FLOWER_KEY_MPLS_BOS`.
    #[doc(alias = "TCA_FLOWER_KEY_MPLS_BOS")]
    pub const KEY_MPLS_BOS: u16 = 68;
    /// `TCA_FLOWER_KEY_MPLS_TC`.
    #[doc(alias = "TCA_FLOWER_KEY_MPLS_TC")]
    pub const KEY_MPLS_TC: u16 = 69;
    /// `TCA_FLOWER_KEY_MPLS_LABEL`.
    #[doc(alias = "TCA_FLOWER_KEY_MPLS_LABEL")]
    pub const KEY_MPLS_LABEL: u16 = 70;
    /// `TCA_FLOWER_KEY_TCP_FLAGS`.
    #[doc(alias = "TCA_FLOWER_KEY_TCP_FLAGS")]
    pub const KEY_TCP_FLAGS: u16 = 71;
    /// `TCA_FLOWER_KEY_TCP_FLAGS_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_TCP_FLAGS_MASK")]
    pub const KEY_TCP_FLAGS_MASK: u16 = 72;
    /// `TCA_FLOWER_KEY_IP_TOS`.
    #[doc(alias = "TCA_FLOWER_KEY_IP_TOS")]
    pub const KEY_IP_TOS: u16 = 73;
    /// `TCA_FLOWER_KEY_IP_TOS_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_IP_TOS_MASK")]
    pub const KEY_IP_TOS_MASK: u16 = 74;
    /// `TCA_FLOWER_KEY_IP_TTL`.
    #[doc(alias = "TCA_FLOWER_KEY_IP_TTL")]
    pub const KEY_IP_TTL: u16 = 75;
    /// `TCA_FLOWER_KEY_IP_TTL_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_IP_TTL_MASK")]
    pub const KEY_IP_TTL_MASK: u16 = 76;
    /// `TCA_FLOWER_KEY_CVLAN_ID`.
    #[doc(alias = "TCA_FLOWER_KEY_CVLAN_ID")]
    pub const KEY_CVLAN_ID: u16 = 77;
    /// `TCA_FLOWER_KEY_CVLAN_PRIO`.
    #[doc(alias = "TCA_FLOWER_KEY_CVLAN_PRIO")]
    pub const KEY_CVLAN_PRIO: u16 = 78;
    /// `TCA_FLOWER_KEY_CVLAN_ETH_TYPE`.
    #[doc(alias = "TCA_FLOWER_KEY_CVLAN_ETH_TYPE")]
    pub const KEY_CVLAN_ETH_TYPE: u16 = 79;
    /// `TCA_FLOWER_KEY_ENC_IP_TOS`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IP_TOS")]
    pub const KEY_ENC_IP_TOS: u16 = 80;
    /// `TCA_FLOWER_KEY_ENC_IP_TOS_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IP_TOS_MASK")]
    pub const KEY_ENC_IP_TOS_MASK: u16 = 81;
    /// `TCA_FLOWER_KEY_ENC_IP_TTL`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IP_TTL")]
    pub const KEY_ENC_IP_TTL: u16 = 82;
    /// `TCA_FLOWER_KEY_ENC_IP_TTL_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_IP_TTL_MASK")]
    pub const KEY_ENC_IP_TTL_MASK: u16 = 83;
    /// `TCA_FLOWER_KEY_ENC_OPTS`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPTS")]
    pub const KEY_ENC_OPTS: u16 = 84;
    /// `TCA_FLOWER_KEY_ENC_OPTS_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPTS_MASK")]
    pub const KEY_ENC_OPTS_MASK: u16 = 85;
    /// `TCA_FLOWER_IN_HW_COUNT`.
    #[doc(alias = "TCA_FLOWER_IN_HW_COUNT")]
    pub const IN_HW_COUNT: u16 = 86;
    /// `TCA_FLOWER_KEY_PORT_SRC_MIN`.
    #[doc(alias = "TCA_FLOWER_KEY_PORT_SRC_MIN")]
    pub const KEY_PORT_SRC_MIN: u16 = 87;
    /// `TCA_FLOWER_KEY_PORT_SRC_MAX`.
    #[doc(alias = "TCA_FLOWER_KEY_PORT_SRC_MAX")]
    pub const KEY_PORT_SRC_MAX: u16 = 88;
    /// `TCA_FLOWER_KEY_PORT_DST_MIN`.
    #[doc(alias = "TCA_FLOWER_KEY_PORT_DST_MIN")]
    pub const KEY_PORT_DST_MIN: u16 = 89;
    /// `TCA_FLOWER_KEY_PORT_DST_MAX`.
    #[doc(alias = "TCA_FLOWER_KEY_PORT_DST_MAX")]
    pub const KEY_PORT_DST_MAX: u16 = 90;
    /// `TCA_FLOWER_KEY_CT_STATE`.
    #[doc(alias = "TCA_FLOWER_KEY_CT_STATE")]
    pub const KEY_CT_STATE: u16 = 91;
    /// `TCA_FLOWER_KEY_CT_STATE_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_CT_STATE_MASK")]
    pub const KEY_CT_STATE_MASK: u16 = 92;
    /// `TCA_FLOWER_KEY_CT_ZONE`.
    #[doc(alias = "TCA_FLOWER_KEY_CT_ZONE")]
    pub const KEY_CT_ZONE: u16 = 93;
    /// `TCA_FLOWER_KEY_CT_ZONE_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_CT_ZONE_MASK")]
    pub const KEY_CT_ZONE_MASK: u16 = 94;
    /// `TCA_FLOWER_KEY_CT_MARK`.
    #[doc(alias = "TCA_FLOWER_KEY_CT_MARK")]
    pub const KEY_CT_MARK: u16 = 95;
    /// `TCA_FLOWER_KEY_CT_MARK_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_CT_MARK_MASK")]
    pub const KEY_CT_MARK_MASK: u16 = 96;
    /// `TCA_FLOWER_KEY_CT_LABELS`.
    #[doc(alias = "TCA_FLOWER_KEY_CT_LABELS")]
    pub const KEY_CT_LABELS: u16 = 97;
    /// `TCA_FLOWER_KEY_CT_LABELS_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_CT_LABELS_MASK")]
    pub const KEY_CT_LABELS_MASK: u16 = 98;
    /// `TCA_FLOWER_KEY_MPLS_OPTS`.
    #[doc(alias = "TCA_FLOWER_KEY_MPLS_OPTS")]
    pub const KEY_MPLS_OPTS: u16 = 99;
    /// `TCA_FLOWER_KEY_HASH`.
    #[doc(alias = "TCA_FLOWER_KEY_HASH")]
    pub const KEY_HASH: u16 = 100;
    /// `TCA_FLOWER_KEY_HASH_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_HASH_MASK")]
    pub const KEY_HASH_MASK: u16 = 101;
    /// `TCA_FLOWER_KEY_NUM_OF_VLANS`.
    #[doc(alias = "TCA_FLOWER_KEY_NUM_OF_VLANS")]
    pub const KEY_NUM_OF_VLANS: u16 = 102;
    /// `TCA_FLOWER_KEY_PPPOE_SID`.
    #[doc(alias = "TCA_FLOWER_KEY_PPPOE_SID")]
    pub const KEY_PPPOE_SID: u16 = 103;
    /// `TCA_FLOWER_KEY_PPP_PROTO`.
    #[doc(alias = "TCA_FLOWER_KEY_PPP_PROTO")]
    pub const KEY_PPP_PROTO: u16 = 104;
    /// `TCA_FLOWER_KEY_L2TPV3_SID`.
    #[doc(alias = "TCA_FLOWER_KEY_L2TPV3_SID")]
    pub const KEY_L2TPV3_SID: u16 = 105;
    /// `TCA_FLOWER_L2_MISS`.
    #[doc(alias = "TCA_FLOWER_L2_MISS")]
    pub const L2_MISS: u16 = 106;
    /// `TCA_FLOWER_KEY_CFM`.
    #[doc(alias = "TCA_FLOWER_KEY_CFM")]
    pub const KEY_CFM: u16 = 107;
    /// `TCA_FLOWER_KEY_SPI`.
    #[doc(alias = "TCA_FLOWER_KEY_SPI")]
    pub const KEY_SPI: u16 = 108;
    /// `TCA_FLOWER_KEY_SPI_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_SPI_MASK")]
    pub const KEY_SPI_MASK: u16 = 109;
    /// `TCA_FLOWER_KEY_ENC_FLAGS`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_FLAGS")]
    pub const KEY_ENC_FLAGS: u16 = 110;
    /// `TCA_FLOWER_KEY_ENC_FLAGS_MASK`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_FLAGS_MASK")]
    pub const KEY_ENC_FLAGS_MASK: u16 = 111;
}

/// Typed reads of an attribute chain of the set `flower-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FlowerAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FlowerAttrs<'a> {
    /// `TCA_FLOWER_CLASSID`.
    pub fn classid(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::CLASSID, crate::attr::Attr::u32)
    }
    /// `TCA_FLOWER_INDEV`.
    pub fn indev(&self) -> Result<Option<&'a str>> {
        self.0.read(flower_attrs::INDEV, crate::attr::Attr::str)
    }
    /// `TCA_FLOWER_ACT`.
    pub fn act(&self) -> impl Iterator<Item = Result<ActAttrs<'a>>> + 'a {
        self.0.read_array(flower_attrs::ACT, |a| Ok(ActAttrs(a.nested())))
    }
    /// `TCA_FLOWER_KEY_ETH_DST`.
    pub fn key_eth_dst(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flower_attrs::KEY_ETH_DST, |a| Ok(a.payload()))
    }
    /// `TCA_FLOWER_KEY_ETH_DST_MASK`.
    pub fn key_eth_dst_mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flower_attrs::KEY_ETH_DST_MASK, |a| Ok(a.payload()))
    }
    /// `TCA_FLOWER_KEY_ETH_SRC`.
    pub fn key_eth_src(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flower_attrs::KEY_ETH_SRC, |a| Ok(a.payload()))
    }
    /// `TCA_FLOWER_KEY_ETH_SRC_MASK`.
    pub fn key_eth_src_mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flower_attrs::KEY_ETH_SRC_MASK, |a| Ok(a.payload()))
    }
    /// `TCA_FLOWER_KEY_ETH_TYPE`.
    pub fn key_eth_type(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_ETH_TYPE, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_IP_PROTO`.
    pub fn key_ip_proto(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_IP_PROTO, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_IPV4_SRC`.
    pub fn key_ipv4_src(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_IPV4_SRC, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_IPV4_SRC_MASK`.
    pub fn key_ipv4_src_mask(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_IPV4_SRC_MASK, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_IPV4_DST`.
    pub fn key_ipv4_dst(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_IPV4_DST, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_IPV4_DST_MASK`.
    pub fn key_ipv4_dst_mask(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_IPV4_DST_MASK, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_IPV6_SRC`.
    pub fn key_ipv6_src(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_IPV6_SRC, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_IPV6_SRC_MASK`.
    pub fn key_ipv6_src_mask(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_IPV6_SRC_MASK, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_IPV6_DST`.
    pub fn key_ipv6_dst(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_IPV6_DST, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_IPV6_DST_MASK`.
    pub fn key_ipv6_dst_mask(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_IPV6_DST_MASK, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_TCP_SRC`.
    pub fn key_tcp_src(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_TCP_SRC, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_TCP_DST`.
    pub fn key_tcp_dst(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_TCP_DST, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_UDP_SRC`.
    pub fn key_udp_src(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_UDP_SRC, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_UDP_DST`.
    pub fn key_udp_dst(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_UDP_DST, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_FLAGS`.
    pub fn flags(&self) -> Result<Option<ClsFlags>> {
        self.0.read(flower_attrs::FLAGS, |a| a.u32().map(ClsFlags::from_bits_retain))
    }
    /// `TCA_FLOWER_KEY_VLAN_ID`.
    pub fn key_vlan_id(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_VLAN_ID, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_VLAN_PRIO`.
    pub fn key_vlan_prio(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_VLAN_PRIO, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_VLAN_ETH_TYPE`.
    pub fn key_vlan_eth_type(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_VLAN_ETH_TYPE, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_ENC_KEY_ID`.
    pub fn key_enc_key_id(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_ENC_KEY_ID, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_KEY_ENC_IPV4_SRC`.
    pub fn key_enc_ipv4_src(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_ENC_IPV4_SRC, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK`.
    pub fn key_enc_ipv4_src_mask(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_ENC_IPV4_SRC_MASK, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_ENC_IPV4_DST`.
    pub fn key_enc_ipv4_dst(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_ENC_IPV4_DST, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_ENC_IPV4_DST_MASK`.
    pub fn key_enc_ipv4_dst_mask(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_ENC_IPV4_DST_MASK, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_ENC_IPV6_SRC`.
    pub fn key_enc_ipv6_src(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_ENC_IPV6_SRC, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK`.
    pub fn key_enc_ipv6_src_mask(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_ENC_IPV6_SRC_MASK, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_ENC_IPV6_DST`.
    pub fn key_enc_ipv6_dst(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_ENC_IPV6_DST, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_ENC_IPV6_DST_MASK`.
    pub fn key_enc_ipv6_dst_mask(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(flower_attrs::KEY_ENC_IPV6_DST_MASK, crate::attr::Attr::ip)
    }
    /// `TCA_FLOWER_KEY_TCP_SRC_MASK`.
    pub fn key_tcp_src_mask(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_TCP_SRC_MASK, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_TCP_DST_MASK`.
    pub fn key_tcp_dst_mask(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_TCP_DST_MASK, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_UDP_SRC_MASK`.
    pub fn key_udp_src_mask(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_UDP_SRC_MASK, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_UDP_DST_MASK`.
    pub fn key_udp_dst_mask(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_UDP_DST_MASK, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_SCTP_SRC_MASK`.
    pub fn key_sctp_src_mask(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_SCTP_SRC_MASK, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_SCTP_DST_MASK`.
    pub fn key_sctp_dst_mask(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_SCTP_DST_MASK, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_SCTP_SRC`.
    pub fn key_sctp_src(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_SCTP_SRC, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_SCTP_DST`.
    pub fn key_sctp_dst(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_SCTP_DST, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_ENC_UDP_SRC_PORT`.
    pub fn key_enc_udp_src_port(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_ENC_UDP_SRC_PORT, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK`.
    pub fn key_enc_udp_src_port_mask(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_ENC_UDP_SRC_PORT_MASK, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_ENC_UDP_DST_PORT`.
    pub fn key_enc_udp_dst_port(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_ENC_UDP_DST_PORT, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK`.
    pub fn key_enc_udp_dst_port_mask(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_ENC_UDP_DST_PORT_MASK, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_FLAGS`.
    pub fn key_flags(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_FLAGS, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_KEY_FLAGS_MASK`.
    pub fn key_flags_mask(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_FLAGS_MASK, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_KEY_ICMPV4_CODE`.
    pub fn key_icmpv4_code(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ICMPV4_CODE, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ICMPV4_CODE_MASK`.
    pub fn key_icmpv4_code_mask(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ICMPV4_CODE_MASK, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ICMPV4_TYPE`.
    pub fn key_icmpv4_type(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ICMPV4_TYPE, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ICMPV4_TYPE_MASK`.
    pub fn key_icmpv4_type_mask(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ICMPV4_TYPE_MASK, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ICMPV6_CODE`.
    pub fn key_icmpv6_code(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ICMPV6_CODE, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ICMPV6_CODE_MASK`.
    pub fn key_icmpv6_code_mask(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ICMPV6_CODE_MASK, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ICMPV6_TYPE`.
    pub fn key_icmpv6_type(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ICMPV6_TYPE, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ICMPV6_TYPE_MASK`.
    pub fn key_icmpv6_type_mask(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ICMPV6_TYPE_MASK, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ARP_SIP`.
    pub fn key_arp_sip(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_ARP_SIP, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_KEY_ARP_SIP_MASK`.
    pub fn key_arp_sip_mask(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_ARP_SIP_MASK, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_KEY_ARP_TIP`.
    pub fn key_arp_tip(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_ARP_TIP, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_KEY_ARP_TIP_MASK`.
    pub fn key_arp_tip_mask(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_ARP_TIP_MASK, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_KEY_ARP_OP`.
    pub fn key_arp_op(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ARP_OP, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ARP_OP_MASK`.
    pub fn key_arp_op_mask(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ARP_OP_MASK, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ARP_SHA`.
    pub fn key_arp_sha(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flower_attrs::KEY_ARP_SHA, |a| Ok(a.payload()))
    }
    /// `TCA_FLOWER_KEY_ARP_SHA_MASK`.
    pub fn key_arp_sha_mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flower_attrs::KEY_ARP_SHA_MASK, |a| Ok(a.payload()))
    }
    /// `TCA_FLOWER_KEY_ARP_THA`.
    pub fn key_arp_tha(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flower_attrs::KEY_ARP_THA, |a| Ok(a.payload()))
    }
    /// `TCA_FLOWER_KEY_ARP_THA_MASK`.
    pub fn key_arp_tha_mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flower_attrs::KEY_ARP_THA_MASK, |a| Ok(a.payload()))
    }
    /// `TCA_FLOWER_KEY_MPLS_TTL`.
    pub fn key_mpls_ttl(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_MPLS_TTL, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_MPLS_BOS`.
    pub fn key_mpls_bos(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_MPLS_BOS, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_MPLS_TC`.
    pub fn key_mpls_tc(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_MPLS_TC, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_MPLS_LABEL`.
    pub fn key_mpls_label(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_MPLS_LABEL, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_KEY_TCP_FLAGS`.
    pub fn key_tcp_flags(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_TCP_FLAGS, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_TCP_FLAGS_MASK`.
    pub fn key_tcp_flags_mask(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_TCP_FLAGS_MASK, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_IP_TOS`.
    pub fn key_ip_tos(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_IP_TOS, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_IP_TOS_MASK`.
    pub fn key_ip_tos_mask(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_IP_TOS_MASK, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_IP_TTL`.
    pub fn key_ip_ttl(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_IP_TTL, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_IP_TTL_MASK`.
    pub fn key_ip_ttl_mask(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_IP_TTL_MASK, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_CVLAN_ID`.
    pub fn key_cvlan_id(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_CVLAN_ID, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_CVLAN_PRIO`.
    pub fn key_cvlan_prio(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_CVLAN_PRIO, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_CVLAN_ETH_TYPE`.
    pub fn key_cvlan_eth_type(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_CVLAN_ETH_TYPE, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_ENC_IP_TOS`.
    pub fn key_enc_ip_tos(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ENC_IP_TOS, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ENC_IP_TOS_MASK`.
    pub fn key_enc_ip_tos_mask(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ENC_IP_TOS_MASK, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ENC_IP_TTL`.
    pub fn key_enc_ip_ttl(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ENC_IP_TTL, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ENC_IP_TTL_MASK`.
    pub fn key_enc_ip_ttl_mask(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_ENC_IP_TTL_MASK, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ENC_OPTS`.
    pub fn key_enc_opts(&self) -> Result<Option<FlowerKeyEncOptsAttrs<'a>>> {
        self.0.read(flower_attrs::KEY_ENC_OPTS, |a| Ok(FlowerKeyEncOptsAttrs(a.nested())))
    }
    /// `TCA_FLOWER_KEY_ENC_OPTS_MASK`.
    pub fn key_enc_opts_mask(&self) -> Result<Option<FlowerKeyEncOptsAttrs<'a>>> {
        self.0.read(flower_attrs::KEY_ENC_OPTS_MASK, |a| Ok(FlowerKeyEncOptsAttrs(a.nested())))
    }
    /// `TCA_FLOWER_IN_HW_COUNT`.
    pub fn in_hw_count(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::IN_HW_COUNT, crate::attr::Attr::u32)
    }
    /// `TCA_FLOWER_KEY_PORT_SRC_MIN`.
    pub fn key_port_src_min(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_PORT_SRC_MIN, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_PORT_SRC_MAX`.
    pub fn key_port_src_max(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_PORT_SRC_MAX, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_PORT_DST_MIN`.
    pub fn key_port_dst_min(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_PORT_DST_MIN, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_PORT_DST_MAX`.
    pub fn key_port_dst_max(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_PORT_DST_MAX, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_CT_STATE`.
    pub fn key_ct_state(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_CT_STATE, crate::attr::Attr::u16)
    }
    /// `TCA_FLOWER_KEY_CT_STATE_MASK`.
    pub fn key_ct_state_mask(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_CT_STATE_MASK, crate::attr::Attr::u16)
    }
    /// `TCA_FLOWER_KEY_CT_ZONE`.
    pub fn key_ct_zone(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_CT_ZONE, crate::attr::Attr::u16)
    }
    /// `TCA_FLOWER_KEY_CT_ZONE_MASK`.
    pub fn key_ct_zone_mask(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_CT_ZONE_MASK, crate::attr::Attr::u16)
    }
    /// `TCA_FLOWER_KEY_CT_MARK`.
    pub fn key_ct_mark(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_CT_MARK, crate::attr::Attr::u32)
    }
    /// `TCA_FLOWER_KEY_CT_MARK_MASK`.
    pub fn key_ct_mark_mask(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_CT_MARK_MASK, crate::attr::Attr::u32)
    }
    /// `TCA_FLOWER_KEY_CT_LABELS`.
    pub fn key_ct_labels(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flower_attrs::KEY_CT_LABELS, |a| Ok(a.payload()))
    }
    /// `TCA_FLOWER_KEY_CT_LABELS_MASK`.
    pub fn key_ct_labels_mask(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flower_attrs::KEY_CT_LABELS_MASK, |a| Ok(a.payload()))
    }
    /// `TCA_FLOWER_KEY_MPLS_OPTS`.
    pub fn key_mpls_opts(&self) -> Result<Option<FlowerKeyMplsOptAttrs<'a>>> {
        self.0.read(flower_attrs::KEY_MPLS_OPTS, |a| Ok(FlowerKeyMplsOptAttrs(a.nested())))
    }
    /// `TCA_FLOWER_KEY_HASH`.
    pub fn key_hash(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_HASH, crate::attr::Attr::u32)
    }
    /// `TCA_FLOWER_KEY_HASH_MASK`.
    pub fn key_hash_mask(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_HASH_MASK, crate::attr::Attr::u32)
    }
    /// `TCA_FLOWER_KEY_NUM_OF_VLANS`.
    pub fn key_num_of_vlans(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::KEY_NUM_OF_VLANS, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_PPPOE_SID`.
    pub fn key_pppoe_sid(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_PPPOE_SID, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_PPP_PROTO`.
    pub fn key_ppp_proto(&self) -> Result<Option<u16>> {
        self.0.read(flower_attrs::KEY_PPP_PROTO, crate::attr::Attr::be16)
    }
    /// `TCA_FLOWER_KEY_L2TPV3_SID`.
    pub fn key_l2tpv3_sid(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_L2TPV3_SID, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_L2_MISS`.
    pub fn l2_miss(&self) -> Result<Option<u8>> {
        self.0.read(flower_attrs::L2_MISS, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_CFM`.
    pub fn key_cfm(&self) -> Result<Option<FlowerKeyCfmAttrs<'a>>> {
        self.0.read(flower_attrs::KEY_CFM, |a| Ok(FlowerKeyCfmAttrs(a.nested())))
    }
    /// `TCA_FLOWER_KEY_SPI`.
    pub fn key_spi(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_SPI, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_KEY_SPI_MASK`.
    pub fn key_spi_mask(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_SPI_MASK, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_KEY_ENC_FLAGS`.
    pub fn key_enc_flags(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_ENC_FLAGS, crate::attr::Attr::be32)
    }
    /// `TCA_FLOWER_KEY_ENC_FLAGS_MASK`.
    pub fn key_enc_flags_mask(&self) -> Result<Option<u32>> {
        self.0.read(flower_attrs::KEY_ENC_FLAGS_MASK, crate::attr::Attr::be32)
    }
}

/// `TCA_FLOWER_KEY_ENC_OPTS_*`: the attribute set `flower-key-enc-opts-attrs`.
pub static FLOWER_KEY_ENC_OPTS_ATTRS: Space = Space {
    name: "flower-key-enc-opts-attrs",
    prefix: "TCA_FLOWER_KEY_ENC_OPTS_",
    attrs: &[
        AttrSpec { id: 1, name: "geneve", ty: AttrType::Nested(&FLOWER_KEY_ENC_OPT_GENEVE_ATTRS) },
        AttrSpec { id: 2, name: "vxlan", ty: AttrType::Nested(&FLOWER_KEY_ENC_OPT_VXLAN_ATTRS) },
        AttrSpec { id: 3, name: "erspan", ty: AttrType::Nested(&FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS) },
        AttrSpec { id: 4, name: "gtp", ty: AttrType::Nested(&FLOWER_KEY_ENC_OPT_GTP_ATTRS) },
    ],
    by_name: &[1, 0, 0, 4, 2, 0, 3, 0],
};

/// Attribute numbers of [`FLOWER_KEY_ENC_OPTS_ATTRS`].
pub mod flower_key_enc_opts_attrs {
    /// `TCA_FLOWER_KEY_ENC_OPTS_GENEVE`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPTS_GENEVE")]
    pub const GENEVE: u16 = 1;
    /// `TCA_FLOWER_KEY_ENC_OPTS_VXLAN`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPTS_VXLAN")]
    pub const VXLAN: u16 = 2;
    /// `TCA_FLOWER_KEY_ENC_OPTS_ERSPAN`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPTS_ERSPAN")]
    pub const ERSPAN: u16 = 3;
    /// `TCA_FLOWER_KEY_ENC_OPTS_GTP`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPTS_GTP")]
    pub const GTP: u16 = 4;
}

/// Typed reads of an attribute chain of the set `flower-key-enc-opts-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FlowerKeyEncOptsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FlowerKeyEncOptsAttrs<'a> {
    /// `TCA_FLOWER_KEY_ENC_OPTS_GENEVE`.
    pub fn geneve(&self) -> Result<Option<FlowerKeyEncOptGeneveAttrs<'a>>> {
        self.0.read(flower_key_enc_opts_attrs::GENEVE, |a| Ok(FlowerKeyEncOptGeneveAttrs(a.nested())))
    }
    /// `TCA_FLOWER_KEY_ENC_OPTS_VXLAN`.
    pub fn vxlan(&self) -> Result<Option<FlowerKeyEncOptVxlanAttrs<'a>>> {
        self.0.read(flower_key_enc_opts_attrs::VXLAN, |a| Ok(FlowerKeyEncOptVxlanAttrs(a.nested())))
    }
    /// `TCA_FLOWER_KEY_ENC_OPTS_ERSPAN`.
    pub fn erspan(&self) -> Result<Option<FlowerKeyEncOptErspanAttrs<'a>>> {
        self.0.read(flower_key_enc_opts_attrs::ERSPAN, |a| Ok(FlowerKeyEncOptErspanAttrs(a.nested())))
    }
    /// `TCA_FLOWER_KEY_ENC_OPTS_GTP`.
    pub fn gtp(&self) -> Result<Option<FlowerKeyEncOptGtpAttrs<'a>>> {
        self.0.read(flower_key_enc_opts_attrs::GTP, |a| Ok(FlowerKeyEncOptGtpAttrs(a.nested())))
    }
}

/// `TCA_FLOWER_KEY_ENC_OPT_GENEVE_*`: the attribute set `flower-key-enc-opt-geneve-attrs`.
pub static FLOWER_KEY_ENC_OPT_GENEVE_ATTRS: Space = Space {
    name: "flower-key-enc-opt-geneve-attrs",
    prefix: "TCA_FLOWER_KEY_ENC_OPT_GENEVE_",
    attrs: &[
        AttrSpec { id: 1, name: "class", ty: AttrType::U16 },
        AttrSpec { id: 2, name: "type", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "data", ty: AttrType::Bytes },
    ],
    by_name: &[0, 1, 0, 0, 0, 0, 2, 3],
};

/// Attribute numbers of [`FLOWER_KEY_ENC_OPT_GENEVE_ATTRS`].
pub mod flower_key_enc_opt_geneve_attrs {
    /// `TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS")]
    pub const CLASS: u16 = 1;
    /// `TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE")]
    pub const TYPE: u16 = 2;
    /// `TCA_FLOWER_KEY_ENC_OPT_GENEVE_DATA`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPT_GENEVE_DATA")]
    pub const DATA: u16 = 3;
}

/// Typed reads of an attribute chain of the set `flower-key-enc-opt-geneve-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FlowerKeyEncOptGeneveAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FlowerKeyEncOptGeneveAttrs<'a> {
    /// `TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS`.
    pub fn class(&self) -> Result<Option<u16>> {
        self.0.read(flower_key_enc_opt_geneve_attrs::CLASS, crate::attr::Attr::u16)
    }
    /// `TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE`.
    pub fn r#type(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_enc_opt_geneve_attrs::TYPE, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ENC_OPT_GENEVE_DATA`.
    pub fn data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(flower_key_enc_opt_geneve_attrs::DATA, |a| Ok(a.payload()))
    }
}

/// `TCA_FLOWER_KEY_ENC_OPT_VXLAN_*`: the attribute set `flower-key-enc-opt-vxlan-attrs`.
pub static FLOWER_KEY_ENC_OPT_VXLAN_ATTRS: Space = Space {
    name: "flower-key-enc-opt-vxlan-attrs",
    prefix: "TCA_FLOWER_KEY_ENC_OPT_VXLAN_",
    attrs: &[AttrSpec { id: 1, name: "gbp", ty: AttrType::U32 }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`FLOWER_KEY_ENC_OPT_VXLAN_ATTRS`].
pub mod flower_key_enc_opt_vxlan_attrs {
    /// `TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP")]
    pub const GBP: u16 = 1;
}

/// Typed reads of an attribute chain of the set `flower-key-enc-opt-vxlan-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FlowerKeyEncOptVxlanAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FlowerKeyEncOptVxlanAttrs<'a> {
    /// `TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP`.
    pub fn gbp(&self) -> Result<Option<u32>> {
        self.0.read(flower_key_enc_opt_vxlan_attrs::GBP, crate::attr::Attr::u32)
    }
}

/// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_*`: the attribute set `flower-key-enc-opt-erspan-attrs`.
pub static FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS: Space = Space {
    name: "flower-key-enc-opt-erspan-attrs",
    prefix: "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_",
    attrs: &[
        AttrSpec { id: 1, name: "ver", ty: AttrType::U8 },
        AttrSpec { id: 2, name: "index", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "dir", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "hwid", ty: AttrType::U8 },
    ],
    by_name: &[0, 3, 0, 1, 4, 0, 0, 2],
};

/// Attribute numbers of [`FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS`].
pub mod flower_key_enc_opt_erspan_attrs {
    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER")]
    pub const VER: u16 = 1;
    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX")]
    pub const INDEX: u16 = 2;
    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR")]
    pub const DIR: u16 = 3;
    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID")]
    pub const HWID: u16 = 4;
}

/// Typed reads of an attribute chain of the set `flower-key-enc-opt-erspan-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FlowerKeyEncOptErspanAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FlowerKeyEncOptErspanAttrs<'a> {
    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER`.
    pub fn ver(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_enc_opt_erspan_attrs::VER, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX`.
    pub fn index(&self) -> Result<Option<u32>> {
        self.0.read(flower_key_enc_opt_erspan_attrs::INDEX, crate::attr::Attr::u32)
    }
    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR`.
    pub fn dir(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_enc_opt_erspan_attrs::DIR, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID`.
    pub fn hwid(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_enc_opt_erspan_attrs::HWID, crate::attr::Attr::u8)
    }
}

/// `TCA_FLOWER_KEY_ENC_OPT_GTP_*`: the attribute set `flower-key-enc-opt-gtp-attrs`.
pub static FLOWER_KEY_ENC_OPT_GTP_ATTRS: Space = Space {
    name: "flower-key-enc-opt-gtp-attrs",
    prefix: "TCA_FLOWER_KEY_ENC_OPT_GTP_",
    attrs: &[
        AttrSpec { id: 1, name: "pdu_type", ty: AttrType::U8 },
        AttrSpec { id: 2, name: "qfi", ty: AttrType::U8 },
    ],
    by_name: &[2, 0, 1, 0],
};

/// Attribute numbers of [`FLOWER_KEY_ENC_OPT_GTP_ATTRS`].
pub mod flower_key_enc_opt_gtp_attrs {
    /// `TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE")]
    pub const PDU_TYPE: u16 = 1;
    /// `TCA_FLOWER_KEY_ENC_OPT_GTP_QFI`.
    #[doc(alias = "TCA_FLOWER_KEY_ENC_OPT_GTP_QFI")]
    pub const QFI: u16 = 2;
}

/// Typed reads of an attribute chain of the set `flower-key-enc-opt-gtp-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FlowerKeyEncOptGtpAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FlowerKeyEncOptGtpAttrs<'a> {
    /// `TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE`.
    pub fn pdu_type(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_enc_opt_gtp_attrs::PDU_TYPE, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_ENC_OPT_GTP_QFI`.
    pub fn qfi(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_enc_opt_gtp_attrs::QFI, crate::attr::Attr::u8)
    }
}

/// `TCA_FLOWER_KEY_MPLS_OPT_*`: the attribute set `flower-key-mpls-opt-attrs`.
pub static FLOWER_KEY_MPLS_OPT_ATTRS: Space = Space {
    name: "flower-key-mpls-opt-attrs",
    prefix: "TCA_FLOWER_KEY_MPLS_OPT_",
    attrs: &[
        AttrSpec { id: 1, name: "lse_depth", ty: AttrType::U8 },
        AttrSpec { id: 2, name: "lse_ttl", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "lse_bos", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "lse_tc", ty: AttrType::U8 },
        AttrSpec { id: 5, name: "lse_label", ty: AttrType::U32 },
    ],
    by_name: &[3, 5, 0, 0, 1, 0, 0, 0, 0, 4, 0, 0, 0, 2, 0, 0],
};

/// Attribute numbers of [`FLOWER_KEY_MPLS_OPT_ATTRS`].
pub mod flower_key_mpls_opt_attrs {
    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH`.
    #[doc(alias = "TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH")]
    pub const LSE_DEPTH: u16 = 1;
    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL`.
    #[doc(alias = "TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL")]
    pub const LSE_TTL: u16 = 2;
    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS`.
    #[doc(alias = "TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS")]
    pub const LSE_BOS: u16 = 3;
    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_TC`.
    #[doc(alias = "TCA_FLOWER_KEY_MPLS_OPT_LSE_TC")]
    pub const LSE_TC: u16 = 4;
    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL`.
    #[doc(alias = "TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL")]
    pub const LSE_LABEL: u16 = 5;
}

/// Typed reads of an attribute chain of the set `flower-key-mpls-opt-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FlowerKeyMplsOptAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FlowerKeyMplsOptAttrs<'a> {
    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH`.
    pub fn lse_depth(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_mpls_opt_attrs::LSE_DEPTH, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL`.
    pub fn lse_ttl(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_mpls_opt_attrs::LSE_TTL, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS`.
    pub fn lse_bos(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_mpls_opt_attrs::LSE_BOS, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_TC`.
    pub fn lse_tc(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_mpls_opt_attrs::LSE_TC, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL`.
    pub fn lse_label(&self) -> Result<Option<u32>> {
        self.0.read(flower_key_mpls_opt_attrs::LSE_LABEL, crate::attr::Attr::u32)
    }
}

/// `TCA_FLOWER_KEY_CFM_*`: the attribute set `flower-key-cfm-attrs`.
pub static FLOWER_KEY_CFM_ATTRS: Space = Space {
    name: "flower-key-cfm-attrs",
    prefix: "TCA_FLOWER_KEY_CFM_",
    attrs: &[
        AttrSpec { id: 1, name: "md_level", ty: AttrType::U8 },
        AttrSpec { id: 2, name: "opcode", ty: AttrType::U8 },
    ],
    by_name: &[0, 0, 2, 1],
};

/// Attribute numbers of [`FLOWER_KEY_CFM_ATTRS`].
pub mod flower_key_cfm_attrs {
    /// `TCA_FLOWER_KEY_CFM_MD_LEVEL`.
    #[doc(alias = "TCA_FLOWER_KEY_CFM_MD_LEVEL")]
    pub const MD_LEVEL: u16 = 1;
    /// `TCA_FLOWER_KEY_CFM_OPCODE`.
    #[doc(alias = "TCA_FLOWER_KEY_CFM_OPCODE")]
    pub const OPCODE: u16 = 2;
}

/// Typed reads of an attribute chain of the set `flower-key-cfm-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FlowerKeyCfmAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FlowerKeyCfmAttrs<'a> {
    /// `TCA_FLOWER_KEY_CFM_MD_LEVEL`.
    pub fn md_level(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_cfm_attrs::MD_LEVEL, crate::attr::Attr::u8)
    }
    /// `TCA_FLOWER_KEY_CFM_OPCODE`.
    pub fn opcode(&self) -> Result<Option<u8>> {
        self.0.read(flower_key_cfm_attrs::OPCODE, crate::attr::Attr::u8)
    }
}

/// The type of each entry of `TCA_FW_ACT`.
static FW_ATTRS_ACT_ELEMENT: AttrType = AttrType::Nested(&ACT_ATTRS);

/// `TCA_FW_*`: the attribute set `fw-attrs`.
pub static FW_ATTRS: Space = Space {
    name: "fw-attrs",
    prefix: "TCA_FW_",
    attrs: &[
        AttrSpec { id: 1, name: "classid", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "police", ty: AttrType::Nested(&POLICE_ATTRS) },
        AttrSpec { id: 3, name: "indev", ty: AttrType::Str },
        AttrSpec { id: 4, name: "act", ty: AttrType::Array(&FW_ATTRS_ACT_ELEMENT) },
        AttrSpec { id: 5, name: "mask", ty: AttrType::U32 },
    ],
    by_name: &[1, 3, 5, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 4, 0],
};

/// Attribute numbers of [`FW_ATTRS`].
pub mod fw_attrs {
    /// `TCA_FW_CLASSID`.
    #[doc(alias = "TCA_FW_CLASSID")]
    pub const CLASSID: u16 = 1;
    /// `TCA_FW_POLICE`.
    #[doc(alias = "TCA_FW_POLICE")]
    pub const POLICE: u16 = 2;
    /// `TCA_FW_INDEV`.
    #[doc(alias = "TCA_FW_INDEV")]
    pub const INDEV: u16 = 3;
    /// `TCA_FW_ACT`.
    #[doc(alias = "TCA_FW_ACT")]
    pub const ACT: u16 = 4;
    /// `TCA_FW_MASK`.
    #[doc(alias = "TCA_FW_MASK")]
    pub const MASK: u16 = 5;
}

/// Typed reads of an attribute chain of the set `fw-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FwAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FwAttrs<'a> {
    /// `TCA_FW_CLASSID`.
    pub fn classid(&self) -> Result<Option<u32>> {
        self.0.read(fw_attrs::CLASSID, crate::attr::Attr::u32)
    }
    /// `TCA_FW_POLICE`.
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>> {
        self.0.read(fw_attrs::POLICE, |a| Ok(PoliceAttrs(a.nested())))
    }
    /// `TCA_FW_INDEV`.
    pub fn indev(&self) -> Result<Option<&'a str>> {
        self.0.read(fw_attrs::INDEV, crate::attr::Attr::str)
    }
    /// `TCA_FW_ACT`.
    pub fn act(&self) -> impl Iterator<Item = Result<ActAttrs<'a>>> + 'a {
        self.0.read_array(fw_attrs::ACT, |a| Ok(ActAttrs(a.nested())))
    }
    /// `TCA_FW_MASK`.
    pub fn mask(&self) -> Result<Option<u32>> {
        self.0.read(fw_attrs::MASK, crate::attr::Attr::u32)
    }
}

/// `TCA_GRED_*`: the attribute set `gred-attrs`.
pub static GRED_ATTRS: Space = Space {
    name: "gred-attrs",
    prefix: "TCA_GRED_",
    attrs: &[
        AttrSpec { id: 1, name: "parms", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "stab", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "dps", ty: AttrType::Struct(&TC_GRED_SOPT) },
        AttrSpec { id: 4, name: "max_p", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "limit", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "vq_list", ty: AttrType::Nested(&TCA_GRED_VQ_LIST_ATTRS) },
    ],
    by_name: &[3, 6, 0, 2, 0, 0, 0, 4, 0, 0, 0, 0, 0, 5, 0, 1],
};

/// Attribute numbers of [`GRED_ATTRS`].
pub mod gred_attrs {
    /// `TCA_GRED_PARMS`.
    #[doc(alias = "TCA_GRED_PARMS")]
    pub const PARMS: u16 = 1;
    /// `TCA_GRED_STAB`.
    #[doc(alias = "TCA_GRED_STAB")]
    pub const STAB: u16 = 2;
    /// `TCA_GRED_DPS`.
    #[doc(alias = "TCA_GRED_DPS")]
    pub const DPS: u16 = 3;
    /// `TCA_GRED_MAX_P`.
    #[doc(alias = "TCA_GRED_MAX_P")]
    pub const MAX_P: u16 = 4;
    /// `TCA_GRED_LIMIT`.
    #[doc(alias = "TCA_GRED_LIMIT")]
    pub const LIMIT: u16 = 5;
    /// `TCA_GRED_VQ_LIST`.
    #[doc(alias = "TCA_GRED_VQ_LIST")]
    pub const VQ_LIST: u16 = 6;
}

/// Typed reads of an attribute chain of the set `gred-attrs`.
#[derive(Clone, Debug, Default)]
pub struct GredAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> GredAttrs<'a> {
    /// `TCA_GRED_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(gred_attrs::PARMS, |a| Ok(a.payload()))
    }
    /// `TCA_GRED_STAB`.
    pub fn stab(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(gred_attrs::STAB, |a| Ok(a.payload()))
    }
    /// `TCA_GRED_DPS`.
    pub fn dps(&self) -> Result<Option<&'a TcGredSopt>> {
        self.0.read(gred_attrs::DPS, crate::attr::Attr::as_struct)
    }
    /// `TCA_GRED_MAX_P`.
    pub fn max_p(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(gred_attrs::MAX_P, |a| Ok(a.payload()))
    }
    /// `TCA_GRED_LIMIT`.
    pub fn limit(&self) -> Result<Option<u32>> {
        self.0.read(gred_attrs::LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_GRED_VQ_LIST`.
    pub fn vq_list(&self) -> Result<Option<TcaGredVqListAttrs<'a>>> {
        self.0.read(gred_attrs::VQ_LIST, |a| Ok(TcaGredVqListAttrs(a.nested())))
    }
}

/// `TCA_GRED_VQ_*`: the attribute set `tca-gred-vq-list-attrs`.
pub static TCA_GRED_VQ_LIST_ATTRS: Space = Space {
    name: "tca-gred-vq-list-attrs",
    prefix: "TCA_GRED_VQ_",
    attrs: &[AttrSpec { id: 1, name: "entry", ty: AttrType::Nested(&TCA_GRED_VQ_ENTRY_ATTRS) }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`TCA_GRED_VQ_LIST_ATTRS`].
pub mod tca_gred_vq_list_attrs {
    /// `TCA_GRED_VQ_ENTRY`.
    #[doc(alias = "TCA_GRED_VQ_ENTRY")]
    pub const ENTRY: u16 = 1;
}

/// Typed reads of an attribute chain of the set `tca-gred-vq-list-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TcaGredVqListAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TcaGredVqListAttrs<'a> {
    /// `TCA_GRED_VQ_ENTRY`.
    pub fn entry(&self) -> impl Iterator<Item = Result<TcaGredVqEntryAttrs<'a>>> + 'a {
        self.0.read_all(tca_gred_vq_list_attrs::ENTRY, |a| Ok(TcaGredVqEntryAttrs(a.nested())))
    }
}

/// `TCA_GRED_VQ_*`: the attribute set `tca-gred-vq-entry-attrs`.
pub static TCA_GRED_VQ_ENTRY_ATTRS: Space = Space {
    name: "tca-gred-vq-entry-attrs",
    prefix: "TCA_GRED_VQ_",
    attrs: &[
        AttrSpec { id: 1, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "dp", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "stat_bytes", ty: AttrType::U64 },
        AttrSpec { id: 4, name: "stat_packets", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "stat_backlog", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "stat_prob_drop", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "stat_prob_mark", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "stat_forced_drop", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "stat_forced_mark", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "stat_pdrop", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "stat_other", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "flags", ty: AttrType::U32 },
    ],
    by_name: &[
        7, 6, 0, 0, 5, 0, 0, 0, 4, 0, 0, 2, 0, 0, 12, 0, 0, 3, 0, 1, 0, 0, 0, 11, 0, 0, 9, 10, 0, 0, 0, 8,
    ],
};

/// Attribute numbers of [`TCA_GRED_VQ_ENTRY_ATTRS`].
pub mod tca_gred_vq_entry_attrs {
    /// `TCA_GRED_VQ_PAD`.
    #[doc(alias = "TCA_GRED_VQ_PAD")]
    pub const PAD: u16 = 1;
    /// `TCA_GRED_VQ_DP`.
    #[doc(alias = "TCA_GRED_VQ_DP")]
    pub const DP: u16 = 2;
    /// `TCA_GRED_VQ_STAT_BYTES`.
    #[doc(alias = "TCA_GRED_VQ_STAT_BYTES")]
    pub const STAT_BYTES: u16 = 3;
    /// `TCA_GRED_VQ_STAT_PACKETS`.
    #[doc(alias = "TCA_GRED_VQ_STAT_PACKETS")]
    pub const STAT_PACKETS: u16 = 4;
    /// `TCA_GRED_VQ_STAT_BACKLOG`.
    #[doc(alias = "TCA_GRED_VQ_STAT_BACKLOG")]
    pub const STAT_BACKLOG: u16 = 5;
    /// `TCA_GRED_VQ_STAT_PROB_DROP`.
    #[doc(alias = "TCA_GRED_VQ_STAT_PROB_DROP")]
    pub const STAT_PROB_DROP: u16 = 6;
    /// `TCA_GRED_VQ_STAT_PROB_MARK`.
    #[doc(alias = "TCA_GRED_VQ_STAT_PROB_MARK")]
    pub const STAT_PROB_MARK: u16 = 7;
    /// `TCA_GRED_VQ_STAT_FORCED_DROP`.
    #[doc(alias = "TCA_GRED_VQ_STAT_FORCED_DROP")]
    pub const STAT_FORCED_DROP: u16 = 8;
    /// `TCA_GRED_VQ_STAT_FORCED_MARK`.
    #[doc(alias = "TCA_GRED_VQ_STAT_FORCED_MARK")]
    pub const STAT_FORCED_MARK: u16 = 9;
    /// `TCA_GRED_VQ_STAT_PDROP`.
    #[doc(alias = "TCA_GRED_VQ_STAT_PDROP")]
    pub const STAT_PDROP: u16 = 10;
    /// `TCA_GRED_VQ_STAT_OTHER`.
    #[doc(alias = "TCA_GRED_VQ_STAT_OTHER")]
    pub const STAT_OTHER: u16 = 11;
    /// `TCA_GRED_VQ_FLAGS`.
    #[doc(alias = "TCA_GRED_VQ_FLAGS")]
    pub const FLAGS: u16 = 12;
}

/// Typed reads of an attribute chain of the set `tca-gred-vq-entry-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TcaGredVqEntryAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TcaGredVqEntryAttrs<'a> {
    /// `TCA_GRED_VQ_DP`.
    pub fn dp(&self) -> Result<Option<u32>> {
        self.0.read(tca_gred_vq_entry_attrs::DP, crate::attr::Attr::u32)
    }
    /// `TCA_GRED_VQ_STAT_BYTES`.
    pub fn stat_bytes(&self) -> Result<Option<u64>> {
        self.0.read(tca_gred_vq_entry_attrs::STAT_BYTES, crate::attr::Attr::u64)
    }
    /// `TCA_GRED_VQ_STAT_PACKETS`.
    pub fn stat_packets(&self) -> Result<Option<u32>> {
        self.0.read(tca_gred_vq_entry_attrs::STAT_PACKETS, crate::attr::Attr::u32)
    }
    /// `TCA_GRED_VQ_STAT_BACKLOG`.
    pub fn stat_backlog(&self) -> Result<Option<u32>> {
        self.0.read(tca_gred_vq_entry_attrs::STAT_BACKLOG, crate::attr::Attr::u32)
    }
    /// `TCA_GRED_VQ_STAT_PROB_DROP`.
    pub fn stat_prob_drop(&self) -> Result<Option<u32>> {
        self.0.read(tca_gred_vq_entry_attrs::STAT_PROB_DROP, crate::attr::Attr::u32)
    }
    /// `TCA_GRED_VQ_STAT_PROB_MARK`.
    pub fn stat_prob_mark(&self) -> Result<Option<u32>> {
        self.0.read(tca_gred_vq_entry_attrs::STAT_PROB_MARK, crate::attr::Attr::u32)
    }
    /// `TCA_GRED_VQ_STAT_FORCED_DROP`.
    pub fn stat_forced_drop(&self) -> Result<Option<u32>> {
        self.0.read(tca_gred_vq_entry_attrs::STAT_FORCED_DROP, crate::attr::Attr::u32)
    }
    /// `TCA_GRED_VQ_STAT_FORCED_MARK`.
    pub fn stat_forced_mark(&self) -> Result<Option<u32>> {
        self.0.read(tca_gred_vq_entry_attrs::STAT_FORCED_MARK, crate::attr::Attr::u32)
    }
    /// `TCA_GRED_VQ_STAT_PDROP`.
    pub fn stat_pdrop(&self) -> Result<Option<u32>> {
        self.0.read(tca_gred_vq_entry_attrs::STAT_PDROP, crate::attr::Attr::u32)
    }
    /// `TCA_GRED_VQ_STAT_OTHER`.
    pub fn stat_other(&self) -> Result<Option<u32>> {
        self.0.read(tca_gred_vq_entry_attrs::STAT_OTHER, crate::attr::Attr::u32)
    }
    /// `TCA_GRED_VQ_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(tca_gred_vq_entry_attrs::FLAGS, crate::attr::Attr::u32)
    }
}

/// `TC_A_HFSC_ATTRS_*`: the attribute set `hfsc-attrs`.
pub static HFSC_ATTRS: Space = Space {
    name: "hfsc-attrs",
    prefix: "TC_A_HFSC_ATTRS_",
    attrs: &[
        AttrSpec { id: 1, name: "rsc", ty: AttrType::Bytes },
        AttrSpec { id: 2, name: "fsc", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "usc", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 2, 3, 0, 0, 1, 0],
};

/// Attribute numbers of [`HFSC_ATTRS`].
pub mod hfsc_attrs {
    /// `TC_A_HFSC_ATTRS_RSC`.
    #[doc(alias = "TC_A_HFSC_ATTRS_RSC")]
    pub const RSC: u16 = 1;
    /// `TC_A_HFSC_ATTRS_FSC`.
    #[doc(alias = "TC_A_HFSC_ATTRS_FSC")]
    pub const FSC: u16 = 2;
    /// `TC_A_HFSC_ATTRS_USC`.
    #[doc(alias = "TC_A_HFSC_ATTRS_USC")]
    pub const USC: u16 = 3;
}

/// Typed reads of an attribute chain of the set `hfsc-attrs`.
#[derive(Clone, Debug, Default)]
pub struct HfscAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> HfscAttrs<'a> {
    /// `TC_A_HFSC_ATTRS_RSC`.
    pub fn rsc(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(hfsc_attrs::RSC, |a| Ok(a.payload()))
    }
    /// `TC_A_HFSC_ATTRS_FSC`.
    pub fn fsc(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(hfsc_attrs::FSC, |a| Ok(a.payload()))
    }
    /// `TC_A_HFSC_ATTRS_USC`.
    pub fn usc(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(hfsc_attrs::USC, |a| Ok(a.payload()))
    }
}

/// `TCA_HHF_*`: the attribute set `hhf-attrs`.
pub static HHF_ATTRS: Space = Space {
    name: "hhf-attrs",
    prefix: "TCA_HHF_",
    attrs: &[
        AttrSpec { id: 1, name: "backlog_limit", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "quantum", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "hh_flows_limit", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "reset_timeout", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "admit_bytes", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "evict_timeout", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "non_hh_weight", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 0, 0, 2, 3, 0, 6, 0, 7, 0, 5, 0, 1, 4, 0],
};

/// Attribute numbers of [`HHF_ATTRS`].
pub mod hhf_attrs {
    /// `TCA_HHF_BACKLOG_LIMIT`.
    #[doc(alias = "TCA_HHF_BACKLOG_LIMIT")]
    pub const BACKLOG_LIMIT: u16 = 1;
    /// `TCA_HHF_QUANTUM`.
    #[doc(alias = "TCA_HHF_QUANTUM")]
    pub const QUANTUM: u16 = 2;
    /// `TCA_HHF_HH_FLOWS_LIMIT`.
    #[doc(alias = "TCA_HHF_HH_FLOWS_LIMIT")]
    pub const HH_FLOWS_LIMIT: u16 = 3;
    /// `TCA_HHF_RESET_TIMEOUT`.
    #[doc(alias = "TCA_HHF_RESET_TIMEOUT")]
    pub const RESET_TIMEOUT: u16 = 4;
    /// `TCA_HHF_ADMIT_BYTES`.
    #[doc(alias = "TCA_HHF_ADMIT_BYTES")]
    pub const ADMIT_BYTES: u16 = 5;
    /// `TCA_HHF_EVICT_TIMEOUT`.
    #[doc(alias = "TCA_HHF_EVICT_TIMEOUT")]
    pub const EVICT_TIMEOUT: u16 = 6;
    /// `TCA_HHF_NON_HH_WEIGHT`.
    #[doc(alias = "TCA_HHF_NON_HH_WEIGHT")]
    pub const NON_HH_WEIGHT: u16 = 7;
}

/// Typed reads of an attribute chain of the set `hhf-attrs`.
#[derive(Clone, Debug, Default)]
pub struct HhfAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> HhfAttrs<'a> {
    /// `TCA_HHF_BACKLOG_LIMIT`.
    pub fn backlog_limit(&self) -> Result<Option<u32>> {
        self.0.read(hhf_attrs::BACKLOG_LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_HHF_QUANTUM`.
    pub fn quantum(&self) -> Result<Option<u32>> {
        self.0.read(hhf_attrs::QUANTUM, crate::attr::Attr::u32)
    }
    /// `TCA_HHF_HH_FLOWS_LIMIT`.
    pub fn hh_flows_limit(&self) -> Result<Option<u32>> {
        self.0.read(hhf_attrs::HH_FLOWS_LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_HHF_RESET_TIMEOUT`.
    pub fn reset_timeout(&self) -> Result<Option<u32>> {
        self.0.read(hhf_attrs::RESET_TIMEOUT, crate::attr::Attr::u32)
    }
    /// `TCA_HHF_ADMIT_BYTES`.
    pub fn admit_bytes(&self) -> Result<Option<u32>> {
        self.0.read(hhf_attrs::ADMIT_BYTES, crate::attr::Attr::u32)
    }
    /// `TCA_HHF_EVICT_TIMEOUT`.
    pub fn evict_timeout(&self) -> Result<Option<u32>> {
        self.0.read(hhf_attrs::EVICT_TIMEOUT, crate::attr::Attr::u32)
    }
    /// `TCA_HHF_NON_HH_WEIGHT`.
    pub fn non_hh_weight(&self) -> Result<Option<u32>> {
        self.0.read(hhf_attrs::NON_HH_WEIGHT, crate::attr::Attr::u32)
    }
}

/// `TCA_HTB_*`: the attribute set `htb-attrs`.
pub static HTB_ATTRS: Space = Space {
    name: "htb-attrs",
    prefix: "TCA_HTB_",
    attrs: &[
        AttrSpec { id: 1, name: "parms", ty: AttrType::Struct(&TC_HTB_OPT) },
        AttrSpec { id: 2, name: "init", ty: AttrType::Struct(&TC_HTB_GLOB) },
        AttrSpec { id: 3, name: "ctab", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "rtab", ty: AttrType::Bytes },
        AttrSpec { id: 5, name: "direct_qlen", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "rate64", ty: AttrType::U64 },
        AttrSpec { id: 7, name: "ceil64", ty: AttrType::U64 },
        AttrSpec { id: 8, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 9, name: "offload", ty: AttrType::Flag },
    ],
    by_name: &[
        0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 3, 8, 9, 7, 0, 6, 0, 0, 0, 4, 5, 0, 0,
    ],
};

/// Attribute numbers of [`HTB_ATTRS`].
pub mod htb_attrs {
    /// `TCA_HTB_PARMS`.
    #[doc(alias = "TCA_HTB_PARMS")]
    pub const PARMS: u16 = 1;
    /// `TCA_HTB_INIT`.
    #[doc(alias = "TCA_HTB_INIT")]
    pub const INIT: u16 = 2;
    /// `TCA_HTB_CTAB`.
    #[doc(alias = "TCA_HTB_CTAB")]
    pub const CTAB: u16 = 3;
    /// `TCA_HTB_RTAB`.
    #[doc(alias = "TCA_HTB_RTAB")]
    pub const RTAB: u16 = 4;
    /// `TCA_HTB_DIRECT_QLEN`.
    #[doc(alias = "TCA_HTB_DIRECT_QLEN")]
    pub const DIRECT_QLEN: u16 = 5;
    /// `TCA_HTB_RATE64`.
    #[doc(alias = "TCA_HTB_RATE64")]
    pub const RATE64: u16 = 6;
    /// `TCA_HTB_CEIL64`.
    #[doc(alias = "TCA_HTB_CEIL64")]
    pub const CEIL64: u16 = 7;
    /// `TCA_HTB_PAD`.
    #[doc(alias = "TCA_HTB_PAD")]
    pub const PAD: u16 = 8;
    /// `TCA_HTB_OFFLOAD`.
    #[doc(alias = "TCA_HTB_OFFLOAD")]
    pub const OFFLOAD: u16 = 9;
}

/// Typed reads of an attribute chain of the set `htb-attrs`.
#[derive(Clone, Debug, Default)]
pub struct HtbAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> HtbAttrs<'a> {
    /// `TCA_HTB_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcHtbOpt>> {
        self.0.read(htb_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_HTB_INIT`.
    pub fn init(&self) -> Result<Option<&'a TcHtbGlob>> {
        self.0.read(htb_attrs::INIT, crate::attr::Attr::as_struct)
    }
    /// `TCA_HTB_CTAB`.
    pub fn ctab(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(htb_attrs::CTAB, |a| Ok(a.payload()))
    }
    /// `TCA_HTB_RTAB`.
    pub fn rtab(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(htb_attrs::RTAB, |a| Ok(a.payload()))
    }
    /// `TCA_HTB_DIRECT_QLEN`.
    pub fn direct_qlen(&self) -> Result<Option<u32>> {
        self.0.read(htb_attrs::DIRECT_QLEN, crate::attr::Attr::u32)
    }
    /// `TCA_HTB_RATE64`.
    pub fn rate64(&self) -> Result<Option<u64>> {
        self.0.read(htb_attrs::RATE64, crate::attr::Attr::u64)
    }
    /// `TCA_HTB_CEIL64`.
    pub fn ceil64(&self) -> Result<Option<u64>> {
        self.0.read(htb_attrs::CEIL64, crate::attr::Attr::u64)
    }
    /// `TCA_HTB_OFFLOAD`.
    pub fn offload(&self) -> Result<bool> {
        self.0.flag(htb_attrs::OFFLOAD)
    }
}

/// The type of each entry of `TCA_MATCHALL_ACT`.
static MATCHALL_ATTRS_ACT_ELEMENT: AttrType = AttrType::Nested(&ACT_ATTRS);

/// `TCA_MATCHALL_*`: the attribute set `matchall-attrs`.
pub static MATCHALL_ATTRS: Space = Space {
    name: "matchall-attrs",
    prefix: "TCA_MATCHALL_",
    attrs: &[
        AttrSpec { id: 1, name: "classid", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "act", ty: AttrType::Array(&MATCHALL_ATTRS_ACT_ELEMENT) },
        AttrSpec { id: 3, name: "flags", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "pcnt", ty: AttrType::Struct(&TC_MATCHALL_PCNT) },
        AttrSpec { id: 5, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[1, 0, 0, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3],
};

/// Attribute numbers of [`MATCHALL_ATTRS`].
pub mod matchall_attrs {
    /// `TCA_MATCHALL_CLASSID`.
    #[doc(alias = "TCA_MATCHALL_CLASSID")]
    pub const CLASSID: u16 = 1;
    /// `TCA_MATCHALL_ACT`.
    #[doc(alias = "TCA_MATCHALL_ACT")]
    pub const ACT: u16 = 2;
    /// `TCA_MATCHALL_FLAGS`.
    #[doc(alias = "TCA_MATCHALL_FLAGS")]
    pub const FLAGS: u16 = 3;
    /// `TCA_MATCHALL_PCNT`.
    #[doc(alias = "TCA_MATCHALL_PCNT")]
    pub const PCNT: u16 = 4;
    /// `TCA_MATCHALL_PAD`.
    #[doc(alias = "TCA_MATCHALL_PAD")]
    pub const PAD: u16 = 5;
}

/// Typed reads of an attribute chain of the set `matchall-attrs`.
#[derive(Clone, Debug, Default)]
pub struct MatchallAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> MatchallAttrs<'a> {
    /// `TCA_MATCHALL_CLASSID`.
    pub fn classid(&self) -> Result<Option<u32>> {
        self.0.read(matchall_attrs::CLASSID, crate::attr::Attr::u32)
    }
    /// `TCA_MATCHALL_ACT`.
    pub fn act(&self) -> impl Iterator<Item = Result<ActAttrs<'a>>> + 'a {
        self.0.read_array(matchall_attrs::ACT, |a| Ok(ActAttrs(a.nested())))
    }
    /// `TCA_MATCHALL_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(matchall_attrs::FLAGS, crate::attr::Attr::u32)
    }
    /// `TCA_MATCHALL_PCNT`.
    pub fn pcnt(&self) -> Result<Option<&'a TcMatchallPcnt>> {
        self.0.read(matchall_attrs::PCNT, crate::attr::Attr::as_struct)
    }
}

/// `TCA_ETF_*`: the attribute set `etf-attrs`.
pub static ETF_ATTRS: Space = Space {
    name: "etf-attrs",
    prefix: "TCA_ETF_",
    attrs: &[AttrSpec { id: 1, name: "parms", ty: AttrType::Struct(&TC_ETF_QOPT) }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`ETF_ATTRS`].
pub mod etf_attrs {
    /// `TCA_ETF_PARMS`.
    #[doc(alias = "TCA_ETF_PARMS")]
    pub const PARMS: u16 = 1;
}

/// Typed reads of an attribute chain of the set `etf-attrs`.
#[derive(Clone, Debug, Default)]
pub struct EtfAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> EtfAttrs<'a> {
    /// `TCA_ETF_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcEtfQopt>> {
        self.0.read(etf_attrs::PARMS, crate::attr::Attr::as_struct)
    }
}

/// `TCA_ETS_*`: the attribute set `ets-attrs`.
pub static ETS_ATTRS: Space = Space {
    name: "ets-attrs",
    prefix: "TCA_ETS_",
    attrs: &[
        AttrSpec { id: 1, name: "nbands", ty: AttrType::U8 },
        AttrSpec { id: 2, name: "nstrict", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "quanta", ty: AttrType::Nested(&ETS_ATTRS) },
        AttrSpec { id: 4, name: "quanta_band", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "priomap", ty: AttrType::Nested(&ETS_ATTRS) },
        AttrSpec { id: 6, name: "priomap_band", ty: AttrType::U8 },
    ],
    by_name: &[0, 0, 0, 0, 0, 5, 1, 6, 0, 3, 0, 0, 4, 0, 2, 0],
};

/// Attribute numbers of [`ETS_ATTRS`].
pub mod ets_attrs {
    /// `TCA_ETS_NBANDS`.
    #[doc(alias = "TCA_ETS_NBANDS")]
    pub const NBANDS: u16 = 1;
    /// `TCA_ETS_NSTRICT`.
    #[doc(alias = "TCA_ETS_NSTRICT")]
    pub const NSTRICT: u16 = 2;
    /// `TCA_ETS_QUANTA`.
    #[doc(alias = "TCA_ETS_QUANTA")]
    pub const QUANTA: u16 = 3;
    /// `TCA_ETS_QUANTA_BAND`.
    #[doc(alias = "TCA_ETS_QUANTA_BAND")]
    pub const QUANTA_BAND: u16 = 4;
    /// `TCA_ETS_PRIOMAP`.
    #[doc(alias = "TCA_ETS_PRIOMAP")]
    pub const PRIOMAP: u16 = 5;
    /// `TCA_ETS_PRIOMAP_BAND`.
    #[doc(alias = "TCA_ETS_PRIOMAP_BAND")]
    pub const PRIOMAP_BAND: u16 = 6;
}

/// Typed reads of an attribute chain of the set `ets-attrs`.
#[derive(Clone, Debug, Default)]
pub struct EtsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> EtsAttrs<'a> {
    /// `TCA_ETS_NBANDS`.
    pub fn nbands(&self) -> Result<Option<u8>> {
        self.0.read(ets_attrs::NBANDS, crate::attr::Attr::u8)
    }
    /// `TCA_ETS_NSTRICT`.
    pub fn nstrict(&self) -> Result<Option<u8>> {
        self.0.read(ets_attrs::NSTRICT, crate::attr::Attr::u8)
    }
    /// `TCA_ETS_QUANTA`.
    pub fn quanta(&self) -> Result<Option<EtsAttrs<'a>>> {
        self.0.read(ets_attrs::QUANTA, |a| Ok(EtsAttrs(a.nested())))
    }
    /// `TCA_ETS_QUANTA_BAND`.
    pub fn quanta_band(&self) -> impl Iterator<Item = Result<u32>> + 'a {
        self.0.read_all(ets_attrs::QUANTA_BAND, crate::attr::Attr::u32)
    }
    /// `TCA_ETS_PRIOMAP`.
    pub fn priomap(&self) -> Result<Option<EtsAttrs<'a>>> {
        self.0.read(ets_attrs::PRIOMAP, |a| Ok(EtsAttrs(a.nested())))
    }
    /// `TCA_ETS_PRIOMAP_BAND`.
    pub fn priomap_band(&self) -> impl Iterator<Item = Result<u8>> + 'a {
        self.0.read_all(ets_attrs::PRIOMAP_BAND, crate::attr::Attr::u8)
    }
}

/// `TCA_FQ_*`: the attribute set `fq-attrs`.
pub static FQ_ATTRS: Space = Space {
    name: "fq-attrs",
    prefix: "TCA_FQ_",
    attrs: &[
        AttrSpec { id: 1, name: "plimit", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "flow_plimit", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "quantum", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "initial_quantum", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "rate_enable", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "flow_default_rate", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "flow_max_rate", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "buckets_log", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "flow_refill_delay", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "orphan_mask", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "low_rate_threshold", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "ce_threshold", ty: AttrType::U32 },
        AttrSpec { id: 13, name: "timer_slack", ty: AttrType::U32 },
        AttrSpec { id: 14, name: "horizon", ty: AttrType::U32 },
        AttrSpec { id: 15, name: "horizon_drop", ty: AttrType::U8 },
        AttrSpec { id: 16, name: "priomap", ty: AttrType::Struct(&TC_PRIO_QOPT) },
        AttrSpec { id: 17, name: "weights", ty: AttrType::Bytes },
    ],
    by_name: &[
        0, 0, 0, 0, 3, 16, 0, 0, 0, 4, 0, 0, 7, 17, 0, 0, 0, 0, 0, 0, 0, 14, 5, 0, 0, 12, 0, 11, 13, 0, 0,
        15, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 9, 0, 0, 0, 2, 8, 10, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`FQ_ATTRS`].
pub mod fq_attrs {
    /// `TCA_FQ_PLIMIT`.
    #[doc(alias = "TCA_FQ_PLIMIT")]
    pub const PLIMIT: u16 = 1;
    /// `TCA_FQ_FLOW_PLIMIT`.
    #[doc(alias = "TCA_FQ_FLOW_PLIMIT")]
    pub const FLOW_PLIMIT: u16 = 2;
    /// `TCA_FQ_QUANTUM`.
    #[doc(alias = "TCA_FQ_QUANTUM")]
    pub const QUANTUM: u16 = 3;
    /// `TCA_FQ_INITIAL_QUANTUM`.
    #[doc(alias = "TCA_FQ_INITIAL_QUANTUM")]
    pub const INITIAL_QUANTUM: u16 = 4;
    /// `TCA_FQ_RATE_ENABLE`.
    #[doc(alias = "TCA_FQ_RATE_ENABLE")]
    pub const RATE_ENABLE: u16 = 5;
    /// `TCA_FQ_FLOW_DEFAULT_RATE`.
    #[doc(alias = "TCA_FQ_FLOW_DEFAULT_RATE")]
    pub const FLOW_DEFAULT_RATE: u16 = 6;
    /// `TCA_FQ_FLOW_MAX_RATE`.
    #[doc(alias = "TCA_FQ_FLOW_MAX_RATE")]
    pub const FLOW_MAX_RATE: u16 = 7;
    /// `TCA_FQ_BUCKETS_LOG`.
    #[doc(alias = "TCA_FQ_BUCKETS_LOG")]
    pub const BUCKETS_LOG: u16 = 8;
    /// `TCA_FQ_FLOW_REFILL_DELAY`.
    #[doc(alias = "TCA_FQ_FLOW_REFILL_DELAY")]
    pub const FLOW_REFILL_DELAY: u16 = 9;
    /// `TCA_FQ_ORPHAN_MASK`.
    #[doc(alias = "TCA_FQ_ORPHAN_MASK")]
    pub const ORPHAN_MASK: u16 = 10;
    /// `TCA_FQ_LOW_RATE_THRESHOLD`.
    #[doc(alias = "TCA_FQ_LOW_RATE_THRESHOLD")]
    pub const LOW_RATE_THRESHOLD: u16 = 11;
    /// `TCA_FQ_CE_THRESHOLD`.
    #[doc(alias = "TCA_FQ_CE_THRESHOLD")]
    pub const CE_THRESHOLD: u16 = 12;
    /// `TCA_FQ_TIMER_SLACK`.
    #[doc(alias = "TCA_FQ_TIMER_SLACK")]
    pub const TIMER_SLACK: u16 = 13;
    /// `TCA_FQ_HORIZON`.
    #[doc(alias = "TCA_FQ_HORIZON")]
    pub const HORIZON: u16 = 14;
    /// `TCA_FQ_HORIZON_DROP`.
    #[doc(alias = "TCA_FQ_HORIZON_DROP")]
    pub const HORIZON_DROP: u16 = 15;
    /// `TCA_FQ_PRIOMAP`.
    #[doc(alias = "TCA_FQ_PRIOMAP")]
    pub const PRIOMAP: u16 = 16;
    /// `TCA_FQ_WEIGHTS`.
    #[doc(alias = "TCA_FQ_WEIGHTS")]
    pub const WEIGHTS: u16 = 17;
}

/// Typed reads of an attribute chain of the set `fq-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FqAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FqAttrs<'a> {
    /// `TCA_FQ_PLIMIT`.
    pub fn plimit(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::PLIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_FLOW_PLIMIT`.
    pub fn flow_plimit(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::FLOW_PLIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_QUANTUM`.
    pub fn quantum(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::QUANTUM, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_INITIAL_QUANTUM`.
    pub fn initial_quantum(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::INITIAL_QUANTUM, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_RATE_ENABLE`.
    pub fn rate_enable(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::RATE_ENABLE, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_FLOW_DEFAULT_RATE`.
    pub fn flow_default_rate(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::FLOW_DEFAULT_RATE, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_FLOW_MAX_RATE`.
    pub fn flow_max_rate(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::FLOW_MAX_RATE, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_BUCKETS_LOG`.
    pub fn buckets_log(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::BUCKETS_LOG, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_FLOW_REFILL_DELAY`.
    pub fn flow_refill_delay(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::FLOW_REFILL_DELAY, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_ORPHAN_MASK`.
    pub fn orphan_mask(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::ORPHAN_MASK, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_LOW_RATE_THRESHOLD`.
    pub fn low_rate_threshold(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::LOW_RATE_THRESHOLD, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_CE_THRESHOLD`.
    pub fn ce_threshold(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::CE_THRESHOLD, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_TIMER_SLACK`.
    pub fn timer_slack(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::TIMER_SLACK, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_HORIZON`.
    pub fn horizon(&self) -> Result<Option<u32>> {
        self.0.read(fq_attrs::HORIZON, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_HORIZON_DROP`.
    pub fn horizon_drop(&self) -> Result<Option<u8>> {
        self.0.read(fq_attrs::HORIZON_DROP, crate::attr::Attr::u8)
    }
    /// `TCA_FQ_PRIOMAP`.
    pub fn priomap(&self) -> Result<Option<&'a TcPrioQopt>> {
        self.0.read(fq_attrs::PRIOMAP, crate::attr::Attr::as_struct)
    }
    /// `TCA_FQ_WEIGHTS`.
    pub fn weights(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(fq_attrs::WEIGHTS, |a| Ok(a.payload()))
    }
}

/// `TCA_FQ_CODEL_*`: the attribute set `fq-codel-attrs`.
pub static FQ_CODEL_ATTRS: Space = Space {
    name: "fq-codel-attrs",
    prefix: "TCA_FQ_CODEL_",
    attrs: &[
        AttrSpec { id: 1, name: "target", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "limit", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "interval", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "ecn", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "flows", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "quantum", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "ce_threshold", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "drop_batch_size", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "memory_limit", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "ce_threshold_selector", ty: AttrType::U8 },
        AttrSpec { id: 11, name: "ce_threshold_mask", ty: AttrType::U8 },
    ],
    by_name: &[
        0, 0, 0, 0, 4, 6, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 8, 0, 0, 0, 0, 0, 10, 0, 7, 9, 0, 3, 5, 11, 0,
    ],
};

/// Attribute numbers of [`FQ_CODEL_ATTRS`].
pub mod fq_codel_attrs {
    /// `TCA_FQ_CODEL_TARGET`.
    #[doc(alias = "TCA_FQ_CODEL_TARGET")]
    pub const TARGET: u16 = 1;
    /// `TCA_FQ_CODEL_LIMIT`.
    #[doc(alias = "TCA_FQ_CODEL_LIMIT")]
    pub const LIMIT: u16 = 2;
    /// `TCA_FQ_CODEL_INTERVAL`.
    #[doc(alias = "TCA_FQ_CODEL_INTERVAL")]
    pub const INTERVAL: u16 = 3;
    /// `TCA_FQ_CODEL_ECN`.
    #[doc(alias = "TCA_FQ_CODEL_ECN")]
    pub const ECN: u16 = 4;
    /// `TCA_FQ_CODEL_FLOWS`.
    #[doc(alias = "TCA_FQ_CODEL_FLOWS")]
    pub const FLOWS: u16 = 5;
    /// `TCA_FQ_CODEL_QUANTUM`.
    #[doc(alias = "TCA_FQ_CODEL_QUANTUM")]
    pub const QUANTUM: u16 = 6;
    /// `TCA_FQ_CODEL_CE_THRESHOLD`.
    #[doc(alias = "TCA_FQ_CODEL_CE_THRESHOLD")]
    pub const CE_THRESHOLD: u16 = 7;
    /// `TCA_FQ_CODEL_DROP_BATCH_SIZE`.
    #[doc(alias = "TCA_FQ_CODEL_DROP_BATCH_SIZE")]
    pub const DROP_BATCH_SIZE: u16 = 8;
    /// `TCA_FQ_CODEL_MEMORY_LIMIT`.
    #[doc(alias = "TCA_FQ_CODEL_MEMORY_LIMIT")]
    pub const MEMORY_LIMIT: u16 = 9;
    /// `TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR`.
    #[doc(alias = "TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR")]
    pub const CE_THRESHOLD_SELECTOR: u16 = 10;
    /// `TCA_FQ_CODEL_CE_THRESHOLD_MASK`.
    #[doc(alias = "TCA_FQ_CODEL_CE_THRESHOLD_MASK")]
    pub const CE_THRESHOLD_MASK: u16 = 11;
}

/// Typed reads of an attribute chain of the set `fq-codel-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FqCodelAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FqCodelAttrs<'a> {
    /// `TCA_FQ_CODEL_TARGET`.
    pub fn target(&self) -> Result<Option<u32>> {
        self.0.read(fq_codel_attrs::TARGET, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_CODEL_LIMIT`.
    pub fn limit(&self) -> Result<Option<u32>> {
        self.0.read(fq_codel_attrs::LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_CODEL_INTERVAL`.
    pub fn interval(&self) -> Result<Option<u32>> {
        self.0.read(fq_codel_attrs::INTERVAL, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_CODEL_ECN`.
    pub fn ecn(&self) -> Result<Option<u32>> {
        self.0.read(fq_codel_attrs::ECN, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_CODEL_FLOWS`.
    pub fn flows(&self) -> Result<Option<u32>> {
        self.0.read(fq_codel_attrs::FLOWS, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_CODEL_QUANTUM`.
    pub fn quantum(&self) -> Result<Option<u32>> {
        self.0.read(fq_codel_attrs::QUANTUM, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_CODEL_CE_THRESHOLD`.
    pub fn ce_threshold(&self) -> Result<Option<u32>> {
        self.0.read(fq_codel_attrs::CE_THRESHOLD, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_CODEL_DROP_BATCH_SIZE`.
    pub fn drop_batch_size(&self) -> Result<Option<u32>> {
        self.0.read(fq_codel_attrs::DROP_BATCH_SIZE, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_CODEL_MEMORY_LIMIT`.
    pub fn memory_limit(&self) -> Result<Option<u32>> {
        self.0.read(fq_codel_attrs::MEMORY_LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR`.
    pub fn ce_threshold_selector(&self) -> Result<Option<u8>> {
        self.0.read(fq_codel_attrs::CE_THRESHOLD_SELECTOR, crate::attr::Attr::u8)
    }
    /// `TCA_FQ_CODEL_CE_THRESHOLD_MASK`.
    pub fn ce_threshold_mask(&self) -> Result<Option<u8>> {
        self.0.read(fq_codel_attrs::CE_THRESHOLD_MASK, crate::attr::Attr::u8)
    }
}

/// `TCA_FQ_PIE_*`: the attribute set `fq-pie-attrs`.
pub static FQ_PIE_ATTRS: Space = Space {
    name: "fq-pie-attrs",
    prefix: "TCA_FQ_PIE_",
    attrs: &[
        AttrSpec { id: 1, name: "limit", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "flows", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "target", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "tupdate", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "alpha", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "beta", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "quantum", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "memory_limit", ty: AttrType::U32 },
        AttrSpec { id: 9, name: "ecn_prob", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "ecn", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "bytemode", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "dq_rate_estimator", ty: AttrType::U32 },
    ],
    by_name: &[
        0, 0, 0, 0, 7, 10, 0, 0, 5, 4, 0, 0, 3, 1, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 8, 11, 0, 2, 6, 0, 12,
    ],
};

/// Attribute numbers of [`FQ_PIE_ATTRS`].
pub mod fq_pie_attrs {
    /// `TCA_FQ_PIE_LIMIT`.
    #[doc(alias = "TCA_FQ_PIE_LIMIT")]
    pub const LIMIT: u16 = 1;
    /// `TCA_FQ_PIE_FLOWS`.
    #[doc(alias = "TCA_FQ_PIE_FLOWS")]
    pub const FLOWS: u16 = 2;
    /// `TCA_FQ_PIE_TARGET`.
    #[doc(alias = "TCA_FQ_PIE_TARGET")]
    pub const TARGET: u16 = 3;
    /// `TCA_FQ_PIE_TUPDATE`.
    #[doc(alias = "TCA_FQ_PIE_TUPDATE")]
    pub const TUPDATE: u16 = 4;
    /// `TCA_FQ_PIE_ALPHA`.
    #[doc(alias = "TCA_FQ_PIE_ALPHA")]
    pub const ALPHA: u16 = 5;
    /// `TCA_FQ_PIE_BETA`.
    #[doc(alias = "TCA_FQ_PIE_BETA")]
    pub const BETA: u16 = 6;
    /// `TCA_FQ_PIE_QUANTUM`.
    #[doc(alias = "TCA_FQ_PIE_QUANTUM")]
    pub const QUANTUM: u16 = 7;
    /// `TCA_FQ_PIE_MEMORY_LIMIT`.
    #[doc(alias = "TCA_FQ_PIE_MEMORY_LIMIT")]
    pub const MEMORY_LIMIT: u16 = 8;
    /// `TCA_FQ_PIE_ECN_PROB`.
    #[doc(alias = "TCA_FQ_PIE_ECN_PROB")]
    pub const ECN_PROB: u16 = 9;
    /// `TCA_FQ_PIE_ECN`.
    #[doc(alias = "TCA_FQ_PIE_ECN")]
    pub const ECN: u16 = 10;
    /// `TCA_FQ_PIE_BYTEMODE`.
    #[doc(alias = "TCA_FQ_PIE_BYTEMODE")]
    pub const BYTEMODE: u16 = 11;
    /// `TCA_FQ_PIE_DQ_RATE_ESTIMATOR`.
    #[doc(alias = "TCA_FQ_PIE_DQ_RATE_ESTIMATOR")]
    pub const DQ_RATE_ESTIMATOR: u16 = 12;
}

/// Typed reads of an attribute chain of the set `fq-pie-attrs`.
#[derive(Clone, Debug, Default)]
pub struct FqPieAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> FqPieAttrs<'a> {
    /// `TCA_FQ_PIE_LIMIT`.
    pub fn limit(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_PIE_FLOWS`.
    pub fn flows(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::FLOWS, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_PIE_TARGET`.
    pub fn target(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::TARGET, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_PIE_TUPDATE`.
    pub fn tupdate(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::TUPDATE, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_PIE_ALPHA`.
    pub fn alpha(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::ALPHA, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_PIE_BETA`.
    pub fn beta(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::BETA, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_PIE_QUANTUM`.
    pub fn quantum(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::QUANTUM, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_PIE_MEMORY_LIMIT`.
    pub fn memory_limit(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::MEMORY_LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_PIE_ECN_PROB`.
    pub fn ecn_prob(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::ECN_PROB, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_PIE_ECN`.
    pub fn ecn(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::ECN, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_PIE_BYTEMODE`.
    pub fn bytemode(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::BYTEMODE, crate::attr::Attr::u32)
    }
    /// `TCA_FQ_PIE_DQ_RATE_ESTIMATOR`.
    pub fn dq_rate_estimator(&self) -> Result<Option<u32>> {
        self.0.read(fq_pie_attrs::DQ_RATE_ESTIMATOR, crate::attr::Attr::u32)
    }
}

/// `TCA_NETEM_*`: the attribute set `netem-attrs`.
pub static NETEM_ATTRS: Space = Space {
    name: "netem-attrs",
    prefix: "TCA_NETEM_",
    attrs: &[
        AttrSpec { id: 1, name: "corr", ty: AttrType::Struct(&TC_NETEM_CORR) },
        AttrSpec { id: 2, name: "delay_dist", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "reorder", ty: AttrType::Struct(&TC_NETEM_REORDER) },
        AttrSpec { id: 4, name: "corrupt", ty: AttrType::Struct(&TC_NETEM_CORRUPT) },
        AttrSpec { id: 5, name: "loss", ty: AttrType::Nested(&NETEM_LOSS_ATTRS) },
        AttrSpec { id: 6, name: "rate", ty: AttrType::Struct(&TC_NETEM_RATE) },
        AttrSpec { id: 7, name: "ecn", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "rate64", ty: AttrType::U64 },
        AttrSpec { id: 9, name: "pad", ty: AttrType::U32 },
        AttrSpec { id: 10, name: "latency64", ty: AttrType::S64 },
        AttrSpec { id: 11, name: "jitter64", ty: AttrType::S64 },
        AttrSpec { id: 12, name: "slot", ty: AttrType::Struct(&TC_NETEM_SLOT) },
        AttrSpec { id: 13, name: "slot_dist", ty: AttrType::Bytes },
        AttrSpec { id: 14, name: "prng_seed", ty: AttrType::U64 },
    ],
    by_name: &[
        6, 0, 10, 0, 7, 0, 0, 14, 2, 3, 0, 5, 12, 0, 0, 0, 0, 0, 0, 9, 0, 0, 11, 0, 8, 4, 0, 0, 1, 0, 13, 0,
    ],
};

/// Attribute numbers of [`NETEM_ATTRS`].
pub mod netem_attrs {
    /// `TCA_NETEM_CORR`.
    #[doc(alias = "TCA_NETEM_CORR")]
    pub const CORR: u16 = 1;
    /// `TCA_NETEM_DELAY_DIST`.
    #[doc(alias = "TCA_NETEM_DELAY_DIST")]
    pub const DELAY_DIST: u16 = 2;
    /// `TCA_NETEM_REORDER`.
    #[doc(alias = "TCA_NETEM_REORDER")]
    pub const REORDER: u16 = 3;
    /// `TCA_NETEM_CORRUPT`.
    #[doc(alias = "TCA_NETEM_CORRUPT")]
    pub const CORRUPT: u16 = 4;
    /// `TCA_NETEM_LOSS`.
    #[doc(alias = "TCA_NETEM_LOSS")]
    pub const LOSS: u16 = 5;
    /// `TCA_NETEM_RATE`.
    #[doc(alias = "TCA_NETEM_RATE")]
    pub const RATE: u16 = 6;
    /// `TCA_NETEM_ECN`.
    #[doc(alias = "TCA_NETEM_ECN")]
    pub const ECN: u16 = 7;
    /// `TCA_NETEM_RATE64`.
    #[doc(alias = "TCA_NETEM_RATE64")]
    pub const RATE64: u16 = 8;
    /// `TCA_NETEM_PAD`.
    #[doc(alias = "TCA_NETEM_PAD")]
    pub const PAD: u16 = 9;
    /// `TCA_NETEM_LATENCY64`.
    #[doc(alias = "TCA_NETEM_LATENCY64")]
    pub const LATENCY64: u16 = 10;
    /// `TCA_NETEM_JITTER64`.
    #[doc(alias = "TCA_NETEM_JITTER64")]
    pub const JITTER64: u16 = 11;
    /// `TCA_NETEM_SLOT`.
    #[doc(alias = "TCA_NETEM_SLOT")]
    pub const SLOT: u16 = 12;
    /// `TCA_NETEM_SLOT_DIST`.
    #[doc(alias = "TCA_NETEM_SLOT_DIST")]
    pub const SLOT_DIST: u16 = 13;
    /// `TCA_NETEM_PRNG_SEED`.
    #[doc(alias = "TCA_NETEM_PRNG_SEED")]
    pub const PRNG_SEED: u16 = 14;
}

/// Typed reads of an attribute chain of the set `netem-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NetemAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NetemAttrs<'a> {
    /// `TCA_NETEM_CORR`.
    pub fn corr(&self) -> Result<Option<&'a TcNetemCorr>> {
        self.0.read(netem_attrs::CORR, crate::attr::Attr::as_struct)
    }
    /// `TCA_NETEM_DELAY_DIST`.
    pub fn delay_dist(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(netem_attrs::DELAY_DIST, |a| Ok(a.payload()))
    }
    /// `TCA_NETEM_REORDER`.
    pub fn reorder(&self) -> Result<Option<&'a TcNetemReorder>> {
        self.0.read(netem_attrs::REORDER, crate::attr::Attr::as_struct)
    }
    /// `TCA_NETEM_CORRUPT`.
    pub fn corrupt(&self) -> Result<Option<&'a TcNetemCorrupt>> {
        self.0.read(netem_attrs::CORRUPT, crate::attr::Attr::as_struct)
    }
    /// `TCA_NETEM_LOSS`.
    pub fn loss(&self) -> Result<Option<NetemLossAttrs<'a>>> {
        self.0.read(netem_attrs::LOSS, |a| Ok(NetemLossAttrs(a.nested())))
    }
    /// `TCA_NETEM_RATE`.
    pub fn rate(&self) -> Result<Option<&'a TcNetemRate>> {
        self.0.read(netem_attrs::RATE, crate::attr::Attr::as_struct)
    }
    /// `TCA_NETEM_ECN`.
    pub fn ecn(&self) -> Result<Option<u32>> {
        self.0.read(netem_attrs::ECN, crate::attr::Attr::u32)
    }
    /// `TCA_NETEM_RATE64`.
    pub fn rate64(&self) -> Result<Option<u64>> {
        self.0.read(netem_attrs::RATE64, crate::attr::Attr::u64)
    }
    /// `TCA_NETEM_LATENCY64`.
    pub fn latency64(&self) -> Result<Option<i64>> {
        self.0.read(netem_attrs::LATENCY64, crate::attr::Attr::i64)
    }
    /// `TCA_NETEM_JITTER64`.
    pub fn jitter64(&self) -> Result<Option<i64>> {
        self.0.read(netem_attrs::JITTER64, crate::attr::Attr::i64)
    }
    /// `TCA_NETEM_SLOT`.
    pub fn slot(&self) -> Result<Option<&'a TcNetemSlot>> {
        self.0.read(netem_attrs::SLOT, crate::attr::Attr::as_struct)
    }
    /// `TCA_NETEM_SLOT_DIST`.
    pub fn slot_dist(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(netem_attrs::SLOT_DIST, |a| Ok(a.payload()))
    }
    /// `TCA_NETEM_PRNG_SEED`.
    pub fn prng_seed(&self) -> Result<Option<u64>> {
        self.0.read(netem_attrs::PRNG_SEED, crate::attr::Attr::u64)
    }
}

/// `NETEM_LOSS_*`: the attribute set `netem-loss-attrs`.
pub static NETEM_LOSS_ATTRS: Space = Space {
    name: "netem-loss-attrs",
    prefix: "NETEM_LOSS_",
    attrs: &[
        AttrSpec { id: 1, name: "gi", ty: AttrType::Struct(&TC_NETEM_GIMODEL) },
        AttrSpec { id: 2, name: "ge", ty: AttrType::Struct(&TC_NETEM_GEMODEL) },
    ],
    by_name: &[1, 2, 0, 0],
};

/// Attribute numbers of [`NETEM_LOSS_ATTRS`].
pub mod netem_loss_attrs {
    /// `NETEM_LOSS_GI`.
    #[doc(alias = "NETEM_LOSS_GI")]
    pub const GI: u16 = 1;
    /// `NETEM_LOSS_GE`.
    #[doc(alias = "NETEM_LOSS_GE")]
    pub const GE: u16 = 2;
}

/// Typed reads of an attribute chain of the set `netem-loss-attrs`.
#[derive(Clone, Debug, Default)]
pub struct NetemLossAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> NetemLossAttrs<'a> {
    /// `NETEM_LOSS_GI`.
    pub fn gi(&self) -> Result<Option<&'a TcNetemGimodel>> {
        self.0.read(netem_loss_attrs::GI, crate::attr::Attr::as_struct)
    }
    /// `NETEM_LOSS_GE`.
    pub fn ge(&self) -> Result<Option<&'a TcNetemGemodel>> {
        self.0.read(netem_loss_attrs::GE, crate::attr::Attr::as_struct)
    }
}

/// `TCA_PIE_*`: the attribute set `pie-attrs`.
pub static PIE_ATTRS: Space = Space {
    name: "pie-attrs",
    prefix: "TCA_PIE_",
    attrs: &[
        AttrSpec { id: 1, name: "target", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "limit", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "tupdate", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "alpha", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "beta", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "ecn", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "bytemode", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "dq_rate_estimator", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 0, 0, 6, 0, 0, 0, 4, 3, 7, 0, 1, 2, 5, 8],
};

/// Attribute numbers of [`PIE_ATTRS`].
pub mod pie_attrs {
    /// `TCA_PIE_TARGET`.
    #[doc(alias = "TCA_PIE_TARGET")]
    pub const TARGET: u16 = 1;
    /// `TCA_PIE_LIMIT`.
    #[doc(alias = "TCA_PIE_LIMIT")]
    pub const LIMIT: u16 = 2;
    /// `TCA_PIE_TUPDATE`.
    #[doc(alias = "TCA_PIE_TUPDATE")]
    pub const TUPDATE: u16 = 3;
    /// `TCA_PIE_ALPHA`.
    #[doc(alias = "TCA_PIE_ALPHA")]
    pub const ALPHA: u16 = 4;
    /// `TCA_PIE_BETA`.
    #[doc(alias = "TCA_PIE_BETA")]
    pub const BETA: u16 = 5;
    /// `TCA_PIE_ECN`.
    #[doc(alias = "TCA_PIE_ECN")]
    pub const ECN: u16 = 6;
    /// `TCA_PIE_BYTEMODE`.
    #[doc(alias = "TCA_PIE_BYTEMODE")]
    pub const BYTEMODE: u16 = 7;
    /// `TCA_PIE_DQ_RATE_ESTIMATOR`.
    #[doc(alias = "TCA_PIE_DQ_RATE_ESTIMATOR")]
    pub const DQ_RATE_ESTIMATOR: u16 = 8;
}

/// Typed reads of an attribute chain of the set `pie-attrs`.
#[derive(Clone, Debug, Default)]
pub struct PieAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> PieAttrs<'a> {
    /// `TCA_PIE_TARGET`.
    pub fn target(&self) -> Result<Option<u32>> {
        self.0.read(pie_attrs::TARGET, crate::attr::Attr::u32)
    }
    /// `TCA_PIE_LIMIT`.
    pub fn limit(&self) -> Result<Option<u32>> {
        self.0.read(pie_attrs::LIMIT, crate::attr::Attr::u32)
    }
    /// `TCA_PIE_TUPDATE`.
    pub fn tupdate(&self) -> Result<Option<u32>> {
        self.0.read(pie_attrs::TUPDATE, crate::attr::Attr::u32)
    }
    /// `TCA_PIE_ALPHA`.
    pub fn alpha(&self) -> Result<Option<u32>> {
        self.0.read(pie_attrs::ALPHA, crate::attr::Attr::u32)
    }
    /// `TCA_PIE_BETA`.
    pub fn beta(&self) -> Result<Option<u32>> {
        self.0.read(pie_attrs::BETA, crate::attr::Attr::u32)
    }
    /// `TCA_PIE_ECN`.
    pub fn ecn(&self) -> Result<Option<u32>> {
        self.0.read(pie_attrs::ECN, crate::attr::Attr::u32)
    }
    /// `TCA_PIE_BYTEMODE`.
    pub fn bytemode(&self) -> Result<Option<u32>> {
        self.0.read(pie_attrs::BYTEMODE, crate::attr::Attr::u32)
    }
    /// `TCA_PIE_DQ_RATE_ESTIMATOR`.
    pub fn dq_rate_estimator(&self) -> Result<Option<u32>> {
        self.0.read(pie_attrs::DQ_RATE_ESTIMATOR, crate::attr::Attr::u32)
    }
}

/// `TCA_POLICE_*`: the attribute set `police-attrs`.
pub static POLICE_ATTRS: Space = Space {
    name: "police-attrs",
    prefix: "TCA_POLICE_",
    attrs: &[
        AttrSpec { id: 1, name: "tbf", ty: AttrType::Struct(&TC_POLICE) },
        AttrSpec { id: 2, name: "rate", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "peakrate", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "avrate", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "result", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 7, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 8, name: "rate64", ty: AttrType::U64 },
        AttrSpec { id: 9, name: "peakrate64", ty: AttrType::U64 },
        AttrSpec { id: 10, name: "pktrate64", ty: AttrType::U64 },
        AttrSpec { id: 11, name: "pktburst64", ty: AttrType::U64 },
    ],
    by_name: &[
        2, 0, 1, 9, 0, 6, 0, 0, 5, 10, 4, 0, 0, 0, 0, 0, 3, 11, 0, 7, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0,
    ],
};

/// Attribute numbers of [`POLICE_ATTRS`].
pub mod police_attrs {
    /// `TCA_POLICE_TBF`.
    #[doc(alias = "TCA_POLICE_TBF")]
    pub const TBF: u16 = 1;
    /// `TCA_POLICE_RATE`.
    #[doc(alias = "TCA_POLICE_RATE")]
    pub const RATE: u16 = 2;
    /// `TCA_POLICE_PEAKRATE`.
    #[doc(alias = "TCA_POLICE_PEAKRATE")]
    pub const PEAKRATE: u16 = 3;
    /// `TCA_POLICE_AVRATE`.
    #[doc(alias = "TCA_POLICE_AVRATE")]
    pub const AVRATE: u16 = 4;
    /// `TCA_POLICE_RESULT`.
    #[doc(alias = "TCA_POLICE_RESULT")]
    pub const RESULT: u16 = 5;
    /// `TCA_POLICE_TM`.
    #[doc(alias = "TCA_POLICE_TM")]
    pub const TM: u16 = 6;
    /// `TCA_POLICE_PAD`.
    #[doc(alias = "TCA_POLICE_PAD")]
    pub const PAD: u16 = 7;
    /// `TCA_POLICE_RATE64`.
    #[doc(alias = "TCA_POLICE_RATE64")]
    pub const RATE64: u16 = 8;
    /// `TCA_POLICE_PEAKRATE64`.
    #[doc(alias = "TCA_POLICE_PEAKRATE64")]
    pub const PEAKRATE64: u16 = 9;
    /// `TCA_POLICE_PKTRATE64`.
    #[doc(alias = "TCA_POLICE_PKTRATE64")]
    pub const PKTRATE64: u16 = 10;
    /// `TCA_POLICE_PKTBURST64`.
    #[doc(alias = "TCA_POLICE_PKTBURST64")]
    pub const PKTBURST64: u16 = 11;
}

/// Typed reads of an attribute chain of the set `police-attrs`.
#[derive(Clone, Debug, Default)]
pub struct PoliceAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> PoliceAttrs<'a> {
    /// `TCA_POLICE_TBF`.
    pub fn tbf(&self) -> Result<Option<&'a TcPolice>> {
        self.0.read(police_attrs::TBF, crate::attr::Attr::as_struct)
    }
    /// `TCA_POLICE_RATE`.
    pub fn rate(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(police_attrs::RATE, |a| Ok(a.payload()))
    }
    /// `TCA_POLICE_PEAKRATE`.
    pub fn peakrate(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(police_attrs::PEAKRATE, |a| Ok(a.payload()))
    }
    /// `TCA_POLICE_AVRATE`.
    pub fn avrate(&self) -> Result<Option<u32>> {
        self.0.read(police_attrs::AVRATE, crate::attr::Attr::u32)
    }
    /// `TCA_POLICE_RESULT`.
    pub fn result(&self) -> Result<Option<u32>> {
        self.0.read(police_attrs::RESULT, crate::attr::Attr::u32)
    }
    /// `TCA_POLICE_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(police_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_POLICE_RATE64`.
    pub fn rate64(&self) -> Result<Option<u64>> {
        self.0.read(police_attrs::RATE64, crate::attr::Attr::u64)
    }
    /// `TCA_POLICE_PEAKRATE64`.
    pub fn peakrate64(&self) -> Result<Option<u64>> {
        self.0.read(police_attrs::PEAKRATE64, crate::attr::Attr::u64)
    }
    /// `TCA_POLICE_PKTRATE64`.
    pub fn pktrate64(&self) -> Result<Option<u64>> {
        self.0.read(police_attrs::PKTRATE64, crate::attr::Attr::u64)
    }
    /// `TCA_POLICE_PKTBURST64`.
    pub fn pktburst64(&self) -> Result<Option<u64>> {
        self.0.read(police_attrs::PKTBURST64, crate::attr::Attr::u64)
    }
}

/// `TCA_QFQ_*`: the attribute set `qfq-attrs`.
pub static QFQ_ATTRS: Space = Space {
    name: "qfq-attrs",
    prefix: "TCA_QFQ_",
    attrs: &[
        AttrSpec { id: 1, name: "weight", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "lmax", ty: AttrType::U32 },
    ],
    by_name: &[2, 1, 0, 0],
};

/// Attribute numbers of [`QFQ_ATTRS`].
pub mod qfq_attrs {
    /// `TCA_QFQ_WEIGHT`.
    #[doc(alias = "TCA_QFQ_WEIGHT")]
    pub const WEIGHT: u16 = 1;
    /// `TCA_QFQ_LMAX`.
    #[doc(alias = "TCA_QFQ_LMAX")]
    pub const LMAX: u16 = 2;
}

/// Typed reads of an attribute chain of the set `qfq-attrs`.
#[derive(Clone, Debug, Default)]
pub struct QfqAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> QfqAttrs<'a> {
    /// `TCA_QFQ_WEIGHT`.
    pub fn weight(&self) -> Result<Option<u32>> {
        self.0.read(qfq_attrs::WEIGHT, crate::attr::Attr::u32)
    }
    /// `TCA_QFQ_LMAX`.
    pub fn lmax(&self) -> Result<Option<u32>> {
        self.0.read(qfq_attrs::LMAX, crate::attr::Attr::u32)
    }
}

/// `TCA_RED_*`: the attribute set `red-attrs`.
pub static RED_ATTRS: Space = Space {
    name: "red-attrs",
    prefix: "TCA_RED_",
    attrs: &[
        AttrSpec { id: 1, name: "parms", ty: AttrType::Struct(&TC_RED_QOPT) },
        AttrSpec { id: 2, name: "stab", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "max_p", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "flags", ty: AttrType::Struct(&crate::spec::BITFIELD32) },
        AttrSpec { id: 5, name: "early_drop_block", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "mark_block", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 0, 2, 0, 0, 0, 3, 5, 6, 0, 0, 0, 0, 4, 1],
};

/// Attribute numbers of [`RED_ATTRS`].
pub mod red_attrs {
    /// `TCA_RED_PARMS`.
    #[doc(alias = "TCA_RED_PARMS")]
    pub const PARMS: u16 = 1;
    /// `TCA_RED_STAB`.
    #[doc(alias = "TCA_RED_STAB")]
    pub const STAB: u16 = 2;
    /// `TCA_RED_MAX_P`.
    #[doc(alias = "TCA_RED_MAX_P")]
    pub const MAX_P: u16 = 3;
    /// `TCA_RED_FLAGS`.
    #[doc(alias = "TCA_RED_FLAGS")]
    pub const FLAGS: u16 = 4;
    /// `TCA_RED_EARLY_DROP_BLOCK`.
    #[doc(alias = "TCA_RED_EARLY_DROP_BLOCK")]
    pub const EARLY_DROP_BLOCK: u16 = 5;
    /// `TCA_RED_MARK_BLOCK`.
    #[doc(alias = "TCA_RED_MARK_BLOCK")]
    pub const MARK_BLOCK: u16 = 6;
}

/// Typed reads of an attribute chain of the set `red-attrs`.
#[derive(Clone, Debug, Default)]
pub struct RedAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> RedAttrs<'a> {
    /// `TCA_RED_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcRedQopt>> {
        self.0.read(red_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_RED_STAB`.
    pub fn stab(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(red_attrs::STAB, |a| Ok(a.payload()))
    }
    /// `TCA_RED_MAX_P`.
    pub fn max_p(&self) -> Result<Option<u32>> {
        self.0.read(red_attrs::MAX_P, crate::attr::Attr::u32)
    }
    /// `TCA_RED_FLAGS`.
    pub fn flags(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(red_attrs::FLAGS, |a| Ok(*a))
    }
    /// `TCA_RED_EARLY_DROP_BLOCK`.
    pub fn early_drop_block(&self) -> Result<Option<u32>> {
        self.0.read(red_attrs::EARLY_DROP_BLOCK, crate::attr::Attr::u32)
    }
    /// `TCA_RED_MARK_BLOCK`.
    pub fn mark_block(&self) -> Result<Option<u32>> {
        self.0.read(red_attrs::MARK_BLOCK, crate::attr::Attr::u32)
    }
}

/// The type of each entry of `TCA_ROUTE4_ACT`.
static ROUTE_ATTRS_ACT_ELEMENT: AttrType = AttrType::Nested(&ACT_ATTRS);

/// `TCA_ROUTE4_*`: the attribute set `route-attrs`.
pub static ROUTE_ATTRS: Space = Space {
    name: "route-attrs",
    prefix: "TCA_ROUTE4_",
    attrs: &[
        AttrSpec { id: 1, name: "classid", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "to", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "from", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "iif", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "police", ty: AttrType::Nested(&POLICE_ATTRS) },
        AttrSpec { id: 6, name: "act", ty: AttrType::Array(&ROUTE_ATTRS_ACT_ELEMENT) },
    ],
    by_name: &[1, 2, 0, 0, 0, 0, 0, 3, 0, 5, 4, 0, 0, 0, 6, 0],
};

/// Attribute numbers of [`ROUTE_ATTRS`].
pub mod route_attrs {
    /// `TCA_ROUTE4_CLASSID`.
    #[doc(alias = "TCA_ROUTE4_CLASSID")]
    pub const CLASSID: u16 = 1;
    /// `TCA_ROUTE4_TO`.
    #[doc(alias = "TCA_ROUTE4_TO")]
    pub const TO: u16 = 2;
    /// `TCA_ROUTE4_FROM`.
    #[doc(alias = "TCA_ROUTE4_FROM")]
    pub const FROM: u16 = 3;
    /// `TCA_ROUTE4_IIF`.
    #[doc(alias = "TCA_ROUTE4_IIF")]
    pub const IIF: u16 = 4;
    /// `TCA_ROUTE4_POLICE`.
    #[doc(alias = "TCA_ROUTE4_POLICE")]
    pub const POLICE: u16 = 5;
    /// `TCA_ROUTE4_ACT`.
    #[doc(alias = "TCA_ROUTE4_ACT")]
    pub const ACT: u16 = 6;
}

/// Typed reads of an attribute chain of the set `route-attrs`.
#[derive(Clone, Debug, Default)]
pub struct RouteAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> RouteAttrs<'a> {
    /// `TCA_ROUTE4_CLASSID`.
    pub fn classid(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::CLASSID, crate::attr::Attr::u32)
    }
    /// `TCA_ROUTE4_TO`.
    pub fn to(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::TO, crate::attr::Attr::u32)
    }
    /// `TCA_ROUTE4_FROM`.
    pub fn from(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::FROM, crate::attr::Attr::u32)
    }
    /// `TCA_ROUTE4_IIF`.
    pub fn iif(&self) -> Result<Option<u32>> {
        self.0.read(route_attrs::IIF, crate::attr::Attr::u32)
    }
    /// `TCA_ROUTE4_POLICE`.
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>> {
        self.0.read(route_attrs::POLICE, |a| Ok(PoliceAttrs(a.nested())))
    }
    /// `TCA_ROUTE4_ACT`.
    pub fn act(&self) -> impl Iterator<Item = Result<ActAttrs<'a>>> + 'a {
        self.0.read_array(route_attrs::ACT, |a| Ok(ActAttrs(a.nested())))
    }
}

/// `TCA_TAPRIO_ATTR_*`: the attribute set `taprio-attrs`.
pub static TAPRIO_ATTRS: Space = Space {
    name: "taprio-attrs",
    prefix: "TCA_TAPRIO_ATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "priomap", ty: AttrType::Struct(&TC_MQPRIO_QOPT) },
        AttrSpec { id: 2, name: "sched_entry_list", ty: AttrType::Nested(&TAPRIO_SCHED_ENTRY_LIST) },
        AttrSpec { id: 3, name: "sched_base_time", ty: AttrType::S64 },
        AttrSpec { id: 4, name: "sched_single_entry", ty: AttrType::Nested(&TAPRIO_SCHED_ENTRY) },
        AttrSpec { id: 5, name: "sched_clockid", ty: AttrType::S32 },
        AttrSpec { id: 6, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 7, name: "admin_sched", ty: AttrType::Bytes },
        AttrSpec { id: 8, name: "sched_cycle_time", ty: AttrType::S64 },
        AttrSpec { id: 9, name: "sched_cycle_time_extension", ty: AttrType::S64 },
        AttrSpec { id: 10, name: "flags", ty: AttrType::U32 },
        AttrSpec { id: 11, name: "txtime_delay", ty: AttrType::U32 },
        AttrSpec { id: 12, name: "tc_entry", ty: AttrType::Nested(&TAPRIO_TC_ENTRY_ATTRS) },
    ],
    by_name: &[
        0, 0, 4, 0, 12, 1, 3, 9, 0, 0, 7, 0, 0, 0, 10, 0, 8, 0, 0, 6, 0, 0, 5, 0, 0, 0, 0, 0, 2, 11, 0, 0,
    ],
};

/// Attribute numbers of [`TAPRIO_ATTRS`].
pub mod taprio_attrs {
    /// `TCA_TAPRIO_ATTR_PRIOMAP`.
    #[doc(alias = "TCA_TAPRIO_ATTR_PRIOMAP")]
    pub const PRIOMAP: u16 = 1;
    /// `TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST`.
    #[doc(alias = "TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST")]
    pub const SCHED_ENTRY_LIST: u16 = 2;
    /// `TCA_TAPRIO_ATTR_SCHED_BASE_TIME`.
    #[doc(alias = "TCA_TAPRIO_ATTR_SCHED_BASE_TIME")]
    pub const SCHED_BASE_TIME: u16 = 3;
    /// `TCA_TAPRIO_ATTR_SCHED_SINGLE_ENTRY`.
    #[doc(alias = "TCA_TAPRIO_ATTR_SCHED_SINGLE_ENTRY")]
    pub const SCHED_SINGLE_ENTRY: u16 = 4;
    /// `TCA_TAPRIO_ATTR_SCHED_CLOCKID`.
    #[doc(alias = "TCA_TAPRIO_ATTR_SCHED_CLOCKID")]
    pub const SCHED_CLOCKID: u16 = 5;
    /// `TCA_TAPRIO_ATTR_PAD`.
    #[doc(alias = "TCA_TAPRIO_ATTR_PAD")]
    pub const PAD: u16 = 6;
    /// `TCA_TAPRIO_ATTR_ADMIN_SCHED`.
    #[doc(alias = "TCA_TAPRIO_ATTR_ADMIN_SCHED")]
    pub const ADMIN_SCHED: u16 = 7;
    /// `TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME`.
    #[doc(alias = "TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME")]
    pub const SCHED_CYCLE_TIME: u16 = 8;
    /// `TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION`.
    #[doc(alias = "TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION")]
    pub const SCHED_CYCLE_TIME_EXTENSION: u16 = 9;
    /// `TCA_TAPRIO_ATTR_FLAGS`.
    #[doc(alias = "TCA_TAPRIO_ATTR_FLAGS")]
    pub const FLAGS: u16 = 10;
    /// `TCA_TAPRIO_ATTR_TXTIME_DELAY`.
    #[doc(alias = "TCA_TAPRIO_ATTR_TXTIME_DELAY")]
    pub const TXTIME_DELAY: u16 = 11;
    /// `TCA_TAPRIO_ATTR_TC_ENTRY`.
    #[doc(alias = "TCA_TAPRIO_ATTR_TC_ENTRY")]
    pub const TC_ENTRY: u16 = 12;
}

/// Typed reads of an attribute chain of the set `taprio-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TaprioAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TaprioAttrs<'a> {
    /// `TCA_TAPRIO_ATTR_PRIOMAP`.
    pub fn priomap(&self) -> Result<Option<&'a TcMqprioQopt>> {
        self.0.read(taprio_attrs::PRIOMAP, crate::attr::Attr::as_struct)
    }
    /// `TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST`.
    pub fn sched_entry_list(&self) -> Result<Option<TaprioSchedEntryList<'a>>> {
        self.0.read(taprio_attrs::SCHED_ENTRY_LIST, |a| Ok(TaprioSchedEntryList(a.nested())))
    }
    /// `TCA_TAPRIO_ATTR_SCHED_BASE_TIME`.
    pub fn sched_base_time(&self) -> Result<Option<i64>> {
        self.0.read(taprio_attrs::SCHED_BASE_TIME, crate::attr::Attr::i64)
    }
    /// `TCA_TAPRIO_ATTR_SCHED_SINGLE_ENTRY`.
    pub fn sched_single_entry(&self) -> Result<Option<TaprioSchedEntry<'a>>> {
        self.0.read(taprio_attrs::SCHED_SINGLE_ENTRY, |a| Ok(TaprioSchedEntry(a.nested())))
    }
    /// `TCA_TAPRIO_ATTR_SCHED_CLOCKID`.
    pub fn sched_clockid(&self) -> Result<Option<i32>> {
        self.0.read(taprio_attrs::SCHED_CLOCKID, crate::attr::Attr::i32)
    }
    /// `TCA_TAPRIO_ATTR_ADMIN_SCHED`.
    pub fn admin_sched(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(taprio_attrs::ADMIN_SCHED, |a| Ok(a.payload()))
    }
    /// `TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME`.
    pub fn sched_cycle_time(&self) -> Result<Option<i64>> {
        self.0.read(taprio_attrs::SCHED_CYCLE_TIME, crate::attr::Attr::i64)
    }
    /// `TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION`.
    pub fn sched_cycle_time_extension(&self) -> Result<Option<i64>> {
        self.0.read(taprio_attrs::SCHED_CYCLE_TIME_EXTENSION, crate::attr::Attr::i64)
    }
    /// `TCA_TAPRIO_ATTR_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(taprio_attrs::FLAGS, crate::attr::Attr::u32)
    }
    /// `TCA_TAPRIO_ATTR_TXTIME_DELAY`.
    pub fn txtime_delay(&self) -> Result<Option<u32>> {
        self.0.read(taprio_attrs::TXTIME_DELAY, crate::attr::Attr::u32)
    }
    /// `TCA_TAPRIO_ATTR_TC_ENTRY`.
    pub fn tc_entry(&self) -> Result<Option<TaprioTcEntryAttrs<'a>>> {
        self.0.read(taprio_attrs::TC_ENTRY, |a| Ok(TaprioTcEntryAttrs(a.nested())))
    }
}

/// `TCA_TAPRIO_SCHED_*`: the attribute set `taprio-sched-entry-list`.
pub static TAPRIO_SCHED_ENTRY_LIST: Space = Space {
    name: "taprio-sched-entry-list",
    prefix: "TCA_TAPRIO_SCHED_",
    attrs: &[AttrSpec { id: 1, name: "entry", ty: AttrType::Nested(&TAPRIO_SCHED_ENTRY) }],
    by_name: &[1, 0],
};

/// Attribute numbers of [`TAPRIO_SCHED_ENTRY_LIST`].
pub mod taprio_sched_entry_list {
    /// `TCA_TAPRIO_SCHED_ENTRY`.
    #[doc(alias = "TCA_TAPRIO_SCHED_ENTRY")]
    pub const ENTRY: u16 = 1;
}

/// Typed reads of an attribute chain of the set `taprio-sched-entry-list`.
#[derive(Clone, Debug, Default)]
pub struct TaprioSchedEntryList<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TaprioSchedEntryList<'a> {
    /// `TCA_TAPRIO_SCHED_ENTRY`.
    pub fn entry(&self) -> impl Iterator<Item = Result<TaprioSchedEntry<'a>>> + 'a {
        self.0.read_all(taprio_sched_entry_list::ENTRY, |a| Ok(TaprioSchedEntry(a.nested())))
    }
}

/// `TCA_TAPRIO_SCHED_ENTRY_*`: the attribute set `taprio-sched-entry`.
pub static TAPRIO_SCHED_ENTRY: Space = Space {
    name: "taprio-sched-entry",
    prefix: "TCA_TAPRIO_SCHED_ENTRY_",
    attrs: &[
        AttrSpec { id: 1, name: "index", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "cmd", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "gate_mask", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "interval", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 2, 3, 4, 0, 0, 1],
};

/// Attribute numbers of [`TAPRIO_SCHED_ENTRY`].
pub mod taprio_sched_entry {
    /// `TCA_TAPRIO_SCHED_ENTRY_INDEX`.
    #[doc(alias = "TCA_TAPRIO_SCHED_ENTRY_INDEX")]
    pub const INDEX: u16 = 1;
    /// `TCA_TAPRIO_SCHED_ENTRY_CMD`.
    #[doc(alias = "TCA_TAPRIO_SCHED_ENTRY_CMD")]
    pub const CMD: u16 = 2;
    /// `TCA_TAPRIO_SCHED_ENTRY_GATE_MASK`.
    #[doc(alias = "TCA_TAPRIO_SCHED_ENTRY_GATE_MASK")]
    pub const GATE_MASK: u16 = 3;
    /// `TCA_TAPRIO_SCHED_ENTRY_INTERVAL`.
    #[doc(alias = "TCA_TAPRIO_SCHED_ENTRY_INTERVAL")]
    pub const INTERVAL: u16 = 4;
}

/// Typed reads of an attribute chain of the set `taprio-sched-entry`.
#[derive(Clone, Debug, Default)]
pub struct TaprioSchedEntry<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TaprioSchedEntry<'a> {
    /// `TCA_TAPRIO_SCHED_ENTRY_INDEX`.
    pub fn index(&self) -> Result<Option<u32>> {
        self.0.read(taprio_sched_entry::INDEX, crate::attr::Attr::u32)
    }
    /// `TCA_TAPRIO_SCHED_ENTRY_CMD`.
    pub fn cmd(&self) -> Result<Option<u8>> {
        self.0.read(taprio_sched_entry::CMD, crate::attr::Attr::u8)
    }
    /// `TCA_TAPRIO_SCHED_ENTRY_GATE_MASK`.
    pub fn gate_mask(&self) -> Result<Option<u32>> {
        self.0.read(taprio_sched_entry::GATE_MASK, crate::attr::Attr::u32)
    }
    /// `TCA_TAPRIO_SCHED_ENTRY_INTERVAL`.
    pub fn interval(&self) -> Result<Option<u32>> {
        self.0.read(taprio_sched_entry::INTERVAL, crate::attr::Attr::u32)
    }
}

/// `TCA_TAPRIO_TC_ENTRY_*`: the attribute set `taprio-tc-entry-attrs`.
pub static TAPRIO_TC_ENTRY_ATTRS: Space = Space {
    name: "taprio-tc-entry-attrs",
    prefix: "TCA_TAPRIO_TC_ENTRY_",
    attrs: &[
        AttrSpec { id: 1, name: "index", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "max_sdu", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "fp", ty: AttrType::U32 },
    ],
    by_name: &[0, 3, 0, 0, 0, 2, 0, 1],
};

/// Attribute numbers of [`TAPRIO_TC_ENTRY_ATTRS`].
pub mod taprio_tc_entry_attrs {
    /// `TCA_TAPRIO_TC_ENTRY_INDEX`.
    #[doc(alias = "TCA_TAPRIO_TC_ENTRY_INDEX")]
    pub const INDEX: u16 = 1;
    /// `TCA_TAPRIO_TC_ENTRY_MAX_SDU`.
    #[doc(alias = "TCA_TAPRIO_TC_ENTRY_MAX_SDU")]
    pub const MAX_SDU: u16 = 2;
    /// `TCA_TAPRIO_TC_ENTRY_FP`.
    #[doc(alias = "TCA_TAPRIO_TC_ENTRY_FP")]
    pub const FP: u16 = 3;
}

/// Typed reads of an attribute chain of the set `taprio-tc-entry-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TaprioTcEntryAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TaprioTcEntryAttrs<'a> {
    /// `TCA_TAPRIO_TC_ENTRY_INDEX`.
    pub fn index(&self) -> Result<Option<u32>> {
        self.0.read(taprio_tc_entry_attrs::INDEX, crate::attr::Attr::u32)
    }
    /// `TCA_TAPRIO_TC_ENTRY_MAX_SDU`.
    pub fn max_sdu(&self) -> Result<Option<u32>> {
        self.0.read(taprio_tc_entry_attrs::MAX_SDU, crate::attr::Attr::u32)
    }
    /// `TCA_TAPRIO_TC_ENTRY_FP`.
    pub fn fp(&self) -> Result<Option<u32>> {
        self.0.read(taprio_tc_entry_attrs::FP, crate::attr::Attr::u32)
    }
}

/// `TCA_TBF_*`: the attribute set `tbf-attrs`.
pub static TBF_ATTRS: Space = Space {
    name: "tbf-attrs",
    prefix: "TCA_TBF_",
    attrs: &[
        AttrSpec { id: 1, name: "parms", ty: AttrType::Struct(&TC_TBF_QOPT) },
        AttrSpec { id: 2, name: "rtab", ty: AttrType::Bytes },
        AttrSpec { id: 3, name: "ptab", ty: AttrType::Bytes },
        AttrSpec { id: 4, name: "rate64", ty: AttrType::U64 },
        AttrSpec { id: 5, name: "prate64", ty: AttrType::U64 },
        AttrSpec { id: 6, name: "burst", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "pburst", ty: AttrType::U32 },
        AttrSpec { id: 8, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 5, 8, 0, 0, 0, 0, 4, 6, 0, 0, 2, 7, 3, 1],
};

/// Attribute numbers of [`TBF_ATTRS`].
pub mod tbf_attrs {
    /// `TCA_TBF_PARMS`.
    #[doc(alias = "TCA_TBF_PARMS")]
    pub const PARMS: u16 = 1;
    /// `TCA_TBF_RTAB`.
    #[doc(alias = "TCA_TBF_RTAB")]
    pub const RTAB: u16 = 2;
    /// `TCA_TBF_PTAB`.
    #[doc(alias = "TCA_TBF_PTAB")]
    pub const PTAB: u16 = 3;
    /// `TCA_TBF_RATE64`.
    #[doc(alias = "TCA_TBF_RATE64")]
    pub const RATE64: u16 = 4;
    /// `TCA_TBF_PRATE64`.
    #[doc(alias = "TCA_TBF_PRATE64")]
    pub const PRATE64: u16 = 5;
    /// `TCA_TBF_BURST`.
    #[doc(alias = "TCA_TBF_BURST")]
    pub const BURST: u16 = 6;
    /// `TCA_TBF_PBURST`.
    #[doc(alias = "TCA_TBF_PBURST")]
    pub const PBURST: u16 = 7;
    /// `TCA_TBF_PAD`.
    #[doc(alias = "TCA_TBF_PAD")]
    pub const PAD: u16 = 8;
}

/// Typed reads of an attribute chain of the set `tbf-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TbfAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TbfAttrs<'a> {
    /// `TCA_TBF_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcTbfQopt>> {
        self.0.read(tbf_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_TBF_RTAB`.
    pub fn rtab(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(tbf_attrs::RTAB, |a| Ok(a.payload()))
    }
    /// `TCA_TBF_PTAB`.
    pub fn ptab(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(tbf_attrs::PTAB, |a| Ok(a.payload()))
    }
    /// `TCA_TBF_RATE64`.
    pub fn rate64(&self) -> Result<Option<u64>> {
        self.0.read(tbf_attrs::RATE64, crate::attr::Attr::u64)
    }
    /// `TCA_TBF_PRATE64`.
    pub fn prate64(&self) -> Result<Option<u64>> {
        self.0.read(tbf_attrs::PRATE64, crate::attr::Attr::u64)
    }
    /// `TCA_TBF_BURST`.
    pub fn burst(&self) -> Result<Option<u32>> {
        self.0.read(tbf_attrs::BURST, crate::attr::Attr::u32)
    }
    /// `TCA_TBF_PBURST`.
    pub fn pburst(&self) -> Result<Option<u32>> {
        self.0.read(tbf_attrs::PBURST, crate::attr::Attr::u32)
    }
}

/// `TCA_SAMPLE_*`: the attribute set `act-sample-attrs`.
pub static ACT_SAMPLE_ATTRS: Space = Space {
    name: "act-sample-attrs",
    prefix: "TCA_SAMPLE_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Struct(&TC_GACT) },
        AttrSpec { id: 3, name: "rate", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "trunc_size", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "psample_group", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[3, 0, 0, 6, 0, 1, 5, 0, 0, 0, 0, 4, 0, 0, 0, 2],
};

/// Attribute numbers of [`ACT_SAMPLE_ATTRS`].
pub mod act_sample_attrs {
    /// `TCA_SAMPLE_TM`.
    #[doc(alias = "TCA_SAMPLE_TM")]
    pub const TM: u16 = 1;
    /// `TCA_SAMPLE_PARMS`.
    #[doc(alias = "TCA_SAMPLE_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_SAMPLE_RATE`.
    #[doc(alias = "TCA_SAMPLE_RATE")]
    pub const RATE: u16 = 3;
    /// `TCA_SAMPLE_TRUNC_SIZE`.
    #[doc(alias = "TCA_SAMPLE_TRUNC_SIZE")]
    pub const TRUNC_SIZE: u16 = 4;
    /// `TCA_SAMPLE_PSAMPLE_GROUP`.
    #[doc(alias = "TCA_SAMPLE_PSAMPLE_GROUP")]
    pub const PSAMPLE_GROUP: u16 = 5;
    /// `TCA_SAMPLE_PAD`.
    #[doc(alias = "TCA_SAMPLE_PAD")]
    pub const PAD: u16 = 6;
}

/// Typed reads of an attribute chain of the set `act-sample-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActSampleAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActSampleAttrs<'a> {
    /// `TCA_SAMPLE_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_sample_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_SAMPLE_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcGact>> {
        self.0.read(act_sample_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_SAMPLE_RATE`.
    pub fn rate(&self) -> Result<Option<u32>> {
        self.0.read(act_sample_attrs::RATE, crate::attr::Attr::u32)
    }
    /// `TCA_SAMPLE_TRUNC_SIZE`.
    pub fn trunc_size(&self) -> Result<Option<u32>> {
        self.0.read(act_sample_attrs::TRUNC_SIZE, crate::attr::Attr::u32)
    }
    /// `TCA_SAMPLE_PSAMPLE_GROUP`.
    pub fn psample_group(&self) -> Result<Option<u32>> {
        self.0.read(act_sample_attrs::PSAMPLE_GROUP, crate::attr::Attr::u32)
    }
}

/// `TCA_GACT_*`: the attribute set `act-gact-attrs`.
pub static ACT_GACT_ATTRS: Space = Space {
    name: "act-gact-attrs",
    prefix: "TCA_GACT_",
    attrs: &[
        AttrSpec { id: 1, name: "tm", ty: AttrType::Struct(&TCF_T) },
        AttrSpec { id: 2, name: "parms", ty: AttrType::Struct(&TC_GACT) },
        AttrSpec { id: 3, name: "prob", ty: AttrType::Struct(&TC_GACT_P) },
        AttrSpec { id: 4, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[3, 0, 0, 4, 0, 1, 0, 2],
};

/// Attribute numbers of [`ACT_GACT_ATTRS`].
pub mod act_gact_attrs {
    /// `TCA_GACT_TM`.
    #[doc(alias = "TCA_GACT_TM")]
    pub const TM: u16 = 1;
    /// `TCA_GACT_PARMS`.
    #[doc(alias = "TCA_GACT_PARMS")]
    pub const PARMS: u16 = 2;
    /// `TCA_GACT_PROB`.
    #[doc(alias = "TCA_GACT_PROB")]
    pub const PROB: u16 = 3;
    /// `TCA_GACT_PAD`.
    #[doc(alias = "TCA_GACT_PAD")]
    pub const PAD: u16 = 4;
}

/// Typed reads of an attribute chain of the set `act-gact-attrs`.
#[derive(Clone, Debug, Default)]
pub struct ActGactAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> ActGactAttrs<'a> {
    /// `TCA_GACT_TM`.
    pub fn tm(&self) -> Result<Option<&'a TcfT>> {
        self.0.read(act_gact_attrs::TM, crate::attr::Attr::as_struct)
    }
    /// `TCA_GACT_PARMS`.
    pub fn parms(&self) -> Result<Option<&'a TcGact>> {
        self.0.read(act_gact_attrs::PARMS, crate::attr::Attr::as_struct)
    }
    /// `TCA_GACT_PROB`.
    pub fn prob(&self) -> Result<Option<&'a TcGactP>> {
        self.0.read(act_gact_attrs::PROB, crate::attr::Attr::as_struct)
    }
}

/// `TCA_STAB_*`: the attribute set `tca-stab-attrs`.
pub static TCA_STAB_ATTRS: Space = Space {
    name: "tca-stab-attrs",
    prefix: "TCA_STAB_",
    attrs: &[
        AttrSpec { id: 1, name: "base", ty: AttrType::Struct(&TC_SIZESPEC) },
        AttrSpec { id: 2, name: "data", ty: AttrType::Bytes },
    ],
    by_name: &[0, 0, 2, 1],
};

/// Attribute numbers of [`TCA_STAB_ATTRS`].
pub mod tca_stab_attrs {
    /// `TCA_STAB_BASE`.
    #[doc(alias = "TCA_STAB_BASE")]
    pub const BASE: u16 = 1;
    /// `TCA_STAB_DATA`.
    #[doc(alias = "TCA_STAB_DATA")]
    pub const DATA: u16 = 2;
}

/// Typed reads of an attribute chain of the set `tca-stab-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TcaStabAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TcaStabAttrs<'a> {
    /// `TCA_STAB_BASE`.
    pub fn base(&self) -> Result<Option<&'a TcSizespec>> {
        self.0.read(tca_stab_attrs::BASE, crate::attr::Attr::as_struct)
    }
    /// `TCA_STAB_DATA`.
    pub fn data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(tca_stab_attrs::DATA, |a| Ok(a.payload()))
    }
}

/// What `TCA_STATS_APP` holds, chosen by `kind`.
static TCA_STATS_ATTRS_APP_SELECT: Selector = Selector {
    by: SelectBy::Outer(1),
    choices: &[
        (Key::Str("cake"), AttrType::Nested(&CAKE_STATS_ATTRS)),
        (Key::Str("choke"), AttrType::Struct(&TC_CHOKE_XSTATS)),
        (Key::Str("codel"), AttrType::Struct(&TC_CODEL_XSTATS)),
        (Key::Str("dualpi2"), AttrType::Struct(&TC_DUALPI2_XSTATS)),
        (Key::Str("fq"), AttrType::Struct(&TC_FQ_QD_STATS)),
        (Key::Str("fq_codel"), AttrType::Struct(&TC_FQ_CODEL_XSTATS)),
        (Key::Str("fq_pie"), AttrType::Struct(&TC_FQ_PIE_XSTATS)),
        (Key::Str("hhf"), AttrType::Struct(&TC_HHF_XSTATS)),
        (Key::Str("pie"), AttrType::Struct(&TC_PIE_XSTATS)),
        (Key::Str("red"), AttrType::Struct(&TC_RED_XSTATS)),
        (Key::Str("sfb"), AttrType::Struct(&TC_SFB_XSTATS)),
        (Key::Str("sfq"), AttrType::Struct(&TC_SFQ_XSTATS)),
        (Key::Str("htb"), AttrType::Struct(&TC_HTB_XSTATS)),
    ],
    fallback: AttrType::Bytes,
};

/// `TCA_STATS_*`: the attribute set `tca-stats-attrs`.
pub static TCA_STATS_ATTRS: Space = Space {
    name: "tca-stats-attrs",
    prefix: "TCA_STATS_",
    attrs: &[
        AttrSpec { id: 1, name: "basic", ty: AttrType::Struct(&GNET_STATS_BASIC) },
        AttrSpec { id: 2, name: "rate_est", ty: AttrType::Struct(&GNET_STATS_RATE_EST) },
        AttrSpec { id: 3, name: "queue", ty: AttrType::Struct(&GNET_STATS_QUEUE) },
        AttrSpec { id: 4, name: "app", ty: AttrType::Select(&TCA_STATS_ATTRS_APP_SELECT) },
        AttrSpec { id: 5, name: "rate_est64", ty: AttrType::Struct(&GNET_STATS_RATE_EST64) },
        AttrSpec { id: 6, name: "pad", ty: AttrType::Bytes },
        AttrSpec { id: 7, name: "basic_hw", ty: AttrType::Struct(&GNET_STATS_BASIC) },
        AttrSpec { id: 8, name: "pkt64", ty: AttrType::U64 },
    ],
    by_name: &[0, 4, 0, 6, 1, 3, 5, 0, 8, 7, 0, 0, 2, 0, 0, 0],
};

/// Attribute numbers of [`TCA_STATS_ATTRS`].
pub mod tca_stats_attrs {
    /// `TCA_STATS_BASIC`.
    #[doc(alias = "TCA_STATS_BASIC")]
    pub const BASIC: u16 = 1;
    /// `TCA_STATS_RATE_EST`.
    #[doc(alias = "TCA_STATS_RATE_EST")]
    pub const RATE_EST: u16 = 2;
    /// `TCA_STATS_QUEUE`.
    #[doc(alias = "TCA_STATS_QUEUE")]
    pub const QUEUE: u16 = 3;
    /// `TCA_STATS_APP`.
    #[doc(alias = "TCA_STATS_APP")]
    pub const APP: u16 = 4;
    /// `TCA_STATS_RATE_EST64`.
    #[doc(alias = "TCA_STATS_RATE_EST64")]
    pub const RATE_EST64: u16 = 5;
    /// `TCA_STATS_PAD`.
    #[doc(alias = "TCA_STATS_PAD")]
    pub const PAD: u16 = 6;
    /// `TCA_STATS_BASIC_HW`.
    #[doc(alias = "TCA_STATS_BASIC_HW")]
    pub const BASIC_HW: u16 = 7;
    /// `TCA_STATS_PKT64`.
    #[doc(alias = "TCA_STATS_PKT64")]
    pub const PKT64: u16 = 8;
}

/// Typed reads of an attribute chain of the set `tca-stats-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TcaStatsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TcaStatsAttrs<'a> {
    /// `TCA_STATS_BASIC`.
    pub fn basic(&self) -> Result<Option<&'a GnetStatsBasic>> {
        self.0.read(tca_stats_attrs::BASIC, crate::attr::Attr::as_struct)
    }
    /// `TCA_STATS_RATE_EST`.
    pub fn rate_est(&self) -> Result<Option<&'a GnetStatsRateEst>> {
        self.0.read(tca_stats_attrs::RATE_EST, crate::attr::Attr::as_struct)
    }
    /// `TCA_STATS_QUEUE`.
    pub fn queue(&self) -> Result<Option<&'a GnetStatsQueue>> {
        self.0.read(tca_stats_attrs::QUEUE, crate::attr::Attr::as_struct)
    }
    /// `TCA_STATS_APP`.
    pub fn app(&self) -> Result<Option<crate::attr::Attr<'a>>> {
        self.0.read(tca_stats_attrs::APP, |a| Ok(*a))
    }
    /// `TCA_STATS_RATE_EST64`.
    pub fn rate_est64(&self) -> Result<Option<&'a GnetStatsRateEst64>> {
        self.0.read(tca_stats_attrs::RATE_EST64, crate::attr::Attr::as_struct)
    }
    /// `TCA_STATS_BASIC_HW`.
    pub fn basic_hw(&self) -> Result<Option<&'a GnetStatsBasic>> {
        self.0.read(tca_stats_attrs::BASIC_HW, crate::attr::Attr::as_struct)
    }
    /// `TCA_STATS_PKT64`.
    pub fn pkt64(&self) -> Result<Option<u64>> {
        self.0.read(tca_stats_attrs::PKT64, crate::attr::Attr::u64)
    }
}

/// The type of each entry of `TCA_U32_ACT`.
static U32_ATTRS_ACT_ELEMENT: AttrType = AttrType::Nested(&ACT_ATTRS);

/// `TCA_U32_*`: the attribute set `u32-attrs`.
pub static U32_ATTRS: Space = Space {
    name: "u32-attrs",
    prefix: "TCA_U32_",
    attrs: &[
        AttrSpec { id: 1, name: "classid", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "hash", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "link", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "divisor", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "sel", ty: AttrType::Struct(&TC_U32_SEL) },
        AttrSpec { id: 6, name: "police", ty: AttrType::Nested(&POLICE_ATTRS) },
        AttrSpec { id: 7, name: "act", ty: AttrType::Array(&U32_ATTRS_ACT_ELEMENT) },
        AttrSpec { id: 8, name: "indev", ty: AttrType::Str },
        AttrSpec { id: 9, name: "pcnt", ty: AttrType::Struct(&TC_U32_PCNT) },
        AttrSpec { id: 10, name: "mark", ty: AttrType::Struct(&TC_U32_MARK) },
        AttrSpec { id: 11, name: "flags", ty: AttrType::Bits(Scalar::U32, TC_CLS_FLAGS_NAMES) },
        AttrSpec { id: 12, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[
        1, 0, 0, 0, 0, 0, 0, 0, 0, 10, 5, 0, 0, 0, 11, 0, 0, 8, 0, 9, 12, 0, 3, 0, 0, 6, 2, 0, 0, 4, 7, 0,
    ],
};

/// Attribute numbers of [`U32_ATTRS`].
pub mod u32_attrs {
    /// `TCA_U32_CLASSID`.
    #[doc(alias = "TCA_U32_CLASSID")]
    pub const CLASSID: u16 = 1;
    /// `TCA_U32_HASH`.
    #[doc(alias = "TCA_U32_HASH")]
    pub const HASH: u16 = 2;
    /// `TCA_U32_LINK`.
    #[doc(alias = "TCA_U32_LINK")]
    pub const LINK: u16 = 3;
    /// `TCA_U32_DIVISOR`.
    #[doc(alias = "TCA_U32_DIVISOR")]
    pub const DIVISOR: u16 = 4;
    /// `TCA_U32_SEL`.
    #[doc(alias = "TCA_U32_SEL")]
    pub const SEL: u16 = 5;
    /// `TCA_U32_POLICE`.
    #[doc(alias = "TCA_U32_POLICE")]
    pub const POLICE: u16 = 6;
    /// `TCA_U32_ACT`.
    #[doc(alias = "TCA_U32_ACT")]
    pub const ACT: u16 = 7;
    /// `TCA_U32_INDEV`.
    #[doc(alias = "TCA_U32_INDEV")]
    pub const INDEV: u16 = 8;
    /// `TCA_U32_PCNT`.
    #[doc(alias = "TCA_U32_PCNT")]
    pub const PCNT: u16 = 9;
    /// `TCA_U32_MARK`.
    #[doc(alias = "TCA_U32_MARK")]
    pub const MARK: u16 = 10;
    /// `TCA_U32_FLAGS`.
    #[doc(alias = "TCA_U32_FLAGS")]
    pub const FLAGS: u16 = 11;
    /// `TCA_U32_PAD`.
    #[doc(alias = "TCA_U32_PAD")]
    pub const PAD: u16 = 12;
}

/// Typed reads of an attribute chain of the set `u32-attrs`.
#[derive(Clone, Debug, Default)]
pub struct U32Attrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> U32Attrs<'a> {
    /// `TCA_U32_CLASSID`.
    pub fn classid(&self) -> Result<Option<u32>> {
        self.0.read(u32_attrs::CLASSID, crate::attr::Attr::u32)
    }
    /// `TCA_U32_HASH`.
    pub fn hash(&self) -> Result<Option<u32>> {
        self.0.read(u32_attrs::HASH, crate::attr::Attr::u32)
    }
    /// `TCA_U32_LINK`.
    pub fn link(&self) -> Result<Option<u32>> {
        self.0.read(u32_attrs::LINK, crate::attr::Attr::u32)
    }
    /// `TCA_U32_DIVISOR`.
    pub fn divisor(&self) -> Result<Option<u32>> {
        self.0.read(u32_attrs::DIVISOR, crate::attr::Attr::u32)
    }
    /// `TCA_U32_SEL`.
    pub fn sel(&self) -> Result<Option<&'a TcU32Sel>> {
        self.0.read(u32_attrs::SEL, crate::attr::Attr::as_struct)
    }
    /// `TCA_U32_POLICE`.
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>> {
        self.0.read(u32_attrs::POLICE, |a| Ok(PoliceAttrs(a.nested())))
    }
    /// `TCA_U32_ACT`.
    pub fn act(&self) -> impl Iterator<Item = Result<ActAttrs<'a>>> + 'a {
        self.0.read_array(u32_attrs::ACT, |a| Ok(ActAttrs(a.nested())))
    }
    /// `TCA_U32_INDEV`.
    pub fn indev(&self) -> Result<Option<&'a str>> {
        self.0.read(u32_attrs::INDEV, crate::attr::Attr::str)
    }
    /// `TCA_U32_PCNT`.
    pub fn pcnt(&self) -> Result<Option<&'a TcU32Pcnt>> {
        self.0.read(u32_attrs::PCNT, crate::attr::Attr::as_struct)
    }
    /// `TCA_U32_MARK`.
    pub fn mark(&self) -> Result<Option<&'a TcU32Mark>> {
        self.0.read(u32_attrs::MARK, crate::attr::Attr::as_struct)
    }
    /// `TCA_U32_FLAGS`.
    pub fn flags(&self) -> Result<Option<u32>> {
        self.0.read(u32_attrs::FLAGS, crate::attr::Attr::u32)
    }
}

/// `TCA_TUNNEL_KEY_ENC_OPTS_*`: the attribute set `tunnel-key-enc-opts-attrs`.
pub static TUNNEL_KEY_ENC_OPTS_ATTRS: Space = Space {
    name: "tunnel-key-enc-opts-attrs",
    prefix: "TCA_TUNNEL_KEY_ENC_OPTS_",
    attrs: &[
        AttrSpec { id: 1, name: "geneve", ty: AttrType::Nested(&TUNNEL_KEY_ENC_OPT_GENEVE_ATTRS) },
        AttrSpec { id: 2, name: "vxlan", ty: AttrType::Nested(&TUNNEL_KEY_ENC_OPT_VXLAN_ATTRS) },
        AttrSpec { id: 3, name: "erspan", ty: AttrType::Nested(&TUNNEL_KEY_ENC_OPT_ERSPAN_ATTRS) },
    ],
    by_name: &[1, 0, 0, 0, 2, 0, 3, 0],
};

/// Attribute numbers of [`TUNNEL_KEY_ENC_OPTS_ATTRS`].
pub mod tunnel_key_enc_opts_attrs {
    /// `TCA_TUNNEL_KEY_ENC_OPTS_GENEVE`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPTS_GENEVE")]
    pub const GENEVE: u16 = 1;
    /// `TCA_TUNNEL_KEY_ENC_OPTS_VXLAN`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPTS_VXLAN")]
    pub const VXLAN: u16 = 2;
    /// `TCA_TUNNEL_KEY_ENC_OPTS_ERSPAN`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPTS_ERSPAN")]
    pub const ERSPAN: u16 = 3;
}

/// Typed reads of an attribute chain of the set `tunnel-key-enc-opts-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TunnelKeyEncOptsAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TunnelKeyEncOptsAttrs<'a> {
    /// `TCA_TUNNEL_KEY_ENC_OPTS_GENEVE`.
    pub fn geneve(&self) -> Result<Option<TunnelKeyEncOptGeneveAttrs<'a>>> {
        self.0.read(tunnel_key_enc_opts_attrs::GENEVE, |a| Ok(TunnelKeyEncOptGeneveAttrs(a.nested())))
    }
    /// `TCA_TUNNEL_KEY_ENC_OPTS_VXLAN`.
    pub fn vxlan(&self) -> Result<Option<TunnelKeyEncOptVxlanAttrs<'a>>> {
        self.0.read(tunnel_key_enc_opts_attrs::VXLAN, |a| Ok(TunnelKeyEncOptVxlanAttrs(a.nested())))
    }
    /// `TCA_TUNNEL_KEY_ENC_OPTS_ERSPAN`.
    pub fn erspan(&self) -> Result<Option<TunnelKeyEncOptErspanAttrs<'a>>> {
        self.0.read(tunnel_key_enc_opts_attrs::ERSPAN, |a| Ok(TunnelKeyEncOptErspanAttrs(a.nested())))
    }
}

/// `TCA_TUNNEL_KEY_ENC_OPT_GENEVE_*`: the attribute set `tunnel-key-enc-opt-geneve-attrs`.
pub static TUNNEL_KEY_ENC_OPT_GENEVE_ATTRS: Space = Space {
    name: "tunnel-key-enc-opt-geneve-attrs",
    prefix: "TCA_TUNNEL_KEY_ENC_OPT_GENEVE_",
    attrs: &[
        AttrSpec { id: 1, name: "class", ty: AttrType::Be16 },
        AttrSpec { id: 2, name: "type", ty: AttrType::U8 },
        AttrSpec { id: 3, name: "data", ty: AttrType::Bytes },
    ],
    by_name: &[0, 1, 0, 0, 0, 0, 2, 3],
};

/// Attribute numbers of [`TUNNEL_KEY_ENC_OPT_GENEVE_ATTRS`].
pub mod tunnel_key_enc_opt_geneve_attrs {
    /// `TCA_TUNNEL_KEY_ENC_OPT_GENEVE_CLASS`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPT_GENEVE_CLASS")]
    pub const CLASS: u16 = 1;
    /// `TCA_TUNNEL_KEY_ENC_OPT_GENEVE_TYPE`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPT_GENEVE_TYPE")]
    pub const TYPE: u16 = 2;
    /// `TCA_TUNNEL_KEY_ENC_OPT_GENEVE_DATA`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPT_GENEVE_DATA")]
    pub const DATA: u16 = 3;
}

/// Typed reads of an attribute chain of the set `tunnel-key-enc-opt-geneve-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TunnelKeyEncOptGeneveAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TunnelKeyEncOptGeneveAttrs<'a> {
    /// `TCA_TUNNEL_KEY_ENC_OPT_GENEVE_CLASS`.
    pub fn class(&self) -> Result<Option<u16>> {
        self.0.read(tunnel_key_enc_opt_geneve_attrs::CLASS, crate::attr::Attr::be16)
    }
    /// `TCA_TUNNEL_KEY_ENC_OPT_GENEVE_TYPE`.
    pub fn r#type(&self) -> Result<Option<u8>> {
        self.0.read(tunnel_key_enc_opt_geneve_attrs::TYPE, crate::attr::Attr::u8)
    }
    /// `TCA_TUNNEL_KEY_ENC_OPT_GENEVE_DATA`.
    pub fn data(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(tunnel_key_enc_opt_geneve_attrs::DATA, |a| Ok(a.payload()))
    }
}

/// `TCA_TUNNEL_KEY_ENC_OPT_VXLAN_*`: the attribute set `tunnel-key-enc-opt-vxlan-attrs`.
pub static TUNNEL_KEY_ENC_OPT_VXLAN_ATTRS: Space = Space {
    name: "tunnel-key-enc-opt-vxlan-attrs",
    prefix: "TCA_TUNNEL_KEY_ENC_OPT_VXLAN_",
    attrs: &[AttrSpec { id: 1, name: "gbp", ty: AttrType::U32 }],
    by_name: &[0, 1],
};

/// Attribute numbers of [`TUNNEL_KEY_ENC_OPT_VXLAN_ATTRS`].
pub mod tunnel_key_enc_opt_vxlan_attrs {
    /// `TCA_TUNNEL_KEY_ENC_OPT_VXLAN_GBP`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPT_VXLAN_GBP")]
    pub const GBP: u16 = 1;
}

/// Typed reads of an attribute chain of the set `tunnel-key-enc-opt-vxlan-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TunnelKeyEncOptVxlanAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TunnelKeyEncOptVxlanAttrs<'a> {
    /// `TCA_TUNNEL_KEY_ENC_OPT_VXLAN_GBP`.
    pub fn gbp(&self) -> Result<Option<u32>> {
        self.0.read(tunnel_key_enc_opt_vxlan_attrs::GBP, crate::attr::Attr::u32)
    }
}

/// `TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_*`: the attribute set `tunnel-key-enc-opt-erspan-attrs`.
pub static TUNNEL_KEY_ENC_OPT_ERSPAN_ATTRS: Space = Space {
    name: "tunnel-key-enc-opt-erspan-attrs",
    prefix: "TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_",
    attrs: &[
        AttrSpec { id: 1, name: "ver", ty: AttrType::U8 },
        AttrSpec { id: 2, name: "index", ty: AttrType::Be32 },
        AttrSpec { id: 3, name: "dir", ty: AttrType::U8 },
        AttrSpec { id: 4, name: "hwid", ty: AttrType::U8 },
    ],
    by_name: &[0, 3, 0, 1, 4, 0, 0, 2],
};

/// Attribute numbers of [`TUNNEL_KEY_ENC_OPT_ERSPAN_ATTRS`].
pub mod tunnel_key_enc_opt_erspan_attrs {
    /// `TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_VER`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_VER")]
    pub const VER: u16 = 1;
    /// `TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_INDEX`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_INDEX")]
    pub const INDEX: u16 = 2;
    /// `TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_DIR`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_DIR")]
    pub const DIR: u16 = 3;
    /// `TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_HWID`.
    #[doc(alias = "TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_HWID")]
    pub const HWID: u16 = 4;
}

/// Typed reads of an attribute chain of the set `tunnel-key-enc-opt-erspan-attrs`.
#[derive(Clone, Debug, Default)]
pub struct TunnelKeyEncOptErspanAttrs<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TunnelKeyEncOptErspanAttrs<'a> {
    /// `TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_VER`.
    pub fn ver(&self) -> Result<Option<u8>> {
        self.0.read(tunnel_key_enc_opt_erspan_attrs::VER, crate::attr::Attr::u8)
    }
    /// `TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_INDEX`.
    pub fn index(&self) -> Result<Option<u32>> {
        self.0.read(tunnel_key_enc_opt_erspan_attrs::INDEX, crate::attr::Attr::be32)
    }
    /// `TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_DIR`.
    pub fn dir(&self) -> Result<Option<u8>> {
        self.0.read(tunnel_key_enc_opt_erspan_attrs::DIR, crate::attr::Attr::u8)
    }
    /// `TCA_TUNNEL_KEY_ENC_OPT_ERSPAN_HWID`.
    pub fn hwid(&self) -> Result<Option<u8>> {
        self.0.read(tunnel_key_enc_opt_erspan_attrs::HWID, crate::attr::Attr::u8)
    }
}

/// Messages of `struct tcmsg` followed by `attrs`.
pub static ATTRS_MESSAGE: MessageSpec = MessageSpec { family: "tc", header: &TCMSG, space: &ATTRS };
