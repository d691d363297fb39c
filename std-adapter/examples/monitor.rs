//! An allocation-free monitoring loop: link and address events printed as
//! they come, from one reused buffer (`ip monitor link address`). The test
//! `tests/tests/monitor.rs` runs `print_events` under a counting allocator.
//!
//! ```sh
//! cargo run -p nlwire-std --example monitor
//! ```

use std::io::Write;

use nlwire::addr::Address;
use nlwire::link::Link;
use nlwire_std::{Event, Group, Monitor};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() -> Result<()> {
    let mut monitor = Monitor::new(&[Group::Link, Group::Ipv4Addr, Group::Ipv6Addr])?;
    print_events(&mut monitor, &mut std::io::stdout().lock(), u64::MAX)
}

/// Prints the next `count` link and address events to `out`; lost events
/// are reported as such. Nothing is allocated per event.
pub fn print_events(monitor: &mut Monitor, out: &mut impl Write, count: u64) -> Result<()> {
    let mut seen = 0;
    while seen < count {
        match monitor.next_event()? {
            Event::NewLink(m) | Event::DelLink(m) => {
                let link = Link::parse(&m)?;
                writeln!(out, "link {} {:?} {:?}", link.ifindex(), link.ifname()?, link.flags())?;
            }
            Event::NewAddr(m) | Event::DelAddr(m) => {
                let a = Address::parse(&m)?;
                writeln!(out, "addr {:?}/{} on {}", a.addr()?, a.prefix_len(), a.ifindex())?;
            }
            Event::Overrun => writeln!(out, "events lost: dump again to resynchronise")?,
            _ => continue,
        }
        seen += 1;
    }
    Ok(())
}
