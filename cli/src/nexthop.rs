//! `nlw nexthop show|get|add|replace|del|flush`: nexthop objects, parsed and
//! printed as iproute2 6.1's `ip nexthop` does (text and `-j`).
//!
//! ```sh
//! nlw nexthop add id 1 via 192.0.2.2 dev v0
//! nlw nexthop add id 10 group 1/2,3 type resilient buckets 8 idle_timer 100
//! nlw -j nexthop show groups
//! ```

use std::fmt::{self, Display};
use std::io::{self, Write};
use std::net::IpAddr;

use nlwire::nexthop::{
    nexthop_grp_type, nha_res_group, GroupEntries, NextHopObject, NexthopDump, NexthopGet, NexthopKind,
    NexthopOp, NexthopRequest, ResilientGroup,
};
use nlwire::route::{protocol_name, scope_name, NEXTHOP_FLAG_NAMES};
use nlwire_std::{IPRoute, OwnedMessage};

use crate::args::{incomplete, unsigned, Words};
use crate::modify::{address, named};
use crate::names::Names;
use crate::out::Hue;
use crate::sink::{listing, object, Sink};
use crate::{matches, CliError, Ctx, Failure, Result};

/// `nlw nexthop help`.
pub const USAGE: &str = "Usage: nlw nexthop { list | flush } [ protocol ID ] SELECTOR
       nlw nexthop { add | replace } id ID NH [ protocol ID ]
       nlw nexthop { get | del } id ID
SELECTOR := [ id ID ] [ dev DEV ] [ master DEV ] [ groups ] [ fdb ]
NH := { blackhole | [ via ADDRESS ] [ dev DEV ] [ onlink ]
        | group GROUP [ fdb ] [ type TYPE [ TYPE_ARGS ] ] }
GROUP := [ <id[,weight]>/<id[,weight]>/... ]
TYPE := { mpath | resilient }
TYPE_ARGS := [ RESILIENT_ARGS ]
RESILIENT_ARGS := [ buckets BUCKETS ] [ idle_timer IDLE ]
                  [ unbalanced_timer UNBALANCED ]";

/// A parsed `nlw nexthop` command.
pub enum NexthopCommand {
    /// `show [SELECTOR]`.
    Show(Selector),
    /// `get id ID`, `show id ID`.
    Get(u32),
    /// `flush [SELECTOR]`; `flush id ID` is a `Del`.
    Flush(Selector),
    /// `del id ID`.
    Del(u32),
    /// `add|replace id ID NH`.
    Change(Change),
}

/// Which nexthops `show` and `flush` take: the kernel filters by device,
/// master, groups and FDB; the protocol is checked here, as ip does.
#[derive(Default)]
pub struct Selector {
    dev: Option<String>,
    master: Option<String>,
    /// `vrf NAME`: the master, which must be a VRF.
    vrf: Option<String>,
    groups: bool,
    fdb: bool,
    protocol: Option<u32>,
}

/// `add|replace id ID NH`, checked before anything is sent.
pub struct Change {
    op: NexthopOp,
    id: u32,
    /// ip's: `-4`/`-6`, else the gateway's, else `inet` for a device or a
    /// blackhole, else unspecified (groups).
    family: u8,
    gateway: Option<IpAddr>,
    dev: Option<String>,
    onlink: bool,
    blackhole: bool,
    members: Vec<(u32, u16)>,
    group_type: Option<u16>,
    resilient: Option<ResilientGroup>,
    fdb: bool,
    protocol: u8,
}

/// ip's `invarg`: exit 255 with the argument and what is wrong with it.
fn invalid(arg: &str, what: &str) -> CliError {
    CliError::usage(format!("Error: argument \"{arg}\" is wrong: {what}"))
}

/// `id ID`'s value.
fn id(s: &str) -> Result<u32> {
    unsigned(s).ok_or_else(|| invalid(s, "invalid id value"))
}

/// `ID[,WEIGHT]/...`: weights 1 to 256, as ip 6.1 takes them.
fn group(s: &str) -> Result<Vec<(u32, u16)>> {
    s.split('/')
        .map(|member| {
            let (id, weight) = match member.split_once(',') {
                Some((id, weight)) => (id, Some(weight)),
                None => (member, None),
            };
            let id = unsigned(id).ok_or_else(|| invalid(s, "\"group\" value is invalid"))?;
            let weight = match weight {
                None => 1,
                Some(w) => unsigned(w)
                    .and_then(|w| u16::try_from(w).ok())
                    .filter(|w| (1..=256).contains(w))
                    .ok_or_else(|| invalid(w, "\"weight\" is invalid"))?,
            };
            Ok((id, weight))
        })
        .collect()
}

/// A resilient group's timer in seconds, sent in clock ticks (hundredths).
fn timer(s: &str, what: &str) -> Result<u32> {
    unsigned(s).filter(|t| *t < u32::MAX / 100).map(|t| t * 100).ok_or_else(|| invalid(s, what))
}

impl NexthopCommand {
    /// Parses the words after `nexthop`; `family` is `-4`/`-6` (0: neither).
    pub fn parse(words: &[String], family: u8) -> Result<Self> {
        let verb = words.first().map_or("show", String::as_str);
        let args = words.get(1..).unwrap_or_default();
        let op = match verb {
            v if matches(v, "add", 1) => NexthopOp::Add,
            v if matches(v, "replace", 1) => NexthopOp::Replace,
            v if matches(v, "delete", 1) => return del(args).map(NexthopCommand::Del),
            v if matches(v, "list", 1) || matches(v, "show", 1) || matches(v, "lst", 1) => {
                return Ok(match Selector::parse(args)? {
                    Listed::Id(id) => NexthopCommand::Get(id),
                    Listed::Selector(s) => NexthopCommand::Show(s),
                });
            }
            v if matches(v, "get", 1) => match args {
                [kw, value] if kw == "id" => return Ok(NexthopCommand::Get(id(value)?)),
                _ => return Err(CliError::usage(USAGE)),
            },
            v if matches(v, "flush", 1) => {
                return Ok(match Selector::parse(args)? {
                    Listed::Id(id) => NexthopCommand::Del(id),
                    Listed::Selector(s) => NexthopCommand::Flush(s),
                });
            }
            v if matches(v, "help", 1) => return Err(CliError::usage(USAGE)),
            v => {
                return Err(CliError::usage(format!("Command \"{v}\" is unknown, try \"nlw nexthop help\".")))
            }
        };
        Change::parse(op, args, family).map(NexthopCommand::Change)
    }

    /// Runs the command.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            NexthopCommand::Show(selector) => show(ctx, selector),
            NexthopCommand::Get(id) => get(ctx, *id),
            NexthopCommand::Flush(selector) => flush(ctx, selector),
            NexthopCommand::Del(id) => {
                crate::session::request(&mut ctx.ipr, &NexthopRequest::del(*id))?;
                Ok(())
            }
            NexthopCommand::Change(change) => change.apply(&mut ctx.ipr),
        }
    }
}

/// `del id ID`: nlw takes only the id (the kernel takes nothing else).
fn del(args: &[String]) -> Result<u32> {
    match args {
        [kw, value] if kw == "id" => id(value),
        [kw] if kw == "id" => Err(incomplete()),
        [] => Err(CliError::usage("Error: Nexthop id is missing.")),
        [.., last] => Err(invalid(last, "nlw nexthop del takes only \"id ID\"")),
    }
}

/// What `show`/`flush` words ask for: one nexthop by id, or a selection.
enum Listed {
    Id(u32),
    Selector(Selector),
}

impl Selector {
    fn parse(args: &[String]) -> Result<Listed> {
        let mut s = Selector::default();
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            match word {
                w if matches(w, "dev", 1) => s.dev = Some(words.value()?.to_owned()),
                w if matches(w, "groups", 1) => s.groups = true,
                w if matches(w, "master", 1) => s.master = Some(words.value()?.to_owned()),
                w if matches(w, "vrf", 1) => s.vrf = Some(words.value()?.to_owned()),
                // As ip: the rest of the line is not read.
                "id" => return Ok(Listed::Id(id(words.value()?)?)),
                w if matches(w, "protocol", 1) => {
                    let value = words.value()?;
                    s.protocol =
                        Some(unsigned(value).ok_or_else(|| invalid(value, "invalid protocol value"))?);
                }
                w if matches(w, "fdb", 1) => s.fdb = true,
                w if matches(w, "help", 1) => return Err(CliError::usage(USAGE)),
                other => return Err(invalid(other, "")),
            }
        }
        Ok(Listed::Selector(s))
    }

    /// Whether nothing was asked: `flush` then takes groups first, then
    /// the rest (a group goes before its members).
    fn is_all(&self) -> bool {
        self.dev.is_none()
            && self.master.is_none()
            && self.vrf.is_none()
            && !self.groups
            && !self.fdb
            && self.protocol.is_none()
    }

    /// The kernel's part of the selection.
    fn dump(&self, ipr: &mut IPRoute, family: u8) -> Result<NexthopDump> {
        Ok(NexthopDump {
            family,
            oif: self.dev.as_deref().map(|d| device(ipr, d)).transpose()?,
            master: match (&self.master, &self.vrf) {
                (_, Some(vrf)) if !crate::vrf::is_vrf(ipr, vrf) => return Err(invalid(vrf, "Invalid VRF\n")),
                (_, Some(vrf)) => Some(device(ipr, vrf)?),
                (Some(master), None) => Some(device(ipr, master)?),
                (None, None) => None,
            },
            groups: self.groups,
            fdb: self.fdb,
        })
    }

    fn selects(&self, nh: &NextHopObject<'_>) -> bool {
        self.protocol.is_none_or(|p| p == u32::from(nh.protocol()))
    }
}

/// The index of `dev`; ip refuses a missing one as a bad argument.
fn device(ipr: &mut IPRoute, dev: &str) -> Result<u32> {
    crate::args::ifindex(ipr, dev).map_err(|e| match e.failure() {
        Failure::Rejected(_) => invalid(dev, "Device does not exist"),
        _ => e,
    })
}

impl Change {
    fn parse(op: NexthopOp, args: &[String], family: u8) -> Result<Self> {
        let mut c = Change {
            op,
            id: 0,
            family,
            gateway: None,
            dev: None,
            onlink: false,
            blackhole: false,
            members: Vec::new(),
            group_type: None,
            resilient: None,
            fdb: false,
            protocol: 0,
        };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            match word {
                "id" => c.id = id(words.value()?)?,
                "dev" => {
                    c.dev = Some(crate::args::device(words.value()?)?);
                    if c.family == 0 {
                        c.family = 2;
                    }
                }
                "via" => {
                    let mut value = words.value()?;
                    let family = match value {
                        "inet" => 2,
                        "inet6" => 10,
                        _ => 0,
                    };
                    if family != 0 {
                        value = words.value()?;
                    }
                    let gw = address(value, if family == 0 { c.family } else { family })?;
                    let gw_family = if gw.is_ipv4() { 2 } else { 10 };
                    if c.family == 0 {
                        c.family = gw_family;
                    } else if c.family != gw_family {
                        return Err(invalid(value, "address family mismatch"));
                    }
                    c.gateway = Some(gw);
                }
                "blackhole" => {
                    c.blackhole = true;
                    if c.family == 0 {
                        c.family = 2;
                    }
                }
                "fdb" => c.fdb = true,
                "onlink" => c.onlink = true,
                "group" => c.members = group(words.value()?)?,
                "type" => {
                    let value = words.value()?;
                    let group_type = match value {
                        "mpath" => nexthop_grp_type::MPATH,
                        "resilient" => nexthop_grp_type::RESILIENT,
                        _ => return Err(invalid(value, "\"type\" value is invalid")),
                    };
                    c.group_type = Some(group_type);
                    // As ip: the resilient arguments follow the type; a
                    // word that is none of them ends them.
                    if group_type == nexthop_grp_type::RESILIENT && words.peek().is_some() {
                        let res = c.resilient.get_or_insert_with(ResilientGroup::default);
                        while let Some(arg) = words.peek() {
                            match arg {
                                "buckets" | "idle_timer" | "unbalanced_timer" => words.next(),
                                _ => break,
                            };
                            let value = words.value()?;
                            match arg {
                                "buckets" => {
                                    let buckets = unsigned(value).and_then(|b| u16::try_from(b).ok());
                                    res.buckets =
                                        Some(buckets.ok_or_else(|| invalid(value, "invalid buckets value"))?);
                                }
                                "idle_timer" => {
                                    res.idle_timer = Some(timer(value, "invalid idle timer value")?)
                                }
                                _ => {
                                    res.unbalanced_timer =
                                        Some(timer(value, "invalid unbalanced timer value")?)
                                }
                            }
                        }
                    }
                }
                w if matches(w, "protocol", 1) => {
                    let value = words.value()?;
                    c.protocol = named("protocol", value, protocol_name)
                        .map_err(|_| invalid(value, "\"protocol\" value is invalid"))?;
                }
                "help" => return Err(CliError::usage(USAGE)),
                other => return Err(invalid(other, "")),
            }
        }
        // What the kernel would refuse, refused before anything is sent.
        let path = c.gateway.is_some() || c.dev.is_some() || c.onlink;
        let refusal = match () {
            () if !c.members.is_empty() && (path || c.blackhole) => {
                Some("a group takes no \"via\", \"dev\", \"onlink\" or \"blackhole\"")
            }
            () if c.blackhole && path => Some("a blackhole takes no \"via\", \"dev\" or \"onlink\""),
            () if c.members.is_empty() && c.group_type.is_some() => Some("\"type\" is a group's"),
            () if c.members.is_empty() && !c.blackhole && c.gateway.is_none() && c.dev.is_none() => {
                Some("a nexthop needs \"via\", \"dev\", \"blackhole\" or \"group\"")
            }
            () => None,
        };
        match refusal {
            Some(why) => Err(CliError::usage(format!("Error: {why}."))),
            None => Ok(c),
        }
    }

    fn apply(&self, ipr: &mut IPRoute) -> Result<()> {
        let kind = if !self.members.is_empty() {
            NexthopKind::Group {
                members: &self.members,
                group_type: self.group_type.unwrap_or(nexthop_grp_type::MPATH),
            }
        } else if self.blackhole {
            NexthopKind::Blackhole
        } else {
            let oif = self.dev.as_deref().map(|d| device(ipr, d)).transpose()?;
            NexthopKind::Path { gateway: self.gateway, oif, onlink: self.onlink }
        };
        let request = NexthopRequest {
            op: self.op,
            id: self.id,
            kind,
            family: Some(self.family),
            protocol: self.protocol,
            fdb: self.fdb,
            resilient: self.resilient,
        };
        crate::session::request(ipr, &request)?;
        Ok(())
    }
}

/// The flags of a route, a next hop or a nexthop object ip names, as its
/// `print_rt_flags` does: the `RTNH_F_*` flags by the kernel's names, and
/// `RTM_F_NOTIFY` and the route's offload flags by ip's, in ip's order (not
/// the bits').
pub fn rt_flags(flags: u32) -> impl Iterator<Item = &'static str> {
    use nlwire::route::RouteFlags as F;
    // The `RTNH_F_*` flags by the kernel's names, found when this is
    // compiled; the `RTM_F_*` ones by ip's words.
    const fn kernels(bit: F) -> (u32, &'static str) {
        match nlwire::link::name_of(NEXTHOP_FLAG_NAMES, bit.bits()) {
            Some(name) => (bit.bits(), name),
            None => (bit.bits(), ""),
        }
    }
    const ORDER: [(u32, &str); 11] = [
        kernels(F::DEAD),
        kernels(F::ONLINK),
        kernels(F::PERVASIVE),
        kernels(F::OFFLOAD),
        kernels(F::TRAP),
        (F::NOTIFY.bits(), "notify"),
        kernels(F::LINKDOWN),
        kernels(F::UNRESOLVED),
        (F::RT_OFFLOAD.bits(), "rt_offload"),
        (F::RT_TRAP.bits(), "rt_trap"),
        (F::RT_OFFLOAD_FAILED.bits(), "rt_offload_failed"),
    ];
    const KNOWN: u32 = {
        let (mut known, mut i) = (0, 0);
        while i < ORDER.len() {
            known |= ORDER[i].0;
            i += 1;
        }
        known
    };
    // Most routes have none: nothing to walk then.
    let named: &[(u32, &str)] = if flags & KNOWN == 0 { &[] } else { &ORDER };
    named.iter().filter(move |(bit, _)| flags & bit != 0).map(|(_, name)| *name)
}

/// A name from one of the core's tables, or the number (always with `-N`).
struct NameOr(Option<&'static str>, u8);

impl Display for NameOr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match crate::names::unless_numeric(|| self.0) {
            Some(name) => f.write_str(name),
            None => write!(f, "{}", self.1),
        }
    }
}

/// Clock ticks (hundredths of a second) as seconds, written as C's `%g`
/// writes them, as ip prints a resilient group's timers: six significant
/// digits, rounded half to even, trailing zeros dropped, `1e+06` form from
/// a million seconds.
pub(crate) struct Seconds(pub(crate) u64);

impl Display for Seconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 0 {
            return f.write_str("0");
        }
        // value = digits * 10^(exponent - (len(digits) - 1))
        let mut digits = self.0;
        let mut exponent = digits.ilog10() as i32 - 2;
        let len = digits.ilog10() + 1;
        if len > 6 {
            let cut = 10u64.pow(len - 6);
            let (kept, rest) = (digits / cut, digits % cut);
            let round_up = rest > cut / 2 || (rest == cut / 2 && kept % 2 == 1);
            digits = kept + u64::from(round_up);
            if digits == 1_000_000 {
                digits = 100_000;
                exponent += 1;
            }
        }
        let text = digits.to_string();
        let text = text.trim_end_matches('0');
        let (first, rest) = text.split_at(1);
        if exponent >= 6 {
            let point = if rest.is_empty() { "" } else { "." };
            return write!(f, "{first}{point}{rest}e+{exponent:02}");
        }
        if exponent < 0 {
            let zeros = "0".repeat((-exponent - 1) as usize);
            return write!(f, "0.{zeros}{text}");
        }
        let whole = exponent as usize + 1;
        if text.len() <= whole {
            write!(f, "{text}{}", "0".repeat(whole - text.len()))
        } else {
            write!(f, "{}.{}", &text[..whole], &text[whole..])
        }
    }
}

/// The members of a group: text `group 1/2,3 `, JSON `"group": [{"id": 1}, ...]`.
fn group_members<W: Write>(s: &mut Sink<'_, W>, members: GroupEntries<'_>) -> io::Result<()> {
    match s {
        Sink::Text(out) => {
            out.write_all(b"group ")?;
            for (i, m) in members.enumerate() {
                let slash = if i > 0 { "/" } else { "" };
                write!(out, "{slash}{}", m.id)?;
                if m.weight > 1 {
                    write!(out, ",{}", m.weight)?;
                }
            }
            out.write_all(b" ")
        }
        Sink::Json(j) => {
            j.key("group")?;
            j.begin_array()?;
            for m in members {
                j.begin_object()?;
                j.field_num("id", m.id)?;
                if m.weight > 1 {
                    j.field_num("weight", m.weight)?;
                }
                j.end_object()?;
            }
            j.end_array()
        }
    }
}

/// One nexthop object's fields as `ip nexthop show` prints them; `details`
/// is `-d` (the scope and the protocol always).
pub fn print<W: Write>(
    s: &mut Sink<'_, W>,
    nh: &NextHopObject<'_>,
    names: &Names,
    details: bool,
) -> Result<()> {
    s.num("id", "id", &nh.id()?.unwrap_or(0))?;
    if let Some(members) = nh.group()? {
        group_members(s, members)?;
    }
    match nh.group_type()? {
        None | Some(nexthop_grp_type::MPATH) => {}
        Some(nexthop_grp_type::RESILIENT) => s.str("type", "type", &"resilient")?,
        Some(_) => s.str("type", "type", &"<unknown type>")?,
    }
    if let Some(res) = nh.res_group()? {
        let value = |kind: u16| -> Result<u64> {
            Ok(match res.0.find(kind)? {
                Some(a) if kind == nha_res_group::BUCKETS => a.u16()?.into(),
                Some(a) if kind == nha_res_group::UNBALANCED_TIME => a.u64()?,
                Some(a) => a.u32()?.into(),
                None => 0,
            })
        };
        s.open("resilient_args")?;
        s.num("buckets", "buckets", &value(nha_res_group::BUCKETS)?)?;
        for (kind, name) in [
            (nha_res_group::IDLE_TIMER, "idle_timer"),
            (nha_res_group::UNBALANCED_TIMER, "unbalanced_timer"),
            (nha_res_group::UNBALANCED_TIME, "unbalanced_time"),
        ] {
            s.num(name, name, &Seconds(value(kind)?))?;
        }
        s.close()?;
    }
    if let Some(gw) = nh.gateway()? {
        s.painted(Hue::of(gw), "gateway", "via", &gw)?;
    }
    if let Some(oif) = nh.oif()? {
        s.painted(Hue::Ifname, "dev", "dev", &names.get(oif))?;
    }
    if nh.scope() != 0 || details {
        s.str("scope", "scope", &NameOr(scope_name(nh.scope()), nh.scope()))?;
    }
    if nh.blackhole()? {
        s.null("blackhole", "blackhole")?;
    }
    if nh.protocol() != 0 || details {
        s.str("protocol", "proto", &NameOr(protocol_name(nh.protocol()), nh.protocol()))?;
    }
    s.words("flags", rt_flags(nh.flags().bits()))?;
    if nh.fdb()? {
        // The one word ip writes without a space after it.
        match s {
            Sink::Text(out) => out.write_all(b"fdb")?,
            Sink::Json(_) => s.null("fdb", "")?,
        }
    }
    Ok(())
}

/// `nlw nexthop show [SELECTOR]`.
fn show(ctx: &mut Ctx, selector: &Selector) -> Result<()> {
    let request = selector.dump(&mut ctx.ipr, ctx.family)?;
    let mut names = Names::on_demand(ctx)?;
    let (json, details) = (ctx.json, ctx.details);
    let mut dump = crate::session::dump(&mut ctx.ipr, &request)?;
    listing(json, ctx.pretty, |j| {
        while let Some(msg) = dump.next()? {
            let nh = NextHopObject::parse(&msg)?;
            if selector.selects(&nh) {
                object(j, json, |s| print(s, &nh, &names, details))?;
                names.learn_asked();
            }
        }
        Ok(())
    })
}

/// `nlw nexthop get id ID`.
fn get(ctx: &mut Ctx, id: u32) -> Result<()> {
    let reply = crate::session::get(&mut ctx.ipr, &NexthopGet { id })?;
    let names = Names::on_demand(ctx)?;
    let message = reply.message();
    let nh = NextHopObject::parse(&message)?;
    listing(ctx.json, ctx.pretty, |j| object(j, ctx.json, |s| print(s, &nh, &names, ctx.details)))
}

/// `ENOENT`: the nexthop went with an earlier deletion.
const ENOENT: i32 = 2;

/// `nlw nexthop flush [SELECTOR]`: the selected nexthops deleted one by
/// one, as ip does; with nothing selected, the groups first.
fn flush(ctx: &mut Ctx, selector: &Selector) -> Result<()> {
    let request = selector.dump(&mut ctx.ipr, ctx.family)?;
    let passes = if selector.is_all() {
        vec![NexthopDump { groups: true, ..request }, request]
    } else {
        vec![request]
    };
    let mut flushed = 0usize;
    for pass in passes {
        let ids: Vec<u32> = crate::session::dump_owned(&mut ctx.ipr, &pass, 3)?
            .iter()
            .filter_map(|m| {
                let message = m.message();
                let nh = NextHopObject::parse(&message).ok()?;
                selector.selects(&nh).then(|| nh.id().ok().flatten()).flatten()
            })
            .collect();
        for id in ids {
            match ctx.ipr.request(&NexthopRequest::del(id)) {
                Ok(_) => flushed += 1,
                Err(nlwire_std::Error::Kernel { errno: ENOENT, .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
    }
    let mut out = io::stdout().lock();
    if flushed == 0 {
        writeln!(out, "Nothing to flush")?;
    } else {
        writeln!(out, "Flushed {flushed} nexthops")?;
    }
    Ok(())
}

/// Nexthop objects by id, dumped once: what `-d route show` prints after
/// each route that uses one (`nh_info`). Empty without `-d`.
#[derive(Default)]
pub struct Objects(Vec<(u32, OwnedMessage)>);

impl Objects {
    /// Every nexthop object there is; none when the kernel refuses the
    /// dump (one without nexthop objects): ip then prints no `nh_info`.
    pub fn load(ipr: &mut IPRoute) -> Result<Self> {
        let dumped = match ipr.dump_owned(&NexthopDump::default(), 3) {
            Err(nlwire_std::Error::Kernel { .. }) => return Ok(Objects::default()),
            dumped => dumped?,
        };
        let mut objects = Vec::new();
        for m in dumped {
            let id = NextHopObject::parse(&m.message())?.id()?;
            if let Some(id) = id {
                objects.push((id, m));
            }
        }
        objects.sort_unstable_by_key(|(id, _)| *id);
        Ok(Objects(objects))
    }

    /// `nh_info`: the object `id` as `ip -d` prints it after a route
    /// (nothing when it is not known, as ip).
    pub fn print_info<W: Write>(&self, s: &mut Sink<'_, W>, id: u32, names: &Names) -> Result<()> {
        let Ok(at) = self.0.binary_search_by_key(&id, |(id, _)| *id) else {
            return Ok(());
        };
        let message = self.0[at].1.message();
        let nh = NextHopObject::parse(&message)?;
        s.text("\n\tnh_info ")?;
        s.open("nh_info")?;
        print(s, &nh, names, true)?;
        s.close()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `%g` of ticks / 100, as Python's `'%g' % (n / 100)` prints them
    /// (C's printf on the same doubles).
    #[test]
    fn seconds_read_as_printf_g() {
        let cases = [
            (0, "0"),
            (1, "0.01"),
            (50, "0.5"),
            (100, "1"),
            (12_345, "123.45"),
            (10_000, "100"),
            (12_000, "120"),
            (1_234_567, "12345.7"),
            (99_999_950, "1e+06"),
            (99_999_850, "999998"),
            (250, "2.5"),
            (1_234_565, "12345.6"),
            (99_999_951, "1e+06"),
            (100_000_000, "1e+06"),
            (123_456_789, "1.23457e+06"),
            (4_294_967_295, "4.29497e+07"),
            (u32::MAX as u64 * 100, "4.29497e+09"),
        ];
        for (ticks, text) in cases {
            assert_eq!(Seconds(ticks).to_string(), text, "{ticks}");
        }
    }

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn groups_and_resilient_arguments_parse_as_ip_reads_them() {
        let Ok(NexthopCommand::Change(c)) = NexthopCommand::parse(
            &words("add id 11 group 1,2/4 type resilient buckets 8 idle_timer 100 unbalanced_timer 200 fdb"),
            0,
        ) else {
            panic!("not a change");
        };
        assert_eq!((c.id, c.family, c.fdb), (11, 0, true));
        assert_eq!(c.members, [(1, 2), (4, 1)]);
        let want =
            ResilientGroup { buckets: Some(8), idle_timer: Some(10_000), unbalanced_timer: Some(20_000) };
        assert_eq!(c.resilient, Some(want));
        let bad = [
            "add id 1 group 1/",
            "add id 1 group 1,0",
            "add id 1 group 1,257",
            "add id 1 group 1 type foo",
            "add id 1 group 1 type resilient buckets 65536",
            "add id 1 group 1 type resilient idle_timer 42949673",
            "add id x dev v0",
            "add id 1 dev v0 frob",
            "add id 1 via 192.0.2.1 blackhole",
            "add id 1 group 1 dev v0",
            "add id 1 type mpath dev v0",
            "add id 1",
            "del",
            "del id 1 dev v0",
            "get",
            "show frob",
            "show protocol static",
            "frob",
        ];
        for line in bad {
            assert!(
                matches!(
                    NexthopCommand::parse(&words(line), 0).map_err(CliError::into_failure),
                    Err(Failure::Usage(_))
                ),
                "{line}"
            );
        }
        // ip's get_addr: exit 1 for an address of the wrong family.
        assert!(matches!(
            NexthopCommand::parse(&words("add id 1 dev v0 via 2001:db8::1"), 0)
                .map_err(CliError::into_failure),
            Err(Failure::Rejected(_))
        ));
    }
}
