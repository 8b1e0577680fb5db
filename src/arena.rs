//! The wasm build's allocator: a bump arena that starts over whenever nothing is allocated.
//!
//! Why: every call from JavaScript allocates a few dozen short-lived blocks (the parsed members,
//! the normalised text, issues) and frees all of them before it returns, the result string last,
//! once the glue has read it. A general allocator (dlmalloc, Rust's default for wasm) spends
//! 100–200 instructions per malloc/free pair on bins it never needs here, and 7 KB of code. A bump
//! pointer costs a few instructions, grows the last block in place (a `String` or `Vec` that keeps
//! growing does not copy), and returns to the start when the live count drops to zero, so memory
//! never grows past the largest single call.
//!
//! The one condition: no allocation may outlive the call that made it (no lazily built statics on
//! the heap), or the arena would never start over. The core has none (the time-zone tables are
//! static; `suggest`'s city table lives in a static array), and `tests/js/memory.test.mjs`
//! checks that wasm memory stays flat across every entry point.
//!
//! wasm is single-threaded here (no atomics), which is what makes the `Sync` below sound.

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32::{memory_grow, memory_size};
use core::cell::Cell;

const PAGE: usize = 65536;

pub struct Arena {
    /// Start of the arena: the end of memory when the first block was asked for.
    base: Cell<usize>,
    /// Where the next block goes.
    next: Cell<usize>,
    /// End of the memory the arena may use (grown page by page).
    end: Cell<usize>,
    /// Blocks allocated and not yet freed.
    live: Cell<usize>,
}

// SAFETY: the wasm32-unknown-unknown target this module is compiled for runs one thread.
unsafe impl Sync for Arena {}

impl Arena {
    pub const fn new() -> Self {
        Arena {
            base: Cell::new(0),
            next: Cell::new(0),
            end: Cell::new(0),
            live: Cell::new(0),
        }
    }

    /// On the first allocation: the arena begins where memory ends (above the stack and data).
    fn start(&self) {
        if self.end.get() == 0 {
            let top = memory_size(0)
                .checked_mul(PAGE)
                .unwrap_or(usize::MAX - PAGE);
            self.base.set(top);
            self.next.set(top);
            self.end.set(top);
        }
    }

    /// Makes `[start, start + size)` usable, growing memory if needed.
    fn reserve(&self, start: usize, size: usize) -> bool {
        let Some(want) = start.checked_add(size) else {
            return false;
        };
        if want <= self.end.get() {
            return true;
        }
        let pages = (want - self.end.get()).div_ceil(PAGE);
        if memory_grow(0, pages) == usize::MAX {
            return false;
        }
        self.end.set(self.end.get() + pages * PAGE);
        true
    }

    fn bump(&self, layout: Layout) -> *mut u8 {
        self.start();
        let align = layout.align();
        let Some(start) = self
            .next
            .get()
            .checked_add(align - 1)
            .map(|n| n & !(align - 1))
        else {
            return core::ptr::null_mut();
        };
        if !self.reserve(start, layout.size()) {
            return core::ptr::null_mut();
        }
        self.next.set(start + layout.size());
        self.live.set(self.live.get() + 1);
        start as *mut u8
    }
}

unsafe impl GlobalAlloc for Arena {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.bump(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let live = self.live.get().saturating_sub(1);
        self.live.set(live);
        if live == 0 {
            self.next.set(self.base.get());
        } else if ptr as usize + layout.size() == self.next.get() {
            // The last block: take its space back (stack-like use is common).
            self.next.set(ptr as usize);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let start = ptr as usize;
        if start + layout.size() == self.next.get() && self.reserve(start, new_size) {
            // The last block grows (or shrinks) where it is.
            self.next.set(start + new_size);
            return ptr;
        }
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return core::ptr::null_mut();
        };
        let new = self.bump(new_layout);
        if !new.is_null() {
            // SAFETY: both blocks are valid for the smaller size and do not overlap (the new
            // one starts at or after the old one's end).
            unsafe { core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size)) };
            // SAFETY: `ptr` was allocated by this allocator with `layout`.
            unsafe { self.dealloc(ptr, layout) };
        }
        new
    }
}
