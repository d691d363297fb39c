//! Event monitoring: multicast notifications received into one reused
//! buffer, with lost events reported as a value.
//!
//! ```no_run
//! use nlwire_rustix::monitor::{Monitor, MonitorEvent};
//! use nlwire_rustix::{rtnlgrp, Protocol, Socket};
//!
//! let sock = Socket::open(Protocol::Route)?;
//! sock.add_membership(rtnlgrp::LINK)?;
//! let mut buf = [0u8; 16 * 1024];
//! let mut monitor = Monitor::new(&sock, &mut buf);
//! loop {
//!     match monitor.next()? {
//!         MonitorEvent::Message(msg) => println!("event type {}", msg.kind()),
//!         MonitorEvent::Overrun => println!("events were lost: dump again to resync"),
//!     }
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// `RequestError` carries the kernel's text inline (no allocation is
// allowed here, so it cannot be boxed); it is moved on error paths only.
#![allow(clippy::result_large_err)]

use core::borrow::Borrow;
use core::ops::Range;

use nlwire::{Message, Messages};

use crate::request::RequestResult;
use crate::{Error, Socket};

/// One thing a monitor saw.
#[derive(Debug, Clone, Copy)]
pub enum MonitorEvent<'a> {
    /// A notification, borrowed from the monitor's buffer.
    Message(Message<'a>),
    /// The socket's receive buffer overflowed (`ENOBUFS`) and the kernel
    /// dropped events. The events queued before the loss are discarded with
    /// it ([`Socket::discard_queued`]), so dump again to resynchronise and
    /// apply the events that follow: the monitor keeps working.
    Overrun,
}

/// Receives notifications on a socket subscribed to multicast groups,
/// refilling one buffer; allocates nothing.
///
/// The socket and the buffer may be borrowed (`Monitor<&Socket, &mut [u8]>`)
/// or owned (`Monitor<Socket, Vec<u8>>`).
pub struct Monitor<S, B> {
    sock: S,
    buf: B,
    cursor: DatagramCursor,
}

/// Where a monitor is in the last datagram it received: the messages of
/// `buf[..len]` not handed out yet. The one walk of every monitor, blocking
/// (here) or async (nlwire-std's), which only differ in how they wait.
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

    /// The bytes of the next message in `buf`, or `None` when the datagram
    /// is used up (receive the next one). A malformed message ends the
    /// datagram with its error (the core's: small, as this runs once per
    /// message).
    pub fn next_message(&mut self, buf: &[u8]) -> Option<nlwire::Result<Range<usize>>> {
        while self.pos < self.len {
            let window = buf.get(self.pos..self.len).unwrap_or(&[]);
            match Messages::new(window).next() {
                Some(Ok(msg)) => {
                    let start = self.pos;
                    let len = msg.bytes().len();
                    self.pos = (start + nlwire::wire::align(len)).min(self.len);
                    return Some(Ok(start..start + len));
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

impl<S: Borrow<Socket>, B: AsMut<[u8]> + AsRef<[u8]>> Monitor<S, B> {
    /// A monitor over `sock` (already subscribed with
    /// [`Socket::add_membership`]) receiving into `buf`. A buffer of 16 KiB
    /// or more holds any notification datagram of rtnetlink.
    pub fn new(sock: S, buf: B) -> Self {
        Monitor { sock, buf, cursor: DatagramCursor::default() }
    }

    /// The socket.
    pub fn socket(&self) -> &Socket {
        self.sock.borrow()
    }

    /// Waits for the next event. On a non-blocking socket with nothing
    /// queued this returns `Err(RequestError::Socket(Error::WouldBlock))`.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> RequestResult<MonitorEvent<'_>> {
        loop {
            if let Some(found) = self.cursor.next_message(self.buf.as_ref()) {
                let bytes = self.buf.as_ref().get(found?).unwrap_or(&[]);
                return Ok(MonitorEvent::Message(Message::parse(bytes)?));
            }
            match self.sock.borrow().recv(self.buf.as_mut()) {
                Ok(got) => self.cursor.filled(got.len),
                Err(Error::Overrun) => {
                    self.cursor.clear();
                    self.sock.borrow().discard_queued(self.buf.as_mut())?;
                    return Ok(MonitorEvent::Overrun);
                }
                Err(Error::NotFromKernel { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
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
        core::iter::from_fn(|| cursor.next_message(buf)).take(10).collect()
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
        assert_eq!(cursor.next_message(&buf), Some(Ok(0..21)), "a new datagram starts at 0");
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
        assert!(matches!(got[1], Err(_)), "{got:?}");
    }
}
