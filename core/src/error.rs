//! The one error type of the core: small, `Copy`, and precise about where.

use core::fmt;

/// Everything that can go wrong while parsing or building a netlink message.
///
/// Offsets are byte offsets from the start of the buffer handed to the parser
/// ([`Messages::new`](crate::Messages::new) or a view's constructor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input ends before a header or a declared length is complete.
    Truncated {
        /// Where the incomplete item starts.
        offset: usize,
        /// Bytes the item needs.
        needed: usize,
        /// Bytes that were there.
        available: usize,
    },
    /// A length field is smaller than the header it belongs to.
    BadLength {
        /// Where the item starts.
        offset: usize,
        /// The length it declares.
        len: usize,
    },
    /// An attribute's payload does not have the size its type needs.
    AttrSize {
        /// Attribute type, flags masked.
        kind: u16,
        /// Where the attribute header starts.
        offset: usize,
        /// Size the accessor needs (the minimum, for structs).
        expected: usize,
        /// Size the payload has.
        actual: usize,
    },
    /// A string attribute has no NUL terminator inside its payload, or is not UTF-8.
    BadString {
        /// Attribute type, flags masked.
        kind: u16,
        /// Where the attribute header starts.
        offset: usize,
    },
    /// A view was asked of a message of another type.
    WrongMessageType {
        /// The family the view reads, such as `"link"`.
        expected: &'static str,
        /// The `nlmsg_type` found.
        found: u16,
    },
    /// A name given to `get`/`get_path` names no attribute or field of the
    /// message (a caller's mistake, not a fault of the message: an absent
    /// attribute is `Ok(None)`), or the message has no spec to look it up in.
    UnknownName,
    /// The builder's buffer cannot hold what was asked; nothing was written.
    BufferTooSmall {
        /// Total bytes the buffer would need.
        needed: usize,
        /// Bytes the buffer has.
        capacity: usize,
    },
    /// An attribute or nest would exceed the 65535-byte limit of its `u16` length.
    AttrTooLong {
        /// The length it would have had.
        len: usize,
    },
    /// An attribute a message must carry is not there.
    MissingAttr {
        /// Attribute type.
        kind: u16,
    },
    /// A value given to a builder is invalid; nothing was written.
    InvalidValue {
        /// What was wrong, in a few words (`"interface name longer than 15 bytes"`).
        what: &'static str,
    },
}

impl Error {
    /// [`Error::InvalidValue`]: a value a request cannot carry.
    pub(crate) const fn invalid(what: &'static str) -> Self {
        Error::InvalidValue { what }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Error::Truncated { offset, needed, available } => {
                write!(f, "truncated input at byte {offset}: need {needed} bytes, have {available}")
            }
            Error::BadLength { offset, len } => {
                write!(f, "impossible length {len} at byte {offset}")
            }
            Error::AttrSize { kind, offset, expected, actual } => {
                write!(f, "attribute {kind} at byte {offset} has {actual} payload bytes, expected {expected}")
            }
            Error::BadString { kind, offset } => {
                write!(f, "attribute {kind} at byte {offset} is not a NUL-terminated UTF-8 string")
            }
            Error::WrongMessageType { expected, found } => {
                write!(f, "message type {found} is not a {expected} message")
            }
            Error::UnknownName => f.write_str("the name asked for is no attribute or field of this message"),
            Error::MissingAttr { kind } => write!(f, "attribute {kind} is missing"),
            Error::BufferTooSmall { needed, capacity } => {
                write!(f, "buffer too small: need {needed} bytes, capacity {capacity}")
            }
            Error::AttrTooLong { len } => {
                write!(f, "attribute of {len} bytes exceeds the 65535-byte netlink limit")
            }
            Error::InvalidValue { what } => write!(f, "invalid value: {what}"),
        }
    }
}

impl core::error::Error for Error {}

/// The core's result type.
pub type Result<T, E = Error> = core::result::Result<T, E>;
