//! The actions of a filter (`TCA_U32_ACT`, ...) as tc prints them: tc's
//! `tc_print_action` (tc/m_action.c) around each kind's printer. nlw
//! decodes `mirred` (tc/m_mirred.c) and `gact` (tc/m_gact.c); an action of
//! another kind prints its kind alone.
//!
//! ```text
//!         action order 1: mirred (Egress Redirect to device ifb0) stolen
//!         index 1 ref 1 bind 1
//!
//!         action order 2: gact action drop
//!          random type none pass val 0
//!          index 2 ref 1 bind 1
//! ```

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{ActAttrs, ActGactAttrs, ActMirredAttrs, TcGact, TcGactP, TcMirred};

use crate::names::Names;
use crate::sink::Sink;
use crate::Result;

/// Prints the actions nest `actions`, whose entries are numbered by their
/// order: text lines after the filter's, JSON `"actions": [...]`.
pub fn print<W: Write>(s: &mut Sink<'_, W>, actions: Attrs<'_>, names: &Names) -> Result<()> {
    s.open_array("actions")?;
    for entry in actions {
        let entry = entry?;
        let action = ActAttrs(entry.nested());
        match s {
            Sink::Text(out) => write!(out, "\n\taction order {}: ", entry.kind())?,
            Sink::Json(j) => {
                j.begin_object()?;
                j.field_num("order", entry.kind())?;
            }
        }
        let kind = action.kind()?.unwrap_or("");
        let options = action.options()?.map(|o| o.nested());
        let mirred = options.clone().filter(|_| kind == "mirred").map(|o| ActMirredAttrs(o).parms());
        let gact = options.filter(|_| kind == "gact").map(ActGactAttrs);
        match (mirred.transpose()?.flatten(), gact) {
            (Some(parms), _) => print_mirred(s, parms, names)?,
            (None, Some(gact)) if gact.parms()?.is_some() => print_gact(s, &gact)?,
            _ => s.name("kind", "", kind)?,
        }
        match s {
            Sink::Text(out) => writeln!(out)?,
            Sink::Json(j) => j.end_object()?,
        }
    }
    s.close_array()?;
    Ok(())
}

/// `mirred (Egress Redirect to device ifb0) stolen` and the counts line.
fn print_mirred<W: Write>(s: &mut Sink<'_, W>, p: &TcMirred, names: &Names) -> Result<()> {
    // TCA_EGRESS_REDIR 1, TCA_EGRESS_MIRROR 2, TCA_INGRESS_REDIR 3,
    // TCA_INGRESS_MIRROR 4 (linux/tc_act/tc_mirred.h), named as tc names them.
    let (text, direction, action) = match p.eaction.get() {
        1 => ("Egress Redirect", "egress", "redirect"),
        2 => ("Egress Mirror", "egress", "mirror"),
        3 => ("Ingress Redirect", "ingress", "redirect"),
        4 => ("Ingress Mirror", "ingress", "mirror"),
        _ => ("unknown", "unknown", "unknown"),
    };
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

/// `gact action drop`, its random verdict (`random type netrand pass val
/// 10`: with probability 1/10, `pass` instead) and the counts line, as
/// tc 6.1's `print_gact`; a gact without `TCA_GACT_PROB` prints tc's
/// placeholder, `random type none pass val 0`.
fn print_gact<W: Write>(s: &mut Sink<'_, W>, gact: &ActGactAttrs<'_>) -> Result<()> {
    let Some(p): Option<&TcGact> = gact.parms()? else { return Ok(()) };
    let random = gact.prob()?.copied().unwrap_or(TcGactP::default());
    s.name("kind", "", "gact")?;
    control_action(s, "action ", Verdict(p.action.get()), "")?;
    s.open("prob")?;
    // PGACT_NONE, PGACT_NETRAND, PGACT_DETERM (linux/tc_act/tc_gact.h).
    let random_type = match random.ptype.get() {
        1 => "netrand",
        2 => "determ",
        _ => "none",
    };
    s.string("random_type", format_args!("\n\t random type {random_type}"), &random_type)?;
    control_action(s, " ", Verdict(random.paction.get()), " ")?;
    s.fmt_num("val", format_args!("val {}", random.pval.get()), random.pval.get())?;
    s.close()?;
    counts(s, "\n\t ", p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// tc's `print_action_control`: text `PREFIX VERDICT SUFFIX`, JSON
/// `"control_action": {"type": ..., "chain"|"jump": N}`.
fn control_action<W: Write>(s: &mut Sink<'_, W>, prefix: &str, verdict: Verdict, suffix: &str) -> Result<()> {
    match s {
        Sink::Text(out) => write!(out, "{prefix}{verdict}{suffix}")?,
        Sink::Json(j) => {
            j.key("control_action")?;
            j.begin_object()?;
            j.field_str("type", &verdict.name())?;
            match verdict.extension() {
                Some(("goto", chain)) => j.field_num("chain", chain)?,
                Some((_, target)) => j.field_num("jump", target)?,
                None => {}
            }
            j.end_object()?;
        }
    }
    Ok(())
}

/// An action's `index N ref N bind N`, on its own line (after `newline`).
fn counts<W: Write>(s: &mut Sink<'_, W>, newline: &str, index: u32, refcnt: i32, bindcnt: i32) -> Result<()> {
    s.fmt_num("index", format_args!("{newline}index {index}"), index)?;
    s.fmt_num("ref", format_args!(" ref {refcnt}"), refcnt)?;
    s.fmt_num("bind", format_args!(" bind {bindcnt}"), bindcnt)?;
    Ok(())
}

/// A `TC_ACT_*` verdict (linux/pkt_cls.h) as tc's `print_action_control`
/// writes it: `pipe`, `goto chain 3`, `jump 2`, or the number.
struct Verdict(i32);

impl Verdict {
    /// `TC_ACT_EXT_SHIFT`: the opcode of `jump` and `goto chain` sits above.
    const EXT_SHIFT: u32 = 28;

    /// `TC_ACT_JUMP` (1 << 28) and `TC_ACT_GOTO_CHAIN` (2 << 28) with
    /// their value below the opcode.
    fn extension(&self) -> Option<(&'static str, u32)> {
        let bits = self.0 as u32;
        let value = bits & ((1 << Self::EXT_SHIFT) - 1);
        match bits >> Self::EXT_SHIFT {
            1 => Some(("jump", value)),
            2 => Some(("goto", value)),
            _ => None,
        }
    }

    /// tc's `action_n2a`: the word, or the number.
    fn name(&self) -> String {
        let word = match (self.extension(), self.0) {
            (Some((name, _)), _) => name,
            (None, -1) => "continue",
            (None, 0) => "pass",
            (None, 1) => "reclassify",
            (None, 2) => "drop",
            (None, 3) => "pipe",
            (None, 4) => "stolen",
            (None, 8) => "trap",
            (None, number) => return number.to_string(),
        };
        word.to_owned()
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.extension() {
            Some(("goto", chain)) => write!(f, "goto chain {chain}"),
            Some((name, target)) => write!(f, "{name} {target}"),
            None => f.write_str(&self.name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Verdict;

    #[test]
    fn verdicts_read_as_tc_writes_them() {
        let text = |v: i32| Verdict(v).to_string();
        // The values of linux/pkt_cls.h, the words of tc's action_n2a.
        assert_eq!(text(-1), "continue");
        assert_eq!(text(0), "pass");
        assert_eq!(text(2), "drop");
        assert_eq!(text(3), "pipe");
        assert_eq!(text(4), "stolen");
        assert_eq!(text(8), "trap");
        assert_eq!(text(7), "7");
        assert_eq!(text((2 << 28) | 5), "goto chain 5");
        assert_eq!(text((1 << 28) | 2), "jump 2");
    }
}
