//! `vrf`: `table 10`, for a VRF and for its ports, and the option
//! `table ID|NAME`.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::rt_link::{linkinfo_vrf_attrs as vrf, LinkinfoVrfAttrs};

use super::data::unknown;
use crate::args::Words;
use crate::sink::Sink;
use crate::Result;
use nlwire_std::{KindData, KindValue};

/// `IFLA_VRF_PORT_TABLE`, from `linux/if_link.h` (the port's data).
const PORT_TABLE: u16 = 1;

/// `info_data`.
pub fn print<W: Write>(p: &mut Sink<'_, W>, data: Attrs<'_>) -> Result<()> {
    if let Some(table) = LinkinfoVrfAttrs(data).table()? {
        p.word_num("table", "table", table.into())?;
    }
    Ok(())
}

/// A VRF port's `info_slave_data`.
pub fn print_port<W: Write>(p: &mut Sink<'_, W>, data: Attrs<'_>) -> Result<()> {
    if let Some(table) = data.find(PORT_TABLE)?.and_then(|a| a.u32().ok()) {
        p.word_num("table", "table", table.into())?;
    }
    Ok(())
}

/// Reads `type vrf` options.
pub fn parse(words: &mut Words<'_>, data: &mut KindData) -> Result<()> {
    while let Some(word) = words.next() {
        match word {
            "table" => {
                let v = words.value()?;
                let table =
                    crate::args::table_id(v).map_err(|_| crate::args::invalid("invalid table ID\n", v))?;
                data.push(vrf::TABLE, KindValue::U32(table));
            }
            other => return Err(unknown("vrf", other)),
        }
    }
    Ok(())
}
