//! Arbitrary bytes after a well-formed header of the link family: the
//! view parses (the header is there) and no accessor panics.
#![no_main]

mod common;
mod format;

use libfuzzer_sys::fuzz_target;
use nlwire::registry::Protocol;
use nlwire::{msg_type, Message};

fuzz_target!(|data: &[u8]| {
    if data.len() < 16 {
        return;
    }
    let Some(bytes) = common::message(msg_type::RTM_NEWLINK, data) else { return };
    let msg = Message::parse(&bytes).expect("the builder wrote a whole message");
    use nlwire::link::Link;
    let link = Link::parse(&msg).expect("header present: the view parses");
    let _ = (link.ifname(), link.mtu(), link.operstate(), link.master(), link.link(), link.qdisc());
    let _ = (link.txqlen(), link.alias(), link.address(), link.mac(), link.broadcast(), link.af_spec());
    let _ = link.stats64().map(|s| s.map(|s| s.rx_bytes.get()));
    if let Ok(Some(info)) = link.linkinfo() {
        let _ = (info.kind(), info.slave_kind(), info.data().map(|d| d.map(|d| d.count())));
    }
    let _ = link.veth_peer().map(|p| p.map(|p| p.ifname()));
    if let Ok(Some(names)) = link.alt_names() {
        names.for_each(drop);
    }
    let _ = msg.get_path(&["linkinfo", "data", "vxlan_id"]);
    format::json_and_text(Protocol::Route, &msg);
});
