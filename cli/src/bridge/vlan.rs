//! `nlw bridge vlan show|add|del`: the VLANs of bridge ports, from the
//! `AF_BRIDGE` link dump with `RTEXT_FILTER_BRVLAN`, and their changes
//! (`RTM_SETLINK`/`RTM_DELLINK` with `IFLA_AF_SPEC`), as bridge 6.1
//! (`bridge/vlan.c`) prints and takes them.
//!
//! ```sh
//! nlw bridge vlan add dev v0 vid 10 pvid untagged
//! nlw bridge vlan show
//! # port              vlan-id
//! # v0                10 PVID Egress Untagged
//! nlw -j bridge vlan show   # [{"ifname":"v0","vlans":[{"vlan":10,"flags":["PVID","Egress Untagged"]}]}]
//! ```

use std::io::Write;

use nlwire::bridge::{
    vlandb, vlans, BridgeFlags, BridgeVlanInfoFlags, VlanAdd, VlanDb, VlanDel, VlanDump, VlanEntry, VlanRange,
};
use nlwire::link::{name_of, Link};
use nlwire::neigh::AF_BRIDGE;
use nlwire::tables::rt_link::{BridgeVlandbEntryAttrs, BridgeVlandbGoptsAttrs, BR_PORT_STATE_NAMES};

use super::incomplete;
use crate::args::{atoi, duplicate, Words};
use crate::matches;
use crate::names::Names;
use crate::sink::{Listing, Sink};
use crate::{CliError, Ctx, Result};

/// `bridge vlan help`.
pub const USAGE: &str = "Usage: nlw bridge vlan { add | del } vid VLAN_ID dev DEV [ pvid ] [ untagged ]
                                                     [ self ] [ master ]
       nlw bridge vlan { show } [ dev DEV ] [ vid VLAN_ID ]";

/// `IFNAMSIZ`: the width bridge gives the port's name.
const PORT_WIDTH: usize = 16;

/// A parsed `bridge vlan` command.
pub enum VlanCommand {
    Show(VlanShow),
    Change { add: bool, change: VlanChange },
}

impl VlanCommand {
    /// Parses the words after `vlan` (none: `show`).
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((verb, args)) = words.split_first() else {
            return Ok(VlanCommand::Show(VlanShow::parse(&[])?));
        };
        if matches(verb, "add", 1) {
            return Ok(VlanCommand::Change { add: true, change: VlanChange::parse(args)? });
        }
        if matches(verb, "delete", 1) {
            return Ok(VlanCommand::Change { add: false, change: VlanChange::parse(args)? });
        }
        if matches(verb, "show", 1) || matches(verb, "lst", 1) || matches(verb, "list", 1) {
            return VlanShow::parse(args).map(VlanCommand::Show);
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
        }
    }
}

/// `bridge vlan add|del dev DEV vid VID[-VID2] [pvid] [untagged] [self]
/// [master]`.
pub struct VlanChange {
    dev: String,
    /// C's `short`s from `atoi`, as bridge keeps them.
    vid: i16,
    last: Option<i16>,
    pvid: bool,
    untagged: bool,
    flags: BridgeFlags,
}

impl VlanChange {
    fn parse(args: &[String]) -> Result<Self> {
        let (mut dev, mut vid, mut last) = (None, None, None);
        let (mut pvid, mut untagged, mut flags) = (false, false, BridgeFlags::empty());
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
                "tunnel_info" => return Err(CliError::usage("nlw bridge vlan does not take tunnel_info")),
                // As bridge: `help` takes the next word with it; other
                // words are passed over.
                w if matches(w, "help", 1) => drop(value()?),
                _ => {}
            }
        }
        let (Some(dev), Some(vid)) = (dev, vid.filter(|v| *v != -1)) else {
            return Err(CliError::usage("Device and VLAN ID are required arguments."));
        };
        Ok(VlanChange { dev, vid, last, pvid, untagged, flags })
    }

    /// Checks the VLANs as bridge does (after finding the device), then
    /// sends the change; ids bridge would send and the kernel refuse (0,
    /// 4095, negative) are refused here, before sending.
    fn send(&self, ctx: &mut Ctx, add: bool) -> Result<()> {
        let names = Names::load(&mut ctx.ipr)?;
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
        let entry = VlanEntry {
            last: self.last.map(|last| last as u16),
            pvid: self.pvid,
            untagged: self.untagged,
            flags: self.flags,
            ..VlanEntry::new(ifindex, vid)
        };
        if add {
            ctx.ipr.request(&VlanAdd(entry))?;
        } else {
            ctx.ipr.request(&VlanDel(entry))?;
        }
        Ok(())
    }
}

/// `bridge vlan show [dev DEV] [vid VID]`.
pub struct VlanShow {
    dev: Option<String>,
    /// Only ranges holding this VLAN (0: all), as bridge's `atoi` reads it.
    vid: u16,
}

impl VlanShow {
    fn parse(args: &[String]) -> Result<Self> {
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
        Ok(VlanShow { dev, vid })
    }

    /// Prints each port with VLANs: its name, then a VLAN or range a line.
    fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let names = Names::load(&mut ctx.ipr)?;
        let wanted = match &self.dev {
            Some(dev) => Some(
                names.index(dev).ok_or_else(|| CliError::usage(format!("Cannot find device \"{dev}\"")))?,
            ),
            None => None,
        };
        let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty)?;
        listing.text(&format!("{:<PORT_WIDTH$}  {:<9}\n", "port", "vlan-id"))?;
        let mut dump = ctx.ipr.dump(&VlanDump { compressed: false })?;
        while let Some(msg) = dump.next()? {
            let link = Link::parse(&msg)?;
            let index = u32::try_from(link.ifindex()).unwrap_or(0);
            if link.family() != AF_BRIDGE || wanted.is_some_and(|w| w != index) {
                continue;
            }
            let shown = self.shown(vlans(&link)?)?;
            if !shown.is_empty() {
                listing.item(|p| print_port(p, &names.get(index), &shown))?;
            }
        }
        listing.finish()?;
        Ok(())
    }

    /// The ranges bridge prints with `vid` given: up to the first one
    /// starting above it, those that end at or above it.
    fn shown(&self, ranges: impl Iterator<Item = nlwire::Result<VlanRange>>) -> Result<Vec<VlanRange>> {
        let mut shown = Vec::new();
        for range in ranges {
            let range = range?;
            if self.vid != 0 && range.first > self.vid {
                break;
            }
            if range.last >= self.vid {
                shown.push(range);
            }
        }
        Ok(shown)
    }
}

/// A port and its VLANs as bridge prints them: the name padded to 16, one
/// range a line; in JSON `{"ifname": .., "vlans": [{"vlan": 1, "vlanEnd":
/// .., "flags": [..]}]}`.
fn print_port<W: Write>(p: &mut Sink<'_, W>, name: &str, ranges: &[VlanRange]) -> Result<()> {
    p.string("ifname", format_args!("{name:<PORT_WIDTH$}  "), &name)?;
    p.open_array("vlans")?;
    for (i, range) in ranges.iter().enumerate() {
        if i > 0 {
            p.fmt_text(format_args!("{:PORT_WIDTH$}  ", ""))?;
        }
        if let Sink::Json(j) = p {
            j.begin_object()?;
        }
        p.fmt_num("vlan", format_args!("{}", range.first), range.first)?;
        if range.last != range.first {
            p.fmt_num("vlanEnd", format_args!("-{}", range.last), range.last)?;
        }
        // bridge opens "flags" for any flag bit, a range's mark included.
        if !range.flags.is_empty() || range.last != range.first {
            p.open_array("flags")?;
            if range.flags.contains(BridgeVlanInfoFlags::PVID) {
                p.element(format_args!(" PVID"), &"PVID")?;
            }
            if range.flags.contains(BridgeVlanInfoFlags::UNTAGGED) {
                p.element(format_args!(" Egress Untagged"), &"Egress Untagged")?;
            }
            p.close_array()?;
        }
        if let Sink::Json(j) = p {
            j.end_object()?;
        }
        p.fmt_text(format_args!("\n"))?;
    }
    p.close_array()?;
    Ok(())
}

/// An `RTM_NEWVLAN`/`RTM_DELVLAN` as `bridge monitor` (6.1,
/// `print_vlan_rtm`) prints it: the port's name before its first entry, each
/// entry's VLAN or range and flags, then, indented, its STP state and
/// multicast router mode (with `stats` its counters); a bridge's global
/// options of a VLAN likewise. Text only: bridge 6.1 has no JSON here.
pub(super) fn print_vlan_event<W: Write>(
    out: &mut W,
    db: &VlanDb<'_>,
    name: &str,
    stats: bool,
) -> Result<()> {
    let indent = format!("{:PORT_WIDTH$}    ", "");
    let mut first = true;
    let mut open = |out: &mut W| {
        let shown = if std::mem::take(&mut first) { name } else { "" };
        write!(out, "{shown:<PORT_WIDTH$}  ")
    };
    for attr in db.attrs() {
        let attr = attr?;
        match attr.kind() {
            vlandb::ENTRY => {
                let entry = BridgeVlandbEntryAttrs(attr.nested());
                let Some(info) = entry.info()? else { continue };
                let (vid, flags) = (info.vid.get(), BridgeVlanInfoFlags::from_bits_retain(info.flags.get()));
                open(out)?;
                write_range(out, vid, entry.range()?.unwrap_or(vid))?;
                if flags.contains(BridgeVlanInfoFlags::PVID) {
                    write!(out, " PVID")?;
                }
                if flags.contains(BridgeVlanInfoFlags::UNTAGGED) {
                    write!(out, " Egress Untagged")?;
                }
                write!(out, "\n{indent}")?;
                let state = entry.state()?.unwrap_or(0);
                if let Some(state) = name_of(BR_PORT_STATE_NAMES, state.into()) {
                    write!(out, "state {state} ")?;
                }
                if let Some(router) = entry.mcast_router()? {
                    write!(out, "mcast_router {router} ")?;
                }
                writeln!(out)?;
                if stats {
                    let counters = entry.stats()?;
                    let get = |read: fn(&_) -> nlwire::Result<Option<u64>>| -> nlwire::Result<u64> {
                        Ok(counters.as_ref().map(read).transpose()?.flatten().unwrap_or(0))
                    };
                    let (rx_bytes, rx_packets) = (get(|s| s.rx_bytes())?, get(|s| s.rx_packets())?);
                    let (tx_bytes, tx_packets) = (get(|s| s.tx_bytes())?, get(|s| s.tx_packets())?);
                    writeln!(out, "{indent}RX: {rx_bytes} bytes {rx_packets} packets")?;
                    writeln!(out, "{indent}TX: {tx_bytes} bytes {tx_packets} packets")?;
                }
            }
            vlandb::GLOBAL_OPTIONS => {
                let opts = BridgeVlandbGoptsAttrs(attr.nested());
                let vid = opts.id()?.unwrap_or(0);
                open(out)?;
                write_range(out, vid, opts.range()?.unwrap_or(vid))?;
                write!(out, "\n{indent}")?;
                let u8s = [
                    ("mcast_snooping", opts.mcast_snooping()?),
                    ("mcast_querier", opts.mcast_querier()?),
                    ("mcast_igmp_version", opts.mcast_igmp_version()?),
                    ("mcast_mld_version", opts.mcast_mld_version()?),
                ];
                for (key, value) in u8s {
                    if let Some(value) = value {
                        write!(out, "{key} {value} ")?;
                    }
                }
                // bridge 6.1 prints the count when the MLD version is there.
                let mld = opts.mcast_mld_version()?.is_some();
                let counts = [
                    ("mcast_last_member_count", opts.mcast_last_member_cnt()?.filter(|_| mld).map(u64::from)),
                    ("mcast_last_member_interval", opts.mcast_last_member_intvl()?),
                    ("mcast_startup_query_count", opts.mcast_startup_query_cnt()?.map(u64::from)),
                    ("mcast_startup_query_interval", opts.mcast_startup_query_intvl()?),
                    ("mcast_membership_interval", opts.mcast_membership_intvl()?),
                    ("mcast_querier_interval", opts.mcast_querier_intvl()?),
                    ("mcast_query_interval", opts.mcast_query_intvl()?),
                    ("mcast_query_response_interval", opts.mcast_query_response_intvl()?),
                ];
                for (key, value) in counts {
                    if let Some(value) = value {
                        write!(out, "{key} {value} ")?;
                    }
                }
                writeln!(out)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// bridge's `print_range`: `VID`, or `VID-END`.
fn write_range<W: Write>(out: &mut W, vid: u16, end: u16) -> std::io::Result<()> {
    match end == vid {
        true => write!(out, "{vid}"),
        false => write!(out, "{vid}-{end}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlwire::Messages;

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
        let ranges = VlanShow { dev: None, vid }.shown(vlans(&link).unwrap()).unwrap();
        let mut out = Vec::new();
        let mut listing = Listing::new(&mut out, json, false).unwrap();
        if !ranges.is_empty() {
            listing.item(|p| print_port(p, "va", &ranges)).unwrap();
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
            assert!(matches!(VlanCommand::parse(&words(bad)), Err(CliError::Usage(_))), "{bad}");
        }
    }
}
