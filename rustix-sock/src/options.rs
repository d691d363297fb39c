//! The [`Options`] a socket is opened with, and the `SOL_NETLINK` option
//! numbers.
//!
//! Facts from:
//!  - [netlink(7)](https://man7.org/linux/man-pages/man7/netlink.7.html), "Socket options"
//!  - `include/uapi/linux/netlink.h`

use rustix::fd::BorrowedFd;
use rustix::net::sockopt;

use crate::error::{Context, Result};
use crate::sys;

/// `SOL_NETLINK`, the socket option level of netlink options.
pub(crate) const SOL_NETLINK: u32 = 270;
/// `NETLINK_ADD_MEMBERSHIP`.
pub(crate) const NETLINK_ADD_MEMBERSHIP: u32 = 1;
/// `NETLINK_DROP_MEMBERSHIP`.
pub(crate) const NETLINK_DROP_MEMBERSHIP: u32 = 2;
/// `NETLINK_NO_ENOBUFS`.
pub(crate) const NETLINK_NO_ENOBUFS: u32 = 5;
/// `NETLINK_LISTEN_ALL_NSID`.
pub(crate) const NETLINK_LISTEN_ALL_NSID: u32 = 8;
/// `NETLINK_LIST_MEMBERSHIPS`.
pub(crate) const NETLINK_LIST_MEMBERSHIPS: u32 = 9;
/// `NETLINK_CAP_ACK`.
pub(crate) const NETLINK_CAP_ACK: u32 = 10;
/// `NETLINK_EXT_ACK`.
pub(crate) const NETLINK_EXT_ACK: u32 = 11;
/// `NETLINK_GET_STRICT_CHK`.
pub(crate) const NETLINK_GET_STRICT_CHK: u32 = 12;

/// How to open a [`Socket`](crate::Socket): a small `Copy` builder.
///
/// The defaults ([`Options::new`], also `Default`):
/// - `NETLINK_EXT_ACK` on: errors carry the kernel's message and the
///   offending attribute.
/// - `NETLINK_GET_STRICT_CHK` on: dump requests are checked strictly and
///   their filters are honoured by the kernel.
/// - not strict: if the kernel refuses either option (kernels before 4.12
///   and 4.20), the socket opens without it; [`Socket::ext_ack`](crate::Socket::ext_ack) and
///   [`Socket::strict_check`](crate::Socket::strict_check) tell what is on. With [`strict`](Options::strict)
///   the open fails instead.
/// - the kernel's buffer sizes, blocking mode, no other option.
///
/// ```no_run
/// use nlwire_rustix::{Options, Protocol, Socket};
/// let monitor = Options::new().recv_buffer(4 << 20).listen_all_nsid(true);
/// let sock = Socket::open_with(Protocol::Route, &monitor)?;
/// # Ok::<(), nlwire_rustix::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub(crate) ext_ack: bool,
    pub(crate) strict_check: bool,
    pub(crate) strict: bool,
    pub(crate) cap_ack: bool,
    pub(crate) no_enobufs: bool,
    pub(crate) listen_all_nsid: bool,
    pub(crate) nonblocking: bool,
    pub(crate) recv_buffer: Option<(usize, bool)>,
    pub(crate) send_buffer: Option<(usize, bool)>,
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}

impl Options {
    /// The defaults described [above](Options).
    pub const fn new() -> Self {
        Options {
            ext_ack: true,
            strict_check: true,
            strict: false,
            cap_ack: false,
            no_enobufs: false,
            listen_all_nsid: false,
            nonblocking: false,
            recv_buffer: None,
            send_buffer: None,
        }
    }

    /// `NETLINK_EXT_ACK`: extended ACKs (error messages, attribute offsets).
    /// Default on.
    pub const fn ext_ack(mut self, on: bool) -> Self {
        self.ext_ack = on;
        self
    }

    /// `NETLINK_GET_STRICT_CHK`: strict checking of dump requests. Default on.
    pub const fn strict_check(mut self, on: bool) -> Self {
        self.strict_check = on;
        self
    }

    /// Fail the open if the kernel refuses `NETLINK_EXT_ACK` or
    /// `NETLINK_GET_STRICT_CHK` (when asked for). Default off: open without.
    pub const fn strict(mut self, on: bool) -> Self {
        self.strict = on;
        self
    }

    /// `NETLINK_CAP_ACK`: error messages do not echo the request's payload.
    /// Default off.
    pub const fn cap_ack(mut self, on: bool) -> Self {
        self.cap_ack = on;
        self
    }

    /// `NETLINK_NO_ENOBUFS`: never report overruns. Default off: an
    /// overrun is reported once as [`Error::Overrun`](crate::Error::Overrun),
    /// which a monitor should act on.
    pub const fn no_enobufs(mut self, on: bool) -> Self {
        self.no_enobufs = on;
        self
    }

    /// `NETLINK_LISTEN_ALL_NSID`: receive notifications from every namespace
    /// that has an id in this one. Default off.
    pub const fn listen_all_nsid(mut self, on: bool) -> Self {
        self.listen_all_nsid = on;
        self
    }

    /// `SOCK_NONBLOCK`: receive and send give
    /// [`Error::WouldBlock`](crate::Error::WouldBlock) instead of waiting.
    /// Default off.
    pub const fn nonblocking(mut self, on: bool) -> Self {
        self.nonblocking = on;
        self
    }

    /// `SO_RCVBUF`, in bytes (the kernel doubles it and caps it at
    /// `net.core.rmem_max`).
    pub const fn recv_buffer(mut self, bytes: usize) -> Self {
        self.recv_buffer = Some((bytes, false));
        self
    }

    /// `SO_RCVBUFFORCE`: like [`recv_buffer`](Options::recv_buffer) beyond
    /// `rmem_max`; needs `CAP_NET_ADMIN`, else the open fails.
    pub const fn recv_buffer_force(mut self, bytes: usize) -> Self {
        self.recv_buffer = Some((bytes, true));
        self
    }

    /// `SO_SNDBUF`, in bytes.
    pub const fn send_buffer(mut self, bytes: usize) -> Self {
        self.send_buffer = Some((bytes, false));
        self
    }

    /// `SO_SNDBUFFORCE`; needs `CAP_NET_ADMIN`, else the open fails.
    pub const fn send_buffer_force(mut self, bytes: usize) -> Self {
        self.send_buffer = Some((bytes, true));
        self
    }

    /// Sets the options on a fresh socket; returns whether extended ACKs and
    /// strict checking are on.
    pub(crate) fn apply(&self, fd: BorrowedFd<'_>) -> Result<(bool, bool)> {
        let soft = |on: bool, name: u32, call: &'static str| -> Result<bool> {
            if !on {
                return Ok(false);
            }
            match sys::set_u32(fd, SOL_NETLINK, name, 1) {
                Ok(()) => Ok(true),
                Err(e) if self.strict => Err(crate::Error::sys(call, e)),
                Err(_) => Ok(false),
            }
        };
        let ext_ack = soft(self.ext_ack, NETLINK_EXT_ACK, "setsockopt(NETLINK_EXT_ACK)")?;
        let strict_check =
            soft(self.strict_check, NETLINK_GET_STRICT_CHK, "setsockopt(NETLINK_GET_STRICT_CHK)")?;
        let flags = [
            (self.cap_ack, NETLINK_CAP_ACK, "setsockopt(NETLINK_CAP_ACK)"),
            (self.no_enobufs, NETLINK_NO_ENOBUFS, "setsockopt(NETLINK_NO_ENOBUFS)"),
            (self.listen_all_nsid, NETLINK_LISTEN_ALL_NSID, "setsockopt(NETLINK_LISTEN_ALL_NSID)"),
        ];
        for (on, name, call) in flags {
            if on {
                sys::set_u32(fd, SOL_NETLINK, name, 1).call(call)?;
            }
        }
        match self.recv_buffer {
            Some((n, false)) => sockopt::set_socket_recv_buffer_size(fd, n).call("setsockopt(SO_RCVBUF)")?,
            Some((n, true)) => {
                sockopt::set_socket_recv_buffer_size_force(fd, n).call("setsockopt(SO_RCVBUFFORCE)")?
            }
            None => {}
        }
        match self.send_buffer {
            Some((n, false)) => sockopt::set_socket_send_buffer_size(fd, n).call("setsockopt(SO_SNDBUF)")?,
            Some((n, true)) => {
                sockopt::set_socket_send_buffer_size_force(fd, n).call("setsockopt(SO_SNDBUFFORCE)")?
            }
            None => {}
        }
        Ok((ext_ack, strict_check))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_numbers_match_the_headers() {
        use linux_raw_sys::netlink as h;
        assert_eq!(SOL_NETLINK, linux_raw_sys::net::SOL_NETLINK);
        assert_eq!(NETLINK_ADD_MEMBERSHIP, h::NETLINK_ADD_MEMBERSHIP);
        assert_eq!(NETLINK_DROP_MEMBERSHIP, h::NETLINK_DROP_MEMBERSHIP);
        assert_eq!(NETLINK_NO_ENOBUFS, h::NETLINK_NO_ENOBUFS);
        assert_eq!(NETLINK_LISTEN_ALL_NSID, h::NETLINK_LISTEN_ALL_NSID);
        assert_eq!(NETLINK_LIST_MEMBERSHIPS, h::NETLINK_LIST_MEMBERSHIPS);
        assert_eq!(NETLINK_CAP_ACK, h::NETLINK_CAP_ACK);
        assert_eq!(NETLINK_EXT_ACK, h::NETLINK_EXT_ACK);
        assert_eq!(NETLINK_GET_STRICT_CHK, h::NETLINK_GET_STRICT_CHK);
    }

    #[test]
    fn defaults() {
        let o = Options::default();
        assert!(o.ext_ack && o.strict_check && !o.strict);
        assert!(!o.cap_ack && !o.no_enobufs && !o.listen_all_nsid && !o.nonblocking);
        assert_eq!((o.recv_buffer, o.send_buffer), (None, None));
        let o = Options::new().ext_ack(false).recv_buffer_force(1024).recv_buffer(2048);
        assert!(!o.ext_ack);
        assert_eq!(o.recv_buffer, Some((2048, false)));
    }
}
