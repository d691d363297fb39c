//! Shared pieces of the benchmarks: a timing loop that reports the median,
//! an allocation counter, and the live benchmarks' namespace.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// A global allocator that counts allocations; install it in each bench
/// binary with `#[global_allocator]`.
pub struct CountingAlloc;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged, only counting calls.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// Allocations counted so far.
pub fn allocations() -> usize {
    ALLOCATIONS.load(Ordering::Relaxed)
}

/// Result of one measured case.
#[derive(Debug, Clone, Copy)]
pub struct Measure {
    /// Median nanoseconds per item over the rounds.
    pub ns_per_item: f64,
    /// Allocations per item (exact, from one extra run).
    pub allocs_per_item: f64,
}

/// Runs `f` (which processes `items` items and returns a checksum) for
/// `rounds` rounds of enough iterations to last ~50 ms each, and reports the
/// median time per item and the allocations per item.
pub fn measure<F: FnMut() -> u64>(items: usize, rounds: usize, mut f: F) -> Measure {
    // Calibrate: iterations for ~50 ms.
    let start = Instant::now();
    let mut iters = 0u64;
    while start.elapsed().as_millis() < 50 {
        std::hint::black_box(f());
        iters += 1;
    }
    let mut samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..iters {
                std::hint::black_box(f());
            }
            t.elapsed().as_nanos() as f64 / (iters as f64 * items as f64)
        })
        .collect();
    samples.sort_by(|a, b| a.total_cmp(b));
    let before = allocations();
    std::hint::black_box(f());
    let allocs = allocations() - before;
    Measure { ns_per_item: samples[samples.len() / 2], allocs_per_item: allocs as f64 / items as f64 }
}

/// The recorded kernel replies (`tests/fixtures/kernel-6.18`).
pub const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/kernel-6.18/");

/// The messages of type `kind` in a fixture, each whole (netlink header
/// included).
pub fn payloads(file: &str, kind: u16) -> Vec<Vec<u8>> {
    let bytes = std::fs::read(format!("{FIXTURES}{file}")).expect("fixture");
    nlwire::Messages::new(&bytes)
        .map(|m| m.expect("fixture parses"))
        .filter(|m| m.kind() == kind)
        .map(|m| m.bytes().to_vec())
        .collect()
}

/// Prints the rows of one comparison: median ns/message, allocations per
/// message, and the ratio to the first row (nlwire).
pub fn report(what: &str, rows: &[(&str, Measure)]) {
    let base = rows[0].1.ns_per_item;
    println!("\n{what}: ns/message (median), allocations/message, ratio to nlwire");
    for (name, m) in rows {
        println!(
            "  {name:<24} {:>9.1} ns  {:>6.1} allocs  {:>6.2}x",
            m.ns_per_item,
            m.allocs_per_item,
            m.ns_per_item / base
        );
    }
}

/// A network namespace for a live benchmark, deleted on drop.
pub struct Ns(pub String);

impl Ns {
    /// Creates `name`.
    pub fn create(name: String) -> Ns {
        nlwire_rustix::netns::create(&name).expect("create netns");
        Ns(name)
    }
}

impl Drop for Ns {
    fn drop(&mut self) {
        let _ = nlwire_rustix::netns::delete(&self.0);
    }
}

/// `ip -n NS -batch -` with `lines`, which must succeed.
pub fn ip_batch(ns: &str, lines: &str) {
    use std::io::Write;
    let mut child = std::process::Command::new("ip")
        .args(["-n", ns, "-batch", "-"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("run ip -batch");
    child.stdin.take().expect("ip's stdin").write_all(lines.as_bytes()).expect("write to ip -batch");
    assert!(child.wait().expect("wait for ip").success(), "ip -batch failed");
}
