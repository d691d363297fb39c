//! Live kernel: `nlwire_std::NetNS`, pyroute2's `NetNS("name")`: it creates
//! the namespace when absent, uses it when present, reports it in
//! `status().netns`, leaves it on `close()` and deletes it on `remove()`;
//! read back with `ip netns list` and `ip -n NAME -j link show`.

use std::process::Command;

use nlwire_std::{Error, IPRoute, NetNS};
use nlwire_tests::live::{ip_netns_list, live, thread_netns_ino, unique_name};

/// Deletes the namespace when the test ends, whatever happened; a
/// namespace the test removed itself is not there any more, which is fine.
struct Cleanup(String);

impl Drop for Cleanup {
    fn drop(&mut self) {
        match nlwire_rustix::netns::delete(&self.0) {
            Ok(()) | Err(nlwire_rustix::Error::NetnsNotFound) => {}
            Err(e) => eprintln!("cleanup: delete {}: {e}", self.0),
        }
    }
}

/// The link names and indexes `ip -n NAME -j link show` prints.
fn ip_links(netns: &str) -> Vec<(String, u64)> {
    let out = Command::new("ip").args(["-n", netns, "-j", "link", "show"]).output().expect("run ip");
    assert!(out.status.success(), "ip: {}", String::from_utf8_lossy(&out.stderr));
    let links: serde_json::Value = serde_json::from_slice(&out.stdout).expect("ip -j");
    let links = links.as_array().expect("a list").iter();
    links.map(|l| (l["ifname"].as_str().unwrap().to_owned(), l["ifindex"].as_u64().unwrap())).collect()
}

#[test]
fn netns_is_created_when_absent_closed_and_removed_as_pyroute2s() {
    if !live("netns_is_created_when_absent_closed_and_removed_as_pyroute2s") {
        return;
    }
    let name = unique_name();
    let _cleanup = Cleanup(name.clone());
    assert!(!ip_netns_list().contains(&name));
    let home = thread_netns_ino();

    let mut ns = NetNS::new(&name).unwrap();
    assert!(ip_netns_list().contains(&name), "created, as ip netns add would");
    assert_eq!(thread_netns_ino(), home);
    assert_eq!(ns.status().netns.as_deref(), Some(name.as_str()));
    assert_eq!(ns.name(), name);
    assert_eq!(ip_links(&name), [("lo".to_owned(), 1)], "a new namespace");

    // The verbs of IPRoute work inside it.
    ns.link().add("v0").veth("v1").send().unwrap();
    let v0 = ns.link_lookup("v0").unwrap();
    let by_ip: Vec<u64> = ip_links(&name).into_iter().filter(|(n, _)| n == "v0").map(|(_, i)| i).collect();
    assert_eq!(v0.iter().map(|&i| u64::from(i)).collect::<Vec<_>>(), by_ip);

    // A second NetNS of the same name joins the namespace as it is.
    let mut again = NetNS::new(&name).unwrap();
    assert_eq!(again.link_lookup("v0").unwrap(), v0);
    again.close();
    assert!(ip_netns_list().contains(&name), "close leaves the namespace");
    assert!(ip_links(&name).iter().any(|(n, _)| n == "v0"));

    ns.remove().unwrap();
    assert!(!ip_netns_list().contains(&name), "remove deletes it");
    let gone = IPRoute::in_netns(name.as_str()).err().expect("no such namespace now");
    assert_eq!(gone, Error::Socket(nlwire_rustix::Error::NetnsNotFound));
    assert_eq!(thread_netns_ino(), home);
}

#[test]
fn a_name_ip_netns_refuses_creates_nothing() {
    if !live("a_name_ip_netns_refuses_creates_nothing") {
        return;
    }
    let long = "n".repeat(256);
    for bad in ["", ".", "..", "a/b", &long] {
        let err = NetNS::new(bad).err().expect("refused");
        assert_eq!(err, Error::Socket(nlwire_rustix::Error::InvalidNetnsName), "{bad:?}");
    }
    // Other tests create namespaces meanwhile: look for ours only.
    let after = ip_netns_list();
    assert!(!after.iter().any(|n| n == "a" || n == "a/b" || *n == long), "{after:?}");
}
