//! What the message families' unit tests share: `use crate::test_prelude::*;`
//! beside `use super::*;`.

extern crate std;

pub(crate) use crate::build::{Builder, Request};
pub(crate) use crate::msg_type;
pub(crate) use crate::spec::Value;
pub(crate) use crate::{Message, Messages};
pub(crate) use core::net::{Ipv4Addr, Ipv6Addr};
pub(crate) use linux_raw_sys::netlink as sys;
pub(crate) use std::string::{String, ToString};
pub(crate) use std::vec;
pub(crate) use std::vec::Vec;

/// Appends an attribute as linux/netlink.h lays it out (`struct nlattr`, the
/// payload, zeros to a multiple of 4), written by hand, not by the builder
/// under test.
pub(crate) fn put_attr(out: &mut Vec<u8>, kind: u16, payload: &[u8]) {
    out.extend_from_slice(&((4 + payload.len()) as u16).to_ne_bytes());
    out.extend_from_slice(&kind.to_ne_bytes());
    out.extend_from_slice(payload);
    out.resize(out.len().next_multiple_of(4), 0);
}

/// One attribute alone; see [`put_attr`].
pub(crate) fn nla(kind: u16, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    put_attr(&mut out, kind, payload);
    out
}

/// Request `r` built with sequence number `seq`, and its length: built twice,
/// the same bytes both times (the builder may call `emit` again to measure).
pub(crate) fn emitted(r: &dyn Request, seq: u32) -> ([u8; 512], usize) {
    let mut buf = [0u8; 512];
    let len = Builder::new(&mut buf).push(r, seq).unwrap();
    let mut again = [0u8; 512];
    let len2 = Builder::new(&mut again).push(r, seq).unwrap();
    assert_eq!(&buf[..len], &again[..len2], "emitting twice gives the same bytes");
    (buf, len)
}

/// A netlink message as linux/netlink.h lays it out: `struct nlmsghdr`
/// (`kind`, `flags`, `seq`, port 0) around `body`, written by hand.
pub(crate) fn nlmsg(kind: u16, flags: u16, seq: u32, body: &[u8]) -> Vec<u8> {
    let mut m = Vec::new();
    m.extend_from_slice(&(16 + body.len() as u32).to_ne_bytes());
    m.extend_from_slice(&kind.to_ne_bytes());
    m.extend_from_slice(&flags.to_ne_bytes());
    m.extend_from_slice(&seq.to_ne_bytes());
    m.extend_from_slice(&0u32.to_ne_bytes());
    m.extend_from_slice(body);
    m
}

/// The name hash table of `attrs` that the generator would write, with
/// `slots` slots (for the tables written by hand).
pub(crate) fn name_table(attrs: &[crate::spec::AttrSpec], slots: usize) -> Vec<u16> {
    let mut t = vec![0u16; slots];
    for (i, a) in attrs.iter().enumerate() {
        let mut slot = crate::spec::name_hash(a.name) as usize & (slots - 1);
        while t[slot] != 0 {
            slot = (slot + 1) & (slots - 1);
        }
        t[slot] = i as u16 + 1;
    }
    t
}
