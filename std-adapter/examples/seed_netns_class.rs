//! pyroute2's compatibility class `NetNS("test")`: an `IPRoute` in that
//! namespace (created if absent), `status["netns"]` its name. Prints
//! `netns=NAME` and the namespace's links (`ifname=NAME`);
//! `tests/pyroute2/seed_netns_class.py` is the same program in pyroute2.
//! The namespace is left in place (pyroute2's `close()`, not `remove()`).
//!
//! ```sh
//! cargo run -p nlwire-std --example seed_netns_class -- NETNS
//! ```

use nlwire_std::{NetNS, Result};

fn main() -> Result<()> {
    let netns = std::env::args().nth(1).expect("usage: seed_netns_class NETNS");
    let mut ns = NetNS::new(&netns)?;
    assert_eq!(ns.status().netns.as_deref(), Some(netns.as_str()));
    println!("netns={}", ns.status().netns.unwrap_or_default());
    let mut links = ns.link().dump()?;
    while let Some(link) = links.next()? {
        println!("ifname={}", link.get("ifname")?.expect("a link has a name"));
    }
    drop(links);
    ns.close();
    Ok(())
}
