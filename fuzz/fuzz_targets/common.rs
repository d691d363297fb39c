//! Shared by the family targets: wrap fuzz input as the payload of one
//! message of a chosen type, so every input reaches the family's parser.

use nlwire::build::{Builder, Header};
use nlwire::MsgFlags;

/// The bytes of one netlink message of type `kind` around `payload`.
pub fn message(kind: u16, payload: &[u8]) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; payload.len() + 32];
    let mut b = Builder::new(&mut buf);
    let len = b.message(Header::new(kind, MsgFlags::MULTI, 1), |m| m.raw(payload)).ok()?;
    buf.truncate(len);
    Some(buf)
}
