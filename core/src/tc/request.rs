//! Typed tc requests: qdiscs, classes and filters, with `tc`'s verbs and flags.
//!
//! | verb | qdisc flags | class / filter flags |
//! | --- | --- | --- |
//! | [`TcOp::Add`] | `CREATE\|EXCL` | `CREATE\|EXCL` |
//! | [`TcOp::Replace`] | `CREATE\|REPLACE` | `CREATE` |
//! | [`TcOp::Change`] | none | none |
//! | [`TcOp::Delete`] | `RTM_DEL*`, none | `RTM_DEL*`, none |
//!
//! (as iproute2's `tc qdisc|class|filter add|replace|change|delete`), plus
//! `REQUEST|ACK` on each; dumps are `REQUEST|DUMP`.
//!
//! Rates are in **bytes per second** (the kernel's unit: `tc`'s `1mbit` is
//! 125 000), bursts and limits in bytes.
//!
//! # Rate tables
//!
//! iproute2 still sends a 1 KiB rate table (`TCA_HTB_RTAB`/`CTAB`,
//! `TCA_TBF_RTAB`) with each rate. The kernel only reads one when the
//! `tc_ratespec` says `TC_LINKLAYER_UNAWARE`, and then throws the table away
//! ("Keeping backward compatible with rate_table based iproute2 tc" in
//! `net/sched/sch_htb.c` and `sch_tbf.c`): it computes transmission times
//! from `rate` (or `TCA_*_RATE64`) and the link layer. These requests set
//! `linklayer = TC_LINKLAYER_ETHERNET` and send no tables.
//!
//! # Bursts
//!
//! htb takes its bursts only as times (`buffer`/`cbuffer`, in 64 ns
//! scheduler ticks, `PSCHED_SHIFT` 6); tbf takes `TCA_TBF_BURST` in bytes
//! and the same time in `buffer`. Both are computed as iproute2's
//! `tc_calc_xmittime`: `bytes * 15 625 000 / rate` ([`xmit_ticks`]). An htb
//! burst left `None` is iproute2's default, `rate / HZ + mtu` with `mtu`
//! 1600 and `HZ` read from `/proc/net/psched`, which is 1 000 000 000 on
//! kernels with high-resolution timers ([`default_htb_burst`]).
//!
//! ```
//! use nlwire::build::Builder;
//! use nlwire::tc::request::{HtbClass, HtbQdisc};
//! use nlwire::tc::{ClassKind, ClassRequest, Handle, QdiscKind, QdiscRequest, TcObject, TcOp};
//! use nlwire::Messages;
//!
//! let mut buf = [0u8; 512];
//! let mut b = Builder::new(&mut buf);
//! let qdisc = QdiscRequest {
//!     op: TcOp::Add,
//!     ifindex: 2,
//!     handle: Handle::parse("1:")?,
//!     parent: Handle::ROOT,
//!     kind: QdiscKind::Htb(HtbQdisc { default_class: 0x10, ..HtbQdisc::default() }),
//! };
//! b.push(&qdisc, 1)?;
//! let class = ClassRequest {
//!     op: TcOp::Add,
//!     ifindex: 2,
//!     classid: Handle::parse("1:10")?,
//!     parent: Handle::parse("1:")?,
//!     kind: ClassKind::Htb(HtbClass { ceil: Some(250_000), ..HtbClass::new(125_000) }),
//! };
//! b.push(&class, 2)?;
//! let mut msgs = Messages::new(b.as_bytes());
//! let q = TcObject::parse(&msgs.next().unwrap()?)?;
//! assert_eq!(q.htb()?.unwrap().init()?.unwrap().defcls.get(), 0x10);
//! let c = TcObject::parse(&msgs.next().unwrap()?)?;
//! assert_eq!(c.htb()?.unwrap().ceil()?, Some(250_000));
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::Ipv4Addr;

use zerocopy::IntoBytes;

use crate::build::{Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::message::{msg_type, MsgFlags};
use crate::tc::htb::{tca_htb, TcHtbGlob, TcHtbOpt, TC_HTB_NUMPRIO, TC_HTB_PROTOVER};
use crate::tc::tbf::{tca_tbf, TcTbfQopt};
use crate::tc::u32::{tca_u32, TcU32Key, TcU32SelHdr, TC_U32_TERMINAL};
use crate::tc::{tca, Handle, TcMsg, TcRateSpec, TC_LINKLAYER_ETHERNET};

/// Scheduler ticks per second: the kernel's tick is 64 ns (`PSCHED_SHIFT` 6).
pub const TICKS_PER_SEC: u64 = 15_625_000;

/// `HZ` as iproute2 reads it from `/proc/net/psched` on kernels with
/// high-resolution timers (`NSEC_PER_SEC / hrtimer_resolution`).
pub const PSCHED_HZ: u64 = 1_000_000_000;

/// iproute2's default htb `mtu`, added to every default burst.
pub const HTB_DEFAULT_MTU: u32 = 1600;

/// Longest qdisc/classifier kind name (`IFNAMSIZ - 1`).
pub const KIND_MAX_LEN: usize = 15;

/// The time to send `bytes` at `rate` bytes/s, in scheduler ticks: iproute2's
/// `tc_calc_xmittime` (`bytes * 15 625 000 / rate`, rounded down).
///
/// ```
/// use nlwire::tc::request::xmit_ticks;
/// // 1600 bytes at 10 Mbit/s (1 250 000 B/s) take 1.28 ms = 20 000 ticks of 64 ns.
/// assert_eq!(xmit_ticks(1_250_000, 1600), Ok(20_000));
/// assert!(xmit_ticks(0, 1600).is_err());
/// ```
pub fn xmit_ticks(rate: u64, bytes: u32) -> Result<u32> {
    if rate == 0 {
        return Err(Error::InvalidValue { what: "tc rate of 0" });
    }
    let ticks = u128::from(bytes) * u128::from(TICKS_PER_SEC) / u128::from(rate);
    u32::try_from(ticks)
        .map_err(|_| Error::InvalidValue { what: "tc burst too long for its rate (over 2^32 ticks)" })
}

/// iproute2's default htb burst for `rate` bytes/s: `rate / HZ + 1600`
/// (see the [module docs](self)).
pub fn default_htb_burst(rate: u64) -> Result<u32> {
    u32::try_from(rate / PSCHED_HZ)
        .ok()
        .and_then(|b| b.checked_add(HTB_DEFAULT_MTU))
        .ok_or(Error::InvalidValue { what: "htb rate too high for a default burst" })
}

/// A rate as the kernel reads it: `tc_ratespec.rate` saturated at
/// `u32::MAX`, the full value in `TCA_*_RATE64` when it does not fit.
fn ratespec(rate: u64) -> TcRateSpec {
    TcRateSpec {
        linklayer: TC_LINKLAYER_ETHERNET,
        rate: u32::try_from(rate).unwrap_or(u32::MAX).into(),
        ..TcRateSpec::default()
    }
}

fn needs_rate64(rate: u64) -> bool {
    rate > u64::from(u32::MAX)
}

/// What a request does to the object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TcOp {
    /// Create; fail if it exists (`tc ... add`).
    Add,
    /// Create or replace (`tc ... replace`).
    Replace,
    /// Change an existing object (`tc ... change`).
    Change,
    /// Delete (`tc ... delete`).
    Delete,
}

impl TcOp {
    fn header(self, new: u16, del: u16, replace: MsgFlags, seq: u32) -> Header {
        let base = MsgFlags::REQUEST | MsgFlags::ACK;
        match self {
            TcOp::Add => Header::new(new, base | MsgFlags::CREATE | MsgFlags::EXCL, seq),
            TcOp::Replace => Header::new(new, base | replace, seq),
            TcOp::Change => Header::new(new, base, seq),
            TcOp::Delete => Header::new(del, base, seq),
        }
    }
    fn creates(self) -> bool {
        matches!(self, TcOp::Add | TcOp::Replace)
    }
}

fn check_kind(name: &str) -> Result<()> {
    if name.is_empty() {
        return Err(Error::InvalidValue { what: "tc kind is empty" });
    }
    if name.len() > KIND_MAX_LEN {
        return Err(Error::InvalidValue { what: "tc kind longer than 15 bytes" });
    }
    if name.as_bytes().contains(&0) {
        return Err(Error::InvalidValue { what: "tc kind contains a NUL byte" });
    }
    Ok(())
}

fn tcmsg(ifindex: i32, handle: u32, parent: u32, info: u32) -> TcMsg {
    TcMsg {
        ifindex: ifindex.into(),
        handle: handle.into(),
        parent: parent.into(),
        info: info.into(),
        ..TcMsg::default()
    }
}

/// Writes `TCA_KIND` and, when given, `TCA_OPTIONS` with raw bytes.
fn emit_other(m: &mut MessageWriter<'_>, kind: &str, options: Option<&[u8]>) -> Result<()> {
    m.str(tca::KIND, kind)?;
    match options {
        Some(o) => m.attr(tca::OPTIONS, o),
        None => Ok(()),
    }
}

// ---------------------------------------------------------------------------
// Qdiscs
// ---------------------------------------------------------------------------

/// Settings of an htb qdisc (`tc qdisc add ... htb default 10 r2q 10`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HtbQdisc {
    /// Minor number of the class unclassified traffic goes to (`default`,
    /// hexadecimal in `tc`: `default 10` is `0x10`); 0 sends it unshaped.
    pub default_class: u32,
    /// Divisor from class rate to quantum (`r2q`), 10 by default.
    pub r2q: u32,
    /// `TCA_HTB_DIRECT_QLEN`: length of the unshaped queue.
    pub direct_qlen: Option<u32>,
    /// `TCA_HTB_OFFLOAD`: offload to hardware.
    pub offload: bool,
}

impl Default for HtbQdisc {
    /// `default 0`, `r2q 10`, as `tc`.
    fn default() -> Self {
        HtbQdisc { default_class: 0, r2q: 10, direct_qlen: None, offload: false }
    }
}

/// Peak rate of a tbf qdisc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TbfPeak {
    /// Peak rate in bytes per second; must exceed the token rate.
    pub rate: u64,
    /// Size of the peak bucket in bytes (`mtu`/`minburst`).
    pub mtu: u32,
}

/// Settings of a tbf qdisc (`tc qdisc add ... tbf rate R burst B limit L`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TbfQdisc {
    /// Token rate in bytes per second.
    pub rate: u64,
    /// Bucket size in bytes.
    pub burst: u32,
    /// Bytes that may wait for tokens (0: drop what cannot pass at once).
    pub limit: u32,
    /// Optional peak rate.
    pub peak: Option<TbfPeak>,
}

/// The kind of qdisc a request creates, with its options.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QdiscKind<'a> {
    /// No `TCA_KIND`: for deletes (`tc qdisc del dev X root`) and changes.
    Unspecified,
    /// `htb`.
    Htb(HtbQdisc),
    /// `tbf`.
    Tbf(TbfQdisc),
    /// `pfifo`, with an optional limit in packets.
    Pfifo {
        /// Queue length in packets (`None`: the device's `txqueuelen`).
        limit: Option<u32>,
    },
    /// `bfifo`, with an optional limit in bytes.
    Bfifo {
        /// Queue length in bytes (`None`: `txqueuelen * mtu`).
        limit: Option<u32>,
    },
    /// `pfifo_fast` (no options).
    PfifoFast,
    /// `mq` (no options).
    Mq,
    /// `ingress` (no options; see [`QdiscRequest::ingress`]).
    Ingress,
    /// `clsact` (no options; see [`QdiscRequest::clsact`]).
    Clsact,
    /// `noqueue` (no options).
    Noqueue,
    /// Any other kind: its name and the raw `TCA_OPTIONS` payload, if any.
    Other {
        /// Kind name, such as `"fq_codel"`.
        kind: &'a str,
        /// The `TCA_OPTIONS` payload as the kind expects it (a nest's
        /// content or a struct); written without `NLA_F_NESTED`.
        options: Option<&'a [u8]>,
    },
}

impl QdiscKind<'_> {
    /// The `TCA_KIND` string.
    pub fn name(&self) -> Option<&str> {
        Some(match self {
            QdiscKind::Unspecified => return None,
            QdiscKind::Htb(_) => "htb",
            QdiscKind::Tbf(_) => "tbf",
            QdiscKind::Pfifo { .. } => "pfifo",
            QdiscKind::Bfifo { .. } => "bfifo",
            QdiscKind::PfifoFast => "pfifo_fast",
            QdiscKind::Mq => "mq",
            QdiscKind::Ingress => "ingress",
            QdiscKind::Clsact => "clsact",
            QdiscKind::Noqueue => "noqueue",
            QdiscKind::Other { kind, .. } => kind,
        })
    }

    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        match *self {
            QdiscKind::Unspecified => Ok(()),
            QdiscKind::Other { kind, options } => emit_other(m, kind, options),
            QdiscKind::Htb(h) => {
                m.str(tca::KIND, "htb")?;
                emit_htb_qdisc(m, &h)
            }
            QdiscKind::Tbf(t) => {
                m.str(tca::KIND, "tbf")?;
                emit_tbf(m, &t)
            }
            QdiscKind::Pfifo { limit } | QdiscKind::Bfifo { limit } => {
                m.str(tca::KIND, self.name().unwrap_or(""))?;
                match limit {
                    // struct tc_fifo_qopt, not a nest
                    Some(l) => m.u32(tca::OPTIONS, l),
                    None => Ok(()),
                }
            }
            QdiscKind::PfifoFast
            | QdiscKind::Mq
            | QdiscKind::Ingress
            | QdiscKind::Clsact
            | QdiscKind::Noqueue => m.str(tca::KIND, self.name().unwrap_or("")),
        }
    }
}

fn emit_htb_qdisc(m: &mut MessageWriter<'_>, h: &HtbQdisc) -> Result<()> {
    let glob = TcHtbGlob {
        version: TC_HTB_PROTOVER.into(),
        rate2quantum: h.r2q.into(),
        defcls: h.default_class.into(),
        ..TcHtbGlob::default()
    };
    m.nest(tca::OPTIONS, |m| {
        m.struct_attr(tca_htb::INIT, &glob)?;
        if let Some(q) = h.direct_qlen {
            m.u32(tca_htb::DIRECT_QLEN, q)?;
        }
        if h.offload {
            m.flag(tca_htb::OFFLOAD)?;
        }
        Ok(())
    })
}

fn emit_tbf(m: &mut MessageWriter<'_>, t: &TbfQdisc) -> Result<()> {
    if t.burst == 0 {
        return Err(Error::InvalidValue { what: "tbf burst of 0 bytes" });
    }
    let buffer = xmit_ticks(t.rate, t.burst)?;
    let (peakrate, mtu) = match t.peak {
        Some(p) => {
            if p.rate <= t.rate {
                return Err(Error::InvalidValue { what: "tbf peak rate not above the rate" });
            }
            if p.mtu == 0 {
                return Err(Error::InvalidValue { what: "tbf peak rate without an mtu" });
            }
            (ratespec(p.rate), xmit_ticks(p.rate, p.mtu)?)
        }
        None => (TcRateSpec::default(), 0),
    };
    let qopt = TcTbfQopt {
        rate: ratespec(t.rate),
        peakrate,
        limit: t.limit.into(),
        buffer: buffer.into(),
        mtu: mtu.into(),
    };
    m.nest(tca::OPTIONS, |m| {
        m.struct_attr(tca_tbf::PARMS, &qopt)?;
        m.u32(tca_tbf::BURST, t.burst)?;
        if needs_rate64(t.rate) {
            m.u64(tca_tbf::RATE64, t.rate)?;
        }
        if let Some(p) = t.peak {
            if needs_rate64(p.rate) {
                m.u64(tca_tbf::PRATE64, p.rate)?;
            }
            m.u32(tca_tbf::PBURST, p.mtu)?;
        }
        Ok(())
    })
}

/// Adds, replaces, changes or deletes a qdisc (`RTM_NEWQDISC`/`RTM_DELQDISC`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QdiscRequest<'a> {
    /// What to do.
    pub op: TcOp,
    /// Interface index (must be positive).
    pub ifindex: i32,
    /// The qdisc's handle (`maj:`); [`Handle::UNSPEC`] lets the kernel pick.
    pub handle: Handle,
    /// Where it attaches: [`Handle::ROOT`], a class, or [`Handle::INGRESS`].
    pub parent: Handle,
    /// Kind and options.
    pub kind: QdiscKind<'a>,
}

impl<'a> QdiscRequest<'a> {
    /// A root qdisc with the kernel's choice of handle.
    pub fn root(op: TcOp, ifindex: i32, kind: QdiscKind<'a>) -> Self {
        QdiscRequest { op, ifindex, handle: Handle::UNSPEC, parent: Handle::ROOT, kind }
    }
    /// The ingress qdisc, as `tc qdisc add dev X ingress`: parent
    /// [`Handle::INGRESS`], handle `ffff:`.
    pub fn ingress(op: TcOp, ifindex: i32) -> Self {
        QdiscRequest {
            op,
            ifindex,
            handle: Handle::INGRESS_QDISC,
            parent: Handle::INGRESS,
            kind: QdiscKind::Ingress,
        }
    }
    /// The clsact qdisc, as `tc qdisc add dev X clsact`: parent
    /// [`Handle::CLSACT`], handle `ffff:`.
    pub fn clsact(op: TcOp, ifindex: i32) -> Self {
        QdiscRequest {
            op,
            ifindex,
            handle: Handle::INGRESS_QDISC,
            parent: Handle::CLSACT,
            kind: QdiscKind::Clsact,
        }
    }

    /// Checks the request without writing it (the builder also does).
    pub fn validate(&self) -> Result<()> {
        if self.ifindex <= 0 {
            return Err(Error::InvalidValue { what: "qdisc request without a positive ifindex" });
        }
        match self.kind.name() {
            Some(name) => check_kind(name),
            None if self.op.creates() => {
                Err(Error::InvalidValue { what: "qdisc add/replace without a kind" })
            }
            None => Ok(()),
        }
    }
}

impl Request for QdiscRequest<'_> {
    fn header(&self, seq: u32) -> Header {
        self.op.header(
            msg_type::RTM_NEWQDISC,
            msg_type::RTM_DELQDISC,
            MsgFlags::CREATE | MsgFlags::REPLACE,
            seq,
        )
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.validate()?;
        m.family_header(&tcmsg(self.ifindex, self.handle.get(), self.parent.get(), 0))?;
        self.kind.emit(m)
    }
}

/// Dumps qdiscs (`tc qdisc show`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QdiscDump {
    /// Interface index to ask about; 0 for all (the kernel may still send all).
    pub ifindex: i32,
    /// Also dump the invisible default qdiscs (`TCA_DUMP_INVISIBLE`, `tc qdisc show invisible`).
    pub invisible: bool,
}

impl Request for QdiscDump {
    fn header(&self, seq: u32) -> Header {
        Header::new(msg_type::RTM_GETQDISC, MsgFlags::REQUEST | MsgFlags::DUMP, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.ifindex < 0 {
            return Err(Error::InvalidValue { what: "qdisc dump with a negative ifindex" });
        }
        m.family_header(&tcmsg(self.ifindex, 0, 0, 0))?;
        if self.invisible {
            m.flag(tca::DUMP_INVISIBLE)?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Classes
// ---------------------------------------------------------------------------

/// Settings of an htb class (`tc class add ... htb rate R ceil C burst B
/// cburst CB prio P quantum Q`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HtbClass {
    /// Guaranteed rate in bytes per second (required, above 0).
    pub rate: u64,
    /// Maximum rate in bytes per second (`None`: the rate).
    pub ceil: Option<u64>,
    /// Burst in bytes at `rate` (`None`: iproute2's default, [`default_htb_burst`]).
    pub burst: Option<u32>,
    /// Burst in bytes at `ceil` (`None`: iproute2's default).
    pub cburst: Option<u32>,
    /// Priority, 0 (highest) to 7.
    pub prio: u32,
    /// Bytes served per round; 0 lets the kernel derive it from rate and `r2q`.
    pub quantum: u32,
}

impl HtbClass {
    /// A class with `rate` bytes/s and every other setting at `tc`'s default.
    pub const fn new(rate: u64) -> Self {
        HtbClass { rate, ceil: None, burst: None, cburst: None, prio: 0, quantum: 0 }
    }

    /// The `struct tc_htb_opt` and the two 64-bit rates as they are sent.
    pub fn to_opt(&self) -> Result<TcHtbOpt> {
        if self.rate == 0 {
            return Err(Error::InvalidValue { what: "htb class rate of 0" });
        }
        let ceil = self.ceil.unwrap_or(self.rate);
        if ceil == 0 {
            return Err(Error::InvalidValue { what: "htb class ceil of 0" });
        }
        if self.prio >= TC_HTB_NUMPRIO {
            return Err(Error::InvalidValue { what: "htb class prio above 7" });
        }
        let burst = match self.burst {
            Some(0) => return Err(Error::InvalidValue { what: "htb burst of 0 bytes" }),
            Some(b) => b,
            None => default_htb_burst(self.rate)?,
        };
        let cburst = match self.cburst {
            Some(0) => return Err(Error::InvalidValue { what: "htb cburst of 0 bytes" }),
            Some(b) => b,
            None => default_htb_burst(ceil)?,
        };
        Ok(TcHtbOpt {
            rate: ratespec(self.rate),
            ceil: ratespec(ceil),
            buffer: xmit_ticks(self.rate, burst)?.into(),
            cbuffer: xmit_ticks(ceil, cburst)?.into(),
            quantum: self.quantum.into(),
            level: 0.into(),
            prio: self.prio.into(),
        })
    }

    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let opt = self.to_opt()?;
        let ceil = self.ceil.unwrap_or(self.rate);
        m.nest(tca::OPTIONS, |m| {
            if needs_rate64(self.rate) {
                m.u64(tca_htb::RATE64, self.rate)?;
            }
            if needs_rate64(ceil) {
                m.u64(tca_htb::CEIL64, ceil)?;
            }
            m.struct_attr(tca_htb::PARMS, &opt)
        })
    }
}

/// The kind of class a request creates, with its options.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind<'a> {
    /// No `TCA_KIND`: for deletes.
    Unspecified,
    /// An htb class.
    Htb(HtbClass),
    /// Any other kind: its name and the raw `TCA_OPTIONS` payload, if any.
    Other {
        /// Kind name, such as `"hfsc"`.
        kind: &'a str,
        /// The `TCA_OPTIONS` payload, written without `NLA_F_NESTED`.
        options: Option<&'a [u8]>,
    },
}

impl ClassKind<'_> {
    /// The `TCA_KIND` string.
    pub fn name(&self) -> Option<&str> {
        match self {
            ClassKind::Unspecified => None,
            ClassKind::Htb(_) => Some("htb"),
            ClassKind::Other { kind, .. } => Some(kind),
        }
    }
}

/// Adds, replaces, changes or deletes a class (`RTM_NEWTCLASS`/`RTM_DELTCLASS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassRequest<'a> {
    /// What to do.
    pub op: TcOp,
    /// Interface index (must be positive).
    pub ifindex: i32,
    /// The class id (`classid 1:10`).
    pub classid: Handle,
    /// The parent qdisc or class (`parent 1:`).
    pub parent: Handle,
    /// Kind and options.
    pub kind: ClassKind<'a>,
}

impl ClassRequest<'_> {
    /// Checks the request without writing it (the builder also does).
    pub fn validate(&self) -> Result<()> {
        if self.ifindex <= 0 {
            return Err(Error::InvalidValue { what: "class request without a positive ifindex" });
        }
        match self.kind.name() {
            Some(name) => check_kind(name),
            None if self.op.creates() => {
                Err(Error::InvalidValue { what: "class add/replace without a kind" })
            }
            None => Ok(()),
        }
    }
}

impl Request for ClassRequest<'_> {
    fn header(&self, seq: u32) -> Header {
        self.op.header(msg_type::RTM_NEWTCLASS, msg_type::RTM_DELTCLASS, MsgFlags::CREATE, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.validate()?;
        m.family_header(&tcmsg(self.ifindex, self.classid.get(), self.parent.get(), 0))?;
        match self.kind {
            ClassKind::Unspecified => Ok(()),
            ClassKind::Htb(c) => {
                m.str(tca::KIND, "htb")?;
                c.emit(m)
            }
            ClassKind::Other { kind, options } => emit_other(m, kind, options),
        }
    }
}

/// Dumps the classes of one interface (`tc class show dev X [parent P]`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClassDump {
    /// Interface index (required: the kernel dumps one device's classes).
    pub ifindex: i32,
    /// Only the classes under this parent; [`Handle::UNSPEC`] for all.
    pub parent: Handle,
}

impl Request for ClassDump {
    fn header(&self, seq: u32) -> Header {
        Header::new(msg_type::RTM_GETTCLASS, MsgFlags::REQUEST | MsgFlags::DUMP, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.ifindex <= 0 {
            return Err(Error::InvalidValue { what: "class dump without a positive ifindex" });
        }
        m.family_header(&tcmsg(self.ifindex, 0, self.parent.get(), 0))
    }
}

// ---------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------

/// Offset of the IPv4 source address from the network header.
const IPV4_SRC_OFF: i32 = 12;
/// Offset of the IPv4 destination address from the network header.
const IPV4_DST_OFF: i32 = 16;

/// One match of a u32 filter (`match ip src|dst PREFIX`, `match u32 V M at O`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum U32Match {
    /// IPv4 source address in a prefix (`match ip src 10.0.0.0/8`).
    Ipv4Src {
        /// Address.
        addr: Ipv4Addr,
        /// Prefix length, 0 to 32.
        prefix: u8,
    },
    /// IPv4 destination address in a prefix (`match ip dst 10.0.0.0/8`).
    Ipv4Dst {
        /// Address.
        addr: Ipv4Addr,
        /// Prefix length, 0 to 32.
        prefix: u8,
    },
    /// A raw 32-bit word (`match u32 VAL MASK at OFF`): value and mask as the
    /// big-endian word in the packet.
    Raw {
        /// Value (masked before sending).
        val: u32,
        /// Mask.
        mask: u32,
        /// Offset from the network header.
        off: i32,
    },
}

impl U32Match {
    /// The `struct tc_u32_key` this match becomes, as iproute2's `pack_key`.
    pub fn key(&self) -> Result<TcU32Key> {
        let (val, mask, off) = match *self {
            U32Match::Ipv4Src { addr, prefix } => (u32::from(addr), prefix_mask(prefix)?, IPV4_SRC_OFF),
            U32Match::Ipv4Dst { addr, prefix } => (u32::from(addr), prefix_mask(prefix)?, IPV4_DST_OFF),
            U32Match::Raw { val, mask, off } => (val, mask, off),
        };
        Ok(TcU32Key { mask: mask.into(), val: (val & mask).into(), off: off.into(), offmask: 0.into() })
    }
}

fn prefix_mask(prefix: u8) -> Result<u32> {
    match prefix {
        0 => Ok(0),
        1..=32 => Ok(u32::MAX << (32 - u32::from(prefix))),
        _ => Err(Error::InvalidValue { what: "IPv4 prefix longer than 32" }),
    }
}

/// Settings of a u32 filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct U32Filter<'a> {
    /// The class matching packets go to (`flowid`/`classid`); sets `TC_U32_TERMINAL`.
    pub classid: Option<Handle>,
    /// The matches, all of which must hold (at most 255). Written as given:
    /// unlike `tc`, two matches on the same word are not merged.
    pub matches: &'a [U32Match],
}

impl U32Filter<'_> {
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let nkeys = u8::try_from(self.matches.len())
            .map_err(|_| Error::InvalidValue { what: "u32 filter with over 255 keys" })?;
        let sel = TcU32SelHdr {
            flags: if self.classid.is_some() { TC_U32_TERMINAL } else { 0 },
            nkeys,
            ..TcU32SelHdr::default()
        };
        m.nest(tca::OPTIONS, |m| {
            if let Some(c) = self.classid {
                m.u32(tca_u32::CLASSID, c.get())?;
            }
            m.container(tca_u32::SEL, |m| {
                m.raw(sel.as_bytes())?;
                self.matches.iter().try_for_each(|k| m.raw(k.key()?.as_bytes()))
            })
        })
    }
}

/// The kind of filter a request creates, with its options.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterKind<'a> {
    /// No `TCA_KIND`: for deletes (`tc filter del dev X parent 1: prio 1`).
    Unspecified,
    /// The u32 classifier.
    U32(U32Filter<'a>),
    /// Any other kind: its name and the raw `TCA_OPTIONS` payload, if any.
    Other {
        /// Kind name, such as `"matchall"`.
        kind: &'a str,
        /// The `TCA_OPTIONS` payload, written without `NLA_F_NESTED`.
        options: Option<&'a [u8]>,
    },
}

impl FilterKind<'_> {
    /// The `TCA_KIND` string.
    pub fn name(&self) -> Option<&str> {
        match self {
            FilterKind::Unspecified => None,
            FilterKind::U32(_) => Some("u32"),
            FilterKind::Other { kind, .. } => Some(kind),
        }
    }
}

/// Adds, replaces, changes or deletes a filter (`RTM_NEWTFILTER`/`RTM_DELTFILTER`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FilterRequest<'a> {
    /// What to do.
    pub op: TcOp,
    /// Interface index (not 0; -1 is `TCM_IFINDEX_MAGIC_BLOCK` for shared blocks).
    pub ifindex: i32,
    /// The qdisc or class the filter attaches to (`parent 1:`).
    pub parent: Handle,
    /// The filter handle (u32: `800::800` is `0x8000_0800`); 0 lets the kernel pick.
    pub handle: u32,
    /// Priority (`prio`/`pref`); 0 lets the kernel pick when creating.
    pub prio: u16,
    /// `ETH_P_*` protocol in host order ([`eth_p`](crate::tc::eth_p)); required when creating.
    pub protocol: u16,
    /// `TCA_CHAIN`: the chain index.
    pub chain: Option<u32>,
    /// Kind and options.
    pub kind: FilterKind<'a>,
}

impl FilterRequest<'_> {
    /// `tcm_info`: `TC_H_MAKE(prio << 16, htons(protocol))`.
    pub fn info(&self) -> u32 {
        // The protocol bytes go to memory in network order, whatever the host.
        (u32::from(self.prio) << 16) | u32::from(u16::from_ne_bytes(self.protocol.to_be_bytes()))
    }

    /// Checks the request without writing it (the builder also does).
    pub fn validate(&self) -> Result<()> {
        if self.ifindex == 0 {
            return Err(Error::InvalidValue { what: "filter request without an ifindex" });
        }
        if self.op.creates() && self.protocol == 0 {
            return Err(Error::InvalidValue { what: "filter add/replace without a protocol" });
        }
        match self.kind.name() {
            Some(name) => check_kind(name),
            None if self.op.creates() => {
                Err(Error::InvalidValue { what: "filter add/replace without a kind" })
            }
            None => Ok(()),
        }
    }
}

impl Request for FilterRequest<'_> {
    fn header(&self, seq: u32) -> Header {
        self.op.header(msg_type::RTM_NEWTFILTER, msg_type::RTM_DELTFILTER, MsgFlags::CREATE, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.validate()?;
        m.family_header(&tcmsg(self.ifindex, self.handle, self.parent.get(), self.info()))?;
        if let Some(name) = self.kind.name() {
            m.str(tca::KIND, name)?;
        }
        if let Some(c) = self.chain {
            m.u32(tca::CHAIN, c)?;
        }
        match self.kind {
            FilterKind::Unspecified => Ok(()),
            FilterKind::U32(u) => u.emit(m),
            FilterKind::Other { options, .. } => match options {
                Some(o) => m.attr(tca::OPTIONS, o),
                None => Ok(()),
            },
        }
    }
}

/// Dumps the filters under one parent (`tc filter show dev X parent P`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FilterDump {
    /// Interface index (required; -1 with a block index as `parent` for shared blocks).
    pub ifindex: i32,
    /// The qdisc or class whose filters to dump; [`Handle::UNSPEC`] for the root qdisc's.
    pub parent: Handle,
    /// `TCA_CHAIN`: only this chain.
    pub chain: Option<u32>,
}

impl Request for FilterDump {
    fn header(&self, seq: u32) -> Header {
        Header::new(msg_type::RTM_GETTFILTER, MsgFlags::REQUEST | MsgFlags::DUMP, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.ifindex == 0 {
            return Err(Error::InvalidValue { what: "filter dump without an ifindex" });
        }
        m.family_header(&tcmsg(self.ifindex, 0, self.parent.get(), 0))?;
        if let Some(c) = self.chain {
            m.u32(tca::CHAIN, c)?;
        }
        Ok(())
    }
}
