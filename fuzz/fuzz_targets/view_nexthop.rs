//! Arbitrary bytes after a well-formed header of the nexthop family: the
//! view parses (the header is there) and no accessor panics, group entries
//! and nested attributes included.
#![no_main]

mod common;
mod format;

use libfuzzer_sys::fuzz_target;
use nlwire::registry::Protocol;
use nlwire::{msg_type, Attrs, Message};

/// Walks a nested chain and, as for the members of `NHA_GROUP_STATS`, the
/// chain inside each of its attributes.
fn walk(attrs: Attrs<'_>) {
    for attr in attrs.flatten() {
        attr.nested().for_each(drop);
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 8 {
        return;
    }
    let Some(bytes) = common::message(msg_type::RTM_NEWNEXTHOP, data) else { return };
    let msg = Message::parse(&bytes).expect("the builder wrote a whole message");
    use nlwire::nexthop::NextHopObject;
    let nh = NextHopObject::parse(&msg).expect("header present: the view parses");
    let _ = (nh.header(), nh.family(), nh.scope(), nh.protocol(), nh.flags(), nh.id(), nh.group_type());
    let _ = (nh.blackhole(), nh.oif(), nh.gateway(), nh.encap_type(), nh.master(), nh.fdb());
    let _ = (nh.op_flags(), nh.hw_stats_enable(), nh.hw_stats_used());
    if let Ok(Some(entries)) = nh.group() {
        for entry in entries {
            let _ = (entry.id, entry.weight);
        }
    }
    let nested = [
        nh.encap(),
        nh.res_group().map(|n| n.map(|v| v.0)),
        nh.res_bucket().map(|n| n.map(|v| v.0)),
        nh.group_stats().map(|n| n.map(|v| v.0)),
    ];
    for attrs in nested.into_iter().flatten().flatten() {
        walk(attrs);
    }
    nh.attrs().for_each(drop);
    let _ = msg.get_path(&["res_group", "buckets"]);
    let _ = msg.get_path(&["group_stats", "entry", "packets"]);
    format::json_and_text(Protocol::Route, &msg);
});
