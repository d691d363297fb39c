//! What a link builder sends: [`LinkRequest`], an `RTM_NEWLINK` with every
//! setting, kind option and port option fixed and every device given by
//! index, made from the builder's settings (devices still by name) and kind.

use nlwire::build::{Header, MessageWriter, Request};
use nlwire::link::{self, ifla, info, IfName, Kind, Link, LinkRef, LinkSettings};

use nlwire::tables::rt_link::LINKINFO_ATTRS;

use crate::dev::{ifname, Dev};
use crate::ensure::given;
use crate::error::{Error, Result};
use crate::kind_data::{attr_bytes, KindData};

/// A builder's kind and settings; those that name other links are
/// resolved to indexes when the request is made.
#[derive(Debug, Default, Clone)]
pub(crate) struct Pending {
    pub kind: Option<KindSpec>,
    /// The mtu, up/down, queue length and namespace; the settings below
    /// take their place when the request is made.
    pub settings: LinkSettings<'static>,
    pub address: Option<Vec<u8>>,
    pub master: Option<Option<Dev>>,
    pub alias: Option<String>,
    pub link: Option<Dev>,
    pub rename: Option<String>,
    /// Port options ([`KindData::for_port`]).
    pub port: Option<KindData>,
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
    pub fn named(name: &str, data: Option<Payload>) -> Self {
        KindSpec { name: name.to_owned(), peer: None, data }
    }
}

/// The index of a device, as the request's maker looks it up.
type Index<'a> = &'a mut dyn FnMut(&Dev) -> Result<u32>;

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
    /// The name of the link added.
    pub(crate) new: Option<IfName>,
    target: Option<LinkRef>,
    /// The settings, every device by index, but for the two it borrows:
    settings: LinkSettings<'static>,
    address: Option<Vec<u8>>,
    alias: Option<String>,
    kind: Option<ReadyKind>,
    /// Port options, their master's kind (`IFLA_INFO_SLAVE_KIND`) as their
    /// kind, every device resolved.
    port: Option<KindData>,
}

/// A kind with its options as values (for `ensure()` to compare) and as
/// the bytes of `IFLA_INFO_DATA`.
#[derive(Debug, Clone)]
struct ReadyKind {
    name: String,
    peer: Option<IfName>,
    options: Option<KindData>,
    data: Option<Vec<u8>>,
}

impl LinkRequest {
    /// The request for `target` with `pending`, every device given as the
    /// index `index` finds.
    pub(crate) fn new(target: &Target, pending: &Pending, index: Index) -> Result<LinkRequest> {
        let (new, target) = match target {
            Target::New(name) => (Some(ifname(name)?), None),
            Target::Existing(link) => (None, Some(link.clone())),
        };
        if new.is_some() && pending.kind.is_none() {
            return Err(Error::invalid("link add needs a kind"));
        }
        let master = match &pending.master {
            Some(Some(dev)) => Some(index(dev)?),
            Some(None) => Some(0),
            None => None,
        };
        let settings = LinkSettings {
            name: pending.rename.as_deref().map(ifname).transpose()?,
            master,
            link: pending.link.as_ref().map(&mut *index).transpose()?,
            ..pending.settings.clone()
        };
        let kind = pending.kind.as_ref().map(|kind| ReadyKind::new(kind, index)).transpose()?;
        let port = pending.port.as_ref().map(|port| ready(port, true, index)).transpose()?;
        if new.is_some() && port.is_some() && master.is_none() {
            return Err(Error::invalid("port options of a new link need its master: .master(..)"));
        }
        let (address, alias) = (pending.address.clone(), pending.alias.clone());
        Ok(LinkRequest { new, target, settings, address, alias, kind, port })
    }

    /// The port options as a request of their own, to send after this one,
    /// when the kernel would not take them with the rest: with a master
    /// given (the kernel applies port options before it, and a new link
    /// has none until it is made) or with kind options (one
    /// `IFLA_LINKINFO` per request).
    pub(crate) fn split_port(&mut self) -> Option<LinkRequest> {
        let apart = self.settings.master.is_some_and(|m| m != 0) || self.kind.is_some();
        if !apart {
            return None;
        }
        let port = self.port.take()?;
        let target = self.target.clone().or_else(|| self.new.clone().map(LinkRef::Name));
        Some(LinkRequest {
            new: None,
            target,
            settings: LinkSettings::default(),
            address: None,
            alias: None,
            kind: None,
            port: Some(port),
        })
    }

    /// This request alone, for a batch; one whose port options must go
    /// in a second request ([`split_port`](Self::split_port)) is refused.
    pub(crate) fn single(mut self) -> Result<LinkRequest> {
        if self.split_port().is_some() {
            return Err(Error::invalid(
                "port options of a new link, or with a new master or kind options, \
                 go in a request of their own: make it with link().set(index).bridge_port(..)",
            ));
        }
        Ok(self)
    }

    /// Whether the link `have` is a port of the master kind asked for,
    /// with every port option given here (none given: any link is).
    pub(crate) fn port_matches(&self, have: &Link<'_>) -> Result<bool> {
        let Some(port) = &self.port else { return Ok(true) };
        let Some(info) = have.linkinfo()? else { return Ok(false) };
        Ok(info.slave_kind()? == port.kind() && port.matches(&info.slave_data()?.unwrap_or_default())?)
    }

    /// Whether the link `have` (a GET reply) has the kind, the kind
    /// options and the settings asked for.
    pub(crate) fn same_link(&self, have: &Link<'_>) -> Result<bool> {
        let s = &self.settings;
        let info = have.linkinfo()?;
        let same_options = match (self.kind.as_ref().and_then(|k| k.options.as_ref()), &info) {
            (None, _) => true,
            (Some(data), Some(info)) => data.matches(&info.data()?.unwrap_or_default())?,
            (Some(data), None) => data.is_empty(),
        };
        let kind = info.as_ref().map(|i| i.kind()).transpose()?.flatten();
        Ok(kind == self.kind.as_ref().map(|k| k.name.as_str())
            && same_options
            && given(s.mtu, have.mtu()?)
            && given(self.address.as_deref(), have.address()?)
            && given(s.master, have.master()?)
            && given(self.alias.as_deref(), have.alias()?)
            && given(s.txqlen, have.txqlen()?)
            && given(s.link, lower(have)?)
            && given(s.up, Some(have.flags().contains(link::IfFlags::UP))))
    }

    /// The veth peer's name asked for, if any.
    pub(crate) fn peer(&self) -> Option<&IfName> {
        self.kind.as_ref().filter(|k| k.data.is_none())?.peer.as_ref()
    }

    fn core(&self) -> Box<dyn Request + '_> {
        let (address, alias) = (self.address.as_deref(), self.alias.as_deref());
        let settings = LinkSettings { address, alias, ..self.settings.clone() };
        let kind = self.kind.as_ref().map(ReadyKind::core);
        match (&self.new, &self.target, kind) {
            (Some(name), _, Some(kind)) => Box::new(link::Add { name: name.clone(), kind, settings }),
            (_, target, kind) => {
                let target = target.clone().unwrap_or(LinkRef::Index(0));
                Box::new(link::Set { target, settings, kind })
            }
        }
    }
}

/// The link's lower link (`IFLA_LINK`, signed: a negative one names no link here).
pub(crate) fn lower(have: &Link<'_>) -> Result<Option<u32>> {
    Ok(have.link()?.and_then(|i| u32::try_from(i).ok()))
}

impl ReadyKind {
    fn new(kind: &KindSpec, index: Index) -> Result<Self> {
        if kind.name.is_empty() {
            return Err(Error::invalid(
                "options without a kind: name it with .kind(..) or use KindData::for_kind",
            ));
        }
        let (data, bytes) = match &kind.data {
            None => (None, None),
            Some(Payload::Raw(raw)) => {
                let mut data = KindData::new(&LINKINFO_ATTRS);
                data.with_raw(raw)?;
                (Some(data), Some(raw.clone()))
            }
            Some(Payload::Data(data)) => {
                let data = ready(data, false, index)?;
                let bytes = attr_bytes(|m| data.emit(m))?;
                (Some(data), Some(bytes))
            }
        };
        let peer = kind.peer.as_deref().map(ifname).transpose()?;
        Ok(ReadyKind { name: kind.name.clone(), peer, options: data, data: bytes })
    }

    fn core(&self) -> Kind<'_> {
        match (self.name.as_str(), &self.data) {
            ("veth", None) => Kind::Veth { peer: self.peer.clone() },
            (kind, data) => Kind::Other { kind, data: data.as_deref() },
        }
    }
}

/// `data` checked (a typed builder's refusal; a kind's options given as a
/// port's, or the reverse), every device resolved by `index`.
fn ready(data: &KindData, port: bool, index: Index) -> Result<KindData> {
    data.check()?;
    let wrong = match (port, data.port_of()) {
        (true, None) => "these are no port options: make them with KindData::for_port",
        (false, Some(_)) => "port options given as a kind's: send them with .port_data(..)",
        _ => return data.resolve(&mut |dev| index(&Dev::Name(dev.name.to_owned()))),
    };
    Err(Error::invalid(wrong))
}

impl Request for LinkRequest {
    fn header(&self, seq: u32) -> Header {
        self.core().header(seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        self.core().emit(m)?;
        // Port options: IFLA_LINKINFO with IFLA_INFO_SLAVE_KIND and IFLA_INFO_SLAVE_DATA.
        let Some(port) = &self.port else { return Ok(()) };
        m.nest(ifla::LINKINFO, |m| {
            m.str(info::SLAVE_KIND, port.kind().unwrap_or_default())?;
            m.nest(info::SLAVE_DATA, |m| port.emit(m))
        })
    }
}
