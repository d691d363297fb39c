//! `nlw [-d] monitor [link] [address] [route] [neigh] [rule] [nexthop] [netconf]`: events as they happen,
//! one line each (`-j`: one JSON object per line), from one reused buffer;
//! with `-d`, the details `ip -d monitor` adds (a link's kind and its data,
//! a route's type, table, protocol and scope, a rule's protocol).

use std::io::Write;

use nlwire::addr::Address;
use nlwire::link::Link;
use nlwire::msg_type;
use nlwire::neigh::Neighbour;
use nlwire::netconf::NetConf;
use nlwire::nexthop::NextHopObject;
use nlwire::route::Route;
use nlwire::rule::Rule;
use nlwire_rustix::rtnlgrp;
use nlwire_std::{Event, Group};

use crate::details::Show;
use crate::json::Json;
use crate::link::{addr_json, addr_text, link_json, link_text};
use crate::names::Names;
use crate::netconf;
use crate::nexthop::{self, Objects};
use crate::route::{route_json, route_text, Selector};
use crate::sink::Sink;
use crate::{neigh, rule};
use crate::{CliError, Ctx, Result};

/// The groups named on the command line (all of them when none is, as
/// ip 6.1: netconf and nexthop objects too).
pub fn groups(words: &[String]) -> Result<Vec<Group>> {
    if words.is_empty() || words.iter().any(|w| w == "all") {
        let all = ["link", "address", "route", "neigh", "netconf", "rule", "nexthop"];
        return groups(&all.map(String::from));
    }
    let mut out = Vec::new();
    for w in words {
        match w.as_str() {
            "link" => out.push(Group::Link),
            "address" | "addr" => out.extend([Group::Ipv4Addr, Group::Ipv6Addr]),
            "route" => out.extend([Group::Ipv4Route, Group::Ipv6Route]),
            "neigh" => out.push(Group::Neigh),
            "rule" => out.extend([Group::Ipv4Rule, Group::Ipv6Rule]),
            "nexthop" => out.push(Group::Nexthop),
            "netconf" => out.extend(
                [rtnlgrp::IPV4_NETCONF, rtnlgrp::IPV6_NETCONF, rtnlgrp::MPLS_NETCONF].map(Group::Other),
            ),
            other => {
                return Err(CliError::usage(format!(
                    "Argument \"{other}\" is unknown, try \"nlw monitor help\"."
                )))
            }
        }
    }
    Ok(out)
}

/// Prints events until interrupted. Names of new links are learnt from the
/// events themselves.
#[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
pub fn run(ctx: &mut Ctx, groups: &[Group]) -> Result<()> {
    // Subscribe first, then learn the names: no event falls between.
    let mut monitor = ctx.ipr.monitor(groups)?;
    let mut names = Names::load(&mut ctx.ipr)?;
    let mut gone = Vec::new();
    let show = if ctx.details { Show::MonitorDetails } else { Show::Monitor };
    let stdout = std::io::stdout();
    let mut j = Json::new(stdout.lock(), false);
    loop {
        let event = monitor.next_event()?;
        let deleted = matches!(
            event,
            Event::DelLink(_)
                | Event::DelAddr(_)
                | Event::DelRoute(_)
                | Event::DelNeigh(_)
                | Event::DelRule(_)
        );
        match event {
            Event::NewLink(m) | Event::DelLink(m) => {
                let l = Link::parse(&m)?;
                if let Some(name) = l.ifname()? {
                    names.learn(l.ifindex() as u32, name, l.flags().contains(nlwire::link::IfFlags::UP));
                }
                emit(
                    ctx.json,
                    &mut j,
                    deleted,
                    |j| link_json(j, &l, &names, show),
                    |j| link_text(j.out(), &l, &names, show),
                )?;
            }
            Event::NewAddr(m) | Event::DelAddr(m) => {
                let a = Address::parse(&m)?;
                refresh(&mut names, &mut gone, &mut ctx.ipr, a.ifindex())?;
                let dev = names.get(a.ifindex()).into_owned();
                emit(
                    ctx.json,
                    &mut j,
                    deleted,
                    |j| {
                        j.field_str("dev", &dev)?;
                        addr_json(j, &a)
                    },
                    |j| {
                        write!(j.out(), "{}: {dev}", a.ifindex())?;
                        addr_text(j.out(), &a)
                    },
                )?;
            }
            Event::NewRoute(m) | Event::DelRoute(m) => {
                let r = Route::parse(&m)?;
                refresh(&mut names, &mut gone, &mut ctx.ipr, r.oif()?.unwrap_or(0))?;
                emit(
                    ctx.json,
                    &mut j,
                    deleted,
                    |j| route_json(j, &r, &names, &Selector::ALL, ctx.details, &Objects::default()),
                    |j| route_text(j.out(), &r, &names, &Selector::ALL, ctx.details, &Objects::default()),
                )?;
            }
            Event::Overrun => {
                if ctx.json {
                    j.begin_object()?;
                    j.field_true("overrun")?;
                    j.end_object()?;
                    j.finish()?;
                } else {
                    writeln!(j.out(), "Events were lost (receive buffer overrun)")?;
                }
            }
            Event::NewNeigh(m) | Event::DelNeigh(m) => {
                let n = Neighbour::parse(&m)?;
                refresh(&mut names, &mut gone, &mut ctx.ipr, n.ifindex())?;
                emit(
                    ctx.json,
                    &mut j,
                    deleted,
                    |j| neigh::print(&mut Sink::Json(j), &n, &names, false),
                    |j| neigh::print(&mut Sink::Text(j.out()), &n, &names, false),
                )?;
            }
            Event::NewRule(m) | Event::DelRule(m) => {
                let r = Rule::parse(&m)?;
                emit(
                    ctx.json,
                    &mut j,
                    deleted,
                    |j| rule::print(&mut Sink::Json(j), &r, ctx.details),
                    |j| rule::print(&mut Sink::Text(j.out()), &r, ctx.details),
                )?;
            }
            Event::Other(m) if [msg_type::RTM_NEWNEXTHOP, msg_type::RTM_DELNEXTHOP].contains(&m.kind()) => {
                let nh = NextHopObject::parse(&m)?;
                refresh(&mut names, &mut gone, &mut ctx.ipr, nh.oif()?.unwrap_or(0))?;
                let deleted = m.kind() == msg_type::RTM_DELNEXTHOP;
                emit(
                    ctx.json,
                    &mut j,
                    deleted,
                    |j| nexthop::print(&mut Sink::Json(j), &nh, &names, ctx.details),
                    |j| {
                        nexthop::print(&mut Sink::Text(j.out()), &nh, &names, ctx.details)?;
                        writeln!(j.out()).map_err(CliError::from)
                    },
                )?;
            }
            Event::Other(m) if [msg_type::RTM_NEWNETCONF, msg_type::RTM_DELNETCONF].contains(&m.kind()) => {
                let conf = NetConf::parse(&m)?;
                let ifindex = conf.ifindex()?.and_then(|i| u32::try_from(i).ok()).unwrap_or(0);
                refresh(&mut names, &mut gone, &mut ctx.ipr, ifindex)?;
                let deleted = m.kind() == msg_type::RTM_DELNETCONF;
                emit(
                    ctx.json,
                    &mut j,
                    deleted,
                    |j| netconf::print(&mut Sink::Json(j), &conf, &names),
                    |j| {
                        netconf::print(&mut Sink::Text(j.out()), &conf, &names)?;
                        writeln!(j.out()).map_err(CliError::from)
                    },
                )?;
            }
            // Only the groups above are subscribed to.
            Event::Other(_) => {}
            // Events a later adapter adds: not printed until taught here.
            _ => {}
        }
        j.out().flush()?;
    }
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

/// One event: a JSON object on its own line, or ip's text with `Deleted `.
fn emit<W: Write>(
    json: bool,
    j: &mut Json<W>,
    deleted: bool,
    fields: impl FnOnce(&mut Json<W>) -> Result<()>,
    text: impl FnOnce(&mut Json<W>) -> Result<()>,
) -> Result<()> {
    if json {
        j.begin_object()?;
        if deleted {
            j.field_true("deleted")?;
        }
        fields(j)?;
        j.end_object()?;
        j.finish()?;
    } else {
        if deleted {
            write!(j.out(), "Deleted ")?;
        }
        text(j)?;
    }
    Ok(())
}
