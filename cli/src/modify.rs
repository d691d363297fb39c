//! The commands that change state: parsed and checked completely before
//! anything is sent.

use std::net::IpAddr;

use nlwire::link::IfName;
use nlwire::route::Prefix;

use crate::{CliError, Ctx, Result};

/// A change, parsed.
pub enum Change {
    LinkAdd {
        name: String,
        kind: String,
        peer: Option<String>,
    },
    LinkSet {
        dev: String,
        settings: Vec<Setting>,
    },
    LinkDel(String),
    AddrAdd {
        prefix: Prefix,
        dev: String,
        label: Option<String>,
    },
    AddrDel {
        prefix: Prefix,
        dev: String,
    },
    RouteAdd {
        dst: Prefix,
        via: Option<IpAddr>,
        dev: Option<String>,
        table: Option<u32>,
        metric: Option<u32>,
    },
    RouteDel {
        dst: Prefix,
        table: Option<u32>,
    },
}

/// One `ip link set` setting.
pub enum Setting {
    Up(bool),
    Mtu(u32),
    Master(Option<String>),
    Alias(String),
    Name(String),
}

fn usage(msg: impl Into<String>) -> CliError {
    CliError::usage(msg)
}

fn name(s: &str) -> Result<String> {
    IfName::new(s)
        .map_err(|_| usage(format!("Error: argument \"{s}\" is wrong: \"name\" not a valid ifname")))?;
    Ok(s.to_owned())
}

fn number<T: std::str::FromStr>(what: &str, s: &str) -> Result<T> {
    s.parse().map_err(|_| usage(format!("Error: argument \"{s}\" is wrong: Invalid \"{what}\" value")))
}

/// `ADDR[/LEN]`, `default`.
fn prefix(s: &str) -> Result<Prefix> {
    let bad = || usage(format!("Error: any valid prefix is expected rather than \"{s}\"."));
    if s == "default" {
        return Ok(Prefix::DEFAULT_V4);
    }
    let (addr, len) = match s.split_once('/') {
        Some((a, l)) => (a, Some(l)),
        None => (s, None),
    };
    let addr: IpAddr = addr.parse().map_err(|_| bad())?;
    let max = if addr.is_ipv4() { 32 } else { 128 };
    let len = match len {
        Some(l) => l.parse::<u8>().ok().filter(|l| *l <= max).ok_or_else(bad)?,
        None => max,
    };
    Ok(Prefix::new(addr, len))
}

/// Pairs of `keyword value` after the positional part.
fn pairs(args: &[String]) -> Result<Vec<(&str, &str)>> {
    args.chunks(2)
        .map(|c| match c {
            [k, v] => Ok((k.as_str(), v.as_str())),
            [k] => Err(usage(format!("Command line is not complete. Try option \"help\" after \"{k}\""))),
            _ => unreachable!("chunks of two"),
        })
        .collect()
}

impl Change {
    /// Parses `OBJECT VERB ARGS...`.
    pub fn parse(object: &str, verb: &str, args: &[String]) -> Result<Self> {
        let unknown = || usage(format!("Command \"{verb}\" is unknown, try \"nlw {object} help\"."));
        match (object.chars().next(), verb) {
            (Some('l'), "add") => {
                let (n, rest) = args
                    .split_first()
                    .ok_or_else(|| usage("Not enough information: \"dev\" argument is required."))?;
                let n = if n == "name" || n == "dev" { rest.first().ok_or_else(unknown)? } else { n };
                let rest = args.iter().skip_while(|a| a.as_str() != "type").skip(1).collect::<Vec<_>>();
                let kind = rest
                    .first()
                    .ok_or_else(|| usage("Not enough information: \"type\" argument is required."))?
                    .to_string();
                let peer = match rest.get(1..) {
                    Some([p, nm, peer]) if p.as_str() == "peer" && nm.as_str() == "name" => Some(name(peer)?),
                    Some([]) | None => None,
                    Some(other) => {
                        return Err(usage(format!("Error: unsupported options for type {kind}: {other:?}")))
                    }
                };
                Ok(Change::LinkAdd { name: name(n)?, kind, peer })
            }
            (Some('l'), "set") => {
                let (dev, rest) = args
                    .split_first()
                    .ok_or_else(|| usage("Not enough information: \"dev\" argument is required."))?;
                let (dev, rest) =
                    if dev == "dev" { rest.split_first().ok_or_else(unknown)? } else { (dev, rest) };
                let mut settings = Vec::new();
                let mut it = rest.iter();
                while let Some(word) = it.next() {
                    let mut value = || {
                        it.next().ok_or_else(|| {
                            usage(format!(
                                "Command line is not complete. Try option \"help\" after \"{word}\""
                            ))
                        })
                    };
                    settings.push(match word.as_str() {
                        "up" => Setting::Up(true),
                        "down" => Setting::Up(false),
                        "mtu" => Setting::Mtu(number("mtu", value()?)?),
                        "master" => Setting::Master(Some(name(value()?)?)),
                        "nomaster" => Setting::Master(None),
                        "alias" => Setting::Alias(value()?.clone()),
                        "name" => Setting::Name(name(value()?)?),
                        other => {
                            return Err(usage(format!(
                                "Error: either \"dev\" is duplicate, or \"{other}\" is a garbage."
                            )))
                        }
                    });
                }
                Ok(Change::LinkSet { dev: name(dev)?, settings })
            }
            (Some('l'), "del" | "delete") => {
                let dev = match args {
                    [kw, d] if kw == "dev" => d,
                    [d] => d,
                    _ => return Err(usage("Not enough information: \"dev\" argument is required.")),
                };
                Ok(Change::LinkDel(name(dev)?))
            }
            (Some('a'), "add" | "del" | "delete") => {
                let (p, rest) = args
                    .split_first()
                    .ok_or_else(|| usage("Not enough information: address is required."))?;
                let prefix = prefix(p)?;
                let mut dev = None;
                let mut label = None;
                for (k, v) in pairs(rest)? {
                    match k {
                        "dev" => dev = Some(name(v)?),
                        "label" => label = Some(v.to_owned()),
                        other => {
                            return Err(usage(format!(
                                "Error: either \"local\" is duplicate, or \"{other}\" is a garbage."
                            )))
                        }
                    }
                }
                let dev =
                    dev.ok_or_else(|| usage("Not enough information: \"dev\" argument is required."))?;
                Ok(if verb == "add" {
                    Change::AddrAdd { prefix, dev, label }
                } else {
                    Change::AddrDel { prefix, dev }
                })
            }
            (Some('r'), "add" | "del" | "delete") => {
                let (p, rest) =
                    args.split_first().ok_or_else(|| usage("Not enough information: prefix is required."))?;
                let dst = prefix(p)?;
                let (mut via, mut dev, mut table, mut metric) = (None, None, None, None);
                for (k, v) in pairs(rest)? {
                    match k {
                        "via" => {
                            via = Some(v.parse().map_err(|_| {
                                usage(format!("Error: inet address is expected rather than \"{v}\"."))
                            })?)
                        }
                        "dev" => dev = Some(name(v)?),
                        "table" => table = Some(number("table", v)?),
                        "metric" | "priority" | "preference" => metric = Some(number("metric", v)?),
                        other => {
                            return Err(usage(format!(
                                "Error: either \"to\" is duplicate, or \"{other}\" is a garbage."
                            )))
                        }
                    }
                }
                Ok(if verb == "add" {
                    Change::RouteAdd { dst, via, dev, table, metric }
                } else {
                    Change::RouteDel { dst, table }
                })
            }
            _ => Err(unknown()),
        }
    }

    /// Sends the change.
    pub fn apply(self, ctx: &mut Ctx) -> Result<()> {
        let ipr = &mut ctx.ipr;
        match self {
            Change::LinkAdd { name, kind, peer } => {
                let add = ipr.link().add(&name);
                let add = match (kind.as_str(), peer) {
                    ("veth", Some(peer)) => add.veth(&peer),
                    ("veth", None) => add.kind("veth"),
                    ("bridge", _) => add.bridge(Default::default()),
                    ("ifb", _) => add.ifb(),
                    (other, _) => add.kind(other),
                };
                add.send()?;
            }
            Change::LinkSet { dev, settings } => {
                let mut set = ipr.link().set(dev.as_str());
                for s in settings {
                    set = match s {
                        Setting::Up(true) => set.up(),
                        Setting::Up(false) => set.down(),
                        Setting::Mtu(m) => set.mtu(m),
                        Setting::Master(Some(m)) => set.master(m.as_str()),
                        Setting::Master(None) => set.nomaster(),
                        Setting::Alias(a) => set.alias(&a),
                        Setting::Name(n) => set.name(&n),
                    };
                }
                set.send()?;
            }
            Change::LinkDel(dev) => ipr.link().del(dev.as_str())?,
            Change::AddrAdd { prefix, dev, label } => {
                let index = ifindex(ipr, &dev)?;
                let add = ipr.addr().add(index, prefix.addr, prefix.len);
                match label {
                    Some(l) => add.label(&l).send()?,
                    None => add.send()?,
                }
            }
            Change::AddrDel { prefix, dev } => {
                let index = ifindex(ipr, &dev)?;
                ipr.addr().del(index, prefix.addr, prefix.len).send()?;
            }
            Change::RouteAdd { dst, via, dev, table, metric } => {
                let mut add = ipr.route().add(dst);
                if let Some(gw) = via {
                    add = add.gateway(gw);
                }
                if let Some(dev) = dev {
                    add = add.dev(dev.as_str());
                }
                if let Some(t) = table {
                    add = add.table(t);
                }
                if let Some(m) = metric {
                    add = add.metric(m);
                }
                add.send()?;
            }
            Change::RouteDel { dst, table } => {
                let del = ipr.route().del(dst);
                match table {
                    Some(t) => del.table(t).send()?,
                    None => del.send()?,
                }
            }
        }
        Ok(())
    }
}

fn ifindex(ipr: &mut nlwire_std::IPRoute, dev: &str) -> Result<u32> {
    ipr.ifindex(&dev.into()).map_err(|e| match e {
        nlwire_std::Error::NotFound(_) => usage(format!("Cannot find device \"{dev}\"")),
        e => e.into(),
    })
}
