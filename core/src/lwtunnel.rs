//! Lightweight tunnel encapsulations of a route (`ip route add ... encap
//! TYPE ...`): the payload of `RTA_ENCAP` and the `RTA_ENCAP_TYPE` that
//! names it. Constants come from `include/uapi/linux/lwtunnel.h`,
//! `mpls_iptunnel.h`, `seg6_iptunnel.h`, `seg6_local.h`, `rpl_iptunnel.h`,
//! `rpl.h`, `ioam6_iptunnel.h` and `ioam6.h`.
//!
//! ```
//! use core::net::Ipv4Addr;
//! use nlwire::build::Builder;
//! use nlwire::lwtunnel::{Encap, IpTunnel};
//! use nlwire::route::{Prefix, Route, RouteRequest, lwtunnel};
//! use nlwire::Messages;
//!
//! let dst = Prefix::new("198.51.100.0".parse().unwrap(), 24);
//! let encap = Encap::Ip(IpTunnel { id: Some(5), dst: Some(Ipv4Addr::new(192, 0, 2, 9)), ..IpTunnel::default() });
//! let req = RouteRequest { encap: Some(encap), ..RouteRequest::add(dst).oif(2) };
//! let mut buf = [0u8; 128];
//! let mut b = Builder::new(&mut buf);
//! b.push(&req, 1)?;
//! let msg = Messages::new(b.as_bytes()).next().unwrap()?;
//! assert_eq!(Route::parse(&msg)?.encap_type()?, Some(lwtunnel::IP));
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::build::MessageWriter;
use crate::error::{Error, Result};
use crate::tables::rt_route::lwtunnel_encap as lwtunnel;

/// `MPLS_IPTUNNEL_*`: attributes of an MPLS encapsulation (`DST` is the
/// label stack, a `struct mpls_label` each).
pub use crate::tables::rt_route::mpls_iptunnel_attrs as mpls_iptunnel;

/// `LWTUNNEL_IP_*` (and `LWTUNNEL_IP6_*`, the same numbers): attributes of
/// an IP tunnel encapsulation (`ID` and `FLAGS` in network order).
pub use crate::tables::rt_route::lwtunnel_ip_attrs as lwtunnel_ip;

/// `SEG6_IPTUNNEL_SRH`: `struct seg6_iptunnel_encap` (the mode, then the
/// segment routing header).
pub const SEG6_IPTUNNEL_SRH: u16 = 1;

/// `SEG6_LOCAL_*`: attributes of a seg6local encapsulation
/// (`linux/seg6_local.h`); `ACTION`, `TABLE`, `VRFTABLE`, `IIF`, `OIF` are
/// `u32`, `NH4`/`NH6` addresses, `SRH` a segment routing header, `BPF`,
/// `COUNTERS` and `FLAVORS` nests.
pub mod seg6_local {
    /// `SEG6_LOCAL_ACTION`.
    pub const ACTION: u16 = 1;
    /// `SEG6_LOCAL_SRH`.
    pub const SRH: u16 = 2;
    /// `SEG6_LOCAL_TABLE`.
    pub const TABLE: u16 = 3;
    /// `SEG6_LOCAL_NH4`.
    pub const NH4: u16 = 4;
    /// `SEG6_LOCAL_NH6`.
    pub const NH6: u16 = 5;
    /// `SEG6_LOCAL_IIF`.
    pub const IIF: u16 = 6;
    /// `SEG6_LOCAL_OIF`.
    pub const OIF: u16 = 7;
    /// `SEG6_LOCAL_BPF`.
    pub const BPF: u16 = 8;
    /// `SEG6_LOCAL_VRFTABLE`.
    pub const VRFTABLE: u16 = 9;
    /// `SEG6_LOCAL_COUNTERS`.
    pub const COUNTERS: u16 = 10;
    /// `SEG6_LOCAL_FLAVORS`.
    pub const FLAVORS: u16 = 11;
    /// `SEG6_LOCAL_BPF_PROG_NAME`, inside `BPF`.
    pub const BPF_PROG_NAME: u16 = 2;
    /// `SEG6_LOCAL_CNT_PACKETS`, `_BYTES`, `_ERRORS` (u64), inside `COUNTERS`.
    pub const CNT_PACKETS: u16 = 2;
    /// `SEG6_LOCAL_CNT_BYTES`.
    pub const CNT_BYTES: u16 = 3;
    /// `SEG6_LOCAL_CNT_ERRORS`.
    pub const CNT_ERRORS: u16 = 4;
    /// `SEG6_LOCAL_FLV_OPERATION` (u32, a bit per `SEG6_LOCAL_FLV_OP_*`),
    /// `_LCBLOCK_BITS` and `_LCNODE_FN_BITS` (u8), inside `FLAVORS`.
    pub const FLV_OPERATION: u16 = 1;
    /// `SEG6_LOCAL_FLV_LCBLOCK_BITS`.
    pub const FLV_LCBLOCK_BITS: u16 = 2;
    /// `SEG6_LOCAL_FLV_LCNODE_FN_BITS`.
    pub const FLV_LCNODE_FN_BITS: u16 = 3;
    /// `SEG6_LOCAL_ACTION_END_B6_ENCAP`: its header has no slot for the
    /// packet's own destination.
    pub const ACTION_END_B6_ENCAP: u32 = 10;
    /// `SEG6_LOCAL_FLV_OP_NEXT_CSID`: the flavor that takes `lblen`/`nflen`.
    pub const FLV_OP_NEXT_CSID: u32 = 4;
}

/// `RPL_IPTUNNEL_SRH`: `struct ipv6_rpl_sr_hdr` (8 bytes, type 3) and the
/// segments.
pub const RPL_IPTUNNEL_SRH: u16 = 1;

/// `IOAM6_IPTUNNEL_*`: attributes of an ioam6 encapsulation
/// (`linux/ioam6_iptunnel.h`): `MODE` u8, `DST` an IPv6 address, `TRACE`
/// `struct ioam6_trace_hdr`, `FREQ_K`/`FREQ_N` u32.
pub mod ioam6_iptunnel {
    /// `IOAM6_IPTUNNEL_MODE`.
    pub const MODE: u16 = 1;
    /// `IOAM6_IPTUNNEL_DST`.
    pub const DST: u16 = 2;
    /// `IOAM6_IPTUNNEL_TRACE`.
    pub const TRACE: u16 = 3;
    /// `IOAM6_IPTUNNEL_FREQ_K`.
    pub const FREQ_K: u16 = 4;
    /// `IOAM6_IPTUNNEL_FREQ_N`.
    pub const FREQ_N: u16 = 5;
    /// `IOAM6_IPTUNNEL_MODE_INLINE`, `_ENCAP`, `_AUTO`.
    pub const MODE_INLINE: u8 = 1;
    /// `IOAM6_IPTUNNEL_MODE_ENCAP`.
    pub const MODE_ENCAP: u8 = 2;
    /// `IOAM6_IPTUNNEL_MODE_AUTO`.
    pub const MODE_AUTO: u8 = 3;
}

/// `LWT_BPF_*` (`IN`, `OUT`, `XMIT` nests holding `PROG_NAME`, a string;
/// `XMIT_HEADROOM` u32) and `LWT_XFRM_*` (`IF_ID`, `LINK`: u32).
pub mod lwt_bpf_xfrm {
    /// `LWT_BPF_IN`.
    pub const BPF_IN: u16 = 1;
    /// `LWT_BPF_OUT`.
    pub const BPF_OUT: u16 = 2;
    /// `LWT_BPF_XMIT`.
    pub const BPF_XMIT: u16 = 3;
    /// `LWT_BPF_XMIT_HEADROOM`.
    pub const BPF_XMIT_HEADROOM: u16 = 4;
    /// `LWT_BPF_PROG_NAME`.
    pub const BPF_PROG_NAME: u16 = 2;
    /// `LWT_XFRM_IF_ID`.
    pub const XFRM_IF_ID: u16 = 1;
    /// `LWT_XFRM_LINK`.
    pub const XFRM_LINK: u16 = 2;
}

/// `TUNNEL_*` of `linux/if_tunnel.h`: the bits of `LWTUNNEL_IP_FLAGS`
/// (a big-endian `u16`), as `ip route ... encap ip ... key csum seq` sets them.
pub mod tunnel_flags {
    /// `TUNNEL_CSUM`.
    pub const CSUM: u16 = 0x01;
    /// `TUNNEL_KEY`.
    pub const KEY: u16 = 0x04;
    /// `TUNNEL_SEQ`.
    pub const SEQ: u16 = 0x08;
}

/// A seg6 encapsulation's mode and segments, read from
/// `SEG6_IPTUNNEL_SRH`'s payload: `int mode`, the 8-byte segment routing
/// header (`first_segment` at byte 4 of it), then the segments, last visited
/// first. `None` when the payload is shorter than what its header says.
pub fn seg6_segments(srh: &[u8]) -> Option<(i32, impl Iterator<Item = Ipv6Addr> + '_)> {
    let mode = i32::from_ne_bytes(srh.get(..4)?.try_into().ok()?);
    let first = usize::from(*srh.get(4 + 4)?);
    let segs = srh.get(12..12 + 16 * (first + 1))?;
    let addr = |c: &[u8]| <[u8; 16]>::try_from(c).map(Ipv6Addr::from).unwrap_or(Ipv6Addr::UNSPECIFIED);
    Some((mode, segs.chunks_exact(16).rev().map(addr)))
}

/// `SEG6_IPTUN_MODE_*`: how a seg6 encapsulation adds its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Seg6Mode {
    /// `SEG6_IPTUN_MODE_INLINE` (0): insert the header in the packet.
    Inline,
    /// `SEG6_IPTUN_MODE_ENCAP` (1): an outer IPv6 header with the SRH.
    Encap,
    /// `SEG6_IPTUN_MODE_L2ENCAP` (2): the whole L2 frame, encapsulated.
    L2Encap,
    /// `SEG6_IPTUN_MODE_ENCAP_RED` (3): [`Encap`](Seg6Mode::Encap) without
    /// the first segment in the header (it is the outer destination).
    EncapRed,
    /// `SEG6_IPTUN_MODE_L2ENCAP_RED` (4): [`L2Encap`](Seg6Mode::L2Encap),
    /// reduced alike.
    L2EncapRed,
}

/// An MPLS label value is 20 bits.
const MPLS_LABEL_MAX: u32 = (1 << 20) - 1;
/// At most this many labels (the kernel's `MAX_NEW_LABELS`).
const MPLS_MAX_LABELS: usize = 30;
/// `IPV6_SRCRT_TYPE_4`: the segment routing header's routing type.
const SRH_TYPE: u8 = 4;
/// `IPV6_SRCRT_TYPE_3`: the RPL source routing header's.
const RPL_SRH_TYPE: u8 = 3;
/// `SR6_FLAG1_HMAC` of `linux/seg6.h`: the header ends in an HMAC TLV.
const SR6_FLAG1_HMAC: u8 = 1 << 3;
/// `SR6_TLV_HMAC` of `linux/seg6.h`.
const SR6_TLV_HMAC: u8 = 5;

/// An IP tunnel's metadata (`encap ip id ID dst ADDR ...`, `encap ip6
/// ...`), for a collect-metadata tunnel device to send with: `A` is
/// [`Ipv4Addr`] (`LWTUNNEL_IP_*`) or [`Ipv6Addr`] (`LWTUNNEL_IP6_*`, the
/// same attribute numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpTunnel<A> {
    /// `LWTUNNEL_IP_ID`: the tunnel key.
    pub id: Option<u64>,
    /// `LWTUNNEL_IP_DST`: the remote end.
    pub dst: Option<A>,
    /// `LWTUNNEL_IP_SRC`: the local end.
    pub src: Option<A>,
    /// `LWTUNNEL_IP_TTL`, for IPv6 `LWTUNNEL_IP6_HOPLIMIT`.
    pub ttl: Option<u8>,
    /// `LWTUNNEL_IP_TOS`, for IPv6 `LWTUNNEL_IP6_TC` (traffic class).
    pub tos: Option<u8>,
    /// `LWTUNNEL_IP_FLAGS` ([`tunnel_flags`]), written when not 0.
    pub flags: u16,
}

impl<A> Default for IpTunnel<A> {
    /// Nothing set.
    fn default() -> Self {
        IpTunnel { id: None, dst: None, src: None, ttl: None, tos: None, flags: 0 }
    }
}

impl<A: Into<IpAddr> + Copy> IpTunnel<A> {
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.opt(lwtunnel_ip::ID, self.id, MessageWriter::be64)?;
        if let Some(dst) = self.dst {
            m.ip(lwtunnel_ip::DST, dst.into())?;
        }
        if let Some(src) = self.src {
            m.ip(lwtunnel_ip::SRC, src.into())?;
        }
        m.opt(lwtunnel_ip::TTL, self.ttl, MessageWriter::u8)?;
        m.opt(lwtunnel_ip::TOS, self.tos, MessageWriter::u8)?;
        if self.flags != 0 {
            m.be16(lwtunnel_ip::FLAGS, self.flags)?;
        }
        Ok(())
    }
}

/// A route's encapsulation: `RTA_ENCAP_TYPE` and what goes in `RTA_ENCAP`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encap<'a> {
    /// `encap mpls LABEL[/LABEL...] [ttl T]`: push these labels, the
    /// first outermost (1 to 30 labels of 20 bits).
    Mpls {
        /// The label stack, outermost first.
        labels: &'a [u32],
        /// `MPLS_IPTUNNEL_TTL`.
        ttl: Option<u8>,
    },
    /// `encap ip ...`.
    Ip(IpTunnel<Ipv4Addr>),
    /// `encap ip6 ...`.
    Ip6(IpTunnel<Ipv6Addr>),
    /// `encap seg6 mode MODE segs A,B,... [hmac KEYID]`: the segments in
    /// the order the packet visits them (1 to 126).
    Seg6 {
        /// How the header is added.
        mode: Seg6Mode,
        /// The segments, first visited first.
        segs: &'a [Ipv6Addr],
        /// The HMAC key id of the header's HMAC TLV; 0 for none.
        hmac: u32,
    },
    /// `encap seg6local action ACTION ...`: an SRv6 behaviour.
    Seg6Local(Seg6Local<'a>),
    /// `encap rpl segs A,B,...`: an RPL source routing header with these
    /// segments, first visited first (1 to 127).
    Rpl {
        /// The segments, first visited first.
        segs: &'a [Ipv6Addr],
    },
    /// `encap ioam6 ...`: an IOAM pre-allocated trace.
    Ioam6(Ioam6),
    /// `encap xfrm if_id ID [link_dev DEV]`.
    Xfrm {
        /// `LWT_XFRM_IF_ID`, not 0.
        if_id: u32,
        /// `LWT_XFRM_LINK`: an interface index.
        link: Option<u32>,
    },
    /// Any other type (`lwtunnel::*`) with its attributes already encoded
    /// (the payload of `RTA_ENCAP`).
    Raw {
        /// `RTA_ENCAP_TYPE`.
        kind: u16,
        /// The attribute chain inside `RTA_ENCAP`.
        attrs: &'a [u8],
    },
}

impl Encap<'_> {
    /// `RTA_ENCAP_TYPE` ([`lwtunnel`]).
    pub fn kind(&self) -> u16 {
        match self {
            Encap::Mpls { .. } => lwtunnel::MPLS,
            Encap::Ip(_) => lwtunnel::IP,
            Encap::Ip6(_) => lwtunnel::IP6,
            Encap::Seg6 { .. } => lwtunnel::SEG6,
            Encap::Seg6Local(_) => lwtunnel::SEG6_LOCAL,
            Encap::Rpl { .. } => lwtunnel::RPL,
            Encap::Ioam6(_) => lwtunnel::IOAM6,
            Encap::Xfrm { .. } => lwtunnel::XFRM,
            Encap::Raw { kind, .. } => *kind,
        }
    }

    /// Checks every value; requests call it before writing anything.
    pub fn validate(&self) -> Result<()> {
        match self {
            Encap::Mpls { labels, .. } => {
                if labels.is_empty() || labels.len() > MPLS_MAX_LABELS {
                    return Err(Error::invalid("MPLS encap needs 1 to 30 labels"));
                }
                if labels.iter().any(|&l| l > MPLS_LABEL_MAX) {
                    return Err(Error::invalid("MPLS label over 20 bits"));
                }
            }
            Encap::Seg6 { segs, .. } if segs.is_empty() || segs.len() > 126 => {
                return Err(Error::invalid("seg6 encap needs 1 to 126 segments"));
            }
            Encap::Raw { kind: lwtunnel::NONE, .. } => {
                return Err(Error::invalid("encap type 0 (none)"));
            }
            Encap::Seg6Local(s) if s.action == 0 => return Err(Error::invalid("seg6local needs an action")),
            Encap::Seg6Local(Seg6Local { srh: Some(segs), .. }) if segs.is_empty() || segs.len() > 126 => {
                return Err(Error::invalid("seg6local srh needs 1 to 126 segments"));
            }
            Encap::Rpl { segs } if segs.is_empty() || segs.len() > 127 => {
                return Err(Error::invalid("rpl encap needs 1 to 127 segments"));
            }
            Encap::Ioam6(t) => t.validate()?,
            Encap::Xfrm { if_id: 0, .. } => return Err(Error::invalid("xfrm encap needs an if_id")),
            _ => {}
        }
        Ok(())
    }

    /// Writes the attributes inside `RTA_ENCAP`, in iproute2's order.
    pub fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.validate()?;
        match *self {
            Encap::Mpls { labels, ttl } => {
                m.container(mpls_iptunnel::DST, |m| {
                    // struct mpls_label: be32 label << 12 | tc << 9 | bos << 8 | ttl.
                    for (i, label) in labels.iter().enumerate() {
                        let bos = u32::from(i + 1 == labels.len()) << 8;
                        m.raw(&((label << 12) | bos).to_be_bytes())?;
                    }
                    Ok(())
                })?;
                m.opt(mpls_iptunnel::TTL, ttl, MessageWriter::u8)?;
            }
            Encap::Ip(tunnel) => tunnel.emit(m)?,
            Encap::Ip6(tunnel) => tunnel.emit(m)?,
            Encap::Seg6 { mode, segs, hmac } => emit_seg6(m, mode, segs, hmac)?,
            Encap::Seg6Local(s) => s.emit(m)?,
            Encap::Rpl { segs } => emit_rpl(m, segs)?,
            Encap::Ioam6(t) => t.emit(m)?,
            Encap::Xfrm { if_id, link } => {
                m.u32(lwt_bpf_xfrm::XFRM_IF_ID, if_id)?;
                m.opt(lwt_bpf_xfrm::XFRM_LINK, link, MessageWriter::u32)?;
            }
            Encap::Raw { attrs, .. } => m.raw(attrs)?,
        }
        Ok(())
    }
}

/// `SEG6_IPTUNNEL_SRH`: `int mode`, then `struct ipv6_sr_hdr` (8 bytes)
/// and the segments, last visited first, as iproute2 lays them out. Inline
/// mode keeps segment 0 (`::`) for the packet's own destination, which the
/// kernel fills in.
fn emit_seg6(m: &mut MessageWriter<'_>, mode: Seg6Mode, segs: &[Ipv6Addr], hmac: u32) -> Result<()> {
    let (mode, reserved): (i32, bool) = match mode {
        Seg6Mode::Inline => (0, true),
        Seg6Mode::Encap => (1, false),
        Seg6Mode::L2Encap => (2, false),
        Seg6Mode::EncapRed => (3, false),
        Seg6Mode::L2EncapRed => (4, false),
    };
    m.container(SEG6_IPTUNNEL_SRH, |m| {
        m.raw(&mode.to_ne_bytes())?;
        emit_srh(m, segs, reserved, hmac)
    })
}

/// `struct ipv6_sr_hdr` with `segs` (last visited first), a zero segment 0
/// when `reserved`, and with a non-zero `hmac` key id the HMAC flag and a
/// zeroed `struct sr6_tlv_hmac` (40 bytes: type 5, length 38, the key id).
fn emit_srh(m: &mut MessageWriter<'_>, segs: &[Ipv6Addr], reserved: bool, hmac: u32) -> Result<()> {
    let last = (segs.len() + usize::from(reserved)).checked_sub(1).and_then(|n| u8::try_from(n).ok());
    let last = last.filter(|&n| n < 127).ok_or(Error::invalid("seg6 encap needs 1 to 126 segments"))?;
    // hdrlen: the header's length in 8-byte units, the first 8 not counted.
    let hdrlen = ((last + 1) * 2).checked_add(if hmac != 0 { 5 } else { 0 });
    let hdrlen = hdrlen.ok_or(Error::invalid("seg6 header with an HMAC: at most 125 segments"))?;
    let flags = if hmac != 0 { SR6_FLAG1_HMAC } else { 0 };
    m.raw(&[0, hdrlen, SRH_TYPE, last, last, flags, 0, 0])?;
    if reserved {
        m.raw(&Ipv6Addr::UNSPECIFIED.octets())?;
    }
    segs.iter().rev().try_for_each(|seg| m.raw(&seg.octets()))?;
    if hmac != 0 {
        let mut tlv = [0u8; 40];
        tlv[0] = SR6_TLV_HMAC;
        tlv[1] = 38;
        tlv[4..8].copy_from_slice(&hmac.to_be_bytes());
        m.raw(&tlv)?;
    }
    Ok(())
}

/// `RPL_IPTUNNEL_SRH`: `struct ipv6_rpl_sr_hdr` (next header 0, `hdrlen`
/// in 8-byte units past the first 8, type 3, `segments_left` the count,
/// no compression), then the segments, last visited first.
fn emit_rpl(m: &mut MessageWriter<'_>, segs: &[Ipv6Addr]) -> Result<()> {
    let n = u8::try_from(segs.len()).ok().filter(|n| (1..128).contains(n));
    let n = n.ok_or(Error::invalid("rpl encap needs 1 to 127 segments"))?;
    m.container(RPL_IPTUNNEL_SRH, |m| {
        m.raw(&[0, n * 2, RPL_SRH_TYPE, n, 0, 0, 0, 0])?;
        segs.iter().rev().try_for_each(|seg| m.raw(&seg.octets()))
    })
}

/// `encap seg6local`: an SRv6 behaviour (`SEG6_LOCAL_ACTION_*`) and what it
/// takes; interfaces by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Seg6Local<'a> {
    /// `SEG6_LOCAL_ACTION`: 1 (`End`) to 16 (`End.DT46`).
    pub action: u32,
    /// `SEG6_LOCAL_TABLE`.
    pub table: Option<u32>,
    /// `SEG6_LOCAL_VRFTABLE`.
    pub vrftable: Option<u32>,
    /// `SEG6_LOCAL_NH4`.
    pub nh4: Option<Ipv4Addr>,
    /// `SEG6_LOCAL_NH6`.
    pub nh6: Option<Ipv6Addr>,
    /// `SEG6_LOCAL_IIF`.
    pub iif: Option<u32>,
    /// `SEG6_LOCAL_OIF`.
    pub oif: Option<u32>,
    /// `count`: `SEG6_LOCAL_COUNTERS` with its three counters at 0.
    pub count: bool,
    /// `SEG6_LOCAL_FLAVORS`.
    pub flavors: Option<Flavors>,
    /// `SEG6_LOCAL_SRH`: the segments, first visited first; the header has
    /// a slot for the packet's destination unless the action is
    /// `End.B6.Encaps`.
    pub srh: Option<&'a [Ipv6Addr]>,
    /// The SRH's HMAC key id (0: none).
    pub hmac: u32,
}

/// `flavors F[,F] [lblen N] [nflen N]` of a seg6local behaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flavors {
    /// `SEG6_LOCAL_FLV_OPERATION`: bit `1 << SEG6_LOCAL_FLV_OP_*` each.
    pub ops: u32,
    /// `SEG6_LOCAL_FLV_LCBLOCK_BITS`.
    pub lblen: Option<u8>,
    /// `SEG6_LOCAL_FLV_LCNODE_FN_BITS`.
    pub nflen: Option<u8>,
}

impl Seg6Local<'_> {
    /// The attributes, in the order ip 6.1 writes them for words in this
    /// order, the header last.
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        use seg6_local as s;
        m.u32(s::ACTION, self.action)?;
        m.opt(s::TABLE, self.table, MessageWriter::u32)?;
        m.opt(s::VRFTABLE, self.vrftable, MessageWriter::u32)?;
        if let Some(nh4) = self.nh4 {
            m.ip(s::NH4, nh4.into())?;
        }
        if let Some(nh6) = self.nh6 {
            m.ip(s::NH6, nh6.into())?;
        }
        m.opt(s::IIF, self.iif, MessageWriter::u32)?;
        m.opt(s::OIF, self.oif, MessageWriter::u32)?;
        if self.count {
            m.nest(s::COUNTERS, |m| {
                [s::CNT_PACKETS, s::CNT_BYTES, s::CNT_ERRORS].into_iter().try_for_each(|k| m.u64(k, 0))
            })?;
        }
        if let Some(f) = self.flavors {
            m.nest(s::FLAVORS, |m| {
                m.u32(s::FLV_OPERATION, f.ops)?;
                m.opt(s::FLV_LCBLOCK_BITS, f.lblen, MessageWriter::u8)?;
                m.opt(s::FLV_LCNODE_FN_BITS, f.nflen, MessageWriter::u8)
            })?;
        }
        if let Some(segs) = self.srh {
            let reserved = self.action != s::ACTION_END_B6_ENCAP;
            m.container(s::SRH, |m| emit_srh(m, segs, reserved, self.hmac))?;
        }
        Ok(())
    }
}

/// `encap ioam6 [freq K/N] [mode inline|encap|auto] [tundst ADDR] trace
/// prealloc type T ns N size S`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ioam6 {
    /// `IOAM6_IPTUNNEL_FREQ_K`: insert in K packets of every N (1 to 1000000).
    pub freq_k: u32,
    /// `IOAM6_IPTUNNEL_FREQ_N`.
    pub freq_n: u32,
    /// `IOAM6_IPTUNNEL_MODE` ([`ioam6_iptunnel::MODE_INLINE`], ...).
    pub mode: u8,
    /// `IOAM6_IPTUNNEL_DST`, for the encap and auto modes.
    pub dst: Option<Ipv6Addr>,
    /// The trace type's 24 bits.
    pub trace_type: u32,
    /// The IOAM namespace.
    pub namespace: u16,
    /// Bytes pre-allocated for the trace data: a multiple of 4, at most 244.
    pub size: u16,
}

impl Ioam6 {
    fn validate(&self) -> Result<()> {
        let freq = 1..=1_000_000;
        if !freq.contains(&self.freq_k) || !freq.contains(&self.freq_n) || self.freq_k > self.freq_n {
            return Err(Error::invalid("ioam6 frequency out of bounds"));
        }
        if self.size == 0 || !self.size.is_multiple_of(4) || self.size > 244 || self.trace_type == 0 {
            return Err(Error::invalid("ioam6 trace needs a type and a size of 4 to 244, a multiple of 4"));
        }
        Ok(())
    }

    /// `FREQ_K`, `FREQ_N`, `MODE`, `DST` (not inline), then `TRACE`:
    /// `struct ioam6_trace_hdr` with the namespace (big-endian), `remlen`
    /// (the size in 4-byte units) and the type shifted into the top 24
    /// bits of a big-endian word.
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        use ioam6_iptunnel as t;
        m.u32(t::FREQ_K, self.freq_k)?;
        m.u32(t::FREQ_N, self.freq_n)?;
        m.u8(t::MODE, self.mode)?;
        if let Some(dst) = self.dst.filter(|_| self.mode != t::MODE_INLINE) {
            m.ip(t::DST, dst.into())?;
        }
        let [n0, n1] = self.namespace.to_be_bytes();
        let [t0, t1, t2, t3] = (self.trace_type << 8).to_be_bytes();
        let remlen = u8::try_from(self.size / 4).unwrap_or(0);
        m.attr(t::TRACE, &[n0, n1, 0, remlen, t0, t1, t2, t3])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::{Prefix, RouteRequest};
    use crate::test_prelude::*;

    /// A seg6 header laid out by hand (linux/seg6_iptunnel.h, seg6.h): mode
    /// 1, `first_segment` 1, the segments last visited first; read back in
    /// visiting order; a payload cut short reads as nothing.
    #[test]
    fn seg6_segments_read_in_visiting_order() {
        let (a, b) = (doc6(2), doc6(3));
        let srh = [&1i32.to_ne_bytes()[..], &[0, 4, 4, 1, 1, 0, 0, 0], &b.octets(), &a.octets()].concat();
        let (mode, segs) = seg6_segments(&srh).unwrap();
        assert_eq!((mode, segs.collect::<Vec<_>>()), (1, vec![a, b]));
        for cut in 0..srh.len() {
            assert!(seg6_segments(&srh[..cut]).is_none(), "{cut}");
        }
    }

    /// `RTA_ENCAP` (22, NLA_F_NESTED) holding `inner`, then `RTA_ENCAP_TYPE`
    /// (21, u16 `kind`), as iproute2's `lwt_parse_encap` writes them
    /// (linux/rtnetlink.h, linux/lwtunnel.h), written by hand.
    fn encap_attrs(inner: &[u8], kind: u16) -> Vec<u8> {
        let mut out = nla(22 | 0x8000, inner);
        put_attr(&mut out, 21, &kind.to_ne_bytes());
        out
    }

    /// The request adding 2001:db8:5::/64 with `encap` holds `want`.
    fn sends(encap: Encap<'_>, want: &[u8]) {
        let dst = Prefix::new("2001:db8:5::".parse().unwrap(), 64);
        let (buf, len) = emitted(&RouteRequest { encap: Some(encap), ..RouteRequest::add(dst).oif(2) }, 1);
        let sent = &buf[..len];
        assert!(sent.windows(want.len()).any(|w| w == want), "{encap:?}: {sent:02x?}");
    }

    fn doc6(last: u16) -> Ipv6Addr {
        Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, last)
    }

    /// linux/mpls_iptunnel.h: `MPLS_IPTUNNEL_DST` (1) is the label stack,
    /// `struct mpls_label` (be32: label << 12 | tc << 9 | bos << 8 | ttl),
    /// bottom of stack on the last; `MPLS_IPTUNNEL_TTL` (2) a u8. The type is
    /// `LWTUNNEL_ENCAP_MPLS` (1).
    #[test]
    fn an_mpls_encap_is_sent_as_the_kernel_reads_it() {
        let labels = [[0x00, 0x06, 0x40, 0x00], [0x00, 0x0c, 0x81, 0x00]]; // 100, then 200 with bos
        let mut inner = nla(1, &labels.concat());
        put_attr(&mut inner, 2, &[7]);
        sends(Encap::Mpls { labels: &[100, 200], ttl: Some(7) }, &encap_attrs(&inner, 1));
    }

    /// linux/seg6_iptunnel.h: `SEG6_IPTUNNEL_SRH` (1) is `struct
    /// seg6_iptunnel_encap { int mode; struct ipv6_sr_hdr srh[]; }` and
    /// linux/seg6.h's header is nexthdr, hdrlen (8-byte units past the first
    /// 8), type 4, segments_left, first_segment, flags, u16 tag, then the
    /// segments last visited first. Inline mode (0) keeps segment 0 for the
    /// packet's own destination. The type is `LWTUNNEL_ENCAP_SEG6` (5).
    #[test]
    fn a_seg6_encap_is_sent_as_the_kernel_reads_it() {
        let mut encap = 1i32.to_ne_bytes().to_vec();
        encap.extend_from_slice(&[0, 6, 4, 2, 2, 0, 0, 0]);
        for seg in [7, 6, 5] {
            encap.extend_from_slice(&doc6(seg).octets());
        }
        let segs = [doc6(5), doc6(6), doc6(7)];
        sends(Encap::Seg6 { mode: Seg6Mode::Encap, segs: &segs, hmac: 0 }, &encap_attrs(&nla(1, &encap), 5));

        let mut inline = 0i32.to_ne_bytes().to_vec();
        inline.extend_from_slice(&[0, 4, 4, 1, 1, 0, 0, 0]);
        inline.extend_from_slice(&[0; 16]);
        inline.extend_from_slice(&doc6(5).octets());
        sends(
            Encap::Seg6 { mode: Seg6Mode::Inline, segs: &segs[..1], hmac: 0 },
            &encap_attrs(&nla(1, &inline), 5),
        );
    }

    /// The reduced modes are `SEG6_IPTUN_MODE_ENCAP_RED` (3) and
    /// `_L2ENCAP_RED` (4); an HMAC key id sets linux/seg6.h's
    /// `SR6_FLAG1_HMAC` (0x08) and ends the header in a 40-byte `struct
    /// sr6_tlv_hmac` (type 5, length 38, two reserved bytes, the key id
    /// big-endian, 32 zero bytes), 5 more 8-byte units in `hdrlen`.
    #[test]
    fn reduced_modes_and_an_hmac_are_sent_as_the_kernel_reads_them() {
        let segs = [doc6(5), doc6(6)];
        let mut red = 3i32.to_ne_bytes().to_vec();
        red.extend_from_slice(&[0, 4, 4, 1, 1, 0, 0, 0]);
        red.extend_from_slice(&doc6(6).octets());
        red.extend_from_slice(&doc6(5).octets());
        sends(Encap::Seg6 { mode: Seg6Mode::EncapRed, segs: &segs, hmac: 0 }, &encap_attrs(&nla(1, &red), 5));

        let mut hmac = 4i32.to_ne_bytes().to_vec();
        hmac.extend_from_slice(&[0, 2 + 5, 4, 0, 0, 0x08, 0, 0]);
        hmac.extend_from_slice(&doc6(5).octets());
        hmac.extend_from_slice(&[5, 38, 0, 0, 0, 0, 0x01, 0x02]);
        hmac.extend_from_slice(&[0; 32]);
        let l2 = Encap::Seg6 { mode: Seg6Mode::L2EncapRed, segs: &segs[..1], hmac: 0x102 };
        sends(l2, &encap_attrs(&nla(1, &hmac), 5));
    }

    /// linux/lwtunnel.h: `LWTUNNEL_IP6_ID` (1, be64), `_DST` (2), `_SRC` (3),
    /// `_HOPLIMIT` (4, u8); the type is `LWTUNNEL_ENCAP_IP6` (4).
    #[test]
    fn an_ip6_encap_is_sent_as_the_kernel_reads_it() {
        let mut inner = nla(1, &6u64.to_be_bytes());
        put_attr(&mut inner, 2, &doc6(9).octets());
        put_attr(&mut inner, 3, &doc6(1).octets());
        put_attr(&mut inner, 4, &[4]);
        let tunnel = IpTunnel {
            id: Some(6),
            dst: Some(doc6(9)),
            src: Some(doc6(1)),
            ttl: Some(4),
            tos: None,
            flags: 0,
        };
        sends(Encap::Ip6(tunnel), &encap_attrs(&inner, 4));
    }

    /// `key csum` (linux/if_tunnel.h's TUNNEL_KEY 0x04 and TUNNEL_CSUM 0x01)
    /// as `LWTUNNEL_IP_FLAGS` (6), big-endian, after the rest.
    #[test]
    fn tunnel_flags_are_sent_big_endian() {
        let mut inner = nla(2, &[192, 0, 2, 9]);
        put_attr(&mut inner, 6, &[0x00, 0x05]);
        let tunnel = IpTunnel {
            dst: Some(core::net::Ipv4Addr::new(192, 0, 2, 9)),
            flags: tunnel_flags::KEY | tunnel_flags::CSUM,
            ..IpTunnel::default()
        };
        sends(Encap::Ip(tunnel), &encap_attrs(&inner, 2));
    }

    /// linux/seg6_local.h: `SEG6_LOCAL_ACTION` (1, u32), `_NH6` (5), `_OIF`
    /// (7, u32), `_COUNTERS` (10, nested: `_CNT_PACKETS` 2, `_BYTES` 3,
    /// `_ERRORS` 4, u64 each), `_FLAVORS` (11, nested: `_FLV_OPERATION` 1
    /// u32, `_LCBLOCK_BITS` 2 u8), then `_SRH` (2): seg6.h's header and the
    /// segments with segment 0 kept for the destination (End.B6, 9). The type
    /// is `LWTUNNEL_ENCAP_SEG6_LOCAL` (7).
    #[test]
    fn a_seg6local_encap_is_sent_as_the_kernel_reads_it() {
        let mut inner = nla(1, &9u32.to_ne_bytes());
        put_attr(&mut inner, 5, &doc6(8).octets());
        put_attr(&mut inner, 7, &3u32.to_ne_bytes());
        let mut counters = nla(2, &0u64.to_ne_bytes());
        put_attr(&mut counters, 3, &0u64.to_ne_bytes());
        put_attr(&mut counters, 4, &0u64.to_ne_bytes());
        put_attr(&mut inner, 10 | 0x8000, &counters);
        let mut flavors = nla(1, &(1u32 << 4).to_ne_bytes());
        put_attr(&mut flavors, 2, &[32]);
        put_attr(&mut inner, 11 | 0x8000, &flavors);
        let mut srh = vec![0, 4, 4, 1, 1, 0, 0, 0];
        srh.extend_from_slice(&[0; 16]);
        srh.extend_from_slice(&doc6(5).octets());
        put_attr(&mut inner, 2, &srh);
        let segs = [doc6(5)];
        let local = Seg6Local {
            action: 9,
            nh6: Some(doc6(8)),
            oif: Some(3),
            count: true,
            flavors: Some(Flavors { ops: 1 << 4, lblen: Some(32), nflen: None }),
            srh: Some(&segs),
            ..Seg6Local::default()
        };
        sends(Encap::Seg6Local(local), &encap_attrs(&inner, 7));
    }

    /// End.B6.Encaps (10): no slot for the destination; an HMAC key id sets
    /// flag 0x08 and ends the header in seg6.h's 40-byte `sr6_tlv_hmac`
    /// (type 5, length 38, the key id big-endian at byte 4).
    #[test]
    fn a_seg6local_header_with_an_hmac_is_sent_as_the_kernel_reads_it() {
        let mut inner = nla(1, &10u32.to_ne_bytes());
        let mut srh = vec![0, 7, 4, 0, 0, 0x08, 0, 0];
        srh.extend_from_slice(&doc6(5).octets());
        let mut tlv = [0u8; 40];
        tlv[..2].copy_from_slice(&[5, 38]);
        tlv[4..8].copy_from_slice(&7u32.to_be_bytes());
        srh.extend_from_slice(&tlv);
        put_attr(&mut inner, 2, &srh);
        let segs = [doc6(5)];
        let local = Seg6Local { action: 10, srh: Some(&segs), hmac: 7, ..Seg6Local::default() };
        sends(Encap::Seg6Local(local), &encap_attrs(&inner, 7));
    }

    /// linux/rpl_iptunnel.h: `RPL_IPTUNNEL_SRH` (1) is rpl.h's `struct
    /// ipv6_rpl_sr_hdr`: next header, hdrlen (8-byte units past the first 8),
    /// type 3, segments_left (the count), four zero bytes, then the segments
    /// last visited first. The type is `LWTUNNEL_ENCAP_RPL` (8).
    #[test]
    fn an_rpl_encap_is_sent_as_the_kernel_reads_it() {
        let mut srh = vec![0, 4, 3, 2, 0, 0, 0, 0];
        srh.extend_from_slice(&doc6(6).octets());
        srh.extend_from_slice(&doc6(5).octets());
        sends(Encap::Rpl { segs: &[doc6(5), doc6(6)] }, &encap_attrs(&nla(1, &srh), 8));
    }

    /// linux/ioam6_iptunnel.h: `FREQ_K` (4) and `FREQ_N` (5) u32, `MODE` (1)
    /// u8 (2: encap), `DST` (2), `TRACE` (3): ioam6.h's `struct
    /// ioam6_trace_hdr`, namespace big-endian, `remlen` (size / 4) in byte 3,
    /// the 24-bit type in the top of a big-endian word. The type is
    /// `LWTUNNEL_ENCAP_IOAM6` (9).
    #[test]
    fn an_ioam6_encap_is_sent_as_the_kernel_reads_it() {
        let mut inner = nla(4, &1u32.to_ne_bytes());
        put_attr(&mut inner, 5, &4u32.to_ne_bytes());
        put_attr(&mut inner, 1, &[2]);
        put_attr(&mut inner, 2, &doc6(9).octets());
        put_attr(&mut inner, 3, &[0x01, 0x02, 0, 3, 0x80, 0x00, 0x01, 0x00]);
        let t = Ioam6 {
            freq_k: 1,
            freq_n: 4,
            mode: ioam6_iptunnel::MODE_ENCAP,
            dst: Some(doc6(9)),
            trace_type: 0x80_0001,
            namespace: 0x102,
            size: 12,
        };
        sends(Encap::Ioam6(t), &encap_attrs(&inner, 9));
        assert!(Encap::Ioam6(Ioam6 { size: 6, ..t }).validate().is_err());
        assert!(Encap::Ioam6(Ioam6 { freq_k: 5, ..t }).validate().is_err());
    }

    /// linux/lwtunnel.h: `LWT_XFRM_IF_ID` (1) and `LWT_XFRM_LINK` (2), u32;
    /// the type is `LWTUNNEL_ENCAP_XFRM` (10).
    #[test]
    fn an_xfrm_encap_is_sent_as_the_kernel_reads_it() {
        let mut inner = nla(1, &5u32.to_ne_bytes());
        put_attr(&mut inner, 2, &3u32.to_ne_bytes());
        sends(Encap::Xfrm { if_id: 5, link: Some(3) }, &encap_attrs(&inner, 10));
        assert!(Encap::Xfrm { if_id: 0, link: None }.validate().is_err());
    }
}
