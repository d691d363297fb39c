//! `nlw [-force] -batch FILE`: one command per line (`-` reads stdin), as
//! `ip -batch` takes them. Every line is parsed before anything is sent;
//! address, route, qdisc, class and filter changes then go to the kernel
//! many per datagram.
//!
//! Unlike `ip -batch`, which sends one command at a time, the changes of one
//! datagram are all applied even when one of them fails: the first failing
//! line is reported with the kernel's text and how many of its datagram
//! failed, and without `-force` nothing after that datagram is sent.

use std::io::Read;

use crate::modify::{ifindex_in, Prepared};
use crate::names::Names;
use crate::{CliError, Command, Ctx, Result};

/// Changes per datagram. Each is acknowledged, and the acknowledgements of a
/// datagram must all fit the socket's receive buffer.
pub const PER_DATAGRAM: usize = 128;

/// Runs the commands of `path`.
pub fn run(ctx: &mut Ctx, file: &std::path::Path, force: bool) -> Result<()> {
    // The path may be any bytes; messages show it as text.
    let shown = file.display().to_string();
    let path = shown.as_str();
    let mut text = String::new();
    let read = if file.as_os_str() == "-" {
        std::io::stdin().read_to_string(&mut text).map(drop)
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_string(&mut text)).map(drop)
    };
    read.map_err(|e| CliError::usage(format!("Cannot open file \"{path}\" for reading: {e}")))?;

    let mut commands = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let words: Vec<String> =
            line.split('#').next().unwrap_or("").split_whitespace().map(str::to_owned).collect();
        let Some((object, rest)) = words.split_first() else {
            continue;
        };
        let command = Command::parse(object, rest, ctx.family)
            .map_err(|e| CliError::usage(format!("{e}\nCommand failed {path}:{}", n + 1)))?;
        commands.push((n + 1, command));
    }

    let mut batch = Batch { path, force, failed: false, pending: Vec::new() };
    let mut names: Option<Names> = None;
    for (line, command) in &commands {
        let change = match command {
            Command::Modify(change) if change.batchable() => change,
            other => {
                batch.send(ctx)?;
                let outcome = other.run(ctx);
                batch.outcome(*line, outcome)?;
                // A link may have been added, renamed or deleted.
                names = None;
                continue;
            }
        };
        let names = match &mut names {
            Some(names) => names,
            slot => slot.insert(Names::load(&mut ctx.ipr)?),
        };
        match change.prepare(&mut |dev| ifindex_in(names, dev)) {
            Ok(Some(request)) => batch.pending.push((*line, request)),
            Ok(None) => {}
            Err(e) => batch.outcome(*line, Err(e))?,
        }
        if batch.pending.len() == PER_DATAGRAM {
            batch.send(ctx)?;
        }
    }
    batch.send(ctx)?;
    if batch.failed {
        return Err(CliError::Refused(format!("{path}: some commands failed")));
    }
    Ok(())
}

/// Changes waiting to be sent, and whether any line failed.
struct Batch<'c> {
    path: &'c str,
    force: bool,
    failed: bool,
    pending: Vec<(usize, Prepared<'c>)>,
}

impl Batch<'_> {
    /// Sends the pending changes in one datagram.
    fn send(&mut self, ctx: &mut Ctx) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let requests: Vec<&dyn nlwire::build::Request> = self.pending.iter().map(|(_, r)| r as _).collect();
        let outcome = ctx.ipr.batch(&requests);
        let lines: Vec<usize> = self.pending.drain(..).map(|(line, _)| line).collect();
        match outcome {
            Ok(()) => Ok(()),
            Err(nlwire_std::Error::Kernel { errno, message, offset, index: Some(i), failures }) => {
                let line = lines.get(i as usize).copied().unwrap_or(0);
                let error = nlwire_std::Error::Kernel { errno, message, offset, index: None, failures: 1 };
                if failures > 1 {
                    eprintln!(
                        "{failures} of {} commands sent together failed; the others were applied",
                        lines.len()
                    );
                }
                self.outcome(line, Err(error.into()))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Reports a failed line; stops the batch unless `-force` was given.
    fn outcome(&mut self, line: usize, outcome: Result<()>) -> Result<()> {
        let Err(e) = outcome else {
            return Ok(());
        };
        let report = format!("{e}\nCommand failed {}:{line}", self.path);
        if !self.force {
            return Err(CliError::Refused(report));
        }
        eprintln!("{report}");
        self.failed = true;
        Ok(())
    }
}
