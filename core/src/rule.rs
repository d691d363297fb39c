//! Policy routing rules: `struct fib_rule_hdr`, `FRA_*` attributes, the
//! [`Rule`] view and the typed requests.
//!
//! ```
//! use nlwire::rule::{table_name, Add, Rule, RuleEntry};
//! use nlwire::{build::Builder, Messages};
//! // ip rule add pref 1000 from 198.51.100.0/24 lookup 100
//! let entry = RuleEntry::new().priority(1000).from("198.51.100.0".parse().unwrap(), 24).lookup(100);
//! let mut buf = [0u8; 128];
//! let mut b = Builder::new(&mut buf);
//! b.push(&Add(entry), 1)?;
//! let r = Rule::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
//! assert_eq!(r.priority()?, Some(1000));
//! assert_eq!(r.src()?.map(|ip| ip.to_string()).as_deref(), Some("198.51.100.0"));
//! assert_eq!(r.src_len(), 24);
//! assert_eq!(r.table()?, 100);
//! assert_eq!(table_name(254), Some("main"));
//! # Ok::<(), nlwire::Error>(())
//! ```
//!
//! Requests: [`Add`] and [`Del`] take a [`RuleEntry`]; [`Dump`] lists the rules.

use core::net::IpAddr;

use crate::attr::Attr;
use crate::build::{Header, MessageWriter, Request};
use crate::error::{Error, Result};
use crate::message::message_view;
use crate::message::{msg_type, MsgFlags};
use crate::tables::rt_rule::FibRuleAttrs;

use crate::rtnl::af::{INET as AF_INET, INET6 as AF_INET6};

pub use crate::tables::rt_rule::{fib_rule_attrs as fra, fr_act as action, FibRuleHdr};

/// Well-known routing table ids (`RT_TABLE_*`).
pub use crate::tables::rt_route::rt_table as table;

/// The name `ip` prints for a table id (`local`, `main`, `default`), if any.
///
/// ```
/// assert_eq!(nlwire::rule::table_name(255), Some("local"));
/// assert_eq!(nlwire::rule::table_name(100), None);
/// ```
pub fn table_name(id: u32) -> Option<&'static str> {
    TABLE_NAMES.iter().find(|(n, _)| *n == id).map(|(_, s)| *s)
}

// `FibRulePortRange`: inclusive, ports in host order.
pub use crate::tables::rt_rule::{FibRuleFlags as RuleFlags, FibRulePortRange, FibRuleUidRange};

message_view! {
    /// A view of an `RTM_NEWRULE`/`RTM_DELRULE`/`RTM_GETRULE` message.
    Rule, FibRuleHdr, FibRuleAttrs, "rule", family = family, [msg_type::RTM_NEWRULE, msg_type::RTM_DELRULE, msg_type::RTM_GETRULE],
    header {
        /// Destination prefix length.
        dst_len: u8 = dst_len,
        /// Source prefix length.
        src_len: u8 = src_len,
        /// TOS to match.
        tos: u8 = tos,
        /// `FR_ACT_*`, see [`action`].
        action: u8 = action,
    }
}

impl<'a> Rule<'a> {
    /// `FIB_RULE_*` flags.
    pub fn flags(&self) -> RuleFlags {
        RuleFlags::from_bits_retain(self.header.flags.get())
    }
    /// The table: `FRA_TABLE` when present, else the header's 8-bit table.
    pub fn table(&self) -> Result<u32> {
        match self.attrs.0.find(fra::TABLE)? {
            Some(a) => a.u32(),
            None => Ok(u32::from(self.header.table)),
        }
    }
    /// `FRA_L3MDEV`: look up the table of the L3 master device.
    pub fn l3mdev(&self) -> Result<bool> {
        Ok(self.attrs.0.find(fra::L3MDEV)?.map(|a| a.u8()).transpose()?.is_some_and(|v| v != 0))
    }
    /// `FRA_SUPPRESS_PREFIXLEN`; `None` also when it is -1 (unset), as `ip` shows it.
    pub fn suppress_prefixlen(&self) -> Result<Option<u32>> {
        Ok(self.attrs.0.read(fra::SUPPRESS_PREFIXLEN, Attr::u32)?.filter(|v| *v != u32::MAX))
    }
    /// `FRA_SUPPRESS_IFGROUP`; `None` also when it is -1 (unset).
    pub fn suppress_ifgroup(&self) -> Result<Option<u32>> {
        Ok(self.attrs.0.read(fra::SUPPRESS_IFGROUP, Attr::u32)?.filter(|v| *v != u32::MAX))
    }
}

// ---------------------------------------------------------------------------
// Requests

/// What a rule does, as `ip rule`'s ACTION.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleAction {
    /// `lookup TABLE` (`FR_ACT_TO_TBL`); ids above 255 go in `FRA_TABLE`.
    Table(u32),
    /// `goto PRIORITY` (`FR_ACT_GOTO` with `FRA_GOTO`).
    Goto(u32),
    /// `nop`.
    Nop,
    /// `blackhole`.
    Blackhole,
    /// `unreachable`.
    Unreachable,
    /// `prohibit`.
    Prohibit,
}

/// A policy rule as `ip rule add|del` describes it: the body of [`Add`] and [`Del`].
///
/// Every selector is optional. [`Add`] follows `ip rule add`: no action
/// means `lookup main`, or the L3 master's table with [`l3mdev`](Self::l3mdev).
///
/// ```
/// use nlwire::build::Builder;
/// use nlwire::rule::{Add, Rule, RuleEntry};
/// use nlwire::Messages;
///
/// let entry = RuleEntry::new().priority(1000).from("10.1.0.0".parse().unwrap(), 24).lookup(100);
/// let mut buf = [0u8; 128];
/// let mut b = Builder::new(&mut buf);
/// b.push(&Add(entry), 1)?;
/// let r = Rule::parse(&Messages::new(b.as_bytes()).next().unwrap()?)?;
/// assert_eq!((r.priority()?, r.src_len(), r.table()?), (Some(1000), 24, 100));
/// # Ok::<(), nlwire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RuleEntry<'a> {
    /// Address family; 0 takes it from `src`/`dst`, else `AF_INET` as `ip rule`.
    pub family: u8,
    /// `FRA_PRIORITY` (`pref`).
    pub priority: Option<u32>,
    /// The action; see the type's docs for the default.
    pub action: Option<RuleAction>,
    /// `from PREFIX`: `FRA_SRC` and `src_len`.
    pub src: Option<(IpAddr, u8)>,
    /// `to PREFIX`: `FRA_DST` and `dst_len`.
    pub dst: Option<(IpAddr, u8)>,
    /// `tos`.
    pub tos: u8,
    /// `not`: invert the selector (`FIB_RULE_INVERT`).
    pub invert: bool,
    /// `fwmark`.
    pub fwmark: Option<u32>,
    /// `fwmark MARK/MASK`: `FRA_FWMASK`.
    pub fwmask: Option<u32>,
    /// `iif NAME`: `FRA_IIFNAME`.
    pub iifname: Option<&'a str>,
    /// `oif NAME`: `FRA_OIFNAME`.
    pub oifname: Option<&'a str>,
    /// `l3mdev`: `FRA_L3MDEV` = 1.
    pub l3mdev: bool,
    /// `uidrange START-END`.
    pub uid_range: Option<(u32, u32)>,
    /// `ipproto`: `FRA_IP_PROTO`.
    pub ip_proto: Option<u8>,
    /// `sport START-END` (1 to 65534).
    pub sport: Option<(u16, u16)>,
    /// `dport START-END` (1 to 65534).
    pub dport: Option<(u16, u16)>,
    /// `suppress_prefixlength`.
    pub suppress_prefixlen: Option<u32>,
    /// `suppress_ifgroup`.
    pub suppress_ifgroup: Option<u32>,
    /// `realms`: `FRA_FLOW`.
    pub realms: Option<u32>,
    /// `tun_id`.
    pub tun_id: Option<u64>,
    /// `dscp` (0 to 63).
    pub dscp: Option<u8>,
    /// `protocol`: `FRA_PROTOCOL`.
    pub protocol: Option<u8>,
}

impl<'a> RuleEntry<'a> {
    /// A rule with no selector and no action.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets the priority (`pref`).
    pub fn priority(self, priority: u32) -> Self {
        RuleEntry { priority: Some(priority), ..self }
    }
    /// `lookup TABLE`.
    pub fn lookup(self, table: u32) -> Self {
        RuleEntry { action: Some(RuleAction::Table(table)), ..self }
    }
    /// Sets the action.
    pub fn action(self, action: RuleAction) -> Self {
        RuleEntry { action: Some(action), ..self }
    }
    /// `from ADDR/LEN`.
    pub fn from(self, addr: IpAddr, len: u8) -> Self {
        RuleEntry { src: Some((addr, len)), ..self }
    }
    /// `to ADDR/LEN`.
    pub fn to(self, addr: IpAddr, len: u8) -> Self {
        RuleEntry { dst: Some((addr, len)), ..self }
    }
    /// `fwmark MARK[/MASK]`.
    pub fn fwmark(self, mark: u32, mask: Option<u32>) -> Self {
        RuleEntry { fwmark: Some(mark), fwmask: mask, ..self }
    }
    /// `iif NAME`.
    pub fn iif(self, name: &'a str) -> Self {
        RuleEntry { iifname: Some(name), ..self }
    }
    /// `oif NAME`.
    pub fn oif(self, name: &'a str) -> Self {
        RuleEntry { oifname: Some(name), ..self }
    }

    fn family(&self) -> Result<u8> {
        let mut family = self.family;
        for (ip, len) in [self.src, self.dst].into_iter().flatten() {
            let (f, max) = match ip {
                IpAddr::V4(_) => (AF_INET, 32),
                IpAddr::V6(_) => (AF_INET6, 128),
            };
            if len > max {
                return Err(Error::invalid("prefix length longer than the address"));
            }
            if family == 0 {
                family = f;
            } else if family != f {
                return Err(Error::invalid("prefix address does not match the rule's family"));
            }
        }
        Ok(if family == 0 { AF_INET } else { family })
    }

    fn validate(&self) -> Result<u8> {
        let family = self.family()?;
        for name in [self.iifname, self.oifname].into_iter().flatten() {
            check_ifname(name)?;
        }
        if let Some((start, end)) = self.uid_range {
            if start > end {
                return Err(Error::invalid("uid range start above its end"));
            }
        }
        for (start, end) in [self.sport, self.dport].into_iter().flatten() {
            if start == 0 || start > end || end == u16::MAX {
                return Err(Error::invalid("port range must be 1 to 65534, start not above end"));
            }
        }
        if self.dscp.is_some_and(|d| d > 63) {
            return Err(Error::invalid("DSCP above 63"));
        }
        if self.l3mdev && matches!(self.action, Some(RuleAction::Table(_))) {
            return Err(Error::invalid("a table cannot be given for l3mdev rules"));
        }
        Ok(family)
    }

    /// Writes the request; `adding` applies `ip rule add`'s action default.
    fn emit(&self, m: &mut MessageWriter<'_>, adding: bool) -> Result<()> {
        let family = self.validate()?;
        let chosen = match self.action {
            None if adding && !self.l3mdev => Some(RuleAction::Table(table::MAIN)),
            other => other,
        };
        let (code, table_id, goto) = match chosen {
            None if adding => (action::TO_TBL, 0, None),
            None => (action::UNSPEC, 0, None),
            // `ip rule del table N` leaves the action unspecified.
            Some(RuleAction::Table(t)) => (if adding { action::TO_TBL } else { action::UNSPEC }, t, None),
            Some(RuleAction::Goto(p)) => (action::GOTO, 0, Some(p)),
            Some(RuleAction::Nop) => (action::NOP, 0, None),
            Some(RuleAction::Blackhole) => (action::BLACKHOLE, 0, None),
            Some(RuleAction::Unreachable) => (action::UNREACHABLE, 0, None),
            Some(RuleAction::Prohibit) => (action::PROHIBIT, 0, None),
        };
        let (header_table, fra_table) = match u8::try_from(table_id) {
            Ok(t) => (t, None),
            Err(_) => (0, Some(table_id)),
        };
        let flags = if self.invert { RuleFlags::INVERT } else { RuleFlags::empty() };
        m.family_header(&FibRuleHdr {
            family,
            dst_len: self.dst.map_or(0, |(_, l)| l),
            src_len: self.src.map_or(0, |(_, l)| l),
            tos: self.tos,
            table: header_table,
            action: code,
            flags: flags.bits().into(),
            ..FibRuleHdr::default()
        })?;
        m.opt(fra::PRIORITY, self.priority, MessageWriter::u32)?;
        if let Some((ip, _)) = self.src {
            m.ip(fra::SRC, ip)?;
        }
        if let Some((ip, _)) = self.dst {
            m.ip(fra::DST, ip)?;
        }
        m.opt(fra::FWMARK, self.fwmark, MessageWriter::u32)?;
        m.opt(fra::FWMASK, self.fwmask, MessageWriter::u32)?;
        m.opt(fra::IIFNAME, self.iifname, MessageWriter::str)?;
        m.opt(fra::OIFNAME, self.oifname, MessageWriter::str)?;
        if self.l3mdev {
            m.u8(fra::L3MDEV, 1)?;
        }
        if let Some((start, end)) = self.uid_range {
            m.struct_attr(fra::UID_RANGE, &FibRuleUidRange { start: start.into(), end: end.into() })?;
        }
        m.opt(fra::IP_PROTO, self.ip_proto, MessageWriter::u8)?;
        if let Some((start, end)) = self.sport {
            m.struct_attr(fra::SPORT_RANGE, &FibRulePortRange { start: start.into(), end: end.into() })?;
        }
        if let Some((start, end)) = self.dport {
            m.struct_attr(fra::DPORT_RANGE, &FibRulePortRange { start: start.into(), end: end.into() })?;
        }
        if let Some(v) = self.tun_id {
            m.attr(fra::TUN_ID, &v.to_be_bytes())?;
        }
        m.opt(fra::DSCP, self.dscp, MessageWriter::u8)?;
        m.opt(fra::FLOW, self.realms, MessageWriter::u32)?;
        m.opt(fra::TABLE, fra_table, MessageWriter::u32)?;
        m.opt(fra::SUPPRESS_PREFIXLEN, self.suppress_prefixlen, MessageWriter::u32)?;
        m.opt(fra::SUPPRESS_IFGROUP, self.suppress_ifgroup, MessageWriter::u32)?;
        m.opt(fra::GOTO, goto, MessageWriter::u32)?;
        m.opt(fra::PROTOCOL, self.protocol, MessageWriter::u8)?;
        Ok(())
    }
}

/// Checks an interface name as the kernel's `dev_valid_name` does: 1 to 15
/// bytes, not `.` or `..`, no `/`, `:` or whitespace.
fn check_ifname(name: &str) -> Result<()> {
    if name.is_empty() || name.len() > 15 {
        return Err(Error::invalid("interface name must be 1 to 15 bytes"));
    }
    if name == "."
        || name == ".."
        || name.bytes().any(|b| b == b'/' || b == b':' || b.is_ascii_whitespace() || b == 0)
    {
        return Err(Error::invalid("interface name holds '/', ':', whitespace or is . or .."));
    }
    Ok(())
}

/// `ip rule add`: `RTM_NEWRULE` with `NLM_F_CREATE | NLM_F_EXCL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Add<'a>(pub RuleEntry<'a>);

/// `ip rule del`: `RTM_DELRULE`; the kernel deletes the first rule that
/// matches every given selector. An entry without any selector is refused,
/// as `ip rule del` refuses to run without arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Del<'a>(pub RuleEntry<'a>);

impl Request for Add<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_NEWRULE, MsgFlags::CREATE | MsgFlags::EXCL, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        self.0.emit(m, true)
    }
}

impl Request for Del<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_DELRULE, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        // With no selector the kernel would delete the first rule it finds.
        // `lookup 0` sends nothing either: table 0 matches any table.
        let action = self.0.action.filter(|a| *a != RuleAction::Table(0));
        if (RuleEntry { action, ..self.0 }) == (RuleEntry { family: self.0.family, ..RuleEntry::default() }) {
            return Err(Error::invalid("rule delete needs at least one selector"));
        }
        self.0.emit(m, false)
    }
}

/// A dumped rule sent back as its own deletion (`ip rule flush`): the body
/// of an `RTM_NEWRULE` (`struct fib_rule_hdr` and its attributes), as they
/// came, in an `RTM_DELRULE`; the kernel deletes the rule that matches all
/// of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DelDumped<'a>(pub &'a [u8]);

impl Request for DelDumped<'_> {
    fn header(&self, seq: u32) -> Header {
        Header::acked(msg_type::RTM_DELRULE, MsgFlags::empty(), seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.raw(self.0)
    }
}

/// `ip rule show`: dumps the rules of a family (0 for all).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dump {
    /// Address family; 0 dumps every family.
    pub family: u8,
}

impl Request for Dump {
    fn header(&self, seq: u32) -> Header {
        Header::dump(msg_type::RTM_GETRULE, seq)
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> Result<()> {
        m.family_header(&FibRuleHdr { family: self.family, ..FibRuleHdr::default() })
    }
}

// ---------------------------------------------------------------------------
// Specs

pub use crate::tables::rt_rule::{
    FIB_RULE_FLAGS as RULE_FLAG_NAMES, FR_ACT_NAMES as ACTION_NAMES, RULE_TABLE_NAMES as TABLE_NAMES,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_prelude::*;

    #[test]
    #[cfg_attr(target_endian = "big", ignore = "the corpus is a little-endian capture")]
    fn reads_the_fwmark_rule() {
        let dump = include_bytes!("../../tests/fixtures/kernel-6.18/rule_dump_inet.bin");
        let msg = Messages::new(dump).nth(2).unwrap().unwrap();
        let r = Rule::parse(&msg).unwrap();
        assert_eq!(r.family(), AF_INET);
        assert_eq!(r.priority().unwrap(), Some(1001));
        assert_eq!(r.fwmark().unwrap(), Some(0x10));
        assert_eq!(r.fwmask().unwrap(), Some(0xffff_ffff));
        assert_eq!(r.action(), action::TO_TBL);
        assert_eq!(r.table().unwrap(), 100);
        assert_eq!(r.suppress_prefixlen().unwrap(), None);
        assert_eq!(r.src().unwrap(), None);
        assert_eq!(msg.get("priority").unwrap(), Some(Value::U32(1001)));
        assert_eq!(msg.get("suppress_prefixlen").unwrap(), Some(Value::S32(-1)));
        assert_eq!(msg.get("action").unwrap(), Some(Value::Enum(1, Some("to_tbl"))));
    }

    #[test]
    #[cfg_attr(target_endian = "big", ignore = "the corpus is a little-endian capture")]
    fn table_attribute_wins_over_the_header() {
        let dump = include_bytes!("../../tests/fixtures/kernel-6.18/rule_dump_inet.bin");
        let msg = Messages::new(dump).next().unwrap().unwrap();
        let r = Rule::parse(&msg).unwrap();
        assert_eq!((r.header().table, r.table().unwrap()), (255, 255));
        assert_eq!(r.priority().unwrap(), None);
    }

    #[test]
    fn tables_above_255_go_in_fra_table() {
        // Header RT_TABLE_UNSPEC, FRA_TABLE carries the id.
        let mut buf = [0u8; 128];
        let mut b = Builder::new(&mut buf);
        b.push(&Add(RuleEntry::new().lookup(1000)), 1).unwrap();
        let r = Rule::parse(&Messages::new(b.as_bytes()).next().unwrap().unwrap()).unwrap();
        assert_eq!((r.header().table, r.table().unwrap()), (0, 1000));
    }

    fn round_trip<'b>(req: &dyn Request, buf: &'b mut [u8]) -> Message<'b> {
        let n = {
            let mut b = Builder::new(buf);
            b.push(req, 3).unwrap()
        };
        let mut again = [0u8; 256];
        let mut b2 = Builder::new(&mut again);
        b2.push(req, 3).unwrap();
        assert_eq!(&buf[..n], b2.as_bytes());
        Messages::new(&buf[..n]).next().unwrap().unwrap()
    }

    #[test]
    fn add_round_trips_every_selector() {
        let src = IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0));
        let dst = IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 1, 0, 0, 0, 0, 0));
        let entry = RuleEntry {
            tos: 0,
            invert: true,
            uid_range: Some((1000, 1999)),
            ip_proto: Some(6),
            sport: Some((1024, 2048)),
            dport: Some((443, 443)),
            suppress_prefixlen: Some(0),
            suppress_ifgroup: Some(5),
            realms: Some(0x0001_0002),
            tun_id: Some(0x0102_0304_0506_0708),
            dscp: Some(46),
            protocol: Some(4),
            ..RuleEntry::new()
                .priority(500)
                .from(src, 32)
                .to(dst, 48)
                .fwmark(0x10, Some(0xff))
                .iif("veth0")
                .oif("br-lan.10")
                .lookup(300)
        };
        let mut buf = [0u8; 256];
        let msg = round_trip(&Add(entry), &mut buf);
        assert_eq!(msg.kind(), msg_type::RTM_NEWRULE);
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::ACK | MsgFlags::CREATE | MsgFlags::EXCL);
        let r = Rule::parse(&msg).unwrap();
        assert_eq!(r.family(), AF_INET6);
        assert_eq!(r.priority().unwrap(), Some(500));
        assert_eq!((r.src().unwrap(), r.src_len()), (Some(src), 32));
        assert_eq!((r.dst().unwrap(), r.dst_len()), (Some(dst), 48));
        assert_eq!(r.flags(), RuleFlags::INVERT);
        assert_eq!((r.fwmark().unwrap(), r.fwmask().unwrap()), (Some(0x10), Some(0xff)));
        assert_eq!(r.iifname().unwrap(), Some("veth0"));
        assert_eq!(r.oifname().unwrap(), Some("br-lan.10"));
        assert_eq!(r.action(), action::TO_TBL);
        assert_eq!(r.table().unwrap(), 300);
        let uid = r.uid_range().unwrap().unwrap();
        assert_eq!((uid.start.get(), uid.end.get()), (1000, 1999));
        assert_eq!(r.ip_proto().unwrap(), Some(6));
        let sp = r.sport_range().unwrap().unwrap();
        assert_eq!((sp.start.get(), sp.end.get()), (1024, 2048));
        let dp = r.dport_range().unwrap().unwrap();
        assert_eq!((dp.start.get(), dp.end.get()), (443, 443));
        assert_eq!(r.suppress_prefixlen().unwrap(), Some(0));
        assert_eq!(r.suppress_ifgroup().unwrap(), Some(5));
        assert_eq!(r.flow().unwrap(), Some(0x0001_0002));
        assert_eq!(r.tun_id().unwrap(), Some(0x0102_0304_0506_0708));
        assert_eq!(r.dscp().unwrap(), Some(46));
        assert_eq!(r.protocol().unwrap(), Some(4));
        assert!(!r.l3mdev().unwrap());
        assert_eq!(r.goto().unwrap(), None);
    }

    #[test]
    fn add_defaults_follow_ip_rule() {
        let mut buf = [0u8; 128];
        // No action: lookup main.
        let r = RuleEntry::new().from(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 0)), 24);
        let msg = round_trip(&Add(r), &mut buf);
        let v = Rule::parse(&msg).unwrap();
        assert_eq!((v.action(), v.table().unwrap(), v.family()), (action::TO_TBL, table::MAIN, AF_INET));
        // l3mdev: to_tbl without a table.
        let r = RuleEntry { l3mdev: true, ..RuleEntry::new().priority(1000) };
        let msg = round_trip(&Add(r), &mut buf);
        let v = Rule::parse(&msg).unwrap();
        assert_eq!((v.action(), v.table().unwrap()), (action::TO_TBL, 0));
        assert!(v.l3mdev().unwrap());
        // goto and the drop actions.
        let msg = round_trip(&Add(RuleEntry::new().action(RuleAction::Goto(32000))), &mut buf);
        let v = Rule::parse(&msg).unwrap();
        assert_eq!((v.action(), v.goto().unwrap(), v.table().unwrap()), (action::GOTO, Some(32000), 0));
        for (a, code) in [
            (RuleAction::Nop, action::NOP),
            (RuleAction::Blackhole, action::BLACKHOLE),
            (RuleAction::Unreachable, action::UNREACHABLE),
            (RuleAction::Prohibit, action::PROHIBIT),
        ] {
            let msg = round_trip(&Add(RuleEntry::new().action(a)), &mut buf);
            assert_eq!(Rule::parse(&msg).unwrap().action(), code);
        }
    }

    #[test]
    fn del_and_dump_round_trip() {
        let mut buf = [0u8; 128];
        let msg = round_trip(&Del(RuleEntry::new().priority(1000)), &mut buf);
        assert_eq!(msg.kind(), msg_type::RTM_DELRULE);
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::ACK);
        let v = Rule::parse(&msg).unwrap();
        assert_eq!((v.action(), v.table().unwrap(), v.priority().unwrap()), (action::UNSPEC, 0, Some(1000)));
        let msg = round_trip(&Del(RuleEntry::new().lookup(100)), &mut buf);
        let v = Rule::parse(&msg).unwrap();
        assert_eq!((v.action(), v.table().unwrap()), (action::UNSPEC, 100));

        let msg = round_trip(&Dump { family: AF_INET6 }, &mut buf);
        assert_eq!(msg.kind(), msg_type::RTM_GETRULE);
        assert_eq!(msg.flags(), MsgFlags::REQUEST | MsgFlags::DUMP);
        assert_eq!(msg.payload(), &[10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn add_matches_the_uapi_layout_byte_for_byte() {
        // ip rule add pref 1000 from 10.1.0.0/24 table 100
        let entry =
            RuleEntry::new().priority(1000).from(IpAddr::V4(Ipv4Addr::new(10, 1, 0, 0)), 24).lookup(100);
        let mut buf = [0u8; 128];
        let n = Builder::new(&mut buf).push(&Add(entry), 9).unwrap();
        let mut want = [0u8; 44];
        want[0..4].copy_from_slice(&44u32.to_ne_bytes());
        want[4..6].copy_from_slice(&32u16.to_ne_bytes()); // RTM_NEWRULE
        want[6..8].copy_from_slice(&0x0605u16.to_ne_bytes()); // REQUEST|ACK|EXCL|CREATE
        want[8..12].copy_from_slice(&9u32.to_ne_bytes());
        // fib_rule_hdr: AF_INET, dst_len 0, src_len 24, tos 0, table 100, res, res, FR_ACT_TO_TBL, flags 0
        want[16..24].copy_from_slice(&[2, 0, 24, 0, 100, 0, 0, 1]);
        // FRA_PRIORITY (6) = 1000
        want[28..30].copy_from_slice(&8u16.to_ne_bytes());
        want[30..32].copy_from_slice(&6u16.to_ne_bytes());
        want[32..36].copy_from_slice(&1000u32.to_ne_bytes());
        // FRA_SRC (2) = 10.1.0.0
        want[36..38].copy_from_slice(&8u16.to_ne_bytes());
        want[38..40].copy_from_slice(&2u16.to_ne_bytes());
        want[40..44].copy_from_slice(&[10, 1, 0, 0]);
        assert_eq!(&buf[..n], &want[..]);
    }

    #[test]
    fn invalid_values_write_nothing() {
        let v4 = IpAddr::V4(Ipv4Addr::new(10, 0, 0, 0));
        let v6 = IpAddr::V6(Ipv6Addr::UNSPECIFIED);
        let cases: [(RuleEntry<'_>, &str); 14] = [
            (RuleEntry::new().from(v4, 33), "v4 prefix 33"),
            (RuleEntry::new().to(v6, 129), "v6 prefix 129"),
            (RuleEntry::new().from(v4, 8).to(v6, 8), "mixed families"),
            (RuleEntry { family: AF_INET6, ..RuleEntry::new().from(v4, 8) }, "family mismatch"),
            (RuleEntry::new().iif(""), "empty name"),
            (RuleEntry::new().iif("abcdefghijklmnop"), "16-byte name"),
            (RuleEntry::new().oif("a/b"), "slash"),
            (RuleEntry::new().oif("eth0:1"), "colon"),
            (RuleEntry::new().iif("a b"), "space"),
            (RuleEntry::new().iif(".."), "dotdot"),
            (RuleEntry { uid_range: Some((10, 9)), ..RuleEntry::new() }, "uid range"),
            (RuleEntry { sport: Some((0, 10)), ..RuleEntry::new() }, "port 0"),
            (RuleEntry { dport: Some((10, 65535)), ..RuleEntry::new() }, "port 65535"),
            (RuleEntry { l3mdev: true, ..RuleEntry::new().lookup(10) }, "l3mdev with table"),
        ];
        for (entry, what) in cases {
            let mut buf = [0u8; 128];
            let mut b = Builder::new(&mut buf);
            let err = b.push(&Add(entry), 1).unwrap_err();
            assert!(matches!(err, Error::InvalidValue { .. }), "{what}: {err:?}");
            assert!(b.push(&Del(entry), 1).is_err(), "{what}");
            assert!(b.is_empty(), "{what}");
        }
        let mut buf = [0u8; 128];
        let mut b = Builder::new(&mut buf);
        b.push(&Add(RuleEntry::new().iif("abcdefghijklmno").to(v6, 128)), 1).unwrap();
        let err = b.push(&Del(RuleEntry { family: AF_INET6, ..RuleEntry::new() }), 2).unwrap_err();
        assert!(matches!(err, Error::InvalidValue { .. }));
        // `lookup 0` is no selector: the message would match every rule.
        let err = b.push(&Del(RuleEntry::new().lookup(0)), 2).unwrap_err();
        assert!(matches!(err, Error::InvalidValue { .. }));
        assert!(b.push(&Add(RuleEntry { dscp: Some(64), ..RuleEntry::new() }), 2).is_err());
    }
}
