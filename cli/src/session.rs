//! The session's requests and dumps with the cli's error. `nlwire_std::Error`
//! is 48 bytes, moved at each `?` that converts it; converted here, once,
//! each caller's `?` tests and passes on a pointer.

use nlwire::build::Request;
use nlwire::Message;
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
