//! The tc family (in progress).

use crate::spec::{MessageSpec, Space, StructSpec};

/// Family header spec.
pub static HEADER: StructSpec = StructSpec { name: "tcmsg", size: 20, fields: &[] };
/// Top-level attributes.
pub static ATTRS: Space = Space { name: "tc", attrs: &[] };
/// Spec of tc messages.
pub static MESSAGE: MessageSpec = MessageSpec { family: "tc", header: &HEADER, space: &ATTRS };
