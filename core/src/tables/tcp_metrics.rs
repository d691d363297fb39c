//! Tables of the `tcp_metrics` netlink spec.
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

/// `TCP_METRICS_ATTR_*`: the attribute set `tcp-metrics`.
pub static TCP_METRICS: Space = Space {
    name: "tcp-metrics",
    prefix: "TCP_METRICS_ATTR_",
    attrs: &[
        AttrSpec { id: 1, name: "addr_ipv4", ty: AttrType::Ip },
        AttrSpec { id: 2, name: "addr_ipv6", ty: AttrType::Ip },
        AttrSpec { id: 3, name: "age", ty: AttrType::U64 },
        AttrSpec { id: 4, name: "tw_tsval", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "tw_ts_stamp", ty: AttrType::S32 },
        AttrSpec { id: 6, name: "vals", ty: AttrType::Nested(&METRICS) },
        AttrSpec { id: 7, name: "fopen_mss", ty: AttrType::U16 },
        AttrSpec { id: 8, name: "fopen_syn_drops", ty: AttrType::U16 },
        AttrSpec { id: 9, name: "fopen_syn_drop_ts", ty: AttrType::U64 },
        AttrSpec { id: 10, name: "fopen_cookie", ty: AttrType::Bytes },
        AttrSpec { id: 11, name: "saddr_ipv4", ty: AttrType::Ip },
        AttrSpec { id: 12, name: "saddr_ipv6", ty: AttrType::Ip },
        AttrSpec { id: 13, name: "pad", ty: AttrType::Bytes },
    ],
    by_name: &[
        0, 11, 2, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 6, 0, 8, 7, 0, 13, 0, 0, 4, 0, 0, 0, 0, 10, 1, 3, 5, 12,
    ],
};

/// Attribute numbers of [`TCP_METRICS`].
#[allow(clippy::module_inception)]
pub mod tcp_metrics {
    /// `TCP_METRICS_ATTR_ADDR_IPV4`.
    #[doc(alias = "TCP_METRICS_ATTR_ADDR_IPV4")]
    pub const ADDR_IPV4: u16 = 1;
    /// `TCP_METRICS_ATTR_ADDR_IPV6`.
    #[doc(alias = "TCP_METRICS_ATTR_ADDR_IPV6")]
    pub const ADDR_IPV6: u16 = 2;
    /// `TCP_METRICS_ATTR_AGE`.
    #[doc(alias = "TCP_METRICS_ATTR_AGE")]
    pub const AGE: u16 = 3;
    /// `TCP_METRICS_ATTR_TW_TSVAL`.
    #[doc(alias = "TCP_METRICS_ATTR_TW_TSVAL")]
    pub const TW_TSVAL: u16 = 4;
    /// `TCP_METRICS_ATTR_TW_TS_STAMP`.
    #[doc(alias = "TCP_METRICS_ATTR_TW_TS_STAMP")]
    pub const TW_TS_STAMP: u16 = 5;
    /// `TCP_METRICS_ATTR_VALS`.
    #[doc(alias = "TCP_METRICS_ATTR_VALS")]
    pub const VALS: u16 = 6;
    /// `TCP_METRICS_ATTR_FOPEN_MSS`.
    #[doc(alias = "TCP_METRICS_ATTR_FOPEN_MSS")]
    pub const FOPEN_MSS: u16 = 7;
    /// `TCP_METRICS_ATTR_FOPEN_SYN_DROPS`.
    #[doc(alias = "TCP_METRICS_ATTR_FOPEN_SYN_DROPS")]
    pub const FOPEN_SYN_DROPS: u16 = 8;
    /// `TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS`.
    #[doc(alias = "TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS")]
    pub const FOPEN_SYN_DROP_TS: u16 = 9;
    /// `TCP_METRICS_ATTR_FOPEN_COOKIE`.
    #[doc(alias = "TCP_METRICS_ATTR_FOPEN_COOKIE")]
    pub const FOPEN_COOKIE: u16 = 10;
    /// `TCP_METRICS_ATTR_SADDR_IPV4`.
    #[doc(alias = "TCP_METRICS_ATTR_SADDR_IPV4")]
    pub const SADDR_IPV4: u16 = 11;
    /// `TCP_METRICS_ATTR_SADDR_IPV6`.
    #[doc(alias = "TCP_METRICS_ATTR_SADDR_IPV6")]
    pub const SADDR_IPV6: u16 = 12;
    /// `TCP_METRICS_ATTR_PAD`.
    #[doc(alias = "TCP_METRICS_ATTR_PAD")]
    pub const PAD: u16 = 13;
}

/// Typed reads of an attribute chain of the set `tcp-metrics`.
#[derive(Clone, Debug, Default)]
pub struct TcpMetrics<'a>(pub crate::attr::Attrs<'a>);

impl<'a> TcpMetrics<'a> {
    /// `TCP_METRICS_ATTR_ADDR_IPV4`.
    pub fn addr_ipv4(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(tcp_metrics::ADDR_IPV4, crate::attr::Attr::ip)
    }
    /// `TCP_METRICS_ATTR_ADDR_IPV6`.
    pub fn addr_ipv6(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(tcp_metrics::ADDR_IPV6, crate::attr::Attr::ip)
    }
    /// `TCP_METRICS_ATTR_AGE`.
    pub fn age(&self) -> Result<Option<u64>> {
        self.0.read(tcp_metrics::AGE, crate::attr::Attr::u64)
    }
    /// `TCP_METRICS_ATTR_TW_TSVAL`.
    pub fn tw_tsval(&self) -> Result<Option<u32>> {
        self.0.read(tcp_metrics::TW_TSVAL, crate::attr::Attr::u32)
    }
    /// `TCP_METRICS_ATTR_TW_TS_STAMP`.
    pub fn tw_ts_stamp(&self) -> Result<Option<i32>> {
        self.0.read(tcp_metrics::TW_TS_STAMP, crate::attr::Attr::i32)
    }
    /// `TCP_METRICS_ATTR_VALS`.
    pub fn vals(&self) -> Result<Option<Metrics<'a>>> {
        self.0.read(tcp_metrics::VALS, |a| Ok(Metrics(a.nested())))
    }
    /// `TCP_METRICS_ATTR_FOPEN_MSS`.
    pub fn fopen_mss(&self) -> Result<Option<u16>> {
        self.0.read(tcp_metrics::FOPEN_MSS, crate::attr::Attr::u16)
    }
    /// `TCP_METRICS_ATTR_FOPEN_SYN_DROPS`.
    pub fn fopen_syn_drops(&self) -> Result<Option<u16>> {
        self.0.read(tcp_metrics::FOPEN_SYN_DROPS, crate::attr::Attr::u16)
    }
    /// `TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS`.
    pub fn fopen_syn_drop_ts(&self) -> Result<Option<u64>> {
        self.0.read(tcp_metrics::FOPEN_SYN_DROP_TS, crate::attr::Attr::u64)
    }
    /// `TCP_METRICS_ATTR_FOPEN_COOKIE`.
    pub fn fopen_cookie(&self) -> Result<Option<&'a [u8]>> {
        self.0.read(tcp_metrics::FOPEN_COOKIE, |a| Ok(a.payload()))
    }
    /// `TCP_METRICS_ATTR_SADDR_IPV4`.
    pub fn saddr_ipv4(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(tcp_metrics::SADDR_IPV4, crate::attr::Attr::ip)
    }
    /// `TCP_METRICS_ATTR_SADDR_IPV6`.
    pub fn saddr_ipv6(&self) -> Result<Option<core::net::IpAddr>> {
        self.0.read(tcp_metrics::SADDR_IPV6, crate::attr::Attr::ip)
    }
}

/// `TCP_METRICS_A_METRICS_*`: the attribute set `metrics`.
pub static METRICS: Space = Space {
    name: "metrics",
    prefix: "TCP_METRICS_A_METRICS_",
    attrs: &[
        AttrSpec { id: 1, name: "rtt", ty: AttrType::U32 },
        AttrSpec { id: 2, name: "rttvar", ty: AttrType::U32 },
        AttrSpec { id: 3, name: "ssthresh", ty: AttrType::U32 },
        AttrSpec { id: 4, name: "cwnd", ty: AttrType::U32 },
        AttrSpec { id: 5, name: "reodering", ty: AttrType::U32 },
        AttrSpec { id: 6, name: "rtt_us", ty: AttrType::U32 },
        AttrSpec { id: 7, name: "rttvar_us", ty: AttrType::U32 },
    ],
    by_name: &[0, 0, 0, 0, 0, 2, 3, 5, 1, 0, 4, 6, 0, 0, 7, 0],
};

/// Attribute numbers of [`METRICS`].
pub mod metrics {
    /// `TCP_METRICS_A_METRICS_RTT`.
    #[doc(alias = "TCP_METRICS_A_METRICS_RTT")]
    pub const RTT: u16 = 1;
    /// `TCP_METRICS_A_METRICS_RTTVAR`.
    #[doc(alias = "TCP_METRICS_A_METRICS_RTTVAR")]
    pub const RTTVAR: u16 = 2;
    /// `TCP_METRICS_A_METRICS_SSTHRESH`.
    #[doc(alias = "TCP_METRICS_A_METRICS_SSTHRESH")]
    pub const SSTHRESH: u16 = 3;
    /// `TCP_METRICS_A_METRICS_CWND`.
    #[doc(alias = "TCP_METRICS_A_METRICS_CWND")]
    pub const CWND: u16 = 4;
    /// `TCP_METRICS_A_METRICS_REODERING`.
    #[doc(alias = "TCP_METRICS_A_METRICS_REODERING")]
    pub const REODERING: u16 = 5;
    /// `TCP_METRICS_A_METRICS_RTT_US`.
    #[doc(alias = "TCP_METRICS_A_METRICS_RTT_US")]
    pub const RTT_US: u16 = 6;
    /// `TCP_METRICS_A_METRICS_RTTVAR_US`.
    #[doc(alias = "TCP_METRICS_A_METRICS_RTTVAR_US")]
    pub const RTTVAR_US: u16 = 7;
}

/// Typed reads of an attribute chain of the set `metrics`.
#[derive(Clone, Debug, Default)]
pub struct Metrics<'a>(pub crate::attr::Attrs<'a>);

impl<'a> Metrics<'a> {
    /// `TCP_METRICS_A_METRICS_RTT`.
    pub fn rtt(&self) -> Result<Option<u32>> {
        self.0.read(metrics::RTT, crate::attr::Attr::u32)
    }
    /// `TCP_METRICS_A_METRICS_RTTVAR`.
    pub fn rttvar(&self) -> Result<Option<u32>> {
        self.0.read(metrics::RTTVAR, crate::attr::Attr::u32)
    }
    /// `TCP_METRICS_A_METRICS_SSTHRESH`.
    pub fn ssthresh(&self) -> Result<Option<u32>> {
        self.0.read(metrics::SSTHRESH, crate::attr::Attr::u32)
    }
    /// `TCP_METRICS_A_METRICS_CWND`.
    pub fn cwnd(&self) -> Result<Option<u32>> {
        self.0.read(metrics::CWND, crate::attr::Attr::u32)
    }
    /// `TCP_METRICS_A_METRICS_REODERING`.
    pub fn reodering(&self) -> Result<Option<u32>> {
        self.0.read(metrics::REODERING, crate::attr::Attr::u32)
    }
    /// `TCP_METRICS_A_METRICS_RTT_US`.
    pub fn rtt_us(&self) -> Result<Option<u32>> {
        self.0.read(metrics::RTT_US, crate::attr::Attr::u32)
    }
    /// `TCP_METRICS_A_METRICS_RTTVAR_US`.
    pub fn rttvar_us(&self) -> Result<Option<u32>> {
        self.0.read(metrics::RTTVAR_US, crate::attr::Attr::u32)
    }
}

/// Messages of `tcp-metrics` after `struct genlmsghdr`.
pub static TCP_METRICS_MESSAGE: MessageSpec =
    MessageSpec { family: "tcp_metrics", header: &crate::spec::GENLMSGHDR, space: &TCP_METRICS };

/// Commands user space sends (`genlmsghdr.cmd`).
pub mod cmd {
    /// `TCP_METRICS_CMD_GET`.
    #[doc(alias = "TCP_METRICS_CMD_GET")]
    pub const GET: u8 = 1;
    /// `TCP_METRICS_CMD_DEL`.
    #[doc(alias = "TCP_METRICS_CMD_DEL")]
    pub const DEL: u8 = 2;
}

/// The `tcp_metrics` generic netlink family.
pub static FAMILY: GenlFamily = GenlFamily {
    name: "tcp_metrics",
    groups: &[],
    to_kernel: &[
        GenlCommand { cmd: 1, name: "TCP_METRICS_CMD_GET", spec: &TCP_METRICS_MESSAGE },
        GenlCommand { cmd: 2, name: "TCP_METRICS_CMD_DEL", spec: &TCP_METRICS_MESSAGE },
    ],
    from_kernel: &[
        GenlCommand { cmd: 1, name: "TCP_METRICS_CMD_GET", spec: &TCP_METRICS_MESSAGE },
        GenlCommand { cmd: 2, name: "TCP_METRICS_CMD_DEL", spec: &TCP_METRICS_MESSAGE },
    ],
};
