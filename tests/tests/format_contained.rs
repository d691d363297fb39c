//! A bad attribute anywhere in a message is contained by the formatter:
//! for every attribute of every recorded message, at any depth, a copy with
//! that attribute's payload shortened (by one byte, and to nothing) still
//! formats as valid JSON and text, and every top-level attribute is still
//! printed.

use std::path::Path;

use nlwire::fmt::{write_json, write_text};
use nlwire::{Attrs, Message, Messages};
use nlwire_tests::{datagrams_of, reply_dirs};

/// An attribute to damage: where it is in the message copy, its payload
/// length, and where the nests holding it start (outermost first).
struct Target {
    offset: usize,
    payload: usize,
    nests: Vec<usize>,
}

/// Every attribute of the chain, then of every payload that walks as a
/// chain (nests, and the next hops of `RTA_MULTIPATH`, whose `rtnh_len`
/// reads as an `nla_len`), at any depth.
fn targets(attrs: Attrs<'_>, nests: &mut Vec<usize>, out: &mut Vec<Target>) {
    for attr in attrs {
        let attr = attr.expect("recorded chains walk");
        out.push(Target { offset: attr.offset(), payload: attr.payload().len(), nests: nests.clone() });
        if attr.payload().len() >= 4 && attr.nested().validate().is_ok() {
            nests.push(attr.offset());
            targets(attr.nested(), nests, out);
            nests.pop();
        }
    }
}

fn align(n: usize) -> usize {
    (n + 3) & !3
}

fn get_u16(b: &[u8], at: usize) -> usize {
    usize::from(u16::from_ne_bytes([b[at], b[at + 1]]))
}

fn set_u16(b: &mut [u8], at: usize, v: usize) {
    b[at..at + 2].copy_from_slice(&u16::try_from(v).unwrap().to_ne_bytes());
}

/// A copy of `msg` (a message at offset 0) with the payload of `t` cut to
/// `len` bytes, its padding kept, and the lengths of the attribute, of
/// every nest holding it and of the message adjusted.
fn damage(msg: &[u8], t: &Target, len: usize) -> Vec<u8> {
    let cut = t.offset + 4 + len;
    let old_end = t.offset + align(4 + t.payload);
    let new_end = t.offset + align(4 + len);
    let removed = old_end - new_end;
    // Where an end at `p` in the original lands in the copy.
    let moved = |p: usize| if p >= old_end { p - removed } else { p.min(cut) };
    let mut out = msg[..cut].to_vec();
    out.resize(new_end, 0);
    out.extend_from_slice(msg.get(old_end..).unwrap_or(&[]));
    set_u16(&mut out, t.offset, 4 + len);
    for &nest in &t.nests {
        let end = nest + get_u16(msg, nest);
        set_u16(&mut out, nest, moved(end) - nest);
    }
    let total = u32::from_ne_bytes(msg[..4].try_into().unwrap()) as usize;
    let total = moved(total);
    out.truncate(total);
    out[..4].copy_from_slice(&u32::try_from(total).unwrap().to_ne_bytes());
    out
}

/// The JSON of `msg`, checked to parse, and the names of its top-level pairs.
fn format(msg: &Message<'_>, what: &dyn Fn() -> String) -> (String, Vec<String>) {
    let mut json = String::new();
    write_json(msg, &mut json).unwrap_or_else(|e| panic!("{}: write_json: {e}", what()));
    let mut text = String::new();
    write_text(msg, &mut text).unwrap_or_else(|e| panic!("{}: write_text: {e}", what()));
    let value: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: invalid JSON ({e}): {json}", what()));
    let names = value["attrs"]
        .as_array()
        .unwrap_or_else(|| panic!("{}: no attrs list: {json}", what()))
        .iter()
        .map(|pair| {
            let pair = pair.as_array().unwrap_or_else(|| panic!("{}: not a pair: {json}", what()));
            assert_eq!(pair.len(), 2, "{}: {json}", what());
            pair[0].as_str().unwrap_or_else(|| panic!("{}: unnamed pair: {json}", what())).to_owned()
        })
        .collect();
    (json, names)
}

#[derive(Default, Debug)]
struct Figures {
    files: usize,
    messages: usize,
    attributes: usize,
    variants: usize,
    marked: usize,
}

/// Checks every damaged variant of one message (alone in `copy`, at offset 0).
fn check_message(name: &str, copy: &[u8], fig: &mut Figures) {
    let msg = Messages::new(copy).next().unwrap().unwrap();
    // Messages without a spec (NLMSG_ERROR, NLMSG_DONE) print no attributes.
    let Some((_, node)) = msg.node().unwrap_or_else(|e| panic!("{name}: {e}")) else {
        return;
    };
    fig.messages += 1;
    let (_, names) = format(&msg, &|| name.to_owned());
    let mut list = Vec::new();
    targets(node.attrs.clone(), &mut Vec::new(), &mut list);
    fig.attributes += list.len();
    for t in &list {
        let mut lens = vec![t.payload.saturating_sub(1), 0];
        lens.dedup();
        for len in lens.into_iter().filter(|&l| l < t.payload) {
            let damaged = damage(copy, t, len);
            let dmsg = Messages::new(&damaged).next().unwrap().unwrap();
            let what = || {
                format!(
                    "{name}: message {:?} attribute at byte {} (in nests {:?}) cut from {} to {len} bytes",
                    nlwire::fmt::message_type_name(msg.kind()),
                    t.offset,
                    t.nests,
                    t.payload
                )
            };
            let (json, got) = format(&dmsg, &what);
            assert_eq!(got, names, "{}: top-level attributes lost: {json}", what());
            fig.variants += 1;
            if json.contains(r#""error""#) {
                fig.marked += 1;
            }
        }
    }
}

fn check_dir(dir: &Path, fig: &mut Figures) {
    for (name, datagrams) in datagrams_of(dir) {
        fig.files += 1;
        for datagram in datagrams {
            for msg in Messages::new(&datagram) {
                let msg = msg.unwrap_or_else(|e| panic!("{name}: {e}"));
                let at = msg.offset();
                check_message(&format!("{name} @{at}"), msg.bytes(), fig);
            }
        }
    }
}

/// `attr` as it goes on the wire, padding included.
fn nlattr(kind: u16, payload: &[u8]) -> Vec<u8> {
    let mut a = Vec::new();
    a.extend_from_slice(&u16::try_from(4 + payload.len()).unwrap().to_ne_bytes());
    a.extend_from_slice(&kind.to_ne_bytes());
    a.extend_from_slice(payload);
    a.resize(align(a.len()), 0);
    a
}

/// The recorded routes carry no `RTA_MULTIPATH`: the first one of
/// route_dump_inet.bin with two next hops (`RTA_GATEWAY` each) appended,
/// then `RTA_OIF`. The walk damages each hop as a whole (its `rtnh_len`
/// reads as an `nla_len`).
#[test]
fn a_damaged_multipath_is_contained() {
    const RTA_OIF: u16 = 4;
    const RTA_GATEWAY: u16 = 5;
    const RTA_MULTIPATH: u16 = 9;
    let dump = nlwire_tests::fixture("route_dump_inet.bin");
    let first = Messages::new(&dump).next().unwrap().unwrap();
    let mut hops = Vec::new();
    for (ifindex, gw) in [(2i32, [10, 0, 0, 1]), (3, [10, 0, 0, 2])] {
        let gateway = nlattr(RTA_GATEWAY, &gw);
        hops.extend_from_slice(&u16::try_from(8 + gateway.len()).unwrap().to_ne_bytes());
        hops.extend_from_slice(&[0, 1]); // flags, hops (weight - 1)
        hops.extend_from_slice(&ifindex.to_ne_bytes());
        hops.extend_from_slice(&gateway);
    }
    let mut msg = first.bytes().to_vec();
    msg.extend_from_slice(&nlattr(RTA_MULTIPATH, &hops));
    msg.extend_from_slice(&nlattr(RTA_OIF, &7u32.to_ne_bytes()));
    let len = u32::try_from(msg.len()).unwrap();
    msg[..4].copy_from_slice(&len.to_ne_bytes());

    let parsed = Messages::new(&msg).next().unwrap().unwrap();
    let (json, _) = format(&parsed, &|| "route with multipath".to_owned());
    assert!(
        json.contains(
            r#"["RTA_MULTIPATH",[{"flags":0,"weight":2,"ifindex":2,"attrs":[["RTA_GATEWAY","10.0.0.1"]]},"#
        ),
        "{json}"
    );
    assert!(json.ends_with(r#"["RTA_OIF",7]]}"#), "{json}");

    let mut fig = Figures::default();
    check_message("route with multipath", &msg, &mut fig);
    println!(
        "route with multipath: {} damaged variants checked ({} with an error marker)",
        fig.variants, fig.marked
    );
    assert!(fig.marked > 0);
}

#[test]
fn every_damaged_attribute_is_contained() {
    let dirs = reply_dirs();
    let mut total = Figures::default();
    for dir in &dirs {
        if !dir.is_dir() {
            println!("{}: absent, skipped", dir.display());
            continue;
        }
        let mut fig = Figures::default();
        check_dir(dir, &mut fig);
        println!(
            "{}: {} files, {} messages, {} attributes, {} damaged variants checked ({} with an error marker)",
            dir.display(),
            fig.files,
            fig.messages,
            fig.attributes,
            fig.variants,
            fig.marked
        );
        assert!(fig.variants > 0, "{}: nothing checked", dir.display());
        total.variants += fig.variants;
        total.marked += fig.marked;
    }
    println!("{} damaged variants checked in all, {} with an error marker", total.variants, total.marked);
}

/// What `write_json` gives for any message: a complete JSON object, or
/// `Malformed` with nothing written.
fn json_or_nothing(msg: &Message<'_>) -> Result<(), String> {
    let mut json = String::new();
    match write_json(msg, &mut json) {
        Ok(()) => serde_json::from_str::<serde_json::Value>(&json)
            .map(|_| ())
            .map_err(|e| format!("invalid JSON ({e}): {json}")),
        Err(nlwire::fmt::FormatError::Malformed(_)) if json.is_empty() => Ok(()),
        Err(e) => Err(format!("{e} after writing {json}")),
    }
}

/// Every prefix of every recorded message, its `nlmsg_len` patched to the
/// cut, so that chains are cut anywhere.
#[test]
fn every_cut_message_is_valid_json_or_nothing() {
    let mut checked = 0;
    for dir in reply_dirs() {
        if !dir.is_dir() {
            println!("{}: absent, skipped", dir.display());
            continue;
        }
        for (name, datagrams) in datagrams_of(&dir) {
            for datagram in datagrams {
                for msg in Messages::new(&datagram) {
                    let whole = msg.unwrap().bytes();
                    for cut in 16..=whole.len() {
                        let mut patched = whole[..cut].to_vec();
                        patched[..4].copy_from_slice(&u32::try_from(cut).unwrap().to_ne_bytes());
                        let m = Message::parse(&patched).unwrap();
                        json_or_nothing(&m).unwrap_or_else(|e| panic!("{name}: cut at {cut}: {e}"));
                        checked += 1;
                    }
                }
            }
        }
    }
    println!("{checked} cut messages checked");
}

proptest::proptest! {
    #[test]
    fn bit_flips_give_valid_json_or_nothing(
        pick in proptest::prelude::any::<proptest::sample::Index>(),
        flips in proptest::collection::vec(proptest::prelude::any::<(proptest::sample::Index, u8)>(), 1..8),
    ) {
        let inputs: Vec<Vec<u8>> =
            datagrams_of(&nlwire_tests::fixture_dir()).into_iter().flat_map(|(_, datagrams)| datagrams).collect();
        let mut bytes = pick.get(&inputs).clone();
        for (at, bit) in &flips {
            let i = at.index(bytes.len());
            bytes[i] ^= 1 << (bit % 8);
        }
        for msg in Messages::new(&bytes) {
            let Ok(msg) = msg else { break };
            if let Err(e) = json_or_nothing(&msg) {
                proptest::prop_assert!(false, "{}", e);
            }
        }
    }
}
