//! Generic netlink against the live kernel, from a socket inside a throwaway
//! namespace: every family the controller lists is resolved by name to the
//! id, version and multicast groups iproute2's `genl ctrl list` reports,
//! group membership works by name, and the families' replies decode by name
//! through the generated tables.

use std::collections::BTreeMap;
use std::process::Command;

use nlwire::build::Builder;
use nlwire::genl::{DumpFamilies, Family};
use nlwire::registry::{generic_family, Protocol as Decode};
use nlwire::spec::Value;
use nlwire_rustix::genl::Families;
use nlwire_rustix::{Netns, Options, Protocol, RequestError, Socket};
use nlwire_tests::live::{live, TestNs};

/// One family as `genl ctrl list` prints it: id, version, groups (name -> id).
#[derive(Debug, PartialEq, Eq)]
struct Listed {
    id: u16,
    version: u32,
    groups: BTreeMap<String, u32>,
}

fn hex(word: &str) -> u32 {
    u32::from_str_radix(word.trim_start_matches("0x"), 16).expect("hex number")
}

/// Parses `genl ctrl list` run inside namespace `ns` (a namespace sees only
/// the families that work in namespaces): "Name: X", "ID: 0x10  Version:
/// 0x2 ...", "#1:  ID-0x10  name: notify".
fn genl_ctrl_list(ns: &TestNs) -> BTreeMap<String, Listed> {
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.name, "genl", "ctrl", "list"])
        .output()
        .expect("run genl (iproute2)");
    assert!(out.status.success(), "genl ctrl list: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut families = BTreeMap::new();
    let mut current: Option<(String, Listed)> = None;
    for line in text.lines().map(str::trim) {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["Name:", name] => {
                families.extend(current.take());
                current = Some((name.to_string(), Listed { id: 0, version: 0, groups: BTreeMap::new() }));
            }
            ["ID:", id, "Version:", version, ..] => {
                let (_, f) = current.as_mut().expect("ID before Name");
                f.id = hex(id) as u16;
                f.version = hex(version);
            }
            [_, id, "name:", group] if id.starts_with("ID-") => {
                let (_, f) = current.as_mut().expect("group before Name");
                f.groups.insert(group.to_string(), hex(&id[3..]));
            }
            _ => {}
        }
    }
    families.extend(current);
    families
}

fn generic_socket(ns: &TestNs) -> Socket {
    Socket::open_in_netns(Netns::Name(&ns.name), Protocol::Generic, &Options::new()).expect("generic socket")
}

#[test]
fn every_family_resolves_as_genl_lists_it() {
    if !live("every_family_resolves_as_genl_lists_it") {
        return;
    }
    let ns = TestNs::new();
    let sock = generic_socket(&ns);
    let listed = genl_ctrl_list(&ns);
    assert!(listed.contains_key("nlctrl") && listed.contains_key("ethtool"), "{listed:?}");

    // The controller's dump, read through the core's view.
    let mut req = [0u8; 64];
    let mut b = Builder::new(&mut req);
    b.push(&DumpFamilies, 1).unwrap();
    let mut buf = vec![0u8; 64 * 1024];
    let mut dumped = BTreeMap::new();
    let mut dump = sock.dump(b.as_bytes(), &mut buf).unwrap();
    while let Some(msg) = dump.next().unwrap() {
        let f = Family::parse(&msg).unwrap();
        let groups = f.groups().map(|g| g.map(|(n, id)| (n.to_string(), id))).collect::<Result<_, _>>();
        let listed =
            Listed { id: f.id().unwrap(), version: f.version().unwrap().unwrap(), groups: groups.unwrap() };
        dumped.insert(f.name().unwrap().to_string(), listed);
    }
    assert_eq!(dumped, listed, "the dump against genl ctrl list");

    // Each one resolved by name, one request per family, kept in the table.
    let mut families = Families::<64>::new();
    for (name, want) in &listed {
        let got = families.resolve(&sock, &mut buf, name).unwrap();
        assert_eq!((got.id(), got.version()), (want.id, want.version), "{name}");
        let groups: BTreeMap<String, u32> = got.groups().map(|(n, id)| (n.to_string(), id)).collect();
        assert_eq!(&groups, &want.groups, "{name}");
    }
    println!("{} families resolved as genl lists them", listed.len());
}

#[test]
fn groups_join_by_name_and_unknown_names_are_errors() {
    if !live("groups_join_by_name_and_unknown_names_are_errors") {
        return;
    }
    let ns = TestNs::new();
    let sock = generic_socket(&ns);
    let mut buf = vec![0u8; 16 * 1024];
    let mut families = Families::<2>::new();
    let id = families.join(&sock, &mut buf, "ethtool", "monitor").unwrap();
    assert_eq!(Some(&id), genl_ctrl_list(&ns)["ethtool"].groups.get("monitor"));
    let mut bitmap = [0u32; 8];
    sock.memberships(&mut bitmap).unwrap();
    assert_ne!(bitmap[((id - 1) / 32) as usize] & (1 << ((id - 1) % 32)), 0, "member of group {id}");

    // Cached: a second resolve sends nothing (a socket of another namespace
    // would answer the same, so count requests by the table's length).
    families.resolve(&sock, &mut buf, "ethtool").unwrap();
    assert!(matches!(
        families.join(&sock, &mut buf, "ethtool", "no-such-group"),
        Err(RequestError::NotFound { .. })
    ));
    match families.resolve(&sock, &mut buf, "no-such-family") {
        Err(RequestError::Kernel(k)) => assert_eq!(k.errno, nlwire_rustix::Errno::NOENT),
        other => panic!("expected ENOENT, got {other:?}"),
    }
    families.resolve(&sock, &mut buf, "nlctrl").unwrap();
    // The table holds two; a third family is refused and nothing is lost.
    assert!(matches!(families.resolve(&sock, &mut buf, "netdev"), Err(RequestError::TooLarge { .. })));
    assert_eq!(families.resolve(&sock, &mut buf, "ethtool").unwrap().group("monitor"), Some(id));
}

#[test]
fn family_replies_decode_by_name() {
    if !live("family_replies_decode_by_name") {
        return;
    }
    let ns = TestNs::new();
    let sock = generic_socket(&ns);
    let mut buf = vec![0u8; 16 * 1024];
    let mut req = [0u8; 64];
    let mut b = Builder::new(&mut req);
    b.push(&nlwire::genl::GetFamily::new("ethtool"), 9).unwrap();
    let nlctrl = Decode::Generic(generic_family("nlctrl").unwrap());
    let mut seen = 0;
    sock.request(b.as_bytes(), &mut buf, |msg| {
        assert_eq!(msg.get_in(nlctrl, "family_name").unwrap(), Some(Value::Str("ethtool")));
        assert_eq!(
            msg.get_in(nlctrl, "CTRL_ATTR_FAMILY_ID").unwrap(),
            Some(Value::U16(genl_ctrl_list(&ns)["ethtool"].id))
        );
        let mut json = String::new();
        nlwire::fmt::write_json_in(nlctrl, msg, &mut json).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let groups =
            v["attrs"].as_array().unwrap().iter().find(|p| p[0] == "CTRL_ATTR_MCAST_GROUPS").unwrap();
        assert!(groups.to_string().contains(r#"["CTRL_ATTR_MCAST_GRP_NAME","monitor"]"#), "{groups}");
        seen += 1;
    })
    .unwrap();
    assert_eq!(seen, 1);
}
