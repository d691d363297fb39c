//! Routes: `struct rtmsg`, `RTA_*`, and the multipath next hops.

use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::Attrs;
use crate::error::{Error, Result};
use crate::spec::{MessageSpec, Space, StructSpec};
use crate::wire::{align, NeI32, NeU16};

/// `struct rtnexthop`: one next hop of `RTA_MULTIPATH`, followed by its attributes.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct RtNextHop {
    /// Length of this next hop, attributes included.
    pub len: NeU16,
    /// `RTNH_F_*` flags.
    pub flags: u8,
    /// Weight minus one (`rtnh_hops`).
    pub hops: u8,
    /// Output interface index.
    pub ifindex: NeI32,
}

/// One next hop borrowed from `RTA_MULTIPATH`.
#[derive(Clone, Copy, Debug)]
pub struct NextHop<'a> {
    header: &'a RtNextHop,
    attrs: &'a [u8],
    offset: usize,
}

impl<'a> NextHop<'a> {
    /// `RTNH_F_*` flags.
    pub fn flags(&self) -> u8 {
        self.header.flags
    }
    /// The weight as `ip` shows it (`rtnh_hops + 1`).
    pub fn weight(&self) -> u16 {
        u16::from(self.header.hops) + 1
    }
    /// Output interface index.
    pub fn ifindex(&self) -> i32 {
        self.header.ifindex.get()
    }
    /// The next hop's attributes (`RTA_GATEWAY`, `RTA_VIA`, ...).
    pub fn attrs(&self) -> Attrs<'a> {
        Attrs::with_offset(self.attrs, self.offset + core::mem::size_of::<RtNextHop>())
    }
}

/// Iterator over the next hops of an `RTA_MULTIPATH` payload.
#[derive(Clone, Debug)]
pub struct NextHops<'a> {
    buf: &'a [u8],
    pos: usize,
    failed: bool,
}

impl<'a> NextHops<'a> {
    /// Walks the next hops in `payload`.
    pub fn new(payload: &'a [u8]) -> Self {
        NextHops { buf: payload, pos: 0, failed: false }
    }
}

impl<'a> Iterator for NextHops<'a> {
    type Item = Result<NextHop<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let rest = self.buf.get(self.pos..).filter(|r| !r.is_empty())?;
        let offset = self.pos;
        let size = core::mem::size_of::<RtNextHop>();
        let parsed = RtNextHop::ref_from_prefix(rest)
            .map_err(|_| Error::Truncated { offset, needed: size, available: rest.len() })
            .and_then(|(header, _)| {
                let len = usize::from(header.len.get());
                if len < size {
                    return Err(Error::BadLength { offset, len });
                }
                let attrs = rest.get(size..len).ok_or(Error::Truncated {
                    offset,
                    needed: len,
                    available: rest.len(),
                })?;
                Ok(NextHop { header, attrs, offset })
            });
        match parsed {
            Ok(hop) => {
                self.pos =
                    self.pos.saturating_add(align(usize::from(hop.header.len.get()))).min(self.buf.len());
                Some(Ok(hop))
            }
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

/// Placeholder header spec until the route family lands.
pub static RTMSG: StructSpec = StructSpec { name: "rtmsg", size: 12, fields: &[] };
/// Top-level route attributes.
pub static ROUTE: Space = Space { name: "route", attrs: &[] };
/// Spec of route messages.
pub static MESSAGE: MessageSpec = MessageSpec { family: "route", header: &RTMSG, space: &ROUTE };

/// `enum rt_scope_t` values with the names `ip` prints.
pub static SCOPE_NAMES: &[(u32, &str)] =
    &[(0, "global"), (200, "site"), (253, "link"), (254, "host"), (255, "nowhere")];
