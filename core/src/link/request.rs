//! Link requests: `ip link add | set | del | show` as typed values.
//!
//! ```
//! use nlwire::build::Builder;
//! use nlwire::link::{Add, IfName, Kind, Link};
//! use nlwire::Messages;
//!
//! let add = Add::new(IfName::new("v0")?, Kind::Veth { peer: Some(IfName::new("v1")?) }).mtu(9000);
//! let mut buf = [0u8; 256];
//! let mut b = Builder::new(&mut buf);
//! b.push(&add, 1)?;
//! let msg = Messages::new(b.as_bytes()).next().unwrap()?;
//! let link = Link::parse(&msg)?;
//! assert_eq!((link.ifname()?, link.mtu()?), (Some("v0"), Some(9000)));
//! assert_eq!(link.veth_peer()?.unwrap().ifname()?, Some("v1"));
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::IpAddr;

use zerocopy::IntoBytes;

use super::{bond, bridge, ifla, info, ipvlan, macvlan, veth, vlan, vrf, vxlan, IfFlags, IfInfoMsg};
use crate::build::{entry_requests, Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::message::{msg_type, MsgFlags};
use crate::tables::rt_link::{ipvlan_mode, macvlan_mode, RtextFilter};

pub use crate::rtnl::IFNAME_MAX;
/// Longest hardware address (`MAX_ADDR_LEN`).
pub const HWADDR_MAX: usize = 32;
/// Longest alias (`IFALIASZ - 1`).
pub const ALIAS_MAX: usize = 255;
/// Longest alternative name (`ALTIFNAMSIZ - 1`).
pub const ALTNAME_MAX: usize = 127;

/// A valid interface name, checked as the kernel's `dev_valid_name` does:
/// 1 to 15 bytes, not `.` or `..`, no `/`, `:`, whitespace or NUL.
///
/// ```
/// use nlwire::link::IfName;
/// assert!(IfName::new("eth0").is_ok());
/// assert!(IfName::new("a-name-too-long-x").is_err());
/// assert!(IfName::new("a/b").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IfName(heapless::String<IFNAME_MAX>);

impl IfName {
    /// Checks and copies `name`.
    pub fn new(name: &str) -> Result<Self> {
        if name.is_empty() {
            return Err(Error::invalid("interface name is empty"));
        }
        if name.len() > IFNAME_MAX {
            return Err(Error::invalid("interface name longer than 15 bytes"));
        }
        if name == "." || name == ".." {
            return Err(Error::invalid("interface name is . or .."));
        }
        if name.chars().any(|c| c == '/' || c == ':' || c == '\0' || c.is_whitespace()) {
            return Err(Error::invalid("interface name contains /, :, whitespace or NUL"));
        }
        let mut s = heapless::String::new();
        s.push_str(name).map_err(|()| Error::invalid("interface name longer than 15 bytes"))?;
        Ok(IfName(s))
    }
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl core::fmt::Display for IfName {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A name to find a link by among its names and alternative names
/// (`IFLA_ALT_IFNAME`): 1 to [`ALTNAME_MAX`] bytes, no NUL. Alternative
/// names are how a link has a name longer than [`IfName`]'s 15 bytes.
///
/// ```
/// use nlwire::link::{AltIfName, LinkRef};
/// let long = AltIfName::new("enp0s20f0u1u2i3-uplink")?;
/// let _link = LinkRef::AltName(long);
/// assert!(AltIfName::new("").is_err());
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AltIfName(heapless::String<ALTNAME_MAX>);

impl AltIfName {
    /// Checks and copies `name`.
    pub fn new(name: &str) -> Result<Self> {
        if name.is_empty() || name.contains('\0') {
            return Err(Error::invalid("alternative name is empty or contains NUL"));
        }
        let mut s = heapless::String::new();
        s.push_str(name).map_err(|()| Error::invalid("alternative name longer than 127 bytes"))?;
        Ok(AltIfName(s))
    }
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Options of a new bridge (`ip link add NAME type bridge ...`); unset
/// options keep the kernel's defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BridgeOptions {
    /// `stp_state` (0 off, 1 on).
    pub stp_state: Option<u32>,
    /// `forward_delay` in hundredths of a second.
    pub forward_delay: Option<u32>,
    /// `hello_time` in hundredths of a second.
    pub hello_time: Option<u32>,
    /// `max_age` in hundredths of a second.
    pub max_age: Option<u32>,
    /// `ageing_time` in hundredths of a second.
    pub ageing_time: Option<u32>,
    /// Bridge priority.
    pub priority: Option<u16>,
    /// `vlan_filtering`.
    pub vlan_filtering: Option<bool>,
    /// `vlan_default_pvid`.
    pub vlan_default_pvid: Option<u16>,
    /// `mcast_snooping`.
    pub mcast_snooping: Option<bool>,
}

/// Options of a new VXLAN (`ip link add NAME type vxlan id ID ...`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VxlanOptions {
    /// VNI, below 2^24.
    pub id: u32,
    /// Remote or multicast group.
    pub remote: Option<IpAddr>,
    /// Local address.
    pub local: Option<IpAddr>,
    /// UDP destination port (4789 is IANA's; the kernel's default is 8472).
    pub port: Option<u16>,
    /// TTL.
    pub ttl: Option<u8>,
    /// Learning of remote MACs.
    pub learning: Option<bool>,
    /// Underlying interface index.
    pub dev: Option<u32>,
}

impl VxlanOptions {
    /// VNI `id`, everything else default.
    pub fn new(id: u32) -> Self {
        VxlanOptions { id, remote: None, local: None, port: None, ttl: None, learning: None, dev: None }
    }
}

/// `MACVLAN_MODE_*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
#[allow(missing_docs)]
pub enum MacvlanMode {
    Private = macvlan_mode::PRIVATE,
    Vepa = macvlan_mode::VEPA,
    Bridge = macvlan_mode::BRIDGE,
    Passthru = macvlan_mode::PASSTHRU,
    Source = macvlan_mode::SOURCE,
}

/// `IPVLAN_MODE_*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
#[allow(missing_docs)]
pub enum IpvlanMode {
    L2 = ipvlan_mode::L2,
    L3 = ipvlan_mode::L3,
    L3s = ipvlan_mode::L3S,
}

/// The kind of a new link and its kind-specific options.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind<'a> {
    /// A veth pair; the peer gets the kernel's default name when `None`.
    Veth {
        /// The peer's name.
        peer: Option<IfName>,
    },
    /// A bridge.
    Bridge(BridgeOptions),
    /// A macvlan on the parent given by [`Add::link`].
    Macvlan(MacvlanMode),
    /// A macvtap on the parent given by [`Add::link`].
    Macvtap(MacvlanMode),
    /// A VXLAN.
    Vxlan(VxlanOptions),
    /// An 802.1Q/802.1ad VLAN on the parent given by [`Add::link`].
    Vlan {
        /// VLAN id, 0 to 4094.
        id: u16,
        /// `ETH_P_8021Q` (0x8100, the default) or `ETH_P_8021AD` (0x88a8).
        protocol: Option<u16>,
    },
    /// A bond with `BOND_MODE_*` (0 balance-rr ... 6 balance-alb).
    Bond {
        /// The mode.
        mode: Option<u8>,
    },
    /// An ipvlan on the parent given by [`Add::link`].
    Ipvlan(IpvlanMode),
    /// A VRF bound to `table`.
    Vrf {
        /// Routing table id.
        table: u32,
    },
    /// An intermediate functional block.
    Ifb,
    /// A WireGuard interface (configured over generic netlink).
    Wireguard,
    /// Any other kind by name, with raw `IFLA_INFO_DATA` if given.
    Other {
        /// `IFLA_INFO_KIND`.
        kind: &'a str,
        /// `IFLA_INFO_DATA` payload (an attribute chain), written as is.
        data: Option<&'a [u8]>,
    },
}

impl Kind<'_> {
    /// The `IFLA_INFO_KIND` string.
    pub fn name(&self) -> &str {
        match self {
            Kind::Veth { .. } => "veth",
            Kind::Bridge(_) => "bridge",
            Kind::Macvlan(_) => "macvlan",
            Kind::Macvtap(_) => "macvtap",
            Kind::Vxlan(_) => "vxlan",
            Kind::Vlan { .. } => "vlan",
            Kind::Bond { .. } => "bond",
            Kind::Ipvlan(_) => "ipvlan",
            Kind::Vrf { .. } => "vrf",
            Kind::Ifb => "ifb",
            Kind::Wireguard => "wireguard",
            Kind::Other { kind, .. } => kind,
        }
    }

    fn validate(&self) -> Result<()> {
        match self {
            Kind::Vxlan(o) if o.id >= 1 << 24 => Err(Error::invalid("VXLAN id must be below 2^24")),
            Kind::Vxlan(VxlanOptions { remote: Some(r), local: Some(l), .. })
                if r.is_ipv4() != l.is_ipv4() =>
            {
                Err(Error::invalid("VXLAN remote and local addresses of different families"))
            }
            Kind::Vlan { id, .. } if *id > 4094 => Err(Error::invalid("VLAN id must be 0 to 4094")),
            Kind::Other { kind, .. } if kind.is_empty() || kind.contains('\0') => {
                Err(Error::invalid("link kind must be a non-empty name"))
            }
            _ => Ok(()),
        }
    }

    /// `IFLA_LINKINFO { IFLA_INFO_KIND, IFLA_INFO_DATA }`.
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.nest(ifla::LINKINFO, |m| {
            m.str(info::KIND, self.name())?;
            self.emit_data(m)
        })
    }

    fn emit_data(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        match self {
            Kind::Veth { peer } => m.nest(info::DATA, |m| {
                m.nest(veth::PEER, |m| {
                    m.raw(IfInfoMsg::default().as_bytes())?;
                    match peer {
                        Some(p) => m.str(ifla::IFNAME, p.as_str()),
                        None => Ok(()),
                    }
                })
            }),
            Kind::Bridge(o) => m.nest(info::DATA, |m| {
                let u32s = [
                    (bridge::STP_STATE, o.stp_state),
                    (bridge::FORWARD_DELAY, o.forward_delay),
                    (bridge::HELLO_TIME, o.hello_time),
                    (bridge::MAX_AGE, o.max_age),
                    (bridge::AGEING_TIME, o.ageing_time),
                ];
                for (kind, v) in u32s {
                    m.opt(kind, v, MessageWriter::u32)?;
                }
                m.opt(bridge::PRIORITY, o.priority, MessageWriter::u16)?;
                if let Some(f) = o.vlan_filtering {
                    m.u8(bridge::VLAN_FILTERING, f.into())?;
                }
                m.opt(bridge::VLAN_DEFAULT_PVID, o.vlan_default_pvid, MessageWriter::u16)?;
                if let Some(s) = o.mcast_snooping {
                    m.u8(bridge::MCAST_SNOOPING, s.into())?;
                }
                Ok(())
            }),
            Kind::Macvlan(mode) | Kind::Macvtap(mode) => {
                m.nest(info::DATA, |m| m.u32(macvlan::MODE, *mode as u32))
            }
            Kind::Vxlan(o) => m.nest(info::DATA, |m| {
                m.u32(vxlan::ID, o.id)?;
                match o.remote {
                    Some(ip @ IpAddr::V4(_)) => m.ip(vxlan::GROUP, ip)?,
                    Some(ip @ IpAddr::V6(_)) => m.ip(vxlan::GROUP6, ip)?,
                    None => {}
                }
                match o.local {
                    Some(ip @ IpAddr::V4(_)) => m.ip(vxlan::LOCAL, ip)?,
                    Some(ip @ IpAddr::V6(_)) => m.ip(vxlan::LOCAL6, ip)?,
                    None => {}
                }
                m.opt(vxlan::LINK, o.dev, MessageWriter::u32)?;
                m.opt(vxlan::TTL, o.ttl, MessageWriter::u8)?;
                if let Some(l) = o.learning {
                    m.u8(vxlan::LEARNING, l.into())?;
                }
                m.opt(vxlan::PORT, o.port, MessageWriter::be16)?;
                Ok(())
            }),
            Kind::Vlan { id, protocol } => m.nest(info::DATA, |m| {
                m.u16(vlan::ID, *id)?;
                match protocol {
                    Some(p) => m.be16(vlan::PROTOCOL, *p),
                    None => Ok(()),
                }
            }),
            Kind::Bond { mode: Some(mode) } => m.nest(info::DATA, |m| m.u8(bond::MODE, *mode)),
            Kind::Ipvlan(mode) => m.nest(info::DATA, |m| m.u16(ipvlan::MODE, *mode as u16)),
            Kind::Vrf { table } => m.nest(info::DATA, |m| m.u32(vrf::TABLE, *table)),
            Kind::Other { data: Some(data), .. } => {
                m.container(info::DATA | crate::attr::NLA_F_NESTED, |m| m.raw(data))
            }
            Kind::Bond { mode: None } | Kind::Ifb | Kind::Wireguard | Kind::Other { data: None, .. } => {
                Ok(())
            }
        }
    }
}

/// Where to move a link: `ip link set DEV netns PID|NAME`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetnsTarget {
    /// The namespace of process `pid` (`IFLA_NET_NS_PID`).
    Pid(u32),
    /// An open namespace file descriptor (`IFLA_NET_NS_FD`).
    Fd(u32),
}

impl NetnsTarget {
    /// Writes the target: `IFLA_NET_NS_PID` or `IFLA_NET_NS_FD`.
    pub fn emit(self, m: &mut MessageWriter<'_>) -> Result<()> {
        match self {
            NetnsTarget::Pid(pid) => m.u32(ifla::NET_NS_PID, pid),
            NetnsTarget::Fd(fd) => m.u32(ifla::NET_NS_FD, fd),
        }
    }
}

/// Settings shared by [`Add`] and [`Set`]; unset ones are left alone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkSettings<'a> {
    /// New name (`set`) .
    pub name: Option<IfName>,
    /// MTU.
    pub mtu: Option<u32>,
    /// Administrative state: up or down.
    pub up: Option<bool>,
    /// Hardware address, 1 to 32 bytes.
    pub address: Option<&'a [u8]>,
    /// Master index; `Some(0)` is `nomaster`.
    pub master: Option<u32>,
    /// Alias, at most 255 bytes; `Some("")` removes it.
    pub alias: Option<&'a str>,
    /// Transmit queue length.
    pub txqlen: Option<u32>,
    /// Parent / lower link index (`IFLA_LINK`).
    pub link: Option<u32>,
    /// Move to another namespace.
    pub netns: Option<NetnsTarget>,
    /// Interface group.
    pub group: Option<u32>,
}

impl LinkSettings<'_> {
    fn validate(&self) -> Result<()> {
        if let Some(a) = self.address {
            if a.is_empty() || a.len() > HWADDR_MAX {
                return Err(Error::invalid("hardware address must be 1 to 32 bytes"));
            }
        }
        if let Some(alias) = self.alias {
            if alias.len() > ALIAS_MAX || alias.contains('\0') {
                return Err(Error::invalid("alias longer than 255 bytes or with a NUL"));
            }
        }
        Ok(())
    }

    fn flags(&self) -> (u32, u32) {
        match self.up {
            Some(true) => (IfFlags::UP.bits(), IfFlags::UP.bits()),
            Some(false) => (0, IfFlags::UP.bits()),
            None => (0, 0),
        }
    }

    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if let Some(name) = &self.name {
            m.str(ifla::IFNAME, name.as_str())?;
        }
        m.opt(ifla::MTU, self.mtu, MessageWriter::u32)?;
        m.opt(ifla::ADDRESS, self.address, MessageWriter::attr)?;
        m.opt(ifla::MASTER, self.master, MessageWriter::u32)?;
        if let Some(alias) = self.alias {
            // An empty IFLA_IFALIAS deletes the alias.
            m.attr(ifla::IFALIAS, alias.as_bytes())?;
        }
        m.opt(ifla::TXQLEN, self.txqlen, MessageWriter::u32)?;
        m.opt(ifla::LINK, self.link, MessageWriter::u32)?;
        m.opt(ifla::GROUP, self.group, MessageWriter::u32)?;
        self.netns.map_or(Ok(()), |netns| netns.emit(m))
    }
}

/// Which link a request is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkRef {
    /// By interface index.
    Index(u32),
    /// By name (`IFLA_IFNAME` with index 0).
    Name(IfName),
    /// By a name or an alternative name (`IFLA_ALT_IFNAME` with index 0),
    /// as iproute2 finds a name too long for `IFLA_IFNAME`. Linux 5.5 and
    /// later.
    AltName(AltIfName),
}

impl LinkRef {
    /// The link called `name`: by `IFLA_IFNAME`, or when `name` is longer
    /// than a link's own name can be, among the alternative names (as
    /// iproute2 chooses).
    ///
    /// ```
    /// use nlwire::link::LinkRef;
    /// assert!(matches!(LinkRef::named("eth0")?, LinkRef::Name(_)));
    /// assert!(matches!(LinkRef::named("enp0s20f0u1u2i3-uplink")?, LinkRef::AltName(_)));
    /// # Ok::<(), nlwire::Error>(())
    /// ```
    pub fn named(name: &str) -> Result<LinkRef> {
        Ok(match name.len() > IFNAME_MAX {
            true => LinkRef::AltName(AltIfName::new(name)?),
            false => LinkRef::Name(IfName::new(name)?),
        })
    }
    fn header(&self, flags: (u32, u32)) -> Result<IfInfoMsg> {
        let index = match self {
            LinkRef::Index(i) => {
                i32::try_from(*i).map_err(|_| Error::invalid("interface index above i32::MAX"))?
            }
            LinkRef::Name(_) | LinkRef::AltName(_) => 0,
        };
        Ok(IfInfoMsg {
            ifi_index: index.into(),
            ifi_flags: flags.0.into(),
            ifi_change: flags.1.into(),
            ..IfInfoMsg::default()
        })
    }
    fn emit_name(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        match self {
            LinkRef::Name(n) => m.str(ifla::IFNAME, n.as_str()),
            LinkRef::AltName(n) => m.str(ifla::ALT_IFNAME, n.as_str()),
            LinkRef::Index(_) => Ok(()),
        }
    }
    /// The whole body of a request about this link and nothing else.
    fn emit_alone(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&self.header((0, 0))?)?;
        self.emit_name(m)
    }
}

/// `ip link add NAME type KIND ...`: `RTM_NEWLINK` with `NLM_F_CREATE | NLM_F_EXCL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Add<'a> {
    /// The new link's name.
    pub name: IfName,
    /// Its kind and options.
    pub kind: Kind<'a>,
    /// Other settings (mtu, address, master, up, parent link, ...).
    pub settings: LinkSettings<'a>,
}

impl<'a> Add<'a> {
    /// A link `name` of `kind`.
    pub fn new(name: IfName, kind: Kind<'a>) -> Self {
        Add { name, kind, settings: LinkSettings::default() }
    }
    /// Sets the MTU.
    pub fn mtu(mut self, mtu: u32) -> Self {
        self.settings.mtu = Some(mtu);
        self
    }
    /// Sets the parent link (`link DEV` for macvlan, vlan, ipvlan).
    pub fn link(mut self, parent: u32) -> Self {
        self.settings.link = Some(parent);
        self
    }
    /// Enslaves it to `master` at creation.
    pub fn master(mut self, master: u32) -> Self {
        self.settings.master = Some(master);
        self
    }
    /// Sets the hardware address.
    pub fn address(mut self, address: &'a [u8]) -> Self {
        self.settings.address = Some(address);
        self
    }
    /// Brings it up at creation.
    pub fn up(mut self) -> Self {
        self.settings.up = Some(true);
        self
    }
}

impl Request for Add<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_NEWLINK, MsgFlags::CREATE | MsgFlags::EXCL, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.kind.validate()?;
        self.settings.validate()?;
        if self.settings.name.is_some() {
            return Err(Error::invalid("a new link is named by Add::name, not by its settings"));
        }
        if matches!(self.kind, Kind::Macvlan(_) | Kind::Macvtap(_) | Kind::Vlan { .. } | Kind::Ipvlan(_))
            && self.settings.link.is_none()
        {
            return Err(Error::invalid("this kind needs a parent link"));
        }
        let (flags, change) = self.settings.flags();
        m.family_header(&IfInfoMsg {
            ifi_flags: flags.into(),
            ifi_change: change.into(),
            ..IfInfoMsg::default()
        })?;
        m.str(ifla::IFNAME, self.name.as_str())?;
        self.settings.emit(m)?;
        self.kind.emit(m)
    }
}

/// `ip link set DEV ... [type KIND OPTIONS]`: `RTM_NEWLINK` without
/// `NLM_F_CREATE`, as iproute2 sends it; a kind's options go in
/// `IFLA_LINKINFO` (`ip link set mv0 type macvlan macaddr add MAC`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Set<'a> {
    /// The link.
    pub target: LinkRef,
    /// What to change.
    pub settings: LinkSettings<'a>,
    /// The link's kind, with the options to change.
    pub kind: Option<Kind<'a>>,
}

impl Request for Set<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_NEWLINK, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.settings.validate()?;
        // The kernel finds a link by `IFLA_IFNAME` before `IFLA_ALT_IFNAME`:
        // a new name would select the link.
        if !matches!(self.target, LinkRef::Index(_)) && self.settings.name.is_some() {
            return Err(Error::invalid("rename a link by index: the name selects the link"));
        }
        if let Some(kind) = &self.kind {
            kind.validate()?;
        }
        m.family_header(&self.target.header(self.settings.flags())?)?;
        self.target.emit_name(m)?;
        self.settings.emit(m)?;
        self.kind.as_ref().map_or(Ok(()), |kind| kind.emit(m))
    }
}

entry_requests! {
    #[derive(Debug, Clone, PartialEq, Eq)] LinkRef:
    /// `ip link del DEV`: `RTM_DELLINK`.
    Del(msg_type::RTM_DELLINK, MsgFlags::empty()) => |link, m| link.emit_alone(m);
    /// `ip link show DEV`: `RTM_GETLINK` for one link, answered by `RTM_NEWLINK`.
    Get(msg_type::RTM_GETLINK, MsgFlags::empty()) => |link, m| link.emit_alone(m);
}

/// `ip link show [type KIND] [master DEV]`: `RTM_GETLINK` dump; the kernel
/// filters by kind and master under strict checking.
///
/// ```
/// use nlwire::link::{Dump, RtextFilter};
/// // Names and flags only: the kernel leaves out the counters, which are
/// // most of its work for each link (`ip link show` without `-s`).
/// let names = Dump { ext_mask: RtextFilter::SKIP_STATS, ..Dump::default() };
/// # let _ = names;
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dump<'a> {
    /// Address family: 0, or `AF_BRIDGE` (7) for bridge port data.
    pub family: u8,
    /// Only links of this kind.
    pub kind: Option<&'a str>,
    /// Only links enslaved to this master.
    pub master: Option<u32>,
    /// `IFLA_EXT_MASK`, sent when not empty: what the kernel adds
    /// (`VF`, bridge VLANs) or leaves out (`SKIP_STATS`).
    pub ext_mask: RtextFilter,
}

impl Request for Dump<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETLINK, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&IfInfoMsg { ifi_family: self.family, ..IfInfoMsg::default() })?;
        m.opt(ifla::MASTER, self.master, MessageWriter::u32)?;
        if !self.ext_mask.is_empty() {
            m.u32(ifla::EXT_MASK, self.ext_mask.bits())?;
        }
        if let Some(kind) = self.kind {
            m.nest(ifla::LINKINFO, |m| m.str(info::KIND, kind))?;
        }
        Ok(())
    }
}

/// `bridge -s vlan show`, `ip stats show`: the `RTM_GETSTATS` dump of
/// every link's statistics that `filter_mask` chooses (see
/// [`stats_filter_bit`]), answered by `RTM_NEWSTATS` that
/// [`LinkStats`](super::LinkStats) reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatsDump {
    /// `IFLA_STATS_FILTER_BIT`s of the `IFLA_STATS_*` attributes wanted.
    pub filter_mask: u32,
    /// Which `IFLA_OFFLOAD_XSTATS_*` of `IFLA_STATS_LINK_OFFLOAD_XSTATS`
    /// (bit `attr - 1` each), sent in `IFLA_STATS_GET_FILTERS` unless 0.
    pub offload_filter: u32,
}

/// `IFLA_STATS_FILTER_BIT(attr)`: the bit of a [`StatsDump`]'s
/// `filter_mask` that asks for `IFLA_STATS_*` attribute `attr` (1 to 32).
pub const fn stats_filter_bit(attr: u16) -> u32 {
    1 << (attr - 1)
}

impl Request for StatsDump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETSTATS, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.emit_for(0, m)
    }
}

/// `ip token set TOKEN dev DEV` (`del`: `::`): the IPv6 interface
/// identifier SLAAC addresses take instead of one made from the MAC,
/// `RTM_SETLINK` of family `AF_INET6` with `IFLA_INET6_TOKEN` in
/// `IFLA_AF_SPEC`, as iproute2 sends it (nests without `NLA_F_NESTED`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetToken {
    /// The link.
    pub ifindex: u32,
    /// The token: the last 64 bits count.
    pub token: core::net::Ipv6Addr,
}

impl Request for SetToken {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_SETLINK, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let ifi_index = i32::try_from(self.ifindex)
            .map_err(|_| Error::InvalidValue { what: "interface index above i32::MAX" })?;
        let inet6 = crate::rtnl::af::INET6;
        m.family_header(&IfInfoMsg {
            ifi_family: inet6,
            ifi_index: ifi_index.into(),
            ..IfInfoMsg::default()
        })?;
        m.container(ifla::AF_SPEC, |m| {
            m.container(inet6.into(), |m| m.ip(super::inet6::TOKEN, IpAddr::V6(self.token)))
        })
    }
}

/// `ip link property add|del dev DEV altname NAME...`: `RTM_NEWLINKPROP`
/// (with `NLM_F_CREATE | NLM_F_EXCL | NLM_F_APPEND`, as iproute2 sends it)
/// or `RTM_DELLINKPROP`, each name an `IFLA_ALT_IFNAME` in `IFLA_PROP_LIST`.
///
/// ```
/// use nlwire::link::AltNames;
/// let add = AltNames { ifindex: 3, names: &["uplink", "wan"], delete: false };
/// # let _ = add;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AltNames<'a> {
    /// The link.
    pub ifindex: u32,
    /// The names: 1 to [`ALTNAME_MAX`] bytes each.
    pub names: &'a [&'a str],
    /// Remove the names rather than add them.
    pub delete: bool,
}

impl Request for AltNames<'_> {
    fn header(&self, seq: u32) -> Header {
        match self.delete {
            true => Header::acked(msg_type::RTM_DELLINKPROP, MsgFlags::empty(), seq),
            false => Header::acked(
                msg_type::RTM_NEWLINKPROP,
                MsgFlags::CREATE | MsgFlags::EXCL | MsgFlags::APPEND,
                seq,
            ),
        }
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if self.names.iter().any(|n| n.is_empty() || n.len() > ALTNAME_MAX) {
            return Err(Error::invalid("alternative name must be 1 to 127 bytes"));
        }
        let ifi_index = i32::try_from(self.ifindex)
            .map_err(|_| Error::InvalidValue { what: "interface index above i32::MAX" })?;
        m.family_header(&IfInfoMsg { ifi_index: ifi_index.into(), ..IfInfoMsg::default() })?;
        m.nest(ifla::PROP_LIST, |m| self.names.iter().try_for_each(|name| m.str(ifla::ALT_IFNAME, name)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::Link;
    use crate::test_prelude::*;
    use core::net::Ipv4Addr;

    fn name(s: &str) -> IfName {
        IfName::new(s).unwrap()
    }

    fn emit(r: &dyn Request) -> ([u8; 512], usize) {
        emitted(r, 9)
    }

    /// A link found by a name too long for `IFLA_IFNAME`: built by hand
    /// from linux/rtnetlink.h and linux/if_link.h (`IFLA_ALT_IFNAME` 53, a
    /// NUL-terminated string), the attribute iproute2's `ll_link_get` asks
    /// with for such a name.
    #[test]
    fn a_long_name_is_looked_up_as_an_alternative_name() {
        let long = "uplink-to-the-core-a"; // 20 bytes
        let (buf, len) = emitted(&Get(LinkRef::AltName(AltIfName::new(long).unwrap())), 5);
        let mut want = Vec::new();
        want.extend_from_slice(&60u32.to_ne_bytes());
        want.extend_from_slice(&18u16.to_ne_bytes()); // RTM_GETLINK
        want.extend_from_slice(&0x5u16.to_ne_bytes()); // REQUEST | ACK, as the core's every get
        want.extend_from_slice(&5u32.to_ne_bytes());
        want.extend_from_slice(&0u32.to_ne_bytes());
        want.extend_from_slice(&[0; 16]); // ifinfomsg: family 0, index 0
        want.extend_from_slice(&25u16.to_ne_bytes()); // 4 + 20 + NUL
        want.extend_from_slice(&53u16.to_ne_bytes());
        want.extend_from_slice(long.as_bytes());
        want.extend_from_slice(&[0, 0, 0, 0]); // NUL and padding to 28
        assert_eq!(&buf[..len], &want[..]);

        assert!(AltIfName::new(&"x".repeat(ALTNAME_MAX)).is_ok());
        assert!(AltIfName::new(&"x".repeat(ALTNAME_MAX + 1)).is_err());
        assert!(AltIfName::new("a\0b").is_err());
        // A new name would select the link in the kernel's lookup.
        let rename = LinkSettings { name: Some(name("v9")), ..LinkSettings::default() };
        let set =
            Set { target: LinkRef::AltName(AltIfName::new(long).unwrap()), settings: rename, kind: None };
        let mut buf = [0u8; 512];
        assert!(matches!(Builder::new(&mut buf).push(&set, 1), Err(Error::InvalidValue { .. })));
    }

    /// What ip 6.1 sent for `ip token set ::1:2:3:4/64 dev <ifindex 3>`
    /// under strace, built by hand from linux/rtnetlink.h and linux/if_link.h.
    #[test]
    fn a_token_is_set_as_ip_sets_it() {
        let token: core::net::Ipv6Addr = "::1:2:3:4".parse().unwrap();
        let (buf, len) = emitted(&SetToken { ifindex: 3, token }, 7);
        let mut want = Vec::new();
        want.extend_from_slice(&60u32.to_ne_bytes());
        want.extend_from_slice(&19u16.to_ne_bytes()); // RTM_SETLINK
        want.extend_from_slice(&0x5u16.to_ne_bytes()); // REQUEST | ACK
        want.extend_from_slice(&7u32.to_ne_bytes());
        want.extend_from_slice(&0u32.to_ne_bytes());
        want.extend_from_slice(&[10, 0, 0, 0]); // ifi_family AF_INET6, pad, ifi_type 0
        want.extend_from_slice(&3i32.to_ne_bytes()); // ifi_index
        want.extend_from_slice(&[0; 8]); // ifi_flags, ifi_change
        for (len, kind) in [(28u16, 26u16), (24, 10), (20, 7)] {
            // IFLA_AF_SPEC, AF_INET6, IFLA_INET6_TOKEN: no NLA_F_NESTED
            want.extend_from_slice(&len.to_ne_bytes());
            want.extend_from_slice(&kind.to_ne_bytes());
        }
        want.extend_from_slice(&token.octets());
        assert_eq!(&buf[..len], &want[..]);
    }

    /// `ip link property add dev <ifindex 3> altname wan altname up0` and
    /// `del` of the same, as ip 6.1 sends them, built by hand from
    /// linux/rtnetlink.h (`RTM_NEWLINKPROP` 108, `RTM_DELLINKPROP` 109) and
    /// linux/if_link.h (`IFLA_PROP_LIST` 52 nested, `IFLA_ALT_IFNAME` 53).
    #[test]
    fn alternative_names_are_added_and_removed_as_ip_does() {
        for (delete, kind, flags) in [(false, 108u16, 0xe05u16), (true, 109, 0x5)] {
            let (buf, len) = emitted(&AltNames { ifindex: 3, names: &["wan", "up0"], delete }, 7);
            let mut want = Vec::new();
            want.extend_from_slice(&52u32.to_ne_bytes());
            want.extend_from_slice(&kind.to_ne_bytes());
            // REQUEST | ACK, and for add CREATE (0x400) | EXCL (0x200) | APPEND (0x800)
            want.extend_from_slice(&flags.to_ne_bytes());
            want.extend_from_slice(&7u32.to_ne_bytes());
            want.extend_from_slice(&0u32.to_ne_bytes());
            want.extend_from_slice(&[0, 0, 0, 0]); // ifi_family, pad, ifi_type
            want.extend_from_slice(&3i32.to_ne_bytes());
            want.extend_from_slice(&[0; 8]); // ifi_flags, ifi_change
            want.extend_from_slice(&20u16.to_ne_bytes());
            want.extend_from_slice(&(52u16 | 0x8000).to_ne_bytes());
            for name in [b"wan", b"up0"] {
                want.extend_from_slice(&8u16.to_ne_bytes());
                want.extend_from_slice(&53u16.to_ne_bytes());
                want.extend_from_slice(name);
                want.push(0);
            }
            assert_eq!(&buf[..len], &want[..]);
        }
        let long = "a".repeat(128);
        for names in [&[""][..], &[long.as_str()][..]] {
            let mut buf = [0u8; 256];
            let mut b = Builder::new(&mut buf);
            assert!(b.push(&AltNames { ifindex: 3, names, delete: false }, 1).is_err());
            assert!(b.is_empty());
        }
        let ok = "a".repeat(127);
        emitted(&AltNames { ifindex: 3, names: &[ok.as_str()], delete: false }, 1);
    }

    #[test]
    fn names_are_checked_as_the_kernel_does() {
        for bad in ["", ".", "..", "a/b", "a:b", "a b", "tab\t", "sixteen-bytes-xx", "nul\0"] {
            assert!(IfName::new(bad).is_err(), "{bad:?}");
        }
        for good in ["eth0", "fifteen-bytes-x", "veth-é"] {
            assert_eq!(IfName::new(good).unwrap().as_str(), good);
        }
    }

    #[test]
    fn every_kind_round_trips() {
        let kinds = [
            Kind::Veth { peer: Some(name("p1")) },
            Kind::Bridge(BridgeOptions {
                stp_state: Some(1),
                vlan_filtering: Some(true),
                ..BridgeOptions::default()
            }),
            Kind::Macvlan(MacvlanMode::Bridge),
            Kind::Macvtap(MacvlanMode::Vepa),
            Kind::Vxlan(VxlanOptions {
                remote: Some(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 9))),
                port: Some(4789),
                learning: Some(false),
                ..VxlanOptions::new(42)
            }),
            Kind::Vlan { id: 100, protocol: Some(0x88a8) },
            Kind::Bond { mode: Some(4) },
            Kind::Ipvlan(IpvlanMode::L3),
            Kind::Vrf { table: 1001 },
            Kind::Ifb,
            Kind::Wireguard,
            Kind::Other { kind: "dummy", data: None },
        ];
        for kind in kinds {
            let add = Add::new(name("n0"), kind.clone()).link(2).mtu(1400).up();
            let (buf, len) = emit(&add);
            let msg = Messages::new(&buf[..len]).next().unwrap().unwrap();
            assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::ACK | MsgFlags::CREATE | MsgFlags::EXCL);
            let link = Link::parse(&msg).unwrap();
            assert_eq!(link.ifname().unwrap(), Some("n0"));
            assert_eq!(link.mtu().unwrap(), Some(1400));
            assert!(link.flags().contains(IfFlags::UP));
            assert_eq!(link.header().ifi_change.get(), IfFlags::UP.bits());
            let li = link.linkinfo().unwrap().unwrap();
            assert_eq!(li.kind().unwrap(), Some(kind.name()));
            let data = li.data().unwrap();
            match &kind {
                Kind::Veth { .. } => {
                    assert_eq!(link.veth_peer().unwrap().unwrap().ifname().unwrap(), Some("p1"))
                }
                Kind::Vxlan(_) => {
                    let d = data.unwrap();
                    assert_eq!(d.find(vxlan::ID).unwrap().unwrap().u32().unwrap(), 42);
                    assert_eq!(d.find(vxlan::PORT).unwrap().unwrap().be16().unwrap(), 4789);
                    assert_eq!(
                        d.find(vxlan::GROUP).unwrap().unwrap().ip().unwrap(),
                        IpAddr::V4(Ipv4Addr::new(192, 0, 2, 9))
                    );
                    assert_eq!(d.find(vxlan::LEARNING).unwrap().unwrap().u8().unwrap(), 0);
                }
                Kind::Vlan { .. } => {
                    let d = data.unwrap();
                    assert_eq!(d.find(vlan::ID).unwrap().unwrap().u16().unwrap(), 100);
                    assert_eq!(d.find(vlan::PROTOCOL).unwrap().unwrap().be16().unwrap(), 0x88a8);
                }
                Kind::Bridge(_) => {
                    let d = data.unwrap();
                    assert_eq!(d.find(bridge::STP_STATE).unwrap().unwrap().u32().unwrap(), 1);
                    assert_eq!(d.find(bridge::VLAN_FILTERING).unwrap().unwrap().u8().unwrap(), 1);
                }
                Kind::Macvlan(m) | Kind::Macvtap(m) => {
                    assert_eq!(data.unwrap().find(macvlan::MODE).unwrap().unwrap().u32().unwrap(), *m as u32)
                }
                Kind::Bond { mode } => {
                    assert_eq!(data.unwrap().find(bond::MODE).unwrap().unwrap().u8().ok(), *mode)
                }
                Kind::Ipvlan(m) => {
                    assert_eq!(data.unwrap().find(ipvlan::MODE).unwrap().unwrap().u16().unwrap(), *m as u16)
                }
                Kind::Vrf { table } => {
                    assert_eq!(data.unwrap().find(vrf::TABLE).unwrap().unwrap().u32().unwrap(), *table)
                }
                Kind::Ifb | Kind::Wireguard | Kind::Other { .. } => assert!(data.is_none()),
            }
        }
    }

    /// `bridge -s vlan show`'s two dumps, as bridge 6.1 sends them (strace):
    /// `RTM_GETSTATS` (94), `NLM_F_REQUEST | NLM_F_DUMP`, `struct
    /// if_stats_msg { u8 family; u8 pad1; u16 pad2; u32 ifindex; u32
    /// filter_mask; }` of family 0, index 0, the mask
    /// `IFLA_STATS_FILTER_BIT(IFLA_STATS_LINK_XSTATS)` (2, bit 1), then
    /// `(IFLA_STATS_LINK_XSTATS_SLAVE)` (3, bit 2).
    #[test]
    fn stats_dump_is_byte_exact() {
        for (attr, mask) in [(2u16, 2u32), (3, 4)] {
            let (buf, len) = emit(&StatsDump { filter_mask: stats_filter_bit(attr), ..StatsDump::default() });
            let mut want = [0u8; 28];
            let mut put = |at: usize, bytes: &[u8]| want[at..at + bytes.len()].copy_from_slice(bytes);
            put(0, &28u32.to_ne_bytes());
            put(4, &94u16.to_ne_bytes());
            put(6, &0x301u16.to_ne_bytes());
            put(8, &9u32.to_ne_bytes());
            put(24, &mask.to_ne_bytes());
            assert_eq!(&buf[..len], &want[..]);
        }
    }

    /// `ip link add v0 type veth peer name v1`, by hand from the UAPI layout.
    #[test]
    fn veth_add_is_byte_exact() {
        let (buf, len) = emit(&Add::new(name("v0"), Kind::Veth { peer: Some(name("v1")) }));
        let mut want = [0u8; 88];
        let mut put = |at: usize, bytes: &[u8]| want[at..at + bytes.len()].copy_from_slice(bytes);
        put(0, &88u32.to_ne_bytes()); // nlmsg_len
        put(4, &16u16.to_ne_bytes()); // RTM_NEWLINK
        put(6, &0x0605u16.to_ne_bytes()); // REQUEST | ACK | EXCL | CREATE
        put(8, &9u32.to_ne_bytes()); // seq; pid 0
                                     // 16..32: struct ifinfomsg, all zero.
        put(32, &7u16.to_ne_bytes()); // IFLA_IFNAME "v0\0", padded to 8
        put(34, &3u16.to_ne_bytes());
        put(36, b"v0");
        put(40, &48u16.to_ne_bytes()); // IFLA_LINKINFO | NLA_F_NESTED
        put(42, &(18u16 | 0x8000).to_ne_bytes());
        put(44, &9u16.to_ne_bytes()); // IFLA_INFO_KIND "veth\0", padded to 12
        put(46, &1u16.to_ne_bytes());
        put(48, b"veth");
        put(56, &32u16.to_ne_bytes()); // IFLA_INFO_DATA | NLA_F_NESTED
        put(58, &(2u16 | 0x8000).to_ne_bytes());
        put(60, &28u16.to_ne_bytes()); // VETH_INFO_PEER | NLA_F_NESTED: ifinfomsg + IFLA_IFNAME
        put(62, &(1u16 | 0x8000).to_ne_bytes());
        // 64..80: the peer's struct ifinfomsg, all zero.
        put(80, &7u16.to_ne_bytes()); // IFLA_IFNAME "v1\0"
        put(82, &3u16.to_ne_bytes());
        put(84, b"v1");
        assert_eq!(&buf[..len], &want[..]);
    }

    #[test]
    fn set_del_get_dump_headers() {
        let settings =
            LinkSettings { up: Some(false), master: Some(0), mtu: Some(9000), ..LinkSettings::default() };
        let (buf, len) = emit(&Set { target: LinkRef::Index(7), settings, kind: None });
        let msg = Messages::new(&buf[..len]).next().unwrap().unwrap();
        assert_eq!((msg.kind(), msg.flags()), (msg_type::RTM_NEWLINK, MsgFlags::REQUEST | MsgFlags::ACK));
        let link = Link::parse(&msg).unwrap();
        assert_eq!((link.ifindex(), link.flags(), link.header().ifi_change.get()), (7, IfFlags::empty(), 1));
        assert_eq!((link.master().unwrap(), link.mtu().unwrap()), (Some(0), Some(9000)));

        let (buf, len) = emit(&Del(LinkRef::Name(name("v0"))));
        let msg = Messages::new(&buf[..len]).next().unwrap().unwrap();
        assert_eq!(msg.kind(), msg_type::RTM_DELLINK);
        assert_eq!(Link::parse(&msg).unwrap().ifname().unwrap(), Some("v0"));

        let (buf, len) = emit(&Dump { family: 0, kind: Some("veth"), master: Some(3), ..Dump::default() });
        let msg = Messages::new(&buf[..len]).next().unwrap().unwrap();
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::DUMP);
        let link = Link::parse(&msg).unwrap();
        assert_eq!(link.linkinfo().unwrap().unwrap().kind().unwrap(), Some("veth"));
        assert_eq!(link.master().unwrap(), Some(3));
    }

    #[test]
    fn a_dump_sends_its_ext_mask_only_when_it_has_one() {
        // nlmsghdr (16) + ifinfomsg (16), then IFLA_EXT_MASK (29) = RTEXT_FILTER_SKIP_STATS (8),
        // as `ip link show` sends it (if_link.h, rtnetlink.h).
        let mut expected = Vec::new();
        expected.extend_from_slice(&40u32.to_ne_bytes());
        expected.extend_from_slice(&18u16.to_ne_bytes()); // RTM_GETLINK
        expected.extend_from_slice(&0x301u16.to_ne_bytes()); // NLM_F_REQUEST | NLM_F_DUMP
        expected.extend_from_slice(&9u32.to_ne_bytes()); // seq
        expected.extend_from_slice(&[0; 4 + 16]); // pid, ifinfomsg
        put_attr(&mut expected, 29, &8u32.to_ne_bytes());
        let (buf, len) = emit(&Dump { ext_mask: RtextFilter::SKIP_STATS, ..Dump::default() });
        assert_eq!(&buf[..len], &expected[..]);
        let (_, len) = emit(&Dump::default());
        assert_eq!(len, 32, "no attribute without a mask");
    }

    #[test]
    fn set_with_a_kind_writes_its_linkinfo() {
        // ip link set dev 7 type macvlan macaddr flush: IFLA_MACVLAN_MACADDR_MODE (3) = MACVLAN_MACADDR_FLUSH (3).
        let data = [8, 0, 3, 0, 3, 0, 0, 0];
        let kind = Some(Kind::Other { kind: "macvlan", data: Some(&data) });
        let (buf, len) = emit(&Set { target: LinkRef::Index(7), settings: LinkSettings::default(), kind });
        let msg = Messages::new(&buf[..len]).next().unwrap().unwrap();
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::ACK, "no NLM_F_CREATE");
        let info = Link::parse(&msg).unwrap().linkinfo().unwrap().unwrap();
        assert_eq!(info.kind().unwrap(), Some("macvlan"));
        assert_eq!(info.data().unwrap().unwrap().bytes(), &data);
    }

    #[test]
    fn invalid_values_write_nothing() {
        let long = [0u8; 33];
        let requests: [&dyn Request; 7] = [
            &Add::new(name("x"), Kind::Vxlan(VxlanOptions::new(1 << 24))),
            &Add::new(name("x"), Kind::Vlan { id: 4095, protocol: None }).link(2),
            &Add::new(name("x"), Kind::Macvlan(MacvlanMode::Bridge)),
            &Add::new(name("x"), Kind::Ifb).address(&long),
            &Add::new(name("x"), Kind::Other { kind: "", data: None }),
            &Set { target: LinkRef::Index(u32::MAX), settings: LinkSettings::default(), kind: None },
            &Set {
                target: LinkRef::Index(1),
                settings: LinkSettings::default(),
                kind: Some(Kind::Vlan { id: 4095, protocol: None }),
            },
        ];
        for r in requests {
            let mut buf = [0u8; 256];
            let mut b = Builder::new(&mut buf);
            assert!(matches!(b.push(r, 1), Err(Error::InvalidValue { .. })));
            assert!(b.is_empty());
        }
    }
}
