//! `nlw [-force] -batch FILE`: one command per line (`-` reads stdin), read
//! as `ip -batch` reads them: `#` starts a comment (whatever bytes follow),
//! a backslash at the end of a line joins the next one, a word may be put in
//! single or double quotes, at most 511 words a command.
//!
//! Commands run one at a time, each answered before the next is sent, as
//! ip runs them: when one fails, the lines before it have taken effect and
//! none after it (without `-force`; with it, the batch goes on past failures).
//! The failing line is named (`Command failed FILE:LINE`), and the exit code
//! is ip's: 1 when a command failed, 255 for a line ip would refuse with its
//! usage (ip exits there, `-force` or not).
//!
//! Input is read a line at a time, so memory is bounded by the longest line,
//! not the file. A regular FILE is read twice: every line is parsed first,
//! and a malformed line anywhere stops the batch before anything is sent
//! (with `-force`, only a line ip would exit at). Stdin, or a FILE that is
//! not a regular file, cannot be read twice without being kept: there the
//! lines are parsed as they run, as ip does, and the first malformed line
//! stops the batch with the lines before it applied.

use std::fs::File;
use std::io::{BufRead, BufReader, Seek};

use crate::args::{ifindex, ifindex_in};
use crate::names::Names;
use crate::{CliError, Command, Ctx, Failure, Result};

/// The longest command (after comments are cut and continuation lines
/// joined) nlw takes. ip takes any length; no command line ip is given can
/// be this long (the kernel passes at most 128 KiB an argument), and nlw
/// keeps no more than this of a line, so that a huge line costs no memory.
pub const MAX_LINE: usize = 1 << 20;

/// ip's `MAX_ARGS` less the terminating null: words a command may have.
pub const MAX_WORDS: usize = 511;

/// Why a line was not run: the message, and whether ip would stop there
/// even with `-force` (it exits on usage errors and in its line reader).
pub struct LineError {
    pub error: CliError,
    pub fatal: bool,
}

impl LineError {
    fn of(error: CliError) -> Self {
        let fatal = matches!(error.failure(), Failure::Usage(_));
        LineError { error, fatal }
    }
    fn fatal(msg: &str) -> Self {
        LineError { error: CliError::rejected(msg), fatal: true }
    }
}

/// One command read: its line number (the last line of a joined command,
/// as ip counts) and its words.
pub struct Line<'r> {
    pub number: usize,
    pub words: std::result::Result<&'r [String], LineError>,
}

/// Words longer than this are not kept for the next line's use.
const KEPT_WORD: usize = 256;
/// Nor a line buffer larger than this.
const KEPT_LINE: usize = 64 * 1024;

/// Commands read from a batch file one at a time, in a buffer reused from
/// one line to the next.
pub struct Reader<R> {
    input: R,
    buf: Vec<u8>,
    /// The words of the last command, their allocations reused.
    words: Vec<String>,
    number: usize,
    /// Whether to report a missing continuation line (the first pass does not).
    warn: bool,
}

/// How a physical line ended.
struct Physical {
    /// It ended with a backslash and a newline, no comment before them: the
    /// next line continues it.
    backslash: bool,
    /// More than [`MAX_LINE`] bytes before a comment.
    long: bool,
}

impl<R: BufRead> Reader<R> {
    pub fn new(input: R) -> Self {
        Reader { input, buf: Vec::new(), words: Vec::new(), number: 0, warn: true }
    }

    /// Whether a missing continuation line is reported on stderr (it is
    /// unless told otherwise; the first pass over a file does not).
    pub fn set_warn(&mut self, warn: bool) {
        self.warn = warn;
    }

    /// The next command, `None` at the end of the input. A backslash ending
    /// the input's last line is ip's "Missing continuation line": reported,
    /// and the end of the batch.
    pub fn next_line(&mut self) -> std::io::Result<Option<Line<'_>>> {
        // What a long line made large is given back; the rest is reused.
        if self.buf.capacity() > KEPT_LINE {
            self.buf = Vec::new();
        }
        self.buf.clear();
        for word in &mut self.words {
            if word.capacity() > KEPT_WORD {
                *word = String::new();
            }
        }
        let Some(mut physical) = self.physical()? else {
            return Ok(None);
        };
        let mut long = false;
        loop {
            long |= physical.long;
            if !physical.backslash {
                break;
            }
            // Drop the backslash and join the next line, as ip does.
            self.buf.pop();
            match self.physical()? {
                Some(next) => physical = next,
                None => {
                    if self.warn {
                        eprintln!("Missing continuation line");
                    }
                    return Ok(None);
                }
            }
        }
        let words = if long {
            // Give the memory back.
            self.buf = Vec::new();
            Err(LineError::of(CliError::rejected(format!(
                "Error: the command is longer than {MAX_LINE} bytes, the most nlw -batch takes."
            ))))
        } else {
            split(&self.buf, &mut self.words).map(|n| &self.words[..n])
        };
        Ok(Some(Line { number: self.number, words }))
    }

    /// Reads one line, appending to the buffer what comes before a `#` or
    /// a NUL byte (ip reads its lines as C strings), at most [`MAX_LINE`]
    /// bytes in all; `None` at the end of the input.
    fn physical(&mut self) -> std::io::Result<Option<Physical>> {
        let (mut any, mut cut, mut long, mut last) = (false, false, false, None);
        loop {
            let chunk = match self.input.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                if !any {
                    return Ok(None);
                }
                self.number += 1;
                return Ok(Some(Physical { backslash: false, long }));
            }
            any = true;
            // One pass to the newline or, before it, the `#` or NUL that
            // ends what is kept; after one, only the newline is looked for.
            let newline = |from: usize| chunk[from..].iter().position(|&b| b == b'\n').map(|at| from + at);
            let (content, newline_at) = if cut {
                (&chunk[..0], newline(0))
            } else {
                match chunk.iter().position(|&b| matches!(b, b'\n' | b'#' | 0)) {
                    Some(at) if chunk[at] == b'\n' => (&chunk[..at], Some(at)),
                    Some(at) => {
                        cut = true;
                        (&chunk[..at], newline(at))
                    }
                    None => (chunk, None),
                }
            };
            if long || self.buf.len() + content.len() > MAX_LINE {
                long = true;
            } else {
                self.buf.extend_from_slice(content);
            }
            if let Some(&b) = content.last() {
                last = Some(b);
            }
            let used = newline_at.map_or(chunk.len(), |at| at + 1);
            self.input.consume(used);
            if newline_at.is_some() {
                self.number += 1;
                let backslash = !cut && last == Some(b'\\');
                return Ok(Some(Physical { backslash, long }));
            }
        }
    }
}

impl<R: BufRead + Seek> Reader<R> {
    /// Back to the first line.
    pub fn rewind(&mut self) -> std::io::Result<()> {
        self.input.rewind()?;
        self.number = 0;
        Ok(())
    }
}

/// ip's `makeargs`: words separated by spaces, tabs, CRs or newlines; a
/// word starting with a quote (`"` or `'`) runs to the next same quote.
/// The words go to the first places of `words` (their allocations reused);
/// gives how many there are.
pub fn split(line: &[u8], words: &mut Vec<String>) -> std::result::Result<usize, LineError> {
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n');
    // Checked once as a whole; word by word only to name a word that is not text.
    let text = std::str::from_utf8(line).ok();
    let mut n = 0;
    let mut at = 0;
    loop {
        while at < line.len() && is_space(line[at]) {
            at += 1;
        }
        if at == line.len() {
            break;
        }
        if n >= MAX_WORDS {
            return Err(LineError::fatal("Too many arguments to command"));
        }
        let range = if line[at] == b'"' || line[at] == b'\'' {
            let quote = line[at];
            let start = at + 1;
            let len = line[start..]
                .iter()
                .position(|&b| b == quote)
                .ok_or_else(|| LineError::fatal("Unterminated quoted string"))?;
            at = start + len + 1;
            start..start + len
        } else {
            let start = at;
            at += line[at..].iter().position(|&b| is_space(b)).unwrap_or(line.len() - at);
            let range = start..at;
            at = (at + 1).min(line.len());
            range
        };
        let word = match text.and_then(|t| t.get(range.clone())) {
            Some(word) => word,
            None => {
                let bytes = &line[range];
                std::str::from_utf8(bytes).map_err(|_| {
                    LineError::of(CliError::rejected(format!(
                        "Error: argument \"{}\" is not UTF-8: nlw takes names and values as UTF-8 text.",
                        bytes.escape_ascii()
                    )))
                })?
            }
        };
        if n == words.len() {
            words.push(String::new());
        }
        words[n].clear();
        #[expect(
            clippy::string_extend_chars,
            reason = "for a word of a few bytes, cheaper than a call to musl's memcpy, \
                      which took a fifth of the static build's -batch time (BENCHMARKS.md)"
        )]
        words[n].extend(word.chars());
        n += 1;
    }
    Ok(n)
}

/// Parses a command's words; `None` for a blank line. `-all` is not
/// applied to a batch's `netns` lines.
pub fn parse(words: &[String], family: u8) -> std::result::Result<Option<Command>, LineError> {
    let Some((object, rest)) = words.split_first() else {
        return Ok(None);
    };
    Command::parse(object, rest, family, false).map(Some).map_err(LineError::of)
}

/// The first pass over a regular file: every line parsed, nothing sent.
/// Without `-force` the first malformed line is the batch's failure; with
/// it, only one ip would exit at.
pub fn check<R: BufRead>(reader: &mut Reader<R>, path: &str, family: u8, force: bool) -> Result<()> {
    let warn = std::mem::replace(&mut reader.warn, false);
    while let Some(line) = reader.next_line().map_err(|e| cannot_read(path, e))? {
        let outcome = line.words.and_then(|words| parse(words, family).map(drop));
        match outcome {
            Err(e) if e.fatal || !force => return Err(failure(e, path, line.number)),
            _ => {}
        }
    }
    reader.warn = warn;
    Ok(())
}

/// A failed line as ip reports it, with its exit code: 255 where ip exits
/// with its usage, 1 otherwise.
fn failure(e: LineError, path: &str, line: usize) -> CliError {
    // A failure already reported (a program's exit code) adds no line.
    let report = match e.error.failure() {
        Failure::Exit { message, .. } if message.is_empty() => format!("Command failed {path}:{line}"),
        _ => format!("{}\nCommand failed {path}:{line}", e.error),
    };
    match e.error.failure() {
        Failure::Usage(_) => CliError::usage(report),
        _ => CliError::refused(report),
    }
}

/// A batch file that could not be read (after it was opened).
fn cannot_read(path: &str, e: std::io::Error) -> CliError {
    CliError::refused(format!("Cannot read \"{path}\": {e}"))
}

/// Runs the commands of `file`.
pub fn run(ctx: &mut Ctx, file: &std::path::Path, force: bool) -> Result<()> {
    // The path may be any bytes; messages show it as text.
    let shown = file.display().to_string();
    let path = shown.as_str();
    if file.as_os_str() == "-" {
        return execute(ctx, &mut Reader::new(std::io::stdin().lock()), path, force);
    }
    let opened = File::open(file)
        .map_err(|e| CliError::refused(format!("Cannot open file \"{path}\" for reading: {e}")))?;
    let regular = opened.metadata().map(|m| m.is_file()).unwrap_or(false);
    let mut reader = Reader::new(BufReader::with_capacity(64 * 1024, opened));
    if regular {
        check(&mut reader, path, ctx.family, force)?;
        reader.rewind().map_err(|e| cannot_read(path, e))?;
    }
    execute(ctx, &mut reader, path, force)
}

/// The second pass (or the only one): each line parsed and run, answered
/// before the next is read.
fn execute<R: BufRead>(ctx: &mut Ctx, reader: &mut Reader<R>, path: &str, force: bool) -> Result<()> {
    let mut failed = false;
    // Interface indexes, loaded when an address, route or tc change first
    // needs one, forgotten after any other command (a link may have been
    // added, renamed or deleted).
    let mut names: Option<Names> = None;
    while let Some(line) = reader.next_line().map_err(|e| cannot_read(path, e))? {
        let command = match line.words.and_then(|words| parse(words, ctx.family)) {
            Ok(Some(command)) => command,
            Ok(None) => continue,
            Err(e) => {
                let fatal = e.fatal;
                let e = failure(e, path, line.number);
                if fatal || !force {
                    return Err(e);
                }
                eprintln!("{e}");
                failed = true;
                continue;
            }
        };
        if let Err(e) = one(ctx, &mut names, &command) {
            if matches!(e.failure(), Failure::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe) {
                // Output to a closed pipe: the end, quietly, as for one command.
                return Err(e);
            }
            let e = failure(LineError { error: e, fatal: false }, path, line.number);
            if !force {
                return Err(match e.into_failure() {
                    Failure::Usage(report) => CliError::refused(report),
                    failure => failure.into(),
                });
            }
            eprintln!("{e}");
            failed = true;
        }
    }
    if failed {
        return Err(CliError::exit(1, String::new()));
    }
    Ok(())
}

/// Runs one command and waits for the kernel's answer.
fn one(ctx: &mut Ctx, names: &mut Option<Names>, command: &Command) -> Result<()> {
    let change = match command {
        Command::Modify(change) if change.batchable() => change,
        other => {
            *names = None;
            return other.run(ctx);
        }
    };
    let names = match names {
        Some(names) => names,
        slot => slot.insert(Names::load(&mut ctx.ipr)?),
    };
    let vrf = change.vrf_table(ctx)?;
    let ipr = &mut ctx.ipr;
    // A name not in the table may be a link another program added since.
    let netns = ctx.netns.as_deref();
    let request =
        change.prepare(netns, &mut |dev| ifindex_in(names, dev).or_else(|_| ifindex(ipr, dev)), vrf)?;
    if let Some(request) = request {
        crate::session::request(&mut ctx.ipr, &request).map_err(|e| change.refused(e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command of `text`: its line number and words, or the error.
    fn read(text: &[u8]) -> Vec<(usize, std::result::Result<Vec<String>, String>)> {
        let mut reader = Reader::new(text);
        reader.set_warn(false);
        let mut lines = Vec::new();
        while let Some(line) = reader.next_line().unwrap() {
            lines.push((line.number, line.words.map(<[String]>::to_vec).map_err(|e| e.error.to_string())));
        }
        lines
    }

    fn words(w: &[&str]) -> std::result::Result<Vec<String>, String> {
        Ok(w.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn reads_lines_as_ip_does() {
        let text = b"# caf\xe9\nlink add \"q a\" type 'x y'z # \xff\n\n a\\\n b \\\n c\nlast";
        assert_eq!(
            read(text),
            vec![
                (1, words(&[])),
                (2, words(&["link", "add", "q a", "type", "x y", "z"])),
                (3, words(&[])),
                (6, words(&["a", "b", "c"])),
                (7, words(&["last"])),
            ]
        );
        // A NUL ends the line's text, as in ip's C strings; so does `#`,
        // and a backslash before either joins nothing.
        assert_eq!(
            read(b"a\0b\nc # \\\nd\n"),
            vec![(1, words(&["a"])), (2, words(&["c"])), (3, words(&["d"]))]
        );
        // A backslash on the last line without a newline is a word.
        assert_eq!(read(b"a \\"), vec![(1, words(&["a", "\\"]))]);
        // ... and with one, a missing continuation line: the end.
        assert_eq!(read(b"a\nb \\\n"), vec![(1, words(&["a"]))]);
    }

    #[test]
    fn refuses_what_ip_refuses_and_what_it_cannot_hold() {
        let lines = read(b"a \"b\nok\n");
        assert_eq!(lines[0].1, Err("Unterminated quoted string".into()));
        assert_eq!(lines[1], (2, words(&["ok"])));
        let many = vec!["w"; MAX_WORDS + 1].join(" ");
        assert_eq!(read(many.as_bytes())[0].1, Err("Too many arguments to command".into()));
        assert_eq!(read(&many.as_bytes()[2..])[0].1.as_ref().map(Vec::len), Ok(MAX_WORDS));
        assert!(read(b"link show \xff\n")[0].1.as_ref().unwrap_err().contains("not UTF-8"));
        // Longer than MAX_LINE: refused, the next line read; a long comment is fine.
        let mut text = vec![b'a'; MAX_LINE + 1];
        text.extend_from_slice(b"\n# ");
        text.extend(std::iter::repeat_n(b'b', 2 * MAX_LINE));
        text.extend_from_slice(b"\nnext\n");
        let lines = read(&text);
        assert!(lines[0].1.as_ref().unwrap_err().contains("longer than"));
        assert_eq!(lines[1..], [(2, words(&[])), (3, words(&["next"]))]);
    }
}
