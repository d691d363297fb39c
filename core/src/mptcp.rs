//! The MPTCP in-kernel path manager (`mptcp_pm`, generic netlink): endpoints
//! (`ip mptcp endpoint`), limits (`ip mptcp limits`) and events
//! (`ip mptcp monitor`).
//!
//! Every command here is a [`Command`]: address it to the family id the
//! controller resolved for [`FAMILY_NAME`] with [`To`](crate::genl::To).
//! Attribute numbers come from the generated [`tables::mptcp_pm`](crate::tables::mptcp_pm).
//!
//! ```
//! use core::net::{IpAddr, Ipv4Addr};
//! use nlwire::build::Builder;
//! use nlwire::genl::To;
//! use nlwire::mptcp::{AddEndpoint, Endpoint, EndpointFlags};
//! use nlwire::Messages;
//!
//! // ip mptcp endpoint add 192.0.2.1 id 5 signal backup (family id 0x1d)
//! let add = AddEndpoint {
//!     flags: EndpointFlags::SIGNAL | EndpointFlags::BACKUP,
//!     id: 5,
//!     ..AddEndpoint::new(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)))
//! };
//! let mut buf = [0u8; 128];
//! let mut b = Builder::new(&mut buf);
//! b.push(&To { family: 0x1d, command: &add }, 1)?;
//! // The request reads back with the view the kernel's replies use.
//! let msg = Messages::new(b.as_bytes()).next().unwrap()?;
//! let ep = Endpoint::parse(&msg)?;
//! assert_eq!((ep.id()?, ep.addr()?), (Some(5), Some(add.addr)));
//! assert_eq!(ep.flags()?, Some(EndpointFlags::SIGNAL | EndpointFlags::BACKUP));
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::attr::{Attr, Attrs};
use crate::build::MessageWriter;
use crate::error::{Error, Result};
use crate::genl::{dump_command, genl_view, split_checked, Command};
use crate::message::Message;
use crate::tables::mptcp_pm::{address, attr, endpoint, event_attr, Address, Attr as PmAttrs, EventAttr};

/// The generic netlink family name (`MPTCP_PM_NAME`).
pub const FAMILY_NAME: &str = "mptcp_pm";
/// The family's interface version (`MPTCP_PM_VER`).
pub const VERSION: u8 = 1;
/// The multicast group of path manager events (`MPTCP_PM_EV_GRP_NAME`).
pub const EVENTS_GROUP: &str = "mptcp_pm_events";

/// `MPTCP_PM_CMD_*`, the commands of the family.
pub use crate::tables::mptcp_pm::cmd;

const AF_INET: u16 = 2;
const AF_INET6: u16 = 10;

/// `MPTCP_PM_ADDR_FLAG_*`: what the path manager does with an endpoint
/// (the spec's `address-flags`, [`ADDRESS_FLAGS`](crate::tables::mptcp_pm::ADDRESS_FLAGS)).
pub use crate::tables::mptcp_pm::AddressFlags as EndpointFlags;

/// Writes `MPTCP_PM_ADDR_ATTR_FAMILY` and `ADDR4`/`ADDR6` (iproute2's order).
fn emit_addr(m: &mut MessageWriter<'_>, ip: IpAddr) -> Result<()> {
    match ip {
        IpAddr::V4(a) => {
            m.u16(address::FAMILY, AF_INET)?;
            m.attr(address::ADDR4, &a.octets())
        }
        IpAddr::V6(a) => {
            m.u16(address::FAMILY, AF_INET6)?;
            m.attr(address::ADDR6, &a.octets())
        }
    }
}

/// The parts of an address nest (`MPTCP_PM_ADDR_ATTR_*`) a request sends;
/// each is left out when 0, empty or `None`.
struct AddrParts {
    id: u8,
    flags: EndpointFlags,
    ifindex: u32,
    port: u16,
    addr: Option<IpAddr>,
}

impl AddrParts {
    /// Writes them as the nest `kind`.
    fn emit(&self, m: &mut MessageWriter<'_>, kind: u16) -> Result<()> {
        m.nest(kind, |m| {
            if self.id != 0 {
                m.u8(address::ID, self.id)?;
            }
            if !self.flags.is_empty() {
                m.u32(address::FLAGS, self.flags.bits())?;
            }
            if self.ifindex != 0 {
                m.u32(address::IF_IDX, self.ifindex)?;
            }
            if self.port != 0 {
                m.u16(address::PORT, self.port)?;
            }
            self.addr.map_or(Ok(()), |a| emit_addr(m, a))
        })
    }
}

/// `ip mptcp endpoint add ADDRESS [ dev NAME ] [ id ID ] [ port NR ] [ FLAG-LIST ]`:
/// `MPTCP_PM_CMD_ADD_ADDR`.
///
/// Refused before writing: `signal` with `fullmesh`, a port without
/// `signal`, `implicit` (only the kernel makes those) and unknown bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddEndpoint {
    /// The local address.
    pub addr: IpAddr,
    /// The endpoint id; 0 lets the kernel pick one (the attribute is left out).
    pub id: u8,
    /// A port to listen on for subflows (with `signal`); 0 for none.
    pub port: u16,
    /// What to do with the address.
    pub flags: EndpointFlags,
    /// The interface subflows from it are bound to; 0 for none.
    pub ifindex: u32,
}

impl AddEndpoint {
    /// `addr` with no id, port, flags or interface.
    pub const fn new(addr: IpAddr) -> Self {
        AddEndpoint { addr, id: 0, port: 0, flags: EndpointFlags::empty(), ifindex: 0 }
    }

    fn check(&self) -> Result<()> {
        let f = self.flags;
        if f.bits() & !EndpointFlags::all().bits() != 0 {
            return Err(Error::InvalidValue { what: "unknown MPTCP endpoint flags" });
        }
        if f.contains(EndpointFlags::SIGNAL | EndpointFlags::FULLMESH) {
            return Err(Error::InvalidValue { what: "flags mustn't have both signal and fullmesh" });
        }
        if f.contains(EndpointFlags::IMPLICIT) {
            return Err(Error::InvalidValue { what: "only the kernel makes implicit endpoints" });
        }
        if self.port != 0 && !f.contains(EndpointFlags::SIGNAL) {
            return Err(Error::InvalidValue { what: "flags must have signal when using port" });
        }
        i32::try_from(self.ifindex).map_err(|_| Error::InvalidValue { what: "interface index above i32" })?;
        Ok(())
    }
}

impl Command for AddEndpoint {
    const CMD: u8 = cmd::ADD_ADDR;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.check()?;
        let AddEndpoint { addr, id, port, flags, ifindex } = *self;
        AddrParts { id, flags, ifindex, port, addr: Some(addr) }.emit(m, endpoint::ADDR)
    }
}

/// `ip mptcp endpoint delete id ID [ ADDRESS ]`: `MPTCP_PM_CMD_DEL_ADDR`.
///
/// Id 0 names the connection's initial address and needs `addr`; any other
/// id is enough alone (an address with it is refused, as `ip` does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DelEndpoint {
    /// The endpoint id.
    pub id: u8,
    /// The address, only with id 0.
    pub addr: Option<IpAddr>,
}

impl Command for DelEndpoint {
    const CMD: u8 = cmd::DEL_ADDR;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        match (self.id, self.addr) {
            (0, None) => {
                return Err(Error::InvalidValue { what: "address is needed for deleting id 0 address" })
            }
            (1.., Some(_)) => {
                return Err(Error::InvalidValue { what: "no address with a non-zero endpoint id" })
            }
            _ => {}
        }
        m.nest(endpoint::ADDR, |m| {
            m.u8(address::ID, self.id)?;
            self.addr.map_or(Ok(()), |a| emit_addr(m, a))
        })
    }
}

/// `ip mptcp endpoint show id ID`: `MPTCP_PM_CMD_GET_ADDR` for one endpoint,
/// answered by one message for [`Endpoint`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GetEndpoint {
    /// The endpoint id (0 is no endpoint the kernel lists).
    pub id: u8,
}

impl Command for GetEndpoint {
    const CMD: u8 = cmd::GET_ADDR;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.nest(attr::ADDR, |m| m.u8(address::ID, self.id))
    }
}

dump_command!(
    /// `ip mptcp endpoint show`: `MPTCP_PM_CMD_GET_ADDR` as a dump, one
    /// [`Endpoint`] per reply.
    DumpEndpoints,
    cmd::GET_ADDR,
    VERSION
);

/// `ip mptcp endpoint flush`: `MPTCP_PM_CMD_FLUSH_ADDRS`, every endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FlushEndpoints;

impl Command for FlushEndpoints {
    const CMD: u8 = cmd::FLUSH_ADDRS;
    const VERSION: u8 = VERSION;
}

/// `ip mptcp endpoint change [ id ID ] [ ADDRESS ] [ port NR ] CHANGE-OPT`:
/// `MPTCP_PM_CMD_SET_FLAGS`, the `backup` and `fullmesh` flags of an
/// endpoint named by id or by address (flags left out are cleared).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetEndpointFlags {
    /// The endpoint id, or 0 to name it by `addr`.
    pub id: u8,
    /// The endpoint's address (needed with id 0).
    pub addr: Option<IpAddr>,
    /// The endpoint's port, with an address only.
    pub port: u16,
    /// The new flags: only [`BACKUP`](EndpointFlags::BACKUP) and
    /// [`FULLMESH`](EndpointFlags::FULLMESH).
    pub flags: EndpointFlags,
}

impl Command for SetEndpointFlags {
    const CMD: u8 = cmd::SET_FLAGS;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if !(EndpointFlags::BACKUP | EndpointFlags::FULLMESH).contains(self.flags) {
            return Err(Error::InvalidValue { what: "invalid flags, backup and fullmesh only" });
        }
        if self.id == 0 && self.addr.is_none() {
            return Err(Error::InvalidValue { what: "an endpoint id or address is needed" });
        }
        if self.id != 0 && self.port != 0 {
            return Err(Error::InvalidValue { what: "port can't be used with id" });
        }
        if self.port != 0 && self.addr.is_none() {
            return Err(Error::InvalidValue { what: "a port needs an address" });
        }
        let SetEndpointFlags { id, addr, port, flags } = *self;
        AddrParts { id, flags, ifindex: 0, port, addr }.emit(m, attr::ADDR)
    }
}

/// `ip mptcp limits set [ subflows NR ] [ add_addr_accepted NR ]`:
/// `MPTCP_PM_CMD_SET_LIMITS`. A limit left `None` is kept. The kernel's
/// maximum (8 in 6.18) is the kernel's to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetLimits {
    /// Subflows per connection (`MPTCP_PM_ATTR_SUBFLOWS`).
    pub subflows: Option<u32>,
    /// ADD_ADDRs accepted per connection (`MPTCP_PM_ATTR_RCV_ADD_ADDRS`).
    pub add_addr_accepted: Option<u32>,
}

impl Command for SetLimits {
    const CMD: u8 = cmd::SET_LIMITS;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.opt(attr::RCV_ADD_ADDRS, self.add_addr_accepted, MessageWriter::u32)?;
        m.opt(attr::SUBFLOWS, self.subflows, MessageWriter::u32)?;
        Ok(())
    }
}

/// `ip mptcp limits show`: `MPTCP_PM_CMD_GET_LIMITS`, answered by one
/// message for [`Limits`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetLimits;

impl Command for GetLimits {
    const CMD: u8 = cmd::GET_LIMITS;
    const VERSION: u8 = VERSION;
}

/// An endpoint: the `MPTCP_PM_ATTR_ADDR` nest of a `GET_ADDR` reply (or of
/// an `ADD_ADDR`/`DEL_ADDR` request, the same attribute number).
///
/// Every attribute of the set has a typed read through `Deref` to the
/// generated view; [`addr`](Endpoint::addr) adds the family's choice.
#[derive(Debug, Clone)]
pub struct Endpoint<'a> {
    attrs: Address<'a>,
}

impl<'a> Endpoint<'a> {
    /// Reads the endpoint out of a message of the family (any command; the
    /// family id is not checked, it is the caller's).
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        let (_, attrs) = split_checked(msg, &[], "mptcp endpoint")?;
        let attrs = PmAttrs(attrs).addr()?.ok_or(Error::MissingAttr { kind: attr::ADDR })?;
        attrs.0.validate()?;
        Ok(Endpoint { attrs })
    }
    /// The address attributes, in order.
    pub fn attrs(&self) -> Attrs<'a> {
        self.attrs.0.clone()
    }
    /// The address: `ADDR4` or `ADDR6`, as the family says (either if it is
    /// absent).
    pub fn addr(&self) -> Result<Option<IpAddr>> {
        match self.family()? {
            Some(AF_INET) => self.attrs.0.read(address::ADDR4, |a| a.ipv4().map(IpAddr::V4)),
            Some(AF_INET6) => self.attrs.0.read(address::ADDR6, |a| a.ipv6().map(IpAddr::V6)),
            Some(_) => Ok(None),
            None => Ok(self.addr4()?.or(self.addr6()?)),
        }
    }
}

crate::attr::deref_to_attrs!(Endpoint, Address);

genl_view! {
    /// The answer to [`GetLimits`] (any command is accepted): `SUBFLOWS`
    /// per connection, `RCV_ADD_ADDRS` accepted per connection.
    Limits, PmAttrs, "mptcp limits", &[]
}

genl_view! {
    /// An event of the [`EVENTS_GROUP`] group: the command is the event type
    /// (`MPTCP_EVENT_*`, [`EVENT_TYPE`](crate::tables::mptcp_pm::EVENT_TYPE)),
    /// the attributes are `MPTCP_ATTR_*`.
    Event, EventAttr, "mptcp event", &[]
}

impl Event<'_> {
    /// The event type's name in the spec (`"sub-established"`), if known.
    pub fn kind_name(&self) -> Option<&'static str> {
        crate::tables::mptcp_pm::EVENT_TYPE.iter().find(|(v, _)| *v == u32::from(self.cmd)).map(|(_, n)| *n)
    }
    /// `MPTCP_ATTR_SADDR4`.
    pub fn saddr4(&self) -> Result<Option<Ipv4Addr>> {
        self.attrs.0.read(event_attr::SADDR4, Attr::ipv4)
    }
    /// `MPTCP_ATTR_DADDR4`.
    pub fn daddr4(&self) -> Result<Option<Ipv4Addr>> {
        self.attrs.0.read(event_attr::DADDR4, Attr::ipv4)
    }
    /// `MPTCP_ATTR_SADDR6`.
    pub fn saddr6(&self) -> Result<Option<Ipv6Addr>> {
        self.attrs.0.read(event_attr::SADDR6, Attr::ipv6)
    }
    /// `MPTCP_ATTR_DADDR6`.
    pub fn daddr6(&self) -> Result<Option<Ipv6Addr>> {
        self.attrs.0.read(event_attr::DADDR6, Attr::ipv6)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::{Builder, Request};
    use crate::genl::To;
    use crate::tables::mptcp_pm::{ADDRESS_FLAGS, EVENT_TYPE, FAMILY};
    use crate::test_prelude::*;

    const ID: u16 = 0x1d; // a family id as the controller might assign

    /// Emits `command` twice (checking both are equal) and returns the first.
    fn one<C: Command>(command: &C, buf: &mut [u8]) -> usize {
        let req = To { family: ID, command };
        let mut b = Builder::new(buf);
        b.push(&req, 4).unwrap();
        b.push(&req, 4).unwrap();
        let half = b.len() / 2;
        let (x, y) = b.as_bytes().split_at(half);
        assert_eq!(x, y, "emitting twice gives the same bytes");
        half
    }

    /// Writes `bytes` at `at` of `want` (test helper for hand-written layouts).
    fn put(want: &mut [u8], at: usize, bytes: &[u8]) {
        want[at..at + bytes.len()].copy_from_slice(bytes);
    }

    /// nlmsghdr (len, type ID, flags, seq 4, pid 0) and genlmsghdr (cmd, version 1).
    fn headers(want: &mut [u8], flags: u16, cmd: u8) {
        let len = want.len() as u32;
        put(want, 0, &len.to_ne_bytes());
        put(want, 4, &ID.to_ne_bytes());
        put(want, 6, &flags.to_ne_bytes());
        put(want, 8, &4u32.to_ne_bytes());
        put(want, 16, &[cmd, 1, 0, 0]);
    }

    /// An attribute header: nla_len, nla_type.
    fn nla(want: &mut [u8], at: usize, len: u16, kind: u16) {
        put(want, at, &len.to_ne_bytes());
        put(want, at + 2, &kind.to_ne_bytes());
    }

    #[test]
    fn family_and_flags_match_the_spec() {
        assert_eq!(FAMILY.name, FAMILY_NAME);
        assert_eq!(FAMILY.groups, &[EVENTS_GROUP]);
        // The bitflags are the spec's address-flags, name for name.
        let ours: [(EndpointFlags, &str); 6] = [
            (EndpointFlags::SIGNAL, "signal"),
            (EndpointFlags::SUBFLOW, "subflow"),
            (EndpointFlags::BACKUP, "backup"),
            (EndpointFlags::FULLMESH, "fullmesh"),
            (EndpointFlags::IMPLICIT, "implicit"),
            (EndpointFlags::LAMINAR, "laminar"),
        ];
        assert_eq!(ADDRESS_FLAGS.len(), ours.len());
        for ((bits, name), (f, n)) in ADDRESS_FLAGS.iter().zip(ours) {
            assert_eq!((*bits, *name), (f.bits(), n));
        }
    }

    #[test]
    fn add_endpoint_byte_for_byte() {
        // ip mptcp endpoint add 192.0.2.1 dev <3> id 5 port 1234 signal backup
        let add = AddEndpoint {
            addr: IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)),
            id: 5,
            port: 1234,
            flags: EndpointFlags::SIGNAL | EndpointFlags::BACKUP,
            ifindex: 3,
        };
        let mut buf = [0u8; 256];
        let n = one(&add, &mut buf);
        let mut want = [0u8; 72];
        headers(&mut want, 0x0005, 1); // REQUEST|ACK, MPTCP_PM_CMD_ADD_ADDR
        nla(&mut want, 20, 52, 0x8001); // MPTCP_PM_ENDPOINT_ADDR | NLA_F_NESTED
        nla(&mut want, 24, 5, 2); // MPTCP_PM_ADDR_ATTR_ID
        want[28] = 5;
        nla(&mut want, 32, 8, 6); // MPTCP_PM_ADDR_ATTR_FLAGS
        put(&mut want, 36, &5u32.to_ne_bytes());
        nla(&mut want, 40, 8, 7); // MPTCP_PM_ADDR_ATTR_IF_IDX
        put(&mut want, 44, &3u32.to_ne_bytes());
        nla(&mut want, 48, 6, 5); // MPTCP_PM_ADDR_ATTR_PORT
        put(&mut want, 52, &1234u16.to_ne_bytes());
        nla(&mut want, 56, 6, 1); // MPTCP_PM_ADDR_ATTR_FAMILY
        put(&mut want, 60, &2u16.to_ne_bytes()); // AF_INET
        nla(&mut want, 64, 8, 3); // MPTCP_PM_ADDR_ATTR_ADDR4
        put(&mut want, 68, &[192, 0, 2, 1]);
        assert_eq!(&buf[..n], &want[..]);
    }

    #[test]
    fn del_endpoint_byte_for_byte() {
        // ip mptcp endpoint delete id 0 2001:db8::1
        let del = DelEndpoint { id: 0, addr: Some("2001:db8::1".parse().unwrap()) };
        let mut buf = [0u8; 256];
        let n = one(&del, &mut buf);
        let mut want = [0u8; 60];
        headers(&mut want, 0x0005, 2);
        nla(&mut want, 20, 40, 0x8001);
        nla(&mut want, 24, 5, 2); // ID 0
        nla(&mut want, 32, 6, 1);
        put(&mut want, 36, &10u16.to_ne_bytes()); // AF_INET6
        nla(&mut want, 40, 20, 4); // MPTCP_PM_ADDR_ATTR_ADDR6
        put(&mut want, 44, &[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(&buf[..n], &want[..]);

        // ip mptcp endpoint delete id 9
        let n = one(&DelEndpoint { id: 9, addr: None }, &mut buf);
        let mut want = [0u8; 32];
        headers(&mut want, 0x0005, 2);
        nla(&mut want, 20, 12, 0x8001);
        nla(&mut want, 24, 5, 2);
        want[28] = 9;
        assert_eq!(&buf[..n], &want[..]);
    }

    #[test]
    fn get_dump_flush_and_limits_byte_for_byte() {
        let mut buf = [0u8; 256];
        // ip mptcp endpoint show id 7
        let n = one(&GetEndpoint { id: 7 }, &mut buf);
        let mut want = [0u8; 32];
        headers(&mut want, 0x0005, 3);
        nla(&mut want, 20, 12, 0x8001); // MPTCP_PM_ATTR_ADDR | NLA_F_NESTED
        nla(&mut want, 24, 5, 2);
        want[28] = 7;
        assert_eq!(&buf[..n], &want[..]);

        // ip mptcp endpoint show: REQUEST|DUMP (0x301), GET_ADDR, nothing else
        let n = one(&DumpEndpoints, &mut buf);
        let mut want = [0u8; 20];
        headers(&mut want, 0x0301, 3);
        assert_eq!(&buf[..n], &want[..]);

        let n = one(&FlushEndpoints, &mut buf);
        headers(&mut want, 0x0005, 4);
        assert_eq!(&buf[..n], &want[..]);

        let n = one(&GetLimits, &mut buf);
        headers(&mut want, 0x0005, 6);
        assert_eq!(&buf[..n], &want[..]);

        // ip mptcp limits set subflows 3 add_addr_accepted 4
        let n = one(&SetLimits { subflows: Some(3), add_addr_accepted: Some(4) }, &mut buf);
        let mut want = [0u8; 36];
        headers(&mut want, 0x0005, 5);
        nla(&mut want, 20, 8, 2); // MPTCP_PM_ATTR_RCV_ADD_ADDRS
        put(&mut want, 24, &4u32.to_ne_bytes());
        nla(&mut want, 28, 8, 3); // MPTCP_PM_ATTR_SUBFLOWS
        put(&mut want, 32, &3u32.to_ne_bytes());
        assert_eq!(&buf[..n], &want[..]);

        // ip mptcp endpoint change id 3 backup
        let set = SetEndpointFlags { id: 3, addr: None, port: 0, flags: EndpointFlags::BACKUP };
        let n = one(&set, &mut buf);
        let mut want = [0u8; 40];
        headers(&mut want, 0x0005, 7);
        nla(&mut want, 20, 20, 0x8001);
        nla(&mut want, 24, 5, 2);
        want[28] = 3;
        nla(&mut want, 32, 8, 6);
        put(&mut want, 36, &4u32.to_ne_bytes());
        assert_eq!(&buf[..n], &want[..]);
    }

    #[test]
    fn invalid_requests_write_nothing() {
        let a4 = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1));
        let bad_adds = [
            AddEndpoint { flags: EndpointFlags::SIGNAL | EndpointFlags::FULLMESH, ..AddEndpoint::new(a4) },
            AddEndpoint { port: 80, flags: EndpointFlags::SUBFLOW, ..AddEndpoint::new(a4) },
            AddEndpoint { flags: EndpointFlags::IMPLICIT, ..AddEndpoint::new(a4) },
            AddEndpoint { flags: EndpointFlags::from_bits_retain(0x100), ..AddEndpoint::new(a4) },
            AddEndpoint { ifindex: u32::MAX, ..AddEndpoint::new(a4) },
        ];
        let mut buf = [0u8; 256];
        let mut b = Builder::new(&mut buf);
        for add in &bad_adds {
            let r: &dyn Request = &To { family: ID, command: add };
            assert!(matches!(b.push(r, 1), Err(Error::InvalidValue { .. })), "{add:?}");
        }
        for del in [DelEndpoint { id: 0, addr: None }, DelEndpoint { id: 2, addr: Some(a4) }] {
            assert!(matches!(b.push(&To { family: ID, command: &del }, 1), Err(Error::InvalidValue { .. })));
        }
        for set in [
            SetEndpointFlags { id: 1, addr: None, port: 0, flags: EndpointFlags::SIGNAL },
            SetEndpointFlags { id: 0, addr: None, port: 0, flags: EndpointFlags::BACKUP },
            SetEndpointFlags { id: 1, addr: Some(a4), port: 9, flags: EndpointFlags::BACKUP },
            SetEndpointFlags { id: 0, addr: None, port: 9, flags: EndpointFlags::empty() },
        ] {
            assert!(matches!(b.push(&To { family: ID, command: &set }, 1), Err(Error::InvalidValue { .. })));
        }
        assert!(b.is_empty());
        // Too small a buffer: an error, nothing half-written.
        let mut small = [0u8; 36];
        let mut b = Builder::new(&mut small);
        assert!(b.push(&To { family: ID, command: &AddEndpoint::new(a4) }, 1).is_err());
        assert!(b.is_empty());
    }

    /// A GET_ADDR reply as the kernel's mptcp_nl_fill_addr writes it:
    /// family, id, flags, port, if_idx, addr6 inside MPTCP_PM_ATTR_ADDR.
    fn reply_v6() -> [u8; 84] {
        let mut m = [0u8; 84];
        headers(&mut m, 0x0002, 3); // NLM_F_MULTI, GET_ADDR
        nla(&mut m, 20, 64, 0x8001);
        nla(&mut m, 24, 6, 1);
        put(&mut m, 28, &10u16.to_ne_bytes());
        nla(&mut m, 32, 5, 2);
        m[36] = 7;
        nla(&mut m, 40, 8, 6);
        put(&mut m, 44, &(0x01u32 | 0x04).to_ne_bytes()); // signal backup
        nla(&mut m, 48, 6, 5);
        put(&mut m, 52, &1234u16.to_ne_bytes());
        nla(&mut m, 56, 8, 7);
        put(&mut m, 60, &4i32.to_ne_bytes());
        nla(&mut m, 64, 20, 4);
        put(&mut m, 68, &[0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        m
    }

    #[test]
    fn endpoint_view_reads_a_kernel_style_reply() {
        let m = reply_v6();
        let msg = Messages::new(&m).next().unwrap().unwrap();
        let ep = Endpoint::parse(&msg).unwrap();
        assert_eq!(ep.id().unwrap(), Some(7));
        assert_eq!(ep.family().unwrap(), Some(10));
        assert_eq!(ep.addr().unwrap(), Some("2001:db8::1".parse().unwrap()));
        assert_eq!(ep.port().unwrap(), Some(1234));
        assert_eq!(ep.flags().unwrap(), Some(EndpointFlags::SIGNAL | EndpointFlags::BACKUP));
        assert_eq!(ep.if_idx().unwrap(), Some(4));
        assert_eq!(ep.attrs().count(), 6);
        // The tables name the same fields.
        let p = crate::registry::Protocol::Generic(&FAMILY);
        assert_eq!(msg.get_path_in(p, &["addr", "id"]).unwrap(), Some(Value::U8(7)));
        assert_eq!(
            msg.get_path_in(p, &["addr", "addr6"]).unwrap(),
            Some(Value::Ip("2001:db8::1".parse().unwrap()))
        );

        let mut lim = [0u8; 36];
        headers(&mut lim, 0, 6);
        nla(&mut lim, 20, 8, 2);
        put(&mut lim, 24, &1u32.to_ne_bytes());
        nla(&mut lim, 28, 8, 3);
        put(&mut lim, 32, &2u32.to_ne_bytes());
        let msg = Messages::new(&lim).next().unwrap().unwrap();
        let l = Limits::parse(&msg).unwrap();
        assert_eq!((l.subflows().unwrap(), l.rcv_add_addrs().unwrap()), (Some(2), Some(1)));
        // A limits message has no endpoint.
        assert!(matches!(Endpoint::parse(&msg), Err(Error::MissingAttr { kind: 1 })));
    }

    #[test]
    fn malformed_replies_are_errors() {
        let good = reply_v6();
        // Every truncation (with the lengths patched to the cut) is an error
        // or a view whose accessors fail; nothing panics.
        for cut in 0..good.len() {
            let mut m = good;
            put(&mut m, 0, &(cut as u32).to_ne_bytes());
            if let Some(Ok(msg)) = Messages::new(&m[..cut]).next() {
                if let Ok(ep) = Endpoint::parse(&msg) {
                    let _ = (ep.id(), ep.addr(), ep.port(), ep.flags(), ep.if_idx());
                }
                let _ = Limits::parse(&msg).map(|l| (l.subflows(), l.rcv_add_addrs()));
                let _ = Event::parse(&msg).map(|e| (e.token(), e.sport(), e.saddr6()));
            }
        }
        // A nest longer than the message.
        let mut m = good;
        nla(&mut m, 20, 200, 0x8001);
        let msg = Messages::new(&m).next().unwrap().unwrap();
        assert!(Endpoint::parse(&msg).is_err());
        // An inner attribute overrunning the nest.
        let mut m = good;
        nla(&mut m, 64, 40, 4);
        let msg = Messages::new(&m).next().unwrap().unwrap();
        assert!(Endpoint::parse(&msg).is_err());
        // An IPv6 address of 12 bytes, an id of 0 bytes.
        let mut m = good;
        nla(&mut m, 64, 16, 4);
        nla(&mut m, 80, 4, 0);
        nla(&mut m, 32, 4, 2);
        nla(&mut m, 36, 4, 0);
        let msg = Messages::new(&m).next().unwrap().unwrap();
        let ep = Endpoint::parse(&msg).unwrap();
        assert!(matches!(ep.addr(), Err(Error::AttrSize { .. })));
        assert!(matches!(ep.id(), Err(Error::AttrSize { .. })));
        // No genlmsghdr at all.
        let mut m = [0u8; 16];
        put(&mut m, 0, &16u32.to_ne_bytes());
        let msg = Messages::new(&m).next().unwrap().unwrap();
        assert!(
            Endpoint::parse(&msg).is_err() && Limits::parse(&msg).is_err() && Event::parse(&msg).is_err()
        );
    }

    #[test]
    fn event_view_reads_sub_established() {
        // MPTCP_EVENT_SUB_ESTABLISHED: token, family, loc_id, rem_id, saddr4,
        // daddr4, sport, dport (big-endian), backup, if_idx.
        let mut m = [0u8; 100];
        headers(&mut m, 0, 10);
        nla(&mut m, 20, 8, 1);
        put(&mut m, 24, &0xdeadbeefu32.to_ne_bytes());
        nla(&mut m, 28, 6, 2);
        put(&mut m, 32, &2u16.to_ne_bytes());
        nla(&mut m, 36, 5, 3);
        m[40] = 1;
        nla(&mut m, 44, 5, 4);
        m[48] = 2;
        nla(&mut m, 52, 8, 5);
        put(&mut m, 56, &[192, 0, 2, 1]);
        nla(&mut m, 60, 8, 7);
        put(&mut m, 64, &[198, 51, 100, 1]);
        nla(&mut m, 68, 6, 9);
        put(&mut m, 72, &[0x12, 0x34]);
        nla(&mut m, 76, 6, 10);
        put(&mut m, 80, &[0, 80]);
        nla(&mut m, 84, 5, 11);
        m[88] = 1;
        nla(&mut m, 92, 8, 15);
        put(&mut m, 96, &3i32.to_ne_bytes());
        let msg = Messages::new(&m[..96]).next();
        assert!(msg.is_none() || msg.unwrap().is_err(), "a message longer than the buffer");
        let msg = Messages::new(&m).next().unwrap().unwrap();
        let e = Event::parse(&msg).unwrap();
        assert_eq!((e.cmd(), e.kind_name()), (10, Some("sub-established")));
        assert_eq!(e.token().unwrap(), Some(0xdeadbeef));
        assert_eq!((e.loc_id().unwrap(), e.rem_id().unwrap()), (Some(1), Some(2)));
        assert_eq!(e.saddr4().unwrap(), Some(Ipv4Addr::new(192, 0, 2, 1)));
        assert_eq!(e.daddr4().unwrap(), Some(Ipv4Addr::new(198, 51, 100, 1)));
        assert_eq!((e.sport().unwrap(), e.dport().unwrap()), (Some(0x1234), Some(80)));
        assert_eq!((e.backup().unwrap(), e.if_idx().unwrap(), e.error().unwrap()), (Some(1), Some(3), None));
        assert_eq!(e.family().unwrap(), Some(2));
        assert!(EVENT_TYPE.iter().any(|(v, _)| *v == 10));
    }
}
