//! Lightweight tunnel encapsulations of a route (`ip route add ... encap
//! TYPE ...`): the payload of `RTA_ENCAP` and the `RTA_ENCAP_TYPE` that
//! names it. Constants come from `include/uapi/linux/lwtunnel.h`,
//! `mpls_iptunnel.h` and `seg6_iptunnel.h`.
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
}

/// An MPLS label value is 20 bits.
const MPLS_LABEL_MAX: u32 = (1 << 20) - 1;
/// At most this many labels (the kernel's `MAX_NEW_LABELS`).
const MPLS_MAX_LABELS: usize = 30;
/// `IPV6_SRCRT_TYPE_4`: the segment routing header's routing type.
const SRH_TYPE: u8 = 4;

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
    /// `encap seg6 mode MODE segs A,B,...`: the segments in the order the
    /// packet visits them (1 to 126).
    Seg6 {
        /// How the header is added.
        mode: Seg6Mode,
        /// The segments, first visited first.
        segs: &'a [Ipv6Addr],
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
            Encap::Seg6 { mode, segs } => emit_seg6(m, mode, segs)?,
            Encap::Raw { attrs, .. } => m.raw(attrs)?,
        }
        Ok(())
    }
}

/// `SEG6_IPTUNNEL_SRH`: `int mode`, then `struct ipv6_sr_hdr` (8 bytes)
/// and the segments, last visited first, as iproute2 lays them out. Inline
/// mode keeps segment 0 (`::`) for the packet's own destination, which the
/// kernel fills in.
fn emit_seg6(m: &mut MessageWriter<'_>, mode: Seg6Mode, segs: &[Ipv6Addr]) -> Result<()> {
    let (mode, reserved): (i32, usize) = match mode {
        Seg6Mode::Inline => (0, 1),
        Seg6Mode::Encap => (1, 0),
        Seg6Mode::L2Encap => (2, 0),
    };
    let last = (segs.len() + reserved).checked_sub(1).and_then(|n| u8::try_from(n).ok());
    let last = last.filter(|&n| n < 127).ok_or(Error::invalid("seg6 encap needs 1 to 126 segments"))?;
    // hdrlen: the header's length in 8-byte units, the first 8 not counted.
    let hdrlen = (last + 1) * 2;
    let srh = [0, hdrlen, SRH_TYPE, last, last, 0, 0, 0];
    m.container(SEG6_IPTUNNEL_SRH, |m| {
        m.raw(&mode.to_ne_bytes())?;
        m.raw(&srh)?;
        if reserved == 1 {
            m.raw(&Ipv6Addr::UNSPECIFIED.octets())?;
        }
        segs.iter().rev().try_for_each(|seg| m.raw(&seg.octets()))
    })
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
        sends(Encap::Seg6 { mode: Seg6Mode::Encap, segs: &segs }, &encap_attrs(&nla(1, &encap), 5));

        let mut inline = 0i32.to_ne_bytes().to_vec();
        inline.extend_from_slice(&[0, 4, 4, 1, 1, 0, 0, 0]);
        inline.extend_from_slice(&[0; 16]);
        inline.extend_from_slice(&doc6(5).octets());
        sends(Encap::Seg6 { mode: Seg6Mode::Inline, segs: &segs[..1] }, &encap_attrs(&nla(1, &inline), 5));
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
}
