//! The sans-IO engine fed arbitrary reply sequences: it never panics, never
//! finishes twice, and never counts more answers than requests.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use nlwire::engine::{Event, Exchange};
use nlwire::Messages;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    mode: u8,
    port: u32,
    seq: u32,
    count: u8,
    datagrams: Vec<(bool, &'a [u8])>,
}

fuzz_target!(|input: Input<'_>| {
    let count = u32::from(input.count % 8) + 1;
    let mut ex = match input.mode % 3 {
        0 => Exchange::request(input.port, input.seq),
        1 => Exchange::dump(input.port, input.seq),
        _ => Exchange::batch(input.port, input.seq, count),
    };
    let mut finishing_events = 0;
    for (multicast, dgram) in &input.datagrams {
        for msg in Messages::new(dgram) {
            let Ok(msg) = msg else { break };
            let was_finished = ex.is_finished();
            match ex.feed(&msg, *multicast) {
                Ok(Event::Foreign(_)) | Err(_) => {}
                Ok(_) => {
                    assert!(!was_finished, "event after the exchange finished");
                    if ex.is_finished() {
                        finishing_events += 1;
                    }
                }
            }
        }
    }
    assert!(finishing_events <= 1);
    assert!(ex.answered() <= count);
});
