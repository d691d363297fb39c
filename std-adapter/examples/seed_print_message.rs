//! pyroute2's "how to work with messages": the link with index 1 printed
//! whole, every header field and attribute (nests and structs included) by
//! name, as one JSON object (`nlwire::fmt::write_json`);
//! `tests/pyroute2/seed_print_message.py` prints pyroute2's message as JSON,
//! and `tests/tests/seed_vs_pyroute2.rs` compares them value by value.
//!
//! ```sh
//! cargo run -p nlwire-std --example seed_print_message -- NETNS
//! ```

use nlwire_std::{IPRoute, Result};

fn main() -> Result<()> {
    let netns = std::env::args().nth(1).expect("usage: seed_print_message NETNS");
    let mut ipr = IPRoute::in_netns(netns)?;
    let lo = ipr.link().get(1)?;
    let mut json = String::new();
    nlwire::fmt::write_json(&lo.message(), &mut json).expect("a link message formats");
    println!("{json}");
    Ok(())
}
