//! `Xfrm`: a blocking IPsec session, one `NETLINK_XFRM` socket, for the
//! core's `nlwire::xfrm` requests (states and policies).
//!
//! ```no_run
//! use nlwire::xfrm::{Sa, SaDump};
//! let mut xfrm = nlwire_std::Xfrm::new()?;
//! let mut states = xfrm.dump(&SaDump::default())?;
//! while let Some(msg) = states.next()? {
//!     let sa = Sa::parse(&msg)?;
//!     println!("spi {:#x} reqid {}", sa.info().id.spi.get(), sa.info().reqid.get());
//! }
//! # Ok::<(), nlwire_std::Error>(())
//! ```

use nlwire::build::Request;
use nlwire_rustix::monitor::Monitor;
use nlwire_rustix::{Protocol, Socket};

use crate::error::Result;
use crate::iproute::{Dump, IPRoute};
use crate::owned::OwnedMessage;
use crate::session::{constructors, OnIPRoute};
use crate::socket::{open_socket_of, NetnsRef, RECV_BUF};

/// A blocking `NETLINK_XFRM` session: requests numbered in sequence, dumps
/// read lazily, as [`IPRoute`]'s.
pub struct Xfrm {
    /// The request engine, an `IPRoute`'s, over an xfrm socket.
    engine: IPRoute,
}

constructors!(Xfrm, netns => Ok(Xfrm { engine: IPRoute::open_of(Protocol::Xfrm, netns)? }));

impl Xfrm {
    /// Sends `request` with NLM_F_ACK; the replies before the ACK (a get's answer).
    pub fn request(&mut self, request: &dyn Request) -> Result<Vec<OwnedMessage>> {
        self.engine.request(request)
    }

    /// Sends a get request; its one reply.
    pub fn get(&mut self, request: &dyn Request) -> Result<OwnedMessage> {
        self.engine.get(request)
    }

    /// Sends requests together; see [`IPRoute::batch`].
    pub fn batch(&mut self, requests: &[&dyn Request]) -> Result<()> {
        self.engine.batch(requests)
    }

    /// A dump, read lazily (zero copies per message).
    pub fn dump(&mut self, request: &dyn Request) -> Result<Dump<'_>> {
        self.engine.dump(request)
    }

    /// A dump, kept, retried up to `retries` times while interrupted.
    pub fn dump_owned(&mut self, request: &dyn Request, retries: u32) -> Result<Vec<OwnedMessage>> {
        self.engine.dump_owned(request, retries)
    }
}

/// The events of some of xfrm's multicast groups, on a socket of their
/// own, one buffer reused for every event: [`Xfrm::events`].
pub type XfrmEvents = Monitor<Socket, Vec<u8>>;

impl Xfrm {
    /// Joins the multicast `groups` (`nlwire::xfrm::group::SA`, ...) on a
    /// socket of their own in this session's namespace: the kernel's
    /// notifications of states and policies, read with `next()`.
    pub fn events(&self, groups: &[u32]) -> Result<XfrmEvents> {
        let sock = open_socket_of(Protocol::Xfrm, self.engine.netns())?;
        for group in groups {
            sock.add_membership(*group)?;
        }
        Ok(Monitor::new(sock, vec![0; RECV_BUF]))
    }
}

impl OnIPRoute for Xfrm {
    fn engine(&mut self) -> &mut IPRoute {
        &mut self.engine
    }
    fn netns(&self) -> Option<&NetnsRef> {
        self.engine.netns()
    }
}
