//! A session's socket: where it lives ([`NetnsRef`]), how it is opened, and
//! how requests are built and cut into datagrams for it. Shared by
//! [`IPRoute`](crate::IPRoute), `AsyncIPRoute`, the monitors and the
//! generic netlink handles.

use std::ffi::CString;
use std::future::Future;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

use nlwire::build::{Builder, Request};
use nlwire_rustix::{Netns, Options, Protocol, Socket};

use crate::builder::from_impls;
use crate::error::{Error, Result};

/// Receive buffer size (of sessions and monitors): larger than any datagram
/// the kernel builds.
pub(crate) const RECV_BUF: usize = 64 * 1024;

/// Requests per datagram in a batch. The kernel answers a whole datagram
/// before the caller reads anything; more answers than this could overflow
/// the socket's default receive buffer (212 KiB) and be lost.
pub(crate) const BATCH_DATAGRAM: usize = 128;

/// Sends built requests with `send`, a datagram of at most
/// [`BATCH_DATAGRAM`] requests at a time (given the index of its first
/// request, its bytes and how many it holds), and gathers the kernel's
/// refusals as one error: the first (its index counted over the whole
/// batch), with how many requests were refused in all. Other errors stop
/// the batch. See [`IPRoute::batch`](crate::IPRoute::batch).
pub(crate) async fn send_batch<'b, F: Future<Output = Result<()>>>(
    built: &'b [u8],
    mut send: impl FnMut(u32, &'b [u8], u32) -> F,
) -> Result<()> {
    let starts: Vec<usize> = nlwire::Messages::new(built).map_while(Result::ok).map(|m| m.offset()).collect();
    let mut first_refusal = None;
    for (datagram, base) in starts.chunks(BATCH_DATAGRAM).zip((0..).step_by(BATCH_DATAGRAM)) {
        let start = datagram.first().copied().unwrap_or(0);
        let end = starts.get(base as usize + datagram.len()).copied().unwrap_or(built.len());
        match (
            send(base, built.get(start..end).unwrap_or(&[]), datagram.len() as u32).await,
            &mut first_refusal,
        ) {
            (Err(Error::Kernel { failures, .. }), Some(Error::Kernel { failures: total, .. })) => {
                *total = total.saturating_add(failures);
            }
            (Err(Error::Kernel { errno, message, offset, index, failures }), first) => {
                let index = index.map(|i| i.saturating_add(base));
                *first = Some(Error::Kernel { errno, message, offset, index, failures });
            }
            (outcome, _) => outcome?,
        }
    }
    first_refusal.map_or(Ok(()), Err)
}

/// Where an [`IPRoute`](crate::IPRoute) lives: pyroute2's `netns=` argument.
#[derive(Debug)]
pub enum NetnsRef {
    /// A named namespace, `/run/netns/NAME`.
    Name(String),
    /// A namespace file such as `/proc/PID/ns/net`.
    Path(PathBuf),
    /// An open namespace file.
    Fd(OwnedFd),
}

impl NetnsRef {
    /// The name, path, or `fd N`, for display.
    pub fn label(&self) -> String {
        match self {
            NetnsRef::Name(name) => name.clone(),
            NetnsRef::Path(path) => path.display().to_string(),
            NetnsRef::Fd(fd) => format!("fd {}", fd.as_raw_fd()),
        }
    }
}

/// The send buffer: requests built into it, reused from one request to the
/// next. Its memory is zeroed once, when it grows, not before every request
/// (the builder writes every byte it sends). Dereferences to the requests
/// last built.
#[derive(Debug, Default)]
pub(crate) struct SendBuf {
    buf: Vec<u8>,
    len: usize,
}

impl SendBuf {
    /// Builds `requests` with sequence numbers from `first_seq`, growing the
    /// buffer as needed; returns the last sequence number used.
    pub(crate) fn build(&mut self, first_seq: u32, requests: &[&dyn Request]) -> Result<u32> {
        self.len = 0;
        self.buf.resize(self.buf.len().max(4096), 0);
        loop {
            let mut b = Builder::new(&mut self.buf);
            let pushed =
                (0..).zip(requests).try_for_each(|(i, r)| b.push(*r, first_seq.wrapping_add(i)).map(drop));
            match pushed {
                Ok(()) => {
                    self.len = b.len();
                    return Ok(first_seq.wrapping_add(requests.len() as u32).wrapping_sub(1));
                }
                Err(nlwire::Error::BufferTooSmall { needed, .. }) => {
                    self.buf = vec![0; needed.max(2 * self.buf.len())];
                }
                Err(e) => return Err(Error::Invalid(e)),
            }
        }
    }

    /// Forgets the requests built (the memory is kept).
    #[cfg(any(feature = "tokio", test))]
    pub(crate) fn clear(&mut self) {
        self.len = 0;
    }
}

impl std::ops::Deref for SendBuf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// A socket of `protocol` in `netns`, or in the caller's namespace.
pub(crate) fn open_socket_of(protocol: Protocol, netns: Option<&NetnsRef>) -> Result<Socket> {
    match netns {
        None => Ok(Socket::open(protocol)?),
        Some(netns) => netns.with(|ns| Ok(Socket::open_in_netns(ns, protocol, &Options::new())?)),
    }
}

impl NetnsRef {
    /// Runs `f` with the namespace as the socket layer names it.
    pub(crate) fn with<T>(&self, f: impl FnOnce(Netns<'_>) -> Result<T>) -> Result<T> {
        match self {
            NetnsRef::Name(name) => f(Netns::Name(name)),
            NetnsRef::Path(path) => {
                let c = CString::new(path.as_os_str().as_encoded_bytes())
                    .map_err(|_| Error::invalid("namespace path contains a NUL byte"))?;
                f(Netns::Path(&c))
            }
            NetnsRef::Fd(fd) => f(Netns::Fd(fd.as_fd())),
        }
    }
}

from_impls! { NetnsRef:
    &str => |name| NetnsRef::Name(name.to_owned());
    String => |name| NetnsRef::Name(name);
    &Path => |path| NetnsRef::Path(path.to_owned());
    OwnedFd => |fd| NetnsRef::Fd(fd);
}

/// What [`IPRoute::status`](crate::IPRoute::status) reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The namespace the socket lives in (`None`: the caller's).
    pub netns: Option<String>,
    /// The socket's port id.
    pub port_id: u32,
    /// Extended ACKs are on.
    pub ext_ack: bool,
    /// Strict checking of dump requests is on.
    pub strict_check: bool,
}

impl Status {
    /// The status of `sock`, opened in `netns`.
    pub(crate) fn of(sock: &Socket, netns: Option<&NetnsRef>) -> Self {
        Status {
            netns: netns.map(NetnsRef::label),
            port_id: sock.port_id(),
            ext_ack: sock.ext_ack(),
            strict_check: sock.strict_check(),
        }
    }
}

#[cfg(test)]
mod tests {
    use nlwire::build::{Header, MessageWriter};
    use nlwire::{msg_type, Messages, MsgFlags};

    use super::*;

    /// A GETLINK request whose IFLA_IFNAME is `name`.
    struct Named(String);
    impl Request for Named {
        fn header(&self, seq: u32) -> Header {
            Header::new(msg_type::RTM_GETLINK, MsgFlags::REQUEST, seq)
        }
        fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
            m.family_header(&[0u8; 16])?;
            m.str(3, &self.0)
        }
    }

    #[test]
    fn the_send_buffer_holds_only_the_requests_last_built() {
        let mut send = SendBuf::default();
        let big = Named("x".repeat(6000));
        assert_eq!(send.build(7, &[&big]).unwrap(), 7);
        assert_eq!(send.len(), 16 + 16 + 4 + 6004, "grown past its first 4 KiB");
        let small = Named("lo".into());
        assert_eq!(send.build(8, &[&small, &small]).unwrap(), 9);
        let msgs: Vec<_> = Messages::new(&send).map(|m| m.unwrap()).collect();
        assert_eq!(msgs.iter().map(|m| m.seq()).collect::<Vec<_>>(), [8, 9]);
        assert_eq!(send.len(), 2 * (16 + 16 + 8), "nothing of the longer request before");
        send.clear();
        assert!(send.is_empty());
        let bad = Named("nul\0".into());
        assert!(matches!(send.build(10, &[&bad]), Err(Error::Invalid(nlwire::Error::InvalidValue { .. }))));
        assert!(send.is_empty(), "a refused request leaves nothing to send");
    }

    #[test]
    fn a_batch_goes_128_requests_a_datagram_and_its_refusals_make_one_error() {
        let mut send = SendBuf::default();
        let lo = Named("lo".into());
        send.build(1, &vec![&lo as &dyn Request; 300]).unwrap();
        let mut datagrams = Vec::new();
        let outcome = crate::iproute::run_ready(send_batch(&send, |base, bytes, count| {
            let seqs: Vec<u32> = Messages::new(bytes).map(|m| m.unwrap().seq()).collect();
            datagrams.push((base, count, seqs.first().copied(), seqs.len()));
            // The second datagram's request 5 is refused, with one more; the
            // third datagram's request 5 too, with two more.
            let failures = match base {
                128 => 2,
                256 => 3,
                _ => return std::future::ready(Ok(())),
            };
            let index = Some(5);
            std::future::ready(Err(Error::Kernel { errno: 17, message: None, offset: None, index, failures }))
        }));
        assert_eq!(datagrams, [(0, 128, Some(1), 128), (128, 128, Some(129), 128), (256, 44, Some(257), 44)]);
        let first = Error::Kernel { errno: 17, message: None, offset: None, index: Some(133), failures: 5 };
        assert_eq!(outcome, Err(first), "request 128 + 5 of the batch first; 2 + 3 refused");
    }
}
