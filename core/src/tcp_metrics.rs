//! TCP metrics (`tcp_metrics`, generic netlink): what the kernel keeps of
//! past connections to each destination (RTT, its variance, cwnd,
//! ssthresh, TCP Fast Open's cookie), as `ip tcp_metrics` lists and
//! deletes it.
//!
//! Address the commands to the family id resolved for [`FAMILY_NAME`] with
//! [`To`](crate::genl::To). Attribute numbers come from the generated
//! [`tables::tcp_metrics`](crate::tables::tcp_metrics).
//!
//! ```
//! use core::net::{IpAddr, Ipv4Addr};
//! use nlwire::build::Builder;
//! use nlwire::genl::To;
//! use nlwire::tcp_metrics::{Delete, Entry};
//! use nlwire::Messages;
//!
//! // ip tcp_metrics delete 192.0.2.5 (family id 0x1e)
//! let delete = Delete { destination: Some(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 5))), source: None };
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! b.push(&To { family: 0x1e, command: &delete }, 1)?;
//! let msg = Messages::new(b.as_bytes()).next().unwrap()?;
//! let entry = Entry::parse(&msg)?;
//! assert_eq!(entry.destination()?, delete.destination);
//! # Ok::<(), nlwire::Error>(())
//! ```

use core::net::IpAddr;

use crate::build::MessageWriter;
use crate::error::Result;
use crate::genl::{dump_command, genl_view, Command};
use crate::tables::tcp_metrics::{tcp_metrics as attr, TcpMetrics};

/// The generic netlink family name (`TCP_METRICS_GENL_NAME`).
pub const FAMILY_NAME: &str = "tcp_metrics";
/// The family's interface version (`TCP_METRICS_GENL_VERSION`).
pub const VERSION: u8 = 1;

/// `TCP_METRICS_CMD_*`, the commands of the family.
pub use crate::tables::tcp_metrics::cmd;
/// `TCP_METRICS_A_METRICS_*`: the values in [`TcpMetrics::vals`], one
/// above the kernel's `TCP_METRIC_*` slots.
pub use crate::tables::tcp_metrics::{metrics, Metrics};

genl_view! {
    /// One destination's metrics (`TCP_METRICS_CMD_GET`, the answer of a
    /// [`Dump`] or a [`Get`]).
    Entry, TcpMetrics, "tcp_metrics entry", &[cmd::GET, cmd::DEL]
}

impl Entry<'_> {
    /// The destination: `TCP_METRICS_ATTR_ADDR_IPV4` or `_IPV6`.
    pub fn destination(&self) -> Result<Option<IpAddr>> {
        Ok(self.addr_ipv4()?.or(self.addr_ipv6()?))
    }
    /// The source the metrics were kept for (kernels since 3.13):
    /// `TCP_METRICS_ATTR_SADDR_IPV4` or `_IPV6`.
    pub fn source(&self) -> Result<Option<IpAddr>> {
        Ok(self.saddr_ipv4()?.or(self.saddr_ipv6()?))
    }
}

dump_command!(
    /// `ip tcp_metrics show`: `TCP_METRICS_CMD_GET` as a dump, one [`Entry`]
    /// per destination and source.
    Dump,
    cmd::GET,
    VERSION
);

/// Writes a destination (`ADDR_IPV4`/`_IPV6`) or a source (`SADDR_*`).
fn emit_addr(m: &mut MessageWriter<'_>, ip: IpAddr, v4: u16, v6: u16) -> Result<()> {
    match ip {
        IpAddr::V4(a) => m.attr(v4, &a.octets()),
        IpAddr::V6(a) => m.attr(v6, &a.octets()),
    }
}

/// `ip tcp_metrics show ADDRESS [src ADDRESS]`: the one entry of a
/// destination (and source), answered by an [`Entry`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Get {
    /// The destination.
    pub destination: IpAddr,
    /// The source, when the entry is asked for by both.
    pub source: Option<IpAddr>,
}

impl Command for Get {
    const CMD: u8 = cmd::GET;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        emit_addr(m, self.destination, attr::ADDR_IPV4, attr::ADDR_IPV6)?;
        match self.source {
            Some(source) => emit_addr(m, source, attr::SADDR_IPV4, attr::SADDR_IPV6),
            None => Ok(()),
        }
    }
}

/// `ip tcp_metrics delete ADDRESS [src ADDRESS]`: `TCP_METRICS_CMD_DEL`
/// of the entries of a destination (and source); without a destination,
/// of every entry (`ip tcp_metrics flush`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delete {
    /// The destination, or `None` for every entry.
    pub destination: Option<IpAddr>,
    /// The source, with a destination.
    pub source: Option<IpAddr>,
}

impl Command for Delete {
    const CMD: u8 = cmd::DEL;
    const VERSION: u8 = VERSION;
    fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        if let Some(destination) = self.destination {
            emit_addr(m, destination, attr::ADDR_IPV4, attr::ADDR_IPV6)?;
        }
        if let Some(source) = self.source {
            emit_addr(m, source, attr::SADDR_IPV4, attr::SADDR_IPV6)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genl::To;
    use crate::test_prelude::*;

    /// `genlmsghdr`: the command, version 1, two reserved bytes.
    fn genl(cmd: u8) -> Vec<u8> {
        vec![cmd, 1, 0, 0]
    }

    /// `ip tcp_metrics delete 2001:db8::5 src 2001:db8::1`, written out
    /// from linux/tcp_metrics.h and linux/genetlink.h: family 0x1e, REQUEST
    /// | ACK, `genlmsghdr` (cmd 2), then `ADDR_IPV6` (2) and `SADDR_IPV6` (12).
    #[test]
    fn a_delete_is_written_as_the_uapi_lays_it_out() {
        let dst: Ipv6Addr = "2001:db8::5".parse().unwrap();
        let src: Ipv6Addr = "2001:db8::1".parse().unwrap();
        let delete = Delete { destination: Some(dst.into()), source: Some(src.into()) };
        let (buf, len) = emitted(&To { family: 0x1e, command: &delete }, 7);
        let body = [genl(2), nla(2, &dst.octets()), nla(12, &src.octets())].concat();
        assert_eq!(&buf[..len], &nlmsg(0x1e, 0x01 | 0x04, 7, &body)[..]);
    }

    /// A dump asks with `REQUEST | DUMP` and no attribute; a flush of every
    /// entry is a `DEL` without one; a get of an IPv4 entry carries its
    /// address in network order.
    #[test]
    fn dumps_flushes_and_gets_carry_what_ip_sends() {
        let (buf, len) = emitted(&To { family: 0x1e, command: &Dump }, 1);
        assert_eq!(&buf[..len], &nlmsg(0x1e, 0x01 | 0x300, 1, &genl(1))[..]);
        let (buf, len) =
            emitted(&To { family: 0x1e, command: &Delete { destination: None, source: None } }, 2);
        assert_eq!(&buf[..len], &nlmsg(0x1e, 0x01 | 0x04, 2, &genl(2))[..]);
        let get = Get { destination: Ipv4Addr::new(192, 0, 2, 5).into(), source: None };
        let (buf, len) = emitted(&To { family: 0x1e, command: &get }, 3);
        let body = [genl(1), nla(1, &[192, 0, 2, 5])].concat();
        assert_eq!(&buf[..len], &nlmsg(0x1e, 0x01 | 0x04, 3, &body)[..]);
    }

    /// An entry as the kernel sends it: an IPv4 destination and source, the
    /// age, and the metrics nest.
    #[test]
    fn an_entry_reads_its_addresses_and_metrics() {
        let vals = [nla(4, &14u32.to_ne_bytes()), nla(6, &176u32.to_ne_bytes())].concat();
        let body = [
            genl(1),
            nla(1, &[192, 0, 2, 5]),
            nla(3, &216u64.to_ne_bytes()),
            nla(6, &vals),
            nla(11, &[198, 51, 100, 1]),
        ]
        .concat();
        let msg = nlmsg(0x1e, 0, 0, &body);
        let m = Messages::new(&msg).next().unwrap().unwrap();
        let e = Entry::parse(&m).unwrap();
        assert_eq!(e.destination().unwrap(), Some(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 5))));
        assert_eq!(e.source().unwrap(), Some(IpAddr::V4(Ipv4Addr::new(198, 51, 100, 1))));
        assert_eq!(e.age().unwrap(), Some(216));
        let vals = e.vals().unwrap().unwrap();
        assert_eq!(
            (vals.cwnd().unwrap(), vals.rtt_us().unwrap(), vals.rtt().unwrap()),
            (Some(14), Some(176), None)
        );
    }
}
