//! `nlw netns exec|identify|pids|attach|set|monitor` and `-all` against ip
//! 6.1, on namespaces the tests create and delete: the same programs run
//! with the same view (devices in `/sys`, files of `/etc/netns/NAME`), the
//! same answers, the same words and exit codes when something is wrong.

use std::io::{BufRead, BufReader};
use std::process::{Command, Output, Stdio};

use nlwire_tests::live::{live, unique_name, TestNs};

const NLW: &str = env!("CARGO_BIN_EXE_nlw");

/// `program args...` (no `-n`), ended: exit code, stdout, stderr with the
/// program's name as ip's.
fn run(program: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let Output { status, stdout, stderr } = Command::new(program).args(args).output().unwrap();
    let stderr = String::from_utf8(stderr).unwrap().replace("nlw ", "ip ").replace("\"nlw", "\"ip");
    (status.code(), String::from_utf8(stdout).unwrap(), stderr)
}

/// ip's and nlw's outcomes of the same command line, ip's first.
fn both(args: &[&str]) -> [(Option<i32>, String, String); 2] {
    ["ip", NLW].map(|program| run(program, args))
}

/// `/etc/netns/NAME`, holding `hosts`, removed when dropped.
struct EtcFiles(std::path::PathBuf);

impl EtcFiles {
    fn new(name: &str, hosts: &str) -> EtcFiles {
        let dir = std::path::Path::new("/etc/netns").join(name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("hosts"), hosts).unwrap();
        EtcFiles(dir)
    }
}

impl Drop for EtcFiles {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn exec_runs_programs_as_ip_netns_exec_does() {
    if !live("exec_runs_programs_as_ip_netns_exec_does") {
        return;
    }
    let ns = TestNs::new();
    let ok =
        Command::new("ip").args(["-n", &ns.name, "link", "add", "x0", "type", "veth", "peer", "x1"]).status();
    assert!(ok.unwrap().success());
    let _etc = EtcFiles::new(&ns.name, "192.0.2.10 inside\n");
    let hosts_here = std::fs::read_to_string("/etc/hosts").unwrap();
    // What a program sees: the namespace's devices in /sys and through
    // netlink, /etc/netns's files over /etc's, and one sysfs on /sys.
    let view = "ls /sys/class/net; cat /etc/hosts; ip -o link show | cut -d: -f2; \
                grep -c ' /sys ' /proc/self/mountinfo; echo \"$0 $1\"";
    let [ip, ours] = both(&["netns", "exec", &ns.name, "sh", "-c", view, "first", "second word"]);
    assert_eq!(ours, ip);
    assert_eq!(ours.0, Some(0));
    assert!(ours.1.starts_with("lo\nx0\nx1\n192.0.2.10 inside\n"), "{}", ours.1);
    assert!(ours.1.ends_with("first second word\n"), "{}", ours.1);
    // Nothing leaked back to this mount namespace.
    assert_eq!(std::fs::read_to_string("/etc/hosts").unwrap(), hosts_here);
    assert!(!std::path::Path::new("/sys/class/net/x0").exists());

    // The program's exit code is ip's; so are the failures.
    let missing = unique_name();
    for args in [
        vec!["netns", "exec", &ns.name, "sh", "-c", "exit 7"],
        vec!["netns", "exec", &ns.name, "/nonexistent/program"],
        vec!["netns", "exec", &missing, "true"],
        vec!["netns", "exec", &ns.name],
        vec!["netns", "exec"],
        vec!["netns", "exec", "a/b", "true"],
        vec!["netns", "e", &ns.name, "echo", "prefix"],
    ] {
        let [ip, ours] = both(&args);
        assert_eq!(ours, ip, "{args:?}");
    }
    assert!(!std::path::Path::new("/run/netns").join(&missing).exists());
}

#[test]
fn exec_in_a_batch_runs_a_child_and_fails_the_line() {
    if !live("exec_in_a_batch_runs_a_child_and_fails_the_line") {
        return;
    }
    let ns = TestNs::new();
    let file = std::env::temp_dir().join(format!("nlw-netns-exec-{}.batch", std::process::id()));
    let lines = format!(
        "netns exec {0} echo one\nnetns exec {0} sh -c \"exit 3\"\nnetns exec {0} echo three\n",
        ns.name
    );
    std::fs::write(&file, lines).unwrap();
    let path = file.to_str().unwrap();
    for options in [&["-batch"][..], &["-force", "-batch"]] {
        let args = [options, &[path]].concat();
        let [ip, ours] = both(&args);
        assert_eq!(ours, ip, "{args:?}");
    }
    let [_, ours] = both(&["-force", "-batch", path]);
    assert_eq!((ours.0, ours.1.as_str()), (Some(1), "one\nthree\n"));
    std::fs::remove_file(&file).unwrap();
}

/// The sections of `-all netns exec`'s output, by namespace: ip prints
/// `\nnetns: NAME\n` before each program's output.
fn sections(text: &str) -> Vec<(String, String)> {
    text.split("\nnetns: ")
        .skip(1)
        .map(|section| {
            let (name, output) = section.split_once('\n').unwrap_or((section, ""));
            (name.to_owned(), output.to_owned())
        })
        .collect()
}

#[test]
fn all_exec_runs_the_program_in_each_namespace_as_ip() {
    if !live("all_exec_runs_the_program_in_each_namespace_as_ip") {
        return;
    }
    let ns = [TestNs::new(), TestNs::new()];
    let ok = Command::new("ip")
        .args(["-n", &ns[1].name, "link", "add", "y0", "type", "veth", "peer", "y1"])
        .status();
    assert!(ok.unwrap().success());
    let program = ["sh", "-c", "ls /sys/class/net | tr '\\n' ' '; echo"];
    let [ip, ours] = ["ip", NLW].map(|p| run(p, &[&["-all", "netns", "exec"][..], &program].concat()));
    assert_eq!((ours.0, ip.0), (Some(0), Some(0)), "{}{}", ours.2, ip.2);
    assert!(ours.1.starts_with("\nnetns: "), "{:?}", ours.1);
    // Other tests' namespaces come and go meanwhile: ours must be there,
    // each as ip shows it.
    let (ours, theirs) = (sections(&ours.1), sections(&ip.1));
    for (test_ns, devices) in [(&ns[0].name, "lo \n"), (&ns[1].name, "lo y0 y1 \n")] {
        let find = |s: &[(String, String)]| s.iter().find(|(n, _)| n == test_ns).map(|(_, out)| out.clone());
        assert_eq!(find(&ours).as_deref(), Some(devices), "{ours:?}");
        assert_eq!(find(&ours), find(&theirs));
    }
    // `-a` and `-al` are `-all`, as in ip.
    for option in ["-a", "-al"] {
        let (code, out, _) = run(NLW, &[&[option, "netns", "exec"][..], &program].concat());
        assert_eq!(code, Some(0));
        assert!(sections(&out).iter().any(|(n, _)| *n == ns[0].name), "{option}");
    }
    // No command: ip's words.
    let [ip, ours] = both(&["-all", "netns", "exec"]);
    assert_eq!(ours, ip);
}

#[test]
fn all_netns_del_deletes_every_named_namespace() {
    if !live("all_netns_del_deletes_every_named_namespace") {
        return;
    }
    // In a mount namespace of its own, over a /run/netns of its own, so that
    // the other tests' namespaces are not touched.
    let ns = TestNs::new();
    let script = format!(
        "mount -t tmpfs nlw-test /run/netns && {0} netns add a && {0} netns add b && ls /run/netns | tr '\\n' ' ' \
         && {0} -all netns del && echo left: $(ls /run/netns)",
        NLW
    );
    let out = Command::new("unshare")
        .args(["-m", "--propagation", "private", "sh", "-c", &script])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout, "a b left:\n");
    assert!(nlwire_tests::live::ip_netns_list().contains(&ns.name), "the real /run/netns is untouched");
}

/// A process left running in `ns` (`ip netns exec NS sleep`), killed when dropped.
struct Sleeper(std::process::Child);

impl Sleeper {
    fn new(ns: &TestNs) -> Sleeper {
        let child = Command::new("ip").args(["netns", "exec", &ns.name, "sleep", "60"]).spawn().unwrap();
        // `ip netns exec` replaces itself with sleep: the pid is sleep's once
        // its namespace is the test's.
        let target = std::fs::metadata(format!("/run/netns/{}", ns.name)).unwrap();
        use std::os::unix::fs::MetadataExt;
        for _ in 0..200 {
            let here = std::fs::metadata(format!("/proc/{}/ns/net", child.id()));
            if here.is_ok_and(|m| m.ino() == target.ino() && m.dev() == target.dev()) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        Sleeper(child)
    }
}

impl Drop for Sleeper {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn identify_pids_attach_and_set_agree_with_ip() {
    if !live("identify_pids_attach_and_set_agree_with_ip") {
        return;
    }
    let ns = TestNs::new();
    let sleeper = Sleeper::new(&ns);
    let pid = sleeper.0.id().to_string();

    let [ip, ours] = both(&["netns", "pids", &ns.name]);
    assert_eq!(ours, ip);
    assert_eq!(ours.1, format!("{pid}\n"));
    let [ip, ours] = both(&["netns", "identify", &pid]);
    assert_eq!(ours, ip);
    assert_eq!(ours.1, format!("{}\n", ns.name));
    // Without a pid: the namespace nlw runs in.
    let inside = run("ip", &["netns", "exec", &ns.name, NLW, "netns", "identify"]);
    assert_eq!(inside, (Some(0), format!("{}\n", ns.name), String::new()));

    // attach: a second name for the sleeper's namespace; ip sees it.
    let second = unique_name();
    let attached = run(NLW, &["netns", "attach", &second, &pid]);
    let found = run("ip", &["netns", "pids", &second]);
    let deleted = run(NLW, &["netns", "del", &second]);
    assert_eq!(attached, (Some(0), String::new(), String::new()));
    assert_eq!(found.1, format!("{pid}\n"));
    assert_eq!(deleted.0, Some(0));
    assert!(!std::path::Path::new("/run/netns").join(&second).exists());

    // set: an id for the namespace, as `ip netns list` then shows it; a
    // second one is refused as ip's is.
    let id = (0..100)
        .map(|n| (6000 + std::process::id() % 10_000 + n).to_string())
        .find(|id| run(NLW, &["netns", "set", &ns.name, id]).0 == Some(0))
        .expect("nlw netns set NAME ID");
    let listed = run("ip", &["netns", "list"]).1;
    assert!(listed.lines().any(|l| l == format!("{} (id: {id})", ns.name)), "{listed}");
    let [ip, ours] = both(&["netns", "set", &ns.name, "auto"]);
    assert_eq!(ours, ip);
    assert_eq!(ours.0, Some(2));
    drop(sleeper);
}

#[test]
fn bad_netns_arguments_fail_as_ips_and_change_nothing() {
    if !live("bad_netns_arguments_fail_as_ips_and_change_nothing") {
        return;
    }
    let ns = TestNs::new();
    let missing = unique_name();
    for args in [
        vec!["netns", "attach"],
        vec!["netns", "attach", &missing],
        vec!["netns", "attach", &missing, "0"],
        vec!["netns", "attach", &missing, "abc"],
        vec!["netns", "attach", &missing, "999999999"],
        vec!["netns", "attach", &ns.name, "1"],
        vec!["netns", "set"],
        vec!["netns", "set", &ns.name],
        vec!["netns", "set", &ns.name, "abc"],
        vec!["netns", "set", &ns.name, "-3"],
        vec!["netns", "set", &missing, "3"],
        vec!["netns", "identify", "abc"],
        vec!["netns", "identify", "1", "2"],
        vec!["netns", "identify", "999999999"],
        vec!["netns", "pids"],
        vec!["netns", "pids", &ns.name, "x"],
        vec!["netns", "pids", &missing],
        vec!["netns", "bogus"],
        vec!["netns", "help"],
        vec!["netns", "add", &ns.name],
        vec!["netns", "del", &missing],
    ] {
        let [ip, ours] = both(&args);
        assert_eq!(ours, ip, "{args:?}");
        assert_ne!(ours.0, Some(0), "{args:?}");
    }
    // Nothing made, nothing taken (other tests' namespaces come and go).
    let after = nlwire_tests::live::ip_netns_list();
    assert!(after.contains(&ns.name) && !after.contains(&missing), "{after:?}");
}

#[test]
fn monitor_reports_names_added_and_deleted() {
    if !live("monitor_reports_names_added_and_deleted") {
        return;
    }
    let mut monitor = Command::new(NLW).args(["netns", "monitor"]).stdout(Stdio::piped()).spawn().unwrap();
    let mut lines = BufReader::new(monitor.stdout.take().unwrap()).lines();
    // The watch is set up before the first event it can report; wait for it
    // with a namespace of its own.
    std::thread::sleep(std::time::Duration::from_millis(300));
    let name = {
        let ns = TestNs::new();
        ns.name.clone()
    };
    // Other tests' namespaces come and go meanwhile: only ours counts.
    let events = [format!("add {name}"), format!("delete {name}")];
    let ours: Vec<String> =
        lines.by_ref().map(Result::unwrap).filter(|l| events.contains(l)).take(2).collect();
    let _ = monitor.kill();
    let _ = monitor.wait();
    assert_eq!(ours, events);
}
