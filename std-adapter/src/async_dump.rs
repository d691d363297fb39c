//! Dumps of an [`AsyncIPRoute`]: borrowed messages with `next().await`, or
//! a `Stream` of owned ones.

use std::ops::Range;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use futures_core::Stream;
use nlwire::engine::{Event, Exchange};
use nlwire::Message;
use nlwire_rustix::datagram::DatagramCursor;
use nlwire_rustix::{Answers, Received};

use crate::async_fd::{message_at, poll_recv};
use crate::async_pending::{outcome, Wire};
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
    /// The session's socket, and its requests, handed the answers that pass.
    wire: &'a Wire,
    /// This dump's turn on the socket, given up at its end (`None`: ended).
    turn: Option<tokio::sync::MutexGuard<'a, ()>>,
    first_seq: u32,
    answers: Answers,
    /// The session's receive buffer, lent for the dump.
    buf: Vec<u8>,
    /// The messages of the last datagram not walked yet.
    cursor: DatagramCursor,
    multicast: bool,
    keep: Keep,
}

impl<'a> AsyncDump<'a> {
    /// Sends a built dump request on `wire` once the previous dump has ended.
    pub(crate) async fn start(wire: &'a Wire, first_seq: u32, bytes: &[u8], keep: Keep) -> Result<Self> {
        let turn = wire.dump_turn.lock().await;
        let mut shared = wire.lock();
        wire.fd.get_ref().send(bytes)?;
        shared.dump_reading = true;
        Ok(AsyncDump {
            wire,
            turn: Some(turn),
            first_seq,
            answers: Answers::new(Exchange::dump(wire.fd.get_ref().port_id(), first_seq)),
            buf: std::mem::take(&mut shared.recv),
            cursor: DatagramCursor::default(),
            multicast: false,
            keep,
        })
    }

    /// The next message, borrowed until the next call; `None` at the end.
    /// A dump that concurrent changes interrupted ends with
    /// [`Error::Interrupted`] after its last message.
    #[allow(clippy::should_implement_trait)]
    pub async fn next(&mut self) -> Result<Option<Message<'_>>> {
        let range = std::future::poll_fn(|cx| self.poll_advance(cx)).await?;
        range.map(|range| message_at(&self.buf, range)).transpose()
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

    /// Reads until the next message of this dump: its place in the buffer,
    /// or `None` at the end.
    fn poll_advance(&mut self, cx: &mut Context<'_>) -> Poll<Result<Option<Range<usize>>>> {
        while self.turn.is_some() {
            let outcome = match self.next_in_buffer() {
                Ok(Some(range)) => return Poll::Ready(Ok(Some(range))),
                Ok(None) if self.answers.is_finished() => outcome(&mut self.answers, None),
                Ok(None) => match ready!(poll_recv(&self.wire.fd, cx, &mut self.buf)) {
                    Ok(got) => {
                        self.filled(got);
                        continue;
                    }
                    Err(e) => Err(self.wire.lock().fail_all(Error::Socket(e))),
                },
                Err(e) => Err(e),
            };
            return Poll::Ready(self.end_with(outcome));
        }
        Poll::Ready(Ok(None))
    }

    fn filled(&mut self, got: Received) {
        self.cursor.filled(got.len);
        self.multicast = got.groups != 0;
    }

    /// Walks the rest of the received datagram: the next reply of this
    /// dump, handing other requests' answers over on the way.
    fn next_in_buffer(&mut self) -> Result<Option<Range<usize>>> {
        while let Some(found) = self.cursor.next_message(&self.buf) {
            let (range, msg) = found.map_err(|e| self.wire.lock().fail_all(e.into()))?;
            match self.answers.feed(&msg, self.multicast)? {
                Event::Reply(_) if self.keep.keeps(&msg) => return Ok(Some(range)),
                Event::Foreign(_) => self.wire.lock().hand_over(&msg, self.multicast),
                _ => {}
            }
        }
        Ok(None)
    }

    /// Gives the receive buffer back, wakes the requests waiting to read, and
    /// lets the next dump start.
    fn end_with(&mut self, outcome: Result<Option<Range<usize>>>) -> Result<Option<Range<usize>>> {
        if self.turn.is_some() {
            let mut shared = self.wire.lock();
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
            match self.next_in_buffer() {
                Ok(Some(_)) => {}
                Ok(None) if !self.answers.is_finished() => match self.wire.fd.get_ref().recv(&mut self.buf) {
                    Ok(got) => self.filled(got),
                    Err(nlwire_rustix::Error::NotFromKernel { .. }) => {}
                    Err(nlwire_rustix::Error::WouldBlock) => {
                        let exchange = self.answers.exchange().clone();
                        return self.wire.lock().expect(self.first_seq, exchange, None);
                    }
                    Err(_) => return,
                },
                _ => return,
            }
        }
    }
}

impl Drop for AsyncDump<'_> {
    fn drop(&mut self) {
        if self.turn.is_some() {
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
        let next = ready!(dump.poll_advance(cx)).transpose();
        Poll::Ready(next.map(|range| message_at(&dump.buf, range?).map(|msg| OwnedMessage::new(&msg))))
    }
}
