//! Live-kernel helpers: the root check, throwaway namespaces that are
//! always deleted, and `ip -j` read back for comparison.

use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use nlwire_rustix::{netns, Netns, Options, Protocol, Socket};

/// Whether the live test `name` can run: as root, yes. Otherwise it prints a
/// skip line and the test passes, unless `NLWIRE_REQUIRE_LIVE=1`, then it fails.
pub fn live(name: &str) -> bool {
    if rustix::process::geteuid().is_root() {
        return true;
    }
    if std::env::var("NLWIRE_REQUIRE_LIVE").as_deref() == Ok("1") {
        panic!("{name}: needs root, and NLWIRE_REQUIRE_LIVE=1 demands the live tests");
    }
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIP (needs root): {name}");
    false
}

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A named namespace, deleted when the guard drops (on failure too).
pub struct TestNs {
    /// Its name under /run/netns.
    pub name: String,
}

impl TestNs {
    /// Creates `nlw-test-<pid>-<n>`.
    pub fn new() -> TestNs {
        let name = format!("nlw-test-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        netns::create(&name).unwrap_or_else(|e| panic!("create {name}: {e}"));
        TestNs { name }
    }

    /// A NETLINK_ROUTE socket inside the namespace.
    pub fn socket(&self) -> Socket {
        Socket::open_in_netns(Netns::Name(&self.name), Protocol::Route, &Options::new())
            .expect("socket in netns")
    }

    /// `ip -n NAME args...`, which must succeed.
    pub fn ip(&self, args: &[&str]) {
        let out = Command::new("ip").arg("-n").arg(&self.name).args(args).output().expect("run ip");
        assert!(out.status.success(), "ip {args:?}: {}", String::from_utf8_lossy(&out.stderr));
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
