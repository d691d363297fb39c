//! What a link builder sends: [`LinkRequest`], an `RTM_NEWLINK` with every
//! setting and kind option fixed and every device given by index, made
//! from the builder's settings (devices still by name) and kind.

use nlwire::build::{Header, MessageWriter, Request};
use nlwire::link::{self, IfName, Kind, LinkRef, LinkSettings, NetnsTarget};

use crate::dev::{ifname, Dev};
use crate::error::{Error, Result};
use crate::kind_data::KindData;

/// A builder's settings; those that name other links are resolved to
/// indexes when the request is made.
#[derive(Debug, Default, Clone)]
pub(crate) struct Pending {
    pub mtu: Option<u32>,
    pub up: Option<bool>,
    pub address: Option<Vec<u8>>,
    pub master: Option<Option<Dev>>,
    pub alias: Option<String>,
    pub txqlen: Option<u32>,
    pub link: Option<Dev>,
    pub netns: Option<NetnsTarget>,
    pub rename: Option<String>,
}

/// The kind a builder names, with its options.
#[derive(Debug, Clone)]
pub(crate) struct KindSpec {
    /// `IFLA_INFO_KIND`.
    pub name: String,
    /// A veth's peer name (`type veth peer name PEER`).
    pub peer: Option<String>,
    /// `IFLA_INFO_DATA`.
    pub data: Option<Payload>,
}

/// A kind's options: by name through the spec, or raw.
#[derive(Debug, Clone)]
pub(crate) enum Payload {
    Data(KindData),
    Raw(Vec<u8>),
}

impl KindSpec {
    pub fn named(name: &str) -> Self {
        KindSpec { name: name.to_owned(), peer: None, data: None }
    }
}

/// Which link a request is about.
#[derive(Debug, Clone)]
pub(crate) enum Target {
    /// A new link of this name (`ip link add`).
    New(String),
    /// The link changed (`ip link set`).
    Existing(LinkRef),
}

/// The request a link builder sends ([`LinkAdd::request`](crate::LinkAdd::request),
/// [`LinkSet::request`](crate::LinkSet::request)), to send with others in a
/// batch: `RTM_NEWLINK` as ip sends it, every device by index.
#[derive(Debug, Clone)]
pub struct LinkRequest {
    new: Option<IfName>,
    target: Option<LinkRef>,
    rename: Option<IfName>,
    pending: Pending,
    master: Option<u32>,
    link: Option<u32>,
    kind: Option<ReadyKind>,
}

/// A kind with its options as the bytes of `IFLA_INFO_DATA`.
#[derive(Debug, Clone)]
struct ReadyKind {
    name: String,
    peer: Option<IfName>,
    data: Option<Vec<u8>>,
}

/// The core's request for a [`LinkRequest`].
enum Core<'a> {
    Add(link::Add<'a>),
    Set(link::Set<'a>),
}

impl LinkRequest {
    /// The request for `target`, with `kind` and `pending`, every device
    /// given as the index `index` finds; also the kind's options as values,
    /// for `ensure()` to compare.
    pub(crate) fn new(
        target: &Target,
        kind: Option<&KindSpec>,
        pending: &Pending,
        index: &mut dyn FnMut(&Dev) -> Result<u32>,
    ) -> Result<(LinkRequest, Option<KindData>)> {
        let (new, target) = match target {
            Target::New(name) => (Some(ifname(name)?), None),
            Target::Existing(link) => (None, Some(link.clone())),
        };
        if new.is_some() && kind.is_none() {
            return Err(Error::Invalid(nlwire::Error::InvalidValue { what: "link add needs a kind" }));
        }
        let master = match &pending.master {
            Some(Some(dev)) => Some(index(dev)?),
            Some(None) => Some(0),
            None => None,
        };
        let link = pending.link.as_ref().map(&mut *index).transpose()?;
        let (kind, data) = match kind {
            Some(kind) => {
                let (ready, data) = ReadyKind::new(kind, index)?;
                (Some(ready), data)
            }
            None => (None, None),
        };
        let rename = pending.rename.as_deref().map(ifname).transpose()?;
        let pending = pending.clone();
        Ok((LinkRequest { new, target, rename, pending, master, link, kind }, data))
    }

    /// The name of the link added.
    pub(crate) fn new_name(&self) -> Option<&IfName> {
        self.new.as_ref()
    }

    fn core(&self) -> Core<'_> {
        let p = &self.pending;
        let settings = LinkSettings {
            name: self.rename.clone(),
            mtu: p.mtu,
            up: p.up,
            address: p.address.as_deref(),
            master: self.master,
            alias: p.alias.as_deref(),
            txqlen: p.txqlen,
            link: self.link,
            netns: p.netns,
            group: None,
        };
        let kind = self.kind.as_ref().map(ReadyKind::core);
        match (&self.new, &self.target, kind) {
            (Some(name), _, Some(kind)) => Core::Add(link::Add { name: name.clone(), kind, settings }),
            (_, target, kind) => {
                let target = target.clone().unwrap_or(LinkRef::Index(0));
                Core::Set(link::Set { target, settings, kind })
            }
        }
    }

    /// The core's add request (a new link's), for `ensure()`.
    pub(crate) fn with_add<T>(&self, f: impl FnOnce(&link::Add<'_>) -> T) -> Option<T> {
        match self.core() {
            Core::Add(add) => Some(f(&add)),
            Core::Set(_) => None,
        }
    }
}

impl ReadyKind {
    fn new(kind: &KindSpec, index: &mut dyn FnMut(&Dev) -> Result<u32>) -> Result<(Self, Option<KindData>)> {
        if kind.name.is_empty() {
            let what = "options without a kind: name it with .kind(..) or use KindData::for_kind";
            return Err(Error::Invalid(nlwire::Error::InvalidValue { what }));
        }
        let (data, bytes) = match &kind.data {
            None => (None, None),
            Some(Payload::Raw(raw)) => (Some(KindData::from_raw(raw)?), Some(raw.clone())),
            Some(Payload::Data(data)) => {
                data.check()?;
                let data = data.resolve(&mut |dev| index(&Dev::Name(dev.name.to_owned())))?;
                let bytes = data.to_bytes()?;
                (Some(data), Some(bytes))
            }
        };
        let peer = kind.peer.as_deref().map(ifname).transpose()?;
        Ok((ReadyKind { name: kind.name.clone(), peer, data: bytes }, data))
    }

    fn core(&self) -> Kind<'_> {
        match (self.name.as_str(), &self.data) {
            ("veth", None) => Kind::Veth { peer: self.peer.clone() },
            (kind, data) => Kind::Other { kind, data: data.as_deref() },
        }
    }
}

/// Every device `kind` and `pending` name, by name or index (each is
/// looked up before the request is made).
pub(crate) fn devices(kind: Option<&KindSpec>, pending: &Pending) -> Vec<Dev> {
    let mut devs: Vec<Dev> = pending.master.iter().flatten().chain(&pending.link).cloned().collect();
    if let Some(Payload::Data(data)) = kind.and_then(|k| k.data.as_ref()) {
        let _ = data.resolve(&mut |dev| {
            devs.push(Dev::Name(dev.name.to_owned()));
            Ok::<u32, Error>(0)
        });
    }
    devs
}

impl Request for LinkRequest {
    fn header(&self, seq: u32) -> Header {
        match self.core() {
            Core::Add(add) => add.header(seq),
            Core::Set(set) => set.header(seq),
        }
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        match self.core() {
            Core::Add(add) => add.emit(m),
            Core::Set(set) => set.emit(m),
        }
    }
}
