//! The async form of pyroute2's first example: a link created, then every
//! link dumped, through one `AsyncIPRoute` on a current-thread runtime. A
//! veth pair stands in for pyroute2's dummy link (absent from this kernel).
//! Needs root: it works in a namespace it creates and deletes.
//!
//! ```sh
//! cargo run -p nlwire-std --example async_links
//! ```

use nlwire::link::Link;
use nlwire_rustix::netns;
use nlwire_std::{AsyncIPRoute, Result};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let ns = format!("nlw-example-{}", std::process::id());
    netns::create(&ns)?;
    let outcome = run(&ns).await;
    netns::delete(&ns)?;
    outcome
}

async fn run(ns: &str) -> Result<()> {
    let ipr = AsyncIPRoute::in_netns(ns)?;
    ipr.link().add("test0").veth("test1").mtu(9000).send().await?;
    // Borrowed messages, one receive buffer: no copy per link.
    let mut links = ipr.link().dump().await?;
    while let Some(msg) = links.next().await? {
        let link = Link::parse(&msg)?;
        println!("{} {} mtu {:?}", link.ifindex(), link.ifname()?.unwrap_or("?"), link.mtu()?);
    }
    Ok(())
}
