//! `ipr.vlan_filter()`: pyroute2's `vlan_filter(...)`, `bridge vlan
//! add|del|show`: the VLANs of bridge ports.

use std::future::Future;

use nlwire::bridge::{BridgeFlags, VlanAdd, VlanDel, VlanDump, VlanEntry};
use nlwire::build::Request;

use crate::builder::{setters, verbs};
use crate::dev::{ifindex, Dev};
use crate::error::Result;
use crate::handles::VlanHandle;
use crate::session::{dump_verb, Keep, Session};

/// The core request a verb makes of the entry.
type Verb = fn(VlanEntry) -> Box<dyn Request + Send + Sync>;

/// A VLAN (or range) to add to or remove from a port;
/// [`send`](VlanRequest::send) sends it. Without [`self_`](Self::self_) or
/// [`master`](Self::master) the kernel takes the bridge's table, as
/// `bridge vlan add` does.
///
/// ```no_run
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// ipr.vlan_filter().add("v0", 10).pvid().untagged().send()?; // bridge vlan add dev v0 vid 10 pvid untagged
/// ipr.vlan_filter().add("v0", 20).to(30).send()?; // vid 20-30
/// ipr.vlan_filter().del("v0", 10).send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct VlanRequest<S> {
    ipr: S,
    verb: Verb,
    dev: Dev,
    entry: VlanEntry,
}

impl<S> VlanHandle<S> {
    fn request(self, verb: Verb, dev: Dev, vid: u16) -> VlanRequest<S> {
        // The port's index is put in at send time.
        VlanRequest { ipr: self.ipr, verb, dev, entry: VlanEntry::new(0, vid) }
    }
    verbs! { VlanRequest<S>:
        /// pyroute2's `vlan_filter("add", index=.., vlan_info={"vid": vid})`,
        /// `bridge vlan add dev DEV vid VID`.
        add(dev: impl Into<Dev>, vid: u16) => request(|e| Box::new(VlanAdd(e)), dev.into(), vid);
        /// pyroute2's `vlan_filter("del", ...)`, `bridge vlan del dev DEV vid VID`.
        del(dev: impl Into<Dev>, vid: u16) => request(|e| Box::new(VlanDel(e)), dev.into(), vid);
    }
}

impl<S: Session> VlanHandle<S> {
    /// pyroute2's `vlan_filter("dump")`, `bridge vlan show`: every bridge
    /// port and bridge, lazily (see [`Dump`](crate::Dump)), each an
    /// `RTM_NEWLINK` whose VLANs [`nlwire::bridge::vlans`] reads (none where
    /// VLAN filtering is off or not built in); `compressed` for ranges
    /// rather than one entry per VLAN (`bridge -c vlan show`).
    pub fn dump(self, compressed: bool) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, VlanDump { compressed }, Keep::All)
    }
}

impl<S> VlanRequest<S> {
    setters! {
        /// `vid VID-LAST`: the VLANs from the first through `last`.
        to(last: u16) => entry.last = Some(last);
        /// `pvid`: untagged frames coming in are in this VLAN.
        pvid() => entry.pvid = true;
        /// `untagged`: frames of this VLAN leave untagged.
        untagged() => entry.untagged = true;
        /// `self`: the device's own table (a bridge's own VLANs).
        self_() => entry.flags |= BridgeFlags::SELF;
        /// `master`: the table of the port's bridge.
        master() => entry.flags |= BridgeFlags::MASTER;
    }
}

impl<S: Session> VlanRequest<S> {
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`](crate::Error::NotFound); a VLAN id
    /// outside 1..=4094, a range that does not go up, or `pvid` on a range
    /// is [`Error::Invalid`](crate::Error::Invalid); nothing is sent then.
    /// A kernel without VLAN filtering refuses an add with `EOPNOTSUPP`.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        let VlanRequest { mut ipr, verb, dev, entry } = self;
        S::finish(async move {
            let entry = VlanEntry { ifindex: ifindex(&mut ipr, &dev).await?, ..entry };
            ipr.request(&*verb(entry)).await.map(drop)
        })
    }
}
