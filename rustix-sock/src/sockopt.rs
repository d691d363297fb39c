//! Options of an open socket: multicast group membership and buffer sizes,
//! and the [`rtnlgrp`] group numbers. The options a socket is opened with
//! are [`Options`](crate::Options).
//!
//! # References
//!  - [netlink(7)](https://man7.org/linux/man-pages/man7/netlink.7.html), "Socket options"
//!  - [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html) for `SO_RCVBUF` and friends

use rustix::fd::AsFd;
use rustix::net::sockopt;

use crate::error::{Context, Result};
use crate::options::{
    NETLINK_ADD_MEMBERSHIP, NETLINK_CAP_ACK, NETLINK_DROP_MEMBERSHIP, NETLINK_EXT_ACK,
    NETLINK_GET_STRICT_CHK, NETLINK_LISTEN_ALL_NSID, NETLINK_LIST_MEMBERSHIPS, NETLINK_NO_ENOBUFS,
    SOL_NETLINK,
};
use crate::socket::Socket;
use crate::sys;

/// Multicast groups and socket options of an open socket.
impl Socket {
    /// Joins multicast group `group` (`NETLINK_ADD_MEMBERSHIP`): any group
    /// number, also above 31 (which the `bind` bitmask cannot express). For
    /// `NETLINK_ROUTE` the numbers are in [`rtnlgrp`].
    ///
    /// Join before dumping, so that no change falls between the dump and the
    /// first notification.
    #[doc(alias = "NETLINK_ADD_MEMBERSHIP")]
    pub fn add_membership(&self, group: u32) -> Result<()> {
        sys::set_u32(self.as_fd(), SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, group)
            .call("setsockopt(NETLINK_ADD_MEMBERSHIP)")
    }

    /// Leaves multicast group `group` (`NETLINK_DROP_MEMBERSHIP`).
    #[doc(alias = "NETLINK_DROP_MEMBERSHIP")]
    pub fn drop_membership(&self, group: u32) -> Result<()> {
        sys::set_u32(self.as_fd(), SOL_NETLINK, NETLINK_DROP_MEMBERSHIP, group)
            .call("setsockopt(NETLINK_DROP_MEMBERSHIP)")
    }

    /// The groups joined (`NETLINK_LIST_MEMBERSHIPS`) as a bitmap: group `g`
    /// is bit `(g - 1) % 32` of word `(g - 1) / 32`. Fills as much of
    /// `bitmap` as fits and returns the number of words the whole bitmap
    /// has (more than `bitmap.len()` means it was cut).
    #[doc(alias = "NETLINK_LIST_MEMBERSHIPS")]
    pub fn memberships(&self, bitmap: &mut [u32]) -> Result<usize> {
        bitmap.fill(0);
        let bytes = sys::get_u32s(self.as_fd(), SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, bitmap)
            .call("getsockopt(NETLINK_LIST_MEMBERSHIPS)")?;
        Ok(bytes.div_ceil(4))
    }

    /// Whether `NETLINK_EXT_ACK` is on.
    pub fn ext_ack(&self) -> bool {
        self.ext_ack
    }

    /// Whether `NETLINK_GET_STRICT_CHK` is on.
    pub fn strict_check(&self) -> bool {
        self.strict_check
    }

    /// Switches `NETLINK_EXT_ACK`.
    pub fn set_ext_ack(&mut self, on: bool) -> Result<()> {
        sys::set_u32(self.as_fd(), SOL_NETLINK, NETLINK_EXT_ACK, on.into())
            .call("setsockopt(NETLINK_EXT_ACK)")?;
        self.ext_ack = on;
        Ok(())
    }

    /// Switches `NETLINK_GET_STRICT_CHK`.
    pub fn set_strict_check(&mut self, on: bool) -> Result<()> {
        sys::set_u32(self.as_fd(), SOL_NETLINK, NETLINK_GET_STRICT_CHK, on.into())
            .call("setsockopt(NETLINK_GET_STRICT_CHK)")?;
        self.strict_check = on;
        Ok(())
    }

    /// Switches `NETLINK_NO_ENOBUFS` (see [`Options::no_enobufs`](crate::Options::no_enobufs)).
    pub fn set_no_enobufs(&self, on: bool) -> Result<()> {
        sys::set_u32(self.as_fd(), SOL_NETLINK, NETLINK_NO_ENOBUFS, on.into())
            .call("setsockopt(NETLINK_NO_ENOBUFS)")
    }

    /// Switches `NETLINK_LISTEN_ALL_NSID` (see [`Options::listen_all_nsid`](crate::Options::listen_all_nsid)).
    pub fn set_listen_all_nsid(&self, on: bool) -> Result<()> {
        sys::set_u32(self.as_fd(), SOL_NETLINK, NETLINK_LISTEN_ALL_NSID, on.into())
            .call("setsockopt(NETLINK_LISTEN_ALL_NSID)")
    }

    /// Switches `NETLINK_CAP_ACK` (see [`Options::cap_ack`](crate::Options::cap_ack)).
    pub fn set_cap_ack(&self, on: bool) -> Result<()> {
        sys::set_u32(self.as_fd(), SOL_NETLINK, NETLINK_CAP_ACK, on.into())
            .call("setsockopt(NETLINK_CAP_ACK)")
    }

    /// Whether `NETLINK_NO_ENOBUFS` is on, as the kernel reports it.
    pub fn no_enobufs(&self) -> Result<bool> {
        Ok(sys::get_u32(self.as_fd(), SOL_NETLINK, NETLINK_NO_ENOBUFS)
            .call("getsockopt(NETLINK_NO_ENOBUFS)")?
            != 0)
    }

    /// `SO_RCVBUF`: sets the receive buffer size (the kernel doubles it and
    /// caps it at `net.core.rmem_max`).
    #[doc(alias = "SO_RCVBUF")]
    pub fn set_recv_buffer_size(&self, bytes: usize) -> Result<()> {
        sockopt::set_socket_recv_buffer_size(self, bytes).call("setsockopt(SO_RCVBUF)")
    }

    /// `SO_RCVBUFFORCE`: as [`set_recv_buffer_size`](Socket::set_recv_buffer_size)
    /// without the `rmem_max` cap; needs `CAP_NET_ADMIN`.
    #[doc(alias = "SO_RCVBUFFORCE")]
    pub fn set_recv_buffer_size_force(&self, bytes: usize) -> Result<()> {
        sockopt::set_socket_recv_buffer_size_force(self, bytes).call("setsockopt(SO_RCVBUFFORCE)")
    }

    /// The receive buffer size the kernel uses (`SO_RCVBUF`).
    pub fn recv_buffer_size(&self) -> Result<usize> {
        sockopt::socket_recv_buffer_size(self).call("getsockopt(SO_RCVBUF)")
    }

    /// `SO_SNDBUF`: sets the send buffer size.
    #[doc(alias = "SO_SNDBUF")]
    pub fn set_send_buffer_size(&self, bytes: usize) -> Result<()> {
        sockopt::set_socket_send_buffer_size(self, bytes).call("setsockopt(SO_SNDBUF)")
    }

    /// `SO_SNDBUFFORCE`: as [`set_send_buffer_size`](Socket::set_send_buffer_size)
    /// without the `wmem_max` cap; needs `CAP_NET_ADMIN`.
    #[doc(alias = "SO_SNDBUFFORCE")]
    pub fn set_send_buffer_size_force(&self, bytes: usize) -> Result<()> {
        sockopt::set_socket_send_buffer_size_force(self, bytes).call("setsockopt(SO_SNDBUFFORCE)")
    }

    /// The send buffer size the kernel uses (`SO_SNDBUF`).
    pub fn send_buffer_size(&self) -> Result<usize> {
        sockopt::socket_send_buffer_size(self).call("getsockopt(SO_SNDBUF)")
    }
}

/// `NETLINK_ROUTE` multicast groups (`enum rtnetlink_groups` in
/// `<linux/rtnetlink.h>`), for [`Socket::add_membership`].
///
/// These are group numbers, not the legacy `RTMGRP_*` bitmasks.
pub mod rtnlgrp {
    /// `RTNLGRP_NONE`.
    pub const NONE: u32 = 0;
    /// `RTNLGRP_LINK`: links (`RTM_NEWLINK` / `RTM_DELLINK`).
    pub const LINK: u32 = 1;
    /// `RTNLGRP_NOTIFY`.
    pub const NOTIFY: u32 = 2;
    /// `RTNLGRP_NEIGH`: neighbours.
    pub const NEIGH: u32 = 3;
    /// `RTNLGRP_TC`: qdiscs, classes, filters.
    pub const TC: u32 = 4;
    /// `RTNLGRP_IPV4_IFADDR`: IPv4 addresses.
    pub const IPV4_IFADDR: u32 = 5;
    /// `RTNLGRP_IPV4_MROUTE`.
    pub const IPV4_MROUTE: u32 = 6;
    /// `RTNLGRP_IPV4_ROUTE`: IPv4 routes.
    pub const IPV4_ROUTE: u32 = 7;
    /// `RTNLGRP_IPV4_RULE`: IPv4 rules.
    pub const IPV4_RULE: u32 = 8;
    /// `RTNLGRP_IPV6_IFADDR`: IPv6 addresses.
    pub const IPV6_IFADDR: u32 = 9;
    /// `RTNLGRP_IPV6_MROUTE`.
    pub const IPV6_MROUTE: u32 = 10;
    /// `RTNLGRP_IPV6_ROUTE`: IPv6 routes.
    pub const IPV6_ROUTE: u32 = 11;
    /// `RTNLGRP_IPV6_IFINFO`.
    pub const IPV6_IFINFO: u32 = 12;
    /// `RTNLGRP_DECnet_IFADDR` (DECnet is gone from the kernel).
    pub const DECNET_IFADDR: u32 = 13;
    /// `RTNLGRP_NOP2`.
    pub const NOP2: u32 = 14;
    /// `RTNLGRP_DECnet_ROUTE`.
    pub const DECNET_ROUTE: u32 = 15;
    /// `RTNLGRP_DECnet_RULE`.
    pub const DECNET_RULE: u32 = 16;
    /// `RTNLGRP_NOP4`.
    pub const NOP4: u32 = 17;
    /// `RTNLGRP_IPV6_PREFIX`.
    pub const IPV6_PREFIX: u32 = 18;
    /// `RTNLGRP_IPV6_RULE`: IPv6 rules.
    pub const IPV6_RULE: u32 = 19;
    /// `RTNLGRP_ND_USEROPT`.
    pub const ND_USEROPT: u32 = 20;
    /// `RTNLGRP_PHONET_IFADDR`.
    pub const PHONET_IFADDR: u32 = 21;
    /// `RTNLGRP_PHONET_ROUTE`.
    pub const PHONET_ROUTE: u32 = 22;
    /// `RTNLGRP_DCB`.
    pub const DCB: u32 = 23;
    /// `RTNLGRP_IPV4_NETCONF`.
    pub const IPV4_NETCONF: u32 = 24;
    /// `RTNLGRP_IPV6_NETCONF`.
    pub const IPV6_NETCONF: u32 = 25;
    /// `RTNLGRP_MDB`: bridge multicast database.
    pub const MDB: u32 = 26;
    /// `RTNLGRP_MPLS_ROUTE`.
    pub const MPLS_ROUTE: u32 = 27;
    /// `RTNLGRP_NSID`: namespace ids.
    pub const NSID: u32 = 28;
    /// `RTNLGRP_MPLS_NETCONF`.
    pub const MPLS_NETCONF: u32 = 29;
    /// `RTNLGRP_IPV4_MROUTE_R`.
    pub const IPV4_MROUTE_R: u32 = 30;
    /// `RTNLGRP_IPV6_MROUTE_R`.
    pub const IPV6_MROUTE_R: u32 = 31;
    /// `RTNLGRP_NEXTHOP`: nexthop objects (the first group above 31).
    pub const NEXTHOP: u32 = 32;
    /// `RTNLGRP_BRVLAN`: bridge VLANs.
    pub const BRVLAN: u32 = 33;
    /// `RTNLGRP_MCTP_IFADDR`.
    pub const MCTP_IFADDR: u32 = 34;
    /// `RTNLGRP_TUNNEL`.
    pub const TUNNEL: u32 = 35;
    /// `RTNLGRP_STATS`.
    pub const STATS: u32 = 36;
    /// `RTNLGRP_IPV4_MCADDR`: IPv4 multicast addresses (6.13).
    pub const IPV4_MCADDR: u32 = 37;
    /// `RTNLGRP_IPV6_MCADDR`: IPv6 multicast addresses (6.13).
    pub const IPV6_MCADDR: u32 = 38;
    /// `RTNLGRP_IPV6_ACADDR`: IPv6 anycast addresses (6.14).
    pub const IPV6_ACADDR: u32 = 39;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_numbers_match_the_headers() {
        use linux_raw_sys::netlink::rtnetlink_groups as g;
        let pairs = [
            (rtnlgrp::NONE, g::RTNLGRP_NONE),
            (rtnlgrp::LINK, g::RTNLGRP_LINK),
            (rtnlgrp::NOTIFY, g::RTNLGRP_NOTIFY),
            (rtnlgrp::NEIGH, g::RTNLGRP_NEIGH),
            (rtnlgrp::TC, g::RTNLGRP_TC),
            (rtnlgrp::IPV4_IFADDR, g::RTNLGRP_IPV4_IFADDR),
            (rtnlgrp::IPV4_MROUTE, g::RTNLGRP_IPV4_MROUTE),
            (rtnlgrp::IPV4_ROUTE, g::RTNLGRP_IPV4_ROUTE),
            (rtnlgrp::IPV4_RULE, g::RTNLGRP_IPV4_RULE),
            (rtnlgrp::IPV6_IFADDR, g::RTNLGRP_IPV6_IFADDR),
            (rtnlgrp::IPV6_MROUTE, g::RTNLGRP_IPV6_MROUTE),
            (rtnlgrp::IPV6_ROUTE, g::RTNLGRP_IPV6_ROUTE),
            (rtnlgrp::IPV6_IFINFO, g::RTNLGRP_IPV6_IFINFO),
            (rtnlgrp::DECNET_IFADDR, g::RTNLGRP_DECnet_IFADDR),
            (rtnlgrp::NOP2, g::RTNLGRP_NOP2),
            (rtnlgrp::DECNET_ROUTE, g::RTNLGRP_DECnet_ROUTE),
            (rtnlgrp::DECNET_RULE, g::RTNLGRP_DECnet_RULE),
            (rtnlgrp::NOP4, g::RTNLGRP_NOP4),
            (rtnlgrp::IPV6_PREFIX, g::RTNLGRP_IPV6_PREFIX),
            (rtnlgrp::IPV6_RULE, g::RTNLGRP_IPV6_RULE),
            (rtnlgrp::ND_USEROPT, g::RTNLGRP_ND_USEROPT),
            (rtnlgrp::PHONET_IFADDR, g::RTNLGRP_PHONET_IFADDR),
            (rtnlgrp::PHONET_ROUTE, g::RTNLGRP_PHONET_ROUTE),
            (rtnlgrp::DCB, g::RTNLGRP_DCB),
            (rtnlgrp::IPV4_NETCONF, g::RTNLGRP_IPV4_NETCONF),
            (rtnlgrp::IPV6_NETCONF, g::RTNLGRP_IPV6_NETCONF),
            (rtnlgrp::MDB, g::RTNLGRP_MDB),
            (rtnlgrp::MPLS_ROUTE, g::RTNLGRP_MPLS_ROUTE),
            (rtnlgrp::NSID, g::RTNLGRP_NSID),
            (rtnlgrp::MPLS_NETCONF, g::RTNLGRP_MPLS_NETCONF),
            (rtnlgrp::IPV4_MROUTE_R, g::RTNLGRP_IPV4_MROUTE_R),
            (rtnlgrp::IPV6_MROUTE_R, g::RTNLGRP_IPV6_MROUTE_R),
            (rtnlgrp::NEXTHOP, g::RTNLGRP_NEXTHOP),
            (rtnlgrp::BRVLAN, g::RTNLGRP_BRVLAN),
            (rtnlgrp::MCTP_IFADDR, g::RTNLGRP_MCTP_IFADDR),
            (rtnlgrp::TUNNEL, g::RTNLGRP_TUNNEL),
            (rtnlgrp::STATS, g::RTNLGRP_STATS),
            (rtnlgrp::IPV4_MCADDR, g::RTNLGRP_IPV4_MCADDR),
            (rtnlgrp::IPV6_MCADDR, g::RTNLGRP_IPV6_MCADDR),
            (rtnlgrp::IPV6_ACADDR, g::RTNLGRP_IPV6_ACADDR),
        ];
        for (ours, header) in pairs {
            assert_eq!(ours, header as u32);
        }
        // The last group: nothing missing at the end.
        assert_eq!(rtnlgrp::IPV6_ACADDR + 1, g::__RTNLGRP_MAX as u32);
    }
}
