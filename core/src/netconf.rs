//! The netconf family (in progress).

use crate::spec::{MessageSpec, Space, StructSpec};

/// Family header spec.
pub static HEADER: StructSpec = StructSpec { name: "netconfmsg", size: 1, fields: &[] };
/// Top-level attributes.
pub static ATTRS: Space = Space { name: "netconf", attrs: &[] };
/// Spec of netconf messages.
pub static MESSAGE: MessageSpec = MessageSpec { family: "netconf", header: &HEADER, space: &ATTRS };
