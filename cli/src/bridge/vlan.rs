//! `nlw bridge vlan show|tunnelshow|add|del|set|global`: the VLANs of bridge
//! ports and the tunnel ids they map to, from the `AF_BRIDGE` link dump with
//! `RTEXT_FILTER_BRVLAN` (`_COMPRESSED` with `-compressvlans`), and their
//! changes (`RTM_SETLINK`/`RTM_DELLINK` with `IFLA_AF_SPEC`); with `-d`, and
//! for `global`, their options from the `RTM_GETVLAN` dump, changed with
//! `RTM_NEWVLAN` (`set`, `global set`); with `-s` (no `-d`), their counters
//! from the `RTM_GETSTATS` dumps; as bridge 6.1 (`bridge/vlan.c`) prints and
//! takes them.
//!
//! ```sh
//! nlw bridge vlan add dev v0 vid 10 pvid untagged
//! nlw bridge vlan add dev vx0 vid 20-22 tunnel_info id 200-202
//! nlw bridge vlan show
//! # port              vlan-id
//! # v0                10 PVID Egress Untagged
//! nlw -j bridge vlan show   # [{"ifname":"v0","vlans":[{"vlan":10,"flags":["PVID","Egress Untagged"]}]}]
//! nlw bridge vlan tunnelshow
//! # port              vlan-id    tunnel-id
//! # vx0               20-22      200-202
//! nlw bridge vlan set dev v0 vid 10 state forwarding
//! nlw bridge vlan global set dev br0 vid 10 mcast_snooping 1
//! nlw -d bridge vlan show
//! nlw -s bridge vlan show
//! # port              vlan-id
//! # br0               1 PVID Egress Untagged
//! #                     RX: 1042 bytes 12 packets
//! #                     TX: 0 bytes 0 packets
//! ```

use std::io::Write;

use nlwire::bridge::{
    tunnels, vlan_xstats, vlandb, vlans, BridgeFlags, BridgeVlanInfoFlags, TunnelRange, VlanAdd, VlanDb,
    VlanDbDump, VlanDel, VlanDump, VlanEntry, VlanGlobalOptions, VlanGlobalSet, VlanRange, VlanSet,
    VlanXstats, TUNNEL_ID_LIMIT, VLANDB_DUMPF_GLOBAL, VLANDB_DUMPF_STATS,
};
use nlwire::link::{ifla_stats, name_of, stats_filter_bit, Link, LinkStats, StatsDump};
use nlwire::neigh::AF_BRIDGE;
use nlwire::tables::rt_link::{BridgeVlandbEntryAttrs, BridgeVlandbGoptsAttrs, BR_PORT_STATE_NAMES};

use super::invalid_argument;
use crate::args::incomplete;
use crate::args::{atoi, c_number, duplicate, Words};
use crate::json::Json;
use crate::matches;
use crate::names::Names;
use crate::sink::{Listing, Sink};
use crate::{CliError, Ctx, Result};

/// `bridge vlan help`.
pub const USAGE: &str =
    "Usage: nlw bridge vlan { add | del } vid VLAN_ID dev DEV [ tunnel_info id TUNNEL_ID ]
                                                     [ pvid ] [ untagged ]
                                                     [ self ] [ master ]
       nlw bridge vlan { set } vid VLAN_ID dev DEV [ state STP_STATE ]
                                               [ mcast_router MULTICAST_ROUTER ]
       nlw bridge vlan { show } [ dev DEV ] [ vid VLAN_ID ]
       nlw bridge vlan { tunnelshow } [ dev DEV ] [ vid VLAN_ID ]
       nlw bridge vlan global { set } vid VLAN_ID dev DEV
                      [ mcast_snooping MULTICAST_SNOOPING ]
                      [ mcast_querier MULTICAST_QUERIER ]
                      [ mcast_igmp_version IGMP_VERSION ]
                      [ mcast_mld_version MLD_VERSION ]
                      [ mcast_last_member_count LAST_MEMBER_COUNT ]
                      [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]
                      [ mcast_startup_query_count STARTUP_QUERY_COUNT ]
                      [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]
                      [ mcast_membership_interval MEMBERSHIP_INTERVAL ]
                      [ mcast_querier_interval QUERIER_INTERVAL ]
                      [ mcast_query_interval QUERY_INTERVAL ]
                      [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]
       nlw bridge vlan global { show } [ dev DEV ] [ vid VLAN_ID ]";

/// `IFNAMSIZ`: the width bridge gives the port's name.
const PORT_WIDTH: usize = 16;

/// bridge's heading of `-s vlan show`.
const STATS_HEADING: &str = "port              vlan-id\n";

/// bridge's `VLAN_ID_LEN`: the width of the `vlan-id` column.
const VLAN_WIDTH: usize = 9;

/// A parsed `bridge vlan` command.
pub enum VlanCommand {
    Show(VlanShow),
    Change { add: bool, change: VlanChange },
    Set(VlanOptionsSet),
}

impl VlanCommand {
    /// Parses the words after `vlan` (none: `show`).
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((verb, args)) = words.split_first() else {
            return Ok(VlanCommand::Show(VlanShow::parse(&[], Subject::Vlans)?));
        };
        if matches(verb, "add", 1) {
            return Ok(VlanCommand::Change { add: true, change: VlanChange::parse(args)? });
        }
        if matches(verb, "delete", 1) {
            return Ok(VlanCommand::Change { add: false, change: VlanChange::parse(args)? });
        }
        if matches(verb, "show", 1) || matches(verb, "lst", 1) || matches(verb, "list", 1) {
            return VlanShow::parse(args, Subject::Vlans).map(VlanCommand::Show);
        }
        if matches(verb, "tunnelshow", 1) {
            return VlanShow::parse(args, Subject::Tunnels).map(VlanCommand::Show);
        }
        if matches(verb, "set", 2) {
            return VlanOptionsSet::parse(args, false).map(VlanCommand::Set);
        }
        // As bridge: `global` whole, then `show`, `lst`, `list` or `set`
        // whole (or nothing).
        if verb == "global" {
            return match args.split_first() {
                None => VlanShow::parse(&[], Subject::Global).map(VlanCommand::Show),
                Some((show, args)) if ["show", "lst", "list"].contains(&show.as_str()) => {
                    VlanShow::parse(args, Subject::Global).map(VlanCommand::Show)
                }
                Some((set, args)) if set == "set" => VlanOptionsSet::parse(args, true).map(VlanCommand::Set),
                Some(_) => Err(CliError::usage(USAGE)),
            };
        }
        if matches(verb, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw bridge vlan help\".")))
    }

    /// Runs the command.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            VlanCommand::Show(show) => show.run(ctx),
            VlanCommand::Change { add, change } => change.send(ctx, *add),
            VlanCommand::Set(set) => set.send(ctx),
        }
    }
}

/// `bridge vlan add|del dev DEV vid VID[-VID2] [tunnel_info id ID[-ID2]]
/// [pvid] [untagged] [self] [master]`.
pub struct VlanChange {
    dev: String,
    /// C's `short`s from `atoi`, as bridge keeps them.
    vid: i16,
    last: Option<i16>,
    pvid: bool,
    untagged: bool,
    flags: BridgeFlags,
    /// `tunnel_info id ID[-ID2]`: the first tunnel id, and the last one
    /// (which bridge keeps once given, and sends 0 for when not).
    tunnel: Option<(u32, u32)>,
}

impl VlanChange {
    fn parse(args: &[String]) -> Result<Self> {
        let (mut dev, mut vid, mut last) = (None, None, None);
        let (mut pvid, mut untagged, mut flags) = (false, false, BridgeFlags::empty());
        let mut tunnel: Option<(u32, u32)> = None;
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let mut value = || words.next().ok_or_else(incomplete);
            match word {
                // As bridge: the last `dev` and `vid` are the ones.
                "dev" => dev = Some(value()?.to_owned()),
                // As bridge: a range's end stays once given.
                "vid" => {
                    let v = value()?;
                    match v.split_once('-') {
                        Some((first, end)) => {
                            (vid, last) = (Some(atoi(first) as i16), Some(atoi(end) as i16))
                        }
                        None => vid = Some(atoi(v) as i16),
                    }
                }
                "self" => flags |= BridgeFlags::SELF,
                "master" => flags |= BridgeFlags::MASTER,
                "pvid" => pvid = true,
                "untagged" => untagged = true,
                "tunnel_info" => {
                    let last = tunnel.map_or(0, |(_, last)| last);
                    tunnel = Some(tunnel_ids(value()?, words.next().ok_or_else(incomplete)?, last)?);
                }
                // As bridge: `help` takes the next word with it; other
                // words are passed over.
                w if matches(w, "help", 1) => drop(value()?),
                _ => {}
            }
        }
        let (Some(dev), Some(vid)) = (dev, vid.filter(|v| *v != -1)) else {
            return Err(CliError::usage("Device and VLAN ID are required arguments."));
        };
        Ok(VlanChange { dev, vid, last, pvid, untagged, flags, tunnel })
    }

    /// Checks the VLANs as bridge does (after finding the device), then
    /// sends the change; ids bridge would send and the kernel refuse (0,
    /// 4095, negative) are refused here, before sending.
    fn send(&self, ctx: &mut Ctx, add: bool) -> Result<()> {
        let names = Names::on_demand(ctx)?;
        let ifindex = names
            .index(&self.dev)
            .ok_or_else(|| CliError::usage(format!("Cannot find bridge device \"{}\"", self.dev)))?;
        if self.vid >= 4096 {
            return Err(CliError::usage(format!("Invalid VLAN ID \"{}\"", self.vid)));
        }
        if let Some(last) = self.last {
            if last == -1 || last >= 4096 || self.vid >= last {
                return Err(CliError::usage(format!("Invalid VLAN range \"{}-{}\"", self.vid, last as u16)));
            }
            if self.pvid {
                return Err(CliError::usage("pvid cannot be configured for a vlan range"));
            }
        }
        let vid = u16::try_from(self.vid).unwrap_or(0);
        let last = self.last.map(|last| last as u16);
        // As bridge: a tunnel mapping carries no pvid or untagged, and a
        // range's end id is the one given. The kernel takes only as many ids
        // as VLANs: anything else is refused here.
        if let (Some((id, end)), Some(last)) = (self.tunnel, last) {
            if end.checked_sub(id) != Some(u32::from(last - vid)) {
                return Err(CliError::usage(format!(
                    "Error: tunnel ids {id}-{end} are not as many as VLANs {vid}-{last}"
                )));
            }
        }
        let tunnel_id = self.tunnel.map(|(id, _)| id);
        let entry = VlanEntry {
            last,
            pvid: self.pvid && tunnel_id.is_none(),
            untagged: self.untagged && tunnel_id.is_none(),
            flags: self.flags,
            tunnel_id,
            ..VlanEntry::new(ifindex, vid)
        };
        if add {
            crate::session::request(&mut ctx.ipr, &VlanAdd(entry))?;
        } else {
            crate::session::request(&mut ctx.ipr, &VlanDel(entry))?;
        }
        Ok(())
    }
}

/// `bridge vlan set dev DEV vid V[-V2] [state S] [mcast_router R]` and
/// `bridge vlan global set dev BRIDGE vid V[-V2] OPTION...`.
pub struct VlanOptionsSet {
    dev: String,
    vid: u16,
    last: Option<u16>,
    /// `vlan set`'s options.
    state: Option<u8>,
    mcast_router: Option<u8>,
    /// `vlan global set`'s options (`Some` for it).
    global: Option<VlanGlobalOptions>,
}

impl VlanOptionsSet {
    /// Reads the words as bridge's `vlan_option_set` (or, `global`,
    /// `vlan_global_option_set`) does; other words are passed over.
    fn parse(args: &[String], global: bool) -> Result<Self> {
        let (mut dev, mut vids) = (None, None);
        let (mut state, mut mcast_router) = (None, None);
        let mut options = VlanGlobalOptions::default();
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let mut value = || words.next().ok_or_else(incomplete);
            // bridge's `get_u8`/`get_u32`/`get_u64` in C's bases.
            let u8_of = |v: &str| c_number::<u8>(word, v);
            let u32_of = |v: &str| c_number::<u32>(word, v);
            let number = |v: &str| c_number::<u64>(word, v);
            match (word, global) {
                ("dev", _) => dev = Some(value()?.to_owned()),
                ("vid", _) => vids = Some(option_vids(value()?)?),
                ("state", false) => {
                    let v = value()?;
                    match super::link::stp_state(v) {
                        Some(-1) | None => return Err(CliError::usage("Error: invalid STP state")),
                        Some(n) => state = Some(n as u8),
                    }
                }
                ("mcast_router", false) => mcast_router = Some(u8_of(value()?)?),
                ("mcast_snooping", true) => options.mcast_snooping = Some(u8_of(value()?)?),
                ("mcast_querier", true) => options.mcast_querier = Some(u8_of(value()?)?),
                ("mcast_igmp_version", true) => options.mcast_igmp_version = Some(u8_of(value()?)?),
                ("mcast_mld_version", true) => options.mcast_mld_version = Some(u8_of(value()?)?),
                ("mcast_last_member_count", true) => {
                    options.mcast_last_member_count = Some(u32_of(value()?)?)
                }
                ("mcast_startup_query_count", true) => {
                    options.mcast_startup_query_count = Some(u32_of(value()?)?)
                }
                ("mcast_last_member_interval", true) => {
                    options.mcast_last_member_interval = Some(number(value()?)?)
                }
                ("mcast_membership_interval", true) => {
                    options.mcast_membership_interval = Some(number(value()?)?)
                }
                ("mcast_querier_interval", true) => options.mcast_querier_interval = Some(number(value()?)?),
                ("mcast_query_interval", true) => options.mcast_query_interval = Some(number(value()?)?),
                ("mcast_query_response_interval", true) => {
                    options.mcast_query_response_interval = Some(number(value()?)?)
                }
                ("mcast_startup_query_interval", true) => {
                    options.mcast_startup_query_interval = Some(number(value()?)?)
                }
                // As bridge: `help` (in full for `global`) takes the next
                // word with it.
                (w, false) if matches(w, "help", 1) => drop(value()?),
                ("help", true) => drop(value()?),
                _ => {}
            }
        }
        let (Some(dev), Some((vid, last))) = (dev, vids) else {
            return Err(CliError::usage("Device and VLAN ID are required arguments."));
        };
        let global = global.then_some(options);
        Ok(VlanOptionsSet { dev, vid, last, state, mcast_router, global })
    }

    fn send(&self, ctx: &mut Ctx) -> Result<()> {
        let names = Names::on_demand(ctx)?;
        let ifindex = names
            .index(&self.dev)
            .ok_or_else(|| CliError::usage(format!("Cannot find network device \"{}\"", self.dev)))?;
        let (vid, last) = (self.vid, self.last);
        match self.global {
            Some(options) => {
                crate::session::request(&mut ctx.ipr, &VlanGlobalSet { ifindex, vid, last, options })?
            }
            None => crate::session::request(
                &mut ctx.ipr,
                &VlanSet { ifindex, vid, last, state: self.state, mcast_router: self.mcast_router },
            )?,
        };
        Ok(())
    }
}

/// `vid V[-V2]` as `bridge vlan set` reads it: C's `atoi` into a `short`
/// each, checked at once (bridge prints them as `%hu`).
fn option_vids(word: &str) -> Result<(u16, Option<u16>)> {
    let short = |s: &str| atoi(s) as i16;
    let (vid, last) = match word.split_once('-') {
        Some((first, end)) => {
            let (vid, end) = (short(first), short(end));
            if vid >= end || end >= 4096 {
                return Err(CliError::usage(format!("Invalid VLAN range \"{}-{}\"", vid as u16, end as u16)));
            }
            (vid, Some(end as u16))
        }
        None => (short(word), None),
    };
    if vid >= 4096 {
        return Err(CliError::usage(format!("Invalid VLAN ID \"{vid}\"")));
    }
    Ok((vid as u16, last))
}

/// `tunnel_info KEYWORD IDS` as bridge's `parse_tunnel_info` reads it:
/// `id` (or `i`), then `ID` or `ID-ID2`, each below 2^24 in C's bases
/// (`0x10`, `010`); the last id is `last` unless given.
fn tunnel_ids(keyword: &str, ids: &str, last: u32) -> Result<(u32, u32)> {
    if !matches(keyword, "id", 1) {
        return Err(invalid_argument(keyword, "tunnel id expected"));
    }
    let (first, end) = match ids.split_once('-') {
        Some((first, end)) => (first, Some(end)),
        None => (ids, None),
    };
    // As bridge: an error names the first id, even for the second.
    let id = |s: &str| {
        crate::names::c_number(s)
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| *v < TUNNEL_ID_LIMIT)
            .ok_or_else(|| invalid_argument(first, "invalid tun id"))
    };
    Ok((id(first)?, end.map(id).transpose()?.unwrap_or(last)))
}

/// What `bridge vlan` lists: the VLANs (`show`; with `-d` their options),
/// their tunnel ids (`tunnelshow`) or the bridges' options of each VLAN
/// (`global show`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Subject {
    Vlans,
    Tunnels,
    Global,
}

/// `bridge vlan show|tunnelshow [dev DEV] [vid VID]`.
pub struct VlanShow {
    dev: Option<String>,
    /// Only ranges holding this VLAN (0: all), as bridge's `atoi` reads it.
    vid: u16,
    subject: Subject,
}

impl VlanShow {
    fn parse(args: &[String], subject: Subject) -> Result<Self> {
        let (mut dev, mut vid) = (None, 0u16);
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            match word {
                "dev" => {
                    let value = words.next().ok_or_else(incomplete)?;
                    if dev.is_some() {
                        return Err(duplicate("dev", value));
                    }
                    dev = Some(value.to_owned());
                }
                "vid" => {
                    let value = words.next().ok_or_else(incomplete)?;
                    if vid != 0 {
                        return Err(duplicate("vid", value));
                    }
                    vid = atoi(value) as u16;
                }
                // As bridge: other words are passed over.
                _ => {}
            }
        }
        Ok(VlanShow { dev, vid, subject })
    }

    /// Prints each port with VLANs (or tunnel ids): its name, then a VLAN
    /// or range a line.
    fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let mut names = Names::on_demand(ctx)?;
        let wanted = match &self.dev {
            Some(dev) => Some(
                names.index(dev).ok_or_else(|| CliError::usage(format!("Cannot find device \"{dev}\"")))?,
            ),
            None => None,
        };
        if self.subject == Subject::Global || (self.subject == Subject::Vlans && ctx.details) {
            return self.run_vlandb(ctx, &mut names, wanted);
        }
        if ctx.stats > 0 {
            return self.run_stats(ctx, &mut names, wanted);
        }
        let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
        listing.text(self.heading())?;
        let mut dump = crate::session::dump(&mut ctx.ipr, &VlanDump { compressed: ctx.compress_vlans })?;
        while let Some(msg) = dump.next()? {
            let link = Link::parse(&msg)?;
            let index = u32::try_from(link.ifindex()).unwrap_or(0);
            if link.family() == AF_BRIDGE && wanted.is_none_or(|w| w == index) {
                self.print_link(&mut listing, &link, &names.get(index))?;
                names.learn_asked();
            }
        }
        listing.finish()?;
        Ok(())
    }

    /// `-s vlan show|tunnelshow`: each VLAN's counters, the bridges' from
    /// the `RTM_GETSTATS` dump of `IFLA_STATS_LINK_XSTATS`, then the ports'
    /// from that of `IFLA_STATS_LINK_XSTATS_SLAVE`.
    fn run_stats(&self, ctx: &mut Ctx, names: &mut Names, wanted: Option<u32>) -> Result<()> {
        let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
        listing.text(STATS_HEADING)?;
        for attr in [ifla_stats::LINK_XSTATS, ifla_stats::LINK_XSTATS_SLAVE] {
            let mut dump = crate::session::dump(
                &mut ctx.ipr,
                &StatsDump { filter_mask: stats_filter_bit(attr), ..StatsDump::default() },
            )?;
            while let Some(msg) = dump.next()? {
                let stats = LinkStats::parse(&msg)?;
                self.print_stats(&mut listing, &stats, wanted, &names.get(stats.ifindex()))?;
                names.learn_asked();
            }
        }
        listing.finish()?;
        Ok(())
    }

    /// The VLAN counters of `stats` (a reply to [`StatsDump`]) bridge's
    /// `print_vlan_stats` prints, for link `wanted` (`None`: any): those of
    /// `vid` (0: all) but a port's own entries seen from the bridge (`MASTER`
    /// without `BRENTRY`), the bridge's and the port's each under the link's
    /// `name`.
    fn print_stats<W: Write>(
        &self,
        listing: &mut Listing<W>,
        stats: &LinkStats<'_>,
        wanted: Option<u32>,
        name: &str,
    ) -> Result<()> {
        if wanted.is_some_and(|w| w != stats.ifindex()) {
            return Ok(());
        }
        for xstats in [stats.link_xstats()?, stats.link_xstats_slave()?].into_iter().flatten() {
            let mut shown = Vec::new();
            for entry in vlan_xstats(xstats)? {
                let entry = *entry?;
                let flags = BridgeVlanInfoFlags::from_bits_retain(entry.flags.get());
                let port_only = flags.contains(BridgeVlanInfoFlags::MASTER)
                    && !flags.contains(BridgeVlanInfoFlags::BRENTRY);
                if (self.vid == 0 || self.vid == entry.vid.get()) && !port_only {
                    shown.push(entry);
                }
            }
            if !shown.is_empty() {
                listing.item(|p| print_entries(p, name, "vlans", &shown, print_vlan_counters))?;
            }
        }
        Ok(())
    }

    /// `-d vlan show` (`-s`: with counters) and `vlan global show`: the
    /// `RTM_GETVLAN` dump; what the kernel refuses ends as bridge's does
    /// (what was printed, then exit 1).
    fn run_vlandb(&self, ctx: &mut Ctx, names: &mut Names, wanted: Option<u32>) -> Result<()> {
        let (flags, only) = match self.subject {
            Subject::Global => (VLANDB_DUMPF_GLOBAL, Some(vlandb::GLOBAL_OPTIONS)),
            _ if ctx.stats > 0 => (VLANDB_DUMPF_STATS, None),
            _ => (0, None),
        };
        let mut j = Json::new(std::io::stdout().lock(), ctx.pretty);
        let mut p = Sink::new(&mut j, ctx.json);
        match &mut p {
            Sink::Json(j) => j.begin_array()?,
            Sink::Text(out) => out.str(self.heading())?,
        }
        let mut port = OpenPort::default();
        let mut printed = || -> Result<()> {
            let mut dump = crate::session::dump(&mut ctx.ipr, &VlanDbDump { flags })?;
            while let Some(msg) = dump.next()? {
                let db = VlanDb::parse(&msg)?;
                if db.family() == AF_BRIDGE && wanted.is_none_or(|w| w == db.ifindex()) {
                    port.print(&mut p, &db, &names.get(db.ifindex()), ctx.stats > 0, only, self.vid)?;
                    names.learn_asked();
                }
            }
            port.close(&mut p)
        };
        if let Err(e) = printed() {
            j.out().flush()?;
            return Err(CliError::exit(1, format!("{e}\nDump terminated")));
        }
        if ctx.json {
            j.end_array()?;
            j.finish()?;
        }
        j.out().flush()?;
        Ok(())
    }

    /// bridge's heading: `port`, `vlan-id` (and `tunnel-id`) in columns.
    fn heading(&self) -> &'static str {
        match self.subject {
            Subject::Vlans | Subject::Global => "port              vlan-id  \n",
            Subject::Tunnels => "port              vlan-id    tunnel-id\n",
        }
    }

    /// Port `name`'s entries in `link` (a reply to [`VlanDump`]), when it
    /// has any to show.
    fn print_link<W: Write>(&self, listing: &mut Listing<W>, link: &Link<'_>, name: &str) -> Result<()> {
        match self.subject {
            Subject::Vlans | Subject::Global => {
                let shown = self.shown(vlans(link)?, |r| (r.first, r.last))?;
                if !shown.is_empty() {
                    listing.item(|p| print_entries(p, name, "vlans", &shown, print_vlan))?;
                }
            }
            Subject::Tunnels => {
                let shown = self.shown(tunnels(link)?, |t| (t.first, t.last))?;
                if !shown.is_empty() {
                    listing.item(|p| print_entries(p, name, "tunnels", &shown, print_tunnel))?;
                }
            }
        }
        Ok(())
    }

    /// The ranges (`span`: first and last VLAN) bridge prints with `vid`
    /// given: up to the first one starting above it, those that end at or
    /// above it.
    fn shown<T>(
        &self,
        ranges: impl Iterator<Item = nlwire::Result<T>>,
        span: impl Fn(&T) -> (u16, u16),
    ) -> Result<Vec<T>> {
        let mut shown = Vec::new();
        for range in ranges {
            let range = range?;
            let (first, last) = span(&range);
            if self.vid != 0 && first > self.vid {
                break;
            }
            if last >= self.vid {
                shown.push(range);
            }
        }
        Ok(shown)
    }
}

/// A port and its entries as bridge prints them: the name padded to 16,
/// then the entries (`entry` writes each, its line break too), later ones
/// under a blank name; in JSON `{"ifname": .., key: [{..}]}`.
fn print_entries<W: Write, T>(
    p: &mut Sink<'_, W>,
    name: &str,
    key: &str,
    entries: &[T],
    entry: fn(&mut Sink<'_, W>, &T) -> Result<()>,
) -> Result<()> {
    p.string("ifname", format_args!("{name:<PORT_WIDTH$}  "), &name)?;
    p.open_array(key)?;
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            p.fmt_text(format_args!("{:PORT_WIDTH$}  ", ""))?;
        }
        if let Sink::Json(j) = p {
            j.begin_object()?;
        }
        entry(p, e)?;
        if let Sink::Json(j) = p {
            j.end_object()?;
        }
    }
    p.close_array()?;
    Ok(())
}

/// bridge's `print_range`: `FIRST`, or `FIRST-LAST`; in JSON `key` and
/// `keyEnd`. Gives the width of the text.
fn print_range<W: Write>(p: &mut Sink<'_, W>, key: &str, first: u32, last: u32) -> Result<usize> {
    p.fmt_num(key, format_args!("{first}"), first)?;
    let mut width = first.to_string().len();
    if last != first {
        p.fmt_num(&format!("{key}End"), format_args!("-{last}"), last)?;
        width += 1 + last.to_string().len();
    }
    Ok(width)
}

/// A VLAN or range and its flags: `10 PVID Egress Untagged`; in JSON
/// `{"vlan": 10, "vlanEnd": .., "flags": [..]}`.
fn print_vlan<W: Write>(p: &mut Sink<'_, W>, range: &VlanRange) -> Result<()> {
    print_range(p, "vlan", range.first.into(), range.last.into())?;
    // A range's mark is a flag bit too.
    let mark =
        if range.last != range.first { BridgeVlanInfoFlags::RANGE_END } else { BridgeVlanInfoFlags::empty() };
    print_flags(p, range.flags | mark)?;
    p.fmt_text(format_args!("\n"))?;
    Ok(())
}

/// bridge's `print_one_vlan_stats`: a VLAN, its flags, then its counters
/// on two lines; in JSON `{"vid": 10, "flags": [..], "rx_bytes": .., ..}`.
fn print_vlan_counters<W: Write>(p: &mut Sink<'_, W>, entry: &VlanXstats) -> Result<()> {
    let vid = entry.vid.get();
    p.fmt_num("vid", format_args!("{vid}"), vid)?;
    print_flags(p, BridgeVlanInfoFlags::from_bits_retain(entry.flags.get()))?;
    p.fmt_text(format_args!("\n"))?;
    print_counters(
        p,
        [entry.rx_bytes.get(), entry.rx_packets.get(), entry.tx_bytes.get(), entry.tx_packets.get()],
    )
}

/// bridge's `print_vlan_stats_only`: `RX: B bytes P packets` and `TX: ..`,
/// a line each under the port's name and VLAN column; in JSON `rx_bytes`,
/// `rx_packets`, `tx_bytes`, `tx_packets`.
fn print_counters<W: Write>(
    p: &mut Sink<'_, W>,
    [rx_bytes, rx_packets, tx_bytes, tx_packets]: [u64; 4],
) -> Result<()> {
    for (way, bytes, packets) in [("RX", rx_bytes, rx_packets), ("TX", tx_bytes, tx_packets)] {
        let key = way.to_ascii_lowercase();
        p.fmt_num(
            &format!("{key}_bytes"),
            format_args!("{:PORT_WIDTH$}    {way}: {bytes} bytes", ""),
            bytes,
        )?;
        p.fmt_num(&format!("{key}_packets"), format_args!(" {packets} packets\n"), packets)?;
    }
    Ok(())
}

/// bridge's `print_vlan_flags`: ` PVID`, ` Egress Untagged`; in JSON a
/// `flags` array, there for any flag bit.
fn print_flags<W: Write>(p: &mut Sink<'_, W>, flags: BridgeVlanInfoFlags) -> Result<()> {
    if flags.is_empty() {
        return Ok(());
    }
    p.open_array("flags")?;
    if flags.contains(BridgeVlanInfoFlags::PVID) {
        p.element(format_args!(" PVID"), &"PVID")?;
    }
    if flags.contains(BridgeVlanInfoFlags::UNTAGGED) {
        p.element(format_args!(" Egress Untagged"), &"Egress Untagged")?;
    }
    p.close_array()?;
    Ok(())
}

/// A VLAN or range and its tunnel ids, in columns: `20-22      200-202`; in
/// JSON `{"vlan": 20, "vlanEnd": 22, "tunid": 200, "tunidEnd": 202}`.
fn print_tunnel<W: Write>(p: &mut Sink<'_, W>, tunnel: &TunnelRange) -> Result<()> {
    let width = print_range(p, "vlan", tunnel.first.into(), tunnel.last.into())?;
    p.fmt_text(format_args!("{:pad$}  ", "", pad = VLAN_WIDTH.saturating_sub(width)))?;
    print_range(p, "tunid", tunnel.id, tunnel.last_id)?;
    p.fmt_text(format_args!("\n"))?;
    Ok(())
}

/// An `RTM_NEWVLAN`/`RTM_DELVLAN` as `bridge monitor` (6.1,
/// `print_vlan_rtm`) prints it: each entry's VLAN or range and flags, then,
/// indented, its STP state and multicast router mode (with `stats` its
/// counters); a bridge's global options of a VLAN likewise. Text only:
/// bridge 6.1's monitor has no JSON.
pub(super) fn print_vlan_event<W: Write>(
    out: &mut crate::out::Out<W>,
    db: &VlanDb<'_>,
    name: &str,
    stats: bool,
) -> Result<()> {
    let mut port = OpenPort::default();
    let mut p = Sink::Text(out);
    port.print(&mut p, db, name, stats, None, 0)?;
    port.close(&mut p)
}

/// The port `bridge -d vlan show` is listing: its entries continue across
/// `RTM_NEWVLAN` messages until another port's come (bridge's
/// `vlan_rtm_cur_ifidx`).
#[derive(Default)]
struct OpenPort(Option<u32>);

impl OpenPort {
    /// The entries (or, `only` given, the attributes of that type) of `db`
    /// as bridge 6.1's `print_vlan_rtm` prints them; `name` is the port's.
    fn print<W: Write>(
        &mut self,
        p: &mut Sink<'_, W>,
        db: &VlanDb<'_>,
        name: &str,
        stats: bool,
        only: Option<u16>,
        vid_filter: u16,
    ) -> Result<()> {
        // As bridge: only entries holding `vid_filter` (0: all).
        let wanted = |first: u16, last: u16| vid_filter == 0 || (first..=last).contains(&vid_filter);
        if self.0.is_some_and(|open| open != db.ifindex()) {
            self.close(p)?;
        }
        let indent = format_args!("{:PORT_WIDTH$}    ", "").to_string();
        for attr in db.attrs() {
            let attr = attr?;
            if only.is_some_and(|only| only != attr.kind()) {
                continue;
            }
            match attr.kind() {
                vlandb::ENTRY => {
                    let entry = BridgeVlandbEntryAttrs(attr.nested());
                    let Some(info) = entry.info()? else { continue };
                    let (vid, last) = (info.vid.get(), entry.range()?.unwrap_or(info.vid.get()));
                    if !wanted(vid, last) {
                        continue;
                    }
                    self.open(p, db.ifindex(), name)?;
                    print_range(p, "vlan", vid.into(), last.into())?;
                    print_flags(p, BridgeVlanInfoFlags::from_bits_retain(info.flags.get()))?;
                    p.fmt_text(format_args!("\n{indent}"))?;
                    let state = entry.state()?.unwrap_or(0);
                    match name_of(BR_PORT_STATE_NAMES, state.into()) {
                        Some(state) => p.string("state", format_args!("state {state} "), &state)?,
                        None => p.fmt_num("state", format_args!("state ({state}) "), state)?,
                    }
                    if let Some(router) = entry.mcast_router()? {
                        p.fmt_num("mcast_router", format_args!("mcast_router {router} "), router)?;
                    }
                    p.fmt_text(format_args!("\n"))?;
                    if stats {
                        let counters = entry.stats()?;
                        let get = |read: fn(&_) -> nlwire::Result<Option<u64>>| -> nlwire::Result<u64> {
                            Ok(counters.as_ref().map(read).transpose()?.flatten().unwrap_or(0))
                        };
                        print_counters(
                            p,
                            [
                                get(|s| s.rx_bytes())?,
                                get(|s| s.rx_packets())?,
                                get(|s| s.tx_bytes())?,
                                get(|s| s.tx_packets())?,
                            ],
                        )?;
                    }
                    self.close_entry(p)?;
                }
                vlandb::GLOBAL_OPTIONS => {
                    let opts = BridgeVlandbGoptsAttrs(attr.nested());
                    let vid = opts.id()?.unwrap_or(0);
                    let last = opts.range()?.unwrap_or(vid);
                    if !wanted(vid, last) {
                        continue;
                    }
                    self.open(p, db.ifindex(), name)?;
                    print_range(p, "vlan", vid.into(), last.into())?;
                    p.fmt_text(format_args!("\n{indent}"))?;
                    // bridge 6.1 prints the count when the MLD version is there.
                    let mld = opts.mcast_mld_version()?.is_some();
                    let options = [
                        ("mcast_snooping", opts.mcast_snooping()?.map(u64::from)),
                        ("mcast_querier", opts.mcast_querier()?.map(u64::from)),
                        ("mcast_igmp_version", opts.mcast_igmp_version()?.map(u64::from)),
                        ("mcast_mld_version", opts.mcast_mld_version()?.map(u64::from)),
                        (
                            "mcast_last_member_count",
                            opts.mcast_last_member_cnt()?.filter(|_| mld).map(u64::from),
                        ),
                        ("mcast_last_member_interval", opts.mcast_last_member_intvl()?),
                        ("mcast_startup_query_count", opts.mcast_startup_query_cnt()?.map(u64::from)),
                        ("mcast_startup_query_interval", opts.mcast_startup_query_intvl()?),
                        ("mcast_membership_interval", opts.mcast_membership_intvl()?),
                        ("mcast_querier_interval", opts.mcast_querier_intvl()?),
                        ("mcast_query_interval", opts.mcast_query_intvl()?),
                        ("mcast_query_response_interval", opts.mcast_query_response_intvl()?),
                    ];
                    for (key, value) in options {
                        if let Some(value) = value {
                            p.fmt_num(key, format_args!("{key} {value} "), value)?;
                        }
                    }
                    p.fmt_text(format_args!("\n"))?;
                    self.close_entry(p)?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Starts an entry: the port's name and list first when it is not open
    /// (bridge's `open_vlan_port`), else the name's column blank.
    fn open<W: Write>(&mut self, p: &mut Sink<'_, W>, ifindex: u32, name: &str) -> Result<()> {
        if self.0.is_none() {
            if let Sink::Json(j) = p {
                j.begin_object()?;
            }
            p.string("ifname", format_args!("{name:<PORT_WIDTH$}  "), &name)?;
            p.open_array("vlans")?;
            self.0 = Some(ifindex);
        } else {
            p.fmt_text(format_args!("{:PORT_WIDTH$}  ", ""))?;
        }
        if let Sink::Json(j) = p {
            j.begin_object()?;
        }
        Ok(())
    }

    /// Ends an entry's JSON object.
    fn close_entry<W: Write>(&mut self, p: &mut Sink<'_, W>) -> Result<()> {
        if let Sink::Json(j) = p {
            j.end_object()?;
        }
        Ok(())
    }

    /// Ends the open port's list (bridge's `close_vlan_port`).
    fn close<W: Write>(&mut self, p: &mut Sink<'_, W>) -> Result<()> {
        if self.0.take().is_some() {
            p.close_array()?;
            if let Sink::Json(j) = p {
                j.end_object()?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Failure;
    use nlwire::Messages;
    use nlwire_tests::wire::attr;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    /// A reply to `bridge vlan show` laid out by hand from the UAPI: an
    /// `RTM_NEWLINK` (16) of family `AF_BRIDGE` (7) whose `IFLA_AF_SPEC`
    /// (26) holds `IFLA_BRIDGE_VLAN_INFO`s (2) of `struct bridge_vlan_info
    /// { u16 flags; u16 vid; }`.
    fn reply(infos: &[(u16, u16)]) -> Vec<u8> {
        let len = 32 + 4 + 8 * infos.len();
        let mut m = vec![0u8; len];
        m[..4].copy_from_slice(&(len as u32).to_ne_bytes());
        m[4..6].copy_from_slice(&16u16.to_ne_bytes());
        m[16] = 7;
        m[20..24].copy_from_slice(&5i32.to_ne_bytes());
        m[32..34].copy_from_slice(&((len - 32) as u16).to_ne_bytes());
        m[34..36].copy_from_slice(&(26u16 | 0x8000).to_ne_bytes());
        for (i, (flags, vid)) in infos.iter().enumerate() {
            let at = 36 + 8 * i;
            m[at..at + 2].copy_from_slice(&8u16.to_ne_bytes());
            m[at + 2..at + 4].copy_from_slice(&2u16.to_ne_bytes());
            m[at + 4..at + 6].copy_from_slice(&flags.to_ne_bytes());
            m[at + 6..at + 8].copy_from_slice(&vid.to_ne_bytes());
        }
        m
    }

    /// `bridge [-j] vlan show [vid VID]` of port `va` holding `infos`, as
    /// nlw prints it.
    fn shown(infos: &[(u16, u16)], vid: u16, json: bool) -> String {
        let bytes = reply(infos);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let link = Link::parse(&msg).unwrap();
        let show = VlanShow { dev: None, vid, subject: Subject::Vlans };
        let ranges = show.shown(vlans(&link).unwrap(), |r| (r.first, r.last)).unwrap();
        let mut out = Vec::new();
        let mut listing = Listing::new(&mut out, json, false);
        if !ranges.is_empty() {
            listing.item(|p| print_entries(p, "va", "vlans", &ranges, print_vlan)).unwrap();
        }
        listing.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Per bridge 6.1's `print_vlan_info`: the port name as `%-16s  `, each
    /// VLAN as `%u` (`-%u` for a range's end), ` PVID`, ` Egress
    /// Untagged`, a line each, later lines indented by 18 spaces; in JSON
    /// `vlan`, `vlanEnd` and a `flags` array whenever the entry has any
    /// flag bit (a range's `RANGE_END` (16) included). `PVID` 2,
    /// `UNTAGGED` 4, `RANGE_BEGIN` 8, `BRENTRY` 32.
    #[test]
    fn vlans_print_as_bridge_prints_them() {
        let infos = [(2 | 4, 1), (8, 10), (16, 20), (4 | 32, 30), (0, 40)];
        let pad = " ".repeat(18);
        assert_eq!(
            shown(&infos, 0, false),
            format!(
                "va                1 PVID Egress Untagged\n{pad}10-20\n{pad}30 Egress Untagged\n{pad}40\n"
            )
        );
        assert_eq!(
            shown(&infos, 0, true),
            concat!(
                r#"[{"ifname":"va","vlans":[{"vlan":1,"flags":["PVID","Egress Untagged"]},"#,
                r#"{"vlan":10,"vlanEnd":20,"flags":[]},{"vlan":30,"flags":["Egress Untagged"]},{"vlan":40}]}]"#,
                "\n"
            )
        );
        // `vid`: ranges holding it; the listing stops at one starting above.
        assert_eq!(shown(&infos, 15, false), "va                10-20\n");
        assert_eq!(shown(&infos, 1, false), "va                1 PVID Egress Untagged\n");
        assert_eq!(shown(&infos, 25, false), "");
        assert_eq!(shown(&infos, 40, false), "va                40\n");
        // A port without VLANs is not listed.
        assert_eq!(shown(&[], 0, false), "");
        assert_eq!(shown(&[], 0, true), "[]\n");
    }

    /// An `LD_PRELOAD` library that answers bridge's own dumps of family
    /// `AF_BRIDGE` (its `vlan show|tunnelshow`) and of `RTM_GETSTATS`
    /// (`-s vlan show`) with the messages of the file `NLW_FAKE_REPLIES`
    /// (of its `RTM_NEWSTATS`, those of the dump's filter mask), given the
    /// dump's sequence number and the socket's port; every other request
    /// goes to the kernel.
    const FAKE_DUMP_C: &str = r#"
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/netlink.h>

#define RTM_NEWSTATS 92
#define RTM_GETSTATS 94
/* struct if_stats_msg's filter_mask */
#define FILTER_MASK_AT (NLMSG_HDRLEN + 8)

static int fake_fd = -1;
static unsigned int fake_seq, fake_filter_mask;

static void note(int fd, const void *buf, size_t len)
{
	const struct nlmsghdr *h = buf;
	int stats;

	if (len <= NLMSG_HDRLEN || (h->nlmsg_flags & NLM_F_DUMP) != NLM_F_DUMP)
		return;
	stats = h->nlmsg_type == RTM_GETSTATS && len >= FILTER_MASK_AT + 4;
	if (stats || ((const unsigned char *)buf)[NLMSG_HDRLEN] == 7 /* AF_BRIDGE */) {
		fake_fd = fd;
		fake_seq = h->nlmsg_seq;
		fake_filter_mask = 0;
		if (stats)
			memcpy(&fake_filter_mask, (const char *)buf + FILTER_MASK_AT, 4);
	}
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags,
	       const struct sockaddr *to, socklen_t tolen)
{
	ssize_t (*real)(int, const void *, size_t, int, const struct sockaddr *, socklen_t) =
		dlsym(RTLD_NEXT, "sendto");

	note(fd, buf, len);
	return real(fd, buf, len, flags, to, tolen);
}

ssize_t send(int fd, const void *buf, size_t len, int flags)
{
	ssize_t (*real)(int, const void *, size_t, int) = dlsym(RTLD_NEXT, "send");

	note(fd, buf, len);
	return real(fd, buf, len, flags);
}

ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
	ssize_t (*real)(int, const struct msghdr *, int) = dlsym(RTLD_NEXT, "sendmsg");

	if (msg->msg_iovlen > 0)
		note(fd, msg->msg_iov[0].iov_base, msg->msg_iov[0].iov_len);
	return real(fd, msg, flags);
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	ssize_t (*real)(int, struct msghdr *, int) = dlsym(RTLD_NEXT, "recvmsg");
	static unsigned char replies[65536];
	struct sockaddr_nl self;
	socklen_t self_len = sizeof(self);
	size_t len, at, kept;
	FILE *f;

	if (fd != fake_fd)
		return real(fd, msg, flags);
	f = fopen(getenv("NLW_FAKE_REPLIES"), "rb");
	if (!f)
		abort();
	len = fread(replies, 1, sizeof(replies), f);
	fclose(f);
	getsockname(fd, (struct sockaddr *)&self, &self_len);
	/* Of the RTM_NEWSTATS, only those of the dump's filter mask, as the
	 * kernel answers. */
	for (at = 0, kept = 0; at + NLMSG_HDRLEN <= len;) {
		struct nlmsghdr *h = (struct nlmsghdr *)(replies + at);
		size_t size = NLMSG_ALIGN(h->nlmsg_len);
		unsigned int mask = 0;

		if (h->nlmsg_type == RTM_NEWSTATS)
			memcpy(&mask, replies + at + FILTER_MASK_AT, 4);
		if (h->nlmsg_type != RTM_NEWSTATS || mask == fake_filter_mask) {
			h->nlmsg_seq = fake_seq;
			h->nlmsg_pid = self.nl_pid;
			memmove(replies + kept, replies + at, size);
			kept += size;
		}
		at += size;
	}
	len = kept;
	memcpy(msg->msg_iov[0].iov_base, replies,
	       len < msg->msg_iov[0].iov_len ? len : msg->msg_iov[0].iov_len);
	if (msg->msg_name) {
		memset(msg->msg_name, 0, sizeof(struct sockaddr_nl));
		((struct sockaddr_nl *)msg->msg_name)->nl_family = AF_NETLINK;
		msg->msg_namelen = sizeof(struct sockaddr_nl);
	}
	msg->msg_flags = len > msg->msg_iov[0].iov_len ? MSG_TRUNC : 0;
	if (!(flags & MSG_PEEK))
		fake_fd = -1;
	return len;
}
"#;

    /// [`FAKE_DUMP_C`] built with `cc`, or why it cannot be: once per
    /// source, kept in the temporary directory under a name that hashes it
    /// (built aside, then renamed, so that test runs share it).
    fn fake_dump_library() -> std::result::Result<std::path::PathBuf, String> {
        static BUILT: std::sync::OnceLock<std::result::Result<std::path::PathBuf, String>> =
            std::sync::OnceLock::new();
        BUILT
            .get_or_init(|| {
                use std::hash::{Hash, Hasher};
                let mut hash = std::collections::hash_map::DefaultHasher::new();
                FAKE_DUMP_C.hash(&mut hash);
                let library = std::env::temp_dir().join(format!("nlw-fake-dump-{:016x}.so", hash.finish()));
                if library.exists() {
                    return Ok(library);
                }
                let aside = library.with_extension(format!("{}.so", std::process::id()));
                let source = aside.with_extension("c");
                std::fs::write(&source, FAKE_DUMP_C).map_err(|e| e.to_string())?;
                let built = std::process::Command::new("cc")
                    .args(["-shared", "-fPIC", "-o"])
                    .arg(&aside)
                    .arg(&source)
                    .arg("-ldl")
                    .status();
                let _ = std::fs::remove_file(&source);
                match built {
                    Ok(status) if status.success() => {
                        std::fs::rename(&aside, &library).map_err(|e| e.to_string())?;
                        Ok(library)
                    }
                    Ok(status) => Err(format!("cc failed: {status}")),
                    Err(e) => Err(format!("no cc: {e}")),
                }
            })
            .clone()
    }

    /// What the real `bridge args...` prints when its dump is answered with
    /// `replies`; `None` (after a SKIP line) without cc or bridge, unless
    /// `NLWIRE_REQUIRE_LIVE=1`.
    fn bridge_prints(replies: &[u8], args: &[&str]) -> Option<String> {
        let skip = |why: String| {
            if std::env::var_os("NLWIRE_REQUIRE_LIVE").is_some_and(|v| v == "1") {
                panic!("{why}, and NLWIRE_REQUIRE_LIVE=1 demands the comparison with bridge");
            }
            eprintln!("SKIP (bridge against built replies): {why}");
            None
        };
        let library = match fake_dump_library() {
            Ok(library) => library,
            Err(why) => return skip(why),
        };
        let file =
            std::env::temp_dir().join(format!("nlw-fake-replies-{}-{}", std::process::id(), args.join("_")));
        std::fs::write(&file, replies).unwrap();
        let out = std::process::Command::new("bridge")
            .args(args)
            .env("LD_PRELOAD", &library)
            .env("NLW_FAKE_REPLIES", &file)
            .output();
        let _ = std::fs::remove_file(&file);
        match out {
            Ok(out) => {
                assert!(out.status.success(), "bridge {args:?}: {}", String::from_utf8_lossy(&out.stderr));
                Some(String::from_utf8(out.stdout).unwrap())
            }
            Err(e) => skip(format!("no bridge: {e}")),
        }
    }

    /// Attributes (type, payload) laid out one after the other.
    fn attrs(list: &[(u16, &[u8])]) -> Vec<u8> {
        list.iter().flat_map(|(kind, payload)| attr(*kind, payload)).collect()
    }

    /// A netlink message laid out by hand: header (`kind`, `NLM_F_MULTI`),
    /// `fixed`, then the attributes.
    fn message(kind: u16, fixed: &[u8], list: &[(u16, &[u8])]) -> Vec<u8> {
        let body = attrs(list);
        let len = (16 + fixed.len() + body.len()) as u32;
        [&len.to_ne_bytes()[..], &kind.to_ne_bytes(), &2u16.to_ne_bytes(), &[0; 8], fixed, &body].concat()
    }

    /// A dump's replies laid out from the UAPI: `RTM_NEWLINK` (16) with
    /// `struct ifinfomsg` (family `AF_BRIDGE` 7 but for the one of family 0
    /// that bridge passes over, index 1: `lo`, which every namespace has),
    /// `IFLA_AF_SPEC` (26) holding `IFLA_BRIDGE_VLAN_INFO`s (2: `struct
    /// bridge_vlan_info { u16 flags; u16 vid; }`, `PVID` 2, `UNTAGGED` 4,
    /// `RANGE_BEGIN` 8, `RANGE_END` 16, `BRENTRY` 32) and
    /// `IFLA_BRIDGE_VLAN_TUNNEL_INFO` nests (3: `_ID` 1 u32, `_VID` 2 u16,
    /// `_FLAGS` 3 u16), the nests without NLA_F_NESTED as the kernel
    /// (`nla_nest_start_noflag`) and bridge (which compares types whole)
    /// have them; then `NLMSG_DONE` (3).
    fn dump_replies() -> Vec<u8> {
        let ifinfo = |family: u8| {
            let mut h = vec![family, 0, 1, 0];
            h.extend_from_slice(&1i32.to_ne_bytes());
            h.extend_from_slice(&[0; 8]);
            h
        };
        let info = |flags: u16, vid: u16| [flags.to_ne_bytes(), vid.to_ne_bytes()].concat();
        let tunnel = |id: u32, vid: u16, flags: u16| {
            message(0, &[], &[(1, &id.to_ne_bytes()), (2, &vid.to_ne_bytes()), (3, &flags.to_ne_bytes())])
                [16..]
                .to_vec()
        };
        let spec = |attrs: &[(u16, &[u8])]| message(0, &[], attrs)[16..].to_vec();
        let (one, range) = (tunnel(100, 10, 0), (tunnel(200, 20, 8), tunnel(205, 25, 16)));
        let (big, high) = (tunnel(16_777_215, 4094, 0), tunnel(70_000, 30, 0));
        let full = spec(&[
            (2, &info(2 | 4, 1)),
            (2, &info(8, 10)),
            (2, &info(16, 20)),
            (2, &info(4 | 32, 30)),
            (2, &info(0, 4094)),
            (3, &one),
            (3, &range.0),
            (3, &range.1),
            (3, &high),
            (3, &big),
        ]);
        let other = spec(&[(2, &info(0, 7))]);
        [
            message(16, &ifinfo(7), &[(3, b"lo\0"), (26, &full)]),
            message(16, &ifinfo(0), &[(3, b"lo\0"), (26, &other)]),
            message(16, &ifinfo(7), &[(3, b"lo\0")]),
            message(3, &0i32.to_ne_bytes(), &[]),
        ]
        .concat()
    }

    /// What nlw prints of `replies` for `show`, as `run` prints a dump.
    fn nlw_prints(replies: &[u8], show: &VlanShow, json: bool, pretty: bool) -> String {
        let mut out = Vec::new();
        let mut listing = Listing::new(&mut out, json, pretty);
        listing.text(show.heading()).unwrap();
        for msg in Messages::new(replies) {
            let msg = msg.unwrap();
            if msg.kind() != 16 {
                continue;
            }
            let link = Link::parse(&msg).unwrap();
            if link.family() == AF_BRIDGE {
                show.print_link(&mut listing, &link, "lo").unwrap();
            }
        }
        listing.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    /// For each of `lines` (`[OPTIONS] vlan COMMAND...`), what nlw prints
    /// (`nlw(show, options)`) against what bridge prints of `replies`.
    fn compare(replies: &[u8], lines: &[&str], nlw: impl Fn(&VlanShow, &[&str]) -> String) {
        for line in lines {
            let args: Vec<&str> = line.split_whitespace().collect();
            let Some(theirs) = bridge_prints(replies, &args) else { return };
            let (options, command) = args.split_at(args.iter().take_while(|a| a.starts_with('-')).count());
            let show = match VlanCommand::parse(&words(&command[1..].join(" "))) {
                Ok(VlanCommand::Show(show)) => show,
                _ => panic!("{line}"),
            };
            assert_eq!(nlw(&show, options), theirs, "{line}");
            assert!(
                theirs.lines().count() >= 2 || line.contains("vid") || line.contains("-j"),
                "{line}: {theirs}"
            );
        }
    }

    /// `vlan show` and `vlan tunnelshow`, text and JSON, with and without
    /// `vid`: nlw prints what bridge 6.1 prints of the same replies.
    #[test]
    fn shows_print_what_bridge_prints_of_the_same_replies() {
        let lines = [
            "vlan show",
            "vlan tunnelshow",
            "-j vlan show",
            "-j -p vlan tunnelshow",
            "vlan show vid 15",
            "vlan tunnelshow vid 22",
            "vlan tunnelshow vid 10",
            "-j vlan tunnelshow vid 4094",
            "vlan tunnelshow vid 11",
            "-compressvlans vlan show",
        ];
        let replies = dump_replies();
        compare(&replies, &lines, |show, options| {
            nlw_prints(&replies, show, options.contains(&"-j"), options.contains(&"-p"))
        });
    }

    /// Replies to `bridge -d vlan show` and `bridge vlan global show` laid
    /// out from the UAPI: `RTM_NEWVLAN` (112) with `struct br_vlan_msg { u8
    /// family; u8 reserved1; u16 reserved2; u32 ifindex; }`,
    /// `BRIDGE_VLANDB_ENTRY` (1 | NLA_F_NESTED) holding `_INFO` (1: `struct
    /// bridge_vlan_info`), `_RANGE` (2, u16), `_STATE` (3, u8),
    /// `_STATS` (5 | NLA_F_NESTED: `RX_BYTES` 1, `RX_PACKETS` 2, `TX_BYTES`
    /// 3, `TX_PACKETS` 4, u64), `_MCAST_ROUTER` (6, u8);
    /// `BRIDGE_VLANDB_GLOBAL_OPTIONS` (2 | NLA_F_NESTED) holding `_ID` (1),
    /// `_RANGE` (2, u16), `MCAST_SNOOPING` (3, u8), `MLD_VERSION` (5, u8),
    /// `LAST_MEMBER_CNT` (6, u32), `QUERY_INTVL` (12, u64). Port 1 (`lo`)
    /// over two messages, then port 99999, which no namespace has (bridge
    /// names it `if99999`), then port 1 again; then `NLMSG_DONE`.
    fn vlandb_replies() -> Vec<u8> {
        let br_vlan_msg = |index: u32| [vec![7, 0, 0, 0], index.to_ne_bytes().to_vec()].concat();
        let nest = attrs;
        let info = |flags: u16, vid: u16| [flags.to_ne_bytes(), vid.to_ne_bytes()].concat();
        let counters =
            |n: u64| [n.to_ne_bytes(), (n + 1).to_ne_bytes(), (n + 2).to_ne_bytes(), (n + 3).to_ne_bytes()];
        let c = counters(100);
        let stats = nest(&[(1, &c[0]), (2, &c[1]), (3, &c[2]), (4, &c[3])]);
        let a = nest(&[(1, &info(2 | 4, 1)), (3, &[3]), (6, &[1]), (5 | 0x8000, &stats)]);
        let b = nest(&[(1, &info(32, 10)), (2, &20u16.to_ne_bytes()), (3, &[7])]);
        let c = nest(&[(1, &info(0, 30))]);
        let d = nest(&[(1, &info(4, 40)), (3, &[4])]);
        let global = nest(&[
            (1, &10u16.to_ne_bytes()),
            (2, &12u16.to_ne_bytes()),
            (3, &[1]),
            (5, &[2]),
            (6, &2u32.to_ne_bytes()),
            (12, &12500u64.to_ne_bytes()),
        ]);
        [
            message(112, &br_vlan_msg(1), &[(1 | 0x8000, &a), (1 | 0x8000, &b)]),
            message(112, &br_vlan_msg(1), &[(1 | 0x8000, &c), (2 | 0x8000, &global)]),
            message(112, &br_vlan_msg(99999), &[(1 | 0x8000, &d)]),
            message(112, &br_vlan_msg(1), &[(2 | 0x8000, &global)]),
            message(3, &0i32.to_ne_bytes(), &[]),
        ]
        .concat()
    }

    /// What nlw prints of `replies` for `-d vlan show` or `vlan global
    /// show`, as `run_vlandb` prints a dump.
    fn nlw_prints_vlandb(replies: &[u8], show: &VlanShow, json: bool, stats: bool) -> String {
        let only = (show.subject == Subject::Global).then_some(vlandb::GLOBAL_OPTIONS);
        let mut out = Vec::new();
        let mut j = Json::new(&mut out, false);
        let mut p = Sink::new(&mut j, json);
        match &mut p {
            Sink::Json(j) => j.begin_array().unwrap(),
            Sink::Text(out) => out.str(show.heading()).unwrap(),
        }
        let mut port = OpenPort::default();
        for msg in Messages::new(replies) {
            let msg = msg.unwrap();
            if msg.kind() == 112 {
                let db = VlanDb::parse(&msg).unwrap();
                let name = if db.ifindex() == 1 { "lo" } else { "if99999" };
                port.print(&mut p, &db, name, stats, only, show.vid).unwrap();
            }
        }
        port.close(&mut p).unwrap();
        if json {
            j.end_array().unwrap();
            j.finish().unwrap();
        }
        j.out().flush().unwrap();
        drop(j);
        String::from_utf8(out).unwrap()
    }

    /// `-d vlan show` (`-s`: with counters) and `vlan global show`, text and
    /// JSON: nlw prints what bridge 6.1 prints of the same replies.
    #[test]
    fn detailed_and_global_shows_print_what_bridge_prints() {
        let lines = [
            "-d vlan show",
            "-j -d vlan show",
            "-d -s vlan show",
            "-j -d -s vlan show",
            "-d vlan show vid 15",
            "-d vlan show vid 40",
            "vlan global show",
            "-j vlan global",
            "vlan global show vid 11",
            "vlan global lst vid 13",
        ];
        let replies = vlandb_replies();
        compare(&replies, &lines, |show, options| {
            nlw_prints_vlandb(&replies, show, options.contains(&"-j"), options.contains(&"-s"))
        });
    }

    /// Replies to `bridge -s vlan show`'s two dumps laid out from the UAPI:
    /// `RTM_NEWSTATS` (92) with `struct if_stats_msg { u8 family; u8 pad1;
    /// u16 pad2; u32 ifindex; u32 filter_mask; }`, the mask of the dump
    /// each answers: `IFLA_STATS_LINK_XSTATS` (2, mask 2) of the bridges,
    /// then `_SLAVE` (3, mask 4) of the ports, each holding
    /// `LINK_XSTATS_TYPE_BRIDGE` (1) holding `BRIDGE_XSTATS_VLAN`s (1:
    /// `struct bridge_vlan_xstats { u64 rx_bytes, rx_packets, tx_bytes,
    /// tx_packets; u16 vid, flags; u32 pad2; }`) between `_PAD` (3) and
    /// `_MCAST` (2) attributes, nests without NLA_F_NESTED as the kernel
    /// (`nla_nest_start_noflag`) sends them. Flags: `MASTER` 1, `PVID` 2,
    /// `UNTAGGED` 4, `BRENTRY` 32. Links 1 (`lo`) and 99999 (`if99999`); a
    /// link of mask 2 with a bond's nest (2) only; then `NLMSG_DONE`.
    fn stats_replies() -> Vec<u8> {
        let if_stats_msg = |index: u32, mask: u32| {
            [vec![0, 0, 0, 0], index.to_ne_bytes().to_vec(), mask.to_ne_bytes().to_vec()].concat()
        };
        let vlan = |n: u64, vid: u16, flags: u16| {
            let counters = [n, n + 1, n + 2, n + 3].map(u64::to_ne_bytes).concat();
            [counters, vid.to_ne_bytes().to_vec(), flags.to_ne_bytes().to_vec(), vec![0; 4]].concat()
        };
        let (a, b, c) = (vlan(1000, 1, 2 | 4 | 32), vlan(2000, 10, 1), vlan(3000, 20, 1 | 32));
        let (d, e) = (vlan(4000, 10, 2), vlan(u64::MAX - 3, 4094, 0));
        let f = vlan(5000, 10, 4);
        let bridge = attrs(&[(3, &[]), (1, &a), (3, &[]), (1, &b), (2, &[0; 16]), (3, &[]), (1, &c)]);
        let port = attrs(&[(3, &[]), (1, &d), (3, &[]), (1, &e)]);
        let other = attrs(&[(3, &[]), (1, &f)]);
        let (bridge, port, other) = (attrs(&[(1, &bridge)]), attrs(&[(1, &port)]), attrs(&[(1, &other)]));
        let bond = attrs(&[(2, &[0; 8])]);
        [
            message(92, &if_stats_msg(1, 2), &[(2, &bridge)]),
            message(92, &if_stats_msg(99999, 2), &[(2, &bond)]),
            message(92, &if_stats_msg(1, 4), &[(3, &port)]),
            message(92, &if_stats_msg(99999, 4), &[(3, &other)]),
            message(3, &0i32.to_ne_bytes(), &[]),
        ]
        .concat()
    }

    /// What nlw prints of `replies` for `-s vlan show`, as `run_stats`
    /// prints its two dumps (each answered by the replies of its mask).
    fn nlw_prints_stats(replies: &[u8], show: &VlanShow, json: bool, pretty: bool) -> String {
        let wanted = show.dev.as_ref().map(|dev| if dev == "lo" { 1 } else { 99999 });
        let mut out = Vec::new();
        let mut listing = Listing::new(&mut out, json, pretty);
        listing.text(STATS_HEADING).unwrap();
        for attr in [ifla_stats::LINK_XSTATS, ifla_stats::LINK_XSTATS_SLAVE] {
            for msg in Messages::new(replies) {
                let msg = msg.unwrap();
                if msg.kind() != 92 {
                    continue;
                }
                let stats = LinkStats::parse(&msg).unwrap();
                if stats.header().filter_mask.get() == stats_filter_bit(attr) {
                    let name = if stats.ifindex() == 1 { "lo" } else { "if99999" };
                    show.print_stats(&mut listing, &stats, wanted, name).unwrap();
                }
            }
        }
        listing.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    /// `-s vlan show` (and `tunnelshow`, which bridge 6.1 answers alike),
    /// text and JSON, with `vid` and `dev`: nlw prints what bridge 6.1
    /// prints of the same replies.
    #[test]
    fn counters_print_what_bridge_prints() {
        let lines = [
            "-s vlan show",
            "-j -s vlan show",
            "-s -j -p vlan show",
            "-s vlan show vid 10",
            "-j -s vlan show vid 20",
            "-s vlan show dev lo",
            "-s vlan tunnelshow",
            "-s vlan show vid 4094",
        ];
        let replies = stats_replies();
        compare(&replies, &lines, |show, options| {
            nlw_prints_stats(&replies, show, options.contains(&"-j"), options.contains(&"-p"))
        });
    }

    #[test]
    fn changes_read_as_bridge_reads_them() {
        let change = |line: &str| match VlanCommand::parse(&words(line)) {
            Ok(VlanCommand::Change { add, change }) => {
                (add, change.vid, change.last, change.pvid, change.flags)
            }
            _ => panic!("{line}"),
        };
        assert_eq!(change("add dev v0 vid 10 pvid"), (true, 10, None, true, BridgeFlags::empty()));
        assert_eq!(
            change("d dev v0 vid 10-20 self master"),
            (false, 10, Some(20), false, BridgeFlags::all())
        );
        // The last `vid` is the one; a range's end stays.
        assert_eq!(change("add dev v0 vid 10-20 vid 5").2, Some(20));
        assert_eq!(change("add dev v0 vid 7 frob").1, 7);
        for bad in
            ["add dev v0", "add vid 3", "add dev v0 vid 65535", "add dev v0 vid 3 help", "bogus", "help"]
        {
            assert!(
                matches!(
                    VlanCommand::parse(&words(bad)).map_err(CliError::into_failure),
                    Err(Failure::Usage(_))
                ),
                "{bad}"
            );
        }
    }
}
