//! The options of the `sfq` qdisc (stochastic fairness queueing, with its
//! optional RED dropping) as tc 6.1's `sfq_print_opt` prints them
//! (tc/q_sfq.c; the RED flags are [`super::red`]'s): text after the
//! qdisc's head, `-j` keys in `options`.
//!
//! ```text
//! qdisc sfq 8001: root refcnt 2 limit 127p quantum 1514b depth 127 divisor 1024 perturb 10sec
//! ```

use std::io::Write;

use nlwire::attr::Attr;
use nlwire::tables::tc::{TcSfqQopt, TcSfqQoptV1, TC_SFQ_QOPT_V1};

use super::red;
use crate::args::signed;
use crate::args::Words;
use crate::sink::Sink;
use crate::tc::options::{illegal, integer, put_field, refused, size, what_is};
use crate::tc::units::{g6, TcFields};
use crate::Result;

/// `sfq`'s options: `struct tc_sfq_qopt`, or the longer
/// `struct tc_sfq_qopt_v1` kernels since 3.3 send; a payload shorter than
/// the first prints nothing, as tc prints nothing of it.
pub fn print<W: Write>(s: &mut Sink<'_, W>, options: &Attr<'_>, details: bool) -> Result<()> {
    let Ok(q) = options.as_struct::<TcSfqQopt>() else { return Ok(()) };
    let v1 = options.as_struct::<TcSfqQoptV1>().ok();
    s.packets("limit", q.limit.get())?;
    s.size("quantum", q.quantum.get())?;
    if let Some(depth) = v1.map(|v1| v1.depth.get()).filter(|&depth| depth != 0) {
        s.num("depth", "depth", &depth)?;
    }
    s.switch("headdrop", v1.map(|v1| v1.headdrop.get()))?;
    if details {
        s.num("flows", "flows", &q.flows.get())?;
    }
    s.num("divisor", "divisor", &q.divisor.get())?;
    let perturb = q.perturb_period.get();
    if perturb != 0 {
        s.fmt_num("perturb", format_args!("perturb {perturb}sec "), perturb)?;
    }
    if let Some(red) = v1.filter(|v1| v1.qth_min.get() != 0) {
        s.num("ewma", "ewma", &red.wlog)?;
        s.size("min", red.qth_min.get())?;
        s.size("max", red.qth_max.get())?;
        let probability = g6(f64::from(red.max_p.get()) / 4_294_967_296.0);
        s.raw("probability", format_args!("probability {probability} "), format_args!("{probability}"))?;
        red::flags(s, red.flags)?;
    }
    Ok(())
}

/// `sfq [limit PACKETS] [perturb SECS] [quantum BYTES] [divisor N]
/// [flows N] [depth N] [headdrop] [redflowlimit BYTES [min BYTES] [max
/// BYTES] [avpkt BYTES] [burst PACKETS] [probability P] [ecn]
/// [harddrop]]`: `struct tc_sfq_qopt_v1` as tc/q_sfq.c fills it (RED's
/// constants from [`super::red`]), laid out as the spec lays it out;
/// `None` (no `TCA_OPTIONS`) without options, as tc.
pub fn parse(words: &mut Words<'_>) -> Result<Option<Vec<u8>>> {
    let mut opt = vec![0u8; TC_SFQ_QOPT_V1.size];
    let (mut any, mut red) = (false, false);
    let (mut red_limit, mut min, mut max, mut burst, mut avpkt) = (0u32, 0u32, 0u32, 0u32, 1000u32);
    let (mut probability, mut flags) = (0.02f64, 0u8);
    while let Some(word) = words.next() {
        let integer_of = |words: &mut Words<'_>, what: &str| -> Result<u32> {
            integer(word, words.value()?).map_err(|_| illegal(what))
        };
        let (field, value) = match word {
            "headdrop" => ("headdrop", 1),
            // tc names `limit` when it refuses a quantum, `flows` for a depth.
            "quantum" => ("v0.quantum", size(word, words.value()?).map_err(|_| illegal("limit"))?),
            "perturb" => {
                let value = words.value()?;
                let perturb = signed(value);
                ("v0.perturb_period", perturb.ok_or_else(|| illegal(word))? as u32)
            }
            "limit" => {
                let limit = integer_of(words, word)?;
                if limit < 2 {
                    return Err(refused("Illegal \"limit\", must be > 1"));
                }
                ("v0.limit", limit)
            }
            "divisor" => ("v0.divisor", integer_of(words, word)?),
            "flows" => ("v0.flows", integer_of(words, word)?),
            "depth" => ("depth", integer_of(words, "flows")?),
            _ => {
                match word {
                    "redflowlimit" => red_limit = integer_of(words, word)?,
                    "min" => min = integer_of(words, word)?,
                    "max" => max = integer_of(words, word)?,
                    "burst" => burst = integer_of(words, word)?,
                    "avpkt" => avpkt = size(word, words.value()?).map_err(|_| illegal(word))?,
                    "probability" => {
                        probability = red::parse_probability(words.value()?).ok_or_else(|| illegal(word))?
                    }
                    // TC_RED_ECN, TC_RED_HARDDROP.
                    "ecn" => flags |= 1,
                    "harddrop" => flags |= 2,
                    _ => return Err(what_is(word, "qdisc")),
                }
                red = true;
                continue;
            }
        };
        put_field(&TC_SFQ_QOPT_V1, &mut opt, field, &value.to_ne_bytes());
        any = true;
    }
    if red {
        if red_limit == 0 {
            return Err(refused("Required parameter (redflowlimit) is missing"));
        }
        // Sally Floyd's defaults, as tc takes them.
        if max == 0 {
            max = red_limit / 4;
        }
        if min == 0 {
            min = max / 3;
        }
        if burst == 0 {
            burst =
                (2 * u64::from(min) + u64::from(max)).checked_div(3 * u64::from(avpkt)).unwrap_or(0) as u32;
        }
        if max > red_limit {
            return Err(refused("\"max\" is larger than \"limit\""));
        }
        if min >= max {
            return Err(refused("\"min\" is not smaller than \"max\""));
        }
        let wlog = red::eval_ewma(min, burst, avpkt)
            .ok_or_else(|| refused("SFQ: failed to calculate EWMA constant."))?;
        if wlog >= 10 {
            eprintln!("SFQ: WARNING. Burst {burst} seems to be too large.");
        }
        let plog = red::eval_p(min, max, probability)
            .ok_or_else(|| refused("SFQ: failed to calculate probability."))?;
        for (field, value) in [("limit", red_limit), ("qth_min", min), ("qth_max", max)] {
            put_field(&TC_SFQ_QOPT_V1, &mut opt, field, &value.to_ne_bytes());
        }
        for (field, value) in [("wlog", wlog), ("plog", plog), ("flags", flags)] {
            put_field(&TC_SFQ_QOPT_V1, &mut opt, field, &[value]);
        }
        put_field(&TC_SFQ_QOPT_V1, &mut opt, "max_p", &red::max_p(probability).to_ne_bytes());
    }
    Ok((any || red).then_some(opt))
}
