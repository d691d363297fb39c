//! Arbitrary bytes after a well-formed header of the netconf family: the
//! view parses (the one-byte header is there) and no accessor panics.
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
    let Some(bytes) = common::message(msg_type::RTM_NEWNETCONF, data) else { return };
    let msg = Message::parse(&bytes).expect("the builder wrote a whole message");
    use nlwire::netconf::NetConf;
    let c = NetConf::parse(&msg).expect("header present: the view parses");
    let _ = (c.header(), c.family(), c.ifindex(), c.forwarding(), c.rp_filter(), c.mc_forwarding());
    let _ = (c.proxy_neigh(), c.ignore_routes_with_linkdown(), c.input(), c.bc_forwarding());
    c.attrs().for_each(drop);
    let _ = msg.get("forwarding");
    format::json_and_text(Protocol::Route, &msg);
});
