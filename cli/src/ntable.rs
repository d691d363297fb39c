//! `nlw ntable show [dev DEV] [name NAME]` and `nlw ntable change name
//! NAME [dev DEV] PARMS`: the neighbour tables (`arp_cache`,
//! `ndisc_cache`), their thresholds and the parameters of each interface,
//! as iproute2 6.1's `ip ntable` prints and changes them.
//!
//! ```sh
//! nlw -s ntable show name arp_cache dev none
//! nlw ntable change name arp_cache dev v0 queue 50 base_reachable 20000
//! ```

use std::io::{self, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use nlwire::attr::Attr;
use nlwire::neigh::{
    ndta, ndtpa, NdtConfig, NdtStats, NdtpaAttrs, NeighTable, TableChange, TableDump, TableParm,
};

use crate::args::family_name;
use crate::args::{c_number, duplicate, invalid, Words};
use crate::names::Names;
use crate::out::Hue;
use crate::sink::{listing, object, Sink};
use crate::{matches, CliError, Ctx, Result};

/// `nlw ntable help`.
pub const USAGE: &str = "Usage: nlw ntable change name NAME [ dev DEV ]
          [ thresh1 VAL ] [ thresh2 VAL ] [ thresh3 VAL ] [ gc_int MSEC ]
          [ PARMS ]
Usage: nlw ntable show [ dev DEV ] [ name NAME ]
PARMS := [ base_reachable MSEC ] [ retrans MSEC ] [ gc_stale MSEC ]
         [ delay_probe MSEC ] [ queue LEN ]
         [ app_probes VAL ] [ ucast_probes VAL ] [ mcast_probes VAL ]
         [ anycast_delay MSEC ] [ proxy_delay MSEC ] [ proxy_queue LEN ]
         [ locktime MSEC ]";

/// The table's thresholds and garbage collection interval: the
/// attribute, its `-j` key, its word in text and in `ntable change`.
const LIMITS: [(u16, &str, &str); 4] = [
    (ndta::THRESH1, "thresh1", "thresh1"),
    (ndta::THRESH2, "thresh2", "thresh2"),
    (ndta::THRESH3, "thresh3", "thresh3"),
    (ndta::GC_INTERVAL, "gc_interval", "gc_int"),
];

/// The parameters (`NDTPA_*`) as ip prints them, a line each, with the
/// word that names each in text, in `-j` and in `ntable change`.
const PARM_LINES: [&[(u16, &str)]; 4] = [
    &[
        (ndtpa::REFCNT, "refcnt"),
        (ndtpa::REACHABLE_TIME, "reachable"),
        (ndtpa::BASE_REACHABLE_TIME, "base_reachable"),
        (ndtpa::RETRANS_TIME, "retrans"),
    ],
    &[
        (ndtpa::GC_STALETIME, "gc_stale"),
        (ndtpa::DELAY_PROBE_TIME, "delay_probe"),
        (ndtpa::QUEUE_LEN, "queue"),
    ],
    &[
        (ndtpa::APP_PROBES, "app_probes"),
        (ndtpa::UCAST_PROBES, "ucast_probes"),
        (ndtpa::MCAST_PROBES, "mcast_probes"),
    ],
    &[
        (ndtpa::ANYCAST_DELAY, "anycast_delay"),
        (ndtpa::PROXY_DELAY, "proxy_delay"),
        (ndtpa::PROXY_QLEN, "proxy_queue"),
        (ndtpa::LOCKTIME, "locktime"),
    ],
];

/// Which interface's parameters `show` lists.
enum DevFilter {
    Any,
    /// `dev none`: only the tables' defaults.
    Defaults,
    Index(u32),
}

/// `nlw ntable ...`.
pub enum NtableCommand {
    Show { dev: Option<String>, name: Option<String> },
    Change(Change),
}

/// `ntable change`: what ip 6.1 sends, the device still to be looked up.
pub struct Change {
    name: String,
    dev: Option<String>,
    thresholds: [Option<u32>; 3],
    gc_interval: Option<u64>,
    parms: Vec<TableParm>,
}

impl Change {
    /// Parses the words after `change`, as ip's `ipntable_modify`.
    fn parse(words: &[String]) -> Result<Self> {
        let mut change = Change {
            name: String::new(),
            dev: None,
            thresholds: [None; 3],
            gc_interval: None,
            parms: Vec::new(),
        };
        let mut words = Words::new(words);
        while let Some(word) = words.next() {
            if word == "dev" {
                change.dev = Some(words.value()?.to_owned());
                continue;
            }
            let limit = LIMITS.iter().position(|&(_, _, w)| w == word);
            // Every parameter ip prints but the two the kernel sets alone.
            let parm = PARM_LINES
                .iter()
                .flat_map(|line| line.iter())
                .find(|&&(kind, w)| w == word && ![ndtpa::REFCNT, ndtpa::REACHABLE_TIME].contains(&kind));
            if !(word == "name" || limit.is_some() || parm.is_some()) {
                return Err(invalid("unknown", word));
            }
            let value = words.value()?;
            let bad = || invalid(&format!("\"{word}\" value is invalid"), value);
            if word == "name" {
                if !change.name.is_empty() {
                    return Err(duplicate("NAME", value));
                }
                change.name = value.to_owned();
            } else if let Some(at) = limit {
                let value = c_number(word, value).map_err(|_| bad())?;
                match change.thresholds.get_mut(at) {
                    Some(threshold) => *threshold = Some(u32::try_from(value).map_err(|_| bad())?),
                    None => change.gc_interval = Some(value),
                }
            } else if let Some(&(kind, _)) = parm {
                let parm = TableParm { kind, value: c_number(word, value).map_err(|_| bad())? };
                parm.is_u32().map_err(|_| bad())?;
                change.parms.push(parm);
            }
        }
        if change.name.is_empty() {
            return Err(CliError::usage("Error: argument \"NAME\" is required"));
        }
        if change.thresholds == [None; 3] && change.gc_interval.is_none() && change.parms.is_empty() {
            return Err(CliError::usage("Not enough information: changeable attributes required."));
        }
        Ok(change)
    }

    /// Sends `RTM_SETNEIGHTBL`.
    fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let ifindex = match &self.dev {
            Some(dev) => Some(crate::args::ifindex(&mut ctx.ipr, dev)?),
            None => None,
        };
        let change = TableChange {
            family: ctx.family,
            name: &self.name,
            thresholds: self.thresholds,
            gc_interval: self.gc_interval,
            ifindex,
            parms: &self.parms,
        };
        crate::session::request(&mut ctx.ipr, &change)
    }
}

impl NtableCommand {
    /// Parses the words after `ntable`.
    pub fn parse(words: &[String]) -> Result<Self> {
        let verb = words.first().map_or("show", String::as_str);
        if matches(verb, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        if matches(verb, "change", 1) || verb == "chg" {
            return Change::parse(words.get(1..).unwrap_or_default()).map(NtableCommand::Change);
        }
        if !(matches(verb, "show", 1) || matches(verb, "lst", 1) || matches(verb, "list", 1)) {
            return Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw ntable help\".")));
        }
        let (mut dev, mut name) = (None, None);
        let mut words = Words::new(words.get(1..).unwrap_or_default());
        while let Some(word) = words.next() {
            match word {
                "dev" => dev = Some(words.value()?.to_owned()),
                "name" => name = Some(words.value()?.to_owned()),
                other => return Err(invalid("unknown", other)),
            }
        }
        Ok(NtableCommand::Show { dev, name })
    }

    /// Asks the kernel and prints.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            NtableCommand::Show { dev, name } => show(ctx, dev.as_deref(), name.as_deref()),
            NtableCommand::Change(change) => change.run(ctx),
        }
    }
}

/// `ip ntable show`: one dump, each table printed as it comes.
fn show(ctx: &mut Ctx, dev: Option<&str>, name: Option<&str>) -> Result<()> {
    let mut names = Names::on_demand(ctx)?;
    let dev = match dev {
        None => DevFilter::Any,
        Some("none") => DevFilter::Defaults,
        Some(dev) => DevFilter::Index(names.index(dev).ok_or_else(|| invalid("\"DEV\" is invalid", dev))?),
    };
    let (json, family, with_stats) = (ctx.json, ctx.family, ctx.stats > 0);
    let sl = if ctx.oneline { "\\" } else { "\n" };
    let mut dump = crate::session::dump(&mut ctx.ipr, &TableDump { family })?;
    listing(json, ctx.pretty, |j| {
        while let Some(msg) = dump.next()? {
            let table = NeighTable::parse(&msg)?;
            if !wanted(&table, family, &dev, name)? {
                continue;
            }
            object(j, json, |s| print(s, &table, &names, with_stats, sl))?;
            names.learn_asked();
        }
        Ok(())
    })
}

/// ip's filter: the family, the table's name, the interface (`dev none`:
/// the defaults, which have no `NDTPA_IFINDEX`).
fn wanted(table: &NeighTable<'_>, family: u8, dev: &DevFilter, name: Option<&str>) -> Result<bool> {
    if family != 0 && table.family() != family {
        return Ok(false);
    }
    if let (Some(want), Some(name)) = (name, table.name()?) {
        if want != name {
            return Ok(false);
        }
    }
    let Some(parms) = table.parms()? else { return Ok(true) };
    Ok(match (dev, parms.ifindex()?) {
        (DevFilter::Any, _) => true,
        (DevFilter::Index(want), Some(ifindex)) => *want == ifindex,
        (DevFilter::Defaults, ifindex) => ifindex.is_none(),
        (DevFilter::Index(_), None) => false,
    })
}

/// One table's message as `ip [-s] ntable show` prints it; `sl` is ip's
/// line break (`\` under `-o`). The object's last line break is
/// [`object`]'s.
fn print<W: Write>(
    s: &mut Sink<'_, W>,
    t: &NeighTable<'_>,
    names: &Names,
    stats: bool,
    sl: &str,
) -> Result<()> {
    s.str("family", "", &family_name(t.family()))?;
    if let Some(name) = t.name()? {
        s.name("name", "", name)?;
    }
    s.text(sl)?;
    let attrs = t.attrs();
    let mut limits = [None; 4];
    for (limit, &(kind, ..)) in limits.iter_mut().zip(&LIMITS) {
        *limit = attrs.read(kind, Attr::uint)?;
    }
    if limits.iter().any(Option::is_some) {
        s.text("    ")?;
        for (limit, &(_, key, word)) in limits.iter().zip(&LIMITS) {
            if let Some(value) = limit {
                s.word_num(key, word, *value)?;
            }
        }
        s.text(sl)?;
    }
    if let (Some(config), true) = (t.config()?, stats) {
        print_config(s, config, sl)?;
    }
    if let Some(parms) = t.parms()? {
        print_parms(s, &parms, names, sl)?;
    }
    if let (Some(table_stats), true) = (t.stats()?, stats) {
        print_stats(s, table_stats, sl)?;
    }
    Ok(())
}

/// `struct ndt_config` (`-s`).
fn print_config<W: Write>(s: &mut Sink<'_, W>, c: &NdtConfig, sl: &str) -> io::Result<()> {
    s.text("    config ")?;
    s.word_num("key_length", "key_len", c.key_len.get().into())?;
    s.word_num("entry_size", "entry_size", c.entry_size.get().into())?;
    s.word_num("entries", "entries", c.entries.get().into())?;
    s.fmt_text(format_args!("{sl}        "))?;
    s.word_str("last_flush", "last_flush", &time_ago(c.last_flush.get()))?;
    s.word_str("last_rand", "last_rand", &time_ago(c.last_rand.get()))?;
    s.fmt_text(format_args!("{sl}        "))?;
    s.word_num("hash_rnd", "hash_rnd", c.hash_rnd.get().into())?;
    let mask = c.hash_mask.get();
    s.string("hash_mask", format_args!("hash_mask {mask:08x} "), &format_args!("{mask:#x}"))?;
    s.word_num("hash_chain_gc", "hash_chain_gc", c.hash_chain_gc.get().into())?;
    s.word_num("proxy_qlen", "proxy_qlen", c.proxy_qlen.get().into())?;
    s.text(sl)
}

/// `NDTA_PARMS`: the interface, then [`PARM_LINES`].
fn print_parms<W: Write>(s: &mut Sink<'_, W>, parms: &NdtpaAttrs<'_>, names: &Names, sl: &str) -> Result<()> {
    if let Some(ifindex) = parms.ifindex()? {
        s.painted(Hue::Ifname, "dev", "    dev", &names.get(ifindex))?;
        s.text(sl)?;
    }
    for line in PARM_LINES {
        s.text("    ")?;
        for &(kind, word) in line {
            if let Some(value) = parms.0.read(kind, Attr::uint)? {
                s.word_num(word, word, value)?;
            }
        }
        s.text(sl)?;
    }
    Ok(())
}

/// `struct ndt_stats` (`-s`), its counters a few to a line as ip puts them.
fn print_stats<W: Write>(s: &mut Sink<'_, W>, st: &NdtStats, sl: &str) -> io::Result<()> {
    let lines: [&[(&str, u64)]; 5] = [
        &[("allocs", st.allocs.get()), ("destroys", st.destroys.get()), ("hash_grows", st.hash_grows.get())],
        &[("res_failed", st.res_failed.get()), ("lookups", st.lookups.get()), ("hits", st.hits.get())],
        &[("rcv_probes_mcast", st.rcv_probes_mcast.get()), ("rcv_probes_ucast", st.rcv_probes_ucast.get())],
        &[("periodic_gc_runs", st.periodic_gc_runs.get()), ("forced_gc_runs", st.forced_gc_runs.get())],
        &[("table_fulls", st.table_fulls.get())],
    ];
    s.text("    stats ")?;
    for (at, line) in lines.iter().enumerate() {
        if at > 0 {
            s.fmt_text(format_args!("{sl}    "))?;
        }
        for &(word, value) in *line {
            s.word_num(word, word, value)?;
        }
    }
    s.text(sl)
}

/// ip's `ntable_strtime_delta`: the time `msec` milliseconds ago, or
/// `(error)` for 0.
fn time_ago(msec: u32) -> String {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    match msec {
        0 => "(error)".into(),
        msec => date_time(now - i64::from(msec / 1000)),
    }
}

/// `t` seconds after the epoch as `%Y-%m-%d %H:%M:%S` in local time, as
/// ip's `strftime` of `localtime` writes it.
fn date_time(t: i64) -> String {
    let local = t + crate::localtime::offset(t);
    utc_date_time(local)
}

/// `t` seconds after the epoch as `%Y-%m-%d %H:%M:%S`, in UTC.
fn utc_date_time(t: i64) -> String {
    let (days, secs) = (t.div_euclid(86_400), t.rem_euclid(86_400));
    let (year, month, day) = crate::localtime::civil_from_days(days);
    format!("{year}-{month:02}-{day:02} {:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil() {
        // As `date -u -d @T '+%F %T'` prints them.
        for (t, want) in [
            (0, "1970-01-01 00:00:00"),
            (951_825_599, "2000-02-29 11:59:59"),
            (1_796_487_900, "2026-12-05 16:25:00"),
            (4_107_542_400, "2100-03-01 00:00:00"),
        ] {
            assert_eq!(utc_date_time(t), want, "{t}");
        }
        assert_eq!(time_ago(0), "(error)");
    }
}
