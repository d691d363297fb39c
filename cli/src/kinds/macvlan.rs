//! `macvlan` and `macvtap`: `mode bridge bcqueuelen 1000 usedbcqueuelen
//! 1000` (and a source-mode link's `remotes (N) MAC...`), and the options
//! `mode M [flag nopromisc|nodst|null]`, `macaddr add|del MAC | set MAC... | flush`,
//! `bcqueuelen N`.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::rt_link::{
    linkinfo_macvlan_attrs as macvlan, macvlan_flags, LinkinfoMacvlanAttrs, MACVLAN_MACADDR_MODE,
    MACVLAN_MODE,
};

use super::data::unknown;
use crate::args::{c_number, mac, Words};
use crate::names::hwaddr;
use crate::sink::Sink;
use crate::{CliError, Result};
use nlwire_std::{KindData, KindValue};

/// `info_data`, as ip 6.1's `macvlan_print_opt`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, data: Attrs<'_>) -> Result<()> {
    let data = LinkinfoMacvlanAttrs(data);
    let Some(mode) = data.mode()? else { return Ok(()) };
    let name = MACVLAN_MODE.iter().find(|(v, _)| *v == mode).map_or("unknown", |(_, n)| n);
    p.word_str("mode", "mode", name)?;
    let flags = data.flags()?.map_or(0, |f| f.bits());
    if flags & macvlan_flags::NOPROMISC != 0 {
        p.bool("nopromisc", format_args!("nopromisc "), true)?;
    }
    if flags & macvlan_flags::NODST != 0 {
        p.bool("nodst", format_args!("nodst "), true)?;
    }
    if let Some(len) = data.bc_queue_len()? {
        p.word_num("bcqueuelen", "bcqueuelen", len.into())?;
    }
    if let Some(len) = data.bc_queue_len_used()? {
        p.word_num("usedbcqueuelen", "usedbcqueuelen", len.into())?;
    }
    if mode != nlwire::tables::rt_link::macvlan_mode::SOURCE {
        return Ok(());
    }
    let Some(count) = data.macaddr_count()? else { return Ok(()) };
    p.fmt_num("macaddr_count", format_args!("remotes ({count}) "), count)?;
    let Some(list) = data.macaddr_data()? else { return Ok(()) };
    p.open_array("macaddr_data")?;
    for attr in list.0.find_all(macvlan::MACADDR) {
        let Some(bytes) = attr?.payload().get(..6) else { continue };
        let mac = hwaddr(bytes);
        p.element(format_args!("{mac} "), &mac)?;
    }
    p.close_array()?;
    Ok(())
}

/// Reads `type macvlan|macvtap` options.
pub fn parse(kind: &str, words: &mut Words<'_>, data: &mut KindData) -> Result<()> {
    let mut flags: Option<u16> = None;
    while let Some(word) = words.next() {
        match word {
            "mode" => {
                let v = words.value()?;
                let (mode, _) = MACVLAN_MODE.iter().find(|(_, n)| *n == v).ok_or_else(|| {
                    CliError::rejected(
                        "Error: argument of \"mode\" must be \"private\", \"vepa\", \"bridge\", \"passthru\" or \"source\"",
                    )
                })?;
                data.push(macvlan::MODE, KindValue::U32(*mode));
            }
            "flag" => match words.value()? {
                "nopromisc" => *flags.get_or_insert(0) |= macvlan_flags::NOPROMISC,
                "nodst" => *flags.get_or_insert(0) |= macvlan_flags::NODST,
                "null" => *flags.get_or_insert(0) |= 0,
                other => {
                    return Err(CliError::rejected(format!(
                        "Error: argument of \"flag\" must be \"nopromisc\", \"nodst\" or \"null\", not \"{other}\""
                    )))
                }
            },
            "nopromisc" => *flags.get_or_insert(0) |= macvlan_flags::NOPROMISC,
            "nodst" => *flags.get_or_insert(0) |= macvlan_flags::NODST,
            "bcqueuelen" => data.push(macvlan::BC_QUEUE_LEN, KindValue::U32(c_number(word, words.value()?)?)),
            "macaddr" => {
                let op = words.value()?;
                let (mode, _) = MACVLAN_MACADDR_MODE.iter().find(|(_, n)| *n == op).ok_or_else(|| {
                    CliError::rejected(
                        "Error: argument of \"macaddr\" must be \"add\", \"del\", \"set\" or \"flush\"",
                    )
                })?;
                data.push(macvlan::MACADDR_MODE, KindValue::U32(*mode));
                match op {
                    "add" | "del" => data.push(macvlan::MACADDR, KindValue::Bytes(mac(words.value()?)?)),
                    "set" => {
                        // Every following word that is an address.
                        let mut list = KindData::new(&nlwire::tables::rt_link::LINKINFO_MACVLAN_MACADDR_ATTRS);
                        while let Some(next) = words.rest().first().filter(|w| mac(w).is_ok()) {
                            list.push(macvlan::MACADDR, KindValue::Bytes(mac(next)?));
                            words.next();
                        }
                        data.push(macvlan::MACADDR_DATA, KindValue::Nest(list));
                    }
                    _ => {}
                }
            }
            other => return Err(unknown(kind, other)),
        }
    }
    if let Some(flags) = flags {
        data.push(macvlan::FLAGS, KindValue::U16(flags));
    }
    Ok(())
}
