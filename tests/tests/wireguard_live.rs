//! WireGuard through `nlwire_std::Genl::wireguard` against the live kernel,
//! in a throwaway namespace. A kernel without WireGuard answers with a
//! clear error naming the family; one with it sets and reads back a device.

use nlwire::wireguard::{AllowedIp, DeviceFlags, Interface, PeerConfig, PeerFlags, SetDevice};
use nlwire_std::{Error, Genl};
use nlwire_tests::live::{live, TestNs};

#[test]
fn wireguard_is_a_clear_error_without_the_module_or_round_trips_with_it() {
    if !live("wireguard_is_a_clear_error_without_the_module_or_round_trips_with_it") {
        return;
    }
    let ns = TestNs::new();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let ips = [
        [AllowedIp::new("10.0.0.1".parse().unwrap(), 32), AllowedIp::new("fd00::1".parse().unwrap(), 128)],
        [AllowedIp::new("10.0.1.0".parse().unwrap(), 24), AllowedIp::new("fd00:1::".parse().unwrap(), 64)],
    ];
    let peers: Vec<PeerConfig<'_>> = ips
        .iter()
        .enumerate()
        .map(|(i, ips)| PeerConfig {
            endpoint: Some(if i == 0 { "192.0.2.1:51820" } else { "[2001:db8::1]:443" }.parse().unwrap()),
            persistent_keepalive: Some(25),
            flags: PeerFlags::REPLACE_ALLOWEDIPS,
            allowed_ips: ips,
            ..PeerConfig::new([i as u8 + 1; 32])
        })
        .collect();
    let set = SetDevice {
        private_key: Some([0x48; 32]),
        listen_port: Some(51820),
        fwmark: Some(0x42),
        flags: DeviceFlags::REPLACE_PEERS,
        peers: &peers,
        ..SetDevice::new(Interface::Name("wg0"))
    };

    let mut wg = genl.wireguard();
    match wg.family_id() {
        Err(Error::NotFound(what)) => {
            // No WireGuard here: every call says so, naming the family.
            assert!(what.contains("\"wireguard\""), "{what}");
            for err in [wg.device("wg0").unwrap_err(), wg.set_device(&set).unwrap_err()] {
                assert!(matches!(&err, Error::NotFound(w) if w == &what), "{err:?}");
                assert!(err.to_string().contains("\"wireguard\""), "{err}");
            }
            println!("no WireGuard in this kernel: {}", Error::NotFound(what));
        }
        Ok(_) => {
            ns.ip(&["link", "add", "wg0", "type", "wireguard"]);
            wg.set_device(&set).unwrap();
            let dev = wg.device("wg0").unwrap();
            assert_eq!((dev.ifname.as_str(), dev.listen_port, dev.fwmark), ("wg0", 51820, 0x42));
            assert_eq!(
                dev.private_key,
                Some(set.private_key.unwrap()).map(|mut k| {
                    // Curve25519 clamping, as the kernel stores the key.
                    k[0] &= 248;
                    k[31] = (k[31] & 127) | 64;
                    k
                })
            );
            assert_eq!(dev.peers.len(), 2);
            for (got, want) in dev.peers.iter().zip(&peers) {
                assert_eq!((got.public_key, got.endpoint), (want.public_key, want.endpoint));
                assert_eq!(got.allowed_ips, want.allowed_ips);
                assert_eq!(got.persistent_keepalive, 25);
            }
            // A device that is not WireGuard.
            assert!(wg.device("lo").is_err());
        }
        Err(e) => panic!("resolving wireguard: {e:?}"),
    }
}
