//! Shared by the typed-request targets: emit a request as a caller does and
//! hold the builder to its guarantee (RELIABILITY.md): a refused request
//! completes nothing, earlier messages and `len()` untouched.

use nlwire::build::{Builder, Header, Request};
use nlwire::message::NLMSG_HDRLEN;
use nlwire::{msg_type, Error, MsgFlags};

/// Room for any request the targets make.
const ROOM: usize = 4096;

/// The bytes of `request` as its one message, or `None` when the builder
/// refuses it. On the way the request is emitted again after another
/// message, into a buffer cut to `cut` bytes (modulo what it needs): it
/// either fits and gives the same bytes, or is refused with the room it
/// needs and the first message left as it was.
pub fn emit<R: Request>(request: &R, cut: u16) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; ROOM];
    let mut b = Builder::new(&mut buf);
    let bytes = match b.push(request, 1) {
        Ok(len) => b.as_bytes()[..len].to_vec(),
        Err(_) => {
            assert!(b.is_empty(), "a refused request completed a message");
            return None;
        }
    };

    // An empty message first: its header alone.
    let first = Header::new(msg_type::NOOP, MsgFlags::REQUEST, 7);
    let capacity = NLMSG_HDRLEN + usize::from(cut) % (bytes.len() + 1);
    let mut buf = vec![0u8; capacity];
    let mut b = Builder::new(&mut buf);
    let before = b.message(first, |_| Ok(())).expect("an empty message fits");
    let kept = b.as_bytes().to_vec();
    match b.push(request, 1) {
        Ok(len) => assert_eq!(&b.as_bytes()[before..before + len], &bytes[..], "emitted twice, bytes differ"),
        Err(Error::BufferTooSmall { needed, capacity: c }) => {
            assert_eq!((needed, c), (before + bytes.len(), capacity), "the refusal names the room needed");
            assert_eq!(b.len(), before, "a refused request changed len()");
            assert_eq!(b.as_bytes(), &kept[..], "a refused request changed the earlier message");
        }
        Err(e) => panic!("a request emitted once was refused the second time: {e:?}"),
    }
    Some(bytes)
}
