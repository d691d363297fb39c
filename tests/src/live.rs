//! Live-kernel helpers: the root check, throwaway namespaces that are
//! always deleted, `ip -j` read back for comparison, and raw link dumps
//! built with the core builder.

use std::os::unix::fs::MetadataExt;
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use nlwire::build::{Builder, Header};
use nlwire::{msg_type, ErrorMessage, Messages, MsgFlags};
use nlwire_rustix::{netns, Error, Netns, Options, Protocol, Socket};

/// Whether the live test `name` can run: as root, yes. Otherwise it prints a
/// skip line and the test passes, unless NLWIRE_REQUIRE_LIVE=1, then it fails.
pub fn live(name: &str) -> bool {
    rustix::process::geteuid().is_root() || skip(name, "needs root")
}

/// Skips the test `name`, which lacks what `why` says: prints a skip line
/// and returns `false` (the test passes), unless NLWIRE_REQUIRE_LIVE=1, then
/// it fails.
pub fn skip(name: &str, why: &str) -> bool {
    if std::env::var("NLWIRE_REQUIRE_LIVE").as_deref() == Ok("1") {
        panic!("{name}: {why}, and NLWIRE_REQUIRE_LIVE=1 demands the live tests");
    }
    // Straight to stderr, past the test harness's capture, so that the skip
    // shows in a normal `cargo test` run.
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIP ({why}): {name}");
    false
}

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A unique namespace name for this test process: `nlw-test-<pid>-<n>`.
pub fn unique_name() -> String {
    format!("nlw-test-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A named namespace that is deleted when the guard drops, also when the
/// test fails.
pub struct TestNs {
    pub name: String,
}

impl TestNs {
    pub fn new() -> TestNs {
        let name = unique_name();
        netns::create(&name).unwrap_or_else(|e| panic!("create {name}: {e}"));
        TestNs { name }
    }

    /// A NETLINK_ROUTE socket inside the namespace.
    pub fn socket(&self) -> Socket {
        Socket::open_in_netns(Netns::Name(&self.name), Protocol::Route, &Options::new())
            .expect("socket in netns")
    }

    /// `ip -n NAME -j args...`, parsed.
    pub fn ip_json(&self, args: &[&str]) -> serde_json::Value {
        let out = Command::new("ip").arg("-n").arg(&self.name).arg("-j").args(args).output().expect("run ip");
        assert!(out.status.success(), "ip -j {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("ip -j {args:?}: {e}"))
    }

    /// The interface index of `name`, as `ip` reports it.
    pub fn ifindex(&self, name: &str) -> u32 {
        let links = self.ip_json(&["link", "show", "dev", name]);
        links[0]["ifindex"].as_u64().expect("ifindex") as u32
    }

    /// `ip -n NAME args...`, which must succeed.
    pub fn ip(&self, args: &[&str]) {
        let out = Command::new("ip").arg("-n").arg(&self.name).args(args).output().expect("run ip");
        assert!(
            out.status.success(),
            "ip -n {} {:?}: {}",
            self.name,
            args,
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// `ip -n NAME -batch FILE` with `lines`.
    pub fn ip_batch(&self, lines: &str) {
        let path = std::env::temp_dir().join(format!("{}.batch", self.name));
        std::fs::write(&path, lines).expect("write batch file");
        let out =
            Command::new("ip").arg("-n").arg(&self.name).arg("-batch").arg(&path).output().expect("run ip");
        let _ = std::fs::remove_file(&path);
        assert!(out.status.success(), "ip -batch: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// IPv6 off for the links made after: none joins a multicast group by
    /// itself, so a bridge's MDB holds only what a test put there.
    pub fn ipv6_off(&self) {
        let out = Command::new("ip")
            .args(["netns", "exec", &self.name, "sysctl", "-qw"])
            .args(["net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1"])
            .output()
            .expect("run sysctl");
        assert!(out.status.success(), "sysctl: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// `bridge -j -d mdb show`: the entries, one JSON line each, sorted,
    /// the timers of listed sources left out (they count down); and the
    /// router ports.
    pub fn bridge_mdb(&self) -> (Vec<String>, serde_json::Value) {
        let out = Command::new("bridge")
            .arg("-n")
            .arg(&self.name)
            .args(["-j", "-d", "mdb", "show"])
            .output()
            .expect("bridge");
        assert!(out.status.success(), "bridge mdb show: {}", String::from_utf8_lossy(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("bridge -j");
        let mut entries: Vec<String> = json[0]["mdb"]
            .as_array()
            .expect("an array of entries")
            .iter()
            .map(|e| {
                let mut e = e.clone();
                for source in e["source_list"].as_array_mut().into_iter().flatten() {
                    source.as_object_mut().expect("a source").remove("timer");
                }
                e.to_string()
            })
            .collect();
        entries.sort();
        (entries, json[0]["router"].clone())
    }

    /// The link names `ip -n NAME -o link show` prints.
    pub fn ip_link_names(&self) -> Vec<String> {
        let out =
            Command::new("ip").arg("-n").arg(&self.name).args(["-o", "link", "show"]).output().expect("ip");
        assert!(out.status.success());
        let mut names: Vec<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.split(": ").nth(1))
            .map(|n| n.split('@').next().unwrap_or(n).to_string())
            .collect();
        names.sort();
        names
    }
}

/// For a link monitor whose receive buffer is small (1 KiB): `stale0` is
/// created (its event queued), a flood of veth pairs overflows the buffer,
/// and `stale0`'s deletion is lost with the rest of the flood.
pub fn queue_stale0_then_lose_its_deletion(ns: &TestNs) {
    ns.ip(&["link", "add", "stale0", "type", "ifb"]);
    let flood: String = (0..100).map(|i| format!("link add o{i} type veth peer name p{i}\n")).collect();
    ns.ip_batch(&flood);
    ns.ip(&["link", "del", "stale0"]);
}

/// A namespace with lo and the veth pair v0/v1, all up.
pub fn veth_ns() -> TestNs {
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    for dev in ["lo", "v0", "v1"] {
        ns.ip(&["link", "set", dev, "up"]);
    }
    ns
}

impl Default for TestNs {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TestNs {
    fn drop(&mut self) {
        if let Err(e) = netns::delete(&self.name) {
            eprintln!("cleanup: delete {}: {e}", self.name);
        }
    }
}

/// The inode of the calling thread's network namespace.
pub fn thread_netns_ino() -> u64 {
    std::fs::metadata("/proc/thread-self/ns/net").expect("stat /proc/thread-self/ns/net").ino()
}

/// The names `ip netns list` prints (the first word of each line).
pub fn ip_netns_list() -> Vec<String> {
    let out = Command::new("ip").args(["netns", "list"]).output().expect("run ip netns list");
    assert!(out.status.success());
    let mut names: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect();
    names.sort();
    names
}

/// The names `netns::list` reports.
pub fn our_netns_list() -> Vec<String> {
    let mut buf = [std::mem::MaybeUninit::uninit(); 1024];
    let mut it = netns::list(&mut buf).expect("list");
    let mut names = Vec::new();
    while let Some(name) = it.next() {
        names.push(name.expect("name").to_string());
    }
    names.sort();
    names
}

/// An RTM_GETLINK dump request for all links: header (REQUEST | DUMP) and a
/// zero `struct ifinfomsg`.
pub fn getlink_dump(seq: u32) -> Vec<u8> {
    let mut buf = [0u8; 64];
    let mut b = Builder::new(&mut buf);
    b.message(Header::new(msg_type::RTM_GETLINK, MsgFlags::REQUEST | MsgFlags::DUMP, seq), |m| {
        m.family_header(&[0u8; 16])
    })
    .expect("build request");
    b.as_bytes().to_vec()
}

/// `IFLA_IFNAME`.
const IFLA_IFNAME: u16 = 3;

/// Link name of an RTM_NEWLINK message.
pub fn link_name(msg: &nlwire::Message<'_>) -> String {
    let attr = msg.attrs_after(16).find(IFLA_IFNAME).expect("attrs").expect("IFLA_IFNAME");
    attr.str().expect("name").to_string()
}

/// Receives the replies of the dump with `seq` until NLMSG_DONE and returns
/// the link names, sorted. Multicast datagrams (events) are skipped.
pub fn collect_links(sock: &Socket, seq: u32) -> Vec<String> {
    let mut buf = vec![0u8; 32 * 1024];
    let mut names = Vec::new();
    loop {
        let got = sock.recv(&mut buf).unwrap_or_else(|e| panic!("recv: {e}"));
        if got.groups != 0 {
            continue;
        }
        for msg in Messages::new(&buf[..got.len]) {
            let msg = msg.expect("message");
            if msg.seq() != seq || msg.port() != sock.port_id() {
                continue;
            }
            match msg.kind() {
                msg_type::DONE => {
                    names.sort();
                    return names;
                }
                msg_type::ERROR => {
                    panic!("dump failed: errno {}", ErrorMessage::parse(&msg).expect("error").errno())
                }
                msg_type::RTM_NEWLINK => names.push(link_name(&msg)),
                other => panic!("unexpected message type {other}"),
            }
        }
    }
}

/// Sends a link dump and returns the link names.
pub fn dump_links(sock: &Socket, seq: u32) -> Vec<String> {
    sock.send(&getlink_dump(seq)).expect("send");
    collect_links(sock, seq)
}

/// Asserts that `r` failed with `want`.
pub fn assert_err<T: std::fmt::Debug>(r: Result<T, Error>, want: Error) {
    match r {
        Err(e) => assert_eq!(e, want),
        Ok(v) => panic!("expected {want:?}, got Ok({v:?})"),
    }
}
