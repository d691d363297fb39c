//! `ipr.filter()`: pyroute2's `ipr.tc(...)` filter verbs as builders.

use nlwire::tc::request::{U32Filter, U32Match};
use nlwire::tc::{FilterDump, FilterKind, FilterRequest, Handle, TcOp};

use std::future::Future;

use crate::builder::{setters, verbs};
use crate::dev::Dev;
use crate::error::{Error, Result};
use crate::handles::FilterHandle;
use crate::session::{Keep, Session};
use crate::tc::{given_tc_index, tc_index, Kind};

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
        #[allow(clippy::should_implement_trait)] // pyroute2's verb name
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
            let ifindex = tc_index(&mut ipr, &dev).await?;
            ipr.dump(&FilterDump { ifindex, parent, chain: None }, Keep::All).await
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
    /// The request this builder sends, for batches; the device must be
    /// given by index here.
    pub fn request(&self) -> Result<FilterRequest<'_>> {
        self.on(given_tc_index(&self.dev)?)
    }
    /// The request, on the device of index `ifindex`.
    fn on(&self, ifindex: i32) -> Result<FilterRequest<'_>> {
        let kind = match &self.kind {
            Some(Kind::Core(matches)) => FilterKind::U32(U32Filter { classid: self.flowid, matches }),
            _ if self.flowid.is_some() => return Err(Error::invalid("flowid without a u32 filter")),
            None => FilterKind::Unspecified,
            Some(Kind::Named(kind, options)) => FilterKind::Other { kind, options: options.as_deref() },
        };
        Ok(FilterRequest { ifindex, kind, ..self.request })
    }
}

impl<S: Session> FilterBuilder<S> {
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`]; an add without a protocol or kind,
    /// or a `flowid` without `u32`, is [`Error::Invalid`] and nothing is sent.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        let FilterBuilder { mut ipr, dev, request, kind, flowid } = self;
        let filter = FilterBuilder { ipr: (), dev, request, kind, flowid };
        S::finish(async move {
            filter.on(0)?; // refused before the device is looked up
            let ifindex = tc_index(&mut ipr, &filter.dev).await?;
            ipr.request(&filter.on(ifindex)?).await.map(drop)
        })
    }
}
