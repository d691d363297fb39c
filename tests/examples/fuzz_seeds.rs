//! Writes the seeds of the `datagram` fuzz target: single messages cut from
//! the recorded replies (at most three of each message type and family), so
//! that libFuzzer's input length stays that of one message, not of a whole
//! dump file.
//!
//! ```sh
//! cargo run -p nlwire-tests --example fuzz_seeds
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;

use nlwire::Messages;
use nlwire_tests::{datagrams_of, fixture_dir};

/// Messages kept per message type and family.
const PER_KIND: usize = 3;

fn main() {
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds/datagram");
    std::fs::create_dir_all(&out).expect("create the seed directory");
    let mut kept: BTreeMap<(u16, u8), usize> = BTreeMap::new();
    for (file, datagrams) in datagrams_of(&fixture_dir()) {
        for datagram in &datagrams {
            for msg in Messages::new(datagram) {
                let msg = msg.unwrap_or_else(|e| panic!("{file}: {e:?}"));
                let family = msg.payload().first().copied().unwrap_or(0);
                let n = kept.entry((msg.kind(), family)).or_default();
                if *n < PER_KIND {
                    let name = format!("type{}_family{}_{}", msg.kind(), family, n);
                    std::fs::write(out.join(name), msg.bytes()).expect("write a seed");
                    *n += 1;
                }
            }
        }
    }
    let seeds: usize = kept.values().sum();
    eprintln!("{seeds} seeds in {}", out.display());
}
