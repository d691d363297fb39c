//! Typed route requests from arbitrary values, with metrics and multipath:
//! a `RouteRequest` (any verb) emitted, read back with the route view,
//! rebuilt from what was read and emitted again gives the same bytes; a
//! request the builder refuses completes nothing. With a lightweight tunnel
//! encapsulation of any type (MPLS, IP, IPv6 and seg6 read back typed, the
//! others as their raw attributes).
#![no_main]

mod request;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use nlwire::lwtunnel::{lwtunnel_ip, mpls_iptunnel, Encap, IpTunnel, Seg6Mode, SEG6_IPTUNNEL_SRH};
use nlwire::route::{
    af, lwtunnel, rtax, Metrics, NextHopSpec, Prefix, Route, RouteFlags, RouteOp, RouteRequest, RouteType,
};
use nlwire::{Attrs, Message};

const VERBS: [RouteOp; 7] = [
    RouteOp::Add,
    RouteOp::Change,
    RouteOp::Replace,
    RouteOp::Prepend,
    RouteOp::Append,
    RouteOp::Del,
    RouteOp::Test,
];

#[derive(Arbitrary, Debug)]
struct InputMetrics<'a> {
    lock: u32,
    mtu: Option<u32>,
    window: Option<u32>,
    rtt: Option<u32>,
    rttvar: Option<u32>,
    ssthresh: Option<u32>,
    cwnd: Option<u32>,
    advmss: Option<u32>,
    reordering: Option<u32>,
    hoplimit: Option<u32>,
    initcwnd: Option<u32>,
    features: Option<u32>,
    rto_min: Option<u32>,
    initrwnd: Option<u32>,
    quickack: Option<u32>,
    cc_algo: Option<&'a str>,
    fastopen_no_cookie: Option<u32>,
}

#[derive(Arbitrary, Debug)]
struct Hop {
    gateway: Option<IpAddr>,
    via: Option<IpAddr>,
    oif: u32,
    weight: u16,
    onlink: bool,
    realm: Option<u32>,
}

/// An IP tunnel's metadata ([`IpTunnel`]).
#[derive(Arbitrary, Debug)]
struct InputTunnel<A> {
    id: Option<u64>,
    dst: Option<A>,
    src: Option<A>,
    ttl: Option<u8>,
    tos: Option<u8>,
    flags: u16,
}

impl<A: Copy> InputTunnel<A> {
    fn tunnel(&self) -> IpTunnel<A> {
        IpTunnel { id: self.id, dst: self.dst, src: self.src, ttl: self.ttl, tos: self.tos, flags: self.flags }
    }
}

/// A lightweight tunnel encapsulation, owning what [`Encap`] borrows: as
/// the fuzzer makes it, and as the target reads it back.
#[derive(Arbitrary, Debug)]
enum InputEncap<'a> {
    Mpls {
        labels: Vec<u32>,
        ttl: Option<u8>,
    },
    Ip(InputTunnel<Ipv4Addr>),
    Ip6(InputTunnel<Ipv6Addr>),
    /// `mode` picks from [`SEG6_MODES`] (`SEG6_IPTUN_MODE_*` is the index).
    Seg6 {
        mode: u8,
        segs: Vec<Ipv6Addr>,
        hmac: u32,
    },
    Raw {
        kind: u16,
        attrs: &'a [u8],
    },
}

const SEG6_MODES: [Seg6Mode; 5] =
    [Seg6Mode::Inline, Seg6Mode::Encap, Seg6Mode::L2Encap, Seg6Mode::EncapRed, Seg6Mode::L2EncapRed];

impl InputEncap<'_> {
    /// The encapsulation to send; `None` for raw attributes of a type the
    /// request writes typed (they would be read back typed).
    fn encap(&self) -> Option<Encap<'_>> {
        Some(match self {
            InputEncap::Mpls { labels, ttl } => Encap::Mpls { labels, ttl: *ttl },
            InputEncap::Ip(t) => Encap::Ip(t.tunnel()),
            InputEncap::Ip6(t) => Encap::Ip6(t.tunnel()),
            InputEncap::Seg6 { mode, segs, hmac } => {
                Encap::Seg6 { mode: SEG6_MODES[usize::from(*mode) % SEG6_MODES.len()], segs, hmac: *hmac }
            }
            InputEncap::Raw {
                kind: lwtunnel::MPLS | lwtunnel::IP | lwtunnel::IP6 | lwtunnel::SEG6, ..
            } => return None,
            InputEncap::Raw { kind, attrs } => Encap::Raw { kind: *kind, attrs },
        })
    }
}

/// An IP tunnel's attributes read back, its addresses of the family `family` takes.
fn tunnel_of<A>(attrs: &Attrs<'_>, family: fn(IpAddr) -> Option<A>) -> InputTunnel<A> {
    let find = |t| attrs.find(t).expect("a tunnel attribute");
    let ip = |t| find(t).map(|a| family(a.ip().expect("an address")).expect("the tunnel's family"));
    let u8_of = |t| find(t).map(|a| a.u8().expect("a u8"));
    InputTunnel {
        id: find(lwtunnel_ip::ID).map(|a| a.be64().expect("a be64 id")),
        dst: ip(lwtunnel_ip::DST),
        src: ip(lwtunnel_ip::SRC),
        ttl: u8_of(lwtunnel_ip::TTL),
        tos: u8_of(lwtunnel_ip::TOS),
        flags: find(lwtunnel_ip::FLAGS).map_or(0, |a| a.be16().expect("a be16 flags")),
    }
}

/// `RTA_ENCAP_TYPE` and `RTA_ENCAP` read back, typed for the types the
/// request writes typed (the layouts of lwtunnel.h, mpls_iptunnel.h and
/// seg6_iptunnel.h).
fn encap_of<'a>(r: &Route<'a>) -> Option<InputEncap<'a>> {
    let kind = r.encap_type().expect("encap type")?;
    let attrs = r.encap().expect("encap").expect("RTA_ENCAP with its type");
    let find = |t| attrs.find(t).expect("an encap attribute");
    let u8_of = |t| find(t).map(|a| a.u8().expect("a u8"));
    Some(match kind {
        lwtunnel::MPLS => {
            let stack = find(mpls_iptunnel::DST).expect("the label stack").payload();
            let labels = stack.chunks(4).map(|l| u32::from_be_bytes(l.try_into().unwrap()) >> 12).collect();
            InputEncap::Mpls { labels, ttl: u8_of(mpls_iptunnel::TTL) }
        }
        lwtunnel::IP => InputEncap::Ip(tunnel_of(&attrs, |ip| match ip {
            IpAddr::V4(ip) => Some(ip),
            IpAddr::V6(_) => None,
        })),
        lwtunnel::IP6 => InputEncap::Ip6(tunnel_of(&attrs, |ip| match ip {
            IpAddr::V6(ip) => Some(ip),
            IpAddr::V4(_) => None,
        })),
        lwtunnel::SEG6 => {
            // int mode, struct ipv6_sr_hdr (8 bytes), segments last visited
            // first; inline mode keeps the first slot for the destination.
            let srh = find(SEG6_IPTUNNEL_SRH).expect("the segment routing header").payload();
            let mode = i32::from_ne_bytes(srh[..4].try_into().unwrap());
            let mode = u8::try_from(mode).ok().filter(|&m| usize::from(m) < SEG6_MODES.len());
            let mode = mode.expect("a mode the request writes");
            let reserved = usize::from(SEG6_MODES[usize::from(mode)] == Seg6Mode::Inline);
            // With the HMAC flag (0x08), a 40-byte HMAC TLV ends the header:
            // the key id big-endian at its bytes 4 to 8.
            let (stored, hmac) = match srh[9] & 0x08 {
                0 => (&srh[12..], 0),
                _ => {
                    let (stored, tlv) = srh[12..].split_at(srh.len() - 12 - 40);
                    (stored, u32::from_be_bytes(tlv[4..8].try_into().unwrap()))
                }
            };
            let stored = stored.chunks(16).map(|s| Ipv6Addr::from(<[u8; 16]>::try_from(s).unwrap()));
            InputEncap::Seg6 { mode, segs: stored.skip(reserved).rev().collect(), hmac }
        }
        kind => InputEncap::Raw { kind, attrs: attrs.bytes() },
    })
}

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    /// An index into [`VERBS`].
    verb: u8,
    dst: (IpAddr, u8),
    src: Option<(IpAddr, u8)>,
    tos: u8,
    table: Option<u32>,
    protocol: Option<u8>,
    scope: Option<u8>,
    kind: Option<u8>,
    flags: u32,
    gateway: Option<IpAddr>,
    via: Option<IpAddr>,
    oif: Option<u32>,
    metric: Option<u32>,
    prefsrc: Option<IpAddr>,
    metrics: Option<InputMetrics<'a>>,
    multipath: Vec<Hop>,
    nh_id: Option<u32>,
    pref: Option<u8>,
    expires: Option<u32>,
    realm: Option<u32>,
    ttl_propagate: Option<bool>,
    encap: Option<InputEncap<'a>>,
    cut: u16,
}

/// The verb a message was sent with: the one whose type and flags it has.
fn verb_of(msg: &Message<'_>) -> RouteOp {
    let sent = |v: &RouteOp| v.message_type() == msg.kind() && v.flags() == msg.flags();
    VERBS.into_iter().find(sent).expect("the type and flags of a verb")
}

fn metrics(m: InputMetrics<'_>) -> Metrics<'_> {
    Metrics {
        lock: m.lock,
        mtu: m.mtu,
        window: m.window,
        rtt: m.rtt,
        rttvar: m.rttvar,
        ssthresh: m.ssthresh,
        cwnd: m.cwnd,
        advmss: m.advmss,
        reordering: m.reordering,
        hoplimit: m.hoplimit,
        initcwnd: m.initcwnd,
        features: m.features,
        rto_min: m.rto_min,
        initrwnd: m.initrwnd,
        quickack: m.quickack,
        cc_algo: m.cc_algo,
        fastopen_no_cookie: m.fastopen_no_cookie,
    }
}

/// The metrics as read back from `RTA_METRICS` (all unset without it).
fn metrics_of<'a>(r: &Route<'a>) -> Metrics<'a> {
    let read = |kind| r.metric(kind).expect("metric");
    Metrics {
        lock: read(rtax::LOCK).unwrap_or(0),
        mtu: read(rtax::MTU),
        window: read(rtax::WINDOW),
        rtt: read(rtax::RTT),
        rttvar: read(rtax::RTTVAR),
        ssthresh: read(rtax::SSTHRESH),
        cwnd: read(rtax::CWND),
        advmss: read(rtax::ADVMSS),
        reordering: read(rtax::REORDERING),
        hoplimit: read(rtax::HOPLIMIT),
        initcwnd: read(rtax::INITCWND),
        features: read(rtax::FEATURES),
        rto_min: read(rtax::RTO_MIN),
        initrwnd: read(rtax::INITRWND),
        quickack: read(rtax::QUICKACK),
        cc_algo: r.cc_algo().expect("cc_algo"),
        fastopen_no_cookie: read(rtax::FASTOPEN_NO_COOKIE),
    }
}

/// The paths as read back from `RTA_MULTIPATH`.
fn hops_of(r: &Route<'_>) -> Vec<NextHopSpec<'static>> {
    let Some(hops) = r.multipath().expect("multipath") else { return Vec::new() };
    hops.map(|hop| {
        let hop = hop.expect("a whole next hop");
        NextHopSpec {
            gateway: hop.gateway().expect("gateway"),
            via: hop.via().expect("via").map(|v| v.ip().expect("an IP via")),
            oif: hop.ifindex() as u32,
            weight: hop.weight(),
            onlink: u32::from(hop.flags()) & RouteFlags::ONLINK.bits() != 0,
            realm: hop.flow().expect("realm"),
            encap: None,
        }
    })
    .collect()
}

fuzz_target!(|input: Input<'_>| {
    let hops: Vec<NextHopSpec> = input
        .multipath
        .iter()
        .map(|h| NextHopSpec {
            gateway: h.gateway,
            via: h.via,
            oif: h.oif,
            weight: h.weight,
            onlink: h.onlink,
            realm: h.realm,
            encap: None,
        })
        .collect();
    let encap = match input.encap.as_ref().map(InputEncap::encap) {
        Some(None) => return,
        encap => encap.flatten(),
    };
    let sent = RouteRequest {
        src: input.src.map(|(addr, len)| Prefix::new(addr, len)),
        tos: input.tos,
        table: input.table,
        protocol: input.protocol,
        scope: input.scope,
        kind: input.kind.map(RouteType::from),
        flags: RouteFlags::from_bits_retain(input.flags),
        gateway: input.gateway,
        via: input.via,
        oif: input.oif,
        metric: input.metric,
        prefsrc: input.prefsrc,
        metrics: input.metrics.map(metrics).unwrap_or_default(),
        multipath: &hops,
        nh_id: input.nh_id,
        pref: input.pref,
        expires: input.expires,
        realm: input.realm,
        ttl_propagate: input.ttl_propagate,
        encap,
        ..RouteRequest::new(
            VERBS[usize::from(input.verb) % VERBS.len()],
            Prefix::new(input.dst.0, input.dst.1),
        )
    };
    let Some(bytes) = request::emit(&sent, input.cut) else { return };

    let msg = Message::parse(&bytes).expect("one whole message");
    let r = Route::parse(&msg).expect("the route view reads it");
    // `default` (length 0, unspecified address) is sent without `RTA_DST`.
    let unspecified = match r.family() {
        af::INET => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        _ => IpAddr::V6(Ipv6Addr::UNSPECIFIED),
    };
    let dst = r.dst().expect("dst").unwrap_or(unspecified);
    let read_hops = hops_of(&r);
    let read_encap = encap_of(&r);
    let rebuilt = RouteRequest {
        src: r.src().expect("src").map(|ip| Prefix::new(ip, r.src_len())),
        tos: r.tos(),
        table: Some(r.table().expect("table")),
        protocol: Some(r.protocol()),
        scope: Some(r.scope()),
        kind: Some(r.kind()),
        flags: r.flags(),
        gateway: r.gateway().expect("gateway"),
        via: r.via().expect("via").map(|v| v.ip().expect("an IP via")),
        oif: r.oif().expect("oif"),
        metric: r.priority().expect("metric"),
        prefsrc: r.prefsrc().expect("prefsrc"),
        metrics: metrics_of(&r),
        multipath: &read_hops,
        nh_id: r.nh_id().expect("nh_id"),
        pref: r.pref().expect("pref"),
        expires: r.expires().expect("expires"),
        realm: r.flow().expect("realm"),
        ttl_propagate: r.ttl_propagate().expect("ttl_propagate"),
        encap: read_encap.as_ref().map(|e| e.encap().expect("read back typed or raw of another type")),
        ..RouteRequest::new(verb_of(&msg), Prefix::new(dst, r.dst_len()))
    };
    assert_eq!(
        request::emit(&rebuilt, input.cut).as_deref(),
        Some(&bytes[..]),
        "emit, read, rebuild, emit differs"
    );
});
