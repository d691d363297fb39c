//! The options of the filter kinds nlw adds, read as tc 6.1 reads them
//! (tc/f_u32.c, f_fw.c, f_matchall.c): each kind's words, its handle, and
//! its actions, whose devices are found when the request is prepared.
//!
//! ```sh
//! nlw filter add dev eth1 ingress u32 match u32 0 0 action mirred egress redirect dev ifb0
//! nlw filter add dev eth0 parent 1: protocol ip handle 6/0xff fw classid 1:30
//! nlw filter add dev eth1 ingress matchall action mirred egress redirect dev ifb0
//! ```

use std::cell::OnceCell;
use std::io::Write;
use std::net::Ipv4Addr;

use nlwire::tables::tc::{fw_attrs, matchall_attrs, ClsFlags, FwAttrs, MatchallAttrs};
use nlwire::tc::request::{FwFilter, MatchallFilter, U32Filter, U32Match};
use nlwire::tc::u32::U32Handle;
use nlwire::tc::{FilterKind, Handle};

use crate::args::{incomplete, Words};
use crate::names::Names;
use crate::sink::Sink;
use crate::tc::action;
use crate::tc::actions::{filter_action_refused, parse_filter_actions, FilterAction};
use crate::tc::options::{hexadecimal, integer, invalid, refused, what_is};
use crate::tc::parse_handle;
use crate::{matches, Failure, Result};

/// An action as sent: its kind and its options.
pub(super) type SentAction = (&'static str, Vec<u8>);

/// The options of a filter of a kind nlw reads.
pub(super) enum FilterOptions {
    U32(U32Options),
    Fw(FwOptions),
    Matchall(MatchallOptions),
}

/// `u32 [match ...]... [flowid C] [action KIND ...]...`.
pub(super) struct U32Options {
    classid: Option<Handle>,
    matches: Vec<U32Match>,
    actions: Actions,
}

/// `handle MARK[/MASK] fw [classid C] [indev DEV] [action KIND ...]...`.
pub(super) struct FwOptions {
    mask: Option<u32>,
    classid: Option<Handle>,
    indev: Option<String>,
    actions: Actions,
}

/// `matchall [skip_hw|skip_sw] [classid C] [action KIND ...]...`.
pub(super) struct MatchallOptions {
    classid: Option<Handle>,
    flags: ClsFlags,
    actions: Actions,
}

/// A filter's actions as read (a mirred action's device by name), and
/// each one's kind and options once the devices they name are found,
/// which the request borrows when prepared.
#[derive(Default)]
struct Actions {
    read: Vec<FilterAction>,
    /// The kind's last line when tc refuses an action (u32's `Illegal
    /// "action"`).
    illegal: &'static str,
    sent: OnceCell<Vec<SentAction>>,
}

impl Actions {
    /// The actions that follow `action` in `words`, refused with the
    /// kind's `illegal` line.
    fn parse(words: &mut Words<'_>, illegal: &'static str) -> Result<Self> {
        Ok(Actions { read: parse_filter_actions(words, illegal)?, illegal, sent: OnceCell::new() })
    }

    /// The kinds and options, the devices found by `ifindex` (the first
    /// time), one it cannot find refused as tc refuses it.
    fn sent(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<&[SentAction]> {
        if self.sent.get().is_none() {
            let mut sent = Vec::new();
            for (action, count) in &self.read {
                let options = action.options(ifindex).map_err(|e| match e.failure() {
                    Failure::Rejected(why) | Failure::Usage(why) => {
                        filter_action_refused(why, *count, action.kind(), self.illegal)
                    }
                    _ => e,
                })?;
                sent.push((action.kind(), options));
            }
            let _ = self.sent.set(sent);
        }
        Ok(self.sent.get().map_or(&[][..], Vec::as_slice))
    }
}

impl FilterOptions {
    /// The options of `kind` from `words` (all of them: a kind's words
    /// end the line), with the filter's `handle` as the kind reads it:
    /// the kind's name, the handle and the options; `None` for a kind nlw
    /// does not add. Without words after the kind, no options, as tc
    /// sends none.
    pub(super) fn parse(
        kind: &str,
        words: &mut Words<'_>,
        handle: Option<&str>,
    ) -> Option<Result<(&'static str, u32, Option<FilterOptions>)>> {
        let (name, parsed) = match kind {
            "u32" => ("u32", parse_u32(words, handle)),
            "fw" => ("fw", parse_fw(words, handle)),
            "matchall" => ("matchall", parse_matchall(words, handle)),
            _ => return None,
        };
        Some(parsed.map(|(handle, options)| (name, handle, options)))
    }

    /// The u32 options, if these are.
    pub(super) fn u32_matches(&self) -> Option<&[U32Match]> {
        match self {
            FilterOptions::U32(u) => Some(&u.matches),
            _ => None,
        }
    }

    /// Whether any option was given beyond the kind (a delete sends the
    /// options only then).
    pub(super) fn given(&self) -> bool {
        match self {
            FilterOptions::U32(u) => {
                u.classid.is_some() || !u.matches.is_empty() || !u.actions.read.is_empty()
            }
            FilterOptions::Fw(_) | FilterOptions::Matchall(_) => true,
        }
    }

    /// The kind with its options, and the kinds and options of its
    /// actions (the devices they name found by `ifindex`), which the
    /// request writes into the kind when sent.
    pub(super) fn prepare(
        &self,
        ifindex: &mut dyn FnMut(&str) -> Result<u32>,
    ) -> Result<(FilterKind<'_>, &[SentAction])> {
        Ok(match self {
            FilterOptions::U32(u) => {
                let kind = U32Filter { classid: u.classid, matches: &u.matches, actions: &[] };
                (FilterKind::U32(kind), u.actions.sent(ifindex)?)
            }
            FilterOptions::Fw(f) => {
                let kind =
                    FwFilter { mask: f.mask, classid: f.classid, indev: f.indev.as_deref(), actions: &[] };
                (FilterKind::Fw(kind), f.actions.sent(ifindex)?)
            }
            FilterOptions::Matchall(f) => {
                let kind = MatchallFilter { classid: f.classid, flags: f.flags, actions: &[] };
                (FilterKind::Matchall(kind), f.actions.sent(ifindex)?)
            }
        })
    }
}

/// `[match ip (src|dst) PREFIX | match u32 VALUE MASK at OFFSET]... [flowid|classid C]
/// [action KIND ...]...`, the actions as tc's `parse_action` reads them.
fn parse_u32(words: &mut Words<'_>, handle: Option<&str>) -> Result<(u32, Option<FilterOptions>)> {
    let handle = match handle {
        Some(h) => U32Handle::parse(h).map_err(|_| invalid("handle", h))?.0,
        None => 0,
    };
    let mut u = U32Options { classid: None, matches: Vec::new(), actions: Actions::default() };
    while let Some(word) = words.next() {
        match word {
            "match" => {
                let m = match words.value()? {
                    "ip" => {
                        let field = words.value()?;
                        let (addr, prefix) = ipv4_prefix(words.value()?)?;
                        match field {
                            "src" => U32Match::Ipv4Src { addr, prefix },
                            "dst" => U32Match::Ipv4Dst { addr, prefix },
                            _ => {
                                return Err(refused(format!(
                                    "Error: \"match ip {field}\": nlw knows src and dst."
                                )))
                            }
                        }
                    }
                    "u32" => {
                        let val = integer("value", words.value()?)?;
                        // Hexadecimal, as tc reads a mask: `10` is 0x10.
                        let mask = hexadecimal("mask", words.value()?)?;
                        // Without `at`, offset 0, as in tc.
                        let off = match words.peek() {
                            Some("at") => {
                                words.next();
                                integer("offset", words.value()?)?
                            }
                            _ => 0,
                        };
                        U32Match::Raw { val, mask, off }
                    }
                    other => return Err(refused(format!("Error: \"match {other}\": nlw knows ip and u32."))),
                };
                u.matches.push(m);
            }
            // The last one given, as in tc.
            "flowid" | "classid" => {
                let class = parse_handle("class", words.value()?);
                u.classid = Some(class.map_err(|e| refused(e.to_string()))?);
            }
            // A list given again replaces the first, as the kernel keeps
            // the last of tc's two.
            w if matches(w, "action", 1) => u.actions = Actions::parse(words, "Illegal \"action\"")?,
            _ => return Err(what_is(word, "filter")),
        }
    }
    Ok((handle, Some(FilterOptions::U32(u))))
}

/// tc's words for fw (its `explain`).
const FW_USAGE: &str = "Usage: ... fw [ classid CLASSID ] [ indev DEV ] [ action ACTION_SPEC ]
\tCLASSID := Push matching packets to the class identified by CLASSID with format X:Y
\t\tCLASSID is parsed as hexadecimal input.
\tDEV := specify device for incoming device classification.
\tACTION_SPEC := Apply an action on matching packets.
\tNOTE: handle is represented as HANDLE[/FWMASK].
\t\tFWMASK is 0xffffffff by default.";

/// fw's words as tc's `fw_parse_opt` reads them: the handle is the mark,
/// `/MASK` after it `TCA_FW_MASK` (both C numbers); no words, no options
/// (the mask too is then left out, as tc leaves it).
fn parse_fw(words: &mut Words<'_>, handle: Option<&str>) -> Result<(u32, Option<FilterOptions>)> {
    let (mut mark, mut mask) = (0, None);
    if let Some(h) = handle {
        let (value, slash) = h.split_once('/').map_or((h, None), |(v, m)| (v, Some(m)));
        mark = c_u32(value).ok_or_else(|| refused("Illegal \"handle\""))?;
        if let Some(m) = slash {
            mask = Some(c_u32(m).ok_or_else(|| refused("Illegal \"handle\" mask"))?);
        }
    }
    if words.peek().is_none() {
        return Ok((mark, None));
    }
    let mut f = FwOptions { mask, classid: None, indev: None, actions: Actions::default() };
    while let Some(word) = words.next() {
        match word {
            w if matches(w, "classid", 1) || matches(w, "flowid", 1) => {
                f.classid = Some(classid(words.value()?)?)
            }
            w if matches(w, "action", 1) => f.actions = Actions::parse(words, "Illegal fw \"action\"")?,
            w if matches(w, "police", 1) => {
                return Err(refused("Error: fw's \"police\" is not taken by nlw."))
            }
            "indev" => {
                let dev = words.next().ok_or_else(|| refused("Illegal indev"))?;
                // tc copies at most IFNAMSIZ bytes.
                let end = (0..=dev.len().min(16)).rev().find(|&i| dev.is_char_boundary(i)).unwrap_or(0);
                f.indev = Some(dev[..end].to_owned());
            }
            "help" => return Err(refused(FW_USAGE)),
            other => return Err(refused(format!("What is \"{other}\"?\n{FW_USAGE}"))),
        }
    }
    Ok((mark, Some(FilterOptions::Fw(f))))
}

/// tc's words for matchall (its `explain`).
const MATCHALL_USAGE: &str = "Usage: ... matchall [skip_sw | skip_hw]
                 [ action ACTION_SPEC ] [ classid CLASSID ]

Where: SELECTOR := SAMPLE SAMPLE ...
       FILTERID := X:Y:Z
       ACTION_SPEC := ... look at individual actions

NOTE: CLASSID is parsed as hexadecimal input.";

/// matchall's words as tc's `matchall_parse_opt` reads them: the handle a
/// C `strtol`; `skip_hw` and `skip_sw` each need a word after them, as
/// tc takes the next one.
fn parse_matchall(words: &mut Words<'_>, handle: Option<&str>) -> Result<(u32, Option<FilterOptions>)> {
    let handle = match handle {
        // tc keeps the low 32 bits of the long.
        Some(h) => {
            strtol(h).ok_or_else(|| refused(format!("Illegal handle \"{h}\", must be numeric.")))? as u32
        }
        None => 0,
    };
    if words.peek().is_none() {
        return Ok((handle, None));
    }
    let mut f = MatchallOptions { classid: None, flags: ClsFlags::empty(), actions: Actions::default() };
    while let Some(word) = words.next() {
        match word {
            "flowid" => f.classid = Some(classid(words.value()?)?),
            w if matches(w, "classid", 1) => f.classid = Some(classid(words.value()?)?),
            w if matches(w, "action", 1) => f.actions = Actions::parse(words, "Illegal \"action\"")?,
            "skip_hw" | "skip_sw" => {
                f.flags |= if word == "skip_hw" { ClsFlags::SKIP_HW } else { ClsFlags::SKIP_SW };
                words.peek().ok_or_else(incomplete)?;
            }
            "help" => return Err(refused(MATCHALL_USAGE)),
            other => return Err(refused(format!("What is \"{other}\"?\n{MATCHALL_USAGE}"))),
        }
    }
    if f.flags.contains(ClsFlags::SKIP_HW | ClsFlags::SKIP_SW) {
        return Err(refused("skip_hw and skip_sw are mutually exclusive"));
    }
    Ok((handle, Some(FilterOptions::Matchall(f))))
}

/// fw's options as tc 6.1's `fw_print_opt` writes them: `handle
/// 0xMARK[/0xMASK]`, `classid C`, `input dev DEV`, the actions on lines
/// of their own; JSON with the keys tc's later printer gives them
/// (`"handle": {"mark": "6", "mask": "ffffffff"}`, `classid`, `indev`),
/// tc 6.1's own JSON being broken there.
pub(super) fn print_fw<W: Write>(
    s: &mut Sink<'_, W>,
    fw: FwAttrs<'_>,
    handle: u32,
    names: &Names,
    stats: bool,
) -> Result<()> {
    let mask = fw.mask()?;
    if handle != 0 || mask.is_some() {
        let mask = mask.unwrap_or(u32::MAX);
        match s {
            Sink::Text(out) if mask != u32::MAX => write!(out, "handle 0x{handle:x}/0x{mask:x} ")?,
            Sink::Text(out) => write!(out, "handle 0x{handle:x} ")?,
            Sink::Json(j) => {
                j.key("handle")?;
                j.begin_object()?;
                j.field_display("mark", format_args!("{handle:x}"))?;
                j.field_display("mask", format_args!("{mask:x}"))?;
                j.end_object()?;
            }
        }
    }
    if let Some(classid) = fw.classid()? {
        s.str("classid", "classid", &Handle(classid))?;
    }
    if let Some(dev) = fw.indev()? {
        s.name("indev", "input dev", dev)?;
    }
    if let Some(actions) = fw.0.find(fw_attrs::ACT)? {
        s.text("\n")?;
        action::print(s, actions.nested(), names, stats, false)?;
    }
    Ok(())
}

/// matchall's options as tc 6.1's `matchall_print_opt` writes them:
/// `handle 0xH`, `flowid C`, its flags each on a line of its own, with
/// `stats` the rule's hits, then the actions.
pub(super) fn print_matchall<W: Write>(
    s: &mut Sink<'_, W>,
    matchall: MatchallAttrs<'_>,
    handle: u32,
    names: &Names,
    stats: bool,
) -> Result<()> {
    if handle != 0 {
        s.fmt_num("handle", format_args!("handle 0x{handle:x} "), handle)?;
    }
    if let Some(classid) = matchall.classid()? {
        s.str("flowid", "flowid", &Handle(classid))?;
    }
    if let Some(flags) = matchall.flags()? {
        let flags = ClsFlags::from_bits_retain(flags);
        let shown = [
            (flags.contains(ClsFlags::SKIP_HW), "skip_hw"),
            (flags.contains(ClsFlags::SKIP_SW), "skip_sw"),
            (flags.contains(ClsFlags::IN_HW), "in_hw"),
            // The kernel's spec spells NOT_IN_HW this way.
            (!flags.contains(ClsFlags::IN_HW) && flags.contains(ClsFlags::NOT_IN_NW), "not_in_hw"),
        ];
        for (_, flag) in shown.iter().filter(|(set, _)| *set) {
            s.bool(flag, format_args!("\n  {flag}"), true)?;
        }
    }
    if let Some(counts) = matchall.pcnt()?.filter(|_| stats) {
        let hits = counts.rhit.get();
        s.fmt_num("rule_hit", format_args!(" (rule hit {hits})"), hits)?;
    }
    if let Some(actions) = matchall.0.find(matchall_attrs::ACT)? {
        action::print(s, actions.nested(), names, stats, false)?;
    }
    Ok(())
}

/// A class as fw and matchall read one (tc's `get_tc_classid`).
fn classid(s: &str) -> Result<Handle> {
    parse_handle("class", s).map_err(|_| refused("Illegal \"classid\""))
}

/// A number as tc's `get_u32(.., 0)` reads it (C's `strtoul` in base 0).
fn c_u32(s: &str) -> Option<u32> {
    crate::names::c_number(s).and_then(|n| u32::try_from(n).ok())
}

/// C's `strtol(s, NULL, 0)` as matchall reads a handle: leading spaces,
/// a sign, `0x` or `0` for the base, then as many digits as there are
/// (none: 0); `None` where C's would be `LONG_MIN` or `LONG_MAX`.
fn strtol(s: &str) -> Option<i64> {
    let s = s.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let hex = s
        .strip_prefix("0x")
        .or_else(|| s.strip_prefix("0X"))
        .filter(|h| h.starts_with(|c: char| c.is_ascii_hexdigit()));
    let (digits, radix) = match hex {
        Some(h) => (h, 16),
        None if s.starts_with('0') => (s, 8),
        None => (s, 10),
    };
    let len = digits.find(|c: char| !c.is_digit(radix)).unwrap_or(digits.len());
    let magnitude = match &digits[..len] {
        "" => 0,
        d => i128::from_str_radix(d, radix).unwrap_or(i128::MAX),
    };
    let value = if negative { -magnitude } else { magnitude };
    i64::try_from(value).ok().filter(|v| *v != i64::MIN && *v != i64::MAX)
}

/// `192.0.2.0/24`, or an address alone for `/32`.
fn ipv4_prefix(s: &str) -> Result<(Ipv4Addr, u8)> {
    let (addr, len) = s.split_once('/').unwrap_or((s, "32"));
    match (addr.parse(), len.parse()) {
        (Ok(addr), Ok(len)) if len <= 32 => Ok((addr, len)),
        _ => Err(refused(format!("Error: an IPv4 prefix is expected rather than \"{s}\"."))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matchall_handles_read_as_c_reads_them() {
        for (s, want) in [
            ("5", Some(5)),
            ("0x10", Some(16)),
            ("010", Some(8)),
            ("12abc", Some(12)),
            ("abc", Some(0)),
            ("", Some(0)),
            ("-1", Some(-1)),
            ("  +7", Some(7)),
            ("0x", Some(0)),
            ("9223372036854775807", None),
            ("99999999999999999999", None),
            ("-9223372036854775808", None),
        ] {
            assert_eq!(strtol(s), want, "{s:?}");
        }
    }
}
