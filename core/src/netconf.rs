//! Per-interface IP configuration (`ip netconf`): `struct netconfmsg`,
//! `NETCONFA_*` attributes, the [`NetConf`] view and the typed requests.
//!
//! The header is one byte (`ncm_family`); the kernel pads it to 4, so the
//! attributes start 4 bytes into the payload.
//!
//! ```
//! use nlwire::build::{Builder, Header};
//! use nlwire::netconf::{netconfa, NetConf, NetConfMsg, IFINDEX_ALL};
//! use nlwire::{msg_type, rtnl::af, Messages, MsgFlags};
//! // net.ipv4.conf.all as the kernel sends it, with fewer attributes.
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! b.message(Header::new(msg_type::RTM_NEWNETCONF, MsgFlags::MULTI, 1), |m| {
//!     m.family_header(&NetConfMsg { ncm_family: af::INET })?;
//!     m.i32(netconfa::IFINDEX, IFINDEX_ALL)?;
//!     m.i32(netconfa::FORWARDING, 0)
//! })?;
//! let all = NetConf::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
//! assert_eq!(all.ifindex()?, Some(IFINDEX_ALL));
//! assert_eq!(all.forwarding()?, Some(0));
//! # Ok::<(), nlwire::Error>(())
//! ```

use crate::build::{Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::message::message_view;
use crate::message::{msg_type, MsgFlags};
use crate::tables::rt_netconf::NetconfAttrs;

use crate::rtnl::af::{INET as AF_INET, INET6 as AF_INET6, MPLS as AF_MPLS};

/// `NETCONFA_IFINDEX_ALL`: the "all" configuration (`net.ipv4.conf.all`).
pub const IFINDEX_ALL: i32 = -1;
/// `NETCONFA_IFINDEX_DEFAULT`: the defaults for new interfaces (`conf.default`).
pub const IFINDEX_DEFAULT: i32 = -2;

pub use crate::tables::rt_netconf::{netconf_attrs as netconfa, Netconfmsg as NetConfMsg};

message_view! {
    /// A view of an `RTM_NEWNETCONF`/`RTM_DELNETCONF`/`RTM_GETNETCONF` message.
    ///
    /// Every value is an `s32`, as the kernel sends them.
    NetConf, NetConfMsg, NetconfAttrs, "netconf", family = ncm_family, [msg_type::RTM_NEWNETCONF, msg_type::RTM_DELNETCONF, msg_type::RTM_GETNETCONF]
}

/// `ip netconf show dev DEV`: the configuration of one interface (or of
/// [`IFINDEX_ALL`] / [`IFINDEX_DEFAULT`]), answered by an `RTM_NEWNETCONF`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Get {
    /// `AF_INET`, `AF_INET6` or `AF_MPLS`.
    pub family: u8,
    /// Interface index, [`IFINDEX_ALL`] or [`IFINDEX_DEFAULT`].
    pub ifindex: i32,
}

impl Request for Get {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_GETNETCONF, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if ![AF_INET, AF_INET6, AF_MPLS].contains(&self.family) {
            return Err(Error::InvalidValue { what: "netconf get needs AF_INET, AF_INET6 or AF_MPLS" });
        }
        if self.ifindex <= 0 && self.ifindex != IFINDEX_ALL && self.ifindex != IFINDEX_DEFAULT {
            return Err(Error::InvalidValue { what: "netconf ifindex must be positive, ALL or DEFAULT" });
        }
        m.family_header(&NetConfMsg { ncm_family: self.family })?;
        m.i32(netconfa::IFINDEX, self.ifindex)
    }
}

/// `ip netconf show`: every interface's configuration for a family (0: all).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dump {
    /// Address family; 0 dumps every family.
    pub family: u8,
}

impl Request for Dump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETNETCONF, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&NetConfMsg { ncm_family: self.family })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_prelude::*;

    #[test]
    #[cfg_attr(target_endian = "big", ignore = "the corpus is a little-endian capture")]
    fn attributes_start_after_the_padded_header() {
        let dump = include_bytes!("../../tests/fixtures/kernel-6.18/netconf_dump_inet.bin");
        let msg = Messages::new(dump).next().unwrap().unwrap();
        let c = NetConf::parse(&msg).unwrap();
        assert_eq!(c.family(), AF_INET);
        assert_eq!(c.ifindex().unwrap(), Some(1));
        assert_eq!(c.forwarding().unwrap(), Some(0));
        assert_eq!(c.rp_filter().unwrap(), Some(0));
        assert_eq!(c.bc_forwarding().unwrap(), Some(0));
        assert_eq!(c.ignore_routes_with_linkdown().unwrap(), Some(0));
        assert_eq!(c.input().unwrap(), None);
        assert_eq!(msg.get("ifindex").unwrap(), Some(Value::S32(1)));
        assert_eq!(msg.get("family").unwrap(), Some(Value::U8(AF_INET)));
        let default = Messages::new(dump)
            .filter_map(|m| m.ok())
            .filter_map(|m| NetConf::parse(&m).ok())
            .filter(|c| c.ifindex().unwrap() == Some(IFINDEX_DEFAULT))
            .count();
        assert_eq!(default, 1);
    }

    #[test]
    fn get_matches_the_uapi_layout_byte_for_byte() {
        // ip -4 netconf show dev <ifindex 3>
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        b.push(&Get { family: AF_INET, ifindex: 3 }, 5).unwrap();
        let mut want = [0u8; 28];
        want[0..4].copy_from_slice(&28u32.to_ne_bytes());
        want[4..6].copy_from_slice(&82u16.to_ne_bytes()); // RTM_GETNETCONF
        want[6..8].copy_from_slice(&0x0005u16.to_ne_bytes()); // REQUEST|ACK
        want[8..12].copy_from_slice(&5u32.to_ne_bytes());
        want[16] = 2; // ncm_family, then 3 bytes of padding
        want[20..22].copy_from_slice(&8u16.to_ne_bytes()); // NETCONFA_IFINDEX
        want[22..24].copy_from_slice(&1u16.to_ne_bytes());
        want[24..28].copy_from_slice(&3i32.to_ne_bytes());
        assert_eq!(b.as_bytes(), &want[..]);
    }

    #[test]
    fn requests_round_trip() {
        for req in [
            Get { family: AF_INET6, ifindex: IFINDEX_ALL },
            Get { family: AF_INET, ifindex: IFINDEX_DEFAULT },
        ] {
            let mut buf = [0u8; 64];
            let mut b = Builder::new(&mut buf);
            b.push(&req, 1).unwrap();
            b.push(&req, 1).unwrap();
            let (one, two) = b.as_bytes().split_at(b.len() / 2);
            assert_eq!(one, two);
            let msg = Messages::new(one).next().unwrap().unwrap();
            let c = NetConf::parse(&msg).unwrap();
            assert_eq!((c.family(), c.ifindex().unwrap()), (req.family, Some(req.ifindex)));
        }
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        b.push(&Dump { family: AF_INET6 }, 2).unwrap();
        let msg = Messages::new(b.as_bytes()).next().unwrap().unwrap();
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::DUMP);
        assert_eq!(msg.payload(), &[AF_INET6, 0, 0, 0]);
        assert_eq!(NetConf::parse(&msg).unwrap().family(), AF_INET6);
    }

    #[test]
    fn invalid_values_write_nothing() {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        for req in [
            Get { family: 0, ifindex: 1 },
            Get { family: AF_INET, ifindex: 0 },
            Get { family: AF_INET, ifindex: -3 },
        ] {
            assert!(matches!(b.push(&req, 1), Err(Error::InvalidValue { .. })), "{req:?}");
        }
        assert!(b.is_empty());
    }
}
