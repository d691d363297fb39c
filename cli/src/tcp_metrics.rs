//! `nlw tcp_metrics show|delete|flush`: what the kernel keeps of past TCP
//! connections to each destination (`tcp_metrics`, generic netlink), as ip
//! 6.1's `ip tcp_metrics` lists and deletes it.
//!
//! ```sh
//! nlw tcp_metrics show           # 192.0.2.5 age 0.216sec cwnd 14 rtt 22us rttvar 19us source 192.0.2.5
//! nlw -j tcpmetrics show 192.0.2.0/24
//! nlw tcp_metrics delete 192.0.2.5
//! nlw tcp_metrics flush          # every entry
//! ```

use std::io::Write;
use std::net::IpAddr;

use nlwire::genl::Command;
use nlwire::route::Prefix;
use nlwire::tcp_metrics::{Delete, Dump, Entry, Get, Metrics, FAMILY_NAME};
use nlwire_std::Genl;

use crate::args::incomplete;
use crate::modify::prefix;
use crate::out::Hue;
use crate::route::leading_bits_equal;
use crate::sink::{Listing, Sink};
use crate::tc::units::g6;
use crate::{matches, CliError, Ctx, Result};

/// `tcp_metrics help`, as ip's.
pub const USAGE: &str = "Usage:\tnlw tcp_metrics/tcpmetrics { COMMAND | help }
\tnlw tcp_metrics { show | flush } SELECTOR
\tnlw tcp_metrics delete [ address ] ADDRESS
SELECTOR := [ [ address ] PREFIX ]";

/// What is asked: ip's `CMD_LIST`, `CMD_DEL`, `CMD_FLUSH`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verb {
    Show,
    Delete,
    Flush,
}

/// A parsed `tcp_metrics` command.
pub struct TcpMetricsCommand {
    verb: Verb,
    /// `[address] PREFIX`: the destinations.
    destination: Option<Prefix>,
    /// `src|source ADDRESS`: the source, one address.
    source: Option<IpAddr>,
    /// `-4`/`-6` (0: both).
    family: u8,
}

/// ip's `get_prefix`, then whether the prefix is one whole address.
fn host(p: &Prefix) -> Option<IpAddr> {
    let bits = if p.addr.is_ipv4() { 32 } else { 128 };
    (p.len == bits).then_some(p.addr)
}

fn not_an_address(word: &str) -> CliError {
    CliError::rejected(format!("Error: a specific IP address is expected rather than \"{word}\""))
}

impl TcpMetricsCommand {
    /// Parses the words after `tcp_metrics` as ip 6.1's `tcpm_do_cmd`,
    /// which reads every other word: after each selector it passes over the
    /// next one (`show 192.0.2.5 src 192.0.2.1` takes `192.0.2.1` for a
    /// second address, as ip does).
    pub fn parse(words: &[String], family: u8) -> Result<Self> {
        let (verb, args) = match words.split_first() {
            None => (Verb::Show, &[][..]),
            Some((verb, args)) => {
                let verb = match verb.as_str() {
                    v if ["list", "lst", "show"].iter().any(|k| matches(v, k, 1)) => Verb::Show,
                    v if ["delete", "remove"].iter().any(|k| matches(v, k, 1)) => Verb::Delete,
                    v if matches(v, "flush", 1) => Verb::Flush,
                    v if matches(v, "help", 1) => return Err(CliError::usage(USAGE)),
                    v => {
                        return Err(CliError::usage(format!(
                            "Command \"{v}\" is unknown, try \"nlw tcp_metrics help\"."
                        )))
                    }
                };
                (verb, args)
            }
        };
        if ![0, 2, 10].contains(&family) {
            return Err(CliError::rejected(format!("Unsupported protocol family: {family}")));
        }
        let mut c = TcpMetricsCommand { verb, destination: None, source: None, family };
        let mut words = args.iter().map(String::as_str);
        while let Some(mut word) = words.next() {
            if word == "src" || word == "source" {
                let who = word;
                word = words.next().ok_or_else(incomplete)?;
                if matches(word, "help", 1) {
                    return Err(CliError::usage(USAGE));
                }
                if c.source.is_some() {
                    return Err(duplicate_or_garbage(who, word));
                }
                c.source = Some(host(&prefix(word, family)?).ok_or_else(|| not_an_address(word))?);
            } else {
                let mut who = "address";
                if word == "addr" || word == "address" {
                    who = word;
                    word = words.next().ok_or_else(incomplete)?;
                }
                if matches(word, "help", 1) {
                    return Err(CliError::usage(USAGE));
                }
                if c.destination.is_some() {
                    return Err(duplicate_or_garbage(who, word));
                }
                let p = prefix(word, family)?;
                if verb == Verb::Delete && host(&p).is_none() {
                    return Err(not_an_address(word));
                }
                c.destination = Some(p);
            }
            // ip's loop steps over one more word.
            words.next();
        }
        if verb == Verb::Delete && c.destination.is_none() {
            return Err(CliError::usage("Error: argument \"address\" is required"));
        }
        Ok(c)
    }

    /// Runs the command in `-n`'s namespace.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let mut genl = crate::open_genl(ctx.netns.as_deref())?;
        let one = self.destination.as_ref().and_then(host);
        match (self.verb, one) {
            // One address: deleted, or asked for (printed as text even with
            // `-j`, as ip, which opens no JSON for it).
            (Verb::Delete | Verb::Flush, Some(destination)) => {
                request(&mut genl, &Delete { destination: Some(destination), source: self.source })
            }
            (Verb::Show, Some(destination)) => {
                let replies = genl.request(FAMILY_NAME, &Get { destination, source: self.source })?;
                let mut out = Listing::new(std::io::stdout().lock(), false, false);
                for reply in &replies {
                    out.item(|s| print(s, &Entry::parse(&reply.message())?, false))?;
                }
                Ok(out.finish()?)
            }
            // A flush of everything: one request without an address.
            (Verb::Flush, None)
                if self.source.is_none() && self.family == 0 && self.destination.is_none() =>
            {
                request(&mut genl, &Delete { destination: None, source: None })
            }
            (Verb::Flush, None) => self.flush(ctx, &mut genl),
            (Verb::Show, None) => {
                let entries = genl.dump(FAMILY_NAME, &Dump)?;
                let mut out = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
                for m in &entries {
                    let m = m.message();
                    let entry = Entry::parse(&m)?;
                    if self.picks(&entry)? {
                        out.item(|s| print(s, &entry, false))?;
                    }
                }
                Ok(out.finish()?)
            }
            // Parsing refused a delete without one address.
            (Verb::Delete, None) => Err(CliError::usage("Error: argument \"address\" is required")),
        }
    }

    /// Whether the entry is of the family and prefixes asked for.
    fn picks(&self, e: &Entry<'_>) -> nlwire::Result<bool> {
        let Some(dst) = e.destination()? else { return Ok(false) };
        let of_family = |ip: IpAddr| match self.family {
            2 => ip.is_ipv4(),
            10 => ip.is_ipv6(),
            _ => true,
        };
        let source = e.source()?;
        Ok(of_family(dst)
            && source.is_none_or(of_family)
            && self.destination.is_none_or(|p| leading_bits_equal(dst, p.addr, p.len))
            && self.source.is_none_or(|s| source.is_some_and(|src| leading_bits_equal(src, s, host_len(s)))))
    }

    /// ip's flush of a prefix: the entries it picks deleted, dumped again
    /// until none is left (at most `-l`'s rounds); `-s` tells the rounds,
    /// `-s -s` each entry deleted.
    fn flush(&self, ctx: &Ctx, genl: &mut Genl) -> Result<()> {
        let mut out = std::io::stdout().lock();
        for round in 0..ctx.flush_rounds {
            let mut picked = Vec::new();
            for m in &genl.dump(FAMILY_NAME, &Dump)? {
                let m = m.message();
                let entry = Entry::parse(&m)?;
                if self.picks(&entry)? {
                    if ctx.stats >= 2 {
                        let mut listing = Listing::new(&mut out, false, false);
                        listing.item(|s| print(s, &entry, true))?;
                        listing.finish()?;
                    }
                    picked.push((entry.destination()?, entry.source()?));
                }
            }
            if picked.is_empty() {
                if round == 0 {
                    eprintln!("Nothing to flush.");
                } else if ctx.stats > 0 {
                    let s = if round > 1 { "s" } else { "" };
                    writeln!(out, "*** Flush is complete after {round} round{s} ***")?;
                }
                return Ok(out.flush()?);
            }
            for (destination, source) in &picked {
                request(genl, &Delete { destination: *destination, source: *source })?;
            }
            if ctx.stats > 0 {
                writeln!(out, "\n*** Round {}, deleting {} entries ***", round + 1, picked.len())?;
                out.flush()?;
            }
        }
        Err(CliError::exit(1, format!("*** Flush not completed after {} rounds ***", ctx.flush_rounds)))
    }
}

/// The length of a whole address of `ip`'s family.
fn host_len(ip: IpAddr) -> u8 {
    if ip.is_ipv4() {
        32
    } else {
        128
    }
}

/// ip's `duparg2`.
fn duplicate_or_garbage(keyword: &str, value: &str) -> CliError {
    CliError::usage(format!("Error: either \"{keyword}\" is duplicate, or \"{value}\" is a garbage."))
}

/// Sends `command`; the kernel's refusal as ip words it.
fn request(genl: &mut Genl, command: &impl Command) -> Result<()> {
    genl.request(FAMILY_NAME, command)?;
    Ok(())
}

/// One entry as ip 6.1's `process_msg` prints it: `[Deleted ]DST age
/// S.MSsec [tw_ts V/S ago] [ssthresh N] [cwnd N] [reordering N] [rtt Nus]
/// [rttvar Nus] [fo_mss N] [fo_syn_drops N/S.MSusec ago] [fo_cookie HEX]
/// [source SRC]`; JSON with ip's keys, times in seconds (`%g`).
fn print<W: Write>(s: &mut Sink<'_, W>, e: &Entry<'_>, deleted: bool) -> Result<()> {
    if deleted {
        s.bool("deleted", format_args!("Deleted "), true)?;
    }
    if let Some(dst) = e.destination()? {
        s.painted_string(Hue::of(dst), "dst", format_args!("{dst}"), &dst)?;
    }
    if let Some(ms) = e.age()? {
        let seconds = ms as f64 / 1000.0;
        s.raw("age", format_args!(" age {seconds:.3}sec"), format_args!("{}", g6(seconds)))?;
    }
    if let Some(stamp) = e.tw_ts_stamp()? {
        let tsval = e.tw_tsval()?.unwrap_or(0);
        let ts = format!("{tsval}/{stamp}");
        s.string("tw_ts_stamp", format_args!(" tw_ts {ts} ago"), &ts)?;
    }
    if let Some(vals) = e.vals()? {
        metrics(s, &vals)?;
    }
    if let Some(mss) = e.fopen_mss()? {
        s.fmt_num("fopen_miss", format_args!(" fo_mss {mss}"), mss)?;
    }
    if let Some(drops) = e.fopen_syn_drops()? {
        let seconds = e.fopen_syn_drop_ts()?.unwrap_or(0) as f64 / 1_000_000.0;
        s.fmt_num("fopen_syn_drops", format_args!(" fo_syn_drops {drops}"), drops)?;
        s.raw("fopen_syn_drop_ts", format_args!("/{seconds:.3}usec ago"), format_args!("{}", g6(seconds)))?;
    }
    if let Some(cookie) = e.fopen_cookie()? {
        let hex: String = cookie.iter().take(16).map(|b| format!("{b:02x}")).collect();
        s.string("fo_cookie", format_args!(" fo_cookie {hex}"), &hex)?;
    }
    if let Some(src) = e.source()? {
        s.string("source", format_args!(" source {src}"), &src)?;
    }
    s.text("\n")?;
    Ok(())
}

/// The metrics nest: ssthresh, cwnd and reordering as they come, then the
/// RTT and its variance in microseconds (the `_US` ones when sent, else
/// the millisecond ones), as ip's `print_tcp_metrics`.
fn metrics<W: Write>(s: &mut Sink<'_, W>, m: &Metrics<'_>) -> Result<()> {
    use nlwire::tcp_metrics::metrics as slot;
    let (mut rtt, mut rttvar) = (0u64, 0u64);
    for attr in m.0.clone() {
        let attr = attr?;
        let Ok(value) = attr.u32() else { continue };
        let name = match attr.kind() {
            slot::RTT if rtt == 0 => {
                rtt = (u64::from(value) * 1000) >> 3;
                continue;
            }
            slot::RTTVAR if rttvar == 0 => {
                rttvar = (u64::from(value) * 1000) >> 2;
                continue;
            }
            slot::RTT_US => {
                rtt = u64::from(value >> 3);
                continue;
            }
            slot::RTTVAR_US => {
                rttvar = u64::from(value >> 2);
                continue;
            }
            slot::SSTHRESH => "ssthresh",
            slot::CWND => "cwnd",
            slot::REODERING => "reordering",
            _ => continue,
        };
        s.fmt_num(name, format_args!(" {name} {value}"), value)?;
    }
    for (key, us) in [("rtt", rtt), ("rttvar", rttvar)] {
        if us != 0 {
            let seconds = us as f64 / 1_000_000.0;
            s.raw(key, format_args!(" {key} {us}us"), format_args!("{}", g6(seconds)))?;
        }
    }
    Ok(())
}
