//! pyroute2's NLMSG_ERROR rule: a request the kernel accepts returns (its
//! error is 0), one it refuses raises an error with the kernel's errno and
//! extended-ACK text. Sets `veth0`'s MTU to 1500 (accepted), then to 10 and
//! routes through an unreachable gateway (refused). Prints `NAME=ok` or
//! `NAME.errno=N` and `NAME.message=TEXT`; `tests/pyroute2/seed_nlmsg_error.py`
//! is the same program in pyroute2. Nothing in the namespace changes.
//!
//! ```sh
//! cargo run -p nlwire-std --example seed_nlmsg_error -- NETNS
//! ```

use nlwire::route::Prefix;
use nlwire_std::{Error, IPRoute, Result};

fn main() -> Result<()> {
    let netns = std::env::args().nth(1).expect("usage: seed_nlmsg_error NETNS");
    let mut ipr = IPRoute::in_netns(netns)?;
    report("mtu_1500", ipr.link().set("veth0").mtu(1500).send());
    report("mtu_10", ipr.link().set("veth0").mtu(10).send());
    let dst = Prefix::new("198.51.100.0".parse().expect("an address"), 24);
    let gateway = "203.0.113.1".parse().expect("an address");
    report("route_via_unreachable", ipr.route().add(dst).gateway(gateway).dev("veth0").send());
    Ok(())
}

/// Prints the outcome of the request `name`.
fn report(name: &str, outcome: Result<()>) {
    match outcome {
        Ok(()) => println!("{name}=ok"),
        Err(Error::Kernel { errno, message, .. }) => {
            println!("{name}.errno={errno}");
            println!("{name}.message={}", message.unwrap_or_default());
        }
        Err(e) => panic!("{name}: not the kernel's refusal: {e}"),
    }
}
