//! `ipr.neigh()` and `ipr.fdb()`: pyroute2's `ipr.neigh(...)`,
//! `get_neighbours` and `fdb(...)` as builders: the neighbour (ARP/NDP)
//! tables and the forwarding database of bridges and VXLAN devices
//! (`bridge fdb`), both `RTM_NEWNEIGH` entries (`nlwire::neigh`).

use std::future::Future;
use std::net::IpAddr;

use nlwire::build::Request;
use nlwire::neigh::{self, NeighEntry, NeighFlags, NeighFlagsExt, Neighbour, NudState, AF_BRIDGE};

use crate::builder::{setters, verbs};
use crate::dev::{given_index, ifindex, ifindex_opt, Dev};
use crate::ensure::{given, settle, Goal};
use crate::error::Result;
use crate::handles::{FdbHandle, NeighHandle};
use crate::owned::OwnedMessage;
use crate::session::{dump_verb, Keep, Session};

/// A verb (of neighbours and FDB entries): what `ensure()` asks of the
/// entry, and the core request the verb makes of it.
type Verb = (Goal, for<'e> fn(NeighEntry<'e>) -> Box<dyn Request + Send + Sync + 'e>);

const ADD: Verb = (Goal::Present, |e| Box::new(neigh::Add(e)));
const REPLACE: Verb = (Goal::AsSent, |e| Box::new(neigh::Replace(e)));
const DEL: Verb = (Goal::Absent, |e| Box::new(neigh::Del(e)));
/// A replace with `NTF_USE`.
const PROBE: Verb =
    (Goal::AsSent, |e| Box::new(neigh::Replace(NeighEntry { flags: e.flags | NeighFlags::USE, ..e })));

/// A neighbour request being built; [`send`](NeighRequest::send) sends it.
/// `FDB` marks an FDB entry's ([`FdbRequest`]): the same `RTM_NEWNEIGH`
/// entry, with the setters of its own.
///
/// The state defaults to `PERMANENT`, as `ip neigh add`. The device is
/// resolved (and checked to exist) when the request is sent.
///
/// ```no_run
/// use nlwire::neigh::NudState;
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// let mac = [0x02, 0, 0, 0, 0, 0x02];
/// ipr.neigh().add("192.0.2.2".parse().unwrap()).dev("v0").lladdr(&mac).send()?;
/// ipr.neigh()
///     .replace("192.0.2.2".parse().unwrap())
///     .dev("v0")
///     .lladdr(&mac)
///     .state(NudState::REACHABLE)
///     .send()?;
/// ipr.neigh().del("192.0.2.2".parse().unwrap()).dev("v0").send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct NeighRequest<S, const FDB: bool = false> {
    ipr: S,
    verb: Verb,
    dev: Option<Dev>,
    /// `via DEV` of an FDB entry.
    via: Option<Dev>,
    lladdr: Option<Vec<u8>>,
    /// The entry but for the devices' indexes and the link-layer address.
    entry: NeighEntry<'static>,
}

impl<S> NeighHandle<S> {
    fn request(self, verb: Verb, dst: IpAddr) -> NeighRequest<S> {
        let entry = NeighEntry::new(0, dst);
        NeighRequest { ipr: self.ipr, verb, dev: None, via: None, lladdr: None, entry }
    }
    verbs! { NeighRequest<S>:
        /// `ip neigh add DST ...` (fails if the entry exists).
        add(dst: IpAddr) => request(ADD, dst);
        /// `ip neigh replace DST ...`: add, or overwrite if it exists.
        replace(dst: IpAddr) => request(REPLACE, dst);
        /// `ip neigh change DST ...`: update an existing entry.
        change(dst: IpAddr) => request((Goal::AsSent, |e| Box::new(neigh::Change(e))), dst);
        /// `ip neigh del DST dev DEV`.
        del(dst: IpAddr) => request(DEL, dst);
    }
    /// `ip neigh replace DST dev DEV use`: asks the kernel to resolve
    /// `dst` now (`NTF_USE`). A new entry starts `INCOMPLETE` and the
    /// kernel sends a solicitation; a `STALE` one goes to `DELAY` and is
    /// probed; a `REACHABLE` or permanent one is left as it is. The state,
    /// link-layer address and flags given are not applied.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// ipr.neigh().probe("192.0.2.2".parse().unwrap()).dev("v0").send()?;
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn probe(self, dst: IpAddr) -> NeighRequest<S> {
        self.request(PROBE, dst).state(NudState::NONE)
    }
}

impl<S: Session> NeighHandle<S> {
    /// `ip neigh get DST dev DEV`: one entry, owned.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let entry = ipr.neigh().get("192.0.2.2".parse().unwrap(), "v0")?;
    /// println!("{:?}", entry.get("lladdr")?);
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn get(
        self,
        dst: IpAddr,
        dev: impl Into<Dev>,
    ) -> S::Output<impl Future<Output = Result<OwnedMessage>>> {
        let (mut ipr, dev) = (self.ipr, dev.into());
        S::finish(async move {
            let ifindex = ifindex(&mut ipr, &dev).await?;
            ipr.get(&neigh::Get { ifindex, dst, proxy: false }).await
        })
    }
    /// pyroute2's `get_neighbours(family=..., ifindex=...)`: the neighbour
    /// table, lazily (see [`Dump`](crate::Dump)); `family` 0 for every
    /// family, `ifindex` `Some` for one interface (filtered by the kernel).
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let mut entries = ipr.neigh().dump(2, Some(3))?;
    /// while let Some(n) = entries.next()? {
    ///     println!("{:?} {:?}", n.get("dst")?, n.get("lladdr")?);
    /// }
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn dump(self, family: u8, ifindex: Option<u32>) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, neigh::Dump { family, ifindex, ..neigh::Dump::default() }, Keep::All)
    }
    /// `ip neigh show proxy`: the proxy ARP/NDP entries, lazily.
    pub fn dump_proxy(self, family: u8) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, neigh::Dump { family, proxy: true, ..neigh::Dump::default() }, Keep::All)
    }
}

impl<S, const FDB: bool> NeighRequest<S, FDB> {
    setters! {
        /// `dev DEV`, by name or index: the neighbour's device (needed
        /// unless the entry is a proxy), or an FDB entry's bridge port or
        /// VXLAN device (needed).
        dev(dev: impl Into<Dev>) => dev = Some(dev.into());
        /// `nud STATE`: `PERMANENT` (a neighbour's default), `REACHABLE`
        /// (`dynamic`), `STALE`, `NOARP` (`static`), ...; an FDB entry's
        /// default is `PERMANENT | NOARP` (`permanent`).
        state(state: NudState) => entry.state = state;
        /// `NTF_*` flags (`ndm_flags`), replacing those set so far (an FDB
        /// entry's default `self`, `NTF_SELF`): any of `SELF`, `MASTER`,
        /// `ROUTER`, `USE`, `EXT_LEARNED`, `STICKY`, as `bridge fdb add ...
        /// router sticky master` sets them.
        flags(flags: NeighFlags) => entry.flags = flags;
    }
    /// The request this builder sends, for batches; the device must be
    /// given by index here.
    pub fn request(&self) -> Result<Box<dyn Request + Send + Sync + '_>> {
        let ifindex = self.dev.as_ref().map(given_index).transpose()?.unwrap_or(0);
        Ok((self.verb.1)(NeighEntry { ifindex, lladdr: self.lladdr.as_deref(), ..self.entry }))
    }
}

impl<S> NeighRequest<S> {
    setters! {
        /// `lladdr ADDRESS`: the link-layer address (1 to 32 bytes).
        lladdr(lladdr: &[u8]) => lladdr = Some(lladdr.to_vec());
        /// `router`: the neighbour is an IPv6 router (`NTF_ROUTER`).
        router() => entry.flags |= NeighFlags::ROUTER;
        /// `proxy`: a proxy ARP/NDP entry (`NTF_PROXY`); `dev` becomes optional.
        proxy() => entry.flags |= NeighFlags::PROXY;
        /// Extended flags such as `MANAGED` (`NDA_FLAGS_EXT`).
        flags_ext(flags: NeighFlagsExt) => entry.flags_ext = flags;
        /// `protocol P`: who installed the entry (`RTPROT_*`).
        protocol(protocol: u8) => entry.protocol = Some(protocol);
    }
}

impl<S: Session, const FDB: bool> NeighRequest<S, FDB> {
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`](crate::Error::NotFound); for an FDB
    /// entry, no device, a VLAN out of 1..=4094, a VNI over 24 bits or an
    /// address that is not 1 to 32 bytes is
    /// [`Error::Invalid`](crate::Error::Invalid); nothing is sent.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(NeighRequest { verb: (Goal::AsSent, self.verb.1), ..self }.settle())
    }
    /// Sends the request; the outcome for the verb's goal.
    async fn settle(self) -> Result<()> {
        let NeighRequest { mut ipr, verb: (goal, make), dev, via, lladdr, entry } = self;
        let entry = match ifindex_opt(&mut ipr, dev.as_ref()).await {
            Ok(ifindex) => NeighEntry { ifindex: ifindex.unwrap_or(0), lladdr: lladdr.as_deref(), ..entry },
            // A failed lookup: no entry to compare.
            Err(e) => return settle(goal, Err(e), async || Ok(false)).await,
        };
        let entry = NeighEntry { via_ifindex: ifindex_opt(&mut ipr, via.as_ref()).await?, ..entry };
        let sent = ipr.request(&*make(entry)).await.map(drop);
        settle(goal, sent, async || {
            // Only a neighbour is compared (an FDB entry is sent as it is).
            let Some(dst) = entry.dst else { return Ok(false) };
            let proxy = entry.flags.contains(NeighFlags::PROXY);
            neighbour_is(&ipr.get(&neigh::Get { ifindex: entry.ifindex, dst, proxy }).await?, &entry)
        })
        .await
    }
}

impl<S: Session> NeighRequest<S> {
    /// Sends the request, counting as done what already is: an add whose
    /// entry is there with the link-layer address and flags given here
    /// (and the state, when it is `PERMANENT` or `NOARP`: the others change
    /// by themselves), a delete whose entry or device is not there. An
    /// entry there with other settings leaves the kernel's `EEXIST`.
    /// Replace and change are sent as they are.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let (ip, mac) = ("192.0.2.2".parse().unwrap(), [0x02, 0, 0, 0, 0, 0x02]);
    /// ipr.neigh().add(ip).dev("v0").lladdr(&mac).ensure()?;
    /// ipr.neigh().add(ip).dev("v0").lladdr(&mac).ensure()?; // Ok
    /// ipr.neigh().del(ip).dev("v0").ensure()?;
    /// ipr.neigh().del(ip).dev("v0").ensure()?; // Ok
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn ensure(self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(self.settle())
    }
}

/// Whether the entry `have` (a GET reply) has `want`'s settings.
fn neighbour_is(have: &OwnedMessage, want: &NeighEntry<'_>) -> Result<bool> {
    let n = Neighbour::parse(&have.message())?;
    let lasting = NudState::PERMANENT | NudState::NOARP;
    Ok(given(want.lladdr, n.lladdr()?)
        && n.flags().contains(want.flags)
        && (!lasting.contains(want.state) || n.state() == want.state))
}

// ---------------------------------------------------------------------------
// Bridge FDB entries
// ---------------------------------------------------------------------------

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
pub type FdbRequest<S> = NeighRequest<S, true>;

impl<S> FdbHandle<S> {
    fn request(self, verb: Verb, lladdr: &[u8]) -> FdbRequest<S> {
        // The address is put in at send time; the entry keeps no borrow.
        let entry = NeighEntry { lladdr: None, ..NeighEntry::fdb(0, &[]) };
        NeighRequest { ipr: self.ipr, verb, dev: None, via: None, lladdr: Some(lladdr.to_vec()), entry }
    }
    verbs! { FdbRequest<S>:
        /// `bridge fdb add LLADDR dev DEV ...` (fails if the entry exists).
        add(lladdr: &[u8]) => request(ADD, lladdr);
        /// `bridge fdb append ...`: one more remote for a VXLAN entry.
        append(lladdr: &[u8]) => request((Goal::Present, |e| Box::new(neigh::Append(e))), lladdr);
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
        /// `self master`: both tables.
        self_and_master() => entry.flags |= NeighFlags::SELF | NeighFlags::MASTER;
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
