//! `nlw xfrm policy add|update|delete|get|list|deleteall|flush|count|set|setdefault|getdefault`: the
//! security policies, as ip 6.1's xfrm_policy.c reads and prints them.

use std::io::Write;

use nlwire::xfrm::{
    self, default_policy, policy as pol, FlushPolicy, GetSpdInfo, Info, Mark, Policy, PolicyDump,
    PolicyEntry, PolicyRef, UserTmpl, UserpolicyId, UserpolicyInfo, XfrmAttrs,
};
use nlwire_std::Xfrm;

use super::print::{self, Style};
use super::{
    addr_match, delete_rounds, flag_list, id_parse, keywords, limit_parse, mark_parse, mode_of, once,
    refused, selector_parse, u32_of, Argv, SelectorGiven,
};
use crate::args::{duplicate, invalid};
use crate::names::{c_number, Names};
use crate::{CliError, Ctx, Result};

/// `nlw xfrm policy help`.
pub const USAGE: &str =
    "Usage: nlw xfrm policy { add | update } SELECTOR dir DIR [ ctx CTX ] [ mark MARK [ mask MASK ] ]
        [ index INDEX ] [ ptype PTYPE ] [ action ACTION ] [ priority PRIORITY ]
        [ flag FLAG-LIST ] [ if_id IF_ID ] [ LIMIT-LIST ] [ TMPL-LIST ]
Usage: nlw xfrm policy { delete | get } { SELECTOR | index INDEX } dir DIR
        [ ctx CTX ] [ mark MARK [ mask MASK ] ] [ ptype PTYPE ] [ if_id IF_ID ]
Usage: nlw xfrm policy { deleteall | list } [ nosock ] [ SELECTOR ] [ dir DIR ]
        [ index INDEX ] [ ptype PTYPE ] [ action ACTION ] [ priority PRIORITY ]
        [ flag FLAG-LIST ]
Usage: nlw xfrm policy flush [ ptype PTYPE ]
Usage: nlw xfrm policy count
Usage: nlw xfrm policy set [ hthresh4 LBITS RBITS ] [ hthresh6 LBITS RBITS ]
Usage: nlw xfrm policy setdefault DIR ACTION [ DIR ACTION ] [ DIR ACTION ]
Usage: nlw xfrm policy getdefault
SELECTOR := [ src ADDR[/PLEN] ] [ dst ADDR[/PLEN] ] [ dev DEV ] [ UPSPEC ]
UPSPEC := proto { { tcp | udp | sctp | dccp } [ sport PORT ] [ dport PORT ] |
                  { icmp | ipv6-icmp | mobility-header } [ type NUMBER ] [ code NUMBER ] |
                  gre [ key { DOTTED-QUAD | NUMBER } ] | PROTO }
DIR := in | out | fwd
PTYPE := main | sub
ACTION := allow | block
FLAG := localok | icmp
TMPL := ID [ mode MODE ] [ reqid REQID ] [ level LEVEL ]
LEVEL := required | use";

/// `nlw xfrm policy ...`.
pub enum PolicyCommand {
    /// `add`, `update`.
    Modify { update: bool, info: UserpolicyInfo, tmpls: Vec<UserTmpl>, extra: Extra },
    /// `get` (`delete` false), `delete`.
    Ref { delete: bool, id: UserpolicyId, extra: Extra },
    /// `list` (`deleteall` false), `deleteall`.
    List { deleteall: bool, filter: Box<Filter> },
    /// `flush [ptype T]`.
    Flush(Option<u8>),
    /// `count`.
    Count,
    /// `set [hthresh4 L R] [hthresh6 L R]`.
    Set(xfrm::SetSpdInfo),
    /// `setdefault DIR ACTION...`.
    SetDefault(xfrm::UserpolicyDefault),
    /// `getdefault`.
    GetDefault,
}

/// The attributes a change or a reference carries, and the selector's device.
#[derive(Default)]
pub struct Extra {
    ptype: Option<u8>,
    /// `ctx CTX`.
    ctx: Option<String>,
    mark: Mark,
    if_id: Option<u32>,
    sel: SelectorGiven,
}

/// What `list` and `deleteall` keep (ip's `xfrm_policy_filter_match`).
#[derive(Default)]
pub struct Filter {
    used: bool,
    info: UserpolicyInfo,
    given: SelectorGiven,
    dir: bool,
    nosock: bool,
    ptype: Option<u8>,
    index: bool,
    action: bool,
    priority: bool,
    flags: bool,
}

impl Filter {
    fn keeps(&self, p: &UserpolicyInfo, ptype: u8) -> bool {
        if !self.used {
            return true;
        }
        let (f, s) = (&self.info, &p.sel);
        let family = f.sel.family.get();
        (family == 0 || family == s.family.get())
            && (!self.dir || f.dir == p.dir)
            && !(self.nosock && p.dir >= pol::MAX)
            && self.ptype.is_none_or(|t| t == ptype)
            && self.given.src_len.is_none_or(|l| l == 0 || addr_match(&s.saddr, &f.sel.saddr, l))
            && self.given.dst_len.is_none_or(|l| l == 0 || addr_match(&s.daddr, &f.sel.daddr, l))
            && (self.given.dev.is_none() || f.sel.ifindex == s.ifindex)
            && (!self.given.proto || f.sel.proto == s.proto)
            && (!self.given.sport || f.sel.sport == s.sport)
            && (!self.given.dport || f.sel.dport == s.dport)
            && (!self.index || f.index == p.index)
            && (!self.action || f.action == p.action)
            && (!self.priority || f.priority == p.priority)
            && (!self.flags || f.flags & p.flags != 0)
    }
}

fn dir_of(word: &str) -> Result<u8> {
    match word {
        "in" => Ok(pol::IN),
        "out" => Ok(pol::OUT),
        "fwd" => Ok(pol::FWD),
        _ => Err(invalid("DIR value is invalid", word)),
    }
}

fn ptype_of(word: &str) -> Result<u8> {
    match word {
        "main" => Ok(pol::TYPE_MAIN),
        "sub" => Ok(pol::TYPE_SUB),
        _ => Err(invalid("PTYPE value is invalid", word)),
    }
}

fn action_of(word: &str) -> Result<u8> {
    match word {
        "allow" => Ok(pol::ALLOW),
        "block" => Ok(pol::BLOCK),
        _ => Err(invalid("ACTION value is invalid\n", word)),
    }
}

const FLAG_NAMES: [(u32, &str); 2] = [(pol::LOCALOK as u32, "localok"), (pol::ICMP as u32, "icmp")];

/// ip's `xfrm_policy_flag_parse`.
fn flag_parse(a: &mut Argv<'_>) -> Result<u8> {
    Ok(flag_list(a, &FLAG_NAMES, u8::MAX.into(), "FLAG value is invalid")? as u8)
}

/// ip's `xfrm_tmpl_parse`, the cursor on the template's first word.
fn tmpl_parse(a: &mut Argv<'_>, family: u8) -> Result<UserTmpl> {
    let mut t = UserTmpl {
        family: u16::from(family).into(),
        aalgos: u32::MAX.into(),
        ealgos: u32::MAX.into(),
        calgos: u32::MAX.into(),
        ..UserTmpl::default()
    };
    let start = a.at;
    let mut id_seen = false;
    keywords(a, |a, word| {
        match word {
            "mode" => t.mode = mode_of(a.next()?)?,
            "reqid" => t.reqid = u32_of(a.next()?, "REQID value is invalid")?.into(),
            "level" => {
                let level = a.next()?;
                t.optional = match level {
                    "required" => 0,
                    "use" => 1,
                    _ => return Err(invalid("LEVEL value is invalid\n", level)),
                };
            }
            _ if id_seen => return Ok(false),
            _ => {
                id_seen = true;
                let id = id_parse(a, 0, false)?;
                (t.saddr, t.id) = (id.saddr, id.id);
                if let Some(f) = id.family {
                    t.family = f.into();
                }
            }
        }
        Ok(true)
    })?;
    if a.at == start {
        return Err(super::missing("TMPL"));
    }
    Ok(t)
}

impl PolicyCommand {
    /// Parses the words after `xfrm policy`.
    pub fn parse(words: &[String], family: u8) -> Result<Self> {
        let Some((verb, rest)) = words.split_first() else {
            return Ok(PolicyCommand::List { deleteall: false, filter: Box::new(list_parse(&[], family)?) });
        };
        let m = |w: &str| crate::matches(verb, w, 1);
        if m("add") || m("update") {
            return modify_parse(rest, m("update") && !m("add"), family);
        }
        if m("delete") || m("get") {
            return ref_parse(rest, m("delete"), family);
        }
        if m("deleteall") || m("delall") || m("list") || m("show") || m("lst") {
            let deleteall = m("deleteall") || m("delall");
            return Ok(PolicyCommand::List { deleteall, filter: Box::new(list_parse(rest, family)?) });
        }
        if m("flush") {
            let mut ptype = None;
            let mut a = Argv::new(rest);
            while a.more() {
                if a.cur() != "ptype" {
                    return Err(invalid("unknown", a.cur()));
                }
                once(&mut a, &mut ptype, ptype_of)?;
                a.step();
            }
            return Ok(PolicyCommand::Flush(ptype));
        }
        if m("count") {
            return Ok(PolicyCommand::Count);
        }
        if m("set") {
            return set_parse(rest).map(PolicyCommand::Set);
        }
        if m("setdefault") {
            return setdefault_parse(rest).map(PolicyCommand::SetDefault);
        }
        if m("getdefault") {
            return Ok(PolicyCommand::GetDefault);
        }
        if m("help") {
            return Err(CliError::usage(USAGE));
        }
        Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw xfrm policy help\".")))
    }

    /// Sends the request and prints what comes back.
    pub fn run(&self, ctx: &mut Ctx, xfrm: &mut Xfrm) -> Result<()> {
        let mut out = String::new();
        match self {
            PolicyCommand::Modify { update, info, tmpls, extra } => {
                let mut info = *info;
                extra.sel.resolve(ctx, &mut info.sel)?;
                let entry = PolicyEntry {
                    templates: tmpls,
                    ptype: extra.ptype,
                    mark: Some(extra.mark).filter(|m| m.m.get() != 0),
                    if_id: extra.if_id,
                    ctx: extra.ctx.as_deref(),
                    ..PolicyEntry::new(info)
                };
                match update {
                    true => xfrm.request(&xfrm::UpdatePolicy(entry))?,
                    false => xfrm.request(&xfrm::NewPolicy(entry))?,
                };
                return Ok(());
            }
            PolicyCommand::Ref { delete, id, extra } => {
                let mut id = *id;
                extra.sel.resolve(ctx, &mut id.sel)?;
                let r = PolicyRef {
                    id,
                    ptype: extra.ptype,
                    mark: Some(extra.mark).filter(|m| m.m.get() & m.v.get() != 0),
                    if_id: extra.if_id,
                    ctx: extra.ctx.as_deref(),
                };
                if *delete {
                    xfrm.request(&xfrm::DeletePolicy(r))?;
                    return Ok(());
                }
                let reply = xfrm.get(&xfrm::GetPolicy(r))?;
                let names = Names::on_demand(ctx)?;
                let style = Style { stats: ctx.stats, names: &names, nokeys: false };
                let p = Policy::parse(&reply.message())?;
                policy(&mut out, &style, (p.info(), &p), ctx.family, "", "");
                if ctx.oneline {
                    print::oneline(&mut out);
                }
            }
            PolicyCommand::List { deleteall, filter } => {
                let mut filter_info = filter.info;
                filter.given.resolve(ctx, &mut filter_info.sel)?;
                let filter = Filter { info: filter_info, given: filter.given.clone(), ..**filter };
                if *deleteall {
                    return delete_all(xfrm, &filter);
                }
                let mut names = Names::on_demand(ctx)?;
                let mut dump = xfrm.dump(&PolicyDump)?;
                let stdout = std::io::stdout();
                let mut lock = stdout.lock();
                while let Some(msg) = dump.next()? {
                    let p = Policy::parse(&msg)?;
                    if filter.keeps(p.info(), p.policy_type()?.unwrap_or(pol::TYPE_MAIN)) {
                        out.clear();
                        let style = Style { stats: ctx.stats, names: &names, nokeys: false };
                        policy(&mut out, &style, (p.info(), &p), ctx.family, "", "");
                        names.learn_asked();
                        if ctx.oneline {
                            print::oneline(&mut out);
                        }
                        lock.write_all(out.as_bytes())?;
                    }
                }
                return Ok(());
            }
            PolicyCommand::Flush(ptype) => {
                xfrm.request(&FlushPolicy { ptype: *ptype })?;
                return Ok(());
            }
            PolicyCommand::Set(set) => {
                xfrm.request(set)?;
                return Ok(());
            }
            PolicyCommand::SetDefault(d) => {
                xfrm.request(&xfrm::SetDefault(*d))?;
                return Ok(());
            }
            PolicyCommand::GetDefault => {
                let reply = xfrm.get(&xfrm::GetDefault)?;
                let d = reply.message().family_header::<xfrm::UserpolicyDefault>().copied()?;
                let name = |v: u8| match v {
                    default_policy::UNSPEC => "unspec",
                    default_policy::BLOCK => "block",
                    default_policy::ACCEPT => "accept",
                    _ => "unknown",
                };
                out = format!(
                    "Default policies:\n in:  {}\n fwd: {}\n out: {}\n",
                    name(d.dir_in),
                    name(d.fwd),
                    name(d.out)
                );
            }
            PolicyCommand::Count => {
                let reply = xfrm.get(&GetSpdInfo)?;
                let info = Info::parse(&reply.message())?;
                count(&mut out, &info, ctx.stats)?;
                if ctx.oneline {
                    print::oneline(&mut out);
                }
            }
        }
        std::io::stdout().write_all(out.as_bytes())?;
        Ok(())
    }
}

/// ip's `print_spdinfo`.
fn count(out: &mut String, info: &Info<'_>, stats: u8) -> Result<()> {
    out.push_str("\t SPD");
    if let Some(si) = info.spd_info()? {
        out.push_str(&format!(" IN  {} OUT {} FWD {}", si.incnt.get(), si.outcnt.get(), si.fwdcnt.get()));
        if stats > 0 {
            out.push_str(&format!(
                " (Sock: IN {} OUT {} FWD {})",
                si.inscnt.get(),
                si.outscnt.get(),
                si.fwdscnt.get()
            ));
        }
        out.push('\n');
    }
    if stats > 1 {
        if let Some(h) = info.hash_info()? {
            out.push_str(&format!("\t SPD buckets: count {} Max {}\n", h.count.get(), h.max.get()));
        }
        for (ipv6, name) in [(false, "IPv4"), (true, "IPv6")] {
            if let Some(t) = info.hthresh(ipv6)? {
                out.push_str(&format!("\t SPD {name} thresholds: local {} remote {}\n", t.lbits, t.rbits));
            }
        }
    }
    Ok(())
}

/// ip's `xfrm_policy_info_print` of the policy `i` and its attributes
/// `p`: the selector after `title`, the rest after `prefix`; `family` is
/// `-4`/`-6`.
pub fn policy(
    out: &mut String,
    s: &Style<'_>,
    (i, p): (&UserpolicyInfo, &XfrmAttrs<'_>),
    family: u8,
    prefix: &str,
    title: &str,
) {
    print::selector(out, s, &i.sel, family.into(), title);
    print::sec_ctx(out, p);
    let buf = format!("{prefix}\t");
    out.push_str(&buf);
    let dir = if i.dir >= pol::MAX {
        out.push_str("socket ");
        i.dir - pol::MAX
    } else {
        out.push_str("dir ");
        i.dir
    };
    match dir {
        pol::IN => out.push_str("in"),
        pol::OUT => out.push_str("out"),
        pol::FWD => out.push_str("fwd"),
        other => out.push_str(&other.to_string()),
    }
    out.push(' ');
    match i.action {
        pol::ALLOW if s.stats > 0 => out.push_str("action allow "),
        pol::ALLOW => {}
        pol::BLOCK => out.push_str("action block "),
        other => out.push_str(&format!("action {other} ")),
    }
    if s.stats > 0 {
        out.push_str(&format!("index {} ", i.index.get()));
    }
    out.push_str(&format!("priority {} ", i.priority.get()));
    if let Ok(Some(t)) = p.policy_type() {
        let name = match t {
            pol::TYPE_MAIN => "main".to_owned(),
            pol::TYPE_SUB => "sub".to_owned(),
            other => other.to_string(),
        };
        out.push_str(&format!("ptype {name} "));
    }
    if s.stats > 0 {
        out.push_str(&format!("share {} ", print::share(i.share)));
    }
    if s.stats > 0 || i.flags != 0 {
        out.push_str("flag ");
        print::flags(out, i.flags.into(), &FLAG_NAMES);
    }
    if s.stats > 0 {
        print::flags_bits(out, i.flags);
    }
    out.push('\n');
    if s.stats > 0 {
        print::lifetime(out, &i.lft, &i.curlft, &buf);
    }
    print::xfrma(out, s, p, i.sel.family.get(), &buf);
}

/// ip's `xfrm_spd_setinfo`'s reading of the words.
fn set_parse(words: &[String]) -> Result<xfrm::SetSpdInfo> {
    let mut set = xfrm::SetSpdInfo::default();
    let mut a = Argv::new(words);
    while a.more() {
        let (slot, max, name) = match a.cur() {
            "hthresh4" => (&mut set.hthresh4, 32, "hthresh4"),
            "hthresh6" => (&mut set.hthresh6, 128, "hthresh6"),
            word => return Err(invalid("unknown", word)),
        };
        if slot.is_some() {
            return Err(duplicate(name, name));
        }
        let mut bits = |what: &str| -> Result<u8> {
            let word = a.next()?;
            c_number(word)
                .and_then(|v| u8::try_from(v).ok())
                .filter(|v| *v <= max)
                .ok_or_else(|| invalid(&format!("{name} {what} value is invalid"), word))
        };
        let lbits = bits("LBITS")?;
        let rbits = bits("RBITS")?;
        *slot = Some(xfrm::SpdHthresh { lbits, rbits });
        a.step();
    }
    Ok(set)
}

/// ip's `xfrm_spd_setdefault`'s reading of the words.
fn setdefault_parse(words: &[String]) -> Result<xfrm::UserpolicyDefault> {
    let mut d = xfrm::UserpolicyDefault::default();
    let mut a = Argv::new(words);
    while a.more() {
        let dir = a.cur();
        let slot = match dir {
            "in" => &mut d.dir_in,
            "fwd" => &mut d.fwd,
            "out" => &mut d.out,
            _ => return Err(invalid("unknown direction", dir)),
        };
        if *slot != default_policy::UNSPEC {
            return Err(duplicate(dir, dir));
        }
        let action = a.next()?;
        *slot = match action {
            "block" => default_policy::BLOCK,
            "accept" => default_policy::ACCEPT,
            _ => return Err(invalid(&format!("{dir} policy value is invalid"), action)),
        };
        a.step();
    }
    Ok(d)
}

/// ip's `xfrm_policy_modify`'s reading of the words.
fn modify_parse(words: &[String], update: bool, family: u8) -> Result<PolicyCommand> {
    let mut info = UserpolicyInfo { lft: xfrm::LifetimeCfg::unlimited(), ..UserpolicyInfo::default() };
    info.sel.family = u16::from(family).into();
    let mut extra = Extra::default();
    let mut tmpls = Vec::new();
    let (mut dir, mut sel_seen) = (None, false);
    let mut family = family;
    let mut a = Argv::new(words);
    while a.more() {
        match a.cur() {
            "dir" => once(&mut a, &mut dir, dir_of)?,
            "mark" => extra.mark = mark_parse(&mut a)?,
            "index" => info.index = u32_of(a.next()?, "INDEX value is invalid")?.into(),
            "ptype" => once(&mut a, &mut extra.ptype, ptype_of)?,
            "ctx" => once(&mut a, &mut extra.ctx, |w| Ok(w.to_owned()))?,
            "action" => info.action = action_of(a.next()?)?,
            "priority" => info.priority = u32_of(a.next()?, "PRIORITY value is invalid")?.into(),
            "flag" => {
                a.next()?;
                info.flags |= flag_parse(&mut a)?;
            }
            "limit" => {
                a.next()?;
                limit_parse(&mut a, &mut info.lft)?;
            }
            "tmpl" => {
                a.next()?;
                tmpls.push(tmpl_parse(&mut a, family)?);
            }
            "if_id" => extra.if_id = Some(u32_of(a.next()?, "IF_ID value is invalid")?),
            word => {
                if sel_seen {
                    return Err(duplicate("unknown", word));
                }
                sel_seen = true;
                extra.sel = selector_parse(&mut a, &mut info.sel, family)?;
                if family == 0 {
                    family = info.sel.family.get() as u8;
                }
            }
        }
        a.step();
    }
    info.dir = dir.ok_or_else(|| refused("Not enough information: DIR is required."))?;
    if info.sel.family.get() == 0 {
        info.sel.family = 2.into();
    }
    Ok(PolicyCommand::Modify { update, info, tmpls, extra })
}

/// ip's `xfrm_policy_get_or_delete`'s reading of the words.
fn ref_parse(words: &[String], delete: bool, family: u8) -> Result<PolicyCommand> {
    let mut id = UserpolicyId::default();
    let mut extra = Extra::default();
    let (mut dir, mut index, mut sel_seen) = (None, None, false);
    let mut a = Argv::new(words);
    while a.more() {
        match a.cur() {
            "dir" => once(&mut a, &mut dir, dir_of)?,
            "mark" => extra.mark = mark_parse(&mut a)?,
            "index" => once(&mut a, &mut index, |w| u32_of(w, "INDEX value is invalid"))?,
            "ptype" => once(&mut a, &mut extra.ptype, ptype_of)?,
            "ctx" => once(&mut a, &mut extra.ctx, |w| Ok(w.to_owned()))?,
            "if_id" => extra.if_id = Some(u32_of(a.next()?, "IF_ID value is invalid")?),
            word => {
                if sel_seen {
                    return Err(invalid("unknown", word));
                }
                sel_seen = true;
                extra.sel = selector_parse(&mut a, &mut id.sel, family)?;
            }
        }
        a.step();
    }
    id.dir = dir.ok_or_else(|| refused("Not enough information: DIR is required."))?;
    id.index = index.unwrap_or(0).into();
    if !sel_seen && index.is_none() {
        return Err(refused("Not enough information: either SELECTOR or INDEX is required."));
    }
    if sel_seen && index.is_some() {
        return Err(CliError::usage("Error: either \"SELECTOR\" is duplicate, or \"INDEX\" is a garbage."));
    }
    if id.sel.family.get() == 0 {
        id.sel.family = 2.into();
    }
    Ok(PolicyCommand::Ref { delete, id, extra })
}

/// ip's `xfrm_policy_list_or_deleteall`'s reading of the words.
fn list_parse(words: &[String], family: u8) -> Result<Filter> {
    let mut f = Filter { used: !words.is_empty() || family != 0, ..Filter::default() };
    f.info.sel.family = u16::from(family).into();
    let mut sel_seen = false;
    let mut a = Argv::new(words);
    while a.more() {
        match a.cur() {
            "dir" => {
                f.info.dir = dir_of(a.next()?)?;
                f.dir = true;
            }
            "index" => {
                f.info.index = u32_of(a.next()?, "INDEX value is invalid")?.into();
                f.index = true;
            }
            "ptype" => f.ptype = Some(ptype_of(a.next()?)?),
            "action" => {
                f.info.action = action_of(a.next()?)?;
                f.action = true;
            }
            "priority" => {
                f.info.priority = u32_of(a.next()?, "PRIORITY value is invalid")?.into();
                f.priority = true;
            }
            "flag" => {
                a.next()?;
                f.info.flags |= flag_parse(&mut a)?;
                f.flags = true;
            }
            "nosock" => f.nosock = true,
            word => {
                if sel_seen {
                    return Err(invalid("unknown", word));
                }
                sel_seen = true;
                f.given = selector_parse(&mut a, &mut f.info.sel, family)?;
            }
        }
        a.step();
    }
    Ok(f)
}

/// ip's deleteall: the policies the filter keeps (not sockets') deleted by
/// rounds until a dump finds none.
fn delete_all(xfrm: &mut Xfrm, filter: &Filter) -> Result<()> {
    delete_rounds(xfrm, &PolicyDump, |msg| {
        let p = Policy::parse(msg)?;
        let i = p.info();
        if !filter.keeps(i, p.policy_type()?.unwrap_or(pol::TYPE_MAIN)) || i.dir >= pol::MAX {
            return Ok(None);
        }
        let id = UserpolicyId { sel: i.sel, index: i.index, dir: i.dir, ..UserpolicyId::default() };
        Ok(Some(xfrm::DeletePolicy(PolicyRef {
            id,
            ptype: None,
            mark: p.mark()?.copied(),
            if_id: p.if_id()?,
            ctx: None,
        })))
    })
}
