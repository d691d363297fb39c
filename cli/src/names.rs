//! Names as `ip` prints them: interface names by index, flag lists, hardware
//! addresses.

use std::cell::RefCell;
use std::mem::MaybeUninit;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};

use nlwire::addr::AddrFlags;
use nlwire::link::{Dump, IfFlags, Link, RtextFilter, IFF_NAMES};
use nlwire::nsid::{self, NetNs, NsId};
use nlwire_rustix::netns;
use nlwire_std::{IPRoute, OwnedMessage};
use rustix::net::netdevice::InlinedName;

use crate::Result;

/// Interface names by index, from one link dump, sorted by index: a route
/// dump looks one up per route. Each name is kept with whether its link is
/// up, which ip shows on the links stacked on it (`M-DOWN`), and its
/// transmit queue length, which ip asks the device for when a link message
/// lacks it (the kernel's IPv6 view of a link, `ip -6 address`).
///
/// With them, the names of the namespaces the links' peers live in (ip's
/// `link-netns NAME`), by the ids this namespace gave them.
#[derive(Default)]
pub struct Names {
    links: Vec<Entry>,
    /// Some link's peer is in another namespace (`IFLA_LINK_NETNSID`).
    peers_elsewhere: bool,
    /// `(nsid, name)` of the named namespaces (`/run/netns`) with an id here.
    namespaces: Vec<(i32, String)>,
    /// A socket of the namespace, when names are asked of the kernel one
    /// at a time as they are needed ([`Names::on_demand`]).
    ask: Option<OwnedFd>,
    /// That namespace (`-n NAME`), where a name too long for `ask` is
    /// looked for ([`Names::index`]).
    netns: Option<std::ffi::OsString>,
    /// The links asked for and not known yet, with the kernel's answers,
    /// to be kept between two printed objects ([`Names::learn_asked`]).
    asked: RefCell<Vec<(u32, Option<InlinedName>)>>,
}

struct Entry {
    index: u32,
    name: String,
    up: bool,
    txqlen: Option<u32>,
    /// Its alternative names (`altname`), by which ip finds it too.
    altnames: Vec<String>,
}

impl Entry {
    /// A link an event named, the rest unknown.
    fn named(index: u32, name: &str, up: bool) -> Entry {
        Entry { index, name: name.to_owned(), up, txqlen: None, altnames: Vec::new() }
    }
}

impl Names {
    /// Dumps the links once, without their counters (the kernel's work for
    /// each link roughly halves), an error as the cli's: each caller's `?`
    /// passes a pointer on rather than moving `nlwire_std`'s 48-byte error.
    pub fn load(ipr: &mut IPRoute) -> Result<Self> {
        let mut names = Names::default();
        let without_counters = Dump { ext_mask: RtextFilter::SKIP_STATS, ..Dump::default() };
        let mut dump = crate::session::dump(ipr, &without_counters)?;
        while let Some(msg) = dump.next()? {
            names.push(&Link::parse(&msg)?)?;
        }
        drop(dump);
        names.name_namespaces(ipr);
        Ok(names.sorted())
    }
    /// No names yet: each is asked of the kernel when first needed, by
    /// index (`SIOCGIFNAME` on a copy of `ipr`'s socket, which answers in
    /// its namespace, also while a dump is under way), as ip's
    /// `ll_index_to_name` asks for each link it meets. A route dump names a
    /// few links; dumping them all first took longer than the routes in a
    /// namespace of 1,000 links (BENCHMARKS.md). Only names are known this
    /// way: not whether a link is up, its queue length or its peers.
    pub fn on_demand(ctx: &crate::Ctx) -> Result<Self> {
        let ask = ctx.ipr.socket().as_fd().try_clone_to_owned()?;
        Ok(Names { ask: Some(ask), netns: ctx.netns.clone(), ..Names::default() })
    }
    /// Keeps the names [`get`](Names::get) asked the kernel for since the
    /// last call, so that each link is asked for once: a printer borrows
    /// the list, and the loop around it calls this between two objects.
    /// A link the kernel does not know is kept as ip names it, `if123`.
    pub fn learn_asked(&mut self) {
        for (ifindex, name) in std::mem::take(self.asked.get_mut()) {
            if let Err(at) = self.find(ifindex) {
                let entry = match name {
                    Some(name) => Entry::named(ifindex, name.as_str(), true),
                    None => Entry::named(ifindex, &unknown(ifindex), true),
                };
                self.links.insert(at, entry);
            }
        }
    }
    /// Finds the names of the namespaces the links' peers are in, when
    /// some are elsewhere: ip's `link-netns NAME` (see [`Names::namespace`]).
    /// As ip, names that cannot be read leave the ids shown as numbers
    /// (`link-netnsid N`): the listing does not fail for them.
    pub fn name_namespaces(&mut self, ipr: &mut IPRoute) {
        if self.peers_elsewhere && self.namespaces.is_empty() {
            self.namespaces = named_ids(ipr).unwrap_or_default();
        }
    }
    /// The name of the namespace this one calls `nsid`, when it has one.
    pub fn namespace(&self, nsid: i32) -> Option<&str> {
        self.namespaces.iter().find(|(id, _)| *id == nsid).map(|(_, name)| name.as_str())
    }
    /// The names of links a command dumped already (`link show` names the
    /// links it prints from their own dump, as ip does: one dump, not two).
    pub fn of_links(links: &[OwnedMessage]) -> Result<Self> {
        let mut names = Names::default();
        for link in links {
            let msg = link.message();
            names.push(&Link::parse(&msg)?)?;
        }
        Ok(names.sorted())
    }
    fn push(&mut self, link: &Link<'_>) -> Result<()> {
        self.peers_elsewhere |= link.link_netnsid()?.is_some();
        if let Some(name) = link.ifname()? {
            self.links.push(Entry {
                index: link.ifindex() as u32,
                name: name.to_owned(),
                up: link.flags().contains(IfFlags::UP),
                txqlen: link.txqlen()?,
                altnames: match link.prop_list()? {
                    Some(props) => {
                        props.alt_ifname().map(|n| n.map(str::to_owned)).collect::<nlwire::Result<_>>()?
                    }
                    None => Vec::new(),
                },
            });
        }
        Ok(())
    }
    fn sorted(mut self) -> Self {
        self.links.sort_unstable_by_key(|e| e.index);
        self.links.dedup_by_key(|e| e.index);
        self
    }
    fn find(&self, ifindex: u32) -> std::result::Result<usize, usize> {
        self.links.binary_search_by_key(&ifindex, |e| e.index)
    }
    /// The name of `ifindex`, or `if123` as iproute2 prints unknown ones.
    /// An [`on_demand`](Names::on_demand) list asks the kernel for a link
    /// it does not know yet ([`learn_asked`](Names::learn_asked) keeps it).
    pub fn get(&self, ifindex: u32) -> std::borrow::Cow<'_, str> {
        if let Ok(at) = self.find(ifindex) {
            return self.links[at].name.as_str().into();
        }
        let Some(ask) = &self.ask else {
            return unknown(ifindex).into();
        };
        let name = rustix::net::netdevice::index_to_name_inlined(ask, ifindex).ok();
        self.asked.borrow_mut().push((ifindex, name));
        name.map_or_else(|| unknown(ifindex), |name| name.as_str().to_owned()).into()
    }
    /// Whether the link `ifindex` is up; an unknown one counts as up, as
    /// ip's `ll_index_to_flags` gives every flag (-1) for it (`monitor
    /// file`'s links stacked on one not read yet show no `M-DOWN`).
    pub fn is_up(&self, ifindex: u32) -> bool {
        self.find(ifindex).map_or(true, |at| self.links[at].up)
    }
    /// The transmit queue length of `ifindex`, when the dump gave it.
    pub fn txqlen(&self, ifindex: u32) -> Option<u32> {
        self.find(ifindex).ok().and_then(|at| self.links[at].txqlen)
    }
    /// Whether the name of `ifindex` is known.
    pub fn knows(&self, ifindex: u32) -> bool {
        self.find(ifindex).is_ok()
    }
    /// Records a name (and whether the link is up) seen in an event.
    pub fn learn(&mut self, ifindex: u32, name: &str, up: bool) {
        match self.find(ifindex) {
            Ok(at) if self.links[at].name == name => self.links[at].up = up,
            Ok(at) => self.links[at] = Entry::named(ifindex, name, up),
            Err(at) => self.links.insert(at, Entry::named(ifindex, name, up)),
        }
    }
    /// Adds the links of `newer` not known here, keeping what events told
    /// of the others: their state when the event was sent, not now (a
    /// monitor behind the kernel would otherwise print a later `M-DOWN`).
    pub fn add_unknown(&mut self, newer: Names) {
        for entry in newer.links {
            if let Err(at) = self.find(entry.index) {
                self.links.insert(at, entry);
            }
        }
    }
    /// The index of the link named `name`, or with `name` among its
    /// alternative names, as the kernel finds it.
    pub fn index(&self, name: &str) -> Option<u32> {
        if let Some(ask) = &self.ask {
            // `SIOCGIFINDEX` finds alternative names too, those that fit
            // its 15 bytes; a longer one is asked for by `RTM_GETLINK` on
            // a socket of its own, as ip's `ll_link_get` does.
            if name.len() > nlwire::link::IFNAME_MAX {
                let mut ipr = crate::open_route(self.netns.as_deref()).ok()?;
                return ipr.ifindex(&name.into()).ok();
            }
            return rustix::net::netdevice::name_to_index(ask, name).ok();
        }
        let named = |e: &&Entry| e.name == name || e.altnames.iter().any(|alt| alt == name);
        self.links.iter().find(named).map(|e| e.index)
    }
}

/// The name ip gives a link it does not know: `if123`.
fn unknown(ifindex: u32) -> String {
    format!("if{ifindex}")
}

/// The flag list `ip` prints: `NO-CARRIER` for an up link without carrier,
/// then the flags in iproute2's order, `RUNNING` left out, and `M-DOWN`
/// when `lower_down` (the link it is stacked on is down).
pub fn link_flags(flags: IfFlags, lower_down: bool) -> impl Iterator<Item = &'static str> {
    let no_carrier = flags.contains(IfFlags::UP) && !flags.contains(IfFlags::RUNNING);
    no_carrier
        .then_some("NO-CARRIER")
        .into_iter()
        .chain(
            IFF_NAMES
                .iter()
                .filter(move |(bit, _)| *bit != IfFlags::RUNNING.bits() && flags.bits() & bit != 0)
                .map(|(_, name)| *name),
        )
        .chain(lower_down.then_some("M-DOWN"))
}

/// `aa:bb:cc:dd:ee:ff`, on the stack.
pub fn hwaddr(bytes: &[u8]) -> heapless::String<96> {
    let mut s = heapless::String::new();
    let _ = nlwire::fmt::write_hwaddr(&mut s, bytes.get(..32).unwrap_or(bytes));
    s
}

/// ip's `-Numeric`: numbers where ip prints the names of its tables
/// (protocols, scopes, tables, route types, dsfields, realms, groups, IP
/// protocols, link types), chosen once before anything is printed.
static NUMERIC: AtomicBool = AtomicBool::new(false);

/// Prints numbers instead of names from now on (`-N`).
pub fn use_numbers() {
    NUMERIC.store(true, Ordering::Relaxed);
}

#[cfg(test)]
thread_local! {
    /// `-N` for one unit test's thread: the tests share the process.
    static NUMERIC_HERE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// [`use_numbers`] for the calling test's thread alone.
#[cfg(test)]
pub fn use_numbers_in_this_thread() {
    NUMERIC_HERE.with(|numeric| numeric.set(true));
}

/// Whether `-N` asked for numbers.
fn numeric() -> bool {
    #[cfg(test)]
    if NUMERIC_HERE.with(std::cell::Cell::get) {
        return true;
    }
    NUMERIC.load(Ordering::Relaxed)
}

/// The name `lookup` finds, unless `-N` asked for numbers (then it is not
/// looked up): each printer of a table's name asks here.
pub fn unless_numeric<T>(lookup: impl FnOnce() -> Option<T>) -> Option<T> {
    if numeric() {
        None
    } else {
        lookup()
    }
}

/// The name in a `(value, name)` table, or the number.
pub fn name_or_number(table: &'static [(u32, &'static str)], value: u32) -> std::borrow::Cow<'static, str> {
    match nlwire::link::name_of(table, value) {
        Some(n) => n.into(),
        None => value.to_string().into(),
    }
}

/// A number as iproute2's `get_u32(.., 0)` reads it (C's `strtoul` in base
/// 0): `0x` hexadecimal, a leading `0` octal, else decimal, digits only.
/// nlw's one reader of such numbers.
///
/// `0x28` is 40, `010` is 8, `10` is 10.
pub fn c_number(s: &str) -> Option<u64> {
    let (digits, radix) = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => (hex, 16),
        None if s.len() > 1 && s.starts_with('0') => (&s[1..], 8),
        None => (s, 10),
    };
    let all_digits = !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix));
    all_digits.then(|| u64::from_str_radix(digits, radix).ok()).flatten()
}

/// The files that name numbers for ip: each line `NUMBER NAME` (or, for
/// `/etc/protocols`, `NAME NUMBER`), `#` comments.
#[derive(Clone, Copy)]
pub enum NameFile {
    /// `/etc/iproute2/rt_dsfield`: TOS values (`0x28 AF11`).
    DsField,
    /// `/etc/iproute2/rt_realms`.
    Realms,
    /// `/etc/protocols`: IP protocols.
    Protocols,
}

impl NameFile {
    fn entries(self) -> Vec<(u64, String)> {
        let (path, number_first) = match self {
            NameFile::DsField => ("/etc/iproute2/rt_dsfield", true),
            NameFile::Realms => ("/etc/iproute2/rt_realms", true),
            NameFile::Protocols => ("/etc/protocols", false),
        };
        let text = std::fs::read_to_string(path).unwrap_or_default();
        name_lines(&text, number_first).collect()
    }
    /// The name of `value`, if the file has one.
    pub fn name(self, value: u64) -> Option<String> {
        self.entries().into_iter().find(|(v, _)| *v == value).map(|(_, n)| n)
    }
    /// The value named `name`, if the file has it.
    pub fn value(self, name: &str) -> Option<u64> {
        self.entries().into_iter().find(|(_, n)| n == name).map(|(v, _)| v)
    }
}

/// ip 6.1's `ifa_flag_data`: each address flag's word, whether the kernel
/// alone sets it, and whether it is for IPv6 addresses only; in ip's order,
/// which its printer follows (`temporary` is `secondary` of IPv6).
pub const ADDR_FLAGS: [(&str, AddrFlags, bool, bool); 13] = [
    ("secondary", AddrFlags::SECONDARY, true, false),
    ("temporary", AddrFlags::SECONDARY, true, false),
    ("nodad", AddrFlags::NODAD, false, true),
    ("optimistic", AddrFlags::OPTIMISTIC, false, true),
    ("dadfailed", AddrFlags::DADFAILED, true, true),
    ("home", AddrFlags::HOMEADDRESS, false, true),
    ("deprecated", AddrFlags::DEPRECATED, true, true),
    ("tentative", AddrFlags::TENTATIVE, true, true),
    ("permanent", AddrFlags::PERMANENT, true, true),
    ("mngtmpaddr", AddrFlags::MANAGETEMPADDR, false, true),
    ("noprefixroute", AddrFlags::NOPREFIXROUTE, false, false),
    ("autojoin", AddrFlags::MCAUTOJOIN, false, false),
    ("stable-privacy", AddrFlags::STABLE_PRIVACY, true, true),
];

/// The name of link group `id`: `/etc/iproute2/group`'s (read once), else
/// ip's own `default` for 0, as ip's `rtnl_group_n2a`.
pub fn group_name(id: u32) -> Option<&'static str> {
    let named = group_file().iter().find(|(v, _)| *v == id).map(|(_, n)| n.as_str());
    named.or((id == 0).then_some("default"))
}

/// The link group `name` names (`default`, a name of
/// `/etc/iproute2/group`), or its number in C's bases: ip's
/// `rtnl_group_a2n`.
pub fn group_number(name: &str) -> Option<u32> {
    let named = group_file().iter().find(|(_, n)| n == name).map(|(id, _)| *id);
    named.or((name == "default").then_some(0)).or_else(|| c_number(name).and_then(|n| u32::try_from(n).ok()))
}

/// The groups named in `/etc/iproute2/group`, read once.
fn group_file() -> &'static [(u32, String)] {
    static GROUPS: std::sync::OnceLock<Vec<(u32, String)>> = std::sync::OnceLock::new();
    GROUPS.get_or_init(|| numbered_names(["/etc/iproute2/group".into()]))
}

/// The `(number, name)` lines of the files at `paths`, in order, those of
/// numbers beyond a `u32` left out (a missing file names nothing).
fn numbered_names(paths: impl IntoIterator<Item = std::path::PathBuf>) -> Vec<(u32, String)> {
    let mut names = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        names.extend(name_lines(&text, true).filter_map(|(n, name)| Some((u32::try_from(n).ok()?, name))));
    }
    names
}

/// The `(number, name)` of each line of `text`, `NUMBER NAME` (or `NAME
/// NUMBER`), `#` starting a comment.
fn name_lines(text: &str, number_first: bool) -> impl Iterator<Item = (u64, String)> + '_ {
    text.lines().filter_map(move |line| {
        let mut words = line.split('#').next()?.split_whitespace();
        let (first, second) = (words.next()?, words.next()?);
        let (number, name) = if number_first { (first, second) } else { (second, first) };
        Some((c_number(number)?, name.to_owned()))
    })
}

/// The name of routing table `id`: ip's own (`local`, `main`, `default`,
/// `unspec`), else one of [`table_file`]'s.
pub fn table_name(id: u32) -> Option<&'static str> {
    nlwire::route::table_name(id)
        .or_else(|| table_file().iter().find(|(v, _)| *v == id).map(|(_, n)| n.as_str()))
}

/// The table `name` names, or its number in C's bases: ip's
/// `rtnl_rttable_a2n`.
pub fn table_number(name: &str) -> Option<u32> {
    let named = nlwire::route::TABLE_NAMES.iter().find(|(_, n)| *n == name).map(|(id, _)| *id);
    named
        .or_else(|| table_file().iter().find(|(_, n)| n == name).map(|(id, _)| *id))
        .or_else(|| c_number(name).and_then(|n| u32::try_from(n).ok()))
}

/// The tables named in `/etc/iproute2/rt_tables` and in the
/// `rt_tables.d/*.conf` files (as ip 6.1 reads them), read once, when a
/// table without a name of ip's own is first printed or read.
fn table_file() -> &'static [(u32, String)] {
    static TABLES: std::sync::OnceLock<Vec<(u32, String)>> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut paths = vec![std::path::PathBuf::from("/etc/iproute2/rt_tables")];
        let confs = std::fs::read_dir("/etc/iproute2/rt_tables.d").into_iter().flatten().flatten();
        paths.extend(confs.map(|e| e.path()).filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            !name.starts_with('.') && name.len() > 5 && name.ends_with(".conf")
        }));
        numbered_names(paths)
    })
}

/// The account files: each line `NAME:PASSWORD:ID:...`.
#[derive(Clone, Copy)]
pub enum Accounts {
    /// `/etc/passwd`: users.
    Users,
    /// `/etc/group`: groups.
    Groups,
}

/// The `(name, id)` pairs of `file`, in order.
fn accounts(file: Accounts) -> Vec<(String, u32)> {
    let path = match file {
        Accounts::Users => "/etc/passwd",
        Accounts::Groups => "/etc/group",
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let mut fields = line.split(':');
            let (name, _, id) = (fields.next()?, fields.next()?, fields.next()?);
            Some((name.to_owned(), id.parse().ok()?))
        })
        .collect()
}

/// The name of user or group `id` (`getpwuid`, `getgrgid` over the files).
pub fn account_name(file: Accounts, id: u32) -> Option<String> {
    accounts(file).into_iter().find(|(_, i)| *i == id).map(|(name, _)| name)
}

/// The id of the user or group `name` (`getpwnam`, `getgrnam` over the
/// files): `root` is 0.
pub fn account_id(file: Accounts, name: &str) -> Option<u32> {
    accounts(file).into_iter().find(|(n, _)| n == name).map(|(_, id)| id)
}

/// The named namespaces that have an id here, by the names' order in
/// `/run/netns`.
pub fn named_ids(ipr: &mut IPRoute) -> Result<Vec<(i32, String)>> {
    let mut buf = [MaybeUninit::uninit(); 4096];
    let mut names = netns::list(&mut buf).map_err(nlwire_std::Error::Socket)?;
    let mut ids = Vec::new();
    while let Some(name) = names.next() {
        let name = name.map_err(nlwire_std::Error::Socket)?;
        if let Some(id) = nsid_of(ipr, name) {
            ids.push((id, name.to_owned()));
        }
    }
    Ok(ids)
}

/// The id this namespace gave the named namespace (`ip netns set NAME N`,
/// or a link moved between them), asked with `RTM_GETNSID` on the open
/// namespace file. As ip, a namespace whose id cannot be read is listed
/// without one.
pub fn nsid_of(ipr: &mut IPRoute, name: &str) -> Option<i32> {
    let file = netns::open(netns::Netns::Name(name)).ok()?;
    let fd = u32::try_from(file.as_raw_fd()).ok()?;
    let reply = ipr.get(&nsid::Get { peer: NetNs::Fd(fd), target_nsid: None }).ok()?;
    let message = reply.message();
    // Not assigned: -1.
    NsId::parse(&message).ok()?.nsid().ok()?.filter(|id| *id >= 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_files_read_as_iproute2_reads_them() {
        let text = "# comment\n100 isp1\n0x65\tisp2 # the second uplink\n\nbad\nx y\n";
        let lines: Vec<(u64, String)> = name_lines(text, true).collect();
        assert_eq!(lines, [(100, "isp1".to_owned()), (101, "isp2".to_owned())]);
        let protocols: Vec<(u64, String)> = name_lines("tcp 6 TCP # comment\n", false).collect();
        assert_eq!(protocols, [(6, "tcp".to_owned())]);
    }

    #[test]
    fn numbers_read_as_iproute2_reads_them() {
        for (text, value) in [("0x28", Some(40)), ("0X1f", Some(31)), ("010", Some(8)), ("10", Some(10))] {
            assert_eq!(c_number(text), value, "{text}");
        }
        for text in ["", "0x", "08", "x1", "-1", "1a", "0x+5", "0+5"] {
            assert_eq!(c_number(text), None, "{text}");
        }
        assert_eq!(c_number("0"), Some(0));
    }
}
