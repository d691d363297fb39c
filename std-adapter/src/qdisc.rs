//! `ipr.qdisc()`: pyroute2's `ipr.tc(...)` qdisc verbs and `get_qdiscs` as
//! builders.

use nlwire::tc::request::{HtbQdisc, TbfQdisc};
use nlwire::tc::{Handle, QdiscDump, QdiscKind, QdiscRequest, TcOp};

use std::future::Future;

use crate::dev::Dev;
use crate::error::{Error, Result};
use crate::link::{given_index, ifindex};
use crate::session::{Keep, Session};

/// Queueing-discipline verbs of a session; see
/// [`IPRoute::qdisc`](crate::IPRoute::qdisc). `S` is the [`Session`]:
/// `&mut IPRoute` (blocking) or `&AsyncIPRoute` (`.await`).
pub struct QdiscHandle<S> {
    ipr: S,
}

/// The kind being built, with an owned name and options for other kinds.
#[derive(Debug)]
enum KindSpec {
    Core(QdiscKind<'static>),
    Other { kind: String, options: Option<Vec<u8>> },
}

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
    op: TcOp,
    dev: Dev,
    handle: Handle,
    parent: Handle,
    kind: KindSpec,
}

impl<S> QdiscHandle<S> {
    /// The verbs on session `ipr`; `()` for builders that only make
    /// requests (`.request()`, to send several with `batch`).
    pub fn new(ipr: S) -> Self {
        QdiscHandle { ipr }
    }
    fn request(self, op: TcOp, dev: Dev) -> QdiscBuilder<S> {
        QdiscBuilder {
            ipr: self.ipr,
            op,
            dev,
            handle: Handle::UNSPEC,
            parent: Handle::ROOT,
            kind: KindSpec::Core(QdiscKind::Unspecified),
        }
    }
    /// `tc qdisc add dev DEV ...` (fails if a qdisc is there).
    #[allow(clippy::should_implement_trait)] // pyroute2's verb name
    pub fn add(self, dev: impl Into<Dev>) -> QdiscBuilder<S> {
        self.request(TcOp::Add, dev.into())
    }
    /// `tc qdisc replace dev DEV ...`: add, or replace the qdisc there.
    pub fn replace(self, dev: impl Into<Dev>) -> QdiscBuilder<S> {
        self.request(TcOp::Replace, dev.into())
    }
    /// `tc qdisc change dev DEV ...`: new options for the existing qdisc
    /// (same kind, same handle).
    pub fn change(self, dev: impl Into<Dev>) -> QdiscBuilder<S> {
        self.request(TcOp::Change, dev.into())
    }
    /// `tc qdisc del dev DEV ...`.
    pub fn del(self, dev: impl Into<Dev>) -> QdiscBuilder<S> {
        self.request(TcOp::Delete, dev.into())
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
        let ipr = self.ipr;
        let keep = ifindex.map_or(Keep::All, Keep::TcOfLink);
        S::finish(async move { ipr.dump(&QdiscDump::default(), keep).await })
    }
}

impl<S> QdiscBuilder<S> {
    /// `handle MAJOR:` (the minor must be 0).
    pub fn handle(mut self, handle: impl Into<Handle>) -> Self {
        self.handle = handle.into();
        self
    }
    /// `parent CLASSID`; `root` ([`Handle::ROOT`]) by default.
    pub fn parent(mut self, parent: impl Into<Handle>) -> Self {
        self.parent = parent.into();
        self
    }
    fn core(mut self, kind: QdiscKind<'static>) -> Self {
        self.kind = KindSpec::Core(kind);
        self
    }
    /// `htb [default CLASS] [r2q N]`.
    pub fn htb(self, options: HtbQdisc) -> Self {
        self.core(QdiscKind::Htb(options))
    }
    /// `tbf rate R burst B limit L [peakrate P mtu M]`.
    pub fn tbf(self, options: TbfQdisc) -> Self {
        self.core(QdiscKind::Tbf(options))
    }
    /// `pfifo [limit PACKETS]`.
    pub fn pfifo(self, limit: Option<u32>) -> Self {
        self.core(QdiscKind::Pfifo { limit })
    }
    /// `bfifo [limit BYTES]`.
    pub fn bfifo(self, limit: Option<u32>) -> Self {
        self.core(QdiscKind::Bfifo { limit })
    }
    /// `pfifo_fast`.
    pub fn pfifo_fast(self) -> Self {
        self.core(QdiscKind::PfifoFast)
    }
    /// `mq`.
    pub fn mq(self) -> Self {
        self.core(QdiscKind::Mq)
    }
    /// `noqueue`.
    pub fn noqueue(self) -> Self {
        self.core(QdiscKind::Noqueue)
    }
    /// `ingress`: parent `ingress` (`ffff:fff1`), handle `ffff:`.
    pub fn ingress(mut self) -> Self {
        self.parent = Handle::INGRESS;
        self.handle = Handle::INGRESS_QDISC;
        self.core(QdiscKind::Ingress)
    }
    /// `clsact`: parent `clsact` (`ffff:fff1`), handle `ffff:`.
    pub fn clsact(mut self) -> Self {
        self.parent = Handle::CLSACT;
        self.handle = Handle::INGRESS_QDISC;
        self.core(QdiscKind::Clsact)
    }
    /// Any other kind by name, such as `"fq_codel"`, with the raw
    /// `TCA_OPTIONS` payload the kind expects (`None`: its defaults).
    pub fn kind(mut self, kind: &str, options: Option<&[u8]>) -> Self {
        self.kind = KindSpec::Other { kind: kind.to_owned(), options: options.map(<[u8]>::to_vec) };
        self
    }
}

impl KindSpec {
    /// The core request for this kind, on the device of index `ifindex`.
    fn request(&self, op: TcOp, ifindex: u32, handle: Handle, parent: Handle) -> Result<QdiscRequest<'_>> {
        let ifindex = i32::try_from(ifindex).map_err(|_| {
            Error::Invalid(nlwire::Error::InvalidValue { what: "interface index above i32::MAX" })
        })?;
        let kind = match self {
            KindSpec::Core(kind) => *kind,
            KindSpec::Other { kind, options } => QdiscKind::Other { kind, options: options.as_deref() },
        };
        Ok(QdiscRequest { op, ifindex, handle, parent, kind })
    }
}

impl<S> QdiscBuilder<S> {
    /// The request this builder sends, for batches; the device must be
    /// given by index here.
    pub fn request(&self) -> Result<QdiscRequest<'_>> {
        self.kind.request(self.op, given_index(&self.dev)?, self.handle, self.parent)
    }
}

impl<S: Session> QdiscBuilder<S> {
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`].
    pub fn send(mut self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move {
            let ifindex = ifindex(&mut self.ipr, &self.dev).await?;
            let request = self.kind.request(self.op, ifindex, self.handle, self.parent)?;
            self.ipr.request(&request).await.map(drop)
        })
    }
}
