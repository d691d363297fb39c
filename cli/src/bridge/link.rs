//! `nlw bridge link show [dev DEV]`: the bridge ports, from the `AF_BRIDGE`
//! link dump, as bridge 6.1 (`bridge/link.c`) prints them.
//!
//! ```sh
//! nlw bridge link show
//! # 4: v0@v0p: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2
//! ```

use nlwire::link::Dump;
use nlwire::neigh::AF_BRIDGE;

use super::{incomplete, index_of};
use crate::args::{duplicate, Words};
use crate::kinds::print_protinfo;
use crate::link::{head, print_links};
use crate::matches;
use crate::names::Names;
use crate::{CliError, Ctx, Result};

/// `bridge link help`.
pub const USAGE: &str = "Usage: nlw bridge link show [ dev DEV ]";

/// `bridge link show [dev DEV]`.
pub struct LinkShow {
    dev: Option<String>,
}

impl LinkShow {
    /// Parses the words after `link` (none: `show`).
    pub fn parse(words: &[String]) -> Result<Self> {
        let args = match words.split_first() {
            None => &[][..],
            Some((verb, args))
                if matches(verb, "show", 1) || matches(verb, "lst", 1) || matches(verb, "list", 1) =>
            {
                args
            }
            Some((verb, _)) if matches(verb, "help", 1) => return Err(CliError::usage(USAGE)),
            Some((verb, _)) => {
                return Err(CliError::usage(format!(
                    "Command \"{verb}\" is unknown, try \"nlw bridge link help\"."
                )))
            }
        };
        let mut dev = None;
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            // As bridge: words other than `dev DEV` are passed over.
            if word == "dev" {
                let value = words.next().ok_or_else(incomplete)?;
                if dev.is_some() {
                    return Err(duplicate("dev", value));
                }
                dev = Some(value.to_owned());
            }
        }
        Ok(LinkShow { dev })
    }

    /// Prints the ports: index, name, flags, MTU, bridge, then the port's
    /// state, priority and cost (and with `-d` its flags).
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let names = Names::load(&mut ctx.ipr)?;
        let wanted = match &self.dev {
            Some(dev) => Some(index_of(&names, dev)?),
            None => None,
        };
        let details = ctx.details;
        print_links(ctx, &Dump { family: AF_BRIDGE, ..Dump::default() }, wanted, |p, l| {
            head(p, l, &names)?;
            p.fmt_text(format_args!(" "))?;
            if let Some(mtu) = l.mtu()? {
                p.num("mtu", "mtu", &mtu)?;
            }
            if let Some(master) = l.master()? {
                p.name("master", "master", &names.get(master))?;
            }
            if let Some(protinfo) = l.protinfo()? {
                print_protinfo(p, &protinfo, &names, details)?;
            }
            p.fmt_text(format_args!("\n"))?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn show_takes_dev_once_and_passes_over_other_words() {
        assert_eq!(LinkShow::parse(&words("show dev v0 extra")).unwrap().dev.as_deref(), Some("v0"));
        assert_eq!(LinkShow::parse(&words("")).unwrap().dev, None);
        for bad in ["show dev", "show dev a dev b", "bogus", "help"] {
            assert!(matches!(LinkShow::parse(&words(bad)), Err(CliError::Usage(_))), "{bad}");
        }
    }
}
