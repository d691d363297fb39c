//! Parse benchmark: the same recorded kernel bytes decoded by nlwire,
//! netlink-packet-route 0.34, neli 0.7.5 and a bare attribute walk, reading
//! the fields a user reads.
//!
//! `cargo bench -p nlwire-benches --bench parse`

use std::io::Cursor;
use std::net::IpAddr;

use nlwire::addr::{ifa, Address};
use nlwire::link::{ifla, Link};
use nlwire::route::{rta, Route};
use nlwire_benches::{measure, payloads, report, CountingAlloc};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

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

/// Reads an IP address attribute payload the way the views do.
fn ip_of(p: &[u8]) -> Option<IpAddr> {
    match p.len() {
        4 => Some(IpAddr::from(<[u8; 4]>::try_from(p).unwrap())),
        16 => Some(IpAddr::from(<[u8; 16]>::try_from(p).unwrap())),
        _ => None,
    }
}

fn links() {
    let msgs = payloads("link_dump_unspec.bin", nlwire::msg_type::RTM_NEWLINK);
    let n = msgs.len();
    let nlwire = measure(n, 15, || {
        let mut sum = 0u64;
        for bytes in &msgs {
            let msg = nlwire::Message::parse(bytes).unwrap();
            let l = Link::parse(&msg).unwrap();
            sum += l.ifname().unwrap().map_or(0, |s| s.len() as u64);
            sum += u64::from(l.mtu().unwrap().unwrap_or(0));
            sum += l.stats64().unwrap().map_or(0, |s| s.rx_bytes.get());
        }
        sum
    });
    let bare = measure(n, 15, || {
        let mut sum = 0u64;
        for bytes in &msgs {
            bare_walk(&bytes[32..], |kind, p| match kind {
                ifla::IFNAME => {
                    let end = p.iter().position(|&b| b == 0).unwrap();
                    sum += std::str::from_utf8(&p[..end]).unwrap().len() as u64;
                }
                ifla::MTU => sum += u64::from(u32::from_ne_bytes(p.try_into().unwrap())),
                ifla::STATS64 => sum += u64::from_ne_bytes(p[16..24].try_into().unwrap()),
                _ => {}
            });
        }
        sum
    });
    let npr = measure(n, 15, || {
        use netlink_packet_core::Parseable;
        use netlink_packet_route::link::{LinkAttribute, LinkMessage};
        let mut sum = 0u64;
        for bytes in &msgs {
            let m = LinkMessage::parse(&bytes[16..]).unwrap();
            for a in &m.attributes {
                match a {
                    LinkAttribute::IfName(s) => sum += s.len() as u64,
                    LinkAttribute::Mtu(v) => sum += u64::from(*v),
                    LinkAttribute::Stats64(s) => sum += s.rx_bytes,
                    _ => {}
                }
            }
        }
        sum
    });
    let neli = measure(n, 15, || {
        use neli::consts::rtnl::{Ifla, Rtm};
        use neli::nl::Nlmsghdr;
        use neli::rtnl::Ifinfomsg;
        use neli::FromBytes;
        let mut sum = 0u64;
        for bytes in &msgs {
            let m = Nlmsghdr::<Rtm, Ifinfomsg>::from_bytes(&mut Cursor::new(bytes)).unwrap();
            let h = m.get_payload().unwrap().rtattrs().get_attr_handle();
            sum += h.get_attr_payload_as_with_len::<String>(Ifla::Ifname).map_or(0, |s| s.len() as u64);
            sum += u64::from(h.get_attr_payload_as::<u32>(Ifla::Mtu).unwrap_or(0));
            if let Some(a) = h.get_attribute(Ifla::Stats64) {
                sum += u64::from_ne_bytes(a.rta_payload().as_ref()[16..24].try_into().unwrap());
            }
        }
        sum
    });
    report(
        "link (link_dump_unspec): ifname, mtu, stats64.rx_bytes",
        &[
            ("nlwire Link view", nlwire),
            ("bare NLA walk", bare),
            ("netlink-packet-route", npr),
            ("neli", neli),
        ],
    );
    // One attribute by name through the generated tables against the typed accessor.
    let typed = measure(n, 15, || {
        let mut sum = 0u64;
        for bytes in &msgs {
            let msg = nlwire::Message::parse(bytes).unwrap();
            sum += Link::parse(&msg).unwrap().ifname().unwrap().map_or(0, |s| s.len() as u64);
        }
        sum
    });
    let by_name = |name: &'static str| {
        measure(n, 15, || {
            let mut sum = 0u64;
            for bytes in &msgs {
                let msg = nlwire::Message::parse(bytes).unwrap();
                if let Some(nlwire::spec::Value::Str(s)) = msg.get(name).unwrap() {
                    sum += s.len() as u64;
                }
            }
            sum
        })
    };
    report(
        "link (link_dump_unspec): ifname alone",
        &[
            ("nlwire link.ifname()", typed),
            ("nlwire get(\"ifname\")", by_name("ifname")),
            ("nlwire get(\"IFLA_IFNAME\")", by_name("IFLA_IFNAME")),
        ],
    );
}

fn routes() {
    let mut msgs = payloads("route_dump_inet.bin", nlwire::msg_type::RTM_NEWROUTE);
    msgs.extend(payloads("route_dump_inet6.bin", nlwire::msg_type::RTM_NEWROUTE));
    let n = msgs.len();
    let nlwire = measure(n, 15, || {
        let mut sum = 0u64;
        for bytes in &msgs {
            let msg = nlwire::Message::parse(bytes).unwrap();
            let r = Route::parse(&msg).unwrap();
            sum += r.dst().unwrap().map_or(0, |ip| ip.is_ipv4() as u64);
            sum += r.gateway().unwrap().map_or(0, |ip| ip.is_ipv4() as u64);
            sum += u64::from(r.oif().unwrap().unwrap_or(0));
        }
        sum
    });
    let bare = measure(n, 15, || {
        let mut sum = 0u64;
        for bytes in &msgs {
            bare_walk(&bytes[28..], |kind, p| match kind {
                rta::DST | rta::GATEWAY => sum += ip_of(p).map_or(0, |ip| ip.is_ipv4() as u64),
                rta::OIF => sum += u64::from(u32::from_ne_bytes(p.try_into().unwrap())),
                _ => {}
            });
        }
        sum
    });
    let npr = measure(n, 15, || {
        use netlink_packet_core::Parseable;
        use netlink_packet_route::route::{RouteAddress, RouteAttribute, RouteMessage};
        let v4 = |a: &RouteAddress| matches!(a, RouteAddress::Inet(_)) as u64;
        let mut sum = 0u64;
        for bytes in &msgs {
            let m = RouteMessage::parse(&bytes[16..]).unwrap();
            for a in &m.attributes {
                match a {
                    RouteAttribute::Destination(d) => sum += v4(d),
                    RouteAttribute::Gateway(g) => sum += v4(g),
                    RouteAttribute::Oif(o) => sum += u64::from(*o),
                    _ => {}
                }
            }
        }
        sum
    });
    let neli = measure(n, 15, || {
        use neli::consts::rtnl::{Rta, Rtm};
        use neli::nl::Nlmsghdr;
        use neli::rtnl::Rtmsg;
        use neli::FromBytes;
        let mut sum = 0u64;
        for bytes in &msgs {
            let m = Nlmsghdr::<Rtm, Rtmsg>::from_bytes(&mut Cursor::new(bytes)).unwrap();
            let h = m.get_payload().unwrap().rtattrs().get_attr_handle();
            for kind in [Rta::Dst, Rta::Gateway] {
                if let Some(a) = h.get_attribute(kind) {
                    sum += ip_of(a.rta_payload().as_ref()).map_or(0, |ip| ip.is_ipv4() as u64);
                }
            }
            sum += u64::from(h.get_attr_payload_as::<u32>(Rta::Oif).unwrap_or(0));
        }
        sum
    });
    report(
        "route (route_dump_inet + inet6): dst, gateway, oif",
        &[
            ("nlwire Route view", nlwire),
            ("bare NLA walk", bare),
            ("netlink-packet-route", npr),
            ("neli", neli),
        ],
    );
}

fn main() {
    links();
    routes();
    addresses();
}
