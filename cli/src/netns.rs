//! `nlw netns list|add NAME|del NAME`: named namespaces in `/run/netns`,
//! as `ip netns` keeps them.

use std::io::Write;
use std::mem::MaybeUninit;

use nlwire_rustix::netns;

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
            let [_, name] = words else {
                return Err(CliError::usage(format!("Usage: nlw netns {verb} NAME")));
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

    /// Runs the command; `json` prints `[{"name": ...}]` as `ip -j netns list`.
    pub fn run(&self, json: bool, pretty: bool) -> Result<()> {
        match self {
            NetnsCommand::Add(name) => netns::create(name).map_err(|e| {
                CliError::Refused(format!("Cannot create namespace file \"/run/netns/{name}\": {e}"))
            }),
            NetnsCommand::Del(name) => netns::delete(name).map_err(|e| {
                CliError::Refused(format!("Cannot remove namespace file \"/run/netns/{name}\": {e}"))
            }),
            NetnsCommand::List => {
                let mut buf = [MaybeUninit::uninit(); 4096];
                let mut names = netns::list(&mut buf).map_err(nlwire_std::Error::Socket)?;
                let mut j = Json::new(std::io::stdout().lock(), pretty);
                if json {
                    j.begin_array()?;
                }
                while let Some(name) = names.next() {
                    let name = name.map_err(nlwire_std::Error::Socket)?;
                    if json {
                        j.begin_object()?;
                        j.field_str("name", name)?;
                        j.end_object()?;
                    } else {
                        writeln!(j.out(), "{name}")?;
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
