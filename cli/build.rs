//! How the static x86_64 `nlw` (`--target x86_64-unknown-linux-musl`, the
//! `release-small` build of .ci/run and .ci/small.sh) is linked, whatever
//! RUSTFLAGS say (BENCHMARKS.md has the sizes):
//!
//! - `-z pack-relative-relocs`: the static PIE's relocations as DT_RELR, a
//!   bitmap of the pointer slots that musl's startup applies, instead of one
//!   24-byte `Elf64_Rela` each (`.rela.dyn`: 62 KB, now 1 KB).
//! - `static-link.ld`: no unwind tables (`.eh_frame`: 82 KB). A panic still
//!   prints its message and aborts; a musl build of `nlw` that unwinds
//!   (`panic = "unwind"`, the dev profile) aborts on panic too.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=static-link.ld");
    if std::env::var("TARGET").as_deref() == Ok("x86_64-unknown-linux-musl") {
        let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
        println!("cargo:rustc-link-arg-bins=-Wl,-T,{dir}/static-link.ld");
    }
}
