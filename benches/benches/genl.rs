//! Generic netlink decoding benchmark: recorded kernel replies (nlctrl,
//! ethtool features, MPTCP endpoints) decoded by nlwire and by the crates a
//! user would pick instead (rust-netlink's `netlink-packet-generic` 0.5,
//! `ethtool` 0.3 and `mptcp-pm` 0.2; neli 0.7.5), reading the fields a user
//! reads. Every case computes the same checksum, checked before timing.
//! Last, a live case: resolving the family "ethtool" through a socket
//! (nlwire-rustix's `Families` against neli's `NlRouter::resolve_genl_family`
//! and genetlink's `resolve_family` on a tokio current-thread runtime),
//! a read-only request in the network namespace the bench runs in.
//!
//! `cargo bench -p nlwire-benches --bench genl`

use std::io::Cursor;
use std::net::IpAddr;

use netlink_packet_core::{NetlinkMessage, NetlinkPayload};
use netlink_packet_generic::GenlMessage;
use nlwire::genl::{Family, GENL_ID_CTRL};
use nlwire_benches::{measure, payloads, report, CountingAlloc, Measure};

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// Rounds of each measurement.
const ROUNDS: usize = 15;

/// One way to decode a message, returning a checksum of what it read.
type Decode<'f> = &'f dyn Fn(&[u8]) -> u64;

/// Times every case over `msgs` after checking that they agree on the checksum.
fn compare(what: &str, msgs: &[Vec<u8>], cases: &[(&str, Decode<'_>)]) {
    let sums: Vec<u64> = cases.iter().map(|(_, f)| msgs.iter().map(|m| f(m)).sum()).collect();
    assert!(sums.iter().all(|&s| s == sums[0]), "{what}: the cases disagree: {sums:?}");
    let rows: Vec<(&str, Measure)> = cases
        .iter()
        .map(|(name, f)| (*name, measure(msgs.len(), ROUNDS, || msgs.iter().map(|m| f(m)).sum())))
        .collect();
    report(what, &rows);
    println!("  (checksum {} over {} messages)", sums[0], msgs.len());
}

/// The rust-netlink decoding of a whole message into `GenlMessage<F>`.
fn rust_netlink<F>(bytes: &[u8]) -> F
where
    GenlMessage<F>: netlink_packet_core::NetlinkDeserializable + std::fmt::Debug,
    F: std::fmt::Debug,
{
    match NetlinkMessage::<GenlMessage<F>>::deserialize(bytes).expect("rust-netlink decodes it").payload {
        NetlinkPayload::InnerMessage(m) => m.payload,
        other => panic!("not a family message: {other:?}"),
    }
}

/// The id the recorded controller dump gave the family `name`.
fn family_id(name: &str) -> u16 {
    payloads("genl/genl_family_dump.bin", GENL_ID_CTRL)
        .iter()
        .find_map(|bytes| {
            let msg = nlwire::Message::parse(bytes).unwrap();
            let family = Family::parse(&msg).unwrap();
            (family.name().unwrap() == name).then(|| family.id().unwrap())
        })
        .expect("family in the recorded dump")
}

/// An IP address as the checksum counts it.
fn ip_sum(ip: IpAddr) -> u64 {
    match ip {
        IpAddr::V4(a) => u64::from(u32::from(a)),
        IpAddr::V6(a) => u128::from(a) as u64,
    }
}

/// nlctrl: the family's id, version, and multicast groups by name.
fn nlctrl(what: &str, msgs: &[Vec<u8>]) {
    let nlwire = |bytes: &[u8]| {
        let msg = nlwire::Message::parse(bytes).unwrap();
        let f = Family::parse(&msg).unwrap();
        let mut sum = u64::from(f.id().unwrap()) + u64::from(f.version().unwrap().unwrap_or(0));
        for group in f.groups() {
            let (name, id) = group.unwrap();
            sum += name.len() as u64 + u64::from(id);
        }
        sum
    };
    let npg = |bytes: &[u8]| {
        use netlink_packet_generic::ctrl::nlas::{GenlCtrlAttrs, McastGrpAttrs};
        use netlink_packet_generic::ctrl::GenlCtrl;
        let mut sum = 0;
        for nla in rust_netlink::<GenlCtrl>(bytes).nlas {
            match nla {
                GenlCtrlAttrs::FamilyId(id) => sum += u64::from(id),
                GenlCtrlAttrs::Version(v) => sum += u64::from(v),
                GenlCtrlAttrs::McastGroups(groups) => {
                    for group in groups {
                        for attr in group {
                            match attr {
                                McastGrpAttrs::Name(name) => sum += name.len() as u64,
                                McastGrpAttrs::Id(id) => sum += u64::from(id),
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        sum
    };
    let neli = |bytes: &[u8]| {
        use neli::consts::genl::{CtrlAttr, CtrlAttrMcastGrp, CtrlCmd, Index};
        use neli::consts::nl::GenlId;
        use neli::genl::Genlmsghdr;
        use neli::nl::Nlmsghdr;
        use neli::FromBytes;
        let m =
            Nlmsghdr::<GenlId, Genlmsghdr<CtrlCmd, CtrlAttr>>::from_bytes(&mut Cursor::new(bytes)).unwrap();
        let h = m.get_payload().unwrap().attrs().get_attr_handle();
        let mut sum = u64::from(h.get_attr_payload_as::<u16>(CtrlAttr::FamilyId).unwrap());
        sum += u64::from(h.get_attr_payload_as::<u32>(CtrlAttr::Version).unwrap_or(0));
        if let Ok(groups) = h.get_nested_attributes::<Index>(CtrlAttr::McastGroups) {
            for group in groups.iter() {
                let g = group.get_attr_handle::<CtrlAttrMcastGrp>().unwrap();
                sum += g.get_attr_payload_as_with_len::<String>(CtrlAttrMcastGrp::Name).unwrap().len() as u64;
                sum += u64::from(g.get_attr_payload_as::<u32>(CtrlAttrMcastGrp::Id).unwrap());
            }
        }
        sum
    };
    compare(
        what,
        msgs,
        &[("nlwire Family view", &nlwire), ("netlink-packet-generic", &npg), ("neli", &neli)],
    );
}

/// What the checksum counts of a feature: 1, plus its name's length when
/// active. The `ethtool` crate drops bit 0 (`tx-scatter-gather`) and the
/// bits without a name (it keeps a bit only when `index != 0` and the name is
/// not empty), so those count 0 in every case.
fn feature_sum(index: u32, name: &str, active: bool) -> u64 {
    match (index, name) {
        (0, _) | (_, "") => 0,
        _ => 1 + if active { name.len() as u64 } else { 0 },
    }
}

/// ethtool features: every feature the reply names, and whether it is active.
fn ethtool_features() {
    let msgs = payloads("genl/ethtool_features_v0.bin", family_id(nlwire::ethtool::GENL_NAME));
    let nlwire = |bytes: &[u8]| {
        let msg = nlwire::Message::parse(bytes).unwrap();
        let features = nlwire::ethtool::Features::parse(&msg).unwrap();
        let mut sum = 0;
        for f in features.named() {
            let f = f.unwrap();
            sum += feature_sum(f.index.expect("verbose bits have an index"), f.name, f.active);
        }
        sum
    };
    // The crate gives the four bitsets as lists of named bits; a feature is
    // active when it is in `Active`. `seen` (bit indices) keeps its capacity
    // across calls.
    let seen = std::cell::RefCell::new(Vec::<u32>::with_capacity(128));
    let ethtool = |bytes: &[u8]| {
        use ethtool::{EthtoolAttr, EthtoolFeatureAttr, EthtoolMessage};
        let m = rust_netlink::<EthtoolMessage>(bytes);
        let mut sets = Vec::new();
        let mut active = None;
        for nla in &m.nlas {
            if let EthtoolAttr::Feature(attr) = nla {
                match attr {
                    EthtoolFeatureAttr::Active(bits) => {
                        active = Some(bits);
                        sets.push(bits);
                    }
                    EthtoolFeatureAttr::Hw(bits)
                    | EthtoolFeatureAttr::Wanted(bits)
                    | EthtoolFeatureAttr::NoChange(bits) => sets.push(bits),
                    _ => {}
                }
            }
        }
        let active = active.expect("an active set");
        let mut seen = seen.borrow_mut();
        seen.clear();
        let mut sum = 0;
        for bit in sets.into_iter().flatten() {
            if seen.contains(&bit.index) {
                continue;
            }
            seen.push(bit.index);
            let on = active.iter().any(|a| a.index == bit.index);
            sum += feature_sum(bit.index, &bit.name, on);
        }
        sum
    };
    compare(
        "ethtool features (ethtool_features_v0, verbose bitsets): every feature's name and active state",
        &msgs,
        &[("nlwire Features view", &nlwire), ("ethtool crate", &ethtool)],
    );
}

/// MPTCP endpoints: every endpoint's id, address and flags.
fn mptcp_endpoints() {
    let msgs = payloads("genl/mptcp_endpoint_dump.bin", family_id(nlwire::mptcp::FAMILY_NAME));
    let nlwire = |bytes: &[u8]| {
        let msg = nlwire::Message::parse(bytes).unwrap();
        let e = nlwire::mptcp::Endpoint::parse(&msg).unwrap();
        let mut sum = u64::from(e.id().unwrap().unwrap_or(0));
        sum += e.addr().unwrap().map_or(0, ip_sum);
        sum + u64::from(e.flags().unwrap().map_or(0, |f| f.bits()))
    };
    let mptcp_pm = |bytes: &[u8]| {
        use mptcp_pm::{MptcpPathManagerAddressAttr as A, MptcpPathManagerAttr, MptcpPathManagerMessage};
        let mut sum = 0;
        for nla in rust_netlink::<MptcpPathManagerMessage>(bytes).nlas {
            if let MptcpPathManagerAttr::Address(a) = nla {
                match a {
                    A::Id(id) => sum += u64::from(id),
                    A::Addr4(ip) => sum += ip_sum(ip.into()),
                    A::Addr6(ip) => sum += ip_sum(ip.into()),
                    A::Flags(flags) => sum += flags.iter().map(|f| u64::from(u32::from(f))).sum::<u64>(),
                    _ => {}
                }
            }
        }
        sum
    };
    compare(
        "mptcp endpoints (mptcp_endpoint_dump, 8 endpoints): id, address, flags",
        &msgs,
        &[("nlwire Endpoint view", &nlwire), ("mptcp-pm", &mptcp_pm)],
    );
}

/// Resolving "ethtool" through a NETLINK_GENERIC socket, one request each
/// time (a fresh table for nlwire, as neli keeps none), and from nlwire's table.
fn resolve_live() {
    use nlwire_rustix::genl::Families;
    use nlwire_rustix::{Protocol, Socket};
    let sock = Socket::open(Protocol::Generic).expect("NETLINK_GENERIC socket");
    let buf = std::cell::RefCell::new(vec![0u8; 8192]);
    let resolve = |families: &mut Families<1>| {
        u64::from(families.resolve(&sock, &mut buf.borrow_mut(), nlwire::ethtool::GENL_NAME).unwrap().id())
    };
    let nlwire = measure(1, ROUNDS, || resolve(&mut Families::new()));
    let mut table = Families::new();
    let cached = measure(1, ROUNDS, || resolve(&mut table));
    let (router, _multicast) = neli::router::synchronous::NlRouter::connect(
        neli::consts::socket::NlFamily::Generic,
        None,
        neli::utils::Groups::empty(),
    )
    .expect("neli NETLINK_GENERIC router");
    let neli =
        measure(1, ROUNDS, || u64::from(router.resolve_genl_family(nlwire::ethtool::GENL_NAME).unwrap()));
    // genetlink on a current-thread runtime driving its connection; its
    // cache cleared before each resolution for the first row.
    let rt = tokio::runtime::Builder::new_current_thread().enable_io().build().expect("tokio runtime");
    let handle = rt.block_on(async {
        let (connection, handle, _) = genetlink::new_connection().expect("genetlink connection");
        tokio::spawn(connection);
        handle
    });
    let genetlink_resolve = |clear: bool| {
        rt.block_on(async {
            if clear {
                handle.clear_family_cache().await;
            }
            u64::from(handle.resolve_family::<ethtool::EthtoolMessage>().await.unwrap().id)
        })
    };
    let genetlink = measure(1, ROUNDS, || genetlink_resolve(true));
    let genetlink_cached = measure(1, ROUNDS, || genetlink_resolve(false));
    report(
        "resolve \"ethtool\" through a socket (live; a message is one resolution)",
        &[
            ("nlwire Families::resolve", nlwire),
            ("neli", neli),
            ("genetlink", genetlink),
            ("nlwire, from its table", cached),
            ("genetlink, from its cache", genetlink_cached),
        ],
    );
}

fn main() {
    nlctrl(
        "nlctrl family reply (genl_family_ethtool): id, version, groups by name",
        &payloads("genl/genl_family_ethtool.bin", GENL_ID_CTRL),
    );
    nlctrl(
        "nlctrl dump (genl_family_dump, 8 families): id, version, groups by name",
        &payloads("genl/genl_family_dump.bin", GENL_ID_CTRL),
    );
    ethtool_features();
    mptcp_endpoints();
    resolve_live();
}
