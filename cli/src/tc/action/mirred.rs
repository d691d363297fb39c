//! `mirred` (tc/m_mirred.c): a packet sent on to, or copied to, another device.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{act_mirred_attrs, ActMirredAttrs, TcMirred, TC_MIRRED};

use super::{control, control_action, counts, Verdict};
use crate::args::{incomplete, Words};
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
    dev: Option<String>,
    /// The verdict: tc's `pipe` for a mirror, `stolen` for a redirect, or
    /// the one given.
    action: i32,
    index: u32,
}

/// `TC_ACT_PIPE`, `TC_ACT_STOLEN`: mirred's verdicts unless told.
const PIPE: i32 = 3;
const STOLEN: i32 = 4;

impl MirredWords {
    /// Reads the words after `mirred` as tc's `parse_mirred` and
    /// `parse_direction` read them. What they refuse is refused (rejected)
    /// in tc's words; a word missing where tc takes the next one ends the
    /// command as tc's `NEXT_ARG` does; a word tc passes over unread
    /// (`egress bogus redirect`) is passed over.
    pub(crate) fn parse(words: &mut Words<'_>) -> Result<Self> {
        let refuse = |msg: &str| CliError::rejected(msg.to_owned());
        let first = words.peek().ok_or_else(incomplete)?;
        if !["egress", "ingress", "index"].iter().any(|k| matches(first, k, 1)) {
            return Err(refuse(&format!("mirred option not supported {first}")));
        }
        let u32_value = |words: &mut Words<'_>, why: &str| -> Result<u32> {
            words.next();
            words.peek().ok_or_else(incomplete)?.parse().map_err(|_| refuse(why))
        };
        let (mut egress, mut ingress, mut mirror, mut redirect) = (false, false, false, false);
        let (mut directed, mut indexed) = (false, false);
        let mut parsed = MirredWords { eaction: 0, dev: None, action: 0, index: 0 };
        while let Some(word) = words.peek() {
            if matches(word, "action", 1) {
                // The next action's kind follows.
                words.next();
                words.peek().ok_or_else(incomplete)?;
                break;
            } else if !egress && matches(word, "egress", 1) {
                if ingress {
                    return Err(refuse("Can't have both egress and ingress"));
                }
                (egress, directed) = (true, true);
            } else if !ingress && matches(word, "ingress", 1) {
                if egress {
                    return Err(refuse("Can't have both ingress and egress"));
                }
                (ingress, directed) = (true, true);
            } else if matches(word, "index", 1) {
                parsed.index = u32_value(words, "Illegal \"index\"")?;
                indexed = true;
                if !directed {
                    words.next();
                    break;
                }
            } else if !directed {
                return Err(refuse(&format!("was expecting egress or ingress ({word})")));
            } else if !mirror && matches(word, "mirror", 1) {
                if redirect {
                    return Err(refuse("Can't have both mirror and redir"));
                }
                mirror = true;
                (parsed.eaction, parsed.action) = (if egress { 2 } else { 4 }, PIPE);
            } else if !redirect && matches(word, "redirect", 1) {
                if mirror {
                    return Err(refuse("Can't have both mirror and redir"));
                }
                redirect = true;
                (parsed.eaction, parsed.action) = (if egress { 1 } else { 3 }, STOLEN);
            } else if (redirect || mirror) && matches(word, "dev", 1) {
                words.next();
                parsed.dev = Some(words.peek().ok_or_else(incomplete)?.to_owned());
                words.next();
                break;
            }
            // tc's `NEXT_ARG`: past this word, and the command ends when
            // none follows.
            words.next();
            words.peek().ok_or_else(incomplete)?;
        }
        // A mirror takes a verdict; after a redirect, tc reads one as a
        // gact action of its own.
        if mirror {
            parsed.action = control(words)?.unwrap_or(PIPE);
        }
        if words.peek().is_some_and(|w| matches(w, "index", 1)) {
            if indexed {
                return Err(refuse("mirred: Illegal double index"));
            }
            parsed.index = u32_value(words, "mirred: Illegal \"index\"")?;
            words.next();
        }
        Ok(parsed)
    }

    /// The device named, if one is.
    pub(crate) fn dev(&self) -> Option<&str> {
        self.dev.as_deref()
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
