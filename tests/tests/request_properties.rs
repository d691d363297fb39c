//! Property tests of typed requests: a random valid request, emitted and
//! parsed back with the family's own view, gives every field back; the
//! request rebuilt from what was parsed emits the same bytes.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use nlwire::addr::{self, AddrEntry, AddrFlags, Address};
use nlwire::build::{Builder, Request};
use nlwire::neigh::{self, NeighEntry, Neighbour, NudState};
use nlwire::rule::{self, Rule, RuleEntry};
use nlwire::{Message, Messages};
use proptest::prelude::*;

fn emit(request: &dyn Request) -> Vec<u8> {
    let mut buf = vec![0u8; 4096];
    let len = Builder::new(&mut buf).push(request, 1).expect("valid request builds");
    buf.truncate(len);
    buf
}

fn parse(bytes: &[u8]) -> Message<'_> {
    let mut it = Messages::new(bytes);
    let msg = it.next().expect("one message").expect("well formed");
    assert!(it.next().is_none());
    msg
}

fn ip() -> impl Strategy<Value = (IpAddr, u8)> {
    prop_oneof![
        (any::<u32>(), 0u8..=32).prop_map(|(a, l)| (IpAddr::V4(Ipv4Addr::from(a)), l)),
        (any::<u128>(), 0u8..=128).prop_map(|(a, l)| (IpAddr::V6(Ipv6Addr::from(a)), l)),
    ]
}

fn label() -> impl Strategy<Value = Option<String>> {
    proptest::option::of("[a-z0-9:]{1,15}")
}

proptest! {
    #[test]
    fn address_requests_round_trip(
        ifindex in 1u32..=i32::MAX as u32,
        (address, prefix_len) in ip(),
        label in label(),
        flags in any::<u32>(),
        lifetimes in proptest::option::of((any::<u32>(), any::<u32>()).prop_map(|(a, b)| (a.max(b), a.min(b)))),
        metric in proptest::option::of(any::<u32>()),
    ) {
        let mut entry = AddrEntry::new(ifindex, address, prefix_len).with_flags(AddrFlags::from_bits_retain(flags));
        entry.label = label.as_deref();
        entry.lifetimes = lifetimes;
        entry.metric = metric;
        let bytes = emit(&addr::Add(entry));
        prop_assert_eq!(&bytes, &emit(&addr::Add(entry)));
        let msg = parse(&bytes);
        let a = Address::parse(&msg).unwrap();
        prop_assert_eq!(a.ifindex(), ifindex);
        prop_assert_eq!(a.local().unwrap(), Some(address));
        prop_assert_eq!(a.prefix_len(), prefix_len);
        prop_assert_eq!(a.label().unwrap(), label.as_deref());
        prop_assert_eq!(a.flags().unwrap().bits(), flags);
        prop_assert_eq!(a.cacheinfo().unwrap().map(|c| (c.ifa_valid.get(), c.ifa_prefered.get())), lifetimes);
        prop_assert_eq!(a.rt_priority().unwrap(), metric);
        // Rebuilt from the parsed view, the request emits the same bytes.
        let mut again = AddrEntry::new(a.ifindex(), a.local().unwrap().unwrap(), a.prefix_len())
            .with_flags(a.flags().unwrap())
            .with_scope(a.scope());
        again.label = a.label().unwrap();
        again.lifetimes = a.cacheinfo().unwrap().map(|c| (c.ifa_valid.get(), c.ifa_prefered.get()));
        again.metric = a.rt_priority().unwrap();
        prop_assert_eq!(emit(&addr::Add(again)), bytes);
    }

    #[test]
    fn neighbour_requests_round_trip(
        ifindex in 1u32..=i32::MAX as u32,
        (dst, _) in ip(),
        lladdr in proptest::collection::vec(any::<u8>(), 1..=32),
        state in any::<u16>(),
    ) {
        let entry = NeighEntry::new(ifindex, dst).with_lladdr(&lladdr).with_state(NudState::from_bits_retain(state));
        let bytes = emit(&neigh::Replace(entry));
        let msg = parse(&bytes);
        let n = Neighbour::parse(&msg).unwrap();
        prop_assert_eq!(n.ifindex(), ifindex);
        prop_assert_eq!(n.dst().unwrap(), Some(dst));
        prop_assert_eq!(n.lladdr().unwrap(), Some(&lladdr[..]));
        prop_assert_eq!(n.state().bits(), state);
        let again = NeighEntry::new(n.ifindex(), n.dst().unwrap().unwrap())
            .with_lladdr(n.lladdr().unwrap().unwrap())
            .with_state(n.state());
        prop_assert_eq!(emit(&neigh::Replace(again)), bytes);
    }

    #[test]
    fn rule_requests_round_trip(
        priority in any::<u32>(),
        table in 1u32..,
        (src, src_len) in ip(),
        fwmark in proptest::option::of(any::<u32>()),
    ) {
        let mut entry = RuleEntry::new().priority(priority).from(src, src_len).lookup(table);
        entry.fwmark = fwmark;
        let bytes = emit(&rule::Add(entry));
        let msg = parse(&bytes);
        let r = Rule::parse(&msg).unwrap();
        prop_assert_eq!(r.priority().unwrap(), Some(priority));
        prop_assert_eq!(r.table().unwrap(), table);
        prop_assert_eq!((r.src().unwrap(), r.src_len()), (Some(src), src_len));
        prop_assert_eq!(r.fwmark().unwrap(), fwmark);
        let mut again = RuleEntry::new()
            .priority(r.priority().unwrap().unwrap())
            .from(r.src().unwrap().unwrap(), r.src_len())
            .lookup(r.table().unwrap());
        again.fwmark = r.fwmark().unwrap();
        prop_assert_eq!(emit(&rule::Add(again)), bytes);
    }
}
