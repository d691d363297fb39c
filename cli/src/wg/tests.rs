//! `wg show`'s text from kernel replies written byte by byte here from
//! `include/uapi/linux/wireguard.h` (not with nlwire's builder), decoded as
//! `nlw` decodes them, printed, and compared with what wireguard-tools'
//! `src/show.c` prints for those values. Each expectation names the rule of
//! show.c it follows. Keys are in base64 as Python's `base64.b64encode`
//! writes them.

use super::*;
use crate::Failure;
use nlwire::Messages;
use std::net::SocketAddrV6;

// ---- replies, as the kernel's `wg_get_device_dump` writes them ----------

/// `NLA_F_NESTED`: the kernel's `nla_nest_start` sets it.
const NESTED: u16 = 0x8000;

/// `WGDEVICE_A_*`.
const IFINDEX: u16 = 1;
const IFNAME: u16 = 2;
const PRIVATE_KEY: u16 = 3;
const PUBLIC_KEY: u16 = 4;
const LISTEN_PORT: u16 = 6;
const FWMARK: u16 = 7;
const PEERS: u16 = 8;

/// `WGPEER_A_*`.
const PEER_UNSPEC: u16 = 0;
const PEER_PUBLIC_KEY: u16 = 1;
const PRESHARED_KEY: u16 = 2;
const ENDPOINT: u16 = 4;
const KEEPALIVE: u16 = 5;
const LAST_HANDSHAKE_TIME: u16 = 6;
const RX_BYTES: u16 = 7;
const TX_BYTES: u16 = 8;
const ALLOWEDIPS: u16 = 9;
const PROTOCOL_VERSION: u16 = 10;

/// `WGALLOWEDIP_A_*`.
const FAMILY: u16 = 1;
const IPADDR: u16 = 2;
const CIDR_MASK: u16 = 3;

const AF_INET: u16 = 2;
const AF_INET6: u16 = 10;

/// One attribute: `struct nlattr` (length, type; host order), the payload,
/// padding to 4 bytes.
fn attr(kind: u16, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&u16::try_from(4 + payload.len()).unwrap().to_ne_bytes());
    out.extend_from_slice(&kind.to_ne_bytes());
    out.extend_from_slice(payload);
    while out.len() % 4 != 0 {
        out.push(0);
    }
    out
}

fn nest(kind: u16, children: &[Vec<u8>]) -> Vec<u8> {
    attr(kind | NESTED, &children.concat())
}

/// A message of the dump: `struct nlmsghdr` (`NLM_F_MULTI`, family id 0x1e),
/// `struct genlmsghdr` (`WG_CMD_GET_DEVICE` 0, version 1), attributes.
fn reply(attrs: &[Vec<u8>]) -> Vec<u8> {
    let body = attrs.concat();
    let mut out = Vec::new();
    out.extend_from_slice(&u32::try_from(16 + 4 + body.len()).unwrap().to_ne_bytes());
    out.extend_from_slice(&0x1eu16.to_ne_bytes());
    out.extend_from_slice(&2u16.to_ne_bytes());
    out.extend_from_slice(&1u32.to_ne_bytes());
    out.extend_from_slice(&0u32.to_ne_bytes());
    out.extend_from_slice(&[0, 1, 0, 0]);
    out.extend_from_slice(&body);
    out
}

/// The device's attributes of the first message (`get_device_start`'s
/// order): listen port, fwmark, index, name, then both keys if it has a
/// private key.
fn device_attrs(
    ifindex: u32,
    name: &str,
    keys: Option<([u8; 32], [u8; 32])>,
    port: u16,
    fwmark: u32,
) -> Vec<Vec<u8>> {
    let mut name = name.as_bytes().to_vec();
    name.push(0);
    let mut attrs = vec![
        attr(LISTEN_PORT, &port.to_ne_bytes()),
        attr(FWMARK, &fwmark.to_ne_bytes()),
        attr(IFINDEX, &ifindex.to_ne_bytes()),
        attr(IFNAME, &name),
    ];
    if let Some((private, public)) = keys {
        attrs.push(attr(PRIVATE_KEY, &private));
        attrs.push(attr(PUBLIC_KEY, &public));
    }
    attrs
}

/// `struct sockaddr_in`: family (host order), port (network order),
/// address, 8 zero bytes.
fn sockaddr_in(addr: [u8; 4], port: u16) -> Vec<u8> {
    let mut out = AF_INET.to_ne_bytes().to_vec();
    out.extend_from_slice(&port.to_be_bytes());
    out.extend_from_slice(&addr);
    out.extend_from_slice(&[0; 8]);
    out
}

/// `struct sockaddr_in6`: family, port, flow info (network order), address,
/// scope id (host order).
fn sockaddr_in6(addr: &str, port: u16, flowinfo: u32, scope_id: u32) -> Vec<u8> {
    let addr: Ipv6Addr = addr.parse().unwrap();
    let mut out = AF_INET6.to_ne_bytes().to_vec();
    out.extend_from_slice(&port.to_be_bytes());
    out.extend_from_slice(&flowinfo.to_be_bytes());
    out.extend_from_slice(&addr.octets());
    out.extend_from_slice(&scope_id.to_ne_bytes());
    out
}

/// An allowed IP (`get_allowedips`' order: mask, family, address).
fn allowed_ip(addr: &str, cidr: u8) -> Vec<u8> {
    let (family, bytes) = match addr.parse::<IpAddr>().unwrap() {
        IpAddr::V4(a) => (AF_INET, a.octets().to_vec()),
        IpAddr::V6(a) => (AF_INET6, a.octets().to_vec()),
    };
    nest(0, &[attr(CIDR_MASK, &[cidr]), attr(FAMILY, &family.to_ne_bytes()), attr(IPADDR, &bytes)])
}

/// A peer's values.
struct P<'a> {
    key: u8,
    /// 0: none (the kernel sends 32 zero bytes).
    psk: u8,
    /// `struct __kernel_timespec`: seconds, nanoseconds.
    handshake: (i64, i64),
    keepalive: u16,
    rx: u64,
    tx: u64,
    endpoint: Option<Vec<u8>>,
    ips: &'a [(&'a str, u8)],
}

/// A peer as `get_peer` writes it: key, preshared key, handshake,
/// keepalive, tx, rx, protocol version, endpoint (if any), allowed IPs.
/// `pad` adds the `WGPEER_A_UNSPEC` attribute `nla_put_u64_64bit` puts
/// before a u64 to align it on architectures that need it.
fn peer(p: &P<'_>, pad: bool) -> Vec<u8> {
    let mut time = p.handshake.0.to_ne_bytes().to_vec();
    time.extend_from_slice(&p.handshake.1.to_ne_bytes());
    let mut attrs = vec![
        attr(PEER_PUBLIC_KEY, &[p.key; 32]),
        attr(PRESHARED_KEY, &[p.psk; 32]),
        attr(LAST_HANDSHAKE_TIME, &time),
        attr(KEEPALIVE, &p.keepalive.to_ne_bytes()),
    ];
    if pad {
        attrs.push(attr(PEER_UNSPEC, &[]));
    }
    attrs.push(attr(TX_BYTES, &p.tx.to_ne_bytes()));
    attrs.push(attr(RX_BYTES, &p.rx.to_ne_bytes()));
    attrs.push(attr(PROTOCOL_VERSION, &1u32.to_ne_bytes()));
    if let Some(endpoint) = &p.endpoint {
        attrs.push(attr(ENDPOINT, endpoint));
    }
    attrs.push(nest(ALLOWEDIPS, &p.ips.iter().map(|(a, c)| allowed_ip(a, *c)).collect::<Vec<_>>()));
    nest(0, &attrs)
}

/// The rest of a peer's allowed IPs in the next message: only its key and
/// them (`get_peer` with `allowedips_seq` set).
fn peer_continued(key: u8, ips: &[(&str, u8)]) -> Vec<u8> {
    let ips: Vec<_> = ips.iter().map(|(a, c)| allowed_ip(a, *c)).collect();
    nest(0, &[attr(PEER_PUBLIC_KEY, &[key; 32]), nest(ALLOWEDIPS, &ips)])
}

/// The device a dump of `messages` gives, as `nlw wg show` reads it.
fn decode(messages: &[Vec<u8>]) -> WgDevice {
    let mut dev = WgDevice::default();
    for bytes in messages {
        let msg = Messages::new(bytes).next().unwrap().unwrap();
        dev.extend_from_message(&msg).unwrap();
    }
    dev
}

// ---- the devices ------------------------------------------------------------

const NOW: u64 = 1_700_000_000;

/// `bytes(range(32))`, `[0x11; 32]`, the peers' keys `[0xa1..=0xa4; 32]`,
/// the preshared keys `[0x33; 32]` and `[0x44; 32]`.
const PRIVATE_B64: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
const PUBLIC_B64: &str = "ERERERERERERERERERERERERERERERERERERERERERE=";
const A: &str = "oaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaE=";
const B: &str = "oqKioqKioqKioqKioqKioqKioqKioqKioqKioqKioqI=";
const C: &str = "o6Ojo6Ojo6Ojo6Ojo6Ojo6Ojo6Ojo6Ojo6Ojo6Ojo6M=";
const D: &str = "pKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKSkpKQ=";
const PSK_C: &str = "MzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzM=";
const PSK_B: &str = "REREREREREREREREREREREREREREREREREREREREREQ=";

/// `wg0`: port 51820, no fwmark, four peers over two messages, in the
/// kernel's order B, A, C, D; C's allowed IPs continue in the second.
///
/// - B: preshared key, never shook hands, nothing sent, no endpoint, no
///   allowed IPs, no keepalive.
/// - A: handshake 65 s ago, 1239 B in, 3482 B out, keepalive 25, IPv4
///   endpoint.
/// - C: preshared key, handshake 1 day 2 h 3 min 4 s ago, 1152 B in,
///   1.5 GiB out, keepalive 3601, IPv6 endpoint with a flow label.
/// - D: the same second as A's handshake but 500 ns later, 100 B in,
///   link-local endpoint scoped to interface 3 (`v0`), an IPv4-compatible
///   IPv6 allowed IP.
fn wg0() -> WgDevice {
    let b =
        P { key: 0xa2, psk: 0x44, handshake: (0, 0), keepalive: 0, rx: 0, tx: 0, endpoint: None, ips: &[] };
    let a = P {
        key: 0xa1,
        psk: 0,
        handshake: (NOW as i64 - 65, 0),
        keepalive: 25,
        rx: 1239,
        tx: 3482,
        endpoint: Some(sockaddr_in([192, 0, 2, 1], 51820)),
        ips: &[("198.51.100.0", 24), ("203.0.113.7", 32)],
    };
    let c = P {
        key: 0xa3,
        psk: 0x33,
        handshake: (NOW as i64 - 93_784, 999),
        keepalive: 3601,
        rx: 1152,
        tx: 3 << 29,
        endpoint: Some(sockaddr_in6("2001:db8::1", 443, 0x12345, 0)),
        ips: &[("198.51.100.128", 25)],
    };
    let d = P {
        key: 0xa4,
        psk: 0,
        handshake: (NOW as i64 - 65, 500),
        keepalive: 0,
        rx: 100,
        tx: 0,
        endpoint: Some(sockaddr_in6("fe80::1", 51820, 0, 3)),
        ips: &[("2001:db8:1::", 48), ("::192.0.2.1", 128)],
    };
    let mut first = device_attrs(7, "wg0", Some((core::array::from_fn(|i| i as u8), [0x11; 32])), 51820, 0);
    first.push(nest(PEERS, &[peer(&b, false), peer(&a, true), peer(&c, false)]));
    let second = [nest(PEERS, &[peer_continued(0xa3, &[("2001:db8:2::", 64)]), peer(&d, false)])];
    decode(&[reply(&first), reply(&second)])
}

/// The environment of the tests: `NOW`, keys hidden, interface 3 is `v0`.
fn env() -> Environment {
    let mut names = Names::default();
    names.learn(3, "v0", true);
    Environment { now: NOW, show_keys: false, names }
}

fn pretty(dev: &WgDevice, env: &Environment) -> String {
    let mut out = String::new();
    write_pretty(&mut out, dev, env);
    out
}

fn field(dev: &WgDevice, field: Field, with_interface: bool) -> String {
    let mut out = String::new();
    write_field(&mut out, dev, field, with_interface, &env());
    out
}

// ---- pretty_print -----------------------------------------------------------

#[test]
fn a_device_with_peers_prints_as_pretty_print() {
    // pretty_print: `interface: NAME`; `  public key: `; `  private key: `
    // masked_key, `(hidden)` without WG_HIDE_KEYS=never; `  listening
    // port: ` when not 0; no fwmark line for 0. A blank line, then the peers
    // sorted by peer_cmp: latest handshake first (seconds, then
    // nanoseconds: D before A), never last (B); a blank line between peers.
    // Peer: `peer: KEY`; `  preshared key: (hidden)` when it has one
    // (not all zeros); `  endpoint: ` from getnameinfo, `%s:%s`, or
    // `[%s]:%s` for IPv6 with the scope as the interface's name for a
    // link-local address, no flow label; `  allowed ips: ` `ADDR/CIDR`
    // joined by `, ` (inet_ntop: `::192.0.2.1` for an IPv4-compatible
    // address) or `(none)`; `  latest handshake: ` when tv_sec is not 0,
    // pretty_time of now - tv_sec then ` ago` (units that are not 0,
    // `, `-joined, plural `s` but for 1); `  transfer: ` when rx or tx is not
    // 0, bytes(): under 1024 `%u B`, else `%.2f KiB|MiB|GiB` (1152 B is
    // exactly 1.125 KiB: `%.2f` rounds the tie to even, 1.12);
    // `  persistent keepalive: every ` pretty_time when not 0.
    let expected = format!(
        "interface: wg0
  public key: {PUBLIC_B64}
  private key: (hidden)
  listening port: 51820

peer: {D}
  endpoint: [fe80::1%v0]:51820
  allowed ips: 2001:db8:1::/48, ::192.0.2.1/128
  latest handshake: 1 minute, 5 seconds ago
  transfer: 100 B received, 0 B sent

peer: {A}
  endpoint: 192.0.2.1:51820
  allowed ips: 198.51.100.0/24, 203.0.113.7/32
  latest handshake: 1 minute, 5 seconds ago
  transfer: 1.21 KiB received, 3.40 KiB sent
  persistent keepalive: every 25 seconds

peer: {C}
  preshared key: (hidden)
  endpoint: [2001:db8::1]:443
  allowed ips: 198.51.100.128/25, 2001:db8:2::/64
  latest handshake: 1 day, 2 hours, 3 minutes, 4 seconds ago
  transfer: 1.12 KiB received, 1.50 GiB sent
  persistent keepalive: every 1 hour, 1 second

peer: {B}
  preshared key: (hidden)
  allowed ips: (none)
"
    );
    assert_eq!(pretty(&wg0(), &env()), expected);
}

/// `wg1`: keys, no port, fwmark 42, no peers.
fn wg1() -> WgDevice {
    decode(&[reply(&device_attrs(8, "wg1", Some(([0x55; 32], [0x66; 32])), 0, 42))])
}

#[test]
fn a_device_without_peers_prints_its_lines_only() {
    // No blank line without peers (`if (device->first_peer)`); fwmark as
    // `0x%x`; the private key hidden, or printed with WG_HIDE_KEYS=never.
    let hidden = "interface: wg1
  public key: ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY=
  private key: (hidden)
  fwmark: 0x2a
";
    assert_eq!(pretty(&wg1(), &env()), hidden);
    let shown = Environment { show_keys: true, ..env() };
    assert_eq!(
        pretty(&wg1(), &shown),
        hidden.replace("(hidden)", "VVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVU=")
    );
    // Without a private key the kernel sends neither key: only the name
    // and the port.
    let bare = decode(&[reply(&device_attrs(9, "wg2", None, 51821, 0))]);
    assert_eq!(pretty(&bare, &env()), "interface: wg2\n  listening port: 51821\n");
    let mut dump = String::new();
    write_field(&mut dump, &bare, Field::Dump, false, &env());
    // dump_print: maybe_key gives `(none)` for keys it does not have.
    assert_eq!(dump, "(none)\t(none)\t51821\toff\n");
}

#[test]
fn handshake_times_print_as_ago_does() {
    // ago(): `Now` for the same second; the clock warning for a time ahead
    // of now (and peer_cmp puts it first, being the latest); years of 365
    // days. Peers without transfer, keepalive or allowed IPs.
    let p = |key, sec: i64| P {
        key,
        psk: 0,
        handshake: (sec, 0),
        keepalive: 0,
        rx: 0,
        tx: 0,
        endpoint: None,
        ips: &[],
    };
    let now = NOW as i64;
    let peers = [
        peer(&p(0xb1, now), false),
        peer(&p(0xb2, now + 10), false),
        peer(&p(0xb3, now - 2 * 365 * 86400 - 1), false),
    ];
    let mut attrs = device_attrs(10, "wg3", None, 0, 0);
    attrs.push(nest(PEERS, &peers));
    let expected = "interface: wg3

peer: srKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrI=
  allowed ips: (none)
  latest handshake: (System clock wound backward; connection problems may ensue.)

peer: sbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbE=
  allowed ips: (none)
  latest handshake: Now

peer: s7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7M=
  allowed ips: (none)
  latest handshake: 2 years, 1 second ago
";
    assert_eq!(pretty(&decode(&[reply(&attrs)]), &env()), expected);
}

#[test]
fn byte_counts_print_as_bytes_does() {
    // bytes(): `%u B` below 1024, then `%.2f` of b / 1024^n.
    for (b, text) in [
        (0, "0 B"),
        (1023, "1023 B"),
        (1024, "1.00 KiB"),
        (1_048_575, "1024.00 KiB"),
        (1 << 20, "1.00 MiB"),
        (5 << 30, "5.00 GiB"),
        (3 << 40, "3.00 TiB"),
        (u64::MAX, "16777216.00 TiB"),
    ] {
        assert_eq!(bytes(b), text, "{b}");
    }
}

// ---- ugly_print and dump_print ----------------------------------------------

#[test]
fn dump_prints_every_field_tab_separated_in_the_kernel_s_order() {
    // dump_print: the device's private key (not masked), public key, port,
    // fwmark or `off`; then per peer in the kernel's order (not sorted):
    // key, preshared key or `(none)`, endpoint or `(none)`, allowed IPs
    // joined by `,` or `(none)`, tv_sec, rx, tx, keepalive or `off`.
    let lines = [
        format!("{PRIVATE_B64}\t{PUBLIC_B64}\t51820\toff"),
        format!("{B}\t{PSK_B}\t(none)\t(none)\t0\t0\t0\toff"),
        format!("{A}\t(none)\t192.0.2.1:51820\t198.51.100.0/24,203.0.113.7/32\t1699999935\t1239\t3482\t25"),
        format!(
            "{C}\t{PSK_C}\t[2001:db8::1]:443\t198.51.100.128/25,2001:db8:2::/64\t1699906216\t1152\t1610612736\t3601"
        ),
        format!("{D}\t(none)\t[fe80::1%v0]:51820\t2001:db8:1::/48,::192.0.2.1/128\t1699999935\t100\t0\toff"),
    ];
    let dev = wg0();
    assert_eq!(field(&dev, Field::Dump, false), lines.iter().map(|l| format!("{l}\n")).collect::<String>());
    // `wg show all dump`: every line starts with the device's name.
    assert_eq!(
        field(&dev, Field::Dump, true),
        lines.iter().map(|l| format!("wg0\t{l}\n")).collect::<String>()
    );
    assert_eq!(field(&wg1(), Field::Dump, true), format!("wg1\tVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVU=\tZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY=\t0\t0x2a\n"));
}

#[test]
fn single_fields_print_as_ugly_print() {
    let dev = wg0();
    // The device's fields: one line each; the private key not masked.
    assert_eq!(field(&dev, Field::PublicKey, false), format!("{PUBLIC_B64}\n"));
    assert_eq!(field(&dev, Field::PrivateKey, false), format!("{PRIVATE_B64}\n"));
    assert_eq!(field(&dev, Field::ListenPort, false), "51820\n");
    assert_eq!(field(&dev, Field::Fwmark, false), "off\n");
    assert_eq!(field(&wg1(), Field::Fwmark, true), "wg1\t0x2a\n");
    assert_eq!(field(&wg1(), Field::ListenPort, true), "wg1\t0\n");
    // The peers' fields: a line per peer, the kernel's order; `KEY\tVALUE`
    // (allowed-ips joined by a space), or the key alone for `peers`; with
    // `wg show all FIELD`, the device's name first on each line...
    for (f, values) in [
        (Field::Peers, ["", "", "", ""]),
        (Field::PresharedKeys, [PSK_B, "(none)", PSK_C, "(none)"]),
        (
            Field::AllowedIps,
            [
                "(none)",
                "198.51.100.0/24 203.0.113.7/32",
                "198.51.100.128/25 2001:db8:2::/64",
                "2001:db8:1::/48 ::192.0.2.1/128",
            ],
        ),
        (Field::LatestHandshakes, ["0", "1699999935", "1699906216", "1699999935"]),
        (Field::Transfer, ["0\t0", "1239\t3482", "1152\t1610612736", "100\t0"]),
        (Field::PersistentKeepalive, ["off", "25", "3601", "off"]),
        (Field::Endpoints, ["(none)", "192.0.2.1:51820", "[2001:db8::1]:443", "[fe80::1%v0]:51820"]),
    ] {
        let lines: Vec<String> = [B, A, C, D]
            .iter()
            .zip(values)
            .map(|(key, value)| match value {
                "" => format!("{key}\n"),
                value => format!("{key}\t{value}\n"),
            })
            .collect();
        assert_eq!(field(&dev, f, false), lines.concat(), "{f:?}");
        if f != Field::Endpoints {
            let named: String = lines.iter().map(|l| format!("wg0\t{l}")).collect();
            assert_eq!(field(&dev, f, true), named, "all {f:?}");
        }
    }
    // ...but for `endpoints`, where ugly_print prints it once before the
    // loop: only on the first line, and alone for a device without peers.
    assert_eq!(
        field(&dev, Field::Endpoints, true),
        format!("wg0\t{B}\t(none)\n{A}\t192.0.2.1:51820\n{C}\t[2001:db8::1]:443\n{D}\t[fe80::1%v0]:51820\n")
    );
    assert_eq!(field(&wg1(), Field::Endpoints, true), "wg1\t");
    assert_eq!(field(&wg1(), Field::Peers, true), "");
}

#[test]
fn scoped_endpoints_print_as_getnameinfo_numeric_host() {
    // getnameinfo(NI_NUMERICHOST): the scope is the interface's name for a
    // link-local unicast or multicast address (if_indextoname), its number
    // otherwise or when the interface has no name.
    let names = env().names;
    let at = |addr: &str, scope| {
        endpoint_text(SocketAddr::V6(SocketAddrV6::new(addr.parse().unwrap(), 1, 0, scope)), &names)
    };
    assert_eq!(at("fe80::1", 3), "[fe80::1%v0]:1");
    assert_eq!(at("ff02::1", 3), "[ff02::1%v0]:1");
    assert_eq!(at("fe80::1", 4), "[fe80::1%4]:1");
    assert_eq!(at("2001:db8::1", 3), "[2001:db8::1%3]:1");
    assert_eq!(at("::ffff:192.0.2.1", 0), "[::ffff:192.0.2.1]:1");
}

// ---- the command line ---------------------------------------------------------

fn parse(line: &str) -> Result<WgCommand> {
    WgCommand::parse(&line.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
}

fn show(target: Target, field: Option<Field>) -> WgCommand {
    WgCommand::Show(Show { target, field })
}

#[test]
fn command_lines_parse_as_wg_reads_them() {
    let dev = || Target::Device("wg0".to_owned());
    for (line, command) in [
        ("", show(Target::All, None)),
        ("show", show(Target::All, None)),
        ("show all", show(Target::All, None)),
        ("show all dump", show(Target::All, Some(Field::Dump))),
        ("show interfaces", show(Target::Interfaces, None)),
        ("show wg0", show(dev(), None)),
        ("show wg0 dump", show(dev(), Some(Field::Dump))),
        ("show wg0 latest-handshakes", show(dev(), Some(Field::LatestHandshakes))),
        ("show wg0 persistent-keepalive", show(dev(), Some(Field::PersistentKeepalive))),
        // A device may be called `help` when a field follows.
        ("show help peers", show(Target::Device("help".to_owned()), Some(Field::Peers))),
        ("show help", WgCommand::ShowHelp),
        ("show --help", WgCommand::ShowHelp),
        ("help", WgCommand::Help),
        ("--help", WgCommand::Help),
    ] {
        assert_eq!(parse(line).unwrap(), command, "{line:?}");
    }
    for (name, field) in Field::NAMES {
        assert_eq!(parse(&format!("show wg0 {name}")).unwrap(), show(dev(), Some(field)));
    }
}

#[test]
fn bad_command_lines_are_refused_with_wg_s_usage_and_exit_1() {
    for (line, message) in [
        (
            "show wg0 bogus",
            "Invalid parameter: `bogus'\nUsage: nlw wg show { <interface> | all | interfaces }",
        ),
        ("show all Dump", "Invalid parameter: `Dump'\nUsage: nlw wg show"),
        ("show wg0 dump extra", "Usage: nlw wg show { <interface> | all | interfaces }"),
        ("show interfaces dump", "Usage: nlw wg show"),
        ("frobnicate", "Invalid subcommand: `frobnicate'\nUsage: nlw wg <cmd> [<args>]"),
        ("help me", "Invalid subcommand: `help'"),
        ("set wg0 listen-port 1", "`set' is not implemented"),
        ("genkey", "`genkey' is not implemented"),
    ] {
        match parse(line).map_err(CliError::into_failure) {
            Err(Failure::Exit { code: 1, message: text }) => {
                assert!(text.contains(message), "{line:?}: {text}")
            }
            other => panic!("{line:?}: {other:?}"),
        }
    }
}
