//! Requests, dumps and batches: the core's sans-IO engine
//! ([`nlwire::engine`]) driven over a [`Socket`].
//!
//! Every exchange receives into one caller-provided buffer and copies
//! nothing: a dump is a lending iterator whose messages borrow that buffer
//! until the next call. Replies are matched on (port id, sequence number);
//! multicast events and answers to other requests are skipped.
//!
//! ```no_run
//! use nlwire::build::{Builder, Header};
//! use nlwire::{msg_type, MsgFlags};
//! use nlwire_rustix::{Protocol, Socket};
//!
//! let sock = Socket::open(Protocol::Route)?;
//! let mut req = [0u8; 64];
//! let mut b = Builder::new(&mut req);
//! b.message(Header::new(msg_type::RTM_GETLINK, MsgFlags::REQUEST | MsgFlags::DUMP, 1), |m| {
//!     m.family_header(&[0u8; 16])
//! })?;
//! let mut buf = vec![0u8; 32 * 1024];
//! let mut dump = sock.dump(b.as_bytes(), &mut buf)?;
//! while let Some(msg) = dump.next()? {
//!     println!("type {} seq {}", msg.kind(), msg.seq());
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// `RequestError` carries the kernel's text inline (no allocation is
// allowed here, so it cannot be boxed); it is moved on error paths only.
#![allow(clippy::result_large_err)]

use core::fmt;
use core::ops::Range;

use nlwire::engine::{Event, Exchange};
use nlwire::{ErrorMessage, ExtAck, Message, Messages, MsgFlags};

use crate::datagram::DatagramCursor;
use crate::{Errno, Error, Socket};

/// Room for the kernel's extended-ACK text. Kernel messages are static
/// strings or formatted into at most 80 bytes (`NETLINK_MAX_FMTMSG_LEN`);
/// longer text is cut at a character boundary.
pub const EXT_ACK_TEXT_LEN: usize = 128;

/// The kernel refused a request: its errno and extended ACK, copied out of
/// the receive buffer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KernelError {
    /// The error number.
    pub errno: Errno,
    /// Position of the refused request in its batch (0-based; 0 for a
    /// single request or a dump).
    pub index: u32,
    /// How many requests of the batch were refused (1 outside batches).
    pub failures: u32,
    /// The extended-ACK text, such as `"Unknown device type"`; empty when
    /// the kernel sent none.
    pub message: heapless::String<EXT_ACK_TEXT_LEN>,
    /// Offset in the request of the attribute at fault.
    pub offset: Option<u32>,
    /// Type of a missing attribute.
    pub missing_type: Option<u32>,
}

impl KernelError {
    fn new(errno: i32, index: u32, ack: &ExtAck<'_>) -> Self {
        let mut message = heapless::String::new();
        if let Some(text) = ack.message {
            for c in text.chars() {
                if message.push(c).is_err() {
                    break;
                }
            }
        }
        KernelError {
            errno: Errno::from_raw_os_error(errno),
            index,
            failures: 1,
            message,
            offset: ack.offset,
            missing_type: ack.missing_type,
        }
    }

    fn from_error(error: &ErrorMessage<'_>, index: u32) -> Self {
        Self::new(error.errno(), index, &error.ext_ack())
    }
}

impl fmt::Display for KernelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RTNETLINK answers: {}", self.errno)?;
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        Ok(())
    }
}

/// Why a request, dump or batch did not complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestError {
    /// The socket failed (see [`Error`]).
    Socket(Error),
    /// The kernel refused the request (or one of a batch).
    Kernel(KernelError),
    /// A reply could not be parsed.
    Malformed(nlwire::Error),
    /// The dump saw `NLM_F_DUMP_INTR`: the kernel's tables changed during
    /// the dump, so what it returned may be inconsistent. It was drained to
    /// its end; dump again for a consistent view.
    Interrupted,
    /// The request bytes are not a well-formed batch (no message, or
    /// sequence numbers that are not consecutive).
    BadRequest,
    /// A name the kernel does not know (a multicast group of a family).
    NotFound {
        /// What was looked for.
        what: &'static str,
    },
    /// An answer does not fit a fixed-capacity table; nothing was kept.
    TooLarge {
        /// What did not fit.
        what: &'static str,
    },
}

impl From<Error> for RequestError {
    fn from(e: Error) -> Self {
        RequestError::Socket(e)
    }
}
impl From<nlwire::Error> for RequestError {
    fn from(e: nlwire::Error) -> Self {
        RequestError::Malformed(e)
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestError::Socket(e) => e.fmt(f),
            RequestError::Kernel(e) => e.fmt(f),
            RequestError::Malformed(e) => write!(f, "malformed reply: {e}"),
            RequestError::Interrupted => {
                f.write_str("dump interrupted by a concurrent change (NLM_F_DUMP_INTR)")
            }
            RequestError::BadRequest => {
                f.write_str("request bytes are not a batch of consecutive sequence numbers")
            }
            RequestError::NotFound { what } => write!(f, "no such {what}"),
            RequestError::TooLarge { what } => write!(f, "the {what} is full"),
        }
    }
}

impl core::error::Error for RequestError {}

/// Result of the exchanges.
pub type RequestResult<T> = core::result::Result<T, RequestError>;

/// First sequence number and message count of `requests`, checking that the
/// sequence numbers are consecutive.
fn batch_shape(requests: &[u8]) -> RequestResult<(u32, u32)> {
    let mut first = None;
    let mut count = 0u32;
    for msg in Messages::new(requests) {
        let msg = msg?;
        let first_seq = *first.get_or_insert(msg.seq());
        if msg.seq() != first_seq.wrapping_add(count) {
            return Err(RequestError::BadRequest);
        }
        count += 1;
    }
    first.map(|f| (f, count)).ok_or(RequestError::BadRequest)
}

/// Whether the (first) request asks for an echo of its change (NLM_F_ECHO).
pub fn asks_echo(request: &[u8]) -> bool {
    Messages::new(request).next().and_then(|m| m.ok()).is_some_and(|m| m.flags().contains(MsgFlags::ECHO))
}

/// The answers to one exchange, fed one message at a time by whoever reads
/// the socket (a blocking call here, or an event loop polling the
/// descriptor): the core's [`Exchange`] and the refusals it met, until
/// [`outcome`](Answers::outcome) says how the exchange ended.
#[derive(Debug, Clone)]
pub struct Answers {
    exchange: Exchange,
    first_failure: Option<KernelError>,
}

impl Answers {
    /// Nothing answered yet of `exchange`.
    pub fn new(exchange: Exchange) -> Self {
        Answers { exchange, first_failure: None }
    }

    /// Accounts for `msg`, received in a datagram of a multicast group or
    /// not: the core's event, of which the caller keeps what it wants (a
    /// [`Reply`](Event::Reply), a [`Foreign`](Event::Foreign) message to
    /// hand on). A refusal is kept for the outcome. The error is the core's
    /// (a malformed answer): small, as this runs once per message.
    #[inline]
    pub fn feed<'a>(&mut self, msg: &Message<'a>, multicast: bool) -> nlwire::Result<Event<'a>> {
        let event = self.exchange.feed(msg, multicast)?;
        match &event {
            Event::Failed { index, error } => match &mut self.first_failure {
                Some(first) => first.failures += 1,
                None => self.first_failure = Some(KernelError::from_error(error, *index)),
            },
            Event::DumpFailed(done) => {
                self.first_failure = Some(KernelError::new(done.errno(), 0, &done.ext_ack()));
            }
            _ => {}
        }
        Ok(event)
    }

    /// Whether every answer is in.
    pub fn is_finished(&self) -> bool {
        self.exchange.is_finished()
    }

    /// The exchange fed.
    pub fn exchange(&self) -> &Exchange {
        &self.exchange
    }

    /// How the finished exchange ended: its first refusal (with how many
    /// requests were refused), else [`RequestError::Interrupted`] if the
    /// dump was, else `Ok`.
    pub fn outcome(&mut self) -> RequestResult<()> {
        match self.first_failure.take() {
            Some(failure) => Err(RequestError::Kernel(failure)),
            None if self.exchange.interrupted() => Err(RequestError::Interrupted),
            None => Ok(()),
        }
    }
}

/// The receive side of one exchange: the buffer, what it holds, and the
/// answers so far.
struct Receiver<'s, 'b> {
    sock: &'s Socket,
    buf: &'b mut [u8],
    cursor: DatagramCursor,
    multicast: bool,
    answers: Answers,
}

impl<'s, 'b> Receiver<'s, 'b> {
    fn new(sock: &'s Socket, buf: &'b mut [u8], exchange: Exchange) -> Self {
        let answers = Answers::new(exchange);
        Receiver { sock, buf, cursor: DatagramCursor::default(), multicast: false, answers }
    }

    /// Advances to the next reply, receiving datagrams as needed: its place
    /// in the buffer, or `None` at the end.
    fn advance(&mut self) -> RequestResult<Option<Range<usize>>> {
        self.advance_to(|_| true)
    }

    /// Advances to the next reply for which `keep` holds, skipping the
    /// others: its place in the buffer, or `None` at the end.
    fn advance_to(
        &mut self,
        mut keep: impl FnMut(&Message<'_>) -> bool,
    ) -> RequestResult<Option<Range<usize>>> {
        loop {
            match self.cursor.next_message(self.buf) {
                // Trailing messages after the end (none are expected) are skipped.
                Some(_) if self.answers.is_finished() => {}
                Some(found) => {
                    let (range, msg) = found?;
                    if let Event::Reply(_) = self.answers.feed(&msg, self.multicast)? {
                        if keep(&msg) {
                            return Ok(Some(range));
                        }
                    }
                }
                None if self.answers.is_finished() => return self.answers.outcome().map(|()| None),
                None => match self.sock.recv(self.buf) {
                    Ok(got) => {
                        self.cursor.filled(got.len);
                        self.multicast = got.groups != 0;
                    }
                    // Another socket's datagram was dropped by `recv`: keep waiting.
                    Err(Error::NotFromKernel { .. }) => {}
                    Err(e) => return Err(e.into()),
                },
            }
        }
    }

    fn message(&self, range: Range<usize>) -> RequestResult<Message<'_>> {
        Ok(Message::parse(self.buf.get(range).unwrap_or(&[]))?)
    }
}

/// A dump in progress: a lending iterator over the replies, refilling one
/// buffer between datagrams.
///
/// `next` returns `Ok(None)` at NLMSG_DONE, an error if the kernel refused
/// the dump, and [`RequestError::Interrupted`] after the last message if the
/// dump was inconsistent.
pub struct Dump<'s, 'b> {
    rx: Receiver<'s, 'b>,
    ended: bool,
}

impl Dump<'_, '_> {
    /// The next message of the dump, borrowed from the buffer.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> RequestResult<Option<Message<'_>>> {
        self.next_where(|_| true)
    }

    /// The next message for which `keep` holds, borrowed from the buffer;
    /// the others are skipped.
    pub fn next_where(
        &mut self,
        mut keep: impl FnMut(&Message<'_>) -> bool,
    ) -> RequestResult<Option<Message<'_>>> {
        if self.ended {
            return Ok(None);
        }
        match self.rx.advance_to(&mut keep) {
            Ok(Some(range)) => self.rx.message(range).map(Some),
            Ok(None) => {
                self.ended = true;
                Ok(None)
            }
            Err(e) => {
                self.ended = true;
                Err(e)
            }
        }
    }

    /// Drains the rest of the dump, so the socket can be used again.
    pub fn finish(mut self) -> RequestResult<()> {
        while self.next()?.is_some() {}
        Ok(())
    }
}

impl Socket {
    /// Sends a request built with NLM_F_ACK and waits for its answer.
    /// Replies that come before the ACK (the answer to a GET, or an echo) are
    /// passed to `on_reply`.
    pub fn request<F>(&self, request: &[u8], buf: &mut [u8], mut on_reply: F) -> RequestResult<()>
    where
        F: FnMut(&Message<'_>),
    {
        let (seq, count) = batch_shape(request)?;
        if count != 1 {
            return Err(RequestError::BadRequest);
        }
        self.send(request)?;
        let exchange = Exchange::request(self.port_id(), seq).echoed(asks_echo(request));
        let mut rx = Receiver::new(self, buf, exchange);
        while let Some(range) = rx.advance()? {
            on_reply(&rx.message(range)?);
        }
        Ok(())
    }

    /// Sends a dump request (NLM_F_DUMP) and returns the lending iterator
    /// over its replies. Use a buffer of at least 32 KiB: a datagram that
    /// does not fit is lost and reported as [`Error::Truncated`].
    pub fn dump<'s, 'b>(&'s self, request: &[u8], buf: &'b mut [u8]) -> RequestResult<Dump<'s, 'b>> {
        let (seq, count) = batch_shape(request)?;
        if count != 1 {
            return Err(RequestError::BadRequest);
        }
        self.send(request)?;
        Ok(Dump { rx: Receiver::new(self, buf, Exchange::dump(self.port_id(), seq)), ended: false })
    }

    /// Like [`dump`](Socket::dump), calling `each` for every message, and
    /// dumping again (up to `retries` times) while the dump is interrupted
    /// by concurrent changes. `each` is told, through its second argument,
    /// the attempt number (0 first), so it can discard what an interrupted
    /// attempt gave it.
    pub fn dump_each<F>(&self, request: &[u8], buf: &mut [u8], retries: u32, mut each: F) -> RequestResult<()>
    where
        F: FnMut(&Message<'_>, u32),
    {
        let mut attempt = 0;
        loop {
            let mut dump = self.dump(request, buf)?;
            let outcome = loop {
                match dump.next() {
                    Ok(Some(msg)) => each(&msg, attempt),
                    Ok(None) => break Ok(()),
                    Err(e) => break Err(e),
                }
            };
            match outcome {
                Err(RequestError::Interrupted) if attempt < retries => attempt += 1,
                other => return other,
            }
        }
    }

    /// Sends several requests in one datagram (each built with NLM_F_ACK,
    /// with consecutive sequence numbers) and waits for every answer.
    ///
    /// The kernel handles each request on its own: when some fail, the
    /// others are still applied. The error names the first refused request
    /// by its 0-based index, with the kernel's text, and how many failed.
    pub fn batch(&self, requests: &[u8], buf: &mut [u8]) -> RequestResult<()> {
        let (seq, count) = batch_shape(requests)?;
        self.send(requests)?;
        let mut rx = Receiver::new(self, buf, Exchange::batch(self.port_id(), seq, count));
        while rx.advance()?.is_some() {}
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlwire::build::{Builder, Header};
    use nlwire::{msg_type, MsgFlags};

    #[test]
    fn batch_shape_demands_consecutive_sequence_numbers() {
        let mut buf = [0u8; 256];
        let mut b = Builder::new(&mut buf);
        for seq in [5, 6, 7] {
            b.message(Header::new(msg_type::RTM_GETLINK, MsgFlags::REQUEST, seq), |m| {
                m.family_header(&[0u8; 16])
            })
            .unwrap();
        }
        assert_eq!(batch_shape(b.as_bytes()), Ok((5, 3)));
        b.message(Header::new(msg_type::RTM_GETLINK, MsgFlags::REQUEST, 9), |m| m.family_header(&[0u8; 16]))
            .unwrap();
        assert_eq!(batch_shape(b.as_bytes()), Err(RequestError::BadRequest));
        assert_eq!(batch_shape(&[]), Err(RequestError::BadRequest));
    }

    #[test]
    fn errors_read_as_the_kernel_and_the_request_say() {
        let bare = KernelError::new(Errno::INVAL.raw_os_error(), 0, &ExtAck::default());
        assert_eq!(bare.to_string(), format!("RTNETLINK answers: {}", Errno::INVAL));
        let ack = ExtAck { message: Some("Unknown device type"), ..ExtAck::default() };
        let told = KernelError::new(Errno::OPNOTSUPP.raw_os_error(), 0, &ack);
        assert_eq!(told.to_string(), format!("RTNETLINK answers: {}: Unknown device type", Errno::OPNOTSUPP));
        assert_eq!(RequestError::Kernel(told.clone()).to_string(), told.to_string());
        let said = [
            (RequestError::Socket(Error::WouldBlock), Error::WouldBlock.to_string()),
            (
                RequestError::Malformed(nlwire::Error::UnknownName),
                format!("malformed reply: {}", nlwire::Error::UnknownName),
            ),
            (RequestError::NotFound { what: "multicast group" }, "no such multicast group".to_string()),
            (RequestError::TooLarge { what: "table" }, "the table is full".to_string()),
        ];
        for (error, text) in said {
            assert_eq!(error.to_string(), text);
        }
        assert!(RequestError::Interrupted.to_string().contains("NLM_F_DUMP_INTR"));
        assert!(RequestError::BadRequest.to_string().contains("consecutive sequence numbers"));
    }

    #[test]
    fn kernel_error_text_is_cut_at_a_char_boundary() {
        let long = "é".repeat(100);
        let ack = ExtAck { message: Some(&long), ..ExtAck::default() };
        let err = KernelError::new(22, 0, &ack);
        assert_eq!(err.message.len(), 128);
        assert!(err.message.chars().all(|c| c == 'é'));
        assert_eq!(err.errno, Errno::INVAL);
    }

    /// A netlink message as `<linux/netlink.h>` lays it out: `struct
    /// nlmsghdr` (length, type, flags, seq, port), then `payload`.
    fn nlmsg(kind: u16, flags: u16, seq: u32, port: u32, payload: &[u8]) -> std::vec::Vec<u8> {
        let mut bytes = std::vec::Vec::new();
        bytes.extend_from_slice(&(16 + payload.len() as u32).to_ne_bytes());
        bytes.extend_from_slice(&kind.to_ne_bytes());
        bytes.extend_from_slice(&flags.to_ne_bytes());
        bytes.extend_from_slice(&seq.to_ne_bytes());
        bytes.extend_from_slice(&port.to_ne_bytes());
        bytes.extend_from_slice(payload);
        bytes
    }

    /// `NLMSG_ERROR` (2) answering request `seq`: `struct nlmsgerr`, the
    /// negative errno (0 for an ACK) and the request's header.
    fn nlmsgerr(seq: u32, port: u32, errno: i32) -> std::vec::Vec<u8> {
        let mut payload = (-errno).to_ne_bytes().to_vec();
        payload.extend_from_slice(&nlmsg(16, 5, seq, port, &[])[..16]);
        nlmsg(2, 0x100, seq, port, &payload)
    }

    fn feed<'a>(answers: &mut Answers, bytes: &'a [u8]) -> Event<'a> {
        answers.feed(&Message::parse(bytes).unwrap(), false).unwrap()
    }

    #[test]
    fn answers_fed_one_by_one_end_with_the_first_refusal_and_how_many() {
        let mut answers = Answers::new(Exchange::batch(7, 10, 3));
        assert!(matches!(feed(&mut answers, &nlmsgerr(10, 7, 0)), Event::Acked { index: 0 }));
        assert!(matches!(feed(&mut answers, &nlmsgerr(20, 7, 17)), Event::Foreign(_)), "another request's");
        assert!(matches!(feed(&mut answers, &nlmsgerr(11, 7, 17)), Event::Failed { index: 1, .. }));
        assert!(!answers.is_finished());
        assert!(matches!(feed(&mut answers, &nlmsgerr(12, 7, 22)), Event::Failed { index: 2, .. }));
        assert!(answers.is_finished());
        let Err(RequestError::Kernel(first)) = answers.outcome() else { panic!("a refusal") };
        assert_eq!((first.errno, first.index, first.failures), (Errno::EXIST, 1, 2));
    }

    #[test]
    fn answers_of_an_interrupted_dump_hand_out_its_replies_then_say_so() {
        let mut answers = Answers::new(Exchange::dump(7, 3));
        const NLM_F_MULTI: u16 = 0x2;
        const NLM_F_DUMP_INTR: u16 = 0x10;
        let link = nlmsg(16, NLM_F_MULTI | NLM_F_DUMP_INTR, 3, 7, &[0; 16]);
        assert!(matches!(feed(&mut answers, &link), Event::Reply(_)));
        assert!(!answers.is_finished());
        feed(&mut answers, &nlmsg(3, NLM_F_MULTI, 3, 7, &0i32.to_ne_bytes()));
        assert!(answers.is_finished());
        assert_eq!(answers.outcome(), Err(RequestError::Interrupted));
        let mut whole = Answers::new(Exchange::dump(7, 4));
        feed(&mut whole, &nlmsg(3, NLM_F_MULTI, 4, 7, &0i32.to_ne_bytes()));
        assert_eq!(whole.outcome(), Ok(()));
    }

    // Against the kernel, in a namespace of the test's own.

    use crate::test_ns::TestNs;
    use core::net::{IpAddr, Ipv4Addr};
    use nlwire::addr::{AddrEntry, Address, IfAddrMsg};
    use nlwire::build::Request;
    use nlwire::link::{Get, IfName, Link, LinkRef};

    /// `lo` is 1 in every namespace.
    const LO: u32 = 1;

    /// `requests` with consecutive sequence numbers from `seq`.
    fn batch_of(requests: &[&dyn Request], seq: u32) -> std::vec::Vec<u8> {
        let mut buf = std::vec![0u8; 64 * 1024];
        let mut b = Builder::new(&mut buf);
        for (n, r) in (0..).zip(requests) {
            b.push(*r, seq + n).unwrap();
        }
        b.as_bytes().to_vec()
    }

    fn add_addr(ifindex: u32, octets: [u8; 4]) -> nlwire::addr::Add<'static> {
        nlwire::addr::Add(AddrEntry::new(ifindex, IpAddr::V4(Ipv4Addr::from(octets)), 32))
    }

    /// `count` addresses 203.0.113.x and 198.51.100.x on `lo`, in one batch.
    fn fill_lo(sock: &Socket, count: u8) {
        let adds: std::vec::Vec<_> = (0..count)
            .map(|n| add_addr(LO, if n < 200 { [203, 0, 113, n] } else { [198, 51, 100, n] }))
            .collect();
        let refs: std::vec::Vec<&dyn Request> = adds.iter().map(|a| a as &dyn Request).collect();
        sock.batch(&batch_of(&refs, 1000), &mut [0u8; 8192]).expect("addresses added");
    }

    /// The names of the links the dump gives, in its order; at most 100.
    fn dump_names(dump: &mut Dump<'_, '_>) -> std::vec::Vec<std::string::String> {
        let mut names = std::vec::Vec::new();
        while let Some(msg) = dump.next().expect("dump") {
            names.push(Link::parse(&msg).unwrap().ifname().unwrap().unwrap().to_string());
            assert!(names.len() <= 100, "the dump does not end: {names:?}");
        }
        names
    }

    /// The names of the links, as `ip -o link show` lists them.
    fn ip_link_names(ns: &TestNs) -> std::vec::Vec<std::string::String> {
        let out = ns.ip(&["-o", "link", "show"]);
        out.lines()
            .filter_map(|l| l.split(": ").nth(1))
            .map(|n| n.split('@').next().unwrap_or(n).to_string())
            .collect()
    }

    #[test]
    fn a_dump_gives_every_link_once_then_none() {
        let Some(ns) = TestNs::for_test("a_dump_gives_every_link_once_then_none") else { return };
        ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
        let sock = ns.socket();
        let mut buf = [0u8; 32 * 1024];
        let mut dump = sock.dump(&batch_of(&[&nlwire::link::Dump::default()], 1), &mut buf).unwrap();
        assert_eq!(dump_names(&mut dump), ip_link_names(&ns));
        assert!(dump.next().unwrap().is_none(), "an ended dump stays ended");
        let mut dump = sock.dump(&batch_of(&[&nlwire::link::Dump::default()], 2), &mut buf).unwrap();
        let only_v1 = dump.next_where(|m| Link::parse(m).unwrap().ifname().unwrap() == Some("v1")).unwrap();
        assert_eq!(Link::parse(&only_v1.unwrap()).unwrap().ifname().unwrap(), Some("v1"));
        assert!(dump
            .next_where(|m| Link::parse(m).unwrap().ifname().unwrap() == Some("v1"))
            .unwrap()
            .is_none());
        let two = batch_of(&[&nlwire::link::Dump::default(), &nlwire::link::Dump::default()], 3);
        assert_eq!(sock.dump(&two, &mut buf).err(), Some(RequestError::BadRequest));
    }

    #[test]
    fn a_request_hands_over_its_answer_and_returns_at_the_ack() {
        let Some(ns) = TestNs::for_test("a_request_hands_over_its_answer_and_returns_at_the_ack") else {
            return;
        };
        let sock = ns.socket();
        let mut buf = [0u8; 32 * 1024];
        let mut seen = std::vec::Vec::new();
        let get = Get(LinkRef::Name(IfName::new("lo").unwrap()));
        sock.request(&batch_of(&[&get], 7), &mut buf, |msg| {
            let link = Link::parse(msg).unwrap();
            seen.push((msg.seq(), link.ifindex(), link.ifname().unwrap().unwrap().to_string()));
            assert_eq!(seen.len(), 1, "one answer: {seen:?}");
        })
        .unwrap();
        assert_eq!(seen, [(7, LO as i32, "lo".to_string())]);
        let two = batch_of(&[&get, &get], 8);
        assert_eq!(sock.request(&two, &mut buf, |_| {}), Err(RequestError::BadRequest));
    }

    #[test]
    fn a_refused_request_is_the_kernels_errno_and_text() {
        let Some(ns) = TestNs::for_test("a_refused_request_is_the_kernels_errno_and_text") else { return };
        let sock = ns.socket();
        let mut buf = [0u8; 8192];
        let Err(RequestError::Kernel(e)) =
            sock.request(&batch_of(&[&add_addr(999, [192, 0, 2, 1])], 1), &mut buf, |_| {})
        else {
            panic!("an address on a missing device is refused");
        };
        assert_eq!((e.errno, e.index, e.failures), (Errno::NODEV, 0, 1));
        assert!(e.message.contains("Device not found"), "{e}");
        // The socket answers the next request.
        sock.request(&batch_of(&[&add_addr(LO, [192, 0, 2, 1])], 2), &mut buf, |_| {}).unwrap();
        assert!(ns.ip(&["-4", "addr", "show", "dev", "lo"]).contains("192.0.2.1/32"));
    }

    #[test]
    fn a_batch_names_its_first_refusal_and_counts_them_all() {
        let Some(ns) = TestNs::for_test("a_batch_names_its_first_refusal_and_counts_them_all") else {
            return;
        };
        let sock = ns.socket();
        let mut buf = [0u8; 8192];
        let (good, bad, worse, fine) = (
            add_addr(LO, [192, 0, 2, 1]),
            add_addr(998, [192, 0, 2, 2]),
            add_addr(999, [192, 0, 2, 3]),
            add_addr(LO, [192, 0, 2, 4]),
        );
        let Err(RequestError::Kernel(e)) = sock.batch(&batch_of(&[&good, &bad, &worse, &fine], 20), &mut buf)
        else {
            panic!("two of the batch are refused");
        };
        assert_eq!((e.errno, e.index, e.failures), (Errno::NODEV, 1, 2));
        let shown = ns.ip(&["-4", "addr", "show", "dev", "lo"]);
        assert!(
            shown.contains("192.0.2.1/32") && shown.contains("192.0.2.4/32"),
            "the others are applied: {shown}"
        );
        let more = [add_addr(LO, [192, 0, 2, 5]), add_addr(LO, [192, 0, 2, 6])];
        sock.batch(&batch_of(&[&more[0], &more[1]], 30), &mut buf).unwrap();
        let shown = ns.ip(&["-4", "addr", "show", "dev", "lo"]);
        assert!(shown.contains("192.0.2.5/32") && shown.contains("192.0.2.6/32"), "{shown}");
    }

    #[test]
    fn a_dump_the_kernel_refuses_is_its_error() {
        let Some(ns) = TestNs::for_test("a_dump_the_kernel_refuses_is_its_error") else { return };
        let sock = ns.socket();
        // Strict checking refuses a prefix length in an address dump request.
        let mut req = [0u8; 64];
        let mut b = Builder::new(&mut req);
        let header = IfAddrMsg {
            ifa_family: rustix::net::AddressFamily::INET.as_raw() as u8,
            ifa_prefixlen: 24,
            ..IfAddrMsg::default()
        };
        b.message(Header::dump(msg_type::RTM_GETADDR, 1), |m| m.family_header(&header)).unwrap();
        let mut buf = [0u8; 8192];
        let mut dump = sock.dump(b.as_bytes(), &mut buf).unwrap();
        let Err(RequestError::Kernel(e)) = dump.next() else { panic!("the dump is refused") };
        assert_eq!((e.errno, e.index), (Errno::INVAL, 0));
        assert!(e.message.contains("Invalid values in header"), "{e}");
        assert!(dump.next().unwrap().is_none(), "a refused dump has ended");
    }

    /// The addresses of `lo` an address dump gives.
    fn dump_addrs(sock: &Socket, buf: &mut [u8]) -> usize {
        let mut dump = sock.dump(&batch_of(&[&nlwire::addr::Dump::default()], 50), buf).unwrap();
        let mut count = 0;
        while let Some(msg) = dump.next().unwrap() {
            count += usize::from(Address::parse(&msg).unwrap().ifindex() == LO);
        }
        count
    }

    #[test]
    fn a_finished_dump_leaves_the_socket_free_for_the_next() {
        let Some(ns) = TestNs::for_test("a_finished_dump_leaves_the_socket_free_for_the_next") else {
            return;
        };
        fill_lo(&ns.socket(), 250);
        // 4 KiB datagrams (a fresh socket, small buffer): the dump of 250
        // addresses takes several.
        let sock = ns.socket();
        let mut buf = [0u8; 4096];
        let mut dump = sock.dump(&batch_of(&[&nlwire::addr::Dump::default()], 40), &mut buf).unwrap();
        assert!(dump.next().unwrap().is_some());
        dump.finish().unwrap();
        assert_eq!(dump_addrs(&sock, &mut buf), 250);
    }

    #[test]
    fn dump_each_dumps_again_while_interrupted_up_to_its_retries() {
        let Some(ns) = TestNs::for_test("dump_each_dumps_again_while_interrupted_up_to_its_retries") else {
            return;
        };
        let changer = ns.socket();
        fill_lo(&changer, 250);
        let mut next = 0u8;
        // Dumps in 4 KiB datagrams (a fresh socket, small buffer); an address
        // added during `attempts` makes the rest of that dump inconsistent.
        let mut dump_each = |retries: u32, disturbed: &[u32]| {
            let sock = ns.socket();
            let mut attempts = std::vec::Vec::new();
            let outcome = sock.dump_each(
                &batch_of(&[&nlwire::addr::Dump::default()], 60),
                &mut [0u8; 4096],
                retries,
                |_, attempt| {
                    if attempts.last() != Some(&attempt) {
                        attempts.push(attempt);
                        if disturbed.contains(&attempt) {
                            next += 1;
                            changer
                                .request(
                                    &batch_of(&[&add_addr(LO, [192, 0, 2, next])], 70),
                                    &mut [0u8; 4096],
                                    |_| {},
                                )
                                .unwrap();
                        }
                    }
                },
            );
            (outcome, attempts)
        };
        assert_eq!(dump_each(1, &[0]), (Ok(()), std::vec![0, 1]));
        assert_eq!(dump_each(0, &[0]), (Err(RequestError::Interrupted), std::vec![0]));
        assert_eq!(dump_each(2, &[0, 1, 2]), (Err(RequestError::Interrupted), std::vec![0, 1, 2]));
        assert_eq!(dump_each(3, &[]), (Ok(()), std::vec![0]));
    }
}
