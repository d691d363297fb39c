//! Arbitrary bytes after a well-formed header of the namespace id family:
//! the view parses (the one-byte header is there) and no accessor panics.
#![no_main]

mod common;
mod format;

use libfuzzer_sys::fuzz_target;
use nlwire::registry::Protocol;
use nlwire::{msg_type, Message};

fuzz_target!(|data: &[u8]| {
    if data.is_empty() {
        return;
    }
    let Some(bytes) = common::message(msg_type::RTM_NEWNSID, data) else { return };
    let msg = Message::parse(&bytes).expect("the builder wrote a whole message");
    use nlwire::nsid::NsId;
    let n = NsId::parse(&msg).expect("header present: the view parses");
    let _ = (n.header(), n.family(), n.nsid(), n.pid(), n.fd(), n.target_nsid(), n.current_nsid());
    n.attrs().for_each(drop);
    let _ = msg.get("nsid");
    format::json_and_text(Protocol::Route, &msg);
});
