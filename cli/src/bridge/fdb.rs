//! `nlw bridge fdb`: `show`, `get` and `add|append|replace|del`, as bridge 6.1
//! (`bridge/fdb.c`) prints and takes them.
//!
//! ```sh
//! nlw bridge fdb add 02:00:5e:00:53:01 dev v0 master static
//! nlw bridge fdb append 00:00:00:00:00:00 dev vx0 dst 192.0.2.9 vni 7
//! nlw -j bridge fdb show br br0   # [{"mac":"02:00:5e:00:53:01","ifname":"v0","flags":[],"master":"br0","state":"static"},...]
//! ```

use std::io::Write;
use std::net::IpAddr;

use nlwire::neigh::{Dump, FdbFlush, FdbGet, NeighFlags, Neighbour, NudState, AF_BRIDGE};

use super::{index_of, invalid_argument};
use crate::args::incomplete;
use crate::args::{unsigned, Words};
use crate::matches;
use crate::modify::address;
use crate::names::{hwaddr, Names};
use crate::out::Hue;
use crate::sink::{Listing, Sink};
use crate::USER_HZ;
use crate::{CliError, Ctx, Result};

/// `bridge fdb help`.
pub const USAGE: &str = "Usage: nlw bridge fdb { add | append | del | replace } ADDR dev DEV
              [ self ] [ master ] [ use ] [ router ] [ extern_learn ]
              [ sticky ] [ local | static | dynamic ] [ vlan VID ]
              { [ dst IPADDR ] [ port PORT] [ vni VNI ] | [ nhid NHID ] }
              [ via DEV ] [ src_vni VNI ]
       nlw bridge fdb [ show [ br BRDEV ] [ brport DEV ] [ vlan VID ]
              [ state STATE ] [ dynamic ] ]
       nlw bridge fdb get [ to ] LLADDR [ br BRDEV ] { brport | dev } DEV
              [ vlan VID ] [ vni VNI ] [ self ] [ master ] [ dynamic ]
       nlw bridge fdb flush dev DEV [ brport DEV ] [ vlan VID ]
              [ self ] [ master ] [ [no]permanent | [no]static | [no]dynamic ]
              [ [no]added_by_user ] [ [no]extern_learn ] [ [no]sticky ]
              [ [no]offloaded ]";

/// A parsed `bridge fdb` command.
pub enum FdbCommand {
    Show(FdbShow),
    Change(FdbChange),
    Get(FdbLookup),
    Flush(Flush),
}

/// `bridge fdb get [to] LLADDR [br BRDEV] {brport|dev} DEV [vlan VID]
/// [vni VNI] [self] [master] [dynamic]`.
pub struct FdbLookup {
    lladdr: [u8; 6],
    dev: Option<String>,
    bridge: Option<String>,
    vlan: Option<u16>,
    vni: Option<u32>,
    flags: NeighFlags,
    /// Print nothing if the entry is permanent.
    dynamic: bool,
}

/// `bridge fdb show [br BRDEV] [brport|dev DEV] [vlan VID] [state STATE]
/// [dynamic]`.
pub struct FdbShow {
    /// Only this port's entries (then not named in each).
    dev: Option<String>,
    /// Only the entries of this bridge and its ports (the kernel filters).
    bridge: Option<String>,
    /// Only entries of this VLAN (0: any).
    vlan: u16,
    /// Only entries with one of these state bits (0: any).
    states: u16,
    /// Only entries that are not permanent.
    dynamic: bool,
}

/// `bridge fdb add|append|replace|del LLADDR dev DEV ...`.
pub struct FdbChange {
    verb: Verb,
    lladdr: [u8; 6],
    dev: String,
    flags: NeighFlags,
    state: NudState,
    dst: Option<IpAddr>,
    vlan: Option<u16>,
    port: Option<u16>,
    vni: Option<u32>,
    src_vni: Option<u32>,
    via: Option<String>,
    nhid: Option<u32>,
}

#[derive(Clone, Copy)]
enum Verb {
    Add,
    Append,
    Replace,
    Del,
}

impl FdbCommand {
    /// Parses the words after `fdb` (none: `show`); `family` is `-4`/`-6`
    /// (0: neither).
    pub fn parse(words: &[String], family: u8) -> Result<Self> {
        let Some((verb, args)) = words.split_first() else {
            return Ok(FdbCommand::Show(FdbShow::parse(&[])?));
        };
        let verb = verb.as_str();
        // bridge's order of prefixes: `a` is `add`, `d` is `delete`.
        let change =
            [("add", Verb::Add), ("append", Verb::Append), ("replace", Verb::Replace), ("delete", Verb::Del)];
        if let Some((_, verb)) = change.into_iter().find(|(word, _)| matches(verb, word, 1)) {
            return FdbChange::parse(verb, args, family).map(FdbCommand::Change);
        }
        if matches(verb, "show", 1) || matches(verb, "lst", 1) || matches(verb, "list", 1) {
            return FdbShow::parse(args).map(FdbCommand::Show);
        }
        if matches(verb, "get", 1) {
            return FdbLookup::parse(args).map(FdbCommand::Get);
        }
        if verb == "flush" {
            return Flush::parse(args).map(FdbCommand::Flush);
        }
        if matches(verb, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw bridge fdb help\".")))
    }

    /// Runs the command.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            FdbCommand::Show(show) => show.run(ctx),
            FdbCommand::Change(change) => change.send(ctx),
            FdbCommand::Get(get) => get.run(ctx),
            FdbCommand::Flush(flush) => flush.send(ctx),
        }
    }
}

/// `bridge fdb flush dev DEV [brport DEV] [vlan VID] [self] [master]
/// [[no]permanent | [no]static | [no]dynamic] [[no]added_by_user]
/// [[no]extern_learn] [[no]sticky] [[no]offloaded]`: one bulk delete.
pub struct Flush {
    /// Given: parsing refuses a flush without it.
    dev: Option<String>,
    brport: Option<String>,
    /// C's `short` from `atoi`: negative is not sent.
    vlan: i16,
    flags: NeighFlags,
    flags_mask: NeighFlags,
    state: NudState,
    state_mask: NudState,
}

impl Flush {
    fn parse(args: &[String]) -> Result<Self> {
        let mut flush = Flush {
            dev: None,
            brport: None,
            vlan: -1,
            flags: NeighFlags::empty(),
            flags_mask: NeighFlags::empty(),
            state: NudState::empty(),
            state_mask: NudState::empty(),
        };
        let (permanent, noarp) = (NudState::PERMANENT, NudState::NOARP);
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let mut value = || words.next().ok_or_else(incomplete);
            // `[no]WORD`: the flag must be (not be) set.
            let flag = [
                ("added_by_user", NeighFlags::USE),
                ("extern_learn", NeighFlags::EXT_LEARNED),
                ("sticky", NeighFlags::STICKY),
                ("offloaded", NeighFlags::OFFLOADED),
            ]
            .into_iter()
            .find_map(|(name, flag)| match word.strip_prefix("no") {
                Some(rest) if rest == name => Some((flag, false)),
                _ => (word == name).then_some((flag, true)),
            });
            if let Some((flag, on)) = flag {
                flush.flags.set(flag, on);
                flush.flags_mask |= flag;
                continue;
            }
            match word {
                // As bridge: the last `dev` is the one.
                "dev" => flush.dev = Some(value()?.to_owned()),
                "brport" => {
                    if flush.brport.is_some() {
                        return Err(duplicate_or_garbage("brport", word));
                    }
                    flush.brport = Some(value()?.to_owned());
                }
                "vlan" => {
                    if flush.vlan >= 0 {
                        return Err(duplicate_or_garbage("vlan", word));
                    }
                    flush.vlan = crate::args::atoi(value()?) as i16;
                }
                "self" => flush.flags |= NeighFlags::SELF,
                "master" => flush.flags |= NeighFlags::MASTER,
                "permanent" => {
                    (flush.state, flush.state_mask) = (flush.state | permanent, flush.state_mask | permanent)
                }
                "nopermanent" => {
                    (flush.state, flush.state_mask) = (flush.state - permanent, flush.state_mask | permanent)
                }
                "static" => {
                    (flush.state, flush.state_mask) =
                        (flush.state | noarp, flush.state_mask | noarp | permanent)
                }
                "nostatic" => {
                    (flush.state, flush.state_mask) = (flush.state - noarp, flush.state_mask | noarp)
                }
                "dynamic" => {
                    (flush.state, flush.state_mask) =
                        (flush.state - noarp, flush.state_mask | noarp | permanent)
                }
                "nodynamic" => {
                    (flush.state, flush.state_mask) = (flush.state | noarp, flush.state_mask | noarp)
                }
                // As bridge: `help` takes the next word with it; other words are passed over.
                "help" => drop(value()?),
                _ => {}
            }
        }
        if flush.dev.is_none() {
            return Err(CliError::usage("Device is a required argument."));
        }
        if !flush.flags.intersects(NeighFlags::SELF | NeighFlags::MASTER) {
            flush.flags |= NeighFlags::SELF;
        }
        Ok(flush)
    }

    fn send(&self, ctx: &mut Ctx) -> Result<()> {
        let names = Names::on_demand(ctx)?;
        let ifindex = bridge_index(&names, self.dev.as_deref().unwrap_or_default())?;
        let port = match &self.brport {
            Some(port) => Some(
                names
                    .index(port)
                    .ok_or_else(|| CliError::usage(format!("Cannot find bridge port device \"{port}\"")))?,
            ),
            None => None,
        };
        if self.vlan >= 4096 {
            return Err(CliError::usage(format!("Invalid VLAN ID \"{}\"", self.vlan)));
        }
        crate::session::request(
            &mut ctx.ipr,
            &FdbFlush {
                ifindex,
                flags: self.flags,
                state: self.state,
                flags_mask: self.flags_mask,
                state_mask: self.state_mask,
                port,
                vlan: u16::try_from(self.vlan).ok(),
            },
        )?;
        Ok(())
    }
}

/// A state as `bridge fdb show state STATE` takes it: a name (or its
/// prefix), `all`, or a number.
fn state_mask(word: &str) -> Option<u16> {
    let named = [
        ("permanent", NudState::PERMANENT),
        ("static", NudState::NOARP),
        ("temp", NudState::NOARP),
        ("stale", NudState::STALE),
        ("reachable", NudState::REACHABLE),
        ("dynamic", NudState::REACHABLE),
    ];
    match named.into_iter().find(|(name, _)| matches(word, name, 1)) {
        Some((_, state)) => Some(state.bits()),
        None if word == "all" => Some(u16::MAX),
        // `ndm_state` is 16 bits: bridge compares the low ones.
        None => unsigned(word).map(|v| v as u16),
    }
}

impl FdbShow {
    fn parse(args: &[String]) -> Result<Self> {
        let mut show = FdbShow { dev: None, bridge: None, vlan: 0, states: 0, dynamic: false };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            match word {
                "brport" | "dev" => show.dev = Some(words.next().ok_or_else(incomplete)?.to_owned()),
                "br" => show.bridge = Some(words.next().ok_or_else(incomplete)?.to_owned()),
                "vlan" => {
                    let v = words.next().ok_or_else(incomplete)?;
                    if show.vlan != 0 {
                        return Err(crate::args::duplicate("vlan", v));
                    }
                    show.vlan = crate::args::atoi(v) as u16;
                }
                "state" => {
                    let v = words.next().ok_or_else(incomplete)?;
                    show.states |= state_mask(v).ok_or_else(|| invalid_argument(v, "invalid state"))?;
                }
                "dynamic" => show.dynamic = true,
                w if matches(w, "help", 1) => return Err(CliError::usage(USAGE)),
                // As bridge: other words are passed over.
                _ => {}
            }
        }
        Ok(show)
    }

    fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let mut names = Names::on_demand(ctx)?;
        let master = match &self.bridge {
            Some(br) => Some(bridge_index(&names, br)?),
            None => None,
        };
        let port = match &self.dev {
            Some(dev) => Some(index_of(&names, dev)?),
            None => None,
        };
        let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
        let mut dump = crate::session::dump(
            &mut ctx.ipr,
            &Dump { family: AF_BRIDGE, ifindex: port, master, proxy: false },
        )?;
        while let Some(msg) = dump.next()? {
            let n = Neighbour::parse(&msg)?;
            if self.shows(&n, port)? {
                listing.item(|p| print(p, &n, &names, port.is_some(), ctx.stats > 0))?;
                names.learn_asked();
            }
        }
        listing.finish()?;
        Ok(())
    }

    /// Whether bridge would print `n`: its filters, applied again as
    /// bridge applies them (an old kernel ignores the port).
    fn shows(&self, n: &Neighbour<'_>, port: Option<u32>) -> Result<bool> {
        let state = n.state().bits();
        Ok(n.family() == AF_BRIDGE
            && port.is_none_or(|p| p == n.ifindex())
            && (self.states == 0 || state & self.states != 0)
            && (self.vlan == 0 || n.vlan()?.unwrap_or(0) == self.vlan)
            && !(self.dynamic && n.state().contains(NudState::PERMANENT)))
    }
}

/// The state word bridge prints: `permanent`, `static`, `stale`, nothing
/// for a learned entry, else the bits (`state=0x2` in text, `0x2` in JSON).
fn state_word<W: Write>(p: &mut Sink<'_, W>, state: NudState) -> std::io::Result<()> {
    let word = if state.contains(NudState::PERMANENT) {
        "permanent"
    } else if state.contains(NudState::NOARP) {
        "static"
    } else if state.contains(NudState::STALE) {
        "stale"
    } else if state.contains(NudState::REACHABLE) {
        ""
    } else {
        // C's `%#x`: no `0x` before zero.
        let bits = state.bits();
        let hex = if bits == 0 { "0".to_owned() } else { format!("{bits:#x}") };
        return p.string("state", format_args!("state={hex}\n"), &hex);
    };
    p.string("state", format_args!("{word}\n"), &word)
}

/// One entry as bridge prints it; `dev` is left out when the command named
/// the port, the cache times added with `-s`.
pub(super) fn print<W: Write>(
    p: &mut Sink<'_, W>,
    n: &Neighbour<'_>,
    names: &Names,
    port_named: bool,
    stats: bool,
) -> Result<()> {
    if let Some(ll) = n.lladdr()? {
        p.painted(Hue::Mac, "mac", "", &hwaddr(ll))?;
    }
    if !port_named && n.ifindex() != 0 {
        p.painted(Hue::Ifname, "ifname", "dev", &names.get(n.ifindex()))?;
    }
    if let Some(dst) = n.dst()? {
        p.painted(Hue::of(dst), "dst", "dst", &dst)?;
    }
    if let Some(vlan) = n.vlan()?.filter(|v| *v != 0) {
        p.num("vlan", "vlan", &vlan)?;
    }
    if let Some(port) = n.port()? {
        p.num("port", "port", &port)?;
    }
    if let Some(vni) = n.vni()? {
        p.num("vni", "vni", &vni)?;
    }
    if let Some(vni) = n.src_vni()? {
        p.num("src_vni", "src_vni", &vni)?;
    }
    let netnsid = n.link_netnsid()?;
    if let Some(via) = n.via_ifindex()? {
        match netnsid {
            Some(_) => p.fmt_num("viaIfIndex", format_args!("via ifindex {via} "), via)?,
            None => {
                let via = names.get(via);
                p.string("viaIf", format_args!("via {via} "), &via)?
            }
        }
    }
    if let Some(id) = n.nh_id()? {
        p.num("nhid", "nhid", &id)?;
    }
    if let Some(id) = netnsid {
        // bridge prints the id with `%d` in text, as unsigned in JSON.
        p.fmt_num("linkNetNsId", format_args!("link-netnsid {id} "), id as u32)?;
    }
    if stats {
        if let Some(ci) = n.cacheinfo()? {
            let (used, updated) = (ci.used.get() / USER_HZ, ci.updated.get() / USER_HZ);
            match p {
                Sink::Json(j) => {
                    j.field_num("used", used)?;
                    j.field_num("updated", updated)?;
                }
                Sink::Text(out) => write!(out, "used {used}/{updated} ")?,
            }
        }
    }
    let flags = n.flags();
    p.open_array("flags")?;
    for (flag, name) in [
        (NeighFlags::SELF, "self"),
        (NeighFlags::ROUTER, "router"),
        (NeighFlags::EXT_LEARNED, "extern_learn"),
        (NeighFlags::OFFLOADED, "offload"),
        (NeighFlags::MASTER, "master"),
        (NeighFlags::STICKY, "sticky"),
    ] {
        if flags.contains(flag) {
            p.element(format_args!("{name} "), &name)?;
        }
    }
    p.close_array()?;
    if let Some(master) = n.master()? {
        let master = names.get(master);
        p.string("master", format_args!("master {master} "), &master)?;
    }
    state_word(p, n.state())?;
    Ok(())
}

/// A MAC address as bridge reads it (`sscanf` with six `%hhx`): six hex
/// numbers joined by `:`, each kept modulo 256; what follows the sixth is
/// ignored.
fn sscanf_mac(s: &str) -> Option<[u8; 6]> {
    let mut rest = s;
    let mut mac = [0u8; 6];
    for (i, byte) in mac.iter_mut().enumerate() {
        if i > 0 {
            rest = rest.strip_prefix(':')?;
        }
        rest = rest.trim_start();
        let (negative, digits) = match rest.as_bytes().first() {
            Some(b'-') => (true, &rest[1..]),
            Some(b'+') => (false, &rest[1..]),
            _ => (false, rest),
        };
        let hex_follows = |s: &str| s.as_bytes().get(2).is_some_and(u8::is_ascii_hexdigit);
        let digits = match digits.get(..2) {
            Some("0x" | "0X") if hex_follows(digits) => &digits[2..],
            _ => digits,
        };
        let len = digits.bytes().take_while(u8::is_ascii_hexdigit).count();
        if len == 0 {
            return None;
        }
        let value = digits[..len].bytes().fold(0u8, |v, d| {
            let d = (d as char).to_digit(16).unwrap_or(0) as u8;
            v.wrapping_mul(16).wrapping_add(d)
        });
        *byte = if negative { value.wrapping_neg() } else { value };
        rest = &digits[len..];
    }
    Some(mac)
}

impl FdbChange {
    fn parse(verb: Verb, args: &[String], family: u8) -> Result<Self> {
        let (mut lladdr, mut dev, mut dst, mut via) = (None, None, None, None);
        let (mut port, mut vni, mut src_vni, mut nhid, mut vlan) = (0u32, None, None, 0u32, None);
        let mut flags = NeighFlags::empty();
        let mut state = NudState::NOARP;
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let mut value = || words.next().ok_or_else(incomplete);
            match word {
                "dev" => dev = Some(value()?.to_owned()),
                "dst" => {
                    let v = value()?;
                    if dst.is_some() {
                        return Err(duplicate_or_garbage("dst", v));
                    }
                    dst = Some(address(v, family)?);
                }
                "nhid" => {
                    let v = value()?;
                    nhid = unsigned(v).ok_or_else(|| invalid_argument(v, "\"id\" value is invalid\n"))?;
                }
                "port" => {
                    let v = value()?;
                    port = unsigned(v)
                        .filter(|p| *p <= 0xffff)
                        .ok_or_else(|| invalid_argument(v, "invalid port\n"))?;
                }
                "vni" => vni = Some(vni_value(value()?, "invalid VNI\n")?),
                "src_vni" => src_vni = Some(vni_value(value()?, "invalid src VNI\n")?),
                "via" => via = Some(value()?.to_owned()),
                "self" => flags |= NeighFlags::SELF,
                w if matches(w, "master", 1) => flags |= NeighFlags::MASTER,
                w if matches(w, "router", 1) => flags |= NeighFlags::ROUTER,
                w if matches(w, "local", 1) || matches(w, "permanent", 1) => state |= NudState::PERMANENT,
                w if matches(w, "temp", 1) || matches(w, "static", 1) => state |= NudState::REACHABLE,
                w if matches(w, "dynamic", 1) => state = (state | NudState::REACHABLE) - NudState::NOARP,
                w if matches(w, "vlan", 1) => {
                    if vlan.is_some() {
                        return Err(duplicate_or_garbage("vlan", w));
                    }
                    vlan = vlan_id(value()?);
                }
                w if matches(w, "use", 1) => flags |= NeighFlags::USE,
                w if matches(w, "extern_learn", 1) => flags |= NeighFlags::EXT_LEARNED,
                w if matches(w, "sticky", 1) => flags |= NeighFlags::STICKY,
                w => address_word(if w == "to" { value()? } else { w }, &mut lladdr)?,
            }
        }
        let (Some(dev), Some(lladdr)) = (dev, lladdr) else {
            return Err(CliError::usage("Device and address are required arguments."));
        };
        if nhid != 0 && (dst.is_some() || port != 0 || vni.is_some()) {
            return Err(CliError::usage("dst, port, vni are mutually exclusive with nhid"));
        }
        if !flags.intersects(NeighFlags::SELF | NeighFlags::MASTER) {
            flags |= NeighFlags::SELF;
        }
        if !state.intersects(NudState::PERMANENT | NudState::REACHABLE) {
            state |= NudState::PERMANENT;
        }
        let lladdr =
            sscanf_mac(&lladdr).ok_or_else(|| CliError::usage(format!("Invalid mac address {lladdr}")))?;
        Ok(FdbChange {
            verb,
            lladdr,
            dev,
            flags,
            state,
            dst,
            vlan,
            port: u16::try_from(port).ok().filter(|p| *p != 0),
            vni,
            src_vni,
            via,
            nhid: Some(nhid).filter(|id| *id != 0),
        })
    }

    fn send(&self, ctx: &mut Ctx) -> Result<()> {
        // As bridge: `via` is looked up first, then the device.
        let names = Names::on_demand(ctx)?;
        let via = self.via.as_deref().map(|via| index_of(&names, via)).transpose()?;
        let dev = index_of(&names, &self.dev)?;
        let fdb = ctx.ipr.fdb();
        let mut request = match self.verb {
            Verb::Add => fdb.add(&self.lladdr),
            Verb::Append => fdb.append(&self.lladdr),
            Verb::Replace => fdb.replace(&self.lladdr),
            Verb::Del => fdb.del(&self.lladdr),
        }
        .dev(dev)
        .flags(self.flags)
        .state(self.state);
        if let Some(dst) = self.dst {
            request = request.dst(dst);
        }
        if let Some(vlan) = self.vlan {
            request = request.vlan(vlan);
        }
        if let Some(id) = self.nhid {
            request = request.nh_id(id);
        }
        if let Some(port) = self.port {
            request = request.port(port);
        }
        if let Some(vni) = self.vni {
            request = request.vni(vni);
        }
        if let Some(vni) = self.src_vni {
            request = request.src_vni(vni);
        }
        if let Some(via) = via {
            request = request.via(via);
        }
        request.send()?;
        Ok(())
    }
}

impl FdbLookup {
    fn parse(args: &[String]) -> Result<Self> {
        let (mut lladdr, mut dev, mut bridge, mut vlan, mut vni) = (None, None, None, None, None);
        let (mut flags, mut dynamic) = (NeighFlags::empty(), false);
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let mut value = || words.next().ok_or_else(incomplete);
            match word {
                "brport" | "dev" => dev = Some(value()?.to_owned()),
                "br" => bridge = Some(value()?.to_owned()),
                "vni" => vni = Some(vni_value(value()?, "invalid VNI\n")?),
                "self" => flags |= NeighFlags::SELF,
                w if matches(w, "master", 1) => flags |= NeighFlags::MASTER,
                w if matches(w, "vlan", 1) => {
                    if vlan.is_some() {
                        return Err(duplicate_or_garbage("vlan", w));
                    }
                    vlan = vlan_id(value()?);
                }
                w if matches(w, "dynamic", 1) => dynamic = true,
                w => address_word(if w == "to" { value()? } else { w }, &mut lladdr)?,
            }
        }
        let lladdr = lladdr.filter(|_| dev.is_some() || bridge.is_some());
        let lladdr =
            lladdr.ok_or_else(|| CliError::usage("Device or master and address are required arguments."))?;
        let lladdr =
            sscanf_mac(&lladdr).ok_or_else(|| CliError::usage(format!("Invalid mac address {lladdr}")))?;
        Ok(FdbLookup { lladdr, dev, bridge, vlan, vni, flags, dynamic })
    }

    fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let names = Names::on_demand(ctx)?;
        let ifindex = self.dev.as_deref().map(|dev| index_of(&names, dev)).transpose()?.unwrap_or(0);
        let master = match &self.bridge {
            Some(br) => Some(bridge_index(&names, br)?),
            None => None,
        };
        let get = FdbGet {
            vlan: self.vlan,
            vni: self.vni,
            master,
            flags: self.flags,
            ..FdbGet::new(ifindex, &self.lladdr)
        };
        // bridge's exit code when the kernel has no such entry: 254.
        let reply = ctx.ipr.get(&get).map_err(|e| CliError::exit(254, e.to_string()))?;
        let message = reply.message();
        let n = Neighbour::parse(&message)?;
        let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
        if !(self.dynamic && n.state().contains(NudState::PERMANENT)) {
            listing.item(|p| print(p, &n, &names, false, ctx.stats > 0))?;
        }
        listing.finish()?;
        Ok(())
    }
}

/// The index of bridge `br`, or bridge's refusal.
fn bridge_index(names: &Names, br: &str) -> Result<u32> {
    names.index(br).ok_or_else(|| CliError::usage(format!("Cannot find bridge device \"{br}\"")))
}

/// A VNI as bridge reads it: C's `strtoul` in base 0, within 24 bits.
fn vni_value(v: &str, why: &str) -> Result<u32> {
    unsigned(v).filter(|vni| vni >> 24 == 0).ok_or_else(|| invalid_argument(v, why))
}

/// The address word of `fdb add|get` (the one after `to`, if given):
/// `help` is bridge's usage, a second address its refusal.
fn address_word(word: &str, lladdr: &mut Option<String>) -> Result<()> {
    if matches(word, "help", 1) {
        return Err(CliError::usage(USAGE));
    }
    if lladdr.is_some() {
        return Err(duplicate_or_garbage("to", word));
    }
    *lladdr = Some(word.to_owned());
    Ok(())
}

/// `vlan VID` as bridge keeps it: C's `atoi` in a `short`; a negative one
/// is neither sent nor counted as given.
fn vlan_id(word: &str) -> Option<u16> {
    u16::try_from(crate::args::atoi(word) as i16).ok()
}

/// iproute2's `duparg2`.
fn duplicate_or_garbage(keyword: &str, value: &str) -> CliError {
    CliError::usage(format!("Error: either \"{keyword}\" is duplicate, or \"{value}\" is a garbage."))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// glibc's `sscanf("%hhx:%hhx:%hhx:%hhx:%hhx:%hhx")`, as bridge reads
    /// an address.
    #[test]
    fn addresses_read_as_sscanf_reads_them() {
        let ok = [
            ("02:00:5e:00:53:01", [2, 0, 0x5e, 0, 0x53, 1]),
            ("2:0:0:0:0:1", [2, 0, 0, 0, 0, 1]),
            ("0x2:0:0:0:0:0X1", [2, 0, 0, 0, 0, 1]),
            ("02:00:00:00:00:01:ff", [2, 0, 0, 0, 0, 1]),
            ("02:00:00:00:00:01xyz", [2, 0, 0, 0, 0, 1]),
            ("102:00:00:00:00:-1", [2, 0, 0, 0, 0, 0xff]),
            ("02: 00:00:00:00:01", [2, 0, 0, 0, 0, 1]),
        ];
        for (text, mac) in ok {
            assert_eq!(sscanf_mac(text), Some(mac), "{text}");
        }
        for text in ["", "zz", "02:00:00:00:00", "02-00-00-00-00-01", "02:00:00:00:00:", "02::00:00:00:01"] {
            assert_eq!(sscanf_mac(text), None, "{text}");
        }
    }
}
