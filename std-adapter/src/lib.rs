//! # nlwire-std: pyroute2's IPRoute for Rust
//!
//! A blocking [`IPRoute`] (and, with the default `tokio` feature, an
//! `AsyncIPRoute` whose requests may overlap on one socket) over the allocation-free `nlwire` core and the
//! `nlwire-rustix` socket: every verb's `dump()` is lazy, a lending
//! iterator over one receive buffer ([`Dump`]: zero copies, zero
//! allocations per message), turned into owned messages
//! ([`OwnedMessage`], one allocation each) by `collect_owned()` for callers
//! who keep them; every message answers pyroute2's `get("ifname")`,
//! `get_path(&["stats64", "rx_bytes"])`.
//!
//! ```no_run
//! use nlwire_std::IPRoute;
//! let mut ipr = IPRoute::new()?;
//! ipr.link().add("test0").veth("test1").mtu(9000).send()?;
//! let idx = ipr.link_lookup("test0")?;
//! ipr.addr().add(idx[0], "192.0.2.1".parse().unwrap(), 24).send()?;
//! let mut links = ipr.link().dump()?;
//! while let Some(link) = links.next()? {
//!     println!("{:?} {:?}", link.get("ifname")?, link.get_path(&["stats64", "rx_bytes"])?);
//! }
//! # Ok::<(), nlwire_std::Error>(())
//! ```
//!
//! # pyroute2 parity
//!
//! Every pyroute2 verb and its nlwire-std call, each with the tests that
//! back it, is in the table *pyroute2 parity* of the README.
//!
//! `AsyncIPRoute` (feature `tokio`, on by default) has the same verbs, each
//! `send()`, `ensure()`, `get()`, `dump()` awaited:
//! `ipr.link().add("v0").veth("v1").send().await`. Each verb is written once,
//! over the [`Session`] trait that both sessions implement; `AddrRequest`
//! and `RuleRequest` also give the request they send (`.request()`), to
//! send several together with `batch`. It takes `&self`: requests
//! from several tasks or a `join!` are in flight together on one socket and
//! matched to their callers by sequence number, with no background task.
//! Its dumps are read with `next().await` (borrowed, zero copies, zero
//! allocations per message), as a `futures::Stream` of owned messages
//! (`dump(..).await?.owned()`), or kept (`collect_owned().await`); `AsyncMonitor` gives events the same two
//! ways. Dumps on one session take turns (the kernel refuses a second one
//! with `EBUSY`); at most 128 requests wait unanswered at once, so answers
//! never overflow the socket's buffer.
//!
//! What nlwire adds: dumps interrupted by concurrent changes are reported
//! ([`Error::Interrupted`]) and retried on request ([`IPRoute::dump_owned`]);
//! lost events are an [`Event::Overrun`] value; strict checking and extended
//! ACKs are on by default ([`IPRoute::status`]); batches say which request
//! failed ([`IPRoute::batch`]), and are sent 128 requests per datagram so
//! that no answer is lost however long the batch.
#![deny(missing_docs)]

mod addr;
#[cfg(feature = "tokio")]
mod async_dump;
#[cfg(feature = "tokio")]
mod async_fd;
#[cfg(feature = "tokio")]
mod async_genl;
#[cfg(feature = "tokio")]
mod async_monitor;
#[cfg(feature = "tokio")]
mod async_pending;
#[cfg(feature = "tokio")]
mod asyncio;
mod brport;
mod builder;
mod dev;
mod ensure;
mod error;
pub mod ethtool;
pub mod genl;
mod handles;
mod iproute;
mod kind_data;
pub mod kinds;
mod link;
mod link_request;
mod mdb;
pub mod monitor;
pub mod mptcp;
mod neigh;
pub mod netdev;
mod netns;
mod nexthop;
pub mod nl80211;
mod nsid;
mod owned;
mod route;
mod rule;
mod session;
mod socket;
mod tc;
mod tuntap;
mod view_dump;
pub mod wireguard;
mod xfrm;

pub use addr::AddrRequest;
#[cfg(feature = "tokio")]
pub use async_dump::{AsyncDump, OwnedDump};
#[cfg(feature = "tokio")]
pub use async_genl::{AsyncGenl, AsyncGenlEvents};
#[cfg(feature = "tokio")]
pub use async_monitor::AsyncMonitor;
#[cfg(feature = "tokio")]
pub use asyncio::AsyncIPRoute;
pub use brport::{BrportSet, VlanRequest};
pub use dev::Dev;
pub use error::{Error, Result};
pub use ethtool::{
    Ethtool, FeatureChange, FeatureState, FeaturesChanged, LinkModesState, StatsGroup, StringSet,
};
pub use genl::{Genl, GenlEvents, GenlSession};
pub use handles::{
    AddrHandle, BrportHandle, ClassHandle, FdbHandle, FilterHandle, LinkHandle, MdbHandle, NeighHandle,
    NexthopHandle, NsidHandle, QdiscHandle, RouteHandle, RuleHandle, TuntapHandle, VlanHandle,
};
pub use iproute::{Dump, IPRoute};
pub use kind_data::{DevOption, KindData, KindValue, Setting};
pub use link::{LinkAdd, LinkBuilder, LinkSet};
pub use link_request::LinkRequest;
pub use mdb::{MdbGet, MdbRequest};
pub use monitor::{Event, Group, Monitor, OwnedEvent};
pub use neigh::{FdbRequest, NeighRequest};
pub use netns::NetNS;
pub use nexthop::NexthopBuilder;
pub use nsid::NsPeer;
pub use owned::OwnedMessage;
pub use route::{RouteBuilder, RouteGetBuilder};
pub use rule::RuleRequest;
pub use session::{Keep, Session};
pub use socket::{NetnsRef, Status};
pub use tc::{ClassBuilder, FilterBuilder, QdiscBuilder};
pub use tuntap::{TunMode, TuntapAdd};
pub use view_dump::{View, ViewDump};
pub use wireguard::{WgDevice, WgPeer, Wireguard};
pub use xfrm::{Xfrm, XfrmEvents};
