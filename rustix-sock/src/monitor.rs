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
use nlwire::Message;

use crate::datagram::DatagramCursor;
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
                // Read again from its place: returning the borrow found in a
                // loop that also receives is beyond today's borrow checker.
                let bytes = self.buf.as_ref().get(found?.0).unwrap_or(&[]);
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
