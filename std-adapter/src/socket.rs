//! A session's socket: where it lives ([`NetnsRef`]), how it is opened, and
//! how requests are built and cut into datagrams for it. Shared by
//! [`IPRoute`](crate::IPRoute), `AsyncIPRoute`, the monitors and the
//! generic netlink handles.

use std::ffi::CString;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

use nlwire::build::{Builder, Request};
use nlwire_rustix::{Netns, Options, Protocol, Socket};

use crate::error::{Error, Result};

/// Receive buffer size: larger than any datagram the kernel builds.
pub(crate) const RECV_BUF: usize = 64 * 1024;

/// Requests per datagram in a batch. The kernel answers a whole datagram
/// before the caller reads anything; more answers than this could overflow
/// the socket's default receive buffer (212 KiB) and be lost.
pub(crate) const BATCH_DATAGRAM: usize = 128;

/// Cuts built requests into datagrams of at most [`BATCH_DATAGRAM`]
/// requests: (index of the first request, bytes, number of requests).
pub(crate) fn batch_datagrams(built: &[u8]) -> Vec<(u32, &[u8], u32)> {
    let starts: Vec<usize> = nlwire::Messages::new(built)
        .step_by(BATCH_DATAGRAM)
        .filter_map(|m| m.ok())
        .map(|m| m.offset())
        .collect();
    let total = nlwire::Messages::new(built).count();
    starts
        .iter()
        .enumerate()
        .map(|(i, &start)| {
            let end = starts.get(i + 1).copied().unwrap_or(built.len());
            let first = i * BATCH_DATAGRAM;
            let count = (total - first).min(BATCH_DATAGRAM);
            (first as u32, built.get(start..end).unwrap_or(&[]), count as u32)
        })
        .collect()
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

/// Builds `requests` into `send` with sequence numbers from `first_seq`,
/// growing the buffer as needed; returns the last sequence number used.
pub(crate) fn build_requests(send: &mut Vec<u8>, first_seq: u32, requests: &[&dyn Request]) -> Result<u32> {
    loop {
        let capacity = send.capacity().max(4096);
        send.resize(capacity, 0);
        let mut b = Builder::new(send);
        let mut outcome = Ok(());
        for (i, r) in requests.iter().enumerate() {
            if let Err(e) = b.push(*r, first_seq.wrapping_add(i as u32)) {
                outcome = Err(e);
                break;
            }
        }
        let len = b.len();
        match outcome {
            Ok(()) => {
                send.truncate(len);
                return Ok(first_seq.wrapping_add(requests.len() as u32).wrapping_sub(1));
            }
            Err(nlwire::Error::BufferTooSmall { needed, .. }) => {
                *send = Vec::with_capacity(needed.max(2 * capacity));
            }
            Err(e) => return Err(Error::Invalid(e)),
        }
    }
}

/// A NETLINK_ROUTE socket in `netns`, or in the caller's namespace.
pub(crate) fn open_socket(netns: Option<&NetnsRef>) -> Result<Socket> {
    open_socket_of(Protocol::Route, netns)
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
                let c = CString::new(path.as_os_str().as_encoded_bytes()).map_err(|_| {
                    Error::Invalid(nlwire::Error::InvalidValue { what: "namespace path contains a NUL byte" })
                })?;
                f(Netns::Path(&c))
            }
            NetnsRef::Fd(fd) => f(Netns::Fd(fd.as_fd())),
        }
    }
}

impl From<&str> for NetnsRef {
    fn from(name: &str) -> Self {
        NetnsRef::Name(name.to_owned())
    }
}
impl From<String> for NetnsRef {
    fn from(name: String) -> Self {
        NetnsRef::Name(name)
    }
}
impl From<&Path> for NetnsRef {
    fn from(path: &Path) -> Self {
        NetnsRef::Path(path.to_owned())
    }
}
impl From<OwnedFd> for NetnsRef {
    fn from(fd: OwnedFd) -> Self {
        NetnsRef::Fd(fd)
    }
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
