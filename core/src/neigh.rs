//! Neighbours (ARP, NDP and bridge FDB entries): `struct ndmsg`, `NDA_*`
//! attributes, the [`Neighbour`] view and the typed requests.
//!
//! ```
//! use nlwire::neigh::{Add, NeighEntry, Neighbour, NudState};
//! use nlwire::{build::Builder, Messages};
//! // ip neigh add 198.51.100.254 lladdr 02:00:00:00:00:fe dev <ifindex 3>
//! let mac = [2u8, 0, 0, 0, 0, 0xfe];
//! let entry = NeighEntry::new(3, "198.51.100.254".parse().unwrap()).with_lladdr(&mac);
//! let mut buf = [0u8; 128];
//! let mut b = Builder::new(&mut buf);
//! b.push(&Add(entry), 1)?;
//! let n = Neighbour::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
//! assert_eq!(n.dst()?.map(|ip| ip.to_string()).as_deref(), Some("198.51.100.254"));
//! assert_eq!(n.lladdr()?, Some(&[2u8, 0, 0, 0, 0, 0xfe][..]));
//! assert_eq!(n.state(), NudState::PERMANENT);
//! assert_eq!(n.state().names().collect::<heapless::Vec<_, 8>>(), ["PERMANENT"]);
//! # Ok::<(), nlwire::Error>(())
//! ```
//!
//! Requests: [`Add`], [`Append`], [`Replace`], [`Change`] and [`Del`] take a
//! [`NeighEntry`]; [`Get`] asks for one entry, [`Dump`] for the table.

use core::net::IpAddr;

use crate::attr::Attr;
use crate::build::{entry_requests, Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::message::message_view;
use crate::message::{msg_type, MsgFlags};
use crate::tables::rt_neigh::NeighbourAttrs;

use crate::rtnl::af;
/// `AF_BRIDGE` (`PF_BRIDGE`): the family of bridge FDB entries.
pub use crate::rtnl::af::BRIDGE as AF_BRIDGE;
/// `MAX_ADDR_LEN`: the longest link-layer address the kernel keeps.
pub const MAX_ADDR_LEN: usize = 32;

pub use crate::tables::rt_neigh::{neighbour_attrs as nda, nfea_attrs as nfea, Ndmsg as NdMsg};

/// `NUD_*` neighbour states (`ndm_state`). The empty set is `NUD_NONE`.
#[doc(alias = "NUD")]
pub use crate::tables::rt_neigh::NudState;

impl NudState {
    /// `NUD_NONE`: no state bit.
    pub const NONE: NudState = NudState::empty();

    /// The names `ip neigh` prints for the set bits (`"REACHABLE"`, ...),
    /// or `"NONE"` alone for the empty set. Unknown bits are skipped.
    ///
    /// ```
    /// use nlwire::neigh::NudState;
    /// let s = NudState::STALE | NudState::NOARP;
    /// assert!(s.names().eq(["STALE", "NOARP"]));
    /// assert!(NudState::NONE.names().eq(["NONE"]));
    /// ```
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        let none = self.is_empty().then_some("NONE");
        NUD_NAMES
            .iter()
            .filter(move |(bit, _)| u32::from(self.bits()) & bit != 0)
            .map(|(_, name)| *name)
            .chain(none)
    }
}

// `NdaCacheInfo`: ages in clock ticks (`USER_HZ`) and a reference count.
pub use crate::tables::rt_neigh::{
    NdaCacheinfo as NdaCacheInfo, NtfExtFlags as NeighFlagsExt, NtfFlags as NeighFlags,
};

message_view! {
    /// A view of an `RTM_NEWNEIGH`/`RTM_DELNEIGH`/`RTM_GETNEIGH` message.
    Neighbour, NdMsg, NeighbourAttrs, "neighbour", family = ndm_family, [msg_type::RTM_NEWNEIGH, msg_type::RTM_DELNEIGH, msg_type::RTM_GETNEIGH],
    header {
        /// Route type of the destination (`ndm_type`, `RTN_*`).
        kind: u8 = ndm_type,
    }
}

impl<'a> Neighbour<'a> {
    /// Interface index of the entry (`ndm_ifindex`).
    pub fn ifindex(&self) -> u32 {
        self.header.ndm_ifindex.get() as u32
    }
    /// State (`ndm_state`).
    pub fn state(&self) -> NudState {
        NudState::from_bits_retain(self.header.ndm_state.get())
    }
    /// Flags (`ndm_flags`).
    pub fn flags(&self) -> NeighFlags {
        NeighFlags::from_bits_retain(self.header.ndm_flags)
    }
    /// `NDA_IFINDEX`: the interface to reach the VXLAN remote through
    /// (`bridge fdb ... via DEV`).
    #[doc(alias = "NDA_IFINDEX")]
    pub fn via_ifindex(&self) -> Result<Option<u32>> {
        self.attrs.0.read(nda::IFINDEX, Attr::u32)
    }
    /// `NDA_FLAGS_EXT`: the extended flags.
    pub fn flags_ext(&self) -> Result<Option<NeighFlagsExt>> {
        Ok(self.attrs.0.read(nda::FLAGS_EXT, Attr::u32)?.map(NeighFlagsExt::from_bits_retain))
    }
}

// ---------------------------------------------------------------------------
// Requests

/// A neighbour or FDB entry, as `ip neigh` and `bridge fdb` describe it:
/// the body of [`Add`], [`Append`], [`Replace`], [`Change`] and [`Del`].
///
/// The constructors set iproute2's defaults; the fields are public for
/// everything else. Attributes are written only when set.
///
/// ```
/// use nlwire::build::Builder;
/// use nlwire::neigh::{Add, NeighEntry, Neighbour, NudState};
/// use nlwire::Messages;
///
/// let mac = [0x02, 0, 0, 0, 0, 0x01];
/// let entry = NeighEntry::new(3, "10.0.0.1".parse().unwrap())
///     .with_lladdr(&mac)
///     .with_state(NudState::REACHABLE);
/// let mut buf = [0u8; 128];
/// let mut b = Builder::new(&mut buf);
/// b.push(&Add(entry), 1)?;
/// let msg = Messages::new(b.as_bytes()).next().unwrap()?;
/// let n = Neighbour::parse(&msg)?;
/// assert_eq!(n.lladdr()?, Some(&mac[..]));
/// assert_eq!(n.state(), NudState::REACHABLE);
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeighEntry<'a> {
    /// Address family; 0 takes it from [`dst`](Self::dst).
    pub family: u8,
    /// Interface index (`ndm_ifindex`).
    pub ifindex: u32,
    /// `ndm_state`.
    pub state: NudState,
    /// `ndm_flags`.
    pub flags: NeighFlags,
    /// `NDA_DST`: the protocol address (FDB: the VXLAN remote).
    pub dst: Option<IpAddr>,
    /// `NDA_LLADDR`: 1 to [`MAX_ADDR_LEN`] bytes.
    pub lladdr: Option<&'a [u8]>,
    /// `NDA_FLAGS_EXT`, written when not empty.
    pub flags_ext: NeighFlagsExt,
    /// `NDA_VLAN`: FDB VLAN id, 1 to 4094.
    pub vlan: Option<u16>,
    /// `NDA_PORT`: VXLAN UDP port.
    pub port: Option<u16>,
    /// `NDA_VNI`: VXLAN id (24 bits).
    pub vni: Option<u32>,
    /// `NDA_SRC_VNI`: VXLAN source id (24 bits).
    pub src_vni: Option<u32>,
    /// `NDA_IFINDEX`: interface to reach the VXLAN remote through.
    pub via_ifindex: Option<u32>,
    /// `NDA_NH_ID`: FDB next-hop id.
    pub nh_id: Option<u32>,
    /// `NDA_PROTOCOL`: originator (`RTPROT_*`).
    pub protocol: Option<u8>,
}

impl<'a> NeighEntry<'a> {
    /// An ARP/NDP entry for `dst` on interface `ifindex`, state
    /// `PERMANENT` as `ip neigh add` sets by default.
    pub fn new(ifindex: u32, dst: IpAddr) -> Self {
        NeighEntry { family: af::of(dst), dst: Some(dst), ..Self::on(ifindex) }
    }
    /// A permanent entry on `ifindex` with no address, family or option.
    fn on(ifindex: u32) -> Self {
        NeighEntry {
            family: 0,
            ifindex,
            state: NudState::PERMANENT,
            flags: NeighFlags::empty(),
            dst: None,
            lladdr: None,
            flags_ext: NeighFlagsExt::empty(),
            vlan: None,
            port: None,
            vni: None,
            src_vni: None,
            via_ifindex: None,
            nh_id: None,
            protocol: None,
        }
    }
    /// A proxy ARP/NDP entry (`ip neigh add proxy DST dev DEV`): flag `NTF_PROXY`.
    pub fn proxy(ifindex: u32, dst: IpAddr) -> Self {
        NeighEntry { flags: NeighFlags::PROXY, ..Self::new(ifindex, dst) }
    }
    /// A bridge FDB entry for `lladdr` on port (or VXLAN device) `ifindex`,
    /// with `bridge fdb add`'s defaults: family `AF_BRIDGE`, flag `NTF_SELF`,
    /// state `NOARP | PERMANENT`. Use `NeighFlags::MASTER` for the bridge's
    /// own table, [`with_state`](Self::with_state) for dynamic entries.
    pub fn fdb(ifindex: u32, lladdr: &'a [u8]) -> Self {
        NeighEntry {
            family: AF_BRIDGE,
            state: NudState::NOARP | NudState::PERMANENT,
            flags: NeighFlags::SELF,
            lladdr: Some(lladdr),
            ..Self::on(ifindex)
        }
    }
    /// Sets `NDA_LLADDR`.
    pub fn with_lladdr(self, lladdr: &'a [u8]) -> Self {
        NeighEntry { lladdr: Some(lladdr), ..self }
    }
    /// Sets the state.
    pub fn with_state(self, state: NudState) -> Self {
        NeighEntry { state, ..self }
    }
    /// Sets the flags (replacing the constructor's).
    pub fn with_flags(self, flags: NeighFlags) -> Self {
        NeighEntry { flags, ..self }
    }
    /// Sets `NDA_VLAN`.
    pub fn with_vlan(self, vlan: u16) -> Self {
        NeighEntry { vlan: Some(vlan), ..self }
    }
    /// Sets `NDA_DST` (for FDB entries: the VXLAN remote).
    pub fn with_dst(self, dst: IpAddr) -> Self {
        NeighEntry { dst: Some(dst), ..self }
    }

    /// The family written in the header.
    fn effective_family(&self) -> u8 {
        match (self.family, self.dst) {
            (0, Some(ip)) => af::of(ip),
            (f, _) => f,
        }
    }

    fn validate(&self) -> Result<i32> {
        let family = self.effective_family();
        let ifindex = header_ifindex(self.ifindex)?;
        if family == 0 {
            return Err(Error::invalid("neighbour has no family and no destination"));
        }
        if self.ifindex == 0 && !self.flags.contains(NeighFlags::PROXY) {
            return Err(Error::invalid("neighbour needs an interface index"));
        }
        match (family, self.dst) {
            (AF_BRIDGE, _) if self.lladdr.is_none() => {
                return Err(Error::invalid("FDB entry needs a link-layer address"))
            }
            (AF_BRIDGE, _) => {}
            (_, None) => return Err(Error::invalid("neighbour needs a destination address")),
            (f, Some(ip)) if af::of(ip) != f => {
                return Err(Error::invalid("destination address does not match the family"))
            }
            _ => {}
        }
        if let Some(ll) = self.lladdr {
            if ll.is_empty() || ll.len() > MAX_ADDR_LEN {
                return Err(Error::invalid("link-layer address must be 1 to 32 bytes"));
            }
        }
        if let Some(vlan) = self.vlan {
            if vlan == 0 || vlan >= 4095 {
                return Err(Error::invalid("VLAN id must be 1 to 4094"));
            }
        }
        for vni in [self.vni, self.src_vni].into_iter().flatten() {
            if vni >> 24 != 0 {
                return Err(Error::invalid("VNI must fit in 24 bits"));
            }
        }
        Ok(ifindex)
    }

    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let ifindex = self.validate()?;
        let family = self.effective_family();
        let header = NdMsg {
            ndm_family: family,
            ndm_ifindex: ifindex.into(),
            ndm_state: self.state.bits().into(),
            ndm_flags: self.flags.bits(),
            ..NdMsg::default()
        };
        m.family_header(&header)?;
        // iproute2's order: `ip neigh` writes DST then LLADDR, `bridge fdb`
        // LLADDR then DST.
        if family == AF_BRIDGE {
            self.emit_lladdr(m)?;
            self.emit_dst(m)?;
        } else {
            self.emit_dst(m)?;
            self.emit_lladdr(m)?;
        }
        m.opt(nda::VLAN, self.vlan, MessageWriter::u16)?;
        m.opt(nda::PORT, self.port, MessageWriter::be16)?;
        m.opt(nda::VNI, self.vni, MessageWriter::u32)?;
        m.opt(nda::SRC_VNI, self.src_vni, MessageWriter::u32)?;
        m.opt(nda::IFINDEX, self.via_ifindex, MessageWriter::u32)?;
        m.opt(nda::NH_ID, self.nh_id, MessageWriter::u32)?;
        m.opt(nda::PROTOCOL, self.protocol, MessageWriter::u8)?;
        if !self.flags_ext.is_empty() {
            m.u32(nda::FLAGS_EXT, self.flags_ext.bits())?;
        }
        Ok(())
    }

    fn emit_dst(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        match self.dst {
            Some(ip) => m.ip(nda::DST, ip),
            None => Ok(()),
        }
    }
    fn emit_lladdr(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        match self.lladdr {
            Some(ll) => m.attr(nda::LLADDR, ll),
            None => Ok(()),
        }
    }
}

/// `ndm_ifindex` is an `s32`.
fn header_ifindex(ifindex: u32) -> Result<i32> {
    i32::try_from(ifindex).map_err(|_| Error::invalid("interface index above i32::MAX"))
}

entry_requests! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)] NeighEntry:
    /// `ip neigh add` / `bridge fdb add`: `RTM_NEWNEIGH` with `NLM_F_CREATE | NLM_F_EXCL`.
    Add<'a>(msg_type::RTM_NEWNEIGH, MsgFlags::CREATE | MsgFlags::EXCL) => |entry, m| entry.emit(m);
    /// `bridge fdb append`: `RTM_NEWNEIGH` with `NLM_F_CREATE | NLM_F_APPEND`
    /// (several remotes for one VXLAN FDB entry).
    Append<'a>(msg_type::RTM_NEWNEIGH, MsgFlags::CREATE | MsgFlags::APPEND) => |entry, m| entry.emit(m);
    /// `ip neigh replace`: `RTM_NEWNEIGH` with `NLM_F_CREATE | NLM_F_REPLACE`.
    Replace<'a>(msg_type::RTM_NEWNEIGH, MsgFlags::CREATE | MsgFlags::REPLACE) => |entry, m| entry.emit(m);
    /// `ip neigh change`: `RTM_NEWNEIGH` with `NLM_F_REPLACE`.
    Change<'a>(msg_type::RTM_NEWNEIGH, MsgFlags::REPLACE) => |entry, m| entry.emit(m);
    /// `ip neigh del` / `bridge fdb del`: `RTM_DELNEIGH`.
    Del<'a>(msg_type::RTM_DELNEIGH, MsgFlags::empty()) => |entry, m| entry.emit(m);
}

/// `ip neigh get DST dev DEV [proxy]`: one entry, answered by an `RTM_NEWNEIGH`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Get {
    /// Interface index.
    pub ifindex: u32,
    /// The protocol address looked up.
    pub dst: IpAddr,
    /// Look in the proxy table (`NTF_PROXY`).
    pub proxy: bool,
}

impl Request for Get {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_GETNEIGH, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let ifindex = header_ifindex(self.ifindex)?;
        if ifindex == 0 && !self.proxy {
            return Err(Error::invalid("neighbour get needs an interface index"));
        }
        let flags = if self.proxy { NeighFlags::PROXY } else { NeighFlags::empty() };
        let header = NdMsg {
            ndm_family: af::of(self.dst),
            ndm_ifindex: ifindex.into(),
            ndm_flags: flags.bits(),
            ..NdMsg::default()
        };
        m.family_header(&header)?;
        m.ip(nda::DST, self.dst)
    }
}

/// `bridge fdb get LLADDR [br BR] [dev PORT] [vlan V] [vni N] [self]
/// [master]`: one FDB entry, answered by an `RTM_NEWNEIGH`.
///
/// ```
/// use nlwire::build::Builder;
/// use nlwire::neigh::{FdbGet, NeighFlags, Neighbour};
/// use nlwire::Messages;
/// let mac = [2, 0, 0x5e, 0, 0x53, 1];
/// let get = FdbGet { master: Some(5), ..FdbGet::new(0, &mac) }; // bridge fdb get 02:00:5e:00:53:01 br <5>
/// let mut buf = [0u8; 64];
/// let mut b = Builder::new(&mut buf);
/// b.push(&get, 1)?;
/// let n = Neighbour::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
/// assert_eq!((n.lladdr()?, n.master()?), (Some(&mac[..]), Some(5)));
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FdbGet<'a> {
    /// The port (or VXLAN device) whose entry it is; 0 with `master`.
    pub ifindex: u32,
    /// `NDA_LLADDR`: 1 to [`MAX_ADDR_LEN`] bytes.
    pub lladdr: &'a [u8],
    /// `NDA_VLAN`, sent as given: the kernel judges it.
    pub vlan: Option<u16>,
    /// `NDA_VNI`.
    pub vni: Option<u32>,
    /// `NDA_MASTER`: the bridge whose table to look in.
    pub master: Option<u32>,
    /// `NTF_SELF` (the device's own table) and/or `NTF_MASTER`.
    pub flags: NeighFlags,
}

impl<'a> FdbGet<'a> {
    /// The entry of `lladdr` on `ifindex`, nothing else asked.
    pub fn new(ifindex: u32, lladdr: &'a [u8]) -> Self {
        FdbGet { ifindex, lladdr, vlan: None, vni: None, master: None, flags: NeighFlags::empty() }
    }
}

impl Request for FdbGet<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_GETNEIGH, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.lladdr.is_empty() || self.lladdr.len() > MAX_ADDR_LEN {
            return Err(Error::invalid("link-layer address must be 1 to 32 bytes"));
        }
        let header = NdMsg {
            ndm_family: AF_BRIDGE,
            ndm_ifindex: header_ifindex(self.ifindex)?.into(),
            ndm_flags: self.flags.bits(),
            ..NdMsg::default()
        };
        m.family_header(&header)?;
        m.attr(nda::LLADDR, self.lladdr)?;
        if let Some(vlan) = self.vlan {
            m.u16(nda::VLAN, vlan)?;
        }
        if let Some(vni) = self.vni {
            m.u32(nda::VNI, vni)?;
        }
        if let Some(master) = self.master {
            m.u32(nda::MASTER, master)?;
        }
        Ok(())
    }
}

/// `bridge fdb flush dev DEV [brport PORT] [vlan VID] [self] [master]
/// [[no]permanent | [no]static | [no]dynamic] [[no]sticky] ...`: deletes
/// at once the entries of `DEV`'s table that match (`RTM_DELNEIGH` with
/// `NLM_F_BULK`): those whose state bits under `state_mask` equal
/// `state`'s, whose flags under `flags_mask` equal `flags`'s, and which
/// are on `port` and in `vlan` when given.
///
/// ```
/// use nlwire::neigh::{FdbFlush, NeighFlags, NudState};
/// // bridge fdb flush dev br0 master static (br0 is index 2)
/// let flush = FdbFlush {
///     state: NudState::NOARP,
///     state_mask: NudState::NOARP | NudState::PERMANENT,
///     ..FdbFlush::new(2, NeighFlags::MASTER)
/// };
/// let mut buf = [0u8; 64];
/// nlwire::build::Builder::new(&mut buf).push(&flush, 1)?;
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FdbFlush {
    /// The device whose table is flushed (a bridge, a port, a VXLAN device).
    pub ifindex: u32,
    /// `NTF_SELF` and/or `NTF_MASTER`: which table; and the flags matched
    /// under [`flags_mask`](Self::flags_mask).
    pub flags: NeighFlags,
    /// The state matched under [`state_mask`](Self::state_mask).
    pub state: NudState,
    /// `NDA_NDM_FLAGS_MASK`, sent when not empty.
    pub flags_mask: NeighFlags,
    /// `NDA_NDM_STATE_MASK`, sent when not empty.
    pub state_mask: NudState,
    /// `NDA_IFINDEX`: only the entries of this bridge port.
    pub port: Option<u32>,
    /// `NDA_VLAN`, sent as given: the kernel judges it.
    pub vlan: Option<u16>,
}

impl FdbFlush {
    /// Every entry of `ifindex`'s table (`flags`: `SELF`, `MASTER`).
    pub fn new(ifindex: u32, flags: NeighFlags) -> Self {
        FdbFlush {
            ifindex,
            flags,
            state: NudState::empty(),
            flags_mask: NeighFlags::empty(),
            state_mask: NudState::empty(),
            port: None,
            vlan: None,
        }
    }
}

impl Request for FdbFlush {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_DELNEIGH, MsgFlags::BULK, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let header = NdMsg {
            ndm_family: AF_BRIDGE,
            ndm_ifindex: header_ifindex(self.ifindex)?.into(),
            ndm_state: self.state.bits().into(),
            ndm_flags: self.flags.bits(),
            ..NdMsg::default()
        };
        m.family_header(&header)?;
        m.opt(nda::IFINDEX, self.port, MessageWriter::u32)?;
        m.opt(nda::VLAN, self.vlan, MessageWriter::u16)?;
        if !self.flags_mask.is_empty() {
            m.u8(nda::NDM_FLAGS_MASK, self.flags_mask.bits())?;
        }
        if !self.state_mask.is_empty() {
            m.u16(nda::NDM_STATE_MASK, self.state_mask.bits())?;
        }
        Ok(())
    }
}

/// `ip neigh show` / `bridge fdb show`: dumps the table of a family
/// (0 for all, [`AF_BRIDGE`] for the FDB), optionally filtered by the kernel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dump {
    /// Address family; 0 dumps every family.
    pub family: u8,
    /// `NDA_IFINDEX` filter: only entries of this interface (FDB: bridge port).
    pub ifindex: Option<u32>,
    /// `NDA_MASTER` filter: only entries of ports of this master (bridge, VRF).
    pub master: Option<u32>,
    /// Dump the proxy table (`NTF_PROXY`).
    pub proxy: bool,
}

impl Request for Dump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETNEIGH, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let flags = if self.proxy { NeighFlags::PROXY } else { NeighFlags::empty() };
        m.family_header(&NdMsg { ndm_family: self.family, ndm_flags: flags.bits(), ..NdMsg::default() })?;
        m.opt(nda::IFINDEX, self.ifindex, MessageWriter::u32)?;
        m.opt(nda::MASTER, self.master, MessageWriter::u32)?;
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Neighbour tables (`ip ntable`)

use crate::spec::AttrType;
pub use crate::tables::rt_neigh::{
    ndt_attrs as ndta, ndtpa_attrs as ndtpa, NdtConfig, NdtStats, Ndtmsg as NdtMsg, NdtpaAttrs,
};
use crate::tables::rt_neigh::{NdtAttrs, NDTPA_ATTRS};

message_view! {
    /// A view of an `RTM_NEWNEIGHTBL` message: one neighbour table
    /// (`arp_cache`, `ndisc_cache`) with its thresholds, configuration and
    /// statistics and its default parameters, or the parameters of one
    /// interface (`NDTA_PARMS` with `NDTPA_IFINDEX`).
    NeighTable, NdtMsg, NdtAttrs, "neighbour table", family = family, [msg_type::RTM_NEWNEIGHTBL, msg_type::RTM_SETNEIGHTBL, msg_type::RTM_GETNEIGHTBL]
}

/// `ip ntable show`: dumps the neighbour tables of a family (0: all),
/// each table's defaults then the parameters of each interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TableDump {
    /// Address family; 0 dumps every family.
    pub family: u8,
}

impl Request for TableDump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETNEIGHTBL, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&NdtMsg { family: self.family, ..NdtMsg::default() })
    }
}

/// One `NDTPA_*` parameter of a [`TableChange`]: the attribute and its
/// value, written as the `u32` or `u64` the kernel reads for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableParm {
    /// `NDTPA_*` ([`ndtpa`]), not `NDTPA_IFINDEX` (see [`TableChange::ifindex`]).
    pub kind: u16,
    /// Milliseconds, a count or a length, as the attribute is.
    pub value: u64,
}

impl TableParm {
    /// Whether the kernel reads it as a `u32` (else as a `u64`); an error
    /// for `NDTPA_IFINDEX`, an unknown attribute or a value out of range.
    pub fn is_u32(&self) -> Result<bool> {
        match NDTPA_ATTRS.by_id(self.kind).map(|a| a.ty) {
            _ if self.kind == ndtpa::IFINDEX => Err(Error::invalid("NDTPA_IFINDEX is TableChange::ifindex")),
            Some(AttrType::U32) => match u32::try_from(self.value) {
                Ok(_) => Ok(true),
                Err(_) => Err(Error::invalid("neighbour table parameter above u32::MAX")),
            },
            Some(AttrType::U64) => Ok(false),
            _ => Err(Error::invalid("not a neighbour table parameter")),
        }
    }
}

/// `ip ntable change name NAME [dev DEV] ...`: `RTM_SETNEIGHTBL` with
/// `NLM_F_REPLACE`. The thresholds and the interval are the table's; the
/// parameters those of interface `ifindex`, or the table's defaults.
///
/// ```
/// use nlwire::build::Builder;
/// use nlwire::neigh::{ndtpa, NeighTable, TableChange, TableParm};
/// use nlwire::Messages;
/// // ip ntable change name arp_cache dev <ifindex 3> queue 50
/// let parms = [TableParm { kind: ndtpa::QUEUE_LEN, value: 50 }];
/// let change = TableChange { ifindex: Some(3), parms: &parms, ..TableChange::new("arp_cache") };
/// let mut buf = [0u8; 64];
/// let mut b = Builder::new(&mut buf);
/// b.push(&change, 1)?;
/// let t = NeighTable::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
/// let p = t.parms()?.unwrap();
/// assert_eq!((t.name()?, p.ifindex()?, p.queue_len()?), (Some("arp_cache"), Some(3), Some(50)));
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableChange<'a> {
    /// `ndtm_family`; 0 changes the table of that name in any family.
    pub family: u8,
    /// `NDTA_NAME`: the table (`arp_cache`, `ndisc_cache`).
    pub name: &'a str,
    /// `NDTA_THRESH1` to `NDTA_THRESH3`: garbage collection thresholds.
    pub thresholds: [Option<u32>; 3],
    /// `NDTA_GC_INTERVAL`, in milliseconds.
    pub gc_interval: Option<u64>,
    /// `NDTPA_IFINDEX`: whose parameters [`parms`](Self::parms) change.
    pub ifindex: Option<u32>,
    /// The parameters, in `NDTA_PARMS`, in this order.
    pub parms: &'a [TableParm],
}

impl<'a> TableChange<'a> {
    /// A change of table `name` in any family, with nothing set yet.
    pub fn new(name: &'a str) -> Self {
        TableChange { family: 0, name, thresholds: [None; 3], gc_interval: None, ifindex: None, parms: &[] }
    }
}

impl Request for TableChange<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_SETNEIGHTBL, MsgFlags::REPLACE, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.name.is_empty() {
            return Err(Error::invalid("neighbour table change needs a table name"));
        }
        if self.thresholds == [None; 3] && self.gc_interval.is_none() && self.parms.is_empty() {
            return Err(Error::invalid("neighbour table change changes nothing"));
        }
        m.family_header(&NdtMsg { family: self.family, ..NdtMsg::default() })?;
        m.str(ndta::NAME, self.name)?;
        for (kind, threshold) in
            [ndta::THRESH1, ndta::THRESH2, ndta::THRESH3].into_iter().zip(self.thresholds)
        {
            m.opt(kind, threshold, MessageWriter::u32)?;
        }
        m.opt(ndta::GC_INTERVAL, self.gc_interval, MessageWriter::u64)?;
        if self.ifindex.is_none() && self.parms.is_empty() {
            return Ok(());
        }
        // As ip: NDTA_PARMS without NLA_F_NESTED.
        m.container(ndta::PARMS, |m| {
            m.opt(ndtpa::IFINDEX, self.ifindex, MessageWriter::u32)?;
            for parm in self.parms {
                match parm.is_u32()? {
                    true => m.u32(parm.kind, parm.value as u32)?,
                    false => m.u64(parm.kind, parm.value)?,
                }
            }
            Ok(())
        })
    }
}

// ---------------------------------------------------------------------------
// Specs

pub use crate::tables::rt_neigh::{
    NTF_EXT_FLAGS_NAMES as NTF_EXT_NAMES, NTF_FLAGS_NAMES as NTF_NAMES, NUD_STATE_NAMES as NUD_NAMES,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_prelude::*;

    #[test]
    #[cfg_attr(target_endian = "big", ignore = "the corpus is a little-endian capture")]
    fn reads_a_stale_entry_from_the_corpus() {
        let dump = include_bytes!("../../tests/fixtures/kernel-6.18/neigh_dump_inet.bin");
        let msg = Messages::new(dump).nth(2).unwrap().unwrap();
        let n = Neighbour::parse(&msg).unwrap();
        assert_eq!(n.family(), af::INET);
        assert_eq!(n.ifindex(), 3);
        assert_eq!(n.state(), NudState::STALE);
        assert_eq!(n.dst().unwrap(), Some(IpAddr::V4(Ipv4Addr::new(10, 1, 0, 253))));
        assert_eq!(n.probes().unwrap(), Some(0));
        assert!(n.cacheinfo().unwrap().is_some());
        assert_eq!(msg.get("lladdr").unwrap(), Some(Value::Hwaddr(&[2, 0, 0, 0, 0, 0xfd])));
        assert_eq!(msg.get("state").unwrap().and_then(|v| v.as_u64()), Some(0x04));
        assert_eq!(n.vlan().unwrap(), None);
    }

    #[test]
    #[cfg_attr(target_endian = "big", ignore = "the corpus is a little-endian capture")]
    fn wrong_message_type_is_refused() {
        let dump = include_bytes!("../../tests/fixtures/kernel-6.18/rule_dump_inet.bin");
        let msg = Messages::new(dump).next().unwrap().unwrap();
        assert!(matches!(Neighbour::parse(&msg), Err(Error::WrongMessageType { .. })));
    }

    fn emit<R: Request>(req: &R, buf: &mut [u8]) -> usize {
        let mut b = Builder::new(buf);
        let n = b.push(req, 7).unwrap();
        // Emitting twice gives the same bytes.
        let mut again = [0u8; 256];
        let mut b2 = Builder::new(&mut again);
        b2.push(req, 7).unwrap();
        assert_eq!(b.as_bytes(), b2.as_bytes());
        n
    }

    #[test]
    fn add_round_trips() {
        let mac = [0x02, 0, 0, 0, 0, 0x42];
        let dst = IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1));
        let mut entry = NeighEntry::new(5, dst).with_lladdr(&mac).with_state(NudState::REACHABLE);
        entry.flags = NeighFlags::ROUTER;
        entry.protocol = Some(4);
        entry.flags_ext = NeighFlagsExt::MANAGED;
        let mut buf = [0u8; 256];
        let n = emit(&Add(entry), &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        assert_eq!(msg.kind(), msg_type::RTM_NEWNEIGH);
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::ACK | MsgFlags::CREATE | MsgFlags::EXCL);
        let v = Neighbour::parse(&msg).unwrap();
        assert_eq!(v.family(), af::INET6);
        assert_eq!(v.ifindex(), 5);
        assert_eq!(v.state(), NudState::REACHABLE);
        assert_eq!(v.flags(), NeighFlags::ROUTER);
        assert_eq!(v.dst().unwrap(), Some(dst));
        assert_eq!(v.lladdr().unwrap(), Some(&mac[..]));
        assert_eq!(v.protocol().unwrap(), Some(4));
        assert_eq!(v.flags_ext().unwrap(), Some(NeighFlagsExt::MANAGED));
        assert_eq!(v.vlan().unwrap(), None);
    }

    #[test]
    fn modes_set_iproute2_flags() {
        let e = NeighEntry::new(2, IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)));
        let f = |r: &dyn Request| r.header(1).flags;
        let base = MsgFlags::REQUEST | MsgFlags::ACK;
        assert_eq!(f(&Replace(e)), base | MsgFlags::CREATE | MsgFlags::REPLACE);
        assert_eq!(f(&Change(e)), base | MsgFlags::REPLACE);
        assert_eq!(f(&Append(e)), base | MsgFlags::CREATE | MsgFlags::APPEND);
        assert_eq!(f(&Del(e)), base);
        assert_eq!(Del(e).header(1).kind, msg_type::RTM_DELNEIGH);
        for req in [&Replace(e) as &dyn Request, &Change(e), &Append(e), &Del(e)] {
            let mut buf = [0u8; 128];
            let mut b = Builder::new(&mut buf);
            b.message(req.header(3), |m| req.emit(m)).unwrap();
            let msg = Messages::new(b.as_bytes()).next().unwrap().unwrap();
            let v = Neighbour::parse(&msg).unwrap();
            assert_eq!(v.dst().unwrap(), e.dst);
            assert_eq!(v.state(), NudState::PERMANENT);
            assert_eq!(v.ifindex(), 2);
        }
    }

    #[test]
    fn proxy_round_trips() {
        let dst = IpAddr::V4(Ipv4Addr::new(198, 51, 100, 7));
        let mut buf = [0u8; 128];
        let n = emit(&Add(NeighEntry::proxy(4, dst)), &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        let v = Neighbour::parse(&msg).unwrap();
        assert_eq!(v.flags(), NeighFlags::PROXY);
        assert_eq!(v.dst().unwrap(), Some(dst));
        assert_eq!(v.lladdr().unwrap(), None);
    }

    #[test]
    fn fdb_entry_round_trips() {
        let mac = [0x02, 0x11, 0x22, 0x33, 0x44, 0x55];
        let remote = IpAddr::V4(Ipv4Addr::new(203, 0, 113, 9));
        let mut e = NeighEntry::fdb(8, &mac).with_vlan(100).with_dst(remote).with_flags(NeighFlags::MASTER);
        e.port = Some(4789);
        e.vni = Some(42);
        e.src_vni = Some(43);
        e.via_ifindex = Some(2);
        e.nh_id = Some(9);
        let mut buf = [0u8; 256];
        let n = emit(&Append(e), &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        let v = Neighbour::parse(&msg).unwrap();
        assert_eq!(v.family(), AF_BRIDGE);
        assert_eq!(v.ifindex(), 8);
        assert_eq!(v.flags(), NeighFlags::MASTER);
        assert_eq!(v.state(), NudState::NOARP | NudState::PERMANENT);
        assert_eq!(v.lladdr().unwrap(), Some(&mac[..]));
        assert_eq!(v.dst().unwrap(), Some(remote));
        assert_eq!(v.vlan().unwrap(), Some(100));
        assert_eq!(v.port().unwrap(), Some(4789));
        assert_eq!(v.vni().unwrap(), Some(42));
        assert_eq!(v.src_vni().unwrap(), Some(43));
        assert_eq!(v.via_ifindex().unwrap(), Some(2));
        assert_eq!(v.nh_id().unwrap(), Some(9));
        // The port is in network order on the wire.
        assert_eq!(v.attrs().find(nda::PORT).unwrap().unwrap().payload(), &4789u16.to_be_bytes());
        // LLADDR comes first, as `bridge fdb` writes it.
        assert_eq!(v.attrs().next().unwrap().unwrap().kind(), nda::LLADDR);
    }

    #[test]
    fn get_and_dump_round_trip() {
        let dst = IpAddr::V4(Ipv4Addr::new(10, 1, 0, 254));
        let mut buf = [0u8; 128];
        let n = emit(&Get { ifindex: 3, dst, proxy: true }, &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        assert_eq!(msg.kind(), msg_type::RTM_GETNEIGH);
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::ACK);
        let v = Neighbour::parse(&msg).unwrap();
        assert_eq!((v.ifindex(), v.flags(), v.dst().unwrap()), (3, NeighFlags::PROXY, Some(dst)));
        assert_eq!(v.family(), af::INET);

        let dump = Dump { family: AF_BRIDGE, ifindex: Some(4), master: Some(6), proxy: false };
        let n = emit(&dump, &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::DUMP);
        let v = Neighbour::parse(&msg).unwrap();
        assert_eq!(v.family(), AF_BRIDGE);
        assert_eq!(v.ifindex(), 0);
        assert_eq!(v.via_ifindex().unwrap(), Some(4));
        assert_eq!(v.master().unwrap(), Some(6));
    }

    #[test]
    fn fdb_get_carries_what_bridge_fdb_get_sends() {
        let mac = [2, 0, 0x5e, 0, 0x53, 4];
        let mut buf = [0u8; 128];
        let get = FdbGet {
            vlan: Some(0),
            vni: Some(7),
            master: Some(6),
            flags: NeighFlags::MASTER,
            ..FdbGet::new(4, &mac)
        };
        let n = emit(&get, &mut buf);
        let msg = Messages::new(&buf[..n]).next().unwrap().unwrap();
        assert_eq!((msg.kind(), msg.flags()), (msg_type::RTM_GETNEIGH, MsgFlags::REQUEST | MsgFlags::ACK));
        let v = Neighbour::parse(&msg).unwrap();
        assert_eq!((v.family(), v.ifindex(), v.flags()), (AF_BRIDGE, 4, NeighFlags::MASTER));
        assert_eq!(v.lladdr().unwrap(), Some(&mac[..]));
        assert_eq!((v.vlan().unwrap(), v.vni().unwrap(), v.master().unwrap()), (Some(0), Some(7), Some(6)));
        // ndmsg, then LLADDR (4 + 6, padded to 12), VLAN, VNI, MASTER (8 each).
        assert_eq!(n, 16 + 12 + 12 + 8 + 8 + 8);
        for bad in [&[][..], &[0u8; 33][..]] {
            let mut b = Builder::new(&mut buf);
            assert!(b.push(&FdbGet::new(4, bad), 1).is_err());
        }
    }

    #[test]
    fn add_matches_the_uapi_layout_byte_for_byte() {
        // ip neigh add 192.0.2.1 lladdr 02:00:00:00:00:01 dev <ifindex 3> nud reachable
        let mac = [2, 0, 0, 0, 0, 1];
        let entry = NeighEntry::new(3, IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)))
            .with_lladdr(&mac)
            .with_state(NudState::REACHABLE);
        let mut buf = [0u8; 128];
        let n = emit(&Add(entry), &mut buf);

        let mut want = [0u8; 48];
        // nlmsghdr: len 48, RTM_NEWNEIGH (28), REQUEST|ACK|EXCL|CREATE (0x605), seq 7, pid 0
        want[0..4].copy_from_slice(&48u32.to_ne_bytes());
        want[4..6].copy_from_slice(&28u16.to_ne_bytes());
        want[6..8].copy_from_slice(&0x0605u16.to_ne_bytes());
        want[8..12].copy_from_slice(&7u32.to_ne_bytes());
        // ndmsg: family af::INET, pad, ifindex 3, state NUD_REACHABLE, flags 0, type 0
        want[16] = 2;
        want[20..24].copy_from_slice(&3i32.to_ne_bytes());
        want[24..26].copy_from_slice(&0x02u16.to_ne_bytes());
        // NDA_DST (1), len 8
        want[28..30].copy_from_slice(&8u16.to_ne_bytes());
        want[30..32].copy_from_slice(&1u16.to_ne_bytes());
        want[32..36].copy_from_slice(&[192, 0, 2, 1]);
        // NDA_LLADDR (2), len 10, padded to 12
        want[36..38].copy_from_slice(&10u16.to_ne_bytes());
        want[38..40].copy_from_slice(&2u16.to_ne_bytes());
        want[40..46].copy_from_slice(&mac);
        assert_eq!(&buf[..n], &want[..]);
    }

    #[test]
    fn fdb_add_matches_the_uapi_layout_byte_for_byte() {
        // bridge fdb add 02:00:00:00:00:09 dev <ifindex 4> vlan 10  (self, permanent)
        let mac = [2, 0, 0, 0, 0, 9];
        let mut buf = [0u8; 128];
        let n = emit(&Add(NeighEntry::fdb(4, &mac).with_vlan(10)), &mut buf);
        let mut body = vec![7, 0, 0, 0]; // PF_BRIDGE
        body.extend_from_slice(&4i32.to_ne_bytes());
        body.extend_from_slice(&0xc0u16.to_ne_bytes()); // NOARP | PERMANENT
        body.extend_from_slice(&[0x02, 0]); // NTF_SELF
        put_attr(&mut body, 2, &mac); // NDA_LLADDR
        put_attr(&mut body, 5, &10u16.to_ne_bytes()); // NDA_VLAN
        let want = nlmsg(28, 0x0605, 7, &body); // RTM_NEWNEIGH, REQUEST | ACK | EXCL | CREATE
        assert_eq!(&buf[..n], &want[..]);
    }

    /// bridge 6.1's `fdb flush dev br0 brport va vlan 5 nopermanent
    /// noadded_by_user extern_learn sticky nooffloaded dynamic` (br0 is 2,
    /// va 4), as `strace -e trace=sendmsg -xx` showed it: `RTM_DELNEIGH`
    /// (29), `REQUEST | ACK | BULK` (0x205), `ndmsg` of `AF_BRIDGE` with
    /// state 0 and flags `SELF | EXT_LEARNED | STICKY` (0x52), then
    /// `NDA_IFINDEX` (8), `NDA_VLAN` (5), `NDA_NDM_FLAGS_MASK` (17, u8:
    /// `USE | EXT_LEARNED | OFFLOADED | STICKY`, 0x71), `NDA_NDM_STATE_MASK`
    /// (16, u16: `NOARP | PERMANENT`, 0xc0).
    #[test]
    fn fdb_flush_is_byte_exact() {
        let flush = FdbFlush {
            flags: NeighFlags::from_bits_retain(0x52),
            flags_mask: NeighFlags::from_bits_retain(0x71),
            state_mask: NudState::from_bits_retain(0xc0),
            port: Some(4),
            vlan: Some(5),
            ..FdbFlush::new(2, NeighFlags::empty())
        };
        let mut buf = [0u8; 64];
        let len = Builder::new(&mut buf).push(&flush, 9).unwrap();
        let mut want = [0u8; 60];
        want[..4].copy_from_slice(&60u32.to_ne_bytes());
        want[4..6].copy_from_slice(&29u16.to_ne_bytes());
        want[6..8].copy_from_slice(&0x205u16.to_ne_bytes());
        want[8..12].copy_from_slice(&9u32.to_ne_bytes());
        let body: [u8; 44] = [
            0x07, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x52, 0x00, 0x08, 0x00, 0x08, 0x00,
            0x04, 0x00, 0x00, 0x00, 0x06, 0x00, 0x05, 0x00, 0x05, 0x00, 0x00, 0x00, 0x05, 0x00, 0x11, 0x00,
            0x71, 0x00, 0x00, 0x00, 0x06, 0x00, 0x10, 0x00, 0xc0, 0x00, 0x00, 0x00,
        ];
        // The capture is of a little-endian machine: its integers are
        // rewritten in this one's order.
        let mut body = body;
        for (at, width) in [
            (4, 4),
            (8, 2),
            (12, 2),
            (14, 2),
            (16, 4),
            (20, 2),
            (22, 2),
            (24, 2),
            (28, 2),
            (30, 2),
            (36, 2),
            (38, 2),
            (40, 2),
        ] {
            if cfg!(target_endian = "big") {
                body[at..at + width].reverse();
            }
        }
        want[16..].copy_from_slice(&body);
        assert_eq!(&buf[..len], &want[..]);
        let refused = FdbFlush::new(u32::MAX, NeighFlags::SELF);
        assert!(Builder::new(&mut buf).push(&refused, 1).is_err());
    }

    #[test]
    fn invalid_values_write_nothing() {
        let v4 = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1));
        let v6 = IpAddr::V6(Ipv6Addr::LOCALHOST);
        let long = [0u8; 33];
        let mut wrong_family = NeighEntry::new(1, v4);
        wrong_family.family = af::INET6;
        let mut no_dst = NeighEntry::new(1, v4);
        no_dst.dst = None;
        let mut fdb_no_ll = NeighEntry::fdb(1, &[1, 2, 3, 4, 5, 6]);
        fdb_no_ll.lladdr = None;
        let mut big_vni = NeighEntry::fdb(1, &[1, 2, 3, 4, 5, 6]);
        big_vni.vni = Some(1 << 24);
        let cases: [(&dyn Request, &str); 9] = [
            (&Add(NeighEntry::new(1, v4).with_lladdr(&[])), "empty lladdr"),
            (&Add(NeighEntry::new(1, v6).with_lladdr(&long)), "33-byte lladdr"),
            (&Add(NeighEntry::new(0, v4)), "no interface"),
            (&Add(NeighEntry::new(u32::MAX, v4)), "ifindex overflow"),
            (&Add(wrong_family), "family mismatch"),
            (&Del(no_dst), "no destination"),
            (&Add(fdb_no_ll), "fdb without lladdr"),
            (&Add(NeighEntry::fdb(1, &[1, 2, 3, 4, 5, 6]).with_vlan(4095)), "vlan 4095"),
            (&Add(big_vni), "25-bit vni"),
        ];
        for (req, what) in cases {
            let mut buf = [0u8; 128];
            let mut b = Builder::new(&mut buf);
            let err = b.message(req.header(1), |m| req.emit(m)).unwrap_err();
            assert!(matches!(err, Error::InvalidValue { .. }), "{what}: {err:?}");
            assert!(b.is_empty(), "{what}");
        }
        // 32 bytes (IPoIB is 20) and the proxy entry without interface are fine.
        let mut buf = [0u8; 256];
        let mut b = Builder::new(&mut buf);
        b.push(&Add(NeighEntry::new(1, v6).with_lladdr(&long[..32])), 1).unwrap();
        b.push(&Add(NeighEntry::proxy(0, v6)), 2).unwrap();
        let mut get = Get { ifindex: u32::MAX, dst: v4, proxy: false };
        assert!(matches!(b.push(&get, 3), Err(Error::InvalidValue { .. })));
        get.ifindex = 0;
        assert!(matches!(b.push(&get, 3), Err(Error::InvalidValue { .. })));
        get.ifindex = 1;
        b.push(&get, 3).unwrap();
    }

    #[test]
    #[cfg_attr(target_endian = "big", ignore = "the corpus is a little-endian capture")]
    fn every_truncation_of_a_reply_fails_cleanly() {
        let dump = include_bytes!("../../tests/fixtures/kernel-6.18/neigh_dump_inet6.bin");
        let msg = Messages::new(dump).next().unwrap().unwrap();
        let bytes = msg.bytes();
        for cut in 0..bytes.len() {
            let mut copy = [0u8; 128];
            copy[..cut].copy_from_slice(&bytes[..cut]);
            // Shorten the declared length too, so the message itself parses.
            if cut >= 16 {
                copy[..4].copy_from_slice(&(cut as u32).to_ne_bytes());
            }
            let Some(Ok(m)) = Messages::new(&copy[..cut]).next() else { continue };
            if let Ok(n) = Neighbour::parse(&m) {
                let _ = (n.dst(), n.lladdr(), n.cacheinfo(), n.probes(), n.flags_ext());
            }
        }
    }

    #[test]
    fn table_dump_matches_the_uapi_layout() {
        // ip -6 ntable show: nlmsghdr, then struct ndtmsg (family, 3 bytes of pad)
        let (buf, n) = emitted(&TableDump { family: af::INET6 }, 4);
        let want = nlmsg(66, 0x0301, 4, &[10, 0, 0, 0]); // RTM_GETNEIGHTBL, REQUEST | DUMP
        assert_eq!(&buf[..n], &want[..]);
    }

    /// What ip 6.1 sends for `ip ntable change name arp_cache thresh1 64
    /// dev <ifindex 3> queue 50 base_reachable 20000` (seen with strace):
    /// `NDTA_PARMS` without `NLA_F_NESTED`, the times as `u64`.
    #[test]
    fn table_change_matches_the_uapi_layout() {
        let parms = [
            TableParm { kind: ndtpa::QUEUE_LEN, value: 50 },
            TableParm { kind: ndtpa::BASE_REACHABLE_TIME, value: 20000 },
        ];
        let change = TableChange {
            thresholds: [Some(64), None, None],
            ifindex: Some(3),
            parms: &parms,
            ..TableChange::new("arp_cache")
        };
        let (buf, n) = emitted(&change, 9);
        let mut body = vec![0, 0, 0, 0]; // ndtmsg: AF_UNSPEC
        put_attr(&mut body, 1, b"arp_cache\0"); // NDTA_NAME
        put_attr(&mut body, 2, &64u32.to_ne_bytes()); // NDTA_THRESH1
        let mut parms = nla(1, &3u32.to_ne_bytes()); // NDTPA_IFINDEX
        put_attr(&mut parms, 8, &50u32.to_ne_bytes()); // NDTPA_QUEUE_LEN
        put_attr(&mut parms, 4, &20000u64.to_ne_bytes()); // NDTPA_BASE_REACHABLE_TIME
        put_attr(&mut body, 6, &parms); // NDTA_PARMS
        let want = nlmsg(67, 0x0105, 9, &body); // RTM_SETNEIGHTBL, REQUEST | ACK | REPLACE
        assert_eq!(&buf[..n], &want[..]);
        assert_eq!(n, 76);
    }

    #[test]
    fn table_change_refuses_what_the_kernel_cannot_take() {
        let queue = [TableParm { kind: ndtpa::QUEUE_LEN, value: 1 }];
        let bad_parms: [&[TableParm]; 4] = [
            &[TableParm { kind: ndtpa::QUEUE_LEN, value: 1 << 32 }],
            &[TableParm { kind: ndtpa::IFINDEX, value: 3 }],
            &[TableParm { kind: ndtpa::PAD, value: 0 }],
            &[TableParm { kind: 99, value: 0 }],
        ];
        let mut buf = [0u8; 128];
        let mut b = Builder::new(&mut buf);
        for change in
            bad_parms.iter().map(|parms| TableChange { parms, ..TableChange::new("arp_cache") }).chain([
                TableChange { parms: &queue, ..TableChange::new("") },
                TableChange { ifindex: Some(3), ..TableChange::new("arp_cache") },
            ])
        {
            assert!(matches!(b.push(&change, 1), Err(Error::InvalidValue { .. })), "{change:?}");
        }
        assert!(b.is_empty());
    }

    /// The table's first message of a dump as linux/neighbour.h lays it
    /// out: name, thresholds, `struct ndt_config`, the defaults in
    /// `NDTA_PARMS`, `struct ndt_stats`, the interval.
    #[test]
    fn reads_a_table_built_from_the_uapi() {
        assert_eq!(core::mem::size_of::<NdtConfig>(), 32);
        assert_eq!(core::mem::size_of::<NdtStats>(), 88);
        let mut config = Vec::new();
        for v in [4u16, 336] {
            config.extend_from_slice(&v.to_ne_bytes()); // key_len, entry_size
        }
        for v in [5u32, 1000, 2000, 0xdead_beef, 0x3f, 0, 7] {
            config.extend_from_slice(&v.to_ne_bytes()); // entries .. proxy_qlen
        }
        let stats: Vec<u8> = (1u64..=11).flat_map(u64::to_ne_bytes).collect();
        let mut parms = nla(2, &1u32.to_ne_bytes()); // NDTPA_REFCNT
        put_attr(&mut parms, 3, &23508u64.to_ne_bytes()); // NDTPA_REACHABLE_TIME
        put_attr(&mut parms, 8, &101u32.to_ne_bytes()); // NDTPA_QUEUE_LEN
        let mut body = vec![2, 0, 0, 0]; // AF_INET
        put_attr(&mut body, 1, b"arp_cache\0");
        put_attr(&mut body, 3, &512u32.to_ne_bytes()); // NDTA_THRESH2
        put_attr(&mut body, 5, &config);
        put_attr(&mut body, 6, &parms);
        put_attr(&mut body, 7, &stats);
        put_attr(&mut body, 8, &30000u64.to_ne_bytes()); // NDTA_GC_INTERVAL
        let msg = nlmsg(64, 0x2, 1, &body); // RTM_NEWNEIGHTBL, MULTI
        let t = NeighTable::parse(&Messages::new(&msg).next().unwrap().unwrap()).unwrap();
        assert_eq!(t.family(), af::INET);
        assert_eq!(t.name().unwrap(), Some("arp_cache"));
        assert_eq!((t.thresh1().unwrap(), t.thresh2().unwrap()), (None, Some(512)));
        assert_eq!(t.gc_interval().unwrap(), Some(30000));
        let c = t.config().unwrap().unwrap();
        assert_eq!((c.key_len.get(), c.entry_size.get(), c.entries.get()), (4, 336, 5));
        assert_eq!((c.hash_rnd.get(), c.hash_mask.get(), c.proxy_qlen.get()), (0xdead_beef, 0x3f, 7));
        let s = t.stats().unwrap().unwrap();
        assert_eq!((s.allocs.get(), s.forced_gc_runs.get(), s.table_fulls.get()), (1, 10, 11));
        let p = t.parms().unwrap().unwrap();
        assert_eq!((p.ifindex().unwrap(), p.refcnt().unwrap()), (None, Some(1)));
        assert_eq!((p.reachable_time().unwrap(), p.queue_len().unwrap()), (Some(23508), Some(101)));
        assert!(NeighTable::parse(&Messages::new(&nlmsg(28, 0, 1, &body)).next().unwrap().unwrap()).is_err());
    }
}
