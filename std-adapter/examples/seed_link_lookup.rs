//! pyroute2's `link_lookup`: by name (one index, or none for a link that is
//! not there) and by a predicate (the links that are up,
//! `lambda x: x.get("flags") & 1`). Prints `NAME=INDEXES` lines, indexes
//! comma-separated and sorted; `tests/pyroute2/seed_link_lookup.py` is the
//! same program in pyroute2.
//!
//! ```sh
//! cargo run -p nlwire-std --example seed_link_lookup -- NETNS
//! ```

use nlwire::link::IfFlags;
use nlwire_std::{IPRoute, Result};

fn main() -> Result<()> {
    let netns = std::env::args().nth(1).expect("usage: seed_link_lookup NETNS");
    let mut ipr = IPRoute::in_netns(netns)?;
    // One match, one interface index; none for a name that is not there.
    println!("veth0={}", list(ipr.link_lookup("veth0")?));
    println!("absent={}", list(ipr.link_lookup("absent0")?));
    // A predicate over every link: the ones that are up.
    println!("up={}", list(ipr.link_lookup_by(|link| link.flags().contains(IfFlags::UP))?));
    Ok(())
}

/// `1,3`: the indexes sorted, as a set prints in both languages.
fn list(mut indexes: Vec<u32>) -> String {
    indexes.sort_unstable();
    indexes.iter().map(u32::to_string).collect::<Vec<_>>().join(",")
}
