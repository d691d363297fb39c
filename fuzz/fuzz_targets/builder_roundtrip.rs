//! An arbitrary attribute tree, emitted by the builder and parsed back, is
//! the same tree; emitting it twice gives the same bytes; a buffer too small
//! fails with the room needed and completes no message.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use nlwire::build::{Builder, Header, MessageWriter};
use nlwire::{msg_type, Attrs, Messages, MsgFlags};

#[derive(Arbitrary, Debug)]
enum Tree {
    Leaf(u16, Vec<u8>),
    Nest(u16, Vec<Tree>),
}

fn emit(m: &mut MessageWriter<'_>, trees: &[Tree], depth: usize) -> nlwire::Result<()> {
    for t in trees {
        match t {
            Tree::Leaf(k, v) => m.attr(k & 0x3fff, v)?,
            Tree::Nest(k, kids) if depth < 8 => m.nest(k & 0x3fff, |m| emit(m, kids, depth + 1))?,
            Tree::Nest(k, _) => m.attr(k & 0x3fff, &[])?,
        }
    }
    Ok(())
}

fn check(attrs: Attrs<'_>, trees: &[Tree], depth: usize) {
    let mut it = attrs;
    for t in trees {
        let a = it.next().expect("attribute present").expect("well formed");
        match t {
            Tree::Leaf(k, v) => {
                assert_eq!(a.kind(), k & 0x3fff);
                assert_eq!(a.payload(), &v[..]);
            }
            Tree::Nest(k, kids) if depth < 8 => {
                assert_eq!(a.kind(), k & 0x3fff);
                assert!(a.is_nested_flag());
                check(a.nested(), kids, depth + 1);
            }
            Tree::Nest(k, _) => assert_eq!(a.kind(), k & 0x3fff),
        }
    }
    assert!(it.next().is_none());
}

fuzz_target!(|trees: Vec<Tree>| {
    let header = Header::new(msg_type::RTM_NEWLINK, MsgFlags::REQUEST, 42);
    // A small buffer first (zeroing 128 KiB for every input cost most of
    // the target's time), then one of the size the refusal names.
    let mut first = vec![0u8; 4096];
    let len = match Builder::new(&mut first).message(header, |m| emit(m, &trees, 0)) {
        Ok(len) => len,
        Err(nlwire::Error::BufferTooSmall { needed, .. }) => {
            first = vec![0u8; needed];
            let Ok(len) = Builder::new(&mut first).message(header, |m| emit(m, &trees, 0)) else { return };
            assert_eq!(len, needed, "the refusal named the room the message takes");
            len
        }
        Err(_) => return,
    };
    let mut second = vec![0u8; len];
    let mut b2 = Builder::new(&mut second);
    assert_eq!(b2.message(header, |m| emit(m, &trees, 0)), Ok(len));
    assert_eq!(&first[..len], &second[..]);
    let msg = Messages::new(&first[..len]).next().unwrap().unwrap();
    check(msg.attrs_after(0), &trees, 0);
    // One byte short: refused with the room it needs, no message completed.
    let mut short = vec![0xA5u8; len - 1];
    let mut b3 = Builder::new(&mut short);
    let refused = b3.message(header, |m| emit(m, &trees, 0));
    assert_eq!(refused, Err(nlwire::Error::BufferTooSmall { needed: len, capacity: len - 1 }));
    assert!(b3.is_empty() && b3.as_bytes().is_empty());
});
