//! `nlw`'s parsers on any bytes: the first byte picks `-force` and the
//! family; the rest is read as an argument vector (split at NUL bytes) and
//! as a `-batch` file. Nothing may panic, and the parsers open no socket
//! (`nlwire_cli::parse` and `batch::check` have none to send on).
//!
//! A batch file is parsed whole before anything is sent, then read again
//! and run: the first pass must refuse exactly when the second would stop at
//! a line it cannot parse, and name that line, so that a bad line anywhere
//! in a file means nothing was sent.
#![no_main]

use std::ffi::OsString;
use std::io::Cursor;
use std::os::unix::ffi::OsStringExt;

use libfuzzer_sys::fuzz_target;
use nlwire_cli::batch::{self, Reader, MAX_LINE, MAX_WORDS};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let force = pick & 1 != 0;
    let family = [0, 2, 10, 0][usize::from(pick >> 1) & 3];

    // As arguments.
    let args: Vec<OsString> = rest.split(|&b| b == 0).map(|a| OsString::from_vec(a.to_vec())).collect();
    let _ = nlwire_cli::parse(&args);

    // As a batch file, in its two passes.
    let mut reader = Reader::new(Cursor::new(rest));
    reader.set_warn(false);
    let checked = batch::check(&mut reader, "F", family, force);
    reader.rewind().unwrap();
    let mut stops_at = None;
    let mut lines = 0;
    while let Some(line) = reader.next_line().unwrap() {
        lines += 1;
        assert!(line.number >= lines, "line numbers count every line");
        if let Ok(words) = &line.words {
            assert!(words.len() <= MAX_WORDS);
            assert!(words.iter().map(String::len).sum::<usize>() <= MAX_LINE);
        }
        match line.words.and_then(|words| batch::parse(words, family)) {
            Err(e) if e.fatal || !force => {
                stops_at = Some(line.number);
                break;
            }
            _ => {}
        }
    }
    match (checked, stops_at) {
        (Ok(()), None) => {}
        (Err(e), Some(n)) => {
            let msg = e.to_string();
            assert!(msg.ends_with(&format!("Command failed F:{n}")), "{msg}");
        }
        (checked, stops_at) => {
            panic!("first pass {:?}, second pass stops at {stops_at:?}", checked.map_err(|e| e.to_string()))
        }
    }
});
