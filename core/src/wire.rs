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
