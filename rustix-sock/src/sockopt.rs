//! Socket options: the [`Options`] a socket is opened with, multicast
//! group membership and buffer sizes, and the [`rtnlgrp`] group numbers.
//!
//! # References
//!  - [netlink(7)](https://man7.org/linux/man-pages/man7/netlink.7.html), "Socket options"
//!  - [socket(7)](https://man7.org/linux/man-pages/man7/socket.7.html) for `SO_RCVBUF` and friends

use rustix::fd::AsFd;
use rustix::net::sockopt;

use crate::error::{Context, Result};
use crate::socket::Socket;
use crate::sys;

/// `SOL_NETLINK`, the socket option level of netlink options.
pub(crate) const SOL_NETLINK: u32 = 270;
/// `NETLINK_ADD_MEMBERSHIP`.
pub(crate) const NETLINK_ADD_MEMBERSHIP: u32 = 1;
/// `NETLINK_DROP_MEMBERSHIP`.
pub(crate) const NETLINK_DROP_MEMBERSHIP: u32 = 2;
/// `NETLINK_NO_ENOBUFS`.
pub(crate) const NETLINK_NO_ENOBUFS: u32 = 5;
/// `NETLINK_LISTEN_ALL_NSID`.
pub(crate) const NETLINK_LISTEN_ALL_NSID: u32 = 8;
/// `NETLINK_LIST_MEMBERSHIPS`.
pub(crate) const NETLINK_LIST_MEMBERSHIPS: u32 = 9;
/// `NETLINK_CAP_ACK`.
pub(crate) const NETLINK_CAP_ACK: u32 = 10;
/// `NETLINK_EXT_ACK`.
pub(crate) const NETLINK_EXT_ACK: u32 = 11;
/// `NETLINK_GET_STRICT_CHK`.
pub(crate) const NETLINK_GET_STRICT_CHK: u32 = 12;

/// How to open a [`Socket`]: a small `Copy` builder.
///
/// The defaults ([`Options::new`], also `Default`):
/// - `NETLINK_EXT_ACK` on: errors carry the kernel's message and the
///   offending attribute.
/// - `NETLINK_GET_STRICT_CHK` on: dump requests are checked strictly and
///   their filters are honoured by the kernel.
/// - not strict: if the kernel refuses either option (kernels before 4.12
///   and 4.20), the socket opens without it; [`Socket::ext_ack`] and
///   [`Socket::strict_check`] tell what is on. With [`strict`](Options::strict)
///   the open fails instead.
/// - the kernel's buffer sizes, blocking mode, no other option.
///
/// ```no_run
/// use nlwire_rustix::{Options, Protocol, Socket};
/// let monitor = Options::new().recv_buffer(4 << 20).listen_all_nsid(true);
/// let sock = Socket::open_with(Protocol::Route, &monitor)?;
/// # Ok::<(), nlwire_rustix::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub(crate) ext_ack: bool,
    pub(crate) strict_check: bool,
    pub(crate) strict: bool,
    pub(crate) cap_ack: bool,
    pub(crate) no_enobufs: bool,
    pub(crate) listen_all_nsid: bool,
    pub(crate) nonblocking: bool,
    pub(crate) recv_buffer: Option<(usize, bool)>,
    pub(crate) send_buffer: Option<(usize, bool)>,
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}

impl Options {
    /// The defaults described [above](Options).
    pub const fn new() -> Self {
        Options {
            ext_ack: true,
            strict_check: true,
            strict: false,
            cap_ack: false,
            no_enobufs: false,
            listen_all_nsid: false,
            nonblocking: false,
            recv_buffer: None,
            send_buffer: None,
        }
    }

    /// `NETLINK_EXT_ACK`: extended ACKs (error messages, attribute offsets).
    /// Default on.
    pub const fn ext_ack(mut self, on: bool) -> Self {
        self.ext_ack = on;
        self
    }

    /// `NETLINK_GET_STRICT_CHK`: strict checking of dump requests. Default on.
    pub const fn strict_check(mut self, on: bool) -> Self {
        self.strict_check = on;
        self
    }

    /// Fail the open if the kernel refuses `NETLINK_EXT_ACK` or
    /// `NETLINK_GET_STRICT_CHK` (when asked for). Default off: open without.
    pub const fn strict(mut self, on: bool) -> Self {
        self.strict = on;
        self
    }

    /// `NETLINK_CAP_ACK`: error messages do not echo the request's payload.
    /// Default off.
    pub const fn cap_ack(mut self, on: bool) -> Self {
        self.cap_ack = on;
        self
    }

    /// `NETLINK_NO_ENOBUFS`: never report overruns. Default off: an
    /// overrun is reported once as [`Error::Overrun`](crate::Error::Overrun),
    /// which a monitor should act on.
    pub const fn no_enobufs(mut self, on: bool) -> Self {
        self.no_enobufs = on;
        self
    }

    /// `NETLINK_LISTEN_ALL_NSID`: receive notifications from every namespace
    /// that has an id in this one. Default off.
    pub const fn listen_all_nsid(mut self, on: bool) -> Self {
        self.listen_all_nsid = on;
        self
    }

    /// `SOCK_NONBLOCK`: receive and send give
    /// [`Error::WouldBlock`](crate::Error::WouldBlock) instead of waiting.
    /// Default off.
    pub const fn nonblocking(mut self, on: bool) -> Self {
        self.nonblocking = on;
        self
    }

    /// `SO_RCVBUF`, in bytes (the kernel doubles it and caps it at
    /// `net.core.rmem_max`).
    pub const fn recv_buffer(mut self, bytes: usize) -> Self {
        self.recv_buffer = Some((bytes, false));
        self
    }

    /// `SO_RCVBUFFORCE`: like [`recv_buffer`](Options::recv_buffer) beyond
    /// `rmem_max`; needs `CAP_NET_ADMIN`, else the open fails.
    pub const fn recv_buffer_force(mut self, bytes: usize) -> Self {
        self.recv_buffer = Some((bytes, true));
        self
    }

    /// `SO_SNDBUF`, in bytes.
    pub const fn send_buffer(mut self, bytes: usize) -> Self {
        self.send_buffer = Some((bytes, false));
        self
    }

    /// `SO_SNDBUFFORCE`; needs `CAP_NET_ADMIN`, else the open fails.
    pub const fn send_buffer_force(mut self, bytes: usize) -> Self {
        self.send_buffer = Some((bytes, true));
        self
    }

    /// Sets the options on a fresh socket.
    pub(crate) fn apply(&self, sock: &mut Socket) -> Result<()> {
        let fd = sock.as_fd();
        let soft = |on: bool, name: u32, call: &'static str| -> Result<bool> {
            if !on {
                return Ok(false);
            }
            match sys::set_u32(fd, SOL_NETLINK, name, 1) {
                Ok(()) => Ok(true),
                Err(e) if self.strict => Err(crate::Error::sys(call, e)),
                Err(_) => Ok(false),
            }
        };
        let ext_ack = soft(self.ext_ack, NETLINK_EXT_ACK, "setsockopt(NETLINK_EXT_ACK)")?;
        let strict_check =
            soft(self.strict_check, NETLINK_GET_STRICT_CHK, "setsockopt(NETLINK_GET_STRICT_CHK)")?;
        let flags = [
            (self.cap_ack, NETLINK_CAP_ACK, "setsockopt(NETLINK_CAP_ACK)"),
            (self.no_enobufs, NETLINK_NO_ENOBUFS, "setsockopt(NETLINK_NO_ENOBUFS)"),
            (self.listen_all_nsid, NETLINK_LISTEN_ALL_NSID, "setsockopt(NETLINK_LISTEN_ALL_NSID)"),
        ];
        for (on, name, call) in flags {
            if on {
                sys::set_u32(fd, SOL_NETLINK, name, 1).call(call)?;
            }
        }
        match self.recv_buffer {
            Some((n, false)) => sockopt::set_socket_recv_buffer_size(fd, n).call("setsockopt(SO_RCVBUF)")?,
            Some((n, true)) => {
                sockopt::set_socket_recv_buffer_size_force(fd, n).call("setsockopt(SO_RCVBUFFORCE)")?
            }
            None => {}
        }
        match self.send_buffer {
            Some((n, false)) => sockopt::set_socket_send_buffer_size(fd, n).call("setsockopt(SO_SNDBUF)")?,
            Some((n, true)) => {
                sockopt::set_socket_send_buffer_size_force(fd, n).call("setsockopt(SO_SNDBUFFORCE)")?
            }
            None => {}
        }
        sock.ext_ack = ext_ack;
        sock.strict_check = strict_check;
        Ok(())
    }
}

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

    /// Switches `NETLINK_NO_ENOBUFS` (see [`Options::no_enobufs`]).
    pub fn set_no_enobufs(&self, on: bool) -> Result<()> {
        sys::set_u32(self.as_fd(), SOL_NETLINK, NETLINK_NO_ENOBUFS, on.into())
            .call("setsockopt(NETLINK_NO_ENOBUFS)")
    }

    /// Switches `NETLINK_LISTEN_ALL_NSID` (see [`Options::listen_all_nsid`]).
    pub fn set_listen_all_nsid(&self, on: bool) -> Result<()> {
        sys::set_u32(self.as_fd(), SOL_NETLINK, NETLINK_LISTEN_ALL_NSID, on.into())
            .call("setsockopt(NETLINK_LISTEN_ALL_NSID)")
    }

    /// Switches `NETLINK_CAP_ACK` (see [`Options::cap_ack`]).
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
    fn option_numbers_match_the_headers() {
        use linux_raw_sys::netlink as h;
        assert_eq!(SOL_NETLINK, linux_raw_sys::net::SOL_NETLINK);
        assert_eq!(NETLINK_ADD_MEMBERSHIP, h::NETLINK_ADD_MEMBERSHIP);
        assert_eq!(NETLINK_DROP_MEMBERSHIP, h::NETLINK_DROP_MEMBERSHIP);
        assert_eq!(NETLINK_NO_ENOBUFS, h::NETLINK_NO_ENOBUFS);
        assert_eq!(NETLINK_LISTEN_ALL_NSID, h::NETLINK_LISTEN_ALL_NSID);
        assert_eq!(NETLINK_LIST_MEMBERSHIPS, h::NETLINK_LIST_MEMBERSHIPS);
        assert_eq!(NETLINK_CAP_ACK, h::NETLINK_CAP_ACK);
        assert_eq!(NETLINK_EXT_ACK, h::NETLINK_EXT_ACK);
        assert_eq!(NETLINK_GET_STRICT_CHK, h::NETLINK_GET_STRICT_CHK);
    }

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

    #[test]
    fn defaults() {
        let o = Options::default();
        assert!(o.ext_ack && o.strict_check && !o.strict);
        assert!(!o.cap_ack && !o.no_enobufs && !o.listen_all_nsid && !o.nonblocking);
        assert_eq!((o.recv_buffer, o.send_buffer), (None, None));
        let o = Options::new().ext_ack(false).recv_buffer_force(1024).recv_buffer(2048);
        assert!(!o.ext_ack);
        assert_eq!(o.recv_buffer, Some((2048, false)));
    }
}
