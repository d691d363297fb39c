//! `nlw wg show ...`: WireGuard devices printed as wireguard-tools' `wg show`
//! prints them (its `src/show.c`). wg colours its text only when stdout is
//! a terminal (`terminal_printf`); nlw never does, so its output is what wg
//! prints into a pipe or a file.
//!
//! ```sh
//! nlw wg show [DEV | all | interfaces] [public-key | private-key | listen-port | fwmark | peers
//!             | preshared-keys | endpoints | allowed-ips | latest-handshakes | transfer
//!             | persistent-keepalive | dump]
//! nlw wg help
//! ```
//!
//! As `wg`: the devices of `all` are the links of kind `wireguard` (a
//! route-netlink dump, nothing asked of the `wireguard` family when there
//! are none); a device is read with one `WG_CMD_GET_DEVICE` dump; a kernel
//! without WireGuard is `Unable to access interface: Protocol not supported`
//! (wg turns the controller's `ENOENT` into `EPROTONOSUPPORT`); the private
//! and preshared keys are `(hidden)` unless `WG_HIDE_KEYS=never`; usage
//! errors exit 1. Unlike `wg`, a bad field name is refused before anything
//! is sent (wg reads the device first), and userspace implementations
//! (`/var/run/wireguard/*.sock`) are not asked.
//!
//! The printing is [`write_pretty`] and [`write_field`]: functions of the
//! decoded device and an [`Environment`] (the clock, `WG_HIDE_KEYS`, names
//! of interfaces), so that they are tested without a kernel.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::io::Write as _;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::time::{Duration, SystemTime};

use nlwire::link::{Dump, Link, IFNAME_MAX};
use nlwire::wireguard::{Key, FAMILY_NAME};
use nlwire_std::{Genl, WgDevice, WgPeer};
use rustix::io::Errno;

use crate::names::Names;
use crate::{strerror, CliError, Result};

/// `wg show`'s usage line (`show_usage`), on stderr.
const SHOW_USAGE: &str = "Usage: nlw wg show { <interface> | all | interfaces } [public-key | private-key | \
listen-port | fwmark | peers | preshared-keys | endpoints | allowed-ips | latest-handshakes | transfer | \
persistent-keepalive | dump]";

/// `wg`'s usage (`show_usage` of `wg.c`) for the one subcommand nlw has.
const USAGE: &str = "Usage: nlw wg <cmd> [<args>]

Available subcommands:
  show: Shows the current configuration and device information
You may pass `--help' to any of these subcommands to view usage.";

/// The subcommands of `wg` that nlw does not have.
const OTHER_SUBCOMMANDS: [&str; 8] =
    ["showconf", "set", "setconf", "addconf", "syncconf", "genkey", "genpsk", "pubkey"];

/// A parsed `nlw wg` command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WgCommand {
    /// `wg help` (or `-h`, `--help`): the usage on stdout, exit 0.
    Help,
    /// `wg show help` (or `-h`, `--help`): `show`'s usage on stderr, exit 0.
    ShowHelp,
    /// `wg show ...` (and `wg` alone).
    Show(Show),
}

/// What `wg show` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Show {
    /// Which devices.
    pub target: Target,
    /// One field, tab-separated, or the whole device for people (`None`).
    pub field: Option<Field>,
}

/// The devices of a [`Show`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Every WireGuard link (`all`, or nothing).
    All,
    /// Only the names of the WireGuard links (`interfaces`).
    Interfaces,
    /// One device, by name.
    Device(String),
}

/// The fields `wg show DEV FIELD` prints, one line each (of the device, or
/// of each peer), for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    PublicKey,
    PrivateKey,
    ListenPort,
    Fwmark,
    Peers,
    PresharedKeys,
    Endpoints,
    AllowedIps,
    LatestHandshakes,
    Transfer,
    PersistentKeepalive,
    /// Every field: the device on one line, then a line per peer.
    Dump,
}

impl Field {
    /// wg's names of the fields (`ugly_print`).
    const NAMES: [(&'static str, Field); 12] = [
        ("public-key", Field::PublicKey),
        ("private-key", Field::PrivateKey),
        ("listen-port", Field::ListenPort),
        ("fwmark", Field::Fwmark),
        ("peers", Field::Peers),
        ("preshared-keys", Field::PresharedKeys),
        ("endpoints", Field::Endpoints),
        ("allowed-ips", Field::AllowedIps),
        ("latest-handshakes", Field::LatestHandshakes),
        ("transfer", Field::Transfer),
        ("persistent-keepalive", Field::PersistentKeepalive),
        ("dump", Field::Dump),
    ];

    /// The field named `name` (exactly, as wg compares).
    fn parse(name: &str) -> Result<Self> {
        Field::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f)
            .ok_or_else(|| usage_error(format!("Invalid parameter: `{name}'\n{SHOW_USAGE}")))
    }
}

/// A usage error: its text on stderr and exit 1, as wg.
fn usage_error(message: String) -> CliError {
    CliError::exit(1, message)
}

impl WgCommand {
    /// Parses the words after `wg` as wg's `main` and `show_main` read them.
    pub fn parse(words: &[String]) -> Result<Self> {
        let Some((sub, rest)) = words.split_first() else {
            return Ok(WgCommand::Show(Show { target: Target::All, field: None }));
        };
        match (sub.as_str(), rest) {
            ("-h" | "--help" | "help", []) => Ok(WgCommand::Help),
            ("show", _) => Self::parse_show(rest),
            (other, _) if OTHER_SUBCOMMANDS.contains(&other) => {
                Err(usage_error(format!("nlw wg: `{other}' is not implemented (only `show' is)\n{USAGE}")))
            }
            (other, _) => Err(usage_error(format!("Invalid subcommand: `{other}'\n{USAGE}"))),
        }
    }

    fn parse_show(args: &[String]) -> Result<Self> {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let field = |name: Option<&&str>| name.map(|n| Field::parse(n)).transpose();
        match args.as_slice() {
            [_, _, _, ..] | ["interfaces", _] => Err(usage_error(SHOW_USAGE.to_owned())),
            [] => Ok(WgCommand::Show(Show { target: Target::All, field: None })),
            ["all", rest @ ..] => {
                Ok(WgCommand::Show(Show { target: Target::All, field: field(rest.first())? }))
            }
            ["interfaces"] => Ok(WgCommand::Show(Show { target: Target::Interfaces, field: None })),
            ["-h" | "--help" | "help"] => Ok(WgCommand::ShowHelp),
            [dev, rest @ ..] => Ok(WgCommand::Show(Show {
                target: Target::Device((*dev).to_owned()),
                field: field(rest.first())?,
            })),
        }
    }

    /// Runs the command in `netns` (or here), printing to stdout.
    pub fn run(&self, netns: Option<&OsStr>) -> Result<()> {
        match self {
            WgCommand::Help => Ok(writeln!(std::io::stdout(), "{USAGE}")?),
            WgCommand::ShowHelp => {
                eprintln!("{SHOW_USAGE}");
                Ok(())
            }
            WgCommand::Show(show) => show.run(netns),
        }
    }
}

impl Show {
    fn run(&self, netns: Option<&OsStr>) -> Result<()> {
        let now = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let show_keys = std::env::var_os("WG_HIDE_KEYS").is_some_and(|v| v == "never");
        let mut stdout = std::io::stdout().lock();
        let name = match &self.target {
            Target::Device(name) => name,
            Target::Interfaces => {
                let names = wireguard_links(netns)?;
                if !names.is_empty() {
                    writeln!(stdout, "{}", names.join(" "))?;
                }
                return Ok(());
            }
            Target::All => {
                let names = wireguard_links(netns)?;
                if names.is_empty() {
                    return Ok(());
                }
                let mut genl = crate::open_genl(netns)?;
                // wg: 1 when there were devices and none could be read.
                let mut failed = true;
                for (i, name) in names.iter().enumerate() {
                    let dev = match read_device(&mut genl, name) {
                        Ok(dev) => dev,
                        Err(why) => {
                            eprintln!("Unable to access interface {name}: {why}");
                            continue;
                        }
                    };
                    let env = Environment::of(&dev, netns, now, show_keys)?;
                    let mut text = String::new();
                    match self.field {
                        Some(field) => write_field(&mut text, &dev, field, true, &env),
                        None => {
                            write_pretty(&mut text, &dev, &env);
                            // A blank line before the next device, read or not.
                            if i + 1 < names.len() {
                                text.push('\n');
                            }
                        }
                    }
                    stdout.write_all(text.as_bytes())?;
                    failed = false;
                }
                return match failed {
                    true => Err(CliError::exit(1, String::new())),
                    false => Ok(()),
                };
            }
        };
        let mut genl = crate::open_genl(netns)?;
        let dev = read_device(&mut genl, name)
            .map_err(|why| CliError::exit(1, format!("Unable to access interface: {why}")))?;
        let env = Environment::of(&dev, netns, now, show_keys)?;
        let mut text = String::new();
        match self.field {
            Some(field) => write_field(&mut text, &dev, field, false, &env),
            None => write_pretty(&mut text, &dev, &env),
        }
        stdout.write_all(text.as_bytes())?;
        Ok(())
    }
}

/// The names of the links of kind `wireguard`, in the kernel's order
/// (wireguard-tools' `kernel_get_wireguard_interfaces`: a route-netlink
/// dump, the `wireguard` family is not asked).
fn wireguard_links(netns: Option<&OsStr>) -> Result<Vec<String>> {
    let mut ipr = crate::open_route(netns)?;
    let cannot =
        |e: nlwire_std::Error| CliError::exit(1, format!("Unable to list interfaces: {}", error_text(&e)));
    let mut names = Vec::new();
    let mut dump = ipr.dump(&Dump::default()).map_err(cannot)?;
    while let Some(msg) = dump.next().map_err(cannot)? {
        let link = Link::parse(&msg)?;
        let kind = match link.linkinfo()? {
            Some(info) => info.kind()?,
            None => None,
        };
        if let (Some(name), Some(FAMILY_NAME)) = (link.ifname()?, kind) {
            names.push(name.to_owned());
        }
    }
    Ok(names)
}

/// The device `name`, or why not in `strerror`'s words, as wg's `perror`
/// prints them (`kernel_get_device`).
fn read_device(genl: &mut Genl, name: &str) -> Result<WgDevice, String> {
    // wg checks the length before asking anything (`IFNAMSIZ`).
    if name.len() > IFNAME_MAX {
        return Err(strerror(ENAMETOOLONG));
    }
    let mut wg = genl.wireguard();
    match wg.family_id() {
        Ok(_) => {}
        // `mnlg_socket_open`: the controller's ENOENT becomes
        // EPROTONOSUPPORT.
        Err(nlwire_std::Error::NotFound(_)) => return Err(strerror(EPROTONOSUPPORT)),
        Err(e) => return Err(error_text(&e)),
    }
    // A name no device can have (empty, or with a '/'), which nlwire does
    // not send: the kernel's answer to it.
    if name.is_empty() || name.contains('/') {
        return Err(strerror(ENODEV));
    }
    wg.device(name).map_err(|e| error_text(&e))
}

const ENAMETOOLONG: i32 = Errno::NAMETOOLONG.raw_os_error();
const EPROTONOSUPPORT: i32 = Errno::PROTONOSUPPORT.raw_os_error();
const ENODEV: i32 = Errno::NODEV.raw_os_error();

/// An error as `perror` words it: `strerror` of its errno, else nlw's text.
fn error_text(e: &nlwire_std::Error) -> String {
    e.errno().map_or_else(|| e.to_string(), strerror)
}

/// What `wg show` prints a device with besides the device: the time, the
/// `WG_HIDE_KEYS` setting, and the names of interfaces (`getnameinfo` names
/// the scope of a link-local endpoint).
#[derive(Default)]
pub struct Environment {
    /// Seconds since the epoch, for `latest handshake: ... ago`.
    pub now: u64,
    /// `WG_HIDE_KEYS=never`: the private and preshared keys are printed
    /// rather than `(hidden)`.
    pub show_keys: bool,
    /// Interface names by index.
    pub names: Names,
}

impl Environment {
    /// The environment of `dev` in `netns`: the names of interfaces are read
    /// only when an endpoint has a scope.
    fn of(dev: &WgDevice, netns: Option<&OsStr>, now: u64, show_keys: bool) -> Result<Self> {
        let scoped =
            dev.peers.iter().any(|p| matches!(p.endpoint, Some(SocketAddr::V6(a)) if a.scope_id() != 0));
        let names = match scoped {
            true => Names::load(&mut crate::open_route(netns)?)?,
            false => Names::default(),
        };
        Ok(Environment { now, show_keys, names })
    }
}

/// The device as `wg show DEV` prints it for people (`pretty_print`): the
/// device's lines, then a blank line and the peers, most recent handshake
/// first (wg sorts them; peers without one come last, equal ones keep the
/// kernel's order), a blank line between peers. Lines of values not set are
/// left out.
pub fn write_pretty(out: &mut String, dev: &WgDevice, env: &Environment) {
    let _ = writeln!(out, "interface: {}", dev.ifname);
    if let Some(key) = &dev.public_key {
        let _ = writeln!(out, "  public key: {}", base64(key));
    }
    if let Some(key) = &dev.private_key {
        let _ = writeln!(out, "  private key: {}", masked(key, env));
    }
    if dev.listen_port != 0 {
        let _ = writeln!(out, "  listening port: {}", dev.listen_port);
    }
    if dev.fwmark != 0 {
        let _ = writeln!(out, "  fwmark: {:#x}", dev.fwmark);
    }
    let mut peers: Vec<&WgPeer> = dev.peers.iter().collect();
    // Stable: a later handshake first, none last.
    peers.sort_by_key(|p| std::cmp::Reverse(handshake(p)));
    for peer in &peers {
        // A blank line after the device and between peers.
        out.push('\n');
        let _ = writeln!(out, "peer: {}", base64(&peer.public_key));
        if let Some(key) = &peer.preshared_key {
            let _ = writeln!(out, "  preshared key: {}", masked(key, env));
        }
        if let Some(endpoint) = peer.endpoint {
            let _ = writeln!(out, "  endpoint: {}", endpoint_text(endpoint, &env.names));
        }
        let _ = writeln!(out, "  allowed ips: {}", ips(&peer.allowed_ips, ", "));
        let seconds = handshake_seconds(peer);
        if seconds != 0 {
            let _ = writeln!(out, "  latest handshake: {}", ago(seconds, env.now));
        }
        if peer.rx_bytes != 0 || peer.tx_bytes != 0 {
            let _ =
                writeln!(out, "  transfer: {} received, {} sent", bytes(peer.rx_bytes), bytes(peer.tx_bytes));
        }
        if peer.persistent_keepalive != 0 {
            let _ = writeln!(
                out,
                "  persistent keepalive: every {}",
                duration_words(peer.persistent_keepalive.into())
            );
        }
    }
}

/// One field of the device as `wg show DEV FIELD` prints it (`ugly_print`,
/// `dump_print`), tab-separated, each line starting with the device's name
/// when `with_interface` (`wg show all FIELD`). Peers are in the kernel's
/// order.
pub fn write_field(out: &mut String, dev: &WgDevice, field: Field, with_interface: bool, env: &Environment) {
    let name = match with_interface {
        true => format!("{}\t", dev.ifname),
        false => String::new(),
    };
    let fwmark = match dev.fwmark {
        0 => "off".to_owned(),
        mark => format!("{mark:#x}"),
    };
    let _ = match field {
        Field::PublicKey => writeln!(out, "{name}{}", maybe_key(dev.public_key.as_ref())),
        Field::PrivateKey => writeln!(out, "{name}{}", maybe_key(dev.private_key.as_ref())),
        Field::ListenPort => writeln!(out, "{name}{}", dev.listen_port),
        Field::Fwmark => writeln!(out, "{name}{fwmark}"),
        Field::Peers => dev.peers.iter().try_for_each(|p| writeln!(out, "{name}{}", base64(&p.public_key))),
        Field::Endpoints => {
            // wg prints the name once, before the peers (even when there
            // are none).
            out.push_str(&name);
            dev.peers
                .iter()
                .try_for_each(|p| writeln!(out, "{}\t{}", base64(&p.public_key), maybe_endpoint(p, env)))
        }
        Field::Dump => {
            let _ = writeln!(
                out,
                "{name}{}\t{}\t{}\t{fwmark}",
                maybe_key(dev.private_key.as_ref()),
                maybe_key(dev.public_key.as_ref()),
                dev.listen_port,
            );
            dev.peers.iter().try_for_each(|p| {
                writeln!(
                    out,
                    "{name}{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    base64(&p.public_key),
                    maybe_key(p.preshared_key.as_ref()),
                    maybe_endpoint(p, env),
                    ips(&p.allowed_ips, ","),
                    handshake_seconds(p),
                    p.rx_bytes,
                    p.tx_bytes,
                    keepalive(p)
                )
            })
        }
        // `KEY\tVALUE` for each peer.
        Field::AllowedIps
        | Field::LatestHandshakes
        | Field::Transfer
        | Field::PersistentKeepalive
        | Field::PresharedKeys => dev.peers.iter().try_for_each(|p| {
            let value = match field {
                Field::AllowedIps => ips(&p.allowed_ips, " "),
                Field::LatestHandshakes => handshake_seconds(p).to_string(),
                Field::Transfer => format!("{}\t{}", p.rx_bytes, p.tx_bytes),
                Field::PersistentKeepalive => keepalive(p),
                // `preshared-keys`.
                _ => maybe_key(p.preshared_key.as_ref()),
            };
            writeln!(out, "{name}{}\t{value}", base64(&p.public_key))
        }),
    };
}

/// A key in base64 (44 characters, `=`-padded), as wg's `key_to_base64`.
fn base64(key: &Key) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(44);
    for chunk in key.chunks(3) {
        let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let bits = byte(0) << 16 | byte(1) << 8 | byte(2);
        for i in 0..4 {
            match i <= chunk.len() {
                true => out.push(char::from(ALPHABET[(bits >> (18 - 6 * i)) as usize & 63])),
                false => out.push('='),
            }
        }
    }
    out
}

/// `maybe_key`: the key, or `(none)`.
fn maybe_key(key: Option<&Key>) -> String {
    key.map_or_else(|| "(none)".to_owned(), base64)
}

/// `masked_key`: `(hidden)` unless `WG_HIDE_KEYS=never`.
fn masked(key: &Key, env: &Environment) -> String {
    match env.show_keys {
        true => base64(key),
        false => "(hidden)".to_owned(),
    }
}

/// The peer's endpoint, or `(none)`.
fn maybe_endpoint(peer: &WgPeer, env: &Environment) -> String {
    peer.endpoint.map_or_else(|| "(none)".to_owned(), |e| endpoint_text(e, &env.names))
}

/// The keepalive interval in seconds, or `off`.
fn keepalive(peer: &WgPeer) -> String {
    match peer.persistent_keepalive {
        0 => "off".to_owned(),
        s => s.to_string(),
    }
}

/// The allowed IPs as `ADDR/CIDR` joined by `separator`, or `(none)`.
fn ips(ips: &[nlwire::wireguard::AllowedIp], separator: &str) -> String {
    if ips.is_empty() {
        return "(none)".to_owned();
    }
    let texts: Vec<String> = ips.iter().map(|ip| format!("{}/{}", ntop(ip.addr), ip.cidr)).collect();
    texts.join(separator)
}

/// An address as glibc's `inet_ntop` writes it: as Rust does, but for an
/// IPv6 address of six zero groups then a non-zero one (`::a.b.c.d`, the old
/// IPv4-compatible form), written dotted.
fn ntop(addr: IpAddr) -> String {
    match addr {
        IpAddr::V6(v6) if v6.segments()[..6] == [0; 6] && v6.segments()[6] != 0 => {
            let [.., a, b, c, d] = v6.octets();
            format!("::{a}.{b}.{c}.{d}")
        }
        addr => addr.to_string(),
    }
}

/// `getnameinfo(NI_NUMERICHOST | NI_NUMERICSERV)` then wg's `%s:%s` or
/// `[%s]:%s`: an IPv6 scope is `%NAME` for a link-local (unicast or
/// multicast) address on an interface that has a name, else `%NUMBER`; the
/// flow label is not shown.
fn endpoint_text(endpoint: SocketAddr, names: &Names) -> String {
    match endpoint {
        SocketAddr::V4(a) => format!("{}:{}", a.ip(), a.port()),
        SocketAddr::V6(a) => {
            let mut host = ntop(IpAddr::V6(*a.ip()));
            let scope = a.scope_id();
            if scope != 0 {
                let link_local = is_link_local(a.ip());
                match link_local && names.knows(scope) {
                    true => {
                        let _ = write!(host, "%{}", names.get(scope));
                    }
                    false => {
                        let _ = write!(host, "%{scope}");
                    }
                }
            }
            format!("[{host}]:{}", a.port())
        }
    }
}

/// `IN6_IS_ADDR_LINKLOCAL` (fe80::/10) or `IN6_IS_ADDR_MC_LINKLOCAL`
/// (ff02::/16 and other multicast of scope 2).
fn is_link_local(ip: &Ipv6Addr) -> bool {
    let [first, ..] = ip.segments();
    first & 0xffc0 == 0xfe80 || first & 0xff0f == 0xff02
}

/// The last handshake since the epoch (`None`: never, both fields zero).
fn handshake(peer: &WgPeer) -> Option<Duration> {
    peer.last_handshake.and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
}

/// Its seconds (`tv_sec`, 0 for never), which is what wg prints and tests.
fn handshake_seconds(peer: &WgPeer) -> u64 {
    handshake(peer).map_or(0, |d| d.as_secs())
}

/// `ago`: `Now`, the clock warning, or the time since `then` in words.
fn ago(then: u64, now: u64) -> String {
    match now.checked_sub(then) {
        Some(0) => "Now".to_owned(),
        Some(since) => format!("{} ago", duration_words(since)),
        None => "(System clock wound backward; connection problems may ensue.)".to_owned(),
    }
}

/// `pretty_time`: years (of 365 days), days, hours, minutes and seconds,
/// the ones that are not zero, `1 minute, 5 seconds`.
fn duration_words(seconds: u64) -> String {
    let units = [
        ("year", seconds / (365 * 24 * 3600)),
        ("day", seconds % (365 * 24 * 3600) / (24 * 3600)),
        ("hour", seconds % (24 * 3600) / 3600),
        ("minute", seconds % 3600 / 60),
        ("second", seconds % 60),
    ];
    let mut out = String::new();
    for (unit, n) in units.into_iter().filter(|(_, n)| *n != 0) {
        if !out.is_empty() {
            out.push_str(", ");
        }
        let _ = write!(out, "{n} {unit}{}", if n == 1 { "" } else { "s" });
    }
    out
}

/// `bytes`: under 1 KiB in bytes, else in KiB, MiB, GiB or TiB with two
/// decimals (`%.2f`: the exact binary value rounded half to even, as Rust's
/// `{:.2}` rounds).
fn bytes(b: u64) -> String {
    const KIB: u64 = 1024;
    let x = b as f64;
    match b {
        _ if b < KIB => format!("{b} B"),
        _ if b < KIB * KIB => format!("{:.2} KiB", x / 1024.0),
        _ if b < KIB * KIB * KIB => format!("{:.2} MiB", x / (1024.0 * 1024.0)),
        _ if b < KIB * KIB * KIB * KIB => format!("{:.2} GiB", x / (1024.0 * 1024.0 * 1024.0)),
        _ => format!("{:.2} TiB", x / (1024.0 * 1024.0 * 1024.0) / 1024.0),
    }
}

#[cfg(test)]
mod tests;
