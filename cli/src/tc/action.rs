//! The actions of a filter (`TCA_U32_ACT`, ...) as tc prints them: tc's
//! `tc_print_action` (tc/m_action.c) around each kind's printer, which
//! has a module of its own here; the verdict and counts they share are
//! below. nlw decodes `mirred` (tc/m_mirred.c), `gact` (tc/m_gact.c), `police`
//! (tc/m_police.c), `vlan` (tc/m_vlan.c), `skbedit` (tc/m_skbedit.c),
//! `mpls` (tc/m_mpls.c), `ct` (tc/m_ct.c), `sample` (tc/m_sample.c),
//! `tunnel_key` (tc/m_tunnel_key.c), `csum` (tc/m_csum.c), `nat`
//! (tc/m_nat.c) and `connmark` (tc/m_connmark.c); an action of another
//! kind prints its kind alone.
//!
//! ```text
//!         action order 1: mirred (Egress Redirect to device ifb0) stolen
//!         index 1 ref 1 bind 1
//!
//!         action order 2: gact action drop
//!          random type none pass val 0
//!          index 2 ref 1 bind 1
//! ```

mod connmark;
mod csum;
mod ct;
pub(super) mod gact;
pub(super) mod mirred;
mod mpls;
mod nat;
mod police;
mod sample;
mod skbedit;
mod tunnel_key;
mod vlan;

use std::io::Write;
use std::net::IpAddr;

use nlwire::attr::{Attr, Attrs};
use nlwire::tables::tc::{
    act_connmark_attrs, act_csum_attrs, act_ct_attrs, act_gact_attrs, act_mirred_attrs, act_mpls_attrs,
    act_nat_attrs, act_sample_attrs, act_skbedit_attrs, act_tunnel_key_attrs, act_vlan_attrs, police_attrs,
    ActAttrs, TcfT,
};
use nlwire::tc::action::{act_flags, hw_stats};
use nlwire::tc::Stats2;

use crate::args::Words;
use crate::names::Names;
use crate::sink::Sink;
use crate::{CliError, Result};

/// Prints the actions nest `actions`, whose entries are numbered by their
/// order: text lines after the filter's, JSON `"actions": [...]`; with
/// `stats` (`tc -s`), each action's times and counters too; `standalone`
/// (`tc actions`, not a filter's), what hardware holds of each.
pub fn print<W: Write>(
    s: &mut Sink<'_, W>,
    actions: Attrs<'_>,
    names: &Names,
    stats: bool,
    standalone: bool,
) -> Result<()> {
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
        let times_attr = match options.clone() {
            Some(o) => print_kind(s, kind, o, names)?,
            None => None,
        };
        match (times_attr, options) {
            (None, _) => s.name("kind", "", kind)?,
            (Some(attr), Some(options)) if stats => times(s, options.find(attr)?)?,
            _ => {}
        }
        if let Some(counters) = action.stats()?.filter(|_| stats) {
            s.text("\n\tAction statistics:\n")?;
            s.open("stats")?;
            crate::tc::stats::print(s, &Stats2::new(counters.0), "\t")?;
            s.close()?;
        }
        s.text("\n")?;
        // What hardware holds, which tc shows of standalone actions only.
        if standalone {
            hardware(s, &action)?;
        }
        s.close()?;
    }
    s.close_array()?;
    Ok(())
}

/// The options of an action of `kind` as its tc printer writes them, and
/// the attribute of those options that holds the action's times (`struct
/// tcf_t`, numbered per kind); `None` (nothing written) for a kind nlw does
/// not decode or options without the parameters the kind's printer needs.
fn print_kind<W: Write>(s: &mut Sink<'_, W>, kind: &str, o: Attrs<'_>, names: &Names) -> Result<Option<u16>> {
    let (printed, times) = match kind {
        "mirred" => (mirred::print(s, o, names)?, act_mirred_attrs::TM),
        "gact" => (gact::print(s, o)?, act_gact_attrs::TM),
        "police" => (police::print(s, o)?, police_attrs::TM),
        "vlan" => (vlan::print(s, o)?, act_vlan_attrs::TM),
        "skbedit" => (skbedit::print(s, o)?, act_skbedit_attrs::TM),
        "mpls" => (mpls::print(s, o)?, act_mpls_attrs::TM),
        "ct" => (ct::print(s, o)?, act_ct_attrs::TM),
        "sample" => (sample::print(s, o)?, act_sample_attrs::TM),
        "tunnel_key" => (tunnel_key::print(s, o)?, act_tunnel_key_attrs::TM),
        "csum" => (csum::print(s, o)?, act_csum_attrs::TM),
        "nat" => (nat::print(s, o)?, act_nat_attrs::TM),
        "connmark" => (connmark::print(s, o)?, act_connmark_attrs::TM),
        _ => return Ok(None),
    };
    Ok(printed.map(|()| times))
}

/// What tc prints after an action's counters: its flags (`no_percpu`,
/// `skip_hw`, `skip_sw`), whether hardware holds it (`in_hw in_hw_count
/// N`, `not_in_hw`), then the hardware counters asked for and used
/// (`used_hw_stats disabled`), a line each.
fn hardware<W: Write>(s: &mut Sink<'_, W>, action: &ActAttrs<'_>) -> Result<()> {
    // A `struct nla_bitfield32`: value, selector.
    let selected = |attr: Option<Attr<'_>>| -> Result<Option<(u32, u32)>> {
        let Some(attr) = attr else { return Ok(None) };
        let [v0, v1, v2, v3, s0, s1, s2, s3] = attr.array::<8>()?;
        Ok(Some((u32::from_ne_bytes([v0, v1, v2, v3]), u32::from_ne_bytes([s0, s1, s2, s3]))))
    };
    let flags = selected(action.flags()?)?;
    let count = action.in_hw_count()?;
    if flags.is_some() || count.is_some() {
        let mut skip_hw = false;
        if let Some((value, selector)) = flags {
            for (bit, key) in [
                (act_flags::NO_PERCPU_STATS, "no_percpu"),
                (act_flags::SKIP_HW, "skip_hw"),
                (act_flags::SKIP_SW, "skip_sw"),
            ] {
                if selector & bit != 0 {
                    s.bool(key, format_args!("\t{key}"), value & bit != 0)?;
                }
            }
            skip_hw = selector & value & act_flags::SKIP_HW != 0;
        }
        match count.filter(|_| !skip_hw) {
            Some(0) => s.bool("not_in_hw", format_args!("\tnot_in_hw"), true)?,
            Some(n) => {
                s.bool("in_hw", format_args!("\tin_hw"), true)?;
                s.fmt_num("in_hw_count", format_args!(" in_hw_count {n}"), n)?;
            }
            None => {}
        }
        s.text("\n")?;
    }
    for (key, attr) in [("hw_stats", action.hw_stats()?), ("used_hw_stats", action.used_hw_stats()?)] {
        let Some((value, selector)) = selected(attr)? else { continue };
        let stats = value & selector;
        let names = [(hw_stats::IMMEDIATE, "immediate"), (hw_stats::DELAYED, "delayed"), (0, "disabled")];
        let mut names = names.into_iter().filter(|(bit, _)| stats & bit != 0 || (stats == 0 && *bit == 0));
        match s {
            Sink::Text(out) => {
                write!(out, "\t{key}")?;
                names.try_for_each(|(_, name)| write!(out, " {name}"))?;
                writeln!(out)?;
            }
            Sink::Json(j) => j.field_strs(key, names.map(|(_, name)| name))?,
        }
    }
    Ok(())
}

/// tc's `print_tm` under `-s`: ` installed N sec used N sec` (and
/// `firstused`, `expires`), those the kernel set, in whole seconds.
fn times<W: Write>(s: &mut Sink<'_, W>, tm: Option<Attr<'_>>) -> Result<()> {
    let Some(tm) = tm else { return Ok(()) };
    let tm: &TcfT = tm.as_struct()?;
    let seconds = |ticks: u64| ticks / u64::from(crate::USER_HZ);
    for (key, label, ticks) in [
        ("installed", "installed", tm.install.get()),
        ("last_used", "used", tm.lastuse.get()),
        ("first_used", "firstused", tm.firstuse.get()),
        ("expires", "expires", tm.expires.get()),
    ] {
        if ticks != 0 {
            s.fmt_num(key, format_args!(" {label} {} sec", seconds(ticks)), seconds(ticks))?;
        }
    }
    Ok(())
}

/// An IPv4 address attribute (read in host order) as an address.
pub(super) fn ipv4(value: Option<u32>) -> Option<IpAddr> {
    value.map(|a| IpAddr::from(a.to_be_bytes()))
}

/// An IPv6 address attribute (16 bytes) as an address; `None` for
/// another length, which tc leaves out.
pub(super) fn ipv6(bytes: Option<&[u8]>) -> Option<IpAddr> {
    bytes.and_then(|b| <[u8; 16]>::try_from(b).ok()).map(IpAddr::from)
}

/// The end of most actions: ` VERDICT`, then `index N ref N bind N` on a
/// line of its own.
pub(super) fn tail<W: Write>(
    s: &mut Sink<'_, W>,
    action: i32,
    index: u32,
    refcnt: i32,
    bindcnt: i32,
) -> Result<()> {
    control_action(s, " ", Verdict(action), "")?;
    counts(s, "\n\t ", index, refcnt, bindcnt)
}

/// tc's `print_action_control`: text `PREFIX VERDICT SUFFIX`, JSON
/// `"control_action": {"type": ..., "chain"|"jump": N}`.
pub(super) fn control_action<W: Write>(
    s: &mut Sink<'_, W>,
    prefix: &str,
    verdict: Verdict,
    suffix: &str,
) -> Result<()> {
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
pub(super) fn counts<W: Write>(
    s: &mut Sink<'_, W>,
    newline: &str,
    index: u32,
    refcnt: i32,
    bindcnt: i32,
) -> Result<()> {
    s.fmt_num("index", format_args!("{newline}index {index}"), index)?;
    s.fmt_num("ref", format_args!(" ref {refcnt}"), refcnt)?;
    s.fmt_num("bind", format_args!(" bind {bindcnt}"), bindcnt)?;
    Ok(())
}

/// A `TC_ACT_*` verdict (linux/pkt_cls.h) as tc's `print_action_control`
/// writes it: `pipe`, `goto chain 3`, `jump 2`, or the number.
pub(super) struct Verdict(pub(super) i32);

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

/// `TC_ACT_*` values of the verdict words (linux/pkt_cls.h): those
/// [`Verdict`] writes, which tc's `action_a2n` reads, with its `shot` and
/// `ok`.
const VERDICT_VALUES: [i32; 7] = [-1, 0, 1, 2, 3, 4, 8];

/// tc's `parse_action_control`: a verdict word (`pass`, `drop`, ...,
/// `goto chain N`, `jump N`) at the head of `words`, read; `None`, nothing
/// read, when the next word is none.
pub(super) fn control(words: &mut Words<'_>) -> Result<Option<i32>> {
    let Some(word) = words.peek() else { return Ok(None) };
    let word = match word {
        "shot" => "drop",
        "ok" => "pass",
        word => word,
    };
    let extension = |opcode: i32, words: &mut Words<'_>| -> Result<i32> {
        let value: u32 = words.value()?.parse().map_err(|_| CliError::usage("Illegal control action"))?;
        Ok((opcode << Verdict::EXT_SHIFT) | value as i32)
    };
    let verdict = match word {
        "goto" => {
            words.next();
            match words.next() {
                Some("chain") => extension(2, words)?,
                _ => return Err(CliError::usage("Illegal control action")),
            }
        }
        "jump" => {
            words.next();
            extension(1, words)?
        }
        // `stolen` is written, not read.
        "stolen" => return Ok(None),
        word => match VERDICT_VALUES.into_iter().find(|v| Verdict(*v).name() == word) {
            Some(value) => {
                words.next();
                value
            }
            None => return Ok(None),
        },
    };
    Ok(Some(verdict))
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
