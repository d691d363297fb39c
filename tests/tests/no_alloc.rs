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
