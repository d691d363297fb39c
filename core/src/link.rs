//! The link family (in progress).

use crate::spec::{MessageSpec, Space, StructSpec};

/// Family header spec.
pub static HEADER: StructSpec = StructSpec { name: "ifinfomsg", size: 16, fields: &[] };
/// Top-level attributes.
pub static ATTRS: Space = Space { name: "link", attrs: &[] };
/// Spec of link messages.
pub static MESSAGE: MessageSpec = MessageSpec { family: "link", header: &HEADER, space: &ATTRS };
