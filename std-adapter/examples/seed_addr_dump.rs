//! pyroute2's `IPRoute` example: every address of the namespace, printed as
//! `ADDRESS/PREFIXLEN`, read by name from each message (`msg.get("address")`,
//! `msg.get("prefixlen")`). Prints `address=ADDRESS/PREFIXLEN` per address;
//! `tests/pyroute2/seed_addr_dump.py` is the same program in pyroute2.
//!
//! ```sh
//! cargo run -p nlwire-std --example seed_addr_dump -- NETNS
//! ```

use nlwire_std::{IPRoute, Result};

fn main() -> Result<()> {
    let netns = std::env::args().nth(1).expect("usage: seed_addr_dump NETNS");
    let mut ipr = IPRoute::in_netns(netns)?;
    let mut dump = ipr.addr().dump()?;
    while let Some(msg) = dump.next()? {
        let addr = msg.get("address")?.expect("an address message has IFA_ADDRESS");
        let mask = msg.get("prefixlen")?.expect("prefixlen is a header field");
        println!("address={addr}/{mask}");
    }
    Ok(())
}
