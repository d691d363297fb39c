//! Parsing and formatting every fixture allocates nothing: counted exactly
//! with a global allocator wrapper.

use nlwire::fmt::write_json;
use nlwire::Messages;
use nlwire_tests::alloc_count::{allocations, CountingAlloc};
use nlwire_tests::{dump_fixtures, monitor_datagrams};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// A `fmt::Write` that only counts bytes.
struct CountingSink(usize);
impl std::fmt::Write for CountingSink {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

#[test]
fn parsing_and_formatting_fixtures_allocates_nothing() {
    let mut inputs: Vec<Vec<u8>> = dump_fixtures().into_iter().map(|(_, b)| b).collect();
    inputs.extend(monitor_datagrams());
    let mut sink = CountingSink(0);
    let mut messages = 0usize;

    let before = allocations();
    for bytes in &inputs {
        for msg in Messages::new(bytes) {
            let msg = msg.unwrap();
            messages += 1;
            write_json(&msg, &mut sink).unwrap();
            let _ = msg.get("ifname");
            let _ = msg.get_path(&["stats64", "rx_bytes"]);
        }
    }
    let after = allocations();

    assert!(messages > 100 && sink.0 > 10_000, "the walk did real work");
    assert_eq!(after - before, 0, "allocations while parsing {messages} messages");
}
