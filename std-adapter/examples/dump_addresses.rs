//! Lists the addresses of the current namespace, or of `--netns NAME`, like
//! `ip -j address show` would name them: one JSON object per address,
//! straight from the kernel's reply (no copies).
//!
//! ```sh
//! cargo run -p nlwire-std --example dump_addresses [-- --netns NAME]
//! ```

use nlwire::addr::{self, Address};
use nlwire_std::{IPRoute, Result};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut ipr = match args.as_slice() {
        [flag, name] if flag == "--netns" => IPRoute::in_netns(name.as_str())?,
        _ => IPRoute::new()?,
    };
    let mut dump = ipr.dump(&addr::Dump::default())?;
    while let Some(msg) = dump.next()? {
        let a = Address::parse(&msg)?;
        let ip = a.addr()?.map(|ip| ip.to_string()).unwrap_or_default();
        let label = a.label()?.unwrap_or("");
        println!(
            "{{\"ifindex\":{},\"local\":\"{ip}\",\"prefixlen\":{},\"label\":\"{label}\"}}",
            a.ifindex(),
            a.prefix_len()
        );
    }
    Ok(())
}
