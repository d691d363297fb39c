//! `AsyncIPRoute`: the same requests over tokio, with no background task.
//!
//! One non-blocking socket registered with tokio's `AsyncFd`. Every method
//! takes `&self`, so several requests can be in flight at once (from
//! `join!`, or from tasks sharing an `Arc<AsyncIPRoute>`): each is sent at
//! once, and whichever caller is reading the socket hands every answer to
//! the request whose sequence number it carries. Dumps take turns, because
//! the kernel refuses a second dump on a socket while one runs (`EBUSY`);
//! other requests go on while a dump runs.
//!
//! ```no_run
//! # async fn f() -> nlwire_std::Result<()> {
//! use nlwire_std::AsyncIPRoute;
//! let ipr = AsyncIPRoute::new()?;
//! let mut links = ipr.dump(&nlwire::link::Dump::default()).await?;
//! while let Some(msg) = links.next().await? {
//!     println!("{:?}", msg.get("ifname")?);
//! }
//! # Ok(()) }
//! ```

use std::future::Future;
use std::sync::Arc;

use nlwire::build::Request;
use nlwire::engine::Exchange;
use nlwire::link::Link;
use nlwire::Message;
use nlwire_rustix::{Protocol, Socket};
use tokio::io::unix::AsyncFdReadyGuard;
use tokio::sync::{Notify, Semaphore};

use crate::async_dump::AsyncDump;
use crate::async_fd::{io_to_socket, recv_ready, register};
use crate::async_monitor::AsyncMonitor;
use crate::async_pending::{Step, Wire};
use crate::dev::Dev;
use crate::error::{Error, Result};
use crate::monitor::Group;
use crate::owned::OwnedMessage;
use crate::session::{constructors, retrying, Keep, OnAsyncIPRoute, Sealed, Session};
use crate::socket::{open_socket_of, send_batch, NetnsRef, SendBuf, Status, BATCH_DATAGRAM};

/// Requests sent and not yet answered, at most (one datagram of a batch).
const MAX_IN_FLIGHT: u32 = BATCH_DATAGRAM as u32;

/// The receive buffer a session asks for (`SO_RCVBUF`; the kernel caps it
/// at `net.core.rmem_max` and doubles it: 416 KiB by default).
const SESSION_RCVBUF: usize = 1 << 20;

/// Receive buffer room one unanswered request may take: its answer and
/// its ACK as the kernel accounts them (`truesize`; a veth's `RTM_GETLINK`
/// answer with its ACK takes 5,184 bytes on 6.18, `lo`'s 3,136, an ACK 832).
const ANSWER_ROOM: usize = 8 * 1024;

/// Receive buffer room kept for the datagram of a running dump (the kernel
/// fills up to 32 KiB).
const DUMP_ROOM: usize = 64 * 1024;

/// Requests in flight at most on `sock`: answers wait in its receive buffer
/// until someone reads, and past its size the kernel drops them
/// (`ENOBUFS`), so as many as their answers fit beside a dump's datagram
/// (44 with the default `rmem_max`), at most [`MAX_IN_FLIGHT`]; further
/// requests wait their turn.
fn in_flight_limit(sock: &Socket) -> Result<u32> {
    let _ = sock.set_recv_buffer_size(SESSION_RCVBUF);
    let room = sock.recv_buffer_size()?.saturating_sub(DUMP_ROOM) / ANSWER_ROOM;
    Ok(u32::try_from(room).unwrap_or(MAX_IN_FLIGHT).clamp(1, MAX_IN_FLIGHT))
}

/// An rtnetlink session for async code, with the same verbs as
/// [`IPRoute`](crate::IPRoute) (`ipr.link().add("v0").veth("v1").send().await`).
///
/// Every method takes `&self`: requests from several tasks (share it in an
/// `Arc`) or from one `join!` are in flight together on one socket, each
/// answer handed to its caller by sequence number, with no background task.
/// Dumps take turns, as the kernel runs one dump per socket at a time.
///
/// ```no_run
/// # async fn f() -> nlwire_std::Result<()> {
/// use nlwire_std::AsyncIPRoute;
/// let ipr = AsyncIPRoute::new()?;
/// let (a, b) = tokio::join!(
///     ipr.addr().add(2, "192.0.2.1".parse().unwrap(), 24).send(),
///     ipr.addr().add(2, "198.51.100.1".parse().unwrap(), 24).send(),
/// );
/// a?;
/// b?;
/// # Ok(()) }
/// ```
pub struct AsyncIPRoute {
    wire: Wire,
    in_flight: Arc<Semaphore>,
    max_in_flight: u32,
    netns: Option<NetnsRef>,
}

/// Requests built and numbered; their buffer goes back to the session's
/// spares when dropped.
struct Outgoing<'a> {
    wire: &'a Wire,
    first_seq: u32,
    bytes: SendBuf,
}

impl Drop for Outgoing<'_> {
    fn drop(&mut self) {
        let mut shared = self.wire.lock();
        if shared.spare.len() < 4 {
            self.bytes.clear();
            shared.spare.push(std::mem::take(&mut self.bytes));
        }
    }
}

/// Forgets a request whose caller went away (a cancelled future).
struct Cancel<'a> {
    wire: &'a Wire,
    first_seq: u32,
}

impl Drop for Cancel<'_> {
    fn drop(&mut self) {
        self.wire.lock().forget(self.first_seq);
    }
}

constructors!(
    AsyncIPRoute,
    /// Must be called inside a tokio runtime.
    netns => AsyncIPRoute::open_of(Protocol::Route, netns)
);

impl AsyncIPRoute {
    /// A session of `protocol`: the engine of `AsyncGenl` too.
    pub(crate) fn open_of(protocol: Protocol, netns: Option<NetnsRef>) -> Result<Self> {
        let sock = open_socket_of(protocol, netns.as_ref())?;
        let max_in_flight = in_flight_limit(&sock)?;
        Ok(AsyncIPRoute {
            wire: Wire::new(register(sock)?),
            in_flight: Arc::new(Semaphore::new(max_in_flight as usize)),
            max_in_flight,
            netns,
        })
    }

    /// The socket's namespace, port id and options.
    pub fn status(&self) -> Status {
        Status::of(self.wire.fd.get_ref(), self.netns.as_ref())
    }

    /// Subscribes a new socket in the same namespace to `groups`; see
    /// [`AsyncMonitor`]. Subscribe before dumping, so that no change falls
    /// between the dump and the events.
    pub fn monitor(&self, groups: &[Group]) -> Result<AsyncMonitor> {
        AsyncMonitor::subscribe(self.netns.as_ref(), groups)
    }

    /// The index of a link given by name or index (an index is checked to
    /// exist); see [`IPRoute::ifindex`](crate::IPRoute::ifindex).
    pub async fn ifindex(&self, dev: &Dev) -> Result<u32> {
        self.link().index(dev.clone()).await
    }

    /// pyroute2's `link_lookup(ifname=...)`: the indexes of links named
    /// `name` (zero or one).
    pub async fn link_lookup(&self, name: &str) -> Result<Vec<u32>> {
        self.link().lookup(name).await
    }

    /// pyroute2's `link_lookup` with any criterion, from one lazy dump (no copies).
    pub async fn link_lookup_by(&self, predicate: impl FnMut(&Link<'_>) -> bool) -> Result<Vec<u32>> {
        self.link().lookup_by(predicate).await
    }

    /// Sends `request` with NLM_F_ACK and waits for its ACK; returns the
    /// replies that came before it. Other requests may run meanwhile. The
    /// request is built (and numbered) at the call, so the future borrows
    /// only the session.
    pub fn request(&self, request: &dyn Request) -> impl Future<Output = Result<Vec<OwnedMessage>>> + '_ {
        let outgoing = self.prepare(&[request]);
        async move {
            let outgoing = outgoing?;
            self.exchange(outgoing.first_seq, 1, &outgoing.bytes, false).await
        }
    }

    /// Sends a GET request and returns its one reply.
    pub fn get(&self, request: &dyn Request) -> impl Future<Output = Result<OwnedMessage>> + '_ {
        let replies = self.request(request);
        async move { OwnedMessage::only_reply(replies.await?) }
    }

    /// Sends requests together (128 per datagram) and waits for every
    /// answer; see [`IPRoute::batch`](crate::IPRoute::batch).
    pub fn batch(&self, requests: &[&dyn Request]) -> impl Future<Output = Result<()>> + '_ {
        let outgoing = self.prepare(requests);
        async move {
            let outgoing = outgoing?;
            let first_seq = outgoing.first_seq;
            send_batch(&outgoing.bytes, |base, datagram, count| async move {
                self.exchange(first_seq.wrapping_add(base), count, datagram, true).await.map(drop)
            })
            .await
        }
    }

    /// Sends a dump request; the dump is read with
    /// [`next().await`](AsyncDump::next) (borrowed messages, zero copies) or
    /// as a `Stream` of owned messages ([`AsyncDump::owned`]). Waits while
    /// another dump of this session runs.
    pub fn dump(&self, request: &dyn Request) -> impl Future<Output = Result<AsyncDump<'_>>> + '_ {
        self.dump_keeping(request, Keep::All)
    }

    pub(crate) fn dump_keeping(
        &self,
        request: &dyn Request,
        keep: Keep,
    ) -> impl Future<Output = Result<AsyncDump<'_>>> + '_ {
        let outgoing = self.prepare(&[request]);
        async move {
            let outgoing = outgoing?;
            AsyncDump::start(&self.wire, outgoing.first_seq, &outgoing.bytes, keep).await
        }
    }

    /// A dump, owned: one allocation per message; retried up to `retries`
    /// times while concurrent changes interrupt it (the same request again:
    /// its sequence number is free once the interrupted dump has ended).
    pub fn dump_owned(
        &self,
        request: &dyn Request,
        retries: u32,
    ) -> impl Future<Output = Result<Vec<OwnedMessage>>> + '_ {
        let outgoing = self.prepare(&[request]);
        async move {
            let (wire, outgoing) = (&self.wire, &outgoing?);
            retrying(retries, move || async move {
                AsyncDump::start(wire, outgoing.first_seq, &outgoing.bytes, Keep::All)
                    .await?
                    .collect_owned()
                    .await
            })
            .await
        }
    }

    /// Builds and numbers `requests`.
    fn prepare(&self, requests: &[&dyn Request]) -> Result<Outgoing<'_>> {
        let mut shared = self.wire.lock();
        let mut bytes = shared.spare.pop().unwrap_or_default();
        let first_seq = shared.seq.wrapping_add(1);
        shared.seq = bytes.build(first_seq, requests)?;
        Ok(Outgoing { wire: &self.wire, first_seq, bytes })
    }

    /// Sends the `count` requests (one or more) of one datagram and waits
    /// until each is answered.
    async fn exchange(
        &self,
        first_seq: u32,
        count: u32,
        bytes: &[u8],
        in_batch: bool,
    ) -> Result<Vec<OwnedMessage>> {
        let permit = Arc::clone(&self.in_flight)
            .acquire_many_owned(count.min(self.max_in_flight))
            .await
            .map_err(|_| Error::invalid("session closed"))?;
        let wake = Arc::new(Notify::new());
        {
            let mut shared = self.wire.lock();
            self.wire.fd.get_ref().send(bytes)?;
            let port = self.wire.fd.get_ref().port_id();
            let exchange = if in_batch {
                Exchange::batch(port, first_seq, count)
            } else {
                Exchange::request(port, first_seq).echoed(nlwire_rustix::request::asks_echo(bytes))
            };
            shared.expect(first_seq, exchange, Some((Arc::clone(&wake), permit)));
        }
        let _cancel = Cancel { wire: &self.wire, first_seq };
        loop {
            let step = self.wire.lock().step(first_seq);
            match step {
                Step::Finished(outcome) => return outcome,
                Step::WaitForDump => wake.notified().await,
                Step::Read => {
                    // `readable()`, not `poll_recv`: many requests wait here at
                    // once, and `AsyncFd::poll_read_ready` keeps only the last
                    // poller's waker (the others would never wake: the soak
                    // test hung so). A dump or monitor reads alone, and polls.
                    tokio::select! {
                        () = wake.notified() => {}
                        ready = self.wire.fd.readable() => self.read(ready)?,
                    }
                }
            }
        }
    }

    /// Reads one datagram, if there is one, and hands out its messages.
    fn read(&self, ready: std::io::Result<AsyncFdReadyGuard<'_, Socket>>) -> Result<()> {
        let mut ready = ready.map_err(|e| Error::Socket(io_to_socket(&e)))?;
        let mut shared = self.wire.lock();
        if shared.dump_reading {
            return Ok(());
        }
        let mut datagram = std::mem::take(&mut shared.recv);
        let outcome = match recv_ready(&mut ready, &mut datagram) {
            Some(Ok(got)) => {
                shared.dispatch(datagram.get(..got.len).unwrap_or(&[]), got.groups != 0);
                Ok(())
            }
            Some(Err(e)) => Err(shared.fail_all(Error::Socket(e))),
            None => Ok(()),
        };
        shared.recv = datagram;
        outcome
    }
}

impl OnAsyncIPRoute for AsyncIPRoute {
    fn engine(&self) -> &AsyncIPRoute {
        self
    }
}

impl<T: OnAsyncIPRoute> Sealed for &T {}

/// One implementation for every async session (`&AsyncIPRoute`, `&AsyncGenl`).
impl<'a, T: OnAsyncIPRoute> Session for &'a T {
    type Output<F: Future> = F;
    type Dump = AsyncDump<'a>;

    fn finish<F: Future>(verb: F) -> F {
        verb
    }
    fn request(&mut self, request: &dyn Request) -> impl Future<Output = Result<Vec<OwnedMessage>>> {
        self.engine().request(request)
    }
    fn batch(&mut self, requests: &[&dyn Request]) -> impl Future<Output = Result<()>> {
        self.engine().batch(requests)
    }
    fn dump_owned(
        &mut self,
        request: &dyn Request,
        retries: u32,
    ) -> impl Future<Output = Result<Vec<OwnedMessage>>> {
        self.engine().dump_owned(request, retries)
    }
    fn dump(self, request: &dyn Request, keep: Keep) -> impl Future<Output = Result<AsyncDump<'a>>> {
        T::engine(self).dump_keeping(request, keep)
    }
    fn next<'d>(dump: &'d mut AsyncDump<'a>) -> impl Future<Output = Result<Option<Message<'d>>>> {
        dump.next()
    }
    fn netns(&self) -> Option<&NetnsRef> {
        self.engine().netns.as_ref()
    }
}
