//! The generated typed views read what `ip -j` printed from the same
//! recorded replies: each kind of read the generator writes (integers,
//! strings, addresses, hardware addresses, flags as `bool`, nested sets as
//! their own view) against iproute2's decoding, not against our formatter.

use nlwire::link::Link;
use nlwire::nexthop::NextHopObject;
use nlwire::route::Route;
use nlwire::{msg_type, Messages};
use nlwire_tests::{fixture, ip_json};
use serde_json::Value;

fn mac(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

/// ip's objects, each found by `key` equal to `ours`.
fn find<'j>(all: &'j Value, key: &str, ours: &Value) -> &'j Value {
    all.as_array()
        .unwrap()
        .iter()
        .find(|o| &o[key] == ours)
        .unwrap_or_else(|| panic!("ip printed no object with {key} = {ours}"))
}

#[test]
fn link_reads_equal_ip() {
    let ip = ip_json("ip_link.json");
    let dump = fixture("link_dump_unspec.bin");
    let mut seen = 0;
    for msg in Messages::new(&dump) {
        let msg = msg.unwrap();
        if msg.kind() != msg_type::RTM_NEWLINK {
            continue;
        }
        let link = Link::parse(&msg).unwrap();
        let name = link.ifname().unwrap().expect("every link has a name");
        let theirs = find(&ip, "ifname", &Value::from(name));
        assert_eq!(link.mtu().unwrap().map(Value::from).as_ref(), Some(&theirs["mtu"]), "{name} mtu");
        assert_eq!(link.txqlen().unwrap().map(Value::from).as_ref(), Some(&theirs["txqlen"]), "{name}");
        assert_eq!(link.qdisc().unwrap().map(Value::from).as_ref(), Some(&theirs["qdisc"]), "{name}");
        let address = link.address().unwrap().map(mac).map(Value::from);
        assert_eq!(address.as_ref(), Some(&theirs["address"]), "{name} address");
        let broadcast = link.broadcast().unwrap().map(mac).map(Value::from);
        assert_eq!(broadcast.as_ref(), Some(&theirs["broadcast"]), "{name} broadcast");
        seen += 1;
    }
    assert_eq!(seen, ip.as_array().unwrap().len(), "one view per link ip printed");
}

#[test]
fn route_reads_equal_ip() {
    let ip = ip_json("ip_route.json");
    let dump = fixture("route_dump_inet.bin");
    let mut gateways = 0;
    for msg in Messages::new(&dump) {
        let msg = msg.unwrap();
        if msg.kind() != msg_type::RTM_NEWROUTE {
            continue;
        }
        let route = Route::parse(&msg).unwrap();
        let Some(dst) = route.dst().unwrap() else { continue };
        let key = Value::from(format!("{dst}/{}", route.dst_len()));
        let Some(theirs) = ip.as_array().unwrap().iter().find(|o| o["dst"] == key) else {
            continue; // ip's main-table listing leaves out the local table
        };
        let gateway = route.gateway().unwrap().map(|g| Value::from(g.to_string()));
        assert_eq!(gateway.as_ref(), theirs.get("gateway"), "{key} gateway");
        let prefsrc = route.prefsrc().unwrap().map(|s| Value::from(s.to_string()));
        assert_eq!(prefsrc.as_ref(), theirs.get("prefsrc"), "{key} prefsrc");
        let metric = route.priority().unwrap().map(Value::from);
        assert_eq!(metric.as_ref(), theirs.get("metric"), "{key} metric");
        gateways += usize::from(gateway.is_some());
    }
    assert!(gateways > 0, "the fixture has routes through a gateway");
}

#[test]
fn nexthop_flags_and_nested_views_equal_ip() {
    let ip = ip_json("ip_nexthop.json");
    let dump = fixture("nexthop_dump.bin");
    let (mut blackholes, mut resilient) = (0, 0);
    for msg in Messages::new(&dump) {
        let msg = msg.unwrap();
        if msg.kind() != msg_type::RTM_NEWNEXTHOP {
            continue;
        }
        let nh = NextHopObject::parse(&msg).unwrap();
        let id = nh.id().unwrap().expect("every nexthop has an id");
        let theirs = find(&ip, "id", &Value::from(id));
        // A flag attribute reads as a bool: present exactly where ip prints it.
        assert_eq!(nh.blackhole().unwrap(), theirs.get("blackhole").is_some(), "nexthop {id}");
        assert_eq!(nh.fdb().unwrap(), theirs.get("fdb").is_some(), "nexthop {id}");
        blackholes += usize::from(nh.blackhole().unwrap());
        let gateway = nh.gateway().unwrap().map(|g| Value::from(g.to_string()));
        assert_eq!(gateway.as_ref(), theirs.get("gateway"), "nexthop {id} gateway");
        // A nest reads as its own set's view.
        if let Some(group) = nh.res_group().unwrap() {
            let args = &theirs["resilient_args"];
            assert_eq!(group.buckets().unwrap().map(Value::from).as_ref(), Some(&args["buckets"]));
            let idle = group.idle_timer().unwrap().map(|t| Value::from(t / 100));
            assert_eq!(idle.as_ref(), Some(&args["idle_timer"]), "idle timer in seconds");
            resilient += 1;
        }
    }
    assert_eq!((blackholes, resilient), (1, 1), "the fixture's blackhole and resilient group");
}
