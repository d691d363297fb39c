//! `nlw tuntap add|del|show`: persistent tun and tap devices, made and
//! removed as `ip tuntap` makes them (the tun driver's `ioctl`s on
//! `/dev/net/tun`, in the `-n` namespace) and listed as ip 6.1 lists them.
//!
//! ```sh
//! nlw tuntap add dev tap0 mode tap user 1000 vnet_hdr
//! nlw -j tuntap show     # [{"ifname":"tap0","flags":["tap","vnet_hdr","persist"],"user":1000}]
//! nlw tuntap del tap0 mode tap
//! ```
//!
//! ip reads each device's flags, owner and group from sysfs
//! (`/sys/class/net/NAME/tun_flags`), which shows the namespace `/sys` was
//! mounted in: `ip -n` mounts it afresh. nlw reads the same facts from the
//! kernel's link info (`IFLA_TUN_*`), which is always the namespace's own;
//! the one flag it lacks is `one_queue`, which has had no effect since
//! Linux 3.8, so nlw does not print it. With `-d`, the processes that have
//! the device open, as ip finds them (every process's `/dev/net/tun` files
//! whose `fdinfo` names the device); in JSON as objects `{"name", "pid"}`
//! where ip 6.1 writes the keys straight into the array, which is not JSON.
//! Words after `show` are refused (ip ignores them).

use std::io::Write;
use std::mem::MaybeUninit;

use nlwire::link::{Dump, Link};
use nlwire::tables::rt_link::LinkinfoTunAttrs;
use nlwire_rustix::tuntap::{
    self, TunTap, IFF_MULTI_QUEUE, IFF_NO_PI, IFF_ONE_QUEUE, IFF_PERSIST, IFF_TAP, IFF_TUN, IFF_VNET_HDR,
};
use rustix::fs::{Mode, OFlags, RawDir};

use crate::args::{invalid, link_name, Words};
use crate::names::{account_id, Accounts};
use crate::sink::{Listing, Sink};
use crate::{matches, CliError, Ctx, Failure, Result};

/// `nlw tuntap help`, as ip 6.1 words it.
pub const USAGE: &str = "Usage: nlw tuntap { add | del | show | list | lst | help } [ dev PHYS_DEV ]
          [ mode { tun | tap } ] [ user USER ] [ group GROUP ]
          [ one_queue ] [ pi ] [ vnet_hdr ] [ multi_queue ] [ name NAME ]

Where: USER  := { STRING | NUMBER }
       GROUP := { STRING | NUMBER }";

/// `ARPHRD_ETHER` and `ARPHRD_NONE` (`linux/if_arp.h`): the link types of
/// tap and tun devices, the only ones ip lists.
const ARPHRD_ETHER: u16 = 1;
const ARPHRD_NONE: u16 = 0xfffe;

/// A parsed `tuntap` command.
pub enum TuntapCommand {
    /// `show`, `list`, `lst`, or nothing.
    Show,
    /// `add`.
    Add(Device),
    /// `del`: only the name and the flags count.
    Del(Device),
}

/// The device `add` makes or `del` removes.
pub struct Device {
    /// Empty for the kernel's `tun%d`.
    name: String,
    flags: u16,
    owner: Option<u32>,
    group: Option<u32>,
}

impl TuntapCommand {
    /// Parses the words after `tuntap` (the verb first).
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((verb, args)) = words.split_first() else { return Ok(TuntapCommand::Show) };
        if matches(verb, "add", 1) {
            Ok(TuntapCommand::Add(Device::parse(args, true)?))
        } else if matches(verb, "delete", 1) {
            Ok(TuntapCommand::Del(Device::parse(args, false)?))
        } else if matches(verb, "show", 1) || matches(verb, "lst", 1) || matches(verb, "list", 1) {
            match args.first() {
                None => Ok(TuntapCommand::Show),
                Some(word) => Err(CliError::usage(format!(
                    "Error: \"{word}\": nlw tuntap show lists every device and takes no arguments."
                ))),
            }
        } else if matches(verb, "help", 1) {
            Err(CliError::usage(USAGE))
        } else {
            Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw tuntap help\".")))
        }
    }

    /// Runs the command.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let done = match self {
            TuntapCommand::Show => return show(ctx),
            TuntapCommand::Add(dev) => crate::in_netns(ctx.netns.as_deref(), |ns| {
                let tap = TunTap { name: &dev.name, flags: dev.flags, owner: dev.owner, group: dev.group };
                tuntap::create(ns, &tap)
            }),
            TuntapCommand::Del(dev) => {
                crate::in_netns(ctx.netns.as_deref(), |ns| tuntap::delete(ns, &dev.name, dev.flags))
            }
        };
        // ip's `perror`: exit 1.
        done.map_err(|e| match e {
            nlwire_rustix::Error::Sys { call, errno } => {
                CliError::refused(format!("{call}: {}", crate::strerror(errno.raw_os_error())))
            }
            e => Failure::Failed(e.into()).into(),
        })
    }
}

impl Device {
    /// ip 6.1's `parse_args`: each word matched by its prefix, in ip's
    /// order; `user` and `group` only for `add` (for `del` they are names,
    /// as in ip); a word that is none of the keywords is the name.
    fn parse(args: &[String], add: bool) -> Result<Self> {
        let mut dev = Device { name: String::new(), flags: IFF_NO_PI, owner: None, group: None };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            if matches(word, "mode", 1) {
                let mode = words.value()?;
                let (wanted, other) = if matches(mode, "tun", 1) {
                    (IFF_TUN, IFF_TAP)
                } else if matches(mode, "tap", 1) {
                    (IFF_TAP, IFF_TUN)
                } else {
                    return Err(CliError::usage(format!("Unknown tunnel mode \"{mode}\"")));
                };
                if dev.flags & other != 0 {
                    return Err(CliError::usage("You managed to ask for more than one tunnel mode."));
                }
                dev.flags |= wanted;
            } else if add && matches(word, "user", 1) {
                dev.owner = account(Accounts::Users, "user", words.value()?)?;
            } else if add && matches(word, "group", 1) {
                dev.group = account(Accounts::Groups, "group", words.value()?)?;
            } else if matches(word, "pi", 1) {
                dev.flags &= !IFF_NO_PI;
            } else if matches(word, "one_queue", 1) {
                dev.flags |= IFF_ONE_QUEUE;
            } else if matches(word, "vnet_hdr", 1) {
                dev.flags |= IFF_VNET_HDR;
            } else if matches(word, "multi_queue", 1) {
                dev.flags |= IFF_MULTI_QUEUE;
            } else if matches(word, "dev", 1) {
                dev.name = ifname("dev", words.value()?)?;
            } else {
                let name = if matches(word, "name", 1) {
                    words.value()?
                } else if matches(word, "help", 1) {
                    return Err(CliError::usage(USAGE));
                } else {
                    word
                };
                if !dev.name.is_empty() {
                    return Err(CliError::usage(format!(
                        "Error: either \"name\" is duplicate, or \"{name}\" is a garbage."
                    )));
                }
                dev.name = ifname("name", name)?;
            }
        }
        if dev.flags & (IFF_TUN | IFF_TAP) == 0 {
            // ip's words, and its exit code 1.
            return Err(CliError::rejected("You failed to specify a tunnel mode"));
        }
        Ok(dev)
    }
}

/// A name after `keyword`, checked as ip's `get_ifname`; a name ip passes
/// and the kernel refuses (`.`, `..`, with `:`) is refused here with ip's
/// exit code for the kernel's refusal (1).
fn ifname(keyword: &str, s: &str) -> Result<String> {
    link_name(s, true).map_err(|e| match e.failure() {
        Failure::Usage(_) => invalid(&format!("\"{keyword}\" not a valid ifname"), s),
        _ => CliError::rejected(e.to_string()),
    })
}

/// A user or group as ip reads it: a decimal number (C's `strtol`, kept to
/// 32 bits; -1 is "none"), else a name from the account file.
fn account(file: Accounts, what: &str, s: &str) -> Result<Option<u32>> {
    let id = match s.parse::<i64>() {
        Ok(n) => n as u32,
        Err(_) => account_id(file, s).ok_or_else(|| CliError::usage(format!("invalid {what} \"{s}\"")))?,
    };
    Ok(Some(id).filter(|id| *id != u32::MAX))
}

/// `nlw tuntap show`: the devices of kind `tun`, as ip 6.1's `print_tuntap`.
fn show(ctx: &mut Ctx) -> Result<()> {
    let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
    let mut dump = crate::session::dump(&mut ctx.ipr, &Dump { kind: Some("tun"), ..Dump::default() })?;
    while let Some(msg) = dump.next()? {
        let link = Link::parse(&msg)?;
        let Some(info) = link.linkinfo()? else { continue };
        let Some(name) = link.ifname()? else { continue };
        if info.kind()? != Some("tun") || !matches!(link.link_type(), ARPHRD_ETHER | ARPHRD_NONE) {
            continue;
        }
        let data = info.data()?.map(LinkinfoTunAttrs);
        let (flags, owner, group) = match &data {
            Some(d) => (tun_flags(d)?, d.owner()?, d.group()?),
            None => (IFF_NO_PI, None, None),
        };
        let attached = ctx.details.then(|| processes(name));
        listing.item(|s| print(s, name, flags, owner, group, attached.as_deref()))?;
    }
    listing.finish()?;
    Ok(())
}

/// The device's `tun_flags`, as sysfs shows them, from its link info.
fn tun_flags(data: &LinkinfoTunAttrs<'_>) -> Result<u16> {
    let on = |v: Option<u8>| v.is_some_and(|v| v != 0);
    let mut flags = data.r#type()?.map_or(0, u16::from);
    for (set, flag) in [
        (!on(data.pi()?), IFF_NO_PI),
        (on(data.vnet_hdr()?), IFF_VNET_HDR),
        (on(data.multi_queue()?), IFF_MULTI_QUEUE),
        (on(data.persist()?), IFF_PERSIST),
    ] {
        if set {
            flags |= flag;
        }
    }
    Ok(flags)
}

/// One device: `NAME: FLAGS... [user U] [group G]`, or its JSON object
/// (`ifname`, `flags`, `user`, `group`), as ip 6.1's `print_flags` words
/// the flags. ip names `filter` when `IFF_NOFILTER` is clear; that bit is
/// `IFF_NO_PI`'s, so `filter` comes with `pi`.
fn print<W: Write>(
    s: &mut Sink<'_, W>,
    name: &str,
    flags: u16,
    owner: Option<u32>,
    group: Option<u32>,
    attached: Option<&[(String, u32)]>,
) -> Result<()> {
    s.string("ifname", format_args!("{name}:"), &name)?;
    s.open_array("flags")?;
    let set = |flag| flags & flag != 0;
    for (shown, word) in [
        (set(IFF_TUN), "tun"),
        (set(IFF_TAP), "tap"),
        (!set(IFF_NO_PI), "pi"),
        (set(IFF_ONE_QUEUE), "one_queue"),
        (set(IFF_MULTI_QUEUE), "multi_queue"),
        (set(IFF_VNET_HDR), "vnet_hdr"),
        (set(IFF_PERSIST), "persist"),
        (!set(IFF_NO_PI), "filter"),
    ] {
        if shown {
            s.element(format_args!(" {word}"), &word)?;
        }
    }
    s.close_array()?;
    if let Some(uid) = owner {
        s.fmt_num("user", format_args!(" user {uid}"), uid)?;
    }
    if let Some(gid) = group {
        s.fmt_num("group", format_args!(" group {gid}"), gid)?;
    }
    if let Some(attached) = attached {
        s.fmt_text(format_args!("\n\tAttached to processes:"))?;
        s.open_array("processes")?;
        for (comm, pid) in attached {
            if let Sink::Json(j) = s {
                j.begin_object()?;
            }
            s.string("name", format_args!("{comm}"), comm)?;
            s.fmt_num("pid", format_args!("({pid})"), *pid)?;
            if let Sink::Json(j) = s {
                j.end_object()?;
            }
        }
        s.close_array()?;
    }
    s.fmt_text(format_args!("\n"))?;
    Ok(())
}

/// The processes with `/dev/net/tun` open on the device `name`, as ip's
/// `show_processes` finds them: every process but this one, in `/proc`'s
/// order, each file that links to `/dev/net/tun` and whose `fdinfo` has
/// `iff: NAME`; each as its `comm` (`<NULL>` when gone) and its pid. What
/// cannot be read (another user's files) is passed over. (rustix's
/// directory reading: std's costs the static build 14 KB.)
fn processes(name: &str) -> Vec<(String, u32)> {
    const TUN: &[u8] = b"/dev/net/tun";
    let directory = |path: &str| {
        rustix::fs::open(path, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
    };
    let mut found = Vec::new();
    let Ok(proc) = directory("/proc") else { return found };
    let mut buf = [MaybeUninit::uninit(); 4096];
    let mut pids = RawDir::new(&proc, &mut buf);
    while let Some(Ok(entry)) = pids.next() {
        let Some(pid) = entry.file_name().to_str().ok().and_then(|p| p.parse::<u32>().ok()) else { continue };
        if pid == std::process::id() {
            continue;
        }
        let Ok(fd_dir) = directory(&format!("/proc/{pid}/fd")) else { continue };
        let mut buf = [MaybeUninit::uninit(); 4096];
        let mut files = RawDir::new(&fd_dir, &mut buf);
        while let Some(Ok(file)) = files.next() {
            // One byte more than the path, to tell a longer link.
            let mut link = [0u8; TUN.len() + 1];
            let n = rustix::fs::readlinkat_raw(&fd_dir, file.file_name(), &mut link[..]).unwrap_or(0);
            let Some(fd) = file.file_name().to_str().ok().filter(|_| link.get(..n) == Some(TUN)) else {
                continue;
            };
            let info = std::fs::read_to_string(format!("/proc/{pid}/fdinfo/{fd}")).unwrap_or_default();
            if info.lines().any(|l| l.strip_prefix("iff:").map(str::trim) == Some(name)) {
                let comm = std::fs::read_to_string(format!("/proc/{pid}/comm"));
                let comm = comm.map_or_else(|_| "<NULL>".to_owned(), |c| c.trim_end().to_owned());
                found.push((comm, pid));
            }
        }
    }
    found
}
