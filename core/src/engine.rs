//! The sans-IO protocol engine: which received messages answer which
//! request, and when an exchange is over.
//!
//! An [`Exchange`] tracks one request, one dump, or one batch of requests
//! sent together. The socket layer feeds it every message it receives and
//! acts on the [`Event`] it returns; no I/O happens here, so recorded
//! replies drive it in tests exactly as the kernel does.
//!
//! ```
//! use nlwire::ack::NlMsgErr;
//! use nlwire::build::{Builder, Header};
//! use nlwire::engine::{Event, Exchange};
//! use nlwire::{msg_type, Messages, MsgFlags};
//! // The kernel's answer to request 7: EOPNOTSUPP.
//! let mut buf = [0u8; 64];
//! let mut b = Builder::new(&mut buf);
//! let error = NlMsgErr { error: (-95i32).into(), msg: Default::default() };
//! b.message(Header::new(msg_type::ERROR, MsgFlags::CAPPED, 7), |m| m.family_header(&error))?;
//! let msg = Messages::new(b.as_bytes()).next().unwrap()?;
//! let mut ex = Exchange::request(msg.port(), msg.seq());
//! match ex.feed(&msg, false)? {
//!     Event::Failed { index, error } => {
//!         assert_eq!(index, 0);
//!         assert_eq!(error.errno(), 95);
//!     }
//!     other => panic!("{other:?}"),
//! }
//! assert!(ex.is_finished());
//! # Ok::<(), nlwire::Error>(())
//! ```

use crate::ack::{Done, ErrorMessage};
use crate::error::Result;
use crate::message::{msg_type, Message, MsgFlags};

/// What kind of exchange is tracked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// One request sent with NLM_F_ACK: replies, then an ACK or an error.
    Request,
    /// One dump request: multi-part replies, then NLMSG_DONE.
    Dump,
    /// `count` requests with consecutive sequence numbers, each with NLM_F_ACK.
    Batch,
}

/// Why a received message is not part of this exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foreign {
    /// It arrived on a multicast group: an event, even if it carries our seq.
    Multicast,
    /// Another sequence number.
    OtherSeq,
    /// Addressed to another port.
    OtherPort,
    /// NLMSG_NOOP.
    Noop,
    /// The exchange had already finished.
    AfterFinish,
}

/// What a received message means for the exchange.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Event<'a> {
    /// Not ours: hand it to a monitor or drop it.
    Foreign(Foreign),
    /// A data message answering our request or dump.
    Reply(Message<'a>),
    /// Request number `index` (0-based within a batch, else 0) was acknowledged.
    Acked {
        /// Position of the request in the batch.
        index: u32,
    },
    /// The kernel refused request number `index`. A request or dump is then
    /// over; a batch goes on until every request is answered.
    Failed {
        /// Position of the refused request in the batch.
        index: u32,
        /// The error with its extended ACK.
        error: ErrorMessage<'a>,
    },
    /// The dump ended with an error in NLMSG_DONE.
    DumpFailed(Done<'a>),
    /// The dump is complete. `interrupted` is set when NLM_F_DUMP_INTR was
    /// seen: the content may be inconsistent and the dump can be retried.
    DumpDone {
        /// NLM_F_DUMP_INTR was seen on some message of the dump.
        interrupted: bool,
    },
}

/// The state of one exchange.
#[derive(Debug, Clone)]
pub struct Exchange {
    mode: Mode,
    port: u32,
    first_seq: u32,
    count: u32,
    answered: u32,
    failures: u32,
    interrupted: bool,
    finished: bool,
    /// The request asked for an echo (NLM_F_ECHO).
    echo: bool,
}

impl Exchange {
    fn new(mode: Mode, port: u32, first_seq: u32, count: u32) -> Self {
        Exchange {
            mode,
            port,
            first_seq,
            count,
            answered: 0,
            failures: 0,
            interrupted: false,
            finished: count == 0,
            echo: false,
        }
    }
    /// The exchange of a request sent with NLM_F_ECHO (`echo`): the kernel's
    /// copy of the change, which comes as an event would (its datagram
    /// addressed from a multicast group) but to our port with our sequence
    /// number, is a reply. Without an echo such a message is the event of a
    /// group this socket joined.
    ///
    /// ```
    /// use nlwire::engine::Exchange;
    /// let ex = Exchange::request(77, 1).echoed(true);
    /// assert!(!ex.is_finished());
    /// ```
    pub fn echoed(mut self, echo: bool) -> Self {
        self.echo = echo;
        self
    }
    /// A single request sent with NLM_F_ACK from `port` with `seq`.
    /// A `port` of 0 accepts replies to any port.
    pub fn request(port: u32, seq: u32) -> Self {
        Self::new(Mode::Request, port, seq, 1)
    }
    /// A dump request.
    pub fn dump(port: u32, seq: u32) -> Self {
        Self::new(Mode::Dump, port, seq, 1)
    }
    /// `count` requests with sequence numbers `first_seq..first_seq + count`
    /// (wrapping), each sent with NLM_F_ACK.
    pub fn batch(port: u32, first_seq: u32, count: u32) -> Self {
        Self::new(Mode::Batch, port, first_seq, count)
    }
    /// The mode.
    pub fn mode(&self) -> Mode {
        self.mode
    }
    /// Whether the final event has been returned.
    pub fn is_finished(&self) -> bool {
        self.finished
    }
    /// Requests answered so far (ACK or error).
    pub fn answered(&self) -> u32 {
        self.answered
    }

    fn index_of(&self, seq: u32) -> Option<u32> {
        let index = seq.wrapping_sub(self.first_seq);
        (index < self.count).then_some(index)
    }

    /// Accounts for one received message. `multicast` is whether the datagram
    /// came to a multicast group (`nl_groups != 0` in the sender address):
    /// such messages are events even when they carry our port and seq.
    pub fn feed<'a>(&mut self, msg: &Message<'a>, multicast: bool) -> Result<Event<'a>> {
        if self.finished {
            return Ok(Event::Foreign(Foreign::AfterFinish));
        }
        let echoed = self.echo && msg.port() == self.port && self.index_of(msg.seq()).is_some();
        if multicast && !echoed {
            return Ok(Event::Foreign(Foreign::Multicast));
        }
        if msg.kind() == msg_type::NOOP {
            return Ok(Event::Foreign(Foreign::Noop));
        }
        if self.port != 0 && msg.port() != self.port {
            return Ok(Event::Foreign(Foreign::OtherPort));
        }
        let Some(index) = self.index_of(msg.seq()) else {
            return Ok(Event::Foreign(Foreign::OtherSeq));
        };
        if msg.flags().contains(MsgFlags::DUMP_INTR) {
            self.interrupted = true;
        }
        match msg.kind() {
            msg_type::ERROR => {
                let error = ErrorMessage::parse(msg)?;
                self.answered = self.answered.saturating_add(1);
                self.finished = self.mode != Mode::Batch || self.answered >= self.count;
                if error.is_ack() {
                    if self.mode == Mode::Dump {
                        // A dump sent with NLM_F_ACK ends with DONE and then an ACK.
                        return Ok(Event::DumpDone { interrupted: self.interrupted });
                    }
                    return Ok(Event::Acked { index });
                }
                self.failures = self.failures.saturating_add(1);
                Ok(Event::Failed { index, error })
            }
            msg_type::DONE if self.mode == Mode::Dump => {
                let done = Done::parse(msg)?;
                self.interrupted |= done.interrupted();
                self.finished = true;
                if done.errno() != 0 {
                    return Ok(Event::DumpFailed(done));
                }
                Ok(Event::DumpDone { interrupted: self.interrupted })
            }
            _ => Ok(Event::Reply(*msg)),
        }
    }

    /// Whether NLM_F_DUMP_INTR was seen.
    pub fn interrupted(&self) -> bool {
        self.interrupted
    }
    /// Requests refused so far.
    pub fn failures(&self) -> u32 {
        self.failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ack::NlMsgErr;
    use crate::build::{Builder, Header};
    use crate::message::NlMsgHdr;
    use crate::Messages;

    const PORT: u32 = 3517;

    fn ack(buf: &mut Builder<'_>, seq: u32, errno: i32) {
        let header = Header { kind: msg_type::ERROR, flags: MsgFlags::CAPPED, seq, port: PORT };
        let err = NlMsgErr {
            error: (-errno).into(),
            msg: NlMsgHdr { len: 16.into(), seq: seq.into(), pid: PORT.into(), ..Default::default() },
        };
        buf.message(header, |m| m.family_header(&err)).unwrap();
    }

    fn data(buf: &mut Builder<'_>, seq: u32, port: u32, flags: MsgFlags) {
        let header = Header { kind: msg_type::RTM_NEWLINK, flags, seq, port };
        buf.message(header, |m| m.family_header(&[0u8; 16])).unwrap();
    }

    fn feed_all<'a>(ex: &mut Exchange, bytes: &'a [u8], out: &mut [Option<Event<'a>>]) {
        for (slot, msg) in out.iter_mut().zip(Messages::new(bytes)) {
            *slot = Some(ex.feed(&msg.unwrap(), false).unwrap());
        }
    }

    #[test]
    fn request_reply_then_ack_ignoring_strangers() {
        let mut mem = [0u8; 512];
        let mut b = Builder::new(&mut mem);
        data(&mut b, 6, PORT, MsgFlags::empty()); // another request's reply
        data(&mut b, 7, PORT + 1, MsgFlags::empty()); // someone else's
        data(&mut b, 7, PORT, MsgFlags::empty()); // ours
        ack(&mut b, 7, 0);
        let mut ex = Exchange::request(PORT, 7);
        let mut ev: [Option<Event<'_>>; 4] = Default::default();
        feed_all(&mut ex, b.as_bytes(), &mut ev);
        assert!(matches!(ev[0], Some(Event::Foreign(Foreign::OtherSeq))));
        assert!(matches!(ev[1], Some(Event::Foreign(Foreign::OtherPort))));
        assert!(matches!(ev[2], Some(Event::Reply(_))));
        assert!(matches!(ev[3], Some(Event::Acked { index: 0 })));
        assert!(ex.is_finished());
    }

    #[test]
    fn multicast_with_our_seq_is_not_a_reply() {
        let mut mem = [0u8; 64];
        let mut b = Builder::new(&mut mem);
        data(&mut b, 7, PORT, MsgFlags::empty());
        let msg = Messages::new(b.as_bytes()).next().unwrap().unwrap();
        let mut ex = Exchange::request(PORT, 7);
        assert!(matches!(ex.feed(&msg, true).unwrap(), Event::Foreign(Foreign::Multicast)));
        assert!(!ex.is_finished());
        // Not multicast, to an exchange of port 0 (any port): a reply.
        let mut any = Exchange::request(0, 7);
        assert!(matches!(any.feed(&msg, false).unwrap(), Event::Reply(_)));
    }

    #[test]
    fn an_echo_with_our_port_and_seq_is_a_reply() {
        let mut mem = [0u8; 128];
        let mut b = Builder::new(&mut mem);
        data(&mut b, 7, PORT, MsgFlags::empty());
        data(&mut b, 8, PORT, MsgFlags::empty());
        data(&mut b, 7, PORT + 1, MsgFlags::empty());
        let mut msgs = Messages::new(b.as_bytes()).map(Result::unwrap);
        let (ours, other_seq, other_port) =
            (msgs.next().unwrap(), msgs.next().unwrap(), msgs.next().unwrap());
        let mut ex = Exchange::request(PORT, 7).echoed(true);
        assert!(matches!(ex.feed(&ours, true).unwrap(), Event::Reply(_)));
        // Another request's, or another socket's: events still.
        assert!(matches!(ex.feed(&other_seq, true).unwrap(), Event::Foreign(Foreign::Multicast)));
        assert!(matches!(ex.feed(&other_port, true).unwrap(), Event::Foreign(Foreign::Multicast)));
        assert!(!ex.is_finished());
    }

    // The recorded fixtures are little-endian (captured on x86_64).
    #[cfg(target_endian = "little")]
    #[test]
    fn recorded_dump_ends_with_done() {
        let dump = include_bytes!("../../tests/fixtures/kernel-6.18/route_dump_inet.bin");
        let first = Messages::new(dump).next().unwrap().unwrap();
        let mut ex = Exchange::dump(first.port(), first.seq());
        let (mut replies, mut done) = (0, false);
        for msg in Messages::new(dump) {
            match ex.feed(&msg.unwrap(), false).unwrap() {
                Event::Reply(_) => replies += 1,
                Event::DumpDone { interrupted } => {
                    assert!(!interrupted);
                    done = true;
                }
                other => panic!("unexpected {other:?}"),
            }
        }
        assert!(done && ex.is_finished());
        assert_eq!(replies, Messages::new(dump).count() - 1);
    }

    #[test]
    fn dump_intr_is_reported() {
        let mut mem = [0u8; 128];
        let mut b = Builder::new(&mut mem);
        data(&mut b, 3, PORT, MsgFlags::MULTI | MsgFlags::DUMP_INTR);
        b.message(Header { kind: msg_type::DONE, flags: MsgFlags::MULTI, seq: 3, port: PORT }, |m| {
            m.raw(&[0; 4])
        })
        .unwrap();
        let mut ex = Exchange::dump(PORT, 3);
        let mut ev: [Option<Event<'_>>; 2] = Default::default();
        feed_all(&mut ex, b.as_bytes(), &mut ev);
        assert!(matches!(ev[1], Some(Event::DumpDone { interrupted: true })));
        assert!(ex.interrupted());
    }

    #[test]
    fn done_with_error_fails_the_dump() {
        let mut mem = [0u8; 64];
        let mut b = Builder::new(&mut mem);
        b.message(Header { kind: msg_type::DONE, flags: MsgFlags::MULTI, seq: 3, port: PORT }, |m| {
            m.raw(&(-22i32).to_ne_bytes())
        })
        .unwrap();
        let msg = Messages::new(b.as_bytes()).next().unwrap().unwrap();
        let mut ex = Exchange::dump(PORT, 3);
        match ex.feed(&msg, false).unwrap() {
            Event::DumpFailed(done) => assert_eq!(done.errno(), 22),
            other => panic!("unexpected {other:?}"),
        }
        assert!(ex.is_finished());
    }

    #[test]
    fn batch_reports_the_failing_index_and_waits_for_all() {
        let mut mem = [0u8; 512];
        let mut b = Builder::new(&mut mem);
        ack(&mut b, 10, 1);
        ack(&mut b, 11, 0);
        ack(&mut b, 12, 17);
        ack(&mut b, 13, 0);
        let mut ex = Exchange::batch(PORT, 10, 4);
        assert_eq!((ex.mode(), ex.answered(), ex.failures()), (Mode::Batch, 0, 0));
        let mut ev: [Option<Event<'_>>; 4] = Default::default();
        for (answered, (slot, msg)) in (1..).zip(ev.iter_mut().zip(Messages::new(b.as_bytes()))) {
            assert!(!ex.is_finished(), "finished after {} of 4 answers", answered - 1);
            *slot = Some(ex.feed(&msg.unwrap(), false).unwrap());
            assert_eq!(ex.answered(), answered);
        }
        for (i, errno) in [(0, 1), (2, 17)] {
            match &ev[i] {
                Some(Event::Failed { index, error }) => {
                    assert_eq!((*index, error.errno()), (i as u32, errno))
                }
                other => panic!("unexpected {other:?}"),
            }
        }
        assert!(matches!(ev[1], Some(Event::Acked { index: 1 })));
        assert!(matches!(ev[3], Some(Event::Acked { index: 3 })));
        assert!(ex.is_finished() && !ex.interrupted());
        assert_eq!(ex.failures(), 2);
        // An empty batch waits for nothing.
        assert!(Exchange::batch(PORT, 1, 0).is_finished());
    }

    #[test]
    fn a_request_goes_on_past_done_until_its_ack() {
        let mut mem = [0u8; 128];
        let mut b = Builder::new(&mut mem);
        b.message(Header { kind: msg_type::DONE, flags: MsgFlags::MULTI, seq: 7, port: PORT }, |m| {
            m.raw(&[0; 4])
        })
        .unwrap();
        ack(&mut b, 7, 0);
        let mut ex = Exchange::request(PORT, 7);
        assert_eq!(ex.mode(), Mode::Request);
        let mut ev: [Option<Event<'_>>; 2] = Default::default();
        feed_all(&mut ex, b.as_bytes(), &mut ev);
        assert!(matches!(ev[0], Some(Event::Reply(_))), "{:?}", ev[0]);
        assert!(matches!(ev[1], Some(Event::Acked { index: 0 })), "{:?}", ev[1]);
        assert_eq!((ex.answered(), ex.failures()), (1, 0));
    }

    #[test]
    fn a_dump_answered_by_an_ack_is_done_and_keeps_dump_intr() {
        let mut mem = [0u8; 128];
        let mut b = Builder::new(&mut mem);
        data(&mut b, 5, PORT, MsgFlags::MULTI | MsgFlags::DUMP_INTR);
        ack(&mut b, 5, 0);
        let mut ex = Exchange::dump(PORT, 5);
        assert_eq!(ex.mode(), Mode::Dump);
        let mut ev: [Option<Event<'_>>; 2] = Default::default();
        feed_all(&mut ex, b.as_bytes(), &mut ev);
        assert!(matches!(ev[1], Some(Event::DumpDone { interrupted: true })), "{:?}", ev[1]);
        assert!(ex.is_finished() && ex.interrupted());
    }

    #[test]
    fn batch_sequence_numbers_may_wrap() {
        let ex = Exchange::batch(PORT, u32::MAX, 2);
        assert_eq!(ex.index_of(u32::MAX), Some(0));
        assert_eq!(ex.index_of(0), Some(1));
        assert_eq!(ex.index_of(1), None);
    }

    // The recorded fixtures are little-endian (captured on x86_64).
    #[cfg(target_endian = "little")]
    #[test]
    fn truncated_error_is_an_error_not_garbage() {
        let bytes = include_bytes!("../../tests/fixtures/kernel-6.18/err_link_get_enodev.bin");
        for cut in 16..bytes.len() {
            let mut copy = [0u8; 64];
            copy[..cut].copy_from_slice(&bytes[..cut]);
            copy[..4].copy_from_slice(&(cut as u32).to_ne_bytes());
            let msg = Message::parse(&copy[..cut]).unwrap();
            let mut ex = Exchange::request(msg.port(), msg.seq());
            assert!(ex.feed(&msg, false).is_err(), "cut at {cut}");
        }
    }
}
