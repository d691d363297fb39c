//! Live kernel: sending, receiving, truncation, foreign senders, overruns,
//! options and groups. Runs as root, each test in a namespace it creates
//! and deletes.

use std::time::Duration;

use nlwire::build::{Builder, Header};
use nlwire::{msg_type, Done, ErrorMessage, Messages, MsgFlags};
use nlwire_rustix::{rtnlgrp, Error, Netns, Options, Protocol, Socket};
use nlwire_tests::live::*;
use rustix::net::netlink::SocketAddrNetlink;
use rustix::net::SendFlags;

fn open_in(ns: &TestNs, protocol: Protocol, options: &Options) -> Socket {
    Socket::open_in_netns(Netns::Name(&ns.name), protocol, options).expect("open_in_netns")
}

/// Sends `bytes` from `from` to the user socket with port id `to`, as any
/// process could, bypassing `Socket::send` (which only talks to the kernel).
fn send_to_port(from: &Socket, to: u32, bytes: &[u8]) -> rustix::io::Result<usize> {
    rustix::net::sendto(from, bytes, SendFlags::empty(), &SocketAddrNetlink::new(to, 0))
}

#[test]
fn datagram_from_a_user_socket_is_refused() {
    if !live("datagram_from_a_user_socket_is_refused") {
        return;
    }
    let ns = TestNs::new();
    // NETLINK_USERSOCK: user sockets may unicast to each other; the kernel
    // has no socket of its own there.
    let victim = open_in(&ns, Protocol::UserSock, &Options::new());
    let spoofer = open_in(&ns, Protocol::UserSock, &Options::new());
    let fake = getlink_dump(1); // any well-formed netlink message
    send_to_port(&spoofer, victim.port_id(), &fake).expect("user to user unicast");

    let mut buf = [0u8; 4096];
    assert_err(victim.recv(&mut buf), Error::NotFromKernel { port: spoofer.port_id() });
    // The datagram was consumed; the socket is still usable.
    victim.set_nonblocking(true).unwrap();
    assert_err(victim.recv(&mut buf), Error::WouldBlock);
    send_to_port(&spoofer, victim.port_id(), &fake).unwrap();
    assert_eq!(victim.peek_len().unwrap(), fake.len(), "peek sees the size, whoever sent it");
    assert_err(victim.recv(&mut buf), Error::NotFromKernel { port: spoofer.port_id() });

    // NETLINK_ROUTE: a user socket can also unicast to another one; a fake
    // "reply" is refused the same way, and real replies still arrive.
    let route = open_in(&ns, Protocol::Route, &Options::new());
    let other = open_in(&ns, Protocol::Route, &Options::new());
    match send_to_port(&other, route.port_id(), &fake) {
        Ok(_) => assert_err(route.recv(&mut buf), Error::NotFromKernel { port: other.port_id() }),
        Err(e) => println!("NETLINK_ROUTE refuses user-to-user unicast here ({e}); USERSOCK covered it"),
    }
    assert_eq!(dump_links(&route, 5), vec!["lo".to_string()]);
}

#[test]
fn truncated_dump_datagram_reports_the_size_needed() {
    if !live("truncated_dump_datagram_reports_the_size_needed") {
        return;
    }
    let ns = TestNs::new();
    for i in 0..3 {
        ns.ip(&["link", "add", &format!("nlwa{i}"), "type", "veth", "peer", "name", &format!("nlwb{i}")]);
    }
    let sock = open_in(&ns, Protocol::Route, &Options::new());
    sock.send(&getlink_dump(42)).unwrap();

    let peeked = sock.peek_len().unwrap();
    assert!(peeked > 64, "a link dump datagram is larger than 64 bytes: {peeked}");
    // Peeking does not consume: same answer again.
    assert_eq!(sock.peek_len().unwrap(), peeked);

    println!("first dump datagram: {peeked} bytes");
    let mut small = [0u8; 64];
    assert_err(sock.recv(&mut small), Error::Truncated { needed: peeked });

    // The rest of the dump still arrives and ends with NLMSG_DONE.
    let rest = collect_links(&sock, 42);
    assert!(rest.len() < 7, "the truncated datagram's links are gone: {rest:?}");

    // A fresh dump with a big enough buffer sees every link, as ip does.
    let all = dump_links(&sock, 43);
    assert_eq!(all.len(), 7, "{all:?}");
    assert_eq!(all, ns.ip_link_names());

    // A buffer of exactly the peeked size is enough.
    sock.send(&getlink_dump(44)).unwrap();
    let n = sock.peek_len().unwrap();
    let mut exact = vec![0u8; n];
    let got = sock.recv(&mut exact).unwrap();
    assert_eq!(got.len, n);
    assert_eq!(got.groups, 0, "a reply is unicast");
    let first = Messages::new(&exact).next().unwrap().unwrap();
    assert_eq!((first.seq(), first.port()), (44, sock.port_id()));
    let _ = collect_links(&sock, 44);
}

#[test]
fn overrun_is_reported_and_the_socket_recovers() {
    if !live("overrun_is_reported_and_the_socket_recovers") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "nlwo0", "type", "veth", "peer", "name", "nlwo1"]);

    // A monitor with a tiny receive buffer (SO_RCVBUFFORCE: root), and one
    // that asked for NETLINK_NO_ENOBUFS.
    let monitor = open_in(&ns, Protocol::Route, &Options::new().recv_buffer_force(256).nonblocking(true));
    let quiet = open_in(
        &ns,
        Protocol::Route,
        &Options::new().recv_buffer_force(256).nonblocking(true).no_enobufs(true),
    );
    assert!(monitor.recv_buffer_size().unwrap() < 8192, "{}", monitor.recv_buffer_size().unwrap());
    assert!(!monitor.no_enobufs().unwrap());
    assert!(quiet.no_enobufs().unwrap());
    monitor.add_membership(rtnlgrp::LINK).unwrap();
    quiet.add_membership(rtnlgrp::LINK).unwrap();

    // Many link events (state changes only; no packet is sent).
    let mut batch = String::new();
    for i in 0..300 {
        batch.push_str(&format!("link set dev nlwo0 mtu {}\n", 1280 + (i % 2) * 100));
        batch.push_str(&format!("link set dev nlwo1 alias nlw-alias-{i}\n"));
    }
    ns.ip_batch(&batch);

    let mut buf = vec![0u8; 32 * 1024];
    let drain = |sock: &Socket, buf: &mut [u8]| -> (usize, usize) {
        let (mut events, mut overruns) = (0, 0);
        loop {
            match sock.recv(buf) {
                Ok(got) => {
                    assert_ne!(got.groups & (1 << (rtnlgrp::LINK - 1)), 0, "an RTNLGRP_LINK event");
                    for msg in Messages::new(&buf[..got.len]) {
                        assert_eq!(msg.unwrap().kind(), msg_type::RTM_NEWLINK);
                        events += 1;
                    }
                }
                Err(Error::Overrun) => overruns += 1,
                Err(Error::WouldBlock) => return (events, overruns),
                Err(e) => panic!("recv: {e}"),
            }
        }
    };
    let (events, overruns) = drain(&monitor, &mut buf);
    println!("monitor: {events} events received, {overruns} overrun(s) reported, of 600 generated");
    assert!(overruns >= 1, "ENOBUFS is reported as Overrun ({events} events received)");
    assert!(events < 600, "events were lost: {events}");
    let (_, quiet_overruns) = drain(&quiet, &mut buf);
    assert_eq!(quiet_overruns, 0, "NETLINK_NO_ENOBUFS hides overruns");

    // The socket lives on: new events arrive, and a fresh dump works.
    ns.ip(&["link", "set", "dev", "nlwo0", "mtu", "1400"]);
    assert!(monitor.wait_readable(Some(Duration::from_secs(5))).unwrap());
    let got = monitor.recv(&mut buf).expect("an event after the overrun");
    assert_eq!(Messages::new(&buf[..got.len]).next().unwrap().unwrap().kind(), msg_type::RTM_NEWLINK);
    monitor.set_nonblocking(false).unwrap();
    monitor.drop_membership(rtnlgrp::LINK).unwrap();
    assert_eq!(dump_links(&monitor, 9), ns.ip_link_names());
}

#[test]
fn ext_ack_and_strict_check_are_on_by_default() {
    if !live("ext_ack_and_strict_check_are_on_by_default") {
        return;
    }
    let ns = TestNs::new();
    let on = open_in(&ns, Protocol::Route, &Options::new());
    assert!(on.ext_ack() && on.strict_check());
    let strict = open_in(&ns, Protocol::Route, &Options::new().strict(true));
    assert!(strict.ext_ack() && strict.strict_check());
    let off = open_in(&ns, Protocol::Route, &Options::new().ext_ack(false).strict_check(false));
    assert!(!off.ext_ack() && !off.strict_check());

    // RTM_NEWLINK of an unknown kind: EOPNOTSUPP, with the kernel's text
    // only when NETLINK_EXT_ACK is on.
    let mut req = [0u8; 128];
    let mut b = Builder::new(&mut req);
    b.message(
        Header::new(
            msg_type::RTM_NEWLINK,
            MsgFlags::REQUEST | MsgFlags::ACK | MsgFlags::CREATE | MsgFlags::EXCL,
            77,
        ),
        |m| {
            m.family_header(&[0u8; 16])?;
            m.str(3, "nlwbad0")?; // IFLA_IFNAME
            m.nest(18, |m| m.str(1, "nlw-no-such-kind")) // IFLA_LINKINFO { IFLA_INFO_KIND }
        },
    )
    .unwrap();
    let mut buf = [0u8; 4096];
    for (sock, expect_text) in [(&on, true), (&off, false)] {
        sock.send(b.as_bytes()).unwrap();
        let got = sock.recv(&mut buf).unwrap();
        let msg = Messages::new(&buf[..got.len]).next().unwrap().unwrap();
        assert_eq!(msg.kind(), msg_type::ERROR);
        let err = ErrorMessage::parse(&msg).unwrap();
        assert_eq!(err.errno(), rustix::io::Errno::OPNOTSUPP.raw_os_error());
        let text = err.ext_ack().message;
        assert_eq!(text.is_some(), expect_text, "{text:?}");
    }

    // Strict checking: a link dump with a header field the kernel cannot
    // filter on (ifi_change) is refused only in strict mode.
    let mut req = [0u8; 64];
    let mut b = Builder::new(&mut req);
    let mut ifinfomsg = [0u8; 16];
    ifinfomsg[12..16].copy_from_slice(&1u32.to_ne_bytes()); // ifi_change
    b.message(Header::new(msg_type::RTM_GETLINK, MsgFlags::REQUEST | MsgFlags::DUMP, 78), |m| {
        m.family_header(&ifinfomsg)
    })
    .unwrap();
    on.send(b.as_bytes()).unwrap();
    let got = on.recv(&mut buf).unwrap();
    let msg = Messages::new(&buf[..got.len]).next().unwrap().unwrap();
    // The dump fails at once: NLMSG_DONE carries -EINVAL and the reason.
    assert_eq!(msg.kind(), msg_type::DONE, "strict checking refuses the dump");
    let done = Done::parse(&msg).unwrap();
    assert_eq!(done.errno(), rustix::io::Errno::INVAL.raw_os_error());
    assert!(done.ext_ack().message.is_some());
    off.send(b.as_bytes()).unwrap();
    assert_eq!(collect_links(&off, 78), vec!["lo".to_string()], "lenient: the dump goes through");
}

#[test]
fn memberships_of_any_group_number() {
    if !live("memberships_of_any_group_number") {
        return;
    }
    let ns = TestNs::new();
    let sock = open_in(&ns, Protocol::Route, &Options::new());
    let groups =
        [rtnlgrp::LINK, rtnlgrp::IPV4_ROUTE, rtnlgrp::IPV6_MROUTE_R, rtnlgrp::NEXTHOP, rtnlgrp::STATS];
    for g in groups {
        sock.add_membership(g).unwrap_or_else(|e| panic!("group {g}: {e}"));
    }
    let mut bitmap = [0u32; 4];
    let words = sock.memberships(&mut bitmap).unwrap();
    assert!(words >= 2, "groups above 32 need a second word: {words}");
    for g in 1..=64u32 {
        let idx = ((g - 1) / 32) as usize;
        let bit = bitmap[idx] & (1 << ((g - 1) % 32)) != 0;
        assert_eq!(bit, groups.contains(&g), "group {g}");
    }
    sock.drop_membership(rtnlgrp::NEXTHOP).unwrap();
    sock.memberships(&mut bitmap).unwrap();
    assert_eq!(bitmap[0] & (1 << 31), 0, "NEXTHOP (32) left");
    assert_ne!(bitmap[1] & (1 << 3), 0, "STATS (36) kept");
    // A cut bitmap says how long the whole one is.
    let mut one = [0u32; 1];
    assert!(sock.memberships(&mut one).unwrap() >= 2);
    assert_eq!(one[0], bitmap[0]);
    // Group 0 and groups past the kernel's last are refused.
    assert!(matches!(sock.add_membership(0), Err(Error::Sys { .. })));
    assert!(matches!(sock.add_membership(10_000), Err(Error::Sys { .. })));

    // Events of a group above 31 arrive: nexthop objects.
    let nh = open_in(&ns, Protocol::Route, &Options::new().nonblocking(true));
    nh.add_membership(rtnlgrp::NEXTHOP).unwrap();
    ns.ip(&["link", "set", "dev", "lo", "up"]);
    ns.ip(&["nexthop", "add", "id", "17", "dev", "lo"]);
    assert!(nh.wait_readable(Some(Duration::from_secs(5))).unwrap());
    let mut buf = [0u8; 4096];
    let got = nh.recv(&mut buf).unwrap();
    assert_eq!(got.groups, 1 << 31, "RTNLGRP_NEXTHOP is bit 31 of the sender's mask");
    let msg = Messages::new(&buf[..got.len]).next().unwrap().unwrap();
    assert_eq!(msg.kind(), msg_type::RTM_NEWNEXTHOP);
}

#[test]
fn nonblocking_wait_and_buffer_sizes() {
    if !live("nonblocking_wait_and_buffer_sizes") {
        return;
    }
    let ns = TestNs::new();
    let sock = open_in(
        &ns,
        Protocol::Route,
        &Options::new().nonblocking(true).recv_buffer(1 << 16).send_buffer(1 << 15),
    );
    assert!(sock.recv_buffer_size().unwrap() >= 1 << 16);
    assert!(sock.send_buffer_size().unwrap() >= 1 << 15);
    sock.set_recv_buffer_size_force(1 << 20).unwrap();
    assert!(sock.recv_buffer_size().unwrap() >= 1 << 20);

    let mut buf = [0u8; 8192];
    assert_err(sock.recv(&mut buf), Error::WouldBlock);
    assert_err(sock.peek_len(), Error::WouldBlock);
    assert!(!sock.wait_readable(Some(Duration::from_millis(20))).unwrap());
    sock.send(&getlink_dump(3)).unwrap();
    assert!(sock.wait_readable(None).unwrap());
    assert!(sock.peek_len().unwrap() > 0);
    sock.set_nonblocking(false).unwrap();
    assert_eq!(collect_links(&sock, 3), vec!["lo".to_string()]);

    // Generic netlink opens too, and any protocol by number.
    let genl = open_in(&ns, Protocol::Generic, &Options::new());
    assert_ne!(genl.port_id(), 0);
    let raw = open_in(&ns, Protocol::Raw(4), &Options::new());
    assert_eq!(raw.protocol(), Protocol::SockDiag);
}
