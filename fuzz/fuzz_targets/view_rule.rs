//! Arbitrary bytes after a well-formed header of the rule family: the
//! view parses (the header is there) and no accessor panics.
#![no_main]

mod common;
mod format;

use libfuzzer_sys::fuzz_target;
use nlwire::registry::Protocol;
use nlwire::{msg_type, Message};

fuzz_target!(|data: &[u8]| {
    if data.len() < 12 {
        return;
    }
    let Some(bytes) = common::message(msg_type::RTM_NEWRULE, data) else { return };
    let msg = Message::parse(&bytes).expect("the builder wrote a whole message");
    use nlwire::rule::Rule;
    let r = Rule::parse(&msg).expect("header present: the view parses");
    let _ =
        (r.table(), r.priority(), r.src(), r.dst(), r.fwmark(), r.iifname(), r.uid_range(), r.sport_range());
    format::json_and_text(Protocol::Route, &msg);
});
