//! `ipr.fdb()`: pyroute2's `fdb(...)`, `bridge fdb`: the forwarding
//! database of bridges and VXLAN devices.

use std::future::Future;
use std::net::IpAddr;

use nlwire::neigh::{self, NeighEntry, NeighFlags, NudState, AF_BRIDGE};

use crate::builder::{setters, verbs};
use crate::dev::{ifindex_opt, ifindex_or_0, Dev};
use crate::ensure::Goal;
use crate::error::Result;
use crate::handles::FdbHandle;
use crate::neigh::{Verb, ADD, DEL, REPLACE};
use crate::session::{Keep, Session};

/// `bridge fdb append`: one more remote for a VXLAN entry.
const APPEND: Verb = (Goal::Present, |e| Box::new(neigh::Append(e)));

/// An FDB request being built; [`send`](FdbRequest::send) sends it.
///
/// Defaults as pyroute2's `fdb()` and `bridge fdb add`: state `NOARP |
/// PERMANENT`, flag `self` (the device's own table; [`master`](Self::master)
/// for the bridge's). The device is needed and resolved when the request
/// is sent.
///
/// ```no_run
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// let mac = [0x02, 0, 0, 0, 0, 0x01];
/// ipr.fdb().add(&mac).dev("v0").master().send()?; // bridge fdb add MAC dev v0 master
/// // A VXLAN remote: bridge fdb append 00:00:00:00:00:00 dev vx0 dst 192.0.2.9
/// ipr.fdb().append(&[0; 6]).dev("vx0").dst("192.0.2.9".parse().unwrap()).send()?;
/// ipr.fdb().del(&mac).dev("v0").master().send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct FdbRequest<S> {
    ipr: S,
    verb: Verb,
    lladdr: Vec<u8>,
    dev: Option<Dev>,
    via: Option<Dev>,
    entry: NeighEntry<'static>,
}

impl<S> FdbHandle<S> {
    fn request(self, verb: Verb, lladdr: &[u8]) -> FdbRequest<S> {
        // The address is put in at send time; the entry keeps no borrow.
        let entry = NeighEntry { lladdr: None, ..NeighEntry::fdb(0, &[]) };
        FdbRequest { ipr: self.ipr, verb, lladdr: lladdr.to_vec(), dev: None, via: None, entry }
    }
    verbs! { FdbRequest<S>:
        /// `bridge fdb add LLADDR dev DEV ...` (fails if the entry exists).
        #[allow(clippy::should_implement_trait)] // pyroute2's verb name
        add(lladdr: &[u8]) => request(ADD, lladdr);
        /// `bridge fdb append ...`: one more remote for a VXLAN entry.
        append(lladdr: &[u8]) => request(APPEND, lladdr);
        /// `bridge fdb replace ...`: add, or overwrite.
        replace(lladdr: &[u8]) => request(REPLACE, lladdr);
        /// `bridge fdb del LLADDR dev DEV ...`.
        del(lladdr: &[u8]) => request(DEL, lladdr);
    }
}

impl<S: Session> FdbHandle<S> {
    /// pyroute2's `fdb("dump")`, `bridge fdb show [br BRIDGE]`: the
    /// entries, lazily (see [`Dump`](crate::Dump)); `bridge` `Some` for the
    /// entries of one bridge and its ports (filtered by the kernel).
    pub fn dump(mut self, bridge: Option<Dev>) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        S::finish(async move {
            let master = ifindex_opt(&mut self.ipr, bridge.as_ref()).await?;
            self.ipr
                .dump(&neigh::Dump { family: AF_BRIDGE, master, ..neigh::Dump::default() }, Keep::All)
                .await
        })
    }
}

impl<S> FdbRequest<S> {
    setters! {
        /// `dev DEV`: the bridge port or VXLAN device, by name or index.
        dev(dev: impl Into<Dev>) => dev = Some(dev.into());
        /// `self master`: both tables.
        self_and_master() => entry.flags |= NeighFlags::SELF | NeighFlags::MASTER;
        /// The flags (`ndm_flags`), replacing the default `self` (`NTF_SELF`):
        /// any of `SELF`, `MASTER`, `ROUTER`, `USE`, `EXT_LEARNED`, `STICKY`, as
        /// `bridge fdb add ... router sticky master` sets them.
        flags(flags: NeighFlags) => entry.flags = flags;
        /// The state: `PERMANENT | NOARP` by default (`permanent`), `NOARP`
        /// (`static`), `REACHABLE` (`dynamic`).
        state(state: NudState) => entry.state = state;
        /// `vlan VID` (1 to 4094).
        vlan(vlan: u16) => entry.vlan = Some(vlan);
        /// `dst ADDRESS`: the VXLAN remote.
        dst(dst: IpAddr) => entry.dst = Some(dst);
        /// `port PORT`: the VXLAN remote's UDP port.
        port(port: u16) => entry.port = Some(port);
        /// `vni VNI`: the VXLAN id of the remote (24 bits).
        vni(vni: u32) => entry.vni = Some(vni);
        /// `src_vni VNI`: the source VXLAN id (24 bits).
        src_vni(vni: u32) => entry.src_vni = Some(vni);
        /// `via DEV`: the device to reach the VXLAN remote through.
        via(dev: impl Into<Dev>) => via = Some(dev.into());
        /// `nhid ID`: a VXLAN remote given by an FDB nexthop group.
        nh_id(id: u32) => entry.nh_id = Some(id);
    }
    /// `master`: the bridge's table (`NTF_MASTER`) rather than the device's own.
    pub fn master(mut self) -> Self {
        self.entry.flags = (self.entry.flags - NeighFlags::SELF) | NeighFlags::MASTER;
        self
    }
}

impl<S: Session> FdbRequest<S> {
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`](crate::Error::NotFound); no device,
    /// a VLAN out of 1..=4094, a VNI over 24 bits or an address that is not
    /// 1 to 32 bytes is [`Error::Invalid`](crate::Error::Invalid); nothing
    /// is sent.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        let FdbRequest { mut ipr, verb: (_, make), lladdr, dev, via, entry } = self;
        S::finish(async move {
            let port = ifindex_or_0(&mut ipr, dev.as_ref()).await?;
            let via = ifindex_opt(&mut ipr, via.as_ref()).await?;
            let entry = NeighEntry { ifindex: port, lladdr: Some(&lladdr), via_ifindex: via, ..entry };
            ipr.request(&*make(entry)).await.map(drop)
        })
    }
}
