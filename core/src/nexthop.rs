//! The nexthop family (in progress).

use crate::spec::{MessageSpec, Space, StructSpec};

/// Family header spec.
pub static HEADER: StructSpec = StructSpec { name: "nhmsg", size: 8, fields: &[] };
/// Top-level attributes.
pub static ATTRS: Space = Space { name: "nexthop", attrs: &[] };
/// Spec of nexthop messages.
pub static MESSAGE: MessageSpec = MessageSpec { family: "nexthop", header: &HEADER, space: &ATTRS };
