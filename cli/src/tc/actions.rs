//! `nlw actions list|show|get|flush|add|replace|delete`: the kernel's
//! standalone tc actions, as tc 6.1's `do_action` (tc/m_action.c) reads
//! its words and prints them: `total acts N`, then each action as a
//! filter's are printed ([`super::action`]), with what hardware holds of
//! it. `add` and `replace` take `mirred` and `gact`; the others any kind.
//!
//! ```sh
//! nlw actions add action mirred egress redirect dev ifb0 index 3
//! nlw -s actions list action mirred
//! nlw actions delete action mirred index 3
//! ```

use std::io::{self, Write};

use nlwire::tc::action::{ActionAdd, ActionDump, ActionFlush, ActionGet, ActionMessage};
use nlwire::Message;

use super::action::{self, gact::GactWords, mirred::MirredWords};
use crate::args::{c_number, ifindex, invalid, Words};
use crate::json::Json;
use crate::names::Names;
use crate::sink::Sink;
use crate::{matches, CliError, Ctx, Failure, Result};

/// `nlw actions help`: on stderr, exit 255 as tc's.
pub const USAGE: &str = "usage: nlw actions <ACTSPECOP>*
Where: \tACTSPECOP := ACR | GD | FL
\tACR := add | change | replace <ACTSPEC>*
\tGD := get | delete | <ACTISPEC>*
\tFL := ls | list | flush | <ACTNAMESPEC>
\tACTNAMESPEC :=  action <ACTNAME>
\tACTISPEC := <ACTNAMESPEC> <INDEXSPEC>
\tACTSPEC := action <ACTDETAIL> [INDEXSPEC]
\tINDEXSPEC := index <32 bit indexvalue>
\tACTDETAIL := { mirred | gact } <ACTPARAMS>";

/// `nlw actions ...`.
pub enum ActionsCommand {
    /// `actions` alone: nothing, as tc.
    Nothing,
    /// `list|show|lst action KIND [since MS]`.
    List { kind: String, since: Option<u32> },
    /// `flush action KIND`.
    Flush { kind: String },
    /// `get|delete action KIND index N`; `first` is the word after the
    /// verb, which tc names when the kernel refuses.
    Get { kind: String, index: u32, delete: bool, first: String },
    /// `add|change|replace action mirred|gact ...`; `words` counts those
    /// from the kind on, which tc names when it refuses them.
    Add { replace: bool, action: KindWords, words: usize },
}

/// The words of an action of a kind nlw's parser takes.
pub enum KindWords {
    /// `mirred ...`.
    Mirred(MirredWords),
    /// `gact ...`.
    Gact(GactWords),
}

impl KindWords {
    /// The kind, `TCA_ACT_KIND`.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            KindWords::Mirred(_) => "mirred",
            KindWords::Gact(_) => "gact",
        }
    }

    /// The kind's options (`TCA_ACT_OPTIONS`' payload), the device a mirred
    /// action names found by `ifindex`.
    pub(crate) fn options(&self, ifindex: &mut dyn FnMut(&str) -> Result<u32>) -> Result<Vec<u8>> {
        Ok(match self {
            KindWords::Mirred(mirred) => mirred.options(mirred.dev().map_or(Ok(0), ifindex)?),
            KindWords::Gact(gact) => gact.options(),
        })
    }
}

/// One of a filter's actions, and how many words were left from its kind
/// on, which tc names when it refuses the action.
pub(crate) type FilterAction = (KindWords, usize);

/// A filter's actions as tc's `parse_action` reads them, the words after
/// the first `action`: each `[action] mirred ...` or `[action] gact ...`,
/// up to `flowid`, `classid` or the end. Any other kind is read as gact's
/// words, as tc falls back to gact for a kind it has no module for: a
/// verdict alone (`drop`), `index N` (a gact action there is), or tc's
/// refusal. What it refuses, it refuses as tc does, ending with the
/// filter kind's `illegal` line (u32's `Illegal "action"`).
pub(crate) fn parse_filter_actions(words: &mut Words<'_>, illegal: &str) -> Result<Vec<FilterAction>> {
    let mut actions = Vec::new();
    let mut waiting = true;
    while let Some(kind) = words.peek() {
        let count = words.rest().len();
        let action = match kind {
            "action" => {
                words.next();
                waiting = true;
                continue;
            }
            "flowid" | "classid" => break,
            "mirred" => {
                words.next();
                MirredWords::parse(words).map(KindWords::Mirred)
            }
            _ => {
                if matches(kind, "gact", 1) {
                    words.next();
                }
                GactWords::parse(words).map(KindWords::Gact)
            }
        };
        let action = action.map_err(|e| match e.failure() {
            // tc names the word the action began with.
            Failure::Rejected(why) => filter_action_refused(why, count, kind, illegal),
            _ => e,
        })?;
        actions.push((action, count));
        waiting = false;
    }
    if waiting {
        return Err(crate::args::incomplete());
    }
    if actions.len() > nlwire::tc::action::TCA_ACT_MAX_PRIO {
        return Err(CliError::rejected("Error: at most 32 actions."));
    }
    Ok(actions)
}

impl ActionsCommand {
    /// Parses the words after `actions`.
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some(verb) = words.first() else { return Ok(ActionsCommand::Nothing) };
        let args = words.get(1..).unwrap_or_default();
        if matches(verb, "add", 1) || matches(verb, "change", 1) || matches(verb, "replace", 1) {
            let replace = !matches(verb, "add", 1);
            return Self::parse_add(args, replace);
        }
        let delete = matches(verb, "delete", 1);
        if delete || matches(verb, "get", 1) {
            return Self::parse_get(args, delete);
        }
        let list = ["list", "show", "lst"].iter().any(|w| matches(verb, w, 1));
        if list || matches(verb, "flush", 1) {
            // tc skips the word before the kind, whatever it is.
            let [_, kind, rest @ ..] = args else { return Err(CliError::usage(USAGE)) };
            let kind = kind.clone();
            if !list {
                return Ok(ActionsCommand::Flush { kind });
            }
            let since = match rest {
                [since, value, ..] if since == "since" => Some(
                    c_number::<u32>("", value)
                        .map_err(|_| invalid("dump time \"since\" is invalid", value))?,
                ),
                [since] if since == "since" => return Err(crate::args::incomplete()),
                _ => None,
            };
            return Ok(ActionsCommand::List { kind, since: since.filter(|s| *s != 0) });
        }
        if matches(verb, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw actions help\".")))
    }

    /// `[action] KIND index N`, as tc's `tc_action_gd` reads it.
    fn parse_get(args: &[String], delete: bool) -> Result<Self> {
        let first = args.first().cloned().unwrap_or_default();
        let mut words = Words::new(args);
        let kind = loop {
            match words.next() {
                Some("action") => continue,
                Some("help") | None => return Err(CliError::exit(255, "")),
                Some(kind) => break kind.to_owned(),
            }
        };
        let no_index = || CliError::usage(format!("Error: no index specified action: {kind}"));
        match words.next() {
            Some(word) if matches(word, "index", 1) => {}
            _ => return Err(no_index()),
        }
        let index = words.value()?.parse().map_err(|_| CliError::usage("Illegal \"index\""))?;
        if let Some(word) = words.next() {
            return Err(CliError::usage(format!("What is \"{word}\"? nlw takes one action at a time.")));
        }
        Ok(ActionsCommand::Get { kind, index, delete, first })
    }

    /// `action mirred|gact ...`: the kinds nlw's parser takes.
    fn parse_add(args: &[String], replace: bool) -> Result<Self> {
        let mut words = Words::new(args);
        let kind = match (words.next(), words.next()) {
            (Some("action"), Some(kind)) => kind,
            _ => return Err(CliError::usage("Illegal \"action\"")),
        };
        let count = args.len() - 1;
        let action = match kind {
            "mirred" => MirredWords::parse(&mut words).map(KindWords::Mirred),
            "gact" => GactWords::parse(&mut words).map(KindWords::Gact),
            kind => return Err(CliError::usage(format!("nlw: actions of kind \"{kind}\" are not taken"))),
        }
        .map_err(|e| match e.failure() {
            Failure::Rejected(why) => bad_action(why, count, kind),
            _ => e,
        })?;
        if let Some(word) = words.next() {
            return Err(CliError::usage(format!("What is \"{word}\"? nlw takes one action at a time.")));
        }
        Ok(ActionsCommand::Add { replace, action, words: count })
    }

    /// Runs the command.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            ActionsCommand::Nothing => Ok(()),
            ActionsCommand::List { kind, since } => {
                let request = ActionDump { kind, since_ms: *since };
                let mut out = Output::of(ctx)?;
                let mut dump = ctx.ipr.dump(&request)?;
                out.print(|each| {
                    while let Some(msg) = dump.next()? {
                        each(&msg)?;
                    }
                    Ok(())
                })
            }
            ActionsCommand::Flush { kind } => {
                let refused =
                    |e| CliError::exit(1, format!("{}\nWe have an error flushing", CliError::from(e)));
                ctx.ipr.request(&ActionFlush { kind }).map_err(refused)?;
                Ok(())
            }
            ActionsCommand::Get { kind, index, delete, first } => {
                let request = ActionGet { kind, index: *index, delete: *delete };
                // tc goes on to read the words again from the first, as a
                // command, which it does not know.
                let refused = |e| {
                    let kernel = CliError::from(e);
                    CliError::exit(
                        255,
                        format!(
                            "{kernel}\nWe have an error talking to the kernel\n\
                             Command \"{first}\" is unknown, try \"nlw actions help\"."
                        ),
                    )
                };
                let answer = ctx.ipr.request(&request).map_err(refused)?;
                if *delete {
                    return Ok(());
                }
                Output::of(ctx)?.print(|each| answer.iter().try_for_each(|msg| each(&msg.message())))
            }
            ActionsCommand::Add { replace, action, words } => {
                let options = action
                    .options(&mut |dev| ifindex(&mut ctx.ipr, dev))
                    .map_err(|e| bad_action(&e.to_string(), *words, action.kind()))?;
                let request = ActionAdd { kind: action.kind(), options: &options, replace: *replace };
                let refused = |e| {
                    let kernel = CliError::from(e);
                    CliError::exit(255, format!("{kernel}\nWe have an error talking to the kernel"))
                };
                ctx.ipr.request(&request).map_err(refused)?;
                Ok(())
            }
        }
    }
}

/// tc's refusal of an action's words: the kind's parser's words, then
/// `parse_action`'s with how many words were left from the kind on.
fn bad_action(why: &str, words: usize, kind: &str) -> CliError {
    CliError::usage(action_refusal(why, words, kind, "Illegal \"action\""))
}

/// [`bad_action`] of a filter's action, which tc refuses with exit 1,
/// its last line the filter kind's (`illegal`).
pub(crate) fn filter_action_refused(why: &str, words: usize, kind: &str, illegal: &str) -> CliError {
    CliError::rejected(action_refusal(why, words, kind, illegal))
}

fn action_refusal(why: &str, words: usize, kind: &str, illegal: &str) -> String {
    format!("{why}\nbad action parsing\nparse_action: bad value ({words}:{kind})!\n{illegal}")
}

/// One message's actions as tc's `print_action`: `total acts N`, then
/// the actions; JSON `{"total acts": N}, {"actions": [...]}`.
fn print<W: Write>(s: &mut Sink<'_, W>, m: &ActionMessage<'_>, names: &Names, stats: bool) -> Result<()> {
    let count = m.count()?.unwrap_or(0);
    s.open_element()?;
    s.fmt_num("total acts", format_args!("total acts {count}\n"), count)?;
    s.close()?;
    if let Some(table) = m.table()? {
        s.open_element()?;
        action::print(s, table, names, stats, true)?;
        s.close()?;
    }
    Ok(())
}

/// How action messages are printed: the names of devices, `-j`, `-p`, `-s`.
struct Output {
    names: Names,
    json: bool,
    pretty: bool,
    stats: bool,
}

impl Output {
    fn of(ctx: &mut Ctx) -> Result<Self> {
        Ok(Output { names: Names::on_demand(ctx)?, json: ctx.json, pretty: ctx.pretty, stats: ctx.stats > 0 })
    }

    /// Prints each message `messages` gives, within one JSON array with `-j`.
    fn print(
        &mut self,
        messages: impl FnOnce(&mut dyn FnMut(&Message<'_>) -> Result<()>) -> Result<()>,
    ) -> Result<()> {
        let mut j = Json::new(io::stdout().lock(), self.pretty);
        if self.json {
            j.begin_array()?;
        }
        let (names, json, stats) = (&mut self.names, self.json, self.stats);
        messages(&mut |msg| {
            print(&mut Sink::new(&mut j, json), &ActionMessage::parse(msg)?, names, stats)?;
            names.learn_asked();
            Ok(())
        })?;
        if self.json {
            j.end_array()?;
            j.finish()?;
        }
        j.out().flush()?;
        Ok(())
    }
}
