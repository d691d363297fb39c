//! `nlw link property add|del [dev] DEV [altname NAME]...`: a link's
//! alternative names, added (`RTM_NEWLINKPROP`) or removed
//! (`RTM_DELLINKPROP`) as ip 6.1's `iplink_prop` does. `link show` prints
//! them; every command finds a link by them.
//!
//! ```sh
//! nlw link property add dev eth0 altname uplink altname wan
//! nlw link property del dev uplink altname wan
//! ```

use nlwire::link::{AltNames, ALTNAME_MAX};

use crate::args::{ifindex, invalid, Words};
use crate::{matches, CliError, Ctx, Result};

/// `nlw link property help`.
pub const USAGE: &str = "Usage: nlw link property { add | del } [ dev ] DEV [ altname NAME ]...";

/// `link property add|del DEV altname NAME...`.
pub struct LinkProperty {
    delete: bool,
    dev: String,
    names: Vec<String>,
}

/// ip's `check_altifname`: not empty, no `/` nor C whitespace. Longer than
/// the kernel takes: ip sends it and the kernel refuses (exit 2); nlw
/// refuses it before sending, with exit 2.
fn altname(s: &str, what: &str) -> Result<String> {
    let c_space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    if s.is_empty() || s.bytes().any(|b| b == b'/' || c_space(b)) {
        return Err(invalid(what, s));
    }
    if s.len() > ALTNAME_MAX {
        return Err(CliError::kernel_would_refuse(format!(
            "Error: argument \"{s}\" is wrong: alternative name longer than {ALTNAME_MAX} bytes."
        )));
    }
    Ok(s.to_owned())
}

impl LinkProperty {
    /// Parses the words after `link property`.
    pub fn parse(words: &[String]) -> Result<Self> {
        let (op, args) = words.split_first().ok_or_else(|| CliError::usage(USAGE))?;
        let delete = match op.as_str() {
            w if matches(w, "add", 1) => false,
            w if matches(w, "del", 1) => true,
            w if matches(w, "help", 1) => return Err(CliError::usage(USAGE)),
            _ => return Err(CliError::usage("Operator required")),
        };
        let (mut dev, mut names) = (None, Vec::new());
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            match word {
                w if matches(w, "altname", 1) => names.push(altname(words.value()?, "not a valid altname")?),
                w if matches(w, "help", 1) => return Err(CliError::usage(USAGE)),
                w => {
                    let v = if w == "dev" { words.value()? } else { w };
                    if dev.is_some() {
                        return Err(CliError::usage(format!(
                            "Error: either \"dev\" is duplicate, or \"{v}\" is a garbage."
                        )));
                    }
                    dev = Some(altname(v, "\"dev\" not a valid ifname")?);
                }
            }
        }
        let dev =
            dev.ok_or_else(|| CliError::usage("Not enough of information: \"dev\" argument is required."))?;
        Ok(LinkProperty { delete, dev, names })
    }

    /// Sends the change.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let ifindex = ifindex(&mut ctx.ipr, &self.dev)?;
        let names: Vec<&str> = self.names.iter().map(String::as_str).collect();
        crate::session::request(&mut ctx.ipr, &AltNames { ifindex, names: &names, delete: self.delete })
    }
}
