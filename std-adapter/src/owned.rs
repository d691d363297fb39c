//! Owned messages, for callers who keep dump results: one allocation per
//! message, the same accessors as the borrowed views.

use std::fmt;

use nlwire::spec::Value;
use nlwire::Message;

use crate::error::{Error, Result};

/// A netlink message copied out of the receive buffer.
///
/// ```
/// # use nlwire_std::OwnedMessage;
/// use nlwire::addr::{Add, AddrEntry};
/// let mut buf = [0u8; 128];
/// let mut b = nlwire::build::Builder::new(&mut buf);
/// b.push(&Add(AddrEntry::new(1, "127.0.0.1".parse()?, 8).with_label("lo")), 1)?;
/// let msg = nlwire::Messages::new(b.as_bytes()).next().unwrap()?;
/// let owned = OwnedMessage::new(&msg);
/// assert_eq!(owned.get("label")?.unwrap(), nlwire::spec::Value::Str("lo"));
/// println!("{owned}"); // every attribute, by name
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct OwnedMessage {
    bytes: Box<[u8]>,
}

impl OwnedMessage {
    /// Copies `msg` (one allocation).
    pub fn new(msg: &Message<'_>) -> Self {
        OwnedMessage { bytes: msg.bytes().into() }
    }
    /// The one reply of a GET, from the replies before its ACK.
    pub(crate) fn only_reply(replies: Vec<OwnedMessage>) -> Result<OwnedMessage> {
        replies.into_iter().next().ok_or_else(|| Error::NotFound("reply".into()))
    }
    /// The message, borrowed.
    pub fn message(&self) -> Message<'_> {
        // The bytes were a whole parsed message when copied.
        Message::parse(&self.bytes)
            .unwrap_or_else(|_| unreachable!("an owned message holds a parsed message"))
    }
    /// The raw bytes, header included.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
    /// pyroute2's `msg.get(name)`: an attribute by kernel or short name, or
    /// a header field. An attribute the message lacks is `Ok(None)`; a name
    /// that no attribute or field of the message has is
    /// [`Error::UnknownName`], the caller's mistake.
    ///
    /// ```
    /// # use nlwire_std::{Error, OwnedMessage};
    /// use nlwire::build::{Builder, Header};
    /// use nlwire::{link::ifla, msg_type, MsgFlags};
    /// let mut buf = [0u8; 64];
    /// let mut b = Builder::new(&mut buf);
    /// b.message(Header::new(msg_type::RTM_NEWLINK, MsgFlags::MULTI, 1), |m| {
    ///     m.family_header(&nlwire::link::IfInfoMsg::default())?;
    ///     m.str(ifla::IFNAME, "lo")
    /// })?;
    /// let lo = OwnedMessage::new(&nlwire::Messages::new(b.as_bytes()).next().unwrap()?);
    /// assert!(lo.get("ifname")?.unwrap() == "lo");
    /// assert_eq!(lo.get("ifalias")?, None);
    /// assert!(matches!(lo.get("prefixlen"), Err(Error::UnknownName(name)) if name == "prefixlen"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn get(&self, name: &str) -> Result<Option<Value<'_>>> {
        self.message().get(name).map_err(|e| named(e, name))
    }
    /// [`get`](OwnedMessage::get) for a message of another protocol, such as
    /// a generic netlink family (see [`crate::genl::decoder`]).
    pub fn get_in(&self, protocol: nlwire::registry::Protocol, name: &str) -> Result<Option<Value<'_>>> {
        self.message().get_in(protocol, name).map_err(|e| named(e, name))
    }
    /// pyroute2's `msg.get_nested(...)`: a path through nests and structs.
    /// Absent on the way is `Ok(None)`; a name not known where it is looked
    /// up is [`Error::UnknownName`] with the path.
    pub fn get_path(&self, path: &[&str]) -> Result<Option<Value<'_>>> {
        self.message().get_path(path).map_err(|e| named(e, &path.join("/")))
    }
    /// [`get_path`](OwnedMessage::get_path) for a message of another protocol.
    pub fn get_path_in(
        &self,
        protocol: nlwire::registry::Protocol,
        path: &[&str],
    ) -> Result<Option<Value<'_>>> {
        self.message().get_path_in(protocol, path).map_err(|e| named(e, &path.join("/")))
    }
    /// Every attribute named `name`, in order.
    pub fn get_all(&self, name: &str) -> Result<Vec<Value<'_>>> {
        let values = self.message().get_all(name).map_err(|e| named(e, name))?;
        Ok(values.collect::<nlwire::Result<Vec<_>>>()?)
    }
}

/// A core error of a lookup by `name`: an unknown name is the caller's
/// (and says which), anything else a malformed message.
fn named(e: nlwire::Error, name: &str) -> Error {
    match e {
        nlwire::Error::UnknownName => Error::UnknownName(name.to_owned()),
        e => Error::Malformed(e),
    }
}

impl fmt::Display for OwnedMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::new();
        let written = nlwire::fmt::write_text(&self.message(), &mut text);
        f.write_str(&text)?;
        written.or_else(|e| write!(f, " <{e}>"))
    }
}

impl fmt::Debug for OwnedMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
