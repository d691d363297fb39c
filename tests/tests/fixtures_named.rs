//! Every attribute of every recorded message is known to its space: at any
//! depth (nests, struct-headed chains, the entries of indexed arrays and the
//! next hops of `RTA_MULTIPATH`), `space.by_id(kind)` finds it, so the
//! formatter prints no attribute as a bare number. The entries of an indexed
//! array are numbered by position by design and are not counted; what they
//! hold is.

use std::fmt::Write as _;
use std::path::Path;

use nlwire::route::NextHops;
use nlwire::spec::{Node, Value};
use nlwire::{Attrs, Messages};
use nlwire_tests::{datagrams_of, reply_dirs};

#[derive(Default)]
struct Walk {
    /// Attributes looked up in their space.
    checked: usize,
    /// `file #message: IFLA_AF_SPEC/.../<number>` of each unknown one.
    unknown: Vec<String>,
    /// Attributes whose payload did not decode as their spec says.
    undecodable: Vec<String>,
}

impl Walk {
    /// Every attribute of `node`, then what its value holds.
    fn node(&mut self, node: &Node<'_>, path: &str) {
        for attr in node.attrs.clone() {
            let attr = match attr {
                Ok(a) => a,
                Err(e) => {
                    self.undecodable.push(format!("{path}: broken chain: {e}"));
                    break;
                }
            };
            self.checked += 1;
            let Some(spec) = node.space.by_id(attr.kind()) else {
                self.unknown.push(format!("{path}/{} (in {})", attr.kind(), node.space.name));
                continue;
            };
            let here = format!("{path}/{}", node.space.kernel_name(spec));
            match node.attr_type(spec).and_then(|ty| node.decode_as(&attr, ty)) {
                Ok(value) => self.value(&value, &here),
                Err(e) => self.undecodable.push(format!("{here}: {e}")),
            }
        }
    }

    fn value(&mut self, value: &Value<'_>, path: &str) {
        match value {
            Value::Nested(node) => self.node(node, path),
            Value::Headed(_, _, node) => self.node(node, path),
            Value::Array(array) => {
                // Positions, not names: walk what each entry holds.
                for entry in array.attrs.clone() {
                    let entry = match entry {
                        Ok(e) => e,
                        Err(e) => {
                            self.undecodable.push(format!("{path}: broken array: {e}"));
                            break;
                        }
                    };
                    let here = format!("{path}[{}]", entry.kind());
                    match nlwire::spec::decode(&entry, *array.elem, 0, array.attrs.clone()) {
                        Ok(v) => self.value(&v, &here),
                        Err(e) => self.undecodable.push(format!("{here}: {e}")),
                    }
                }
            }
            Value::Multipath(bytes, space) => {
                for (i, hop) in NextHops::new(bytes).enumerate() {
                    match hop {
                        Ok(hop) => {
                            let node = Node { attrs: hop.attrs(), space, family: 0, outer: Attrs::new(&[]) };
                            self.node(&node, &format!("{path}[hop {i}]"));
                        }
                        Err(e) => {
                            self.undecodable.push(format!("{path}[hop {i}]: {e}"));
                            break;
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// Walks every message of every `*.bin` in `dir`; returns (files, messages, walk).
fn walk_dir(dir: &Path) -> (usize, usize, Walk) {
    let mut walk = Walk::default();
    let files = datagrams_of(dir);
    let mut messages = 0;
    for (name, datagrams) in &files {
        let mut index = 0;
        for datagram in datagrams {
            for msg in Messages::new(datagram) {
                let msg = msg.unwrap_or_else(|e| panic!("{name} #{index}: {e}"));
                let this = index;
                index += 1;
                // NLMSG_ERROR / NLMSG_DONE have no attribute spec.
                let Some((_, node)) = msg.node().unwrap_or_else(|e| panic!("{name} #{this}: {e}")) else {
                    continue;
                };
                messages += 1;
                walk.node(&node, &format!("{name} #{this}: "));
            }
        }
    }
    (files.len(), messages, walk)
}

#[test]
fn every_fixture_attribute_has_a_name() {
    let dirs = reply_dirs();
    let mut report = String::new();
    let mut walked = 0;
    for dir in &dirs {
        if !dir.is_dir() {
            eprintln!("note: {} is absent, skipped", dir.display());
            continue;
        }
        let (files, messages, walk) = walk_dir(dir);
        eprintln!(
            "{}: {files} files, {messages} messages, {} attributes checked, {} unknown, {} undecodable",
            dir.display(),
            walk.checked,
            walk.unknown.len(),
            walk.undecodable.len()
        );
        assert!(walk.checked > 0, "{}: no attributes walked", dir.display());
        walked += 1;
        for u in &walk.unknown {
            writeln!(report, "unknown: {}: {u}", dir.display()).unwrap();
        }
        for u in &walk.undecodable {
            writeln!(report, "undecodable: {}: {u}", dir.display()).unwrap();
        }
    }
    assert!(walked > 0, "no fixture directory found");
    assert!(report.is_empty(), "attributes without a name or a decoding:\n{report}");
}
