//! `ipvlan` (and `ipvtap`): ` mode l2 bridge `, and the option
//! `mode l2|l3|l3s [bridge|private|vepa]`.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::rt_link::{
    ipvlan_flags, linkinfo_ipvlan_attrs as ipvlan, LinkinfoIpvlanAttrs, IPVLAN_MODE,
};

use super::data::unknown;
use crate::args::Words;
use crate::sink::Sink;
use crate::{CliError, Result};
use nlwire_std::{KindData, KindValue};

/// `info_data`, as ip 6.1's `ipvlan_print_opt`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, data: Attrs<'_>) -> Result<()> {
    let data = LinkinfoIpvlanAttrs(data);
    if let Some(mode) = data.mode()? {
        let name = IPVLAN_MODE.iter().find(|(v, _)| *v == u32::from(mode)).map_or("unknown", |(_, n)| n);
        p.word_str("mode", " mode", name)?;
    }
    if let Some(flags) = data.flags()? {
        let flags = flags.bits();
        let name = if flags & ipvlan_flags::PRIVATE != 0 {
            "private"
        } else if flags & ipvlan_flags::VEPA != 0 {
            "vepa"
        } else {
            "bridge"
        };
        p.bool(name, format_args!("{name} "), true)?;
    }
    Ok(())
}

/// Reads `type ipvlan` options.
pub fn parse(words: &mut Words<'_>, data: &mut KindData) -> Result<()> {
    let mut flags = None;
    while let Some(word) = words.next() {
        match word {
            "mode" => {
                let v = words.value()?;
                let (mode, _) = IPVLAN_MODE.iter().find(|(_, n)| *n == v).ok_or_else(|| {
                    CliError::rejected("Error: argument of \"mode\" must be either \"l2\", \"l3\" or \"l3s\"")
                })?;
                data.push(ipvlan::MODE, KindValue::U16(*mode as u16));
            }
            "bridge" => flags = Some(0),
            "private" => flags = Some(ipvlan_flags::PRIVATE),
            "vepa" => flags = Some(ipvlan_flags::VEPA),
            other => return Err(unknown("ipvlan", other)),
        }
    }
    if let Some(flags) = flags {
        data.push(ipvlan::FLAGS, KindValue::U16(flags));
    }
    Ok(())
}
