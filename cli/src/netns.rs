//! `nlw netns list|add NAME|del NAME|list-id`: named namespaces in
//! `/run/netns`, as `ip netns` keeps them, and the ids a namespace gave
//! others.

use std::ffi::OsStr;
use std::io::Write;
use std::mem::MaybeUninit;

use nlwire::nsid::{self, NetNs, NsId};
use nlwire_rustix::netns;
use nlwire_std::IPRoute;

use crate::args::{duplicate, invalid, signed, Words};
use crate::json::Json;
use crate::names::{named_ids, nsid_of};
use crate::{CliError, Result};

/// A parsed `netns` command.
pub enum NetnsCommand {
    List,
    Add(String),
    Del(String),
    /// `list-id [target-nsid ID] [nsid ID]`.
    ListId {
        /// The ids as the namespace with this id here sees them.
        target: Option<i32>,
        /// Only this id.
        nsid: Option<i32>,
    },
}

/// `list-id`'s `target-nsid ID` or `nsid ID` as ip reads them: a number of
/// `get_integer`, at least 0, once.
fn list_id_number(words: &mut Words<'_>, keyword: &str, slot: &mut Option<i32>) -> Result<()> {
    if slot.is_some() {
        return Err(duplicate(keyword, keyword));
    }
    let value = words.value()?;
    let id = signed(value).ok_or_else(|| invalid(&format!("\"{keyword}\" value is invalid"), value))?;
    if id < 0 {
        // ip names the word after the value (`(null)` at the end).
        let next = words.peek().unwrap_or("(null)");
        return Err(invalid(&format!("\"{keyword}\" value should be >= 0"), next));
    }
    *slot = Some(id);
    Ok(())
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
            "list-id" => {
                let (mut target, mut nsid) = (None, None);
                let mut words = Words::new(&words[1..]);
                while let Some(word) = words.next() {
                    match word {
                        "target-nsid" => list_id_number(&mut words, word, &mut target)?,
                        "nsid" => list_id_number(&mut words, word, &mut nsid)?,
                        _ => {
                            return Err(CliError::usage(
                                "Usage: nlw netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]",
                            ))
                        }
                    }
                }
                Ok(NetnsCommand::ListId { target, nsid })
            }
            other => Err(CliError::usage(format!("Command \"{other}\" is unknown, try \"nlw netns help\"."))),
        }
    }

    /// Runs the command; `json` prints `[{"name": ..., "id": ...}]` as
    /// `ip -j netns list`; ids are those `netns` (`-n`) gave.
    pub fn run(&self, json: bool, pretty: bool, netns: Option<&OsStr>) -> Result<()> {
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
                // The ids `-n`'s namespace gave; without a socket here the
                // names are still worth listing.
                let mut ipr = match crate::open_route(netns) {
                    Ok(ipr) => Some(ipr),
                    Err(e) if netns.is_some() => return Err(e),
                    Err(_) => None,
                };
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
            NetnsCommand::ListId { target, nsid } => {
                let mut ipr = crate::open_route(netns)?;
                list_ids(&mut ipr, *target, *nsid, &mut Json::new(std::io::stdout().lock(), pretty), json)
            }
        }
    }
}

/// `list-id`: the ids this namespace gave (as the one with id `target`
/// sees them), or only `nsid`, text `nsid N [current-nsid M] (iproute2
/// netns name: NAME)` or JSON, as ip 6.1 prints them. A name is printed
/// once, found by the current id (else the id) among the named namespaces.
fn list_ids<W: Write>(
    ipr: &mut IPRoute,
    target: Option<i32>,
    nsid: Option<i32>,
    j: &mut Json<W>,
    json: bool,
) -> Result<()> {
    let named = named_ids(ipr)?;
    let mut unprinted = named.clone();
    let mut print = |j: &mut Json<W>, message: &nlwire::Message<'_>| -> Result<()> {
        let entry = NsId::parse(message)?;
        let id = entry.nsid()?.unwrap_or(nsid::NSID_NOT_ASSIGNED);
        let current = entry.current_nsid()?;
        let found = unprinted.iter().position(|(n, _)| *n == current.unwrap_or(id));
        let name = match found {
            Some(at) => Some(unprinted.remove(at).1),
            None => named.iter().find(|(n, _)| *n == id).map(|(_, name)| name.clone()),
        };
        if json {
            j.begin_object()?;
            nsid_json(j, &entry, name.as_deref())?;
            j.end_object()?;
            return Ok(());
        }
        nsid_text(j.out(), &entry, name.as_deref())
    };
    // As ip: nothing printed when the one id asked for is refused; the
    // listing closed when a dump fails.
    let reply =
        nsid.map(|id| ipr.get(&nsid::Get { peer: NetNs::Nsid(id), target_nsid: target })).transpose()?;
    if json {
        j.begin_array()?;
    }
    let printed = match reply {
        Some(reply) => print(j, &reply.message()),
        None => {
            let mut dump_all = || -> Result<()> {
                let mut dump = crate::session::dump(ipr, &nsid::Dump { target_nsid: target })?;
                while let Some(message) = dump.next()? {
                    print(j, &message)?;
                }
                Ok(())
            };
            dump_all().map_err(|e| CliError::exit(1, format!("{e}\nDump terminated")))
        }
    };
    if json {
        j.end_array()?;
        j.finish()?;
    }
    j.out().flush()?;
    printed
}

/// A namespace id (of `netns list-id`, or a `monitor nsid` event) as ip
/// 6.1's `print_nsid` writes it: `nsid N [current-nsid
/// M] (iproute2 netns name: NAME)`, each id `unassigned` when negative.
pub(crate) fn nsid_text(out: &mut impl Write, entry: &NsId<'_>, name: Option<&str>) -> Result<()> {
    let id = entry.nsid()?.unwrap_or(nlwire::nsid::NSID_NOT_ASSIGNED);
    for (key, value) in [("nsid", Some(id)), ("current-nsid", entry.current_nsid()?)] {
        match value {
            Some(v) if v >= 0 => write!(out, "{key} {v} ")?,
            Some(_) => write!(out, "{key} unassigned ")?,
            None => {}
        }
    }
    if let Some(name) = name {
        write!(out, "(iproute2 netns name: {name})")?;
    }
    writeln!(out)?;
    Ok(())
}

/// A namespace id's JSON fields: the ids when assigned, and the name.
pub(crate) fn nsid_json<W: Write>(j: &mut Json<W>, entry: &NsId<'_>, name: Option<&str>) -> Result<()> {
    for (key, value) in [("nsid", entry.nsid()?), ("current-nsid", entry.current_nsid()?)] {
        if let Some(value) = value.filter(|v| *v >= 0) {
            j.field_num(key, value)?;
        }
    }
    if let Some(name) = name {
        j.field_str("name", name)?;
    }
    Ok(())
}
