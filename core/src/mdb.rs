//! The bridge multicast database (`bridge mdb`): `struct br_port_msg`,
//! the [`Mdb`] view of what the kernel sends (each port's membership of a
//! group, [`PortGroup`], and the multicast router ports, [`RouterPort`]),
//! and the requests [`Add`], [`Replace`], [`Del`], [`Get`] and [`Dump`].
//!
//! ```
//! use nlwire::build::Builder;
//! use nlwire::mdb::{Add, Group, MdbEntry};
//! // bridge mdb add dev br0 port v0 grp 239.1.1.1 permanent vid 5 (br0 is 2, v0 is 3)
//! let entry = MdbEntry { permanent: true, vid: 5, ..MdbEntry::new(2, 3, Group::Ip("239.1.1.1".parse().unwrap())) };
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! b.push(&Add(entry), 1)?;
//! assert_eq!(b.len(), 16 + 8 + 4 + 28); // nlmsghdr, br_port_msg, MDBA_SET_ENTRY
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::fmt;
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::attr::{try_iter, Attr, Attrs};
use crate::build::{entry_requests, Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::message::{message_view, msg_type, MsgFlags};
use crate::tables::rt_mdb::{MdbaAttrs, MdbaMdbEattrAttrs, MdbaRouterPattrAttrs};
use crate::tc::eth_p;
use crate::wire::{align, BeU16, NeU16, NeU32};

pub use crate::tables::rt_mdb::{
    mcast_filter_mode as filter_mode, mdb_rtr_type as rtr_type, mdba_attrs as mdba,
    mdba_mdb_eattr_attrs as mdb_eattr, mdba_set_entry_attrs as mdba_set, mdbe_attrs as mdbe, BrMdbEntry,
    BrPortMsg, MdbFlags,
};
use crate::tables::rt_mdb::{mdb_state, mdba_mdb_attrs, mdba_mdb_entry_attrs, mdba_router_attrs};
use crate::tables::rt_mdb::{mdba_mdb_srcattr_attrs, mdba_mdb_srclist_attrs, MdbaMdbSrcattrAttrs};
use crate::tables::rt_mdb::{mdbe_src_list_attrs, mdbe_srcattr_attrs};

/// `AF_BRIDGE`: the family of every MDB message.
pub use crate::rtnl::af::BRIDGE as AF_BRIDGE;

message_view! {
    /// A view of an `RTM_NEWMDB`/`RTM_DELMDB`/`RTM_GETMDB` message: the
    /// entries and router ports of one bridge.
    /// The family is `AF_BRIDGE` in notifications and requests, 0 in dumps.
    Mdb, BrPortMsg, MdbaAttrs, "mdb", family = family, [msg_type::RTM_NEWMDB, msg_type::RTM_DELMDB, msg_type::RTM_GETMDB],
    header {
        /// The bridge.
        ifindex: u32 = ifindex.get(),
    }
}

/// The attributes of kind `kind` inside each nest of `outer`, in order.
fn inside<'a>(
    outer: impl Iterator<Item = Result<Attr<'a>>> + 'a,
    kind: u16,
) -> impl Iterator<Item = Result<Attr<'a>>> + 'a {
    outer.flat_map(move |nest| try_iter(nest.map(|a| a.nested().find_all(kind))))
}

/// A struct-headed payload: the struct, then attributes from its aligned end.
fn headed<'a, T>(attr: &Attr<'a>) -> Result<(&'a T, Attrs<'a>)>
where
    T: zerocopy::FromBytes + zerocopy::KnownLayout + zerocopy::Immutable + zerocopy::Unaligned,
{
    let header = attr.as_struct::<T>()?;
    let skip = align(core::mem::size_of::<T>());
    let rest = attr.payload().get(skip..).unwrap_or(&[]);
    Ok((header, Attrs::with_offset(rest, attr.offset() + crate::attr::NLA_HDRLEN + skip)))
}

impl<'a> Mdb<'a> {
    /// Every port's membership of a group (`MDBA_MDB` / `MDBA_MDB_ENTRY` /
    /// `MDBA_MDB_ENTRY_INFO`), in the kernel's order.
    pub fn port_groups(&self) -> impl Iterator<Item = Result<PortGroup<'a>>> + 'a {
        let entries = inside(self.attrs().find_all(mdba::MDB), mdba_mdb_attrs::ENTRY);
        inside(entries, mdba_mdb_entry_attrs::INFO).map(|info| {
            let (entry, attrs) = headed::<BrMdbEntry>(&info?)?;
            Ok(PortGroup { entry, attrs: MdbaMdbEattrAttrs(attrs) })
        })
    }
    /// The multicast router ports (`MDBA_ROUTER` / `MDBA_ROUTER_PORT`).
    pub fn router_ports(&self) -> impl Iterator<Item = Result<RouterPort<'a>>> + 'a {
        inside(self.attrs().find_all(mdba::ROUTER), mdba_router_attrs::PORT).map(|port| {
            let (ifindex, attrs) = headed::<NeU32>(&port?)?;
            Ok(RouterPort { ifindex: ifindex.get(), attrs: MdbaRouterPattrAttrs(attrs) })
        })
    }
}

/// A multicast group: an IP group or, with no protocol, a link-layer one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// An IPv4 or IPv6 group (`ETH_P_IP`, `ETH_P_IPV6`).
    Ip(IpAddr),
    /// A link-layer group (protocol 0).
    Mac([u8; 6]),
}

impl Group {
    /// The group of `entry`: read by its `proto`, which must be `ETH_P_IP`,
    /// `ETH_P_IPV6` or 0.
    pub fn of(entry: &BrMdbEntry) -> Result<Group> {
        let a = entry.addr;
        Ok(match entry.proto.get() {
            eth_p::IP => Group::Ip(IpAddr::V4(Ipv4Addr::new(a[0], a[1], a[2], a[3]))),
            eth_p::IPV6 => Group::Ip(IpAddr::V6(Ipv6Addr::from(a))),
            0 => Group::Mac([a[0], a[1], a[2], a[3], a[4], a[5]]),
            _ => return Err(Error::InvalidValue { what: "MDB group of an unknown protocol" }),
        })
    }

    /// The union `addr` and `proto` of a `struct br_mdb_entry`.
    fn wire(self) -> ([u8; 16], u16) {
        let mut addr = [0u8; 16];
        let proto = match self {
            Group::Ip(IpAddr::V4(ip)) => {
                addr[..4].copy_from_slice(&ip.octets());
                eth_p::IP
            }
            Group::Ip(IpAddr::V6(ip)) => {
                addr = ip.octets();
                eth_p::IPV6
            }
            Group::Mac(mac) => {
                addr[..6].copy_from_slice(&mac);
                0
            }
        };
        (addr, proto)
    }
}

/// As `bridge mdb show` prints it: the address, or `01:00:5e:00:00:01`.
impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Group::Ip(ip) => ip.fmt(f),
            Group::Mac(m) => {
                write!(f, "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}", m[0], m[1], m[2], m[3], m[4], m[5])
            }
        }
    }
}

/// One port's membership of a group: an `MDBA_MDB_ENTRY_INFO`, its
/// `struct br_mdb_entry` and its `MDBA_MDB_EATTR_*` attributes (timer,
/// source, source list, filter mode, protocol), read through `Deref`.
#[derive(Clone, Debug)]
pub struct PortGroup<'a> {
    entry: &'a BrMdbEntry,
    attrs: MdbaMdbEattrAttrs<'a>,
}

impl<'a> PortGroup<'a> {
    /// The `struct br_mdb_entry` as sent.
    pub fn entry(&self) -> &'a BrMdbEntry {
        self.entry
    }
    /// The port (the bridge itself for a group the host joined).
    pub fn port(&self) -> u32 {
        self.entry.ifindex.get()
    }
    /// The group.
    pub fn group(&self) -> Result<Group> {
        Group::of(self.entry)
    }
    /// `permanent` (`MDB_PERMANENT`) rather than `temp`.
    pub fn permanent(&self) -> bool {
        self.entry.state == mdb_state::PERMANENT
    }
    /// `MDB_FLAGS_*`.
    pub fn flags(&self) -> MdbFlags {
        MdbFlags::from_bits_retain(self.entry.flags)
    }
    /// The VLAN, 0 for none.
    pub fn vid(&self) -> u16 {
        self.entry.vid.get()
    }
    /// The sources of the source list (`MDBA_MDB_EATTR_SRC_LIST`), each
    /// with its timer in hundredths of a second; none without a list.
    pub fn sources(&self) -> impl Iterator<Item = Result<(IpAddr, u32)>> + 'a {
        let list = self.attrs.src_list().map(Option::unwrap_or_default).map(|l| l.0);
        try_iter(list.map(|l| l.find_all(mdba_mdb_srclist_attrs::ENTRY))).map(|source| {
            let s = MdbaMdbSrcattrAttrs(source?.nested());
            let address = s.address()?.ok_or(Error::MissingAttr { kind: mdba_mdb_srcattr_attrs::ADDRESS })?;
            Ok((address, s.timer()?.unwrap_or(0)))
        })
    }
}

crate::attr::deref_to_attrs!(PortGroup, MdbaMdbEattrAttrs);

/// A multicast router port: an `MDBA_ROUTER_PORT`, the port's index and
/// its `MDBA_ROUTER_PATTR_*` attributes (timer, type), read through `Deref`.
#[derive(Clone, Debug)]
pub struct RouterPort<'a> {
    ifindex: u32,
    attrs: MdbaRouterPattrAttrs<'a>,
}

impl RouterPort<'_> {
    /// The port.
    pub fn ifindex(&self) -> u32 {
        self.ifindex
    }
}

crate::attr::deref_to_attrs!(RouterPort, MdbaRouterPattrAttrs);

/// An MDB entry to add, replace or delete, as `bridge mdb add` takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MdbEntry<'a> {
    /// The bridge (`dev`).
    pub bridge: u32,
    /// The port (`port`), or the bridge itself for the host's membership.
    pub port: u32,
    /// The group (`grp`).
    pub group: Group,
    /// `permanent` rather than `temp` (ignored on delete, as by bridge).
    pub permanent: bool,
    /// `vid`: the VLAN, 0 for none.
    pub vid: u16,
    /// `src`: an (S, G) entry's source (`MDBE_ATTR_SOURCE`).
    pub source: Option<IpAddr>,
    /// `filter_mode`: [`filter_mode::INCLUDE`] or [`filter_mode::EXCLUDE`]
    /// (`MDBE_ATTR_GROUP_MODE`).
    pub filter_mode: Option<u8>,
    /// `source_list`: the sources of a (*, G) entry (`MDBE_ATTR_SRC_LIST`).
    pub source_list: &'a [IpAddr],
    /// `proto`: who added the entry (`MDBE_ATTR_RTPROT`, `RTPROT_STATIC`
    /// when absent).
    pub protocol: Option<u8>,
}

impl MdbEntry<'_> {
    /// A `temp` entry of `group` on `port` of `bridge`, nothing else set.
    pub fn new(bridge: u32, port: u32, group: Group) -> Self {
        MdbEntry {
            bridge,
            port,
            group,
            permanent: false,
            vid: 0,
            source: None,
            filter_mode: None,
            source_list: &[],
            protocol: None,
        }
    }

    /// A change names its port.
    fn emit_change(&self, m: &mut MessageWriter<'_>, adding: bool) -> Result<()> {
        if self.port == 0 {
            return Err(Error::InvalidValue { what: "MDB entry without its port" });
        }
        self.emit(m, adding)
    }

    /// `br_port_msg`, `MDBA_SET_ENTRY` and, when any is set,
    /// `MDBA_SET_ENTRY_ATTRS` (`MDBA_GET_ENTRY*` have the same numbers);
    /// `permanent` only when `adding`.
    fn emit(&self, m: &mut MessageWriter<'_>, adding: bool) -> Result<()> {
        if self.vid >= 4095 {
            return Err(Error::InvalidValue { what: "VLAN id above 4094" });
        }
        if self.bridge == 0 {
            return Err(Error::InvalidValue { what: "MDB entry without its bridge" });
        }
        let (addr, proto) = self.group.wire();
        m.family_header(&BrPortMsg { family: AF_BRIDGE, hole1: [0; 3], ifindex: NeU32::new(self.bridge) })?;
        let entry = BrMdbEntry {
            ifindex: NeU32::new(self.port),
            state: if adding && self.permanent { mdb_state::PERMANENT } else { mdb_state::TEMPORARY },
            flags: 0,
            vid: NeU16::new(self.vid),
            addr,
            proto: BeU16::new(proto),
            hole1: [0; 2],
        };
        m.struct_attr(mdba_set::ENTRY, &entry)?;
        let extra = self.source.is_some()
            || self.filter_mode.is_some()
            || !self.source_list.is_empty()
            || self.protocol.is_some();
        if !extra {
            return Ok(());
        }
        m.nest(mdba_set::ENTRY_ATTRS, |m| {
            m.opt(mdbe::SOURCE, self.source, MessageWriter::ip)?;
            if !self.source_list.is_empty() {
                m.nest(mdbe::SRC_LIST, |m| {
                    self.source_list.iter().try_for_each(|source| {
                        m.nest(mdbe_src_list_attrs::ENTRY, |m| m.ip(mdbe_srcattr_attrs::ADDRESS, *source))
                    })
                })?;
            }
            m.opt(mdbe::GROUP_MODE, self.filter_mode, MessageWriter::u8)?;
            m.opt(mdbe::RTPROT, self.protocol, MessageWriter::u8)
        })
    }
}

entry_requests! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)] MdbEntry:
    /// `bridge mdb add`: `RTM_NEWMDB` with `NLM_F_CREATE | NLM_F_EXCL`.
    Add<'a>(msg_type::RTM_NEWMDB, MsgFlags::CREATE.union(MsgFlags::EXCL)) => |e, m| e.emit_change(m, true);
    /// `bridge mdb replace`: `RTM_NEWMDB` with `NLM_F_CREATE | NLM_F_REPLACE`.
    Replace<'a>(msg_type::RTM_NEWMDB, MsgFlags::CREATE.union(MsgFlags::REPLACE)) => |e, m| e.emit_change(m, true);
    /// `bridge mdb del`: `RTM_DELMDB`.
    Del<'a>(msg_type::RTM_DELMDB, MsgFlags::empty()) => |e, m| e.emit_change(m, false);
}

/// `bridge mdb get` (kernel 6.6 and later): one group of a bridge, all
/// its ports, answered by an `RTM_NEWMDB`. An `MDBA_GET_ENTRY` whose
/// `br_mdb_entry` names no port, and the source in `MDBA_GET_ENTRY_ATTRS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Get {
    /// The bridge.
    pub bridge: u32,
    /// The group.
    pub group: Group,
    /// The VLAN, 0 for none.
    pub vid: u16,
    /// An (S, G) entry's source.
    pub source: Option<IpAddr>,
}

impl Request for Get {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_GETMDB, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        let entry =
            MdbEntry { vid: self.vid, source: self.source, ..MdbEntry::new(self.bridge, 0, self.group) };
        entry.emit(m, false)
    }
}

/// `bridge mdb show`: every bridge's entries and router ports (the kernel
/// filters no bridge: keep those of [`Mdb::ifindex`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dump;

impl Request for Dump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETMDB, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&BrPortMsg { family: AF_BRIDGE, ..BrPortMsg::default() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_prelude::*;

    #[test]
    fn the_structs_have_the_kernels_sizes() {
        // if_bridge.h: br_port_msg is a u8 and a u32; br_mdb_entry 4 + 1 + 1 + 2 + 16 + 2, to 28.
        assert_eq!((core::mem::size_of::<BrPortMsg>(), core::mem::size_of::<BrMdbEntry>()), (8, 28));
    }

    /// `req` built twice: the same bytes each time; its length.
    fn one(req: &dyn Request, buf: &mut [u8]) -> usize {
        let (bytes, len) = emitted(req, 4);
        buf[..len].copy_from_slice(&bytes[..len]);
        len
    }

    /// An attribute header at `at`: length, type.
    fn nla(want: &mut [u8], at: usize, len: u16, kind: u16) {
        want[at..at + 2].copy_from_slice(&len.to_ne_bytes());
        want[at + 2..at + 4].copy_from_slice(&kind.to_ne_bytes());
    }

    /// nlmsghdr then br_port_msg { AF_BRIDGE (7), bridge }.
    fn head(want: &mut [u8], len: u32, kind: u16, flags: u16, bridge: u32) {
        want[0..4].copy_from_slice(&len.to_ne_bytes());
        want[4..6].copy_from_slice(&kind.to_ne_bytes());
        want[6..8].copy_from_slice(&flags.to_ne_bytes());
        want[8..12].copy_from_slice(&4u32.to_ne_bytes());
        want[16] = 7;
        want[20..24].copy_from_slice(&bridge.to_ne_bytes());
    }

    #[test]
    fn add_matches_the_uapi_layout_byte_for_byte() {
        // bridge mdb add dev br0 port v0 grp 239.1.1.1 permanent vid 5, br0 = 2, v0 = 3:
        // what bridge/mdb.c sends, laid out from if_bridge.h.
        let group = Group::Ip("239.1.1.1".parse().unwrap());
        let entry = MdbEntry { permanent: true, vid: 5, ..MdbEntry::new(2, 3, group) };
        let mut buf = [0u8; 256];
        let n = one(&Add(entry), &mut buf);
        let mut want = [0u8; 56];
        head(&mut want, 56, 84, 0x0001 | 0x0004 | 0x0200 | 0x0400, 2); // REQUEST|ACK|EXCL|CREATE
        nla(&mut want, 24, 32, 1); // MDBA_SET_ENTRY, struct br_mdb_entry
        want[28..32].copy_from_slice(&3u32.to_ne_bytes()); // ifindex
        want[32] = 1; // MDB_PERMANENT
        want[34..36].copy_from_slice(&5u16.to_ne_bytes()); // vid
        want[36..40].copy_from_slice(&[239, 1, 1, 1]); // addr.u.ip4
        want[52..54].copy_from_slice(&[0x08, 0x00]); // addr.proto, htons(ETH_P_IP)
        assert_eq!(&buf[..n], &want[..]);

        // bridge mdb del ... permanent: the state is not sent.
        let n = one(&Del(entry), &mut buf);
        want[6..8].copy_from_slice(&0x0005u16.to_ne_bytes());
        want[4..6].copy_from_slice(&85u16.to_ne_bytes());
        want[32] = 0;
        assert_eq!(&buf[..n], &want[..]);
    }

    #[test]
    fn entry_attributes_match_the_uapi_layout_byte_for_byte() {
        // grp ff0e::1 on a link-layer-less port, src 2001:db8::9, then the
        // attributes of bridge 6.3's add: source_list 192.0.2.1 (as a
        // different family, which only the kernel refuses), filter_mode
        // include, proto static; replace.
        let sources = ["192.0.2.1".parse().unwrap()];
        let entry = MdbEntry {
            source: Some("2001:db8::9".parse().unwrap()),
            source_list: &sources,
            filter_mode: Some(filter_mode::INCLUDE),
            protocol: Some(4),
            ..MdbEntry::new(2, 3, Group::Ip("ff0e::1".parse().unwrap()))
        };
        let mut buf = [0u8; 256];
        let n = one(&Replace(entry), &mut buf);
        let mut want = [0u8; 112];
        head(&mut want, 112, 84, 0x0001 | 0x0004 | 0x0100 | 0x0400, 2); // REQUEST|ACK|REPLACE|CREATE
        nla(&mut want, 24, 32, 1);
        want[28..32].copy_from_slice(&3u32.to_ne_bytes());
        want[36..52].copy_from_slice(&[0xff, 0x0e, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        want[52..54].copy_from_slice(&[0x86, 0xdd]); // htons(ETH_P_IPV6)
        nla(&mut want, 56, 56, 2 | 0x8000); // MDBA_SET_ENTRY_ATTRS, NLA_F_NESTED
        nla(&mut want, 60, 20, 1); // MDBE_ATTR_SOURCE
        want[64..80].copy_from_slice(&[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9]);
        nla(&mut want, 80, 16, 2 | 0x8000); // MDBE_ATTR_SRC_LIST
        nla(&mut want, 84, 12, 1 | 0x8000); // MDBE_SRC_LIST_ENTRY
        nla(&mut want, 88, 8, 1); // MDBE_SRCATTR_ADDRESS
        want[92..96].copy_from_slice(&[192, 0, 2, 1]);
        nla(&mut want, 96, 5, 3); // MDBE_ATTR_GROUP_MODE, MCAST_INCLUDE
        want[100] = 1;
        nla(&mut want, 104, 5, 4); // MDBE_ATTR_RTPROT, RTPROT_STATIC
        want[108] = 4;
        assert_eq!(&buf[..n], &want[..]);
    }

    #[test]
    fn link_layer_groups_and_dumps() {
        let mac = [0x01, 0x00, 0x5e, 0x00, 0x00, 0x01];
        let mut buf = [0u8; 128];
        let n = one(&Add(MdbEntry::new(2, 3, Group::Mac(mac))), &mut buf);
        assert_eq!(&buf[36..42], &mac);
        assert_eq!(&buf[42..54], &[0; 12], "the rest of the union and proto 0");
        assert_eq!(buf[32], 0, "temp");
        assert_eq!(n, 56);
        let mut text = heapless::String::<32>::new();
        core::fmt::write(&mut text, format_args!("{}", Group::Mac(mac))).unwrap();
        assert_eq!(text, "01:00:5e:00:00:01");

        let n = one(&Dump, &mut buf);
        let mut want = [0u8; 24];
        head(&mut want, 24, 86, 0x0301, 0); // REQUEST|DUMP
        assert_eq!(&buf[..n], &want[..]);
    }

    #[test]
    fn get_matches_the_uapi_layout_byte_for_byte() {
        // bridge mdb get dev br0 grp 239.1.1.3 src 192.0.2.9 vid 7 (iproute2 6.6's
        // mdb_get): MDBA_GET_ENTRY with no port, MDBA_GET_ENTRY_ATTRS.
        let get = Get {
            bridge: 2,
            group: Group::Ip("239.1.1.3".parse().unwrap()),
            vid: 7,
            source: Some("192.0.2.9".parse().unwrap()),
        };
        let mut buf = [0u8; 256];
        let n = one(&get, &mut buf);
        let mut want = [0u8; 68];
        head(&mut want, 68, 86, 0x0005, 2); // RTM_GETMDB, REQUEST|ACK
        nla(&mut want, 24, 32, 1); // MDBA_GET_ENTRY
        want[34..36].copy_from_slice(&7u16.to_ne_bytes());
        want[36..40].copy_from_slice(&[239, 1, 1, 3]);
        want[52..54].copy_from_slice(&[0x08, 0x00]);
        nla(&mut want, 56, 12, 2 | 0x8000); // MDBA_GET_ENTRY_ATTRS
        nla(&mut want, 60, 8, 1); // MDBE_ATTR_SOURCE
        want[64..68].copy_from_slice(&[192, 0, 2, 9]);
        assert_eq!(&buf[..n], &want[..]);
    }

    #[test]
    fn invalid_values_write_nothing() {
        let mut buf = [0u8; 128];
        let mut b = Builder::new(&mut buf);
        let group = Group::Ip("239.1.1.1".parse().unwrap());
        for entry in [
            MdbEntry { vid: 4095, ..MdbEntry::new(2, 3, group) },
            MdbEntry::new(0, 3, group),
            MdbEntry::new(2, 0, group),
        ] {
            assert!(matches!(b.push(&Add(entry), 1), Err(Error::InvalidValue { .. })), "{entry:?}");
        }
        let get = Get { bridge: 0, group, vid: 0, source: None };
        assert!(matches!(b.push(&get, 1), Err(Error::InvalidValue { .. })));
        assert!(b.is_empty());
    }

    /// An `RTM_GETMDB` as the kernel's `br_mdb_dump` writes it for bridge
    /// 2: group 239.1.1.4 from 192.0.2.9 on port 3, permanent, vid 7,
    /// timer 0, proto static, filter mode include, one listed source
    /// 192.0.2.9 with timer 250; router port 4, permanent (type 2).
    fn kernel_reply(m: &mut [u8; 144]) -> usize {
        let len = 144;
        head(m, len as u32, 86, 0x0002, 2); // NLM_F_MULTI
        m[8..12].fill(0);
        nla(m, 24, 100, 1 | 0x8000); // MDBA_MDB
        nla(m, 28, 96, 1 | 0x8000); // MDBA_MDB_ENTRY
        nla(m, 32, 92, 1 | 0x8000); // MDBA_MDB_ENTRY_INFO
        m[36..40].copy_from_slice(&3u32.to_ne_bytes());
        m[40] = 1;
        m[41] = 0x02; // MDB_FLAGS_FAST_LEAVE
        m[42..44].copy_from_slice(&7u16.to_ne_bytes());
        m[44..48].copy_from_slice(&[239, 1, 1, 4]);
        m[60..62].copy_from_slice(&[0x08, 0x00]);
        nla(m, 64, 8, 1); // MDBA_MDB_EATTR_TIMER
        nla(m, 72, 8, 4); // MDBA_MDB_EATTR_SOURCE
        m[76..80].copy_from_slice(&[192, 0, 2, 9]);
        nla(m, 80, 5, 5); // MDBA_MDB_EATTR_RTPROT
        m[84] = 4;
        nla(m, 88, 5, 3); // MDBA_MDB_EATTR_GROUP_MODE
        m[92] = 1;
        nla(m, 96, 28, 2 | 0x8000); // MDBA_MDB_EATTR_SRC_LIST
        nla(m, 100, 24, 1 | 0x8000); // MDBA_MDB_SRCLIST_ENTRY
        nla(m, 104, 8, 1); // MDBA_MDB_SRCATTR_ADDRESS
        m[108..112].copy_from_slice(&[192, 0, 2, 9]);
        nla(m, 112, 8, 2); // MDBA_MDB_SRCATTR_TIMER
        m[116..120].copy_from_slice(&250u32.to_ne_bytes());
        nla(m, 124, 20, 2 | 0x8000); // MDBA_ROUTER
        nla(m, 128, 16, 1 | 0x8000); // MDBA_ROUTER_PORT: u32, then attributes
        m[132..136].copy_from_slice(&4u32.to_ne_bytes());
        nla(m, 136, 5, 2); // MDBA_ROUTER_PATTR_TYPE
        m[140] = 2;
        len
    }

    #[test]
    fn reads_a_kernel_style_dump() {
        let mut m = [0u8; 144];
        let n = kernel_reply(&mut m);
        let msg = Messages::new(&m[..n]).next().unwrap().unwrap();
        let v = Mdb::parse(&msg).unwrap();
        assert_eq!((v.family(), v.ifindex()), (7, 2));
        let groups: heapless::Vec<PortGroup, 4> = v.port_groups().map(Result::unwrap).collect();
        assert_eq!(groups.len(), 1);
        let g = &groups[0];
        assert_eq!((g.port(), g.permanent(), g.vid(), g.flags()), (3, true, 7, MdbFlags::FAST_LEAVE));
        assert_eq!(g.group().unwrap(), Group::Ip("239.1.1.4".parse().unwrap()));
        assert_eq!(g.source().unwrap(), Some("192.0.2.9".parse().unwrap()));
        assert_eq!((g.timer().unwrap(), g.rtprot().unwrap()), (Some(0), Some(4)));
        assert_eq!(g.group_mode().unwrap(), Some(filter_mode::INCLUDE));
        let sources: heapless::Vec<(IpAddr, u32), 4> = g.sources().map(Result::unwrap).collect();
        assert_eq!(&sources[..], &[("192.0.2.9".parse().unwrap(), 250)]);
        let routers: heapless::Vec<RouterPort, 4> = v.router_ports().map(Result::unwrap).collect();
        assert_eq!(routers.len(), 1);
        assert_eq!((routers[0].ifindex(), routers[0].r#type().unwrap()), (4, Some(rtr_type::PERM)));

        // The registry reads it by name.
        assert_eq!(msg.get("ifindex").unwrap(), Some(Value::U32(2)));
        let path = |p: &[&str]| msg.get_path(p).unwrap();
        assert_eq!(path(&["mdb", "entry", "info", "rtprot"]), Some(Value::Enum(4, Some("static"))));
        assert_eq!(path(&["mdb", "entry", "info", "source"]), Some(Value::Ip("192.0.2.9".parse().unwrap())));
        assert_eq!(path(&["router", "port", "type"]), Some(Value::Enum(2, Some("perm"))));
    }

    #[test]
    fn a_short_entry_or_an_unknown_protocol_is_an_error() {
        let mut m = [0u8; 144];
        let n = kernel_reply(&mut m);
        // An unknown proto: the group cannot be read, the rest can.
        m[60..62].copy_from_slice(&[0x88, 0x47]);
        let msg = Messages::new(&m[..n]).next().unwrap().unwrap();
        let g = Mdb::parse(&msg).unwrap().port_groups().next().unwrap().unwrap();
        assert!(matches!(g.group(), Err(Error::InvalidValue { .. })));
        assert_eq!(g.port(), 3);
        // An INFO of 20 bytes: shorter than br_mdb_entry.
        nla(&mut m, 32, 24, 1 | 0x8000);
        let msg = Messages::new(&m[..n]).next().unwrap().unwrap();
        let err = Mdb::parse(&msg).unwrap().port_groups().next().unwrap().unwrap_err();
        assert!(matches!(err, Error::AttrSize { expected: 28, actual: 20, .. }), "{err:?}");
    }
}
