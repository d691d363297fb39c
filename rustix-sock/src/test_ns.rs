//! Throwaway network namespaces for the unit tests that need a kernel:
//! made with [`netns::create`], deleted when dropped (also when the test
//! fails). The integration tests' `nlwire_tests::live` does the same for the
//! crates above this one; it cannot be used here, as it depends on this crate.

use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::{netns, Netns, Options, Protocol, Socket};

/// Whether the live test `test` can run: as root, yes. Otherwise it prints a
/// skip line and the test passes, unless `NLWIRE_REQUIRE_LIVE=1`, then it fails.
fn live(test: &str) -> bool {
    if rustix::process::geteuid().is_root() {
        return true;
    }
    assert!(
        std::env::var("NLWIRE_REQUIRE_LIVE").as_deref() != Ok("1"),
        "{test}: needs root, and NLWIRE_REQUIRE_LIVE=1 demands the live tests"
    );
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIP (needs root): {test}");
    false
}

/// A named namespace, deleted on drop.
pub(crate) struct TestNs {
    pub(crate) name: String,
}

impl TestNs {
    /// A fresh namespace for the live test `test`, or `None` (after a skip
    /// line) without root.
    ///
    /// ```ignore
    /// let Some(ns) = TestNs::for_test("my_test") else { return };
    /// ```
    pub(crate) fn for_test(test: &str) -> Option<TestNs> {
        live(test).then(TestNs::new)
    }

    /// A fresh namespace `nlw-unit-<pid>-<n>`: only `lo`, down.
    fn new() -> TestNs {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!("nlw-unit-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        netns::create(&name).unwrap_or_else(|e| panic!("create {name}: {e}"));
        TestNs { name }
    }

    /// A socket of `protocol` inside the namespace, with `options`.
    pub(crate) fn socket_with(&self, protocol: Protocol, options: &Options) -> Socket {
        Socket::open_in_netns(Netns::Name(&self.name), protocol, options).expect("socket in the namespace")
    }

    /// A `NETLINK_ROUTE` socket inside the namespace.
    pub(crate) fn socket(&self) -> Socket {
        self.socket_with(Protocol::Route, &Options::new())
    }

    /// What `ip -n NAME args...` prints; it must succeed.
    pub(crate) fn ip(&self, args: &[&str]) -> String {
        let out = Command::new("ip").arg("-n").arg(&self.name).args(args).output().expect("run ip");
        assert!(out.status.success(), "ip {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

impl Drop for TestNs {
    fn drop(&mut self) {
        if let Err(e) = netns::delete(&self.name) {
            eprintln!("cleanup: delete {}: {e}", self.name);
        }
    }
}
