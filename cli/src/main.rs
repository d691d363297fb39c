//! `nlw`: an `ip`-compatible command over nlwire (see the `nlwire_cli` library);
//! run under a name ending in `bridge`, it is `bridge`.

fn main() -> std::process::ExitCode {
    // Not `args()`: an argument that is not UTF-8 must not panic.
    let mut args = std::env::args_os();
    let tool = args.next().map_or(nlwire_cli::Tool::Ip, |program| nlwire_cli::Tool::of(&program));
    let args: Vec<std::ffi::OsString> = args.collect();
    nlwire_cli::main_as(tool, &args)
}
