//! The nsid family (in progress).

use crate::spec::{MessageSpec, Space, StructSpec};

/// Family header spec.
pub static HEADER: StructSpec = StructSpec { name: "rtgenmsg", size: 1, fields: &[] };
/// Top-level attributes.
pub static ATTRS: Space = Space { name: "nsid", attrs: &[] };
/// Spec of nsid messages.
pub static MESSAGE: MessageSpec = MessageSpec { family: "nsid", header: &HEADER, space: &ATTRS };
