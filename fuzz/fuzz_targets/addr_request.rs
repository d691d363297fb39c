//! Typed address requests from arbitrary values: an `addr::Add` (or
//! `Replace`, `Change`, `Del`) emitted, read back with the address view,
//! rebuilt from what was read and emitted again gives the same bytes; a
//! request the builder refuses completes nothing.
#![no_main]

mod request;
mod verb;

use std::net::IpAddr;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use nlwire::addr::{self, AddrEntry, AddrFlags, Address};
use nlwire::{msg_type, Message};
use verb::{verb_of, Verb};

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    verb: Verb,
    ifindex: u32,
    address: IpAddr,
    prefix_len: u8,
    peer: Option<IpAddr>,
    broadcast: Option<IpAddr>,
    label: Option<&'a str>,
    scope: Option<u8>,
    flags: u32,
    lifetimes: Option<(u32, u32)>,
    metric: Option<u32>,
    proto: Option<u8>,
    cut: u16,
}

/// `addr` has no append: `Append` is sent as `Add`.
fn emit(verb: Verb, entry: AddrEntry<'_>, cut: u16) -> Option<Vec<u8>> {
    match verb {
        Verb::Add | Verb::Append => request::emit(&addr::Add(entry), cut),
        Verb::Replace => request::emit(&addr::Replace(entry), cut),
        Verb::Change => request::emit(&addr::Change(entry), cut),
        Verb::Del => request::emit(&addr::Del(entry), cut),
    }
}

fuzz_target!(|input: Input<'_>| {
    let entry = AddrEntry {
        ifindex: input.ifindex,
        address: input.address,
        prefix_len: input.prefix_len,
        peer: input.peer,
        broadcast: input.broadcast,
        label: input.label,
        scope: input.scope,
        flags: AddrFlags::from_bits_retain(input.flags),
        lifetimes: input.lifetimes,
        metric: input.metric,
        proto: input.proto,
    };
    let Some(bytes) = emit(input.verb, entry, input.cut) else { return };

    let msg = Message::parse(&bytes).expect("one whole message");
    let a = Address::parse(&msg).expect("the address view reads it");
    let local = a.local().expect("local").expect("IFA_LOCAL is always sent");
    let lifetimes = a.cacheinfo().expect("cacheinfo").map(|c| (c.ifa_valid.get(), c.ifa_prefered.get()));
    let rebuilt = AddrEntry {
        ifindex: a.ifindex(),
        address: local,
        prefix_len: a.prefix_len(),
        peer: a.address().expect("address"),
        broadcast: a.broadcast().expect("broadcast"),
        label: a.label().expect("label"),
        scope: Some(a.scope()),
        flags: a.flags().expect("flags"),
        lifetimes,
        metric: a.rt_priority().expect("metric"),
        proto: a.proto().expect("proto"),
    };
    assert_eq!(
        emit(verb_of(&msg, msg_type::RTM_DELADDR), rebuilt, input.cut).as_deref(),
        Some(&bytes[..]),
        "emit, read, rebuild, emit differs"
    );
});
