//! pyroute2's `link_lookup`, by name and by a predicate, and a veth pair
//! made and removed (veth stands in for pyroute2's dummy, absent here).
//! Needs root: it works in a namespace it creates and deletes.
//!
//! ```sh
//! cargo run -p nlwire-std --example link_lookup
//! ```

use nlwire::link::IfFlags;
use nlwire_rustix::netns;
use nlwire_std::{IPRoute, Result};

fn main() -> Result<()> {
    let ns = format!("nlw-example-{}", std::process::id());
    netns::create(&ns)?;
    let outcome = run(&ns);
    netns::delete(&ns)?;
    outcome
}

fn run(ns: &str) -> Result<()> {
    let mut ipr = IPRoute::in_netns(ns)?;
    ipr.link().add("test0").veth("test1").mtu(9000).send()?;
    ipr.link().set("test0").up().send()?;
    // By name: `ipr.link_lookup(ifname="test0")`.
    println!("test0 has index {:?}", ipr.link_lookup("test0")?);
    // By predicate: `ipr.link_lookup(lambda x: x.get("flags") & 1)`.
    let up = ipr.link_lookup_by(|link| link.flags().contains(IfFlags::UP))?;
    println!("links that are up: {up:?}");
    // Kept (`collect_owned`), to print each one whole.
    for link in ipr.link().dump()?.collect_owned()? {
        println!("{link}");
    }
    ipr.link().del("test0")
}
