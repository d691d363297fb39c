//! A netlink socket under tokio: registration, and one non-blocking receive.

use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

use nlwire_rustix::Socket;

use crate::error::{Error, Result};

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
