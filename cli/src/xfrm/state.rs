//! `nlw xfrm state add|update|allocspi|delete|get|list|deleteall|flush|count`: the
//! security associations, as ip 6.1's xfrm_state.c reads and prints them.

use std::io::Write;

use nlwire::xfrm::{
    self, address, extra_flags, state_flags, xfrma, AddressFilter, Algo, EncapTmpl, FlushSa, GetSadInfo,
    Info, Mark, ReplayState, ReplayStateEsn, Sa, SaDump, SaEntry, SaRef, UsersaId, UsersaInfo, XfrmAttrs,
    REPLAY_ESN_MAX,
};
use nlwire_std::Xfrm;

use super::print::{self, Style};
use super::{
    addr_match, delete_rounds, flag_list, id_parse, is_ipsec, is_ro, limit_parse, mark_parse, missing,
    mode_of, once, prefix_of, refused, selector_parse, u32_of, xfrm_proto, xfrm_proto_name, Argv,
    SelectorGiven,
};
use crate::args::{duplicate, invalid};
use crate::names::{c_number, Names};
use crate::{CliError, Ctx, Result};

/// `nlw xfrm state ...`.
pub enum StateCommand {
    /// `add`, `update`.
    Modify(Box<Modify>),
    /// `allocspi`.
    AllocSpi(xfrm::AllocSpi),
    /// `get` (`delete` false), `delete`.
    Ref { delete: bool, sa: SaRef },
    /// `list` (`deleteall` false), `deleteall`.
    List { deleteall: bool, filter: Filter, nokeys: bool },
    /// `flush [proto P]`.
    Flush(u8),
    /// `count`.
    Count,
}

/// A state to add or update, as parsed: the request but its algorithms,
/// which it owns (kind, name, key, `auth-trunc`'s or `aead`'s length).
pub struct Modify {
    update: bool,
    entry: SaEntry<'static>,
    algos: Vec<(u16, String, Vec<u8>, u32)>,
    /// `ctx CTX`.
    ctx: Option<String>,
    /// `offload [dev DEV] dir DIR`: the device, named, and the direction's flag.
    offload: Option<(Option<String>, u8)>,
    sel: SelectorGiven,
}

/// What `list` and `deleteall` keep (ip's `xfrm_state_filter_match`).
#[derive(Default)]
pub struct Filter {
    used: bool,
    family: u16,
    saddr: xfrm::Address,
    daddr: xfrm::Address,
    src_len: Option<u8>,
    dst_len: Option<u8>,
    proto: Option<u8>,
    spi: Option<u32>,
    mode: Option<u8>,
    reqid: Option<u32>,
    flags: Option<u8>,
}

impl Filter {
    fn keeps(&self, i: &UsersaInfo) -> bool {
        if !self.used {
            return true;
        }
        (self.family == 0 || self.family == i.family.get())
            && self.src_len.is_none_or(|l| addr_match(&i.saddr, &self.saddr, l))
            && self.dst_len.is_none_or(|l| addr_match(&i.id.daddr, &self.daddr, l))
            && self.proto.is_none_or(|p| p == i.id.proto)
            && self.spi.is_none_or(|s| s == i.id.spi.get())
            && self.mode.is_none_or(|m| m == i.mode)
            && self.reqid.is_none_or(|r| r == i.reqid.get())
            && self.flags.is_none_or(|f| f & i.flags != 0)
    }
}

const FLAG_NAMES: [(u32, &str); 8] = [
    (state_flags::NOECN as u32, "noecn"),
    (state_flags::DECAP_DSCP as u32, "decap-dscp"),
    (state_flags::NOPMTUDISC as u32, "nopmtudisc"),
    (state_flags::WILDRECV as u32, "wildrecv"),
    (state_flags::ICMP as u32, "icmp"),
    (state_flags::AF_UNSPEC as u32, "af-unspec"),
    (state_flags::ALIGN4 as u32, "align4"),
    (state_flags::ESN as u32, "esn"),
];

const EXTRA_FLAG_NAMES: [(u32, &str); 2] =
    [(extra_flags::DONT_ENCAP_DSCP, "dont-encap-dscp"), (extra_flags::OSEQ_MAY_WRAP, "oseq-may-wrap")];

/// ip's `xfrm_state_flag_parse`.
fn flag_parse(a: &mut Argv<'_>) -> Result<u8> {
    Ok(flag_list(a, &FLAG_NAMES, u8::MAX.into(), "FLAG value is invalid")? as u8)
}

/// ip's `xfrm_algo_parse`: `0x` and hex digits (an odd count led by a 0),
/// else the text itself.
fn key_parse(key: &str) -> Result<Vec<u8>> {
    const MAX: usize = 512;
    let Some(hex) = key.strip_prefix("0x").filter(|h| !h.is_empty()) else {
        if key.len() > MAX {
            return Err(invalid("ALGO-KEYMAT value makes buffer overflow\n", key));
        }
        return Ok(key.as_bytes().to_vec());
    };
    if hex.len().div_ceil(2) > MAX {
        return Err(invalid("ALGO-KEYMAT value makes buffer overflow\n", key));
    }
    let padded = if hex.len() % 2 == 1 { format!("0{hex}") } else { hex.to_owned() };
    padded
        .as_bytes()
        .chunks(2)
        .map(|pair| {
            std::str::from_utf8(pair)
                .ok()
                .and_then(|p| u8::from_str_radix(p, 16).ok())
                .ok_or_else(|| invalid("ALGO-KEYMAT value is invalid", key))
        })
        .collect()
}

impl StateCommand {
    /// Parses the words after `xfrm state`.
    pub fn parse(words: &[String], family: u8) -> Result<Self> {
        let Some((verb, rest)) = words.split_first() else {
            return Ok(StateCommand::List {
                deleteall: false,
                filter: list_filter(&[], family)?.0,
                nokeys: false,
            });
        };
        let m = |w: &str| crate::matches(verb, w, 1);
        if m("add") || m("update") {
            return Ok(StateCommand::Modify(Box::new(modify_parse(rest, m("update") && !m("add"), family)?)));
        }
        if m("allocspi") {
            return allocspi_parse(rest, family).map(StateCommand::AllocSpi);
        }
        if m("delete") || m("get") {
            return Ok(StateCommand::Ref { delete: m("delete"), sa: ref_parse(rest, family)? });
        }
        if m("deleteall") || m("delall") || m("list") || m("show") || m("lst") {
            let deleteall = m("deleteall") || m("delall");
            let (filter, nokeys) = list_filter(rest, family)?;
            return Ok(StateCommand::List { deleteall, filter, nokeys });
        }
        if m("flush") {
            return flush_parse(rest).map(StateCommand::Flush);
        }
        if m("count") {
            return Ok(StateCommand::Count);
        }
        if m("help") {
            return Err(CliError::usage(USAGE));
        }
        Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw xfrm state help\".")))
    }

    /// Sends the request and prints what comes back.
    pub fn run(&self, ctx: &mut Ctx, xfrm: &mut Xfrm) -> Result<()> {
        let mut out = String::new();
        match self {
            StateCommand::Modify(m) => {
                let mut entry = m.entry;
                m.sel.resolve(ctx, &mut entry.info.sel)?;
                if let Some((dev, flags)) = &m.offload {
                    let index = match dev {
                        Some(dev) => Names::on_demand(ctx)?
                            .index(dev)
                            .ok_or_else(|| invalid("value after \"offload dev\" is invalid", dev))?,
                        None => 0,
                    };
                    let ifindex = i32::try_from(index).unwrap_or(0).into();
                    entry.offload = Some(xfrm::UserOffload { ifindex, flags: *flags, ..Default::default() });
                }
                let algos: Vec<Algo<'_>> = m
                    .algos
                    .iter()
                    .map(|(kind, name, key, len)| Algo { len: *len, ..Algo::new(*kind, name, key) })
                    .collect();
                let entry = SaEntry { algos: &algos, ctx: m.ctx.as_deref(), ..entry };
                match m.update {
                    true => xfrm.request(&xfrm::UpdateSa(entry))?,
                    false => xfrm.request(&xfrm::NewSa(entry))?,
                };
                return Ok(());
            }
            StateCommand::Ref { delete: true, sa } => {
                xfrm.request(&xfrm::DeleteSa(*sa))?;
                return Ok(());
            }
            StateCommand::AllocSpi(alloc) => out = answer(ctx, xfrm, alloc)?,
            StateCommand::Ref { delete: false, sa } => out = answer(ctx, xfrm, &xfrm::GetSa(*sa))?,
            StateCommand::List { deleteall: false, filter, nokeys } => {
                let mut names = Names::on_demand(ctx)?;
                let dump = SaDump {
                    proto: filter.proto,
                    filter: (filter.src_len.is_some() || filter.dst_len.is_some()).then(|| AddressFilter {
                        saddr: filter.saddr,
                        daddr: filter.daddr,
                        family: filter.family.into(),
                        splen: filter.src_len.unwrap_or(0),
                        dplen: filter.dst_len.unwrap_or(0),
                    }),
                };
                let mut states = xfrm.dump(&dump)?;
                let stdout = std::io::stdout();
                let mut lock = stdout.lock();
                while let Some(msg) = states.next()? {
                    let sa = Sa::parse(&msg)?;
                    if filter.keeps(sa.info()) {
                        out.clear();
                        let style = Style { stats: ctx.stats, names: &names, nokeys: *nokeys };
                        state(&mut out, &style, sa.info(), &sa);
                        names.learn_asked();
                        if ctx.oneline {
                            print::oneline(&mut out);
                        }
                        lock.write_all(out.as_bytes())?;
                    }
                }
                return Ok(());
            }
            StateCommand::List { deleteall: true, filter, .. } => return delete_all(xfrm, filter),
            StateCommand::Flush(proto) => {
                xfrm.request(&FlushSa { proto: *proto })?;
                return Ok(());
            }
            StateCommand::Count => {
                let reply = xfrm.get(&GetSadInfo)?;
                let info = Info::parse(&reply.message())?;
                let Some(count) = info.sad_count()? else {
                    return Err(CliError::exit(0, "BAD SAD info returned"));
                };
                out = format!("\t SAD count {count}");
                if ctx.stats > 0 {
                    if let Some(h) = info.hash_info()? {
                        out += &format!(" (buckets count {} Max {})", h.count.get(), h.max.get());
                    }
                }
                out.push('\n');
            }
        }
        std::io::stdout().write_all(out.as_bytes())?;
        Ok(())
    }
}

/// The state the kernel answers `request` with, printed.
fn answer(ctx: &mut Ctx, xfrm: &mut Xfrm, request: &dyn nlwire::build::Request) -> Result<String> {
    let reply = xfrm.get(request)?;
    let names = Names::on_demand(ctx)?;
    let style = Style { stats: ctx.stats, names: &names, nokeys: false };
    let sa = Sa::parse(&reply.message())?;
    let mut out = String::new();
    state(&mut out, &style, sa.info(), &sa);
    if ctx.oneline {
        print::oneline(&mut out);
    }
    Ok(out)
}

/// ip's `xfrm_state_info_print` with no prefix or title: the state `i`
/// and its attributes `sa`.
pub fn state(out: &mut String, s: &Style<'_>, i: &UsersaInfo, sa: &XfrmAttrs<'_>) {
    let family = i.family.get();
    print::id_info(out, s, (&i.saddr, &i.id), i.mode, i.reqid.get(), family, is_ipsec(i.id.proto), "", "");
    out.push_str(&format!("\treplay-window {} ", i.replay_window));
    if s.stats > 0 {
        out.push_str(&format!("seq 0x{:08} ", i.seq.get()));
    }
    if s.stats > 0 || i.flags != 0 {
        out.push_str("flag ");
        print::flags(out, i.flags.into(), &FLAG_NAMES);
    }
    if s.stats > 0 {
        if let Ok(Some(x)) = sa.u32(xfrma::SA_EXTRA_FLAGS) {
            out.push_str("extra_flag ");
            print::flags(out, x, &EXTRA_FLAG_NAMES);
        }
        print::flags_bits(out, i.flags);
    }
    out.push('\n');
    print::xfrma(out, s, sa, family, "\t");
    if !i.sel.is_zero() {
        print::selector(out, s, &i.sel, family, "\tsel ");
    }
    if s.stats > 0 {
        print::lifetime(out, &i.lft, &i.curlft, "\t");
        print::stats(out, &i.stats, "\t");
    }
    print::sec_ctx(out, sa);
}

/// `nlw xfrm state help`.
pub const USAGE: &str = "Usage: nlw xfrm state { add | update } ID [ ALGO-LIST ] [ mode MODE ]
        [ mark MARK [ mask MASK ] ] [ reqid REQID ] [ seq SEQ ]
        [ replay-window SIZE ] [ replay-seq SEQ ] [ replay-oseq SEQ ]
        [ replay-seq-hi SEQ ] [ replay-oseq-hi SEQ ]
        [ flag FLAG-LIST ] [ sel SELECTOR ] [ LIMIT-LIST ] [ encap ENCAP ]
        [ coa ADDR[/PLEN] ] [ ctx CTX ] [ extra-flag EXTRA-FLAG-LIST ]
        [ offload [ dev DEV ] dir DIR ]
        [ output-mark OUTPUT-MARK [ mask MASK ] ] [ if_id IF_ID ] [ tfcpad LENGTH ]
Usage: nlw xfrm state allocspi ID [ mode MODE ] [ mark MARK [ mask MASK ] ]
        [ reqid REQID ] [ seq SEQ ] [ min SPI max SPI ]
Usage: nlw xfrm state { delete | get } ID [ mark MARK [ mask MASK ] ]
Usage: nlw xfrm state deleteall [ ID ] [ mode MODE ] [ reqid REQID ] [ flag FLAG-LIST ]
Usage: nlw xfrm state list [ nokeys ] [ ID ] [ mode MODE ] [ reqid REQID ] [ flag FLAG-LIST ]
Usage: nlw xfrm state flush [ proto XFRM-PROTO ]
Usage: nlw xfrm state count
ID := [ src ADDR ] [ dst ADDR ] [ proto XFRM-PROTO ] [ spi SPI ]
XFRM-PROTO := esp | ah | comp | route2 | hao
ALGO := { enc | auth } ALGO-NAME ALGO-KEYMAT | auth-trunc ALGO-NAME ALGO-KEYMAT ALGO-TRUNC-LEN |
        aead ALGO-NAME ALGO-KEYMAT ALGO-ICV-LEN | comp ALGO-NAME
MODE := transport | tunnel | beet | ro | in_trigger
LIMIT := { time-soft | time-hard | time-use-soft | time-use-hard } SECONDS |
         { byte-soft | byte-hard } SIZE | { packet-soft | packet-hard } COUNT
ENCAP := { espinudp | espinudp-nonike | espintcp } SPORT DPORT OADDR";

/// ip's `xfrm_state_modify`'s reading of the words.
fn modify_parse(words: &[String], update: bool, family: u8) -> Result<Modify> {
    let mut info = UsersaInfo { lft: xfrm::LifetimeCfg::unlimited(), ..UsersaInfo::default() };
    info.family = u16::from(family).into();
    let mut m = Modify {
        update,
        entry: SaEntry::new(info),
        algos: Vec::new(),
        ctx: None,
        offload: None,
        sel: SelectorGiven::default(),
    };
    let mut output_mark = (0, 0);
    let (mut replay_window, mut seq, mut oseq, mut seq_hi, mut oseq_hi) = (0u32, 0u32, 0u32, 0u32, 0u32);
    let (mut id_seen, mut coa_seen) = (false, false);
    let mut mark = Mark::default();
    let (mut ealgo, mut aalgo, mut aead, mut calgo) = (false, false, false, false);
    let mut family = family;
    let mut a = Argv::new(words);
    while a.more() {
        let word = a.cur();
        let value_u32 = |a: &mut Argv<'_>, what: &str| -> Result<u32> {
            u32_of(a.next()?, &format!("value after \"{what}\" is invalid"))
        };
        match word {
            "mode" => m.entry.info.mode = mode_of(a.next()?)?,
            "mark" => mark = mark_parse(&mut a)?,
            "reqid" => m.entry.info.reqid = u32_of(a.next()?, "REQID value is invalid")?.into(),
            "seq" => {
                m.entry.info.seq =
                    u32::from_ne_bytes(u32_of(a.next()?, "SEQ value is invalid")?.to_be_bytes()).into()
            }
            "replay-window" => replay_window = value_u32(&mut a, word)?,
            "replay-seq" => seq = value_u32(&mut a, word)?,
            "replay-seq-hi" => seq_hi = value_u32(&mut a, word)?,
            "replay-oseq" => oseq = value_u32(&mut a, word)?,
            "replay-oseq-hi" => oseq_hi = value_u32(&mut a, word)?,
            "flag" => {
                a.next()?;
                m.entry.info.flags |= flag_parse(&mut a)?;
            }
            "extra-flag" => {
                a.next()?;
                let flags = flag_list(&mut a, &EXTRA_FLAG_NAMES, u32::MAX, "\"EXTRA-FLAG\" is invalid")?;
                m.entry.extra_flags = Some(m.entry.extra_flags.unwrap_or(0) | flags);
            }
            "sel" => {
                a.next()?;
                m.sel = selector_parse(&mut a, &mut m.entry.info.sel, 0)?;
                family = m.entry.info.sel.family.get() as u8;
            }
            "limit" => {
                a.next()?;
                limit_parse(&mut a, &mut m.entry.info.lft)?;
            }
            "encap" => {
                let kind = a.next()?;
                let encap_type = match kind {
                    "espinudp-nonike" => xfrm::UDP_ENCAP_ESPINUDP_NON_IKE,
                    "espinudp" => xfrm::UDP_ENCAP_ESPINUDP,
                    "espintcp" => xfrm::TCP_ENCAP_ESPINTCP,
                    _ => return Err(invalid("ENCAP-TYPE value is invalid", kind)),
                };
                let port = |w: &str, what: &str| {
                    c_number(w).and_then(|v| u16::try_from(v).ok()).ok_or_else(|| invalid(what, w))
                };
                let sport = port(a.next()?, "SPORT value after \"encap\" is invalid")?;
                let dport = port(a.next()?, "DPORT value after \"encap\" is invalid")?;
                let oa = crate::modify::ip(a.next()?)?;
                m.entry.encap = Some(EncapTmpl {
                    encap_type: encap_type.into(),
                    sport: sport.into(),
                    dport: dport.into(),
                    oa: address(oa),
                    ..EncapTmpl::default()
                });
            }
            "coa" => {
                if coa_seen {
                    return Err(duplicate("coa", a.cur()));
                }
                coa_seen = true;
                let (ip, _, _) = prefix_of(a.next()?, family)?;
                m.entry.coaddr = Some(address(ip));
            }
            "output-mark" => {
                output_mark.0 = value_u32(&mut a, word)?;
                if a.next_ok() {
                    a.step();
                    if a.cur() == "mask" {
                        output_mark.1 = u32_of(a.next()?, "mask value is invalid\n")?;
                    } else {
                        a.back();
                    }
                }
            }
            "if_id" => m.entry.if_id = Some(value_u32(&mut a, word)?),
            "ctx" => once(&mut a, &mut m.ctx, |w| Ok(w.to_owned()))?,
            "offload" => {
                let mut dev = None;
                if a.next()? == "dev" {
                    dev = Some(a.next()?.to_owned());
                    a.next()?;
                }
                if a.cur() != "dir" {
                    return Err(invalid("value after \"offload dir\" is invalid", a.cur()));
                }
                let flags = match a.next()? {
                    "in" => xfrm::offload::INBOUND,
                    "out" => 0,
                    other => return Err(invalid("DIR value is invalid", other)),
                };
                m.offload = Some((dev, flags));
            }
            "tfcpad" => m.entry.tfcpad = Some(value_u32(&mut a, word)?).filter(|v| *v != 0),
            "enc" | "auth" | "auth-trunc" | "aead" | "comp" => {
                let kind = match word {
                    "enc" => xfrma::ALG_CRYPT,
                    "auth" => xfrma::ALG_AUTH,
                    "auth-trunc" => xfrma::ALG_AUTH_TRUNC,
                    "aead" => xfrma::ALG_AEAD,
                    _ => xfrma::ALG_COMP,
                };
                let dup = match kind {
                    xfrma::ALG_AEAD => ealgo || aalgo || aead,
                    xfrma::ALG_CRYPT => ealgo || aead,
                    xfrma::ALG_COMP => calgo,
                    _ => aalgo || aead,
                };
                if dup {
                    return Err(duplicate("ALGO-TYPE", word));
                }
                match kind {
                    xfrma::ALG_AEAD => aead = true,
                    xfrma::ALG_CRYPT => ealgo = true,
                    xfrma::ALG_COMP => calgo = true,
                    _ => aalgo = true,
                }
                if !a.next_ok() {
                    return Err(missing("ALGO-NAME"));
                }
                let name = a.next()?.to_owned();
                let key = if kind == xfrma::ALG_COMP {
                    Vec::new()
                } else {
                    if !a.next_ok() {
                        return Err(missing("ALGO-KEYMAT"));
                    }
                    key_parse(a.next()?)?
                };
                let len = match kind {
                    xfrma::ALG_AEAD | xfrma::ALG_AUTH_TRUNC => {
                        let what = if kind == xfrma::ALG_AEAD { "ALGO-ICV-LEN" } else { "ALGO-TRUNC-LEN" };
                        if !a.next_ok() {
                            return Err(missing(what));
                        }
                        u32_of(a.next()?, &format!("{what} value is invalid"))?
                    }
                    _ => 0,
                };
                if name.len() >= 64 {
                    // ip copies the name cut to 63 bytes.
                    let cut = (0..=63).rev().find(|i| name.is_char_boundary(*i)).unwrap_or(0);
                    m.algos.push((kind, name.get(..cut).unwrap_or_default().to_owned(), key, len));
                } else {
                    m.algos.push((kind, name, key, len));
                }
            }
            _ => {
                if id_seen {
                    return Err(invalid("unknown", word));
                }
                id_seen = true;
                let id = id_parse(&mut a, family, false)?;
                (m.entry.info.saddr, m.entry.info.id) = (id.saddr, id.id);
                if let Some(f) = id.family {
                    m.entry.info.family = f.into();
                    if family == 0 {
                        family = f as u8;
                    }
                }
            }
        }
        a.step();
    }
    if m.entry.info.flags & state_flags::ESN != 0 && replay_window == 0 {
        return Err(CliError::usage("Error: esn flag set without replay-window."));
    }
    if replay_window > REPLAY_ESN_MAX {
        return Err(CliError::usage(format!(
            "Error: replay-window ({replay_window}) > XFRMA_REPLAY_ESN_MAX ({REPLAY_ESN_MAX})."
        )));
    }
    if m.entry.info.flags & state_flags::ESN != 0 || replay_window > 32 {
        m.entry.replay_esn = Some(ReplayStateEsn {
            bmp_len: replay_window.div_ceil(32).into(),
            oseq: oseq.into(),
            seq: seq.into(),
            oseq_hi: oseq_hi.into(),
            seq_hi: seq_hi.into(),
            replay_window: replay_window.into(),
        });
    } else {
        if seq != 0 || oseq != 0 {
            m.entry.replay = Some(ReplayState { oseq: oseq.into(), seq: seq.into(), bitmap: 0.into() });
        }
        m.entry.info.replay_window = replay_window as u8;
    }
    if !id_seen {
        return Err(refused("Not enough information: ID is required"));
    }
    if mark.m.get() != 0 {
        m.entry.mark = Some(mark);
    }
    let proto = m.entry.info.id.proto;
    let name = xfrm_proto_name(proto);
    if is_ipsec(proto) {
        let mode_ok = match m.entry.info.mode {
            xfrm::mode::TRANSPORT | xfrm::mode::TUNNEL => true,
            xfrm::mode::BEET => proto == xfrm::IPPROTO_ESP,
            _ => false,
        };
        if !mode_ok {
            return Err(refused(format!("MODE value is invalid with XFRM-PROTO value \"{name}\"")));
        }
        let wrong = match proto {
            xfrm::IPPROTO_ESP if calgo => {
                Some(format!("ALGO-TYPE value \"comp\" is invalid with XFRM-PROTO value \"{name}\""))
            }
            xfrm::IPPROTO_ESP if !ealgo && !aead => {
                Some(format!("ALGO-TYPE value \"enc\" or \"aead\" is required with XFRM-PROTO value \"{name}\""))
            }
            xfrm::IPPROTO_AH if ealgo || aead || calgo => Some(format!(
                "ALGO-TYPE values \"enc\", \"aead\", and \"comp\" are invalid with XFRM-PROTO value \"{name}\""
            )),
            xfrm::IPPROTO_AH if !aalgo => Some(format!(
                "ALGO-TYPE value \"auth\" or \"auth-trunc\" is required with XFRM-PROTO value \"{name}\""
            )),
            xfrm::IPPROTO_COMP if ealgo || aalgo || aead => Some(format!(
                "ALGO-TYPE values \"enc\", \"auth\", \"auth-trunc\", and \"aead\" are invalid with XFRM-PROTO value \"{name}\""
            )),
            xfrm::IPPROTO_COMP if !calgo => {
                Some(format!("ALGO-TYPE value \"comp\" is required with XFRM-PROTO value \"{name}\""))
            }
            _ => None,
        };
        if let Some(wrong) = wrong {
            return Err(refused(wrong));
        }
    } else if ealgo || aalgo || aead || calgo {
        return Err(refused(format!("ALGO is invalid with XFRM-PROTO value \"{name}\"")));
    }
    if is_ro(proto) {
        match m.entry.info.mode {
            xfrm::mode::ROUTEOPTIMIZATION | xfrm::mode::IN_TRIGGER => {}
            0 => return Err(refused(format!("\"mode\" is required with XFRM-PROTO value \"{name}\""))),
            _ => return Err(refused(format!("MODE value is invalid with XFRM-PROTO value \"{name}\""))),
        }
        if !coa_seen {
            return Err(refused(format!("\"coa\" is required with XFRM-PROTO value \"{name}\"")));
        }
    } else if coa_seen {
        return Err(refused(format!("\"coa\" is invalid with XFRM-PROTO value \"{name}\"")));
    }
    if m.entry.info.family.get() == 0 {
        m.entry.info.family = 2.into();
    }
    m.entry.output_mark = Some(output_mark.0).filter(|v| *v != 0);
    m.entry.output_mark_mask = Some(output_mark.1).filter(|v| *v != 0);
    Ok(m)
}

/// ip's `xfrm_state_allocspi`'s reading of the words.
fn allocspi_parse(words: &[String], family: u8) -> Result<xfrm::AllocSpi> {
    let mut info = UsersaInfo { family: u16::from(family).into(), ..UsersaInfo::default() };
    let (mut mark, mut min, mut max) = (Mark::default(), None, None);
    let mut id_seen = false;
    let mut family = family;
    let mut a = Argv::new(words);
    while a.more() {
        match a.cur() {
            "mode" => info.mode = mode_of(a.next()?)?,
            "mark" => mark = mark_parse(&mut a)?,
            "reqid" => info.reqid = u32_of(a.next()?, "REQID value is invalid")?.into(),
            "seq" => {
                info.seq = u32::from_ne_bytes(u32_of(a.next()?, "SEQ value is invalid")?.to_be_bytes()).into()
            }
            "min" => once(&mut a, &mut min, |w| u32_of(w, "value after \"min\" is invalid"))?,
            "max" => once(&mut a, &mut max, |w| u32_of(w, "value after \"max\" is invalid"))?,
            word => {
                if id_seen {
                    return Err(invalid("unknown", word));
                }
                id_seen = true;
                let id = id_parse(&mut a, family, false)?;
                if id.id.spi.get() != 0 {
                    return Err(refused("\"spi\" is invalid"));
                }
                (info.saddr, info.id) = (id.saddr, id.id);
                if let Some(f) = id.family {
                    info.family = f.into();
                    if family == 0 {
                        family = f as u8;
                    }
                }
            }
        }
        a.step();
    }
    if !id_seen {
        return Err(refused("Not enough information: ID is required"));
    }
    let (min, max) = match (min, max) {
        (Some(_), None) => return Err(refused("\"max\" is missing")),
        (None, Some(_)) => return Err(refused("\"min\" is missing")),
        (Some(min), Some(max)) if min > max => {
            return Err(refused("value after \"min\" is larger than value after \"max\""))
        }
        (Some(min), Some(max)) => (min, max),
        // PF_KEY's range (af_key.c), IPComp's SPI 16 bits.
        (None, None) if info.id.proto == xfrm::IPPROTO_COMP => (0x100, 0xffff),
        (None, None) => (0x100, 0x0fff_ffff),
    };
    if info.family.get() == 0 {
        info.family = 2.into();
    }
    let mark = Some(mark).filter(|m| m.m.get() & m.v.get() != 0);
    Ok(xfrm::AllocSpi { spi: xfrm::UserspiInfo { info, min: min.into(), max: max.into() }, mark })
}

/// ip's `xfrm_state_get_or_delete`'s reading of the words.
fn ref_parse(words: &[String], family: u8) -> Result<SaRef> {
    let mut sa = SaRef {
        id: UsersaId { family: u16::from(family).into(), ..UsersaId::default() },
        ..SaRef::default()
    };
    let mut mark = Mark::default();
    let mut id_seen = false;
    let mut a = Argv::new(words);
    while a.more() {
        if a.cur() == "mark" {
            mark = mark_parse(&mut a)?;
        } else {
            if id_seen {
                return Err(invalid("unknown", a.cur()));
            }
            id_seen = true;
            let id = id_parse(&mut a, family, false)?;
            sa.id.daddr = id.id.daddr;
            sa.id.spi = id.id.spi;
            sa.id.proto = id.id.proto;
            sa.saddr = id.saddr;
            if let Some(f) = id.family {
                sa.id.family = f.into();
            }
        }
        a.step();
    }
    if mark.m.get() & mark.v.get() != 0 {
        sa.mark = Some(mark);
    }
    if sa.id.family.get() == 0 {
        sa.id.family = 2.into();
    }
    Ok(sa)
}

/// ip's `xfrm_state_list_or_deleteall`'s reading of the words; `nokeys`.
fn list_filter(words: &[String], family: u8) -> Result<(Filter, bool)> {
    let mut f = Filter { used: !words.is_empty() || family != 0, family: family.into(), ..Filter::default() };
    let mut nokeys = false;
    let mut id_seen = false;
    let mut a = Argv::new(words);
    while a.more() {
        match a.cur() {
            "nokeys" => nokeys = true,
            "mode" => f.mode = Some(mode_of(a.next()?)?),
            "reqid" => f.reqid = Some(u32_of(a.next()?, "REQID value is invalid")?),
            "flag" => {
                a.next()?;
                f.flags = Some(f.flags.unwrap_or(0) | flag_parse(&mut a)?);
            }
            word => {
                if id_seen {
                    return Err(invalid("unknown", word));
                }
                id_seen = true;
                let id = id_parse(&mut a, family, true)?;
                (f.saddr, f.daddr) = (id.saddr, id.id.daddr);
                (f.src_len, f.dst_len) = (id.src_len, id.dst_len);
                f.proto = id.proto_given.then_some(id.id.proto);
                f.spi = id.spi_given.then_some(id.id.spi.get());
                if let Some(af) = id.family {
                    f.family = af;
                }
            }
        }
        a.step();
    }
    Ok((f, nokeys))
}

fn flush_parse(words: &[String]) -> Result<u8> {
    let mut proto = None;
    let mut a = Argv::new(words);
    while a.more() {
        if a.cur() == "proto" {
            once(&mut a, &mut proto, xfrm_proto)?;
        } else {
            return Err(invalid("unknown", a.cur()));
        }
        a.step();
    }
    Ok(proto.unwrap_or(0))
}

/// ip's deleteall: the states the filter keeps deleted, by rounds until a
/// dump finds none (IPv4-in-IPv4 and IPv6 tunnel states left as ip leaves them).
fn delete_all(xfrm: &mut Xfrm, filter: &Filter) -> Result<()> {
    const IPPROTO_IPIP: u8 = 4;
    const IPPROTO_IPV6: u8 = 41;
    delete_rounds(xfrm, &SaDump::default(), |msg| {
        let sa = Sa::parse(msg)?;
        let i = sa.info();
        if !filter.keeps(i) || i.id.proto == IPPROTO_IPIP || i.id.proto == IPPROTO_IPV6 {
            return Ok(None);
        }
        let id = UsersaId {
            daddr: i.id.daddr,
            spi: i.id.spi,
            family: i.family,
            proto: i.id.proto,
            ..UsersaId::default()
        };
        Ok(Some(xfrm::DeleteSa(SaRef { id, saddr: i.saddr, mark: sa.mark()?.copied() })))
    })
}
