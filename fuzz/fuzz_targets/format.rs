//! Formats a message as JSON and as text into a writer that keeps nothing:
//! every formatting path runs, without growing a `String` per input.

use core::fmt;
use core::hint::black_box;

use nlwire::fmt::{write_json_in, write_text_in};
use nlwire::registry::Protocol;
use nlwire::Message;

/// A `fmt::Write` that accepts everything and keeps nothing; `black_box`
/// keeps the compiler from dropping the work that produced each piece.
struct Discard;

impl fmt::Write for Discard {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        black_box(s);
        Ok(())
    }
}

/// Writes `msg` of `protocol` as JSON, then as text: the whole spec walk
/// of each (a refusal to format is the formatter's answer, not a failure).
pub fn json_and_text(protocol: Protocol, msg: &Message<'_>) {
    let _ = write_json_in(protocol, msg, &mut Discard);
    let _ = write_text_in(protocol, msg, &mut Discard);
}
