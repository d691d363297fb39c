//! The files of `route save` and `address save`, read back by `restore` and
//! `showdump`: a 4-byte magic in host byte order, then the dumped netlink
//! messages as the kernel sent them, headers included (iproute2's format).
//! `monitor file` reads the same messages without the magic.
//! Read as ip's `rtnl_from_file` reads them, one message at a time in a
//! 16 KiB buffer: a message is acted on before the next is read.

use std::fs::File;
use std::io::{BufReader, IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::AsFd;

use nlwire::build::{Header, MessageWriter, Request};
use nlwire::{Message, MsgFlags, NlMsgHdr};
use nlwire_std::IPRoute;

use crate::{CliError, Result};

/// What a saved file holds, and how ip exits when reading it fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    magic: u32,
    /// `route` or `address`, as ip's messages name the dump.
    name: &'static str,
    /// The exit code of a terminal or a wrong magic.
    refused: u8,
    /// The exit code of a truncated or malformed message, or of one the
    /// kernel refuses.
    broken: u8,
}

impl Format {
    /// `ip route save`'s (ip's `route_dump_magic`).
    pub const ROUTE: Format = Format { magic: 0x4531_1224, name: "route", refused: 1, broken: 2 };
    /// `ip address save`'s (ip's `ipadd_dump_magic`); ip exits with -1.
    pub const ADDRESS: Format = Format { magic: 0x4736_1222, name: "address", refused: 255, broken: 255 };
    /// The messages `ip monitor file` reads (`rtmon`'s), with no magic; a
    /// file that cannot be opened exits 255, a broken one 1, as ip's.
    pub const MONITOR: Format = Format { magic: 0, name: "monitor", refused: 255, broken: 1 };

    /// Stdout, buffered, with the magic written: refused when it is a
    /// terminal, as ip refuses (exit 1 for both dumps).
    pub fn create(self) -> Result<impl Write> {
        let stdout = std::io::stdout();
        if stdout.is_terminal() {
            return Err(CliError::exit(1, "Not sending a binary stream to stdout"));
        }
        let mut out = std::io::BufWriter::new(stdout.lock());
        out.write_all(&self.magic.to_ne_bytes())
            .map_err(|_| CliError::exit(1, "Can't write magic to dump file"))?;
        Ok(out)
    }

    /// Stdin, its magic read and checked: refused when it is a terminal or
    /// the magic is not this format's, in ip's words.
    pub fn open(self) -> Result<Saved> {
        let stdin = std::io::stdin();
        if stdin.is_terminal() {
            return Err(CliError::exit(
                self.refused,
                format!("Can't restore {} dump from a terminal", self.name),
            ));
        }
        // A file of stdin's descriptor, to seek in as ip does for its rounds.
        let file = File::from(stdin.as_fd().try_clone_to_owned()?);
        let mut saved = Saved { input: BufReader::new(file), format: self, at: 0, buf: Vec::new() };
        let mut magic = [0u8; 4];
        // As C's `fread(&magic, 4, 1, stdin)`: what was read stays in
        // `magic`, and an input that cannot be read has a wrong one.
        let got = saved.fill(&mut magic).unwrap_or(0);
        let magic = u32::from_ne_bytes(magic);
        if magic != self.magic {
            let elems = usize::from(got == 4);
            return Err(CliError::exit(
                self.refused,
                format!("Magic mismatch ({elems} elems, {magic:x} magic)"),
            ));
        }
        Ok(saved)
    }

    /// The file at `path`, read from its start (no magic): refused in ip's
    /// words when it cannot be opened.
    pub fn open_file(self, path: &std::path::Path) -> Result<Saved> {
        let file = File::open(path).map_err(|e| {
            CliError::exit(
                self.refused,
                format!("Cannot fopen: {}", crate::strerror(e.raw_os_error().unwrap_or(0))),
            )
        })?;
        Ok(Saved { input: BufReader::new(file), format: self, at: 0, buf: Vec::new() })
    }

    /// Sends `msg` back to the kernel as ip's restore does: its header as
    /// saved, `REQUEST | CREATE | ACK` added. What is there already
    /// (`EEXIST`) is reported and passed; any other refusal stops with the
    /// format's exit code.
    pub fn restore(self, ipr: &mut IPRoute, msg: &Message<'_>) -> Result<()> {
        match ipr.request(&Resent { header: msg.header(), payload: msg.payload() }) {
            Ok(_) => Ok(()),
            Err(e) if e.errno() == Some(EEXIST) => {
                eprintln!("{e}");
                Ok(())
            }
            Err(e) => Err(CliError::exit(self.broken, e.to_string())),
        }
    }
}

/// `NLMSG_ALIGN`.
fn align(len: usize) -> usize {
    (len + 3) & !3
}

/// ip's buffer for one message: a longer one is malformed.
const MAX_MESSAGE: usize = 16384;

/// `EEXIST`: what ip's restore lets pass, the object being there already.
const EEXIST: i32 = 17;

/// A saved file being read, past its magic.
pub struct Saved {
    input: BufReader<File>,
    format: Format,
    /// Bytes read so far (the file position ip's messages give).
    at: u64,
    buf: Vec<u8>,
}

impl Saved {
    /// Reads into `buf` until it is full or the input ends: how many bytes.
    fn fill(&mut self, buf: &mut [u8]) -> Result<usize> {
        let mut got = 0;
        while let Some(rest) = buf.get_mut(got..).filter(|r| !r.is_empty()) {
            match self.input.read(rest) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    let why = crate::strerror(e.raw_os_error().unwrap_or(0));
                    return Err(self.broken(format!("rtnl_from_file: fread: {why}")));
                }
            }
        }
        self.at += got as u64;
        Ok(got)
    }

    fn broken(&self, message: String) -> CliError {
        CliError::exit(self.format.broken, message)
    }

    /// The next message, borrowed until the next call; `None` at the end.
    /// A message cut short, shorter than its header or longer than ip's
    /// buffer is refused in ip's words.
    #[allow(clippy::should_implement_trait)] // a lending iterator
    pub fn next(&mut self) -> Result<Option<Message<'_>>> {
        let mut buf = std::mem::take(&mut self.buf);
        buf.resize(MAX_MESSAGE, 0);
        let header = nlwire::message::NLMSG_HDRLEN;
        let got = self.fill(buf.get_mut(..header).unwrap_or_default())?;
        if got == 0 {
            return Ok(None);
        }
        if got != header {
            return Err(self.broken("rtnl-from_file: truncated message".into()));
        }
        let mut len = [0u8; 4];
        len.copy_from_slice(buf.get(..4).unwrap_or(&[0; 4]));
        // As ip: the length as a C int.
        let len = i32::from_ne_bytes(len);
        let whole = usize::try_from(len).ok().filter(|l| (header..=MAX_MESSAGE).contains(l));
        let Some(whole) = whole else {
            return Err(self.broken(format!("!!!malformed message: len={len} @{}", self.at)));
        };
        let body = align(whole - header);
        let got = self.fill(buf.get_mut(header..header + body).unwrap_or_default())?;
        if got != body {
            return Err(self.broken("rtnl-from_file: truncated message".into()));
        }
        self.buf = buf;
        let bytes = self.buf.get(..whole).unwrap_or_default();
        Ok(Some(Message::parse(bytes)?))
    }

    /// Where the messages start, to come back to with [`Saved::rewind`]
    /// (ip's `ftell`: refused when stdin cannot seek, a pipe).
    pub fn position(&mut self) -> Result<u64> {
        self.input.stream_position().map_err(|e| {
            CliError::exit(
                1,
                format!("Failed to restore: ftell: {}", crate::strerror(e.raw_os_error().unwrap_or(0))),
            )
        })
    }

    /// Reads again from `position`.
    pub fn rewind(&mut self, position: u64) -> Result<()> {
        self.input.seek(SeekFrom::Start(position)).map_err(|e| {
            CliError::exit(
                1,
                format!("Failed to restore: fseek: {}", crate::strerror(e.raw_os_error().unwrap_or(0))),
            )
        })?;
        self.at = position;
        Ok(())
    }
}

/// A saved message sent again.
struct Resent<'a> {
    header: &'a NlMsgHdr,
    payload: &'a [u8],
}

impl Request for Resent<'_> {
    fn header(&self, seq: u32) -> Header {
        let saved = MsgFlags::from_bits_retain(self.header.flags.get());
        Header {
            kind: self.header.kind.get(),
            flags: saved | MsgFlags::REQUEST | MsgFlags::CREATE | MsgFlags::ACK,
            seq,
            port: self.header.pid.get(),
        }
    }
    fn emit(&self, m: &mut MessageWriter<'_>) -> nlwire::Result<()> {
        m.raw(self.payload)
    }
}
