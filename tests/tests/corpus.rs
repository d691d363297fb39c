//! Every recorded kernel reply parses end to end, formats fully, and every
//! prefix or bit flip of it fails cleanly instead of panicking.

use nlwire::fmt::{write_json, write_text};
use nlwire::{msg_type, registry::message_spec, Done, ErrorMessage, Message, Messages};
use nlwire_tests::{dump_fixtures, fixture, monitor_datagrams};

fn messages(bytes: &[u8]) -> Vec<Message<'_>> {
    Messages::new(bytes).collect::<Result<Vec<_>, _>>().expect("fixture parses")
}

#[test]
fn every_fixture_parses_and_formats_fully() {
    let fixtures = dump_fixtures();
    assert_eq!(fixtures.len(), 20, "the corpus has 20 reply files besides the monitor capture");
    for (name, bytes) in &fixtures {
        let msgs = messages(bytes);
        assert!(!msgs.is_empty(), "{name}");
        let last = msgs.last().unwrap();
        assert!(matches!(last.kind(), msg_type::DONE | msg_type::ERROR), "{name}: ends with DONE or ERROR");
        for msg in &msgs {
            let (mut json, mut text) = (String::new(), String::new());
            write_json(msg, &mut json).unwrap_or_else(|e| panic!("{name} @{}: {e}", msg.offset()));
            write_text(msg, &mut text).unwrap_or_else(|e| panic!("{name} @{}: {e}", msg.offset()));
            serde_json::from_str::<serde_json::Value>(&json)
                .unwrap_or_else(|e| panic!("{name} @{}: invalid JSON {e}: {json}", msg.offset()));
            if !matches!(msg.kind(), msg_type::DONE | msg_type::ERROR) {
                assert!(message_spec(msg.kind()).is_some(), "{name}: no spec for type {}", msg.kind());
            }
        }
    }
}

#[test]
fn dumps_end_with_a_clean_done() {
    for (name, bytes) in dump_fixtures().iter().filter(|(n, _)| !n.starts_with("err_")) {
        let msgs = messages(bytes);
        let done = Done::parse(msgs.last().unwrap()).unwrap();
        assert_eq!(done.errno(), 0, "{name}");
        assert!(!done.interrupted(), "{name}");
    }
}

/// errno values from the kernel's include/uapi/asm-generic/errno-base.h and errno.h.
const ENODEV: i32 = 19;
const EEXIST: i32 = 17;
const EOPNOTSUPP: i32 = 95;

#[test]
fn error_fixtures_decode_errno_and_ext_ack() {
    let cases = [
        ("err_link_get_enodev.bin", ENODEV, None, msg_type::RTM_GETLINK),
        ("err_link_add_eexist.bin", EEXIST, None, msg_type::RTM_NEWLINK),
        ("err_link_add_badkind.bin", EOPNOTSUPP, Some("Unknown device type"), msg_type::RTM_NEWLINK),
        ("err_addr_add_nodev.bin", ENODEV, Some("ipv4: Device not found"), msg_type::RTM_NEWADDR),
    ];
    for (name, errno, text, request_type) in cases {
        let bytes = fixture(name);
        let msgs = messages(&bytes);
        assert_eq!(msgs.len(), 1, "{name}");
        let err = ErrorMessage::parse(&msgs[0]).unwrap();
        assert!(!err.is_ack());
        assert_eq!(err.errno(), errno, "{name}");
        assert_eq!(err.ext_ack().message, text, "{name}");
        assert_eq!(err.request().kind.get(), request_type, "{name}");
        assert_eq!(err.request().seq.get(), msgs[0].seq(), "{name}: the error echoes our seq");
    }
}

#[test]
fn monitor_capture_decodes_every_event() {
    let datagrams = monitor_datagrams();
    assert!(datagrams.len() > 10);
    let mut kinds = std::collections::BTreeSet::new();
    for dgram in &datagrams {
        for msg in messages(dgram) {
            assert!(message_spec(msg.kind()).is_some(), "event type {} has a spec", msg.kind());
            let mut json = String::new();
            write_json(&msg, &mut json).unwrap();
            kinds.insert(msg.kind());
        }
    }
    // The capture created, configured and deleted a veth pair with addresses,
    // routes and neighbours (see fixtures/README.md).
    for kind in [msg_type::RTM_NEWLINK, msg_type::RTM_DELLINK, msg_type::RTM_NEWADDR, msg_type::RTM_NEWROUTE]
    {
        assert!(kinds.contains(&kind), "no event of type {kind}: {kinds:?}");
    }
}

/// Every prefix of every message either fails cleanly or parses as shorter
/// messages; the formatter on whatever parses never panics.
#[test]
fn truncation_sweep_never_panics() {
    let mut all: Vec<Vec<u8>> = dump_fixtures().into_iter().map(|(_, b)| b).collect();
    all.extend(monitor_datagrams());
    for bytes in &all {
        for msg in messages(bytes) {
            let whole = msg.bytes();
            for cut in 0..whole.len() {
                let prefix = &whole[..cut];
                let mut sink = String::new();
                let mut it = Messages::new(prefix);
                if let Some(Ok(m)) = it.next() {
                    let _ = write_json(&m, &mut sink);
                }
                // A prefix whose length field still says the full length
                // must be reported as truncated.
                assert!(Message::parse(prefix).is_err(), "prefix {cut} of {} parsed", whole.len());
                // With the length field patched to the cut, inner chains are cut instead.
                if cut >= 16 {
                    let mut patched = prefix.to_vec();
                    patched[..4].copy_from_slice(&(cut as u32).to_ne_bytes());
                    let m = Message::parse(&patched).unwrap();
                    let _ = write_json(&m, &mut sink);
                    let _ = write_text(&m, &mut sink);
                    sink.clear();
                }
            }
        }
    }
}
