//! Standalone tc actions (`tc actions`): `RTM_NEWACTION`, `RTM_DELACTION`
//! and `RTM_GETACTION` (linux/rtnetlink.h), whose family header is `struct
//! tcamsg` and whose attributes are `TCA_ROOT_*` (the actions in
//! `TCA_ROOT_TAB`, each a nest numbered by its order holding `TCA_ACT_*`,
//! linux/pkt_cls.h). The kernel's YAML specs lack these messages, so their
//! numbers are here, once.
//!
//! ```text
//! tc actions list action mirred      ActionDump { kind: "mirred", since_ms: None }
//! tc actions get action mirred index 3    ActionGet { kind: "mirred", index: 3, delete: false }
//! tc actions flush action mirred     ActionFlush { kind: "mirred" }
//! ```

use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use crate::attr::Attrs;
use crate::build::{Header, MessageWriter, Request};
use crate::message::{split, Message, MsgFlags};
use crate::tables::tc::act_attrs;
use crate::{Error, Result};

/// `RTM_NEWACTION`.
pub const RTM_NEWACTION: u16 = 48;
/// `RTM_DELACTION`.
pub const RTM_DELACTION: u16 = 49;
/// `RTM_GETACTION`.
pub const RTM_GETACTION: u16 = 50;

/// `TCA_ROOT_*`: the attributes of an action message.
pub mod tca_root {
    /// `TCA_ROOT_TAB` (`TCA_ACT_TAB`): the actions, nests numbered by order.
    pub const TAB: u16 = 1;
    /// `TCA_ROOT_FLAGS`: a `struct nla_bitfield32` of `TCA_ACT_FLAG_*`.
    pub const FLAGS: u16 = 2;
    /// `TCA_ROOT_COUNT`: how many actions this message of a dump holds.
    pub const COUNT: u16 = 3;
    /// `TCA_ROOT_TIME_DELTA`: only actions used in the last N milliseconds.
    pub const TIME_DELTA: u16 = 4;
}

/// `TCA_ACT_FLAG_LARGE_DUMP_ON`: many actions to a message of a dump.
pub const TCA_ACT_FLAG_LARGE_DUMP_ON: u32 = 1;

/// `TCA_ACT_FLAGS_*`: the bits of an action's `TCA_ACT_FLAGS` bitfield.
pub mod act_flags {
    /// `TCA_ACT_FLAGS_NO_PERCPU_STATS`.
    pub const NO_PERCPU_STATS: u32 = 1 << 0;
    /// `TCA_ACT_FLAGS_SKIP_HW`.
    pub const SKIP_HW: u32 = 1 << 1;
    /// `TCA_ACT_FLAGS_SKIP_SW`.
    pub const SKIP_SW: u32 = 1 << 2;
}

/// `TCA_ACT_HW_STATS_*`: the bits of `TCA_ACT_HW_STATS` and
/// `TCA_ACT_USED_HW_STATS`; none is `disabled`.
pub mod hw_stats {
    /// `TCA_ACT_HW_STATS_IMMEDIATE`.
    pub const IMMEDIATE: u32 = 1 << 0;
    /// `TCA_ACT_HW_STATS_DELAYED`.
    pub const DELAYED: u32 = 1 << 1;
}

/// `struct tcamsg`: the family and padding.
#[derive(
    FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned, Clone, Copy, Debug, Default, PartialEq, Eq,
)]
#[repr(C)]
pub struct TcaMsg {
    /// `tca_family`: `AF_UNSPEC`.
    pub family: u8,
    /// Padding.
    pub pad: [u8; 3],
}

/// The actions of one kind (`tc actions list action KIND [since MS]`):
/// a dump of `RTM_GETACTION` with the kind in the table and
/// `TCA_ACT_FLAG_LARGE_DUMP_ON`, as tc asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionDump<'a> {
    /// The kind (`mirred`, `gact`).
    pub kind: &'a str,
    /// `TCA_ROOT_TIME_DELTA`: only those used in the last N milliseconds.
    pub since_ms: Option<u32>,
}

/// Writes `struct tcamsg` and a table of one action of `kind`, with
/// `TCA_ACT_INDEX` when given.
fn table(m: &mut MessageWriter<'_>, kind: &str, index: Option<u32>) -> Result<()> {
    if kind.is_empty() {
        return Err(Error::InvalidValue { what: "action without a kind" });
    }
    m.family_header(&TcaMsg::default())?;
    m.container(tca_root::TAB, |m| {
        m.container(1, |m| {
            m.str(act_attrs::KIND, kind)?;
            m.opt(act_attrs::INDEX, index, MessageWriter::u32)
        })
    })
}

impl Request for ActionDump<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::dump(RTM_GETACTION, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        table(m, self.kind, None)?;
        let on = TCA_ACT_FLAG_LARGE_DUMP_ON.to_ne_bytes();
        m.attr_parts(tca_root::FLAGS, &[&on, &on])?;
        m.opt(tca_root::TIME_DELTA, self.since_ms, MessageWriter::u32)
    }
}

/// Deletes every action of one kind (`tc actions flush action KIND`):
/// `RTM_DELACTION` with `NLM_F_ROOT`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionFlush<'a> {
    /// The kind.
    pub kind: &'a str,
}

impl Request for ActionFlush<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::acked(RTM_DELACTION, MsgFlags::ROOT, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        table(m, self.kind, None)?;
        let on = TCA_ACT_FLAG_LARGE_DUMP_ON.to_ne_bytes();
        m.attr_parts(tca_root::FLAGS, &[&on, &on])
    }
}

/// One action by its kind and index (`tc actions get|delete action KIND
/// index N`): `RTM_GETACTION`, whose answer holds it, or `RTM_DELACTION`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionGet<'a> {
    /// The kind.
    pub kind: &'a str,
    /// `TCA_ACT_INDEX`; 0 is not sent, as tc leaves it out.
    pub index: u32,
    /// `RTM_DELACTION` rather than `RTM_GETACTION`.
    pub delete: bool,
}

impl Request for ActionGet<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::acked(if self.delete { RTM_DELACTION } else { RTM_GETACTION }, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        table(m, self.kind, Some(self.index).filter(|i| *i != 0))
    }
}

/// Adds or replaces an action (`tc actions add|replace action KIND ...`):
/// One action of a table: its kind and `TCA_ACT_OPTIONS`' payload (the
/// kind's attributes), as a filter carries its actions
/// ([`U32Filter::actions`](crate::tc::request::U32Filter::actions)).
///
/// ```
/// use nlwire::tc::action::TcAction;
/// // The options are the kind's attributes: mirred's TCA_MIRRED_PARMS.
/// let options = [0u8; 32];
/// let redirect = TcAction { kind: "mirred", options: &options };
/// # let _ = redirect;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TcAction<'a> {
    /// The kind (`TCA_ACT_KIND`), such as `"mirred"`.
    pub kind: &'a str,
    /// `TCA_ACT_OPTIONS`' payload: the kind's attributes.
    pub options: &'a [u8],
}

/// Most actions a table holds (`TCA_ACT_MAX_PRIO`).
pub const TCA_ACT_MAX_PRIO: usize = 32;

/// A table of actions in the attribute `table` (`TCA_ROOT_TAB`,
/// `TCA_U32_ACT`, ...) as tc's `parse_action` writes one: a nest numbered by
/// its order for each action, holding `TCA_ACT_KIND` and the options,
/// marked `NLA_F_NESTED` as tc marks them.
pub(crate) fn emit_table(m: &mut MessageWriter<'_>, table: u16, actions: &[TcAction<'_>]) -> Result<()> {
    if actions.len() > TCA_ACT_MAX_PRIO {
        return Err(Error::InvalidValue { what: "more than 32 actions" });
    }
    if actions.iter().any(|a| a.kind.is_empty()) {
        return Err(Error::InvalidValue { what: "action without a kind" });
    }
    m.container(table, |m| {
        (1..).zip(actions).try_for_each(|(order, action)| {
            m.container(order, |m| {
                m.str(act_attrs::KIND, action.kind)?;
                m.nest(act_attrs::OPTIONS, |m| m.raw(action.options))
            })
        })
    })
}

/// `RTM_NEWACTION` with `NLM_F_CREATE` and `NLM_F_EXCL` or `NLM_F_REPLACE`;
/// the kind's options (`TCA_ACT_OPTIONS`' payload, its parameters holding
/// the index) as the kind's parser writes them; only the options marked
/// `NLA_F_NESTED`, as tc marks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionAdd<'a> {
    /// The kind.
    pub kind: &'a str,
    /// `TCA_ACT_OPTIONS`' payload: the kind's attributes.
    pub options: &'a [u8],
    /// Replace one of the same index rather than fail.
    pub replace: bool,
}

impl Request for ActionAdd<'_> {
    fn header(&self, seq: u32) -> Header {
        let how = if self.replace { MsgFlags::REPLACE } else { MsgFlags::EXCL };
        Header::acked(RTM_NEWACTION, MsgFlags::CREATE.union(how), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&TcaMsg::default())?;
        emit_table(m, tca_root::TAB, &[TcAction { kind: self.kind, options: self.options }])
    }
}

/// An action message from the kernel: its `TCA_ROOT_COUNT` and the table.
#[derive(Clone, Debug)]
pub struct ActionMessage<'a> {
    attrs: Attrs<'a>,
}

impl<'a> ActionMessage<'a> {
    /// Reads an `RTM_NEWACTION`, `RTM_DELACTION` or `RTM_GETACTION`.
    pub fn parse(msg: &Message<'a>) -> Result<Self> {
        let (_, attrs) = split::<TcaMsg>(msg, &[RTM_NEWACTION, RTM_DELACTION, RTM_GETACTION], "tc action")?;
        Ok(ActionMessage { attrs })
    }
    /// `TCA_ROOT_COUNT`.
    pub fn count(&self) -> Result<Option<u32>> {
        self.attrs.find(tca_root::COUNT)?.map(|a| a.u32()).transpose()
    }
    /// `TCA_ROOT_TAB`: the actions, nests numbered by their order.
    pub fn table(&self) -> Result<Option<Attrs<'a>>> {
        Ok(self.attrs.find(tca_root::TAB)?.map(|a| a.nested()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::Builder;
    use crate::test_prelude::*;

    fn emit<R: Request>(r: &R) -> Vec<u8> {
        let mut buf = [0u8; 256];
        let mut b = Builder::new(&mut buf);
        b.push(r, 7).unwrap();
        b.as_bytes().to_vec()
    }

    fn ne16(v: &mut Vec<u8>, x: u16) {
        v.extend_from_slice(&x.to_ne_bytes());
    }

    fn ne32(v: &mut Vec<u8>, x: u32) {
        v.extend_from_slice(&x.to_ne_bytes());
    }

    /// nlmsghdr of `len` bytes, then `struct tcamsg` (4 bytes of zeros).
    fn start(v: &mut Vec<u8>, len: u32, kind: u16, flags: u16) {
        ne32(v, len);
        ne16(v, kind);
        ne16(v, flags);
        ne32(v, 7);
        ne32(v, 0);
        v.extend_from_slice(&[0; 4]);
    }

    /// TCA_ROOT_TAB (1) { 1 { TCA_ACT_KIND (1) "mirred\0" [TCA_ACT_INDEX (3) index] } }.
    fn mirred_table(v: &mut Vec<u8>, index: Option<u32>) {
        let extra = if index.is_some() { 8 } else { 0 };
        ne16(v, 4 + 4 + 12 + extra);
        ne16(v, 1);
        ne16(v, 4 + 12 + extra);
        ne16(v, 1);
        ne16(v, 11);
        ne16(v, 1);
        v.extend_from_slice(b"mirred\0\0");
        if let Some(index) = index {
            ne16(v, 8);
            ne16(v, 3);
            ne32(v, index);
        }
    }

    /// `tc actions list action mirred` (RTM_GETACTION 50, REQUEST | DUMP
    /// 0x301), `tc actions get action mirred index 3` (with ACK, which tc
    /// leaves to the kernel's answer), `tc actions flush action mirred`
    /// (RTM_DELACTION 49, REQUEST | ACK | ROOT 0x105): byte for byte as
    /// linux/rtnetlink.h and linux/pkt_cls.h lay them out.
    #[test]
    fn action_requests_are_byte_exact() {
        // The whole table of mirred, then TCA_ROOT_FLAGS (2): nla_bitfield32
        // { value, selector } = LARGE_DUMP_ON.
        let listed = |kind: u16, flags: u16| {
            let mut want = Vec::new();
            start(&mut want, 16 + 4 + 20 + 12, kind, flags);
            mirred_table(&mut want, None);
            ne16(&mut want, 12);
            ne16(&mut want, 2);
            [1, 1].into_iter().for_each(|word| ne32(&mut want, word));
            want
        };
        let want = listed(50, 0x301);
        assert_eq!(emit(&ActionDump { kind: "mirred", since_ms: None }), want);

        let mut since = want.clone();
        since[0..4].copy_from_slice(&(16 + 4 + 20 + 12 + 8u32).to_ne_bytes());
        ne16(&mut since, 8);
        ne16(&mut since, 4); // TCA_ROOT_TIME_DELTA
        ne32(&mut since, 1000);
        assert_eq!(emit(&ActionDump { kind: "mirred", since_ms: Some(1000) }), since);

        let mut want = Vec::new();
        start(&mut want, 16 + 4 + 28, 50, 0x5);
        mirred_table(&mut want, Some(3));
        assert_eq!(emit(&ActionGet { kind: "mirred", index: 3, delete: false }), want);
        want[4..6].copy_from_slice(&49u16.to_ne_bytes());
        assert_eq!(emit(&ActionGet { kind: "mirred", index: 3, delete: true }), want);

        assert_eq!(emit(&ActionFlush { kind: "mirred" }), listed(49, 0x105));

        // add: RTM_NEWACTION 48, REQUEST | ACK | EXCL | CREATE 0x605; replace 0x505.
        let options = [8, 0, 9, 0, 1, 2, 3, 4];
        let mut want = Vec::new();
        start(&mut want, 16 + 4 + 32, 48, 0x605);
        ne16(&mut want, 4 + 4 + 12 + 12);
        ne16(&mut want, 1);
        ne16(&mut want, 4 + 12 + 12);
        ne16(&mut want, 1);
        ne16(&mut want, 11);
        ne16(&mut want, 1);
        want.extend_from_slice(b"mirred\0\0");
        ne16(&mut want, 12);
        ne16(&mut want, 2 | 0x8000); // TCA_ACT_OPTIONS | NLA_F_NESTED
        want.extend_from_slice(&options);
        let add = ActionAdd { kind: "mirred", options: &options, replace: false };
        assert_eq!(emit(&add), want);
        want[6..8].copy_from_slice(&0x505u16.to_ne_bytes());
        assert_eq!(emit(&ActionAdd { replace: true, ..add }), want);
    }

    #[test]
    fn an_action_message_reads_back() {
        let bytes = emit(&ActionGet { kind: "mirred", index: 3, delete: false });
        let msg = crate::Messages::new(&bytes).next().unwrap().unwrap();
        let a = ActionMessage::parse(&msg).unwrap();
        assert_eq!(a.count().unwrap(), None);
        let first = a.table().unwrap().unwrap().next().unwrap().unwrap();
        let act = crate::tables::tc::ActAttrs(first.nested());
        assert_eq!((first.kind(), act.kind().unwrap(), act.index().unwrap()), (1, Some("mirred"), Some(3)));
        let mut buf = [0u8; 64];
        let mut b = Builder::new(&mut buf);
        assert!(b.push(&ActionFlush { kind: "" }, 1).is_err());
    }
}
