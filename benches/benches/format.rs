//! Formatter benchmark: the recorded link dump (`link_dump_unspec`, 9 links
//! with their statistics, 1.5 to 1.9 KB each) written as JSON and as text by
//! the core's generic formatter into a `String` that is reused, the way a
//! tool prints a dump. The byte count and an FNV-1a digest of everything
//! written show that a change to the formatter left the output as it was.
//!
//! `cargo bench -p nlwire-benches --bench format`

use nlwire::fmt::{write_json, write_text, FormatError};
use nlwire::Message;
use nlwire_benches::{measure, payloads, CountingAlloc};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

type Write = fn(&Message<'_>, &mut String) -> Result<(), FormatError>;

/// FNV-1a (64 bits) of `bytes`, continuing from `hash`.
fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

fn main() {
    let msgs = payloads("link_dump_unspec.bin", nlwire::msg_type::RTM_NEWLINK);
    println!(
        "\nlink dump (link_dump_unspec, {} links) formatted: ns/message (median), allocations/message",
        msgs.len()
    );
    let cases: [(&str, Write); 2] = [("write_json", write_json), ("write_text", write_text)];
    for (name, write) in cases {
        let mut out = String::with_capacity(64 * 1024);
        let (mut bytes, mut digest) = (0, 0xcbf2_9ce4_8422_2325);
        for m in &msgs {
            out.clear();
            write(&Message::parse(m).unwrap(), &mut out).unwrap();
            bytes += out.len();
            digest = fnv1a(digest, out.as_bytes());
        }
        let m = measure(msgs.len(), 15, || {
            out.clear();
            for m in &msgs {
                write(&Message::parse(m).unwrap(), &mut out).unwrap();
            }
            out.len() as u64
        });
        println!(
            "  {name:<12} {:>9.1} ns  {:>6.1} allocs   output {bytes} bytes, FNV-1a {digest:016x}",
            m.ns_per_item, m.allocs_per_item
        );
    }
}
