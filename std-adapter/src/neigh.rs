//! `ipr.neigh()`: pyroute2's `ipr.neigh(...)` verbs and `get_neighbours` as
//! builders.

use std::future::Future;
use std::net::IpAddr;

use nlwire::neigh::{self, NeighEntry, NeighFlags, NeighFlagsExt, Neighbour, NudState};

use nlwire::build::Request;

use crate::builder::{setters, verbs};
use crate::dev::{given_index, ifindex, ifindex_or_0, Dev};
use crate::ensure::{given, settle, Goal};
use crate::error::Result;
use crate::handles::NeighHandle;
use crate::owned::OwnedMessage;
use crate::session::{dump_verb, Keep, Session};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    Add,
    Replace,
    Change,
    Del,
    Probe,
}

/// A neighbour request being built; [`send`](NeighRequest::send) sends it.
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
pub struct NeighRequest<S> {
    ipr: S,
    spec: NeighSpec,
}

/// What a [`NeighRequest`] asks for.
#[derive(Debug)]
struct NeighSpec {
    verb: Verb,
    dst: IpAddr,
    dev: Option<Dev>,
    lladdr: Option<Vec<u8>>,
    state: NudState,
    flags: NeighFlags,
    flags_ext: NeighFlagsExt,
    protocol: Option<u8>,
}

impl<S> NeighHandle<S> {
    fn request(self, verb: Verb, dst: IpAddr) -> NeighRequest<S> {
        let spec = NeighSpec {
            verb,
            dst,
            dev: None,
            lladdr: None,
            state: NudState::PERMANENT,
            flags: NeighFlags::empty(),
            flags_ext: NeighFlagsExt::empty(),
            protocol: None,
        };
        NeighRequest { ipr: self.ipr, spec }
    }
    verbs! { NeighRequest<S>:
        /// `ip neigh add DST ...` (fails if the entry exists).
        #[allow(clippy::should_implement_trait)] // pyroute2's verb name
        add(dst: IpAddr) => request(Verb::Add, dst);
        /// `ip neigh replace DST ...`: add, or overwrite if it exists.
        replace(dst: IpAddr) => request(Verb::Replace, dst);
        /// `ip neigh change DST ...`: update an existing entry.
        change(dst: IpAddr) => request(Verb::Change, dst);
        /// `ip neigh del DST dev DEV`.
        del(dst: IpAddr) => request(Verb::Del, dst);
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
        let mut request = self.request(Verb::Probe, dst);
        request.spec.state = NudState::NONE;
        request
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

impl<S> NeighRequest<S> {
    setters! {
        /// `dev DEV`, by name or index (needed unless the entry is a proxy).
        dev(dev: impl Into<Dev>) => spec.dev = Some(dev.into());
        /// `lladdr ADDRESS`: the link-layer address (1 to 32 bytes).
        lladdr(lladdr: &[u8]) => spec.lladdr = Some(lladdr.to_vec());
        /// `nud STATE`: `PERMANENT` (the default), `REACHABLE`, `STALE`,
        /// `NOARP`, ...
        state(state: NudState) => spec.state = state;
        /// `NTF_*` flags, replacing those set so far.
        flags(flags: NeighFlags) => spec.flags = flags;
        /// `router`: the neighbour is an IPv6 router (`NTF_ROUTER`).
        router() => spec.flags |= NeighFlags::ROUTER;
        /// `proxy`: a proxy ARP/NDP entry (`NTF_PROXY`); `dev` becomes optional.
        proxy() => spec.flags |= NeighFlags::PROXY;
        /// Extended flags such as `MANAGED` (`NDA_FLAGS_EXT`).
        flags_ext(flags: NeighFlagsExt) => spec.flags_ext = flags;
        /// `protocol P`: who installed the entry (`RTPROT_*`).
        protocol(protocol: u8) => spec.protocol = Some(protocol);
    }
}

impl NeighSpec {
    /// The entry, with the device resolved to `ifindex`.
    fn entry(&self, ifindex: u32) -> NeighEntry<'_> {
        NeighEntry {
            lladdr: self.lladdr.as_deref(),
            flags_ext: self.flags_ext,
            protocol: self.protocol,
            ..NeighEntry::new(ifindex, self.dst).with_state(self.state).with_flags(self.flags)
        }
    }

    /// The GET that reads the entry back, with the device resolved to `ifindex`.
    fn get(&self, ifindex: u32) -> neigh::Get {
        neigh::Get { ifindex, dst: self.dst, proxy: self.flags.contains(NeighFlags::PROXY) }
    }

    /// The core request, with the device resolved to `ifindex`.
    fn core_request(&self, ifindex: u32) -> Box<dyn Request + Send + Sync + '_> {
        let entry = self.entry(ifindex);
        match self.verb {
            Verb::Add => Box::new(neigh::Add(entry)),
            Verb::Replace => Box::new(neigh::Replace(entry)),
            Verb::Probe => {
                Box::new(neigh::Replace(NeighEntry { flags: entry.flags | NeighFlags::USE, ..entry }))
            }
            Verb::Change => Box::new(neigh::Change(entry)),
            Verb::Del => Box::new(neigh::Del(entry)),
        }
    }
}

impl<S> NeighRequest<S> {
    /// The request this builder sends, for batches; the device must be
    /// given by index here.
    pub fn request(&self) -> Result<Box<dyn Request + Send + Sync + '_>> {
        let ifindex = self.spec.dev.as_ref().map(given_index).transpose()?.unwrap_or(0);
        Ok(self.spec.core_request(ifindex))
    }
}

impl<S: Session> NeighRequest<S> {
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`](crate::Error::NotFound).
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        let NeighRequest { mut ipr, spec } = self;
        S::finish(async move {
            let ifindex = ifindex_or_0(&mut ipr, spec.dev.as_ref()).await?;
            ipr.request(&*spec.core_request(ifindex)).await.map(drop)
        })
    }
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
        let NeighRequest { mut ipr, spec } = self;
        S::finish(async move {
            let ifindex = ifindex_or_0(&mut ipr, spec.dev.as_ref()).await;
            let sent = match &ifindex {
                Ok(i) => ipr.request(&*spec.core_request(*i)).await.map(drop),
                Err(e) => Err(e.clone()),
            };
            let goal = match spec.verb {
                Verb::Add => Goal::Present,
                Verb::Del => Goal::Absent,
                Verb::Replace | Verb::Change | Verb::Probe => Goal::AsSent,
            };
            settle(goal, sent, async || {
                let ifindex = ifindex?;
                let have = ipr.get(&spec.get(ifindex)).await?;
                neighbour_is(&have, &spec.entry(ifindex))
            })
            .await
        })
    }
}

/// Whether the entry `have` (a GET reply) has `want`'s settings.
fn neighbour_is(have: &OwnedMessage, want: &NeighEntry<'_>) -> Result<bool> {
    let msg = have.message();
    let n = Neighbour::parse(&msg)?;
    let lasting = NudState::PERMANENT | NudState::NOARP;
    Ok(given(want.lladdr, n.lladdr()?)
        && n.flags().contains(want.flags)
        && (!lasting.contains(want.state) || n.state() == want.state))
}
