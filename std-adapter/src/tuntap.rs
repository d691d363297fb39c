//! `ipr.tuntap()`: persistent tun and tap devices, as pyroute2's
//! `link("add", kind="tuntap", mode=.., uid=.., gid=.., ifr=..)` and
//! `ip tuntap add|del` make and remove them: the tun driver's `ioctl`s on
//! `/dev/net/tun` (through `nlwire_rustix::tuntap`), opened in the
//! session's namespace.
//!
//! ```no_run
//! use nlwire_std::{IPRoute, TunMode};
//! let mut ipr = IPRoute::in_netns("blue")?;
//! // ip tuntap add dev tap0 mode tap user 1000 vnet_hdr multi_queue
//! ipr.tuntap().add("tap0", TunMode::Tap).owner(1000).vnet_hdr(true).multi_queue(true).send()?;
//! ipr.tuntap().del("tap0")?;
//! # Ok::<(), nlwire_std::Error>(())
//! ```

use std::future::Future;

use nlwire::link::Link;
use nlwire::tables::rt_link::LinkinfoTunAttrs;
use nlwire_rustix::tuntap::{self, TunTap, IFF_MULTI_QUEUE, IFF_NO_PI, IFF_TAP, IFF_TUN, IFF_VNET_HDR};

use crate::builder::setters;
use crate::dev::{get_link, ifname, Dev};
use crate::ensure::{given, settle, Goal};
use crate::error::{Error, Result};
use crate::handles::TuntapHandle;
use crate::session::Session;
use crate::socket::NetnsRef;

/// Whether a device carries IP packets or Ethernet frames; its value is
/// the mode's flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum TunMode {
    /// `mode tun`: IP packets, no link-layer header (`IFF_TUN`).
    Tun = IFF_TUN,
    /// `mode tap`: Ethernet frames (`IFF_TAP`).
    Tap = IFF_TAP,
}

/// A persistent tun or tap device to create; [`send`](TuntapAdd::send)
/// creates it. As with `ip tuntap add`, packets carry no packet
/// information header unless [`pi`](TuntapAdd::pi) asks for one.
#[must_use = "a device is created only when sent"]
pub struct TuntapAdd<S> {
    ipr: S,
    name: String,
    /// The settings (its name left empty until it is made).
    device: TunTap<'static>,
}

impl<S> TuntapHandle<S> {
    /// `ip tuntap add dev NAME mode tun|tap`, pyroute2's
    /// `link("add", ifname=NAME, kind="tuntap", mode=..)`.
    #[allow(clippy::should_implement_trait)] // pyroute2's verb name
    pub fn add(self, name: &str, mode: TunMode) -> TuntapAdd<S> {
        let device = TunTap { name: "", flags: mode as u16 | IFF_NO_PI, owner: None, group: None };
        TuntapAdd { ipr: self.ipr, name: name.to_owned(), device }
    }
}

impl<S> TuntapAdd<S> {
    setters! {
        /// `user UID` (pyroute2's `uid`): the one user, besides those with
        /// `CAP_NET_ADMIN`, who may attach to the device.
        #[doc(alias = "uid")]
        owner(uid: u32) => device.owner = Some(uid);
        /// `group GID` (pyroute2's `gid`): the group whose members may attach.
        #[doc(alias = "gid")]
        group(gid: u32) => device.group = Some(gid);
    }
    /// `pi`: a packet information header before each packet (off by
    /// default: `IFF_NO_PI`).
    pub fn pi(self, on: bool) -> Self {
        self.flag(IFF_NO_PI, !on)
    }
    /// `vnet_hdr`: a `virtio_net_hdr` before each packet (`IFF_VNET_HDR`).
    pub fn vnet_hdr(self, on: bool) -> Self {
        self.flag(IFF_VNET_HDR, on)
    }
    /// `multi_queue`: several files may attach, one queue each (`IFF_MULTI_QUEUE`).
    pub fn multi_queue(self, on: bool) -> Self {
        self.flag(IFF_MULTI_QUEUE, on)
    }
    fn flag(mut self, flag: u16, on: bool) -> Self {
        let flags = self.device.flags;
        self.device.flags = if on { flags | flag } else { flags & !flag };
        self
    }
}

impl<S: Session> TuntapAdd<S> {
    /// Creates the device in the session's namespace. A name the kernel
    /// cannot take is [`Error::Invalid`] and nothing is made; a device of
    /// that name already there is the driver's `EBUSY`
    /// ([`Error::Socket`]), and it is left as it was.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move { self.create() })
    }
    /// Creates the device, counting as done a tun or tap device of that
    /// name already there with the same mode, `pi`, `vnet_hdr` and
    /// `multi_queue` (and the owner and group given here). A device there
    /// with other settings, or a link of that name of another kind, leaves
    /// the driver's `EBUSY`, and is left as it was; see
    /// [`TuntapHandle::ensure_absent`] for deletes.
    ///
    /// ```no_run
    /// # use nlwire_std::TunMode;
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// ipr.tuntap().add("tap0", TunMode::Tap).ensure()?;
    /// ipr.tuntap().add("tap0", TunMode::Tap).ensure()?; // Ok
    /// assert!(ipr.tuntap().add("tap0", TunMode::Tun).ensure().is_err());
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn ensure(mut self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move {
            let sent = self.create();
            // The tun driver's answer, to an `ioctl`, for a name taken.
            if matches!(&sent, Err(e @ Error::Socket(_)) if e.errno_name() == Some("EBUSY")) {
                let Some(have) = made_with(&mut self.ipr, &self.name).await? else { return sent };
                let want = self.device;
                if have.flags == want.flags && given(want.owner, have.owner) && given(want.group, have.group)
                {
                    return Ok(());
                }
            }
            sent
        })
    }
    fn create(&self) -> Result<()> {
        ifname(&self.name)?;
        let device = TunTap { name: &self.name, ..self.device };
        in_netns(self.ipr.netns(), |ns| tuntap::create(ns, &device))
    }
}

impl<S: Session> TuntapHandle<S> {
    /// `ip tuntap del dev NAME` (its mode and queues read from the device
    /// first, so they need not be given): the device stops being
    /// persistent and goes away once no process holds it open. A device
    /// that is not there is [`Error::NotFound`]; one that is no tun or tap
    /// device is [`Error::Invalid`], and stays.
    pub fn del(self, name: &str) -> S::Output<impl Future<Output = Result<()>>> {
        let (mut ipr, name) = (self.ipr, name.to_owned());
        S::finish(async move { delete(&mut ipr, &name).await })
    }
    /// [`del`](Self::del), counting a device that is not there as done.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// ipr.tuntap().ensure_absent("tap0")?;
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn ensure_absent(self, name: &str) -> S::Output<impl Future<Output = Result<()>>> {
        let (mut ipr, name) = (self.ipr, name.to_owned());
        S::finish(
            async move { settle(Goal::Absent, delete(&mut ipr, &name).await, async || Ok(false)).await },
        )
    }
}

/// Deletes the tun or tap device `name`, attaching with the mode and
/// queues it was made with.
async fn delete<S: Session>(ipr: &mut S, name: &str) -> Result<()> {
    let made = made_with(ipr, name).await?.ok_or(Error::invalid("the device is no tun or tap device"))?;
    let attach = made.flags & (IFF_TUN | IFF_TAP | IFF_MULTI_QUEUE);
    in_netns(ipr.netns(), |ns| tuntap::delete(ns, name, attach))
}

/// How the tun device `name` was made (its name left empty): the mode,
/// `pi`, `vnet_hdr` and `multi_queue` flags, the owner and the group, from
/// its `IFLA_INFO_DATA`; `None` for a link of another kind.
async fn made_with<S: Session>(ipr: &mut S, name: &str) -> Result<Option<TunTap<'static>>> {
    let link = get_link(ipr, &Dev::Name(name.to_owned())).await?;
    let link = Link::parse(&link.message())?;
    let Some(info) = link.linkinfo()?.filter(|info| info.kind() == Ok(Some("tun"))) else { return Ok(None) };
    let data = LinkinfoTunAttrs(info.data()?.unwrap_or_default());
    let on = |value: Option<u8>| value.is_some_and(|v| v != 0);
    let bit = |flag: u16, set: bool| if set { flag } else { 0 };
    let flags = data.r#type()?.map_or(0, u16::from) & (IFF_TUN | IFF_TAP)
        | bit(IFF_NO_PI, !on(data.pi()?))
        | bit(IFF_VNET_HDR, on(data.vnet_hdr()?))
        | bit(IFF_MULTI_QUEUE, on(data.multi_queue()?));
    Ok(Some(TunTap { name: "", flags, owner: data.owner()?, group: data.group()? }))
}

/// Runs `f` with the session's namespace as the socket layer names it.
fn in_netns(
    netns: Option<&NetnsRef>,
    f: impl FnOnce(Option<nlwire_rustix::Netns<'_>>) -> nlwire_rustix::Result<()>,
) -> Result<()> {
    match netns {
        None => Ok(f(None)?),
        Some(netns) => netns.with(|ns| Ok(f(Some(ns))?)),
    }
}
