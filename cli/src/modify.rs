//! The commands that change state: parsed and checked completely before
//! anything is sent.

use std::net::IpAddr;

use nlwire::addr::AddrEntry;
use nlwire::build::{Header, MessageWriter, Request};
use nlwire::link::IfName;
use nlwire::route::{NextHopSpec, Prefix, RouteOp, RouteRequest, RouteType};
use nlwire_std::IPRoute;

use crate::names::Names;
use crate::tc_change::{TcChange, TcRequest};
use crate::{CliError, Ctx, Result};

/// A change, parsed.
pub enum Change {
    LinkAdd { name: String, kind: String, peer: Option<String> },
    LinkSet { dev: String, settings: Vec<Setting> },
    LinkDel(String),
    Addr(AddrChange),
    Route(RouteChange),
    Neigh(NeighChange),
    Rule(RuleChange),
    Tc(TcChange),
}

/// `ip neigh add|replace|change|del ADDR [lladdr MAC] dev DEV [nud STATE] [router]`.
pub struct NeighChange {
    verb: NeighVerb,
    dst: IpAddr,
    dev: String,
    lladdr: Option<Vec<u8>>,
    state: Option<nlwire::neigh::NudState>,
    router: bool,
}

enum NeighVerb {
    Add,
    Replace,
    Change,
    Del,
}

/// `ip rule add|del [from P|all] [to P] [table T] [priority N] [fwmark M[/MASK]] [iif D] [oif D]`.
pub struct RuleChange {
    add: bool,
    family: u8,
    from: Option<Prefix>,
    to: Option<Prefix>,
    table: Option<u32>,
    priority: Option<u32>,
    fwmark: Option<(u32, Option<u32>)>,
    iif: Option<String>,
    oif: Option<String>,
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

/// `ip route add|replace|change|append|del [TYPE] PREFIX ...`.
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
}

/// One `nexthop via GW [dev DEV] [weight W]`.
struct Hop {
    via: Option<IpAddr>,
    dev: Option<String>,
    weight: u16,
}

/// One `ip link set` setting.
pub enum Setting {
    Up(bool),
    Mtu(u32),
    Master(Option<String>),
    Alias(String),
    Name(String),
}

fn usage(msg: impl Into<String>) -> CliError {
    CliError::usage(msg)
}

pub fn name(s: &str) -> Result<String> {
    IfName::new(s)
        .map_err(|_| usage(format!("Error: argument \"{s}\" is wrong: \"name\" not a valid ifname")))?;
    Ok(s.to_owned())
}

pub fn number<T: std::str::FromStr>(what: &str, s: &str) -> Result<T> {
    s.parse().map_err(|_| usage(format!("Error: argument \"{s}\" is wrong: Invalid \"{what}\" value")))
}

/// `ADDR[/LEN]`, `default` (`::/0` with `-6`).
pub fn prefix(s: &str, family: u8) -> Result<Prefix> {
    let bad = || usage(format!("Error: any valid prefix is expected rather than \"{s}\"."));
    if s == "default" || s == "all" {
        return Ok(if family == 10 { Prefix::DEFAULT_V6 } else { Prefix::DEFAULT_V4 });
    }
    let (addr, len) = match s.split_once('/') {
        Some((a, l)) => (a, Some(l)),
        None => (s, None),
    };
    let addr: IpAddr = addr.parse().map_err(|_| bad())?;
    let max = if addr.is_ipv4() { 32 } else { 128 };
    let len = match len {
        Some(l) => l.parse::<u8>().ok().filter(|l| *l <= max).ok_or_else(bad)?,
        None => max,
    };
    Ok(Prefix::new(addr, len))
}

pub fn ip(s: &str) -> Result<IpAddr> {
    s.parse().map_err(|_| usage(format!("Error: inet address is expected rather than \"{s}\".")))
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
                let (n, rest) = args
                    .split_first()
                    .ok_or_else(|| usage("Not enough information: \"dev\" argument is required."))?;
                let n = if n == "name" || n == "dev" { rest.first().ok_or_else(unknown)? } else { n };
                let rest = args.iter().skip_while(|a| a.as_str() != "type").skip(1).collect::<Vec<_>>();
                let kind = rest
                    .first()
                    .ok_or_else(|| usage("Not enough information: \"type\" argument is required."))?
                    .to_string();
                let peer = match rest.get(1..) {
                    Some([p, nm, peer]) if p.as_str() == "peer" && nm.as_str() == "name" => Some(name(peer)?),
                    Some([]) | None => None,
                    Some(other) => {
                        return Err(usage(format!("Error: unsupported options for type {kind}: {other:?}")))
                    }
                };
                Ok(Change::LinkAdd { name: name(n)?, kind, peer })
            }
            (Some('l'), "set") => {
                let (dev, rest) = args
                    .split_first()
                    .ok_or_else(|| usage("Not enough information: \"dev\" argument is required."))?;
                let (dev, rest) =
                    if dev == "dev" { rest.split_first().ok_or_else(unknown)? } else { (dev, rest) };
                let mut settings = Vec::new();
                let mut words = Words::new(rest);
                while let Some(word) = words.next() {
                    settings.push(match word {
                        "up" => Setting::Up(true),
                        "down" => Setting::Up(false),
                        "mtu" => Setting::Mtu(number("mtu", words.value(word)?)?),
                        "master" => Setting::Master(Some(name(words.value(word)?)?)),
                        "nomaster" => Setting::Master(None),
                        "alias" => Setting::Alias(words.value(word)?.to_owned()),
                        "name" => Setting::Name(name(words.value(word)?)?),
                        other => {
                            return Err(usage(format!(
                                "Error: either \"dev\" is duplicate, or \"{other}\" is a garbage."
                            )))
                        }
                    });
                }
                Ok(Change::LinkSet { dev: name(dev)?, settings })
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
            (Some('n'), _) => {
                let verb = match verb {
                    "add" => NeighVerb::Add,
                    "replace" => NeighVerb::Replace,
                    "change" => NeighVerb::Change,
                    "del" | "delete" => NeighVerb::Del,
                    _ => return Err(unknown()),
                };
                NeighChange::parse(verb, args).map(Change::Neigh)
            }
            (Some('u'), "add" | "del" | "delete") => {
                RuleChange::parse(verb == "add", args, family).map(Change::Rule)
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
            Change::LinkAdd { name, kind, peer } => {
                let add = ipr.link().add(name);
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
                let mut set = ipr.link().set(dev.as_str());
                for s in settings {
                    set = match s {
                        Setting::Up(true) => set.up(),
                        Setting::Up(false) => set.down(),
                        Setting::Mtu(m) => set.mtu(*m),
                        Setting::Master(Some(m)) => set.master(m.as_str()),
                        Setting::Master(None) => set.nomaster(),
                        Setting::Alias(a) => set.alias(a),
                        Setting::Name(n) => set.name(n),
                    };
                }
                set.send()?;
            }
            Change::LinkDel(dev) => ipr.link().del(dev.as_str())?,
            Change::Neigh(n) => n.send(ipr)?,
            Change::Rule(r) => r.send(ipr)?,
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
        let prefix = prefix_arg.ok_or_else(|| usage("Not enough information: address is required."))?;
        let dev = dev.ok_or_else(|| usage("Not enough information: \"dev\" argument is required."))?;
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
        };
        while let Some(word) = words.next() {
            match word {
                "via" => {
                    let mut v = words.value(word)?;
                    if v == "inet" || v == "inet6" {
                        v = words.value(word)?;
                    }
                    r.via = Some(ip(v)?);
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
                "src" => r.src = Some(ip(words.value(word)?)?),
                "mtu" => r.mtu = Some(number("mtu", words.value(word)?)?),
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
                "to" if dst.is_none() => dst = Some(prefix(words.value(word)?, family)?),
                w if dst.is_none() && r.kind.is_none() && route_type(w).is_some() => r.kind = route_type(w),
                w if dst.is_none() => dst = Some(prefix(w, family)?),
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

    fn prepare(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<Prepared<'_>> {
        let mut request = RouteRequest::new(self.op, self.dst);
        request.kind = self.kind;
        request.table = self.table;
        request.metric = self.metric;
        request.protocol = self.protocol;
        request.scope = self.scope;
        request.prefsrc = self.src;
        request.metrics.mtu = self.mtu;
        if let Some(gw) = self.via {
            if gw.is_ipv4() == self.dst.addr.is_ipv4() {
                request.gateway = Some(gw);
            } else {
                request.via = Some(gw);
            }
        }
        if let Some(dev) = &self.dev {
            request.oif = Some(ifindex(dev)?);
        }
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
        Ok(Prepared::Route(request, hops))
    }
}

fn hop_without_via() -> CliError {
    usage("Error: every \"nexthop\" needs \"via ADDRESS\".")
}

impl NeighChange {
    fn parse(verb: NeighVerb, args: &[String]) -> Result<Self> {
        let mut words = Words::new(args);
        let (mut dst, mut dev, mut lladdr, mut state, mut router) = (None, None, None, None, false);
        while let Some(word) = words.next() {
            match word {
                "dev" => dev = Some(name(words.value(word)?)?),
                "lladdr" => lladdr = Some(mac(words.value(word)?)?),
                "nud" => {
                    let v = words.value(word)?;
                    let s = nlwire::neigh::NudState::from_name(&v.to_ascii_uppercase())
                        .filter(|_| v != "none")
                        .ok_or_else(|| {
                            usage(format!("Error: argument \"{v}\" is wrong: nud state is bad"))
                        })?;
                    state = Some(s);
                }
                "router" => router = true,
                "to" => dst = Some(ip(words.value(word)?)?),
                w if dst.is_none() => dst = Some(ip(w)?),
                other => {
                    return Err(usage(format!(
                        "Error: either \"to\" is duplicate, or \"{other}\" is a garbage."
                    )))
                }
            }
        }
        let dst = dst.ok_or_else(|| usage("Not enough information: destination is required."))?;
        let dev = dev.ok_or_else(|| usage("Not enough information: \"dev\" argument is required."))?;
        Ok(NeighChange { verb, dst, dev, lladdr, state, router })
    }

    fn send(&self, ipr: &mut IPRoute) -> Result<()> {
        let handle = ipr.neigh();
        let mut request = match self.verb {
            NeighVerb::Add => handle.add(self.dst),
            NeighVerb::Replace => handle.replace(self.dst),
            NeighVerb::Change => handle.change(self.dst),
            NeighVerb::Del => handle.del(self.dst),
        }
        .dev(self.dev.as_str());
        if let Some(ll) = &self.lladdr {
            request = request.lladdr(ll);
        }
        if let Some(state) = self.state {
            request = request.state(state);
        }
        if self.router {
            request = request.router();
        }
        request.send().map_err(|e| match e {
            nlwire_std::Error::NotFound(_) => not_found(&self.dev),
            e => e.into(),
        })
    }
}

/// `aa:bb:cc:dd:ee:ff` (any number of bytes, as ip takes it).
fn mac(s: &str) -> Result<Vec<u8>> {
    s.split(':')
        .map(|b| u8::from_str_radix(b, 16))
        .collect::<std::result::Result<Vec<u8>, _>>()
        .ok()
        .filter(|b| !b.is_empty() && b.len() <= 32)
        .ok_or_else(|| usage(format!("Error: \"{s}\" is not a valid link-layer address.")))
}

impl RuleChange {
    fn parse(add: bool, args: &[String], family: u8) -> Result<Self> {
        let mut r = RuleChange {
            add,
            family,
            from: None,
            to: None,
            table: None,
            priority: None,
            fwmark: None,
            iif: None,
            oif: None,
        };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            match word {
                "from" => {
                    let v = words.value(word)?;
                    r.from = if v == "all" { None } else { Some(prefix(v, family)?) };
                }
                "to" => r.to = Some(prefix(words.value(word)?, family)?),
                "table" | "lookup" => r.table = Some(table_id(words.value(word)?)?),
                "priority" | "pref" | "preference" | "order" => {
                    r.priority = Some(number("priority", words.value(word)?)?)
                }
                "fwmark" => {
                    let v = words.value(word)?;
                    let (mark, mask) = match v.split_once('/') {
                        Some((m, k)) => (m, Some(k)),
                        None => (v, None),
                    };
                    let hex = |s: &str| {
                        let digits = s.strip_prefix("0x");
                        digits.map_or_else(|| s.parse(), |d| u32::from_str_radix(d, 16))
                    };
                    let bad = || usage(format!("Error: argument \"{v}\" is wrong: fwmark value is invalid"));
                    r.fwmark =
                        Some((hex(mark).map_err(|_| bad())?, mask.map(hex).transpose().map_err(|_| bad())?));
                }
                "iif" | "dev" => r.iif = Some(name(words.value(word)?)?),
                "oif" => r.oif = Some(name(words.value(word)?)?),
                other => {
                    return Err(usage(format!(
                        "Error: argument \"{other}\" is wrong: Failed to parse rule type"
                    )))
                }
            }
        }
        if let Some(p) = r.from.or(r.to) {
            r.family = p.family();
        }
        Ok(r)
    }

    fn send(&self, ipr: &mut IPRoute) -> Result<()> {
        let handle = ipr.rule();
        let mut request = if self.add { handle.add() } else { handle.del() };
        request = request.family(if self.family == 0 { 2 } else { self.family });
        if let Some(p) = self.from {
            request = request.from(p);
        }
        if let Some(p) = self.to {
            request = request.to(p);
        }
        if let Some(t) = self.table {
            request = request.table(t);
        }
        if let Some(p) = self.priority {
            request = request.priority(p);
        }
        if let Some((mark, mask)) = self.fwmark {
            request = request.fwmark(mark, mask);
        }
        if let Some(d) = &self.iif {
            request = request.iif(d);
        }
        if let Some(d) = &self.oif {
            request = request.oif(d);
        }
        request.send().map_err(CliError::from)
    }
}

/// A route type keyword: `blackhole`, `unreachable`, `local`, ...
pub fn route_type(word: &str) -> Option<RouteType> {
    let (value, _) = nlwire::route::TYPE_NAMES.iter().find(|(_, name)| *name == word)?;
    u8::try_from(*value).ok().filter(|v| *v != 0).map(RouteType::from)
}

/// An address, route or tc change ready to send, alone or in a batch.
#[allow(clippy::large_enum_variant)] // at most one datagram's worth live at once; a Box would only add allocations
pub enum Prepared<'c> {
    Addr(AddrOp, AddrEntry<'c>),
    Route(RouteRequest<'c>, Vec<NextHopSpec>),
    Tc(TcRequest<'c>),
}

impl Request for Prepared<'_> {
    fn header(&self, seq: u32) -> Header {
        match self {
            Prepared::Addr(AddrOp::Add, e) => nlwire::addr::Add(*e).header(seq),
            Prepared::Addr(AddrOp::Replace, e) => nlwire::addr::Replace(*e).header(seq),
            Prepared::Addr(AddrOp::Change, e) => nlwire::addr::Change(*e).header(seq),
            Prepared::Addr(AddrOp::Del, e) => nlwire::addr::Del(*e).header(seq),
            Prepared::Route(r, _) => r.header(seq),
            Prepared::Tc(r) => r.header(seq),
        }
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        match self {
            Prepared::Addr(AddrOp::Add, e) => nlwire::addr::Add(*e).emit(m),
            Prepared::Addr(AddrOp::Replace, e) => nlwire::addr::Replace(*e).emit(m),
            Prepared::Addr(AddrOp::Change, e) => nlwire::addr::Change(*e).emit(m),
            Prepared::Addr(AddrOp::Del, e) => nlwire::addr::Del(*e).emit(m),
            Prepared::Route(r, hops) => RouteRequest { multipath: hops, ..*r }.emit(m),
            Prepared::Tc(r) => r.emit(m),
        }
    }
}

fn not_found(dev: &str) -> CliError {
    usage(format!("Cannot find device \"{dev}\""))
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
