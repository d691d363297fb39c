//! `ipr.nexthop()`: nexthop objects (`ip nexthop`), the gateways, devices,
//! blackholes and groups that routes name by id (`nhid`).

use std::future::Future;
use std::net::IpAddr;

use nlwire::nexthop::{
    nexthop_grp_type, NexthopDump, NexthopGet, NexthopKind, NexthopRequest, ResilientGroup,
};

use crate::builder::{setters, verbs};
use crate::dev::{ifindex_opt, Dev};
use crate::error::{Error, Result};
use crate::handles::NexthopHandle;
use crate::owned::OwnedMessage;
use crate::session::{dump_verb, Keep, Session};

/// A nexthop request being built; [`send`](NexthopBuilder::send) sends it.
///
/// A nexthop is a gateway and/or a device, a blackhole, or a group of
/// other nexthops with weights (1 to 256), plain (hash-threshold) or
/// resilient. What it is follows from what is given; a mix (a blackhole
/// with a gateway, a group with a device) is [`Error::Invalid`], nothing
/// sent.
///
/// ```no_run
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// ipr.nexthop().add(1).gateway("192.0.2.2".parse().unwrap()).dev("v0").send()?;
/// ipr.nexthop().add(2).gateway("192.0.2.3".parse().unwrap()).dev("v0").send()?;
/// ipr.nexthop().add(10).group(&[(1, 1), (2, 3)]).send()?;
/// ipr.nexthop().add(11).group(&[(1, 1), (2, 1)]).resilient(Some(64), Some(120), None).send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct NexthopBuilder<S> {
    ipr: S,
    /// The request but for the kind and the resilient parameters.
    request: NexthopRequest<'static>,
    gateway: Option<IpAddr>,
    dev: Option<Dev>,
    onlink: bool,
    blackhole: bool,
    group: Vec<(u32, u16)>,
    /// The resilient parameters, or why they cannot be sent.
    resilient: Result<Option<ResilientGroup>>,
}

impl<S> NexthopHandle<S> {
    fn builder(self, request: NexthopRequest<'static>) -> NexthopBuilder<S> {
        let (gateway, dev, onlink, blackhole, group) = (None, None, false, false, Vec::new());
        NexthopBuilder { ipr: self.ipr, request, gateway, dev, onlink, blackhole, group, resilient: Ok(None) }
    }
    verbs! { NexthopBuilder<S>:
        /// `ip nexthop add id ID ...` (id 0: the kernel picks one).
        add(id: u32) => builder(NexthopRequest::add(id, NexthopKind::Blackhole));
        /// `ip nexthop replace id ID ...`: add, or overwrite.
        replace(id: u32) => builder(NexthopRequest::replace(id, NexthopKind::Blackhole));
    }
}

impl<S: Session> NexthopHandle<S> {
    /// `ip nexthop del id ID`.
    pub fn del(mut self, id: u32) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move { self.ipr.request(&NexthopRequest::del(id)).await.map(drop) })
    }
    /// `ip nexthop get id ID`: one nexthop, owned.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let nh = ipr.nexthop().get(10)?;
    /// println!("{:?}", nh.get("group")?);
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn get(mut self, id: u32) -> S::Output<impl Future<Output = Result<OwnedMessage>>> {
        S::finish(async move { self.ipr.get(&NexthopGet { id }).await })
    }
    /// `ip nexthop show`: every nexthop of `family` (0 for all), lazily
    /// (see [`Dump`](crate::Dump)).
    pub fn dump(self, family: u8) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, NexthopDump { family, ..NexthopDump::default() }, Keep::All)
    }
}

impl<S> NexthopBuilder<S> {
    setters! {
        /// `via ADDRESS`.
        gateway(gateway: IpAddr) => gateway = Some(gateway);
        /// `dev DEV`.
        dev(dev: impl Into<Dev>) => dev = Some(dev.into());
        /// `onlink`: the gateway is on the device's link without a prefix for it.
        onlink() => onlink = true;
        /// `blackhole`: drop what goes to this nexthop.
        blackhole() => blackhole = true;
        /// `group ID[,WEIGHT]/...`: the members as `(id, weight)`, weights 1 to 256.
        group(members: &[(u32, u16)]) => group = members.to_vec();
        /// The family (`AF_INET` 2, `AF_INET6` 10) of a device-only nexthop
        /// (`ip -6 nexthop add ... dev DEV`); else the gateway's, or `AF_INET`.
        family(family: u8) => request.family = Some(family);
        /// `protocol P`: who installed it (`RTPROT_*`).
        protocol(protocol: u8) => request.protocol = protocol;
        /// `fdb`: a nexthop for bridge FDB entries (VXLAN).
        fdb() => request.fdb = true;
    }
    /// `type resilient [buckets N] [idle_timer S] [unbalanced_timer S]`:
    /// makes the group resilient; timers in seconds, unset values the
    /// kernel's defaults.
    pub fn resilient(
        mut self,
        buckets: Option<u16>,
        idle_timer: Option<u32>,
        unbalanced_timer: Option<u32>,
    ) -> Self {
        // The kernel counts in clock_t, hundredths of a second.
        let ticks = |seconds: Option<u32>| {
            let over = || Error::invalid("resilient timer over u32::MAX / 100 seconds");
            seconds.map(|s| s.checked_mul(100).ok_or_else(over)).transpose()
        };
        self.resilient = ticks(idle_timer).and_then(|idle_timer| {
            Ok(Some(ResilientGroup { buckets, idle_timer, unbalanced_timer: ticks(unbalanced_timer)? }))
        });
        self
    }
}

impl<S: Session> NexthopBuilder<S> {
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`], nothing sent.
    pub fn send(mut self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move {
            let oif = ifindex_opt(&mut self.ipr, self.dev.as_ref()).await?;
            let resilient = self.resilient.clone()?;
            let group_type =
                if resilient.is_some() { nexthop_grp_type::RESILIENT } else { nexthop_grp_type::MPATH };
            let kind = match (self.blackhole, self.group.is_empty()) {
                (true, true) if self.gateway.is_none() && oif.is_none() => NexthopKind::Blackhole,
                (false, true) => NexthopKind::Path { gateway: self.gateway, oif, onlink: self.onlink },
                (false, false) if self.gateway.is_none() && oif.is_none() => {
                    NexthopKind::Group { members: &self.group, group_type }
                }
                _ => return Err(Error::invalid("a nexthop is a path, a blackhole or a group, not a mix")),
            };
            self.ipr.request(&NexthopRequest { kind, resilient, ..self.request }).await.map(drop)
        })
    }
}
