//! `nlw bridge link show|set`: the bridge ports, from the `AF_BRIDGE` link
//! dump, and their options, changed through the bridge (`RTM_SETLINK` with
//! `IFLA_PROTINFO`), as bridge 6.1 (`bridge/link.c`) prints and takes them.
//!
//! ```sh
//! nlw bridge link set dev v0 cost 7 hairpin on state forwarding
//! nlw bridge link show
//! # 4: v0@v0p: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 7
//! ```

use std::io::Write;

use nlwire::bridge::{bridge_mode, BridgeFlags, PortOptions, PortSet};
use nlwire::link::{Dump, Link};
use nlwire::neigh::AF_BRIDGE;
use nlwire::tables::rt_link::BR_PORT_STATE_NAMES;

use super::index_of;
use crate::args::incomplete;
use crate::args::{atoi, duplicate, Words};
use crate::kinds::{port_flag, print_protinfo};
use crate::link::{head, print_links};
use crate::matches;
use crate::names::Names;
use crate::sink::Sink;
use crate::{CliError, Ctx, Result};

/// `bridge link help`.
pub const USAGE: &str = "Usage: nlw bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]
                               [ guard {on | off} ]
                               [ hairpin {on | off} ]
                               [ fastleave {on | off} ]
                               [ root_block {on | off} ]
                               [ learning {on | off} ]
                               [ learning_sync {on | off} ]
                               [ flood {on | off} ]
                               [ mcast_router MULTICAST_ROUTER ]
                               [ mcast_flood {on | off} ]
                               [ bcast_flood {on | off} ]
                               [ mcast_to_unicast {on | off} ]
                               [ neigh_suppress {on | off} ]
                               [ vlan_tunnel {on | off} ]
                               [ isolated {on | off} ]
                               [ locked {on | off} ]
                               [ hwmode {vepa | veb} ]
                               [ backup_port DEVICE ] [ nobackup_port ]
                               [ self ] [ master ]
       nlw bridge link show [dev DEV]";

/// A parsed `bridge link` command.
pub enum LinkCommand {
    Show(LinkShow),
    Set(LinkSet),
}

impl LinkCommand {
    /// Parses the words after `link` (none: `show`).
    pub fn parse(words: &[String]) -> Result<Self> {
        match words.split_first() {
            None => LinkShow::parse(&[]).map(LinkCommand::Show),
            Some((verb, args)) if matches(verb, "set", 1) || matches(verb, "change", 1) => {
                LinkSet::parse(args).map(LinkCommand::Set)
            }
            Some((verb, args))
                if matches(verb, "show", 1) || matches(verb, "lst", 1) || matches(verb, "list", 1) =>
            {
                LinkShow::parse(args).map(LinkCommand::Show)
            }
            Some((verb, _)) if matches(verb, "help", 1) => Err(CliError::usage(USAGE)),
            Some((verb, _)) => {
                Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw bridge link help\".")))
            }
        }
    }

    /// Runs the command.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            LinkCommand::Show(show) => show.run(ctx),
            LinkCommand::Set(set) => set.send(ctx),
        }
    }
}

/// `bridge link set dev DEV OPTION...`.
pub struct LinkSet {
    dev: String,
    /// The options, as bridge keeps them: the last of a repeated one is
    /// the one sent.
    options: PortOptions,
    /// `backup_port DEV` (`Some(Some(DEV))`) or `nobackup_port`
    /// (`Some(None)`), looked up when sending.
    backup: Option<Option<String>>,
}

impl LinkSet {
    fn parse(args: &[String]) -> Result<Self> {
        let (mut dev, mut options, mut backup) = (None, PortOptions::default(), None);
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let mut value = || words.next().ok_or_else(incomplete);
            if let Some(flag) = port_flag(word).and_then(|kind| options.flag_mut(kind)) {
                // bridge returns -EINVAL: exit 234.
                *flag = Some(crate::args::one_of_on_off(word, value()?, 234)?);
                continue;
            }
            match word {
                "dev" => dev = Some(value()?.to_owned()),
                // C's `atoi`, kept in bridge's types: a cost of 0 is not
                // sent, nor a negative priority, state or router mode.
                "cost" => options.cost = Some(atoi(value()?) as u32).filter(|cost| *cost > 0),
                "priority" => options.priority = u16::try_from(atoi(value()?) as i16).ok(),
                "mcast_router" => options.multicast_router = u8::try_from(atoi(value()?) as i8).ok(),
                "state" => options.state = port_state(value()?)?,
                "hwmode" => {
                    options.flags = BridgeFlags::SELF;
                    options.hwmode = Some(match value()? {
                        "vepa" => bridge_mode::VEPA,
                        "veb" => bridge_mode::VEB,
                        _ => return Err(CliError::usage("Mode argument must be \"vepa\" or \"veb\".")),
                    });
                }
                "self" => options.flags |= BridgeFlags::SELF,
                "master" => options.flags |= BridgeFlags::MASTER,
                "backup_port" => backup = Some(Some(value()?.to_owned())),
                "nobackup_port" => backup = Some(None),
                _ => return Err(CliError::usage(USAGE)),
            }
        }
        let dev = dev.ok_or_else(|| CliError::usage("Device is a required argument."))?;
        Ok(LinkSet { dev, options, backup })
    }

    fn send(&self, ctx: &mut Ctx) -> Result<()> {
        let names = Names::on_demand(ctx)?;
        // As bridge: `backup_port` is looked up first, then the port.
        let backup_port = match &self.backup {
            Some(Some(dev)) => Some(
                names
                    .index(dev)
                    .ok_or_else(|| CliError::usage(format!("Error: device {dev} does not exist")))?,
            ),
            Some(None) => Some(0),
            None => None,
        };
        let ifindex = names
            .index(&self.dev)
            .ok_or_else(|| CliError::usage(format!("Cannot find bridge device \"{}\"", self.dev)))?;
        crate::session::request(
            &mut ctx.ipr,
            &PortSet { ifindex, options: PortOptions { backup_port, ..self.options } },
        )?;
        Ok(())
    }
}

/// A port state as `bridge link set ... state` reads it: a decimal number
/// (kept in a signed byte: a negative one is not sent) or a state's name.
fn port_state(word: &str) -> Result<Option<u8>> {
    let state = stp_state(word).ok_or_else(|| CliError::usage("Error: invalid STP port state"))?;
    Ok(u8::try_from(state as i8).ok())
}

/// An STP state as bridge reads one: a decimal number (C's `strtol`, the
/// whole word) or a state's name (`forwarding`); `None` for neither.
pub(super) fn stp_state(word: &str) -> Option<i64> {
    match word.parse::<i64>() {
        Ok(n) => Some(n),
        Err(_) => BR_PORT_STATE_NAMES.iter().find(|(_, name)| *name == word).map(|(v, _)| i64::from(*v)),
    }
}

/// `bridge link show [dev DEV]`.
pub struct LinkShow {
    dev: Option<String>,
}

impl LinkShow {
    /// Parses the words after `show`.
    fn parse(args: &[String]) -> Result<Self> {
        let mut dev = None;
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            // As bridge: words other than `dev DEV` are passed over.
            if word == "dev" {
                let value = words.next().ok_or_else(incomplete)?;
                if dev.is_some() {
                    return Err(duplicate("dev", value));
                }
                dev = Some(value.to_owned());
            }
        }
        Ok(LinkShow { dev })
    }

    /// Prints the ports: index, name, flags, MTU, bridge, then the port's
    /// state, priority and cost (and with `-d` its flags).
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let names = Names::load(&mut ctx.ipr)?;
        let wanted = match &self.dev {
            Some(dev) => Some(index_of(&names, dev)?),
            None => None,
        };
        let details = ctx.details;
        print_links(ctx, &Dump { family: AF_BRIDGE, ..Dump::default() }, wanted, |p, l| {
            print_port(p, l, &names, details)
        })
    }
}

/// One link as bridge prints it (`bridge link show`, `bridge monitor`):
/// index, name, flags, MTU, bridge, then the port's state, priority and
/// cost (and with `details` its flags), and a line break.
pub(super) fn print_port<W: Write>(
    p: &mut Sink<'_, W>,
    l: &Link<'_>,
    names: &Names,
    details: bool,
) -> Result<()> {
    head(p, l, names)?;
    p.fmt_text(format_args!(" "))?;
    if let Some(mtu) = l.mtu()? {
        p.num("mtu", "mtu", &mtu)?;
    }
    if let Some(master) = l.master()? {
        p.name("master", "master", &names.get(master))?;
    }
    if let Some(protinfo) = l.protinfo()? {
        print_protinfo(p, &protinfo, names, details)?;
    }
    p.fmt_text(format_args!("\n"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Failure;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn show_takes_dev_once_and_passes_over_other_words() {
        let dev = |line| match LinkCommand::parse(&words(line)) {
            Ok(LinkCommand::Show(show)) => show.dev,
            _ => panic!("{line}"),
        };
        assert_eq!(dev("show dev v0 extra").as_deref(), Some("v0"));
        assert_eq!(dev(""), None);
        for bad in ["show dev", "show dev a dev b", "bogus", "help"] {
            assert!(
                matches!(
                    LinkCommand::parse(&words(bad)).map_err(CliError::into_failure),
                    Err(Failure::Usage(_))
                ),
                "{bad}"
            );
        }
    }

    /// bridge's `strtol` then names: `-1` is read and not sent.
    #[test]
    fn port_states_read_as_bridge_reads_them() {
        assert_eq!(port_state("forwarding").unwrap(), Some(3));
        assert_eq!(port_state("4").unwrap(), Some(4));
        assert_eq!(port_state("-1").unwrap(), None);
        assert_eq!(port_state("259").unwrap(), Some(3));
        for bad in ["", "3x", "Forwarding"] {
            assert!(port_state(bad).is_err(), "{bad}");
        }
    }
}
