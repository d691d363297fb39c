//! Every buffer size from 0 to a typed request's length fails cleanly with
//! the size needed and leaves the messages completed before intact, byte for
//! byte; and a builder can stream its messages to an `embedded_io` sink.

use std::net::{IpAddr, Ipv4Addr};

use nlwire::addr::{self, AddrEntry};
use nlwire::build::{Builder, Request};
use nlwire::link::{self, IfName, Kind, VxlanOptions};
use nlwire::neigh::{self, NeighEntry};
use nlwire::route::{NextHopSpec, Prefix, RouteRequest};
use nlwire::rule::{self, RuleEntry};
use nlwire::tc::{QdiscKind, QdiscRequest, TcOp};
use nlwire::{Error, Messages};

fn ip(last: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(192, 0, 2, last))
}

#[test]
fn every_short_buffer_fails_and_keeps_earlier_messages() {
    let hops = [NextHopSpec::new(ip(1), 3).weight(2), NextHopSpec::new(ip(2), 3)];
    let mac = [2, 0, 0, 0, 0, 1];
    let n = |s: &str| IfName::new(s).unwrap();
    let veth = link::Add::new(n("v0"), Kind::Veth { peer: Some(n("v1")) }).mtu(9000);
    let vxlan =
        link::Add::new(n("vx0"), Kind::Vxlan(VxlanOptions { port: Some(4789), ..VxlanOptions::new(42) }));
    let address = addr::Add(AddrEntry::new(3, ip(9), 24).with_label("v0:x"));
    let route = RouteRequest::add(Prefix::new(ip(0), 24)).multipath(&hops).table(1000).mtu(1400);
    let neighbour = neigh::Add(NeighEntry::new(3, ip(7)).with_lladdr(&mac));
    let policy = rule::Add(RuleEntry::new().priority(100).from(ip(0), 24).lookup(100));
    let qdisc = QdiscRequest::root(TcOp::Add, 3, QdiscKind::Pfifo { limit: Some(100) });
    let requests: [&dyn Request; 7] = [&veth, &vxlan, &address, &route, &neighbour, &policy, &qdisc];

    let first = link::Del(link::LinkRef::Index(1));
    for request in requests {
        let mut whole = vec![0u8; 4096];
        let mut b = Builder::new(&mut whole);
        let head = b.push(&first, 1).unwrap();
        let total = head + b.push(request, 2).unwrap();
        let earlier = whole[..head].to_vec();
        for cap in head..total {
            let mut buf = vec![0xA5u8; cap];
            let mut b = Builder::new(&mut buf);
            b.push(&first, 1).unwrap();
            assert_eq!(b.push(request, 2), Err(Error::BufferTooSmall { needed: total, capacity: cap }));
            assert_eq!(b.len(), head, "the earlier message is kept");
            assert_eq!(b.as_bytes(), &earlier[..], "and unchanged (capacity {cap})");
            assert_eq!(Messages::new(&buf[..head]).count(), 1);
        }
    }
}

#[test]
fn messages_stream_through_a_small_buffer_to_a_sink() {
    // A sink that collects what it is given.
    struct Sink(Vec<u8>);
    impl embedded_io::ErrorType for Sink {
        type Error = core::convert::Infallible;
    }
    impl embedded_io::Write for Sink {
        fn write(&mut self, buf: &[u8]) -> Result<usize, Self::Error> {
            self.0.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> Result<(), Self::Error> {
            Ok(())
        }
    }
    let mut sink = Sink(Vec::new());
    let mut small = [0u8; 128];
    let mut b = Builder::new(&mut small);
    for seq in 0..100u32 {
        let req = addr::Add(AddrEntry::new(3, ip(seq as u8), 24));
        if b.push(&req, seq).is_err() {
            b.flush_to(&mut sink).unwrap();
            b.push(&req, seq).unwrap();
        }
    }
    b.flush_to(&mut sink).unwrap();
    let seqs: Vec<u32> = Messages::new(&sink.0).map(|m| m.unwrap().seq()).collect();
    assert_eq!(seqs, (0..100).collect::<Vec<_>>());
}
