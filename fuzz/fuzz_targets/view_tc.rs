//! Arbitrary bytes after a well-formed header of the tc family: the
//! view parses (the header is there) and no accessor panics.
#![no_main]

mod common;
mod format;

use libfuzzer_sys::fuzz_target;
use nlwire::registry::Protocol;
use nlwire::{msg_type, Message};

fuzz_target!(|data: &[u8]| {
    if data.len() < 20 {
        return;
    }
    let Some(bytes) = common::message(msg_type::RTM_NEWQDISC, data) else { return };
    let msg = Message::parse(&bytes).expect("the builder wrote a whole message");
    use nlwire::tc::TcObject;
    let t = TcObject::parse(&msg).expect("header present: the view parses");
    let _ = (t.kind(), t.options(), t.htb(), t.tbf(), t.fifo(), t.prio_qopt(), t.stats(), t.chain());
    format::json_and_text(Protocol::Route, &msg);
});
