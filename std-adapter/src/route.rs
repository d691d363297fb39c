//! `ipr.route()`: pyroute2's `ipr.route(...)` verbs as builders.

use std::future::Future;
use std::net::IpAddr;

use nlwire::route::{NextHopSpec, Prefix, Route, RouteDump, RouteOp, RouteRequest, RouteType};

use crate::ensure::{absent_ok, exists, given, present_ok};
use crate::error::{Error, Result};
use crate::link::{ifindex, ifindex_or_0, Dev};
use crate::owned::OwnedMessage;
use crate::session::{Keep, Session};

/// Route verbs of a session; see [`IPRoute::route`](crate::IPRoute::route).
/// `S` is the [`Session`]: `&mut IPRoute` (blocking) or `&AsyncIPRoute`
/// (`.await`).
pub struct RouteHandle<S> {
    ipr: S,
}

/// A route request being built; [`send`](RouteBuilder::send) sends it.
///
/// ```no_run
/// use nlwire::route::Prefix;
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// let dst = Prefix::new("198.51.100.0".parse().unwrap(), 24);
/// ipr.route().add(dst).gateway("192.0.2.254".parse().unwrap()).table(100).metric(5).send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct RouteBuilder<S> {
    ipr: S,
    request: RouteRequest<'static>,
    dev: Option<Dev>,
    hops: Vec<(IpAddr, Option<Dev>, u16)>,
}

impl<S> RouteHandle<S> {
    pub(crate) fn new(ipr: S) -> Self {
        RouteHandle { ipr }
    }
    fn builder(self, op: RouteOp, dst: Prefix) -> RouteBuilder<S> {
        RouteBuilder { ipr: self.ipr, request: RouteRequest::new(op, dst), dev: None, hops: Vec::new() }
    }
    /// `ip route add`.
    #[allow(clippy::should_implement_trait)] // pyroute2's verb name
    pub fn add(self, dst: Prefix) -> RouteBuilder<S> {
        self.builder(RouteOp::Add, dst)
    }
    /// `ip route replace`.
    pub fn replace(self, dst: Prefix) -> RouteBuilder<S> {
        self.builder(RouteOp::Replace, dst)
    }
    /// `ip route change`.
    pub fn change(self, dst: Prefix) -> RouteBuilder<S> {
        self.builder(RouteOp::Change, dst)
    }
    /// `ip route append`.
    pub fn append(self, dst: Prefix) -> RouteBuilder<S> {
        self.builder(RouteOp::Append, dst)
    }
    /// `ip route del`.
    pub fn del(self, dst: Prefix) -> RouteBuilder<S> {
        self.builder(RouteOp::Del, dst)
    }
}

/// The deletions that flush `table` of the routes in `routes`: every
/// unicast route the kernel did not add itself (protocol not `kernel`).
fn flush_requests(routes: &[OwnedMessage], table: u32) -> Result<Vec<RouteRequest<'static>>> {
    let mut dels = Vec::new();
    for msg in routes {
        let r = Route::parse(&msg.message()).map_err(Error::Malformed)?;
        if r.table().map_err(Error::Malformed)? != table || r.protocol() == nlwire::route::rtprot::KERNEL {
            continue;
        }
        let dst = match r.dst().map_err(Error::Malformed)? {
            Some(ip) => Prefix::new(ip, r.dst_len()),
            None if r.family() == 10 => Prefix::DEFAULT_V6,
            None => Prefix::DEFAULT_V4,
        };
        let mut del = RouteRequest::del(dst).table(table).kind(r.kind());
        del.tos = r.tos();
        del.metric = r.priority().map_err(Error::Malformed)?;
        dels.push(del);
    }
    Ok(dels)
}

impl<S: Session> RouteHandle<S> {
    /// pyroute2's `get_routes(family=..., table=...)`: routes, lazily (see
    /// [`Dump`](crate::Dump)); `family` 0 for both, `table` `None` for all
    /// tables.
    pub fn dump(self, family: u8, table: Option<u32>) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        let ipr = self.ipr;
        S::finish(async move { ipr.dump(&RouteDump { table, ..RouteDump::new(family) }, Keep::All).await })
    }
    /// `ip route flush table T`: deletes every unicast route of `table` that
    /// the kernel did not add itself (protocol not `kernel`), in one batch.
    /// Returns how many were deleted.
    pub fn flush(self, family: u8, table: u32) -> S::Output<impl Future<Output = Result<usize>>> {
        let mut ipr = self.ipr;
        S::finish(async move {
            let routes =
                ipr.dump_owned(&RouteDump { table: Some(table), ..RouteDump::new(family) }, 3).await?;
            let dels = flush_requests(&routes, table)?;
            let refs: Vec<&dyn nlwire::build::Request> = dels.iter().map(|d| d as _).collect();
            ipr.batch(&refs).await?;
            Ok(refs.len())
        })
    }
}

impl<S> RouteBuilder<S> {
    /// `via GATEWAY` (a gateway of the other family becomes `RTA_VIA`).
    pub fn gateway(mut self, gateway: IpAddr) -> Self {
        if gateway.is_ipv4() == self.request.dst.addr.is_ipv4() {
            self.request.gateway = Some(gateway);
        } else {
            self.request.via = Some(gateway);
        }
        self
    }
    /// `dev DEV`.
    pub fn dev(mut self, dev: impl Into<Dev>) -> Self {
        self.dev = Some(dev.into());
        self
    }
    /// `table T` (ids above 255 work).
    pub fn table(mut self, table: u32) -> Self {
        self.request.table = Some(table);
        self
    }
    /// `metric M`.
    pub fn metric(mut self, metric: u32) -> Self {
        self.request.metric = Some(metric);
        self
    }
    /// `proto P`.
    pub fn protocol(mut self, protocol: u8) -> Self {
        self.request.protocol = Some(protocol);
        self
    }
    /// `scope S`.
    pub fn scope(mut self, scope: u8) -> Self {
        self.request.scope = Some(scope);
        self
    }
    /// The type: `blackhole`, `unreachable`, `prohibit`, `throw`, ...
    pub fn kind(mut self, kind: RouteType) -> Self {
        self.request.kind = Some(kind);
        self
    }
    /// `src ADDRESS` (`RTA_PREFSRC`).
    pub fn prefsrc(mut self, prefsrc: IpAddr) -> Self {
        self.request.prefsrc = Some(prefsrc);
        self
    }
    /// `mtu M` metric.
    pub fn mtu(mut self, mtu: u32) -> Self {
        self.request.metrics.mtu = Some(mtu);
        self
    }
    /// `nexthop via GATEWAY [dev DEV] weight W`, once per path.
    pub fn nexthop(mut self, gateway: IpAddr, dev: Option<Dev>, weight: u16) -> Self {
        self.hops.push((gateway, dev, weight));
        self
    }
}

impl<S: Session> RouteBuilder<S> {
    /// The request with its devices resolved to indexes on the session, and its paths.
    async fn resolve(&mut self) -> Result<(RouteRequest<'static>, Vec<NextHopSpec>)> {
        let mut request = self.request;
        if let Some(dev) = &self.dev {
            request.oif = Some(ifindex(&mut self.ipr, dev).await?);
        }
        let mut specs = Vec::with_capacity(self.hops.len());
        for (gateway, dev, weight) in &self.hops {
            let oif = ifindex_or_0(&mut self.ipr, dev.as_ref()).await?;
            specs.push(NextHopSpec::new(*gateway, oif).weight(*weight));
        }
        Ok((request, specs))
    }
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(mut self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move {
            let (request, specs) = self.resolve().await?;
            self.ipr.request(&RouteRequest { multipath: &specs, ..request }).await.map(drop)
        })
    }
    /// Sends the request, counting as done what already is: an add whose
    /// route (same table, destination, TOS and metric) is there with the
    /// same type, protocol, scope and gateway (and the device, preferred
    /// source and paths given here; metrics such as `mtu` are not
    /// compared), a delete whose route or device is not there. A route
    /// there with other settings leaves the kernel's `EEXIST`. The other
    /// verbs are sent as they are.
    ///
    /// ```no_run
    /// use nlwire::route::Prefix;
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let dst = Prefix::new("198.51.100.0".parse().unwrap(), 24);
    /// ipr.route().add(dst).gateway("192.0.2.254".parse().unwrap()).ensure()?;
    /// ipr.route().add(dst).gateway("192.0.2.254".parse().unwrap()).ensure()?; // Ok
    /// ipr.route().del(dst).ensure()?;
    /// ipr.route().del(dst).ensure()?; // Ok
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn ensure(mut self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move {
            let (request, specs) = match self.resolve().await {
                Ok(resolved) => resolved,
                Err(e) if self.request.op == RouteOp::Del => return absent_ok(Err(e)),
                Err(e) => return Err(e),
            };
            let want = RouteRequest { multipath: &specs, ..request };
            let sent = self.ipr.request(&want).await.map(drop);
            match want.op {
                RouteOp::Add if exists(&sent) => {
                    let existing = self.ipr.dump_owned(&table_of(&want), 3).await?;
                    present_ok(sent, || route_is(&existing, &want))
                }
                RouteOp::Del => absent_ok(sent),
                _ => sent,
            }
        })
    }
}

/// The dump of the table `want` goes in.
fn table_of(want: &RouteRequest<'_>) -> RouteDump {
    RouteDump { table: Some(want.resolved_table()), ..RouteDump::new(want.rtmsg().rtm_family) }
}

/// Whether `existing` (the dump of `want`'s table) holds its route with its
/// settings.
fn route_is(existing: &[OwnedMessage], want: &RouteRequest<'_>) -> Result<bool> {
    let header = want.rtmsg();
    // The kernel's metric when none is given: 0 for IPv4, 1024 for IPv6.
    let metric = want.metric.unwrap_or(if header.rtm_family == 10 { 1024 } else { 0 });
    let dst = (!want.dst.is_default()).then_some(want.dst.addr);
    for msg in existing {
        let msg = msg.message();
        let r = Route::parse(&msg)?;
        let same_key = r.dst_len() == header.rtm_dst_len
            && r.dst()? == dst
            && r.tos() == header.rtm_tos
            && r.priority()?.unwrap_or(0) == metric;
        if !same_key {
            continue;
        }
        let mut paths = match r.multipath()? {
            Some(hops) => hops
                .map(|hop| {
                    let hop = hop?;
                    Ok((hop.gateway()?, hop.weight(), u32::try_from(hop.ifindex()).unwrap_or(0)))
                })
                .collect::<Result<Vec<_>>>()?,
            None => Vec::new(),
        };
        let mut wanted: Vec<_> = want.multipath.iter().map(|h| (h.gateway, h.weight, h.oif)).collect();
        paths.sort();
        wanted.sort();
        // A path given without a device matches whichever the kernel chose.
        let same_paths = paths.len() == wanted.len()
            && paths.iter().zip(&wanted).all(|(have, want)| {
                (have.0, have.1) == (want.0, want.1) && (want.2 == 0 || want.2 == have.2)
            });
        return Ok(u8::from(r.kind()) == header.rtm_type
            && r.protocol() == header.rtm_protocol
            && r.scope() == header.rtm_scope
            && r.gateway()? == want.gateway
            && given(want.via, r.via()?.and_then(|v| v.ip()))
            && given(want.oif, r.oif()?)
            && given(want.prefsrc, r.prefsrc()?)
            && same_paths);
    }
    Ok(false)
}
