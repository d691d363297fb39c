//! A global allocator that counts each thread's allocations, for tests that
//! assert an exact count: the test harness's own threads are not counted.
//! It also keeps the bytes allocated and not yet freed by the whole process,
//! for tests that look for growth over a long run.
//!
//! ```ignore
//! #[global_allocator]
//! static GLOBAL: nlwire_tests::alloc_count::CountingAlloc = nlwire_tests::alloc_count::CountingAlloc;
//! let before = nlwire_tests::alloc_count::allocations();
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Forwards to the system allocator, counting calls per thread.
pub struct CountingAlloc;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// Heap bytes allocated and not freed, by every thread.
static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Allocations made so far by the calling thread.
pub fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

/// Heap bytes the whole process holds now (allocated, not yet freed).
pub fn live_bytes() -> usize {
    LIVE_BYTES.load(Ordering::Relaxed)
}

// SAFETY: forwards to the system allocator, only counting.
#[allow(unsafe_code)] // a global allocator is an `unsafe impl`
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}
