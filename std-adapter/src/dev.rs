//! [`Dev`]: a link given by name or index, as every verb takes one.

use nlwire::link::{IfName, LinkRef};

use crate::error::{Error, Result};

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

/// `name`, checked as the kernel checks interface names.
pub(crate) fn ifname(name: &str) -> Result<IfName> {
    IfName::new(name).map_err(Error::Invalid)
}

impl Dev {
    /// The core's reference to the link.
    pub(crate) fn link_ref(&self) -> Result<LinkRef> {
        Ok(match self {
            Dev::Index(i) => LinkRef::Index(*i),
            Dev::Name(n) => LinkRef::Name(ifname(n)?),
        })
    }
}
