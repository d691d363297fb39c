//! A global allocator that counts each thread's allocations, for tests that
//! assert an exact count: the test harness's own threads are not counted.
//!
//! ```ignore
//! #[global_allocator]
//! static GLOBAL: nlwire_tests::alloc_count::CountingAlloc = nlwire_tests::alloc_count::CountingAlloc;
//! let before = nlwire_tests::alloc_count::allocations();
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Forwards to the system allocator, counting calls per thread.
pub struct CountingAlloc;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// Allocations made so far by the calling thread.
pub fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

// SAFETY: forwards to the system allocator, only counting.
#[allow(unsafe_code)] // a global allocator is an `unsafe impl`
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}
