//! What `ethtool -i` and `ethtool -S` read: the driver's information and
//! its own statistics, through ethtool's `SIOCETHTOOL` ioctl
//! (`ETHTOOL_GDRVINFO`, `ETHTOOL_GSTRINGS`, `ETHTOOL_GSTATS` of
//! `<linux/ethtool.h>`), which ethtool's netlink family does not offer. Any
//! socket of the device's namespace carries the ioctl, a netlink one too.
//!
//! ```no_run
//! use nlwire_rustix::{ethtool_ioctl, Protocol, Socket};
//! let sock = Socket::open(Protocol::Generic)?;
//! let info = ethtool_ioctl::driver_info(&sock, "eth0")?;
//! println!("driver: {}", info.driver);
//! let stats = ethtool_ioctl::nic_stats(&sock, "eth0", info.n_stats)?;
//! for (name, value) in stats.iter() {
//!     println!("{}: {value}", String::from_utf8_lossy(name));
//! }
//! # Ok::<(), nlwire_rustix::Error>(())
//! ```

use heapless::String;
use rustix::fd::AsFd;
use rustix::io::Errno;

use crate::error::{Context, Error, Result};
use crate::sys::{self, EthtoolBuf, IFNAMSIZ};
use crate::Socket;

/// `ETHTOOL_GDRVINFO`.
const GDRVINFO: u32 = 0x03;
/// `ETHTOOL_GSTRINGS`.
const GSTRINGS: u32 = 0x1b;
/// `ETHTOOL_GSTATS`.
const GSTATS: u32 = 0x1d;
/// `ETH_SS_STATS`: the driver's statistics' names.
const ETH_SS_STATS: u32 = 1;
/// `ETH_GSTRING_LEN`: each name's room.
const ETH_GSTRING_LEN: usize = 32;
/// `sizeof(struct ethtool_drvinfo)`.
const DRVINFO_LEN: usize = 196;
/// `sizeof(struct ethtool_gstrings)`: `cmd`, `string_set`, `len`.
const GSTRINGS_HEADER: usize = 12;
/// `sizeof(struct ethtool_stats)`: `cmd`, `n_stats` (the `__u64` values follow).
const GSTATS_HEADER: usize = 8;

/// `struct ethtool_drvinfo`, as `ethtool -i` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriverInfo {
    /// `driver`.
    pub driver: String<32>,
    /// `version`.
    pub version: String<32>,
    /// `fw_version` (`firmware-version`).
    pub firmware_version: String<32>,
    /// `erom_version` (`expansion-rom-version`).
    pub expansion_rom_version: String<32>,
    /// `bus_info`.
    pub bus_info: String<32>,
    /// Private flags the driver has (`supports-priv-flags` when not 0).
    pub n_priv_flags: u32,
    /// Statistics the driver keeps (`supports-statistics`; see [`nic_stats`]).
    pub n_stats: u32,
    /// Self-test results (`supports-test`).
    pub testinfo_len: u32,
    /// EEPROM size (`supports-eeprom-access`).
    pub eedump_len: u32,
    /// Register dump size (`supports-register-dump`).
    pub regdump_len: u32,
}

/// The driver information of the device `dev` (`ethtool -i`).
#[doc(alias = "ETHTOOL_GDRVINFO")]
pub fn driver_info(sock: &Socket, dev: &str) -> Result<DriverInfo> {
    let mut buf = command(dev, DRVINFO_LEN, &[GDRVINFO])?;
    sys::ethtool(sock.as_fd(), dev.as_bytes(), &mut buf).call("ioctl(SIOCETHTOOL, ETHTOOL_GDRVINFO)")?;
    let b = buf.bytes();
    let text = |at: usize| c_string(b.get(at..at + 32).unwrap_or(&[]));
    let word = |at: usize| u32_at(b, at);
    Ok(DriverInfo {
        driver: text(4),
        version: text(36),
        firmware_version: text(68),
        bus_info: text(100),
        expansion_rom_version: text(132),
        n_priv_flags: word(176),
        n_stats: word(180),
        testinfo_len: word(184),
        eedump_len: word(188),
        regdump_len: word(192),
    })
}

/// The driver's statistics of `dev` (`ethtool -S`): `count` is how many the
/// driver said it keeps ([`DriverInfo::n_stats`]). Should the driver keep
/// more by the time it answers, the ioctl fails (`EFAULT`) rather than
/// write past its buffer.
#[doc(alias = "ETHTOOL_GSTATS")]
pub fn nic_stats(sock: &Socket, dev: &str, count: u32) -> Result<NicStats> {
    let n = count as usize;
    let mut names = command(dev, GSTRINGS_HEADER + n * ETH_GSTRING_LEN, &[GSTRINGS, ETH_SS_STATS, count])?;
    sys::ethtool(sock.as_fd(), dev.as_bytes(), &mut names).call("ioctl(SIOCETHTOOL, ETHTOOL_GSTRINGS)")?;
    let mut values = command(dev, GSTATS_HEADER + n * 8, &[GSTATS, count])?;
    sys::ethtool(sock.as_fd(), dev.as_bytes(), &mut values).call("ioctl(SIOCETHTOOL, ETHTOOL_GSTATS)")?;
    // The kernel's counts, at most the room given (more would have failed).
    let len = (u32_at(names.bytes(), 8) as usize).min(u32_at(values.bytes(), 4) as usize).min(n);
    Ok(NicStats { names, values, len })
}

/// A device's statistics, by name, as the driver reported them.
pub struct NicStats {
    names: EthtoolBuf,
    values: EthtoolBuf,
    len: usize,
}

impl NicStats {
    /// Each statistic: its name (up to its NUL) and value, in the driver's order.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], u64)> + '_ {
        let names = self.names.bytes().get(GSTRINGS_HEADER..).unwrap_or(&[]);
        let values = self.values.bytes().get(GSTATS_HEADER..).unwrap_or(&[]);
        names.chunks_exact(ETH_GSTRING_LEN).zip(values.chunks_exact(8)).take(self.len).map(|(name, value)| {
            let end = name.iter().position(|&b| b == 0).unwrap_or(name.len());
            let value = value.try_into().map_or(0, u64::from_ne_bytes);
            (name.get(..end).unwrap_or(&[]), value)
        })
    }

    /// How many statistics there are.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the driver keeps none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A command buffer of `len` bytes for `dev`, starting with `words`.
fn command(dev: &str, len: usize, words: &[u32]) -> Result<EthtoolBuf> {
    if dev.is_empty() || dev.len() >= IFNAMSIZ || dev.bytes().any(|b| b == 0) {
        return Err(Error::sys("ioctl(SIOCETHTOOL)", Errno::NODEV));
    }
    let mut buf = EthtoolBuf::new(len).call("mmap(ethtool buffer)")?;
    for (slot, word) in buf.bytes_mut().chunks_exact_mut(4).zip(words) {
        slot.copy_from_slice(&word.to_ne_bytes());
    }
    Ok(buf)
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    b.get(at..at + 4).and_then(|w| w.try_into().ok()).map_or(0, u32::from_ne_bytes)
}

/// A `char[32]` up to its NUL (bytes that are not UTF-8 are dropped).
fn c_string(bytes: &[u8]) -> String<32> {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    let text = bytes.get(..end).unwrap_or(&[]);
    let mut out = String::new();
    for c in core::str::from_utf8(text).unwrap_or("").chars() {
        if out.push(c).is_err() {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_kernel_cannot_hold_are_refused_before_the_ioctl() {
        for bad in ["", "0123456789abcdef", "a\0b"] {
            assert!(command(bad, 8, &[GDRVINFO]).is_err(), "{bad:?}");
        }
        let buf = command("v0", 12, &[GSTRINGS, ETH_SS_STATS, 3]).unwrap();
        let want: std::vec::Vec<u8> = [0x1bu32, 1, 3].iter().flat_map(|w| w.to_ne_bytes()).collect();
        assert_eq!(buf.bytes(), want);
    }

    #[test]
    fn text_stops_at_its_nul() {
        assert_eq!(c_string(b"veth\0\0garbage"), "veth");
        assert_eq!(c_string(&[b'x'; 32]).len(), 32);
    }
}
