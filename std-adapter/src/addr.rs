//! `ipr.addr()`: pyroute2's `ipr.addr(...)` verbs as builders.

use std::net::IpAddr;

use nlwire::addr::{self, AddrEntry, AddrFlags, Address};
use nlwire::build::Request;

#[cfg(feature = "tokio")]
use crate::async_dump::AsyncDump;
#[cfg(feature = "tokio")]
use crate::asyncio::AsyncIPRoute;
use crate::ensure::{absent_ok, exists, given, present_ok};
use crate::error::{Error, Result};
use crate::iproute::{Dump, IPRoute};
use crate::owned::OwnedMessage;

/// Address verbs of a session; see [`IPRoute::addr`]. `S` is the session:
/// `&mut IPRoute` (blocking `send()`) or `&AsyncIPRoute` (`send().await`).
pub struct AddrHandle<S> {
    ipr: S,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    Add,
    Replace,
    Change,
    Del,
}

/// An address request being built; [`send`](AddrRequest::send) sends it.
///
/// ```no_run
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// ipr.addr().add(2, "192.0.2.1".parse().unwrap(), 24).label("eth0:a").send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct AddrRequest<S> {
    ipr: S,
    verb: Verb,
    entry: AddrEntry<'static>,
    label: Option<String>,
}

impl<S> AddrHandle<S> {
    pub(crate) fn new(ipr: S) -> Self {
        AddrHandle { ipr }
    }

    fn request(self, verb: Verb, ifindex: u32, address: IpAddr, prefix_len: u8) -> AddrRequest<S> {
        AddrRequest { ipr: self.ipr, verb, entry: AddrEntry::new(ifindex, address, prefix_len), label: None }
    }
    /// `ip address add ADDRESS/PREFIX dev IFINDEX` (fails if it exists).
    #[allow(clippy::should_implement_trait)] // pyroute2's verb name
    pub fn add(self, ifindex: u32, address: IpAddr, prefix_len: u8) -> AddrRequest<S> {
        self.request(Verb::Add, ifindex, address, prefix_len)
    }
    /// `ip address replace`: add, or update if it exists.
    pub fn replace(self, ifindex: u32, address: IpAddr, prefix_len: u8) -> AddrRequest<S> {
        self.request(Verb::Replace, ifindex, address, prefix_len)
    }
    /// `ip address change`: update an existing address.
    pub fn change(self, ifindex: u32, address: IpAddr, prefix_len: u8) -> AddrRequest<S> {
        self.request(Verb::Change, ifindex, address, prefix_len)
    }
    /// `ip address del`.
    pub fn del(self, ifindex: u32, address: IpAddr, prefix_len: u8) -> AddrRequest<S> {
        self.request(Verb::Del, ifindex, address, prefix_len)
    }
}

/// The deletions that flush the addresses in `owned`.
fn flush_requests(owned: &[OwnedMessage]) -> Result<Vec<addr::Del<'static>>> {
    let mut dels = Vec::with_capacity(owned.len());
    for msg in owned {
        let a = Address::parse(&msg.message()).map_err(Error::Malformed)?;
        let Some(ip) = a.addr().map_err(Error::Malformed)? else { continue };
        let mut entry = AddrEntry::new(a.ifindex(), ip, a.prefix_len());
        entry.peer = a.peer().map_err(Error::Malformed)?;
        dels.push(addr::Del(entry));
    }
    Ok(dels)
}

impl<'a> AddrHandle<&'a mut IPRoute> {
    /// pyroute2's `get_addr()`: every address, lazily (see [`Dump`]).
    pub fn dump(self) -> Result<Dump<'a>> {
        self.ipr.dump(&addr::Dump::default())
    }
    /// The addresses of one interface (filtered by the kernel), lazily.
    pub fn dump_link(self, ifindex: u32) -> Result<Dump<'a>> {
        self.ipr.dump(&addr::Dump { family: 0, ifindex })
    }
    /// `ip address flush dev IFINDEX`: deletes every address of the
    /// interface in one batch; returns how many were deleted.
    pub fn flush(self, ifindex: u32) -> Result<usize> {
        let owned = self.ipr.dump_owned(&addr::Dump { family: 0, ifindex }, 3)?;
        let dels = flush_requests(&owned)?;
        let refs: Vec<&dyn Request> = dels.iter().map(|d| d as _).collect();
        self.ipr.batch(&refs)?;
        Ok(refs.len())
    }
}

#[cfg(feature = "tokio")]
impl<'a> AddrHandle<&'a AsyncIPRoute> {
    /// pyroute2's `get_addr()`: every address, lazily (see [`AsyncDump`]).
    pub async fn dump(self) -> Result<AsyncDump<'a>> {
        self.ipr.dump(&addr::Dump::default()).await
    }
    /// The addresses of one interface (filtered by the kernel), lazily.
    pub async fn dump_link(self, ifindex: u32) -> Result<AsyncDump<'a>> {
        self.ipr.dump(&addr::Dump { family: 0, ifindex }).await
    }
    /// `ip address flush dev IFINDEX`: deletes every address of the
    /// interface in one batch; returns how many were deleted.
    pub async fn flush(self, ifindex: u32) -> Result<usize> {
        let owned = self.ipr.dump_owned(&addr::Dump { family: 0, ifindex }, 3).await?;
        let dels = flush_requests(&owned)?;
        let refs: Vec<&dyn Request> = dels.iter().map(|d| d as _).collect();
        self.ipr.batch(&refs).await?;
        Ok(refs.len())
    }
}

impl<S> AddrRequest<S> {
    /// Peer of a point-to-point address.
    pub fn peer(mut self, peer: IpAddr) -> Self {
        self.entry.peer = Some(peer);
        self
    }
    /// IPv4 broadcast address.
    pub fn broadcast(mut self, broadcast: IpAddr) -> Self {
        self.entry.broadcast = Some(broadcast);
        self
    }
    /// IPv4 label such as `eth0:1`.
    pub fn label(mut self, label: &str) -> Self {
        self.label = Some(label.to_owned());
        self
    }
    /// Scope (`RT_SCOPE_*`).
    pub fn scope(mut self, scope: u8) -> Self {
        self.entry.scope = Some(scope);
        self
    }
    /// Flags such as `NODAD`, `NOPREFIXROUTE`.
    pub fn flags(mut self, flags: AddrFlags) -> Self {
        self.entry.flags = flags;
        self
    }
    /// Valid and preferred lifetimes in seconds.
    pub fn lifetimes(mut self, valid: u32, preferred: u32) -> Self {
        self.entry.lifetimes = Some((valid, preferred));
        self
    }
    /// Metric of the prefix route.
    pub fn metric(mut self, metric: u32) -> Self {
        self.entry.metric = Some(metric);
        self
    }
}

/// The core request for `verb` on `entry`.
fn core_request<'a>(verb: Verb, mut entry: AddrEntry<'a>, label: Option<&'a str>) -> Box<dyn Request + 'a> {
    entry.label = label;
    match verb {
        Verb::Add => Box::new(addr::Add(entry)),
        Verb::Replace => Box::new(addr::Replace(entry)),
        Verb::Change => Box::new(addr::Change(entry)),
        Verb::Del => Box::new(addr::Del(entry)),
    }
}

impl AddrRequest<&mut IPRoute> {
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(self) -> Result<()> {
        let AddrRequest { ipr, verb, entry, label } = self;
        let request = core_request(verb, entry, label.as_deref());
        ipr.request(&*request).map(drop)
    }
    /// Sends the request, counting as done what already is: an add whose
    /// address is on the interface with the same prefix length (and the
    /// peer, broadcast, label, scope, metric and flags given here), a delete
    /// whose address is not there. An address there with other settings
    /// leaves the kernel's `EEXIST`. Replace and change are sent as they are.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let ip = "192.0.2.1".parse().unwrap();
    /// ipr.addr().add(2, ip, 24).ensure()?;
    /// ipr.addr().add(2, ip, 24).ensure()?; // already there: Ok
    /// ipr.addr().del(2, ip, 24).ensure()?;
    /// ipr.addr().del(2, ip, 24).ensure()?; // already gone: Ok
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn ensure(self) -> Result<()> {
        let AddrRequest { ipr, verb, mut entry, label } = self;
        entry.label = label.as_deref();
        let sent = ipr.request(&*core_request(verb, entry, entry.label)).map(drop);
        match verb {
            Verb::Add => present_ok(sent, || {
                address_is(&ipr.addr().dump_link(entry.ifindex)?.collect_owned()?, &entry)
            }),
            Verb::Del => absent_ok(sent),
            Verb::Replace | Verb::Change => sent,
        }
    }
}

#[cfg(feature = "tokio")]
impl AddrRequest<&AsyncIPRoute> {
    /// Sends the request and waits for the kernel's ACK.
    pub async fn send(self) -> Result<()> {
        let AddrRequest { ipr, verb, entry, label } = self;
        let request = core_request(verb, entry, label.as_deref());
        ipr.request(&*request).await.map(drop)
    }
    /// [`ensure`](AddrRequest::ensure), awaited.
    pub async fn ensure(self) -> Result<()> {
        let AddrRequest { ipr, verb, mut entry, label } = self;
        entry.label = label.as_deref();
        let sent = ipr.request(&*core_request(verb, entry, entry.label)).await.map(drop);
        match verb {
            Verb::Add if exists(&sent) => {
                let existing = ipr.addr().dump_link(entry.ifindex).await?.collect_owned().await?;
                present_ok(sent, || address_is(&existing, &entry))
            }
            Verb::Del => absent_ok(sent),
            _ => sent,
        }
    }
}

/// Whether `existing` (the interface's addresses) has `want`'s address
/// with its settings.
fn address_is(existing: &[OwnedMessage], want: &AddrEntry<'_>) -> Result<bool> {
    for msg in existing {
        let msg = msg.message();
        let a = Address::parse(&msg)?;
        if a.addr()? != Some(want.address) {
            continue;
        }
        return Ok(a.prefix_len() == want.prefix_len
            && given(want.peer, a.peer()?)
            && given(want.broadcast, a.broadcast()?)
            && given(want.label, a.label()?)
            && given(want.scope, Some(a.scope()))
            && given(want.metric, a.rt_priority()?)
            && a.flags()?.contains(want.flags));
    }
    Ok(false)
}
