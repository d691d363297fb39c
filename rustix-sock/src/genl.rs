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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_ns::TestNs;
    use crate::Protocol;

    /// What `genl ctrl get name NAME` (iproute2) says of a family: id,
    /// version and multicast groups (name, id).
    fn genl_says(ns: &TestNs, name: &str) -> (u16, u32, std::vec::Vec<(std::string::String, u32)>) {
        let out = std::process::Command::new("ip")
            .args(["netns", "exec", &ns.name, "genl", "ctrl", "get", "name", name])
            .output()
            .expect("run genl");
        assert!(out.status.success(), "genl: {}", std::string::String::from_utf8_lossy(&out.stderr));
        let text = std::string::String::from_utf8_lossy(&out.stdout).into_owned();
        let hex_after = |line: &str, key: &str| {
            let rest = &line[line.find(key).expect(key) + key.len()..];
            let digits = rest.trim_start().trim_start_matches("0x");
            u32::from_str_radix(digits.split_whitespace().next().unwrap(), 16).unwrap()
        };
        let head = text.lines().find(|l| l.contains("Version:")).expect("an ID line");
        let groups = text
            .lines()
            .filter(|l| l.contains("name:") && l.contains("ID-"))
            .map(|l| (l.split("name:").nth(1).unwrap().trim().to_string(), hex_after(l, "ID-")))
            .collect();
        (hex_after(head, "ID:") as u16, hex_after(head, "Version:"), groups)
    }

    fn as_genl_says(family: &ResolvedFamily) -> (u16, u32, std::vec::Vec<(std::string::String, u32)>) {
        (family.id(), family.version(), family.groups().map(|(n, id)| (n.to_string(), id)).collect())
    }

    #[test]
    fn families_read_as_genl_shows_them_and_are_asked_once() {
        let Some(ns) = TestNs::for_test("families_read_as_genl_shows_them_and_are_asked_once") else {
            return;
        };
        let sock = ns.socket_with(Protocol::Generic, &crate::Options::new());
        let mut buf = [0u8; 8192];
        let mut families = Families::<2>::new();
        // nlctrl (version 2, one group) and mptcp_pm (two groups).
        for name in ["nlctrl", "mptcp_pm"] {
            let family = families.resolve(&sock, &mut buf, name).unwrap();
            assert_eq!(family.name(), name);
            let said = genl_says(&ns, name);
            assert_eq!(as_genl_says(family), said, "{name}");
            for (group, id) in &said.2 {
                assert_eq!(family.group(group), Some(*id), "{name} {group}");
            }
            assert_eq!(family.group("no-such-group"), None);
        }
        // Both are kept: asked again, they come from the table, which is full.
        for name in ["mptcp_pm", "nlctrl"] {
            assert_eq!(families.resolve(&sock, &mut buf, name).unwrap().name(), name);
        }
        let full = families.resolve(&sock, &mut buf, "ethtool");
        assert_eq!(full.err(), Some(RequestError::TooLarge { what: "table of resolved families" }));
        assert_eq!(
            families.resolve(&sock, &mut buf, "nlctrl").unwrap().name(),
            "nlctrl",
            "nothing was dropped"
        );
    }

    #[test]
    fn joining_a_group_subscribes_the_socket_to_its_id() {
        let Some(ns) = TestNs::for_test("joining_a_group_subscribes_the_socket_to_its_id") else { return };
        let sock = ns.socket_with(Protocol::Generic, &crate::Options::new());
        let mut buf = [0u8; 8192];
        let mut families = Families::<4>::new();
        let said = genl_says(&ns, "mptcp_pm");
        let events = said.2.iter().find(|(n, _)| n == "mptcp_pm_events").expect("the events group").1;
        assert_eq!(families.join(&sock, &mut buf, "mptcp_pm", "mptcp_pm_events"), Ok(events));
        let mut joined = [0u32; 4];
        sock.memberships(&mut joined).unwrap();
        let (word, bit) = ((events - 1) / 32, (events - 1) % 32);
        assert_eq!(
            joined[word as usize] & (1 << bit),
            1 << bit,
            "the socket is in group {events}: {joined:?}"
        );
        assert_eq!(
            families.join(&sock, &mut buf, "mptcp_pm", "no-such-group"),
            Err(RequestError::NotFound { what: "multicast group" })
        );
        let Err(RequestError::Kernel(e)) = families.resolve(&sock, &mut buf, "no-such-family") else {
            panic!("a family the kernel does not have is its error");
        };
        assert_eq!(e.errno, crate::Errno::NOENT);
    }
}
