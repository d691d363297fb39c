//! pyroute2's first `AsyncIPRoute` example: a link created (immediate
//! evaluation), then every link dumped lazily, printing each name. A veth
//! pair stands in for the documentation's dummy link (absent from this
//! kernel). Prints `ifname=NAME` per link; `tests/pyroute2/seed_async_link.py`
//! is the same program in pyroute2, compared by `tests/tests/seed_vs_pyroute2.rs`.
//!
//! ```sh
//! cargo run -p nlwire-std --example seed_async_link -- NETNS
//! ```

use nlwire_std::{AsyncIPRoute, Result};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let netns = std::env::args().nth(1).expect("usage: seed_async_link NETNS");
    let ipr = AsyncIPRoute::in_netns(netns)?;
    // Create a link: immediate evaluation.
    ipr.link().add("test0").veth("test1").send().await?;
    // Dump links: lazy evaluation, one borrowed message at a time.
    let mut links = ipr.link().dump().await?;
    while let Some(link) = links.next().await? {
        println!("ifname={}", link.get("ifname")?.expect("a link has a name"));
    }
    Ok(())
}
