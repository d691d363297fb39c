//! # nlwire: Linux netlink for `no_std`
//!
//! Parses rtnetlink messages by borrowing the caller's buffer and walking
//! attribute chains lazily, and builds requests into the caller's buffer.
//! No allocation, no `unsafe`, no panics on any input.
//!
//! - [`Messages`] / [`Message`]: the messages of a datagram.
//! - [`Attrs`] / [`Attr`]: an attribute chain and length-checked accessors.
//! - One module per message family with its header, constants, typed view
//!   and attribute specs: [`link`], [`addr`], [`route`], [`neigh`], [`rule`],
//!   [`netconf`], [`tc`], [`nsid`], [`nexthop`], [`mdb`], [`addrlabel`] and [`prefix`]
//!   (no spec: their layouts written by hand); generic netlink: [`genl`],
//!   [`mptcp`], [`ethtool`], [`wireguard`], [`tcp_metrics`]; IPsec
//!   (`NETLINK_XFRM`): [`xfrm`].
//! - [`spec`]: name lookup (`msg.get("ifname")`), [`fmt`]: any message as
//!   text or JSON.
//! - [`ErrorMessage`] / [`Done`]: errors, ACKs and the extended ACK.
//! - [`build`]: the transactional builder.
//!
//! ```
//! use nlwire::addr::{Add, AddrEntry, Address};
//! use nlwire::{build::Builder, Messages};
//! let mut buf = [0u8; 128];
//! let mut b = Builder::new(&mut buf);
//! b.push(&Add(AddrEntry::new(1, "127.0.0.1".parse().unwrap(), 8).with_label("lo")), 1)?;
//! for msg in Messages::new(b.as_bytes()) {
//!     let msg = msg?;
//!     if let Ok(addr) = Address::parse(&msg) {
//!         assert_eq!(addr.label()?, Some("lo"));
//!     }
//! }
//! # Ok::<(), nlwire::Error>(())
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod ack;
pub mod attr;
pub mod build;
pub mod engine;
pub mod errno;
pub mod error;
pub mod ethtool;
pub mod fmt;
pub mod genl;
pub mod message;
pub mod registry;
pub mod spec;
pub mod tables;
pub mod wire;

pub mod addr;
pub mod addrlabel;
pub mod bridge;
pub mod ioam6;
pub mod link;
pub mod lwtunnel;
pub mod mdb;
pub mod mptcp;
pub mod neigh;
pub mod netconf;
pub mod netdev;
pub mod nexthop;
pub mod nl80211;
pub mod nsid;
pub mod prefix;
pub mod route;
pub mod rtnl;
pub mod rule;
pub mod seg6;
pub mod tc;
pub mod tcp_metrics;
pub mod wireguard;
pub mod xfrm;

#[cfg(test)]
mod test_prelude;

pub use ack::{Done, ErrorMessage, ExtAck};
pub use attr::{Attr, Attrs};
pub use error::{Error, Result};
pub use message::{msg_type, Message, Messages, MsgFlags, NlMsgHdr};
