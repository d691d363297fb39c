//! `nlw mroute show [[to] PREFIX] [from PREFIX] [iif DEV] [table T]`: the
//! multicast forwarding cache, `RTM_GETROUTE` dumps of family
//! `RTNL_FAMILY_IPMR` (`-4`, the default) or `RTNL_FAMILY_IP6MR` (`-6`),
//! printed as ip 6.1's `ip mroute` prints them, `-s` adding the counters.
//!
//! ```text
//! (192.0.2.1,239.1.2.3)            Iif: v0         Oifs: v1 v2(ttl 2)  State: resolved
//!   7 packets, 588 bytes, Age 1.25
//! ```
//!
//! As ip 6.1's, the prefixes it takes are `default`, `all` and `any` alone
//! (it reads them in the multicast family, which has no addresses), which
//! choose every entry.

use std::io::Write;

use nlwire::route::{rta, Route, RouteDump, RouteType, RtaMfcStats};
use nlwire::rtnl::af;
use nlwire::rtnl::NextHopFlags;
use nlwire::Message;

use crate::args::{invalid, not_found, Words};
use crate::names::Names;
use crate::out::Hue;
use crate::sink::{Listing, Sink};
use crate::{matches, CliError, Ctx, Result};

/// `nlw mroute help`: ip 6.1's.
pub const USAGE: &str = "Usage: nlw mroute show [ [ to ] PREFIX ] [ from PREFIX ] [ iif DEVICE ]
                      [ table TABLE_ID ]
TABLE_ID := [ local | main | default | all | NUMBER ]";

/// `RT_TABLE_DEFAULT`: the table ip shows IPv4 entries of unless told
/// otherwise ("for backward compatibility", its source says).
const RT_TABLE_DEFAULT: u32 = 253;
/// `RT_TABLE_MAIN`: its entries are shown without their table.
const RT_TABLE_MAIN: u32 = 254;

/// `nlw mroute show ...`.
pub struct MrouteShow {
    /// `RTNL_FAMILY_IPMR` or `RTNL_FAMILY_IP6MR`; 0 for a family without
    /// multicast routes (`-0`, `-M`...): nothing to show, as ip.
    family: u8,
    /// `table`: 0 for `all`, `None` for the family's default.
    table: Option<u32>,
    /// `iif DEV`.
    iif: Option<String>,
}

impl MrouteShow {
    /// Parses the words after `mroute` as ip 6.1's `do_multiroute` and
    /// `mroute_list` (abbreviations too); `family` is `-4`/`-6` (0: neither).
    /// Other families than IPv4's and IPv6's have no multicast routes:
    /// nothing to do, and ip reads no further.
    pub fn parse(words: &[String], family: u8) -> Result<Self> {
        let usage = || CliError::usage(USAGE);
        if let Some(verb) = words.first() {
            if matches(verb, "help", 1) && !matches(verb, "list", 1) && !matches(verb, "show", 1) {
                return Err(usage());
            }
            if !(matches(verb, "list", 1) || matches(verb, "show", 1) || matches(verb, "lst", 1)) {
                return Err(CliError::usage(format!(
                    "Command \"{verb}\" is unknown, try \"nlw mroute help\"."
                )));
            }
        }
        let family = match family {
            af::UNSPEC | af::INET => af::IPMR,
            af::INET6 => af::IP6MR,
            _ => return Ok(MrouteShow { family: 0, table: None, iif: None }),
        };
        let (mut table, mut iif) = (None, None);
        let mut words = Words::new(words.get(1..).unwrap_or_default());
        while let Some(word) = words.next() {
            if matches(word, "table", 1) {
                let id = words.value()?;
                table = Some(match crate::names::table_number(id) {
                    Some(id) => id,
                    None if id == "all" => 0,
                    None if id == "help" => return Err(usage()),
                    None => return Err(invalid("table id value is invalid\n", id)),
                });
            } else if word == "iif" {
                iif = Some(words.value()?.to_owned());
            } else if matches(word, "from", 1) {
                prefix(words.value()?)?;
            } else {
                let word = if word == "to" { words.value()? } else { word };
                if matches(word, "help", 1) {
                    return Err(usage());
                }
                prefix(word)?;
            }
        }
        Ok(MrouteShow { family, table, iif })
    }

    /// Dumps the family's cache and prints what the filters keep.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        if self.family == 0 {
            return Ok(());
        }
        let mut names = Names::on_demand(ctx)?;
        let iif =
            self.iif.as_deref().map(|dev| names.index(dev).ok_or_else(|| not_found(dev))).transpose()?;
        let family = self.family;
        let table = match family {
            af::IPMR => self.table.unwrap_or(RT_TABLE_DEFAULT),
            _ => self.table.unwrap_or(0),
        };
        let dump = RouteDump { family, table: (table != 0).then_some(table), ..RouteDump::new(family) };
        let mut dump = crate::session::dump(&mut ctx.ipr, &dump)?;
        let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
        let (stats, details) = (ctx.stats > 0, ctx.details);
        while let Some(msg) = dump.next()? {
            let route = Route::parse(&msg)?;
            if route.kind() != RouteType::Multicast {
                // In ip's order: its complaint, the listing closed, its end.
                eprintln!("Non multicast route received, kernel does support IP multicast?");
                listing.finish()?;
                return Err(CliError::exit(1, "Dump terminated"));
            }
            if (table != 0 && route.table()? != table)
                || iif.is_some_and(|i| {
                    route.attrs().find(rta::IIF).ok().flatten().and_then(|a| a.u32().ok()) != Some(i)
                })
                || route.family() != family
            {
                continue;
            }
            listing.item(|s| print(s, &msg, &route, &Shown { names: &names, stats, details, table }))?;
            names.learn_asked();
        }
        Ok(listing.finish()?)
    }
}

/// ip 6.1's `get_prefix` of `word` in a multicast family: only the words
/// for every address (`default`, `all`, `any`) read; anything else is
/// refused with exit 1, ip's words (`???`: its name of the family).
fn prefix(word: &str) -> Result<()> {
    if ["default", "all", "any"].contains(&word) {
        return Ok(());
    }
    Err(CliError::rejected(format!("Error: ??? prefix is expected rather than \"{word}\".")))
}

/// Whether `msg` is a multicast routing cache entry (family
/// `RTNL_FAMILY_IPMR` or `_IP6MR`), which `monitor` prints as `mroute`.
pub fn is_multicast(msg: &Message<'_>) -> bool {
    Route::parse(msg).is_ok_and(|r| [af::IPMR, af::IP6MR].contains(&r.family()))
}

/// How entries are shown.
pub struct Shown<'a> {
    names: &'a Names,
    /// `-s`: packets, bytes and age.
    stats: bool,
    /// `-d`: the table even when it is `main`.
    details: bool,
    /// The table asked for (0: all): a table asked for is not shown.
    table: u32,
}

impl<'a> Shown<'a> {
    /// Entries of every table (`monitor`'s), with `-s` (`stats`) and `-d`.
    pub fn all(names: &'a Names, stats: bool, details: bool) -> Self {
        Shown { names, stats, details, table: 0 }
    }
}

/// One entry as ip 6.1's `print_mroute`: `(S,G)` padded to 32 columns,
/// the incoming interface, the outgoing ones (with their TTL threshold
/// above 1), the state, and with `-s` the counters.
pub fn print<W: Write>(
    s: &mut Sink<'_, W>,
    msg: &Message<'_>,
    route: &Route<'_>,
    shown: &Shown<'_>,
) -> Result<()> {
    let attrs = route.attrs();
    if msg.kind() == nlwire::msg_type::RTM_DELROUTE {
        s.bool("deleted", format_args!("Deleted "), true)?;
    }
    let addr = |kind| -> Result<String> {
        Ok(attrs
            .find(kind)?
            .map(|a| a.ip())
            .transpose()?
            .map_or_else(|| "unknown".to_owned(), |ip| ip.to_string()))
    };
    let (src, dst) = (addr(rta::SRC)?, addr(rta::DST)?);
    match s {
        Sink::Json(j) => {
            j.field_str("src", &src)?;
            j.field_str("dst", &dst)?;
        }
        Sink::Text(out) => write!(out, "{:<32} Iif: ", format!("({src},{dst})"))?,
    }
    match attrs.find(rta::IIF)?.map(|a| a.u32()).transpose()?.filter(|i| *i != 0) {
        Some(iif) => {
            let name = shown.names.get(iif);
            s.painted_string(Hue::Ifname, "iif", format_args!("{name:<10} "), &name)?;
        }
        None => s.string("iif", format_args!("unresolved "), &"unresolved")?,
    }
    if let Some(hops) = route.multipath()? {
        s.open_array("multipath")?;
        for (at, hop) in hops.enumerate() {
            let hop = hop?;
            s.open_element()?;
            if at == 0 {
                s.text("Oifs: ")?;
            }
            let name = shown.names.get(hop.ifindex() as u32);
            s.painted_string(Hue::Ifname, "oif", format_args!("{name}"), &name)?;
            let ttl = u32::from(hop.weight()) - 1;
            if ttl > 1 {
                s.fmt_num("ttl", format_args!("(ttl {ttl}) "), ttl)?;
            } else {
                s.text(" ")?;
            }
            s.close()?;
        }
        s.close_array()?;
    }
    let flags = NextHopFlags::from_bits_retain(route.flags().bits());
    let state = if flags.contains(NextHopFlags::UNRESOLVED) { "unresolved" } else { "resolved" };
    s.string("state", format_args!(" State: {state}"), &state)?;
    if flags.contains(NextHopFlags::OFFLOAD) {
        s.fmt_null("offload", " offload")?;
    }
    if shown.stats {
        if let Some(mfc) = attrs.find(rta::MFC_STATS)? {
            let mfc: RtaMfcStats = mfc.to_struct_zero_filled();
            s.text("\n")?;
            let (packets, bytes) = (mfc.mfcs_packets.get(), mfc.mfcs_bytes.get());
            s.fmt_num("packets", format_args!("  {packets} packets,"), packets)?;
            s.fmt_num("bytes", format_args!(" {bytes} bytes"), bytes)?;
            let wrong = mfc.mfcs_wrong_if.get();
            if wrong != 0 {
                s.fmt_num("wrong_if", format_args!(", {wrong} arrived on wrong iif."), wrong)?;
            }
        }
        if let Some(expires) = attrs.find(rta::EXPIRES)? {
            // Clock ticks (hundredths of a second); JSON as C's `%g`.
            let ticks = expires.uint()?;
            let seconds = crate::nexthop::Seconds(ticks);
            s.raw(
                "expires",
                format_args!(", Age {}.{:02}", ticks / 100, ticks % 100),
                format_args!("{seconds}"),
            )?;
        }
    }
    let table = route.table()?;
    if table != 0 && (table != RT_TABLE_MAIN || shown.details) && shown.table == 0 {
        let name = crate::names::unless_numeric(|| crate::names::table_name(table))
            .map_or_else(|| table.to_string(), str::to_owned);
        s.string("table", format_args!(" Table: {name}"), &name)?;
    }
    s.text("\n")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::Json;
    use nlwire_tests::wire::{attr, u32_attr};
    use serde_json::{json, Value};

    // From linux/rtnetlink.h.
    const RTM_NEWROUTE: u16 = 24;
    const RTM_DELROUTE: u16 = 25;
    const RTN_MULTICAST: u8 = 5;
    const RTNH_F_OFFLOAD: u32 = 8;
    const RTNH_F_UNRESOLVED: u32 = 32;
    const RTA_DST: u16 = 1;
    const RTA_SRC: u16 = 2;
    const RTA_IIF: u16 = 3;
    const RTA_MULTIPATH: u16 = 9;
    const RTA_TABLE: u16 = 15;
    const RTA_MFC_STATS: u16 = 17;
    const RTA_EXPIRES: u16 = 23;

    /// A multicast route message: `struct nlmsghdr`, `struct rtmsg`
    /// (family, dst_len, src_len, tos, table, protocol, scope, type,
    /// flags) and `attrs`, as the kernel's `mr_fill_mroute` writes it.
    fn message(kind: u16, family: u8, table: u8, flags: u32, attrs: &[Vec<u8>]) -> Vec<u8> {
        let full = if family == 128 { 32 } else { 128 };
        let mut body = vec![family, full, full, 0, table, 17, 0, RTN_MULTICAST];
        body.extend_from_slice(&flags.to_ne_bytes());
        attrs.iter().for_each(|a| body.extend_from_slice(a));
        let mut msg = ((16 + body.len()) as u32).to_ne_bytes().to_vec();
        msg.extend_from_slice(&kind.to_ne_bytes());
        msg.extend_from_slice(&[0; 10]);
        msg.extend(body);
        msg
    }

    /// `RTA_MULTIPATH` of `(ifindex, ttl)`: `struct rtnexthop { u16 len;
    /// u8 flags; u8 hops; int ifindex; }` each, the TTL in `hops`.
    fn oifs(hops: &[(i32, u8)]) -> Vec<u8> {
        let mut payload = Vec::new();
        for (ifindex, ttl) in hops {
            payload.extend_from_slice(&8u16.to_ne_bytes());
            payload.extend_from_slice(&[0, *ttl]);
            payload.extend_from_slice(&ifindex.to_ne_bytes());
        }
        attr(RTA_MULTIPATH, &payload)
    }

    /// `struct rta_mfc_stats { u64 packets, bytes, wrong_if; }`, then
    /// `RTA_EXPIRES` as a `u64` of clock ticks.
    fn counters(packets: u64, bytes: u64, wrong_if: u64, ticks: u64) -> [Vec<u8>; 2] {
        let words: Vec<u8> = [packets, bytes, wrong_if].iter().flat_map(|w| w.to_ne_bytes()).collect();
        [attr(RTA_MFC_STATS, &words), attr(RTA_EXPIRES, &ticks.to_ne_bytes())]
    }

    /// What ip 6.1 prints of `msg` (`ip [-s] [-d] monitor file`).
    fn ip_text(msg: &[u8], options: &[&str]) -> Option<String> {
        crate::reference::monitor_file("ip", options, msg)
    }

    /// nlw's text and JSON for `msg`, shown as a monitor shows it (no
    /// table asked for).
    fn ours(msg: &[u8], stats: bool, details: bool) -> (String, Value) {
        let message = Message::parse(msg).unwrap();
        let route = Route::parse(&message).unwrap();
        let names = Names::default();
        let shown = Shown::all(&names, stats, details);
        let (mut text, mut json) = (Vec::new(), Vec::new());
        {
            let mut j = Json::new(&mut text, false);
            print(&mut Sink::Text(j.out()), &message, &route, &shown).unwrap();
            j.out().flush().unwrap();
        }
        {
            let mut j = Json::new(&mut json, false);
            j.begin_object().unwrap();
            print(&mut Sink::Json(&mut j), &message, &route, &shown).unwrap();
            j.end_object().unwrap();
            j.out().flush().unwrap();
        }
        (String::from_utf8(text).unwrap(), serde_json::from_slice(&json).unwrap())
    }

    /// Resolved and unresolved entries, IPv4 and IPv6, in the default,
    /// main and a numbered table, with TTL thresholds, counters (wrong
    /// interface and none), offload and a deletion: nlw's text is what
    /// ip 6.1 prints of the same message, with and without `-s` and `-d`,
    /// and with `-N`.
    #[test]
    fn entries_print_as_ip_prints_them() {
        let v4 = |a: [u8; 4]| a.to_vec();
        let g6: std::net::Ipv6Addr = "ff0e::1:2".parse().unwrap();
        let s6: std::net::Ipv6Addr = "2001:db8::7".parse().unwrap();
        let [mfc, age] = counters(7, 588, 2, 125);
        let [quiet, young] = counters(0, 0, 0, 3);
        let messages = [
            message(
                RTM_NEWROUTE,
                128,
                253,
                0,
                &[
                    u32_attr(RTA_TABLE, 253),
                    attr(RTA_SRC, &v4([192, 0, 2, 1])),
                    attr(RTA_DST, &v4([239, 1, 2, 3])),
                    u32_attr(RTA_IIF, 4000),
                    oifs(&[(4001, 1), (4002, 3)]),
                    mfc.clone(),
                    age.clone(),
                ],
            ),
            // Unresolved, no source, no incoming interface yet.
            message(
                RTM_NEWROUTE,
                128,
                254,
                RTNH_F_UNRESOLVED,
                &[u32_attr(RTA_TABLE, 254), attr(RTA_DST, &v4([239, 9, 9, 9])), quiet, young],
            ),
            message(
                RTM_NEWROUTE,
                129,
                252,
                RTNH_F_OFFLOAD,
                &[
                    u32_attr(RTA_TABLE, 1000),
                    attr(RTA_SRC, &s6.octets()),
                    attr(RTA_DST, &g6.octets()),
                    u32_attr(RTA_IIF, 4003),
                    oifs(&[(4004, 255)]),
                    mfc,
                    age,
                ],
            ),
            message(
                RTM_DELROUTE,
                128,
                253,
                0,
                &[
                    attr(RTA_SRC, &v4([198, 51, 100, 4])),
                    attr(RTA_DST, &v4([232, 0, 0, 1])),
                    u32_attr(RTA_IIF, 4000),
                ],
            ),
        ];
        for msg in &messages {
            for (stats, details) in [(false, false), (true, false), (false, true), (true, true)] {
                let options: Vec<&str> =
                    [stats.then_some("-s"), details.then_some("-d")].into_iter().flatten().collect();
                let Some(theirs) = ip_text(msg, &options) else { return };
                assert_eq!(ours(msg, stats, details).0, theirs, "{options:?}");
            }
        }
        // With `-N`: the tables' numbers (`Table: 253`).
        crate::names::use_numbers_in_this_thread();
        for msg in &messages {
            for (stats, details) in [(false, false), (true, true)] {
                let options: Vec<&str> =
                    ["-N"].into_iter().chain(stats.then_some("-s")).chain(details.then_some("-d")).collect();
                let Some(theirs) = ip_text(msg, &options) else { return };
                assert_eq!(ours(msg, stats, details).0, theirs, "{options:?}");
            }
        }
    }

    /// The JSON keys of ip 6.1's `print_mroute`, written here from its
    /// source: `src`, `dst`, `iif`, `multipath` (`oif`, `ttl` above 1),
    /// `state`, `offload`, with `-s` `packets`, `bytes`, `wrong_if` (not
    /// 0) and `expires` (seconds, as `%g`), and `table`.
    #[test]
    fn entries_have_ips_json_keys() {
        let [mfc, age] = counters(7, 588, 2, 125);
        let msg = message(
            RTM_NEWROUTE,
            128,
            253,
            RTNH_F_OFFLOAD,
            &[
                u32_attr(RTA_TABLE, 253),
                attr(RTA_SRC, &[192, 0, 2, 1]),
                attr(RTA_DST, &[239, 1, 2, 3]),
                u32_attr(RTA_IIF, 4000),
                oifs(&[(4001, 1), (4002, 3)]),
                mfc,
                age,
            ],
        );
        let want = json!({
            "src": "192.0.2.1", "dst": "239.1.2.3", "iif": "if4000",
            "multipath": [{"oif": "if4001"}, {"oif": "if4002", "ttl": 3}],
            "state": "resolved", "offload": null,
            "packets": 7, "bytes": 588, "wrong_if": 2, "expires": 1.25, "table": "default",
        });
        assert_eq!(ours(&msg, true, false).1, want);
        let unresolved =
            message(RTM_DELROUTE, 128, 253, RTNH_F_UNRESOLVED, &[attr(RTA_DST, &[239, 1, 2, 3])]);
        let want = json!({
            "deleted": true, "src": "unknown", "dst": "239.1.2.3", "iif": "unresolved",
            "state": "unresolved", "table": "default",
        });
        assert_eq!(ours(&unresolved, false, false).1, want);
    }
}
