//! The messages of one received datagram, handed out in turn: the walk
//! every reader of a netlink socket does, blocking (a [`Monitor`], a
//! request's answers) or async (nlwire-std's), which differ only in how
//! they wait for the next datagram.
//!
//! [`Monitor`]: crate::monitor::Monitor

use core::ops::Range;

use nlwire::{Message, Messages};

/// Where a reader is in the last datagram it received: the messages of
/// `buf[..len]` not handed out yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DatagramCursor {
    len: usize,
    pos: usize,
}

impl DatagramCursor {
    /// A datagram of `len` bytes was received at the start of the buffer.
    pub fn filled(&mut self, len: usize) {
        *self = DatagramCursor { len, pos: 0 };
    }

    /// Forgets what is left of the datagram.
    pub fn clear(&mut self) {
        *self = DatagramCursor::default();
    }

    /// The next message in `buf`, read once, with its place there (to read
    /// it again once `buf` is borrowed no more), or `None` when the
    /// datagram is used up (receive the next one). A malformed message
    /// ends the datagram with its error (the core's: small, as this runs
    /// once per message).
    pub fn next_message<'b>(&mut self, buf: &'b [u8]) -> Option<nlwire::Result<(Range<usize>, Message<'b>)>> {
        while self.pos < self.len {
            let window = buf.get(self.pos..self.len).unwrap_or(&[]);
            match Messages::new(window).next() {
                Some(Ok(msg)) => {
                    let start = self.pos;
                    let len = msg.bytes().len();
                    self.pos = (start + nlwire::wire::align(len)).min(self.len);
                    return Some(Ok((start..start + len, msg)));
                }
                Some(Err(e)) => {
                    self.pos = self.len;
                    return Some(Err(e));
                }
                None => self.pos = self.len,
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A netlink header (`struct nlmsghdr`, host byte order) of `len` bytes
    /// and type `kind`, followed by `len - 16` bytes of payload and padding
    /// to 4 bytes.
    fn message(len: u32, kind: u16) -> std::vec::Vec<u8> {
        let mut bytes = std::vec::Vec::new();
        bytes.extend_from_slice(&len.to_ne_bytes());
        bytes.extend_from_slice(&kind.to_ne_bytes());
        bytes.extend_from_slice(&[0; 10]);
        bytes.resize(len.next_multiple_of(4) as usize, 0xaa);
        bytes
    }

    fn walk(cursor: &mut DatagramCursor, buf: &[u8]) -> std::vec::Vec<nlwire::Result<Range<usize>>> {
        core::iter::from_fn(|| cursor.next_message(buf).map(|found| found.map(|(range, _)| range)))
            .take(10)
            .collect()
    }

    #[test]
    fn the_cursor_hands_out_each_message_of_the_datagram_in_turn() {
        // 21 bytes (padded to 24), 24, 16: at 0, 24 and 48.
        let datagram = [message(21, 100), message(24, 101), message(16, 102)].concat();
        let mut buf = [0u8; 128];
        buf[..datagram.len()].copy_from_slice(&datagram);
        let mut cursor = DatagramCursor::default();
        assert_eq!(walk(&mut cursor, &buf), [], "nothing received yet");
        cursor.filled(datagram.len());
        assert_eq!(walk(&mut cursor, &buf), [Ok(0..21), Ok(24..48), Ok(48..64)]);
        assert_eq!(walk(&mut cursor, &buf), [], "used up");
        cursor.filled(datagram.len());
        assert_eq!(walk(&mut cursor, &buf)[0], Ok(0..21), "a new datagram starts at 0");
        cursor.clear();
        assert_eq!(walk(&mut cursor, &buf), [], "cleared");
        // The last message's padding may be missing.
        cursor.filled(datagram.len() - 40 - 3);
        assert_eq!(walk(&mut cursor, &buf), [Ok(0..21)]);
    }

    #[test]
    fn a_malformed_message_ends_its_datagram_with_the_error() {
        // The second message claims more bytes than the datagram holds.
        let datagram = [message(16, 100), message(16, 101)].concat();
        let mut buf = datagram.clone();
        buf[16..20].copy_from_slice(&64u32.to_ne_bytes());
        let mut cursor = DatagramCursor::default();
        cursor.filled(datagram.len());
        let got = walk(&mut cursor, &buf);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0], Ok(0..16));
        assert!(matches!(got[1], Err(nlwire::Error::Truncated { needed: 64, available: 16, .. })), "{got:?}");
    }
}
