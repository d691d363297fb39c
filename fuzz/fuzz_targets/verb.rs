//! The verbs of the entry requests (`ip address|neigh add|append|replace|change|del`),
//! chosen by the fuzzer and told apart again in what was sent.

use arbitrary::Arbitrary;
use nlwire::{Message, MsgFlags};

/// The verbs of the entry requests (`ip address|neigh add|append|replace|change|del`).
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Verb {
    Add,
    Append,
    Replace,
    Change,
    Del,
}

/// The verb a message was sent with: `delete` is its family's delete type,
/// the others are told apart by the flags `ip` sends.
pub fn verb_of(msg: &Message<'_>, delete: u16) -> Verb {
    let flags = msg.flags();
    match msg.kind() {
        kind if kind == delete => Verb::Del,
        _ if flags.contains(MsgFlags::EXCL) => Verb::Add,
        _ if flags.contains(MsgFlags::APPEND) => Verb::Append,
        _ if flags.contains(MsgFlags::CREATE) => Verb::Replace,
        _ => Verb::Change,
    }
}
