//! The `netdev` family through `nlwire_std::Genl::netdev` against the live
//! kernel, in a throwaway namespace with lo and a veth pair: the device
//! dump is checked against the links `ip` lists and against the same dump
//! read here byte by byte (request written from linux/netlink.h and
//! linux/genetlink.h, attributes walked by hand, flags named from
//! linux/netdev.h); queues against the namespace's /sys.

use std::collections::BTreeMap;
use std::process::Command;

use nlwire::netdev::DeviceDump;
use nlwire_rustix::{Netns, Options, Protocol, Socket};
use nlwire_std::genl::decoder;
use nlwire_std::Genl;
use nlwire_tests::live::{live, veth_ns, TestNs};

/// `enum netdev_xdp_act` of linux/netdev.h, by bit.
const XDP_ACT: &[(u64, &str)] = &[
    (1 << 0, "basic"),
    (1 << 1, "redirect"),
    (1 << 2, "ndo-xmit"),
    (1 << 3, "xsk-zerocopy"),
    (1 << 4, "hw-offload"),
    (1 << 5, "rx-sg"),
    (1 << 6, "ndo-xmit-sg"),
];

/// One device of the dump read by hand: attribute type -> payload.
type RawDevice = BTreeMap<u16, Vec<u8>>;

/// `NETDEV_CMD_DEV_GET` dumped by hand on a generic socket in `ns`: the
/// netlink header (type `family`, NLM_F_REQUEST|NLM_F_DUMP), `genlmsghdr`
/// (cmd 1, version 1), no attribute; each reply's attributes by type.
fn raw_device_dump(ns: &TestNs, family: u16) -> Vec<RawDevice> {
    let sock = Socket::open_in_netns(Netns::Name(&ns.name), Protocol::Generic, &Options::new()).unwrap();
    let mut req = Vec::new();
    req.extend_from_slice(&20u32.to_ne_bytes());
    req.extend_from_slice(&family.to_ne_bytes());
    req.extend_from_slice(&0x301u16.to_ne_bytes());
    req.extend_from_slice(&1u32.to_ne_bytes());
    req.extend_from_slice(&0u32.to_ne_bytes());
    req.extend_from_slice(&[1, 1, 0, 0]);
    sock.send(&req).unwrap();
    let mut buf = vec![0u8; 65536];
    let mut out = Vec::new();
    loop {
        let got = sock.recv(&mut buf).unwrap();
        let mut data = &buf[..got.len];
        while data.len() >= 16 {
            let len = u32::from_ne_bytes(data[..4].try_into().unwrap()) as usize;
            let kind = u16::from_ne_bytes(data[4..6].try_into().unwrap());
            match kind {
                3 => return out, // NLMSG_DONE
                2 => panic!("dump refused: {:?}", &data[16..20]),
                _ => {}
            }
            assert_eq!(kind, family);
            let mut attrs = RawDevice::new();
            let mut a = &data[20..len];
            while a.len() >= 4 {
                let alen = u16::from_ne_bytes(a[..2].try_into().unwrap()) as usize;
                let akind = u16::from_ne_bytes(a[2..4].try_into().unwrap()) & 0x3fff;
                attrs.insert(akind, a[4..alen].to_vec());
                a = &a[alen.next_multiple_of(4).min(a.len())..];
            }
            out.push(attrs);
            data = &data[len.next_multiple_of(4).min(data.len())..];
        }
    }
}

fn u32_of(raw: &RawDevice, kind: u16) -> Option<u32> {
    raw.get(&kind).map(|p| u32::from_ne_bytes(p[..4].try_into().unwrap()))
}

fn u64_of(raw: &RawDevice, kind: u16) -> Option<u64> {
    raw.get(&kind).map(|p| u64::from_ne_bytes(p[..8].try_into().unwrap()))
}

/// The names of `bits` by linux/netdev.h, comma-separated.
fn xdp_names(bits: u64) -> String {
    XDP_ACT.iter().filter(|(b, _)| bits & b != 0).map(|(_, n)| *n).collect::<Vec<_>>().join(",")
}

#[test]
fn devices_are_the_links_with_the_kernels_xdp_features() {
    if !live("devices_are_the_links_with_the_kernels_xdp_features") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();

    // (ifindex, xdp, rx metadata, xsk, zc segs) through the lending dump.
    let mut ours = BTreeMap::new();
    let mut devices = genl.netdev().devices().unwrap();
    while let Some(dev) = devices.next().unwrap() {
        let fields = (
            dev.xdp_features().unwrap().map(|f| f.bits()),
            dev.xdp_rx_metadata_features().unwrap().map(|f| f.bits()),
            dev.xsk_features().unwrap().map(|f| f.bits()),
            dev.xdp_zc_max_segs().unwrap(),
        );
        ours.insert(dev.ifindex().unwrap().expect("ifindex"), fields);
    }

    // Every link `ip` lists, and no other.
    let links: Vec<u32> = ns
        .ip_json(&["link", "show"])
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["ifindex"].as_u64().unwrap() as u32)
        .collect();
    assert_eq!(ours.keys().copied().collect::<Vec<_>>(), links);

    // The same fields read by hand (NETDEV_A_DEV_IFINDEX 1, XDP_FEATURES 3,
    // XDP_ZC_MAX_SEGS 4, XDP_RX_METADATA_FEATURES 5, XSK_FEATURES 6).
    let family = genl.family("netdev").unwrap().id();
    let raw = raw_device_dump(&ns, family);
    assert_eq!(raw.len(), ours.len());
    for dev in &raw {
        let ifindex = u32_of(dev, 1).unwrap();
        let want = (u64_of(dev, 3), u64_of(dev, 5), u64_of(dev, 6), u32_of(dev, 4));
        assert_eq!(ours[&ifindex], want, "device {ifindex}");
    }

    // Named as linux/netdev.h names them, through the generated tables.
    let decode = decoder("netdev").unwrap();
    for msg in genl.dump("netdev", &DeviceDump).unwrap() {
        let ifindex = msg.get_in(decode, "ifindex").unwrap().unwrap().as_u32().unwrap();
        let bits = ours[&ifindex].0.expect("xdp-features");
        let named = msg.get_in(decode, "xdp_features").unwrap().unwrap().to_string();
        assert_eq!(named, xdp_names(bits), "device {ifindex}");
    }

    // What the drivers say (drivers/net/veth.c, loopback has no XDP): veth
    // runs XDP, redirects and takes fragments; lo does nothing.
    assert_eq!(ours[&1].0, Some(0), "lo");
    let v0 = ours[&ns.ifindex("v0")].0.unwrap();
    assert_eq!(v0 & 0b10_0011, 0b10_0011, "veth: basic, redirect, rx-sg; got {}", xdp_names(v0));
    println!("{} devices equal to ip's links and to the raw dump", ours.len());
}

/// The queues of `dev` as the namespace's /sys lists them (`rx-0`, `tx-0`, ...).
fn sys_queues(ns: &TestNs, dev: &str) -> Vec<(String, u32)> {
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.name, "ls", &format!("/sys/class/net/{dev}/queues")])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut queues: Vec<(String, u32)> = String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .map(|q| {
            let (kind, id) = q.split_once('-').unwrap();
            (kind.to_string(), id.parse().unwrap())
        })
        .collect();
    queues.sort();
    queues
}

#[test]
fn queues_are_the_ones_sys_lists_and_page_pools_belong_to_links() {
    if !live("queues_are_the_ones_sys_lists_and_page_pools_belong_to_links") {
        return;
    }
    let ns = veth_ns();
    let mut genl = Genl::in_netns(ns.name.as_str()).unwrap();
    let v0 = ns.ifindex("v0");

    let mut queues = Vec::new();
    let mut dump = genl.netdev().queues(Some(v0)).unwrap();
    while let Some(q) = dump.next().unwrap() {
        assert_eq!(q.ifindex().unwrap(), Some(v0));
        // NETDEV_QUEUE_TYPE_RX 0, TX 1 (linux/netdev.h).
        let kind = match q.r#type().unwrap().unwrap() {
            0 => "rx",
            1 => "tx",
            other => panic!("queue type {other}"),
        };
        queues.push((kind.to_string(), q.id().unwrap().unwrap()));
    }
    queues.sort();
    assert_eq!(queues, sys_queues(&ns, "v0"));

    // Every device's: v0's among them, each of a link of the namespace.
    let links: Vec<u32> = ["lo", "v0", "v1"].iter().map(|d| ns.ifindex(d)).collect();
    let mut all = 0;
    let mut dump = genl.netdev().queues(None).unwrap();
    while let Some(q) = dump.next().unwrap() {
        assert!(links.contains(&q.ifindex().unwrap().unwrap()));
        all += 1;
    }
    assert!(all >= queues.len(), "{all} queues in all, {} of v0", queues.len());

    // A device that is down has none (the kernel lists up devices' only).
    ns.ip(&["link", "set", "v1", "down"]);
    let mut dump = genl.netdev().queues(Some(ns.ifindex("v1"))).unwrap();
    assert!(dump.next().unwrap().is_none(), "queues of v1, down");
    drop(dump);

    // A device that is not there: the kernel's ENODEV, no panic.
    let missing = genl.netdev().queues(Some(9999)).and_then(|mut d| d.next().map(|_| ()));
    assert_eq!(missing.unwrap_err().errno(), Some(19), "ENODEV");

    // Page pools, where this kernel has them: each of a link here.
    match genl.netdev().page_pools(None) {
        Ok(mut pools) => loop {
            match pools.next() {
                Ok(Some(pool)) => {
                    if let Some(ifindex) = pool.ifindex().unwrap() {
                        assert!(links.contains(&ifindex), "pool of {ifindex}");
                    }
                }
                Ok(None) => break,
                Err(e) if e.errno() == Some(95) => break, // EOPNOTSUPP: no page pool stats
                Err(e) => panic!("{e}"),
            }
        },
        Err(e) => assert_eq!(e.errno(), Some(95), "{e}"),
    }
    println!("{} queues of v0 equal to /sys", queues.len());
}
