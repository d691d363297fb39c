//! Typed link requests from arbitrary values: a `link::Add` emitted, read
//! back with the link view, rebuilt from what was read and emitted again
//! gives the same bytes; a request the builder refuses completes nothing.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use nlwire::build::Builder;
use nlwire::link::{self, ifla, BridgeOptions, IfFlags, IfName, Kind, Link, LinkSettings};
use nlwire::Messages;

#[derive(Arbitrary, Debug)]
enum KindChoice<'a> {
    Veth(Option<&'a str>),
    Bridge,
    Ifb,
    Wireguard,
    Other(&'a str),
}

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    name: &'a str,
    kind: KindChoice<'a>,
    mtu: Option<u32>,
    up: Option<bool>,
    address: Option<&'a [u8]>,
    master: Option<u32>,
    alias: Option<&'a str>,
    txqlen: Option<u32>,
    link: Option<u32>,
    group: Option<u32>,
}

/// The kind the link view reads back as `name`, for the rebuilt request.
fn kind_named(name: &str, peer: Option<IfName>) -> Kind<'_> {
    match name {
        "veth" => Kind::Veth { peer },
        "bridge" => Kind::Bridge(BridgeOptions::default()),
        "ifb" => Kind::Ifb,
        "wireguard" => Kind::Wireguard,
        other => Kind::Other { kind: other, data: None },
    }
}

fn emit(request: &link::Add<'_>) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; 4096];
    let mut b = Builder::new(&mut buf);
    match b.push(request, 1) {
        Ok(len) => {
            buf.truncate(len);
            Some(buf)
        }
        Err(_) => {
            assert!(b.is_empty(), "a refused request completed a message");
            None
        }
    }
}

fuzz_target!(|input: Input<'_>| {
    let Ok(name) = IfName::new(input.name) else { return };
    let kind = match input.kind {
        KindChoice::Veth(peer) => match peer.map(IfName::new).transpose() {
            Ok(peer) => Kind::Veth { peer },
            Err(_) => return,
        },
        KindChoice::Bridge => Kind::Bridge(BridgeOptions::default()),
        KindChoice::Ifb => Kind::Ifb,
        KindChoice::Wireguard => Kind::Wireguard,
        // A known kind's name reads back as that kind.
        KindChoice::Other(k) if ["veth", "bridge", "ifb", "wireguard"].contains(&k) => return,
        KindChoice::Other(k) => Kind::Other { kind: k, data: None },
    };
    let settings = LinkSettings {
        mtu: input.mtu,
        up: input.up,
        address: input.address,
        master: input.master,
        alias: input.alias,
        txqlen: input.txqlen,
        link: input.link,
        group: input.group,
        ..LinkSettings::default()
    };
    let Some(bytes) = emit(&link::Add { name, kind, settings }) else { return };

    let msg = Messages::new(&bytes).next().expect("one message").expect("well formed");
    let l = Link::parse(&msg).expect("the link view reads it");
    let change = u32::from_ne_bytes(msg.payload()[12..16].try_into().unwrap());
    let up = (change & IfFlags::UP.bits() != 0).then(|| l.flags().contains(IfFlags::UP));
    let raw = |id| msg.attrs_after(16).find(id).expect("well formed").map(|a| a.payload());
    let info = l.linkinfo().expect("linkinfo").expect("linkinfo present");
    // A veth's peer without a name is the kernel's choice: no `IFLA_IFNAME`.
    let peer = l.veth_peer().expect("veth peer").and_then(|p| p.ifname().expect("peer name"));
    let peer = peer.map(|p| IfName::new(p).expect("a valid name"));
    let rebuilt = link::Add {
        name: IfName::new(l.ifname().expect("ifname").expect("ifname present")).expect("a valid name"),
        kind: kind_named(info.kind().expect("kind").expect("kind present"), peer),
        settings: LinkSettings {
            mtu: l.mtu().expect("mtu"),
            up,
            address: raw(ifla::ADDRESS),
            master: l.master().expect("master"),
            alias: raw(ifla::IFALIAS).map(|a| core::str::from_utf8(a).expect("the alias as sent")),
            txqlen: l.txqlen().expect("txqlen"),
            link: l.link().expect("link").map(|i| i as u32),
            group: l.group().expect("group"),
            ..LinkSettings::default()
        },
    };
    assert_eq!(emit(&rebuilt).as_deref(), Some(&bytes[..]), "emit, read, rebuild, emit differs");
});
