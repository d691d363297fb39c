//! The options of the `sfq` qdisc (stochastic fairness queueing, with its
//! optional RED dropping) as tc 6.1's `sfq_print_opt` prints them
//! (tc/q_sfq.c; the RED flags are [`crate::tc_red`]'s): text after the
//! qdisc's head, `-j` keys in `options`.
//!
//! ```text
//! qdisc sfq 8001: root refcnt 2 limit 127p quantum 1514b depth 127 divisor 1024 perturb 10sec
//! ```

use std::io::Write;

use nlwire::attr::Attr;
use nlwire::tables::tc::{TcSfqQopt, TcSfqQoptV1};

use crate::sink::Sink;
use crate::tc_red;
use crate::tc_units::{g6, TcFields};
use crate::Result;

/// `sfq`'s options: `struct tc_sfq_qopt`, or the longer
/// `struct tc_sfq_qopt_v1` kernels since 3.3 send; a payload shorter than
/// the first prints nothing, as tc prints nothing of it.
pub fn print<W: Write>(s: &mut Sink<'_, W>, options: &Attr<'_>) -> Result<()> {
    let Ok(q) = options.as_struct::<TcSfqQopt>() else { return Ok(()) };
    let v1 = options.as_struct::<TcSfqQoptV1>().ok();
    s.packets("limit", q.limit.get())?;
    s.size("quantum", q.quantum.get())?;
    if let Some(depth) = v1.map(|v1| v1.depth.get()).filter(|&depth| depth != 0) {
        s.num("depth", "depth", &depth)?;
    }
    s.switch("headdrop", v1.map(|v1| v1.headdrop.get()))?;
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
        tc_red::flags(s, red.flags)?;
    }
    Ok(())
}
