//! `Genl`: a blocking generic netlink session (ethtool, netdev, MPTCP,
//! WireGuard, nl80211, ...), families resolved by name once per session,
//! and [`GenlSession`], what its verbs need of a session, so that each is
//! written once for `Genl` and `AsyncGenl`.

use std::future::{ready, Future};
use std::time::Duration;

use nlwire::genl::{Command, To};
use nlwire::registry::{generic_family, Protocol as Decode};
use nlwire::{Message, Messages};
use nlwire_rustix::genl::{Families, ResolvedFamily};
use nlwire_rustix::monitor::{Monitor, MonitorEvent};
use nlwire_rustix::{Protocol, Socket};

use crate::error::{Error, Result};
use crate::iproute::IPRoute;
use crate::owned::OwnedMessage;
use crate::session::{constructors, Keep, OnIPRoute, Session};
use crate::socket::{open_socket_of, NetnsRef, RECV_BUF};

/// Families one session resolves (each once).
const FAMILIES: usize = 16;

/// A blocking generic netlink session: one `NETLINK_GENERIC` socket, the
/// families it has resolved, requests numbered in sequence.
///
/// ```no_run
/// use nlwire_std::Genl;
/// let mut genl = Genl::new()?;
/// let ethtool = genl.family("ethtool")?;
/// println!("ethtool is family {} (groups {:?})", ethtool.id(), ethtool.groups().collect::<Vec<_>>());
/// # Ok::<(), nlwire_std::Error>(())
/// ```
pub struct Genl {
    /// The request engine, an `IPRoute`'s, over a generic socket.
    engine: IPRoute,
    families: Families<FAMILIES>,
}

constructors!(
    Genl,
    netns => Ok(Genl { engine: IPRoute::open_of(Protocol::Generic, netns)?, families: Families::new() })
);

impl Genl {
    /// The family named `name` (asked of the kernel the first time only).
    pub fn family(&mut self, name: &str) -> Result<&ResolvedFamily> {
        let (sock, recv) = self.engine.socket_and_buffer();
        Ok(self.families.resolve(sock, recv, name)?)
    }

    /// Joins the multicast group `group` of `family` on a socket of its own
    /// in this session's namespace: its events, read with
    /// [`GenlEvents::next`] (nothing allocated per event), never mixed with
    /// this session's answers.
    ///
    /// ```no_run
    /// use nlwire_rustix::monitor::MonitorEvent;
    /// let mut genl = nlwire_std::Genl::new()?;
    /// let mut events = genl.events("ethtool", "monitor")?; // ETHTOOL_MCGRP_MONITOR_NAME
    /// let ethtool = events.decoder()?;
    /// if let MonitorEvent::Message(msg) = events.next()? {
    ///     println!("{:?}", msg.get_path_in(ethtool, &["header", "dev-name"])?);
    /// }
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn events(&mut self, family: &str, group: &str) -> Result<GenlEvents> {
        let family = self.family(family)?.clone();
        let sock = subscribed(self.netns(), &family, group)?;
        Ok(GenlEvents { rx: Monitor::new(sock, vec![0; RECV_BUF]), family })
    }

    /// Joins the multicast group `group` of `family` on this session's own
    /// socket: events then arrive on [`socket`](Genl::socket), read with
    /// [`recv_events`](Genl::recv_events). Events that come while a request
    /// is answered are skipped; [`events`](Genl::events) loses none.
    pub fn join(&mut self, family: &str, group: &str) -> Result<u32> {
        self.engine.hold_events();
        let (sock, recv) = self.engine.socket_and_buffer();
        Ok(self.families.join(sock, recv, family, group)?)
    }

    /// Waits at most `timeout` (`None`: forever) for a datagram of the
    /// groups joined ([`join`](Genl::join)) and calls `each` with each of
    /// its messages. Returns whether one arrived.
    pub fn recv_events(
        &mut self,
        timeout: Option<Duration>,
        mut each: impl FnMut(&Message<'_>) -> Result<()>,
    ) -> Result<bool> {
        let held = self.engine.take_held_event();
        let (sock, recv) = self.engine.socket_and_buffer();
        let datagram = match &held {
            Some(datagram) => &datagram[..],
            None if sock.wait_readable(timeout)? => {
                let got = sock.recv(recv)?;
                recv.get(..got.len).unwrap_or_default()
            }
            None => return Ok(false),
        };
        for msg in Messages::new(datagram) {
            each(&msg?)?;
        }
        Ok(true)
    }

    /// The underlying socket.
    pub fn socket(&self) -> &Socket {
        self.engine.socket()
    }

    /// Sends `command` to `family` with NLM_F_ACK and returns the replies
    /// before the ACK.
    pub fn request(&mut self, family: &str, command: &impl Command) -> Result<Vec<OwnedMessage>> {
        crate::iproute::run_ready(request(&mut &mut *self, family, command))
    }

    /// Sends a dump `command` to `family` and calls `each` with every reply,
    /// borrowed (no allocation per message).
    pub fn dump_each(
        &mut self,
        family: &str,
        command: &impl Command,
        mut each: impl FnMut(&Message<'_>) -> Result<()>,
    ) -> Result<()> {
        let family = self.family(family)?.id();
        let mut dump = crate::iproute::run_ready(dump(self, family, command))?;
        while let Some(msg) = dump.next()? {
            each(&msg)?;
        }
        Ok(())
    }

    /// A dump whose replies are kept (one allocation per message).
    pub fn dump(&mut self, family: &str, command: &impl Command) -> Result<Vec<OwnedMessage>> {
        let family = self.family(family)?.id();
        crate::iproute::run_ready(dump(self, family, command))?.collect_owned()
    }
}

/// The events of one multicast group of a generic family, on a socket of
/// their own, received by `R`: [`GenlEvents`] ([`Genl::events`]) or
/// `AsyncGenlEvents` (`AsyncGenl::events`, the same awaited). One buffer is
/// reused for every event.
pub struct FamilyEvents<R> {
    pub(crate) rx: R,
    pub(crate) family: ResolvedFamily,
}

/// The events of a generic family's group, for blocking code.
pub type GenlEvents = FamilyEvents<Monitor<Socket, Vec<u8>>>;

impl<R> FamilyEvents<R> {
    /// The family whose events these are.
    pub fn family(&self) -> &ResolvedFamily {
        &self.family
    }

    /// How the core's tables decode the events ([`decoder`]).
    /// They decode by command number, so this fits families whose events
    /// are replies' commands (ethtool's `_NTF`, netdev); MPTCP numbers its
    /// events apart, read them with `nlwire::mptcp::Event`.
    pub fn decoder(&self) -> Result<Decode> {
        decoder(self.family.name())
    }
}

impl GenlEvents {
    /// Waits for the next event, borrowed until the next call;
    /// [`MonitorEvent::Overrun`] when the kernel dropped events.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<MonitorEvent<'_>> {
        Ok(self.rx.next()?)
    }

    /// The socket (for `poll`).
    pub fn socket(&self) -> &Socket {
        self.rx.socket()
    }
}

/// A generic socket in `netns` (`None`: the caller's) joined to the
/// multicast group `group` of `family` (for the blocking and the async events).
pub(crate) fn subscribed(netns: Option<&NetnsRef>, family: &ResolvedFamily, group: &str) -> Result<Socket> {
    let sock = open_socket_of(Protocol::Generic, netns)?;
    let id = family
        .group(group)
        .ok_or_else(|| Error::NotFound(format!("multicast group {group} of {}", family.name())))?;
    sock.add_membership(id)?;
    Ok(sock)
}

/// A generic netlink session verbs run on: `&mut Genl` (blocking) or
/// `&AsyncGenl`. Sealed, as [`Session`] is; a verb of one's own is written
/// once for both:
///
/// ```no_run
/// use nlwire::genl::To;
/// use nlwire_std::{Genl, GenlSession, Result};
///
/// /// How many devices the `netdev` family lists, on either session.
/// fn count_devices<S: GenlSession>(mut genl: S) -> S::Output<impl std::future::Future<Output = Result<usize>>> {
///     S::finish(async move {
///         let family = genl.family_id("netdev").await?;
///         Ok(genl.dump_owned(&To { family, command: &nlwire::netdev::DeviceDump }, 3).await?.len())
///     })
/// }
/// let devices = count_devices(&mut Genl::new()?)?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
pub trait GenlSession: Session {
    /// The id the kernel gave the family `name` (asked once per session).
    fn family_id(&mut self, name: &str) -> impl Future<Output = Result<u16>>;
}

/// Declares `$handle<S>`, the verbs of one generic family over a
/// [`GenlSession`] `S`, made by `Genl::$name` (blocking) and
/// `AsyncGenl::$name` (each verb `.await`ed), both documented by `$made`.
macro_rules! family_handle {
    ($(#[$doc:meta])* $handle:ident, $name:ident, $made:literal) => {
        $(#[$doc])*
        pub struct $handle<S> {
            genl: S,
        }

        impl $crate::Genl {
            #[doc = $made]
            pub fn $name(&mut self) -> $handle<&mut $crate::Genl> {
                $handle { genl: self }
            }
        }

        #[cfg(feature = "tokio")]
        impl $crate::AsyncGenl {
            #[doc = $made]
            pub fn $name(&self) -> $handle<&$crate::AsyncGenl> {
                $handle { genl: self }
            }
        }
    };
}
pub(crate) use family_handle;

/// Writes a family handle's verbs, one line each: `name(arg: Type, ...)
/// -> T = verb;`, where `verb` is a future of `Result<T>` over the
/// handle's session, bound to the name given before the colon; arguments
/// it borrows live for `'a`. Doc comments before a line go on its method.
///
/// ```text
/// impl<S: GenlSession> Mptcp<S> {
///     genl_verbs! { genl:
///         /// Removes every endpoint (`ip mptcp endpoint flush`).
///         flush() -> () = change(genl, FAMILY_NAME, FlushEndpoints);
///     }
/// }
/// ```
macro_rules! genl_verbs {
    ($genl:ident: $($(#[$attr:meta])* $name:ident($($arg:ident: $ty:ty),*) -> $out:ty = $verb:expr;)+) => {$(
        $(#[$attr])*
        pub fn $name<'a>(
            &'a mut self
            $(, $arg: $ty)*
        ) -> S::Output<impl std::future::Future<Output = $crate::Result<$out>> + 'a> {
            let $genl = &mut self.genl;
            S::finish($verb)
        }
    )+};
}
pub(crate) use genl_verbs;

/// The id of the family `name`, which a kernel may lack (a module not
/// loaded, hardware absent): then [`Error::NotFound`] naming the family and
/// `what` it serves, rather than the controller's bare `ENOENT`.
pub(crate) async fn present_family_id<S: GenlSession>(genl: &mut S, name: &str, what: &str) -> Result<u16> {
    match genl.family_id(name).await {
        Err(e) if e.errno_name() == Some("ENOENT") => Err(missing_family(name, what)),
        id => id,
    }
}

/// A family the kernel does not have.
pub(crate) fn missing_family(name: &str, what: &str) -> Error {
    Error::NotFound(format!("generic netlink family {name:?} (no {what} in this kernel)"))
}

/// Sends `command` to `family` with NLM_F_ACK: the replies before the ACK.
pub(crate) async fn request<S: GenlSession>(
    genl: &mut S,
    family: &str,
    command: &impl Command,
) -> Result<Vec<OwnedMessage>> {
    let family = genl.family_id(family).await?;
    genl.request(&To { family, command }).await
}

/// Sends the change `command` to `family`; nothing comes back.
pub(crate) async fn change<S: GenlSession>(genl: &mut S, family: &str, command: impl Command) -> Result<()> {
    request(genl, family, &command).await.map(drop)
}

/// Sends `command` to `family` with NLM_F_ACK: its one reply.
pub(crate) async fn get<S: GenlSession>(
    genl: &mut S,
    family: &str,
    command: &impl Command,
) -> Result<OwnedMessage> {
    OwnedMessage::only_reply(request(genl, family, command).await?)
}

/// Sends a dump `command` to the family with id `family`: the dump, read lazily.
pub(crate) async fn dump<S: GenlSession>(genl: S, family: u16, command: &impl Command) -> Result<S::Dump> {
    genl.dump(&To { family, command }, Keep::All).await
}

/// Writes a family handle's dumps read with a core view, one line each:
/// `name(arg: Type, ...) -> View = command;`, the dump `command` sent to
/// the family `$family`, each reply read with `View` ([`ViewDump`]). A
/// kernel without the family is [`Error::NotFound`] naming it and `$what`
/// it serves. Doc comments before a line go on its method.
macro_rules! view_dumps {
    ($family:expr, $what:expr; $($(#[$attr:meta])* $name:ident($($arg:ident: $ty:ty),*) -> $view:ty = $command:expr;)+) => {$(
        $(#[$attr])*
        pub fn $name(
            self
            $(, $arg: $ty)*
        ) -> S::Output<impl std::future::Future<Output = $crate::Result<$crate::ViewDump<S::Dump, $view>>>> {
            let mut genl = self.genl;
            S::finish(async move {
                let family = $crate::genl::present_family_id(&mut genl, $family, $what).await?;
                Ok($crate::ViewDump::new($crate::genl::dump(genl, family, &$command).await?))
            })
        }
    )+};
}
pub(crate) use view_dumps;

impl OnIPRoute for Genl {
    fn engine(&mut self) -> &mut IPRoute {
        &mut self.engine
    }
    fn netns(&self) -> Option<&NetnsRef> {
        self.engine.netns()
    }
}

impl GenlSession for &mut Genl {
    fn family_id(&mut self, name: &str) -> impl Future<Output = Result<u16>> {
        ready(self.family(name).map(ResolvedFamily::id))
    }
}

/// How the core's tables decode the messages of `family`, for
/// [`OwnedMessage::get_in`] and `nlwire::fmt::write_json_in`.
pub fn decoder(family: &str) -> Result<Decode> {
    generic_family(family).map(Decode::Generic).ok_or_else(|| Error::NotFound(format!("tables of {family}")))
}
