//! # nlwire-std: pyroute2's IPRoute for Rust
//!
//! A blocking [`IPRoute`] over the allocation-free `nlwire` core and the
//! `nlwire-rustix` socket: dumps are lending iterators over one receive
//! buffer, or owned messages ([`OwnedMessage`], one allocation each) for
//! callers who keep them; every message answers pyroute2's `get("ifname")`,
//! `get_path(&["stats64", "rx_bytes"])`.
#![deny(missing_docs)]

mod addr;
mod error;
mod iproute;
mod link;
pub mod monitor;
mod owned;

pub use addr::{AddrHandle, AddrRequest};
pub use error::{Error, Result};
pub use iproute::{Dump, IPRoute, NetnsRef, Status};
pub use link::{Dev, LinkAdd, LinkHandle, LinkSet};
pub use monitor::{Event, Group, Monitor};
pub use owned::OwnedMessage;
