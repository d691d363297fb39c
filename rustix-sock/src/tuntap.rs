//! Tun and tap devices, created and removed as `ip tuntap add|del` does:
//! `/dev/net/tun` opened in the namespace, `TUNSETIFF` with the mode and
//! flags, then the owner, the group and `TUNSETPERSIST`, so that the
//! device outlives the file.
//!
//! ```no_run
//! use nlwire_rustix::tuntap::{self, TunTap, IFF_NO_PI, IFF_TAP};
//! let tap = TunTap { name: "tap0", flags: IFF_TAP | IFF_NO_PI, owner: Some(1000), group: None };
//! tuntap::create(None, &tap)?;
//! tuntap::delete(None, "tap0", IFF_TAP | IFF_NO_PI)?;
//! # Ok::<(), nlwire_rustix::Error>(())
//! ```
//!
//! # References
//!  - [tuntap.rst](https://docs.kernel.org/networking/tuntap.html)
//!  - [ip-tuntap(8)](https://man7.org/linux/man-pages/man8/ip-tuntap.8.html)

use rustix::fd::{AsFd, OwnedFd};
use rustix::fs::{Mode, OFlags};
use rustix::io::Errno;

use crate::error::{Context, Error, Result};
use crate::netns::{self, Netns};
use crate::sys::{self, Ifreq, TunSetting, IFNAMSIZ};

// The flags of `TUNSETIFF` and of a device's `tun_flags`, from
// `<linux/if_tun.h>`.

/// A layer 3 device (packets without an Ethernet header).
pub const IFF_TUN: u16 = 0x0001;
/// A layer 2 device (Ethernet frames).
pub const IFF_TAP: u16 = 0x0002;
/// Several files (queues) may attach.
pub const IFF_MULTI_QUEUE: u16 = 0x0100;
/// Read only: the device outlives its files.
pub const IFF_PERSIST: u16 = 0x0800;
/// No packet information header before each packet.
pub const IFF_NO_PI: u16 = 0x1000;
/// No effect since Linux 3.8; still taken and reported.
pub const IFF_ONE_QUEUE: u16 = 0x2000;
/// A `virtio_net_hdr` before each packet.
pub const IFF_VNET_HDR: u16 = 0x4000;
/// Refuse to attach to a device that exists already.
pub const IFF_TUN_EXCL: u16 = 0x8000;

/// The clone device.
const TUN_DEVICE: &core::ffi::CStr = c"/dev/net/tun";

/// A device to create.
#[derive(Debug, Clone, Copy)]
pub struct TunTap<'a> {
    /// Its name (at most 15 bytes); empty for the kernel's `tun%d`.
    pub name: &'a str,
    /// [`IFF_TUN`] or [`IFF_TAP`], with [`IFF_NO_PI`], [`IFF_VNET_HDR`],
    /// [`IFF_MULTI_QUEUE`], [`IFF_ONE_QUEUE`] as wanted.
    pub flags: u16,
    /// The user allowed to attach (any user with `CAP_NET_ADMIN` when
    /// unset).
    pub owner: Option<u32>,
    /// The group allowed to attach.
    pub group: Option<u32>,
}

/// `/dev/net/tun`, opened in `netns` (or here): the device a file is
/// attached to is made in the namespace the file was opened in.
fn open_clone_device(netns: Option<Netns<'_>>) -> Result<OwnedFd> {
    let open = || {
        rustix::fs::open(TUN_DEVICE, OFlags::RDWR | OFlags::CLOEXEC, Mode::empty()).call("open(/dev/net/tun)")
    };
    match netns {
        Some(ns) => netns::run_in(ns, open)?,
        None => open(),
    }
}

/// `name` for an `ifreq`, or `EINVAL` (too long, or with a NUL).
fn ifreq(name: &str, flags: u16) -> Result<Ifreq> {
    if name.len() >= IFNAMSIZ || name.bytes().any(|b| b == 0) {
        return Err(Error::sys("ioctl(TUNSETIFF)", Errno::INVAL));
    }
    Ok(Ifreq::new(name.as_bytes(), flags))
}

/// Creates the persistent device `dev` in `netns` (or here), as
/// `ip tuntap add`: an existing device of that name is an error (`EBUSY`:
/// [`IFF_TUN_EXCL`] is added). If a step after the creation fails, the
/// device goes away with the file.
#[doc(alias = "TUNSETIFF")]
#[doc(alias = "ip tuntap add")]
pub fn create(netns: Option<Netns<'_>>, dev: &TunTap<'_>) -> Result<()> {
    let mut ifr = ifreq(dev.name, dev.flags | IFF_TUN_EXCL)?;
    let file = open_clone_device(netns)?;
    sys::tun_set_iff(file.as_fd(), &mut ifr).call("ioctl(TUNSETIFF)")?;
    if let Some(uid) = dev.owner {
        sys::tun_set(file.as_fd(), TunSetting::Owner, uid).call("ioctl(TUNSETOWNER)")?;
    }
    if let Some(gid) = dev.group {
        sys::tun_set(file.as_fd(), TunSetting::Group, gid).call("ioctl(TUNSETGROUP)")?;
    }
    sys::tun_set(file.as_fd(), TunSetting::Persist, 1).call("ioctl(TUNSETPERSIST)")
}

/// Removes the device `name` in `netns` (or here), as `ip tuntap del`:
/// attaches with `flags` (its mode must be the device's, else `EINVAL`),
/// clears `persist`, and closes. As with ip, a device that does not exist
/// is made and goes away at once: no error.
#[doc(alias = "ip tuntap del")]
pub fn delete(netns: Option<Netns<'_>>, name: &str, flags: u16) -> Result<()> {
    let mut ifr = ifreq(name, flags)?;
    let file = open_clone_device(netns)?;
    sys::tun_set_iff(file.as_fd(), &mut ifr).call("ioctl(TUNSETIFF)")?;
    sys::tun_set(file.as_fd(), TunSetting::Persist, 0).call("ioctl(TUNSETPERSIST)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_kernel_cannot_hold_are_refused_before_opening() {
        assert!(ifreq("0123456789abcdef", IFF_TUN).is_err());
        assert!(ifreq("a\0b", IFF_TUN).is_err());
        let ifr = ifreq("t0", IFF_TAP).unwrap();
        assert_eq!(&ifr.name[..3], b"t0\0");
        assert_eq!(ifr.flags, IFF_TAP);
    }
}
