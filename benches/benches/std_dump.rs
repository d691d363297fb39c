//! nlwire-std against rtnetlink and pyroute2 (issue 5), on the live kernel
//! (root): one namespace holding 10k IPv4 /32 routes in the main table,
//! dumped in the same run by each contender, every one reading `RTA_DST` and
//! `RTA_OIF` of every route. Median ns per route over the rounds (the Rust
//! contenders take turns round by round, so load changes hit them alike),
//! of wall time and of the process's CPU time (user and system: the
//! kernel's share of a dump counts, the time other work takes the CPU does
//! not, so CPU ratios hold on a loaded machine);
//! allocations per route counted exactly by the global allocator, the most
//! seen in any round (pyroute2 runs in its own process: n/a).
//!
//! `cargo bench -p nlwire-benches --bench std_dump`
//!
//! pyroute2: `pip install pyroute2==0.9.7`; `PYTHON=/path/to/python` picks
//! the interpreter (default `python3`).

use std::net::{IpAddr, Ipv4Addr};
use std::os::fd::{AsFd, OwnedFd};
use std::process::Command;
use std::time::Instant;

use futures::TryStreamExt;
use netlink_packet_route::route::{RouteAddress, RouteAttribute, RouteProtocol, RouteType};
use nlwire::route::{Route, RouteDump};
use nlwire_benches::{allocations, ip_batch, CountingAlloc, Ns};
use nlwire_rustix::{netns, Netns};
use nlwire_std::{AsyncIPRoute, IPRoute};
use rustix::thread::{move_into_link_name_space, LinkNameSpaceType};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// Host routes added to the namespace (plus the connected route of v0).
const ROUTES: u32 = 10_000;
/// Timed rounds per Rust contender, after one warm-up round.
const ROUNDS: usize = 31;
/// Timed rounds for pyroute2, after one warm-up round.
const PY_ROUNDS: usize = 5;
/// The main routing table.
const MAIN: u32 = 254;

/// What one dump saw: the routes and a checksum of their destinations and
/// output interfaces, equal across contenders only if each decoded both.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tally {
    routes: usize,
    checksum: u64,
}

impl Tally {
    fn add(&mut self, dst: Option<IpAddr>, oif: Option<u32>) {
        let dst = match dst {
            Some(IpAddr::V4(a)) => u64::from(u32::from(a)),
            Some(IpAddr::V6(_)) => panic!("an IPv6 route in an IPv4 dump"),
            None => 0,
        };
        self.routes += 1;
        self.checksum += dst + u64::from(oif.unwrap_or(0));
    }
}

/// The request every nlwire contender sends: IPv4, table main.
fn main_table() -> RouteDump {
    RouteDump { table: Some(MAIN), ..RouteDump::new(2) }
}

fn read_route(tally: &mut Tally, route: &Route<'_>) {
    tally.add(route.dst().expect("RTA_DST"), route.oif().expect("RTA_OIF"));
}

// ---------------------------------------------------------------------------
// Contenders: one function each, returning the dump to run once per round.
// ---------------------------------------------------------------------------

type DumpOnce<'r> = Box<dyn FnMut() -> Tally + 'r>;

/// `IPRoute::dump`, or the verb `ipr.route().dump(...)` that makes the same
/// request (`verb`): the lending iterator over the receive buffer.
fn iproute_lending(ns: &str, verb: bool) -> DumpOnce<'static> {
    let mut ipr = IPRoute::in_netns(ns).expect("IPRoute in the namespace");
    Box::new(move || {
        let mut tally = Tally::default();
        let dump = if verb { ipr.route().dump(2, Some(MAIN)) } else { ipr.dump(&main_table()) };
        let mut dump = dump.expect("dump");
        while let Some(msg) = dump.next().expect("dump message") {
            read_route(&mut tally, &Route::parse(&msg).expect("a route"));
        }
        tally
    })
}

/// `ipr.route().dump(...).collect_owned()`: owned messages.
fn iproute_owned(ns: &str) -> DumpOnce<'static> {
    let mut ipr = IPRoute::in_netns(ns).expect("IPRoute in the namespace");
    Box::new(move || {
        let mut tally = Tally::default();
        for msg in ipr.route().dump(2, Some(MAIN)).expect("dump").collect_owned().expect("dump") {
            read_route(&mut tally, &Route::parse(&msg.message()).expect("a route"));
        }
        tally
    })
}

/// `AsyncIPRoute::dump_owned` on a current-thread runtime.
fn async_owned<'r>(ns: &str, rt: &'r tokio::runtime::Runtime) -> DumpOnce<'r> {
    let ipr = {
        let _in_runtime = rt.enter();
        AsyncIPRoute::in_netns(ns).expect("AsyncIPRoute in the namespace")
    };
    Box::new(move || {
        let mut tally = Tally::default();
        for msg in rt.block_on(ipr.dump_owned(&main_table(), 3)).expect("dump") {
            read_route(&mut tally, &Route::parse(&msg.message()).expect("a route"));
        }
        tally
    })
}

/// `AsyncIPRoute::dump`, or the verb `ipr.route().dump(...)` (`verb`), read
/// with `next().await`: borrowed messages.
fn async_lending<'r>(ns: &str, rt: &'r tokio::runtime::Runtime, verb: bool) -> DumpOnce<'r> {
    let ipr = {
        let _in_runtime = rt.enter();
        AsyncIPRoute::in_netns(ns).expect("AsyncIPRoute in the namespace")
    };
    Box::new(move || {
        rt.block_on(async {
            let mut tally = Tally::default();
            let dump =
                if verb { ipr.route().dump(2, Some(MAIN)).await } else { ipr.dump(&main_table()).await };
            let mut dump = dump.expect("dump");
            while let Some(msg) = dump.next().await.expect("dump message") {
                read_route(&mut tally, &Route::parse(&msg).expect("a route"));
            }
            tally
        })
    })
}

/// The calling thread inside another network namespace until dropped.
struct Visit {
    home: OwnedFd,
}

impl Visit {
    fn enter(ns: &str) -> Visit {
        let home = netns::current().expect("current netns");
        let target = netns::open(Netns::Name(ns)).expect("open the bench netns");
        move_into_link_name_space(target.as_fd(), Some(LinkNameSpaceType::Network)).expect("setns in");
        Visit { home }
    }
}

impl Drop for Visit {
    fn drop(&mut self) {
        if move_into_link_name_space(self.home.as_fd(), Some(LinkNameSpaceType::Network)).is_err() {
            // Never run on in the wrong namespace.
            std::process::abort();
        }
    }
}

/// rtnetlink 0.24: `handle.route().get(...).execute()`, its connection
/// spawned on the same current-thread runtime. rtnetlink opens its socket in
/// the calling thread's namespace, so the thread visits the bench namespace
/// while it does.
fn rtnetlink_stream<'r>(ns: &str, rt: &'r tokio::runtime::Runtime) -> DumpOnce<'r> {
    let (connection, handle, _events) = {
        let _in_runtime = rt.enter();
        let _visit = Visit::enter(ns);
        rtnetlink::new_connection_with_strict_check().expect("rtnetlink connection")
    };
    rt.spawn(connection);
    // The builder's defaults (protocol static, type unicast) would filter
    // the dump under strict checking: ask for any.
    let request = rtnetlink::RouteMessageBuilder::<Ipv4Addr>::new()
        .table_id(MAIN)
        .protocol(RouteProtocol::Unspec)
        .kind(RouteType::Unspec)
        .build();
    Box::new(move || {
        rt.block_on(async {
            let mut tally = Tally::default();
            let mut routes = handle.route().get(request.clone()).execute();
            while let Some(route) = routes.try_next().await.expect("rtnetlink dump") {
                let (mut dst, mut oif) = (None, None);
                for attr in &route.attributes {
                    match attr {
                        RouteAttribute::Destination(RouteAddress::Inet(a)) => dst = Some(IpAddr::V4(*a)),
                        RouteAttribute::Oif(i) => oif = Some(*i),
                        _ => {}
                    }
                }
                tally.add(dst, oif);
            }
            tally
        })
    })
}

/// pyroute2, timed inside Python around the dump and the field reads only,
/// through its `IPRoute` (the blocking API the issue names) and its
/// `AsyncIPRoute`. Prints `ok VERSION ROUTES CHECKSUM` and the medians in ns
/// per route of wall and CPU time, blocking then async, or `missing REASON`.
const PYROUTE2: &str = r#"
import asyncio, sys, time
try:
    import pyroute2
    from pyroute2 import AsyncIPRoute, IPRoute
except ImportError as e:
    print("missing", e)
    sys.exit(0)
from ipaddress import IPv4Address
from socket import AF_INET
ns, rounds = sys.argv[1], int(sys.argv[2])

def median_ns(samples, routes):
    samples.sort()
    return str(samples[len(samples) // 2] * 1e9 / routes)

def timed(samples, dump):
    wall, cpu = time.perf_counter(), time.process_time()
    got = dump()
    samples[0].append(time.perf_counter() - wall)
    samples[1].append(time.process_time() - cpu)
    return got

ipr = IPRoute(netns=ns, strict_check=True)
def dump():
    return [(r.get("dst"), r.get("oif")) for r in ipr.get_routes(family=AF_INET, table=254)]
dump()
samples = ([], [])
for _ in range(rounds):
    got = timed(samples, dump)
ipr.close()
sync_ns = [median_ns(s, len(got)) for s in samples]

async def async_rounds():
    async with AsyncIPRoute(netns=ns, strict_check=True) as aipr:
        async def dump():
            routes = await aipr.get_routes(family=AF_INET, table=254)
            return [(r.get("dst"), r.get("oif")) async for r in routes]
        first = await dump()
        samples = ([], [])
        for _ in range(rounds):
            wall, cpu = time.perf_counter(), time.process_time()
            got = await dump()
            samples[0].append(time.perf_counter() - wall)
            samples[1].append(time.process_time() - cpu)
        assert got == first
        return [median_ns(s, len(got)) for s in samples], got
async_ns, async_got = asyncio.run(async_rounds())
assert async_got == got

checksum = sum((int(IPv4Address(d)) if d else 0) + (o or 0) for d, o in got)
print("ok", pyroute2.__version__, len(got), checksum, *sync_ns, *async_ns)
"#;

/// What the pyroute2 script measured.
struct Pyroute2 {
    version: String,
    tally: Tally,
    blocking: PerRoute,
    asynchronous: PerRoute,
}

/// Runs the pyroute2 script; `None` (with the reason printed) if it cannot run.
fn pyroute2(ns: &str) -> Option<Pyroute2> {
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let out = match Command::new(&python).args(["-c", PYROUTE2, ns, &PY_ROUNDS.to_string()]).output() {
        Ok(out) => out,
        Err(e) => {
            println!("pyroute2 not installed: skipped ({python}: {e})");
            return None;
        }
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let words: Vec<&str> = text.split_whitespace().collect();
    let parsed = match words.as_slice() {
        ["ok", version, routes, checksum, figures @ ..] if figures.len() == 4 => (|| {
            let mut ns = figures.iter().map(|f| f.parse::<f64>().ok());
            let mut next = || ns.next().flatten();
            Some(Pyroute2 {
                version: version.to_string(),
                tally: Tally { routes: routes.parse().ok()?, checksum: checksum.parse().ok()? },
                blocking: PerRoute { wall: next()?, cpu: next()? },
                asynchronous: PerRoute { wall: next()?, cpu: next()? },
            })
        })(),
        ["missing", ..] => {
            println!(
                "pyroute2 not installed: skipped ({python}: {}); `pip install pyroute2==0.9.7`",
                text.trim()
            );
            return None;
        }
        _ => None,
    };
    if parsed.is_none() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        println!("pyroute2 failed: skipped ({python}: {} {})", text.trim(), stderr.trim());
    }
    parsed
}

/// Time per route of one dump, or the medians of several.
#[derive(Debug, Clone, Copy)]
struct PerRoute {
    wall: f64,
    cpu: f64,
}

/// CPU time of the process (user and system, every thread) in ns.
fn cpu_ns() -> u128 {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ProcessCPUTime);
    t.tv_sec as u128 * 1_000_000_000 + t.tv_nsec as u128
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    if !rustix::process::geteuid().is_root() {
        println!("SKIP (needs root): nlwire-std against rtnetlink and pyroute2");
        return;
    }
    let ns = Ns::create(format!("nlw-stdbench-{}", std::process::id()));
    let mut lines = String::from(
        "link add v0 type veth peer name v1\nlink set v0 up\nlink set v1 up\naddr add 10.0.0.1/8 dev v0\n",
    );
    for i in 0..ROUTES {
        // 10.64.0.0 upwards, inside v0's connected 10.0.0.0/8.
        lines += &format!("route add 10.{}.{}.{}/32 dev v0\n", 64 + (i >> 16), (i >> 8) & 0xff, i & 0xff);
    }
    ip_batch(&ns.0, &lines);

    let rt = tokio::runtime::Builder::new_current_thread().enable_io().build().expect("tokio runtime");
    let mut contenders: Vec<(&str, DumpOnce<'_>)> = vec![
        ("nlwire-std IPRoute::dump (lending)", iproute_lending(&ns.0, false)),
        ("nlwire-std ipr.route().dump (lending)", iproute_lending(&ns.0, true)),
        ("nlwire-std ipr.route().dump().collect_owned()", iproute_owned(&ns.0)),
        ("nlwire-std AsyncIPRoute::dump (lending)", async_lending(&ns.0, &rt, false)),
        ("nlwire-std async ipr.route().dump (lending)", async_lending(&ns.0, &rt, true)),
        ("nlwire-std AsyncIPRoute::dump_owned", async_owned(&ns.0, &rt)),
        ("rtnetlink 0.24 route().get().execute()", rtnetlink_stream(&ns.0, &rt)),
    ];

    // Warm-up round: buffers reach their size; every contender must see the
    // same routes and decode the same fields.
    let expected = contenders[0].1();
    for (name, dump) in &mut contenders {
        assert_eq!(dump(), expected, "{name} saw other routes");
    }
    let mut samples = vec![Vec::new(); contenders.len()];
    let mut most_allocs = vec![0usize; contenders.len()];
    for _ in 0..ROUNDS {
        for (i, (name, dump)) in contenders.iter_mut().enumerate() {
            let before = allocations();
            let (wall, cpu) = (Instant::now(), cpu_ns());
            let tally = dump();
            let per_route = PerRoute {
                wall: wall.elapsed().as_nanos() as f64 / tally.routes as f64,
                cpu: (cpu_ns() - cpu) as f64 / tally.routes as f64,
            };
            most_allocs[i] = most_allocs[i].max(allocations() - before);
            assert_eq!(tally, expected, "{name} saw other routes");
            samples[i].push(per_route);
        }
    }
    let medians: Vec<PerRoute> = samples
        .into_iter()
        .map(|s| PerRoute {
            wall: median(s.iter().map(|p| p.wall).collect()),
            cpu: median(s.iter().map(|p| p.cpu).collect()),
        })
        .collect();
    let lending = medians[0];

    println!(
        "dump {} routes (IPv4, table main), reading dst and oif; medians of {ROUNDS} rounds (pyroute2: {PY_ROUNDS})",
        expected.routes
    );
    println!(
        "  {:<46} {:>12} {:>12} {:>13} {:>20}",
        "", "wall ns/route", "CPU ns/route", "allocs/route", "x / lending"
    );
    let row = |name: &str, p: PerRoute, allocs: &str| {
        let ratio = format!("{:.1}x / {:.1}x", p.wall / lending.wall, p.cpu / lending.cpu);
        println!("  {name:<46} {:>12.0} {:>12.0} {allocs:>13} {ratio:>20}", p.wall, p.cpu);
    };
    for (i, (name, _)) in contenders.iter().enumerate() {
        row(name, medians[i], &format!("{:.4}", most_allocs[i] as f64 / expected.routes as f64));
    }
    if let Some(py) = pyroute2(&ns.0) {
        assert_eq!(py.tally, expected, "pyroute2 saw other routes");
        for (api, per_route) in [("IPRoute", py.blocking), ("AsyncIPRoute", py.asynchronous)] {
            row(&format!("pyroute2 {} {api}.get_routes()", py.version), per_route, "n/a");
        }
    }
    println!("  (x / lending: time per route over the lending dump's, wall / CPU)");
}
