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
use crate::build::{Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::link::{bridge_af, brport, ifla, IfInfoMsg, Link};
use crate::message::{message_view, msg_type, MsgFlags};
use crate::rtnl::af::BRIDGE as AF_BRIDGE;
use crate::tables::rt_link::rtext_filter;

use crate::tables::rt_link::{BrVlanMsg, BridgeVlandbAttrs};
pub use crate::tables::rt_link::{BridgeFlags, BridgeVlanInfo, BridgeVlanInfoFlags};

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
}

impl PortOptions {
    /// Writes the set options, in attribute order, each in the width the
    /// kernel's policy has (`br_port_policy`).
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let flag = |on: Option<bool>| on.map(u8::from);
        m.opt(brport::STATE, self.state, MessageWriter::u8)?;
        m.opt(brport::PRIORITY, self.priority, MessageWriter::u16)?;
        m.opt(brport::COST, self.cost, MessageWriter::u32)?;
        for (kind, on) in [
            (brport::MODE, self.hairpin),
            (brport::GUARD, self.guard),
            (brport::PROTECT, self.root_block),
            (brport::FAST_LEAVE, self.fast_leave),
            (brport::LEARNING, self.learning),
            (brport::UNICAST_FLOOD, self.unicast_flood),
            (brport::PROXYARP, self.proxyarp),
            (brport::LEARNING_SYNC, self.learning_sync),
            (brport::PROXYARP_WIFI, self.proxyarp_wifi),
        ] {
            m.opt(kind, flag(on), MessageWriter::u8)?;
        }
        m.opt(brport::MULTICAST_ROUTER, self.multicast_router, MessageWriter::u8)?;
        for (kind, on) in [
            (brport::MCAST_FLOOD, self.mcast_flood),
            (brport::MCAST_TO_UCAST, self.mcast_to_ucast),
            (brport::VLAN_TUNNEL, self.vlan_tunnel),
            (brport::BCAST_FLOOD, self.bcast_flood),
        ] {
            m.opt(kind, flag(on), MessageWriter::u8)?;
        }
        m.opt(brport::GROUP_FWD_MASK, self.group_fwd_mask, MessageWriter::u16)?;
        m.opt(brport::NEIGH_SUPPRESS, flag(self.neigh_suppress), MessageWriter::u8)?;
        m.opt(brport::ISOLATED, flag(self.isolated), MessageWriter::u8)?;
        m.opt(brport::BACKUP_PORT, self.backup_port, MessageWriter::u32)?;
        m.opt(brport::LOCKED, flag(self.locked), MessageWriter::u8)?;
        m.opt(brport::MAB, flag(self.mab), MessageWriter::u8)?;
        m.opt(brport::MCAST_MAX_GROUPS, self.mcast_max_groups, MessageWriter::u32)?;
        m.opt(brport::NEIGH_VLAN_SUPPRESS, flag(self.neigh_vlan_suppress), MessageWriter::u8)
    }
}

/// `bridge link set dev DEV OPTION...` (pyroute2's `brport("set", index=..)`):
/// `RTM_SETLINK` of family `AF_BRIDGE` with the options in `IFLA_PROTINFO`,
/// handled by the port's bridge. A state above [`PORT_STATE_MAX`] or index
/// 0 is refused before anything is written.
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
        if self.options.state.is_some_and(|s| s > PORT_STATE_MAX) {
            return Err(Error::InvalidValue { what: "bridge port state above 4 (blocking)" });
        }
        m.family_header(&port_header(self.ifindex)?)?;
        m.nest(ifla::PROTINFO, |m| self.options.emit(m))
    }
}

/// A VLAN, or a range of VLANs, of a bridge port or of the bridge itself
/// (`bridge vlan add|del dev DEV vid V[-V2] [pvid] [untagged] [self]
/// [master]`).
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
}

impl VlanEntry {
    /// VLAN `vid` of port `ifindex`.
    pub fn new(ifindex: u32, vid: u16) -> Self {
        VlanEntry { ifindex, vid, last: None, pvid: false, untagged: false, flags: BridgeFlags::empty() }
    }
    /// VLANs `first` to `last` of port `ifindex`.
    pub fn range(ifindex: u32, first: u16, last: u16) -> Self {
        VlanEntry { last: Some(last), ..VlanEntry::new(ifindex, first) }
    }

    /// Checks the entry as `bridge vlan` does, then writes the header and
    /// `IFLA_AF_SPEC` (without `NLA_F_NESTED`, as bridge sends it):
    /// `IFLA_BRIDGE_FLAGS` when given, and one `IFLA_BRIDGE_VLAN_INFO`, or
    /// two marked `RANGE_BEGIN` and `RANGE_END` for a range.
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let valid = |vid: u16| (1..=VID_MAX).contains(&vid);
        if !valid(self.vid) || self.last.is_some_and(|last| !valid(last)) {
            return Err(Error::InvalidValue { what: "VLAN id outside 1..=4094" });
        }
        if self.last.is_some_and(|last| last <= self.vid) {
            return Err(Error::InvalidValue { what: "VLAN range whose end is not above its start" });
        }
        if self.last.is_some() && self.pvid {
            return Err(Error::InvalidValue { what: "pvid cannot be configured for a VLAN range" });
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

/// `bridge vlan add ...` (pyroute2's `vlan_filter("add", ..)`): `RTM_SETLINK`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VlanAdd(pub VlanEntry);

impl Request for VlanAdd {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_SETLINK, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.0.emit(m)
    }
}

/// `bridge vlan del ...` (pyroute2's `vlan_filter("del", ..)`): `RTM_DELLINK`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VlanDel(pub VlanEntry);

impl Request for VlanDel {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_DELLINK, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.0.emit(m)
    }
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

message_view! {
    /// A view of an `RTM_NEWVLAN`/`RTM_DELVLAN` message (`struct
    /// br_vlan_msg`, then `BRIDGE_VLANDB_ENTRY` and
    /// `BRIDGE_VLANDB_GLOBAL_OPTIONS` nests), as `bridge monitor vlan`
    /// receives them.
    VlanDb, BrVlanMsg, BridgeVlandbAttrs, "bridge vlan", [msg_type::RTM_NEWVLAN, msg_type::RTM_DELVLAN, msg_type::RTM_GETVLAN],
    header {
        /// Address family (`AF_BRIDGE`).
        family: u8 = family,
        /// The port's (or bridge's) interface index.
        ifindex: u32 = ifindex.get(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::Builder;
    use crate::Messages;

    fn bytes(r: &dyn Request) -> ([u8; 256], usize) {
        let mut buf = [0u8; 256];
        let len = Builder::new(&mut buf).push(r, 9).unwrap();
        (buf, len)
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

    #[test]
    fn invalid_values_write_nothing() {
        let bad: [&dyn Request; 8] = [
            &VlanAdd(VlanEntry::new(4, 0)),
            &VlanAdd(VlanEntry::new(4, 4095)),
            &VlanAdd(VlanEntry::range(4, 20, 10)),
            &VlanAdd(VlanEntry::range(4, 10, 10)),
            &VlanDel(VlanEntry::range(4, 10, 4095)),
            &VlanAdd(VlanEntry { pvid: true, ..VlanEntry::range(4, 10, 20) }),
            &VlanAdd(VlanEntry::new(0, 10)),
            &PortSet { ifindex: 4, options: PortOptions { state: Some(5), ..PortOptions::default() } },
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
        msg[16..20].copy_from_slice(&[7, 0, 1, 0]); // AF_BRIDGE, ARPHRD_ETHER
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
