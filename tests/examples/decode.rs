//! Decodes a file of netlink messages (as the kernel sent them) and prints
//! each one with its attribute names, as text or, with `-j`, one JSON object
//! per line.
//!
//! ```sh
//! cargo run -p nlwire-tests --example decode -- [-j] FILE...
//! ```

use std::process::ExitCode;

use nlwire::fmt::{write_json, write_text};
use nlwire::Messages;

fn main() -> ExitCode {
    let mut json = false;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "-j" | "--json" => json = true,
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("usage: decode [-j] FILE...");
        return ExitCode::from(2);
    }
    let mut out = String::new();
    for file in files {
        let bytes = match std::fs::read(&file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{file}: {e}");
                return ExitCode::FAILURE;
            }
        };
        for msg in Messages::new(&bytes) {
            let msg = match msg {
                Ok(m) => m,
                Err(e) => {
                    eprintln!("{file}: {e}");
                    return ExitCode::FAILURE;
                }
            };
            out.clear();
            let written = if json { write_json(&msg, &mut out) } else { write_text(&msg, &mut out) };
            println!("{out}");
            if let Err(e) = written {
                eprintln!("{file}: message at byte {}: {e}", msg.offset());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
