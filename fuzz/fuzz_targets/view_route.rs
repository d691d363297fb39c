//! Arbitrary bytes after a well-formed header of the route family: the
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
    let Some(bytes) = common::message(msg_type::RTM_NEWROUTE, data) else { return };
    let msg = Message::parse(&bytes).expect("the builder wrote a whole message");
    use nlwire::route::Route;
    let r = Route::parse(&msg).expect("header present: the view parses");
    let _ = (r.dst(), r.src(), r.gateway(), r.oif(), r.table(), r.priority(), r.prefsrc(), r.via(), r.pref());
    let _ = (r.metric(nlwire::route::rtax::MTU), r.cacheinfo(), r.encap(), r.nh_id());
    if let Ok(Some(hops)) = r.multipath() {
        for hop in hops.take(64) {
            let Ok(hop) = hop else { break };
            let _ = (hop.weight(), hop.gateway(), hop.via());
        }
    }
    let _ = msg.get_path(&["metrics", "mtu"]);
    format::json_and_text(Protocol::Route, &msg);
});
