//! `nlw rule`: `show`, `add`, `del` and `flush` with every selector and
//! action ip 6.1 takes and prints.
//!
//! ```sh
//! nlw rule add not from 192.0.2.0/24 ipproto tcp dport 443 lookup 100 pref 100
//! nlw rule add pref 101 uidrange 1000-1999 goto 200
//! nlw rule flush table 100      # every rule with a priority that matches
//! ```
//!
//! `show` and `flush` read the selectors as filters, as ip does; `add` and
//! `del` send them, with an action (`lookup`, `goto`, `nop`, `blackhole`,
//! `unreachable`, `prohibit`, `l3mdev`) and its modifiers.

use std::io::Write;
use std::net::IpAddr;

use nlwire::route::{protocol_name, rtprot, Prefix, TYPE_NAMES};
use nlwire::rule::{action, Add, Del, FibRulePortRange, Rule, RuleAction, RuleEntry, RuleFlags};

use crate::args::{name, table_id, Words};
use crate::modify::{named, prefix};
use crate::names::{c_number, unless_numeric, NameFile};
use crate::out::Hue;
use crate::route::leading_bits_equal;
use crate::sink::{Listing, Sink};
use crate::{CliError, Ctx, Result};

/// A parsed `rule` command.
pub enum RuleCommand {
    /// `show [SELECTOR]`.
    Show(Spec),
    /// `flush [SELECTOR]`.
    Flush(Spec),
    /// `add SELECTOR ACTION`.
    Add(Spec),
    /// `del SELECTOR [ACTION]`.
    Del(Spec),
}

/// The selectors and action of a rule, as given on the command line.
#[derive(Default)]
pub struct Spec {
    family: u8,
    invert: bool,
    from: Option<Prefix>,
    to: Option<Prefix>,
    priority: Option<u32>,
    tos: Option<u8>,
    fwmark: Option<u32>,
    fwmask: Option<u32>,
    iif: Option<String>,
    oif: Option<String>,
    l3mdev: bool,
    uid_range: Option<(u32, u32)>,
    ip_proto: Option<u8>,
    sport: Option<(u16, u16)>,
    dport: Option<(u16, u16)>,
    tun_id: Option<u64>,
    table: Option<u32>,
    protocol: Option<u8>,
    action: Option<RuleAction>,
    suppress_prefixlen: Option<u32>,
    suppress_ifgroup: Option<u32>,
    realms: Option<u32>,
}

impl RuleCommand {
    /// Parses `rule VERB ARGS...`; `is_show` when the verb is `show` or
    /// `list`; `family` is `-4`/`-6` (0: IPv4, as ip).
    pub fn parse(verb: &str, is_show: bool, args: &[String], family: u8) -> Result<Self> {
        // As ip: listing takes IPv4 unless -6; a change takes either.
        let listed = if family == 0 { 2 } else { family };
        let is = |keyword: &str| !verb.is_empty() && keyword.starts_with(verb);
        if is_show {
            return Spec::parse(args, listed, true).map(RuleCommand::Show);
        }
        if is("flush") {
            return Spec::parse(args, listed, true).map(RuleCommand::Flush);
        }
        let add = is("add");
        if !add && !is("delete") {
            return Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw rule help\".")));
        }
        if args.is_empty() {
            let verb = if add { "add" } else { "del" };
            // ip's words, and its exit code 1.
            return Err(CliError::rejected(format!("\"nlw rule {verb}\" requires arguments.")));
        }
        let spec = Spec::parse(args, family, false)?;
        if spec.l3mdev && spec.table.is_some_and(|t| t != 0) {
            return Err(CliError::usage("table can not be specified for l3mdev rules"));
        }
        Ok(if add { RuleCommand::Add(spec) } else { RuleCommand::Del(spec) })
    }

    /// Runs the command.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            RuleCommand::Show(filter) => show(ctx, filter),
            RuleCommand::Flush(filter) => flush(ctx, filter),
            RuleCommand::Add(spec) => crate::session::request(&mut ctx.ipr, &Add(spec.entry())),
            RuleCommand::Del(spec) => crate::session::request(&mut ctx.ipr, &Del(spec.entry())),
        }
    }
}

/// `ip mrule`'s family: IPv4's multicast rules unless `-6`; another
/// family refused in ip's words, exit 255.
pub fn multicast_family(family: u8) -> Result<u8> {
    match family {
        0 | 2 => Ok(nlwire::rtnl::af::IPMR),
        10 => Ok(nlwire::rtnl::af::IP6MR),
        _ => Err(CliError::usage(format!("Multicast rules are only supported for IPv4/IPv6, was: {family}"))),
    }
}

/// ip's `invarg`: `Error: argument "VALUE" is wrong: WHAT`.
fn invalid(value: &str, what: &str) -> CliError {
    CliError::usage(format!("Error: argument \"{value}\" is wrong: {what}\n"))
}

/// A `u32` as ip's `get_u32(.., 0)` reads it.
fn u32_value(value: &str, what: &str) -> Result<u32> {
    c_number(value).and_then(|v| u32::try_from(v).ok()).ok_or_else(|| invalid(value, what))
}

/// `START-END`, or `PORT` for both ends (`sport`, `dport`).
fn port_range(value: &str) -> Option<(u16, u16)> {
    match value.split_once('-') {
        Some((start, end)) => Some((start.parse().ok()?, end.parse().ok()?)),
        None => value.parse().ok().map(|p| (p, p)),
    }
}

/// A name from `file` or a number (read by `number`).
fn file_value(file: NameFile, value: &str, number: impl Fn(&str) -> Option<u64>) -> Option<u64> {
    file.value(value).or_else(|| number(value))
}

impl Spec {
    /// Reads selectors (and, unless `filter`, actions); as ip, a word it
    /// does not know is the destination prefix of a filter, the type of a
    /// rule to add.
    fn parse(args: &[String], family: u8, filter: bool) -> Result<Spec> {
        let mut s = Spec { family, ..Spec::default() };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let is = |keyword: &str| !word.is_empty() && keyword.starts_with(word);
            match word {
                "not" => s.invert = true,
                "from" | "src" => s.from = Some(prefix(words.value()?, family)?),
                "to" | "dst" => s.to = Some(prefix(words.value()?, family)?),
                "tos" | "dsfield" => {
                    let v = words.value()?;
                    // Hexadecimal, with or without `0x`, as ip reads it.
                    let tos = file_value(NameFile::DsField, v, |v| {
                        u64::from_str_radix(v.strip_prefix("0x").unwrap_or(v), 16).ok()
                    });
                    s.tos = Some(
                        tos.and_then(|t| u8::try_from(t).ok())
                            .ok_or_else(|| invalid(v, "TOS value is invalid"))?,
                    );
                }
                "fwmark" => {
                    let v = words.value()?;
                    let (mark, mask) = v.split_once('/').map_or((v, None), |(m, k)| (m, Some(k)));
                    s.fwmark = Some(u32_value(mark, "fwmark value is invalid")?);
                    s.fwmask = mask.map(|k| u32_value(k, "fwmask value is invalid")).transpose()?;
                }
                "dev" | "iif" => s.iif = Some(name(words.value()?)?),
                "oif" => s.oif = Some(name(words.value()?)?),
                "l3mdev" => s.l3mdev = true,
                "uidrange" => {
                    let v = words.value()?;
                    let range = v.split_once('-').and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)));
                    s.uid_range = Some(range.ok_or_else(|| invalid(v, "invalid UID range"))?);
                }
                "ipproto" => {
                    let v = words.value()?;
                    let p = crate::args::ip_protocol(v);
                    s.ip_proto = Some(p.ok_or_else(|| invalid(v, "Invalid \"ipproto\" value"))?);
                }
                "sport" | "dport" => {
                    let v = words.value()?;
                    let range = port_range(v).ok_or_else(|| invalid(v, "invalid port range"))?;
                    *(if word == "sport" { &mut s.sport } else { &mut s.dport }) = Some(range);
                }
                _ if word == "lookup" || (word.len() >= 2 && is("table")) => {
                    let v = words.value()?;
                    let what = if filter { "table id value is invalid" } else { "invalid table ID" };
                    s.table = Some(table_id(v).map_err(|_| invalid(v, what))?);
                }
                _ if is("preference") || is("order") || is("priority") => {
                    let v = words.value()?;
                    s.priority = Some(u32_value(v, "preference value is invalid")?);
                }
                _ if is("tun_id") => {
                    let v = words.value()?;
                    s.tun_id = Some(c_number(v).ok_or_else(|| invalid(v, "\"tun_id\" value is invalid"))?);
                }
                _ if is("protocol") => {
                    let v = words.value()?;
                    // A filter takes `all`: any protocol.
                    if !(filter && v == "all") {
                        let what =
                            if filter { "invalid \"protocol\"" } else { "\"protocol\" value is invalid" };
                        s.protocol = Some(named("protocol", v, protocol_name).map_err(|_| invalid(v, what))?);
                    }
                }
                _ if filter => s.to = Some(prefix(word, family)?),
                _ if is("suppress_prefixlength") || word == "sup_pl" => {
                    let v = words.value()?;
                    let pl = v.parse::<i32>().ok().and_then(|p| u32::try_from(p).ok());
                    s.suppress_prefixlen =
                        Some(pl.ok_or_else(|| invalid(v, "suppress_prefixlength value is invalid"))?);
                }
                _ if is("suppress_ifgroup") || word == "sup_group" => {
                    let v = words.value()?;
                    let group = crate::names::group_number(v);
                    s.suppress_ifgroup =
                        Some(group.ok_or_else(|| invalid(v, "Invalid \"suppress_ifgroup\" value"))?);
                }
                _ if is("realms") => {
                    let v = words.value()?;
                    s.realms = Some(crate::args::realms(v).ok_or_else(|| invalid(v, "invalid realms"))?);
                }
                _ => {
                    let word = if word == "type" { words.value()? } else { word };
                    s.action = Some(match word {
                        _ if is("goto") => {
                            let v = words.value()?;
                            RuleAction::Goto(u32_value(v, "invalid target")?)
                        }
                        _ if is("nop") => RuleAction::Nop,
                        "blackhole" => RuleAction::Blackhole,
                        "unreachable" => RuleAction::Unreachable,
                        "prohibit" => RuleAction::Prohibit,
                        // ip's one message here without a line break.
                        _ => {
                            return Err(CliError::usage(format!(
                                "Error: argument \"{word}\" is wrong: Failed to parse rule type"
                            )))
                        }
                    });
                }
            }
        }
        if let Some(p) = s.from.or(s.to) {
            s.family = p.family();
        }
        Ok(s)
    }

    /// The rule to add or delete.
    fn entry(&self) -> RuleEntry<'_> {
        RuleEntry {
            family: self.family,
            priority: self.priority,
            action: self.action.or(self.table.map(RuleAction::Table)),
            // `from all` selects nothing.
            src: self.from.filter(|p| p.len != 0).map(|p| (p.addr, p.len)),
            dst: self.to.filter(|p| p.len != 0).map(|p| (p.addr, p.len)),
            tos: self.tos.unwrap_or(0),
            invert: self.invert,
            fwmark: self.fwmark,
            fwmask: self.fwmask,
            iifname: self.iif.as_deref(),
            oifname: self.oif.as_deref(),
            l3mdev: self.l3mdev,
            uid_range: self.uid_range,
            ip_proto: self.ip_proto,
            sport: self.sport,
            dport: self.dport,
            suppress_prefixlen: self.suppress_prefixlen,
            suppress_ifgroup: self.suppress_ifgroup,
            realms: self.realms,
            tun_id: self.tun_id,
            dscp: None,
            protocol: self.protocol,
        }
    }

    /// Whether the dumped rule `r` passes this filter, as ip's
    /// `filter_nlmsg`: a mark, protocol, tunnel id or table of 0 selects
    /// any, as there.
    fn selects(&self, r: &Rule<'_>) -> Result<bool> {
        let prefix = |want: Option<Prefix>, len: u8, addr: Option<IpAddr>| {
            want.is_none_or(|p| {
                p.family() == r.family()
                    && p.len <= len
                    && addr.is_none_or(|a| leading_bits_equal(a, p.addr, p.len))
            })
        };
        let any_or = |want: Option<u64>, got: Option<u64>| want.is_none_or(|w| w == 0 || Some(w) == got);
        let zero_if_none = |v: Option<u32>| Some(u64::from(v.unwrap_or(0)));
        let ports = |range: Option<&FibRulePortRange>| range.map(|p| (p.start.get(), p.end.get()));
        let same_range = |want: Option<(u16, u16)>, got| want.is_none_or(|w| w.0 == 0 || Some(w) == got);
        let uid_range = r.uid_range()?.map(|u| (u.start.get(), u.end.get()));
        let priority = r.priority()?.unwrap_or(0);
        Ok(self.priority.is_none_or(|p| p == priority)
            && (!self.invert || r.flags().contains(RuleFlags::INVERT))
            && prefix(self.from, r.src_len(), r.src()?)
            && prefix(self.to, r.dst_len(), r.dst()?)
            && self.tos.is_none_or(|t| t == r.tos())
            && any_or(self.fwmark.map(u64::from), zero_if_none(r.fwmark()?))
            && any_or(self.fwmask.map(u64::from), zero_if_none(r.fwmask()?))
            && (self.iif.is_none() || self.iif.as_deref() == r.iifname()?)
            && (self.oif.is_none() || self.oif.as_deref() == r.oifname()?)
            && (!self.l3mdev || r.l3mdev()?)
            && (self.uid_range.is_none() || self.uid_range == uid_range)
            && any_or(self.ip_proto.map(u64::from), zero_if_none(r.ip_proto()?.map(u32::from)))
            && same_range(self.sport, ports(r.sport_range()?))
            && same_range(self.dport, ports(r.dport_range()?))
            && any_or(self.tun_id, r.tun_id()?)
            && any_or(self.table.map(u64::from), zero_if_none(Some(r.table()?))))
    }
}

/// `0` or `0x…`, as C's `%#x`.
fn hex(v: u32) -> String {
    if v == 0 {
        "0".into()
    } else {
        format!("{v:#x}")
    }
}

/// A number's name in `file` (none with `-N`), or `default`.
fn file_name(file: NameFile, value: u32, default: impl FnOnce() -> String) -> String {
    unless_numeric(|| file.name(value.into())).unwrap_or_else(default)
}

/// One rule as ip 6.1's `print_rule` prints it; `details` is `-d`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, r: &Rule<'_>, details: bool) -> Result<()> {
    let host_len = match r.family() {
        2 => 32,
        10 => 128,
        _ => 0,
    };
    let priority = r.priority()?.unwrap_or(0);
    p.fmt_num("priority", format_args!("{priority}:\t"), priority)?;
    if r.flags().contains(RuleFlags::INVERT) {
        p.fmt_null("not", "not ")?;
    }
    let ends =
        [("src", "srclen", "from ", r.src()?, r.src_len()), ("dst", "dstlen", " to ", r.dst()?, r.dst_len())];
    for (key, len_key, label, addr, len) in ends {
        let shown_len = match addr {
            // ip's name of an address of a family it cannot print (the
            // multicast rules', which the kernel gives none).
            Some(_) if host_len == 0 => {
                p.fmt_text(format_args!("{label}"))?;
                p.string(key, format_args!("???"), &"???")?;
                len != host_len
            }
            Some(addr) => {
                p.fmt_text(format_args!("{label}"))?;
                p.painted_string(Hue::of(addr), key, format_args!("{addr}"), &addr)?;
                len != host_len
            }
            None if len != 0 => {
                p.string(key, format_args!("{label}0"), &"0")?;
                true
            }
            None if key == "src" => {
                p.string(key, format_args!("from all"), &"all")?;
                false
            }
            None => false,
        };
        if shown_len {
            p.fmt_num(len_key, format_args!("/{len}"), len)?;
        }
    }
    if r.tos() != 0 {
        let tos = file_name(NameFile::DsField, r.tos().into(), || format!("{:#04x}", r.tos()));
        p.string("tos", format_args!(" tos {tos}"), &tos)?;
    }
    let (mark, mask) = (r.fwmark()?, r.fwmask()?);
    if mark.is_some() || mask.is_some() {
        let mark = hex(mark.unwrap_or(0));
        p.string("fwmark", format_args!(" fwmark {mark}"), &mark)?;
        if let Some(mask) = mask.filter(|m| *m != u32::MAX).map(hex) {
            p.string("fwmask", format_args!("/{mask}"), &mask)?;
        }
    }
    let ifaces =
        [("iif", r.iifname()?, RuleFlags::IIF_DETACHED), ("oif", r.oifname()?, RuleFlags::OIF_DETACHED)];
    for (key, name, detached) in ifaces {
        if let Some(name) = name {
            p.string(key, format_args!(" {key} {name}"), &name)?;
            if r.flags().contains(detached) {
                p.fmt_null(&format!("{key}_detached"), " [detached]")?;
            }
        }
    }
    if r.l3mdev()? {
        p.fmt_null("l3mdev", " lookup [l3mdev-table]")?;
    }
    if let Some(u) = r.uid_range()? {
        let (start, end) = (u.start.get(), u.end.get());
        p.fmt_num("uid_start", format_args!(" uidrange {start}"), start)?;
        p.fmt_num("uid_end", format_args!("-{end}"), end)?;
    }
    if let Some(proto) = r.ip_proto()? {
        let name = file_name(NameFile::Protocols, proto.into(), || format!("ipproto-{proto}"));
        p.string("ipproto", format_args!(" ipproto {name}"), &name)?;
    }
    for (key, range) in [("sport", r.sport_range()?), ("dport", r.dport_range()?)] {
        let Some(range) = range else { continue };
        let (start, end) = (range.start.get(), range.end.get());
        if start == end {
            p.fmt_num(key, format_args!(" {key} {start}"), start)?;
        } else {
            p.fmt_num(&format!("{key}_start"), format_args!(" {key} {start}"), start)?;
            p.fmt_num(&format!("{key}_end"), format_args!("-{end}"), end)?;
        }
    }
    if let Some(id) = r.tun_id()? {
        p.fmt_num("tun_id", format_args!(" tun_id {id}"), id)?;
    }
    let table = r.table()?;
    if table != 0 {
        let name = unless_numeric(|| crate::names::table_name(table))
            .map_or_else(|| table.to_string(), str::to_owned);
        p.string("table", format_args!(" lookup {name}"), &name)?;
        if let Some(len) = r.suppress_prefixlen()? {
            p.fmt_num("suppress_prefixlen", format_args!(" suppress_prefixlength {len}"), len)?;
        }
        if let Some(group) = r.suppress_ifgroup()? {
            let name = unless_numeric(|| crate::names::group_name(group))
                .map_or_else(|| group.to_string(), str::to_owned);
            p.string("suppress_ifgroup", format_args!(" suppress_ifgroup {name}"), &name)?;
        }
    }
    if let Some(flow) = r.flow()? {
        let realm = |v: u32| file_name(NameFile::Realms, v, || v.to_string());
        let (from, to) = (flow >> 16, flow & 0xffff);
        if from != 0 {
            let from = realm(from);
            p.string("flow_from", format_args!(" realms {from}/"), &from)?;
        } else {
            p.fmt_text(format_args!(" realms "))?;
        }
        let to = realm(to);
        p.string("flow_to", format_args!("{to}"), &to)?;
    }
    match r.action() {
        action::GOTO => {
            match r.goto()? {
                Some(target) => p.fmt_num("goto", format_args!(" goto {target}"), target)?,
                None => p.string("goto", format_args!(" goto none"), &"none")?,
            }
            if r.flags().contains(RuleFlags::UNRESOLVED) {
                p.fmt_null("unresolved", " [unresolved]")?;
            }
        }
        action::NOP => p.fmt_null("nop", " nop")?,
        action::TO_TBL => {}
        other => {
            let name = unless_numeric(|| nlwire::link::name_of(TYPE_NAMES, other.into()))
                .map_or_else(|| other.to_string(), str::to_owned);
            p.string("action", format_args!(" {name}"), &name)?;
        }
    }
    if let Some(proto) = r.protocol()?.filter(|&p| details || (p != rtprot::UNSPEC && p != rtprot::KERNEL)) {
        let name = unless_numeric(|| protocol_name(proto)).map_or_else(|| proto.to_string(), str::to_owned);
        p.string("protocol", format_args!(" proto {name}"), &name)?;
    }
    p.fmt_text(format_args!("\n"))?;
    Ok(())
}

/// ip's end of a rule dump the kernel refused (the multicast rules of a
/// kernel without them): its answer, `Dump terminated`, exit 255.
fn terminated(e: CliError) -> CliError {
    CliError::exit(255, format!("{e}\nDump terminated"))
}

/// `nlw rule show [SELECTOR]`.
fn show(ctx: &mut Ctx, filter: &Spec) -> Result<()> {
    let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
    let request = nlwire::rule::Dump { family: filter.family };
    let mut dump = crate::session::dump(&mut ctx.ipr, &request).map_err(terminated)?;
    while let Some(msg) = dump.next().map_err(terminated)? {
        let r = Rule::parse(&msg)?;
        if filter.selects(&r)? {
            listing.item(|p| print(p, &r, ctx.details))?;
        }
    }
    listing.finish()?;
    Ok(())
}

/// `nlw rule flush [SELECTOR]`: deletes every rule of the family that the
/// filter (and `protocol`) selects and that has a priority (not the local
/// table's rule 0).
fn flush(ctx: &mut Ctx, filter: &Spec) -> Result<()> {
    let request = nlwire::rule::Dump { family: filter.family };
    let rules = crate::session::dump_owned(&mut ctx.ipr, &request, 3).map_err(terminated)?;
    for owned in &rules {
        let msg = owned.message();
        let r = Rule::parse(&msg)?;
        let protocol = r.protocol()?;
        if filter.selects(&r)?
            && filter.protocol.is_none_or(|want| protocol.is_none_or(|p| p == want))
            && r.priority()?.is_some()
        {
            crate::session::request(&mut ctx.ipr, &nlwire::rule::DelDumped(msg.payload()))?;
        }
    }
    Ok(())
}
