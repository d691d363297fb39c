//! Dispatch from message type to family spec, and the one check every
//! typed view makes on construction.

use zerocopy::{FromBytes, Immutable, KnownLayout, Unaligned};

use crate::attr::Attrs;
use crate::error::{Error, Result};
use crate::message::{msg_type::*, Message};
use crate::spec::MessageSpec;

pub(crate) fn message_spec(kind: u16) -> Option<&'static MessageSpec> {
    Some(match kind {
        RTM_NEWLINK | RTM_DELLINK | RTM_GETLINK | RTM_SETLINK => &crate::link::MESSAGE,
        RTM_NEWADDR | RTM_DELADDR | RTM_GETADDR => &crate::addr::MESSAGE,
        RTM_NEWROUTE | RTM_DELROUTE | RTM_GETROUTE => &crate::route::MESSAGE,
        RTM_NEWNEIGH | RTM_DELNEIGH | RTM_GETNEIGH => &crate::neigh::MESSAGE,
        RTM_NEWRULE | RTM_DELRULE | RTM_GETRULE => &crate::rule::MESSAGE,
        RTM_NEWQDISC | RTM_DELQDISC | RTM_GETQDISC | RTM_NEWTCLASS | RTM_DELTCLASS | RTM_GETTCLASS
        | RTM_NEWTFILTER | RTM_DELTFILTER | RTM_GETTFILTER => &crate::tc::MESSAGE,
        RTM_NEWNETCONF | RTM_DELNETCONF | RTM_GETNETCONF => &crate::netconf::MESSAGE,
        RTM_NEWNSID | RTM_DELNSID | RTM_GETNSID => &crate::nsid::MESSAGE,
        RTM_NEWNEXTHOP | RTM_DELNEXTHOP | RTM_GETNEXTHOP => &crate::nexthop::MESSAGE,
        _ => return None,
    })
}

/// Every family's message spec, for tools that walk all spaces (the fuzz
/// dictionary, documentation).
pub(crate) static ALL: [&MessageSpec; 9] = [
    &crate::link::MESSAGE,
    &crate::addr::MESSAGE,
    &crate::route::MESSAGE,
    &crate::neigh::MESSAGE,
    &crate::rule::MESSAGE,
    &crate::tc::MESSAGE,
    &crate::netconf::MESSAGE,
    &crate::nsid::MESSAGE,
    &crate::nexthop::MESSAGE,
];

/// Checks that `msg` is one of `kinds` and splits it into the family header
/// `T` and the attribute chain after it.
pub(crate) fn split<'a, T>(
    msg: &Message<'a>,
    kinds: &[u16],
    family: &'static str,
) -> Result<(&'a T, Attrs<'a>)>
where
    T: FromBytes + KnownLayout + Immutable + Unaligned,
{
    if !kinds.contains(&msg.kind()) {
        return Err(Error::WrongMessageType { expected: family, found: msg.kind() });
    }
    let header = msg.family_header::<T>()?;
    Ok((header, msg.attrs_after(core::mem::size_of::<T>())))
}
