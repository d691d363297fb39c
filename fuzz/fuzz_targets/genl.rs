//! Any bytes as generic netlink messages of every family the core has
//! tables for (the first byte picks the family): format each as JSON and
//! text, read the controller's family view and nl80211's hand reads
//! (nested station and BSS attributes, information elements) and the
//! views of the families with hand-written tables (SEG6's keys and source,
//! IOAM6's namespaces, schemas and trace events), look names up. Nothing
//! may panic or loop.
#![no_main]

mod format;

use libfuzzer_sys::fuzz_target;
use nlwire::registry::{generic_families, Protocol};
use nlwire::Messages;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, data)) = data.split_first() else { return };
    let count = generic_families().count();
    let Some(family) = generic_families().nth(usize::from(pick) % count) else { return };
    let protocol = Protocol::Generic(family);
    for msg in Messages::new(data) {
        let Ok(msg) = msg else { break };
        format::json_and_text(protocol, &msg);
        for name in ["family_name", "header", "ifindex", "addr", "peers", "wiphy", "secret", "sc_data"] {
            let _ = msg.get_in(protocol, name);
        }
        if let Ok(f) = nlwire::genl::Family::parse(&msg) {
            let _ = (f.id(), f.name(), f.version(), f.group("monitor"));
            f.groups().for_each(drop);
            f.ops().for_each(|op| {
                let _ = op.map(|op| (op.id(), op.flags()));
            });
        }
        if let Ok(s) = nlwire::nl80211::Station::parse(&msg) {
            let _ = (s.mac_address(), s.signal_dbm(), s.inactive_ms());
        }
        if let Ok(r) = nlwire::nl80211::ScanResult::parse(&msg) {
            let _ = (r.bssid(), r.frequency_mhz(), r.signal_dbm(), r.ssid());
        }
        if let Ok(i) = nlwire::nl80211::Interface::parse(&msg) {
            let _ = (i.mac_address(), i.ssid_bytes(), i.frequency_mhz());
        }
        if let Ok(k) = nlwire::seg6::HmacKey::parse(&msg) {
            let _ = (k.key_id(), k.algo_name(), k.secret());
        }
        if let Ok(t) = nlwire::seg6::Tunsrc::parse(&msg) {
            let _ = t.addr();
        }
        if let Ok(n) = nlwire::ioam6::Namespace::parse(&msg) {
            let _ = (n.id(), n.sc_id(), n.ns_data(), n.ns_data_wide());
        }
        if let Ok(s) = nlwire::ioam6::Schema::parse(&msg) {
            let _ = (s.id(), s.ns_id(), s.data());
        }
        if let Ok(e) = nlwire::ioam6::TraceEvent::parse(&msg) {
            let _ = (e.trace_namespace(), e.trace_nodelen(), e.trace_type(), e.trace_data());
        }
    }
});
