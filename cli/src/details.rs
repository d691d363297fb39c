//! `nlw -d link show` and `nlw -d address show`: the details `ip -d` adds
//! to a link, as ip 6.1 prints them: counters and limits, `linkinfo` (the
//! kinds and their data, written by [`crate::kinds`]), `addrgenmode`.
//!
//! Left out: `parentbus`/`parentdev`, `gso_ipv4_max_size`/
//! `gro_ipv4_max_size` and VF information.

use std::io::Write;

use nlwire::link::{ifla, inet6, Link};

use crate::kinds;
use crate::names::Names;
use crate::sink::Sink;
use crate::Result;

/// Which `ip` command the link fields are printed for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// `ip link show`: with `linkmode` and `ifalias`.
    Link,
    /// `ip -d link show`: as `Link`, with the details.
    LinkDetails,
    /// `ip address show`: without them, followed by `addr_info`.
    Address,
    /// `ip -4|-6 address show`: as `Address`, without the `link/` line (ip
    /// prints it only when no family is chosen, or with `-d`).
    AddressOfFamily,
    /// `ip -d address show`: as `Address`, with the details and `ifalias`
    /// (not `addrgenmode`, which ip shows for `link` only).
    AddressDetails,
    /// `ip monitor`: as `Address`, without `qlen` (ip's `filter.showqueue`
    /// is set by `address show` only).
    Monitor,
    /// `ip -d monitor`: as `AddressDetails`, without `qlen`.
    MonitorDetails,
}

impl Show {
    /// Whether `-d` was given.
    pub fn details(self) -> bool {
        matches!(self, Show::LinkDetails | Show::AddressDetails | Show::MonitorDetails)
    }
    /// Whether this is `link show` (ip's `do_link`), the only one to show
    /// `linkmode` and `addrgenmode`.
    pub fn link(self) -> bool {
        matches!(self, Show::Link | Show::LinkDetails)
    }
    /// Whether `ifalias` is shown: with `link show` or `-d` (ip's
    /// `do_link || show_details`).
    pub fn alias(self) -> bool {
        self.link() || self.details()
    }
    /// Whether `qlen` (JSON: `txqlen`) is shown: not by `monitor`.
    pub fn queue(self) -> bool {
        !matches!(self, Show::Monitor | Show::MonitorDetails)
    }
    /// Whether the `link/TYPE ADDRESS brd ...` line (JSON: `link_type`,
    /// `address`, `broadcast`) is shown.
    pub fn link_line(self) -> bool {
        self != Show::AddressOfFamily
    }
}

/// `inet6_addr_gen_mode`: from `IFLA_AF_SPEC`'s IPv6 part.
fn addr_gen_mode(l: &Link<'_>) -> Result<Option<&'static str>> {
    const AF_INET6: u16 = 10;
    let Some(inet6) = l.af_spec()?.map(|spec| spec.find(AF_INET6)).transpose()?.flatten() else {
        return Ok(None);
    };
    let Some(mode) = inet6.nested().find(inet6::ADDR_GEN_MODE)? else {
        return Ok(None);
    };
    let mode = mode.u8()?;
    Ok(Some(ADDR_GEN_MODES.iter().find(|(m, _)| *m == mode).map_or("unknown", |(_, name)| name)))
}

/// `enum in6_addr_gen_mode` (linux/if_link.h) by ip's names, which `link
/// set ... addrgenmode` reads and `-d` prints.
pub const ADDR_GEN_MODES: [(u8, &str); 4] = [(0, "eui64"), (1, "none"), (2, "stable_secret"), (3, "random")];

/// The `-d` part of a link, in ip's order: text after its `link/` line's
/// addresses (no newline), or JSON keys.
pub fn print<W: Write>(p: &mut Sink<'_, W>, l: &Link<'_>, names: &Names, show: Show) -> Result<()> {
    let u32_of = |id| -> Result<Option<u32>> { Ok(l.attrs().find(id)?.and_then(|a| a.u32().ok())) };
    // ip: " promiscuity N  allmulti N minmtu N ..."
    let before_kind = [
        ("promiscuity", " promiscuity", l.promiscuity()?),
        ("allmulti", " allmulti", u32_of(ifla::ALLMULTI)?),
        ("min_mtu", "minmtu", l.min_mtu()?),
        ("max_mtu", "maxmtu", l.max_mtu()?),
    ];
    for (key, word, v) in before_kind {
        if let Some(v) = v {
            p.word_num(key, word, v.into())?;
        }
    }
    if let Some(info) = l.linkinfo()? {
        kinds::print(p, &info, names)?;
    }
    if show.link() {
        if let Some(mode) = addr_gen_mode(l)? {
            p.word_str("inet6_addr_gen_mode", "addrgenmode", mode)?;
        }
    }
    let after_kind = [
        ("num_tx_queues", "numtxqueues", l.num_tx_queues()?),
        ("num_rx_queues", "numrxqueues", l.num_rx_queues()?),
        ("gso_max_size", "gso_max_size", l.gso_max_size()?),
        ("gso_max_segs", "gso_max_segs", l.gso_max_segs()?),
        ("tso_max_size", "tso_max_size", u32_of(ifla::TSO_MAX_SIZE)?),
        ("tso_max_segs", "tso_max_segs", u32_of(ifla::TSO_MAX_SEGS)?),
        ("gro_max_size", "gro_max_size", l.gro_max_size()?),
    ];
    for (key, word, v) in after_kind {
        if let Some(v) = v {
            p.word_num(key, word, v.into())?;
        }
    }
    Ok(())
}
