//! `NetNS`: pyroute2's `NetNS("name")`, an [`IPRoute`] in a named network
//! namespace that is created when it does not exist yet.

use std::ops::{Deref, DerefMut};

use nlwire_rustix::netns;

use crate::error::{Error, Result};
use crate::iproute::IPRoute;

/// An [`IPRoute`] in the named namespace `/run/netns/NAME`, as pyroute2's
/// `NetNS`: [`NetNS::new`] creates the namespace when it is absent (as
/// `ip netns add` would) and uses it as it is when it exists. Every verb of
/// `IPRoute` is there (`NetNS` dereferences to it), and
/// `status().netns` is the name.
///
/// Dropping it, or [`close`](NetNS::close), closes the socket and leaves
/// the namespace; [`remove`](NetNS::remove) closes and deletes the
/// namespace, as pyroute2's `remove()`.
///
/// ```no_run
/// use nlwire_std::NetNS;
/// let mut ns = NetNS::new("test")?;
/// assert_eq!(ns.status().netns.as_deref(), Some("test"));
/// ns.link().add("v0").veth("v1").send()?;
/// ns.remove()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
pub struct NetNS {
    ipr: IPRoute,
    name: String,
}

impl NetNS {
    /// A session in the namespace `name`, created first if absent. A name
    /// `ip netns` would refuse (empty, `.`, `..`, with `/`, over 255 bytes)
    /// is an error and nothing is created; so is a failure to open the
    /// socket, after which a namespace this call created is deleted again.
    pub fn new(name: &str) -> Result<NetNS> {
        let created = match netns::create(name) {
            Ok(()) => true,
            Err(nlwire_rustix::Error::NetnsExists) => false,
            Err(e) => return Err(Error::Socket(e)),
        };
        let ipr = IPRoute::in_netns(name).inspect_err(|_| {
            if created {
                // The open failed already; that is the error to report.
                let _ = netns::delete(name);
            }
        })?;
        Ok(NetNS { ipr, name: name.to_owned() })
    }

    /// The namespace's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Closes the session; the namespace stays (pyroute2's `close()`).
    pub fn close(self) {
        drop(self);
    }

    /// Closes the session and deletes the namespace, as `ip netns del`
    /// (pyroute2's `remove()`); other sessions or processes still in it
    /// keep it alive until they leave.
    pub fn remove(self) -> Result<()> {
        let NetNS { ipr, name } = self;
        drop(ipr);
        netns::delete(&name).map_err(Error::Socket)
    }
}

impl Deref for NetNS {
    type Target = IPRoute;
    fn deref(&self) -> &IPRoute {
        &self.ipr
    }
}

impl DerefMut for NetNS {
    fn deref_mut(&mut self) -> &mut IPRoute {
        &mut self.ipr
    }
}
