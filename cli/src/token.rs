//! `nlw token list|get [dev DEV] | set TOKEN dev DEV | del dev DEV`: the
//! IPv6 interface identifiers (`IFLA_INET6_TOKEN`) that SLAAC addresses
//! take instead of one made from the MAC, as iproute2 6.1's `ip token`.
//!
//! ```sh
//! nlw token set ::1:2:3:4 dev eth0
//! nlw -j token get dev eth0
//! ```

use std::io::Write;
use std::net::{IpAddr, Ipv6Addr};

use nlwire::link::{inet6, Dump, IfFlags, Link, SetToken};
use nlwire::rtnl::af::INET6 as AF_INET6;

use crate::args::{invalid, Words};
use crate::names::Names;
use crate::out::Hue;
use crate::sink::{listing, object, Sink};
use crate::{matches, CliError, Ctx, Result};

/// `nlw token help`.
pub const USAGE: &str = "Usage: nlw token [ list | set | del | get ] [ TOKEN ] [ dev DEV ]";

/// `nlw token ...`.
pub enum TokenCommand {
    /// `list`, `get`: every interface's token, or `dev`'s.
    List { dev: Option<String> },
    /// `set TOKEN dev DEV`; `del dev DEV` sets `::`.
    Set { token: Ipv6Addr, dev: String },
}

impl TokenCommand {
    /// Parses the words after `token`. Unlike ip, which passes over words
    /// it does not know (and a second token), nlw refuses them.
    pub fn parse(words: &[String]) -> Result<Self> {
        let verb = words.first().map_or("list", String::as_str);
        let args = words.get(1..).unwrap_or_default();
        if ["list", "lst", "show", "get"].iter().any(|w| matches(verb, w, 1)) {
            let mut dev = None;
            let mut words = Words::new(args);
            while let Some(word) = words.next() {
                match word {
                    "dev" => dev = Some(words.value()?.to_owned()),
                    other => return Err(invalid("unknown", other)),
                }
            }
            return Ok(TokenCommand::List { dev });
        }
        let delete = matches(verb, "delete", 1);
        if !(delete || matches(verb, "set", 1) || matches(verb, "add", 1)) {
            if matches(verb, "help", 1) {
                return Err(CliError::usage(USAGE));
            }
            return Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw token help\".")));
        }
        let (mut token, mut dev) = (delete.then_some(Ipv6Addr::UNSPECIFIED), None);
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            match word {
                "dev" if dev.is_some() => return Err(crate::args::duplicate("dev", words.value()?)),
                "dev" => dev = Some(words.value()?.to_owned()),
                _ if matches(word, "help", 1) => return Err(CliError::usage(USAGE)),
                _ if token.is_some() => return Err(invalid("a second token", word)),
                _ => token = Some(token_of(word)?),
            }
        }
        let token = token.ok_or_else(|| CliError::rejected("Not enough information: token is required."))?;
        let dev =
            dev.ok_or_else(|| CliError::rejected("Not enough information: \"dev\" argument is required."))?;
        Ok(TokenCommand::Set { token, dev })
    }

    /// Asks the kernel and prints, or sets.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            TokenCommand::List { dev } => list(ctx, dev.as_deref()),
            TokenCommand::Set { token, dev } => {
                let ifindex = device(&Names::on_demand(ctx)?, dev)?;
                crate::session::request(&mut ctx.ipr, &SetToken { ifindex, token: *token })
            }
        }
    }
}

/// `TOKEN` as ip's `get_prefix` reads it: an IPv6 address, a prefix length
/// allowed and left out (the kernel keeps the last 64 bits).
fn token_of(word: &str) -> Result<Ipv6Addr> {
    match crate::modify::prefix(word, AF_INET6)?.addr {
        IpAddr::V6(token) if !["default", "all", "any"].contains(&word) => Ok(token),
        _ => Err(CliError::rejected(format!("Error: inet6 prefix is expected rather than \"{word}\"."))),
    }
}

/// The index of `dev`, with ip's refusal (exit 255) when there is none.
fn device(names: &Names, dev: &str) -> Result<u32> {
    names.index(dev).ok_or_else(|| invalid("dev is invalid\n", dev))
}

/// `ip token list`: the `AF_INET6` link dump, loopback and `NOARP` links
/// left out as ip leaves them.
fn list(ctx: &mut Ctx, dev: Option<&str>) -> Result<()> {
    let mut names = Names::on_demand(ctx)?;
    let ifindex = dev.map(|dev| device(&names, dev)).transpose()?;
    let json = ctx.json;
    let mut dump = crate::session::dump(&mut ctx.ipr, &Dump { family: AF_INET6, ..Dump::default() })?;
    listing(json, ctx.pretty, |j| {
        while let Some(msg) = dump.next()? {
            let link = Link::parse(&msg)?;
            let index = link.ifindex() as u32;
            if ifindex.is_some_and(|i| i != index)
                || link.flags().intersects(IfFlags::LOOPBACK | IfFlags::NOARP)
            {
                continue;
            }
            let token =
                link.protinfo()?.map(|p| p.read(inet6::TOKEN, nlwire::attr::Attr::ipv6)).transpose()?;
            let Some(Some(token)) = token else {
                return Err(CliError::rejected("Seems there's no support for IPv6 token!"));
            };
            // ip paints the line break with the name: the text's line is
            // whole without `object`'s.
            let dev = names.get(index);
            match json {
                true => object(j, json, |s| print(s, token, &dev))?,
                false => print(&mut Sink::Text(j.out()), token, &dev)?,
            }
            names.learn_asked();
        }
        Ok(())
    })
}

/// `token TOKEN dev DEV` and its line break.
fn print<W: Write>(s: &mut Sink<'_, W>, token: Ipv6Addr, dev: &str) -> Result<()> {
    s.text("token ")?;
    s.painted_string(Hue::Inet6, "token", format_args!("{token}"), &token)?;
    s.text(" dev ")?;
    s.painted_string(Hue::Ifname, "ifname", format_args!("{dev}\n"), &dev)?;
    Ok(())
}
