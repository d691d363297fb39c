//! `ipr.link()`: pyroute2's `ipr.link(...)` verbs as builders, and
//! `link_lookup`.

use nlwire::link::{
    self, BridgeOptions, IfName, IpvlanMode, Kind, Link, LinkRef, LinkSettings, MacvlanMode, NetnsTarget,
    VxlanOptions,
};

use std::future::Future;

use crate::ensure::{absent_ok, exists, given, present_ok};
use crate::error::{Error, Result};
use crate::owned::OwnedMessage;
use crate::session::{Keep, Session};

/// Link verbs of a session; see [`IPRoute::link`](crate::IPRoute::link). `S`
/// is the [`Session`]: `&mut IPRoute` (blocking `send()`) or `&AsyncIPRoute`
/// (`send().await`).
pub struct LinkHandle<S> {
    ipr: S,
}

/// A link given by name or index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dev {
    /// By index.
    Index(u32),
    /// By name.
    Name(String),
}

impl From<u32> for Dev {
    fn from(i: u32) -> Self {
        Dev::Index(i)
    }
}
impl From<&str> for Dev {
    fn from(name: &str) -> Self {
        Dev::Name(name.to_owned())
    }
}
impl From<String> for Dev {
    fn from(name: String) -> Self {
        Dev::Name(name)
    }
}

fn ifname(name: &str) -> Result<IfName> {
    IfName::new(name).map_err(Error::Invalid)
}

impl Dev {
    fn link_ref(&self) -> Result<LinkRef> {
        Ok(match self {
            Dev::Index(i) => LinkRef::Index(*i),
            Dev::Name(n) => LinkRef::Name(ifname(n)?),
        })
    }
}

/// Settings that refer to other links by name are resolved to indexes at
/// [`send`](LinkAdd::send) time.
#[derive(Debug, Default)]
struct Pending {
    mtu: Option<u32>,
    up: Option<bool>,
    address: Option<Vec<u8>>,
    master: Option<Option<Dev>>,
    alias: Option<String>,
    txqlen: Option<u32>,
    link: Option<Dev>,
    netns: Option<NetnsTarget>,
    rename: Option<String>,
}

/// The index of the link `dev` (an index is checked to exist); "no such
/// device" is [`Error::NotFound`].
pub(crate) async fn ifindex<S: Session>(ipr: &mut S, dev: &Dev) -> Result<u32> {
    let reply = ipr.get(&link::Get(dev.link_ref()?)).await;
    index_of(dev, reply)
}

/// The index of `dev` without a session: a name is refused (it is resolved
/// when a builder sends its request).
pub(crate) fn given_index(dev: &Dev) -> Result<u32> {
    match dev {
        Dev::Index(i) => Ok(*i),
        Dev::Name(_) => Err(Error::Invalid(nlwire::Error::InvalidValue {
            what: "a device by name is resolved when the request is sent; give its index",
        })),
    }
}

/// The index of `dev`, if one is given.
pub(crate) async fn ifindex_opt<S: Session>(ipr: &mut S, dev: Option<&Dev>) -> Result<Option<u32>> {
    match dev {
        Some(dev) => ifindex(ipr, dev).await.map(Some),
        None => Ok(None),
    }
}

/// The index of `dev`, or 0 for none.
pub(crate) async fn ifindex_or_0<S: Session>(ipr: &mut S, dev: Option<&Dev>) -> Result<u32> {
    Ok(ifindex_opt(ipr, dev).await?.unwrap_or(0))
}

impl Pending {
    /// The settings, with the links they name resolved on `ipr`.
    async fn resolve<S: Session>(&self, ipr: &mut S) -> Result<LinkSettings<'_>> {
        let master = match &self.master {
            Some(Some(dev)) => Some(ifindex(ipr, dev).await?),
            Some(None) => Some(0),
            None => None,
        };
        let link = match &self.link {
            Some(dev) => Some(ifindex(ipr, dev).await?),
            None => None,
        };
        self.settings(master, link)
    }

    /// The settings, with the links they name given as indexes.
    fn settings(&self, master: Option<u32>, link: Option<u32>) -> Result<LinkSettings<'_>> {
        Ok(LinkSettings {
            name: self.rename.as_deref().map(ifname).transpose()?,
            mtu: self.mtu,
            up: self.up,
            address: self.address.as_deref(),
            master,
            alias: self.alias.as_deref(),
            txqlen: self.txqlen,
            link,
            netns: self.netns,
            group: None,
        })
    }
}

macro_rules! settings_setters {
    () => {
        /// Sets the MTU.
        pub fn mtu(mut self, mtu: u32) -> Self {
            self.pending.mtu = Some(mtu);
            self
        }
        /// Sets the link up.
        pub fn up(mut self) -> Self {
            self.pending.up = Some(true);
            self
        }
        /// Sets the link down.
        pub fn down(mut self) -> Self {
            self.pending.up = Some(false);
            self
        }
        /// Sets the hardware address.
        pub fn address(mut self, address: &[u8]) -> Self {
            self.pending.address = Some(address.to_vec());
            self
        }
        /// Enslaves it to a bridge or bond.
        pub fn master(mut self, master: impl Into<Dev>) -> Self {
            self.pending.master = Some(Some(master.into()));
            self
        }
        /// Sets the alias.
        pub fn alias(mut self, alias: &str) -> Self {
            self.pending.alias = Some(alias.to_owned());
            self
        }
        /// Sets the transmit queue length.
        pub fn txqlen(mut self, txqlen: u32) -> Self {
            self.pending.txqlen = Some(txqlen);
            self
        }
    };
}

/// `ip link add NAME type KIND ...` being built.
///
/// ```no_run
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// ipr.link().add("test0").veth("test1").mtu(9000).send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct LinkAdd<S> {
    ipr: S,
    name: String,
    kind: Option<KindSpec>,
    pending: Pending,
}

/// The kind being built, with owned names.
#[derive(Debug)]
enum KindSpec {
    Veth(Option<String>),
    Bridge(BridgeOptions),
    Macvlan(MacvlanMode),
    Vxlan(VxlanOptions),
    Vlan(u16, Option<u16>),
    Bond(Option<u8>),
    Ipvlan(IpvlanMode),
    Vrf(u32),
    Ifb,
    Wireguard,
    Other(String),
}

impl<S> LinkAdd<S> {
    settings_setters!();

    /// `type veth peer name PEER`.
    pub fn veth(mut self, peer: &str) -> Self {
        self.kind = Some(KindSpec::Veth(Some(peer.to_owned())));
        self
    }
    /// `type bridge` with options.
    pub fn bridge(mut self, options: BridgeOptions) -> Self {
        self.kind = Some(KindSpec::Bridge(options));
        self
    }
    /// `link PARENT type macvlan mode MODE`.
    pub fn macvlan(mut self, parent: impl Into<Dev>, mode: MacvlanMode) -> Self {
        self.pending.link = Some(parent.into());
        self.kind = Some(KindSpec::Macvlan(mode));
        self
    }
    /// `type vxlan id ID ...`.
    pub fn vxlan(mut self, options: VxlanOptions) -> Self {
        self.kind = Some(KindSpec::Vxlan(options));
        self
    }
    /// `link PARENT type vlan id ID [protocol P]`.
    pub fn vlan(mut self, parent: impl Into<Dev>, id: u16, protocol: Option<u16>) -> Self {
        self.pending.link = Some(parent.into());
        self.kind = Some(KindSpec::Vlan(id, protocol));
        self
    }
    /// `type bond [mode M]`.
    pub fn bond(mut self, mode: Option<u8>) -> Self {
        self.kind = Some(KindSpec::Bond(mode));
        self
    }
    /// `link PARENT type ipvlan mode M`.
    pub fn ipvlan(mut self, parent: impl Into<Dev>, mode: IpvlanMode) -> Self {
        self.pending.link = Some(parent.into());
        self.kind = Some(KindSpec::Ipvlan(mode));
        self
    }
    /// `type vrf table T`.
    pub fn vrf(mut self, table: u32) -> Self {
        self.kind = Some(KindSpec::Vrf(table));
        self
    }
    /// `type ifb`.
    pub fn ifb(mut self) -> Self {
        self.kind = Some(KindSpec::Ifb);
        self
    }
    /// `type wireguard`.
    pub fn wireguard(mut self) -> Self {
        self.kind = Some(KindSpec::Wireguard);
        self
    }
    /// Any other kind by name.
    pub fn kind(mut self, kind: &str) -> Self {
        self.kind = Some(KindSpec::Other(kind.to_owned()));
        self
    }
}

/// The new link's name and kind, checked.
fn name_and_kind<'a>(name: &str, kind: &'a Option<KindSpec>) -> Result<(IfName, Kind<'a>)> {
    let name = ifname(name)?;
    let kind = match kind {
        None => return Err(Error::Invalid(nlwire::Error::InvalidValue { what: "link add needs a kind" })),
        Some(KindSpec::Veth(peer)) => Kind::Veth { peer: peer.as_deref().map(ifname).transpose()? },
        Some(KindSpec::Bridge(o)) => Kind::Bridge(*o),
        Some(KindSpec::Macvlan(m)) => Kind::Macvlan(*m),
        Some(KindSpec::Vxlan(o)) => Kind::Vxlan(*o),
        Some(KindSpec::Vlan(id, protocol)) => Kind::Vlan { id: *id, protocol: *protocol },
        Some(KindSpec::Bond(mode)) => Kind::Bond { mode: *mode },
        Some(KindSpec::Ipvlan(m)) => Kind::Ipvlan(*m),
        Some(KindSpec::Vrf(t)) => Kind::Vrf { table: *t },
        Some(KindSpec::Ifb) => Kind::Ifb,
        Some(KindSpec::Wireguard) => Kind::Wireguard,
        Some(KindSpec::Other(k)) => Kind::Other { kind: k, data: None },
    };
    Ok((name, kind))
}

impl<S: Session> LinkAdd<S> {
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        let LinkAdd { mut ipr, name, kind, pending } = self;
        S::finish(async move {
            let (name, kind) = name_and_kind(&name, &kind)?;
            let settings = pending.resolve(&mut ipr).await?;
            ipr.request(&link::Add { name, kind, settings }).await.map(drop)
        })
    }
    /// Sends the request, counting as done a link of that name that is
    /// already there with the same kind (and the veth peer, mtu, address,
    /// master, alias, queue length, parent link and up/down given here;
    /// other options of the kind are not compared). A link of that name
    /// with other settings leaves the kernel's `EEXIST`; see
    /// [`LinkHandle::ensure_absent`] for deletes.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// ipr.link().add("test0").veth("test1").mtu(9000).ensure()?;
    /// ipr.link().add("test0").veth("test1").mtu(9000).ensure()?; // Ok
    /// assert!(ipr.link().add("test0").bridge(Default::default()).ensure().is_err());
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn ensure(self) -> S::Output<impl Future<Output = Result<()>>> {
        let LinkAdd { mut ipr, name, kind, pending } = self;
        S::finish(async move {
            let (name, kind) = name_and_kind(&name, &kind)?;
            let settings = pending.resolve(&mut ipr).await?;
            let want = link::Add { name, kind, settings };
            let sent = ipr.request(&want).await.map(drop);
            if !exists(&sent) {
                return sent;
            }
            let have = ipr.get(&link::Get(LinkRef::Name(want.name.clone()))).await?;
            let same = match compare(&have, &want)? {
                Verdict::Same => true,
                Verdict::Differs => false,
                Verdict::PeerAt(index) => named(&ipr.get(&link::Get(LinkRef::Index(index))).await?, &want)?,
            };
            present_ok(sent, || Ok(same))
        })
    }
}

/// How an existing link compares with the one an add asked for.
enum Verdict {
    Same,
    Differs,
    /// The same if the link at this index is the veth peer asked for.
    PeerAt(u32),
}

/// Compares the link `have` (a GET reply) with `want`'s kind and settings.
fn compare(have: &OwnedMessage, want: &link::Add<'_>) -> Result<Verdict> {
    let msg = have.message();
    let have = Link::parse(&msg)?;
    let s = &want.settings;
    // IFLA_LINK is signed; a negative one names no link here.
    let lower = have.link()?.and_then(|i| u32::try_from(i).ok());
    let same = have.linkinfo()?.map(|i| i.kind()).transpose()?.flatten() == Some(want.kind.name())
        && given(s.mtu, have.mtu()?)
        && given(s.address, have.address()?)
        && given(s.master, have.master()?)
        && given(s.alias, have.alias()?)
        && given(s.txqlen, have.txqlen()?)
        && given(s.link, lower)
        && given(s.up, Some(have.flags().contains(link::IfFlags::UP)));
    Ok(match (&want.kind, same) {
        (_, false) => Verdict::Differs,
        // The peer, when it lives in this namespace: by the index in IFLA_LINK.
        (Kind::Veth { peer: Some(_) }, true) => {
            match lower.filter(|_| have.link_netnsid().ok().flatten().is_none()) {
                Some(index) => Verdict::PeerAt(index),
                None => Verdict::Differs,
            }
        }
        (_, true) => Verdict::Same,
    })
}

/// Whether the link `peer` (a GET reply) has the veth peer name `want` asked for.
fn named(peer: &OwnedMessage, want: &link::Add<'_>) -> Result<bool> {
    let Kind::Veth { peer: Some(name) } = &want.kind else { return Ok(false) };
    let msg = peer.message();
    Ok(Link::parse(&msg)?.ifname()? == Some(name.as_str()))
}

/// `ip link set DEV ...` being built.
#[must_use = "a request does nothing until it is sent"]
pub struct LinkSet<S> {
    ipr: S,
    dev: Dev,
    pending: Pending,
}

impl<S> LinkSet<S> {
    settings_setters!();

    /// `nomaster`.
    pub fn nomaster(mut self) -> Self {
        self.pending.master = Some(None);
        self
    }
    /// Renames the link.
    pub fn name(mut self, name: &str) -> Self {
        self.pending.rename = Some(name.to_owned());
        self
    }
    /// Moves it to the namespace of process `pid`.
    pub fn netns_pid(mut self, pid: u32) -> Self {
        self.pending.netns = Some(NetnsTarget::Pid(pid));
        self
    }
    /// A rename must select the link by index.
    fn renames_by_name(&self) -> bool {
        matches!((&self.dev, &self.pending.rename), (Dev::Name(_), Some(_)))
    }
}

impl<S: Session> LinkSet<S> {
    /// Sends the request and waits for the kernel's ACK.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        let renames_by_name = self.renames_by_name();
        let LinkSet { mut ipr, dev, pending } = self;
        S::finish(async move {
            let target = if renames_by_name {
                LinkRef::Index(ifindex(&mut ipr, &dev).await?)
            } else {
                dev.link_ref()?
            };
            let settings = pending.resolve(&mut ipr).await?;
            ipr.request(&link::Set { target, settings }).await.map(drop)
        })
    }
}

impl<S> LinkHandle<S> {
    pub(crate) fn new(ipr: S) -> Self {
        LinkHandle { ipr }
    }
    /// `ip link add NAME ...`: choose the kind with `.veth(..)`, `.bridge(..)`, ...
    #[allow(clippy::should_implement_trait)] // pyroute2's verb name
    pub fn add(self, name: &str) -> LinkAdd<S> {
        LinkAdd { ipr: self.ipr, name: name.to_owned(), kind: None, pending: Pending::default() }
    }
    /// `ip link set DEV ...`.
    pub fn set(self, dev: impl Into<Dev>) -> LinkSet<S> {
        LinkSet { ipr: self.ipr, dev: dev.into(), pending: Pending::default() }
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
        S::finish(async move { absent_ok(ipr.request(&link::Del(dev.link_ref()?)).await.map(drop)) })
    }
    /// `ip link show DEV`: the link, owned.
    pub fn get(self, dev: impl Into<Dev>) -> S::Output<impl Future<Output = Result<OwnedMessage>>> {
        let (mut ipr, dev) = (self.ipr, dev.into());
        S::finish(async move { ipr.get(&link::Get(dev.link_ref()?)).await })
    }
    /// pyroute2's `get_links()`: every link, lazily (see [`Dump`](crate::Dump)).
    pub fn dump(self) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        let ipr = self.ipr;
        S::finish(async move { ipr.dump(&link::Dump::default(), Keep::All).await })
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
                Ok(i) => Ok(vec![i]),
                Err(Error::NotFound(_)) => Ok(Vec::new()),
                Err(e) => Err(e),
            }
        })
    }
    /// pyroute2's `link_lookup` with any criterion: the indexes of the links
    /// for which `predicate` holds, from one lazy dump (no copies).
    pub fn lookup_by(
        self,
        mut predicate: impl FnMut(&Link<'_>) -> bool,
    ) -> S::Output<impl Future<Output = Result<Vec<u32>>>> {
        let ipr = self.ipr;
        S::finish(async move {
            let mut dump = ipr.dump(&link::Dump::default(), Keep::All).await?;
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

/// The index in a GET reply for `dev`; "no such device" is `NotFound`.
fn index_of(dev: &Dev, reply: Result<OwnedMessage>) -> Result<u32> {
    let msg = reply.map_err(|e| match e.errno() {
        Some(19) => Error::NotFound(format!("interface {dev:?}")),
        _ => e,
    })?;
    let link = Link::parse(&msg.message()).map_err(Error::Malformed)?;
    u32::try_from(link.ifindex())
        .map_err(|_| Error::Malformed(nlwire::Error::InvalidValue { what: "negative ifindex" }))
}
