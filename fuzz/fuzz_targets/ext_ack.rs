//! Any bytes as the payload of an NLMSG_ERROR or NLMSG_DONE, with either
//! flag set: the error and extended-ACK decoders must never panic, and what
//! they return must lie inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nlwire::build::{Builder, Header};
use nlwire::{msg_type, Done, ErrorMessage, Messages, MsgFlags};

fuzz_target!(|input: (u16, &[u8])| {
    let (flags, payload) = input;
    let mut buf = vec![0u8; payload.len() + 64];
    for kind in [msg_type::ERROR, msg_type::DONE] {
        let mut b = Builder::new(&mut buf);
        let header = Header::new(kind, MsgFlags::from_bits_retain(flags), 1);
        if b.message(header, |m| m.raw(payload)).is_err() {
            return;
        }
        let len = b.len();
        let msg = Messages::new(&buf[..len]).next().unwrap().unwrap();
        // Reached the decoder: the message is of its type.
        assert_eq!(msg.kind(), kind);
        if kind == msg_type::ERROR {
            if let Ok(err) = ErrorMessage::parse(&msg) {
                assert!(err.errno() >= 0);
                if let Some(text) = err.ext_ack().message {
                    assert!(text.len() < payload.len());
                }
                if let Some(off) = err.ext_ack().offset {
                    assert!(off < err.request().len.get());
                }
            }
        } else if let Ok(done) = Done::parse(&msg) {
            assert!(done.errno() >= 0);
        }
    }
});
