//! `nlw bridge`: iproute2's `bridge` tool for `fdb`, `link`, `mdb`, `vlan`
//! and `monitor`, with its words, output and exit codes (255 for every
//! failure but an address of the wrong form, 1, as bridge 6.1).
//!
//! ```sh
//! nlw bridge fdb add 02:00:5e:00:53:01 dev v0 master static
//! nlw -j bridge fdb show br br0
//! nlw bridge link show dev v0
//! nlw bridge link set dev v0 cost 7 hairpin on
//! nlw bridge vlan add dev v0 vid 10 pvid untagged
//! nlw bridge vlan tunnelshow
//! nlw bridge fdb flush dev br0 brport v0 dynamic
//! nlw bridge monitor fdb
//! ln -s nlw bridge && ./bridge -j fdb show   # nlw under the name `bridge`
//! ```

mod fdb;
mod link;
mod mdb;
mod monitor;
mod vlan;

use crate::names::Names;
use crate::{matches, CliError, Ctx, Failure, Result};

/// `bridge help`.
pub(crate) const USAGE: &str = "Usage: nlw bridge [ OPTIONS ] OBJECT { COMMAND | help }
where  OBJECT := { link | fdb | mdb | vlan | monitor }
       OPTIONS := { -s[tatistics] | -d[etails] | -n[etns] name | -p[retty] | -j[son] |
                    -com[pressvlans] | -c[olor][={always|auto|never}] }";

/// A parsed `bridge` command.
pub enum BridgeCommand {
    Fdb(fdb::FdbCommand),
    Link(link::LinkCommand),
    Mdb(mdb::MdbCommand),
    Vlan(vlan::VlanCommand),
    Monitor(monitor::MonitorCommand),
}

impl BridgeCommand {
    /// Parses `OBJECT [COMMAND [ARGS...]]`, the words after `bridge`;
    /// `family` is `-4`/`-6` (0: neither), which `dst` must then be.
    pub fn parse(words: &[String], family: u8) -> Result<Self> {
        let Some((object, rest)) = words.split_first() else {
            return Err(CliError::usage(USAGE));
        };
        if matches(object, "link", 1) {
            link::LinkCommand::parse(rest).map(BridgeCommand::Link)
        } else if matches(object, "fdb", 1) {
            fdb::FdbCommand::parse(rest, family).map(BridgeCommand::Fdb)
        } else if matches(object, "mdb", 1) {
            mdb::MdbCommand::parse(rest).map(BridgeCommand::Mdb)
        } else if matches(object, "vlan", 1) {
            vlan::VlanCommand::parse(rest).map(BridgeCommand::Vlan)
        } else if matches(object, "monitor", 1) {
            monitor::MonitorCommand::parse(rest).map(BridgeCommand::Monitor)
        } else if matches(object, "help", 1) {
            Err(CliError::usage(USAGE))
        } else {
            Err(CliError::usage(format!("Object \"{object}\" is unknown, try \"nlw bridge help\".")))
        }
    }

    /// Runs the command; what the kernel refuses ends with bridge's 255.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            BridgeCommand::Fdb(fdb) => fdb.run(ctx),
            BridgeCommand::Link(link) => link.run(ctx),
            BridgeCommand::Mdb(mdb) => mdb.run(ctx),
            BridgeCommand::Vlan(vlan) => vlan.run(ctx),
            BridgeCommand::Monitor(monitor) => monitor.run(ctx),
        }
        .map_err(bridge_error)
    }
}

/// An error with bridge's exit code: 255, but for a closed pipe.
fn bridge_error(e: CliError) -> CliError {
    match e.failure() {
        Failure::Usage(_) | Failure::Io(_) | Failure::Exit { .. } => e,
        _ => CliError::exit(255, e.to_string()),
    }
}

/// The index of `dev`, or bridge's refusal of a device it cannot find.
fn index_of(names: &Names, dev: &str) -> Result<u32> {
    names.index(dev).ok_or_else(|| CliError::usage(format!("Cannot find device \"{dev}\"")))
}

/// iproute2's `invarg`: `why` may end with the line break bridge adds.
fn invalid_argument(value: &str, why: &str) -> CliError {
    CliError::usage(format!("Error: argument \"{value}\" is wrong: {why}"))
}
