//! Bridge ports and bridge VLANs (`include/uapi/linux/if_bridge.h`): a
//! port's options (`bridge link set`, pyroute2's `brport("set")`) and the
//! VLANs of a port (`bridge vlan add|del|show`, pyroute2's `vlan_filter`),
//! as typed requests, and the VLANs read back from a dump.
//!
//! ```
//! use nlwire::bridge::{PortOptions, PortSet, VlanAdd, VlanEntry};
//! use nlwire::build::Builder;
//! let mut buf = [0u8; 256];
//! let mut b = Builder::new(&mut buf);
//! // bridge link set dev v0 cost 7 learning off
//! b.push(&PortSet { ifindex: 4, options: PortOptions { cost: Some(7), learning: Some(false), ..Default::default() } }, 1)?;
//! // bridge vlan add dev v0 vid 10-20 untagged
//! b.push(&VlanAdd(VlanEntry { untagged: true, ..VlanEntry::range(4, 10, 20) }), 2)?;
//! # Ok::<(), nlwire::Error>(())
//! ```

use crate::attr::Attrs;
use crate::build::{entry_requests, Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::link::{bridge_af, brport, ifla, name_of, IfInfoMsg, Link};
use crate::message::{message_view, msg_type, MsgFlags};
use crate::rtnl::af::BRIDGE as AF_BRIDGE;
use crate::tables::rt_link::LinkXstatsTypeAttrs;
use crate::tables::rt_link::{rtext_filter, BRIDGE_MODE};

pub use crate::tables::rt_link::{bridge_mode, BridgeFlags, BridgeVlanInfo, BridgeVlanInfoFlags};
use crate::tables::rt_link::{
    link_bridge_vlan_tunnel_attrs as tunnel_attr, BrVlanMsg, BridgeVlandbAttrs, LinkBridgeAfAttrs,
    LinkBridgeVlanTunnelAttrs,
};

/// `BRIDGE_VLANDB_*`: the attributes of an `RTM_NEWVLAN` ([`VlanDb`]).
pub use crate::tables::rt_link::bridge_vlandb_attrs as vlandb;

/// `BRIDGE_VLANDB_ENTRY_*`: one VLAN entry (or range) of a port.
pub use crate::tables::rt_link::bridge_vlandb_entry_attrs as vlandb_entry;

/// `BRIDGE_VLANDB_GOPTS_*`: a bridge's global options of a VLAN.
pub use crate::tables::rt_link::bridge_vlandb_gopts_attrs as vlandb_gopts;

/// `BR_STATE_BLOCKING`: the highest port state (`disabled` 0, `listening`,
/// `learning`, `forwarding`, `blocking` 4).
pub const PORT_STATE_MAX: u8 = 4;

/// The highest VLAN id a bridge takes (`VLAN_VID_MASK - 1`).
pub const VID_MAX: u16 = 4094;

/// The `ifinfomsg` of a request about bridge port `ifindex`.
fn port_header(ifindex: u32) -> Result<IfInfoMsg> {
    let index =
        i32::try_from(ifindex).map_err(|_| Error::InvalidValue { what: "interface index above i32::MAX" })?;
    if index == 0 {
        return Err(Error::InvalidValue { what: "bridge port index 0" });
    }
    Ok(IfInfoMsg { ifi_family: AF_BRIDGE, ifi_index: index.into(), ..IfInfoMsg::default() })
}

/// Options of a bridge port (`IFLA_BRPORT_*`); those left `None` are not
/// sent and keep the kernel's values. Names as `bridge link set` takes
/// them; the attribute each sets is in its doc.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PortOptions {
    /// `state`: STP state, 0 to [`PORT_STATE_MAX`] (`STATE`).
    pub state: Option<u8>,
    /// `priority` (`PRIORITY`).
    pub priority: Option<u16>,
    /// `cost`: STP path cost (`COST`).
    pub cost: Option<u32>,
    /// `hairpin`: send frames back out of the port they came in (`MODE`).
    pub hairpin: Option<bool>,
    /// `guard`: drop STP BPDUs (`GUARD`).
    pub guard: Option<bool>,
    /// `root_block`: never root port (`PROTECT`).
    pub root_block: Option<bool>,
    /// `fastleave`: leave multicast groups at once (`FAST_LEAVE`).
    pub fast_leave: Option<bool>,
    /// `learning`: learn source addresses (`LEARNING`).
    pub learning: Option<bool>,
    /// `flood`: unknown unicast is flooded here (`UNICAST_FLOOD`).
    pub unicast_flood: Option<bool>,
    /// `proxy_arp` (`PROXYARP`).
    pub proxyarp: Option<bool>,
    /// `learning_sync` (`LEARNING_SYNC`).
    pub learning_sync: Option<bool>,
    /// `proxy_arp_wifi` (`PROXYARP_WIFI`).
    pub proxyarp_wifi: Option<bool>,
    /// `mcast_router`: 0 off, 1 learned, 2 permanent, 3 temporary (`MULTICAST_ROUTER`).
    pub multicast_router: Option<u8>,
    /// `mcast_flood` (`MCAST_FLOOD`).
    pub mcast_flood: Option<bool>,
    /// `mcast_to_unicast` (`MCAST_TO_UCAST`).
    pub mcast_to_ucast: Option<bool>,
    /// `vlan_tunnel` (`VLAN_TUNNEL`).
    pub vlan_tunnel: Option<bool>,
    /// `bcast_flood` (`BCAST_FLOOD`).
    pub bcast_flood: Option<bool>,
    /// `group_fwd_mask` (`GROUP_FWD_MASK`).
    pub group_fwd_mask: Option<u16>,
    /// `neigh_suppress` (`NEIGH_SUPPRESS`).
    pub neigh_suppress: Option<bool>,
    /// `isolated` (`ISOLATED`).
    pub isolated: Option<bool>,
    /// `backup_port DEV` by index, 0 for `nobackup_port` (`BACKUP_PORT`).
    pub backup_port: Option<u32>,
    /// `locked` (`LOCKED`).
    pub locked: Option<bool>,
    /// `mab` (`MAB`).
    pub mab: Option<bool>,
    /// `mcast_max_groups` (`MCAST_MAX_GROUPS`).
    pub mcast_max_groups: Option<u32>,
    /// `neigh_vlan_suppress` (`NEIGH_VLAN_SUPPRESS`).
    pub neigh_vlan_suppress: Option<bool>,
    /// `hwmode veb|vepa` ([`bridge_mode`]): the mode of the port's own
    /// hardware bridge (`IFLA_BRIDGE_MODE` of `IFLA_AF_SPEC`); bridge sends
    /// it with [`BridgeFlags::SELF`].
    pub hwmode: Option<u16>,
    /// `self` and/or `master`: whose table takes the change
    /// (`IFLA_BRIDGE_FLAGS` of `IFLA_AF_SPEC`); empty sends none, which the
    /// kernel takes as `MASTER`.
    pub flags: BridgeFlags,
}

impl PortOptions {
    /// The on/off option that attribute `kind` (`IFLA_BRPORT_GUARD`, ...)
    /// sets; `None` for an attribute that is not on/off.
    ///
    /// ```
    /// # use nlwire::bridge::PortOptions;
    /// # use nlwire::link::brport;
    /// let mut options = PortOptions::default();
    /// *options.flag_mut(brport::GUARD).unwrap() = Some(true);
    /// assert_eq!(options.guard, Some(true));
    /// assert!(options.flag_mut(brport::COST).is_none());
    /// ```
    pub fn flag_mut(&mut self, kind: u16) -> Option<&mut Option<bool>> {
        Some(match kind {
            brport::MODE => &mut self.hairpin,
            brport::GUARD => &mut self.guard,
            brport::PROTECT => &mut self.root_block,
            brport::FAST_LEAVE => &mut self.fast_leave,
            brport::LEARNING => &mut self.learning,
            brport::UNICAST_FLOOD => &mut self.unicast_flood,
            brport::PROXYARP => &mut self.proxyarp,
            brport::LEARNING_SYNC => &mut self.learning_sync,
            brport::PROXYARP_WIFI => &mut self.proxyarp_wifi,
            brport::MCAST_FLOOD => &mut self.mcast_flood,
            brport::MCAST_TO_UCAST => &mut self.mcast_to_ucast,
            brport::VLAN_TUNNEL => &mut self.vlan_tunnel,
            brport::BCAST_FLOOD => &mut self.bcast_flood,
            brport::NEIGH_SUPPRESS => &mut self.neigh_suppress,
            brport::ISOLATED => &mut self.isolated,
            brport::LOCKED => &mut self.locked,
            brport::MAB => &mut self.mab,
            brport::NEIGH_VLAN_SUPPRESS => &mut self.neigh_vlan_suppress,
            _ => return None,
        })
    }

    /// Refuses a state above [`PORT_STATE_MAX`] and a `hwmode` other than
    /// [`bridge_mode`]'s.
    pub fn check(&self) -> Result<()> {
        if self.state.is_some_and(|s| s > PORT_STATE_MAX) {
            return Err(Error::InvalidValue { what: "bridge port state above 4 (blocking)" });
        }
        if self.hwmode.is_some_and(|mode| name_of(BRIDGE_MODE, mode.into()).is_none()) {
            return Err(Error::InvalidValue { what: "bridge hwmode other than veb (0) or vepa (1)" });
        }
        Ok(())
    }

    /// Writes the set options as the `IFLA_BRPORT_*` attributes of
    /// `IFLA_PROTINFO` (or of a bridge port's `IFLA_INFO_SLAVE_DATA`, which
    /// takes the same), in attribute order, each in the width the kernel's
    /// policy has (`br_port_policy`); the flags and `hwmode` are
    /// `IFLA_AF_SPEC`'s. Unchecked: see [`check`](Self::check).
    pub fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let flag = |kind: u16| {
            let mut copy = *self;
            copy.flag_mut(kind).and_then(|on| on.map(u8::from))
        };
        m.opt(brport::STATE, self.state, MessageWriter::u8)?;
        m.opt(brport::PRIORITY, self.priority, MessageWriter::u16)?;
        m.opt(brport::COST, self.cost, MessageWriter::u32)?;
        for kind in [
            brport::MODE,
            brport::GUARD,
            brport::PROTECT,
            brport::FAST_LEAVE,
            brport::LEARNING,
            brport::UNICAST_FLOOD,
            brport::PROXYARP,
            brport::LEARNING_SYNC,
            brport::PROXYARP_WIFI,
        ] {
            m.opt(kind, flag(kind), MessageWriter::u8)?;
        }
        m.opt(brport::MULTICAST_ROUTER, self.multicast_router, MessageWriter::u8)?;
        for kind in [brport::MCAST_FLOOD, brport::MCAST_TO_UCAST, brport::VLAN_TUNNEL, brport::BCAST_FLOOD] {
            m.opt(kind, flag(kind), MessageWriter::u8)?;
        }
        m.opt(brport::GROUP_FWD_MASK, self.group_fwd_mask, MessageWriter::u16)?;
        m.opt(brport::NEIGH_SUPPRESS, flag(brport::NEIGH_SUPPRESS), MessageWriter::u8)?;
        m.opt(brport::ISOLATED, flag(brport::ISOLATED), MessageWriter::u8)?;
        m.opt(brport::BACKUP_PORT, self.backup_port, MessageWriter::u32)?;
        m.opt(brport::LOCKED, flag(brport::LOCKED), MessageWriter::u8)?;
        m.opt(brport::MAB, flag(brport::MAB), MessageWriter::u8)?;
        m.opt(brport::MCAST_MAX_GROUPS, self.mcast_max_groups, MessageWriter::u32)?;
        m.opt(brport::NEIGH_VLAN_SUPPRESS, flag(brport::NEIGH_VLAN_SUPPRESS), MessageWriter::u8)
    }

    /// Writes `IFLA_AF_SPEC` (without `NLA_F_NESTED`, as bridge sends it)
    /// with the flags and the mode, when either is set.
    fn emit_af_spec(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.flags.is_empty() && self.hwmode.is_none() {
            return Ok(());
        }
        m.container(ifla::AF_SPEC, |m| {
            if !self.flags.is_empty() {
                m.u16(bridge_af::FLAGS, self.flags.bits())?;
            }
            m.opt(bridge_af::MODE, self.hwmode, MessageWriter::u16)
        })
    }
}

/// `bridge link set dev DEV OPTION...` (pyroute2's `brport("set", index=..)`):
/// `RTM_SETLINK` of family `AF_BRIDGE` with the options in `IFLA_PROTINFO`,
/// handled by the port's bridge (and `IFLA_AF_SPEC` with `self`, `master`
/// or `hwmode`). A state above [`PORT_STATE_MAX`], a `hwmode` other than
/// [`bridge_mode`]'s or index 0 is refused before anything is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PortSet {
    /// The port's interface index.
    pub ifindex: u32,
    /// What to change.
    pub options: PortOptions,
}

impl Request for PortSet {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_SETLINK, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.options.check()?;
        m.family_header(&port_header(self.ifindex)?)?;
        m.nest(ifla::PROTINFO, |m| self.options.emit_attrs(m))?;
        self.options.emit_af_spec(m)
    }
}

/// A VLAN, or a range of VLANs, of a bridge port or of the bridge itself
/// (`bridge vlan add|del dev DEV vid V[-V2] [pvid] [untagged] [self]
/// [master]`), or (`tunnel_id`) the VXLAN tunnel ids they map to
/// (`bridge vlan add|del ... tunnel_info id N[-N2]`, on a port with
/// `vlan_tunnel on`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VlanEntry {
    /// The port (or the bridge, with `self`).
    pub ifindex: u32,
    /// The VLAN id, 1 to [`VID_MAX`]; the first of a range.
    pub vid: u16,
    /// The last VLAN id of a range (above `vid`); `None` for one VLAN.
    pub last: Option<u16>,
    /// `pvid`: untagged frames coming in are in this VLAN (not for a range).
    pub pvid: bool,
    /// `untagged`: frames of this VLAN leave untagged.
    pub untagged: bool,
    /// `IFLA_BRIDGE_FLAGS`: `SELF` (the device's own table) and/or `MASTER`
    /// (its bridge's); empty sends none, which the kernel takes as `MASTER`.
    pub flags: BridgeFlags,
    /// `tunnel_info id N`: the tunnel id (below [`TUNNEL_ID_LIMIT`]) of `vid`;
    /// a range maps to as many ids from `N` on. Sent instead of the VLAN
    /// itself, so without `pvid` or `untagged`.
    pub tunnel_id: Option<u32>,
}

/// Tunnel ids are VXLAN network identifiers: 24 bits (bridge's limit).
pub const TUNNEL_ID_LIMIT: u32 = 1 << 24;

impl VlanEntry {
    /// VLAN `vid` of port `ifindex`.
    pub fn new(ifindex: u32, vid: u16) -> Self {
        VlanEntry {
            ifindex,
            vid,
            last: None,
            pvid: false,
            untagged: false,
            flags: BridgeFlags::empty(),
            tunnel_id: None,
        }
    }
    /// VLANs `first` to `last` of port `ifindex`.
    pub fn range(ifindex: u32, first: u16, last: u16) -> Self {
        VlanEntry { last: Some(last), ..VlanEntry::new(ifindex, first) }
    }

    /// Checks the entry as `bridge vlan` does, then writes the header and
    /// `IFLA_AF_SPEC` (without `NLA_F_NESTED`, as bridge sends it):
    /// `IFLA_BRIDGE_FLAGS` when given, and one `IFLA_BRIDGE_VLAN_INFO` (or
    /// `IFLA_BRIDGE_VLAN_TUNNEL_INFO`), or two marked `RANGE_BEGIN` and
    /// `RANGE_END` for a range.
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        check_vids(self.vid, self.last)?;
        if self.last.is_some() && self.pvid {
            return Err(Error::InvalidValue { what: "pvid cannot be configured for a VLAN range" });
        }
        if let Some(id) = self.tunnel_id {
            return self.emit_tunnel(m, id);
        }
        let header = port_header(self.ifindex)?;
        let mut flags = BridgeVlanInfoFlags::empty();
        flags.set(BridgeVlanInfoFlags::PVID, self.pvid);
        flags.set(BridgeVlanInfoFlags::UNTAGGED, self.untagged);
        let info = |flags: BridgeVlanInfoFlags, vid: u16| BridgeVlanInfo {
            flags: flags.bits().into(),
            vid: vid.into(),
        };
        m.family_header(&header)?;
        m.container(ifla::AF_SPEC, |m| {
            if !self.flags.is_empty() {
                m.u16(bridge_af::FLAGS, self.flags.bits())?;
            }
            match self.last {
                None => m.struct_attr(bridge_af::VLAN_INFO, &info(flags, self.vid)),
                Some(last) => {
                    m.struct_attr(
                        bridge_af::VLAN_INFO,
                        &info(flags | BridgeVlanInfoFlags::RANGE_BEGIN, self.vid),
                    )?;
                    m.struct_attr(bridge_af::VLAN_INFO, &info(flags | BridgeVlanInfoFlags::RANGE_END, last))
                }
            }
        })
    }
}

impl VlanEntry {
    /// The tunnel form of [`VlanEntry::emit`]: `IFLA_BRIDGE_VLAN_TUNNEL_INFO`
    /// nests (without `NLA_F_NESTED`, as bridge sends them) of `_ID` (u32),
    /// `_VID` and `_FLAGS` (u16 each).
    fn emit_tunnel(&self, m: &mut MessageWriter<'_>, id: u32) -> Result<()> {
        if self.pvid || self.untagged {
            return Err(Error::InvalidValue { what: "pvid or untagged given with a tunnel id" });
        }
        let span = self.last.map_or(0, |last| u32::from(last - self.vid));
        if id.checked_add(span).is_none_or(|end| end >= TUNNEL_ID_LIMIT) {
            return Err(Error::InvalidValue { what: "tunnel id at or above 2^24" });
        }
        m.family_header(&port_header(self.ifindex)?)?;
        let tunnel = |m: &mut MessageWriter<'_>, id: u32, vid: u16, flags: BridgeVlanInfoFlags| {
            m.container(bridge_af::VLAN_TUNNEL_INFO, |m| {
                m.u32(tunnel_attr::ID, id)?;
                m.u16(tunnel_attr::VID, vid)?;
                m.u16(tunnel_attr::FLAGS, flags.bits())
            })
        };
        m.container(ifla::AF_SPEC, |m| {
            if !self.flags.is_empty() {
                m.u16(bridge_af::FLAGS, self.flags.bits())?;
            }
            match self.last {
                None => tunnel(m, id, self.vid, BridgeVlanInfoFlags::empty()),
                Some(last) => {
                    tunnel(m, id, self.vid, BridgeVlanInfoFlags::RANGE_BEGIN)?;
                    tunnel(m, id + span, last, BridgeVlanInfoFlags::RANGE_END)
                }
            }
        })
    }
}

/// Checks VLAN `vid`, or the range `vid..=last`, as bridge does: ids 1 to
/// [`VID_MAX`], a range's end above its start.
fn check_vids(vid: u16, last: Option<u16>) -> Result<()> {
    let valid = |vid: u16| (1..=VID_MAX).contains(&vid);
    if !valid(vid) || last.is_some_and(|last| !valid(last)) {
        return Err(Error::InvalidValue { what: "VLAN id outside 1..=4094" });
    }
    if last.is_some_and(|last| last <= vid) {
        return Err(Error::InvalidValue { what: "VLAN range whose end is not above its start" });
    }
    Ok(())
}

/// The `br_vlan_msg` of a request about VLANs of port (or bridge) `ifindex`.
fn vlan_msg(ifindex: u32) -> Result<BrVlanMsg> {
    if ifindex == 0 {
        return Err(Error::InvalidValue { what: "bridge port index 0" });
    }
    Ok(BrVlanMsg { family: AF_BRIDGE, ifindex: ifindex.into(), ..BrVlanMsg::default() })
}

/// `bridge vlan set dev DEV vid V[-V2] [state S] [mcast_router R]`: options
/// of a port's VLANs, as `RTM_NEWVLAN` with a `BRIDGE_VLANDB_ENTRY` whose
/// `_INFO` is marked `ONLY_OPTS`. Options left `None` are not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VlanSet {
    /// The port (or the bridge).
    pub ifindex: u32,
    /// The VLAN id, 1 to [`VID_MAX`]; the first of a range.
    pub vid: u16,
    /// The last VLAN id of a range (`_RANGE`).
    pub last: Option<u16>,
    /// The VLAN's STP state on the port, 0 to [`PORT_STATE_MAX`] (`_STATE`).
    pub state: Option<u8>,
    /// Multicast router mode: 0 off, 1 learned, 2 permanent, 3 temporary
    /// (`_MCAST_ROUTER`).
    pub mcast_router: Option<u8>,
}

impl Request for VlanSet {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_NEWVLAN, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        check_vids(self.vid, self.last)?;
        if self.state.is_some_and(|s| s > PORT_STATE_MAX) {
            return Err(Error::InvalidValue { what: "VLAN STP state above 4 (blocking)" });
        }
        m.family_header(&vlan_msg(self.ifindex)?)?;
        let info =
            BridgeVlanInfo { flags: BridgeVlanInfoFlags::ONLY_OPTS.bits().into(), vid: self.vid.into() };
        m.nest(vlandb::ENTRY, |m| {
            m.struct_attr(vlandb_entry::INFO, &info)?;
            m.opt(vlandb_entry::RANGE, self.last, MessageWriter::u16)?;
            m.opt(vlandb_entry::STATE, self.state, MessageWriter::u8)?;
            m.opt(vlandb_entry::MCAST_ROUTER, self.mcast_router, MessageWriter::u8)
        })
    }
}

/// A bridge's multicast options of a VLAN (`BRIDGE_VLANDB_GOPTS_*`), as
/// `bridge vlan global set` names them; those left `None` are not sent.
/// Intervals are in hundredths of a second, as the kernel keeps them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VlanGlobalOptions {
    /// `mcast_snooping` (`MCAST_SNOOPING`).
    pub mcast_snooping: Option<u8>,
    /// `mcast_igmp_version` (`MCAST_IGMP_VERSION`).
    pub mcast_igmp_version: Option<u8>,
    /// `mcast_mld_version` (`MCAST_MLD_VERSION`).
    pub mcast_mld_version: Option<u8>,
    /// `mcast_last_member_count` (`MCAST_LAST_MEMBER_CNT`).
    pub mcast_last_member_count: Option<u32>,
    /// `mcast_startup_query_count` (`MCAST_STARTUP_QUERY_CNT`).
    pub mcast_startup_query_count: Option<u32>,
    /// `mcast_last_member_interval` (`MCAST_LAST_MEMBER_INTVL`).
    pub mcast_last_member_interval: Option<u64>,
    /// `mcast_membership_interval` (`MCAST_MEMBERSHIP_INTVL`).
    pub mcast_membership_interval: Option<u64>,
    /// `mcast_querier_interval` (`MCAST_QUERIER_INTVL`).
    pub mcast_querier_interval: Option<u64>,
    /// `mcast_query_interval` (`MCAST_QUERY_INTVL`).
    pub mcast_query_interval: Option<u64>,
    /// `mcast_query_response_interval` (`MCAST_QUERY_RESPONSE_INTVL`).
    pub mcast_query_response_interval: Option<u64>,
    /// `mcast_startup_query_interval` (`MCAST_STARTUP_QUERY_INTVL`).
    pub mcast_startup_query_interval: Option<u64>,
    /// `mcast_querier` (`MCAST_QUERIER`).
    pub mcast_querier: Option<u8>,
}

/// `bridge vlan global set dev BRIDGE vid V[-V2] OPTION...`: a bridge's
/// options of its VLANs, as `RTM_NEWVLAN` with a
/// `BRIDGE_VLANDB_GLOBAL_OPTIONS` nest (`_ID`, `_RANGE`, then the options in
/// attribute order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VlanGlobalSet {
    /// The bridge.
    pub ifindex: u32,
    /// The VLAN id, 1 to [`VID_MAX`]; the first of a range.
    pub vid: u16,
    /// The last VLAN id of a range.
    pub last: Option<u16>,
    /// What to change.
    pub options: VlanGlobalOptions,
}

impl Request for VlanGlobalSet {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_NEWVLAN, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        check_vids(self.vid, self.last)?;
        m.family_header(&vlan_msg(self.ifindex)?)?;
        let o = &self.options;
        m.nest(vlandb::GLOBAL_OPTIONS, |m| {
            m.u16(vlandb_gopts::ID, self.vid)?;
            m.opt(vlandb_gopts::RANGE, self.last, MessageWriter::u16)?;
            m.opt(vlandb_gopts::MCAST_SNOOPING, o.mcast_snooping, MessageWriter::u8)?;
            m.opt(vlandb_gopts::MCAST_IGMP_VERSION, o.mcast_igmp_version, MessageWriter::u8)?;
            m.opt(vlandb_gopts::MCAST_MLD_VERSION, o.mcast_mld_version, MessageWriter::u8)?;
            m.opt(vlandb_gopts::MCAST_LAST_MEMBER_CNT, o.mcast_last_member_count, MessageWriter::u32)?;
            m.opt(vlandb_gopts::MCAST_STARTUP_QUERY_CNT, o.mcast_startup_query_count, MessageWriter::u32)?;
            for (kind, value) in [
                (vlandb_gopts::MCAST_LAST_MEMBER_INTVL, o.mcast_last_member_interval),
                (vlandb_gopts::MCAST_MEMBERSHIP_INTVL, o.mcast_membership_interval),
                (vlandb_gopts::MCAST_QUERIER_INTVL, o.mcast_querier_interval),
                (vlandb_gopts::MCAST_QUERY_INTVL, o.mcast_query_interval),
                (vlandb_gopts::MCAST_QUERY_RESPONSE_INTVL, o.mcast_query_response_interval),
                (vlandb_gopts::MCAST_STARTUP_QUERY_INTVL, o.mcast_startup_query_interval),
            ] {
                m.opt(kind, value, MessageWriter::u64)?;
            }
            m.opt(vlandb_gopts::MCAST_QUERIER, o.mcast_querier, MessageWriter::u8)
        })
    }
}

entry_requests! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)] VlanEntry:
    /// `bridge vlan add ...` (pyroute2's `vlan_filter("add", ..)`): `RTM_SETLINK`.
    VlanAdd(msg_type::RTM_SETLINK, MsgFlags::empty()) => |entry, m| entry.emit(m);
    /// `bridge vlan del ...` (pyroute2's `vlan_filter("del", ..)`): `RTM_DELLINK`.
    VlanDel(msg_type::RTM_DELLINK, MsgFlags::empty()) => |entry, m| entry.emit(m);
}

/// `bridge vlan show` (pyroute2's `vlan_filter("dump")`): the `AF_BRIDGE`
/// link dump with `IFLA_EXT_MASK` asking for the VLANs, one
/// `IFLA_BRIDGE_VLAN_INFO` each or (`compressed`, `bridge -c`) ranges;
/// [`vlans`] reads them from each reply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VlanDump {
    /// `RTEXT_FILTER_BRVLAN_COMPRESSED` rather than `RTEXT_FILTER_BRVLAN`.
    pub compressed: bool,
}

impl Request for VlanDump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETLINK, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&IfInfoMsg { ifi_family: AF_BRIDGE, ..IfInfoMsg::default() })?;
        let mask = if self.compressed { rtext_filter::BRVLAN_COMPRESSED } else { rtext_filter::BRVLAN };
        m.u32(ifla::EXT_MASK, mask)
    }
}

use crate::tables::rt_link::bridge_vlandb_dump_attrs as vlandb_dump;
/// `BRIDGE_VLANDB_DUMPF_STATS` (entries carry their counters) and
/// `BRIDGE_VLANDB_DUMPF_GLOBAL` (the bridges' global options of each VLAN
/// rather than the ports' entries): the flags of an `RTM_GETVLAN` dump.
pub use crate::tables::rt_link::bridge_vlandb_dump_flags::{
    GLOBAL as VLANDB_DUMPF_GLOBAL, STATS as VLANDB_DUMPF_STATS,
};

/// `bridge -d vlan show` (`-s`: with counters) and `bridge vlan global
/// show`: the `RTM_GETVLAN` dump of family `AF_BRIDGE`, answered with
/// `RTM_NEWVLAN`s that [`VlanDb`] reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VlanDbDump {
    /// [`VLANDB_DUMPF_STATS`], [`VLANDB_DUMPF_GLOBAL`].
    pub flags: u32,
}

impl Request for VlanDbDump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETVLAN, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&BrVlanMsg { family: AF_BRIDGE, ..BrVlanMsg::default() })?;
        m.u32(vlandb_dump::FLAGS, self.flags)
    }
}

/// VLANs `first..=last` of a port as a dump reports them: `flags` are
/// those of the entry (`PVID`, `UNTAGGED`, ...), range marks removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VlanRange {
    /// The first VLAN id.
    pub first: u16,
    /// The last VLAN id (`first` for one VLAN).
    pub last: u16,
    /// The entry's flags, without `RANGE_BEGIN`/`RANGE_END`.
    pub flags: BridgeVlanInfoFlags,
}

/// The VLANs of `link`, a reply to [`VlanDump`], from its `IFLA_AF_SPEC`:
/// a `RANGE_BEGIN` entry opens a range that the next `RANGE_END` closes
/// (as bridge reads them); none when the port has no VLAN table.
///
/// ```
/// # use nlwire::bridge::{vlans, VlanRange, VlanAdd, VlanEntry, BridgeVlanInfoFlags};
/// # use nlwire::{build::Builder, link::Link, Messages};
/// // A request carries the same IFLA_AF_SPEC a dump reply does.
/// let mut buf = [0u8; 128];
/// let mut b = Builder::new(&mut buf);
/// b.push(&VlanAdd(VlanEntry { untagged: true, ..VlanEntry::range(4, 10, 20) }), 1)?;
/// let msg = Messages::new(b.as_bytes()).next().unwrap()?;
/// let got: Vec<VlanRange> = vlans(&Link::parse(&msg)?)?.collect::<Result<_, _>>()?;
/// assert_eq!(got, [VlanRange { first: 10, last: 20, flags: BridgeVlanInfoFlags::UNTAGGED }]);
/// # Ok::<(), nlwire::Error>(())
/// ```
pub fn vlans<'a>(link: &Link<'a>) -> Result<impl Iterator<Item = Result<VlanRange>> + 'a> {
    let spec = link.af_spec()?.unwrap_or(Attrs::new(&[]));
    let mut begin = None;
    Ok(spec.find_all(bridge_af::VLAN_INFO).filter_map(move |attr| {
        let info = match attr.and_then(|a| a.as_struct::<BridgeVlanInfo>()) {
            Ok(info) => info,
            Err(e) => return Some(Err(e)),
        };
        let flags = BridgeVlanInfoFlags::from_bits_retain(info.flags.get());
        let vid = info.vid.get();
        let marks = BridgeVlanInfoFlags::RANGE_BEGIN | BridgeVlanInfoFlags::RANGE_END;
        if flags.contains(BridgeVlanInfoFlags::RANGE_BEGIN) && !flags.contains(BridgeVlanInfoFlags::RANGE_END)
        {
            begin = Some(vid);
            return None;
        }
        let first =
            if flags.contains(BridgeVlanInfoFlags::RANGE_END) { begin.take().unwrap_or(vid) } else { vid };
        Some(Ok(VlanRange { first, last: vid, flags: flags - marks }))
    }))
}

/// VLANs `first..=last` of a port mapped to tunnel ids `id..=last_id`, as a
/// dump reports them (`bridge vlan tunnelshow`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TunnelRange {
    /// The first VLAN id.
    pub first: u16,
    /// The last VLAN id (`first` for one VLAN).
    pub last: u16,
    /// The tunnel id of `first`.
    pub id: u32,
    /// The tunnel id of `last`.
    pub last_id: u32,
}

/// The VLAN-to-tunnel mappings of `link`, a reply to [`VlanDump`], from the
/// `IFLA_BRIDGE_VLAN_TUNNEL_INFO` nests of its `IFLA_AF_SPEC`, as bridge
/// reads them: a nest without a VLAN id is passed over, a `RANGE_END` one
/// closes the range the one before it opened.
///
/// ```
/// # use nlwire::bridge::{tunnels, TunnelRange, VlanAdd, VlanEntry};
/// # use nlwire::{build::Builder, link::Link, Messages};
/// // A request carries the same IFLA_AF_SPEC a dump reply does.
/// let mut buf = [0u8; 128];
/// let mut b = Builder::new(&mut buf);
/// b.push(&VlanAdd(VlanEntry { tunnel_id: Some(100), ..VlanEntry::range(4, 10, 12) }), 1)?;
/// let msg = Messages::new(b.as_bytes()).next().unwrap()?;
/// let got: Vec<TunnelRange> = tunnels(&Link::parse(&msg)?)?.collect::<Result<_, _>>()?;
/// assert_eq!(got, [TunnelRange { first: 10, last: 12, id: 100, last_id: 102 }]);
/// # Ok::<(), nlwire::Error>(())
/// ```
pub fn tunnels<'a>(link: &Link<'a>) -> Result<impl Iterator<Item = Result<TunnelRange>> + 'a> {
    let spec = LinkBridgeAfAttrs(link.af_spec()?.unwrap_or(Attrs::new(&[])));
    let mut start = (0, 0);
    Ok(spec.vlan_tunnel_info().filter_map(move |nest| {
        let read = |nest: Result<LinkBridgeVlanTunnelAttrs<'_>>| -> Result<Option<_>> {
            let nest = nest?;
            let Some(vid) = nest.vid()? else { return Ok(None) };
            let flags = nest.flags()?.unwrap_or(BridgeVlanInfoFlags::empty());
            Ok(Some((vid, nest.id()?.unwrap_or(0), flags)))
        };
        let (vid, id, flags) = match read(nest) {
            Ok(entry) => entry?,
            Err(e) => return Some(Err(e)),
        };
        if !flags.contains(BridgeVlanInfoFlags::RANGE_END) {
            start = (vid, id);
        }
        if flags.contains(BridgeVlanInfoFlags::RANGE_BEGIN) {
            return None;
        }
        Some(Ok(TunnelRange { first: start.0, last: vid, id: start.1, last_id: id }))
    }))
}

/// `struct bridge_vlan_xstats`: a VLAN's counters, its id and flags
/// (`PVID`, `UNTAGGED`, `MASTER`, `BRENTRY`).
pub use crate::tables::rt_link::BridgeVlanXstats as VlanXstats;

/// The VLAN counters of a [`LinkStats`](crate::link::LinkStats)'s
/// `IFLA_STATS_LINK_XSTATS` or `_SLAVE` (a reply to a
/// [`StatsDump`](crate::link::StatsDump)): each `BRIDGE_XSTATS_VLAN` of its
/// `LINK_XSTATS_TYPE_BRIDGE` nest, in order (none when the link is not a
/// bridge or port, or has no VLANs).
pub fn vlan_xstats<'a>(
    xstats: LinkXstatsTypeAttrs<'a>,
) -> Result<impl Iterator<Item = Result<&'a VlanXstats>> + 'a> {
    Ok(xstats.bridge()?.unwrap_or_default().vlan())
}

message_view! {
    /// A view of an `RTM_NEWVLAN`/`RTM_DELVLAN` message (`struct
    /// br_vlan_msg`, then `BRIDGE_VLANDB_ENTRY` and
    /// `BRIDGE_VLANDB_GLOBAL_OPTIONS` nests), as `bridge monitor vlan`
    /// receives them.
    VlanDb, BrVlanMsg, BridgeVlandbAttrs, "bridge vlan", family = family, [msg_type::RTM_NEWVLAN, msg_type::RTM_DELVLAN, msg_type::RTM_GETVLAN],
    header {
        /// The port's (or bridge's) interface index.
        ifindex: u32 = ifindex.get(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_prelude::*;

    fn bytes(r: &dyn Request) -> ([u8; 512], usize) {
        emitted(r, 9)
    }

    /// A request as bridge 6.1 lays it out (`bridge -n NS vlan add dev va
    /// vid 10-20 untagged`, read with `strace -e trace=sendmsg -xx`): the
    /// header, `ifinfomsg`, `IFLA_AF_SPEC` without NLA_F_NESTED, from the
    /// UAPI (`RTM_SETLINK` 19, `AF_BRIDGE` 7, `IFLA_AF_SPEC` 26,
    /// `IFLA_BRIDGE_FLAGS` 0, `IFLA_BRIDGE_VLAN_INFO` 2, `struct
    /// bridge_vlan_info { u16 flags; u16 vid; }`, `PVID` 2, `UNTAGGED` 4,
    /// `RANGE_BEGIN` 8, `RANGE_END` 16, `BRIDGE_FLAGS_SELF` 2).
    fn want(kind: u16, ifindex: i32, flags: Option<u16>, infos: &[(u16, u16)]) -> ([u8; 256], usize) {
        let mut w = [0u8; 256];
        let mut at = 0;
        let mut put = |bytes: &[u8]| {
            w[at..at + bytes.len()].copy_from_slice(bytes);
            at += bytes.len();
        };
        let spec_len = 4 + flags.map_or(0, |_| 8) + 8 * infos.len();
        put(&((16 + 16 + spec_len) as u32).to_ne_bytes());
        put(&kind.to_ne_bytes());
        put(&5u16.to_ne_bytes()); // NLM_F_REQUEST | NLM_F_ACK
        put(&9u32.to_ne_bytes());
        put(&0u32.to_ne_bytes());
        put(&[7, 0, 0, 0]); // ifi_family AF_BRIDGE, pad, ifi_type
        put(&ifindex.to_ne_bytes());
        put(&[0; 8]); // ifi_flags, ifi_change
        put(&(spec_len as u16).to_ne_bytes());
        put(&26u16.to_ne_bytes());
        if let Some(flags) = flags {
            put(&6u16.to_ne_bytes());
            put(&0u16.to_ne_bytes());
            put(&flags.to_ne_bytes());
            put(&[0, 0]);
        }
        for (flags, vid) in infos {
            put(&8u16.to_ne_bytes());
            put(&2u16.to_ne_bytes());
            put(&flags.to_ne_bytes());
            put(&vid.to_ne_bytes());
        }
        (w, at)
    }

    #[test]
    fn vlan_requests_are_byte_exact() {
        let cases: [(&dyn Request, _); 4] = [
            (
                &VlanAdd(VlanEntry { pvid: true, untagged: true, ..VlanEntry::new(4, 10) }),
                want(19, 4, None, &[(6, 10)]),
            ),
            (
                &VlanAdd(VlanEntry { untagged: true, ..VlanEntry::range(4, 10, 20) }),
                want(19, 4, None, &[(12, 10), (20, 20)]),
            ),
            (
                &VlanDel(VlanEntry { flags: BridgeFlags::MASTER, ..VlanEntry::new(4, 10) }),
                want(17, 4, Some(1), &[(0, 10)]),
            ),
            (
                &VlanAdd(VlanEntry { flags: BridgeFlags::SELF, ..VlanEntry::new(2, 4094) }),
                want(19, 2, Some(2), &[(0, 4094)]),
            ),
        ];
        for (i, (request, (w, wlen))) in cases.into_iter().enumerate() {
            let (got, len) = bytes(request);
            assert_eq!(&got[..len], &w[..wlen], "case {i}");
        }
    }

    /// `bridge vlan show`: `RTM_GETLINK` (18), `NLM_F_REQUEST | NLM_F_DUMP`
    /// (0x301), family `AF_BRIDGE`, `IFLA_EXT_MASK` (29) =
    /// `RTEXT_FILTER_BRVLAN` (2), or `_COMPRESSED` (4) with `-c`.
    #[test]
    fn vlan_dump_is_byte_exact() {
        for (compressed, mask) in [(false, 2u32), (true, 4)] {
            let (got, len) = bytes(&VlanDump { compressed });
            let mut w = [0u8; 40];
            w[..4].copy_from_slice(&40u32.to_ne_bytes());
            w[4..6].copy_from_slice(&18u16.to_ne_bytes());
            w[6..8].copy_from_slice(&0x301u16.to_ne_bytes());
            w[8..12].copy_from_slice(&9u32.to_ne_bytes());
            w[16] = 7;
            w[32..34].copy_from_slice(&8u16.to_ne_bytes());
            w[34..36].copy_from_slice(&29u16.to_ne_bytes());
            w[36..40].copy_from_slice(&mask.to_ne_bytes());
            assert_eq!(&got[..len], &w[..]);
        }
    }

    /// A reply to `bridge -s vlan show`'s port dump laid out from the UAPI:
    /// `RTM_NEWSTATS` (92), `struct if_stats_msg` (family 0, index 5, mask
    /// 4), `IFLA_STATS_LINK_XSTATS_SLAVE` (3) holding
    /// `LINK_XSTATS_TYPE_BRIDGE` (1) holding `BRIDGE_XSTATS_PAD` (3, empty,
    /// as `nla_reserve_64bit` aligns), `BRIDGE_XSTATS_VLAN` (1: `struct
    /// bridge_vlan_xstats { u64 rx_bytes, rx_packets, tx_bytes, tx_packets;
    /// u16 vid, flags; u32 pad2; }`), `BRIDGE_XSTATS_MCAST` (2), another
    /// VLAN; then one VLAN cut short (36 bytes).
    #[test]
    fn vlan_counters_read_from_a_stats_reply() {
        let vlan = |counters: [u64; 4], vid: u16, flags: u16| {
            let mut v: Vec<u8> = counters.iter().flat_map(|c| c.to_ne_bytes()).collect();
            v.extend_from_slice(&vid.to_ne_bytes());
            v.extend_from_slice(&flags.to_ne_bytes());
            v.extend_from_slice(&[0; 4]);
            v
        };
        let stats_reply = |entries: &[u8]| {
            let mut body = vec![0, 0, 0, 0];
            body.extend_from_slice(&5u32.to_ne_bytes());
            body.extend_from_slice(&4u32.to_ne_bytes());
            body.extend_from_slice(&nla(3, &nla(1, entries)));
            nlmsg(92, 2, 1, &body)
        };
        let mut entries = nla(3, &[]);
        entries.extend_from_slice(&nla(1, &vlan([100, 2, 300, 4], 10, 2 | 4)));
        entries.extend_from_slice(&nla(2, &[0; 16]));
        entries.extend_from_slice(&nla(1, &vlan([u64::MAX, 0, 1, 1], 4094, 32)));
        let bytes = stats_reply(&entries);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let stats = crate::link::LinkStats::parse(&msg).unwrap();
        assert_eq!(stats.ifindex(), 5);
        assert!(stats.link_xstats().unwrap().is_none());
        let xstats = stats.link_xstats_slave().unwrap().unwrap();
        let got: Vec<_> = vlan_xstats(xstats)
            .unwrap()
            .map(|v| {
                let v = v.unwrap();
                let counters = [v.rx_bytes.get(), v.rx_packets.get(), v.tx_bytes.get(), v.tx_packets.get()];
                (counters, v.vid.get(), v.flags.get())
            })
            .collect();
        assert_eq!(got, [([100, 2, 300, 4], 10, 6), ([u64::MAX, 0, 1, 1], 4094, 32)]);
        // No bridge nest: no VLANs. A short entry: an error, not a panic.
        assert_eq!(vlan_xstats(LinkXstatsTypeAttrs(Attrs::new(&nla(2, &[0; 8])))).unwrap().count(), 0);
        let short = stats_reply(&nla(1, &vlan([1, 2, 3, 4], 1, 0)[..36]));
        let msg = Messages::new(&short).next().unwrap().unwrap();
        let xstats = crate::link::LinkStats::parse(&msg).unwrap().link_xstats_slave().unwrap().unwrap();
        assert!(vlan_xstats(xstats).unwrap().next().unwrap().is_err());
    }

    /// `bridge -d vlan show` and `bridge vlan global show`, as bridge 6.1
    /// sends them (strace): `RTM_GETVLAN` (114), `NLM_F_REQUEST |
    /// NLM_F_DUMP`, `struct br_vlan_msg { u8 family; u8 reserved1; u16
    /// reserved2; u32 ifindex; }` of `AF_BRIDGE`, `BRIDGE_VLANDB_DUMP_FLAGS`
    /// (1, u32): 0, or `_DUMPF_GLOBAL` (2).
    #[test]
    fn vlandb_dump_is_byte_exact() {
        for flags in [0u32, 2] {
            let mut want = Put::<32>::new();
            want.put(&32u32.to_ne_bytes()).put(&114u16.to_ne_bytes()).put(&0x301u16.to_ne_bytes());
            want.put(&9u32.to_ne_bytes()).put(&[0; 4]).put(&[7, 0, 0, 0]).put(&[0; 4]);
            want.attr(8, 1).put(&flags.to_ne_bytes());
            let (got, len) = bytes(&VlanDbDump { flags });
            assert_eq!(&got[..len], want.bytes());
        }
    }

    /// `bridge vlan set dev va vid 10-12 state 3 mcast_router 2` and `bridge
    /// vlan global set dev va vid 10 mcast_snooping 1 mcast_last_member_count
    /// 5 mcast_query_interval 500 mcast_querier 0`, as bridge 6.1 lays them
    /// out (strace): `RTM_NEWVLAN` (112), `struct br_vlan_msg`,
    /// `BRIDGE_VLANDB_ENTRY` (1 | NLA_F_NESTED) holding `_INFO` (1: flags
    /// `ONLY_OPTS` 64, vid), `_RANGE` (2, u16), `_STATE` (3, u8),
    /// `_MCAST_ROUTER` (6, u8); `BRIDGE_VLANDB_GLOBAL_OPTIONS` (2 |
    /// NLA_F_NESTED) holding `_ID` (1, u16), `MCAST_SNOOPING` (3, u8),
    /// `LAST_MEMBER_CNT` (6, u32), `QUERY_INTVL` (12, u64), `QUERIER` (15,
    /// u8).
    #[test]
    fn vlan_option_requests_are_byte_exact() {
        let mut entry = Put::<60>::new();
        request_head(&mut entry, 60, 112);
        entry.buf[16..20].copy_from_slice(&[7, 0, 0, 0]); // AF_BRIDGE, padding
        entry.buf[20..24].copy_from_slice(&4u32.to_ne_bytes()); // ifindex
        entry.at = 24;
        entry.attr(36, 1 | 0x8000).attr(8, 1).put(&64u16.to_ne_bytes()).put(&10u16.to_ne_bytes());
        entry.attr(6, 2).put(&12u16.to_ne_bytes()).put(&[0, 0]);
        entry.attr(5, 3).put(&[3, 0, 0, 0]).attr(5, 6).put(&[2, 0, 0, 0]);
        let set = VlanSet { ifindex: 4, vid: 10, last: Some(12), state: Some(3), mcast_router: Some(2) };
        let (got, len) = bytes(&set);
        assert_eq!(&got[..len], entry.bytes());

        let mut global = Put::<72>::new();
        request_head(&mut global, 72, 112);
        global.buf[16..20].copy_from_slice(&[7, 0, 0, 0]); // AF_BRIDGE, padding
        global.buf[20..24].copy_from_slice(&4u32.to_ne_bytes()); // ifindex
        global.at = 24;
        global.attr(48, 2 | 0x8000).attr(6, 1).put(&10u16.to_ne_bytes()).put(&[0, 0]);
        global.attr(5, 3).put(&[1, 0, 0, 0]).attr(8, 6).put(&5u32.to_ne_bytes());
        global.attr(12, 12).put(&500u64.to_ne_bytes()).attr(5, 15).put(&[0, 0, 0, 0]);
        let options = VlanGlobalOptions {
            mcast_snooping: Some(1),
            mcast_last_member_count: Some(5),
            mcast_query_interval: Some(500),
            mcast_querier: Some(0),
            ..VlanGlobalOptions::default()
        };
        let (got, len) = bytes(&VlanGlobalSet { ifindex: 4, vid: 10, last: None, options });
        assert_eq!(&got[..len], global.bytes());
    }

    /// `bridge link set dev v0 cost 7 state 3 hairpin on backup_port v9`:
    /// `RTM_SETLINK`, `IFLA_PROTINFO` (12) | NLA_F_NESTED with
    /// `IFLA_BRPORT_STATE` (1, u8), `COST` (3, u32), `MODE` (4, u8),
    /// `BACKUP_PORT` (34, u32), in attribute order.
    #[test]
    fn port_set_is_byte_exact() {
        let options = PortOptions {
            cost: Some(7),
            state: Some(3),
            hairpin: Some(true),
            backup_port: Some(9),
            ..PortOptions::default()
        };
        let (got, len) = bytes(&PortSet { ifindex: 4, options });
        let mut w = [0u8; 68];
        let mut at = 0;
        let mut put = |bytes: &[u8]| {
            w[at..at + bytes.len()].copy_from_slice(bytes);
            at += bytes.len();
        };
        put(&68u32.to_ne_bytes());
        put(&19u16.to_ne_bytes());
        put(&5u16.to_ne_bytes());
        put(&9u32.to_ne_bytes());
        put(&[0; 4]);
        put(&[7, 0, 0, 0]);
        put(&4i32.to_ne_bytes());
        put(&[0; 8]);
        put(&36u16.to_ne_bytes());
        put(&(12u16 | 0x8000).to_ne_bytes());
        for (kind, value) in
            [(1u16, &[3u8][..]), (3, &7u32.to_ne_bytes()), (4, &[1]), (34, &9u32.to_ne_bytes())]
        {
            put(&((4 + value.len()) as u16).to_ne_bytes());
            put(&kind.to_ne_bytes());
            put(value);
            put(&[0, 0, 0][..(4 - value.len() % 4) % 4]);
        }
        assert_eq!(at, 68);
        assert_eq!(&got[..len], &w[..]);
    }

    /// A bridge port's options alone, as `IFLA_INFO_SLAVE_DATA` takes them:
    /// `IFLA_BRPORT_COST` (3, u32) then `IFLA_BRPORT_GUARD` (5, u8), each
    /// `struct nlattr` padded to 4 bytes, the flags and hwmode left out; a
    /// state of 5 and a hwmode of 2 are what `check` refuses.
    #[test]
    fn port_options_alone_are_their_brport_attributes() {
        let options = PortOptions {
            guard: Some(true),
            cost: Some(7),
            hwmode: Some(1),
            flags: BridgeFlags::SELF,
            ..PortOptions::default()
        };
        let mut want = Put::<16>::new();
        want.attr(8, 3).put(&7u32.to_ne_bytes()).attr(5, 5).put(&[1, 0, 0, 0]);
        let mut buf = [0u8; 64];
        let header = Header::new(0, MsgFlags::empty(), 0);
        let len = Builder::new(&mut buf).message(header, |m| options.emit_attrs(m)).unwrap();
        assert_eq!(&buf[16..len], want.bytes());
        assert_eq!(options.check(), Ok(()));
        for bad in [PortOptions { state: Some(5), ..options }, PortOptions { hwmode: Some(2), ..options }] {
            assert!(matches!(bad.check(), Err(Error::InvalidValue { .. })), "{bad:?}");
        }
    }

    /// A byte writer over a fixed buffer, for laying out expected messages.
    struct Put<const N: usize> {
        buf: [u8; N],
        at: usize,
    }

    impl<const N: usize> Put<N> {
        fn new() -> Self {
            Put { buf: [0; N], at: 0 }
        }
        fn put(&mut self, bytes: &[u8]) -> &mut Self {
            self.buf[self.at..self.at + bytes.len()].copy_from_slice(bytes);
            self.at += bytes.len();
            self
        }
        /// An attribute header: length (payload included), type.
        fn attr(&mut self, len: u16, kind: u16) -> &mut Self {
            self.put(&len.to_ne_bytes()).put(&kind.to_ne_bytes())
        }
        fn bytes(&self) -> &[u8] {
            &self.buf[..self.at]
        }
    }

    /// An `IFLA_BRIDGE_VLAN_TUNNEL_INFO` (3) nest (`NLA_F_NESTED` when
    /// `nested`) of `_ID` (1, u32), `_VID` (2, u16; left out when `None`),
    /// `_FLAGS` (3, u16: `RANGE_BEGIN` 8, `RANGE_END` 16).
    fn tunnel_nest<const N: usize>(w: &mut Put<N>, nested: bool, id: u32, vid: Option<u16>, flags: u16) {
        let len = if vid.is_some() { 28 } else { 20 };
        w.attr(len, 3 | if nested { 0x8000 } else { 0 });
        w.attr(8, 1).put(&id.to_ne_bytes());
        if let Some(vid) = vid {
            w.attr(6, 2).put(&vid.to_ne_bytes()).put(&[0, 0]);
        }
        w.attr(6, 3).put(&flags.to_ne_bytes()).put(&[0, 0]);
    }

    /// The header and `ifinfomsg` of a request bridge 6.1 sends about port 4:
    /// `kind`, `NLM_F_REQUEST | NLM_F_ACK`, sequence 9, `AF_BRIDGE`.
    fn request_head<const N: usize>(w: &mut Put<N>, len: u32, kind: u16) {
        w.put(&len.to_ne_bytes()).put(&kind.to_ne_bytes()).put(&5u16.to_ne_bytes());
        w.put(&9u32.to_ne_bytes()).put(&[0; 4]).put(&[7, 0, 0, 0]).put(&4i32.to_ne_bytes()).put(&[0; 8]);
    }

    /// `bridge vlan add dev va vid 10 tunnel_info id 100` and `bridge vlan
    /// del dev va vid 10-12 tunnel_info id 100-102 self`, as bridge 6.1 lays
    /// them out (read with strace): `IFLA_AF_SPEC` (26) holding
    /// `IFLA_BRIDGE_FLAGS` (0, `BRIDGE_FLAGS_SELF` 2) and tunnel nests,
    /// neither with NLA_F_NESTED.
    #[test]
    fn tunnel_requests_are_byte_exact() {
        let mut one = Put::<64>::new();
        request_head(&mut one, 64, 19);
        one.attr(32, 26);
        tunnel_nest(&mut one, false, 100, Some(10), 0);
        let mut range = Put::<100>::new();
        request_head(&mut range, 100, 17);
        range.attr(68, 26).attr(6, 0).put(&2u16.to_ne_bytes()).put(&[0, 0]);
        tunnel_nest(&mut range, false, 100, Some(10), 8);
        tunnel_nest(&mut range, false, 102, Some(12), 16);
        let cases: [(&dyn Request, &[u8]); 2] = [
            (&VlanAdd(VlanEntry { tunnel_id: Some(100), ..VlanEntry::new(4, 10) }), one.bytes()),
            (
                &VlanDel(VlanEntry {
                    tunnel_id: Some(100),
                    flags: BridgeFlags::SELF,
                    ..VlanEntry::range(4, 10, 12)
                }),
                range.bytes(),
            ),
        ];
        for (i, (request, want)) in cases.into_iter().enumerate() {
            let (got, len) = bytes(request);
            assert_eq!(&got[..len], want, "case {i}");
        }
    }

    /// `bridge link set dev va learning on self hwmode vepa`: `IFLA_PROTINFO`
    /// (12 | NLA_F_NESTED) with `IFLA_BRPORT_LEARNING` (8, u8), then
    /// `IFLA_AF_SPEC` (26, without NLA_F_NESTED) holding `IFLA_BRIDGE_FLAGS`
    /// (0, u16 `BRIDGE_FLAGS_SELF` 2) and `IFLA_BRIDGE_MODE` (1, u16
    /// `BRIDGE_MODE_VEPA` 1).
    #[test]
    fn port_set_with_flags_and_mode_is_byte_exact() {
        let options = PortOptions {
            learning: Some(true),
            hwmode: Some(1),
            flags: BridgeFlags::SELF,
            ..PortOptions::default()
        };
        let mut want = Put::<64>::new();
        request_head(&mut want, 64, 19);
        want.attr(12, 12 | 0x8000).attr(5, 8).put(&[1, 0, 0, 0]);
        want.attr(20, 26).attr(6, 0).put(&2u16.to_ne_bytes()).put(&[0, 0]);
        want.attr(6, 1).put(&1u16.to_ne_bytes()).put(&[0, 0]);
        let (got, len) = bytes(&PortSet { ifindex: 4, options });
        assert_eq!(&got[..len], want.bytes());
    }

    /// A reply's `IFLA_BRIDGE_VLAN_TUNNEL_INFO` nests (without NLA_F_NESTED,
    /// as the kernel sends them, and with it): 10 -> 100, one without a VLAN
    /// id (passed over), 20-22 -> 200-202.
    #[test]
    fn dump_replies_give_their_tunnels() {
        let mut nests = Put::<104>::new();
        tunnel_nest(&mut nests, false, 100, Some(10), 0);
        tunnel_nest(&mut nests, true, 5, None, 0);
        tunnel_nest(&mut nests, false, 200, Some(20), 8);
        tunnel_nest(&mut nests, true, 202, Some(22), 16);
        let mut msg = [0u8; 160];
        let mut spec = Put::<160>::new();
        spec.put(&[0; 16]).put(&[7, 0, 1, 0]).put(&5i32.to_ne_bytes()).put(&[0; 8]);
        spec.attr(4 + nests.at as u16, 26).put(nests.bytes());
        let len = spec.at;
        msg[..len].copy_from_slice(spec.bytes());
        msg[..4].copy_from_slice(&(len as u32).to_ne_bytes());
        msg[4..6].copy_from_slice(&16u16.to_ne_bytes());
        let m = Messages::new(&msg[..len]).next().unwrap().unwrap();
        let link = Link::parse(&m).unwrap();
        let mut got = tunnels(&link).unwrap();
        assert_eq!(got.next().unwrap().unwrap(), TunnelRange { first: 10, last: 10, id: 100, last_id: 100 });
        assert_eq!(got.next().unwrap().unwrap(), TunnelRange { first: 20, last: 22, id: 200, last_id: 202 });
        assert!(got.next().is_none());
    }

    #[test]
    fn invalid_values_write_nothing() {
        let bad: [&dyn Request; 15] = [
            &VlanAdd(VlanEntry::new(4, 0)),
            &VlanAdd(VlanEntry::new(4, 4095)),
            &VlanAdd(VlanEntry::range(4, 20, 10)),
            &VlanAdd(VlanEntry::range(4, 10, 10)),
            &VlanDel(VlanEntry::range(4, 10, 4095)),
            &VlanAdd(VlanEntry { pvid: true, ..VlanEntry::range(4, 10, 20) }),
            &VlanAdd(VlanEntry::new(0, 10)),
            &PortSet { ifindex: 4, options: PortOptions { state: Some(5), ..PortOptions::default() } },
            &PortSet { ifindex: 4, options: PortOptions { hwmode: Some(2), ..PortOptions::default() } },
            &VlanAdd(VlanEntry { tunnel_id: Some(1 << 24), ..VlanEntry::new(4, 10) }),
            &VlanAdd(VlanEntry { tunnel_id: Some((1 << 24) - 2), ..VlanEntry::range(4, 10, 12) }),
            &VlanAdd(VlanEntry { tunnel_id: Some(7), pvid: true, ..VlanEntry::new(4, 10) }),
            &VlanSet { ifindex: 4, vid: 10, last: None, state: Some(5), mcast_router: None },
            &VlanSet { ifindex: 0, vid: 10, last: None, state: None, mcast_router: None },
            &VlanGlobalSet { ifindex: 4, vid: 10, last: Some(9), options: VlanGlobalOptions::default() },
        ];
        for (i, request) in bad.into_iter().enumerate() {
            let mut buf = [0xAAu8; 128];
            let mut b = Builder::new(&mut buf);
            assert!(matches!(b.push(request, 1), Err(Error::InvalidValue { .. })), "case {i}");
            assert_eq!(b.len(), 0, "case {i}");
        }
        let huge = PortSet { ifindex: u32::MAX, options: PortOptions::default() };
        assert!(matches!(Builder::new(&mut [0u8; 128]).push(&huge, 1), Err(Error::InvalidValue { .. })));
    }

    /// A dump reply laid out by hand: an `RTM_NEWLINK` (16, `NLM_F_MULTI`)
    /// of family `AF_BRIDGE` for port 5, whose `IFLA_AF_SPEC` (26,
    /// NLA_F_NESTED as the kernel sets it) holds `attrs` (type, payload).
    fn reply(attrs: &[(u16, &[u8])]) -> ([u8; 128], usize) {
        let mut msg = [0u8; 128];
        let mut at = 36;
        for (kind, payload) in attrs {
            let len = 4 + payload.len();
            msg[at..at + 2].copy_from_slice(&(len as u16).to_ne_bytes());
            msg[at + 2..at + 4].copy_from_slice(&kind.to_ne_bytes());
            msg[at + 4..at + len].copy_from_slice(payload);
            at += len.next_multiple_of(4);
        }
        msg[..4].copy_from_slice(&(at as u32).to_ne_bytes());
        msg[4..6].copy_from_slice(&16u16.to_ne_bytes());
        msg[6..8].copy_from_slice(&2u16.to_ne_bytes());
        msg[16] = 7; // AF_BRIDGE
        msg[18..20].copy_from_slice(&1u16.to_ne_bytes()); // ARPHRD_ETHER
        msg[20..24].copy_from_slice(&5i32.to_ne_bytes());
        msg[32..34].copy_from_slice(&((at - 32) as u16).to_ne_bytes());
        msg[34..36].copy_from_slice(&(26u16 | 0x8000).to_ne_bytes());
        (msg, at)
    }

    fn ranges(msg: &[u8]) -> Result<([VlanRange; 4], usize)> {
        let m = Messages::new(msg).next().unwrap()?;
        let mut got = [VlanRange { first: 0, last: 0, flags: BridgeVlanInfoFlags::empty() }; 4];
        let mut n = 0;
        for range in vlans(&Link::parse(&m)?)? {
            got[n] = range?;
            n += 1;
        }
        Ok((got, n))
    }

    /// `struct bridge_vlan_info` as bytes: flags, then vid.
    fn info(flags: u16, vid: u16) -> [u8; 4] {
        let [a, b] = flags.to_ne_bytes();
        let [c, d] = vid.to_ne_bytes();
        [a, b, c, d]
    }

    /// VLAN 1 `PVID | UNTAGGED` (6), 10-20 untagged (`RANGE_BEGIN` 8,
    /// `RANGE_END` 16), an unrelated `IFLA_BRIDGE_MODE` (1) between, 30
    /// with `BRENTRY` (32).
    #[test]
    fn dump_replies_give_their_ranges() {
        let (msg, len) = reply(&[
            (2, &info(6, 1)),
            (2, &info(12, 10)),
            (1, &[0, 0]),
            (2, &info(20, 20)),
            (2, &info(32, 30)),
        ]);
        let (got, n) = ranges(&msg[..len]).unwrap();
        let f = BridgeVlanInfoFlags::from_bits_retain;
        assert_eq!(
            &got[..n],
            [
                VlanRange { first: 1, last: 1, flags: f(6) },
                VlanRange { first: 10, last: 20, flags: f(4) },
                VlanRange { first: 30, last: 30, flags: f(32) },
            ]
        );
        // A port without a VLAN table: no entries.
        let (msg, len) = reply(&[]);
        let mut bare = msg;
        bare[..4].copy_from_slice(&32u32.to_ne_bytes());
        assert_eq!(ranges(&bare[..32]).unwrap().1, 0);
        assert_eq!(ranges(&msg[..len]).unwrap().1, 0);
        // An entry of 2 bytes: an error, not a guess.
        let (msg, len) = reply(&[(2, &[1, 0])]);
        assert!(matches!(ranges(&msg[..len]), Err(Error::AttrSize { .. })));
    }

    /// An `RTM_NEWVLAN` (112) laid out by hand: `struct br_vlan_msg`
    /// (family 7, ifindex 4), `BRIDGE_VLANDB_ENTRY` (1 | NLA_F_NESTED)
    /// holding `_INFO` (1: flags `PVID` 2, vid 10), `_RANGE` (2: 12) and
    /// `_STATE` (3: forwarding, 3).
    #[test]
    fn vlan_events_read_as_laid_out() {
        let mut msg = [0u8; 56];
        msg[..4].copy_from_slice(&56u32.to_ne_bytes());
        msg[4..6].copy_from_slice(&112u16.to_ne_bytes());
        msg[16] = 7;
        msg[20..24].copy_from_slice(&4u32.to_ne_bytes());
        msg[24..26].copy_from_slice(&32u16.to_ne_bytes());
        msg[26..28].copy_from_slice(&(1u16 | 0x8000).to_ne_bytes());
        let [f0, f1] = 2u16.to_ne_bytes();
        let [v0, v1] = 10u16.to_ne_bytes();
        let (info, range) = ([f0, f1, v0, v1], 12u16.to_ne_bytes());
        for (at, kind, payload) in [(28, 1u16, &info[..]), (36, 2, &range[..]), (44, 3, &[3][..])] {
            msg[at..at + 2].copy_from_slice(&(4 + payload.len() as u16).to_ne_bytes());
            msg[at + 2..at + 4].copy_from_slice(&kind.to_ne_bytes());
            msg[at + 4..at + 4 + payload.len()].copy_from_slice(payload);
        }
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let db = VlanDb::parse(&m).unwrap();
        assert_eq!((db.family(), db.ifindex()), (7, 4));
        let entry = db.entry().next().unwrap().unwrap();
        let info = entry.info().unwrap().unwrap();
        assert_eq!((info.flags.get(), info.vid.get()), (2, 10));
        assert_eq!((entry.range().unwrap(), entry.state().unwrap()), (Some(12), Some(3)));
    }
}
