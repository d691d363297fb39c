//! `nlw qdisc|class add|change|replace` for kinds this kernel lacks (prio,
//! codel, fq_codel, pie, fq_pie, fq, sfq, ets, cake, netem with its loss
//! models, slots and distribution tables, red with its qevents), ets
//! classes and the fifos (pfifo_head_drop, a pfifo limit in tc's sizes): the
//! request nlw sends is the one tc sends for the same words, byte for byte
//! after the sequence number and port, both read with `strace -e
//! trace=sendmsg -xx`; the kernel refuses both alike. Bad words are
//! refused as tc refuses them, before anything is sent.

use std::process::{Command, Output};

use nlwire_tests::live::{live, skip, TestNs};

mod common;

/// For the test `name`, a namespace with the veth pair v0/v1 (down:
/// nothing is sent on them); `None` (a SKIP line) without root or strace,
/// which reads what the tools send.
fn traced_ns(name: &str) -> Option<TestNs> {
    if !live(name) || (Command::new("strace").arg("-V").output().is_err() && !skip(name, "needs strace")) {
        return None;
    }
    let ns = TestNs::new();
    ns.ip(&["link", "add", "v0", "type", "veth", "peer", "name", "v1"]);
    Some(ns)
}

/// The words of a command line.
fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// What `program -n NS args...` prints, with the variables `env` set, and
/// the qdisc, class and filter requests (`RTM_NEWQDISC`, 0x24;
/// `RTM_NEWTCLASS`, 0x28; `RTM_NEWTFILTER`, 0x2c) it sends, as strace
/// decodes them: flags and the bytes after the header.
fn run_traced(ns: &TestNs, program: &str, line: &str, env: &[(&str, &str)]) -> (Output, Vec<String>) {
    let kinds = ["0x24", "RTM_NEWQDISC", "0x28", "RTM_NEWTCLASS", "0x2c", "RTM_NEWTFILTER"];
    let (out, sent) = common::strace_sent(ns, program, &words(line), env, &kinds);
    (out, sent.into_iter().map(|s| format!("{} {}", s.flags, s.body)).collect())
}

fn nlw() -> &'static str {
    env!("CARGO_BIN_EXE_nlw")
}

#[test]
fn qdisc_requests_are_the_bytes_tc_sends() {
    let Some(ns) = traced_ns("qdisc_requests_are_the_bytes_tc_sends") else { return };
    let lines = [
        "qdisc add dev v0 root codel",
        "qdisc add dev v0 root codel limit 100 target 4ms interval 50ms ecn ce_threshold 1ms",
        "qdisc add dev v0 root codel ce_threshold 1.5ms noecn target 5000 limit 0x10 interval 1s",
        "qdisc add dev v0 root codel limit 0 target 0 interval 0 ce_threshold 0",
        "qdisc change dev v0 root handle 1: codel ecn noecn ecn",
        "qdisc replace dev v0 parent 1:2 handle 8: codel target 3ms",
        "qdisc add dev v0 root fq_codel",
        "qdisc add dev v0 root fq_codel limit 1000 flows 16 target 4ms interval 50ms quantum 300 ecn \
         ce_threshold 1ms memory_limit 32Mb drop_batch 32",
        "qdisc add dev v0 root fq_codel drop_batch 0 memory_limit 0 noecn ce_threshold_selector 0x01/0xff \
         ce_threshold 1ms ce_threshold_selector 3/4",
        "qdisc add dev v0 root pie",
        "qdisc add dev v0 root pie limit 1000 target 15ms tupdate 30ms alpha 2 beta 32 ecn bytemode \
         dq_rate_estimator",
        "qdisc replace dev v0 root pie noecn nobytemode no_dq_rate_estimator alpha 0",
        "qdisc add dev v0 root fq_pie",
        "qdisc add dev v0 root fq_pie limit 1000 flows 16 target 15ms tupdate 30ms alpha 2 beta 20 \
         quantum 1514 memory_limit 32Mb ecn_prob 10 ecn bytemode dq_rate_estimator",
        "qdisc change dev v0 handle 5: fq_pie quantum 2k memory_limit 0 ecn_prob 99 noecn",
        "qdisc add dev v0 root fq",
        "qdisc add dev v0 root fq limit 1000 flow_limit 50 quantum 1514 initial_quantum 15140 maxrate 10mbit \
         buckets 256 orphan_mask 511 pacing refill_delay 20ms low_rate_threshold 1mbit ce_threshold 2ms \
         timer_slack 20us horizon 2s horizon_drop defrate 1mbit",
        "qdisc add dev v0 root fq nopacing horizon_cap buckets 300 timer_slack 3 orphan_mask 0x1ff",
        "qdisc add dev v0 root fq buckets 1 limit 0 maxrate 0 buckets 0",
        "qdisc add dev v0 root sfq",
        "qdisc add dev v0 root sfq limit 100 perturb 10 quantum 1k divisor 512 flows 64 depth 20 headdrop",
        "qdisc replace dev v0 root handle 2: sfq perturb -5",
        "qdisc add dev v0 root sfq redflowlimit 100000 min 8000 max 60000 probability 0.2 ecn harddrop",
        "qdisc add dev v0 root sfq redflowlimit 100000",
        "qdisc add dev v0 root sfq redflowlimit 30000 max 20000 min 1000 depth 10",
        "qdisc add dev v0 root ets bands 3 strict 1 quanta 1000 2000",
        "qdisc add dev v0 root ets strict 2 priomap 0 1 1 0",
        "qdisc add dev v0 root ets quanta 1500 priomap 0 0 0 bands 4",
        "qdisc replace dev v0 root ets bands 0 strict 1 bands 2",
        "qdisc add dev v0 root ets priomap 256 strict 1",
        "qdisc add dev v0 root cake",
        "qdisc add dev v0 root cake bandwidth 100mbit diffserv4 dual-dsthost nat wash ingress ack-filter \
         split-gso rtt 20ms overhead 18 mpu 64 memlimit 4mb fwmark 0xff atm",
        "qdisc add dev v0 root cake unlimited besteffort flows nonat nowash egress no-ack-filter no-split-gso \
         raw autorate-ingress",
        "qdisc add dev v0 root cake diffserv8 flowblind ack-filter-aggressive noatm ethernet ptm precedence \
         srchost triple-isolate dsthost hosts dual-srchost conservative",
        "qdisc add dev v0 root cake docsis interplanetary",
        "qdisc add dev v0 root cake bridged-ptm pppoe-vcmux ipoa-vcmux ipoa-llcsnap bridged-vcmux \
         bridged-llcsnap pppoa-vcmux pppoa-llc pppoe-llcsnap pppoe-ptm",
        "qdisc change dev v0 root cake ether-vlan via-ethernet diffserv3 diffserv lan",
        "qdisc add dev v0 root cake fwmark 5 mpu 0 overhead -64 rtt 10",
        "qdisc replace dev v0 root cake rtt 0 unlimited bandwidth 0 fwmark 0",
        "qdisc add dev v0 root netem",
        "qdisc add dev v0 root netem delay 10ms 1ms 25% loss random 1% 30% duplicate 2% 5% limit 500",
        "qdisc add dev v0 root netem delay 10ms reorder 25% 50% gap 5 corrupt 0.1% 2%",
        "qdisc add dev v0 root netem rate 1mbit 20 100 -4",
        "qdisc add dev v0 root netem rate 50gbit -3 delay 5000000",
        "qdisc change dev v0 root netem del 1.5ms 300us 33.3 lo 0.5 10 ecn dup 1 reo 10 corr 3 l 5k",
        "qdisc replace dev v0 root netem delay 1s reorder 1 loss 100",
        "qdisc add dev v0 root red limit 400000 avpkt 1000",
        "qdisc add dev v0 root red limit 400000 min 30000 max 90000 avpkt 1000 burst 55 probability 0.02 \
         bandwidth 100mbit ecn harddrop adaptive nodrop",
        "qdisc add dev v0 root red limit 1mb avpkt 1500 bandwidth 1gbit probability 0.1x",
        "qdisc change dev v0 root red limit 64k min 5k avpkt 500 adaptative",
        "qdisc add dev v0 root red limit 100000 max 50000 avpkt 100 bandwidth 1kbit probability 1",
        "qdisc add dev v0 root red limit 1000000 avpkt 64 burst 5000 bandwidth 10gbit",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent early_drop block 10",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent mark block 20 qevent early_drop block 10",
        "qdisc add dev v0 root red qev mark block 010 ecn limit 400000 avpkt 1000",
        "qdisc change dev v0 root red limit 64k avpkt 500 qevent early_drop block 4294967295 harddrop",
        "qdisc add dev v0 root prio",
        "qdisc add dev v0 root prio bands 4 priomap 0 1 2 3",
        "qdisc replace dev v0 root prio multiqueue",
        "qdisc add dev v0 root prio priomap 1 1 bands 5 multiqueue 4",
        "qdisc add dev v0 root prio bands 2 priomap 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",
        "qdisc add dev v0 root prio bands -1 priomap 7",
        // ets classes (the kernel has no ets qdisc to hold them).
        "class change dev v0 classid 1:1 ets quantum 1000",
        "class change dev v0 classid 1:1 ets",
        "class replace dev v0 classid 1:2 parent 1: ets quantum 010",
        "class add dev v0 classid 1:3 root ets quantum 4294967295",
        // Kinds this kernel has, last: each replaces the one before.
        "qdisc replace dev v0 root pfifo_head_drop limit 100",
        "qdisc replace dev v0 root pfifo_head_drop",
        "qdisc replace dev v0 root pfifo limit 1k",
        "qdisc replace dev v0 root bfifo limit 1k",
    ];
    sends_as_tc(&ns, &lines, &[]);
}

/// Numbers as tc reads each word: in base 0 where tc's parser reads it so
/// (`010` is eight, `0x10` sixteen: fq_codel, sfq, netem, cake, red, fq,
/// pie), in base 10 where it reads decimal only (`010` is ten: ets,
/// prio).
#[test]
fn numbers_are_read_in_the_base_tc_reads_them() {
    let Some(ns) = traced_ns("numbers_are_read_in_the_base_tc_reads_them") else { return };
    let lines = [
        "qdisc add dev v0 root codel limit 010",
        "qdisc add dev v0 root fq_codel limit 010 flows 0x10 quantum 0300 drop_batch 0x20",
        "qdisc add dev v0 root fq_codel ce_threshold 1ms ce_threshold_selector 010/0x10",
        "qdisc add dev v0 root fq_pie limit 010 flows 0x10 alpha 010 beta 0x10 ecn_prob 010",
        "qdisc add dev v0 root sfq redflowlimit 0x10000 min 010000 max 0100000",
        "qdisc add dev v0 root sfq limit 010 perturb -010 divisor 0x10 flows 010 depth 0x10",
        "qdisc add dev v0 root netem delay 1ms reorder 10% gap 010 rate 1mbit 010 0x10 -010",
        "qdisc add dev v0 root cake fwmark 010",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 burst 070",
        "qdisc add dev v0 root fq limit 010 orphan_mask 0x1ff buckets 010",
        "qdisc add dev v0 root pie limit 010 alpha 010 beta 0x10",
        "qdisc add dev v0 root ets bands 010 strict 010",
        "qdisc add dev v0 root ets quanta 010 020 priomap 01 00",
        "qdisc add dev v0 root prio bands 010 priomap 0 07",
    ];
    sends_as_tc(&ns, &lines, &[]);
}

/// Sizes as tc's `get_size` reads them and netem's percentages as its
/// `parse_percent` does, both through C's `strtod`: hexadecimal (`0x10`,
/// `0x1p10`), exponents (`1e3`), `010` as ten, `-0`, NaN as 0, the whole
/// part up to 32 bits.
#[test]
fn sizes_and_percentages_are_read_as_strtod_reads_them() {
    let Some(ns) = traced_ns("sizes_and_percentages_are_read_as_strtod_reads_them") else { return };
    let lines = [
        "qdisc add dev v0 root netem limit 0x10 slot 1ms bytes 0x1p10",
        "qdisc add dev v0 root netem limit 1e3 duplicate 0x10% loss 1e1% 0X1P3 corrupt .5%",
        "qdisc add dev v0 root netem limit 010 delay 1ms reorder 1e1% 0x.8",
        "qdisc add dev v0 root netem limit 4294967295.9 duplicate nan",
        "qdisc add dev v0 root netem limit -0 loss state 1e0% 0x2% 0 1.5e1",
        "qdisc add dev v0 root netem limit 1e-1k loss gemodel 0x1p-1% 1E1",
        "qdisc add dev v0 root red limit 0x61a80 min 3e4 max 0x15f90 avpkt 1e3",
        "qdisc add dev v0 root red limit 0x1p20B avpkt 0x.8kb",
        "qdisc add dev v0 root sfq quantum 0x600 redflowlimit 100000 avpkt 0x1p9",
        "qdisc add dev v0 root cake memlimit 0x1p22",
        "qdisc replace dev v0 root pfifo limit 0x10",
        "qdisc replace dev v0 root bfifo limit 1.5e1k",
    ];
    sends_as_tc(&ns, &lines, &[]);
    for line in [
        "qdisc add dev v0 root netem limit 4294967296",
        "qdisc add dev v0 root netem limit -0.5",
        "qdisc add dev v0 root netem limit nan",
        "qdisc add dev v0 root netem limit inf",
        "qdisc add dev v0 root netem limit 0x",
        "qdisc add dev v0 root netem limit 1e",
        "qdisc add dev v0 root netem duplicate inf",
        "qdisc add dev v0 root netem duplicate 5%%",
        "qdisc add dev v0 root netem duplicate 1e",
        "qdisc add dev v0 root netem duplicate -0x1p-30",
        "qdisc add dev v0 root red limit 1e avpkt 1000",
        "qdisc add dev v0 root red limit 400000 avpkt 0x1p32",
        "qdisc add dev v0 root pfifo limit 0x1p32",
    ] {
        refused_as_tc(&ns, line, &[]);
    }
}

/// netem's `rate` and red's `bandwidth` in percent of the device's speed,
/// as sysfs shows it in the namespace (an up veth's 10000 Mbit/s), worked
/// out and sent as tc sends them; refused as tc refuses them where the
/// speed is unknown (a veth that is down), the device missing or the
/// percentage bad; read in a batch when the line is sent, and from /sys
/// without `-n`.
#[test]
fn rates_in_percent_of_the_device_speed_are_sent_as_tc_sends_them() {
    let name = "rates_in_percent_of_the_device_speed_are_sent_as_tc_sends_them";
    let Some(ns) = traced_ns(name) else { return };
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["link", "set", "v1", "up"]);
    ns.ip(&["link", "add", "v2", "type", "veth", "peer", "name", "v3"]);
    let lines = [
        "qdisc add dev v0 root netem rate 50%",
        "qdisc add dev v0 root netem rate 100% 20 100 -4",
        "qdisc add dev v0 root netem rate 33.3333% delay 1ms",
        "qdisc add dev v0 root netem rate 1.5%",
        // 2999999.9999999995 bit/s, which tc writes 3000000.000000.
        "qdisc add dev v0 root netem rate 0.03%",
        "qdisc add dev v0 root netem rate 5e1%",
        "qdisc add dev v0 root netem rate 0x10%",
        "qdisc add dev v0 root netem rate 50%x",
        "qdisc add dev v0 root netem rate %",
        "qdisc change dev v0 root netem loss 1% rate 0% limit 10",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 bandwidth 50%",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 bandwidth 100% ecn",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 bandwidth 0.01%",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 bandwidth 0%",
    ];
    sends_as_tc(&ns, &lines, &[]);
    for line in [
        "qdisc add dev v2 root netem rate 50%",
        "qdisc add dev v2 root netem rate abc%",
        "qdisc add dev nosuch root netem rate 50%",
        "qdisc add root netem rate 50%",
        "qdisc add dev v0 root netem rate 150%",
        "qdisc add dev v0 root netem rate 50%%",
        "qdisc add dev v0 root netem rate abc%",
        "qdisc add dev v0 root netem rate -5%",
        "qdisc add dev v2 root red limit 400000 avpkt 1000 bandwidth 5%",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 bandwidth 150%",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 bandwidth x%",
    ] {
        refused_as_tc(&ns, line, &[]);
    }
    // In a batch, the speed is read as the line is sent: after the line
    // before it has set v2 up (every line is parsed before any is sent).
    let batch = std::env::temp_dir().join(format!("{}.batch", ns.name));
    std::fs::write(&batch, "link set v2 up\nqdisc add dev v2 root netem rate 50%\n").expect("write a batch");
    let (ours, nlw_sent) = run_traced(&ns, nlw(), &format!("-batch {}", batch.display()), &[]);
    let _ = std::fs::remove_file(&batch);
    let (_, tc_sent) = run_traced(&ns, "tc", "qdisc add dev v2 root netem rate 50%", &[]);
    assert_eq!(tc_sent.len(), 1, "tc sends one qdisc request: {tc_sent:?}");
    assert_eq!(nlw_sent, tc_sent, "{ours:?}");
    // Without `-n`, in the namespace (`ip netns exec` mounts its sysfs on
    // /sys): the speed read from /sys as tc reads it (v0's; none for v3,
    // down), and the same end: the kernel's refusal of netem, or tc's.
    for line in ["qdisc add dev v0 root netem rate 50%", "qdisc add dev v3 root netem rate 50%"] {
        let run = |program: &str| {
            let out = Command::new("ip")
                .args(["netns", "exec", &ns.name, program])
                .args(words(line))
                .output()
                .expect("run ip netns exec");
            (out.status.code(), String::from_utf8_lossy(&out.stderr).lines().next().map(str::to_owned))
        };
        assert_eq!(run(nlw()), run("tc"), "{line}");
    }
}

/// netem's loss models, slots and delay distributions (the tables tc
/// reads from its directory), alone and together, and their order among
/// netem's other attributes.
#[test]
fn netem_models_and_distributions_are_sent_as_tc_sends_them() {
    let Some(ns) = traced_ns("netem_models_and_distributions_are_sent_as_tc_sends_them") else { return };
    let lines = [
        "qdisc add dev v0 root netem loss state 1%",
        "qdisc add dev v0 root netem loss state 1% 2%",
        "qdisc add dev v0 root netem loss state 1% 2% 3%",
        "qdisc add dev v0 root netem loss state 1% 2% 3% 4%",
        "qdisc add dev v0 root netem loss state 1% 2% 3% 4% 5% limit 10",
        "qdisc add dev v0 root netem drop state 33.3 0 100 ecn",
        "qdisc add dev v0 root netem loss 0 loss state 0.5",
        "qdisc add dev v0 root netem loss gemodel 1%",
        "qdisc add dev v0 root netem loss gemodel 1% 20%",
        "qdisc add dev v0 root netem loss gemodel 1% 20% 70%",
        "qdisc add dev v0 root netem loss gemodel 1% 20% 70% 10% ecn",
        "qdisc change dev v0 root netem lo gemodel 0 100 0 100",
        "qdisc add dev v0 root netem slot 1ms",
        "qdisc add dev v0 root netem slot 1ms 2ms",
        "qdisc add dev v0 root netem slot 1ms 2ms packets 3 bytes 4k",
        "qdisc add dev v0 root netem slot 800us pack 010 by 1mb",
        "qdisc add dev v0 root netem slot 0 packets -1 bytes 16",
        "qdisc add dev v0 root netem slot 1.0005ms 2s bytes 100",
        "qdisc add dev v0 root netem slot 5ns 7 packets 0x20",
        "qdisc add dev v0 root netem slot 1ms packets 5 slot 2ms",
        "qdisc add dev v0 root netem slot distribution pareto 1ms 2ms",
        "qdisc add dev v0 root netem slot distribution normal 0 1us packets 5 bytes 64k",
        "qdisc add dev v0 root netem slot distribution paretonormal -1ms 1.5ms",
        "qdisc add dev v0 root netem slot distribution normal 1ms 2ms slot 3ms",
        "qdisc add dev v0 root netem delay 10ms 2ms distribution normal",
        "qdisc add dev v0 root netem dist pareto delay 1ms 100us 25%",
        "qdisc add dev v0 root netem delay 10ms 1ms distribution paretonormal distribution normal",
        "qdisc add dev v0 root netem delay 5ms 1ms distribution experimental",
        "qdisc add dev v0 root netem delay 10ms 2ms 10% distribution normal loss state 1% 2% ecn reorder 5% \
         gap 3 corrupt 1% 2% duplicate 1% rate 1mbit slot 1ms 2ms packets 4 limit 100",
        "qdisc replace dev v0 root netem delay 100ms 10ms dist pareto loss gemodel 1% 10% 70% 5% \
         rate 50gbit 4 slot distribution normal 1ms 100us bytes 10k corrupt 1",
        "qdisc add dev v0 root netem slot distribution normal 1ms 1ms distribution pareto delay 1ms 1ms",
    ];
    sends_as_tc(&ns, &lines, &[]);
}

/// A distribution table of tc's own (`TC_LIB_DIR`) read as tc reads it:
/// comment lines, numbers in C's bases and signs, values wrapped to 16
/// bits, the rest of a line after a word that is not a number ignored,
/// up to 16384 values (one more is refused, and an empty table), and
/// within tc's bound of 32 KiB on the request (16344 values with a delay
/// and jitter; one more is refused).
#[test]
fn netem_distribution_files_are_read_as_tc_reads_them() {
    let Some(ns) = traced_ns("netem_distribution_files_are_read_as_tc_reads_them") else { return };
    let dir = TempDir(std::env::temp_dir().join(format!("{}.dist", ns.name)));
    std::fs::create_dir_all(&dir.0).expect("make the table directory");
    let tables = [
        ("odd", "# a comment\n1 -2 0x10 010 70000\n\n  -32768 32767 +5 7abc 9\n#5\n0x 12\n-0x7fff\t99999999999999999999\n"),
        ("largest", &"1 ".repeat(16344)),
        ("large", &"1 ".repeat(16345)),
        ("over", &"1 ".repeat(16 * 1024 + 1)),
        ("empty", "# nothing\n"),
    ];
    for (name, text) in tables {
        std::fs::write(dir.0.join(format!("{name}.dist")), text).expect("write a table");
    }
    let env = [("TC_LIB_DIR", dir.0.to_str().expect("a UTF-8 path"))];
    let lines = [
        "qdisc add dev v0 root netem delay 1ms 1ms distribution odd",
        "qdisc add dev v0 root netem slot distribution odd 1ms 1ms",
        "qdisc add dev v0 root netem delay 1ms 1ms distribution largest",
    ];
    sends_as_tc(&ns, &lines, &env);
    for line in [
        "qdisc add dev v0 root netem delay 1ms 1ms distribution large",
        "qdisc add dev v0 root netem delay 1ms 1ms distribution over",
        "qdisc add dev v0 root netem delay 1ms 1ms distribution empty",
        "qdisc add dev v0 root netem delay 1ms 1ms distribution normal",
    ] {
        refused_as_tc(&ns, line, &env);
    }
}

/// tbf's rate and an htb class's rate and ceil in percent of the device's
/// speed: the kernel has both kinds, so each tool makes them in turn and
/// tc shows what each made (the rate tables tc adds, and the kernel
/// ignores, keep the requests apart byte for byte); refused as tc refuses
/// them where the speed is unknown.
#[test]
fn tbf_and_htb_rates_in_percent_take_effect_as_tcs() {
    let Some(ns) = traced_ns("tbf_and_htb_rates_in_percent_take_effect_as_tcs") else { return };
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["link", "set", "v1", "up"]);
    let tc = |args: &str| {
        let out = Command::new("tc").args(["-n", &ns.name]).args(words(args)).output().expect("run tc");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let made = |program: &str| {
        tc("qdisc del dev v0 root");
        let tbf =
            run_traced(&ns, program, "qdisc add dev v0 root tbf rate 33.3333% burst 10k latency 50ms", &[]);
        let shown: serde_json::Value = serde_json::from_str(&tc("-j qdisc show dev v0")).expect("tc's JSON");
        tc("qdisc del dev v0 root");
        tc("qdisc add dev v0 root handle 1: htb");
        let htb =
            run_traced(&ns, program, "class add dev v0 parent 1: classid 1:1 htb rate 0.03% ceil 20%", &[]);
        // `rate 3Mbit ceil 2Gbit` (tc 6.1 prints classes as text).
        let class = tc("class show dev v0");
        let rates =
            class.split_whitespace().skip_while(|w| *w != "rate").take(4).collect::<Vec<_>>().join(" ");
        (tbf.0.status.code(), shown[0]["options"]["rate"].clone(), htb.0.status.code(), rates)
    };
    let theirs = made("tc");
    assert_eq!(theirs.1, serde_json::json!(416_666_250), "tc's tbf: {theirs:?}");
    assert_eq!(made(nlw()), theirs);
    ns.ip(&["link", "set", "v0", "down"]);
    refused_as_tc(&ns, "qdisc add dev v0 root tbf rate 50% burst 10k latency 50ms", &[]);
    refused_as_tc(&ns, "class add dev v0 parent 1: classid 1:2 htb rate 10%", &[]);
}

/// Rates and times as tc's `get_rate`, `get_rate64`, `get_time` and
/// `get_time64` read them, through C's `strtod` and a double: hexadecimal
/// (`0x10kbit`), exponents (`1e1ms`), a blank before the number, `-0`,
/// the whole part taken (`4.35ms` is 4350 µs, as the double rounds). Sent
/// as tc sends them where the bytes compare (codel, fq, cake, netem, red,
/// htb classes); tbf's rate tables keep its requests apart, so each tool
/// makes the tbf in turn and tc shows what each made, raw. Refused as tc
/// refuses them, where tc's C conversion is defined.
#[test]
fn rates_and_times_are_read_as_strtod_reads_them() {
    let Some(ns) = traced_ns("rates_and_times_are_read_as_strtod_reads_them") else { return };
    let lines = [
        "qdisc add dev v0 root codel target 1e1ms interval 0x10ms ce_threshold 4.35ms",
        "qdisc add dev v0 root fq maxrate 0x10kbit defrate 1e3kbit low_rate_threshold -0 timer_slack 1e1us",
        "qdisc add dev v0 root fq refill_delay 0x1p4ms horizon 1e-3s ce_threshold 0.5e1MS",
        "qdisc add dev v0 root cake bandwidth 0x10mbit rtt 1e1ms",
        "qdisc add dev v0 root cake bandwidth 5e9gbit",
        "qdisc add dev v0 root netem delay 1e1ms 0x10us rate 0x10kbit slot 1e-3s 0x1p10us",
        "qdisc add dev v0 root netem rate 1e3Kibit delay 4.35ms",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 bandwidth 0x10kbit",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 bandwidth 1.5e1mbit",
    ];
    sends_as_tc(&ns, &lines, &[]);
    for line in [
        "qdisc add dev v0 root fq maxrate -0.5bit",
        "qdisc add dev v0 root fq maxrate 0x10bit",
        "qdisc add dev v0 root fq maxrate 34359738368bit",
        "qdisc add dev v0 root codel target 1e",
        "qdisc add dev v0 root cake rtt 1ebit",
        "qdisc add dev v0 root netem rate 1ebit",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 bandwidth -0.5bit",
        "qdisc add dev v0 root tbf rate 0x10bit burst 10k latency 5ms",
        "qdisc add dev v0 root tbf rate 0.1bit burst 10k latency 5ms",
        "qdisc add dev v0 root tbf rate -0 burst 10k latency 5ms",
        "qdisc add dev v0 root tbf rate 1mbit burst 10k latency 1e-1us",
        "qdisc add dev v0 root tbf rate 1mbit burst 10k latency -0.5",
        "qdisc add dev v0 root tbf rate 1mbit burst 10k latency 1e",
    ] {
        refused_as_tc(&ns, line, &[]);
    }
    let tbf = [
        "qdisc add dev v0 root handle 1: tbf rate 0x10kbit burst 10k latency 1e1ms",
        "qdisc add dev v0 root handle 1: tbf rate 1e3kbit burst 10k latency 0x10ms",
        "qdisc add dev v0 root handle 1: tbf rate 1gbit burst 10k latency 4.35ms",
        "qdisc add dev v0 root handle 1: tbf rate 1gbit burst 10k lat 0x1p-1s",
        "qdisc add dev v0 root handle 1: tbf rate 50gbit burst 1m latency 1ms peakrate 6e1gbit mtu 64k",
        "qdisc add dev v0 root handle 1: tbf rate 1mbit burst 10k latency 4294967295.9",
    ];
    made_as_tc(&ns, &tbf);
}

/// red's and sfq's `probability` as tc reads it, with sscanf's `%lg`:
/// hexadecimal, exponents, trailing words taken (`0.1x`, `1e+`);
/// refused where scanf stops inside a number (`0x`, `infi`) or finds none.
#[test]
fn red_probability_is_read_as_sscanf_reads_it() {
    let Some(ns) = traced_ns("red_probability_is_read_as_sscanf_reads_it") else { return };
    let red = "qdisc add dev v0 root red limit 400000 avpkt 1000 probability";
    let lines = ["0x10", "0x.8", "0x1p-3", "0X.1", "1e+", "0x1p", "+.5", "INFINITYx", "inf", "3e9"]
        .map(|p| format!("{red} {p}"));
    let sfq = "qdisc add dev v0 root sfq redflowlimit 100000 probability 0x.8".to_owned();
    let lines: Vec<&str> = lines.iter().chain([&sfq]).map(String::as_str).collect();
    sends_as_tc(&ns, &lines, &[]);
    for p in ["0x", "0xg", "-0x", "infi", "infinit", "in", "+", "0x.", "0x.p1", "nan"] {
        refused_as_tc(&ns, &format!("{red} {p}"), &[]);
    }
    refused_as_tc(&ns, "qdisc add dev v0 root sfq redflowlimit 100000 probability 0x", &[]);
}

/// tbf's `peakrate` in percent of the device's speed (an up veth's 10000
/// Mbit/s), with `mtu` or `minburst`: each tool makes the tbf in turn and
/// tc shows what each made, raw; refused as tc refuses it (a down veth's
/// unknown speed, a bad percentage, a second peak rate) or as the kernel
/// refuses what tc sends (a peak rate not above the rate). Then tbf's own
/// refusals, in tc's words.
#[test]
fn tbf_peakrate_in_percent_takes_effect_as_tcs() {
    let Some(ns) = traced_ns("tbf_peakrate_in_percent_takes_effect_as_tcs") else { return };
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["link", "set", "v1", "up"]);
    ns.ip(&["link", "add", "v2", "type", "veth", "peer", "name", "v3"]);
    let tbf = "qdisc add dev v0 root handle 1: tbf";
    let lines = [
        "rate 1mbit burst 10k latency 5ms peakrate 10% mtu 1500",
        "rate 1mbit burst 10k latency 5ms peakrate 10%x minburst 2k",
        "rate 100mbit burst 10k latency 5ms peakrate 33.3333% mtu 0x800",
        "rate 5% burst 10k limit 100k peakrate 10% mtu 1500",
        "rate 1mbit burst 10k latency 5ms peakrate 0% mtu 1500",
        "rate 1mbit burst 10k latency 5ms peakrate 0 mtu 1500",
        "rate 1mbit burst 10k latency 5ms mtu 2000",
    ]
    .map(|options| format!("{tbf} {options}"));
    made_as_tc(&ns, &lines.each_ref().map(String::as_str));
    let tbf = "qdisc replace dev v0 root tbf";
    for options in [
        "rate 1mbit burst 10k latency 5ms peakrate 150% mtu 1500",
        "rate 1mbit burst 10k latency 5ms peakrate abc% mtu 1500",
        "rate 1mbit burst 10k latency 5ms peakrate 1% peakrate 2% mtu 1500",
        "rate 1mbit burst 10k latency 5ms peakrate 5% mtu 1500 minburst 2000",
        "rate 1mbit burst 10k latency 5ms peakrate 5% mtu 1x",
        "rate 1mbit burst 10k latency 5ms peakrate 2mbit",
        "rate 1mbit burst 10k latency 5ms peakrate 2x mtu 1500",
        "rate 1mbit burst 10k",
        "burst 10k latency 5ms",
        "rate 1mbit latency 5ms",
        "latency 5ms peakrate 1mbit",
        "rate 1mbit burst 10x latency 5ms",
        "rate 1mbit buffer 10x latency 5ms",
        "rate 1mbit burst 10k limit 5x",
        "rate 1mbit burst 10k latency 5ms limit 1000",
        "rate 1mbit burst 10k limit 1000 latency 5ms",
        "rate 1mbit burst 10k latency 0",
        "rate 1mbit burst 0 latency 5ms",
        "rate 1mbit burst 10k burst 5k latency 5ms",
        "rate 1mbit burst 10k latency 5ms latency 6ms",
        "rate 1mbit burst 10k limit 5k limit 6k",
    ] {
        refused_as_tc(&ns, &format!("{tbf} {options}"), &[]);
    }
    for line in [
        "qdisc add dev v2 root tbf rate 1mbit burst 10k latency 5ms peakrate 10% mtu 1500",
        // 10% of 10000 Mbit/s is the rate: tc sends it, the kernel refuses it.
        "qdisc replace dev v0 root tbf rate 1gbit burst 10k latency 5ms peakrate 10% mtu 1500",
    ] {
        refused_as_tc(&ns, line, &[]);
    }
}

/// An htb class's request as tc sends it, byte for byte: the bursts timed
/// as tc times them (in whole microseconds, then ticks) and its rate
/// tables; so tc shows the class nlw made as the one it made (`ceil
/// 2gbit`: cburst 1250b). Refused as tc refuses it.
#[test]
fn htb_classes_are_the_bytes_tc_sends() {
    let Some(ns) = traced_ns("htb_classes_are_the_bytes_tc_sends") else { return };
    ns.ip(&["link", "set", "v0", "up"]);
    ns.ip(&["link", "set", "v1", "up"]);
    let tc = |args: &str| {
        let out = Command::new("tc").args(["-n", &ns.name]).args(words(args)).output().expect("run tc");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    tc("qdisc add dev v0 root handle 1: htb");
    let class = "class replace dev v0 parent 1: classid 1:5 htb";
    let lines = [
        "rate 1gbit ceil 2gbit",
        "rate 1mbit",
        "rate 1mbit ceil 2mbit burst 15k cburst 1600 prio 2 quantum 1514",
        "rate 50gbit ceil 60gbit",
        "rate 3mbit burst 0 prio 9",
        "rate 0x10kbit ceil 1e3kbit",
        "rate 10% ceil 20%",
        "rate 1mbit mtu 9000",
        "rate 1mbit mtu 0",
    ]
    .map(|options| format!("{class} {options}"));
    sends_as_tc(&ns, &lines.each_ref().map(String::as_str), &[]);
    let made = |program: &str| {
        tc("class del dev v0 classid 1:5");
        let (out, _) = run_traced(&ns, program, &format!("{class} rate 1gbit ceil 2gbit"), &[]);
        (out.status.code(), tc("class show dev v0 classid 1:5"))
    };
    let theirs = made("tc");
    assert!(theirs.1.contains("cburst 1250b"), "tc's class: {theirs:?}");
    assert_eq!(made(nlw()), theirs);
    for options in [
        "rate 0.1bit",
        "ceil 1mbit",
        "rate 1mbit rate 2mbit",
        "rate 1mbit ceil 1x",
        "rate 1x",
        "rate 1mbit frob 1",
    ] {
        refused_as_tc(&ns, &format!("{class} {options}"), &[]);
    }
}

/// Each line through tc, then nlw, each on a device without a qdisc: the
/// same exit code (0) and the same qdisc as tc shows it with `-raw -d`
/// (its raw buffer and limit too).
fn made_as_tc(ns: &TestNs, lines: &[&str]) {
    let made = |program: &str, line: &str| {
        let _ = Command::new("tc").args(["-n", &ns.name, "qdisc", "del", "dev", "v0", "root"]).output();
        let (out, _) = run_traced(ns, program, line, &[]);
        let shown = Command::new("tc")
            .args(["-n", &ns.name, "-raw", "-d", "qdisc", "show", "dev", "v0"])
            .output()
            .expect("run tc");
        (out.status.code(), String::from_utf8_lossy(&shown.stdout).into_owned())
    };
    for line in lines {
        let theirs = made("tc", line);
        assert_eq!(theirs.0, Some(0), "{line}: tc makes it: {theirs:?}");
        assert_eq!(made(nlw(), line), theirs, "{line}");
    }
}

/// `TCA_OPTIONS` as tc 6.1 sends it for the kinds nlw's core builds (an
/// htb qdisc, a u32 filter): without `NLA_F_NESTED` (fq_pie's and ets's
/// carry it, above, as tc's do). The kernel has both kinds: each tool
/// starts from a device without a qdisc, and each line takes effect.
#[test]
fn core_kinds_options_are_flagged_as_tc_flags_them() {
    let Some(ns) = traced_ns("core_kinds_options_are_flagged_as_tc_flags_them") else { return };
    let lines = [
        "qdisc add dev v0 root handle 1: htb default 10 r2q 5",
        "filter add dev v0 parent 1: prio 1 protocol ip u32 match ip dst 192.0.2.0/24 flowid 1:10",
    ];
    let run = |program: &str| {
        let _ = Command::new("tc").args(["-n", &ns.name, "qdisc", "del", "dev", "v0", "root"]).output();
        let runs = lines.map(|line| run_traced(&ns, program, line, &[]));
        runs.map(|(out, sent)| (out.status.code(), sent))
    };
    let (theirs, ours) = (run("tc"), run(nlw()));
    assert_eq!(
        theirs.iter().map(|(_, sent)| sent.len()).sum::<usize>(),
        2,
        "tc sends two requests: {theirs:?}"
    );
    assert_eq!(ours, theirs);
}

/// A directory removed with what it holds when dropped, even by a failed
/// assertion.
struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Each line through tc and nlw with the variables `env`: the same one
/// qdisc request, and the same exit code (the kernel refuses both alike
/// where it lacks the kind).
fn sends_as_tc(ns: &TestNs, lines: &[&str], env: &[(&str, &str)]) {
    for line in lines {
        let (theirs, tc_sent) = run_traced(ns, "tc", line, env);
        let (ours, nlw_sent) = run_traced(ns, nlw(), line, env);
        assert_eq!(tc_sent.len(), 1, "{line}: tc sends one request: {tc_sent:?}");
        assert_eq!(nlw_sent, tc_sent, "{line}");
        assert_eq!(ours.status.code(), theirs.status.code(), "{line}: {ours:?}");
    }
}

/// Each bad line through tc and nlw: tc's exit code (1 for what the
/// kind's parser refuses, 255 for a missing value), tc's first line of
/// complaint in nlw's, and no request sent by nlw.
#[test]
fn bad_qdisc_options_are_refused_as_tc_refuses_them() {
    let Some(ns) = traced_ns("bad_qdisc_options_are_refused_as_tc_refuses_them") else { return };
    let lines = [
        "qdisc add dev v0 root codel limit x",
        "qdisc add dev v0 root codel target 5x",
        "qdisc add dev v0 root codel frob",
        "qdisc add dev v0 root codel limit",
        "qdisc add dev v0 root fq_codel memory_limit 5q",
        "qdisc add dev v0 root fq_codel ce_threshold_selector 5",
        "qdisc add dev v0 root fq_codel ce_threshold_selector 0x100/1",
        "qdisc add dev v0 root pie alpha 33",
        "qdisc add dev v0 root pie beta x",
        "qdisc add dev v0 root fq_pie ecn_prob 100",
        "qdisc add dev v0 root fq quantum 2k",
        "qdisc add dev v0 root fq timer_slack 1q",
        "qdisc add dev v0 root fq maxrate 10mbits",
        "qdisc add dev v0 root fq maxrate 50gbit",
        "qdisc add dev v0 root sfq limit x",
        "qdisc add dev v0 root sfq limit 1",
        "qdisc add dev v0 root sfq quantum x",
        "qdisc add dev v0 root sfq depth x",
        "qdisc add dev v0 root sfq perturb x",
        "qdisc add dev v0 root sfq frob 1",
        "qdisc add dev v0 root sfq ecn",
        "qdisc add dev v0 root sfq redflowlimit 1000 max 2000",
        "qdisc add dev v0 root sfq redflowlimit 10000 min 5000 max 4000",
        "qdisc add dev v0 root sfq redflowlimit x",
        "qdisc add dev v0 root sfq redflowlimit 1000",
        "qdisc add dev v0 root sfq limit 100 redflowlimit 200000 avpkt 500 burst 20 probability 0.05x",
        "qdisc add dev v0 root ets",
        "qdisc add dev v0 root ets bands 17",
        "qdisc add dev v0 root ets bands 2 bands 3",
        "qdisc add dev v0 root ets quanta 0",
        "qdisc add dev v0 root ets quanta x",
        "qdisc add dev v0 root ets quanta 0x10",
        "qdisc add dev v0 root ets bands 0x2",
        "qdisc add dev v0 root ets strict 3 quanta 1 bands 3",
        "qdisc add dev v0 root ets strict 1 priomap 1",
        "qdisc add dev v0 root ets 5",
        "qdisc add dev v0 root ets strict 1 priomap 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
        "qdisc add dev v0 root ets bands",
        "qdisc add dev v0 root cake fwmark x",
        "qdisc add dev v0 root cake overhead 300",
        "qdisc add dev v0 root cake overhead x",
        "qdisc add dev v0 root cake mpu -1",
        "qdisc add dev v0 root cake memlimit x",
        "qdisc add dev v0 root cake bandwidth x",
        "qdisc add dev v0 root cake rtt x",
        "qdisc add dev v0 root cake frob",
        "qdisc add dev v0 root cake lan metro",
        "qdisc add dev v0 root cake bandwidth",
        "qdisc add dev v0 root netem delay x",
        "qdisc add dev v0 root netem delay 300s",
        "qdisc add dev v0 root netem delay 10ms 1x",
        "qdisc add dev v0 root netem loss x",
        "qdisc add dev v0 root netem loss 1% 5x",
        "qdisc add dev v0 root netem loss 101%",
        "qdisc add dev v0 root netem loss 100% drop 1",
        "qdisc add dev v0 root netem loss -1",
        "qdisc add dev v0 root netem loss random",
        "qdisc add dev v0 root netem duplicate x",
        "qdisc add dev v0 root netem reorder 5%",
        "qdisc add dev v0 root netem gap 5",
        "qdisc add dev v0 root netem ecn",
        "qdisc add dev v0 root netem rate x",
        "qdisc add dev v0 root netem rate 1mbit 1x",
        "qdisc add dev v0 root netem frob",
        "qdisc add dev v0 root netem limit x",
        "qdisc add dev v0 root netem delay",
        "qdisc add dev v0 root netem loss state",
        "qdisc add dev v0 root netem loss state x",
        "qdisc add dev v0 root netem loss state 101%",
        "qdisc add dev v0 root netem loss state 1% 2x",
        "qdisc add dev v0 root netem loss state 1% 2% 3x",
        "qdisc add dev v0 root netem loss state 1% 2% 3% 4x",
        "qdisc add dev v0 root netem loss state 1% 2% 3% 4% 200%",
        "qdisc add dev v0 root netem loss state 1% loss 2%",
        "qdisc add dev v0 root netem loss 1% loss state 2%",
        "qdisc add dev v0 root netem loss gemodel",
        "qdisc add dev v0 root netem loss gemodel x",
        "qdisc add dev v0 root netem loss gemodel 1% 200%",
        "qdisc add dev v0 root netem loss gemodel 1% 2% 3x",
        "qdisc add dev v0 root netem loss gemodel 1% 2% 3% 4x",
        "qdisc add dev v0 root netem loss gemodel 1% drop gemodel 1%",
        "qdisc add dev v0 root netem loss frob",
        "qdisc add dev v0 root netem slot",
        "qdisc add dev v0 root netem slot frob",
        "qdisc add dev v0 root netem slot 1x",
        "qdisc add dev v0 root netem slot 2ms 1ms",
        "qdisc add dev v0 root netem slot 1ms 2x",
        "qdisc add dev v0 root netem slot 1ms packets",
        "qdisc add dev v0 root netem slot 1ms packets x",
        "qdisc add dev v0 root netem slot 1ms packets 0x100000000",
        "qdisc add dev v0 root netem slot 1ms bytes 5q",
        "qdisc add dev v0 root netem slot 1ms bytes",
        "qdisc add dev v0 root netem slot 1ms bytes 1 packets 2",
        "qdisc add dev v0 root netem slot distribution",
        "qdisc add dev v0 root netem slot distribution foo 1ms 2ms",
        "qdisc add dev v0 root netem slot distribution normal 1ms",
        "qdisc add dev v0 root netem slot distribution normal x 1ms",
        "qdisc add dev v0 root netem slot distribution normal 1ms 1x",
        "qdisc add dev v0 root netem slot distribution normal 1ms 0",
        "qdisc add dev v0 root netem slot distribution normal 1ms -1ms",
        "qdisc add dev v0 root netem distribution",
        "qdisc add dev v0 root netem distribution foo",
        "qdisc add dev v0 root netem distribution normal",
        "qdisc add dev v0 root netem delay 10ms distribution normal",
        "qdisc add dev v0 root netem distribution pareto delay 0 1ms",
        "qdisc add dev v0 root netem ecn loss 0",
        "qdisc add dev v0 root red",
        "qdisc add dev v0 root red limit 1000",
        "qdisc add dev v0 root red limit x",
        "qdisc add dev v0 root red probability x",
        "qdisc add dev v0 root red bandwidth x",
        "qdisc add dev v0 root red frob",
        "qdisc add dev v0 root red limit",
        "qdisc add dev v0 root red limit 4gb avpkt 1 min 1 max 2",
        "qdisc add dev v0 root red limit 1000 avpkt 100 min 500 max 400",
        "qdisc add dev v0 root red limit 10000 avpkt 9000",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent frob block 1",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent mark",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent mark block",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent mark block 0",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent mark block 1 block 2",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent mark ecn",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent mark block 1 qevent mark block 2",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent mark block -1",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent mark block 0x10",
        "qdisc add dev v0 root red limit 400000 avpkt 1000 qevent mark block 4294967296",
        "qdisc add dev v0 root red qevent early_drop block 3",
        "qdisc add dev v0 root prio bands x",
        "qdisc add dev v0 root prio bands 0x10",
        "qdisc add dev v0 root prio priomap 3",
        "qdisc add dev v0 root prio priomap x",
        "qdisc add dev v0 root prio priomap 0 priomap",
        "qdisc add dev v0 root prio frob",
        "qdisc add dev v0 root prio priomap 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
        "qdisc add dev v0 root prio bands",
        "class change dev v0 classid 1:1 ets quantum 0",
        "class change dev v0 classid 1:1 ets quantum x",
        "class change dev v0 classid 1:1 ets quantum 0x10",
        "class change dev v0 classid 1:1 ets quantum -1",
        "class change dev v0 classid 1:1 ets quantum 4294967296",
        "class change dev v0 classid 1:1 ets quantum 1 quantum 2",
        "class change dev v0 classid 1:1 ets frob",
        "class change dev v0 classid 1:1 ets quantum",
        "qdisc add dev v0 root pfifo_head_drop limit x",
        "qdisc add dev v0 root pfifo_head_drop frob",
        "qdisc add dev v0 root pfifo limit 5q",
    ];
    for line in lines {
        refused_as_tc(&ns, line, &[]);
    }
}

/// `line` through tc and nlw with the variables `env`: tc's exit code,
/// tc's first line of complaint in nlw's, and no request sent by nlw.
fn refused_as_tc(ns: &TestNs, line: &str, env: &[(&str, &str)]) {
    let (theirs, _) = run_traced(ns, "tc", line, env);
    let (ours, nlw_sent) = run_traced(ns, nlw(), line, env);
    let (tc_err, nlw_err) = (String::from_utf8_lossy(&theirs.stderr), String::from_utf8_lossy(&ours.stderr));
    assert_eq!(ours.status.code(), theirs.status.code(), "{line}: nlw {nlw_err} tc {tc_err}");
    let first = tc_err.lines().next().unwrap_or_default();
    // tc's "What is" line alone, before its usage text.
    let first = first.split_once('?').map_or(first, |(what, _)| what);
    assert!(nlw_err.contains(first), "{line}: nlw {nlw_err:?}, tc {first:?}");
    assert_eq!(nlw_sent, Vec::<String>::new(), "{line}: nothing sent");
}
