//! Traffic control: `struct tcmsg`, `TCA_*` attributes, handles, statistics,
//! the options of common qdiscs and classifiers, and the [`TcObject`] view
//! shared by qdiscs, classes and filters (`RTM_{NEW,DEL,GET}{QDISC,TCLASS,TFILTER}`).
//!
//! ```
//! use nlwire::build::{Builder, Header};
//! use nlwire::tc::{tca, tca_stats, Handle, TcMsg, TcObject};
//! use nlwire::{msg_type, Messages, MsgFlags};
//! // lo's root qdisc as the kernel sends it, with fewer attributes.
//! let mut buf = [0u8; 128];
//! let mut b = Builder::new(&mut buf);
//! let header = TcMsg { ifindex: 1i32.into(), parent: Handle::ROOT.0.into(), ..Default::default() };
//! b.message(Header::new(msg_type::RTM_NEWQDISC, MsgFlags::MULTI, 1), |m| {
//!     m.family_header(&header)?;
//!     m.str(tca::KIND, "noqueue")?;
//!     m.nest(tca::STATS2, |s| s.u64(tca_stats::PKT64, 0))
//! })?;
//! let q = TcObject::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
//! assert_eq!(q.kind()?, Some("noqueue"));
//! assert_eq!(q.parent(), Handle::ROOT);
//! assert_eq!(q.handle().to_string(), "none");
//! assert_eq!(q.stats2()?.unwrap().packets()?, Some(0));
//! # Ok::<(), nlwire::Error>(())
//! ```
//!
//! Options are decoded by kind ([`TcObject::options`]): [`htb`], [`tbf`],
//! [`fifo`] (pfifo, bfifo, pfifo_head_drop, and the `tc_prio_qopt` of
//! pfifo_fast and prio), the [`u32`](mod@u32) classifier; mq, ingress, clsact
//! and noqueue have none; any other kind keeps its raw bytes. Typed requests
//! are in [`request`].

use core::fmt;

use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::{Attr, Attrs};
use crate::error::{Error, Result};
use crate::message::split;
use crate::message::{msg_type, Message};

pub mod action;
pub mod fifo;
pub mod htb;
pub mod request;
pub mod tbf;
pub mod u32;

pub use fifo::{TcFifoQopt, TcPrioQopt};
pub use htb::Htb;
pub use request::{
    ChainDump, ChainRequest, ClassDump, ClassKind, ClassRequest, FilterDump, FilterKind, FilterRequest,
    FwFilter, MatchallFilter, QdiscDump, QdiscKind, QdiscRequest, TcOp,
};
pub use tbf::Tbf;
pub use u32::U32;

/// `struct tcmsg`: the 20-byte family header of qdisc, class and filter messages.
pub use crate::tables::tc::Tcmsg as TcMsg;

/// `TCA_*` attribute types (`include/uapi/linux/rtnetlink.h`).
pub use crate::tables::tc::attrs as tca;

/// `TCA_STATS_*`: the attributes nested in `TCA_STATS2` (`include/uapi/linux/gen_stats.h`).
pub use crate::tables::tc::tca_stats_attrs as tca_stats;

/// `TCA_STAB_*`: the size table nested in `TCA_STAB` (`pkt_sched.h`).
pub use crate::tables::tc::tca_stab_attrs as tca_stab;

/// A few `ETH_P_*` protocol numbers (`include/uapi/linux/if_ether.h`), in
/// host order, for [`FilterRequest::protocol`].
pub mod eth_p {
    /// Every protocol.
    pub const ALL: u16 = 0x0003;
    /// IPv4.
    pub const IP: u16 = 0x0800;
    /// ARP.
    pub const ARP: u16 = 0x0806;
    /// 802.1Q VLAN.
    pub const P_8021Q: u16 = 0x8100;
    /// IPv6.
    pub const IPV6: u16 = 0x86DD;
}

/// `TC_H_MAJ_MASK`.
pub const TC_H_MAJ_MASK: u32 = 0xFFFF_0000;
/// `TC_H_MIN_MASK`.
pub const TC_H_MIN_MASK: u32 = 0x0000_FFFF;
/// `TC_H_UNSPEC`.
pub const TC_H_UNSPEC: u32 = 0;
/// `TC_H_ROOT`: the parent of a root qdisc.
pub const TC_H_ROOT: u32 = 0xFFFF_FFFF;
/// `TC_H_INGRESS`: the parent of the ingress qdisc.
pub const TC_H_INGRESS: u32 = 0xFFFF_FFF1;
/// `TC_H_CLSACT`: the parent of the clsact qdisc (the same value as [`TC_H_INGRESS`]).
pub const TC_H_CLSACT: u32 = TC_H_INGRESS;
/// `TC_H_MIN_PRIORITY`.
pub const TC_H_MIN_PRIORITY: u32 = 0xFFE0;
/// `TC_H_MIN_INGRESS`: the minor of clsact's ingress hook.
pub const TC_H_MIN_INGRESS: u32 = 0xFFF2;
/// `TC_H_MIN_EGRESS`: the minor of clsact's egress hook.
pub const TC_H_MIN_EGRESS: u32 = 0xFFF3;

/// `TC_H_MAJ(h)`: the major half, left in place (`h & 0xFFFF0000`).
pub const fn tc_h_maj(h: u32) -> u32 {
    h & TC_H_MAJ_MASK
}
/// `TC_H_MIN(h)`: the minor half (`h & 0xFFFF`).
pub const fn tc_h_min(h: u32) -> u32 {
    h & TC_H_MIN_MASK
}
/// `TC_H_MAKE(maj, min)`: `maj` is taken in place (already shifted), as in C.
pub const fn tc_h_make(maj: u32, min: u32) -> u32 {
    (maj & TC_H_MAJ_MASK) | (min & TC_H_MIN_MASK)
}

/// A traffic-control handle (`major:minor`, 16 bits each), shown as `tc`
/// prints it: `1:10`, `ffff:`, `:5`, `root`, `none`.
///
/// ```
/// use nlwire::tc::Handle;
/// let h = Handle::parse("1:10")?;
/// assert_eq!(h.get(), 0x0001_0010);
/// assert_eq!((h.major(), h.minor()), (1, 0x10));
/// assert_eq!(h.to_string(), "1:10");
/// assert_eq!(Handle::parse("ffff:")?.to_string(), "ffff:");
/// assert_eq!(Handle::parse("root")?, Handle::ROOT);
/// assert_eq!(Handle::parse("ingress")?, Handle::INGRESS);
/// assert!(Handle::parse("10000:").is_err());
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Handle(pub u32);

impl Handle {
    /// `TC_H_UNSPEC` (0), shown `none`.
    pub const UNSPEC: Handle = Handle(TC_H_UNSPEC);
    /// `TC_H_ROOT`, shown `root`.
    pub const ROOT: Handle = Handle(TC_H_ROOT);
    /// `TC_H_INGRESS` (`ffff:fff1`), the parent of ingress and clsact qdiscs.
    pub const INGRESS: Handle = Handle(TC_H_INGRESS);
    /// `TC_H_CLSACT`, the same value as [`Handle::INGRESS`].
    pub const CLSACT: Handle = Handle(TC_H_CLSACT);
    /// `ffff:`: the handle of the ingress and clsact qdiscs.
    pub const INGRESS_QDISC: Handle = Handle(TC_H_INGRESS & TC_H_MAJ_MASK);

    /// `major:minor`.
    pub const fn new(major: u16, minor: u16) -> Self {
        Handle(((major as u32) << 16) | minor as u32)
    }
    /// The raw 32-bit value.
    pub const fn get(self) -> u32 {
        self.0
    }
    /// The major number (upper 16 bits).
    pub const fn major(self) -> u16 {
        (self.0 >> 16) as u16
    }
    /// The minor number (lower 16 bits).
    pub const fn minor(self) -> u16 {
        (self.0 & TC_H_MIN_MASK) as u16
    }

    /// Parses a handle as `tc` does (`get_tc_classid`): `root`, `none`,
    /// `ingress`/`clsact` ([`Handle::INGRESS`]), hexadecimal `maj:min`,
    /// `maj:`, `:min`, or a bare hexadecimal 32-bit value. Anything else,
    /// or a half above `ffff`, is [`Error::InvalidValue`].
    pub fn parse(s: &str) -> Result<Self> {
        const BAD: Error =
            Error::InvalidValue { what: "tc handle is not root, none, ingress, clsact or hex maj:min" };
        match s {
            "root" => return Ok(Handle::ROOT),
            "none" => return Ok(Handle::UNSPEC),
            "ingress" => return Ok(Handle::INGRESS),
            "clsact" => return Ok(Handle::CLSACT),
            _ => {}
        }
        let hex = |part, max| hex_part(part, max, BAD);
        match s.split_once(':') {
            Some((maj, min)) => {
                let major = hex(maj, 0xFFFF)?;
                let minor = hex(min, 0xFFFF)?;
                Ok(Handle((major << 16) | minor))
            }
            None if s.is_empty() => Err(BAD),
            None => hex(s, u32::MAX).map(Handle),
        }
    }
}

impl From<u32> for Handle {
    fn from(v: u32) -> Self {
        Handle(v)
    }
}

impl From<Handle> for u32 {
    fn from(h: Handle) -> Self {
        h.0
    }
}

impl fmt::Display for Handle {
    /// As iproute2's `print_tc_classid`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let h = self.0;
        if h == TC_H_ROOT {
            f.write_str("root")
        } else if h == TC_H_UNSPEC {
            f.write_str("none")
        } else if tc_h_maj(h) == 0 {
            write!(f, ":{:x}", tc_h_min(h))
        } else if tc_h_min(h) == 0 {
            write!(f, "{:x}:", h >> 16)
        } else {
            write!(f, "{:x}:{:x}", h >> 16, tc_h_min(h))
        }
    }
}

/// `struct tc_stats`: the old `TCA_STATS` counters. The kernel sends 40
/// bytes on 64-bit hosts (the C tail padding `hole1`), 36 on 32-bit ones:
/// [`TcObject::stats`] accepts both.
pub use crate::tables::tc::TcStats;

/// `struct gnet_stats_basic`: bytes and packets. The kernel sends 16 bytes
/// on 64-bit hosts (the C tail padding `hole1`), 12 on 32-bit ones:
/// [`Stats2::basic`] accepts both.
pub use crate::tables::tc::GnetStatsBasic;

/// Copies a struct whose C tail padding the sender may leave out: at least
/// the bytes before `data_len`, at most the whole struct; the rest reads 0.
fn padded<T: FromBytes + IntoBytes + Default>(attr: &Attr<'_>, data_len: usize) -> Result<T> {
    let payload = attr.payload();
    if payload.len() < data_len {
        return Err(Error::AttrSize {
            kind: attr.kind(),
            offset: attr.offset(),
            expected: data_len,
            actual: payload.len(),
        });
    }
    let mut value = T::default();
    let bytes = value.as_mut_bytes();
    let n = payload.len().min(bytes.len());
    if let (Some(dst), Some(src)) = (bytes.get_mut(..n), payload.get(..n)) {
        dst.copy_from_slice(src);
    }
    Ok(value)
}

/// `struct gnet_stats_rate_est`: rate estimator.
pub use crate::tables::tc::GnetStatsRateEst;

/// `struct gnet_stats_rate_est64`: 64-bit rate estimator.
pub use crate::tables::tc::GnetStatsRateEst64;

/// `struct gnet_stats_queue`: queueing statistics.
pub use crate::tables::tc::GnetStatsQueue;

/// `struct tc_estimator` (`TCA_RATE`, the kernel spec's `gnet_estimator`): rate estimator configuration.
pub use crate::tables::tc::GnetEstimator as TcEstimator;

/// `struct tc_ratespec`: a rate inside `tc_htb_opt` and `tc_tbf_qopt`.
pub use crate::tables::tc::TcRatespec as TcRateSpec;

/// `TC_LINKLAYER_*` of `tc_ratespec.linklayer`; `TC_LINKLAYER_UNAWARE`: a
/// ratespec from a tool that sends rate tables.
pub use crate::tables::tc::tc_linklayer::{
    ATM as TC_LINKLAYER_ATM, ETHERNET as TC_LINKLAYER_ETHERNET, UNAWARE as TC_LINKLAYER_UNAWARE,
};

/// `TC_LINKLAYER_MASK`: the bits of `tc_ratespec.linklayer` that hold it.
pub const TC_LINKLAYER_MASK: u8 = 0x0F;

/// Whether a message is about a qdisc, a class, a filter or a chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TcObjectKind {
    /// `RTM_*QDISC`.
    Qdisc,
    /// `RTM_*TCLASS`.
    Class,
    /// `RTM_*TFILTER`.
    Filter,
    /// `RTM_*CHAIN`: a filter chain.
    Chain,
}

/// The options of a qdisc, class or filter, decoded by its kind.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Options<'a> {
    /// `htb`: qdisc (`TCA_HTB_INIT`) or class (`TCA_HTB_PARMS`).
    Htb(Htb<'a>),
    /// `tbf`.
    Tbf(Tbf<'a>),
    /// `pfifo`, `bfifo`, `pfifo_head_drop`: `struct tc_fifo_qopt`.
    Fifo(&'a TcFifoQopt),
    /// `pfifo_fast`, `prio`: `struct tc_prio_qopt`.
    Prio(&'a TcPrioQopt),
    /// The `u32` classifier.
    U32(U32<'a>),
    /// A kind without options (`mq`, `ingress`, `clsact`, `noqueue`) sent an
    /// empty `TCA_OPTIONS`.
    Empty,
    /// Any other kind (or a kind above with unexpected bytes): the raw payload.
    Raw(&'a [u8]),
}

/// Kinds whose `TCA_OPTIONS` is a `struct tc_fifo_qopt`.
const FIFO_KINDS: [&str; 3] = ["pfifo", "bfifo", "pfifo_head_drop"];
/// Kinds whose `TCA_OPTIONS` starts with a `struct tc_prio_qopt`.
const PRIO_KINDS: [&str; 2] = ["pfifo_fast", "prio"];
/// Kinds that have no options.
const EMPTY_KINDS: [&str; 4] = ["mq", "ingress", "clsact", "noqueue"];

/// One hexadecimal part of a handle, as `tc` reads them: empty is 0, else
/// 1 to 8 hex digits (no `0x`) worth at most `max`; anything else is `bad`.
pub(crate) fn hex_part(part: &str, max: u32, bad: Error) -> Result<u32> {
    if part.is_empty() {
        return Ok(0);
    }
    if part.len() > 8 || !part.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(bad);
    }
    match u32::from_str_radix(part, 16) {
        Ok(v) if v <= max => Ok(v),
        _ => Err(bad),
    }
}

/// Getters of one [`Options`] variant of [`TcObject::options`]: `None`
/// when the options are absent or of another kind.
macro_rules! options_as {
    ($($(#[$doc:meta])* $name:ident -> $ty:ty = $variant:ident;)+) => {
        $(
            $(#[$doc])*
            pub fn $name(&self) -> Result<Option<$ty>> {
                Ok(match self.options()? {
                    Some(Options::$variant(v)) => Some(v),
                    _ => None,
                })
            }
        )+
    };
}

/// A view of a qdisc, class or filter message.
#[derive(Clone, Debug)]
pub struct TcObject<'a> {
    header: &'a TcMsg,
    attrs: Attrs<'a>,
    object: TcObjectKind,
}

impl<'a> TcObject<'a> {
    /// Checks the message type (any qdisc, class or filter type) and header size.
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        use msg_type::*;
        let kinds = [
            RTM_NEWQDISC,
            RTM_DELQDISC,
            RTM_GETQDISC,
            RTM_NEWTCLASS,
            RTM_DELTCLASS,
            RTM_GETTCLASS,
            RTM_NEWTFILTER,
            RTM_DELTFILTER,
            RTM_GETTFILTER,
            RTM_NEWCHAIN,
            RTM_DELCHAIN,
            RTM_GETCHAIN,
        ];
        let (header, attrs) = split(msg, &kinds, "tc")?;
        let object = match msg.kind() {
            RTM_NEWQDISC | RTM_DELQDISC | RTM_GETQDISC => TcObjectKind::Qdisc,
            RTM_NEWTCLASS | RTM_DELTCLASS | RTM_GETTCLASS => TcObjectKind::Class,
            RTM_NEWCHAIN | RTM_DELCHAIN | RTM_GETCHAIN => TcObjectKind::Chain,
            _ => TcObjectKind::Filter,
        };
        Ok(TcObject { header, attrs, object })
    }
    /// The family header.
    pub fn header(&self) -> &'a TcMsg {
        self.header
    }
    /// All attributes, in order.
    pub fn attrs(&self) -> Attrs<'a> {
        self.attrs.clone()
    }
    /// Qdisc, class or filter, from the message type.
    pub fn object(&self) -> TcObjectKind {
        self.object
    }
    /// Address family.
    pub fn family(&self) -> u8 {
        self.header.family
    }
    /// Interface index.
    pub fn ifindex(&self) -> i32 {
        self.header.ifindex.get()
    }
    /// `tcm_handle`. For filters it is kind-specific (u32: see
    /// [`u32::U32Handle`]). `tc qdisc show` prints a qdisc's handle as
    /// `{major:x}:` (`0:` for the kernel's default qdiscs), while
    /// [`Handle`]'s `Display` follows `print_tc_classid` (`none` for 0).
    pub fn handle(&self) -> Handle {
        Handle(self.header.handle.get())
    }
    /// `tcm_parent`.
    pub fn parent(&self) -> Handle {
        Handle(self.header.parent.get())
    }
    /// `tcm_info` as sent: qdisc reference count, a class's leaf qdisc, or a
    /// filter's priority and protocol (see [`prio`](Self::prio), [`protocol`](Self::protocol)).
    pub fn info(&self) -> u32 {
        self.header.info.get()
    }
    /// Filters: the `ETH_P_*` protocol in host order (`tcm_info`'s lower 16
    /// bits hold it in network order, `TC_H_MIN(info)` then `ntohs`).
    pub fn protocol(&self) -> u16 {
        // The low half of the native u32 holds the two protocol bytes in
        // network order, so reinterpreting them as big-endian is `ntohs`.
        u16::from_be((self.info() & TC_H_MIN_MASK) as u16)
    }
    /// Filters: the priority (`tc`'s `pref`), `tcm_info >> 16`.
    pub fn prio(&self) -> u16 {
        (self.info() >> 16) as u16
    }
    /// `TCA_KIND`: `"htb"`, `"noqueue"`, `"u32"`, ...
    pub fn kind(&self) -> Result<Option<&'a str>> {
        self.attrs.find(tca::KIND)?.map(|a| a.str()).transpose()
    }
    /// `TCA_OPTIONS` as sent.
    pub fn options_attr(&self) -> Result<Option<Attr<'a>>> {
        self.attrs.find(tca::OPTIONS)
    }
    /// `TCA_OPTIONS` read as a nest (for kinds whose options are attributes).
    pub fn options_attrs(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.options_attr()?.map(|a| a.nested()))
    }
    /// `TCA_OPTIONS` decoded by [`kind`](Self::kind); `None` when absent.
    pub fn options(&self) -> Result<Option<Options<'a>>> {
        let Some(attr) = self.options_attr()? else {
            return Ok(None);
        };
        let payload = attr.payload();
        let kind = self.kind()?.unwrap_or("");
        let opts = match kind {
            "htb" => Options::Htb(Htb::new(attr.nested())),
            "tbf" => Options::Tbf(Tbf::new(attr.nested())),
            "u32" => Options::U32(U32::new(attr.nested())),
            k if FIFO_KINDS.contains(&k) => Options::Fifo(attr.as_struct()?),
            k if PRIO_KINDS.contains(&k) => Options::Prio(attr.as_struct()?),
            k if EMPTY_KINDS.contains(&k) && payload.is_empty() => Options::Empty,
            _ => Options::Raw(payload),
        };
        Ok(Some(opts))
    }
    options_as! {
        /// The htb options, if this is an htb qdisc or class.
        htb -> Htb<'a> = Htb;
        /// The tbf options, if this is a tbf qdisc.
        tbf -> Tbf<'a> = Tbf;
        /// The fifo limit struct, if this is a pfifo, bfifo or pfifo_head_drop qdisc.
        fifo -> &'a TcFifoQopt = Fifo;
        /// The band map, if this is a pfifo_fast or prio qdisc.
        prio_qopt -> &'a TcPrioQopt = Prio;
        /// The u32 options, if this is a u32 filter.
        u32 -> U32<'a> = U32;
    }
    /// `TCA_STATS2`: the nested statistics.
    pub fn stats2(&self) -> Result<Option<Stats2<'a>>> {
        Ok(self.attrs.find(tca::STATS2)?.map(|a| Stats2 { attrs: a.nested() }))
    }
    /// `TCA_STATS`: the old fixed statistics struct.
    pub fn stats(&self) -> Result<Option<TcStats>> {
        let data_len = core::mem::offset_of!(TcStats, hole1);
        self.attrs.find(tca::STATS)?.map(|a| padded(&a, data_len)).transpose()
    }
    /// `TCA_XSTATS`: kind-specific statistics, raw (`tc_htb_xstats` for htb
    /// classes, see [`htb::TcHtbXstats`]).
    pub fn xstats(&self) -> Result<Option<&'a [u8]>> {
        Ok(self.attrs.find(tca::XSTATS)?.map(|a| a.payload()))
    }
    /// The kind's own counters, as tc finds them: `TCA_STATS_APP` in
    /// `TCA_STATS2`, else the old `TCA_XSTATS` (read with
    /// [`Attr::as_struct`], as [`htb::TcHtbXstats`] for an htb class).
    pub fn kind_stats(&self) -> Result<Option<Attr<'a>>> {
        if let Some(stats) = self.attrs.find(tca::STATS2)? {
            if let Some(app) = stats.nested().find(tca_stats::APP)? {
                return Ok(Some(app));
            }
        }
        self.attrs.find(tca::XSTATS)
    }
    /// `TCA_RATE`: the rate estimator configuration.
    pub fn rate_estimator(&self) -> Result<Option<&'a TcEstimator>> {
        self.attrs.find(tca::RATE)?.map(|a| a.as_struct()).transpose()
    }
    /// `TCA_CHAIN`: the filter chain index.
    pub fn chain(&self) -> Result<Option<u32>> {
        self.attrs.find(tca::CHAIN)?.map(|a| a.u32()).transpose()
    }
    /// `TCA_HW_OFFLOAD`: whether the qdisc is offloaded to hardware.
    pub fn hw_offload(&self) -> Result<Option<bool>> {
        self.attrs.find(tca::HW_OFFLOAD)?.map(|a| a.u8().map(|v| v != 0)).transpose()
    }
    /// `TCA_INGRESS_BLOCK`: shared block index of the ingress side.
    pub fn ingress_block(&self) -> Result<Option<u32>> {
        self.attrs.find(tca::INGRESS_BLOCK)?.map(|a| a.u32()).transpose()
    }
    /// `TCA_EGRESS_BLOCK`: shared block index of the egress side.
    pub fn egress_block(&self) -> Result<Option<u32>> {
        self.attrs.find(tca::EGRESS_BLOCK)?.map(|a| a.u32()).transpose()
    }
    /// `TCA_DUMP_INVISIBLE`: the qdisc is hidden from normal dumps.
    pub fn dump_invisible(&self) -> Result<bool> {
        Ok(self.attrs.find(tca::DUMP_INVISIBLE)?.is_some())
    }
    /// `TCA_EXT_WARN_MSG`: a warning the kernel attached to the object.
    pub fn ext_warn_msg(&self) -> Result<Option<&'a str>> {
        self.attrs.find(tca::EXT_WARN_MSG)?.map(|a| a.str()).transpose()
    }
}

/// The `TCA_STATS2` nest.
#[derive(Clone, Debug)]
pub struct Stats2<'a> {
    attrs: Attrs<'a>,
}

impl<'a> Stats2<'a> {
    /// A view of a `TCA_STATS2` payload.
    pub fn new(attrs: Attrs<'a>) -> Self {
        Stats2 { attrs }
    }
    /// The nested attributes.
    pub fn attrs(&self) -> Attrs<'a> {
        self.attrs.clone()
    }
    /// `TCA_STATS_BASIC`: bytes and packets.
    pub fn basic(&self) -> Result<Option<GnetStatsBasic>> {
        let data_len = core::mem::offset_of!(GnetStatsBasic, hole1);
        self.attrs.find(tca_stats::BASIC)?.map(|a| padded(&a, data_len)).transpose()
    }
    /// `TCA_STATS_BASIC_HW`: the part of [`basic`](Self::basic) done in hardware.
    pub fn basic_hw(&self) -> Result<Option<GnetStatsBasic>> {
        let data_len = core::mem::offset_of!(GnetStatsBasic, hole1);
        self.attrs.find(tca_stats::BASIC_HW)?.map(|a| padded(&a, data_len)).transpose()
    }
    /// `TCA_STATS_RATE_EST`.
    pub fn rate_est(&self) -> Result<Option<&'a GnetStatsRateEst>> {
        self.find_struct(tca_stats::RATE_EST)
    }
    /// `TCA_STATS_RATE_EST64`.
    pub fn rate_est64(&self) -> Result<Option<&'a GnetStatsRateEst64>> {
        self.find_struct(tca_stats::RATE_EST64)
    }
    /// `TCA_STATS_QUEUE`: qlen, backlog, drops, requeues, overlimits.
    pub fn queue(&self) -> Result<Option<&'a GnetStatsQueue>> {
        self.find_struct(tca_stats::QUEUE)
    }
    /// `TCA_STATS_APP`: kind-specific statistics, raw.
    pub fn app(&self) -> Result<Option<&'a [u8]>> {
        Ok(self.attrs.find(tca_stats::APP)?.map(|a| a.payload()))
    }
    /// `TCA_STATS_PKT64`: the 64-bit packet count.
    pub fn pkt64(&self) -> Result<Option<u64>> {
        self.attrs.find(tca_stats::PKT64)?.map(|a| a.u64()).transpose()
    }
    /// Bytes seen, from `TCA_STATS_BASIC`.
    pub fn bytes(&self) -> Result<Option<u64>> {
        Ok(self.basic()?.map(|b| b.bytes.get()))
    }
    /// Packets seen: `TCA_STATS_PKT64` when present, else the 32-bit count
    /// of `TCA_STATS_BASIC`.
    pub fn packets(&self) -> Result<Option<u64>> {
        if let Some(p) = self.pkt64()? {
            return Ok(Some(p));
        }
        Ok(self.basic()?.map(|b| u64::from(b.packets.get())))
    }

    fn find_struct<T: FromBytes + KnownLayout + Immutable + Unaligned>(
        &self,
        kind: u16,
    ) -> Result<Option<&'a T>> {
        self.attrs.find(kind)?.map(|a| a.as_struct()).transpose()
    }
}

// ---------------------------------------------------------------------------
// Spec tables
// ---------------------------------------------------------------------------

/// A rate in bytes per second: the larger of a `tc_ratespec`'s 32-bit
/// rate and its 64-bit attribute (the kernel sends both when the rate does
/// not fit 32 bits).
pub(crate) fn wide_rate(spec: Option<&TcRateSpec>, rate64: Option<u64>) -> Option<u64> {
    match (spec.map(|s| u64::from(s.rate.get())), rate64) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::test_prelude::*;

    /// A whole netlink message: header, `struct tcmsg`, `attrs`.
    pub(crate) fn tc_message(kind: u16, tcm: [u32; 4], attrs: &[u8]) -> Vec<u8> {
        let [ifindex, handle, parent, info] = tcm;
        let mut m = Vec::new();
        let len = 16 + 20 + attrs.len();
        m.extend_from_slice(&(len as u32).to_ne_bytes());
        m.extend_from_slice(&kind.to_ne_bytes());
        m.extend_from_slice(&0x2u16.to_ne_bytes()); // NLM_F_MULTI
        m.extend_from_slice(&1u32.to_ne_bytes());
        m.extend_from_slice(&0u32.to_ne_bytes());
        m.extend_from_slice(&[0, 0, 0, 0]); // family, pad1, pad2
        for v in [ifindex, handle, parent, info] {
            m.extend_from_slice(&v.to_ne_bytes());
        }
        m.extend_from_slice(attrs);
        m
    }

    #[test]
    fn struct_sizes_match_the_uapi() {
        use core::mem::size_of;
        assert_eq!(size_of::<TcMsg>(), 20);
        assert_eq!(size_of::<TcMsg>(), crate::tables::tc::TCMSG.size);
        // The kernel sends these with the C struct's tail padding (40 and 16
        // bytes on 64-bit, as tests/fixtures' qdisc dump shows); the views
        // also accept them without it.
        assert_eq!(core::mem::offset_of!(TcStats, hole1), 36);
        assert_eq!(core::mem::offset_of!(GnetStatsBasic, hole1), 12);
        assert_eq!(size_of::<GnetStatsRateEst>(), crate::tables::tc::GNET_STATS_RATE_EST.size);
        assert_eq!(size_of::<GnetStatsRateEst64>(), crate::tables::tc::GNET_STATS_RATE_EST64.size);
        assert_eq!(size_of::<GnetStatsQueue>(), crate::tables::tc::GNET_STATS_QUEUE.size);
        assert_eq!(size_of::<TcRateSpec>(), 12);
    }

    #[test]
    fn handles_parse_and_print_like_tc() {
        let cases: [(&str, u32, &str); 9] = [
            ("1:10", 0x0001_0010, "1:10"),
            ("1:", 0x0001_0000, "1:"),
            ("ffff:", 0xFFFF_0000, "ffff:"),
            (":a", 0x0000_000A, ":a"),
            ("root", 0xFFFF_FFFF, "root"),
            ("none", 0, "none"),
            ("ingress", 0xFFFF_FFF1, "ffff:fff1"),
            ("clsact", 0xFFFF_FFF1, "ffff:fff1"),
            ("FFFF:FFF2", 0xFFFF_FFF2, "ffff:fff2"),
        ];
        for (text, raw, shown) in cases {
            let h = Handle::parse(text).unwrap();
            assert_eq!(h.get(), raw, "{text}");
            assert_eq!(h.to_string(), shown, "{text}");
        }
        // A bare number is the raw value, as get_tc_classid reads it.
        assert_eq!(Handle::parse("10").unwrap(), Handle(0x10));
        assert_eq!(Handle::new(1, 0x10), Handle(0x10010));
        assert_eq!(Handle::INGRESS_QDISC.to_string(), "ffff:");
        for bad in ["", "1:2:3", "10000:", ":10000", "g:", "1:-1", "+1:", "123456789", " 1:"] {
            assert!(
                matches!(Handle::parse(bad), Err(Error::InvalidValue { .. })),
                "{bad:?} should be refused"
            );
        }
        assert_eq!(tc_h_make(0x0001_0000, 0x10), 0x0001_0010);
        assert_eq!(tc_h_maj(0x0001_0010), 0x0001_0000);
        assert_eq!(tc_h_min(0x0001_0010), 0x10);
    }

    #[test]
    fn filter_info_splits_into_prio_and_protocol() {
        // tcm_info = TC_H_MAKE(prio << 16, htons(ETH_P_IP)), built from bytes:
        // the low half holds 08 00 in memory order on either endianness.
        let prio: u32 = 49152;
        let info = (prio << 16) | u32::from(u16::from_ne_bytes(0x0800u16.to_be_bytes()));
        let msg = tc_message(msg_type::RTM_NEWTFILTER, [2, 0x800, 0x10000, info], &[]);
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let f = TcObject::parse(&m).unwrap();
        assert_eq!(f.object(), TcObjectKind::Filter);
        assert_eq!(f.prio(), 49152);
        assert_eq!(f.protocol(), eth_p::IP);
    }

    #[test]
    fn unknown_kind_keeps_raw_options_and_formats() {
        let mut attrs = Vec::new();
        put_attr(&mut attrs, tca::KIND, b"fq_codel\0");
        put_attr(&mut attrs, tca::OPTIONS, &[1, 2, 3]);
        put_attr(&mut attrs, 99, &[7]);
        let msg = tc_message(msg_type::RTM_NEWQDISC, [3, 0x80010000, TC_H_ROOT, 1], &attrs);
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let q = TcObject::parse(&m).unwrap();
        assert!(matches!(q.options().unwrap(), Some(Options::Raw(&[1, 2, 3]))));
        assert!(q.htb().unwrap().is_none());
        let mut s = String::new();
        crate::fmt::write_json(&m, &mut s).unwrap();
        // fq_codel's options are a nest: three bytes are a broken chain, shown as such.
        assert!(s.contains("[\"TCA_OPTIONS\",[[\"error\","), "{s}");
        assert!(s.contains("[\"99\",\"07\"]"), "{s}");
        assert_eq!(q.handle().to_string(), "8001:");
        assert_eq!("root", q.parent().to_string());
    }

    /// A kind's counters without `TCA_STATS2`'s: the old `TCA_XSTATS`.
    #[test]
    fn kind_stats_fall_back_to_xstats() {
        let mut attrs = Vec::new();
        put_attr(&mut attrs, tca::KIND, b"htb\0");
        put_attr(&mut attrs, tca::XSTATS, &[1, 2, 3, 4]);
        let msg = tc_message(msg_type::RTM_NEWTCLASS, [2, 0x0001_0010, TC_H_ROOT, 0], &attrs);
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let class = TcObject::parse(&m).unwrap();
        assert_eq!(class.kind_stats().unwrap().map(|a| a.payload()), Some(&[1u8, 2, 3, 4][..]));
    }

    /// A `TCA_STATS2` nest as a 64-bit kernel writes it (`gnet_stats_basic`
    /// padded to 16 bytes), with the rarer members.
    #[test]
    fn stats2_members() {
        let mut nest = Vec::new();
        let mut basic = Vec::new();
        basic.extend_from_slice(&5_000_000_000u64.to_ne_bytes());
        basic.extend_from_slice(&u32::MAX.to_ne_bytes());
        basic.extend_from_slice(&[0; 4]);
        put_attr(&mut nest, tca_stats::BASIC, &basic);
        let mut hw = Vec::new();
        hw.extend_from_slice(&1000u64.to_ne_bytes());
        hw.extend_from_slice(&10u32.to_ne_bytes());
        hw.extend_from_slice(&[0; 4]); // the C struct's tail padding, as the kernel sends it
        put_attr(&mut nest, tca_stats::BASIC_HW, &hw);
        let mut est = Vec::new();
        est.extend_from_slice(&300u32.to_ne_bytes());
        est.extend_from_slice(&4u32.to_ne_bytes());
        put_attr(&mut nest, tca_stats::RATE_EST, &est);
        put_attr(&mut nest, tca_stats::PKT64, &(1u64 << 33).to_ne_bytes());
        put_attr(&mut nest, tca_stats::APP, &[9, 9]);
        let mut attrs = Vec::new();
        put_attr(&mut attrs, tca::KIND, b"mq\0");
        put_attr(&mut attrs, tca::STATS2, &nest);
        put_attr(&mut attrs, tca::RATE, &[(-1i8) as u8, 3]);
        let msg = tc_message(msg_type::RTM_NEWQDISC, [2, 0x8000_0000, TC_H_ROOT, 1], &attrs);
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let q = TcObject::parse(&m).unwrap();
        let s = q.stats2().unwrap().unwrap();
        assert_eq!(s.bytes().unwrap(), Some(5_000_000_000));
        assert_eq!(s.basic().unwrap().unwrap().packets.get(), u32::MAX);
        assert_eq!(s.packets().unwrap(), Some(1 << 33), "TCA_STATS_PKT64 wins");
        assert_eq!(s.basic_hw().unwrap().unwrap().bytes.get(), 1000);
        assert_eq!(s.rate_est().unwrap().unwrap().bps.get(), 300);
        assert_eq!(s.app().unwrap(), Some(&[9u8, 9][..]));
        assert_eq!(q.kind_stats().unwrap().map(|a| a.payload()), Some(&[9u8, 9][..]), "the app's, in STATS2");
        assert!(s.queue().unwrap().is_none());
        assert!(s.rate_est64().unwrap().is_none());
        let est = q.rate_estimator().unwrap().unwrap();
        assert_eq!((est.interval, est.ewma_log), (-1, 3));
        assert!(q.options().unwrap().is_none());
        assert_eq!(m.get_path(&["stats2", "pkt64"]).unwrap(), Some(crate::spec::Value::U64(1 << 33)));
        assert_eq!(
            m.get_path(&["stats2", "basic_hw", "packets"]).unwrap(),
            Some(crate::spec::Value::U32(10))
        );
    }

    #[test]
    #[cfg_attr(target_endian = "big", ignore = "the corpus is a little-endian capture")]
    fn wrong_message_type_is_refused() {
        let dump = include_bytes!("../../../tests/fixtures/kernel-6.18/link_dump_unspec.bin");
        let msg = Messages::new(dump).next().unwrap().unwrap();
        assert!(matches!(TcObject::parse(&msg), Err(Error::WrongMessageType { expected: "tc", .. })));
    }
}
