//! Netlink bytes built by hand for tests, independently of the code under
//! test: attributes as `linux/netlink.h` lays them out, in native byte
//! order.
//!
//! ```
//! use nlwire_tests::wire::{attr, u32_attr};
//! let name = attr(3, b"v0\0"); // IFLA_IFNAME "v0": 7 bytes, padded to 8
//! assert_eq!(name[4..], *b"v0\0\0");
//! assert_eq!(u16::from_ne_bytes([name[0], name[1]]), 7);
//! assert_eq!(u32_attr(1, 5).len(), 8);
//! ```

/// An attribute: length, type, payload, padding to 4 bytes.
pub fn attr(kind: u16, payload: &[u8]) -> Vec<u8> {
    let len = 4 + payload.len();
    let mut out = [(len as u16).to_ne_bytes(), kind.to_ne_bytes()].concat();
    out.extend_from_slice(payload);
    out.resize(len.next_multiple_of(4), 0);
    out
}

/// A nested attribute, flagged `NLA_F_NESTED` as the kernel's netlink
/// documentation asks of new senders (the kernel's own dumps of older
/// families leave the flag out: use [`attr`] for those).
pub fn nest(kind: u16, payload: &[u8]) -> Vec<u8> {
    attr(kind | 0x8000, payload)
}

/// A 32-bit attribute.
pub fn u32_attr(kind: u16, value: u32) -> Vec<u8> {
    attr(kind, &value.to_ne_bytes())
}

/// A struct of 32-bit fields, each in native byte order.
pub fn words(words: &[u32]) -> Vec<u8> {
    words.iter().flat_map(|w| w.to_ne_bytes()).collect()
}
