//! `ipr.neigh()`: pyroute2's `ipr.neigh(...)` verbs and `get_neighbours` as
//! builders.

use std::net::IpAddr;

use nlwire::neigh::{self, NeighEntry, NeighFlags, NeighFlagsExt, Neighbour, NudState};

use crate::ensure::{absent_ok, given, present_ok};
use crate::error::Result;
use crate::iproute::IPRoute;
use crate::link::Dev;
use crate::owned::OwnedMessage;

/// Neighbour (ARP/NDP) verbs of an [`IPRoute`]; see [`IPRoute::neigh`].
pub struct NeighHandle<'i> {
    ipr: &'i mut IPRoute,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    Add,
    Replace,
    Change,
    Del,
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
pub struct NeighRequest<'i> {
    ipr: &'i mut IPRoute,
    verb: Verb,
    dst: IpAddr,
    dev: Option<Dev>,
    lladdr: Option<Vec<u8>>,
    state: NudState,
    flags: NeighFlags,
    flags_ext: NeighFlagsExt,
    protocol: Option<u8>,
}

impl<'i> NeighHandle<'i> {
    pub(crate) fn new(ipr: &'i mut IPRoute) -> Self {
        NeighHandle { ipr }
    }

    fn request(self, verb: Verb, dst: IpAddr) -> NeighRequest<'i> {
        NeighRequest {
            ipr: self.ipr,
            verb,
            dst,
            dev: None,
            lladdr: None,
            state: NudState::PERMANENT,
            flags: NeighFlags::empty(),
            flags_ext: NeighFlagsExt::empty(),
            protocol: None,
        }
    }
    /// `ip neigh add DST ...` (fails if the entry exists).
    #[allow(clippy::should_implement_trait)] // pyroute2's verb name
    pub fn add(self, dst: IpAddr) -> NeighRequest<'i> {
        self.request(Verb::Add, dst)
    }
    /// `ip neigh replace DST ...`: add, or overwrite if it exists.
    pub fn replace(self, dst: IpAddr) -> NeighRequest<'i> {
        self.request(Verb::Replace, dst)
    }
    /// `ip neigh change DST ...`: update an existing entry.
    pub fn change(self, dst: IpAddr) -> NeighRequest<'i> {
        self.request(Verb::Change, dst)
    }
    /// `ip neigh del DST dev DEV`.
    pub fn del(self, dst: IpAddr) -> NeighRequest<'i> {
        self.request(Verb::Del, dst)
    }
    /// `ip neigh get DST dev DEV`: one entry, owned.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let entry = ipr.neigh().get("192.0.2.2".parse().unwrap(), "v0")?;
    /// println!("{:?}", entry.get("lladdr")?);
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn get(self, dst: IpAddr, dev: impl Into<Dev>) -> Result<OwnedMessage> {
        let ifindex = self.ipr.ifindex(&dev.into())?;
        self.ipr.get(&neigh::Get { ifindex, dst, proxy: false })
    }
    /// pyroute2's `get_neighbours(family=..., ifindex=...)`: the neighbour
    /// table, owned; `family` 0 for every family, `ifindex` `Some` for one
    /// interface (filtered by the kernel).
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// for n in ipr.neigh().dump(2, Some(3))? {
    ///     println!("{:?} {:?}", n.get("dst")?, n.get("lladdr")?);
    /// }
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn dump(self, family: u8, ifindex: Option<u32>) -> Result<Vec<OwnedMessage>> {
        self.ipr.dump_owned(&neigh::Dump { family, ifindex, ..neigh::Dump::default() }, 3)
    }
    /// `ip neigh show proxy`: the proxy ARP/NDP entries, owned.
    pub fn dump_proxy(self, family: u8) -> Result<Vec<OwnedMessage>> {
        self.ipr.dump_owned(&neigh::Dump { family, proxy: true, ..neigh::Dump::default() }, 3)
    }
}

impl<'i> NeighRequest<'i> {
    /// `dev DEV`, by name or index (needed unless the entry is a proxy).
    pub fn dev(mut self, dev: impl Into<Dev>) -> Self {
        self.dev = Some(dev.into());
        self
    }
    /// `lladdr ADDRESS`: the link-layer address (1 to 32 bytes).
    pub fn lladdr(mut self, lladdr: &[u8]) -> Self {
        self.lladdr = Some(lladdr.to_vec());
        self
    }
    /// `nud STATE`: `PERMANENT` (the default), `REACHABLE`, `STALE`,
    /// `NOARP`, ...
    pub fn state(mut self, state: NudState) -> Self {
        self.state = state;
        self
    }
    /// `NTF_*` flags, replacing those set so far.
    pub fn flags(mut self, flags: NeighFlags) -> Self {
        self.flags = flags;
        self
    }
    /// `router`: the neighbour is an IPv6 router (`NTF_ROUTER`).
    pub fn router(mut self) -> Self {
        self.flags |= NeighFlags::ROUTER;
        self
    }
    /// `proxy`: a proxy ARP/NDP entry (`NTF_PROXY`); `dev` becomes optional.
    pub fn proxy(mut self) -> Self {
        self.flags |= NeighFlags::PROXY;
        self
    }
    /// Extended flags such as `MANAGED` (`NDA_FLAGS_EXT`).
    pub fn flags_ext(mut self, flags: NeighFlagsExt) -> Self {
        self.flags_ext = flags;
        self
    }
    /// `protocol P`: who installed the entry (`RTPROT_*`).
    pub fn protocol(mut self, protocol: u8) -> Self {
        self.protocol = Some(protocol);
        self
    }
    /// The entry with its device resolved to an index.
    fn resolve(self) -> Result<(&'i mut IPRoute, Verb, NeighEntry<'static>, Option<Vec<u8>>)> {
        let NeighRequest { ipr, verb, dst, dev, lladdr, state, flags, flags_ext, protocol } = self;
        let ifindex = match &dev {
            Some(dev) => ipr.ifindex(dev)?,
            None => 0,
        };
        let entry = NeighEntry {
            flags_ext,
            protocol,
            ..NeighEntry::new(ifindex, dst).with_state(state).with_flags(flags)
        };
        Ok((ipr, verb, entry, lladdr))
    }
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`](crate::Error::NotFound).
    pub fn send(self) -> Result<()> {
        let (ipr, verb, entry, lladdr) = self.resolve()?;
        send(ipr, verb, NeighEntry { lladdr: lladdr.as_deref(), ..entry })
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
    pub fn ensure(self) -> Result<()> {
        match self.verb {
            Verb::Add => {
                let (ipr, verb, entry, lladdr) = self.resolve()?;
                let entry = NeighEntry { lladdr: lladdr.as_deref(), ..entry };
                let sent = send(ipr, verb, entry);
                present_ok(sent, || neighbour_is(ipr, &entry))
            }
            Verb::Del => absent_ok(self.send()),
            Verb::Replace | Verb::Change => self.send(),
        }
    }
}

fn send(ipr: &mut IPRoute, verb: Verb, entry: NeighEntry<'_>) -> Result<()> {
    match verb {
        Verb::Add => ipr.request(&neigh::Add(entry)),
        Verb::Replace => ipr.request(&neigh::Replace(entry)),
        Verb::Change => ipr.request(&neigh::Change(entry)),
        Verb::Del => ipr.request(&neigh::Del(entry)),
    }
    .map(drop)
}

/// Whether the kernel holds `want`'s entry with its settings.
fn neighbour_is(ipr: &mut IPRoute, want: &NeighEntry<'_>) -> Result<bool> {
    let Some(dst) = want.dst else { return Ok(false) };
    let proxy = want.flags.contains(NeighFlags::PROXY);
    let msg = ipr.get(&neigh::Get { ifindex: want.ifindex, dst, proxy })?;
    let msg = msg.message();
    let n = Neighbour::parse(&msg)?;
    let lasting = NudState::PERMANENT | NudState::NOARP;
    Ok(given(want.lladdr, n.lladdr()?)
        && n.flags().contains(want.flags)
        && (!lasting.contains(want.state) || n.state() == want.state))
}
