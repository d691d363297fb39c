//! Nexthop objects (`RTM_NEWNEXTHOP`/`RTM_DELNEXTHOP`/`RTM_GETNEXTHOP`):
//! `struct nhmsg`, `NHA_*` attributes, groups, and the [`NextHopObject`] view.
//!
//! A nexthop object is a gateway, a device, a blackhole or a group of other
//! nexthops, with an id that routes refer to (`RTA_NH_ID`, `ip route add
//! ... nhid N`). Constants come from `include/uapi/linux/nexthop.h`.

use core::net::IpAddr;

use zerocopy::{FromBytes, IntoBytes};

use crate::attr::Attr;
use crate::attr::Attrs;
use crate::build::{Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::message::message_view;
use crate::message::{msg_type, MsgFlags};
use crate::rtnl::{af, NextHopFlags};
use crate::tables::rt_nexthop::NexthopAttrs;

pub use crate::tables::rt_nexthop::{
    nexthop_attrs as nha, nexthop_grp_type, nh_group_stats_attrs as nha_group_stats,
    nh_group_stats_entry_attrs as nha_group_stats_entry, nh_res_bucket_attrs as nha_res_bucket,
    nh_res_group_attrs as nha_res_group, nha_op_flags, NexthopGrp, Nhmsg as NhMsg,
};

/// One member of a nexthop group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupEntry {
    /// Id of the member nexthop.
    pub id: u32,
    /// Weight, 1 to 256 (up to 65536 on kernels that use `weight_high`).
    pub weight: u32,
}

/// Iterator over the entries of `NHA_GROUP`.
#[derive(Debug, Clone)]
pub struct GroupEntries<'a> {
    chunks: core::slice::ChunksExact<'a, u8>,
    wide: bool,
}

impl Iterator for GroupEntries<'_> {
    type Item = GroupEntry;

    fn next(&mut self) -> Option<GroupEntry> {
        let grp = NexthopGrp::ref_from_bytes(self.chunks.next()?).ok()?;
        let high = if self.wide { u32::from(grp.weight_high) } else { 0 };
        Some(GroupEntry { id: grp.id.get(), weight: ((high << 8) | u32::from(grp.weight)) + 1 })
    }
}

message_view! {
    /// A view of an `RTM_NEWNEXTHOP`/`RTM_DELNEXTHOP`/`RTM_GETNEXTHOP` message.
    NextHopObject, NhMsg, NexthopAttrs, "nexthop", family = nh_family, [msg_type::RTM_NEWNEXTHOP, msg_type::RTM_DELNEXTHOP, msg_type::RTM_GETNEXTHOP],
    header {
        /// Scope (`RT_SCOPE_*`).
        scope: u8 = nh_scope,
        /// Protocol (`RTPROT_*`).
        protocol: u8 = nh_protocol,
    }
}

impl<'a> NextHopObject<'a> {
    /// `RTNH_F_*` flags; unknown bits are kept.
    pub fn flags(&self) -> NextHopFlags {
        NextHopFlags::from_bits_retain(self.header.nh_flags.get())
    }
    /// `NHA_GROUP`: the members of a group. Weights use `weight_high` only
    /// when the reply's `NHA_OP_FLAGS` says the kernel zeroes it.
    pub fn group(&self) -> Result<Option<GroupEntries<'a>>> {
        let Some(attr) = self.attrs.0.find(nha::GROUP)? else {
            return Ok(None);
        };
        let size = core::mem::size_of::<NexthopGrp>();
        let payload = attr.payload();
        if payload.len() % size != 0 {
            return Err(Error::AttrSize {
                kind: attr.kind(),
                offset: attr.offset(),
                expected: payload.len().next_multiple_of(size),
                actual: payload.len(),
            });
        }
        let wide = self.op_flags()?.is_some_and(|f| f.bits() & nha_op_flags::RESP_GRP_RESVD_0 != 0);
        Ok(Some(GroupEntries { chunks: payload.chunks_exact(size), wide }))
    }
    /// `NHA_ENCAP`: the encapsulation's attributes.
    pub fn encap(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.attrs.0.find(nha::ENCAP)?.map(|a| a.nested()))
    }
    /// `NHA_HW_STATS_ENABLE`.
    pub fn hw_stats_enable(&self) -> Result<Option<bool>> {
        Ok(self.attrs.0.read(nha::HW_STATS_ENABLE, Attr::u32)?.map(|v| v != 0))
    }
    /// `NHA_HW_STATS_USED`.
    pub fn hw_stats_used(&self) -> Result<Option<bool>> {
        Ok(self.attrs.0.read(nha::HW_STATS_USED, Attr::u32)?.map(|v| v != 0))
    }
}

// ---------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------

/// What a [`NexthopRequest`] describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NexthopKind<'a> {
    /// A gateway and/or a device (`ip nexthop add id N via A dev D`).
    Path {
        /// `NHA_GATEWAY`.
        gateway: Option<IpAddr>,
        /// `NHA_OIF`.
        oif: Option<u32>,
        /// `RTNH_F_ONLINK`.
        onlink: bool,
    },
    /// `NHA_BLACKHOLE`.
    Blackhole,
    /// A group of other nexthops (`group ID[,WEIGHT]/...`), `NHA_GROUP` and
    /// `NHA_GROUP_TYPE`.
    Group {
        /// `(id, weight)` pairs. Weights above 256 use `weight_high`, which
        /// only kernels with 16-bit weights accept.
        members: &'a [(u32, u16)],
        /// `nexthop_grp_type::*`.
        group_type: u16,
    },
}

/// The parameters of a resilient group (`type resilient buckets N
/// idle_timer S unbalanced_timer S`), sent nested in `NHA_RES_GROUP`.
/// Timers are `clock_t`, hundredths of a second (`ip` takes seconds and
/// multiplies by 100); unset ones take the kernel's defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ResilientGroup {
    /// `NHA_RES_GROUP_BUCKETS`: the number of hash buckets.
    pub buckets: Option<u16>,
    /// `NHA_RES_GROUP_IDLE_TIMER`: how long a bucket stays idle before it may move.
    pub idle_timer: Option<u32>,
    /// `NHA_RES_GROUP_UNBALANCED_TIMER`: how long the group may stay unbalanced.
    pub unbalanced_timer: Option<u32>,
}

/// The verb of a [`NexthopRequest`], with `ip nexthop`'s flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NexthopOp {
    /// `ip nexthop add`: `NLM_F_CREATE | NLM_F_EXCL`.
    Add,
    /// `ip nexthop replace`: `NLM_F_CREATE | NLM_F_REPLACE`.
    Replace,
    /// `ip nexthop del`: only the id is sent.
    Del,
}

/// Adds, replaces or deletes a nexthop object (`ip nexthop add|replace|del`).
///
/// Defaults as `ip nexthop`: the family is the gateway's, `AF_INET` for
/// device-only and blackhole nexthops, `AF_UNSPEC` for groups (set
/// [`family`](Self::family) for `ip -6 nexthop add ... dev X`); the protocol
/// is 0. An id of 0 asks the kernel to choose one (adds only).
///
/// ```
/// use core::net::{IpAddr, Ipv4Addr};
/// use nlwire::build::Builder;
/// use nlwire::nexthop::{NextHopObject, NexthopKind, NexthopRequest};
/// use nlwire::Messages;
///
/// let gw = IpAddr::V4(Ipv4Addr::new(10, 1, 0, 254));
/// let req = NexthopRequest::add(10, NexthopKind::Path { gateway: Some(gw), oif: Some(3), onlink: false });
/// let mut buf = [0u8; 64];
/// let mut b = Builder::new(&mut buf);
/// b.push(&req, 1)?;
/// let nh = NextHopObject::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
/// assert_eq!((nh.id()?, nh.gateway()?, nh.oif()?), (Some(10), Some(gw), Some(3)));
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NexthopRequest<'a> {
    /// The verb.
    pub op: NexthopOp,
    /// `NHA_ID`.
    pub id: u32,
    /// What the nexthop is (ignored by deletes).
    pub kind: NexthopKind<'a>,
    /// `nh_family`; `None` for `ip nexthop`'s default.
    pub family: Option<u8>,
    /// `nh_protocol`.
    pub protocol: u8,
    /// `NHA_FDB`.
    pub fdb: bool,
    /// `NHA_RES_GROUP`: a group's resilient parameters (its type must be
    /// `nexthop_grp_type::RESILIENT`).
    pub resilient: Option<ResilientGroup>,
}

impl<'a> NexthopRequest<'a> {
    /// `ip nexthop add id ID ...`.
    pub const fn add(id: u32, kind: NexthopKind<'a>) -> Self {
        NexthopRequest {
            op: NexthopOp::Add,
            id,
            kind,
            family: None,
            protocol: 0,
            fdb: false,
            resilient: None,
        }
    }
    /// `ip nexthop replace id ID ...`.
    pub const fn replace(id: u32, kind: NexthopKind<'a>) -> Self {
        NexthopRequest { op: NexthopOp::Replace, ..Self::add(id, kind) }
    }
    /// `ip nexthop del id ID`.
    pub const fn del(id: u32) -> Self {
        NexthopRequest { op: NexthopOp::Del, ..Self::add(id, NexthopKind::Blackhole) }
    }

    /// The `nh_family` sent: the one set, else `ip nexthop`'s default.
    pub fn resolved_family(&self) -> u8 {
        if let Some(family) = self.family {
            return family;
        }
        match self.kind {
            NexthopKind::Path { gateway: Some(IpAddr::V6(_)), .. } => af::INET6,
            NexthopKind::Path { .. } | NexthopKind::Blackhole => af::INET,
            NexthopKind::Group { .. } => af::UNSPEC,
        }
    }

    fn check(&self) -> Result<()> {
        if self.op == NexthopOp::Del {
            return if self.id == 0 { Err(Error::invalid("delete needs a nexthop id")) } else { Ok(()) };
        }
        if let NexthopKind::Path { gateway: Some(gw), .. } = self.kind {
            let gw_family = if gw.is_ipv4() { af::INET } else { af::INET6 };
            if self.resolved_family() != gw_family {
                return Err(Error::invalid("gateway family differs from the nexthop's"));
            }
        }
        match self.kind {
            NexthopKind::Path { gateway: None, oif: None, .. } => {
                Err(Error::invalid("nexthop needs a gateway, a device or blackhole"))
            }
            NexthopKind::Group { members: [], .. } => Err(Error::invalid("empty nexthop group")),
            NexthopKind::Group { members, .. } if members.iter().any(|&(id, w)| id == 0 || w == 0) => {
                Err(Error::invalid("group member with id 0 or weight 0"))
            }
            NexthopKind::Group { group_type, .. }
                if self.resilient.is_some() && group_type != nexthop_grp_type::RESILIENT =>
            {
                Err(Error::invalid("resilient parameters on a group that is not resilient"))
            }
            NexthopKind::Path { .. } | NexthopKind::Blackhole if self.resilient.is_some() => {
                Err(Error::invalid("resilient parameters on a nexthop that is not a group"))
            }
            _ => Ok(()),
        }
    }
}

impl Request for NexthopRequest<'_> {
    fn header(&self, seq: u32) -> Header {
        let (kind, verb) = match self.op {
            NexthopOp::Add => (msg_type::RTM_NEWNEXTHOP, MsgFlags::CREATE | MsgFlags::EXCL),
            NexthopOp::Replace => (msg_type::RTM_NEWNEXTHOP, MsgFlags::CREATE | MsgFlags::REPLACE),
            NexthopOp::Del => (msg_type::RTM_DELNEXTHOP, MsgFlags::empty()),
        };
        Header::new(kind, MsgFlags::REQUEST | MsgFlags::ACK | verb, seq)
    }

    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.check()?;
        if self.op == NexthopOp::Del {
            m.family_header(&NhMsg::default())?;
            return m.u32(nha::ID, self.id);
        }
        let flags = match self.kind {
            NexthopKind::Path { onlink: true, .. } => NextHopFlags::ONLINK.bits(),
            _ => 0,
        };
        let header = NhMsg {
            nh_family: self.resolved_family(),
            nh_protocol: self.protocol,
            nh_flags: flags.into(),
            ..NhMsg::default()
        };
        m.family_header(&header)?;
        if self.id != 0 {
            m.u32(nha::ID, self.id)?;
        }
        match self.kind {
            NexthopKind::Path { gateway, oif, .. } => {
                m.opt(nha::OIF, oif, MessageWriter::u32)?;
                m.opt(nha::GATEWAY, gateway, MessageWriter::ip)?;
            }
            NexthopKind::Blackhole => m.flag(nha::BLACKHOLE)?,
            NexthopKind::Group { members, group_type } => {
                m.container(nha::GROUP, |m| {
                    members.iter().try_for_each(|&(id, weight)| {
                        let w = weight.saturating_sub(1).to_le_bytes();
                        let [low, high] = [w[0], w[1]];
                        let grp =
                            NexthopGrp { id: id.into(), weight: low, weight_high: high, resvd2: [0; 2] };
                        m.raw(grp.as_bytes())
                    })
                })?;
                m.u16(nha::GROUP_TYPE, group_type)?;
                if let Some(res) = self.resilient {
                    m.nest(nha::RES_GROUP, |m| {
                        m.opt(nha_res_group::BUCKETS, res.buckets, MessageWriter::u16)?;
                        m.opt(nha_res_group::IDLE_TIMER, res.idle_timer, MessageWriter::u32)?;
                        m.opt(nha_res_group::UNBALANCED_TIMER, res.unbalanced_timer, MessageWriter::u32)?;
                        Ok(())
                    })?;
                }
            }
        }
        if self.fdb {
            m.flag(nha::FDB)?;
        }
        Ok(())
    }
}

/// `ip nexthop get id ID`: `RTM_GETNEXTHOP`, acknowledged like every
/// single-reply request here (`ip` omits the ACK): the reply, then the ACK.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NexthopGet {
    /// `NHA_ID`.
    pub id: u32,
}

impl Request for NexthopGet {
    /// Acknowledged like every single-reply request here (`ip nexthop get`
    /// omits the ACK): the reply then ends with the ACK, as a route `Get`'s.
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_GETNEXTHOP, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.id == 0 {
            return Err(Error::invalid("get needs a nexthop id"));
        }
        m.family_header(&NhMsg::default())?;
        m.u32(nha::ID, self.id)
    }
}

/// `ip nexthop show`: a dump, filtered by the kernel.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NexthopDump {
    /// Address family; `AF_UNSPEC` for all.
    pub family: u8,
    /// `NHA_OIF`: only nexthops through this device.
    pub oif: Option<u32>,
    /// `NHA_MASTER`: only nexthops whose device has this master.
    pub master: Option<u32>,
    /// `NHA_GROUPS`: only groups.
    pub groups: bool,
    /// `NHA_FDB`: only FDB nexthops.
    pub fdb: bool,
}

impl Request for NexthopDump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETNEXTHOP, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&NhMsg { nh_family: self.family, ..NhMsg::default() })?;
        m.opt(nha::OIF, self.oif, MessageWriter::u32)?;
        m.opt(nha::MASTER, self.master, MessageWriter::u32)?;
        if self.groups {
            m.flag(nha::GROUPS)?;
        }
        if self.fdb {
            m.flag(nha::FDB)?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Spec tables
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_prelude::*;

    fn parse(buf: &[u8]) -> (crate::Message<'_>, NextHopObject<'_>) {
        let msg = Messages::new(buf).next().unwrap().unwrap();
        let nh = NextHopObject::parse(&msg).unwrap();
        (msg, nh)
    }

    fn emit<R: Request>(req: &R, buf: &mut [u8]) -> usize {
        let mut again = [0u8; 256];
        let n = Builder::new(buf).push(req, 3).unwrap();
        let m = Builder::new(&mut again).push(req, 3).unwrap();
        assert_eq!(&buf[..n], &again[..m]);
        n
    }

    #[test]
    fn sizes() {
        assert_eq!(core::mem::size_of::<NexthopGrp>(), 8);
    }

    /// An `RTM_NEWNEXTHOP` for a two-member group written by hand from
    /// `nexthop.h`: nhmsg, NHA_ID 100, NHA_GROUP {1 w1, 2 w3}, NHA_GROUP_TYPE 0.
    #[test]
    fn byte_exact_group_add_and_its_view() {
        let mut want = [0u8; 16 + 8 + 8 + 20 + 8];
        let n = want.len();
        want[0..4].copy_from_slice(&(n as u32).to_ne_bytes());
        want[4..6].copy_from_slice(&104u16.to_ne_bytes());
        want[6..8].copy_from_slice(&0x605u16.to_ne_bytes());
        want[8..12].copy_from_slice(&3u32.to_ne_bytes());
        // nhmsg all zero (AF_UNSPEC, no flags)
        want[24..26].copy_from_slice(&8u16.to_ne_bytes());
        want[26..28].copy_from_slice(&1u16.to_ne_bytes());
        want[28..32].copy_from_slice(&100u32.to_ne_bytes());
        want[32..34].copy_from_slice(&20u16.to_ne_bytes());
        want[34..36].copy_from_slice(&2u16.to_ne_bytes());
        want[36..40].copy_from_slice(&1u32.to_ne_bytes());
        want[40] = 0; // weight 1 - 1
        want[44..48].copy_from_slice(&2u32.to_ne_bytes());
        want[48] = 2; // weight 3 - 1
        want[52..54].copy_from_slice(&6u16.to_ne_bytes());
        want[54..56].copy_from_slice(&3u16.to_ne_bytes());
        // NHA_GROUP_TYPE 0 then two bytes of padding

        let members = [(1, 1), (2, 3)];
        let req = NexthopRequest::add(
            100,
            NexthopKind::Group { members: &members, group_type: nexthop_grp_type::MPATH },
        );
        let mut buf = [0u8; 256];
        let got = emit(&req, &mut buf);
        assert_eq!(&buf[..got], &want[..]);

        let (msg, nh) = parse(&buf[..got]);
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::ACK | MsgFlags::CREATE | MsgFlags::EXCL);
        assert_eq!(nh.id().unwrap(), Some(100));
        assert_eq!(nh.group_type().unwrap(), Some(0));
        let entries: heapless::Vec<GroupEntry, 4> = nh.group().unwrap().unwrap().collect();
        assert_eq!(&entries[..], &[GroupEntry { id: 1, weight: 1 }, GroupEntry { id: 2, weight: 3 }]);
        assert!(!nh.blackhole().unwrap());
        assert_eq!(nh.gateway().unwrap(), None);
    }

    /// A resilient group's parameters, written by hand from `nexthop.h`:
    /// after NHA_GROUP and NHA_GROUP_TYPE 1, NHA_RES_GROUP (12, nested) with
    /// BUCKETS 8 (u16), IDLE_TIMER 10000 and UNBALANCED_TIMER 20000 (u32).
    #[test]
    fn byte_exact_resilient_group_parameters() {
        let members = [(1, 1)];
        let req = NexthopRequest {
            resilient: Some(ResilientGroup {
                buckets: Some(8),
                idle_timer: Some(10_000),
                unbalanced_timer: Some(20_000),
            }),
            ..NexthopRequest::add(
                11,
                NexthopKind::Group { members: &members, group_type: nexthop_grp_type::RESILIENT },
            )
        };
        let mut buf = [0u8; 256];
        let n = emit(&req, &mut buf);
        // nlmsghdr 16, nhmsg 8, NHA_ID 8, NHA_GROUP 12, NHA_GROUP_TYPE 8: the nest at 52.
        let mut want = [0u8; 4 + 8 + 8 + 8];
        want[0..2].copy_from_slice(&28u16.to_ne_bytes());
        want[2..4].copy_from_slice(&(12u16 | 0x8000).to_ne_bytes());
        want[4..6].copy_from_slice(&6u16.to_ne_bytes());
        want[6..8].copy_from_slice(&1u16.to_ne_bytes());
        want[8..10].copy_from_slice(&8u16.to_ne_bytes());
        want[12..14].copy_from_slice(&8u16.to_ne_bytes());
        want[14..16].copy_from_slice(&2u16.to_ne_bytes());
        want[16..20].copy_from_slice(&10_000u32.to_ne_bytes());
        want[20..22].copy_from_slice(&8u16.to_ne_bytes());
        want[22..24].copy_from_slice(&3u16.to_ne_bytes());
        want[24..28].copy_from_slice(&20_000u32.to_ne_bytes());
        assert_eq!(&buf[52..n], &want[..]);
        let (_, nh) = parse(&buf[..n]);
        assert_eq!(nh.group_type().unwrap(), Some(nexthop_grp_type::RESILIENT));
        assert!(nh.res_group().unwrap().is_some());
        // Unset parameters are left to the kernel: an empty nest.
        let req = NexthopRequest { resilient: Some(ResilientGroup::default()), ..req };
        let n = emit(&req, &mut buf);
        let mut empty = [0u8; 4];
        empty[0..2].copy_from_slice(&4u16.to_ne_bytes());
        empty[2..4].copy_from_slice(&(12u16 | 0x8000).to_ne_bytes());
        assert_eq!(&buf[52..n], &empty[..]);
    }

    #[test]
    fn weight_high_is_used_only_when_the_kernel_says_so() {
        let members = [(7, 300)];
        let req = NexthopRequest::add(
            1,
            NexthopKind::Group { members: &members, group_type: nexthop_grp_type::RESILIENT },
        );
        let mut buf = [0u8; 256];
        let n = emit(&req, &mut buf);
        let (_, nh) = parse(&buf[..n]);
        // 299 = 0x12b: low byte 0x2b, high byte 1; without NHA_OP_FLAGS only the low byte counts
        assert_eq!(nh.group().unwrap().unwrap().next(), Some(GroupEntry { id: 7, weight: 0x2c }));
        // append NHA_OP_FLAGS with RESP_GRP_RESVD_0 and fix nlmsg_len
        let op = [8u8, 0, 0, 0];
        let mut longer = [0u8; 256];
        longer[..n].copy_from_slice(&buf[..n]);
        longer[n..n + 4].copy_from_slice(&op);
        longer[n + 2..n + 4].copy_from_slice(&nha::OP_FLAGS.to_ne_bytes());
        longer[n..n + 2].copy_from_slice(&8u16.to_ne_bytes());
        longer[n + 4..n + 8].copy_from_slice(&nha_op_flags::RESP_GRP_RESVD_0.to_ne_bytes());
        longer[..4].copy_from_slice(&((n + 8) as u32).to_ne_bytes());
        let (_, nh) = parse(&longer[..n + 8]);
        assert_eq!(nh.group().unwrap().unwrap().next(), Some(GroupEntry { id: 7, weight: 300 }));
    }

    #[test]
    fn path_blackhole_del_get_dump_round_trip() {
        let mut buf = [0u8; 256];
        let gw = IpAddr::V6(Ipv6Addr::new(0xfe80, 0, 0, 0, 0, 0, 0, 1));
        let req =
            NexthopRequest::replace(5, NexthopKind::Path { gateway: Some(gw), oif: Some(2), onlink: true });
        let n = emit(&req, &mut buf);
        let (msg, nh) = parse(&buf[..n]);
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::ACK | MsgFlags::CREATE | MsgFlags::REPLACE);
        assert_eq!((nh.family(), nh.id().unwrap(), nh.oif().unwrap()), (af::INET6, Some(5), Some(2)));
        assert_eq!(nh.gateway().unwrap(), Some(gw));
        assert_eq!(nh.flags(), NextHopFlags::ONLINK);

        let n =
            emit(&NexthopRequest { fdb: true, ..NexthopRequest::add(6, NexthopKind::Blackhole) }, &mut buf);
        let (_, nh) = parse(&buf[..n]);
        assert!(nh.blackhole().unwrap() && nh.fdb().unwrap());
        assert_eq!(nh.family(), af::INET); // as ip nexthop add ... blackhole

        let n = emit(&NexthopRequest::del(6), &mut buf);
        let (msg, nh) = parse(&buf[..n]);
        assert_eq!((msg.kind(), msg.flags()), (msg_type::RTM_DELNEXTHOP, MsgFlags::REQUEST | MsgFlags::ACK));
        assert_eq!(nh.id().unwrap(), Some(6));
        assert_eq!(nh.attrs().count(), 1);

        let n = emit(&NexthopGet { id: 6 }, &mut buf);
        let (msg, nh) = parse(&buf[..n]);
        assert_eq!(
            (msg.kind(), msg.flags(), nh.id().unwrap()),
            (msg_type::RTM_GETNEXTHOP, MsgFlags::REQUEST | MsgFlags::ACK, Some(6))
        );

        let dump = NexthopDump { family: af::INET, oif: Some(3), master: Some(9), groups: true, fdb: false };
        let n = emit(&dump, &mut buf);
        let (msg, nh) = parse(&buf[..n]);
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::DUMP);
        assert_eq!((nh.family(), nh.oif().unwrap(), nh.master().unwrap()), (af::INET, Some(3), Some(9)));
        assert!(nh.attrs().find(nha::GROUPS).unwrap().is_some());

        let v4 = NexthopRequest::add(
            0,
            NexthopKind::Path {
                gateway: Some(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1))),
                oif: None,
                onlink: false,
            },
        );
        let n = emit(&v4, &mut buf);
        let (_, nh) = parse(&buf[..n]);
        assert_eq!((nh.family(), nh.id().unwrap()), (af::INET, None)); // id 0: the kernel picks

        let dev_only = NexthopKind::Path { gateway: None, oif: Some(2), onlink: false };
        assert_eq!(NexthopRequest::add(1, dev_only).resolved_family(), af::INET);
        let six = NexthopRequest { family: Some(af::INET6), ..NexthopRequest::add(1, dev_only) };
        let n = emit(&six, &mut buf);
        assert_eq!(parse(&buf[..n]).1.family(), af::INET6);
        let members = [(1, 1)];
        let group = NexthopKind::Group { members: &members, group_type: 0 };
        assert_eq!(NexthopRequest::add(2, group).resolved_family(), af::UNSPEC);
    }

    #[test]
    fn invalid_requests_write_nothing() {
        let bad_weight = [(1, 0)];
        let zero_id = [(0, 1)];
        let cases = [
            NexthopRequest::add(1, NexthopKind::Path { gateway: None, oif: None, onlink: false }),
            NexthopRequest::add(1, NexthopKind::Group { members: &[], group_type: 0 }),
            NexthopRequest::add(1, NexthopKind::Group { members: &bad_weight, group_type: 0 }),
            NexthopRequest::add(1, NexthopKind::Group { members: &zero_id, group_type: 0 }),
            NexthopRequest::del(0),
            NexthopRequest {
                resilient: Some(ResilientGroup::default()),
                ..NexthopRequest::add(1, NexthopKind::Blackhole)
            },
            NexthopRequest {
                resilient: Some(ResilientGroup::default()),
                ..NexthopRequest::add(1, NexthopKind::Group { members: &[(1, 1)], group_type: 0 })
            },
            NexthopRequest {
                family: Some(af::INET6),
                ..NexthopRequest::add(
                    1,
                    NexthopKind::Path {
                        gateway: Some(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1))),
                        oif: None,
                        onlink: false,
                    },
                )
            },
        ];
        for (i, req) in cases.iter().enumerate() {
            let mut buf = [0u8; 128];
            let mut b = Builder::new(&mut buf);
            assert!(matches!(b.push(req, 1), Err(Error::InvalidValue { .. })), "case {i}");
            assert!(b.is_empty());
        }
        assert!(Builder::new(&mut [0u8; 64]).push(&NexthopGet { id: 0 }, 1).is_err());
    }

    #[test]
    fn a_group_of_odd_size_is_an_error() {
        let mut buf = [0u8; 16 + 8 + 16];
        buf[..4].copy_from_slice(&40u32.to_ne_bytes());
        buf[4..6].copy_from_slice(&msg_type::RTM_NEWNEXTHOP.to_ne_bytes());
        buf[24..26].copy_from_slice(&14u16.to_ne_bytes()); // 10 payload bytes
        buf[26..28].copy_from_slice(&nha::GROUP.to_ne_bytes());
        let (msg, nh) = parse(&buf);
        assert!(matches!(nh.group(), Err(Error::AttrSize { expected: 16, actual: 10, .. })));
        assert_eq!(msg.get("group").unwrap(), Some(crate::spec::Value::Bytes(&buf[28..38])));
        let mut out = heapless::String::<1024>::new();
        crate::fmt::write_json(&msg, &mut out).unwrap();
        assert!(out.contains("\"NHA_GROUP\""));
    }
}
