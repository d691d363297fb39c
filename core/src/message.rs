//! The netlink message header and the walk over the messages of a datagram.

use bitflags::bitflags;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::{Attrs, RecordHeader, Walk};
use crate::error::{Error, Result};
use crate::wire::{align, NeU16, NeU32};

/// `struct nlmsghdr`: the 16-byte header in front of every netlink message.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct NlMsgHdr {
    /// Length of the message including this header (`nlmsg_len`).
    pub len: NeU32,
    /// Message type (`nlmsg_type`): one of [`msg_type`]'s constants.
    pub kind: NeU16,
    /// Flags (`nlmsg_flags`), see [`MsgFlags`].
    pub flags: NeU16,
    /// Sequence number (`nlmsg_seq`).
    pub seq: NeU32,
    /// Sending port id (`nlmsg_pid`); 0 for the kernel.
    pub pid: NeU32,
}

/// Size of [`NlMsgHdr`] on the wire.
pub const NLMSG_HDRLEN: usize = core::mem::size_of::<NlMsgHdr>();

/// Message types (`nlmsg_type`) of netlink control (`linux/netlink.h`) and,
/// generated from the specs, of rtnetlink (`RTM_*`).
pub mod msg_type {
    /// `NLMSG_NOOP`: nothing.
    pub const NOOP: u16 = 1;
    /// `NLMSG_ERROR`: an error or an ACK.
    pub const ERROR: u16 = 2;
    /// `NLMSG_DONE`: the end of a dump.
    pub const DONE: u16 = 3;
    /// `NLMSG_OVERRUN`: data lost.
    pub const OVERRUN: u16 = 4;
    pub use crate::tables::msg_type::*;
    // linux/rtnetlink.h's types of objects that have no YAML spec.
    /// `RTM_NEWPREFIX`: an IPv6 prefix a router advertised (events only).
    pub const RTM_NEWPREFIX: u16 = 52;
    /// `RTM_NEWADDRLABEL`.
    pub const RTM_NEWADDRLABEL: u16 = 72;
    /// `RTM_DELADDRLABEL`.
    pub const RTM_DELADDRLABEL: u16 = 73;
    /// `RTM_GETADDRLABEL`.
    pub const RTM_GETADDRLABEL: u16 = 74;
    /// `RTM_NEWLINKPROP`: adds a link's properties (alternative names).
    pub const RTM_NEWLINKPROP: u16 = 108;
    /// `RTM_DELLINKPROP`: removes a link's properties.
    pub const RTM_DELLINKPROP: u16 = 109;
}

bitflags! {
    /// `nlmsg_flags`. Several names share bits: their meaning depends on the
    /// request (GET, NEW, DELETE) or on the reply (ACK).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct MsgFlags: u16 {
        /// It is a request message.
        const REQUEST = 0x01;
        /// Multipart message, terminated by NLMSG_DONE.
        const MULTI = 0x02;
        /// Reply with an ACK, success or not.
        const ACK = 0x04;
        /// Echo this request to the requester's groups.
        const ECHO = 0x08;
        /// The dump was inconsistent because the data changed meanwhile.
        const DUMP_INTR = 0x10;
        /// The dump was filtered as requested (strict checking).
        const DUMP_FILTERED = 0x20;
        /// GET: return the complete table instead of a single entry.
        const ROOT = 0x100;
        /// GET: return all entries matching the criteria.
        const MATCH = 0x200;
        /// GET: atomic GET.
        const ATOMIC = 0x400;
        /// GET: `ROOT | MATCH`.
        const DUMP = 0x300;
        /// NEW: replace an existing object.
        const REPLACE = 0x100;
        /// NEW: do not touch an object that exists.
        const EXCL = 0x200;
        /// NEW: create the object if it does not exist.
        const CREATE = 0x400;
        /// NEW: add to the end of the object list.
        const APPEND = 0x800;
        /// DELETE: do not delete recursively.
        const NONREC = 0x100;
        /// DELETE: bulk delete.
        const BULK = 0x200;
        /// ACK: the request was capped (its payload is not echoed).
        const CAPPED = 0x100;
        /// ACK: extended ACK TLVs follow.
        const ACK_TLVS = 0x200;
    }
}

/// One netlink message borrowed from a datagram.
///
/// ```
/// use nlwire::{Messages, msg_type};
/// // An NLMSG_DONE carrying error 0, as ends every dump.
/// let mut d = [0u8; 20];
/// d[..4].copy_from_slice(&20u32.to_ne_bytes());
/// d[4..6].copy_from_slice(&msg_type::DONE.to_ne_bytes());
/// let msg = Messages::new(&d).next().unwrap().unwrap();
/// assert_eq!(msg.kind(), msg_type::DONE);
/// assert_eq!(msg.payload().len(), 4);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Message<'a> {
    header: &'a NlMsgHdr,
    bytes: &'a [u8],
    offset: usize,
}

impl<'a> Message<'a> {
    /// Parses the single message at the start of `bytes` (trailing bytes are ignored).
    #[inline]
    pub fn parse(bytes: &'a [u8]) -> Result<Self> {
        Messages::new(bytes).next().unwrap_or(Err(Error::Truncated {
            offset: 0,
            needed: NLMSG_HDRLEN,
            available: 0,
        }))
    }

    /// The header as it is on the wire.
    #[inline]
    pub fn header(&self) -> &'a NlMsgHdr {
        self.header
    }
    /// `nlmsg_type`, see [`msg_type`].
    #[inline]
    pub fn kind(&self) -> u16 {
        self.header.kind.get()
    }
    /// `nlmsg_flags`; unknown bits are kept.
    #[inline]
    pub fn flags(&self) -> MsgFlags {
        MsgFlags::from_bits_retain(self.header.flags.get())
    }
    /// `nlmsg_seq`.
    #[inline]
    pub fn seq(&self) -> u32 {
        self.header.seq.get()
    }
    /// `nlmsg_pid`: the sender's port id (0 for the kernel), or the
    /// requester's port in a reply.
    #[inline]
    pub fn port(&self) -> u32 {
        self.header.pid.get()
    }
    /// The whole message, header included.
    #[inline]
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }
    /// The payload after the 16-byte header.
    #[inline]
    pub fn payload(&self) -> &'a [u8] {
        self.bytes.get(NLMSG_HDRLEN..).unwrap_or(&[])
    }
    /// Offset of this message in the buffer it was parsed from.
    #[inline]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Reads the family header `T` at the start of the payload.
    #[inline]
    pub fn family_header<T: FromBytes + KnownLayout + Immutable + Unaligned>(&self) -> Result<&'a T> {
        let payload = self.payload();
        T::ref_from_prefix(payload).map(|(h, _)| h).map_err(|_| Error::Truncated {
            offset: self.offset + NLMSG_HDRLEN,
            needed: core::mem::size_of::<T>(),
            available: payload.len(),
        })
    }

    /// The attribute chain that follows a family header of `header_len` bytes
    /// (rounded up to 4). Empty if the payload is shorter.
    #[inline]
    pub fn attrs_after(&self, header_len: usize) -> Attrs<'a> {
        let start = NLMSG_HDRLEN + align(header_len);
        Attrs::with_offset(self.bytes.get(start..).unwrap_or(&[]), self.offset + start)
    }
}

/// Iterator over the messages of a datagram (or of several concatenated).
///
/// A malformed length yields one `Err` with the byte offset and ends the
/// iteration; it never loops or panics.
///
/// ```
/// use nlwire::Messages;
/// assert!(Messages::new(&[]).next().is_none());
/// let mut bad = Messages::new(&[4, 0, 0, 0]);
/// assert!(bad.next().unwrap().is_err());
/// assert!(bad.next().is_none());
/// ```
#[derive(Clone, Debug)]
pub struct Messages<'a> {
    walk: Walk<'a>,
}

impl<'a> Messages<'a> {
    /// Walks the messages in `buf`.
    #[inline]
    pub fn new(buf: &'a [u8]) -> Self {
        Messages { walk: Walk::new(buf, 0) }
    }
}

impl<'a> Iterator for Messages<'a> {
    type Item = Result<Message<'a>>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let record = self.walk.next_record::<NlMsgHdr>()?;
        Some(record.map(|(header, bytes, offset)| Message { header, bytes, offset }))
    }
}

impl RecordHeader for NlMsgHdr {
    #[inline]
    fn record_len(&self) -> usize {
        self.len.get() as usize
    }
}

impl core::iter::FusedIterator for Messages<'_> {}

/// Declares the view of an rtnetlink message family: the struct over the
/// family header and the attribute chain, `parse` (which checks the message
/// type and the header's size), `header()`, `attrs()` and, after `header`,
/// getters of header fields (`family: u8 = ifa_family`, `.get()` for the
/// byte-order types).
macro_rules! message_view {
    (
        $(#[$doc:meta])* $name:ident, $header:ty, $view:ident, $family:literal, family = $family_field:ident,
        [$($kind:expr),+ $(,)?]
        $(, header { $($(#[$fdoc:meta])* $getter:ident: $ret:ty = $field:ident $(. $get:ident())?),+ $(,)? })?
    ) => {
        $(#[$doc])*
        ///
        /// Every attribute of the set has a typed read through `Deref` to the
        /// generated view; the methods here add meaning to some of them.
        #[derive(Clone, Debug)]
        pub struct $name<'a> {
            header: &'a $header,
            attrs: $view<'a>,
        }

        impl<'a> $name<'a> {
            /// Checks the message type and header size.
            pub fn parse(msg: &$crate::message::Message<'a>) -> $crate::error::Result<Self> {
                let (header, attrs) = $crate::message::split(msg, &[$($kind),+], $family)?;
                Ok($name { header, attrs: $view(attrs) })
            }
            /// The family header.
            pub fn header(&self) -> &'a $header {
                self.header
            }
            #[doc = concat!("Address family (`AF_*`, the header's `", stringify!($family_field), "`).")]
            pub fn family(&self) -> u8 {
                self.header.$family_field
            }
            /// All attributes, in order.
            pub fn attrs(&self) -> $crate::attr::Attrs<'a> {
                self.attrs.0.clone()
            }
            /// The same message, its attributes indexed in `index` (reused
            /// from one message to the next) for a caller about to read many
            /// of them, as a printer does; see
            /// [`Attrs::indexed`]($crate::attr::Attrs::indexed).
            pub fn indexed<'s>(&self, index: &'s mut $crate::attr::AttrIndex) -> $name<'s>
            where
                'a: 's,
            {
                $name { header: self.header, attrs: $view(self.attrs.0.indexed(index)) }
            }
            $($(
                $(#[$fdoc])*
                pub fn $getter(&self) -> $ret {
                    self.header.$field $(.$get())?
                }
            )+)?
        }

        $crate::attr::deref_to_attrs!($name, $view);
    };
}
pub(crate) use message_view;

/// Checks that `msg` is one of `kinds` and splits it into the family header
/// `T` and the attribute chain after it.
pub(crate) fn split<'a, T>(
    msg: &Message<'a>,
    kinds: &[u16],
    family: &'static str,
) -> Result<(&'a T, Attrs<'a>)>
where
    T: FromBytes + KnownLayout + Immutable + Unaligned,
{
    if !kinds.contains(&msg.kind()) {
        return Err(Error::WrongMessageType { expected: family, found: msg.kind() });
    }
    let header = msg.family_header::<T>()?;
    Ok((header, msg.attrs_after(core::mem::size_of::<T>())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hdr(len: u32, kind: u16, flags: u16, seq: u32, pid: u32) -> [u8; 16] {
        let mut b = [0u8; 16];
        b[0..4].copy_from_slice(&len.to_ne_bytes());
        b[4..6].copy_from_slice(&kind.to_ne_bytes());
        b[6..8].copy_from_slice(&flags.to_ne_bytes());
        b[8..12].copy_from_slice(&seq.to_ne_bytes());
        b[12..16].copy_from_slice(&pid.to_ne_bytes());
        b
    }

    #[test]
    fn header_layout_is_16_bytes() {
        assert_eq!(NLMSG_HDRLEN, 16);
    }

    #[test]
    fn walks_two_messages_with_padding() {
        let mut buf = [0u8; 40];
        buf[..16].copy_from_slice(&hdr(18, 16, 2, 7, 0));
        buf[16..18].copy_from_slice(&[0xaa, 0xbb]);
        buf[20..36].copy_from_slice(&hdr(16, 3, 2, 7, 0));
        let got: [Message; 2] = {
            let mut it = Messages::new(&buf[..36]);
            let a = it.next().unwrap().unwrap();
            let b = it.next().unwrap().unwrap();
            assert!(it.next().is_none());
            [a, b]
        };
        assert_eq!(got[0].kind(), 16);
        assert_eq!(got[0].payload(), &[0xaa, 0xbb]);
        assert_eq!(got[0].flags(), MsgFlags::MULTI);
        assert_eq!(got[1].offset(), 20);
        assert_eq!(got[1].seq(), 7);
    }

    #[test]
    fn short_length_is_an_error_and_stops() {
        let buf = hdr(8, 16, 0, 0, 0);
        let mut it = Messages::new(&buf);
        assert_eq!(it.next().unwrap().unwrap_err(), Error::BadLength { offset: 0, len: 8 });
        assert!(it.next().is_none());
    }

    #[test]
    fn length_past_end_is_truncated() {
        let buf = hdr(100, 16, 0, 0, 0);
        let err = Messages::new(&buf).next().unwrap().unwrap_err();
        assert_eq!(err, Error::Truncated { offset: 0, needed: 100, available: 16 });
    }

    #[test]
    fn header_fields_read_as_sent() {
        // Unknown flag bits (0x8000) are kept; every field is distinct.
        let buf = hdr(16, 0x1234, 0x8000 | 0x0105, 0xdead_beef, 0x0102_0304);
        let msg = Message::parse(&buf).unwrap();
        assert_eq!(msg.kind(), 0x1234);
        assert_eq!(msg.flags().bits(), 0x8105);
        assert!(msg.flags().contains(MsgFlags::REQUEST | MsgFlags::ACK | MsgFlags::ROOT));
        assert_eq!((msg.seq(), msg.port()), (0xdead_beef, 0x0102_0304));
        assert_eq!(msg.header().len.get(), 16);
        assert_eq!(msg.header().kind.get(), 0x1234);
        assert_eq!(msg.header().pid.get(), 0x0102_0304);
        assert_eq!((msg.bytes(), msg.payload(), msg.offset()), (&buf[..], &[][..], 0));
    }

    #[test]
    fn trailing_bytes_after_a_message_are_not_part_of_it() {
        let mut buf = [0u8; 24];
        buf[..16].copy_from_slice(&hdr(20, 16, 0, 0, 0));
        buf[16..].copy_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8]);
        let msg = Message::parse(&buf).unwrap();
        assert_eq!(msg.bytes().len(), 20);
        assert_eq!(msg.payload(), &[1, 2, 3, 4]);
    }

    /// The second message of a datagram: offsets in its errors and in its
    /// attributes count from the start of the datagram.
    #[test]
    fn offsets_count_from_the_start_of_the_datagram() {
        // Message 1 at 0: 16 bytes. Message 2 at 16: header, a 5-byte family
        // header padded to 8, then one attribute (type 7, u32 9) at 16 + 16 + 8.
        let mut buf = [0u8; 56];
        buf[..16].copy_from_slice(&hdr(16, 3, 0, 0, 0));
        buf[16..32].copy_from_slice(&hdr(32, 16, 0, 0, 0));
        buf[32..37].copy_from_slice(&[1, 2, 3, 4, 5]);
        buf[40..42].copy_from_slice(&8u16.to_ne_bytes());
        buf[42..44].copy_from_slice(&7u16.to_ne_bytes());
        buf[44..48].copy_from_slice(&9u32.to_ne_bytes());
        let mut it = Messages::new(&buf[..48]);
        let second = it.nth(1).unwrap().unwrap();
        assert_eq!(second.offset(), 16);
        assert_eq!(second.payload().len(), 16);
        let attr = second.attrs_after(5).next().unwrap().unwrap();
        assert_eq!((attr.kind(), attr.offset(), attr.u32().unwrap()), (7, 40, 9));
        // A family header longer than the payload: reported at the payload.
        let err = second.family_header::<[u8; 20]>().unwrap_err();
        assert_eq!(err, Error::Truncated { offset: 32, needed: 20, available: 16 });
        assert_eq!(second.family_header::<[u8; 5]>().unwrap(), &[1, 2, 3, 4, 5]);
        // A header longer than the payload leaves no attributes.
        assert_eq!(second.attrs_after(32).count(), 0);
    }

    #[test]
    fn split_checks_the_message_type_and_the_family_header() {
        let mut buf = [0u8; 24];
        buf[..16].copy_from_slice(&hdr(24, 16, 0, 0, 0));
        buf[16..20].copy_from_slice(&[1, 2, 3, 4]);
        buf[20..22].copy_from_slice(&4u16.to_ne_bytes());
        buf[22..24].copy_from_slice(&2u16.to_ne_bytes());
        let msg = Message::parse(&buf).unwrap();
        let (header, mut attrs) = split::<[u8; 4]>(&msg, &[16, 17], "link").unwrap();
        assert_eq!(header, &[1, 2, 3, 4]);
        let attr = attrs.next().unwrap().unwrap();
        assert_eq!((attr.kind(), attr.offset()), (2, 20));
        let err = split::<[u8; 4]>(&msg, &[20], "addr").unwrap_err();
        assert_eq!(err, Error::WrongMessageType { expected: "addr", found: 16 });
        assert!(matches!(split::<[u8; 12]>(&msg, &[16], "link"), Err(Error::Truncated { .. })));
    }

    #[test]
    fn every_prefix_of_a_message_fails_cleanly() {
        let mut buf = [0u8; 24];
        buf[..16].copy_from_slice(&hdr(24, 16, 0, 0, 0));
        for n in 1..24 {
            let mut it = Messages::new(&buf[..n]);
            assert!(it.next().unwrap().is_err(), "prefix {n}");
            assert!(it.next().is_none());
        }
    }
}
