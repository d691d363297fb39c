//! Byte-order integer aliases and alignment helpers shared by every header.
//!
//! Netlink headers use the host's byte order ("native endian"); a few
//! attributes (ports, VXLAN ids on the wire, ...) are in network order. The
//! aliases below are zerocopy's unaligned integers, so a header can be read
//! from any `&[u8]` without alignment demands and without `unsafe`.

use zerocopy::byteorder::{BigEndian, NativeEndian};

/// Native-endian `u16` with alignment 1.
pub type NeU16 = zerocopy::byteorder::U16<NativeEndian>;
/// Native-endian `u32` with alignment 1.
pub type NeU32 = zerocopy::byteorder::U32<NativeEndian>;
/// Native-endian `u64` with alignment 1.
pub type NeU64 = zerocopy::byteorder::U64<NativeEndian>;
/// Native-endian `i16` with alignment 1.
pub type NeI16 = zerocopy::byteorder::I16<NativeEndian>;
/// Native-endian `i32` with alignment 1.
pub type NeI32 = zerocopy::byteorder::I32<NativeEndian>;
/// Native-endian `i64` with alignment 1.
pub type NeI64 = zerocopy::byteorder::I64<NativeEndian>;
/// Big-endian (network order) `u16` with alignment 1.
pub type BeU16 = zerocopy::byteorder::U16<BigEndian>;
/// Big-endian (network order) `u32` with alignment 1.
pub type BeU32 = zerocopy::byteorder::U32<BigEndian>;
/// Big-endian (network order) `u64` with alignment 1.
pub type BeU64 = zerocopy::byteorder::U64<BigEndian>;
/// Big-endian (network order) `i32` with alignment 1.
pub type BeI32 = zerocopy::byteorder::I32<BigEndian>;

/// Netlink's alignment unit for messages and attributes (`NLMSG_ALIGNTO`, `NLA_ALIGNTO`).
pub const ALIGNTO: usize = 4;

/// Rounds `len` up to the next multiple of 4, saturating instead of overflowing.
///
/// ```
/// assert_eq!(nlwire::wire::align(5), 8);
/// assert_eq!(nlwire::wire::align(8), 8);
/// ```
pub const fn align(len: usize) -> usize {
    match len.checked_add(ALIGNTO - 1) {
        Some(v) => v & !(ALIGNTO - 1),
        None => usize::MAX & !(ALIGNTO - 1),
    }
}

/// Calls the macro `$then` with every integer encoding of attributes, one a
/// line: the method's name, the Rust type, how it is read and written, and
/// what it is for the docs. The reads ([`Attr::u32`](crate::Attr::u32),
/// ...) and the writers ([`MessageWriter::u32`](crate::build::MessageWriter::u32),
/// ...) are both made from this list.
macro_rules! int_encodings {
    ($then:ident) => {
        $then! {
            u8: u8 = from_ne_bytes, to_ne_bytes, "a `u8`";
            u16: u16 = from_ne_bytes, to_ne_bytes, "a native-endian `u16`";
            u32: u32 = from_ne_bytes, to_ne_bytes, "a native-endian `u32`";
            u64: u64 = from_ne_bytes, to_ne_bytes, "a native-endian `u64`";
            i8: i8 = from_ne_bytes, to_ne_bytes, "an `i8`";
            i16: i16 = from_ne_bytes, to_ne_bytes, "a native-endian `i16`";
            i32: i32 = from_ne_bytes, to_ne_bytes, "a native-endian `i32`";
            i64: i64 = from_ne_bytes, to_ne_bytes, "a native-endian `i64`";
            be16: u16 = from_be_bytes, to_be_bytes, "a big-endian (network order) `u16`";
            be32: u32 = from_be_bytes, to_be_bytes, "a big-endian (network order) `u32`";
            be64: u64 = from_be_bytes, to_be_bytes, "a big-endian (network order) `u64`";
        }
    };
}
pub(crate) use int_encodings;
