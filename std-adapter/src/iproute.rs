//! `IPRoute`: a blocking rtnetlink session, as pyroute2's `IPRoute`.

use std::collections::VecDeque;
use std::future::{ready, Future};
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use nlwire::build::Request;
use nlwire::engine::Exchange;
use nlwire::link::Link;
use nlwire::Message;
use nlwire_rustix::{Protocol, Socket};

use crate::dev::Dev;
use crate::error::{Error, Result};
use crate::monitor::{Group, Monitor};
use crate::owned::OwnedMessage;
use crate::session::{constructors, retrying, Keep, OnIPRoute, Sealed, Session};
use crate::socket::{open_socket_of, send_batch, NetnsRef, SendBuf, Status, RECV_BUF};

/// A blocking rtnetlink session: one socket, one receive buffer, requests
/// numbered in sequence. No background thread, no runtime.
///
/// ```no_run
/// use nlwire_std::IPRoute;
/// let mut ipr = IPRoute::new()?;
/// let mut dump = ipr.dump(&nlwire::addr::Dump::default())?;
/// while let Some(msg) = dump.next()? {
///     println!("{:?}", msg.get("local")?);
/// }
/// # Ok::<(), nlwire_std::Error>(())
/// ```
pub struct IPRoute {
    sock: Socket,
    recv: Vec<u8>,
    send: SendBuf,
    seq: u32,
    netns: Option<NetnsRef>,
    /// The sequence number of a dump left before its end, read away
    /// before the next request (the kernel runs one dump at a time).
    unfinished_dump: Option<u32>,
    /// Event datagrams met while reading an unfinished dump away, kept for
    /// [`Genl::recv_events`](crate::Genl::recv_events) once a group was joined
    /// on this socket (`None`: none joined, events are dropped).
    held_events: Option<VecDeque<Vec<u8>>>,
}

constructors!(IPRoute, netns => IPRoute::open_of(Protocol::Route, netns));

impl IPRoute {
    /// A session of `protocol`: the engine of [`Genl`](crate::Genl) too.
    pub(crate) fn open_of(protocol: Protocol, netns: Option<NetnsRef>) -> Result<Self> {
        let sock = open_socket_of(protocol, netns.as_ref())?;
        Ok(IPRoute {
            sock,
            recv: vec![0; RECV_BUF],
            send: SendBuf::default(),
            seq: 0,
            netns,
            unfinished_dump: None,
            held_events: None,
        })
    }

    /// The socket's namespace, port id and options.
    pub fn status(&self) -> Status {
        Status::of(&self.sock, self.netns.as_ref())
    }

    /// The index of a link given by name or index (an index is checked to
    /// exist); a link that is not there is [`Error::NotFound`].
    pub fn ifindex(&mut self, dev: &Dev) -> Result<u32> {
        self.link().index(dev.clone())
    }

    /// pyroute2's `link_lookup(ifname=...)`: the indexes of links named
    /// `name` (zero or one).
    pub fn link_lookup(&mut self, name: &str) -> Result<Vec<u32>> {
        self.link().lookup(name)
    }

    /// pyroute2's `link_lookup` with any criterion: the indexes of the links
    /// for which `predicate` holds, from one lazy dump (no copies).
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// // Links that are up: pyroute2's `link_lookup(lambda x: x.get("flags") & 1)`.
    /// let up = ipr.link_lookup_by(|link| link.flags().contains(nlwire::link::IfFlags::UP))?;
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn link_lookup_by(&mut self, predicate: impl FnMut(&Link<'_>) -> bool) -> Result<Vec<u32>> {
        self.link().lookup_by(predicate)
    }

    /// Subscribes a new socket in the same namespace to `groups`. Subscribe
    /// before dumping, so that no change falls between the dump and the
    /// events.
    pub fn monitor(&self, groups: &[Group]) -> Result<Monitor> {
        Monitor::subscribe(self.netns.as_ref(), groups)
    }

    /// The underlying socket.
    pub fn socket(&self) -> &Socket {
        &self.sock
    }

    /// The socket and the receive buffer, for an exchange of the caller's
    /// own (a dump left unfinished is read away first).
    pub(crate) fn socket_and_buffer(&mut self) -> (&Socket, &mut [u8]) {
        self.read_unfinished_dump();
        (&self.sock, &mut self.recv)
    }

    /// From now on, events met while an unfinished dump is read away are
    /// kept for [`take_held_event`](IPRoute::take_held_event) (a group was
    /// joined on this socket).
    pub(crate) fn hold_events(&mut self) {
        self.held_events.get_or_insert_with(VecDeque::new);
    }

    /// The oldest event datagram kept while a dump was read away.
    pub(crate) fn take_held_event(&mut self) -> Option<Vec<u8>> {
        self.read_unfinished_dump();
        self.held_events.as_mut()?.pop_front()
    }

    /// Builds `requests` into the send buffer with the next sequence numbers.
    fn build(&mut self, requests: &[&dyn Request]) -> Result<()> {
        self.read_unfinished_dump();
        self.seq = self.send.build(self.seq.wrapping_add(1), requests)?;
        Ok(())
    }

    /// Sends `request` with NLM_F_ACK and waits for the kernel's answer;
    /// replies before the ACK (an echo, a GET's answer) are returned.
    pub fn request(&mut self, request: &dyn Request) -> Result<Vec<OwnedMessage>> {
        self.build(&[request])?;
        let mut replies = Vec::new();
        self.sock.request(&self.send, &mut self.recv, |msg| replies.push(OwnedMessage::new(msg)))?;
        Ok(replies)
    }

    /// Sends a GET request and returns its one reply.
    pub fn get(&mut self, request: &dyn Request) -> Result<OwnedMessage> {
        OwnedMessage::only_reply(self.request(request)?)
    }

    /// Sends requests together (128 per datagram); every one is answered.
    /// The error names the first refused request (0-based `index`) and how
    /// many failed; the others were applied. Nothing is sent if a request
    /// cannot be built.
    pub fn batch(&mut self, requests: &[&dyn Request]) -> Result<()> {
        self.build(requests)?;
        let (sock, recv) = (&self.sock, &mut self.recv);
        run_ready(send_batch(&self.send, |_, datagram, _| {
            ready(sock.batch(datagram, recv).map_err(|e| Error::from_request(e, true)))
        }))
    }

    /// Sends a dump request and returns a lending iterator over the replies:
    /// zero copies, zero allocations per message.
    pub fn dump(&mut self, request: &dyn Request) -> Result<Dump<'_>> {
        self.dump_keeping(request, Keep::All)
    }

    pub(crate) fn dump_keeping(&mut self, request: &dyn Request, keep: Keep) -> Result<Dump<'_>> {
        self.build(&[request])?;
        let inner = self.sock.dump(&self.send, &mut self.recv)?;
        self.unfinished_dump = Some(self.seq);
        Ok(Dump { inner, keep, unfinished: &mut self.unfinished_dump })
    }

    /// Reads away the rest of a dump its caller left before the end, without
    /// waiting: the kernel queues each part of a dump as the previous one is
    /// read, so an empty socket means the dump has ended (its end may have
    /// been read already). Events met on the way are kept when a group was
    /// joined ([`hold_events`](IPRoute::hold_events)). A socket error here is
    /// left for the next request to meet.
    fn read_unfinished_dump(&mut self) {
        let Some(seq) = self.unfinished_dump.take() else { return };
        if self.sock.set_nonblocking(true).is_err() {
            return;
        }
        let mut exchange = Exchange::dump(self.sock.port_id(), seq);
        while !exchange.is_finished() {
            let got = match self.sock.recv(&mut self.recv) {
                Ok(got) => got,
                Err(nlwire_rustix::Error::NotFromKernel { .. }) => continue,
                Err(_) => break,
            };
            let datagram = self.recv.get(..got.len).unwrap_or(&[]);
            if got.groups != 0 {
                if let Some(held) = &mut self.held_events {
                    held.push_back(datagram.to_vec());
                }
                continue;
            }
            for msg in nlwire::Messages::new(datagram).map_while(|m| m.ok()) {
                let _ = exchange.feed(&msg, got.groups != 0);
            }
        }
        let _ = self.sock.set_nonblocking(false);
    }

    /// A dump whose messages are kept: one allocation per message. Retries
    /// up to `retries` times while the dump is interrupted by changes.
    pub fn dump_owned(&mut self, request: &dyn Request, retries: u32) -> Result<Vec<OwnedMessage>> {
        run_ready(retrying(retries, || ready(self.dump(request).and_then(Dump::collect_owned))))
    }
}

/// A dump in progress, as every verb's `dump()` gives it: a lending
/// iterator over the session's receive buffer (zero copies, zero
/// allocations per message). Each message is borrowed until the next call,
/// so it is read with `while let` rather than `for`:
///
/// ```no_run
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// let mut links = ipr.link().dump()?;
/// while let Some(link) = links.next()? {
///     println!("{:?}", link.get("ifname")?);
/// }
/// let kept = ipr.link().dump()?.collect_owned()?; // Vec<OwnedMessage>
/// # Ok::<(), nlwire_std::Error>(())
/// ```
///
/// A dump left before its end is read away at the session's next request,
/// so that the session can dump again. A dump that concurrent changes interrupted ends with
/// [`Error::Interrupted`] after its last message ([`IPRoute::dump_owned`]
/// retries).
pub struct Dump<'a> {
    inner: nlwire_rustix::Dump<'a, 'a>,
    keep: Keep,
    /// The session's note of this dump, cleared at its end.
    unfinished: &'a mut Option<u32>,
}

impl<'a> Dump<'a> {
    /// The next message, borrowed until the next call; `None` at the end.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Message<'_>>> {
        let keep = self.keep;
        let next = self.inner.next_where(|msg| keep.keeps(msg));
        if !matches!(next, Ok(Some(_))) {
            *self.unfinished = None;
        }
        next.map_err(Error::from)
    }

    /// The rest of the dump, copied: one allocation per message.
    pub fn collect_owned(mut self) -> Result<Vec<OwnedMessage>> {
        let mut out = Vec::new();
        while let Some(msg) = self.next()? {
            out.push(OwnedMessage::new(&msg));
        }
        Ok(out)
    }
}

/// Runs a verb whose every step is answered at once, as this session's are.
pub(crate) fn run_ready<F: Future>(verb: F) -> F::Output {
    match pin!(verb).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(outcome) => outcome,
        // Every future of `&mut IPRoute` is ready when made.
        Poll::Pending => unreachable!("a blocking session's verb waited"),
    }
}

impl OnIPRoute for IPRoute {
    fn engine(&mut self) -> &mut IPRoute {
        self
    }
    fn netns(&self) -> Option<&NetnsRef> {
        self.netns.as_ref()
    }
}

impl<T: OnIPRoute> Sealed for &mut T {}

/// One implementation for every blocking session (`&mut IPRoute`, `&mut Genl`).
impl<'a, T: OnIPRoute> Session for &'a mut T {
    type Output<F: Future> = F::Output;
    type Dump = Dump<'a>;

    fn finish<F: Future>(verb: F) -> F::Output {
        run_ready(verb)
    }
    fn request(&mut self, request: &dyn Request) -> impl Future<Output = Result<Vec<OwnedMessage>>> {
        ready(self.engine().request(request))
    }
    fn batch(&mut self, requests: &[&dyn Request]) -> impl Future<Output = Result<()>> {
        ready(self.engine().batch(requests))
    }
    fn dump_owned(
        &mut self,
        request: &dyn Request,
        retries: u32,
    ) -> impl Future<Output = Result<Vec<OwnedMessage>>> {
        ready(self.engine().dump_owned(request, retries))
    }
    fn dump(self, request: &dyn Request, keep: Keep) -> impl Future<Output = Result<Dump<'a>>> {
        ready(T::engine(self).dump_keeping(request, keep))
    }
    fn next<'d>(dump: &'d mut Dump<'a>) -> impl Future<Output = Result<Option<Message<'d>>>> {
        ready(dump.next())
    }
    fn netns(&self) -> Option<&NetnsRef> {
        T::netns(*self)
    }
}
