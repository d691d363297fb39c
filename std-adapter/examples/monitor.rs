//! An allocation-free monitoring loop: link and address events printed as
//! they come, from one reused buffer (`ip monitor link address`).
//!
//! ```sh
//! cargo run -p nlwire-std --example monitor
//! ```

use nlwire::addr::Address;
use nlwire::link::Link;
use nlwire_std::{Event, Group, Monitor, Result};

fn main() -> Result<()> {
    let mut monitor = Monitor::new(&[Group::Link, Group::Ipv4Addr, Group::Ipv6Addr])?;
    loop {
        match monitor.next_event()? {
            Event::NewLink(m) | Event::DelLink(m) => {
                let link = Link::parse(&m)?;
                println!("link {} {:?} {:?}", link.ifindex(), link.ifname()?, link.flags());
            }
            Event::NewAddr(m) | Event::DelAddr(m) => {
                let a = Address::parse(&m)?;
                println!("addr {:?}/{} on {}", a.addr()?, a.prefix_len(), a.ifindex());
            }
            Event::Overrun => println!("events lost: dump again to resynchronise"),
            _ => {}
        }
    }
}
