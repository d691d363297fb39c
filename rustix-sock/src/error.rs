//! The crate's error type.

use core::fmt;

use rustix::io::Errno;

/// What can go wrong with a netlink socket or a network namespace.
///
/// A small `Copy` value: no allocation, no strings built at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A system call failed; `call` names it (`"socket"`, `"setns"`,
    /// `"setsockopt(NETLINK_EXT_ACK)"`, ...).
    Sys {
        /// The system call (and option) that failed.
        call: &'static str,
        /// The error number it returned.
        errno: Errno,
    },
    /// The datagram was larger than the receive buffer: `needed` bytes. It
    /// has been consumed (the kernel keeps no partial datagram); use
    /// [`Socket::peek_len`](crate::Socket::peek_len) to size the buffer
    /// first.
    Truncated {
        /// The size of the whole datagram.
        needed: usize,
    },
    /// A datagram came from another socket (its sender port id is not 0, the
    /// kernel's). It has been consumed and dropped; the socket stays usable.
    NotFromKernel {
        /// The sender's port id.
        port: u32,
    },
    /// `ENOBUFS`: the socket's receive buffer overflowed and the kernel
    /// dropped messages (events) for it. The socket stays usable; a monitor
    /// should resynchronise (dump again). Reported once per overflow.
    Overrun,
    /// `EAGAIN` on a non-blocking socket: nothing to receive now (or no room
    /// to send). Wait with [`Socket::wait_readable`](crate::Socket::wait_readable).
    WouldBlock,
    /// A namespace name that `ip netns` would refuse: empty, `.`, `..`,
    /// containing `/` or NUL, longer than 255 bytes, or not UTF-8.
    InvalidNetnsName,
    /// No such namespace (no `/run/netns/NAME`, or the path does not exist).
    /// Namespaces are never created implicitly.
    NetnsNotFound,
    /// The file or descriptor is not a network namespace (`setns` said
    /// `EINVAL`), e.g. a regular file or a stale `/run/netns` entry.
    NotANetns,
    /// [`netns::create`](crate::netns::create): the name is taken.
    NetnsExists,
}

impl Error {
    /// The error number behind this error, where there is one.
    pub fn errno(&self) -> Option<Errno> {
        match *self {
            Error::Sys { errno, .. } => Some(errno),
            Error::Overrun => Some(Errno::NOBUFS),
            Error::WouldBlock => Some(Errno::AGAIN),
            Error::NetnsNotFound => Some(Errno::NOENT),
            Error::NotANetns => Some(Errno::INVAL),
            Error::NetnsExists => Some(Errno::EXIST),
            Error::Truncated { .. } | Error::NotFromKernel { .. } | Error::InvalidNetnsName => None,
        }
    }

    /// `Sys { call, errno }`.
    pub(crate) const fn sys(call: &'static str, errno: Errno) -> Self {
        Error::Sys { call, errno }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Sys { call, errno } => write!(f, "{call}: {errno}"),
            Error::Truncated { needed } => {
                write!(f, "netlink datagram truncated: {needed} bytes needed")
            }
            Error::NotFromKernel { port } => {
                write!(f, "netlink datagram from port {port}, not from the kernel: dropped")
            }
            Error::Overrun => f.write_str("netlink receive buffer overrun (ENOBUFS): messages were lost"),
            Error::WouldBlock => f.write_str("operation would block"),
            Error::InvalidNetnsName => f.write_str("invalid network namespace name"),
            Error::NetnsNotFound => f.write_str("network namespace not found"),
            Error::NotANetns => f.write_str("not a network namespace"),
            Error::NetnsExists => f.write_str("network namespace already exists"),
        }
    }
}

impl core::error::Error for Error {}

/// Keeps the [`Error`] as the source; the kind follows the errno.
#[cfg(feature = "std")]
impl From<Error> for std::io::Error {
    fn from(e: Error) -> Self {
        use std::io::ErrorKind;
        let kind = match e {
            Error::Sys { errno, .. } => std::io::Error::from_raw_os_error(errno.raw_os_error()).kind(),
            Error::WouldBlock => ErrorKind::WouldBlock,
            Error::NetnsNotFound => ErrorKind::NotFound,
            Error::NetnsExists => ErrorKind::AlreadyExists,
            Error::InvalidNetnsName | Error::NotANetns => ErrorKind::InvalidInput,
            Error::Truncated { .. } | Error::NotFromKernel { .. } => ErrorKind::InvalidData,
            Error::Overrun => ErrorKind::Other,
        };
        std::io::Error::new(kind, e)
    }
}

/// `core::result::Result` with this crate's [`Error`].
pub type Result<T, E = Error> = core::result::Result<T, E>;

/// Attaches the system call name to a rustix result.
pub(crate) trait Context<T> {
    fn call(self, call: &'static str) -> Result<T>;
}

impl<T> Context<T> for rustix::io::Result<T> {
    fn call(self, call: &'static str) -> Result<T> {
        self.map_err(|errno| Error::sys(call, errno))
    }
}
