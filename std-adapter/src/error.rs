//! One error type for everything `IPRoute` does.

use std::fmt;

use nlwire_rustix::RequestError;

/// What went wrong: the kernel's answer (errno, extended-ACK text and
/// offset, which request of a batch), a socket or namespace failure, a
/// malformed reply, an invalid value refused before sending, a name no
/// attribute of a message has, or an interrupted dump.
///
/// `Display` reads as `ip` prints it: `Error: <kernel text>.` when the kernel
/// explained, else `RTNETLINK answers: <strerror>`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The kernel refused a request.
    Kernel {
        /// The error number (positive).
        errno: i32,
        /// The extended-ACK text, if the kernel gave one.
        message: Option<String>,
        /// Offset in the request of the attribute at fault.
        offset: Option<u32>,
        /// Which request of a batch failed first (0-based); `None` outside batches.
        index: Option<u32>,
        /// How many requests of a batch failed.
        failures: u32,
    },
    /// The socket or namespace layer failed.
    Socket(nlwire_rustix::Error),
    /// A reply could not be parsed.
    Malformed(nlwire::Error),
    /// A value was refused before anything was sent (a name too long, a
    /// prefix over 32, ...).
    Invalid(nlwire::Error),
    /// A dump saw `NLM_F_DUMP_INTR` (concurrent changes) and retries, if any
    /// were allowed, did not help.
    Interrupted,
    /// Nothing matched (`link_lookup` found no interface, a GET had no reply).
    NotFound(String),
    /// `get("prefixlen")` on a link message: the caller's name is no
    /// attribute or header field of the message (an attribute the message
    /// lacks is `Ok(None)`, not this). Holds the name, or the path joined
    /// with `/`; empty when the core's error was converted without it (`?`
    /// on a borrowed `nlwire::Message::get`).
    UnknownName(String),
    /// A link kind's option was refused before anything was sent: the
    /// attribute and why (`IFLA_BR_PRIORITY is a U16: 70000 does not fit`).
    InvalidOption(String),
}

impl Error {
    /// The errno behind the error, if there is one.
    pub fn errno(&self) -> Option<i32> {
        match self {
            Error::Kernel { errno, .. } => Some(*errno),
            Error::Socket(e) => e.errno().map(|e| e.raw_os_error()),
            _ => None,
        }
    }
    /// The errno's symbolic name, such as `"EEXIST"`.
    pub fn errno_name(&self) -> Option<&'static str> {
        self.errno().and_then(nlwire::errno::name)
    }
    /// The kernel's extended-ACK text.
    pub fn ext_ack_message(&self) -> Option<&str> {
        let Error::Kernel { message, .. } = self else { return None };
        message.as_deref()
    }

    /// A value refused before anything was sent, and why.
    pub(crate) fn invalid(what: &'static str) -> Self {
        Error::Invalid(nlwire::Error::InvalidValue { what })
    }

    pub(crate) fn from_request(e: RequestError, in_batch: bool) -> Self {
        match e {
            RequestError::Socket(e) => Error::Socket(e),
            RequestError::Kernel(k) => Error::Kernel {
                errno: k.errno.raw_os_error(),
                message: (!k.message.is_empty()).then(|| k.message.as_str().to_owned()),
                offset: k.offset,
                index: in_batch.then_some(k.index),
                failures: k.failures,
            },
            RequestError::Malformed(e) => Error::Malformed(e),
            RequestError::Interrupted => Error::Interrupted,
            RequestError::BadRequest => Error::invalid("malformed request batch"),
            RequestError::NotFound { what } => Error::NotFound(what.into()),
            RequestError::TooLarge { what } => Error::invalid(what),
        }
    }
}

impl From<RequestError> for Error {
    fn from(e: RequestError) -> Self {
        Error::from_request(e, false)
    }
}
/// Core errors met by the caller's own view accessors are malformed
/// replies; a value refused by a builder is `Invalid`, a name no spec
/// knows is `UnknownName` (the caller's).
impl From<nlwire::Error> for Error {
    fn from(e: nlwire::Error) -> Self {
        match e {
            nlwire::Error::InvalidValue { .. } => Error::Invalid(e),
            nlwire::Error::UnknownName => Error::UnknownName(String::new()),
            _ => Error::Malformed(e),
        }
    }
}

impl From<nlwire_rustix::Error> for Error {
    fn from(e: nlwire_rustix::Error) -> Self {
        Error::Socket(e)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Kernel { errno, message, index, .. } => {
                if let Some(i) = index {
                    write!(f, "request {} of the batch: ", i + 1)?;
                }
                match message {
                    // As ip: a final full stop, unless the kernel wrote one.
                    Some(text) if text.ends_with('.') => write!(f, "Error: {text}"),
                    Some(text) => write!(f, "Error: {text}."),
                    None => match nlwire::errno::description(*errno) {
                        Some(d) => write!(f, "RTNETLINK answers: {d}"),
                        None => write!(f, "RTNETLINK answers: error {errno}"),
                    },
                }
            }
            Error::Socket(e) => write!(f, "{e}"),
            Error::Malformed(e) => write!(f, "malformed reply from the kernel: {e}"),
            Error::Invalid(e) => write!(f, "{e}"),
            Error::Interrupted => f.write_str("dump interrupted by concurrent changes (NLM_F_DUMP_INTR)"),
            Error::NotFound(what) => write!(f, "{what} not found"),
            Error::UnknownName(name) if name.is_empty() => {
                f.write_str("unknown name: the name asked for is no attribute or field of this message")
            }
            Error::UnknownName(name) => {
                write!(f, "unknown name {name:?}: no attribute or field of this message has that name")
            }
            Error::InvalidOption(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for Error {}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    fn kernel(errno: i32, message: Option<&str>, index: Option<u32>) -> Error {
        Error::Kernel { errno, message: message.map(str::to_owned), offset: None, index, failures: 1 }
    }

    #[test]
    fn display_reads_like_ip() {
        // iproute2 prints the kernel's text when there is one, else strerror.
        assert_eq!(kernel(17, None, None).to_string(), "RTNETLINK answers: File exists");
        assert_eq!(kernel(95, Some("Unknown device type"), None).to_string(), "Error: Unknown device type.");
        assert_eq!(
            kernel(17, None, Some(2)).to_string(),
            "request 3 of the batch: RTNETLINK answers: File exists"
        );
        assert_eq!(kernel(17, None, None).errno_name(), Some("EEXIST"));
    }

    #[test]
    fn a_kernel_text_ending_in_a_full_stop_gets_no_second_one() {
        // iproute2's print_ext_ack_msg adds "." only when the text lacks one.
        let text = "Mode not supported.";
        assert_eq!(kernel(95, Some(text), None).to_string(), "Error: Mode not supported.");
        assert_eq!(kernel(95, Some("a.b"), Some(0)).to_string(), "request 1 of the batch: Error: a.b.");
    }

    #[test]
    fn an_unknown_name_is_the_callers_not_the_kernels() {
        let named = Error::UnknownName("prefixlen".into()).to_string();
        assert!(named.contains("\"prefixlen\""), "{named}");
        let converted = Error::from(nlwire::Error::UnknownName);
        assert_eq!(converted, Error::UnknownName(String::new()));
        for text in [named, converted.to_string()] {
            assert!(text.starts_with("unknown name") && !text.contains("kernel"), "{text}");
        }
    }
}
