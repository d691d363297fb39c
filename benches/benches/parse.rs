//! Parse benchmark: the same recorded kernel bytes decoded by nlwire,
//! netlink-packet-route 0.34, neli 0.7.5 and a bare attribute walk, reading
//! the fields a user reads.
//!
//! `cargo bench -p nlwire-benches --bench parse`

use std::io::Cursor;
use std::net::IpAddr;

use nlwire::addr::{ifa, Address};
use nlwire::Messages;
use nlwire_benches::{measure, CountingAlloc, Measure};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/kernel-6.18/");

/// The payloads (after the netlink header) of the messages of type `kind` in a fixture.
fn payloads(file: &str, kind: u16) -> Vec<Vec<u8>> {
    let bytes = std::fs::read(format!("{FIXTURES}{file}")).expect("fixture");
    Messages::new(&bytes)
        .map(|m| m.expect("fixture parses"))
        .filter(|m| m.kind() == kind)
        .map(|m| m.bytes().to_vec())
        .collect()
}

/// A bare walk: the fastest code that finds the attributes, by hand.
fn bare_walk(attrs: &[u8], mut on: impl FnMut(u16, &[u8])) {
    let mut rest = attrs;
    while rest.len() >= 4 {
        let len = u16::from_ne_bytes([rest[0], rest[1]]) as usize;
        let kind = u16::from_ne_bytes([rest[2], rest[3]]) & 0x3fff;
        if len < 4 || len > rest.len() {
            return;
        }
        on(kind, &rest[4..len]);
        rest = &rest[((len + 3) & !3).min(rest.len())..];
    }
}

fn report(family: &str, rows: &[(&str, Measure)]) {
    let base = rows[0].1.ns_per_item;
    println!("\n{family}: ns/message (median), allocations/message, ratio to nlwire");
    for (name, m) in rows {
        println!(
            "  {name:<24} {:>9.1} ns  {:>6.1} allocs  {:>6.2}x",
            m.ns_per_item,
            m.allocs_per_item,
            m.ns_per_item / base
        );
    }
}

fn addresses() {
    let mut msgs = payloads("addr_dump_inet.bin", nlwire::msg_type::RTM_NEWADDR);
    msgs.extend(payloads("addr_dump_inet6.bin", nlwire::msg_type::RTM_NEWADDR));
    let n = msgs.len();
    let nlwire = measure(n, 15, || {
        let mut sum = 0u64;
        for bytes in &msgs {
            let msg = nlwire::Message::parse(bytes).unwrap();
            let a = Address::parse(&msg).unwrap();
            sum += u64::from(a.prefix_len());
            if let Some(ip) = a.addr().unwrap() {
                sum += ip.is_ipv4() as u64;
            }
            sum += a.label().unwrap().map_or(0, |l| l.len() as u64);
        }
        sum
    });
    let bare = measure(n, 15, || {
        let mut sum = 0u64;
        for bytes in &msgs {
            sum += u64::from(bytes[17]);
            let mut local = None;
            let mut address = None;
            // The same work as the views: addresses as `IpAddr`, the label
            // checked as UTF-8 up to its NUL.
            let ip = |p: &[u8]| match p.len() {
                4 => Some(IpAddr::from(<[u8; 4]>::try_from(p).unwrap())),
                16 => Some(IpAddr::from(<[u8; 16]>::try_from(p).unwrap())),
                _ => None,
            };
            bare_walk(&bytes[24..], |kind, p| match kind {
                ifa::LOCAL => local = ip(p),
                ifa::ADDRESS => address = ip(p),
                ifa::LABEL => {
                    let end = p.iter().position(|&b| b == 0).unwrap_or(p.len());
                    sum += std::str::from_utf8(&p[..end]).unwrap().len() as u64;
                }
                _ => {}
            });
            sum += local.or(address).map_or(0, |ip| ip.is_ipv4() as u64);
        }
        sum
    });
    let npr = measure(n, 15, || {
        use netlink_packet_core::Parseable;
        use netlink_packet_route::address::{AddressAttribute, AddressMessage};
        let mut sum = 0u64;
        for bytes in &msgs {
            let m = AddressMessage::parse(&bytes[16..]).unwrap();
            sum += u64::from(m.header.prefix_len);
            let mut local = None;
            let mut address = None;
            for a in &m.attributes {
                match a {
                    AddressAttribute::Local(ip) => local = Some(*ip),
                    AddressAttribute::Address(ip) => address = Some(*ip),
                    AddressAttribute::Label(l) => sum += l.len() as u64,
                    _ => {}
                }
            }
            sum += local.or(address).map_or(0, |ip| ip.is_ipv4() as u64);
        }
        sum
    });
    let neli = measure(n, 15, || {
        use neli::consts::rtnl::{Ifa, Rtm};
        use neli::nl::Nlmsghdr;
        use neli::rtnl::Ifaddrmsg;
        use neli::FromBytes;
        let mut sum = 0u64;
        for bytes in &msgs {
            let m = Nlmsghdr::<Rtm, Ifaddrmsg>::from_bytes(&mut Cursor::new(bytes)).unwrap();
            let p = m.get_payload().unwrap();
            sum += u64::from(*p.ifa_prefixlen());
            let h = p.rtattrs().get_attr_handle();
            let local = h.get_attribute(Ifa::Local).or_else(|| h.get_attribute(Ifa::Address));
            sum += local.map_or(0, |a| (a.rta_payload().as_ref().len() == 4) as u64);
            if let Ok(label) = h.get_attr_payload_as_with_len::<String>(Ifa::Label) {
                sum += label.len() as u64;
            }
        }
        sum
    });
    report(
        "address (addr_dump_inet + inet6)",
        &[
            ("nlwire Address view", nlwire),
            ("bare NLA walk", bare),
            ("netlink-packet-route", npr),
            ("neli", neli),
        ],
    );
}

fn main() {
    addresses();
}
