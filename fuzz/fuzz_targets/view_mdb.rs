//! Arbitrary bytes after a well-formed header of the MDB family: the view
//! parses when `br_port_msg` is there, and no accessor panics, down to
//! every port group's sources and every router port.
#![no_main]

mod common;
mod format;

use libfuzzer_sys::fuzz_target;
use nlwire::mdb::Mdb;
use nlwire::registry::Protocol;
use nlwire::{msg_type, Message};

fuzz_target!(|data: &[u8]| {
    let Some(bytes) = common::message(msg_type::RTM_GETMDB, data) else { return };
    let msg = Message::parse(&bytes).expect("the builder wrote a whole message");
    if let Ok(m) = Mdb::parse(&msg) {
        let _ = (m.header(), m.family(), m.ifindex(), m.mdb(), m.router());
        for pg in m.port_groups().flatten() {
            let _ = (pg.entry(), pg.port(), pg.group(), pg.permanent(), pg.flags(), pg.vid());
            let _ = (pg.timer(), pg.source(), pg.group_mode(), pg.rtprot(), pg.dst(), pg.vni());
            pg.sources().for_each(drop);
        }
        for port in m.router_ports().flatten() {
            let _ = (port.ifindex(), port.timer(), port.r#type(), port.vid());
        }
    } else {
        assert!(data.len() < 8, "a br_port_msg is 8 bytes: the view parses");
    }
    let _ = msg.get_path(&["mdb", "entry", "info", "source"]);
    format::json_and_text(Protocol::Route, &msg);
});
