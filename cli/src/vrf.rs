//! `nlw vrf show [NAME]`: the VRF devices and their routing tables, as
//! ip 6.1's `ip vrf show` prints them (a table with a heading; `-j` an
//! array of `{"name", "table"}`), or one VRF's table.
//!
//! ```sh
//! nlw vrf show            # Name              Table / ----- / blue                10
//! nlw -j vrf              # [{"name":"blue","table":10}]
//! nlw vrf show blue       # blue 10
//! ```
//!
//! `vrf exec`, `identify` and `pids` (cgroups and BPF) are not done.

use std::io::Write;

use nlwire::link::{Dump, Get, Link, LinkRef};
use nlwire::tables::rt_link::LinkinfoVrfAttrs;
use nlwire_rustix::Errno;

use crate::out::Out;
use crate::sink::Listing;
use crate::{matches, CliError, Ctx, Result};

/// `nlw vrf help`.
pub const USAGE: &str = "Usage: nlw vrf show [ NAME ]";

/// `nlw vrf show [NAME]`.
pub struct VrfShow {
    name: Option<String>,
}

impl VrfShow {
    /// Parses the words after `vrf` (the verb first), as ip 6.1's
    /// `do_ipvrf` and `ipvrf_show`.
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((verb, args)) = words.split_first() else { return Ok(VrfShow { name: None }) };
        if ["identify", "pids", "exec"].iter().any(|v| matches(verb, v, 1)) {
            return Err(CliError::usage(format!(
                "Error: \"vrf {verb}\" is not supported by nlw (ip does it with cgroups); use ip."
            )));
        }
        if matches(verb, "help", 1) {
            return Err(CliError::usage(USAGE));
        }
        if !(matches(verb, "show", 1) || matches(verb, "lst", 1) || matches(verb, "list", 1)) {
            return Err(CliError::usage(format!("Command \"{verb}\" is unknown, try \"nlw vrf help\".")));
        }
        match args {
            [] => Ok(VrfShow { name: None }),
            [name] => Ok(VrfShow { name: Some(name.clone()) }),
            _ => Err(CliError::usage(USAGE)),
        }
    }

    /// Prints the VRFs, or the table of the one named.
    #[inline(never)] // a rarely used command: out of `Command::run` (lib.rs)
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let Some(name) = &self.name else {
            let mut dump =
                crate::session::dump(&mut ctx.ipr, &Dump { kind: Some("vrf"), ..Dump::default() })?;
            let mut listing = VrfListing::new(std::io::stdout().lock(), ctx.json, ctx.pretty)?;
            while let Some(msg) = dump.next()? {
                listing.link(&Link::parse(&msg)?)?;
            }
            return listing.finish();
        };
        // As ip: the line in text even with `-j`.
        let table = table_of(ctx, name).ok_or_else(|| CliError::usage("Invalid VRF"))?;
        let mut out = Out::new(std::io::stdout().lock());
        out.str(name)?;
        out.byte(b' ')?;
        out.num(table)?;
        out.byte(b'\n')?;
        out.flush()?;
        Ok(())
    }
}

/// Whether the link `name` is a VRF (ip's `name_is_vrf`).
pub(crate) fn is_vrf(ipr: &mut nlwire_std::IPRoute, name: &str) -> bool {
    let Ok(link) = LinkRef::named(name) else { return false };
    let Ok(reply) = ipr.get(&Get(link)) else { return false };
    let kind = |link: Link<'_>| link.linkinfo().ok()??.kind().ok()?.map(str::to_owned);
    Link::parse(&reply.message()).ok().and_then(kind).as_deref() == Some("vrf")
}

/// The table of the VRF `name`, as ip's `ipvrf_get_table`: none for a
/// device that is not a VRF or that the kernel does not give, except that
/// `default`, when no device has that name, is the main table.
pub(crate) fn table_of(ctx: &mut Ctx, name: &str) -> Option<u32> {
    let request = Get(LinkRef::named(name).ok()?);
    match ctx.ipr.get(&request) {
        Ok(reply) => vrf_table(&Link::parse(&reply.message()).ok()?),
        Err(e) if e.errno() == Some(Errno::NODEV.raw_os_error()) && name == "default" => {
            crate::args::table_id("main").ok()
        }
        Err(_) => None,
    }
}

/// The table of `link` if it is a VRF with one.
fn vrf_table(link: &Link<'_>) -> Option<u32> {
    let info = link.linkinfo().ok()??;
    if info.kind().ok()? != Some("vrf") {
        return None;
    }
    LinkinfoVrfAttrs(info.data().ok()??).table().ok()?.filter(|t| *t != 0)
}

/// `ip vrf show`'s listing: a heading, a line per VRF, or a line saying
/// there is none; in JSON only the array of VRFs.
struct VrfListing<W: Write> {
    listing: Listing<W>,
    shown: usize,
}

impl<W: Write> VrfListing<W> {
    /// Starts the listing with its heading.
    fn new(out: W, json: bool, pretty: bool) -> Result<Self> {
        let mut listing = Listing::new(out, json, pretty);
        listing.text("Name              Table\n-----------------------\n")?;
        Ok(VrfListing { listing, shown: 0 })
    }

    /// `NAME TABLE` for a VRF (`%-16s %5u`); other links are passed over,
    /// and a VRF without a table is reported on stderr, as ip does.
    fn link(&mut self, link: &Link<'_>) -> Result<()> {
        let Some(name) = link.ifname()? else { return Ok(()) };
        let is_vrf = link.linkinfo()?.map(|info| info.kind()).transpose()?.flatten() == Some("vrf");
        if !is_vrf {
            return Ok(());
        }
        let Some(table) = vrf_table(link) else {
            eprintln!("BUG: VRF {name} is missing table id");
            return Ok(());
        };
        self.listing.item(|s| {
            s.string("name", format_args!("{name:<16}"), &name)?;
            s.fmt_num("table", format_args!(" {table:>5}\n"), table)?;
            Ok::<_, CliError>(())
        })?;
        self.shown += 1;
        Ok(())
    }

    /// Ends the listing: `No VRF has been configured` when there was none.
    fn finish(mut self) -> Result<()> {
        if self.shown == 0 {
            self.listing.text("No VRF has been configured\n")?;
        }
        self.listing.finish()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A netlink attribute: `struct nlattr` (length, type; native order),
    /// the payload, padding to 4 bytes.
    fn attr(kind: u16, payload: &[u8]) -> Vec<u8> {
        let mut a = Vec::new();
        a.extend_from_slice(&(4 + payload.len() as u16).to_ne_bytes());
        a.extend_from_slice(&kind.to_ne_bytes());
        a.extend_from_slice(payload);
        a.resize(a.len().next_multiple_of(4), 0);
        a
    }

    /// An `RTM_NEWLINK` (16) message as the kernel sends it in a dump:
    /// `struct nlmsghdr`, `struct ifinfomsg`, `IFLA_IFNAME` (3) and
    /// `IFLA_LINKINFO` (18) holding `IFLA_INFO_KIND` (1) and, when given,
    /// `IFLA_INFO_DATA` (2) with `IFLA_VRF_TABLE` (1, a `u32`), from
    /// `linux/rtnetlink.h` and `linux/if_link.h`.
    fn newlink(ifindex: i32, name: &str, kind: &str, table: Option<u32>) -> Vec<u8> {
        // Strings with their NUL, as `nla_put_string` writes them.
        let mut info = attr(1, &[kind.as_bytes(), b"\0"].concat());
        if let Some(table) = table {
            info.extend(attr(2, &attr(1, &table.to_ne_bytes())));
        }
        let mut body = vec![0u8; 16]; // ifinfomsg: family, pad, type, index, flags, change
        body[4..8].copy_from_slice(&ifindex.to_ne_bytes());
        body.extend(attr(3, &[name.as_bytes(), b"\0"].concat()));
        body.extend(attr(18, &info));
        let mut msg = Vec::new();
        msg.extend_from_slice(&(16 + body.len() as u32).to_ne_bytes());
        msg.extend_from_slice(&16u16.to_ne_bytes()); // RTM_NEWLINK
        msg.extend_from_slice(&2u16.to_ne_bytes()); // NLM_F_MULTI
        msg.extend_from_slice(&[0; 8]); // seq, port id
        msg.extend(body);
        msg
    }

    fn listing(json: bool, messages: &[Vec<u8>]) -> String {
        let mut out = Vec::new();
        let mut listing = VrfListing::new(&mut out, json, false).unwrap();
        for bytes in messages {
            let msg = nlwire::Message::parse(bytes).unwrap();
            listing.link(&Link::parse(&msg).unwrap()).unwrap();
        }
        listing.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    /// ip 6.1's `ipvrf_show` and `ipvrf_print`: the heading `%-16s  %5s`
    /// of `Name` and `Table` and 23 dashes, then `%-16s %5u` a VRF (the
    /// name padded to 16, a space, the table right-aligned in 5), links of
    /// other kinds and a VRF without a table left out; in JSON `name` and
    /// `table` only (a line of its own, as ip ends its JSON).
    #[test]
    fn vrfs_are_listed_as_ip_prints_them() {
        let links = [
            newlink(2, "blue", "vrf", Some(10)),
            newlink(3, "v0", "veth", None),
            newlink(4, "vrf-red-1234567", "vrf", Some(4_000_000)),
            newlink(5, "broken", "vrf", None),
        ];
        assert_eq!(
            listing(false, &links),
            "Name              Table\n\
             -----------------------\n\
             blue                10\n\
             vrf-red-1234567  4000000\n"
        );
        assert_eq!(
            listing(true, &links),
            "[{\"name\":\"blue\",\"table\":10},{\"name\":\"vrf-red-1234567\",\"table\":4000000}]\n"
        );
    }

    /// No VRF: the heading and `No VRF has been configured`; `[]` in JSON.
    #[test]
    fn no_vrf_is_said_so() {
        let links = [newlink(3, "v0", "veth", None)];
        assert_eq!(
            listing(false, &links),
            "Name              Table\n-----------------------\nNo VRF has been configured\n"
        );
        assert_eq!(listing(true, &links), "[]\n");
    }
}
