//! `ipr.link()`: pyroute2's `ipr.link(...)` verbs as builders, and
//! `link_lookup`.

use nlwire::bridge::PortOptions;
use nlwire::link::{self, Link, LinkRef, NetnsTarget};
use nlwire::tables::rt_link::LINKINFO_BRPORT_ATTRS;

use std::future::Future;

use crate::builder::setters;
use crate::dev::{given_index, ifindex, Dev};
use crate::ensure::{settle, Goal};
use crate::error::{Error, Result};
use crate::handles::LinkHandle;
use crate::kind_data::{attr_bytes, KindData};
use crate::kinds::{
    Bond, BondPort, Bridge, Geneve, Gre, Iptun, Ipvlan, KindOptions, Macvlan, Vlan, Vrf, Vxlan,
};
use crate::link_request::{lower, KindSpec, LinkRequest, Payload, Pending, Target};
use crate::owned::OwnedMessage;
use crate::session::{dump_verb, Keep, Session};

/// A link being built: one to add (`T` its name: [`LinkAdd`]) or one to
/// change (`T` the [`Dev`]: [`LinkSet`]). Its kind is chosen with a typed
/// closure per common kind (the options checked against the kind's
/// generated spec), any kind by name with [`kind`](Self::kind), its options
/// by name ([`kind_data`](Self::kind_data)) or raw ([`data`](Self::data)).
#[must_use = "a request does nothing until it is sent"]
pub struct LinkBuilder<S, T> {
    ipr: S,
    target: T,
    pending: Pending,
}

/// `ip link add NAME type KIND ...` being built.
///
/// ```no_run
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// ipr.link().add("test0").veth("test1").mtu(9000).send()?;
/// ipr.link().add("mvt0").kind("macvtap").link("test0").send()?;
/// ipr.link().add("br0").bridge(|b| b.stp(true)).send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
pub type LinkAdd<S> = LinkBuilder<S, String>;

/// `ip link set DEV ... [type KIND OPTIONS]` being built; a kind's options
/// go in `IFLA_LINKINFO` as ip sends them.
///
/// ```no_run
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// ipr.link().set("mv0").macvlan(|m| m.macaddr_add([2, 0, 0, 0, 0, 1])).send()?;
/// ipr.link().set("br0").up().bridge(|b| b.stp(true)).send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
pub type LinkSet<S> = LinkBuilder<S, Dev>;

/// One method per kind with typed options: `$method(|o| o...)` names the
/// kind `$kind` with the options the closure gives.
macro_rules! typed_kinds {
    ($($(#[$doc:meta])* $method:ident($options:ident) = $kind:literal;)*) => {$(
        $(#[$doc])*
        pub fn $method(self, options: impl FnOnce($options) -> $options) -> Self {
            self.kind_data(options($options::wrap(KindData::named($kind, $options::SPACE))).into_data())
        }
    )*};
}

impl<S, T> LinkBuilder<S, T> {
    setters! {
        /// Sets the MTU.
        mtu(mtu: u32) => pending.settings.mtu = Some(mtu);
        /// Sets the link up.
        up() => pending.settings.up = Some(true);
        /// Sets the link down.
        down() => pending.settings.up = Some(false);
        /// Sets the hardware address.
        address(address: &[u8]) => pending.address = Some(address.to_vec());
        /// Enslaves it to a bridge or bond.
        master(master: impl Into<Dev>) => pending.master = Some(Some(master.into()));
        /// Sets the alias.
        alias(alias: &str) => pending.alias = Some(alias.to_owned());
        /// Sets the transmit queue length.
        txqlen(txqlen: u32) => pending.settings.txqlen = Some(txqlen);
        /// `link DEV`: the parent / lower link (`IFLA_LINK`) of a macvlan,
        /// macvtap, vlan, ipvlan.
        link(parent: impl Into<Dev>) => pending.link = Some(parent.into());
        /// Its options as a port of its master, by name
        /// ([`KindData::for_port`]), as [`bridge_port`](Self::bridge_port)
        /// sends them.
        port_data(data: KindData) => pending.port = Some(data);
    }
    /// Its options as a port of its bridge (`IFLA_INFO_SLAVE_DATA`,
    /// as `ip link set DEV type bridge_slave cost 10 guard on` sends
    /// them; the master's kind goes in `IFLA_INFO_SLAVE_KIND` where ip
    /// and pyroute2 send `IFLA_INFO_KIND` "bridge_slave": the kernel
    /// reads either by the link's master):
    /// `.master("br0").bridge_port(PortOptions { cost: Some(10), guard:
    /// Some(true), ..Default::default() })`. When the builder makes the
    /// link or gives it its master, they are sent after that, in a
    /// request of their own; if the kernel refuses them then, a link
    /// the builder made is deleted again (a master it gave stays).
    pub fn bridge_port(self, options: PortOptions) -> Self {
        let mut port = KindData::named("bridge", &LINKINFO_BRPORT_ATTRS);
        port.put(|port| {
            options.check().map_err(Error::Invalid)?;
            port.with_raw(&attr_bytes(|m| options.emit_attrs(m))?)
        });
        self.port_data(port)
    }
    /// Its options as a port of its bond (`IFLA_INFO_SLAVE_DATA`, as
    /// `ip link set DEV type bond_slave queue_id 2 prio 5` sends them):
    /// `.master("bond0").bond_port(|p| p.queue_id(2).prio(5))`, sent as
    /// [`bridge_port`](Self::bridge_port) sends its options.
    pub fn bond_port(self, options: impl FnOnce(BondPort) -> BondPort) -> Self {
        let port = BondPort::wrap(KindData::named("bond", BondPort::SPACE));
        self.port_data(options(port).into_data())
    }
    typed_kinds! {
        /// `type macvlan` with options: `.link("eth0").macvlan(|m| m.mode(MacvlanMode::Bridge))`.
        macvlan(Macvlan) = "macvlan";
        /// `type macvtap` with options (the same as a macvlan's).
        macvtap(Macvlan) = "macvtap";
        /// `type bridge` with options: `.bridge(|b| b.stp(true))`.
        bridge(Bridge) = "bridge";
        /// `type vxlan` with options: `.vxlan(|v| v.id(42).port(4789))`.
        vxlan(Vxlan) = "vxlan";
        /// `type vlan` with options: `.link("eth0").vlan(|v| v.id(5))`.
        vlan(Vlan) = "vlan";
        /// `type bond` with options: `.bond(|b| b.mode(4).miimon(100))`.
        bond(Bond) = "bond";
        /// `type ipvlan` with options: `.link("eth0").ipvlan(|i| i.mode(IpvlanMode::L3))`.
        ipvlan(Ipvlan) = "ipvlan";
        /// `type vrf` with options: `.vrf(|v| v.table(10))`.
        vrf(Vrf) = "vrf";
        /// `type geneve` with options: `.geneve(|g| g.id(5).remote(ip))`.
        geneve(Geneve) = "geneve";
        /// `type gre` with options: `.gre(|g| g.local(a).remote(b))`.
        gre(Gre) = "gre";
        /// `type gretap` with options (the same as a gre's).
        gretap(Gre) = "gretap";
        /// `type ipvtap` with options (the same as an ipvlan's).
        ipvtap(Ipvlan) = "ipvtap";
        /// `type ipip` with options: `.ipip(|t| t.local(a).remote(b))`.
        ipip(Iptun) = "ipip";
        /// `type sit` with options (the same as an ipip's).
        sit(Iptun) = "sit";
    }
    /// Any kind by name (`IFLA_INFO_KIND`), with the options
    /// [`data`](Self::data) gives, before or after.
    pub fn kind(mut self, kind: &str) -> Self {
        let data = self.pending.kind.take().and_then(|k| k.data);
        self.pending.kind = Some(KindSpec::named(kind, data));
        self
    }
    /// Raw `IFLA_INFO_DATA` (an attribute chain) for the kind named
    /// by [`kind`](Self::kind), sent as given.
    pub fn data(mut self, raw: &[u8]) -> Self {
        let kind = self.pending.kind.get_or_insert_with(|| KindSpec::named("", None));
        kind.data = Some(Payload::Raw(raw.to_vec()));
        self
    }
    /// The kind and options of `data` ([`KindData::for_kind`]).
    pub fn kind_data(mut self, data: KindData) -> Self {
        self.pending.kind = Some(KindSpec::named(data.kind().unwrap_or_default(), Some(Payload::Data(data))));
        self
    }
}

impl<S: Session, T> LinkBuilder<S, T> {
    /// The request for `target`, with every device it names looked up on
    /// the session (each checked to exist). A dry run of the request, each
    /// device at index 0, names them; its errors are the real run's.
    async fn resolved(&mut self, target: Target) -> Result<LinkRequest> {
        let mut devs = Vec::new();
        let _ = LinkRequest::new(&target, &self.pending, &mut |dev| {
            devs.push(dev.clone());
            Ok(0)
        });
        let mut found = Vec::new();
        for dev in devs {
            found.push((ifindex(&mut self.ipr, &dev).await?, dev));
        }
        LinkRequest::new(&target, &self.pending, &mut |dev| {
            let index = found.iter().find(|(_, d)| d == dev).map(|(i, _)| *i);
            index.ok_or_else(|| Error::NotFound(format!("{dev:?}")))
        })
    }
}

/// Sends `request`, then the port options split off it
/// ([`LinkRequest::split_port`]) in a request of their own; if the kernel
/// refuses those, a link the request made is deleted again, so that
/// nothing is left changed.
async fn send_split<S: Session>(ipr: &mut S, mut request: LinkRequest) -> Result<()> {
    let port = request.split_port();
    ipr.request(&request).await?;
    let Some(port) = port else { return Ok(()) };
    let sent = ipr.request(&port).await.map(drop);
    if let (Err(_), Some(name)) = (&sent, &request.new) {
        // The refusal is the error to report.
        let _ = ipr.request(&link::Del(LinkRef::Name(name.clone()))).await;
    }
    sent
}

impl<S> LinkAdd<S> {
    /// `type veth peer name PEER`.
    pub fn veth(mut self, peer: &str) -> Self {
        self.pending.kind = Some(KindSpec { peer: Some(peer.to_owned()), ..KindSpec::named("veth", None) });
        self
    }
    /// `type ifb`.
    pub fn ifb(self) -> Self {
        self.kind("ifb")
    }
    /// `type wireguard`.
    pub fn wireguard(self) -> Self {
        self.kind("wireguard")
    }
    /// The request this builder sends, for batches; every device must be
    /// given by index here.
    pub fn request(&self) -> Result<LinkRequest> {
        LinkRequest::new(&Target::New(self.target.clone()), &self.pending, &mut given_index)?.single()
    }
}

impl<S: Session> LinkAdd<S> {
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(mut self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move {
            let request = self.resolved(Target::New(self.target.clone())).await?;
            send_split(&mut self.ipr, request).await
        })
    }
    /// Sends the request, counting as done a link of that name that is
    /// already there with the same kind, the same kind options (each
    /// option given compared exactly with the link's, attribute by
    /// attribute; a veth's peer by name), the same port options (compared
    /// the same way) and the mtu, address, master,
    /// alias, queue length, parent link and up/down given here. A link of
    /// that name with anything else leaves the kernel's `EEXIST`; see
    /// [`LinkHandle::ensure_absent`] for deletes.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// ipr.link().add("test0").veth("test1").mtu(9000).ensure()?;
    /// ipr.link().add("test0").veth("test1").mtu(9000).ensure()?; // Ok
    /// assert!(ipr.link().add("test0").bridge(|b| b).ensure().is_err());
    /// ipr.link().add("br0").bridge(|b| b.stp(true)).ensure()?;
    /// assert!(ipr.link().add("br0").bridge(|b| b.stp(false)).ensure().is_err());
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn ensure(mut self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move {
            let mut request = self.resolved(Target::New(self.target.clone())).await?;
            let sent = send_split(&mut self.ipr, request.clone()).await;
            let (port, ipr) = (request.split_port(), &mut self.ipr);
            settle(Goal::Present, sent, async || {
                let Some(name) = &request.new else { return Ok(false) };
                let have = ipr.get(&link::Get(LinkRef::Name(name.clone()))).await?;
                let have = Link::parse(&have.message())?;
                let port_matches = port.as_ref().map_or(Ok(true), |port| port.port_matches(&have));
                if !request.same_link(&have)? || !port_matches? {
                    return Ok(false);
                }
                // A veth's peer, when it lives in this namespace: by the index in IFLA_LINK.
                let Some(peer) = request.peer() else { return Ok(true) };
                let (Some(index), None) = (lower(&have)?, have.link_netnsid().ok().flatten()) else {
                    return Ok(false);
                };
                let got = ipr.get(&link::Get(LinkRef::Index(index))).await?;
                Ok(Link::parse(&got.message())?.ifname()? == Some(peer.as_str()))
            })
            .await
        })
    }
}

impl<S> LinkSet<S> {
    setters! {
        /// `nomaster`.
        nomaster() => pending.master = Some(None);
        /// Renames the link.
        name(name: &str) => pending.rename = Some(name.to_owned());
        /// Moves it to the namespace of process `pid`.
        netns_pid(pid: u32) => pending.settings.netns = Some(NetnsTarget::Pid(pid));
    }
    /// The request this builder sends, for batches; every device must be
    /// given by index here.
    pub fn request(&self) -> Result<LinkRequest> {
        let target = Target::Existing(LinkRef::Index(given_index(&self.target)?));
        LinkRequest::new(&target, &self.pending, &mut given_index)?.single()
    }
}

impl<S: Session> LinkSet<S> {
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(mut self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move {
            // A rename must select the link by index.
            let target = match (&self.target, &self.pending.rename) {
                (Dev::Name(_), Some(_)) => LinkRef::Index(ifindex(&mut self.ipr, &self.target).await?),
                _ => self.target.link_ref()?,
            };
            let request = self.resolved(Target::Existing(target)).await?;
            send_split(&mut self.ipr, request).await
        })
    }
}

impl<S> LinkHandle<S> {
    /// `ip link add NAME ...`: choose the kind with `.veth(..)`, `.bridge(..)`, ...
    #[allow(clippy::should_implement_trait)] // pyroute2's verb name
    pub fn add(self, name: &str) -> LinkAdd<S> {
        LinkBuilder { ipr: self.ipr, target: name.to_owned(), pending: Pending::default() }
    }
    /// `ip link set DEV ...`.
    pub fn set(self, dev: impl Into<Dev>) -> LinkSet<S> {
        LinkBuilder { ipr: self.ipr, target: dev.into(), pending: Pending::default() }
    }
}

impl<S: Session> LinkHandle<S> {
    /// `ip link del DEV`.
    pub fn del(self, dev: impl Into<Dev>) -> S::Output<impl Future<Output = Result<()>>> {
        let (mut ipr, dev) = (self.ipr, dev.into());
        S::finish(async move { ipr.request(&link::Del(dev.link_ref()?)).await.map(drop) })
    }
    /// `ip link del DEV`, counting a link that is not there as done.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// ipr.link().ensure_absent("test0")?;
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn ensure_absent(self, dev: impl Into<Dev>) -> S::Output<impl Future<Output = Result<()>>> {
        let (mut ipr, dev) = (self.ipr, dev.into());
        S::finish(async move {
            let del = link::Del(dev.link_ref()?);
            settle(Goal::Absent, ipr.request(&del).await.map(drop), async || Ok(false)).await
        })
    }
    /// `ip link show DEV`: the link, owned.
    pub fn get(self, dev: impl Into<Dev>) -> S::Output<impl Future<Output = Result<OwnedMessage>>> {
        let (mut ipr, dev) = (self.ipr, dev.into());
        S::finish(async move { ipr.get(&link::Get(dev.link_ref()?)).await })
    }
    /// pyroute2's `get_links()`: every link, lazily (see [`Dump`](crate::Dump)).
    pub fn dump(self) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, link::Dump::default(), Keep::All)
    }
    /// The index of a link given by name or index (an index is checked to
    /// exist); a link that is not there is [`Error::NotFound`].
    pub fn index(self, dev: impl Into<Dev>) -> S::Output<impl Future<Output = Result<u32>>> {
        let (mut ipr, dev) = (self.ipr, dev.into());
        S::finish(async move { ifindex(&mut ipr, &dev).await })
    }
    /// pyroute2's `link_lookup(ifname=...)`: the indexes of links named
    /// `name` (zero or one).
    pub fn lookup(self, name: &str) -> S::Output<impl Future<Output = Result<Vec<u32>>>> {
        let (mut ipr, dev) = (self.ipr, Dev::Name(name.to_owned()));
        S::finish(async move {
            match ifindex(&mut ipr, &dev).await {
                Err(Error::NotFound(_)) => Ok(Vec::new()),
                found => found.map(|i| vec![i]),
            }
        })
    }
    /// pyroute2's `link_lookup` with any criterion: the indexes of the links
    /// for which `predicate` holds, from one lazy dump (no copies).
    pub fn lookup_by(
        self,
        mut predicate: impl FnMut(&Link<'_>) -> bool,
    ) -> S::Output<impl Future<Output = Result<Vec<u32>>>> {
        S::finish(async move {
            let mut dump = self.ipr.dump(&link::Dump::default(), Keep::All).await?;
            let mut out = Vec::new();
            while let Some(msg) = S::next(&mut dump).await? {
                let link = Link::parse(&msg).map_err(Error::Malformed)?;
                if predicate(&link) {
                    out.push(link.ifindex() as u32);
                }
            }
            Ok(out)
        })
    }
}
