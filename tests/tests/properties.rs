//! Property tests: random attribute trees survive emit -> parse -> emit;
//! random bit flips of real kernel replies never panic the parser or the
//! formatter.

use nlwire::build::{Builder, Header, MessageWriter};
use nlwire::fmt::{write_json, write_text};
use nlwire::{msg_type, Attrs, Messages, MsgFlags};
use nlwire_tests::{dump_fixtures, monitor_datagrams};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Tree {
    Leaf(u16, Vec<u8>),
    Nest(u16, Vec<Tree>),
}

fn tree() -> impl Strategy<Value = Tree> {
    let leaf =
        (0u16..0x4000, proptest::collection::vec(any::<u8>(), 0..40)).prop_map(|(k, v)| Tree::Leaf(k, v));
    leaf.prop_recursive(4, 64, 6, |inner| {
        (0u16..0x4000, proptest::collection::vec(inner, 0..6)).prop_map(|(k, kids)| Tree::Nest(k, kids))
    })
}

fn emit(m: &mut MessageWriter<'_>, trees: &[Tree]) -> nlwire::Result<()> {
    for t in trees {
        match t {
            Tree::Leaf(k, v) => m.attr(*k, v)?,
            Tree::Nest(k, kids) => m.nest(*k, |m| emit(m, kids))?,
        }
    }
    Ok(())
}

/// Rebuilds the tree from parsed bytes (nests recognised by NLA_F_NESTED).
fn parse(attrs: Attrs<'_>) -> Vec<Tree> {
    attrs
        .map(|a| {
            let a = a.expect("well formed");
            if a.is_nested_flag() {
                Tree::Nest(a.kind(), parse(a.nested()))
            } else {
                Tree::Leaf(a.kind(), a.payload().to_vec())
            }
        })
        .collect()
}

fn build(trees: &[Tree]) -> Vec<u8> {
    let mut buf = vec![0u8; 1 << 16];
    let mut b = Builder::new(&mut buf);
    let header = Header::new(msg_type::RTM_NEWLINK, MsgFlags::REQUEST | MsgFlags::ACK, 7);
    let len = b.message(header, |m| emit(m, trees)).expect("fits");
    buf.truncate(len);
    buf
}

fn same(a: &[Tree], b: &[Tree]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|pair| match pair {
            (Tree::Leaf(k1, v1), Tree::Leaf(k2, v2)) => k1 == k2 && v1 == v2,
            (Tree::Nest(k1, c1), Tree::Nest(k2, c2)) => k1 == k2 && same(c1, c2),
            _ => false,
        })
}

proptest! {
    #[test]
    fn attribute_trees_round_trip(trees in proptest::collection::vec(tree(), 0..8)) {
        let bytes = build(&trees);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        prop_assert_eq!(msg.bytes().len(), bytes.len());
        let parsed = parse(msg.attrs_after(0));
        prop_assert!(same(&parsed, &trees));
        // emit -> parse -> emit is stable, byte for byte.
        prop_assert_eq!(build(&parsed), bytes);
    }

    #[test]
    fn bit_flips_of_fixtures_never_panic(pick in any::<prop::sample::Index>(), flips in proptest::collection::vec(any::<(prop::sample::Index, u8)>(), 1..8)) {
        let mut inputs: Vec<Vec<u8>> = dump_fixtures().into_iter().map(|(_, b)| b).collect();
        inputs.extend(monitor_datagrams());
        let mut bytes = pick.get(&inputs).clone();
        for (at, bit) in &flips {
            let i = at.index(bytes.len());
            bytes[i] ^= 1 << (bit % 8);
        }
        let mut sink = String::new();
        for msg in Messages::new(&bytes) {
            let Ok(msg) = msg else { break };
            let _ = write_json(&msg, &mut sink);
            let _ = write_text(&msg, &mut sink);
            let _ = msg.get_path(&["linkinfo", "kind"]);
            sink.clear();
        }
    }
}
