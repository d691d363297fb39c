//! Helpers shared by the CLI's test files: `nlw` run in a throwaway
//! namespace, and twin namespaces prepared alike, one changed by ip or tc,
//! the other by nlw, whose outcomes and states are compared.

// Each test file uses its own part of these.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::process::{Command, Output};

use nlwire_tests::live::TestNs;
use serde_json::Value;

/// `nlw -n NS args...`.
pub fn nlw(ns: &TestNs, args: &[&str]) -> Output {
    nlw_os(ns, args)
}

/// `nlw -n NS args...` with arguments that may not be UTF-8.
pub fn nlw_os<A: AsRef<OsStr>>(ns: &TestNs, args: &[A]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nlw")).arg("-n").arg(&ns.name).args(args).output().expect("run nlw")
}

/// How a program ended: exit code, stdout, stderr.
pub type Ended = (Option<i32>, String, String);

/// `out` as [`Ended`] (the program's output must be UTF-8).
pub fn ended(out: Output) -> Ended {
    (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// `nlw -n NS args...`, ended.
pub fn nlw_ended(ns: &TestNs, args: &[&str]) -> Ended {
    ended(nlw(ns, args))
}

/// `ip netns exec NS program args...`, ended.
pub fn exec_ended(ns: &TestNs, program: &str, args: &[&str]) -> Ended {
    ended(
        Command::new("ip")
            .args(["netns", "exec", &ns.name, program])
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("run {program}: {e}")),
    )
}

/// `nlw -j args...`, parsed.
pub fn nlw_json(ns: &TestNs, args: &[&str]) -> Value {
    let out = nlw(ns, &[&["-j"], args].concat());
    assert!(out.status.success(), "nlw -j {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("nlw -j {args:?}: {e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// Every key of every object ip printed is in ours with the same value;
/// `identity` picks the keys that pair objects up.
pub fn same(ns: &TestNs, args: &[&str], identity: &[&str]) {
    let ours = nlw_json(ns, args);
    let theirs = ns.ip_json(args);
    let (ours, theirs) = (ours.as_array().unwrap(), theirs.as_array().unwrap());
    // iproute2 6.1 prints `{}` for objects its filters hide.
    let theirs: Vec<&Value> =
        theirs.iter().filter(|t| t.as_object().is_some_and(|o| !o.is_empty())).collect();
    assert_eq!(ours.len(), theirs.len(), "{args:?}\nours {ours:#?}\nip {theirs:#?}");
    for t in theirs {
        let o = ours
            .iter()
            .find(|o| identity.iter().all(|k| o[k] == t[k]))
            .unwrap_or_else(|| panic!("{args:?}: nothing like {t}"));
        for (key, value) in t.as_object().unwrap() {
            assert_eq!(&o[key], value, "{args:?} {t}: key {key}");
        }
    }
}

/// The text of `args`, from ours and from ip.
pub fn texts(ns: &TestNs, args: &[&str]) -> [String; 2] {
    [env!("CARGO_BIN_EXE_nlw"), "ip"].map(|program| {
        let out = Command::new(program).arg("-n").arg(&ns.name).args(args).output().unwrap();
        assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    })
}

/// Our text is ip's, byte for byte (ip ends most words with a space).
pub fn same_text(ns: &TestNs, args: &[&str]) {
    let [ours, theirs] = texts(ns, args);
    assert!(!theirs.is_empty(), "{args:?}: ip printed nothing");
    assert_eq!(ours, theirs, "{args:?}: ours, then ip's");
}

/// iproute2's program for a command line: `tc` for qdisc, class and filter.
pub fn reference_program(args: &[&str]) -> &'static str {
    let object = args.iter().find(|a| !a.starts_with('-')).copied().unwrap_or("");
    if ["qdisc", "class", "filter"].contains(&object) {
        "tc"
    } else {
        "ip"
    }
}

/// How a command ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub code: Option<i32>,
    pub stderr: String,
}

impl Outcome {
    fn of(out: &Output) -> Outcome {
        Outcome { code: out.status.code(), stderr: String::from_utf8_lossy(&out.stderr).into_owned() }
    }
}

/// Two namespaces prepared alike: `reference` is changed with ip or tc,
/// `ours` with nlw. Both are deleted when the twins drop.
pub struct Twins {
    pub reference: TestNs,
    pub ours: TestNs,
}

impl Twins {
    /// Twins with `setup` applied to both: lines of `ip -batch`, and lines
    /// starting with `tc ` given to `tc -batch`. IPv6 addresses are not
    /// generated for links, and there is no duplicate address detection,
    /// so that the twins stay alike whatever their links' random MACs.
    pub fn new(setup: &str) -> Twins {
        let twins = Twins { reference: TestNs::new(), ours: TestNs::new() };
        for ns in [&twins.reference, &twins.ours] {
            prepare(ns, setup);
        }
        // Settled: the kernel finishes some of a link's going up (an IPv6
        // address leaving its tentative state, its local route) later.
        let (theirs, ours) = twins.settled_states();
        assert_eq!(theirs, ours, "the twins start alike");
        twins
    }

    /// `args` through ip (or tc) in one twin and through nlw in the other.
    pub fn run(&self, args: &[&str]) -> (Outcome, Outcome) {
        let program = reference_program(args);
        let theirs =
            Command::new(program).arg("-n").arg(&self.reference.name).args(args).output().expect("run ip");
        (Outcome::of(&theirs), Outcome::of(&nlw(&self.ours, args)))
    }

    /// Runs `args` both ways and asserts the same exit code and the same
    /// resulting state; returns both outcomes.
    pub fn same(&self, args: &[&str]) -> (Outcome, Outcome) {
        let (theirs, ours) = self.run(args);
        assert_eq!(
            ours.code,
            theirs.code,
            "{args:?}: exit codes differ\n  nlw: {}  {}: {}",
            ours.stderr,
            reference_program(args),
            theirs.stderr
        );
        assert!(!ours.stderr.contains("panicked"), "{args:?}: {}", ours.stderr);
        let (s_theirs, s_ours) = self.settled_states();
        if s_ours != s_theirs {
            let only = |a: &str, b: &str| {
                let b: Vec<&str> = b.lines().collect();
                a.lines().filter(|l| !b.contains(l)).collect::<Vec<_>>().join("\n")
            };
            panic!(
                "{args:?}: states differ\n  only after nlw:\n{}\n  only after {}:\n{}",
                only(&s_ours, &s_theirs),
                reference_program(args),
                only(&s_theirs, &s_ours)
            );
        }
        (theirs, ours)
    }
}

impl Twins {
    /// Both states, ip's first, read again for a while when they differ:
    /// the kernel adds some routes of a link that went up from a work queue.
    pub fn settled_states(&self) -> (String, String) {
        for _ in 0..40 {
            let (theirs, ours) = (state(&self.reference), state(&self.ours));
            if theirs == ours {
                return (theirs, ours);
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        (state(&self.reference), state(&self.ours))
    }

    /// Whether the twins' states agree, once settled.
    pub fn agree(&self) -> bool {
        let (theirs, ours) = self.settled_states();
        theirs == ours
    }
}

/// Applies `setup` to `ns` as [`Twins::new`] describes.
pub fn prepare(ns: &TestNs, setup: &str) {
    for key in ["all.accept_dad=0", "default.accept_dad=0", "default.addr_gen_mode=1"] {
        let ok = Command::new("ip")
            .args(["netns", "exec", &ns.name, "sysctl", "-qw", &format!("net.ipv6.conf.{key}")])
            .status()
            .unwrap();
        assert!(ok.success(), "sysctl {key}");
    }
    let (mut ip, mut tc) = (String::new(), String::new());
    for line in setup.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.strip_prefix("tc ") {
            Some(tc_line) => tc += &format!("{tc_line}\n"),
            None => ip += &format!("{line}\n"),
        }
    }
    for (program, lines) in [("ip", ip), ("tc", tc)] {
        if lines.is_empty() {
            continue;
        }
        let path = std::env::temp_dir().join(format!("{}.{program}.batch", ns.name));
        std::fs::write(&path, lines).expect("write batch file");
        let out = Command::new(program).arg("-n").arg(&ns.name).arg("-batch").arg(&path).output().unwrap();
        let _ = std::fs::remove_file(&path);
        assert!(out.status.success(), "{program} -batch: {}", String::from_utf8_lossy(&out.stderr));
    }
}

/// A dump of one reference command, as JSON, or the failure's text.
fn dump(ns: &TestNs, program: &str, args: &[&str]) -> Value {
    let out = Command::new(program).arg("-n").arg(&ns.name).arg("-j").args(args).output().unwrap();
    if !out.status.success() {
        return Value::String(format!("exit {:?}", out.status.code()));
    }
    // tc 6.1 prints classes as text even with -j.
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&out.stdout).into_owned()))
}

/// What the twins are compared on: links, addresses, routes, neighbours,
/// rules, nexthops, qdiscs, classes and filters, as ip and tc show them, without
/// what moves by itself (random MACs, carrier, htb's count of unclassified
/// packets), one object a line, sorted
/// (the kernel dumps some routes in the order work queues added them).
pub fn state(ns: &TestNs) -> String {
    let mut lines = Vec::new();
    for (key, value) in state_json(ns).as_object().unwrap() {
        match value {
            Value::Array(items) => lines.extend(items.iter().map(|i| format!("{key} {i}"))),
            other => lines.push(format!("{key} {other}")),
        }
    }
    lines.sort();
    lines.join("\n")
}

/// [`state`] as one JSON object, unsorted.
pub fn state_json(ns: &TestNs) -> Value {
    let mut links = dump(ns, "ip", &["link", "show"]);
    for link in links.as_array_mut().into_iter().flatten() {
        let Some(link) = link.as_object_mut() else { continue };
        for key in ["address", "broadcast", "operstate", "permaddr"] {
            link.remove(key);
        }
        if let Some(Value::Array(flags)) = link.get_mut("flags") {
            flags.retain(|f| !["LOWER_UP", "NO-CARRIER", "M-DOWN"].contains(&f.as_str().unwrap_or("")));
        }
    }
    let mut addrs = dump(ns, "ip", &["address", "show"]);
    for link in addrs.as_array_mut().into_iter().flatten() {
        if let Some(link) = link.as_object_mut() {
            link.retain(|k, _| k == "ifname" || k == "addr_info");
        }
    }
    let mut state = serde_json::Map::new();
    state.insert("links".into(), links);
    state.insert("addresses".into(), addrs);
    for (key, program, args) in [
        ("routes4", "ip", &["-4", "route", "show", "table", "all"][..]),
        ("routes6", "ip", &["-6", "route", "show", "table", "all"]),
        ("neighbours", "ip", &["neigh", "show", "nud", "permanent"]),
        ("rules4", "ip", &["-4", "rule", "show"]),
        ("rules6", "ip", &["-6", "rule", "show"]),
        ("nexthops", "ip", &["nexthop", "show"]),
        ("qdiscs", "tc", &["qdisc", "show"]),
        ("classes", "tc", &["class", "show", "dev", "v0"]),
        ("filters", "tc", &["filter", "show", "dev", "v0", "parent", "1:"]),
        ("ingress", "tc", &["filter", "show", "dev", "v0", "ingress"]),
    ] {
        state.insert(key.into(), dump(ns, program, args));
    }
    // htb counts the packets it sent unclassified: the kernel's own (IPv6
    // multicast listener reports) move it, not the commands compared.
    for qdisc in state["qdiscs"].as_array_mut().into_iter().flatten() {
        if let Some(options) = qdisc["options"].as_object_mut() {
            options.remove("direct_packets_stat");
        }
    }
    // Qdiscs made without a handle are numbered from one counter shared by
    // every namespace (8001:, 8002:, ...): the twins never get the same one.
    for qdisc in state["qdiscs"].as_array_mut().into_iter().flatten() {
        if qdisc["handle"].as_str().is_some_and(automatic_handle) {
            qdisc["handle"] = "automatic".into();
        }
    }
    Value::Object(state)
}

/// Whether `handle` (`8001:`) is one the kernel numbers a qdisc added
/// without a handle with: from a counter shared by all namespaces, from
/// 8001: up to fffe:, so that the twins' differ.
fn automatic_handle(handle: &str) -> bool {
    let major = handle.strip_suffix(':').and_then(|h| u16::from_str_radix(h, 16).ok());
    major.is_some_and(|m| (0x8000..0xffff).contains(&m))
}

/// Stops a child (a monitor) however the test ends: one left running would
/// also hold the test's output open.
pub struct Running(pub std::process::Child);

impl Running {
    /// Stops it and returns all it printed (its stdout must be piped).
    pub fn stop(mut self) -> String {
        self.0.kill().expect("stop monitor");
        let mut out = String::new();
        std::io::Read::read_to_string(&mut self.0.stdout.take().expect("piped stdout"), &mut out).unwrap();
        out
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Lines of a child's stdout, as they come.
pub fn lines_of(child: &mut std::process::Child) -> std::sync::mpsc::Receiver<String> {
    use std::io::{BufRead, BufReader};
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    rx
}

/// The lines `rx` gives until one contains `end` (that one included).
pub fn lines_until(rx: &std::sync::mpsc::Receiver<String>, end: &str) -> Vec<String> {
    let mut lines = Vec::new();
    loop {
        let line = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .unwrap_or_else(|_| panic!("no {end:?}: {lines:?}"));
        let done = line.contains(end);
        lines.push(line);
        if done {
            return lines;
        }
    }
}

/// `nlw -n NS args...` and `ip -n NS args...` (a monitor each, in that
/// order) started and ready: `probe(n)` makes a change until each has
/// printed a line, without guessing how long they take to subscribe.
pub fn monitors(
    ns: &TestNs,
    args: &[&str],
    mut probe: impl FnMut(usize),
) -> [(Running, std::sync::mpsc::Receiver<String>); 2] {
    [env!("CARGO_BIN_EXE_nlw"), "ip"].map(|program| {
        let mut child = Running(
            Command::new(program)
                .arg("-n")
                .arg(&ns.name)
                .args(args)
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap(),
        );
        let rx = lines_of(&mut child.0);
        for n in 0.. {
            assert!(n < 500, "{program} {args:?} printed nothing");
            probe(n);
            if rx.recv_timeout(std::time::Duration::from_millis(20)).is_ok() {
                break;
            }
        }
        (child, rx)
    })
}

/// A netlink message a program sent, as `strace -xx` shows it: its type
/// (strace writes a number or a name), its flags, and the bytes after its
/// header as `\\xNN` each.
pub struct Sent {
    pub kind: String,
    pub flags: String,
    pub body: String,
}

/// What `program -n NS args...` (with the variables `env` set) sends under
/// `strace -f`: each netlink message whose type is one of `kinds` (give a
/// type's number and name both); and how the program ended.
pub fn strace_sent(
    ns: &TestNs,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
    kinds: &[&str],
) -> (Output, Vec<Sent>) {
    let trace = std::env::temp_dir().join(format!("{}.{}.strace", ns.name, program.len()));
    let out = Command::new("strace")
        .args(["-f", "-e", "trace=sendmsg,sendto", "-xx", "-s", "65535", "-o"])
        .arg(&trace)
        .args([program, "-n", &ns.name])
        .args(args)
        .envs(env.iter().copied())
        .output()
        .expect("run strace");
    let text = std::fs::read_to_string(&trace).unwrap_or_default();
    let _ = std::fs::remove_file(&trace);
    let field = |line: &str, key: &str| {
        let at = line.find(key).map(|i| i + key.len())?;
        Some(line[at..].split([',', ' ']).next()?.to_owned())
    };
    let sent = text
        .lines()
        .filter_map(|line| {
            let kind = field(line, "nlmsg_type=").filter(|k| kinds.contains(&k.as_str()))?;
            let body = line.split("nlmsg_pid=").nth(1)?.split('"').nth(1)?.to_owned();
            Some(Sent { kind, flags: field(line, "nlmsg_flags=")?, body })
        })
        .collect();
    (out, sent)
}

/// What `nlw -n NS args...` printed, and how many link names it asked of
/// the kernel one at a time (`SIOCGIFNAME` under `strace -e ioctl`).
pub fn names_asked(ns: &TestNs, args: &[&str]) -> (Output, usize) {
    let trace = std::env::temp_dir().join(format!("{}.ioctl.strace", ns.name));
    let out = Command::new("strace")
        .args(["-f", "-e", "trace=ioctl", "-o"])
        .arg(&trace)
        .args([env!("CARGO_BIN_EXE_nlw"), "-n", &ns.name])
        .args(args)
        .output()
        .expect("run strace");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&trace).unwrap_or_default();
    let _ = std::fs::remove_file(&trace);
    let asked = text.lines().filter(|l| l.contains("SIOCGIFNAME")).count();
    (out, asked)
}
