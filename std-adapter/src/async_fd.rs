//! A netlink socket under tokio: registration, and receiving when readable.

use std::ops::Range;
use std::task::{ready, Context, Poll};

use tokio::io::unix::{AsyncFd, AsyncFdReadyGuard};
use tokio::io::Interest;

use nlwire::Message;
use nlwire_rustix::{Received, Socket};

use crate::error::{Error, Result};

/// The message at `range` of a receive buffer.
pub(crate) fn message_at(buf: &[u8], range: Range<usize>) -> Result<Message<'_>> {
    Message::parse(buf.get(range).unwrap_or(&[])).map_err(Error::Malformed)
}

/// Registers `sock` (made non-blocking) with the current tokio runtime.
pub(crate) fn register(sock: Socket) -> Result<AsyncFd<Socket>> {
    sock.set_nonblocking(true)?;
    if tokio::runtime::Handle::try_current().is_err() {
        return Err(Error::invalid("AsyncIPRoute needs a tokio runtime"));
    }
    // SAFETY: `Socket` owns its descriptor (an `OwnedFd`) for its whole
    // life and `as_raw_fd` always returns that same descriptor; the
    // `AsyncFd` owns the socket, so the descriptor outlives the registration.
    #[allow(unsafe_code)] // tokio cannot check who owns a descriptor it registers
    let fd = unsafe { AsyncFd::register_with_interest(sock, Interest::READABLE) };
    fd.map_err(|e| Error::Socket(io_to_socket(&e.into())))
}

/// Receives one datagram into `buf` from a socket tokio found readable;
/// `None` when there was none after all (tokio then waits again) or it came
/// from another socket (dropped).
pub(crate) fn recv_ready(
    ready: &mut AsyncFdReadyGuard<'_, Socket>,
    buf: &mut [u8],
) -> Option<Result<Received, nlwire_rustix::Error>> {
    let received = ready.try_io(|fd| match fd.get_ref().recv(buf) {
        Err(nlwire_rustix::Error::WouldBlock) => Err(std::io::ErrorKind::WouldBlock.into()),
        received => Ok(received),
    });
    match received {
        Ok(Ok(Err(nlwire_rustix::Error::NotFromKernel { .. }))) | Err(_) => None,
        Ok(Ok(received)) => Some(received),
        Ok(Err(e)) => Some(Err(io_to_socket(&e))),
    }
}

/// Waits until a datagram from the kernel is received into `buf`.
pub(crate) fn poll_recv(
    fd: &AsyncFd<Socket>,
    cx: &mut Context<'_>,
    buf: &mut [u8],
) -> Poll<Result<Received, nlwire_rustix::Error>> {
    loop {
        let mut ready = ready!(fd.poll_read_ready(cx)).map_err(|e| io_to_socket(&e))?;
        if let Some(received) = recv_ready(&mut ready, buf) {
            return Poll::Ready(received);
        }
    }
}

pub(crate) fn io_to_socket(e: &std::io::Error) -> nlwire_rustix::Error {
    let errno = nlwire_rustix::Errno::from_raw_os_error(e.raw_os_error().unwrap_or(5));
    nlwire_rustix::Error::Sys { call: "tokio AsyncFd", errno }
}
