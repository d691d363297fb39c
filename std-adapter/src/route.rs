//! `ipr.route()`: pyroute2's `ipr.route(...)` verbs as builders.

use std::net::IpAddr;

use nlwire::route::{NextHopSpec, Prefix, Route, RouteDump, RouteOp, RouteRequest, RouteType};

use crate::ensure::{absent_ok, given, present_ok};
use crate::error::{Error, Result};
use crate::iproute::IPRoute;
use crate::link::Dev;
use crate::owned::OwnedMessage;

/// Route verbs of an [`IPRoute`]; see [`IPRoute::route`].
pub struct RouteHandle<'i> {
    ipr: &'i mut IPRoute,
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
pub struct RouteBuilder<'i> {
    ipr: &'i mut IPRoute,
    request: RouteRequest<'static>,
    dev: Option<Dev>,
    hops: Vec<(IpAddr, Option<Dev>, u16)>,
}

impl<'i> RouteHandle<'i> {
    pub(crate) fn new(ipr: &'i mut IPRoute) -> Self {
        RouteHandle { ipr }
    }
    fn builder(self, op: RouteOp, dst: Prefix) -> RouteBuilder<'i> {
        RouteBuilder { ipr: self.ipr, request: RouteRequest::new(op, dst), dev: None, hops: Vec::new() }
    }
    /// `ip route add`.
    #[allow(clippy::should_implement_trait)] // pyroute2's verb name
    pub fn add(self, dst: Prefix) -> RouteBuilder<'i> {
        self.builder(RouteOp::Add, dst)
    }
    /// `ip route replace`.
    pub fn replace(self, dst: Prefix) -> RouteBuilder<'i> {
        self.builder(RouteOp::Replace, dst)
    }
    /// `ip route change`.
    pub fn change(self, dst: Prefix) -> RouteBuilder<'i> {
        self.builder(RouteOp::Change, dst)
    }
    /// `ip route append`.
    pub fn append(self, dst: Prefix) -> RouteBuilder<'i> {
        self.builder(RouteOp::Append, dst)
    }
    /// `ip route del`.
    pub fn del(self, dst: Prefix) -> RouteBuilder<'i> {
        self.builder(RouteOp::Del, dst)
    }
    /// pyroute2's `get_routes(family=..., table=...)`: routes, owned; `family`
    /// 0 for both, `table` `None` for all tables.
    pub fn dump(self, family: u8, table: Option<u32>) -> Result<Vec<OwnedMessage>> {
        let dump = RouteDump { table, ..RouteDump::new(family) };
        self.ipr.dump_owned(&dump, 3)
    }
    /// `ip route flush table T`: deletes every unicast route of `table` that
    /// the kernel did not add itself (protocol not `kernel`), in one batch.
    /// Returns how many were deleted.
    pub fn flush(self, family: u8, table: u32) -> Result<usize> {
        let routes = self.ipr.dump_owned(&RouteDump { table: Some(table), ..RouteDump::new(family) }, 3)?;
        let mut dels = Vec::new();
        for msg in &routes {
            let r = Route::parse(&msg.message()).map_err(Error::Malformed)?;
            if r.table().map_err(Error::Malformed)? != table || r.protocol() == nlwire::route::rtprot::KERNEL
            {
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
        let refs: Vec<&dyn nlwire::build::Request> = dels.iter().map(|d| d as _).collect();
        if !refs.is_empty() {
            self.ipr.batch(&refs)?;
        }
        Ok(refs.len())
    }
}

impl<'i> RouteBuilder<'i> {
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
    /// The request with its devices resolved to indexes, and its paths.
    fn resolve(self) -> Result<(&'i mut IPRoute, RouteRequest<'static>, Vec<NextHopSpec>)> {
        let RouteBuilder { ipr, mut request, dev, hops } = self;
        if let Some(dev) = &dev {
            request.oif = Some(ipr.ifindex(dev)?);
        }
        let mut specs = Vec::with_capacity(hops.len());
        for (gateway, dev, weight) in &hops {
            let oif = dev.as_ref().map(|d| ipr.ifindex(d)).transpose()?.unwrap_or(0);
            specs.push(NextHopSpec::new(*gateway, oif).weight(*weight));
        }
        Ok((ipr, request, specs))
    }
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(self) -> Result<()> {
        let (ipr, request, specs) = self.resolve()?;
        ipr.request(&RouteRequest { multipath: &specs, ..request }).map(drop)
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
    pub fn ensure(self) -> Result<()> {
        match self.request.op {
            RouteOp::Add => {
                let (ipr, request, specs) = self.resolve()?;
                let request = RouteRequest { multipath: &specs, ..request };
                let sent = ipr.request(&request).map(drop);
                present_ok(sent, || route_is(ipr, &request))
            }
            RouteOp::Del => absent_ok(self.send()),
            _ => self.send(),
        }
    }
}

/// Whether `want`'s table holds its route with its settings.
fn route_is(ipr: &mut IPRoute, want: &RouteRequest<'_>) -> Result<bool> {
    let header = want.rtmsg();
    // The kernel's metric when none is given: 0 for IPv4, 1024 for IPv6.
    let metric = want.metric.unwrap_or(if header.family == 10 { 1024 } else { 0 });
    let dst = (!want.dst.is_default()).then_some(want.dst.addr);
    let dump = RouteDump { table: Some(want.resolved_table()), ..RouteDump::new(header.family) };
    for msg in ipr.dump_owned(&dump, 3)? {
        let msg = msg.message();
        let r = Route::parse(&msg)?;
        let same_key = r.dst_len() == header.dst_len
            && r.dst()? == dst
            && r.tos() == header.tos
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
        return Ok(u8::from(r.kind()) == header.kind
            && r.protocol() == header.protocol
            && r.scope() == header.scope
            && r.gateway()? == want.gateway
            && given(want.via, r.via()?.and_then(|v| v.ip()))
            && given(want.oif, r.oif()?)
            && given(want.prefsrc, r.prefsrc()?)
            && same_paths);
    }
    Ok(false)
}
