//! What the builders' `ensure()` share: pyroute2's `ensure(present=...)`
//! made strict. An add is done when the kernel answers `EEXIST` and the
//! object it has is the one asked for (every setting the request gives);
//! a different object in its place stays an error. A delete is done when
//! the kernel (or the interface lookup before it) says the object is not
//! there.

use crate::error::{Error, Result};

impl Error {
    /// The kernel, or the interface lookup, says the object is not there:
    /// `ENOENT`, `ESRCH` (IPv4 routes), `ENODEV` (links), `EADDRNOTAVAIL`
    /// (addresses), or [`Error::NotFound`].
    fn is_absent(&self) -> bool {
        matches!(self, Error::NotFound(_))
            || matches!(self.errno_name(), Some("ENOENT" | "ESRCH" | "ENODEV" | "EADDRNOTAVAIL"))
    }
}

/// The kernel answered `EEXIST`: the object is there (in some form).
pub(crate) fn exists(sent: &Result<()>) -> bool {
    matches!(sent, Err(e) if e.errno_name() == Some("EEXIST"))
}

/// `ensure` of an add: `EEXIST` becomes success when `matches` finds the
/// existing object as asked; every other outcome is the request's own.
pub(crate) fn present_ok(sent: Result<()>, matches: impl FnOnce() -> Result<bool>) -> Result<()> {
    if exists(&sent) && matches()? {
        return Ok(());
    }
    sent
}

/// `ensure` of a delete: an object that is not there is what was asked.
pub(crate) fn absent_ok(sent: Result<()>) -> Result<()> {
    match sent {
        Err(e) if e.is_absent() => Ok(()),
        other => other,
    }
}

/// A setting the request gave equals the kernel's; one it left out
/// matches anything.
pub(crate) fn given<T: PartialEq>(want: Option<T>, have: Option<T>) -> bool {
    want.is_none() || want == have
}
