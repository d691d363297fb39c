//! Shared helpers of the integration tests: fixture loading and the
//! JSON that iproute2 printed for the same namespace.

use std::path::{Path, PathBuf};

pub mod alloc_count;
pub mod live;
pub mod wire;

/// The README's examples, compiled (and those not marked `no_run` run) as
/// doctests, so that what it shows stays true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeExamples;

/// Directory of the recorded kernel replies.
pub fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/kernel-6.18")
}

/// The bytes of one fixture file.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = fixture_dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Every `*.bin` fixture except the framed monitor capture, by name.
pub fn dump_fixtures() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(fixture_dir())
        .expect("fixture dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".bin") && n != "monitor_events.bin")
        .map(|n| {
            let b = fixture(&n);
            (n, b)
        })
        .collect();
    out.sort();
    out
}

/// The datagrams of `monitor_events.bin`, framed as u32 little-endian length + datagram.
pub fn monitor_datagrams() -> Vec<Vec<u8>> {
    frames("monitor_events.bin", &fixture("monitor_events.bin"))
}

/// Datagrams framed as a u32 little-endian length before each.
fn frames(name: &str, bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = bytes;
    while rest.len() >= 4 {
        let len = u32::from_le_bytes(rest[..4].try_into().unwrap()) as usize;
        out.push(rest[4..4 + len].to_vec());
        rest = &rest[4 + len..];
    }
    assert!(rest.is_empty(), "trailing bytes in {name}");
    out
}

/// The directories of real kernel replies: ours, and the shared corpus
/// beside the workspace (absent on some machines: check `is_dir`).
pub fn reply_dirs() -> [PathBuf; 2] {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    [root.join("tests/fixtures/kernel-6.18"), root.join("../shared/corpus/kernel-6.18")]
}

/// Every `*.bin` file of `dir`, sorted by name, as its datagrams: the
/// monitor capture is framed, a dump file is one buffer.
pub fn datagrams_of(dir: &Path) -> Vec<(String, Vec<Vec<u8>>)> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".bin"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let bytes = std::fs::read(dir.join(&n)).unwrap_or_else(|e| panic!("{n}: {e}"));
            let datagrams = if n == "monitor_events.bin" { frames(&n, &bytes) } else { vec![bytes] };
            (n, datagrams)
        })
        .collect()
}

/// What `ip -j` printed, parsed.
pub fn ip_json(name: &str) -> serde_json::Value {
    serde_json::from_slice(&fixture(name)).expect("valid JSON")
}
