//! `AsyncIPRoute`: the same requests over tokio, with no background task.
//!
//! The socket is non-blocking and registered with tokio's `AsyncFd`; each
//! call sends its request and drives the core's engine over the datagrams as
//! they become readable. One request at a time per session (`&mut self`).
//!
//! ```no_run
//! # async fn f() -> nlwire_std::Result<()> {
//! use nlwire_std::AsyncIPRoute;
//! let mut ipr = AsyncIPRoute::new()?;
//! for link in ipr.dump_owned(&nlwire::link::Dump::default(), 3).await? {
//!     println!("{:?}", link.get("ifname")?);
//! }
//! # Ok(()) }
//! ```

use nlwire::build::Request;
use nlwire::engine::{Event, Exchange};
use nlwire::Messages;
use nlwire_rustix::Socket;
use tokio::io::unix::AsyncFd;

use crate::error::{Error, Result};
use crate::iproute::{build_requests, open_socket, NetnsRef};
use crate::owned::OwnedMessage;

/// An rtnetlink session for async code: a non-blocking socket registered
/// with tokio, driven by the core engine as datagrams become readable.
pub struct AsyncIPRoute {
    fd: AsyncFd<Socket>,
    recv: Vec<u8>,
    send: Vec<u8>,
    seq: u32,
}

impl AsyncIPRoute {
    /// A session in the caller's namespace. Must be called inside a tokio runtime.
    pub fn new() -> Result<Self> {
        Self::open(None)
    }
    /// A session in another namespace (never created implicitly).
    pub fn in_netns(netns: impl Into<NetnsRef>) -> Result<Self> {
        Self::open(Some(&netns.into()))
    }
    fn open(netns: Option<&NetnsRef>) -> Result<Self> {
        let sock = open_socket(netns)?;
        sock.set_nonblocking(true)?;
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(Error::Invalid(nlwire::Error::InvalidValue {
                what: "AsyncIPRoute needs a tokio runtime",
            }));
        }
        // SAFETY: `Socket` owns its descriptor (an `OwnedFd`) for its whole
        // life and `as_raw_fd` always returns that same descriptor; the
        // `AsyncFd` owns the socket, so the descriptor outlives the
        // registration.
        #[allow(unsafe_code)]
        let fd = unsafe { AsyncFd::register(sock) }.map_err(|e| Error::Socket(io_to_socket(&e.into())))?;
        Ok(AsyncIPRoute { fd, recv: vec![0; 64 * 1024], send: Vec::with_capacity(4096), seq: 0 })
    }

    /// Receives one datagram: its length and whether it came to a multicast group.
    async fn recv_datagram(&mut self) -> Result<(usize, bool)> {
        loop {
            let mut guard = self.fd.readable().await.map_err(|e| Error::Socket(io_to_socket(&e)))?;
            let buf = &mut self.recv;
            match guard.try_io(|fd| match fd.get_ref().recv(buf) {
                Ok(got) => Ok(Ok(got)),
                Err(nlwire_rustix::Error::WouldBlock) => Err(std::io::ErrorKind::WouldBlock.into()),
                Err(e) => Ok(Err(e)),
            }) {
                Ok(Ok(Ok(got))) => return Ok((got.len, got.groups != 0)),
                // Another socket's datagram was dropped: keep waiting.
                Ok(Ok(Err(nlwire_rustix::Error::NotFromKernel { .. }))) => continue,
                Ok(Ok(Err(e))) => return Err(Error::Socket(e)),
                Ok(Err(e)) => return Err(Error::Socket(io_to_socket(&e))),
                Err(_would_block) => continue,
            }
        }
    }

    /// Drives `exchange` to its end, keeping the replies.
    async fn run(&mut self, mut exchange: Exchange, in_batch: bool) -> Result<Vec<OwnedMessage>> {
        self.fd.get_ref().send(&self.send)?;
        let mut replies = Vec::new();
        let mut failure: Option<Error> = None;
        while !exchange.is_finished() {
            let (len, multicast) = self.recv_datagram().await?;
            for msg in Messages::new(self.recv.get(..len).unwrap_or(&[])) {
                let msg = msg.map_err(Error::Malformed)?;
                match exchange.feed(&msg, multicast).map_err(Error::Malformed)? {
                    Event::Reply(m) => replies.push(OwnedMessage::new(&m)),
                    Event::Failed { index, error } => {
                        if failure.is_none() {
                            failure = Some(Error::from_ack(
                                error.errno(),
                                &error.ext_ack(),
                                in_batch.then_some(index),
                            ));
                        }
                    }
                    Event::DumpFailed(done) => {
                        failure = Some(Error::from_ack(done.errno(), &done.ext_ack(), None))
                    }
                    Event::Foreign(_) | Event::Acked { .. } | Event::DumpDone { .. } => {}
                }
            }
        }
        if let (Some(Error::Kernel { failures, .. }), n) = (&mut failure, exchange.failures()) {
            *failures = n.max(1);
        }
        match failure {
            Some(e) => Err(e),
            None if exchange.interrupted() => Err(Error::Interrupted),
            None => Ok(replies),
        }
    }

    fn first_seq(&self) -> u32 {
        self.seq.wrapping_add(1)
    }

    /// Sends `request` with NLM_F_ACK and waits for the ACK; returns the
    /// replies that came before it.
    pub async fn request(&mut self, request: &dyn Request) -> Result<Vec<OwnedMessage>> {
        let first = self.first_seq();
        self.seq = build_requests(&mut self.send, first, &[request])?;
        let port = self.fd.get_ref().port_id();
        self.run(Exchange::request(port, first), false).await
    }

    /// Sends requests in one datagram and waits for every answer; see
    /// [`IPRoute::batch`](crate::IPRoute::batch).
    pub async fn batch(&mut self, requests: &[&dyn Request]) -> Result<()> {
        let first = self.first_seq();
        self.seq = build_requests(&mut self.send, first, requests)?;
        let port = self.fd.get_ref().port_id();
        self.run(Exchange::batch(port, first, requests.len() as u32), true).await.map(drop)
    }

    /// A dump, owned: one allocation per message; retried up to `retries`
    /// times while concurrent changes interrupt it.
    pub async fn dump_owned(&mut self, request: &dyn Request, retries: u32) -> Result<Vec<OwnedMessage>> {
        let mut attempt = 0;
        loop {
            let first = self.first_seq();
            self.seq = build_requests(&mut self.send, first, &[request])?;
            let port = self.fd.get_ref().port_id();
            match self.run(Exchange::dump(port, first), false).await {
                Err(Error::Interrupted) if attempt < retries => attempt += 1,
                other => return other,
            }
        }
    }
}

fn io_to_socket(e: &std::io::Error) -> nlwire_rustix::Error {
    let errno = nlwire_rustix::Errno::from_raw_os_error(e.raw_os_error().unwrap_or(5));
    nlwire_rustix::Error::Sys { call: "tokio AsyncFd", errno }
}
