//! The commands that change state: parsed and checked completely before
//! anything is sent.

use std::net::IpAddr;

use nlwire::addr::AddrEntry;
use nlwire::build::{Header, MessageWriter, Request};
use nlwire::link::{IfName, IFNAME_MAX};
use nlwire::route::{NextHopSpec, Prefix, RouteOp, RouteRequest, RouteType};
use nlwire_std::IPRoute;

use crate::names::Names;
use crate::tc_change::{TcChange, TcRequest};
use crate::{CliError, Ctx, Result};

/// A change, parsed.
pub enum Change {
    LinkAdd { name: String, kind: String, peer: Option<String>, settings: Vec<Setting> },
    LinkSet { dev: String, settings: Vec<Setting> },
    LinkDel(String),
    Addr(AddrChange),
    Route(RouteChange),
    Tc(TcChange),
}

/// `ip address add|replace|change|del PREFIX dev DEV [label L]`.
pub struct AddrChange {
    op: AddrOp,
    prefix: Prefix,
    dev: String,
    label: Option<String>,
}

#[derive(Clone, Copy)]
pub enum AddrOp {
    Add,
    Replace,
    Change,
    Del,
}

/// `ip route add|replace|change|append|del [TYPE] PREFIX ... [nhid N]`.
pub struct RouteChange {
    op: RouteOp,
    dst: Prefix,
    kind: Option<RouteType>,
    via: Option<IpAddr>,
    dev: Option<String>,
    table: Option<u32>,
    metric: Option<u32>,
    protocol: Option<u8>,
    scope: Option<u8>,
    src: Option<IpAddr>,
    mtu: Option<u32>,
    hops: Vec<Hop>,
    /// `nhid N`: a nexthop object.
    nhid: Option<u32>,
}

/// One `nexthop via GW [dev DEV] [weight W]`.
struct Hop {
    via: Option<IpAddr>,
    dev: Option<String>,
    weight: u16,
}

/// One `ip link set` setting (`ip link add` takes them too).
pub enum Setting {
    Up(bool),
    Mtu(u32),
    Master(Option<String>),
    Alias(String),
    Name(String),
    Address(Vec<u8>),
    TxQueueLen(u32),
}

impl Setting {
    /// The keyword ip refuses twice (`duplicate "mtu"`); ip takes the
    /// others again, the last one winning.
    fn once_only(&self) -> Option<&'static str> {
        match self {
            Setting::Mtu(_) => Some("mtu"),
            Setting::Name(_) => Some("name"),
            Setting::TxQueueLen(_) => Some("txqueuelen"),
            _ => None,
        }
    }
}

/// The setting `word` starts, with its value; `None` when `word` is not a
/// setting's keyword (a device name, then).
fn setting(word: &str, words: &mut Words<'_>, before: &[Setting]) -> Result<Option<Setting>> {
    let setting = match word {
        "up" => Setting::Up(true),
        "down" => Setting::Up(false),
        "mtu" => Setting::Mtu(mtu(words.value(word)?)?),
        "master" => Setting::Master(Some(name(words.value(word)?)?)),
        "nomaster" => Setting::Master(None),
        "alias" => Setting::Alias(words.value(word)?.to_owned()),
        "name" => Setting::Name(link_name(words.value(word)?, true)?),
        "address" => {
            let value = words.value(word)?;
            Setting::Address(mac(value)?)
        }
        "txqueuelen" | "txqlen" | "qlen" => Setting::TxQueueLen(txqueuelen(words.value(word)?)?),
        _ => return Ok(None),
    };
    if let Some(keyword) = setting.once_only() {
        if before.iter().any(|b| b.once_only() == Some(keyword)) {
            let value = match &setting {
                Setting::Mtu(v) | Setting::TxQueueLen(v) => v.to_string(),
                Setting::Name(n) => n.clone(),
                _ => String::new(),
            };
            return Err(duplicate(keyword, &value));
        }
    }
    Ok(Some(setting))
}

/// ip's `duparg`: a keyword given twice.
pub fn duplicate(keyword: &str, value: &str) -> CliError {
    usage(format!("Error: duplicate \"{keyword}\": \"{value}\" is the second value."))
}

/// ip's `duparg2("dev", ...)`: a second device name, or a word it does not know.
fn garbage(word: &str) -> CliError {
    usage(format!("Error: either \"dev\" is duplicate, or \"{word}\" is a garbage."))
}

fn rejected(msg: impl Into<String>) -> CliError {
    CliError::Rejected(msg.into())
}

fn usage(msg: impl Into<String>) -> CliError {
    CliError::usage(msg)
}

pub fn name(s: &str) -> Result<String> {
    IfName::new(s)
        .map_err(|_| usage(format!("Error: argument \"{s}\" is wrong: \"name\" not a valid ifname")))?;
    Ok(s.to_owned())
}

/// A name for a link being created or renamed, checked as ip checks it:
/// empty, with `/` or whitespace, or (where ip checks the length,
/// `length_checked`) longer than 15 bytes, is ip's usage error (255). What
/// else the kernel's `dev_valid_name` refuses (`.`, `..`, `:`, a `dev NAME`
/// longer than 15 bytes) ip sends and the kernel refuses (exit 2): nlw
/// refuses it before sending, with exit 2.
pub fn link_name(s: &str, length_checked: bool) -> Result<String> {
    let c_space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    if s.is_empty() || s.bytes().any(|b| b == b'/' || c_space(b)) || (length_checked && s.len() > IFNAME_MAX)
    {
        return name(s);
    }
    IfName::new(s).map_err(|e| {
        let why = match e {
            nlwire::Error::InvalidValue { what } => what.to_owned(),
            e => e.to_string(),
        };
        CliError::kernel_would_refuse(format!("Error: argument \"{s}\" is wrong: {why}."))
    })?;
    Ok(s.to_owned())
}

/// `mtu N` as ip reads it (`get_integer`): a negative one ip sends and the
/// kernel refuses (exit 2); nlw refuses it before sending.
fn mtu(s: &str) -> Result<u32> {
    let mtu =
        signed(s).ok_or_else(|| usage(format!("Error: argument \"{s}\" is wrong: Invalid \"mtu\" value")))?;
    u32::try_from(mtu).map_err(|_| {
        CliError::kernel_would_refuse(format!("Error: argument \"{s}\" is wrong: an MTU cannot be negative."))
    })
}

/// `txqueuelen N` as ip reads it (`get_integer`) and sends it: `-1` is
/// 4294967295, which the kernel takes.
fn txqueuelen(s: &str) -> Result<u32> {
    let len = signed(s)
        .ok_or_else(|| usage(format!("Error: argument \"{s}\" is wrong: Invalid \"txqueuelen\" value")))?;
    Ok(len as u32)
}

pub fn number<T: std::str::FromStr>(what: &str, s: &str) -> Result<T> {
    s.parse().map_err(|_| usage(format!("Error: argument \"{s}\" is wrong: Invalid \"{what}\" value")))
}

/// A number as ip's `get_unsigned` reads it (C's `strtoul` in base 0):
/// decimal, `0x` hexadecimal or `0` octal.
pub fn unsigned(s: &str) -> Option<u32> {
    let (digits, radix) = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => (hex, 16),
        None if s.len() > 1 && s.starts_with('0') => (&s[1..], 8),
        None => (s, 10),
    };
    let all_digits = !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix));
    all_digits.then(|| u32::from_str_radix(digits, radix).ok()).flatten()
}

/// A number as ip's `get_integer` reads it (C's `strtol` in base 0, within
/// an `int`): `-1`, `0x5dc`, `010`.
pub fn signed(s: &str) -> Option<i32> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let magnitude = i64::from(unsigned(digits)?);
    i32::try_from(if negative { -magnitude } else { magnitude }).ok()
}

/// ip's name of a family in its messages: `any valid`, `inet`, `inet6`.
fn family_name(family: u8) -> &'static str {
    match family {
        2 => "inet",
        10 => "inet6",
        _ => "any valid",
    }
}

/// Whether `addr` is of `family` (0: any).
fn of_family(addr: IpAddr, family: u8) -> bool {
    match family {
        2 => addr.is_ipv4(),
        10 => addr.is_ipv6(),
        _ => true,
    }
}

/// `ADDR[/LEN]`, `default` (`::/0` with `-6`), of `family` (0: either).
/// A bad one is refused with exit 1, as ip's `get_prefix`.
pub fn prefix(s: &str, family: u8) -> Result<Prefix> {
    let bad = || rejected(format!("Error: {} prefix is expected rather than \"{s}\".", family_name(family)));
    if s == "default" || s == "all" || s == "any" {
        return Ok(if family == 10 { Prefix::DEFAULT_V6 } else { Prefix::DEFAULT_V4 });
    }
    let (addr, len) = match s.split_once('/') {
        Some((a, l)) => (a, Some(l)),
        None => (s, None),
    };
    let addr: IpAddr = addr.parse().map_err(|_| bad())?;
    if !of_family(addr, family) {
        return Err(bad());
    }
    let max = if addr.is_ipv4() { 32 } else { 128 };
    let len = match len {
        Some(l) => l.parse::<u8>().ok().filter(|l| *l <= max).ok_or_else(bad)?,
        None => max,
    };
    Ok(Prefix::new(addr, len))
}

/// An address of either family.
pub fn ip(s: &str) -> Result<IpAddr> {
    address(s, 0)
}

/// An address of `family` (0: either); a bad one is refused with exit 1,
/// as ip's `get_addr`.
pub fn address(s: &str, family: u8) -> Result<IpAddr> {
    s.parse().ok().filter(|a| of_family(*a, family)).ok_or_else(|| {
        rejected(format!("Error: {} address is expected rather than \"{s}\".", family_name(family)))
    })
}

/// `inet`/`inet6` after `via`: the gateway's own family.
fn read_family(word: &str) -> Option<u8> {
    match word {
        "inet" => Some(2),
        "inet6" => Some(10),
        _ => None,
    }
}

/// A value named in one of the core's name tables, or its number.
pub fn named(what: &str, s: &str, name_of: impl Fn(u8) -> Option<&'static str>) -> Result<u8> {
    (0..=u8::MAX).find(|&v| name_of(v) == Some(s)).map_or_else(|| number(what, s), Ok)
}

/// `main`, `local`, `default` or a number.
pub fn table_id(s: &str) -> Result<u32> {
    match nlwire::route::TABLE_NAMES.iter().find(|(_, name)| *name == s) {
        Some((id, _)) => Ok(*id),
        None => s
            .parse()
            .map_err(|_| usage(format!("Error: argument \"{s}\" is wrong: table id value is invalid"))),
    }
}

/// The words after a keyword, one at a time, with ip's message when one is
/// missing.
pub struct Words<'a>(std::slice::Iter<'a, String>);

impl<'a> Words<'a> {
    /// The words of `args`, in order.
    pub fn new(args: &'a [String]) -> Self {
        Words(args.iter())
    }
    /// The next word.
    #[allow(clippy::should_implement_trait)] // `value` needs the same iterator
    pub fn next(&mut self) -> Option<&'a str> {
        self.0.next().map(String::as_str)
    }
    /// The next word, left to be read.
    pub fn peek(&self) -> Option<&'a str> {
        self.0.clone().next().map(String::as_str)
    }
    /// The value after `keyword`.
    pub fn value(&mut self, keyword: &str) -> Result<&'a str> {
        self.next().ok_or_else(|| {
            usage(format!("Command line is not complete. Try option \"help\" after \"{keyword}\""))
        })
    }
}

impl Change {
    /// Parses `OBJECT VERB ARGS...`; `family` is `-4`/`-6` (0 for neither).
    pub fn parse(object: &str, verb: &str, args: &[String], family: u8) -> Result<Self> {
        if let Some(object) = crate::tc::object(object) {
            return TcChange::parse(object, verb, args).map(Change::Tc);
        }
        let unknown = || usage(format!("Command \"{verb}\" is unknown, try \"nlw {object} help\"."));
        // `r` alone is `route`, as in ip; `ru...` is `rule`.
        let object_char = if object.starts_with("ru") { Some('u') } else { object.chars().next() };
        match (object_char, verb) {
            (Some('l'), "add") => {
                // `[name NAME | [dev] NAME] SETTING... type KIND [peer [name] PEER]`.
                let type_at = args.iter().position(|a| a == "type");
                // ip asks for the type first, with exit 1.
                if type_at.is_none() {
                    return Err(rejected("Not enough information: \"type\" argument is required"));
                }
                let (before, after) = args.split_at(type_at.unwrap_or(args.len()));
                let (mut dev, mut new_name) = (None, None);
                let mut settings = Vec::new();
                let mut words = Words::new(before);
                while let Some(word) = words.next() {
                    if word == "name" {
                        let value = words.value(word)?;
                        if new_name.is_some() {
                            return Err(duplicate("name", value));
                        }
                        new_name = Some(link_name(value, true)?);
                    } else if let Some(setting) = setting(word, &mut words, &settings)? {
                        settings.push(setting);
                    } else {
                        let value = if word == "dev" { words.value(word)? } else { word };
                        if dev.is_some() {
                            return Err(garbage(value));
                        }
                        dev = Some(link_name(value, false)?);
                    }
                }
                let n = match (dev, new_name) {
                    (Some(_), Some(_)) => {
                        return Err(usage("both \"name\" and \"dev\" cannot be used when creating devices."))
                    }
                    (Some(n), None) | (None, Some(n)) => n,
                    (None, None) => {
                        return Err(usage("Not enough information: \"dev\" argument is required."))
                    }
                };
                let kind = match after {
                    [] => return Err(rejected("Not enough information: \"type\" argument is required")),
                    [_type] => return Err(usage("Command line is not complete. Try option \"help\"")),
                    [_type, kind, ..] => kind.clone(),
                };
                let peer = match &after[2..] {
                    [] => None,
                    [p, nm, peer] if p == "peer" && nm == "name" => Some(link_name(peer, true)?),
                    [p, peer] if p == "peer" && kind == "veth" => Some(link_name(peer, false)?),
                    other => {
                        return Err(usage(format!(
                            "Error: nlw takes only \"peer [name] NAME\" after \"type {kind}\", not {other:?}."
                        )))
                    }
                };
                Ok(Change::LinkAdd { name: n, kind, peer, settings })
            }
            (Some('l'), "set") => {
                let mut dev = None;
                let mut settings = Vec::new();
                let mut words = Words::new(args);
                while let Some(word) = words.next() {
                    if let Some(setting) = setting(word, &mut words, &settings)? {
                        settings.push(setting);
                    } else {
                        let value = if word == "dev" { words.value(word)? } else { word };
                        if dev.is_some() {
                            return Err(garbage(value));
                        }
                        dev = Some(name(value)?);
                    }
                }
                let dev =
                    dev.ok_or_else(|| usage("Not enough information: \"dev\" argument is required."))?;
                Ok(Change::LinkSet { dev, settings })
            }
            (Some('l'), "del" | "delete") => {
                let dev = match args {
                    [kw, d] if kw == "dev" => d,
                    [d] => d,
                    _ => return Err(usage("Not enough information: \"dev\" argument is required.")),
                };
                Ok(Change::LinkDel(name(dev)?))
            }
            (Some('a'), _) => {
                let op = match verb {
                    "add" => AddrOp::Add,
                    "replace" => AddrOp::Replace,
                    "change" => AddrOp::Change,
                    "del" | "delete" => AddrOp::Del,
                    _ => return Err(unknown()),
                };
                AddrChange::parse(op, args, family).map(Change::Addr)
            }
            (Some('r'), _) => {
                let op = match verb {
                    "add" => RouteOp::Add,
                    "replace" => RouteOp::Replace,
                    "change" => RouteOp::Change,
                    "append" => RouteOp::Append,
                    "prepend" => RouteOp::Prepend,
                    "del" | "delete" => RouteOp::Del,
                    _ => return Err(unknown()),
                };
                RouteChange::parse(op, args, family).map(Change::Route)
            }
            _ => Err(unknown()),
        }
    }

    /// Whether the change can go into a batch with others: it is one
    /// message and changes no interface name.
    pub fn batchable(&self) -> bool {
        matches!(self, Change::Addr(_) | Change::Route(_) | Change::Tc(_))
    }

    /// The request for an address, route or tc change, with device names
    /// resolved by `ifindex`; `None` for link changes.
    pub fn prepare(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<Option<Prepared<'_>>> {
        Ok(Some(match self {
            Change::Addr(a) => a.prepare(ifindex)?,
            Change::Route(r) => r.prepare(ifindex)?,
            Change::Tc(t) => t.prepare(ifindex)?,
            _ => return Ok(None),
        }))
    }

    /// Sends the change and waits for the kernel's answer.
    pub fn apply(&self, ctx: &mut Ctx) -> Result<()> {
        let ipr = &mut ctx.ipr;
        if let Some(request) = self.prepare(&mut |dev| ifindex(ipr, dev))? {
            ipr.request(&request)?;
            return Ok(());
        }
        match self {
            Change::LinkAdd { name, kind, peer, settings } => {
                let master = master_index(ipr, settings)?;
                let mut add = ipr.link().add(name);
                for s in settings {
                    add = match s {
                        Setting::Up(true) => add.up(),
                        Setting::Up(false) => add.down(),
                        Setting::Mtu(m) => add.mtu(*m),
                        Setting::Master(Some(_)) => match master {
                            Some(m) => add.master(m),
                            None => add,
                        },
                        Setting::Master(None) => add,
                        Setting::Alias(a) => add.alias(a),
                        Setting::Name(_) => add,
                        Setting::Address(a) => add.address(a),
                        Setting::TxQueueLen(q) => add.txqlen(*q),
                    };
                }
                let add = match (kind.as_str(), peer) {
                    ("veth", Some(peer)) => add.veth(peer),
                    ("veth", None) => add.kind("veth"),
                    ("bridge", _) => add.bridge(Default::default()),
                    ("ifb", _) => add.ifb(),
                    (other, _) => add.kind(other),
                };
                add.send()?;
            }
            Change::LinkSet { dev, settings } => {
                let master = master_index(ipr, settings)?;
                let mut set = ipr.link().set(dev.as_str());
                for s in settings {
                    set = match s {
                        Setting::Up(true) => set.up(),
                        Setting::Up(false) => set.down(),
                        Setting::Mtu(m) => set.mtu(*m),
                        Setting::Master(Some(_)) => match master {
                            Some(m) => set.master(m),
                            None => set,
                        },
                        Setting::Master(None) => set.nomaster(),
                        Setting::Alias(a) => set.alias(a),
                        Setting::Name(n) => set.name(n),
                        Setting::Address(a) => set.address(a),
                        Setting::TxQueueLen(q) => set.txqlen(*q),
                    };
                }
                set.send().map_err(|e| missing_device(e, dev))?;
            }
            Change::LinkDel(dev) => ipr.link().del(dev.as_str()).map_err(|e| missing_device(e, dev))?,
            Change::Addr(_) | Change::Route(_) | Change::Tc(_) => {}
        }
        Ok(())
    }
}

impl AddrChange {
    fn parse(op: AddrOp, args: &[String], family: u8) -> Result<Self> {
        let mut words = Words::new(args);
        let (mut prefix_arg, mut dev, mut label) = (None, None, None);
        while let Some(word) = words.next() {
            match word {
                "dev" => dev = Some(name(words.value(word)?)?),
                "label" => label = Some(words.value(word)?.to_owned()),
                "local" => prefix_arg = Some(prefix(words.value(word)?, family)?),
                w if prefix_arg.is_none() => prefix_arg = Some(prefix(w, family)?),
                other => {
                    return Err(usage(format!(
                        "Error: either \"local\" is duplicate, or \"{other}\" is a garbage."
                    )))
                }
            }
        }
        // ip's order and exit codes: no device, 1; no address, ip sends the
        // request and the kernel refuses it (exit 2).
        let dev = dev.ok_or_else(|| rejected("Not enough information: \"dev\" argument is required."))?;
        let prefix = prefix_arg.ok_or_else(|| {
            CliError::kernel_would_refuse("Not enough information: an address (ADDR/LEN) is required.")
        })?;
        Ok(AddrChange { op, prefix, dev, label })
    }

    fn prepare(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<Prepared<'_>> {
        let mut entry = AddrEntry::new(ifindex(&self.dev)?, self.prefix.addr, self.prefix.len);
        if let Some(label) = &self.label {
            entry = entry.with_label(label);
        }
        Ok(Prepared::Addr(self.op, entry))
    }
}

impl RouteChange {
    fn parse(op: RouteOp, args: &[String], family: u8) -> Result<Self> {
        let mut words = Words::new(args);
        let mut dst = None;
        let mut r = RouteChange {
            op,
            dst: Prefix::DEFAULT_V4,
            kind: None,
            via: None,
            dev: None,
            table: None,
            metric: None,
            protocol: None,
            scope: None,
            src: None,
            mtu: None,
            hops: Vec::new(),
            nhid: None,
        };
        // As ip: the destination's family is the route's, and a gateway of
        // the other family must be written `via inet6 ADDR` (or `inet`).
        let mut route_family = family;
        while let Some(word) = words.next() {
            match word {
                "via" => {
                    let v = words.value(word)?;
                    r.via = Some(match read_family(v) {
                        Some(f) => address(words.value(word)?, f)?,
                        None => address(v, route_family)?,
                    });
                }
                "dev" | "oif" => r.dev = Some(name(words.value(word)?)?),
                "table" => r.table = Some(table_id(words.value(word)?)?),
                "metric" | "priority" | "preference" => {
                    r.metric = Some(number("metric", words.value(word)?)?)
                }
                "proto" | "protocol" => {
                    r.protocol = Some(named("protocol", words.value(word)?, nlwire::route::protocol_name)?)
                }
                "scope" => r.scope = Some(named("scope", words.value(word)?, nlwire::route::scope_name)?),
                "src" => r.src = Some(address(words.value(word)?, route_family)?),
                "mtu" => r.mtu = Some(number("mtu", words.value(word)?)?),
                "nhid" => {
                    let id = words.value(word)?;
                    let bad = || usage(format!("Error: argument \"{id}\" is wrong: \"id\" value is invalid"));
                    r.nhid = Some(unsigned(id).ok_or_else(bad)?);
                }
                "nexthop" => r.hops.push(Hop { via: None, dev: None, weight: 1 }),
                "weight" if !r.hops.is_empty() => {
                    let weight = number::<u16>("weight", words.value(word)?)?;
                    if !(1..=256).contains(&weight) {
                        return Err(usage(format!(
                            "Error: argument \"{weight}\" is wrong: \"weight\" is invalid"
                        )));
                    }
                    if let Some(hop) = r.hops.last_mut() {
                        hop.weight = weight;
                    }
                }
                "to" if dst.is_none() => dst = Some(route_dst(words.value(word)?, &mut route_family)?),
                w if dst.is_none() && r.kind.is_none() && route_type(w).is_some() => r.kind = route_type(w),
                w if dst.is_none() => dst = Some(route_dst(w, &mut route_family)?),
                other => {
                    return Err(usage(format!(
                        "Error: either \"to\" is duplicate, or \"{other}\" is a garbage."
                    )))
                }
            }
            // Inside a `nexthop`, `via` and `dev` are the hop's.
            if let Some(hop) = r.hops.last_mut() {
                if word == "via" {
                    hop.via = r.via.take();
                } else if word == "dev" || word == "oif" {
                    hop.dev = r.dev.take();
                }
            }
        }
        r.dst = dst.ok_or_else(|| usage("Not enough information: prefix is required."))?;
        if r.hops.iter().any(|h| h.via.is_none()) {
            return Err(hop_without_via());
        }
        // `default via 2001:db8::1` means `::/0`.
        if r.dst.is_default() && r.via.is_some_and(|v| v.is_ipv6()) {
            r.dst = Prefix::DEFAULT_V6;
        }
        Ok(r)
    }

    /// The devices' indexes, resolved by `ifindex`. The request itself is
    /// built where it is written ([`RouteChange::request`]): a route
    /// request is large, and moving it costs more than building it.
    fn prepare(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<Prepared<'_>> {
        let oif = self.dev.as_deref().map(&mut *ifindex).transpose()?;
        let mut hops = Vec::with_capacity(self.hops.len());
        for hop in &self.hops {
            let oif = hop.dev.as_deref().map(&mut *ifindex).transpose()?.unwrap_or(0);
            let via = hop.via.ok_or_else(hop_without_via)?;
            let mut spec = NextHopSpec::new(via, oif).weight(hop.weight);
            if via.is_ipv4() != self.dst.addr.is_ipv4() {
                spec.via = spec.gateway.take();
            }
            hops.push(spec);
        }
        Ok(Prepared::Route(self, oif, hops))
    }

    /// The request, sent through `oif`, by way of `multipath`.
    fn request<'a>(&self, oif: Option<u32>, multipath: &'a [NextHopSpec]) -> RouteRequest<'a> {
        let (gateway, via) = match self.via {
            Some(gw) if gw.is_ipv4() == self.dst.addr.is_ipv4() => (Some(gw), None),
            other => (None, other),
        };
        let mut request = RouteRequest {
            kind: self.kind,
            table: self.table,
            metric: self.metric,
            protocol: self.protocol,
            scope: self.scope,
            prefsrc: self.src,
            nh_id: self.nhid,
            gateway,
            via,
            oif,
            multipath,
            ..RouteRequest::new(self.op, self.dst)
        };
        request.metrics.mtu = self.mtu;
        request
    }
}

/// A route's destination; its family becomes the route's unless it is
/// `default` without `-4`/`-6`, whose family the gateway decides.
fn route_dst(word: &str, family: &mut u8) -> Result<Prefix> {
    let dst = prefix(word, *family)?;
    if *family == 0 && !matches!(word, "default" | "all" | "any") {
        *family = dst.family();
    }
    Ok(dst)
}

fn hop_without_via() -> CliError {
    usage("Error: every \"nexthop\" needs \"via ADDRESS\".")
}

/// `aa:bb:cc:dd:ee:ff` (any number of bytes, as ip takes it).
pub fn mac(s: &str) -> Result<Vec<u8>> {
    s.split(':')
        .map(|b| u8::from_str_radix(b, 16))
        .collect::<std::result::Result<Vec<u8>, _>>()
        .ok()
        .filter(|b| !b.is_empty() && b.len() <= 32)
        .ok_or_else(|| rejected(format!("\"{s}\" is invalid lladdr.")))
}

/// A route type keyword: `blackhole`, `unreachable`, `local`, ...
pub fn route_type(word: &str) -> Option<RouteType> {
    let (value, _) = nlwire::route::TYPE_NAMES.iter().find(|(_, name)| *name == word)?;
    u8::try_from(*value).ok().filter(|v| *v != 0).map(RouteType::from)
}

/// An address, route or tc change ready to send, alone or in a batch.
pub enum Prepared<'c> {
    Addr(AddrOp, AddrEntry<'c>),
    /// The change, its device's index and its next hops.
    Route(&'c RouteChange, Option<u32>, Vec<NextHopSpec>),
    Tc(TcRequest<'c>),
}

impl Request for Prepared<'_> {
    fn header(&self, seq: u32) -> Header {
        match self {
            Prepared::Addr(AddrOp::Add, e) => nlwire::addr::Add(*e).header(seq),
            Prepared::Addr(AddrOp::Replace, e) => nlwire::addr::Replace(*e).header(seq),
            Prepared::Addr(AddrOp::Change, e) => nlwire::addr::Change(*e).header(seq),
            Prepared::Addr(AddrOp::Del, e) => nlwire::addr::Del(*e).header(seq),
            Prepared::Route(r, oif, _) => r.request(*oif, &[]).header(seq),
            Prepared::Tc(r) => r.header(seq),
        }
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        match self {
            Prepared::Addr(AddrOp::Add, e) => nlwire::addr::Add(*e).emit(m),
            Prepared::Addr(AddrOp::Replace, e) => nlwire::addr::Replace(*e).emit(m),
            Prepared::Addr(AddrOp::Change, e) => nlwire::addr::Change(*e).emit(m),
            Prepared::Addr(AddrOp::Del, e) => nlwire::addr::Del(*e).emit(m),
            Prepared::Route(r, oif, hops) => r.request(*oif, hops).emit(m),
            Prepared::Tc(r) => r.emit(m),
        }
    }
}

/// The index of the `master` among `settings` (the last one given), looked
/// up first, as ip looks it up while reading the command: a missing one is
/// ip's usage error, naming it.
fn master_index(ipr: &mut IPRoute, settings: &[Setting]) -> Result<Option<u32>> {
    let Some(master) = settings.iter().rev().find_map(|s| match s {
        Setting::Master(Some(m)) => Some(m),
        _ => None,
    }) else {
        return Ok(None);
    };
    ifindex(ipr, master).map(Some).map_err(|e| match e {
        CliError::Rejected(_) => {
            usage(format!("Error: argument \"{master}\" is wrong: Device does not exist"))
        }
        e => e,
    })
}

fn not_found(dev: &str) -> CliError {
    rejected(format!("Cannot find device \"{dev}\""))
}

/// The kernel's "no such device" for `dev` as ip reports it.
fn missing_device(e: nlwire_std::Error, dev: &str) -> CliError {
    match e {
        nlwire_std::Error::NotFound(_) => not_found(dev),
        e if e.errno() == Some(19) => not_found(dev),
        e => e.into(),
    }
}

/// The index of `dev`, asked of the kernel.
pub fn ifindex(ipr: &mut IPRoute, dev: &str) -> Result<u32> {
    ipr.ifindex(&dev.into()).map_err(|e| match e {
        nlwire_std::Error::NotFound(_) => not_found(dev),
        e => e.into(),
    })
}

/// The index of `dev`, from names loaded once (for batches).
pub fn ifindex_in(names: &Names, dev: &str) -> Result<u32> {
    names.index(dev).ok_or_else(|| not_found(dev))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_get_unsigned() {
        assert_eq!(unsigned("10"), Some(10));
        assert_eq!(unsigned("0x10"), Some(16));
        assert_eq!(unsigned("010"), Some(8));
        assert_eq!(unsigned("0"), Some(0));
        for bad in ["", "x", "0x", "08", "-1", "+1", "1a", "4294967296"] {
            assert_eq!(unsigned(bad), None, "{bad}");
        }
    }

    /// C's `strtol` in base 0, within an `int`, as ip's `get_integer`.
    #[test]
    fn numbers_read_as_get_integer() {
        assert_eq!(signed("-1"), Some(-1));
        assert_eq!(signed("+7"), Some(7));
        assert_eq!(signed("0x5dc"), Some(1500));
        assert_eq!(signed("-0x10"), Some(-16));
        assert_eq!(signed("-2147483648"), Some(i32::MIN));
        assert_eq!(signed("2147483647"), Some(i32::MAX));
        for bad in ["", "-", "--1", "+-1", "2147483648", "-2147483649", "1.5"] {
            assert_eq!(signed(bad), None, "{bad}");
        }
    }
}
