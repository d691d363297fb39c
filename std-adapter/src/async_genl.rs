//! `AsyncGenl`: the generic netlink session for async code, with the verbs
//! of [`Genl`](crate::Genl), each written once over
//! [`GenlSession`](crate::GenlSession).

use std::future::Future;
use std::sync::{Mutex, PoisonError};

use nlwire::genl::{Command, Family, GetFamily};
use nlwire_rustix::genl::ResolvedFamily;
use nlwire_rustix::monitor::MonitorEvent;
use nlwire_rustix::{Protocol, Socket};

use crate::async_dump::AsyncDump;
use crate::async_monitor::AsyncMonitor;
use crate::asyncio::AsyncIPRoute;
use crate::error::Result;
use crate::genl::{self, FamilyEvents, GenlSession};
use crate::owned::OwnedMessage;
use crate::session::{constructors, OnAsyncIPRoute, Session};

/// A generic netlink session for async code (tokio): one `NETLINK_GENERIC`
/// socket, families resolved by name once, and the verbs of
/// [`Genl`](crate::Genl), `.await`ed. Every method takes `&self`: requests
/// from several tasks or one `join!` are in flight together, as on
/// [`AsyncIPRoute`], whose engine it runs on.
///
/// ```no_run
/// # async fn f() -> nlwire_std::Result<()> {
/// use nlwire_std::AsyncGenl;
/// let genl = AsyncGenl::new()?;
/// let channels = genl.ethtool().channels("eth0").await?;
/// for ep in genl.mptcp().endpoints().await? {
///     println!("{} id {}", ep.addr, ep.id);
/// }
/// let mut devices = genl.netdev().devices().await?;
/// while let Some(dev) = devices.next().await? {
///     println!("{:?} {:?}", dev.ifindex()?, dev.xdp_features()?);
/// }
/// # Ok(()) }
/// ```
pub struct AsyncGenl {
    /// The request engine, an `AsyncIPRoute`'s, over a generic socket.
    engine: AsyncIPRoute,
    families: Mutex<Vec<ResolvedFamily>>,
}

constructors!(
    AsyncGenl,
    /// Must be called inside a tokio runtime.
    netns => Ok(AsyncGenl {
        engine: AsyncIPRoute::open_of(Protocol::Generic, netns)?,
        families: Mutex::default(),
    })
);

impl AsyncGenl {
    /// The family named `name` (asked of the kernel the first time only).
    pub async fn family(&self, name: &str) -> Result<ResolvedFamily> {
        let families = || self.families.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(family) = families().iter().find(|f| f.name() == name) {
            return Ok(family.clone());
        }
        let reply = self.engine.get(&GetFamily::new(name)).await?;
        let family = ResolvedFamily::from_answer(&Family::parse(&reply.message())?)?;
        let mut known = families();
        if !known.iter().any(|f| f.name() == name) {
            known.push(family.clone());
        }
        Ok(family)
    }

    /// Joins the multicast group `group` of `family` on a socket of its own
    /// in this session's namespace; see [`Genl::events`](crate::Genl::events).
    ///
    /// ```no_run
    /// # async fn f() -> nlwire_std::Result<()> {
    /// use nlwire_rustix::monitor::MonitorEvent;
    /// let genl = nlwire_std::AsyncGenl::new()?;
    /// let mut events = genl.events("mptcp_pm", "mptcp_pm_events").await?;
    /// let pm = events.decoder()?;
    /// while let MonitorEvent::Message(msg) = events.next().await? {
    ///     println!("{:?}", msg.get_in(pm, "token")?);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn events(&self, family: &str, group: &str) -> Result<AsyncGenlEvents> {
        let family = self.family(family).await?;
        let sock = genl::subscribed(Session::netns(&self), &family, group)?;
        Ok(AsyncGenlEvents { rx: AsyncMonitor::on(sock)?, family })
    }

    /// Sends `command` to `family` with NLM_F_ACK and returns the replies
    /// before the ACK (for what has no verb here).
    pub async fn request(&self, family: &str, command: &impl Command) -> Result<Vec<OwnedMessage>> {
        genl::request(&mut &*self, family, command).await
    }

    /// Sends a dump `command` to `family`: its replies, lent one by one
    /// ([`AsyncDump::next`]).
    pub async fn dump(&self, family: &str, command: &impl Command) -> Result<AsyncDump<'_>> {
        let family = self.family(family).await?.id();
        genl::dump(self, family, command).await
    }
}

/// The events of a generic family's group, for async code.
pub type AsyncGenlEvents = FamilyEvents<AsyncMonitor>;

impl AsyncGenlEvents {
    /// Waits for the next event, borrowed until the next call;
    /// [`MonitorEvent::Overrun`] when the kernel dropped events.
    pub async fn next(&mut self) -> Result<MonitorEvent<'_>> {
        self.rx.next_message().await
    }

    /// The socket.
    pub fn socket(&self) -> &Socket {
        self.rx.socket()
    }
}

impl OnAsyncIPRoute for AsyncGenl {
    fn engine(&self) -> &AsyncIPRoute {
        &self.engine
    }
}

impl GenlSession for &AsyncGenl {
    fn family_id(&mut self, name: &str) -> impl Future<Output = Result<u16>> {
        let genl: &AsyncGenl = self;
        async move { Ok(genl.family(name).await?.id()) }
    }
}
