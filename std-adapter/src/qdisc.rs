//! `ipr.qdisc()`: pyroute2's `ipr.tc(...)` qdisc verbs and `get_qdiscs` as
//! builders.

use nlwire::tc::request::{HtbQdisc, TbfQdisc};
use nlwire::tc::{Handle, QdiscDump, QdiscKind, QdiscRequest, TcOp};

use std::future::Future;

use crate::builder::{setters, verbs};
use crate::dev::Dev;
use crate::error::Result;
use crate::handles::QdiscHandle;
use crate::session::{dump_verb, Keep, Session};
use crate::tc::{given_tc_index, tc_index, Kind};

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
        #[allow(clippy::should_implement_trait)] // pyroute2's verb name
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
    /// The request this builder sends, for batches; the device must be
    /// given by index here.
    pub fn request(&self) -> Result<QdiscRequest<'_>> {
        Ok(self.kind.on(self.request, given_tc_index(&self.dev)?))
    }
}

impl Kind<QdiscKind<'static>> {
    /// `request` with this kind, on the device of index `ifindex`.
    fn on(&self, request: QdiscRequest<'static>, ifindex: i32) -> QdiscRequest<'_> {
        let kind = match self {
            Kind::Core(kind) => *kind,
            Kind::Named(kind, options) => QdiscKind::Other { kind, options: options.as_deref() },
        };
        QdiscRequest { ifindex, kind, ..request }
    }
}

impl<S: Session> QdiscBuilder<S> {
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`](crate::Error::NotFound).
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        let QdiscBuilder { mut ipr, dev, request, kind } = self;
        S::finish(async move {
            let ifindex = tc_index(&mut ipr, &dev).await?;
            ipr.request(&kind.on(request, ifindex)).await.map(drop)
        })
    }
}
