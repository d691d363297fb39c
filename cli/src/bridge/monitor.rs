//! `nlw bridge monitor [link] [fdb] [mdb] [vlan] [all]`: bridge events as
//! bridge 6.1 (`bridge/monitor.c`) prints them, a line each: links as
//! `bridge link show` prints them, FDB entries as `bridge fdb show`,
//! MDB entries as `bridge mdb show`, `Deleted ` before what went away,
//! and with `all` a `[LINK]`, `[NEIGH]`, `[VLAN]` or `[MDB]` banner.
//! bridge 6.1 prints text with `-j` too, and so does this.
//!
//! ```sh
//! nlw bridge monitor fdb mdb
//! # 02:00:5e:00:53:01 dev v0 master br0 static
//! # Deleted 02:00:5e:00:53:01 dev v0 master br0 static
//! # dev br0 port v0 grp 239.1.1.1 permanent
//! ```

use std::io::Write;

use nlwire::bridge::VlanDb;
use nlwire::link::{IfFlags, Link};
use nlwire::mdb::Mdb;
use nlwire::neigh::{Neighbour, AF_BRIDGE};
use nlwire::{msg_type, Message};
use nlwire_rustix::rtnlgrp;
use nlwire_std::{Event, Group, IPRoute};

use super::{fdb, link, mdb, vlan};
use crate::args::incomplete;
use crate::args::Words;
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
    /// `all`: each event after a `[LINK]`, `[NEIGH]`, `[VLAN]` or `[MDB]` banner.
    banner: bool,
    /// `file FILE`: print the messages saved in FILE instead of listening.
    file: Option<String>,
}

impl MonitorCommand {
    /// Parses the words after `monitor` (none: links, FDB and MDB).
    pub fn parse(words: &[String]) -> Result<Self> {
        let default = || vec![Group::Link, Group::Neigh, Group::Other(rtnlgrp::MDB)];
        let (mut groups, mut named, mut banner, mut file) = (default(), Vec::new(), false, None);
        let mut words = Words::new(words);
        while let Some(word) = words.next() {
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
                file = Some(words.next().ok_or_else(incomplete)?.to_owned());
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
        Ok(MonitorCommand { groups, banner, file })
    }

    /// Prints events until interrupted, or the messages of the file.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let mut printer = Printer {
            banner: self.banner,
            details: ctx.details,
            stats: ctx.stats > 0,
            names: Names::default(),
            gone: Vec::new(),
            j: Json::new(std::io::stdout().lock(), false),
        };
        if let Some(file) = &self.file {
            // bridge's `perror("Cannot fopen")`.
            let bytes = std::fs::read(file).map_err(|e| {
                let why = e.raw_os_error().and_then(nlwire::errno::description);
                CliError::usage(format!("Cannot fopen: {}", why.map_or_else(|| e.to_string(), str::to_owned)))
            })?;
            printer.names = Names::load(&mut ctx.ipr)?;
            for msg in nlwire::Messages::new(&bytes) {
                printer.print(&mut ctx.ipr, &msg?)?;
            }
            return Ok(printer.j.out().flush()?);
        }
        // Subscribe first, then learn the names: no event falls between.
        let mut monitor = ctx.ipr.monitor(&self.groups)?;
        printer.names = Names::load(&mut ctx.ipr)?;
        loop {
            match monitor.next_event()? {
                Event::Overrun => writeln!(printer.j.out(), "Events were lost (receive buffer overrun)")?,
                event => {
                    if let Some(msg) = event.message() {
                        printer.print(&mut ctx.ipr, msg)?;
                    }
                }
            }
            printer.j.out().flush()?;
        }
    }
}

/// What prints the events, and the names it has learnt.
struct Printer<W: Write> {
    banner: bool,
    details: bool,
    stats: bool,
    names: Names,
    /// Indexes looked up in vain (see [`refresh`]).
    gone: Vec<u32>,
    j: Json<W>,
}

impl<W: Write> Printer<W> {
    /// One message as bridge's `accept_msg` prints it: links of family
    /// `AF_BRIDGE` or 0, `AF_BRIDGE` neighbours, VLANs and MDB entries.
    fn print(&mut self, ipr: &mut IPRoute, msg: &Message<'_>) -> Result<()> {
        match msg.kind() {
            msg_type::RTM_NEWLINK | msg_type::RTM_DELLINK => {
                let l = Link::parse(msg)?;
                if l.family() != AF_BRIDGE && l.family() != 0 {
                    return Ok(());
                }
                if let Some(name) = l.ifname()? {
                    self.names.learn(l.ifindex() as u32, name, l.flags().contains(IfFlags::UP));
                }
                self.head("[LINK]", msg.kind() == msg_type::RTM_DELLINK)?;
                link::print_port(&mut Sink::Text(self.j.out()), &l, &self.names, self.details)
            }
            msg_type::RTM_NEWNEIGH | msg_type::RTM_DELNEIGH => {
                let n = Neighbour::parse(msg)?;
                if n.family() != AF_BRIDGE {
                    return Ok(());
                }
                for ifindex in [Some(n.ifindex()), n.master()?].into_iter().flatten() {
                    refresh(&mut self.names, &mut self.gone, ipr, ifindex)?;
                }
                self.head("[NEIGH]", msg.kind() == msg_type::RTM_DELNEIGH)?;
                fdb::print(&mut Sink::Text(self.j.out()), &n, &self.names, false, self.stats)
            }
            msg_type::RTM_NEWVLAN | msg_type::RTM_DELVLAN => {
                let db = VlanDb::parse(msg)?;
                if db.family() != AF_BRIDGE {
                    return Ok(());
                }
                refresh(&mut self.names, &mut self.gone, ipr, db.ifindex())?;
                self.head("[VLAN]", msg.kind() == msg_type::RTM_DELVLAN)?;
                vlan::print_vlan_event(self.j.out(), &db, &self.names.get(db.ifindex()), self.stats)
            }
            msg_type::RTM_NEWMDB | msg_type::RTM_DELMDB => {
                let db = Mdb::parse(msg)?;
                let ports = db.port_groups().map(|pg| pg.map(|pg| pg.port()));
                let routers = db.router_ports().map(|r| r.map(|r| r.ifindex()));
                for ifindex in ports.chain(routers).chain([Ok(db.ifindex())]) {
                    refresh(&mut self.names, &mut self.gone, ipr, ifindex?)?;
                }
                self.head("[MDB]", msg.kind() == msg_type::RTM_DELMDB)?;
                mdb::print_event(&mut self.j, &db, &self.names, self.details, self.stats)
            }
            _ => Ok(()),
        }
    }

    /// The banner (with `all`) and `Deleted ` before an event.
    fn head(&mut self, banner: &str, deleted: bool) -> std::io::Result<()> {
        if self.banner {
            write!(self.j.out(), "{banner}")?;
        }
        if deleted {
            write!(self.j.out(), "Deleted ")?;
        }
        Ok(())
    }
}
