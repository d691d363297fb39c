//! pyroute2's `IPRoute(netns="test")`: a session in a named namespace, whose
//! `status["netns"]` is the name. Prints `netns=NAME` and the namespace's
//! links (`ifname=NAME`), to show the session is in it;
//! `tests/pyroute2/seed_netns_status.py` is the same program in pyroute2.
//!
//! ```sh
//! cargo run -p nlwire-std --example seed_netns_status -- NETNS
//! ```

use nlwire_std::{IPRoute, Result};

fn main() -> Result<()> {
    let netns = std::env::args().nth(1).expect("usage: seed_netns_status NETNS");
    let mut ipr = IPRoute::in_netns(netns.as_str())?;
    assert_eq!(ipr.status().netns.as_deref(), Some(netns.as_str()));
    println!("netns={}", ipr.status().netns.unwrap_or_default());
    let mut links = ipr.link().dump()?;
    while let Some(link) = links.next()? {
        println!("ifname={}", link.get("ifname")?.expect("a link has a name"));
    }
    Ok(())
}
