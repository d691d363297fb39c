//! The one `ensure()` every builder runs: pyroute2's
//! `ensure(present=...)` made strict. An add is done when the kernel
//! answers `EEXIST` and the object it has is the one asked for (every
//! setting the request gives); a different object in its place stays an
//! error. A delete is done when the kernel (or the interface lookup
//! before it) says the object is not there.

use crate::error::{Error, Result};

/// What an `ensure()` asks of the object its request names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Goal {
    /// An add: there, as asked.
    Present,
    /// A delete: not there.
    Absent,
    /// Any other verb (replace, change): the request's own outcome.
    AsSent,
}

impl Error {
    /// The kernel says the object is there (in some form): `EEXIST`.
    fn is_there(&self) -> bool {
        matches!(self, Error::Kernel { .. }) && self.errno_name() == Some("EEXIST")
    }
    /// The kernel, or the interface lookup, says the object is not there:
    /// `ENOENT`, `ESRCH` (IPv4 routes), `ENODEV` (links), `EADDRNOTAVAIL`
    /// (addresses), or [`Error::NotFound`].
    fn is_absent(&self) -> bool {
        matches!(self, Error::NotFound(_))
            || matches!(self.errno_name(), Some("ENOENT" | "ESRCH" | "ENODEV" | "EADDRNOTAVAIL"))
    }
}

/// The outcome of an `ensure()` whose request had the outcome `sent` (a
/// failed device lookup before it included): for [`Goal::Present`], an
/// answer that the object is there (`EEXIST`) is success when `same`
/// (asked only then) finds it as asked; for [`Goal::Absent`], an object that is not there is success;
/// every other outcome is the request's own.
pub(crate) async fn settle(
    goal: Goal,
    sent: Result<()>,
    same: impl AsyncFnOnce() -> Result<bool>,
) -> Result<()> {
    match (goal, sent) {
        (Goal::Present, Err(e)) if e.is_there() => same().await?.then_some(()).ok_or(e),
        (Goal::Absent, Err(e)) if e.is_absent() => Ok(()),
        (_, sent) => sent,
    }
}

/// A setting the request gave equals the kernel's; one it left out
/// matches anything.
pub(crate) fn given<T: PartialEq>(want: Option<T>, have: Option<T>) -> bool {
    want.is_none() || want == have
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(errno: i32) -> Error {
        Error::Kernel { errno, message: None, offset: None, index: None, failures: 1 }
    }

    #[test]
    fn only_the_kernels_eexist_is_there() {
        let (eexist, ebusy) = (17, 16); // asm-generic/errno-base.h
        assert!(answer(eexist).is_there());
        // A netlink answer of EBUSY is a plain refusal.
        assert!(!answer(ebusy).is_there());
        // Nor is an ioctl's EBUSY here: only tuntap.rs reads it as "there".
        let ioctl = nlwire_rustix::Error::Sys { call: "ioctl(TUNSETIFF)", errno: nlwire_rustix::Errno::BUSY };
        assert!(!Error::Socket(ioctl).is_there());
        assert!(!Error::NotFound("x".into()).is_there());
    }
}
