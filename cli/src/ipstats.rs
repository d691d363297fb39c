//! `nlw stats show|set` and `nlw link xstats|afstats`: a link's counters
//! from `RTM_GETSTATS`, as ip 6.1's `ip stats` (ipstats.c), `ip link
//! xstats` (iplink_xstats.c and the bridge's printer) and `ip link
//! afstats` print them; `stats set dev DEV l3_stats on|off` through
//! `RTM_SETSTATS`.
//!
//! ```sh
//! nlw stats show dev br0 group xstats subgroup bridge suite mcast group link
//! nlw -j stats show group offload
//! nlw stats set dev v0 l3_stats on
//! nlw link xstats type bridge_slave dev v0 stp
//! ```
//!
//! Bond's 802.3ad counters are not printed (no kernel here had the
//! module to compare with): their headings alone, as ip prints them when
//! the kernel sends none.

use std::io::Write;

use nlwire::attr::{Attr, Attrs};
use nlwire::link::{
    bridge_xstats, hw_s_info_one, ifla_stats, offload_xstats, stats_filter_bit, xstats_type, BrMcastStats,
    BridgeStpXstats, LinkStats, MplsLinkStats, RtnlHwStats64, RtnlLinkStats64, SetL3Stats, StatsDump,
    StatsGet, MPLS_STATS_LINK,
};
use nlwire::rtnl::af;
use nlwire::wire::NeU64;
use nlwire::Message;

use crate::args::{duplicate2, invalid, not_found, Words};
use crate::names::Names;
use crate::out::{Hue, Out};
use crate::sink::{Listing, Sink};
use crate::{stats, CliError, Ctx, Result};

/// `nlw stats help`: ip 6.1's, with its groups.
pub const USAGE: &str = "Usage: nlw stats help
       nlw stats show [ dev DEV ] [ group GROUP [ subgroup SUBGROUP [ suite SUITE ] ... ] ... ] ...
       nlw stats set dev DEV l3_stats { on | off }
GROUP := { link | xstats | xstats_slave | offload | afstats }
xstats SUBGROUP := { bridge [ suite stp ] [ suite mcast ] | bond [ suite 802.3ad ] }
xstats_slave SUBGROUP := { bridge [ suite stp ] [ suite mcast ] | bond [ suite 802.3ad ] }
offload SUBGROUP := { cpu_hit | hw_stats_info | l3_stats }
afstats SUBGROUP := { mpls }";

/// ip 6.1's `ip stats` ends with `-EINVAL` for a selection it refuses,
/// which its `main` gives as exit code 22 (`EINVAL`).
const EINVAL_EXIT: u8 = 22;

/// The selection levels, in ip's words.
const LEVELS: [&str; 3] = ["group", "subgroup", "suite"];

/// A set of counters `ip stats show` prints. Declared in the order ip 6.1
/// prints them: it sorts what is asked by the address of each set's
/// descriptor, which its build lays out so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Leaf {
    AfstatsMpls,
    Link,
    L3Stats,
    HwStatsInfo,
    CpuHit,
    SlaveBond3ad,
    Bond3ad,
    SlaveBridgeMcast,
    SlaveBridgeStp,
    BridgeMcast,
    BridgeStp,
}

/// A node of ip's tree of counter sets: a set, or named nodes.
enum Node {
    Leaf(Leaf),
    Group(&'static [(&'static str, Node)]),
}

/// ip 6.1's tree, each group's nodes in its order.
static TOP: Node = Node::Group(&[
    ("link", Node::Leaf(Leaf::Link)),
    (
        "xstats",
        Node::Group(&[
            (
                "bridge",
                Node::Group(&[
                    ("stp", Node::Leaf(Leaf::BridgeStp)),
                    ("mcast", Node::Leaf(Leaf::BridgeMcast)),
                ]),
            ),
            ("bond", Node::Group(&[("802.3ad", Node::Leaf(Leaf::Bond3ad))])),
        ]),
    ),
    (
        "xstats_slave",
        Node::Group(&[
            (
                "bridge",
                Node::Group(&[
                    ("stp", Node::Leaf(Leaf::SlaveBridgeStp)),
                    ("mcast", Node::Leaf(Leaf::SlaveBridgeMcast)),
                ]),
            ),
            ("bond", Node::Group(&[("802.3ad", Node::Leaf(Leaf::SlaveBond3ad))])),
        ]),
    ),
    (
        "offload",
        Node::Group(&[
            ("cpu_hit", Node::Leaf(Leaf::CpuHit)),
            ("hw_stats_info", Node::Leaf(Leaf::HwStatsInfo)),
            ("l3_stats", Node::Leaf(Leaf::L3Stats)),
        ]),
    ),
    ("afstats", Node::Group(&[("mpls", Node::Leaf(Leaf::AfstatsMpls))])),
]);

impl Node {
    /// Every set under this node, with the names that lead to it.
    fn leaves(&self, path: &mut Vec<&'static str>, into: &mut Vec<(Leaf, Vec<&'static str>)>) {
        match self {
            Node::Leaf(leaf) => into.push((*leaf, path.clone())),
            Node::Group(nodes) => nodes.iter().for_each(|(name, node)| {
                path.push(name);
                node.leaves(path, into);
                path.pop();
            }),
        }
    }
}

/// `IFLA_OFFLOAD_XSTATS_MAX` is `IFLA_OFFLOAD_XSTATS_L3_STATS`: every
/// offload suite's bit.
const ALL_OFFLOAD: u32 = (1 << offload_xstats::L3_STATS) - 1;

impl Leaf {
    /// The `IFLA_STATS_*` attribute it reads, and the offload suites'
    /// bits it asks for (ip's `pack`).
    fn asks(self) -> (u16, u32) {
        let offload = |suites: &[u16]| suites.iter().fold(0, |bits, s| bits | stats_filter_bit(*s));
        match self {
            Leaf::AfstatsMpls => (ifla_stats::AF_SPEC, 0),
            Leaf::Link => (ifla_stats::LINK_64, 0),
            Leaf::L3Stats => (
                ifla_stats::LINK_OFFLOAD_XSTATS,
                offload(&[offload_xstats::L3_STATS, offload_xstats::HW_S_INFO]),
            ),
            Leaf::HwStatsInfo => (ifla_stats::LINK_OFFLOAD_XSTATS, offload(&[offload_xstats::HW_S_INFO])),
            Leaf::CpuHit => (ifla_stats::LINK_OFFLOAD_XSTATS, offload(&[offload_xstats::CPU_HIT])),
            Leaf::SlaveBond3ad | Leaf::SlaveBridgeMcast | Leaf::SlaveBridgeStp => {
                (ifla_stats::LINK_XSTATS_SLAVE, 0)
            }
            Leaf::Bond3ad | Leaf::BridgeMcast | Leaf::BridgeStp => (ifla_stats::LINK_XSTATS, 0),
        }
    }
}

/// `nlw stats ...`.
pub enum IpStatsCommand {
    /// `stats help`, or `help` among `show`'s or `set`'s words: the usage
    /// on stderr, exit 0, as ip.
    Help,
    /// `stats show ...` (and `stats` alone).
    Show {
        /// `show` was said: ip then counts one `-s` more, and `-d` as
        /// another; `stats` alone, neither.
        said: bool,
        dev: Option<String>,
        /// The sets asked for, in ip's order, each with its names.
        leaves: Vec<(Leaf, Vec<&'static str>)>,
    },
    /// `stats set dev DEV l3_stats on|off`.
    Set { dev: String, enable: bool },
}

/// ip's `check_ifname` of `dev`'s value: 1 to 15 bytes, no `/` or blank.
fn dev_name(words: &mut Words<'_>, dev: &Option<String>) -> Result<String> {
    let name = words.value()?;
    if dev.is_some() {
        return Err(duplicate2("dev", name));
    }
    if name.is_empty()
        || name.len() > nlwire::link::IFNAME_MAX
        || name.bytes().any(|b| b == b'/' || b.is_ascii_whitespace() || b == 0x0b)
    {
        return Err(invalid("\"dev\" not a valid ifname", name));
    }
    Ok(name.to_owned())
}

/// A selection ip refuses: its message, exit 22.
fn refused(message: String) -> CliError {
    CliError::exit(EINVAL_EXIT, message)
}

/// What `sel` names, added to `leaves` (ip's `ipstats_enable_check`).
fn enable(sel: &[Option<&str>; 3], leaves: &mut Vec<(Leaf, Vec<&'static str>)>) -> Result<()> {
    let (mut node, mut name) = (&TOP, "top-level");
    let mut path = Vec::new();
    for (at, wanted) in sel.iter().enumerate() {
        let Some(wanted) = wanted else { break };
        let level = LEVELS.get(at).copied().unwrap_or_default();
        let nodes = match node {
            Node::Leaf(_) => {
                let above = LEVELS.get(at.wrapping_sub(1)).copied().unwrap_or_default();
                return Err(refused(format!("Error: {level} {wanted} requested inside leaf {above} {name}")));
            }
            Node::Group(nodes) => nodes,
        };
        let Some((found, next)) = nodes.iter().find(|(n, _)| n == wanted) else {
            return Err(refused(format!("Error: no {level} named {wanted} found inside {name}")));
        };
        path.push(*found);
        (node, name) = (next, found);
    }
    node.leaves(&mut path, leaves);
    Ok(())
}

impl IpStatsCommand {
    /// Parses the words after `stats` as ip 6.1's `do_ipstats`.
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((verb, args)) = words.split_first() else { return Self::parse_show(false, &[]) };
        match verb.as_str() {
            "help" => Ok(Self::Help),
            "show" => Self::parse_show(true, args),
            "set" => Self::parse_set(args),
            _ => Err(CliError::rejected(format!("Command \"{verb}\" is unknown, try \"nlw stats help\"."))),
        }
    }

    fn parse_show(said: bool, args: &[String]) -> Result<Self> {
        let mut words = Words::new(args);
        let (mut dev, mut sel, mut leaves) = (None, [None; 3], Vec::new());
        while let Some(word) = words.next() {
            if word == "dev" {
                dev = Some(dev_name(&mut words, &dev)?);
            } else if word == "help" {
                return Ok(Self::Help);
            } else if let Some(level) = LEVELS.iter().position(|l| *l == word) {
                let wanted = words.value()?;
                if let Some(missing) = sel.iter().take(level).position(Option::is_none) {
                    let above = LEVELS.get(missing).copied().unwrap_or_default();
                    return Err(refused(format!(
                        "Error: {word} {wanted} requested without selecting a {above} first"
                    )));
                }
                if sel.iter().skip(level).any(Option::is_some) {
                    enable(&sel, &mut leaves)?;
                }
                sel.iter_mut().skip(level).for_each(|s| *s = None);
                if let Some(at) = sel.get_mut(level) {
                    *at = Some(wanted);
                }
            } else {
                return Err(refused(format!("What is \"{word}\"?\n{USAGE}")));
            }
        }
        enable(&sel, &mut leaves)?;
        leaves.sort_by_key(|(leaf, _)| *leaf);
        leaves.dedup_by_key(|(leaf, _)| *leaf);
        Ok(Self::Show { said, dev, leaves })
    }

    fn parse_set(args: &[String]) -> Result<Self> {
        let mut words = Words::new(args);
        let (mut dev, mut enable) = (None, None);
        while let Some(word) = words.next() {
            match word {
                "dev" => dev = Some(dev_name(&mut words, &dev)?),
                "l3_stats" => {
                    let value = words.value()?;
                    if enable.is_some() {
                        return Err(refused("A statistics suite to toggle was already given.".into()));
                    }
                    enable = Some(crate::args::one_of_on_off("l3_stats", value, 22)?);
                }
                "help" => return Ok(Self::Help),
                _ => return Err(refused(format!("What is \"{word}\"?\n{USAGE}"))),
            }
        }
        let Some(dev) = dev else {
            return Err(CliError::usage("Not enough information: \"dev\" argument is required."));
        };
        let Some(enable) = enable else {
            return Err(CliError::usage("Not enough information: stat type to toggle is required."));
        };
        Ok(Self::Set { dev, enable })
    }

    /// Runs the command.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            Self::Help => {
                eprintln!("{USAGE}");
                Ok(())
            }
            Self::Set { dev, enable } => {
                let ifindex = Names::on_demand(ctx)?.index(dev).ok_or_else(|| not_found(dev))?;
                crate::session::request(&mut ctx.ipr, &SetL3Stats { ifindex, enable: *enable })
            }
            Self::Show { said, dev, leaves } => {
                let level = if *said { ctx.stats + u8::from(ctx.details) + 1 } else { ctx.stats };
                show(ctx, dev.as_deref(), leaves, level)
            }
        }
    }
}

/// `stats show`: one link's reply (`dev`) or every link's, each set asked
/// for a line (and its counters) of its own, the link counters at `level`
/// (ip's `show_stats`: the error breakdown from 2).
fn show(ctx: &mut Ctx, dev: Option<&str>, leaves: &[(Leaf, Vec<&'static str>)], level: u8) -> Result<()> {
    let mut names = Names::on_demand(ctx)?;
    let ifindex = dev.map(|dev| names.index(dev).ok_or_else(|| not_found(dev))).transpose()?;
    let (mut filter_mask, mut offload_filter) = (0, 0);
    for (leaf, _) in leaves {
        let (attr, offload) = leaf.asks();
        filter_mask |= stats_filter_bit(attr);
        offload_filter |= offload;
    }
    if offload_filter == ALL_OFFLOAD {
        offload_filter = 0;
    }
    let query = StatsDump { filter_mask, offload_filter };
    let human = ctx.human;
    let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
    let print = |listing: &mut Listing<_>, msg: &Message<'_>, names: &Names| -> Result<()> {
        let link = LinkStats::parse(msg)?;
        let name = names.get(link.ifindex());
        for (leaf, path) in leaves {
            listing.item(|s| {
                s.fmt_num("ifindex", format_args!("{}:", link.ifindex()), link.ifindex())?;
                s.painted_string(Hue::Ifname, "ifname", format_args!(" {name}:"), &name)?;
                for (level, selected) in LEVELS.iter().zip(path) {
                    s.string(level, format_args!(" {level} {selected}"), selected)?;
                }
                counters(s, *leaf, link.attrs(), level, human)?;
                Ok::<_, CliError>(s.text("\n")?)
            })?;
        }
        Ok(())
    };
    match ifindex {
        Some(ifindex) => {
            let reply = crate::session::get(&mut ctx.ipr, &StatsGet { ifindex, stats: query })?;
            print(&mut listing, &reply.message(), &names)?;
        }
        None => {
            let mut dump = crate::session::dump(&mut ctx.ipr, &query)?;
            while let Some(msg) = dump.next()? {
                print(&mut listing, &msg, &names)?;
                listing.text("\n")?;
                names.learn_asked();
            }
        }
    }
    Ok(listing.finish()?)
}

/// An `RTM_NEWSTATS` event as ip 6.1's `monitor` prints it (`ipstats_print`):
/// the link, then its offload suites' state (`hw_stats_info`, no group words).
pub fn hw_stats_info_event<W: Write>(out: &mut Out<W>, link: &LinkStats<'_>, names: &Names) -> Result<()> {
    let s = &mut Sink::Text(out);
    let name = names.get(link.ifindex());
    s.fmt_num("ifindex", format_args!("{}:", link.ifindex()), link.ifindex())?;
    s.painted_string(Hue::Ifname, "ifname", format_args!(" {name}:"), &name)?;
    counters(s, Leaf::HwStatsInfo, link.attrs(), 0, None)?;
    Ok(nl(s)?)
}

/// The attribute `kind` inside `attrs`'s attribute `outer`, when both are there.
fn inner<'a>(attrs: &Attrs<'a>, outer: u16, kind: u16) -> Result<Option<Attr<'a>>> {
    match attrs.find(outer)? {
        Some(nest) => Ok(nest.nested().find(kind)?),
        None => Ok(None),
    }
}

/// ip's `print_nl`: a line break in text.
fn nl<W: Write>(s: &mut Sink<'_, W>) -> std::io::Result<()> {
    s.text("\n")
}

/// What a set prints after its heading (ip's `show` of each descriptor).
fn counters<W: Write>(
    s: &mut Sink<'_, W>,
    leaf: Leaf,
    attrs: Attrs<'_>,
    level: u8,
    human: Option<u64>,
) -> Result<()> {
    let offload = ifla_stats::LINK_OFFLOAD_XSTATS;
    match leaf {
        Leaf::Link | Leaf::CpuHit => {
            nl(s)?;
            let at = match leaf {
                Leaf::Link => attrs.find(ifla_stats::LINK_64)?,
                _ => inner(&attrs, offload, offload_xstats::CPU_HIT)?,
            };
            if let Some(at) = at {
                stats::counters(s, &at.to_struct_zero_filled::<RtnlLinkStats64>(), None, level, human)?;
            }
        }
        Leaf::HwStatsInfo => {
            if let Some(info) = inner(&attrs, offload, offload_xstats::HW_S_INFO)? {
                nl(s)?;
                s.open("info")?;
                if let Some(l3) = info.nested().find(offload_xstats::L3_STATS)? {
                    s.text("    l3_stats")?;
                    s.open("l3_stats")?;
                    request_used(s, l3.nested())?;
                    s.close()?;
                }
                s.close()?;
            }
        }
        Leaf::L3Stats => {
            let Some(info) = inner(&attrs, offload, offload_xstats::HW_S_INFO)? else { return Ok(()) };
            s.open("info")?;
            if let Some(l3) = info.nested().find(offload_xstats::L3_STATS)? {
                request_used(s, l3.nested())?;
            }
            s.close()?;
            if let Some(at) = inner(&attrs, offload, offload_xstats::L3_STATS)? {
                nl(s)?;
                let c: RtnlHwStats64 = at.to_struct_zero_filled();
                let rx = [c.rx_bytes, c.rx_packets, c.rx_errors, c.rx_dropped, c.multicast].map(|v| v.get());
                let tx = [c.tx_bytes, c.tx_packets, c.tx_errors, c.tx_dropped].map(|v| v.get());
                stats::short_counters(s, "stats64", rx, tx, ("mcast", "multicast"), human)?;
            }
        }
        Leaf::SlaveBridgeMcast | Leaf::SlaveBridgeStp | Leaf::BridgeMcast | Leaf::BridgeStp => {
            let (group, _) = leaf.asks();
            let Some(bridge) = inner(&attrs, group, xstats_type::BRIDGE)? else { return Ok(()) };
            let mcast = matches!(leaf, Leaf::SlaveBridgeMcast | Leaf::BridgeMcast);
            let wanted = if mcast { bridge_xstats::MCAST } else { bridge_xstats::STP };
            if let Some(at) = bridge.nested().find(wanted)? {
                nl(s)?;
                bridge_suite(s, &at)?;
            }
        }
        Leaf::AfstatsMpls => {
            let Some(mpls) = inner(&attrs, ifla_stats::AF_SPEC, af::MPLS.into())? else { return Ok(()) };
            if let Some(at) = mpls.nested().find(MPLS_STATS_LINK)? {
                nl(s)?;
                let c: MplsLinkStats = at.to_struct_zero_filled();
                let rx = [c.rx_bytes, c.rx_packets, c.rx_errors, c.rx_dropped, c.rx_noroute].map(|v| v.get());
                let tx = [c.tx_bytes, c.tx_packets, c.tx_errors, c.tx_dropped].map(|v| v.get());
                stats::short_counters(s, "mpls_stats", rx, tx, ("noroute", "noroute"), human)?;
            }
        }
        // No kernel here to show these: their headings alone.
        Leaf::SlaveBond3ad | Leaf::Bond3ad => {}
    }
    Ok(())
}

/// A suite's `IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST` and `_USED`: text
/// ` on used off`, JSON booleans (ip prints neither when not 0 or 1).
fn request_used<W: Write>(s: &mut Sink<'_, W>, suite: Attrs<'_>) -> Result<()> {
    for (kind, key, label) in
        [(hw_s_info_one::REQUEST, "request", ""), (hw_s_info_one::USED, "used", " used")]
    {
        let value = suite.find(kind)?.map(|a| a.u8()).transpose()?;
        if let Some(on @ (0 | 1)) = value {
            let on = on == 1;
            s.bool(key, format_args!("{label} {}", if on { "on" } else { "off" }), on)?;
        }
    }
    Ok(())
}

/// The text before each of a bridge suite's lines: ip's `%-16s` of "".
const PAD: &str = "                ";

/// `BRIDGE_XSTATS_MCAST` or `_STP` as ip 6.1's `bridge_print_stats_mcast`
/// and `_stp` print them: the `multicast` or `stp` object, or lines each
/// ending with a line break.
fn bridge_suite<W: Write>(s: &mut Sink<'_, W>, suite: &Attr<'_>) -> Result<()> {
    let num = |s: &mut Sink<'_, W>, key: &str, label: &str, value: u64, end: &str| {
        s.fmt_num(key, format_args!("{label}{value}{end}"), value)
    };
    if suite.kind() == bridge_xstats::STP {
        let st: BridgeStpXstats = suite.to_struct_zero_filled();
        s.open("stp")?;
        s.text(&format!("{PAD}    STP BPDU:  "))?;
        num(s, "rx_bpdu", "RX: ", st.rx_bpdu.get(), " ")?;
        num(s, "tx_bpdu", "TX: ", st.tx_bpdu.get(), "\n")?;
        s.text(&format!("{PAD}    STP TCN:   "))?;
        num(s, "rx_tcn", "RX: ", st.rx_tcn.get(), " ")?;
        num(s, "tx_tcn", "TX: ", st.tx_tcn.get(), "\n")?;
        s.text(&format!("{PAD}    STP Transitions: "))?;
        num(s, "transition_blk", "Blocked: ", st.transition_blk.get(), " ")?;
        num(s, "transition_fwd", "Forwarding: ", st.transition_fwd.get(), "\n")?;
        return Ok(s.close()?);
    }
    let m: BrMcastStats = suite.to_struct_zero_filled();
    // A query or report count for each version, received then sent.
    let versions = |s: &mut Sink<'_, W>, key: &str, title: &str, counts: &[&[NeU64; 2]]| {
        s.open(key)?;
        s.text(&format!("{PAD}    {title}:\n"))?;
        for (dir, name) in [(0, "rx"), (1, "tx")] {
            s.text(&format!("{PAD}      {}: ", name.to_uppercase()))?;
            for (at, count) in counts.iter().enumerate() {
                let value = count.get(dir).map_or(0, |c| c.get());
                let end = if at + 1 == counts.len() { "\n" } else { " " };
                num(s, &format!("{name}_v{}", at + 1), &format!("v{} ", at + 1), value, end)?;
            }
        }
        s.close()
    };
    let pair = |s: &mut Sink<'_, W>, key: &str, title: &str, count: &[NeU64; 2]| {
        s.open(key)?;
        s.text(&format!("{PAD}    {title}: "))?;
        num(s, "rx", "RX: ", count[0].get(), " ")?;
        num(s, "tx", "TX: ", count[1].get(), "\n")?;
        s.close()
    };
    s.open("multicast")?;
    versions(s, "igmp_queries", "IGMP queries", &[&m.igmp_v1queries, &m.igmp_v2queries, &m.igmp_v3queries])?;
    versions(s, "igmp_reports", "IGMP reports", &[&m.igmp_v1reports, &m.igmp_v2reports, &m.igmp_v3reports])?;
    pair(s, "igmp_leaves", "IGMP leaves", &m.igmp_leaves)?;
    s.text(&format!("{PAD}    IGMP parse errors: "))?;
    num(s, "igmp_parse_errors", "", m.igmp_parse_errors.get(), "\n")?;
    versions(s, "mld_queries", "MLD queries", &[&m.mld_v1queries, &m.mld_v2queries])?;
    versions(s, "mld_reports", "MLD reports", &[&m.mld_v1reports, &m.mld_v2reports])?;
    pair(s, "mld_leaves", "MLD leaves", &m.mld_leaves)?;
    s.text(&format!("{PAD}    MLD parse errors: "))?;
    num(s, "mld_parse_errors", "", m.mld_parse_errors.get(), "\n")?;
    Ok(s.close()?)
}

/// The link types ip 6.1 knows (it has a `link_util` for each) without
/// extended counters: `link xstats type` one of them is refused with
/// exit 1, any other unknown type with exit 255.
const WITHOUT_XSTATS: &[&str] = &[
    "amt",
    "bareudp",
    "batadv",
    "can",
    "dsa",
    "dummy",
    "erspan",
    "geneve",
    "gre",
    "gretap",
    "gtp",
    "hsr",
    "ifb",
    "ip6erspan",
    "ip6gre",
    "ip6gretap",
    "ip6tnl",
    "ipip",
    "ipoib",
    "ipvlan",
    "ipvtap",
    "macsec",
    "macvlan",
    "macvtap",
    "netdevsim",
    "nlmon",
    "rmnet",
    "sit",
    "team",
    "tun",
    "vcan",
    "veth",
    "virt_wifi",
    "vlan",
    "vrf",
    "vti",
    "vti6",
    "vxcan",
    "vxlan",
    "wwan",
    "xfrm",
];

/// `nlw link xstats ...` and `nlw link afstats ...`.
pub enum LinkStatsCommand {
    /// `xstats help` or `xstats type T help`: ip's usage line on stdout, exit 0.
    Usage(&'static str),
    /// `xstats type bridge|bridge_slave [igmp|mcast|stp] [dev DEV]`: the
    /// bridge's (or its ports') suites, one suite (`BRIDGE_XSTATS_*`) or all.
    Xstats { slave: bool, suite: Option<u16>, dev: Option<String> },
    /// `afstats [dev DEV]`.
    Afstats { dev: Option<String> },
}

impl LinkStatsCommand {
    /// Parses the words after `link xstats` (`afstats` false) or `link
    /// afstats`, as ip 6.1's `iplink_ifla_xstats` and `iplink_afstats`.
    pub fn parse(afstats: bool, args: &[String]) -> Result<Self> {
        let mut words = Words::new(args);
        if afstats {
            let mut dev = None;
            while let Some(word) = words.next() {
                match word {
                    "dev" => {
                        let name = words.value()?;
                        if dev.is_some() {
                            return Err(duplicate2("dev", name));
                        }
                        dev = Some(name.to_owned());
                    }
                    _ if crate::matches(word, "help", 1) => {
                        // ip's `usage()`: the link usage, exit 255.
                        return Err(match crate::help("link") {
                            Err(usage) => usage,
                            Ok(_) => crate::args::incomplete(),
                        });
                    }
                    _ => {
                        return Err(CliError::usage(format!(
                            "Command \"{word}\" is unknown, try \"nlw link help\"."
                        )))
                    }
                }
            }
            return Ok(Self::Afstats { dev });
        }
        let Some(first) = words.next() else { return Err(CliError::exit(1, "xstats: missing argument")) };
        if crate::matches(first, "help", 1) && !crate::matches(first, "type", 1) {
            return Ok(Self::Usage("Usage: ... xstats type TYPE [ ARGS ]"));
        }
        if !crate::matches(first, "type", 1) {
            return Err(invalid("unknown argument", first));
        }
        let kind = words.value()?;
        let slave = match kind {
            "bridge" => false,
            "bridge_slave" => true,
            "bond" | "bond_slave" => {
                return Err(CliError::exit(1, format!("xstats: nlw does not print type {kind}'s counters")))
            }
            _ if WITHOUT_XSTATS.contains(&kind) => {
                return Err(CliError::exit(1, format!("xstats: link type {kind} doesn't support xstats")))
            }
            _ => return Err(invalid("invalid type", kind)),
        };
        let (mut suite, mut dev) = (None, None);
        while let Some(word) = words.next() {
            match word {
                "igmp" | "mcast" => suite = Some(bridge_xstats::MCAST),
                "stp" => suite = Some(bridge_xstats::STP),
                "dev" => dev = Some(words.value()?.to_owned()),
                "help" if slave => return Ok(Self::Usage("Usage: ... bridge_slave [ igmp ] [ dev DEVICE ]")),
                "help" => return Ok(Self::Usage("Usage: ... bridge [ igmp ] [ dev DEVICE ]")),
                _ => return Err(invalid("unknown attribute", word)),
            }
        }
        Ok(Self::Xstats { slave, suite, dev })
    }

    /// Runs the command: one dump of every link's counters.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let (attr, dev) = match self {
            Self::Usage(usage) => return Ok(writeln!(std::io::stdout(), "{usage}")?),
            Self::Xstats { slave: false, dev, .. } => (ifla_stats::LINK_XSTATS, dev),
            Self::Xstats { slave: true, dev, .. } => (ifla_stats::LINK_XSTATS_SLAVE, dev),
            Self::Afstats { dev } => (ifla_stats::AF_SPEC, dev),
        };
        let mut names = Names::on_demand(ctx)?;
        let ifindex = match (dev, self) {
            // ip says so and ends with exit 0.
            (Some(dev), Self::Afstats { .. }) => Some(
                names
                    .index(dev)
                    .ok_or_else(|| CliError::exit(0, format!("Device \"{dev}\" does not exist.")))?,
            ),
            (Some(dev), _) => Some(names.index(dev).ok_or_else(|| not_found(dev))?),
            (None, _) => None,
        };
        let query = StatsDump { filter_mask: stats_filter_bit(attr), offload_filter: 0 };
        let mut dump = crate::session::dump(&mut ctx.ipr, &query)?;
        let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
        while let Some(msg) = dump.next()? {
            let link = LinkStats::parse(&msg)?;
            if ifindex.is_some_and(|i| i != link.ifindex()) {
                continue;
            }
            let Self::Xstats { suite, .. } = self else { continue };
            let Some(bridge) = inner(&link.attrs(), attr, xstats_type::BRIDGE)? else { continue };
            listing.item(|s| {
                let name = names.get(link.ifindex());
                s.string("ifname", format_args!("{name:<16}\n"), &name)?;
                for at in bridge.nested() {
                    let at = at?;
                    if suite.is_none_or(|only| only == at.kind())
                        && [bridge_xstats::MCAST, bridge_xstats::STP].contains(&at.kind())
                    {
                        bridge_suite(s, &at)?;
                    }
                }
                Ok::<_, CliError>(())
            })?;
            names.learn_asked();
        }
        Ok(listing.finish()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::Json;
    use nlwire_tests::wire::{attr, nest};

    /// `IFLA_STATS_AF_SPEC` holding `AF_MPLS` (28) holding
    /// `MPLS_STATS_LINK` (1): `struct mpls_link_stats` (linux/mpls.h:
    /// rx/tx packets, rx/tx bytes, rx/tx errors, rx/tx dropped, rx
    /// noroute), built byte by byte.
    fn mpls_af_spec(counters: [u64; 9]) -> Vec<u8> {
        let link: Vec<u8> = counters.iter().flat_map(|c| c.to_ne_bytes()).collect();
        nest(5, &nest(28, &attr(1, &link)))
    }

    /// `afstats`' `mpls` after its heading: a line break, then the lines
    /// ip 6.1's `print_mpls_link_stats` writes (its example in the commit
    /// that added it: RX `bytes packets errors dropped noroute`, TX four,
    /// each number followed by a space), or its `mpls_stats` object.
    #[test]
    fn mpls_counters_print_as_ips() {
        let spec = mpls_af_spec([0, 2, 0, 216, 0, 0, 0, 0, 0]);
        let attrs = Attrs::new(&spec);
        let mut text = Vec::new();
        let mut j = Json::new(&mut text, false);
        counters(&mut Sink::Text(j.out()), Leaf::AfstatsMpls, attrs.clone(), 1, None).unwrap();
        j.out().flush().unwrap();
        drop(j);
        let want = "\n    RX: bytes packets errors dropped noroute\n\
                    \x20           0       0      0       0       0 \n\
                    \x20   TX: bytes packets errors dropped\n\
                    \x20         216       2      0       0 ";
        assert_eq!(String::from_utf8(text).unwrap(), want);
        let mut json = Vec::new();
        let mut j = Json::new(&mut json, false);
        j.begin_object().unwrap();
        counters(&mut Sink::Json(&mut j), Leaf::AfstatsMpls, attrs, 1, None).unwrap();
        j.end_object().unwrap();
        j.out().flush().unwrap();
        drop(j);
        let want = serde_json::json!({"mpls_stats": {
            "rx": {"bytes": 0, "packets": 0, "errors": 0, "dropped": 0, "noroute": 0},
            "tx": {"bytes": 216, "packets": 2, "errors": 0, "dropped": 0},
        }});
        assert_eq!(serde_json::from_slice::<serde_json::Value>(&json).unwrap(), want);
    }
}
