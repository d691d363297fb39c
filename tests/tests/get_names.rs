//! pyroute2's `msg.get(name)` on real replies: an attribute the message
//! lacks is `Ok(None)`; a name no attribute or header field of the message
//! has is the caller's mistake (`UnknownName`, naming it), never reported as
//! a malformed reply from the kernel.

use nlwire::{msg_type, Message, Messages};
use nlwire_std::{Error, OwnedMessage};
use nlwire_tests::{fixture, ip_json};

fn link<'b>(bytes: &'b [u8], ifname: &str) -> Message<'b> {
    Messages::new(bytes)
        .map(|m| m.unwrap())
        .filter(|m| m.kind() == msg_type::RTM_NEWLINK)
        .find(|m| m.get("ifname").unwrap().unwrap() == ifname)
        .unwrap_or_else(|| panic!("{ifname} in the dump"))
}

#[test]
fn absent_is_none_and_an_unknown_name_is_an_error_in_the_core() {
    let bytes = fixture("link_dump_unspec.bin");
    let (lo, veth0) = (link(&bytes, "lo"), link(&bytes, "veth0"));
    // ip printed an alias for veth0 only.
    let ip = ip_json("ip_link.json");
    let alias = ip.as_array().unwrap().iter().find(|l| l["ifname"] == "veth0").unwrap()["ifalias"].clone();
    assert!(veth0.get("ifalias").unwrap().unwrap() == alias.as_str().unwrap());
    assert_eq!(lo.get("ifalias"), Ok(None));
    assert_eq!(lo.get_path(&["linkinfo", "kind"]), Ok(None));
    // "prefixlen" is a field of address messages, not of links.
    assert_eq!(lo.get("prefixlen"), Err(nlwire::Error::UnknownName));
    assert_eq!(lo.get_path(&["stats64", "no_such_counter"]), Err(nlwire::Error::UnknownName));
    assert_eq!(lo.get_path(&["mtu", "deeper"]), Err(nlwire::Error::UnknownName));
}

#[test]
fn owned_messages_name_the_unknown_name() {
    let bytes = fixture("link_dump_unspec.bin");
    let lo = OwnedMessage::new(&link(&bytes, "lo"));
    assert_eq!(lo.get("ifalias"), Ok(None));
    assert_eq!(lo.get_all("ifalias"), Ok(vec![]));
    let cases = [
        (lo.get("prefixlen"), "prefixlen"),
        (lo.get_path(&["stats64", "no_such_counter"]), "stats64/no_such_counter"),
        (lo.get_all("prefixlen").map(|v| v.into_iter().next()), "prefixlen"),
    ];
    for (got, name) in cases {
        let err = got.unwrap_err();
        assert_eq!(err, Error::UnknownName(name.to_string()));
        let text = err.to_string();
        assert!(text.contains(&format!("{name:?}")), "{text}");
        assert!(!text.contains("kernel") && !text.contains("malformed"), "{text}");
    }
}

/// `?` on a borrowed message's `get` inside a function returning
/// nlwire-std's `Result` keeps the error the caller's.
#[test]
fn question_mark_on_a_borrowed_get_is_still_the_callers() {
    fn prefixlen(msg: &Message<'_>) -> nlwire_std::Result<Option<u64>> {
        Ok(msg.get("prefixlen")?.and_then(|v| v.as_u64()))
    }
    let bytes = fixture("link_dump_unspec.bin");
    let err = prefixlen(&link(&bytes, "lo")).unwrap_err();
    assert!(matches!(err, Error::UnknownName(_)), "{err:?}");
    assert!(!err.to_string().contains("malformed"), "{err}");
}
