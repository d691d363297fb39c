//! What a verb needs of a session, so that each verb is written once for
//! [`IPRoute`](crate::IPRoute) and `AsyncIPRoute`.
//!
//! A verb is an `async` block over a [`Session`]: the requests it sends, in
//! order, and what it makes of their answers. `&mut IPRoute` answers each
//! step at once (its futures are ready when made), so
//! [`finish`](Session::finish) runs the block to its end and the caller gets
//! the verb's result; `&AsyncIPRoute` answers when the kernel does, and the
//! caller gets the block itself, to `.await`.

use std::future::Future;

use nlwire::build::Request;
use nlwire::Message;

use crate::error::{Error, Result};
use crate::owned::OwnedMessage;
use crate::socket::NetnsRef;

/// A session verbs run on: `&mut IPRoute`, `&mut Genl` (blocking) or
/// `&AsyncIPRoute`, `&AsyncGenl`. Sealed: this crate's sessions are its
/// only implementations. A verb of one's own is written once for all, as
/// this crate's are:
///
/// ```no_run
/// use nlwire_std::{IPRoute, Result, Session};
///
/// /// The number of links, on either session.
/// fn count_links<S: Session>(mut ipr: S) -> S::Output<impl std::future::Future<Output = Result<usize>>> {
///     S::finish(async move { Ok(ipr.dump_owned(&nlwire::link::Dump::default(), 3).await?.len()) })
/// }
/// let links = count_links(&mut IPRoute::new()?)?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
pub trait Session: Sized + sealed::Sealed {
    /// What a verb returns: its result (blocking) or a future of it.
    type Output<F: Future>;
    /// A dump in progress: [`Dump`](crate::Dump) or `AsyncDump`.
    type Dump;

    /// Runs a verb: to its end (blocking), or hands it over to be awaited.
    fn finish<F: Future>(verb: F) -> Self::Output<F>;

    /// Sends `request` with NLM_F_ACK; the replies that came before the ACK.
    fn request(&mut self, request: &dyn Request) -> impl Future<Output = Result<Vec<OwnedMessage>>>;

    /// Sends a GET request; its one reply.
    fn get(&mut self, request: &dyn Request) -> impl Future<Output = Result<OwnedMessage>> {
        let replies = self.request(request);
        async move { OwnedMessage::only_reply(replies.await?) }
    }

    /// Sends requests together; see [`IPRoute::batch`](crate::IPRoute::batch).
    fn batch(&mut self, requests: &[&dyn Request]) -> impl Future<Output = Result<()>>;

    /// A dump, copied, retried up to `retries` times while interrupted.
    fn dump_owned(
        &mut self,
        request: &dyn Request,
        retries: u32,
    ) -> impl Future<Output = Result<Vec<OwnedMessage>>>;

    /// Starts a dump whose caller sees only what `keep` keeps.
    fn dump(self, request: &dyn Request, keep: Keep) -> impl Future<Output = Result<Self::Dump>>;

    /// The next message of `dump`, borrowed until the next call.
    fn next<'d>(dump: &'d mut Self::Dump) -> impl Future<Output = Result<Option<Message<'d>>>>;

    /// The namespace the session lives in (`None`: the caller's), for
    /// verbs that reach the kernel by other means than the socket (a tun
    /// device's `ioctl`s).
    fn netns(&self) -> Option<&NetnsRef>;
}

/// Writes `new` and `in_netns` of the session type `$session`, each made by
/// `$open` with `$netns` the namespace (`None`: the caller's). `$doc` goes
/// on `new`.
macro_rules! constructors {
    ($session:ident, $(#[$doc:meta])* $netns:ident => $open:expr) => {
        impl $session {
            /// A session in the caller's network namespace.
            $(#[$doc])*
            pub fn new() -> Result<Self> {
                let $netns = None;
                $open
            }

            /// A session in another namespace (never created implicitly: a
            /// missing one is an error). The calling thread's namespace is
            /// unchanged.
            pub fn in_netns(netns: impl Into<$crate::NetnsRef>) -> Result<Self> {
                let $netns = Some(netns.into());
                $open
            }
        }
    };
}
pub(crate) use constructors;

/// Runs `dump` again while concurrent changes interrupt it, up to
/// `retries` times; the last attempt's outcome.
pub(crate) async fn retrying<T, F: Future<Output = Result<T>>>(
    retries: u32,
    mut dump: impl FnMut() -> F,
) -> Result<T> {
    let mut attempt = 0;
    loop {
        match dump().await {
            Err(Error::Interrupted) if attempt < retries => attempt += 1,
            outcome => return outcome,
        }
    }
}

/// A verb that is one dump: sends `request` and gives the dump, of which
/// the caller sees what `keep` keeps.
pub(crate) fn dump_verb<S: Session>(
    ipr: S,
    request: impl Request + 'static,
    keep: Keep,
) -> S::Output<impl Future<Output = Result<S::Dump>>> {
    S::finish(async move { ipr.dump(&request, keep).await })
}

/// A flush: deletes in one batch what `del` makes of each message of the
/// dump `dump` (`None`: that one stays); how many were deleted. A message
/// `del` cannot read is [`Error::Malformed`](crate::Error::Malformed), and
/// nothing is deleted.
pub(crate) async fn flush<S: Session>(
    ipr: &mut S,
    dump: &dyn Request,
    mut del: impl for<'m> FnMut(&Message<'m>) -> nlwire::Result<Option<Deletion<'m>>>,
) -> Result<usize> {
    let owned = ipr.dump_owned(dump, 3).await?;
    let mut dels = Vec::new();
    for msg in &owned {
        dels.extend(del(&msg.message()).map_err(Error::Malformed)?);
    }
    let refs: Vec<&dyn Request> = dels.iter().map(|d| &**d as _).collect();
    ipr.batch(&refs).await?;
    Ok(refs.len())
}

/// One deletion of a flush, borrowing from the dumped message it deletes.
pub(crate) type Deletion<'m> = Box<dyn Request + Send + Sync + 'm>;

mod sealed {
    /// Only this crate's sessions are sessions.
    pub trait Sealed {}

    /// A blocking session: its requests run on an `IPRoute` (its own, or
    /// the one under a `Genl`), so one `Session` implementation serves all.
    pub trait OnIPRoute {
        /// The session its requests run on.
        fn engine(&mut self) -> &mut crate::IPRoute;
        /// The namespace of that session, if not the caller's.
        fn netns(&self) -> Option<&crate::socket::NetnsRef>;
    }

    /// An async session: its requests run on an `AsyncIPRoute` (its own, or
    /// the one under an `AsyncGenl`).
    #[cfg(feature = "tokio")]
    pub trait OnAsyncIPRoute {
        /// The session its requests run on.
        fn engine(&self) -> &crate::AsyncIPRoute;
    }
}
#[cfg(feature = "tokio")]
pub(crate) use sealed::OnAsyncIPRoute;
pub(crate) use sealed::{OnIPRoute, Sealed};

/// Which messages of a dump its caller sees.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Keep {
    /// Every message.
    #[default]
    All,
    /// The traffic-control objects of one interface (the kernel dumps
    /// every interface's qdiscs).
    TcOfLink(u32),
    /// Routes to `default`: prefix length 0 and no `RTA_DST` (pyroute2's
    /// `get_default_routes`, iproute2's test).
    DefaultRoutes,
    /// The MDB entries of one bridge (the kernel dumps every bridge's).
    MdbOfBridge(u32),
}

impl Keep {
    /// Whether the caller sees `msg`. A message that cannot be tested is
    /// kept: the caller's own parsing reports it.
    pub(crate) fn keeps(self, msg: &Message<'_>) -> bool {
        match self {
            Keep::All => true,
            Keep::TcOfLink(ifindex) => nlwire::tc::TcObject::parse(msg)
                .map_or(true, |object| u32::try_from(object.ifindex()) == Ok(ifindex)),
            Keep::DefaultRoutes => nlwire::route::Route::parse(msg)
                .map_or(true, |r| r.dst_len() == 0 && r.dst().is_ok_and(|dst| dst.is_none())),
            Keep::MdbOfBridge(ifindex) => {
                nlwire::mdb::Mdb::parse(msg).map_or(true, |m| m.ifindex() == ifindex)
            }
        }
    }
}
