//! The `ets` qdisc (enhanced transmission selection: strict bands, then
//! bands sharing by quanta) and its classes, as tc 6.1's `ets_print_opt`
//! and `ets_print_copt` print them (tc/q_ets.c): text after the head,
//! `-j` keys in `options`.
//!
//! ```text
//! qdisc ets 8001: root refcnt 2 bands 4 strict 1 quanta 3000 2000 1000 priomap 3 2 1 0 3 3 3 3 3 3 3 3 3 3 3 3
//! class ets 8001:2 parent 8001: quantum 3000
//! ```

use std::io::Write;

use nlwire::attr::NLA_F_NESTED;
use nlwire::tables::tc::{ets_attrs as ets, EtsAttrs};
use nlwire::tc::fifo::TC_PRIO_COUNT;

use crate::args::Words;
use crate::sink::Sink;
use crate::tc::options::{decimal, put_attr, refused, what_is};
use crate::Result;

/// The qdisc's bands, strict bands, quanta and priority map. Without a
/// band count or a map nothing is printed, as tc prints nothing.
pub fn print<W: Write>(s: &mut Sink<'_, W>, a: &EtsAttrs<'_>) -> Result<()> {
    let (Some(bands), Some(priomap)) = (a.nbands()?, a.priomap()?) else { return Ok(()) };
    s.num("bands", "bands", &bands)?;
    if let Some(strict) = a.nstrict()? {
        s.num("strict", "strict", &strict)?;
    }
    if let Some(quanta) = a.quanta()? {
        list(s, "quanta", quanta.quanta_band().map(|q| q.map(u64::from)))?;
    }
    list(s, "priomap", priomap.priomap_band().map(|b| b.map(u64::from)))
}

/// A class's quantum, when it has one (strict bands have none).
pub fn print_class<W: Write>(s: &mut Sink<'_, W>, a: &EtsAttrs<'_>) -> Result<()> {
    if let Some(quantum) = a.quanta_band().next().transpose()? {
        s.num("quantum", "quantum", &quantum)?;
    }
    Ok(())
}

/// `KEY N N N ` in text, `"KEY": [N, N, N]` in JSON.
fn list<W: Write>(
    s: &mut Sink<'_, W>,
    key: &str,
    values: impl Iterator<Item = nlwire::Result<u64>>,
) -> Result<()> {
    s.open_array(key)?;
    s.fmt_text(format_args!("{key}"))?;
    for value in values {
        let value = value?;
        match s {
            Sink::Text(out) => write!(out, " {value}")?,
            Sink::Json(j) => j.raw(format_args!("{value}"))?,
        }
    }
    s.fmt_text(format_args!(" "))?;
    s.close_array()?;
    Ok(())
}

/// `TCQ_ETS_MAX_BANDS` (linux/pkt_sched.h).
const MAX_BANDS: u32 = 16;

/// `ets [bands N] [strict N] [quanta Q1 Q2...] [priomap P1 P2...]`, as
/// tc/q_ets.c reads them: the `TCA_OPTIONS` payload (tc marks the nest
/// and its inner nests `NLA_F_NESTED`). The band count is the strict bands
/// and quanta when not given.
pub fn parse(words: &mut Words<'_>) -> Result<Vec<u8>> {
    let (mut nbands, mut nstrict) = (0u8, 0u8);
    let (mut quanta, mut priomap) = (Vec::new(), Vec::new());
    // Which list the next bare number goes to.
    let mut list = None;
    while let Some(word) = words.next() {
        match word {
            "bands" | "strict" => {
                let count = if word == "bands" { &mut nbands } else { &mut nstrict };
                if *count != 0 {
                    return Err(refused(format!("Duplicate \"{word}\"")));
                }
                let value = decimal::<u32>(word, words.value()?)
                    .map_err(|_| refused(format!("Illegal \"{word}\"")))?;
                if value > MAX_BANDS {
                    return Err(refused(format!("The number of \"{word}\" must be <= {MAX_BANDS}")));
                }
                *count = value as u8;
                list = None;
            }
            "quanta" | "priomap" => {
                let empty = if word == "quanta" { quanta.is_empty() } else { priomap.is_empty() };
                if !empty {
                    return Err(refused(format!("Duplicate \"{word}\"")));
                }
                list = Some(word);
                push(word, words.value()?, &mut quanta, &mut priomap)?;
            }
            number => match list {
                Some(list) => push(list, number, &mut quanta, &mut priomap)?,
                None => return Err(what_is(number, "qdisc")),
            },
        }
    }
    let nquanta = quanta.len() as u32;
    if nbands == 0 {
        nbands = (nquanta + u32::from(nstrict)) as u8;
    }
    if nbands == 0 {
        return Err(refused("One of \"bands\", \"quanta\" or \"strict\" needs to be specified"));
    }
    if u32::from(nstrict) + nquanta > u32::from(nbands) {
        return Err(refused("Not enough total bands to cover all the strict bands and quanta"));
    }
    if priomap.iter().any(|&band| band >= nbands) {
        return Err(refused("\"priomap\" element is out of bounds"));
    }
    let mut options = put_attr(ets::NBANDS, &[nbands]);
    if nstrict != 0 {
        options.extend(put_attr(ets::NSTRICT, &[nstrict]));
    }
    let nest = |kind: u16, attrs: Vec<Vec<u8>>| put_attr(NLA_F_NESTED | kind, &attrs.concat());
    if !quanta.is_empty() {
        let bands = quanta.iter().map(|q: &u32| put_attr(ets::QUANTA_BAND, &q.to_ne_bytes())).collect();
        options.extend(nest(ets::QUANTA, bands));
    }
    if !priomap.is_empty() {
        let bands = priomap.iter().map(|&band| put_attr(ets::PRIOMAP_BAND, &[band])).collect();
        options.extend(nest(ets::PRIOMAP, bands));
    }
    Ok(options)
}

/// `ets [quantum N]` of a class, as tc/q_ets.c reads it: the
/// `TCA_OPTIONS` payload (a nest tc marks `NLA_F_NESTED`), empty without
/// a quantum.
pub fn parse_class(words: &mut Words<'_>) -> Result<Vec<u8>> {
    let mut quantum = Vec::new();
    while let Some(word) = words.next() {
        if word != "quantum" {
            return Err(what_is(word, "class"));
        }
        if !quantum.is_empty() {
            return Err(refused("Duplicate \"quantum\""));
        }
        push("quanta", words.value()?, &mut quantum, &mut Vec::new())?;
    }
    Ok(quantum.iter().flat_map(|q| put_attr(ets::QUANTA_BAND, &q.to_ne_bytes())).collect())
}

/// One element of `quanta` (a quantum above 0) or `priomap` (a band,
/// kept to its low byte as tc keeps it, at most [`TC_PRIO_COUNT`]).
fn push(list: &str, word: &str, quanta: &mut Vec<u32>, priomap: &mut Vec<u8>) -> Result<()> {
    let number = decimal::<u32>(list, word);
    if list == "quanta" {
        let quantum = number.map_err(|_| refused("Illegal \"quanta\" element"))?;
        if quantum == 0 {
            return Err(refused("\"quanta\" must be > 0"));
        }
        if quanta.len() == MAX_BANDS as usize {
            return Err(refused(format!("The number of \"quanta\" must be <= {MAX_BANDS}")));
        }
        quanta.push(quantum);
    } else {
        let band = number.map_err(|_| refused("Illegal \"priomap\" element"))?;
        if priomap.len() == TC_PRIO_COUNT {
            return Err(refused(format!("\"priomap\" index cannot be higher than {}", TC_PRIO_COUNT - 1)));
        }
        priomap.push(band as u8);
    }
    Ok(())
}
