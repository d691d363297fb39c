//! The `netdev` family through a generic session: devices with their XDP
//! and AF_XDP capabilities, page pools and queues, as lending dumps read
//! with the core's views ([`nlwire::netdev`]).
//!
//! ```no_run
//! use nlwire::tables::netdev::XdpAct;
//! use nlwire_std::Genl;
//! let mut genl = Genl::new()?;
//! let mut devices = genl.netdev().devices()?;
//! while let Some(dev) = devices.next()? {
//!     let redirect = dev.xdp_features()?.unwrap_or_default().contains(XdpAct::REDIRECT);
//!     println!("{:?} redirect target: {redirect}", dev.ifindex()?);
//! }
//! let mut queues = genl.netdev().queues(Some(1))?;
//! while let Some(q) = queues.next()? {
//!     println!("queue {:?} type {:?} napi {:?}", q.id()?, q.r#type()?, q.napi_id()?);
//! }
//! # Ok::<(), nlwire_std::Error>(())
//! ```

use nlwire::netdev::{Device, DeviceDump, PagePool, PagePoolDump, Queue, QueueDump, FAMILY_NAME};

use crate::genl::{family_handle, view_dumps, GenlSession};

family_handle! {
    /// The `netdev` family of a generic session ([`Genl::netdev`](crate::Genl::netdev)). `S` is the
    /// [`GenlSession`]: `&mut Genl` (blocking) or `&AsyncGenl` (`.await`).
    /// Each verb is a dump of the session's namespace; a kernel without the
    /// operation answers `EOPNOTSUPP` ([`Error::errno`](crate::Error::errno)),
    /// one without the family is [`Error::NotFound`](crate::Error::NotFound) naming it.
    Netdev, netdev, "The `netdev` family (resolved on first use): `genl.netdev().devices()`."
}

impl<S: GenlSession> Netdev<S> {
    view_dumps! { FAMILY_NAME, "netdev family";
        /// Every device (`NETDEV_CMD_DEV_GET` dump), one [`Device`] each.
        devices() -> Device<'static> = DeviceDump;
        /// The page pools of the device `ifindex`, or of every device
        /// (`NETDEV_CMD_PAGE_POOL_GET` dump), one [`PagePool`] each; empty
        /// when no driver made one.
        page_pools(ifindex: Option<u32>) -> PagePool<'static> = PagePoolDump { ifindex };
        /// The queues of the device `ifindex`, or of every device
        /// (`NETDEV_CMD_QUEUE_GET` dump), one [`Queue`] each. A device that is
        /// down has none.
        queues(ifindex: Option<u32>) -> Queue<'static> = QueueDump { ifindex };
    }
}
