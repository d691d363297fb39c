//! `nlw qdisc|class|filter` against iproute2's `tc` on throwaway namespaces:
//! the same words give the same kernel state with either tool, and what nlw
//! shows of it has every key and value `tc -j` prints, and tc's text.
//!
//! tc 6.1 prints classes as text even with `-j`, so class JSON is checked
//! against the values of `tc -d class show`'s text.

use std::collections::BTreeMap;
use std::process::{Command, Output};

use nlwire_tests::live::{live, TestNs};
use serde_json::Value;

fn nlw(ns: &TestNs, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nlw")).arg("-n").arg(&ns.name).args(args).output().expect("run nlw")
}

fn tc(ns: &TestNs, args: &[&str]) -> Output {
    Command::new("tc").arg("-n").arg(&ns.name).args(args).output().expect("run tc")
}

fn stdout(out: Output, what: &str, args: &[&str]) -> String {
    assert!(out.status.success(), "{what} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn json(text: &str, what: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{what}: {e}: {text}"))
}

/// Which tool changes the namespace.
#[derive(Clone, Copy, Debug)]
enum Tool {
    Nlw,
    Tc,
}

impl Tool {
    fn run(self, ns: &TestNs, args: &[&str]) {
        let out = match self {
            Tool::Nlw => nlw(ns, args),
            Tool::Tc => tc(ns, args),
        };
        stdout(out, &format!("{self:?}"), args);
    }
}

/// Two veth pairs, up, with IPv6 off so that nothing is sent on them.
fn links(ns: &TestNs) {
    for conf in ["all", "default"] {
        let ok = Command::new("ip")
            .args([
                "netns",
                "exec",
                &ns.name,
                "sysctl",
                "-qw",
                &format!("net.ipv6.conf.{conf}.disable_ipv6=1"),
            ])
            .status()
            .unwrap();
        assert!(ok.success());
    }
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    ns.ip(&["link", "add", "v2", "type", "veth", "peer", "name", "v3"]);
    for dev in ["v0", "v1", "v2", "v3"] {
        ns.ip(&["link", "set", dev, "up"]);
    }
}

/// htb at v0's root with classes 1:10, 1:20 and 1:21 below 1:20, fifos in
/// two of them, two u32 filters; clsact on v0 with an egress filter; tbf
/// at v1's root (by latency), at v2's (by limit) and v3's (with a peak
/// rate); ingress on v1 with a filter.
const TREE: &[&[&str]] = &[
    &["qdisc", "add", "dev", "v0", "root", "handle", "1:", "htb", "default", "10", "r2q", "5"],
    &[
        "class", "add", "dev", "v0", "parent", "1:", "classid", "1:10", "htb", "rate", "1mbit", "ceil",
        "2mbit", "burst", "15k", "prio", "2", "quantum", "1514",
    ],
    &["class", "add", "dev", "v0", "parent", "1:", "classid", "1:20", "htb", "rate", "10mbit"],
    &[
        "class", "add", "dev", "v0", "parent", "1:20", "classid", "1:21", "htb", "rate", "5mbit", "cburst",
        "3000",
    ],
    &["qdisc", "add", "dev", "v0", "parent", "1:10", "handle", "10:", "pfifo", "limit", "100"],
    &["qdisc", "add", "dev", "v0", "parent", "1:21", "handle", "21:", "bfifo", "limit", "10000"],
    &[
        "filter",
        "add",
        "dev",
        "v0",
        "parent",
        "1:",
        "protocol",
        "ip",
        "prio",
        "5",
        "u32",
        "match",
        "ip",
        "dst",
        "192.0.2.0/24",
        "match",
        "ip",
        "src",
        "198.51.100.0/24",
        "flowid",
        "1:10",
    ],
    &[
        "filter",
        "add",
        "dev",
        "v0",
        "parent",
        "1:",
        "protocol",
        "ip",
        "prio",
        "6",
        "u32",
        "match",
        "ip",
        "dst",
        "203.0.113.7",
        "flowid",
        "1:20",
    ],
    &["qdisc", "add", "dev", "v0", "clsact"],
    &[
        "filter",
        "add",
        "dev",
        "v0",
        "egress",
        "protocol",
        "all",
        "prio",
        "1",
        "u32",
        "match",
        "u32",
        "0x01020304",
        "0xffff0000",
        "at",
        "4",
        "flowid",
        "1:21",
    ],
    &[
        "qdisc", "add", "dev", "v1", "root", "handle", "5:", "tbf", "rate", "1500kbit", "burst", "10000",
        "latency", "1500us",
    ],
    &["qdisc", "add", "dev", "v1", "ingress"],
    &[
        "filter",
        "add",
        "dev",
        "v1",
        "parent",
        "ffff:",
        "protocol",
        "ip",
        "prio",
        "3",
        "u32",
        "match",
        "ip",
        "src",
        "192.0.2.0/24",
        "flowid",
        ":1",
    ],
    &[
        "qdisc", "add", "dev", "v2", "root", "handle", "2:", "tbf", "rate", "10mbit", "burst", "1000000",
        "limit", "5000",
    ],
    &[
        "qdisc", "add", "dev", "v3", "root", "handle", "3:", "tbf", "rate", "1mbit", "burst", "32k",
        "latency", "50ms", "peakrate", "2mbit", "mtu", "1600",
    ],
];

/// The show commands whose JSON tc and nlw both print.
const SHOWS: &[&[&str]] = &[
    &["qdisc", "show"],
    &["qdisc", "show", "dev", "v0"],
    &["qdisc", "show", "dev", "v1"],
    &["filter", "show", "dev", "v0"],
    &["filter", "show", "dev", "v0", "parent", "1:"],
    &["filter", "show", "dev", "v0", "egress"],
    &["filter", "show", "dev", "v1", "parent", "ffff:"],
    &["filter", "show", "dev", "v1", "ingress"],
];

fn build(ns: &TestNs, tool: Tool) {
    links(ns);
    for args in TREE {
        tool.run(ns, args);
    }
}

/// htb counts in `direct_packets_stat` the packets it sent unclassified: a
/// counter that could change between two runs, the only value left out.
const COUNTERS: [&str; 1] = ["direct_packets_stat"];

/// Every key of `theirs` is in `ours` with the same value, recursively (ours
/// may have more keys: nlw shows tbf's `peakrate`, which tc 6.1 does not).
fn has_all_of(ours: &Value, theirs: &Value, path: &str) {
    match (ours, theirs) {
        (Value::Object(o), Value::Object(t)) => {
            for (key, value) in t {
                let ours = o.get(key).unwrap_or_else(|| panic!("{path}: no key {key} in {o:?}"));
                if COUNTERS.contains(&key.as_str()) {
                    assert!(ours.is_u64(), "{path}.{key}: {ours}");
                    continue;
                }
                has_all_of(ours, value, &format!("{path}.{key}"));
            }
        }
        (Value::Array(o), Value::Array(t)) => {
            assert_eq!(o.len(), t.len(), "{path}: ours {o:?}\ntc {t:?}");
            for (i, (o, t)) in o.iter().zip(t).enumerate() {
                has_all_of(o, t, &format!("{path}[{i}]"));
            }
        }
        (o, t) => assert_eq!(o, t, "{path}"),
    }
}

/// The JSON texts of the repeated key `"match"` of u32 filters, in order
/// (a JSON parser keeps only the last one of each object).
fn match_keys(raw: &str) -> Vec<&str> {
    raw.split("\"match\":").skip(1).map(|rest| rest.split('}').next().unwrap()).collect()
}

/// nlw's JSON has every key and value of tc's, object by object in the
/// kernel's order, and its text is tc's.
fn shows_as_tc(ns: &TestNs, args: &[&str]) {
    let ours_raw = stdout(nlw(ns, &[&["-j"], args].concat()), "nlw -j", args);
    let theirs_raw = stdout(tc(ns, &[&["-j"], args].concat()), "tc -j", args);
    has_all_of(&json(&ours_raw, "nlw"), &json(&theirs_raw, "tc"), &format!("{args:?}"));
    assert_eq!(match_keys(&ours_raw), match_keys(&theirs_raw), "{args:?}");
    let ours = stdout(nlw(ns, args), "nlw", args);
    let theirs = stdout(tc(ns, args), "tc", args);
    assert_eq!(ours, theirs, "{args:?}");
}

/// A rate as tc's text prints it (`1500Kbit`), in bytes per second.
fn tc_rate(text: &str) -> u64 {
    let digits = text.trim_end_matches(|c: char| !c.is_ascii_digit());
    let scale = match &text[digits.len()..] {
        "bit" => 1,
        "Kbit" => 1_000,
        "Mbit" => 1_000_000,
        "Gbit" => 1_000_000_000,
        other => panic!("rate unit {other}"),
    };
    digits.parse::<u64>().unwrap() * scale / 8
}

/// A size as tc's text prints it (`15Kb`, `1600b/1`), in bytes. The values
/// of this test are whole KiB or exact bytes, which tc prints exactly.
fn tc_size(text: &str) -> u64 {
    let text = text.split('/').next().unwrap();
    match text.strip_suffix("Kb") {
        Some(k) => k.parse::<u64>().unwrap() * 1024,
        None => text.strip_suffix('b').unwrap().parse().unwrap(),
    }
}

/// The classes of `tc -d class show dev DEV`, as the JSON keys nlw uses.
fn tc_classes(ns: &TestNs, dev: &str) -> Vec<BTreeMap<String, Value>> {
    let text = stdout(tc(ns, &["-d", "class", "show", "dev", dev]), "tc", &["-d", "class"]);
    let mut classes = Vec::new();
    for line in text.lines() {
        let mut words = line.split_whitespace();
        assert_eq!(words.next(), Some("class"));
        let mut c = BTreeMap::new();
        c.insert("class".to_string(), Value::from(words.next().unwrap()));
        c.insert("handle".to_string(), Value::from(words.next().unwrap()));
        while let Some(word) = words.next() {
            if word == "root" {
                c.insert("root".into(), Value::Bool(true));
                continue;
            }
            let value = words.next().unwrap();
            let value = match word {
                "parent" => Value::from(value),
                "leaf" => Value::from(format!("0x{}", value.trim_end_matches(':'))),
                "prio" | "quantum" => Value::from(value.parse::<u64>().unwrap()),
                "rate" | "ceil" => Value::from(tc_rate(value)),
                "burst" | "cburst" => Value::from(tc_size(value)),
                // Only with -d, and not in nlw's JSON.
                "linklayer" | "mpu" | "level" => continue,
                other => panic!("tc class key {other}"),
            };
            c.insert(word.to_string(), value);
        }
        classes.push(c);
    }
    classes
}

/// nlw's class JSON has the values tc's text gives, and its text is tc's.
fn classes_as_tc(ns: &TestNs, dev: &str) {
    let args = ["class", "show", "dev", dev];
    let ours = json(&stdout(nlw(ns, &[&["-j"], &args[..]].concat()), "nlw -j", &args), "nlw");
    let ours: Vec<BTreeMap<String, Value>> = serde_json::from_value(ours).unwrap();
    assert_eq!(ours, tc_classes(ns, dev));
    let text = stdout(nlw(ns, &args), "nlw", &args);
    assert_eq!(text, stdout(tc(ns, &args), "tc", &args));
}

/// What tc shows of the namespace: every object of SHOWS and the classes.
fn tc_view(ns: &TestNs) -> Vec<Value> {
    let mut view: Vec<Value> = SHOWS
        .iter()
        .map(|args| json(&stdout(tc(ns, &[&["-j"], *args].concat()), "tc -j", args), "tc"))
        .collect();
    for v in &mut view {
        for object in v.as_array_mut().unwrap() {
            if let Some(options) = object.get_mut("options").and_then(Value::as_object_mut) {
                for counter in COUNTERS {
                    options.remove(counter);
                }
            }
        }
    }
    for dev in ["v0", "v2"] {
        view.push(Value::from(stdout(tc(ns, &["-d", "class", "show", "dev", dev]), "tc", &["class"])));
    }
    view
}

#[test]
fn tree_built_with_tc_shows_as_tc_shows_it() {
    if !live("tree_built_with_tc_shows_as_tc_shows_it") {
        return;
    }
    let ns = TestNs::new();
    build(&ns, Tool::Tc);
    for args in SHOWS {
        shows_as_tc(&ns, args);
    }
    classes_as_tc(&ns, "v0");
    // The values themselves, for the reader: tbf by latency, limit and peak rate.
    let v1 = json(&stdout(nlw(&ns, &["-j", "qdisc", "show", "dev", "v1"]), "nlw", &[]), "nlw");
    assert_eq!(v1[0]["options"], serde_json::json!({"rate": 187500, "burst": 9999, "lat": 1499}));
    let all = json(&stdout(nlw(&ns, &["-j", "qdisc", "show"]), "nlw", &[]), "nlw");
    let tbf =
        |dev: &str| all.as_array().unwrap().iter().find(|q| q["dev"] == dev).unwrap()["options"].clone();
    assert_eq!(tbf("v2"), serde_json::json!({"rate": 1250000, "burst": 1000000, "limit": 5000}));
    assert_eq!(tbf("v3")["peakrate"], 250000);
    assert_eq!(tbf("v3")["minburst"], 1600);
}

#[test]
fn nlw_builds_changes_and_deletes_as_tc_does() {
    if !live("nlw_builds_changes_and_deletes_as_tc_does") {
        return;
    }
    let (by_tc, by_nlw) = (TestNs::new(), TestNs::new());
    build(&by_tc, Tool::Tc);
    build(&by_nlw, Tool::Nlw);
    assert_eq!(tc_view(&by_nlw), tc_view(&by_tc), "the tree");
    for args in SHOWS {
        shows_as_tc(&by_nlw, args);
    }
    classes_as_tc(&by_nlw, "v0");
    let steps: &[&[&str]] = &[
        // (htb has no change operation: its settings are replaced with the qdisc.)
        &[
            "qdisc", "change", "dev", "v1", "root", "handle", "5:", "tbf", "rate", "2mbit", "burst", "64k",
            "limit", "100000",
        ],
        // htb reads `r2q` in base 10: `020` is twenty.
        &["qdisc", "replace", "dev", "v3", "root", "handle", "4:", "htb", "default", "20", "r2q", "020"],
        &[
            "class", "change", "dev", "v0", "parent", "1:", "classid", "1:10", "htb", "rate", "3mbit",
            "ceil", "4mbit",
        ],
        &[
            "class", "replace", "dev", "v0", "parent", "1:", "classid", "1:30", "htb", "rate", "2mbit",
            "prio", "1",
        ],
        &[
            "filter",
            "replace",
            "dev",
            "v0",
            "parent",
            "1:",
            "protocol",
            "ip",
            "prio",
            "6",
            "handle",
            "801::800",
            "u32",
            "match",
            "ip",
            "dst",
            "198.51.100.0/24",
            "flowid",
            "1:30",
        ],
        // tc reads a filter's prio and a u32 offset in base 0 (`010` is 8,
        // `020` 16) and a u32 mask in base 16 (`ffffff00`, no `0x`).
        &[
            "filter",
            "add",
            "dev",
            "v0",
            "parent",
            "1:",
            "protocol",
            "ip",
            "prio",
            "010",
            "u32",
            "match",
            "u32",
            "0xc6336400",
            "ffffff00",
            "at",
            "020",
            "flowid",
            "1:30",
        ],
        &["filter", "del", "dev", "v0", "parent", "1:", "prio", "5"],
        &["class", "del", "dev", "v0", "classid", "1:21"],
        &["qdisc", "del", "dev", "v1", "ingress"],
        &["qdisc", "del", "dev", "v0", "clsact"],
        &["qdisc", "del", "dev", "v2", "root"],
    ];
    for step in steps {
        Tool::Tc.run(&by_tc, step);
        Tool::Nlw.run(&by_nlw, step);
        assert_eq!(tc_view(&by_nlw), tc_view(&by_tc), "after {step:?}");
    }
    // The steps did what they say.
    let qdiscs = &tc_view(&by_nlw)[0];
    let v3 = qdiscs.as_array().unwrap().iter().find(|q| q["dev"] == "v3").unwrap();
    assert_eq!(
        (&v3["kind"], &v3["options"]["default"], &v3["options"]["r2q"]),
        (&"htb".into(), &"0x20".into(), &20.into())
    );
    let classes = stdout(tc(&by_nlw, &["class", "show", "dev", "v0"]), "tc", &[]);
    // `change` sends all of a class's settings: prio is back to 0.
    assert!(classes.contains("class htb 1:10 root leaf 10: prio 0 rate 3Mbit ceil 4Mbit"), "{classes}");
    assert!(classes.contains("class htb 1:30 root prio 1 rate 2Mbit"), "{classes}");
    assert!(!classes.contains("1:21"), "{classes}");
    let filters = stdout(tc(&by_nlw, &["filter", "show", "dev", "v0"]), "tc", &[]);
    assert!(!filters.contains("pref 5") && filters.contains("flowid 1:30"), "{filters}");
    // The kernel keeps a u32 node's keys when it is replaced; only its class changes.
    assert!(filters.contains("match cb007107/ffffffff at 16"), "{filters}");
    let qdiscs = stdout(tc(&by_nlw, &["qdisc", "show"]), "tc", &[]);
    assert!(
        !qdiscs.contains("ingress") && !qdiscs.contains("clsact") && !qdiscs.contains("qdisc tbf 2:"),
        "{qdiscs}"
    );
    assert!(qdiscs.contains("rate 2Mbit burst 64Kb lat 138ms"), "{qdiscs}");
    Tool::Nlw.run(&by_nlw, &["qdisc", "del", "dev", "v0", "root"]);
    let v0 = json(&stdout(tc(&by_nlw, &["-j", "qdisc", "show", "dev", "v0"]), "tc", &[]), "tc");
    assert!(v0.as_array().unwrap().iter().all(|q| q["kind"] != "htb"), "{v0}");
}

/// Each bad command through nlw, and through tc on a twin: tc's exit code
/// (255 for its usage, 1 for what a kind's parser refuses, 2 for what the
/// kernel refuses), nlw's own words, nothing changed on either.
#[test]
fn bad_arguments_exit_as_tc_and_change_nothing() {
    if !live("bad_arguments_exit_as_tc_and_change_nothing") {
        return;
    }
    let (ns, twin) = (TestNs::new(), TestNs::new());
    build(&ns, Tool::Tc);
    build(&twin, Tool::Tc);
    let before = tc_view(&ns);
    let cases: &[(&[&str], &str)] = &[
        (
            &["qdisc", "add", "dev", "v2", "parent", "5:1", "handle", "7:", "frobq"],
            "unknown qdisc kind \"frobq\"",
        ),
        // Sent, as tc sends it; this kernel lacks sfq.
        (
            &["qdisc", "replace", "dev", "v2", "root", "sfq", "perturb", "10"],
            "Specified qdisc kind is unknown",
        ),
        (
            &["class", "add", "dev", "v0", "parent", "1:", "classid", "1:40", "htb", "rate", "10mbits"],
            "Illegal \"rate\"",
        ),
        (
            &["class", "add", "dev", "v0", "parent", "1:", "classid", "1:40", "htb", "rate", "0mbit"],
            "\"rate\" is required.",
        ),
        (
            &["class", "add", "dev", "v0", "parent", "1:", "classid", "1:40", "htb", "ceil", "1mbit"],
            "\"rate\"",
        ),
        (&["qdisc", "replace", "dev", "nosuch0", "root", "htb"], "Cannot find device \"nosuch0\""),
        (&["qdisc", "replace", "dev", "v2", "root", "tbf", "rate", "1mbit", "limit", "1000"], "\"burst\""),
        (
            &[
                "qdisc", "replace", "dev", "v2", "root", "tbf", "rate", "1mbit", "burst", "1k", "latency",
                "5x",
            ],
            "\"5x\"",
        ),
        (&["qdisc", "replace", "dev", "v2", "root", "handle", "1x", "htb"], "invalid qdisc ID"),
        // No parent: sent, the qdisc looked up by its handle, as tc's.
        (&["qdisc", "replace", "dev", "v2", "handle", "2:", "htb"], "Invalid qdisc name"),
        (&["qdisc", "add", "dev", "v2", "handle", "2:", "htb"], "\"root\""),
        (
            &[
                "filter",
                "add",
                "dev",
                "v0",
                "parent",
                "1:",
                "protocol",
                "ip",
                "prio",
                "7",
                "u32",
                "match",
                "ip",
                "dst",
                "192.0.2.0/33",
                "flowid",
                "1:10",
            ],
            "IPv4 prefix",
        ),
        (
            &["filter", "add", "dev", "v0", "parent", "1:", "prio", "7", "u32", "flowid", "1:10", "frob"],
            "What is \"frob\"",
        ),
        (&["filter", "show", "dev", "v0", "frob"], "What is \"frob\""),
    ];
    for (args, message) in cases {
        let out = nlw(&ns, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let theirs = tc(&twin, args);
        assert_eq!(
            out.status.code(),
            theirs.status.code(),
            "{args:?}: {stderr}  tc: {}",
            String::from_utf8_lossy(&theirs.stderr)
        );
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    assert_eq!(tc_view(&twin), before, "nothing changed by tc");
    // The kernel's refusal: exit 2 with its text.
    let out = nlw(&ns, &["qdisc", "add", "dev", "v0", "root", "handle", "1:", "htb"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Exclusivity flag on"), "{out:?}");
    assert_eq!(tc_view(&ns), before, "nothing changed");
}

#[test]
fn batch_sends_tc_changes_as_tc_batch_applies_them() {
    if !live("batch_sends_tc_changes_as_tc_batch_applies_them") {
        return;
    }
    let (by_tc, by_nlw) = (TestNs::new(), TestNs::new());
    links(&by_tc);
    links(&by_nlw);
    let lines: String = TREE.iter().map(|args| args.join(" ") + "\n").collect();
    let path = std::env::temp_dir().join(format!("{}.tc.batch", by_nlw.name));
    std::fs::write(&path, &lines).unwrap();
    let file = path.to_str().unwrap();
    let (tc_out, nlw_out) = (tc(&by_tc, &["-batch", file]), nlw(&by_nlw, &["-batch", file]));
    // A line nlw cannot parse: nothing of the file is sent.
    let bad = format!("{lines}class add dev v0 parent 1: classid 1:50 htb rate fast\n");
    std::fs::write(&path, bad).unwrap();
    let (fresh, fresh_tc) = (TestNs::new(), TestNs::new());
    links(&fresh);
    links(&fresh_tc);
    let bad_out = nlw(&fresh, &["-batch", file]);
    let bad_tc = tc(&fresh_tc, &["-batch", file]);
    let _ = std::fs::remove_file(&path);
    stdout(tc_out, "tc -batch", &[]);
    stdout(nlw_out, "nlw -batch", &[]);
    assert_eq!(tc_view(&by_nlw), tc_view(&by_tc));
    // tc's exit code (1: the line's kind parser refused it).
    assert_eq!(bad_out.status.code(), bad_tc.status.code());
    assert_eq!(bad_out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&bad_out.stderr);
    assert!(stderr.contains(&format!(":{}", TREE.len() + 1)), "{stderr}");
    let qdiscs = json(&stdout(tc(&fresh, &["-j", "qdisc", "show"]), "tc", &[]), "tc");
    assert!(qdiscs.as_array().unwrap().iter().all(|q| q["kind"] == "noqueue"), "{qdiscs}");
}

/// Filters with mirred actions (the one action kind this kernel has): each
/// verdict tc names, two actions on one filter, a filter with actions and
/// no class (tc's `terminal flowid`), printed as tc prints them.
#[test]
fn filter_actions_show_as_tc_shows_them() {
    if !live("filter_actions_show_as_tc_shows_them") {
        return;
    }
    let ns = TestNs::new();
    links(&ns);
    ns.ip(&["link", "add", "ifb0", "type", "ifb"]);
    ns.ip(&["link", "set", "ifb0", "up"]);
    let tc_ok = |args: &str| stdout(tc(&ns, &args.split(' ').collect::<Vec<_>>()), "tc", &[]);
    tc_ok("qdisc add dev v0 root handle 1: htb");
    let filters = [
        "prio 1 u32 match ip dst 192.0.2.0/24 flowid 1:10 action mirred egress redirect dev ifb0",
        "prio 2 u32 match ip src 198.51.100.0/24 flowid 1:10 action mirred egress mirror dev ifb0 \
         pipe action mirred egress redirect dev ifb0",
        "prio 3 u32 match ip tos 0x10 0xff action mirred egress mirror dev ifb0 pass",
    ];
    for filter in filters {
        tc_ok(&format!("filter add dev v0 parent 1: protocol ip {filter}"));
    }
    for verdict in ["drop", "continue", "reclassify", "trap", "goto chain 3", "jump 1"] {
        tc_ok(&format!(
            "filter add dev v0 parent 1: protocol ip prio 4 u32 match ip src 203.0.113.9/32 flowid 1:10 \
             action mirred egress mirror dev ifb0 {verdict}"
        ));
    }
    shows_as_tc(&ns, &["filter", "show", "dev", "v0"]);
    // The values, for the reader: the first filter's action.
    let all = json(&stdout(nlw(&ns, &["-j", "filter", "show", "dev", "v0"]), "nlw", &[]), "nlw");
    let first = all.as_array().unwrap().iter().find_map(|f| f["options"].get("actions")).unwrap();
    assert_eq!(first[0]["to_dev"], "ifb0");
    assert_eq!(first[0]["control_action"], serde_json::json!({"type": "stolen"}));
}

/// `tc -s`: each qdisc's and class's counters (htb's class counters too),
/// and each action's times and counters, byte for byte as tc prints them
/// and with tc's JSON keys. The links send nothing (IPv6 off), so the
/// counters stay still; an action's times count seconds, so a pair of
/// runs that straddles a second is run again.
#[test]
fn statistics_show_as_tc_shows_them() {
    if !live("statistics_show_as_tc_shows_them") {
        return;
    }
    let ns = TestNs::new();
    build(&ns, Tool::Tc);
    ns.ip(&["link", "add", "ifb0", "type", "ifb"]);
    let tc_ok = |args: &str| stdout(tc(&ns, &args.split(' ').collect::<Vec<_>>()), "tc", &[]);
    tc_ok("filter add dev v1 parent ffff: protocol ip prio 7 u32 match ip dst 192.0.2.7/32 action mirred egress redirect dev ifb0");
    // A rate estimator: the counters' `rate 0bit 0pps` line.
    tc_ok("class add dev v0 parent 1: classid 1:30 estimator 250ms 1sec htb rate 2mbit");
    for args in [
        &["-s", "qdisc", "show"][..],
        &["-s", "qdisc", "show", "dev", "v0"],
        &["-s", "class", "show", "dev", "v0"],
        &["-s", "filter", "show", "dev", "v1", "ingress"],
    ] {
        let runs = |_| (stdout(nlw(&ns, args), "nlw", args), stdout(tc(&ns, args), "tc", args));
        let (ours, theirs) =
            (0..3).map(runs).find(|(ours, theirs)| ours == theirs).unwrap_or_else(|| runs(0));
        assert!(theirs.contains("Sent 0 bytes 0 pkt"), "{args:?}: {theirs}");
        assert_eq!(ours, theirs, "{args:?}");
    }
    // JSON: every key of tc's (nlw's tbf adds its `peakrate`), the times
    // of a second apart allowed as above.
    for args in [&["-s", "-j", "qdisc", "show"][..], &["-s", "-j", "filter", "show", "dev", "v1", "ingress"]]
    {
        let theirs = json(&stdout(tc(&ns, args), "tc", args), "tc");
        assert!(theirs.to_string().contains("\"bytes\":0"), "{args:?}: {theirs}");
        let agrees = || {
            let ours = json(&stdout(nlw(&ns, args), "nlw", args), "nlw");
            std::panic::catch_unwind(|| has_all_of(&ours, &theirs, &format!("{args:?}"))).is_ok()
        };
        assert!((0..3).any(|_| agrees()), "{args:?}: nlw's JSON lacks some of tc's keys or values");
    }
    let classes = stdout(nlw(&ns, &["-s", "class", "show", "dev", "v0"]), "nlw", &[]);
    assert!(
        classes.contains(" lended: 0 borrowed: 0 giants: 0\n") && classes.contains(" rate 0bit 0pps backlog"),
        "{classes}"
    );
}

/// mq on a veth of four queues with the pfifo_fast it puts on each queue,
/// one of them replaced by pfifo_head_drop, mq's classes, and noqueue on
/// the peer: text byte for byte as tc prints it (with and without `-s`
/// and `-d`), JSON with every key of tc's.
#[test]
fn mq_and_its_queues_show_as_tc_shows_them() {
    if !live("mq_and_its_queues_show_as_tc_shows_them") {
        return;
    }
    let ns = TestNs::new();
    links(&ns);
    ns.ip(&["link", "add", "m0", "numtxqueues", "4", "type", "veth", "peer", "name", "m1"]);
    for dev in ["m0", "m1"] {
        ns.ip(&["link", "set", dev, "up"]);
    }
    let tc_ok = |args: &str| stdout(tc(&ns, &args.split(' ').collect::<Vec<_>>()), "tc", &[]);
    tc_ok("qdisc replace dev m0 root handle 1: mq");
    tc_ok("qdisc replace dev m0 parent 1:2 handle 20: pfifo_head_drop limit 30");
    for args in [
        &["qdisc", "show", "dev", "m0"][..],
        &["qdisc", "show", "dev", "m1"],
        &["-s", "qdisc", "show", "dev", "m0"],
        &["-d", "-s", "qdisc", "show", "dev", "m0"],
        &["class", "show", "dev", "m0"],
        &["-s", "class", "show", "dev", "m0"],
    ] {
        let (ours, theirs) = (stdout(nlw(&ns, args), "nlw", args), stdout(tc(&ns, args), "tc", args));
        assert!(theirs.contains("pfifo_fast") || theirs.contains("class mq") || theirs.contains("noqueue"));
        assert_eq!(ours, theirs, "{args:?}");
    }
    for args in [&["-j", "qdisc", "show", "dev", "m0"][..], &["-s", "-j", "qdisc", "show", "dev", "m0"]] {
        let theirs = json(&stdout(tc(&ns, args), "tc", args), "tc");
        has_all_of(&json(&stdout(nlw(&ns, args), "nlw", args), "nlw"), &theirs, &format!("{args:?}"));
    }
}
