//! `nlw [-d] [-s [-s]] link show` and `nlw address show`.

use std::borrow::Cow;
use std::io::Write;

use nlwire::addr::{AddrFlags, Address};
use nlwire::attr::AttrIndex;
use nlwire::link::{IfFlags, Link, ARPHRD_NAMES, LINKMODE_NAMES, OPERSTATE_NAMES};
use nlwire::route::Prefix;
use nlwire::route::SCOPE_NAMES;
use nlwire_std::OwnedMessage;

use crate::args::Words;
use crate::details::{self, Show};
use crate::json::Json;
use crate::names::{hwaddr, link_flags, name_or_number, unless_numeric, Names, ADDR_FLAGS};
use crate::out::{Hue, Out};
use crate::saved::Format;
use crate::sink::{Listing, Sink};
use crate::{stats, CliError, Ctx, Result};

/// Whether the link `l` is stacked on, in this namespace, is down (or
/// unknown): ip's `M-DOWN`.
fn lower_down(l: &Link<'_>, names: &Names) -> Result<bool> {
    Ok(match (l.link()?, l.link_netnsid()?) {
        (Some(link), None) if link != 0 => !names.is_up(link as u32),
        _ => false,
    })
}

/// The link a link is stacked on (`IFLA_LINK`), as ip names it after
/// `NAME@`.
enum Lower<'n> {
    /// 0: none (`@NONE`, JSON `null`).
    Unset,
    /// In another namespace: its index there (`@if5`, JSON `link_index`).
    Elsewhere(i32),
    /// Here: its name (`@v1`, JSON `link`).
    Here(std::borrow::Cow<'n, str>),
}

impl<'n> Lower<'n> {
    fn of(l: &Link<'_>, names: &'n Names) -> Result<Option<Self>> {
        let Some(link) = l.link()? else { return Ok(None) };
        Ok(Some(match (link, l.link_netnsid()?) {
            (0, _) => Lower::Unset,
            (link, Some(_)) => Lower::Elsewhere(link),
            (link, None) => Lower::Here(names.get(link as u32)),
        }))
    }

    fn json<W: Write>(&self, j: &mut Json<W>) -> std::io::Result<()> {
        match self {
            Lower::Unset => {
                j.key("link")?;
                j.raw(format_args!("null"))
            }
            Lower::Elsewhere(index) => j.field_num("link_index", *index),
            Lower::Here(name) => j.field_str("link", name),
        }
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Lower::Unset => f.write_str("@NONE"),
            Lower::Elsewhere(index) => write!(f, "@if{index}"),
            Lower::Here(name) => write!(f, "@{name}"),
        }
    }
}

/// How ip and bridge begin a link: text `INDEX: NAME[@LINK]: <FLAGS>`,
/// JSON `ifindex`, `link` (or `link_index`), `ifname` and `flags`.
pub fn head<W: Write>(p: &mut Sink<'_, W>, l: &Link<'_>, names: &Names) -> Result<()> {
    let name = l.ifname()?.unwrap_or("");
    let flags = link_flags(l.flags(), lower_down(l, names)?);
    let lower = Lower::of(l, names)?;
    match p {
        Sink::Json(j) => {
            j.field_num("ifindex", l.ifindex())?;
            if let Some(lower) = lower {
                lower.json(j)?;
            }
            j.field_str("ifname", name)?;
            j.field_strs("flags", flags)?;
        }
        Sink::Text(out) => {
            write!(out, "{}: ", l.ifindex())?;
            out.paint(Hue::Ifname)?;
            out.str(name)?;
            if let Some(lower) = lower {
                write!(out, "{lower}")?;
            }
            out.str(": ")?;
            out.unpaint()?;
            let flags: Vec<&str> = flags.collect();
            write!(out, "<{}>", flags.join(","))?;
        }
    }
    Ok(())
}

/// ip's `-br`: a link on one line, `NAME[@LINK]  STATE  ADDRESS <FLAGS>`,
/// or with the link's `addresses` (`address show`) `NAME[@LINK]  STATE
/// ADDR/LEN...`; JSON the same few keys.
fn brief<W: Write>(
    p: &mut Sink<'_, W>,
    l: &Link<'_>,
    names: &Names,
    addresses: Option<&[Address<'_>]>,
) -> Result<()> {
    let name = l.ifname()?.unwrap_or("");
    let lower = Lower::of(l, names)?;
    let state = l.operstate()?.map(|state| name_or_number(OPERSTATE_NAMES, state.into()));
    match p {
        Sink::Json(j) => {
            if let Some(lower) = lower {
                lower.json(j)?;
            }
            j.field_str("ifname", name)?;
            if let Some(state) = &state {
                j.field_str("operstate", state)?;
            }
            if addresses.is_none() {
                if let Some(a) = l.address()? {
                    j.field_str("address", &hwaddr(a))?;
                }
                j.field_strs("flags", link_flags(l.flags(), lower_down(l, names)?))?;
            }
        }
        Sink::Text(out) => {
            let shown = match lower {
                Some(lower) => format!("{name}{lower}"),
                None => name.to_owned(),
            };
            out.paint(Hue::Ifname)?;
            write!(out, "{shown:<16} ")?;
            out.unpaint()?;
            if let Some(state) = &state {
                out.paint(l.operstate()?.map_or(Hue::Plain, Hue::of_operstate))?;
                write!(out, "{state:<14} ")?;
                out.unpaint()?;
            }
            if addresses.is_none() {
                if let Some(a) = l.address()? {
                    out.paint(Hue::Mac)?;
                    write!(out, "{} ", hwaddr(a))?;
                    out.unpaint()?;
                }
                let flags: Vec<&str> = link_flags(l.flags(), lower_down(l, names)?).collect();
                write!(out, "<{}> ", flags.join(","))?;
            }
        }
    }
    brief_addresses(p, addresses)
}

/// The end of a `-br` line: for `address show`, the addresses, text
/// `ADDR[ peer PEER]/LEN ...`, JSON `addr_info` with `local`, `address` and
/// `prefixlen` (`None` for `link show`).
fn brief_addresses<W: Write>(p: &mut Sink<'_, W>, addresses: Option<&[Address<'_>]>) -> Result<()> {
    match (p, addresses) {
        (Sink::Json(_), None) => {}
        (Sink::Json(j), Some(addresses)) => {
            j.key("addr_info")?;
            j.begin_array()?;
            for a in addresses {
                j.begin_object()?;
                if let Some(local) = a.addr()? {
                    j.field_ip("local", local)?;
                }
                if let Some(peer) = a.peer()? {
                    j.field_ip("address", peer)?;
                }
                j.field_num("prefixlen", a.prefix_len())?;
                j.end_object()?;
            }
            j.end_array()?;
        }
        (Sink::Text(out), addresses) => {
            for a in addresses.unwrap_or_default() {
                if let Some(local) = a.addr()? {
                    out.painted_ip(local)?;
                }
                if let Some(peer) = a.peer()? {
                    out.str(" peer ")?;
                    out.painted_ip(peer)?;
                }
                write!(out, "/{} ", a.prefix_len())?;
            }
            out.byte(b'\n')?;
        }
    }
    Ok(())
}

/// The transmit queue length as ip prints it (`print_queuelen`): the
/// message's, or else the device's (the full link dump's here, where ip asks
/// the device with `SIOCGIFTXQLEN`); a length of 0 is not shown.
fn txqlen(l: &Link<'_>, names: &Names) -> Result<Option<u32>> {
    let len = l.txqlen()?.or_else(|| names.txqlen(l.ifindex() as u32));
    Ok(len.filter(|len| *len != 0))
}

/// ip's words for `IFLA_EVENT` (`enum netdev_event` of `<linux/if_link.h>`,
/// `IFLA_EVENT_NONE` first), which the kernel puts in link notifications.
const EVENT_NAMES: [&str; 7] =
    ["NONE", "REBOOT", "FEATURE CHANGE", "BONDING FAILOVER", "NOTIFY PEERS", "RESEND IGMP", "BONDING OPTION"];

/// ip's `ll_type_n2a`: the link type's name, else (and with `-N`) `[N]`.
fn link_type(kind: u16) -> Cow<'static, str> {
    match unless_numeric(|| nlwire::link::name_of(ARPHRD_NAMES, kind.into())) {
        Some(name) => name.into(),
        None => format!("[{kind}]").into(),
    }
}

/// ip's `rtnl_group_n2a`: group 0 is `default` (`0` with `-N`).
fn group_name(group: u32) -> Cow<'static, str> {
    match unless_numeric(|| crate::names::group_name(group)) {
        Some(name) => name.into(),
        None => group.to_string().into(),
    }
}

/// An address's scope by name, else (and with `-N`) its number.
fn scope(scope: u8) -> Cow<'static, str> {
    unless_numeric(|| Some(name_or_number(SCOPE_NAMES, scope.into())))
        .unwrap_or_else(|| scope.to_string().into())
}

/// `IFLA_EVENT` as ip prints it: nothing for `IFLA_EVENT_NONE`, else its
/// word, or its number when ip has none.
fn event(l: &Link<'_>) -> Result<Option<Result<&'static str, u32>>> {
    let Some(event) = l.attrs().find(nlwire::link::ifla::EVENT)?.map(|a| a.u32()).transpose()? else {
        return Ok(None);
    };
    Ok(match EVENT_NAMES.get(event as usize) {
        Some(_) if event == 0 => None,
        Some(name) => Some(Ok(name)),
        None => Some(Err(event)),
    })
}

/// Writes the fields `ip -j` prints for a link, in ip's order.
pub fn link_json<W: Write>(j: &mut Json<W>, l: &Link<'_>, names: &Names, show: Show) -> Result<()> {
    head(&mut Sink::Json(j), l, names)?;
    if let Some(mtu) = l.mtu()? {
        j.field_num("mtu", mtu)?;
    }
    if let Some(q) = l.qdisc()? {
        j.field_str("qdisc", q)?;
    }
    if let Some(master) = l.master()? {
        j.field_str("master", &names.get(master))?;
    }
    if let Some(state) = l.operstate()? {
        j.field_str("operstate", &name_or_number(OPERSTATE_NAMES, state.into()))?;
    }
    if show.link() {
        if let Some(mode) = l.linkmode()? {
            j.field_str("linkmode", &name_or_number(LINKMODE_NAMES, mode.into()))?;
        }
    }
    if let Some(group) = l.group()? {
        j.field_str("group", &group_name(group))?;
    }
    if let Some(q) = txqlen(l, names)?.filter(|_| show.queue()) {
        j.field_num("txqlen", q)?;
    }
    match event(l)? {
        Some(Ok(name)) => j.field_str("event", name)?,
        Some(Err(number)) => j.field_num("event", number)?,
        None => {}
    }
    if show.link_line() {
        j.field_str("link_type", &link_type(l.link_type()))?;
        if let Some(a) = l.address()? {
            j.field_str("address", &hwaddr(a))?;
        }
        if let Some(b) = l.broadcast()? {
            j.field_str("broadcast", &hwaddr(b))?;
        }
    }
    if let Some(nsid) = l.link_netnsid()? {
        j.field_num("link_netnsid", nsid)?;
    }
    if show.details() {
        details::print(&mut Sink::Json(j), l, names, show)?;
    }
    if show.alias() {
        if let Some(alias) = l.alias()? {
            j.field_str("ifalias", alias)?;
        }
    }
    Ok(())
}

/// The text line(s) `ip link show` prints for a link.
pub fn link_text<W: Write>(out: &mut Out<W>, l: &Link<'_>, names: &Names, show: Show) -> Result<()> {
    head(&mut Sink::Text(out), l, names)?;
    if let Some(mtu) = l.mtu()? {
        write!(out, " mtu {mtu}")?;
    }
    if let Some(q) = l.qdisc()? {
        write!(out, " qdisc {q}")?;
    }
    if let Some(master) = l.master()? {
        write!(out, " master {}", names.get(master))?;
    }
    if let Some(state) = l.operstate()? {
        out.str(" state ")?;
        out.paint(Hue::of_operstate(state))?;
        write!(out, "{}", name_or_number(OPERSTATE_NAMES, state.into()))?;
        out.unpaint_after_space();
    }
    if show.link() {
        if let Some(mode) = l.linkmode()? {
            write!(out, " mode {}", name_or_number(LINKMODE_NAMES, mode.into()))?;
        }
    }
    if let Some(group) = l.group()? {
        write!(out, " group {}", group_name(group))?;
    }
    match txqlen(l, names)?.filter(|_| show.queue()) {
        Some(q) => write!(out, " qlen {q}")?,
        // Each of ip's fields ends with a space but `qlen`: without it, the line does.
        None => write!(out, " ")?,
    }
    match event(l)? {
        Some(Ok(name)) => write!(out, "event {name} ")?,
        Some(Err(number)) => write!(out, "event {number} ")?,
        None => {}
    }
    if show.link_line() {
        // As ip: the type's word ends with a space, address or not.
        write!(out, "\n    link/{} ", link_type(l.link_type()))?;
        if let Some(a) = l.address()? {
            out.painted(Hue::Mac, &hwaddr(a))?;
        }
        if let Some(b) = l.broadcast()? {
            out.str(" brd ")?;
            out.painted(Hue::Mac, &hwaddr(b))?;
        }
    }
    if let Some(nsid) = l.link_netnsid()? {
        match names.namespace(nsid) {
            Some(name) => write!(out, " link-netns {name}")?,
            None if nsid >= 0 => write!(out, " link-netnsid {nsid}")?,
            None => write!(out, " link-netnsid unknown")?,
        }
    }
    if show.details() {
        details::print(&mut Sink::Text(out), l, names, show)?;
    }
    writeln!(out)?;
    if show.alias() {
        if let Some(alias) = l.alias()? {
            writeln!(out, "    alias {alias}")?;
        }
    }
    Ok(())
}

/// The link's alternative names (`ip link property add ... altname`, as
/// udev gives NICs): text a line `    altname NAME` each, JSON `altnames`.
/// ip prints them after the counters under `link show`, and right after
/// the link under `address show`.
fn altnames<W: Write>(p: &mut Sink<'_, W>, l: &Link<'_>) -> Result<()> {
    let Some(props) = l.prop_list()? else { return Ok(()) };
    let names = props.alt_ifname().collect::<nlwire::Result<Vec<&str>>>()?;
    match p {
        Sink::Json(j) => j.field_strs("altnames", names)?,
        Sink::Text(out) => names.iter().try_for_each(|name| writeln!(out, "    altname {name}"))?,
    }
    Ok(())
}

/// ip's link selector, of `link show` and `address show|flush`: `[dev]
/// DEV`, `up`, `master DEV`, `type KIND` (`KIND_slave`: links that are
/// ports of a `KIND`); for addresses, also their own (see [`AddrSelector`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    dev: Option<String>,
    up: bool,
    master: Option<String>,
    /// The master was named by `vrf NAME`: it must be a VRF.
    master_is_vrf: bool,
    kind: Option<String>,
    /// `group G`: the links of that group.
    group: Option<u32>,
    addresses: AddrSelector,
}

/// ip's address selector: `scope S`, `to PREFIX`, `label PATTERN`, and the
/// state words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct AddrSelector {
    scope: Option<u8>,
    to: Option<Prefix>,
    /// A shell pattern the address's label (else its link's name) matches.
    label: Option<String>,
    /// Flags an address must have, and flags it must not.
    with: AddrFlags,
    without: AddrFlags,
}

/// ip's `get_filter`: a word of [`ADDR_FLAGS`] (or `dynamic`, not
/// `permanent`, and `primary`, not `secondary`), `-` before it asking for
/// addresses without the flag; the flag and whether it is had.
fn addr_state(word: &str) -> Option<(AddrFlags, bool)> {
    let (inverted, word) = match word.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, word),
    };
    let (inverted, word) = match word {
        "dynamic" => (!inverted, "permanent"),
        "primary" => (!inverted, "secondary"),
        w => (inverted, w),
    };
    ADDR_FLAGS.iter().find(|(name, ..)| *name == word).map(|(_, flag, ..)| (*flag, !inverted))
}

impl AddrSelector {
    /// Whether `a` is picked (`names`: its link's name, for `label`).
    fn picks(&self, a: &Address<'_>, names: &Names) -> Result<bool> {
        if let Some(pattern) = &self.label {
            let label = match a.label()? {
                Some(label) => label.into(),
                None => names.get(a.ifindex()),
            };
            if !fnmatch(pattern.as_bytes(), label.as_bytes()) {
                return Ok(false);
            }
        }
        let flags = a.flags()?;
        let to = match (self.to, a.addr()?) {
            (Some(to), Some(local)) => crate::route::leading_bits_equal(local, to.addr, to.len),
            (Some(_), None) => false,
            (None, _) => true,
        };
        Ok(to
            && self.scope.is_none_or(|s| s == a.scope())
            && flags.contains(self.with)
            && !flags.intersects(self.without))
    }

    /// Whether it picks by anything.
    fn picks_some(&self) -> bool {
        *self != AddrSelector::default()
    }
}

impl Filter {
    /// Parses the words after `show` (`addresses`: `address show` or
    /// `flush`, which take the address words too).
    pub fn parse(args: &[String], addresses: bool) -> Result<Self> {
        let mut filter = Filter::default();
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let picks = &mut filter.addresses;
            match word {
                "scope" if addresses => {
                    let v = words.value()?;
                    let scope =
                        crate::modify::named("scope", v, nlwire::route::scope_name).map_err(|_| {
                            CliError::usage(format!("Error: argument \"{v}\" is wrong: invalid \"scope\""))
                        })?;
                    picks.scope = Some(scope);
                }
                "to" if addresses => picks.to = Some(crate::modify::prefix(words.value()?, 0)?),
                "label" if addresses => picks.label = Some(words.value()?.to_owned()),
                w if addresses && addr_state(w).is_some() => {
                    // The last word of a flag wins, as in ip.
                    if let Some((flag, had)) = addr_state(w) {
                        if had {
                            (picks.with, picks.without) = (picks.with | flag, picks.without - flag);
                        } else {
                            (picks.with, picks.without) = (picks.with - flag, picks.without | flag);
                        }
                    }
                }
                "up" => filter.up = true,
                "master" => filter.master = Some(words.value()?.to_owned()),
                "vrf" => {
                    filter.master = Some(words.value()?.to_owned());
                    filter.master_is_vrf = true;
                }
                "type" => filter.kind = Some(words.value()?.to_owned()),
                "group" => {
                    let v = words.value()?;
                    let group = crate::names::group_number(v);
                    filter.group = Some(group.ok_or_else(|| {
                        CliError::usage(format!(
                            "Error: argument \"{v}\" is wrong: Invalid \"group\" value\n"
                        ))
                    })?);
                }
                _ => {
                    let dev = if word == "dev" { words.value()? } else { word };
                    if filter.dev.is_some() {
                        return Err(CliError::usage(format!(
                            "Error: either \"dev\" is duplicate, or \"{dev}\" is a garbage."
                        )));
                    }
                    filter.dev = Some(dev.to_owned());
                }
            }
        }
        Ok(filter)
    }

    /// The filter with its devices found among `names`: refused in ip's
    /// words when one is missing (or `vrf NAME` is not a VRF, which `ipr`
    /// is asked).
    fn resolve<'f>(&'f self, names: &Names, ipr: &mut nlwire_std::IPRoute) -> Result<Selected<'f>> {
        if let Some(vrf) = self.master.as_deref().filter(|_| self.master_is_vrf) {
            if !crate::vrf::is_vrf(ipr, vrf) {
                return Err(CliError::usage(format!(
                    "Error: argument \"{vrf}\" is wrong: Not a valid VRF name\n"
                )));
            }
        }
        let index = |dev: &str| names.index(dev);
        let dev = self
            .dev
            .as_deref()
            .map(|d| index(d).ok_or_else(|| CliError::rejected(format!("Device \"{d}\" does not exist."))));
        let master = self.master.as_deref().map(|m| {
            index(m).ok_or_else(|| {
                CliError::usage(format!("Error: argument \"{m}\" is wrong: Device does not exist"))
            })
        });
        let kind = self.kind.as_deref().map(|k| match k.strip_suffix("_slave") {
            Some(port_of) if !port_of.is_empty() => (port_of, true),
            _ => (k, false),
        });
        Ok(Selected {
            dev: dev.transpose()?,
            up: self.up,
            master: master.transpose()?,
            kind,
            group: self.group,
        })
    }
}

/// A [`Filter`] with its devices' indexes.
struct Selected<'f> {
    dev: Option<u32>,
    up: bool,
    master: Option<u32>,
    /// The kind, and whether it is the kind of the link's master.
    kind: Option<(&'f str, bool)>,
    group: Option<u32>,
}

impl Selected<'_> {
    fn selects(&self, l: &Link<'_>) -> Result<bool> {
        if self.dev.is_some_and(|d| d != l.ifindex() as u32) || (self.up && !l.flags().contains(IfFlags::UP))
        {
            return Ok(false);
        }
        if self.master.is_some() && l.master()? != self.master {
            return Ok(false);
        }
        if let Some(group) = self.group {
            if l.group()?.is_some_and(|g| g != group) {
                return Ok(false);
            }
        }
        let Some((kind, of_master)) = self.kind else { return Ok(true) };
        let info = l.linkinfo()?;
        let of_link = match (info, of_master) {
            (Some(info), false) => info.kind()?,
            (Some(info), true) => info.slave_kind()?,
            (None, _) => None,
        };
        Ok(of_link == Some(kind))
    }
}

/// The listing of `link` and `address show` on stdout, on one line per
/// object under `-o`.
fn listing(ctx: &Ctx) -> Listing<std::io::StdoutLock<'static>> {
    let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
    if ctx.oneline {
        listing.oneline();
    }
    listing
}

/// `nlw [-d] [-s] link show [FILTER]`: one dump, kept until it ends, as
/// ip keeps it: a link is printed with the names of the links it refers to
/// (its peer, its master), which may come later in the dump.
pub fn show(ctx: &mut Ctx, filter: &Filter) -> Result<()> {
    let show = if ctx.details { Show::LinkDetails } else { Show::Link };
    let links = crate::session::dump_owned(&mut ctx.ipr, &nlwire::link::Dump::default(), 3)?;
    let mut names = Names::of_links(&links)?;
    names.name_namespaces(&mut ctx.ipr);
    let selected = filter.resolve(&names, &mut ctx.ipr)?;
    let mut listing = listing(ctx);
    // A link has fifty attributes and its printing reads most of them.
    let mut index = AttrIndex::new();
    for m in &links {
        let msg = m.message();
        let l = Link::parse(&msg)?;
        let l = l.indexed(&mut index);
        if !selected.selects(&l)? {
            continue;
        }
        if ctx.brief {
            listing.item(|p| brief(p, &l, &names, None))?;
            continue;
        }
        listing.item(|p| {
            match p {
                Sink::Json(j) => link_json(j, &l, &names, show)?,
                Sink::Text(out) => link_text(*out, &l, &names, show)?,
            }
            if ctx.stats > 0 {
                stats::print(p, &l, ctx.stats, ctx.human)?;
            }
            altnames(p, &l)
        })?;
    }
    listing.finish()?;
    Ok(())
}

/// The links `dump` asks for (only `wanted` when given), each written by
/// `print` into one listing on stdout, text or `-j`, as they come.
pub fn print_links(
    ctx: &mut Ctx,
    dump: &nlwire::link::Dump<'_>,
    wanted: Option<u32>,
    mut print: impl FnMut(&mut Sink<'_, std::io::StdoutLock<'static>>, &Link<'_>) -> Result<()>,
) -> Result<()> {
    let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
    let mut dump = crate::session::dump(&mut ctx.ipr, dump)?;
    // A link has fifty attributes and its printing reads most of them.
    let mut index = AttrIndex::new();
    while let Some(msg) = dump.next()? {
        let l = Link::parse(&msg)?;
        let l = l.indexed(&mut index);
        if wanted.is_none_or(|w| w == l.ifindex() as u32) {
            listing.item(|p| print(p, &l))?;
        }
    }
    listing.finish()?;
    Ok(())
}

/// The words `ip address` prints of an address's flags (`print_ifa_flags`),
/// each a `true` key in JSON: [`ADDR_FLAGS`] in order, `dynamic` for one
/// without `permanent`; then the bits ip has no word for, in hex.
fn addr_flag_words(flags: AddrFlags, inet6: bool) -> (impl Iterator<Item = &'static str>, u32) {
    let named = ADDR_FLAGS.iter().fold(AddrFlags::empty(), |all, (_, flag, ..)| all | *flag);
    // `temporary` shares `secondary`'s bit: ip clears the bit once printed.
    let words =
        ADDR_FLAGS.iter().filter(|(name, ..)| *name != "temporary").filter_map(move |(name, flag, ..)| {
            match *flag {
                AddrFlags::PERMANENT => (!flags.contains(*flag)).then_some("dynamic"),
                AddrFlags::SECONDARY if flags.contains(*flag) && inet6 => Some("temporary"),
                f => flags.contains(f).then_some(*name),
            }
        });
    (words, (flags - named).bits())
}

fn lifetime(v: u32) -> String {
    if v == u32::MAX {
        "forever".into()
    } else {
        format!("{v}sec")
    }
}

pub fn addr_json<W: Write>(j: &mut Json<W>, a: &Address<'_>) -> Result<()> {
    let inet6 = a.family() == 10;
    j.field_str("family", if inet6 { "inet6" } else { "inet" })?;
    if let Some(local) = a.addr()? {
        j.field_ip("local", local)?;
    }
    if let Some(peer) = a.peer()? {
        j.field_ip("address", peer)?;
    }
    j.field_num("prefixlen", a.prefix_len())?;
    if let Some(b) = a.broadcast()? {
        j.field_ip("broadcast", b)?;
    }
    j.field_str("scope", &scope(a.scope()))?;
    let (words, rest) = addr_flag_words(a.flags()?, inet6);
    for key in words {
        j.field_true(key)?;
    }
    if rest != 0 {
        j.field_str("ifa_flags", &format!("{rest:02x}"))?;
    }
    if let Some(label) = a.label()? {
        j.field_str("label", label)?;
    }
    if let Some(ci) = a.cacheinfo()? {
        j.field_num("valid_life_time", ci.ifa_valid.get())?;
        j.field_num("preferred_life_time", ci.ifa_prefered.get())?;
    }
    Ok(())
}

pub fn addr_text<W: Write>(out: &mut Out<W>, a: &Address<'_>) -> Result<()> {
    let inet6 = a.family() == 10;
    write!(out, "    {} ", if inet6 { "inet6" } else { "inet" })?;
    if let Some(local) = a.addr()? {
        out.painted_ip(local)?;
    }
    if let Some(peer) = a.peer()? {
        out.str(" peer ")?;
        out.painted_ip(peer)?;
    }
    write!(out, "/{}", a.prefix_len())?;
    if let Some(b) = a.broadcast()? {
        out.str(" brd ")?;
        out.paint(Hue::of(b))?;
        out.ip(b)?;
        out.unpaint_after_space();
    }
    // As ip: each word followed by a space, but the label.
    write!(out, " scope {} ", scope(a.scope()))?;
    let (words, rest) = addr_flag_words(a.flags()?, inet6);
    for word in words {
        write!(out, "{word} ")?;
    }
    if rest != 0 {
        write!(out, "flags {rest:02x} ")?;
    }
    if let Some(label) = a.label()? {
        write!(out, "{label}")?;
    }
    writeln!(out)?;
    if let Some(ci) = a.cacheinfo()? {
        writeln!(
            out,
            "       valid_lft {} preferred_lft {}",
            lifetime(ci.ifa_valid.get()),
            lifetime(ci.ifa_prefered.get())
        )?;
    }
    Ok(())
}

impl Filter {
    /// The family listed: `-4`/`-6` if given, else `to`'s, as ip.
    fn family(&self, asked: u8) -> u8 {
        match (asked, self.addresses.to) {
            (0, Some(to)) if to.addr.is_ipv4() => 2,
            (0, Some(_)) => 10,
            (family, _) => family,
        }
    }
}

/// `nlw address flush FILTER`: deletes the addresses picked on the links
/// picked, as ip's flush (see [`crate::session::flush`]).
pub fn flush_addresses(ctx: &mut Ctx, filter: &Filter) -> Result<()> {
    let links = crate::session::dump_owned(&mut ctx.ipr, &nlwire::link::Dump::default(), 3)?;
    let names = Names::of_links(&links)?;
    let selected = filter.resolve(&names, &mut ctx.ipr)?;
    let mut picked_links = Vec::new();
    for m in &links {
        let msg = m.message();
        let l = Link::parse(&msg)?;
        if selected.selects(&l)? {
            picked_links.push(l.ifindex() as u32);
        }
    }
    let dump = nlwire::addr::Dump { family: filter.family(ctx.family), ifindex: 0 };
    let picks = |msg: &nlwire::Message<'_>| {
        let a = Address::parse(msg)?;
        Ok(picked_links.contains(&a.ifindex()) && filter.addresses.picks(&a, &names)?)
    };
    // EADDRNOTAVAIL: gone with the primary address before it.
    match crate::session::flush(
        &mut ctx.ipr,
        ctx.flush_rounds,
        &dump,
        nlwire::msg_type::RTM_DELADDR,
        99,
        picks,
    )? {
        true => Ok(()),
        false => Err(CliError::refused(format!(
            "*** Flush remains incomplete after {} rounds. ***",
            ctx.flush_rounds
        ))),
    }
}

/// `nlw [-d] address show [FILTER]`: each link with its addresses.
pub fn show_addresses(ctx: &mut Ctx, filter: &Filter) -> Result<()> {
    // `-0` (`-f link`): the links alone, as ip lists them.
    let links_alone = ctx.family == crate::AF_PACKET;
    let family = filter.family(ctx.family);
    let show = match (ctx.details, family) {
        (true, _) => Show::AddressDetails,
        (false, 0) => Show::Address,
        (false, _) if links_alone => Show::Address,
        (false, _) => Show::AddressOfFamily,
    };
    let addrs: Vec<OwnedMessage> = match links_alone {
        true => Vec::new(),
        false => crate::session::dump_owned(&mut ctx.ipr, &nlwire::addr::Dump { family, ifindex: 0 }, 3)?,
    };
    // As ip, the links are asked for in the family of `-4`/`-6` (not
    // `to`'s): for IPv6 the kernel answers with its short IPv6 view of each
    // link (no qdisc, no group). A named device ip asks for by itself, and
    // that answer is the whole link whatever the family.
    let link_family = if filter.dev.is_some() || links_alone { 0 } else { ctx.family };
    let links: Vec<OwnedMessage> = crate::session::dump_owned(
        &mut ctx.ipr,
        &nlwire::link::Dump { family: link_family, ..Default::default() },
        3,
    )?;
    // The IPv6 view of a link leaves out what ip prints of the links it
    // refers to (whether they are up); without a family, the links are
    // their own names.
    let mut names = match link_family {
        0 => Names::of_links(&links)?,
        _ => Names::load(&mut ctx.ipr)?,
    };
    names.name_namespaces(&mut ctx.ipr);
    let selected = filter.resolve(&names, &mut ctx.ipr)?;
    let mut listing = listing(ctx);
    let oneline = ctx.oneline && !ctx.json;
    let mut attr_index = AttrIndex::new();
    for lm in &links {
        let lmsg = lm.message();
        let l = Link::parse(&lmsg)?;
        let l = l.indexed(&mut attr_index);
        let index = l.ifindex() as u32;
        if !selected.selects(&l)? {
            continue;
        }
        let all: Vec<Address<'_>> = addrs
            .iter()
            .map(|m| m.bytes())
            .filter_map(|b| nlwire::Message::parse(b).ok())
            .filter_map(|m| Address::parse(&m).ok())
            .filter(|a| a.ifindex() == index)
            .collect();
        let had_any = !all.is_empty();
        let mut mine = Vec::with_capacity(all.len());
        for a in all {
            if filter.addresses.picks(&a, &names)? {
                mine.push(a);
            }
        }
        // As ip: a link with addresses, none of them picked, is not listed;
        // one without any is.
        if ((family != 0 && !links_alone) || (filter.addresses.picks_some() && had_any)) && mine.is_empty() {
            continue;
        }
        // As ip 6.1: under `label`, the addresses without their link's part.
        let headless = filter.addresses.label.is_some();
        if ctx.brief && headless {
            listing.item(|p| brief_addresses(p, Some(&mine)))?;
            continue;
        }
        if ctx.brief {
            let addresses = Some(&mine[..]).filter(|_| !links_alone);
            listing.item(|p| brief(p, &l, &names, addresses))?;
            continue;
        }
        if oneline && !links_alone {
            // ip's `-o`: a line per address, after its link's index and
            // name; not the link's own lines.
            let name = l.ifname()?.unwrap_or("");
            for a in &mine {
                listing.item(|p| {
                    if let Sink::Text(out) = p {
                        write!(out, "{index}: {name}")?;
                        addr_text(*out, a)?;
                    }
                    Ok::<_, CliError>(())
                })?;
            }
            continue;
        }
        // ip's `-o -j`: each link only its addresses, each naming its link.
        let addresses_alone = ctx.oneline && ctx.json && !links_alone;
        listing.item(|p| {
            match p {
                Sink::Json(j) => {
                    if !headless && !addresses_alone {
                        link_json(j, &l, &names, show)?;
                        altnames(&mut Sink::Json(j), &l)?;
                    }
                    if !links_alone {
                        j.key("addr_info")?;
                        j.begin_array()?;
                        for a in &mine {
                            j.begin_object()?;
                            if addresses_alone {
                                j.field_num("index", index)?;
                                j.field_str("dev", l.ifname()?.unwrap_or(""))?;
                            }
                            addr_json(j, a)?;
                            j.end_object()?;
                        }
                        j.end_array()?;
                    }
                }
                Sink::Text(out) => {
                    if !headless {
                        link_text(*out, &l, &names, show)?;
                        altnames(&mut Sink::Text(out), &l)?;
                    }
                    for a in &mine {
                        addr_text(*out, a)?;
                    }
                }
            }
            if ctx.stats > 0 && !headless && !addresses_alone {
                stats::print(p, &l, ctx.stats, ctx.human)?;
            }
            Ok::<_, CliError>(())
        })?;
    }
    listing.finish()?;
    Ok(())
}

/// `nlw address save [FILTER] > FILE`: the addresses as the kernel dumped
/// them, after [`Format::ADDRESS`]'s magic. As ip, only the device (and
/// `-4`/`-6`) picks: the kernel is asked for its addresses alone.
pub fn save_addresses(ctx: &mut Ctx, filter: &Filter) -> Result<()> {
    let names = Names::load(&mut ctx.ipr)?;
    let ifindex = filter.resolve(&names, &mut ctx.ipr)?.dev.unwrap_or(0);
    let mut out = Format::ADDRESS.create()?;
    let mut dump = crate::session::dump(&mut ctx.ipr, &nlwire::addr::Dump { family: ctx.family, ifindex })?;
    while let Some(msg) = dump.next()? {
        out.write_all(msg.bytes())?;
    }
    out.flush()?;
    Ok(())
}

/// `nlw address restore < FILE`: each saved address added again, in the
/// file's order.
pub fn restore_addresses(ctx: &mut Ctx) -> Result<()> {
    let mut saved = Format::ADDRESS.open()?;
    while let Some(msg) = saved.next()? {
        Format::ADDRESS.restore(&mut ctx.ipr, &msg)?;
    }
    Ok(())
}

/// `nlw address showdump < FILE`: each saved address under its link's
/// index (`if2:`), as ip prints them; under `-j` one object of them all
/// (`addr_info`), each with its `index`.
pub fn show_saved_addresses(ctx: &mut Ctx) -> Result<()> {
    let mut saved = Format::ADDRESS.open()?;
    let mut j = Json::new(std::io::stdout().lock(), ctx.pretty);
    if ctx.json {
        j.begin_array()?;
        j.begin_object()?;
        j.key("addr_info")?;
        j.begin_array()?;
    } else if ctx.oneline {
        j.out().oneline();
    }
    let printed = loop {
        let msg = match saved.next() {
            Ok(Some(msg)) => msg,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        if msg.kind() != nlwire::msg_type::RTM_NEWADDR {
            continue;
        }
        let a = Address::parse(&msg)?;
        if ctx.json {
            j.begin_object()?;
            j.field_num("index", a.ifindex())?;
            addr_json(&mut j, &a)?;
            j.end_object()?;
        } else {
            writeln!(j.out(), "if{}:", a.ifindex())?;
            addr_text(j.out(), &a)?;
            j.out().end_object()?;
        }
    };
    // As ip: what was printed before a broken message stays, closed.
    if ctx.json {
        j.end_array()?;
        j.end_object()?;
        j.end_array()?;
        j.finish()?;
    }
    j.out().flush()?;
    printed
}

/// C's `fnmatch(pattern, s, 0)` on bytes, as ip matches `label`: `*`, `?`,
/// `[...]` (`!` or `^` first negates; ranges; `[:alpha:]` and the other
/// classes), `\\` quoting the next character. A `[` without its `]` is
/// itself.
fn fnmatch(pattern: &[u8], s: &[u8]) -> bool {
    let (mut p, mut at) = (0, 0);
    // After a `*`: where the pattern goes on, and where in `s` it last tried.
    let mut star = None;
    loop {
        match pattern.get(p) {
            Some(b'*') => {
                p += 1;
                star = Some((p, at));
                continue;
            }
            Some(_) => {
                if let Some(next) = s.get(at).and_then(|c| match_one(pattern, p, *c)) {
                    (p, at) = (next, at + 1);
                    continue;
                }
            }
            None if at == s.len() => return true,
            None => {}
        }
        // The `*` takes one more character, if it can.
        match star {
            Some((after, tried)) if tried < s.len() => {
                star = Some((after, tried + 1));
                (p, at) = (after, tried + 1);
            }
            _ => return false,
        }
    }
}

/// Where the pattern goes on if its element at `p` (not `*`) matches `c`.
fn match_one(pattern: &[u8], p: usize, c: u8) -> Option<usize> {
    match pattern[p] {
        b'?' => Some(p + 1),
        // A trailing `\\` matches nothing.
        b'\\' => (pattern.get(p + 1) == Some(&c)).then_some(p + 2),
        b'[' => match bracket(pattern, p + 1, c) {
            Some((matched, end)) => matched.then_some(end),
            None => (c == b'[').then_some(p + 1),
        },
        literal => (literal == c).then_some(p + 1),
    }
}

/// Whether a character is of a class.
type IsOfClass = fn(&u8) -> bool;

/// The classes of `[[:NAME:]]` (C's locale).
const CLASSES: [(&str, IsOfClass); 12] = [
    ("alnum", u8::is_ascii_alphanumeric),
    ("alpha", u8::is_ascii_alphabetic),
    ("blank", |c| *c == b' ' || *c == b'\t'),
    ("cntrl", u8::is_ascii_control),
    ("digit", u8::is_ascii_digit),
    ("graph", u8::is_ascii_graphic),
    ("lower", u8::is_ascii_lowercase),
    ("print", |c| c.is_ascii_graphic() || *c == b' '),
    ("punct", u8::is_ascii_punctuation),
    ("space", |c| c.is_ascii_whitespace() || *c == b'\x0b'),
    ("upper", u8::is_ascii_uppercase),
    ("xdigit", u8::is_ascii_hexdigit),
];

/// The set after a `[` at `start`: whether `c` is in it (negation applied)
/// and where the pattern goes on; `None` without a closing `]`. An unknown
/// class matches nothing.
fn bracket(pattern: &[u8], start: usize, c: u8) -> Option<(bool, usize)> {
    let negated = matches!(pattern.get(start), Some(b'!' | b'^'));
    let mut i = start + usize::from(negated);
    let mut matched = false;
    let mut first = true;
    loop {
        let b = *pattern.get(i)?;
        if b == b']' && !first {
            return Some((matched != negated, i + 1));
        }
        first = false;
        if b == b'[' && pattern.get(i + 1) == Some(&b':') {
            let rest = pattern.get(i + 2..)?;
            if let Some(len) = rest.windows(2).position(|w| w == b":]") {
                let Some((_, is)) = CLASSES.iter().find(|(name, _)| name.as_bytes() == &rest[..len]) else {
                    return Some((false, i));
                };
                matched |= is(&c);
                i += len + 4;
                continue;
            }
        }
        // One character, quoted or not, or a range of them.
        let one = |i: &mut usize| -> Option<u8> {
            let quoted = pattern.get(*i) == Some(&b'\\');
            *i += usize::from(quoted);
            let b = *pattern.get(*i)?;
            *i += 1;
            Some(b)
        };
        let low = one(&mut i)?;
        let high = match (pattern.get(i), pattern.get(i + 1)) {
            (Some(b'-'), Some(end)) if *end != b']' => {
                i += 1;
                one(&mut i)?
            }
            _ => low,
        };
        matched |= (low..=high).contains(&c);
    }
}
