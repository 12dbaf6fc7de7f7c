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
#[tokio::main]
async fn main() -> std::process::ExitCode {
    cli::main().await
}

#[cfg(not(feature = "ssr"))]
fn main() {}
