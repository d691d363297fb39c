//! `ipr.route()`: pyroute2's `ipr.route(...)` verbs as builders.

use std::future::Future;
use std::net::IpAddr;

use nlwire::lwtunnel::Encap;
use nlwire::route::{
    Metrics, NextHopSpec, Prefix, Route, RouteDump, RouteGet, RouteOp, RouteRequest, RouteType,
};

use crate::builder::{setters, verbs};
use crate::dev::{ifindex_opt, Dev};
use crate::ensure::{given, settle, Goal};
use crate::error::{Error, Result};
use crate::handles::RouteHandle;
use crate::kind_data::attr_bytes;
use crate::owned::OwnedMessage;
use crate::session::{dump_verb, flush, Keep, Session};

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
    /// `RTAX_CC_ALGO`.
    cc_algo: Option<String>,
    /// `RTA_ENCAP_TYPE` and the encoded `RTA_ENCAP`, or why they cannot be.
    encap: Result<Option<(u16, Vec<u8>)>>,
}

/// A route lookup being built (`ip route get`); [`send`](RouteGetBuilder::send)
/// asks the kernel which route it would use.
///
/// The kernel looks up every table the rules lead to; there is no table
/// selector (the kernel refuses `RTA_TABLE` in a lookup), but the reply
/// names the table the route came from (`get("table")`).
///
/// ```no_run
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// let route = ipr.route().get("198.51.100.7".parse().unwrap()).oif("v0").mark(7).send()?;
/// println!("{:?} {:?}", route.get("gateway")?, route.get("table")?);
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a lookup does nothing until it is sent"]
pub struct RouteGetBuilder<S> {
    ipr: S,
    get: RouteGet,
    iif: Option<Dev>,
    oif: Option<Dev>,
}

impl<S> RouteHandle<S> {
    fn builder(self, op: RouteOp, dst: Prefix) -> RouteBuilder<S> {
        RouteBuilder {
            ipr: self.ipr,
            request: RouteRequest::new(op, dst),
            dev: None,
            hops: Vec::new(),
            cc_algo: None,
            encap: Ok(None),
        }
    }
    /// pyroute2's `route("get", dst=...)`, `ip route get DST`: the route
    /// the kernel would use for `dst`; see [`RouteGetBuilder`].
    pub fn get(self, dst: IpAddr) -> RouteGetBuilder<S> {
        RouteGetBuilder { ipr: self.ipr, get: RouteGet::new(dst), iif: None, oif: None }
    }
    verbs! { RouteBuilder<S>:
        /// `ip route add`.
        add(dst: Prefix) => builder(RouteOp::Add, dst);
        /// `ip route replace`.
        replace(dst: Prefix) => builder(RouteOp::Replace, dst);
        /// `ip route change`.
        change(dst: Prefix) => builder(RouteOp::Change, dst);
        /// `ip route append`.
        append(dst: Prefix) => builder(RouteOp::Append, dst);
        /// `ip route del`.
        del(dst: Prefix) => builder(RouteOp::Del, dst);
    }
}

impl<S: Session> RouteHandle<S> {
    /// pyroute2's `get_routes(family=..., table=...)`: routes, lazily (see
    /// [`Dump`](crate::Dump)); `family` 0 for both, `table` `None` for all
    /// tables.
    pub fn dump(self, family: u8, table: Option<u32>) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, RouteDump { table, ..RouteDump::new(family) }, Keep::All)
    }
    /// pyroute2's `get_default_routes(family=..., table=...)`: the routes
    /// of `table` (`None` for all tables) whose destination is `default`
    /// (prefix length 0, no `RTA_DST`), lazily; `family` 0 for both.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let mut defaults = ipr.route().default_routes(0, Some(254))?;
    /// while let Some(r) = defaults.next()? {
    ///     println!("{:?} {:?}", r.get("gateway")?, r.get("oif")?);
    /// }
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn default_routes(
        self,
        family: u8,
        table: Option<u32>,
    ) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, RouteDump { table, ..RouteDump::new(family) }, Keep::DefaultRoutes)
    }
    /// `ip route flush table T`: deletes every unicast route of `table` that
    /// the kernel did not add itself (protocol not `kernel`), in one batch.
    /// Returns how many were deleted.
    pub fn flush(mut self, family: u8, table: u32) -> S::Output<impl Future<Output = Result<usize>>> {
        S::finish(async move {
            let dump = RouteDump { table: Some(table), ..RouteDump::new(family) };
            flush(&mut self.ipr, &dump, |msg| {
                let r = Route::parse(msg)?;
                if r.table()? != table || r.protocol() == nlwire::route::rtprot::KERNEL {
                    return Ok(None);
                }
                let dst = match r.dst()? {
                    Some(ip) => Prefix::new(ip, r.dst_len()),
                    None if r.family() == 10 => Prefix::DEFAULT_V6,
                    None => Prefix::DEFAULT_V4,
                };
                let del = RouteRequest { tos: r.tos(), metric: r.priority()?, ..RouteRequest::del(dst) };
                Ok(Some(Box::new(del.table(table).kind(r.kind()))))
            })
            .await
        })
    }
}

impl<S> RouteBuilder<S> {
    setters! {
        /// `dev DEV`.
        dev(dev: impl Into<Dev>) => dev = Some(dev.into());
        /// `table T` (ids above 255 work).
        table(table: u32) => request.table = Some(table);
        /// `metric M`.
        metric(metric: u32) => request.metric = Some(metric);
        /// `proto P`.
        protocol(protocol: u8) => request.protocol = Some(protocol);
        /// `scope S`.
        scope(scope: u8) => request.scope = Some(scope);
        /// The type: `blackhole`, `unreachable`, `prohibit`, `throw`, ...
        kind(kind: RouteType) => request.kind = Some(kind);
        /// `src ADDRESS` (`RTA_PREFSRC`).
        prefsrc(prefsrc: IpAddr) => request.prefsrc = Some(prefsrc);
        /// `mtu M` metric.
        mtu(mtu: u32) => request.metrics.mtu = Some(mtu);
        /// pyroute2's `encap={...}`, `ip route add ... encap TYPE ...`: a
        /// lightweight tunnel (MPLS labels, IP/IPv6 tunnel metadata, seg6
        /// segments, or any type as [`Encap::Raw`]). A value the encapsulation
        /// refuses (a label over 20 bits, no segments) is [`Error::Invalid`]
        /// at `send`, and nothing is sent.
        ///
        /// ```no_run
        /// use nlwire::lwtunnel::{Encap, IpTunnel};
        /// use nlwire::route::Prefix;
        /// # let mut ipr = nlwire_std::IPRoute::new()?;
        /// let dst = Prefix::new("198.51.100.0".parse().unwrap(), 24);
        /// let tunnel = IpTunnel { id: Some(5), dst: Some("192.0.2.9".parse().unwrap()), ..IpTunnel::default() };
        /// ipr.route().add(dst).dev("v0").encap(Encap::Ip(tunnel)).send()?;
        /// ipr.route().replace(dst).dev("v0").encap(Encap::Mpls { labels: &[100, 200], ttl: None }).send()?;
        /// # Ok::<(), nlwire_std::Error>(())
        /// ```
        encap(encap: Encap<'_>) => encap = attr_bytes(|m| encap.emit_attrs(m)).map(|attrs| Some((encap.kind(), attrs)));
        /// `nhid ID`: the route uses a nexthop object (see
        /// [`IPRoute::nexthop`](crate::IPRoute::nexthop)).
        nh_id(id: u32) => request.nh_id = Some(id);
    }
    /// `via GATEWAY` (a gateway of the other family becomes `RTA_VIA`).
    pub fn gateway(mut self, gateway: IpAddr) -> Self {
        let same_family = gateway.is_ipv4() == self.request.dst.addr.is_ipv4();
        let field = if same_family { &mut self.request.gateway } else { &mut self.request.via };
        *field = Some(gateway);
        self
    }
    /// pyroute2's `metrics={...}`: every `RTAX_*` metric at once (`mtu`,
    /// `advmss`, `hoplimit`, `initcwnd`, `cc_algo`, `lock`, ...), replacing
    /// those set so far.
    ///
    /// ```no_run
    /// use nlwire::route::{rtax, Metrics, Prefix};
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let dst = Prefix::new("198.51.100.0".parse().unwrap(), 24);
    /// let metrics = Metrics { mtu: Some(1400), advmss: Some(1360), cc_algo: Some("reno"), lock: 1 << rtax::MTU, ..Metrics::default() };
    /// ipr.route().add(dst).dev("v0").metrics(metrics).send()?;
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn metrics(mut self, metrics: Metrics<'_>) -> Self {
        self.cc_algo = metrics.cc_algo.map(str::to_owned);
        self.request.metrics = Metrics { cc_algo: None, ..metrics };
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
    async fn resolve(&mut self) -> Result<(RouteRequest<'static>, Vec<NextHopSpec<'static>>)> {
        let oif = ifindex_opt(&mut self.ipr, self.dev.as_ref()).await?;
        let mut specs = Vec::with_capacity(self.hops.len());
        for (gateway, dev, weight) in &self.hops {
            let oif = ifindex_opt(&mut self.ipr, dev.as_ref()).await?.unwrap_or(0);
            specs.push(NextHopSpec::new(*gateway, oif).weight(*weight));
        }
        Ok((RouteRequest { oif, ..self.request }, specs))
    }
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(self.settle(Goal::AsSent))
    }
    /// Sends the request, counting as done what already is: an add whose
    /// route (same table, destination, TOS and metric) is there with the
    /// same type, protocol, scope and gateway (and the device, preferred
    /// source and paths given here; metrics such as `mtu` and the
    /// encapsulation are not compared), a delete whose route or device is
    /// not there. A route
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
    pub fn ensure(self) -> S::Output<impl Future<Output = Result<()>>> {
        let goal = match self.request.op {
            RouteOp::Add => Goal::Present,
            RouteOp::Del => Goal::Absent,
            _ => Goal::AsSent,
        };
        S::finish(self.settle(goal))
    }
    /// Sends the request; the outcome for `goal`.
    async fn settle(mut self, goal: Goal) -> Result<()> {
        let (request, specs) = match self.resolve().await {
            Ok(resolved) => resolved,
            // A failed lookup: no route to compare.
            Err(e) => return settle(goal, Err(e), async || Ok(false)).await,
        };
        let want = RouteRequest { multipath: &specs, ..request };
        let encap = self.encap.as_ref().map_err(Error::clone)?.as_ref();
        let encap = encap.map(|(kind, attrs)| Encap::Raw { kind: *kind, attrs });
        let metrics = Metrics { cc_algo: self.cc_algo.as_deref(), ..want.metrics };
        let sent = self.ipr.request(&RouteRequest { metrics, encap, ..want }).await.map(drop);
        // The dump of the table `want` goes in.
        let table =
            RouteDump { table: Some(want.resolved_table()), ..RouteDump::new(want.rtmsg().rtm_family) };
        settle(goal, sent, async || route_is(&self.ipr.dump_owned(&table, 3).await?, &want)).await
    }
}

impl<S> RouteGetBuilder<S> {
    setters! {
        /// `from ADDRESS`: the source address (same family as the destination).
        src(src: IpAddr) => get.src = Some(src);
        /// `iif DEV`: as if the packet arrived on this device (forwarding).
        iif(dev: impl Into<Dev>) => iif = Some(dev.into());
        /// `oif DEV`: force the output device.
        oif(dev: impl Into<Dev>) => oif = Some(dev.into());
        /// `mark MARK`: the firewall mark (0 sends nothing, as `ip`).
        mark(mark: u32) => get.mark = Some(mark);
        /// `uid UID`: the socket owner's user id.
        uid(uid: u32) => get.uid = Some(uid);
        /// `tos TOS` (DS field).
        tos(tos: u8) => get.tos = tos;
        /// `fibmatch`: the table entry that matched rather than the resolved route.
        fib_match() => get.fib_match = true;
    }
    /// `ipproto P sport S dport D`: the flow's protocol and ports.
    pub fn flow(mut self, ip_proto: u8, sport: Option<u16>, dport: Option<u16>) -> Self {
        (self.get.ip_proto, self.get.sport, self.get.dport) = (Some(ip_proto), sport, dport);
        self
    }
}

impl<S: Session> RouteGetBuilder<S> {
    /// Sends the lookup; the kernel's answer, one route. A device that does
    /// not exist is [`Error::NotFound`], nothing sent; no route is the
    /// kernel's `ENETUNREACH`.
    pub fn send(self) -> S::Output<impl Future<Output = Result<OwnedMessage>>> {
        let RouteGetBuilder { mut ipr, mut get, iif, oif } = self;
        S::finish(async move {
            get.iif = ifindex_opt(&mut ipr, iif.as_ref()).await?;
            get.oif = ifindex_opt(&mut ipr, oif.as_ref()).await?;
            ipr.get(&get).await
        })
    }
}

/// Whether `existing` (the dump of `want`'s table) holds its route with its
/// settings.
fn route_is(existing: &[OwnedMessage], want: &RouteRequest<'_>) -> Result<bool> {
    let header = want.rtmsg();
    // The kernel's metric when none is given: 0 for IPv4, 1024 for IPv6.
    let metric = want.metric.unwrap_or(if header.rtm_family == 10 { 1024 } else { 0 });
    let dst = (!want.dst.is_default()).then_some(want.dst.addr);
    for msg in existing {
        let r = Route::parse(&msg.message())?;
        let same_key = r.dst_len() == header.rtm_dst_len
            && r.dst()? == dst
            && r.tos() == header.rtm_tos
            && r.priority()?.unwrap_or(0) == metric;
        if !same_key {
            continue;
        }
        let mut paths = Vec::new();
        for hop in r.multipath()?.into_iter().flatten() {
            let hop = hop?;
            paths.push((hop.gateway()?, hop.weight(), u32::try_from(hop.ifindex()).unwrap_or(0)));
        }
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
