//! The builder: messages written into the caller's buffer, transactionally.
//!
//! Each message is produced by a closure (or a [`Request`]) that writes it
//! in place, after the messages completed before, every length checked and
//! every value validated. A message that does not fit is then run again
//! without writing, only to measure it, so that the error says how much room
//! it needs. A message that does not fit, an attribute or nest over 65535
//! bytes, or an invalid value leaves the builder as it was: the completed
//! messages and [`Builder::len`] unchanged (bytes past them are scratch).
//!
//! ```
//! use nlwire::build::{Builder, Header};
//! use nlwire::{msg_type, Messages, MsgFlags};
//!
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! let header = Header::new(msg_type::RTM_GETLINK, MsgFlags::REQUEST | MsgFlags::ACK, 1);
//! b.message(header, |m| {
//!     m.family_header(&[0u8; 16])?; // struct ifinfomsg, all zero
//!     m.str(3, "lo") // IFLA_IFNAME
//! })?;
//! let msg = Messages::new(b.as_bytes()).next().unwrap()?;
//! assert_eq!(msg.attrs_after(16).find(3)?.unwrap().str()?, "lo");
//!
//! let mut tiny = [0u8; 8];
//! let err = Builder::new(&mut tiny).message(header, |m| m.u32(4, 1500)).unwrap_err();
//! assert_eq!(err, nlwire::Error::BufferTooSmall { needed: 24, capacity: 8 });
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::IpAddr;

use zerocopy::{Immutable, IntoBytes};

use crate::attr::{NLA_F_NESTED, NLA_HDRLEN};
use crate::error::{Error, Result};
use crate::message::{MsgFlags, NLMSG_HDRLEN};
use crate::wire::{align, int_encodings};

/// The netlink header fields a request sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// `nlmsg_type`.
    pub kind: u16,
    /// `nlmsg_flags`.
    pub flags: MsgFlags,
    /// `nlmsg_seq`.
    pub seq: u32,
    /// `nlmsg_pid`: 0 lets the kernel fill in the socket's port.
    pub port: u32,
}

impl Header {
    /// A header with port 0.
    pub const fn new(kind: u16, flags: MsgFlags, seq: u32) -> Self {
        Header { kind, flags, seq, port: 0 }
    }
    /// A request the kernel acknowledges: `REQUEST | ACK` and `flags`
    /// (`CREATE | EXCL` for an add, ...).
    ///
    /// ```
    /// use nlwire::build::Header;
    /// use nlwire::{msg_type, MsgFlags};
    /// let h = Header::acked(msg_type::RTM_DELADDR, MsgFlags::empty(), 1);
    /// assert_eq!(h.flags, MsgFlags::REQUEST | MsgFlags::ACK);
    /// ```
    pub const fn acked(kind: u16, flags: MsgFlags, seq: u32) -> Self {
        Header::new(kind, MsgFlags::REQUEST.union(MsgFlags::ACK).union(flags), seq)
    }
    /// A dump request: `REQUEST | DUMP` (a dump ends with `NLMSG_DONE`, so
    /// it needs no ACK).
    pub const fn dump(kind: u16, seq: u32) -> Self {
        Header::new(kind, MsgFlags::REQUEST.union(MsgFlags::DUMP), seq)
    }
}

/// Declares requests that send one entry (an `AddrEntry`, a `LinkRef`) and
/// differ only in message type and flags: for each, the struct
/// `Name(pub Entry)` (`Name<'a>(pub Entry<'a>)` when written `Name<'a>`) with
/// the given derives, and its acknowledged [`Request`] (see
/// [`Header::acked`]), whose body `|entry, m| ...` writes.
macro_rules! entry_requests {
    (
        #[$derive:meta] $entry:ident:
        $($(#[$doc:meta])* $name:ident $(<$lt:lifetime>)? ($kind:expr, $flags:expr) => |$e:ident, $m:ident| $emit:expr;)+
    ) => {
        $(
            $(#[$doc])*
            #[$derive]
            pub struct $name $(<$lt>)? (pub $entry $(<$lt>)?);

            impl $(<$lt>)? $crate::build::Request for $name $(<$lt>)? {
                fn header(&self, seq: u32) -> $crate::build::Header {
                    $crate::build::Header::acked($kind, $flags, seq)
                }
                fn emit(&self, $m: &mut $crate::build::MessageWriter<'_>) -> $crate::error::Result<()> {
                    let $e = &self.0;
                    $emit
                }
            }
        )+
    };
}
pub(crate) use entry_requests;

/// A typed request that knows its message type, flags and body.
pub trait Request {
    /// `nlmsg_type` and `nlmsg_flags` (NLM_F_REQUEST included).
    fn header(&self, seq: u32) -> Header;
    /// Writes the family header and attributes. May be called twice (the
    /// second time to measure a message that did not fit); must write the
    /// same both times.
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()>;
}

/// `request` with `NLM_F_ECHO`: the kernel sends the object it made,
/// changed or deleted back to the sender too, before the acknowledgement
/// (`ip -echo`).
///
/// ```
/// use nlwire::build::{Echo, Request};
/// use nlwire::nsid::{NetNs, Set};
/// use nlwire::MsgFlags;
/// let set = Set { nsid: 5, peer: NetNs::Pid(1) };
/// assert_eq!(Echo(&set).header(7).flags, set.header(7).flags | MsgFlags::ECHO);
/// ```
#[derive(Clone, Copy)]
pub struct Echo<'r>(pub &'r dyn Request);

impl Request for Echo<'_> {
    fn header(&self, seq: u32) -> Header {
        let mut header = self.0.header(seq);
        header.flags |= MsgFlags::ECHO;
        header
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.0.emit(m)
    }
}

/// Writes messages into a caller-owned buffer; see the [module docs](self).
#[derive(Debug)]
pub struct Builder<'b> {
    buf: &'b mut [u8],
    len: usize,
}

impl<'b> Builder<'b> {
    /// A builder writing at the start of `buf`.
    pub fn new(buf: &'b mut [u8]) -> Self {
        Builder { buf, len: 0 }
    }
    /// Bytes of completed messages.
    pub fn len(&self) -> usize {
        self.len
    }
    /// Whether no message has been completed.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Size of the buffer.
    pub fn capacity(&self) -> usize {
        self.buf.len()
    }
    /// The completed messages, ready to send.
    pub fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
    /// Forgets the completed messages (after sending them).
    pub fn clear(&mut self) {
        self.len = 0;
    }

    /// Appends one message whose body `body` writes; returns its length.
    /// On error the completed messages are left as they were.
    pub fn message<F>(&mut self, header: Header, body: F) -> Result<usize>
    where
        F: Fn(&mut MessageWriter<'_>) -> Result<()>,
    {
        let start = self.len;
        let area = self.buf.get_mut(start..).unwrap_or_default();
        let mut m = MessageWriter { buf: area, pos: NLMSG_HDRLEN, dry: false };
        let written = body(&mut m).and_then(|()| {
            let msg_len = m.pos;
            let len32 = u32::try_from(msg_len).map_err(|_| Error::AttrTooLong { len: msg_len })?;
            let hdr = crate::message::NlMsgHdr {
                len: len32.into(),
                kind: header.kind.into(),
                flags: header.flags.bits().into(),
                seq: header.seq.into(),
                pid: header.port.into(),
            };
            m.put_at(0, hdr.as_bytes())?;
            Ok(msg_len)
        });
        match written {
            Ok(msg_len) => {
                self.len = start + msg_len;
                Ok(msg_len)
            }
            Err(Error::BufferTooSmall { .. }) => Err(self.measure(&body)),
            Err(e) => Err(e),
        }
    }

    /// The error for a message that did not fit: how much room it needs, or
    /// the invalid value found further on.
    fn measure<F>(&self, body: &F) -> Error
    where
        F: Fn(&mut MessageWriter<'_>) -> Result<()>,
    {
        let mut dry = MessageWriter { buf: &mut [], pos: NLMSG_HDRLEN, dry: true };
        if let Err(e) = body(&mut dry) {
            return e;
        }
        let capacity = self.buf.len();
        match self.len.checked_add(dry.pos) {
            Some(needed) if needed > capacity => Error::BufferTooSmall { needed, capacity },
            Some(_) => Error::InvalidValue { what: "message body is not deterministic" },
            None => Error::AttrTooLong { len: usize::MAX },
        }
    }

    /// Appends a typed request with sequence number `seq`.
    pub fn push<R: Request + ?Sized>(&mut self, request: &R, seq: u32) -> Result<usize> {
        self.message(request.header(seq), |m| request.emit(m))
    }

    /// Writes the completed messages to `sink` and clears the builder, for
    /// callers who stream through a small buffer.
    pub fn flush_to<W: embedded_io::Write>(&mut self, sink: &mut W) -> core::result::Result<usize, W::Error> {
        let n = self.len;
        sink.write_all(self.as_bytes())?;
        self.len = 0;
        Ok(n)
    }
}

/// Integer attribute writers (see [`int_encodings`]).
macro_rules! int_writers {
    ($($name:ident: $t:ty = $from:ident, $to:ident, $what:literal;)+) => {
        $(
            #[doc = concat!("Writes ", $what, " attribute.")]
            pub fn $name(&mut self, kind: u16, v: $t) -> Result<()> {
                self.fixed(kind, v.$to())
            }
        )+
    };
}

/// Writes the body of one message: the family header and attributes.
///
/// Every method checks lengths; it never panics.
#[derive(Debug)]
pub struct MessageWriter<'w> {
    buf: &'w mut [u8],
    pos: usize,
    dry: bool,
}

impl MessageWriter<'_> {
    /// Bytes written so far, the netlink header included.
    pub fn len(&self) -> usize {
        self.pos
    }
    /// Whether nothing follows the netlink header yet.
    pub fn is_empty(&self) -> bool {
        self.pos == NLMSG_HDRLEN
    }

    #[inline]
    fn put_at(&mut self, at: usize, bytes: &[u8]) -> Result<()> {
        if self.dry || bytes.is_empty() {
            return Ok(());
        }
        let end = at + bytes.len();
        let dst = self.buf.get_mut(at..end).ok_or(Error::BufferTooSmall { needed: end, capacity: 0 })?;
        dst.copy_from_slice(bytes);
        Ok(())
    }

    /// Appends raw bytes followed by zero padding to a multiple of 4.
    pub fn raw(&mut self, bytes: &[u8]) -> Result<()> {
        self.put_at(self.pos, bytes)?;
        let end = self.pos + bytes.len();
        let padded = align(end);
        self.put_at(end, [0u8; 3].get(..padded - end).unwrap_or(&[]))?;
        self.pos = padded;
        Ok(())
    }

    /// Appends the family header (any zerocopy struct, or a byte array).
    pub fn family_header<T: IntoBytes + Immutable + ?Sized>(&mut self, header: &T) -> Result<()> {
        self.raw(header.as_bytes())
    }

    /// Appends an attribute with `payload`.
    pub fn attr(&mut self, kind: u16, payload: &[u8]) -> Result<()> {
        self.attr_parts(kind, &[payload])
    }

    /// Appends an attribute whose payload is the concatenation of `parts`.
    pub fn attr_parts(&mut self, kind: u16, parts: &[&[u8]]) -> Result<()> {
        let payload_len: usize = parts.iter().map(|p| p.len()).sum();
        let len = NLA_HDRLEN + payload_len;
        let len16 = u16::try_from(len).map_err(|_| Error::AttrTooLong { len })?;
        let start = self.pos;
        self.put_at(start, &len16.to_ne_bytes())?;
        self.put_at(start + 2, &kind.to_ne_bytes())?;
        let mut at = start + NLA_HDRLEN;
        for part in parts {
            self.put_at(at, part)?;
            at += part.len();
        }
        self.pos = at;
        self.raw(&[])
    }

    /// Appends a nested attribute (NLA_F_NESTED set) whose content `body` writes.
    pub fn nest<F>(&mut self, kind: u16, body: F) -> Result<()>
    where
        F: FnOnce(&mut Self) -> Result<()>,
    {
        self.container(kind | NLA_F_NESTED, body)
    }

    /// Appends an attribute whose payload `body` writes, without setting
    /// NLA_F_NESTED (for payloads such as `RTA_MULTIPATH`, or the few
    /// nests the kernel parses without the flag).
    pub fn container<F>(&mut self, raw_kind: u16, body: F) -> Result<()>
    where
        F: FnOnce(&mut Self) -> Result<()>,
    {
        let start = self.pos;
        self.pos += NLA_HDRLEN;
        let result = body(self);
        let end = self.pos;
        let len = end - start;
        match result.and_then(|()| u16::try_from(len).map_err(|_| Error::AttrTooLong { len })) {
            Ok(len16) => {
                self.put_at(start, &len16.to_ne_bytes())?;
                self.put_at(start + 2, &raw_kind.to_ne_bytes())
            }
            Err(e) => {
                self.pos = start;
                Err(e)
            }
        }
    }

    /// Patches a previously written native-endian `u16` at `at` (for
    /// length fields inside payloads, such as `rtnh_len`).
    pub fn patch_u16(&mut self, at: usize, value: u16) -> Result<()> {
        self.put_at(at, &value.to_ne_bytes())
    }

    /// An attribute whose payload has a size known when compiling (the
    /// scalars, addresses): fixed-size copies, no call to `memcpy`, which
    /// costs more than the copy for a few bytes.
    #[inline]
    fn fixed<const N: usize>(&mut self, kind: u16, payload: [u8; N]) -> Result<()> {
        let start = self.pos;
        let len = NLA_HDRLEN + N;
        let len16 = u16::try_from(len).map_err(|_| Error::AttrTooLong { len })?;
        self.put_at(start, &len16.to_ne_bytes())?;
        self.put_at(start + 2, &kind.to_ne_bytes())?;
        self.put_at(start + NLA_HDRLEN, &payload)?;
        let padded = align(start + len);
        self.put_at(start + len, [0u8; 3].get(..align(N) - N).unwrap_or(&[]))?;
        self.pos = padded;
        Ok(())
    }

    int_encodings!(int_writers);
    /// An optional attribute: `value` written by `write` when it is `Some`,
    /// nothing when it is `None`.
    ///
    /// ```
    /// use nlwire::build::{Builder, Header, MessageWriter};
    /// use nlwire::{msg_type, MsgFlags};
    /// let (mtu, group): (Option<u32>, Option<u32>) = (Some(1400), None);
    /// let mut buf = [0u8; 64];
    /// let header = Header::new(msg_type::RTM_NEWLINK, MsgFlags::REQUEST, 1);
    /// let len = Builder::new(&mut buf).message(header, |m| {
    ///     m.opt(4, mtu, MessageWriter::u32)?; // IFLA_MTU
    ///     m.opt(27, group, MessageWriter::u32) // IFLA_GROUP: left out
    /// })?;
    /// assert_eq!(len, 16 + 8);
    /// # Ok::<(), nlwire::Error>(())
    /// ```
    pub fn opt<T>(
        &mut self,
        kind: u16,
        value: Option<T>,
        write: impl FnOnce(&mut Self, u16, T) -> Result<()>,
    ) -> Result<()> {
        match value {
            Some(v) => write(self, kind, v),
            None => Ok(()),
        }
    }
    /// An empty (flag) attribute.
    pub fn flag(&mut self, kind: u16) -> Result<()> {
        self.attr(kind, &[])
    }
    /// A NUL-terminated string attribute. A string holding a NUL is refused.
    pub fn str(&mut self, kind: u16, s: &str) -> Result<()> {
        if s.as_bytes().contains(&0) {
            return Err(Error::InvalidValue { what: "string contains a NUL byte" });
        }
        self.attr_parts(kind, &[s.as_bytes(), &[0]])
    }
    /// An IPv4 (4 bytes) or IPv6 (16 bytes) address attribute.
    pub fn ip(&mut self, kind: u16, ip: IpAddr) -> Result<()> {
        match ip {
            IpAddr::V4(a) => self.fixed(kind, a.octets()),
            IpAddr::V6(a) => self.fixed(kind, a.octets()),
        }
    }
    /// A struct attribute (any zerocopy struct).
    pub fn struct_attr<T: IntoBytes + Immutable + ?Sized>(&mut self, kind: u16, v: &T) -> Result<()> {
        self.attr(kind, v.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{msg_type, Attrs, Messages};

    const H: Header = Header::new(msg_type::RTM_NEWLINK, MsgFlags::REQUEST, 9);

    fn body(m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&[0u8; 16])?;
        m.str(3, "veth0")?;
        m.nest(18, |m| {
            m.str(1, "veth")?;
            m.nest(2, |m| m.u32(1, 7))
        })
    }

    #[test]
    fn writes_patches_and_pads() {
        let mut buf = [0xAAu8; 128];
        let mut b = Builder::new(&mut buf);
        let n = b.message(H, body).unwrap();
        // 16 hdr + 16 ifinfomsg + 12 ifname + (4 + 12 + (4 + 8)) linkinfo
        assert_eq!(n, 16 + 16 + 12 + 28);
        let msg = Messages::new(b.as_bytes()).next().unwrap().unwrap();
        assert_eq!(msg.bytes().len(), n);
        assert_eq!(msg.seq(), 9);
        let attrs = msg.attrs_after(16);
        assert_eq!(attrs.find(3).unwrap().unwrap().str().unwrap(), "veth0");
        let info = attrs.find(18).unwrap().unwrap();
        assert!(info.is_nested_flag());
        let data = info.nested().find(2).unwrap().unwrap();
        assert_eq!(data.nested().find(1).unwrap().unwrap().u32().unwrap(), 7);
        // "veth0\0" padded with two zero bytes, not the 0xAA that was there
        assert_eq!(&msg.bytes()[32 + 4..32 + 12], b"veth0\0\0\0");
    }

    #[test]
    fn every_short_buffer_fails_and_keeps_earlier_messages() {
        let mut full = [0u8; 256];
        let one = Builder::new(&mut full).message(H, body).unwrap();
        for cap in 0..2 * one {
            let mut buf = [0x55u8; 256];
            let mut b = Builder::new(&mut buf[..cap]);
            let kept = if cap < one {
                assert_eq!(b.message(H, body), Err(Error::BufferTooSmall { needed: one, capacity: cap }));
                0
            } else {
                b.message(H, body).unwrap();
                assert_eq!(b.message(H, body), Err(Error::BufferTooSmall { needed: 2 * one, capacity: cap }));
                one
            };
            assert_eq!(b.len(), kept);
            assert_eq!(b.as_bytes(), &full[..kept], "cap {cap}: the completed message changed");
            // What the failed message left past them is overwritten by the next one.
            let small = b.message(H, |m| m.u8(1, 7));
            if kept + 24 <= cap {
                assert_eq!(small, Ok(24));
                assert_eq!(Messages::new(b.as_bytes()).count(), kept / one + 1);
            } else {
                assert_eq!(small, Err(Error::BufferTooSmall { needed: kept + 24, capacity: cap }));
            }
        }
    }

    #[test]
    fn a_body_that_writes_less_when_measured_is_refused_as_not_deterministic() {
        // Room for a first message of 24 bytes, then for exactly what the
        // body writes when called again (a header and an empty attribute),
        // not for what it writes the first time.
        let mut buf = [0u8; 24 + NLMSG_HDRLEN + 4];
        let mut b = Builder::new(&mut buf);
        let kept = b.message(H, |m| m.u8(1, 7)).unwrap();
        let before = b.as_bytes().to_vec();
        let calls = core::cell::Cell::new(0);
        let body = |m: &mut MessageWriter<'_>| {
            calls.set(calls.get() + 1);
            if calls.get() == 1 {
                m.attr(1, &[0u8; 16])
            } else {
                m.attr(2, &[])
            }
        };
        assert_eq!(
            b.message(H, body),
            Err(Error::InvalidValue { what: "message body is not deterministic" })
        );
        assert_eq!(calls.get(), 2);
        assert_eq!((b.len(), b.as_bytes()), (kept, &before[..]), "the completed message is kept as it was");
    }

    #[test]
    fn oversized_attribute_and_nest_are_refused() {
        let big = [0u8; 70_000];
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        assert_eq!(b.message(H, |m| m.attr(1, &big)), Err(Error::AttrTooLong { len: 70_004 }));
        let chunk = [0u8; 40_000];
        let err = b.message(H, |m| {
            m.nest(1, |m| {
                m.attr(1, &chunk)?;
                m.attr(2, &chunk)
            })
        });
        assert_eq!(err, Err(Error::AttrTooLong { len: 80_012 }));
        assert!(b.is_empty());
    }

    /// Every scalar writer is read back by the matching accessor, on either
    /// byte order.
    #[test]
    fn every_scalar_type_round_trips() {
        let mut buf = [0u8; 256];
        let mut b = Builder::new(&mut buf);
        b.message(H, |m| {
            m.u8(1, 0xfe)?;
            m.u16(2, 0xfedc)?;
            m.u32(3, 0xfedc_ba98)?;
            m.u64(4, 0xfedc_ba98_7654_3210)?;
            m.i8(5, -2)?;
            m.i32(6, -3)?;
            m.i64(7, -4)?;
            m.be16(8, 0x1234)?;
            m.be32(9, 0x1234_5678)?;
            m.be64(10, 0x1234_5678_9abc_def0)?;
            m.flag(11)?;
            m.ip(12, core::net::IpAddr::V4(core::net::Ipv4Addr::new(192, 0, 2, 1)))?;
            m.str(13, "x")
        })
        .unwrap();
        let msg = Messages::new(b.as_bytes()).next().unwrap().unwrap();
        let a = msg.attrs_after(0);
        let get = |k| a.find(k).unwrap().unwrap();
        assert_eq!(get(1).u8().unwrap(), 0xfe);
        assert_eq!(get(2).u16().unwrap(), 0xfedc);
        assert_eq!(get(3).u32().unwrap(), 0xfedc_ba98);
        assert_eq!(get(4).u64().unwrap(), 0xfedc_ba98_7654_3210);
        assert_eq!(get(5).i8().unwrap(), -2);
        assert_eq!(get(6).i32().unwrap(), -3);
        assert_eq!(get(7).i64().unwrap(), -4);
        assert_eq!(get(8).be16().unwrap(), 0x1234);
        assert_eq!(get(8).payload(), &[0x12, 0x34], "network order on the wire");
        assert_eq!(get(9).be32().unwrap(), 0x1234_5678);
        assert_eq!(get(10).be64().unwrap(), 0x1234_5678_9abc_def0);
        assert!(get(11).flag().is_ok());
        assert_eq!(get(12).ipv4().unwrap(), core::net::Ipv4Addr::new(192, 0, 2, 1));
        assert_eq!(get(13).str().unwrap(), "x");
    }

    #[test]
    fn an_invalid_value_is_reported_even_where_the_buffer_is_short() {
        let body = |m: &mut MessageWriter<'_>| {
            m.raw(&[0u8; 40])?;
            m.str(3, "bad\0name")
        };
        for cap in [0, 24, 56, 256] {
            let mut buf = [0u8; 256];
            let mut b = Builder::new(&mut buf[..cap]);
            assert_eq!(b.message(H, body), Err(Error::InvalidValue { what: "string contains a NUL byte" }));
            assert_eq!(b.len(), 0);
        }
    }

    #[test]
    fn the_builder_reports_its_messages_and_clears() {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        assert_eq!((b.len(), b.capacity(), b.is_empty()), (0, 64, true));
        let n = b.message(H, |m| m.u32(4, 1500)).unwrap();
        assert_eq!((n, b.len(), b.is_empty()), (24, 24, false));
        b.clear();
        assert!(b.is_empty() && b.as_bytes().is_empty());
        // The next message is written at the start again.
        b.message(Header::new(msg_type::RTM_GETLINK, MsgFlags::REQUEST, 2), |m| m.u8(1, 7)).unwrap();
        let msg = Messages::new(b.as_bytes()).next().unwrap().unwrap();
        assert_eq!((msg.offset(), msg.seq(), b.len()), (0, 2, 24));
    }

    #[test]
    fn flush_writes_the_messages_to_the_sink_and_clears() {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        b.message(H, |m| m.u32(4, 1500)).unwrap();
        let mut out = [0u8; 32];
        let mut sink = &mut out[..];
        assert_eq!(b.flush_to(&mut sink), Ok(24));
        assert!(b.is_empty());
        let msg = Messages::new(&out[..24]).next().unwrap().unwrap();
        assert_eq!(msg.attrs_after(0).read(4, crate::Attr::u32).unwrap(), Some(1500));
    }

    /// A typed request as the families implement it.
    struct SetMtu(u32);

    impl Request for SetMtu {
        fn header(&self, seq: u32) -> Header {
            Header::new(msg_type::RTM_NEWLINK, MsgFlags::REQUEST | MsgFlags::ACK, seq)
        }
        fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
            m.family_header(&[0u8; 16])?;
            m.u32(4, self.0)
        }
    }

    #[test]
    fn push_writes_a_typed_request_with_its_sequence_number() {
        let mut buf = [0u8; 128];
        let mut b = Builder::new(&mut buf);
        assert_eq!(b.push(&SetMtu(1400), 41), Ok(40));
        assert_eq!(b.push(&SetMtu(9000), 42), Ok(40));
        let mut it = Messages::new(b.as_bytes());
        let second = it.nth(1).unwrap().unwrap();
        assert_eq!(
            (second.kind(), second.seq(), second.flags()),
            (msg_type::RTM_NEWLINK, 42, MsgFlags::REQUEST | MsgFlags::ACK)
        );
        assert_eq!(second.attrs_after(16).read(4, crate::Attr::u32).unwrap(), Some(9000));
    }

    /// `len` counts the netlink header; a length written early is patched
    /// later (as `rtnh_len` is); a nest is flagged whatever the kind given.
    #[test]
    fn the_writer_tracks_its_length_and_patches() {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        b.message(H, |m| {
            assert_eq!((m.len(), m.is_empty()), (16, true));
            m.raw(&[0xff; 4])?;
            assert_eq!((m.len(), m.is_empty()), (20, false));
            m.nest(NLA_F_NESTED | 2, |m| m.flag(1))?;
            m.patch_u16(16, 0x1234)
        })
        .unwrap();
        let msg = Messages::new(b.as_bytes()).next().unwrap().unwrap();
        assert_eq!(msg.bytes().len(), 28);
        assert_eq!(msg.payload()[..2], 0x1234u16.to_ne_bytes());
        assert_eq!(msg.payload()[2..4], [0xff, 0xff]);
        let nest = msg.attrs_after(4).next().unwrap().unwrap();
        assert!(nest.is_nested_flag() && nest.kind() == 2);
    }

    #[test]
    fn strings_with_nul_are_refused() {
        let mut buf = [0u8; 64];
        let err = Builder::new(&mut buf).message(H, |m| m.str(3, "a\0b")).unwrap_err();
        assert!(matches!(err, Error::InvalidValue { .. }));
    }

    #[test]
    fn batches_keep_their_sequence_numbers() {
        let mut buf = [0u8; 256];
        let mut b = Builder::new(&mut buf);
        for seq in 1..=3 {
            b.message(Header::new(msg_type::RTM_GETLINK, MsgFlags::REQUEST, seq), |m| {
                m.family_header(&[0u8; 16])
            })
            .unwrap();
        }
        let seqs: heapless::Vec<u32, 4> = Messages::new(b.as_bytes()).map(|m| m.unwrap().seq()).collect();
        assert_eq!(&seqs[..], &[1, 2, 3]);
        assert_eq!(Attrs::new(&[]).count(), 0);
    }
}
