//! Arbitrary bytes after a well-formed header of the addr family: the
//! view parses (the header is there) and no accessor panics.
#![no_main]

mod common;
mod format;

use libfuzzer_sys::fuzz_target;
use nlwire::registry::Protocol;
use nlwire::{msg_type, Message};

fuzz_target!(|data: &[u8]| {
    if data.len() < 8 {
        return;
    }
    let Some(bytes) = common::message(msg_type::RTM_NEWADDR, data) else { return };
    let msg = Message::parse(&bytes).expect("the builder wrote a whole message");
    use nlwire::addr::Address;
    let a = Address::parse(&msg).expect("header present: the view parses");
    let _ =
        (a.addr(), a.peer(), a.broadcast(), a.label(), a.flags(), a.cacheinfo(), a.rt_priority(), a.proto());
    let _ = msg.get_path(&["cacheinfo", "valid_lft"]);
    format::json_and_text(Protocol::Route, &msg);
});
