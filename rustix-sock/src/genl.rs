//! Generic netlink on a [`Socket`]: family and multicast group names
//! resolved through the controller (`nlctrl`), each family asked once per
//! socket and kept in a fixed-capacity table, so nothing allocates.
//!
//! ```no_run
//! use nlwire_rustix::genl::Families;
//! use nlwire_rustix::{Protocol, Socket};
//!
//! let sock = Socket::open(Protocol::Generic)?;
//! let mut buf = [0u8; 8192];
//! let mut families = Families::<4>::new();
//! let ethtool = families.resolve(&sock, &mut buf, "ethtool")?.id();
//! families.join(&sock, &mut buf, "ethtool", "monitor")?; // ETHTOOL_MCGRP_MONITOR
//! # let _ = ethtool;
//! # Ok::<(), nlwire_rustix::RequestError>(())
//! ```

// `RequestError` carries the kernel's text inline (see `request.rs`).
#![allow(clippy::result_large_err)]

use heapless::{String, Vec};
use nlwire::build::Builder;
use nlwire::genl::{Family, GetFamily, FAMILY_NAME_MAX};

use crate::request::{RequestError, RequestResult};
use crate::socket::Socket;

/// How many multicast groups of one family are kept (nl80211 has 7, the most
/// of any family today).
pub const MAX_GROUPS: usize = 16;
/// Longest multicast group name kept (`GENL_NAMSIZ` - 1).
pub const GROUP_NAME_MAX: usize = 15;

/// A family as the controller described it: its id and multicast groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedFamily {
    name: String<FAMILY_NAME_MAX>,
    id: u16,
    version: u32,
    groups: Vec<(String<GROUP_NAME_MAX>, u32), MAX_GROUPS>,
}

impl ResolvedFamily {
    /// Copies what a controller answer says of its family.
    pub fn from_answer(family: &Family<'_>) -> RequestResult<Self> {
        let id = family.id()?;
        let name =
            String::try_from(family.name()?).map_err(|_| RequestError::TooLarge { what: "family name" })?;
        let mut groups = Vec::new();
        for group in family.groups() {
            let (n, gid) = group?;
            let n = String::try_from(n).map_err(|_| RequestError::TooLarge { what: "group name" })?;
            groups.push((n, gid)).map_err(|_| RequestError::TooLarge { what: "groups of one family" })?;
        }
        Ok(ResolvedFamily { name, id, version: family.version()?.unwrap_or(0), groups })
    }
    /// The family's name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The message type of the family's messages.
    pub fn id(&self) -> u16 {
        self.id
    }
    /// The family's interface version (to put in `genlmsghdr.version`).
    pub fn version(&self) -> u32 {
        self.version
    }
    /// The id of the multicast group named `name`.
    pub fn group(&self, name: &str) -> Option<u32> {
        self.groups.iter().find(|(n, _)| n == name).map(|(_, id)| *id)
    }
    /// The multicast groups, as (name, id).
    pub fn groups(&self) -> impl Iterator<Item = (&str, u32)> {
        self.groups.iter().map(|(n, id)| (n.as_str(), *id))
    }
}

/// Up to `N` families resolved on one socket.
#[derive(Debug, Clone, Default)]
pub struct Families<const N: usize> {
    known: Vec<ResolvedFamily, N>,
    seq: u32,
}

impl<const N: usize> Families<N> {
    /// An empty table.
    pub const fn new() -> Self {
        Families { known: Vec::new(), seq: 0 }
    }

    /// The family named `name`: from the table, or asked of the kernel
    /// (one `CTRL_CMD_GETFAMILY`) and kept. A family the kernel does not
    /// have is the kernel's `ENOENT`; a full table is
    /// [`RequestError::TooLarge`] and leaves the table as it was.
    pub fn resolve(&mut self, sock: &Socket, buf: &mut [u8], name: &str) -> RequestResult<&ResolvedFamily> {
        let at = match self.known.iter().position(|f| f.name == name) {
            Some(at) => at,
            None => {
                if self.known.is_full() {
                    return Err(RequestError::TooLarge { what: "table of resolved families" });
                }
                self.seq = self.seq.wrapping_add(1);
                let family = ask(sock, buf, name, self.seq)?;
                self.known
                    .push(family)
                    .map_err(|_| RequestError::TooLarge { what: "table of resolved families" })?;
                self.known.len() - 1
            }
        };
        self.known.get(at).ok_or(RequestError::TooLarge { what: "table of resolved families" })
    }

    /// Joins the multicast group `group` of `family` on `sock`, resolving the
    /// family first if needed; returns the group's id. A group the family
    /// does not have is [`RequestError::NotFound`].
    pub fn join(&mut self, sock: &Socket, buf: &mut [u8], family: &str, group: &str) -> RequestResult<u32> {
        let id = self
            .resolve(sock, buf, family)?
            .group(group)
            .ok_or(RequestError::NotFound { what: "multicast group" })?;
        sock.add_membership(id)?;
        Ok(id)
    }
}

/// Asks the controller about `name`.
fn ask(sock: &Socket, buf: &mut [u8], name: &str, seq: u32) -> RequestResult<ResolvedFamily> {
    let mut req = [0u8; 64];
    let mut b = Builder::new(&mut req);
    b.push(&GetFamily::new(name), seq)?;
    let mut found: Option<RequestResult<ResolvedFamily>> = None;
    sock.request(b.as_bytes(), buf, |msg| {
        if found.is_none() {
            found = Some(
                Family::parse(msg).map_err(RequestError::from).and_then(|f| ResolvedFamily::from_answer(&f)),
            );
        }
    })?;
    found.unwrap_or(Err(RequestError::NotFound { what: "generic netlink family" }))
}
