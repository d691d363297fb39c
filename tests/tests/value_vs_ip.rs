//! `Value` read by name, compared and printed, against what iproute2 printed
//! for the same namespace (`ip -j link show`, `ip -j addr show`): the values
//! a pyroute2 user reads with `msg.get(name)` compare with plain numbers and
//! text, and print as `ip` prints them.

use nlwire::{msg_type, Message, Messages};
use nlwire_tests::{fixture, ip_json};
use serde_json::Value as Json;

fn messages(bytes: &[u8], kind: u16) -> Vec<Message<'_>> {
    Messages::new(bytes).map(|m| m.unwrap()).filter(|m| m.kind() == kind).collect()
}

/// The JSON text of `key` in `obj`.
fn text<'j>(obj: &'j Json, key: &str) -> &'j str {
    obj[key].as_str().unwrap_or_else(|| panic!("{key} in {obj}"))
}

#[test]
fn link_values_read_and_print_as_ip() {
    let bytes = fixture("link_dump_unspec.bin");
    let links = messages(&bytes, msg_type::RTM_NEWLINK);
    let ip = ip_json("ip_link.json");
    let ip = ip.as_array().unwrap();
    assert_eq!(links.len(), ip.len());
    for link in &links {
        let index = link.get("index").unwrap().unwrap();
        let want = ip.iter().find(|l| index == l["ifindex"].as_u64().unwrap()).expect("ip has the link");
        for name in ["ifname", "address", "broadcast", "operstate", "qdisc"] {
            let value = link.get(name).unwrap().unwrap();
            assert_eq!(value.to_string(), text(want, name), "{name}");
            assert!(value == text(want, name), "{name}: {value:?} == {}", want[name]);
        }
        for name in ["mtu", "txqlen"] {
            let value = link.get(name).unwrap().unwrap();
            let n = want[name].as_u64().unwrap();
            assert!(value == n, "{name}: {value:?} == {n}");
            assert_eq!(value.as_u64(), Some(n));
            assert_eq!(value.to_string(), n.to_string());
        }
        let mac = link.get("address").unwrap().unwrap().as_mac().unwrap();
        let hex: Vec<String> = mac.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex.join(":"), text(want, "address"));
    }
}

#[test]
fn address_values_read_and_print_as_ip() {
    let ip = ip_json("ip_addr.json");
    let mut want: Vec<(u64, &Json)> = ip
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| {
            let index = l["ifindex"].as_u64().unwrap();
            l["addr_info"].as_array().unwrap().iter().map(move |a| (index, a))
        })
        .collect();
    let mut seen = 0;
    for file in ["addr_dump_inet.bin", "addr_dump_inet6.bin"] {
        let bytes = fixture(file);
        for addr in messages(&bytes, msg_type::RTM_NEWADDR) {
            let local = addr.get("local").unwrap().or(addr.get("address").unwrap()).unwrap();
            let shown = local.to_string();
            let at = want.iter().position(|(_, a)| shown == text(a, "local"));
            let (index, a) = want.remove(at.unwrap_or_else(|| panic!("ip has {shown}")));
            assert!(local == text(a, "local"));
            assert_eq!(local.as_ip(), text(a, "local").parse().ok());
            assert!(addr.get("index").unwrap().unwrap() == index);
            assert!(addr.get("prefixlen").unwrap().unwrap() == a["prefixlen"].as_u64().unwrap());
            match a.get("label") {
                Some(label) => {
                    assert_eq!(addr.get("label").unwrap().unwrap().to_string(), label.as_str().unwrap())
                }
                None => assert_eq!(addr.get("label").unwrap(), None),
            }
            seen += 1;
        }
    }
    assert!(want.is_empty(), "ip printed addresses the dump lacks: {want:?}");
    assert_eq!(seen, 14);
}

/// The case: the interface index is `S32` in a link message and
/// `U32` in an address message; both are `1` for `lo`.
#[test]
fn interface_index_is_one_number_in_both_messages() {
    let link_bytes = fixture("link_dump_unspec.bin");
    let addr_bytes = fixture("addr_dump_inet.bin");
    let link = &messages(&link_bytes, msg_type::RTM_NEWLINK)[0];
    let addr = &messages(&addr_bytes, msg_type::RTM_NEWADDR)[0];
    assert!(link.get("ifname").unwrap().unwrap() == "lo");
    assert!(addr.get("label").unwrap().unwrap() == "lo");
    let (on_link, on_addr) = (link.get("index").unwrap().unwrap(), addr.get("index").unwrap().unwrap());
    assert!(matches!(on_link, nlwire::spec::Value::S32(1)), "{on_link:?}");
    assert!(matches!(on_addr, nlwire::spec::Value::U32(1)), "{on_addr:?}");
    assert!(on_link == 1 && on_addr == 1);
    assert_eq!(on_link.as_u32(), on_addr.as_u32());
}
