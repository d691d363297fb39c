//! Live-kernel benchmarks (root): opening a socket in a named namespace,
//! and dumping 10k and 100k routes through the socket's lending dump,
//! beside `ip route show` on the same namespace in the same run.
//!
//! `cargo bench -p nlwire-benches --bench live`

use std::process::{Command, Stdio};
use std::time::Instant;

use nlwire::build::{Builder, Header};
use nlwire::{msg_type, MsgFlags};
use nlwire_benches::{allocations, ip_batch, CountingAlloc, Ns};
use nlwire_rustix::{Netns, Options, Protocol, Socket};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn netns_open(ns: &str) {
    let opts = Options::new();
    let samples: Vec<f64> = (0..2000)
        .map(|_| {
            let t = Instant::now();
            let s = Socket::open_in_netns(Netns::Name(ns), Protocol::Route, &opts).unwrap();
            let e = t.elapsed().as_nanos() as f64;
            drop(s);
            e
        })
        .collect();
    println!(
        "open a NETLINK_ROUTE socket in a named netns: median {:.1} µs (2000 opens)",
        median(samples) / 1e3
    );
}

/// Dumps the main table (IPv4) and returns (routes, ns per route, allocations per route).
fn dump_routes(sock: &Socket, buf: &mut [u8], seq: u32) -> (usize, f64, f64) {
    let mut req = [0u8; 64];
    let mut b = Builder::new(&mut req);
    b.message(Header::new(msg_type::RTM_GETROUTE, MsgFlags::REQUEST | MsgFlags::DUMP, seq), |m| {
        m.family_header(&[2u8, 0, 0, 0, 254, 0, 0, 0, 0, 0, 0, 0]) // rtmsg: AF_INET, table main
    })
    .unwrap();
    let before = allocations();
    let t = Instant::now();
    let mut dump = sock.dump(b.as_bytes(), buf).unwrap();
    let (mut n, mut sum) = (0usize, 0u64);
    while let Some(msg) = dump.next().unwrap() {
        // Read what `ip route` reads first: RTA_DST (1) and RTA_OIF (4).
        let attrs = msg.attrs_after(12);
        if let Some(dst) = attrs.find(1).unwrap() {
            sum += u64::from(dst.payload()[0]);
        }
        if let Some(oif) = attrs.find(4).unwrap() {
            sum += u64::from(oif.u32().unwrap());
        }
        n += 1;
    }
    let ns = t.elapsed().as_nanos() as f64;
    let allocs = allocations() - before;
    std::hint::black_box(sum);
    (n, ns / n as f64, allocs as f64 / n as f64)
}

fn ip_route_show(ns: &str) -> f64 {
    let t = Instant::now();
    let out = Command::new("ip").args(["-n", ns, "route", "show"]).stdout(Stdio::null()).status().unwrap();
    assert!(out.success());
    t.elapsed().as_nanos() as f64
}

fn main() {
    if !rustix::process::geteuid().is_root() {
        println!("SKIP (needs root): live benchmarks");
        return;
    }
    let ns = Ns::create(format!("nlw-bench-{}", std::process::id()));
    netns_open(&ns.0);

    ip_batch(
        &ns.0,
        "link add v0 type veth peer name v1\nlink set v0 up\nlink set v1 up\naddr add 10.0.0.1/8 dev v0\n",
    );
    let sock = Socket::open_in_netns(Netns::Name(&ns.0), Protocol::Route, &Options::new()).unwrap();
    let mut buf = vec![0u8; 64 * 1024];
    let mut added = 0u32;
    for target in [10_000u32, 100_000] {
        // Host routes 10.(64 + i / 65536).(i / 256 % 256).(i % 256)/32.
        let mut lines = String::new();
        for i in added..target {
            lines += &format!("route add 10.{}.{}.{}/32 dev v0\n", 64 + (i >> 16), (i >> 8) & 0xff, i & 0xff);
        }
        ip_batch(&ns.0, &lines);
        added = target;
        let runs: Vec<(usize, f64, f64)> = (0..7).map(|s| dump_routes(&sock, &mut buf, s + 1)).collect();
        let routes = runs[0].0;
        let ns_per = median(runs.iter().map(|r| r.1).collect());
        let allocs = runs.iter().map(|r| r.2).fold(0.0, f64::max);
        let ip = median((0..5).map(|_| ip_route_show(&ns.0)).collect()) / routes as f64;
        println!(
            "dump {routes} routes: nlwire {ns_per:.0} ns/route, {allocs:.3} allocations/route; `ip route show` (whole process, output to /dev/null) {ip:.0} ns/route"
        );
    }
}
