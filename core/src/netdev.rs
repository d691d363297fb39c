//! The `netdev` generic netlink family: per-device XDP and AF_XDP
//! capabilities (`NETDEV_CMD_DEV_GET`), page pools
//! (`NETDEV_CMD_PAGE_POOL_GET`) and queues (`NETDEV_CMD_QUEUE_GET`), as
//! dumps, each reply read with the view generated from the kernel's spec.
//!
//! ```
//! use nlwire::build::Builder;
//! use nlwire::genl::To;
//! use nlwire::netdev::QueueDump;
//!
//! // The queues of the device with index 2.
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! b.push(&To { family: 0x18, command: &QueueDump { ifindex: Some(2) } }, 1)?;
//! assert_eq!(b.len(), 16 + 4 + 8);
//! # Ok::<(), nlwire::Error>(())
//! ```

use crate::build::MessageWriter;
use crate::error::Result;
use crate::genl::{dump_command, genl_view, Command};
use crate::tables::netdev::{self as t, cmd, page_pool, queue};

/// The family name to resolve (`NETDEV_FAMILY_NAME`).
pub const FAMILY_NAME: &str = "netdev";
/// `NETDEV_FAMILY_VERSION`: the interface version requests carry.
pub const VERSION: u8 = 1;
/// The multicast group of device notifications (`NETDEV_MCGRP_MGMT`).
pub const MGMT_GROUP: &str = "mgmt";
/// The multicast group of page pool notifications (`NETDEV_MCGRP_PAGE_POOL`).
pub const PAGE_POOL_GROUP: &str = "page-pool";

dump_command!(
    /// `NETDEV_CMD_DEV_GET` as a dump: every device of the namespace, one
    /// [`Device`] each.
    DeviceDump,
    cmd::DEV_GET,
    VERSION
);

/// Declares a dump of some objects of one device (`ifindex`) or of every
/// device: the command `$cmd`, its ifindex attribute `$ifindex`.
macro_rules! dump_of_device {
    ($(#[$doc:meta])* $name:ident, $cmd:expr, $ifindex:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub struct $name {
            /// The device whose objects are dumped (`None`: every device).
            pub ifindex: Option<u32>,
        }

        impl Command for $name {
            const CMD: u8 = $cmd;
            const VERSION: u8 = VERSION;
            const DUMP: bool = true;
            fn emit_attrs(&self, m: &mut MessageWriter<'_>) -> Result<()> {
                self.ifindex.map_or(Ok(()), |i| m.u32($ifindex, i))
            }
        }
    };
}

dump_of_device!(
    /// `NETDEV_CMD_PAGE_POOL_GET` as a dump, one [`PagePool`] each
    /// (`NETDEV_A_PAGE_POOL_IFINDEX` names the device). Only pools a driver
    /// tied to a device are listed.
    PagePoolDump,
    cmd::PAGE_POOL_GET,
    page_pool::IFINDEX
);

dump_of_device!(
    /// `NETDEV_CMD_QUEUE_GET` as a dump, one [`Queue`] each
    /// (`NETDEV_A_QUEUE_IFINDEX` names the device). Only the queues of
    /// devices that are up are listed.
    QueueDump,
    cmd::QUEUE_GET,
    queue::IFINDEX
);

genl_view! {
    /// A device (`NETDEV_CMD_DEV_GET` reply or `DEV_*_NTF`): its index, the
    /// XDP actions it supports (`xdp_features`, the `xdp-act` flags), the XDP
    /// RX metadata it gives (`xdp_rx_metadata_features`), AF_XDP TX
    /// features (`xsk_features`) and the most zero-copy fragments
    /// (`xdp_zc_max_segs`).
    Device, t::Dev, "netdev dev",
    &[cmd::DEV_GET, cmd::DEV_ADD_NTF, cmd::DEV_DEL_NTF, cmd::DEV_CHANGE_NTF]
}

genl_view! {
    /// A page pool (`NETDEV_CMD_PAGE_POOL_GET` reply or `PAGE_POOL_*_NTF`).
    PagePool, t::PagePool, "netdev page-pool",
    &[cmd::PAGE_POOL_GET, cmd::PAGE_POOL_ADD_NTF, cmd::PAGE_POOL_DEL_NTF, cmd::PAGE_POOL_CHANGE_NTF]
}

genl_view! {
    /// A queue (`NETDEV_CMD_QUEUE_GET` reply): its id, type
    /// ([`queue_type`](crate::tables::netdev::queue_type)), device and NAPI
    /// instance.
    Queue, t::Queue, "netdev queue", &[cmd::QUEUE_GET]
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use crate::genl::test_bytes::message;
    use crate::genl::To;
    use crate::tables::netdev::{XdpAct, XdpRxMetadata, XskFlags};
    use crate::test_prelude::*;
    use crate::{Error, Messages};

    fn u32_attr(kind: u16, v: u32) -> Vec<u8> {
        let mut out = Vec::from(8u16.to_ne_bytes());
        out.extend_from_slice(&kind.to_ne_bytes());
        out.extend_from_slice(&v.to_ne_bytes());
        out
    }

    fn u64_attr(kind: u16, v: u64) -> Vec<u8> {
        let mut out = Vec::from(12u16.to_ne_bytes());
        out.extend_from_slice(&kind.to_ne_bytes());
        out.extend_from_slice(&v.to_ne_bytes());
        out
    }

    fn built(command: &impl Command, seq: u32) -> Vec<u8> {
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        b.push(&To { family: 0x18, command }, seq).unwrap();
        b.as_bytes().to_vec()
    }

    #[test]
    fn dump_requests_are_byte_exact() {
        // NLM_F_REQUEST | NLM_F_DUMP = 0x301; commands 1, 5, 10 of netdev.yaml.
        assert_eq!(built(&DeviceDump, 3), message(0x18, 0x301, 3, 1, &[]));
        assert_eq!(built(&PagePoolDump::default(), 4), message(0x18, 0x301, 4, 5, &[]));
        // NETDEV_A_PAGE_POOL_IFINDEX is 2, NETDEV_A_QUEUE_IFINDEX 2.
        assert_eq!(built(&PagePoolDump { ifindex: Some(7) }, 5), message(0x18, 0x301, 5, 5, &u32_attr(2, 7)));
        assert_eq!(built(&QueueDump { ifindex: Some(9) }, 6), message(0x18, 0x301, 6, 10, &u32_attr(2, 9)));
    }

    #[test]
    fn reads_a_device_reply() {
        // ifindex 1, xdp-features basic|redirect|ndo-xmit|rx-sg (0x27, a
        // u64 as the kernel puts it), zc segs 1, metadata 0, xsk 0.
        let mut attrs = u32_attr(1, 1);
        attrs.extend(u64_attr(3, 0x27));
        attrs.extend(u32_attr(4, 1));
        attrs.extend(u64_attr(5, 0));
        attrs.extend(u64_attr(6, 0));
        let bytes = message(0x18, 2, 1, cmd::DEV_GET, &attrs);
        let msg = Messages::new(&bytes).next().unwrap().unwrap();
        let dev = Device::parse(&msg).unwrap();
        assert_eq!(dev.ifindex().unwrap(), Some(1));
        assert_eq!(
            dev.xdp_features().unwrap(),
            Some(XdpAct::BASIC | XdpAct::REDIRECT | XdpAct::NDO_XMIT | XdpAct::RX_SG)
        );
        assert_eq!(dev.xdp_zc_max_segs().unwrap(), Some(1));
        assert_eq!(dev.xdp_rx_metadata_features().unwrap(), Some(XdpRxMetadata::empty()));
        assert_eq!(dev.xsk_features().unwrap(), Some(XskFlags::empty()));
        assert!(matches!(Queue::parse(&msg), Err(Error::WrongMessageType { .. })), "a device is no queue");
    }
}
