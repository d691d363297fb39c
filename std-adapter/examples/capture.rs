//! Records the kernel's reply to one dump request as a test fixture or fuzz
//! seed (the format of `tests/fixtures/README.md`): the datagrams, written to
//! stdout exactly as received and one after the other, up to and including
//! the one holding `NLMSG_DONE` (or the `NLMSG_ERROR` of a refused dump).
//!
//! ```sh
//! cargo run -p nlwire-std --example capture -- [--netns NAME] [--family F] WHAT > file.bin
//! ```
//!
//! `WHAT` is one of `nexthop`, `nsid`, `netconf`, `link`, `addr`, `route`,
//! `neigh`, `rule`, `qdisc`; `F` is `unspec` (the default), `inet`, `inet6`,
//! `bridge` or `mpls`, and applies to the families that have one. The request
//! is the core's typed dump with its defaults (routes: every table); the
//! socket has `NETLINK_EXT_ACK` and `NETLINK_GET_STRICT_CHK` on, as the
//! recorded fixtures had.

use std::error::Error;
use std::io::Write;
use std::process::ExitCode;

use nlwire::build::{Builder, Request};
use nlwire::{msg_type, Messages};
use nlwire_rustix::{Netns, Options, Protocol, Socket};

const USAGE: &str = "usage: capture [--netns NAME] [--family unspec|inet|inet6|bridge|mpls] \
                     nexthop|nsid|netconf|link|addr|route|neigh|rule|qdisc > file.bin";

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

/// Writes the dump request for `what` into `buf`, returning its length.
fn dump_request(what: &str, family: u8, buf: &mut [u8]) -> Result<usize, Box<dyn Error>> {
    let mut b = Builder::new(buf);
    let request: &dyn Request = match what {
        "nexthop" => &nlwire::nexthop::NexthopDump { family, ..Default::default() },
        "nsid" => &nlwire::nsid::Dump::default(),
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
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--netns" => netns = Some(args.next().ok_or(USAGE)?),
            "--family" => {
                let name = args.next().ok_or(USAGE)?;
                family = family_number(&name).ok_or_else(|| format!("unknown family {name:?}\n{USAGE}"))?;
            }
            _ if what.is_none() => what = Some(arg),
            _ => return Err(USAGE.into()),
        }
    }
    let what = what.ok_or(USAGE)?;

    let mut request = [0u8; 128];
    let len = dump_request(&what, family, &mut request)?;
    let options = Options::new();
    let sock = match &netns {
        Some(name) => Socket::open_in_netns(Netns::Name(name), Protocol::Route, &options)?,
        None => Socket::open_with(Protocol::Route, &options)?,
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
