//! Parsing and formatting every fixture allocates nothing: counted exactly
//! with a global allocator wrapper.

use nlwire::fmt::{write_json, write_json_in};
use nlwire::registry::{generic_family, Protocol};
use nlwire::{msg_type, Messages};
use nlwire_tests::alloc_count::{allocations, CountingAlloc};
use nlwire_tests::{dump_fixtures, fixture, monitor_datagrams};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// A `fmt::Write` that only counts bytes.
struct CountingSink(usize);
impl std::fmt::Write for CountingSink {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

#[test]
fn parsing_and_formatting_fixtures_allocates_nothing() {
    let mut inputs: Vec<Vec<u8>> = dump_fixtures().into_iter().map(|(_, b)| b).collect();
    inputs.extend(monitor_datagrams());
    let mut sink = CountingSink(0);
    let mut messages = 0usize;

    let before = allocations();
    for bytes in &inputs {
        for msg in Messages::new(bytes) {
            let msg = msg.unwrap();
            messages += 1;
            write_json(&msg, &mut sink).unwrap();
            let _ = msg.get("ifname");
            let _ = msg.get_path(&["stats64", "rx_bytes"]);
        }
    }
    let after = allocations();

    assert!(messages > 100 && sink.0 > 10_000, "the walk did real work");
    assert_eq!(after - before, 0, "allocations while parsing {messages} messages");
}

#[test]
fn decoding_generic_fixtures_allocates_nothing() {
    // One recorded reply per generic family this kernel has (nlctrl,
    // ethtool, mptcp_pm, netdev), with the family's tables.
    let inputs: Vec<(&str, Protocol, Vec<u8>)> = [
        ("nlctrl", "genl/genl_family_dump.bin"),
        ("nlctrl", "genl/genl_family_ethtool.bin"),
        ("ethtool", "genl/ethtool_features_v0.bin"),
        ("mptcp_pm", "genl/mptcp_endpoint_dump.bin"),
        ("netdev", "genl/netdev_dev_dump.bin"),
    ]
    .into_iter()
    .map(|(family, file)| (family, Protocol::Generic(generic_family(family).expect(family)), fixture(file)))
    .collect();
    let mut sink = CountingSink(0);
    let (mut messages, mut read) = (0usize, 0usize);

    let before = allocations();
    for (family, protocol, bytes) in &inputs {
        for msg in Messages::new(bytes) {
            let msg = msg.unwrap();
            if matches!(msg.kind(), msg_type::DONE | msg_type::ERROR) {
                continue;
            }
            messages += 1;
            write_json_in(*protocol, &msg, &mut sink).unwrap();
            // The family's typed view and the reads that add meaning (a
            // view checks the command, which families number alike).
            read += match *family {
                "nlctrl" => {
                    let f = nlwire::genl::Family::parse(&msg).unwrap();
                    f.groups().map(Result::unwrap).count() + usize::from(f.id().is_ok())
                }
                "ethtool" => {
                    let features = nlwire::ethtool::Features::parse(&msg).unwrap();
                    features.named().map(Result::unwrap).filter(|f| f.active).count()
                }
                "mptcp_pm" => {
                    usize::from(nlwire::mptcp::Endpoint::parse(&msg).unwrap().addr().unwrap().is_some())
                }
                _ => usize::from(
                    nlwire::netdev::Device::parse(&msg).unwrap().xdp_features().unwrap().is_some(),
                ),
            };
        }
    }
    let after = allocations();

    assert!(
        messages > 15 && read > 30 && sink.0 > 5_000,
        "the walk did real work: {messages} {read} {}",
        sink.0
    );
    assert_eq!(after - before, 0, "allocations while decoding {messages} generic messages");
}

/// A generic netlink message as `linux/netlink.h` and `linux/genetlink.h`
/// lay it out: `nlmsghdr`, then `genlmsghdr` (command, version 1), then
/// `attrs`.
fn genl_message(family: u16, command: u8, attrs: &[u8]) -> Vec<u8> {
    let len = 16 + 4 + attrs.len();
    let mut out = nlwire_tests::wire::words(&[len as u32]);
    out.extend(family.to_ne_bytes());
    out.extend(2u16.to_ne_bytes()); // NLM_F_MULTI
    out.extend(nlwire_tests::wire::words(&[9, 0]));
    out.extend([command, 1, 0, 0]);
    out.extend_from_slice(attrs);
    out
}

#[test]
fn decoding_nl80211_replies_allocates_nothing() {
    use nlwire::nl80211::{Interface, ScanResult, Station};
    use nlwire_tests::wire::{attr, nest, u32_attr};
    // No Wi-Fi here: replies laid out from linux/nl80211.h, family id 0x1c.
    // NL80211_CMD_NEW_INTERFACE 7: _ATTR_IFINDEX 3, _IFNAME 4, _IFTYPE 5,
    // _MAC 6, _WIPHY 1, _WIPHY_FREQ 38, _SSID 52.
    let mac = [0x02, 0x00, 0x5e, 0x10, 0x20, 0x30];
    let interface = [
        u32_attr(3, 5),
        attr(4, b"wlan0\0"),
        u32_attr(5, 2),
        attr(6, &mac),
        u32_attr(1, 0),
        u32_attr(38, 2412),
        attr(52, b"net"),
    ]
    .concat();
    // NL80211_CMD_NEW_STATION 19: _ATTR_STA_INFO 21 holding
    // NL80211_STA_INFO_INACTIVE_TIME 1 and _SIGNAL 7 (an s8).
    let station =
        [u32_attr(3, 5), attr(6, &mac), nest(21, &[u32_attr(1, 340), attr(7, &[(-42i8) as u8])].concat())]
            .concat();
    // NL80211_CMD_NEW_SCAN_RESULTS 34: _ATTR_BSS 47 holding NL80211_BSS_BSSID 1,
    // _FREQUENCY 2, _INFORMATION_ELEMENTS 6 (the SSID element 0), _SIGNAL_MBM 7.
    let bss = [
        attr(1, &mac),
        u32_attr(2, 5180),
        attr(6, &[0, 3, b'n', b'e', b't']),
        attr(7, &(-6500i32).to_ne_bytes()),
    ];
    let scan = [u32_attr(3, 5), nest(47, &bss.concat())].concat();
    let messages =
        [genl_message(0x1c, 7, &interface), genl_message(0x1c, 19, &station), genl_message(0x1c, 34, &scan)];
    let nl80211 = Protocol::Generic(generic_family("nl80211").expect("nl80211 tables"));
    let mut sink = CountingSink(0);

    let before = allocations();
    let mut read = 0;
    for bytes in &messages {
        let msg = Messages::new(bytes).next().unwrap().unwrap();
        write_json_in(nl80211, &msg, &mut sink).unwrap();
        read += match msg.payload()[0] {
            7 => {
                let i = Interface::parse(&msg).unwrap();
                usize::from(i.ifname().unwrap() == Some("wlan0"))
                    + usize::from(i.frequency_mhz().unwrap() == Some(2412))
            }
            19 => usize::from(Station::parse(&msg).unwrap().signal_dbm().unwrap() == Some(-42)),
            _ => usize::from(ScanResult::parse(&msg).unwrap().ssid().unwrap() == Some(&b"net"[..])),
        };
    }
    let after = allocations();

    assert_eq!(read, 4, "the views read what the replies hold");
    assert!(sink.0 > 100, "the formatter wrote {} bytes", sink.0);
    assert_eq!(after - before, 0, "allocations while decoding nl80211 replies");
}
