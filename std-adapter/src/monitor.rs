//! Event monitoring: typed events from a reused buffer.

use nlwire::msg_type;
use nlwire::Message;
use nlwire_rustix::monitor::MonitorEvent;
use nlwire_rustix::{Protocol, Socket};

use crate::error::Result;
use crate::owned::OwnedMessage;
use crate::socket::{open_socket_of, NetnsRef, RECV_BUF};

/// Multicast groups to watch, as `ip monitor` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Group {
    /// Links (`RTNLGRP_LINK`).
    Link,
    /// Neighbours (`RTNLGRP_NEIGH`).
    Neigh,
    /// IPv4 addresses.
    Ipv4Addr,
    /// IPv6 addresses.
    Ipv6Addr,
    /// IPv4 routes.
    Ipv4Route,
    /// IPv6 routes.
    Ipv6Route,
    /// IPv4 rules.
    Ipv4Rule,
    /// IPv6 rules.
    Ipv6Rule,
    /// Traffic control.
    Tc,
    /// Namespace ids.
    Nsid,
    /// Next-hop objects.
    Nexthop,
    /// Any group by number (`RTNLGRP_*`).
    Other(u32),
}

impl Group {
    /// The groups `ip monitor` watches by default (links, addresses, routes,
    /// neighbours, rules, namespace ids, next hops).
    pub const ALL: [Group; 10] = [
        Group::Link,
        Group::Neigh,
        Group::Ipv4Addr,
        Group::Ipv6Addr,
        Group::Ipv4Route,
        Group::Ipv6Route,
        Group::Ipv4Rule,
        Group::Ipv6Rule,
        Group::Nsid,
        Group::Nexthop,
    ];

    /// The `RTNLGRP_*` number.
    pub fn number(self) -> u32 {
        use nlwire_rustix::rtnlgrp;
        match self {
            Group::Link => rtnlgrp::LINK,
            Group::Neigh => rtnlgrp::NEIGH,
            Group::Ipv4Addr => rtnlgrp::IPV4_IFADDR,
            Group::Ipv6Addr => rtnlgrp::IPV6_IFADDR,
            Group::Ipv4Route => rtnlgrp::IPV4_ROUTE,
            Group::Ipv6Route => rtnlgrp::IPV6_ROUTE,
            Group::Ipv4Rule => rtnlgrp::IPV4_RULE,
            Group::Ipv6Rule => rtnlgrp::IPV6_RULE,
            Group::Tc => rtnlgrp::TC,
            Group::Nsid => rtnlgrp::NSID,
            Group::Nexthop => rtnlgrp::NEXTHOP,
            Group::Other(n) => n,
        }
    }
}

/// Declares [`Event`] with one variant a notification type (`Name =
/// RTM_TYPE`), and what reads it: `Event::of` and `Event::message`.
macro_rules! events {
    ($($variant:ident = $kind:ident,)+) => {
        /// What happened, by object and verb; the message is borrowed from the
        /// monitor's buffer until the next call.
        #[derive(Debug, Clone, Copy)]
        #[non_exhaustive]
        pub enum Event<'a> {
            $(#[doc = concat!("`", stringify!($kind), "`.")] $variant(Message<'a>),)+
            /// Any other message (qdiscs, nsids, next hops, ...).
            Other(Message<'a>),
            /// Events were lost (the receive buffer overflowed), and those queued
            /// before the loss discarded: dump again, then apply the events that follow.
            Overrun,
        }

        impl<'a> Event<'a> {
            pub(crate) fn of(event: MonitorEvent<'a>) -> Self {
                let MonitorEvent::Message(msg) = event else { return Event::Overrun };
                match msg.kind() {
                    $(msg_type::$kind => Event::$variant(msg),)+
                    _ => Event::Other(msg),
                }
            }

            /// The message, for every event but [`Event::Overrun`].
            pub fn message(&self) -> Option<&Message<'a>> {
                match self {
                    $(Event::$variant(m))|+ | Event::Other(m) => Some(m),
                    Event::Overrun => None,
                }
            }
        }
    };
}

events! {
    NewLink = RTM_NEWLINK,
    DelLink = RTM_DELLINK,
    NewAddr = RTM_NEWADDR,
    DelAddr = RTM_DELADDR,
    NewRoute = RTM_NEWROUTE,
    DelRoute = RTM_DELROUTE,
    NewNeigh = RTM_NEWNEIGH,
    DelNeigh = RTM_DELNEIGH,
    NewRule = RTM_NEWRULE,
    DelRule = RTM_DELRULE,
}

/// An event kept beyond the next receive: what the async monitor's
/// `Stream` yields.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum OwnedEvent {
    /// A notification, copied (one allocation).
    Message(OwnedMessage),
    /// Events were lost, and those queued before the loss discarded: dump
    /// again, then apply the events that follow.
    Overrun,
}

impl OwnedEvent {
    /// The typed event, borrowed.
    pub fn event(&self) -> Event<'_> {
        Event::of(match self {
            OwnedEvent::Message(msg) => MonitorEvent::Message(msg.message()),
            OwnedEvent::Overrun => MonitorEvent::Overrun,
        })
    }
}

/// A route socket in `netns` (`None`: the caller's), subscribed to
/// `groups` (for the blocking and the async monitor).
pub(crate) fn subscribed(netns: Option<&NetnsRef>, groups: &[Group]) -> Result<Socket> {
    let sock = open_socket_of(Protocol::Route, netns)?;
    for g in groups {
        sock.add_membership(g.number())?;
    }
    Ok(sock)
}

/// A subscription: its own socket and one receive buffer, reused for every
/// event. After the first event, receiving allocates nothing.
pub struct Monitor {
    inner: nlwire_rustix::monitor::Monitor<Socket, Vec<u8>>,
}

impl Monitor {
    /// Subscribes to `groups` in the caller's namespace.
    pub fn new(groups: &[Group]) -> Result<Self> {
        Self::subscribe(None, groups)
    }

    /// Subscribes to `groups` in another namespace.
    pub fn in_netns(netns: impl Into<NetnsRef>, groups: &[Group]) -> Result<Self> {
        Self::subscribe(Some(&netns.into()), groups)
    }

    /// Subscribes to `groups` in `netns` (`None`: the caller's).
    pub(crate) fn subscribe(netns: Option<&NetnsRef>, groups: &[Group]) -> Result<Self> {
        let sock = subscribed(netns, groups)?;
        Ok(Monitor { inner: nlwire_rustix::monitor::Monitor::new(sock, vec![0; RECV_BUF]) })
    }

    /// The socket (for `poll`, or to dump after subscribing: subscribe
    /// first, then dump, and no change falls between).
    pub fn socket(&self) -> &Socket {
        self.inner.socket()
    }

    /// Waits for the next event.
    pub fn next_event(&mut self) -> Result<Event<'_>> {
        Ok(Event::of(self.inner.next()?))
    }
}
