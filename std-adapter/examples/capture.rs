//! Records the kernel's reply to one request as a test fixture or fuzz seed
//! (the format of `tests/fixtures/README.md`): the datagrams, written to
//! stdout exactly as received and one after the other, up to and including
//! the one holding `NLMSG_DONE` or `NLMSG_ERROR` (the end of a dump, the
//! acknowledgement of a request, or a refusal).
//!
//! ```sh
//! cargo run -p nlwire-std --example capture -- [--netns NAME] [--family F] WHAT [ARG] > file.bin
//! ```
//!
//! `WHAT` is one of `nexthop`, `nsid`, `mdb`, `netconf`, `link`, `addr`, `route`,
//! `neigh`, `rule`, `qdisc` (NETLINK_ROUTE dumps); `F` is `unspec` (the
//! default), `inet`, `inet6`, `bridge` or `mpls`, and applies to the families
//! that have one. The request is the core's typed dump with its defaults
//! (routes: every table). Generic netlink requests (the family id resolved
//! first, on the same socket):
//!
//! - `genl-family NAME`: `CTRL_CMD_GETFAMILY` for the family `NAME`;
//! - `genl-families`: `CTRL_CMD_GETFAMILY` as a dump, every family;
//! - `ethtool-features DEV`: `ETHTOOL_MSG_FEATURES_GET` for `DEV`, bitsets
//!   verbose (with names), as the kernel answers without
//!   `ETHTOOL_FLAG_COMPACT_BITSETS`;
//! - `mptcp-endpoints`: `MPTCP_PM_CMD_GET_ADDR` as a dump;
//! - `netdev-devices`: `NETDEV_CMD_DEV_GET` as a dump.
//!
//! The socket has `NETLINK_EXT_ACK` and `NETLINK_GET_STRICT_CHK` on, as the
//! recorded fixtures had.

use std::error::Error;
use std::io::Write;
use std::process::ExitCode;

use nlwire::build::{Builder, Request};
use nlwire::ethtool::{FeaturesGet, RequestHeader};
use nlwire::genl::{DumpFamilies, GetFamily, To};
use nlwire::mptcp::DumpEndpoints;
use nlwire::{msg_type, Messages};
use nlwire_rustix::genl::Families;
use nlwire_rustix::{Netns, Options, Protocol, Socket};

const USAGE: &str = "usage: capture [--netns NAME] [--family unspec|inet|inet6|bridge|mpls] \
                     nexthop|nsid|mdb|netconf|link|addr|route|neigh|rule|qdisc \
                     | genl-family NAME | genl-families | ethtool-features DEV | mptcp-endpoints | netdev-devices \
                     > file.bin";

/// The sequence number of the one request sent.
const SEQ: u32 = 1;

fn family_number(name: &str) -> Option<u8> {
    Some(match name {
        "unspec" => 0,
        "inet" => 2,
        "bridge" => 7,
        "inet6" => 10,
        "mpls" => 28,
        _ => return None,
    })
}

/// The id of the generic netlink family `name`, asked on `sock`.
fn family_id(sock: &Socket, name: &str) -> Result<u16, Box<dyn Error>> {
    let mut buf = [0u8; 8192];
    Ok(Families::<1>::new().resolve(sock, &mut buf, name)?.id())
}

/// Writes the generic netlink request for `what` (and its `arg`) into `buf`,
/// resolving the family it is addressed to on `sock`; returns its length, or
/// `None` when `what` is no generic netlink request.
fn genl_request(
    sock: &Socket,
    what: &str,
    arg: Option<&str>,
    buf: &mut [u8],
) -> Result<Option<usize>, Box<dyn Error>> {
    let arg = || arg.ok_or_else(|| format!("{what} needs an argument\n{USAGE}"));
    let mut b = Builder::new(buf);
    let len = match what {
        "genl-family" => b.push(&GetFamily::new(arg()?), SEQ)?,
        "genl-families" => b.push(&DumpFamilies, SEQ)?,
        "ethtool-features" => {
            let family = family_id(sock, nlwire::ethtool::GENL_NAME)?;
            b.push(&To { family, command: &FeaturesGet::new(RequestHeader::name(arg()?)) }, SEQ)?
        }
        "mptcp-endpoints" => {
            let family = family_id(sock, nlwire::mptcp::FAMILY_NAME)?;
            b.push(&To { family, command: &DumpEndpoints }, SEQ)?
        }
        "netdev-devices" => {
            let family = family_id(sock, nlwire::netdev::FAMILY_NAME)?;
            b.push(&To { family, command: &nlwire::netdev::DeviceDump }, SEQ)?
        }
        _ => return Ok(None),
    };
    Ok(Some(len))
}

/// The generic netlink requests (`genl_request` writes them), sent on a
/// NETLINK_GENERIC socket.
const GENL_REQUESTS: [&str; 5] =
    ["genl-family", "genl-families", "ethtool-features", "mptcp-endpoints", "netdev-devices"];

/// Writes the dump request for `what` into `buf`, returning its length.
fn dump_request(what: &str, family: u8, buf: &mut [u8]) -> Result<usize, Box<dyn Error>> {
    let mut b = Builder::new(buf);
    let request: &dyn Request = match what {
        "nexthop" => &nlwire::nexthop::NexthopDump { family, ..Default::default() },
        "nsid" => &nlwire::nsid::Dump::default(),
        "mdb" => &nlwire::mdb::Dump,
        "netconf" => &nlwire::netconf::Dump { family },
        "link" => &nlwire::link::Dump { family, ..Default::default() },
        "addr" => &nlwire::addr::Dump { family, ..Default::default() },
        "route" => &nlwire::route::RouteDump::new(family),
        "neigh" => &nlwire::neigh::Dump { family, ..Default::default() },
        "rule" => &nlwire::rule::Dump { family },
        "qdisc" => &nlwire::tc::QdiscDump::default(),
        other => return Err(format!("unknown dump {other:?}\n{USAGE}").into()),
    };
    Ok(b.push(request, SEQ)?)
}

/// Whether `datagram` holds the message that ends the reply to our request.
fn ends_dump(datagram: &[u8]) -> Result<bool, nlwire::Error> {
    for msg in Messages::new(datagram) {
        let msg = msg?;
        if msg.seq() == SEQ && (msg.kind() == msg_type::DONE || msg.kind() == msg_type::ERROR) {
            return Ok(true);
        }
    }
    Ok(false)
}

fn main() -> ExitCode {
    match capture() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("capture: {e}");
            ExitCode::FAILURE
        }
    }
}

fn capture() -> Result<(), Box<dyn Error>> {
    let mut netns = None;
    let mut family = 0;
    let mut what = None;
    let mut operand = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--netns" => netns = Some(args.next().ok_or(USAGE)?),
            "--family" => {
                let name = args.next().ok_or(USAGE)?;
                family = family_number(&name).ok_or_else(|| format!("unknown family {name:?}\n{USAGE}"))?;
            }
            _ if what.is_none() => what = Some(arg),
            _ if operand.is_none() => operand = Some(arg),
            _ => return Err(USAGE.into()),
        }
    }
    let what = what.ok_or(USAGE)?;

    let protocol = if GENL_REQUESTS.contains(&what.as_str()) { Protocol::Generic } else { Protocol::Route };
    let options = Options::new();
    let sock = match &netns {
        Some(name) => Socket::open_in_netns(Netns::Name(name), protocol, &options)?,
        None => Socket::open_with(protocol, &options)?,
    };
    let mut request = [0u8; 128];
    let len = match genl_request(&sock, &what, operand.as_deref(), &mut request)? {
        Some(len) => len,
        None if operand.is_none() => dump_request(&what, family, &mut request)?,
        None => return Err(USAGE.into()),
    };
    sock.send(&request[..len])?;

    let mut out = std::io::stdout().lock();
    let mut buf = Vec::new();
    loop {
        // Sized from a peek, so that no datagram is ever cut.
        buf.resize(sock.peek_len()?.max(buf.len()), 0);
        let got = sock.recv(&mut buf)?;
        let datagram = &buf[..got.len];
        out.write_all(datagram)?;
        if ends_dump(datagram)? {
            break;
        }
    }
    out.flush()?;
    Ok(())
}
