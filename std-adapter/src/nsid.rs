//! `ipr.netnsid()`: pyroute2's `get_netnsid` / `set_netnsid`, the ids this
//! namespace gives its peers (`ip netns set`, `ip netns list-id`).
//!
//! ```no_run
//! # let mut ipr = nlwire_std::IPRoute::new()?;
//! ipr.netnsid().set("blue", Some(5))?; // ip netns set blue 5
//! assert_eq!(ipr.netnsid().get("blue")?, Some(5));
//! # Ok::<(), nlwire_std::Error>(())
//! ```

use std::future::Future;
use std::os::fd::{AsRawFd, OwnedFd};

use nlwire::nsid::{self, NetNs, NsId, NSID_NOT_ASSIGNED};

use crate::error::{Error, Result};
use crate::handles::NsidHandle;
use crate::session::{dump_verb, Keep, Session};
use crate::socket::NetnsRef;

/// The namespace an id request is about: pyroute2's `fd=` (a named
/// namespace, a namespace file or an open one), `pid=` or `nsid=`.
#[derive(Debug)]
pub enum NsPeer {
    /// The namespace, opened for the request (`NETNSA_FD`).
    Netns(NetnsRef),
    /// The namespace process `pid` lives in (`NETNSA_PID`).
    Pid(u32),
    /// The namespace that has this id here (`NETNSA_NSID`; `get` only).
    Nsid(i32),
}

/// A namespace by name, path, open file or [`NetnsRef`].
impl<T: Into<NetnsRef>> From<T> for NsPeer {
    fn from(netns: T) -> Self {
        NsPeer::Netns(netns.into())
    }
}

impl NsPeer {
    /// The peer as the request names it, and the namespace file opened for
    /// it (kept open until the request is answered).
    fn open(&self) -> Result<(NetNs, Option<OwnedFd>)> {
        match self {
            NsPeer::Netns(netns) => {
                let fd = netns.with(|ns| Ok(nlwire_rustix::netns::open(ns)?))?;
                let raw =
                    u32::try_from(fd.as_raw_fd()).map_err(|_| Error::invalid("negative file descriptor"))?;
                Ok((NetNs::Fd(raw), Some(fd)))
            }
            NsPeer::Pid(pid) => Ok((NetNs::Pid(*pid), None)),
            NsPeer::Nsid(id) => Ok((NetNs::Nsid(*id), None)),
        }
    }
}

impl<S: Session> NsidHandle<S> {
    /// pyroute2's `get_netnsid(fd=...)`: the id this namespace gives
    /// `peer`, `None` when it has none (the kernel's -1). A namespace that
    /// does not exist is an error, nothing sent.
    pub fn get(self, peer: impl Into<NsPeer>) -> S::Output<impl Future<Output = Result<Option<i32>>>> {
        let (mut ipr, peer) = (self.ipr, peer.into());
        S::finish(async move {
            let (peer, _open) = peer.open()?;
            let reply = ipr.get(&nsid::Get { peer, target_nsid: None }).await?;
            let id = NsId::parse(&reply.message()).and_then(|v| v.nsid()).map_err(Error::Malformed)?;
            Ok(id.filter(|&id| id != NSID_NOT_ASSIGNED))
        })
    }
    /// pyroute2's `set_netnsid(nsid=..., fd=...)`, `ip netns set NAME ID`:
    /// gives `peer` the id `nsid`, or one the kernel picks (`None`). A
    /// peer that already has an id keeps it (the kernel's `EEXIST`); an id
    /// below 0 or a peer named by id is [`Error::Invalid`], nothing sent.
    pub fn set(
        self,
        peer: impl Into<NsPeer>,
        nsid: Option<i32>,
    ) -> S::Output<impl Future<Output = Result<()>>> {
        let (mut ipr, peer) = (self.ipr, peer.into());
        S::finish(async move {
            if nsid.is_some_and(|id| id < 0) {
                return Err(Error::invalid("namespace id below 0"));
            }
            let (peer, _open) = peer.open()?;
            ipr.request(&nsid::Set { nsid: nsid.unwrap_or(NSID_NOT_ASSIGNED), peer }).await.map(drop)
        })
    }
    /// `ip netns list-id`: every id this namespace gave, lazily.
    pub fn dump(self) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, nsid::Dump::default(), Keep::All)
    }
}
