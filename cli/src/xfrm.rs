//! `nlw xfrm state|policy|monitor ...`: IPsec states and policies over
//! `NETLINK_XFRM`, as iproute2 6.1's `ip xfrm` (text only: ip 6.1 has no
//! JSON for xfrm). The words ip reads alike for both objects (an ID, a
//! selector, a mark, a mode, a limit) are read here, and what both print
//! is in [`print`].
//!
//! ```sh
//! nlw xfrm policy add src 192.0.2.0/24 dst 198.51.100.0/24 dir out tmpl src 192.0.2.1 dst 198.51.100.1 proto esp mode tunnel
//! nlw -s xfrm state list
//! ```

mod monitor;
mod policy;
mod print;
mod state;

use std::net::IpAddr;

use nlwire::build::Request;
use nlwire::xfrm::{self, address, mode, Id, LifetimeCfg, Mark, Selector};

use crate::args::{incomplete, invalid};
use crate::names::{c_number, NameFile};
use crate::{CliError, Ctx, Result};

/// `nlw xfrm help`.
pub const USAGE: &str = "Usage: nlw xfrm XFRM-OBJECT { COMMAND | help }
where  XFRM-OBJECT := state | policy | monitor";

/// `nlw xfrm ...`.
pub enum XfrmCommand {
    /// `state ...`.
    State(state::StateCommand),
    /// `policy ...`.
    Policy(policy::PolicyCommand),
    /// `monitor ...`.
    Monitor(monitor::MonitorCommand),
}

impl XfrmCommand {
    /// Parses the words after `xfrm`; `family` is `-4`/`-6` (0: neither).
    pub fn parse(words: &[String], family: u8) -> Result<Self> {
        let Some((object, rest)) = words.split_first() else { return Err(usage()) };
        if crate::matches(object, "state", 1) || crate::matches(object, "sa", 1) {
            return Ok(XfrmCommand::State(state::StateCommand::parse(rest, family)?));
        }
        if crate::matches(object, "policy", 1) {
            return Ok(XfrmCommand::Policy(policy::PolicyCommand::parse(rest, family)?));
        }
        if crate::matches(object, "monitor", 1) {
            return Ok(XfrmCommand::Monitor(monitor::MonitorCommand::parse(rest)?));
        }
        Err(usage())
    }

    /// Opens an xfrm socket (in `-n NETNS`) and runs the command.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let mut xfrm = match ctx.netns.as_deref() {
            Some(name) => crate::open_netns(name, nlwire_std::Xfrm::in_netns)?,
            None => nlwire_std::Xfrm::new()?,
        };
        match self {
            XfrmCommand::State(state) => state.run(ctx, &mut xfrm),
            XfrmCommand::Policy(policy) => policy.run(ctx, &mut xfrm),
            XfrmCommand::Monitor(monitor) => monitor.run(ctx, &mut xfrm),
        }
    }
}

fn usage() -> CliError {
    CliError::usage(USAGE)
}

/// The words of a command, read as ip reads its `argv`: a cursor on the
/// current word, `NEXT_ARG` (a missing word: ip's `incomplete_command`),
/// `PREV_ARG` to give one back.
pub struct Argv<'a> {
    words: &'a [String],
    /// The current word's index: -1 when `PREV_ARG` stepped before the first.
    at: isize,
}

impl<'a> Argv<'a> {
    fn new(words: &'a [String]) -> Self {
        Argv { words, at: 0 }
    }
    /// The current word (`""` past the end).
    fn cur(&self) -> &'a str {
        usize::try_from(self.at).ok().and_then(|at| self.words.get(at)).map_or("", String::as_str)
    }
    /// The number of words.
    fn len(&self) -> isize {
        isize::try_from(self.words.len()).unwrap_or(isize::MAX)
    }
    /// Whether a word is left at the cursor.
    fn more(&self) -> bool {
        self.at < self.len()
    }
    /// `NEXT_ARG_OK`: whether a word follows the current one.
    fn next_ok(&self) -> bool {
        self.at + 1 < self.len()
    }
    /// `NEXT_ARG`: steps to the next word, which must be there.
    fn next(&mut self) -> Result<&'a str> {
        if !self.next_ok() {
            return Err(incomplete());
        }
        self.at += 1;
        Ok(self.cur())
    }
    /// `if (!NEXT_ARG_OK()) break; NEXT_ARG();`: steps to the next word if
    /// there is one.
    fn advance(&mut self) -> bool {
        let more = self.next_ok();
        if more {
            self.at += 1;
        }
        more
    }
    /// `argc--; argv++` after a keyword and its values.
    fn step(&mut self) {
        self.at += 1;
    }
    /// `PREV_ARG`.
    fn back(&mut self) {
        self.at -= 1;
    }
}

/// ip's `missarg`.
fn missing(what: &str) -> CliError {
    CliError::usage(format!("Error: argument \"{what}\" is required"))
}

/// What ip refuses with `exit(1)`, in its words.
fn refused(msg: impl Into<String>) -> CliError {
    CliError::rejected(msg)
}

/// ip's `get_u32(.., 0)` for `what`.
fn u32_of(word: &str, what: &str) -> Result<u32> {
    c_number(word).and_then(|v| u32::try_from(v).ok()).ok_or_else(|| invalid(what, word))
}

/// ip's `get_u64(.., 0)` for `what`.
fn u64_of(word: &str, what: &str) -> Result<u64> {
    c_number(word).ok_or_else(|| invalid(what, word))
}

/// `ip xfrm`'s protocols of a state or template.
const XFRM_PROTOS: [(&str, u8); 6] = [
    ("esp", xfrm::IPPROTO_ESP),
    ("ah", xfrm::IPPROTO_AH),
    ("comp", xfrm::IPPROTO_COMP),
    ("route2", xfrm::IPPROTO_ROUTING),
    ("hao", xfrm::IPPROTO_DSTOPTS),
    ("ipsec-any", xfrm::IPSEC_PROTO_ANY),
];

/// The value `word` names in `table` (`word` a prefix of the name when
/// `abbreviated`, as ip's `matches`), or ip's refusal saying `what`.
fn named(table: &[(&str, u8)], word: &str, abbreviated: bool, what: &str) -> Result<u8> {
    let is = |name: &str| if abbreviated { crate::matches(word, name, 1) } else { word == name };
    table.iter().find(|(name, _)| is(name)).map(|(_, v)| *v).ok_or_else(|| invalid(what, word))
}

/// The name of `value` in `table`, or its number.
fn name_in(table: &[(&str, u8)], value: u8) -> String {
    table.iter().find(|(_, v)| *v == value).map_or_else(|| value.to_string(), |(n, _)| (*n).to_owned())
}

/// ip's `xfrm_xfrmproto_getbyname`.
fn xfrm_proto(word: &str) -> Result<u8> {
    named(&XFRM_PROTOS, word, false, "XFRM-PROTO value is invalid")
}

/// ip's `strxf_xfrmproto`: the name, or the number.
fn xfrm_proto_name(proto: u8) -> String {
    name_in(&XFRM_PROTOS, proto)
}

/// ESP, AH or IPComp.
fn is_ipsec(proto: u8) -> bool {
    [xfrm::IPPROTO_ESP, xfrm::IPPROTO_AH, xfrm::IPPROTO_COMP].contains(&proto)
}

/// Mobile IPv6's route optimization (`route2`, `hao`).
fn is_ro(proto: u8) -> bool {
    [xfrm::IPPROTO_ROUTING, xfrm::IPPROTO_DSTOPTS].contains(&proto)
}

/// The modes, as ip names them.
const MODES: [(&str, u8); 5] = [
    ("transport", mode::TRANSPORT),
    ("tunnel", mode::TUNNEL),
    ("ro", mode::ROUTEOPTIMIZATION),
    ("in_trigger", mode::IN_TRIGGER),
    ("beet", mode::BEET),
];

/// ip's `xfrm_mode_parse` (abbreviations taken, as ip's `matches`).
fn mode_of(word: &str) -> Result<u8> {
    named(&MODES, word, true, "MODE value is invalid")
}

/// ip's flag lists (`xfrm_state_flag_parse`, `_extra_flag_parse`,
/// `xfrm_policy_flag_parse`), the cursor on the first: `0xN` (at most
/// `max`), or the names of `names` while they come.
fn flag_list(a: &mut Argv<'_>, names: &[(u32, &str)], max: u32, what: &str) -> Result<u32> {
    let word = a.cur();
    if let Some(hex) = word.strip_prefix("0x").filter(|h| !h.is_empty()) {
        return u32::from_str_radix(hex, 16).ok().filter(|v| *v <= max).ok_or_else(|| invalid(what, word));
    }
    let mut flags = 0;
    keywords(a, |_, word| {
        let flag = names.iter().find(|(_, n)| *n == word).map(|(f, _)| *f);
        flags |= flag.unwrap_or(0);
        Ok(flag.is_some())
    })?;
    Ok(flags)
}

/// ip's keyword loops (`while (1) { ... else { PREV_ARG(); break; }
/// if (!NEXT_ARG_OK()) break; NEXT_ARG(); }`): `each` reads the current
/// word and its values, or says `false` for a word it does not take,
/// which is given back.
fn keywords<'a>(
    a: &mut Argv<'a>,
    mut each: impl FnMut(&mut Argv<'a>, &'a str) -> Result<bool>,
) -> Result<()> {
    loop {
        let word = a.cur();
        if !each(a, word)? {
            a.back();
            return Ok(());
        }
        if !a.advance() {
            return Ok(());
        }
    }
}

/// ip's refusal of a source and a destination of two families.
fn same_family(a: &Argv<'_>, src: u16, dst: u16) -> Result<()> {
    if src != 0 && dst != 0 && src != dst {
        return Err(invalid(
            "the same address family is required between values after \"src\" and \"dst\"",
            a.cur(),
        ));
    }
    Ok(())
}

/// A keyword that may come once: its value read by `read` into `slot`,
/// or ip's `duparg` the second time.
fn once<T>(a: &mut Argv<'_>, slot: &mut Option<T>, read: impl FnOnce(&str) -> Result<T>) -> Result<()> {
    if slot.is_some() {
        return Err(crate::args::duplicate(a.cur(), a.cur()));
    }
    *slot = Some(read(a.next()?)?);
    Ok(())
}

/// Dump-and-delete rounds, as ip's deleteall: `doomed` makes the deletion
/// of each dumped message it picks, until a dump finds none.
fn delete_rounds<R: Request>(
    xfrm: &mut nlwire_std::Xfrm,
    dump: &dyn Request,
    mut doomed: impl FnMut(&nlwire::Message<'_>) -> Result<Option<R>>,
) -> Result<()> {
    loop {
        let dumped = xfrm.dump_owned(dump, 3)?;
        let mut deletions = Vec::new();
        for msg in &dumped {
            deletions.extend(doomed(&msg.message())?);
        }
        if deletions.is_empty() {
            return Ok(());
        }
        let requests: Vec<&dyn Request> = deletions.iter().map(|d| d as _).collect();
        if let Err(e) = xfrm.batch(&requests) {
            return Err(CliError::exit(1, format!("Failed to send delete-all request: {e}")));
        }
    }
}

/// An upper-layer protocol's name (`/etc/protocols`), or its number.
fn proto_name(proto: u8) -> String {
    NameFile::Protocols.name(proto.into()).unwrap_or_else(|| proto.to_string())
}

/// An address or prefix as ip's `get_prefix` reads it for xfrm (`family`
/// 0: either): the address, its length, its family.
fn prefix_of(word: &str, family: u8) -> Result<(IpAddr, u8, u16)> {
    let p = crate::modify::prefix(word, family)?;
    let af = if p.addr.is_ipv4() { 2 } else { 10 };
    Ok((p.addr, p.len, af))
}

/// ip's `xfrm_id_parse`: `[src ADDR] [dst ADDR] [proto P] [spi SPI]` into
/// `saddr` and `id`; the family of the last address given.
struct IdWords {
    saddr: xfrm::Address,
    id: Id,
    family: Option<u16>,
    /// Prefix lengths given (for list's filters).
    src_len: Option<u8>,
    dst_len: Option<u8>,
    spi_given: bool,
    proto_given: bool,
}

fn id_parse(a: &mut Argv<'_>, family: u8, loose: bool) -> Result<IdWords> {
    let mut w = IdWords {
        saddr: [0; 16],
        id: Id::default(),
        family: None,
        src_len: None,
        dst_len: None,
        spi_given: false,
        proto_given: false,
    };
    let start = a.at;
    let (mut src_af, mut dst_af) = (0, 0);
    keywords(a, |a, word| {
        match word {
            "src" => {
                let (ip, len, af) = prefix_of(a.next()?, family)?;
                w.saddr = address(ip);
                (w.src_len, w.family, src_af) = (Some(len), Some(af), af);
            }
            "dst" => {
                let (ip, len, af) = prefix_of(a.next()?, family)?;
                w.id.daddr = address(ip);
                (w.dst_len, w.family, dst_af) = (Some(len), Some(af), af);
            }
            "proto" => {
                w.id.proto = xfrm_proto(a.next()?)?;
                w.proto_given = true;
            }
            "spi" => {
                w.id.spi = u32_of(a.next()?, "SPI value is invalid")?.into();
                w.spi_given = true;
            }
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    same_family(a, src_af, dst_af)?;
    let (spi, proto) = (w.id.spi.get(), w.id.proto);
    if spi != 0 && proto != 0 {
        if is_ro(proto) {
            return Err(refused(format!(
                "\"spi\" is invalid with XFRM-PROTO value \"{}\"",
                xfrm_proto_name(proto)
            )));
        }
        if proto == xfrm::IPPROTO_COMP && spi >= 0x10000 {
            return Err(refused(format!(
                "SPI value is too large with XFRM-PROTO value \"{}\"",
                xfrm_proto_name(proto)
            )));
        }
    }
    if !loose && proto == 0 {
        return Err(missing("XFRM-PROTO"));
    }
    if a.at == start {
        return Err(missing("ID"));
    }
    Ok(w)
}

/// ip's `xfrm_parse_mark`, the cursor on `mark`: `mark V [mask M]`.
fn mark_parse(a: &mut Argv<'_>) -> Result<Mark> {
    let v = u32_of(a.next()?, "MARK value is invalid\n")?;
    let mut m = u32::MAX;
    if a.next_ok() {
        a.step();
        if a.cur() == "mask" {
            m = u32_of(a.next()?, "MASK value is invalid\n")?;
        } else {
            a.back();
        }
    }
    Ok(Mark { v: v.into(), m: m.into() })
}

/// What a selector's words gave: the filters ip's list uses, and the
/// device, named (found when the command runs, before anything is sent).
#[derive(Default, Clone)]
struct SelectorGiven {
    src_len: Option<u8>,
    dst_len: Option<u8>,
    dev: Option<String>,
    proto: bool,
    sport: bool,
    dport: bool,
}

/// ip's `xfrm_selector_parse`, the cursor on its first word.
fn selector_parse(a: &mut Argv<'_>, sel: &mut Selector, family: u8) -> Result<SelectorGiven> {
    let start = a.at;
    let mut given = SelectorGiven::default();
    let (mut src_af, mut dst_af) = (0, 0);
    let mut upspec = false;
    keywords(a, |a, word| {
        match word {
            "src" => {
                let (ip, len, af) = prefix_of(a.next()?, family)?;
                (sel.saddr, sel.prefixlen_s, sel.family) = (address(ip), len, af.into());
                (given.src_len, src_af) = (Some(len), af);
            }
            "dst" => {
                let (ip, len, af) = prefix_of(a.next()?, family)?;
                (sel.daddr, sel.prefixlen_d, sel.family) = (address(ip), len, af.into());
                (given.dst_len, dst_af) = (Some(len), af);
            }
            "dev" => {
                let dev = a.next()?;
                given.dev = Some(dev.to_owned());
            }
            _ if upspec => return Ok(false),
            _ => {
                upspec = true;
                upspec_parse(a, sel, &mut given)?;
            }
        }
        Ok(true)
    })?;
    same_family(a, src_af, dst_af)?;
    if a.at == start {
        return Err(missing("SELECTOR"));
    }
    Ok(given)
}

/// ip's `xfrm_selector_upspec_parse`: `proto P [sport N] [dport N] [type N]
/// [code N] [key K]`.
fn upspec_parse(a: &mut Argv<'_>, sel: &mut Selector, given: &mut SelectorGiven) -> Result<()> {
    const TCP: u8 = 6;
    const UDP: u8 = 17;
    const SCTP: u8 = 132;
    const DCCP: u8 = 33;
    const ICMP: u8 = 1;
    const ICMPV6: u8 = 58;
    const MH: u8 = 135;
    const GRE: u8 = 47;
    let start = a.at;
    let (mut ports, mut type_code, mut key) = (false, false, false);
    keywords(a, |a, word| {
        match word {
            "proto" => {
                let word = a.next()?;
                sel.proto = match word {
                    "any" => 0,
                    _ => match NameFile::Protocols.value(word) {
                        Some(p) => u8::try_from(p).unwrap_or(0),
                        None => c_number(word)
                            .and_then(|v| u8::try_from(v).ok())
                            .ok_or_else(|| invalid("PROTO value is invalid", word))?,
                    },
                };
                given.proto = true;
            }
            word @ ("sport" | "dport") => {
                ports = true;
                let value = a.next()?;
                let what = format!("value after \"{word}\" is invalid");
                let port: u16 = c_number(value)
                    .and_then(|v| u16::try_from(v).ok())
                    .ok_or_else(|| invalid(&what, value))?;
                let mask = if port != 0 { u16::MAX } else { 0 };
                if word == "sport" {
                    (sel.sport, sel.sport_mask, given.sport) = (port.into(), mask.into(), true);
                } else {
                    (sel.dport, sel.dport_mask, given.dport) = (port.into(), mask.into(), true);
                }
            }
            word @ ("type" | "code") => {
                type_code = true;
                let value = a.next()?;
                let what = format!("value after \"{word}\" is invalid");
                let v: u8 = c_number(value)
                    .and_then(|v| u8::try_from(v).ok())
                    .ok_or_else(|| invalid(&what, value))?;
                if word == "type" {
                    (sel.sport, sel.sport_mask, given.sport) = (u16::from(v).into(), u16::MAX.into(), true);
                } else {
                    (sel.dport, sel.dport_mask, given.dport) = (u16::from(v).into(), u16::MAX.into(), true);
                }
            }
            "key" => {
                key = true;
                let value = a.next()?;
                let k = if value.contains('.') {
                    value.parse::<std::net::Ipv4Addr>().map(u32::from).map_err(|_| {
                        refused(format!("Error: an IP address is expected rather than \"{value}\""))
                    })?
                } else {
                    crate::args::unsigned(value)
                        .ok_or_else(|| CliError::usage("value after \"key\" is invalid"))?
                };
                sel.sport = ((k >> 16) as u16).into();
                sel.dport = (k as u16).into();
                (sel.sport_mask, sel.dport_mask) = (u16::MAX.into(), u16::MAX.into());
                given.dport = true;
            }
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    if a.at == start {
        return Err(missing("UPSPEC"));
    }
    let name = || proto_name(sel.proto);
    if ports && ![TCP, UDP, SCTP, DCCP, 0].contains(&sel.proto) {
        return Err(refused(format!("\"sport\" and \"dport\" are invalid with PROTO value \"{}\"", name())));
    }
    if type_code && ![ICMP, ICMPV6, MH].contains(&sel.proto) {
        return Err(refused(format!("\"type\" and \"code\" are invalid with PROTO value \"{}\"", name())));
    }
    if key && sel.proto != GRE {
        return Err(refused(format!("\"key\" is invalid with PROTO value \"{}\"", name())));
    }
    Ok(())
}

/// ip's `xfrm_lifetime_cfg_parse`, the cursor on the limit's name.
fn limit_parse(a: &mut Argv<'_>, lft: &mut LifetimeCfg) -> Result<()> {
    let name = a.cur();
    let field = match name {
        "time-soft" => &mut lft.soft_add_expires_seconds,
        "time-hard" => &mut lft.hard_add_expires_seconds,
        "time-use-soft" => &mut lft.soft_use_expires_seconds,
        "time-use-hard" => &mut lft.hard_use_expires_seconds,
        "byte-soft" => &mut lft.soft_byte_limit,
        "byte-hard" => &mut lft.hard_byte_limit,
        "packet-soft" => &mut lft.soft_packet_limit,
        "packet-hard" => &mut lft.hard_packet_limit,
        _ => return Err(invalid("LIMIT value is invalid", name)),
    };
    *field = u64_of(a.next()?, &format!("value after \"{name}\" is invalid"))?.into();
    Ok(())
}

/// Whether `addr` lies in `want/bits` (ip's `xfrm_addr_match`, on whole
/// 32-bit words then the bits left).
fn addr_match(addr: &xfrm::Address, want: &xfrm::Address, bits: u8) -> bool {
    let bits = usize::from(bits).min(128);
    let (bytes, rest) = (bits / 8, bits % 8);
    if addr.get(..bytes) != want.get(..bytes) {
        return false;
    }
    let mask = !(0xffu8 >> rest);
    rest == 0 || addr.get(bytes).zip(want.get(bytes)).is_some_and(|(a, w)| (a ^ w) & mask == 0)
}

impl SelectorGiven {
    /// Puts the device's index in `sel` (`none`: 0), refused as ip refuses
    /// a device it cannot find.
    fn resolve(&self, ctx: &mut Ctx, sel: &mut Selector) -> Result<()> {
        let Some(dev) = self.dev.as_deref() else { return Ok(()) };
        let index = match dev {
            "none" => 0,
            _ => crate::names::Names::on_demand(ctx)?
                .index(dev)
                .ok_or_else(|| invalid("DEV value is invalid", dev))?,
        };
        sel.ifindex = i32::try_from(index).unwrap_or(0).into();
        Ok(())
    }
}
