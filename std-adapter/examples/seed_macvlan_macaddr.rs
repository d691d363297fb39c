//! pyroute2's repeated attributes: a macvlan in source mode holds one
//! `IFLA_MACVLAN_MACADDR` per allowed source, read all with `get_all`
//! (pyroute2's `get_attrs`) below `IFLA_LINKINFO` / `IFLA_INFO_DATA`.
//!
//! The kernel puts them one level deeper than pyroute2's documentation
//! shows, inside `IFLA_MACVLAN_MACADDR_DATA`: the documented path finds
//! none (in pyroute2 as here); the real one finds them all. Prints
//! `PATH=VALUE` lines, one per address; `tests/pyroute2/seed_macvlan_macaddr.py`
//! is the same program in pyroute2.
//!
//! ```sh
//! cargo run -p nlwire-std --example seed_macvlan_macaddr -- NETNS
//! ```

use nlwire::spec::Value;
use nlwire_std::{IPRoute, Result};

fn main() -> Result<()> {
    let netns = std::env::args().nth(1).expect("usage: seed_macvlan_macaddr NETNS");
    let mut ipr = IPRoute::in_netns(netns)?;
    let msg = ipr.link().get("mv0")?;
    let data = msg.get_path(&["IFLA_LINKINFO", "IFLA_INFO_DATA"])?.expect("a macvlan has kind data");
    let Value::Nested(data) = data else { panic!("IFLA_INFO_DATA is a nest") };
    println!("mode={}", data.get("IFLA_MACVLAN_MODE")?.expect("a mode"));
    println!("count={}", data.get("IFLA_MACVLAN_MACADDR_COUNT")?.expect("a count"));
    // The documentation's path: no address directly in IFLA_INFO_DATA.
    let direct = data.get_all("IFLA_MACVLAN_MACADDR")?.collect::<nlwire::Result<Vec<_>>>()?;
    println!("data.macaddr.len={}", direct.len());
    // The kernel's: inside IFLA_MACVLAN_MACADDR_DATA.
    let Some(Value::Nested(list)) = data.get("IFLA_MACVLAN_MACADDR_DATA")? else {
        panic!("a source-mode macvlan with addresses has IFLA_MACVLAN_MACADDR_DATA")
    };
    for mac in list.get_all("IFLA_MACVLAN_MACADDR")? {
        println!("macaddr_data.macaddr={}", mac?);
    }
    Ok(())
}
