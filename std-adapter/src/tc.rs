//! `ipr.qdisc()`, `ipr.class()`, `ipr.filter()`: pyroute2's `ipr.tc(...)`
//! verbs, `get_qdiscs`, `get_classes` and `get_filters` as builders, one
//! for each kind of traffic-control object (`nlwire::tc`), and what they
//! share: the kind, given by name or as the core knows it, and the device
//! as the `tcmsg` header holds it.

use std::future::Future;

use nlwire::tc::request::{HtbClass, HtbQdisc, TbfQdisc, U32Filter, U32Match};
use nlwire::tc::{
    ClassDump, ClassKind, ClassRequest, FilterDump, FilterKind, FilterRequest, Handle, QdiscDump, QdiscKind,
    QdiscRequest, TcOp,
};

use crate::builder::{setters, verbs};
use crate::dev::{given_index, ifindex, Dev};
use crate::error::{Error, Result};
use crate::handles::{ClassHandle, FilterHandle, QdiscHandle};
use crate::session::{dump_verb, Keep, Session};

/// The kind a builder sends: one the core knows (`K`, with its options),
/// or another by name with its raw `TCA_OPTIONS` payload, owned until it
/// is sent.
enum Kind<K> {
    Core(K),
    Named(String, Option<Vec<u8>>),
}

impl<K> Kind<K> {
    /// The kind `kind` by name, with `options`.
    fn named(kind: &str, options: Option<&[u8]>) -> Self {
        Kind::Named(kind.to_owned(), options.map(<[u8]>::to_vec))
    }
}

/// An interface index as the `tcmsg` header holds it (signed).
fn tc_index(ifindex: u32) -> Result<i32> {
    i32::try_from(ifindex).map_err(|_| Error::invalid("interface index above i32::MAX"))
}

/// Writes what the builders share around their own `on(&self, ifindex)`,
/// the request on a device: `request()`, the request for batches, and
/// `send`, which refuses what `on` refuses before the device is looked up.
/// `$field`s are the builder's fields but for the session and the device.
/// With `of $kind` (qdiscs and classes), `on` too: the request with the
/// builder's [`Kind`].
macro_rules! request_and_send {
    ($builder:ident { $($field:ident),+ } sends $request:ident of $kind:ident; $(#[$send_doc:meta])*) => {
        impl<S> $builder<S> {
            /// The request, on the device of index `ifindex`.
            fn on(&self, ifindex: i32) -> Result<$request<'_>> {
                let kind = match &self.kind {
                    Kind::Core(kind) => *kind,
                    Kind::Named(kind, options) => $kind::Other { kind, options: options.as_deref() },
                };
                Ok($request { ifindex, kind, ..self.request })
            }
        }

        request_and_send! { $builder { $($field),+ } sends $request; $(#[$send_doc])* }
    };
    ($builder:ident { $($field:ident),+ } sends $request:ident; $(#[$send_doc:meta])*) => {
        impl<S> $builder<S> {
            /// The request this builder sends, for batches; the device must be
            /// given by index here.
            pub fn request(&self) -> Result<$request<'_>> {
                self.on(tc_index(given_index(&self.dev)?)?)
            }
        }

        impl<S: Session> $builder<S> {
            $(#[$send_doc])*
            pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
                let $builder { mut ipr, dev, $($field),+ } = self;
                let this = $builder { ipr: (), dev, $($field),+ };
                S::finish(async move {
                    this.on(0)?;
                    let ifindex = tc_index(ifindex(&mut ipr, &this.dev).await?)?;
                    ipr.request(&this.on(ifindex)?).await.map(drop)
                })
            }
        }
    };
}

// ---------------------------------------------------------------------------
// Qdiscs
// ---------------------------------------------------------------------------

/// A qdisc request being built; [`send`](QdiscBuilder::send) sends it.
///
/// The parent defaults to `root` and the handle to the kernel's choice;
/// rates are in bytes per second (`tc`'s `1mbit` is 125 000). A delete
/// needs no kind: `ipr.qdisc().del("v0").send()` is `tc qdisc del dev v0 root`.
///
/// ```no_run
/// use nlwire::tc::request::{HtbQdisc, TbfQdisc};
/// use nlwire::tc::Handle;
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// let tbf = TbfQdisc { rate: 125_000, burst: 10_240, limit: 20_480, peak: None };
/// ipr.qdisc().add("v0").handle(Handle::new(1, 0)).tbf(tbf).send()?;
/// ipr.qdisc().replace("v0").handle(Handle::new(1, 0)).htb(HtbQdisc::default()).send()?;
/// ipr.qdisc().add("v0").ingress().send()?;
/// ipr.qdisc().del("v0").send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct QdiscBuilder<S> {
    ipr: S,
    dev: Dev,
    /// The request but for the device's index and the kind.
    request: QdiscRequest<'static>,
    kind: Kind<QdiscKind<'static>>,
}

impl<S> QdiscHandle<S> {
    fn request(self, op: TcOp, dev: Dev) -> QdiscBuilder<S> {
        let request = QdiscRequest::root(op, 0, QdiscKind::Unspecified);
        QdiscBuilder { ipr: self.ipr, dev, request, kind: Kind::Core(request.kind) }
    }
    verbs! { QdiscBuilder<S>:
        /// `tc qdisc add dev DEV ...` (fails if a qdisc is there).
        add(dev: impl Into<Dev>) => request(TcOp::Add, dev.into());
        /// `tc qdisc replace dev DEV ...`: add, or replace the qdisc there.
        replace(dev: impl Into<Dev>) => request(TcOp::Replace, dev.into());
        /// `tc qdisc change dev DEV ...`: new options for the existing qdisc
        /// (same kind, same handle).
        change(dev: impl Into<Dev>) => request(TcOp::Change, dev.into());
        /// `tc qdisc del dev DEV ...`.
        del(dev: impl Into<Dev>) => request(TcOp::Delete, dev.into());
    }
}

impl<S: Session> QdiscHandle<S> {
    /// pyroute2's `get_qdiscs(index=...)`: the qdiscs, lazily (see
    /// [`Dump`](crate::Dump)); `ifindex` `Some` for one interface. The
    /// kernel dumps every interface, so the dump skips the others, as
    /// `tc qdisc show dev DEV` does.
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let mut qdiscs = ipr.qdisc().dump(Some(3))?;
    /// while let Some(q) = qdiscs.next()? {
    ///     println!("{:?} {:?}", q.get("kind")?, q.get("handle")?);
    /// }
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn dump(self, ifindex: Option<u32>) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        dump_verb(self.ipr, QdiscDump::default(), ifindex.map_or(Keep::All, Keep::TcOfLink))
    }
}

impl<S> QdiscBuilder<S> {
    setters! {
        /// `handle MAJOR:` (the minor must be 0).
        handle(handle: impl Into<Handle>) => request.handle = handle.into();
        /// `parent CLASSID`; `root` ([`Handle::ROOT`]) by default.
        parent(parent: impl Into<Handle>) => request.parent = parent.into();
        /// `htb [default CLASS] [r2q N]`.
        htb(options: HtbQdisc) => kind = Kind::Core(QdiscKind::Htb(options));
        /// `tbf rate R burst B limit L [peakrate P mtu M]`.
        tbf(options: TbfQdisc) => kind = Kind::Core(QdiscKind::Tbf(options));
        /// `pfifo [limit PACKETS]`.
        pfifo(limit: Option<u32>) => kind = Kind::Core(QdiscKind::Pfifo { limit });
        /// `bfifo [limit BYTES]`.
        bfifo(limit: Option<u32>) => kind = Kind::Core(QdiscKind::Bfifo { limit });
        /// `pfifo_fast`.
        pfifo_fast() => kind = Kind::Core(QdiscKind::PfifoFast);
        /// `mq`.
        mq() => kind = Kind::Core(QdiscKind::Mq);
        /// `noqueue`.
        noqueue() => kind = Kind::Core(QdiscKind::Noqueue);
        /// Any other kind by name, such as `"fq_codel"`, with the raw
        /// `TCA_OPTIONS` payload the kind expects (`None`: its defaults).
        kind(kind: &str, options: Option<&[u8]>) => kind = Kind::named(kind, options);
    }
    /// `ingress`: parent `ingress` (`ffff:fff1`), handle `ffff:`.
    pub fn ingress(self) -> Self {
        self.placed(QdiscRequest::ingress)
    }
    /// `clsact`: parent `clsact` (`ffff:fff1`), handle `ffff:`.
    pub fn clsact(self) -> Self {
        self.placed(QdiscRequest::clsact)
    }
    /// The handle, parent and kind of the request `made` makes.
    fn placed(mut self, made: fn(TcOp, i32) -> QdiscRequest<'static>) -> Self {
        self.request = made(self.request.op, 0);
        self.kind = Kind::Core(self.request.kind);
        self
    }
}

request_and_send! { QdiscBuilder { request, kind } sends QdiscRequest of QdiscKind;
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`](crate::Error::NotFound).
}

// ---------------------------------------------------------------------------
// Classes
// ---------------------------------------------------------------------------

/// A class request being built; [`send`](ClassBuilder::send) sends it.
///
/// Rates are in bytes per second (`tc`'s `1mbit` is 125 000). A delete needs
/// only the class id: `ipr.class().del("v0").classid(Handle::new(1, 10)).send()`.
///
/// ```no_run
/// use nlwire::tc::request::{HtbClass, HtbQdisc};
/// use nlwire::tc::Handle;
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// ipr.qdisc().add("v0").handle(Handle::new(1, 0)).htb(HtbQdisc::default()).send()?;
/// // tc class add dev v0 parent 1: classid 1:10 htb rate 1mbit ceil 2mbit
/// let htb = HtbClass { ceil: Some(250_000), ..HtbClass::new(125_000) };
/// ipr.class().add("v0").parent(Handle::new(1, 0)).classid(Handle::new(1, 10)).htb(htb).send()?;
/// // tc class change dev v0 classid 1:10 htb rate 3mbit
/// ipr.class().change("v0").classid(Handle::new(1, 10)).htb(HtbClass::new(375_000)).send()?;
/// ipr.class().del("v0").classid(Handle::new(1, 10)).send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct ClassBuilder<S> {
    ipr: S,
    dev: Dev,
    /// The request but for the device's index and the kind.
    request: ClassRequest<'static>,
    kind: Kind<ClassKind<'static>>,
}

impl<S> ClassHandle<S> {
    fn request(self, op: TcOp, dev: Dev) -> ClassBuilder<S> {
        let (classid, parent, kind) = (Handle::UNSPEC, Handle::UNSPEC, ClassKind::Unspecified);
        let request = ClassRequest { op, ifindex: 0, classid, parent, kind };
        ClassBuilder { ipr: self.ipr, dev, request, kind: Kind::Core(kind) }
    }
    verbs! { ClassBuilder<S>:
        /// `tc class add dev DEV ...` (fails if the class exists).
        add(dev: impl Into<Dev>) => request(TcOp::Add, dev.into());
        /// `tc class replace dev DEV ...`: add, or change the class there.
        replace(dev: impl Into<Dev>) => request(TcOp::Replace, dev.into());
        /// `tc class change dev DEV ...`: new options for an existing class.
        change(dev: impl Into<Dev>) => request(TcOp::Change, dev.into());
        /// `tc class del dev DEV classid ID`.
        del(dev: impl Into<Dev>) => request(TcOp::Delete, dev.into());
    }
}

impl<S: Session> ClassHandle<S> {
    /// pyroute2's `get_classes(index=...)`, `tc class show dev DEV`: the
    /// classes of one interface, lazily (see [`Dump`](crate::Dump)).
    ///
    /// ```no_run
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let mut classes = ipr.class().dump("v0")?;
    /// while let Some(c) = classes.next()? {
    ///     println!("{:?} {:?} {:?}", c.get("kind")?, c.get("handle")?, c.get("parent")?);
    /// }
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn dump(self, dev: impl Into<Dev>) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        let (mut ipr, dev) = (self.ipr, dev.into());
        S::finish(async move {
            let ifindex = tc_index(ifindex(&mut ipr, &dev).await?)?;
            ipr.dump(&ClassDump { ifindex, parent: Handle::UNSPEC }, Keep::All).await
        })
    }
}

impl<S> ClassBuilder<S> {
    setters! {
        /// `classid MAJOR:MINOR`: the class's own handle.
        classid(classid: impl Into<Handle>) => request.classid = classid.into();
        /// `parent MAJOR:[MINOR]`: the qdisc or class above it.
        parent(parent: impl Into<Handle>) => request.parent = parent.into();
        /// `htb rate R [ceil C] [burst B] [cburst CB] [prio P] [quantum Q]`.
        htb(options: HtbClass) => kind = Kind::Core(ClassKind::Htb(options));
        /// Any other kind by name, such as `"hfsc"`, with the raw `TCA_OPTIONS`
        /// payload the kind expects (`None`: none).
        kind(kind: &str, options: Option<&[u8]>) => kind = Kind::named(kind, options);
    }
}

request_and_send! { ClassBuilder { request, kind } sends ClassRequest of ClassKind;
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`](crate::Error::NotFound); an add without a kind, or an htb
    /// rate of 0, is [`Error::Invalid`](crate::Error::Invalid) and nothing is sent.
}

// ---------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------

/// A filter request being built; [`send`](FilterBuilder::send) sends it.
///
/// The parent defaults to the device's root qdisc, the handle and the
/// priority to the kernel's choice. Creating needs a protocol
/// ([`eth_p`](nlwire::tc::eth_p)) and a kind. A u32 filter's handle reads
/// `800::800` in `tc` and is `0x8000_0800` here.
///
/// ```no_run
/// use std::net::Ipv4Addr;
/// use nlwire::tc::request::U32Match;
/// use nlwire::tc::{eth_p, Handle};
/// # let mut ipr = nlwire_std::IPRoute::new()?;
/// // tc filter add dev v0 parent 1: protocol ip prio 1 u32 match ip dst 192.0.2.0/24 flowid 1:10
/// let dst = U32Match::Ipv4Dst { addr: Ipv4Addr::new(192, 0, 2, 0), prefix: 24 };
/// ipr.filter()
///     .add("v0")
///     .parent(Handle::new(1, 0))
///     .protocol(eth_p::IP)
///     .prio(1)
///     .u32(&[dst])
///     .flowid(Handle::new(1, 10))
///     .send()?;
/// // tc filter change dev v0 parent 1: protocol ip prio 1 handle 800::800 u32 flowid 1:20
/// ipr.filter()
///     .change("v0")
///     .parent(Handle::new(1, 0))
///     .protocol(eth_p::IP)
///     .prio(1)
///     .handle(0x8000_0800)
///     .u32(&[])
///     .flowid(Handle::new(1, 20))
///     .send()?;
/// // tc filter del dev v0 parent 1: prio 1
/// ipr.filter().del("v0").parent(Handle::new(1, 0)).prio(1).send()?;
/// # Ok::<(), nlwire_std::Error>(())
/// ```
#[must_use = "a request does nothing until it is sent"]
pub struct FilterBuilder<S> {
    ipr: S,
    dev: Dev,
    /// The request but for the device's index and the kind.
    request: FilterRequest<'static>,
    /// The u32 matches, or another kind by name; `None`: no kind.
    kind: Option<Kind<Vec<U32Match>>>,
    flowid: Option<Handle>,
}

impl<S> FilterHandle<S> {
    fn request(self, op: TcOp, dev: Dev) -> FilterBuilder<S> {
        let (parent, kind) = (Handle::UNSPEC, FilterKind::Unspecified);
        let request =
            FilterRequest { op, ifindex: 0, parent, handle: 0, prio: 0, protocol: 0, chain: None, kind };
        FilterBuilder { ipr: self.ipr, dev, request, kind: None, flowid: None }
    }
    verbs! { FilterBuilder<S>:
        /// `tc filter add dev DEV ...`.
        add(dev: impl Into<Dev>) => request(TcOp::Add, dev.into());
        /// `tc filter replace dev DEV ...`: add, or replace the filter with the
        /// same handle.
        replace(dev: impl Into<Dev>) => request(TcOp::Replace, dev.into());
        /// `tc filter change dev DEV ... handle H ...`: new options for an
        /// existing filter (what may change depends on the kind: a u32 filter
        /// keeps its matches and takes a new `flowid`).
        change(dev: impl Into<Dev>) => request(TcOp::Change, dev.into());
        /// `tc filter del dev DEV ...`: with a priority, the filters of that
        /// priority; with a handle and kind as well, that one filter; with
        /// neither, every filter under the parent.
        del(dev: impl Into<Dev>) => request(TcOp::Delete, dev.into());
    }
}

impl<S: Session> FilterHandle<S> {
    /// pyroute2's `get_filters(index=..., parent=...)`, `tc filter show dev
    /// DEV parent P`: the filters under one qdisc or class, lazily (see [`Dump`](crate::Dump));
    /// [`Handle::UNSPEC`] for the root qdisc's. A u32 filter shows as
    /// several messages, as in `tc`: its priority, its hash table and each
    /// of its keys.
    ///
    /// ```no_run
    /// use nlwire::tc::Handle;
    /// # let mut ipr = nlwire_std::IPRoute::new()?;
    /// let mut filters = ipr.filter().dump("v0", Handle::new(1, 0))?;
    /// while let Some(f) = filters.next()? {
    ///     println!("{:?} {:?}", f.get("kind")?, f.get("handle")?);
    /// }
    /// # Ok::<(), nlwire_std::Error>(())
    /// ```
    pub fn dump(
        self,
        dev: impl Into<Dev>,
        parent: impl Into<Handle>,
    ) -> S::Output<impl Future<Output = Result<S::Dump>>> {
        let (mut ipr, dev, parent) = (self.ipr, dev.into(), parent.into());
        S::finish(async move {
            let ifindex = tc_index(ifindex(&mut ipr, &dev).await?)?;
            ipr.dump(&FilterDump { ifindex, parent, ..FilterDump::default() }, Keep::All).await
        })
    }
}

impl<S> FilterBuilder<S> {
    setters! {
        /// `parent MAJOR:[MINOR]`: the qdisc or class it attaches to.
        parent(parent: impl Into<Handle>) => request.parent = parent.into();
        /// `handle H`, in the kind's own numbering.
        handle(handle: u32) => request.handle = handle;
        /// `prio P` (`pref`): lower runs first.
        prio(prio: u16) => request.prio = prio;
        /// `protocol P`, an `ETH_P_*` value in host order such as
        /// [`eth_p::IP`](nlwire::tc::eth_p::IP).
        protocol(protocol: u16) => request.protocol = protocol;
        /// `chain C`.
        chain(chain: u32) => request.chain = Some(chain);
        /// `u32 match ...`: every match must hold (at most 255).
        u32(matches: &[U32Match]) => kind = Some(Kind::Core(matches.to_vec()));
        /// `flowid MAJOR:MINOR` (`classid`) of a u32 filter: the class matching
        /// packets go to.
        flowid(classid: impl Into<Handle>) => flowid = Some(classid.into());
        /// Any other kind by name, such as `"matchall"`, with the raw
        /// `TCA_OPTIONS` payload the kind expects (`None`: none).
        kind(kind: &str, options: Option<&[u8]>) => kind = Some(Kind::named(kind, options));
    }
    /// The request, on the device of index `ifindex`.
    fn on(&self, ifindex: i32) -> Result<FilterRequest<'_>> {
        let kind = match &self.kind {
            Some(Kind::Core(matches)) => {
                FilterKind::U32(U32Filter { classid: self.flowid, matches, actions: &[] })
            }
            _ if self.flowid.is_some() => return Err(Error::invalid("flowid without a u32 filter")),
            None => FilterKind::Unspecified,
            Some(Kind::Named(kind, options)) => FilterKind::Other { kind, options: options.as_deref() },
        };
        Ok(FilterRequest { ifindex, kind, ..self.request })
    }
}

request_and_send! { FilterBuilder { request, kind, flowid } sends FilterRequest;
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`]; an add without a protocol or kind,
    /// or a `flowid` without `u32`, is [`Error::Invalid`] and nothing is sent.
}
