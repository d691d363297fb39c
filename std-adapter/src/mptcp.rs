//! The MPTCP path manager through a [`Genl`] session: endpoints and limits
//! (`ip mptcp endpoint|limits`) and its events (`ip mptcp monitor`).
//!
//! ```no_run
//! use nlwire::mptcp::{AddEndpoint, EndpointFlags, SetLimits};
//! use nlwire_std::Genl;
//! let mut genl = Genl::new()?;
//! let mut pm = genl.mptcp();
//! pm.add_endpoint(&AddEndpoint {
//!     flags: EndpointFlags::SUBFLOW,
//!     ..AddEndpoint::new("192.0.2.1".parse().unwrap())
//! })?;
//! pm.set_limits(&SetLimits { subflows: Some(2), add_addr_accepted: Some(2) })?;
//! for ep in pm.endpoints()? {
//!     println!("{} id {} {:?}", ep.addr, ep.id, ep.flags);
//! }
//! # Ok::<(), nlwire_std::Error>(())
//! ```

use std::net::IpAddr;

use nlwire::genl::To;
use nlwire::mptcp::{
    AddEndpoint, DelEndpoint, DumpEndpoints, Endpoint, EndpointFlags, FlushEndpoints, GetEndpoint, GetLimits,
    Limits, SetEndpointFlags, SetLimits, EVENTS_GROUP, FAMILY_NAME,
};
use nlwire::tables::mptcp_pm::{address, attr};
use nlwire::Error::MissingAttr;
use nlwire::Message;

use crate::error::{Error, Result};
use crate::genl::{change, family_handle, genl_verbs, get, Genl, GenlSession};

/// An endpoint of the in-kernel path manager, owned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MptcpEndpoint {
    /// The endpoint id.
    pub id: u8,
    /// The local address.
    pub addr: IpAddr,
    /// The port (0 for none).
    pub port: u16,
    /// `signal`, `subflow`, `backup`, `fullmesh`, ...
    pub flags: EndpointFlags,
    /// The interface it is bound to (0 for none).
    pub ifindex: i32,
}

impl MptcpEndpoint {
    /// Reads a `GET_ADDR` reply; one that does not read is [`Error::Malformed`].
    pub fn from_message(msg: &Message<'_>) -> Result<Self> {
        let read = || -> nlwire::Result<Self> {
            let ep = Endpoint::parse(msg)?;
            Ok(MptcpEndpoint {
                id: ep.id()?.ok_or(MissingAttr { kind: address::ID })?,
                addr: ep.addr()?.ok_or(MissingAttr { kind: address::ADDR4 })?,
                port: ep.port()?.unwrap_or(0),
                flags: ep.flags()?.unwrap_or_default(),
                ifindex: ep.if_idx()?.unwrap_or(0),
            })
        };
        read().map_err(Error::Malformed)
    }
}

/// The path manager's limits, per connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MptcpLimits {
    /// Subflows.
    pub subflows: u32,
    /// ADD_ADDRs accepted.
    pub add_addr_accepted: u32,
}

family_handle! {
    /// The MPTCP path manager of a generic session's namespace
    /// ([`Genl::mptcp`], blocking, or `AsyncGenl::mptcp`, each verb
    /// `.await`ed). Errors carry the kernel's errno and extended-ACK text.
    Mptcp, mptcp, "The MPTCP path manager (`mptcp_pm`), resolved on first use: `genl.mptcp().endpoints()`."
}

/// Every endpoint, in the kernel's order.
async fn endpoints<S: GenlSession>(genl: &mut S) -> Result<Vec<MptcpEndpoint>> {
    let family = genl.family_id(FAMILY_NAME).await?;
    let dump = genl.dump_owned(&To { family, command: &DumpEndpoints }, 3).await?;
    dump.iter().map(|msg| MptcpEndpoint::from_message(&msg.message())).collect()
}

/// The endpoint with id `id`.
async fn endpoint<S: GenlSession>(genl: &mut S, id: u8) -> Result<MptcpEndpoint> {
    MptcpEndpoint::from_message(&get(genl, FAMILY_NAME, &GetEndpoint { id }).await?.message())
}

/// The limits; a reply without them is [`Error::Malformed`].
async fn limits<S: GenlSession>(genl: &mut S) -> Result<MptcpLimits> {
    let reply = get(genl, FAMILY_NAME, &GetLimits).await?;
    let read = |l: Limits<'_>| -> nlwire::Result<MptcpLimits> {
        Ok(MptcpLimits {
            subflows: l.subflows()?.ok_or(MissingAttr { kind: attr::SUBFLOWS })?,
            add_addr_accepted: l.rcv_add_addrs()?.ok_or(MissingAttr { kind: attr::RCV_ADD_ADDRS })?,
        })
    };
    Limits::parse(&reply.message()).and_then(read).map_err(Error::Malformed)
}

impl<S: GenlSession> Mptcp<S> {
    genl_verbs! { genl:
        /// Every endpoint (`ip mptcp endpoint show`), in the kernel's order.
        endpoints() -> Vec<MptcpEndpoint> = endpoints(genl);
        /// The endpoint with id `id` (`ip mptcp endpoint show id ID`).
        endpoint(id: u8) -> MptcpEndpoint = endpoint(genl, id);
        /// Adds an endpoint (`ip mptcp endpoint add`).
        add_endpoint(add: &'a AddEndpoint) -> () = change(genl, FAMILY_NAME, *add);
        /// Deletes the endpoint with id `id` (not 0; see [`del_endpoint_addr`](Self::del_endpoint_addr)).
        del_endpoint(id: u8) -> () = change(genl, FAMILY_NAME, DelEndpoint { id, addr: None });
        /// Deletes by address with id 0 (`ip mptcp endpoint delete id 0 ADDRESS`).
        del_endpoint_addr(addr: IpAddr) -> () =
            change(genl, FAMILY_NAME, DelEndpoint { id: 0, addr: Some(addr) });
        /// Changes the `backup`/`fullmesh` flags of an endpoint (`ip mptcp endpoint change`).
        set_endpoint_flags(set: &'a SetEndpointFlags) -> () = change(genl, FAMILY_NAME, *set);
        /// Removes every endpoint (`ip mptcp endpoint flush`).
        flush() -> () = change(genl, FAMILY_NAME, FlushEndpoints);
        /// The limits (`ip mptcp limits show`); a reply without them is [`Error::Malformed`].
        limits() -> MptcpLimits = limits(genl);
        /// Sets the limits given (`ip mptcp limits set`).
        set_limits(set: &'a SetLimits) -> () = change(genl, FAMILY_NAME, *set);
        /// The family id the kernel assigned to `mptcp_pm` (its messages' type).
        family_id() -> u16 = genl.family_id(FAMILY_NAME);
    }
}

impl Mptcp<&mut Genl> {
    /// Joins the events group: events then arrive on the session's
    /// [`socket`](Genl::socket), one [`nlwire::mptcp::Event`] per message of
    /// the family id [`family_id`](Self::family_id). Returns the group id.
    pub fn join_events(&mut self) -> Result<u32> {
        self.genl.join(FAMILY_NAME, EVENTS_GROUP)
    }
}
