//! Any bytes as a datagram: walk every message, format it as JSON and text,
//! and look names up. Nothing may panic or loop.
#![no_main]

mod format;

use libfuzzer_sys::fuzz_target;
use nlwire::registry::Protocol;
use nlwire::Messages;

fuzz_target!(|data: &[u8]| {
    let mut count = 0usize;
    for msg in Messages::new(data) {
        let Ok(msg) = msg else { break };
        count += 1;
        // A parsed message lies inside the input.
        assert!(msg.offset() + msg.bytes().len() <= data.len());
        format::json_and_text(Protocol::Route, &msg);
        for name in ["ifname", "dst", "gateway", "label", "kind", "lladdr", "table", "priority"] {
            let _ = msg.get(name);
        }
        let _ = msg.get_path(&["stats64", "rx_bytes"]);
        let _ = msg.get_path(&["linkinfo", "data", "id"]);
        let _ = msg.get_path(&["metrics", "mtu"]);
    }
    // Each message needs at least a 16-byte header: the walk cannot yield more.
    assert!(count <= data.len() / 16);
});
