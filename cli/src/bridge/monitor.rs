//! `nlw bridge monitor [link] [fdb] [mdb] [vlan] [all]`: bridge events as
//! bridge 6.1 (`bridge/monitor.c`) prints them, a line each: links as
//! `bridge link show` prints them, FDB entries as `bridge fdb show`,
//! `Deleted ` before what went away, and with `all` a `[LINK]` or
//! `[NEIGH]` banner. bridge 6.1 prints text with `-j` too, and so does
//! this.
//!
//! ```sh
//! nlw bridge monitor fdb
//! # 02:00:5e:00:53:01 dev v0 master br0 static
//! # Deleted 02:00:5e:00:53:01 dev v0 master br0 static
//! ```

use std::io::Write;

use nlwire::link::{IfFlags, Link};
use nlwire::neigh::{Neighbour, AF_BRIDGE};
use nlwire_rustix::rtnlgrp;
use nlwire_std::{Event, Group};

use super::{fdb, link};
use crate::json::Json;
use crate::matches;
use crate::monitor::refresh;
use crate::names::Names;
use crate::sink::Sink;
use crate::{CliError, Ctx, Result};

/// `bridge monitor help`.
pub const USAGE: &str = "Usage: nlw bridge monitor [file FILE] [ all | OBJECTS ]
OBJECTS := { link | fdb | mdb | vlan }";

/// A parsed `bridge monitor` command: the groups to listen to.
pub struct MonitorCommand {
    groups: Vec<Group>,
    /// `all`: each event after a `[LINK]`/`[NEIGH]` banner.
    banner: bool,
}

impl MonitorCommand {
    /// Parses the words after `monitor` (none: links, FDB and MDB).
    pub fn parse(words: &[String]) -> Result<Self> {
        let default = || vec![Group::Link, Group::Neigh, Group::Other(rtnlgrp::MDB)];
        let (mut groups, mut named, mut banner) = (default(), Vec::new(), false);
        for word in words {
            let word = word.as_str();
            // As bridge: a named object drops the default groups; `all`
            // takes them back, objects named after it drop them again.
            let object = [
                ("link", Group::Link),
                ("fdb", Group::Neigh),
                ("mdb", Group::Other(rtnlgrp::MDB)),
                ("vlan", Group::Other(rtnlgrp::BRVLAN)),
            ]
            .into_iter()
            .find(|(name, _)| matches(word, name, 1));
            if matches(word, "file", 1) {
                return Err(CliError::usage("nlw bridge monitor does not read files"));
            } else if let Some((_, group)) = object {
                groups.clear();
                named.push(group);
            } else if word == "all" {
                (groups, banner) = (default(), true);
            } else if matches(word, "help", 1) {
                return Err(CliError::usage(USAGE));
            } else {
                return Err(CliError::usage(format!(
                    "Argument \"{word}\" is unknown, try \"nlw bridge monitor help\"."
                )));
            }
        }
        groups.extend(named);
        Ok(MonitorCommand { groups, banner })
    }

    /// Prints events until interrupted. MDB and VLAN events are listened
    /// to but not printed yet.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        // Subscribe first, then learn the names: no event falls between.
        let mut monitor = ctx.ipr.monitor(&self.groups)?;
        let mut names = Names::load(&mut ctx.ipr)?;
        let mut gone = Vec::new();
        let mut j = Json::new(std::io::stdout().lock(), false);
        loop {
            match monitor.next_event()? {
                Event::NewLink(m) | Event::DelLink(m) => {
                    let l = Link::parse(&m)?;
                    if l.family() != AF_BRIDGE && l.family() != 0 {
                        continue;
                    }
                    if let Some(name) = l.ifname()? {
                        names.learn(l.ifindex() as u32, name, l.flags().contains(IfFlags::UP));
                    }
                    let deleted = m.kind() == nlwire::msg_type::RTM_DELLINK;
                    self.head(&mut j, "[LINK]", deleted)?;
                    link::print_port(&mut Sink::Text(j.out()), &l, &names, ctx.details)?;
                }
                Event::NewNeigh(m) | Event::DelNeigh(m) => {
                    let n = Neighbour::parse(&m)?;
                    if n.family() != AF_BRIDGE {
                        continue;
                    }
                    for ifindex in [Some(n.ifindex()), n.master()?].into_iter().flatten() {
                        refresh(&mut names, &mut gone, &mut ctx.ipr, ifindex)?;
                    }
                    let deleted = m.kind() == nlwire::msg_type::RTM_DELNEIGH;
                    self.head(&mut j, "[NEIGH]", deleted)?;
                    fdb::print(&mut Sink::Text(j.out()), &n, &names, false, ctx.stats > 0)?;
                }
                Event::Overrun => {
                    writeln!(j.out(), "Events were lost (receive buffer overrun)")?;
                }
                _ => continue,
            }
            j.out().flush()?;
        }
    }

    /// The banner (with `all`) and `Deleted ` before an event.
    fn head<W: Write>(&self, j: &mut Json<W>, banner: &str, deleted: bool) -> std::io::Result<()> {
        if self.banner {
            write!(j.out(), "{banner}")?;
        }
        if deleted {
            write!(j.out(), "Deleted ")?;
        }
        Ok(())
    }
}
