//! Writes the libFuzzer dictionary of attributes from the core's spec
//! tables: for every attribute of every space, a whole attribute, its
//! `nlattr` header (length and type, native endian) with the length its
//! type implies and as many zero bytes of payload, padded to 4, so that an
//! inserted entry is an attribute the parser accepts. Nested attributes and
//! types of no fixed size are empty; payloads too long for a libFuzzer
//! dictionary entry (64 bytes in all) are left out, the header kept.
//!
//! ```sh
//! cargo run -p nlwire-tests --example fuzz_dict > fuzz/nlwire.dict
//! ```

use std::collections::BTreeSet;

use nlwire::registry::message_specs;
use nlwire::spec::{AttrType, Space};

/// libFuzzer skips dictionary entries longer than this (`FixedWord<64>`).
const LIBFUZZER_MAX_ENTRY: usize = 64;

fn payload_len(ty: &AttrType) -> Option<u16> {
    Some(match ty {
        AttrType::Flag => 0,
        AttrType::U8 | AttrType::S8 => 1,
        AttrType::U16 | AttrType::S16 | AttrType::Be16 => 2,
        AttrType::U32 | AttrType::S32 | AttrType::Be32 => 4,
        AttrType::Enum(scalar, _) | AttrType::Bits(scalar, _) => return payload_len(&scalar.ty()),
        AttrType::Ip => 4,
        AttrType::Hwaddr => 6,
        AttrType::U64 | AttrType::S64 | AttrType::Be64 | AttrType::Uint | AttrType::Sint => 8,
        AttrType::Struct(s) | AttrType::Headed(s, _) => s.size as u16,
        _ => return None,
    })
}

fn walk(space: &'static Space, seen: &mut BTreeSet<usize>, out: &mut BTreeSet<Vec<u8>>) {
    if !seen.insert(space as *const Space as usize) {
        return;
    }
    for attr in space.attrs {
        let mut types = vec![attr.ty];
        if let AttrType::Select(sel) = attr.ty {
            types = sel.choices.iter().map(|(_, t)| *t).chain([sel.fallback]).collect();
        }
        for ty in types {
            let len = 4 + payload_len(&ty).unwrap_or(0);
            let kind = match ty {
                AttrType::Nested(_) | AttrType::Array(_) => attr.id | 0x8000,
                _ => attr.id,
            };
            let mut entry = len.to_ne_bytes().to_vec();
            entry.extend(kind.to_ne_bytes());
            let whole = usize::from(len).next_multiple_of(4);
            if whole <= LIBFUZZER_MAX_ENTRY {
                entry.resize(whole, 0);
            }
            out.insert(entry);
            match ty {
                AttrType::Nested(inner) | AttrType::Multipath(inner) | AttrType::Headed(_, inner) => {
                    walk(inner, seen, out)
                }
                AttrType::Array(AttrType::Nested(inner)) => walk(inner, seen, out),
                _ => {}
            }
        }
    }
}

fn main() {
    let mut seen = BTreeSet::new();
    let mut entries = BTreeSet::new();
    for spec in message_specs() {
        walk(spec.space, &mut seen, &mut entries);
    }
    println!("# Whole attributes (zero payloads) from nlwire's spec tables; regenerate with");
    println!("# cargo run -p nlwire-tests --example fuzz_dict > fuzz/nlwire.dict");
    for entry in entries {
        let hex: String = entry.iter().map(|b| format!("\\x{b:02x}")).collect();
        println!("\"{hex}\"");
    }
}
