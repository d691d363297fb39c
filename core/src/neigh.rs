//! The neigh family (in progress).

use crate::spec::{MessageSpec, Space, StructSpec};

/// Family header spec.
pub static HEADER: StructSpec = StructSpec { name: "ndmsg", size: 12, fields: &[] };
/// Top-level attributes.
pub static ATTRS: Space = Space { name: "neigh", attrs: &[] };
/// Spec of neigh messages.
pub static MESSAGE: MessageSpec = MessageSpec { family: "neigh", header: &HEADER, space: &ATTRS };
