//! `nlw netns list|add|del|attach|set|identify|pids|exec|monitor|list-id`:
//! named namespaces in `/run/netns`, as `ip netns` keeps them, programs run
//! in them, and the ids a namespace gave others.

use std::ffi::{CStr, OsStr};
use std::io::Write;
use std::mem::MaybeUninit;
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::os::unix::process::CommandExt;

use nlwire::nsid::{self, NetNs, NsId};
use nlwire_rustix::netns::{self, SwitchStep};
use nlwire_std::IPRoute;

use crate::args::{duplicate, invalid, signed, Words};
use crate::json::Json;
use crate::names::{named_ids, nsid_of};
use crate::{strerror, CliError, Result};

/// `netns help`, as ip's.
pub const USAGE: &str = "Usage:\tnlw netns list
\tnlw netns add NAME
\tnlw netns attach NAME PID
\tnlw netns set NAME NETNSID
\tnlw [-all] netns delete [NAME]
\tnlw netns identify [PID]
\tnlw netns pids NAME
\tnlw [-all] netns exec [NAME] cmd ...
\tnlw netns monitor
\tnlw netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]
NETNSID := auto | POSITIVE-INT";

/// A parsed `netns` command.
pub enum NetnsCommand {
    List,
    Add(String),
    /// `del NAME`, or with `-all` (`None`) every named namespace.
    Del(Option<String>),
    /// `attach NAME PID`: names the namespace of process `PID`.
    Attach {
        name: String,
        pid: i32,
    },
    /// `set NAME NETNSID`: the id this namespace gives `NAME` (-1: `auto`).
    Set {
        name: String,
        nsid: i32,
    },
    /// `identify [PID]`: the names of the namespace of `PID` (or `self`).
    Identify(String),
    /// `pids NAME`: the processes in it.
    Pids(String),
    /// `exec NAME CMD...`, or with `-all` (`name` `None`) in each namespace.
    Exec {
        name: Option<String>,
        command: Vec<String>,
    },
    /// `monitor`: names as they are added and deleted.
    Monitor,
    /// `list-id [target-nsid ID] [nsid ID]`.
    ListId {
        /// The ids as the namespace with this id here sees them.
        target: Option<i32>,
        /// Only this id.
        nsid: Option<i32>,
    },
}

/// How `exec` runs its program: in place of nlw (a command line), or as a
/// child whose exit code is the command's (a `-batch` line, as ip forks
/// there).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Exec {
    Replace,
    Child,
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

/// What ip says, with exit 1, when a verb lacks its name.
fn no_name() -> CliError {
    CliError::rejected("No netns name specified")
}

impl NetnsCommand {
    /// Parses the words after `netns`, `all` being `-all`; names are checked
    /// before anything is done. Verbs are ip's prefixes (`e` is `exec`).
    pub fn parse(words: &[String], all: bool) -> Result<Self> {
        let Some((verb, args)) = words.split_first() else { return Ok(NetnsCommand::List) };
        // ip checks the word after the verb as a name, whatever the verb.
        if let (false, Some(name)) = (all, args.first()) {
            netns::validate_name(name)
                .map_err(|_| CliError::usage(format!("Invalid netns name \"{name}\"")))?;
        }
        let is = |keyword: &str| keyword.starts_with(verb.as_str());
        let name = || args.first().cloned().ok_or_else(no_name);
        let at_most_one = || match args.len() {
            0 | 1 => Ok(()),
            _ => Err(CliError::rejected("extra arguments specified")),
        };
        let command = if is("list") || is("show") || is("lst") {
            NetnsCommand::List
        } else if is("list-id") {
            let (mut target, mut nsid) = (None, None);
            let mut words = Words::new(args);
            while let Some(word) = words.next() {
                match word {
                    "target-nsid" => list_id_number(&mut words, word, &mut target)?,
                    "nsid" => list_id_number(&mut words, word, &mut nsid)?,
                    _ => return Err(CliError::usage(USAGE)),
                }
            }
            NetnsCommand::ListId { target, nsid }
        } else if is("help") {
            return Err(CliError::usage(USAGE));
        } else if is("add") {
            NetnsCommand::Add(name()?)
        } else if is("set") {
            let name = name()?;
            let value = args.get(1).ok_or_else(|| CliError::rejected("No nsid specified"))?;
            let nsid = match value.as_str() {
                // The kernel picks one.
                "auto" => nsid::NSID_NOT_ASSIGNED,
                _ => match signed(value) {
                    Some(id) if id >= 0 => id,
                    Some(_) => return Err(invalid("\"netnsid\" value should be >= 0", value)),
                    None => return Err(invalid("Invalid \"netnsid\" value", value)),
                },
            };
            NetnsCommand::Set { name, nsid }
        } else if is("delete") {
            NetnsCommand::Del(if all { None } else { Some(name()?) })
        } else if is("identify") {
            at_most_one()?;
            let pid = args.first().map_or("self", String::as_str);
            if pid != "self" && !pid.bytes().all(|b| b.is_ascii_digit()) {
                return Err(CliError::rejected(format!("Specified string '{pid}' is not a pid")));
            }
            NetnsCommand::Identify(pid.to_owned())
        } else if is("pids") {
            let name = name()?;
            at_most_one()?;
            NetnsCommand::Pids(name)
        } else if is("exec") {
            let (name, command) = match (all, args) {
                (true, command) => (None, command),
                (false, [name, command @ ..]) => (Some(name.clone()), command),
                (false, []) => return Err(no_name()),
            };
            if command.is_empty() {
                return Err(CliError::rejected("No command specified"));
            }
            NetnsCommand::Exec { name, command: command.to_vec() }
        } else if is("monitor") {
            NetnsCommand::Monitor
        } else if is("attach") {
            let (Some(name), Some(pid)) = (args.first(), args.get(1)) else {
                return Err(CliError::rejected("No netns name and PID specified"));
            };
            let pid = signed(pid)
                .filter(|pid| *pid != 0)
                .ok_or_else(|| CliError::rejected(format!("Invalid PID: {pid}")))?;
            NetnsCommand::Attach { name: name.clone(), pid }
        } else {
            return Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw netns help\".")));
        };
        Ok(command)
    }

    /// Runs the command; `json` prints `[{"name": ..., "id": ...}]` as
    /// `ip -j netns list`; ids are those `netns` (`-n`) gave.
    pub fn run(&self, json: bool, pretty: bool, netns: Option<&OsStr>, exec: Exec) -> Result<()> {
        match self {
            // nlw runs no other thread: none started for this either.
            NetnsCommand::Add(name) => netns::create_in_this_thread(name).map_err(|e| cannot_create(name, e)),
            NetnsCommand::Del(Some(name)) => delete(name),
            NetnsCommand::Del(None) => each_name(|name| delete(name).map(|()| true)),
            NetnsCommand::Attach { name, pid } => {
                let file = format!("/proc/{pid}/ns/net");
                let c_file = std::ffi::CString::new(file.as_str()).unwrap_or_default();
                netns::attach(name, &c_file).map_err(|e| match e {
                    nlwire_rustix::Error::Sys { call: "mount(MS_BIND)", errno } => {
                        CliError::refused(format!(
                            "Bind {file} -> /run/netns/{name} failed: {}",
                            strerror(errno.raw_os_error())
                        ))
                    }
                    e => cannot_create(name, e),
                })
            }
            NetnsCommand::Set { name, nsid } => {
                let file = netns::open(netns::Netns::Name(name)).map_err(|e| cannot_open(name, e))?;
                let fd = u32::try_from(std::os::fd::AsRawFd::as_raw_fd(&file)).unwrap_or_default();
                let mut ipr = crate::open_route(netns)?;
                crate::session::request(&mut ipr, &nsid::Set { nsid: *nsid, peer: NetNs::Fd(fd) })
            }
            NetnsCommand::Identify(pid) => identify(pid),
            NetnsCommand::Pids(name) => pids(name),
            NetnsCommand::Exec { name: Some(name), command } => match exec {
                Exec::Replace => Err(exec_in(name, command)),
                Exec::Child => run_child(name, command).and_then(|code| match code {
                    0 => Ok(()),
                    code => Err(CliError::exit(code, "")),
                }),
            },
            NetnsCommand::Exec { name: None, command } => each_name(|name| {
                let mut out = std::io::stdout().lock();
                write!(out, "\nnetns: {name}\n")?;
                out.flush()?;
                // ip goes on whatever the program's exit code, and stops
                // (exit 1) when a signal ended it.
                run_child(name, command).map(|_| true)
            }),
            NetnsCommand::Monitor => monitor(),
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

/// `del NAME`, ip's words when it fails.
fn delete(name: &str) -> Result<()> {
    netns::delete(name).map_err(|e| {
        CliError::refused(format!("Cannot remove namespace file \"/run/netns/{name}\": {}", reason(e)))
    })
}

/// What ip says of a failed system call: C's words for its errno.
fn reason(e: nlwire_rustix::Error) -> String {
    e.errno().map_or_else(|| e.to_string(), |errno| strerror(errno.raw_os_error()))
}

/// `Cannot create namespace file "/run/netns/NAME": REASON`, exit 1, as ip.
fn cannot_create(name: &str, e: nlwire_rustix::Error) -> CliError {
    CliError::refused(format!("Cannot create namespace file \"/run/netns/{name}\": {}", reason(e)))
}

/// `Cannot open network namespace "NAME": REASON`, exit 1, as ip.
fn cannot_open(name: &str, e: nlwire_rustix::Error) -> CliError {
    CliError::refused(format!("Cannot open network namespace \"{name}\": {}", reason(e)))
}

/// Calls `f` with each named namespace, in the directory's order, while it
/// answers `true` (ip's `netns_foreach`); no `/run/netns` is none.
fn each_name(mut f: impl FnMut(&str) -> Result<bool>) -> Result<()> {
    let mut buf = [MaybeUninit::uninit(); 4096];
    let mut names = netns::list(&mut buf).map_err(nlwire_std::Error::Socket)?;
    while let Some(name) = names.next() {
        if !f(name.map_err(nlwire_std::Error::Socket)?)? {
            break;
        }
    }
    Ok(())
}

/// Moves this process into `name` as ip does (`netns::switch`) and runs
/// `command` in its place; returns only when that fails, with ip's words.
fn exec_in(name: &str, command: &[String]) -> CliError {
    let switched = netns::switch(name, |from, to, errno| {
        eprintln!("Bind {} -> {} failed: {}", shown_c(from), shown_c(to), strerror(errno.raw_os_error()));
    });
    if let Err((step, e)) = switched {
        let reason = reason(e);
        // ip returns 1 from its `netns exec` here, which its `do_cmd` turns into 255.
        return CliError::exit(
            255,
            match step {
                SwitchStep::Open => format!("Cannot open network namespace \"{name}\": {reason}"),
                SwitchStep::Enter => format!("setting the network namespace \"{name}\" failed: {reason}"),
                SwitchStep::UnshareMounts => format!("unshare failed: {reason}"),
                SwitchStep::MakeSlave => format!("\"mount --make-rslave /\" failed: {reason}"),
                SwitchStep::MountSys => format!("mount of /sys failed: {reason}"),
            },
        );
    }
    let Some((program, args)) = command.split_first() else {
        return CliError::rejected("No command specified");
    };
    let e = std::process::Command::new(program).args(args).exec();
    let reason = e.raw_os_error().map_or_else(|| e.to_string(), strerror);
    CliError::refused(format!("exec of \"{program}\" failed: {reason}"))
}

/// Runs `command` in `name` as a child (nlw itself, `netns exec NAME
/// COMMAND...`) and gives its exit code; a child ended by a signal ends nlw
/// with exit 1, as ip.
fn run_child(name: &str, command: &[String]) -> Result<u8> {
    let status = std::process::Command::new("/proc/self/exe")
        .arg0("nlw")
        .args(["netns", "exec", name])
        .args(command)
        .status()?;
    match status.code() {
        Some(code) => Ok(u8::try_from(code).unwrap_or(1)),
        None => Err(CliError::exit(1, "")),
    }
}

fn shown_c(path: &CStr) -> String {
    path.to_string_lossy().into_owned()
}

/// The namespace file's identity: its device and inode.
fn identity(path: &str) -> std::io::Result<(u64, u64)> {
    std::fs::metadata(path).map(|m| (m.dev(), m.ino()))
}

/// ip's words when a namespace file cannot be read, exit 1.
fn cannot_open_unnamed(e: &std::io::Error) -> CliError {
    let reason = e.raw_os_error().map_or_else(|| e.to_string(), strerror);
    CliError::refused(format!("Cannot open network namespace: {reason}"))
}

/// `identify [PID]`: the name under `/run/netns` of `PID`'s namespace (the
/// last in the directory's order, as ip), or an empty line.
fn identify(pid: &str) -> Result<()> {
    let wanted = identity(&format!("/proc/{pid}/ns/net")).map_err(|e| cannot_open_unnamed(&e))?;
    let mut found = String::new();
    each_name(|name| {
        if identity(&format!("{}/{name}", netns::RUN_DIR)).is_ok_and(|id| id == wanted) {
            found = name.to_owned();
        }
        Ok(true)
    })?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{found}")?;
    Ok(out.flush()?)
}

/// `pids NAME`: every process in the namespace, in `/proc`'s order.
fn pids(name: &str) -> Result<()> {
    let wanted = identity(&format!("{}/{name}", netns::RUN_DIR)).map_err(|e| cannot_open_unnamed(&e))?;
    let proc = std::fs::read_dir("/proc").map_err(|e| {
        CliError::refused(format!(
            "Open of /proc failed: {}",
            e.raw_os_error().map_or_else(|| e.to_string(), strerror)
        ))
    })?;
    let mut out = std::io::stdout().lock();
    for entry in proc.flatten() {
        let pid = entry.file_name();
        let Some(pid) = pid.to_str().filter(|p| p.bytes().all(|b| b.is_ascii_digit())) else { continue };
        if identity(&format!("/proc/{pid}/ns/net")).is_ok_and(|id| id == wanted) {
            writeln!(out, "{pid}")?;
        }
    }
    Ok(out.flush()?)
}

/// `monitor`: `add NAME` and `delete NAME` as names appear in and leave
/// `/run/netns` (inotify), until interrupted.
fn monitor() -> Result<()> {
    use rustix::fs::inotify;
    let failed = |call: &str, e: rustix::io::Errno| {
        CliError::refused(format!("{call} failed: {}", strerror(e.raw_os_error())))
    };
    let watch = inotify::init(inotify::CreateFlags::CLOEXEC).map_err(|e| failed("inotify_init", e))?;
    match std::fs::DirBuilder::new().mode(0o755).create(netns::RUN_DIR) {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
            let reason = e.raw_os_error().map_or_else(|| e.to_string(), strerror);
            return Err(CliError::refused(format!("mkdir {} failed: {reason}", netns::RUN_DIR)));
        }
        _ => {}
    }
    inotify::add_watch(&watch, netns::RUN_DIR, inotify::WatchFlags::CREATE | inotify::WatchFlags::DELETE)
        .map_err(|e| failed("inotify_add_watch", e))?;
    let mut buf = [MaybeUninit::uninit(); 4096];
    let mut events = inotify::Reader::new(&watch, &mut buf);
    let mut out = std::io::stdout().lock();
    loop {
        let event = events.next().map_err(|e| failed("read", e))?;
        let name = event.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        if event.events().contains(inotify::ReadFlags::CREATE) {
            writeln!(out, "add {name}")?;
        }
        if event.events().contains(inotify::ReadFlags::DELETE) {
            writeln!(out, "delete {name}")?;
        }
        out.flush()?;
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
