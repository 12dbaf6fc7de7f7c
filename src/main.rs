//! Portico's command line: serve (default), emulator, migrate.

#[cfg(feature = "ssr")]
mod cli;

// Password hashing briefly takes ~19 MiB per sign-in. With the system allocator that memory
// stayed resident after being freed (glibc raises its mmap threshold after the first large
// free, so later blocks come from arenas it does not trim): 55 MB idle.
// mimalloc gives freed pages back (without transparent huge pages, which keep whole 2 MiB
// pages resident): 36 MB idle.
#[cfg(feature = "ssr")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(feature = "ssr")]
fn main() -> std::process::ExitCode {
    // Rendering a page polls deeply nested futures: an unoptimized build needs more than
    // tokio's 2 MiB per worker for the settings page (it overflowed at 2, not at 4).
    // Reserved address space, not resident memory.
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_stack_size(8 * 1024 * 1024)
        .build()
        .expect("the async runtime starts")
        .block_on(cli::main())
}

#[cfg(not(feature = "ssr"))]
fn main() {}
