//! Dumps of an [`AsyncIPRoute`]: borrowed messages with `next().await`, or
//! a `Stream` of owned ones.

use std::ops::Range;
use std::pin::Pin;
use std::sync::{Mutex, MutexGuard};
use std::task::{ready, Context, Poll};

use futures_core::Stream;
use nlwire::engine::{Event, Exchange};
use nlwire::Message;
use nlwire_rustix::Socket;
use tokio::io::unix::AsyncFd;

use crate::async_fd::{io_to_socket, recv_into};
use crate::async_pending::{lock, Shared};
use crate::error::{Error, Result};
use crate::owned::OwnedMessage;
use crate::session::Keep;

/// A dump in progress; see [`AsyncIPRoute::dump`](crate::AsyncIPRoute::dump).
///
/// It reads the session's socket until its end, handing the answers of
/// other requests to them as they pass. Dropping it early reads the rest of
/// the dump away.
///
/// ```no_run
/// # async fn f(ipr: &nlwire_std::AsyncIPRoute) -> nlwire_std::Result<()> {
/// let mut routes = ipr.dump(&nlwire::route::RouteDump::new(2)).await?;
/// while let Some(msg) = routes.next().await? {
///     let route = nlwire::route::Route::parse(&msg)?; // borrowed: no copy
///     println!("{:?}", route.dst()?);
/// }
/// # Ok(()) }
/// ```
pub struct AsyncDump<'a> {
    fd: &'a AsyncFd<Socket>,
    /// The session's requests, handed the answers that pass.
    shared: &'a Mutex<Shared>,
    /// This dump's turn on the socket, given up at its end.
    turn: Option<tokio::sync::MutexGuard<'a, ()>>,
    first_seq: u32,
    exchange: Exchange,
    /// The session's receive buffer, lent for the dump.
    buf: Vec<u8>,
    len: usize,
    pos: usize,
    multicast: bool,
    failure: Option<Error>,
    ended: bool,
    keep: Keep,
}

impl<'a> AsyncDump<'a> {
    pub(crate) fn new(
        fd: &'a AsyncFd<Socket>,
        shared: &'a Mutex<Shared>,
        turn: tokio::sync::MutexGuard<'a, ()>,
        first_seq: u32,
        exchange: Exchange,
        buf: Vec<u8>,
        keep: Keep,
    ) -> Self {
        AsyncDump {
            fd,
            shared,
            turn: Some(turn),
            first_seq,
            exchange,
            buf,
            len: 0,
            pos: 0,
            multicast: false,
            failure: None,
            ended: false,
            keep,
        }
    }

    fn lock(&self) -> MutexGuard<'a, Shared> {
        lock(self.shared)
    }

    /// The next message, borrowed until the next call; `None` at the end.
    /// A dump that concurrent changes interrupted ends with
    /// [`Error::Interrupted`] after its last message.
    #[allow(clippy::should_implement_trait)]
    pub async fn next(&mut self) -> Result<Option<Message<'_>>> {
        match std::future::poll_fn(|cx| self.poll_advance(cx)).await? {
            Some(range) => Ok(Some(self.message_at(range)?)),
            None => Ok(None),
        }
    }

    /// The rest of the dump, copied: one allocation per message.
    pub async fn collect_owned(mut self) -> Result<Vec<OwnedMessage>> {
        let mut out = Vec::new();
        while let Some(msg) = self.next().await? {
            out.push(OwnedMessage::new(&msg));
        }
        Ok(out)
    }

    /// The dump as a `Stream` of owned messages (one allocation each).
    pub fn owned(self) -> OwnedDump<'a> {
        OwnedDump { dump: self }
    }

    fn message_at(&self, range: Range<usize>) -> Result<Message<'_>> {
        Message::parse(self.buf.get(range).unwrap_or(&[])).map_err(Error::Malformed)
    }

    /// Reads until the next message of this dump: its place in the buffer,
    /// or `None` at the end.
    fn poll_advance(&mut self, cx: &mut Context<'_>) -> Poll<Result<Option<Range<usize>>>> {
        if self.ended {
            return Poll::Ready(Ok(None));
        }
        loop {
            match self.next_in_buffer() {
                Ok(Some(range)) => return Poll::Ready(Ok(Some(range))),
                Ok(None) => {}
                Err(e) => return Poll::Ready(self.end_with(Err(e))),
            }
            if self.exchange.is_finished() {
                let outcome = match self.failure.take() {
                    Some(e) => Err(e),
                    None if self.exchange.interrupted() => Err(Error::Interrupted),
                    None => Ok(None),
                };
                return Poll::Ready(self.end_with(outcome));
            }
            let mut ready = match ready!(self.fd.poll_read_ready(cx)) {
                Ok(ready) => ready,
                Err(e) => return Poll::Ready(self.end_with(Err(Error::Socket(io_to_socket(&e))))),
            };
            match ready.try_io(|fd| recv_into(fd.get_ref(), &mut self.buf)) {
                Ok(Ok(Ok(Some((len, multicast))))) => {
                    (self.len, self.pos, self.multicast) = (len, 0, multicast)
                }
                Ok(Ok(Ok(None))) | Err(_) => {}
                Ok(Ok(Err(e))) => {
                    self.lock().fail_all(&e);
                    return Poll::Ready(self.end_with(Err(e)));
                }
                Ok(Err(e)) => return Poll::Ready(self.end_with(Err(Error::Socket(io_to_socket(&e))))),
            }
        }
    }

    /// Walks the rest of the received datagram: the next reply of this
    /// dump, handing other requests' answers over on the way.
    fn next_in_buffer(&mut self) -> Result<Option<Range<usize>>> {
        while self.pos < self.len {
            let start = self.pos;
            let msg = match Message::parse(self.buf.get(start..self.len).unwrap_or(&[])) {
                Ok(msg) => msg,
                Err(e) => {
                    self.pos = self.len;
                    self.lock().fail_all(&Error::Malformed(e));
                    return Err(Error::Malformed(e));
                }
            };
            let end = start + msg.bytes().len();
            self.pos = nlwire::wire::align(end).min(self.len);
            match self.exchange.feed(&msg, self.multicast).map_err(Error::Malformed)? {
                Event::Reply(_) if self.keep.keeps(&msg) => return Ok(Some(start..end)),
                Event::Reply(_) => {}
                Event::Foreign(_) => self.lock().hand_over(&msg, self.multicast),
                Event::Failed { error, .. } => {
                    self.failure = Some(Error::from_ack(error.errno(), &error.ext_ack(), None));
                }
                Event::DumpFailed(done) => {
                    self.failure = Some(Error::from_ack(done.errno(), &done.ext_ack(), None));
                }
                Event::Acked { .. } | Event::DumpDone { .. } => {}
                // Events a later core adds carry no reply or failure.
                _ => {}
            }
        }
        Ok(None)
    }

    /// Gives the receive buffer back, wakes the requests waiting to read, and
    /// lets the next dump start.
    fn end_with(&mut self, outcome: Result<Option<Range<usize>>>) -> Result<Option<Range<usize>>> {
        if !self.ended {
            self.ended = true;
            let mut shared = self.lock();
            shared.recv = std::mem::take(&mut self.buf);
            shared.dump_reading = false;
            shared.wake_all();
            self.turn = None;
        }
        outcome
    }

    /// Reads the rest of an abandoned dump without waiting: the kernel
    /// builds each part as the previous one is read. If it is not there
    /// yet, the session's readers drop it as it comes.
    fn drain(&mut self) {
        loop {
            while self.pos < self.len {
                if self.next_in_buffer().is_err() {
                    return;
                }
            }
            if self.exchange.is_finished() {
                return;
            }
            match recv_into(self.fd.get_ref(), &mut self.buf) {
                Ok(Ok(Some((len, multicast)))) => (self.len, self.pos, self.multicast) = (len, 0, multicast),
                Ok(Ok(None)) => {}
                Ok(Err(_)) => return,
                Err(_would_block) => {
                    let exchange = self.exchange.clone();
                    self.lock().abandon(self.first_seq, exchange);
                    return;
                }
            }
        }
    }
}

impl Drop for AsyncDump<'_> {
    fn drop(&mut self) {
        if !self.ended {
            self.drain();
            let _ = self.end_with(Ok(None));
        }
    }
}

/// A dump as a `Stream` of owned messages; see [`AsyncDump::owned`].
///
/// ```no_run
/// # async fn f(ipr: &nlwire_std::AsyncIPRoute) -> nlwire_std::Result<()> {
/// use futures_util::TryStreamExt;
/// let links: Vec<_> = ipr.dump(&nlwire::link::Dump::default()).await?.owned().try_collect().await?;
/// # Ok(()) }
/// ```
pub struct OwnedDump<'a> {
    dump: AsyncDump<'a>,
}

impl Stream for OwnedDump<'_> {
    type Item = Result<OwnedMessage>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let dump = &mut self.get_mut().dump;
        let item = match ready!(dump.poll_advance(cx)) {
            Ok(Some(range)) => Some(dump.message_at(range).map(|msg| OwnedMessage::new(&msg))),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        };
        Poll::Ready(item)
    }
}
