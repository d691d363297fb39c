//! `nlw netconf show [dev DEV]`: per-interface IP settings (forwarding,
//! `rp_filter`, ...) as iproute2 6.1's `ip netconf` prints them.
//!
//! ```sh
//! nlw -j netconf show dev v0
//! nlw -6 netconf show
//! ```

use std::io::{self, Write};

use nlwire::netconf::{Dump, Get, NetConf, IFINDEX_ALL, IFINDEX_DEFAULT};

use crate::args::{family_name, Words};
use crate::names::Names;
use crate::out::Hue;
use crate::sink::{listing, object, Sink};
use crate::{matches, CliError, Ctx, Result};

/// `nlw netconf help`.
pub const USAGE: &str = "Usage: nlw netconf show [ dev STRING ]";

/// `nlw netconf show [dev DEV]`.
pub struct NetconfShow {
    dev: Option<String>,
}

impl NetconfShow {
    /// Parses the words after `netconf`. Unlike ip, which passes over
    /// words it does not know, nlw refuses them.
    pub fn parse(words: &[String]) -> Result<Self> {
        let verb = words.first().map_or("show", String::as_str);
        if matches(verb, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        if !(matches(verb, "show", 1) || matches(verb, "lst", 1) || matches(verb, "list", 1)) {
            return Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw netconf help\".")));
        }
        let mut dev = None;
        let mut words = Words::new(words.get(1..).unwrap_or_default());
        while let Some(word) = words.next() {
            match word {
                "dev" => dev = Some(words.value()?.to_owned()),
                other => {
                    return Err(CliError::usage(format!(
                        "Error: argument \"{other}\" is wrong: nlw netconf show takes only \"dev DEV\""
                    )))
                }
            }
        }
        Ok(NetconfShow { dev })
    }

    /// Asks the kernel and prints: one interface's settings for one family
    /// (`-4`/`-6` with `dev`), else a dump, filtered by `dev`.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let mut names = Names::on_demand(ctx)?;
        let ifindex = match &self.dev {
            Some(dev) => Some(
                names
                    .index(dev)
                    .ok_or_else(|| CliError::rejected(format!("Device \"{dev}\" does not exist.")))?,
            ),
            None => None,
        };
        let json = ctx.json;
        match ifindex {
            Some(ifindex) if ctx.family != 0 => {
                let reply =
                    crate::session::get(&mut ctx.ipr, &Get { family: ctx.family, ifindex: ifindex as i32 })?;
                let conf = NetConf::parse(&reply.message())?;
                listing(json, ctx.pretty, |j| object(j, json, |s| print(s, &conf, &names)))
            }
            _ => {
                let mut dump = crate::session::dump(&mut ctx.ipr, &Dump { family: ctx.family })?;
                listing(json, ctx.pretty, |j| {
                    while let Some(msg) = dump.next()? {
                        let conf = NetConf::parse(&msg)?;
                        if ifindex.is_none_or(|i| conf.ifindex().ok().flatten() == Some(i as i32)) {
                            object(j, json, |s| print(s, &conf, &names))?;
                            names.learn_asked();
                        }
                    }
                    Ok(())
                })
            }
        }
    }
}

/// `rp_filter`'s values as ip names them.
const RP_FILTER_NAMES: [&str; 3] = ["off", "strict", "loose"];

/// One configuration's fields as `ip netconf` prints them.
pub fn print<W: Write>(s: &mut Sink<'_, W>, conf: &NetConf<'_>, names: &Names) -> Result<()> {
    s.str("family", "", &family_name(conf.family()))?;
    if let Some(ifindex) = conf.ifindex()? {
        let interface = match ifindex {
            IFINDEX_ALL => "all".into(),
            IFINDEX_DEFAULT => "default".into(),
            index => names.get(index as u32),
        };
        s.painted(Hue::Ifname, "interface", "", &interface)?;
    }
    // ip's `print_on_off`: text `on`/`off`, JSON a boolean.
    let on_off = |s: &mut Sink<'_, W>, key: &str, value: Option<i32>| -> io::Result<()> {
        match value {
            Some(v) => s.field(key, key, &if v != 0 { "on" } else { "off" }, &(v != 0), false),
            None => Ok(()),
        }
    };
    on_off(s, "forwarding", conf.forwarding()?)?;
    if let Some(rp_filter) = conf.rp_filter()? {
        match RP_FILTER_NAMES.get(rp_filter as u32 as usize) {
            Some(name) => s.str("rp_filter", "rp_filter", name)?,
            None => s.num("rp_filter", "rp_filter", &(rp_filter as u32))?,
        }
    }
    on_off(s, "mc_forwarding", conf.mc_forwarding()?)?;
    on_off(s, "proxy_neigh", conf.proxy_neigh()?)?;
    on_off(s, "ignore_routes_with_linkdown", conf.ignore_routes_with_linkdown()?)?;
    on_off(s, "input", conf.input()?)?;
    Ok(())
}
