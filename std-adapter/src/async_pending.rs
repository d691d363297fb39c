//! The requests of an `AsyncIPRoute` waiting for their answers, and the
//! state its callers share: whichever caller reads the socket hands each
//! answer to the request whose sequence number it carries.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use nlwire::engine::{Event, Exchange, Mode};
use nlwire::{Message, Messages};
use nlwire_rustix::{Answers, Socket};
use tokio::io::unix::AsyncFd;
use tokio::sync::{Notify, OwnedSemaphorePermit};

use crate::error::{Error, Result};
use crate::owned::OwnedMessage;
use crate::socket::{SendBuf, RECV_BUF};

/// The socket of an `AsyncIPRoute`, the state its callers share, and the
/// turn its dumps take: what its requests and dumps read with.
pub(crate) struct Wire {
    pub(crate) fd: AsyncFd<Socket>,
    shared: Mutex<Shared>,
    /// Held by the running dump: the kernel runs one at a time.
    pub(crate) dump_turn: tokio::sync::Mutex<()>,
}

impl Wire {
    /// Nothing pending on `fd`, registered with tokio.
    pub(crate) fn new(fd: AsyncFd<Socket>) -> Self {
        let shared = Shared {
            seq: 0,
            recv: vec![0; RECV_BUF],
            dump_reading: false,
            spare: Vec::new(),
            pending: Vec::new(),
        };
        Wire { fd, shared: Mutex::new(shared), dump_turn: tokio::sync::Mutex::new(()) }
    }

    /// Locks the shared state. Nothing panics while the lock is held; a
    /// poisoned lock still holds consistent state.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// What the callers share, behind a lock never held across an `.await`.
pub(crate) struct Shared {
    pub(crate) seq: u32,
    /// The receive buffer; lent to the running dump (empty meanwhile).
    pub(crate) recv: Vec<u8>,
    /// A dump is reading the socket: the others wait to be woken.
    pub(crate) dump_reading: bool,
    /// Request buffers sent and kept for the next requests, so that a
    /// session in use allocates none.
    pub(crate) spare: Vec<SendBuf>,
    pending: Vec<Pending>,
}

/// One request (or batch) waiting for its answers.
struct Pending {
    first_seq: u32,
    answers: Answers,
    /// `false` once the caller has gone (a cancelled future): its answers
    /// are still read, and dropped.
    wanted: bool,
    replies: Vec<OwnedMessage>,
    /// Why the answers could not all be read (the kernel's refusals are
    /// in `answers`).
    failure: Option<Error>,
    done: bool,
    wake: Arc<Notify>,
    _permit: Option<OwnedSemaphorePermit>,
}

impl Pending {
    /// Takes `msg` if it answers this request; returns whether it did.
    fn accept(&mut self, msg: &Message<'_>, multicast: bool) -> bool {
        match self.answers.feed(msg, multicast) {
            Ok(Event::Foreign(_)) => return false,
            Ok(Event::Reply(reply)) if self.wanted => self.replies.push(OwnedMessage::new(&reply)),
            Ok(_) => {}
            Err(e) => self.finish_with(e.into()),
        }
        if self.answers.is_finished() {
            self.done = true;
            self.wake.notify_one();
        }
        true
    }

    fn finish_with(&mut self, error: Error) {
        self.failure = Some(error);
        self.done = true;
        self.wake.notify_one();
    }
}

/// How the finished exchange of `answers` ended: its first refusal (with
/// the index of the refused request in a batch), else interrupted, else
/// `answer`.
pub(crate) fn outcome<T>(answers: &mut Answers, answer: T) -> Result<T> {
    let in_batch = answers.exchange().mode() == Mode::Batch;
    answers.outcome().map_err(|e| Error::from_request(e, in_batch))?;
    Ok(answer)
}

impl Shared {
    /// Hands each message of a datagram to the request it answers.
    pub(crate) fn dispatch(&mut self, datagram: &[u8], multicast: bool) {
        for msg in Messages::new(datagram) {
            match msg {
                Ok(msg) => self.hand_over(&msg, multicast),
                Err(e) => _ = self.fail_all(Error::Malformed(e)),
            }
        }
    }

    /// Hands one message to the request it answers; drops it if none does.
    pub(crate) fn hand_over(&mut self, msg: &Message<'_>, multicast: bool) {
        if let Some(i) = self.pending.iter_mut().position(|p| !p.done && p.accept(msg, multicast)) {
            if !self.pending[i].wanted && self.pending[i].done {
                self.pending.remove(i);
            }
        }
    }

    /// Ends every waiting request with `error` (their answers are lost),
    /// and gives it back.
    pub(crate) fn fail_all(&mut self, error: Error) -> Error {
        for p in self.pending.iter_mut().filter(|p| !p.done) {
            p.finish_with(error.clone());
        }
        self.pending.retain(|p| p.wanted);
        error
    }

    /// Wakes every waiting caller, so that one of them reads the socket.
    pub(crate) fn wake_all(&self) {
        for p in &self.pending {
            p.wake.notify_one();
        }
    }
}

/// What a waiting request does next.
pub(crate) enum Step {
    /// Its answers are all in.
    Finished(Result<Vec<OwnedMessage>>),
    /// A dump is reading the socket: wait to be woken.
    WaitForDump,
    /// Read the socket, for itself and the others.
    Read,
}

impl Shared {
    /// Waits for the answers of the requests sent from `first_seq`, for the
    /// caller woken by `wake` and holding `permit`; with no caller (a dump
    /// abandoned before its end), keeps reading them and drops them.
    pub(crate) fn expect(
        &mut self,
        first_seq: u32,
        exchange: Exchange,
        caller: Option<(Arc<Notify>, OwnedSemaphorePermit)>,
    ) {
        let wanted = caller.is_some();
        let (wake, permit) =
            caller.map_or_else(|| (Arc::default(), None), |(wake, permit)| (wake, Some(permit)));
        self.pending.push(Pending {
            first_seq,
            answers: Answers::new(exchange),
            wanted,
            replies: Vec::new(),
            failure: None,
            done: false,
            wake,
            _permit: permit,
        });
    }

    /// What the request sent at `first_seq` does next.
    pub(crate) fn step(&mut self, first_seq: u32) -> Step {
        match self.pending.iter().position(|p| p.first_seq == first_seq) {
            Some(i) if self.pending[i].done => {
                let Pending { mut answers, failure, replies, .. } = self.pending.remove(i);
                Step::Finished(failure.map_or_else(|| outcome(&mut answers, replies), Err))
            }
            Some(_) if self.dump_reading => Step::WaitForDump,
            Some(_) => Step::Read,
            None => Step::Finished(Err(Error::NotFound("pending request".into()))),
        }
    }

    /// Forgets the request sent at `first_seq`, whose caller went away: its
    /// entry goes, or stays unwanted until its answers have been read.
    pub(crate) fn forget(&mut self, first_seq: u32) {
        if let Some(i) = self.pending.iter().position(|p| p.first_seq == first_seq) {
            if self.pending[i].done {
                self.pending.remove(i);
            } else {
                self.pending[i].wanted = false;
                self.pending[i].replies = Vec::new();
            }
        }
    }
}
