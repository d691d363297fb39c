//! The commands that change state: parsed and checked completely before
//! anything is sent.

use std::ffi::OsStr;
use std::net::IpAddr;

use nlwire::addr::{AddrEntry, AddrFlags};
use nlwire::build::{Header, MessageWriter, Request};
use nlwire::route::{
    router_pref, rtax, rtax_features, Metrics, NextHopSpec, Prefix, RouteFlags, RouteOp, RouteRequest,
    RouteType,
};

use crate::link_change::{LinkChange, LinkRequest};
use crate::tc::change::{TcChange, TcRequest};
use crate::{CliError, Ctx, Result};

use crate::args::{device, duplicate, ifindex, not_found, number, table_id, unsigned, Words};
// What route.rs still takes from here (its changes are on another branch):
// to be imported from `crate::args` there.

/// A change, parsed.
pub enum Change {
    Link(Box<LinkChange>),
    LinkDel(String),
    Addr(AddrChange),
    Route(Box<RouteChange>),
    Tc(TcChange),
}

/// `ip address add|replace|change|del PREFIX [peer PREFIX] dev DEV [label L]
/// [broadcast ADDR|+|-] [scope S] [valid_lft T] [preferred_lft T] [metric N]
/// [home|nodad|mngtmpaddr|noprefixroute|autojoin]...`.
pub struct AddrChange {
    op: AddrOp,
    prefix: Prefix,
    /// `peer`/`remote`: the other end of a point-to-point address.
    peer: Option<Prefix>,
    dev: String,
    label: Option<String>,
    broadcast: Option<Broadcast>,
    scope: Option<u8>,
    flags: AddrFlags,
    /// Valid and preferred lifetimes, when either is given (the other forever).
    lifetimes: Option<(u32, u32)>,
    metric: Option<u32>,
}

/// `broadcast ADDR`, or `+` (the prefix's last address) or `-` (its first).
#[derive(Clone, Copy)]
enum Broadcast {
    Addr(IpAddr),
    Ones,
    Zeros,
}

/// A lifetime as ip reads it (`set_lifetime`): `forever` or seconds.
fn lifetime(word: &str, value: &str) -> Result<u32> {
    match value {
        "forever" => Ok(u32::MAX),
        v => crate::names::c_number(v)
            .and_then(|t| u32::try_from(t).ok())
            .ok_or_else(|| usage(format!("Error: argument \"{v}\" is wrong: {word} value"))),
    }
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
    /// `vrf NAME`: the VRF's table, looked up when the change is sent.
    vrf: Option<String>,
    /// `encap TYPE ...`: a lightweight tunnel.
    encap: Option<crate::encap::RouteEncap>,
    metric: Option<u32>,
    protocol: Option<u8>,
    scope: Option<u8>,
    src: Option<IpAddr>,
    /// `mtu [lock] N`, `advmss`, `window`, ... (`congctl`'s algorithm apart).
    metrics: Metrics<'static>,
    congctl: Option<String>,
    /// `onlink`.
    flags: RouteFlags,
    tos: u8,
    pref: Option<u8>,
    expires: Option<u32>,
    realm: Option<u32>,
    hops: Vec<Hop>,
    /// `nhid N`: a nexthop object.
    nhid: Option<u32>,
}

/// `rtt`, `rttvar` and `rto_min` as ip reads them (`get_time_rtt`): a time
/// in milliseconds (`10`, `1.5`, `2s`), rounded up; and whether it had no
/// unit (then ip sends it as it is, else in the metric's units).
fn rtt_time(what: &str, value: &str) -> Result<(u32, bool)> {
    let bad = || wrong(&format!("\"{what}\" value is invalid"), value);
    let split = value
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == 'x' || c == 'X'))
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(split);
    let t = match number.contains('.') {
        true => number.parse::<f64>().ok().filter(|t| *t >= 0.0),
        false => crate::names::c_number(number).filter(|n| *n <= u64::from(u32::MAX)).map(|n| n as f64),
    }
    .ok_or_else(bad)?;
    let t = match unit.to_ascii_lowercase().as_str() {
        "" | "ms" | "msec" | "msecs" => t,
        "s" | "sec" | "secs" => t * 1000.0,
        _ => return Err(bad()),
    };
    let whole = t as u32;
    Ok((if f64::from(whole) < t { whole + 1 } else { whole }, unit.is_empty()))
}

/// One `nexthop [via [FAMILY] GW] [dev DEV] [weight W] [onlink] [realms R]
/// [encap TYPE ...]`.
struct Hop {
    via: Option<IpAddr>,
    dev: Option<String>,
    weight: u16,
    onlink: bool,
    realm: Option<u32>,
    /// `encap TYPE ...` of this path.
    encap: Option<crate::encap::RouteEncap>,
}

impl Hop {
    /// ip's `parse_nexthops`: after the first `nexthop` the rest of the line
    /// is next hops, each introduced by `nexthop`; any other word is refused.
    fn read_all(words: &mut Words, family: u8) -> Result<Vec<Hop>> {
        let mut hops = Vec::new();
        loop {
            if words.peek().is_none() {
                return Err(usage("Error: unexpected end of line after \"nexthop\""));
            }
            let mut hop = Hop { via: None, dev: None, weight: 1, onlink: false, realm: None, encap: None };
            let more = loop {
                let Some(word) = words.next() else { break false };
                match word {
                    "via" => hop.via = Some(read_via(words, family)?),
                    "dev" => hop.dev = Some(device(words.value()?)?),
                    "weight" => {
                        let v = words.value()?;
                        let weight = crate::names::c_number(v).and_then(|w| u16::try_from(w).ok());
                        hop.weight = weight
                            .filter(|w| (1..=256).contains(w))
                            .ok_or_else(|| wrong("\"weight\" is invalid", v))?;
                    }
                    "onlink" => hop.onlink = true,
                    w if crate::matches(w, "realms", 1) => hop.realm = Some(read_realms(words.value()?)?),
                    "encap" => hop.encap = Some(crate::encap::RouteEncap::parse(words)?),
                    "nexthop" => break true,
                    other => {
                        return Err(usage(format!(
                            "Error: \"nexthop\" or end of line is expected instead of \"{other}\""
                        )))
                    }
                }
            };
            hops.push(hop);
            if !more {
                return Ok(hops);
            }
        }
    }
}

/// `via [inet|inet6] ADDRESS`: a gateway, of the route's family unless
/// named.
fn read_via(words: &mut Words, family: u8) -> Result<IpAddr> {
    let v = words.value()?;
    match read_family(v) {
        Some(f) => address(words.value()?, f),
        None => address(v, family),
    }
}

/// `realms [FROM/]TO` ([`crate::args::realms`]), refused in ip's words.
fn read_realms(v: &str) -> Result<u32> {
    crate::args::realms(v).ok_or_else(|| wrong("\"realm\" value is invalid", v))
}

pub use crate::args::{address, ip, prefix};

/// The operation `verb` names as ip names its verbs: the first of `ops`
/// (in ip's order) that `verb` is a prefix of, or `chg` for `change`.
fn ip_verb<T: Copy>(verb: &str, ops: &[(&str, T)]) -> Option<T> {
    let verb = if verb == "chg" { "change" } else { verb };
    ops.iter().find(|(name, _)| crate::matches(verb, name, 1)).map(|(_, op)| *op)
}

/// ip's `invarg` of `route add`'s words, whose messages end in a line
/// break of their own: ip prints an empty line after them.
fn wrong(what: &str, value: &str) -> CliError {
    crate::args::invalid(&format!("{what}\n"), value)
}

fn rejected(msg: impl Into<String>) -> CliError {
    CliError::rejected(msg)
}

fn usage(msg: impl Into<String>) -> CliError {
    CliError::usage(msg)
}

/// `inet`/`inet6` after `via`: the gateway's own family.
fn read_family(word: &str) -> Option<u8> {
    match word {
        "inet" => Some(2),
        "inet6" => Some(10),
        _ => None,
    }
}

/// The table of the VRF `name` (ip's `ipvrf_get_table`: `default` is the
/// main table when no device has the name); refused in ip's words.
pub fn vrf_table(ctx: &mut Ctx, name: &str) -> Result<u32> {
    crate::vrf::table_of(ctx, name)
        .ok_or_else(|| usage(format!("Error: argument \"{name}\" is wrong: Invalid VRF\n")))
}

/// ip 6.1's names of the route metrics (`mx_names`), by `RTAX_*`: what
/// `route show` prints and `route add` takes.
pub const METRIC_NAMES: [(u16, &str); 16] = [
    (rtax::MTU, "mtu"),
    (rtax::WINDOW, "window"),
    (rtax::RTT, "rtt"),
    (rtax::RTTVAR, "rttvar"),
    (rtax::SSTHRESH, "ssthresh"),
    (rtax::CWND, "cwnd"),
    (rtax::ADVMSS, "advmss"),
    (rtax::REORDERING, "reordering"),
    (rtax::HOPLIMIT, "hoplimit"),
    (rtax::INITCWND, "initcwnd"),
    (rtax::FEATURES, "features"),
    (rtax::RTO_MIN, "rto_min"),
    (rtax::INITRWND, "initrwnd"),
    (rtax::QUICKACK, "quickack"),
    (rtax::CC_ALGO, "congctl"),
    (rtax::FASTOPEN_NO_COOKIE, "fastopen_no_cookie"),
];

/// A value named in one of the core's name tables, or its number.
pub fn named(what: &str, s: &str, name_of: impl Fn(u8) -> Option<&'static str>) -> Result<u8> {
    (0..=u8::MAX).find(|&v| name_of(v) == Some(s)).map_or_else(|| number(what, s), Ok)
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
            // ip's `do_iplink`, in its order: `change` is `set`.
            (Some('l'), v) if crate::matches(v, "add", 1) => {
                LinkChange::parse_add(args, false).map(|l| Change::Link(Box::new(l)))
            }
            (Some('l'), v) if crate::matches(v, "set", 1) || crate::matches(v, "change", 1) => {
                LinkChange::parse_set(args).map(|l| Change::Link(Box::new(l)))
            }
            (Some('l'), v) if crate::matches(v, "replace", 1) => {
                LinkChange::parse_add(args, true).map(|l| Change::Link(Box::new(l)))
            }
            (Some('l'), v) if crate::matches(v, "delete", 1) => {
                let dev = match args {
                    [kw, d] if kw == "dev" => d,
                    [d] => d,
                    _ => return Err(usage("Not enough information: \"dev\" argument is required.")),
                };
                Ok(Change::LinkDel(device(dev)?))
            }
            (Some('a'), _) => {
                // ip's `do_ipaddr`, in its order.
                let ops = [
                    ("add", AddrOp::Add),
                    ("change", AddrOp::Change),
                    ("replace", AddrOp::Replace),
                    ("delete", AddrOp::Del),
                ];
                let op = ip_verb(verb, &ops).ok_or_else(unknown)?;
                AddrChange::parse(op, args, family).map(Change::Addr)
            }
            (Some('r'), _) => {
                // ip's `do_iproute`, in its order.
                let ops = [
                    ("add", RouteOp::Add),
                    ("change", RouteOp::Change),
                    ("replace", RouteOp::Replace),
                    ("prepend", RouteOp::Prepend),
                    ("append", RouteOp::Append),
                    ("test", RouteOp::Test),
                    ("delete", RouteOp::Del),
                ];
                let op = ip_verb(verb, &ops).ok_or_else(unknown)?;
                RouteChange::parse(op, args, family).map(|r| Change::Route(Box::new(r)))
            }
            _ => Err(unknown()),
        }
    }

    /// Whether the change can go into a batch with others: it is one
    /// message and changes no interface name.
    pub fn batchable(&self) -> bool {
        matches!(self, Change::Addr(_) | Change::Route(_) | Change::Tc(_))
    }

    /// The table of a route's `vrf NAME` (see [`vrf_table`]), for
    /// [`Change::prepare`]; `None` for other changes.
    pub fn vrf_table(&self, ctx: &mut Ctx) -> Result<Option<u32>> {
        match self {
            Change::Route(r) => r.vrf.as_deref().map(|name| vrf_table(ctx, name)).transpose(),
            _ => Ok(None),
        }
    }

    /// The request for a change, with device names resolved by `ifindex`,
    /// a route's `vrf NAME` as `vrf` ([`Change::vrf_table`]) (and a
    /// device's speed read in `netns`, `-n`, for a tc rate in percent);
    /// `None` for `link del`.
    pub fn prepare(
        &self,
        netns: Option<&OsStr>,
        ifindex: &mut dyn FnMut(&str) -> Result<u32>,
        vrf: Option<u32>,
    ) -> Result<Option<Prepared<'_>>> {
        Ok(Some(match self {
            Change::Addr(a) => a.prepare(ifindex)?,
            Change::Route(r) => r.prepare(ifindex, vrf)?,
            Change::Tc(t) => Prepared::Tc(t.prepare(netns, ifindex)?),
            Change::Link(l) => Prepared::Link(Box::new(l.prepare(ifindex)?)),
            Change::LinkDel(_) => return Ok(None),
        }))
    }

    /// The kernel's refusal `e` of this change, as the program it stands
    /// in for reports it.
    pub fn refused(&self, e: CliError) -> CliError {
        match self {
            Change::Tc(t) => t.refused(e),
            _ => e,
        }
    }

    /// Sends the change and waits for the kernel's answer.
    pub fn apply(&self, ctx: &mut Ctx) -> Result<()> {
        let vrf = self.vrf_table(ctx)?;
        let ipr = &mut ctx.ipr;
        if let Some(request) = self.prepare(ctx.netns.as_deref(), &mut |dev| ifindex(ipr, dev), vrf)? {
            return match self {
                Change::Link(l) => crate::session::request_or(ipr, &request, |e| missing_device(e, l.dev())),
                _ => crate::session::request(ipr, &request).map_err(|e| self.refused(e)),
            };
        }
        match self {
            Change::LinkDel(dev) => {
                let link = nlwire::link::LinkRef::named(dev).map_err(|e| missing_device(e.into(), dev))?;
                let del = nlwire::link::Del(link);
                crate::session::request_or(ipr, &del, |e| missing_device(e, dev))?
            }
            Change::Addr(_) | Change::Route(_) | Change::Tc(_) | Change::Link(_) => {}
        }
        Ok(())
    }
}

impl AddrChange {
    fn parse(op: AddrOp, args: &[String], mut family: u8) -> Result<Self> {
        let mut words = Words::new(args);
        let (mut prefix_arg, mut peer, mut dev, mut label, mut broadcast, mut scope) =
            (None, None, None, None, None, None);
        let (mut flags, mut valid, mut preferred, mut metric) = (AddrFlags::empty(), None, None, None);
        // The address as written: ip warns of an IPv4 one deleted without
        // its length.
        let mut local_word = None;
        while let Some(word) = words.next() {
            match word {
                "dev" => dev = Some(device(words.value()?)?),
                "label" => label = Some(words.value()?.to_owned()),
                "local" => {
                    let v = words.value()?;
                    (prefix_arg, local_word) = (Some(prefix(v, family)?), Some(v));
                }
                "peer" | "remote" => {
                    let value = words.value()?;
                    if peer.is_some() {
                        return Err(duplicate("peer", value));
                    }
                    peer = Some(prefix(value, family)?);
                }
                "broadcast" | "brd" => {
                    let value = words.value()?;
                    if broadcast.is_some() {
                        return Err(duplicate("broadcast", value));
                    }
                    broadcast = Some(match value {
                        "+" => Broadcast::Ones,
                        "-" => Broadcast::Zeros,
                        v => Broadcast::Addr(address(v, family)?),
                    });
                }
                "scope" => {
                    let value = words.value()?;
                    let s = named("scope", value, nlwire::route::scope_name).map_err(|_| {
                        usage(format!("Error: argument \"{value}\" is wrong: invalid scope value."))
                    })?;
                    scope = Some(s);
                }
                "valid_lft" | "preferred_lft" => {
                    let value = words.value()?;
                    let slot = if word == "valid_lft" { &mut valid } else { &mut preferred };
                    if slot.is_some() {
                        return Err(duplicate(word, value));
                    }
                    *slot = Some(lifetime(word, value)?);
                }
                "metric" | "priority" => {
                    let value = words.value()?;
                    metric =
                        Some(crate::names::c_number(value).and_then(|m| u32::try_from(m).ok()).ok_or_else(
                            || {
                                usage(format!(
                                    "Error: argument \"{value}\" is wrong: \"metric\" value is invalid"
                                ))
                            },
                        )?);
                }
                // As ip: a flag the kernel alone sets, or one for IPv6 when the
                // words so far are not, is a warning and left out.
                w if crate::names::ADDR_FLAGS.iter().any(|(name, ..)| *name == w) => {
                    for (name, flag, kernels, v6_only) in crate::names::ADDR_FLAGS.iter().filter(|f| f.0 == w)
                    {
                        if *kernels {
                            eprintln!("Warning: {name} option is not mutable from userspace");
                        } else if *v6_only && family != 10 {
                            eprintln!("Warning: {name} option can be set only for IPv6 addresses");
                        } else {
                            flags |= *flag;
                        }
                    }
                }
                w if prefix_arg.is_none() => (prefix_arg, local_word) = (Some(prefix(w, family)?), Some(w)),
                other => {
                    return Err(usage(format!(
                        "Error: either \"local\" is duplicate, or \"{other}\" is a garbage."
                    )))
                }
            }
            // As ip: the first address read sets the family of the others.
            let broadcast_addr = match broadcast {
                Some(Broadcast::Addr(a)) => Some(a),
                _ => None,
            };
            if let (0, Some(first)) = (family, prefix_arg.or(peer).map(|p| p.addr).or(broadcast_addr)) {
                family = if first.is_ipv4() { 2 } else { 10 };
            }
        }
        // ip's order and exit codes: no device, 1; no address, ip sends the
        // request and the kernel refuses it (exit 2).
        let dev = dev.ok_or_else(|| rejected("Not enough information: \"dev\" argument is required."))?;
        let prefix = prefix_arg.ok_or_else(|| {
            CliError::kernel_would_refuse("Not enough information: an address (ADDR/LEN) is required.")
        })?;
        if matches!(broadcast, Some(Broadcast::Ones | Broadcast::Zeros)) && !prefix.addr.is_ipv4() {
            return Err(rejected("Broadcast can be set only for IPv4 addresses"));
        }
        let lifetimes = match (valid, preferred) {
            (None, None) => None,
            (valid, preferred) => {
                let (valid, preferred) = (valid.unwrap_or(u32::MAX), preferred.unwrap_or(u32::MAX));
                if valid == 0 {
                    return Err(rejected("valid_lft is zero"));
                }
                if valid < preferred {
                    return Err(rejected("preferred_lft is greater than valid_lft"));
                }
                Some((valid, preferred))
            }
        };
        if flags.contains(AddrFlags::MCAUTOJOIN) && !prefix.addr.is_multicast() {
            return Err(rejected("autojoin needs multicast address"));
        }
        if let Some(word) =
            local_word.filter(|w| matches!(op, AddrOp::Del) && peer.is_none() && !w.contains('/'))
        {
            if prefix.addr.is_ipv4() {
                eprintln!(
                    "Warning: Executing wildcard deletion to stay compatible with old scripts.
         Explicitly specify the prefix length ({word}/32) to avoid this warning.
         This special behaviour is likely to disappear in further releases,
         fix your scripts!"
                );
            }
        }
        Ok(AddrChange { op, prefix, peer, dev, label, broadcast, scope, flags, lifetimes, metric })
    }

    /// The broadcast address ip sends: `+` and `-` from the peer's prefix,
    /// else the address's, only up to 30 bits, where a broadcast address
    /// means something.
    fn broadcast(&self) -> Option<IpAddr> {
        let base = self.peer.unwrap_or(self.prefix);
        let IpAddr::V4(local) = base.addr else {
            return match self.broadcast {
                Some(Broadcast::Addr(a)) => Some(a),
                _ => None,
            };
        };
        let host_bits = u32::MAX.checked_shr(u32::from(base.len)).unwrap_or(0);
        match self.broadcast? {
            Broadcast::Addr(a) => Some(a),
            _ if base.len > 30 => None,
            Broadcast::Ones => Some(std::net::Ipv4Addr::from(u32::from(local) | host_bits).into()),
            Broadcast::Zeros => Some(std::net::Ipv4Addr::from(u32::from(local) & !host_bits).into()),
        }
    }

    fn prepare(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<Prepared<'_>> {
        // As ip: the peer's prefix length, unless it is 0.
        let prefix_len = self.peer.map_or(0, |peer| peer.len);
        let prefix_len = if prefix_len == 0 { self.prefix.len } else { prefix_len };
        let mut entry = AddrEntry {
            peer: self.peer.map(|peer| peer.addr),
            broadcast: self.broadcast(),
            scope: self.scope,
            flags: self.flags,
            lifetimes: self.lifetimes,
            metric: self.metric,
            ..AddrEntry::new(ifindex(&self.dev)?, self.prefix.addr, prefix_len)
        };
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
            vrf: None,
            encap: None,
            metric: None,
            protocol: None,
            scope: None,
            src: None,
            metrics: Metrics::default(),
            congctl: None,
            flags: RouteFlags::empty(),
            tos: 0,
            pref: None,
            expires: None,
            realm: None,
            hops: Vec::new(),
            nhid: None,
        };
        // ip's metrics: `NAME [lock] N`, the number in C's bases (the times,
        // `features` and `congctl` have words of their own, below).
        let plain_metric = |w: &str| {
            METRIC_NAMES.iter().copied().find(|&(id, name)| {
                name == w
                    && ![rtax::RTT, rtax::RTTVAR, rtax::RTO_MIN, rtax::FEATURES, rtax::CC_ALGO].contains(&id)
            })
        };
        // As ip: the destination's family is the route's, and a gateway of
        // the other family must be written `via inet6 ADDR` (or `inet`).
        let mut route_family = family;
        while let Some(word) = words.next() {
            match word {
                "via" => {
                    if r.via.is_some() {
                        return Err(wrong("use nexthop syntax to specify multiple via", word));
                    }
                    r.via = Some(read_via(&mut words, route_family)?);
                }
                "dev" | "oif" => r.dev = Some(device(words.value()?)?),
                "table" => {
                    let v = words.value()?;
                    r.table = Some(table_id(v).map_err(|_| wrong("\"table\" value is invalid", v))?);
                }
                w if crate::matches(w, "vrf", 1) => r.vrf = Some(words.value()?.to_owned()),
                "encap" => r.encap = Some(crate::encap::RouteEncap::parse(&mut words)?),
                "metric" | "priority" | "preference" => {
                    let v = words.value()?;
                    r.metric = Some(unsigned(v).ok_or_else(|| wrong("\"metric\" value is invalid", v))?);
                }
                "proto" | "protocol" => {
                    let v = words.value()?;
                    let protocol = named("protocol", v, nlwire::route::protocol_name);
                    r.protocol = Some(protocol.map_err(|_| wrong("\"protocol\" value is invalid", v))?);
                }
                "scope" => {
                    let v = words.value()?;
                    let scope = named("scope", v, nlwire::route::scope_name);
                    r.scope = Some(scope.map_err(|_| wrong("invalid \"scope\" value", v))?);
                }
                "src" => r.src = Some(address(words.value()?, route_family)?),
                w if plain_metric(w).is_some() => {
                    let Some((id, name)) = plain_metric(w) else { continue };
                    let mut v = words.value()?;
                    if v == "lock" && !matches!(name, "quickack" | "fastopen_no_cookie") {
                        r.metrics.lock |= 1 << id;
                        v = words.value()?;
                    }
                    let n = crate::names::c_number(v).and_then(|n| u32::try_from(n).ok());
                    let limit = match name {
                        "hoplimit" => 255,
                        "quickack" | "fastopen_no_cookie" => 1,
                        _ => u32::MAX,
                    };
                    let name = if name == "advmss" { "mss" } else { name };
                    let n = n.ok_or_else(|| wrong(&format!("\"{name}\" value is invalid"), v))?;
                    let n = Some(n).filter(|n| *n <= limit).ok_or_else(|| match limit {
                        1 => wrong(&format!("\"{name}\" value should be 0 or 1"), v),
                        _ => wrong(&format!("\"{name}\" value is invalid"), v),
                    })?;
                    if let Some(slot) = r.metrics.number_mut(id) {
                        *slot = Some(n);
                    }
                }
                "rtt" | "rttvar" | "rto_min" => {
                    let mut v = words.value()?;
                    let id = match word {
                        "rtt" => rtax::RTT,
                        "rttvar" => rtax::RTTVAR,
                        _ => rtax::RTO_MIN,
                    };
                    // ip locks rto_min always.
                    if word == "rto_min" {
                        r.metrics.lock |= 1 << id;
                    } else if v == "lock" {
                        r.metrics.lock |= 1 << id;
                        v = words.value()?;
                    }
                    let (t, raw) = rtt_time(word, v)?;
                    // rtt in 1/8 ms, rttvar in 1/4 ms, unless given raw.
                    let scale = match word {
                        "rtt" if !raw => 8,
                        "rttvar" if !raw => 4,
                        _ => 1,
                    };
                    if let Some(slot) = r.metrics.number_mut(id) {
                        *slot = Some(t.saturating_mul(scale));
                    }
                }
                "features" => match words.value()? {
                    "ecn" => {
                        let features = r.metrics.features.unwrap_or(0) | rtax_features::ECN;
                        r.metrics.features = Some(features);
                    }
                    v => return Err(wrong("\"features\" value not valid", v)),
                },
                "congctl" => {
                    let mut v = words.value()?;
                    if v == "lock" {
                        r.metrics.lock |= 1 << rtax::CC_ALGO;
                        v = words.value()?;
                    }
                    r.congctl = Some(v.to_owned());
                }
                "onlink" => r.flags |= RouteFlags::ONLINK,
                "tos" | "dsfield" => {
                    let v = words.value()?;
                    // ip's rtnl_dsfield_a2n: a name of rt_dsfield, else hex.
                    let tos = crate::names::NameFile::DsField
                        .value(v)
                        .or_else(|| crate::args::c_unsigned(v, 16, 255))
                        .and_then(|t| u8::try_from(t).ok());
                    r.tos = tos.ok_or_else(|| wrong("\"tos\" value is invalid", v))?;
                }
                "pref" => {
                    let v = words.value()?;
                    r.pref = Some(match v {
                        "low" => router_pref::LOW,
                        "medium" => router_pref::MEDIUM,
                        "high" => router_pref::HIGH,
                        _ => {
                            let n = crate::names::c_number(v).and_then(|n| u8::try_from(n).ok());
                            n.ok_or_else(|| wrong("\"pref\" value is invalid", v))?
                        }
                    });
                }
                "expires" => {
                    let v = words.value()?;
                    let n = crate::names::c_number(v).and_then(|n| u32::try_from(n).ok());
                    r.expires = Some(n.ok_or_else(|| wrong("\"expires\" value is invalid", v))?);
                }
                "realm" | "realms" => r.realm = Some(read_realms(words.value()?)?),
                "nhid" => {
                    let id = words.value()?;
                    r.nhid = Some(unsigned(id).ok_or_else(|| wrong("\"id\" value is invalid", id))?);
                }
                "nexthop" => r.hops = Hop::read_all(&mut words, route_family)?,
                "to" if dst.is_none() => dst = Some(route_dst(words.value()?, &mut route_family)?),
                w if dst.is_none() && r.kind.is_none() && route_type(w).is_some() => r.kind = route_type(w),
                w if dst.is_none() => dst = Some(route_dst(w, &mut route_family)?),
                other => {
                    return Err(usage(format!(
                        "Error: either \"to\" is duplicate, or \"{other}\" is a garbage."
                    )))
                }
            }
        }
        r.dst = dst.ok_or_else(|| usage("Not enough information: prefix is required."))?;
        // `default via 2001:db8::1` means `::/0`.
        if r.dst.is_default() && r.via.is_some_and(|v| v.is_ipv6()) {
            r.dst = Prefix::DEFAULT_V6;
        }
        Ok(r)
    }

    /// The devices' indexes, resolved by `ifindex`; `vrf`: the table of
    /// `vrf NAME`. The request itself is built where it is written
    /// ([`RouteChange::request`]): a route request is large, and moving it
    /// costs more than building it.
    fn prepare(
        &self,
        ifindex: &mut dyn FnMut(&str) -> Result<u32>,
        vrf: Option<u32>,
    ) -> Result<Prepared<'_>> {
        let table = vrf.or(self.table);
        let oif = self.dev.as_deref().map(&mut *ifindex).transpose()?;
        let mut hops = Vec::with_capacity(self.hops.len());
        for hop in &self.hops {
            // ip looks a hop's device up as it reads it, and gives up on the
            // hop.
            let lookup = |dev: &str| {
                ifindex(dev)
                    .map_err(|_| usage(format!("Cannot find device \"{dev}\"\nError: cannot parse nexthop")))
            };
            let oif = hop.dev.as_deref().map(lookup).transpose()?.unwrap_or(0);
            let mut spec = NextHopSpec {
                oif,
                weight: hop.weight,
                onlink: hop.onlink,
                realm: hop.realm,
                ..NextHopSpec::default()
            };
            match hop.via {
                Some(via) if via.is_ipv4() == self.dst.addr.is_ipv4() => spec.gateway = Some(via),
                other => spec.via = other,
            }
            if let Some(encap) = &hop.encap {
                spec.encap = Some(encap.as_encap(encap_links(encap, ifindex)?));
            }
            hops.push(spec);
        }
        let links = self.encap.as_ref().map(|e| encap_links(e, ifindex)).transpose()?.unwrap_or_default();
        Ok(Prepared::Route(self, oif, hops, table, links))
    }

    /// The request, sent through `oif`, by way of `multipath`, into `table`.
    fn request<'a>(
        &'a self,
        oif: Option<u32>,
        multipath: &'a [NextHopSpec<'a>],
        table: Option<u32>,
        links: [Option<u32>; 2],
    ) -> RouteRequest<'a> {
        let (gateway, via) = match self.via {
            Some(gw) if gw.is_ipv4() == self.dst.addr.is_ipv4() => (Some(gw), None),
            other => (None, other),
        };
        let mut request = RouteRequest {
            kind: self.kind,
            table,
            metric: self.metric,
            protocol: self.protocol,
            scope: self.scope,
            prefsrc: self.src,
            nh_id: self.nhid,
            gateway,
            via,
            oif,
            multipath,
            encap: self.encap.as_ref().map(|e| e.as_encap(links)),
            ..RouteRequest::new(self.op, self.dst)
        };
        request.metrics = Metrics { cc_algo: self.congctl.as_deref(), ..self.metrics };
        request.flags = self.flags;
        request.tos = self.tos;
        request.pref = self.pref;
        request.expires = self.expires;
        request.realm = self.realm;
        request
    }
}

/// The indexes of the devices `encap` names; ip looks them up as it reads
/// them, and exits 255 for one it cannot find.
fn encap_links(
    encap: &crate::encap::RouteEncap,
    ifindex: &mut dyn FnMut(&str) -> Result<u32>,
) -> Result<[Option<u32>; 2]> {
    let mut links = [None; 2];
    for (slot, dev) in links.iter_mut().zip(encap.devices()) {
        if let Some(dev) = dev {
            *slot = Some(ifindex(dev).map_err(|_| usage(format!("Cannot find device \"{dev}\"")))?);
        }
    }
    Ok(links)
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

/// A route type keyword: `blackhole`, `unreachable`, `local`, ...
pub fn route_type(word: &str) -> Option<RouteType> {
    let (value, _) = nlwire::route::TYPE_NAMES.iter().find(|(_, name)| *name == word)?;
    u8::try_from(*value).ok().filter(|v| *v != 0).map(RouteType::from)
}

/// An address, route or tc change ready to send, alone or in a batch.
pub enum Prepared<'c> {
    Addr(AddrOp, AddrEntry<'c>),
    /// The change, its device's index, its next hops, its table and the
    /// indexes of the devices its encapsulation names.
    Route(&'c RouteChange, Option<u32>, Vec<NextHopSpec<'c>>, Option<u32>, [Option<u32>; 2]),
    Tc(TcRequest<'c>),
    Link(Box<LinkRequest>),
}

impl Request for Prepared<'_> {
    fn header(&self, seq: u32) -> Header {
        match self {
            Prepared::Addr(AddrOp::Add, e) => nlwire::addr::Add(*e).header(seq),
            Prepared::Addr(AddrOp::Replace, e) => nlwire::addr::Replace(*e).header(seq),
            Prepared::Addr(AddrOp::Change, e) => nlwire::addr::Change(*e).header(seq),
            Prepared::Addr(AddrOp::Del, e) => nlwire::addr::Del(*e).header(seq),
            Prepared::Route(r, oif, _, table, links) => r.request(*oif, &[], *table, *links).header(seq),
            Prepared::Tc(r) => r.header(seq),
            Prepared::Link(r) => r.header(seq),
        }
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        match self {
            Prepared::Addr(AddrOp::Add, e) => nlwire::addr::Add(*e).emit(m),
            Prepared::Addr(AddrOp::Replace, e) => nlwire::addr::Replace(*e).emit(m),
            Prepared::Addr(AddrOp::Change, e) => nlwire::addr::Change(*e).emit(m),
            Prepared::Addr(AddrOp::Del, e) => nlwire::addr::Del(*e).emit(m),
            Prepared::Route(r, oif, hops, table, links) => r.request(*oif, hops, *table, *links).emit(m),
            Prepared::Tc(r) => r.emit(m),
            Prepared::Link(r) => r.emit(m),
        }
    }
}

/// The kernel's "no such device" for `dev` as ip reports it.
fn missing_device(e: nlwire_std::Error, dev: &str) -> CliError {
    match e {
        nlwire_std::Error::NotFound(_) => not_found(dev),
        e if e.errno() == Some(19) => not_found(dev),
        e => e.into(),
    }
}
