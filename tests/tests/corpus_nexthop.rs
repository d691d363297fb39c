//! Next-hop objects and namespace ids against the recorded kernel 6.18
//! replies, with `ip -j nexthop show` / `ip -j netns list-id` as the
//! independent expectation.

use nlwire::nexthop::NextHopObject;
use nlwire::nsid::NsId;
use nlwire::route::rt_scope;
use nlwire::{msg_type, Message, Messages};
use nlwire_tests::{fixture, ip_json};
use serde_json::{json, Value};

/// The messages of a dump, all of which must parse; the final NLMSG_DONE is dropped.
fn messages(bytes: &[u8]) -> Vec<Message<'_>> {
    let all: Vec<Message<'_>> = Messages::new(bytes).map(|m| m.expect("message parses")).collect();
    let (last, body) = all.split_last().expect("a dump is not empty");
    assert_eq!(last.kind(), msg_type::DONE, "a dump ends with NLMSG_DONE");
    body.to_vec()
}

/// The keys of `ip -j nexthop show` that need no interface names, from the view.
fn as_ip_prints(nh: &NextHopObject<'_>) -> Value {
    let mut o = serde_json::Map::new();
    o.insert("id".into(), json!(nh.id().unwrap().expect("an id")));
    if let Some(gw) = nh.gateway().unwrap() {
        o.insert("gateway".into(), json!(gw.to_string()));
    }
    if nh.blackhole().unwrap() {
        o.insert("blackhole".into(), Value::Null);
    }
    if let Some(group) = nh.group().unwrap() {
        // ip leaves out a weight of 1.
        let members: Vec<Value> = group
            .map(
                |m| if m.weight == 1 { json!({"id": m.id}) } else { json!({"id": m.id, "weight": m.weight}) },
            )
            .collect();
        o.insert("group".into(), Value::Array(members));
    }
    if nh.oif().unwrap().is_some() {
        let scope = match nh.scope() {
            rt_scope::LINK => "link",
            rt_scope::HOST => "host",
            rt_scope::UNIVERSE => "global",
            other => panic!("scope {other}"),
        };
        o.insert("scope".into(), json!(scope));
    }
    Value::Object(o)
}

#[cfg_attr(target_endian = "big", ignore)]
#[test]
fn nexthops_read_as_ip_reads_them() {
    let bytes = fixture("nexthop_dump.bin");
    let ours: Vec<Value> =
        messages(&bytes).iter().map(|m| as_ip_prints(&NextHopObject::parse(m).expect("a nexthop"))).collect();
    let theirs = ip_json("ip_nexthop.json");
    let theirs = theirs.as_array().unwrap();
    assert_eq!(ours.len(), theirs.len());
    for (o, t) in ours.iter().zip(theirs) {
        for (key, value) in o.as_object().unwrap() {
            assert_eq!(&t[key], value, "nexthop {}: key {key}", t["id"]);
        }
        // Every key ip printed that needs no names is ours too.
        for key in ["id", "gateway", "blackhole", "group", "scope"] {
            assert_eq!(o.get(key).is_some(), t.get(key).is_some(), "nexthop {}: key {key}", t["id"]);
        }
    }
}

#[cfg_attr(target_endian = "big", ignore)]
#[test]
fn namespace_ids_read_as_ip_reads_them() {
    let bytes = fixture("nsid_dump.bin");
    let mut ours: Vec<i32> =
        messages(&bytes).iter().map(|m| NsId::parse(m).unwrap().nsid().unwrap().expect("an nsid")).collect();
    ours.sort();
    let mut theirs: Vec<i32> = ip_json("ip_nsid.json")
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["nsid"].as_i64().unwrap() as i32)
        .collect();
    theirs.sort();
    assert_eq!(ours, theirs);
}
