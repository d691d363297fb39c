//! `mirred` (tc/m_mirred.c): a packet sent on to, or copied to, another device.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{act_mirred_attrs, ActMirredAttrs, TcMirred, TC_MIRRED};

use super::{control, control_action, counts, Verdict};
use crate::args::Words;
use crate::names::Names;
use crate::sink::Sink;
use crate::tc::options::{put_attr, put_field};
use crate::{matches, CliError, Result};

/// `mirred`'s options, `None` without `TCA_MIRRED_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>, names: &Names) -> Result<Option<()>> {
    ActMirredAttrs(options).parms()?.map(|p| print_mirred(s, p, names)).transpose()
}

/// TCA_EGRESS_REDIR 1, TCA_EGRESS_MIRROR 2, TCA_INGRESS_REDIR 3,
/// TCA_INGRESS_MIRROR 4 (linux/tc_act/tc_mirred.h), named as tc names
/// them, with their direction and action.
const EACTIONS: [(i32, &str, &str, &str); 4] = [
    (1, "Egress Redirect", "egress", "redirect"),
    (2, "Egress Mirror", "egress", "mirror"),
    (3, "Ingress Redirect", "ingress", "redirect"),
    (4, "Ingress Mirror", "ingress", "mirror"),
];

/// `mirred (Egress Redirect to device ifb0) stolen` and the counts line.
fn print_mirred<W: Write>(s: &mut Sink<'_, W>, p: &TcMirred, names: &Names) -> Result<()> {
    let (text, direction, action) = EACTIONS
        .iter()
        .find(|(e, ..)| *e == p.eaction.get())
        .map_or(("unknown", "unknown", "unknown"), |(_, text, direction, action)| (text, direction, action));
    let dev = names.get(p.ifindex.get());
    let (index, refcnt, bindcnt) = (p.index.get(), p.refcnt.get(), p.bindcnt.get());
    match s {
        Sink::Text(out) => {
            write!(out, "mirred ({text} to device {dev})")?;
        }
        Sink::Json(j) => {
            j.field_str("kind", "mirred")?;
            j.field_str("mirred_action", action)?;
            j.field_str("direction", direction)?;
            j.field_str("to_dev", &dev)?;
        }
    }
    control_action(s, " ", Verdict(p.action.get()), "")?;
    counts(s, "\n\t", index, refcnt, bindcnt)
}

/// What `mirred`'s parser (tc/m_mirred.c) reads: `egress|ingress
/// mirror|redirect dev DEV [CONTROL] [index N]` (a verdict for a mirror
/// only), the index also before the device; the device by name, for
/// [`MirredWords::options`].
pub struct MirredWords {
    eaction: i32,
    dev: String,
    /// The verdict: tc's `pipe` for a mirror, `stolen` for a redirect, or
    /// the one given.
    action: i32,
    index: u32,
}

/// `TC_ACT_PIPE`, `TC_ACT_STOLEN`: mirred's verdicts unless told.
const PIPE: i32 = 3;
const STOLEN: i32 = 4;

impl MirredWords {
    /// Reads the words after `mirred`; tc's words for what it refuses.
    pub(crate) fn parse(words: &mut Words<'_>) -> Result<Self> {
        let bad = |msg: &str| CliError::rejected(msg.to_owned());
        let index_value = |words: &mut Words<'_>| -> Result<u32> {
            words.value()?.parse().map_err(|_| bad("Illegal \"index\""))
        };
        let (mut direction, mut action, mut index) = (None, None, None);
        let dev = loop {
            let Some(word) = words.next() else {
                return Err(bad("mirred: Illegal \"action\""));
            };
            match word {
                _ if direction.is_none() && (matches(word, "egress", 1) || matches(word, "ingress", 1)) => {
                    direction = Some(matches(word, "egress", 1));
                }
                _ if matches(word, "index", 1) => index = Some(index_value(words)?),
                _ if direction.is_none() => {
                    return Err(bad(&format!("was expecting egress or ingress ({word})")));
                }
                _ if action.is_none() && (matches(word, "mirror", 1) || matches(word, "redirect", 1)) => {
                    action = Some(matches(word, "redirect", 1));
                }
                _ if action.is_some() && matches(word, "dev", 1) => break words.value()?.to_owned(),
                other => return Err(bad(&format!("mirred: Illegal \"{other}\""))),
            }
        };
        let (Some(egress), Some(redirect)) = (direction, action) else {
            return Err(bad("mirred: Illegal \"action\""));
        };
        let eaction = match (egress, redirect) {
            (true, true) => 1,
            (true, false) => 2,
            (false, true) => 3,
            (false, false) => 4,
        };
        let mut action = if redirect { STOLEN } else { PIPE };
        // A mirror takes a verdict; after a redirect, tc reads one as a
        // gact action of its own.
        if !redirect {
            action = control(words)?.unwrap_or(action);
        }
        if words.peek().is_some_and(|w| matches(w, "index", 1)) {
            if index.is_some() {
                return Err(bad("mirred: Illegal double index"));
            }
            words.next();
            index = Some(index_value(words)?);
        }
        Ok(MirredWords { eaction, dev, action, index: index.unwrap_or(0) })
    }

    /// The device named.
    pub(crate) fn dev(&self) -> &str {
        &self.dev
    }

    /// `TCA_MIRRED_PARMS` for the device's index, as the options' payload.
    pub(crate) fn options(&self, ifindex: u32) -> Vec<u8> {
        let mut parms = vec![0; TC_MIRRED.size];
        for (field, value) in [
            ("index", self.index.to_ne_bytes()),
            ("action", self.action.to_ne_bytes()),
            ("eaction", self.eaction.to_ne_bytes()),
            ("ifindex", ifindex.to_ne_bytes()),
        ] {
            put_field(&TC_MIRRED, &mut parms, field, &value);
        }
        put_attr(act_mirred_attrs::PARMS, &parms)
    }
}
