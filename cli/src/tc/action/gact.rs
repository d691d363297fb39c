//! `gact` (tc/m_gact.c): a verdict, with a random one in its place.

use std::io::Write;

use nlwire::attr::Attrs;
use nlwire::tables::tc::{act_gact_attrs, ActGactAttrs, TcGact, TcGactP, TC_GACT, TC_GACT_P};

use super::{control, control_action, counts, Verdict};
use crate::args::Words;
use crate::sink::Sink;
use crate::tc::options::{put_attr, put_field};
use crate::{matches, CliError, Result};

/// `gact`'s options, `None` without `TCA_GACT_PARMS`.
pub(super) fn print<W: Write>(s: &mut Sink<'_, W>, options: Attrs<'_>) -> Result<Option<()>> {
    let gact = ActGactAttrs(options);
    gact.parms()?.map(|p| print_gact(s, p, &gact)).transpose()
}

/// `gact action drop`, its random verdict (`random type netrand pass val
/// 10`: with probability 1/10, `pass` instead) and the counts line, as
/// tc 6.1's `print_gact`; a gact without `TCA_GACT_PROB` prints tc's
/// placeholder, `random type none pass val 0`.
fn print_gact<W: Write>(s: &mut Sink<'_, W>, p: &TcGact, gact: &ActGactAttrs<'_>) -> Result<()> {
    let random = gact.prob()?.copied().unwrap_or(TcGactP::default());
    s.name("kind", "", "gact")?;
    control_action(s, "action ", Verdict(p.action.get()), "")?;
    s.open("prob")?;
    // PGACT_NONE, PGACT_NETRAND, PGACT_DETERM (linux/tc_act/tc_gact.h).
    let random_type = match random.ptype.get() {
        1 => "netrand",
        2 => "determ",
        _ => "none",
    };
    s.string("random_type", format_args!("\n\t random type {random_type}"), &random_type)?;
    control_action(s, " ", Verdict(random.paction.get()), " ")?;
    s.fmt_num("val", format_args!("val {}", random.pval.get()), random.pval.get())?;
    s.close()?;
    counts(s, "\n\t ", p.index.get(), p.refcnt.get(), p.bindcnt.get())
}

/// tc's words when `gact`'s verdict is missing or wrong (its `explain`).
const USAGE: &str = "Usage: ... gact <ACTION> [RAND] [INDEX]
Where: \tACTION := reclassify | drop | continue | pass | pipe |
       \t          goto chain <CHAIN_INDEX> | jump <JUMP_COUNT>
\tRAND := random <RANDTYPE> <ACTION> <VAL>
\tRANDTYPE := netrand | determ
\tVAL : = value not exceeding 10000
\tJUMP_COUNT := Absolute jump from start of action list
\tINDEX := index value used";

/// What `gact`'s parser (tc/m_gact.c) reads: `CONTROL [random netrand|determ
/// CONTROL VAL] [index N]`, or `index N` alone (an existing gact).
pub struct GactWords {
    action: i32,
    /// `PGACT_NETRAND` (1) or `PGACT_DETERM` (2), the verdict, 1 in how many.
    random: Option<(u16, i32, u16)>,
    index: u32,
}

impl GactWords {
    /// Reads the words after `gact`; tc's words for what it refuses
    /// (rejected), a missing value ending the command as tc's `NEXT_ARG`.
    pub(crate) fn parse(words: &mut Words<'_>) -> Result<Self> {
        let bad = |msg: &str| CliError::rejected(msg.to_owned());
        let is = |words: &Words<'_>, keyword: &str| words.peek().is_some_and(|w| matches(w, keyword, 1));
        let mut gact = GactWords { action: 0, random: None, index: 0 };
        // tc's `usage()` for a word that is no verdict: its words, exit 255.
        let not_a_verdict = |words: &Words<'_>| {
            CliError::usage(format!("Bad action type {}\n{USAGE}\n", words.peek().unwrap_or("")))
        };
        if words.peek().is_none() {
            return Err(crate::args::incomplete());
        }
        if !is(words, "index") {
            gact.action = control(words)?.ok_or_else(|| not_a_verdict(words))?;
            if is(words, "random") {
                words.next();
                let ptype = match words.value()? {
                    w if matches(w, "netrand", 1) => 1,
                    w if matches(w, "determ", 1) => 2,
                    _ => return Err(bad("Illegal \"random type\"")),
                };
                let paction = control(words)?.ok_or_else(|| not_a_verdict(words))?;
                let value = words.value()?;
                let pval = value.parse::<u16>().ok().filter(|v| *v <= 10_000);
                let pval = pval.ok_or_else(|| bad(&format!("Illegal probability val {value}")))?;
                gact.random = Some((ptype, paction, pval));
            }
        }
        if is(words, "index") {
            words.next();
            gact.index = words.value()?.parse().map_err(|_| bad("Illegal \"index\""))?;
        }
        Ok(gact)
    }

    /// `TCA_GACT_PARMS`, and `TCA_GACT_PROB` with a random verdict, as the
    /// options' payload.
    pub(crate) fn options(&self) -> Vec<u8> {
        let mut parms = vec![0; TC_GACT.size];
        put_field(&TC_GACT, &mut parms, "index", &self.index.to_ne_bytes());
        put_field(&TC_GACT, &mut parms, "action", &self.action.to_ne_bytes());
        let mut options = put_attr(act_gact_attrs::PARMS, &parms);
        if let Some((ptype, paction, pval)) = self.random {
            let mut prob = vec![0; TC_GACT_P.size];
            put_field(&TC_GACT_P, &mut prob, "ptype", &ptype.to_ne_bytes());
            put_field(&TC_GACT_P, &mut prob, "pval", &pval.to_ne_bytes());
            put_field(&TC_GACT_P, &mut prob, "paction", &paction.to_ne_bytes());
            options.extend(put_attr(act_gact_attrs::PROB, &prob));
        }
        options
    }
}
