//! `nlw maddress show [dev DEV]`: the multicast addresses each interface
//! listens to, link layer (`/proc/net/dev_mcast`), IPv4 (`/proc/net/igmp`)
//! and IPv6 (`/proc/net/igmp6`), read and printed as ip 6.1's `ip maddress`
//! does; `-4` and `-6` keep one family.
//!
//! ```sh
//! nlw maddress show dev v0
//! nlw -j maddr     # [{"ifindex":1,"ifname":"lo","maddr":[{"family":"inet","address":"224.0.0.1"}, ...]}]
//! ```
//!
//! The files are read from `/proc/thread-self/net`, with the thread in the
//! `-n` namespace, so they are that namespace's. `maddress add|del` (ip's
//! `SIOCADDMULTI`/`SIOCDELMULTI` `ioctl`s, which rustix has no safe function
//! for) are not done: nlw refuses them.

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::args::Words;
use crate::names::hwaddr;
use crate::sink::{Listing, Sink};
use crate::{matches, CliError, Ctx, Result};

/// `nlw maddress help`.
pub const USAGE: &str = "Usage: nlw maddress show [ dev STRING ]";

/// `AF_INET` and `AF_INET6`: the families `-4` and `-6` keep.
const AF_INET: u8 = 2;
const AF_INET6: u8 = 10;

/// `nlw maddress show [dev DEV]`.
pub struct MaddressShow {
    dev: Option<String>,
}

impl MaddressShow {
    /// Parses the words after `maddress` (the verb first), as ip 6.1's
    /// `do_multiaddr` and `multiaddr_list` read them: `dev` is optional
    /// before the name, which is not checked (an unknown one lists nothing).
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((verb, args)) = words.split_first() else { return Ok(MaddressShow { dev: None }) };
        if matches(verb, "add", 1) || matches(verb, "delete", 1) {
            return Err(CliError::usage(format!(
                "Error: \"maddress {verb}\" is not supported by nlw (ip uses the SIOCADDMULTI ioctl); use ip."
            )));
        }
        if matches(verb, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        if !(matches(verb, "list", 1) || matches(verb, "show", 1) || matches(verb, "lst", 1)) {
            return Err(CliError::usage(format!(
                "Command \"{verb}\" is unknown, try \"nlw maddress help\"."
            )));
        }
        let mut dev = None;
        let mut words = Words::new(args);
        while let Some(word) = words.next() {
            let name = match word {
                "dev" => words.value(word)?,
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
    let mut listing = Listing::new(std::io::stdout().lock(), ctx.json, ctx.pretty)?;
    for interface in entries.chunk_by(|a, b| a.ifindex == b.ifindex) {
        let Some(first) = interface.first() else { continue };
        listing.item(|s| {
            s.fmt_num("ifindex", format_args!("{}:", first.ifindex), first.ifindex)?;
            s.string("ifname", format_args!("\t{}\n", first.name), &first.name)?;
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
            s.string("link", format_args!("\tlink  {address}"), &address)?;
        }
        Address::Ip(ip) => {
            let family = if ip.is_ipv4() { "inet" } else { "inet6" };
            s.string("family", format_args!("\t{family:<5} "), &family)?;
            s.string("address", format_args!("{ip}"), ip)?;
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
