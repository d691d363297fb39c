//! `nlw bridge mdb`: `show` and `add|del`, the bridge multicast database,
//! as bridge 6.1 (`bridge/mdb.c`) prints and takes it.
//!
//! ```sh
//! nlw bridge mdb add dev br0 port v0 grp 239.1.1.1 permanent vid 5
//! nlw bridge mdb add dev br0 port v0 grp 239.1.1.2 src 192.0.2.9
//! nlw -d -s bridge mdb show   # dev br0 port v0 grp 239.1.1.1 permanent proto static  vid 5    0.00
//! ```

use std::io::Write;
use std::net::IpAddr;

use nlwire::mdb::{filter_mode, rtr_type, Dump, Group, Mdb, MdbFlags, PortGroup, RouterPort};
use nlwire_std::Dev;

use super::index_of;
use crate::args::incomplete;
use crate::args::{atoi, duplicate, Words};
use crate::json::Json;
use crate::matches;
use crate::names::Names;
use crate::sink::{object, Sink};
use crate::{CliError, Ctx, Result};

/// `bridge mdb help`.
pub const USAGE: &str = "Usage: nlw bridge mdb { add | del } dev DEV port PORT grp GROUP [src SOURCE] [permanent | temp] [vid VID]
       nlw bridge mdb {show} [ dev DEV ] [ vid VID ]";

/// A parsed `bridge mdb` command.
pub enum MdbCommand {
    Show(MdbShow),
    Change(MdbChange),
}

/// `bridge mdb show [dev DEV] [vid VID]`.
pub struct MdbShow {
    /// Only this bridge's entries and router ports.
    dev: Option<String>,
    /// Only entries of this VLAN (0: any), as C's `atoi` read it.
    vid: u32,
}

/// `bridge mdb add|del dev DEV port PORT grp GROUP [src SOURCE]
/// [permanent|temp] [vid VID]`.
pub struct MdbChange {
    add: bool,
    dev: String,
    port: String,
    /// The group, or bridge's refusal of it (given after the names are
    /// looked up, as bridge gives it).
    group: std::result::Result<Group, String>,
    source: Option<String>,
    permanent: bool,
    vid: u16,
}

impl MdbCommand {
    /// Parses the words after `mdb` (none: `show`).
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((verb, args)) = words.split_first() else {
            return Ok(MdbCommand::Show(MdbShow::parse(&[])?));
        };
        if matches(verb, "add", 1) {
            return MdbChange::parse(true, args).map(MdbCommand::Change);
        }
        if matches(verb, "delete", 1) {
            return MdbChange::parse(false, args).map(MdbCommand::Change);
        }
        if matches(verb, "show", 1) || matches(verb, "lst", 1) || matches(verb, "list", 1) {
            return MdbShow::parse(args).map(MdbCommand::Show);
        }
        if matches(verb, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw bridge mdb help\".")))
    }

    /// Runs the command.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            MdbCommand::Show(show) => show.run(ctx),
            MdbCommand::Change(change) => change.send(ctx),
        }
    }
}

impl MdbShow {
    fn parse(args: &[String]) -> Result<Self> {
        let mut show = MdbShow { dev: None, vid: 0 };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            match word {
                "dev" => {
                    let v = words.next().ok_or_else(incomplete)?;
                    if show.dev.is_some() {
                        return Err(duplicate("dev", v));
                    }
                    show.dev = Some(v.to_owned());
                }
                "vid" => {
                    let v = words.next().ok_or_else(incomplete)?;
                    if show.vid != 0 {
                        return Err(duplicate("vid", v));
                    }
                    // bridge keeps C's `atoi` in an unsigned int and
                    // compares it with the entry's 16-bit vid.
                    show.vid = atoi(v) as u32;
                }
                // As bridge: other words are passed over.
                _ => {}
            }
        }
        Ok(show)
    }

    /// bridge's two dumps: the entries, then (with `-d`) the router ports;
    /// in JSON one object `{"mdb": [...], "router": {...}}` in an array.
    fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let mut names = Names::on_demand(ctx)?;
        let bridge = self.dev.as_deref().map(|dev| index_of(&names, dev)).transpose()?;
        let (json, details, stats) = (ctx.json, ctx.details, ctx.stats > 0);
        let mut j = Json::new(std::io::stdout().lock(), ctx.pretty);
        if json {
            j.begin_array()?;
            j.begin_object()?;
            j.key("mdb")?;
            j.begin_array()?;
        }
        let mut dump = crate::session::dump(&mut ctx.ipr, &Dump)?;
        while let Some(msg) = dump.next()? {
            let mdb = Mdb::parse(&msg)?;
            if bridge.is_some_and(|b| b != mdb.ifindex()) {
                continue;
            }
            for pg in mdb.port_groups() {
                let pg = pg?;
                if self.vid == 0 || u32::from(pg.vid()) == self.vid {
                    object(&mut j, json, |s| print_entry(s, &mdb, &pg, &names, details, stats))?;
                    names.learn_asked();
                }
            }
        }
        drop(dump);
        if json {
            j.end_array()?;
            j.key("router")?;
            j.begin_object()?;
        }
        if details {
            let mut dump = crate::session::dump(&mut ctx.ipr, &Dump)?;
            while let Some(msg) = dump.next()? {
                let mdb = Mdb::parse(&msg)?;
                if bridge.is_none_or(|b| b == mdb.ifindex()) && mdb.router_ports().next().is_some() {
                    print_router_ports(&mut j, json, &mdb, &names, stats)?;
                    names.learn_asked();
                }
            }
        }
        if json {
            j.end_object()?;
            j.end_object()?;
            j.end_array()?;
            j.finish()?;
        }
        j.out().flush()?;
        Ok(())
    }
}

/// A timer in hundredths of a second as bridge prints it (`format_timer`):
/// `SECONDS.HUNDREDTHS`, the seconds right-aligned in 4 when `aligned`.
fn timer(ticks: u32, aligned: bool) -> String {
    let (seconds, hundredths) = (ticks / 100, ticks % 100);
    if aligned {
        format!("{seconds:4}.{hundredths:02}")
    } else {
        format!("{seconds}.{hundredths:02}")
    }
}

/// One entry as bridge 6.1's `print_mdb_entry` prints it.
fn print_entry<W: Write>(
    p: &mut Sink<'_, W>,
    mdb: &Mdb<'_>,
    pg: &PortGroup<'_>,
    names: &Names,
    details: bool,
    stats: bool,
) -> Result<()> {
    if let Sink::Json(j) = p {
        j.field_num("index", mdb.ifindex() as i32)?;
    }
    let dev = names.get(mdb.ifindex());
    p.string("dev", format_args!("dev {dev}"), &dev)?;
    let port = names.get(pg.port());
    p.string("port", format_args!(" port {port}"), &port)?;
    let group = pg.group()?;
    p.string("grp", format_args!(" grp {group}"), &group)?;
    if let Some(src) = pg.source()? {
        p.string("src", format_args!(" src {src}"), &src)?;
    }
    let state = if pg.permanent() { "permanent" } else { "temp" };
    p.string("state", format_args!(" {state}"), &state)?;
    if details {
        if let Some(mode) = pg.group_mode()? {
            let mode = if mode == filter_mode::INCLUDE { "include" } else { "exclude" };
            p.string("filter_mode", format_args!(" filter_mode {mode}"), &mode)?;
        }
        if pg.src_list()?.is_some() {
            print_sources(p, pg)?;
        }
        if let Some(protocol) = pg.rtprot()? {
            let name = crate::names::name_or_number(nlwire::rtnl::PROTOCOL_NAMES, protocol.into());
            p.string("protocol", format_args!(" proto {name} "), &name)?;
        }
    }
    p.open_array("flags")?;
    for (flag, name) in [
        (MdbFlags::OFFLOAD, "offload"),
        (MdbFlags::FAST_LEAVE, "fast_leave"),
        (MdbFlags::STAR_EXCL, "added_by_star_ex"),
        (MdbFlags::BLOCKED, "blocked"),
    ] {
        if pg.flags().contains(flag) {
            p.element(format_args!(" {name}"), &name)?;
        }
    }
    p.close_array()?;
    if pg.vid() != 0 {
        p.fmt_num("vid", format_args!(" vid {}", pg.vid()), pg.vid())?;
    }
    if stats {
        if let Some(ticks) = pg.timer()? {
            let t = timer(ticks, true);
            p.string("timer", format_args!(" {t}"), &t)?;
        }
    }
    Ok(())
}

/// ` source_list S1/T1,S2/T2`; JSON `"source_list": [{"address", "timer"}]`
/// (a source without its address or timer left out, as by bridge).
fn print_sources<W: Write>(p: &mut Sink<'_, W>, pg: &PortGroup<'_>) -> Result<()> {
    match p {
        Sink::Text(out) => out.write_all(b" source_list")?,
        Sink::Json(j) => {
            j.key("source_list")?;
            j.begin_array()?;
        }
    }
    let list = pg.src_list()?.unwrap_or_default();
    let mut sep = " ";
    for source in list.entry() {
        let source = source?;
        let (Some(address), Some(ticks)) = (source.address()?, source.timer()?) else { continue };
        let t = timer(ticks, false);
        match p {
            Sink::Text(out) => write!(out, "{sep}{address}/{t}")?,
            Sink::Json(j) => {
                j.begin_object()?;
                j.field_ip("address", address)?;
                j.field_str("timer", &t)?;
                j.end_object()?;
            }
        }
        sep = ",";
    }
    p.close_array()?;
    Ok(())
}

/// An `RTM_NEWMDB`/`RTM_DELMDB` event as bridge 6.1's `print_mdb_mon`
/// prints it after its banner and `Deleted `: each entry on a line as
/// `bridge mdb show` prints it, then the first router port as
/// `router port dev PORT master BRIDGE`.
pub(super) fn print_event<W: Write>(
    j: &mut Json<W>,
    mdb: &Mdb<'_>,
    names: &Names,
    details: bool,
    stats: bool,
) -> Result<()> {
    for pg in mdb.port_groups() {
        let pg = pg?;
        object(j, false, |s| print_entry(s, mdb, &pg, names, details, stats))?;
    }
    if let Some(port) = mdb.router_ports().next() {
        let (port, bridge) = (names.get(port?.ifindex()), names.get(mdb.ifindex()));
        writeln!(j.out(), "router port dev {port} master {bridge}")?;
    }
    Ok(())
}

/// `-d`: `router ports on BRIDGE: P1 P2 ` (with `-s` a line per port and
/// its timer and type); JSON `"BRIDGE": [{"port": P1}, ...]`.
fn print_router_ports<W: Write>(
    j: &mut Json<W>,
    json: bool,
    mdb: &Mdb<'_>,
    names: &Names,
    stats: bool,
) -> Result<()> {
    let bridge = names.get(mdb.ifindex());
    if json {
        j.key(&bridge)?;
        j.begin_array()?;
    } else if !stats {
        write!(j.out(), "router ports on {bridge}: ")?;
    }
    for port in mdb.router_ports() {
        let port = port?;
        let name = names.get(port.ifindex());
        if json {
            j.begin_object()?;
            j.field_str("port", &name)?;
            if stats {
                print_router_stats(&mut Sink::Json(j), &port)?;
            }
            j.end_object()?;
        } else if stats {
            write!(j.out(), "router ports on {bridge}: {name}")?;
            print_router_stats(&mut Sink::Text(j.out()), &port)?;
            j.out().write_all(b"\n")?;
        } else {
            write!(j.out(), "{name} ")?;
        }
    }
    if json {
        j.end_array()?;
    } else if !stats {
        j.out().write_all(b"\n")?;
    }
    Ok(())
}

/// A router port's ` TIMER` and ` temp|permanent`.
fn print_router_stats<W: Write>(p: &mut Sink<'_, W>, port: &RouterPort<'_>) -> Result<()> {
    if let Some(ticks) = port.timer()? {
        let t = timer(ticks, true);
        p.string("timer", format_args!(" {t}"), &t)?;
    }
    if let Some(kind) = port.r#type()? {
        let temp = kind == rtr_type::TEMP_QUERY || kind == rtr_type::TEMP;
        let kind = if temp { "temp" } else { "permanent" };
        p.string("type", format_args!(" {kind}"), &kind)?;
    }
    Ok(())
}

/// A group as bridge reads it (`mdb_parse_grp`): IPv4, IPv6, else six
/// link-layer bytes; `Err` holds what bridge prints.
fn parse_group(word: &str) -> std::result::Result<Group, String> {
    if let Ok(ip) = word.parse::<IpAddr>() {
        return Ok(Group::Ip(ip));
    }
    // `ll_addr_a2n` cuts the word at each `:` it reads past (with a NUL):
    // bridge then names only the first part.
    let shown = if word.contains('.') { word } else { word.split(':').next().unwrap_or(word) };
    let invalid = format!("Invalid address \"{shown}\"");
    match ll_addr(word) {
        Ok(bytes) => <[u8; 6]>::try_from(bytes.as_slice()).map(Group::Mac).map_err(|_| invalid),
        Err(why) => Err(format!("{why}\n{invalid}")),
    }
}

/// iproute2's `ll_addr_a2n` for six bytes: `sscanf("%x")` of each part
/// between `:`, 0 to 255; a word with a `.` is read as IPv4 (4 bytes). The
/// bytes read (at most 7: more than six parts), or what it prints.
fn ll_addr(word: &str) -> std::result::Result<Vec<u8>, String> {
    let invalid = |part: &str| format!("\"{part}\" is invalid lladdr.");
    if word.contains('.') {
        // iproute2's `get_addr_ipv4`: up to four parts, each C's `strtoul`
        // in base 0 up to 255; never the six bytes wanted.
        let parts: Vec<&str> = word.split('.').collect();
        let ok = parts.len() <= 4 && parts.iter().all(|p| crate::args::unsigned(p).is_some_and(|n| n <= 255));
        return if ok { Ok(vec![0; 4]) } else { Err(invalid(word)) };
    }
    let mut bytes = Vec::new();
    let mut parts = word.split(':');
    while let Some(part) = parts.next() {
        if bytes.len() == 6 {
            // bridge stops after six and counts one more.
            bytes.push(0);
            break;
        }
        let byte = scan_hex(part).filter(|v| (0..=255).contains(v)).ok_or_else(|| invalid(part))?;
        bytes.push(byte as u8);
        if parts.clone().next().is_none() {
            break;
        }
    }
    Ok(bytes)
}

/// C's `sscanf(s, "%x", &int)`: blanks, a sign, `0x`, hex digits (at least
/// one); what follows is ignored.
fn scan_hex(s: &str) -> Option<i64> {
    let s = s.trim_start();
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let s = match s.get(..2) {
        Some("0x" | "0X") if s.as_bytes().get(2).is_some_and(u8::is_ascii_hexdigit) => &s[2..],
        _ => s,
    };
    let digits = s.bytes().take_while(u8::is_ascii_hexdigit).count();
    if digits == 0 {
        return None;
    }
    // An int: wider values wrap, as glibc stores them.
    let value = s[..digits]
        .bytes()
        .fold(0u32, |v, d| v.wrapping_mul(16).wrapping_add((d as char).to_digit(16).unwrap_or(0)));
    let value = value as i32 as i64;
    Some(if negative { -value } else { value })
}

impl MdbChange {
    fn parse(add: bool, args: &[String]) -> Result<Self> {
        let (mut dev, mut port, mut group, mut source) = (None, None, None, None);
        let (mut permanent, mut vid) = (false, 0u16);
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let mut value = || words.next().ok_or_else(incomplete);
            match word {
                "dev" => dev = Some(value()?.to_owned()),
                "grp" => group = Some(value()?.to_owned()),
                "port" => port = Some(value()?.to_owned()),
                "permanent" => permanent = add,
                "temp" => {}
                // C's `atoi` kept in a `short`.
                "vid" => vid = atoi(value()?) as i16 as u16,
                "src" => source = Some(value()?.to_owned()),
                w if matches(w, "help", 1) => return Err(CliError::usage(USAGE)),
                // As bridge: other words are passed over.
                _ => {}
            }
        }
        let (Some(dev), Some(group), Some(port)) = (dev, group, port) else {
            return Err(CliError::usage("Device, group address and port name are required arguments."));
        };
        Ok(MdbChange { add, dev, port, group: parse_group(&group), source, permanent, vid })
    }

    /// bridge's order: the bridge, the port, the group, the source.
    fn send(&self, ctx: &mut Ctx) -> Result<()> {
        let names = Names::on_demand(ctx)?;
        let bridge = Dev::Index(index_of(&names, &self.dev)?);
        let port = Dev::Index(index_of(&names, &self.port)?);
        let group = self.group.clone().map_err(CliError::usage)?;
        let source = match &self.source {
            Some(s) => Some(
                s.parse::<IpAddr>()
                    .map_err(|_| CliError::usage(format!("Invalid source address \"{s}\"")))?,
            ),
            None => None,
        };
        let mdb = ctx.ipr.mdb();
        let mut request = if self.add { mdb.add(bridge, port, group) } else { mdb.del(bridge, port, group) };
        if self.permanent {
            request = request.permanent();
        }
        if let Some(source) = source {
            request = request.source(source);
        }
        request.vid(self.vid).send()?;
        Ok(())
    }
}
