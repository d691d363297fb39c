//! `Genl`: a blocking generic netlink session (ethtool, netdev, MPTCP,
//! WireGuard, nl80211, ...), families resolved by name once per session.

use nlwire::build::Request;
use nlwire::genl::{Command, To};
use nlwire::registry::{generic_family, Protocol as Decode};
use nlwire::{Message, Messages};
use nlwire_rustix::genl::{Families, ResolvedFamily};
use nlwire_rustix::{Protocol, Socket};
use std::time::Duration;

use crate::error::{Error, Result};
use crate::owned::OwnedMessage;
use crate::socket::{open_socket_of, NetnsRef, SendBuf};

/// Receive buffer size: larger than any datagram the kernel builds.
const RECV_BUF: usize = 64 * 1024;
/// Families one session resolves (each once).
const FAMILIES: usize = 16;

/// A blocking generic netlink session: one `NETLINK_GENERIC` socket, the
/// families it has resolved, requests numbered in sequence.
///
/// ```no_run
/// use nlwire_std::Genl;
/// let mut genl = Genl::new()?;
/// let ethtool = genl.family("ethtool")?;
/// println!("ethtool is family {} (groups {:?})", ethtool.id(), ethtool.groups().collect::<Vec<_>>());
/// # Ok::<(), nlwire_std::Error>(())
/// ```
pub struct Genl {
    sock: Socket,
    families: Families<FAMILIES>,
    recv: Vec<u8>,
    send: SendBuf,
    seq: u32,
}

impl Genl {
    /// A session in the caller's network namespace.
    pub fn new() -> Result<Self> {
        Self::open(None)
    }

    /// A session in another namespace (never created implicitly).
    pub fn in_netns(netns: impl Into<NetnsRef>) -> Result<Self> {
        Self::open(Some(netns.into()))
    }

    fn open(netns: Option<NetnsRef>) -> Result<Self> {
        let sock = open_socket_of(Protocol::Generic, netns.as_ref())?;
        Ok(Genl {
            sock,
            families: Families::new(),
            recv: vec![0; RECV_BUF],
            send: SendBuf::default(),
            seq: 0,
        })
    }

    /// The family named `name` (asked of the kernel the first time only).
    pub fn family(&mut self, name: &str) -> Result<&ResolvedFamily> {
        Ok(self.families.resolve(&self.sock, &mut self.recv, name)?)
    }

    /// Joins the multicast group `group` of `family` (events arrive on
    /// [`socket`](Genl::socket)).
    pub fn join(&mut self, family: &str, group: &str) -> Result<u32> {
        Ok(self.families.join(&self.sock, &mut self.recv, family, group)?)
    }

    /// Waits at most `timeout` (`None`: forever) for a datagram of the
    /// groups joined ([`join`](Genl::join)) and calls `each` with each of
    /// its messages. Returns whether one arrived.
    pub fn recv_events(
        &mut self,
        timeout: Option<Duration>,
        mut each: impl FnMut(&Message<'_>) -> Result<()>,
    ) -> Result<bool> {
        if !self.sock.wait_readable(timeout)? {
            return Ok(false);
        }
        let got = self.sock.recv(&mut self.recv)?;
        for msg in Messages::new(self.recv.get(..got.len).unwrap_or_default()) {
            each(&msg?)?;
        }
        Ok(true)
    }

    /// The underlying socket.
    pub fn socket(&self) -> &Socket {
        &self.sock
    }

    fn build(&mut self, family: &str, command: &impl Command) -> Result<()> {
        let id = self.family(family)?.id();
        let request: &dyn Request = &To { family: id, command };
        self.seq = self.send.build(self.seq.wrapping_add(1), &[request])?;
        Ok(())
    }

    /// Sends `command` to `family` with NLM_F_ACK and returns the replies
    /// before the ACK.
    pub fn request(&mut self, family: &str, command: &impl Command) -> Result<Vec<OwnedMessage>> {
        self.build(family, command)?;
        let mut replies = Vec::new();
        self.sock.request(&self.send, &mut self.recv, |msg| replies.push(OwnedMessage::new(msg)))?;
        Ok(replies)
    }

    /// Sends a dump `command` to `family` and calls `each` with every reply,
    /// borrowed (no allocation per message).
    pub fn dump_each(
        &mut self,
        family: &str,
        command: &impl Command,
        mut each: impl FnMut(&Message<'_>) -> Result<()>,
    ) -> Result<()> {
        self.build(family, command)?;
        let mut dump = self.sock.dump(&self.send, &mut self.recv)?;
        while let Some(msg) = dump.next()? {
            each(&msg)?;
        }
        Ok(())
    }

    /// A dump whose replies are kept (one allocation per message).
    pub fn dump(&mut self, family: &str, command: &impl Command) -> Result<Vec<OwnedMessage>> {
        let mut out = Vec::new();
        self.dump_each(family, command, |msg| {
            out.push(OwnedMessage::new(msg));
            Ok(())
        })?;
        Ok(out)
    }
}

/// How the core's tables decode the messages of `family`, for
/// [`OwnedMessage::get_in`] and `nlwire::fmt::write_json_in`.
pub fn decoder(family: &str) -> Result<Decode> {
    generic_family(family).map(Decode::Generic).ok_or_else(|| Error::NotFound(format!("tables of {family}")))
}
