//! `nlw [-d] [-o] [-t|-ts] monitor [all | OBJECTS] [file FILE] [label] [dev DEVICE]`:
//! events as they happen, one line each (`-j`: one JSON object per line),
//! from one reused buffer; with `-d`, the details `ip -d monitor` adds (a
//! link's kind and its data, a route's type, table, protocol and scope, a
//! rule's protocol). With `file`, the messages of a file (as `rtmon`
//! records them) instead of the kernel's.

use std::io::Write;

use nlwire::addr::Address;
use nlwire::link::Link;
use nlwire::neigh::Neighbour;
use nlwire::netconf::NetConf;
use nlwire::nexthop::NextHopObject;
use nlwire::nsid::NsId;
use nlwire::prefix::{Prefix, PrefixFlags, ND_OPT_PREFIX_INFORMATION};
use nlwire::route::Route;
use nlwire::rule::Rule;
use nlwire::{msg_type, Message};
use nlwire_rustix::rtnlgrp;
use nlwire_std::{Event, Group, OwnedMessage};

use crate::details::Show;
use crate::json::Json;
use crate::link::{addr_json, addr_text, link_json, link_text};
use crate::names::Names;
use crate::netconf;
use crate::nexthop::{self, Objects};
use crate::out::Out;
use crate::route::{route_json, route_text, Selector};
use crate::sink::Sink;
use crate::{neigh, rule};
use crate::{CliError, Ctx, Result};

/// `monitor help`, in ip's shape, with what nlw takes.
pub const USAGE: &str = "Usage: nlw monitor [ all | OBJECTS ] [ FILE ] [ label ] [ dev DEVICE ]
OBJECTS :=  address | link | mroute | neigh | netconf |
            nexthop | nsid | prefix | route | rule | stats
FILE := file FILENAME";

/// ip's `-t` (`-timestamp`) and `-ts` (`-tshort`): when each event was
/// printed, in local time, before it (`-j` too: ip 6.1 prints them whatever
/// `-j` says).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Timestamp {
    /// Neither.
    #[default]
    Off,
    /// `-t`: a line `Timestamp: Sat Dec  5 16:24:54 2026 608795 usec`.
    Long,
    /// `-ts` (after or before `-t`): a prefix `[2026-12-05T16:24:54.608795] `.
    Short,
}

/// `monitor [all | OBJECTS] [file FILE] [label] [dev DEVICE]`, parsed.
pub struct MonitorCommand {
    groups: Vec<Group>,
    /// `file FILE`: its messages printed, whatever their object (as ip's),
    /// instead of the kernel's events.
    file: Option<std::path::PathBuf>,
    /// `label` (and `all`): each event after its object's `[LINK]`, `[ADDR]`...
    label: bool,
    /// `dev DEVICE`: only its links, addresses, routes, neighbours and
    /// netconf; rules, next hops and nsids whatever their device.
    dev: Option<String>,
}

impl MonitorCommand {
    /// Parses the words after `monitor` as ip 6.1 does (abbreviations too);
    /// every object when none is named.
    pub fn parse(words: &[String]) -> Result<Self> {
        let mut groups = Vec::new();
        let mut label = false;
        let mut dev = None;
        let mut file = None;
        let mut words = crate::args::Words::new(words);
        while let Some(w) = words.next() {
            let is = |keyword: &str| crate::matches(w, keyword, 1);
            // In ip's order, which decides what an abbreviation stands for.
            match () {
                () if is("file") => {
                    file = Some(words.next().ok_or_else(crate::args::incomplete)?.into());
                }
                () if is("label") => label = true,
                () if is("link") => groups.push(Group::Link),
                () if is("address") => groups.extend([Group::Ipv4Addr, Group::Ipv6Addr]),
                () if is("route") => groups.extend([Group::Ipv4Route, Group::Ipv6Route]),
                () if is("mroute") => {
                    groups.extend([rtnlgrp::IPV4_MROUTE, rtnlgrp::IPV6_MROUTE].map(Group::Other))
                }
                () if is("prefix") => groups.push(Group::Other(rtnlgrp::IPV6_PREFIX)),
                () if is("neigh") => groups.push(Group::Neigh),
                () if is("netconf") => groups.extend(
                    [rtnlgrp::IPV4_NETCONF, rtnlgrp::IPV6_NETCONF, rtnlgrp::MPLS_NETCONF].map(Group::Other),
                ),
                () if is("rule") => groups.extend([Group::Ipv4Rule, Group::Ipv6Rule]),
                () if is("nsid") => groups.push(Group::Nsid),
                () if is("nexthop") => groups.push(Group::Nexthop),
                () if w == "stats" => groups.push(Group::Other(rtnlgrp::STATS)),
                () if w == "all" => label = true,
                () if is("all-nsid") => return Err(not_yet(w)),
                () if is("help") => return Err(CliError::usage(USAGE)),
                () if w == "dev" => {
                    let name = words.next().ok_or_else(crate::args::incomplete)?;
                    dev = Some(name.to_owned());
                }
                () => {
                    return Err(CliError::usage(format!(
                        "Argument \"{w}\" is unknown, try \"nlw monitor help\"."
                    )))
                }
            }
        }
        if groups.is_empty() {
            let all = [
                "link", "address", "route", "mroute", "prefix", "neigh", "netconf", "rule", "nsid",
                "nexthop", "stats",
            ];
            groups = Self::parse(&all.map(String::from))?.groups;
        }
        Ok(MonitorCommand { groups, file, label, dev })
    }
}

/// What ip's monitor takes and nlw's does not yet (exit 255, nothing sent).
fn not_yet(word: &str) -> CliError {
    CliError::usage(format!("Error: nlw monitor does not take \"{word}\" yet, try \"nlw monitor help\"."))
}

/// Prints events until interrupted, or the messages of the file. Names of
/// new links are learnt from the events themselves.
#[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
pub fn run(ctx: &mut Ctx, command: &MonitorCommand) -> Result<()> {
    // Subscribe first, then learn the names: no event falls between.
    let mut monitor = match &command.file {
        Some(_) => None,
        None => Some(ctx.ipr.monitor(&command.groups)?),
    };
    let saved =
        command.file.as_deref().map(|path| crate::saved::Format::MONITOR.open_file(path)).transpose()?;
    let names = Names::load(&mut ctx.ipr)?;
    let dev_index = match &command.dev {
        Some(name) => Some(names.index(name).ok_or_else(|| {
            CliError::usage(format!("Error: argument \"{name}\" is wrong: Device does not exist\n"))
        })?),
        None => None,
    };
    // As ip: a route's or a neighbour's device is left out when it was named.
    let routes = match &command.dev {
        Some(name) => Selector::parse(&["table", "all", "dev", name].map(String::from), 0)?,
        None => Selector::ALL,
    }
    .with_counters(crate::encap::Counters::of(ctx));
    // The names of the namespaces with an id, kept to name a deleted one
    // (its name is gone from /run/netns by then).
    let named_nsids = match command.groups.contains(&Group::Nsid) {
        true => crate::names::named_ids(&mut ctx.ipr)?,
        false => Vec::new(),
    };
    let stdout = std::io::stdout();
    let mut p = Printer {
        j: Json::new(stdout.lock(), false),
        json: ctx.json,
        stamp: ctx.timestamp,
        label: command.label,
        lines: true,
    };
    if ctx.oneline && !ctx.json {
        // ip's `-o`: each event on one line, its inner line breaks as `\`.
        p.j.out().oneline();
    }
    let mut watch = Watch {
        names,
        gone: Vec::new(),
        named_nsids,
        dev_index,
        family: ctx.family,
        stats: ctx.stats > 0,
        style: Style {
            show: if ctx.details { Show::MonitorDetails } else { Show::Monitor },
            details: ctx.details,
            routes: &routes,
            neigh: neigh::Shown { dev_named: dev_index.is_some(), stats: ctx.stats > 0 },
        },
    };
    if let Some(mut saved) = saved {
        while let Some(m) = saved.next()? {
            watch.print(&mut p, &mut ctx.ipr, &m)?;
        }
        p.j.out().flush()?;
        return Ok(());
    }
    let Some(monitor) = monitor.as_mut() else { return Ok(()) };
    loop {
        match monitor.next_event()? {
            Event::Overrun => {
                let j = &mut p.j;
                if ctx.json {
                    j.begin_object()?;
                    j.field_true("overrun")?;
                    j.end_object()?;
                    j.finish()?;
                } else {
                    writeln!(j.out(), "Events were lost (receive buffer overrun)")?;
                }
            }
            event => {
                if let Some(m) = event.message() {
                    watch.print(&mut p, &mut ctx.ipr, m)?;
                }
            }
        }
        p.j.out().flush()?;
    }
}

/// What the monitor knows between messages: names learnt, and what the
/// command picks and shows.
struct Watch<'s> {
    names: Names,
    /// Indexes looked up in vain (see [`refresh`]).
    gone: Vec<u32>,
    /// `(nsid, name)` of the named namespaces (see [`crate::names::named_ids`]).
    named_nsids: Vec<(i32, String)>,
    /// `dev DEVICE`'s index.
    dev_index: Option<u32>,
    /// `-4`/`-6`...: see [`Watch::of_family`].
    family: u8,
    /// `-s`.
    stats: bool,
    style: Style<'s>,
}

impl Watch<'_> {
    /// Whether `-4`/`-6`..., if given, is `family`: routes, neighbours,
    /// rules and prefixes of another are passed over, as ip's.
    fn of_family(&self, family: u8) -> bool {
        self.family == 0 || self.family == family
    }

    /// Whether `dev DEVICE`, if named, is `ifindex`.
    fn picks(&self, ifindex: u32) -> bool {
        self.dev_index.is_none_or(|dev| dev == ifindex)
    }

    /// One message as ip 6.1's `accept_msg` prints it: an object's change,
    /// a prefix, `rtmon`'s time stamp; control messages are passed over,
    /// others reported on stderr.
    fn print<W: Write>(
        &mut self,
        p: &mut Printer<W>,
        ipr: &mut nlwire_std::IPRoute,
        m: &Message<'_>,
    ) -> Result<()> {
        use msg_type::*;
        match m.kind() {
            RTM_NEWROUTE | RTM_DELROUTE if crate::mroute::is_multicast(m) => {
                let r = Route::parse(m)?;
                let iif = r.iif()?.unwrap_or(0);
                refresh(&mut self.names, &mut self.gone, ipr, iif)?;
                let shown = crate::mroute::Shown::all(&self.names, self.stats, self.style.details);
                // Its `Deleted ` is the entry's own, as ip's `print_mroute`.
                p.emit(
                    "[MROUTE]",
                    false,
                    |j| crate::mroute::print(&mut Sink::Json(j), m, &r, &shown),
                    |j| crate::mroute::print(&mut Sink::Text(j.out()), m, &r, &shown),
                )?;
            }
            RTM_NEWLINK | RTM_DELLINK => {
                let l = Link::parse(m)?;
                if let Some(name) = l.ifname()? {
                    self.names.learn(l.ifindex() as u32, name, l.flags().contains(nlwire::link::IfFlags::UP));
                }
                if self.picks(l.ifindex() as u32) {
                    emit_change(p, m, &self.names, &self.style)?;
                }
            }
            RTM_NEWADDR | RTM_DELADDR => self.change(p, ipr, m, Address::parse(m)?.ifindex())?,
            RTM_NEWROUTE | RTM_DELROUTE => {
                let r = Route::parse(m)?;
                if self.of_family(r.family()) {
                    self.change(p, ipr, m, r.oif()?.unwrap_or(0))?;
                }
            }
            RTM_NEWNEIGH | RTM_DELNEIGH => {
                let n = Neighbour::parse(m)?;
                if self.of_family(n.family()) {
                    self.change(p, ipr, m, n.ifindex())?;
                }
            }
            RTM_NEWRULE | RTM_DELRULE => {
                if self.of_family(Rule::parse(m)?.family()) {
                    emit_change(p, m, &self.names, &self.style)?;
                }
            }
            RTM_NEWNEXTHOP | RTM_DELNEXTHOP => {
                let oif = NextHopObject::parse(m)?.oif()?.unwrap_or(0);
                refresh(&mut self.names, &mut self.gone, ipr, oif)?;
                emit_change(p, m, &self.names, &self.style)?;
            }
            RTM_NEWNETCONF | RTM_DELNETCONF => {
                let conf = NetConf::parse(m)?;
                // `all` and `default` (negative) are no device's.
                let ifindex = conf.ifindex()?.and_then(|i| u32::try_from(i).ok()).unwrap_or(0);
                if !self.picks(ifindex) {
                    return Ok(());
                }
                refresh(&mut self.names, &mut self.gone, ipr, ifindex)?;
                let names = &self.names;
                p.emit(
                    "[NETCONF]",
                    m.kind() == RTM_DELNETCONF,
                    |j| netconf::print(&mut Sink::Json(j), &conf, names),
                    |j| {
                        netconf::print(&mut Sink::Text(j.out()), &conf, names)?;
                        writeln!(j.out()).map_err(CliError::from)
                    },
                )?;
            }
            RTM_NEWNSID | RTM_DELNSID => {
                let entry = NsId::parse(m)?;
                let deleted = m.kind() == RTM_DELNSID;
                let id = entry.nsid()?.unwrap_or(nlwire::nsid::NSID_NOT_ASSIGNED);
                if !deleted && !self.named_nsids.iter().any(|(n, _)| *n == id) {
                    self.named_nsids = crate::names::named_ids(ipr)?;
                }
                let at = self.named_nsids.iter().position(|(n, _)| *n == id);
                let name = match (at, deleted) {
                    (Some(at), true) => Some(self.named_nsids.remove(at).1),
                    (Some(at), false) => self.named_nsids.get(at).map(|(_, name)| name.clone()),
                    (None, _) => None,
                };
                p.emit(
                    "[NSID]",
                    deleted,
                    |j| crate::netns::nsid_json(j, &entry, name.as_deref()),
                    |j| crate::netns::nsid_text(j.out(), &entry, name.as_deref()),
                )?;
            }
            RTM_NEWSTATS => {
                let stats = nlwire::link::LinkStats::parse(m)?;
                refresh(&mut self.names, &mut self.gone, ipr, stats.ifindex())?;
                let names = &self.names;
                // ip prints these as text whatever `-j` says.
                p.text_event("[STATS]", |out| crate::ipstats::hw_stats_info_event(out, &stats, names))?;
            }
            RTM_NEWPREFIX => {
                let prefix = Prefix::parse(m)?;
                if !self.of_family(nlwire::rtnl::af::INET6) {
                    return Ok(());
                }
                if prefix.family() != nlwire::rtnl::af::INET6 {
                    eprintln!("incorrect protocol family: {}", prefix.family());
                } else if prefix.kind() != ND_OPT_PREFIX_INFORMATION {
                    eprintln!("wrong ND type {}", prefix.kind());
                } else {
                    refresh(&mut self.names, &mut self.gone, ipr, prefix.ifindex() as u32)?;
                    let names = &self.names;
                    // ip prints these as text whatever `-j` says.
                    p.text_event("[PREFIX]", |out| prefix_text(out, &prefix, names))?;
                }
            }
            TSTAMP => {
                let out = p.j.out();
                rtmon_timestamp(out, m.payload())?;
            }
            ERROR | NOOP | DONE => {}
            kind => {
                let (flags, len) = (m.header().flags.get(), m.header().len.get());
                eprintln!(
                    "Unknown message: type=0x{kind:08x}({kind}) flags=0x{flags:08x}({flags}) len=0x{len:08x}({len})"
                );
            }
        }
        Ok(())
    }

    /// An address, route or neighbour of link `ifindex`, if picked.
    fn change<W: Write>(
        &mut self,
        p: &mut Printer<W>,
        ipr: &mut nlwire_std::IPRoute,
        m: &Message<'_>,
        ifindex: u32,
    ) -> Result<()> {
        if self.picks(ifindex) {
            refresh(&mut self.names, &mut self.gone, ipr, ifindex)?;
            emit_change(p, m, &self.names, &self.style)?;
        }
        Ok(())
    }
}

/// `NLMSG_TSTAMP`: the type of `rtmon`'s time stamps in a file.
const TSTAMP: u16 = 15;

/// ip 6.1's `print_prefix` of an IPv6 prefix information option:
/// `prefix ADDR/LENdev DEV ` (ip 6.1 writes no space before `dev`), the
/// option's flags, its lifetimes.
fn prefix_text<W: Write>(out: &mut Out<W>, prefix: &Prefix<'_>, names: &Names) -> Result<()> {
    if let Some(address) = prefix.address()? {
        write!(out, "prefix {address}/{}", prefix.prefixlen())?;
    }
    write!(out, "dev {} ", names.get(prefix.ifindex() as u32))?;
    if prefix.flags().contains(PrefixFlags::ONLINK) {
        write!(out, "onlink ")?;
    }
    if prefix.flags().contains(PrefixFlags::AUTOCONF) {
        write!(out, "autoconf ")?;
    }
    if let Some(times) = prefix.cacheinfo()? {
        write!(out, "valid {} preferred {} ", times.valid_time, times.preferred_time)?;
    }
    writeln!(out)?;
    Ok(())
}

/// ip's `print_nlmsg_timestamp`: `Timestamp: ` and `asctime`'s local date,
/// then the microseconds, of the seconds and microseconds `rtmon` wrote.
fn rtmon_timestamp<W: Write>(out: &mut Out<W>, payload: &[u8]) -> Result<()> {
    let word = |at: usize| {
        let mut bytes = [0u8; 4];
        bytes.copy_from_slice(payload.get(at..at + 4).unwrap_or(&[0; 4]));
        u32::from_ne_bytes(bytes)
    };
    let (secs, micros) = (word(0), word(4));
    write!(out, "Timestamp: ")?;
    crate::localtime::write_asctime(out, i64::from(secs))?;
    // Its own line under `-o` too, as ip's.
    writeln!(out, " {micros} us")?;
    out.end_object()?;
    Ok(())
}

/// Loads the names again when an event names an interface created since
/// they were loaded (its link event is not subscribed to, or came later),
/// adding only the interfaces not known yet, as ip asks for the one. An
/// index still unknown after a reload (the interface is already gone) is
/// remembered in `gone`, so that its further events cost no reload.
pub(crate) fn refresh(
    names: &mut Names,
    gone: &mut Vec<u32>,
    ipr: &mut nlwire_std::IPRoute,
    ifindex: u32,
) -> Result<()> {
    if ifindex != 0 && !names.knows(ifindex) && !gone.contains(&ifindex) {
        names.add_unknown(Names::load(ipr)?);
        if !names.knows(ifindex) {
            gone.push(ifindex);
        }
    }
    Ok(())
}

/// How the objects of events are printed, by the command's options.
struct Style<'s> {
    /// `-d`: a link's details.
    show: Show,
    /// `-d`: a route's and a rule's details, a next hop's.
    details: bool,
    /// What a route's line leaves out (`dev DEV` named).
    routes: &'s Selector,
    neigh: neigh::Shown,
}

/// Prints `m`, a change to a link, address, route, neighbour, rule or next
/// hop, as ip prints its event (`Deleted ` before a deletion); `false` for a
/// message of another type, printed by nothing here.
fn emit_change<W: Write>(
    p: &mut Printer<W>,
    m: &Message<'_>,
    names: &Names,
    style: &Style<'_>,
) -> Result<bool> {
    use msg_type::*;
    let kind = m.kind();
    let deleted =
        [RTM_DELLINK, RTM_DELADDR, RTM_DELROUTE, RTM_DELNEIGH, RTM_DELRULE, RTM_DELNEXTHOP].contains(&kind);
    let objects = Objects::default();
    match kind {
        RTM_NEWLINK | RTM_DELLINK => {
            let l = Link::parse(m)?;
            p.emit(
                "[LINK]",
                deleted,
                |j| link_json(j, &l, names, style.show),
                |j| link_text(j.out(), &l, names, style.show),
            )?;
        }
        RTM_NEWADDR | RTM_DELADDR => {
            let a = Address::parse(m)?;
            let dev = names.get(a.ifindex()).into_owned();
            p.emit(
                "[ADDR]",
                deleted,
                |j| {
                    j.field_num("index", a.ifindex())?;
                    j.field_str("dev", &dev)?;
                    addr_json(j, &a)
                },
                |j| {
                    write!(j.out(), "{}: {dev}", a.ifindex())?;
                    addr_text(j.out(), &a)
                },
            )?;
        }
        RTM_NEWROUTE | RTM_DELROUTE => {
            let r = Route::parse(m)?;
            p.emit(
                "[ROUTE]",
                deleted,
                |j| route_json(j, &r, names, style.routes, style.details, &objects),
                |j| route_text(j.out(), &r, names, style.routes, style.details, &objects),
            )?;
        }
        RTM_NEWNEIGH | RTM_DELNEIGH => {
            let n = Neighbour::parse(m)?;
            p.emit(
                "[NEIGH]",
                deleted,
                |j| neigh::print(&mut Sink::Json(j), &n, names, style.neigh),
                |j| neigh::print(&mut Sink::Text(j.out()), &n, names, style.neigh),
            )?;
        }
        RTM_NEWRULE | RTM_DELRULE => {
            let r = Rule::parse(m)?;
            p.emit(
                "[RULE]",
                deleted,
                |j| rule::print(&mut Sink::Json(j), &r, style.details),
                |j| rule::print(&mut Sink::Text(j.out()), &r, style.details),
            )?;
        }
        RTM_NEWNEXTHOP | RTM_DELNEXTHOP => {
            let nh = NextHopObject::parse(m)?;
            p.emit(
                "[NEXTHOP]",
                deleted,
                |j| nexthop::print(&mut Sink::Json(j), &nh, names, style.details),
                |j| {
                    nexthop::print(&mut Sink::Text(j.out()), &nh, names, style.details)?;
                    writeln!(j.out()).map_err(CliError::from)
                },
            )?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// `-echo`: what the kernel sent back of a change, printed as ip 6.1's
/// `rtnl_echo_talk` prints it: the first object (ip reads one answer; a
/// veth's peer, or secondary addresses deleted along, are left out) as its
/// event, or in a JSON array (`[{}]` when nothing came back, as ip; valid
/// JSON where ip 6.1 writes a route or a rule inside a second pair of
/// braces).
pub fn print_echoed(
    ipr: &mut nlwire_std::IPRoute,
    echoed: &[OwnedMessage],
    json: bool,
    pretty: bool,
) -> Result<()> {
    let names = Names::load(ipr)?;
    let routes = Selector::ALL;
    let style =
        Style { show: Show::Monitor, details: false, routes: &routes, neigh: neigh::Shown::default() };
    let stdout = std::io::stdout();
    let mut p = Printer {
        j: if json { Json::in_array(stdout.lock(), pretty) } else { Json::new(stdout.lock(), pretty) },
        json,
        stamp: Timestamp::Off,
        label: false,
        lines: false,
    };
    let mut printed = false;
    if let Some(m) = echoed.first() {
        printed = emit_change(&mut p, &m.message(), &names, &style)?;
    }
    if json {
        if !printed {
            p.j.begin_object()?;
            p.j.end_object()?;
        }
        p.j.end_array()?;
        p.j.finish()?;
    }
    p.j.out().flush()?;
    Ok(())
}

/// Where events are printed, and what comes before each.
struct Printer<W: Write> {
    j: Json<W>,
    json: bool,
    stamp: Timestamp,
    /// `label`: the object's `[LINK]`, `[ADDR]`... before the event.
    label: bool,
    /// Each JSON object on a line of its own (`monitor`), not in an array
    /// (`-echo`).
    lines: bool,
}

impl<W: Write> Printer<W> {
    /// One event after ip's headers (its time, its object's `label`): a
    /// JSON object on its own line, or ip's text with `Deleted `.
    fn emit(
        &mut self,
        label: &str,
        deleted: bool,
        fields: impl FnOnce(&mut Json<W>) -> Result<()>,
        text: impl FnOnce(&mut Json<W>) -> Result<()>,
    ) -> Result<()> {
        let j = &mut self.j;
        write_timestamp(j.out(), self.stamp, std::time::SystemTime::now())?;
        // Under `-o`, `-t`'s line ends a line still (as ip's).
        j.out().end_object()?;
        if self.label {
            write!(j.out(), "{label}")?;
        }
        if self.json {
            j.begin_object()?;
            if deleted {
                j.field_true("deleted")?;
            }
            fields(j)?;
            j.end_object()?;
            if self.lines {
                j.finish()?;
            }
        } else {
            if deleted {
                write!(j.out(), "Deleted ")?;
            }
            text(j)?;
            j.out().end_object()?;
        }
        Ok(())
    }
}

impl<W: Write> Printer<W> {
    /// An event ip prints as text even under `-j`, after its headers.
    fn text_event(&mut self, label: &str, text: impl FnOnce(&mut Out<W>) -> Result<()>) -> Result<()> {
        let out = self.j.out();
        write_timestamp(out, self.stamp, std::time::SystemTime::now())?;
        out.end_object()?;
        if self.label {
            write!(out, "{label}")?;
        }
        text(out)?;
        out.end_object()?;
        Ok(())
    }
}

/// ip's `print_timestamp` of `now` in local time: `Timestamp: ` and
/// `asctime`'s date with the microseconds (`-t`), or `[` ISO 8601 date and
/// time `.` six digits `] ` (`-ts`).
fn write_timestamp(out: &mut impl Write, stamp: Timestamp, now: std::time::SystemTime) -> Result<()> {
    if stamp == Timestamp::Off {
        return Ok(());
    }
    let since = now.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let utc = i64::try_from(since.as_secs()).unwrap_or(i64::MAX / 2);
    let micros = since.subsec_micros();
    if stamp == Timestamp::Short {
        let local = utc + crate::localtime::offset(utc);
        let (days, secs) = (local.div_euclid(86_400), local.rem_euclid(86_400));
        let (year, month, day) = crate::localtime::civil_from_days(days);
        let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
        write!(out, "[{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}.{micros:06}] ")?;
    } else {
        write!(out, "Timestamp: ")?;
        crate::localtime::write_asctime(out, utc)?;
        writeln!(out, " {micros} usec")?;
    }
    Ok(())
}
