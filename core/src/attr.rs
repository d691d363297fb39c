//! Attributes (`struct nlattr`): a lazy walk over a chain and typed,
//! length-checked accessors.

use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::error::{Error, Result};
use crate::wire::{align, int_encodings, NeU16};

/// `struct nlattr`: length (header included) and type.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct NlAttrHdr {
    /// `nla_len`: header plus payload, without trailing padding.
    pub len: NeU16,
    /// `nla_type`: type with the flag bits below.
    pub kind: NeU16,
}

/// Size of [`NlAttrHdr`].
pub const NLA_HDRLEN: usize = 4;
/// Flag bit: the payload is a nested attribute chain.
pub const NLA_F_NESTED: u16 = 0x8000;
/// Flag bit: the payload is in network byte order.
pub const NLA_F_NET_BYTEORDER: u16 = 0x4000;
/// Mask that removes the two flag bits from `nla_type`.
pub const NLA_TYPE_MASK: u16 = !(NLA_F_NESTED | NLA_F_NET_BYTEORDER);

/// One attribute borrowed from the caller's buffer.
///
/// Typed accessors demand the exact payload size (strings: a NUL inside
/// the payload) and return [`Error::AttrSize`] or [`Error::BadString`]
/// otherwise.
///
/// ```
/// use nlwire::Attrs;
/// // IFLA_MTU (4) = 1500
/// let mut b = [8u8, 0, 4, 0, 0, 0, 0, 0];
/// b[..2].copy_from_slice(&8u16.to_ne_bytes());
/// b[2..4].copy_from_slice(&4u16.to_ne_bytes());
/// b[4..].copy_from_slice(&1500u32.to_ne_bytes());
/// let a = Attrs::new(&b).next().unwrap().unwrap();
/// assert_eq!((a.kind(), a.u32().unwrap()), (4, 1500));
/// assert!(a.u16().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attr<'a> {
    raw_kind: u16,
    payload: &'a [u8],
    offset: usize,
}

/// Integer reads of an attribute (see [`int_encodings`]), the payload's
/// exact size demanded.
macro_rules! int_accessors {
    ($($name:ident: $t:ty = $from:ident, $to:ident, $what:literal;)+) => {
        $(
            #[doc = concat!("The payload as ", $what, ".")]
            #[inline]
            pub fn $name(&self) -> Result<$t> {
                Ok(<$t>::$from(self.array()?))
            }
        )+
    };
}

impl<'a> Attr<'a> {
    /// An attribute made of its parts (`offset` is only used in errors).
    #[inline]
    pub const fn from_parts(raw_kind: u16, payload: &'a [u8], offset: usize) -> Self {
        Attr { raw_kind, payload, offset }
    }
    /// The type with [`NLA_F_NESTED`] and [`NLA_F_NET_BYTEORDER`] masked off.
    #[inline]
    pub fn kind(&self) -> u16 {
        self.raw_kind & NLA_TYPE_MASK
    }
    /// The type as sent, flag bits included.
    #[inline]
    pub fn raw_kind(&self) -> u16 {
        self.raw_kind
    }
    /// Whether the sender set [`NLA_F_NESTED`].
    #[inline]
    pub fn is_nested_flag(&self) -> bool {
        self.raw_kind & NLA_F_NESTED != 0
    }
    /// Whether the sender set [`NLA_F_NET_BYTEORDER`].
    #[inline]
    pub fn is_net_byteorder(&self) -> bool {
        self.raw_kind & NLA_F_NET_BYTEORDER != 0
    }
    /// The payload, padding excluded.
    #[inline]
    pub fn payload(&self) -> &'a [u8] {
        self.payload
    }
    /// Offset of the attribute header in the parsed buffer.
    #[inline]
    pub fn offset(&self) -> usize {
        self.offset
    }

    #[cold]
    fn size_error(&self, expected: usize) -> Error {
        Error::AttrSize { kind: self.kind(), offset: self.offset, expected, actual: self.payload.len() }
    }

    /// The payload as a fixed-size array, exact length demanded.
    #[inline]
    pub fn array<const N: usize>(&self) -> Result<[u8; N]> {
        <[u8; N]>::try_from(self.payload).map_err(|_| self.size_error(N))
    }

    int_encodings!(int_accessors);

    /// The kernel's variable-width unsigned integer (`uint`: 4 or 8 bytes;
    /// 1 and 2 are read too).
    #[inline]
    pub fn uint(&self) -> Result<u64> {
        match self.payload.len() {
            1 => self.u8().map(u64::from),
            2 => self.u16().map(u64::from),
            4 => self.u32().map(u64::from),
            _ => self.u64(),
        }
    }
    /// The kernel's variable-width signed integer (`sint`: 4 or 8 bytes).
    #[inline]
    pub fn sint(&self) -> Result<i64> {
        match self.payload.len() {
            4 => self.i32().map(i64::from),
            _ => self.i64(),
        }
    }

    /// An empty payload: the attribute is a flag whose presence means true.
    #[inline]
    pub fn flag(&self) -> Result<()> {
        self.array::<0>().map(|_| ())
    }

    /// A NUL-terminated UTF-8 string; the text before the first NUL.
    #[inline]
    pub fn str(&self) -> Result<&'a str> {
        let bad = Error::BadString { kind: self.kind(), offset: self.offset };
        let end = self.payload.iter().position(|&b| b == 0).ok_or(bad)?;
        let text = self.payload.get(..end).ok_or(bad)?;
        core::str::from_utf8(text).map_err(|_| bad)
    }

    /// An IPv4 address (4 bytes, network order).
    #[inline]
    pub fn ipv4(&self) -> Result<Ipv4Addr> {
        self.array::<4>().map(Ipv4Addr::from)
    }
    /// An IPv6 address (16 bytes).
    #[inline]
    pub fn ipv6(&self) -> Result<Ipv6Addr> {
        self.array::<16>().map(Ipv6Addr::from)
    }
    /// An IPv4 or IPv6 address, told apart by length (4 or 16).
    #[inline]
    pub fn ip(&self) -> Result<IpAddr> {
        match self.payload.len() {
            4 => self.ipv4().map(IpAddr::V4),
            16 => self.ipv6().map(IpAddr::V6),
            _ => Err(self.size_error(4)),
        }
    }
    /// An Ethernet MAC address (exactly 6 bytes). Other link types use
    /// [`payload`](Self::payload) for their hardware addresses.
    #[inline]
    pub fn mac(&self) -> Result<[u8; 6]> {
        self.array::<6>()
    }
    /// The payload as a nested attribute chain (whatever the flag says:
    /// the kernel does not set [`NLA_F_NESTED`] on every nest).
    #[inline]
    pub fn nested(&self) -> Attrs<'a> {
        Attrs::with_offset(self.payload, self.offset + NLA_HDRLEN)
    }
    /// The payload copied into a fixed struct, whatever its length: what an
    /// older kernel's shorter struct lacks is zero, as in C's `memcpy`
    /// into a zeroed struct (how iproute2 reads statistics structs that
    /// grew over the years); a longer payload's tail is left out.
    ///
    /// ```
    /// use nlwire::Attr;
    /// let older = Attr::from_parts(1, &[7, 9], 0);
    /// assert_eq!(older.to_struct_zero_filled::<[u8; 4]>(), [7, 9, 0, 0]);
    /// let newer = Attr::from_parts(1, &[1, 2, 3, 4, 5], 0);
    /// assert_eq!(newer.to_struct_zero_filled::<[u8; 4]>(), [1, 2, 3, 4]);
    /// ```
    pub fn to_struct_zero_filled<T: FromBytes + IntoBytes + Default>(&self) -> T {
        let mut value = T::default();
        let bytes = value.as_mut_bytes();
        let n = bytes.len().min(self.payload.len());
        if let (Some(to), Some(from)) = (bytes.get_mut(..n), self.payload.get(..n)) {
            to.copy_from_slice(from);
        }
        value
    }
    /// The payload as a fixed struct. The payload must be at least
    /// `size_of::<T>()`: the kernel grows such structs by appending fields, so
    /// a longer payload from a newer kernel still reads.
    #[inline]
    pub fn as_struct<T: FromBytes + KnownLayout + Immutable + Unaligned>(&self) -> Result<&'a T> {
        T::ref_from_prefix(self.payload)
            .map(|(t, _)| t)
            .map_err(|_| self.size_error(core::mem::size_of::<T>()))
    }
}

/// A typed read of one attribute, such as [`Attr::u32`] or [`Attr::str`]:
/// what [`Attrs::read`] and its kin apply to the attributes they find.
pub type Read<'a, T> = fn(&Attr<'a>) -> Result<T>;

/// A lazy iterator over an attribute chain: order and duplicates kept.
///
/// Each step checks `4 <= nla_len <= remaining`; a bad length yields one
/// `Err` with the offset and ends the walk.
#[derive(Clone, Debug, Default)]
pub struct Attrs<'a> {
    walk: Walk<'a>,
    /// Where each type first stands, when the caller had it indexed.
    index: Option<&'a AttrIndex>,
}

/// Where each attribute type below [`AttrIndex::KINDS`] first stands in one
/// chain, found in one walk: a view that reads many attributes of a long
/// message (a link has fifty) then goes straight to each, instead of
/// walking the chain once per read. The caller keeps it and reuses it from
/// one message to the next; see [`Attrs::indexed`].
#[derive(Clone, Debug)]
pub struct AttrIndex {
    /// For each type, 1 + the offset of its first attribute; 0: absent.
    first: [u16; AttrIndex::KINDS],
    /// The walk met a malformed attribute: what it did not find is looked
    /// for by walking, so that the error is reported as without an index.
    broken: bool,
}

impl AttrIndex {
    /// Types from 0 to `KINDS - 1` are indexed; others are found by walking.
    pub const KINDS: usize = 80;

    /// An empty index, to be filled by [`Attrs::indexed`].
    pub const fn new() -> Self {
        AttrIndex { first: [0; Self::KINDS], broken: false }
    }
}

impl Default for AttrIndex {
    fn default() -> Self {
        Self::new()
    }
}

impl<'a> Attrs<'a> {
    /// Walks the chain in `buf`.
    #[inline]
    pub fn new(buf: &'a [u8]) -> Self {
        Self::with_offset(buf, 0)
    }
    /// Walks the chain in `buf`, reporting offsets as if `buf` started at `base`.
    #[inline]
    pub fn with_offset(buf: &'a [u8], base: usize) -> Self {
        Attrs { walk: Walk::new(buf, base), index: None }
    }
    /// The same chain, its types indexed in `index` by one walk now, so that
    /// [`find`](Self::find) and every read built on it go straight to the
    /// attribute. The answers are the same as without the index, errors
    /// included. A chain over 64 KiB is not indexed.
    ///
    /// ```
    /// use nlwire::attr::{AttrIndex, Attrs};
    /// let b = [8u8, 0, 4, 0, 220, 5, 0, 0];
    /// let mut index = AttrIndex::new();
    /// let attrs = Attrs::new(&b).indexed(&mut index);
    /// assert_eq!(attrs.find(4).unwrap().unwrap().u32().unwrap(), 1500);
    /// assert_eq!(attrs.find(5).unwrap(), None);
    /// ```
    pub fn indexed<'s>(&self, index: &'s mut AttrIndex) -> Attrs<'s>
    where
        'a: 's,
    {
        let plain = Attrs::with_offset(self.walk.buf, self.walk.base);
        if u16::try_from(self.walk.buf.len()).is_err() {
            return plain;
        }
        index.first = [0; AttrIndex::KINDS];
        index.broken = false;
        let mut walk = plain.clone();
        loop {
            let at = walk.walk.pos;
            match walk.next() {
                None => break,
                Some(Err(_)) => {
                    index.broken = true;
                    break;
                }
                Some(Ok(attr)) => {
                    let kind = usize::from(attr.kind());
                    if let Some(slot) = index.first.get_mut(kind).filter(|slot| **slot == 0) {
                        // At most 64 KiB, checked above.
                        *slot = u16::try_from(at + 1).unwrap_or(0);
                    }
                }
            }
        }
        Attrs { index: Some(index), ..plain }
    }
    /// The bytes of the chain not yet walked.
    #[inline]
    pub fn remaining(&self) -> &'a [u8] {
        self.walk.remaining()
    }
    /// The whole chain's bytes.
    #[inline]
    pub fn bytes(&self) -> &'a [u8] {
        self.walk.buf
    }
    /// The same chain, walked again from its start.
    #[inline]
    fn restarted(&self) -> Self {
        Attrs { walk: Walk::new(self.walk.buf, self.walk.base), index: self.index }
    }
    /// The first attribute of type `kind` (flags masked), from the start of the
    /// chain. An error in the chain before it is returned as the error.
    ///
    /// ```
    /// use nlwire::Attrs;
    /// assert_eq!(Attrs::new(&[]).find(3).unwrap(), None);
    /// ```
    #[inline(always)]
    pub fn find(&self, kind: u16) -> Result<Option<Attr<'a>>> {
        // Inlined into every typed read, so that an indexed chain answers
        // without a call for an absent attribute: most of a printer's reads.
        if let Some(index) = self.index {
            if !index.broken && index.first.get(usize::from(kind)) == Some(&0) {
                return Ok(None);
            }
        }
        self.find_in_chain(kind)
    }
    /// [`find`](Self::find) past the index's quick answer: the attribute at
    /// the index's offset, or by walking from the start of the chain.
    #[inline(never)]
    fn find_in_chain(&self, kind: u16) -> Result<Option<Attr<'a>>> {
        let indexed = self.index.and_then(|index| index.first.get(usize::from(kind)));
        if let Some(attr) = indexed.and_then(|&at| self.indexed_at(usize::from(at).checked_sub(1)?)) {
            return Ok(Some(attr));
        }
        let mut walk = self.restarted();
        for attr in &mut walk {
            let attr = attr?;
            if attr.kind() == kind {
                return Ok(Some(attr));
            }
        }
        Ok(None)
    }
    /// The attribute the index put at `at`, already checked by the walk
    /// that indexed it.
    fn indexed_at(&self, at: usize) -> Option<Attr<'a>> {
        let bytes = self.walk.buf.get(at..)?;
        let (header, _) = NlAttrHdr::ref_from_prefix(bytes).ok()?;
        let payload = bytes.get(NLA_HDRLEN..header.record_len())?;
        Some(Attr { raw_kind: header.kind.get(), payload, offset: self.walk.base + at })
    }
    /// The first attribute of type `kind`, read by `read` (such as
    /// [`Attr::u32`]); `Ok(None)` when it is absent.
    ///
    /// ```
    /// use nlwire::{Attr, Attrs};
    /// let mut b = [8u8, 0, 4, 0, 0, 0, 0, 0];
    /// b[4..].copy_from_slice(&1500u32.to_ne_bytes());
    /// assert_eq!(Attrs::new(&b).read(4, Attr::u32).unwrap(), Some(1500));
    /// assert_eq!(Attrs::new(&b).read(5, Attr::u32).unwrap(), None);
    /// ```
    #[inline]
    pub fn read<T>(&self, kind: u16, read: Read<'a, T>) -> Result<Option<T>> {
        match self.find(kind)? {
            Some(attr) => read(&attr).map(Some),
            None => Ok(None),
        }
    }
    /// Whether the flag attribute `kind` is present (with an empty payload).
    #[inline]
    pub fn flag(&self, kind: u16) -> Result<bool> {
        self.read(kind, Attr::flag).map(|f| f.is_some())
    }
    /// Every attribute of type `kind`, in order, each read by `read`.
    #[inline]
    pub fn read_all<T: 'a>(&self, kind: u16, read: Read<'a, T>) -> impl Iterator<Item = Result<T>> + 'a {
        self.find_all(kind).map(move |a| a.and_then(|a| read(&a)))
    }
    /// The entries of the first array nest `kind` (the kernel's
    /// `indexed-array`: each entry's type is its index), in order, each read
    /// by `read`; none when the nest is absent. An error finding the nest is
    /// the first item.
    ///
    /// ```
    /// use nlwire::{Attr, Attrs};
    /// // A nest of type 1 holding entries 0 and 1, a u16 each.
    /// let b = [20u8, 0, 1, 0x80, 6, 0, 0, 0, 7, 0, 0, 0, 6, 0, 1, 0, 9, 0, 0, 0];
    /// let got: Vec<u16> = Attrs::new(&b).read_array(1, Attr::u16).collect::<Result<_, _>>().unwrap();
    /// assert_eq!(got, [7, 9]);
    /// assert_eq!(Attrs::new(&b).read_array(2, Attr::u16).count(), 0);
    /// ```
    #[inline]
    pub fn read_array<T: 'a>(&self, kind: u16, read: Read<'a, T>) -> impl Iterator<Item = Result<T>> + 'a {
        let entries = self.find(kind).map(|nest| nest.map(|a| a.nested()).unwrap_or_default());
        try_iter(entries).map(move |a| a.and_then(|a| read(&a)))
    }
    /// Every attribute of type `kind`, in order.
    #[inline]
    pub fn find_all(&self, kind: u16) -> impl Iterator<Item = Result<Attr<'a>>> + 'a {
        self.restarted().filter(move |a| a.as_ref().map_or(true, |a| a.kind() == kind))
    }
    /// Walks the whole chain and returns its first error, if any.
    #[inline]
    pub fn validate(&self) -> Result<()> {
        self.restarted().try_for_each(|a| a.map(|_| ()))
    }
}

/// The items of `items`, or its error as the only item.
pub(crate) fn try_iter<T, I: Iterator<Item = Result<T>>>(
    items: Result<I>,
) -> impl Iterator<Item = Result<T>> {
    let (items, error) = match items {
        Ok(items) => (Some(items), None),
        Err(e) => (None, Some(Err(e))),
    };
    error.into_iter().chain(items.into_iter().flatten())
}

impl<'a> Iterator for Attrs<'a> {
    type Item = Result<Attr<'a>>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let record = self.walk.next_record::<NlAttrHdr>()?;
        Some(record.map(|(hdr, bytes, offset)| Attr {
            raw_kind: hdr.kind.get(),
            payload: bytes.get(NLA_HDRLEN..).unwrap_or(&[]),
            offset,
        }))
    }
}

impl core::iter::FusedIterator for Attrs<'_> {}

/// The header of a record in a chain of netlink records (messages,
/// attributes, multipath next hops): it starts the record and gives the
/// record's length, itself included.
pub(crate) trait RecordHeader: FromBytes + KnownLayout + Immutable + Unaligned {
    /// The record's length as the header gives it.
    fn record_len(&self) -> usize;
}

impl RecordHeader for NlAttrHdr {
    #[inline]
    fn record_len(&self) -> usize {
        usize::from(self.len.get())
    }
}

/// A walk over a chain of records, each padded to 4 bytes: where it is, and
/// whether it stopped at an error.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Walk<'a> {
    buf: &'a [u8],
    /// The offset of `buf` in the buffer first parsed, for errors.
    base: usize,
    pos: usize,
    failed: bool,
}

impl<'a> Walk<'a> {
    /// A walk over `buf`, reporting offsets as if it started at `base`.
    #[inline]
    pub(crate) const fn new(buf: &'a [u8], base: usize) -> Self {
        Walk { buf, base, pos: 0, failed: false }
    }
    /// The bytes not yet walked.
    #[inline]
    pub(crate) fn remaining(&self) -> &'a [u8] {
        self.buf.get(self.pos..).unwrap_or(&[])
    }
    /// The next record: its header, its bytes (header included, padding
    /// excluded) and its offset. A header that does not fit, or a length
    /// below the header's size or past the end, is one error that ends the
    /// walk; it never loops or panics.
    #[inline]
    pub(crate) fn next_record<H: RecordHeader>(&mut self) -> Option<Result<(&'a H, &'a [u8], usize)>> {
        if self.failed {
            return None;
        }
        let rest = self.buf.get(self.pos..).filter(|r| !r.is_empty())?;
        let offset = self.base + self.pos;
        let size = core::mem::size_of::<H>();
        let parsed = H::ref_from_prefix(rest)
            .map_err(|_| Error::Truncated { offset, needed: size, available: rest.len() })
            .and_then(|(header, _)| {
                let len = header.record_len();
                if len < size {
                    return Err(Error::BadLength { offset, len });
                }
                let bytes =
                    rest.get(..len).ok_or(Error::Truncated { offset, needed: len, available: rest.len() })?;
                Ok((header, bytes, offset))
            });
        match &parsed {
            Ok((_, bytes, _)) => self.pos = self.pos.saturating_add(align(bytes.len())).min(self.buf.len()),
            Err(_) => self.failed = true,
        }
        Some(parsed)
    }
}

/// The value of the first `(name, value)` item named `name` (a string set's
/// index, a multicast group's id); a broken item before it is the error.
pub(crate) fn value_named<'s, V>(
    items: impl IntoIterator<Item = Result<(&'s str, V)>>,
    name: &str,
) -> Result<Option<V>> {
    for item in items {
        let (n, v) = item?;
        if n == name {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// `Deref` from a view whose `attrs` field holds a generated attribute view
/// (`LinkAttrs`, ...) to that view, so each of its typed reads is the view's.
macro_rules! deref_to_attrs {
    ($name:ident, $($view:ident)::+) => {
        impl<'a> core::ops::Deref for $name<'a> {
            type Target = $($view)::+<'a>;
            fn deref(&self) -> &Self::Target {
                &self.attrs
            }
        }
    };
}
pub(crate) use deref_to_attrs;

/// Declares the view of a nest (`IFLA_LINKINFO`, a tc kind's `TCA_OPTIONS`):
/// the struct over the generated view of its attributes, reached through
/// `Deref`, with `new` and `attrs()`.
macro_rules! nest_view {
    ($(#[$doc:meta])* $name:ident, $view:ident) => {
        $(#[$doc])*
        ///
        /// Every attribute of the set has a typed read through `Deref` to the
        /// generated view; the methods here add meaning to some of them.
        #[derive(Clone, Debug)]
        pub struct $name<'a> {
            attrs: $view<'a>,
        }

        impl<'a> $name<'a> {
            /// A view of the nest's attributes.
            pub fn new(attrs: $crate::attr::Attrs<'a>) -> Self {
                $name { attrs: $view(attrs) }
            }
            /// The nested attributes, in order.
            pub fn attrs(&self) -> $crate::attr::Attrs<'a> {
                self.attrs.0.clone()
            }
        }

        $crate::attr::deref_to_attrs!($name, $view);
    };
}
pub(crate) use nest_view;

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(kind: u16, payload: &[u8], out: &mut [u8]) -> usize {
        let len = 4 + payload.len();
        out[..2].copy_from_slice(&(len as u16).to_ne_bytes());
        out[2..4].copy_from_slice(&kind.to_ne_bytes());
        out[4..len].copy_from_slice(payload);
        align(len)
    }

    #[test]
    fn an_indexed_chain_answers_as_the_walk_does() {
        let mut buf = [0u8; 128];
        let mut n = 0;
        n += attr(3, b"v0\0", &mut buf[n..]);
        n += attr(4, &1500u32.to_ne_bytes(), &mut buf[n..]);
        n += attr(3, b"second\0", &mut buf[n..]); // a repeated type: the first is found
        n += attr(90, &[1, 2], &mut buf[n..]); // beyond the index
        n += attr(NLA_F_NESTED | 79, &[], &mut buf[n..]); // the last indexed type, flags masked
        n += attr(0, &[9; 5], &mut buf[n..]);
        // Then a malformed attribute: nla_len 2 (below the header).
        buf[n..n + 2].copy_from_slice(&2u16.to_ne_bytes());
        buf[n + 2..n + 4].copy_from_slice(&6u16.to_ne_bytes());
        let full = n + 8;
        let mut index = AttrIndex::new();
        // Every prefix of the chain: clean ends, truncated attributes, the bad one.
        for len in 0..=full {
            let plain = Attrs::with_offset(&buf[..len], 16);
            let indexed = plain.indexed(&mut index);
            for kind in 0..100 {
                assert_eq!(indexed.find(kind), plain.find(kind), "chain of {len} bytes, type {kind}");
            }
            assert!(indexed.clone().eq(plain.clone()), "the walk itself is unchanged");
        }
        let indexed = Attrs::new(&buf[..n]).indexed(&mut index);
        assert_eq!(indexed.find(3).unwrap().unwrap().str().unwrap(), "v0");
        assert_eq!(indexed.find(79).unwrap().map(|a| a.is_nested_flag()), Some(true));
        assert!(Attrs::new(&buf[..full]).indexed(&mut index).find(7).is_err(), "absent, after the bad one");
    }

    #[test]
    fn flag_bits_are_told_apart_and_masked() {
        let both = Attr::from_parts(NLA_F_NESTED | NLA_F_NET_BYTEORDER | 5, &[], 0);
        assert_eq!((both.kind(), both.is_nested_flag(), both.is_net_byteorder()), (5, true, true));
        let order = Attr::from_parts(NLA_F_NET_BYTEORDER | 5, &[], 0);
        assert_eq!((order.kind(), order.is_nested_flag(), order.is_net_byteorder()), (5, false, true));
        let plain = Attr::from_parts(5, &[], 0);
        assert_eq!((plain.is_nested_flag(), plain.is_net_byteorder()), (false, false));
        assert_eq!(NLA_TYPE_MASK, 0x3fff);
    }

    #[test]
    fn variable_width_integers_read_by_length() {
        let uint = |p: &[u8]| Attr::from_parts(1, p, 0).uint();
        assert_eq!(uint(&[7]).unwrap(), 7);
        assert_eq!(uint(&0x1234u16.to_ne_bytes()).unwrap(), 0x1234);
        assert_eq!(uint(&u32::MAX.to_ne_bytes()).unwrap(), u64::from(u32::MAX));
        assert_eq!(uint(&(1u64 << 40).to_ne_bytes()).unwrap(), 1 << 40);
        assert!(uint(&[0; 3]).is_err());
        let sint = |p: &[u8]| Attr::from_parts(1, p, 0).sint();
        assert_eq!(sint(&(-5i32).to_ne_bytes()).unwrap(), -5);
        assert_eq!(sint(&(-(1i64 << 40)).to_ne_bytes()).unwrap(), -(1 << 40));
        assert!(sint(&[0; 2]).is_err());
    }

    #[test]
    fn typed_reads_by_kind() {
        let mut buf = [0u8; 64];
        let mut n = attr(4, &1500u32.to_ne_bytes(), &mut buf);
        n += attr(9, &[], &mut buf[n..]);
        n += attr(4, &9000u32.to_ne_bytes(), &mut buf[n..]);
        n += attr(6, &[1, 2], &mut buf[n..]);
        let attrs = Attrs::new(&buf[..n]);
        assert_eq!(attrs.read(4, Attr::u32).unwrap(), Some(1500));
        assert_eq!(attrs.read(5, Attr::u32).unwrap(), None);
        assert!(attrs.read(6, Attr::u32).is_err(), "a wrong size is an error, not None");
        assert!(attrs.flag(9).unwrap());
        assert!(!attrs.flag(10).unwrap());
        assert!(attrs.flag(4).is_err(), "a flag with a payload is malformed");
        let mut all = attrs.read_all(4, Attr::u32);
        assert_eq!((all.next(), all.next()), (Some(Ok(1500)), Some(Ok(9000))));
        assert!(all.next().is_none());
    }

    #[test]
    fn keeps_order_duplicates_and_flags() {
        let mut buf = [0u8; 64];
        let mut n = attr(3, b"eth0\0", &mut buf);
        n += attr(3, b"eth1\0", &mut buf[n..]);
        n += attr(NLA_F_NESTED | 18, &[], &mut buf[n..]);
        let got: [Attr; 3] = {
            let mut it = Attrs::new(&buf[..n]);
            let r = [it.next().unwrap().unwrap(), it.next().unwrap().unwrap(), it.next().unwrap().unwrap()];
            assert!(it.next().is_none());
            r
        };
        assert_eq!(got[0].str().unwrap(), "eth0");
        assert_eq!(got[1].str().unwrap(), "eth1");
        assert_eq!(got[2].kind(), 18);
        assert!(got[2].is_nested_flag());
        assert_eq!(got[2].raw_kind(), 0x8012);
        assert_eq!(got[1].offset(), 12);
    }

    #[test]
    fn find_and_find_all() {
        let mut buf = [0u8; 64];
        let mut n = attr(1, &[1], &mut buf);
        n += attr(2, &[2], &mut buf[n..]);
        n += attr(1, &[3], &mut buf[n..]);
        let attrs = Attrs::new(&buf[..n]);
        assert_eq!(attrs.find(2).unwrap().unwrap().u8().unwrap(), 2);
        let all: heapless::Vec<u8, 4> = attrs.find_all(1).map(|a| a.unwrap().u8().unwrap()).collect();
        assert_eq!(&all[..], &[1, 3]);
        assert_eq!(attrs.find(9).unwrap(), None);
    }

    #[test]
    fn lengths_are_checked() {
        // nla_len 3 < header
        let mut short = [0u8; 4];
        short[..2].copy_from_slice(&3u16.to_ne_bytes());
        let mut it = Attrs::new(&short);
        assert!(matches!(it.next(), Some(Err(Error::BadLength { offset: 0, len: 3 }))));
        assert!(it.next().is_none());
        // nla_len past the end
        let mut buf = [0u8; 8];
        buf[..2].copy_from_slice(&12u16.to_ne_bytes());
        assert!(matches!(Attrs::new(&buf).next(), Some(Err(Error::Truncated { needed: 12, .. }))));
        // 2 trailing bytes are not a header
        assert!(matches!(Attrs::new(&[1, 0]).next(), Some(Err(Error::Truncated { .. }))));
    }

    #[test]
    fn addresses_and_structs_read_by_their_size() {
        let v6 = Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1);
        let octets = v6.octets();
        let six = Attr::from_parts(1, &octets, 0);
        assert_eq!((six.ipv6().unwrap(), six.ip().unwrap()), (v6, IpAddr::V6(v6)));
        assert!(six.ipv4().is_err() && six.mac().is_err());
        let four = Attr::from_parts(1, &[198, 51, 100, 7], 0);
        assert_eq!(four.ipv4().unwrap(), Ipv4Addr::new(198, 51, 100, 7));
        assert!(four.ipv6().is_err());
        let mac = Attr::from_parts(1, &[0x02, 0, 0x5e, 0x10, 0x20, 0x30], 0);
        assert_eq!(mac.mac().unwrap(), [0x02, 0, 0x5e, 0x10, 0x20, 0x30]);
        assert!(Attr::from_parts(1, &[0; 8], 0).mac().is_err());
        // Errors name the attribute (flags masked), where it is and the sizes.
        let bad = Attr::from_parts(NLA_F_NET_BYTEORDER | 6, &[1, 2, 3], 40);
        assert_eq!(bad.u32().unwrap_err(), Error::AttrSize { kind: 6, offset: 40, expected: 4, actual: 3 });
        assert_eq!(bad.ip().unwrap_err(), Error::AttrSize { kind: 6, offset: 40, expected: 4, actual: 3 });
        // A struct reads from a payload at least its size (a newer kernel's is longer).
        let mut p = [9u8; 6];
        p[..2].copy_from_slice(&5u16.to_ne_bytes());
        p[2..4].copy_from_slice(&6u16.to_ne_bytes());
        let hdr: &NlAttrHdr = Attr::from_parts(3, &p, 8).as_struct().unwrap();
        assert_eq!((hdr.len.get(), hdr.kind.get()), (5, 6));
        let short = Attr::from_parts(3, &p[..3], 8).as_struct::<NlAttrHdr>().unwrap_err();
        assert_eq!(short, Error::AttrSize { kind: 3, offset: 8, expected: 4, actual: 3 });
    }

    #[test]
    fn offsets_count_from_the_start_of_the_whole_buffer() {
        // At 100: a nest (type 1) holding attribute 2 (a u32) and 3 (a u8).
        let mut inner = [0u8; 16];
        let mut k = attr(2, &7u32.to_ne_bytes(), &mut inner);
        k += attr(3, &[1], &mut inner[k..]);
        let mut buf = [0u8; 24];
        let mut n = attr(NLA_F_NESTED | 1, &inner[..k], &mut buf);
        n += attr(4, &[], &mut buf[n..]);
        let mut outer = Attrs::with_offset(&buf[..n], 100);
        let nest = outer.next().unwrap().unwrap();
        assert_eq!((nest.offset(), outer.next().unwrap().unwrap().offset()), (100, 120));
        let offsets: heapless::Vec<usize, 4> = nest.nested().map(|a| a.unwrap().offset()).collect();
        assert_eq!(&offsets[..], &[104, 112]);
        // From the start of the buffer (base 0) too.
        let nest = Attrs::new(&buf[..n]).next().unwrap().unwrap();
        let offsets: heapless::Vec<usize, 4> = nest.nested().map(|a| a.unwrap().offset()).collect();
        assert_eq!(&offsets[..], &[4, 12]);
    }

    #[test]
    fn remaining_and_bytes_follow_the_walk() {
        let mut buf = [0u8; 16];
        let mut n = attr(1, &[1], &mut buf);
        n += attr(2, &[2, 2], &mut buf[n..]);
        let mut it = Attrs::new(&buf[..n]);
        assert_eq!(it.remaining(), &buf[..n]);
        it.next();
        assert_eq!(it.remaining(), &buf[8..n]);
        it.next();
        assert_eq!(it.remaining(), &[] as &[u8]);
        assert_eq!(it.bytes(), &buf[..n]);
    }

    /// Lookups walk the chain from its start, whatever the iterator did, and
    /// report an error met before the attribute.
    #[test]
    fn lookups_start_from_the_beginning_of_the_chain() {
        let mut buf = [0u8; 20];
        let mut n = attr(1, &[1], &mut buf);
        n += attr(2, &[2], &mut buf[n..]);
        buf[n..n + 2].copy_from_slice(&3u16.to_ne_bytes()); // a broken third: nla_len 3
        let broken = Error::BadLength { offset: 16, len: 3 };
        let mut it = Attrs::new(&buf[..n + 4]);
        assert!(it.next().unwrap().is_ok() && it.next().unwrap().is_ok());
        assert_eq!(it.next(), Some(Err(broken)));
        assert_eq!(it.next(), None);
        assert_eq!(it.find(1).unwrap().unwrap().u8().unwrap(), 1);
        assert_eq!(it.find(2).unwrap().unwrap().u8().unwrap(), 2);
        assert_eq!(it.find(9), Err(broken));
        let mut ones = it.find_all(1);
        assert_eq!(ones.next().map(|a| a.map(|a| a.u8())), Some(Ok(Ok(1))));
        assert_eq!(ones.next(), Some(Err(broken)));
        assert_eq!(it.validate(), Err(broken));
        let mut good = Attrs::new(&buf[..n]);
        good.next();
        assert_eq!(good.validate(), Ok(()));
        assert_eq!(good.find(1).unwrap().unwrap().u8().unwrap(), 1);
        assert_eq!(good.find_all(1).count(), 1);
    }

    #[test]
    fn arrays_read_their_entries_in_order_or_the_error_finding_them() {
        let mut inner = [0u8; 16];
        let mut k = attr(0, &7u16.to_ne_bytes(), &mut inner);
        k += attr(1, &9u16.to_ne_bytes(), &mut inner[k..]);
        let mut buf = [0u8; 24];
        let n = attr(NLA_F_NESTED | 5, &inner[..k], &mut buf);
        let attrs = Attrs::new(&buf[..n]);
        let got: heapless::Vec<u16, 4> = attrs.read_array(5, Attr::u16).map(Result::unwrap).collect();
        assert_eq!(&got[..], &[7, 9]);
        assert_eq!(attrs.read_array(6, Attr::u16).count(), 0);
        assert!(attrs.read_array(5, Attr::u32).all(|r| r.is_err()), "each entry's size is checked");
        let mut broken = [0u8; 4];
        broken[..2].copy_from_slice(&3u16.to_ne_bytes());
        let mut it = Attrs::new(&broken).read_array(5, Attr::u16);
        assert_eq!(it.next(), Some(Err(Error::BadLength { offset: 0, len: 3 })));
        assert_eq!(it.next(), None);
    }

    #[test]
    fn typed_accessors_demand_exact_sizes() {
        let a = Attr::from_parts(1, &[1, 2, 3, 4, 5], 0);
        assert!(a.u32().is_err());
        assert!(a.u64().is_err());
        let b = Attr::from_parts(1, &[0, 80], 0);
        assert_eq!(b.be16().unwrap(), 80);
        let ip = Attr::from_parts(1, &[192, 0, 2, 1], 0);
        assert_eq!(ip.ip().unwrap(), IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)));
        assert!(Attr::from_parts(1, &[1, 2, 3], 0).ip().is_err());
        assert!(Attr::from_parts(1, b"abc", 0).str().is_err());
        assert_eq!(Attr::from_parts(1, b"ab\0\0", 0).str().unwrap(), "ab");
        assert!(Attr::from_parts(1, &[0xff, 0], 0).str().is_err());
        assert!(Attr::from_parts(1, &[], 0).flag().is_ok());
        assert!(Attr::from_parts(1, &[0], 0).flag().is_err());
    }
}
