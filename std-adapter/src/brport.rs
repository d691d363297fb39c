//! `ipr.brport()` and `ipr.vlan_filter()`: pyroute2's `brport(...)` and
//! `vlan_filter(...)`, `bridge link set|show` and `bridge vlan
//! add|del|show`: the options and the VLANs of bridge ports
//! (`nlwire::bridge`).

use std::future::Future;

use nlwire::bridge::{BridgeFlags, PortOptions, PortSet, VlanAdd, VlanDel, VlanDump, VlanEntry};
use nlwire::build::Request;
use nlwire::link::{self, Link};
use nlwire::neigh::AF_BRIDGE;

use crate::builder::{setters, verbs};
use crate::dev::{ifindex, ifindex_opt, Dev};
use crate::error::{Error, Result};
use crate::handles::{BrportHandle, VlanHandle};
use crate::owned::OwnedMessage;
use crate::session::{dump_verb, Keep, Session};

/// A change of a bridge port's options being built;
/// [`send`](BrportSet::send) sends it (`RTM_SETLINK` of family
/// `AF_BRIDGE`, the options in `IFLA_PROTINFO`, as `bridge link set` does).
/// Options not given keep their values.
///
/// ```no_run
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// // bridge link set dev v0 cost 7 hairpin on learning off state forwarding
/// ipr.brport().set("v0").cost(7).hairpin(true).learning(false).state(3).send()?;
/// let port = ipr.brport().get("v0")?;
/// assert_eq!(port.get_path(&["protinfo", "cost"])?.unwrap(), 7);
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct BrportSet<S> {
    ipr: S,
    dev: Dev,
    /// `backup_port DEV`, resolved at send time.
    backup: Option<Dev>,
    options: PortOptions,
}

impl<S> BrportHandle<S> {
    /// pyroute2's `brport("set", index=..)`, `bridge link set dev DEV`.
    pub fn set(self, dev: impl Into<Dev>) -> BrportSet<S> {
        BrportSet { ipr: self.ipr, dev: dev.into(), backup: None, options: PortOptions::default() }
    }
}

impl<S: Session> BrportHandle<S> {
    /// pyroute2's `brport("dump")`, `bridge link show`: every bridge port,
    /// lazily (see [`Dump`](crate::Dump)), each an `RTM_NEWLINK` of family
    /// `AF_BRIDGE` whose `protinfo` holds the port's options.
    pub fn dump(self) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, link::Dump { family: AF_BRIDGE, ..link::Dump::default() }, Keep::All)
    }
    /// pyroute2's `brport("get", index=..)`: the port's message of the
    /// `AF_BRIDGE` dump. A link that does not exist, or is no bridge port,
    /// is [`Error::NotFound`].
    pub fn get(self, dev: impl Into<Dev>) -> S::Output<impl Future<Output = Result<OwnedMessage>>> {
        let (mut ipr, dev) = (self.ipr, dev.into());
        S::finish(async move {
            let index = ifindex(&mut ipr, &dev).await?;
            let ports = ipr.dump_owned(&link::Dump { family: AF_BRIDGE, ..link::Dump::default() }, 3).await?;
            let is_port = |m: &OwnedMessage| {
                Link::parse(&m.message()).is_ok_and(|l| u32::try_from(l.ifindex()) == Ok(index))
            };
            ports.into_iter().find(is_port).ok_or_else(|| Error::NotFound(format!("bridge port {dev:?}")))
        })
    }
}

impl<S> BrportSet<S> {
    setters! {
        /// `state STATE`: 0 `disabled`, 1 `listening`, 2 `learning`, 3
        /// `forwarding`, 4 `blocking`.
        state(state: u8) => options.state = Some(state);
        /// `priority PRIO`.
        priority(priority: u16) => options.priority = Some(priority);
        /// `cost COST`.
        cost(cost: u32) => options.cost = Some(cost);
        /// `mcast_router MODE`: 0 off, 1 learned, 2 permanent, 3 temporary.
        mcast_router(mode: u8) => options.multicast_router = Some(mode);
        /// `group_fwd_mask MASK`.
        group_fwd_mask(mask: u16) => options.group_fwd_mask = Some(mask);
        /// `mcast_max_groups N`.
        mcast_max_groups(n: u32) => options.mcast_max_groups = Some(n);
        /// `backup_port DEV`: where traffic goes when this port's carrier is down.
        backup_port(dev: impl Into<Dev>) => backup = Some(dev.into());
        /// Every option at once, over those set so far (pyroute2's keyword
        /// arguments, for options without a setter here).
        options(options: PortOptions) => options = options;
        /// `hairpin on|off` (pyroute2's `mode`).
        hairpin(on: bool) => options.hairpin = Some(on);
        /// `guard on|off`.
        guard(on: bool) => options.guard = Some(on);
        /// `root_block on|off` (pyroute2's `protect`).
        root_block(on: bool) => options.root_block = Some(on);
        /// `fastleave on|off`.
        fast_leave(on: bool) => options.fast_leave = Some(on);
        /// `learning on|off`.
        learning(on: bool) => options.learning = Some(on);
        /// `flood on|off` (pyroute2's `unicast_flood`).
        flood(on: bool) => options.unicast_flood = Some(on);
        /// `proxy_arp on|off`.
        proxyarp(on: bool) => options.proxyarp = Some(on);
        /// `mcast_flood on|off`.
        mcast_flood(on: bool) => options.mcast_flood = Some(on);
        /// `mcast_to_unicast on|off`.
        mcast_to_unicast(on: bool) => options.mcast_to_ucast = Some(on);
        /// `bcast_flood on|off`.
        bcast_flood(on: bool) => options.bcast_flood = Some(on);
        /// `neigh_suppress on|off`.
        neigh_suppress(on: bool) => options.neigh_suppress = Some(on);
        /// `vlan_tunnel on|off`.
        vlan_tunnel(on: bool) => options.vlan_tunnel = Some(on);
        /// `isolated on|off`.
        isolated(on: bool) => options.isolated = Some(on);
        /// `locked on|off`.
        locked(on: bool) => options.locked = Some(on);
    }
    /// `nobackup_port`.
    pub fn no_backup_port(mut self) -> Self {
        (self.backup, self.options.backup_port) = (None, Some(0));
        self
    }
}

impl<S: Session> BrportSet<S> {
    /// Sends the change and waits for the kernel's ACK. A port or backup
    /// port that does not exist is [`Error::NotFound`]; a state above 4 is
    /// [`Error::Invalid`]; nothing is sent then.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        let BrportSet { mut ipr, dev, backup, mut options } = self;
        S::finish(async move {
            options.backup_port = ifindex_opt(&mut ipr, backup.as_ref()).await?.or(options.backup_port);
            let ifindex = ifindex(&mut ipr, &dev).await?;
            ipr.request(&PortSet { ifindex, options }).await.map(drop)
        })
    }
}

// ---------------------------------------------------------------------------
// VLANs
// ---------------------------------------------------------------------------

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
