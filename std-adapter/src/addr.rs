//! `ipr.addr()`: pyroute2's `ipr.addr(...)` verbs as builders.

use std::future::Future;
use std::net::IpAddr;

use nlwire::addr::{self, AddrEntry, AddrFlags, Address};
use nlwire::build::Request;

use crate::builder::{setters, verbs};
use crate::ensure::{given, settle, Goal};
use crate::error::Result;
use crate::handles::AddrHandle;
use crate::owned::OwnedMessage;
use crate::session::{dump_verb, flush, Keep, Session};

/// A verb: what `ensure()` asks of the address, and the core request the
/// verb makes of the entry.
type Verb = (Goal, for<'e> fn(AddrEntry<'e>) -> Box<dyn Request + Send + Sync + 'e>);

const ADD: Verb = (Goal::Present, |e| Box::new(addr::Add(e)));
const REPLACE: Verb = (Goal::AsSent, |e| Box::new(addr::Replace(e)));
const CHANGE: Verb = (Goal::AsSent, |e| Box::new(addr::Change(e)));
const DEL: Verb = (Goal::Absent, |e| Box::new(addr::Del(e)));

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
    fn request(self, verb: Verb, ifindex: u32, address: IpAddr, prefix_len: u8) -> AddrRequest<S> {
        AddrRequest { ipr: self.ipr, verb, entry: AddrEntry::new(ifindex, address, prefix_len), label: None }
    }
    verbs! { AddrRequest<S>:
        /// `ip address add ADDRESS/PREFIX dev IFINDEX` (fails if it exists).
        add(ifindex: u32, address: IpAddr, prefix_len: u8) => request(ADD, ifindex, address, prefix_len);
        /// `ip address replace`: add, or update if it exists.
        replace(ifindex: u32, address: IpAddr, prefix_len: u8) => request(REPLACE, ifindex, address, prefix_len);
        /// `ip address change`: update an existing address.
        change(ifindex: u32, address: IpAddr, prefix_len: u8) => request(CHANGE, ifindex, address, prefix_len);
        /// `ip address del`.
        del(ifindex: u32, address: IpAddr, prefix_len: u8) => request(DEL, ifindex, address, prefix_len);
    }
}

impl<S: Session> AddrHandle<S> {
    /// pyroute2's `get_addr()`: every address, lazily (see [`Dump`](crate::Dump)).
    pub fn dump(self) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, addr::Dump::default(), Keep::All)
    }
    /// The addresses of one interface (filtered by the kernel), lazily.
    pub fn dump_link(self, ifindex: u32) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, addr::Dump { family: 0, ifindex }, Keep::All)
    }
    /// `ip address flush dev IFINDEX`: deletes every address of the
    /// interface in one batch; returns how many were deleted.
    pub fn flush(mut self, ifindex: u32) -> S::Output<impl Future<Output = Result<usize>>> {
        S::finish(async move {
            flush(&mut self.ipr, &addr::Dump { family: 0, ifindex }, |msg| {
                let a = Address::parse(msg)?;
                let Some(ip) = a.addr()? else { return Ok(None) };
                let entry = AddrEntry { peer: a.peer()?, ..AddrEntry::new(a.ifindex(), ip, a.prefix_len()) };
                Ok(Some(Box::new(addr::Del(entry))))
            })
            .await
        })
    }
}

impl<S> AddrRequest<S> {
    setters! {
        /// Peer of a point-to-point address.
        peer(peer: IpAddr) => entry.peer = Some(peer);
        /// IPv4 broadcast address.
        broadcast(broadcast: IpAddr) => entry.broadcast = Some(broadcast);
        /// IPv4 label such as `eth0:1`.
        label(label: &str) => label = Some(label.to_owned());
        /// Scope (`RT_SCOPE_*`).
        scope(scope: u8) => entry.scope = Some(scope);
        /// Flags such as `NODAD`, `NOPREFIXROUTE`.
        flags(flags: AddrFlags) => entry.flags = flags;
        /// Valid and preferred lifetimes in seconds.
        lifetimes(valid: u32, preferred: u32) => entry.lifetimes = Some((valid, preferred));
        /// Metric of the prefix route.
        metric(metric: u32) => entry.metric = Some(metric);
    }
    /// The request this builder sends, for [`IPRoute::batch`](crate::IPRoute::batch)
    /// and the like.
    ///
    /// ```no_run
    /// use nlwire_std::AddrHandle;
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let ip = |last| std::net::IpAddr::from([192, 0, 2, last]);
    /// // Builders without a session make requests to send together.
    /// let (a, b) = (AddrHandle::new(()).add(2, ip(1), 24), AddrHandle::new(()).add(2, ip(2), 24));
    /// ipr.batch(&[&*a.request(), &*b.request()])?;
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn request(&self) -> Box<dyn Request + Send + Sync + '_> {
        (self.verb.1)(AddrEntry { label: self.label.as_deref(), ..self.entry })
    }
}

impl<S: Session> AddrRequest<S> {
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(AddrRequest { verb: (Goal::AsSent, self.verb.1), ..self }.settle())
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
    pub fn ensure(self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(self.settle())
    }
    /// Sends the request; the outcome for the verb's goal.
    async fn settle(self) -> Result<()> {
        let AddrRequest { mut ipr, verb: (goal, make), entry, label } = self;
        let entry = AddrEntry { label: label.as_deref(), ..entry };
        let sent = ipr.request(&*make(entry)).await.map(drop);
        settle(goal, sent, async || {
            let existing = ipr.dump_owned(&addr::Dump { family: 0, ifindex: entry.ifindex }, 0).await?;
            address_is(&existing, &entry)
        })
        .await
    }
}

/// Whether `existing` (the interface's addresses) has `want`'s address
/// with its settings.
fn address_is(existing: &[OwnedMessage], want: &AddrEntry<'_>) -> Result<bool> {
    for msg in existing {
        let a = Address::parse(&msg.message())?;
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
