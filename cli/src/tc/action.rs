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
mod gact;
mod mirred;
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
use nlwire::tc::Stats2;

use crate::names::Names;
use crate::sink::Sink;
use crate::Result;

/// Prints the actions nest `actions`, whose entries are numbered by their
/// order: text lines after the filter's, JSON `"actions": [...]`; with
/// `stats` (`tc -s`), each action's times and counters too.
pub fn print<W: Write>(s: &mut Sink<'_, W>, actions: Attrs<'_>, names: &Names, stats: bool) -> Result<()> {
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
        match s {
            Sink::Text(out) => writeln!(out)?,
            Sink::Json(j) => j.end_object()?,
        }
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
