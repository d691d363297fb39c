//! `nlw neigh show` and `nlw rule show`, and the printers the monitor
//! shares with them.

use std::io::Write;
use std::net::IpAddr;

use nlwire::neigh::{Neighbour, NudState};
use nlwire::route::{protocol_name, rtprot};
use nlwire::rule::{table_name, Rule};

use crate::json::Json;
use crate::names::{hwaddr, Names};
use crate::{Ctx, Result};

/// Whether `ip neigh show` hides the entry (NOARP and proxy entries).
pub fn hidden(n: &Neighbour<'_>) -> bool {
    n.state().contains(NudState::NOARP) || n.flags().contains(nlwire::neigh::NeighFlags::PROXY)
}

/// One neighbour as ip prints it: a JSON object's fields, or a text line.
pub fn neigh_print<W: Write>(j: &mut Json<W>, json: bool, n: &Neighbour<'_>, names: &Names) -> Result<()> {
    let dst = n.dst()?;
    let dev = names.get(n.ifindex());
    let state = n.state();
    let router = n.flags().contains(nlwire::neigh::NeighFlags::ROUTER);
    if json {
        if let Some(dst) = dst {
            j.field_display("dst", dst)?;
        }
        j.field_str("dev", &dev)?;
        if let Some(ll) = n.lladdr()? {
            j.field_str("lladdr", &hwaddr(ll))?;
        }
        if router {
            j.key("router")?;
            j.raw(format_args!("null"))?;
        }
        j.field_strs("state", state.names())?;
        return Ok(());
    }
    let out = j.out();
    if let Some(dst) = dst {
        write!(out, "{dst} ")?;
    }
    write!(out, "dev {dev}")?;
    if let Some(ll) = n.lladdr()? {
        write!(out, " lladdr {}", hwaddr(ll))?;
    }
    if router {
        write!(out, " router")?;
    }
    for s in state.names() {
        write!(out, " {s}")?;
    }
    // ip ends the states with a space.
    if state.names().next().is_some() {
        write!(out, " ")?;
    }
    writeln!(out)?;
    Ok(())
}

/// The protocol ip shows for a rule: any but `unspec` and `kernel`, or
/// with `-d` (`details`) any the kernel sent.
fn shown_protocol(r: &Rule<'_>, details: bool) -> Result<Option<u8>> {
    Ok(r.protocol()?.filter(|&p| details || (p != rtprot::UNSPEC && p != rtprot::KERNEL)))
}

/// A prefix length ip shows: not the address's full length.
fn shown_len(ip: IpAddr, len: u8) -> Option<u8> {
    let full = if ip.is_ipv4() { 32 } else { 128 };
    (len != full).then_some(len)
}

/// One rule as ip prints it: a JSON object's fields, or a text line;
/// `details` is `-d`.
pub fn rule_print<W: Write>(j: &mut Json<W>, json: bool, r: &Rule<'_>, details: bool) -> Result<()> {
    let priority = r.priority()?.unwrap_or(0);
    let src = match r.src()? {
        Some(ip) if r.src_len() > 0 => Some((ip, r.src_len())),
        _ => None,
    };
    let table = r.table()?;
    let table = table_name(table).map_or_else(|| table.to_string(), str::to_owned);
    let mask = r.fwmask()?.filter(|m| *m != u32::MAX);
    let protocol = shown_protocol(r, details)?;
    let protocol = protocol.map(|p| protocol_name(p).map_or_else(|| p.to_string(), str::to_owned));
    if json {
        j.field_num("priority", priority)?;
        match src {
            Some((ip, len)) => {
                j.field_display("src", ip)?;
                if let Some(len) = shown_len(ip, len) {
                    j.field_num("srclen", len)?;
                }
            }
            None => j.field_str("src", "all")?,
        }
        if let Some(dst) = r.dst()? {
            j.field_display("dst", dst)?;
            if let Some(len) = shown_len(dst, r.dst_len()) {
                j.field_num("dstlen", len)?;
            }
        }
        if let Some(mark) = r.fwmark()? {
            j.field_display("fwmark", format_args!("{mark:#x}"))?;
            if let Some(mask) = mask {
                j.field_display("fwmask", format_args!("{mask:#x}"))?;
            }
        }
        if let Some(iif) = r.iifname()? {
            j.field_str("iif", iif)?;
        }
        if let Some(oif) = r.oifname()? {
            j.field_str("oif", oif)?;
        }
        j.field_str("table", &table)?;
        if let Some(protocol) = &protocol {
            j.field_str("protocol", protocol)?;
        }
        return Ok(());
    }
    let out = j.out();
    write!(out, "{priority}:\tfrom ")?;
    match src {
        Some((ip, len)) => {
            write!(out, "{ip}")?;
            if let Some(len) = shown_len(ip, len) {
                write!(out, "/{len}")?;
            }
        }
        None => write!(out, "all")?,
    }
    if let Some(dst) = r.dst()? {
        write!(out, " to {dst}")?;
        if let Some(len) = shown_len(dst, r.dst_len()) {
            write!(out, "/{len}")?;
        }
    }
    if let Some(mark) = r.fwmark()? {
        write!(out, " fwmark {mark:#x}")?;
        if let Some(mask) = mask {
            write!(out, "/{mask:#x}")?;
        }
    }
    if let Some(iif) = r.iifname()? {
        write!(out, " iif {iif}")?;
    }
    if let Some(oif) = r.oifname()? {
        write!(out, " oif {oif}")?;
    }
    write!(out, " lookup {table}")?;
    if let Some(protocol) = &protocol {
        write!(out, " proto {protocol}")?;
    }
    writeln!(out)?;
    Ok(())
}

/// `nlw neigh show`: like `ip neigh show`, NOARP entries hidden.
pub fn show_neighbours(ctx: &mut Ctx) -> Result<()> {
    let names = Names::load(&mut ctx.ipr)?;
    let mut j = Json::new(std::io::stdout().lock(), ctx.pretty);
    if ctx.json {
        j.begin_array()?;
    }
    let mut dump = ctx.ipr.dump(&nlwire::neigh::Dump { family: ctx.family, ..Default::default() })?;
    while let Some(msg) = dump.next()? {
        let n = Neighbour::parse(&msg)?;
        if hidden(&n) || n.dst()?.is_none() {
            continue;
        }
        if ctx.json {
            j.begin_object()?;
        }
        neigh_print(&mut j, ctx.json, &n, &names)?;
        if ctx.json {
            j.end_object()?;
        }
    }
    if ctx.json {
        j.end_array()?;
        j.finish()?;
    }
    j.out().flush()?;
    Ok(())
}

/// `nlw rule show`.
pub fn show_rules(ctx: &mut Ctx) -> Result<()> {
    let family = if ctx.family == 0 { 2 } else { ctx.family };
    let mut j = Json::new(std::io::stdout().lock(), ctx.pretty);
    if ctx.json {
        j.begin_array()?;
    }
    let mut dump = ctx.ipr.dump(&nlwire::rule::Dump { family })?;
    while let Some(msg) = dump.next()? {
        let r = Rule::parse(&msg)?;
        if ctx.json {
            j.begin_object()?;
        }
        rule_print(&mut j, ctx.json, &r, ctx.details)?;
        if ctx.json {
            j.end_object()?;
        }
    }
    if ctx.json {
        j.end_array()?;
        j.finish()?;
    }
    j.out().flush()?;
    Ok(())
}
