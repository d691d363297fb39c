//! Event monitoring: typed events from a reused buffer.

use nlwire::msg_type;
use nlwire::Message;
use nlwire_rustix::monitor::MonitorEvent;
use nlwire_rustix::{Protocol, Socket};

use crate::error::Result;
use crate::owned::OwnedMessage;
use crate::socket::{open_socket_of, NetnsRef, RECV_BUF};

/// Declares [`Group`], one variant a multicast group (`Name = RTNLGRP_`
/// suffix), and its [`number`](Group::number).
macro_rules! groups {
    ($($(#[$doc:meta])* $group:ident = $number:ident,)+) => {
        /// Multicast groups to watch, as `ip monitor` names them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum Group {
            $($(#[$doc])* $group,)+
            /// Any group by number (`RTNLGRP_*`).
            Other(u32),
        }

        impl Group {
            /// The `RTNLGRP_*` number.
            pub fn number(self) -> u32 {
                match self {
                    $(Group::$group => nlwire_rustix::rtnlgrp::$number,)+
                    Group::Other(n) => n,
                }
            }
        }
    };
}

groups! {
    /// Links (`RTNLGRP_LINK`).
    Link = LINK,
    /// Neighbours (`RTNLGRP_NEIGH`).
    Neigh = NEIGH,
    /// IPv4 addresses.
    Ipv4Addr = IPV4_IFADDR,
    /// IPv6 addresses.
    Ipv6Addr = IPV6_IFADDR,
    /// IPv4 routes.
    Ipv4Route = IPV4_ROUTE,
    /// IPv6 routes.
    Ipv6Route = IPV6_ROUTE,
    /// IPv4 rules.
    Ipv4Rule = IPV4_RULE,
    /// IPv6 rules.
    Ipv6Rule = IPV6_RULE,
    /// Traffic control.
    Tc = TC,
    /// Namespace ids.
    Nsid = NSID,
    /// Next-hop objects.
    Nexthop = NEXTHOP,
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
