//! The band map of `prio` and `pfifo_fast` (`struct tc_prio_qopt`): as
//! tc/q_prio.c prints it, and `prio`'s words as it reads them.
//!
//! ```text
//! qdisc prio 1: root refcnt 2 bands 3 priomap 1 2 2 2 1 2 0 0 1 1 1 1 1 1 1 1
//! ```

use std::io::Write;

use nlwire::tables::tc::TC_PRIO_QOPT;
use nlwire::tc::fifo::TC_PRIO_COUNT;
use nlwire::tc::{TcObject, TcPrioQopt};

use crate::args::Words;
use crate::sink::Sink;
use crate::tc::options::{put_attr, put_field, refused, what_is};
use crate::Result;

/// `TCA_PRIO_MQ` (linux/pkt_sched.h): an attribute after prio's struct.
const TCA_PRIO_MQ: u16 = 1;

/// The band map of pfifo_fast and prio (tc's `prio_print_opt`).
pub fn print<W: Write>(s: &mut Sink<'_, W>, p: &TcPrioQopt, o: &TcObject<'_>) -> Result<()> {
    s.num("bands", "bands", &p.bands.get())?;
    match s {
        Sink::Text(out) => {
            out.write_all(b"priomap")?;
            for band in p.priomap {
                write!(out, " {band}")?;
            }
        }
        Sink::Json(j) => {
            j.key("priomap")?;
            j.begin_array()?;
            for band in p.priomap {
                j.raw(format_args!("{band}"))?;
            }
            j.end_array()?;
            let multiqueue = o
                .options_attr()?
                .and_then(|a| a.payload().get(std::mem::size_of::<TcPrioQopt>().next_multiple_of(4)..))
                .and_then(|rest| nlwire::Attrs::new(rest).find(TCA_PRIO_MQ).ok().flatten())
                .and_then(|a| a.u8().ok())
                .is_some_and(|v| v != 0);
            j.key("multiqueue")?;
            j.raw(format_args!("{multiqueue}"))?;
        }
    }
    Ok(())
}

/// tc's band map when none is given (`TC_PRIO_*` to bands 0 to 2).
const DEFAULT_PRIOMAP: [u8; TC_PRIO_COUNT] = [1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1];

/// `prio [bands N] [priomap P1 P2...] [multiqueue]`, as tc/q_prio.c reads
/// them: `struct tc_prio_qopt`, then a nest (tc's "compat" nest, without
/// `NLA_F_NESTED`) holding `TCA_PRIO_MQ` with `multiqueue`. A map given
/// in part keeps tc's defaults after it; each band is checked against the
/// bands known when it is read.
pub fn parse(words: &mut Words<'_>) -> Result<Vec<u8>> {
    let (mut bands, mut priomap, mut mapping, mut multiqueue) = (3i32, DEFAULT_PRIOMAP, None, false);
    while let Some(word) = words.next() {
        match word {
            "bands" => {
                let value = words.value()?;
                // Decimal only (tc's `get_integer(.., 10)`).
                let parsed = value.parse::<i32>().ok();
                bands = parsed.ok_or_else(|| refused("Illegal \"bands\""))?;
            }
            "priomap" if mapping.is_some() => return Err(refused("Error: duplicate priomap")),
            "priomap" => mapping = Some(0),
            "multiqueue" => multiqueue = true,
            band => {
                let Some(index) = mapping.as_mut() else { return Err(what_is(band, "qdisc")) };
                let band = band.parse::<u32>().map_err(|_| refused("Illegal \"priomap\" element"))?;
                // C compares the band with the count as unsigned numbers.
                if band >= bands as u32 {
                    return Err(refused("\"priomap\" element is out of bands"));
                }
                if *index == TC_PRIO_COUNT {
                    return Err(refused(format!("\"priomap\" index > TC_PRIO_MAX={}", TC_PRIO_COUNT - 1)));
                }
                priomap[*index] = band as u8;
                *index += 1;
            }
        }
    }
    let mut options = vec![0u8; TC_PRIO_QOPT.size];
    put_field(&TC_PRIO_QOPT, &mut options, "bands", &bands.to_ne_bytes());
    put_field(&TC_PRIO_QOPT, &mut options, "priomap", &priomap);
    let flag = if multiqueue { put_attr(TCA_PRIO_MQ, &[]) } else { Vec::new() };
    options.extend(put_attr(nlwire::tc::tca::OPTIONS, &flag));
    Ok(options)
}
