//! `nlw sr tunsrc|hmac`: IPv6 segment routing's source address and HMAC
//! keys, with the words, output and exit codes of iproute2 6.1's `ip sr`.

use std::io::{self, BufRead, Write};
use std::net::Ipv6Addr;
use std::os::fd::AsFd;

use nlwire::genl::To;
use nlwire::seg6::{algo, DumpHmac, GetTunsrc, HmacKey, SetHmac, SetTunsrc, Tunsrc, FAMILY_NAME};
use rustix::termios::{tcgetattr, tcsetattr, LocalModes, OptionalActions};

use crate::args::{c_unsigned, incomplete, invalid};
use crate::json::Json;
use crate::sink::{listing, object, Sink};
use crate::{genl_dump, genl_request, matches, rtnl_talk_failed, CliError, Ctx, Result};

const USAGE: &str = "Usage: nlw sr { COMMAND | help }
          nlw sr hmac show
          nlw sr hmac set KEYID ALGO
          nlw sr tunsrc show
          nlw sr tunsrc set ADDRESS
where  ALGO := { sha1 | sha256 }";

/// What ip asks before reading an HMAC secret.
const HMAC_KEY_PROMPT: &str = "Enter secret for HMAC key ID (blank to delete): ";

/// The longest secret ip prints (its buffer of 64 with the NUL).
const SHOWN_SECRET: usize = 63;

/// A parsed `nlw sr` command.
#[derive(Debug)]
pub enum SrCommand {
    /// `tunsrc show`.
    ShowTunsrc,
    /// `tunsrc set ADDRESS`.
    SetTunsrc(Ipv6Addr),
    /// `hmac show`.
    ShowHmac,
    /// `hmac set KEYID ALGO`: the secret is read when run.
    SetHmac {
        /// The key id (not 0).
        key_id: u32,
        /// [`algo::SHA1`] or [`algo::SHA256`].
        algo: u8,
    },
}

fn unknown(word: &str) -> CliError {
    invalid("unknown", word)
}

/// ip's `get_addr(.., AF_INET6)`: an IPv6 address, or `default`, `any`
/// or `all` for `::`; anything else exits 1.
fn inet6(word: &str) -> Result<Ipv6Addr> {
    if ["default", "any", "all"].contains(&word) {
        return Ok(Ipv6Addr::UNSPECIFIED);
    }
    word.parse()
        .map_err(|_| CliError::rejected(format!("Error: inet6 address is expected rather than \"{word}\".")))
}

impl SrCommand {
    /// Parses the words after `sr`, refusing what `ip sr` refuses before
    /// anything is sent (the rest of the line is ignored, as ip does).
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((first, rest)) = words.split_first() else {
            return Err(CliError::usage(USAGE));
        };
        if matches(first, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        let hmac = matches(first, "hmac", 1);
        if !hmac && !matches(first, "tunsrc", 1) {
            return Err(unknown(first));
        }
        let (verb, rest) = rest.split_first().ok_or_else(incomplete)?;
        let show = matches(verb, "show", 1);
        if !show && !matches(verb, "set", 1) {
            return Err(unknown(verb));
        }
        if show {
            return Ok(if hmac { SrCommand::ShowHmac } else { SrCommand::ShowTunsrc });
        }
        let (value, rest) = rest.split_first().ok_or_else(incomplete)?;
        if !hmac {
            return Ok(SrCommand::SetTunsrc(inet6(value)?));
        }
        let key_id = c_unsigned(value, 0, u32::MAX.into())
            .filter(|id| *id != 0)
            .ok_or_else(|| invalid("hmac KEYID value is invalid", value))? as u32;
        let name = rest.first().ok_or_else(incomplete)?;
        let algo = match name.as_str() {
            "sha1" => algo::SHA1,
            "sha256" => algo::SHA256,
            _ => return Err(invalid("hmac ALGO value is invalid", name)),
        };
        Ok(SrCommand::SetHmac { key_id, algo })
    }

    /// Runs it in the namespace of `ctx` (a generic netlink session of its own).
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let (json, pretty) = (ctx.json, ctx.pretty);
        // Asked before anything is sent, as ip asks while parsing.
        let secret = match self {
            SrCommand::SetHmac { .. } => secret()?,
            _ => Vec::new(),
        };
        let mut genl = crate::open_genl(ctx.netns.as_deref())?;
        let family = genl.family(FAMILY_NAME)?.id();
        let outcome = match self {
            SrCommand::SetHmac { key_id, algo } => {
                let set = SetHmac { key_id: *key_id, algo: *algo, secret: &secret };
                genl_request(&mut genl, &To { family, command: &set })
            }
            SrCommand::SetTunsrc(addr) => genl_request(&mut genl, &To { family, command: &SetTunsrc(*addr) }),
            SrCommand::ShowTunsrc => genl_request(&mut genl, &To { family, command: &GetTunsrc }),
            SrCommand::ShowHmac => genl_dump(&mut genl, &To { family, command: &DumpHmac }),
        };
        let replies = outcome.map_err(rtnl_talk_failed)?;
        match self {
            SrCommand::ShowTunsrc => listing(json, pretty, |j| {
                replies.iter().try_for_each(|reply| {
                    let addr = Tunsrc::parse(&reply.message())?.addr()?;
                    object(j, json, |s| Ok(s.string("tunsrc", format_args!("tunsrc addr {addr}"), &addr)?))
                })
            }),
            SrCommand::ShowHmac => listing(json, pretty, |j| {
                replies.iter().try_for_each(|key| hmac_key(j, json, &HmacKey::parse(&key.message())?))
            }),
            SrCommand::SetHmac { .. } | SrCommand::SetTunsrc(_) => Ok(()),
        }
    }
}

/// The secret of `hmac set`, read as ip reads it; one whose length does
/// not fit the `u8` ip sends it in is refused (ip would send the length
/// modulo 256: a prefix, or a removal).
fn secret() -> Result<Vec<u8>> {
    let secret = getpass(HMAC_KEY_PROMPT)?;
    if secret.len() > usize::from(u8::MAX) {
        return Err(CliError::rejected(format!(
            "Error: an HMAC secret of {} bytes: its length must fit a byte (the kernel keeps {} at most).",
            secret.len(),
            nlwire::seg6::HMAC_SECRET_LEN
        )));
    }
    Ok(secret)
}

/// One key as ip's print_dumphmac: `hmac ID algo NAME secret "SECRET"`,
/// the secret as a C string of 63 bytes at most (with ip's warning when
/// the kernel's is longer).
fn hmac_key<W: Write>(j: &mut Json<W>, json: bool, key: &HmacKey<'_>) -> Result<()> {
    let id = key.key_id()?;
    let name = key.algo_name()?.unwrap_or("<unknown>");
    let mut secret = key.secret()?;
    let length = key.secretlen()?.unwrap_or(0);
    if usize::from(length) > SHOWN_SECRET {
        eprintln!("HMAC secret length {length} > {SHOWN_SECRET}, truncated");
        secret = secret.get(..SHOWN_SECRET).unwrap_or(secret);
    }
    if let Some(nul) = secret.iter().position(|&b| b == 0) {
        secret = &secret[..nul];
    }
    object(j, json, |s| {
        s.fmt_num("hmac", format_args!("hmac {id} "), id)?;
        s.string("algo", format_args!("algo {name} "), &name)?;
        match s {
            Sink::Text(out) => {
                out.str("secret \"")?;
                out.bytes(secret)?;
                out.byte(b'"')?;
            }
            Sink::Json(j) => j.field_c_bytes("secret", secret)?,
        }
        Ok(())
    })
}

/// glibc's `getpass`: `prompt` on the terminal, echo off, one line read
/// from it; without a terminal, `prompt` on stderr and the line read from
/// stdin. The newline is dropped, and all from the first NUL (ip takes the
/// secret as a C string); end of input is a blank secret.
fn getpass(prompt: &str) -> Result<Vec<u8>> {
    let tty = std::fs::OpenOptions::new().read(true).write(true).open("/dev/tty").ok();
    let stdin = io::stdin();
    let input = match &tty {
        Some(tty) => tty.as_fd(),
        None => stdin.as_fd(),
    };
    let saved = tcgetattr(input).ok();
    let quiet = saved.clone().map(|mut t| {
        t.local_modes.remove(LocalModes::ECHO | LocalModes::ISIG);
        t
    });
    let muted = quiet.is_some_and(|t| tcsetattr(input, OptionalActions::Flush, &t).is_ok());
    let mut line = Vec::new();
    let read = match &tty {
        Some(tty) => {
            let mut out: &std::fs::File = tty;
            out.write_all(prompt.as_bytes())?;
            io::BufReader::new(tty).read_until(b'\n', &mut line)
        }
        None => {
            let mut err = io::stderr().lock();
            err.write_all(prompt.as_bytes())?;
            err.flush()?;
            stdin.lock().read_until(b'\n', &mut line)
        }
    };
    if line.last() == Some(&b'\n') {
        line.pop();
        if muted {
            // The newline the terminal did not echo.
            match &tty {
                Some(tty) => {
                    let mut out: &std::fs::File = tty;
                    out.write_all(b"\n")?
                }
                None => io::stderr().write_all(b"\n")?,
            }
        }
    }
    if let (true, Some(saved)) = (muted, &saved) {
        let _ = tcsetattr(input, OptionalActions::Flush, saved);
    }
    read?;
    if let Some(nul) = line.iter().position(|&b| b == 0) {
        line.truncate(nul);
    }
    Ok(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Failure;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_as_ip_does() {
        let set = SrCommand::parse(&words("hm se 0x10 sha256 extra")).unwrap();
        assert!(matches!(set, SrCommand::SetHmac { key_id: 16, algo: algo::SHA256 }), "{set:?}");
        let set = SrCommand::parse(&words("t s")).unwrap();
        assert!(matches!(set, SrCommand::ShowTunsrc), "{set:?}");
        let set = SrCommand::parse(&words("tunsrc set any")).unwrap();
        assert!(matches!(set, SrCommand::SetTunsrc(a) if a.is_unspecified()), "{set:?}");
        for (bad, code) in [
            ("", 255),
            ("h", 255),
            ("frob", 255),
            ("hmac", 255),
            ("hmac frob", 255),
            ("hmac set 0 sha1", 255),
            ("hmac set 4294967296 sha1", 255),
            ("hmac set 1", 255),
            ("hmac set 1 none", 255),
            ("tunsrc set", 255),
            ("tunsrc set 192.0.2.1", 1),
            ("tunsrc set 2001:db8::/64", 1),
        ] {
            let failure = SrCommand::parse(&words(bad)).map_err(CliError::into_failure);
            match (failure, code) {
                (Err(Failure::Usage(_)), 255) | (Err(Failure::Rejected(_)), 1) => {}
                (other, _) => panic!("{bad}: {other:?}"),
            }
        }
    }
}
