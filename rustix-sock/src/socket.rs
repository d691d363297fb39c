//! The netlink [`Socket`]: open, send, receive.

use core::hash::{Hash, Hasher};
use core::num::NonZeroU32;
use core::time::Duration;

use rustix::event::{PollFd, PollFlags, Timespec};
use rustix::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd, RawFd};
use rustix::io::Errno;
use rustix::net::netlink::SocketAddrNetlink;
use rustix::net::{self, AddressFamily, RecvFlags, SendFlags, SocketFlags, SocketType};

use crate::error::{Context, Error, Result};
use crate::options::Options;

/// A netlink protocol (family): the third argument of `socket(2)`.
///
/// Any number is accepted; the named ones are those of `<linux/netlink.h>`
/// this crate is most used with. Two values are equal when their numbers
/// are ([`Protocol::Raw`]`(0)` == [`Protocol::Route`]).
#[derive(Debug, Clone, Copy, Eq)]
pub enum Protocol {
    /// `NETLINK_ROUTE` (0): links, addresses, routes, neighbours, rules, tc.
    Route,
    /// `NETLINK_USERSOCK` (2): reserved for user-mode socket protocols; the
    /// kernel sends nothing on it, user sockets can talk to each other.
    UserSock,
    /// `NETLINK_SOCK_DIAG` (4): socket monitoring (`ss`).
    SockDiag,
    /// `NETLINK_XFRM` (6): IPsec.
    Xfrm,
    /// `NETLINK_AUDIT` (9): auditing.
    Audit,
    /// `NETLINK_NETFILTER` (12): nftables, conntrack.
    Netfilter,
    /// `NETLINK_KOBJECT_UEVENT` (15): kernel uevents.
    KobjectUevent,
    /// `NETLINK_GENERIC` (16): generic netlink (nl80211, ethtool, wireguard, ...).
    Generic,
    /// Any protocol by number.
    Raw(u32),
}

impl Protocol {
    /// The protocol number.
    pub const fn as_raw(self) -> u32 {
        match self {
            Protocol::Route => 0,
            Protocol::UserSock => 2,
            Protocol::SockDiag => 4,
            Protocol::Xfrm => 6,
            Protocol::Audit => 9,
            Protocol::Netfilter => 12,
            Protocol::KobjectUevent => 15,
            Protocol::Generic => 16,
            Protocol::Raw(n) => n,
        }
    }

    /// The protocol with number `n`, named when it has a name here.
    pub const fn from_raw(n: u32) -> Self {
        match n {
            0 => Protocol::Route,
            2 => Protocol::UserSock,
            4 => Protocol::SockDiag,
            6 => Protocol::Xfrm,
            9 => Protocol::Audit,
            12 => Protocol::Netfilter,
            15 => Protocol::KobjectUevent,
            16 => Protocol::Generic,
            n => Protocol::Raw(n),
        }
    }

    fn to_rustix(self) -> Option<net::Protocol> {
        NonZeroU32::new(self.as_raw()).map(net::Protocol::from_raw)
    }
}

impl PartialEq for Protocol {
    fn eq(&self, other: &Self) -> bool {
        self.as_raw() == other.as_raw()
    }
}

impl Hash for Protocol {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_raw().hash(state);
    }
}

/// A datagram [`Socket::recv`] stored in the caller's buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Received {
    /// Its length: `buf[..len]` holds it.
    pub len: usize,
    /// `nl_groups` of the sender's address: for a multicast notification to
    /// group `g` <= 32, bit `g - 1` is set; 0 for unicast (replies, ACKs).
    /// The kernel also gives 0 for notifications to groups above 32, so a
    /// socket that joins such groups cannot tell them from replies this
    /// way: keep requests on another socket.
    pub groups: u32,
}

/// A netlink socket, bound to a port id the kernel chose.
///
/// Created with `SOCK_CLOEXEC`, bound with port id 0 (the kernel assigns a
/// unique one, see [`port_id`](Socket::port_id)), never connected. Requests
/// go to the kernel (port 0); datagrams from any other sender are refused.
/// Nothing here allocates.
///
/// ```no_run
/// use nlwire_rustix::{Protocol, Socket};
/// let sock = Socket::open(Protocol::Route)?;
/// println!("port id {}", sock.port_id());
/// # Ok::<(), nlwire_rustix::Error>(())
/// ```
///
/// # References
///  - [netlink(7)](https://man7.org/linux/man-pages/man7/netlink.7.html)
#[derive(Debug)]
pub struct Socket {
    fd: OwnedFd,
    port_id: u32,
    protocol: Protocol,
    pub(crate) ext_ack: bool,
    pub(crate) strict_check: bool,
}

impl Socket {
    /// Opens a socket of `protocol` with the default [`Options`]
    /// (`NETLINK_EXT_ACK` and `NETLINK_GET_STRICT_CHK` on where the kernel
    /// has them).
    #[doc(alias = "socket")]
    pub fn open(protocol: Protocol) -> Result<Socket> {
        Socket::open_with(protocol, &Options::new())
    }

    /// Opens a socket of `protocol` with `options`.
    #[doc(alias = "socket")]
    #[doc(alias = "bind")]
    pub fn open_with(protocol: Protocol, options: &Options) -> Result<Socket> {
        let fd = raw_socket(protocol, options)?;
        Socket::setup(fd, protocol, options)
    }

    /// Sets the options on a fresh descriptor, binds it and reads the port
    /// id back.
    pub(crate) fn setup(fd: OwnedFd, protocol: Protocol, options: &Options) -> Result<Socket> {
        let (ext_ack, strict_check) = options.apply(fd.as_fd())?;
        let mut sock = Socket { fd, port_id: 0, protocol, ext_ack, strict_check };
        net::bind(&sock.fd, &SocketAddrNetlink::new(0, 0)).call("bind")?;
        let addr = net::getsockname(&sock.fd).call("getsockname")?;
        sock.port_id = SocketAddrNetlink::try_from(addr).call("getsockname")?.pid();
        Ok(sock)
    }

    /// The port id (`nl_pid`) the kernel assigned; replies carry it in
    /// `nlmsg_pid`. Unique per namespace and protocol, not a process id.
    pub fn port_id(&self) -> u32 {
        self.port_id
    }

    /// The protocol the socket was opened with.
    pub fn protocol(&self) -> Protocol {
        self.protocol
    }

    /// Sends `bytes` (one or more netlink messages) to the kernel, retrying
    /// on `EINTR`. A non-blocking socket with a full send buffer gives
    /// [`Error::WouldBlock`].
    #[doc(alias = "sendto")]
    pub fn send(&self, bytes: &[u8]) -> Result<()> {
        let kernel = SocketAddrNetlink::new(0, 0);
        loop {
            match net::sendto(&self.fd, bytes, SendFlags::empty(), &kernel) {
                Ok(_) => return Ok(()),
                Err(Errno::INTR) => continue,
                Err(Errno::AGAIN) => return Err(Error::WouldBlock),
                Err(e) => return Err(Error::sys("sendto", e)),
            }
        }
    }

    /// Receives one datagram into `buf`, retrying on `EINTR`.
    ///
    /// - A datagram larger than `buf` is consumed and reported as
    ///   [`Error::Truncated`] with its real size (`MSG_TRUNC`), never
    ///   silently cut; [`peek_len`](Socket::peek_len) sizes a buffer first.
    /// - A datagram whose sender is not the kernel (port id != 0) is consumed
    ///   and refused with [`Error::NotFromKernel`].
    /// - `ENOBUFS` (the receive buffer overflowed, messages were lost) is
    ///   [`Error::Overrun`]; the socket stays usable.
    /// - On a non-blocking socket with nothing queued: [`Error::WouldBlock`].
    ///
    /// The kernel fills dump datagrams up to 32 KiB (less for a smaller
    /// receive buffer), so a 32 KiB buffer suits dumps; a single message can
    /// still be larger (a link with many VFs): then `Truncated` says how
    /// much to allow.
    #[doc(alias = "recvfrom")]
    #[doc(alias = "MSG_TRUNC")]
    pub fn recv(&self, buf: &mut [u8]) -> Result<Received> {
        let capacity = buf.len();
        let (len, addr) = loop {
            match net::recvfrom(&self.fd, &mut *buf, RecvFlags::TRUNC) {
                Ok((_, len, addr)) => break (len, addr),
                Err(e) => recv_error(e)?,
            }
        };
        let from = addr
            .and_then(|a| SocketAddrNetlink::try_from(a).ok())
            .ok_or(Error::sys("recvfrom", Errno::AFNOSUPPORT))?;
        if from.pid() != 0 {
            return Err(Error::NotFromKernel { port: from.pid() });
        }
        if len > capacity {
            return Err(Error::Truncated { needed: len });
        }
        Ok(Received { len, groups: from.groups() })
    }

    /// Discards the datagrams queued when the kernel reported an overrun
    /// ([`Error::Overrun`]), without waiting, using `scratch` to receive
    /// into. They are what came before the lost events, an incomplete
    /// history: applied after a re-dump, one of them could bring back what
    /// a lost event removed. Stops when the queue is empty or when twice the
    /// receive buffer's size has been read (everything queued at the loss;
    /// what arrives later is complete from there). Returns the datagrams
    /// discarded. Further overruns meanwhile are part of the same loss.
    ///
    /// ```no_run
    /// # let sock = nlwire_rustix::Socket::open(nlwire_rustix::Protocol::Route)?;
    /// # let mut buf = [0u8; 16 * 1024];
    /// if let Err(nlwire_rustix::Error::Overrun) = sock.recv(&mut buf) {
    ///     sock.discard_queued(&mut buf)?;
    ///     // dump again, then apply the events that follow
    /// }
    /// # Ok::<(), nlwire_rustix::Error>(())
    /// ```
    pub fn discard_queued(&self, scratch: &mut [u8]) -> Result<usize> {
        let limit = self.recv_buffer_size()?.saturating_mul(2);
        let (mut bytes, mut datagrams) = (0usize, 0usize);
        while bytes < limit {
            match net::recvfrom(&self.fd, &mut *scratch, RecvFlags::TRUNC | RecvFlags::DONTWAIT) {
                Ok((_, len, _)) => (bytes, datagrams) = (bytes.saturating_add(len), datagrams + 1),
                Err(Errno::INTR | Errno::NOBUFS) => {}
                Err(Errno::AGAIN) => break,
                Err(e) => return Err(Error::sys("recvfrom", e)),
            }
        }
        Ok(datagrams)
    }

    /// The size of the next datagram, without consuming it
    /// (`MSG_PEEK | MSG_TRUNC`); waits for one unless the socket is
    /// non-blocking. Errors as [`recv`](Socket::recv) (an overrun is reported
    /// here and then cleared); the sender is checked by `recv`, not here.
    #[doc(alias = "MSG_PEEK")]
    pub fn peek_len(&self) -> Result<usize> {
        loop {
            match net::recv(&self.fd, &mut [0u8; 0][..], RecvFlags::PEEK | RecvFlags::TRUNC) {
                Ok((_, len)) => return Ok(len),
                Err(e) => recv_error(e)?,
            }
        }
    }

    /// Switches non-blocking mode on or off (`FIONBIO`).
    #[doc(alias = "O_NONBLOCK")]
    pub fn set_nonblocking(&self, nonblocking: bool) -> Result<()> {
        rustix::io::ioctl_fionbio(&self.fd, nonblocking).call("ioctl(FIONBIO)")
    }

    /// Waits until a datagram (or an error such as an overrun) is ready to
    /// be received, at most `timeout` (`None`: forever). Returns whether
    /// the socket is ready. `EINTR` restarts the wait with the full timeout.
    #[doc(alias = "poll")]
    pub fn wait_readable(&self, timeout: Option<Duration>) -> Result<bool> {
        let ts = match timeout {
            Some(d) => Some(Timespec::try_from(d).map_err(|_| Error::sys("poll", Errno::INVAL))?),
            None => None,
        };
        let mut fds = [PollFd::new(&self.fd, PollFlags::IN)];
        loop {
            match rustix::event::poll(&mut fds, ts.as_ref()) {
                Ok(n) => return Ok(n > 0),
                Err(Errno::INTR) => continue,
                Err(e) => return Err(Error::sys("poll", e)),
            }
        }
    }
}

/// `Ok(())` to retry (`EINTR`), else the error for a failed receive.
fn recv_error(e: Errno) -> Result<()> {
    match e {
        Errno::INTR => Ok(()),
        Errno::NOBUFS => Err(Error::Overrun),
        Errno::AGAIN => Err(Error::WouldBlock),
        e => Err(Error::sys("recvfrom", e)),
    }
}

/// `socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC [| SOCK_NONBLOCK], protocol)`.
pub(crate) fn raw_socket(protocol: Protocol, options: &Options) -> Result<OwnedFd> {
    let mut flags = SocketFlags::CLOEXEC;
    if options.nonblocking {
        flags |= SocketFlags::NONBLOCK;
    }
    net::socket_with(AddressFamily::NETLINK, SocketType::RAW, flags, protocol.to_rustix()).call("socket")
}

impl AsFd for Socket {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

impl AsRawFd for Socket {
    fn as_raw_fd(&self) -> RawFd {
        self.fd.as_raw_fd()
    }
}

impl From<Socket> for OwnedFd {
    fn from(sock: Socket) -> OwnedFd {
        sock.fd
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_numbers_match_the_headers() {
        use linux_raw_sys::netlink as h;
        assert_eq!(Protocol::Route.as_raw(), h::NETLINK_ROUTE);
        assert_eq!(Protocol::UserSock.as_raw(), h::NETLINK_USERSOCK);
        assert_eq!(Protocol::SockDiag.as_raw(), h::NETLINK_SOCK_DIAG);
        assert_eq!(Protocol::Xfrm.as_raw(), h::NETLINK_XFRM);
        assert_eq!(Protocol::Audit.as_raw(), h::NETLINK_AUDIT);
        assert_eq!(Protocol::Netfilter.as_raw(), h::NETLINK_NETFILTER);
        assert_eq!(Protocol::KobjectUevent.as_raw(), h::NETLINK_KOBJECT_UEVENT);
        assert_eq!(Protocol::Generic.as_raw(), h::NETLINK_GENERIC);
    }

    #[test]
    fn protocol_raw_round_trip_and_equality() {
        for n in 0..40 {
            assert_eq!(Protocol::from_raw(n).as_raw(), n);
            assert_eq!(Protocol::from_raw(n), Protocol::Raw(n));
        }
        assert_eq!(Protocol::Raw(16), Protocol::Generic);
        assert_ne!(Protocol::Route, Protocol::Generic);
    }

    #[test]
    fn equal_protocols_hash_alike_and_the_named_ones_apart() {
        use std::hash::BuildHasher;
        let hasher = std::hash::RandomState::new();
        assert_eq!(hasher.hash_one(Protocol::Raw(16)), hasher.hash_one(Protocol::Generic));
        let named = [
            Protocol::Route,
            Protocol::UserSock,
            Protocol::SockDiag,
            Protocol::Xfrm,
            Protocol::Audit,
            Protocol::Netfilter,
            Protocol::KobjectUevent,
            Protocol::Generic,
        ];
        let hashes: std::collections::HashSet<u64> = named.iter().map(|p| hasher.hash_one(p)).collect();
        assert_eq!(hashes.len(), named.len());
    }

    // Against the kernel, in a namespace of the test's own.

    use crate::test_ns::TestNs;
    use nlwire::build::{Builder, Header};
    use nlwire::{msg_type, ErrorMessage, Message, MsgFlags};

    /// An `NLMSG_NOOP` asking for an ACK: the kernel answers it with a bare
    /// `NLMSG_ERROR` of errno 0, and changes nothing.
    fn noop(seq: u32) -> std::vec::Vec<u8> {
        let mut buf = [0u8; 16];
        let mut b = Builder::new(&mut buf);
        b.message(Header::acked(msg_type::NOOP, MsgFlags::empty(), seq), |_| Ok(())).unwrap();
        b.as_bytes().to_vec()
    }

    /// The size of that ACK: a header and `struct nlmsgerr` (errno and the
    /// request's header).
    const ACK_LEN: usize = core::mem::size_of::<linux_raw_sys::netlink::nlmsghdr>()
        + core::mem::size_of::<linux_raw_sys::netlink::nlmsgerr>();

    #[test]
    fn datagrams_are_received_whole_or_reported_truncated_with_their_size() {
        let Some(ns) = TestNs::for_test("datagrams_are_received_whole_or_reported_truncated_with_their_size")
        else {
            return;
        };
        let sock = ns.socket();
        sock.send(&noop(1)).unwrap();
        assert_eq!(sock.peek_len(), Ok(ACK_LEN), "peeked, not consumed");
        assert_eq!(sock.peek_len(), Ok(ACK_LEN));
        let mut buf = [0u8; 64];
        assert_eq!(sock.recv(&mut buf[..ACK_LEN - 1]), Err(Error::Truncated { needed: ACK_LEN }));
        for (seq, room) in [(2, ACK_LEN), (3, ACK_LEN + 1)] {
            sock.send(&noop(seq)).unwrap();
            assert_eq!(sock.recv(&mut buf[..room]), Ok(Received { len: ACK_LEN, groups: 0 }));
            let msg = Message::parse(&buf[..ACK_LEN]).unwrap();
            assert_eq!((msg.kind(), msg.seq(), msg.port()), (msg_type::ERROR, seq, sock.port_id()));
            assert!(ErrorMessage::parse(&msg).unwrap().is_ack());
        }
    }

    #[test]
    fn a_datagram_from_another_socket_is_refused_and_the_socket_goes_on() {
        let Some(ns) = TestNs::for_test("a_datagram_from_another_socket_is_refused_and_the_socket_goes_on")
        else {
            return;
        };
        let (sock, other) = (ns.socket(), ns.socket());
        let to = SocketAddrNetlink::new(sock.port_id(), 0);
        net::sendto(&other, &noop(1), SendFlags::empty(), &to).unwrap();
        let mut buf = [0u8; 64];
        assert_eq!(sock.recv(&mut buf), Err(Error::NotFromKernel { port: other.port_id() }));
        sock.send(&noop(2)).unwrap();
        assert_eq!(sock.recv(&mut buf).map(|r| r.len), Ok(ACK_LEN));
    }

    #[test]
    fn sockets_know_their_port_protocol_and_descriptor() {
        let Some(ns) = TestNs::for_test("sockets_know_their_port_protocol_and_descriptor") else { return };
        let (route, generic) = (ns.socket(), ns.socket_with(Protocol::Generic, &Options::new()));
        for (sock, protocol) in [(&route, Protocol::Route), (&generic, Protocol::Generic)] {
            let bound = SocketAddrNetlink::try_from(net::getsockname(sock).unwrap()).unwrap();
            assert_eq!(sock.port_id(), bound.pid());
            assert_eq!(sock.protocol(), protocol);
            let kernel_says = net::sockopt::socket_protocol(sock).unwrap();
            assert_eq!(kernel_says.map_or(0, |p| p.as_raw().get()), protocol.as_raw());
            assert_eq!(sock.as_raw_fd(), sock.as_fd().as_raw_fd());
            let flags = rustix::io::fcntl_getfd(sock).unwrap();
            assert!(flags.contains(rustix::io::FdFlags::CLOEXEC));
        }
        assert_ne!(route.port_id(), ns.socket().port_id(), "port ids are unique per protocol");
        let raw = generic.as_raw_fd();
        assert_eq!(OwnedFd::from(generic).as_raw_fd(), raw);
    }

    #[test]
    fn a_nonblocking_socket_says_would_block_and_waiting_says_when_ready() {
        let Some(ns) = TestNs::for_test("a_nonblocking_socket_says_would_block_and_waiting_says_when_ready")
        else {
            return;
        };
        let opened = ns.socket_with(Protocol::Route, &Options::new().nonblocking(true));
        let switched = ns.socket();
        switched.set_nonblocking(true).unwrap();
        let mut buf = [0u8; 64];
        for sock in [&opened, &switched] {
            assert!(rustix::io::fcntl_getfd(sock).unwrap().contains(rustix::io::FdFlags::CLOEXEC));
            assert_eq!(sock.recv(&mut buf), Err(Error::WouldBlock));
            assert_eq!(sock.peek_len(), Err(Error::WouldBlock));
            assert_eq!(sock.wait_readable(Some(Duration::from_millis(10))), Ok(false));
            sock.send(&noop(1)).unwrap();
            assert_eq!(sock.wait_readable(Some(Duration::from_secs(5))), Ok(true));
            assert_eq!(sock.wait_readable(None), Ok(true));
            assert_eq!(sock.recv(&mut buf).map(|r| r.len), Ok(ACK_LEN));
        }
    }

    #[test]
    fn discard_queued_drops_what_is_queued_without_waiting() {
        let Some(ns) = TestNs::for_test("discard_queued_drops_what_is_queued_without_waiting") else {
            return;
        };
        let sock = ns.socket();
        let mut buf = [0u8; 64];
        assert_eq!(sock.discard_queued(&mut buf), Ok(0), "an empty queue, a blocking socket: no wait");
        for seq in 1..=3 {
            sock.send(&noop(seq)).unwrap();
        }
        assert_eq!(sock.discard_queued(&mut buf), Ok(3));
        assert_eq!(sock.wait_readable(Some(Duration::ZERO)), Ok(false), "nothing left");
    }
}
