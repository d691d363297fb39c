//! Event monitoring for async code: typed events borrowed from a reused
//! buffer with `next_event().await`, or a `Stream` of owned events.

use std::ops::Range;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use futures_core::Stream;
use nlwire_rustix::datagram::DatagramCursor;
use nlwire_rustix::monitor::MonitorEvent;
use nlwire_rustix::Socket;
use tokio::io::unix::AsyncFd;

use crate::async_fd::{message_at, poll_recv, register};
use crate::error::{Error, Result};
use crate::monitor::{subscribed, Event, Group, OwnedEvent};
use crate::owned::OwnedMessage;
use crate::socket::{NetnsRef, RECV_BUF};

/// A subscription on its own socket, registered with tokio. After the
/// first event, receiving allocates nothing on the borrowed path.
///
/// ```no_run
/// # async fn f() -> nlwire_std::Result<()> {
/// use nlwire_std::{AsyncMonitor, Event, Group};
/// let mut monitor = AsyncMonitor::new(&[Group::Link, Group::Ipv4Addr])?;
/// loop {
///     match monitor.next_event().await? {
///         Event::NewLink(msg) => println!("link {:?}", msg.get("ifname")?),
///         Event::Overrun => println!("events were lost: dump again"),
///         _ => {}
///     }
/// }
/// # }
/// ```
pub struct AsyncMonitor {
    fd: AsyncFd<Socket>,
    buf: Vec<u8>,
    /// The messages of the last datagram not walked yet, as the blocking
    /// monitor walks them.
    cursor: DatagramCursor,
}

impl AsyncMonitor {
    /// Subscribes to `groups` in the caller's namespace. Must be called
    /// inside a tokio runtime.
    pub fn new(groups: &[Group]) -> Result<Self> {
        Self::subscribe(None, groups)
    }

    /// Subscribes to `groups` in another namespace.
    pub fn in_netns(netns: impl Into<NetnsRef>, groups: &[Group]) -> Result<Self> {
        Self::subscribe(Some(&netns.into()), groups)
    }

    /// Subscribes to `groups` in `netns` (`None`: the caller's).
    pub(crate) fn subscribe(netns: Option<&NetnsRef>, groups: &[Group]) -> Result<Self> {
        Self::on(subscribed(netns, groups)?)
    }

    /// Receives on `sock`, already subscribed (to rtnetlink groups, or to a
    /// generic family's in `AsyncGenlEvents`). Must be called inside a tokio runtime.
    pub(crate) fn on(sock: Socket) -> Result<Self> {
        Ok(AsyncMonitor { fd: register(sock)?, buf: vec![0; RECV_BUF], cursor: DatagramCursor::default() })
    }

    /// The socket.
    pub fn socket(&self) -> &Socket {
        self.fd.get_ref()
    }

    /// Waits for the next event, borrowed until the next call.
    pub async fn next_event(&mut self) -> Result<Event<'_>> {
        Ok(Event::of(self.next_message().await?))
    }

    /// Waits for the next message (or lost events), borrowed until the next call.
    pub(crate) async fn next_message(&mut self) -> Result<MonitorEvent<'_>> {
        match std::future::poll_fn(|cx| self.poll_advance(cx)).await? {
            Found::Message(range) => Ok(MonitorEvent::Message(message_at(&self.buf, range)?)),
            Found::Overrun => Ok(MonitorEvent::Overrun),
        }
    }
    fn poll_advance(&mut self, cx: &mut Context<'_>) -> Poll<Result<Found>> {
        loop {
            if let Some(found) = self.cursor.next_message(&self.buf) {
                return Poll::Ready(found.map(|(range, _)| Found::Message(range)).map_err(Error::from));
            }
            match ready!(poll_recv(&self.fd, cx, &mut self.buf)) {
                Ok(got) => self.cursor.filled(got.len),
                Err(nlwire_rustix::Error::Overrun) => {
                    self.cursor.clear();
                    self.fd.get_ref().discard_queued(&mut self.buf)?;
                    return Poll::Ready(Ok(Found::Overrun));
                }
                Err(e) => return Poll::Ready(Err(Error::Socket(e))),
            }
        }
    }
}

/// What the next step of a subscription found.
enum Found {
    Message(Range<usize>),
    Overrun,
}

/// The monitor as a `Stream` of owned events (one allocation per message);
/// it never ends by itself.
impl Stream for AsyncMonitor {
    type Item = Result<OwnedEvent>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let monitor = self.get_mut();
        let event = ready!(monitor.poll_advance(cx)).and_then(|found| match found {
            Found::Message(range) => {
                message_at(&monitor.buf, range).map(|m| OwnedEvent::Message(OwnedMessage::new(&m)))
            }
            Found::Overrun => Ok(OwnedEvent::Overrun),
        });
        Poll::Ready(Some(event))
    }
}
