//! Link-layer multicast addresses added to and removed from a device by
//! hand, as `ip maddress add|del` does: the `SIOCADDMULTI` and
//! `SIOCDELMULTI` `ioctl`s on a socket opened in the namespace. An address
//! added so is listed as `static` (`ip maddress show`); adding it again
//! counts one more user, and it goes when each is removed.
//!
//! ```no_run
//! use nlwire_rustix::multicast;
//! multicast::add(None, "eth0", &[0x01, 0x00, 0x5e, 0x01, 0x02, 0x03])?;
//! multicast::delete(None, "eth0", &[0x01, 0x00, 0x5e, 0x01, 0x02, 0x03])?;
//! # Ok::<(), nlwire_rustix::Error>(())
//! ```
//!
//! # References
//!  - [ip-maddress(8)](https://man7.org/linux/man-pages/man8/ip-maddress.8.html)
//!  - [netdevice(7)](https://man7.org/linux/man-pages/man7/netdevice.7.html)

use rustix::fd::AsFd;
use rustix::io::Errno;
use rustix::net::{AddressFamily, SocketType};

use crate::error::{Context, Error, Result};
use crate::netns::{self, Netns};
use crate::sys::{self, Ifreq, IFNAMSIZ, SA_DATA_LEN};

/// Adds the link-layer multicast address `address` to the device `dev` of
/// `netns` (or of this namespace), as `ip maddress add`.
///
/// Errors: `ENODEV` (no such device), `EINVAL` (a device without multicast
/// filtering, such as `lo`, or a name or address that does not fit).
#[doc(alias = "SIOCADDMULTI")]
#[doc(alias = "ip maddress add")]
pub fn add(netns: Option<Netns<'_>>, dev: &str, address: &[u8]) -> Result<()> {
    change(netns, dev, address, true)
}

/// Removes one user of the link-layer multicast address `address` added to
/// `dev` by [`add`], as `ip maddress del`.
///
/// Errors: `ENOENT` (not added by hand), and those of [`add`].
#[doc(alias = "SIOCDELMULTI")]
#[doc(alias = "ip maddress del")]
pub fn delete(netns: Option<Netns<'_>>, dev: &str, address: &[u8]) -> Result<()> {
    change(netns, dev, address, false)
}

fn change(netns: Option<Netns<'_>>, dev: &str, address: &[u8], join: bool) -> Result<()> {
    let call = if join { "ioctl(SIOCADDMULTI)" } else { "ioctl(SIOCDELMULTI)" };
    let mut ifr = ifreq(dev, address).map_err(|errno| Error::sys(call, errno))?;
    // The socket's namespace is the one whose device is named.
    let open = || rustix::net::socket(AddressFamily::INET, SocketType::DGRAM, None).call("socket");
    let socket = match netns {
        Some(ns) => netns::run_in(ns, open)??,
        None => open()?,
    };
    sys::link_multicast(socket.as_fd(), join, &mut ifr).call(call)
}

/// The request for `dev` and `address`, or `EINVAL` (a name too long or
/// with a NUL, an address longer than `sa_data`).
fn ifreq(dev: &str, address: &[u8]) -> core::result::Result<Ifreq, Errno> {
    if dev.len() >= IFNAMSIZ || dev.bytes().any(|b| b == 0) || address.len() > SA_DATA_LEN {
        return Err(Errno::INVAL);
    }
    Ok(Ifreq::with_hwaddr(dev.as_bytes(), address))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_an_ifreq_cannot_hold_is_refused_before_opening() {
        assert_eq!(ifreq("0123456789abcdef", &[1]).err(), Some(Errno::INVAL));
        assert_eq!(ifreq("a\0b", &[1]).err(), Some(Errno::INVAL));
        assert_eq!(ifreq("v0", &[1; 15]).err(), Some(Errno::INVAL));
        assert!(ifreq("v0", &[1; 14]).is_ok());
    }

    #[test]
    fn addresses_come_and_go_as_ip_maddress_lists_them() {
        let Some(ns) = crate::test_ns::TestNs::for_test("addresses_come_and_go_as_ip_maddress_lists_them")
        else {
            return;
        };
        ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
        let here = Some(Netns::Name(&ns.name));
        let group = [0x01, 0x00, 0x5e, 0x01, 0x02, 0x03];
        let listed = || ns.ip(&["maddress", "show", "dev", "v0"]).contains("link  01:00:5e:01:02:03 static");
        assert!(!listed());
        add(here, "v0", &group).unwrap();
        assert!(listed(), "{}", ns.ip(&["maddress", "show", "dev", "v0"]));
        delete(here, "v0", &group).unwrap();
        assert!(!listed());
        assert_eq!(delete(here, "v0", &group).unwrap_err().errno(), Some(Errno::NOENT), "not added by hand");
        assert_eq!(add(here, "nosuch0", &group).unwrap_err().errno(), Some(Errno::NODEV));
    }
}
