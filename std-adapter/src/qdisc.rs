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
use crate::tc::{given_tc_index, tc_index, NamedKind};

/// The kind being built: a core one, or another by name.
#[derive(Debug)]
enum KindSpec {
    Core(QdiscKind<'static>),
    Other(NamedKind),
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
        handle(handle: impl Into<Handle>) => handle = handle.into();
        /// `parent CLASSID`; `root` ([`Handle::ROOT`]) by default.
        parent(parent: impl Into<Handle>) => parent = parent.into();
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
    setters! {
        /// Any other kind by name, such as `"fq_codel"`, with the raw
        /// `TCA_OPTIONS` payload the kind expects (`None`: its defaults).
        kind(kind: &str, options: Option<&[u8]>) => kind = KindSpec::Other(NamedKind::new(kind, options));
    }
}

impl KindSpec {
    /// The core request for this kind, on the device of index `ifindex`.
    fn request(&self, op: TcOp, ifindex: i32, handle: Handle, parent: Handle) -> QdiscRequest<'_> {
        let kind = match self {
            KindSpec::Core(kind) => *kind,
            KindSpec::Other(named) => {
                QdiscKind::Other { kind: &named.kind, options: named.options.as_deref() }
            }
        };
        QdiscRequest { op, ifindex, handle, parent, kind }
    }
}

impl<S> QdiscBuilder<S> {
    /// The request this builder sends, for batches; the device must be
    /// given by index here.
    pub fn request(&self) -> Result<QdiscRequest<'_>> {
        Ok(self.kind.request(self.op, given_tc_index(&self.dev)?, self.handle, self.parent))
    }
}

impl<S: Session> QdiscBuilder<S> {
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`](crate::Error::NotFound).
    pub fn send(mut self) -> S::Output<impl Future<Output = Result<()>>> {
        S::finish(async move {
            let ifindex = tc_index(&mut self.ipr, &self.dev).await?;
            let request = self.kind.request(self.op, ifindex, self.handle, self.parent);
            self.ipr.request(&request).await.map(drop)
        })
    }
}
