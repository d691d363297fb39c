//! `nlw xfrm monitor [file FILE] [nokeys] [all | OBJECTS]`: the kernel's
//! notifications of states and policies as ip 6.1's xfrm_monitor.c prints
//! them, from the multicast groups or, as ip's hidden `file`, from a file
//! of messages.

use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;

use nlwire::xfrm::{
    self, group, msg as m, xfrma, AeventId, UserAcquire, UserExpire, UserMapping, UserPolexpire, UserReport,
    UserpolicyId, UserpolicyInfo, UsersaFlush, UsersaId, UsersaInfo, XfrmAttrs,
};
use nlwire::{Message, Messages};
use nlwire_rustix::monitor::MonitorEvent;
use nlwire_std::Xfrm;

use super::print::{self, Style};
use super::{xfrm_proto_name, Argv};
use crate::names::Names;
use crate::{CliError, Ctx, Result};

/// `nlw xfrm monitor help`.
pub const USAGE: &str = "Usage: nlw xfrm monitor [ nokeys ] [ all-nsid ] [ all | OBJECTS | help ]
OBJECTS := { acquire | expire | SA | aevent | policy | report }";

/// `xfrm monitor ...`, parsed.
pub struct MonitorCommand {
    file: Option<PathBuf>,
    nokeys: bool,
    /// The groups joined (all when none was named).
    groups: Vec<u32>,
}

impl MonitorCommand {
    /// Parses the words after `xfrm monitor`.
    pub fn parse(words: &[String]) -> Result<Self> {
        let mut cmd = MonitorCommand { file: None, nokeys: false, groups: Vec::new() };
        let mut a = Argv::new(words);
        while a.more() {
            let word = a.cur();
            let is = |w: &str| crate::matches(word, w, 1);
            match word {
                _ if is("file") => cmd.file = Some(PathBuf::from(a.next()?)),
                "nokeys" => cmd.nokeys = true,
                "all" => {}
                _ if is("all-nsid") => {
                    return Err(CliError::usage("Error: nlw xfrm monitor has no all-nsid yet."));
                }
                _ if is("acquire") => cmd.groups.push(group::ACQUIRE),
                _ if is("expire") => cmd.groups.push(group::EXPIRE),
                _ if is("SA") => cmd.groups.push(group::SA),
                _ if is("aevent") => cmd.groups.push(group::AEVENTS),
                _ if is("policy") => cmd.groups.push(group::POLICY),
                _ if is("report") => cmd.groups.push(group::REPORT),
                _ if is("help") => return Err(CliError::usage(USAGE)),
                _ => {
                    return Err(CliError::usage(format!(
                        "Argument \"{word}\" is unknown, try \"nlw xfrm monitor help\"."
                    )))
                }
            }
            a.step();
        }
        if cmd.groups.is_empty() {
            cmd.groups = (group::ACQUIRE..=group::MAPPING).collect();
        }
        Ok(cmd)
    }

    /// Prints the messages of the file, or the kernel's as they come.
    pub fn run(&self, ctx: &mut Ctx, xfrm: &mut Xfrm) -> Result<()> {
        let names = Names::load(&mut ctx.ipr)?;
        // As ip's: `nokeys` hides the keys of reports only.
        let style = Style { stats: ctx.stats, names: &names, nokeys: false };
        let report_style = Style { nokeys: self.nokeys, ..style };
        let stdout = std::io::stdout();
        let mut out = String::new();
        if let Some(path) = &self.file {
            let bytes = std::fs::read(path).map_err(|e| {
                CliError::exit(
                    255,
                    format!("Cannot fopen: {}", crate::strerror(e.raw_os_error().unwrap_or(0))),
                )
            })?;
            for msg in Messages::new(&bytes) {
                out.clear();
                event(&mut out, (&style, &report_style), &msg?, ctx.family, ctx.oneline);
                stdout.lock().write_all(out.as_bytes())?;
            }
            return Ok(());
        }
        let mut events = xfrm.events(&self.groups)?;
        loop {
            let event_msg = events.next().map_err(nlwire_std::Error::from)?;
            let MonitorEvent::Message(msg) = event_msg else { continue };
            out.clear();
            event(&mut out, (&style, &report_style), &msg, ctx.family, ctx.oneline);
            let mut lock = stdout.lock();
            lock.write_all(out.as_bytes())?;
            lock.flush()?;
        }
    }
}

/// The notifications ip ends each line of with its `_SL_` (`\\` with `-o`).
const JOINED: [u16; 12] = [
    m::NEWSA,
    m::UPDSA,
    m::DELSA,
    m::EXPIRE,
    m::NEWPOLICY,
    m::UPDPOLICY,
    m::DELPOLICY,
    m::POLEXPIRE,
    m::ACQUIRE,
    m::FLUSHSA,
    m::FLUSHPOLICY,
    m::REPORT,
];

/// ip's `xfrm_accept_msg`: one notification.
/// With `-o` (`oneline`) its lines are joined, but for the async events,
/// mapping changes and unknown messages, which ip writes with plain line
/// breaks.
fn event(
    out: &mut String,
    (s, report_style): (&Style<'_>, &Style<'_>),
    msg: &Message<'_>,
    family: u8,
    oneline: bool,
) {
    let kind = msg.kind();
    let printed = match kind {
        m::NEWSA | m::UPDSA | m::DELSA | m::EXPIRE => state_event(out, s, msg),
        m::NEWPOLICY | m::UPDPOLICY | m::DELPOLICY | m::POLEXPIRE => policy_event(out, s, msg, family),
        m::ACQUIRE => acquire(out, s, msg, family),
        m::FLUSHSA => msg.family_header::<UsersaFlush>().ok().map(|f| {
            let _ = writeln!(out, "Flushed state proto {}", xfrm_proto_name(f.proto));
        }),
        m::FLUSHPOLICY => {
            out.push_str("Flushed policy ");
            let attrs = XfrmAttrs(msg.attrs_after(0));
            if let Ok(Some(t)) = attrs.policy_type() {
                let _ = write!(out, "ptype {} ", ptype(t));
            }
            out.push('\n');
            Some(())
        }
        m::REPORT => report(out, report_style, msg, family),
        m::NEWAE => aevent(out, msg),
        m::MAPPING => mapping(out, msg),
        _ => {
            if ![nlwire::msg_type::ERROR, nlwire::msg_type::NOOP, nlwire::msg_type::DONE].contains(&kind) {
                let _ = writeln!(
                    out,
                    "Unknown message: {:08} 0x{kind:08x} 0x{:08x}",
                    msg.header().len.get(),
                    msg.flags().bits()
                );
            }
            Some(())
        }
    };
    if printed.is_none() {
        // ip reports a message too short for its header on stderr.
        eprintln!("BUG: wrong nlmsg len {}", msg.header().len.get());
    } else if oneline && JOINED.contains(&kind) {
        print::oneline(out);
    }
}

/// ip's `strxf_ptype`.
fn ptype(t: u8) -> String {
    match t {
        xfrm::policy::TYPE_MAIN => "main".to_owned(),
        xfrm::policy::TYPE_SUB => "sub".to_owned(),
        other => other.to_string(),
    }
}

/// ip's `xfrm_state_print` of a notification.
fn state_event(out: &mut String, s: &Style<'_>, msg: &Message<'_>) -> Option<()> {
    let (info, attrs, hard) = match msg.kind() {
        m::DELSA => {
            msg.family_header::<UsersaId>().ok()?;
            let attrs = XfrmAttrs(msg.attrs_after(core::mem::size_of::<UsersaId>()));
            let Ok(Some(info)) = attrs.get::<UsersaInfo>(xfrma::SA) else {
                eprintln!("Buggy XFRM_MSG_DELSA: no XFRMA_SA");
                return Some(());
            };
            out.push_str("Deleted ");
            (info, attrs, None)
        }
        m::EXPIRE => {
            let e = msg.family_header::<UserExpire>().ok()?;
            out.push_str("Expired ");
            (&e.state, XfrmAttrs(msg.attrs_after(core::mem::size_of::<UserExpire>())), Some(e.hard))
        }
        kind => {
            let i = msg.family_header::<UsersaInfo>().ok()?;
            if kind == m::UPDSA {
                out.push_str("Updated ");
            }
            (i, XfrmAttrs(msg.attrs_after(core::mem::size_of::<UsersaInfo>())), None)
        }
    };
    super::state::state(out, s, info, &attrs);
    if let Some(hard) = hard {
        let _ = writeln!(out, "\thard {hard}");
    }
    Some(())
}

/// ip's `xfrm_policy_print` of a notification.
fn policy_event(out: &mut String, s: &Style<'_>, msg: &Message<'_>, family: u8) -> Option<()> {
    let (info, attrs, hard) = match msg.kind() {
        m::DELPOLICY => {
            msg.family_header::<UserpolicyId>().ok()?;
            let attrs = XfrmAttrs(msg.attrs_after(core::mem::size_of::<UserpolicyId>()));
            let Ok(Some(info)) = attrs.get::<UserpolicyInfo>(xfrma::POLICY) else {
                eprintln!("Buggy XFRM_MSG_DELPOLICY: no XFRMA_POLICY");
                return Some(());
            };
            out.push_str("Deleted ");
            (info, attrs, None)
        }
        m::POLEXPIRE => {
            let e = msg.family_header::<UserPolexpire>().ok()?;
            out.push_str("Expired ");
            (&e.pol, XfrmAttrs(msg.attrs_after(core::mem::size_of::<UserPolexpire>())), Some(e.hard))
        }
        kind => {
            let i = msg.family_header::<UserpolicyInfo>().ok()?;
            if kind == m::UPDPOLICY {
                out.push_str("Updated ");
            }
            (i, XfrmAttrs(msg.attrs_after(core::mem::size_of::<UserpolicyInfo>())), None)
        }
    };
    super::policy::policy(out, s, (info, &attrs), family, "", "");
    if let Some(hard) = hard {
        let _ = writeln!(out, "\thard {hard}");
    }
    Some(())
}

/// ip's `xfrm_acquire_print`.
fn acquire(out: &mut String, s: &Style<'_>, msg: &Message<'_>, family: u8) -> Option<()> {
    let a = msg.family_header::<UserAcquire>().ok()?;
    let attrs = XfrmAttrs(msg.attrs_after(core::mem::size_of::<UserAcquire>()));
    let f = [a.sel.family.get(), a.policy.sel.family.get()]
        .into_iter()
        .find(|f| *f != 0)
        .unwrap_or(family.into());
    let _ = write!(out, "acquire proto {} ", xfrm_proto_name(a.id.proto));
    let spi = a.id.spi.get();
    if s.stats > 0 || spi != 0 {
        let _ = write!(out, "spi 0x{spi:08x}");
        if s.stats > 0 {
            let _ = write!(out, "({spi})");
        }
        out.push(' ');
    }
    out.push('\n');
    print::selector(out, s, &a.sel, f, "  sel ");
    super::policy::policy(out, s, (&a.policy, &attrs), family, "    ", "  policy ");
    if s.stats > 0 {
        let _ = write!(
            out,
            "  seq 0x{:08} enc-mask {:08x} auth-mask {:08x} comp-mask {:08x}",
            a.seq.get(),
            a.ealgos.get(),
            a.aalgos.get(),
            a.calgos.get()
        );
    }
    out.push('\n');
    Some(())
}

/// ip's `xfrm_report_print`.
fn report(out: &mut String, s: &Style<'_>, msg: &Message<'_>, family: u8) -> Option<()> {
    let r = msg.family_header::<UserReport>().ok()?;
    let f = match r.sel.family.get() {
        0 => family.into(),
        f => f,
    };
    let _ = writeln!(out, "report proto {} ", xfrm_proto_name(r.proto));
    print::selector(out, s, &r.sel, f, "  sel ");
    print::xfrma(out, s, &XfrmAttrs(msg.attrs_after(core::mem::size_of::<UserReport>())), f, "  ");
    Some(())
}

/// ip's `xfrm_ae_print`.
fn aevent(out: &mut String, msg: &Message<'_>) -> Option<()> {
    const CAUSES: [(u32, &str); 3] =
        [(16, " replay update "), (32, " timer expired "), (64, " policy updated ")];
    let id = msg.family_header::<AeventId>().ok()?;
    let flags = id.flags.get();
    let _ = write!(out, "Async event  (0x{flags:x}) ");
    for (bit, cause) in CAUSES {
        if flags & bit != 0 {
            out.push_str(cause);
        }
    }
    let _ = write!(out, "\n\tsrc {} ", print::addr(id.sa_id.family.get(), &id.saddr));
    usersa(out, &id.sa_id, id.reqid.get());
    Some(())
}

/// ip's `xfrm_usersa_print` and the line break after it.
fn usersa(out: &mut String, id: &UsersaId, reqid: u32) {
    let _ = writeln!(
        out,
        "dst {}  reqid 0x{reqid:x} protocol {}  SPI 0x{:x}",
        print::addr(id.family.get(), &id.daddr),
        super::proto_name(id.proto),
        id.spi.get()
    );
}

/// ip's `xfrm_mapping_print`.
fn mapping(out: &mut String, msg: &Message<'_>) -> Option<()> {
    let map = msg.family_header::<UserMapping>().ok()?;
    let family = map.id.family.get();
    let _ = write!(
        out,
        "Mapping change {}:{} -> {}:{}\n\t",
        print::addr(family, &map.old_saddr),
        map.old_sport.get(),
        print::addr(family, &map.new_saddr),
        map.new_sport.get()
    );
    usersa(out, &map.id, map.reqid.get());
    Some(())
}
