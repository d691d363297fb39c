//! Arbitrary bytes after a well-formed header of the neigh family: the
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
    let Some(bytes) = common::message(msg_type::RTM_NEWNEIGH, data) else { return };
    let msg = Message::parse(&bytes).expect("the builder wrote a whole message");
    use nlwire::neigh::Neighbour;
    let n = Neighbour::parse(&msg).expect("header present: the view parses");
    let _ = (n.dst(), n.lladdr(), n.cacheinfo(), n.vlan(), n.port(), n.vni(), n.master(), n.flags_ext());
    format::json_and_text(Protocol::Route, &msg);
});
