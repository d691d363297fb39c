//! What the traffic-control builders ([`qdisc`](crate::QdiscHandle),
//! [`class`](crate::ClassHandle), [`filter`](crate::FilterHandle)) share: a
//! kind given by name, and the device as the `tcmsg` header holds it.

use crate::dev::{given_index, ifindex, Dev};
use crate::error::{Error, Result};
use crate::session::Session;

/// The kind a builder sends: one the core knows (`K`, with its options),
/// or another by name with its raw `TCA_OPTIONS` payload, owned until it
/// is sent.
#[derive(Debug)]
pub(crate) enum Kind<K> {
    Core(K),
    Named(String, Option<Vec<u8>>),
}

impl<K> Kind<K> {
    /// The kind `kind` by name, with `options`.
    pub(crate) fn named(kind: &str, options: Option<&[u8]>) -> Self {
        Kind::Named(kind.to_owned(), options.map(<[u8]>::to_vec))
    }
}

/// An interface index as the `tcmsg` header holds it (signed).
fn tc_ifindex(ifindex: u32) -> Result<i32> {
    i32::try_from(ifindex).map_err(|_| Error::invalid("interface index above i32::MAX"))
}

/// The `tcmsg` index of `dev`, looked up on `ipr` (and checked to exist).
pub(crate) async fn tc_index<S: Session>(ipr: &mut S, dev: &Dev) -> Result<i32> {
    tc_ifindex(ifindex(ipr, dev).await?)
}

/// The `tcmsg` index of `dev` without a session: it must be given by index.
pub(crate) fn given_tc_index(dev: &Dev) -> Result<i32> {
    tc_ifindex(given_index(dev)?)
}
