//! `nlw`: an `ip`-compatible command over nlwire. The binary (`main.rs`)
//! only calls [`main`]; the library is there so that the parsers can be
//! fuzzed without a socket: [`parse`] reads a command line and
//! [`batch::check`] a batch file, and neither can send anything.
//!
//! ```sh
//! nlw [-j] [-p] [-d] [-s [-s]] [-n NETNS] [-4|-6] link|address|route|neigh|rule show ...
//! nlw link add NAME [link DEV] [SETTING...] type KIND [OPTION...] | del DEV
//! nlw link property add|del [dev] DEV [altname NAME]...
//! nlw link set DEV [up|down|mtu N|master M|nomaster|name N|address A|alias A|txqueuelen N|group G]
//!          [promisc|allmulticast|multicast|arp|dynamic|trailers on|off] [netns NAME|PID]
//!          [type KIND [OPTION...]]     KIND: veth [peer [name] PEER], bridge, bridge_slave, macvlan,
//!          macvtap, vxlan, vlan, bond, bond_slave, ipvlan, vrf, geneve, gre, gretap, ipip, sit, ifb
//! nlw address add|replace|change|del ADDR/LEN dev DEV [label L] [broadcast A|+|-] [scope S]
//!          [valid_lft T] [preferred_lft T] [metric N] [home|nodad|mngtmpaddr|noprefixroute|autojoin]
//! nlw address show|flush|save [[dev] DEV] [up] [master DEV] [type KIND] [scope S] [to PREFIX]
//!          [primary|secondary|permanent|dynamic|tentative|deprecated|dadfailed]
//! nlw address restore|showdump < FILE
//! nlw route add|replace|change|append|del [TYPE] PREFIX [via GW] [dev DEV] [table T] [metric M]
//!           [nexthop via GW [dev DEV] [weight W] [encap ...]]...
//!           [encap ip|ip6|seg6|seg6local|mpls|rpl|ioam6|xfrm ...]
//! nlw route get ADDRESS | show|flush|save [table T|all] [dev DEV] [proto P] [type T] [scope S]
//!           [root|match|exact PREFIX] [vrf NAME]
//! nlw route restore|showdump < FILE
//! nlw link|address show [[dev] DEV] [up] [master DEV|vrf NAME] [type KIND]
//! nlw neigh add|replace|change|del ADDR [lladdr MAC] dev DEV [nud STATE] [router] [use] [managed]
//!          [extern_learn] [protocol P]
//! nlw [-s] neigh add|del proxy ADDR [dev DEV] | show|flush [proxy] [dev DEV] [nud STATE]... [[to] PREFIX]
//!          [master DEV|vrf NAME] [unused] [protocol P|all]
//! nlw neigh get ADDR dev DEV | get proxy ADDR [dev DEV]
//! nlw [-6] rule|mrule add|del|flush|show [not] [from P] [to P] [tos T] [fwmark M[/MASK]] [iif D] [oif D]
//!          [pref N] [l3mdev] [uidrange A-B] [ipproto P] [sport A[-B]] [dport A[-B]] [tun_id N]
//!          [table T|goto N|nop|blackhole|unreachable|prohibit] [suppress_prefixlength N] ...
//! nlw [-s] [-d] qdisc show [dev DEV] [root|ingress|clsact|parent P|handle H] [invisible]
//! nlw [-s] [-d] class show dev DEV [root|parent P] [classid C] [qdisc H]
//! nlw [-s] filter show (dev DEV|block N) [root|ingress|egress|parent P] [pref N]
//!                      [protocol P] [chain N] [handle H]
//! nlw chain show (dev DEV|block N) [root|ingress|egress|parent P] [chain N]
//! nlw chain add|del (dev DEV|block N) (root|ingress|egress|parent P) [chain N]
//! nlw [-s] actions list|flush action KIND | get|delete action KIND index N
//! nlw actions add|replace action mirred (egress|ingress) (mirror|redirect) dev DEV [index N]
//! nlw actions add|replace action gact VERDICT [random netrand|determ VERDICT N] [index N]
//! nlw qdisc add|replace|change|del dev DEV (root|parent P|ingress|clsact) [handle H]
//!           [htb [default N] [r2q N] | tbf rate R burst B (latency T|limit L) | pfifo|bfifo [limit N]]
//! nlw class add|replace|change|del dev DEV [parent P] classid C
//!           [htb rate R [ceil R] [burst B] [cburst B] [prio N] [quantum N]]
//! nlw filter add|replace|change|del dev DEV (parent P|ingress|egress) [protocol P] [prio N]
//!           [handle H] [u32 [match ip src|dst PREFIX]... [match u32 V M at OFF]... [flowid C] [ACTIONS]
//!           | fw [classid C] [indev DEV] [ACTIONS] | matchall [skip_hw|skip_sw] [classid C] [ACTIONS]]
//!           ACTIONS := [action (mirred ...|gact ...|VERDICT)]...
//! nlw nexthop show|flush [id ID] [dev DEV] [master DEV] [groups] [fdb] [protocol N] | get|del id ID
//! nlw nexthop add|replace id ID (blackhole | [via GW] [dev DEV] [onlink]
//!           | group ID[,WEIGHT]/... [type mpath|resilient [buckets N] [idle_timer S] [unbalanced_timer S]]) [fdb] [proto P]
//! nlw netconf show [dev DEV]
//! nlw [-s] ntable show [dev DEV|none] [name NAME] | change name NAME [dev DEV] [thresh1 N] ... [PARM N]...
//! nlw maddress show [dev DEV] | add|del ADDRESS dev DEV
//! nlw addrlabel list|flush | add|del prefix PREFIX [dev DEV] label N
//! nlw tcp_metrics show|flush [[address] PREFIX] [src ADDRESS] | delete [address] ADDRESS
//! nlw token list|get [dev DEV] | set TOKEN dev DEV | del dev DEV
//! nlw sr tunsrc show|set ADDRESS | hmac show|set KEYID sha1|sha256 (the secret read as ip's getpass)
//! nlw ioam namespace show|add ID [data DATA32] [wide DATA64]|del ID|set ID schema ID|none | schema show|add ID DATA|del ID
//! nlw vrf show [NAME]
//! nlw [-4|-6] [-s] mroute show [[to] PREFIX] [from PREFIX] [iif DEV] [table T|all]
//! nlw [-s] [-d] stats show [dev DEV] [group G [subgroup S [suite T]]]... | stats set dev DEV l3_stats on|off
//! nlw link xstats type bridge|bridge_slave [igmp|mcast|stp] [dev DEV] | link afstats [dev DEV]
//! nlw tuntap add|del [dev] NAME mode tun|tap [user U] [group G] [pi] [vnet_hdr] [multi_queue] | show
//! nlw netns list|add NAME|del NAME|list-id [target-nsid ID] [nsid ID]|attach NAME PID|set NAME ID|auto
//! nlw netns identify [PID]|pids NAME|exec NAME CMD...|monitor; nlw -all netns del|exec CMD...
//! nlw [-t|-ts] monitor [all] [link] [address] [route] [mroute] [neigh] [rule] [nexthop] [netconf] [nsid] [prefix] [stats]
//!          [file FILE] [label] [dev DEV]
//! nlw ethtool -k|-l|-g DEV | -K DEV FEATURE on|off ... | -L DEV [rx N] [tx N] [other N] [combined N]
//! nlw wg show [DEV|all|interfaces] [dump|public-key|private-key|listen-port|fwmark|peers|...] | help
//! nlw [-j] [-s] [-d] bridge fdb show [br BR] [brport|dev DEV] [vlan VID] [state S] [dynamic]
//! nlw bridge fdb get LLADDR [br BR] [brport|dev DEV] [vlan VID] [vni N] [self] [master] [dynamic]
//! nlw bridge fdb add|append|replace|del LLADDR dev DEV [self] [master] [router] [use]
//!            [extern_learn] [sticky] [local|static|dynamic] [dst IP] [vlan VID] [port P] [vni N]
//!            [nhid ID] [via DEV] [src_vni N] | link show [dev DEV] | link set dev DEV [OPTION...] | help
//! nlw [-j] [-s] [-d] bridge mdb show [dev BR] [vid VID] | mdb add|del dev BR port PORT grp GROUP [src S]
//!            [permanent|temp] [vid VID]
//! nlw bridge fdb flush dev DEV [brport DEV] [vlan VID] [self] [master] [[no]permanent|[no]static|[no]dynamic]
//!            [[no]added_by_user] [[no]extern_learn] [[no]sticky] [[no]offloaded]
//! nlw [-j] bridge vlan show [dev DEV] [vid VID] | vlan add|del dev DEV vid V[-V2] [pvid] [untagged] [self] [master]
//! nlw bridge monitor [link] [fdb] [mdb] [vlan] [all]
//! nlw [-s] xfrm state add|update ID [ALGO...] [mode M] [reqid R] [sel SELECTOR] [limit L]... [encap E]
//!          [mark M [mask M]] [if_id N] [flag F...] | allocspi ID [min SPI max SPI] | get|delete ID
//!          | list|deleteall [nokeys] [ID] [mode M] [reqid R] | flush [proto P] | count
//! nlw [-s] xfrm policy add|update SELECTOR dir DIR [tmpl ID [mode M] [level L]]... [priority N] [action A]
//!          | get|delete (SELECTOR|index N) dir DIR | list|deleteall [SELECTOR] [dir DIR] | flush | count
//!          | set [hthresh4 L R] [hthresh6 L R] | setdefault DIR ACTION... | getdefault
//! nlw [-s] xfrm monitor [file FILE] [nokeys] [all | acquire | expire | SA | aevent | policy | report]
//! nlw [-force] -batch FILE
//! ```

mod addrlabel;
mod args;
pub mod batch;
mod bridge;
mod details;
mod encap;
mod ethtool;
mod ioam;
mod ipstats;
mod json;
mod kinds;
mod link;
mod link_change;
mod link_property;
mod localtime;
mod maddress;
mod modify;
mod monitor;
mod mptcp;
mod mroute;
mod names;
mod neigh;
mod netconf;
mod netns;
mod nexthop;
mod ntable;
mod out;
#[cfg(test)]
mod reference;
mod route;
mod rule;
mod saved;
mod session;
mod sink;
mod sr;
mod stats;
mod tc;
mod tcp_metrics;
mod token;
mod tuntap;
mod vrf;
mod wg;
mod xfrm;

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::os::unix::ffi::OsStrExt;
use std::process::ExitCode;

use nlwire::rtnl::af;
use nlwire_std::{IPRoute, NetnsRef};

/// What a command needs: the session and the output options.
pub struct Ctx {
    ipr: IPRoute,
    json: bool,
    pretty: bool,
    family: u8,
    /// `-d`: `link`, `address`, `route` and `rule show` (and `route get`)
    /// add what `ip -d` adds.
    details: bool,
    /// `-s` given once (1) or twice (2): `link` and `address show` add the
    /// link's counters, with the error breakdown at 2.
    stats: u8,
    /// `-h`: those counters in units of 1000 (1024 with `-iec`).
    human: Option<u64>,
    /// `-br`: `link` and `address show` print a short line per link.
    brief: bool,
    /// `-o`: `link`, `address` and `route show` print each object on one
    /// line, its line breaks as `\`; `address show` a line per address.
    oneline: bool,
    /// bridge's `-compressvlans`: `bridge vlan show` asks for ranges.
    compress_vlans: bool,
    /// `-n NETNS`: where commands that open their own socket (generic netlink:
    /// `mptcp`, `ethtool`) open it.
    netns: Option<OsString>,
    /// `-t` or `-ts`: `monitor` prints when each event came.
    timestamp: monitor::Timestamp,
    /// `-l[oops] N`: dump-and-delete rounds of a flush before it gives up.
    flush_rounds: usize,
}

/// Why `nlw` stopped, boxed: a `Result<(), CliError>` is one pointer, so
/// that each of the thousands of `?` in the parsers and printers passes a
/// pointer on rather than copying a 48-byte error (78 KB of the static
/// build). [`CliError::failure`] tells which failure.
#[derive(Debug)]
pub struct CliError(Box<Failure>);

/// What went wrong: a usage error (exit 255 as `ip`, before anything is
/// sent), or an error from the kernel or the system (exit 2 as `ip`).
#[derive(Debug)]
pub enum Failure {
    /// Bad arguments; nothing was sent.
    Usage(String),
    /// The kernel or the system refused.
    Failed(nlwire_std::Error),
    /// Writing the output failed (a closed pipe).
    Io(std::io::Error),
    /// A system call refused, with what was being done (exit 1 as `ip netns`).
    Refused(String),
    /// What ip refuses with exit 1 rather than 255: a name it cannot find,
    /// or a prefix or address of the wrong form or family; and what tc's
    /// parser of a kind's options (`tbf rate lots`, `u32 match ip bogus`)
    /// refuses, which also exits 1.
    Rejected(String),
    /// What ip or tc would send and the kernel refuse (exit 2 there, as
    /// here): refused before sending, in nlw's words, so that a script gets
    /// the exit code it gets from ip or tc and nothing is sent.
    KernelWouldRefuse(String),
    /// Stop with this exit code after printing `message` (if any) to
    /// stderr: what went wrong was already reported (`-force -batch`), or
    /// as the command `nlw` stands in for does (`ethtool`).
    Exit {
        /// The exit code.
        code: u8,
        /// What to print.
        message: String,
    },
}

impl CliError {
    fn usage(msg: impl Into<String>) -> Self {
        Failure::Usage(msg.into()).into()
    }
    fn rejected(msg: impl Into<String>) -> Self {
        Failure::Rejected(msg.into()).into()
    }
    fn kernel_would_refuse(msg: impl Into<String>) -> Self {
        Failure::KernelWouldRefuse(msg.into()).into()
    }
    fn refused(msg: impl Into<String>) -> Self {
        Failure::Refused(msg.into()).into()
    }
    /// Stop with exit code `code`, printing `message` (if any).
    fn exit(code: u8, message: impl Into<String>) -> Self {
        Failure::Exit { code, message: message.into() }.into()
    }
    /// What went wrong.
    pub fn failure(&self) -> &Failure {
        &self.0
    }
    /// What went wrong, taken out.
    pub fn into_failure(self) -> Failure {
        *self.0
    }
}

impl From<Failure> for CliError {
    // Out of line: one boxing for every place that fails.
    #[inline(never)]
    fn from(failure: Failure) -> Self {
        CliError(Box::new(failure))
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.failure() {
            Failure::Usage(msg) => f.write_str(msg),
            Failure::Failed(e) => e.fmt(f),
            Failure::Io(e) => e.fmt(f),
            Failure::Refused(msg) | Failure::Rejected(msg) | Failure::KernelWouldRefuse(msg) => {
                f.write_str(msg)
            }
            Failure::Exit { message, .. } => f.write_str(message),
        }
    }
}

impl From<nlwire_std::Error> for CliError {
    #[inline(never)]
    fn from(e: nlwire_std::Error) -> Self {
        match e {
            nlwire_std::Error::Invalid(e) => CliError::usage(format!("Error: {e}")),
            e => Failure::Failed(e).into(),
        }
    }
}
impl From<nlwire::Error> for CliError {
    #[inline(never)]
    fn from(e: nlwire::Error) -> Self {
        Failure::Failed(e.into()).into()
    }
}
impl From<std::io::Error> for CliError {
    #[inline(never)]
    fn from(e: std::io::Error) -> Self {
        Failure::Io(e).into()
    }
}

/// `USER_HZ`: the kernel gives ages and times (FDB entries, tc actions) in
/// hundredths of a second; ip, bridge and tc print seconds.
pub(crate) const USER_HZ: u32 = 100;

/// The result of a command.
pub type Result<T, E = CliError> = std::result::Result<T, E>;

const USAGE: &str = "Usage: nlw [ OPTIONS ] OBJECT { COMMAND | help }
       nlw [ -force ] -batch FILE
where  OBJECT := { link | address | route | neigh | ntable | rule | nexthop | netconf |
                   token | tuntap | maddress | addrlabel | tcp_metrics | vrf | netns | monitor | qdisc | class |
                   filter | mptcp | sr | ioam | mroute | stats | ethtool | wg | bridge | xfrm }
       OPTIONS := { -j[son] | -p[retty] | -d[etails] | -s[tatistics] | -o[neline] | -br[ief] |
                    -h[uman-readable] | -iec | -c[olor][={always|auto|never}] |
                    -t[imestamp] | -ts[hort] | -n[etns] NAME | -l[oops] COUNT | -a[ll] | -echo |
                    -rc[vbuf] SIZE | -N[umeric] |
                    -4 | -6 | -0 | -B | -M | -f[amily] { inet | inet6 | link | bridge | mpls } }

-batch runs one command a line (FILE - is stdin), read and run as ip -batch
does: the first failing line is named (Command failed FILE:LINE), the lines
before it applied and none after it, unless -force. Unlike ip, a regular FILE
is parsed whole first, so a malformed line anywhere applies nothing; stdin is
run as it is read, as ip runs it.";

/// The tool `nlw` stands in for, known by the name it runs under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// `ip` (and tc's objects, `wg`, `bridge`, ... as `nlw OBJECT`).
    Ip,
    /// `bridge`: `OBJECT` is bridge's (`fdb`, `link`, `mdb`, `vlan`, `monitor`), as `nlw bridge OBJECT`.
    Bridge,
}

impl Tool {
    /// The tool of a program path: `Bridge` when its file name ends in
    /// `bridge` (`ln -s nlw bridge`), else `Ip`.
    ///
    /// ```
    /// use nlwire_cli::Tool;
    /// assert_eq!(Tool::of("/usr/local/bin/bridge".as_ref()), Tool::Bridge);
    /// assert_eq!(Tool::of("nlw".as_ref()), Tool::Ip);
    /// ```
    pub fn of(program: &OsStr) -> Tool {
        let name = std::path::Path::new(program).file_name().unwrap_or_default();
        if name.as_bytes().ends_with(b"bridge") {
            Tool::Bridge
        } else {
            Tool::Ip
        }
    }
}

/// Runs `nlw` on `args` (without the program's name) and gives its exit code.
pub fn main(args: &[OsString]) -> ExitCode {
    main_as(Tool::Ip, args)
}

/// Runs `nlw` as `tool` on `args` (without the program's name) and gives
/// its exit code.
pub fn main_as(tool: Tool, args: &[OsString]) -> ExitCode {
    let Err(e) = run(tool, args) else { return ExitCode::SUCCESS };
    let code = match e.failure() {
        Failure::Usage(_) => 255,
        Failure::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Failure::Exit { code, message } if message.is_empty() => return ExitCode::from(*code),
        Failure::Exit { code, .. } => *code,
        Failure::Refused(_) | Failure::Rejected(_) => 1,
        Failure::Failed(_) | Failure::Io(_) | Failure::KernelWouldRefuse(_) => 2,
    };
    eprintln!("{e}");
    ExitCode::from(code)
}

/// `arg` for messages: as it is when it is UTF-8, its bytes escaped when not.
pub fn shown(arg: &OsStr) -> String {
    match arg.to_str() {
        Some(s) => s.to_owned(),
        None => arg.as_bytes().escape_ascii().to_string(),
    }
}

/// The words of a command as text. nlw takes names as UTF-8 (the core's
/// `IfName` is a string); ip takes bytes. A name nlw cannot hold is one it
/// cannot find: exit 1, as ip's for a device it cannot find, and nothing
/// is sent.
fn words(args: &[OsString]) -> Result<Vec<String>> {
    args.iter()
        .map(|a| {
            a.to_str().map(str::to_owned).ok_or_else(|| {
                CliError::rejected(format!(
                    "Error: argument \"{}\" is not UTF-8: nlw takes names and values as UTF-8 text.",
                    shown(a)
                ))
            })
        })
        .collect()
}

/// The namespace named `name`: by name, or by path when it is not UTF-8.
fn netns_ref(name: &OsStr) -> NetnsRef {
    match name.to_str() {
        Some(name) => NetnsRef::Name(name.to_owned()),
        None => NetnsRef::Path(std::path::Path::new("/run/netns").join(name)),
    }
}

/// `-n NAME`: a session opened by `open` in `/run/netns/NAME`, the name
/// taken as bytes as ip takes it.
fn open_netns<S>(name: &OsStr, open: impl FnOnce(NetnsRef) -> nlwire_std::Result<S>) -> Result<S> {
    let cannot = |why: &dyn fmt::Display| {
        CliError::usage(format!("Cannot open network namespace \"{}\": {why}", shown(name)))
    };
    let bytes = name.as_bytes();
    if bytes.is_empty() || bytes == b"." || bytes == b".." || bytes.contains(&b'/') || bytes.len() > 255 {
        // ip opens `/run/netns/NAME` whatever NAME is; a name that cannot
        // be a file there is one it cannot open.
        return Err(cannot(&"No such file or directory"));
    }
    open(netns_ref(name)).map_err(|e| match e {
        nlwire_std::Error::Socket(nlwire_rustix::Error::NetnsNotFound) => {
            cannot(&"No such file or directory")
        }
        nlwire_std::Error::Socket(e) => cannot(&e),
        e => e.into(),
    })
}

/// A route session here, or in `-n NAME`.
pub(crate) fn open_route(netns: Option<&OsStr>) -> Result<IPRoute> {
    match netns {
        Some(name) => open_netns(name, IPRoute::in_netns),
        None => Ok(IPRoute::new()?),
    }
}

/// A kernel's refusal as ip reports a failed `rtnl_talk` of `ip sr` and
/// `ip ioam`: its text, exit 1 (other failures as usual).
pub(crate) fn rtnl_talk_failed(e: nlwire_std::Error) -> CliError {
    match e {
        e @ nlwire_std::Error::Kernel { .. } => CliError::exit(1, e.to_string()),
        e => e.into(),
    }
}

/// Sends `request` (a family's command addressed with
/// `nlwire::genl::To`) on `genl`: the replies before the ACK. One path for
/// every command, where a typed `Genl::request` would be compiled again
/// for each (`sr`, `ioam`).
pub(crate) fn genl_request(
    mut genl: &mut nlwire_std::Genl,
    request: &dyn nlwire::build::Request,
) -> nlwire_std::Result<Vec<nlwire_std::OwnedMessage>> {
    use nlwire_std::Session;
    type Blocking<'g> = &'g mut nlwire_std::Genl;
    Blocking::finish(Blocking::request(&mut genl, request))
}

/// A dump `request` on `genl`, copied (retried while interrupted), by the
/// one path of [`genl_request`].
pub(crate) fn genl_dump(
    mut genl: &mut nlwire_std::Genl,
    request: &dyn nlwire::build::Request,
) -> nlwire_std::Result<Vec<nlwire_std::OwnedMessage>> {
    use nlwire_std::Session;
    type Blocking<'g> = &'g mut nlwire_std::Genl;
    Blocking::finish(Blocking::dump_owned(&mut genl, request, 3))
}

/// A generic netlink session here, or in `-n NAME`.
pub(crate) fn open_genl(netns: Option<&OsStr>) -> Result<nlwire_std::Genl> {
    match netns {
        Some(name) => open_netns(name, nlwire_std::Genl::in_netns),
        None => Ok(nlwire_std::Genl::new()?),
    }
}

/// Runs `f` with `-n NAME` as the socket layer names it (`None` without
/// `-n`), for what is done in the namespace other than through a netlink
/// socket: opening `/dev/net/tun`, reading `/proc/thread-self/net`.
pub(crate) fn in_netns<T>(netns: Option<&OsStr>, f: impl FnOnce(Option<nlwire_rustix::Netns<'_>>) -> T) -> T {
    let Some(name) = netns else { return f(None) };
    // The name opened as a socket's namespace already: no NUL in it.
    let path = std::ffi::CString::new([b"/run/netns/", name.as_bytes()].concat()).unwrap_or_default();
    f(Some(nlwire_rustix::Netns::Path(&path)))
}

/// glibc's words for `errno`, as ip's `perror` prints them (`Device or
/// resource busy`), whatever C library nlw was built with.
pub(crate) fn strerror(errno: i32) -> String {
    nlwire::errno::description(errno).map_or_else(|| format!("Unknown error {errno}"), str::to_owned)
}

/// A command line parsed, before anything is opened or sent.
pub struct Invocation {
    pub json: bool,
    pub pretty: bool,
    pub details: bool,
    /// How many times `-s` was given.
    pub stats: u8,
    /// `-h[uman-readable]` (ip's, not bridge's: there `-h` is help): the
    /// base of the counters' units, 1000 or with `-iec` 1024.
    pub human: Option<u64>,
    /// `-o[neline]`.
    pub oneline: bool,
    /// `-br[ief]`.
    pub brief: bool,
    /// bridge's `-com[pressvlans]`.
    pub compress_vlans: bool,
    /// `-4` (2), `-6` (10) or neither (0).
    pub family: u8,
    /// `-l[oops] N`: a flush's rounds (ip's `max_flush_loops`).
    pub flush_rounds: usize,
    pub force: bool,
    /// `-a[ll]`: `netns del` and `netns exec` act on every named namespace.
    pub all: bool,
    /// `-echo`: each change's object printed as the kernel made it.
    pub echo: bool,
    /// `-rc[vbuf] SIZE`: the route socket's receive buffer (`SO_RCVBUF`).
    pub rcvbuf: Option<u32>,
    /// `-N[umeric]`: numbers where ip prints names from its tables.
    pub numeric: bool,
    /// `-c[olor][=WHEN]`.
    pub color: Color,
    /// `-n NAME`.
    pub netns: Option<OsString>,
    /// `-t` or `-ts`: `monitor` prints when each event came.
    pub timestamp: monitor::Timestamp,
    pub what: What,
}

/// `AF_PACKET` (linux/socket.h): ip's `-0`, the links alone. The core's
/// route families (`nlwire::rtnl::af`) have the others, not this one.
pub(crate) const AF_PACKET: u8 = 17;

/// ip's `read_family`: the family `-f[amily] NAME` names.
fn family_named(name: &str) -> Result<u8> {
    match name {
        "inet" => Ok(af::INET),
        "inet6" => Ok(af::INET6),
        "link" => Ok(AF_PACKET),
        "bridge" => Ok(af::BRIDGE),
        "mpls" => Ok(af::MPLS),
        _ => Err(CliError::usage(format!("Error: argument \"{name}\" is wrong: invalid protocol family"))),
    }
}

/// C's `atoi`: an optional sign and the digits after leading blanks, 0
/// when there are none (ip reads `-l`'s count so).
fn atoi(text: &str) -> i64 {
    let text = text.trim_start();
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, text.strip_prefix('+').unwrap_or(text)),
    };
    let end = digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len());
    sign * digits[..end].parse::<i64>().unwrap_or(0)
}

/// When ip's `-color` paints the text (never with `-j`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Color {
    /// Without `-color`, or `-color=never`.
    #[default]
    Never,
    /// `-color=auto`: when the output is a terminal.
    Auto,
    /// `-color` or `-color=always`.
    Always,
}

impl Color {
    /// ip's `matches_color`: `-c`, `-co`... `-color`, then nothing,
    /// `=always`, `=auto` or `=never`; `None` for anything else.
    fn parse(option: &str) -> Option<Color> {
        let (name, when) = option.split_once('=').unwrap_or((option, ""));
        if name.len() < 2 || !"-color".starts_with(name) {
            return None;
        }
        match when {
            "" | "always" => Some(Color::Always),
            "auto" => Some(Color::Auto),
            "never" => Some(Color::Never),
            _ => None,
        }
    }
    /// Whether the text is painted, the output being a terminal or not
    /// (ip's `check_enable_color`).
    pub fn paints(self, json: bool, terminal: bool) -> bool {
        !json && (self == Color::Always || (self == Color::Auto && terminal))
    }
}

/// What a command line asks for.
pub enum What {
    /// `-V`.
    Version,
    /// `OBJECT COMMAND ARGS...`.
    Command(Command),
    /// `-batch FILE`.
    Batch(std::path::PathBuf),
}

/// Parses a command line (without the program's name): options, then the
/// command. Opens nothing, sends nothing.
pub fn parse(args: &[OsString]) -> Result<Invocation> {
    parse_as(Tool::Ip, args)
}

/// [`parse`] for `tool`: as `bridge`, the command is bridge's.
pub fn parse_as(tool: Tool, args: &[OsString]) -> Result<Invocation> {
    let usage = match tool {
        Tool::Ip => USAGE,
        Tool::Bridge => bridge::USAGE,
    };
    let mut json = false;
    let mut pretty = false;
    let mut netns = None;
    let mut family = 0u8;
    let mut details = false;
    let mut stats = 0u8;
    let (mut human, mut iec) = (false, false);
    let mut oneline = false;
    let mut brief = false;
    let mut version = false;
    let mut compress_vlans = false;
    let mut batch_file = None;
    let mut force = false;
    let mut color = Color::Never;
    let mut timestamp = monitor::Timestamp::Off;
    let mut flush_rounds = session::FLUSH_ROUNDS;
    let mut all = false;
    let mut echo = false;
    let mut rcvbuf = None;
    let mut numeric = false;
    let mut rest = args;
    while let Some((first_os, tail)) = rest.split_first() {
        let mut first = shown(first_os);
        // ip takes `--OPTION` as `-OPTION`.
        if first.starts_with("--") {
            first.remove(0);
        }
        match first.as_str() {
            "-j" | "-json" => json = true,
            "-p" | "-pretty" => pretty = true,
            "-d" | "-details" => details = true,
            // As ip: `-s`, `-stats`, `-statistics` or a prefix of them, counted.
            s if s.len() >= 2 && ("-stats".starts_with(s) || "-statistics".starts_with(s)) => {
                stats = stats.saturating_add(1)
            }
            s if s.len() >= 4 && "-compressvlans".starts_with(s) => compress_vlans = true,
            s if s.len() >= 2 && "-oneline".starts_with(s) => oneline = true,
            s if s.len() >= 3 && "-brief".starts_with(s) => brief = true,
            // Before `-help`: ip takes `-h` as `-human`.
            s if tool == Tool::Ip && s.len() >= 2 && "-human-readable".starts_with(s) => human = true,
            "-iec" => iec = true,
            // As ip: `-t` a prefix of `-timestamp`, `-ts` of `-tshort`; `-ts` wins.
            s if tool == Tool::Ip && s.len() >= 2 && "-timestamp".starts_with(s) => {
                timestamp = timestamp.max(monitor::Timestamp::Long)
            }
            s if tool == Tool::Ip && s.len() >= 3 && "-tshort".starts_with(s) => {
                timestamp = monitor::Timestamp::Short
            }
            "-4" => family = af::INET,
            "-6" => family = af::INET6,
            "-0" => family = AF_PACKET,
            "-B" => family = af::BRIDGE,
            "-M" => family = af::MPLS,
            s if s.len() >= 2 && "-family".starts_with(s) => {
                let (value, tail) = tail.split_first().ok_or_else(|| CliError::usage(usage))?;
                family = family_named(&shown(value))?;
                rest = tail;
                continue;
            }
            s if s.len() >= 2 && "-loops".starts_with(s) => {
                let (value, tail) = tail.split_first().ok_or_else(|| CliError::usage(usage))?;
                // C's `atoi`, as ip reads it; 0 or less: no limit.
                flush_rounds =
                    usize::try_from(atoi(&shown(value))).ok().filter(|n| *n > 0).unwrap_or(usize::MAX);
                rest = tail;
                continue;
            }
            "-force" => force = true,
            "-echo" => echo = true,
            s if s.len() >= 3 && "-rcvbuf".starts_with(s) => {
                let (value, tail) = tail.split_first().ok_or_else(|| CliError::usage(usage))?;
                let value = shown(value);
                let size = names::c_number(&value).and_then(|n| u32::try_from(n).ok());
                rcvbuf = Some(size.ok_or_else(|| CliError::usage(format!("Invalid rcvbuf size '{value}'")))?);
                rest = tail;
                continue;
            }
            s if s.len() >= 2 && "-all".starts_with(s) => all = true,
            // As ip (bridge 6.1 has no `-N`): `-N` to `-Numeric`.
            s if tool == Tool::Ip && s.len() >= 2 && "-Numeric".starts_with(s) => numeric = true,
            "-n" | "-netns" | "-b" | "-batch" => {
                let (value, tail) = tail
                    .split_first()
                    .ok_or_else(|| CliError::usage(format!("Option \"{first}\" needs an argument")))?;
                if first.starts_with("-n") {
                    netns = Some(value.clone());
                } else {
                    batch_file = Some(std::path::PathBuf::from(value));
                }
                rest = tail;
                continue;
            }
            // As ip: the usage on stderr, exit 255.
            "-h" | "-help" | "help" => return Err(CliError::usage(usage)),
            s if s.len() >= 2 && "-Version".starts_with(s) => {
                version = true;
                break;
            }
            s if s.starts_with('-') => match Color::parse(s) {
                Some(when) => color = when,
                None => {
                    let help = if tool == Tool::Bridge { "nlw bridge help" } else { "nlw -help" };
                    return Err(CliError::usage(format!("Option \"{s}\" is unknown, try \"{help}\".")));
                }
            },
            _ => break,
        }
        rest = tail;
    }
    // `nlw [OPTIONS] bridge [OPTIONS] OBJECT ...`: bridge's options may
    // follow its name too, as in `bridge -d link`.
    if tool == Tool::Ip && !version && batch_file.is_none() && rest.first().is_some_and(|w| w == "bridge") {
        let mut again = args.get(..args.len() - rest.len()).unwrap_or_default().to_vec();
        again.extend_from_slice(rest.get(1..).unwrap_or_default());
        return parse_as(Tool::Bridge, &again);
    }
    // As ip: `-V` prints the version whatever follows it.
    let rest = if version { Vec::new() } else { words(rest)? };
    let what = match (rest.split_first(), batch_file) {
        _ if version => What::Version,
        (_, None) if tool == Tool::Bridge => {
            What::Command(Command::Bridge(bridge::BridgeCommand::parse(&rest, family)?))
        }
        (_, Some(_)) if tool == Tool::Bridge => {
            return Err(CliError::usage("Error: nlw as bridge runs no -batch; nlw -batch runs nlw's lines."))
        }
        (None, Some(path)) => What::Batch(path),
        (Some((object, words)), None) => What::Command(Command::parse(object, words, family, all)?),
        (None, None) => return Err(CliError::usage(USAGE)),
        (Some((object, _)), Some(_)) => {
            return Err(CliError::usage(format!(
                "Error: \"{object}\": -batch takes its commands from the file."
            )))
        }
    };
    Ok(Invocation {
        json,
        pretty,
        details,
        stats,
        human: human.then_some(if iec { 1024 } else { 1000 }),
        oneline,
        brief,
        compress_vlans,
        family,
        flush_rounds,
        force,
        all,
        echo,
        rcvbuf,
        numeric,
        color,
        netns,
        timestamp,
        what,
    })
}

fn run(tool: Tool, args: &[OsString]) -> Result<()> {
    // Parse what can be parsed before opening anything.
    let inv = parse_as(tool, args)?;
    if inv.color.paints(inv.json, std::io::IsTerminal::is_terminal(&std::io::stdout())) {
        out::use_palette(out::Palette::for_background(std::env::var("COLORFGBG").ok().as_deref()));
    }
    if inv.numeric {
        names::use_numbers();
    }
    match &inv.what {
        What::Version => {
            // Through `?`: a stdout that cannot be written is an error, not a panic.
            std::io::Write::write_all(
                &mut std::io::stdout(),
                concat!("nlw utility, nlwire-cli ", env!("CARGO_PKG_VERSION"), "\n").as_bytes(),
            )?;
            return Ok(());
        }
        What::Command(Command::Help(usage)) => {
            eprintln!("{usage}");
            return Ok(());
        }
        What::Command(Command::Netns(netns)) => {
            return netns.run(inv.json, inv.pretty, inv.netns.as_deref(), netns::Exec::Replace)
        }
        What::Command(Command::Ethtool(ethtool)) => return ethtool.run(inv.netns.as_deref()),
        What::Command(Command::Wg(wg)) => return wg.run(inv.netns.as_deref()),
        _ => {}
    }
    if inv.echo {
        let print = monitor::print_echoed;
        session::echo_changes(session::EchoTo { print, json: inv.json, pretty: inv.pretty });
    }
    let ipr = open_route(inv.netns.as_deref())?;
    if let Some(size) = inv.rcvbuf {
        ipr.socket().set_recv_buffer_size(size as usize).map_err(nlwire_std::Error::Socket)?;
    }
    let mut ctx = Ctx {
        ipr,
        json: inv.json,
        pretty: inv.pretty,
        family: inv.family,
        details: inv.details,
        stats: inv.stats,
        human: inv.human,
        oneline: inv.oneline,
        brief: inv.brief,
        compress_vlans: inv.compress_vlans,
        netns: inv.netns,
        timestamp: inv.timestamp,
        flush_rounds: inv.flush_rounds,
    };
    match inv.what {
        What::Command(command) => command.run(&mut ctx),
        What::Batch(path) => batch::run(&mut ctx, &path, inv.force),
        What::Version => Ok(()),
    }
}

/// A parsed command line, checked before anything is sent.
pub enum Command {
    LinkShow(link::Filter),
    LinkProperty(link_property::LinkProperty),
    AddrShow(link::Filter),
    AddrFlush(link::Filter),
    RouteShow(route::Selector),
    RouteGet(route::GetSpec),
    RouteFlush(route::Selector),
    /// `route save`, `restore`, `showdump`: the file on stdout, or stdin.
    RouteSave(route::Selector),
    RouteRestore,
    RouteShowdump,
    /// `address save`, `restore`, `showdump`.
    AddrSave(link::Filter),
    AddrRestore,
    AddrShowdump,
    Neigh(neigh::NeighCommand),
    Rule(rule::RuleCommand),
    Netns(netns::NetnsCommand),
    Ethtool(ethtool::EthtoolCommand),
    Monitor(monitor::MonitorCommand),
    TcShow(tc::Show),
    TcChain(tc::chain::ChainCommand),
    TcActions(tc::actions::ActionsCommand),
    Modify(modify::Change),
    /// `qdisc|class|filter help`: printed on stderr, exit 0 as tc.
    Help(&'static str),
    Mptcp(mptcp::MptcpCommand),
    Sr(sr::SrCommand),
    Ioam(ioam::IoamCommand),
    Nexthop(nexthop::NexthopCommand),
    Netconf(netconf::NetconfShow),
    Ntable(ntable::NtableCommand),
    Token(token::TokenCommand),
    Wg(wg::WgCommand),
    Tuntap(tuntap::TuntapCommand),
    Maddress(maddress::MaddressCommand),
    Addrlabel(addrlabel::AddrlabelCommand),
    TcpMetrics(tcp_metrics::TcpMetricsCommand),
    Vrf(vrf::VrfShow),
    /// `mroute show`.
    Mroute(mroute::MrouteShow),
    /// `stats show|set`.
    IpStats(ipstats::IpStatsCommand),
    /// `link xstats|afstats`.
    LinkStats(ipstats::LinkStatsCommand),
    /// `bridge fdb|link ...`: iproute2's `bridge`.
    Bridge(bridge::BridgeCommand),
    /// `xfrm state|policy ...`.
    Xfrm(Box<xfrm::XfrmCommand>),
}

/// `OBJECT help`: the object's usage on stderr; exit 255 as ip, or 0 as tc
/// for qdisc, class and filter.
pub(crate) fn help(object: &str) -> Result<Command> {
    let usage = match () {
        () if tc::object(object).is_some() => {
            let usage = match object.chars().next() {
                Some('q') => {
                    "Usage: nlw qdisc { add | replace | change | del } dev DEV
           (root | parent P | ingress | clsact) [ handle H ]
           [ htb [ default N ] [ r2q N ] | tbf rate R burst B (latency T | limit L)
           | pfifo | bfifo [ limit N ] ]
       nlw qdisc show [ dev DEV ] [ root | ingress | clsact | parent P | handle H ] [ invisible ]"
                }
                Some('c') => {
                    "Usage: nlw class { add | replace | change | del } dev DEV
           [ parent P ] classid C [ htb rate R [ ceil R ] [ burst B ] [ cburst B ]
           [ prio N ] [ quantum N ] ]
       nlw class show dev DEV [ root | parent P ] [ classid C ] [ qdisc H ]"
                }
                _ => {
                    "Usage: nlw filter { add | replace | change | del } dev DEV
           (parent P | ingress | egress) [ protocol P ] [ prio N ] [ handle H ]
           [ u32 [ match ip src|dst PREFIX ]... [ match u32 V M at OFF ]... [ flowid C ] [ ACTIONS ]
           | fw [ classid C ] [ indev DEV ] [ ACTIONS ]
           | matchall [ skip_hw | skip_sw ] [ classid C ] [ ACTIONS ] ]
           ACTIONS := [ action ( mirred ... | gact ... | VERDICT ) ]...
       nlw filter show { dev DEV | block N } [ root | ingress | egress | parent P ]
           [ pref N ] [ protocol P ] [ chain N ] [ handle H ]"
                }
            };
            return Ok(Command::Help(usage));
        }
        () if matches(object, "chain", 2) => return Ok(Command::Help(tc::chain::USAGE)),
        () if matches(object, "actions", 2) => tc::actions::USAGE,
        () if matches(object, "link", 1) => {
            "Usage: nlw link show [ [ dev ] DEV ] [ up ] [ master DEV ] [ type KIND ]
       nlw link add [ name ] NAME [ index IDX ] [ mtu MTU ] [ address LLADDR ] [ up ] [ txqueuelen N ]
                    [ numtxqueues N ] [ numrxqueues N ]
                    [ alias NAME ] [ master DEV ] type TYPE [ peer [ name ] PEER ]
       nlw link replace [ name ] NAME ... type TYPE ...
       nlw link { set | change } [ dev ] DEV [ up | down ] [ mtu MTU ] [ address LLADDR ] [ name NAME ]
                    [ master DEV | nomaster ] [ alias NAME ] [ txqueuelen N ] [ group G ]
                    [ promisc | allmulticast | multicast | arp | dynamic | trailers { on | off } ]
                    [ netns { NAME | PID } ]
       nlw link del [ dev ] DEV
       nlw link property { add | del } [ dev ] DEV [ altname NAME ]...
       nlw link xstats type TYPE [ ARGS ]
       nlw link afstats [ dev DEVICE ]"
        }
        () if matches(object, "address", 1) => {
            "Usage: nlw address { show | flush | save } [ [ dev ] DEV ] [ up ] [ master DEV ] [ type KIND ]
                    [ scope S ] [ to PREFIX ] [ primary | secondary | permanent | dynamic |
                      tentative | deprecated | dadfailed ]
       nlw address { add | replace | change | del } PREFIX dev DEV [ label LABEL ]
                    [ broadcast ADDR | + | - ] [ scope S ] [ valid_lft T ] [ preferred_lft T ]
                    [ metric N ] [ home | nodad | mngtmpaddr | noprefixroute | autojoin ]...
       nlw address { restore | showdump } < FILE"
        }
        () if matches(object, "route", 1) => {
            "Usage: nlw route { show | flush | save } [ SELECTOR ]
       nlw route { restore | showdump } < FILE
       nlw route { add | replace | change | append | prepend | del } [ TYPE ] PREFIX
                 [ via [ inet | inet6 ] GW ] [ dev DEV ] [ table T ] [ metric M ] [ proto P ]
                 [ scope S ] [ src ADDR ] [ onlink ] [ tos T ] [ realms [ FROM/ ]TO ] [ pref P ]
                 [ expires N ] [ METRIC [ lock ] N ]... [ features ecn ] [ congctl [ lock ] ALGO ]
                 [ nexthop via GW [ dev DEV ] [ weight W ] ]...
METRIC := mtu | advmss | window | rtt | rttvar | rto_min | ssthresh | cwnd | initcwnd | initrwnd
          | reordering | hoplimit | quickack | fastopen_no_cookie
       nlw route get ADDRESS [ from ADDR ] [ iif DEV ] [ oif DEV ] [ mark M ] [ fibmatch ]
SELECTOR := [ table T | all ] [ dev DEV ] [ proto P ] [ type T ] [ scope S ] [ root | match | exact PREFIX ]
            [ cache ]"
        }
        () if matches(object, "neighbour", 1) || object == "neighbor" => neigh::USAGE,
        () if matches(object, "netns", 2) => netns::USAGE,
        () if matches(object, "netconf", 4) => netconf::USAGE,
        () if matches(object, "ntable", 2) || object == "ntbl" => ntable::USAGE,
        () if matches(object, "token", 2) => token::USAGE,
        () if matches(object, "tuntap", 4) || matches(object, "tap", 2) => tuntap::USAGE,
        () if matches(object, "nexthop", 3) => nexthop::USAGE,
        () if matches(object, "maddress", 1) => maddress::USAGE,
        () if matches(object, "addrlabel", 5) => addrlabel::USAGE,
        () if is_tcp_metrics(object) => tcp_metrics::USAGE,
        () if matches(object, "vrf", 1) => vrf::USAGE,
        () if matches(object, "monitor", 2) => monitor::USAGE,
        () if matches(object, "mroute", 2) => mroute::USAGE,
        // ip's `stats help` exits 0.
        () if matches(object, "stats", 2) => return Ok(Command::Help(ipstats::USAGE)),
        () if matches(object, "xfrm", 1) => xfrm::USAGE,
        // ip's `mrule help` is its `rule help`.
        () if matches(object, "rule", 2) || matches(object, "mrule", 3) => {
            "Usage: nlw rule { show | flush } [ SELECTOR ]
       nlw rule { add | del } SELECTOR ACTION
SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ] [ fwmark M[/MASK] ]
            [ iif DEV ] [ oif DEV ] [ pref N ] [ l3mdev ] [ uidrange N-N ]
            [ ipproto PROTO ] [ sport N[-N] ] [ dport N[-N] ] [ tun_id N ]
ACTION := [ table T ] [ protocol P ] [ realms [FROM/]TO ] [ goto N | nop | blackhole
          | unreachable | prohibit ] [ suppress_prefixlength N ] [ suppress_ifgroup G ]"
        }
        () => return Err(CliError::rejected(format!("Object \"{object}\" is unknown, try \"nlw help\"."))),
    };
    Err(CliError::usage(usage))
}

/// `ip`'s abbreviations: a word matches a keyword it is a prefix of.
/// ip's `tcpmetrics` (`tc` on) or `tcp_metrics` (`tcp_` on).
fn is_tcp_metrics(object: &str) -> bool {
    matches(object, "tcpmetrics", 2) || matches(object, "tcp_metrics", 4)
}

pub(crate) fn matches(word: &str, keyword: &str, min: usize) -> bool {
    word.len() >= min && keyword.starts_with(word)
}

impl Command {
    /// Parses `OBJECT COMMAND ARGS...`; `family` is `-4`/`-6` (0: neither).
    pub fn parse(object: &str, words: &[String], family: u8, all: bool) -> Result<Self> {
        let verb = words.first().map(String::as_str).unwrap_or("show");
        let args = words.get(1..).unwrap_or(&[]);
        let is_show = matches(verb, "show", 1) || matches(verb, "list", 1) || verb == "lst";
        if object == "wg" {
            // wg's words, `help` included.
            return Ok(Command::Wg(wg::WgCommand::parse(words)?));
        }
        if object == "bridge" {
            // bridge's words, `help` included.
            return Ok(Command::Bridge(bridge::BridgeCommand::parse(words, family)?));
        }
        // Before `help`: `sr help` and `ioam help` are their usage errors.
        if matches(object, "sr", 1) {
            return Ok(Command::Sr(sr::SrCommand::parse(words)?));
        }
        if matches(object, "ioam", 2) {
            return Ok(Command::Ioam(ioam::IoamCommand::parse(words)?));
        }
        if verb == "help" {
            return help(object);
        }
        if matches(object, "link", 1) {
            // As ip: `s` and `se` are `set`'s.
            if is_show && !matches(verb, "set", 1) {
                return Ok(Command::LinkShow(link::Filter::parse(args, false)?));
            }
            if matches(verb, "property", 1) {
                return link_property::LinkProperty::parse(args).map(Command::LinkProperty);
            }
            if matches(verb, "xstats", 1) || matches(verb, "afstats", 2) {
                return Ok(Command::LinkStats(ipstats::LinkStatsCommand::parse(
                    verb.starts_with('a'),
                    args,
                )?));
            }
        } else if matches(object, "address", 1) {
            if is_show {
                return Ok(Command::AddrShow(link::Filter::parse(args, true)?));
            }
            if matches(verb, "flush", 1) {
                if args.is_empty() {
                    return Err(CliError::rejected("Flush requires arguments."));
                }
                return Ok(Command::AddrFlush(link::Filter::parse(args, true)?));
            }
            if matches(verb, "save", 1) {
                return Ok(Command::AddrSave(link::Filter::parse(args, true)?));
            }
            // As ip: `r` and `re` are `replace`'s.
            if matches(verb, "restore", 3) {
                return Ok(Command::AddrRestore);
            }
            if matches(verb, "showdump", 1) {
                return Ok(Command::AddrShowdump);
            }
        } else if matches(object, "route", 1) {
            if is_show {
                return Ok(Command::RouteShow(route::Selector::parse(args, family)?));
            }
            if matches(verb, "get", 1) {
                return Ok(Command::RouteGet(route::GetSpec::parse(args, family)?));
            }
            if matches(verb, "flush", 1) {
                return Ok(Command::RouteFlush(route::Selector::parse_flush(args, family)?));
            }
            if matches(verb, "save", 1) {
                return Ok(Command::RouteSave(route::Selector::parse(args, family)?));
            }
            if matches(verb, "restore", 3) {
                return Ok(Command::RouteRestore);
            }
            if matches(verb, "showdump", 1) {
                return Ok(Command::RouteShowdump);
            }
        } else if matches(object, "neighbour", 1) || object == "neighbor" {
            return neigh::NeighCommand::parse(verb, is_show, args, family).map(Command::Neigh);
        } else if matches(object, "nexthop", 3) {
            return Ok(Command::Nexthop(nexthop::NexthopCommand::parse(words, family)?));
        } else if matches(object, "netconf", 4) {
            return Ok(Command::Netconf(netconf::NetconfShow::parse(words)?));
        } else if matches(object, "ntable", 2) || object == "ntbl" {
            return Ok(Command::Ntable(ntable::NtableCommand::parse(words)?));
        } else if matches(object, "token", 2) {
            return Ok(Command::Token(token::TokenCommand::parse(words)?));
        } else if matches(object, "tuntap", 4) || matches(object, "tap", 2) {
            return Ok(Command::Tuntap(tuntap::TuntapCommand::parse(words)?));
        } else if matches(object, "vrf", 1) {
            return Ok(Command::Vrf(vrf::VrfShow::parse(words)?));
        } else if matches(object, "netns", 2) {
            return Ok(Command::Netns(netns::NetnsCommand::parse(words, all)?));
        } else if object == "ethtool" {
            return Ok(Command::Ethtool(ethtool::EthtoolCommand::parse(words)?));
        } else if matches(object, "maddress", 1) {
            return Ok(Command::Maddress(maddress::MaddressCommand::parse(words)?));
        } else if matches(object, "addrlabel", 5) {
            return Ok(Command::Addrlabel(addrlabel::AddrlabelCommand::parse(words)?));
        } else if is_tcp_metrics(object) {
            return Ok(Command::TcpMetrics(tcp_metrics::TcpMetricsCommand::parse(words, family)?));
        } else if matches(object, "monitor", 2) {
            return Ok(Command::Monitor(monitor::MonitorCommand::parse(words)?));
        } else if matches(object, "mroute", 2) {
            return Ok(Command::Mroute(mroute::MrouteShow::parse(words, family)?));
        } else if matches(object, "stats", 2) {
            return Ok(Command::IpStats(ipstats::IpStatsCommand::parse(words)?));
        } else if matches(object, "mptcp", 2) {
            return Ok(Command::Mptcp(mptcp::MptcpCommand::parse(words)?));
        } else if matches(object, "rule", 2) {
            return rule::RuleCommand::parse(verb, is_show, args, family).map(Command::Rule);
        } else if matches(object, "mrule", 3) {
            let family = rule::multicast_family(family)?;
            return rule::RuleCommand::parse(verb, is_show, args, family).map(Command::Rule);
        } else if matches(object, "actions", 2) {
            return tc::actions::ActionsCommand::parse(words).map(Command::TcActions);
        } else if matches(object, "chain", 2) {
            return tc::chain::ChainCommand::parse(words).map(Command::TcChain);
        } else if matches(object, "xfrm", 1) {
            return Ok(Command::Xfrm(Box::new(xfrm::XfrmCommand::parse(words, family)?)));
        } else if let Some(tc_object) = tc::object(object) {
            if is_show {
                return Ok(Command::TcShow(tc::Show::parse(tc_object, args)?));
            }
        } else {
            return Err(CliError::rejected(format!("Object \"{object}\" is unknown, try \"nlw help\".")));
        }
        Ok(Command::Modify(modify::Change::parse(object, verb, args, family)?))
    }

    /// Runs the command. The runs of rarely used commands (`tuntap`,
    /// `mptcp`, `monitor`, `maddress`, `nexthop`, `vrf`, `netconf`, `ntable`, `token`) are
    /// `#[inline(never)]`: inlined into this one body, they took 873 bytes
    /// more code.
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            Command::LinkShow(filter) => link::show(ctx, filter),
            Command::LinkProperty(property) => property.run(ctx),
            Command::AddrShow(filter) => link::show_addresses(ctx, filter),
            Command::AddrFlush(filter) => link::flush_addresses(ctx, filter),
            Command::RouteShow(selector) => route::show(ctx, selector),
            Command::RouteGet(spec) => route::get(ctx, spec),
            Command::RouteFlush(spec) => route::flush(ctx, spec),
            Command::RouteSave(selector) => route::save(ctx, selector),
            Command::RouteRestore => route::restore(ctx),
            Command::RouteShowdump => route::showdump(ctx),
            Command::AddrSave(filter) => link::save_addresses(ctx, filter),
            Command::AddrRestore => link::restore_addresses(ctx),
            Command::AddrShowdump => link::show_saved_addresses(ctx),
            Command::Neigh(neigh) => neigh.run(ctx),
            Command::Rule(rule) => rule.run(ctx),
            // A `-batch` line: ip forks for `netns exec` there.
            Command::Netns(netns) => {
                netns.run(ctx.json, ctx.pretty, ctx.netns.as_deref(), netns::Exec::Child)
            }
            Command::Ethtool(ethtool) => ethtool.run(ctx.netns.as_deref()),
            Command::Monitor(command) => monitor::run(ctx, command),
            Command::TcShow(show) => tc::show(ctx, show),
            Command::TcChain(chain) => chain.run(ctx),
            Command::TcActions(actions) => actions.run(ctx),
            Command::Modify(change) => change.apply(ctx),
            Command::Help(usage) => {
                eprintln!("{usage}");
                Ok(())
            }
            Command::Mptcp(mptcp) => mptcp.run(ctx),
            Command::Sr(sr) => sr.run(ctx),
            Command::Ioam(ioam) => ioam.run(ctx),
            Command::Nexthop(nexthop) => nexthop.run(ctx),
            Command::Netconf(netconf) => netconf.run(ctx),
            Command::Ntable(ntable) => ntable.run(ctx),
            Command::Token(token) => token.run(ctx),
            Command::Wg(wg) => wg.run(ctx.netns.as_deref()),
            Command::Tuntap(tuntap) => tuntap.run(ctx),
            Command::Maddress(maddress) => maddress.run(ctx),
            Command::Addrlabel(addrlabel) => addrlabel.run(ctx),
            Command::TcpMetrics(tcp_metrics) => tcp_metrics.run(ctx),
            Command::Vrf(vrf) => vrf.run(ctx),
            Command::Mroute(mroute) => mroute.run(ctx),
            Command::IpStats(stats) => stats.run(ctx),
            Command::LinkStats(stats) => stats.run(ctx),
            Command::Bridge(bridge) => bridge.run(ctx),
            Command::Xfrm(xfrm) => xfrm.run(ctx),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What C's `atoi` gives for each (glibc's, as ip 6.1 reads `-l`).
    #[test]
    fn counts_read_as_atoi_reads_them() {
        for (text, value) in [("12", 12), ("  -3x", -3), ("+7", 7), ("abc", 0), ("", 0), ("4 5", 4), ("-", 0)]
        {
            assert_eq!(atoi(text), value, "{text:?}");
        }
    }
}
