//! `nlw maddress show [dev DEV]`: the multicast addresses each interface
//! listens to, link layer (`/proc/net/dev_mcast`), IPv4 (`/proc/net/igmp`)
//! and IPv6 (`/proc/net/igmp6`), read and printed as ip 6.1's `ip maddress`
//! does; `-4` and `-6` keep one family. `nlw maddress add|del ADDRESS dev
//! DEV`: a link-layer address added or removed by hand, as ip does it
//! (the `SIOCADDMULTI`/`SIOCDELMULTI` `ioctl`s).
//!
//! ```sh
//! nlw maddress show dev v0
//! nlw -j maddr     # [{"ifindex":1,"ifname":"lo","maddr":[{"family":"inet","address":"224.0.0.1"}, ...]}]
//! nlw maddress add 01:00:5e:01:02:03 dev v0
//! ```
//!
//! The files are read from `/proc/thread-self/net`, with the thread in the
//! `-n` namespace, so they are that namespace's; the `ioctl`s go through a
//! socket opened there.

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use nlwire::link::IfName;

use crate::args::{duplicate, invalid, Words};
use crate::names::hwaddr;
use crate::out::Hue;
use crate::sink::{Listing, Sink};
use crate::{matches, CliError, Ctx, Failure, Result};

/// `nlw maddress help`.
pub const USAGE: &str = "Usage: nlw maddress [ add | del ] MULTIADDR dev STRING
       nlw maddress show [ dev STRING ]";

/// `AF_INET` and `AF_INET6`: the families `-4` and `-6` keep.
const AF_INET: u8 = 2;
const AF_INET6: u8 = 10;

/// `ETH_ALEN` (`<linux/if_ether.h>`): the only address length ip 6.1's
/// `maddress add|del` takes.
const ETH_ALEN: usize = 6;

/// The most bytes ip reads of an address: the size of `ifr_hwaddr.sa_data`
/// (`struct sockaddr`, `<linux/socket.h>`).
const SA_DATA_LEN: usize = 14;

/// `nlw maddress ...`.
pub enum MaddressCommand {
    Show(MaddressShow),
    Change(MaddressChange),
}

impl MaddressCommand {
    /// Parses the words after `maddress` (the verb first), as ip 6.1's
    /// `do_multiaddr`.
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((verb, args)) = words.split_first() else {
            return Ok(Self::Show(MaddressShow { dev: None }));
        };
        if matches(verb, "add", 1) || matches(verb, "delete", 1) {
            let add = matches(verb, "add", 1);
            return MaddressChange::parse(add, args).map(Self::Change);
        }
        if matches(verb, "list", 1) || matches(verb, "show", 1) || matches(verb, "lst", 1) {
            return MaddressShow::parse(args).map(Self::Show);
        }
        if matches(verb, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw maddress help\".")))
    }

    /// Runs the command.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            Self::Show(show) => show.run(ctx),
            Self::Change(change) => change.run(ctx),
        }
    }
}

/// `nlw maddress add|del [address] ADDRESS dev DEV`.
pub struct MaddressChange {
    add: bool,
    dev: String,
    /// As many bytes as ip puts in `sa_data`: the address, or none (ip
    /// sends an all-zero one then, and so does nlw).
    address: Vec<u8>,
}

impl MaddressChange {
    /// Parses the words after `add` or `del`, as ip 6.1's
    /// `multiaddr_modify`: `dev` and the address in any order, `address`
    /// optional before it; an address of other than 6 bytes is refused
    /// (exit 1) as soon as it is read, a missing `dev` (exit 255) at the
    /// end. As ip, a second address is a duplicate only when the first
    /// one's first byte is not 0.
    fn parse(add: bool, args: &[String]) -> Result<Self> {
        let (mut dev, mut address) = (None::<String>, Vec::new());
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            if word == "dev" {
                let name = words.value()?;
                if dev.is_some() {
                    return Err(duplicate("dev", name));
                }
                IfName::new(name).map_err(|_| invalid("\"dev\" not a valid ifname", name))?;
                dev = Some(name.to_owned());
                continue;
            }
            let word = if matches(word, "address", 1) { words.value()? } else { word };
            if matches(word, "help", 1) {
                return Err(CliError::usage(USAGE));
            }
            if address.first().is_some_and(|&b| b != 0) {
                return Err(duplicate("address", word));
            }
            address = lladdr(word)?;
            if address.len() != ETH_ALEN {
                return Err(CliError::rejected(format!(
                    "Error: Invalid address length {} - must be {ETH_ALEN} bytes",
                    address.len()
                )));
            }
        }
        let Some(dev) = dev else {
            return Err(CliError::usage("Not enough information: \"dev\" is required."));
        };
        Ok(MaddressChange { add, dev, address })
    }

    /// Adds or removes the address; the kernel's refusal in ip's words
    /// (`ioctl: No such device`, exit 1).
    fn run(&self, ctx: &Ctx) -> Result<()> {
        use nlwire_rustix::multicast;
        let done = crate::in_netns(ctx.netns.as_deref(), |ns| match self.add {
            true => multicast::add(ns, &self.dev, &self.address),
            false => multicast::delete(ns, &self.dev, &self.address),
        });
        done.map_err(|e| match e {
            nlwire_rustix::Error::Sys { call: "socket", errno } => {
                CliError::refused(format!("Cannot create socket: {}", crate::strerror(errno.raw_os_error())))
            }
            nlwire_rustix::Error::Sys { errno, .. } => {
                CliError::refused(format!("ioctl: {}", crate::strerror(errno.raw_os_error())))
            }
            e => Failure::Failed(e.into()).into(),
        })
    }
}

/// A link-layer address as ip's `ll_addr_a2n` reads it into `sa_data`:
/// with a dot, an IPv4 address (4 bytes); else `:`-separated numbers read
/// as C's `sscanf("%x")` reads them (`0x1`, `+2`, `2x` are taken), each
/// 0 to 255, at most [`SA_DATA_LEN`] of them read (more count as one more,
/// as ip counts them). Refused as ip refuses it, exit 1.
fn lladdr(s: &str) -> Result<Vec<u8>> {
    let refuse = |part: &str| CliError::rejected(format!("\"{part}\" is invalid lladdr."));
    if s.contains('.') {
        let ip: Ipv4Addr = s.parse().map_err(|_| refuse(s))?;
        return Ok(ip.octets().to_vec());
    }
    let mut bytes = Vec::new();
    for part in s.split(':') {
        if bytes.len() == SA_DATA_LEN {
            // ip's loop stops here and reports one byte more.
            bytes.push(0);
            break;
        }
        let byte = scan_hex(part).and_then(|v| u8::try_from(v).ok()).ok_or_else(|| refuse(part))?;
        bytes.push(byte);
    }
    Ok(bytes)
}

/// C's `sscanf(s, "%x")`: blanks, a sign, `0x`, then hexadecimal digits up
/// to the first other character; `None` without any digit. Beyond `i64`,
/// saturated (out of a byte's range either way).
fn scan_hex(s: &str) -> Option<i64> {
    let s = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (prefixed, digits) = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let digits: &str = &digits[..digits.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(digits.len())];
    if digits.is_empty() && !prefixed {
        return None;
    }
    let magnitude = digits
        .chars()
        .filter_map(|c| c.to_digit(16))
        .fold(0i64, |v, d| v.saturating_mul(16).saturating_add(d.into()));
    Some(if negative { -magnitude } else { magnitude })
}

/// `nlw maddress show [dev DEV]`.
pub struct MaddressShow {
    dev: Option<String>,
}

impl MaddressShow {
    /// Parses the words after `show`, as ip 6.1's `multiaddr_list` reads
    /// them: `dev` is optional before the name, which is not checked (an
    /// unknown one lists nothing).
    fn parse(args: &[String]) -> Result<Self> {
        let mut dev = None;
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let name = match word {
                "dev" => words.value()?,
                _ if matches(word, "help", 1) => return Err(CliError::usage(USAGE)),
                _ => word,
            };
            if dev.is_some() {
                return Err(CliError::usage(format!(
                    "Error: either \"dev\" is duplicate, or \"{name}\" is a garbage."
                )));
            }
            dev = Some(name.to_owned());
        }
        Ok(MaddressShow { dev })
    }

    /// Reads the files in the namespace and prints them.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let family = ctx.family;
        let file = |name, wanted: bool| if wanted { proc_net(name) } else { String::new() };
        let read = || Files {
            dev_mcast: file("dev_mcast", family == 0),
            igmp: file("igmp", family == 0 || family == AF_INET),
            igmp6: file("igmp6", family == 0 || family == AF_INET6),
        };
        let files = crate::in_netns(ctx.netns.as_deref(), |ns| match ns {
            Some(ns) => nlwire_rustix::netns::run_in(ns, read).map_err(nlwire_std::Error::Socket),
            None => Ok(read()),
        })?;
        let mut entries = files.entries();
        entries.retain(|e| self.dev.as_ref().is_none_or(|d| *d == e.name));
        print(ctx, &entries)
    }
}

/// `/proc/thread-self/net/NAME`, or nothing when it cannot be read (no
/// IPv6: no `igmp6`), as ip passes over a file it cannot open.
fn proc_net(name: &str) -> String {
    std::fs::read_to_string(format!("/proc/thread-self/net/{name}")).unwrap_or_default()
}

/// The three files' text.
struct Files {
    dev_mcast: String,
    igmp: String,
    igmp6: String,
}

/// One address an interface listens to.
#[derive(Debug, PartialEq)]
struct Entry {
    ifindex: u32,
    name: String,
    address: Address,
    users: u32,
    /// Added by hand (`ip maddress add`): ip's feature `static`.
    is_static: bool,
}

#[derive(Debug, PartialEq)]
enum Address {
    Link(Vec<u8>),
    Ip(IpAddr),
}

impl Files {
    /// The entries of the three files, link layer first, then IPv4 and
    /// IPv6, ordered by interface index: each put after the last of its
    /// interface so far, as ip's `maddr_ins` puts them.
    fn entries(&self) -> Vec<Entry> {
        let mut entries: Vec<Entry> = Vec::new();
        for entry in dev_mcast(&self.dev_mcast).into_iter().chain(igmp(&self.igmp)).chain(igmp6(&self.igmp6))
        {
            let at = entries.iter().position(|e| e.ifindex > entry.ifindex).unwrap_or(entries.len());
            entries.insert(at, entry);
        }
        entries
    }
}

/// Hexadecimal digit pairs (`01005e000001`) as bytes; `None` for an odd
/// count or a non-digit, which ip passes over.
fn hex_bytes(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len()).step_by(2).map(|at| u8::from_str_radix(s.get(at..at + 2)?, 16).ok()).collect()
}

/// `/proc/net/dev_mcast`: `INDEX NAME USERS GLOBAL ADDRESS` a line.
fn dev_mcast(text: &str) -> Vec<Entry> {
    text.lines()
        .filter_map(|line| {
            let mut f = line.split_ascii_whitespace();
            let (ifindex, name, users, global, hex) = (f.next()?, f.next()?, f.next()?, f.next()?, f.next()?);
            Some(Entry {
                ifindex: ifindex.parse().ok()?,
                name: name.to_owned(),
                users: users.parse().ok()?,
                is_static: global != "0",
                address: Address::Link(hex_bytes(hex)?),
            })
        })
        .collect()
}

/// `/proc/net/igmp`: a heading, then for each interface `INDEX NAME: ...`
/// and its groups on lines starting with a tab, `GROUP USERS ...`, the
/// group a 32-bit word in hexadecimal as it sits in memory.
fn igmp(text: &str) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut interface: Option<(u32, &str)> = None;
    for line in text.lines().skip(1) {
        let mut f = line.split_ascii_whitespace();
        if !line.starts_with('\t') {
            let index = f.next().and_then(|i| i.parse().ok());
            let name = f.next().map(|n| n.strip_suffix(':').unwrap_or(n));
            interface = index.zip(name);
            continue;
        }
        let (Some((ifindex, name)), Some(group), Some(users)) = (interface, f.next(), f.next()) else {
            continue;
        };
        let (Ok(group), Ok(users)) = (u32::from_str_radix(group, 16), users.parse()) else { continue };
        entries.push(Entry {
            ifindex,
            name: name.to_owned(),
            address: Address::Ip(Ipv4Addr::from(group.to_ne_bytes()).into()),
            users,
            is_static: false,
        });
    }
    entries
}

/// `/proc/net/igmp6`: `INDEX NAME ADDRESS USERS ...` a line, the address
/// in 32 hexadecimal digits.
fn igmp6(text: &str) -> Vec<Entry> {
    text.lines()
        .filter_map(|line| {
            let mut f = line.split_ascii_whitespace();
            let (ifindex, name, hex, users) = (f.next()?, f.next()?, f.next()?, f.next()?);
            let octets: [u8; 16] = hex_bytes(hex)?.try_into().ok()?;
            Some(Entry {
                ifindex: ifindex.parse().ok()?,
                name: name.to_owned(),
                address: Address::Ip(Ipv6Addr::from(octets).into()),
                users: users.parse().ok()?,
                is_static: false,
            })
        })
        .collect()
}

/// The entries, one interface after the other, as ip 6.1's `print_mlist`:
/// `INDEX:<TAB>NAME`, then a line per address; in JSON an object per
/// interface with its `maddr` array.
fn print(ctx: &Ctx, entries: &[Entry]) -> Result<()> {
    let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty);
    for interface in entries.chunk_by(|a, b| a.ifindex == b.ifindex) {
        let Some(first) = interface.first() else { continue };
        listing.item(|s| {
            s.fmt_num("ifindex", format_args!("{}:", first.ifindex), first.ifindex)?;
            s.painted_string(Hue::Ifname, "ifname", format_args!("\t{}", first.name), &first.name)?;
            s.fmt_text(format_args!("\n"))?;
            s.open_array("maddr")?;
            for entry in interface {
                print_entry(s, entry)?;
            }
            s.close_array()?;
            Ok::<_, CliError>(())
        })?;
    }
    listing.finish()?;
    Ok(())
}

/// One address: `<TAB>link  ADDRESS` or `<TAB>inet  ADDRESS`, then
/// ` users N` when not 1 and ` static`.
fn print_entry<W: Write>(s: &mut Sink<'_, W>, entry: &Entry) -> Result<()> {
    if let Sink::Json(j) = s {
        j.begin_object()?;
    }
    match &entry.address {
        Address::Link(bytes) => {
            let address = hwaddr(bytes);
            s.fmt_text(format_args!("\tlink  "))?;
            s.painted_string(Hue::Mac, "link", format_args!("{address}"), &address)?;
        }
        Address::Ip(ip) => {
            let family = if ip.is_ipv4() { "inet" } else { "inet6" };
            s.string("family", format_args!("\t{family:<5} "), &family)?;
            s.painted_string(Hue::of(*ip), "address", format_args!("{ip}"), ip)?;
        }
    }
    if entry.users != 1 {
        s.fmt_num("users", format_args!(" users {}", entry.users), entry.users)?;
    }
    if entry.is_static {
        s.string("features", format_args!(" static"), &"static")?;
    }
    s.fmt_text(format_args!("\n"))?;
    if let Sink::Json(j) = s {
        j.end_object()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Addresses as ip 6.1's `ll_addr_a2n` reads them (`lib/ll_addr.c`:
    /// `sscanf("%x")` a part, 0 to 255, at most 14 parts read).
    #[test]
    fn addresses_read_as_ip_reads_them() {
        assert_eq!(lladdr("01:00:5e:01:02:03").unwrap(), [1, 0, 0x5e, 1, 2, 3]);
        assert_eq!(lladdr("0x1:+2:3x:-0: 4:ff").unwrap(), [1, 2, 3, 0, 4, 255]);
        assert_eq!(lladdr("192.0.2.1").unwrap(), [192, 0, 2, 1]);
        assert_eq!(lladdr(&["1"; 16].join(":")).unwrap().len(), 15);
        assert_eq!(lladdr(&["1"; 14].join(":")).unwrap().len(), 14);
        for (bad, part) in
            [("zz", "zz"), ("1::2", ""), ("100:2", "100"), ("1:-2", "-2"), ("1.2.3.x", "1.2.3.x")]
        {
            let message = lladdr(bad).unwrap_err().to_string();
            assert_eq!(message, format!("\"{part}\" is invalid lladdr."), "{bad}");
        }
    }

    /// The files' layouts, as the kernel writes them (`net/core/dev_addr_lists.c`,
    /// `net/ipv4/igmp.c`, `net/ipv6/mcast.c`); the IPv4 group word is the
    /// address's bytes read as a native-endian `u32`.
    #[test]
    fn proc_files_read_as_ip_reads_them() {
        let group = format!("{:08X}", u32::from_ne_bytes([224, 0, 0, 106]));
        let files = Files {
            dev_mcast: "4    br0             1     0     01005e00006a\n\
                        2    v1              2     1     333300000009\n\
                        2    v1              1     0     33330000001\n"
                .into(),
            igmp: format!(
                "Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n\
                 4\tbr0       :     1      V3\n\
                 \t\t\t\t{group}     3 0:00000000\t\t0\n\
                 12\tabcdefghijklmno:     1      V3\n\
                 \t\t\t\t{group}     1 0:00000000\t\t0\n"
            ),
            igmp6: "2    v1              ff020000000000000000000000000001     1 0000000C 0\n".into(),
        };
        let entry = |ifindex, name: &str, address, users, is_static| Entry {
            ifindex,
            name: name.into(),
            address,
            users,
            is_static,
        };
        let ip = |s: &str| Address::Ip(s.parse().unwrap());
        assert_eq!(
            files.entries(),
            [
                // The odd-length link address is passed over.
                entry(2, "v1", Address::Link(vec![0x33, 0x33, 0, 0, 0, 9]), 2, true),
                entry(2, "v1", ip("ff02::1"), 1, false),
                entry(4, "br0", Address::Link(vec![1, 0, 0x5e, 0, 0, 0x6a]), 1, false),
                entry(4, "br0", ip("224.0.0.106"), 3, false),
                // A 15-byte name leaves no space before the colon.
                entry(12, "abcdefghijklmno", ip("224.0.0.106"), 1, false),
            ]
        );
    }
}
