//! pyroute2's `.get()` on a message: a header field (`index`), an attribute
//! (`ifname`), a nested one (`("stats64", "rx_bytes")`) and an absent one
//! (`None`) of the link with index 1, then a few more values of `veth0` as
//! pyroute2 gives them (a MAC address, an enum's name). Prints `LINK.NAME=VALUE` lines;
//! `tests/pyroute2/seed_link_get.py` is the same program in pyroute2.
//!
//! ```sh
//! cargo run -p nlwire-std --example seed_link_get -- NETNS
//! ```

use nlwire_std::{IPRoute, Result};

fn main() -> Result<()> {
    let netns = std::env::args().nth(1).expect("usage: seed_link_get NETNS");
    let mut ipr = IPRoute::in_netns(netns)?;
    let lo = ipr.link().get(1)?;
    let index = lo.get("index")?.expect("a header field");
    assert!(index == 1);
    println!("lo.index={index}");
    println!("lo.ifname={}", lo.get("ifname")?.expect("a link has a name"));
    println!("lo.stats64.rx_bytes={}", lo.get_path(&["stats64", "rx_bytes"])?.expect("stats64"));
    // An attribute the message does not carry (no alias was set): `None`.
    let alias = lo.get("ifalias")?;
    println!("lo.ifalias={}", alias.map_or("None".to_owned(), |alias| alias.to_string()));

    let veth0 = ipr.link().get("veth0")?;
    for name in ["index", "ifname", "mtu", "address", "broadcast", "operstate", "txqlen", "qdisc"] {
        match veth0.get(name)? {
            Some(value) => println!("veth0.{name}={value}"),
            None => println!("veth0.{name}="),
        }
    }
    Ok(())
}
