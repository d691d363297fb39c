//! For unit tests: what iproute2 itself prints of messages built by hand,
//! read back by its `monitor file` (`ip`, `tc` and `bridge` all take one),
//! to compare nlw's printers with, for what this kernel cannot hold.

use std::sync::atomic::{AtomicU32, Ordering};

/// What `program OPTIONS monitor file` prints of `msgs` (netlink messages,
/// headers included); `None` without `program`: the test is skipped, or
/// fails under `NLWIRE_REQUIRE_LIVE=1`.
pub fn monitor_file(program: &str, options: &[&str], msgs: &[u8]) -> Option<String> {
    static FILES: AtomicU32 = AtomicU32::new(0);
    let n = FILES.fetch_add(1, Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("nlw-{program}-{}-{n}.rtmon", std::process::id()));
    std::fs::write(&path, msgs).unwrap();
    let out = std::process::Command::new(program).args(options).args(["monitor", "file"]).arg(&path).output();
    let _ = std::fs::remove_file(&path);
    let Ok(out) = out else {
        nlwire_tests::live::skip(program, "no program to compare with");
        return None;
    };
    assert!(out.status.success(), "{program} monitor file: {}", String::from_utf8_lossy(&out.stderr));
    Some(String::from_utf8(out.stdout).unwrap())
}
