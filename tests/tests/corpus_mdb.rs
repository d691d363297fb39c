//! The bridge multicast database against the recorded kernel 6.18 reply
//! (`mdb_dump.bin`), with `bridge -j -d mdb show` of the same namespace
//! (`bridge_mdb.json`) as the independent expectation.

use nlwire::mdb::{filter_mode, Mdb, MdbFlags, PortGroup};
use nlwire::{msg_type, Message, Messages};
use nlwire_tests::{fixture, ip_json};
use serde_json::{json, Value};

/// The interface names of `nlwcap-mdb` (tests/fixtures/README.md).
fn name(ifindex: u32) -> &'static str {
    match ifindex {
        2 => "br0",
        3 => "br1",
        5 => "v0",
        7 => "v1",
        9 => "v2",
        other => panic!("no link {other} in nlwcap-mdb"),
    }
}

/// The messages of the dump, all of which must parse; NLMSG_DONE dropped.
fn messages(bytes: &[u8]) -> Vec<Message<'_>> {
    let all: Vec<Message<'_>> = Messages::new(bytes).map(|m| m.expect("message parses")).collect();
    let (last, body) = all.split_last().expect("a dump is not empty");
    assert_eq!(last.kind(), msg_type::DONE, "a dump ends with NLMSG_DONE");
    body.to_vec()
}

/// One entry as `bridge -j -d mdb show` prints it, from the view.
fn as_bridge_prints(mdb: &Mdb<'_>, pg: &PortGroup<'_>) -> Value {
    let mut o = serde_json::Map::new();
    o.insert("index".into(), json!(mdb.ifindex()));
    o.insert("dev".into(), json!(name(mdb.ifindex())));
    o.insert("port".into(), json!(name(pg.port())));
    o.insert("grp".into(), json!(pg.group().unwrap().to_string()));
    if let Some(src) = pg.source().unwrap() {
        o.insert("src".into(), json!(src.to_string()));
    }
    o.insert("state".into(), json!(if pg.permanent() { "permanent" } else { "temp" }));
    if let Some(mode) = pg.group_mode().unwrap() {
        o.insert(
            "filter_mode".into(),
            json!(if mode == filter_mode::INCLUDE { "include" } else { "exclude" }),
        );
    }
    if pg.src_list().unwrap().is_some() {
        let sources: Vec<Value> = pg
            .sources()
            .map(|s| {
                let (address, ticks) = s.unwrap();
                json!({"address": address.to_string(), "timer": format!("{}.{:02}", ticks / 100, ticks % 100)})
            })
            .collect();
        o.insert("source_list".into(), Value::Array(sources));
    }
    if let Some(protocol) = pg.rtprot().unwrap() {
        o.insert("protocol".into(), json!(nlwire::rtnl::protocol_name(protocol).unwrap()));
    }
    let flags: Vec<&str> = [(MdbFlags::OFFLOAD, "offload"), (MdbFlags::BLOCKED, "blocked")]
        .into_iter()
        .filter(|(f, _)| pg.flags().contains(*f))
        .map(|(_, n)| n)
        .collect();
    o.insert("flags".into(), json!(flags));
    if pg.vid() != 0 {
        o.insert("vid".into(), json!(pg.vid()));
    }
    Value::Object(o)
}

#[cfg_attr(target_endian = "big", ignore)]
#[test]
fn mdb_entries_and_router_ports_read_as_bridge_reads_them() {
    let bytes = fixture("mdb_dump.bin");
    let msgs = messages(&bytes);
    let views: Vec<Mdb<'_>> = msgs.iter().map(|m| Mdb::parse(m).expect("an MDB message")).collect();
    let ours: Vec<Value> =
        views.iter().flat_map(|v| v.port_groups().map(move |pg| as_bridge_prints(v, &pg.unwrap()))).collect();
    let theirs = ip_json("bridge_mdb.json");
    assert_eq!(Value::Array(ours), theirs[0]["mdb"]);

    let mut routers = serde_json::Map::new();
    for v in &views {
        let ports: Vec<Value> =
            v.router_ports().map(|p| json!({"port": name(p.unwrap().ifindex())})).collect();
        if !ports.is_empty() {
            routers.insert(name(v.ifindex()).into(), Value::Array(ports));
        }
    }
    assert_eq!(Value::Object(routers), theirs[0]["router"]);
    // What was compared holds each kind of entry.
    let text = theirs.to_string();
    for needle in
        ["\"temp\"", "\"vid\":5", "ff0e::1", "01:00:5e:00:00:05", "\"src\"", "source_list", "blocked", "bgp"]
    {
        assert!(text.contains(needle), "{needle}");
    }
}

/// The formatter names every attribute of the reply (no bare numbers).
#[cfg_attr(target_endian = "big", ignore)]
#[test]
fn the_formatter_names_mdb_attributes() {
    let bytes = fixture("mdb_dump.bin");
    let mut out = String::new();
    for msg in messages(&bytes) {
        nlwire::fmt::write_json(&msg, &mut out).unwrap();
    }
    for name in [
        "MDBA_MDB_ENTRY_INFO",
        "MDBA_MDB_EATTR_SRC_LIST",
        "MDBA_MDB_SRCATTR_ADDRESS",
        "MDBA_ROUTER_PORT",
        "MDBA_ROUTER_PATTR_TYPE",
    ] {
        assert!(out.contains(name), "{name} in {out}");
    }
    assert!(out.contains("\"192.0.2.9\"") && out.contains("\"exclude\""), "{out}");
}
