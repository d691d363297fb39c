//! [`Dev`]: a link given by name or index, as every verb takes one.

use nlwire::link::{self, IfName, Link, LinkRef};

use crate::builder::from_impls;
use crate::error::{Error, Result};
use crate::owned::OwnedMessage;
use crate::session::Session;

/// A link given by name or index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dev {
    /// By index.
    Index(u32),
    /// By name.
    Name(String),
}

from_impls! { Dev:
    u32 => |i| Dev::Index(i);
    &str => |name| Dev::Name(name.to_owned());
    String => |name| Dev::Name(name);
}

/// `name`, checked as the kernel checks interface names.
pub(crate) fn ifname(name: &str) -> Result<IfName> {
    IfName::new(name).map_err(Error::Invalid)
}

impl Dev {
    /// The core's reference to the link: a name too long for a link's
    /// name is looked for among the alternative names, as iproute2 does.
    pub(crate) fn link_ref(&self) -> Result<LinkRef> {
        Ok(match self {
            Dev::Index(i) => LinkRef::Index(*i),
            Dev::Name(n) => LinkRef::named(n).map_err(Error::Invalid)?,
        })
    }
}

/// The link `dev` (a GET reply); "no such device" is [`Error::NotFound`].
pub(crate) async fn get_link<S: Session>(ipr: &mut S, dev: &Dev) -> Result<OwnedMessage> {
    ipr.get(&link::Get(dev.link_ref()?)).await.map_err(|e| match e.errno_name() {
        Some("ENODEV") => Error::NotFound(format!("interface {dev:?}")),
        _ => e,
    })
}

/// The index of the link `dev` (an index is checked to exist); "no such
/// device" is [`Error::NotFound`].
pub(crate) async fn ifindex<S: Session>(ipr: &mut S, dev: &Dev) -> Result<u32> {
    let msg = get_link(ipr, dev).await?;
    let link = Link::parse(&msg.message()).map_err(Error::Malformed)?;
    u32::try_from(link.ifindex())
        .map_err(|_| Error::Malformed(nlwire::Error::InvalidValue { what: "negative ifindex" }))
}

/// The index of `dev` without a session: a name is refused (it is resolved
/// when a builder sends its request).
pub(crate) fn given_index(dev: &Dev) -> Result<u32> {
    let Dev::Index(i) = dev else {
        return Err(Error::invalid("a device by name is resolved when the request is sent; give its index"));
    };
    Ok(*i)
}

/// The index of `dev`, if one is given.
pub(crate) async fn ifindex_opt<S: Session>(ipr: &mut S, dev: Option<&Dev>) -> Result<Option<u32>> {
    match dev {
        Some(dev) => ifindex(ipr, dev).await.map(Some),
        None => Ok(None),
    }
}
