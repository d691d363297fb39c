//! WireGuard without a kernel module: a fake kernel that applies
//! `WG_CMD_SET_DEVICE` as `drivers/net/wireguard/netlink.c` does and answers
//! `WG_CMD_GET_DEVICE` dumps split over messages as `wg_get_device_dump`
//! does, driven through the sans-IO engine. A device with 1,000 peers (two
//! allowed IPs each) is set through the splitter and dumped back; building
//! and reading allocate nothing.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};

use nlwire::build::Builder;
use nlwire::engine::{Event, Exchange};
use nlwire::genl::To;
use nlwire::registry::Protocol;
use nlwire::spec::Value;
use nlwire::tables::wireguard::{wgallowedip, wgdevice, wgpeer, FAMILY};
use nlwire::wireguard::{
    AllowedIp, Device, DeviceFlags, GetDevice, Interface, Key, PeerConfig, PeerFlags, SetDevice, MESSAGE_SIZE,
};
use nlwire::{Attr, Attrs, Message, Messages};
use nlwire_tests::alloc_count::{allocations, CountingAlloc};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

const ID: u16 = 0x1e;
const PORT: u32 = 4242;
const PEERS: usize = 1000;
/// `NLMSG_GOODSIZE` on 4 KiB pages: the size of a dump's messages.
const DUMP_SIZE: usize = 3776;

fn key(i: usize) -> Key {
    let mut k = [0x5a; 32];
    k[..8].copy_from_slice(&(i as u64).to_be_bytes());
    k
}

/// Peer `i`'s two allowed IPs: 10.x.y.z/32 and fd00::i/128.
fn ips(i: usize) -> [AllowedIp; 2] {
    [
        AllowedIp::new(IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + i as u32)), 32),
        AllowedIp::new(IpAddr::V6(Ipv6Addr::from(0xfd00_u128 << 112 | i as u128)), 128),
    ]
}

fn endpoint(i: usize) -> SocketAddr {
    if i.is_multiple_of(2) {
        SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::new(192, 0, 2, (i % 250) as u8), 51820))
    } else {
        SocketAddr::V6(SocketAddrV6::new(Ipv6Addr::from(0x2001_0db8_u128 << 96 | i as u128), 443, 0, 0))
    }
}

fn config_ips() -> Vec<[AllowedIp; 2]> {
    (0..PEERS).map(ips).collect()
}

fn config(ips: &[[AllowedIp; 2]]) -> Vec<PeerConfig<'_>> {
    ips.iter()
        .enumerate()
        .map(|(i, ips)| PeerConfig {
            preshared_key: i.is_multiple_of(3).then_some([i as u8; 32]),
            endpoint: Some(endpoint(i)),
            persistent_keepalive: i.is_multiple_of(5).then_some(25),
            flags: PeerFlags::REPLACE_ALLOWEDIPS,
            allowed_ips: ips,
            ..PeerConfig::new(key(i))
        })
        .collect()
}

// ---- the fake kernel -------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
struct KPeer {
    key: Key,
    psk: Key,
    endpoint: Option<SocketAddr>,
    keepalive: u16,
    ips: Vec<AllowedIp>,
}

#[derive(Debug, Default)]
struct Kernel {
    private_key: Option<Key>,
    listen_port: u16,
    fwmark: u32,
    peers: Vec<KPeer>,
}

/// The kernel's `set_device`, written from netlink.c on raw attributes:
/// errors are negative errno values.
impl Kernel {
    fn set(&mut self, msg: &Message<'_>) -> Result<(), i32> {
        const EINVAL: i32 = -22;
        let hdr = msg.payload().get(..4).ok_or(EINVAL)?;
        assert_eq!((hdr[0], hdr[1]), (1, 1), "WG_CMD_SET_DEVICE version 1");
        let attrs = msg.attrs_after(4);
        fn find<'a>(a: &Attrs<'a>, kind: u16) -> Result<Option<Attr<'a>>, i32> {
            a.find(kind).map_err(|_| -22)
        }
        // lookup_interface: exactly one of IFINDEX and IFNAME.
        match (find(&attrs, wgdevice::IFINDEX)?, find(&attrs, wgdevice::IFNAME)?) {
            (Some(i), None) => assert_eq!(i.u32().unwrap(), 7),
            (None, Some(n)) => assert_eq!(n.str().unwrap(), "wg0"),
            _ => return Err(-53), // EBADR
        }
        let flags = find(&attrs, wgdevice::FLAGS)?.map_or(0, |a| a.u32().unwrap());
        if flags & !1 != 0 {
            return Err(-95);
        }
        if let Some(fw) = find(&attrs, wgdevice::FWMARK)? {
            self.fwmark = fw.u32().unwrap();
        }
        if let Some(p) = find(&attrs, wgdevice::LISTEN_PORT)? {
            self.listen_port = p.u16().unwrap();
        }
        if flags & 1 != 0 {
            self.peers.clear();
        }
        if let Some(k) = find(&attrs, wgdevice::PRIVATE_KEY)? {
            self.private_key = Some(k.array().map_err(|_| EINVAL)?);
        }
        let Some(peers) = find(&attrs, wgdevice::PEERS)? else { return Ok(()) };
        for entry in peers.nested() {
            let p = entry.map_err(|_| EINVAL)?.nested();
            let key: Key = find(&p, wgpeer::PUBLIC_KEY)?.ok_or(EINVAL)?.array().map_err(|_| EINVAL)?;
            let mut flags = find(&p, wgpeer::FLAGS)?.map_or(0, |a| a.u32().unwrap());
            if flags & !7 != 0 {
                return Err(-95);
            }
            let at = match self.peers.iter().position(|k| k.key == key) {
                Some(at) => at,
                None if flags & (1 | 4) != 0 => continue,
                None => {
                    flags &= !2; // a new peer has no allowed IPs to replace
                    self.peers.push(KPeer {
                        key,
                        psk: [0; 32],
                        endpoint: None,
                        keepalive: 0,
                        ips: Vec::new(),
                    });
                    self.peers.len() - 1
                }
            };
            if flags & 1 != 0 {
                self.peers.remove(at);
                continue;
            }
            if let Some(psk) = find(&p, wgpeer::PRESHARED_KEY)? {
                self.peers[at].psk = psk.array().unwrap();
            }
            if let Some(ep) = find(&p, wgpeer::ENDPOINT)? {
                let b = ep.payload();
                let family = u16::from_ne_bytes([b[0], b[1]]);
                let port = u16::from_be_bytes([b[2], b[3]]);
                self.peers[at].endpoint = match (family, b.len()) {
                    (2, 16) => {
                        Some(SocketAddr::new(IpAddr::V4(<[u8; 4]>::try_from(&b[4..8]).unwrap().into()), port))
                    }
                    (10, 28) => Some(SocketAddr::V6(SocketAddrV6::new(
                        <[u8; 16]>::try_from(&b[8..24]).unwrap().into(),
                        port,
                        u32::from_be_bytes(b[4..8].try_into().unwrap()),
                        u32::from_ne_bytes(b[24..28].try_into().unwrap()),
                    ))),
                    _ => self.peers[at].endpoint,
                };
            }
            if flags & 2 != 0 {
                self.peers[at].ips.clear();
            }
            if let Some(list) = find(&p, wgpeer::ALLOWEDIPS)? {
                for entry in list.nested() {
                    let a = entry.map_err(|_| EINVAL)?.nested();
                    let family = find(&a, wgallowedip::FAMILY)?.ok_or(EINVAL)?.u16().unwrap();
                    let addr = find(&a, wgallowedip::IPADDR)?.ok_or(EINVAL)?;
                    let cidr = find(&a, wgallowedip::CIDR_MASK)?.ok_or(EINVAL)?.u8().unwrap();
                    let addr = match (family, addr.payload().len()) {
                        (2, 4) if cidr <= 32 => IpAddr::V4(addr.ipv4().unwrap()),
                        (10, 16) if cidr <= 128 => IpAddr::V6(addr.ipv6().unwrap()),
                        _ => return Err(EINVAL),
                    };
                    // The trie holds a prefix once: inserting it moves it.
                    let ip = AllowedIp::new(addr, cidr);
                    for (j, other) in self.peers.iter_mut().enumerate() {
                        if j != at {
                            other.ips.retain(|x| *x != ip);
                        }
                    }
                    if !self.peers[at].ips.contains(&ip) {
                        self.peers[at].ips.push(ip);
                    }
                }
            }
            if let Some(k) = find(&p, wgpeer::PERSISTENT_KEEPALIVE_INTERVAL)? {
                self.peers[at].keepalive = k.u16().unwrap();
            }
        }
        Ok(())
    }

    /// The datagrams of a `WG_CMD_GET_DEVICE` dump as `wg_get_device_dump`
    /// writes them into messages of `size` bytes, each its own datagram,
    /// NLMSG_DONE after the last; written with a TLV writer of its own.
    fn dump(&self, seq: u32, size: usize) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        let (mut next_peer, mut next_ip, mut first) = (0, None::<usize>, true);
        loop {
            let mut w = Tlv::message(seq);
            if first {
                w.put(wgdevice::LISTEN_PORT, &self.listen_port.to_ne_bytes());
                w.put(wgdevice::FWMARK, &self.fwmark.to_ne_bytes());
                w.put(wgdevice::IFINDEX, &7u32.to_ne_bytes());
                w.put(wgdevice::IFNAME, b"wg0\0");
                if let Some(k) = &self.private_key {
                    w.put(wgdevice::PRIVATE_KEY, k);
                    w.put(wgdevice::PUBLIC_KEY, &[0x99; 32]);
                }
                first = false;
            }
            let peers_nest = w.start(wgdevice::PEERS);
            let mut done = true;
            'peers: for (p, peer) in self.peers.iter().enumerate().skip(next_peer) {
                let mark = w.0.len();
                let peer_nest = w.start(0);
                w.put(wgpeer::PUBLIC_KEY, &peer.key);
                if next_ip.is_none() {
                    let mut hs = (p as i64).to_ne_bytes().to_vec();
                    hs.extend_from_slice(&0i64.to_ne_bytes());
                    w.put(wgpeer::PRESHARED_KEY, &peer.psk);
                    w.put(wgpeer::LAST_HANDSHAKE_TIME, &hs);
                    w.put(wgpeer::PERSISTENT_KEEPALIVE_INTERVAL, &peer.keepalive.to_ne_bytes());
                    w.put(wgpeer::TX_BYTES, &(p as u64 * 3).to_ne_bytes());
                    w.put(wgpeer::RX_BYTES, &(p as u64 * 2).to_ne_bytes());
                    w.put(wgpeer::PROTOCOL_VERSION, &1u32.to_ne_bytes());
                    match peer.endpoint {
                        Some(SocketAddr::V4(a)) => {
                            let mut sa = 2u16.to_ne_bytes().to_vec();
                            sa.extend_from_slice(&a.port().to_be_bytes());
                            sa.extend_from_slice(&a.ip().octets());
                            sa.extend_from_slice(&[0; 8]);
                            w.put(wgpeer::ENDPOINT, &sa);
                        }
                        Some(SocketAddr::V6(a)) => {
                            let mut sa = 10u16.to_ne_bytes().to_vec();
                            sa.extend_from_slice(&a.port().to_be_bytes());
                            sa.extend_from_slice(&a.flowinfo().to_be_bytes());
                            sa.extend_from_slice(&a.ip().octets());
                            sa.extend_from_slice(&a.scope_id().to_ne_bytes());
                            w.put(wgpeer::ENDPOINT, &sa);
                        }
                        None => {}
                    }
                }
                if w.0.len() > size {
                    w.0.truncate(mark);
                    done = false;
                    break;
                }
                let from = next_ip.unwrap_or(0);
                if from < peer.ips.len() {
                    let ips_nest = w.start(wgpeer::ALLOWEDIPS);
                    if w.0.len() > size {
                        w.0.truncate(mark);
                        done = false;
                        break;
                    }
                    for (k, ip) in peer.ips.iter().enumerate().skip(from) {
                        let before = w.0.len();
                        let n = w.start(0);
                        w.put(wgallowedip::CIDR_MASK, &[ip.cidr]);
                        match ip.addr {
                            IpAddr::V4(a) => {
                                w.put(wgallowedip::FAMILY, &2u16.to_ne_bytes());
                                w.put(wgallowedip::IPADDR, &a.octets());
                            }
                            IpAddr::V6(a) => {
                                w.put(wgallowedip::FAMILY, &10u16.to_ne_bytes());
                                w.put(wgallowedip::IPADDR, &a.octets());
                            }
                        }
                        w.end(n);
                        if w.0.len() > size {
                            w.0.truncate(before);
                            w.end(ips_nest);
                            w.end(peer_nest);
                            (next_peer, next_ip, done) = (p, Some(k), false);
                            break 'peers;
                        }
                    }
                    w.end(ips_nest);
                }
                w.end(peer_nest);
                (next_peer, next_ip) = (p + 1, None);
            }
            if self.peers.is_empty() {
                w.0.truncate(peers_nest);
            } else {
                w.end(peers_nest);
            }
            let mut datagram = w.finish();
            assert!(datagram.len() <= size);
            if done {
                // NLMSG_DONE with error 0, in the same datagram.
                datagram.extend_from_slice(&20u32.to_ne_bytes());
                datagram.extend_from_slice(&3u16.to_ne_bytes());
                datagram.extend_from_slice(&2u16.to_ne_bytes());
                datagram.extend_from_slice(&seq.to_ne_bytes());
                datagram.extend_from_slice(&PORT.to_ne_bytes());
                datagram.extend_from_slice(&0i32.to_ne_bytes());
                out.push(datagram);
                return out;
            }
            out.push(datagram);
        }
    }
}

/// A netlink message written by hand: TLVs, nests with NLA_F_NESTED.
struct Tlv(Vec<u8>);

impl Tlv {
    fn message(seq: u32) -> Self {
        let mut v = vec![0u8; 16];
        v[4..6].copy_from_slice(&ID.to_ne_bytes());
        v[6..8].copy_from_slice(&2u16.to_ne_bytes()); // NLM_F_MULTI
        v[8..12].copy_from_slice(&seq.to_ne_bytes());
        v[12..16].copy_from_slice(&PORT.to_ne_bytes());
        v.extend_from_slice(&[0, 1, 0, 0]); // WG_CMD_GET_DEVICE, version 1
        Tlv(v)
    }
    fn put(&mut self, kind: u16, payload: &[u8]) {
        self.0.extend_from_slice(&((4 + payload.len()) as u16).to_ne_bytes());
        self.0.extend_from_slice(&kind.to_ne_bytes());
        self.0.extend_from_slice(payload);
        self.0.resize(self.0.len().next_multiple_of(4), 0);
    }
    fn start(&mut self, kind: u16) -> usize {
        let at = self.0.len();
        self.put(kind | 0x8000, &[]);
        at
    }
    fn end(&mut self, at: usize) {
        let len = (self.0.len() - at) as u16;
        self.0[at..at + 2].copy_from_slice(&len.to_ne_bytes());
    }
    fn finish(mut self) -> Vec<u8> {
        let len = self.0.len() as u32;
        self.0[..4].copy_from_slice(&len.to_ne_bytes());
        self.0
    }
}

/// The kernel's ACK of the request `req` (NLM_F_CAPPED: its header only).
fn ack(req: &Message<'_>, errno: i32) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(&36u32.to_ne_bytes());
    v.extend_from_slice(&2u16.to_ne_bytes());
    v.extend_from_slice(&0x100u16.to_ne_bytes());
    v.extend_from_slice(&req.seq().to_ne_bytes());
    v.extend_from_slice(&PORT.to_ne_bytes());
    v.extend_from_slice(&errno.to_ne_bytes());
    v.extend_from_slice(&req.bytes()[..16]);
    v
}

/// Sends `set` to `kernel` split at `max_len`, one datagram per part, each
/// acknowledged through the engine. Returns the parts' lengths and how many
/// parts continue the previous part's last peer.
fn send_set(kernel: &mut Kernel, set: &SetDevice<'_>, max_len: usize, seq: &mut u32) -> (Vec<usize>, usize) {
    let mut buf = vec![0u8; 128 * 1024];
    let mut lens = Vec::new();
    let (mut continued, mut last_peer) = (0, None);
    for part in set.messages(max_len) {
        let part = part.unwrap();
        if last_peer.is_some() && last_peer == Some(part.peers().start) {
            continued += 1;
        }
        last_peer = part.peers().end.checked_sub(1);
        let mut b = Builder::new(&mut buf);
        *seq += 1;
        let n = b.push(&To { family: ID, command: &part }, *seq).unwrap();
        assert!(n <= max_len, "{n} > {max_len}");
        assert_eq!(n, part.len());
        lens.push(n);
        let mut msgs = Messages::new(b.as_bytes());
        let req = msgs.next().unwrap().unwrap();
        assert!(msgs.next().is_none());
        let reply = ack(&req, kernel.set(&req).map_or_else(|e| e, |()| 0));
        let mut ex = Exchange::request(PORT, *seq);
        let msg = Messages::new(&reply).next().unwrap().unwrap();
        assert!(matches!(ex.feed(&msg, false).unwrap(), Event::Acked { index: 0 }));
        assert!(ex.is_finished());
    }
    (lens, continued)
}

/// A peer as read back from a dump, continued entries merged.
#[derive(Debug, PartialEq)]
struct ReadPeer {
    key: Key,
    psk: Option<Key>,
    endpoint: Option<SocketAddr>,
    keepalive: Option<u16>,
    handshake_sec: u64,
    rx: u64,
    ips: Vec<AllowedIp>,
}

/// Reads a dump's datagrams through the engine and the views, merging a
/// peer continued from the previous message. Returns the device's
/// (ifindex, listen port, private key), the peers, and how many entries
/// were continuations.
fn read_dump(datagrams: &[Vec<u8>], seq: u32) -> ((u32, u16, Option<Key>), Vec<ReadPeer>, usize) {
    let mut ex = Exchange::dump(PORT, seq);
    let mut device = None;
    let mut peers: Vec<ReadPeer> = Vec::new();
    let mut continued = 0;
    for d in datagrams {
        for msg in Messages::new(d) {
            let msg = msg.unwrap();
            match ex.feed(&msg, false).unwrap() {
                Event::Reply(msg) => {
                    let dev = Device::parse(&msg).unwrap();
                    if let Some(ifindex) = dev.ifindex().unwrap() {
                        assert!(device.is_none(), "device fields once");
                        device =
                            Some((ifindex, dev.listen_port().unwrap().unwrap(), dev.private_key().unwrap()));
                    }
                    for p in dev.peers() {
                        let p = p.unwrap();
                        let key = p.public_key().unwrap();
                        let ips = p.allowed_ips().map(Result::unwrap);
                        match peers.last_mut() {
                            Some(last) if last.key == key => {
                                continued += 1;
                                assert_eq!(p.endpoint().unwrap(), None, "a continuation has only IPs");
                                last.ips.extend(ips);
                            }
                            _ => peers.push(ReadPeer {
                                key,
                                psk: p.preshared_key().unwrap(),
                                endpoint: p.endpoint().unwrap(),
                                keepalive: p.persistent_keepalive_interval().unwrap(),
                                handshake_sec: p.last_handshake_time().unwrap().unwrap().sec.get(),
                                rx: p.rx_bytes().unwrap().unwrap(),
                                ips: ips.collect(),
                            }),
                        }
                    }
                }
                Event::DumpDone { interrupted } => assert!(!interrupted),
                other => panic!("{other:?}"),
            }
        }
    }
    assert!(ex.is_finished());
    (device.unwrap(), peers, continued)
}

#[test]
fn a_thousand_peers_are_set_and_dumped_through_a_fake_kernel() {
    let ips = config_ips();
    let peers = config(&ips);
    let mut kernel = Kernel::default();
    // A peer that REPLACE_PEERS must remove.
    kernel.peers.push(KPeer { key: [1; 32], psk: [0; 32], endpoint: None, keepalive: 0, ips: vec![] });
    let set = SetDevice {
        private_key: Some([0x11; 32]),
        listen_port: Some(51820),
        fwmark: Some(0x42),
        flags: DeviceFlags::REPLACE_PEERS,
        peers: &peers,
        ..SetDevice::new(Interface::Name("wg0"))
    };

    for max_len in [MESSAGE_SIZE, 64 * 1024] {
        let mut seq = 0;
        let (lens, _) = send_set(&mut kernel, &set, max_len, &mut seq);
        assert!(lens.len() > 1, "{max_len}: {lens:?}");
        // Every peer once, every allowed IP once, in order.
        assert_eq!(kernel.peers.len(), PEERS);
        for (i, (got, want)) in kernel.peers.iter().zip(&peers).enumerate() {
            assert_eq!(got.key, want.public_key, "peer {i}");
            assert_eq!(got.ips, want.allowed_ips, "peer {i}");
            assert_eq!(got.endpoint, want.endpoint, "peer {i}");
            assert_eq!(got.psk, want.preshared_key.unwrap_or([0; 32]), "peer {i}");
            assert_eq!(got.keepalive, want.persistent_keepalive.unwrap_or(0), "peer {i}");
        }
        assert_eq!((kernel.private_key, kernel.listen_port, kernel.fwmark), (Some([0x11; 32]), 51820, 0x42));
        println!("{max_len}: {} messages of {lens:?} bytes", lens.len());
    }

    // Set again without REPLACE_PEERS: the peers exist, so each first entry's
    // REPLACE_ALLOWEDIPS now takes effect; a continued entry repeating it
    // would drop the IPs sent before. Nothing changes.
    let again = SetDevice { flags: DeviceFlags::empty(), ..set };
    let mut seq = 100;
    let mut continued_total = 0;
    for max_len in [650, 700, 1000, 1500] {
        let (lens, continued) = send_set(&mut kernel, &again, max_len, &mut seq);
        assert!(lens.len() > PEERS * 100 / max_len, "{} parts", lens.len());
        println!("set at {max_len}: {} parts, {continued} continue a peer", lens.len());
        assert!(kernel.peers.iter().zip(&peers).all(|(k, p)| k.ips == p.allowed_ips));
        continued_total += continued;
    }
    assert!(continued_total > 50, "{continued_total} parts continue a peer");

    // The dump, split as the kernel splits it, reads back.
    // The dump, split as the kernel splits it (at NLMSG_GOODSIZE, and at
    // sizes that cut peers between their allowed IPs), reads back.
    let mut continued_total = 0;
    for size in [DUMP_SIZE, 3700, 3900, 16 * 1024, 32 * 1024] {
        let datagrams = kernel.dump(77, size);
        assert!(datagrams.len() > 1000 * 200 / size, "{} datagrams", datagrams.len());
        let (device, read, continued) = read_dump(&datagrams, 77);
        assert_eq!(device, (7, 51820, Some([0x11; 32])));
        assert_eq!(read.len(), PEERS);
        for (i, (r, p)) in read.iter().zip(&peers).enumerate() {
            assert_eq!(r.key, p.public_key);
            assert_eq!(r.psk, Some(p.preshared_key.unwrap_or([0; 32])));
            assert_eq!(r.endpoint, p.endpoint);
            assert_eq!(r.keepalive, Some(p.persistent_keepalive.unwrap_or(0)));
            assert_eq!((r.handshake_sec, r.rx), (i as u64, 2 * i as u64));
            assert_eq!(r.ips, p.allowed_ips, "peer {i}");
        }
        println!("dump at {size}: {} datagrams, {continued} peers continued", datagrams.len());
        continued_total += continued;
    }
    assert!(continued_total > 0, "some peer's allowed IPs continue in the next message");
}

#[test]
fn a_peer_with_many_allowed_ips_continues_over_messages() {
    // One peer with 5,000 allowed IPs: over 64 KiB of nest, so even the
    // largest message splits it, and the kernel's dump does too.
    let many: Vec<AllowedIp> = (0..5000).map(|i| ips(i)[i % 2]).collect();
    let peers =
        [PeerConfig { flags: PeerFlags::REPLACE_ALLOWEDIPS, allowed_ips: &many, ..PeerConfig::new(key(1)) }];
    let set = SetDevice { peers: &peers, ..SetDevice::new(Interface::Index(7)) };
    let mut kernel = Kernel::default();
    kernel.peers.push(KPeer {
        key: key(1),
        psk: [0; 32],
        endpoint: None,
        keepalive: 0,
        ips: vec![ips(9999)[0]],
    });
    let mut seq = 0;
    let (lens, continued) = send_set(&mut kernel, &set, 1 << 20, &mut seq);
    assert_eq!(continued, lens.len() - 1);
    assert!(lens.len() >= 3 && lens.iter().all(|&n| n <= 16 + 4 + 8 + 65535), "{lens:?}");
    assert_eq!(kernel.peers.len(), 1);
    assert_eq!(kernel.peers[0].ips, many, "replaced once, then every IP in order");
    let (_, read, continued) = read_dump(&kernel.dump(5, DUMP_SIZE), 5);
    assert!(continued > 10);
    assert_eq!(read.len(), 1);
    assert_eq!(read[0].ips, many);
}

#[test]
fn replies_decode_by_name() {
    let ips = config_ips();
    let peers = config(&ips[..3]);
    let mut kernel = Kernel { private_key: Some([0x11; 32]), listen_port: 51820, ..Kernel::default() };
    let mut seq = 0;
    send_set(
        &mut kernel,
        &SetDevice { peers: &peers, ..SetDevice::new(Interface::Name("wg0")) },
        4096,
        &mut seq,
    );
    let datagrams = kernel.dump(1, DUMP_SIZE);
    let msg = Messages::new(&datagrams[0]).next().unwrap().unwrap();
    let proto = Protocol::Generic(&FAMILY);
    assert_eq!(msg.get_in(proto, "ifname").unwrap(), Some(Value::Str("wg0")));
    assert_eq!(msg.get_in(proto, "listen_port").unwrap(), Some(Value::U16(51820)));
    assert_eq!(msg.get_in(proto, "WGDEVICE_A_IFINDEX").unwrap(), Some(Value::U32(7)));
    let mut json = String::new();
    nlwire::fmt::write_json_in(proto, &msg, &mut json).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["type"], "WG_CMD_GET_DEVICE");
    let attrs = v["attrs"].as_array().unwrap();
    let peers_attr = attrs.iter().find(|a| a[0] == "WGDEVICE_A_PEERS").unwrap();
    let entries = peers_attr[1].as_array().unwrap();
    assert_eq!(entries.len(), 3);
    let first = entries[0][1].as_array().unwrap();
    let ips_attr = first.iter().find(|a| a[0] == "WGPEER_A_ALLOWEDIPS").unwrap();
    assert_eq!(ips_attr[1][0][1][2], serde_json::json!(["WGALLOWEDIP_A_IPADDR", "10.0.0.0"]));
    assert_eq!(ips_attr[1][1][1][2], serde_json::json!(["WGALLOWEDIP_A_IPADDR", "fd00::"]));
    // The request reads by name too.
    let mut buf = [0u8; 64];
    let mut b = Builder::new(&mut buf);
    b.push(&To { family: ID, command: &GetDevice::by_name("wg0") }, 1).unwrap();
    let msg = Messages::new(b.as_bytes()).next().unwrap().unwrap();
    assert_eq!(msg.get_in(proto, "ifname").unwrap(), Some(Value::Str("wg0")));
}

#[test]
fn building_and_reading_allocate_nothing() {
    let ips = config_ips();
    let peers = config(&ips);
    let set = SetDevice { listen_port: Some(1), peers: &peers, ..SetDevice::new(Interface::Name("wg0")) };
    let mut kernel = Kernel::default();
    let mut seq = 0;
    send_set(&mut kernel, &set, MESSAGE_SIZE, &mut seq);
    let datagrams = kernel.dump(1, DUMP_SIZE);
    let mut buf = vec![0u8; 64 * 1024];

    let before = allocations();
    let (mut parts, mut entries, mut ips_read, mut bytes) = (0usize, 0usize, 0usize, 0usize);
    for part in set.messages(MESSAGE_SIZE) {
        let part = part.unwrap();
        let mut b = Builder::new(&mut buf);
        bytes += b.push(&To { family: ID, command: &part }, 1).unwrap();
        for msg in Messages::new(b.as_bytes()) {
            let dev = Device::parse(&msg.unwrap()).unwrap();
            for p in dev.peers() {
                let p = p.unwrap();
                let _ = (p.public_key().unwrap(), p.endpoint().unwrap(), p.flags().unwrap());
                entries += 1;
                ips_read += p.allowed_ips().filter(|ip| ip.is_ok()).count();
            }
        }
        parts += 1;
    }
    let mut ex = Exchange::dump(PORT, 1);
    for d in &datagrams {
        for msg in Messages::new(d) {
            if let Event::Reply(msg) = ex.feed(&msg.unwrap(), false).unwrap() {
                let dev = Device::parse(&msg).unwrap();
                let _ = (dev.ifname().unwrap(), dev.private_key().unwrap());
                for p in dev.peers() {
                    let p = p.unwrap();
                    let _ =
                        (p.public_key().unwrap(), p.endpoint().unwrap(), p.last_handshake_time().unwrap());
                    let _ = (p.rx_bytes().unwrap(), p.tx_bytes().unwrap(), p.protocol_version().unwrap());
                    ips_read += p.allowed_ips().filter(|ip| ip.is_ok()).count();
                }
            }
        }
    }
    let after = allocations();

    assert!(ex.is_finished());
    assert!(parts > 30 && entries >= PEERS && bytes > 100_000, "{parts} {entries} {bytes}");
    assert_eq!(ips_read, 2 * 2 * PEERS);
    assert_eq!(after - before, 0, "allocations while building {parts} messages and reading them and a dump");
}
