//! The `red` qdisc (random early detection) and the RED flags `sfq` shares,
//! as tc 6.1 prints them (tc/q_red.c, tc/tc_red.c, tc/tc_qevent.c): text
//! after the qdisc's head, `-j` keys in `options`.
//!
//! ```text
//! qdisc red 8001: root refcnt 2 limit 400000b min 30000b max 90000b ecn harddrop qevent early_drop block 10
//! ```

use std::io::Write;

use nlwire::tables::tc::RedAttrs;

use crate::sink::Sink;
use crate::tc_units::TcFields;
use crate::Result;

/// `TC_RED_ECN`, `TC_RED_HARDDROP`, `TC_RED_ADAPTATIVE`, `TC_RED_NODROP`
/// (linux/pkt_sched.h), with tc's words.
const FLAGS: [(u8, &str); 4] = [(1, "ecn"), (2, "harddrop"), (4, "adaptive"), (8, "nodrop")];

/// `red`'s options: its limits and flags, then the blocks its qevents go
/// to. Without `TCA_RED_PARMS` nothing is printed, as tc prints nothing.
/// (tc prints `ewma`, `probability` and `Scell_log` only with `-d`.)
pub fn print<W: Write>(s: &mut Sink<'_, W>, a: &RedAttrs<'_>) -> Result<()> {
    let Some(p) = a.parms()? else { return Ok(()) };
    s.size("limit", p.limit.get())?;
    s.size("min", p.qth_min.get())?;
    s.size("max", p.qth_max.get())?;
    // TCA_RED_FLAGS, a `struct nla_bitfield32` whose value replaces the
    // struct's (a byte there, as tc keeps it).
    let flags_value = a.flags()?.and_then(|f| f.payload().first_chunk::<4>().map(|v| u32::from_ne_bytes(*v)));
    flags(s, flags_value.map_or(p.flags, |v| v as u8))?;
    let qevents = [("early_drop", a.early_drop_block()?), ("mark", a.mark_block()?)];
    let mut qevents =
        qevents.into_iter().filter_map(|(kind, block)| Some((kind, block.filter(|&b| b != 0)?)));
    if let Some(first) = qevents.next() {
        s.open_array("qevents")?;
        for (kind, block) in std::iter::once(first).chain(qevents) {
            if let Sink::Json(j) = s {
                j.begin_object()?;
            }
            s.string("kind", format_args!("qevent {kind}"), &kind)?;
            s.fmt_num("block", format_args!(" block {block} "), block)?;
            if let Sink::Json(j) = s {
                j.end_object()?;
            }
        }
        s.close_array()?;
    }
    Ok(())
}

/// tc's `tc_red_print_flags`: each flag's word when set; in JSON every
/// flag, true or false.
pub fn flags<W: Write>(s: &mut Sink<'_, W>, flags: u8) -> Result<()> {
    for (bit, word) in FLAGS {
        match flags & bit != 0 {
            true => s.bool(word, format_args!("{word} "), true)?,
            false => s.bool(word, format_args!(""), false)?,
        }
    }
    Ok(())
}
