//! Network namespace ids (`ip netns set|list-id`): `struct rtgenmsg`,
//! `NETNSA_*` attributes, the [`NsId`] view and the typed requests.
//!
//! A namespace id names a peer namespace from the point of view of the
//! namespace the socket lives in; [`NSID_NOT_ASSIGNED`] (-1) means none.
//!
//! ```
//! use nlwire::build::Builder;
//! use nlwire::nsid::{NetNs, NsId, Set};
//! use nlwire::Messages;
//! // ip netns set NAME 5, for the namespace open as file descriptor 7
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! b.push(&Set { nsid: 5, peer: NetNs::Fd(7) }, 1)?;
//! let msg = Messages::new(b.as_bytes()).next().unwrap()?;
//! let v = NsId::parse(&msg)?;
//! assert_eq!((v.nsid()?, v.fd()?), (Some(5), Some(7)));
//! # Ok::<(), nlwire::Error>(())
//! ```

use crate::build::{Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::message::message_view;
use crate::message::{msg_type, MsgFlags};
use crate::tables::rt_nsid::NsidAttrs;

/// `NETNSA_NSID_NOT_ASSIGNED`: the namespace has no id here.
pub const NSID_NOT_ASSIGNED: i32 = -1;

pub use crate::tables::rt_nsid::{nsid_attrs as netnsa, Rtgenmsg as RtGenMsg};

message_view! {
    /// A view of an `RTM_NEWNSID`/`RTM_DELNSID`/`RTM_GETNSID` message.
    NsId, RtGenMsg, NsidAttrs, "nsid", family = family, [msg_type::RTM_NEWNSID, msg_type::RTM_DELNSID, msg_type::RTM_GETNSID]
}

/// How a request names the peer namespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetNs {
    /// By a process living in it (`NETNSA_PID`).
    Pid(u32),
    /// By an open file descriptor of it, such as `/run/netns/NAME` (`NETNSA_FD`).
    Fd(u32),
    /// By its current id (`NETNSA_NSID`; only for [`Get`]).
    Nsid(i32),
}

impl NetNs {
    fn emit(self, m: &mut MessageWriter<'_>) -> Result<()> {
        match self {
            NetNs::Pid(pid) => m.u32(netnsa::PID, pid),
            NetNs::Fd(fd) => m.u32(netnsa::FD, fd),
            NetNs::Nsid(id) => m.i32(netnsa::NSID, id),
        }
    }
}

fn unspec_header(m: &mut MessageWriter<'_>) -> Result<()> {
    m.family_header(&RtGenMsg { family: 0 })
}

/// `ip netns identify` / the id of a namespace: `RTM_GETNSID`, answered by
/// an `RTM_NEWNSID` with `NETNSA_NSID`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Get {
    /// The namespace asked about.
    pub peer: NetNs,
    /// Ask for the id as seen from the namespace with this id instead.
    pub target_nsid: Option<i32>,
}

impl Request for Get {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_GETNSID, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        unspec_header(m)?;
        self.peer.emit(m)?;
        m.opt(netnsa::TARGET_NSID, self.target_nsid, MessageWriter::i32)?;
        Ok(())
    }
}

/// `ip netns set NAME NSID`: `RTM_NEWNSID` with `NETNSA_NSID` and the
/// namespace by pid or fd. An id of [`NSID_NOT_ASSIGNED`] lets the kernel choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Set {
    /// The id to give, or [`NSID_NOT_ASSIGNED`] for any free id.
    pub nsid: i32,
    /// The namespace: [`NetNs::Pid`] or [`NetNs::Fd`].
    pub peer: NetNs,
}

impl Request for Set {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_NEWNSID, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.nsid < NSID_NOT_ASSIGNED {
            return Err(Error::InvalidValue { what: "namespace id below -1" });
        }
        if let NetNs::Nsid(_) = self.peer {
            return Err(Error::InvalidValue { what: "set names the namespace by pid or fd" });
        }
        unspec_header(m)?;
        // iproute2's order: the namespace first, then the id.
        self.peer.emit(m)?;
        m.i32(netnsa::NSID, self.nsid)
    }
}

/// `ip netns list-id`: every id this namespace assigned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dump {
    /// List the ids as seen from the namespace with this id instead.
    pub target_nsid: Option<i32>,
}

impl Request for Dump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETNSID, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        unspec_header(m)?;
        m.opt(netnsa::TARGET_NSID, self.target_nsid, MessageWriter::i32)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_prelude::*;

    #[test]
    fn the_header_has_the_kernels_size() {
        assert_eq!(core::mem::size_of::<RtGenMsg>(), core::mem::size_of::<sys::rtgenmsg>());
    }

    fn one(req: &dyn Request, buf: &mut [u8]) -> usize {
        let (bytes, len) = emitted(req, 4);
        buf[..len].copy_from_slice(&bytes[..len]);
        len
    }

    #[test]
    fn set_matches_the_uapi_layout_byte_for_byte() {
        // ip netns set NAME 5 (namespace file open as fd 7)
        let mut buf = [0u8; 128];
        let n = one(&Set { nsid: 5, peer: NetNs::Fd(7) }, &mut buf);
        let mut body = vec![0u8; 4]; // rtgenmsg AF_UNSPEC, padded to 4
        put_attr(&mut body, 3, &7u32.to_ne_bytes()); // NETNSA_FD
        put_attr(&mut body, 1, &5i32.to_ne_bytes()); // NETNSA_NSID
        let want = nlmsg(88, 0x0005, 4, &body); // RTM_NEWNSID, REQUEST | ACK
        assert_eq!(&buf[..n], &want[..]);
    }

    #[test]
    fn requests_round_trip() {
        let mut buf = [0u8; 128];
        let n = one(&Set { nsid: NSID_NOT_ASSIGNED, peer: NetNs::Pid(1234) }, &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        let v = NsId::parse(&msg).unwrap();
        assert_eq!(
            (v.family(), v.nsid().unwrap(), v.pid().unwrap(), v.fd().unwrap()),
            (0, Some(-1), Some(1234), None)
        );
        assert_eq!(msg.get("nsid").unwrap(), Some(Value::S32(-1)));

        for peer in [NetNs::Pid(1), NetNs::Fd(3), NetNs::Nsid(2)] {
            let n = one(&Get { peer, target_nsid: Some(9) }, &mut buf);
            let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
            assert_eq!((msg.kind(), msg.flags()), (msg_type::RTM_GETNSID, MsgFlags::REQUEST | MsgFlags::ACK));
            let v = NsId::parse(&msg).unwrap();
            let got = match peer {
                NetNs::Pid(_) => v.pid().unwrap().map(NetNs::Pid),
                NetNs::Fd(_) => v.fd().unwrap().map(NetNs::Fd),
                NetNs::Nsid(_) => v.nsid().unwrap().map(NetNs::Nsid),
            };
            assert_eq!(got, Some(peer));
            assert_eq!(v.target_nsid().unwrap(), Some(9));
        }

        let n = one(&Dump { target_nsid: None }, &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::DUMP);
        assert_eq!(msg.payload(), &[0, 0, 0, 0]);
        assert_eq!(NsId::parse(&msg).unwrap().attrs().count(), 0);
    }

    #[test]
    fn invalid_values_write_nothing() {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        for req in [Set { nsid: -2, peer: NetNs::Fd(3) }, Set { nsid: 1, peer: NetNs::Nsid(2) }] {
            assert!(matches!(b.push(&req, 1), Err(Error::InvalidValue { .. })), "{req:?}");
        }
        assert!(b.is_empty());
    }

    #[test]
    fn reads_a_kernel_style_reply() {
        // RTM_NEWNSID { rtgenmsg AF_UNSPEC, NETNSA_NSID = 3, NETNSA_CURRENT_NSID = 0 } as the
        // kernel's rtnl_net_fill writes it.
        let mut m = [0u8; 36];
        m[0..4].copy_from_slice(&36u32.to_ne_bytes());
        m[4..6].copy_from_slice(&88u16.to_ne_bytes());
        m[20..22].copy_from_slice(&8u16.to_ne_bytes());
        m[22..24].copy_from_slice(&1u16.to_ne_bytes());
        m[24..28].copy_from_slice(&3i32.to_ne_bytes());
        m[28..30].copy_from_slice(&8u16.to_ne_bytes());
        m[30..32].copy_from_slice(&5u16.to_ne_bytes());
        let msg = Messages::new(&m).next().unwrap().unwrap();
        let v = NsId::parse(&msg).unwrap();
        assert_eq!((v.nsid().unwrap(), v.current_nsid().unwrap()), (Some(3), Some(0)));
        assert_eq!(msg.get("current_nsid").unwrap(), Some(Value::S32(0)));
    }
}
