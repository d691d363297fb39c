//! Any bytes as generic netlink messages of every family the core has
//! tables for (the first byte picks the family): format each as JSON and
//! text, read the controller's family view and nl80211's hand reads
//! (nested station and BSS attributes, information elements), look names
//! up. Nothing may panic or loop.
#![no_main]

mod format;

use libfuzzer_sys::fuzz_target;
use nlwire::registry::Protocol;
use nlwire::tables::GENERIC;
use nlwire::Messages;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, data)) = data.split_first() else { return };
    let Some(family) = GENERIC.get(usize::from(pick) % GENERIC.len()) else { return };
    let protocol = Protocol::Generic(family);
    for msg in Messages::new(data) {
        let Ok(msg) = msg else { break };
        format::json_and_text(protocol, &msg);
        for name in ["family_name", "header", "ifindex", "addr", "peers", "wiphy"] {
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
    }
});
