//! `nlw netns list|add NAME|del NAME`: named namespaces in `/run/netns`,
//! as `ip netns` keeps them.

use std::io::Write;
use std::mem::MaybeUninit;
use std::os::fd::AsRawFd;

use nlwire::nsid::{self, NetNs, NsId};
use nlwire_rustix::netns;
use nlwire_std::IPRoute;

use crate::json::Json;
use crate::{CliError, Result};

/// A parsed `netns` command.
pub enum NetnsCommand {
    List,
    Add(String),
    Del(String),
}

impl NetnsCommand {
    /// Parses the words after `netns`; names are checked before anything is done.
    pub fn parse(words: &[String]) -> Result<Self> {
        let verb = words.first().map_or("list", String::as_str);
        let name = || -> Result<String> {
            let name = match words {
                [_, name] => name,
                // ip's words and exit code.
                [_] => return Err(CliError::rejected("No netns name specified")),
                _ => return Err(CliError::usage(format!("Usage: nlw netns {verb} NAME"))),
            };
            netns::validate_name(name)
                .map_err(|_| CliError::usage(format!("Invalid netns name \"{name}\"")))?;
            Ok(name.clone())
        };
        match verb {
            "list" | "show" | "ls" | "lst" => Ok(NetnsCommand::List),
            "add" => Ok(NetnsCommand::Add(name()?)),
            "del" | "delete" => Ok(NetnsCommand::Del(name()?)),
            other => Err(CliError::usage(format!("Command \"{other}\" is unknown, try \"nlw netns help\"."))),
        }
    }

    /// Runs the command; `json` prints `[{"name": ..., "id": ...}]` as
    /// `ip -j netns list`.
    pub fn run(&self, json: bool, pretty: bool) -> Result<()> {
        match self {
            // nlw runs no other thread: none started for this either.
            NetnsCommand::Add(name) => netns::create_in_this_thread(name).map_err(|e| {
                CliError::refused(format!("Cannot create namespace file \"/run/netns/{name}\": {e}"))
            }),
            NetnsCommand::Del(name) => netns::delete(name).map_err(|e| {
                CliError::refused(format!("Cannot remove namespace file \"/run/netns/{name}\": {e}"))
            }),
            NetnsCommand::List => {
                let mut buf = [MaybeUninit::uninit(); 4096];
                let mut names = netns::list(&mut buf).map_err(nlwire_std::Error::Socket)?;
                // Without a socket the names are still worth listing.
                let mut ipr = IPRoute::new().ok();
                let mut j = Json::new(std::io::stdout().lock(), pretty);
                if json {
                    j.begin_array()?;
                }
                while let Some(name) = names.next() {
                    let name = name.map_err(nlwire_std::Error::Socket)?;
                    let id = ipr.as_mut().and_then(|ipr| nsid_of(ipr, name));
                    if json {
                        j.begin_object()?;
                        j.field_str("name", name)?;
                        if let Some(id) = id {
                            j.field_num("id", id)?;
                        }
                        j.end_object()?;
                    } else {
                        match id {
                            Some(id) => writeln!(j.out(), "{name} (id: {id})")?,
                            None => writeln!(j.out(), "{name}")?,
                        }
                    }
                }
                if json {
                    j.end_array()?;
                    j.finish()?;
                }
                j.out().flush()?;
                Ok(())
            }
        }
    }
}

/// The id this namespace gave the named namespace (`ip netns set NAME N`,
/// or a link moved between them), asked with `RTM_GETNSID` on the open
/// namespace file. As ip, a namespace whose id cannot be read is listed
/// without one.
fn nsid_of(ipr: &mut IPRoute, name: &str) -> Option<i32> {
    let file = netns::open(netns::Netns::Name(name)).ok()?;
    let fd = u32::try_from(file.as_raw_fd()).ok()?;
    let reply = ipr.get(&nsid::Get { peer: NetNs::Fd(fd), target_nsid: None }).ok()?;
    let message = reply.message();
    // Not assigned: -1.
    NsId::parse(&message).ok()?.nsid().ok()?.filter(|id| *id >= 0)
}
