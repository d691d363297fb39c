//! Traffic control against the recorded kernel 6.18 reply `qdisc_dump.bin`.
//!
//! There is no `tc -j` output in the corpus, so the expectations come from
//! three independent sources, each named where it is used:
//!
//! 1. `ip_link.json`: `ip -j link` prints each interface's qdisc kind (from
//!    `IFLA_QDISC` of the *link* dump, a different message family).
//! 2. The kernel source: `noop` is a built-in qdisc (`TCQ_F_BUILTIN`) that
//!    `tc_dump_qdisc` skips; pfifo_fast has `PFIFO_FAST_BANDS` 3 bands and
//!    the priomap `sch_default_prio2band` = {1,2,2,2,1,2,0,0,1,1,1,1,1,1,1,1}
//!    (`net/sched/sch_generic.c`).
//! 3. The bytes themselves, read by hand with `xxd qdisc_dump.bin` against
//!    the UAPI layouts (`struct tcmsg`, `struct gnet_stats_basic`,
//!    `struct tc_stats`): offsets are cited next to each value.

use nlwire::msg_type;
use nlwire::spec::Value;
use nlwire::tc::{Handle, Options, TcObject, TcObjectKind};
use nlwire::{Message, Messages};
use nlwire_tests::{fixture, ip_json};

/// The tc messages of the dump (NLMSG_DONE excluded), each checked to parse.
fn qdiscs(bytes: &[u8]) -> Vec<Message<'_>> {
    let mut out = Vec::new();
    let mut done = false;
    for m in Messages::new(bytes) {
        let m = m.expect("message framing");
        if m.kind() == msg_type::DONE {
            done = true;
            continue;
        }
        assert!(!done, "message after NLMSG_DONE");
        assert_eq!(m.kind(), msg_type::RTM_NEWQDISC);
        out.push(m);
    }
    assert!(done, "dump ends with NLMSG_DONE");
    out
}

#[test]
fn every_message_formats_as_json_and_text() {
    let bytes = fixture("qdisc_dump.bin");
    let mut n = 0;
    for m in Messages::new(&bytes) {
        let m = m.unwrap();
        let mut json = String::new();
        nlwire::fmt::write_json(&m, &mut json).expect("write_json");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
        if m.kind() == msg_type::RTM_NEWQDISC {
            assert_eq!(v["type"], "RTM_NEWQDISC");
            // Every attribute was named by the spec: no bare numbers.
            for pair in v["attrs"].as_array().unwrap() {
                let name = pair[0].as_str().unwrap();
                assert!(name.starts_with("TCA_"), "unnamed attribute {name} in {json}");
            }
            assert!(json.contains("\"TCA_STATS_BASIC\""), "{json}");
        }
        let mut text = String::new();
        nlwire::fmt::write_text(&m, &mut text).expect("write_text");
        n += 1;
    }
    assert_eq!(n, 9, "8 qdiscs and NLMSG_DONE");
}

/// Source 1: the qdisc kinds `ip -j link` printed, interface by interface.
#[test]
fn kinds_match_ip_link() {
    let bytes = fixture("qdisc_dump.bin");
    let msgs = qdiscs(&bytes);
    let links = ip_json("ip_link.json");
    let mut expected = 0;
    for link in links.as_array().unwrap() {
        let ifindex = link["ifindex"].as_i64().unwrap() as i32;
        let kind = link["qdisc"].as_str().unwrap();
        let found: Vec<_> =
            msgs.iter().map(|m| TcObject::parse(m).unwrap()).filter(|q| q.ifindex() == ifindex).collect();
        if kind == "noop" {
            // Source 2: the built-in noop qdisc is never dumped (vx0 here).
            assert!(found.is_empty(), "{}: noop dumped", link["ifname"]);
            continue;
        }
        expected += 1;
        assert_eq!(found.len(), 1, "{}: one root qdisc", link["ifname"]);
        assert_eq!(found[0].kind().unwrap(), Some(kind), "{}", link["ifname"]);
    }
    assert_eq!(expected, msgs.len());
}

/// Source 3: header fields and statistics read with xxd.
#[test]
fn headers_and_stats_match_the_bytes() {
    let bytes = fixture("qdisc_dump.bin");
    let msgs = qdiscs(&bytes);
    // tcm_ifindex of each message: offset 0x14 + 0x94 * i for the seven
    // 0x94-byte noqueue messages, then 0x420 for the 0xb0-byte pfifo_fast one.
    let ifindexes: Vec<i32> = msgs.iter().map(|m| TcObject::parse(m).unwrap().ifindex()).collect();
    assert_eq!(ifindexes, [1, 2, 3, 4, 5, 6, 7, 9]);
    for m in &msgs {
        let q = TcObject::parse(m).unwrap();
        assert_eq!(q.object(), TcObjectKind::Qdisc);
        assert_eq!(q.family(), 0);
        // tcm_handle 00000000, tcm_parent ffffffff, tcm_info (refcnt) 2
        assert_eq!(q.handle(), Handle(0));
        assert_eq!(q.parent(), Handle::ROOT);
        assert_eq!(q.parent().to_string(), "root");
        assert_eq!(q.info(), 2);
        // TCA_HW_OFFLOAD (0x000c), one byte 00
        assert_eq!(q.hw_offload().unwrap(), Some(false));
        assert_eq!(q.chain().unwrap(), None);
        let s2 = q.stats2().unwrap().expect("TCA_STATS2");
        let queue = s2.queue().unwrap().expect("TCA_STATS_QUEUE");
        assert_eq!(
            [
                queue.qlen.get(),
                queue.backlog.get(),
                queue.drops.get(),
                queue.requeues.get(),
                queue.overlimits.get()
            ],
            [0; 5]
        );
        assert!(s2.rate_est().unwrap().is_none());
        let old = q.stats().unwrap().expect("TCA_STATS");
        assert_eq!(old.drops.get(), 0);
        assert_eq!(old.qlen.get(), 0);
    }
    // noqueue: no TCA_OPTIONS, nothing counted (all-zero stats bytes).
    for m in &msgs[..7] {
        let q = TcObject::parse(m).unwrap();
        assert_eq!(q.kind().unwrap(), Some("noqueue"));
        assert!(q.options().unwrap().is_none());
        let s2 = q.stats2().unwrap().unwrap();
        assert_eq!((s2.bytes().unwrap(), s2.packets().unwrap()), (Some(0), Some(0)));
        assert_eq!(m.get("kind").unwrap(), Some(Value::Str("noqueue")));
    }
    // ifb0's pfifo_fast: TCA_STATS_BASIC at 0x464 = bytes 0x46, packets 1;
    // TCA_STATS at 0x490 = bytes 0x46, packets 1.
    let ifb = TcObject::parse(&msgs[7]).unwrap();
    assert_eq!(ifb.kind().unwrap(), Some("pfifo_fast"));
    let s2 = ifb.stats2().unwrap().unwrap();
    assert_eq!(s2.bytes().unwrap(), Some(70));
    assert_eq!(s2.packets().unwrap(), Some(1));
    let old = ifb.stats().unwrap().unwrap();
    assert_eq!((old.bytes.get(), old.packets.get()), (70, 1));
    assert_eq!(msgs[7].get_path(&["stats2", "basic", "bytes"]).unwrap(), Some(Value::U64(70)));
    assert_eq!(msgs[7].get_path(&["stats", "packets"]).unwrap(), Some(Value::U32(1)));
}

/// Source 2 (and the bytes at 0x440): pfifo_fast's `struct tc_prio_qopt`.
#[test]
fn pfifo_fast_band_map() {
    let bytes = fixture("qdisc_dump.bin");
    let msgs = qdiscs(&bytes);
    let q = TcObject::parse(&msgs[7]).unwrap();
    let Some(Options::Prio(p)) = q.options().unwrap() else { panic!("pfifo_fast options") };
    assert_eq!(p.bands.get(), 3);
    assert_eq!(p.priomap, [1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    assert_eq!(q.prio_qopt().unwrap(), Some(p));
    assert_eq!(msgs[7].get_path(&["options", "bands"]).unwrap(), Some(Value::S32(3)));
}

/// No prefix of any message makes a view or the formatter panic.
#[test]
fn truncated_messages_fail_cleanly() {
    let bytes = fixture("qdisc_dump.bin");
    for m in qdiscs(&bytes) {
        let whole = m.bytes();
        for cut in 0..whole.len() {
            let mut copy = whole[..cut].to_vec();
            if copy.len() >= 4 {
                // keep the header consistent with the shorter buffer
                copy[..4].copy_from_slice(&(cut as u32).to_ne_bytes());
            }
            let Ok(msg) = Message::parse(&copy) else { continue };
            let mut out = String::new();
            let _ = nlwire::fmt::write_json(&msg, &mut out);
            if let Ok(q) = TcObject::parse(&msg) {
                let _ = q.kind();
                let _ = q.options();
                let _ = q.stats2().map(|s| s.map(|s| (s.bytes(), s.packets(), s.queue())));
                let _ = q.stats();
            }
        }
    }
}
