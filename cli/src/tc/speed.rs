//! Rates in percent of a device's speed (`netem rate 50%`, `red bandwidth
//! 10%`, tbf's `rate`, an htb class's `rate` and `ceil`), worked out as
//! tc's `get_percent_rate` works them out: from the speed in Mbit/s that
//! `/sys/class/net/DEV/speed` shows (10000 for a veth that is up; none for
//! one that is down, nor for an ifb), refused in tc's words.
//!
//! ```text
//! speed 10000, rate 50%   ->   5e9 bit/s   ->   625000000 bytes/s
//! ```
//!
//! tc reads the speed while it parses the words; nlw parses the command
//! again with the speed when the request is prepared, since a batch's
//! lines are all parsed before any is sent and an earlier line may set the
//! device up. So where a later word is bad too, nlw names that word, and
//! tc, which stops at its first error, the speed. With `-n NAME`, the
//! speed is read from a sysfs of that namespace, as `tc -n` mounts one:
//! made by nlw's thread there (sysfs shows the namespace of whoever makes
//! it) and mounted nowhere.

use std::ffi::OsStr;
use std::fs::File;
use std::io::Read;

use rustix::fs::{Mode, OFlags};
use rustix::mount::{FsMountFlags, FsOpenFlags, MountAttrFlags};

use crate::tc::options::{parse_percent, refused, BadPercent};
use crate::Result;

/// Where a kind's parser finds the device's speed, for a rate in percent.
pub struct Speed<'a> {
    /// The device (`dev`), `None` without one.
    dev: Option<&'a str>,
    when: When<'a>,
    /// Whether a rate in percent was met.
    wanted: bool,
}

/// When the words are read.
#[derive(Clone, Copy)]
pub enum When<'a> {
    /// When the command is parsed: a rate in percent is taken as 0.
    Parsing,
    /// When the request is prepared: the speed is read, in the namespace
    /// `-n` names, if any.
    Preparing(Option<&'a OsStr>),
}

impl<'a> Speed<'a> {
    /// The speed of `dev` (if given) for words read `when`.
    pub fn new(dev: Option<&'a str>, when: When<'a>) -> Self {
        Speed { dev, when, wanted: false }
    }

    /// Whether the words named a rate in percent, taken as 0 for now: they
    /// are to be read again as the request is prepared.
    pub fn deferred(&self) -> bool {
        self.wanted && matches!(self.when, When::Parsing)
    }

    /// tc's `get_percent_rate64`: `word` (`50%`) of the device's speed, in
    /// bytes per second; refused as tc refuses it, its kind's line
    /// (`Illegal "rate"`) last.
    pub fn rate(&mut self, word: &str, last: &str) -> Result<u64> {
        let illegal = |why: &str| refused(format!("{why}\n{last}"));
        let Some(dev) = self.dev else {
            return Err(illegal("No device specified; specify device to rate limit by percentage"));
        };
        self.wanted = true;
        let When::Preparing(netns) = self.when else { return Ok(0) };
        let mbit = read_speed(dev, netns).map_err(|why| illegal(&why))?;
        // sscanf's `%m[0-9.%]`: the digits, points and percent signs first.
        let end = word.find(|c: char| !c.is_ascii_digit() && c != '.' && c != '%').unwrap_or(word.len());
        let fraction = match &word[..end] {
            "" => Err(BadPercent::Malformed),
            number => parse_percent(number),
        };
        let fraction = fraction.map_err(|bad| match bad {
            BadPercent::OutOfRange => {
                illegal(&format!("Invalid rate specified; should be between [0,100]% but is {word}"))
            }
            BadPercent::Malformed => illegal("Specified rate value could not be read or is malformed"),
        })?;
        bytes_per_second(fraction, mbit).ok_or_else(|| {
            let why = match mbit < 0 {
                true => format!("The speed of {dev} is unknown ({mbit})"),
                false => "Unable to parse calculated rate".to_owned(),
            };
            illegal(&why)
        })
    }
}

/// tc's arithmetic: `fraction` of `mbit` Mbit/s in bits per second,
/// written with six decimals (`%lf`, at most 19 characters) and read
/// back, then in bytes per second, any fraction of a byte dropped. `None`
/// for a rate too long to write, or below 0 (a speed of -1, unknown, which
/// tc turns into nonsense through C's undefined conversion).
fn bytes_per_second(fraction: f64, mbit: i64) -> Option<u64> {
    let bits = fraction * mbit as f64 * 1000.0 * 1000.0;
    let text = format!("{bits:.6}");
    let bytes = text.parse::<f64>().ok().filter(|_| text.len() < 20)? / 8.0;
    (bytes >= 0.0).then_some(bytes as u64)
}

/// tc's `read_prop(DEV, "speed")`: the first line of
/// `/sys/class/net/DEV/speed`, a number; or tc's words for why not.
fn read_speed(dev: &str, netns: Option<&OsStr>) -> std::result::Result<i64, String> {
    let path = format!("/sys/class/net/{dev}/speed");
    let fopen =
        |e: std::io::Error| format!("fopen {path}: {}", crate::strerror(e.raw_os_error().unwrap_or(0)));
    let mut file = match netns {
        None => File::open(&path).map_err(fopen)?,
        Some(name) => open_in_netns_sysfs(name, &path["/sys/".len()..])?.map_err(fopen)?,
    };
    let mut text = Vec::new();
    if !file.read_to_end(&mut text).is_ok_and(|read| read > 0) {
        return Err(format!(
            "property \"speed\" in file {path} is currently unknown\nFailed to parse {path}"
        ));
    }
    let line = String::from_utf8_lossy(text.split(|&b| b == b'\n').next().unwrap_or_default());
    line.parse()
        .map_err(|_| format!("value \"{line}\" in file {path} is not a number\nFailed to parse {path}"))
}

/// `relative` (`class/net/v0/speed`) opened in a sysfs of the namespace
/// `-n NAME`, made by this thread while there (as `fsopen`, `fsmount`) and
/// mounted nowhere; the outer error when the thread could not go there.
fn open_in_netns_sysfs(netns: &OsStr, relative: &str) -> std::result::Result<std::io::Result<File>, String> {
    let open = || -> std::io::Result<File> {
        let sysfs = rustix::mount::fsopen("sysfs", FsOpenFlags::FSOPEN_CLOEXEC)?;
        rustix::mount::fsconfig_create(&sysfs)?;
        let root =
            rustix::mount::fsmount(&sysfs, FsMountFlags::FSMOUNT_CLOEXEC, MountAttrFlags::MOUNT_ATTR_RDONLY)?;
        Ok(File::from(rustix::fs::openat(&root, relative, OFlags::RDONLY | OFlags::CLOEXEC, Mode::empty())?))
    };
    crate::in_netns(Some(netns), |ns| match ns {
        Some(ns) => nlwire_rustix::netns::run_in(ns, open).map_err(|e| e.to_string()),
        None => Err("no namespace".to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// tc_util.c's arithmetic, worked out by hand: percent of Mbit/s,
    /// times 10^6, written with `%lf` and read back, over 8, truncated.
    #[test]
    fn rates_in_percent_of_a_speed_as_tc_works_them_out() {
        // 50% of 10000 Mbit/s: 5e9 bit/s, 625e6 bytes/s.
        assert_eq!(bytes_per_second(0.5, 10_000), Some(625_000_000));
        // 33.3333% of 10000: 3333330000 bit/s, 416666250 bytes/s.
        assert_eq!(bytes_per_second(0.333_333, 10_000), Some(416_666_250));
        // 29% of 100: 28999999.999999996 bit/s (0.29 is a little less),
        // written 29000000.000000: 3625000 bytes/s, not 3624999.
        assert_eq!(bytes_per_second(0.29, 100), Some(3_625_000));
        // 1% of 10 Mbit/s: 100000 bit/s, 12500 bytes/s.
        assert_eq!(bytes_per_second(0.01, 10), Some(12_500));
        // 0.0001% of 1 Mbit/s: 1 bit/s, an eighth of a byte: 0.
        assert_eq!(bytes_per_second(0.000_001, 1), Some(0));
        // 100% of 800 Gbit/s: 800000000000.000000, 19 characters, fits.
        assert_eq!(bytes_per_second(1.0, 800_000), Some(100_000_000_000));
        // 100% of 1 Tbit/s: 1000000000000.000000, 20 characters: tc's
        // "Unable to parse calculated rate".
        assert_eq!(bytes_per_second(1.0, 1_000_000), None);
        // A speed of -1 (unknown): -500000 bit/s, refused.
        assert_eq!(bytes_per_second(0.5, -1), None);
        assert_eq!(bytes_per_second(0.0, -1), Some(0));
    }

    /// tc's refusals, in its order: the device first, then the speed, then
    /// the word (`sscanf`'s first run of digits, points and `%`).
    #[test]
    fn rates_in_percent_refused_in_tcs_words() {
        let error = |dev: Option<&str>, word: &str| {
            let when = if dev.is_some() { When::Preparing(None) } else { When::Parsing };
            Speed::new(dev, when).rate(word, "Illegal \"rate\"").unwrap_err().to_string()
        };
        assert_eq!(
            error(None, "50%"),
            "No device specified; specify device to rate limit by percentage\nIllegal \"rate\""
        );
        assert_eq!(
            error(Some("nlw-no-such-device"), "abc%"),
            "fopen /sys/class/net/nlw-no-such-device/speed: No such file or directory\nIllegal \"rate\""
        );
        let mut later = Speed::new(Some("v0"), When::Parsing);
        assert_eq!(later.rate("abc%", "Illegal \"rate\"").ok(), Some(0));
        assert!(later.deferred());
    }
}
