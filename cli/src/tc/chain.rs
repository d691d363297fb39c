//! `nlw chain show|add|delete`: a device's (or a shared block's) filter
//! chains, as tc 6.1's `do_chain`: `show` takes `filter show`'s words and
//! prints each chain as tc's `print_filter` does (`chain parent 1: chain 2`);
//! `add` and `delete` an empty chain (tc's templates, a kind with options,
//! are not taken).
//!
//! ```sh
//! nlw chain add dev eth0 parent 1: chain 9
//! nlw -j chain show dev eth0 parent 1:
//! ```

use nlwire::tc::{ChainRequest, Handle, TcOp};

use super::{parse_handle, Show, BLOCK_IFINDEX, EGRESS_HOOK, INGRESS_HOOK};
use crate::args::{c_number, duplicate, ifindex, invalid, Words};
use crate::{matches, CliError, Ctx, Result};

/// `nlw chain help`, on stderr with exit 0 as tc's.
pub const USAGE: &str = "Usage: nlw chain { add | del | show } [ dev DEV | block N ]
           [ root | ingress | egress | parent P ] [ chain N ]";

/// `nlw chain ...`.
pub enum ChainCommand {
    /// `show`, `list`, `lst`: the chains.
    Show(Show),
    /// `add`, `delete`: one chain.
    Change(Change),
}

/// `chain add|delete`: where and which.
pub struct Change {
    op: TcOp,
    dev: Option<String>,
    block: u32,
    parent: u32,
    chain: Option<u32>,
}

impl ChainCommand {
    /// Parses the words after `chain`.
    pub fn parse(words: &[String]) -> Result<Self> {
        let verb = words.first().map_or("show", String::as_str);
        let args = words.get(1..).unwrap_or_default();
        let op = if matches(verb, "add", 1) {
            TcOp::Add
        } else if matches(verb, "delete", 1) {
            TcOp::Delete
        } else if ["list", "show", "lst"].iter().any(|w| matches(verb, w, 1)) {
            return Show::parse_chains(args).map(ChainCommand::Show);
        } else {
            return Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw chain help\".")));
        };
        let mut change = Change { op, dev: None, block: 0, parent: 0, chain: None };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            change.word(word, &mut words)?;
        }
        Ok(ChainCommand::Change(change))
    }

    /// Runs the command.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            ChainCommand::Show(show) => super::show(ctx, show),
            ChainCommand::Change(change) => change.send(ctx),
        }
    }
}

impl Change {
    /// One word of `chain add|delete`, as tc's `tc_filter_modify` reads it.
    fn word(&mut self, word: &str, words: &mut Words<'_>) -> Result<()> {
        let exclusive = || CliError::usage("Error: \"dev\" and \"block\" are mutually exclusive");
        match word {
            "dev" => {
                let value = words.value()?;
                if self.dev.replace(value.to_owned()).is_some() {
                    return Err(duplicate("dev", value));
                }
                if self.block != 0 {
                    return Err(exclusive());
                }
            }
            _ if matches(word, "block", 1) => {
                let value = words.value()?;
                if self.block != 0 {
                    return Err(duplicate("block", value));
                }
                if self.dev.is_some() {
                    return Err(exclusive());
                }
                self.block = c_number::<u32>("block index value", value)
                    .ok()
                    .filter(|b| *b != 0)
                    .ok_or_else(|| invalid("invalid block index value", value))?;
            }
            "root" | "ingress" | "egress" => {
                if self.parent != 0 {
                    return Err(CliError::usage(format!("Error: \"{word}\" is duplicate parent ID")));
                }
                self.parent = match word {
                    "root" => Handle::ROOT,
                    "ingress" => INGRESS_HOOK,
                    _ => EGRESS_HOOK,
                }
                .get();
            }
            "parent" => {
                let value = words.value()?;
                if self.parent != 0 {
                    return Err(duplicate("parent", value));
                }
                self.parent =
                    parse_handle("parent", value).map_err(|_| invalid("Invalid parent ID", value))?.get();
            }
            _ if matches(word, "chain", 1) => {
                let value = words.value()?;
                if self.chain.is_some() {
                    return Err(duplicate("chain", value));
                }
                self.chain = Some(c_number("chain index value", value)?);
            }
            other => return Err(CliError::usage(format!("What is \"{other}\"? Try \"nlw chain help\"."))),
        }
        Ok(())
    }

    /// Sends the change; the kernel refuses what it lacks (a qdisc, a
    /// chain), printed as tc prints it, with its exit code 2.
    fn send(&self, ctx: &mut Ctx) -> Result<()> {
        let (ifindex, parent) = match &self.dev {
            Some(dev) => (ifindex(&mut ctx.ipr, dev)? as i32, self.parent),
            // A block's index goes where the parent would.
            None if self.block != 0 => (BLOCK_IFINDEX, self.block),
            // tc sends ifindex 0, which names no device.
            None => return Err(talking("RTNETLINK answers: No such device")),
        };
        let request = ChainRequest { op: self.op, ifindex, parent: Handle(parent), chain: self.chain };
        ctx.ipr.request(&request).map_err(|e| talking(&CliError::from(e).to_string()))?;
        Ok(())
    }
}

/// The kernel's refusal as tc's `tc_filter_modify` reports it.
pub(super) fn talking(kernel: &str) -> CliError {
    CliError::exit(2, format!("{kernel}\nWe have an error talking to the kernel"))
}
