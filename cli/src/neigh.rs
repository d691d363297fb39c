//! `nlw neigh`: `show|flush [proxy] [dev DEV] [nud STATE]...`,
//! `add|replace|change|del` and `get`, proxy entries (`proxy ADDR`)
//! included, as ip 6.1 takes and prints them.
//!
//! ```sh
//! nlw neigh add 192.0.2.9 lladdr 02:00:5e:00:53:09 dev v0 nud permanent
//! nlw neigh get 192.0.2.9 dev v0   # 192.0.2.9 dev v0 lladdr 02:00:5e:00:53:09 PERMANENT
//! nlw neigh add proxy 192.0.2.5 dev v0
//! nlw -j neigh show proxy        # [{"dst":"192.0.2.5","dev":"v0","proxy":null}]
//! ```

use std::io::Write;
use std::net::IpAddr;

use nlwire::neigh::{
    Add, Change, Del, Get, NeighEntry, NeighFlags, NeighFlagsExt, Neighbour, NudState, Replace,
};
use nlwire::route::protocol_name;

use crate::args::{device, duplicate, ifindex, mac, Words};
use crate::modify::address;
use crate::names::{hwaddr, Names};
use crate::out::Hue;
use crate::sink::{Listing, Sink};
use crate::{CliError, Ctx, Result};

/// `nlw neigh help`.
pub const USAGE: &str =
    "Usage: nlw neigh { show | flush } [ proxy ] [ dev DEV ] [ nud STATE ]... [ [ to ] PREFIX ]
                    [ master DEV | vrf NAME ] [ unused ] [ protocol PROTO | all ]
       nlw neigh { add | replace | change | del } ADDR [ lladdr LLADDR ] dev DEV [ nud STATE ] [ router ]
                    [ use ] [ managed ] [ extern_learn ] [ protocol PROTO ]
       nlw neigh { add | del } proxy ADDR [ dev DEV ]
       nlw neigh get { ADDR dev DEV | proxy ADDR [ dev DEV ] }";

/// A parsed `neigh` command.
pub enum NeighCommand {
    /// `show [SELECTOR]`.
    Show(Selector),
    /// `flush SELECTOR`: deletes the entries it picks.
    Flush(Selector),
    /// `add|replace|change|del`.
    Change(NeighChange),
    /// `get`: one entry, asked of the kernel.
    Get(NeighGet),
}

/// `ip neigh get {ADDR dev DEV | proxy ADDR [dev DEV]}`.
pub struct NeighGet {
    dst: IpAddr,
    /// Optional with `proxy` only, as in ip (index 0 then).
    dev: Option<String>,
    proxy: bool,
}

impl NeighGet {
    /// The words after `get`, read as ip 6.1's `ipneigh_get` reads them.
    fn parse(args: &[String], family: u8) -> Result<Self> {
        let mut words = Words::new(args);
        let (mut dst, mut dev, mut proxy) = (None, None, false);
        while let Some(word) = words.next() {
            match word {
                "dev" => dev = Some(words.value()?.to_owned()),
                w if crate::matches(w, "proxy", 1) => {
                    let v = words.value()?;
                    if crate::matches(v, "help", 1) {
                        return Err(CliError::usage(USAGE));
                    }
                    if dst.is_some() {
                        return Err(duplicate("address", v));
                    }
                    dst = Some(address(v, family)?);
                    proxy = true;
                }
                other => {
                    let v = if other == "to" { words.value()? } else { other };
                    if crate::matches(v, "help", 1) {
                        return Err(CliError::usage(USAGE));
                    }
                    if dst.is_some() {
                        return Err(CliError::usage(format!(
                            "Error: either \"to\" is duplicate, or \"{v}\" is a garbage."
                        )));
                    }
                    dst = Some(address(v, family)?);
                }
            }
        }
        // As ip: exit 1, not ip's usage exit.
        let dst = dst.filter(|_| dev.is_some() || proxy);
        let dst = dst.ok_or_else(|| CliError::rejected("Device and address are required arguments."))?;
        Ok(NeighGet { dst, dev, proxy })
    }

    /// Asks for the entry and prints it as `neigh show` does; as ip 6.1,
    /// in text even with `-j`.
    fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let names = Names::on_demand(ctx)?;
        let ifindex = match &self.dev {
            Some(dev) => crate::args::ifindex_in(&names, dev)?,
            None => 0,
        };
        let reply = crate::session::get(&mut ctx.ipr, &Get { ifindex, dst: self.dst, proxy: self.proxy })?;
        let message = reply.message();
        let n = Neighbour::parse(&message)?;
        let mut listing = Listing::new(std::io::stdout().lock(), false, false);
        listing.item(|p| print(p, &n, &names, Shown { dev_named: false, stats: ctx.stats > 0 }))?;
        listing.finish()?;
        Ok(())
    }
}

/// `ip neigh add|replace|change|del {ADDR [lladdr MAC] [nud STATE] [router]
/// | proxy ADDR} [dev DEV]`.
pub struct NeighChange {
    verb: Verb,
    dst: IpAddr,
    /// Optional for proxy entries only, as in ip (index 0 then).
    dev: Option<String>,
    lladdr: Option<Vec<u8>>,
    state: Option<NudState>,
    flags: NeighFlags,
    /// `managed`: `NDA_FLAGS_EXT`'s `NTF_EXT_MANAGED`.
    flags_ext: NeighFlagsExt,
    /// `protocol P`: `NDA_PROTOCOL`.
    protocol: Option<u8>,
}

enum Verb {
    Add,
    Replace,
    Change,
    Del,
}

impl NeighCommand {
    /// Parses `neigh VERB ARGS...`; `is_show` when the verb is `show` or
    /// `list`; `family` is `-4`/`-6` (0: either).
    pub fn parse(verb: &str, is_show: bool, args: &[String], family: u8) -> Result<Self> {
        if is_show {
            return Selector::parse(args, false).map(NeighCommand::Show);
        }
        if crate::matches(verb, "flush", 1) {
            if args.is_empty() {
                return Err(CliError::rejected("Flush requires arguments."));
            }
            return Selector::parse(args, true).map(NeighCommand::Flush);
        }
        if crate::matches(verb, "get", 1) {
            return NeighGet::parse(args, family).map(NeighCommand::Get);
        }
        let verb = match verb {
            "add" => Verb::Add,
            "replace" => Verb::Replace,
            "change" | "chg" => Verb::Change,
            "del" | "delete" => Verb::Del,
            _ => {
                return Err(CliError::usage(format!(
                    "Command \"{verb}\" is unknown, try \"nlw neigh help\"."
                )))
            }
        };
        let mut words = Words::new(args);
        let (mut dst, mut dev, mut lladdr, mut state, mut protocol) = (None, None, None, None, None);
        let mut flags = NeighFlags::empty();
        let mut flags_ext = NeighFlagsExt::empty();
        while let Some(word) = words.next() {
            match word {
                "dev" => dev = Some(device(words.value()?)?),
                w if crate::matches(w, "lladdr", 1) => lladdr = Some(mac(words.value()?)?),
                "nud" => {
                    let v = words.value()?;
                    state = Some(nud_state(v).ok_or_else(|| bad_state(v))?);
                }
                "router" => flags |= NeighFlags::ROUTER,
                "use" => flags |= NeighFlags::USE,
                // As ip: in no state unless a later `nud` gives one.
                "managed" => {
                    flags_ext |= NeighFlagsExt::MANAGED;
                    state = Some(NudState::empty());
                }
                w if crate::matches(w, "extern_learn", 1) => flags |= NeighFlags::EXT_LEARNED,
                // As ip: `p`, `pr`... are `proxy`'s, `proto`... `protocol`'s.
                w if crate::matches(w, "proxy", 1) => {
                    let v = words.value()?;
                    if dst.is_some() {
                        return Err(duplicate("address", v));
                    }
                    dst = Some(address(v, family)?);
                    flags |= NeighFlags::PROXY;
                }
                w if crate::matches(w, "protocol", 1) => {
                    let v = words.value()?;
                    protocol = Some(crate::modify::named("protocol", v, protocol_name).map_err(|_| {
                        CliError::usage(format!(
                            "Error: argument \"{v}\" is wrong: \"protocol\" value is invalid\n"
                        ))
                    })?);
                }
                other => {
                    let v = if other == "to" { words.value()? } else { other };
                    if dst.is_some() {
                        return Err(CliError::usage(format!(
                            "Error: either \"to\" is duplicate, or \"{v}\" is a garbage."
                        )));
                    }
                    dst = Some(address(v, family)?);
                }
            }
        }
        let proxy = flags.contains(NeighFlags::PROXY);
        let dst = dst.filter(|_| dev.is_some() || proxy);
        let dst = dst.ok_or_else(|| CliError::usage("Device and destination are required arguments."))?;
        Ok(NeighCommand::Change(NeighChange { verb, dst, dev, lladdr, state, flags, flags_ext, protocol }))
    }

    /// Runs the command.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            NeighCommand::Show(selector) => show_neighbours(ctx, selector),
            NeighCommand::Flush(selector) => flush(ctx, selector),
            NeighCommand::Change(change) => change.send(ctx),
            NeighCommand::Get(get) => get.run(ctx),
        }
    }
}

/// ip's neighbour selector, of `show` and `flush`: `proxy` (the proxy
/// table), `dev DEV`, `nud STATE` (repeated: any of them; `all`, `none`),
/// `[to] PREFIX`.
pub struct Selector {
    proxy: bool,
    dev: Option<String>,
    /// `master DEV` or `vrf NAME` (the name, and whether it must be a VRF):
    /// the kernel's `NDA_MASTER` filter.
    master: Option<(String, bool)>,
    /// `unused`: entries no one holds a reference to.
    unused: bool,
    /// `protocol P` (0 for `all`): entries of that originator.
    protocol: u8,
    to: Option<nlwire::route::Prefix>,
    /// The states picked, as ip's mask (`0x100` for an entry with none),
    /// when `nud` is given.
    states: Option<u32>,
}

/// ip's mask bit for an entry in no state (`nud none`).
const NO_STATE: u32 = 0x100;

/// ip's `nud_state_a2n`: a state's name (`permanent`, `reachable` and
/// `failed` by any prefix of it), or a number with at most one bit, below
/// 0x100 (`0`, `none`: no state).
fn nud_state(word: &str) -> Option<NudState> {
    const NAMES: [(&str, NudState, bool); 9] = [
        ("permanent", NudState::PERMANENT, true),
        ("reachable", NudState::REACHABLE, true),
        ("noarp", NudState::NOARP, false),
        ("none", NudState::NONE, false),
        ("stale", NudState::STALE, false),
        ("incomplete", NudState::INCOMPLETE, false),
        ("delay", NudState::DELAY, false),
        ("probe", NudState::PROBE, false),
        ("failed", NudState::FAILED, true),
    ];
    let named =
        NAMES.iter().find(|(name, _, prefix)| word == *name || (*prefix && crate::matches(word, name, 1)));
    if let Some((_, state, _)) = named {
        return Some(*state);
    }
    let n = crate::args::unsigned(word).filter(|n| *n < 0x100 && n & n.wrapping_sub(1) == 0)?;
    Some(NudState::from_bits_retain(u16::try_from(n).ok()?))
}

/// ip's refusal of a state [`nud_state`] does not read.
fn bad_state(word: &str) -> CliError {
    CliError::usage(format!("Error: argument \"{word}\" is wrong: nud state is bad"))
}

impl Selector {
    /// The words after `show` (or `flush`, where `nud all` leaves NOARP
    /// entries out, as in ip).
    fn parse(args: &[String], flush: bool) -> Result<Self> {
        let mut selector = Selector {
            proxy: false,
            dev: None,
            master: None,
            unused: false,
            protocol: 0,
            to: None,
            states: None,
        };
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            match word {
                "proxy" => selector.proxy = true,
                "dev" => selector.dev = Some(words.value()?.to_owned()),
                "master" => selector.master = Some((words.value()?.to_owned(), false)),
                "vrf" => selector.master = Some((words.value()?.to_owned(), true)),
                "unused" => selector.unused = true,
                w if crate::matches(w, "protocol", 1) => {
                    let v = words.value()?;
                    selector.protocol = match v {
                        "all" => 0,
                        v => crate::modify::named("protocol", v, protocol_name).map_err(|_| {
                            CliError::usage(format!(
                                "Error: argument \"{v}\" is wrong: invalid \"protocol\"\n"
                            ))
                        })?,
                    };
                }
                "nud" => {
                    let v = words.value()?;
                    let state = match v {
                        "all" if flush => !u32::from(NudState::NOARP.bits()),
                        "all" => u32::MAX,
                        v => match nud_state(v).ok_or_else(|| bad_state(v))?.bits() {
                            0 => NO_STATE,
                            bits => u32::from(bits),
                        },
                    };
                    selector.states = Some(selector.states.unwrap_or(0) | state);
                }
                other => {
                    let prefix = if other == "to" { words.value()? } else { other };
                    selector.to = Some(crate::modify::prefix(prefix, 0)?);
                }
            }
        }
        Ok(selector)
    }

    /// The family dumped: `-4`/`-6` if given, else the prefix's, as ip.
    fn dump(&self, asked: u8, master: Option<u32>) -> nlwire::neigh::Dump {
        let family = match (asked, self.to) {
            (0, Some(to)) => to.family(),
            (family, _) => family,
        };
        nlwire::neigh::Dump { family, proxy: self.proxy, master, ..Default::default() }
    }

    /// The index of `master DEV` or `vrf NAME`, refused as ip refuses a
    /// device that is not there (or not a VRF).
    fn master(&self, names: &Names, ipr: &mut nlwire_std::IPRoute) -> Result<Option<u32>> {
        let Some((name, vrf)) = &self.master else { return Ok(None) };
        let index = names.index(name).filter(|_| !vrf || crate::vrf::is_vrf(ipr, name));
        let what = if *vrf { "Not a valid VRF name\n" } else { "Device does not exist\n" };
        index.map(Some).ok_or_else(|| CliError::usage(format!("Error: argument \"{name}\" is wrong: {what}")))
    }

    /// The index of the device picked, if one is.
    fn device(&self, names: &Names) -> Result<Option<u32>> {
        let found = |d: &String| {
            names.index(d).ok_or_else(|| CliError::rejected(format!("Cannot find device \"{d}\"")))
        };
        self.dev.as_ref().map(found).transpose()
    }

    /// Whether `n` (of device `wanted`, if picked) is picked; `default` the
    /// states picked without `nud`.
    fn picks(
        &self,
        n: &Neighbour<'_>,
        wanted: Option<u32>,
        default: impl Fn(&Neighbour<'_>) -> bool,
    ) -> Result<bool> {
        // Without an address: a bridge's entry (`-B`, `AF_BRIDGE`), shown
        // as ip shows it unless a prefix is asked for.
        let dst = n.dst()?;
        if dst.is_none() && (n.family() != nlwire::rtnl::af::BRIDGE || self.to.is_some()) {
            return Ok(false);
        }
        let outside = |to: nlwire::route::Prefix| {
            dst.is_some_and(|dst| !crate::route::leading_bits_equal(dst, to.addr, to.len))
        };
        if wanted.is_some_and(|w| w != n.ifindex()) || self.to.is_some_and(outside) {
            return Ok(false);
        }
        if self.protocol != 0 && n.protocol()?.unwrap_or(0) != self.protocol {
            return Ok(false);
        }
        if self.unused && n.cacheinfo()?.is_some_and(|ci| ci.refcnt.get() != 0) {
            return Ok(false);
        }
        let state = u32::from(n.state().bits());
        Ok(match self.states {
            _ if self.proxy => true,
            // As ip: learned from outside, whatever its state.
            _ if n.flags().contains(NeighFlags::EXT_LEARNED) => true,
            None => default(n),
            Some(mask) if state == 0 => mask & NO_STATE != 0,
            Some(mask) => state & mask != 0 || n.flags().contains(NeighFlags::PROXY),
        })
    }
}

/// `ENOENT`: the entry was gone by the time its deletion arrived.
const ENOENT: i32 = 2;

/// `nlw neigh flush SELECTOR`: deletes the entries picked (by default all
/// but permanent and NOARP ones), as ip's flush (see
/// [`crate::session::flush`]).
fn flush(ctx: &mut Ctx, selector: &Selector) -> Result<()> {
    let names = Names::on_demand(ctx)?;
    let wanted = selector.device(&names)?;
    let fixed = NudState::PERMANENT | NudState::NOARP;
    let master = selector.master(&names, &mut ctx.ipr)?;
    let dump = selector.dump(ctx.family, master);
    let picks = |msg: &nlwire::Message<'_>| {
        selector.picks(&Neighbour::parse(msg)?, wanted, |n| !n.state().intersects(fixed))
    };
    match crate::session::flush(
        &mut ctx.ipr,
        ctx.flush_rounds,
        &dump,
        nlwire::msg_type::RTM_DELNEIGH,
        ENOENT,
        picks,
    )? {
        true => Ok(()),
        false => Err(CliError::refused(format!(
            "*** Flush not complete bailing out after {} rounds",
            ctx.flush_rounds
        ))),
    }
}

impl NeighChange {
    fn send(&self, ctx: &mut Ctx) -> Result<()> {
        let index = match &self.dev {
            Some(dev) => ifindex(&mut ctx.ipr, dev)?,
            None => 0,
        };
        let mut entry = NeighEntry {
            flags: self.flags,
            flags_ext: self.flags_ext,
            protocol: self.protocol,
            ..NeighEntry::new(index, self.dst)
        };
        if let Some(ll) = &self.lladdr {
            entry = entry.with_lladdr(ll);
        }
        if let Some(state) = self.state {
            entry = entry.with_state(state);
        }
        let request: &dyn nlwire::build::Request = match self.verb {
            Verb::Add => &Add(entry),
            Verb::Replace => &Replace(entry),
            Verb::Change => &Change(entry),
            Verb::Del => &Del(entry),
        };
        crate::session::request(&mut ctx.ipr, request)
    }
}

/// Whether `ip neigh show` hides the entry without `nud`: NOARP and proxy
/// entries, and those in no state (ip 6.1 picks `0xff & ~NUD_NOARP`).
fn hidden(n: &Neighbour<'_>) -> bool {
    n.state().contains(NudState::NOARP) || n.state().is_empty() || n.flags().contains(NeighFlags::PROXY)
}

/// What a neighbour's line leaves out or adds.
#[derive(Clone, Copy, Default)]
pub struct Shown {
    /// `dev DEV` was named: the device is left out, as ip does.
    pub dev_named: bool,
    /// `-s`: the ages (` used U/C/R`, seconds since last used, confirmed,
    /// updated), the references when any, and `probes N`.
    pub stats: bool,
}

/// One neighbour as ip 6.1's `print_neigh` prints it: `DST dev DEV lladdr
/// LL [router] [proxy] [extern_learn] [offload] [managed] [ ref R used
/// U/C/Rprobes P ]STATE... [proto P]`; JSON with ip's keys.
pub fn print<W: Write>(p: &mut Sink<'_, W>, n: &Neighbour<'_>, names: &Names, shown: Shown) -> Result<()> {
    if let Some(dst) = n.dst()? {
        p.painted(Hue::of(dst), "dst", "", &dst)?;
    }
    if !shown.dev_named && n.ifindex() != 0 {
        p.painted(Hue::Ifname, "dev", "dev", &names.get(n.ifindex()))?;
    }
    if let Some(ll) = n.lladdr()? {
        p.painted(Hue::Mac, "lladdr", "lladdr", &hwaddr(ll))?;
    }
    for (flag, key) in [
        (NeighFlags::ROUTER, "router"),
        (NeighFlags::PROXY, "proxy"),
        (NeighFlags::EXT_LEARNED, "extern_learn"),
        (NeighFlags::OFFLOADED, "offload"),
    ] {
        if n.flags().contains(flag) {
            p.fmt_null(key, &format!("{key} "))?;
        }
    }
    if n.flags_ext()?.is_some_and(|ext| ext.contains(NeighFlagsExt::MANAGED)) {
        p.fmt_null("managed", "managed ")?;
    }
    if shown.stats {
        if let Some(ci) = n.cacheinfo()? {
            let refs = ci.refcnt.get();
            if refs != 0 {
                p.fmt_num("refcnt", format_args!(" ref {refs}"), refs)?;
            }
            let [used, confirmed, updated] =
                [ci.used, ci.confirmed, ci.updated].map(|t| t.get() / crate::USER_HZ);
            p.fmt_num("used", format_args!(" used {used}"), used)?;
            p.fmt_num("confirmed", format_args!("/{confirmed}"), confirmed)?;
            p.fmt_num("updated", format_args!("/{updated}"), updated)?;
        }
        if let Some(probes) = n.probes()? {
            p.fmt_num("probes", format_args!("probes {probes} "), probes)?;
        }
    }
    // As ip: no state when it is 0 (proxy entries).
    let state = n.state();
    match p {
        _ if state.is_empty() => {}
        Sink::Json(j) => j.field_strs("state", state.names())?,
        Sink::Text(out) => state.names().try_for_each(|s| write!(out, "{s} "))?,
    }
    if let Some(proto) = n.protocol()?.filter(|proto| *proto != 0) {
        let name = crate::names::unless_numeric(|| protocol_name(proto))
            .map_or_else(|| proto.to_string(), str::to_owned);
        p.string("protocol", format_args!("proto {name} "), &name)?;
    }
    p.fmt_text(format_args!("\n"))?;
    Ok(())
}

/// `nlw neigh show [SELECTOR]`: as `ip neigh show`, NOARP entries and those
/// in no state hidden unless `nud` picks them; with `proxy`, the proxy
/// table.
fn show_neighbours(ctx: &mut Ctx, selector: &Selector) -> Result<()> {
    let mut names = Names::on_demand(ctx)?;
    let wanted = selector.device(&names)?;
    let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
    let master = selector.master(&names, &mut ctx.ipr)?;
    let mut dump = crate::session::dump(&mut ctx.ipr, &selector.dump(ctx.family, master))?;
    while let Some(msg) = dump.next()? {
        let n = Neighbour::parse(&msg)?;
        if selector.picks(&n, wanted, |n| !hidden(n))? {
            listing.item(|p| {
                print(p, &n, &names, Shown { dev_named: wanted.is_some(), stats: ctx.stats > 0 })
            })?;
            names.learn_asked();
        }
    }
    listing.finish()?;
    Ok(())
}
