//! Typed neighbour and FDB requests from arbitrary values: a `neigh::Add`
//! (or `Append`, `Replace`, `Change`, `Del`) emitted, read back with the
//! neighbour view, rebuilt from what was read and emitted again gives the
//! same bytes; a request the builder refuses completes nothing.
#![no_main]

mod request;
mod verb;

use std::net::IpAddr;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use nlwire::neigh::{self, NeighEntry, NeighFlags, NeighFlagsExt, Neighbour, NudState};
use nlwire::{msg_type, Message};
use verb::{verb_of, Verb};

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    verb: Verb,
    family: u8,
    ifindex: u32,
    state: u16,
    flags: u8,
    dst: Option<IpAddr>,
    lladdr: Option<&'a [u8]>,
    flags_ext: u32,
    vlan: Option<u16>,
    port: Option<u16>,
    vni: Option<u32>,
    src_vni: Option<u32>,
    via_ifindex: Option<u32>,
    nh_id: Option<u32>,
    protocol: Option<u8>,
    cut: u16,
}

fn emit(verb: Verb, entry: NeighEntry<'_>, cut: u16) -> Option<Vec<u8>> {
    match verb {
        Verb::Add => request::emit(&neigh::Add(entry), cut),
        Verb::Append => request::emit(&neigh::Append(entry), cut),
        Verb::Replace => request::emit(&neigh::Replace(entry), cut),
        Verb::Change => request::emit(&neigh::Change(entry), cut),
        Verb::Del => request::emit(&neigh::Del(entry), cut),
    }
}

fuzz_target!(|input: Input<'_>| {
    let entry = NeighEntry {
        family: input.family,
        ifindex: input.ifindex,
        state: NudState::from_bits_retain(input.state),
        flags: NeighFlags::from_bits_retain(input.flags),
        dst: input.dst,
        lladdr: input.lladdr,
        flags_ext: NeighFlagsExt::from_bits_retain(input.flags_ext),
        vlan: input.vlan,
        port: input.port,
        vni: input.vni,
        src_vni: input.src_vni,
        via_ifindex: input.via_ifindex,
        nh_id: input.nh_id,
        protocol: input.protocol,
    };
    let Some(bytes) = emit(input.verb, entry, input.cut) else { return };

    let msg = Message::parse(&bytes).expect("one whole message");
    let n = Neighbour::parse(&msg).expect("the neighbour view reads it");
    let rebuilt = NeighEntry {
        family: n.family(),
        ifindex: n.ifindex(),
        state: n.state(),
        flags: n.flags(),
        dst: n.dst().expect("dst"),
        lladdr: n.lladdr().expect("lladdr"),
        flags_ext: n.flags_ext().expect("flags_ext").unwrap_or(NeighFlagsExt::empty()),
        vlan: n.vlan().expect("vlan"),
        port: n.port().expect("port"),
        vni: n.vni().expect("vni"),
        src_vni: n.src_vni().expect("src_vni"),
        via_ifindex: n.via_ifindex().expect("via"),
        nh_id: n.nh_id().expect("nh_id"),
        protocol: n.protocol().expect("protocol"),
    };
    assert_eq!(
        emit(verb_of(&msg, msg_type::RTM_DELNEIGH), rebuilt, input.cut).as_deref(),
        Some(&bytes[..]),
        "emit, read, rebuild, emit differs"
    );
});
