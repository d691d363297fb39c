//! NLMSG_ERROR (errors and ACKs), NLMSG_DONE, and the extended ACK.

use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::Attrs;
use crate::error::{Error, Result};
use crate::message::{msg_type, Message, MsgFlags, NlMsgHdr, NLMSG_HDRLEN};
use crate::wire::{align, NeI32};

/// `struct nlmsgerr`: the errno (0 for an ACK, else negative) and the header
/// of the request it answers.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct NlMsgErr {
    /// 0 or a negative errno.
    pub error: NeI32,
    /// Header of the request this answers.
    pub msg: NlMsgHdr,
}

/// Extended-ACK attribute types (`enum nlmsgerr_attrs`).
pub mod ext_ack_attr {
    #![allow(missing_docs)]
    pub const MSG: u16 = 1;
    pub const OFFS: u16 = 2;
    pub const COOKIE: u16 = 3;
    pub const POLICY: u16 = 4;
    pub const MISS_TYPE: u16 = 5;
    pub const MISS_NEST: u16 = 6;
}

/// The extended ACK the kernel adds to an error (or warning) when
/// `NETLINK_EXT_ACK` is on. Everything is borrowed from the reply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExtAck<'a> {
    /// Human-readable text, such as `"Unknown device type"`.
    pub message: Option<&'a str>,
    /// Offset into the request of the attribute at fault; only kept when it
    /// lies inside the request.
    pub offset: Option<u32>,
    /// Cookie bytes, as some families return.
    pub cookie: Option<&'a [u8]>,
    /// The policy of the attribute at fault, as a nested chain.
    pub policy: Option<&'a [u8]>,
    /// Type of the missing attribute.
    pub missing_type: Option<u32>,
    /// Offset of the nest in which an attribute is missing.
    pub missing_nest: Option<u32>,
}

impl<'a> ExtAck<'a> {
    /// Decodes an extended-ACK TLV chain; `request_len` bounds the offsets.
    pub fn parse(attrs: Attrs<'a>, request_len: u32) -> Result<Self> {
        let mut ack = ExtAck::default();
        for attr in attrs {
            let attr = attr?;
            match attr.kind() {
                ext_ack_attr::MSG => ack.message = Some(attr.str()?),
                ext_ack_attr::OFFS => {
                    let off = attr.u32()?;
                    ack.offset = (off < request_len).then_some(off);
                }
                ext_ack_attr::COOKIE => ack.cookie = Some(attr.payload()),
                ext_ack_attr::POLICY => ack.policy = Some(attr.payload()),
                ext_ack_attr::MISS_TYPE => ack.missing_type = Some(attr.u32()?),
                ext_ack_attr::MISS_NEST => {
                    let off = attr.u32()?;
                    ack.missing_nest = (off < request_len).then_some(off);
                }
                _ => {}
            }
        }
        Ok(ack)
    }

    /// Whether the kernel said anything at all.
    pub fn is_empty(&self) -> bool {
        *self == ExtAck::default()
    }
}

/// A decoded NLMSG_ERROR: an ACK (errno 0) or an error.
///
/// ```
/// use nlwire::ack::{ext_ack_attr, NlMsgErr};
/// use nlwire::build::{Builder, Header};
/// use nlwire::{msg_type, ErrorMessage, Message, MsgFlags};
/// // The kernel's answer to a link of an unknown kind: the request capped,
/// // the text in an extended-ACK attribute.
/// let mut buf = [0u8; 96];
/// let mut b = Builder::new(&mut buf);
/// b.message(Header::new(msg_type::ERROR, MsgFlags::CAPPED | MsgFlags::ACK_TLVS, 1), |m| {
///     m.family_header(&NlMsgErr { error: (-95i32).into(), msg: Default::default() })?;
///     m.str(ext_ack_attr::MSG, "Unknown device type")
/// })?;
/// let err = ErrorMessage::parse(&Message::parse(b.as_bytes())?)?;
/// assert_eq!(err.errno(), 95); // EOPNOTSUPP
/// assert_eq!(err.ext_ack().message, Some("Unknown device type"));
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorMessage<'a> {
    errno: i32,
    request: &'a NlMsgHdr,
    request_payload: Option<&'a [u8]>,
    ext_ack: ExtAck<'a>,
}

impl<'a> ErrorMessage<'a> {
    /// Decodes an NLMSG_ERROR message. A payload shorter than `struct nlmsgerr`
    /// is [`Error::Truncated`], never read as garbage.
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        if msg.kind() != msg_type::ERROR {
            return Err(Error::WrongMessageType { expected: "NLMSG_ERROR", found: msg.kind() });
        }
        let err: &NlMsgErr = msg.family_header()?;
        let flags = msg.flags();
        let request_len = err.msg.len.get();
        // Without NLM_F_CAPPED the whole request follows the error code.
        let echoed = if flags.contains(MsgFlags::CAPPED) {
            NLMSG_HDRLEN
        } else {
            (request_len as usize).max(NLMSG_HDRLEN)
        };
        let start = NLMSG_HDRLEN + 4;
        let payload = msg.bytes();
        let request_bytes = payload.get(start..start + echoed).ok_or(Error::Truncated {
            offset: msg.offset() + start,
            needed: echoed,
            available: payload.len().saturating_sub(start),
        })?;
        let request_payload =
            (!flags.contains(MsgFlags::CAPPED)).then(|| request_bytes.get(NLMSG_HDRLEN..).unwrap_or(&[]));
        let ext_ack = if flags.contains(MsgFlags::ACK_TLVS) {
            let tlv_start = start + align(echoed);
            let tlvs = payload.get(tlv_start..).unwrap_or(&[]);
            ExtAck::parse(Attrs::with_offset(tlvs, msg.offset() + tlv_start), request_len)?
        } else {
            ExtAck::default()
        };
        Ok(ErrorMessage {
            errno: err.error.get().saturating_neg(),
            request: &err.msg,
            request_payload,
            ext_ack,
        })
    }

    /// The errno as a positive number; 0 for an ACK. The kernel sends it
    /// negated; a (non-conforming) positive value is kept as is.
    pub fn errno(&self) -> i32 {
        self.errno.abs()
    }
    /// Whether this is an ACK (success).
    pub fn is_ack(&self) -> bool {
        self.errno == 0
    }
    /// The header of the request being answered.
    pub fn request(&self) -> &'a NlMsgHdr {
        self.request
    }
    /// The echoed request payload, unless the kernel capped it.
    pub fn request_payload(&self) -> Option<&'a [u8]> {
        self.request_payload
    }
    /// The extended ACK (empty when the kernel sent none).
    pub fn ext_ack(&self) -> ExtAck<'a> {
        self.ext_ack
    }
}

/// A decoded NLMSG_DONE: the end of a dump, with the dump's own error, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Done<'a> {
    errno: i32,
    ext_ack: ExtAck<'a>,
    interrupted: bool,
}

impl<'a> Done<'a> {
    /// Decodes NLMSG_DONE. Old kernels may send an empty payload: that is errno 0.
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        if msg.kind() != msg_type::DONE {
            return Err(Error::WrongMessageType { expected: "NLMSG_DONE", found: msg.kind() });
        }
        let payload = msg.payload();
        let code = match payload.get(..4).and_then(|b| <[u8; 4]>::try_from(b).ok()) {
            Some(b) => i32::from_ne_bytes(b),
            None if payload.is_empty() => 0,
            None => {
                return Err(Error::Truncated {
                    offset: msg.offset() + NLMSG_HDRLEN,
                    needed: 4,
                    available: payload.len(),
                })
            }
        };
        let ext_ack = if msg.flags().contains(MsgFlags::ACK_TLVS) {
            ExtAck::parse(
                Attrs::with_offset(payload.get(4..).unwrap_or(&[]), msg.offset() + NLMSG_HDRLEN + 4),
                u32::MAX,
            )?
        } else {
            ExtAck::default()
        };
        Ok(Done {
            errno: code.saturating_neg().abs(),
            ext_ack,
            interrupted: msg.flags().contains(MsgFlags::DUMP_INTR),
        })
    }
    /// The dump's errno (positive), 0 when it completed.
    pub fn errno(&self) -> i32 {
        self.errno
    }
    /// The extended ACK attached to the end of the dump.
    pub fn ext_ack(&self) -> ExtAck<'a> {
        self.ext_ack
    }
    /// Whether NLM_F_DUMP_INTR was set on the DONE message itself.
    pub fn interrupted(&self) -> bool {
        self.interrupted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::Message;
    use crate::test_prelude::*;

    /// A netlink message of `kind` and `flags` around `body`.
    fn message(kind: u16, flags: u16, body: &[u8]) -> Vec<u8> {
        nlmsg(kind, flags, 7, body)
    }

    /// The header of a 21-byte request (16 + 5 bytes of payload).
    fn request_header() -> Vec<u8> {
        let mut h = Vec::new();
        h.extend_from_slice(&21u32.to_ne_bytes());
        h.extend_from_slice(&msg_type::RTM_NEWLINK.to_ne_bytes());
        h.extend_from_slice(&5u16.to_ne_bytes());
        h.extend_from_slice(&7u32.to_ne_bytes());
        h.extend_from_slice(&1234u32.to_ne_bytes());
        h
    }

    #[test]
    fn every_ext_ack_attribute_is_read_and_offsets_are_bounded() {
        let mut tlvs = Vec::new();
        put_attr(&mut tlvs, ext_ack_attr::MSG, b"bad value\0");
        put_attr(&mut tlvs, ext_ack_attr::OFFS, &99u32.to_ne_bytes());
        put_attr(&mut tlvs, ext_ack_attr::COOKIE, &[1, 2, 3]);
        put_attr(&mut tlvs, ext_ack_attr::POLICY, &[8, 0, 1, 0, 4, 0, 0, 0]);
        put_attr(&mut tlvs, ext_ack_attr::MISS_TYPE, &3u32.to_ne_bytes());
        put_attr(&mut tlvs, ext_ack_attr::MISS_NEST, &20u32.to_ne_bytes());
        let ack = ExtAck::parse(Attrs::new(&tlvs), 100).unwrap();
        assert_eq!(ack.message, Some("bad value"));
        assert_eq!(ack.offset, Some(99));
        assert_eq!(ack.cookie, Some(&[1u8, 2, 3][..]));
        assert_eq!(ack.policy, Some(&[8u8, 0, 1, 0, 4, 0, 0, 0][..]));
        assert_eq!(ack.missing_type, Some(3));
        assert_eq!(ack.missing_nest, Some(20));
        assert!(!ack.is_empty());
        // Offsets at or past the end of the request are not kept.
        let mut outside = Vec::new();
        put_attr(&mut outside, ext_ack_attr::OFFS, &100u32.to_ne_bytes());
        put_attr(&mut outside, ext_ack_attr::MISS_NEST, &100u32.to_ne_bytes());
        let ack = ExtAck::parse(Attrs::new(&outside), 100).unwrap();
        assert_eq!((ack.offset, ack.missing_nest), (None, None));
        assert!(ack.is_empty());
        assert!(ExtAck::default().is_empty());
    }

    #[test]
    fn an_uncapped_error_echoes_the_whole_request_before_its_ext_ack() {
        let mut body = (-22i32).to_ne_bytes().to_vec();
        body.extend_from_slice(&request_header());
        body.extend_from_slice(&[1, 2, 3, 4, 5, 0, 0, 0]); // 5 bytes, padded to 8
        put_attr(&mut body, ext_ack_attr::MSG, b"no\0");
        let flags = (MsgFlags::ACK_TLVS).bits();
        let bytes = message(msg_type::ERROR, flags, &body);
        let err = ErrorMessage::parse(&Message::parse(&bytes).unwrap()).unwrap();
        assert_eq!((err.errno(), err.is_ack()), (22, false));
        assert_eq!(err.request().pid.get(), 1234);
        assert_eq!(err.request_payload(), Some(&[1u8, 2, 3, 4, 5][..]));
        assert_eq!(err.ext_ack().message, Some("no"));
    }

    #[test]
    fn a_capped_error_echoes_only_the_request_header() {
        let mut body = 0i32.to_ne_bytes().to_vec();
        body.extend_from_slice(&request_header());
        put_attr(&mut body, ext_ack_attr::OFFS, &20u32.to_ne_bytes());
        let flags = (MsgFlags::CAPPED | MsgFlags::ACK_TLVS).bits();
        let bytes = message(msg_type::ERROR, flags, &body);
        let ack = ErrorMessage::parse(&Message::parse(&bytes).unwrap()).unwrap();
        assert!(ack.is_ack());
        assert_eq!(ack.request_payload(), None);
        assert_eq!(ack.ext_ack().offset, Some(20));
        // Without ACK_TLVS what follows is not read as an extended ACK.
        let bytes = message(msg_type::ERROR, MsgFlags::CAPPED.bits(), &body);
        let ack = ErrorMessage::parse(&Message::parse(&bytes).unwrap()).unwrap();
        assert!(ack.ext_ack().is_empty());
    }

    #[test]
    fn a_short_uncapped_echo_is_truncated() {
        let mut body = (-1i32).to_ne_bytes().to_vec();
        body.extend_from_slice(&request_header()); // says 21 bytes, 16 follow
        let bytes = message(msg_type::ERROR, 0, &body);
        let err = ErrorMessage::parse(&Message::parse(&bytes).unwrap()).unwrap_err();
        assert!(matches!(err, Error::Truncated { offset: 20, needed: 21, available: 16 }), "{err:?}");
    }

    #[test]
    fn done_carries_the_dump_errno_its_ext_ack_and_dump_intr() {
        let bytes = message(msg_type::DONE, 0, &[]);
        let done = Done::parse(&Message::parse(&bytes).unwrap()).unwrap();
        assert_eq!((done.errno(), done.interrupted()), (0, false));
        assert!(done.ext_ack().is_empty());

        let mut body = (-2i32).to_ne_bytes().to_vec();
        put_attr(&mut body, ext_ack_attr::MSG, b"gone\0");
        let flags = (MsgFlags::ACK_TLVS | MsgFlags::DUMP_INTR).bits();
        let bytes = message(msg_type::DONE, flags, &body);
        let done = Done::parse(&Message::parse(&bytes).unwrap()).unwrap();
        assert_eq!((done.errno(), done.interrupted()), (2, true));
        assert_eq!(done.ext_ack().message, Some("gone"));

        let bytes = message(msg_type::DONE, 0, &[0, 0]);
        let err = Done::parse(&Message::parse(&bytes).unwrap()).unwrap_err();
        assert!(matches!(err, Error::Truncated { offset: 16, needed: 4, available: 2 }), "{err:?}");
    }

    #[test]
    fn a_broken_ext_ack_is_reported_where_it_is() {
        // A TLV declaring 3 bytes, right after DONE's error code (offset 20).
        let broken = [3u16.to_ne_bytes(), 1u16.to_ne_bytes()].concat();
        let mut body = 0i32.to_ne_bytes().to_vec();
        body.extend_from_slice(&broken);
        let bytes = message(msg_type::DONE, MsgFlags::ACK_TLVS.bits(), &body);
        let err = Done::parse(&Message::parse(&bytes).unwrap()).unwrap_err();
        assert!(matches!(err, Error::BadLength { offset: 20, len: 3 }), "{err:?}");
        // After a capped error's echoed header: 16 + 4 + 16.
        let mut body = (-22i32).to_ne_bytes().to_vec();
        body.extend_from_slice(&request_header());
        body.extend_from_slice(&broken);
        let flags = (MsgFlags::CAPPED | MsgFlags::ACK_TLVS).bits();
        let bytes = message(msg_type::ERROR, flags, &body);
        let err = ErrorMessage::parse(&Message::parse(&bytes).unwrap()).unwrap_err();
        assert!(matches!(err, Error::BadLength { offset: 36, len: 3 }), "{err:?}");
    }
}
