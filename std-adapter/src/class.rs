//! `ipr.class()`: pyroute2's `ipr.tc(...)` class verbs as builders.

use nlwire::tc::request::HtbClass;
use nlwire::tc::{ClassDump, ClassKind, ClassRequest, Handle, TcOp};

use std::future::Future;

use crate::builder::{setters, verbs};
use crate::dev::Dev;
use crate::error::Result;
use crate::handles::ClassHandle;
use crate::session::{Keep, Session};
use crate::tc::{given_tc_index, tc_index, Kind};

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
        #[allow(clippy::should_implement_trait)] // pyroute2's verb name
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
            let ifindex = tc_index(&mut ipr, &dev).await?;
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
    /// The request this builder sends, for batches; the device must be
    /// given by index here.
    pub fn request(&self) -> Result<ClassRequest<'_>> {
        Ok(self.kind.on(self.request, given_tc_index(&self.dev)?))
    }
}

impl Kind<ClassKind<'static>> {
    /// `request` with this kind, on the device of index `ifindex`.
    fn on(&self, request: ClassRequest<'static>, ifindex: i32) -> ClassRequest<'_> {
        let kind = match self {
            Kind::Core(kind) => *kind,
            Kind::Named(kind, options) => ClassKind::Other { kind, options: options.as_deref() },
        };
        ClassRequest { ifindex, kind, ..request }
    }
}

impl<S: Session> ClassBuilder<S> {
    /// Sends the request and waits for the kernel's ACK. A device that does
    /// not exist is [`Error::NotFound`](crate::Error::NotFound); an add without a kind, or an htb
    /// rate of 0, is [`Error::Invalid`](crate::Error::Invalid) and nothing is sent.
    pub fn send(self) -> S::Output<impl Future<Output = Result<()>>> {
        let ClassBuilder { mut ipr, dev, request, kind } = self;
        S::finish(async move {
            let ifindex = tc_index(&mut ipr, &dev).await?;
            ipr.request(&kind.on(request, ifindex)).await.map(drop)
        })
    }
}
