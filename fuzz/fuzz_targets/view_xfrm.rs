//! Arbitrary bytes as the payload of an xfrm message (the first byte picks
//! the type): the views parse or refuse, no accessor panics, and the
//! formatter prints it as `Protocol::Xfrm`.
#![no_main]

mod common;
mod format;

use libfuzzer_sys::fuzz_target;
use nlwire::registry::Protocol;
use nlwire::xfrm::{msg, xfrma, Info, Policy, Sa, XfrmAttrs};
use nlwire::Message;

fn attrs(a: &XfrmAttrs<'_>) {
    for kind in [xfrma::ALG_AUTH, xfrma::ALG_CRYPT, xfrma::ALG_COMP, xfrma::ALG_AEAD, xfrma::ALG_AUTH_TRUNC] {
        let _ = a.algo(kind);
    }
    let _ = (a.encap(), a.mark(), a.if_id(), a.lastused(), a.policy_type(), a.u32(xfrma::TFCPAD));
    if let Ok(t) = a.templates() {
        t.for_each(drop);
    }
    a.attrs().for_each(drop);
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, payload)) = data.split_first() else { return };
    let kind = msg::NEWSA + u16::from(pick % 0x19);
    let Some(bytes) = common::message(kind, payload) else { return };
    let msg = Message::parse(&bytes).expect("the builder wrote a whole message");
    if let Ok(sa) = Sa::parse(&msg) {
        let _ = (sa.info().sel.is_zero(), sa.info().id.spi.get());
        attrs(&sa);
    }
    if let Ok(p) = Policy::parse(&msg) {
        let _ = p.info().dir;
        attrs(&p);
    }
    if let Ok(i) = Info::parse(&msg) {
        let _ = (i.sad_count(), i.hash_info(), i.spd_info(), i.hthresh(false), i.hthresh(true));
    }
    let _ = msg.get_in(Protocol::Xfrm, "reqid");
    format::json_and_text(Protocol::Xfrm, &msg);
});
