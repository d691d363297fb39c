//! `nlw qdisc|class|filter show` with tc 6.1's selectors (`root`, `handle`,
//! `parent`, `ingress`, `clsact`, `invisible`; `classid`, `qdisc`;
//! `pref`, `protocol`, `chain`, `handle`, `block`) and with `-d`, against
//! `tc` on a namespace the test builds: text byte for byte, JSON equal to
//! tc's, and bad selectors refused with tc's words and exit codes.

use std::process::{Command, Output};

use nlwire_tests::live::{live, TestNs};

mod common;

fn run(program: &str, ns: &TestNs, line: &str) -> Output {
    Command::new(program).arg("-n").arg(&ns.name).args(line.split_whitespace()).output().expect("run")
}

fn nlw(ns: &TestNs, line: &str) -> Output {
    run(env!("CARGO_BIN_EXE_nlw"), ns, line)
}

fn tc(ns: &TestNs, line: &str) -> Output {
    run("tc", ns, line)
}

/// Runs tc, which must succeed.
fn tc_ok(ns: &TestNs, line: &str) {
    let out = tc(ns, line);
    assert!(out.status.success(), "tc {line}: {}", String::from_utf8_lossy(&out.stderr));
}

/// `line` by nlw on `ours` and by tc on `theirs`, both to succeed.
fn both(ours: &TestNs, theirs: &TestNs, line: &str) {
    let out = nlw(ours, line);
    assert!(out.status.success(), "nlw {line}: {}", String::from_utf8_lossy(&out.stderr));
    tc_ok(theirs, line);
}

/// Veth pairs v0/v1 and v2/v3, up, with IPv6 off so that nothing is sent
/// on them (htb's `direct_packets_stat` stays still); an htb tree with a
/// tbf leaf (by its link layer, overhead and mpu too) and u32 filters in
/// two chains on v0, clsact with an egress filter on v0, ingress bound to
/// shared block 7 with a filter in the block on v1, tbf with a peak rate
/// on v2.
fn build(ns: &TestNs) {
    for conf in ["all", "default"] {
        let sysctl = format!("net.ipv6.conf.{conf}.disable_ipv6=1");
        let ok = Command::new("ip").args(["netns", "exec", &ns.name, "sysctl", "-qw", &sysctl]).status();
        assert!(ok.unwrap().success());
    }
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "add", "v2", "type", "veth", "peer", "name", "v3"]);
    for dev in ["v0", "v1", "v2", "v3"] {
        ns.ip(&["link", "set", dev, "up"]);
    }
    for line in [
        "qdisc add dev v0 root handle 1: htb default 10",
        "class add dev v0 parent 1: classid 1:10 htb rate 1mbit ceil 2mbit",
        "class add dev v0 parent 1:10 classid 1:11 htb rate 1mbit prio 3",
        "class add dev v0 parent 1:10 classid 1:12 htb rate 1mbit overhead 20 linklayer atm mpu 64",
        "qdisc add dev v0 parent 1:11 handle 11: tbf rate 1mbit burst 32k latency 50ms",
        "qdisc add dev v0 parent 1:12 handle 12: tbf rate 1mbit burst 10k latency 10ms overhead 10 linklayer atm",
        "filter add dev v0 parent 1: protocol ip prio 5 u32 match ip dst 192.0.2.0/24 flowid 1:11",
        "filter add dev v0 parent 1: protocol ip prio 6 chain 2 u32 match ip dst 198.51.100.0/24 flowid 1:12",
        "filter add dev v0 parent 1: protocol arp prio 7 u32 match u32 0 0 flowid 1:11",
        "qdisc add dev v0 clsact",
        "filter add dev v0 egress protocol all prio 1 u32 match u32 0 0 flowid 1:1",
        "qdisc add dev v1 handle ffff: ingress_block 7 ingress",
        "filter add block 7 protocol ip prio 3 u32 match ip src 203.0.113.0/24 flowid 1:1",
        "qdisc add dev v2 root handle 2: tbf rate 1mbit burst 32k latency 50ms peakrate 2mbit mtu 1600",
    ] {
        tc_ok(ns, line);
    }
}

/// nlw prints what tc prints, on stdout, byte for byte, and exits as tc;
/// but for v2's tbf peak rate, which nlw's JSON has and tc 6.1's lacks.
fn same_output(ns: &TestNs, line: &str) {
    let (ours, theirs) = (nlw(ns, line), tc(ns, line));
    assert_eq!(ours.status.code(), theirs.status.code(), "{line}: {}", String::from_utf8_lossy(&ours.stderr));
    let text = |o: &Output| String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(text(&ours).replace("\"peakrate\":250000,", ""), text(&theirs), "{line}");
}

/// nlw refuses `line` as tc does: the same exit code, tc's words on
/// stderr (its name aside), nothing on stdout.
fn same_refusal(ns: &TestNs, line: &str) {
    let (ours, theirs) = (nlw(ns, line), tc(ns, line));
    let stderr = |o: &Output| String::from_utf8_lossy(&o.stderr).replace("\"nlw ", "\"tc ");
    assert_eq!((ours.status.code(), stderr(&ours)), (theirs.status.code(), stderr(&theirs)), "{line}");
    assert!(ours.stdout.is_empty() && theirs.stdout.is_empty(), "{line}");
}

/// The selectors, as text and (but for classes, which tc 6.1 prints as
/// text even with `-j`) JSON: what is sent to the kernel (a class's parent,
/// a filter's parent, pref, protocol, chain, block), what tc compares
/// itself (a qdisc's handle and parent, a class's ID and qdisc), and what
/// each line then leaves out (a filter's asked parent, pref, protocol and
/// chain; a class's major number under `qdisc H`).
#[test]
fn selectors_show_as_tc_shows_them() {
    if !live("selectors_show_as_tc_shows_them") {
        return;
    }
    let ns = TestNs::new();
    build(&ns);
    let shows = [
        "qdisc show dev v0 root",
        "qdisc show dev v0 handle 11:",
        "qdisc show dev v0 hand 12",
        "qdisc show dev v0 parent 1:11",
        "qdisc show dev v0 par 1:12",
        "qdisc show dev v0 ingress",
        "qdisc show dev v0 clsact",
        "qdisc show dev v0 invisible",
        "qdisc show invisible",
        "qdisc show handle 1:",
        "qdisc show root",
        "qdisc show dev v1 dev v0",
        "qdisc show dev v1",
        "filter show dev v0 pref 5",
        "filter show dev v0 prio 6",
        "filter show dev v0 protocol ip",
        "filter show dev v0 protocol arp",
        "filter show dev v0 parent 1: pref 5 protocol ip",
        "filter show dev v0 chain 2",
        "filter show dev v0 chain 0",
        "filter show dev v0 chain 3",
        "filter show dev v0 handle 800::800",
        "filter show dev v0 egress protocol all",
        "filter show dev v0 root",
        "filter show dev v0 pr 6 c 2",
        "filter show block 7",
        "filter show block 7 pref 3",
    ];
    for line in shows {
        same_output(&ns, line);
        same_output(&ns, &format!("-j {line}"));
    }
    for line in [
        "class show dev v0 classid 1:11",
        "class show dev v0 parent 1:10",
        "class show dev v0 root",
        "class show dev v0 qdisc 1:",
        "class show dev v0 qdisc 11:",
        "class show dev v0 qdisc 1: classid 1:12",
    ] {
        same_output(&ns, line);
    }
    // The values themselves, for the reader.
    let out = String::from_utf8(nlw(&ns, "filter show dev v0 parent 1: pref 5 protocol ip").stdout).unwrap();
    assert!(out.starts_with("filter u32 chain 0 \n"), "{out}");
    let out = String::from_utf8(nlw(&ns, "class show dev v0 qdisc 11:").stdout).unwrap();
    assert_eq!(out, "class tbf :1 parent none \n");
}

/// `-d`: htb's version, its classes' quantum, link layer, cells, mpu,
/// overhead and level; tbf's cells, mpu, overhead and link layer, with a
/// peak rate too.
#[test]
fn details_show_as_tc_shows_them() {
    if !live("details_show_as_tc_shows_them") {
        return;
    }
    let ns = TestNs::new();
    build(&ns);
    for line in ["-d qdisc show", "-d -j qdisc show", "-d class show dev v0", "class show dev v0"] {
        same_output(&ns, line);
    }
    let text = String::from_utf8(nlw(&ns, "-d qdisc show dev v0").stdout).unwrap();
    assert!(text.contains(" ver 3.17 ") && text.contains("burst 32Kb/1 mpu 0b "), "{text}");
}

/// Bad selectors: tc's words (its name aside) on stderr and its exit code.
#[test]
fn bad_selectors_exit_as_tc() {
    if !live("bad_selectors_exit_as_tc") {
        return;
    }
    let ns = TestNs::new();
    build(&ns);
    for line in [
        "qdisc show root root",
        "qdisc show handle 1: root",
        "qdisc show handle 1: handle 2:",
        "qdisc show parent 1: ingress",
        "qdisc show handle x",
        "qdisc show parent x",
        "qdisc show parent",
        "qdisc show bogus",
        "class show dev v0 root root",
        "class show dev v0 parent 1: root",
        "class show dev v0 parent 1: parent 1:",
        "class show dev v0 classid x",
        "class show dev v0 classid 1:1 classid 1:2",
        "class show dev v0 qdisc x",
        "class show dev v0 qdisc 1: qdisc 2:",
        "class show dev v0 dev v0",
        "class show dev v0 bogus",
        "filter show dev v0 bogus",
        "filter show dev v0 prio x",
        "filter show dev v0 prio 1 pref 2",
        "filter show dev v0 protocol xx",
        "filter show dev v0 protocol ip protocol ip",
        "filter show dev v0 root root",
        "filter show dev v0 parent 1: egress",
        "filter show dev v0 parent 1: parent 1:",
        "filter show dev v0 handle 1 handle 2",
        "filter show dev v0 chain x",
        "filter show dev v0 chain 1 chain 2",
        "filter show dev v0 block 7",
        "filter show block 7 dev v0",
        "filter show block 0",
        "filter show block 1",
        "filter show dev v0 dev v0",
    ] {
        same_refusal(&ns, line);
    }
}

/// `chain show` with `filter show`'s selectors, and `chain add|delete`:
/// what nlw adds and deletes tc then shows (and shows as tc); the kernel's
/// refusals and bad words exit as tc's, their words as tc's (its name
/// aside), and change nothing.
#[test]
fn chains_show_add_and_delete_as_tc() {
    if !live("chains_show_add_and_delete_as_tc") {
        return;
    }
    let ns = TestNs::new();
    build(&ns);
    let shows = [
        "chain show dev v0",
        "chain show dev v0 parent 1:",
        "chain ls dev v0 parent 1: chain 2",
        "chain show dev v0 egress",
        "chain show dev v0 chain 0",
        "chain show block 7",
        "chain",
    ];
    let tc_text = |line: &str| String::from_utf8(tc(&ns, line).stdout).unwrap();
    for line in shows {
        same_output(&ns, line);
        same_output(&ns, &format!("-j {line}"));
    }
    for line in ["chain add dev v0 parent 1: chain 9", "chain a block 7 chain 4"] {
        let out = nlw(&ns, line);
        assert!(out.status.success(), "{line}: {}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(tc_text("chain show dev v0 parent 1:"), "chain chain 0 \nchain chain 2 \nchain chain 9 \n");
    assert_eq!(tc_text("chain show block 7"), "chain chain 0 \nchain chain 4 \n");
    for line in shows {
        same_output(&ns, line);
        same_output(&ns, &format!("-j {line}"));
    }
    for line in ["chain delete dev v0 parent 1: chain 9", "chain del block 7 chain 4"] {
        assert!(nlw(&ns, line).status.success(), "{line}");
    }
    assert_eq!(tc_text("chain show dev v0 parent 1:"), "chain chain 0 \nchain chain 2 \n");
    assert_eq!(tc_text("chain show block 7"), "chain chain 0 \n");
    let before = [tc_text("chain show dev v0 parent 1:"), tc_text("chain show block 7")];
    for line in [
        "chain del dev v0 parent 1: chain 9",
        "chain add dev v0 parent 1: chain 2",
        "chain add chain 9",
        "chain add dev v0 parent 1: parent 1:",
        "chain add dev v0 parent x",
        "chain add dev v0 block 7",
        "chain add dev v0 root ingress",
        "chain add dev v0 chain 1 chain 2",
        "chain add dev nosuch chain 1",
        "chain show dev v0 bogus",
        "chain frob",
    ] {
        same_refusal(&ns, line);
    }
    assert_eq!([tc_text("chain show dev v0 parent 1:"), tc_text("chain show block 7")], before);
}

/// `actions add|replace|delete|flush` by nlw on one namespace and by tc on
/// its twin leave the same actions (as tc lists them); `actions list|get`
/// print them as tc does (text and JSON, `-s` counters and times, a pair
/// of runs straddling a second run again); the kernel's refusals and bad
/// words exit as tc's, in tc's words (its name aside), and change nothing.
#[test]
fn actions_add_list_get_delete_and_flush_as_tc() {
    if !live("actions_add_list_get_delete_and_flush_as_tc") {
        return;
    }
    let (ours, theirs) = (TestNs::new(), TestNs::new());
    for ns in [&ours, &theirs] {
        ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    }
    let listed = |ns: &TestNs| String::from_utf8(tc(ns, "actions list action mirred").stdout).unwrap();
    for line in [
        "actions add action mirred egress redirect dev v1 index 3",
        "actions add action mirred ingress mirror dev v1 drop index 20",
        "actions add action mirred egress mirror dev v1 pipe",
        "actions add action mirred egress mirror dev v1 continue index 7",
        "actions add action mirred egress mirror index 9 dev v1 reclassify",
        "actions replace action mirred ingress redirect dev v1 index 20",
        "actions change action mirred egress mirror dev v1 trap index 7",
    ] {
        both(&ours, &theirs, line);
    }
    assert_eq!(listed(&ours), listed(&theirs));
    assert!(listed(&ours).contains("total acts 5\n"), "{}", listed(&ours));
    for line in [
        "actions list action mirred",
        "-j actions list action mirred",
        "actions show action mirred since 100000",
        "actions get action mirred index 20",
        "-j actions get action mirred index 7",
        "actions ls action csum",
        "actions",
    ] {
        same_output(&ours, line);
    }
    for line in ["-s actions list action mirred", "-s -j actions get action mirred index 3"] {
        let runs = |_| (nlw(&ours, line).stdout, tc(&ours, line).stdout);
        let (a, b) = (0..3).map(runs).find(|(a, b)| a == b).unwrap_or_else(|| runs(0));
        assert_eq!(String::from_utf8_lossy(&a), String::from_utf8_lossy(&b), "{line}");
    }
    let before = listed(&ours);
    for line in [
        "actions get action mirred index 99",
        "actions delete action mirred index 99",
        "actions get action mirred",
        "actions get action mirred index x",
        "actions frob",
        "actions add action mirred egress redirect dev nosuch index 5",
        "actions add action mirred egress redirect dev v1 index 3",
        "actions flush action frob",
    ] {
        same_refusal(&ours, line);
    }
    // tc's usage, in nlw's words: exit 255 all the same.
    assert_eq!(
        nlw(&ours, "actions list action").status.code(),
        tc(&ours, "actions list action").status.code()
    );
    assert_eq!(listed(&ours), before, "nothing changed");
    both(&ours, &theirs, "actions delete action mirred index 20");
    assert_eq!(listed(&ours), listed(&theirs));
    both(&ours, &theirs, "actions flush action mirred");
    assert_eq!(listed(&ours), listed(&theirs));
    assert_eq!(listed(&ours), "", "none left");
}

/// The `RTM_NEWACTION` a program sends for `line`, as `strace -xx`
/// shows its bytes after the header.
fn action_sent(program: &str, ns: &TestNs, line: &str) -> (Output, String) {
    // RTM_NEWACTION is 0x30.
    first_sent(program, ns, line, &["0x30", "RTM_NEWACTION"])
}

/// The first message of one of `kinds` a program sends for `line`, as
/// `strace -xx` shows its bytes after the header.
fn first_sent(program: &str, ns: &TestNs, line: &str, kinds: &[&str]) -> (Output, String) {
    let args: Vec<&str> = line.split_whitespace().collect();
    let (out, sent) = common::strace_sent(ns, program, &args, &[], kinds);
    (out, sent.into_iter().next().map(|s| s.body).unwrap_or_default())
}

/// nlw sends the `RTM_NEWTFILTER` (0x2c) tc sends for `line`, and ends as
/// tc does: the same exit code, and for what the kernel refuses (no gact,
/// no classifier here) the same words.
fn filter_sent_as_tc(ns: &TestNs, line: &str) {
    let kinds = ["0x2c", "RTM_NEWTFILTER"];
    let (ours, our_bytes) = first_sent(env!("CARGO_BIN_EXE_nlw"), ns, line, &kinds);
    let (theirs, their_bytes) = first_sent("tc", ns, line, &kinds);
    assert!(!their_bytes.is_empty(), "{line}: tc sent nothing");
    assert_eq!(our_bytes, their_bytes, "{line}: ours, then tc's");
    assert_eq!(ours.status.code(), theirs.status.code(), "{line}");
    assert_eq!(String::from_utf8_lossy(&ours.stderr), String::from_utf8_lossy(&theirs.stderr), "{line}");
}

/// `actions add action gact ...` (this kernel has no gact: both are
/// refused alike): nlw sends the bytes tc sends, verdicts, `goto chain`,
/// `jump`, a random verdict and an index included.
#[test]
fn gact_add_is_sent_as_tc_sends_it() {
    if !live("gact_add_is_sent_as_tc_sends_it")
        || (Command::new("strace").arg("-V").output().is_err()
            && !nlwire_tests::live::skip("gact_add_is_sent_as_tc_sends_it", "needs strace"))
    {
        return;
    }
    let ns = TestNs::new();
    for words in [
        "drop index 5",
        "pass random determ drop 10 index 6",
        "goto chain 3",
        "jump 2 index 7",
        "pipe random netrand ok 100",
        "index 9",
        "reclassify",
    ] {
        let line = format!("actions add action gact {words}");
        let (ours, ours_sent) = action_sent(env!("CARGO_BIN_EXE_nlw"), &ns, &line);
        let (theirs, theirs_sent) = action_sent("tc", &ns, &line);
        assert!(!theirs_sent.is_empty(), "{line}: tc sent nothing");
        assert_eq!(ours_sent, theirs_sent, "{line}");
        assert_eq!(ours.status.code(), theirs.status.code(), "{line}");
        assert_eq!(String::from_utf8_lossy(&ours.stderr), String::from_utf8_lossy(&theirs.stderr), "{line}");
    }
}

/// A u32 filter's actions (`... action mirred egress redirect dev ifb0`,
/// the ingress-shaping recipe): filters added by nlw on one namespace and
/// by tc on its twin list the same; nlw sends the bytes tc sends, gact's
/// verdicts too (this kernel has no gact: both are refused alike); bad
/// action words are refused with tc's words and exit codes, nothing sent.
#[test]
fn filter_actions_are_added_as_tc_adds_them() {
    if !live("filter_actions_are_added_as_tc_adds_them") {
        return;
    }
    let (ours, theirs) = (TestNs::new(), TestNs::new());
    for ns in [&ours, &theirs] {
        ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
        ns.ip(&["link", "add", "ifb0", "type", "ifb"]);
        tc_ok(ns, "qdisc add dev v0 root handle 1: htb");
        tc_ok(ns, "qdisc add dev v1 ingress");
    }
    let v0 = "filter add dev v0 parent 1: protocol ip";
    let added = [
        "filter add dev v1 parent ffff: protocol all prio 1 u32 match u32 0 0 action mirred egress redirect dev ifb0"
            .to_owned(),
        format!("{v0} prio 1 u32 match ip dst 192.0.2.0/24 flowid 1:10 action mirred egress redirect dev ifb0"),
        format!(
            "{v0} prio 2 u32 match ip src 198.51.100.0/24 flowid 1:10 action mirred egress mirror dev ifb0 pipe \
             action mirred egress redirect dev ifb0"
        ),
        format!("{v0} prio 3 u32 match ip src 203.0.113.0/24 action mirred egress mirror dev ifb0 pass index 9 flowid 1:10"),
        format!("{v0} prio 4 u32 match ip src 203.0.113.9/32 flowid 1:10 action mirred ingress mirror dev v1 goto chain 3"),
        format!("{v0} prio 5 u32 match ip dst 198.51.100.9/32 action mirred egress redirect index 11 dev v1"),
    ];
    for line in &added {
        both(&ours, &theirs, line);
    }
    let listed = |ns: &TestNs, line: &str| String::from_utf8(tc(ns, line).stdout).unwrap();
    for line in ["filter show dev v0", "filter show dev v1 ingress", "actions list action mirred"] {
        assert_eq!(listed(&ours, line), listed(&theirs, line), "{line}");
    }
    assert!(listed(&ours, "filter show dev v1 ingress")
        .contains("mirred (Egress Redirect to device ifb0) stolen"));

    // Lines whose flowid comes first, or not at all: tc writes the class
    // where it reads it, nlw before the actions.
    let sent_lines = [
        format!("{v0} prio 6 u32 match ip dst 192.0.2.7/32 flowid 1:10 action mirred egress redirect dev ifb0"),
        format!("{v0} prio 6 u32 match ip dst 192.0.2.7/32 action drop"),
        format!("{v0} prio 6 u32 match ip dst 192.0.2.7/32 action gact pass random determ drop 10 index 6"),
        format!("{v0} prio 6 u32 match ip dst 192.0.2.7/32 action index 5"),
        format!("{v0} prio 6 u32 match ip dst 192.0.2.7/32 action mirred egress redirect dev ifb0 drop"),
        format!("{v0} prio 6 u32 match ip dst 192.0.2.7/32 flowid 1:1 action mirred egress mirror dev v1 action ok"),
    ];
    for line in &sent_lines {
        filter_sent_as_tc(&ours, line);
    }

    let before = listed(&ours, "filter show dev v0");
    for words in [
        "action",
        "action mirred",
        "action mirred bogus",
        "action mirred egress bogus",
        "action mirred egress index 9",
        "action mirred index 9 egress redirect dev v1",
        "action mirred egress redirect dev nosuch",
        "action mirred egress mirror dev ifb0 index 4 index x",
        "action bogus",
        "action gact",
        "action gact index x",
        "action drop random bogus",
        "flowid 1:10 action mirred egress redirect",
    ] {
        same_refusal(&ours, &format!("{v0} prio 7 u32 match ip dst 192.0.2.8/32 {words}"));
    }
    assert_eq!(listed(&ours, "filter show dev v0"), before, "nothing changed");
}

/// fw and matchall filters (this kernel has neither: both programs are
/// refused alike): nlw sends the bytes tc sends, handles, masks, classes,
/// devices, flags and actions included; bad words are refused with tc's
/// words and exit codes before anything is sent.
#[test]
fn fw_and_matchall_filters_are_sent_as_tc_sends_them() {
    if !live("fw_and_matchall_filters_are_sent_as_tc_sends_them") {
        return;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "add", "ifb0", "type", "ifb"]);
    tc_ok(&ns, "qdisc add dev v0 root handle 1: htb");
    tc_ok(&ns, "qdisc add dev v1 ingress");
    let v0 = "filter add dev v0 parent 1: protocol ip prio 3";
    let v1 = "filter add dev v1 ingress protocol all prio 4";
    for line in [
        format!("{v0} handle 6 fw"),
        format!("{v0} handle 6 fw classid 1:10"),
        format!("{v0} handle 0x10/0xff fw flowid 1:30 indev v1"),
        format!("{v0} handle 7 fw classid 1:1 action mirred egress redirect dev ifb0"),
        format!("{v0} fw action drop"),
        format!("{v1} matchall"),
        format!("{v1} handle 5 matchall action mirred egress redirect dev ifb0"),
        format!("{v1} matchall skip_sw classid 1:10 action pass action mirred egress mirror dev v0"),
        format!("{v1} handle 12abc matchall classid 1:1"),
        format!("{v1} matchall skip_hw action gact index 3"),
    ] {
        filter_sent_as_tc(&ns, &line);
    }
    for words in [
        "handle x fw",
        "handle 5/y fw classid 1:1",
        "fw classid 1:x",
        "fw indev",
        "fw bogus",
        "fw help",
        "fw action mirred egress redirect dev nosuch",
        "matchall bogus",
        "matchall help",
        "matchall classid 1:10 skip_sw",
        "matchall skip_sw skip_hw classid 1:1",
        "matchall action",
        "handle 99999999999999999999 matchall classid 1:1",
    ] {
        same_refusal(&ns, &format!("{v0} {words}"));
    }
}
