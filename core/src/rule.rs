//! The rule family (in progress).

use crate::spec::{MessageSpec, Space, StructSpec};

/// Family header spec.
pub static HEADER: StructSpec = StructSpec { name: "fib_rule_hdr", size: 12, fields: &[] };
/// Top-level attributes.
pub static ATTRS: Space = Space { name: "rule", attrs: &[] };
/// Spec of rule messages.
pub static MESSAGE: MessageSpec = MessageSpec { family: "rule", header: &HEADER, space: &ATTRS };
