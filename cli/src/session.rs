//! The session's requests and dumps with the cli's error. `nlwire_std::Error`
//! is 48 bytes, moved at each `?` that converts it; converted here, once,
//! each caller's `?` tests and passes on a pointer.

use nlwire::build::{Header, MessageWriter, Request};
use nlwire::{Message, MsgFlags};
use nlwire_std::{IPRoute, OwnedMessage};

use crate::Result;

/// Sends `request` and waits for the kernel's acknowledgement.
#[inline(never)]
pub fn request(ipr: &mut IPRoute, request: &dyn Request) -> Result<()> {
    ipr.request(request)?;
    Ok(())
}

/// Sends `request` and gives its one reply.
#[inline(never)]
pub fn get(ipr: &mut IPRoute, request: &dyn Request) -> Result<OwnedMessage> {
    Ok(ipr.get(request)?)
}

/// The messages of a dump, as they come; boxed, one pointer for each
/// caller's `?` to test and move (`nlwire_std::Dump` is 52 bytes).
pub struct Dump<'a>(Box<nlwire_std::Dump<'a>>);

impl Dump<'_> {
    /// The next message, borrowed until the next call; `None` at the end.
    #[allow(clippy::should_implement_trait)] // a lending iterator
    #[inline(never)]
    pub fn next(&mut self) -> Result<Option<Message<'_>>> {
        Ok(self.0.next()?)
    }
}

/// Sends `request` and streams its reply.
#[inline(never)]
pub fn dump<'a>(ipr: &'a mut IPRoute, request: &dyn Request) -> Result<Dump<'a>> {
    Ok(Dump(Box::new(ipr.dump(request)?)))
}

/// Sends `request` and keeps its whole reply, dumped again up to `retries`
/// times while the dump is interrupted by changes.
#[inline(never)]
pub fn dump_owned(ipr: &mut IPRoute, request: &dyn Request, retries: u32) -> Result<Vec<OwnedMessage>> {
    Ok(ipr.dump_owned(request, retries)?)
}

/// Dump-and-delete rounds of a flush before giving up, as ip's default.
pub const FLUSH_ROUNDS: usize = 10;

/// Deletions per datagram in a flush. Each is acknowledged, and the
/// acknowledgements of a datagram must all fit the socket's receive buffer.
const PER_DATAGRAM: usize = 128;

/// ip's flush of routes, addresses or neighbours: dumps with `dump`, sends
/// each message `picks` back as its own deletion (`kind`, with the payload
/// as dumped: what identifies the object is all there), many per datagram,
/// and dumps again until none is picked (deleting one can make the kernel
/// add or move another). `gone` is the errno of an object an earlier
/// deletion took with it, which the next round tells. `false` when some
/// were still picked after `rounds` (`-l`; [`FLUSH_ROUNDS`] by default).
pub fn flush(
    ipr: &mut IPRoute,
    rounds: usize,
    dump: &dyn Request,
    kind: u16,
    gone: i32,
    mut picks: impl FnMut(&Message<'_>) -> Result<bool>,
) -> Result<bool> {
    for _ in 0..rounds {
        let dumped = dump_owned(ipr, dump, 3)?;
        let messages: Vec<Message<'_>> = dumped.iter().map(|m| m.message()).collect();
        let mut doomed = Vec::new();
        for msg in &messages {
            if picks(msg)? {
                doomed.push(Deletion { kind, payload: msg.payload() });
            }
        }
        if doomed.is_empty() {
            return Ok(true);
        }
        for chunk in doomed.chunks(PER_DATAGRAM) {
            let requests: Vec<&dyn Request> = chunk.iter().map(|d| d as _).collect();
            match ipr.batch(&requests) {
                Ok(()) => {}
                Err(nlwire_std::Error::Kernel { errno, .. }) if errno == gone => {}
                Err(e) => return Err(e.into()),
            }
        }
    }
    Ok(false)
}

/// A dumped object sent back as its own deletion.
struct Deletion<'a> {
    kind: u16,
    payload: &'a [u8],
}

impl Request for Deletion<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::new(self.kind, MsgFlags::REQUEST | MsgFlags::ACK, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        m.raw(self.payload)
    }
}
