//! `nlw addrlabel list | add|del prefix PREFIX [dev DEV] label N | flush`:
//! the IPv6 address label table (RFC 6724's policy), as iproute2 6.1's
//! `ip addrlabel` reads, changes and prints it.
//!
//! ```sh
//! nlw addrlabel add prefix 2001:db8::/32 dev v0 label 100
//! nlw -j addrlabel list   # [{"address":"::1","prefixlen":128,"label":0},...]
//! nlw addrlabel flush     # every label, the kernel's own included, as ip's
//! ```

use std::io::Write;
use std::net::{IpAddr, Ipv6Addr};

use nlwire::addrlabel::{Add, AddrLabel, Del, Dump, LabelEntry, LABEL_DEFAULT};
use nlwire::rtnl::af;

use crate::args::{invalid, unsigned, Words};
use crate::names::Names;
use crate::out::Hue;
use crate::sink::{Listing, Sink};
use crate::{matches, CliError, Ctx, Result};

/// `nlw addrlabel help`.
pub const USAGE: &str = "Usage: nlw addrlabel { add | del } prefix PREFIX [ dev DEV ] [ label LABEL ]
       nlw addrlabel [ list | flush | help ]";

/// `nlw addrlabel ...`.
pub enum AddrlabelCommand {
    /// `list`: the table.
    List,
    /// `flush`: deletes every label listed.
    Flush,
    /// `add` or `del`.
    Change(Change),
}

/// `add|del prefix PREFIX [dev DEV] label N`.
pub struct Change {
    delete: bool,
    prefix: Ipv6Addr,
    prefixlen: u8,
    dev: Option<String>,
    label: u32,
}

impl AddrlabelCommand {
    /// Parses the words after `addrlabel`, as ip 6.1's `do_ipaddrlabel`.
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((verb, args)) = words.split_first() else { return Ok(AddrlabelCommand::List) };
        let verb = verb.as_str();
        if ["list", "lst", "show"].iter().any(|w| matches(verb, w, 1)) {
            return match args.is_empty() {
                true => Ok(AddrlabelCommand::List),
                false => Err(CliError::rejected("\"nlw addrlabel show\" does not take any arguments.")),
            };
        }
        let delete = matches(verb, "delete", 1);
        if delete || matches(verb, "add", 1) {
            return Change::parse(delete, args).map(AddrlabelCommand::Change);
        }
        if matches(verb, "flush", 1) {
            return match args.is_empty() {
                true => Ok(AddrlabelCommand::Flush),
                false => Err(CliError::rejected("\"nlw addrlabel flush\" does not allow extra arguments")),
            };
        }
        if matches(verb, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw addrlabel help\".")))
    }

    /// Lists, flushes or changes.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            AddrlabelCommand::List => list(ctx),
            AddrlabelCommand::Flush => flush(ctx),
            AddrlabelCommand::Change(change) => change.send(ctx),
        }
    }
}

impl Change {
    /// `prefix`, `dev` and `label`, each as often as given (the last
    /// counts); as ip, other words are passed over.
    fn parse(delete: bool, args: &[String]) -> Result<Self> {
        let (mut prefix, mut dev, mut label) = (None, None, None);
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            match word {
                "prefix" => {
                    let v = words.value()?;
                    prefix = Some((v, crate::modify::prefix(v, 0)?));
                }
                "dev" => dev = Some(words.value()?.to_owned()),
                "label" => {
                    let v = words.value()?;
                    // ip's message ends in a line break of its own.
                    let bad = || invalid("label is invalid\n", v);
                    label = Some(unsigned(v).filter(|l| *l != LABEL_DEFAULT).ok_or_else(bad)?);
                }
                _ => {}
            }
        }
        let required = |what: &str| {
            CliError::rejected(format!("Not enough information: \"{what}\" argument is required."))
        };
        let (word, prefix) = prefix.ok_or_else(|| required("prefix"))?;
        let label = label.ok_or_else(|| required("label"))?;
        let IpAddr::V6(addr) = prefix.addr else {
            // ip sends it and the kernel refuses it (exit 2).
            return Err(CliError::kernel_would_refuse(format!(
                "Error: argument \"{word}\" is wrong: address labels are of IPv6 prefixes."
            )));
        };
        Ok(Change { delete, prefix: addr, prefixlen: prefix.len, dev, label })
    }

    fn send(&self, ctx: &mut Ctx) -> Result<()> {
        let ifindex = match &self.dev {
            Some(dev) => Names::on_demand(ctx)?.index(dev).ok_or_else(|| invalid("dev is invalid\n", dev))?,
            None => 0,
        };
        let entry = LabelEntry { prefix: self.prefix, prefixlen: self.prefixlen, ifindex, label: self.label };
        match self.delete {
            true => crate::session::request(&mut ctx.ipr, &Del(entry)),
            false => crate::session::request(&mut ctx.ipr, &Add(entry)),
        }
    }
}

/// The dump ip asks for: of `-4`/`-6`'s family, else `AF_INET6`.
fn dump(ctx: &Ctx) -> Dump {
    Dump { family: if ctx.family == 0 { af::INET6 } else { ctx.family } }
}

/// `nlw addrlabel list`.
fn list(ctx: &mut Ctx) -> Result<()> {
    let mut names = Names::on_demand(ctx)?;
    let request = dump(ctx);
    let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
    let mut dump = crate::session::dump(&mut ctx.ipr, &request)?;
    while let Some(msg) = dump.next()? {
        let label = AddrLabel::parse(&msg)?;
        listing.item(|p| print(p, &label, &names))?;
        names.learn_asked();
    }
    listing.finish()?;
    Ok(())
}

/// One label as ip prints it: `prefix ADDR/LEN [dev DEV] label N`, each
/// word followed by a space; JSON `address`, `prefixlen`, `ifname`, `label`.
fn print<W: Write>(p: &mut Sink<'_, W>, l: &AddrLabel<'_>, names: &Names) -> Result<()> {
    if let Some(addr) = l.address()? {
        p.fmt_text(format_args!("prefix "))?;
        p.painted_string(Hue::of(addr), "address", format_args!("{addr}"), &addr)?;
        p.fmt_num("prefixlen", format_args!("/{} ", l.prefixlen()), l.prefixlen())?;
    }
    if l.ifindex() != 0 {
        p.painted(Hue::Ifname, "ifname", "dev", &names.get(l.ifindex()))?;
    }
    if let Some(label) = l.label()? {
        p.fmt_num("label", format_args!("label {label} "), label)?;
    }
    p.fmt_text(format_args!("\n"))?;
    Ok(())
}

/// `nlw addrlabel flush`: as ip's, deletes every label listed (those the
/// kernel starts with too), each as it was dumped.
fn flush(ctx: &mut Ctx) -> Result<()> {
    let request = dump(ctx);
    for reply in crate::session::dump_owned(&mut ctx.ipr, &request, 3)? {
        let msg = reply.message();
        let l = AddrLabel::parse(&msg)?;
        let Some(IpAddr::V6(prefix)) = l.address()? else { continue };
        let entry = LabelEntry {
            prefix,
            prefixlen: l.prefixlen(),
            ifindex: l.ifindex(),
            label: l.label()?.unwrap_or(0),
        };
        ctx.ipr.request(&Del(entry)).map_err(|e| CliError::exit(1, format!("{e}\nFlush terminated")))?;
    }
    Ok(())
}
