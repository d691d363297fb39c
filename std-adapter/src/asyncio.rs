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
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use nlwire::build::Request;
use nlwire::engine::{Event, Exchange};
use nlwire::{Message, Messages};
use nlwire_rustix::Socket;
use tokio::io::unix::{AsyncFd, AsyncFdReadyGuard};
use tokio::io::Interest;
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};

use crate::addr::AddrHandle;
use crate::async_dump::AsyncDump;
use crate::async_monitor::AsyncMonitor;
use crate::class::ClassHandle;
use crate::error::{BatchFailures, Error, Result};
use crate::filter::FilterHandle;
use crate::iproute::{batch_datagrams, build_requests, open_socket, NetnsRef, Status, BATCH_DATAGRAM};
use crate::link::LinkHandle;
use crate::monitor::Group;
use crate::neigh::NeighHandle;
use crate::owned::OwnedMessage;
use crate::qdisc::QdiscHandle;
use crate::route::RouteHandle;
use crate::rule::RuleHandle;

/// Receive buffer size: larger than any datagram the kernel sends.
const RECV_BUF: usize = 64 * 1024;

/// Requests sent and not yet answered, at most. Answers wait in the
/// socket's receive buffer until someone reads; past a few hundred the
/// kernel would drop them (`ENOBUFS`), so further requests wait their turn.
const MAX_IN_FLIGHT: u32 = BATCH_DATAGRAM as u32;

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
    pub(crate) fd: AsyncFd<Socket>,
    pub(crate) shared: Mutex<Shared>,
    pub(crate) dump_turn: tokio::sync::Mutex<()>,
    in_flight: Arc<Semaphore>,
    netns: Option<NetnsRef>,
}

/// What the callers share, behind a lock never held across an `.await`.
pub(crate) struct Shared {
    seq: u32,
    /// The receive buffer; lent to the running dump (empty meanwhile).
    pub(crate) recv: Vec<u8>,
    /// A dump is reading the socket: the others wait to be woken.
    pub(crate) dump_reading: bool,
    /// Request buffers sent and kept for the next requests, so that a
    /// session in use allocates none.
    spare: Vec<Vec<u8>>,
    pending: Vec<Pending>,
}

/// One request (or batch) waiting for its answers.
struct Pending {
    first_seq: u32,
    exchange: Exchange,
    in_batch: bool,
    /// `false` once the caller has gone (a cancelled future): its answers
    /// are still read, and dropped.
    wanted: bool,
    replies: Vec<OwnedMessage>,
    failure: Option<Error>,
    done: bool,
    wake: Arc<Notify>,
    _permit: Option<OwnedSemaphorePermit>,
}

impl Pending {
    /// Takes `msg` if it answers this request; returns whether it did.
    fn accept(&mut self, msg: &Message<'_>, multicast: bool) -> bool {
        match self.exchange.feed(msg, multicast) {
            Ok(Event::Foreign(_)) => return false,
            Ok(Event::Reply(reply)) => {
                if self.wanted {
                    self.replies.push(OwnedMessage::new(&reply));
                }
            }
            Ok(Event::Failed { index, error }) => {
                if self.failure.is_none() {
                    let index = self.in_batch.then_some(index);
                    self.failure = Some(Error::from_ack(error.errno(), &error.ext_ack(), index));
                }
            }
            Ok(Event::DumpFailed(done)) => {
                self.failure = Some(Error::from_ack(done.errno(), &done.ext_ack(), None));
            }
            Ok(Event::Acked { .. } | Event::DumpDone { .. }) => {}
            // Events a later core adds carry no reply or failure.
            Ok(_) => {}
            Err(e) => self.finish_with(Error::Malformed(e)),
        }
        if self.exchange.is_finished() {
            self.done = true;
            self.wake.notify_one();
        }
        true
    }

    fn finish_with(&mut self, error: Error) {
        self.failure = Some(error);
        self.done = true;
        self.wake.notify_one();
    }

    fn outcome(self) -> Result<Vec<OwnedMessage>> {
        match self.failure {
            Some(Error::Kernel { errno, message, offset, index, .. }) => {
                let failures = self.exchange.failures().max(1);
                Err(Error::Kernel { errno, message, offset, index, failures })
            }
            Some(e) => Err(e),
            None if self.exchange.interrupted() => Err(Error::Interrupted),
            None => Ok(self.replies),
        }
    }
}

impl Shared {
    /// Hands each message of a datagram to the request it answers.
    pub(crate) fn dispatch(&mut self, datagram: &[u8], multicast: bool) {
        for msg in Messages::new(datagram) {
            match msg {
                Ok(msg) => self.hand_over(&msg, multicast),
                Err(e) => self.fail_all(&Error::Malformed(e)),
            }
        }
    }

    /// Hands one message to the request it answers; drops it if none does.
    pub(crate) fn hand_over(&mut self, msg: &Message<'_>, multicast: bool) {
        if let Some(i) = self.pending.iter_mut().position(|p| !p.done && p.accept(msg, multicast)) {
            if !self.pending[i].wanted && self.pending[i].done {
                self.pending.remove(i);
            }
        }
    }

    /// Ends every waiting request with `error` (their answers are lost).
    pub(crate) fn fail_all(&mut self, error: &Error) {
        for p in self.pending.iter_mut().filter(|p| !p.done) {
            p.finish_with(error.clone());
        }
        self.pending.retain(|p| p.wanted);
    }

    /// Wakes every waiting caller, so that one of them reads the socket.
    pub(crate) fn wake_all(&self) {
        for p in &self.pending {
            p.wake.notify_one();
        }
    }

    /// Keeps reading for a dump whose caller went away before its end, and
    /// drops its answers.
    pub(crate) fn abandon(&mut self, first_seq: u32, exchange: Exchange) {
        self.pending.push(Pending {
            first_seq,
            exchange,
            in_batch: false,
            wanted: false,
            replies: Vec::new(),
            failure: None,
            done: false,
            wake: Arc::new(Notify::new()),
            _permit: None,
        });
    }
}

/// Requests built and numbered, not sent yet.
struct Outgoing {
    first_seq: u32,
    bytes: Vec<u8>,
}

/// Where `nlmsg_seq` lies in a message header.
const NLMSG_SEQ: std::ops::Range<usize> = 8..12;

/// What a waiting request does next.
enum Step {
    Finished(Result<Vec<OwnedMessage>>),
    WaitForDump,
    Read,
}

/// Removes a cancelled request's entry, or marks it unwanted until its
/// answers have been read.
struct Cancel<'a> {
    ipr: &'a AsyncIPRoute,
    first_seq: u32,
}

impl Drop for Cancel<'_> {
    fn drop(&mut self) {
        let mut shared = self.ipr.lock();
        if let Some(i) = shared.pending.iter().position(|p| p.first_seq == self.first_seq) {
            if shared.pending[i].done {
                shared.pending.remove(i);
            } else {
                shared.pending[i].wanted = false;
                shared.pending[i].replies = Vec::new();
            }
        }
    }
}

impl AsyncIPRoute {
    /// A session in the caller's namespace. Must be called inside a tokio runtime.
    pub fn new() -> Result<Self> {
        Self::open(None)
    }
    /// A session in another namespace (never created implicitly).
    pub fn in_netns(netns: impl Into<NetnsRef>) -> Result<Self> {
        Self::open(Some(netns.into()))
    }
    fn open(netns: Option<NetnsRef>) -> Result<Self> {
        let fd = register(open_socket(netns.as_ref())?)?;
        let shared = Shared {
            seq: 0,
            recv: vec![0; RECV_BUF],
            dump_reading: false,
            spare: Vec::new(),
            pending: Vec::new(),
        };
        Ok(AsyncIPRoute {
            fd,
            shared: Mutex::new(shared),
            dump_turn: tokio::sync::Mutex::new(()),
            in_flight: Arc::new(Semaphore::new(MAX_IN_FLIGHT as usize)),
            netns,
        })
    }

    /// The socket's namespace, port id and options.
    pub fn status(&self) -> Status {
        let sock = self.fd.get_ref();
        Status {
            netns: self.netns.as_ref().map(NetnsRef::label),
            port_id: sock.port_id(),
            ext_ack: sock.ext_ack(),
            strict_check: sock.strict_check(),
        }
    }

    /// Subscribes a new socket in the same namespace to `groups`; see
    /// [`AsyncMonitor`]. Subscribe before dumping, so that no change falls
    /// between the dump and the events.
    pub fn monitor(&self, groups: &[Group]) -> Result<AsyncMonitor> {
        AsyncMonitor::with_socket(open_socket(self.netns.as_ref())?, groups)
    }

    /// Link verbs: `ipr.link().add("v0").veth("v1").send().await`.
    pub fn link(&self) -> LinkHandle<&Self> {
        LinkHandle::new(self)
    }
    /// Address verbs: `ipr.addr().add(ifindex, ip, 24).send().await`.
    pub fn addr(&self) -> AddrHandle<&Self> {
        AddrHandle::new(self)
    }
    /// Route verbs: `ipr.route().add(dst).gateway(gw).send().await`.
    pub fn route(&self) -> RouteHandle<&Self> {
        RouteHandle::new(self)
    }
    /// Neighbour verbs: `ipr.neigh().add(ip).dev("v0").lladdr(&mac).send().await`.
    pub fn neigh(&self) -> NeighHandle<&Self> {
        NeighHandle::new(self)
    }
    /// Rule verbs: `ipr.rule().add().from(prefix).table(100).send().await`.
    pub fn rule(&self) -> RuleHandle<&Self> {
        RuleHandle::new(self)
    }
    /// Qdisc verbs: `ipr.qdisc().add("v0").handle(h).tbf(options).send().await`.
    pub fn qdisc(&self) -> QdiscHandle<&Self> {
        QdiscHandle::new(self)
    }

    /// Traffic-class verbs: `ipr.class().add("v0").classid(h).htb(options).send().await`.
    pub fn class(&self) -> ClassHandle<&Self> {
        ClassHandle::new(self)
    }
    /// Filter verbs: `ipr.filter().add("v0").protocol(p).u32(&matches).send().await`.
    pub fn filter(&self) -> FilterHandle<&Self> {
        FilterHandle::new(self)
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, Shared> {
        // Nothing panics while the lock is held; a poisoned lock still
        // holds consistent state.
        self.shared.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sends `request` with NLM_F_ACK and waits for its ACK; returns the
    /// replies that came before it. Other requests may run meanwhile. The
    /// request is built (and numbered) at the call, so the future borrows
    /// only the session.
    pub fn request(&self, request: &dyn Request) -> impl Future<Output = Result<Vec<OwnedMessage>>> + '_ {
        let outgoing = self.prepare(&[request]);
        async move {
            let outgoing = outgoing?;
            let replies = self.exchange(outgoing.first_seq, 1, &outgoing.bytes, false).await;
            self.recycle(outgoing.bytes);
            replies
        }
    }

    /// Sends a GET request and returns its one reply.
    pub fn get(&self, request: &dyn Request) -> impl Future<Output = Result<OwnedMessage>> + '_ {
        let replies = self.request(request);
        async move { replies.await?.into_iter().next().ok_or_else(|| Error::NotFound("reply".into())) }
    }

    /// Sends requests together (128 per datagram) and waits for every
    /// answer; see [`IPRoute::batch`](crate::IPRoute::batch).
    pub fn batch(&self, requests: &[&dyn Request]) -> impl Future<Output = Result<()>> + '_ {
        let outgoing = self.prepare(requests);
        async move {
            let outgoing = outgoing?;
            let mut failures = BatchFailures::default();
            for (base, datagram, count) in batch_datagrams(&outgoing.bytes) {
                let first_seq = outgoing.first_seq.wrapping_add(base);
                let outcome = self.exchange(first_seq, count, datagram, true).await.map(drop);
                failures.record(base, outcome)?;
            }
            self.recycle(outgoing.bytes);
            failures.finish()
        }
    }

    /// Sends a dump request; the dump is read with
    /// [`next().await`](AsyncDump::next) (borrowed messages, zero copies) or
    /// as a `Stream` of owned messages ([`AsyncDump::owned`]). Waits while
    /// another dump of this session runs.
    pub fn dump(&self, request: &dyn Request) -> impl Future<Output = Result<AsyncDump<'_>>> + '_ {
        let outgoing = self.prepare(&[request]);
        async move {
            let outgoing = outgoing?;
            let dump = self.start_dump(outgoing.first_seq, &outgoing.bytes).await;
            self.recycle(outgoing.bytes);
            dump
        }
    }

    /// A dump, owned: one allocation per message; retried up to `retries`
    /// times while concurrent changes interrupt it.
    pub fn dump_owned(
        &self,
        request: &dyn Request,
        retries: u32,
    ) -> impl Future<Output = Result<Vec<OwnedMessage>>> + '_ {
        let outgoing = self.prepare(&[request]);
        async move {
            let Outgoing { mut first_seq, mut bytes, .. } = outgoing?;
            let mut attempt = 0;
            loop {
                let mut dump = self.start_dump(first_seq, &bytes).await?;
                let mut out = Vec::new();
                loop {
                    match dump.next().await {
                        Ok(Some(msg)) => out.push(OwnedMessage::new(&msg)),
                        Ok(None) => {
                            drop(dump);
                            self.recycle(bytes);
                            return Ok(out);
                        }
                        Err(Error::Interrupted) if attempt < retries => break,
                        Err(e) => return Err(e),
                    }
                }
                attempt += 1;
                first_seq = self.renumber(&mut bytes);
            }
        }
    }

    /// Builds and numbers `requests`.
    fn prepare(&self, requests: &[&dyn Request]) -> Result<Outgoing> {
        let mut shared = self.lock();
        let mut bytes = shared.spare.pop().unwrap_or_default();
        let first_seq = shared.seq.wrapping_add(1);
        shared.seq = build_requests(&mut bytes, first_seq, requests)?;
        Ok(Outgoing { first_seq, bytes })
    }

    /// Keeps a sent request's buffer for the next request.
    fn recycle(&self, mut bytes: Vec<u8>) {
        bytes.clear();
        let mut shared = self.lock();
        if shared.spare.len() < 4 {
            shared.spare.push(bytes);
        }
    }

    /// Gives a built single request the next sequence number.
    fn renumber(&self, bytes: &mut [u8]) -> u32 {
        let mut shared = self.lock();
        shared.seq = shared.seq.wrapping_add(1);
        if let Some(seq) = bytes.get_mut(NLMSG_SEQ) {
            seq.copy_from_slice(&shared.seq.to_ne_bytes());
        }
        shared.seq
    }

    /// Sends a built dump request once the previous dump has ended.
    async fn start_dump(&self, first_seq: u32, bytes: &[u8]) -> Result<AsyncDump<'_>> {
        let turn = self.dump_turn.lock().await;
        let mut shared = self.lock();
        self.fd.get_ref().send(bytes)?;
        shared.dump_reading = true;
        let buf = std::mem::take(&mut shared.recv);
        let exchange = Exchange::dump(self.fd.get_ref().port_id(), first_seq);
        Ok(AsyncDump::new(self, turn, first_seq, exchange, buf))
    }

    /// Sends the `count` requests of one datagram and waits until each is
    /// answered.
    async fn exchange(
        &self,
        first_seq: u32,
        count: u32,
        bytes: &[u8],
        in_batch: bool,
    ) -> Result<Vec<OwnedMessage>> {
        if count == 0 {
            return Ok(Vec::new());
        }
        let permit = Arc::clone(&self.in_flight)
            .acquire_many_owned(count.min(MAX_IN_FLIGHT))
            .await
            .map_err(|_| Error::Invalid(nlwire::Error::InvalidValue { what: "session closed" }))?;
        let wake = Arc::new(Notify::new());
        {
            let mut shared = self.lock();
            self.fd.get_ref().send(bytes)?;
            let port = self.fd.get_ref().port_id();
            let exchange = if in_batch {
                Exchange::batch(port, first_seq, count)
            } else {
                Exchange::request(port, first_seq)
            };
            shared.pending.push(Pending {
                first_seq,
                exchange,
                in_batch,
                wanted: true,
                replies: Vec::new(),
                failure: None,
                done: false,
                wake: Arc::clone(&wake),
                _permit: Some(permit),
            });
        }
        let _cancel = Cancel { ipr: self, first_seq };
        loop {
            match self.step(first_seq) {
                Step::Finished(outcome) => return outcome,
                Step::WaitForDump => wake.notified().await,
                Step::Read => {
                    tokio::select! {
                        () = wake.notified() => {}
                        ready = self.fd.readable() => self.read(ready)?,
                    }
                }
            }
        }
    }

    fn step(&self, first_seq: u32) -> Step {
        let mut shared = self.lock();
        match shared.pending.iter().position(|p| p.first_seq == first_seq) {
            Some(i) if shared.pending[i].done => Step::Finished(shared.pending.remove(i).outcome()),
            Some(_) if shared.dump_reading => Step::WaitForDump,
            Some(_) => Step::Read,
            None => Step::Finished(Err(Error::NotFound("pending request".into()))),
        }
    }

    /// Reads one datagram, if there is one, and hands out its messages.
    fn read(&self, ready: std::io::Result<AsyncFdReadyGuard<'_, Socket>>) -> Result<()> {
        let mut ready = ready.map_err(|e| Error::Socket(io_to_socket(&e)))?;
        let mut shared = self.lock();
        if shared.dump_reading {
            return Ok(());
        }
        let Shared { recv, .. } = &mut *shared;
        match ready.try_io(|fd| recv_into(fd.get_ref(), recv)) {
            Ok(Ok(Ok(Some((len, multicast))))) => {
                let datagram = std::mem::take(&mut shared.recv);
                shared.dispatch(datagram.get(..len).unwrap_or(&[]), multicast);
                shared.recv = datagram;
                Ok(())
            }
            Ok(Ok(Ok(None))) | Err(_) => Ok(()),
            Ok(Ok(Err(e))) => {
                shared.fail_all(&e);
                Err(e)
            }
            Ok(Err(e)) => Err(Error::Socket(io_to_socket(&e))),
        }
    }
}

/// Registers `sock` (made non-blocking) with the current tokio runtime.
pub(crate) fn register(sock: Socket) -> Result<AsyncFd<Socket>> {
    sock.set_nonblocking(true)?;
    if tokio::runtime::Handle::try_current().is_err() {
        return Err(Error::Invalid(nlwire::Error::InvalidValue {
            what: "AsyncIPRoute needs a tokio runtime",
        }));
    }
    // SAFETY: `Socket` owns its descriptor (an `OwnedFd`) for its whole
    // life and `as_raw_fd` always returns that same descriptor; the
    // `AsyncFd` owns the socket, so the descriptor outlives the registration.
    #[allow(unsafe_code)]
    let fd = unsafe { AsyncFd::register_with_interest(sock, Interest::READABLE) };
    fd.map_err(|e| Error::Socket(io_to_socket(&e.into())))
}

/// Receives one datagram into `buf`: `Ok(None)` for a datagram from another
/// socket (dropped); `WouldBlock` as an `io::Error`, for `try_io`.
pub(crate) fn recv_into(sock: &Socket, buf: &mut [u8]) -> std::io::Result<Result<Option<(usize, bool)>>> {
    match sock.recv(buf) {
        Ok(got) => Ok(Ok(Some((got.len, got.groups != 0)))),
        Err(nlwire_rustix::Error::WouldBlock) => Err(std::io::ErrorKind::WouldBlock.into()),
        Err(nlwire_rustix::Error::NotFromKernel { .. }) => Ok(Ok(None)),
        Err(e) => Ok(Err(Error::Socket(e))),
    }
}

pub(crate) fn io_to_socket(e: &std::io::Error) -> nlwire_rustix::Error {
    let errno = nlwire_rustix::Errno::from_raw_os_error(e.raw_os_error().unwrap_or(5));
    nlwire_rustix::Error::Sys { call: "tokio AsyncFd", errno }
}
