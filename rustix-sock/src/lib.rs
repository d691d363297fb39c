//! # nlwire-rustix: netlink sockets and network namespaces over rustix
//!
//! A [`Socket`] for any netlink protocol, and [network namespaces](netns),
//! for the [`nlwire`] core: requests built into the caller's buffer are sent
//! with [`Socket::send`], replies received into the caller's buffer with
//! [`Socket::recv`] and parsed with [`nlwire::Messages`]. Nothing here
//! allocates; without the default `std` feature the crate is `no_std` and,
//! like rustix's `linux_raw` backend, needs no C library.
//!
//! - [`Socket`]: `SOCK_CLOEXEC`, bound to a kernel-assigned
//!   [port id](Socket::port_id), `NETLINK_EXT_ACK` and
//!   `NETLINK_GET_STRICT_CHK` on by default ([`Options`]), multicast groups
//!   of any number ([`Socket::add_membership`], [`rtnlgrp`]).
//! - Receiving is strict: a datagram larger than the buffer is
//!   [`Error::Truncated`] with the size needed (never silently cut), one not
//!   from the kernel is [`Error::NotFromKernel`], lost events (`ENOBUFS`) are
//!   [`Error::Overrun`], and the socket stays usable after each.
//! - [`genl`]: generic netlink family and multicast group names resolved
//!   once per socket, kept without allocation.
//! - [`netns`]: open a socket inside a namespace by name, path or fd
//!   ([`Socket::open_in_netns`]) without leaving the caller's thread
//!   elsewhere; create, list and delete named namespaces like `ip netns`.
//! - [`tuntap`]: create and remove tun/tap devices like `ip tuntap`.
//! - [`ethtool_ioctl`]: what `ethtool -i` and `-S` read (driver information
//!   and statistics, over the `SIOCETHTOOL` ioctl).
//! - [`multicast`]: add and remove a device's link-layer multicast
//!   addresses like `ip maddress add|del`.
//!
//! ```no_run
//! use nlwire::build::{Builder, Header};
//! use nlwire::{msg_type, Messages, MsgFlags};
//! use nlwire_rustix::{Protocol, Socket};
//!
//! let sock = Socket::open(Protocol::Route)?;
//!
//! // RTM_GETLINK dump: a header and an all-zero struct ifinfomsg.
//! let mut req = [0u8; 64];
//! let mut b = Builder::new(&mut req);
//! b.message(Header::new(msg_type::RTM_GETLINK, MsgFlags::REQUEST | MsgFlags::DUMP, 1), |m| {
//!     m.family_header(&[0u8; 16])
//! })?;
//! sock.send(b.as_bytes())?;
//!
//! let mut buf = [0u8; 32 * 1024];
//! 'dump: loop {
//!     let got = sock.recv(&mut buf)?;
//!     for msg in Messages::new(&buf[..got.len]) {
//!         let msg = msg?;
//!         if msg.kind() == msg_type::DONE || msg.kind() == msg_type::ERROR {
//!             break 'dump;
//!         }
//!         println!("message type {} seq {}", msg.kind(), msg.seq());
//!     }
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Unsafe code
//!
//! One private module (`sys`) holds the only `unsafe` code: `setsockopt` /
//! `getsockopt` at `SOL_NETLINK` level, `unshare(CLONE_NEWNET)` and the tun
//! driver's `ioctl`s, which rustix 1.x has no safe function for; its
//! documentation says how and why.
//!
//! # References
//!  - [netlink(7)](https://man7.org/linux/man-pages/man7/netlink.7.html)
//!  - [rtnetlink(7)](https://man7.org/linux/man-pages/man7/rtnetlink.7.html)
//!  - [setns(2)](https://man7.org/linux/man-pages/man2/setns.2.html)
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod datagram;
mod error;
pub mod ethtool_ioctl;
pub mod genl;
pub mod monitor;
pub mod multicast;
pub mod netns;
mod options;
pub mod request;
mod socket;
mod sockopt;
mod sys;
#[cfg(test)]
mod test_ns;
pub mod tuntap;

pub use error::{Error, Result};
pub use netns::Netns;
pub use options::Options;
pub use request::{Answers, Dump, KernelError, RequestError, RequestResult};
pub use rustix::io::Errno;
pub use socket::{Protocol, Received, Socket};
pub use sockopt::rtnlgrp;
