//! `nlw mptcp endpoint|limits|monitor`: the MPTCP path manager, with the
//! words, output and exit codes of iproute2's `ip mptcp`.

use std::fmt::Display;
use std::io::{self, Write};
use std::net::IpAddr;

use nlwire::mptcp::{AddEndpoint, DelEndpoint, EndpointFlags, Event, SetEndpointFlags, SetLimits};
use nlwire_rustix::monitor::MonitorEvent;
use nlwire_std::mptcp::MptcpEndpoint;
use nlwire_std::Genl;

use crate::args::incomplete;
use crate::json::Json;
use crate::names::Names;
use crate::out::Out;
use crate::{matches, CliError, Ctx, Result};

const USAGE: &str = "Usage:\tip mptcp endpoint add ADDRESS [ dev NAME ] [ id ID ]
\t\t\t\t      [ port NR ] [ FLAG-LIST ]
\tip mptcp endpoint delete id ID [ ADDRESS ]
\tip mptcp endpoint change [ id ID ] [ ADDRESS ] [ port NR ] CHANGE-OPT
\tip mptcp endpoint show [ id ID ]
\tip mptcp endpoint flush
\tip mptcp limits set [ subflows NR ] [ add_addr_accepted NR ]
\tip mptcp limits show
\tip mptcp monitor
FLAG-LIST := [ FLAG-LIST ] FLAG
FLAG  := [ signal | subflow | backup | fullmesh ]
CHANGE-OPT := [ backup | nobackup | fullmesh | nofullmesh ]";

/// Flag words in iproute2's order (`nobackup`/`nofullmesh` set nothing).
const FLAG_WORDS: [(&str, EndpointFlags); 6] = [
    ("signal", EndpointFlags::SIGNAL),
    ("subflow", EndpointFlags::SUBFLOW),
    ("backup", EndpointFlags::BACKUP),
    ("fullmesh", EndpointFlags::FULLMESH),
    ("nobackup", EndpointFlags::empty()),
    ("nofullmesh", EndpointFlags::empty()),
];

/// A parsed `nlw mptcp` command.
#[derive(Debug)]
pub enum MptcpCommand {
    /// `endpoint show` (all, or `id ID`).
    Show(Option<u8>),
    /// `endpoint add`; the interface by name, looked up when run.
    Add(AddEndpoint, Option<String>),
    /// `endpoint delete`.
    Del(DelEndpoint),
    /// `endpoint change`.
    Change(SetEndpointFlags),
    /// `endpoint flush`.
    Flush,
    /// `limits show`.
    Limits,
    /// `limits set`.
    SetLimits(SetLimits),
    /// `monitor`.
    Monitor,
}

fn invarg(msg: &str, arg: &str) -> CliError {
    CliError::usage(format!("Error: argument \"{arg}\" is wrong: {msg}"))
}

fn unknown(word: &str) -> CliError {
    CliError::usage(format!("Command \"{word}\" is unknown, try \"ip mptcp help\"."))
}

/// `strtoul(s, _, 0)` as iproute2's get_u8/u16/u32 use it, bounded by `max`.
fn number(s: &str, max: u64) -> Option<u64> {
    crate::names::c_number(s).filter(|&n| n <= max)
}

/// What the endpoint options are for.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Verb {
    Add,
    Del,
    Change,
    Show,
}

struct Opts {
    flags: EndpointFlags,
    id: Option<u8>,
    dev: Option<String>,
    port: u16,
    addr: Option<IpAddr>,
}

/// iproute2's mptcp_parse_opt: every check it makes, in its order.
fn parse_opts(args: &[String], verb: Verb) -> Result<Opts> {
    let mut o = Opts { flags: EndpointFlags::empty(), id: None, dev: None, port: 0, addr: None };
    let mut it = args.iter();
    while let Some(word) = it.next() {
        if let Some((_, f)) = FLAG_WORDS.iter().find(|(name, _)| name == word) {
            o.flags |= *f;
            if verb == Verb::Add && o.flags.contains(EndpointFlags::SIGNAL | EndpointFlags::FULLMESH) {
                return Err(invarg("flags mustn't have both signal and fullmesh", word));
            }
            if verb == Verb::Change && !(EndpointFlags::BACKUP | EndpointFlags::FULLMESH).contains(o.flags) {
                return Err(invarg("invalid flags, backup and fullmesh only", word));
            }
        } else if matches(word, "id", 1) {
            let v = it.next().ok_or_else(incomplete)?;
            o.id = Some(number(v, 0xff).ok_or_else(|| invarg("invalid ID\n", v))? as u8);
        } else if matches(word, "dev", 1) {
            let v = it.next().ok_or_else(incomplete)?;
            if v.is_empty() || v.len() >= 16 || v.contains('/') || v.contains(char::is_whitespace) {
                return Err(invarg("invalid interface name\n", v));
            }
            o.dev = Some(v.clone());
        } else if matches(word, "port", 1) {
            let v = it.next().ok_or_else(incomplete)?;
            o.port = number(v, 0xffff).ok_or_else(|| invarg("expected port", v))? as u16;
        } else if let Ok(a) = word.parse::<IpAddr>() {
            o.addr = Some(a);
        } else {
            return Err(CliError::refused(format!(
                "Error: any valid address is expected rather than \"{word}\"."
            )));
        }
    }
    if o.addr.is_none() && verb == Verb::Add {
        return Err(CliError::usage("Error: argument \"ADDRESS\" is required"));
    }
    if verb == Verb::Del {
        match (o.id, o.addr) {
            (None, _) => return Err(CliError::usage("Error: argument \"ID\" is required")),
            (Some(1..), Some(_)) => return Err(invarg("invalid for non-zero id address\n", "ADDRESS")),
            (Some(0), None) => return Err(invarg("address is needed for deleting id 0 address\n", "ID")),
            _ => {}
        }
    }
    if verb == Verb::Add && o.port != 0 && !o.flags.contains(EndpointFlags::SIGNAL) {
        return Err(invarg("flags must have signal when using port", "port"));
    }
    if verb == Verb::Change && o.id.is_some() && o.port != 0 {
        return Err(invarg("port can't be used with id", "port"));
    }
    Ok(o)
}

fn parse_limits(args: &[String]) -> Result<SetLimits> {
    let mut set = SetLimits::default();
    let mut it = args.iter();
    while let Some(word) = it.next() {
        if matches(word, "subflows", 1) {
            let v = it.next().ok_or_else(incomplete)?;
            set.subflows =
                Some(number(v, u32::MAX.into()).ok_or_else(|| invarg("invalid subflows\n", v))? as u32);
        } else if matches(word, "add_addr_accepted", 1) {
            let v = it.next().ok_or_else(incomplete)?;
            set.add_addr_accepted =
                Some(number(v, u32::MAX.into()).ok_or_else(|| invarg("invalid add_addr_accepted\n", v))?
                    as u32);
        } else {
            return Err(invarg("unknown limit", word));
        }
    }
    Ok(set)
}

impl MptcpCommand {
    /// Parses the words after `mptcp`, refusing what `ip mptcp` refuses
    /// before anything is sent.
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((first, rest)) = words.split_first() else {
            return Err(CliError::usage(USAGE));
        };
        if matches(first, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        if matches(first, "endpoint", 1) {
            let Some((verb, args)) = rest.split_first() else {
                return Ok(MptcpCommand::Show(None));
            };
            if matches(verb, "add", 1) {
                let o = parse_opts(args, Verb::Add)?;
                let addr =
                    o.addr.ok_or_else(|| CliError::usage("Error: argument \"ADDRESS\" is required"))?;
                let add =
                    AddEndpoint { addr, id: o.id.unwrap_or(0), port: o.port, flags: o.flags, ifindex: 0 };
                return Ok(MptcpCommand::Add(add, o.dev));
            }
            if matches(verb, "change", 1) {
                let o = parse_opts(args, Verb::Change)?;
                return Ok(MptcpCommand::Change(SetEndpointFlags {
                    id: o.id.unwrap_or(0),
                    addr: o.addr,
                    port: o.port,
                    flags: o.flags,
                }));
            }
            if matches(verb, "delete", 1) {
                let o = parse_opts(args, Verb::Del)?;
                return Ok(MptcpCommand::Del(DelEndpoint { id: o.id.unwrap_or(0), addr: o.addr }));
            }
            if matches(verb, "show", 1) {
                if args.is_empty() {
                    return Ok(MptcpCommand::Show(None));
                }
                let o = parse_opts(args, Verb::Show)?;
                return Ok(MptcpCommand::Show(Some(o.id.unwrap_or(0))));
            }
            if matches(verb, "flush", 1) {
                return Ok(MptcpCommand::Flush);
            }
            return Err(unknown(verb));
        }
        if matches(first, "limits", 1) {
            let Some((verb, args)) = rest.split_first() else {
                return Ok(MptcpCommand::Limits);
            };
            if matches(verb, "set", 1) {
                return Ok(MptcpCommand::SetLimits(parse_limits(args)?));
            }
            if matches(verb, "show", 1) {
                parse_limits(args)?;
                return Ok(MptcpCommand::Limits);
            }
            return Err(unknown(verb));
        }
        if matches(first, "monitor", 1) {
            return match rest.first() {
                None => Ok(MptcpCommand::Monitor),
                Some(word) => Err(unknown(word)),
            };
        }
        Err(unknown(first))
    }

    /// Runs it in the namespace of `ctx` (a generic netlink session of its own).
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let mut genl = crate::open_genl(ctx.netns.as_deref())?;
        match self {
            MptcpCommand::Show(id) => {
                let endpoints = match id {
                    None => genl.mptcp().endpoints()?,
                    Some(id) => vec![genl.mptcp().endpoint(*id)?],
                };
                let names = Names::on_demand(ctx)?;
                print_endpoints(ctx, &names, &endpoints)
            }
            MptcpCommand::Add(add, dev) => {
                let mut add = *add;
                if let Some(dev) = dev {
                    add.ifindex = crate::args::ifindex(&mut ctx.ipr, dev)
                        .map_err(|_| invarg("device does not exist\n", dev))?;
                }
                genl.mptcp().add_endpoint(&add).map_err(CliError::from)
            }
            MptcpCommand::Del(del) => match del.addr {
                Some(addr) if del.id == 0 => genl.mptcp().del_endpoint_addr(addr).map_err(CliError::from),
                _ => genl.mptcp().del_endpoint(del.id).map_err(CliError::from),
            },
            MptcpCommand::Change(set) => genl.mptcp().set_endpoint_flags(set).map_err(CliError::from),
            MptcpCommand::Flush => genl.mptcp().flush().map_err(CliError::from),
            MptcpCommand::SetLimits(set) => genl.mptcp().set_limits(set).map_err(CliError::from),
            MptcpCommand::Limits => {
                let l = genl.mptcp().limits()?;
                // iproute2 6.1 prints the limits as text even with -j.
                let mut out = Out::new(io::stdout().lock());
                writeln!(out, "add_addr_accepted {} subflows {} ", l.add_addr_accepted, l.subflows)?;
                out.flush()?;
                Ok(())
            }
            MptcpCommand::Monitor => monitor(&mut genl),
        }
    }
}

/// One walk for text and JSON, as iproute2's print_mptcp_addrinfo.
enum Sink<'a, W: Write> {
    Text(&'a mut Out<W>),
    Json(&'a mut Json<W>),
}

impl<W: Write> Sink<'_, W> {
    fn field(&mut self, key: &str, label: &str, value: &dyn Display, quoted: bool) -> io::Result<()> {
        match self {
            Sink::Text(out) if label.is_empty() => write!(out, "{value} "),
            Sink::Text(out) => write!(out, "{label} {value} "),
            Sink::Json(j) if quoted => j.field_display(key, value),
            Sink::Json(j) => {
                j.key(key)?;
                j.raw(format_args!("{value}"))
            }
        }
    }
    fn flag(&mut self, name: &str) -> io::Result<()> {
        match self {
            Sink::Text(out) => write!(out, "{name} "),
            Sink::Json(j) => j.field_true(name),
        }
    }
    fn endpoint(&mut self, names: &Names, ep: &MptcpEndpoint) -> io::Result<()> {
        self.field("address", "", &ep.addr, true)?;
        if ep.port != 0 {
            self.field("port", "port", &ep.port, false)?;
        }
        self.field("id", "id", &ep.id, false)?;
        let mut rest = ep.flags.bits();
        for (name, f) in FLAG_WORDS {
            if rest & f.bits() != 0 {
                self.flag(name)?;
            }
            rest &= !f.bits();
        }
        if rest != 0 {
            self.field("rawflags", "rawflags", &format_args!("{rest:02x}"), true)?;
        }
        if ep.ifindex != 0 {
            self.field("dev", "dev", &names.get(ep.ifindex as u32), true)?;
        }
        Ok(())
    }
}

fn print_endpoints(ctx: &Ctx, names: &Names, endpoints: &[MptcpEndpoint]) -> Result<()> {
    let stdout = io::stdout().lock();
    if ctx.json {
        let mut j = Json::new(stdout, ctx.pretty);
        j.begin_array()?;
        for ep in endpoints {
            j.begin_object()?;
            Sink::Json(&mut j).endpoint(names, ep)?;
            j.end_object()?;
        }
        j.end_array()?;
        j.finish()?;
    } else {
        let mut out = Out::new(stdout);
        for ep in endpoints {
            Sink::Text(&mut out).endpoint(names, ep)?;
            out.byte(b'\n')?;
        }
        out.flush()?;
    }
    Ok(())
}

/// iproute2 6.1's event_to_str (it predates the listener events: those
/// print as `[UNKNOWN 15]`, as ip does on this system).
fn event_name(kind: u8) -> Option<&'static str> {
    Some(match kind {
        1 => "CREATED",
        2 => "ESTABLISHED",
        3 => "CLOSED",
        6 => "ANNOUNCED",
        7 => "REMOVED",
        10 => "SF_ESTABLISHED",
        11 => "SF_CLOSED",
        13 => "SF_PRIO",
        _ => return None,
    })
}

/// One event line as iproute2's mptcp_monitor_msg prints it.
pub fn event_line(e: &Event<'_>, line: &mut String) -> nlwire::Result<()> {
    use std::fmt::Write as _;
    let Some(name) = event_name(e.cmd()) else {
        let _ = write!(line, "[UNKNOWN {}]", e.cmd());
        return Ok(());
    };
    let _ = write!(line, "[{name:>14}]");
    if let Some(v) = e.token()? {
        let _ = write!(line, " token={v:08x}");
    }
    if let Some(v) = e.rem_id()? {
        let _ = write!(line, " remid={v}");
    }
    if let Some(v) = e.loc_id()? {
        let _ = write!(line, " locid={v}");
    }
    if let Some(v) = e.saddr4()? {
        let _ = write!(line, " saddr4={v}");
    }
    if let Some(v) = e.daddr4()? {
        let _ = write!(line, " daddr4={v}");
    }
    if let Some(v) = e.saddr6()? {
        let _ = write!(line, " saddr6={v}");
    }
    if let Some(v) = e.daddr6()? {
        let _ = write!(line, " daddr6={v}");
    }
    if let Some(v) = e.sport()? {
        let _ = write!(line, " sport={v}");
    }
    if let Some(v) = e.dport()? {
        let _ = write!(line, " dport={v}");
    }
    if let Some(v) = e.backup()? {
        let _ = write!(line, " backup={v}");
    }
    if let Some(v) = e.error()? {
        let _ = write!(line, " error={v}");
    }
    if let Some(v) = e.flags()? {
        let _ = write!(line, " flags={v:x}");
    }
    if let Some(v) = e.timeout()? {
        let _ = write!(line, " timeout={v}");
    }
    if let Some(v) = e.if_idx()? {
        let _ = write!(line, " ifindex={v}");
    }
    if let Some(v) = e.reset_reason()? {
        let _ = write!(line, " reset_reason={v}");
    }
    if let Some(v) = e.reset_flags()? {
        let _ = write!(line, " reset_flags=0x{v:x}");
    }
    Ok(())
}

fn monitor(genl: &mut Genl) -> Result<()> {
    let mut events = genl.events(nlwire::mptcp::FAMILY_NAME, nlwire::mptcp::EVENTS_GROUP)?;
    let mut line = String::new();
    loop {
        // Lost events are not reported, as `ip mptcp monitor` does not.
        if let MonitorEvent::Message(msg) = events.next()? {
            line.clear();
            event_line(&Event::parse(&msg)?, &mut line)?;
            let mut out = io::stdout().lock();
            writeln!(out, "{line}")?;
            out.flush()?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Failure;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_as_ip_does() {
        let c = MptcpCommand::parse(&words("endpoint add 192.0.2.1 id 0x10 port 010 signal backup")).unwrap();
        let MptcpCommand::Add(add, None) = c else { panic!("{c:?}") };
        assert_eq!((add.id, add.port, add.flags), (16, 8, EndpointFlags::SIGNAL | EndpointFlags::BACKUP));
        assert!(matches!(MptcpCommand::parse(&words("e")).unwrap(), MptcpCommand::Show(None)));
        assert!(matches!(MptcpCommand::parse(&words("l")).unwrap(), MptcpCommand::Limits));
        assert!(matches!(
            MptcpCommand::parse(&words("limits s subflows 1")).unwrap(),
            MptcpCommand::SetLimits(_)
        ));
        for (bad, refused) in [
            ("endpoint add 192.0.2.1 signal fullmesh", false),
            ("endpoint add 192.0.2.1 port 80", false),
            ("endpoint add 192.0.2.1 id 256", false),
            ("endpoint add", false),
            ("endpoint add bogus", true),
            ("endpoint delete", false),
            ("endpoint delete id 0", false),
            ("endpoint delete id 3 192.0.2.1", false),
            ("endpoint change id 1 signal", false),
            ("endpoint frob", false),
            ("limits set subflows x", false),
            ("limits set foo 1", false),
            ("monitor extra", false),
            ("endpoint add 192.0.2.1 id", false),
        ] {
            match MptcpCommand::parse(&words(bad)).map_err(CliError::into_failure) {
                Err(Failure::Usage(_)) if !refused => {}
                Err(Failure::Refused(_)) if refused => {}
                other => panic!("{bad}: {other:?}"),
            }
        }
    }
}
