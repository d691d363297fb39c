//! The seed examples beside pyroute2: each `std-adapter/examples/seed_*.rs`
//! and the same program written with pyroute2 (`tests/pyroute2/seed_*.py`)
//! run against namespaces in the same state; their outputs must be equal
//! line for line, and the message printed whole equal value for value.
//!
//! Needs root and pyroute2 (`pip install pyroute2`, as `.ci/run` does);
//! without either each test prints a SKIP line, and fails under
//! `NLWIRE_REQUIRE_LIVE=1`. The examples are built once, by the cargo that
//! runs the tests.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use nlwire_tests::live::{live, skip, TestNs};
use serde_json::Value as Json;

/// The state the examples read, in `ip -batch` form: `lo` and `veth0` up
/// (`veth0` without carrier, so that nothing sends and no counter moves),
/// addresses in documentation ranges, and a source-mode macvlan allowing
/// three source MACs.
const STATE: &str = "\
link set lo up
link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
link set veth0 up
address add 192.0.2.1/24 dev veth0
address add 2001:db8::1/64 dev veth0 nodad
address add 198.51.100.1/24 dev veth1
link add mv0 link veth1 address 02:00:00:00:00:03 type macvlan mode source
link set mv0 type macvlan macaddr add 02:00:00:00:01:01
link set mv0 type macvlan macaddr add 02:00:00:00:01:02
link set mv0 type macvlan macaddr add 02:00:00:00:01:03
";

/// Whether the test `name` can run: as root, with pyroute2 importable.
fn ready(name: &str) -> bool {
    if !live(name) {
        return false;
    }
    let imported = Command::new("python3").args(["-c", "import pyroute2"]).output();
    matches!(imported, Ok(out) if out.status.success())
        || skip(name, "needs pyroute2 for python3: pip install pyroute2")
}

/// A throwaway namespace in [`STATE`].
fn prepared() -> TestNs {
    let ns = TestNs::new();
    ns.ip_batch(STATE);
    ns
}

/// The built examples by name, built on first use with the cargo running
/// the tests. Built for the whole workspace, as `cargo test --workspace`
/// builds them (the same features), so that after it this is a no-op.
fn examples() -> &'static HashMap<String, PathBuf> {
    static BUILT: OnceLock<HashMap<String, PathBuf>> = OnceLock::new();
    BUILT.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let out = Command::new(cargo)
            .args(["build", "-q", "--workspace", "--examples", "--message-format=json"])
            .output()
            .expect("run cargo");
        assert!(out.status.success(), "building the examples: {}", String::from_utf8_lossy(&out.stderr));
        let artifacts = String::from_utf8_lossy(&out.stdout);
        artifacts
            .lines()
            .filter_map(|line| serde_json::from_str::<Json>(line).ok())
            .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["kind"][0] == "example")
            .filter_map(|m| {
                let name = m["target"]["name"].as_str()?.to_owned();
                Some((name, PathBuf::from(m["executable"].as_str()?)))
            })
            .collect()
    })
}

/// What `program` printed; it must succeed.
fn output(program: &mut Command) -> String {
    let out = program.output().unwrap_or_else(|e| panic!("run {program:?}: {e}"));
    assert!(out.status.success(), "{program:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The example `name` of nlwire-std, run on the namespace `ns`.
fn nlwire(name: &str, ns: &str) -> String {
    let binary = examples().get(name).unwrap_or_else(|| panic!("no example {name} was built"));
    output(Command::new(binary).arg(ns))
}

/// The pyroute2 program `tests/pyroute2/NAME.py`, run on the namespace `ns`.
fn pyroute2(name: &str, ns: &str) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("pyroute2").join(format!("{name}.py"));
    output(Command::new("python3").arg(script).arg(ns))
}

/// Runs the example `name` on `ours` and the pyroute2 program on `theirs`
/// and requires the same lines; returns them.
fn same_lines(name: &str, ours: &TestNs, theirs: &TestNs) -> Vec<String> {
    let ours = nlwire(name, &ours.name);
    let theirs = pyroute2(name, &theirs.name);
    assert!(!theirs.trim().is_empty(), "{name}: pyroute2 printed nothing");
    let lines = |text: &str| text.lines().map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(lines(&ours), lines(&theirs), "{name}: nlwire-std (left) and pyroute2 (right) differ");
    lines(&ours)
}

/// Runs the example `name` (one that changes nothing) and its pyroute2
/// twin on one namespace in [`STATE`] and requires the same lines; `None`
/// when the test is skipped.
fn read_only(name: &str) -> Option<(TestNs, Vec<String>)> {
    if !ready(name) {
        return None;
    }
    let ns = prepared();
    let lines = same_lines(name, &ns, &ns);
    Some((ns, lines))
}

#[test]
fn async_link_add_and_lazy_dump() {
    if !ready("seed_async_link") {
        return;
    }
    // The example adds a link: each program gets a namespace of its own.
    let lines = same_lines("seed_async_link", &prepared(), &prepared());
    assert!(lines.contains(&"ifname=test0".to_owned()), "{lines:?}");
}

#[test]
fn addr_dump() {
    let Some((_, lines)) = read_only("seed_addr_dump") else { return };
    assert!(lines.contains(&"address=2001:db8::1/64".to_owned()), "{lines:?}");
}

#[test]
fn link_lookup_by_name_and_predicate() {
    let Some((ns, lines)) = read_only("seed_link_lookup") else { return };
    assert_eq!(lines[0], format!("veth0={}", ns.ifindex("veth0")));
}

#[test]
fn netns_argument_and_status() {
    let Some((ns, lines)) = read_only("seed_netns_status") else { return };
    assert_eq!(lines[0], format!("netns={}", ns.name));
}

#[test]
fn netns_class() {
    let Some((ns, lines)) = read_only("seed_netns_class") else { return };
    assert_eq!(lines[0], format!("netns={}", ns.name));
}

#[test]
fn nlmsg_error_with_kernel_text() {
    let Some((_, lines)) = read_only("seed_nlmsg_error") else { return };
    assert!(lines.iter().any(|l| l.starts_with("mtu_10.message=") && l.len() > "mtu_10.message=".len()));
}

#[test]
fn link_get_field_nla_nested() {
    let Some((_, lines)) = read_only("seed_link_get") else { return };
    assert!(lines.contains(&"veth0.address=02:00:00:00:00:01".to_owned()), "{lines:?}");
}

#[test]
fn macvlan_repeated_macaddr() {
    let Some((_, lines)) = read_only("seed_macvlan_macaddr") else { return };
    assert_eq!(lines.iter().filter(|l| l.starts_with("macaddr_data.macaddr=")).count(), 3, "{lines:?}");
}

/// A message's leaves: (path, value) in order, repeated names kept.
type Leaves = Vec<(String, Json)>;

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}/{name}")
    }
}

/// `[name, value]`, an attribute in both programs' JSON.
fn is_pair(item: &Json) -> bool {
    matches!(item, Json::Array(pair) if pair.len() == 2 && pair[0].is_string())
}

/// nlwire's JSON (`nlwire::fmt::write_json`): the message type at the top,
/// the family header under `header`, the attributes as `[name, value]`
/// pairs under `attrs`; a nest is a list of pairs, a struct an object.
fn nlwire_leaves(msg: &Json) -> Leaves {
    fn walk(value: &Json, path: &str, out: &mut Leaves) {
        match value {
            Json::Array(items) if !items.is_empty() && items.iter().all(is_pair) => {
                for item in items {
                    walk(&item[1], &join(path, item[0].as_str().unwrap_or_default()), out);
                }
            }
            Json::Object(fields) => {
                fields.iter().for_each(|(name, field)| walk(field, &join(path, name), out))
            }
            leaf => out.push((path.to_owned(), leaf.clone())),
        }
    }
    let mut out = vec![("type".to_owned(), msg["type"].clone())];
    walk(&msg["header"], "ifinfomsg", &mut out);
    walk(&msg["attrs"], "", &mut out);
    out
}

/// pyroute2's `msg.dump()` as JSON: the family header's fields and
/// pyroute2's own keys (`event`, `state`, `header` for the netlink header)
/// at the top, the attributes as `[name, value]` pairs under `attrs`; a nest
/// is an object with `attrs`, a struct an object of fields.
fn pyroute2_leaves(msg: &Json) -> Leaves {
    fn walk(value: &Json, path: &str, out: &mut Leaves) {
        match value {
            Json::Object(nest) if nest.get("attrs").is_some_and(Json::is_array) => {
                for item in nest["attrs"].as_array().into_iter().flatten().filter(|i| is_pair(i)) {
                    walk(&item[1], &join(path, item[0].as_str().unwrap_or_default()), out);
                }
            }
            Json::Object(fields) => {
                fields.iter().for_each(|(name, field)| walk(field, &join(path, name), out))
            }
            leaf => out.push((path.to_owned(), leaf.clone())),
        }
    }
    let mut out = vec![("type".to_owned(), msg["event"].clone())];
    for (key, value) in msg.as_object().into_iter().flatten() {
        match key.as_str() {
            "attrs" => walk(msg, "", &mut out),
            // pyroute2's own: the netlink header of its socket, the state it
            // derives from the flags, padding.
            "event" | "header" | "state" | "__align" => {}
            field => out.push((format!("ifinfomsg/{field}"), value.clone())),
        }
    }
    out
}

/// Leaves pyroute2 gives that nlwire cannot be compared on, and why.
const PYROUTE2_ONLY: &[(&str, &str)] = &[
    ("UNKNOWN/", "attributes pyroute2 has no name for (nlwire names them all)"),
    ("IFLA_AF_SPEC/AF_INET/dummy", "pyroute2 reads the IFLA_INET_CONF attribute header as a field"),
    ("IFLA_XDP/IFLA_XDP_ATTACHED", "pyroute2 gives None; nlwire the kernel's 0 (XDP_ATTACHED_NONE)"),
    ("IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CACHEINFO/reachable_time", "the kernel draws it anew over time"),
    (
        "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_STATS/",
        "pyroute2 names the counters in the order of kernels before 6.3 (its `outforwdatagrams` is \
         the kernel's InNoECTPkts, as /proc/net/dev_snmp6 shows)",
    ),
];

/// pyroute2's names where the kernel's spec names the same thing otherwise
/// (prefixes of paths, longest first where they overlap).
const RENAMED: &[(&str, &str)] = &[
    ("ifinfomsg/ifi_type", "ifinfomsg/type"),
    // pyroute2 reads the IPv4 devconf array in place of its IFLA_INET_CONF nest.
    ("IFLA_AF_SPEC/AF_INET/", "IFLA_AF_SPEC/AF_INET/IFLA_INET_CONF/"),
    ("IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/hop_limit", "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/hoplimit"),
    ("IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/mtu", "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/mtu6"),
    (
        "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/router_solicitations",
        "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/rtr_solicits",
    ),
    (
        "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/router_solicitation_interval",
        "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/rtr_solicit_interval",
    ),
    (
        "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/router_solicitation_delay",
        "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/rtr_solicit_delay",
    ),
    (
        "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/router_probe_interval",
        "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/rtr_probe_interval",
    ),
    (
        "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/temp_preferred_lft",
        "IFLA_AF_SPEC/AF_INET6/IFLA_INET6_CONF/temp_prefered_lft",
    ),
];

/// The nlwire path of a pyroute2 path.
fn renamed(path: &str) -> String {
    for (theirs, ours) in RENAMED {
        if let Some(rest) = path.strip_prefix(theirs) {
            if theirs.ends_with('/') || rest.is_empty() {
                return format!("{ours}{rest}");
            }
        }
    }
    path.to_owned()
}

/// `IFF_*` bits (include/uapi/linux/if.h), as nlwire names them.
const IFF: &[(u64, &str)] = &[
    (0x1, "UP"),
    (0x2, "BROADCAST"),
    (0x4, "DEBUG"),
    (0x8, "LOOPBACK"),
    (0x10, "POINTOPOINT"),
    (0x20, "NOTRAILERS"),
    (0x40, "RUNNING"),
    (0x80, "NOARP"),
    (0x100, "PROMISC"),
    (0x200, "ALLMULTI"),
    (0x400, "MASTER"),
    (0x800, "SLAVE"),
    (0x1000, "MULTICAST"),
    (0x2000, "PORTSEL"),
    (0x4000, "AUTOMEDIA"),
    (0x8000, "DYNAMIC"),
    (0x10000, "LOWER_UP"),
    (0x20000, "DORMANT"),
    (0x40000, "ECHO"),
];

/// Whether pyroute2's value at `path` is nlwire's: the same JSON, or a
/// number pyroute2 leaves raw where nlwire gives its name (numbers from the
/// kernel's UAPI headers).
fn same_value(path: &str, theirs: &Json, ours: &Json) -> bool {
    if theirs == ours {
        return true;
    }
    let Some(n) = theirs.as_u64() else { return false };
    match path {
        "ifinfomsg/flags" => {
            // nlwire lists them in `ip`'s order: compared as sets.
            let mut names: Vec<&str> = IFF.iter().filter(|(bit, _)| n & bit != 0).map(|(_, s)| *s).collect();
            let mut listed: Vec<&str> =
                ours.as_array().into_iter().flatten().filter_map(Json::as_str).collect();
            names.sort_unstable();
            listed.sort_unstable();
            names == listed
        }
        // ARPHRD_ETHER, ARPHRD_LOOPBACK (include/uapi/linux/if_arp.h).
        "ifinfomsg/type" => matches!((n, ours.as_str()), (1, Some("ether")) | (772, Some("loopback"))),
        // IF_LINK_MODE_* (include/uapi/linux/if_link.h).
        "IFLA_LINKMODE" => {
            matches!((n, ours.as_str()), (0, Some("DEFAULT")) | (1, Some("DORMANT")) | (2, Some("TESTING")))
        }
        _ => false,
    }
}

/// Sends a few datagrams over `lo` in `ns` (to itself), so that its
/// counters are not all zero.
fn loopback_traffic(ns: &TestNs) {
    const SEND: &str = "\
import socket
for family, host in ((socket.AF_INET, '127.0.0.1'), (socket.AF_INET6, '::1')):
    sink = socket.socket(family, socket.SOCK_DGRAM)
    sink.bind((host, 0))
    for size in (10, 100, 1000):
        socket.socket(family, socket.SOCK_DGRAM).sendto(b'x' * size, sink.getsockname())
";
    output(Command::new("ip").args(["netns", "exec", &ns.name, "python3", "-c", SEND]));
}

#[test]
fn message_printed_whole() {
    if !ready("seed_print_message") {
        return;
    }
    let ns = prepared();
    loopback_traffic(&ns);
    let parse = |text: String| serde_json::from_str::<Json>(&text).expect("one JSON message");
    let ours = nlwire_leaves(&parse(nlwire("seed_print_message", &ns.name)));
    let theirs = pyroute2_leaves(&parse(pyroute2("seed_print_message", &ns.name)));

    let mut by_path: HashMap<&str, Vec<&Json>> = HashMap::new();
    for (path, value) in &ours {
        by_path.entry(path).or_default().push(value);
    }
    let mut compared = 0;
    let mut differences = Vec::new();
    for (path, theirs) in &theirs {
        if PYROUTE2_ONLY.iter().any(|(skipped, _)| path.starts_with(skipped)) {
            continue;
        }
        let path = renamed(path);
        // Repeated names (none in a link message) compare in order.
        let ours =
            by_path.get_mut(path.as_str()).and_then(|values| (!values.is_empty()).then(|| values.remove(0)));
        match ours {
            Some(ours) if same_value(&path, theirs, ours) => compared += 1,
            Some(ours) => differences.push(format!("{path}: pyroute2 {theirs}, nlwire {ours}")),
            None => differences.push(format!("{path}: pyroute2 {theirs}, nlwire has none")),
        }
    }
    assert!(differences.is_empty(), "values differ:\n{}", differences.join("\n"));
    // lo's message carries well over a hundred values (stats, devconf, ...),
    // its counters moved by the traffic above.
    assert!(compared > 100, "only {compared} values compared");
    let received =
        ours.iter().find(|(path, _)| path == "IFLA_STATS64/rx_packets").and_then(|(_, v)| v.as_u64());
    assert!(received >= Some(6), "lo received {received:?} packets");
}
