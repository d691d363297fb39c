//! The session's requests and dumps with the cli's error. `nlwire_std::Error`
//! is 48 bytes, moved at each `?` that converts it; converted here, once,
//! each caller's `?` tests and passes on a pointer.

use std::sync::OnceLock;

use nlwire::build::{Echo, Header, MessageWriter, Request};
use nlwire::{Message, MsgFlags};
use nlwire_std::{IPRoute, OwnedMessage};

use crate::{CliError, Result};

/// `-echo`: how what the kernel sends back of each change is printed (the
/// printer is the monitor's, given by `main`: this module is below it).
pub struct EchoTo {
    /// Prints the messages echoed, as JSON (`-j`, pretty with `-p`) or text.
    pub print: fn(&mut IPRoute, &[OwnedMessage], bool, bool) -> Result<()>,
    pub json: bool,
    pub pretty: bool,
}

static ECHO: OnceLock<EchoTo> = OnceLock::new();

/// Asks for every change's echo from now on, printed as `to` says.
pub fn echo_changes(to: EchoTo) {
    let _ = ECHO.set(to);
}

/// Sends `request` and waits for the kernel's acknowledgement.
#[inline(never)]
pub fn request(ipr: &mut IPRoute, request: &dyn Request) -> Result<()> {
    request_or(ipr, request, CliError::from)
}

/// [`request`], a refusal told by `refused`; with `-echo`, what the kernel
/// sends back printed.
pub fn request_or(
    ipr: &mut IPRoute,
    request: &dyn Request,
    refused: impl FnOnce(nlwire_std::Error) -> CliError,
) -> Result<()> {
    match ECHO.get() {
        None => ipr.request(request).map(drop).map_err(refused),
        Some(to) => {
            let echoed = ipr.request(&Echo(request)).map_err(refused)?;
            (to.print)(ipr, &echoed, to.json, to.pretty)
        }
    }
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
