//! `nlw`: an `ip`-compatible command over nlwire (see the `nlwire_cli` library).

fn main() -> std::process::ExitCode {
    // Not `args()`: an argument that is not UTF-8 must not panic.
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    nlwire_cli::main(&args)
}
